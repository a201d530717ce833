"""Hostile inputs, session 18 (second round): ``drafter batch 名单.csv -o 输出 --report 结果``.

The JSON report was written to a file named 结果, without an extension: nothing opens it by a double-click, as
draft -o 会议通知 wrote before it got .docx. It is written as 结果.json, and said; a name there already is kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

SHEET = "文种,文件名,发文机关,事由,主送机关,正文,联系人,成文日期\n函,甲,青禾县教育局,商请支持,县文旅局,请予支持。,无,2025-03-18\n"


@pytest.mark.parametrize(("given", "written"), [("结果", "结果.json"), ("2025.03.18结果", "2025.03.18结果.json")])
def test_a_report_named_without_an_extension_is_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str, written: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "名单.csv").write_text(SHEET, encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", "名单.csv", "-o", "输出", "--report", given])
    assert result.exit_code == 0, result.output
    assert (tmp_path / written).read_text(encoding="utf-8").startswith("{")
    assert not (tmp_path / given).exists()
    assert f"报告写在 {written}" in result.output


def test_a_report_of_that_name_written_before_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "名单.csv").write_text(SHEET, encoding="utf-8")
    earlier = '{"summary": {"total": 0}, "items": []}'
    (tmp_path / "结果").write_text(earlier, encoding="utf-8")  # an earlier run's report, written under the bare name
    result = CliRunner().invoke(main, ["batch", "名单.csv", "-o", "输出", "--report", "结果"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "结果").read_text(encoding="utf-8") != earlier
    assert not (tmp_path / "结果.json").exists()
