"""Hostile inputs, session 18 (second round): a date left half written.

``成文日期: 2025年03月18`` (日 left off), ``2025-3-18日`` and ``2025/3/18号`` (begun one way, ended another) were
refused as 无法识别的日期 with no word of what would do, where other slips (2025年13月, 3/18/2025) are each told
the way to write them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sample_facts import LETTER

from drafter.cli import main

FACTS = LETTER


@pytest.mark.parametrize("written", ["2025年12月08", "2025年12月8", "2025-12-8日", "2025/12/08号"])
def test_a_half_written_date_is_told_how_to_write(tmp_path: Path, written: str) -> None:
    path = tmp_path / "函.yaml"
    path.write_text(FACTS.replace("2025-12-08", written), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(path), "-o", "-"])
    assert result.exit_code == 1, result.output
    assert f'函.yaml:8:7: 成文日期: 无法识别的日期 "{written}"（请写成 2025年12月8日 或 2025-12-08）' in result.output


def test_an_impossible_half_written_date_gets_no_such_advice(tmp_path: Path) -> None:
    path = tmp_path / "函.yaml"
    path.write_text(FACTS.replace("2025-12-08", "2025年2月30"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(path), "-o", "-"])
    assert result.exit_code == 1 and "请写成" not in result.output, result.output
