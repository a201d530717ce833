"""A page's place one step from its article, and a table copied as text, are neither title nor headings (own words)."""

from pathlib import Path

from drafter.mining.furniture import is_furniture, mark_neighbour_links
from drafter.mining.parse import parse_file

REPORT = """柳川区2026年第三季度窗口服务评议情况的通报
各街道办事处，区直各部门：
根据区政务服务评议办法，区政务服务中心对各窗口第三季度的服务情况进行了评议，现将结果通报如下。
一、评议结果
    名次  窗口  得分  等次
    1  不动产登记窗口  97.5  优秀
    2  社保医保窗口  95.1  优秀
    3  市场准入窗口  91.8  良好
二、有关要求
各窗口要对照评议中发现的问题认真整改，于10月20日前将整改情况报区政务服务中心。
柳川区政务服务中心
2026年10月10日
"""


def test_one_step_to_the_article_is_the_page_s_place() -> None:
    assert is_furniture("通知公告 ＞ 正文")
    assert is_furniture("工作动态 > 详情")
    assert not is_furniture("收入 > 支出")


def test_a_page_footer_between_dashes_is_furniture() -> None:
    assert is_furniture("— — 第 2 页 / 共 5 页 — —")
    assert is_furniture("第 2 页 共 5 页")
    assert not is_furniture("第二页的内容如下")


def test_numbered_rows_of_a_table_are_no_headings(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    (document,) = parse_file(path).documents
    assert [heading.text for heading in document.headings] == ["评议结果", "有关要求"]


def test_links_to_the_neighbours_marked_by_arrows_both_ways_are_furniture() -> None:
    texts = [
        "柳川区教育局",
        "◀ 往期回顾：关于做好秋季开学工作的通知",
        "▶ 近期发布：关于开展教师培训的通知",
        "关于开展教师培训的通知",
    ]
    furniture = [True, False, False, False]  # (the page has furniture: its site line)
    mark_neighbour_links(texts, furniture)
    assert furniture == [True, True, True, False]
    lone = ["柳川区教育局", "→ 办理流程：先网上申报，再到窗口领证", "关于开展教师培训的通知"]
    furniture = [True, False, False]
    mark_neighbour_links(lone, furniture)
    assert furniture == [True, False, False]


def test_an_ad_label_set_off_by_marks_and_a_column_path_after_a_bar_are_furniture() -> None:
    assert is_furniture("▼▼ 广告 ▼▼ 公文写作速成班，今晚开课，点此报名")
    assert is_furniture("◆ 推广 ◆ 一键生成会议纪要")
    assert not is_furniture("广告宣传费用按规定列支")
    assert is_furniture("▎通知公告 ▎教育系统")
    assert not is_furniture("▍关于做好冬季校园安全工作的通知")  # a page's title after a bar


BUTTONS = """柳川区教育局关于做好冬季校园用电安全检查的通知
各中小学校：
为防范冬季用电引发的火灾事故，请各校在12月15日前完成一次用电安全自查，重点检查宿舍、食堂和实验室的线路。
柳川区教育局
2026年12月1日
⊕ 加入收藏　　⊙ 复制全文　　⊘ 纠错反馈
柳川区教育局关于开展冬季校园消防演练的通知
各中小学校：
为提高师生应对火灾的能力，决定于12月中旬在全区中小学开展一次消防疏散演练，请各校认真组织。
"""


def test_a_row_of_buttons_is_no_wrapped_line_of_the_title_under_it(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(BUTTONS, encoding="utf-8")
    documents = parse_file(path).documents
    assert [document.title for document in documents][-1] == "柳川区教育局关于开展冬季校园消防演练的通知"
