"""Ctrl-C (or timeout's SIGTERM) while parse -j or mine -j starts its workers: drafter ends, no worker is left.

The interruption used to leave a worker waiting on the pool's call queue for work no one would send, and
drafter's exit waiting on that worker: '已中断：没有留下写了一半的文件。' and then no end (6 of 8 runs of
timeout -s TERM 1.5 drafter mine 材料 -j 2). Here it comes at the worst moment: one worker started, the
pool not yet told of it.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import sys
import time

import pytest

from drafter import workers

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or "fork" not in multiprocessing.get_all_start_methods(), reason="forks its workers"
)


class _InterruptedProcess(multiprocessing.context.ForkProcess):
    def start(self) -> None:
        super().start()
        raise KeyboardInterrupt  # Ctrl-C right after the fork, before the pool records the worker


class _Context(multiprocessing.context.ForkContext):
    Process = _InterruptedProcess


_BEFORE: set[int | None] = set()


def _pool_children() -> list[multiprocessing.process.BaseProcess]:
    return [p for p in multiprocessing.active_children() if not p.daemon and p.pid not in _BEFORE]


def test_an_interrupted_pool_leaves_no_worker_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    _BEFORE.update(p.pid for p in multiprocessing.active_children())
    monkeypatch.setattr(workers, "pool_context", _Context)
    try:
        with pytest.raises(KeyboardInterrupt), workers.worker_pool(2) as pool:
            list(pool.map(abs, range(10)))
        deadline = time.monotonic() + 3
        while _pool_children() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _pool_children()  # it waited on the call queue, and drafter's exit on it
    finally:
        for left in _pool_children():  # else this test run itself would never end
            left.kill()
            left.join()
