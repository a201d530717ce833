"""YAML syntax errors: Chinese, with line, cause and fix, and every problem of a file in one run."""

from __future__ import annotations

import re

import pytest

from drafter.errors import FactsError
from drafter.facts import load_facts_text


def _problems(text: str) -> list[str]:
    with pytest.raises(FactsError) as info:
        load_facts_text(text, "f.yaml")
    return [str(p) for p in info.value.problems]


def test_every_syntax_problem_is_listed_in_one_run() -> None:
    text = "\n".join(
        [
            "文种: 会议通知",
            "发文机关：青禾县教育局",
            "会议名称: 全县教育工作会议",
            "会议时间 2025-02-20 上午9:00",
            "\t会议地点: 三楼",
            '参会人员: "各校校长',
            "有关要求:",
            "  - 请准时参加",
            " - 请带笔记本",
        ]
    )
    problems = _problems(text)
    lines = [int(re.match(r"f\.yaml:(\d+)", p).group(1)) for p in problems]
    assert lines == [2, 4, 5, 6, 9]
    assert "不能用中文冒号" in problems[0]
    assert "“会议时间: 2025-02-20 上午9:00”" in problems[1]
    assert "Tab" in problems[2]
    assert "引号" in problems[3]
    assert "缩进" in problems[4]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("单位: 甲\n会议地点:三楼\n", 2, "冒号后面要有一个空格"),
        ("单位:\n  - 甲\n 期间: 乙\n", 3, "缩进"),
        ("单位: @甲\n", 1, "加引号"),
        ('单位: "甲\\q"\n', 1, "反斜杠"),
        ("单位: [甲, 乙\n期间: 丙\n", 2, "方括号"),
        ("单位: {甲\n", 2, "花括号"),
        ("单位: &\n", 1, "加引号"),
        ("单位: |x\n  甲\n", 1, "“|”或“>”"),
        ("单位: '甲' 乙\n", 1, "引号后面不能再写文字"),
        ("单位: 甲\n-乙\n", 2, ""),
    ],
)
def test_each_kind_of_slip_is_said_in_chinese(text: str, line: int, words: str) -> None:
    problems = _problems(text)
    assert problems[0].startswith(f"f.yaml:{line}:")
    assert words in problems[0]
    for problem in problems:
        assert not re.search(r"[A-Za-z]{4,}", problem.replace("f.yaml", "").replace("YAML", "")), problem


def test_a_hopeless_file_stops_at_a_bounded_list() -> None:
    problems = _problems("\n".join(f"键{i}：值" for i in range(200)))
    assert 1 <= len(problems) <= 20
