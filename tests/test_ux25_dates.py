"""ux25 walk: a school clerk dates the term summary 2026年元月5日, as offices write January; it was refused as
无法识别的日期."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.gongwen.dates import parse_date


@pytest.mark.parametrize("text", ["2026年元月5日", "2026年元月5号", "二〇二六年元月五日"])
def test_yuanyue_is_january(text: str) -> None:
    assert parse_date(text) == dt.date(2026, 1, 5)


def test_yuanyue_without_a_year_takes_the_default_year() -> None:
    assert parse_date("元月8日", 2026) == dt.date(2026, 1, 8)
