"""ux31 walk: what the school's template keeper met and this round did not mend (strict xfail, each says why).
Made up for this walk, in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

TRAINING = "\n".join(
    [
        "松溪县第二实验小学文件",
        "松溪二小〔2025〕16号",
        "关于组织教师参加暑期培训的通知",
        "各处室、各年级组：",
        "　　为提升教师专业能力，为确保工作落到实处，现将有关事项通知如下。",
        "　　一、提高思想认识",
        "　　各部门要把这项工作摆上重要议事日程，主要负责人亲自抓。",
        "　　二、抓好工作落实",
        "　　各教研组要按名单组织教师按时参训，培训结束后上交学习心得。",
        "　　三、工作要求",
        "　　各部门要明确专人负责，工作情况于月底前报学校办公室。",
        "松溪县第二实验小学",
        "2025年7月14日",
    ]
)


@pytest.mark.xfail(
    strict=True,
    reason="a notice that sends teachers to a training (……参加暑期培训的通知) with no meeting's time, place or "
    "attendees is parsed as a 会议通知 and mined with the meeting notices; classify and the parse model are held to "
    "weights.json staying byte-identical, so the fix belongs to a round that can retrain with a labelled example",
)
def test_a_notice_sending_teachers_to_a_training_is_a_notice(tmp_path: Path) -> None:
    import drafter

    source = tmp_path / "通知.txt"
    source.write_text(TRAINING, encoding="utf-8")
    parsed, _ = drafter.parse([source])
    (document,) = parsed[0].documents
    assert document.genre == "notice"


@pytest.mark.xfail(
    strict=True,
    reason="a 文件名 cell holding a slash (语文/数学组, two groups meant in one row) is written 语文_数学组.docx with no "
    "word: the name is made safe in batch_plan without a 提醒, and saying it needs the row's warnings there",
)
def test_a_file_name_with_a_slash_is_said(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from drafter.cli import main

    sheet = tmp_path / "名单.csv"
    sheet.write_text(
        "文种,文件名,发文机关,会议名称,主送机关,会议时间,会议地点,参会人员,联系人,成文日期\n"
        "会议通知,语文/数学组,松溪县第二实验小学,期末复习研讨会,语文组，数学组,2026-12-03 15:00,学校三楼录播教室,"
        "两组全体教师,无,2026-11-26\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "输出"), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "提醒" in result.output and "文件名" in result.output
