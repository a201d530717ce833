"""A small unit's archive as its clerk keeps it: a 村民委员会 whose 红头 is its name alone (no 文件, as GB/T 9704
§7.2.4 allows), over its notices to the villagers and its 请示 and 报告 to the township, the upward ones with a
simple 文号 (杉村〔年〕N号); its summaries are titled with the village's short name (杉塘村……工作总结), sent up
to the township and closing on no formula.

The documents are written for these tests: a fictional 杉塘村民委员会 of a fictional 青岚镇.
"""

from collections.abc import Iterator
from pathlib import Path

from click.testing import CliRunner
from walkhelpers import mined_starter, write_archive

from drafter.cli import main
from drafter.mining.constants import (
    read_archive,
    signed_elsewhere,
    unit_constants,
    unit_head_constants,
    unit_name,
    unit_samples,
    usual_addressee,
)
from drafter.mining.mine import mine
from drafter.mining.model import Line, ParsedDocument

UNIT = "杉塘村民委员会"
COPY = "抄送：青岚镇人民政府党政办公室。"


def _tail(month: int) -> str:
    return f"\n{UNIT}\n2025年{month}月8日\n\n{COPY}\n{UNIT}　　　　2025年{month}月8日印发\n"


NOTICES = [
    (
        "关于秋收期间禁止焚烧秸秆的通知",
        "全体村民：\n为保护空气质量，防止引发火灾，根据镇里统一安排，现将有关事项通知如下：\n"
        "一、禁烧范围\n全村耕地、田埂和房前屋后。\n二、处理办法\n秸秆可交村合作社统一打捆回收。\n特此通知。",
    ),
    (
        "关于组织村民参加免费健康体检的通知",
        "各村民小组：\n为方便村民及早发现疾病，根据镇卫生院安排，现将有关事项通知如下：\n"
        "一、体检对象\n全村六十五周岁以上老人。\n二、体检地点\n村卫生室。\n特此通知。",
    ),
    (
        "关于开展冬季用电安全检查的通知",
        "各村民小组：\n为防止冬季取暖引发用电事故，经村两委研究，现将有关事项通知如下：\n"
        "一、检查内容\n私拉乱接电线、大功率取暖器具。\n二、检查时间\n十二月上旬。\n特此通知。",
    ),
]

UPWARD = [
    (
        "杉村〔2025〕4号",
        "关于申请修缮村文化礼堂的请示",
        "青岚镇人民政府：\n村文化礼堂建成已二十余年，屋顶多处漏雨。经村民代表会议讨论，拟于明年春季修缮，"
        "恳请镇政府给予资金补助。\n妥否，请批示。",
    ),
    (
        "杉村〔2025〕7号",
        "关于上半年人居环境整治情况的报告",
        "青岚镇人民政府：\n现将我村上半年人居环境整治情况报告如下：\n一、主要做法\n清理沟渠四公里，拆除旱厕十一座。\n"
        "二、下步打算\n继续推进垃圾分类。\n特此报告。",
    ),
]

SUMMARIES = [
    (
        "杉塘村2024年度工作总结",
        "青岚镇人民政府：\n2024年，我村在镇党委、镇政府的领导下，各项工作有序开展。现将有关情况总结如下：\n"
        "一、主要工作\n完成村道硬化二公里，新建便民桥一座。\n二、存在问题\n集体经济收入偏少。\n"
        "三、明年打算\n发展特色种植。",
    ),
    (
        "杉塘村2025年上半年工作总结",
        "青岚镇人民政府：\n今年上半年，我村在镇党委、镇政府的领导下，围绕年初目标扎实工作。现将有关情况总结如下：\n"
        "一、主要工作\n引进茶叶加工作坊一家，带动就业二十人。\n二、存在问题\n年轻劳动力外出较多。\n"
        "三、下半年打算\n办好茶叶采摘节。",
    ),
    (
        "杉塘村2023年度工作总结",
        "青岚镇人民政府：\n2023年，我村在镇党委、镇政府的领导下，较好完成了全年任务。现将有关情况总结如下：\n"
        "一、主要工作\n完成危房改造九户，调解矛盾纠纷十三起。\n二、存在问题\n村级道路养护不到位。\n"
        "三、明年打算\n争取村道拓宽项目。",
    ),
]


