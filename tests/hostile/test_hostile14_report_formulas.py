"""A batch report (.csv) never holds a cell Excel or WPS would run as a formula.

A facts file named =1+2.yaml (or one a colleague named =HYPERLINK(…)) put its name into the report's 项目 and
输出文件 columns as it was, and the spreadsheet took it for a formula when the clerk opened the report. Such a
cell now opens with an apostrophe, which the spreadsheet reads as "this is text".
"""

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n事由: 做好防汛工作\n主送机关: 各学校\n正文:\n  - 请做好防汛值班。\n"
    "成文日期: 2025-02-20\n"
)


@pytest.mark.parametrize("name", ["=1+2", "+1+2", "-1+2", "@SUM(1)"])
def test_a_name_that_opens_like_a_formula_is_text_in_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    (tmp_path / f"{name}.yaml").write_text(FACTS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["batch", "-o", ".", "--report", "结果.csv", "--", f"{name}.yaml"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO((tmp_path / "结果.csv").read_text(encoding="utf-8-sig"))))
    cells = [cell for row in rows[1:] for cell in row[1:]]
    assert cells and not any(cell.startswith(("=", "+", "-", "@")) for cell in cells), rows
    assert f"'{name}.yaml" in cells


def test_ordinary_cells_are_as_they_were(tmp_path: Path) -> None:
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    report = tmp_path / "结果.csv"
    result = CliRunner().invoke(
        main, ["batch", str(tmp_path / "通知.yaml"), "-o", str(tmp_path / "输出"), "--report", str(report)]
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(report.read_text(encoding="utf-8-sig"))))
    assert rows[1][1] == str(tmp_path / "通知.yaml") and rows[1][3] == str(tmp_path / "输出" / "通知.docx")
