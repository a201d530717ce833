"""ux29 walk: what the first-week clerk met and this round did not mend (strict xfail)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main


def test_drafting_again_after_an_edit_replaces_the_untouched_draft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the draft goes to the current folder
    facts = tmp_path / "函.yaml"
    assert CliRunner().invoke(main, ["new", "函", "-o", str(facts)]).exit_code == 0
    assert CliRunner().invoke(main, ["draft", str(facts)]).exit_code == 0
    facts.write_text(facts.read_text(encoding="utf-8").replace("商请支持", "商请协助"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts)])
    assert result.exit_code == 0, result.output
