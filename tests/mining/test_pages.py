"""Whole pages as office staff save them: furniture around two documents, in HTML and in GBK text."""

from pathlib import Path

from drafter.mining.parse import parse_file

PAGE = """<!DOCTYPE html>
<html><head><meta charset="gb2312"><title>某某范文网</title><script>var ad = 1;</script></head>
<body>
<div class="nav">网站首页 工作总结 工作计划 心得体会 述职报告 实施方案</div>
<div class="crumb">当前位置：首页 &gt; 工作总结 &gt; 学校工作总结</div>
<p>下面是小编为大家整理的学校工作总结两篇，仅供参考。</p>
<h2>【第1篇】青禾县第二小学2023年工作总结</h2>
<p>2023年，我校在县教育局的领导下，扎实推进各项工作。现将有关情况总结如下：</p>
<p>一、基本情况</p>
<p>全校有教学班18个，学生760人。</p>
<p>二、主要做法</p>
<p>（一）抓常规管理。每月检查一次教案。</p>
<p>（二）抓队伍建设。组织教师参加培训。</p>
<p>三、存在问题</p>
<p>部分教师教学方法比较单一。</p>
<p>四、下步打算</p>
<p>继续深化课堂教学改革。</p>
<h2>【第2篇】关于召开期末工作会议的通知</h2>
<p>各教研组：</p>
<p>经研究，决定召开期末工作会议。现将有关事项通知如下：</p>
<p>一、会议时间</p>
<p>1月10日下午3:00。</p>
<p>二、会议地点</p>
<p>学校三楼会议室。</p>
<p>三、参会人员</p>
<p>全体教师。</p>
<p>特此通知。</p>
<div class="related">相关文章推荐</div>
<div class="foot">版权所有 © 某某范文网 京ICP备00000000号</div>
</body></html>
"""


def test_html_page_with_two_documents(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.encode("gb18030"))
    parsed = parse_file(path)
    assert [(d.start_line, d.genre, d.title) for d in parsed.documents] == [
        (7, "summary", "青禾县第二小学2023年工作总结"),
        (18, "meeting_notice", "关于召开期末工作会议的通知"),
    ]
    summary, notice = parsed.documents
    assert [(h.line, h.level, h.marker, h.text, h.section) for h in summary.headings] == [
        (9, 1, "一、", "基本情况", "overview"),
        (11, 1, "二、", "主要做法", "practices"),
        (12, 2, "（一）", "抓常规管理", "practices"),
        (13, 2, "（二）", "抓队伍建设", "practices"),
        (14, 1, "三、", "存在问题", "problems"),
        (16, 1, "四、", "下步打算", "next_steps"),
    ]
    assert [(h.text, h.section) for h in notice.headings] == [
        ("会议时间", "meeting_info"),
        ("会议地点", "meeting_info"),
        ("参会人员", "meeting_info"),
    ]
    assert summary.end_line == 17 and notice.end_line == 27


def test_gbk_text_page_without_separators(tmp_path: Path) -> None:
    text = (
        "当前位置：首页 > 范文\n"
        "一年来，我们认真履行职责，紧紧围绕年初确定的目标任务，较好地完成了各项工作任务。\n"
        "一、主要工作\n"
        "积极开展教研活动，全年组织公开课二十余节，教师参与率达到百分之九十五以上，教学质量稳步提升。\n"
        "二、存在问题\n"
        "办学经费仍然不足，部分功能室设备老化，信息化教学条件有待进一步改善，需要争取更多支持。\n"
        "县教育局安全生产大检查工作总结\n"  # a bare title right after the last paragraph (no 第N篇 line)
        "今年以来，我局按照县委县政府的统一部署，认真开展安全生产大检查，现将有关情况总结如下：\n"
        "一、加强组织领导\n"
        "成立了由局长任组长的安全生产大检查领导小组，制定工作方案，明确责任分工，层层压实责任。\n"
        "二、强化隐患排查\n"
        "组织专人深入全县各中小学校和幼儿园开展拉网式排查，共排查各类隐患12处，已全部完成整改。\n"
        "28位用户关注\n"
    )
    path = tmp_path / "page.txt"
    path.write_bytes(text.encode("gbk"))
    parsed = parse_file(path)
    assert [d.start_line for d in parsed.documents] == [2, 7]
    assert parsed.documents[-1].end_line == 12
    assert all(d.genre == "summary" for d in parsed.documents)


