"""parse and mine take glob patterns, as the README offers ('旧文件/**/*.docx'); PowerShell hands them over unexpanded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

_NOTICE = "关于做好第{n}批检查的通知\n各学校：\n现就有关事项通知如下。\n青禾县教育局\n2025年3月{n}日\n"


def _folder(tmp_path: Path) -> None:
    (tmp_path / "材料" / "子").mkdir(parents=True)
    for n in (1, 2):
        (tmp_path / "材料" / f"{n}.txt").write_text(_NOTICE.format(n=n), encoding="utf-8")
    (tmp_path / "材料" / "子" / "3.txt").write_text(_NOTICE.format(n=3), encoding="utf-8")


def test_a_pattern_is_read_as_the_files_it_matches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["parse", "--json", "材料/**/*.txt"])
    # it was '材料/**/*.txt: 文件或文件夹不存在，请检查路径（没有分析任何文件）'
    assert result.exit_code == 0, result.output
    paths = [Path(f["path"]).name for f in json.loads(result.stdout)["files"]]
    assert sorted(paths) == ["1.txt", "2.txt", "3.txt"]
    result = CliRunner().invoke(main, ["mine", "材料/*.txt", "-o", "结果"])
    assert result.exit_code == 0 and "不存在" not in result.output, result.output
    assert (tmp_path / "结果" / "report.json").is_file()


@pytest.mark.parametrize("command", [["parse"], ["mine", "-o", "结果"]])
def test_a_pattern_that_matches_nothing_is_said_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    _folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [command[0], "材料/*.docx", *command[1:]])
    assert result.exit_code == 1 and "材料/*.docx: 没有匹配到任何文件" in result.output, result.output
    assert not (tmp_path / "结果").exists()


def test_a_pattern_does_not_let_the_output_into_the_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    before = sorted(p.name for p in (tmp_path / "材料").iterdir())
    result = CliRunner().invoke(main, ["mine", "材料/*.txt", "-o", "材料", "--force"])
    assert result.exit_code == 1 and "输出文件夹包含输入" in result.output, result.output
    assert sorted(p.name for p in (tmp_path / "材料").iterdir()) == before
