"""ux18 walk: a county committee of the Communist Youth League (团县委) closes its activity notices by asking
"each level of league organisation" (各级团组织) to take the matter seriously. The documents here were written
for this test: a fictional 共青团枫渚县委员会.
"""

from pathlib import Path

from walkhelpers import manifest_fields, mine_cli, mined_starter, write_archive

import drafter
from drafter.mining.mine import mine
from drafter.mining.parse import parse_file

UNIT = "共青团枫渚县委员会"
TAIL = "抄送：团市委办公室，县委办公室。\n共青团枫渚县委办公室　　　　　　{date}印发\n"

NOTICES = [
    ("关于开展春季植树护绿志愿活动的通知", "护绿", 2, "3月2日"),
    ("关于开展青年读书分享月活动的通知", "读书分享", 4, "4月8日"),
    ("关于开展暑期关爱留守儿童行动的通知", "关爱留守儿童", 7, "6月25日"),
    ("关于开展重阳敬老志愿服务的通知", "敬老服务", 9, "10月9日"),
]


def _notice(title: str, activity: str, number: int, day: str) -> str:
    date = f"2025年{day}"
    return (
        f"共青团枫渚县委文件\n\n枫团发〔2025〕{number}号\n\n{title}\n\n各乡镇团委，县直各单位团组织：\n"
        f"为引导团员青年服务社会，经研究，决定开展{activity}活动。现将有关事项通知如下：\n"
        f"一、活动时间\n{date}至月底。\n二、活动要求\n各单位要做好安全保障，及时报送活动信息。\n"
        "请各级团组织高度重视，精心组织，确保活动取得实效。\n特此通知。\n\n"
        f"{UNIT}\n{date}\n\n" + TAIL.format(date=date)
    )


def test_a_closing_naming_the_same_generic_organisations_everywhere_keeps_their_words(tmp_path: Path) -> None:
    # jieba tags 团组织 as an organisation, so mining reads 请各级{单位}高度重视…… and the template filled the slot
    # with 发文机关: the drafted notice asked 请各级共青团枫渚县委员会高度重视. Every source writes the same words in
    # that slot: they are the formula's own words, not a name for a field to fill.
    archive = write_archive(tmp_path / "archive", ((f"n{i}.txt", _notice(*n)) for i, n in enumerate(NOTICES)))
    out = tmp_path / "out"
    mine([archive], out)
    closing = manifest_fields(out, "notice")["结尾"]["description"]
    assert "请各级团组织高度重视" in closing and "{单位}" not in closing
    facts = {
        "模板": str(out / "notice"),
        "事由": "开展寒假送温暖志愿服务",
        "导语": ["为弘扬志愿精神，经研究，决定开展寒假送温暖志愿服务。"],
        "正文": [{"标题": "活动时间", "内容": "2026年1月20日至2月10日。"}],
        "成文日期": "2026-01-08",
        "印章": "是",
        "文号序号": 1,
    }
    text = drafter.draft(facts, fmt="txt").data.decode("utf-8")
    assert "请各级团组织高度重视，精心组织，确保活动取得实效。" in text
    assert "请各级共青团" not in text


REQUEST = (
    "共青团枫渚县委文件\n\n枫团发〔2025〕6号　　　　签发人：沈清和\n\n关于申请安排青年之家建设经费的请示\n\n中共枫渚县委：\n"
    "今年拟在五个乡镇建设青年之家，尚缺经费十万元。\n恳请县委协调安排经费十万元。\n妥否，请批示。\n\n"
    f"{UNIT}\n2025年5月6日\n\n" + TAIL.format(date="2025年5月6日")
)
REPORT = (
    "共青团枫渚县委文件\n\n枫团发〔2025〕8号　　　　签发人：沈清和\n\n关于上半年团员教育管理情况的报告\n\n共青团某市委员会：\n"
    "上半年，我县团员教育管理工作有序推进。现将有关情况报告如下：\n一、主要做法\n开展团员集中教育。\n"
    "二、下步打算\n完善团员激励机制。\n特此报告。\n\n"
    f"{UNIT}\n2025年7月2日\n\n" + TAIL.format(date="2025年7月2日")
)


def test_a_request_under_the_units_red_head_asks_for_its_signer(tmp_path: Path) -> None:
    # The request template prints the unit's 红头 by default; its starter kept 签发人 commented out, so the
    # clerk's 请示, drafted as the starter came, drew "上行文要写签发人" every time (ux18 walk). The starter now
    # asks for it, with the unit's usual signer as the sample.
    files = [(f"n{i}.txt", _notice(*n)) for i, n in enumerate(NOTICES)]
    archive = write_archive(tmp_path / "archive", [*files, ("r.txt", REQUEST), ("p.txt", REPORT)])
    out = tmp_path / "out"
    mine_cli(archive, out)
    starter = mined_starter(out, "request")
    assert "\n签发人:\n- 〔示例〕沈清和\n" in starter


