from pathlib import Path

import pytest

from drafter import gongwen
from drafter.mining.classify import classify_genre, classify_sections, title_genre
from drafter.mining.clean import Line
from drafter.mining.heads import separator_title
from drafter.mining.linear import Sequencer
from drafter.mining.outline import Heading
from drafter.mining.parse import parse_file
from drafter.mining.split import embedded_title, split_documents


def lines(*texts: str) -> tuple[Line, ...]:
    return tuple(Line(text, number) for number, text in enumerate(texts, 1))


def starts(*texts: str) -> list[tuple[int, str]]:
    doc = lines(*texts)
    return [(doc[span.start].number, span.title) for span in split_documents(doc)]


def test_explicit_separators_split_and_carry_titles() -> None:
    assert starts(
        "某站文章合集", "第一篇：甲镇召开会议", "正文。", "【第2篇】乙局工作总结", "正文。", "篇三：丙讲话", "同志们："
    ) == [
        (2, "甲镇召开会议"),
        (4, "乙局工作总结"),
        (6, "丙讲话"),
    ]
    assert separator_title("【第12篇】") == "" and separator_title("第一部分") is None
    assert separator_title("篇一 学校工作总结") == "学校工作总结"
    assert separator_title("【篇二】某某方案") == "某某方案"
    assert separator_title("篇章结构很重要。") is None
    # A bare 篇二 or 范文3 line on its own (the title on the next line), as collection pages print it.
    assert separator_title("篇二") == "" and separator_title(" 范文 3 ") == ""
    assert separator_title("范文3：某校总结") == "某校总结"
    assert separator_title("篇幅") is None and separator_title("范文大全") is None


def test_a_bare_separator_opens_the_document_under_it() -> None:
    from drafter.mining.linear import shipped

    model = shipped()
    notice = [
        "某某学院文件",
        "某院发〔2025〕7号",
        "关于做好某项工作的通知",
        "各部门：",
        "请按要求做好有关工作。",
        "特此通知。",
    ]
    page = lines("通知范文三篇", "第一篇：", *notice, "第二篇：", *notice, "第三篇：", *notice)
    spans = split_documents(page, model.segmenter, starts_model=model.starts, common=model.common_pairs)
    opened = [page[span.start].text for span in spans]
    assert opened.count("第一篇：") + opened.count("第二篇：") + opened.count("第三篇：") == 3, opened
    assert all(span.end - span.start > 1 for span in spans), [(s.start, s.end) for s in spans]


def test_head_lines_are_read_with_the_gongwen_grammar() -> None:
    # Split reads gongwen's grammars of 版头 lines and dates: a 文号 in 【】 or typed with a space before its
    # bracket, and a 期号 written 总第N期 or 〔年〕第N期, are head lines, not part of the title (before they
    # were joined to it); a signature date with O typed for 〇 closes its document.
    body = ("各学校：", "请认真开展检查。")
    for number in ("青教【2025】3号", "青教 〔2025〕3号", "〔2025〕3号"):
        assert starts("青禾县教育局文件", number, "关于开展春季安全检查的通知", *body) == [
            (1, "关于开展春季安全检查的通知")
        ]
    news = ("本月全县各校开展了教研活动。", "各校反映良好。")
    for issue in ("总第12期", "〔2025〕第3期", "第12期"):
        assert starts("青禾县教育工作简报", issue, *news) == [(1, "青禾县教育工作简报")]
        # A 期号 is no 发文字号: the title above it is not taken for a 版头 (its 编印 line is no title).
        assert starts("青禾县教育工作简报", issue, "青禾县教育局办公室", *news) == [(1, "青禾县教育工作简报")]
    signed = ("青禾县教育局", "二OO五年三月一日")
    assert starts("关于开展春季安全检查的通知", *body, *signed, "关于做好防汛工作的通知", *body) == [
        (1, "关于开展春季安全检查的通知"),
        (6, "关于做好防汛工作的通知"),
    ]


def test_a_title_after_a_closing_imprint_starts_a_document() -> None:
    assert starts(
        "关于印发某方案的通知",
        "各学校：",
        "现将方案印发给你们，请遵照执行。",
        "2024年4月20日",
        "抄送：县委，县政府",
        "某县教育局办公室 2024年4月20日印发",
        "某县教育系统",
        "某某主题活动实施方案",
        "根据有关部署，制定本方案。",
        "一、指导思想",
    ) == [(1, "关于印发某方案的通知"), (7, "某县教育系统某某主题活动实施方案")]


def test_the_signer_under_a_closing_formula_is_not_the_next_title() -> None:
    from drafter.mining.split import rule_starts

    page = lines(
        "关于开展河道清理的通知",
        "各村委会：",
        "请于本月底前完成辖区河道清理。",
        "特此通知。",
        "青石乡人民政府",
        "关于做好秋季防火工作的通知",
        "各村委会：",
        "请加强巡查，严防山火。",
    )
    # no date under the 署名: the next document opens with its own title, not with the signer's name
    assert rule_starts(page) == {5: "closing"}
    dated = lines(*(t.text for t in page[:5]), "2026年10月9日", *(t.text for t in page[5:]))
    assert rule_starts(dated) == {6: "closing"}


def test_an_issuer_name_over_the_issue_number_is_the_head_not_the_title() -> None:
    # GB/T 9704 lets the 发文机关标志 be the issuer's name without 文件.
    assert starts(
        "某某市某某中心",
        "某中〔2025〕4号",
        "关于购置办公设备的请示",
        "市财政局：",
        "因业务增加，现有设备不敷使用，拟购置一批办公设备。",
        "妥否，请批示。",
    ) == [(1, "关于购置办公设备的请示")]
    # Two title lines over a 期号 stay the title (a bulletin's name and its number).
    assert starts("某某工作简报", "第5期", "本期要目。", "正文一段。", "正文二段。") == [(1, "某某工作简报")]
    # A 纪要 under its 标志, 期号 and issuing line is titled by the line naming what it records.
    for period in ("第7期", "总第27期", "〔2025〕第7期"):
        assert starts(
            "某某局局务会议纪要",
            period,
            "某某局办公室　　2025年6月16日",
            "关于研究办公楼维修有关事项的会议纪要",
            "6月13日，局长主持召开局务会议。现将会议议定事项纪要如下：",
            "一、关于维修时间",
            "会议同意暑期施工。",
        ) == [(1, "关于研究办公楼维修有关事项的会议纪要")], period


def test_numbering_that_starts_again_splits_run_together_documents() -> None:
    found = starts(
        "一年来，我镇教育工作取得新进展。",
        "一、基本情况",
        "全镇有学校十所。",
        "二、主要做法",
        "狠抓教学质量。",
        "今年以来，我局认真开展行风评议工作。",
        "一、加强领导",
        "成立领导小组。",
        "二、强化监督",
        "设立举报电话。",
    )
    assert [number for number, _ in found] == [1, 6]


def test_a_second_list_announced_by_a_lead_in_stays_in_the_document() -> None:
    found = starts(
        "某校2024年工作总结",
        "今年我校完成了以下几项工作：",
        "一、完成校舍维修。",
        "二、开展教师培训。",
        "明年的工作计划如下：",
        "一、建设图书馆。",
        "二、增设课后服务。",
    )
    assert found == [(1, "某校2024年工作总结")]


def test_numbering_under_a_word_heading_style_is_not_a_new_document() -> None:
    doc = (
        Line("第一部分 总体安排", 1, style_level=1),
        Line("一、工作目标", 2),
        Line("建成示范校。", 3),
        Line("二、工作原则", 4),
        Line("因地制宜。", 5),
        Line("第二部分 具体任务", 6, style_level=1),
        Line("一、改善条件", 7),
        Line("新建教学楼。", 8),
    )
    assert len(split_documents(doc)) == 1


_TWO_VERSIONS = (
    "某开发组2024年工作总结",
    "今年完成了三个版本。",
    "某开发组",
    "2025-01-10",
    "==========",
    "Working Report in 2024",
    "Three versions were released this year.",
)


