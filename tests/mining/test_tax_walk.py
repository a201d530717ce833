"""ux20 walk: a vertically managed county tax bureau copies its notices, meeting notices and 通报 to both
offices above it (the city bureau of its own line and the county government), but a 请示 goes up to the city
bureau and copies only the county government, and a 报告 goes to the county government and copies only the city
bureau: no document copies the office it is addressed to. The documents here were written for this test: a
fictional 国家税务总局澜西县税务局.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from walkhelpers import manifest_fields, mined_starter, write_archive

from drafter.drafting import build_draft, encode
from drafter.mining.mine import mine

UNIT = "国家税务总局澜西县税务局"
CITY = "国家税务总局澜州市税务局"
COUNTY = "澜西县人民政府"
STAFF = "局机关各股室、各税务所"


def _head(number: int) -> str:
    return f"{UNIT}文件\n\n澜税发〔2025〕{number}号\n\n"


def _tail(day: str, copied: str) -> str:
    date = f"2025年{day}"
    return f"{UNIT}\n{date}\n\n抄送：{copied}。\n{UNIT}办公室　　　　{date}印发\n"


def _notice(title: str, number: int, day: str, body: str) -> str:
    return (
        _head(number) + f"{UNIT}关于{title}的通知\n\n{STAFF}：\n"
        f"根据上级税务机关的工作安排，现将有关事项通知如下：\n一、工作内容\n{body}\n二、工作要求\n"
        "各单位要指定专人负责，按时报送进展情况。\n特此通知。\n\n" + _tail(day, f"{CITY}，{COUNTY}")
    )


def _meeting(name: str, number: int, day: str, when: str) -> str:
    return (
        _head(number) + f"{UNIT}关于召开{name}的通知\n\n{STAFF}：\n"
        f"经研究，决定召开{name}。现将有关事项通知如下：\n一、会议时间\n{when}。\n二、会议地点\n"
        "县局四楼会议室。\n三、参会人员\n各股室负责人，各税务所所长。\n四、有关要求\n请准时参会，不得无故缺席。\n"
        "特此通知。\n\n" + _tail(day, f"{CITY}，{COUNTY}")
    )


def _request(title: str, number: int, day: str, asked: str) -> str:
    return _head(number) + f"{UNIT}关于{title}的请示\n\n{CITY}：\n{asked}\n妥否，请批示。\n\n" + _tail(day, COUNTY)


def _report(title: str, number: int, day: str, said: str) -> str:
    return _head(number) + f"{UNIT}关于{title}的报告\n\n{COUNTY}：\n{said}\n特此报告。\n\n" + _tail(day, CITY)


def _letter(title: str, number: int, day: str, to: str, asked: str) -> str:
    return (
        f"{UNIT}\n澜税函〔2025〕{number}号\n\n{UNIT}关于{title}的函\n\n{to}：\n{asked}\n请予支持为盼。\n\n"
        f"{UNIT}\n2025年{day}\n\n抄送：{COUNTY}。\n"
    )


def _files() -> Iterator[tuple[str, str]]:
    yield "通知1.txt", _notice("开展个体工商户定期定额核定", 4, "2月12日", "各税务所对辖区个体工商户逐户核定定额。")
    yield "通知2.txt", _notice("做好车辆购置税征收工作", 9, "3月18日", "办税服务厅设立车购税专窗，限时办结。")
    yield "通知3.txt", _notice("开展纳税信用评价复评", 15, "5月6日", "纳税服务股牵头受理企业复评申请。")
    yield "会议1.txt", _meeting("全县税收征管工作会议", 3, "1月20日", "2025年1月24日上午9:00")
    yield "会议2.txt", _meeting("全县第二季度税收分析会", 21, "7月2日", "2025年7月8日下午3:00")
    yield (
        "请示1.txt",
        _request(
            "申请添置档案密集柜",
            11,
            "4月12日",
            "我局档案室建于2009年，现存征管档案四万余卷，库容已满，部分档案只能堆放在走廊。"
            "\n为保障档案安全，拟添置手动密集柜8组，预计需要资金12.4万元，由我局在年度预算内统筹调剂。"
            "\n密集柜到位后，我局将对历年纸质档案重新整理编目，同步推进档案数字化扫描。",
        ),
    )
    yield (
        "请示2.txt",
        _request(
            "申请维修办税服务厅屋面",
            18,
            "6月19日",
            "今年汛期连续降雨，办税服务厅屋面多处渗漏，雨水顺墙面流入自助办税区，两台终端因受潮停用。"
            "\n经县住建部门现场查勘，需更换防水层约六百平方米，并修复受损吊顶和墙面。"
            "\n维修期间，我局将在一楼大厅设置临时办税区，确保纳税人正常办理业务。",
        ),
    )
    yield "函.txt", _letter("商请提供不动产登记信息", 2, "5月20日", "澜西县自然资源局", "请按月提供不动产登记信息。")
    yield "报告.txt", _report("一季度税收收入情况", 13, "4月10日", "一季度全县组织税收收入2.1亿元，同比增长3.2%。")


def test_a_meeting_notice_copies_both_offices_above_though_up_going_documents_skip_their_addressee(
    tmp_path: Path,
) -> None:
    # Five documents copy both offices; the two 请示 copy only the county (they go to the city bureau) and the
    # 报告 only the city bureau (it goes to the county), a letter only the county: the whole line was 5 of 9
    # documents, under the bar, and
    # the two meeting notices' template, borrowing the unit's 抄送, copied the county government alone.
    out = tmp_path / "out"
    mine([write_archive(tmp_path / "archive", _files())], out)
    assert manifest_fields(out, "meeting_notice")["抄送"]["default"] == [CITY, COUNTY]


def _bulletin(title: str, number: int, day: str, said: str) -> str:
    return (
        _head(number)
        + f"{UNIT}关于{title}的通报\n\n{STAFF}：\n{said}\n特此通报。\n\n"
        + _tail(day, f"{CITY}，{COUNTY}")
    )


def _mined_with_bulletins(tmp_path: Path) -> Path:
    """The archive with one 批评 and one 表扬 通报 beside it, mined."""
    files = [
        (
            "通报1.txt",
            _bulletin("对东坪税务所违反值班纪律问题", 25, "8月5日", "东坪税务所值班人员擅自离岗，决定予以通报批评。"),
        ),
        (
            "通报2.txt",
            _bulletin("对城南税务所予以通报表扬", 27, "8月19日", "城南税务所上半年征管质效突出，决定予以通报表扬。"),
        ),
        *_files(),
    ]
    out = tmp_path / "out"
    mine([write_archive(tmp_path / "archive", files)], out)
    return out


def test_a_bulletin_starter_says_the_kind_of_the_title_its_subject_sample_comes_from(tmp_path: Path) -> None:
    # One 批评 and one 表扬 通报, no usual 类别: the starter showed the built-in's 类别: 〔示例〕表扬 above the
    # 事由 of the unit's criticism (对……违反工作纪律问题).
    out = _mined_with_bulletins(tmp_path)
    starter = mined_starter(out, "bulletin")
    subject = next(line for line in starter.splitlines() if line.startswith("事由:"))
    kind = next(line for line in starter.splitlines() if line.startswith("类别:"))
    assert ("违反" in subject) == ("批评" in kind), (kind, subject)


def test_an_issuing_notice_is_titled_with_the_issuer_as_the_units_notices_are(tmp_path: Path) -> None:
    # Every notice of the unit is titled 国家税务总局……税务局关于……的通知: a notice drafted from the mined
    # template was so titled, but one issuing a document (类别: 印发) came out 关于印发《……》的通知 alone.
    out = tmp_path / "out"
    mine([write_archive(tmp_path / "archive", _files())], out)
    facts = tmp_path / "印发.yaml"
    facts.write_text(
        f"模板: {out / 'notice'}\n类别: 印发\n印发文件:\n  标题: 2026年纳税服务工作要点\n  内容:\n"
        "  - 持续优化办税缴费服务。\n成文日期: 2026-02-10\n文号序号: 3\n",
        encoding="utf-8",
    )
    _, draft = build_draft(facts)
    text = encode(draft, "txt").decode("utf-8")
    assert f"\n{UNIT}关于印发《2026年纳税服务工作要点》的通知\n" in text, text


def test_a_starter_whose_documents_name_another_clerk_asks_for_the_contact(tmp_path: Path) -> None:
    # Both 请示 name the finance clerk, the meeting notice the office's: the meeting-notice starter offered the
    # finance clerk (the unit's usual contact, two documents of another genre) as its 〔示例〕.
    finance = "（联系人：财务股 尹嘉禾，联系电话：0736-5521307）\n"
    office = "联系人：办公室 韦一帆，联系电话：0736-5521301。\n"
    files = []
    for name, text in _files():
        if name.startswith("请示"):
            text = text.replace("\n\n抄送", f"\n{finance}\n抄送")
        if name == "会议1.txt":
            text = text.replace("特此通知。\n", "特此通知。\n" + office)
        files.append((name, text))
    out = tmp_path / "out"
    mine([write_archive(tmp_path / "archive", files)], out)
    assert "尹嘉禾" in mined_starter(out, "request")
    meeting = mined_starter(out, "meeting_notice")
    assert "尹嘉禾" not in meeting and "韦一帆" not in meeting, meeting
    assert "姓名: 〔请填写：联系人姓名〕" in meeting, meeting


def test_two_requests_sharing_only_their_sign_off_are_two_source_groups(tmp_path: Path) -> None:
    contact = "（联系人：财务股 尹嘉禾，联系电话：0736-5521307）\n"
    files = []
    for name, text in _files():
        if name.startswith("请示"):
            text = text.replace("2025年4月12日\n", "2025年4月2日\n").replace("2025年6月19日\n", "2025年6月9日\n")
            text = text.replace("\n\n抄送", f"\n{contact}\n抄送")
        files.append((name, text))
    out = tmp_path / "out"
    mine([write_archive(tmp_path / "archive", files)], out)
    groups = json.loads((out / "report.json").read_text(encoding="utf-8"))["groups"]
    assert not any(any(d.startswith("请示") for d in group["documents"]) for group in groups), groups


def test_a_bulletin_goes_by_default_where_it_and_the_units_notices_all_go(tmp_path: Path) -> None:
    # Both 通报 and all three notices and two meeting notices go to 局机关各股室、各税务所: the 通报 template
    # (two documents, under the bar of a default of its own) asked for the 主送机关 in every row of a batch.
    out = _mined_with_bulletins(tmp_path)
    addressee = manifest_fields(out, "bulletin")["主送机关"]
    assert addressee.get("default") == STAFF, addressee
    assert "同向行文的公文" in addressee["description"], addressee
