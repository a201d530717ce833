"""Hostile inputs, round 11: 无 written in quotation marks or brackets, or a table's empty mark /, says none.

README and the starters say 不要时写“无”（也可以写“否”“不要”……）. A clerk copying the word with its quotes
(抄送: “无”, 结尾: “不要”), or writing （无）, or filling a sheet's empty cells with / as office forms do, had
抄送：“无”。 printed in the 版记, a 附注 （“无”）, a mined plan ending on a paragraph “不要”, with no word.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛工作。\n成文日期: 2025-06-02\n"
)


def _draft(folder: Path, text: str):
    facts = folder / "通知.yaml"
    facts.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])


@pytest.mark.parametrize("said", ["抄送: “无”", "抄送: （无）", "抄送: /", "抄送: [“不要”]", "附注: “无”"])
def test_none_in_quotes_or_a_tables_mark_leaves_the_line_out(tmp_path: Path, said: str) -> None:
    result = _draft(tmp_path, FACTS + said + "\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip().endswith("2025年6月2日"), result.stdout
    assert "无" not in result.stdout and "/" not in result.stdout


def test_quoted_none_among_names_is_refused_at_its_item(tmp_path: Path) -> None:
    result = _draft(tmp_path, FACTS + "抄送: [县委办公室, “无”]\n")
    assert result.exit_code == 1, result.output
    assert "通知.yaml:9:13: 抄送: 第2项写的是“无”，同时又写了其他几项" in result.stderr, result.stderr


def test_names_in_quotes_lose_the_quotes(tmp_path: Path) -> None:
    # Round 15: the quotation marks round a whole name are taken off, as for the 主送机关 (test_hostile15_quoted_names).
    result = _draft(tmp_path, FACTS + "抄送: [“县委办公室”]\n")
    assert result.exit_code == 0, result.output
    assert "抄送：县委办公室。" in result.stdout


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from drafter.mining.emit import emit_template
    from drafter.mining.structure import GenreStructure, SectionStat

    tasks = SectionStat("tasks", 4, 1.0, 0.5, "重点任务", ("重点任务",), groups=4)
    structure = GenreStructure("plan", 4, (tasks,), ((("tasks",), 4),), groups=4)
    emitted = emit_template(tmp_path_factory.mktemp("mined") / "plan", "plan", structure, [], [], ["某某工作方案"] * 4)
    assert emitted.folder is not None
    return emitted.folder


@pytest.mark.parametrize("closing", ["“不要”", "（无）", "『否』"])
def test_a_mined_closing_said_no_in_quotes_is_left_out(plan: Path, tmp_path: Path, closing: str) -> None:
    text = (
        f"模板: {plan}\n单位: 青石乡人民政府\n事项: 秋季森林防火\n"
        f"主要任务:\n- 标题: 加强巡查\n  内容: 各村每日巡山一次。\n成文日期: 2026-10-09\n结尾: {closing}\n"
    )
    result = _draft(tmp_path, text)
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.stdout.splitlines()]
    after = lines[lines.index("各村每日巡山一次。") + 1]
    assert after == "青石乡人民政府", lines
