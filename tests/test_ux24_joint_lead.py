"""ux24 walk: a joint notice led by the other issuer, drafted from the unit's mined template.

The 卫健委's template defaults 印发机关 to its own office. A joint notice with the 医疗保障局 as the lead
issuer (发文机关: [澜州市医疗保障局, 澜州市卫生健康委员会]) takes the lead's 文号 and is printed by the lead's
office (《党政机关公文处理工作条例》第九条): the 文号 was said, the 委's office as 印发机关 went unsaid, for the
委 is among the issuers; and the 文号 reminder's example was a 党委's (X党〔{年}〕{号}号).
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

UNIT = "澜州市卫生健康委员会"
PARTNER = "澜州市医疗保障局"
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
  文号格式:
    type: text
    required: false
    default: 澜卫〔{{年}}〕{{号}}号
  文号序号:
    type: integer
    minimum: 1
    required: false
  印发机关:
    required: false
    default: {UNIT}办公室
"""
FACTS = (
    "类别: 布置\n事由: 做好门诊慢特病待遇认定工作\n主送机关: 各区县医疗保障局、卫生健康局\n"
    "正文:\n- 乡镇卫生院负责辖区参保人员的认定工作。\n成文日期: 2025-12-20\n印章: 是\n文号序号: 41\n"
)


def _draft(tmp_path: Path, issuers: str) -> str:
    template = tmp_path / "notice"
    template.mkdir(exist_ok=True)
    (template / "manifest.yaml").write_text(MANIFEST, encoding="utf-8")
    facts = tmp_path / "通知.yaml"
    facts.write_text(f"模板: {template}\n发文机关:\n{issuers}" + FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    return result.stderr


def test_the_units_office_printing_a_notice_the_partner_leads_is_said(tmp_path: Path) -> None:
    said = _draft(tmp_path, f"- {PARTNER}\n- {UNIT}\n")
    assert "印发机关" in said and f"{PARTNER}办公室" in said
    assert "X党" not in said


def test_the_unit_leading_says_nothing_of_its_office(tmp_path: Path) -> None:
    said = _draft(tmp_path, f"- {UNIT}\n- {PARTNER}\n")
    assert "印发机关" not in said and "文号格式" not in said
