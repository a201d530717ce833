"""Known, not fixed: batch --force writes through a link in the output folder to the file it leads to.

An output folder from a colleague's zip may hold 城关镇.docx → ~/重要.docx. Without --force the draft is skipped
(不是批量起草生成的同名文件); with --force the file the link leads to is replaced, because write_atomic replaces a
link's target on purpose (drafter draft -o 链接.docx, where the clerk named the link). For a batch the clerk named
only the folder, so a link in it leading out of it should be replaced itself, or refused, not followed.
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


@pytest.mark.skipif(os.name == "nt", reason="links as on Linux and macOS")
@pytest.mark.xfail(strict=True, reason="batch --force follows a link in the output folder to a file outside it")
def test_batch_force_does_not_write_through_a_link_leading_out_of_the_folder(tmp_path: Path) -> None:
    precious = tmp_path / "重要.docx"
    precious.write_bytes(b"the clerk's signed-off document")
    output = tmp_path / "输出"
    output.mkdir()
    (output / "通知.docx").symlink_to(precious)
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    CliRunner().invoke(main, ["batch", str(tmp_path / "通知.yaml"), "-o", str(output), "--force"])
    assert precious.read_bytes() == b"the clerk's signed-off document"
