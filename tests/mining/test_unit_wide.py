"""A unit's 红头, 文号, 署名 and 版记 are the same in every genre it issues under its 红头.

A genre with too few documents of its own to call them a custom (two 会议通知 of three, one of them a
sample from another unit) borrows them from the unit's other documents when its own documents agree.
The documents here were written for this test: a fictional 柘湾区教育局.
"""

from pathlib import Path

import yaml

from drafter.mining.constants import read_archive, unit_constants, unit_wide_constants
from drafter.mining.mine import mine
from drafter.mining.parse import parse_file

HEAD = "柘湾区教育局文件"
TAIL = "抄送：区委办公室，区人民政府办公室。\n柘湾区教育局办公室　　　　　　{date}印发\n"

NOTICES = [
    ("关于做好秋季学期教材征订工作的通知", "教材征订", "各校要在规定时间内完成教材征订，不得征订目录以外的教辅。", 4),
    ("关于开展校园周边环境整治的通知", "周边整治", "各校要会同属地派出所排查校园周边的摊点和网吧。", 9),
    ("关于加强学生近视防控工作的通知", "近视防控", "各校要保证学生每天两次眼保健操和两小时户外活动。", 15),
    ("关于规范中小学课后服务的通知", "课后服务", "课后服务坚持学生自愿，收费标准按物价部门核定执行。", 22),
]
MEETINGS = [
    ("关于召开全区中小学安全工作会议的通知", "2025年3月12日（星期三）上午9:00", 6),
    ("关于召开全区教学质量分析会的通知", "2025年9月3日（星期三）下午2:30", 27),
]


def _notice(title: str, topic: str, sentence: str, number: int, day: int) -> str:
    date = f"2025年{day % 11 + 1}月{day}日"
    return (
        f"{HEAD}\n\n柘教〔2025〕{number}号\n\n{title}\n\n各中小学校：\n"
        f"为抓好{topic}工作，经研究，现将有关事项通知如下：\n"
        f"一、总体要求\n{sentence}\n二、工作安排\n各校于下月底前将{topic}情况报区教育局。\n"
        f"请各校认真组织实施。\n特此通知。\n\n柘湾区教育局\n{date}\n\n" + TAIL.format(date=date)
    )


def _meeting(title: str, when: str, number: int) -> str:
    date = "2025年3月5日" if number < 10 else "2025年8月28日"
    return (
        f"{HEAD}\n\n柘教〔2025〕{number}号\n\n{title}\n\n各中小学校：\n"
        "经研究，决定召开专题会议。现将有关事项通知如下：\n"
        f"一、会议时间\n{when}。\n二、会议地点\n区教育局五楼会议室。\n三、参会人员\n各校校长。\n"
        f"特此通知。\n\n柘湾区教育局\n{date}\n\n" + TAIL.format(date=date)
    )


# A 会议通知 from another unit's sample page: no 红头, no 版记, its own 署名.
OTHER = (
    "关于召开全镇教研组长会议的通知\n\n各完小：\n定于2025年4月8日（星期二）上午8:30在中心学校会议室召开"
    "全镇教研组长会议，请各校教研组长准时参加。\n特此通知。\n\n石港镇中心学校\n2025年4月2日\n"
)


def _archive(folder: Path) -> Path:
    folder.mkdir()
    for index, (title, topic, sentence, number) in enumerate(NOTICES):
        (folder / f"n{index}.txt").write_text(_notice(title, topic, sentence, number, 3 + index * 6), encoding="utf-8")
    for index, (title, when, number) in enumerate(MEETINGS):
        (folder / f"m{index}.txt").write_text(_meeting(title, when, number), encoding="utf-8")
    (folder / "m9.txt").write_text(OTHER, encoding="utf-8")
    return folder


def test_a_meeting_notice_borrows_the_units_head_and_imprint(tmp_path: Path) -> None:
    out = tmp_path / "out"
    mine([_archive(tmp_path / "archive")], out)
    manifest = yaml.safe_load((out / "meeting_notice" / "manifest.yaml").read_text(encoding="utf-8"))
    fields = manifest["fields"]
    assert fields["发文机关标志"]["default"] in (HEAD, [HEAD])  # text in the built-in 会议通知
    assert fields["文号格式"]["default"] == "柘教〔{年}〕{号}号"
    assert fields["抄送"]["default"] == ["区委办公室", "区人民政府办公室"]
    assert fields["印发机关"]["default"] == "柘湾区教育局办公室"
    # The support says both: the genre's own documents and the unit's documents of every genre.
    assert "2/3 篇" in fields["发文机关标志"]["description"]
    assert "6/6 篇" in fields["发文机关标志"]["description"]


