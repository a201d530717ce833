"""A batch worker stopped by SIGTERM (timeout, kill, a service ending): every file it wrote is in the record.

A file written but never reported stayed out of the folder's record (.drafter-batch.jsonl): the next batch
skipped it as a file it had not written ('已存在（加 --force 覆盖）'), and never redrafted it when the facts
changed. timeout -s TERM 0.8 drafter batch 名单.yaml -o 输出 -j 2 left 15 to 24 of them.
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from drafter.workers import WorkerLost, stream_in_workers

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM")
batch_module = importlib.import_module("drafter.batch")  # drafter.batch is also the API's function


def _stopped_on_seven(items: Iterator[int]) -> Iterator[int]:
    for item in items:
        if item == 7:
            os.kill(os.getpid(), signal.SIGTERM)  # as timeout or kill would
        yield item


def test_results_a_stopped_worker_had_not_sent_yet_still_come() -> None:
    seen: list[int] = []
    with pytest.raises(WorkerLost):
        for item in stream_in_workers(list(range(200)), _stopped_on_seven, 2):
            seen.append(item)
    # only the item in hand is missing; those it had done before (not yet sent: 8 at a time) were lost
    assert sorted(seen) == [n for n in range(200) if n != 7]


def test_every_file_a_stopped_worker_wrote_is_recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    items = "\n".join(f"  - 主送机关: 单位{n}\n    文件名: 单位{n}" for n in range(40))
    (tmp_path / "名单.yaml").write_text(
        "默认:\n  文种: 通知\n  发文机关: 某县水利局\n  事由: 做好汛期值班工作\n  正文: [汛期实行值班。]\n"
        f"  成文日期: 2025-06-20\n批量:\n{items}\n",
        encoding="utf-8",
    )
    parent = os.getpid()
    draft_item = batch_module._draft_item
    drafted = [0]

    def stopped_in_a_worker(*args: object) -> object:
        if os.getpid() != parent:  # forked workers inherit this
            drafted[0] += 1
            if drafted[0] == 12:
                os.kill(os.getpid(), signal.SIGTERM)
        return draft_item(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(batch_module, "_draft_item", stopped_in_a_worker)
    output = tmp_path / "输出"
    batch_module.run_batch([str(tmp_path / "名单.yaml")], output, jobs=2, fmt="txt")
    written = {p.name for p in output.iterdir() if p.suffix == ".txt"}
    record = output / ".drafter-batch.jsonl"
    recorded = {json.loads(line)["output"] for line in record.read_text(encoding="utf-8").splitlines() if line}
    assert written and written <= recorded, sorted(written - recorded)
