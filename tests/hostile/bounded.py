"""Running drafter on hostile input in a child process bounded in time and memory.

A regression on these inputs hangs or eats the machine rather than failing, so the suite runs such
cases in a child with an address-space limit and a timeout: a failure is then a failed test.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

MEMORY_LIMIT = 3 << 30  # bytes of address space for the child
TIMEOUT = 60.0


def interruptible() -> None:
    """preexec_fn: Ctrl-C reaches the child as it would from a terminal. A shell starts background jobs
    with SIGINT ignored and children inherit that, so a test run in the background would see no interrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _limit_memory(limit: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run_drafter(
    *args: str | os.PathLike[str],
    cwd: Path,
    timeout: float = TIMEOUT,
    memory: int = MEMORY_LIMIT,
    env: dict[str, str] | None = None,
    input: bytes | None = None,
) -> subprocess.CompletedProcess[str]:
    """``python -m drafter ARGS`` in ``cwd``; fails the test (not the suite) if it runs too long."""
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    try:
        process = subprocess.run(
            [sys.executable, "-m", "drafter", *map(os.fsdecode, args)],
            cwd=cwd,
            capture_output=True,
            timeout=timeout,
            env=environment,
            input=input,
            preexec_fn=lambda: _limit_memory(memory),
        )
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"drafter {' '.join(map(os.fsdecode, args))} took longer than {timeout} s") from exc
    result = subprocess.CompletedProcess(
        process.args,
        process.returncode,
        process.stdout.decode("utf-8", "replace"),
        process.stderr.decode("utf-8", "replace"),
    )
    return result


def assert_clean_failure(result: subprocess.CompletedProcess[str], *expected: str) -> None:
    """A non-zero exit with a Chinese message containing ``expected``, and never a traceback."""
    assert result.returncode != 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    for text in expected:
        assert text in result.stderr, result.stderr


def assert_no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (0, 1, 4), (result.returncode, result.stderr)


def run_python(code: str, *, cwd: Path, timeout: float = TIMEOUT, memory: int = MEMORY_LIMIT) -> None:
    """Run ``code`` in a bounded child; fail the test if it raises, runs too long or runs out of memory."""
    try:
        process = subprocess.run(
            [sys.executable, "-c", code],
            cwd=cwd,
            capture_output=True,
            timeout=timeout,
            preexec_fn=lambda: _limit_memory(memory),
        )
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"took longer than {timeout} s: {code}") from exc
    assert process.returncode == 0, process.stderr.decode("utf-8", "replace")
