"""A mine killed between setting the previous result aside and moving the new one in: the next run puts it back.

commit_folder moves the output aside (.NAME.old.XXXX/previous) and then the new result in; a run killed between the
two (kill -9, an out-of-memory kill, a power cut) left the output gone and the previous result hidden beside it, and
no later run restored it or said where it was. The documents are made up for the test.
"""

import os
import subprocess
import sys
from pathlib import Path

from bounded import run_drafter


def _documents(folder: Path) -> None:
    folder.mkdir()
    for number in range(3):
        (folder / f"{number}.txt").write_text(
            f"关于开展第{number}轮农机安全检查的通知\n各乡镇农技站：\n　　现将有关事项通知如下：\n一、检查范围\n"
            "　　辖区内在用农机逐台检查。\n青禾县农业农村局\n2025年3月6日\n",
            encoding="utf-8",
        )


def _ended_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _killed_between_the_renames(tmp_path: Path, name: str) -> Path:
    """The state a mine killed inside commit_folder leaves: the earlier result set aside, nothing in its place."""
    result = run_drafter("mine", "过往公文", "-o", "挖掘结果", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (tmp_path / "挖掘结果" / "notice" / "manifest.yaml").write_text("# 管理员改过\nname: notice\n", encoding="utf-8")
    aside = tmp_path / name
    aside.mkdir()
    (tmp_path / "挖掘结果").rename(aside / "previous")
    return aside


def test_the_previous_result_a_killed_mine_set_aside_is_put_back(tmp_path: Path) -> None:
    _documents(tmp_path / "过往公文")
    aside = _killed_between_the_renames(tmp_path, f".挖掘结果.old.{_ended_pid()}-k9x2ab_q")
    result = run_drafter("mine", "过往公文", "-o", "挖掘结果", "--force", cwd=tmp_path)
    # Put back and then kept as any earlier result is: the keeper's edit is not replaced without a word.
    assert result.returncode != 0 and "manifest.yaml" in result.stderr and "放回原处" in result.stderr, result.stderr
    assert (tmp_path / "挖掘结果" / "notice" / "manifest.yaml").read_text(encoding="utf-8").startswith("# 管理员改过")
    assert not aside.exists()


def test_a_copy_named_as_earlier_drafters_named_it_is_put_back_too(tmp_path: Path) -> None:
    _documents(tmp_path / "过往公文")
    aside = _killed_between_the_renames(tmp_path, ".挖掘结果.old.k9x2ab_q")
    result = run_drafter("mine", "过往公文", "-o", "挖掘结果", cwd=tmp_path)
    assert result.returncode != 0
    assert (tmp_path / "挖掘结果" / "notice" / "manifest.yaml").is_file() and not aside.exists()


def test_a_copy_of_a_run_still_going_is_left_alone(tmp_path: Path) -> None:
    _documents(tmp_path / "过往公文")
    aside = _killed_between_the_renames(tmp_path, f".挖掘结果.old.{os.getpid()}-a1b2c3d4")
    result = run_drafter("mine", "过往公文", "-o", "挖掘结果", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (aside / "previous" / "notice" / "manifest.yaml").read_text(encoding="utf-8").startswith("# 管理员改过")


def test_a_copy_a_finished_swap_left_is_removed(tmp_path: Path) -> None:
    # Killed while removing the old copy, after the new result was in place.
    _documents(tmp_path / "过往公文")
    result = run_drafter("mine", "过往公文", "-o", "挖掘结果", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    aside = tmp_path / f".挖掘结果.old.{_ended_pid()}-k9x2ab_q"
    (aside / "previous" / "notice").mkdir(parents=True)
    result = run_drafter("mine", "过往公文", "-o", "挖掘结果", "--force", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not aside.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["挖掘结果", "过往公文"]
