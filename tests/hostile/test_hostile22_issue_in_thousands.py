"""A 期号, 总期号 or 发文字号 set out in thousands (1,009, 1，009, 1 009: a sheet's number format, a habit from amounts) is
the number it says: 期号: 1,009 printed 1,009 under the 报头 without its 第…期, 第1,009期 was printed as typed and
the 发文字号 青教〔2025〕1,009号 was refused as 格式不对."""

from __future__ import annotations

from pathlib import Path

import pytest
from sample_facts import draft_changed

from drafter.gongwen import issue_number_text, total_issue_number_text


@pytest.mark.parametrize("typed", ["1,009", "1，009", "1 009", "1\u3000009", "第1,009期", "１,００９"])
def test_an_issue_number_in_thousands_is_printed_as_one_number(tmp_path: Path, typed: str) -> None:
    drafted = draft_changed(tmp_path, "简报", "期号", f'"{typed}"')
    assert drafted.result.exit_code == 0, drafted.said
    assert "第1009期（总第41期）" in drafted.output.read_text(encoding="utf-8")


def test_a_total_issue_number_in_thousands_is_printed_as_one_number(tmp_path: Path) -> None:
    drafted = draft_changed(tmp_path, "简报", "总期号", '"总第1,041期"')
    assert drafted.result.exit_code == 0, drafted.said
    assert "第6期（总第1041期）" in drafted.output.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("2025年第3期", "2025年第3期"),
        ("〔2025〕第1,009期", "〔2025〕第1009期"),
        ("12,34", "12,34"),
        ("1,0091", "1,0091"),
    ],
)
def test_only_a_number_in_thousands_is_joined(typed: str, printed: str) -> None:
    assert issue_number_text(typed) == printed


def test_a_total_issue_in_thousands_in_brackets() -> None:
    assert total_issue_number_text("（总第2 041期）") == "总第2041期"


@pytest.mark.parametrize("typed", ["青教〔2025〕1,009号", "青教〔2025〕1，009号"])
def test_a_document_number_in_thousands_is_read_as_one_number(tmp_path: Path, typed: str) -> None:
    drafted = draft_changed(tmp_path, "通知", "发文字号", typed)
    assert drafted.result.exit_code == 0, drafted.said  # it was refused as 发文字号格式不对
    assert "青教〔2025〕1009号" in drafted.output.read_text(encoding="utf-8").splitlines()