def test_a_request_with_no_usual_signer_asks_for_one_rather_than_showing_another_units(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "archive", [(f"n{i}.txt", _notice(*n)) for i, n in enumerate(NOTICES)])
    out = tmp_path / "out"
    mine_cli(archive, out)
    starter = mined_starter(out, "request")
    assert "\n签发人:\n- 〔请填写：" in starter
    assert "王明远" not in starter


CONGRESS = (
    "共青团枫渚县委文件\n\n枫团发〔2025〕11号\n\n关于召开共青团枫渚县第九次代表大会的通知\n\n各乡镇团委，县直各单位团组织：\n"
    "经县委同意，定于2025年6月召开共青团枫渚县第九次代表大会。现将有关事项通知如下：\n"
    "一、会议时间\n2025年6月12日（星期四）上午9:00。\n二、会议地点\n县会议中心大礼堂。\n"
    "三、会议主要议程\n1.审议团县委工作报告；\n2.选举产生新一届委员会。\n四、有关要求\n请各代表团按时报送代表名册。\n"
    f"特此通知。\n\n{UNIT}\n2025年5月20日\n"
)


def test_a_congress_notices_main_agenda_is_its_meeting_arrangements(tmp_path: Path) -> None:
    path = tmp_path / "congress.txt"
    path.write_text(CONGRESS, encoding="utf-8")
    document = parse_file(path).documents[0]
    sections = {h.text: h.section for h in document.headings}
    assert sections["会议主要议程"] == "meeting_info"


# Four notices of different matters, each giving its clerk as contact: two name one clerk, two the other.
CONTACTED = [
    (
        "关于做好新团员入团仪式的通知",
        "五四前后集中举行新团员入团仪式，仪式由团支部书记主持，重温入团誓词。",
        "宋雨晴",
        "0596-5531020",
    ),
    (
        "关于报送年度团费收缴情况的通知",
        "各基层团委要核对本年度团费收缴台账，于年底前把收缴明细表报送团县委。",
        "唐一鸣",
        "0596-5531026",
    ),
    (
        "关于推荐青年创业典型的通知",
        "请各单位推荐扎根乡村创业的青年两名，附事迹材料一份，字数不超过一千五百字。",
        "宋雨晴",
        "0596-5531020",
    ),
    (
        "关于组织团干部参加网络培训的通知",
        "全县专兼职团干部须在线学习十二个学时，培训结束后参加在线测试，成绩计入年度考核。",
        "唐一鸣",
        "0596-5531026",
    ),
]


def _contacted(title: str, matter: str, clerk: str, phone: str, number: int) -> str:
    date = f"2025年{number}月8日"
    return (
        f"共青团枫渚县委文件\n\n枫团发〔2025〕{number}号\n\n{title}\n\n各乡镇团委，县直各单位团组织：\n"
        f"{matter}\n联系人：团县委办公室 {clerk}，电话：{phone}。\n特此通知。\n\n{UNIT}\n{date}\n\n"
        + TAIL.format(date=date)
    )


def test_a_starter_shows_one_of_the_units_own_contacts_where_two_clerks_tie(tmp_path: Path) -> None:
    # Two clerks of the committee are named as contact on two notices each: no one of them is the usual contact,
    # and the 请示 starter fell back to the built-in's 林晓 at 0571-…, another unit's clerk (ux18 walk). A
    # contact is only ever a sample: one of the unit's own is the better one to change.
    files = [(f"c{i}.txt", _contacted(*c, i + 2)) for i, c in enumerate(CONTACTED)]
    archive = write_archive(tmp_path / "archive", files)
    out = tmp_path / "out"
    mine_cli(archive, out)
    starter = mined_starter(out, "request")
    assert "林晓" not in starter and "0571-88001234" not in starter
    assert "姓名: 〔示例〕宋雨晴" in starter


def test_a_notice_starter_asks_for_its_matter_as_the_title_holds_it(tmp_path: Path) -> None:
    # The committee's titles all name a campaign in quotes (关于开展“……”活动的通知), none a 事由 to show. The
    # starter asked 〔请填写：事由；不要时删去这一项〕: deleted, the notice is titled 通知 alone. It now says what
    # the 事由 is, as a 请示's starter does.
    quoted = [
        (f"关于开展“{name}”主题活动的通知", *rest) for (_, *rest), name in zip(CONTACTED, "甲乙丙丁", strict=True)
    ]
    files = [(f"q{i}.txt", _contacted(*c, i + 2)) for i, c in enumerate(quoted)]
    out = tmp_path / "out"
    mine_cli(write_archive(tmp_path / "archive", files), out)
    starter = mined_starter(out, "notice")
    assert "\n事由: 〔请填写：标题“关于……的通知”中间的部分" in starter
    assert "事由；不要时删去这一项" not in starter


