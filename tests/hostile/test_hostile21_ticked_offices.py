"""A yes/no (TRUE, 是, √) where the 版记 wants offices: refused at its line, not printed 报：是。"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.mark.parametrize("ticked", ["是", "TRUE", "√"])
def test_a_tick_in_place_of_offices_is_refused_at_its_line(tmp_path: Path, ticked: str) -> None:
    text = (SAMPLES / "简报.yaml").read_text(encoding="utf-8")
    text, count = re.subn(r"(?m)^报: .*$", f"报: {ticked}", text)
    assert count == 1
    facts = tmp_path / "简报.yaml"
    facts.write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith("报: "))
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "简报.docx")])
    assert result.exit_code != 0
    assert f"简报.yaml:{line}" in result.output and "机关名称" in result.output
    assert not (tmp_path / "简报.docx").exists()


def test_an_office_named_as_usual_still_drafts(tmp_path: Path) -> None:
    facts = tmp_path / "简报.yaml"
    facts.write_text((SAMPLES / "简报.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "简报.docx")])
    assert result.exit_code == 0, result.output
