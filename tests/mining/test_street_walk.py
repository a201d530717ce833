"""The ux23 walk: a city district's 街道, whose party working committee (党工委) and office (办事处) issue jointly
under a stacked 红头 and each on its own, the office far more often. Documents written for these tests."""

from __future__ import annotations

from pathlib import Path

import drafter
from tests.mining.walkhelpers import manifest_fields, mine_cli, mined_starter, write_archive

PARTY = "中共柏岭街道工作委员会"
OFFICE = "柏岭街道办事处"
COPIED = "抄送：区委办公室，区政府办公室。"


def _office_notice(number: int, matter: str, body: str, date: str, *, urging: bool = True, also: str = "") -> str:
    urge = "请各社区、各科室高度重视，认真抓好落实。\n" if urging else ""
    copied = COPIED.replace("。", f"，{also}。") if also else COPIED
    return f"""{OFFICE}文件

柏街办〔2025〕{number}号

{OFFICE}关于{matter}的通知

各社区居委会，街道各科室：
为进一步做好{matter}，经街道党工委研究，现将有关事项通知如下：
一、工作安排
{body}
二、工作要求
各社区要明确专人负责，按时报送工作进展，确保各项任务落到实处。
{urge}特此通知。

{OFFICE}
{date}

{copied}
柏岭街道党政办公室                    {date}印发
"""


def _joint_notice(number: int, matter: str, body: str, date: str) -> str:
    return f"""{PARTY}
{OFFICE}
文件

柏街党工〔2025〕{number}号

{PARTY}　{OFFICE}关于{matter}的通知

各社区党组织、社区居委会，街道各科室：
为进一步做好{matter}，经街道党工委、办事处研究，现将有关事项通知如下：
一、工作目标
{body}
二、工作要求
各社区要落实主体责任，每月底前将工作进展报街道党政办公室。
请各社区、各科室高度重视，认真抓好落实。
特此通知。

{PARTY}    {OFFICE}
{date}

{COPIED}
柏岭街道党政办公室                    {date}印发
"""


def _minutes(issue: int, day: str, matters: list[tuple[str, str]], absent: str) -> str:
    items = "\n".join(f"{'一二三'[n]}、关于{matter}\n{decision}" for n, (matter, decision) in enumerate(matters))
    return f"""{PARTY}会议纪要

第{issue}期

{PARTY}办公室                2025年{day}

2025年{day}，街道党工委书记在街道办事处三楼会议室主持召开党工委会议，研究{"、".join(m for m, _ in matters)}等事项。现将会议议定事项纪要如下：
{items}

出席：杜云舟  许安澜  钟一鸣  葛秋实
列席：庞书逸
缺席：{absent}

抄送：区委办公室。
{PARTY}办公室              2025年{day}印发
"""


OFFICE_MINUTES = """柏岭街道主任办公会议纪要

2025年5月14日上午，街道办事处主任许安澜主持召开主任办公会议，听取了城市管理科关于背街小巷整治的汇报。现将会议议定事项纪要如下：
一、同意对六条背街小巷实施路面修补和照明改造，所需资金从街道城市维护经费中列支。
二、由城市管理科会同各社区制定施工计划，七月底前完工。

出席：许安澜  钟一鸣  葛秋实
列席：庞书逸
"""


REQUEST = f"""{OFFICE}文件

柏街办〔2025〕14号                     签发人：许安澜

{OFFICE}关于申请社区活动场所修缮经费的请示

临川区人民政府：
我街道所辖三个社区的党群服务场所建成已逾十五年，屋面渗漏、线路老化问题突出，已影响居民正常使用。
经测算，修缮工程共需资金八十万元，街道自筹二十万元，特申请区财政补助六十万元。
妥否，请批示。

{OFFICE}
2025年6月3日
（联系人：葛秋实，电话：0571-5520316）

抄送：区财政局。
柏岭街道党政办公室                    2025年6月3日印发
"""

PARTY_REPORT = f"""{PARTY}文件

柏街党工〔2025〕9号                   签发人：杜云舟

{PARTY}关于上半年基层党建工作情况的报告

中共临川区委：
今年以来，街道党工委认真落实区委部署，推动党建工作与基层治理深度融合。现将有关情况报告如下：
一、主要做法
召开党建工作会议两次，开展主题党日活动三十余场次，发展党员五名。
二、下步打算
下半年将选优配强社区班子，完善流动党员管理机制。
特此报告。

{PARTY}
2025年7月9日

抄送：区委组织部。
{PARTY}办公室              2025年7月9日印发
"""


