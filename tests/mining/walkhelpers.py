"""What the walk tests (test_*_walk.py) share: a unit's archive written to a folder, mined through the CLI as
the clerk runs it, and the starter (``drafter new --template``) or manifest of a mined genre's template.

Each walk writes its own unit's documents; how they reach the disk and how the mined templates are read
back is the same in all of them, and kept here so a change to the CLI is made once."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner

from drafter.cli import main


def write_archive(folder: Path, files: Iterable[tuple[str, str]]) -> Path:
    """``folder`` made (it must not exist yet) and holding each (file name, text), written as UTF-8."""
    folder.mkdir()
    for name, text in files:
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def mine_cli(archive: Path, out: Path) -> str:
    """``drafter mine ARCHIVE -o OUT`` as the clerk runs it; what it printed (it must succeed)."""
    result = CliRunner().invoke(main, ["mine", str(archive), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return result.output


def mined_starter(out: Path, genre: str) -> str:
    """The starter facts file ``drafter new --template OUT/GENRE`` prints for a mined genre's template."""
    result = CliRunner().invoke(main, ["new", "--template", str(out / genre), "-o", "-"])
    assert result.exit_code == 0, result.output
    return result.output


def manifest_fields(out: Path, genre: str) -> dict[str, Any]:
    """The fields of a mined genre's template (its manifest.yaml), by name."""
    fields: dict[str, Any] = yaml.safe_load((out / genre / "manifest.yaml").read_text(encoding="utf-8"))["fields"]
    return fields
