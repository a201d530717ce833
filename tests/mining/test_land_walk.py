"""ux19 walk: a county bureau of natural resources and planning titles every document with its name
(××县自然资源和规划局关于……的函), numbers its letters in a series of their own (×自然资函) and copies its letters
to the same two offices as its notices. It keeps too few letters (two) for a template of their own, so the
letter template is written from the unit's 红头, 文号, 署名 and 版记. The documents here were written for this
test: a fictional 汶石县自然资源和规划局.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from walkhelpers import mined_starter, write_archive

from drafter.drafting import build_draft, encode
from drafter.mining.mine import mine

UNIT = "汶石县自然资源和规划局"
COPIED = "抄送：县人民政府办公室，市自然资源和规划局。\n"
IMPRINT = COPIED + UNIT + "办公室　　　　{date}印发\n"

NOTICES = [
    ("关于开展耕地保护专项检查的通知", "各乡镇人民政府", 12, "3月6日", "专项检查覆盖全县所有乡镇。"),
    ("关于做好汛期地质灾害防范工作的通知", "各乡镇人民政府，局属各单位", 19, "5月12日", "各乡镇要落实隐患点监测员。"),
    ("关于开展国土变更调查的通知", "各自然资源所", 27, "8月4日", "调查成果于11月底前汇交。"),
]
LETTERS = [
    ("关于商请提供城区排水管网数据的函", "县住房和城乡建设局", "城区排水管网现状分布图", 3, "4月8日"),
    ("关于商请核对公益林范围的函", "县林业局", "全县公益林范围矢量数据", 6, "6月17日"),
]


def _notice(title: str, to: str, number: int, day: str, body: str) -> str:
    date = f"2025年{day}"
    return (
        f"{UNIT}文件\n\n汶自然资发〔2025〕{number}号\n\n{UNIT}{title}\n\n{to}：\n"
        f"为做好有关工作，结合我县实际，现将有关事项通知如下：\n一、工作内容\n{body}\n二、工作要求\n"
        "各单位要明确专人负责，按时报送进展。\n特此通知。\n\n"
        f"{UNIT}\n{date}\n\n" + IMPRINT.format(date=date)
    )


def _letter(title: str, to: str, asked: str, number: int, day: str) -> str:
    return (
        f"{UNIT}\n汶自然资函〔2025〕{number}号\n\n{UNIT}{title}\n\n{to}：\n"
        f"为做好国土空间规划“一张图”数据更新，现商请你局提供{asked}，请于本月底前送我局规划股。\n"
        f"请予支持为盼。\n\n{UNIT}\n2025年{day}\n\n" + COPIED
    )


def _files() -> Iterator[tuple[str, str]]:
    for index, notice in enumerate(NOTICES):
        yield f"通知{index}.txt", _notice(*notice)
    for index, letter in enumerate(LETTERS):
        yield f"函{index}.txt", _letter(*letter)


def _mined(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    mine([write_archive(tmp_path / "archive", _files())], out)
    return out


def _drafted(facts: Path, text: str) -> str:
    """The facts written to ``facts`` and drafted as text."""
    facts.write_text(text, encoding="utf-8")
    _, draft = build_draft(facts)
    return encode(draft, "txt").decode("utf-8")


def _letter_draft(tmp_path: Path, out: Path) -> str:
    return _drafted(
        tmp_path / "函.yaml",
        f"模板: {out / 'letter'}\n事由: 商请提供农村宅基地审批台账\n主送机关: 县农业农村局\n"
        "正文:\n- 请于10月底前提供2025年农村宅基地审批台账。\n成文日期: 2025-10-09\n文号序号: 11\n",
    )


def test_a_letter_template_of_the_units_head_alone_titles_with_its_name(tmp_path: Path) -> None:
    # Both of the unit's letters are titled 汶石县自然资源和规划局关于……的函, too few for a template of their
    # own: the template written from the unit's 红头 alone drafted 关于……的函, as a letter template learnt from
    # three letters would not.
    out = _mined(tmp_path)
    text = _letter_draft(tmp_path, out)
    assert f"\n{UNIT}关于商请提供农村宅基地审批台账的函\n" in text
    assert "汶自然资函〔2025〕11号" in text


def test_a_letter_template_of_the_units_head_alone_copies_as_its_letters_do(tmp_path: Path) -> None:
    # Both of the unit's letters are copied to 县人民政府办公室，市自然资源和规划局, as its notices are: the
    # template written from the unit's 红头 alone left the 抄送 line out (right for a unit whose letters copy
    # no one), and every letter drafted from it lost the line the clerk always writes.
    out = _mined(tmp_path)
    text = _letter_draft(tmp_path, out)
    assert "抄送：县人民政府办公室，市自然资源和规划局。" in text


def test_a_letter_template_leaves_out_a_copy_line_its_letters_do_not_all_write(tmp_path: Path) -> None:
    # One of the two letters copies no one: the unit's usual 抄送 is not the letters' (c2bc0d9's rule stands).
    out = tmp_path / "out"
    files = list(_files())
    name, text = files[-1]
    files[-1] = (name, text.replace(COPIED, ""))
    mine([write_archive(tmp_path / "archive", files)], out)
    assert "抄送" not in _letter_draft(tmp_path, out)


def test_a_reply_starter_offers_the_default_term_not_a_schools(tmp_path: Path) -> None:
    # The bureau has no 批复 in its archive; the reply template written from its 红头 alone showed the
    # built-in's 称谓: 〔示例〕你校 (a school's word) written out, to retype before any draft; its default 你单位
    # is what any unit writes.
    out = _mined(tmp_path)
    starter = mined_starter(out, "reply")
    assert "称谓: 〔示例〕你校" not in starter
    assert "\n# 称谓: 你单位\n" in starter


SUMMARIES = [
    (
        "2023年工作总结",
        "全年完成补充耕地项目4个，新增耕地1120亩，耕地占补平衡实现县域自求平衡。",
        "闲置土地处置进度偏慢，个别项目拖延两年以上。",
        "加快闲置土地处置，全年盘活存量用地200亩。",
    ),
    (
        "2024年工作总结",
        "全年报批建设用地7个批次，面积132.6公顷，保障了工业园区和县城道路项目落地。",
        "村庄规划编制进度不平衡，部分乡镇成果质量不高。",
        "推进村庄规划应编尽编，组织专家逐村审查成果。",
    ),
    (
        "2025年上半年工作总结",
        "上半年完成村庄规划编制18个，出让国有建设用地使用权9宗，成交价款2.1亿元。",
        "地质灾害隐患点监测设备老化，部分点位数据中断。",
        "更新隐患点监测设备，汛前完成全部点位巡检。",
    ),
]
REQUESTS = [
    ("关于申请安排地质灾害治理资金的请示", 14, "4月2日", "恳请县人民政府安排地质灾害治理资金320万元。"),
    ("关于报批城东片区建设用地的请示", 22, "6月23日", "恳请县人民政府同意将城东片区建设用地报市人民政府审批。"),
]


def _summary(title: str, figure: str, problem: str, plan: str) -> str:
    return (
        f"{UNIT}{title}\n\n一年来，我局在县委、县人民政府领导下履职尽责。现将有关情况总结如下：\n"
        f"一、主要工作\n{figure}\n二、存在问题\n{problem}\n三、下步打算\n{plan}\n\n{UNIT}\n2025年7月10日\n"
    )


def _request(title: str, number: int, day: str, asked: str) -> str:
    date = f"2025年{day}"
    return (
        f"{UNIT}文件\n\n汶自然资发〔2025〕{number}号　　签发人：韦振国\n\n{UNIT}{title}\n\n县人民政府：\n"
        f"为保障重点项目建设，现将有关情况请示如下：\n{asked}\n妥否，请批示。\n\n"
        f"{UNIT}\n{date}\n\n" + IMPRINT.format(date=date)
    )


def test_a_summary_starter_offers_where_the_unit_reports_to(tmp_path: Path) -> None:
    # The bureau's summaries name no 主送机关 (kept in its files); its 请示 go to 县人民政府. The summary
    # starter's commented 主送机关 offered the built-in's 〔示例〕县教育局, another unit's superior.
    files = [
        *_files(),
        *((f"总结{i}.txt", _summary(*s)) for i, s in enumerate(SUMMARIES)),
        *((f"请示{i}.txt", _request(*r)) for i, r in enumerate(REQUESTS)),
    ]
    out = tmp_path / "out"
    mine([write_archive(tmp_path / "archive", files)], out)
    starter = mined_starter(out, "summary")
    assert "县教育局" not in starter
    assert "# 主送机关: 〔示例〕县人民政府\n" in starter


MEETINGS = [
    (
        "全县耕地保护工作会议",
        "经局党组研究，决定召开全县耕地保护工作会议，总结去年耕地保护工作，部署今年目标任务。",
        "2025年2月20日（星期四）上午9:00，会期半天",
        "县自然资源和规划局五楼会议室",
        "各乡镇分管负责同志，局属各单位主要负责人",
        "请参会人员提前10分钟入场，会议期间将手机调至静音。",
        8,
        "2月14日",
    ),
    (
        "全县村庄规划编制推进会",
        "为加快推进村庄规划编制，确保年底前完成有条件村庄的规划编制任务，经研究，决定召开推进会。",
        "2025年8月27日（星期三）下午2:30",
        "县行政中心三号会议室",
        "各乡镇村庄规划专干，局规划股全体人员",
        "请各乡镇带上本乡镇村庄规划编制进展情况表，会上逐一汇报。",
        37,
        "8月22日",
    ),
]


def _meeting(name: str, why: str, when: str, where: str, who: str, asked: str, number: int, day: str) -> str:
    date = f"2025年{day}"
    return (
        f"{UNIT}文件\n\n汶自然资发〔2025〕{number}号\n\n{UNIT}关于召开{name}的通知\n\n各乡镇人民政府：\n"
        f"{why}现将有关事项通知如下：\n一、会议时间\n{when}。\n二、会议地点\n{where}。\n三、参会人员\n{who}。\n"
        f"四、有关要求\n{asked}\n特此通知。\n\n{UNIT}\n{date}\n\n" + IMPRINT.format(date=date)
    )


def test_a_meeting_notice_starter_leaves_out_the_receipt_the_unit_never_attaches(tmp_path: Path) -> None:
    # Neither of the bureau's two meeting notices has a 参会回执; the starter wrote one out, its 报送方式 a
    # 〔请填写〕 the clerk had to delete before every draft. The receipt is still there to switch on.
    files = [*_files(), *((f"会议通知{i}.txt", _meeting(*m)) for i, m in enumerate(MEETINGS))]
    out = tmp_path / "out"
    mine([write_archive(tmp_path / "archive", files)], out)
    starter = mined_starter(out, "meeting_notice")
    assert "\n回执:" not in starter
    assert "\n# 回执:" in starter


ANNOUNCEMENT = (
    f"{UNIT}国有建设用地使用权挂牌出让公告\n汶自然资告〔2025〕2号\n\n"
    f"经县人民政府批准，{UNIT}决定以挂牌方式出让1宗国有建设用地使用权。现将有关事项公告如下：\n"
    "一、地块基本情况\n宗地编号WS2025-03，位于城关镇滨河路北侧，出让面积12600平方米，用途为商业用地。\n"
    "二、挂牌时间和地点\n挂牌时间为2025年9月1日至9月12日，地点为县公共资源交易中心。\n\n"
    f"{UNIT}\n2025年8月12日\n"
)


def test_an_announcement_does_not_teach_the_notice_template(tmp_path: Path) -> None:
    # A 公告 (no 主送, its own 文号 series 汶自然资告) is a statutory 文种 no template writes; counted as a notice,
    # it cut the notices' 主送机关 and 文号 support to 3/4 and lent them its 公告如下.
    out = tmp_path / "out"
    mine([write_archive(tmp_path / "archive", [*_files(), ("公告.txt", ANNOUNCEMENT)])], out)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    (notice,) = [g for g in report["genres"] if g["genre"] == "notice"]
    assert notice["documents"] == 3
    assert "公告" not in (out / "notice" / "manifest.yaml").read_text(encoding="utf-8")


def _request_draft(tmp_path: Path, out: Path) -> str:
    return _drafted(
        tmp_path / "请示.yaml",
        f"模板: {out / 'request'}\n事由: 申请安排耕地保护补偿资金\n主送机关: 县人民政府\n"
        "缘由:\n- 今年全县划定永久基本农田保护任务较重。\n请示事项:\n- 恳请安排耕地保护补偿资金80万元。\n"
        "成文日期: 2025-10-09\n文号序号: 21\n签发人: 韦振国\n联系人: 无\n",
    )


def test_a_genre_without_titled_documents_titles_as_all_the_units_documents_do(tmp_path: Path) -> None:
    # The bureau keeps no 请示, and every one of its five documents is titled with its name: the 请示 template
    # written from its 红头 alone drafted 关于……的请示 (ux19 walk: 12 of 12 titles opening with the bureau's name).
    out = _mined(tmp_path)
    assert f"\n{UNIT}关于申请安排耕地保护补偿资金的请示\n" in _request_draft(tmp_path, out)


def test_a_habit_only_most_of_the_units_documents_keep_is_not_borrowed(tmp_path: Path) -> None:
    # Two of the five documents titled without the bureau's name: the 请示 keeps the built-in's 关于……的请示.
    files = list(_files())
    for index in (0, 1):
        name, text = files[index]
        files[index] = (name, text.replace(f"{UNIT}关于", "关于", 1).replace(f"\n{UNIT}关于", "\n关于"))
    out = tmp_path / "out"
    mine([write_archive(tmp_path / "archive", files)], out)
    text = _request_draft(tmp_path, out)
    assert "\n关于申请安排耕地保护补偿资金的请示\n" in text and f"{UNIT}关于申请" not in text
