"""A facts file whose name starts with "-" is told apart from an option, with the two ways to give it.

``drafter draft -通知.yaml`` (a name copied with a list's dash, or --定稿.yaml) was read as options and refused
with 没有“-通”这个选项, a name the clerk never typed. The facts are made up for the test.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛值班。\n成文日期: 2025-06-02\n"
)


@pytest.mark.parametrize(
    ("command", "name"), [("draft", "-通知.yaml"), ("draft", "--定稿.yaml"), ("batch", "-通知.yaml")]
)
def test_a_name_starting_with_a_dash_is_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, name: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path(name).write_text(FACTS, encoding="utf-8")
    extra = ["-o", "输出"] if command == "batch" else []
    result = CliRunner().invoke(main, [command, name, *extra])
    assert result.exit_code == 2, result.output
    assert f"“{name}”以“-”开头" in result.output and f"./{name}" in result.output, result.output


def test_the_ways_it_names_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("-通知.yaml").write_text(FACTS, encoding="utf-8")
    assert CliRunner().invoke(main, ["draft", "./-通知.yaml", "-f", "txt"]).exit_code == 0
    assert CliRunner().invoke(main, ["draft", "-f", "md", "--", "-通知.yaml"]).exit_code == 0
    assert Path("-通知.txt").is_file() and Path("-通知.md").is_file()


def test_an_unknown_option_is_still_said_as_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("通知.yaml").write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", "通知.yaml", "--nosuch"])
    assert result.exit_code == 2 and "没有“--nosuch”这个选项" in result.output, result.output
