"""Hostile inputs, session 18 (second round): the two settings the README offers, written as a clerk writes them.

``DRAFTER_SOFFICE_TIMEOUT=300秒`` and ``DRAFTER_MINE_MAX_CHARS=500万`` were ignored without a word: the PDF was
still stopped at 120 秒 with the advice to set the variable already set, and a mine refused as 材料太多 by the
machine's limit. Either is said, before any work, naming the variable and how to write it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter import soffice
from drafter.cli import main
from drafter.errors import DrafterError
from drafter.mining import budget

NOTICE = "关于做好防汛工作的通知\n各中小学：\n　　各校要做好防汛工作。\n　　特此通知。\n青禾县教育局\n2025年6月2日\n"


@pytest.mark.parametrize("value", ["300秒", "5分钟", "0", "-1"])
def test_a_timeout_that_is_no_number_of_seconds_is_said(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("DRAFTER_SOFFICE_TIMEOUT", value)
    with pytest.raises(DrafterError, match=f"DRAFTER_SOFFICE_TIMEOUT 的值“{value}”不是"):
        soffice.timeout_seconds()


@pytest.mark.parametrize(("value", "seconds"), [("", 120.0), (" 300 ", 300.0), ("90.5", 90.5)])
def test_a_timeout_of_seconds_is_taken(monkeypatch: pytest.MonkeyPatch, value: str, seconds: float) -> None:
    monkeypatch.setenv("DRAFTER_SOFFICE_TIMEOUT", value)
    assert soffice.timeout_seconds() == seconds


@pytest.mark.parametrize(("value", "count"), [("5000000", 5_000_000), ("5,000,000", 5_000_000)])
def test_a_count_of_characters_is_taken(monkeypatch: pytest.MonkeyPatch, value: str, count: int) -> None:
    monkeypatch.setenv("DRAFTER_MINE_MAX_CHARS", value)
    assert budget.max_characters() == count


def test_a_mine_limit_that_is_no_count_is_said_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "档案").mkdir()
    (tmp_path / "档案" / "通知.txt").write_text(NOTICE, encoding="utf-8")
    monkeypatch.setenv("DRAFTER_MINE_MAX_CHARS", "500万")
    read: list[object] = []
    monkeypatch.setattr("drafter.mining.mine.parse_paths", lambda *a, **k: read.append(a) or ([], []))
    result = CliRunner().invoke(main, ["mine", "档案", "-o", "结果"])
    assert result.exit_code == 1, result.output
    assert "DRAFTER_MINE_MAX_CHARS 的值“500万”不是字数" in result.output
    assert not read and not (tmp_path / "结果").exists()
