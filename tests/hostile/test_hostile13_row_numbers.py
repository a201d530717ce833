"""Hostile inputs, round 13: a sheet's 序号 column, as clerks number every WPS list.

A list with 序号 in its first column (1, 2, 3 …) failed every row with 序号: 不认识这个键; the column numbers the
rows and is no field of any document. It is passed over now; another column no template knows is still refused.
"""

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main


def _batch(tmp_path: Path, header: str, row: str) -> tuple[int, str]:
    sheet = tmp_path / "名单.csv"
    sheet.write_text(f"{header}\n{row}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "稿"), "-f", "txt", "-j", "1"])
    return result.exit_code, result.output


def test_a_column_of_row_numbers_is_passed_over(tmp_path: Path) -> None:
    code, output = _batch(
        tmp_path,
        "序号,文种,单位,期间,事项,主要做法,成文日期",
        "1,工作总结,青禾县实验小学,2024年,教育教学,抓实常规管理。,2025-01-10",
    )
    assert code == 0, output
    (drafted,) = (tmp_path / "稿").glob("*.txt")
    assert "青禾县实验小学2024年教育教学工作总结" in drafted.read_text(encoding="utf-8")


def test_another_unknown_column_is_still_refused(tmp_path: Path) -> None:
    code, output = _batch(
        tmp_path,
        "备忘,文种,单位,期间,事项,主要做法,成文日期",
        "已审,工作总结,青禾县实验小学,2024年,教育教学,抓实常规管理。,2025-01-10",
    )
    assert code == 4 and "备忘: 不认识这个键" in output, output
