"""``--template NAME`` names the template folder NAME in the current folder before the built-in of that name: a clerk
in drafter mine's output folder writes drafter new --template notice for the mined notice beside him (ux23 walk)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main


@pytest.fixture
def in_output_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "notice"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(
        "name: notice\ngenre: notice\ntitle: 通知（本单位）\nextends: notice\n"
        "fields:\n  发文机关:\n    required: false\n    default: [柏岭街道办事处]\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_new_takes_the_folder_in_the_current_folder(in_output_folder: Path) -> None:
    result = CliRunner().invoke(main, ["new", "--template", "notice", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# 通知（本单位）的事实文件")
    assert "模板: notice" in result.output


def test_draft_takes_the_folder_in_the_current_folder(in_output_folder: Path) -> None:
    facts = in_output_folder / "事实.yaml"
    facts.write_text(
        "事由: 做好秋季防火工作\n主送机关: 各社区居委会\n正文:\n- 各社区每周巡查一次。\n成文日期: 2025-09-01\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "--template", "notice", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "柏岭街道办事处" in result.output


def test_a_built_in_name_without_such_a_folder_is_the_built_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["new", "--template", "notice", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# 通知的事实文件")


def test_the_library_takes_the_folder_as_the_command_does(in_output_folder: Path) -> None:
    import drafter

    assert drafter.new(template="notice").text.startswith("# 通知（本单位）的事实文件")
