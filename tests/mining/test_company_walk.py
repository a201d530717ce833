"""A city-owned company's archive as its 综合办公室 keeps it: notices and reports to the 国资委 under one 红头
(X水司〔年〕N号), signed by the company, with the same 抄送 line and 印发 line; its yearly summaries; and
model documents of other companies saved from the web beside them. It holds no 请示 and no 函.

The documents are written for these tests: a fictional 澄川市供水集团有限公司, its 董事长 and its office.
"""

from collections.abc import Iterator
from pathlib import Path

import yaml
from click.testing import CliRunner
from walkhelpers import mine_cli, mined_starter, write_archive

from drafter.cli import main
from drafter.mining.mine import mine

UNIT = "澄川市供水集团有限公司"
HEAD = f"{UNIT}文件\n\n澄水司〔{{year}}〕{{number}}号{{signer}}\n\n"
TAIL = (
    f"\n{UNIT}\n{{year}}年{{month}}月{{day}}日\n\n"
    f"抄送：市国资委，集团公司领导班子成员。\n{UNIT}综合办公室　　{{year}}年{{month}}月{{day}}日印发\n"
)

NOTICES = [
    (
        "关于做好国庆节期间供水保障工作的通知",
        "各分（子）公司，集团公司各部室：\n为确保节日期间供水安全，经集团公司研究，现将有关事项通知如下：\n"
        "一、值班安排\n实行领导带班、抢修队伍全员待命。\n二、工作要求\n值班人员不得脱岗，遇有爆管及时处置。\n"
        "请各单位高度重视，认真抓好落实。\n特此通知。",
    ),
    (
        "关于开展水厂危化品专项检查的通知",
        "各分（子）公司，集团公司各部室：\n为防范危化品安全风险，经集团公司研究，决定开展专项检查。现将有关事项通知如下：\n"
        "一、检查范围\n各水厂加氯间、药剂仓库。\n二、工作要求\n检查结果于月底前报安全环保部。\n"
        "请各单位高度重视，认真抓好落实。\n特此通知。",
    ),
    (
        "关于印发《澄川市供水集团有限公司车辆管理办法》的通知",
        "各分（子）公司，集团公司各部室：\n《澄川市供水集团有限公司车辆管理办法》已经总经理办公会议审议通过，"
        "现印发给你们，请认真遵照执行。",
    ),
]

REPORTS = [
    (
        "关于上半年安全生产工作情况的报告",
        "市国资委：\n根据工作安排，现将我公司上半年安全生产工作情况报告如下：\n一、主要工作\n"
        "排查整治隐患九十余项，组织应急演练六场次。\n二、下步工作\n抓好汛期供水设施安全。\n特此报告。",
    ),
    (
        "关于年度经营目标完成情况的报告",
        "市国资委：\n现将我公司年度经营目标完成情况报告如下：\n一、主要工作\n"
        "全年售水量同比增长百分之三，管网漏损率有所下降。\n二、下步工作\n推进分区计量，继续降低漏损。\n特此报告。",
    ),
]

# Model documents of other companies, saved from the web into the same folder: no 红头, their own 署名.
SAVED = [
    "关于做好端午节期间值班工作的通知\n各部门：\n为确保节日期间运营平稳，现将有关事项通知如下：\n"
    "一、值班时间\n节日三天。\n特此通知。\n某公交集团有限公司\n2025年5月28日\n",
    "关于年度安全生产工作情况的报告\n市国资委：\n现将我公司年度安全生产工作情况报告如下：\n"
    "全年未发生安全事故。\n特此报告。\n某燃气有限公司\n2025年1月10日\n",
]


