"""ux27: a template manifest whose alias is another field's name is refused, naming both fields.

Before, a colleague's template (发文机关 with aliases [单位], beside a field 单位 of its own) drafted with the 单位 a
clerk wrote read as both fields, and nothing said so."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

MANIFEST = (
    "name: 街道通知\ngenre: notice\nextends: 通知\nfields:\n"
    "  单位: {type: text, description: 承办科室, example: 党政办公室}\n"
)


def _folder(root: Path, manifest: str) -> Path:
    folder = root / "tpl"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(manifest, encoding="utf-8")
    return folder


@pytest.mark.parametrize("command", [["templates", "show"], ["new", "--template"]])
def test_an_alias_that_is_another_fields_name_is_refused(tmp_path: Path, command: list[str]) -> None:
    folder = _folder(tmp_path, MANIFEST)
    result = CliRunner().invoke(main, [*command, str(folder)])
    assert result.exit_code == 1, result.output
    assert "manifest.yaml" in result.output
    assert "“发文机关”" in result.output and "“单位”" in result.output, result.output


def test_a_standalone_manifest_with_such_an_alias_is_refused(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        "name: t\nsections: [body]\nfields:\n  事由: {type: text, required: true, aliases: [主题]}\n"
        "  主题: {type: text}\n",
    )
    (folder / "body.j2").write_text("{{ 事由 }}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["templates", "show", str(folder)])
    assert result.exit_code == 1, result.output
    assert "manifest.yaml:4" in result.output and "“事由”" in result.output and "“主题”" in result.output


def test_aliases_that_name_no_other_field_are_still_accepted(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "name: 街道通知\ngenre: notice\nextends: 通知\n")
    result = CliRunner().invoke(main, ["templates", "show", str(folder)])
    assert result.exit_code == 0, result.output
