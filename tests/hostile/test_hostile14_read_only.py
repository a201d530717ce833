"""An output file the clerk made read-only is not replaced, even with --force.

Read-only (Windows' 只读, chmod a-w) is how a signed-off copy is kept from being changed. ``--force`` replaced
it all the same, since renaming over a file needs no write permission on the file itself (and running as an
administrator or root ignores permissions anyway): the approved text was gone. Word refuses to save over such
a file, and mv and rm ask first. The permission bits are read, not tried, so the test holds for root too.
"""

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n事由: 做好防汛工作\n主送机关: 各学校\n正文:\n  - 请做好防汛值班。\n"
    "成文日期: 2025-06-02\n"
)


def _read_only(path: Path) -> None:
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)


@pytest.fixture
def facts(tmp_path: Path) -> Path:
    path = tmp_path / "通知.yaml"
    path.write_text(FACTS, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["定稿.docx", "定稿.txt", "定稿.md"])
def test_draft_force_keeps_a_read_only_file(tmp_path: Path, facts: Path, name: str) -> None:
    signed = tmp_path / name
    signed.write_bytes(b"the signed-off copy")
    _read_only(signed)
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(signed), "--force"])
    assert result.exit_code == 1, result.output
    assert f"{signed}: 文件是只读的" in result.output and "没有覆盖它" in result.output
    assert signed.read_bytes() == b"the signed-off copy"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary left


def test_draft_force_still_replaces_a_writable_file(tmp_path: Path, facts: Path) -> None:
    old = tmp_path / "旧稿.txt"
    old.write_text("上一稿", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(old), "--force"])
    assert result.exit_code == 0, result.output
    assert "请做好防汛值班。" in old.read_text(encoding="utf-8")


def test_a_batch_does_not_replace_a_read_only_draft_and_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "事实"
    folder.mkdir()
    for name in ("甲", "乙"):
        (folder / f"{name}.yaml").write_text(FACTS, encoding="utf-8")
    output = tmp_path / "输出"
    assert CliRunner().invoke(main, ["batch", str(folder), "-o", str(output)]).exit_code == 0
    signed = output / "甲.docx"
    kept = signed.read_bytes()
    _read_only(signed)
    for name in ("甲", "乙"):
        (folder / f"{name}.yaml").write_text(FACTS.replace("防汛值班", "防汛巡查"), encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(folder), "-o", str(output), "--force"])
    assert result.exit_code == 4, result.output
    assert "甲.docx: 文件是只读的" in result.output
    assert signed.read_bytes() == kept
    assert "已生成" in result.output and "乙.docx" in result.output
