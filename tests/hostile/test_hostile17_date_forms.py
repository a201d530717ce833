"""A 成文日期 written as a machine writes it, or with a digit too many, is said for what it is.

2025-02-24T08:30:00 (ISO 8601, what a script or a JSON export gives; with Z or +08:00) was refused as
无法识别的日期 with no reason, while the same moment with a space was said to need its date only. 10000-01-01
(a year typed with a digit too many) was refused quoting a text the clerk never wrote: "0000-01-01"（0年没有1月1日）.
"""

from pathlib import Path

import pytest
from bounded import run_drafter

from drafter.gongwen import DateParseError, parse_date, parse_meeting_time

FACTS = (
    "文种: 通知\n发文机关: 青禾县水利局\n类别: 布置\n事由: 做好汛前检查\n主送机关: 各乡镇人民政府\n"
    "正文:\n- 各乡镇要在五月底前完成汛前检查。\n成文日期: {}\n"
)


@pytest.mark.parametrize(
    "written", ["2025-04-21T00:00:00", "2025-04-21T09:15", "2025-04-21T09:15:00+08:00", "2025-04-21T01:15:00.000Z"]
)
def test_an_iso_moment_is_said_to_need_its_date_only(written: str) -> None:
    with pytest.raises(DateParseError, match="这里只写日期，不写时刻，如 2025-04-21") as info:
        parse_date(written)
    assert f'"{written}"' in str(info.value)


@pytest.mark.parametrize(("written", "digits"), [("10000-01-01", 5), ("202504-4-21", 6), ("20250年4月21日", 5)])
def test_a_year_with_too_many_digits_is_quoted_as_written(written: str, digits: int) -> None:
    with pytest.raises(DateParseError) as info:
        parse_date(written)
    assert str(info.value) == f'无法识别的日期 "{written}"（年份是四位数字，这里写了 {digits} 位）'


@pytest.mark.parametrize("written", ["45768.375", "45768", "2025-04-21", "2025.4.21"])
def test_the_other_forms_are_read_as_before(written: str) -> None:
    try:
        assert parse_date(written).isoformat() == "2025-04-21"
    except DateParseError as exc:
        assert "Excel 的日期序号" in str(exc)


def test_the_clerk_is_told_where(tmp_path: Path) -> None:
    (tmp_path / "通知.yaml").write_text(FACTS.format("10000-04-21"), encoding="utf-8")
    result = run_drafter("draft", "通知.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert '通知.yaml:8:7: 成文日期: 无法识别的日期 "10000-04-21"（年份是四位数字' in result.stderr
    assert "0000" not in result.stderr.replace("10000", "")
    assert not (tmp_path / "通知.docx").exists()


@pytest.mark.parametrize("written", ["10000年3月1日上午9:00", "20250-03-01 09:00"])
def test_a_meeting_time_with_too_long_a_year_is_quoted_as_written(written: str) -> None:
    with pytest.raises(DateParseError) as info:
        parse_meeting_time(written)
    assert str(info.value) == f'无法识别的日期 "{written}"（年份是四位数字，这里写了 5 位）'