def test_a_genre_whose_documents_do_not_agree_borrows_nothing(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "archive")
    corpus = [parse_file(path).documents[0] for path in sorted(archive.glob("*.txt"))]
    meetings = [d for d in corpus if d.path.startswith(str(archive / "m"))]
    assert len(meetings) == 3
    own = unit_constants(meetings)
    borrowed = {c.field for c in unit_wide_constants(meetings, read_archive(corpus), own)}
    assert {"发文机关标志", "文号格式", "抄送", "印发机关", "署名"} <= borrowed
    # One meeting notice of three under the 红头 is no custom of the genre, whatever the notices do.
    lone = [meetings[0], meetings[2], meetings[2]]
    assert unit_wide_constants(lone, read_archive(corpus), unit_constants(lone)) == []


def test_the_report_gives_a_borrowed_constant_both_supports(tmp_path: Path) -> None:
    # 2/3 alone reads as below the bar of a custom (three documents): the report says where the rest is.
    out = tmp_path / "out"
    mine([_archive(tmp_path / "archive")], out)
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "2/3 篇；本单位各文种写了这一项的 6/6 篇" in page


# The 上行文 of one unit: its head signs each (签发人, GB/T 9704 §7.2.6), whichever genre it is.
SIGNER = "签发人：欧阳明"
REQUESTS = [
    ("关于增设区青少年校外活动中心的请示", "增设校外活动中心", 3),
    ("关于申请追加学生资助资金的请示", "追加学生资助资金", 12),
    ("关于调整区属学校作息时间的请示", "调整学校作息时间", 19),
]
REPORTS = [
    ("关于全区中小学食堂检查情况的报告", "食堂检查", 8),
    ("关于暑期学生防溺水工作情况的报告", "防溺水", 25),
]
# A report from another office's sample page: no 红头, no 签发人.
OTHER_REPORT = (
    "关于春季植树活动情况的报告\n\n镇党委：\n我校组织师生在后山植树三百株，成活率九成以上。\n"
    "特此报告。\n\n云岭镇中心小学\n2025年4月12日\n"
)


def _upward(title: str, topic: str, number: int, closing: str, opening: str) -> str:
    date = f"2025年{number % 11 + 1}月{number % 27 + 1}日"
    return (
        f"{HEAD}\n\n柘教〔2025〕{number}号　　　　{SIGNER}\n\n{title}\n\n区人民政府：\n"
        f"{opening}{topic}有关情况如下：\n一、基本情况\n区内各校已就{topic}作了摸底。\n"
        f"二、有关安排\n我局将按区政府的要求抓好{topic}工作。\n{closing}\n\n柘湾区教育局\n{date}\n\n"
        + TAIL.format(date=date)
    )


def test_a_report_borrows_the_signer_of_the_units_upward_documents(tmp_path: Path) -> None:
    """Two of three 报告 (the third a sample from elsewhere) carry the 签发人 the unit's every 请示 carries:
    the 报告 template signs with it too, as it takes the unit's 红头 and 版记."""
    archive = tmp_path / "archive"
    archive.mkdir()
    for index, (title, topic, number) in enumerate(REQUESTS):
        text = _upward(title, topic, number, "妥否，请批示。", "为做好相关工作，现将")
        (archive / f"q{index}.txt").write_text(text, encoding="utf-8")
    for index, (title, topic, number) in enumerate(REPORTS):
        text = _upward(title, topic, number, "特此报告。", "根据区政府的部署，现将")
        (archive / f"r{index}.txt").write_text(text, encoding="utf-8")
    (archive / "r9.txt").write_text(OTHER_REPORT, encoding="utf-8")
    out = tmp_path / "out"
    mine([archive], out)
    fields = yaml.safe_load((out / "report" / "manifest.yaml").read_text(encoding="utf-8"))["fields"]
    assert fields["签发人"]["default"] == ["欧阳明"]
    assert "2/3 篇；本单位各文种写了这一项的 5/5 篇" in fields["签发人"]["description"]