def test_a_ruled_line_after_a_signature_date_starts_the_next_version() -> None:
    found = starts(*_TWO_VERSIONS)
    assert found == [(1, "某开发组2024年工作总结"), (6, "Working Report in 2024")]
    assert title_genre("Working Report in 2024") == "summary"
    # The learned segmenter takes it as given, as a 第N篇 line: a model that has seen no such page (here,
    # one that has learned only to keep lines together) still starts the next version there.
    page = lines(*_TWO_VERSIONS)
    together = Sequencer({"bias": [0.0, 0.0, 0.0, 1.0]}, [[0.0] * 4 for _ in range(4)])
    # (The drawn rule divides the two: it opens neither, as a red line under a 版头 comes after the mark.)
    assert [page[span.start].number for span in split_documents(page, together)] == [1, 6]


def test_a_minutes_attendance_list_closes_it_like_a_signature(tmp_path: Path) -> None:
    # A 纪要 is not signed: its 出席/列席 lines close it (GB/T 9704 §10.3); a drawn rule and a title follow.
    page = (
        "某街道党工委会议纪要",
        "3月4日，街道党工委书记主持召开党工委会议，研究了春季防火工作。",
        "一、会议要求各社区立即开展一次火灾隐患排查。",
        "二、会议同意增加两名专职消防队员，所需经费列入年度预算。",
        "出席：张立　王芳　李强",
        "列席：赵敏",
        "————————————",
        "某街道老旧小区改造工作实施方案",
        "为改善居民居住条件，结合街道实际，制定本方案。",
        "一、工作目标",
        "年内完成三个小区的改造。",
    )
    assert starts(*page) == [(1, "某街道党工委会议纪要"), (8, "某街道老旧小区改造工作实施方案")]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(page) + "\n", encoding="utf-8")
    found = [(d.start_line, d.end_line, d.title) for d in parse_file(path).documents]  # the shipped model
    assert found == [(1, 6, "某街道党工委会议纪要"), (8, 11, "某街道老旧小区改造工作实施方案")]  # the rule in neither


def test_a_date_in_a_form_cell_is_not_a_signature() -> None:
    doc = (
        Line("某会议纪要", 1),
        Line("会议日期", 2, in_table=True),
        Line("2024.09.15", 3, in_table=True),
        Line("会议地点", 4, in_table=True),
        Line("第一会议室", 5, in_table=True),
        Line("会议议定了三项事项。", 6),
    )
    assert [span.title for span in split_documents(doc)] == ["某会议纪要"]


def test_embedded_titles_in_run_together_text() -> None:
    text = "某省财政厅文件某财会〔2021〕13号某省财政厅关于做好2021年会计工作的通知各市财政局：为做好工作，现通知如下："
    assert embedded_title(text) == "关于做好2021年会计工作的通知"
    assert embedded_title("根据《关于开展某项工作的通知》精神，我镇组织了学习活动。" * 3) == ""


def test_title_genre_takes_the_last_genre_word() -> None:
    assert title_genre("关于印发某实施方案的通知") == "notice"
    assert title_genre("关于召开全县教育工作会议的通知") == "meeting_notice"
    assert title_genre("在全县教育工作会议上的讲话") == "speech"
    assert title_genre("某镇召开创强工作会议") == "meeting_report"
    assert title_genre("某学校2024年工作总结") == "summary"
    assert title_genre("某镇开创信访工作新局面") == ""


def test_genre_from_the_body_when_the_title_says_nothing() -> None:
    assert classify_genre("", ["尊敬的各位领导：", "我讲三点意见。"], []) == "speech"
    summary_body = [
        "一年来，我镇取得了明显成效，累计完成投资120万元。",
        "存在的问题主要是资金不足。",
        "下一步，我们将继续努力。",
    ]
    assert classify_genre("", summary_body, []) == "summary"
    notice_body = ["会议时间：5月10日上午9:00", "会议地点：三楼会议室", "参会人员：各校校长", "请准时参加。"]
    assert classify_genre("某局会议安排", notice_body, []) == "meeting_notice"


def test_a_notice_that_says_one_meeting_word_often_is_not_a_meeting_notice() -> None:
    term = ["新生九月一日报到，报到当天由班主任接站。", "报到后三日内完成体检。", "特此通知。"]
    assert classify_genre("关于做好新学期开学工作的通知", term, []) == "notice"
    meeting = ["会议时间：5月10日上午9:00", "报到地点：一楼大厅", "特此通知。"]
    assert classify_genre("关于做好某项工作的通知", meeting, []) == "meeting_notice"


def test_a_report_read_out_to_an_assembly_is_a_speech() -> None:
    # LABELS: a speech is addressed to an audience; a 报告 that opens by addressing a congress is read out there.
    assembly = ["——在某县第三届人民代表大会第二次会议上", "各位代表：", "现在，我代表县人民政府作报告。"]
    assert classify_genre("某县人民政府工作报告", assembly, []) == "speech"
    assert classify_genre("某县人民政府工作报告", assembly[2:], []) == "summary"
    # A 述职报告 is reported to leaders, whoever hears it.
    assert classify_genre("某局局长述职报告", ["各位代表：", "我述职如下。"], []) == "summary"


def heading(line: int, level: int, text: str) -> Heading:
    return Heading(line, line, "", "cn", 1, text, level)


def test_sections_by_words_parent_and_genre() -> None:
    found = classify_sections(
        [
            heading(1, 1, "基本情况"),
            heading(2, 1, "主要工作与成绩"),
            heading(3, 2, "加强组织领导，提供组织保证"),
            heading(4, 1, "存在问题"),
            heading(5, 2, "发展不平衡"),
            heading(6, 1, "下步打算"),
            heading(7, 2, "加强领导，明确责任"),
            heading(8, 1, "积极关心和解决学校的实际问题、确保师资队伍稳定"),
        ],
        "summary",
        retrospective=True,
    )
    assert [h.section for h in found] == [
        "overview",
        "practices",
        "practices",
        "problems",
        "problems",
        "next_steps",
        "next_steps",
        "practices",
    ]


def test_plan_phases_are_steps_and_their_items_tasks() -> None:
    found = classify_sections(
        [
            heading(1, 1, "指导思想"),
            heading(2, 1, "工作目标"),
            heading(3, 1, "实施步骤"),
            heading(4, 2, "宣传发动阶段（4月中旬至4月下旬）"),
            heading(5, 3, "组建机构"),
            heading(6, 1, "保障措施"),
        ],
        "plan",
        retrospective=False,
    )
    assert [h.section for h in found] == ["guiding_ideology", "objectives", "steps", "steps", "tasks", "safeguards"]


def test_a_phase_named_by_its_months_is_a_step() -> None:
    found = classify_sections(
        [
            heading(1, 1, "时间安排"),
            heading(2, 2, "三月至四月"),
            heading(3, 2, "5月上旬：总结验收"),
            heading(4, 1, "2026年重点工作"),
        ],
        "plan",
        retrospective=False,
    )
    assert [h.section for h in found] == ["steps", "steps", "steps", "tasks"]


def test_a_review_part_lists_work_done_in_a_speech_too() -> None:
    parts = [
        heading(1, 1, "2024年工作回顾"),
        heading(2, 2, "稳住经济大盘，推动项目建设"),
        heading(3, 1, "今年工作安排"),
    ]
    found = classify_sections(parts, "speech", retrospective=True)
    assert [h.section for h in found] == ["overview", "practices", "next_steps"]


def test_the_parts_of_a_notice_that_sets_work_are_tasks_and_of_a_bulletin_topics() -> None:
    parts = [heading(1, 1, "做好汛前隐患排查"), heading(2, 1, "落实值班值守制度"), heading(3, 1, "工作要求")]
    assert [h.section for h in classify_sections(parts, "notice", retrospective=False)] == [
        "tasks",
        "tasks",
        "safeguards",
    ]
    # a 通报 reports what was done: its parts are its own topics
    reported = [heading(1, 1, "先进集体"), heading(2, 1, "先进个人")]
    assert [h.section for h in classify_sections(reported, "notice", retrospective=True)] == ["topical", "topical"]


def test_meeting_reports_and_speeches_keep_topical_points() -> None:
    found = classify_sections([heading(1, 1, "明确工作任务，加班加点完成任务")], "meeting_report", retrospective=True)
    assert found[0].section == "topical"


def test_dates_heading_diary_entries_do_not_close_documents() -> None:
    found = starts(
        "2024-03-01",
        "完成登录页面设计。",
        "2024-03-02",
        "修复购物车重复添加的问题",
        "2024-03-03",
        "整理首页代码",
        "补充接口文档。",
    )
    assert [number for number, _ in found] == [1]


