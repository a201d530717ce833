"""Found walking a county bureau's archive of 通知, 会议通知 and 工作总结 as a new user (mineux4; our own words).

The unit below is made up for these tests: a 水利局 whose notices end on a request line before 特此通知, whose
meeting notices never carry a 参会回执, and which writes its yearly summary under one title.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from drafter.cli import main

HEAD = "某县水利局文件"
ADDRESSEE = "各乡镇水利站，局属各单位"
TAIL = "某县水利局\n{date}\n抄送：县人民政府办公室。\n某县水利局办公室　　{date}印发\n"

NOTICES = [
    (
        "3",
        "做好春季河道清淤工作",
        "为保障汛期行洪安全，结合我县实际，现将有关事项通知如下：",
        [
            ("清淤范围", "全县主要河道及其支流的淤积河段。"),
            ("完成时限", "4月底前全部完成，5月上旬组织验收。"),
            ("工作要求", "各乡镇水利站要明确专人负责，每周报送一次清淤进度。"),
        ],
        "2025年2月10日",
    ),
    (
        "9",
        "开展农村饮水工程安全检查",
        "为确保农村群众喝上放心水，结合我县实际，现将有关事项通知如下：",
        [
            ("检查内容", "水源保护、水质消毒和管网运行情况。"),
            ("检查方式", "乡镇自查与县级抽查相结合。"),
            ("工作要求", "检查中发现的问题要当场反馈，限期整改到位。"),
        ],
        "2025年3月18日",
    ),
    (
        "15",
        "加强汛前水库安全管理",
        "为做好今年防汛准备，结合我县实际，现将有关事项通知如下：",
        [
            ("落实责任人", "每座水库明确行政、技术和巡查三个责任人。"),
            ("排查隐患", "5月上旬前完成大坝和溢洪道的全面检查。"),
            ("工作要求", "各水库主管单位要把安全责任落实到人。"),
        ],
        "2025年4月8日",
    ),
    (
        "22",
        "做好水土保持监督检查工作",
        "为规范生产建设项目水土保持工作，结合我县实际，现将有关事项通知如下：",
        [("检查对象", "在建的交通、能源和房地产项目。"), ("工作要求", "发现问题的，限期整改并跟踪复查。")],
        "2025年6月3日",
    ),
]

MEETINGS = [
    (
        "5",
        "全县水利工作会议",
        ADDRESSEE,
        "2025年2月20日上午9:00",
        "县水利局四楼会议室",
        "各乡镇水利站站长，局属各单位主要负责人。",
        "请各乡镇水利站准备好去年工作的书面材料，会上每个乡镇交流发言不超过五分钟，重点讲清存在的困难。",
        "2025年2月14日",
    ),
    (
        "12",
        "全县防汛工作部署会",
        ADDRESSEE,
        "2025年4月2日下午2:30",
        "县水利局四楼会议室",
        "各水库管理站负责人，局防汛办全体人员。",
        "各水库管理站要带上本库的防汛预案和责任人名单，会后逐库签订安全度汛责任书，不能到会的须书面请假。",
        "2025年3月27日",
    ),
    (
        "26",
        "河长制工作推进会",
        "各乡镇人民政府，县直有关单位",
        "2025年7月9日上午9:30",
        "县行政中心三楼会议室",
        "各乡镇分管负责同志，县级河长联系部门的联络员。",
        "请参会人员提前十分钟到会签到，各乡镇把上半年巡河发现的问题和整改台账一并带来，会上逐项通报。",
        "2025年7月3日",
    ),
]


def _notice(number: str, matter: str, lead: str, items: list[tuple[str, str]], date: str) -> str:
    body = "\n".join(f"{'一二三四'[n]}、{title}\n{text}" for n, (title, text) in enumerate(items))
    return (
        f"{HEAD}\n某水〔2025〕{number}号\n关于{matter}的通知\n{ADDRESSEE}：\n{lead}\n{body}\n"
        f"请各单位高度重视，认真抓好落实。\n特此通知。\n" + TAIL.format(date=date)
    )


PURPOSES = {
    "5": "回顾去年全县水利建设和管理的主要成绩，安排今年小型水库除险加固和农村供水保障的重点任务",
    "12": "分析今年汛期雨情水情的趋势，逐库落实防汛责任人和抢险队伍，检查防汛物资储备的到位情况",
    "26": "通报上半年各级河长巡河履职和问题整改的情况，研究解决跨乡镇河段保洁经费分担的难题",
}
CONTACTS = {
    "5": "联系人：周晓岚，电话：0599-7712306。",
    "12": "联系人：周晓岚，电话：0599-7712306。",
    "26": "联系人：韩立，电话：0599-7712318。",
}


def _meeting(number: str, name: str, addressee: str, when: str, where: str, who: str, ask: str, date: str) -> str:
    return (
        f"{HEAD}\n某水〔2025〕{number}号\n关于召开{name}的通知\n{addressee}：\n"
        f"经局党组研究，决定召开{name}，{PURPOSES[number]}。现将有关事项通知如下：\n一、会议时间\n{when}。\n二、会议地点\n{where}。\n"
        f"三、参会人员\n{who}\n四、有关要求\n{ask}\n{CONTACTS[number]}\n特此通知。\n" + TAIL.format(date=date)
    )


SUMMARY = """某县水利局{year}年工作总结
{year}年，我局围绕防汛保安和农村供水两件大事，扎实做好各项工作。现将有关情况总结如下：
一、主要工作
{done}
二、存在问题
{gap}
三、下步打算
{plan}
某县水利局
{next}年1月10日
"""


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from drafter.mining.mine import mine

    root = tmp_path_factory.mktemp("walk4")
    corpus = root / "archive"
    corpus.mkdir()
    for n, notice in enumerate(NOTICES):
        (corpus / f"notice{n}.txt").write_text(_notice(*notice), encoding="utf-8")
    for n, meeting in enumerate(MEETINGS):
        (corpus / f"meeting{n}.txt").write_text(_meeting(*meeting), encoding="utf-8")
    for year, done, gap, plan in (
        ("2023", "完成小型水库除险加固八座。", "部分山塘年久失修。", "继续推进山塘整治。"),
        ("2024", "新建农村供水管网六十公里。", "个别水厂水质检测不够及时。", "推进城乡供水一体化。"),
    ):
        text = SUMMARY.format(year=year, done=done, gap=gap, plan=plan, next=int(year) + 1)
        (corpus / f"summary{year}.txt").write_text(text, encoding="utf-8")
    out = root / "out"
    mine([corpus], out)
    return out


def _manifest(mined: Path, genre: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((mined / genre / "manifest.yaml").read_text(encoding="utf-8"))
    return data


def _starter(mined: Path, genre: str, tmp_path: Path) -> str:
    target = tmp_path / f"{genre}.yaml"
    result = CliRunner().invoke(main, ["new", "--template", str(mined / genre), "-o", str(target)])
    assert result.exit_code == 0, result.output
    return target.read_text(encoding="utf-8")


def _draft_text(facts: Path) -> str:
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_starter_line_that_says_the_default_needs_no_edit(mined: Path, tmp_path: Path) -> None:
    """The built-in 通知's starter writes 类别: 布置, its default; a mined starter marked it 〔示例〕布置, so a
    notice drafted with every other line filled was refused at 类别 until the clerk retyped what it already
    said. A sample equal to the field's default is what the draft says anyway: it is left unmarked."""
    starter = _starter(mined, "notice", tmp_path)
    assert "\n类别: 布置\n" in starter
    assert "〔示例〕布置" not in starter


