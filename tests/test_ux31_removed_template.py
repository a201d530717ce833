"""ux31 walk: the keeper of a school's templates deletes a mined template folder the school has no use for, and
mines again a month later with --force: the folder stays deleted, the screen and the report say why and how to
have it back (a folder put back, even empty, is mined again). Documents made up (tests/test_ux30_remine.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main
from tests.test_ux30_remine import _archive


def _mine(archive: Path, output: Path, *extra: str) -> str:
    result = CliRunner().invoke(main, ["mine", str(archive), "-o", str(output), *extra])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_template_the_keeper_deleted_is_not_written_again(tmp_path: Path) -> None:
    archive, output = _archive(tmp_path, 4), tmp_path / "模板"
    _mine(archive, output)
    assert (output / "letter").is_dir()
    shutil.rmtree(output / "letter")
    said = _mine(archive, output, "--force")
    assert not (output / "letter").exists()
    line = next(line for line in said.splitlines() if "letter" in line)
    assert line.startswith("未生成模板：函：") and "删去" in line and "空文件夹" in line
    assert f"{output / 'letter'}" not in [part for line in said.splitlines() for part in line.split("：")]
    report = json.loads((output / "report.json").read_text(encoding="utf-8"))
    letter = next(g for g in report["genres"] if g["genre"] == "letter")
    assert letter["template"] == "" and "删去" in letter["template_note"]
    # A third mine keeps it out too: the record remembers the removal.
    _mine(archive, output, "--force")
    assert not (output / "letter").exists() and (output / "notice").is_dir()


def test_a_folder_put_back_is_mined_again(tmp_path: Path) -> None:
    archive, output = _archive(tmp_path, 4), tmp_path / "模板"
    _mine(archive, output)
    shutil.rmtree(output / "letter")
    _mine(archive, output, "--force")
    (output / "letter").mkdir()
    said = _mine(archive, output, "--force")
    assert (output / "letter" / "manifest.yaml").is_file()
    assert "删去" not in said
