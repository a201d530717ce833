"""A city's culture and tourism bureau's archive as its office keeps it: notices and 活动方案 under one 红头
(岚文旅发〔年〕N号), titled with the bureau's name before 关于, one letter numbered in the bureau's letter series
(岚文旅函〔年〕N号), all signed by the bureau with the same 抄送 and 印发 lines.

The documents are written for these tests: a fictional 岚川市文化广电和旅游局 and its office.
"""

from collections.abc import Iterator
from pathlib import Path

from click.testing import CliRunner
from walkhelpers import mined_starter, write_archive

from drafter.cli import main
from drafter.mining.mine import mine

UNIT = "岚川市文化广电和旅游局"
TAIL = (
    f"\n{UNIT}\n{{year}}年{{month}}月{{day}}日\n\n"
    f"抄送：市委宣传部，市人民政府办公室。\n{UNIT}办公室　　{{year}}年{{month}}月{{day}}日印发\n"
)


def _head(series: str, year: int, number: int) -> str:
    return f"{UNIT}文件\n\n岚文旅{series}〔{year}〕{number}号\n\n"


NOTICES = [
    (
        "关于做好暑期文化和旅游市场秩序整治工作的通知",
        "各区县文化广电和旅游局，各A级旅游景区：\n暑期是旅游旺季，为维护良好的市场秩序，现将有关事项通知如下：\n"
        "一、加强市场巡查\n各区县要加大对景区周边的巡查频次。\n二、畅通投诉渠道\n各景区要公布投诉电话，及时回应游客诉求。\n"
        "特此通知。",
    ),
    (
        "关于开展公共图书馆服务效能评估的通知",
        "各区县文化广电和旅游局：\n为提升公共文化服务水平，市局决定开展图书馆服务效能评估。现将有关事项通知如下：\n"
        "一、评估对象\n全市各级公共图书馆。\n二、评估方式\n采取自评与实地抽查相结合的方式。\n特此通知。",
    ),
    (
        "关于做好冬季景区防火工作的通知",
        "各区县文化广电和旅游局，各A级旅游景区：\n冬季天干物燥，景区火灾风险上升，现将有关事项通知如下：\n"
        "一、落实防火责任\n各景区要明确防火责任人，加强林区巡护。\n二、加强宣传提示\n在入口处设置防火提示牌。\n"
        "特此通知。",
    ),
]

PLANS = [
    (
        "2025年“山歌会”群众文化活动方案",
        "各区县文化广电和旅游局：\n为丰富群众精神文化生活，结合我市实际，制定本方案。\n"
        "一、活动主题\n山歌唱响新时代\n二、活动时间\n2025年5月至9月。\n三、活动内容\n"
        "（一）山歌擂台赛。各区县选拔优秀歌手参赛。\n（二）山歌进社区。组织歌手到社区演出。\n"
        "四、工作要求\n（一）精心组织。各区县要落实场地和经费。\n（二）确保安全。做好演出现场秩序维护。",
    ),
    (
        "岚川市乡村旅游季活动方案",
        "各区县文化广电和旅游局，各A级旅游景区：\n为推动乡村旅游发展，结合我市实际，制定本方案。\n"
        "一、活动主题\n乡村好风光\n二、活动时间\n2024年9月1日至11月30日。\n三、活动内容\n"
        "（一）乡村美食节。评选特色农家菜。\n（二）采摘体验游。推出果园采摘线路。\n"
        "四、工作要求\n（一）加强宣传。利用新媒体推介活动。\n（二）规范服务。督促农家乐明码标价。",
    ),
    (
        "2024年博物馆之夜活动方案",
        "各区县文化广电和旅游局：\n为让文物活起来，结合我市实际，制定本方案。\n"
        "一、活动主题\n夜游博物馆\n二、活动时间\n2024年5月18日至5月20日。\n三、活动内容\n"
        "（一）夜间开放。市博物馆延时开放至晚九时。\n（二）文物讲解。安排志愿者现场讲解。\n"
        "四、工作要求\n（一）做好预约。实行分时段预约参观。\n（二）保障安全。加强展厅安保巡查。",
    ),
]

LETTER = (
    "关于商请支持开展文旅志愿服务的函",
    "团市委：\n为提升景区服务水平，我局拟在节假日期间招募文旅志愿者。现商请贵单位协助发动青年志愿者参与。\n"
    "请予支持为盼。",
)


