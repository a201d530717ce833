"""ux19 walk: the bounds of -j are written as the help's words write them (1–64), not as click's 1<=x<=64."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main


@pytest.mark.parametrize(
    ("command", "value", "said"), [("mine", "100", "100 不在 1–64 的范围内"), ("batch", "0", "0 不在 1–256 的范围内")]
)
def test_a_jobs_count_out_of_bounds_is_said_plainly(tmp_path: Path, command: str, value: str, said: str) -> None:
    result = CliRunner().invoke(main, [command, str(tmp_path), "-o", str(tmp_path / "out"), "-j", value])
    assert result.exit_code == 2
    assert said in result.output
    assert "<=" not in result.output


@pytest.mark.parametrize("command", ["parse", "mine", "batch"])
def test_the_help_gives_the_jobs_bounds_plainly(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "<=x<=" not in result.output
