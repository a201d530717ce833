import pytest

from drafter.mining.clean import clean, is_furniture
from drafter.mining.reader import RawLine, RawText


@pytest.mark.parametrize(
    "text",
    [
        "当前位置:主页 > 各省市政策 > 浙江省",
        "59位用户关注",
        "栏目: 教育公文 / 发布于: / 人气:2.07W",
        "下面是小编为大家整理的工作总结范文，欢迎阅读。",
        "相关文章推荐",
        "上一篇：2023年工作总结",
        "版权所有 © 2024 某某网 京ICP备12345678号",
        '详细咨询:关注微信公众号"政策"',
        "http://www.example.com/article/1.html",
        "网站首页 个人文档 个人总结 工作总结 述职报告 心得体会",
        "收藏",
        "扫一扫 关注我们",
        "免责声明",
        "版权声明：本文由网友投稿",
        "原文链接：http://www.example.com/a/2.html",
        "【打印本页】 【关闭窗口】",
        "附件下载：报名汇总表.xlsx",
    ],
)
def test_furniture(text: str) -> None:
    assert is_furniture(text)


@pytest.mark.parametrize(
    "text",
    [
        "一、基本情况",
        "CnPack 开发组 2023 年工作总结",
        "请将回执发送至 office@example.gov.cn 邮箱。",
        "特此通知。",
        "2024年5月1日",
        # Words that also mark furniture, inside real sentences, headings and labelled addresses.
        "请扫描二维码报名。",
        "严厉打击侵权假冒行为。",
        "要进一步完善相关内容和制度。",
        "欢迎大家踊跃参加。",
        "二、版权声明",
        "报名网址：http://www.example.gov.cn",
        "CnPack Working Report in 2006",
    ],
)
def test_not_furniture(text: str) -> None:
    assert not is_furniture(text)


def raw(*lines: str) -> RawText:
    return RawText("t.txt", "txt", "utf-8", tuple(RawLine(text, n) for n, text in enumerate(lines, 1)))


def test_wrapped_lines_are_rejoined_with_the_first_line_number() -> None:
    text = clean(
        raw("我们要站在是否对得起百姓的政治高度来看待和处理这一件非常重要的事情，认真对待", "这件事。", "一、下一段")
    )
    assert [(line.number, line.text) for line in text.lines] == [
        (1, "我们要站在是否对得起百姓的政治高度来看待和处理这一件非常重要的事情，认真对待这件事。"),
        (3, "一、下一段"),
    ]
    assert text.lines[0].end == 2  # a document ending here ends on the source's second line


def test_headings_and_blank_separated_lines_are_not_joined() -> None:
    text = clean(
        raw(
            "二、认真履行职责，层层实行目标管理，把教育工作放在首位",
            "乡党委、政府积极履行干部教育管理职责。",
            "",
            "第二段",
        )
    )
    assert [line.number for line in text.lines] == [1, 2, 4]


def test_a_line_ending_on_a_signature_date_is_not_joined_to_the_next() -> None:
    """A record of a dump ends with its signature and date (no full stop): the next title is a new line."""
    record = "请各单位于本月底前报送统计表，逾期不报的予以通报。青山县统计局2026年3月2日"
    for date in ("2026年3月2日", "2026-03-02"):
        text = clean(raw(record.replace("2026年3月2日", date), "青山县教育局关于开展读书月活动的通知"))
        assert [line.number for line in text.lines] == [1, 2]
    # a wrapped line that only mentions a year runs on as before
    text = clean(
        raw("请各学校对照通知要求认真开展安全隐患自查，并将自查报告连同整改台账于2026年", "3月底前报送县教育局办公室。")
    )
    assert [line.number for line in text.lines] == [1]
    # training reads pages as the shipped model learnt them
    text = clean(raw(record, "青山县教育局关于开展读书月活动的通知"), as_trained=True)
    assert [line.number for line in text.lines] == [1]


def test_a_title_naming_its_genre_is_not_joined_to_the_addressee_below() -> None:
    """A notice copied without blank lines: a long title (no end mark) above its 主送 line is two lines of the
    head, not one paragraph wrapped after 30 characters."""
    title = "白沙县农业农村局关于2026年春季农机安全生产大检查情况的通报"
    text = clean(raw(title, "各乡镇农业服务中心，县直有关单位：", "三月以来，各地按照部署开展了农机安全检查。"))
    assert [line.number for line in text.lines] == [1, 2, 3]
    # a wrapped sentence that happens to end a line on a genre word runs on
    text = clean(
        raw("根据市农业农村局办公室转发的省厅关于加强春耕期间农机监理工作的通知", "精神，现将有关要求明确如下。")
    )
    assert [line.number for line in text.lines] == [1]


