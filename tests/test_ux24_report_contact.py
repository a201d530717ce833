"""ux24 walk: a 报告, 通报, 意见 or 批复 with its contact, as a 卫健委 clerk writes them every week.

A 报告 sent up to the 市人民政府 names the clerk to ask (联系人：规划财务处 沈佳，电话：……), in the 附注 under the
date as a 请示 does (GB/T 9704 §7.3.6); an 通报 or 批复 sent down names who takes the 整改 reports. These
built-ins had no 联系人: 联系人: was "不认识这个键" and the clerk had to type the whole line into 附注. Now the
four take 联系人 and 联系人位置 as a 通知 does (optional: no reminder when left out).
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from drafter.cli import main

CONTACT = "联系人:\n- 姓名: 沈佳\n  电话: 0739-8812315\n"
FACTS = {
    "报告": "事由: 2025年夏季传染病防控工作情况\n主送机关: 澜州市人民政府\n正文:\n- 全市设立哨点医院12家，每日汇总分析发热、腹泻病例。\n",
    "通报": "事由: 第三季度医疗机构依法执业检查情况\n类别: 情况\n主送机关: 各区县卫生健康局\n基本情况:\n- 共检查医疗机构146家，立案查处9家。\n",
    "意见": "事由: 加强基层卫生人才队伍建设\n主送机关: 各区县卫生健康局\n重点任务:\n- 实施基层卫生人才定向培养计划。\n",
    "批复": "事由: 同意澜东区人民医院设置血液透析室\n主送机关: 澜东区卫生健康局\n"
    "来文:\n  标题: 关于澜东区人民医院设置血液透析室的请示\n  文号: 澜东卫〔2025〕8号\n"
    "批复意见:\n- 同意澜东区人民医院设置血液透析室。\n",
}


def _draft(tmp_path, genre: str, extra: str = "") -> tuple[int, list[str], str]:
    facts = tmp_path / f"{genre}.yaml"
    facts.write_text(
        f"文种: {genre}\n发文机关: 澜州市卫生健康委员会\n{FACTS[genre]}成文日期: 2025-08-20\n{extra}", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    return result.exit_code, result.stdout.splitlines(), result.stderr


@pytest.mark.parametrize("genre", list(FACTS))
def test_the_contact_goes_in_the_note_under_the_date(tmp_path, genre: str) -> None:
    code, lines, said = _draft(tmp_path, genre, CONTACT)
    assert code == 0, said
    at = lines.index("2025年8月20日")
    assert lines[at + 1].strip() == "（联系人：沈佳，电话：0739-8812315）", lines


def test_a_report_prints_its_contact_before_its_closing_when_asked(tmp_path) -> None:
    code, lines, said = _draft(tmp_path, "报告", CONTACT + "联系人位置: 正文\n")
    assert code == 0, said
    at = lines.index("　　特此报告。")
    assert lines[at - 1] == "　　联系人：沈佳，电话：0739-8812315。", lines


@pytest.mark.parametrize("genre", list(FACTS))
def test_no_contact_is_no_reminder(tmp_path, genre: str) -> None:
    code, _, said = _draft(tmp_path, genre)
    assert code == 0 and "联系人" not in said, said
