"""stream_in_workers: every item once, a dead worker's share taken over, results as they come."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator

import pytest

from drafter.workers import WorkerLost, stream_in_workers


def _with_pid(items: Iterator[int]) -> Iterator[tuple[int, int]]:
    for item in items:
        time.sleep(0.002)  # long enough for the second worker to start before the first has taken everything
        yield item, os.getpid()


def _dies_on_seven(items: Iterator[int]) -> Iterator[int]:
    for item in items:
        if item == 7:
            os.kill(os.getpid(), signal.SIGKILL)
        yield item


def test_every_item_is_processed_once_and_both_workers_take_part() -> None:
    results = list(stream_in_workers(list(range(200)), _with_pid, 2))
    assert sorted(item for item, _ in results) == list(range(200))
    assert len({pid for _, pid in results}) == 2
    assert os.getpid() not in {pid for _, pid in results}


def test_fewer_items_than_workers() -> None:
    assert [item for item, _ in stream_in_workers([1], _with_pid, 3)] == [1]
    assert list(stream_in_workers([], _with_pid, 2)) == []


def test_a_dead_worker_leaves_the_rest_to_the_others_and_is_reported_last() -> None:
    seen: list[int] = []
    with pytest.raises(WorkerLost):
        for item in stream_in_workers(list(range(200)), _dies_on_seven, 2):
            seen.append(item)
    assert 7 not in seen
    # Only what the dead worker held is missing: the survivor takes every item claimed after it died.
    assert len(seen) >= 200 - 1 - 8 and len(seen) == len(set(seen))
    assert max(seen) == 199


def test_a_reader_that_stops_early_leaves_no_worker_behind() -> None:
    stream = stream_in_workers(list(range(2000)), _with_pid, 2)
    first = next(stream)
    stream.close()
    assert first[0] in range(2000)
    assert not _live_children()


def _live_children() -> list[int]:
    import multiprocessing

    return [child.pid for child in multiprocessing.active_children() if child.pid is not None]