def test_lines_after_dropped_furniture_are_marked() -> None:
    text = clean(raw("青山镇河道清淤情况汇报", "发布时间：2026-03-02 阅读：218", "今年春季，青山镇开展河道清淤行动。"))
    assert [(line.number, line.after_furniture) for line in text.lines] == [(1, False), (3, True)]


def test_half_width_punctuation_is_normalised_and_furniture_dropped() -> None:
    text = clean(raw("当前位置:首页 > 公文", "会议时间:上午9:00,地点:三楼"))
    assert [line.text for line in text.lines] == ["会议时间：上午9:00，地点：三楼"]
    assert text.dropped == 1


def test_run_together_text_is_split_into_sentences() -> None:
    body = "关于召开会议的通知各单位：为做好工作，经研究，决定召开会议。现将有关事项通知如下：一、会议时间。" * 8
    text = clean(raw(body))
    assert len(text.lines) > 5 and all(line.number == 1 for line in text.lines)
    assert all(line.inline for line in text.lines[1:])


def test_a_list_of_related_articles_is_dropped_with_its_header() -> None:
    text = clean(
        raw(
            "三、关于教师培训工作",
            "会议同意人事股提出的培训计划。",
            "猜你喜欢",
            "局务会议纪要范文（一）",
            "2024年学校工作总结精选",
            "第二篇：某局工作总结",
            "今年以来，我局扎实推进各项工作。",
        )
    )
    assert [line.text for line in text.lines] == [
        "三、关于教师培训工作",
        "会议同意人事股提出的培训计划。",
        "第二篇：某局工作总结",
        "今年以来，我局扎实推进各项工作。",
    ]


@pytest.mark.parametrize("between", ["", "网站首页 - 公文频道"])
def test_a_list_of_related_articles_ends_at_a_blank_line_or_other_furniture(between: str) -> None:
    """The title of the next document under a list of links, after a blank line or a site line, is kept:
    the list ended there. Training reads pages as before (the shipped weights learnt them so)."""
    lines = [
        "会议同意人事股提出的培训计划。",
        "相关推荐",
        "2024年学校工作总结精选",
        "某街道上半年工作汇报材料",
        "",
        *([between, ""] if between else []),
        "在全镇秋冬季防火工作会议上的讲话",
        "（2025年11月3日）",
        "同志们：",
        "今天召开这次会议，主要是安排部署秋冬季防火工作。",
    ]
    kept = [line.text for line in clean(raw(*lines)).lines]
    assert kept == [
        "会议同意人事股提出的培训计划。",
        "在全镇秋冬季防火工作会议上的讲话",
        "（2025年11月3日）",
        "同志们：",
        "今天召开这次会议，主要是安排部署秋冬季防火工作。",
    ]
    trained = [line.text for line in clean(raw(*lines), as_trained=True).lines]
    assert "在全镇秋冬季防火工作会议上的讲话" not in trained


def test_marker_positions_are_those_of_the_pattern() -> None:
    """The fast scan for outline markers inside run-together text finds what the pattern's finditer finds."""
    import random

    from drafter.mining.runtogether import _EMBEDDED_MARKER, _EMBEDDED_MARKER_PARSED, embedded_markers

    alphabet = "一二三十第、（()）.．。；：:”中文 1234５"
    rng = random.Random(3)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        end = rng.choice([None, rng.randint(0, 14)])
        for pattern, as_trained in ((_EMBEDDED_MARKER, True), (_EMBEDDED_MARKER_PARSED, False)):
            expected = [m.start() for m in pattern.finditer(text, 0, len(text) if end is None else end)]
            assert embedded_markers(text, end, as_trained=as_trained) == expected, (text, end)


def test_a_record_is_cut_at_digits_in_brackets_when_parsed_not_when_trained() -> None:
    record = (
        "某某县教育局关于推进智慧校园建设的工作方案各学校：为推进智慧校园建设，制定本方案。一、工作任务"
        "（一）平台部署（1）资源申请：按照建设要求提出软硬件需求，由信息中心统一申请。完成时限：2025年9月30日"
        "（2）系统调试：由服务商完成平台部署和联调测试。完成时限：2025年10月31日（二）设备购置"
        "（1）终端采购：按照先试点后推广的原则分批采购。二、工作要求各学校要高度重视，明确专人负责，确保按期完成。"
    ) * 2
    parsed = [line.text for line in clean(raw(record)).lines]
    trained = [line.text for line in clean(raw(record), as_trained=True).lines]
    assert "（1）资源申请：按照建设要求提出软硬件需求，由信息中心统一申请。" in parsed
    assert any(text.startswith("（2）系统调试") for text in parsed)
    assert not any(text.startswith("（1）资源申请") for text in trained)


