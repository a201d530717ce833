"""The draft drafter names after the facts file (no -o) is given a name that can be written and used on Windows.

A facts file named in 81 Chinese characters (243 bytes, a name the system took) could not be drafted without -o:
its 通知.docx was refused as 文件名太长, a name the clerk never typed; one named 会议:防汛.yaml (made on Linux or
a Mac) would be refused for its colon. The name is cut to fit and the marks are written full-width now.
"""

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛值班。\n成文日期: 2025-06-02\n"
)


def _draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stem: str, *options: str):
    monkeypatch.chdir(tmp_path)
    Path(f"{stem}.yaml").write_text(FACTS, encoding="utf-8")
    return CliRunner().invoke(main, ["draft", f"{stem}.yaml", *options])


def test_a_long_facts_name_gives_a_cut_draft_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stem = ("关于做好防汛工作的通知" * 8)[:81]
    result = _draft(tmp_path, monkeypatch, stem)
    assert result.exit_code == 0, result.output
    made = [p for p in tmp_path.iterdir() if p.suffix == ".docx"]
    assert len(made) == 1 and stem.startswith(made[0].stem) and len(made[0].name.encode("utf-8")) <= 240


@pytest.mark.skipif(os.name == "nt", reason="such a facts file cannot be made on Windows")
@pytest.mark.parametrize(("stem", "made"), [("会议:防汛?", "会议：防汛？.txt"), ("con", "_con.txt")])
def test_marks_windows_refuses_are_made_full_width(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stem: str, made: str
) -> None:
    result = _draft(tmp_path, monkeypatch, stem, "-f", "txt")
    assert result.exit_code == 0, result.output
    assert (tmp_path / made).is_file() and made in result.output
