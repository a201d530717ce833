"""A city regulator's archive with saved model documents of other units beside its own.

The documents are written for these tests: a fictional 澜桥市应急管理局 sends its notices to districts and
enterprises under one 红头, 文号 prefix, 署名 and 版记, and its clerk saved 范文 of other bureaus (each signed
by its own unit) into the same folder, as users do.
"""

import json
from collections.abc import Iterator
from pathlib import Path

import yaml
from walkhelpers import manifest_fields, write_archive

from drafter.catalog import load_template_folder
from drafter.drafting import build_draft, encode
from drafter.mining.mine import mine
from drafter.starter import starter_text

HEAD = "澜桥市应急管理局文件\n\n澜应急发〔{year}〕{number}号\n\n"
SIGN = "\n澜桥市应急管理局\n{year}年{month}月{day}日\n"
IMPRINT = "\n抄送：市委办公室，市政府办公室。\n澜桥市应急管理局办公室　　{year}年{month}月{day}日印发\n"

ADDRESSEES = "各区应急管理局，市属各重点企业"
# Title, why, what each unit is to do (two items of its own), addressees.
NOTICES = [
    (
        "关于做好汛期危险化学品企业安全防范工作的通知",
        "汛期来临，危险化学品企业的防雷、防淹任务加重",
        (
            "储罐区和仓库要逐一检查防雷装置，低洼处备足沙袋和抽水泵。",
            "企业负责人汛期不得离岗，暴雨预警发布后停止装卸作业。",
        ),
        ADDRESSEES,
    ),
    (
        "关于开展小餐饮场所燃气安全检查的通知",
        "近期外地接连发生餐饮场所燃气事故",
        ("后厨软管超过两年的一律更换，未装报警器的限期加装。", "检查结果录入台账，每周五汇总报市局安全生产基础科。"),
        "各区应急管理局",
    ),
    (
        "关于加强高温天气户外作业安全管理的通知",
        "入夏以来我市持续高温，中暑事件时有发生",
        (
            "建筑工地中午十二时至十五时停止露天作业，备足防暑药品。",
            "环卫、快递等行业要调整排班，避开一天中最热的时段。",
        ),
        ADDRESSEES,
    ),
]
LETTERS = [
    (
        "澜桥市应急管理局关于商请提供烟花爆竹批发企业名单的函",
        "市商务局",
        "春节临近，烟花爆竹批发和零售进入旺季，我局将对批发企业的仓储条件逐家核查。"
        "请贵局提供全市烟花爆竹批发企业名单及其仓库地址。",
    ),
    (
        "澜桥市应急管理局关于商请协助开展森林防火宣传的函",
        "市林业局",
        "清明前后上山祭扫的人多，林区火源管控压力大。我局印制了一批森林防火宣传挂图，"
        "商请贵局组织各林场护林员张贴到进山路口，并在巡山时向群众讲解。",
    ),
]
# Model documents of other bureaus, each signed by its own unit (saved from the web into the folder).
SAMPLES = [
    "关于开展安全生产月活动的通知\n各乡镇：\n为增强安全意识，现将有关事项通知如下：\n"
    "一、活动内容\n开展应急演练和隐患排查。\n二、工作要求\n各乡镇要精心组织。\n特此通知。\n枫溪县应急管理局\n2024年5月20日\n",
    "关于做好冬季防火工作的通知\n各街道：\n入冬以来火灾风险上升，现将有关事项通知如下：\n"
    "一、排查重点\n重点排查群租房和小作坊。\n二、工作要求\n各街道要落实属地责任。\n特此通知。\n石岭区应急管理局\n2024年11月2日\n",
    "关于开展防灾减灾宣传周活动的通知\n各乡镇：\n为提高群众避险能力，现将有关事项通知如下：\n"
    "一、活动时间\n5月12日至18日。\n二、活动内容\n发放宣传资料，组织避险演练。\n特此通知。\n竹港镇人民政府\n2024年5月6日\n",
    "关于商请派员参加联合执法的函\n县市场监督管理局：\n为规范加油站经营秩序，我局拟开展联合检查，"
    "商请贵局派员参加。\n请予函复。\n枫溪县应急管理局\n2024年6月3日\n",
    "关于协助核查企业安全许可证的复函\n县公安局：\n你局来函收悉。经查，所列企业均持有有效的安全生产许可证。"
    "\n此复。\n石岭区应急管理局\n2024年8月9日\n",
]