def _files() -> Iterator[tuple[str, str]]:
    """The archive's files, by name: the unit's documents as its clerk keeps them."""
    for index, (title, body) in enumerate(NOTICES):
        year, month = 2024 + index % 2, 3 + index * 2
        text = _head("发", year, 10 + index) + f"{UNIT}\n{title}\n\n{body}\n" + TAIL
        yield f"通知{index}.txt", text.format(year=year, month=month, day=12)
    for index, (title, body) in enumerate(PLANS):
        year, month = 2024 + index % 2, 4 + index * 2
        text = _head("发", year, 20 + index) + f"{title}\n\n{body}\n" + TAIL
        yield f"方案{index}.txt", text.format(year=year, month=month, day=8)
    title, body = LETTER
    text = _head("函", 2025, 4) + f"{UNIT}\n{title}\n\n{body}\n" + TAIL
    yield "函.txt", text.format(year=2025, month=6, day=3)


def _archive(tmp_path: Path) -> Path:
    return write_archive(tmp_path / "archive", _files())


def test_a_notice_starters_matter_comes_from_titles_opening_with_the_unit(tmp_path: Path) -> None:
    # The bureau's notices are titled 岚川市文化广电和旅游局关于……的通知 (its name before 关于, as the mined
    # template titles its drafts); the starter offered the built-in's 〔示例〕做好2025年春季学期中小学校园安全工作.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    notice = mined_starter(out, "notice")
    line = notice.split("\n事由:", 1)[1].split("\n", 1)[0]
    assert line == " 〔示例〕做好暑期文化和旅游市场秩序整治工作", line


def test_a_head_only_letter_numbers_in_the_units_letter_series(tmp_path: Path) -> None:
    # The bureau's one letter is numbered 岚文旅函〔2025〕4号 (offices number letters in a series of their own);
    # too few letters for a template of the genre, the head-only letter took the notices' 岚文旅发〔{年}〕{号}号
    # and a drafted letter was numbered as a notice.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    manifest = (out / "letter" / "manifest.yaml").read_text(encoding="utf-8")
    assert "default: 岚文旅函〔{年}〕{号}号" in manifest
    letter = tmp_path / "函.yaml"
    letter.write_text(
        f"模板: {out / 'letter'}\n事由: 商请支持\n主送机关: 市体育局\n正文:\n- 现商请贵局支持。\n"
        "成文日期: 2026-03-02\n文号序号: 9\n",
        encoding="utf-8",
    )
    drafted = CliRunner().invoke(main, ["draft", str(letter), "-o", "-", "-f", "txt"])
    assert drafted.exit_code == 0, drafted.output
    assert "岚文旅函〔2026〕9号" in drafted.stdout
    # The notices, which have a template of their own, keep theirs.
    notice = (out / "notice" / "manifest.yaml").read_text(encoding="utf-8")
    assert "default: 岚文旅发〔{年}〕{号}号" in notice


def test_a_plans_time_section_keeps_the_units_heading(tmp_path: Path) -> None:
    # The bureau's 活动方案 all head their second part 活动时间 (three source groups). The parse types it as the
    # plan's steps, but the word 时间 also names a meeting's time, and the heading was passed over: the draft
    # read 二、实施步骤 over a date range the unit heads 活动时间.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    manifest = (out / "plan" / "manifest.yaml").read_text(encoding="utf-8")
    assert "实施步骤: 活动时间" in manifest
    plan = tmp_path / "方案.yaml"
    plan.write_text(
        f"模板: {out / 'plan'}\n事项: 非遗展演\n方案名称: 活动方案\n目的: 弘扬传统文化\n依据: 年度工作要点\n"
        "主要任务:\n- 标题: 举办展演\n  内容: 在景区举办展演。\n实施步骤:\n- 2026年6月至8月。\n"
        "保障措施:\n- 标题: 加强领导\n  内容: 明确责任。\n成文日期: 2026-05-06\n",
        encoding="utf-8",
    )
    drafted = CliRunner().invoke(main, ["draft", str(plan), "-o", "-", "-f", "txt"])
    assert drafted.exit_code == 0, drafted.output
    assert "二、活动时间" in drafted.stdout and "实施步骤" not in drafted.stdout, drafted.stdout


