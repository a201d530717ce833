"""A line or paragraph separator (U+2028, U+2029) inside a past document's heading: shown as one line, not two."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main
from drafter.terminal import safe_text


def test_separators_are_written_out_on_screen() -> None:
    assert safe_text("一、加强\u2028领导\u2029") == "一、加强\\u2028领导\\u2029"


def test_a_heading_holding_a_line_separator_is_one_line_of_the_outline(tmp_path: Path) -> None:
    source = tmp_path / "通知.txt"
    source.write_text(
        "关于做好春季防火工作的通知\n各村：\n一、压实\u2028责任\n各村要落实。\n二、加强巡查\n各村要巡查。\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["parse", str(source)])
    assert result.exit_code == 0, result.output
    assert "\u2028" not in result.output
    assert any("压实\\u2028责任" in line for line in result.output.splitlines())
