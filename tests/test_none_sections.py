"""A section written as 无 is left out, as a section not written is (hostile11: 存在问题: 无 printed its heading over a
paragraph saying 无。)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main


@pytest.mark.parametrize("written", ["无", "无。", "[无]", "不要"])
def test_a_section_written_as_none_is_left_out(tmp_path: Path, written: str) -> None:
    starter = tmp_path / "总结.yaml"
    made = CliRunner().invoke(main, ["new", "工作总结", "-o", str(starter)])
    assert made.exit_code == 0, made.output
    text = starter.read_text(encoding="utf-8")
    # the sample's 存在问题 block (its key and its items) becomes one line
    text = re.sub(r"^存在问题:\n(?:- .*\n)+", f"存在问题: {written}\n", text, flags=re.M)
    assert f"存在问题: {written}" in text
    starter.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(starter), "-f", "txt", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "存在问题" not in result.output and "　　无" not in result.output, result.output
    assert "三、下步打算" in result.output, result.output