def _minimal_notice(mined: Path, folder: Path, extra: str = "") -> Path:
    facts = folder / "通知.yaml"
    facts.write_text(
        f"模板: {mined / 'notice'}\n事由: 做好汛期值班工作\n"
        "正文:\n- 标题: 值班安排\n  内容: 汛期实行二十四小时值班。\n成文日期: 2025-06-20\n文号序号: 30\n" + extra,
        encoding="utf-8",
    )
    return facts


def test_the_request_line_that_closes_a_units_notices_is_the_mined_closing(mined: Path, tmp_path: Path) -> None:
    """Every notice of the unit ends on 请各单位高度重视，认真抓好落实。 before 特此通知。 (4 source groups, a
    listed formula), and the mined 通知 template dropped it: the built-in writes 特此通知 itself and a notice
    had no other closing place. It is now the default of the template's 结尾, written before 特此通知。;
    the clerk's own 结尾 replaces it, and a notice that 印发s a document (its 贯彻要求 asks) goes without."""
    manifest = _manifest(mined, "notice")
    assert "请各单位高度重视，认真抓好落实。" in manifest["fields"]["结尾"]["description"]
    text = _draft_text(_minimal_notice(mined, tmp_path))
    assert "汛期实行二十四小时值班。\n　　请各单位高度重视，认真抓好落实。\n　　特此通知。" in text
    (tmp_path / "own").mkdir()
    own = _draft_text(_minimal_notice(mined, tmp_path / "own", "结尾: 请各乡镇水利站按时报送值班表。\n"))
    assert "请各乡镇水利站按时报送值班表。\n　　特此通知。" in own
    assert "认真抓好落实" not in own
    (tmp_path / "none").mkdir()
    none = _draft_text(_minimal_notice(mined, tmp_path / "none", "结尾: 无\n"))
    assert "汛期实行二十四小时值班。\n　　特此通知。" in none  # 结尾: 无 leaves the mined line out too
    (tmp_path / "plain").mkdir()
    plain = _draft_text(_minimal_notice(mined, tmp_path / "plain", "特此通知: 否\n"))
    assert "汛期实行二十四小时值班。\n　　请各单位高度重视，认真抓好落实。\n某县水利局" in plain
    (tmp_path / "issue").mkdir()
    issued = _draft_text(
        _minimal_notice(
            mined, tmp_path / "issue", "类别: 印发\n印发文件:\n  标题: 值班制度\n  内容: [每日一人值班。]\n"
        )
    )
    assert "认真抓好落实" not in issued
    report = (mined / "report.json").read_text(encoding="utf-8")
    assert "请各单位高度重视，认真抓好落实。特此通知。" in report


