"""Hostile inputs, round 13: a batch that cannot start leaves no output folder behind.

drafter batch 名单.csv -o 稿件/2025/通知 -t 通值 (a typo), or with a --reference that is no Word file, stopped with
its error, but only after making 稿件/2025/通知: the clerk found new empty folders and looked in them for drafts.
The folder is made once the batch can start.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from tests.conftest import SAMPLES


@pytest.mark.parametrize(
    "options",
    [["-t", "通值"], ["-r", str(SAMPLES / "通知.yaml")], ["-t", "不存在的模板文件夹/notice"]],
)
def test_a_batch_that_cannot_start_makes_no_folder(tmp_path: Path, options: list[str]) -> None:
    output = tmp_path / "稿件" / "2025" / "通知"
    result = CliRunner().invoke(main, ["batch", str(SAMPLES / "通知.yaml"), "-o", str(output), *options])
    assert result.exit_code in (1, 2), result.output
    assert not (tmp_path / "稿件").exists(), result.output


def test_a_batch_that_starts_makes_its_folder(tmp_path: Path) -> None:
    output = tmp_path / "稿件" / "通知"
    result = CliRunner().invoke(main, ["batch", str(SAMPLES / "通知.yaml"), "-o", str(output), "-f", "txt"])
    assert result.exit_code == 0 and (output / "通知.txt").is_file(), result.output


def test_a_file_in_the_way_is_still_said(tmp_path: Path) -> None:
    (tmp_path / "稿件").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(SAMPLES / "通知.yaml"), "-o", str(tmp_path / "稿件")])
    assert result.exit_code == 1 and "已存在同名文件" in result.output, result.output
