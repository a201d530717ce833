"""ux21 walk: a county's two general offices (the party committee's and the government's, 两办) issue most of
their notices jointly, under a stacked 红头 and two 署名 side by side (each above its seal) or one below the
other. The documents here were written for this test: a fictional 沐川县 and its two offices.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import yaml
from walkhelpers import manifest_fields, mine_cli, write_archive

from drafter.drafting import build_draft, encode
from drafter.errors import Problem
from drafter.mining.clean import Line
from drafter.mining.constants import unit_constants
from drafter.mining.mine import mine
from drafter.mining.parse import ParsedDocument

PARTY = "中共沐川县委办公室"
GOVERNMENT = "沐川县人民政府办公室"
COPIED = "抄送：县人大常委会办公室，县政协办公室，县纪委监委办公室。\n"

NOTICES = [
    ("关于做好国庆期间安全防范工作的通知", 4, "9月22日", "各单位要组织一次节前安全检查，重点检查人员密集场所。"),
    ("关于开展机关作风专项整治的通知", 9, "3月14日", "整治分自查、督查、整改三个阶段进行，时间三个月。"),
    ("关于做好防汛抗旱准备工作的通知", 12, "4月30日", "各乡镇要在汛前完成山塘水库安全隐患排查。"),
    ("关于加强冬季森林防火工作的通知", 20, "11月5日", "进山路口要设立检查站，严禁携带火种进山。"),
]


def _notice(title: str, number: int, day: str, body: str, stacked: bool) -> str:
    date = f"2025年{day}"
    # Side by side on one line (each above its seal), or one below the other: both are the two offices.
    signed = f"{PARTY}\n{GOVERNMENT}\n" if stacked else f"{PARTY}　　　　{GOVERNMENT}\n"
    return (
        f"沐委办发〔2025〕{number}号\n\n{PARTY}　{GOVERNMENT}\n{title}\n\n各乡镇党委、人民政府，县直各单位：\n"
        f"经县委、县政府同意，现将有关事项通知如下：\n一、工作内容\n{body}\n二、工作要求\n"
        "各单位要明确专人负责，按时报送进展情况。\n请各地各部门认真抓好贯彻落实。\n特此通知。\n\n"
        f"{signed}{date}\n\n{COPIED}{PARTY}　　　　{date}印发\n"
    )


def _files() -> Iterator[tuple[str, str]]:
    for index, notice in enumerate(NOTICES):
        yield f"通知{index}.txt", _notice(*notice, stacked=index == 1)


def _mined(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    mine([write_archive(tmp_path / "archive", _files())], out)
    return out


def test_a_joint_signature_is_learnt_as_both_offices(tmp_path: Path) -> None:
    # The two offices' 署名 (side by side, or one below the other) was learnt as one name with spaces in it
    # (“中共……办公室    ……政府办公室”), or as the first office alone: the draft signed one line with both
    # names run together, not the two 署名 of GB/T 9704 §7.3.5 a joint notice carries.
    fields = manifest_fields(_mined(tmp_path), "notice")
    assert fields["署名"]["default"] == [PARTY, GOVERNMENT]
    assert fields["发文机关"]["default"] == [PARTY, GOVERNMENT]
    assert "4/4" in fields["署名"]["description"]


def test_a_joint_notice_drafts_two_signatures(tmp_path: Path) -> None:
    out = _mined(tmp_path)
    facts = tmp_path / "通知.yaml"
    facts.write_text(
        yaml.safe_dump(
            {
                "模板": str(out / "notice"),
                "事由": "做好元旦期间值班工作",
                "正文": ["各单位要安排专人值班。"],
                "成文日期": "2025-12-26",
                "文号序号": 30,
            },
            allow_unicode=True,
        ),
        encoding="utf-8",
    )
    _, draft = build_draft(facts)
    lines = encode(draft, "txt").decode("utf-8").splitlines()
    assert not any(PARTY in line and GOVERNMENT in line and "关于" not in line for line in lines)
    assert PARTY in lines and GOVERNMENT in lines


def _headed(head: list[str], number: int) -> ParsedDocument:
    title = f"关于做好第{number}批项目督办工作的通知"
    texts = [
        *head,
        f"沐委办发〔2025〕{number}号",
        title,
        "各乡镇党委、人民政府，县直各单位：",
        "现将有关事项通知如下。",
    ]
    texts += [f"{PARTY}　　　　{GOVERNMENT}", "2025年5月8日", COPIED.strip()]
    lines = tuple(Line(text, n) for n, text in enumerate(texts, 1))
    return ParsedDocument("通知.txt", 1, len(lines), "notice", title, (), lines, title_count=len(head) + 2)


def test_a_stacked_joint_head_is_learnt_as_the_offices_marks() -> None:
    # The two offices' 红头 stacked (GB/T 9704 §7.2.4), 文件 once beside both names or after each: read as no
    # 发文机关标志 (or the first office's alone), the starter offered another unit's 〔示例〕青禾县教育局文件.
    # (parse still leaves such a head outside its document: test_joint_offices_parse.py, strict xfail.)
    shared = [_headed([PARTY, GOVERNMENT, "文件"], n) for n in (3, 5, 8)]
    (mark,) = (c.value for c in unit_constants(shared) if c.field == "发文机关标志")
    assert mark == [PARTY, GOVERNMENT, "文件"]
    each = [_headed([f"{PARTY}文件", f"{GOVERNMENT}文件"], n) for n in (3, 5, 8)]
    (mark,) = (c.value for c in unit_constants(each) if c.field == "发文机关标志")
    assert mark == [f"{PARTY}文件", f"{GOVERNMENT}文件"]
    beside_last = [_headed([PARTY, f"{GOVERNMENT}文件"], n) for n in (3, 5, 8)]
    (mark,) = (c.value for c in unit_constants(beside_last) if c.field == "发文机关标志")
    assert mark == [PARTY, GOVERNMENT, "文件"]
    alone = [_headed([f"{PARTY}文件"], n) for n in (3, 5, 8)]
    (mark,) = (c.value for c in unit_constants(alone) if c.field == "发文机关标志")
    assert mark == f"{PARTY}文件"


def _own_notice(office: str, code: str, number: int, title: str, body: str) -> str:
    return (
        f"{office}文件\n\n{code}〔2025〕{number}号\n\n{office}{title}\n\n各乡镇人民政府，县直各单位：\n"
        f"现将有关事项通知如下：\n一、工作内容\n{body}\n二、工作要求\n各单位要按时报送进展情况。\n特此通知。\n\n"
        f"{office}\n2025年6月{number}日\n\n{COPIED}"
    )


def _own_request(office: str, code: str, number: int, asked: str) -> str:
    return (
        f"{office}文件\n\n{code}〔2025〕{number}号　　签发人：周明\n\n{office}关于{asked}的请示\n\n沐江市人民政府办公室：\n"
        f"为做好有关工作，现就{asked}请示如下：\n拟按有关规定办理，所需经费由县财政统筹解决。\n妥否，请批示。\n\n"
        f"{office}\n2025年7月{number}日\n"
    )


def test_no_head_only_template_says_the_heads_disagree(tmp_path: Path) -> None:
    # Each office heads its own documents with its own 红头, half of them each: no 红头 is the unit's, so the
    # 请示 (one of each office) gets no template of the unit's 红头 either, and the clerk read only 请示：只有 2 篇
    # 文档, not why a unit of one 红头 gets a 请示 template all the same (ux21 walk).
    matters = ["做好防汛值班", "开展安全检查", "加强信访稳定"]
    files = [
        (f"{office}{n}.txt", _own_notice(name, code, n + 1, f"关于{matter}工作的通知", f"请各单位{matter}。"))
        for office, name, code in (("党办", PARTY, "沐委办"), ("政办", GOVERNMENT, "沐政办发"))
        for n, matter in enumerate(matters)
    ]
    files += [("请示1.txt", _own_request(PARTY, "沐委办", 20, "增加机要人员编制"))]
    files += [("请示2.txt", _own_request(GOVERNMENT, "沐政办", 21, "举办茶叶博览会"))]
    output = mine_cli(write_archive(tmp_path / "archive", files), tmp_path / "out")
    (line,) = [line for line in output.splitlines() if line.startswith("未生成模板：请示")]
    assert "写了红头的 8 篇文档红头不统一" in line and "只有 4 篇" in line and "没有按本单位的红头另生成模板" in line


def test_the_report_lists_both_signing_offices(tmp_path: Path) -> None:
    # report.html showed the joint 署名 as one name with spaces inside (collapsed to one by the browser).
    report = (_mined(tmp_path) / "report.html").read_text(encoding="utf-8")
    assert f"<td>{PARTY}、{GOVERNMENT}</td>" in report


def test_one_office_writing_from_the_joint_template_heads_as_itself(tmp_path: Path) -> None:
    # The government office drafting a notice of its own from the template the joint notices taught (their 红头
    # copied as 中共……办公室 / ……政府办公室文件): the 署名 became the office written, but the document still
    # went out under both offices' 红头, with no word of it.
    files = [(name, f"{PARTY}\n{GOVERNMENT}文件\n\n{text}") for name, text in _files()]
    out = tmp_path / "out"
    mine([write_archive(tmp_path / "archive", files)], out)
    assert manifest_fields(out, "notice")["发文机关标志"]["default"] == [PARTY, GOVERNMENT, "文件"]
    facts = tmp_path / "通知.yaml"
    facts.write_text(
        f"模板: {out / 'notice'}\n发文机关: {GOVERNMENT}\n事由: 做好春运安全工作\n正文:\n- 各单位要加强道路交通安全管理。\n"
        "成文日期: 2026-01-20\n发文字号: 沐政办发〔2026〕3号\n",
        encoding="utf-8",
    )
    warnings: list[Problem] = []
    _, draft = build_draft(facts, warnings=warnings)
    lines = encode(draft, "txt").decode("utf-8").splitlines()
    assert lines[0] == f"{GOVERNMENT}文件" and PARTY not in lines[1]
    assert any("发文机关标志随之改用它" in warning.message for warning in warnings)


ISSUED = (
    f"沐委办发〔2025〕{{number}}号\n\n{PARTY}　{GOVERNMENT}\n关于印发《沐川县{{plan}}实施方案》的通知\n\n"
    "各乡镇党委、人民政府，县直各单位：\n"
    f"《沐川县{{plan}}实施方案》已经县委、县政府同意，现印发给你们，请结合实际认真贯彻落实。\n\n"
    f"{PARTY}　　　　{GOVERNMENT}\n2025年{{day}}\n\n"
    "沐川县{plan}实施方案\n\n{why}\n一、工作目标\n{goal}\n二、保障措施\n{means}\n\n"
    f"{COPIED}{PARTY}　　　　2025年{{day}}印发\n"
)
PLANS = (
    (
        5,
        "城乡环境整治",
        "3月2日",
        "为改善城乡人居环境，制定本方案。",
        "年底前全县村庄生活垃圾收运处置体系实现全覆盖。",
        "县财政每年安排以奖代补资金500万元。",
    ),
    (
        7,
        "农村供水保障",
        "4月9日",
        "为解决山区群众饮水困难，结合水源条件制定本方案。",
        "新建集中供水工程12处，受益人口3.2万人。",
        "县水利局负责技术指导，各乡镇落实管护人员。",
    ),
    (
        11,
        "消防安全提升",
        "6月16日",
        "针对老旧街区火灾隐患多的问题，制定本方案。",
        "完成老旧街区消防通道打通改造46处。",
        "县消防救援大队每月通报整改进度。",
    ),
)


def test_an_issuing_notice_keeps_the_imprint_printed_after_what_it_issues(tmp_path: Path) -> None:
    # GB/T 9704 puts the 版记 at the end of the whole document, after the 方案 a notice issues; parse keeps the
    # notice and the 方案 apart, and the 版记 went with the 方案: the ux21 walk's 印发 notice copied no one
    # and printed nowhere, a vote against the unit's usual 抄送 and 印发机关.
    files = [
        (f"印发{n}.txt", ISSUED.format(number=n, plan=plan, day=day, why=why, goal=goal, means=means))
        for n, plan, day, why, goal, means in PLANS
    ]
    out = tmp_path / "out"
    mine([write_archive(tmp_path / "archive", files)], out)
    fields = manifest_fields(out, "notice")
    assert fields["抄送"]["default"] == ["县人大常委会办公室", "县政协办公室", "县纪委监委办公室"]
    assert fields["印发机关"]["default"] == PARTY


def _two_offices(copied: tuple[str, str] = ("", "")) -> list[tuple[str, str]]:
    """Four joint notices under the stacked 红头, and each office's own 请示 (with these 抄送 lines) and notices."""
    files = [(name, f"{PARTY}\n{GOVERNMENT}\n文件\n\n{text}") for name, text in _files()]
    # Each office's own documents under its name alone (no 文件): half the signatures are the joint one.
    files += [
        ("请示1.txt", _own_request(PARTY, "沐委办", 20, "增加机要人员编制").replace("文件\n", "\n", 1) + copied[0])
    ]
    files += [
        ("请示2.txt", _own_request(GOVERNMENT, "沐政办", 21, "举办茶叶博览会").replace("文件\n", "\n", 1) + copied[1])
    ]
    files += [
        (f"政办{n}.txt", _own_notice(GOVERNMENT, "沐政办发", n, title, body).replace("文件\n", "\n", 1))
        for n, title, body in (
            (3, "关于做好防汛值班工作的通知", "请各单位落实汛期值班。"),
            (6, "关于开展安全生产大检查的通知", "请各单位开展一次全面检查。"),
        )
    ]
    return files


