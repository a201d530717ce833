"""A county people's congress standing committee as its office keeps the archive: notices under its 红头,
copied to the county's leading offices, and 决定 of the committee (a statutory genre laid out on its own:
the date it was adopted in brackets under the title, no 主送, no 署名, no 版记) kept beside them.

The documents are written for these tests: a fictional 苇川县人大常委会.
"""

from pathlib import Path

import yaml
from click.testing import CliRunner, Result

from drafter.cli import main

UNIT = "苇川县人大常委会"
COPIED = "县委办公室，县人民政府办公室，县政协办公室"

NOTICES = [
    ("关于开展代表集中视察活动的通知", "各代表小组要围绕乡村道路建设组织视察。"),
    ("关于开展《中华人民共和国水法》执法检查的通知", "县人民政府要组织有关部门认真开展自查。"),
    ("关于做好代表建议督办工作的通知", "各工作委员会要按分工督促承办单位答复代表。"),
]

DECISIONS = [
    ("关于批准县级财政决算的决定", "会议听取了县人民政府关于县级财政决算的报告，决定批准县级财政决算。"),
    ("关于召开县人民代表大会第三次会议的决定", "会议决定：县人民代表大会第三次会议于明年一月在县城召开。"),
    ("关于设立县法治宣传日的决定", "会议决定：每年十二月的第一周为本县法治宣传周。"),
    ("关于接受辞职请求的决定", "会议决定接受其辞去县人民政府副县长职务的请求。"),
]


def _notice(index: int, title: str, body: str) -> str:
    date = f"2025年{index + 2}月{index + 5}日"
    return (
        f"{UNIT}文件\n苇人常发〔2025〕{index}号\n{title}\n各乡镇人大主席团：\n{body}现将有关事项通知如下：\n"
        f"一、时间安排\n活动在本月内完成。\n二、有关要求\n请按时报送情况。\n特此通知。\n"
        f"{UNIT}\n{date}\n抄送：{COPIED}。\n{UNIT}办公室　　{date}印发\n"
    )


def _decision(index: int, title: str, body: str) -> str:
    # A 决定 as the committee prints it: no 红头, no 主送, the sitting that adopted it under the title.
    return (
        f"{UNIT}{title}\n（2024年{index + 3}月2{index}日{UNIT[:3]}第十七届人民代表大会常务委员会"
        f"第{index + 10}次会议通过）\n{body}\n"
        f"会议要求，县人民政府要认真贯彻落实，并将落实情况及时报告县人大常委会。\n"
    )