def _files() -> Iterator[tuple[str, str]]:
    """The archive's files, by name: the unit's documents as its clerk keeps them."""
    for index, (title, body) in enumerate(NOTICES, 1):
        head = HEAD.format(year=2025, number=index * 4, signer="")
        tail = TAIL.format(year=2025, month=index + 2, day=11)
        yield f"通知{index}.txt", head + title + "\n\n" + body + "\n" + tail
    for index, (title, body) in enumerate(REPORTS, 1):
        head = HEAD.format(year=2025, number=20 + index, signer="　　签发人：郁明川")
        tail = TAIL.format(year=2025, month=index + 6, day=3)
        yield f"报告{index}.txt", head + title + "\n\n" + body + "\n" + tail
    for index, text in enumerate(SAVED, 1):
        yield f"范文{index}.txt", text


def _archive(root: Path) -> Path:
    return write_archive(root / "档案", _files())


def test_a_genre_the_archive_holds_none_of_gets_the_units_red_head(tmp_path: Path) -> None:
    # The company's archive holds no 请示 and no 函: 'drafter new --template 挖掘结果/request' said there was
    # no such template and offered the built-in 请示, whose starter carries another unit's 发文机关 (青禾县教育局),
    # so the clerk typed the company's 红头, 文号, 署名 and 版记 by hand.
    out = tmp_path / "out"
    output = mine_cli(_archive(tmp_path), out)
    assert "模板：请示（这个文种的材料不够，只带本单位的红头、文号、署名和版记）" in output
    for genre in ("request", "letter"):
        starter = mined_starter(out, genre)
        assert f"# - {UNIT}文件" in starter and "澄水司〔{年}〕{号}号" in starter
        assert "这个文种的文档不够" in starter and "青禾县教育局" not in starter
    facts = tmp_path / "请示.yaml"
    facts.write_text(
        f"模板: {out / 'request'}\n事由: 调整居民生活用水价格\n主送机关: 市发展和改革委员会\n"
        "缘由:\n- 制水成本逐年上升。\n请示事项:\n- 恳请启动水价调整程序。\n"
        "成文日期: 2025-11-20\n印章: 是\n文号序号: 33\n",
        encoding="utf-8",
    )
    drafted = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert drafted.exit_code == 0, drafted.output
    # (a 提醒 says the 请示 under a 红头 wants its 签发人, which the template does not borrow)
    assert "提醒：" in drafted.output and "签发人" in drafted.output
    text = "".join(line for line in drafted.output.splitlines(keepends=True) if not line.startswith("提醒："))
    assert text.startswith(f"{UNIT}文件\n澄水司〔2025〕33号\n")
    assert f"\n{UNIT}\n2025年11月20日\n" in text
    assert f"{UNIT}综合办公室" in text and "抄送：市国资委，集团公司领导班子成员。" in text
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "这个文种的文档不够，按本单位各文种：写了这一项的" in report


def test_saved_model_documents_alone_make_no_template_of_an_absent_genre(tmp_path: Path) -> None:
    # Without a 红头 the unit writes on its documents there is nothing of the unit's to carry: a folder of
    # other units' samples gets no 请示 template.
    folder = tmp_path / "范文"
    folder.mkdir()
    for index, text in enumerate(SAVED * 2, 1):
        (folder / f"范文{index}.txt").write_text(text.replace("某", f"第{index}"), encoding="utf-8")
    out = tmp_path / "out"
    mine([folder], out)
    assert not (out / "request").exists() and not (out / "letter").exists()


