"""Tables: YAML rows into a table value (tabular.py), and column widths inside the 版心 (docx/tables.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_facts

from drafter.docx.tables import plan_columns
from drafter.drafting import build_draft
from drafter.errors import FactsError
from drafter.markup import parse_markup
from drafter.model import Letterhead, Signoff

CHAR, PAD, TOTAL = 280, 114, 8844


def test_short_columns_share_the_spare_width_and_fill_the_text_block() -> None:
    plan = plan_columns([("序号", "姓名"), ("1", "李明")], total=TOTAL, char=CHAR, padding=PAD)
    assert sum(plan.widths) == TOTAL and plan.widths[0] == plan.widths[1]
    assert plan.aligns == ("", "")  # centred, the style's alignment


def test_a_long_column_gets_the_room_and_is_set_flush_left() -> None:
    rows = [
        ("序号", "主要事迹", "单位"),
        ("1", "建立隐患排查日巡查、周通报、月总结制度并坚持执行了一整年", "城关镇中心学校"),
    ]
    plan = plan_columns(rows, total=TOTAL, char=CHAR, padding=PAD)
    assert sum(plan.widths) == TOTAL
    assert plan.widths[1] == max(plan.widths) and plan.widths[0] >= 2 * CHAR + PAD
    assert plan.aligns[1] == "left" and plan.aligns[0] == ""


def test_an_empty_form_gets_columns_alike() -> None:
    plan = plan_columns([("单位", "姓名", "职务", "联系电话"), ("", "", "", "")], total=TOTAL, char=CHAR, padding=PAD)
    assert max(plan.widths) - min(plan.widths) <= 3


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("表格: 李明\n", "应当是表格（每行一项的列表）"),
        ("表格: []\n", "表格是空的"),
        ("表格:\n      - {姓名: [甲, 乙]}\n", "表格的格子里只能写文字"),
        ("表格:\n      - 甲\n", "表格的每一行应当是一组“栏目: 内容”"),
        ("表格:\n      - {" + ", ".join(f"栏{n}: x" for n in range(13)) + "}\n", "表格有 13 栏，版心里最多排 12 栏"),
    ],
)
def test_table_mistakes_are_named(tmp_path: Path, table: str, message: str) -> None:
    facts = write_facts(
        tmp_path,
        "文种: 通知\n发文机关: 甲局\n主送机关: 各单位\n正文: 见附件。\n成文日期: 2025-03-01\n附件:\n  - 标题: 名单\n    "
        + table,
    )
    with pytest.raises(FactsError, match=message):
        build_draft(facts)


def test_a_list_of_lists_has_its_header_first(tmp_path: Path) -> None:
    facts = write_facts(
        tmp_path,
        "文种: 通知\n发文机关: 甲局\n主送机关: 各单位\n正文: 见附件。\n成文日期: 2025-03-01\n附件:\n  - 标题: 名单\n"
        "    表格:\n      - [姓名, 电话]\n      - [李明, '010']\n",
    )
    from drafter.model import Table

    (table,) = [b for b in build_draft(facts)[1].blocks if isinstance(b, Table)]
    assert table.header == ("姓名", "电话") and table.rows == (("李明", "010"),)


@pytest.mark.parametrize(
    ("marks", "names", "suffix"),
    [
        (["甲局文件", "乙局文件"], ("甲局", "乙局"), "文件"),
        (["甲局", "乙局", "文件"], ("甲局", "乙局"), "文件"),
        (["甲局", "乙局"], ("甲局", "乙局"), ""),
    ],
)
def test_joint_marks_in_markup(marks: list[str], names: tuple[str, ...], suffix: str) -> None:
    text = "".join(f"::发文机关标志 {mark}\n" for mark in marks) + "::发文字号 甲〔2025〕1号\n::标题 通知\n"
    (head,) = [b for b in parse_markup([("t", text)]).blocks if isinstance(b, Letterhead)]
    assert (head.joint, head.suffix) == (names, suffix)


def test_several_signatures_in_markup() -> None:
    text = "::标题 通知\n正文。\n::署名 甲局\n::署名 乙局\n::成文日期 2025年3月1日\n::印章\n"
    (signoff,) = [b for b in parse_markup([("t", text)]).blocks if isinstance(b, Signoff)]
    assert signoff.issuers == ("甲局", "乙局") and signoff.sealed