def test_run_together_text_splits_after_each_end_mark() -> None:
    import random
    import re

    from drafter.mining.runtogether import split_run_together

    rng = random.Random(2)
    for _ in range(20_000):
        text = "".join(rng.choice("。！？；中文 \n") for _ in range(rng.randint(0, 12)))
        expected = [piece.strip() for piece in re.split(r"(?<=[。！？；])", text) if piece.strip()]
        assert split_run_together(text) == expected, repr(text)


def _hard_wrap(text: str, width: int) -> list[str]:
    """Text cut every ``width`` characters, punctuation kept at a line's end (as PDF or OCR text comes)."""
    pieces, rest = [], text
    while len(rest) > width:
        cut = width
        while cut < len(rest) and rest[cut] in "，。、；：！？）”":
            cut += 1
        pieces.append(rest[:cut])
        rest = rest[cut:]
    return [*pieces, rest] if rest else pieces


def test_a_hard_wrapped_page_is_joined_back_into_its_paragraphs() -> None:
    paragraphs = [
        "第一段写的是今年的工作情况，各项任务都已经按照年初的安排完成，群众满意度有了明显的提高，全年没有发生安全事故。",
        "一、主要做法",
        "我们坚持问题导向，把调查研究作为第一道工序。1.建立台账。逐项登记存在的问题和整改的时限。"
        "2.明确责任。每一项问题都有牵头的领导和具体的经办人，做到事事有人管、件件有着落。",
        "二、下一步打算",
        "明年将继续巩固已有的成果，重点抓好制度建设和队伍建设，确保各项工作再上一个新的台阶，取得更好的成绩。",
    ]
    for width in (24, 31, 37):
        lines = [piece for paragraph in paragraphs for piece in _hard_wrap(paragraph, width)]
        numbers = [1]
        for paragraph in paragraphs[:-1]:
            numbers.append(numbers[-1] + len(_hard_wrap(paragraph, width)))
        text = clean(raw(*lines))
        assert [line.text for line in text.lines] == paragraphs, width
        assert [line.number for line in text.lines] == numbers, width


def test_headings_of_one_length_are_no_wrap_when_paragraphs_run_longer() -> None:
    # A speech whose three headings happen to be 17 characters, as its title and speaker line nearly are: the
    # most common long length, reached by lines that end no sentence, read as a wrap width; the headings were
    # joined to the paragraphs under them.
    lines = [
        "在全县文化旅游产业发展大会上的讲话",
        "县文化广电和旅游局党组书记　周明远",
        "同志们：",
        "今天召开全县文化旅游发展大会，主要任务是总结去年的工作，分析当前形势，部署今年的重点任务。下面，我讲三点意见。",
        "一、肯定成绩，坚定加快发展的信心",
        "过去一年，全县旅游业呈现强劲复苏态势，接待游客和旅游收入均实现两位数增长。",
        "二、把握形势，找准高质量发展路径",
        "当前游客需求正从观光向休闲度假转变，我们必须在产品创新上下更大功夫。",
        "三、狠抓落实，确保年度目标实现好",
        "各乡镇、各景区要对照目标细化任务清单，明确责任人和完成时限。",
        "谢谢大家！",
    ]
    assert [line.text for line in clean(raw(*lines)).lines] == [line.replace("　", " ") for line in lines]


def test_an_indented_page_is_rejoined_with_each_first_line_counted_at_its_indent() -> None:
    # The wrap cut each paragraph's first line, indent included, at the same width as the rest: stripped of
    # its indent, that line is shorter than the width, yet it runs on.
    paragraphs = [
        "1、今年我们把主要精力放在队伍建设上，先后组织了四次集中培训，参加的同志都说收获很大，下一步还要坚持下去。",
        "2、资料整理工作有了起色，历年的文件都已经分类装订成册，查找起来比过去方便得多，大家反映很好，值得推广。",
        "3、网站改版（第一阶段）已经完成，新版页面打开的速度明显加快，来访的人数也比去年同期多了不少，效果明显。",
    ]
    for width in (20, 26):
        lines = [piece for paragraph in paragraphs for piece in _hard_wrap("    " + paragraph, width)]
        assert [line.text for line in clean(raw(*lines)).lines] == paragraphs, width


