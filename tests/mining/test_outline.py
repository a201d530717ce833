import pytest

from drafter.mining.clean import Line
from drafter.mining.outline import find_headings


def lines(*texts: str) -> tuple[Line, ...]:
    return tuple(Line(text, number) for number, text in enumerate(texts, 1))


def outline(*texts: str) -> list[tuple[int, int, str, str]]:
    return [(h.line, h.level, h.marker, h.text) for h in find_headings(lines(*texts))]


def test_levels_follow_the_order_styles_appear() -> None:
    assert outline(
        "导语一段。",
        "一、基本情况",
        "正文。",
        "二、主要做法",
        "（一）抓教学",
        "1.落实备课。每周一次集体备课。",
        "2.规范作业。控制总量。",
        "（二）抓安全",
        "正文。",
        "三、存在问题",
        "正文。",
    ) == [
        (2, 1, "一、", "基本情况"),
        (4, 1, "二、", "主要做法"),
        (5, 2, "（一）", "抓教学"),
        (6, 3, "1.", "落实备课"),
        (7, 3, "2.", "规范作业"),
        (8, 2, "（二）", "抓安全"),
        (10, 1, "三、", "存在问题"),
    ]


def test_a_speech_can_start_with_other_markers() -> None:
    assert [
        h[1:3] for h in outline("同志们：", "第一，提高认识。认识到位才能行动到位。", "第二，狠抓落实。落实是关键。")
    ] == [
        (1, "第一，"),
        (1, "第二，"),
    ]


def test_plain_sentence_lists_are_not_headings() -> None:
    assert (
        outline(
            "会议要求：",
            "1、再次强调工作能否过关的利害关系，一定要明白工作的意义。",
            "2、有关后勤保障工作要做好，必要的补助要及时到位。",
            "3、论文要抓紧收集去发表，明确跟踪落实的责任人。",
            "会后大家进行了讨论。",
        )
        == []
    )


def test_narrative_lead_is_not_a_heading() -> None:
    assert outline(
        "一、工作开展",
        "正文。",
        "1、重阳节，我们在小学举办老教师茶话会。四十多位老教师参加。",
        "2、组织教师参加基本功比赛，6人参加，2人获一等奖。",
    ) == [(1, 1, "一、", "工作开展")]


def test_numbering_continued_across_parents_is_a_list() -> None:
    found = outline(
        "一、工作要点",
        "（一）民主管理",
        "1、对规程执行情况进行一次调查，完善有关制度。",
        "2、对校务公开工作进行一次检查，召开经验交流会。",
        "（二）队伍建设",
        "3、继续开展师德教育活动。组织评选先进教师。",
        "4、积极开展文体活动：开展乒乓球比赛。",
    )
    assert [h[2] for h in found] == ["一、", "（一）", "（二）"]


def test_unnumbered_section_words_are_headings() -> None:
    found = outline(
        "一、主要工作", "正文。", "存在问题：", "1、发展不平衡。一些学校重视不够。", "2、薄弱环节多。有些方法不当。"
    )
    assert [(h[1], h[2], h[3]) for h in found] == [
        (1, "一、", "主要工作"),
        (1, "", "存在问题"),
        (2, "1、", "发展不平衡"),
        (2, "2、", "薄弱环节多"),
    ]


@pytest.mark.parametrize("subtitle", ["（二）某镇召开工作会议", "3、附录"])
def test_a_lone_marker_starting_past_one_is_not_a_heading(subtitle: str) -> None:
    assert outline("某镇宣传材料", subtitle, "9月30日，某镇召开了会议。") == []