# Two 纪要 of the unit's own series (a 纪要 is not signed: its 标志 names the unit) and one from elsewhere.
def _minutes(issue: int, day: int, matter: str, decision: str, present: str) -> str:
    return (
        f"柘湾区教育局局务会议纪要\n\n第{issue}期\n\n柘湾区教育局办公室　　　　2025年{issue + 2}月{day}日\n\n"
        f"2025年{issue + 2}月{day}日上午，局长在局五楼会议室主持召开局务会议，研究{matter}等事项。"
        "现将会议议定事项纪要如下：\n"
        f"一、关于{matter}\n{decision}\n{present}\n\n" + TAIL.format(date=f"2025年{issue + 2}月{day}日")
    )


OTHER_MINUTES = (
    "白鹭镇人民政府镇长办公会议纪要\n\n2025年5月9日，镇长主持召开镇长办公会议，研究集镇环境整治工作。"
    "现将会议议定事项纪要如下：\n一、会议同意集镇环境整治方案。\n出席：韩立　宋佳\n"
)


def _minutes_archive(tmp_path: Path) -> Path:
    archive = _archive(tmp_path / "archive")
    first = (
        "会议同意人事股提出的评审推荐名额分配办法，评审结果在全区教育系统公示五个工作日。\n"
        "二、关于新学期教师招聘\n招聘计划按编制空缺上报，音乐、美术和心理健康教师优先补充。"
    )
    second = (
        "会议要求计财股在暑假前完成三所小学的屋面防水工程招标，开学前全部完工并组织验收。\n"
        "二、关于防汛值班\n汛期实行局领导带班制度，各校值班电话保持畅通，遇险情第一时间上报。\n"
        "三、关于食堂承包合同到期续签\n到期合同一律重新公开招标，不得私下续签。"
    )
    (archive / "k1.txt").write_text(
        _minutes(1, 14, "教师职称评审", first, "出席：欧阳明　许文涛　林秋云\n列席：区教研室"), encoding="utf-8"
    )
    (archive / "k2.txt").write_text(
        _minutes(4, 20, "校舍维修计划", second, "出席：欧阳明　林秋云　戴维平　钟小雨\n请假：许文涛"), encoding="utf-8"
    )
    (archive / "k3.txt").write_text(OTHER_MINUTES, encoding="utf-8")
    return archive


def test_minutes_take_the_units_name_that_opens_their_mark(tmp_path: Path) -> None:
    """The starter of the unit's 纪要 names the unit, not the built-in's sample of another one: the unit
    signs its other documents with the name its 纪要标志 opens with."""
    archive = _minutes_archive(tmp_path)
    out = tmp_path / "out"
    mine([archive], out)
    fields = yaml.safe_load((out / "meeting_report" / "manifest.yaml").read_text(encoding="utf-8"))["fields"]
    assert fields["单位"]["default"] == "柘湾区教育局"
    assert "2/3 篇；本单位各文种写了这一项的 6/7 篇" in fields["单位"]["description"]
    assert "署名" not in fields  # a 纪要 is not signed: no field that nothing prints


def test_minutes_offer_the_units_own_mark_as_their_sample(tmp_path: Path) -> None:
    """Two 纪要 of the unit's one series carry its 标志: one source group, but the name in it is the unit's
    (its 单位), so it is the starter's sample in place of the built-in's, which names another unit."""
    out = tmp_path / "out"
    mine([_minutes_archive(tmp_path)], out)
    fields = yaml.safe_load((out / "meeting_report" / "manifest.yaml").read_text(encoding="utf-8"))["fields"]
    assert fields["纪要标志"]["example"] == "〔示例〕柘湾区教育局局务会议纪要"
    assert "本单位常写“柘湾区教育局局务会议纪要”（2/3 篇文档如此）" in fields["纪要标志"]["description"]


def test_the_report_names_the_built_in_minutes_in_chinese(tmp_path: Path) -> None:
    # The 纪要 template extends the built-in 会议纪要, whose name (minutes) is no mined genre's: the report
    # said 扩展内置模板“minutes” to the clerk.
    archive = _minutes_archive(tmp_path)
    out = tmp_path / "out"
    mine([archive], out)
    assert (out / "meeting_report").is_dir()
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "扩展内置模板“会议纪要”" in page and "“minutes”" not in page