def street_minutes() -> list[str]:
    """The party committee's two 纪要."""
    return [
        _minutes(
            4,
            "4月22日",
            [
                ("安全生产检查", "会议要求各分管领导带队深入企业和工地检查，五月底前完成第一轮排查并建立整改台账。"),
                ("道路保洁考核", "会议原则同意城市管理科起草的考核细则，修改完善后印发执行。"),
            ],
            "无",
        ),
        _minutes(
            8,
            "6月17日",
            [
                ("防汛工作", "会议强调要严格执行领导带班制度，对地下空间和危旧房屋逐一排查，落实专人盯守。"),
                ("社区换届", "会议同意成立换届工作领导小组，由党工委副书记任组长，七月底前完成摸底。"),
            ],
            "钟一鸣（外出学习）",
        ),
    ]


def street_archive(folder: Path) -> Path:
    """The 街道's archive: four notices and a 请示 under the office's own 红头, two joint notices under the
    stacked 红头, one 报告 under the party committee's, two of the party committee's 纪要 and one of the office's."""
    files = [
        (
            "01.txt",
            _office_notice(3, "春季道路保洁工作", "3月至5月，各社区每周组织一次楼道、绿地清洁行动。", "2025年3月4日"),
        ),
        (
            "02.txt",
            _office_notice(7, "汛期值班工作", "6月1日至9月30日实行24小时值班，遇预警时领导带班。", "2025年5月22日"),
        ),
        ("03.txt", _office_notice(11, "夏季消防检查工作", "6月内完成沿街商铺和出租房屋的全面检查。", "2025年6月2日")),
        ("04.txt", _office_notice(16, "重阳节敬老慰问工作", "10月上旬走访慰问辖区八十岁以上老人。", "2025年9月20日")),
        (
            "05.txt",
            _joint_notice(2, "生活垃圾分类工作", "年底前小区分类设施全覆盖，居民参与率达到九成。", "2025年3月10日"),
        ),
        ("06.txt", _joint_notice(5, "社区换届筹备工作", "七月底前完成各社区班子运行情况摸底。", "2025年6月20日")),
        ("07.txt", REQUEST),
        ("08.txt", PARTY_REPORT),
        ("09.txt", street_minutes()[0]),
        ("10.txt", street_minutes()[1]),
        ("11.txt", OFFICE_MINUTES),
    ]
    return write_archive(folder, files)


def test_head_only_request_is_headed_by_the_office_that_heads_most_documents(tmp_path: Path) -> None:
    """The office's own 红头 heads five of the eight headed documents: it is the unit's, and the head-only 请示
    the office signs is sent under it, not under the stacked joint 红头 printed on two joint notices."""
    out = tmp_path / "模板"
    mine_cli(street_archive(tmp_path / "档案"), out)
    fields = manifest_fields(out, "request")
    assert fields["发文机关标志"]["default"] == [f"{OFFICE}文件"]
    assert fields["署名"]["default"] == [OFFICE]


def test_party_committee_minutes_are_the_units(tmp_path: Path) -> None:
    """The 纪要 are the party committee's, which signs the unit's joint notices with the office: their 单位 is
    the party committee, and the starter offers the unit's own 纪要标志 rather than asking for both."""
    out = tmp_path / "模板"
    mine_cli(street_archive(tmp_path / "档案"), out)
    fields = manifest_fields(out, "meeting_report")
    assert fields["单位"]["default"] == PARTY
    starter = mined_starter(out, "meeting_report")
    assert f"纪要标志: 〔示例〕{PARTY}会议纪要" in starter
    assert "单位: 〔请填写" not in starter
    described = next(line for line in starter.splitlines() if line.startswith("# 纪要标志"))
    assert "青禾" not in described  # the built-in's other unit's 标志 is no sample beside the unit's own