def test_numbering_counts_afresh_after_a_title_that_follows_a_signature() -> None:
    found = starts(
        "某校工作总结",
        "一、主要做法",
        "正文。",
        "二、存在问题",
        "正文。",
        "某校",
        "2024年1月5日",
        "关于召开安全工作会议的通知",
        "各单位：",
        "经研究，决定召开安全工作会议，现将有关事项通知如下：",
        "一、会议时间",
        "2月26日上午。",
    )
    assert found == [(1, "某校工作总结"), (8, "关于召开安全工作会议的通知")]


def test_section_words_are_read_in_the_light_of_the_genre() -> None:
    def sections(genre: str, *texts: str) -> list[str]:
        found = classify_sections([heading(n, 1, t) for n, t in enumerate(texts, 1)], genre, retrospective=False)
        return [h.section for h in found]

    assert sections("plan", "主要工作", "活动安排", "活动内容") == ["tasks", "steps", "tasks"]
    assert sections("meeting_notice", "会议主题", "时间地点", "与会人员", "有关事项") == [
        "meeting_info",
        "meeting_info",
        "meeting_info",
        "safeguards",
    ]
    assert sections("speech", "2021年工作回顾", "2022年政府工作任务") == ["overview", "next_steps"]


def test_an_attached_plan_is_a_document_of_its_own_and_an_attached_form_is_not() -> None:
    issued = (
        "关于印发某方案的通知",
        "各学校：",
        "现将方案印发给你们，请认真执行。",
        "某县教育局",
        "2022年3月8日",
        "附件",
    )
    plan = starts(*issued, "某县校园安全专项整治行动方案", "为保障师生安全，制定本方案。", "一、工作目标", "正文。")
    assert plan == [(1, "关于印发某方案的通知"), (7, "某县校园安全专项整治行动方案")]
    form = starts(*issued, "参会人员回执", "单位：", "姓名：")
    assert form == [(1, "关于印发某方案的通知")]


def test_imprint_lines_are_the_pattern_they_state() -> None:
    """The two-ended test for 版记 lines agrees with the pattern it replaced, on random lines."""
    import random
    import re

    from drafter.mining.heads import is_imprint

    stated = re.compile(r"印发$|^抄送[:：]|^主题词[:：]|^(附件|附表)[:：]?\s*\d?")
    parts = ["印发", "抄送", "主题词", "附件", "附表", ":", "：", " ", "\n", "1", "文", "发", "印"]
    rng = random.Random(4)
    for _ in range(20_000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 5)))
        assert is_imprint(text) == bool(stated.search(text)), repr(text)


def test_each_record_of_a_dump_opens_a_document() -> None:
    """A file that lost its line breaks (a CSV dump): every record of many sentences is a document, whatever
    the learned segmenter makes of it; a short title line above a record keeps it."""
    from drafter.mining.clean import clean
    from drafter.mining.linear import shipped
    from drafter.mining.reader import RawLine, RawText

    body = "。".join(["今年以来我们认真落实各项工作部署取得明显成效"] * 30) + "。"
    records = [f"第{n}份材料的开头没有标题{body}一、主要做法{body}二、下步打算{body}" for n in range(1, 6)]
    raw = RawText("t.txt", "txt", "utf-8", tuple(RawLine(text, n) for n, text in enumerate(records, 1)))
    text = clean(raw)
    assert text.flattened
    model = shipped()
    found = split_documents(text.lines, model.segmenter, flattened=True, starts_model=model.starts)
    assert [text.lines[span.start].number for span in found] == [1, 2, 3, 4, 5]


def test_a_title_after_a_list_of_related_links_is_kept() -> None:
    from drafter.mining.clean import clean
    from drafter.mining.reader import RawLine, RawText

    page = [
        "相关文章",
        "某局上半年工作总结",
        "关于开展安全检查的通知",
        "某镇年度工作计划",
        "",
        "发布时间：2024-05-01",
        "今年以来，我局认真落实各项工作部署，取得了明显成效。",
    ]
    raw = RawText("t.txt", "txt", "utf-8", tuple(RawLine(text, n) for n, text in enumerate(page, 1)))
    assert [line.text for line in clean(raw).lines] == ["某镇年度工作计划", page[-1]]


def test_retrospective_counts_are_those_of_the_alternations() -> None:
    """is_retrospective counts its words with str.count; the verdict is that of the two alternations."""
    import random
    import re

    from drafter.mining.classify import is_retrospective

    def by_alternation(text: str) -> bool:
        done = len(re.findall(r"了|取得|完成|开展|累计|截至|共计|\d+(人|次|所|万元|个)", text))
        return done >= len(re.findall(r"要|必须|应当|务必|一定", text)) * 0.8

    alphabet = "了取得完成开展累计截至共计12人次所万元个要必须应当务一定中"
    rng = random.Random(6)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert is_retrospective([text]) == by_alternation(text), text


def test_a_lone_closing_sentence_before_the_next_start_stays_with_its_document() -> None:
    from drafter.mining.mend import merge_stray_sentences

    lines = tuple(
        Line(text, n + 1)
        for n, text in enumerate(
            [
                "某局关于做好防汛准备的通知",
                "各单位要按照分工落实值班制度，确保信息畅通，遇有险情及时报告。",
                "请各单位认真抓好落实，确保安全度汛，不出任何差错。",
                "某街道春季植树活动情况",
                "三月中旬，街道组织干部群众开展义务植树，共栽种苗木一千余株。",
            ]
        )
    )
    # The model put a start on the closing sentence (line 3): it is the last paragraph of the notice.
    assert merge_stray_sentences(lines, [(0, 2), (2, 3), (3, 5)]) == [(0, 3), (3, 5)]
    # A one-line span of a title (no closing stop) is left alone.
    assert merge_stray_sentences(lines, [(0, 2), (2, 3), (3, 4), (4, 5)]) == [(0, 3), (3, 5)]
    assert merge_stray_sentences(lines, [(0, 3), (3, 4)]) == [(0, 3), (3, 4)]


def _opening_characters(pattern: str) -> set[str]:
    """The characters a match of an anchored alternation of words can open with, read off re's own parse."""
    try:
        from re import _constants as constants  # Python 3.11+
        from re import _parser as parser
    except ImportError:  # Python 3.10
        import sre_constants as constants  # type: ignore[no-redef]
        import sre_parse as parser  # type: ignore[no-redef]

    def first(items: object) -> set[str]:
        for op, arg in items:  # type: ignore[attr-defined]
            if op is constants.AT:
                continue
            if op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
                low, _, repeated = arg
                if low == 0 and list(repeated) == [(constants.IN, [(constants.CATEGORY, constants.CATEGORY_SPACE)])]:
                    continue  # leading spaces (\s*): the callers strip them before testing
                if low == 0:
                    raise AssertionError("an optional item before the first character")
                return first(repeated)
            if op is constants.IN and arg == [(constants.CATEGORY, constants.CATEGORY_DIGIT)]:
                return {"digit"}  # \d: the callers ask str.isdecimal
            if op is constants.LITERAL:
                return {chr(arg)}
            if op is constants.SUBPATTERN:
                return first(arg[3])
            if op is constants.BRANCH:
                return set().union(*(first(branch) for branch in arg[1]))
            raise AssertionError(f"not a word at {op}")
        return set()

    return first(parser.parse(pattern))


def test_every_part_name_of_the_vocabulary_is_typed_as_it_says() -> None:
    # The names of parts and the section typing agree (written in three places, they had drifted apart:
    # 主要成效 was a heading by its words and of no section type).
    from drafter.mining import vocabulary
    from drafter.mining.classify import keyword_section

    entries = vocabulary.entries("part") + vocabulary.entries("part-in-text")
    assert entries
    assert {e.word: keyword_section(e.word) for e in entries} == {e.word: e.value for e in entries}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("存在问题：", True),
        ("下一步工作打算", True),
        ("主要成效", True),
        ("存在问题和解决办法", False),
        ("问题：", False),
    ],
)
def test_a_line_of_only_a_parts_name_is_told(text: str, named: bool) -> None:
    from drafter.mining.candidates import names_a_part

    assert names_a_part(text) is named


