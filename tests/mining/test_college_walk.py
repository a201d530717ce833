"""A college's archive as its 党政办公室 keeps it: notices and 请示 under one 红头, signed by the college;
the office's own yearly summaries signed by the office; its 院长办公会议 and 党委会议 纪要; and model
documents of other colleges saved from the web beside them.

The documents are written for these tests: a fictional 苇塘职业学院, its 院长 and its office's contact.
"""

from collections.abc import Iterator
from pathlib import Path

from click.testing import CliRunner
from walkhelpers import mined_starter, write_archive

from drafter.cli import main
from drafter.mining.mine import mine

UNIT = "苇塘职业学院"
HEAD = f"{UNIT}文件\n苇职院发〔{{year}}〕{{number}}号{{signer}}\n"
TAIL = (
    f"\n{UNIT}\n{{year}}年{{month}}月{{day}}日\n{{note}}"
    f"抄送：学院领导班子成员。\n{UNIT}党政办公室 {{year}}年{{month}}月{{day}}日印发\n"
)
NOTE = "（联系人：沈若溪，电话：0571-63305218）\n"

NOTICES = [
    (
        "关于开展春季学期期中教学检查的通知",
        "各系（部）、各处室：\n为掌握本学期教学运行情况，经学院研究，决定开展期中教学检查。现将有关事项通知如下：\n"
        "一、检查时间\n4月中旬，为期两周。\n二、工作要求\n各系（部）先行自查，自查报告报教务处。\n特此通知。",
    ),
    (
        "关于做好暑期校园安全工作的通知",
        "各系（部）、各处室：\n为确保暑假期间校园安全，经学院研究，现将有关事项通知如下：\n"
        "一、值班安排\n实行院领导带班、中层干部值班。\n二、工作要求\n值班人员不得擅离岗位。\n特此通知。",
    ),
    (
        "关于做好秋季新生报到工作的通知",
        "各系（部）、各处室：\n为做好新生报到工作，经学院研究，现将有关事项通知如下：\n"
        "一、报到时间\n九月上旬，为期两天。\n二、工作要求\n各系（部）安排迎新人员在报到点值守。\n特此通知。",
    ),
]

REQUESTS = [
    (
        "关于拨付实训楼建设配套资金的请示",
        "市教育局：\n我院实训楼主体工程已完成过半，第二期工程款须于六月底前支付，市级配套资金尚未到位。\n"
        "恳请将实训楼建设市级配套资金拨付到位。\n妥否，请批示。",
    ),
    (
        "关于增设智能制造技术专业的请示",
        "市教育局：\n本市智能装备企业对技术技能人才需求增加，我院已具备开办相近专业的师资和设备。\n"
        "恳请同意我院自明年起增设智能制造技术专业。\n妥否，请批示。",
    ),
]

SUMMARY = f"""{UNIT}党政办公室{{year}}年度工作总结
{{year}}年，党政办公室围绕学院中心工作，做好参谋、协调和服务工作。现将一年来工作总结如下：
一、主要工作
{{work}}
二、存在问题
{{problem}}
{UNIT}党政办公室
{{year}}年12月28日
"""
YEARS = (
    (2024, "修订公文处理办法，全年收办上级来文三百八十余件，信息公开事项按时发布。", "档案数字化进度滞后于计划。"),
    (2025, "推行督办事项台账管理，院长办公会议议定事项办结率逐月提高。", "部分文稿时效性不强，督办反馈不够及时。"),
)

