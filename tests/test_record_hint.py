"""A record written on one line (联系人: 林晓 0571-88001234) is drafted as the name and the telephone it plainly is, with
a 提醒 of how to write it, its own values shown (hostile11: refused with no example of the right form; ux31: refused
with the example, where the intent was plain)."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main


def test_a_contact_on_one_line_is_shown_written_as_its_keys(tmp_path: Path) -> None:
    starter = tmp_path / "请示.yaml"
    made = CliRunner().invoke(main, ["new", "请示", "-o", str(starter)])
    assert made.exit_code == 0, made.output
    text = re.sub(
        r"^联系人:\n(?:[- ] .*\n)+", "联系人: 林晓 0571-88001234\n", starter.read_text(encoding="utf-8"), flags=re.M
    )
    starter.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(starter), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "提醒：" in result.output and "“姓名: 林晓”“电话: 0571-88001234”" in result.output, result.output
    assert "（联系人：林晓，电话：0571-88001234）" in result.output


def test_a_contact_in_one_cell_of_a_sheet_is_shown_as_columns(tmp_path: Path) -> None:
    # ux17 walk: a clerk's sheet of letters has a 联系人 column (陈海波 0596-6210325). A cell holds no
    # "键: 值" lines, so the YAML advice (分行写出各项……列表的每一项以“- ”开头) could not be followed there;
    # the sheet's way is a column for each part (联系人.姓名, 联系人.电话).
    sheet = tmp_path / "函.csv"
    sheet.write_text(
        "文种,发文机关,事由,主送机关,正文,联系人,成文日期\n"
        "函,苇川县财政局,商请提供学生资助测算资料,县教育局,请于9月10日前提供学生资助人数。,陈海波 0596-6210325,2025-08-20\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 0, result.output  # drafted as the name and the telephone, with a 提醒 (ux31)
    assert "第2行 F列: 联系人" in result.output, result.output
    assert "“联系人.姓名”“联系人.电话”" in result.output, result.output
    assert "陈海波" in result.output and "0596-6210325" in result.output, result.output
    assert "“- ”" not in result.output, result.output


def test_a_landline_excel_stored_as_a_number_is_refused_at_its_cell(tmp_path: Path) -> None:
    # ux17 walk: 0596-6210325 typed as digits into a number cell is 5966210325 in the .xlsx; the letter was
    # drafted with 电话：5966210325. A mobile number (11 digits opening with 1) as a number is whole.
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["文种", "文件名", "发文机关", "事由", "主送机关", "正文", "联系人.姓名", "联系人.电话", "成文日期"])
    row = ["函", "甲", "苇川县财政局", "商请提供测算资料", "县民政局", "请于9月10日前提供低保对象人数。", "陈海波"]
    sheet.append([*row, 5966210325, "2025-08-21"])
    sheet.append([*row[:1], "乙", *row[2:], 13905961234, "2025-08-21"])
    book.save(tmp_path / "函.xlsx")
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "函.xlsx"), "-o", str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 4, result.output
    assert "第2行 H列: 联系人.电话: 这一格是数字 5966210325" in result.output, result.output
    assert "应为 05966210325" in result.output, result.output
    assert (tmp_path / "out" / "乙.docx").exists() and not (tmp_path / "out" / "甲.docx").exists()
