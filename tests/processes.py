"""Watching drafter's processes from a test: their children, whether they still run, their outputs."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path


def children(pid: int) -> list[int]:
    """Child processes of ``pid``, read from /proc (no procps needed)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting for its parent to read its status does not)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def ended_soon(pid: int, within: float = 5.0) -> bool:
    """Whether ``pid`` stops running within a few seconds: a killed process on a busy machine takes a
    moment to die after the signal, and its orphaned children a moment more to be reaped."""
    deadline = time.monotonic() + within
    while alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def wait_for_outputs(out: Path, count: int, process: subprocess.Popen[str]) -> None:
    """Until ``out`` holds ``count`` .docx files, the process ends, or a minute passes."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if out.is_dir() and len(list(out.glob("*.docx"))) >= count:
            return
        time.sleep(0.01)


def kill_parent(process: subprocess.Popen[bytes], workers: list[int], seconds: float = 20) -> list[int]:
    """Kill ``process`` outright (SIGKILL, no chance to clean up) and return those of its ``workers``
    still running ``seconds`` later: workers must notice that their parent is gone and end."""
    process.kill()
    process.wait(timeout=30)
    deadline = time.monotonic() + seconds
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    return [pid for pid in workers if alive(pid)]


def kill_all(pids: list[int]) -> None:
    """Leave no process of a failed test behind."""
    for pid in pids:
        if alive(pid):
            os.kill(pid, signal.SIGKILL)