def test_a_wrap_inside_an_open_bracket_does_not_start_a_numbered_line() -> None:
    paragraph = (
        "各单位要按照要求抓好落实，认真做好以下几项工作：（1）摸清底数，把情况逐项登记清楚，不留死角；（2）"
        "明确分工，每一项任务都要落实到具体的人，做到有人管、有人抓；（3）按时报送，每月底前把进展情况报上来。"
    )
    lines = _hard_wrap(paragraph, 25)
    cut = next(k for k, line in enumerate(lines) if line.endswith("（"))  # the wrap left a bracket open
    assert lines[cut + 1][:2] in ("1）", "2）", "3）")
    filler = "这一段只是为了让页面上有足够多的满行，内容本身没有什么特别的意思，读者可以跳过不看。" * 2
    text = clean(raw(*_hard_wrap(filler, 25), "", *lines))
    assert [line.text for line in text.lines][-1] == paragraph


def test_word_markers_inside_a_wrapped_paragraph_run_on() -> None:
    filler = "这一段只是为了让页面上有足够多的满行，内容本身没有什么特别的意思，读者可以跳过不看。" * 2
    items = (
        "今年的春耕工作要抓好三件事：一是备足种子化肥，各乡镇要提前摸清需求；二是修好沟渠，确保灌溉用水；"
        "三是抓好技术培训，把新品种、新技术送到田间地头，让农户用得上、用得好。"
    )
    lines = [*_hard_wrap(filler, 24), "", *_hard_wrap(items, 24)]
    assert any(line.startswith(("二是", "三是")) for line in lines)  # the wrap put a word marker at a line start
    assert items in [line.text for line in clean(raw(*lines)).lines]


def test_a_wrapped_record_with_its_outline_inline_is_joined_whole() -> None:
    # One document on one line (a dump), hard-wrapped: a cut that falls right before an outline marker, in the
    # middle of running prose, is where the width fell, not where a paragraph began.
    record = (
        "为做好今年的秋季招生工作，现将有关事项安排如下。一、工作目标今年计划招收新生三百人，其中寄宿生一百人，"
        "各班人数不超过四十五人。二、工作任务（一）宣传发动各校要通过多种方式宣传招生政策，做到家喻户晓。"
        "（二）报名登记报名时间为八月一日至十日，逾期不再受理。三、工作要求各校要严格执行招生纪律，不得违规招生。"
    )
    width = 25
    pad = "各乡镇中心学校各直属学校" * 3
    record = pad[: (width - record.index("（一）") % width) % width] + record  # a cut falls right before （一）
    lines = [record[k : k + width] for k in range(0, len(record), width)]
    assert any(line.startswith("（一）") for line in lines)
    filler = "这一段只是为了让页面上有足够多的满行，内容本身没有什么特别的意思，读者可以跳过不看。" * 3
    text = clean(raw(*_hard_wrap(filler, width), "", *lines))
    # joined whole (then cut into its sentences and parts, as a record of a dump is): one source line number
    record_lines = [line for line in text.lines if line.number > 1]
    assert "".join(line.text for line in record_lines) == record
    assert len({line.number for line in record_lines}) == 1


def test_a_wrapped_record_whose_head_has_no_sentence_is_joined_whole() -> None:
    # A record's head (版头, title, 主送, 一、会议时间……) often holds no full stop before its outline: three
    # full lines cut mid-word are a paragraph all the same, though no sentence has ended in them.
    head = (
        "某某县教育局某教发〔2025〕3号关于召开全县教育工作会议的通知各乡镇中心学校，各直属学校：定于3月5日"
        "上午召开全县教育工作会议，现将有关事项通知如下：一、会议时间3月5日上午9:00二、会议形式和地点"
    )
    rest = (
        "1.形式现场会议2.地点县教育局三楼会议室三、有关要求请各单位按时参加，不得缺席。" + "请提前准备好交流材料。" * 8
    )
    width = 30
    pad = "各乡镇中心学校各直属学校" * 3
    record = pad[: (width - len(head) % width) % width] + head + rest  # a cut falls right before 1.形式
    lines = [record[k : k + width] for k in range(0, len(record), width)]
    assert any(line.startswith("1.形式") for line in lines) and "。" not in record[: record.index("1.形式")]
    filler = "这一段只是为了让页面上有足够多的满行，内容本身没有什么特别的意思，读者可以跳过不看。" * 3
    text = clean(raw(*_hard_wrap(filler, width), "", *lines))
    assert len({line.number for line in text.lines if line.number > 1}) == 1


