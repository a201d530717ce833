"""A keeper's default in manifest.yaml that no value of its field can be: a mapping, or a list with an empty item.

主送机关's default written with a colon in it (各乡镇: 人民政府, YAML's mapping) printed {'各乡镇': '人民政府'}： above
the body of every notice; 抄送's printed its first key only; an item left empty in a list's default (- 甲\\n-) printed
抄送：甲，None。, and "" was told as a repeat of another item, located on the facts' first line. Each is now refused
naming manifest.yaml's line and the field. The facts and the template are made up for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.drafting import build_draft, encode
from drafter.errors import DrafterError

FACTS = """模板: 模板
发文机关: 青禾县农业农村局
事由: 开展农机安全检查
主送机关: 各乡镇农技站
正文:
  - 标题: 检查范围
    内容: 辖区内在用农机逐台检查。
成文日期: 2025-03-06
"""


def _notice(tmp_path: Path, field: str, default: str) -> Path:
    folder = tmp_path / "模板"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(
        f"name: notice\ngenre: notice\ntitle: 通知（本单位）\nextends: notice\nfields:\n  {field}:\n"
        f"    required: false\n    default: {default}\n",
        encoding="utf-8",
    )
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    return facts


@pytest.mark.parametrize(
    ("field", "default", "told"),
    [
        ("主送机关", "{各乡镇: 人民政府}", "键: 值"),
        ("抄送", "{县委办: 县政府办}", "键: 值"),
        ("署名", "{青禾县: 农业农村局}", "键: 值"),
        ("抄送", "[县委办, null, 县财政局]", "第 2 项是空的"),
        ("抄送", '[县委办, ""]', "第 2 项是空的"),
    ],
)
def test_a_default_no_value_of_its_field_can_be_is_refused_naming_the_manifest(
    tmp_path: Path, field: str, default: str, told: str
) -> None:
    facts = _notice(tmp_path, field, default)
    with pytest.raises(DrafterError) as caught:
        build_draft(facts)
    message = str(caught.value)
    assert "manifest.yaml:6" in message and f"“{field}”" in message and told in message, message


def test_a_list_default_written_as_a_list_still_drafts(tmp_path: Path) -> None:
    facts = _notice(tmp_path, "抄送", "[县委办, 县财政局]")
    text = encode(build_draft(facts)[1], "txt").decode("utf-8")
    assert "抄送：县委办，县财政局。" in text


def test_a_copy_default_on_one_line_with_semicolons_is_each_office_without_a_word_about_the_facts(
    tmp_path: Path,
) -> None:
    # Left to drafting, every draft said 抄送的机关之间用了分号 at 通知.yaml:1:1, a line holding no 抄送.
    facts = _notice(tmp_path, "抄送", '"县委办;;县财政局；县审计局;"')
    warnings: list = []
    text = encode(build_draft(facts, warnings=warnings)[1], "txt").decode("utf-8")
    assert "抄送：县委办，县财政局，县审计局。" in text
    assert not any("抄送" in str(warning) for warning in warnings), warnings


@pytest.mark.parametrize("default", ['"青禾县农业农村局\\u200b"', '["青禾县\\u202e农业农村局"]'])
def test_a_default_pasted_with_hidden_characters_is_read_without_them(tmp_path: Path, default: str) -> None:
    # The 署名 printed the zero-width space (or turned the text round) in every draft, beside a 提醒 that the
    # template's 发文机关 and 署名 defaults differed where they looked the same.
    facts = _notice(tmp_path, "署名", default)
    facts.write_text(FACTS.replace("发文机关: 青禾县农业农村局\n", ""), encoding="utf-8")
    manifest = tmp_path / "模板" / "manifest.yaml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8") + "  发文机关:\n    required: false\n    default: [青禾县农业农村局]\n",
        encoding="utf-8",
    )
    warnings: list = []
    text = encode(build_draft(facts, warnings=warnings)[1], "txt").decode("utf-8")
    assert "青禾县农业农村局\n" in text and "\u200b" not in text and "\u202e" not in text
    assert not any("署名" in str(warning) for warning in warnings), warnings
