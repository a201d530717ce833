"""A 简报's 总期号 written as the 期号 may be: a number alone, without its 总, in its own brackets, or 0.

期号: 6 is printed 第6期, but 总期号: 41 (a sheet's number cell, or typed so in YAML) printed 第6期（41） under the
报头; 第41期 printed 第6期（第41期）, the 总 that tells the two apart missing; （总第41期） typed in its brackets printed
第6期（（总第41期））; 总期号: 0 or -3 printed 第6期（0）. Each is now 总第41期, and 0 or -3 is refused naming the line,
as a 期号's is. A 期号 of thousands in Chinese numerals (十万, 一千零一) was printed without its 第…期. The facts are
made up for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

BRIEFING = (
    "文种: 简报\n简报名称: 农机安全简报\n期号: 6\n总期号: {total}\n编印单位: 青禾县农业农村局办公室\n日期: 2025-04-30\n"
    "文章:\n- 标题: 春季农机检修有序开展\n  正文:\n  - 各乡镇农技站组织农机手集中检修。\n"
)


def _draft(tmp_path: Path, total: str):
    (tmp_path / "稿.yaml").write_text(BRIEFING.format(total=total), encoding="utf-8")
    return CliRunner().invoke(main, ["draft", str(tmp_path / "稿.yaml"), "-o", "-", "-f", "txt"])


@pytest.mark.parametrize(
    ("total", "printed"),
    [
        ("41", "第6期（总第41期）"),
        ("'４１'", "第6期（总第41期）"),
        ("第41期", "第6期（总第41期）"),
        ("41期", "第6期（总第41期）"),
        ("总41期", "第6期（总第41期）"),
        ("（总第41期）", "第6期（总第41期）"),
        ("四十一", "第6期（总第四十一期）"),
        ("总第41期", "第6期（总第41期）"),
        ("2025年总第3期", "第6期（2025年总第3期）"),
    ],
)
def test_a_total_issue_number_is_printed_as_one(tmp_path: Path, total: str, printed: str) -> None:
    result = _draft(tmp_path, total)
    assert result.exit_code == 0, result.output
    assert printed in result.stdout.splitlines()[1], result.stdout


@pytest.mark.parametrize("total", ["0", "-3", "总第0期"])
def test_a_total_issue_number_that_names_no_issue_is_refused_naming_its_line(tmp_path: Path, total: str) -> None:
    result = _draft(tmp_path, total)
    assert result.exit_code != 0, result.output
    assert "稿.yaml:4:6: 总期号: " in result.output and "不是一期的期号" in result.output, result.output


@pytest.mark.parametrize(
    ("number", "printed"),
    [("十万", "第十万期"), ("一千零一", "第一千零一期"), ("第两千期", "第两千期"), ("三万五千", "第三万五千期")],
)
def test_an_issue_number_of_thousands_in_chinese_numerals_is_an_issue(
    tmp_path: Path, number: str, printed: str
) -> None:
    # 期号: 十万 was printed 十万 under the 报头, without the 第…期 五 or 一百 gets (round 19's leftover).
    (tmp_path / "稿.yaml").write_text(
        BRIEFING.format(total="总第41期").replace("期号: 6\n", f"期号: {number}\n"), encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["draft", str(tmp_path / "稿.yaml"), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1] == f"{printed}（总第41期）", result.stdout