def test_the_other_arabic_style_restarting_under_a_heading_is_one_level_deeper() -> None:
    assert outline(
        "导语。",
        "1、主要工作",
        "正文。",
        "2、工作体会",
        "正文。",
        "1.服务意识",
        "正文。",
        "2.责任意识",
        "正文。",
        "3、下步打算",
        "正文。",
    ) == [
        (2, 1, "1、", "主要工作"),
        (4, 1, "2、", "工作体会"),
        (6, 2, "1.", "服务意识"),
        (8, 2, "2.", "责任意识"),
        (10, 1, "3、", "下步打算"),
    ]


def test_word_heading_styles_set_levels_relative_to_the_shallowest() -> None:
    doc = (
        Line("第一章 总则", 1, style_level=2),
        Line("一、目的", 2),
        Line("正文。", 3),
        Line("二、范围", 4),
        Line("正文。", 5),
        Line("1、主要工作", 6, style_level=3),
        Line("正文。", 7),
        Line("第二章 分则", 8, style_level=2),
    )
    found = [(h.line, h.level, h.text) for h in find_headings(doc)]
    assert found == [(1, 1, "总则"), (2, 2, "目的"), (4, 2, "二、范围"[2:]), (6, 2, "主要工作"), (8, 1, "分则")]


def test_one_sentence_points_with_sub_points_under_them_are_headings() -> None:
    assert outline(
        "同志们：",
        "第一，要肯定成绩，坚定信心。",
        "上学期各项工作进展明显。",
        "第二，要突出重点，提升质量。",
        "一是抓课堂教学。落实集体备课。",
        "二是抓教师队伍。加强骨干培养。",
        "第三，要强化责任，抓好落实。",
        "各校要以钉钉子精神抓好落实。",
    ) == [
        (2, 1, "第一，", "要肯定成绩，坚定信心"),
        (4, 1, "第二，", "要突出重点，提升质量"),
        (5, 2, "一是", "抓课堂教学"),
        (6, 2, "二是", "抓教师队伍"),
        (7, 1, "第三，", "要强化责任，抓好落实"),
    ]


def test_plan_phases_are_headings() -> None:
    assert outline(
        "一、工作目标",
        "建成示范校。",
        "二、实施步骤",
        "第一阶段：宣传发动阶段（3月1日—3月15日）",
        "召开动员会。",
        "第二阶段：组织实施阶段（3月16日—6月30日）",
        "开展交流活动。",
    ) == [
        (1, 1, "一、", "工作目标"),
        (3, 1, "二、", "实施步骤"),
        (4, 2, "第一阶段：", "宣传发动阶段（3月1日—3月15日）"),
        (6, 2, "第二阶段：", "组织实施阶段（3月16日—6月30日）"),
    ]


def test_a_lone_first_point_is_prose_but_points_with_a_gap_are_not() -> None:
    found = outline(
        "一是巩固治理成果。具体采取三项措施：",
        "（1）联合下达收费标准。",
        "（2）开展专项检查。 二是巩固师德教育成果。我局始终坚持师德建设。",
        "三是巩固校务公开成果。组织机构健全。",
    )
    assert [(line, marker) for line, _, marker, _ in found] == [(1, "一是"), (4, "三是")]
    assert outline("导语。", "一是加强领导，健全机制。为确保工作顺利开展，成立了领导小组。", "正文。") == []


def test_sections_over_accepted_sub_points_are_headings_too() -> None:
    """The model decides each run of siblings; a run it turned down that encloses accepted headings of a
    family first seen after its own is their parent, and so a heading."""
    from drafter.mining.linear import Binary
    from drafter.mining.outline import model_headings

    doc = lines(
        "一、总体要求坚持以人民为中心推进各项工作",
        "（一）严明标准",
        "正文。",
        "（二）提高质量",
        "正文。",
        "二、组织选举严格依法依规开展选举工作",
        "（一）做好准备",
        "正文。",
        "（二）规范程序",
        "正文。",
    )
    # A model that accepts only the bracketed sub-points (its features are the marker styles).
    model = Binary({"style:cn_paren": 2.0}, -1.0)
    found = [(h.line, h.level, h.marker) for h in model_headings(doc, model)]
    assert found == [
        (1, 1, "一、"),
        (2, 2, "（一）"),
        (4, 2, "（二）"),
        (6, 1, "二、"),
        (7, 2, "（一）"),
        (9, 2, "（二）"),
    ]


