"""batch --force does not write through a link in the output folder to the file it leads to.

An output folder from a colleague's zip may hold 通知.docx → ~/重要.docx. Without --force the draft is skipped
(不是批量起草生成的同名文件); with --force the file the link leads to was replaced, because write_atomic replaces a
link's target on purpose (drafter draft -o 链接.docx, where the clerk named the link). A batch names only its
folder: a link in it is refused, the item fails with why, and the others are drafted.
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


pytestmark = pytest.mark.skipif(os.name == "nt", reason="links as on Linux and macOS")


def test_batch_force_does_not_write_through_a_link_leading_out_of_the_folder(tmp_path: Path) -> None:
    precious = tmp_path / "重要.docx"
    precious.write_bytes(b"the clerk's signed-off document")
    output = tmp_path / "输出"
    output.mkdir()
    (output / "通知.docx").symlink_to(precious)
    facts = tmp_path / "事实"
    facts.mkdir()
    for name in ("通知", "另一份"):
        (facts / f"{name}.yaml").write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(facts), "-o", str(output), "--force"])
    assert result.exit_code == 4, result.output
    assert precious.read_bytes() == b"the clerk's signed-off document"
    assert "通知.docx: 这是一个链接（指向" in result.output and "批量起草不会写到链接指向的文件上" in result.output
    assert (output / "另一份.docx").is_file()


def test_draft_o_still_writes_through_the_link_the_clerk_names(tmp_path: Path) -> None:
    # drafter draft -o 链接.docx --force: the clerk named the link, and the file it leads to is replaced (as before).
    target = tmp_path / "共享" / "通知.docx"
    target.parent.mkdir()
    target.write_bytes(b"last week's draft")
    (tmp_path / "链接.docx").symlink_to(target)
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["draft", str(tmp_path / "通知.yaml"), "-o", str(tmp_path / "链接.docx"), "--force"]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "链接.docx").is_symlink() and target.read_bytes().startswith(b"PK")
