"""ux17 walk: a county finance bureau numbers its budget notices in one series (×财预) and its letters, 请示 and
meeting notices in its office's series (×财办). The documents here were written for this test: a fictional
苇川县财政局.
"""

import json
from pathlib import Path

import yaml

from drafter.mining.mine import mine
from drafter.mining.parse import parse_file

UNIT = "苇川县财政局"
TAIL = "抄送：县委办公室，县政府办公室，县审计局。\n苇川县财政局办公室　　　　　　{date}印发\n"

NOTICES = [
    ("关于下达2025年乡镇公共服务运转经费的通知", "各乡镇人民政府", 11, "3月4日"),
    ("关于下达2025年农村危房改造补助资金的通知", "县住房和城乡建设局", 17, "4月9日"),
    ("关于下达2025年耕地地力保护补贴资金的通知", "县农业农村局", 23, "5月13日"),
    ("关于下达2025年残疾人两项补贴资金的通知", "县残疾人联合会", 31, "6月18日"),
]
LETTERS = [
    ("关于商请提供2026年公用经费测算资料的函", "县卫生健康局", "2026年公用经费测算资料", 6, "7月2日"),
    ("关于商请核对2025年上半年非税收入的函", "县自然资源局", "上半年非税收入的入库明细", 9, "7月21日"),
]


def _notice(title: str, to: str, number: int, day: str) -> str:
    date = f"2025年{day}"
    return (
        f"{UNIT}文件\n\n苇财预〔2025〕{number}号\n\n{title}\n\n{to}：\n"
        "经县人民政府同意，现将资金预算指标下达给你们，并就有关事项通知如下：\n"
        "一、资金用途\n资金专款专用，不得用于发放津补贴。\n二、绩效管理\n年底前报送资金绩效自评表。\n"
        f"特此通知。\n\n{UNIT}\n{date}\n\n" + TAIL.format(date=date)
    )


def _letter(title: str, to: str, asked: str, number: int, day: str) -> str:
    return (
        f"{UNIT}\n苇财办〔2025〕{number}号\n\n{title}\n\n{to}：\n"
        f"为做好预算编制工作，现商请你单位提供{asked}，请于本月底前送县财政局预算股。\n"
        f"请予支持为盼。\n\n{UNIT}\n2025年{day}\n"
    )


REQUEST = (
    f"{UNIT}文件\n\n苇财办〔2025〕4号\n\n关于申请安排农村公路养护资金的请示\n\n县人民政府：\n"
    "今年农村公路养护资金缺口120万元，拟从县本级预备费中安排。\n妥否，请批示。\n\n"
    f"{UNIT}\n2025年6月3日\n\n" + TAIL.format(date="2025年6月3日")
)

# The bureau's letter as a 范文 site copied it: no 版头 at all, so no 文号 either, signed by the bureau.
COPIED_LETTER = (
    "关于商请协助清理往来款项的函\n\n县机关事务服务中心：\n"
    "为做好年终决算，现商请你中心协助清理与我局的往来款项，并于12月20日前反馈结果。\n"
    f"请予支持为盼。\n\n{UNIT}\n2025年12月8日\n"
)


def _archive(folder: Path) -> Path:
    folder.mkdir()
    for index, notice in enumerate(NOTICES):
        (folder / f"n{index}.txt").write_text(_notice(*notice), encoding="utf-8")
    for index, letter in enumerate(LETTERS):
        (folder / f"l{index}.txt").write_text(_letter(*letter), encoding="utf-8")
    (folder / "r0.txt").write_text(REQUEST, encoding="utf-8")
    (folder / "l9.txt").write_text(COPIED_LETTER, encoding="utf-8")
    return folder


def test_a_letter_numbers_in_the_series_its_numbered_letters_all_write(tmp_path: Path) -> None:
    # Both letters carrying a 文号 write 苇财办; the copy without any 版头 writes none, and is no vote
    # against the series (the letter template offered it as an example only, and drafted no 文号).
    out = tmp_path / "out"
    mine([_archive(tmp_path / "archive")], out)
    fields = yaml.safe_load((out / "letter" / "manifest.yaml").read_text(encoding="utf-8"))["fields"]
    assert fields["文号格式"]["default"] == "苇财办〔{年}〕{号}号"
    notice = yaml.safe_load((out / "notice" / "manifest.yaml").read_text(encoding="utf-8"))["fields"]
    assert notice["文号格式"]["default"] == "苇财预〔{年}〕{号}号"


MEETING = (
    f"{UNIT}文件\n\n苇财办〔2025〕2号\n\n关于召开全县财政系统半年工作推进会的通知\n\n各乡镇财政所，局机关各股室：\n"
    "经研究，决定召开全县财政系统半年工作推进会。现将有关事项通知如下：\n"
    "一、会议时间\n2025年7月10日（星期四）上午9:00。\n二、会议地点\n县财政局四楼会议室。\n"
    "三、参会人员\n各乡镇财政所所长，局机关各股室负责人。\n特此通知。\n\n"
    f"{UNIT}\n2025年7月4日\n\n苇川县财政局办公室　　　　　　2025年7月4日印发\n"
)