def test_a_list_nested_in_an_item_does_not_end_the_run_of_its_family() -> None:
    """六是 … (its own 一是 二是) … 七是: 七是 continues the outer run, decided together with 一是 to 六是."""
    from drafter.mining.outline import heading_candidates

    doc = lines(
        "一是抓班子",
        "正文。",
        "二是带队伍",
        "正文。",
        "三是强作风",
        "一是加强学习，提高能力。",
        "二是改进作风，提高效率。",
        "四是促发展",
        "正文。",
    )
    runs = dict(heading_candidates(doc))
    assert [doc[i].text[:3] for i in runs[0]] == ["一是抓", "二是带", "三是强", "四是促"]
    assert [doc[i].text[:3] for i in runs[5]] == ["一是加", "二是改"]


def test_a_number_of_another_family_closes_the_lists_opened_inside_the_item_before() -> None:
    """六是 → 1、(一是 二是) → 2、(一是 二是 三是) → 七是: 2、 ends the first inner list, and 七是 goes on from 六是
    although more lists opened under it than a family alone would keep track of."""
    from drafter.mining.outline import heading_candidates

    items = []
    for number in "12345":
        items += [f"{number}、做好第{number}项工作。", "一是摸清情况。", "二是制定办法。", "三是抓好落实。"]
    doc = lines("五是抓好队伍建设。", "六是推进均衡发展。", *items, "七是提高教育质量。")
    runs = dict(heading_candidates(doc))
    assert [doc[i].text[:2] for i in runs[0]] == ["五是", "六是", "七是"]
    assert [doc[i].text[:2] for i in runs[2]] == ["1、", "2、", "3、", "4、", "5、"]
    assert [doc[i].text[:2] for i in runs[3]] == ["一是", "二是", "三是"]
    assert runs[3] is not runs[7]
    # items numbered on across their parents are still one list: (一) 1、2、 (二) 3、4、
    doc = lines("（一）加强领导", "1、成立小组。", "2、明确分工。", "（二）强化保障", "3、落实经费。", "4、配齐人员。")
    runs = dict(heading_candidates(doc))
    assert runs[1] == [1, 2, 4, 5] and runs[0] == [0, 3]


def test_a_word_marker_list_inside_an_item_is_one_level_down_and_keeps_the_items() -> None:
    from drafter.mining.candidates import Candidate
    from drafter.mining.outline import _assign_levels, _markers

    doc = lines(
        "五是抓好队伍建设",
        "六是推进均衡发展",
        "1、建设品牌学校",
        "一是完成选址。",
        "二是落实投入。",
        "2、合格学校建设加速",
        "一是新建两所。",
        "二是改造三所。",
        "3、校舍工程顺利推进",
        "七是提高教育质量",
    )
    markers = _markers(doc, False)
    accepted = [Candidate(i, markers[i], doc[i].text[2:], "heading") for i in sorted(markers)]
    found = [(h.line, h.level) for h in _assign_levels(doc, accepted, markers)]
    assert found == [(1, 1), (2, 1), (3, 2), (4, 3), (5, 3), (6, 2), (7, 3), (8, 3), (9, 2), (10, 1)]


def test_section_markers_restarting_under_a_deeper_item_begin_a_new_outline() -> None:
    # an attachment after the notice: its 一、 is a top level again, not a list under the last item
    found = outline(
        "一、总体要求",
        "各单位要提高认识，加强领导。",
        "二、主要任务",
        "（一）完善制度",
        "建立健全各项规章制度。",
        "（二）强化培训",
        "每年组织两次集中培训。",
        "一、指导思想",
        "以提高质量为中心。",
        "二、工作目标",
        "全面完成年度任务。",
    )
    assert [(level, text) for _, level, _, text in found] == [
        (1, "总体要求"),
        (1, "主要任务"),
        (2, "完善制度"),
        (2, "强化培训"),
        (1, "指导思想"),
        (1, "工作目标"),
    ]


