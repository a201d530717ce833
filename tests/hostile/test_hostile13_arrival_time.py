"""Hostile inputs, round 13: a meeting notice's 报到时间 and 会议时间 as a WPS sheet or a system's export gives them
(hostile12's leftover).

A clerk typing 2025/2/20 8:30 into a WPS cell gets a cell of date and time: the notice printed
报到时间：2025-02-20 08:30。, as it did for 报到时间: 2025-02-20 08:30:00 pasted from a booking system. A cell of date and
time left in WPS's 常规 format holds Excel's date number: 报到时间：45708.35416666。 was printed as typed, and a
会议时间 of 45708.375 was refused with 没有找到日期 alone. Now the date and time are put as a notice writes them and
the number is refused with what it stands for.
"""

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = """文种: 会议通知
发文机关: 青禾县教育局
会议名称: 全县防汛工作会议
主送机关: 各中小学
会议时间: {held}
报到时间: "{arrival}"
会议地点: 县教育局三楼会议室
参会人员: 各校校长
成文日期: 2025-02-14
"""


def _text(tmp_path: Path, arrival: str, held: str = "2025-02-20 上午9:00") -> tuple[int, str]:
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS.format(arrival=arrival, held=held), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("arrival", "printed"),
    [
        ("2025-02-20 08:30", "报到时间：2025年2月20日8:30。"),
        ("2025-02-20 08:30:00", "报到时间：2025年2月20日8:30。"),
        ("2025-02-20T08:30:00", "报到时间：2025年2月20日8:30。"),
        ("2025/2/20 8:30前", "报到时间：2025年2月20日8:30前。"),
        ("2025-02-20", "报到时间：2025年2月20日。"),
        ("08:30", "报到时间：8:30。"),
        ("2月20日08:30前", "报到时间：2月20日8:30前。"),
    ],
)
def test_a_date_and_time_as_exported_is_put_as_a_notice_writes_it(tmp_path: Path, arrival: str, printed: str) -> None:
    code, output = _text(tmp_path, arrival)
    assert code == 0, output
    assert printed in output, output


@pytest.mark.parametrize("arrival", ["2月20日上午8:30前，在会场门口签到", "会前30分钟"])
def test_an_arrival_written_in_words_is_printed_as_written(tmp_path: Path, arrival: str) -> None:
    code, output = _text(tmp_path, arrival)
    assert code == 0 and f"报到时间：{arrival}。" in output, output


def test_an_excel_date_number_for_the_arrival_is_refused_with_what_it_stands_for(tmp_path: Path) -> None:
    code, output = _text(tmp_path, "45708.35416666")
    assert code == 1, output
    assert "通知.yaml:6:" in output and "报到时间: " in output and "2025年2月20日8:30" in output, output


def test_an_excel_date_number_for_the_meeting_says_what_it_stands_for(tmp_path: Path) -> None:
    code, output = _text(tmp_path, "2月20日上午8:30前", held="45708.375")
    assert code == 1, output
    assert "会议时间: " in output and "Excel 的日期序号，即 2025年2月20日9:00" in output, output


def test_a_wps_cell_of_date_and_time_is_put_as_a_notice_writes_it(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(
        [
            "文种",
            "文件名",
            "发文机关",
            "会议名称",
            "主送机关",
            "会议时间",
            "报到时间",
            "会议地点",
            "参会人员",
            "成文日期",
        ]
    )
    sheet.append(
        ["会议通知", "甲", "青禾县教育局", "全县防汛工作会议", "各中小学", dt.datetime(2025, 2, 20, 9, 0),
         dt.datetime(2025, 2, 20, 8, 30), "县教育局三楼会议室", "各校校长", dt.datetime(2025, 2, 14)]
    )  # fmt: skip
    sheet.append(
        ["会议通知", "乙", "青禾县教育局", "全县防汛工作会议", "各中小学", "2025年2月20日上午9:00",
         45708.35416666, "县教育局三楼会议室", "各校校长", "2025-02-14"]
    )  # fmt: skip
    book.save(tmp_path / "名单.xlsx")
    result = CliRunner().invoke(
        main, ["batch", str(tmp_path / "名单.xlsx"), "-o", str(tmp_path / "稿"), "-f", "txt", "-j", "1"]
    )
    assert result.exit_code == 4, result.output
    assert "报到时间：2025年2月20日8:30。" in (tmp_path / "稿" / "甲.txt").read_text(encoding="utf-8")
    assert not (tmp_path / "稿" / "乙.txt").exists()
    assert "第3行 G列: 报到时间: " in result.output and "2025年2月20日8:30" in result.output, result.output