def test_a_head_only_meeting_notice_copies_no_one_where_its_own_imprint_copies_no_one(tmp_path: Path) -> None:
    # The bureau copies its budget notices and 请示 to the county's offices; its one meeting notice, called
    # for its own staff, prints a 版记 of its 印发机关 alone. The meeting notice template, too few to learn a
    # body from, takes the unit's 红头 and 版记, but not a 抄送 line its own meeting notice never writes.
    archive = _archive(tmp_path / "archive")
    (archive / "m0.txt").write_text(MEETING, encoding="utf-8")
    out = tmp_path / "out"
    mine([archive], out)
    fields = yaml.safe_load((out / "meeting_notice" / "manifest.yaml").read_text(encoding="utf-8"))["fields"]
    assert fields["印发机关"]["default"] == "苇川县财政局办公室"
    assert "default" not in fields.get("抄送", {})
    notice = yaml.safe_load((out / "notice" / "manifest.yaml").read_text(encoding="utf-8"))["fields"]
    assert notice["抄送"]["default"] == ["县委办公室", "县政府办公室", "县审计局"]


TRAINING = (
    "关于举办2026年预算编审业务培训班的通知\n\n县直各预算单位：\n"
    "为提高预算编报质量，经研究，决定举办预算编审业务培训班。现将有关事项通知如下：\n"
    "一、培训时间\n2025年9月24日（星期三）下午2:30。\n二、培训地点\n县行政中心一楼报告厅。\n"
    "三、参训人员\n各预算单位财务人员1名。\n四、有关要求\n请携带笔记本电脑。\n特此通知。\n\n"
    f"{UNIT}\n2025年9月17日\n"
)


def test_a_training_notices_time_place_and_trainees_are_its_meeting_arrangements(tmp_path: Path) -> None:
    path = tmp_path / "training.txt"
    path.write_text(TRAINING, encoding="utf-8")
    document = parse_file(path).documents[0]
    assert document.genre == "meeting_notice"
    sections = {h.text: h.section for h in document.headings}
    assert sections["培训时间"] == sections["培训地点"] == sections["参训人员"] == "meeting_info"


def _yearly_summary(year: int, achieved: str, weak: str, day: str) -> str:
    return (
        f"{UNIT}{year}年工作总结\n\n"
        f"{year}年，县财政局坚持过紧日子，较好完成了全年各项任务。现将有关情况总结如下：\n"
        f"一、主要做法\n（一）狠抓收入组织\n{achieved}\n（二）加强支出管理\n压减一般性支出，保障民生重点。\n"
        f"二、存在的问题\n{weak}\n三、下一步工作打算\n（一）培植财源\n加强重点税源监控。\n（二）深化预算改革\n"
        f"全面推进零基预算。\n\n{UNIT}\n{year + 1}年{day}\n"
    )


def _execution_report(period: str, figure: str, number: int, day: str) -> str:
    return (
        f"{UNIT}文件\n\n苇财预〔2025〕{number}号\n\n关于{period}全县预算执行情况的报告\n\n县人民政府：\n"
        f"今年以来，全县财政运行总体平稳。现将{period}预算执行情况报告如下：\n"
        f"一、主要做法\n（一）组织收入\n一般公共预算收入完成{figure}，同比增长3.1%。\n（二）保障支出\n民生支出占比达到78.5%。\n"
        "二、存在的问题\n收支矛盾依然突出。\n三、下一步工作措施\n（一）加强征管\n确保全年收入目标完成。\n"
        f"（二）加快进度\n对支出进度偏慢的项目实行通报。\n特此报告。\n\n{UNIT}\n2025年{day}\n\n"
        + TAIL.format(date=f"2025年{day}")
    )


def test_the_summaries_next_steps_heading_is_the_one_the_units_summaries_write(tmp_path: Path) -> None:
    # Two yearly summaries write 下一步工作打算; two 预算执行情况的报告, labelled summaries and also teaching
    # the 报告 template, write 下一步工作措施. Clustered as one heading, the reports' wording headed every
    # drafted summary (三、下一步工作措施); the summaries' own is the one to write.
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "s1.txt").write_text(
        _yearly_summary(2023, "税收收入同比增长5.3%。", "财源结构单一。", "1月12日"), encoding="utf-8"
    )
    (archive / "s2.txt").write_text(
        _yearly_summary(2024, "税收收入同比增长4.1%。", "刚性支出增长较快。", "1月8日"), encoding="utf-8"
    )
    (archive / "r1.txt").write_text(_execution_report("2025年1—6月", "6.82亿元", 30, "7月15日"), encoding="utf-8")
    (archive / "r2.txt").write_text(_execution_report("2025年1—9月", "9.46亿元", 41, "10月16日"), encoding="utf-8")
    out = tmp_path / "out"
    mine([archive], out)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    summary = next(g for g in report["genres"] if g["genre"] == "summary")
    assert len(summary["document_list"]) == 4
    sections = {s["type"]: s["heading"] for s in summary["structure"]["sections"]}
    assert sections["next_steps"] == "下一步工作打算"