def test_a_record_of_a_dump_with_no_sentence_mark_is_cut_at_its_markers() -> None:
    sentences = "我们按计划推进各项工作，定期检查，及时总结经验。" * 8
    terse = "关于开展春季安全检查的通知各学校：一、检查时间3月10日至20日二、检查内容校舍、消防、食堂三、工作要求各校先自查再上报"
    terse += "，自查表随后发送" * 14
    lines = [line.text for line in clean(raw(f"关于某某工作的总结{sentences}", terse)).lines if line.number == 2]
    for marker in ("一、检查时间", "二、检查内容", "三、工作要求"):
        assert any(text.startswith(marker) for text in lines), lines


def test_a_full_heading_line_is_not_joined_to_the_numbered_line_below() -> None:
    # A heading that fills its line holds no sentence before the cut: the list under it begins its own line.
    width = 20
    heading = "一、进一步加强和改进全县中小学校园安全管理"
    assert len(heading) >= width - 1
    filler = "这一段只是为了让页面上有足够多的满行，内容本身没有什么特别的意思，读者可以跳过不看。" * 3
    text = clean(raw(*_hard_wrap(filler, width), "", heading, "（一）明确责任，层层签订安全责任书。"))
    assert [line.text for line in text.lines][-2:] == [heading, "（一）明确责任，层层签订安全责任书。"]


def test_the_rest_of_a_wrapped_web_address_goes_with_it() -> None:
    lines = ["某某开发组网站：", "http://www.example.org/downlo", "ads/index.php", "", "谢谢大家。"]
    assert [line.text for line in clean(raw(*lines)).lines] == ["某某开发组网站：", "谢谢大家。"]
    # A word that opens the next line after an address is text of its own.
    lines = ["下载地址：", "http://www.example.org", "Or:", "从镜像站点下载。"]
    assert "Or:" in [line.text for line in clean(raw(*lines)).lines]
    # The cut fell inside a number: the digits on the next line are the address's too.
    lines = ["捐助地址：", "https://www.example.org/donate/", "project_donation.php?group_id=12", "3456", "", "谢谢。"]
    assert [line.text for line in clean(raw(*lines)).lines] == ["捐助地址：", "谢谢。"]
    # A number on a line of its own after a short address is not.
    lines = ["网址：", "http://example.org/?id=12", "2024", "", "谢谢。"]
    assert "2024" in [line.text for line in clean(raw(*lines)).lines]


def test_a_page_that_kept_its_line_breaks_is_not_taken_for_a_wrapped_one() -> None:
    lines = [f"第{n}项工作已经按期完成，群众比较满意。" for n in range(1, 12)]
    assert [line.text for line in clean(raw(*lines)).lines] == lines


def test_a_flattened_document_is_cut_where_its_lines_were_joined_by_spaces() -> None:
    sentences = "。".join(["今年以来我们认真落实各项工作部署取得明显成效"] * 8) + "。"
    line = f"关于某某工作的总结 {sentences} 一、主要做法 （一）抓学习 {sentences} （二）抓落实 {sentences}"
    texts = [piece.text for piece in clean(raw(line)).lines]
    for expected in ("关于某某工作的总结", "一、主要做法", "（一）抓学习", "（二）抓落实"):
        assert expected in texts, texts


def _flattened_plan(items: int, stop: str = "。") -> str:
    numerals = "一二三四五六七八九十"
    heads = [f"{numerals[n - 1] if n <= 10 else '十' + numerals[n - 11]}、抓好第{n}项工作" for n in range(1, items + 1)]
    body = "我们按计划推进，定期检查，及时总结经验。" * 3
    return "关于某某工作的安排" + "".join(f"{head}{stop}{body}" for head in heads)


def test_a_flattened_list_past_ten_keeps_each_ordinal_whole() -> None:
    texts = [line.text for line in clean(raw(_flattened_plan(12))).lines]
    assert "十一、抓好第11项工作。" in texts and "十二、抓好第12项工作。" in texts, texts
    assert not any(text.endswith("十") for text in texts)


