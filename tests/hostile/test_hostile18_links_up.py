"""Hostile inputs, session 18 (second round): a folder holding a link to a folder above it.

A link in the folder given (旧文件/全部 → / or → ..: made by a colleague's script, or unzipped from someone's
archive) was followed like a link to a shared folder elsewhere: parse of a folder of three documents ran past five
minutes and a gigabyte reading every .txt and .html of the disk, and batch drafted every .yaml found above. A link
up (or to /proc, /sys, /dev) is not entered and is said, naming where it leads; links elsewhere are followed as
before (tests/hostile/test_hostile13_linked_folder.py).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from sample_facts import LETTER

from drafter.cli import main

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symbolic links")

NOTICE = "关于做好防汛工作的通知\n各中小学：\n　　各校要做好防汛工作。\n　　特此通知。\n青禾县教育局\n2025年6月2日\n"
OTHER = "关于开展读书活动的通知\n各学校：\n　　请组织读书活动。\n　　特此通知。\n青禾县教育局\n2025年4月1日\n"
FACTS = LETTER


def _archive(tmp_path: Path, name: str, text: str, up: str) -> Path:
    """上级/档案/<name> with a link 档案/子/全部 → ``up`` (relative to 档案/子), and 上级/别处/<name> beside it."""
    top = tmp_path / "上级"
    (top / "档案" / "子").mkdir(parents=True)
    (top / "别处").mkdir()
    (top / "档案" / name).write_text(text, encoding="utf-8")
    (top / "别处" / name).write_text(text.replace("防汛", "抗旱").replace("维修", "改造"), encoding="utf-8")
    (top / "档案" / "子" / "全部").symlink_to(up, target_is_directory=True)
    return top / "档案"


@pytest.mark.parametrize("up", ["../..", "../../.."])
def test_parse_does_not_enter_a_link_up(tmp_path: Path, up: str) -> None:
    archive = _archive(tmp_path, "通知.txt", NOTICE, up)
    result = CliRunner().invoke(main, ["parse", str(archive), "--json"])
    assert result.exit_code == 0, result.output
    paths = [f["path"] for f in json.loads(result.stdout)["files"]]
    assert paths == [str(archive / "通知.txt")], paths
    assert "子/全部: 这个链接指向上级文件夹" in result.stderr and "没有进入" in result.stderr


def test_a_link_to_a_folder_elsewhere_is_still_followed(tmp_path: Path) -> None:
    archive = _archive(tmp_path, "通知.txt", NOTICE, "../../别处")
    result = CliRunner().invoke(main, ["parse", str(archive), "--json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["files"]) == 2
    assert "没有进入" not in result.stderr


def test_mine_lists_the_link_up_among_the_skipped(tmp_path: Path) -> None:
    archive = _archive(tmp_path, "通知.txt", NOTICE, "../..")
    (archive / "读书.txt").write_text(OTHER, encoding="utf-8")
    result = CliRunner().invoke(main, ["mine", str(archive), "-o", str(tmp_path / "挖掘结果")])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "挖掘结果" / "report.json").read_text(encoding="utf-8"))
    assert [s["path"] for s in report["skipped"]] == ["子/全部"], report["skipped"]


def test_batch_does_not_draft_the_facts_above(tmp_path: Path) -> None:
    archive = _archive(tmp_path, "函.yaml", FACTS, "../..")
    out = tmp_path / "输出"
    result = CliRunner().invoke(main, ["batch", str(archive), "-o", str(out)])
    assert result.exit_code == 4, result.output
    assert sorted(p.name for p in out.glob("*.docx")) == ["函.docx"]
    assert "这个链接指向上级文件夹" in result.output
