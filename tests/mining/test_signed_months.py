"""Documents on one page signed in consecutive months (2026年1月20日, 2026年2月26日, 2026年3月5日) number their dates
down the page as a page numbers its separators (材料1, 材料2): read so, each date line opened a document of its own
titled 月20日, cut from the notice it signs. A date is never a separator.

The documents are our own words.
"""

from __future__ import annotations

from pathlib import Path

from drafter.mining.furniture import numbered_separator_lines
from drafter.mining.parse import parse_paths

_NOTICE = """关于做好{month}月份安全检查工作的通知

各乡镇人民政府，县直各单位：

　　为切实做好{month}月份安全检查工作，防范各类事故发生，现将有关事项通知如下：

　　一、检查范围

　　全县各类生产经营单位、人员密集场所和在建工程。

　　二、工作要求

　　各单位要落实检查责任，发现隐患立即整改，{month}月底前将检查情况报县安委办。

　　特此通知。


青禾县安全生产委员会办公室
2026年{month}月{day}日


"""

_FURNITURE = "相关阅读\n上一篇：关于做好防汛工作的通知\n下一篇：安全生产月活动方案\n\n\n"


def test_documents_signed_in_consecutive_months_are_not_cut_at_their_dates(tmp_path: Path) -> None:
    page = tmp_path / "通知汇编.txt"
    page.write_text(
        "".join(_NOTICE.format(month=month, day=day) + _FURNITURE for month, day in ((1, 20), (2, 26), (3, 5))),
        encoding="utf-8",
    )
    parsed, _ = parse_paths([page])
    titles = [document.title for document in parsed[0].documents]
    assert titles == [f"关于做好{month}月份安全检查工作的通知" for month in (1, 2, 3)], titles
    for document in parsed[0].documents:
        assert document.lines[-1].text.startswith("2026年") or any(
            line.text.startswith("2026年") for line in document.lines
        )


def test_a_date_line_is_no_numbered_separator() -> None:
    texts = ["青禾县教育局", "2026年1月20日", "", "正文一段。", "", "青禾县教育局", "2026年2月26日", "", "正文。"]
    assert numbered_separator_lines(texts) == {}
    # a separator numbered in words no list knows still is one
    pieces = ["材料1", "", "正文一段。", "", "正文两段。", "", "材料2", "", "正文。"]
    assert set(numbered_separator_lines(pieces)) == {0, 6}