MINUTES = f"""{UNIT}{{meeting}}纪要
第{{issue}}期
{UNIT}党政办公室　　{{year}}年{{month}}月{{day}}日
{{year}}年{{month}}月{{day}}日，{{chair}}在行政楼会议室主持召开会议，研究{{matter}}等事项。现将会议议定事项纪要如下：
一、关于{{matter}}
{{decision}}
二、关于{{other}}
{{follow}}
出席：陆正阳　程雨桐　韦嘉树　邵明川
列席：沈若溪
"""
MEETINGS = (
    (
        ("院长办公会议", "院长陆正阳", "寒假校园安全", 1, "寒假期间实行院领导带班，保卫处放假前完成消防设施检查。"),
        ("第二食堂改造", "后勤管理处在寒假期间完成改造，财务处按采购规定支付工程款。"),
    ),
    (
        (
            "党委会议",
            "党委书记程雨桐",
            "中层干部轮岗交流",
            6,
            "同意按程序对任职满两届的中层干部轮岗，组织部做好考察谈话。",
        ),
        ("毕业生就业", "各系（部）实行一生一策，八月底前去向落实率达到九成以上。"),
    ),
    (
        ("院长办公会议", "院长陆正阳", "教师公开招聘", 3, "同意人事处拟定的招聘计划，严格执行资格审查和考核程序。"),
        ("校园网络升级", "信息中心分两期实施，第一期利用暑假完成，预算报财务处审核。"),
    ),
)

# Model documents of other colleges, saved from the web into the same folder: each signed by its own college.
SAVED = [
    "关于组织教职工健康体检的通知\n学院各部门：\n经学院研究，定于六月组织教职工健康体检。\n特此通知。\n江渚城市职业学院\n2025年6月2日\n",
    "关于承办技能大赛分赛区的请示\n省教育厅：\n我院申请承办全省技能大赛分赛区，经费自筹。\n妥否，请批示。\n青屏商贸职业学院\n2025年4月11日\n",
    "关于上半年教学工作情况的报告\n市教育局：\n上半年我院修订课程标准三十余门。\n特此报告。\n北岙工程职业学院\n2025年7月8日\n",
]


def _files() -> Iterator[tuple[str, str]]:
    """The archive's files, by name: the unit's documents as its clerk keeps them."""
    for index, (title, body) in enumerate(NOTICES, 1):
        head = HEAD.format(year=2025, number=index, signer="")
        tail = TAIL.format(year=2025, month=index + 2, day=8, note="")
        yield f"通知{index}.txt", head + title + "\n" + body + tail
    for index, (title, body) in enumerate(REQUESTS, 1):
        head = HEAD.format(year=2025, number=10 + index, signer="　签发人：陆正阳")
        tail = TAIL.format(year=2025, month=index + 4, day=6, note=NOTE)
        yield f"请示{index}.txt", head + title + "\n" + body + tail
    for year, work, problem in YEARS:
        text = SUMMARY.format(year=year, work=work, problem=problem)
        yield f"总结{year}.txt", text
    for issue, ((meeting, chair, matter, month, decision), (other, follow)) in enumerate(MEETINGS, 1):
        text = MINUTES.format(
            meeting=meeting,
            issue=issue,
            year=2025,
            month=month,
            day=12,
            chair=chair,
            matter=matter,
            decision=decision,
            other=other,
            follow=follow,
        )
        yield f"纪要{issue}.txt", text
    for index, text in enumerate(SAVED, 1):
        yield f"范文{index}.txt", text


def _archive(root: Path) -> Path:
    return write_archive(root / "档案", _files())


def test_the_college_is_named_by_the_documents_its_office_signs_too(tmp_path: Path) -> None:
    # Five documents signed by the college, two by its 党政办公室 and three saved ones of other colleges: the
    # college's name carried 5 of 10 signatures, below the bar, so its 纪要 learnt no 单位 (no 纪要 template
    # at all: '没有挖掘到本单位自己的东西') and the 请示 starter asked for the 发文机关 with a 〔示例〕.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    minutes = mined_starter(out, "meeting_report")
    assert f"# 单位: {UNIT}" in minutes
    assert f"纪要标志: 〔示例〕{UNIT}院长办公会议纪要" in minutes
    request = mined_starter(out, "request")
    assert f"不填时用“{UNIT}”" in request and f"发文机关:\n- 〔示例〕{UNIT}" not in request
    # The office's own signature is never the 署名 default of a genre: the summaries keep theirs.
    notice = mined_starter(out, "notice")
    assert f"# 署名:\n# - {UNIT}\n" in notice


