"""A county emergency bureau as its office keeps the archive: notices to the townships copied to the county's
four leading offices, 请示 and 报告 to the county government copied to three of them (the government's own
office is the addressee's), and model notices of other units saved beside them.

The documents are written for these tests: a fictional 枫渡县应急管理局.
"""

from pathlib import Path

import yaml
from click.testing import CliRunner

from drafter.cli import main

UNIT = "枫渡县应急管理局"
ALL_FOUR = "县委办公室，县人大常委会办公室，县政府办公室，县政协办公室"
THREE = "县委办公室，县人大常委会办公室，县政协办公室"

NOTICES = [
    ("关于做好汛期值班工作的通知", "各单位要落实领导带班制度。"),
    ("关于加强森林防火工作的通知", "各乡镇要严格管控野外火源。"),
    ("关于开展消防安全检查的通知", "各单位要对人员密集场所逐一检查。"),
    ("关于做好节日期间安全防范的通知", "各单位要加强重点场所巡查。"),
]

REQUESTS = [
    ("关于申请应急物资储备资金的请示", "恳请县财政安排储备资金。"),
    ("关于调整防汛指挥部成员的请示", "拟调整部分成员单位负责同志。"),
    ("关于增设乡镇应急物资储备点的请示", "拟在三个乡镇各建一个储备点。"),
]


