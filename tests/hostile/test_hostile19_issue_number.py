"""A 期号 that names no issue (0, 第0期, -3, 3.5, 1e3) is refused naming the line; ⑤ and Ⅴ are issue 5.

期号: 0 printed 第0期 under the 报头 and -3, 3.5 or 1e3 as written (a sheet's cell, a number typed for another field),
where an issue is counted from 第1期; ⑤ (a numbered list's digit, pasted) was printed ⑤ with no 第…期 round it.
The facts are made up for the test.
"""

from pathlib import Path

import pytest
from bounded import run_drafter

BRIEFING = (
    "文种: 简报\n简报名称: 农机安全简报\n期号: {number}\n编印单位: 青禾县农业农村局办公室\n日期: 2025-04-30\n"
    "文章:\n- 标题: 春季农机检修有序开展\n  正文:\n  - 各乡镇农技站组织农机手集中检修。\n"
)
MINUTES = (
    "文种: 会议纪要\n单位: 青禾县农业农村局\n会议名称: 局务会议\n期号: {number}\n会议日期: 2025-04-30\n"
    "会议地点: 局三楼会议室\n主持人: 王明\n议定事项:\n- 会议同意农机安全检查方案。\n出席: 王明、李华\n"
)


@pytest.mark.parametrize("written", ["0", "00", "第0期", "'０'", "-3", "第-1期", "3.5", "1e3", "零"])
@pytest.mark.parametrize("facts", [BRIEFING, MINUTES], ids=["简报", "纪要"])
def test_an_issue_number_that_names_no_issue_is_refused_naming_its_line(
    tmp_path: Path, facts: str, written: str
) -> None:
    (tmp_path / "稿.yaml").write_text(facts.format(number=written), encoding="utf-8")
    result = run_drafter("draft", "稿.yaml", "-f", "txt", cwd=tmp_path)
    assert result.returncode != 0
    line = 3 if facts is BRIEFING else 4
    assert f"稿.yaml:{line}:" in result.stderr and "期号" in result.stderr and "第1期" in result.stderr, result.stderr
    assert not (tmp_path / "稿.txt").exists()


@pytest.mark.parametrize(
    ("written", "printed"), [("⑤", "第5期"), ("Ⅴ", "第5期"), ("5", "第5期"), ("总第58期", "总第58期")]
)
@pytest.mark.parametrize("facts", [BRIEFING, MINUTES], ids=["简报", "纪要"])
def test_a_numbered_lists_digit_is_the_issues_number(tmp_path: Path, facts: str, written: str, printed: str) -> None:
    (tmp_path / "稿.yaml").write_text(facts.format(number=written), encoding="utf-8")
    result = run_drafter("draft", "稿.yaml", "-f", "txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = [line.strip() for line in (tmp_path / "稿.txt").read_text(encoding="utf-8").splitlines()]
    assert printed in lines, lines[:6]
