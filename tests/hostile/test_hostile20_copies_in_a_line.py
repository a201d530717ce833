"""An office named twice in a 抄送 written on one line, as README lets a clerk write it (抄送: 县委办、县财政局，县委办).

Written as items (- 县委办 twice) the repeat is said and printed once; written on one line it was printed
抄送：县委办、县财政局，县委办。 with no word, and a line opening with a mark (抄送: ，县委办) printed 抄送：，县委办。.
The repeat is now left out with the mark before it, and said; a mark with no office before it is left out.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "通知.yaml"


def _draft(tmp_path: Path, copies: str):
    text = SAMPLE.read_text(encoding="utf-8")
    assert re.search(r"^抄送: .*$", text, re.M)
    facts = tmp_path / "通知.yaml"
    facts.write_text(re.sub(r"^抄送: .*$", lambda _: f"抄送: {copies}", text, flags=re.M), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("抄送：")]
    return line, result.stderr


@pytest.mark.parametrize(
    ("copies", "printed"),
    [
        ("县委办、县财政局，县委办", "抄送：县委办、县财政局。"),
        ("县委办，县财政局；县委办", "抄送：县委办，县财政局。"),
        ('[县委办, "县财政局，县委办、县审计局"]', "抄送：县委办，县财政局、县审计局。"),
    ],
)
def test_an_office_named_twice_on_one_line_is_printed_once_and_said(tmp_path: Path, copies: str, printed: str) -> None:
    line, said = _draft(tmp_path, copies)
    assert line == printed
    assert "抄送: “县委办”写了两次，只排一次" in said, said


@pytest.mark.parametrize(
    ("copies", "printed"),
    [
        ('"，县委办，，县财政局、"', "抄送：县委办，县财政局。"),
        ("县委办、县委办党史研究室", "抄送：县委办、县委办党史研究室。"),
        ("县委办公室、县政府办公室，县人大办公室", "抄送：县委办公室、县政府办公室，县人大办公室。"),
    ],
)
def test_a_line_of_different_offices_is_printed_as_written(tmp_path: Path, copies: str, printed: str) -> None:
    line, said = _draft(tmp_path, copies)
    assert line == printed
    assert "写了两次" not in said, said
