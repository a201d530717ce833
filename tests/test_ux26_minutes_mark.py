"""ux26 walk: a bureau's 党组 minutes are titled 局党组2025年第9次会议纪要; drafted without a 纪要标志, the mark was
澜川县卫生健康局局党组2025年第9次会议纪要: the sitting's number in the mark all sittings share, and 局 twice."""

from __future__ import annotations

import pytest

from drafter.gongwen.wording import minutes_mark


@pytest.mark.parametrize(
    ("unit", "meeting", "mark"),
    [
        ("澜川县卫生健康局", "局党组2025年第9次会议", "澜川县卫生健康局党组会议纪要"),
        ("澜川县卫生健康局", "党组第三次会议", "澜川县卫生健康局党组会议纪要"),
        ("澜川县卫生健康局", "局务会议", "澜川县卫生健康局局务会议纪要"),  # a 局务会议 keeps its 局
        ("青禾县公安局", "局党委2025年度第3次会议", "青禾县公安局党委会议纪要"),
    ],
    ids=["party-group-sitting", "party-group-bare", "own-meeting", "party-committee"],
)
def test_the_mark_of_a_party_group_sitting(unit: str, meeting: str, mark: str) -> None:
    assert minutes_mark(unit, meeting) == mark
