"""ux30 walk: the clerk drafts a notice, sees a typo, fixes the facts and drafts again: refused (文件已存在；如需覆盖请
加 --force) though the .docx was drafter's own and no one had opened it. Now replaced and said; a .docx changed
since (opened and saved in Word, its text edited) still asks for --force."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = """文种: 函
发文机关: 桐岭县文化和旅游局
主送机关: 县财政局
事由: 商请支持乡镇文化站维修
正文:
  - 我局拟对七个乡镇文化站进行维修，经费缺口较大，恳请贵局给予支持。
成文日期: 2025-12-08
"""


def _draft(facts: Path, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["draft", str(facts), *extra])
    return result.exit_code, result.output


def test_an_untouched_draft_is_replaced_and_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    facts = tmp_path / "函.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    assert _draft(facts)[0] == 0
    before = (tmp_path / "函.docx").read_bytes()
    facts.write_text(FACTS.replace("维修，", "维修改造，"), encoding="utf-8")
    code, said = _draft(facts)
    assert code == 0, said
    assert "替换了上次起草、之后没有改动过的同名文件" in said
    assert (tmp_path / "函.docx").read_bytes() != before


def test_a_draft_changed_since_still_asks_for_force(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    facts = tmp_path / "函.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    assert _draft(facts)[0] == 0
    edited = (tmp_path / "函.docx").read_bytes() + b"\0"  # saved again by someone: other bytes
    (tmp_path / "函.docx").write_bytes(edited)
    code, said = _draft(facts)
    assert code != 0 and "--force" in said
    assert (tmp_path / "函.docx").read_bytes() == edited
    code, said = _draft(facts, "--force")
    assert code == 0 and "替换了上次起草" not in said


def test_a_file_of_the_same_name_drafter_did_not_write_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    facts = tmp_path / "函.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    (tmp_path / "函.docx").write_bytes(b"the clerk's own")
    code, said = _draft(facts)
    assert code != 0 and "--force" in said
    assert (tmp_path / "函.docx").read_bytes() == b"the clerk's own"
