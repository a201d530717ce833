"""`mine --force` onto a folder whose record file is a named pipe, or a link to one, is refused at once.

The record (.drafter-output.json) that tells drafter's own earlier output from the user's files was read
whatever it was: a pipe there (or a link to one, left by a script) made `drafter mine -o 结果 --force` wait for
a writer forever. A record that is no plain file is no record of drafter's: the folder is not replaced, exit 1.
"""

import os
from pathlib import Path

import pytest
from bounded import run_drafter

NOTICE = "关于做好防汛工作的通知\n\n各中小学：\n    各校要做好防汛值班，确保安全度汛。\n\n青禾县教育局\n2025年6月2日\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize("kind", ["pipe", "link to a pipe"])
def test_a_record_that_is_a_pipe_does_not_hang_mine(tmp_path: Path, kind: str) -> None:
    (tmp_path / "过往公文").mkdir()
    (tmp_path / "过往公文" / "通知.txt").write_text(NOTICE, encoding="utf-8")
    output = tmp_path / "结果"
    output.mkdir()
    (output / "说明.txt").write_text("同事留下的文件", encoding="utf-8")
    record = output / ".drafter-output.json"
    if kind == "pipe":
        os.mkfifo(record)
    else:
        os.mkfifo(tmp_path / "管道")
        record.symlink_to(tmp_path / "管道")
    result = run_drafter("mine", "过往公文", "-o", "结果", "--force", cwd=tmp_path, timeout=30)
    assert result.returncode == 1, result.stderr
    assert "结果" in result.stderr and "不会替换" in result.stderr
    assert (output / "说明.txt").read_text(encoding="utf-8") == "同事留下的文件"
