"""Hostile inputs, round 12: a batch report kept in the output folder the run makes.

-o says the output folder is made when it is not there; a clerk keeping the run's report beside its documents
(drafter batch 名单.csv -o 输出 --report 输出/结果.csv) was refused on the first run with 输出文件夹 输出 不存在,
and only the second run, after a run without --report had made the folder, took it.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

SHEET = (
    "文种,发文机关,类别,事由,主送机关,正文,成文日期\n"
    "通知,青禾县教育局,布置,做好防汛工作,各中小学,各校要做好防汛工作。,2025-06-02\n"
)


def _batch(tmp_path: Path, output: str, report: str):
    (tmp_path / "名单.csv").write_text(SHEET, encoding="utf-8")
    args = ["batch", str(tmp_path / "名单.csv"), "-o", str(tmp_path / output), "-f", "txt", "-j", "1"]
    return CliRunner().invoke(main, [*args, "--report", str(tmp_path / report)])


@pytest.mark.parametrize(("output", "report"), [("输出", "输出/结果.csv"), ("输出/六月", "输出/结果.json")])
def test_a_report_in_the_folder_the_run_makes_is_written(tmp_path: Path, output: str, report: str) -> None:
    result = _batch(tmp_path, output, report)
    assert result.exit_code == 0, result.output
    assert (tmp_path / output / "名单-2.txt").is_file()
    assert "名单-2" in (tmp_path / report).read_text("utf-8")
    again = _batch(tmp_path, output, report)  # the report of the first run is rewritten
    assert again.exit_code == 0, again.output


def test_a_report_named_as_a_document_of_the_run_does_not_replace_it(tmp_path: Path) -> None:
    result = _batch(tmp_path, "输出", "输出/名单-2.txt")
    assert result.exit_code == 1 and "不是 drafter batch 写的报告" in result.output, result.output
    assert (tmp_path / "输出" / "名单-2.txt").read_text("utf-8").startswith("关于做好防汛工作的通知")


def test_a_report_in_another_missing_folder_is_still_refused(tmp_path: Path) -> None:
    result = _batch(tmp_path, "输出", "报告/结果.csv")
    assert result.exit_code == 1 and "输出文件夹" in result.output and "不存在" in result.output, result.output
    assert not (tmp_path / "输出").exists()
