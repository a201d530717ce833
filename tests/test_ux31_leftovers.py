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
