"""The render's memory cap reads the process's size only when it may have changed."""

from __future__ import annotations

import os
import resource
import sys
from types import SimpleNamespace

import pytest

from drafter import sandbox

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/statm")


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    counted: list[int] = []

    def read() -> int:
        counted.append(1)
        return 1 << 30

    monkeypatch.setattr(sandbox, "_read_address_space", read)
    monkeypatch.setattr(sandbox, "_last_reading", None)
    return counted


def _peak(monkeypatch: pytest.MonkeyPatch, kilobytes: int) -> None:
    monkeypatch.setattr(resource, "getrusage", lambda who: SimpleNamespace(ru_maxrss=kilobytes))


def test_a_reading_is_reused_while_the_process_has_not_grown(monkeypatch: pytest.MonkeyPatch, reads: list[int]) -> None:
    _peak(monkeypatch, 100_000)
    assert sandbox._address_space() == 1 << 30
    assert sandbox._address_space() == 1 << 30
    assert len(reads) == 1


def test_growth_a_new_process_or_time_make_it_read_again(monkeypatch: pytest.MonkeyPatch, reads: list[int]) -> None:
    _peak(monkeypatch, 100_000)
    sandbox._address_space()
    _peak(monkeypatch, 100_000 + sandbox._REREAD_GROWTH_KB)
    sandbox._address_space()
    assert len(reads) == 2
    pid = os.getpid()
    monkeypatch.setattr(os, "getpid", lambda: pid + 1)  # a forked worker has its own size
    sandbox._address_space()
    assert len(reads) == 3
    monkeypatch.setattr(sandbox, "_REREAD_SECONDS", 0.0)
    sandbox._address_space()
    assert len(reads) == 4


def test_the_real_reading_is_the_size_of_this_process() -> None:
    size = sandbox._read_address_space()
    assert size is not None and size > 1 << 20
