"""drafter new with a template folder: the starter is never written over the template it is made from."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SAMPLES

from drafter.cli import main


@pytest.mark.parametrize("sheet", [[], ["--xlsx"]])
def test_the_manifest_of_the_template_is_not_written_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sheet: list[str]
) -> None:
    shutil.copytree(SAMPLES.parent / "templates" / "notice", tmp_path / "模板")
    manifest = tmp_path / "模板" / "manifest.yaml"
    before = manifest.read_bytes()
    target = "模板/manifest.yaml"
    if sheet:  # a sheet named over a file of the folder
        shutil.copy(manifest, tmp_path / "模板" / "名单.xlsx")
        target = "模板/名单.xlsx"
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["new", "--template", "模板", "-o", target, "--force", *sheet])
    # the starter replaced the manifest: the template was gone ('没有声明任何章节')
    assert result.exit_code == 1 and "这是模板文件夹" in result.output, result.output
    assert manifest.read_bytes() == before
    # a new file beside them is not one of them
    result = CliRunner().invoke(main, ["new", "--template", "模板", "-o", "模板/起草.yaml"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("sheet", [[], ["--xlsx"]])
def test_a_template_no_relative_path_leads_to_is_written_in_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sheet: list[str]
) -> None:
    """On Windows a template on another drive (D:\\挖掘结果\\notice, the starter on C:) has no relative path:
    os.path.relpath raises ValueError there, and new ended in '出现意外错误（ValueError: path is on mount …）'."""
    import ntpath
    import os

    shutil.copytree(SAMPLES.parent / "templates" / "notice", tmp_path / "模板")
    monkeypatch.chdir(tmp_path)

    def other_drive(path: str, start: str | None = None) -> str:
        return ntpath.relpath("D:\\挖掘结果", "C:\\公文")  # raises as Windows does across drives

    monkeypatch.setattr(os.path, "relpath", other_drive)
    target = "事实.xlsx" if sheet else "事实.yaml"
    result = CliRunner().invoke(main, ["new", "--template", "模板", "-o", target, *sheet])
    assert result.exit_code == 0, result.output
    if not sheet:
        assert f"模板: {tmp_path / '模板'}\n" in (tmp_path / target).read_text(encoding="utf-8")