def test_meeting_notices_that_never_ask_for_a_receipt_leave_it_out_of_the_starter(mined: Path, tmp_path: Path) -> None:
    """None of the unit's 会议通知 carries a 参会回执, yet the mined starter held the built-in's 回执 block (a
    deadline and another unit's e-mail address as marked samples) that the clerk had to delete before any
    draft. A part no document of the unit holds is an optional, commented-out field of the starter."""
    starter = _starter(mined, "meeting_notice", tmp_path)
    assert "\n回执:" not in starter
    assert "\n# 回执:" in starter


def test_meeting_notices_that_ask_for_a_receipt_keep_it_in_the_starter(tmp_path: Path) -> None:
    """The other side: a unit whose 会议通知 carry a 参会回执 is still offered the block to fill."""
    from drafter.mining.mine import mine

    corpus = tmp_path / "archive"
    corpus.mkdir()
    for n, meeting in enumerate(MEETINGS):
        text = _meeting(*meeting).replace("特此通知。\n", "特此通知。\n附件：参会回执\n")
        (corpus / f"meeting{n}.txt").write_text(text, encoding="utf-8")
    mine([corpus], tmp_path / "out")
    assert "\n回执:" in _starter(tmp_path / "out", "meeting_notice", tmp_path)


def test_the_units_usual_addressee_is_the_sample_where_it_is_no_default(mined: Path, tmp_path: Path) -> None:
    """Two of the unit's three 会议通知 go to 各乡镇水利站，局属各单位: too few documents for a default (3), so
    the starter kept the built-in's sample, another unit's schools (〔示例〕各乡镇中心学校，县直各学校、幼儿园).
    The unit's own usual value is the marked sample now, with its support in the description."""
    starter = _starter(mined, "meeting_notice", tmp_path)
    assert f"\n主送机关: 〔示例〕{ADDRESSEE}\n" in starter
    assert "学校" not in starter.split("\n主送机关:")[1].split("\n")[0]
    assert "本单位常写“各乡镇水利站，局属各单位”（2/3 篇文档如此）" in starter


def test_two_documents_counted_as_one_group_say_why(mined: Path) -> None:
    """The unit's two yearly summaries repeat each other's paragraphs: one source group (in the unit's own
    archive a yearly series alone would not join them). The reason said '只有 2 篇文档（1 组来源）', and a
    clerk with two different years' summaries could not tell why they were one; it said so only from three
    documents on."""
    import json

    report = json.loads((mined / "report.json").read_text(encoding="utf-8"))
    summary = next(g for g in report["genres"] if g["genre"] == "summary")
    assert summary["template_note"].startswith("只有 2 篇文档（1 组来源）")
    assert "其中 2 篇算作一组来源：段落大量重复" in summary["template_note"]


