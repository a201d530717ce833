"""ux26 walk: the 请示 a 批复 answers (来文), or the 函 a 复函 answers (来函), is quoted in the opening as 《标题》;
a 标题 copied with its 书名号 (《关于建设中医馆的请示》) read 你院《《……》》（……号）收悉。"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

REPLY = (
    "文种: 批复\n发文机关: 澜川县卫生健康局\n事由: 同意青山乡卫生院建设中医馆\n主送机关: 青山乡卫生院\n"
    "来文:\n  标题: {title}\n  文号: 青卫〔2025〕9号\n称谓: 你院\n"
    "批复意见:\n- 同意你院利用闲置用房建设中医馆。\n成文日期: 2025-12-17\n"
)
LETTER = (
    "文种: 复函\n发文机关: 澜川县卫生健康局\n事由: 退休人员体检数据共享有关事项\n主送机关: 县医疗保障局\n"
    "来函:\n  标题: {title}\n  文号: 澜医保函〔2025〕6号\n称谓: 贵局\n"
    "正文:\n- 我局同意建立体检数据共享机制，已指定专人对接。\n成文日期: 2025-12-17\n"
)


@pytest.mark.parametrize(
    ("text", "quoted", "line"),
    [
        (REPLY, "你院《关于建设中医馆的请示》（青卫〔2025〕9号）收悉。", 6),
        (LETTER, "贵局《关于共享体检数据的函》（澜医保函〔2025〕6号）收悉。", 6),
    ],
    ids=["reply", "letter"],
)
def test_a_title_written_in_its_book_marks_is_quoted_once(tmp_path: Path, text: str, quoted: str, line: int) -> None:
    title = quoted[quoted.index("《") + 1 : quoted.index("》")]
    facts = tmp_path / "答复.yaml"
    facts.write_text(text.format(title=f"《{title}》"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert quoted in result.stdout and "《《" not in result.stdout
    assert f"答复.yaml:{line}:" in result.stderr and "书名号" in result.stderr


def test_a_title_without_book_marks_is_said_nothing_of(tmp_path: Path) -> None:
    facts = tmp_path / "批复.yaml"
    facts.write_text(REPLY.format(title="关于建设中医馆的请示"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "你院《关于建设中医馆的请示》（青卫〔2025〕9号）收悉。" in result.stdout and "书名号" not in result.stderr


@pytest.mark.parametrize(
    "written",
    [
        "关于建设中医馆的请示（青卫〔2025〕9号）",
        "《关于建设中医馆的请示》（青卫〔2025〕9号）",
        "关于建设中医馆的请示(青卫〔2025〕9号)",
    ],
    ids=["as-cited", "with-book-marks", "half-width-brackets"],
)
def test_the_request_answered_written_on_one_line_as_it_is_cited(tmp_path: Path, written: str) -> None:
    # 来文: 关于建设中医馆的请示（青卫〔2025〕9号）, copied as the 请示 is cited, was refused (应当是一组“键: 值”).
    facts = tmp_path / "批复.yaml"
    text = REPLY.format(title="X").replace("来文:\n  标题: X\n  文号: 青卫〔2025〕9号\n", f"来文: {written}\n")
    facts.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "你院《关于建设中医馆的请示》（青卫〔2025〕9号）收悉。" in result.stdout


def test_a_one_line_answer_that_is_no_citation_is_still_refused(tmp_path: Path) -> None:
    facts = tmp_path / "批复.yaml"
    text = REPLY.format(title="X").replace("来文:\n  标题: X\n  文号: 青卫〔2025〕9号\n", "来文: 青山乡卫生院的请示\n")
    facts.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1 and "来文" in result.output and "标题: ……" in result.output