def test_a_numeral_ending_a_word_before_a_marker_goes_with_the_word() -> None:
    from drafter.mining.runtogether import split_flattened

    pieces = ["一、总体安排。", "各项工作要统一二、抓好落实。"]
    assert split_flattened(pieces) == ["一、总体安排。", "各项工作要统一", "二、抓好落实。"]
    # After a full stop a lone 十一、 opens no list: left in its sentence, not cut before its 一、.
    assert split_flattened(["前面的话。十一、后面的话。"]) == ["前面的话。十一、后面的话。"]


def test_a_half_width_full_stop_in_flattened_text_ends_a_sentence() -> None:
    texts = [line.text for line in clean(raw(_flattened_plan(4, stop="."))).lines]
    assert "二、抓好第2项工作。" in texts, texts
    # A numeral's point is a marker's, a digit's is a number's.
    assert clean(raw("一.总体要求")).lines[0].text == "一.总体要求"
    assert clean(raw("投资2.70亿元")).lines[0].text == "投资2.70亿元"


def test_training_reads_a_flattened_page_as_the_shipped_model_was_trained() -> None:
    texts = [line.text for line in clean(raw(_flattened_plan(12)), as_trained=True).lines]
    assert "一、抓好第11项工作。" in texts
    texts = [line.text for line in clean(raw(_flattened_plan(4, stop=".")), as_trained=True).lines]
    assert "二、抓好第2项工作。" not in texts


def test_training_reads_a_wrapped_page_as_the_shipped_model_was_trained() -> None:
    # Parsing counts the indent and drops the tail of a wrapped address; as_trained (the training pages) reads
    # the page as before: an indented first line, shorter than the width without its indent, ends its line.
    paragraphs = [
        "1、今年我们把主要精力放在队伍建设上，先后组织了四次集中培训，参加的同志都说收获很大，下一步还要坚持下去。",
        "2、资料整理工作有了起色，历年的文件都已经分类装订成册，查找起来比过去方便得多，大家反映很好，值得推广。",
        "3、网站改版（第一阶段）已经完成，新版页面打开的速度明显加快，来访的人数也比去年同期多了不少，效果明显。",
    ]
    lines = [piece for paragraph in paragraphs for piece in _hard_wrap("    " + paragraph, 20)]
    assert [line.text for line in clean(raw(*lines)).lines] == paragraphs
    assert [line.text for line in clean(raw(*lines), as_trained=True).lines] != paragraphs
    address = ["某某开发组网站：", "http://www.example.org/downlo", "ads/index.php", "", "谢谢大家。"]
    assert "ads/index.php" in [line.text for line in clean(raw(*address), as_trained=True).lines]


def test_enough_end_marks_are_found_counting_mark_by_mark() -> None:
    # has_stops stops counting once there are enough: the verdict is that of counting them all.
    from drafter.mining.runtogether import has_stops

    texts = [
        "",
        "没有句末标点的一行",
        "一句。两句！三句？",
        "甲；乙；丙。",
        "好。" * 4 + "吗？",
        "问？问？问！",
        "。！？；",
    ]
    for text in texts:
        total = sum(text.count(mark) for mark in "。！？；")
        for least in (1, 3, 5):
            assert has_stops(text, least) == (total >= least), (text, least)


def test_numbered_separators_in_words_no_list_knows() -> None:
    from drafter.mining.furniture import numbered_separator_lines

    page = [
        "文稿甲1 某校春季工作总结",
        "正文一段。",
        "正文二段。",
        "",
        "文稿甲2",
        "正文。",
        "文稿甲3 某校秋季工作总结",
        "正文。",
    ]
    assert numbered_separator_lines(page) == {0: "某校春季工作总结", 4: "", 6: "某校秋季工作总结"}
    tails = ["◇某镇会议纪要（一）", "正文。", "正文。", "正文。", "◇某镇工作方案（二）", "正文。"]
    assert numbered_separator_lines(tails) == {0: "某镇会议纪要", 4: "某镇工作方案"}


def test_numbered_lines_that_are_no_separators() -> None:
    from drafter.mining.furniture import numbered_separator_lines

    # a list: every numbered line right under the one before
    assert numbered_separator_lines(["材料清单：", "材料1 申请表", "材料2 汇总表", "材料3 承诺书"]) == {}
    # attachments, headings the numbering grammar reads, a bare number as a heading style, numbers out of order
    assert numbered_separator_lines(["附件1 名单", "正文。", "正文。", "正文。", "附件2 表格"]) == {}
    assert numbered_separator_lines(["一、总体要求", "正文。", "正文。", "正文。", "二、主要任务"]) == {}
    assert numbered_separator_lines(["一  总体要求", "正文。", "正文。", "正文。", "二  主要任务"]) == {}
    assert numbered_separator_lines(["甲2 某", "正文。", "正文。", "正文。", "甲1 某"]) == {}
    # a closing bracket and a number with nothing before them (a line the scan once failed on)
    assert numbered_separator_lines(["3）", "12】", "（2）", "正文。"]) == {}


