"""Hostile inputs, round 13: the output file named after the input without -o.

drafter new 会议通知 通知.yaml and drafter draft 通知.yaml 通知.docx (as many programs take the output after the
input) were refused with 多出了参数（通知.yaml）；含空格的文件名请加引号 alone: the clerk could not tell what was wrong.
An extra name of the command's own output kind is told to go after -o now; any other is said as before.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from tests.conftest import SAMPLES


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["new", "会议通知", "通知.yaml"], "通知.yaml"),
        (["draft", str(SAMPLES / "通知.yaml"), "通知.docx"], "通知.docx"),
    ],
)
def test_an_output_without_its_option_is_told_the_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], named: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert f"多出了参数（{named}）" in result.output and f"-o {named}" in result.output, result.output
    assert list(tmp_path.iterdir()) == []


def test_another_extra_argument_is_said_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["draft", "我的", "通知.yaml"])
    assert result.exit_code == 2, result.output
    assert "多出了参数（通知.yaml）；含空格的文件名请加引号" in result.output and "-o" not in result.output
