"""A 抄送 written without the offices the unit copies every document to is said (提醒)."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

MANIFEST = """name: copies
extends: notice
title: 通知（本单位）
fields:
  抄送:
    default: [县委办公室, 县政府办公室]
"""
FACTS = """模板: 模板
发文机关: 梧川镇人民政府
事由: 冬季森林防火
主送机关: 各村（社区）
正文: 请各村落实巡山责任。
成文日期: 2025-12-01
印发机关: 梧川镇党政办公室
{copies}
"""


def _draft(tmp_path: Path, copies: str) -> str:
    (tmp_path / "模板").mkdir(exist_ok=True)
    (tmp_path / "模板" / "manifest.yaml").write_text(MANIFEST, encoding="utf-8")
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS.format(copies=copies), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "通知.docx"), "--force"])
    assert result.exit_code == 0, result.output
    return result.output


def test_the_office_the_matter_concerns_alone_is_said(tmp_path: Path) -> None:
    # The clerk added 县林业局 and lost the unit's usual offices without a word.
    output = _draft(tmp_path, "抄送: 县林业局")
    assert ":8:5: 抄送: 本单位的文档通常都抄送县委办公室、县政府办公室" in output


@pytest.mark.parametrize(
    "copies",
    ["", "抄送: [县委办公室, 县政府办公室, 县林业局]", "抄送: 无", "抄送: 县委办公室、县政府办公室、县林业局"],
)
def test_the_usual_offices_or_none_are_not_said(tmp_path: Path, copies: str) -> None:
    assert "提醒" not in _draft(tmp_path, copies)
