"""The batch record in an output folder is never written through a link.

An output folder that came from elsewhere (a colleague's zip of 输出/, unpacked with its links) may hold
.drafter-batch.jsonl → ~/.bashrc, or .drafter-batch.jsonl.new → one of the clerk's documents. Every run appended
a line of JSON to the first, and the end-of-run rewrite overwrote the second with the record. Now the links are
replaced by drafter's own files and what they lead to is left as it was.
"""

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n事由: 做好防汛工作\n主送机关: 各学校\n正文:\n  - 请做好防汛值班。\n"
    "成文日期: 2025-02-20\n"
)

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="links as on Linux and macOS")


@pytest.mark.parametrize("name", [".drafter-batch.jsonl", ".drafter-batch.jsonl.new"])
def test_a_link_named_as_the_record_leaves_its_target_alone(tmp_path: Path, name: str) -> None:
    precious = tmp_path / "重要.txt"
    precious.write_text("本单位的重要文字\n", encoding="utf-8")
    output = tmp_path / "输出"
    output.mkdir()
    (output / name).symlink_to(precious)
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    for _ in range(2):  # the second run reads the record the first wrote
        result = CliRunner().invoke(main, ["batch", str(tmp_path / "通知.yaml"), "-o", str(output)])
        assert result.exit_code == 0, result.output
    assert precious.read_text(encoding="utf-8") == "本单位的重要文字\n"
    record = output / ".drafter-batch.jsonl"
    assert not record.is_symlink() and '"output": "通知.docx"' in record.read_text(encoding="utf-8")
    assert "跳过" in result.output  # the record works: the second run finds the draft up to date


def test_a_record_linked_elsewhere_is_not_read_as_this_folders(tmp_path: Path) -> None:
    # A link to another folder's record does not make this folder's same-named files drafter's own.
    other = tmp_path / "别处"
    other.mkdir()
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    assert CliRunner().invoke(main, ["batch", str(tmp_path / "通知.yaml"), "-o", str(other)]).exit_code == 0
    output = tmp_path / "输出"
    output.mkdir()
    (output / "通知.docx").write_bytes(b"the clerk's own file")
    (output / ".drafter-batch.jsonl").symlink_to(other / ".drafter-batch.jsonl")
    (tmp_path / "通知.yaml").write_text(FACTS.replace("防汛值班", "防汛巡查"), encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "通知.yaml"), "-o", str(output)])
    assert (output / "通知.docx").read_bytes() == b"the clerk's own file", result.output
