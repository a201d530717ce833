"""ux25 walk: ``drafter new --template 模板文件夹 -o -`` prints a starter whose 模板 line is read from wherever
the clerk saves it (``> 事实.yaml`` anywhere): the template folder written as the clerk gave it.

Given /tmp/…/挖掘结果/notice from the home folder, the line said 模板: ../tmp/…/挖掘结果/notice, a path from the
folder the command ran in, which leads nowhere once the text is saved in another folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main


def _template(root: Path) -> Path:
    folder = root / "挖掘结果" / "notice"
    folder.mkdir(parents=True)
    (folder / "manifest.yaml").write_text(
        "name: notice\ngenre: notice\ntitle: 通知（自己的）\nextends: notice\n", encoding="utf-8"
    )
    return folder


def _line(args: list[str]) -> str:
    result = CliRunner().invoke(main, ["new", *args, "-o", "-"])
    assert result.exit_code == 0, result.output
    return next(line for line in result.stdout.splitlines() if line.startswith("模板:"))


def test_a_full_path_stays_a_full_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _template(tmp_path / "a")
    elsewhere = tmp_path / "b" / "c"
    elsewhere.mkdir(parents=True)
    monkeypatch.chdir(elsewhere)
    assert _line(["--template", str(folder)]) == f"模板: {folder}"


def test_a_relative_path_stays_as_typed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _template(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert _line(["--template", "挖掘结果/notice"]) == "模板: 挖掘结果/notice"
