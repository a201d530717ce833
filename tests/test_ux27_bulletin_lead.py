"""ux27: a 情况通报 whose 导语 tells what was done leads into its sections with 现将有关情况通报如下：, as offices
write it (the draft went from ……开展了安全检查。 straight to 一、基本情况)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = """文种: 通报
发文机关: 岚溪区松台街道办事处
类别: {kind}
事由: 2025年第四季度安全生产检查情况
主送机关: 各社区居委会
导语:
{lead}
基本情况:
- 本次共检查单位和场所104家，发现隐患61处，已整改42处。
要求:
- 各社区要对照问题清单抓好整改。
成文日期: 2025-12-12
"""


def _draft(tmp_path: Path, kind: str, lead: str) -> str:
    facts = tmp_path / "通报.yaml"
    facts.write_text(FACTS.format(kind=kind, lead=lead), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_lead_telling_what_was_done_leads_into_the_sections(tmp_path: Path) -> None:
    text = _draft(tmp_path, "情况", "- 12月上旬，街道组织力量开展了第四季度安全生产检查")
    assert "开展了第四季度安全生产检查。现将有关情况通报如下：\n" in text


def test_only_the_last_paragraph_of_a_lead_leads_in(tmp_path: Path) -> None:
    text = _draft(tmp_path, "情况", "- 入冬以来，火灾风险上升。\n- 街道开展了第四季度安全生产检查。")
    assert "火灾风险上升。\n" in text and text.count("现将有关情况通报如下：") == 1


@pytest.mark.parametrize(
    ("kind", "lead"),
    [("情况", "- 街道开展了安全检查，现将检查情况通报如下："), ("表扬", "- 街道开展了安全检查。")],
)
def test_a_lead_in_of_its_own_or_another_kind_is_left_as_written(tmp_path: Path, kind: str, lead: str) -> None:
    text = _draft(tmp_path, kind, lead)
    assert "现将有关情况通报如下" not in text
