"""Hostile inputs, round 12: parsing defects found and reported (split.py, clean.py), fixed by the lead.

A notice whose title runs onto a second line (青禾县文化馆关于开展全民 | 阅读推广活动的通知, 关于印发《青禾县文化馆 |
志愿者管理办法》的通知, as GB/T 9704 §7.3.1 breaks a long title) where the model begins the document on the
second line is read from its title on: its 红头 (……文件) and 发文字号 above belong to no document. Mining a unit's notices so titled, the 红头 and the 文号 series were
voted by the documents whose titles fit on one line only, and fell below the share a default needs
(本单位常写“青禾县文化馆文件”（2/5 篇文档如此）, no 文号格式). mend.title_opened_above moves the start up over
the title's first line after the 版头 lines were taken in (model_starts' heads.head_start), so the 版头 above the
moved start is left out.

The same for a 报告 whose three 签发人 run to a second line beside the 发文字号 (its 版头 split off as a document, or
left out of it), and for an attachment's table of schools (青禾县第一中学, 青禾县第二中学: read a cell a line, their
第一 and 第二 are separators of a page of documents titled 中学), both as drafter itself drafts them.

The documents are written for this test: a fictional 青禾县.
"""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

NOTICE = """青禾县文化馆文件

青文馆〔2025〕{number}号

{title}

馆内各部门、各分馆：
{lead}，现将有关事项通知如下：
一、加强组织领导
各部门要高度重视，明确责任分工，确保各项措施落到实处。
二、抓好工作落实
各部门要按照要求抓好落实，确保取得实效。
特此通知。

青禾县文化馆
2025年3月{number}日

抄送：县文化和旅游局。
青禾县文化馆办公室                2025年3月{number}日印发
"""


def _documents(tmp_path: Path, text: str) -> list[dict]:
    page = tmp_path / "通知.txt"
    page.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", "--json", str(page)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["files"][0]["documents"]


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("青禾县文化馆关于开展全民\n阅读推广活动的通知", "为推动全民阅读，丰富群众文化生活"),
        ("青禾县文化馆关于加强馆藏\n文物保护工作的通知", "为进一步加强馆藏文物保护"),
        ("关于印发《青禾县文化馆\n志愿者管理办法》的通知", "为规范志愿者管理"),
    ],
)
def test_the_head_above_a_title_broken_after_the_units_name_is_the_documents(
    tmp_path: Path, title: str, lead: str
) -> None:
    (document,) = _documents(tmp_path, NOTICE.format(number=3, title=title, lead=lead))
    assert document["title"] == title.replace("\n", "")
    assert document["start_line"] == 1, document


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("青禾县文化馆关于做好2025年春节期间安全工作的通知", "春节将至，为确保节日期间馆内安全稳定"),
        ("关于做好2025年春节\n期间安全工作的通知", "春节将至，为确保节日期间馆内安全稳定"),
    ],
)
def test_the_head_above_a_title_on_one_line_or_opening_on_about_is_the_documents(
    tmp_path: Path, title: str, lead: str
) -> None:
    (document,) = _documents(tmp_path, NOTICE.format(number=3, title=title, lead=lead))
    assert document["title"] == title.replace("\n", "")
    assert document["start_line"] == 1, document


# Written by drafter itself: a unit mining its own past documents reads what drafter drafted for it.
REPORT = """文种: 报告
发文机关标志: {heads}
发文字号: 青教〔2025〕15号
签发人: [王明远, 李国华, 张卫东]
发文机关: [青禾县教育局, 青禾县财政局]
类别: 工作报告
事由: 2024年全县义务教育课后服务工作情况
主送机关: 县人民政府
导语:
  - 2024年，县教育局、县财政局按照县委、县政府的部署，统筹推进课后服务工作。
正文:
  - 标题: 主要工作和成效
    内容: 全县86所义务教育学校全部开展课后服务，全年参与学生3.2万人。
  - 标题: 存在的主要问题
    内容: 部分农村学校师资不足，课程内容还不够丰富。
成文日期: 2025-01-20
"""

NOTICE_WITH_TABLE = """文种: 通知
发文机关: 青禾县教育局
类别: 布置
事由: 做好校园安全工作
主送机关: 各中小学
正文:
  - 各校要落实安全工作责任，明确一名安全工作联络员，于3月1日前报县教育局。
成文日期: 2025-02-24
附件:
  - 标题: 安全工作联络员名单
    表格:
      - {序号: "1", 单位: 城关镇中心学校, 姓名: 陈立新, 职务: 副校长}
      - {序号: "2", 单位: 青禾县第一中学, 姓名: 王海涛, 职务: 副校长}
      - {序号: "3", 单位: 青禾县第二中学, 姓名: 赵明, 职务: 总务主任}
      - {序号: "4", 单位: 青禾县实验幼儿园, 姓名: 孙丽, 职务: 副园长}
"""


def _drafted_documents(tmp_path: Path, facts: str) -> list[dict]:
    (tmp_path / "公文.yaml").write_text(facts, encoding="utf-8")
    drafted = CliRunner().invoke(main, ["draft", str(tmp_path / "公文.yaml"), "-o", str(tmp_path / "公文.docx")])
    assert drafted.exit_code == 0, drafted.output
    result = CliRunner().invoke(main, ["parse", "--json", str(tmp_path / "公文.docx")])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["files"][0]["documents"]


@pytest.mark.parametrize("heads", ["[青禾县教育局文件, 青禾县财政局文件]", "青禾县教育局文件"])
def test_a_report_with_three_signers_is_one_document_with_its_head(tmp_path: Path, heads: str) -> None:
    (document,) = _drafted_documents(tmp_path, REPORT.format(heads=heads))
    assert document["title"] == "关于2024年全县义务教育课后服务工作情况的报告"
    assert document["start_line"] <= 2, document


def test_a_report_with_two_signers_is_one_document_with_its_head(tmp_path: Path) -> None:
    facts = REPORT.format(heads="[青禾县教育局文件, 青禾县财政局文件]").replace(
        "王明远, 李国华, 张卫东", "王明远, 李国华"
    )
    (document,) = _drafted_documents(tmp_path, facts)
    assert document["title"] == "关于2024年全县义务教育课后服务工作情况的报告"
    assert document["start_line"] <= 2, document


def test_a_table_of_numbered_schools_stays_in_its_notice(tmp_path: Path) -> None:
    (document,) = _drafted_documents(tmp_path, NOTICE_WITH_TABLE)
    assert document["title"] == "关于做好校园安全工作的通知"


def test_a_table_of_schools_without_numbers_stays_in_its_notice(tmp_path: Path) -> None:
    facts = NOTICE_WITH_TABLE.replace("青禾县第一中学", "青禾县城关中学").replace("青禾县第二中学", "青禾县白沙中学")
    (document,) = _drafted_documents(tmp_path, facts)
    assert document["title"] == "关于做好校园安全工作的通知"