def test_a_request_starter_offers_the_contact_the_units_requests_give(tmp_path: Path) -> None:
    # Both 请示 give the office's clerk and telephone in their 附注 (联系人：沈若溪，电话：……): the starter
    # offered the built-in's 〔示例〕林晓 at another unit's number.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    request = mined_starter(out, "request")
    assert "姓名: 〔示例〕沈若溪" in request and "电话: 〔示例〕0571-63305218" in request
    assert "林晓" not in request and "88001234" not in request


def test_a_minutes_starter_offers_the_leaders_the_units_minutes_list(tmp_path: Path) -> None:
    # Every 纪要 lists the college's leaders as attending and the office's clerk as sitting in: the starter
    # offered the built-in's 〔示例〕王明、李华 and 〔示例〕局机关各股室负责人.
    out = tmp_path / "out"
    archive = _archive(tmp_path)
    # One leader away from one meeting, a head of section sitting in for one matter: no whole line recurs.
    first = archive / "纪要1.txt"
    text = (
        first.read_text(encoding="utf-8").replace("　邵明川", "").replace("列席：沈若溪", "列席：沈若溪　保卫处负责人")
    )
    first.write_text(text, encoding="utf-8")
    mine([archive], out)
    minutes = mined_starter(out, "meeting_report")
    attending = minutes.split("\n出席:\n", 1)[1].split("\n\n", 1)[0]
    assert attending.splitlines() == ["- 〔示例〕陆正阳", "- 〔示例〕程雨桐", "- 〔示例〕韦嘉树", "- 〔示例〕邵明川"]
    sitting_in = minutes.split("\n列席:\n", 1)[1].split("\n\n", 1)[0]
    assert sitting_in.splitlines() == ["- 〔示例〕沈若溪"]


def test_an_opening_ending_on_its_own_transition_gets_no_second_one(tmp_path: Path) -> None:
    # A clerk wrote the transition into the 导语 and typed its colon as a full stop: the notice read
    # ……现就有关工作通知如下。现将有关事项通知如下：.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    facts = tmp_path / "通知.yaml"
    body = "正文:\n- 标题: 值班安排\n  内容: 实行院领导带班。\n成文日期: 2025-12-20\n印章: 是\n文号序号: 30\n"
    for opening, drafted in (
        ("为确保寒假期间校园安全，经学院研究，现就有关工作通知如下。", "现就有关工作通知如下：\n"),
        ("为确保寒假期间校园安全，经学院研究，现就有关工作通知如下", "现就有关工作通知如下：\n"),
        ("为确保寒假期间校园安全，经学院研究，决定加强值班。", "决定加强值班。现将有关事项通知如下：\n"),
        ("为确保寒假期间校园安全，现就值班工作提出如下要求。", "现就值班工作提出如下要求：\n"),
    ):
        facts.write_text(
            f"模板: {out / 'notice'}\n事由: 做好寒假安全工作\n导语:\n- {opening}\n{body}", encoding="utf-8"
        )
        result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
        assert result.exit_code == 0, result.output
        assert drafted in result.output and result.output.count("如下") == 1


def test_a_minutes_starter_describes_its_decisions_by_their_headings(tmp_path: Path) -> None:
    # The 纪要's 议定事项 is the built-in's section of type topical (主要内容), named otherwise: its six
    # headings (关于……) were not found for it, and the starter asked for '一句话概括这一条'.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    decisions = mined_starter(out, "meeting_report").split("\n议定事项:\n", 1)[1].split("\n\n", 1)[0]
    assert "字的短语" in decisions and "一句话概括这一条" not in decisions


def test_a_minutes_template_names_its_parts_as_its_sections_do(tmp_path: Path) -> None:
    # 'templates show' listed the sections 纪要标志和标题 … 议定事项 …, and the description said the unit's
    # order was '主要内容', a name the clerk finds nowhere in the template.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    shown = CliRunner().invoke(main, ["templates", "show", str(out / "meeting_report")])
    assert shown.exit_code == 0, shown.output
    assert "本单位文档各部分的顺序：议定事项" in shown.output and "主要内容" not in shown.output