def test_a_notice_starter_lists_the_units_usual_closing_section(mined: Path, tmp_path: Path) -> None:
    """Most of the unit's notices end their body on a section headed 工作要求 (its canonical heading, 4 source
    groups). The built-in 通知 holds the whole body in one 正文, and the mined starter offered only the shape
    of a first heading; the unit's own last section now follows it, headed as the unit heads it."""
    facts = yaml.safe_load(_starter(mined, "notice", tmp_path))
    titles = [item["标题"] for item in facts["正文"]]
    assert titles[-1] == "工作要求"
    assert titles[0].startswith("〔请填写：正文的第一条标题")
    assert facts["正文"][-1]["内容"].startswith("〔请填写：")


def test_an_opening_written_without_its_last_comma_is_joined_to_the_transition(mined: Path, tmp_path: Path) -> None:
    """The mined template appends its transition (here 结合我县实际，现将有关事项通知如下：) to the clerk's own
    opening. Written as a clerk writes it, without a mark at the end (为做好今年防汛工作), it read
    为做好今年防汛工作结合我县实际，……, two clauses run together; a comma joins them now. An opening that
    ends on its own mark (。) is joined as it is."""
    bare = _draft_text(_minimal_notice(mined, tmp_path, "导语: 为做好今年防汛工作\n"))
    assert "为做好今年防汛工作，结合我县实际，现将有关事项通知如下：" in bare
    (tmp_path / "stop").mkdir()
    stop = _draft_text(_minimal_notice(mined, tmp_path / "stop", "导语: 今年汛期提前。\n"))
    assert "今年汛期提前。结合我县实际，现将有关事项通知如下：" in stop


def test_an_opening_that_ends_like_the_transition_begins_is_not_repeated(mined: Path, tmp_path: Path) -> None:
    """The unit's transition opens with a clause of its own (结合我县实际，现将有关事项通知如下：), and a clerk
    who writes the opening as the unit writes it ends on that clause: the draft said ……，结合我县实际，结合我县
    实际，现将有关事项通知如下：. The clause the opening already ends on is not written twice."""
    for n, opening in enumerate(("为做好今年防汛工作，结合我县实际", "为做好今年防汛工作，结合我县实际，")):
        (tmp_path / str(n)).mkdir()
        text = _draft_text(_minimal_notice(mined, tmp_path / str(n), f"导语: {opening}\n"))
        assert "为做好今年防汛工作，结合我县实际，现将有关事项通知如下：" in text
        assert text.count("结合我县实际") == 1


def test_the_units_usual_meeting_room_and_contact_are_the_samples(mined: Path, tmp_path: Path) -> None:
    """Two of the unit's three 会议通知 meet in 县水利局四楼会议室 and name 周晓岚 as contact: the starter offered
    another unit's room (县教育局三楼会议室（青禾县文昌路18号）) and contact (林晓, 0571-88001234) as its samples.
    The unit's usual ones are the samples now (still marked, to confirm); never a default: each meeting
    says where it meets."""
    starter = _starter(mined, "meeting_notice", tmp_path)
    facts = yaml.safe_load(starter)
    assert facts["会议地点"] == "〔示例〕县水利局四楼会议室"
    assert facts["联系人"] == [{"姓名": "〔示例〕周晓岚", "电话": "〔示例〕0599-7712306"}]
    manifest = _manifest(mined, "meeting_notice")
    assert "default" not in manifest["fields"]["会议地点"]
    assert "default" not in manifest["fields"]["联系人"]


def test_a_mined_notice_starter_asks_for_the_opening_in_place_of_another_units(mined: Path, tmp_path: Path) -> None:
    """The mined 通知 starter's 导语 was the built-in's sample, another unit's opening about a school term's
    campus safety (〔示例〕为切实做好春季学期校园安全工作，……), in a water bureau's notice. It asks for the
    unit's own opening now and says what follows it."""
    facts = yaml.safe_load(_starter(mined, "notice", tmp_path))
    (opening,) = facts["导语"]
    assert opening.startswith("〔请填写：开头一段")
    assert "现将有关事项通知如下：" in opening
    assert "学期" not in opening
