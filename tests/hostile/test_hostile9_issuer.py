"""Hostile inputs, round 9: another 发文机关 written in a facts file drafted from a unit's template.

A template (as drafter mine writes one) defaults the 版记's 印发机关 to the unit's own office; a clerk of
another office drafting from it (a 体育局's notice from the culture bureau's template) wrote 发文机关 and saw
the 署名, 红头 and 文号 said or changed, while the 版记 was printed by the culture bureau's office unsaid.
"""

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

UNIT = "岚川市文化广电和旅游局"
MANIFEST = f"""name: notice
genre: notice
title: 通知（本单位）
extends: notice
fields:
  发文机关:
    required: false
    default:
    - {UNIT}
  署名:
    required: false
    default:
    - {UNIT}
  发文机关标志:
    required: false
    default:
    - {UNIT}文件
  印发机关:
    required: false
    default: {UNIT}办公室
"""
FACTS = (
    "类别: 布置\n事由: 做好全民健身活动\n主送机关: 各区县体育局\n正文:\n- 各地要加强组织。\n"
    "成文日期: 2025-03-10\n印章: 是\n"
)


def _draft(tmp_path: Path, extra: str) -> tuple[str, str]:
    template = tmp_path / "notice"
    template.mkdir(exist_ok=True)
    (template / "manifest.yaml").write_text(MANIFEST, encoding="utf-8")
    facts = tmp_path / "通知.yaml"
    facts.write_text(f"模板: {template}\n" + FACTS + extra, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    return result.stdout, result.stderr


def test_another_issuers_document_printed_by_the_units_office_is_said(tmp_path: Path) -> None:
    text, said = _draft(tmp_path, "发文机关:\n- 岚川市体育局\n")
    assert text.startswith("岚川市体育局文件\n")
    assert f"{UNIT}办公室" in text  # kept: an office may print another issuer's documents
    assert "印发机关" in said and f"本单位的“{UNIT}办公室”" in said and "岚川市体育局" in said


def test_the_printer_written_or_the_unit_itself_says_nothing(tmp_path: Path) -> None:
    text, said = _draft(tmp_path, "发文机关:\n- 岚川市体育局\n印发机关: 岚川市体育局办公室\n")
    assert "岚川市体育局办公室" in text and "印发机关:" not in said
    text, said = _draft(tmp_path, f"发文机关:\n- {UNIT}\n")
    assert f"{UNIT}办公室" in text and "印发机关:" not in said
