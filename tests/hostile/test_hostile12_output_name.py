"""Hostile inputs, round 12: drafter draft -o 会议通知 (no extension) writes 会议通知.docx.

A clerk naming the output as the document (-o 会议通知) got a file 会议通知 without an extension, said as 已生成 会议通知:
neither Word nor Windows opens it by a double-click. A name that is there already (/dev/null, a file written so
before) is written as before.
"""

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n正文:\n- 各校要做好防汛工作。\n成文日期: 2025-06-02\n"


@pytest.mark.parametrize(
    ("name", "args", "written"),
    [("会议通知", [], "会议通知.docx"), ("会议通知.", [], "会议通知.docx"), ("预览", ["-f", "md"], "预览.md")],
)
def test_a_name_without_an_extension_takes_the_formats(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, args: list[str], written: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("通知.yaml").write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", "通知.yaml", "-o", name, *args])
    assert result.exit_code == 0, result.output
    assert f"已生成 {written}" in result.output and Path(written).is_file(), result.output
    assert sorted(os.listdir()) == sorted(["通知.yaml", written])


def test_a_name_there_already_is_written_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("通知.yaml").write_text(FACTS, encoding="utf-8")
    Path("旧稿").write_bytes(b"")
    result = CliRunner().invoke(main, ["draft", "通知.yaml", "-o", "旧稿", "--force"])
    assert result.exit_code == 0 and Path("旧稿").stat().st_size > 0, result.output
    assert not Path("旧稿.docx").exists()
