from pathlib import Path

import pytest

from drafter.errors import FactsError, InputError
from drafter.facts import Mapping, Scalar, Sequence, duplicate_keys, load_facts, load_facts_text


def test_values_keep_their_text() -> None:
    tree = load_facts_text("日期: 2024-05-01\n份号: 010\n印章: no\n空: ~\n引号: 'null'\n", "f.yaml")
    texts = {e.key: e.value for e in tree.entries}
    assert isinstance(texts["日期"], Scalar) and texts["日期"].text == "2024-05-01"
    assert texts["份号"].text == "010"
    assert texts["印章"].text == "no"
    assert texts["空"].is_null and texts["空"].text == ""
    assert not texts["引号"].is_null and texts["引号"].text == "null"


def test_keys_and_values_carry_line_and_column() -> None:
    tree = load_facts_text("文种: 会议通知\n参会人员:\n  - 甲\n  - 乙\n", "n.yaml")
    entry = tree.get("参会人员")
    assert entry is not None
    assert (entry.key_location.line, entry.key_location.column) == (2, 1)
    assert isinstance(entry.value, Sequence)
    assert [(i.location.line, i.location.column) for i in entry.value.items] == [(3, 5), (4, 5)]
    assert str(entry.key_location) == "n.yaml:2:1"


def test_duplicate_keys_are_reported_with_both_lines() -> None:
    # Kept on the mapping and said by whoever drafts it, with the document's other problems.
    tree = load_facts_text("标题: 甲\n单位: 乙\n标题: 丙\n", "d.yaml")
    assert [str(p) for p in duplicate_keys(tree)] == ["d.yaml:3:1: 标题: 重复的键（第 1 行已经写过）"]
    entry = tree.get("标题")
    assert entry is not None and isinstance(entry.value, Scalar) and entry.value.text == "甲"


def test_nested_duplicate_keys_are_reported() -> None:
    tree = load_facts_text(
        "主要做法:\n  - 标题: 甲\n    标题: 乙\n".replace("  - 标题: 甲\n    ", "  标题: 甲\n  "), "d.yaml"
    )
    assert [str(p) for p in duplicate_keys(tree)] == ["d.yaml:3:3: 标题: 重复的键（第 2 行已经写过）"]


@pytest.mark.parametrize(
    ("text", "where", "hint"),
    [
        ("标题：关于开会的通知\n", "1:1", "不能用中文冒号"),
        ("单位: 甲\n\t期间: 乙\n", "2:1", "Tab"),
        ("单位: 甲: 乙\n", "1:6", "加引号"),
        ("单位: 甲\n  期间: 乙\n", "2:5", ""),
        ("- 一\n- 二\n", "1:1", ""),
        # The line without a colon is named, not the line after it where the parser noticed.
        ("单位: 甲\n会议地点 县教育局\n期间: 乙\n", "2:1", "“会议地点: 县教育局”"),
    ],
)
def test_syntax_errors_name_line_column_and_hint(text: str, where: str, hint: str) -> None:
    with pytest.raises(FactsError) as info:
        load_facts_text(text, "s.yaml")
    message = str(info.value)
    assert message.startswith(f"s.yaml:{where}: ")
    assert hint in message
    assert "未生成文件" in message


def test_empty_file_is_an_error() -> None:
    with pytest.raises(FactsError, match="文件是空的"):
        load_facts_text("# 只有注释\n", "e.yaml")


def test_load_from_disk_reads_gbk(tmp_path: Path) -> None:
    path = tmp_path / "gbk.yaml"
    path.write_bytes("单位: 青禾县教育局\n".encode("gbk"))
    tree = load_facts(path)
    assert isinstance(tree, Mapping)
    value = tree.get("单位")
    assert value is not None and isinstance(value.value, Scalar) and value.value.text == "青禾县教育局"


def test_load_from_disk_reads_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeff单位: 甲\n".encode())
    assert load_facts(path).get("单位") is not None


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.yaml", None, "文件不存在"),
        ("binary.yaml", b"\x00\x01\x02PK", "不是文本文件"),
        ("bad.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "不是文本文件"),
        ("facts.docx", b"PK", "应当是 .yaml"),
    ],
)
def test_unreadable_inputs(tmp_path: Path, name: str, content: bytes | None, message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        load_facts(path)


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "notepad.yaml"
    path.write_bytes("单位: 甲\n".encode("utf-16"))
    assert load_facts(path).get("单位") is not None


def test_control_characters_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "ctrl.yaml"
    path.write_text("单位: 甲\n期间: 乙\x07\n", encoding="utf-8")
    with pytest.raises(FactsError, match=r"ctrl\.yaml:2: 文件里有不能出现在 YAML 中的控制字符"):
        load_facts(path)


def test_undecodable_text_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "odd.yaml"
    path.write_bytes(b"a: \x81\x30\x81")
    with pytest.raises(InputError, match="无法识别文件编码"):
        load_facts(path)
