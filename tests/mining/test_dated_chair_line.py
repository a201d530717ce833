"""The bracketed line under a 主持词's or a speech's title may carry the chair or the place after the date
(（2026年4月22日　主持人：……）): it belongs to the head, not to the title (our own sentences)."""

from __future__ import annotations

from pathlib import Path

from drafter.mining.furniture import is_byline_date
from drafter.mining.parse import parse_file


def test_the_chair_after_the_date_is_not_part_of_the_title(tmp_path: Path) -> None:
    text = (
        "柳湾街道2026年居民代表会议主持词\n"
        "（2026年4月22日　主持人：街道办事处副主任　程远）\n"
        "各位代表：\n"
        "柳湾街道2026年居民代表会议现在开始。今天的会议有两项议程。\n"
        "下面进行第一项议程，请街道办事处主任作工作报告。\n"
    )
    path = tmp_path / "host.txt"
    path.write_text(text, encoding="utf-8")
    (document,) = parse_file(path).documents
    assert document.title == "柳湾街道2026年居民代表会议主持词"


def test_what_a_dated_line_under_a_title_is() -> None:
    assert is_byline_date("（2026年3月5日）")
    assert is_byline_date("（2026年4月22日　县会议中心）")
    assert not is_byline_date("（2026年4月22日　县会议中心）", as_trained=True)
    assert not is_byline_date("（经2026年4月22日党委会研究，现予印发。）")