def test_a_parts_name_is_cut_from_the_body_it_runs_into_in_flattened_text() -> None:
    from drafter.mining.runtogether import _split_section_head
    from drafter.numbering import read_marker

    part = "一、职责分工县教育局负责统筹协调。"
    assert _split_section_head(part, read_marker(part)) == ["一、职责分工", "县教育局负责统筹协调。"]
    whole = "一、存在问题与今后打算"
    assert _split_section_head(whole, read_marker(whole)) == [whole]


def test_the_other_prefilters_list_exactly_the_opening_characters_of_their_patterns() -> None:
    from drafter.mining import candidates, furniture, heads

    assert _opening_characters(heads.CLOSING.pattern) == set(heads.CLOSING_OPENS)
    assert _opening_characters(heads._IMPRINT_START.pattern) == set(heads._IMPRINT_OPENS)
    assert _opening_characters(furniture._FURNITURE_START.pattern) == set(furniture._FURNITURE_OPENS)
    assert _opening_characters(candidates._NARRATIVE_START.pattern) == set(candidates._NARRATIVE_OPENS) | {"digit"}
    assert _opening_characters(gongwen.HEAD_MARK_LINE.pattern) == set(gongwen.HEAD_MARK_FIRST) | {"digit"}


def test_each_genre_cue_lists_exactly_the_characters_it_opens_with() -> None:
    from drafter.mining import classify

    patterns = [pattern for cues in classify._BODY_CUES.values() for pattern, _ in cues]
    assert [_opening_characters(p) for p in patterns] == [set(opens) for opens in classify._CUE_OPENS]


def test_genre_cues_are_counted_as_each_cue_alone_would_count_them() -> None:
    # One search for all cues must count what each cue's own finditer counts (leftmost, not overlapping, at
    # most 8), also where cues overlap or open on the same character (请…准时参加 and 请遵照执行).
    import re
    from itertools import islice

    from drafter.mining import classify

    texts = [
        "",
        "请遵照执行并准时参加。会议时间另行通知，会议强调要认真落实。",
        "存在不足之处，下一步打算完成了，取得了显著成效。" * 3,
        "同志们，大家好！各位领导、各位代表：我讲几点意见，谢谢大家。",
        "现将有关事项通知如下：请结合实际，请认真遵照执行。特此通知。回执请于报到时间前交回。",
        "了，" * 12 + "截至目前累计完成了。" * 10,
        "各单位要切实抓好，各部门要进一步落实，阶段（一）",
        "会议由办公室主任主持，与会同志出席了会议，召开了专题会。请各位准时参加会议地点见附件",
    ]
    patterns = [pattern for cues in classify._BODY_CUES.values() for pattern, _ in cues]
    for text in texts:
        expected = [sum(1 for _ in islice(re.finditer(p, text), 8)) for p in patterns]
        assert classify._cue_counts(text) == expected, text


def test_embedded_titles_are_asked_only_of_text_holding_what_they_need() -> None:
    # embedded_title skips a pattern when none of its needed words is in the text: each must hold one.
    import re

    from drafter.mining import heads

    about, closing = heads._EMBEDDED_TITLES
    assert about.pattern.startswith("关于") and heads._EMBEDDED_TITLE_NEEDS[0] == ("关于",)
    words = re.search(r"\(\?:([^)]*)\)$", closing.pattern)
    assert words is not None
    for word in words.group(1).split("|"):
        assert any(need in word for need in heads._EMBEDDED_TITLE_NEEDS[1]), word
    assert embedded_title("某某县关于做好冬季防火工作的通知各乡镇：为切实做好冬季防火工作，现将有关事项通知如下") == (
        "关于做好冬季防火工作的通知"
    )
    assert embedded_title("某镇二〇二六年度工作计划为切实推进各项工作，特制定本计划，请各村认真落实。") == (
        "某镇二〇二六年度工作计划"
    )
    assert embedded_title("今年以来，全镇上下齐心协力，各项工作稳步推进，群众满意度不断提高。") == ""


def test_a_heading_is_read_the_same_with_its_searches_skipped() -> None:
    # _own_section asks its lead-in pattern only of headings ending as a match of it can end, and its bracket
    # pattern only of headings holding an opening bracket: wherever either would remove something, it is asked.
    from drafter.mining import classify

    texts = ["主要做法如下：", "存在的问题有:", "下一步打算如次", "成绩有\n", "工作回顾", "基本情况：", "如下：说明"]
    texts += ["宣传发动阶段（3月上旬至3月中旬）", "工作回顾(2025年)", "（一）组织领导", "无括号的标题"]
    for text in texts:
        if classify._ANNOUNCES.sub("", text) != text:
            assert text.endswith(classify._ANNOUNCE_ENDS), text
        if classify._BRACKETED.sub("", text) != text:
            assert "（" in text or "(" in text, text


