"""Lines a converter or a document viewer puts between printed pages — a page number inside a rule drawn across the
page, a note naming the page that follows — are page furniture: the title under them is read alone (our own
sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.mining.furniture import is_furniture
from drafter.mining.parse import parse_file

FIRST = """关于开展冬季安全用电宣传活动的通知
各社区居委会：
为提高居民安全用电意识，街道决定在12月开展冬季安全用电宣传活动，请各社区认真组织，确保活动取得实效。
特此通知。
柳湾街道办事处
2026年11月30日
"""
SECOND = """柳湾街道2026年冬季安全用电宣传活动方案
一、活动时间
2026年12月1日至12月31日。
二、活动内容
各社区要组织志愿者入户发放宣传资料，讲解电动自行车安全充电常识。
"""


@pytest.mark.parametrize(
    "between", ["———————————— 第 2 页 ————————————", "────── 2 ──────", "以下为第 2 页预览内容", "第2页　共3页"]
)
def test_the_title_under_a_page_line_is_read_alone(tmp_path: Path, between: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text(FIRST + between + "\n" + SECOND, encoding="utf-8")
    titles = [d.title for d in parse_file(path).documents]
    assert titles == ["关于开展冬季安全用电宣传活动的通知", "柳湾街道2026年冬季安全用电宣传活动方案"]


@pytest.mark.parametrize(
    "text", ["-02", "————————————————", "一、详见第3页的说明", "请各单位于12月5日前报送第2页所列材料。"]
)
def test_lines_that_are_no_page_break_stay(text: str) -> None:
    assert not is_furniture(text)
