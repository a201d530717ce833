"""A list of names written as one text with each name in the input method's quotation marks (抄送: “甲”、“乙”):
the 版记 printed the quotes around every office. Each name is unquoted and a 提醒 says so; a title's quoted words
and a name holding quotes of its own are kept."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 桐川县卫生健康局\n类别: 布置\n事由: 做好“健康村”创建工作\n主送机关: 各乡镇卫生院\n"
    "正文:\n- 各院要按时报送创建进度。\n成文日期: 2025-09-08\n"
)


def _draft(tmp_path: Path, extra: str):
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS + extra, encoding="utf-8")
    return CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])


@pytest.mark.parametrize(
    "written",
    ["抄送: “县爱卫办”、“县疾控中心”\n", "抄送: 「县爱卫办」，「县疾控中心」\n", "抄送: “县爱卫办”；“县疾控中心”\n"],
)
def test_each_quoted_name_is_printed_without_its_quotes(tmp_path: Path, written: str) -> None:
    result = _draft(tmp_path, written)
    assert result.exit_code == 0, result.output
    line = next(text for text in result.stdout.splitlines() if text.startswith("抄送："))
    assert line.startswith("抄送：县爱卫办") and line.endswith("县疾控中心。"), line
    assert not any(mark in line for mark in "“”「」"), line
    assert "每个名称都写在引号里" in result.stderr and "通知.yaml:9:" in result.stderr


def test_the_titles_quoted_words_and_a_names_own_quotes_are_kept(tmp_path: Path) -> None:
    result = _draft(tmp_path, "抄送: 县“健康村”创建工作领导小组办公室、县疾控中心\n")
    assert result.exit_code == 0, result.output
    assert "关于做好“健康村”创建工作的通知" in result.stdout
    assert "抄送：县“健康村”创建工作领导小组办公室、县疾控中心。" in result.stdout, result.stdout