def test_a_page_numbered_in_words_no_list_knows_splits_at_its_numbers(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from drafter.mining.parse import parse_paths

    notice = "各科室：\n请做好有关工作，按时报送材料。\n特此通知。\n某某局办公室\n2025年6月3日\n"
    summary = (
        "今年以来，我们围绕中心工作，取得了一定成效。\n一、主要做法\n加强学习，完善制度。\n二、存在问题\n人手不足。\n"
    )
    page = tmp_path / "page.txt"
    page.write_text(
        "某某范文站 首页 范文 总结 通知\n\n"
        f"◎稿件1◎ 关于做好夏季防汛工作的通知\n{notice}\n"
        f"◎稿件2◎ 某某中心上半年工作总结\n{summary}\n"
        f"◎稿件3◎ 关于开展节能检查的通知\n{notice}",
        encoding="utf-8",
    )
    parsed, _ = parse_paths([page])
    documents = parsed[0].to_json()["documents"]
    assert [(d["start_line"], d["title"]) for d in documents] == [
        (3, "关于做好夏季防汛工作的通知"),
        (10, "某某中心上半年工作总结"),
        (17, "关于开展节能检查的通知"),
    ]


def test_a_document_never_starts_at_its_back_matter() -> None:
    from drafter.mining.linear import BODY, START
    from drafter.mining.split import model_starts

    page = lines(
        "关于印发节能宣传周活动方案的通知",
        "各科室：",
        "现将方案印发给你们，请认真组织实施。",
        "某某局",
        "2025年6月3日",
        "主题词：节能  宣传  方案  通知",
        "抄送：市发展改革委",
        "某某局办公室  2025年6月3日印发",
    )

    class StartsAtTitleShapes:
        """A segmenter that opens a document at every line ending with a genre word, as one trained
        without such 版记 lines did on held-out pages."""

        features = (("any", 1.0),)

        def decode_parts(self, parts: object) -> list[int]:
            return [START if line.text.endswith("通知") else BODY for line in page]

    assert model_starts(page, StartsAtTitleShapes())[0] == [(0, 8)]  # type: ignore[arg-type]


def test_a_title_naming_its_genre_under_a_closing_formula_opens_a_document() -> None:
    from drafter.mining.linear import shipped

    def speech(title: str, occasion: str) -> list[str]:
        return [
            title,
            "（2025年5月8日）",
            "同志们：",
            f"今天我们召开{occasion}，主要任务是总结工作、部署任务。",
            "希望大家齐心协力，把各项工作抓实抓好。",
            "谢谢大家！",
        ]

    model = shipped()
    page = lines(
        *speech("在全区环境整治推进会上的讲话", "环境整治推进会"),
        *speech("在全区防汛工作会议上的讲话", "防汛工作会议"),
        *speech("在新办公楼启用仪式上的致辞", "启用仪式"),
    )
    spans = split_documents(page, model.segmenter, starts_model=model.starts, common=model.common_pairs)
    assert [(s.start, s.title) for s in spans] == [
        (0, "在全区环境整治推进会上的讲话"),
        (6, "在全区防汛工作会议上的讲话"),
        (12, "在新办公楼启用仪式上的致辞"),
    ]


def test_the_arrangements_of_an_activity_in_a_notice_are_not_a_meetings() -> None:
    """LABELS: meeting_info names a meeting's arrangements; a notice that announces an activity has a
    schedule and tasks (as a plan's 活动安排 and 活动内容), while a notice's 会议时间 stays the meeting's."""
    parts = [heading(1, 1, "活动时间"), heading(2, 1, "活动内容"), heading(3, 1, "会议地点")]
    assert [h.section for h in classify_sections(parts, "notice", retrospective=False)] == [
        "steps",
        "tasks",
        "meeting_info",
    ]


def test_a_file_read_as_furniture_throughout_is_still_one_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the model puts no start anywhere in a file that holds sentences of text (a notice of three lines), the
    file is one document, not none; a file of link titles alone stays empty."""
    from drafter.mining import split

    monkeypatch.setattr(split, "model_starts", lambda *args, **kwargs: ([], [], {}))
    model = Sequencer({"bias": [0.0, 0.0, 0.0, 0.0]})
    notice = tuple(
        Line(t, n) for n, t in enumerate(("白沙镇关于开展植树活动的通知", "各村：", "定于三月开展植树活动。"), 1)
    )
    assert [(span.start, span.end) for span in split_documents(notice, model)] == [(0, 3)]
    links = tuple(Line(t, n) for n, t in enumerate(("首页", "新闻中心", "政务公开"), 1))
    assert split_documents(links, model) == []


class _OneDocument:
    """A segmenter that finds one document only, opening at the page's first line."""

    features = (("any", 1.0),)

    def decode_parts(self, parts: list[object]) -> list[int]:
        from drafter.mining.linear import BODY, START

        return [START] + [BODY] * (len(parts) - 1)


_REPORT = (
    "今年以来，我局在县委、县政府的领导下，围绕年初确定的目标任务，扎实推进各项工作，"
    "重点项目按计划推进，民生事项逐件落实，群众满意度稳步提升，全年任务基本完成。"
)


@pytest.mark.parametrize("addressee", ["县人民政府：", "局党组：", "各乡镇、各部门：", "各成员单位："])
def test_an_untitled_document_opens_at_its_addressee_under_the_last_line_of_another(addressee: str) -> None:
    """A 主送 line in words no vocabulary holds, on a line of its own under a document's last sentence and
    over text, opens the next document (an untitled report sent to its addressee)."""
    from drafter.mining.split import model_starts

    page = lines(_REPORT, _REPORT, "下一步，我们将继续抓好落实。", addressee, _REPORT, _REPORT)
    assert model_starts(page, _OneDocument())[0] == [(0, 3), (3, 6)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("above", "line"),
    [
        ("下一步，我们将继续抓好落实。", "各小组分工如下："),  # a lead-in to a list
        ("职业：", "公司或学校："),  # a form's labels, one under the other
        ("下一步，我们将继续抓好落实。", "一、工作领导小组："),  # a numbered heading
    ],
)
def test_lines_shaped_like_an_addressee_open_nothing(above: str, line: str) -> None:
    from drafter.mining.split import model_starts

    page = lines(_REPORT, _REPORT, above, line, _REPORT, _REPORT)
    assert model_starts(page, _OneDocument())[0] == [(0, 6)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "line",
    [
        "附件：2026年全县职工技能比武活动方案",
        "　　附件：1. 报名汇总表",
        "1. 参赛人员报名表（2026年修订）.xlsx",
        "附件下载：活动方案.pdf（下载次数：12）",
    ],
)
def test_a_document_does_not_open_at_its_attachment_note_or_a_file_link(line: str) -> None:
    """NOTES: attachments stay inside the span of the document they belong to; whatever the segmenter says, the
    附件说明 (附件：……) and a link to an attached file close the document above, they open none."""
    from drafter.mining.linear import BODY, START
    from drafter.mining.split import model_starts

    page = lines("关于开展职工技能比武活动的通知", "各基层工会：", _REPORT, line, "青禾县总工会", "2026年3月2日")

    class StartsThere:
        features = (("any", 1.0),)

        def decode_parts(self, parts: object) -> list[int]:
            return [START if index in (0, 3) else BODY for index in range(len(page))]

    assert model_starts(page, StartsThere())[0] == [(0, 6)]  # type: ignore[arg-type]


def test_a_speakers_line_with_no_date_under_it_is_part_of_the_head(tmp_path: Path) -> None:
    # 乡长　周明轩 right under the title, 同志们： under it: the name is the head's, not a line of the speech.
    from drafter.mining.zones import document_zones

    path = tmp_path / "讲话.txt"
    path.write_text(
        "在全乡春耕生产工作会议上的讲话\n乡长　周明轩\n同志们：\n"
        "今天召开这次会议，主要任务是部署今年的春耕生产工作。刚才几位同志作了发言，讲得很好。\n"
        "一、认清形势\n今年春耕面临的困难不少，各村要早做准备。\n二、抓好落实\n各村要把任务分解到组、落实到户。\n谢谢大家！\n",
        encoding="utf-8",
    )
    (document,) = parse_file(path).documents
    zones = document_zones(document)
    assert "乡长　周明轩" in zones.head or "乡长 周明轩" in zones.head
    assert not any("周明轩" in text for text in zones.texts)


def test_a_separator_naming_only_a_genre_leaves_the_title_to_the_document(tmp_path: Path) -> None:
    # 篇一：通知 over a 红头 notice: the label says what kind of document follows, not its title.
    assert separator_title("篇一：通知") == "" and separator_title("第二篇：会议纪要") == ""
    assert separator_title("第一篇：学校工作总结") == "学校工作总结"
    path = tmp_path / "page.txt"
    path.write_text(
        "篇一：通知\n某某学院文件\n某院发〔2025〕3号\n关于开展教职工健康体检的通知\n学院各部门：\n"
        "经研究，定于6月组织教职工进行年度健康体检，请各部门按分批安排表前往。\n某某学院\n2025年6月2日\n"
        "篇二：请示\n关于增设专业的请示\n市教育局：\n我院拟增设智能制造专业，所需经费自筹解决。\n妥否，请批示。\n"
        "某某学院\n2025年4月11日\n",
        encoding="utf-8",
    )
    titles = [d.title for d in parse_file(path).documents]
    assert titles == ["关于开展教职工健康体检的通知", "关于增设专业的请示"]


def test_a_page_head_above_piece_one_is_no_document(tmp_path: Path) -> None:
    # A 范文 page's own title, an ad and a 导读 blurb stand above 篇一：; the page counts its documents from there.
    path = tmp_path / "page.txt"
    head = (
        "街道办公室常用公文写法范文两篇\n"
        "【限时优惠】公文模板会员年卡，下单立减二十元！\n"
        "导读：街道办公室每月都要写通知和请示，这里整理了两篇写法示例，供同行起草时对照参考。\n"
    )
    pieces = (
        "篇一：通知\n关于做好汛期值班工作的通知\n各社区居委会：\n入汛以来降雨偏多，请各社区落实二十四小时值班。\n"
        "特此通知。\n某某街道办事处\n2025年6月3日\n"
        "篇二：请示\n关于维修社区服务中心屋顶的请示\n区人民政府：\n服务中心屋顶渗水严重，拟申请维修经费。\n"
        "妥否，请批示。\n某某街道办事处\n2025年7月9日\n"
    )
    path.write_text(head + pieces, encoding="utf-8")
    titles = [d.title for d in parse_file(path).documents]
    assert titles == ["关于做好汛期值班工作的通知", "关于维修社区服务中心屋顶的请示"]
    # Without piece numbers counting from one, what stands first is left as it was read.
    unnumbered = tmp_path / "unnumbered.txt"
    unnumbered.write_text(pieces.replace("篇一：通知\n", "").replace("篇二：请示\n", ""), encoding="utf-8")
    assert len(parse_file(unnumbered).documents) == 2


def test_a_separator_labelling_a_sample_leaves_the_title_to_the_document(tmp_path: Path) -> None:
    # 某局通知范文（一） over a 红头 notice: the label says what the piece is a sample of; the document has its own title.
    assert separator_title("范文1：街道值班通知范文") == "" and separator_title("第二篇：某局请示例文") == ""
    assert separator_title("第一篇：关于做好防汛工作的通知") == "关于做好防汛工作的通知"
    path = tmp_path / "page.txt"
    pieces = []
    for number, (label, title, body) in enumerate(
        (
            (
                "街道通知范文",
                "关于做好汛期值班工作的通知",
                "入汛以来降雨偏多，请各社区落实二十四小时值班。\n特此通知。",
            ),
            (
                "街道请示范文",
                "关于维修社区服务中心屋顶的请示",
                "服务中心屋顶渗水严重，拟申请维修经费。\n妥否，请批示。",
            ),
            ("街道函件范文", "关于商请协助开展消防演练的函", "为提高居民应急能力，商请贵队派员指导演练。\n请予支持。"),
        ),
        1,
    ):
        pieces.append(f"{label}（{'一二三'[number - 1]}）\n某某街道办事处文件\n{title}\n各有关单位：\n{body}\n")
        pieces.append(f"某某街道办事处\n2025年{number + 5}月3日\n")
    path.write_text("".join(pieces), encoding="utf-8")
    titles = [d.title for d in parse_file(path).documents]
    assert titles == ["关于做好汛期值班工作的通知", "关于维修社区服务中心屋顶的请示", "关于商请协助开展消防演练的函"]


def test_a_document_under_a_labelled_separator_keeps_its_own_title(tmp_path: Path) -> None:
    # 篇一：学校安全工作通知 over a 红头 notice titled 关于……的通知: the label is the page's, the title the document's;
    # a separator the model left alone on its line opens the document under it.
    path = tmp_path / "page.txt"
    path.write_text(
        "篇一：学校安全工作通知\n某某县教育局文件\n某教〔2025〕8号\n关于做好汛期学校安全工作的通知\n各中小学：\n"
        "入汛以来降雨偏多，请各校落实值班制度。\n特此通知。\n某某县教育局\n2025年6月3日\n"
        "篇二：街道维修请示\n关于维修社区服务中心屋顶的请示\n区人民政府：\n服务中心屋顶渗水严重，拟申请维修经费。\n"
        "妥否，请批示。\n某某街道办事处\n2025年7月9日\n"
        "篇三：某某镇2024年安全生产工作总结\n一年来，全镇安全生产形势平稳，未发生较大事故。\n一、主要做法\n压实责任。\n"
        "二、存在问题\n隐患排查不够细。\n某某镇人民政府\n2025年1月5日\n",
        encoding="utf-8",
    )
    titles = [d.title for d in parse_file(path).documents]
    assert titles == [
        "关于做好汛期学校安全工作的通知",
        "关于维修社区服务中心屋顶的请示",
        "某某镇2024年安全生产工作总结",
    ]


def test_a_form_under_an_attachment_label_stays_with_its_document(tmp_path: Path) -> None:
    # 附件2 | 2025年度优秀志愿者名单 after a decision's signature: the attached list is the decision's, not a
    # document of its own (GB/T 9704 §8: 附件 follow the 版记's page, each under its label).
    path = tmp_path / "decision.txt"
    path.write_text(
        "关于表彰2025年度优秀志愿服务组织和优秀志愿者的决定\n各社区居委会：\n"
        "2025年，全街道志愿服务工作扎实推进，涌现出一批先进典型。经研究，决定予以表彰。\n"
        "附件：1.2025年度优秀志愿服务组织名单\n2.2025年度优秀志愿者名单\n某某街道办事处\n2026年1月20日\n"
        "附件1\n2025年度优秀志愿服务组织名单\n（共6个）\n东湖社区志愿服务队　　西岭社区巾帼志愿队\n"
        "附件2\n2025年度优秀志愿者名单\n（共12名）\n陈晓（女）　东湖社区居民\n王平（男）　西岭社区网格员\n",
        encoding="utf-8",
    )
    documents = parse_file(path).documents
    assert len(documents) == 1 and documents[0].start_line == 1 and documents[0].end_line >= 13


def test_a_units_name_alone_over_its_title_is_the_documents_head(tmp_path: Path) -> None:
    # A 村委会's notice under its name printed alone (no 文件), a blank line, then the title: the name is the
    # 发文机关标志 (GB/T 9704 §7.2.3), inside the document, not part of its title.
    path = tmp_path / "notice.txt"
    path.write_text(
        "杉塘村民委员会\n\n关于秋收期间禁止焚烧秸秆的通知\n\n全体村民：\n"
        "秋收在即，为保护大气环境，严禁在田间地头焚烧秸秆，请各户配合做好秸秆综合利用。\n特此通知。\n\n"
        "杉塘村民委员会\n2025年9月20日\n",
        encoding="utf-8",
    )
    (document,) = parse_file(path).documents
    assert document.start_line == 1 and document.title == "关于秋收期间禁止焚烧秸秆的通知"


def test_a_units_name_over_its_title_in_a_heading_style_is_head_not_title(tmp_path: Path) -> None:
    # A Word file: the 红头 a plain paragraph of the unit's name, the title in Heading 1 right under it.
    from docx import Document

    word = Document()
    word.add_paragraph("杉塘村民委员会")
    word.add_heading("关于秋收期间禁止焚烧秸秆的通知", level=1)
    word.add_paragraph("全体村民：")
    word.add_paragraph("秋收在即，为保护大气环境，严禁在田间地头焚烧秸秆，请各户配合做好秸秆综合利用。")
    word.add_paragraph("特此通知。")
    word.add_paragraph("杉塘村民委员会")
    word.add_paragraph("2025年9月20日")
    path = tmp_path / "notice.docx"
    word.save(str(path))
    (document,) = parse_file(path).documents
    assert document.start_line == 1 and document.title == "关于秋收期间禁止焚烧秸秆的通知"


def test_documents_run_together_on_one_line_without_spaces_are_told_apart(tmp_path: Path) -> None:
    # A text dump of three documents on one line with nothing between them: a signature's date runs straight
    # into the next title, the title into its 主送 line.
    line = (
        "关于做好汛期值班工作的通知各社区居委会：入汛以来降雨偏多，请各社区落实二十四小时值班，确保信息畅通。"
        "值班人员要坚守岗位，遇有险情及时报告。特此通知。某某街道办事处2025年6月3日"
        "关于维修社区服务中心屋顶的请示区人民政府：服务中心屋顶渗水严重，影响群众办事，拟申请维修经费十二万元。"
        "妥否，请批示。某某街道办事处2025年7月9日"
        "关于召开第三季度安全生产工作会议的通知各社区、各科室：经研究，定于2025年9月5日上午9时在街道三楼会议室召开"
        "第三季度安全生产工作会议。请各单位主要负责人准时参加。特此通知。某某街道办事处2025年9月1日"
    )
    path = tmp_path / "dump.txt"
    path.write_text(line + "\n", encoding="utf-8")
    assert [d.title for d in parse_file(path).documents] == [
        "关于做好汛期值班工作的通知",
        "关于维修社区服务中心屋顶的请示",
        "关于召开第三季度安全生产工作会议的通知",
    ]
    # So where each title opens with its issuer's name (GB/T 9704 §7.3.1: 发文机关名称 + 事由 + 文种).
    issued = tmp_path / "issued.txt"
    issued.write_text(
        line.replace("关于做好汛期", "某某街道办事处关于做好汛期").replace("日关于", "日某某街道办事处关于") + "\n",
        encoding="utf-8",
    )
    titles = [d.title for d in parse_file(issued).documents]
    assert len(titles) == 3 and titles[1].endswith("关于维修社区服务中心屋顶的请示")
    assert titles[2].endswith("关于召开第三季度安全生产工作会议的通知")
    # A sentence naming a document by its date goes on as one sentence.
    quoted = tmp_path / "quoted.txt"
    quoted.write_text(
        "关于做好防汛工作的通知\n各村委会：\n根据县政府2024年5月6日关于做好防汛工作的通知精神，结合我镇实际，请各村落实值班制度。\n"
        "特此通知。\n某某镇人民政府\n2025年6月1日\n",
        encoding="utf-8",
    )
    assert len(parse_file(quoted).documents) == 1


def test_a_page_run_onto_one_line_behind_its_breadcrumb_is_read(tmp_path: Path) -> None:
    # A saved page that lost its line breaks opens on the site's breadcrumb; the document runs on in that line
    # (the whole line was dropped as furniture: a page of one line gave no document at all).
    notice = (
        "关于开展春季农机安全生产检查的通知各乡镇农业服务中心：为切实做好春耕期间农机安全生产工作，防范农机事故，"
        "县局决定在全县开展春季农机安全生产检查。一、检查范围全县在用的拖拉机、联合收割机和农用运输车辆。二、检查内容"
        "重点检查牌证是否齐全、安全装置是否完好、驾驶人是否持证。三、工作要求各乡镇要明确专人负责，建立问题台账，限期"
        "整改到位。对检查中发现的无牌无证、带病作业车辆，要当场告知车主停止作业，并登记在册。检查结束后，各乡镇要在四月"
        "底前将检查情况汇总报县农机安全监理站，县局将适时组织抽查，对工作不力、问题突出的单位予以通报。检查期间，"
        "各乡镇要同步开展安全宣传，向机手发放安全操作提示，提醒春耕作业注意防范侧翻和机械伤人。特此通知。"
        "某某县农业农村局2026年3月2日"
    )
    path = tmp_path / "page.txt"
    path.write_text("当前位置：首页 > 政策文件 > 正文 " + notice + "\n", encoding="utf-8")
    (document,) = parse_file(path).documents
    assert document.genre == "notice" and len(document.headings) == 3
    # A breadcrumb line of its own is still furniture.
    short = tmp_path / "short.txt"
    short.write_text("当前位置：首页 > 政策文件 > 正文\n" + notice.replace("。", "。\n") + "\n", encoding="utf-8")
    (document,) = parse_file(short).documents
    assert "当前位置" not in document.title and document.start_line == 2


_ANIMAL_NOTICE = [
    "某某县农业农村局关于做好2026年春季",
    "动物疫病防控工作的通知",
    "各乡镇农业服务中心：",
    "为做好春季动物疫病防控工作，保障畜牧业生产安全，现将有关事项通知如下：",
    "一、全面开展春季集中免疫",
    "各乡镇要在4月底前完成春季集中免疫，做到应免尽免，免疫密度常年保持在90%以上。",
    "二、加强疫情监测排查",
    "各乡镇要组织防疫员对规模养殖场和散养户开展一次全面排查，发现异常及时报告。",
    "三、落实防控物资储备",
    "各乡镇要备足消毒药品和防护用品，确保发生疫情时拿得出、用得上。",
    "特此通知。",
    "某某县农业农村局",
    "2026年3月5日",
]


def test_a_file_with_a_blank_line_after_every_line_reads_as_without_them(tmp_path: Path) -> None:
    # Text copied from a web page (or Word with paragraph spacing) puts a blank line after every line, between a
    # title's two lines too: the title was cut to its second line. Two blank lines in a row still part things.
    lines = _ANIMAL_NOTICE
    single = tmp_path / "single.txt"
    single.write_text("\n".join(lines) + "\n", encoding="utf-8")
    spaced = tmp_path / "spaced.txt"
    spaced.write_text("\n\n".join(lines) + "\n", encoding="utf-8")

    def read(path: Path) -> list[tuple[str, str, list[str]]]:
        return [(d.title, d.genre, [h.text for h in d.headings]) for d in parse_file(path).documents]

    assert read(spaced) == read(single)
    assert read(spaced)[0][0] == "某某县农业农村局关于做好2026年春季动物疫病防控工作的通知"


def test_centred_and_right_aligned_lines_read_as_flush_ones(tmp_path: Path) -> None:
    # A .txt laid out with spaces as the printed page is: the lines pushed right all end at one column and were taken
    # for a hard wrap at that width, which then joined each heading to the paragraph under it and the title to
    # its 主送 line.
    lines = [
        "某某县农业农村局关于召开全县春季",
        "农业生产工作会议的通知",
        "各乡镇人民政府，局属各单位：",
        "经研究，决定召开全县春季农业生产工作会议，现将有关事项通知如下：",
        "一、会议时间",
        "2026年3月10日上午9时，会期半天。",
        "二、会议地点",
        "县农业农村局三楼会议室。",
        "三、参会人员",
        "各乡镇分管农业的负责同志，局属各单位主要负责同志。",
        "四、有关要求",
        "请参会人员提前十分钟到场签到，会议期间将手机调至静音状态。",
        "特此通知。",
        "某某县农业农村局",
        "2026年3月5日",
    ]

    def laid_out(line: str) -> str:
        # 28 characters a line, as GB/T 9704 prints them: the signature and date pushed right with full-width
        # spaces, the title and the headings centred with ASCII ones (two a character).
        if line.startswith(("某某县农业农村局", "2026年3月5日")) and len(line) < 12:
            return "\u3000" * (28 - len(line)) + line
        if line in lines[:2] or line[1:2] == "、":
            return " " * (28 - len(line)) + line
        return line

    flush = tmp_path / "flush.txt"
    flush.write_text("\n".join(lines) + "\n", encoding="utf-8")
    spaced = tmp_path / "laid-out.txt"
    spaced.write_text("\n".join(laid_out(line) for line in lines) + "\n", encoding="utf-8")

    def read(path: Path) -> list[tuple[str, str, list[str]]]:
        return [(d.title, d.genre, [h.text for h in d.headings]) for d in parse_file(path).documents]

    assert read(spaced) == read(flush)
    assert read(spaced)[0][2] == ["会议时间", "会议地点", "参会人员", "有关要求"]


_BODY = (
    "各有关单位：\n为做好相关工作，现将有关事项通知如下：\n一、提高认识\n各单位要充分认识这项工作的重要意义，"
    "切实加强组织领导。\n二、抓好落实\n各单位要明确责任分工，确保各项任务按时完成。\n特此通知。\n某某县人民政府办公室\n"
    "2026年3月5日\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("某某县林业局关于做好秋冬季", "森林防火工作的通知"),
        ("某某县林业局关于做好秋冬季森林", "防火工作的通知"),
        ("某某县第二中学“书香校园”读", "书月活动实施方案"),
        ("某某镇人民政府2026", "年上半年工作总结"),
    ],
)
def test_a_title_broken_across_two_lines_is_read_whole(tmp_path: Path, first: str, second: str) -> None:
    # A long title is printed on two lines (GB/T 9704 §7.3.1) and often kept so in the text; the document was begun
    # on the line naming the genre and the title cut to it.
    path = tmp_path / "notice.txt"
    path.write_text(f"{first}\n{second}\n{_BODY}", encoding="utf-8")
    (document,) = parse_file(path).documents
    assert document.title == first + second and document.start_line == 1