def test_a_list_of_related_articles_is_no_run_of_separators() -> None:
    from drafter.mining.furniture import numbered_separator_lines

    page = [
        "正文。",
        "相关范文",
        "【1】关于开展节水检查的通知",
        "【2】关于调整作息时间的通知",
        "【3】关于购置设备的请示",
    ]
    assert numbered_separator_lines(page) == {}
    # the same lines with text under one of them are a page of records
    records = ["【1】关于开展节水检查的通知", "正文。", "【2】关于调整作息时间的通知", "【3】关于购置设备的请示"]
    assert set(numbered_separator_lines(records)) == {0, 2, 3}


def test_a_short_hard_wrapped_page_is_found_by_its_full_lines() -> None:
    # A one-page 通报 copied out of a PDF: its titles, headings, short items and signature outnumber the few lines
    # the wrap filled; none runs past the width, and the full ones are cut prose.
    paragraphs = [
        "　　近日，街道组织对辖区沿街商铺开展了消防安全检查，共检查商铺六十二家，发现隐患十九处，主要是灭火器过期、"
        "安全出口堵塞和电线私拉乱接，已全部责令整改。",
        "　　（一）各社区要督促商铺落实防火责任人，每月至少开展一次自查，发现问题当场整改，不能整改的及时上报街道，"
        "街道汇总后报区应急管理局备案。",
        "　　（二）街道将组织复查。",
    ]
    short = ["关于沿街商铺消防安全检查情况的通报", "各社区居委会：", "　　一、检查情况", "　　二、有关要求"]
    tail = [
        "　　（三）请各社区于月底前报送自查情况。",
        "　　（四）各单位要落实值班制度。",
        "　　特此通报。",
        "某某街道办事处",
        "2025年11月20日",
        "抄送：区应急管理局",
    ]
    width = 30
    lines = [
        *short[:3],
        *_hard_wrap(paragraphs[0], width),
        short[3],
        *_hard_wrap(paragraphs[1], width),
        paragraphs[2],
        *tail,
    ]
    texts = [line.text for line in clean(raw(*lines)).lines]
    assert [text.lstrip("　") for text in paragraphs[:2]] == [texts[3], texts[5]]


def test_rows_of_one_length_are_no_wrapped_page() -> None:
    rows = [
        "8:30-9:00 报到并领取会议材料",
        "9:00-9:40 区领导作动员讲话",
        "9:40-10:20 各街道交流经验做法",
        "10:20-11:00 专家解读有关政策",
        "11:00-11:30 分组讨论工作任务",
    ]
    lines = ["培训日程安排", *rows, "联系人：王某", "联系电话：12345678"]
    assert [line.text for line in clean(raw(*lines)).lines] == lines


def _cut_at(text: str, width: int) -> list[str]:
    return [text[k : k + width] for k in range(0, len(text), width)]


