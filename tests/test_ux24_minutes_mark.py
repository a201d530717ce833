"""ux24 walk: the 纪要标志 of a 委's weekly 主任办公会议纪要 drafted from the built-in template.

The clerk writes 单位: 澜州市卫生健康委员会 and 会议名称: 主任办公会议 and leaves 纪要标志 out; the mark is
“澜州市卫生健康委员会会议纪要”, where the unit's 纪要 (and GB/T 9704 §10.3's ×××××纪要) name the meeting:
“澜州市卫生健康委员会主任办公会议纪要”. The clerk retypes the mark in every 纪要.
"""

from __future__ import annotations

from click.testing import CliRunner

from drafter.cli import main


def test_the_mark_names_the_standing_meeting(tmp_path) -> None:
    facts = tmp_path / "纪要.yaml"
    facts.write_text(
        "文种: 会议纪要\n单位: 澜州市卫生健康委员会\n会议名称: 主任办公会议\n会议日期: 2025-10-14\n"
        "会议地点: 委四楼第一会议室\n主持人: 韩立群\n会议内容: 研究秋冬季呼吸道传染病防控等事项\n"
        "议定事项:\n- 会议要求疾控处于10月底前完成发热门诊专项检查。\n出席: 韩立群 郑卫东\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "澜州市卫生健康委员会主任办公会议纪要"
