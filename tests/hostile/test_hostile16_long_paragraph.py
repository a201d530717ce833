"""A text file of tens of thousands of full lines that run into one paragraph is read in time linear in its size.

Each line of a hard-wrapped paragraph was checked against a copy of the whole paragraph so far: a page of 40,000
full lines (a log or a dump, 2 MB) took 40 s to parse and a 10 MB one many minutes, ``drafter mine`` of a folder
holding it stopping at nothing. The text is made up for the test.
"""

from pathlib import Path

from bounded import run_drafter

LINE = "各校要做好防汛值班工作，" * 4 + "\n"


def test_a_paragraph_of_many_full_lines_is_parsed_in_time(tmp_path: Path) -> None:
    (tmp_path / "日志.txt").write_text(LINE * 60_000, encoding="utf-8")
    result = run_drafter("parse", "日志.txt", cwd=tmp_path, timeout=30)
    assert result.returncode == 0, result.stderr
    assert "第1–60000行" in result.stdout, result.stdout


def test_a_dump_of_records_with_inline_outlines_is_parsed_in_time(tmp_path: Path) -> None:
    record = "一、各校要做好防汛值班工作二、各校要及时报告有关情况三、各校要" * 2 + "\n"
    (tmp_path / "导出.txt").write_text(record * 80_000, encoding="utf-8")
    result = run_drafter("parse", "导出.txt", cwd=tmp_path, timeout=30)
    assert result.returncode == 0, result.stderr
