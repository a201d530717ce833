"""Hostile inputs, session 18 (second round): ``drafter batch 名单.csv -o 输出 --report 输出``.

The report named as the output folder (or a folder above it) that the run was to make passed the checks made
before drafting, since nothing was there yet: every item was drafted, and only then did the report fail
(这是一个文件夹，不能写成文件), exit 1 and no report. It is refused before anything is made.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

SHEET = "文种,文件名,发文机关,事由,主送机关,正文,联系人,成文日期\n函,甲,青禾县教育局,商请支持,县文旅局,请予支持。,无,2025-03-18\n"


@pytest.mark.parametrize(("output", "report"), [("输出", "输出"), ("输出/二月", "输出")])
def test_a_report_named_as_the_output_folder_is_refused_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output: str, report: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "名单.csv").write_text(SHEET, encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", "名单.csv", "-o", output, "--report", report])
    assert result.exit_code == 1, result.output
    assert "输出文件夹" in result.output and "--report " + str(Path(output) / "结果.csv") in result.output
    assert not (tmp_path / "输出").exists()


def test_a_report_inside_the_output_folder_is_still_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "名单.csv").write_text(SHEET, encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", "名单.csv", "-o", "输出", "--report", "输出/结果.csv"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "输出" / "结果.csv").is_file() and (tmp_path / "输出" / "甲.docx").is_file()
