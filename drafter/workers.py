"""Worker processes of batch, parse and mine: they stop with their parent, however it ends.

A parent killed with kill -9 has no chance to stop its pool, and a worker blocked on the pool's
queue would wait forever; each worker therefore watches its parent and ends itself once it is gone.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor


def _stop(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def start_worker(parent: int, warm_up: Callable[[], object] | None = None) -> None:
    """Pool initializer: SIGTERM unwinds (finally blocks run, temporary files go), Ctrl-C is the parent's."""
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=watch_parent, args=(parent,), daemon=True, name="drafter-parent-watch").start()
    if warm_up is not None:
        warm_up()


def watch_parent(parent: int) -> None:
    """End this process soon after ``parent`` is gone (kill -9 leaves no one to stop it otherwise)."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os.kill(os.getpid(), signal.SIGTERM)  # unwinds through _stop
    time.sleep(5)
    os._exit(1)  # still here (blocked on a pipe no one will write): go anyway


def pool_context() -> multiprocessing.context.BaseContext:
    """fork where it exists, so workers share what the parent loaded and are its direct children."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods and os.name == "posix" else "spawn")


def worker_pool(jobs: int, warm_up: Callable[[], object] | None = None) -> ProcessPoolExecutor:
    """A process pool whose workers end with this process (see ``start_worker``)."""
    return ProcessPoolExecutor(
        max_workers=jobs, mp_context=pool_context(), initializer=start_worker, initargs=(os.getpid(), warm_up)
    )
