"""Where a document starts when page furniture (a byline, a blurb, a list of links) stands between a
title-shaped line and body text: the words of the title and of the text below decide (split._place_across_furniture)."""

from pathlib import Path

from drafter.mining.heads import is_byline, later_section
from drafter.mining.linear import BODY, HEAD, OUT, START
from drafter.mining.model import Line
from drafter.mining.parse import parse_file, shipped
from drafter.mining.split import _cohesion, _place_across_furniture, _text_below

COMMON = frozenset({"工作", "会议", "关于", "通知"})

ABOVE = "上一篇的最后一段写完了，全文到此结束。"
BODY_TEXT = (
    "今年春季，青山镇组织开展河道清淤行动，共清理淤泥三千余方，沿河村庄的排涝能力明显提升。",
    "青山镇成立清淤专班，镇村两级干部分段包干，每周通报一次进度。",
)


def _lines(*texts: str) -> tuple[Line, ...]:
    return tuple(Line(text, number) for number, text in enumerate(texts, 1))


def test_a_link_above_an_untitled_document_is_not_its_title() -> None:
    lines = _lines(
        ABOVE, "社区消防演练活动方案", "发布时间：2026-03-02 阅读：218", "下面为大家整理了相关范文。", *BODY_TEXT
    )
    labels = [BODY, START, OUT, OUT, BODY, BODY]
    assert _place_across_furniture(lines, labels, [0, 1], {}, COMMON) == [0, 4]
    assert labels[1] == OUT and labels[4] == START


def test_a_title_that_speaks_of_the_text_below_the_furniture_opens_it() -> None:
    lines = _lines(ABOVE, "青山镇河道清淤行动情况汇报", "发布时间：2026-03-02 阅读：218", *BODY_TEXT)
    labels = [BODY, OUT, OUT, START, BODY]
    assert _place_across_furniture(lines, labels, [0, 3], {}, COMMON) == [0, 1]
    # and a title right at the start stays where it is
    labels = [BODY, START, OUT, BODY, BODY]
    assert _place_across_furniture(lines, labels, [0, 1], {}, COMMON) == [0, 1]


def test_a_byline_is_no_title_and_a_separator_is_never_moved() -> None:
    lines = _lines(ABOVE, "第2篇", "作者：佚名 2026年3月2日", *BODY_TEXT)
    labels = [BODY, START, OUT, BODY, BODY]
    assert _place_across_furniture(lines, labels, [0, 1], {1: "separator"}, COMMON) == [0, 1]
    lines = _lines(ABOVE, "作者：佚名 2026年3月2日", "浏览次数：88", *BODY_TEXT)
    labels = [BODY, OUT, OUT, START, BODY]
    assert _place_across_furniture(lines, labels, [0, 3], {}, COMMON) == [0, 3]


def test_cohesion_leaves_out_the_pairs_every_document_uses() -> None:
    lines = _lines("请各村做好防汛物资储备工作，汛期值班人员按时到岗。")
    title = "青山镇防汛工作方案"  # 防汛 and 工作 are in the text; 工作 says nothing of the topic
    plain = _cohesion(title, _text_below(lines, [BODY], 0, 1), frozenset())
    without = _cohesion(title, _text_below(lines, [BODY], 0, 1), COMMON)
    assert plain is not None and without is not None and without < plain
    assert _cohesion("通知", _text_below(lines, [BODY], 0, 1), COMMON) is None  # too short to tell


