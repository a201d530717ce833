"""Hostile inputs, round 13: a starter's 〔请填写：……〕 left in a date, 是/否 or choice field, drafted with
--allow-placeholders (hostile12's leftover).

The layout draft prints a text's marks as they stand, but a date or 是/否 cannot be printed unread: the clerk read
成文日期: 无法识别的日期 "〔请填写：成文日期〕" and 印章: 应当填“是”或“否”, as if the value were written wrong, not left
unfilled. Now each says it is still to be filled in, and that it must be even for a layout draft.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = """文种: 通知
发文机关: 青禾县教育局
类别: {kind}
事由: 〔请填写：事由〕
主送机关: 各中小学
正文:
- 各校要做好防汛工作。
成文日期: {date}
印章: {seal}
"""


def _draft(tmp_path: Path, **values: str) -> tuple[int, str]:
    facts = tmp_path / "通知.yaml"
    filled = {"kind": "布置", "date": "2025-06-02", "seal": "是", **values}
    facts.write_text(FACTS.format(**filled), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "--allow-placeholders", "-o", str(tmp_path / "通知.docx")])
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("field", "key", "line"),
    [("成文日期", "date", 8), ("印章", "seal", 9), ("类别", "kind", 3)],
)
def test_a_placeholder_in_a_field_that_is_read_is_said_unfilled(
    tmp_path: Path, field: str, key: str, line: int
) -> None:
    code, output = _draft(tmp_path, **{key: f"〔请填写：{field}〕"})
    assert code == 1, output
    assert f"通知.yaml:{line}:" in output and f"{field}: 还没有填写" in output, output
    assert "--allow-placeholders" in output and "无法识别" not in output and "应当" not in output, output
    assert not (tmp_path / "通知.docx").exists()


def test_a_mark_left_half_deleted_in_a_date_is_said_so(tmp_path: Path) -> None:
    code, output = _draft(tmp_path, date="示例〕2025-06-02")
    assert code == 1 and "成文日期: 起草模板的标记没有删干净" in output, output


def test_the_placeholders_of_texts_still_draft_for_the_layout(tmp_path: Path) -> None:
    code, output = _draft(tmp_path, date="〔示例〕2025-06-02")
    assert code == 0, output
    assert (tmp_path / "通知.docx").is_file()


def test_a_document_number_in_its_brackets_is_no_mark(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(
        FACTS.format(kind="布置", date="2025-06-02", seal="是") + "发文字号: 青教〔2025〕5号\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "--allow-placeholders", "-o", str(tmp_path / "a.docx")])
    assert result.exit_code == 0, result.output