def _notice(index: int) -> str:
    title, reason, (first, second), to = NOTICES[index]
    year, month, day = 2025, 3 + 3 * index, 5 + index
    return (
        HEAD.format(year=year, number=11 + 7 * index)
        + f"{title}\n\n{to}：\n{reason}。为切实防范安全风险，经局党组研究，现将有关事项通知如下：\n"
        f"一、全面排查隐患\n{first}\n二、严格值班值守\n{second}\n请各单位高度重视，认真抓好落实。\n特此通知。\n"
        + SIGN.format(year=year, month=month, day=day)
        + IMPRINT.format(year=year, month=month, day=day)
    )


def _letter(index: int) -> str:
    title, to, body = LETTERS[index]
    year, month, day = 2025, 4 + 2 * index, 10 + index
    return (
        f"澜桥市应急管理局\n澜应急函〔{year}〕{3 + index}号\n\n{title}\n\n{to}：\n"
        f"{body}\n"
        f"请于{month}月底前函复我局。\n联系人：许岚，电话：0591-3302117。\n"
        + SIGN.format(year=year, month=month, day=day)
    )


def _files() -> Iterator[tuple[str, str]]:
    """The archive's files, by name: the unit's documents as its clerk keeps them."""
    for index in range(len(NOTICES)):
        yield f"通知{index}.txt", _notice(index)
    for index in range(len(LETTERS)):
        yield f"函{index}.txt", _letter(index)
    for index, text in enumerate(SAMPLES):
        yield f"范文{index}.txt", text


def _archive(folder: Path) -> Path:
    return write_archive(folder, _files())


def test_other_units_model_notices_do_not_outvote_the_units_own(tmp_path: Path) -> None:
    # Three notices of the unit and three of other units: 3 of 6 is no majority, 3 of the 3 the unit
    # signed is; the unit signs 5 of 10 documents, each of the three other units one or two.
    out = tmp_path / "out"
    mine([_archive(tmp_path / "archive")], out)
    fields = manifest_fields(out, "notice")
    assert fields["发文机关标志"]["default"] in ("澜桥市应急管理局文件", ["澜桥市应急管理局文件"])
    assert fields["文号格式"]["default"] == "澜应急发〔{年}〕{号}号"
    assert fields["发文机关"]["default"] in ("澜桥市应急管理局", ["澜桥市应急管理局"])
    assert fields["抄送"]["default"] == ["市委办公室", "市政府办公室"]
    assert fields["印发机关"]["default"] == "澜桥市应急管理局办公室"
    # The starter says why 3 of 6 documents are enough.
    assert "另有 3 篇别的单位署名的范文，不计" in fields["发文机关标志"]["description"]


def test_other_units_model_notices_do_not_tie_with_the_units_usual_addressees(tmp_path: Path) -> None:
    # Two of the unit's notices go to its districts and enterprises, two saved ones to a county's 乡镇: the
    # unit's is its usual 主送机关 (a sample), not a tie that left the built-in's schools in the starter.
    out = tmp_path / "out"
    mine([_archive(tmp_path / "archive")], out)
    field = manifest_fields(out, "notice")["主送机关"]
    assert field["example"] == f"〔示例〕{ADDRESSEES}"
    assert "2/3 篇本单位的文档如此；另有 3 篇别的单位署名的范文，不计" in field["description"]


def test_a_genre_with_two_letters_of_its_own_and_two_samples_signs_as_the_unit(tmp_path: Path) -> None:
    out = tmp_path / "out"
    mine([_archive(tmp_path / "archive")], out)
    assert (out / "letter" / "manifest.yaml").is_file()
    assert manifest_fields(out, "letter")["发文机关"]["default"] in ("澜桥市应急管理局", ["澜桥市应急管理局"])


def test_the_units_usual_letter_number_is_the_sample_of_its_doc_number(tmp_path: Path) -> None:
    # Two letters of the unit under 澜应急函〔……〕 are below the bar of a default (three documents) but are
    # its usual 文号: the starter shows it in place of the built-in's sample, another unit's 青教函〔……〕.
    out = tmp_path / "out"
    mine([_archive(tmp_path / "archive")], out)
    field = manifest_fields(out, "letter")["发文字号"]
    assert field["example"] == "〔示例〕澜应急函〔2025〕12号"
    assert "“澜应急函〔2025〕12号”（本单位的写法：2/2 篇本单位的文档如此" in field["description"]
    assert "青教" not in field["description"]


