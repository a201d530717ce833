"""A 简报's or 纪要's 期号 in the shapes units print it — with the count since the first issue (第5期（总第41期）) or a
year in 年 (2026年第3期) — keeps the masthead above it as the document's head and title (our own sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.gongwen import ISSUE_NUMBER_LINE
from drafter.mining.parse import parse_file

BULLETIN = """环境卫生简报
{issue}
柳湾街道城管办编　　　　2026年9月8日
————————————————————————
街道开展秋季环境卫生集中整治
　　9月5日，柳湾街道组织各社区开展秋季环境卫生集中整治，清理卫生死角40余处。
　　这次整治突出背街小巷和老旧小区，各社区分片包干，做到边查边改。
"""


@pytest.mark.parametrize("issue", ["第7期（总第52期）", "2026年第7期", "〔2026〕第7期", "（第7期）"])
def test_the_masthead_over_a_period_is_the_title(tmp_path: Path, issue: str) -> None:
    path = tmp_path / "简报.txt"
    path.write_text(BULLETIN.format(issue=issue), encoding="utf-8")
    (document,) = parse_file(path).documents
    assert (document.start_line, document.title, document.genre) == (1, "环境卫生简报", "meeting_report")


@pytest.mark.parametrize("text", ["第7期第8期", "2026年", "第七期培训班", "总第"])
def test_other_lines_are_no_period(text: str) -> None:
    assert ISSUE_NUMBER_LINE.match(text) is None
