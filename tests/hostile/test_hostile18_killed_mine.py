"""A staging folder a killed mine left beside its output is removed by the next mine into that output.

mine makes its staging folder (.挖掘结果.XXXX.tmp) before it reads anything, so a run killed outright (kill -9,
an out-of-memory kill, a power cut) left it there, hidden, often with half the templates in it, and no later run
removed it. One of a run still going (another clerk's, the same output) is left alone. The documents are made up
for the test.
"""

import os
import subprocess
import sys
from pathlib import Path

from bounded import run_drafter


def _documents(folder: Path) -> None:
    folder.mkdir()
    for number in range(4):
        (folder / f"{number}.txt").write_text(
            f"关于做好第{number}批防汛检查的通知\n各乡镇人民政府：\n　　现将有关事项通知如下：\n一、排查堤防\n"
            "　　各乡镇要逐段排查。\n青禾县水利局\n2025年5月6日\n",
            encoding="utf-8",
        )


def _ended_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_staging_folder_a_killed_mine_left_is_removed_by_the_next(tmp_path: Path) -> None:
    _documents(tmp_path / "过往公文")
    ended = _ended_pid()
    left = tmp_path / f".挖掘结果.{ended}-k9x2ab_q.tmp"  # as the killed run named it
    (left / "notice").mkdir(parents=True)
    (left / "notice" / "manifest.yaml").write_text("name: notice\n", encoding="utf-8")
    running = tmp_path / f".挖掘结果.{os.getpid()}-a1b2c3d4.tmp"  # a run still going: not this one's to remove
    running.mkdir()
    other = tmp_path / f".另一个结果.{ended}-a1b2c3d4.tmp"  # another output's
    other.mkdir()
    result = run_drafter("mine", "过往公文", "-o", "挖掘结果", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not left.exists()
    assert running.is_dir() and other.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == ["挖掘结果", "过往公文"]