def test_a_notice_without_a_body_announces_none(tmp_path: Path) -> None:
    # A 周知 notice of one paragraph (or a batch row whose 正文 cell was left empty) read
    # ……。现将有关事项通知如下： and went straight on to 特此通知。: the transition announces the body.
    out = tmp_path / "out"
    mine([_archive(tmp_path / "archive")], out)
    facts = tmp_path / "通知.yaml"
    common = (
        f"模板: {out / 'notice'}\n事由: 调整值班电话\n主送机关: 各区应急管理局\n"
        "导语: 自下月起，市局总值班电话调整为0591-3302110。\n成文日期: 2026-03-02\n文号序号: 8\n"
    )
    facts.write_text(common, encoding="utf-8")
    _, draft = build_draft(facts)
    text = encode(draft, "txt").decode("utf-8")
    assert "自下月起，市局总值班电话调整为0591-3302110。\n" in text
    assert "通知如下" not in text
    facts.write_text(common + "正文:\n- 原值班电话同时停用。\n", encoding="utf-8")
    _, draft = build_draft(facts)
    assert "调整为0591-3302110。现将有关事项通知如下：" in encode(draft, "txt").decode("utf-8")


# The unit's meeting notices head their requirements 报名及有关要求, where the built-in writes 有关要求.
MEETINGS = [
    ("全市危险化学品安全生产工作会议", "2025年3月12日（星期三）上午9:00", "市应急指挥中心二楼会议室", "各区分管副局长"),
    ("全市森林防灭火工作推进会", "2025年3月27日（星期四）下午2:30", "市林业局三楼报告厅", "各区应急管理局局长"),
    ("全市防汛防台工作部署会", "2025年5月8日（星期四）上午9:30", "市行政中心一号会议室", "各区防指办公室主任"),
]


def _meeting(index: int) -> str:
    name, when, place, who = MEETINGS[index]
    return (
        HEAD.format(year=2025, number=30 + index) + f"关于召开{name}的通知\n\n各区应急管理局，市属各重点企业：\n"
        f"经局党组研究，决定召开{name}。现将有关事项通知如下：\n一、会议时间\n{when}。\n二、会议地点\n{place}。\n"
        f"三、参会人员\n{who}。\n四、报名及有关要求\n请于会前两天将参会人员名单报局办公室。\n"
        + SIGN.format(year=2025, month=3 + index, day=2 + index)
        + IMPRINT.format(year=2025, month=3 + index, day=2 + index)
    )


def _meetings(folder: Path) -> Path:
    folder.mkdir()
    for index in range(len(MEETINGS)):
        (folder / f"会议{index}.txt").write_text(_meeting(index), encoding="utf-8")
    return folder


def test_the_units_heading_of_a_fixed_section_replaces_the_builtins(tmp_path: Path) -> None:
    out = tmp_path / "out"
    mine([_meetings(tmp_path / "archive")], out)
    manifest = yaml.safe_load((out / "meeting_notice" / "manifest.yaml").read_text(encoding="utf-8"))
    assert {"name": "requirements", "title": "报名及有关要求", "type": "safeguards"} in manifest["sections"]
    assert "有关要求" not in manifest["description"].replace("报名及有关要求", "")
    facts = tmp_path / "会议通知.yaml"
    facts.write_text(
        f"模板: {out / 'meeting_notice'}\n会议名称: 全市地质灾害防治工作会议\n主送机关: 各区应急管理局\n"
        "会议时间: 2026-04-09 上午9:00\n会议地点: 市应急指挥中心二楼会议室\n参会人员: 各区分管副局长\n"
        "有关要求:\n- 请于4月7日前报送参会人员名单。\n成文日期: 2026-04-01\n文号序号: 21\n",
        encoding="utf-8",
    )
    _, draft = build_draft(facts)
    text = encode(draft, "txt").decode("utf-8")
    assert "四、报名及有关要求\n" in text and "、有关要求" not in text


def test_a_formula_the_unit_shares_with_the_builtin_is_reported_as_the_units(tmp_path: Path) -> None:
    # The three meeting notices all write 现将有关事项通知如下：, as the built-in does: the report listed it with
    # its three source groups and said beside the template's default that no formula was shared by enough.
    out = tmp_path / "out"
    mine([_meetings(tmp_path / "archive")], out)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    defaults = next(g for g in report["genres"] if g["genre"] == "meeting_notice")["defaults"]
    assert defaults["transition"] == "现将有关事项通知如下："
    assert "transition" in defaults["placed"] and "transition" not in defaults["standard"]
    page = (out / "report.html").read_text(encoding="utf-8")
    # (the meeting notices' part of the page: a genre the archive has none of may say it, of its own fallback)
    meetings = page.split("<h2>会议通知（", 1)[1].split("<h2>", 1)[0]
    assert "现将有关事项通知如下：（语料中没有足够多来源共用的写法" not in meetings