def test_the_office_a_document_is_sent_to_is_not_copied_to_as_well(tmp_path: Path) -> None:
    # The company copies every document to 市国资委 and its leaders: a report drafted from the mined template
    # and sent up to 市国资委 printed 主送 市国资委 over a 版记 抄送：市国资委，集团公司领导班子成员。
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    facts = tmp_path / "报告.yaml"
    body = (
        f"模板: {out / 'report'}\n事由: 三季度安全生产工作情况\n主送机关: 市国资委\n"
        "正文:\n- 三季度未发生生产安全责任事故。\n成文日期: 2025-10-09\n印章: 是\n文号序号: 40\n"
    )
    facts.write_text(body, encoding="utf-8")
    drafted = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert drafted.exit_code == 0, drafted.output
    assert "抄送：集团公司领导班子成员。" in drafted.output
    assert "提醒：" in drafted.output and "市国资委是这份公文的主送机关，版记里不再抄送" in drafted.output
    # Written out by the clerk, the 主送机关 is left out too, and not said missing from the usual offices.
    facts.write_text(body + "抄送:\n- 市国资委\n- 市审计局、集团公司领导班子成员\n", encoding="utf-8")
    drafted = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert drafted.exit_code == 0, drafted.output
    assert "抄送：市审计局、集团公司领导班子成员。" in drafted.output
    assert "这里的抄送没有" not in drafted.output


def test_another_issuer_written_signs_and_heads_the_document(tmp_path: Path) -> None:
    # The company's 党委 issues some notices: the clerk drafting one from the company's mined template wrote
    # 发文机关: 中共……委员会, and the draft went out under the company's 红头, signed by the company.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    party = f"中共{UNIT}委员会"
    facts = tmp_path / "通知.yaml"
    body = (
        f"模板: {out / 'notice'}\n事由: 开展廉洁教育月活动\n主送机关: 各基层党支部\n"
        "正文:\n- 各党支部组织一次警示教育。\n成文日期: 2025-09-01\n印章: 是\n文号序号: 7\n"
    )
    facts.write_text(body + f"发文机关:\n- {party}\n", encoding="utf-8")
    drafted = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert drafted.exit_code == 0, drafted.output
    text = drafted.stdout
    assert text.startswith(f"{party}文件\n") and f"\n{party}\n2025年9月1日\n" in text
    assert f"\n{UNIT}\n2025年9月1日" not in text
    assert "署名和发文机关标志随之改用它" in drafted.stderr and "文号格式“澄水司〔{年}〕{号}号”" in drafted.stderr
    # The unit itself written out, or its 署名 and 标志 written too, change nothing and say nothing.
    for extra in (f"发文机关:\n- {UNIT}\n", f"发文机关:\n- {party}\n署名:\n- {UNIT}\n发文机关标志:\n- {UNIT}文件\n"):
        facts.write_text(body + extra, encoding="utf-8")
        drafted = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
        assert drafted.exit_code == 0, drafted.output
        assert drafted.stdout.startswith(f"{UNIT}文件\n") and f"\n{UNIT}\n2025年9月1日\n" in drafted.stdout
        assert "随之改用它" not in drafted.stderr


def test_a_joint_document_led_by_the_unit_keeps_its_number_and_says_its_red_head(tmp_path: Path) -> None:
    # Issued jointly, the unit first as the lead issuer (主办机关): the document takes the lead's 文号 and may
    # carry the lead's 标志 alone. A joint notice drew "发文字号按本单位的文号格式编排，这份公文的发文机关是……、
    # ……", as if another unit issued it, and its 红头 kept the unit's alone unsaid (ux18 walk).
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    partner = "澄水市总工会"
    facts = tmp_path / "通知.yaml"
    facts.write_text(
        f"模板: {out / 'notice'}\n事由: 开展职工技能比武活动\n主送机关: 各子公司\n"
        "正文:\n- 各子公司推荐选手参赛。\n成文日期: 2025-09-01\n印章: 是\n文号序号: 8\n"
        f"发文机关:\n- {UNIT}\n- {partner}\n",
        encoding="utf-8",
    )
    drafted = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert drafted.exit_code == 0, drafted.output
    assert "澄水司〔2025〕8号" in drafted.stdout
    assert "文号格式" not in drafted.stderr, drafted.stderr
    assert f"\n{UNIT}\n{partner}\n" in drafted.stdout or f"{partner}\n2025年9月1日" in drafted.stdout
    # both 标志 stacked (联合红头), the lead's first
    assert drafted.stdout.startswith(f"{UNIT}文件\n{partner}文件\n"), drafted.stdout[:80]
    # A unit whose 红头 is a short form of its name keeps it, as the standard allows the lead's alone: said.
    manifest = out / "notice" / "manifest.yaml"
    short = "澄川水务文件"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(f"- {UNIT}文件", f"- {short}"), encoding="utf-8")
    drafted = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert drafted.exit_code == 0, drafted.output
    assert drafted.stdout.startswith(f"{short}\n澄水司〔2025〕8号"), drafted.stdout[:80]
    assert f"发文机关标志仍是主办机关的“{short}”（联合行文可以只用主办机关的标志）" in drafted.stderr, drafted.stderr
    assert "文号格式" not in drafted.stderr, drafted.stderr