def _files() -> Iterator[tuple[str, str]]:
    """The archive's files, by name: the unit's documents as its clerk keeps them."""
    for index, (title, body) in enumerate(NOTICES, 1):
        # The notices to the villagers carry the committee's name as 红头 and no 文号.
        text = f"{UNIT}\n{title}\n\n{body}\n" + _tail(index + 2)
        yield f"通知{index}.txt", text
    for index, (number, title, body) in enumerate(UPWARD, 1):
        text = f"{UNIT}\n\n{number}\n\n{title}\n\n{body}\n" + _tail(index + 6)
        yield f"上报{index}.txt", text
    for index, (title, body) in enumerate(SUMMARIES, 1):
        yield f"总结{index}.txt", f"{title}\n\n{body}\n" + _tail(index + 9)


def _archive(root: Path) -> Path:
    return write_archive(root / "村档案", _files())


def _document(head: list[str], body: str, signature: str = UNIT) -> ParsedDocument:
    """One document as the parse gives it, its head lines (红头, 文号) and title first: the split decides
    elsewhere where a document starts, and these tests are of what is read from its head."""
    texts = [*head, *body.splitlines(), signature, "2025年5月8日", COPY, f"{UNIT}　　　　2025年5月8日印发"]
    lines = tuple(Line(text, number) for number, text in enumerate(texts, 1))
    return ParsedDocument("档案.txt", 1, len(texts), "notice", head[-1], (), lines, title_count=len(head))


def test_a_red_head_of_the_units_name_alone_is_learnt() -> None:
    # The committee heads its documents 杉塘村民委员会 (no 文件, as GB/T 9704 §7.2.4 allows): mining took only
    # ……文件 for a 发文机关标志, so nothing of the unit's 红头 was learnt, the notice's starter offered
    # 青禾县教育局文件 and a genre the archive holds too few of got no template at all (ux11 walk: 请示, 报告
    # and 会议通知 '只有 2 篇文档…… 至少要 3 篇').
    documents = [_document([UNIT, number, title], body, UNIT) for number, title, body in UPWARD] + [
        _document([UNIT, title], body) for title, body in NOTICES
    ]
    found = {c.field: c.value for c in unit_head_constants(read_archive(documents))}
    assert found["发文机关标志"] == UNIT
    assert unit_constants(documents)[0].field == "发文机关标志"


def test_a_line_above_the_title_naming_another_office_is_no_red_head() -> None:
    # A notice forwarded under the township's name above the title, signed by the committee: not its 红头.
    documents = [_document(["青岚镇人民政府", title], body) for title, body in NOTICES]
    assert not any(c.field == "发文机关标志" for c in unit_constants(documents))


def test_a_summary_sent_up_keeps_its_customary_closing_which_the_clerk_can_drop(tmp_path: Path) -> None:
    # The village addresses its summaries to the township and closes none on 特此报告 (its one 报告 does). Every
    # summary template closes on a formula (issue 10): the customary one stays, and 结尾: 无 leaves it out.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    facts = tmp_path / "总结.yaml"
    body = (
        f"模板: {out / 'summary'}\n期间: 2026年上半年\n主要做法:\n- 标题: 抓好春耕生产\n  内容: 修复灌溉渠道三处。\n"
        "成文日期: 2026-07-02\n"
    )
    for extra, closes in (("", True), ("结尾: 无\n", False)):
        facts.write_text(body + extra, encoding="utf-8")
        drafted = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
        assert drafted.exit_code == 0, drafted.output
        assert "青岚镇人民政府：" in drafted.output and ("特此报告。" in drafted.output) is closes