# Notices of other bureaus saved from a 范文 site into the same folder: their own addressees and 署名.
SAVED = [
    "关于做好清明节期间景区安全工作的通知\n各乡镇，各景区：\n清明节将至，为确保景区安全，现将有关事项通知如下：\n"
    "一、加强巡查\n重点巡查林区和水域。\n特此通知。\n某县文化和旅游局\n2024年3月28日\n",
    "关于开展旅游厕所卫生检查的通知\n各乡镇，各景区：\n为改善游客如厕环境，决定开展一次卫生检查。\n"
    "一、检查时间\n本月下旬。\n特此通知。\n某区文化旅游体育局\n2024年10月9日\n",
]


def test_a_head_only_bulletins_addressee_leaves_other_units_samples_out(tmp_path: Path) -> None:
    # The bureau sends its notices to 各区县文化广电和旅游局，各A级旅游景区 (2 of its 3); two saved 范文 of other
    # bureaus, addressed 各乡镇，各景区, tied with it, and its 通报 starter (no 通报 in the archive) offered the
    # built-in's 〔示例〕各乡镇中心学校，县直各学校、幼儿园, a school district's.
    folder = _archive(tmp_path)
    for index, text in enumerate(SAVED, 1):
        (folder / f"范文{index}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    mine([folder], out)
    bulletin = mined_starter(out, "bulletin")
    assert "主送机关: 〔示例〕各区县文化广电和旅游局，各A级旅游景区\n" in bulletin


def test_a_usual_addressee_is_the_leading_offices_most_documents_name(tmp_path: Path) -> None:
    # The bureau sends to 各区县文化广电和旅游局，各A级旅游景区 and adds whom the matter concerns (各星级饭店,
    # 市旅游协会): two and two documents wrote each whole line, the tie gave no sample, and the 通报 starter
    # offered a school district's addressee. Five of its six notices open their addressee with the same two.
    folder = _archive(tmp_path)
    for index, extra in enumerate(("各星级饭店", "各星级饭店", "市旅游协会")):
        title = ("关于做好节日期间消防安全工作的通知", "关于开展演出市场专项检查的通知", "关于做好旅游统计工作的通知")[
            index
        ]
        text = (
            _head("发", 2025, 40 + index)
            + f"{UNIT}\n{title}\n\n各区县文化广电和旅游局，各A级旅游景区，{extra}：\n"
            + f"为做好有关工作，现将有关事项通知如下：\n一、工作安排\n第{index + 1}项安排按计划推进。\n特此通知。\n"
            + TAIL
        )
        (folder / f"补充通知{index}.txt").write_text(text.format(year=2025, month=8, day=index + 2), encoding="utf-8")
    out = tmp_path / "out"
    mine([folder], out)
    bulletin = mined_starter(out, "bulletin")
    assert "主送机关: 〔示例〕各区县文化广电和旅游局，各A级旅游景区\n" in bulletin


MEETINGS = [
    ("全市文化和旅游工作会议", "各区县文化广电和旅游局，各A级旅游景区，市旅游协会", "市行政中心二楼会议室"),
    ("全市景区安全生产工作会议", "各区县文化广电和旅游局，各A级旅游景区，各星级饭店", "岚川宾馆一楼报告厅"),
    ("全市公共文化服务推进会", "各区县文化广电和旅游局，各A级旅游景区，市图书馆", "市文化馆小剧场"),
]


def test_a_meeting_notice_whose_addressees_differ_offers_the_units_usual_one(tmp_path: Path) -> None:
    # Each of the bureau's meeting notices adds one office to its usual two: no whole line recurs, and the
    # mined 会议通知 starter offered the built-in's 〔示例〕各乡镇中心学校，县直各学校、幼儿园 while its notices'
    # usual addressee was at hand.
    folder = _archive(tmp_path)
    for index, (meeting, addressee, place) in enumerate(MEETINGS):
        text = (
            _head("发", 2025, 50 + index)
            + f"{UNIT}\n关于召开{meeting}的通知\n\n{addressee}：\n经研究，决定召开{meeting}。现将有关事项通知如下：\n"
            + f"一、会议时间\n2025年{index + 2}月{index + 10}日上午9:00。\n二、会议地点\n{place}。\n"
            + "三、参会人员\n各单位分管负责同志。\n四、有关要求\n请准时参会。\n"
            + TAIL
        )
        (folder / f"会议通知{index}.txt").write_text(text.format(year=2025, month=index + 1, day=20), encoding="utf-8")
    out = tmp_path / "out"
    mine([folder], out)
    assert "学不出本单位的写法" not in (out / "meeting_notice" / "manifest.yaml").read_text(encoding="utf-8")
    meeting = mined_starter(out, "meeting_notice")
    assert "主送机关: 〔示例〕各区县文化广电和旅游局，各A级旅游景区\n" in meeting, meeting
    assert "这个文种的文档各写各的" in meeting and "这个文种的文档不够" not in meeting


def test_a_meeting_notice_offers_the_units_usual_contact(tmp_path: Path) -> None:
    # The bureau's office clerk is the contact its notices name (twice); its meeting notices name none, and the
    # mined 会议通知 starter offered the built-in's 〔示例〕林晓 at 0571-88001234, another unit's clerk.
    folder = _archive(tmp_path)
    for index, (meeting, addressee, place) in enumerate(MEETINGS):
        text = (
            _head("发", 2025, 50 + index)
            + f"{UNIT}\n关于召开{meeting}的通知\n\n{addressee}：\n经研究，决定召开{meeting}。现将有关事项通知如下：\n"
            + f"一、会议时间\n2025年{index + 2}月{index + 10}日上午9:00。\n二、会议地点\n{place}。\n"
            + "三、参会人员\n各单位分管负责同志。\n四、有关要求\n请准时参会。\n"
            + TAIL
        )
        (folder / f"会议通知{index}.txt").write_text(text.format(year=2025, month=index + 1, day=20), encoding="utf-8")
    for index in range(2):  # two of its notices, of two matters, name the office's clerk
        notice = folder / f"通知{index}.txt"
        text = notice.read_text(encoding="utf-8")
        notice.write_text(
            text.replace("特此通知。", "联系人：周启明，联系电话：0738-6612345。\n特此通知。"), encoding="utf-8"
        )
    out = tmp_path / "out"
    mine([folder], out)
    meeting = mined_starter(out, "meeting_notice")
    assert "姓名: 〔示例〕周启明" in meeting and "林晓" not in meeting, meeting


def test_a_fields_description_beside_the_units_usual_value_gives_no_other_units_sample(tmp_path: Path) -> None:
    # The notice starter's note read 接收单位，如“各中小学、幼儿园”（冒号自动加）；本单位常写“各区县……”: a school's
    # addressees beside the bureau's own, and a batch row leaving the field empty was refused with both.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    notice = mined_starter(out, "notice")
    note = next(line for line in notice.splitlines() if line.startswith("# 主送机关"))
    assert "本单位常写“各区县文化广电和旅游局，各A级旅游景区”" in note and "中小学" not in note, note


SUMMARIES = [
    (
        "2024年工作总结",
        "2024年，全局上下围绕年度目标，扎实推进文旅融合发展。现将有关情况总结如下：\n一、主要做法\n"
        "（一）抓项目建设。古镇保护利用项目完成投资三亿元。\n二、存在问题\n一是产品单一；二是人才不足。\n"
        "三、下步打算\n（一）办好旅游节庆活动。",
    ),
    (
        "2025年上半年工作总结",
        "今年以来，我局在市委、市政府领导下，统筹抓好文化惠民和市场监管。现将有关情况总结如下：\n"
        "一、主要做法\n（一）抓文化惠民。送戏下乡演出一百二十场。\n二、存在问题\n一是设施老旧；二是经费紧张。\n"
        "三、下步打算\n（一）推进景区提质扩容。",
    ),
    (
        "2023年工作总结",
        "2023年，我局认真落实全市工作部署，文旅市场加快恢复。现将有关情况总结如下：\n一、主要做法\n"
        "（一）抓市场复苏。接待游客同比增长三成。\n二、存在问题\n一是夜间消费不足；二是宣传合力不强。\n"
        "三、下步打算\n（一）打造夜游消费街区。",
    ),
]


def test_a_summary_starter_asks_for_the_opening_the_unit_writes_before_its_transition(tmp_path: Path) -> None:
    # The bureau's summaries each open with a sentence of their own before 现将有关情况总结如下：; the mined
    # starter left 导语 commented out, and a summary drafted from it began bare on the transition.
    folder = _archive(tmp_path)
    for index, (title, body) in enumerate(SUMMARIES):
        text = f"{UNIT}{title}\n\n{body}\n\n{UNIT}\n{2024 + index % 2}年{index + 1}月10日\n"
        (folder / f"总结{index}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    mine([folder], out)
    summary = mined_starter(out, "summary")
    assert "\n导语:\n- 〔请填写：开头一段" in summary, summary


def test_a_meeting_notice_is_titled_with_the_issuer_as_the_units_are(tmp_path: Path) -> None:
    # The bureau's meeting notices are all titled 岚川市文化广电和旅游局关于召开……的通知; its notices took the
    # issuer before 关于, the mined meeting notice drafted 关于召开……的通知 without it.
    folder = _archive(tmp_path)
    for index, (meeting, addressee, place) in enumerate(MEETINGS):
        text = (
            _head("发", 2025, 50 + index)
            + f"{UNIT}\n关于召开{meeting}的通知\n\n{addressee}：\n经研究，决定召开{meeting}。现将有关事项通知如下：\n"
            + f"一、会议时间\n2025年{index + 2}月{index + 10}日上午9:00。\n二、会议地点\n{place}。\n"
            + "三、参会人员\n各单位分管负责同志。\n四、有关要求\n请准时参会。\n"
            + TAIL
        )
        (folder / f"会议通知{index}.txt").write_text(text.format(year=2025, month=index + 1, day=20), encoding="utf-8")
    out = tmp_path / "out"
    mine([folder], out)
    facts = tmp_path / "会议通知.yaml"
    facts.write_text(
        f"模板: {out / 'meeting_notice'}\n会议名称: 全市文旅产业招商推介会\n主送机关: 各区县文化广电和旅游局\n"
        "会议时间: 2026-04-08 09:00\n会议地点: 市民中心\n参会人员: 各区县分管负责同志\n成文日期: 2026-03-30\n",
        encoding="utf-8",
    )
    drafted = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert drafted.exit_code == 0, drafted.output
    assert f"{UNIT}关于召开全市文旅产业招商推介会的通知" in drafted.stdout.replace("\n", ""), drafted.stdout


def test_a_meeting_notice_samples_a_place_of_the_units_own(tmp_path: Path) -> None:
    # Each of the bureau's meetings is held somewhere else; the mined starter offered the built-in's
    # 〔示例〕县教育局三楼会议室（青禾县文昌路18号）, another unit's hall on another town's street.
    folder = _archive(tmp_path)
    for index, (meeting, addressee, place) in enumerate(MEETINGS):
        text = (
            _head("发", 2025, 50 + index)
            + f"{UNIT}\n关于召开{meeting}的通知\n\n{addressee}：\n经研究，决定召开{meeting}。现将有关事项通知如下：\n"
            + f"一、会议时间\n2025年{index + 2}月{index + 10}日上午9:00。\n二、会议地点\n{place}。\n"
            + "三、参会人员\n各单位分管负责同志。\n四、有关要求\n请准时参会。\n"
            + TAIL
        )
        (folder / f"会议通知{index}.txt").write_text(text.format(year=2025, month=index + 1, day=20), encoding="utf-8")
    out = tmp_path / "out"
    mine([folder], out)
    meeting = mined_starter(out, "meeting_notice")
    places = [place for _, _, place in MEETINGS]
    line = next(line for line in meeting.splitlines() if line.startswith("会议地点:"))
    assert line.removeprefix("会议地点: 〔示例〕") in places and "青禾县" not in meeting, line
    note = next(line for line in meeting.splitlines() if line.startswith("# 会议地点"))
    assert "如本单位的一份文档写“" in note and "常写" not in note, note


def test_a_head_only_starter_asks_for_whom_and_what_instead_of_another_units_sample(tmp_path: Path) -> None:
    # The bureau has no 请示 and one 函: the head-only starters offered 主送机关: 〔示例〕县教育局 and
    # 事由: 〔示例〕增设青禾县第一中学科技创新实验室 (a school's request), and for the letter
    # 〔示例〕青禾县文化和旅游局, another culture bureau, as the office it writes to.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    asked = {"request": ("主送机关", "事由"), "letter": ("主送机关",)}
    for genre, names in asked.items():
        starter = mined_starter(out, genre)
        for name in names:
            line = next(line for line in starter.splitlines() if line.startswith(f"{name}:"))
            assert line.startswith(f"{name}: 〔请填写：") and "青禾" not in line and "县教育局" not in line, line
    # The letter's matter is sampled from the bureau's own letter, as before.
    assert "事由: 〔示例〕商请支持开展文旅志愿服务\n" in mined_starter(out, "letter")