def test_a_genre_with_one_document_gets_the_units_red_head_as_one_with_none(tmp_path: Path) -> None:
    # The clerk's first 请示, put back into the archive, made the 请示 template disappear on the next mine
    # ('只有 1 篇文档'), while the archive holding none got one with the unit's 红头. A web sample of another
    # unit's 函 beside them does the same to the 函.
    archive = _archive(tmp_path)
    request = (
        HEAD.format(year=2025, number=36, signer="　　签发人：郁明川")
        + "关于更新城北加压泵站机组的请示\n\n市国资委：\n城北加压泵站机组已运行二十年，能耗高、故障多。\n"
        "恳请同意列入明年投资计划。\n妥否，请批示。\n" + TAIL.format(year=2025, month=10, day=20)
    )
    (archive / "请示.txt").write_text(request, encoding="utf-8")
    letter = "关于商请支持管网迁改的函\n市交通运输局：\n因道路拓宽需迁改管网，请予支持。\n特此函告。\n某燃气有限公司\n2025年6月3日\n"
    (archive / "范文函.txt").write_text(letter, encoding="utf-8")
    out = tmp_path / "out"
    output = mine_cli(archive, out)
    assert "模板：请示（这个文种的材料不够" in output and "模板：函（这个文种的材料不够" in output
    for genre in ("request", "letter"):
        starter = mined_starter(out, genre)
        assert f"# - {UNIT}文件" in starter and "这个文种的文档不够" in starter
    shown = CliRunner().invoke(main, ["templates", "show", str(out / "request")])
    assert "挖掘的材料里只有 1 篇（1 组来源）请示，学不出本单位的写法" in shown.output


def test_a_head_only_starter_offers_the_units_signer_as_its_sample(tmp_path: Path) -> None:
    # Both reports to the 国资委 are signed off by the 董事长: the 请示 starter (no 请示 in the archive)
    # offered the built-in's 〔示例〕王明远, another unit's head. Under the company's 红头 it is asked for, not
    # left commented out (ux18).
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    starter = mined_starter(out, "request")
    assert "\n签发人:\n- 〔示例〕郁明川" in starter and "王明远" not in starter


MEETINGS = [
    (
        "关于召开三季度经营分析会的通知",
        "为分析前三季度经营形势，研究四季度降本增效措施",
        "2025年10月9日（星期四）下午2:30",
        "财务部二楼小会议室",
        "各分（子）公司主要负责人、财务负责人",
    ),
    (
        "关于召开安全生产委员会全体会议的通知",
        "为部署汛期前的设施安全检查",
        "2025年4月3日（星期四）上午9:00",
        "城南水厂调度楼会议室",
        "安全生产委员会全体成员",
    ),
    (
        "关于召开年度工作会议的通知",
        "为回顾上年工作、部署本年目标任务",
        "2025年1月16日（星期四）上午9:00",
        "集团公司一楼报告厅",
        "集团公司领导班子成员、各部室负责人、职工代表",
    ),
]


