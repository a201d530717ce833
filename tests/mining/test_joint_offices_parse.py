"""ux21 walk: how a county's two general offices (两办) keep their joint notices, as parse reads them. The
documents were written for this test: a fictional 沐川县. The defects were in split.py and classify.py, recorded
as strict xfails by the walk and fixed on lead.
"""

from __future__ import annotations

from pathlib import Path

from drafter.mining.parse import parse_file

PARTY = "中共沐川县委办公室"
GOVERNMENT = "沐川县人民政府办公室"
BODY = (
    "各乡镇党委、人民政府，县直各单位：\n"
    "国庆将至，经县委、县政府同意，现将有关事项通知如下：\n"
    "一、落实值班制度\n"
    "节日期间各单位要安排专人值班，带班领导保持通信畅通。\n"
    "二、及时报送信息\n"
    "遇有突发情况，要在半小时内电话报告县委值班室。\n"
    "特此通知。\n\n"
    f"{PARTY}　　　　{GOVERNMENT}\n"
    "2025年9月26日\n\n"
)
IMPRINT = f"抄送：县人大常委会办公室，县政协办公室，县纪委监委办公室。\n{PARTY}　　　　2025年9月26日印发\n"
# A joint 红头 (GB/T 9704 §7.2.4): the offices' names stacked, 文件 on a line of its own beside them.
STACKED = (
    f"{PARTY}\n{GOVERNMENT}\n文件\n\n沐委办发〔2025〕22号\n\n{PARTY}　{GOVERNMENT}\n"
    "关于做好2025年国庆期间值班工作的通知\n\n" + BODY + IMPRINT
)


def test_a_stacked_joint_head_belongs_to_its_document(tmp_path: Path) -> None:
    path = tmp_path / "通知.txt"
    path.write_text(STACKED, encoding="utf-8")
    (document,) = parse_file(path).documents
    assert document.start_line == 1


def test_a_note_under_the_date_stays_with_its_document(tmp_path: Path) -> None:
    path = tmp_path / "通知.txt"
    path.write_text(STACKED.replace(IMPRINT, "（此件公开发布）\n\n" + IMPRINT), encoding="utf-8")
    documents = parse_file(path).documents
    assert len(documents) == 1
    assert documents[0].end_line == len(STACKED.replace(IMPRINT, "（此件公开发布）\n\n" + IMPRINT).splitlines())


# A 政务信息 (an office's 简报): its masthead, issue and date, one item telling what the county has done, and the
# 报、送、发 lines of its 报尾.
BRIEFING = (
    "沐川政务信息\n第5期\n中共沐川县委办公室　　　　2025年6月12日\n\n"
    "我县扎实推进夏粮收购工作\n\n"
    "入夏以来，我县坚持早部署、早检查、早落实，全力做好夏粮收购各项工作。\n"
    "一是落实收购网点。全县设立收购网点14个，覆盖所有产粮乡镇。\n"
    "二是强化资金保障。协调金融机构发放收购贷款3200万元。\n"
    "三是加强市场监管。开展粮食收购专项检查，查处压级压价问题2起。\n\n"
    "报：市委办公室，市政府办公室。\n送：县委常委，县人大常委会、县政府、县政协领导。\n"
    "发：各乡镇党委、人民政府，县直各单位。\n"
)


def test_a_briefing_is_no_plan(tmp_path: Path) -> None:
    path = tmp_path / "政务信息.txt"
    path.write_text(BRIEFING, encoding="utf-8")
    (document,) = parse_file(path).documents
    assert document.genre != "plan"


# One office's own notice: its 红头 is its name alone (no 文件, GB/T 9704 §7.2.4 allows it), a blank line above
# and below the 发文字号 as the document is laid out.
OWN_NOTICE = (
    f"{GOVERNMENT}\n\n沐政办〔2025〕8号\n\n{GOVERNMENT}\n关于召开全县森林防火工作会议的通知\n\n"
    "各乡镇人民政府，县直各单位：\n经县政府同意，决定召开全县森林防火工作会议。现将有关事项通知如下：\n"
    "一、会议时间\n2025年3月4日上午9:00。\n二、会议地点\n县行政中心三楼会议室。\n\n"
    f"{GOVERNMENT}\n2025年2月27日\n"
)


def test_an_offices_bare_head_above_a_blank_line_belongs_to_its_document(tmp_path: Path) -> None:
    path = tmp_path / "通知.txt"
    path.write_text(OWN_NOTICE, encoding="utf-8")
    (document,) = parse_file(path).documents
    assert document.start_line == 1
