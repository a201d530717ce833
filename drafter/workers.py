"""Worker processes of batch, parse and mine: they stop with their parent, however it ends.

A parent killed with kill -9 has no chance to stop its pool, and a worker blocked on the pool's
queue would wait forever; each worker therefore watches its parent and ends itself once it is gone.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import InvalidStateError, ProcessPoolExecutor
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar, cast

Job = TypeVar("Job")
Result = TypeVar("Result")


def _stop(signum: int, frame: object) -> None:
    # Once: a second SIGTERM (the group's after the worker's own, as timeout and an interrupted pool send
    # them) would cut short the finally blocks the first one runs.
    signal.signal(signum, signal.SIG_IGN)
    raise SystemExit(128 + signum)


def start_worker(parent: int, warm_up: Callable[[], object] | None = None) -> None:
    """Pool initializer: SIGTERM unwinds (finally blocks run, temporary files go), Ctrl-C is the parent's."""
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=watch_parent, args=(parent,), daemon=True, name="drafter-parent-watch").start()
    if warm_up is not None:
        try:
            warm_up()
        except SystemExit as stop:
            # Ended while warming up (an interrupted pool ends its workers as they load the dictionary): the
            # pool prints an initializer's exception with its traceback, and a clerk's Ctrl-C on mine showed
            # two of them ('Exception in initializer: … SystemExit: 143'). This worker has nothing to undo.
            os._exit(stop.code if isinstance(stop.code, int) else 1)