def test_parsing_what_drafter_writes(tmp_path: Path) -> None:
    """A drafted .docx reads back as one document with the outline it was written with."""
    from conftest import SAMPLES, draft_bytes

    summary = tmp_path / "summary.docx"
    summary.write_bytes(draft_bytes(SAMPLES / "工作总结.yaml"))
    (document,) = parse_file(summary).documents
    assert document.genre == "summary" and document.title == "青禾县实验小学2024年教育教学工作总结"
    top = [(h.marker, h.text, h.section) for h in document.headings if h.level == 1]
    assert top == [
        ("一、", "基本情况", "overview"),
        ("二、", "主要做法及成效", "practices"),
        ("三、", "经验体会", "experience"),
        ("四、", "存在问题", "problems"),
        ("五、", "下步打算", "next_steps"),
    ]
    assert {h.level for h in document.headings} == {1, 2, 3}

    notice = tmp_path / "notice.docx"
    notice.write_bytes(draft_bytes(SAMPLES / "会议通知.yaml"))
    (document,) = parse_file(notice).documents  # the 附件 and 版记 belong to the notice
    assert document.genre == "meeting_notice"
    assert document.title == "关于召开全县2025年春季学期教育工作会议的通知"
    assert [h.section for h in document.headings][:4] == ["meeting_info"] * 4
    assert not any(h.text == "联系电话" for h in document.headings)  # a 回执 column is not a heading


FLATTENED = (
    "青禾县教育局文件青教〔2024〕8号青禾县教育局关于召开全县春季开学工作会议的通知各乡镇中心学校，县直各学校："
    "为部署春季开学各项工作，经研究，决定召开全县春季开学工作会议。现将有关事项通知如下。"
    "一、会议时间2024年2月20日（星期二）上午9:00二、会议地点县教育局三楼会议室。"
    "三、参会人员各学校校长、分管安全的副校长；局机关各股室负责人。"
    "四、有关要求1.请参会人员提前10分钟到场签到。2.请各学校于2月18日前将参会名单报局办公室。"
    "联系人：王老师联系电话：0000-1234567青禾县教育局2024年2月10日"
)


def test_a_flattened_notice_keeps_its_headings_apart_from_their_text(tmp_path: Path) -> None:
    path = tmp_path / "flat.txt"
    path.write_text(FLATTENED, encoding="utf-8")
    (document,) = parse_file(path).documents
    assert document.genre == "meeting_notice"
    assert document.title == "关于召开全县春季开学工作会议的通知"
    assert [(h.level, h.text, h.section) for h in document.headings] == [
        (1, "会议时间", "meeting_info"),
        (1, "会议地点", "meeting_info"),
        (1, "参会人员", "meeting_info"),
        (1, "有关要求", "safeguards"),
    ]


def test_the_issue_number_under_a_title_stays_in_its_document(tmp_path: Path) -> None:
    """纪要 and 简报 carry their 期号 under the title (第5期): it is no new document, whatever a model learnt."""
    text = (
        "南岭镇中心学校行政会议纪要\n"
        "\n"
        "第5期\n"
        "\n"
        "2026年4月8日下午，校长李华在学校会议室主持召开本学期第五次行政会议，各处室负责人参加。\n"
        "一、关于期中考试安排\n"
        "会议确定期中考试安排在第十周进行，由教务处统一命题、统一阅卷，并做好考务培训。\n"
        "二、关于校园绿化工作\n"
        "会议要求总务处在五月底前完成校园东侧绿地的补植工作，所需经费从公用经费中列支。\n"
    )
    path = tmp_path / "纪要.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_file(path)
    assert [(d.start_line, d.title) for d in parsed.documents] == [(1, "南岭镇中心学校行政会议纪要")]