def test_a_closing_of_two_source_groups_is_offered_in_the_notice_starter(tmp_path: Path) -> None:
    """Two of the office's three notices close on the same request before 特此通知。: two source groups, short of
    a default, and still the unit's words; the starter offers it commented out as other genres' 结尾, and a
    draft that leaves it off writes none."""
    files = [
        ("01.txt", _office_notice(3, "春季道路保洁工作", "3月至5月，各社区每周组织一次楼道清洁。", "2025年3月4日")),
        ("02.txt", _office_notice(7, "汛期值班工作", "6月1日起实行24小时值班。", "2025年5月22日")),
        (
            "03.txt",
            _office_notice(11, "夏季消防检查工作", "6月内完成沿街商铺检查。", "2025年6月2日", urging=False),
        ),
    ]
    out = tmp_path / "模板"
    mine_cli(write_archive(tmp_path / "档案", files), out)
    starter = mined_starter(out, "notice")
    assert "# 结尾: [请各社区、各科室高度重视，认真抓好落实。]" in starter
    facts = {
        "模板": str(out / "notice"),
        "事由": "做好秋季防火工作",
        "主送机关": "各社区居委会，街道各科室",
        "正文": [{"标题": "加强巡查", "内容": "各社区每周巡查一次。"}],
        "成文日期": "2025-09-01",
    }
    text = drafter.draft(facts, fmt="txt").data.decode("utf-8")
    assert "特此通知。" in text and "认真抓好落实" not in text
    urged = drafter.draft({**facts, "结尾": ["请各社区、各科室高度重视，认真抓好落实。"]}, fmt="txt").data.decode(
        "utf-8"
    )
    assert urged.index("认真抓好落实") < urged.index("特此通知。")


def _meeting_notice(
    number: int, meeting: str, when: str, date: str, agenda: list[str], asked: str, also: str = ""
) -> str:
    copied = COPIED.replace("。", f"，{also}。") if also else COPIED
    items = "\n".join(f"{n}.{item}；" for n, item in enumerate(agenda, 1))
    return f"""{OFFICE}文件

柏街办〔2025〕{number}号

关于召开{meeting}的通知

各社区居委会，街道各科室：
经街道党工委研究，定于近期召开{meeting}，现将有关事项通知如下：
一、会议时间
{when}。
二、会议地点
街道办事处二楼会议室。
三、参会人员
各社区居委会主任，街道各科室负责人。
四、会议议程
{items}
五、有关要求
{asked}
特此通知。

{OFFICE}
{date}

{copied}
柏岭街道党政办公室                    {date}印发
"""


def _copying_archive(folder: Path, also: str = "") -> Path:
    """Three notices (each also copied to the office its matter concerns), two meeting notices (``also``: the
    office both concern), the 请示, the 报告 and the two 纪要."""
    files = [
        (
            "01.txt",
            _office_notice(3, "春季道路保洁工作", "各社区每周组织一次楼道清洁。", "2025年3月4日", also="区城市管理局"),
        ),
        ("02.txt", _office_notice(7, "汛期值班工作", "6月1日起实行24小时值班。", "2025年5月22日", also="区应急管理局")),
        (
            "03.txt",
            _meeting_notice(
                9,
                "街道第二季度工作例会",
                "2025年4月8日上午9:00",
                "2025年4月2日",
                ["通报一季度重点工作完成情况", "各社区汇报二季度工作安排"],
                "各社区汇报时间控制在五分钟以内，书面材料于会前一日报党政办公室。",
                also,
            ),
        ),
        (
            "04.txt",
            _meeting_notice(
                21,
                "街道7月份工作例会",
                "2025年7月3日下午2:30",
                "2025年6月27日",
                ["部署迎峰度夏工作", "推进背街小巷整治", "研究下半年重点工作"],
                "请各科室提前将半年工作小结送党政办公室，参会人员不得无故缺席。",
                also,
            ),
        ),
        ("05.txt", REQUEST),
        ("06.txt", PARTY_REPORT),
        ("07.txt", street_minutes()[0]),
        ("08.txt", street_minutes()[1]),
        (
            "09.txt",
            _office_notice(11, "夏季消防检查工作", "6月内完成沿街商铺检查。", "2025年6月2日", also="区消防救援大队"),
        ),
    ]
    return write_archive(folder, files)


def test_meeting_notices_copy_the_whole_line_they_all_write(tmp_path: Path) -> None:
    """The unit copies every downward document to the district's two offices (the notices add the office their
    matter concerns) and its 请示, 报告 and 纪要 elsewhere: the second office, on 5 of 9 documents, is short of
    the bar, the first alone is the core. Both meeting notices copy the two offices: their template copies both,
    and not the office one notice's matter concerns."""
    out = tmp_path / "模板"
    mine_cli(_copying_archive(tmp_path / "档案"), out)
    assert manifest_fields(out, "meeting_notice")["抄送"]["default"] == ["区委办公室", "区政府办公室"]


def test_an_office_two_meeting_notices_concern_is_no_default(tmp_path: Path) -> None:
    """Both meeting notices also copy the office their matter concerns (区城市管理局, 2 of 9 documents besides
    one notice): it is no part of a default, however the two agree."""
    out = tmp_path / "模板"
    mine_cli(_copying_archive(tmp_path / "档案", also="区城市管理局"), out)
    assert "区城市管理局" not in manifest_fields(out, "meeting_notice")["抄送"]["default"]