@pytest.mark.parametrize("above", ["某某文库精选范文3", "出席：各科室负责人", "某某网 | 公文频道"])
def test_a_line_above_a_whole_title_stays_out_of_it(tmp_path: Path, above: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text(f"{above}\n森林防火工作的通知\n{_BODY}", encoding="utf-8")
    assert all(above not in document.title for document in parse_file(path).documents)


def test_a_title_under_a_signature_opens_the_next_document_without_a_blank_line(tmp_path: Path) -> None:
    # A cover notice signed and dated, then the 办法 it issues with no blank line between them: two documents
    # (LABELS: a 印发 cover and the document it issues), the 办法's articles no longer the cover's headings.
    text = (
        "某某县农业农村局文件\n某农发〔2026〕8号\n某某县农业农村局关于印发《某某县农机作业安全管理办法》的通知\n"
        "各乡镇农业服务中心：\n现将《某某县农机作业安全管理办法》印发给你们，请认真遵照执行。\n"
        "附件：某某县农机作业安全管理办法\n某某县农业农村局\n2026年3月2日\n某某县农机作业安全管理办法\n"
        "第一条　为加强农机作业安全管理，预防农机事故，制定本办法。\n第二条　县农机安全监理站负责全县农机作业安全的监督检查。\n"
        "第三条　本办法自印发之日起施行。\n抄送：县应急管理局。\n某某县农业农村局办公室　　　　2026年3月2日印发\n"
    )
    path = tmp_path / "cover.txt"
    path.write_text(text, encoding="utf-8")
    documents = parse_file(path).documents
    assert [(d.start_line, d.end_line) for d in documents] == [(1, 8), (9, 14)]
    assert documents[1].title == "某某县农机作业安全管理办法" and not documents[0].headings


@pytest.mark.parametrize(
    "head",
    [
        "某某县农业农村局局务会议纪要\n第3期\n某某县农业农村局办公室\n2026年3月5日\n",
        "某某县农业农村局局务会议纪要\n\n第3期\n\n某某县农业农村局办公室          2026年3月5日\n\n",
        "某某县农业农村局局务会议纪要\n第3期\n某某县农业农村局办公室          2026年3月5日\n",
    ],
)
def test_a_minutes_head_over_the_title_of_its_issue_is_the_documents_head(tmp_path: Path, head: str) -> None:
    # GB/T 9704 §10.3: a 纪要's 标志, its 期号 and its issuing line (the office and the date, on one line or two),
    # then the title of what the issue holds. The head was left out of the document, or made one of its own.
    path = tmp_path / "minutes.txt"
    path.write_text(
        head + "关于春季农业生产工作的会议纪要\n3月4日上午，局长主持召开局务会议，研究春季农业生产工作。纪要如下：\n"
        "一、关于春耕备耕\n会议要求各股室抓好农资保障。\n二、关于农机安全\n会议要求开展春季农机安全检查。\n",
        encoding="utf-8",
    )
    (document,) = parse_file(path).documents
    assert document.start_line == 1 and document.title == "关于春季农业生产工作的会议纪要"
    assert [h.text for h in document.headings] == ["关于春耕备耕", "关于农机安全"]


@pytest.mark.parametrize("mark", ["— 2 —", "-2-", "第2页 共3页", "2/3"])
def test_a_printed_pages_number_is_read_as_if_it_were_not_there(tmp_path: Path, mark: str) -> None:
    # Text taken from a printed or PDF copy keeps each page's number (GB/T 9704 §7.5: — 2 —), mid-paragraph as
    # often as not: read as a numbered separator it cut the document in two.
    lines = [
        "某某县农业农村局关于做好春季动物疫病防控工作的通知",
        *_ANIMAL_NOTICE[2:5],
        "各乡镇要在4月底前完成春季集中免疫，做到应免尽免，",
        "免疫密度常年保持在90%以上。",
        *_ANIMAL_NOTICE[6:],
    ]
    plain = tmp_path / "plain.txt"
    plain.write_text("\n".join(lines) + "\n", encoding="utf-8")
    printed = tmp_path / "printed.txt"
    page_one = mark.replace("2", "1", 1)
    printed.write_text("\n".join([*lines[:5], page_one, *lines[5:9], mark, *lines[9:]]) + "\n", encoding="utf-8")

    def read(path: Path) -> list[tuple[int, str, list[str]]]:
        return [(d.start_line, d.title, [h.text for h in d.headings]) for d in parse_file(path).documents]

    assert [(title, headings) for _, title, headings in read(printed)] == [
        (title, headings) for _, title, headings in read(plain)
    ]
    assert len(read(printed)[0][2]) == 3


def test_a_second_attached_form_stays_with_its_notice(tmp_path: Path) -> None:
    # 附件1 and its form, then 附件2 and its form, then the 版记, then the next notice: the second form was made a
    # document of its own and the first left in none.
    first = (
        "某某市文化广电和旅游局文件\n\n某文旅发〔2024〕10号\n\n某某市文化广电和旅游局\n关于做好暑期文化和旅游市场秩序整治工作的通知\n"
        "\n各区县文化广电和旅游局，各A级旅游景区：\n暑期是旅游旺季，为维护良好的市场秩序，现将有关事项通知如下：\n一、加强市场巡查\n"
        "各区县要加大对景区周边的巡查频次。\n二、畅通投诉渠道\n各景区要公布投诉电话，及时回应游客诉求。\n特此通知。\n\n附件：1.暑期检查情况报送表\n"
        "2.统计表\n\n某某市文化广电和旅游局\n2024年3月12日\n\n附件1\n\n暑期检查情况报送表\n\n单位\t检查次数\t发现问题\n\t\t\n"
        "\n附件2\n\n2025年暑期旅游市场检查情况统计表\n\n序号\t景区名称\t检查日期\n1\t\t\n\n抄送：市委宣传部，市人民政府办公室。\n"
        "某某市文化广电和旅游局办公室\u3000\u30002024年3月12日印发\n\n"
    )
    second = (
        "某某市文化广电和旅游局文件\n\n某文旅发〔2025〕11号\n\n某某市文化广电和旅游局\n关于开展公共图书馆服务效能评估的通知\n"
        "\n各区县文化广电和旅游局：\n为提升公共文化服务水平，市局决定开展图书馆服务效能评估。现将有关事项通知如下：\n一、评估对象\n"
        "全市各级公共图书馆。\n二、评估方式\n采取自评与实地抽查相结合的方式。\n特此通知。\n\n某某市文化广电和旅游局\n2025年5月12日\n"
        "\n抄送：市委宣传部，市人民政府办公室。\n某某市文化广电和旅游局办公室\u3000\u30002025年5月12日印发\n"
    )
    path = tmp_path / "notices.txt"
    path.write_text(first + second, encoding="utf-8")
    documents = parse_file(path).documents
    assert [(d.start_line, d.end_line) for d in documents] == [(1, 37), (39, 58)]


def test_a_title_that_fills_a_wrapped_line_ends_there(tmp_path: Path) -> None:
    # Text copied from a PDF copy is cut at 28 characters, a GB/T 9704 line: a title of just that length was read as
    # a full line and joined to the 主送 line under it (the title lost, the genre misread).
    paragraphs = [
        "某某县农业农村局关于做好2026年春季农机安全检查的通知",
        "各乡镇农业服务中心，县农机安全监理站：",
        "为做好春耕期间农机安全生产工作，防范和减少农机事故，保障春耕生产顺利进行，现将有关事项通知如下：",
        "一、全面开展检查",
        "各乡镇要在4月底前对辖区在用的拖拉机、联合收割机和农用运输车辆逐台检查，做到检查全覆盖、问题不遗漏。",
        "二、及时整改隐患",
        "对检查中发现的隐患，要建立台账，限期整改到位，整改不到位的一律不得下田作业，并报县农机安全监理站备案。",
        "特此通知。",
        "某某县农业农村局",
        "2026年3月2日",
    ]
    lines = [text[at : at + 28] for text in paragraphs for at in range(0, len(text), 28)]
    assert len(paragraphs[0]) == 28
    path = tmp_path / "copied.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (document,) = parse_file(path).documents
    assert document.title == paragraphs[0] and document.genre == "notice"
    assert [h.text for h in document.headings] == ["全面开展检查", "及时整改隐患"]


def test_whether_work_was_done_is_counted_only_when_asked_and_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """parse asks whether a body reports work done (is_retrospective) only when a genre or a section needs it:
    not for a document without headings whose cues call no summary, once for one that asks twice."""
    from drafter.mining import classify

    counted: list[int] = []
    original = classify.is_retrospective

    def counting(body: list[str]) -> bool:
        counted.append(1)
        return original(body)

    monkeypatch.setattr(classify, "is_retrospective", counting)
    plain = ["请各单位于本周五前报送名单。"]
    asked = classify.LazyRetrospective(plain)
    assert classify.classify_sections([], "notice", asked) == []
    classify_genre("关于报送名单的通知", plain, [], asked)
    assert counted == []
    done = ["今年我们完成了三项工作，取得了明显成效，累计培训120人次。"]
    asked = classify.LazyRetrospective(done)
    assert classify_genre("", done, [heading(1, 1, "主要做法")], asked) == "summary"
    assert [h.section for h in classify_sections([heading(1, 1, "加强学习")], "summary", asked)] == ["practices"]
    assert counted == [1]


def test_common_part_names_of_requirements_overview_and_difficulties() -> None:
    plan = classify_sections(
        [heading(1, 1, "总体要求"), heading(2, 1, "重点任务"), heading(3, 1, "整改要求")], "plan", retrospective=False
    )
    assert [h.section for h in plan] == ["guiding_ideology", "tasks", "safeguards"]
    summary = classify_sections(
        [heading(1, 1, "工作概况"), heading(2, 1, "存在的困难"), heading(3, 1, "下一步打算")],
        "summary",
        retrospective=True,
    )
    assert [h.section for h in summary] == ["overview", "problems", "next_steps"]
    meeting = classify_sections(
        [heading(1, 1, "会议时间"), heading(2, 1, "会议要求")], "meeting_notice", retrospective=False
    )
    assert [h.section for h in meeting] == ["meeting_info", "safeguards"]
    # a requirement on the entries of a contest is what they must be, not how the work is kept on track
    contest = classify_sections([heading(1, 1, "参赛作品要求")], "notice", retrospective=False)
    assert contest[0].section != "safeguards"
