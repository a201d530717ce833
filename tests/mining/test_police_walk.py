"""ux22 walk: a county public security bureau (县公安局). Its notices and 通报 go down to its 派出所 and
大队 under its 红头 and are copied to the county's 政法委, 检察院 and 法院; its 通报 are numbered in a series of
their own (X公通), its letters in another (X公函); its 请示 and 报告 go up to the county government and the city
bureau and are copied to whom their matter concerns. The documents here were written for this test: a
fictional 鹭汀县公安局.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from click.testing import CliRunner
from walkhelpers import manifest_fields, mine_cli, write_archive

from drafter.cli import main

UNIT = "鹭汀县公安局"
DOWN = "各派出所，局机关各部门、各警种大队："
USUAL_COPY = "抄送：县委政法委，县人民检察院，县人民法院。\n"


def _doc(mark: str, number: str, title: str, addressee: str, body: str, date: str, imprint: str) -> str:
    head = f"{mark}\n\n{number}\n\n" if mark else ""
    return f"{head}{UNIT}\n{title}\n\n{addressee}\n{body}\n\n{UNIT}\n{date}\n\n{imprint}"


def _printed(copied: str, date: str) -> str:
    return f"{copied}{UNIT}办公室　　　　　　　　{date}印发\n"


NOTICES = [
    (
        "鹭公发〔2025〕12号",
        "关于开展夏季治安打击整治专项行动的通知",
        "为维护夏季社会治安平稳，经局党委研究决定，开展夏季治安打击整治专项行动。现将有关事项通知如下：\n"
        "一、工作重点\n集中打击盗窃电动车、入室盗窃等多发案件。\n二、工作要求\n各单位每周五前将进展情况报局指挥中心。\n"
        "特此通知。",
        "2025年5月26日",
    ),
    (
        "鹭公发〔2025〕41号",
        "关于做好国庆节期间安全保卫工作的通知",
        "国庆节假期将至，为确保节日期间社会大局平稳，经局党委研究决定，启动二级勤务。现将有关事项通知如下：\n"
        "一、严格值班备勤\n落实领导带班和二十四小时值班制度。\n二、加强重点部位防控\n对车站、景区增派巡逻力量。\n"
        "特此通知。",
        "2025年9月22日",
    ),
    (
        "鹭公发〔2025〕47号",
        "关于加强冬季消防安全检查的通知",
        "冬季天干物燥，为防范火灾事故发生，经局党委研究决定，开展冬季消防安全检查。现将有关事项通知如下：\n"
        "一、全面检查\n对辖区沿街商铺逐一检查消防设施。\n二、督促整改\n对发现的隐患限期整改到位。\n特此通知。",
        "2025年11月10日",
    ),
]

BULLETINS = [
    (
        "鹭公通〔2025〕8号",
        "关于对城南派出所破获系列盗窃电动车案予以通报表扬的通报",
        "城南派出所连续奋战二十余天，破获盗窃电动车案件27起。经局党委研究，决定对城南派出所予以通报表扬。\n"
        "希望全局各单位以先进为榜样，主动担当作为。\n特此通报。",
        "2025年4月28日",
    ),
    (
        "鹭公通〔2025〕15号",
        "关于部分单位执法办案管理不规范问题的通报",
        "近日局法制大队对全局执法办案管理情况开展了专项检查，发现少数单位办案区登记不全、案卷文书质量不高。\n"
        "各单位要对照问题开展自查自纠，切实堵塞管理漏洞。\n特此通报。",
        "2025年6月9日",
    ),
]


def _files() -> Iterator[tuple[str, str]]:
    mark = f"{UNIT}文件"
    for index, (number, title, body, date) in enumerate(NOTICES):
        yield f"通知{index}.txt", _doc(mark, number, title, DOWN, body, date, _printed(USUAL_COPY, date))
    for index, (number, title, body, date) in enumerate(BULLETINS):
        yield f"通报{index}.txt", _doc(mark, number, title, DOWN, body, date, _printed(USUAL_COPY, date))
    # The bureau's party committee, numbering in its own series and printed by the bureau's 政治处.
    party = "中共鹭汀县公安局委员会"
    yield (
        "党委通知.txt",
        f"{party}文件\n\n鹭公党〔2025〕6号\n\n{party}\n关于开展纪律作风主题活动的通知\n\n局属各党支部：\n"
        "为锤炼队伍纪律作风，经局党委研究决定，在全局开展纪律作风主题活动。\n特此通知。\n\n"
        f"{party}\n2025年4月2日\n\n抄送：县委政法委。\n{UNIT}政治处　　　　　　　　2025年4月2日印发\n",
    )
    # Up: the 请示 to the county government copied to its finance bureau, the 报告 to the city bureau copied to
    # the county's 政法委 alone; neither to the 检察院 and 法院 the notices are copied to.
    yield (
        "请示.txt",
        _doc(
            mark,
            "鹭公发〔2025〕20号　　　　签发人：罗振东",
            "关于申请拨付城区视频监控系统升级经费的请示",
            "鹭汀县人民政府：",
            "城区视频监控设备老化严重，拟升级改造，经测算需经费385万元，特申请县财政拨付。\n妥否，请批示。",
            "2025年4月7日",
            _printed("抄送：县财政局。\n", "2025年4月7日"),
        ),
    )
    yield (
        "报告.txt",
        _doc(
            mark,
            "鹭公发〔2025〕33号　　　　签发人：罗振东",
            "关于2025年上半年工作情况的报告",
            "澜州市公安局：",
            "上半年全县刑事案件立案数同比下降，破案数同比上升。现将有关情况报告如下：\n"
            "一、主要工作\n破获电信网络诈骗案件46起。\n二、下步打算\n推进视频监控系统升级。\n特此报告。",
            "2025年7月10日",
            _printed("抄送：县委政法委。\n", "2025年7月10日"),
        ),
    )


def _mined(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    mine_cli(write_archive(tmp_path / "archive", _files()), out)
    return out


def test_a_head_only_request_copies_as_the_units_upward_documents_do(tmp_path: Path) -> None:
    # The 请示 and 报告 go up, each copied to whom its matter concerns, neither to the 检察院 and 法院 the
    # notices are copied to: the head-only 请示 and 报告 templates defaulted to the notices' 抄送, and a 请示 for
    # money to the county government went out copied to the court and the procuratorate.
    out = _mined(tmp_path)
    for genre in ("request", "report"):
        assert "default" not in manifest_fields(out, genre).get("抄送", {}), genre
    assert manifest_fields(out, "notice")["抄送"]["default"] == ["县委政法委", "县人民检察院", "县人民法院"]


# A 通告 to the public: no 红头, no 主送机关 and no 版记; the bureau drafts it from its notice template, the one it
# has, saying 无 where the notices' defaults do not belong.
PUBLIC_NOTICE = """模板: out/notice
标题: 鹭汀县公安局关于春节期间城区禁止燃放烟花爆竹的通告
发文机关标志: 无
主送机关: 无
导语:
- 为保障公共安全，根据有关法律法规，结合我县实际，现将有关事项通告如下：
正文:
- 春节期间城区主干道两侧禁止燃放烟花爆竹。
- 违反本通告的，由公安机关依法予以处罚。
特此通知: 否
抄送: 无
印发机关: 无
成文日期: 2025-12-20
印章: 是
"""


def test_a_document_without_a_head_is_not_asked_for_its_serial(tmp_path: Path) -> None:
    # The 发文字号 stands under the 红头 (GB/T 9704 §7.2.4): a 通告 drafted with 发文机关标志: 无 prints none, yet
    # the clerk was told 没有写发文字号的序号，红头下不排发文字号 at the file's first line, about a 红头 there is not.
    _mined(tmp_path)
    facts = tmp_path / "通告.yaml"
    facts.write_text(PUBLIC_NOTICE, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "鹭公发" not in result.stdout and "抄送" not in result.stdout, result.stdout
    assert "文号序号" not in result.stderr, result.stderr


def test_the_units_party_committee_is_no_other_units_model_document(tmp_path: Path) -> None:
    # The bureau's party committee signs its notices as 中共鹭汀县公安局委员会 (its 文号 鹭公党): the report and the
    # notice template's note called them 范文 signed by another unit. They are the bureau's own, as a body it
    # hosts is, and vote on no name the bureau signs with.
    fields = manifest_fields(_mined(tmp_path), "notice")
    said = fields["文号格式"]["description"]
    assert fields["文号格式"]["default"] == "鹭公发〔{年}〕{号}号"
    assert "范文" not in said and "党组织" in said, said


def test_a_whole_doc_number_written_as_the_serial_says_where_it_goes(tmp_path: Path) -> None:
    # The clerk copied last year's 发文字号 into the 文号序号 of the mined notice template and was told only
    # 应当是整数，这里是 "鹭公发〔2025〕52号", with no word of which part to keep or where a whole number goes.
    _mined(tmp_path)
    facts = tmp_path / "通知.yaml"
    facts.write_text(
        "模板: out/notice\n事由: 做好元旦期间值班工作\n正文:\n- 元旦期间实行二十四小时值班。\n"
        "成文日期: 2025-12-26\n印章: 是\n文号序号: 鹭公发〔2025〕52号\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1
    assert "通知.yaml:7:7: 文号序号:" in result.stderr, result.stderr
    assert "只写其中的序号，如 52" in result.stderr and "“发文字号”" in result.stderr, result.stderr


def test_two_rows_of_one_doc_number_are_said(tmp_path: Path) -> None:
    # Three 协查函 to three sister bureaus from one sheet; the clerk copied the 文号序号 down a row, and two
    # letters went out as 鹭公发〔2026〕2号 with no word.
    _mined(tmp_path)
    (tmp_path / "默认.yaml").write_text(
        "模板: out/notice\n事由: 协助核查涉案人员户籍信息\n正文:\n- 请协助核查有关人员的户籍登记情况。\n"
        "成文日期: 2026-01-06\n印章: 是\n",
        encoding="utf-8",
    )
    sheet = tmp_path / "名单.csv"
    sheet.write_text(
        "主送机关,文号序号,文件名\n青崖县公安局,1,青崖\n澜东县公安局,2,澜东\n白溪县公安局,2,白溪\n", encoding="utf-8"
    )
    result = CliRunner().invoke(
        main, ["batch", str(sheet), "--defaults", str(tmp_path / "默认.yaml"), "-o", str(tmp_path / "输出"), "-j", "1"]
    )
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines() if "同是" in line]
    assert len(said) == 1, result.stderr
    assert "名单.csv 第4行 B列: 发文字号: 与这一批的" in said[0] and "名单.csv 第3行（起草为" in said[0], said
    assert "同是“鹭公发〔2026〕2号”" in said[0], said


def _reply(number: int, matter: str, request: str, date: str) -> str:
    # The county government's 批复 to the bureau's 请示, kept in the bureau's files with the 请示 it answers.
    government = "鹭汀县人民政府"
    return (
        f"{government}\n\n鹭政函〔2025〕{number}号\n\n{government}\n关于同意{matter}的批复\n\n县公安局：\n"
        f"你局《关于{matter}的请示》（{request}）收悉。经研究，现批复如下：\n一、同意{matter}。\n"
        f"二、你局要严格按照有关规定组织实施。\n此复。\n\n{government}\n{date}\n\n抄送：县财政局。\n"
        f"{government}办公室　　　　　　　　{date}印发\n"
    )


def test_a_template_of_other_units_documents_only_says_so(tmp_path: Path) -> None:
    # Two 批复 of the county government to the bureau, kept with its 请示: the 批复 template was said to be
    # mined from 2 批复 (由 drafter mine 从 2 篇批复挖掘) and listed without the note of a template written from
    # the unit's 红头 alone, though nothing in it came from them.
    replies = [
        ("批复1.txt", _reply(37, "拨付视频监控系统升级经费", "鹭公发〔2025〕20号", "2025年5月12日")),
        ("批复2.txt", _reply(58, "设立社区戒毒康复站点", "鹭公发〔2025〕29号", "2025年7月3日")),
    ]
    out = tmp_path / "out"
    printed = mine_cli(write_archive(tmp_path / "archive", [*_files(), *replies]), out)
    assert "模板：批复（这个文种的材料不够" in printed, printed
    described = (out / "reply" / "manifest.yaml").read_text(encoding="utf-8")
    assert "2 篇批复都是别的单位署名的" in described and "从 2 篇批复挖掘" not in described
    assert manifest_fields(out, "reply")["署名"]["default"] == [UNIT]