def watch_parent(parent: int) -> None:
    """End this process soon after ``parent`` is gone (kill -9 leaves no one to stop it otherwise)."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os.kill(os.getpid(), signal.SIGTERM)  # unwinds through _stop
    time.sleep(5)
    os._exit(1)  # still here (blocked on a pipe no one will write): go anyway


def pool_context() -> multiprocessing.context.ForkContext | multiprocessing.context.SpawnContext:
    """fork where it exists, so workers share what the parent loaded and are its direct children."""
    if "fork" in multiprocessing.get_all_start_methods() and os.name == "posix":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class _Pool(ProcessPoolExecutor):
    """A process pool that ends its workers when Ctrl-C or SIGTERM leaves its ``with`` block.

    Left to shutdown(), an interruption that came while the pool started its workers or waited on its
    manager thread (a second Ctrl-C, or timeout's SIGTERM, sent to the process and then to its group)
    left workers waiting on the call queue for work no one would send, and the exit of drafter waiting on
    them: parse -j 2 and mine -j 2 said 已中断 and never ended.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Children of the program's own (drafter called from a program) are none of the pool's.
        self._others = {child.pid for child in multiprocessing.active_children()}

    def __exit__(self, kind: Any, value: Any, traceback: Any) -> bool | None:
        if kind is None or issubclass(kind, Exception):
            return super().__exit__(kind, value, traceback)
        with signals_ignored():  # a second Ctrl-C must not cut the ending short
            self._never_wait_on_the_call_queue()
            # Every pool worker is a non-daemon child started since the pool was made, one forked as the
            # interruption came included (not yet in the pool's own list).
            workers = [p for p in multiprocessing.active_children() if not p.daemon and p.pid not in self._others]
            for worker in workers:
                worker.terminate()  # SIGTERM unwinds the worker (see start_worker)
            deadline = time.monotonic() + 5
            for worker in workers:
                # Ended before the pool is shut down, which waits on them without a limit: a worker whose
                # SIGTERM was swallowed (raised where Python ignores exceptions) goes by SIGKILL.
                worker.join(max(deadline - time.monotonic(), 0.1))
                if worker.is_alive():
                    worker.kill()
                    worker.join()
            with contextlib.suppress(RuntimeError):  # its manager thread was being started: none to join
                self.shutdown(wait=True, cancel_futures=True)
        return None

    def _never_wait_on_the_call_queue(self) -> None:
        """Let drafter end though work is still being written to workers that are gone.

        Interrupted while its workers started (or held a large chunk each), the pool's queue thread is left
        writing the next chunk into a pipe no worker will read again, and the exit of the process waited on
        that thread forever: mine -j 2 said 已中断 and never ended. On CPython before 3.12 the pool's manager
        thread, which would close that pipe, dies first: it marks the futures map cancelled as failed
        (InvalidStateError, printed as 'Exception in thread'). The queue's thread is not waited on (its
        work is void), and that error of the manager thread is not printed.
        """
        call_queue = getattr(self, "_call_queue", None)
        if call_queue is not None:
            call_queue.cancel_join_thread()
        manager = getattr(self, "_executor_manager_thread", None)
        previous = threading.excepthook

        def quiet(args: Any) -> None:
            if args.thread is manager and args.exc_type is InvalidStateError:
                return
            previous(args)

        threading.excepthook = quiet


def worker_pool(jobs: int, warm_up: Callable[[], object] | None = None) -> ProcessPoolExecutor:
    """A process pool whose workers end with this process (see ``start_worker``), and with its ``with``
    block when that is interrupted (see ``_Pool``)."""
    return _Pool(max_workers=jobs, mp_context=pool_context(), initializer=start_worker, initargs=(os.getpid(), warm_up))


@contextlib.contextmanager
def signals_ignored() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM off while an interrupted run finishes its report."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {number: signal.signal(number, signal.SIG_IGN) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


Receivers = dict[Connection, BaseProcess]  # the end each worker sends its results into, and the worker


class WorkerLost(Exception):
    """A worker ended without finishing the items it had taken (killed, out of memory)."""


# Results go to the parent a few at a time: one wake-up per result would cost the parent a share of
# the cores the workers need. Slow items (a PDF each) still go one by one, so progress keeps moving.
_SEND_EVERY = 8
_SEND_AFTER = 0.2  # seconds


def stream_in_workers(
    work: Sequence[Job], process: Callable[[Iterator[Job]], Iterator[Result]], workers: int
) -> Iterator[Result]:
    """``process`` over ``work`` in ``workers`` processes, each result as soon as it is sent.

    Each worker runs one ``process`` over the items it claims one at a time from a shared counter, so a
    worker never stops to hand back a chunk and the last items spread over every worker. When a
    worker dies the others take the rest; ``WorkerLost`` follows the last result. On Ctrl-C no item
    is taken any more, the ones in hand finish, their results come, and the interruption goes on.
    """
    context = pool_context()
    claimed: Any = context.Value("q", 0)
    forked = context.get_start_method() == "fork"
    receivers: Receivers = {}
    if forked:
        # Objects the workers inherit stay out of the collector's way: a collection in a child would
        # otherwise touch (and so copy) every inherited page.
        gc.freeze()
    try:
        for _ in range(workers):
            receiving, sending = context.Pipe(duplex=False)
            worker = context.Process(
                target=_serve, args=(work, process, claimed, sending, os.getpid()), name="drafter-worker", daemon=True
            )
            worker.start()
            sending.close()
            receivers[receiving] = worker
    finally:
        if forked:
            gc.unfreeze()
    lost = False
    try:
        while receivers:
            for ready in _ready(receivers):
                try:
                    batch: list[Result] = ready.recv()
                except EOFError:
                    lost |= _retire(receivers, ready) != 0
                    continue
                yield from batch
    except KeyboardInterrupt:
        _stop_claims(claimed, len(work))
        with signals_ignored():
            finished = list(_drain(receivers))
        yield from finished
        raise
    finally:
        if receivers:  # the caller stopped reading: let the items in hand finish, then end
            _stop_claims(claimed, len(work))
            with signals_ignored():
                for _ in _drain(receivers):
                    pass
    if lost:
        raise WorkerLost


def _serve(
    work: Sequence[Job],
    process: Callable[[Iterator[Job]], Iterator[Result]],
    claimed: Any,
    sending: Connection,
    parent: int,
) -> None:
    start_worker(parent)

    def claims() -> Iterator[Job]:
        while True:
            with claimed.get_lock():
                index = claimed.value
                if index >= len(work):
                    return
                claimed.value = index + 1
            yield work[index]

    ready: list[Result] = []
    sent = time.monotonic()
    try:
        for result in process(claims()):
            ready.append(result)
            if len(ready) >= _SEND_EVERY or time.monotonic() - sent > _SEND_AFTER:
                batch, ready = ready, []
                sending.send(batch)
                sent = time.monotonic()
        if ready:
            batch, ready = ready, []
            sending.send(batch)
    except BrokenPipeError:
        pass  # the parent is gone; the watcher ends this process
    finally:
        if ready:
            # Stopped by SIGTERM (timeout, kill, a service ending) with results not yet sent: their files are
            # written, and a parent that never hears of them leaves them out of its record, so that the next
            # batch skipped them as files it had not written ('已存在'), never redrafting them when the facts
            # changed. The parent drains what is sent when it is interrupted.
            with contextlib.suppress(Exception):
                sending.send(ready)
        sending.close()


def _stop_claims(claimed: Any, end: int) -> None:
    with claimed.get_lock():
        claimed.value = end


def _ready(receivers: Receivers) -> list[Connection]:
    # Only connections are waited on, so only connections come back (PipeConnection on Windows).
    return cast("list[Connection]", multiprocessing.connection.wait(list(receivers)))


def _retire(receivers: Receivers, receiving: Connection) -> int | None:
    worker = receivers.pop(receiving)
    receiving.close()
    worker.join()
    return worker.exitcode


def _drain(receivers: Receivers) -> Iterator[Any]:
    """Whatever the workers still send, until each has ended."""
    while receivers:
        for ready in _ready(receivers):
            try:
                batch = ready.recv()
            except Exception:  # the end, or a message the interruption cut short: that worker's rest is lost
                _retire(receivers, ready)
                continue
            yield from batch