def test_a_head_only_request_signs_as_the_joint_head_names(tmp_path: Path) -> None:
    # Too few 请示 of its own: the template written from the unit's 红头 alone took the two offices' stacked 红头
    # but asked for 发文机关: 〔示例〕青禾县教育局 (another unit's), the joint 署名 being short of the bar among
    # the documents each office signs alone.
    files = _two_offices()
    out = tmp_path / "out"
    mine([write_archive(tmp_path / "archive", files)], out)
    fields = manifest_fields(out, "request")
    assert fields["发文机关标志"]["default"] == [PARTY, GOVERNMENT, "文件"]
    assert fields["发文机关"]["default"] == [PARTY, GOVERNMENT]


def test_a_head_only_request_copies_as_the_units_requests_do(tmp_path: Path) -> None:
    # The two offices' 请示 each copy to the office their matter concerns, never to the county bodies every
    # notice is copied to: the head-only 请示 template defaulted to that notices' 抄送 all the same.
    files = _two_offices(("\n抄送：县委机构编制委员会办公室。\n", "\n抄送：县文化和旅游局。\n"))
    out = tmp_path / "out"
    mine([write_archive(tmp_path / "archive", files)], out)
    assert "default" not in manifest_fields(out, "request").get("抄送", {})
    assert manifest_fields(out, "notice")["抄送"]["default"] == [
        "县人大常委会办公室",
        "县政协办公室",
        "县纪委监委办公室",
    ]