def _document(number: str, title: str, to: str, body: str, date: str, copied: str) -> str:
    return (
        f"{UNIT}文件\n枫应急〔{number}〕号\n{title}\n{to}：\n{body}\n特此通知。\n"
        f"{UNIT}\n{date}\n抄送：{copied}。\n{UNIT}办公室　　{date}印发\n"
    )


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def _mine(tmp_path: Path, folder: Path) -> Path:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["mine", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _default(out: Path, genre: str, field: str) -> object:
    manifest = yaml.safe_load((out / genre / "manifest.yaml").read_text(encoding="utf-8"))
    return manifest["fields"].get(field, {}).get("default")


def test_a_genre_s_own_constant_is_not_outvoted_by_other_units_samples(tmp_path: Path) -> None:
    # Three notices of the unit, each copied to the same four offices, beside three saved model notices of
    # other units that print no 版记: the notices' own line was three of six and fell short, and the notice
    # template learnt only the three offices the unit's 请示 copy to as well, leaving out 县政府办公室.
    folder = tmp_path / "档案"
    folder.mkdir()
    for index, (title, body) in enumerate(NOTICES[:3], 1):
        text = _document(f"2025〕{index + 10}", title, "各乡镇人民政府", body, f"2025年{index + 2}月6日", ALL_FOUR)
        _write(folder, f"通知{index}.txt", text)
    for index, (title, body) in enumerate(REQUESTS, 1):
        text = _document(f"2024〕{index + 30}", title, "县人民政府", body, f"2024年{index + 4}月9日", THREE)
        _write(folder, f"请示{index}.txt", text.replace("特此通知。", "妥否，请批示。"))
    for index, (place, (title, body)) in enumerate(zip(("柏川区", "苇塘市", "石岭县"), NOTICES, strict=False), 1):
        _write(
            folder,
            f"范文{index}.txt",
            f"{title}\n各镇（街道）：\n{body}\n特此通知。\n{place}应急管理局\n2024年6月{index}日\n",
        )
    out = _mine(tmp_path, folder)
    assert _default(out, "notice", "抄送") == ALL_FOUR.split("，")


def test_the_offices_every_document_copies_to_are_learnt_beside_one_more_added_often(tmp_path: Path) -> None:
    # Four notices copied to four offices, two 请示 and a 报告 to the county government leaving out its
    # office (the 报告 adding one office of its matter): each of the four offices is on most lines, but no
    # line holds all four often enough, and the two 请示 were drafted with no 抄送 at all.
    folder = tmp_path / "档案"
    folder.mkdir()
    for index, (title, body) in enumerate(NOTICES, 1):
        text = _document(f"2025〕{index + 10}", title, "各乡镇人民政府", body, f"2025年{index + 2}月6日", ALL_FOUR)
        _write(folder, f"通知{index}.txt", text)
    for index, (title, body) in enumerate(REQUESTS[:2], 1):
        text = _document(f"2024〕{index + 30}", title, "县人民政府", body, f"2024年{index + 4}月9日", THREE)
        _write(folder, f"请示{index}.txt", text.replace("特此通知。", "妥否，请批示。"))
    report = _document(
        "2025〕40",
        "关于一季度安全生产形势的报告",
        "县人民政府",
        "一季度全县安全生产形势总体平稳。",
        "2025年4月7日",
        "县委办公室，县政府办公室，市应急管理局",
    )
    _write(folder, "报告.txt", report.replace("特此通知。", "特此报告。"))
    out = _mine(tmp_path, folder)
    assert _default(out, "request", "抄送") == THREE.split("，")


def test_a_letter_closes_on_the_units_own_words(tmp_path: Path) -> None:
    # A bureau's 商洽函 to the weather office closes 请予支持为盼。; the letter's 结语 was one of five fixed
    # closings, and the clerk was told 是否想写“请予函复。”, asking for a reply the letter did not ask for.
    facts = tmp_path / "函.yaml"
    facts.write_text(
        f"文种: 函\n发文机关: {UNIT}\n事由: 商请联合开展森林火险会商\n主送机关: 县气象局\n"
        "正文:\n- 我局商请贵局每周一提供未来一周森林火险气象等级预报。\n结语: 请予支持为盼。\n"
        "成文日期: 2025-11-21\n",
        encoding="utf-8",
    )
    drafted = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert drafted.exit_code == 0, drafted.output
    assert "请予支持为盼。" in drafted.stdout and "特此函告" not in drafted.stdout


def test_a_genre_read_with_no_signature_is_signed_by_the_unit_whose_head_it_carries(tmp_path: Path) -> None:
    # Three 会议通知 under the unit's 红头 with no signature read (exported from a PDF whose signature was the
    # seal's picture): the template printed the unit's 红头 by default and asked 发文机关: 〔请填写：发文机关〕.
    folder = tmp_path / "档案"
    folder.mkdir()
    for index, (title, body) in enumerate(NOTICES, 1):
        text = _document(f"2025〕{index + 10}", title, "各乡镇人民政府", body, f"2025年{index + 2}月6日", ALL_FOUR)
        _write(folder, f"通知{index}.txt", text)
    meetings = ("安全生产工作视频会议", "防汛抗旱工作视频会议", "森林防灭火工作视频会议")
    for index, meeting in enumerate(meetings, 1):
        text = (
            f"{UNIT}文件\n枫应急〔2025〕{index + 20}号\n关于召开全县{meeting}的通知\n各乡镇人民政府：\n"
            f"经研究，定于近期召开全县{meeting}。现将有关事项通知如下：\n一、会议时间\n"
            f"2025年{index + 3}月{index + 10}日上午9:00。\n二、会议地点\n主会场设在县应急指挥中心，各乡镇设分会场。\n"
            "三、参会人员\n各乡镇分管负责同志。\n四、有关要求\n各分会场提前30分钟完成调试。\n"
        )
        _write(folder, f"会议通知{index}.txt", text)
    out = _mine(tmp_path, folder)
    assert _default(out, "meeting_notice", "发文机关标志") in (f"{UNIT}文件", [f"{UNIT}文件"])
    assert _default(out, "meeting_notice", "署名") in (UNIT, [UNIT])
    starter = tmp_path / "会议通知.yaml"
    made = CliRunner().invoke(main, ["new", "--template", str(out / "meeting_notice"), "-o", str(starter)])
    assert made.exit_code == 0, made.output
    assert "〔请填写：发文机关〕" not in starter.read_text(encoding="utf-8")


SUMMARIES = [
    (
        "2023年",
        "这一年，县应急管理局在县委、县政府领导下，统筹发展和安全，全县未发生较大事故。",
        "（一）压实安全生产责任\n全年检查企业1200家次，督促整改隐患2600条。",
        "一是部分小微企业安全投入不足；二是基层执法力量薄弱。",
        "围绕防汛抗旱和森林防火，抓好队伍建设和物资储备。",
    ),
    (
        "2024年",
        "今年以来，我局坚持防抗救相结合，灾害防御能力稳步提升，事故总量持续下降。",
        "（一）提升应急救援能力\n全年组织综合应急演练12场次，新建物资储备点4个。",
        "一是乡镇应急物资储备不足；二是部分企业培训走过场。",
        "深入开展重大事故隐患专项排查整治，推进执法规范化建设。",
    ),
    (
        "2025年",
        "一年来，全局上下坚持人民至上、生命至上，安全生产形势保持总体平稳。",
        "（一）做好防汛救灾工作\n成功应对6轮强降雨过程，转移群众2100余人。",
        "一是监测预警手段不足；二是隐患整改不够彻底。",
        "加快应急指挥平台建设，提升基层应急能力。",
    ),
]


def _summaries(tmp_path: Path) -> Path:
    folder = tmp_path / "档案"
    folder.mkdir()
    for index, (year, lead, done, problems, plans) in enumerate(SUMMARIES, 1):
        text = (
            f"{UNIT}{year}工作总结\n{lead}现将有关情况总结如下：\n"
            f"一、主要做法\n{done}\n二、存在问题\n{problems}\n三、下步打算\n{plans}\n"
            f"{UNIT}\n{2023 + index}年1月{index + 5}日\n"
        )
        _write(folder, f"总结{index}.txt", text)
    return folder


def _drafted_summary(tmp_path: Path) -> str:
    out = _mine(tmp_path, _summaries(tmp_path))
    facts = tmp_path / "总结.yaml"
    facts.write_text(
        f"模板: {out / 'summary'}\n期间: 2026年\n主要做法:\n- 标题: 做好防汛救灾工作\n  内容: 转移群众2100余人。\n"
        "存在问题:\n- 基层应急力量薄弱\n- 部分企业整改不彻底\n下步打算:\n- 深化治本攻坚。\n成文日期: 2027-01-08\n",
        encoding="utf-8",
    )
    drafted = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert drafted.exit_code == 0, drafted.output
    return drafted.stdout


def test_a_problem_saying_short_of_something_is_no_lead_in(tmp_path: Path) -> None:
    # The unit's problems say 投入不足, 储备不足 (一是……不足；二是……), leading into nothing: read as the
    # built-in's lead-in words, they kept 在肯定成绩的同时，我们也清醒地看到，工作中还存在一些不足： in every draft.
    text = _drafted_summary(tmp_path)
    assert "一是基层应急力量薄弱；二是部分企业整改不彻底。" in text
    assert "清醒地看到" not in text


def test_a_summary_is_headed_as_the_unit_heads_its_own(tmp_path: Path) -> None:
    # Every summary of the unit heads its work 一、主要做法; the template kept the built-in's 主要做法及成效, as
    # the unit's heading was the 章节标题 key itself.
    text = _drafted_summary(tmp_path)
    assert "一、主要做法\n" in text and "主要做法及成效" not in text


def test_a_genre_of_other_units_samples_only_gets_the_units_head(tmp_path: Path) -> None:
    # The unit's notices under its 红头, and three 通报 saved from other units: 通报 had documents enough and
    # none of the unit's, learnt nothing (材料太少) and got no template, where the 批复 and 意见 the unit never
    # wrote got one of its 红头, 文号, 署名 and 版记.
    folder = tmp_path / "档案"
    folder.mkdir()
    for index, (title, body) in enumerate(NOTICES, 1):
        text = _document(f"2025〕{index + 10}", title, "各乡镇人民政府", body, f"2025年{index + 2}月6日", ALL_FOUR)
        _write(folder, f"通知{index}.txt", text)
    # Two of them one 安委办's yearly series (one source group), the third another unit's.
    accidents = (
        ("苇塘市", "2023年安全生产事故情况", "全年发生高处坠落事故3起。", "各单位要加强高处作业管理。"),
        ("苇塘市", "2024年安全生产事故情况", "全年发生中毒窒息事故2起。", "各单位要严格有限空间作业审批。"),
        ("石岭县", "一起道路运输事故", "一辆货车制动失效，造成2人死亡。", "各单位要严查超限超载。"),
    )
    for index, (place, matter, what, ask) in enumerate(accidents, 1):
        text = (
            f"关于{matter}的通报\n各镇（街道）：\n为吸取事故教训，现将有关情况通报如下：\n"
            f"一、基本情况\n{what}\n二、工作要求\n{ask}\n特此通报。\n"
            f"{place}安全生产委员会办公室\n{2022 + index}年{index + 5}月{index + 2}日\n"
        )
        _write(folder, f"范文{index}.txt", text)
    out = _mine(tmp_path, folder)
    assert _default(out, "bulletin", "发文机关标志") in (f"{UNIT}文件", [f"{UNIT}文件"])