def test_a_wrapped_record_cut_where_its_first_part_opens_a_line_is_joined_whole() -> None:
    # The record's head ends a sentence exactly at the width (……安排如下：| 一、……): the cut looks like the end
    # of a paragraph, but the text after it holds its whole outline inline (二、 on the same line as 一、).
    width = 26
    head = "关于做好今年防汛工作的通知各村委会，各站所：为切实做好今年的防汛工作，现将有关事项安排如下："
    body = (
        "一、落实责任各村要明确一名负责同志，值班电话保持畅通。二、排查隐患对河道、塘坝逐一检查，发现问题立即整改。"
        "三、做好物资储备各站所要备足沙袋、雨衣和照明设备，确保随时调得出、用得上。"
    )
    pad = "各村委会各站所" * 4
    head = pad[: (width - len(head) % width) % width] + head
    lines = _cut_at(head + body, width)
    assert lines[len(head) // width].startswith("一、")
    filler = "这一段只是为了让页面上有足够多的满行，内容本身没有什么特别的意思，读者可以跳过不看。" * 3
    text = clean(raw(*_hard_wrap(filler, width), "", *lines))
    record = [line for line in text.lines if line.number > 1]
    assert "".join(line.text for line in record) == head + body
    assert len({line.number for line in record}) == 1


def test_a_wrapped_heading_after_a_full_line_still_opens_its_own_paragraph() -> None:
    # A paragraph that ends at the width, then a heading with its text on the lines below: no outline inline.
    width = 24
    first = "今年以来，我们按照年初确定的思路，扎实推进各项工作，取得了一定的成绩。"
    pad = "总的来看" * 6
    first = pad[: (width - len(first) % width) % width] + first
    second = "一、主要做法"
    third = "我们坚持问题导向，把调查研究作为第一道工序，逐项登记存在的问题和整改的时限，做到事事有人管、件件有着落。"
    fourth = "二、下一步打算"
    lines = [*_cut_at(first, width), second, *_cut_at(third, width), fourth]
    filler = "这一段只是为了让页面上有足够多的满行，内容本身没有什么特别的意思，读者可以跳过不看。" * 3
    texts = [line.text for line in clean(raw(*_hard_wrap(filler, width), "", *lines)).lines]
    assert texts[-4:] == [first, second, third, fourth]


def test_a_number_cut_at_its_decimal_point_runs_on() -> None:
    width = 28
    text_ = (
        "服务器配置为十六核、六十四G内存，操作系统版本号为七点五，即centos7.5）。责任单位为信息中心，九月底前完成部署。"
    )
    cut = text_.index("5）")
    pad = "具体要求如下" * 6
    text_ = pad[: (width - cut % width) % width] + text_
    lines = _cut_at(text_, width)
    assert any(line.startswith("5）") for line in lines)
    filler = "这一段只是为了让页面上有足够多的满行，内容本身没有什么特别的意思，读者可以跳过不看。" * 3
    texts = [line.text for line in clean(raw(*_hard_wrap(filler, width), "", *lines)).lines]
    assert texts[-1] == text_


def test_a_short_document_run_together_is_cut_like_a_long_one() -> None:
    # A dump of short notices, one a line (350 characters each, their outline inline): each is a record, not
    # a paragraph, though shorter than the records of a database of long documents.
    record = (
        "关于做好汛期值班工作的通知 各社区、各科室：当前已进入主汛期，降雨多、强度大，防汛形势严峻。"
        "为确保辖区安全度汛，现将有关事项通知如下。"
        "一、严格值班制度 实行领导带班和专人值班，值班人员不得擅离岗位，值班电话保持畅通。"
        "遇有暴雨预警时加强巡查，发现险情立即处置并报告街道防汛办，不得迟报、漏报、瞒报。"
        "二、加强巡查 重点巡查地下车库、低洼路段、老旧危房和在建工地，逐处做好记录。"
        "每天下午五点前报送当日巡查情况，发现隐患的要写明整改措施和完成时限。"
        "三、做好物资准备 对沙袋、雨衣、手电筒、抽水泵等物资进行一次清点，数量不足或已损坏的及时补齐。"
        "各单位要高度重视，明确专人负责，认真抓好落实。汛期结束后，各社区要对值班情况进行总结，于十月底前报送街道。"
    )
    assert 300 < len(record) < 500
    others = [record.replace("汛期值班", topic) for topic in ("冬季防火", "节日安全", "道路巡查")]
    lines = [line.text for line in clean(raw(record, *others)).lines if line.number == 1]
    for marker in ("一、", "二、", "三、"):
        assert any(text.startswith(marker) for text in lines), lines


def test_a_pages_previous_and_next_links_in_its_own_counter_word_are_furniture() -> None:
    # 上一篇/下一页 are listed; a site's own counter word (上一条, 上一则) came as a pair and was read as a title.
    from drafter.mining.furniture import mark_neighbour_links

    texts = [
        "版权所有 青禾县教育局",  # (other furniture: a page that has none, an archive's document, is not asked)
        "上一条：关于开展消防演练的通知   下一条：学生会例会纪要",
        "",
        "上一则：关于做好防汛工作的通知",
        "下一则：全县安全生产会议召开",
        "下一步：加强巡查，及时处置。",
        "上一年度：完成目标任务",
    ]
    furniture = [True] + [False] * (len(texts) - 1)
    mark_neighbour_links(texts, furniture)
    assert furniture == [True, True, False, True, True, False, False]
    # a copy with a blank line after every line parts the pair
    spaced = ["版权所有", "", "上一则：关于做好防汛工作的通知", "", "下一则：全县安全生产会议召开", ""]
    furniture = [True] + [False] * (len(spaced) - 1)
    mark_neighbour_links(spaced, furniture)
    assert furniture == [True, False, True, False, True, False]
