"""Ctrl-C while mine -j starts its workers (they load the dictionary) and hands them their first chunks.

drafter said '已中断：没有留下写了一半的文件。' and then never ended (2 of 5 runs of Ctrl-C in the first seconds of
mine -j 2 on a 4 MB folder), after two 'Exception in initializer' tracebacks of its workers and one of the
pool's manager thread: the pool's queue thread was left writing a chunk into a pipe no worker would read,
and the exit of the process waited on it. Here the interruption comes while the workers still warm up.
"""

from __future__ import annotations

import multiprocessing
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or "fork" not in multiprocessing.get_all_start_methods(), reason="forks its workers"
)

SCRIPT = """
import signal, sys, time
from drafter import workers

def warm_up():
    time.sleep(3)  # the dictionary loading

def interrupt(signum, frame):
    raise KeyboardInterrupt

signal.signal(signal.SIGALRM, interrupt)
try:
    with workers.worker_pool(2, warm_up) as pool:
        signal.setitimer(signal.ITIMER_REAL, 0.5)
        for _ in pool.map(len, ["字" * 1_000_000] * 12):  # chunks larger than a pipe holds
            pass
except KeyboardInterrupt:
    print("已中断")
"""


def test_an_interrupt_while_the_workers_warm_up_ends_drafter_quietly(tmp_path: Path) -> None:
    script = tmp_path / "interrupted.py"
    script.write_text(SCRIPT, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, str(script)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        out, err = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise AssertionError("the interrupted pool never ended") from None
    assert process.returncode == 0 and "已中断" in out.decode("utf-8")
    assert "Traceback" not in err.decode("utf-8", "replace"), err.decode("utf-8", "replace")
