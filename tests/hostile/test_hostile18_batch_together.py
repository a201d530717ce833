"""Two batches drafting into one output folder at once keep a record of every output, not of one run's.

Each run rewrote the folder's record (.drafter-batch.jsonl) at its end from its own lines: the run that ended last
dropped the other's, and the outputs the other drafted were afterwards only skipped as 已存在 when their facts
changed, instead of being drafted again. The facts are made up for the test.
"""

import os
import subprocess
import sys
from pathlib import Path

from bounded import TIMEOUT, interruptible

from drafter.batch_record import Made, Recorder, load

FACTS = (
    "文种: 通知\n发文机关: 青禾县水利局\n类别: 布置\n事由: 做好防汛检查\n主送机关: 各乡镇人民政府\n"
    "正文:\n- {body}\n成文日期: 2025-05-06\n"
)


def test_two_recorders_ending_one_after_the_other_keep_both(tmp_path: Path) -> None:
    for name in ("甲.docx", "乙.docx"):
        (tmp_path / name).write_bytes(b"x")
    first, second = Recorder(tmp_path, load(tmp_path)), Recorder(tmp_path, load(tmp_path))
    first.add(Made("甲.docx", "f1", "t"))
    second.add(Made("乙.docx", "f2", "t"))
    first.close()
    second.close()
    assert set(load(tmp_path)) == {"甲.docx", "乙.docx"}


def test_outputs_of_two_batches_at_once_are_drafted_again_when_their_facts_change(tmp_path: Path) -> None:
    facts = tmp_path / "稿件"
    facts.mkdir()
    for number in range(40):
        (facts / f"第{number}号.yaml").write_text(FACTS.format(body="各乡镇要排查堤防。"), encoding="utf-8")
    command = [sys.executable, "-m", "drafter", "batch", "稿件", "-o", "输出"]
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    runs = [
        subprocess.Popen(command, cwd=tmp_path, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        for _ in range(2)
    ]
    for run in runs:
        run.communicate(timeout=TIMEOUT)
        assert run.returncode == 0
    assert len(load(tmp_path / "输出")) == 40
    for path in facts.iterdir():
        path.write_text(FACTS.format(body="各乡镇要排查堤防和水库。"), encoding="utf-8")
    again = subprocess.run(
        command, cwd=tmp_path, env=environment, capture_output=True, timeout=TIMEOUT, preexec_fn=interruptible
    )
    said = again.stdout.decode("utf-8") + again.stderr.decode("utf-8")
    assert again.returncode == 0, said
    assert "生成 40（其中重新起草 40）" in said, said