def test_summaries_titled_with_the_units_short_name_keep_it(tmp_path: Path) -> None:
    # The village titles its summaries 杉塘村2025年上半年工作总结 (its 署名 杉塘村民委员会): the starter asked for
    # the built-in's 事项 〔示例〕教育教学 and the draft was titled 杉塘村民委员会2026年上半年工作总结.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    starter = mined_starter(out, "summary")
    assert "\n事项:" not in starter
    facts = tmp_path / "总结.yaml"
    facts.write_text(
        f"模板: {out / 'summary'}\n期间: 2026年上半年\n主要做法:\n- 标题: 抓好春耕生产\n  内容: 修复灌溉渠道三处。\n"
        "成文日期: 2026-07-02\n",
        encoding="utf-8",
    )
    drafted = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert drafted.exit_code == 0, drafted.output
    assert drafted.output.startswith("杉塘村2026年上半年工作总结\n")
    assert f"\n{UNIT}\n2026年7月2日" in drafted.output


def test_a_heading_naming_one_period_is_not_the_units_for_every_period(tmp_path: Path) -> None:
    # The village heads its plans 明年打算 in its yearly summaries and 下半年打算 in its half-year one: the
    # template took 明年打算 for the heading of every summary, and a half-year summary drafted from it looked
    # ahead to next year.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    facts = tmp_path / "总结.yaml"
    facts.write_text(
        f"模板: {out / 'summary'}\n期间: 2026年上半年\n主要做法:\n- 标题: 抓好春耕生产\n  内容: 修复灌溉渠道三处。\n"
        "下步打算:\n- 办好秋季农产品展销会。\n成文日期: 2026-07-02\n",
        encoding="utf-8",
    )
    drafted = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert drafted.exit_code == 0, drafted.output
    assert "明年打算" not in drafted.output and "办好秋季农产品展销会" in drafted.output


def test_other_units_saved_documents_leave_the_units_signature_its_own() -> None:
    # Two saved web pages of model documents, each signed by another village: the unit's 署名 fell under the
    # share of a default among all signed documents, and its head-only 请示 asked for 发文机关: 〔示例〕青禾县教育局.
    own = [_document([UNIT, number, title], body) for number, title, body in UPWARD]
    own += [_document([UNIT, title], body) for title, body in NOTICES]
    saved = [
        _document([title], body, signature=f"{village}村民委员会")
        for village in ("柳岸", "石门", "上坪", "枫林")
        for title, body in NOTICES[:2]
    ]
    found = {c.field: c.value for c in unit_head_constants(read_archive(own + saved))}
    assert found["署名"] == UNIT and found["发文机关标志"] == UNIT


def test_a_request_starters_addressee_is_where_the_unit_sends_its_summaries_and_requests() -> None:
    # The village's one 请示 and its summaries go up to 青岚镇人民政府; two saved 范文 of other villages go to
    # their own township. The head-only 请示 starter offered the built-in's 〔示例〕县教育局.
    number, title, body = UPWARD[0]
    own = [_document([UNIT, number, title], body)]
    own += [_document([title], body) for title, body in SUMMARIES[:2]]
    saved = [
        _document([title], body.replace("青岚镇", "白沙镇"), signature=f"{village}村民委员会")
        for village, (_, title, body) in zip(("柳岸", "石门"), UPWARD, strict=True)
    ]
    genres = [("request",), ("summary",), ("summary",), ("request",), ("report",)]
    found = usual_addressee(read_archive(own + saved), genres, "request", len)
    assert [c.value for c in found] == ["青岚镇人民政府"]


def test_a_head_only_starter_offers_the_units_doc_number_as_its_sample() -> None:
    # The village numbers only what it sends up (杉村〔2025〕4号, 7号): two documents, under the bar of a
    # default, and the head-only starters offered the built-in's 青教〔2025〕5号.
    own = [_document([UNIT, number, title], body) for number, title, body in UPWARD]
    own += [_document([UNIT, title], body) for title, body in NOTICES]
    found = {c.field: c.value for c in unit_samples(read_archive(own), len)}
    assert found["文号格式"] == "杉村〔{年}〕{号}号"


MORE_UPWARD = [
    (
        "关于申请增设村口路段太阳能路灯的请示",
        "青岚镇人民政府：\n村口至小学路段长约八百米，夜间无照明，学生和村民出行不便。拟安装太阳能路灯二十盏，"
        "恳请镇政府予以支持。\n妥否，请批示。",
    ),
    (
        "关于汛期地质灾害隐患排查情况的报告",
        "青岚镇人民政府：\n入汛以来，我村组织对后山滑坡点和沿河房屋进行了三轮排查。现将有关情况报告如下：\n"
        "发现隐患两处，已设置警示标志并落实专人监测。\n特此报告。",
    ),
    (
        "关于调整村民小组长人选的请示",
        "青岚镇人民政府：\n第三村民小组组长因病无法履职，经小组村民会议推选，拟由王建国同志接任。\n当否，请批复。",
    ),
]