def test_a_letter_closing_the_unit_never_writes_is_not_called_its_own(tmp_path: Path) -> None:
    # The unit's letters end on 请于……前函复我局。 and write no closing formula: the template closes as the
    # built-in does, and its description said 特此函告。 and 此复。 were the unit's own.
    out = tmp_path / "out"
    mine([_archive(tmp_path / "archive")], out)
    description = manifest_fields(out, "letter")["结语"]["description"]
    assert "“特此函告。”（公文惯例）" in description and "“此复。”（公文惯例）" in description
    assert "本单位的写法" not in description


def test_letters_titled_with_the_units_name_are_drafted_so(tmp_path: Path) -> None:
    # Both of the unit's letters are titled 澜桥市应急管理局关于……的函 (发文机关名称、事由和文种); the saved 范文
    # of other units are not: a letter drafted from the template was titled 关于……的函.
    out = tmp_path / "out"
    mine([_archive(tmp_path / "archive")], out)
    assert "（发文机关）关于（事由）的函" in manifest_fields(out, "letter")["标题"]["description"]
    facts = tmp_path / "函.yaml"
    facts.write_text(
        f"模板: {out / 'letter'}\n事由: 商请提供危险货物运输车辆名单\n主送机关: 市交通运输局\n"
        "正文:\n- 请贵局提供全市危险货物运输车辆及其所属企业名单。\n成文日期: 2026-05-06\n",
        encoding="utf-8",
    )
    _, draft = build_draft(facts)
    assert "\n澜桥市应急管理局关于商请提供危险货物运输车辆名单的函\n" in encode(draft, "txt").decode("utf-8")
    # The notices, titled 关于……的通知, keep the built-in's title.
    assert not (out / "notice" / "head.j2").exists()


SUMMARY = (
    "澜桥市应急管理局{year}年工作总结\n\n{year}年，在市委、市政府的坚强领导下，我局{what}。现将有关情况总结如下：\n"
    "一、主要工作\n（一）{first}\n{first_text}\n（二）{second}\n{second_text}\n二、存在的问题\n{problem}\n"
    "三、下一步工作打算\n{plan}\n\n澜桥市应急管理局\n{next}年1月10日\n"
)
SUMMARIES = [
    dict(
        year=2023,
        what="坚持人民至上、生命至上，全市安全生产形势保持稳定",
        first="压实安全生产责任",
        first_text="与各区签订安全生产目标责任书，开展安全生产巡查两轮。",
        second="提升应急救援能力",
        second_text="新建区级应急物资储备库两个，组织综合演练十一场。",
        problem="基层应急管理力量仍然薄弱，部分企业培训流于形式。",
        plan="持续开展重点行业领域专项整治，推进应急指挥平台建设。",
    ),
    dict(
        year=2024,
        what="统筹发展和安全，防范化解重大安全风险",
        first="深化隐患排查治理",
        first_text="全年检查生产经营单位八千余家次，督促整改隐患两万余处。",
        second="强化防灾减灾救灾",
        second_text="成功应对两次台风过程，转移群众四千余人，无人员伤亡。",
        problem="小微企业安全投入不足，执法人员专业能力有待提高。",
        plan="推进安全生产治本攻坚，完善自然灾害监测预警体系。",
    ),
]
OTHER_SUMMARY = (
    "枫溪县应急管理局2024年安全生产工作总结\n2024年，我局认真履行安全监管职责。现将有关情况总结如下：\n"
    "一、主要工作\n全年开展执法检查六百余家次。\n二、存在的问题\n乡镇监管人员不足。\n三、下一步工作打算\n"
    "加强基层队伍建设。\n枫溪县应急管理局\n2025年1月6日\n"
)


def test_a_unit_whose_summaries_name_no_matter_is_not_asked_for_one(tmp_path: Path) -> None:
    # The unit's summaries are titled 澜桥市应急管理局2024年工作总结 (all its work): the starter wrote out
    # 事项: 〔示例〕教育教学, another unit's matter the clerk had to delete before drafting.
    archive = _archive(tmp_path / "archive")
    for index, parts in enumerate(SUMMARIES):
        (archive / f"总结{index}.txt").write_text(
            SUMMARY.format(next=int(str(parts["year"])) + 1, **parts), encoding="utf-8"
        )
    (archive / "范文总结.txt").write_text(OTHER_SUMMARY, encoding="utf-8")
    out = tmp_path / "out"
    mine([archive], out)
    starter = starter_text(load_template_folder(out / "summary"), template_ref=str(out / "summary"))
    # Commented out (with the built-in's sample, or since ux14 a prompt for the unit's own matter).
    assert "\n# 事项: 〔" in starter and "\n事项:" not in starter