WECHAT_PROPOSAL = """点击蓝字 关注我们
👇👇👇
柏岭发布 2025-06-03 19:05 发表于临川

柏岭街道节约用水倡议书

广大居民朋友们：
水是生命之源。为增强节水意识，柏岭街道向全体居民发出如下倡议：
一、随手关紧水龙头，及时报修跑冒滴漏。
二、一水多用，洗菜水浇花、洗衣水冲厕。
三、带动家人邻里，争做节水家庭。
让我们携起手来，共同守护每一滴水！

柏岭街道办事处
2025年6月3日
"""


def test_wechat_header_with_an_emoji_line_is_no_document(tmp_path: Path) -> None:
    copied = tmp_path / "公众号.txt"
    copied.write_text(WECHAT_PROPOSAL, encoding="utf-8")
    parsed, _ = drafter.parse([copied])
    assert [d.title for d in parsed[0].documents] == ["柏岭街道节约用水倡议书"]


def test_head_only_report_of_the_party_committee_is_headed_and_signed_by_it(tmp_path: Path) -> None:
    """The one 报告 is the party committee's, numbered in its own series under its own 红头: the head-only report
    template keeps that series and heads and signs with the party committee, not the office the unit's other
    documents are mostly from."""
    out = tmp_path / "模板"
    mine_cli(street_archive(tmp_path / "档案"), out)
    fields = manifest_fields(out, "report")
    assert fields["文号格式"]["default"] == "柏街党工〔{年}〕{号}号"
    assert fields["署名"]["default"] == [PARTY]
    assert fields["发文机关标志"]["default"] == [f"{PARTY}文件"]
    assert fields["印发机关"]["default"] == f"{PARTY}办公室"


LETTER = f"""{OFFICE}

柏街办函〔2025〕4号

{OFFICE}关于商请协助修复背街小巷路灯的函

区住房和城乡建设局：
近期，辖区居民反映多条背街小巷路灯损坏，夜间出行不便。经排查，共有损坏路灯三十余盏。
恳请贵局安排专业力量予以维修，街道将做好现场配合工作。
请予支持为盼。

{OFFICE}
2025年5月20日
（联系人：葛秋实，电话：0571-5520316）
"""


def test_head_only_request_offers_its_own_clerk_the_letter_names_too(tmp_path: Path) -> None:
    """The 请示 and the 函 name the same clerk, the two meeting notices (first in the folder) another: the 请示
    starter offers the 请示's own clerk, whom the unit names on two documents, not a blank to fill in."""
    contact = "\n联系人：党政办公室  庞书逸，电话：0571-5520301。"
    files = [
        ("01.txt", _office_notice(3, "春季道路保洁工作", "各社区每周组织一次楼道清洁。", "2025年3月4日")),
        ("02.txt", _office_notice(7, "汛期值班工作", "6月1日起实行24小时值班。", "2025年5月22日")),
        (
            "03.txt",
            _meeting_notice(
                9,
                "街道第二季度工作例会",
                "2025年4月8日上午9:00",
                "2025年4月2日",
                ["通报一季度重点工作完成情况", "各社区汇报二季度工作安排"],
                "各社区汇报时间控制在五分钟以内。" + contact,
            ),
        ),
        (
            "04.txt",
            _meeting_notice(
                21,
                "街道7月份工作例会",
                "2025年7月3日下午2:30",
                "2025年6月27日",
                ["部署迎峰度夏工作", "研究下半年重点工作"],
                "参会人员不得无故缺席。" + contact,
            ),
        ),
        ("05.txt", REQUEST),
        ("06.txt", LETTER),
    ]
    out = tmp_path / "模板"
    mine_cli(write_archive(tmp_path / "档案", files), out)
    starter = mined_starter(out, "request")
    assert "姓名: 〔示例〕葛秋实" in starter
    assert "电话: 〔示例〕0571-5520316" in starter


def test_party_committee_minutes_offer_its_office_as_printer(tmp_path: Path) -> None:
    """Both of the party committee's 纪要 are printed by its office (one series, one source group, but the name
    is the unit's, as their 标志 is): the starter's 印发机关 sample is that office, not the built-in's bureau."""
    out = tmp_path / "模板"
    mine_cli(street_archive(tmp_path / "档案"), out)
    starter = mined_starter(out, "meeting_report")
    assert f"# 印发机关: 〔示例〕{PARTY}办公室" in starter
    assert "青禾" not in starter