REQUEST_UNSIGNED = (
    "共青团枫渚县委文件\n\n枫团发〔2025〕10号\n\n关于增加青年志愿者保险经费的请示\n\n中共枫渚县委：\n"
    "全县注册青年志愿者逐年增加，现有保险经费已不敷使用。\n恳请县委同意增加保险经费三万元。\n妥否，请批示。\n\n"
    f"{UNIT}\n2025年8月4日\n\n" + TAIL.format(date="2025年8月4日")
)


def test_a_request_template_of_its_own_shows_the_units_usual_signer(tmp_path: Path) -> None:
    # Two 请示 make a template of their own; one names its 签发人, one leaves it out (drafted from a starter and
    # put back in the archive), so the genre has no usual signer. Its 报告 and 请示 together are signed by one
    # head: the starter shows him, as a genre with too few documents does, not a 〔请填写〕 (ux18 walk).
    files = [(f"n{i}.txt", _notice(*n)) for i, n in enumerate(NOTICES)]
    files += [("r.txt", REQUEST), ("r2.txt", REQUEST_UNSIGNED), ("p.txt", REPORT)]
    out = tmp_path / "out"
    output = mine_cli(write_archive(tmp_path / "archive", files), out)
    assert "模板：请示：" in output  # a template of its own, not the unit's 红头 alone
    assert "\n签发人:\n- 〔示例〕沈清和\n" in mined_starter(out, "request")


SPEECHES = [
    (
        "在全县青年志愿者表彰会上的讲话",
        "今天我们表彰一批优秀青年志愿者，他们在社区、乡村和校园里默默奉献。",
        "一、弘扬志愿精神，让奉献成为青春底色\n志愿服务是青年成长的大课堂。\n"
        "二、完善服务机制，让志愿服务常态长效\n要建好青年志愿者服务站，做好注册和记录。",
    ),
    (
        "在全县团干部培训班开班式上的讲话",
        "举办这次培训班，是为了提升团干部履职本领。我讲两点意见。",
        "一、珍惜学习机会，全面提升能力素质\n大家要静下心来听课，带着问题学习。\n"
        "二、严守培训纪律，树立团干部良好形象\n培训期间要按时上课，不得无故缺课。",
    ),
    (
        "在青年创业大赛颁奖仪式上的讲话",
        "本届大赛吸引了一百多个项目报名，展示了我县青年敢闯敢干的劲头。",
        "一、坚定创业信心，勇当改革发展的弄潮儿\n创业之路没有坦途，贵在坚持。\n"
        "二、优化创业环境，做青年创业的贴心人\n各部门要在场地、资金和培训上给予支持。",
    ),
]


def _speech(title: str, opening: str, points: str) -> str:
    return f"{title}\n团县委书记　沈清和\n\n同志们、青年朋友们：\n{opening}\n{points}\n谢谢大家！\n"


def test_a_speech_starters_salutation_sample_is_the_units_own(tmp_path: Path) -> None:
    # The league secretary opens every speech with 同志们、青年朋友们：, the template's default; the starter's
    # commented line, to uncomment and change, still showed the built-in's 同志们 (ux18 walk).
    files = [(f"s{i}.txt", _speech(*s)) for i, s in enumerate(SPEECHES)]
    out = tmp_path / "out"
    mine_cli(write_archive(tmp_path / "archive", files), out)
    assert manifest_fields(out, "speech")["称呼"]["default"] == "同志们、青年朋友们"
    assert "\n# 称呼: 同志们、青年朋友们\n" in mined_starter(out, "speech")


def test_a_closing_is_not_offered_again_cut_short_as_its_own_alternative(tmp_path: Path) -> None:
    # The starter offered 结尾: [精心组织，确保活动取得实效。] beside the default 请各级团组织高度重视，精心组织，确保
    # 活动取得实效。: the second half of the same sentence, which no notice writes alone (ux18 walk).
    archive = write_archive(tmp_path / "archive", ((f"n{i}.txt", _notice(*n)) for i, n in enumerate(NOTICES)))
    out = tmp_path / "out"
    mine([archive], out)
    closing = manifest_fields(out, "notice")["结尾"]
    assert "请各级团组织高度重视" in closing["description"]
    assert "精心组织，确保活动取得实效。" not in closing.get("alternatives", [])
