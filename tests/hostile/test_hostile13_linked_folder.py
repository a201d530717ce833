"""Hostile inputs, round 13: the report of a mined folder holding a link to a folder elsewhere.

A clerk's archive folder holding a link to a shared folder (存档/共享 → another disk) is mined through it, and the
report named every file found there by its base name alone: two skipped 空.txt of different years were told apart
by nothing. They are named by their path inside the folder mined, as the others are.
"""

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

NOTICE = "关于做好防汛工作的通知\n各中小学：\n　　各校要做好防汛工作。\n　　特此通知。\n青禾县教育局\n2025年6月2日\n"


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symbolic links")
def test_files_through_a_link_are_named_by_their_path(tmp_path: Path) -> None:
    shared = tmp_path / "共享"
    for year in ("2023", "2024"):
        (shared / year).mkdir(parents=True)
        (shared / year / "空.txt").write_text("", encoding="utf-8")
    archive = tmp_path / "存档"
    archive.mkdir()
    (archive / "通知.txt").write_text(NOTICE, encoding="utf-8")
    (archive / "共享").symlink_to(shared, target_is_directory=True)
    result = CliRunner().invoke(main, ["mine", str(archive), "-o", str(tmp_path / "挖掘结果")])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "挖掘结果" / "report.json").read_text(encoding="utf-8"))
    assert sorted(s["path"] for s in report["skipped"]) == ["共享/2023/空.txt", "共享/2024/空.txt"], report["skipped"]