def _mine(tmp_path: Path, folder: Path) -> Path:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["mine", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _mined(tmp_path: Path, name: str, texts: list[str]) -> Path:
    """The archive of these documents (name1.txt, name2.txt …), mined."""
    folder = tmp_path / "档案"
    folder.mkdir()
    for index, text in enumerate(texts, 1):
        (folder / f"{name}{index}.txt").write_text(text, encoding="utf-8")
    return _mine(tmp_path, folder)


def _draft_text(facts: Path) -> Result:
    """A facts file drafted as text, its starter's marks allowed (only the layout is looked at)."""
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt", "--allow-placeholders"])
    assert result.exit_code == 0, result.output
    return result


def _manifest(out: Path, genre: str) -> dict[str, object]:
    loaded: dict[str, object] = yaml.safe_load((out / genre / "manifest.yaml").read_text(encoding="utf-8"))
    return loaded


def test_the_committee_s_decisions_do_not_outvote_its_notices_constants(tmp_path: Path) -> None:
    # Three notices under the committee's 红头 beside four 决定 it adopted: the 决定 were counted as notices,
    # so the 红头, 文号 and 抄送 every notice carries held in 3 of 7 and the notice template learnt none of them.
    folder = tmp_path / "档案"
    folder.mkdir()
    for index, (title, body) in enumerate(NOTICES, 1):
        (folder / f"通知{index}.txt").write_text(_notice(index, title, body), encoding="utf-8")
    for index, (title, body) in enumerate(DECISIONS, 1):
        (folder / f"决定{index}.txt").write_text(_decision(index, title, body), encoding="utf-8")
    out = _mine(tmp_path, folder)
    fields = _manifest(out, "notice")["fields"]
    assert isinstance(fields, dict)
    assert fields["发文机关标志"].get("default") == [f"{UNIT}文件"]
    assert fields["抄送"].get("default") == COPIED.split("，")
    # Nothing a 决定 says is offered to a notice (决定批准……, 会议要求……).
    text = "".join(p.read_text(encoding="utf-8") for p in (out / "notice").iterdir())
    assert "决定批准" not in text and "会议要求" not in text


MEETINGS = [
    (
        "第十二次",
        "审议县人民政府关于城区供水情况的报告；审议人事任免事项",
        "2024年4月2日",
        "县人民政府分管副县长，县水利局、县住建局主要负责同志，城关镇人大主席",
        "请列席单位于会前三日报送汇报材料电子稿，参会人员提前十分钟到会签到",
    ),
    (
        "第十五次",
        "听取乡村道路养护情况的报告并进行专题询问；审议代表资格审查报告",
        "2024年8月6日",
        "县交通运输局、县财政局负责同志，各乡镇人大主席，部分县人大代表",
        "会议实行专题询问，询问人员请提前准备问题，会议期间手机调至静音",
    ),
    (
        "第十九次",
        "审议县人民政府关于义务教育工作情况的报告；表决有关决议草案",
        "2025年3月4日",
        "县人民法院、县人民检察院负责同志，县教育局主要负责同志和有关股室负责人",
        "因故不能参会的组成人员须向主任书面请假，列席人员不得委托他人代会",
    ),
]


def _meeting_notice(index: int, sitting: str, items: str, date: str, sitting_in: str, asked: str) -> str:
    agenda = "\n".join(f"（{'一二三'[n]}）{item}。" for n, item in enumerate(items.split("；")))
    return (
        f"{UNIT}办公室文件\n苇人常办〔{date[:4]}〕{index}号\n关于召开县人大常委会{sitting}会议的通知\n"
        f"县人大常委会组成人员：\n经主任会议研究，决定召开县人大常委会{sitting}会议。现将有关事项通知如下：\n"
        f"一、会议时间\n{date[5:]}上午9:00。\n二、会议地点\n县人大常委会二楼会议室。\n"
        f"三、会议议程\n{agenda}\n四、列席人员\n{sitting_in}。\n"
        f"五、有关要求\n{asked}。\n{UNIT}办公室\n{date}\n"
    )


def test_the_committee_s_heading_of_who_attends_heads_the_drafted_part(tmp_path: Path) -> None:
    # The committee's meeting notices head the list of those who sit in 列席人员 (its members are the 主送):
    # the mined template kept the built-in's 参会人员, a heading the unit never writes.
    out = _mined(tmp_path, "会议通知", [_meeting_notice(index, *meeting) for index, meeting in enumerate(MEETINGS, 1)])
    facts = tmp_path / "会议.yaml"
    facts.write_text(
        f"模板: {out / 'meeting_notice'}\n发文机关: {UNIT}办公室\n会议名称: 县人大常委会第二十次会议\n"
        "主送机关: 县人大常委会组成人员\n会议时间: 2025年6月3日上午9:00\n会议地点: 县人大常委会二楼会议室\n"
        "参会人员: [县人民政府分管副县长。]\n成文日期: 2025年5月26日\n",
        encoding="utf-8",
    )
    result = _draft_text(facts)
    assert "列席人员" in result.output and "参会人员" not in result.output
    # The starter says that the 参会人员 it asks for are drafted under the unit's heading.
    starter = CliRunner().invoke(main, ["new", "--template", str(out / "meeting_notice"), "-o", "-"])
    assert "本单位这一节的标题写“列席人员”" in starter.output


OPINIONS = [
    ("关于对县人民政府城区供水情况报告的审议意见", "加快老旧管网改造，提高供水保障能力。"),
    ("关于对县人民政府乡村道路养护情况报告的审议意见", "落实养护资金，健全县乡村三级养护责任。"),
    ("关于对县人民政府义务教育工作情况报告的审议意见", "优化学校布局，补齐乡村教师缺口。"),
]


def _office_archive(tmp_path: Path) -> Path:
    """The committee's notices (no 红头) beside its office's 审议意见 and meeting notices under the office's 红头,
    the second meeting notice read with no 署名."""
    folder = tmp_path / "档案"
    folder.mkdir()
    for index, (title, body) in enumerate(NOTICES, 1):
        text = _notice(index, title, body).replace(f"{UNIT}文件\n", "")
        (folder / f"通知{index}.txt").write_text(text, encoding="utf-8")
    for index, (title, body) in enumerate(OPINIONS, 1):
        date = f"2024年{index + 5}月1{index}日"
        text = (
            f"{UNIT}办公室文件\n苇人常办〔2024〕{index + 20}号\n{title}\n县人民政府：\n常委会组成人员提出如下审议意见。\n"
            f"{body}\n请县人民政府研究处理，并将处理情况书面报告县人大常委会。\n{UNIT}办公室\n{date}\n"
        )
        (folder / f"审议意见{index}.txt").write_text(text, encoding="utf-8")
    for index, meeting in enumerate(MEETINGS[:2], 1):
        text = _meeting_notice(index, *meeting)
        if index == 2:
            text = text.replace(f"{UNIT}办公室\n{meeting[2]}\n", f"{meeting[2]}\n")
        (folder / f"会议通知{index}.txt").write_text(text, encoding="utf-8")
    return folder


def test_the_office_s_meeting_notices_are_signed_by_the_office_their_head_names(tmp_path: Path) -> None:
    # The office heads its meeting notices and 审议意见 with its own 红头 and signs them; the committee signs
    # its notices. Of two meeting notices one was read with no 署名: the template printed 苇川县人大常委会办公室文件
    # by default and asked 发文机关: 〔请填写：发文机关〕.
    folder = _office_archive(tmp_path)
    out = _mine(tmp_path, folder)
    fields = _manifest(out, "meeting_notice")["fields"]
    assert isinstance(fields, dict)
    assert fields["发文机关标志"].get("default") == f"{UNIT}办公室文件"
    assert (
        fields["发文机关"].get("default") == [f"{UNIT}办公室"] or fields["发文机关"].get("default") == f"{UNIT}办公室"
    )


def _wrapped(paragraphs: list[str], width: int = 28) -> list[str]:
    """Paragraphs as a PDF copy has them: indented two full-width spaces, cut every ``width`` characters."""
    lines: list[str] = []
    for text in paragraphs:
        text = "\u3000\u3000" + text
        lines += [text[n : n + width] for n in range(0, len(text), width)]
    return lines


_PDF_BODY = [
    "为推动代表履职常态化，经主任会议研究，决定组织县人大代表开展第三季度小组活动，请各乡镇人大主席团认真组织。",
    "各代表小组要围绕乡村道路建设开展视察活动，认真听取沿线群众和养护单位的意见建议，形成视察报告报送常委会。",
    "请各乡镇人大主席团于九月三十日前将活动小结和代表意见建议报县人大常委会代表工作委员会汇总。",
]


def _lines_of(tmp_path: Path, text: str) -> list[str]:
    import drafter

    path = tmp_path / "通知.txt"
    path.write_text(text, encoding="utf-8")
    parsed, _ = drafter.parse([path])
    return [line.text for document in parsed[0].documents for line in document.lines]


def test_the_line_under_a_right_aligned_date_of_a_wrapped_page_is_not_joined_to_it(tmp_path: Path) -> None:
    lines = [
        "关于组织县人大代表开展小组活动的通知",
        "各乡镇人大主席团：",
        *_wrapped(_PDF_BODY),
        " " * 30 + f"{UNIT}",
        " " * 34 + "2025年9月2日",
        # the 版记 as wide as the page, wrapped as the rest (the full stop alone on the next line)
        *_wrapped([f"抄送：{COPIED}，县监委。"])[0:1],
        "。",
        f"{UNIT}办公室　　　　　　　2025年9月2日",
        "印发",
    ]
    lines[-4] = lines[-4].lstrip("\u3000")
    lines[-4:-2] = [f"抄送：{COPIED}，县监委"[:28], f"抄送：{COPIED}，县监委。"[28:]]
    texts = _lines_of(tmp_path, "\n".join(lines) + "\n")
    assert "2025年9月2日" in texts


def test_an_indented_contact_line_under_a_full_sentence_starts_its_own_paragraph(tmp_path: Path) -> None:
    last = "因故不能参加活动的代表，须向乡镇人大主席团书面请假。"  # 26 characters: with its indent it fills the width
    lines = [
        "关于组织县人大代表开展小组活动的通知",
        "各乡镇人大主席团：",
        *_wrapped([*_PDF_BODY, last]),
        # the contact line is itself cut at the width
        "\u3000\u3000联系人：代表工委 周启明，电话：0738-66210",
        "35。",
        " " * 30 + f"{UNIT}",
        " " * 34 + "2025年9月2日",
    ]
    texts = _lines_of(tmp_path, "\n".join(lines) + "\n")
    assert last in texts


def test_a_head_only_request_is_signed_by_the_office_its_head_names(tmp_path: Path) -> None:
    # No 请示 in the archive: the head-only template takes the unit's 红头 (the office's, five of five) but no
    # one signer holds 60 % (the committee signs three, its office four), and the starter asked for
    # 发文机关: 〔示例〕青禾县教育局, the built-in's sample unit.
    out = _mine(tmp_path, _office_archive(tmp_path))
    fields = _manifest(out, "request")["fields"]
    assert isinstance(fields, dict)
    assert fields["发文机关标志"].get("default") == [f"{UNIT}办公室文件"]
    assert fields["署名"].get("default") in (f"{UNIT}办公室", [f"{UNIT}办公室"])
    result = CliRunner().invoke(main, ["new", "--template", str(out / "request"), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "青禾县" not in result.output


REVIEWS = [
    (
        "城区供水",
        "供水普及率稳步提高，水质抽检合格率保持高位",
        "老旧管网漏损严重，二次供水设施管理不规范",
        "加快管网改造：分批改造城区老旧供水管网，降低漏损率",
        "规范二次供水：明确小区二次供水设施的管理主体，定期清洗消毒",
    ),
    (
        "乡村道路养护",
        "农村公路通达水平明显提升，路长制逐步推开",
        "养护资金不足，部分路段损毁后修复不及时",
        "落实养护资金：将农村公路养护资金列入年度预算，足额保障",
        "健全养护机制：推行专业养护与群众养护相结合，明确乡村两级责任",
    ),
    (
        "义务教育",
        "教育投入逐年增加，薄弱学校办学条件明显改善",
        "城区学校大班额问题突出，乡村教师结构性缺编",
        "优化学校布局：结合人口变化统筹新建改扩建城区学校",
        "补齐师资缺口：通过公开招聘和县域交流轮岗补充乡村音体美教师",
    ),
    (
        "食品安全",
        "监管网络向村延伸，校园食堂明厨亮灶全面覆盖",
        "农村集体聚餐监管存在盲区，基层执法力量薄弱",
        "压实属地责任：将农村集体聚餐纳入网格化管理，落实报备制度",
        "充实执法力量：为乡镇监管所配齐快检设备和执法人员",
    ),
]


def _review(index: int, matter: str, done: str, problems: str, first: str, second: str) -> str:
    date = f"2025年{index + 3}月{index + 8}日"
    items = "".join(f"{'一二'[n]}、{h}\n{t}。\n" for n, (h, t) in enumerate(x.split("：") for x in (first, second)))
    return (
        f"{UNIT}办公室文件\n苇人常办〔2025〕{index + 30}号\n关于对县人民政府{matter}工作情况报告的审议意见\n"
        f"县人民政府：\n{date[5:]}，县人大常委会第{index + 20}次会议听取和审议了县人民政府关于{matter}工作情况的报告。"
        f"常委会组成人员认为，{done}。同时也指出，{problems}等问题依然存在。现将审议意见交办如下：\n"
        f"{items}请县人民政府认真研究处理，并将研究处理情况书面报告县人大常委会。\n{UNIT}办公室\n{date}\n"
    )


def test_the_committee_s_review_opinions_keep_their_transition_after_the_opening(tmp_path: Path) -> None:
    # The office's 审议意见 all open with the sitting and the members' view, then 现将审议意见交办如下：. The
    # 意见 built-in has no 过渡语 field, so the mined transition was dropped and a drafted 导语 ended bare.
    out = _mined(tmp_path, "审议意见", [_review(index, *review) for index, review in enumerate(REVIEWS, 1)])
    facts = tmp_path / "意见.yaml"
    facts.write_text(
        f"模板: {out / 'opinion'}\n发文机关: {UNIT}办公室\n事由: 对县人民政府养老服务工作情况报告的审议\n"
        "主送机关: 县人民政府\n导语: [县人大常委会第二十五次会议听取和审议了县人民政府关于养老服务工作情况的报告。]\n"
        "重点任务: [{标题: 盘活养老设施, 内容: 推行公建民营。}]\n成文日期: 2025年11月5日\n",
        encoding="utf-8",
    )
    result = _draft_text(facts)
    assert "情况的报告。现将审议意见交办如下：" in result.output
    # Without a 导语 the built-in's sentence from 目的 and 依据 stays.
    facts.write_text(
        facts.read_text(encoding="utf-8").replace("导语:", "目的: 推进养老服务\n导语原文:"), encoding="utf-8"
    )
    text = facts.read_text(encoding="utf-8")
    facts.write_text("\n".join(line for line in text.splitlines() if not line.startswith("导语原文")), encoding="utf-8")
    result = _draft_text(facts)
    assert "为推进养老服务，结合实际，提出如下意见。" in result.output


def test_the_office_s_review_opinions_are_signed_by_the_office(tmp_path: Path) -> None:
    # Every 审议意见 is signed by the office under the office's 红头, but the committee signs its notices: the
    # office held 4 of 7 signatures, under the bar, and the 意见 starter asked 发文机关: 〔示例〕苇川县人大常委会办公室.
    folder = _office_archive(tmp_path)
    (folder / "审议意见3.txt").unlink()  # two of them, too few for a custom of the genre's own
    out = _mine(tmp_path, folder)
    fields = _manifest(out, "opinion")["fields"]
    assert isinstance(fields, dict)
    assert fields["发文机关"].get("default") in (f"{UNIT}办公室", [f"{UNIT}办公室"])


def test_a_minutes_head_with_its_issuer_and_date_on_one_line_is_not_part_of_the_title(tmp_path: Path) -> None:
    from docx import Document

    import drafter

    document = Document()
    for text in (
        f"{UNIT}主任会议纪要",
        "第2期",
        f"{UNIT}办公室　　　　　　　2025年4月9日",
        "县人大常委会第十六次主任会议纪要",
        "2025年4月8日上午，县人大常委会主任在机关会议室主持召开第十六次主任会议。现将会议议定事项纪要如下：",
        "一、研究代表建议交办工作",
        "会议同意将代表建议分送县人民政府有关部门办理，由代表工作委员会跟踪督办。",
        "二、研究常委会会议有关事项",
        "会议同意于4月下旬召开常委会会议，审议县人民政府关于优化营商环境工作情况的报告。",
        "出席：主任　副主任　秘书长",
    ):
        document.add_paragraph(text)
    path = tmp_path / "纪要.docx"
    document.save(str(path))
    parsed, _ = drafter.parse([path])
    (found,) = parsed[0].documents
    assert found.title == "县人大常委会第十六次主任会议纪要"


def test_the_report_says_where_the_committee_s_decisions_went(tmp_path: Path) -> None:
    # The 决定 count under no template now: the report's 其他 named only the letters its titles sent elsewhere,
    # and a clerk who filed four 决定 found them nowhere.
    import json

    folder = tmp_path / "档案"
    folder.mkdir()
    for index, (title, body) in enumerate(NOTICES, 1):
        (folder / f"通知{index}.txt").write_text(_notice(index, title, body), encoding="utf-8")
    for index, (title, body) in enumerate(DECISIONS, 1):
        (folder / f"决定{index}.txt").write_text(_decision(index, title, body), encoding="utf-8")
    out = _mine(tmp_path, folder)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    (other,) = [g for g in report["genres"] if g["genre"] == "other"]
    assert "决定 4 篇" in other["template_note"]


def _summary(year: int, works: str, deputies: str, lack: str, plan: str) -> str:
    return (
        f"{UNIT}{year}年工作总结\n{year}年，常委会依法履职。现将全年工作总结如下：\n"
        f"一、主要工作\n（一）依法开展监督。{works}\n（二）服务代表履职。{deputies}\n"
        f"二、存在的不足\n{lack}\n三、{year + 1}年工作打算\n{plan}\n"
        f"{UNIT}\n{year}年12月2{year % 10}日\n"
    )


def _check_report(law: str, done: str, problems: str, advice: str, date: str) -> str:
    return (
        f"县人大常委会执法检查组关于检查《中华人民共和国{law}》实施情况的报告\n县人大常委会：\n"
        f"检查组对{law}的实施情况进行了检查。现将检查情况报告如下：\n"
        f"一、法律实施的基本情况\n{done}\n二、存在的主要问题\n{problems}\n"
        f"三、意见和建议\n{advice}\n以上报告，请审议。\n{UNIT}执法检查组\n{date}\n"
    )


def test_a_heading_only_the_check_reports_write_does_not_head_the_summaries(tmp_path: Path) -> None:
    # Two yearly summaries and two 执法检查报告 (labelled summaries, titled 报告): the reports' 法律实施的基本情况
    # became the 基本情况 heading of every drafted summary, though no summary of the unit writes one.
    folder = tmp_path / "档案"
    folder.mkdir()
    summaries = [
        (
            2024,
            "全年听取和审议专项工作报告8个。",
            "组织代表进站接待选民一千余人次。",
            "监督刚性有待增强，跟踪问效不够。",
            "突出预算审查监督，推进预算联网监督平台建设。",
        ),
        (
            2025,
            "开展执法检查两次，交办审议意见9件。",
            "五件重点督办建议全部办结。",
            "调查研究不够深入，部分审议意见落实跟踪不及时。",
            "探索开展专题询问，提高监督实效。",
        ),
    ]
    for index, summary in enumerate(summaries, 1):
        (folder / f"总结{index}.txt").write_text(_summary(*summary), encoding="utf-8")
    reports = [
        (
            "水法",
            "县人民政府建立了河湖长制，水资源管理逐步规范。",
            "部分河段采砂监管不到位，农村污水直排现象仍有发生。",
            "建立水利、自然资源部门联合巡查机制，加快农村污水管网建设。",
            "2024年10月8日",
        ),
        (
            "道路交通安全法",
            "全县交通事故数量逐年下降，农村道路安全设施不断完善。",
            "农村面包车超员、无证驾驶摩托车现象时有发生。",
            "把劝导站建到村口，开展交通安全进校园活动。",
            "2025年9月16日",
        ),
    ]
    for index, report in enumerate(reports, 1):
        (folder / f"报告{index}.txt").write_text(_check_report(*report), encoding="utf-8")
    out = _mine(tmp_path, folder)
    titles = _manifest(out, "summary")["fields"]
    assert isinstance(titles, dict)
    headings = titles.get("章节标题", {}).get("default") or {}
    assert "法律实施的基本情况" not in headings.values()
    assert headings.get("存在问题") == "存在的不足"


def test_the_committee_s_review_opinions_are_titled_as_it_titles_them(tmp_path: Path) -> None:
    # Its 意见 are all 审议意见: the built-in's 文种名 offers 意见, 实施意见, 指导意见 only, and a 事由 written as the
    # titles say drafted 关于对……报告的审议的意见 or ……的审议意见的意见.
    out = _mined(tmp_path, "审议意见", [_review(index, *review) for index, review in enumerate(REVIEWS, 1)])
    facts = tmp_path / "意见.yaml"
    facts.write_text(
        f"模板: {out / 'opinion'}\n发文机关: {UNIT}办公室\n事由: 对县人民政府养老服务工作情况报告\n主送机关: 县人民政府\n"
        "重点任务: [{标题: 盘活养老设施, 内容: 推行公建民营。}]\n成文日期: 2025年11月5日\n",
        encoding="utf-8",
    )
    result = _draft_text(facts)
    assert "关于对县人民政府养老服务工作情况报告的审议意见\n" in result.output


def test_the_committee_s_review_opinions_head_their_items_at_the_first_level(tmp_path: Path) -> None:
    # Each 审议意见 is its items, 一、加快管网改造 …, under no heading of a section: the drafted one put them
    # under 一、重点任务 as （一）……, a heading the unit never writes.
    out = _mined(tmp_path, "审议意见", [_review(index, *review) for index, review in enumerate(REVIEWS, 1)])
    facts = tmp_path / "意见.yaml"
    facts.write_text(
        f"模板: {out / 'opinion'}\n发文机关: {UNIT}办公室\n事由: 对县人民政府养老服务工作情况报告\n主送机关: 县人民政府\n"
        "重点任务: [{标题: 盘活养老设施, 内容: 推行公建民营。}, {标题: 稳定护理队伍, 内容: 落实培训补贴。}]\n"
        "成文日期: 2025年11月5日\n",
        encoding="utf-8",
    )
    result = _draft_text(facts)
    assert "一、盘活养老设施" in result.output and "重点任务" not in result.output


def test_the_parts_of_a_built_in_record_sample_kept_in_a_mined_starter_are_marked(tmp_path: Path) -> None:
    # The meeting notice's 回执 sample kept the built-in's 截止日期 unmarked beside a 〔请填写〕 报送方式: a clerk
    # who filled in only where to send it drafted another unit's deadline without a word.
    out = _mined(tmp_path, "会议通知", [_meeting_notice(index, *meeting) for index, meeting in enumerate(MEETINGS, 1)])
    fields = _manifest(out, "meeting_notice")["fields"]
    assert isinstance(fields, dict)
    receipt = fields["回执"]["example"]
    assert all(str(value).startswith(("〔示例〕", "〔请填写")) for value in receipt.values())


def test_a_request_starter_does_not_offer_the_unit_itself_as_its_addressee(tmp_path: Path) -> None:
    # The committee's 执法检查组 reports to 县人大常委会, the committee itself: as the unit's usual upward
    # addressee it became the sample of the committee's own 请示 (〔示例〕县人大常委会, asking itself).
    folder = _office_archive(tmp_path)
    reports = [
        (
            "水法",
            "河湖长制全面建立。",
            "部分河段采砂监管不到位，农村污水直排时有发生。",
            "建立联合巡查机制。",
            "2024年10月8日",
        ),
        (
            "道路交通安全法",
            "交通事故数量逐年下降。",
            "农村面包车超员、无证驾驶摩托车现象较多。",
            "把劝导站建到村口。",
            "2025年9月16日",
        ),
        (
            "森林法",
            "林长制落实到村。",
            "林区用火管理存在薄弱环节，护林员年龄偏大。",
            "充实专业扑火队伍。",
            "2025年4月2日",
        ),
    ]
    for index, report in enumerate(reports, 1):
        (folder / f"检查报告{index}.txt").write_text(_check_report(*report), encoding="utf-8")
    out = _mine(tmp_path, folder)
    result = CliRunner().invoke(main, ["new", "--template", str(out / "request"), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "主送机关: 〔示例〕县人大常委会" not in result.output
