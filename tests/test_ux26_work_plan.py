"""ux26 walk: a 工作计划 (or 工作要点) is a plan, drafted from the 实施方案 template under its own name."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main


def _draft(tmp_path: Path, text: str) -> str:
    facts = tmp_path / "计划.yaml"
    facts.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_work_plan_is_titled_and_introduced_as_a_plan(tmp_path: Path) -> None:
    text = _draft(
        tmp_path,
        "文种: 工作计划\n单位: 澜川县卫生健康局\n事项: 2026年爱国卫生\n目的: 巩固国家卫生县城创建成果\n"
        "主要任务:\n- 标题: 开展环境卫生整治\n  内容: 每月组织一次城乡环境卫生集中整治。\n",
    )
    assert "澜川县卫生健康局2026年爱国卫生工作计划" in text
    assert "制定本计划。" in text and "本方案" not in text


def test_a_name_written_beside_the_genre_wins(tmp_path: Path) -> None:
    text = _draft(
        tmp_path,
        "文种: 工作计划\n单位: 澜川县卫生健康局\n事项: 2026年卫生健康\n方案名称: 工作要点\n"
        "主要任务:\n- 标题: 做实家庭医生签约服务\n  内容: 重点人群签约率稳定在七成以上。\n",
    )
    assert "2026年卫生健康工作要点" in text and "制定本工作要点。" in text


def test_the_plain_plan_is_unchanged(tmp_path: Path) -> None:
    text = _draft(
        tmp_path,
        "文种: 实施方案\n单位: 澜川县卫生健康局\n事项: 爱国卫生月活动\n"
        "主要任务:\n- 标题: 清理卫生死角\n  内容: 各单位清理房前屋后卫生死角。\n",
    )
    assert "爱国卫生月活动实施方案" in text and "制定本方案。" in text


def test_the_templates_list_says_a_work_plan_is_drafted_as_a_plan() -> None:
    result = CliRunner().invoke(main, ["templates", "list"])
    assert result.exit_code == 0, result.output
    line = next(line for line in result.output.splitlines() if line.startswith("实施方案"))
    assert "工作计划" in line