def test_a_formula_the_unit_shares_with_the_built_in_is_not_called_customary(tmp_path: Path) -> None:
    # Every meeting notice of the company says 现将有关事项通知如下：, which the built-in writes as well: the
    # report listed it among the unit's formulae (three source groups) and, as the template's transition,
    # '（语料中没有足够多来源共用的写法，用公文惯例）'.
    archive = _archive(tmp_path)
    for index, (title, purpose, when, where, who) in enumerate(MEETINGS, 1):
        text = (
            HEAD.format(year=2025, number=50 + index, signer="")
            + f"{title}\n\n各分（子）公司，集团公司各部室：\n{purpose}，经集团公司研究，决定召开会议。现将有关事项通知如下：\n"
            f"一、会议时间\n{when}。\n二、会议地点\n{where}。\n三、参会人员\n{who}。\n"
            + TAIL.format(year=2025, month=index, day=5)
        )
        (archive / f"会议通知{index}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    mine([archive], out)
    report = (out / "report.html").read_text(encoding="utf-8")
    section = report.split("会议通知（3 篇）", 1)[1].split("</table>", 1)[0]
    assert "现将有关事项通知如下：" in section
    assert "现将有关事项通知如下：（语料中没有足够多来源共用的写法" not in section


def test_a_genre_of_one_source_group_gets_the_units_red_head(tmp_path: Path) -> None:
    # Three meeting notices written from one another (the same paragraphs, a new date and room) are one
    # source group: the genre got no template at all, while a genre with none got the unit's 红头.
    archive = _archive(tmp_path)
    for index, (title, _, when, where, _) in enumerate(MEETINGS, 1):
        text = (
            HEAD.format(year=2025, number=60 + index, signer="")
            + f"{title}\n\n各分（子）公司，集团公司各部室：\n经集团公司研究，决定召开会议。现将有关事项通知如下：\n"
            f"一、会议时间\n{when}。\n二、会议地点\n{where}。\n三、参会人员\n集团公司领导班子成员；各分（子）公司主要负责人；"
            "集团公司各部室负责人。\n四、有关要求\n请参会人员提前十分钟到达会场，会议期间手机调至静音。\n"
            + TAIL.format(year=2025, month=index, day=5)
        )
        (archive / f"会议通知{index}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    mine([archive], out)
    shown = CliRunner().invoke(main, ["templates", "show", str(out / "meeting_notice")])
    assert shown.exit_code == 0, shown.output
    assert "挖掘的材料里只有 3 篇（1 组来源）会议通知，学不出本单位的写法" in shown.output
    assert f"# 发文机关标志: {UNIT}文件" in mined_starter(out, "meeting_notice")


def test_a_copy_to_the_addressee_both_by_default_is_said_at_a_line(tmp_path: Path) -> None:
    # The mined 报告 defaults both its 主送机关 (市国资委, 2/2) and its 抄送 (市国资委，……): the 提醒 began
    # '提醒：: 抄送:', naming no file.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    facts = tmp_path / "报告.yaml"
    facts.write_text(
        f"模板: {out / 'report'}\n事由: 四季度安全生产工作情况\n正文:\n- 四季度未发生生产安全责任事故。\n"
        "成文日期: 2025-12-29\n印章: 是\n文号序号: 48\n",
        encoding="utf-8",
    )
    drafted = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert drafted.exit_code == 0, drafted.output
    assert f"提醒：{facts}:1:" in drafted.stderr and "市国资委是这份公文的主送机关" in drafted.stderr


def test_a_starters_matter_is_sampled_from_the_units_own_titles(tmp_path: Path) -> None:
    # The company's notice and report starters offered the built-in's 〔示例〕做好2025年春季学期中小学校园安全工作
    # and 2024年全县中小学课后服务工作情况, a school's and a county's matters. The saved web sample's title (a bus
    # company's 端午节 duty notice, read before the company's own) is not the unit's.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    notice = mined_starter(out, "notice")
    assert "事由: 〔示例〕做好国庆节期间供水保障工作\n" in notice
    assert "中小学" not in notice.split("事由:", 1)[1].split("\n", 1)[0]
    report = mined_starter(out, "report")
    assert "事由: 〔示例〕上半年安全生产工作情况\n" in report


def test_the_report_shows_no_empty_table_of_formulae(tmp_path: Path) -> None:
    # The 请示 section (no 请示 in the archive) showed the header 位置 / 默认语句 of a table with no row.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    report = (out / "report.html").read_text(encoding="utf-8")
    request = report.split("请示（0 篇）", 1)[1].split("<h2", 1)[0]
    assert "<th>默认语句</th></tr></table>" not in request.replace("\n", "")
    assert "没有挖掘到默认语句：开头、结尾照内置模板写。" in request


def test_a_unit_summing_up_its_whole_work_is_not_asked_for_a_matter(tmp_path: Path) -> None:
    # The company's summaries are all of its whole work (……公司2024年度工作总结): its starter asked for the
    # built-in's 〔示例〕教育教学 as the 事项 the title names, and a clerk leaving it got 2026年教育教学工作总结.
    archive = _archive(tmp_path)
    for year, work in (
        (2023, "完成老旧管网改造十二公里。"),
        (2024, "城东水厂二期开工建设。"),
        (2025, "管网漏损率降至百分之九。"),
    ):
        text = (
            f"{UNIT}{year}年度工作总结\n{year}年，集团公司围绕年度目标扎实推进各项工作。现将全年工作总结如下：\n"
            f"一、主要工作\n{work}\n二、存在问题\n专业技术人才储备不足。\n三、下步打算\n加快数字化转型。\n"
            f"{UNIT}\n{year + 1}年1月8日\n"
        )
        (archive / f"总结{year}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    mine([archive], out)
    summary = mined_starter(out, "summary")
    assert "\n# 事项: " in summary and "\n事项: " not in summary


def test_a_head_only_starter_offers_the_addressee_the_unit_writes_that_way(tmp_path: Path) -> None:
    # The 请示 starter (no 请示 in the archive) offered the built-in's 〔示例〕县教育局 though the company's
    # reports all go up to 市国资委; the 通报 starter offered 各乡镇中心学校 though its notices go down to its
    # subsidiaries and departments. A 函 or 批复 answers one office: no sample of the unit's.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    assert "主送机关: 〔示例〕市国资委\n" in mined_starter(out, "request")
    assert "主送机关: 〔示例〕各分（子）公司，集团公司各部室\n" in mined_starter(out, "bulletin")
    assert "市国资委" not in mined_starter(out, "letter").split("主送机关:", 2)[-1].split("\n", 1)[0]


def test_a_letter_written_from_the_units_red_head_alone_copies_to_no_one_by_default(tmp_path: Path) -> None:
    # A 函 goes to one office about its matter: the offices the company's notices and reports are copied to (市国资委，
    # 集团公司领导班子成员) are not copied to by default, as a 请示's are; the 印发 line stays.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    facts = tmp_path / "函.yaml"
    facts.write_text(
        f"模板: {out / 'letter'}\n事由: 商请协助开展管网巡查\n主送机关: 市城市管理局\n"
        "正文:\n- 为保障汛期供水安全，商请贵局协助开展道路沿线管网巡查。\n成文日期: 2025-06-10\n印章: 是\n文号序号: 35\n",
        encoding="utf-8",
    )
    drafted = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert drafted.exit_code == 0, drafted.output
    assert "抄送" not in drafted.output
    request = yaml.safe_load((out / "request" / "manifest.yaml").read_text(encoding="utf-8"))["fields"]
    letter = yaml.safe_load((out / "letter" / "manifest.yaml").read_text(encoding="utf-8"))["fields"]
    assert "集团公司领导班子成员" in request["抄送"]["default"] and "default" not in letter.get("抄送", {})
