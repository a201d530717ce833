"""ux19 walk: how a county bureau of natural resources and planning keeps its documents, as parse reads them.
The documents were written for this test: a fictional 汶石县自然资源和规划局.
"""

from __future__ import annotations

from pathlib import Path

from drafter.mining.parse import parse_file

REQUEST = (
    "汶石县自然资源和规划局文件\n"
    "汶自然资发〔2025〕18号                签发人：韦振国\n"
    "汶石县自然资源和规划局关于报批2025年度第二批次城镇建设用地的请示\n"
    "县人民政府：\n"
    "为保障城南片区道路建设用地需求，我局组织编制了本批次建设用地报批方案。现将有关情况请示如下：\n"
    "一、用地基本情况\n"
    "本批次拟报批建设用地6.4公顷，涉及城关镇两个村，用于城南片区道路建设。\n"
    "二、报批依据\n"
    "本批次用地符合县国土空间总体规划，已纳入年度土地利用计划。\n"
    "妥否，请批示。\n\n"
    "汶石县自然资源和规划局\n2025年4月22日\n"
)


def test_a_signer_pushed_right_by_spaces_does_not_swallow_the_title(tmp_path: Path) -> None:
    path = tmp_path / "请示.txt"
    path.write_text(REQUEST, encoding="utf-8")
    (document,) = parse_file(path).documents
    assert document.title == "汶石县自然资源和规划局关于报批2025年度第二批次城镇建设用地的请示"
    assert document.doc_type == "request"


OPINION = (
    "汶石县自然资源和规划局关于加强全县国土空间规划实施管理的意见\n"
    "各乡镇人民政府，局属各单位：\n"
    "为规范国土空间规划实施管理，维护规划的严肃性和权威性，根据有关法律法规，结合我县实际，提出如下意见。\n"
    "一、总体要求\n"
    "坚持先规划、后建设，以县级国土空间总体规划为依据，强化详细规划对各类开发建设活动的约束。\n"
    "二、主要任务\n"
    "三、保障措施\n"
    "本意见自印发之日起施行。\n\n"
    "汶石县自然资源和规划局\n2025年8月5日\n\n"
    "附件：《关于加强全县国土空间规划实施管理的意见（征求意见稿）》起草说明\n\n"
    "附件\n"
    "《关于加强全县国土空间规划实施管理的意见（征求意见稿）》起草说明\n"
    "一、起草背景\n"
    "我县国土空间总体规划已经批准实施，但在规划许可、规划调整等环节仍存在程序不规范、监管不到位等问题。\n"
    "二、起草过程\n"
    "2025年6月起，局规划股在调研8个乡镇、梳理近三年规划许可案卷126宗的基础上形成初稿。\n"
)


def test_an_opinions_drafting_note_stays_its_attachment(tmp_path: Path) -> None:
    path = tmp_path / "意见.txt"
    path.write_text(OPINION, encoding="utf-8")
    assert len(parse_file(path).documents) == 1


DRAFT_OPINION = (
    "汶石县自然资源和规划局关于规范临时用地管理的意见\n"
    "（征求意见稿）\n"
    "各乡镇人民政府，局属各单位：\n"
    "为规范临时用地管理，结合我县实际，提出如下意见。\n"
    "一、严格审批\n"
    "临时用地期限一般不超过两年，到期后须按期复垦。\n"
    "二、加强监管\n"
    "各自然资源所要逐宗登记临时用地，按季度巡查。\n\n"
    "汶石县自然资源和规划局\n2025年5月6日\n"
)


def test_a_draft_for_comment_mark_under_the_title_is_not_the_title(tmp_path: Path) -> None:
    path = tmp_path / "意见.txt"
    path.write_text(DRAFT_OPINION, encoding="utf-8")
    (document,) = parse_file(path).documents
    assert document.title == "汶石县自然资源和规划局关于规范临时用地管理的意见"
    assert document.doc_type == "opinion"