def test_open_point_markers_are_headings_when_their_sequence_continues() -> None:
    found = outline(
        "为做好今冬明春的防火工作，现提出以下要求。",
        "一要落实巡查制度",
        "各村每天安排专人巡山，发现火情立即报告，不得迟报漏报。",
        "二要清理林下可燃物",
        "各村在入冬前组织清理林下枯枝落叶，减少火灾隐患。",
        "三要加强宣传教育",
        "通过广播、标语等形式提醒群众不在林区用火。",
    )
    assert [(marker, text) for _, _, marker, text in found] == [
        ("一要", "落实巡查制度"),
        ("二要", "清理林下可燃物"),
        ("三要", "加强宣传教育"),
    ]
    assert {level for _, level, _, _ in found} == {1}


def test_a_lone_open_marker_is_prose() -> None:
    assert (
        outline(
            "今年汛期来得早，各地要提前准备。",
            "其一，水库要降低水位运行",
            "各水库管理单位要按照调度指令执行，确保安全。",
            "请各地认真落实。",
        )
        == []
    )


def test_the_learned_model_takes_a_continuing_run_of_open_markers(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from drafter.mining.parse import parse_paths

    page = tmp_path / "notice.txt"
    page.write_text(
        "关于做好夏季安全生产工作的通知\n\n各科室、各站所：\n\n为切实做好夏季安全生产工作，现就有关事项通知如下。\n\n"
        "一要压实安全责任。各单位主要负责人要亲自部署、亲自检查。\n\n"
        "二要开展隐患排查。各单位要对办公场所、仓库逐一排查，建立台账，限期整改。\n\n"
        "三要加强值班值守。严格执行领导带班和值班制度，遇有突发情况及时报告。\n\n"
        "特此通知。\n\n某某局办公室\n2025年6月3日\n",
        encoding="utf-8",
    )
    parsed, _ = parse_paths([page])
    headings = [h for d in parsed[0].to_json()["documents"] for h in d["headings"]]
    assert [h["marker"] for h in headings] == ["一要", "二要", "三要"]


def _record(number: int) -> list[Line]:
    """A record of a dump cut into sentences: its outline sits inside one source line."""
    body = "我们按计划推进各项工作，定期检查，及时总结经验。" * 12
    pieces = ["今年的工作安排如下。"]
    for head in ("一、抓学习", "二、抓落实", "三、抓检查"):
        pieces += [f"{head}。", body]
    return [Line(piece, number, inline=k > 0) for k, piece in enumerate(pieces)]


def test_a_record_with_a_page_line_or_two_beside_it_is_still_flattened() -> None:
    from drafter.mining.candidates import is_flattened

    record = _record(3)
    assert is_flattened(record)
    beside = [*record, Line("发布者 管理员 浏览次数 120", 4), Line("本文共 980 字", 5)]
    assert is_flattened(beside)
    assert not is_flattened(beside, as_trained=True)
    assert [(h.marker, h.text) for h in find_headings(tuple(beside))][:3] == [
        ("一、", "抓学习"),
        ("二、", "抓落实"),
        ("三、", "抓检查"),
    ]
    head = (
        "某某县教育局文件某教发〔2025〕3号关于做好某某工作的通知各乡镇中心学校，各直属学校，局机关各股室，"
        + "各有关单位，" * 6
    )
    assert is_flattened([Line(head, 2), *record, Line("发布者 管理员", 4)])  # 版头 and 主送 on a line of their own
    # Lines of an outline of their own, or much of the text, make it a document that kept its breaks.
    assert not is_flattened([*record, Line("四、抓总结", 4), Line("正文。", 5)])
    assert not is_flattened([*record, Line("另起一段。" * 60, 4), Line("正文。", 5)])


def test_word_lists_two_deep_in_flattened_text_are_not_headings() -> None:
    # 一、 holds 一是 二是 (headings); under 1、 inside it, 一是 二是 ran on in the item's paragraph (body).
    body = "我们按计划推进，定期检查，及时总结经验。"
    pieces = [
        "一、主要工作",
        "一是抓好学习。",
        body * 3,
        "1、集中学习。",
        "一是每周一次。",
        body,
        "二是每月交流。",
        body,
    ]
    pieces += [
        "2、个人自学。",
        body * 2,
        "二是抓好落实。",
        body * 3,
        "二、下步打算",
        "一是继续学习。",
        body,
        "二是加强检查。",
        body,
    ]
    from drafter.mining.linear import shipped

    found = find_headings(tuple(Line(piece, 1, inline=k > 0) for k, piece in enumerate(pieces)), shipped().headings)
    texts = [h.text for h in found]
    assert "每周一次" not in texts and "每月交流" not in texts, texts
    assert "主要工作" in texts and "下步打算" in texts, texts


@pytest.mark.parametrize(
    "transition", ["经局务会研究，现将下半年值班安排通知如下：", "现将有关事项通知如下：", "经研究，批复如下："]
)
def test_a_transition_sentence_on_a_line_of_its_own_is_not_a_heading(tmp_path, transition: str) -> None:  # type: ignore[no-untyped-def]
    from drafter.mining.parse import parse_paths

    page = tmp_path / "notice.txt"
    page.write_text(
        f"关于做好下半年值班工作的通知\n各科室：\n{transition}\n一、值班时间\n每日八时至次日八时。\n"
        "二、值班要求\n值班人员不得脱岗，遇有情况及时报告。\n特此通知。\n某某局办公室\n2025年6月3日\n",
        encoding="utf-8",
    )
    parsed, _ = parse_paths([page])
    headings = [h for d in parsed[0].to_json()["documents"] for h in d["headings"]]
    assert [(h["level"], h["text"]) for h in headings] == [(1, "值班时间"), (1, "值班要求")]


def test_a_record_joined_to_the_text_below_keeps_its_outline_and_ends_it() -> None:
    """A whole document on one source line, which the segmenter left joined to the next document of the
    page: its pieces are read as a flattened document's, and the outline below it starts afresh."""
    from drafter.mining.parse import shipped

    record = _record(3)
    below = [
        Line("今年以来，我们认真开展各项工作，取得了一定成效，现将有关情况总结如下。", 4),
        Line("一、加强领导，健全机制", 5),
        Line("成立工作小组，明确分工，层层落实责任，确保各项工作有人抓、有人管。", 6),
        Line("二、突出重点，狠抓落实", 7),
        Line("围绕中心工作，细化任务清单，按月调度，按季通报，推动工作落地见效。", 8),
    ]
    found = [(h.line, h.level, h.marker) for h in find_headings((*record, *below), shipped().headings)]
    assert [(line, level, marker) for line, level, marker in found if line == 3] == [
        (3, 1, "一、"),
        (3, 1, "二、"),
        (3, 1, "三、"),
    ]
    assert [(line, level) for line, level, _ in found if line > 3] == [(5, 1), (7, 1)]


def test_a_clock_time_does_not_end_a_lead() -> None:
    """请于8:40前签到 holds a colon between digits: a time, not the end of the item's lead phrase."""
    from drafter.mining.candidates import lead_split

    assert lead_split("参会人员请于8:40前到会签到，逾时不候。") == ("参会人员请于8:40前到会签到，逾时不候", "")
    assert lead_split("参会人员请于8：40前到会签到。会场在三楼。") == ("参会人员请于8：40前到会签到", "会场在三楼。")
    assert lead_split("会议时间：3月5日上午") == ("会议时间", "3月5日上午")
    assert lead_split("报到时间:8:30") == ("报到时间", "8:30")


def _model_outline(*texts: str) -> list[tuple[int, int, str, str]]:
    from drafter.mining.linear import shipped

    return [(h.line, h.level, h.marker, h.text) for h in find_headings(lines(*texts), shipped().headings)]


_PARAGRAPH = "这一部分写了一段较长的正文，说明做了哪些事情、效果怎样，以及还要注意的地方，篇幅足够成段。"


def test_short_unnumbered_lines_between_paragraphs_divide_a_report_into_parts() -> None:
    """A report whose parts are headed by short lines with no marker (述职报告, 调研报告 on the web often are)."""
    found = _model_outline(
        "2025年度个人述职报告",
        "按照单位统一安排，现将本人一年来的工作情况报告如下，请予审议。这是开头的一段话。",
        "工作开展情况",
        _PARAGRAPH,
        _PARAGRAPH,
        "存在的不足",
        _PARAGRAPH,
        "下一步打算",
        _PARAGRAPH,
        "述职人：某某某",
    )
    assert [(level, marker, text) for _, level, marker, text in found] == [
        (1, "", "工作开展情况"),
        (1, "", "存在的不足"),
        (1, "", "下一步打算"),
    ]


def test_one_short_line_between_paragraphs_or_dates_are_no_parts() -> None:
    # A single short line may be a paragraph the page broke; a diary's dates are no headings.
    assert _model_outline("开头一段。" + _PARAGRAPH, "工作开展情况", _PARAGRAPH, _PARAGRAPH) == []
    assert _model_outline(_PARAGRAPH, "2025-03-01", _PARAGRAPH, "2025-03-08", _PARAGRAPH) == []


def test_a_document_divided_by_numbered_parts_takes_no_unnumbered_ones() -> None:
    found = _model_outline(
        _PARAGRAPH,
        "一、主要工作",
        _PARAGRAPH,
        "一点体会",
        _PARAGRAPH,
        "二、存在问题",
        _PARAGRAPH,
        "几点说明",
        _PARAGRAPH,
    )
    assert [marker for _, _, marker, _ in found] == ["一、", "二、"]


def test_a_lead_in_inside_a_numbered_part_keeps_the_parts_after_it() -> None:
    """……具体办法有： over （1）（2） inside item 2. introduces that item's list: （二）, 二、 and 三、 after it stay
    headings (a lead-in taken as a part of its own made them read as numbering carried on, a list)."""
    from drafter.mining.linear import shipped

    doc = lines(
        "今年以来，我所围绕年度目标扎实开展各项工作。现将有关情况总结如下。",
        "一、主要工作",
        "（一）窗口服务提速",
        "1.推行一窗通办。",
        "全所八个窗口均可受理全部事项，群众平均等候时间缩短到十分钟以内。",
        "2.开通预约服务。",
        "我们在节假日前后增开预约号源，具体办法有：",
        "（1）线上预约。群众可以通过小程序选择时段。",
        "（2）电话预约。每天上午安排专人接听。",
        "（二）队伍素质提升",
        "全年组织业务培训十二次，考核合格率达到百分之百。",
        "二、存在的不足",
        "个别窗口高峰时段仍有排队现象，业务系统偶有卡顿。",
        "三、明年打算",
        "继续优化流程，争取把平均等候时间再缩短一半。",
    )
    found = find_headings(doc, shipped().headings)
    parts = [(h.line, h.level, h.marker) for h in found if h.marker in ("一、", "（一）", "（二）", "二、", "三、")]
    assert parts == [(2, 1, "一、"), (3, 2, "（一）"), (10, 2, "（二）"), (12, 1, "二、"), (14, 1, "三、")]
    assert all(h.marker for h in found)  # the lead-in is no heading of its own
