"""Hostile facts files: alias bombs, recursion, deep nesting, surrogates, tags — each a clear file:line message."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bounded import assert_clean_failure, run_drafter

from drafter.errors import LONE_SURROGATE, FactsError
from drafter.facts import check_document, load_facts_text

HEAD = "文种: 会议通知\n发文机关: 甲局\n会议名称: 乙会\n主送机关: 各单位\n会议时间: 2025-02-20 9:00\n会议地点: 三楼\n成文日期: 2025-02-14\n"


def _laughs(levels: int, width: int, shape: str) -> str:
    """A billion-laughs chain: each level refers ``width`` times to the one before."""
    lines = ["a0: &a0 " + ("哈" * 20 if shape != "mapping" else "{k: 哈哈哈哈哈哈哈哈}")]
    for level in range(1, levels + 1):
        refs = [f"*a{level - 1}" for _ in range(width)]
        if shape == "sequence":
            body = "[" + ", ".join(refs) + "]"
        elif shape == "mapping":
            body = "{" + ", ".join(f"k{i}: {ref}" for i, ref in enumerate(refs)) + "}"
        else:  # merge keys: PyYAML's constructor would flatten these; drafter never merges
            body = "{" + ", ".join(f"<<: {ref}" if i == 0 else f"k{i}: {ref}" for i, ref in enumerate(refs)) + "}"
        lines.append(f"a{level}: &a{level} {body}")
    return "\n".join(lines) + "\n"


def _bomb(shape: str, levels: int = 9) -> str:
    anchors = _laughs(levels, 10, shape).replace("\n", "\n  ").rstrip()
    return HEAD + "锚点:\n  " + anchors + f"\n参会人员: *a{levels}\n"


BOMBS = {
    "sequence-laughs": _bomb("sequence"),
    "mapping-laughs": _bomb("mapping"),
    "merge-key-laughs": _bomb("merge"),
    "small-laughs-used-once-per-item": _bomb("sequence", 5),  # 10**5 × 20 characters: past one document
    "long-anchor-reused": HEAD + "有关要求:\n  - &long " + "很长的一段要求。" * 5000 + "\n" + "  - *long\n" * 3000,
    "wide-flat": HEAD + "参会人员: [" + ", ".join(["甲"] * 400_000) + "]\n",
}


@pytest.mark.parametrize("name", list(BOMBS))
def test_alias_bombs_are_refused_quickly_with_a_line(tmp_path: Path, name: str) -> None:
    (tmp_path / "f.yaml").write_text(BOMBS[name], encoding="utf-8")
    result = run_drafter("draft", "f.yaml", "-o", "out.docx", cwd=tmp_path, timeout=30, memory=1 << 30)
    assert_clean_failure(result, "内容太多")
    assert re.search(r"f\.yaml:\d+", result.stderr), result.stderr
    assert not (tmp_path / "out.docx").exists()


def test_a_bomb_inside_the_defaults_of_a_batch_list(tmp_path: Path) -> None:
    laughs = _laughs(5, 10, "sequence").replace("\n", "\n    ").rstrip()
    text = "默认:\n  文种: 会议通知\n  x:\n    " + laughs + "\n  参会人员: *a5\n批量:\n" + "  - 主送机关: 甲\n" * 3000
    (tmp_path / "list.yaml").write_text(text, encoding="utf-8")
    result = run_drafter("batch", "list.yaml", "-o", "out", "-j", "1", cwd=tmp_path, timeout=60, memory=1 << 30)
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert "内容太多" in result.stderr and re.search(r"list\.yaml:\d+", result.stderr), result.stderr


@pytest.mark.parametrize(
    "text, where",
    [
        ("a: &a [*a]\n", "1:"),
        ("a: &a {b: *a}\n", "1:"),
        ("a: &a\n  - x\n  - - - *a\n", "3:"),
        ("a: &a\n  b:\n    c: *a\n", "3:"),
        ("x: 1\n批量: &list\n  - 主送机关: 甲\n    y: *list\n", "4:"),
    ],
)
def test_recursive_anchors_are_refused(text: str, where: str) -> None:
    with pytest.raises(FactsError, match="无穷展开") as info:
        load_facts_text(text, "f.yaml")
    assert f"f.yaml:{where}" in str(info.value)


@pytest.mark.parametrize(
    "text",
    [
        "a: " + "[" * 1000 + "]" * 1000 + "\n",
        "a: " + "{b: " * 800 + "1" + "}" * 800 + "\n",
        "a: " + "[" * 100_000 + "\n",
        "".join("  " * i + f"k{i}:\n" for i in range(600)) + "  " * 600 + "v: 1\n",
        "".join("  " * i + "- \n" for i in range(600)),
        "a:\n" + "".join("  " * i + "- " for i in range(1, 400)) + "x\n",
    ],
    ids=["flow-sequence", "flow-mapping", "unclosed-flow", "block-mapping", "block-sequence", "compact-sequence"],
)
def test_deep_nesting_is_refused_with_a_line(tmp_path: Path, text: str) -> None:
    (tmp_path / "f.yaml").write_text(text, encoding="utf-8")
    result = run_drafter("draft", "f.yaml", "-o", "out.docx", cwd=tmp_path, timeout=30, memory=1 << 30)
    assert_clean_failure(result)
    assert re.search(r"f\.yaml:\d+", result.stderr), result.stderr
    assert "嵌套太深" in result.stderr or "YAML" in result.stderr


def test_facts_nested_as_deep_as_real_documents_still_load() -> None:
    items = "主要做法:\n"
    indent = "  "
    for level in range(4):
        items += f"{indent}- 标题: 第{level}层\n{indent}  内容: 正文\n{indent}  子项:\n"
        indent += "    "
    items += f"{indent}- 最后一条\n"
    tree = load_facts_text("批量:\n  - " + items.replace("\n", "\n    ").rstrip() + "\n", "f.yaml")
    assert tree.get("批量") is not None


@pytest.mark.parametrize(
    "escaped, expected",
    [("\\ud83d\\ude00", "😀"), ("\\ud869\\ude9d", "\U0002a69d"), ("前\\ud83d\\ude00后\\U0001F600", "前😀后😀")],
)
def test_escaped_surrogate_pairs_are_joined(escaped: str, expected: str) -> None:
    tree = load_facts_text(f'标题: "{escaped}"\n', "f.yaml")
    assert tree.get("标题").value.text == expected


@pytest.mark.parametrize(
    "text, line",
    [
        ('标题: "\\ud800"\n', 1),
        ('a: 1\n标题: "甲\\udc00乙"\n', 2),
        ('a: 1\nb: 2\n"\\ud83d": 值\n', 3),
        ('a:\n  - "\\ude00\\ud83d"\n', 2),
    ],
)
def test_lone_surrogates_are_refused_with_their_line(text: str, line: int) -> None:
    tree = load_facts_text(text, "f.yaml")  # loads: in a batch list only the item holding it fails
    with pytest.raises(FactsError, match="不成对的代理字符") as info:
        check_document(tree)
    assert f"f.yaml:{line}:" in str(info.value)
    # Told by its kind, not by its wording: each such problem carries the hint on how to write the character.
    assert [(p.kind, bool(p.hint)) for p in info.value.problems] == [(LONE_SURROGATE, True)]


def test_a_lone_surrogate_in_a_batch_item_fails_only_that_item(tmp_path: Path) -> None:
    text = (
        "默认:\n  文种: 会议通知\n  发文机关: 甲局\n  会议名称: 乙会\n  会议时间: 2025-02-20 9:00\n"
        '  会议地点: 三楼\n  参会人员: 全体\n  成文日期: 2025-02-14\n批量:\n  - 主送机关: 甲\n  - 主送机关: "乙\\ud800"\n'
    )
    (tmp_path / "list.yaml").write_text(text, encoding="utf-8")
    result = run_drafter("batch", "list.yaml", "-o", "out", cwd=tmp_path)
    assert "Traceback" not in result.stderr
    assert result.returncode == 4, result.stderr
    assert "代理字符" in result.stderr and "list.yaml:11:" in result.stderr
    assert len(list((tmp_path / "out").glob("*.docx"))) == 1


def test_two_documents_in_one_file_are_refused() -> None:
    with pytest.raises(FactsError, match="不止一份") as info:
        load_facts_text("a: 1\n---\nb: 2\n", "f.yaml")
    assert "f.yaml:2:" in str(info.value)


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system ['touch pwned']",
        "!!python/object/new:os.system ['touch pwned']",
        "!!python/name:os.system",
        "!!binary aGVsbG8=",
        "!custom {a: 1}",
    ],
)
def test_tags_never_construct_objects(tmp_path: Path, tag: str) -> None:
    (tmp_path / "f.yaml").write_text(HEAD + f"参会人员: {tag}\n", encoding="utf-8")
    result = run_drafter("draft", "f.yaml", "-o", "-", cwd=tmp_path)
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "pwned").exists()


@pytest.mark.parametrize(
    "text",
    [
        "".join(f"键{i}: 值的内容比较长一些，这是第{i}行\n" for i in range(200_000)) + "坏: [\n",
        "".join(f"键{i}: 值{i}\n" for i in range(30_000)) + "坏: [\n",
        "a: " + "[" * 900 + "\n" + "b: c: d\n",  # deep nesting and a syntax error: no recursion
        "a: " + "{x: " * 900 + "1\n",
    ],
    ids=["huge", "large", "deep-then-broken", "unclosed-deep"],
)
def test_syntax_errors_in_large_or_deep_files_are_reported_quickly(tmp_path: Path, text: str) -> None:
    (tmp_path / "f.yaml").write_text(text, encoding="utf-8")
    result = run_drafter("draft", "f.yaml", "-o", "out.docx", cwd=tmp_path, timeout=30, memory=2 << 30)
    assert_clean_failure(result)
    assert re.search(r"f\.yaml:\d+:\d+: ", result.stderr), result.stderr


def test_a_facts_file_named_over_and_over_as_attachments_is_bounded(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2] / "samples"
    (tmp_path / "方案.yaml").write_text((root / "实施方案.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    items = "".join("  - 标题: 方案\n    文件: 方案.yaml\n" for _ in range(2000))
    (tmp_path / "f.yaml").write_text(
        "文种: 通知\n发文机关: 甲局\n主送机关: 各单位\n正文: 请遵照执行。\n成文日期: 2025-02-26\n附件:\n" + items,
        encoding="utf-8",
    )
    result = run_drafter("draft", "f.yaml", "-o", "out.docx", cwd=tmp_path, timeout=60)
    assert_clean_failure(result, "最多嵌入")