CHROME_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>文稿之家</title></head>
<body>
<div id="top-nav"><a href="/">首页</a> | <a href="/login">登录</a></div>
<aside class="sidebar">
<h3>本周热门</h3>
<ul>
<li><a href="/1.html">关于做好秋季学期开学准备工作的通知</a></li>
<li><a href="/2.html">社区网格员年度工作总结</a></li>
<li><a href="/3.html">在全区安全生产会议上的讲话</a></li>
</ul>
</aside>
<div class="main-content">
<h1>街道办事处通知</h1>
<div class="info">发布时间：2025-03-02 浏览：512次</div>
<p>关于开展春季爱国卫生大扫除的通知</p>
<p>各社区居委会：</p>
<p>为改善辖区环境面貌，街道决定开展春季大扫除。现将有关事项通知如下：</p>
<p>一、时间安排</p>
<p>3月10日至3月20日，各社区分片组织。</p>
<p>二、工作要求</p>
<p>各社区要发动居民参与，做到垃圾日产日清。</p>
<p>特此通知。</p>
<p>关于调整社区服务中心开放时间的通知</p>
<p>各社区居委会：</p>
<p>根据居民意见，社区服务中心自4月1日起延长开放时间。现将有关事项通知如下：</p>
<p>一、开放时间</p>
<p>工作日上午8:30至晚上7:00，周六上午照常开放。</p>
<p>二、有关要求</p>
<p>各社区要在公告栏张贴新的开放时间。</p>
<p>特此通知。</p>
<div class="tags">标签：通知 社区</div>
<div class="related-list"><h3>相关文章</h3><ul>
<li><a href="/7.html">关于开展夏季防汛检查的通知</a></li>
<li><a href="/8.html">关于组织志愿者服务活动的通知</a></li>
</ul></div>
</div>
<div class="footer"><p>本网资料均来自网友投稿，若有侵权，请来信告知，我们将及时处理。</p></div>
</body></html>
"""


def test_page_chrome_and_lists_of_links_are_in_no_document(tmp_path: Path) -> None:
    # The page's heading over its byline is no title; the sidebar, related links and footer are in no document.
    path = tmp_path / "page.html"
    path.write_text(CHROME_PAGE, encoding="utf-8")
    parsed = parse_file(path)
    assert [(d.title, d.start_line, d.end_line) for d in parsed.documents] == [
        ("关于开展春季爱国卫生大扫除的通知", 16, 23),
        ("关于调整社区服务中心开放时间的通知", 24, 31),
    ]


def test_reader_follows_chrome_elements_and_link_text() -> None:
    from drafter.mining.reader import html_lines

    lines = html_lines(
        '<div class="article"><p>正文第一段，详见<a href="/f.doc">附件</a>。</p>'
        '<div class="share-bar"><p>分享到：微信</p></div>'
        "<p>正文第二段<ul><li>未闭合的条目</ul></p>"
        '<p><a href="/x.html">关于印发工作要点的通知</a></p></div>'
        "<nav><p>导航</p></nav><p>页尾之外</p>"
    )
    assert [(line.text, line.chrome, line.linked) for line in lines] == [
        ("正文第一段，详见附件。", False, False),
        ("分享到：微信", True, False),
        ("正文第二段", False, False),
        ("未闭合的条目", False, False),
        ("关于印发工作要点的通知", False, True),
        ("导航", True, False),
        ("页尾之外", False, False),
    ]


def test_a_page_whose_chrome_would_hold_its_text_is_read_whole(tmp_path: Path) -> None:
    # A template naming its article's box with a chrome word (class="share-article") keeps the article.
    body = "".join(
        f"<p>{text}</p>"
        for text in (
            "关于做好节日值班工作的通知",
            "各科室：",
            "节日期间，各科室要安排专人值班，保持通讯畅通。",
            "遇有紧急情况，要及时报告，妥善处置。",
            "特此通知。",
        )
    )
    path = tmp_path / "page.html"
    path.write_text(f'<html><body><div class="share-article">{body}</div></body></html>', encoding="utf-8")
    [document] = parse_file(path).documents
    assert document.title == "关于做好节日值班工作的通知"


SPEECH_PAGE = """<html><head><meta charset="utf-8"></head><body>
<h1>社区志愿服务讲话稿</h1>
<div class="info">发布时间：2025-05-06 作者：佚名</div>
<p>在社区志愿服务工作推进会上的讲话</p>
<p>（2025年4月28日）</p>
<p>同志们：</p>
<p>今天召开社区志愿服务工作推进会，主要是总结去年的社区志愿服务工作，安排今年的任务。</p>
<p>一、充分肯定社区志愿服务取得的成绩</p>
<p>去年，各社区志愿服务队伍不断壮大，志愿服务活动覆盖了全部小区，群众满意度明显提高。</p>
<p>二、抓好今年社区志愿服务的重点工作</p>
<p>要健全志愿服务激励机制，把志愿服务和社区治理结合起来，让更多居民参与社区志愿服务。</p>
<p>谢谢大家！</p>
</body></html>
"""


def test_a_page_heading_over_a_byline_is_not_the_speech_title(tmp_path: Path) -> None:
    # 讲话稿 names a genre too, but the title is the line under the byline, over the speech's date.
    path = tmp_path / "speech.html"
    path.write_text(SPEECH_PAGE, encoding="utf-8")
    [speech] = parse_file(path).documents
    assert (speech.title, speech.start_line, speech.genre) == ("在社区志愿服务工作推进会上的讲话", 4, "speech")


def test_minutes_titled_only_by_their_mark_and_issue_number_are_one_document(tmp_path: Path) -> None:
    # GB/T 9704 §10.3: a 纪要 may carry only its 标志 and 期号 (and its issuing line) over the text.
    text = (
        "南岭镇中心学校校务会议纪要\n"
        "第3期\n"
        "　　南岭镇中心学校办公室　　　　　　2026年3月12日\n"
        "　　2026年3月10日下午，校长李华主持召开校务会议，研究春季运动会和食堂管理等事项。现将会议议定事项纪要如下：\n"
        "　　一、关于春季运动会\n"
        "　　会议同意于四月中旬举办春季运动会，由体育组拟定竞赛规程，各年级组做好组织工作。\n"
        "　　二、关于食堂管理\n"
        "　　会议要求总务处每周检查一次食堂卫生，检查情况在教职工群里通报。\n"
        "出席：李华、王明、赵丽、孙强\n"
        "请假：无\n"
        "抄送：镇教育办。\n"
        "　　南岭镇中心学校办公室　　　　　　2026年3月12日印发\n"
    )
    path = tmp_path / "纪要第3期.txt"
    path.write_text(text, encoding="utf-8")
    assert [(d.start_line, d.end_line, d.title) for d in parse_file(path).documents] == [
        (1, 12, "南岭镇中心学校校务会议纪要")
    ]


def test_the_row_number_of_a_spreadsheet_export_is_not_in_the_title(tmp_path: Path) -> None:
    body = (
        "各村（社区）：{0}现将有关事项通知如下：一、时间安排。{1}二、工作要求。各单位要高度重视，主要负责同志要亲自"
        "过问，分管负责同志要具体抓，确保各项任务落到实处。三、信息报送。请各单位于月底前将工作开展情况报镇党政办，"
        "联系人：王明。特此通知。南岭镇人民政府"
    )
    rows = [
        "序号\t标题\t发文字号\t正文",
        "1\t关于开展春季植树活动的通知\t南政〔2026〕3号\t"
        + body.format("为改善村容村貌，镇政府决定开展春季植树活动。", "3月12日至3月20日，各村分片组织实施。"),
        "2\t关于做好春耕备耕工作的通知\t南政〔2026〕5号\t"
        + body.format("当前正值春耕备耕关键时期，为确保农业生产开好局。", "3月底前完成农资储备和农机检修工作。"),
    ]
    path = tmp_path / "导出.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert [d.title for d in parse_file(path).documents] == ["关于开展春季植树活动的通知", "关于做好春耕备耕工作的通知"]


def test_a_head_the_model_cut_off_joins_the_untitled_text_under_it() -> None:
    from drafter.mining import split
    from drafter.mining.clean import clean
    from drafter.mining.linear import BODY
    from drafter.mining.reader import RawLine, RawText

    texts = [
        "南岭镇中心学校校务会议纪要",
        "第4期",
        "南岭镇中心学校办公室　　2026年4月9日",
        "2026年4月8日，校长李华主持召开校务会议。现将会议议定事项纪要如下：",
        "一、关于教师培训",
        "会议同意暑期组织全体教师参加信息技术培训。",
        "关于做好暑期安全教育工作的通知",
        "各班主任：",
        "暑假将至，请各班做好学生安全教育。",
    ]
    lines = clean(RawText("t.txt", "txt", "utf-8", tuple(RawLine(t, n) for n, t in enumerate(texts, 1)))).lines
    labels = [BODY] * len(lines)
    # the 标志, 期号 and issuing line head the untitled text; a titled text under a bare head stays its own
    assert split._bare_head(lines, labels, 0, 3)
    assert not split._bare_head(lines, labels, 3, 6)
    # lines without a 期号 or 发文字号 (an issuing line alone) are not a 版头
    assert not split._bare_head(lines, labels, 2, 3)


def test_an_untitled_document_opens_below_a_byline_in_words_no_list_knows(tmp_path: Path) -> None:
    """A byline is fields and a numeric date, whatever its words; an untitled document under it opens on
    its own first line (a blurb that ran into the byline stays with it)."""
    narrative = "今年以来，我们紧紧围绕年初确定的目标任务，扎实推进各项工作，取得了较好成效。"
    page = tmp_path / "page.txt"
    page.write_text(
        "刊发时间 2023-04-05  来稿：网友投稿  阅读 31025\n"
        "本篇收录于本站资料库，这里选登的是较有代表性的一篇。\n"
        "\n"
        f"{narrative}\n"
        "一、抓好理论学习\n坚持每月集中学习一次，做到有计划、有记录、有心得，学习效果明显。\n"
        "二、抓好作风建设\n深入开展作风纪律整顿，认真查找问题，逐条整改落实，作风明显好转。\n",
        encoding="utf-8",
    )
    documents = parse_file(page).documents
    assert [d.lines[0].text for d in documents] == [narrative]


def test_an_untitled_speech_opens_with_its_salutation_after_another_document(tmp_path: Path) -> None:
    """A page of two documents where the second has no title and opens by addressing its hearers: the
    salutation, under the first document's last paragraph, opens it."""
    page = tmp_path / "page.txt"
    page.write_text(
        "青禾县第二小学2023年工作总结\n"
        "2023年，我校在县教育局的领导下，扎实推进各项工作，现将有关情况总结如下。\n"
        "一、抓常规管理\n每月检查一次教案，每学期开展两次教学视导，发现问题及时整改到位，教学秩序井然。\n"
        "二、抓队伍建设\n组织教师参加各级各类培训，开展青年教师基本功比赛，教师业务能力明显提升。\n"
        "三、下步打算\n继续深化课堂教学改革，加强家校沟通，努力办好人民满意的教育。\n"
        "\n"
        "各位领导、同志们：\n"
        "今天我们召开全镇教育工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲三点意见。\n"
        "一、提高认识，增强做好教育工作的责任感\n教育是民生之基，各校要把思想统一到会议精神上来。\n"
        "二、突出重点，推动各项工作落地见效\n要抓住质量这个核心，抓住安全这条底线，抓住队伍这个关键。\n",
        encoding="utf-8",
    )
    documents = parse_file(page).documents
    assert [d.lines[0].text for d in documents] == ["青禾县第二小学2023年工作总结", "各位领导、同志们："]