def test_a_head_only_letter_is_the_office_its_letters_are(tmp_path: Path) -> None:
    # The unit's one 函 is the government office's (沐政办函): the letter template written from the two offices'
    # joint 红头 printed the party office's name atop the government office's 文号 and signed for both.
    letter = (
        f"{GOVERNMENT}\n\n沐政办函〔2025〕12号\n\n{GOVERNMENT}\n关于商请支持城乡供水项目的函\n\n沐江市人民政府办公室：\n"
        "我县拟实施城乡供水一体化项目，恳请协调有关部门给予资金支持。\n请予支持为盼。\n\n"
        f"{GOVERNMENT}\n2025年8月12日\n"
    )
    out = tmp_path / "out"
    mine([write_archive(tmp_path / "archive", [*_two_offices(), ("函.txt", letter)])], out)
    fields = manifest_fields(out, "letter")
    assert fields["署名"]["default"] == [GOVERNMENT]
    # As the office's letter prints it (信函格式: the name, no 文件; ux27), not its notices' ××文件.
    assert fields["发文机关标志"]["default"] == [GOVERNMENT]
    assert fields["文号格式"]["default"] == "沐政办函〔{年}〕{号}号"


def test_a_meeting_notice_of_one_issuer_takes_no_joint_head(tmp_path: Path) -> None:
    # The built-in meeting notice holds one issuer (its 发文机关标志, 署名 and 发文机关 are text): the joint 红头
    # and 署名 written as its defaults printed 中共……办公室、……政府办公室、文件 on one red line and one 署名 line
    # with both names run together.
    # Without them the unit's 红头 is not the template's, and no template is written from it alone.
    out = tmp_path / "out"
    mine([write_archive(tmp_path / "archive", _two_offices())], out)
    if not (out / "meeting_notice").exists():
        return
    fields = manifest_fields(out, "meeting_notice")
    for name in ("发文机关标志", "署名", "发文机关"):
        default = fields.get(name, {}).get("default")
        assert not isinstance(default, list) and "    " not in str(default or ""), (name, default)
