"""A 期号 typed with half of its frame (5期, 第5, 五期) is printed as the whole issue number, 第5期.

A bare number was made the issue's in round 17 (5 → 第5期), but 期号: 5期 was printed 5期 in the 报头, the 第 of
every 期号 missing, and 期号: 第5 as 第5. The facts are made up for the test.
"""

from pathlib import Path

import pytest
from bounded import run_drafter

BRIEFING = (
    "文种: 简报\n简报名称: 农业农村工作简报\n期号: {number}\n编印单位: 青禾县农业农村局办公室\n日期: 2025-04-30\n"
    "文章:\n- 标题: 春耕备耕有序推进\n  正文:\n  - 全县春耕备耕工作有序开展。\n"
)
MINUTES = (
    "文种: 会议纪要\n单位: 青禾县农业农村局\n会议名称: 局务会议\n期号: {number}\n会议日期: 2025-04-30\n"
    "会议地点: 局三楼会议室\n主持人: 王明\n议定事项:\n- 会议同意春耕备耕方案。\n出席: 王明、李华\n"
)


@pytest.mark.parametrize(
    ("written", "printed"),
    [
        ("5期", "第5期"),
        ("第5", "第5期"),
        ("五期", "第五期"),
        ("第十二", "第十二期"),
        ("第 5 期", "第5期"),
        ("５期", "第5期"),
    ],
)
@pytest.mark.parametrize("facts", [BRIEFING, MINUTES], ids=["简报", "纪要"])
def test_an_issue_number_with_half_its_frame_is_printed_whole(
    tmp_path: Path, facts: str, written: str, printed: str
) -> None:
    (tmp_path / "稿.yaml").write_text(facts.format(number=written), encoding="utf-8")
    result = run_drafter("draft", "稿.yaml", "-f", "txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = (tmp_path / "稿.txt").read_text(encoding="utf-8").splitlines()
    assert printed in lines, lines[:4]


@pytest.mark.parametrize("written", ["2025年第3期", "总第58期", "期", "第5期（总第58期）"])
def test_other_issue_numbers_are_printed_as_written(tmp_path: Path, written: str) -> None:
    (tmp_path / "稿.yaml").write_text(BRIEFING.format(number=written), encoding="utf-8")
    result = run_drafter("draft", "稿.yaml", "-f", "txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "稿.txt").read_text(encoding="utf-8").splitlines()[1] == written
