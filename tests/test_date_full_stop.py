"""A date typed with a sentence's full stop after it: the full-width 。 was forgiven, the half-width . of a
clerk typing with half-width punctuation was not (ux22 walk: 成文日期: 2025-12-18. refused as 无法识别的日期)."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.gongwen.dates import DateParseError, parse_date


@pytest.mark.parametrize("typed", ["2025-12-18.", "2025.12.18.", "2025年12月18日.", "2025-12-18。", "2025/12/18 ."])
def test_a_full_stop_after_a_date_is_no_part_of_it(typed: str) -> None:
    assert parse_date(typed) == dt.date(2025, 12, 18)


@pytest.mark.parametrize("typed", ["2025-12-18.5", "2025-12-18.1"])
def test_a_number_after_the_stop_is_still_refused(typed: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(typed)
