"""Sheets as Excel users make them: merged cells, formulas, dates Excel keeps as day numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from workbooks import save_rewritten

from drafter.batch import run_batch
from drafter.errors import FactsError, InputError
from drafter.facts import check_document
from drafter.sheets import read_sheet

HEADER = ["文种", "发文机关", "事由", "主送机关", "正文", "成文日期"]


def _row(subject: str, issuer: str | None = "青禾县文旅局") -> list[object]:
    return ["通知", issuer, subject, "各中小学", "请按时完成。", "2025-04-08"]


def _book(path: Path, rows: list[list[object]], merge: str = "", xml: Callable[[str], str] = lambda x: x) -> Path:
    book = openpyxl.Workbook()
    for row in [HEADER, *rows]:
        book.active.append(row)
    if merge:
        book.active.merge_cells(merge)
    return save_rewritten(book, path, xml)


def _issuers(path: Path) -> list[str]:
    found = []
    for row in read_sheet(path, path.name):
        entry = row.tree.get("发文机关")
        found.append(entry.value.text if entry is not None else "")  # type: ignore[union-attr]
    return found


def test_a_cell_merged_down_a_column_is_the_value_of_every_row_it_spans(tmp_path: Path) -> None:
    rows = [_row("整理档案"), _row("清点器材", None), _row("检查线路", None), _row("更换灯具", "青禾县教育局")]
    path = _book(tmp_path / "名单.xlsx", rows, merge="B2:B4")
    # rows 3 and 4 lacked 发文机关 (the merged cell keeps its value in its first row only)
    assert _issuers(path) == ["青禾县文旅局", "青禾县文旅局", "青禾县文旅局", "青禾县教育局"]
    report = run_batch([str(path)], tmp_path / "输出", jobs=1, fmt="txt")
    assert report.count("drafted") == 4, [r.errors for r in report.results]


def test_a_merge_across_columns_or_over_a_blank_row_adds_nothing(tmp_path: Path) -> None:
    path = _book(tmp_path / "名单.xlsx", [_row("整理档案"), [None] * 6, _row("清点器材")], merge="B2:B3")
    assert _issuers(path) == ["青禾县文旅局", "青禾县文旅局"]  # the blank row is still no document
    wide = _book(tmp_path / "宽.xlsx", [_row("整理档案"), _row("清点器材", None)], merge="B2:C2")
    assert _issuers(wide) == ["青禾县文旅局", ""]


def _formula(cached: str) -> Callable[[str], str]:
    def rewrite(xml: str) -> str:
        start = xml.index('<c r="C3"')
        end = xml.index("</c>", start) + 4
        return xml[:start] + f'<c r="C3"{cached}</c>' + xml[end:]

    return rewrite


def test_a_formula_without_a_saved_result_fails_its_row_in_words(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "名单.xlsx", [_row("整理档案"), _row("清点器材")], xml=_formula('><f>C2&amp;"甲"</f><v></v>')
    )
    rows = read_sheet(path, "名单.xlsx")
    check_document(rows[0].tree)
    with pytest.raises(FactsError) as caught:
        check_document(rows[1].tree)  # it was drafted as if 事由 were blank: a title of 通知 alone
    said = str(caught.value)
    assert "第3行 C列: 事由: 这一格是公式，但文件里没有保存它的计算结果" in said, said
    assert "代理字符" not in said
    report = run_batch([str(path)], tmp_path / "输出", jobs=1, fmt="txt")
    assert report.count("drafted") == 1 and report.count("failed") == 1


@pytest.mark.parametrize(
    ("cached", "value"),
    [("><f>YEAR(F2)</f><v>2025</v>", "2025"), (' t="str"><f>C2&amp;"甲"</f><v>清点器材</v>', "清点器材")],
)
def test_a_formula_excel_saved_with_its_result_reads_as_the_result(tmp_path: Path, cached: str, value: str) -> None:
    path = _book(tmp_path / "名单.xlsx", [_row("整理档案"), _row("x")], xml=_formula(cached))
    subject = read_sheet(path, "名单.xlsx")[1].tree.get("事由")
    assert subject is not None and subject.value.text == value  # type: ignore[union-attr]


def test_a_date_excel_keeps_as_a_day_number_is_told_what_day_it_is(tmp_path: Path) -> None:
    rows = [_row("整理档案"), [*_row("清点器材")[:5], 45755], [*_row("检查线路")[:5], dt.datetime(2025, 4, 8, 9, 30)]]
    path = _book(tmp_path / "名单.xlsx", rows)
    report = run_batch([str(path)], tmp_path / "输出", jobs=1, fmt="txt")
    errors = [e for r in report.results for e in r.errors]
    assert any('"45755"（像是 Excel 的日期序号，即 2025年4月8日' in e for e in errors), errors
    assert any('"2025-04-08 09:30"（这里只写日期，不写时刻，如 2025-04-08）' in e for e in errors), errors


def test_a_list_on_another_sheet_is_pointed_at(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "封面"
    listed = book.create_sheet("名单")
    listed.append(HEADER)
    listed.append(_row("整理档案"))
    book.save(tmp_path / "名单.xlsx")
    with pytest.raises(FactsError) as caught:
        read_sheet(tmp_path / "名单.xlsx", "名单.xlsx")
    # it was only '表格是空的'
    assert "drafter 只读第一个工作表（“封面”）；名单在“名单”工作表里时，请把它移到最前面" in str(caught.value)


def test_a_row_hidden_in_excel_is_drafted_with_a_reminder(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    for row in [HEADER, _row("整理档案"), _row("清点器材"), _row("检查线路")]:
        book.active.append(row)
    book.active.row_dimensions[3].hidden = True  # filtered out, as a user narrows a list down
    book.save(tmp_path / "名单.xlsx")
    report = run_batch([str(tmp_path / "名单.xlsx")], tmp_path / "输出", jobs=1, fmt="txt")
    assert report.count("drafted") == 3
    reminded = [r.label for r in report.results if any("这一行在表格里是隐藏的" in w for w in r.warnings)]
    # it was drafted without a word, though the user did not see it on screen
    assert reminded == [f"{tmp_path / '名单.xlsx'} 第3行"], reminded


def test_a_header_merged_down_gives_its_name_to_no_row(tmp_path: Path) -> None:
    path = _book(tmp_path / "名单.xlsx", [[None, *_row("整理档案")[1:]], _row("清点器材")], merge="A1:A2")
    rows = read_sheet(path, "名单.xlsx")
    assert [row.tree.get("文种") is None for row in rows] == [True, False]


def test_columns_named_by_numbers_are_fields_not_a_list(tmp_path: Path) -> None:
    path = tmp_path / "名单.csv"
    path.write_text("文种,1,2\n通知,甲,乙\n", encoding="utf-8")
    (row,) = read_sheet(path, "名单.csv")
    assert [e.key for e in row.tree.entries] == ["文种", "1", "2"]
    only = tmp_path / "编号.csv"
    only.write_text("1\n否\n", encoding="utf-8")
    report = run_batch([str(only)], tmp_path / "输出", jobs=1, fmt="txt")
    # the row became a list and failed with 起草时出现意外错误（AttributeError ……）
    (result,) = report.results
    assert result.status == "failed" and not any("意外错误" in e for e in result.errors), result.errors
    assert any("文种" in e for e in result.errors)


@pytest.mark.parametrize(
    "damage",
    [
        lambda xml: xml.replace('<c r="C3"', '<c r="C3" t="n"><v>清点</v></c><c r="Z3"', 1),  # text where a number is
        lambda xml: xml.replace("</row>", "</rw>", 2),  # a tag cut by a bad copy
    ],
)
def test_a_damaged_sheet_is_said_in_words_not_as_an_unexpected_error(
    tmp_path: Path, damage: Callable[[str], str]
) -> None:
    path = _book(tmp_path / "名单.xlsx", [_row("整理档案"), _row("清点器材")], xml=damage)
    with pytest.raises(InputError) as caught:  # ValueError, ParseError came out of the reader
        read_sheet(path, "名单.xlsx")
    assert "无法读取这个 Excel 文件：工作表“Sheet”在第" in str(caught.value), str(caught.value)
    report = run_batch([str(path)], tmp_path / "输出", jobs=1, fmt="txt")
    assert not any("意外错误" in e for r in report.results for e in r.errors)


def test_an_excel_error_value_fails_its_row_instead_of_being_drafted(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "名单.xlsx",
        [_row("整理档案"), _row("x")],
        xml=_formula(' t="e"><f>VLOOKUP(A3,B:B,2,0)</f><v>#N/A</v>'),
    )
    rows = read_sheet(path, "名单.xlsx")
    check_document(rows[0].tree)
    with pytest.raises(FactsError) as caught:
        check_document(rows[1].tree)  # 事由 was drafted as the text #N/A: 关于#N/A的通知
    said = str(caught.value)
    assert "第3行 C列: 事由: 这一格是 Excel 的错误值“#N/A”（公式出错了），不能写进公文" in said, said
