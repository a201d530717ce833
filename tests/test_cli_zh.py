"""Every message a user can meet on the command line is Chinese, click's own included."""

from __future__ import annotations

import ast
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from drafter import cli_zh
from drafter.cli import main

# Texts click raises only for programming mistakes in a command's declaration, never for a user.
DEVELOPER_ONLY = {
    "Arguments take exactly one parameter declaration, got {length}: {decls}.",
    "Boolean option {decl!r} cannot use the same flag for true/false.",
    "Could not determine name for option with declarations {decls!r}",
    "No options defined but a name was passed ({name}). Did you mean to declare an argument instead? "
    "Did you mean to pass '--{name}'?",
    "Name '{name}' defined twice",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}",
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}",
    "Couldn't detect Bash version, shell completion is not supported.",
    "Shell completion is not supported for Bash versions older than 4.4.",
    "Windows error: {error}",
    "Unknown color {colour!r}",
    "Unknown standard stream '{name}'",
    "{editor}: Editing failed",
    "{editor}: Editing failed: {e}",
    "d",
    "Choice({choices})",
}


def _click_texts() -> tuple[set[str], set[str]]:
    singles: set[str] = set()
    plurals: set[str] = set()
    for source in Path(click.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if node.func.id == "_" and texts:
                singles.add(texts[0])
            elif node.func.id == "ngettext" and len(texts) >= 2:
                plurals.update(texts[:2])
    return singles, plurals


def test_every_text_click_can_show_a_user_is_translated() -> None:
    singles, plurals = _click_texts()
    missing = sorted((singles - DEVELOPER_ONLY - set(cli_zh.TEXTS)) | (plurals - set(cli_zh.PLURALS)))
    assert not missing, f"click texts without Chinese: {missing}"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["draft"], "缺少参数"),
        (["draft", "x.yaml", "-f", "odt"], "不在可选项"),
        (["draft", "--bogus"], "没有“--bogus”这个选项"),
        (["drat"], "没有“drat”这个命令"),
        (["draft", "a.yaml", "b.yaml"], "多出了参数"),
        (["batch", "x.yaml", "-o", "out", "-j", "0"], "不在"),
        (["batch", "x.yaml"], "缺少选项"),
        (["draft", "x.yaml", "-o"], "后面要跟一个值"),
    ],
)
def test_usage_errors_are_chinese(args: list[str], expected: str) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert expected in result.output
    assert "错误：" in result.output
    for english in ("Error", "Usage", "Try ", "Missing", "No such", "is not", "Got unexpected"):
        assert english not in result.output


def test_help_is_chinese_throughout() -> None:
    for args in (["--help"], ["draft", "--help"], ["batch", "--help"], ["mine", "--help"], ["templates", "-h"]):
        output = CliRunner().invoke(main, args).output
        for english in ("Usage", "Options", "Commands", "Show this message", "[required]", "default:", "PATH"):
            assert english not in output, (args, english)


def test_help_columns_line_up_with_chinese_metavars() -> None:
    lines = [line for line in CliRunner().invoke(main, ["batch", "--help"]).output.splitlines() if "  -" in line]
    text_columns = set()
    for line in lines:
        _, _, rest = line.strip().partition("  ")
        text_columns.add(cli_zh.columns(line) - cli_zh.columns(rest.lstrip()))
    assert len(lines) > 5 and len(text_columns) == 1


def test_wrap_counts_chinese_as_two_columns() -> None:
    lines = cli_zh.wrap("起草" * 30 + " docx file", 20)
    assert all(cli_zh.columns(line) <= 20 for line in lines)
    assert "".join(lines).replace(" ", "") == ("起草" * 30 + "docxfile")