def test_a_notice_starter_offers_the_units_red_head_its_notices_seldom_show(tmp_path: Path) -> None:
    # The village's 请示 and 报告 carry its 红头 and 文号; its notices, as they reach the miner, do not: the notice
    # starter offered the built-in's 〔示例〕青禾县教育局文件 and 青教〔2025〕5号 for the clerk to uncomment.
    folder = _archive(tmp_path)
    for index, (title, body) in enumerate(MORE_UPWARD, 1):
        text = f"{UNIT}\n杉村〔2025〕{10 + index}号\n{title}\n{body}\n" + _tail(index)
        (folder / f"上报{index + 2}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    mine([folder], out)
    starter = mined_starter(out, "notice")
    assert f"# - 〔示例〕{UNIT}\n" in starter and "# 发文字号: 〔示例〕杉村〔2025〕" in starter
    assert "# 发文机关标志: 〔示例〕青禾县教育局文件" not in starter


SPEECHES = [
    (
        "在杉塘村2025年村民代表会议上的讲话",
        "各位村民代表：\n今天我们开会，商量今年村里的几件大事。下面，我讲几点意见。\n"
        "一、看清形势，坚定信心\n去年全村完成了村道硬化。\n二、突出重点，办好实事\n今年重点抓好茶叶产业。\n"
        "大家要齐心协力，把杉塘建设得更好。谢谢大家！",
    ),
    (
        "在杉塘村重阳节敬老座谈会上的讲话",
        "各位老人、同志们：\n今天是重阳节，我代表村两委向各位老人致以节日问候。\n"
        "一、感谢老人们的贡献\n村里的变化离不开老一辈打下的基础。\n二、办好老年食堂\n让老人们吃上热饭菜。\n"
        "祝各位老人健康长寿！谢谢大家！",
    ),
    (
        "在杉塘村人居环境整治动员会上的讲话",
        "同志们：\n今天召开动员会，部署全村人居环境整治工作。\n"
        "一、统一思想，提高认识\n环境整治关系到每家每户。\n二、明确任务，落实责任\n各村民小组包干到户。\n"
        "希望大家行动起来。谢谢大家！",
    ),
]


def test_a_speech_starters_meeting_is_sampled_from_titles_naming_the_unit_by_its_short_name(tmp_path: Path) -> None:
    # The village's speeches are titled 在杉塘村……上的讲话: they carry no 署名 and name the village by its short
    # name, so none counted as the unit's own and the starter offered the built-in's 全县2025年教育工作会议.
    folder = _archive(tmp_path)
    for index, (title, body) in enumerate(SPEECHES, 1):
        (folder / f"讲话{index}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    out = tmp_path / "out"
    mine([folder], out)
    starter = mined_starter(out, "speech")
    assert "会议名称: 〔示例〕杉塘村" in starter and "教育工作会议" not in starter


def test_a_summarys_problems_have_no_lead_in_the_unit_never_writes(tmp_path: Path) -> None:
    # The village lists its problems straight under 存在问题; the drafts read 在肯定成绩的同时，我们也清醒地看到，
    # 工作中还存在一些不足：一是……, the built-in's sentence.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    facts = tmp_path / "总结.yaml"
    facts.write_text(
        f"模板: {out / 'summary'}\n期间: 2026年上半年\n主要做法:\n- 标题: 抓好春耕生产\n  内容: 修复灌溉渠道三处。\n"
        "存在问题:\n- 村集体收入来源单一\n- 留守老人照料压力大\n成文日期: 2026-07-02\n",
        encoding="utf-8",
    )
    drafted = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert drafted.exit_code == 0, drafted.output
    assert "\u3000\u3000一是村集体收入来源单一；二是留守老人照料压力大。\n" in drafted.output
    assert "清醒地看到" not in drafted.output


def test_the_units_party_branch_signing_beside_it_is_no_other_unit() -> None:
    # The village's 党支部 signs its own notices (中共杉塘村支部委员会): they were taken for another unit's saved
    # 范文 and left out of the unit's habits (the ux11 walk's 党员大会 notice, and with it the meeting place
    # both of the committee's meeting notices name).
    own = [_document([UNIT, title], body) for title, body in NOTICES]
    branch = [_document([title], body, signature="中共杉塘村支部委员会") for title, body in NOTICES[:1]]
    saved = [_document([title], body, signature="柳岸村民委员会") for title, body in NOTICES[1:2]]
    documents = own + branch + saved
    assert signed_elsewhere(documents, unit_name(documents)) == {4}


def test_a_head_only_meeting_notice_offers_what_the_units_few_meeting_notices_share(tmp_path: Path) -> None:
    # Two meeting notices, both held in the village's 村委会二楼会议室: too few for a template of their own, the
    # head-only one offered the built-in's 〔示例〕县教育局三楼会议室（青禾县文昌路18号）.
    folder = _archive(tmp_path)
    for index, (title, body) in enumerate(MORE_UPWARD, 1):
        text = f"{UNIT}\n杉村〔2025〕{10 + index}号\n{title}\n{body}\n" + _tail(index)
        (folder / f"上报{index + 2}.txt").write_text(text, encoding="utf-8")
    for index, meeting in enumerate(("2025年第一次村民代表会议", "全体党员大会"), 1):
        text = (
            f"{UNIT}\n关于召开{meeting}的通知\n各村民小组：\n经村两委研究，决定召开{meeting}。现将有关事项通知如下：\n"
            f"一、会议时间\n2025年{index + 3}月10日上午9:00。\n二、会议地点\n村委会二楼会议室。\n"
            f"三、参会人员\n{'全体村民代表' if index == 1 else '全体党员'}。\n特此通知。\n" + _tail(index + 3)
        )
        (folder / f"会议通知{index}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["mine", str(folder), "-o", str(out)])
    assert "模板：会议通知（这个文种的材料不够" in result.output, result.output
    starter = mined_starter(out, "meeting_notice")
    assert "会议地点: 〔示例〕村委会二楼会议室" in starter and "县教育局" not in starter.split("会议地点")[1][:40]


def test_a_serial_number_without_the_units_number_pattern_says_to_write_the_whole_number(tmp_path: Path) -> None:
    # A template without the unit's 文号格式 (the built-in's, or a head-only one of a unit numbering too few
    # documents) has no 文号序号: the clerk following the README was told only 是否想写“发文字号”？
    facts = tmp_path / "请示.yaml"
    facts.write_text(
        "文种: 请示\n发文机关: 杉塘村民委员会\n事由: 申请修缮村文化礼堂\n主送机关: 青岚镇人民政府\n"
        "缘由:\n- 礼堂屋顶漏雨。\n请示事项:\n- 恳请给予资金补助。\n成文日期: 2026-02-10\n文号序号: 4\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code != 0
    assert "请示.yaml:10:1: 文号序号: 不认识这个键" in result.output
    assert "没有本单位的“文号格式”" in result.output and "请写完整的“发文字号”" in result.output


def test_a_speaker_signing_once_with_the_post_and_once_by_name_is_the_usual_speaker(tmp_path: Path) -> None:
    # The village head signs one speech 村党支部书记、村委会主任　郑秋生 and another 郑秋生 above its date: no
    # byline was written twice and the speech starter offered the built-in's 〔示例〕县人民政府副县长　李明.
    folder = _archive(tmp_path)
    bylines = ["村党支部书记、村委会主任　郑秋生", "郑秋生", "村委会副主任　林小梅"]
    for index, ((title, body), byline) in enumerate(zip(SPEECHES, bylines, strict=True), 1):
        text = f"{title}\n{byline}\n（2025年{index + 2}月6日）\n\n{body}\n"
        (folder / f"讲话{index}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    mine([folder], out)
    starter = mined_starter(out, "speech")
    assert "讲话人: 〔示例〕村党支部书记、村委会主任　郑秋生" in starter, starter