def test_an_untitled_report_after_a_list_of_links_starts_at_its_text(tmp_path: Path) -> None:
    """A 范文 page: the last entry of a list of related articles above an untitled report is not its title."""
    assert shipped().common_pairs  # the shipped weights carry the common pairs
    text = (
        "青山镇2025年防汛工作总结\n"
        "\n"
        "今年汛期，青山镇坚持以防为主，提前排查隐患点位二十处，落实转移预案，汛期内无一人伤亡。\n"
        "一、压实防汛责任\n"
        "镇党委多次召开专题会议研究部署，镇村干部分片包干，值班值守到位。\n"
        "二、做好物资储备\n"
        "全镇储备编织袋五千条、救生衣二百件，冲锋舟两艘，物资管理专人负责。\n"
        "\n"
        "社区消防演练活动方案\n"
        "学校食堂管理制度汇编\n"
        "村级换届选举工作流程\n"
        "发布时间：2026-03-02 阅读：218\n"
        "下面是小编为大家整理的相关范文，仅供参考。\n"
        "今年以来，县图书馆围绕全民阅读这一主线，全年举办读书分享会四十余场，新增注册读者三千余人。\n"
        "一、丰富阅读活动\n"
        "图书馆联合中小学开展亲子共读，每月推出一期好书推荐。\n"
        "二、延伸服务网络\n"
        "在八个乡镇建成图书流通点，实现通借通还。\n"
    )
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_file(path)
    assert [d.start_line for d in parsed.documents] == [1, 14]


def test_no_document_starts_at_a_later_section() -> None:
    """A document opens with its title or first section: a start on 二、/（三）/4. is the model's slip (a page
    wrapped at a narrow width), unless the numbered line is itself a title (a page numbering its documents)."""
    assert later_section("二、主要做法")
    assert later_section("（三）加强组织领导。")
    assert later_section("4.严格落实值班要求")
    assert not later_section("一、总体要求")
    assert not later_section("2、关于召开全县防汛工作会议的通知")
    assert not later_section("2025年工作要点")


def test_a_byline_the_cleaning_kept_parts_a_link_from_the_text_below() -> None:
    """A byline in words no list knows (a date, the time it was posted, counters) is kept by the cleaning; under the
    last entry of a list of links, with a blurb and a document's text below it, it is furniture all the same."""
    other = (
        "县图书馆开展“书香进万家”读书月活动，共举办亲子共读、好书推荐等活动十余场，发放推荐书目五千份，"
        "并在各乡镇综合文化站设立流动借阅点十二个，全年借阅量比上年增长三成。"
    )
    lines = _lines(
        ABOVE, "社区消防演练活动方案", "2026年3月2日  08:15:06   浏览 218", "小编按：建议收藏备用。", other, *BODY_TEXT
    )
    labels = [BODY, START, HEAD, BODY, BODY, BODY, BODY]
    assert _place_across_furniture(lines, labels, [0, 1], {}, COMMON) == [0, 3]
    assert labels[1] == OUT and labels[3] == START


def test_a_title_keeps_its_own_byline_and_text() -> None:
    """The same shape under a title that speaks of the text below: the title opens it, byline and all; and with
    too little text before the next start nothing moves."""
    lines = _lines(ABOVE, "青山镇河道清淤行动情况汇报", "2026年3月2日  08:15:06   浏览 218", *BODY_TEXT)
    labels = [BODY, START, HEAD, BODY, BODY]
    assert _place_across_furniture(lines, labels, [0, 1], {}, COMMON) == [0, 1]
    lines = _lines(ABOVE, "社区消防演练活动方案", "2026年3月2日  08:15:06   浏览 218", "〔2026〕第6期", *BODY_TEXT)
    labels = [BODY, START, HEAD, BODY, START, BODY]
    assert _place_across_furniture(lines, labels, [0, 1, 4], {}, COMMON) == [0, 1, 4]


def test_what_reads_as_a_byline() -> None:
    # a numeric date among fields; a written date beside named fields or the time it was posted at
    assert is_byline("发稿日期 2026-03-02  出处：投稿  已读 948")
    assert is_byline("2026年3月2日  08:15:06   浏览 218   点赞 12")
    assert is_byline("信息来源：县文旅局  发布日期：2026年3月2日  阅读：12次")
    # two named fields, the first one's value run into the second's name
    assert is_byline("资料编号：5922   上传时间：2026-03-02")
    # a signature with its date, a meeting's time and place: no byline
    assert not is_byline("青山镇人民政府 2026年3月2日")
    assert not is_byline("县教育局 县财政局 2026年3月2日")
    assert not is_byline("时间：2026年3月2日 地点：镇政府三楼会议室")
