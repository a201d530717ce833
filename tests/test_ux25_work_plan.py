"""ux25 walk: a school writes a 学期工作计划 every term; ``drafter new 工作计划`` was refused and suggested 工作总结, the
opposite document. It starts the 实施方案 template (mining reads plans and 计划 as one genre) named 工作计划 (ux26)."""

from __future__ import annotations

from click.testing import CliRunner

from drafter.cli import main


def test_a_work_plan_starts_from_the_plan_template() -> None:
    result = CliRunner().invoke(main, ["new", "工作计划", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "方案名称: 工作计划" in result.stdout
