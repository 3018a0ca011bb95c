"""Process pools that stop at once: what every pool of worker processes in zhframe shares.

The standard library's :class:`~concurrent.futures.ProcessPoolExecutor` does the work; this
module only makes Ctrl-C behave: workers leave SIGINT to the parent (no traceback per worker)
and end when the parent asks, and :func:`stop_pool` cancels what is queued and ends what runs
instead of waiting for it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator


def quiet_worker() -> None:
    """In each pool worker: Ctrl-C is the parent's to handle, and the parent's stop request
    (SIGTERM) ends the worker at once."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, lambda *_: os._exit(143))


def stop_pool(pool) -> None:
    """Cancel every queued task of ``pool`` and end its running workers now (on Ctrl-C)."""
    # The executor keeps its worker processes in ``_processes`` (CPython 3.8+; emptied by
    # shutdown, so read first); no public API ends a running task.
    workers = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in workers:
        try:
            proc.terminate()
        except (OSError, AttributeError):
            pass


def map_in_processes(func: Callable, items: Iterable, jobs: int, chunksize: int = 1) -> Iterator:
    """``map(func, items)`` over ``jobs`` worker processes, results in order, yielded as they
    come; Ctrl-C (or any error in the caller) stops the workers at once."""
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=quiet_worker)
    try:
        yield from pool.map(func, items, chunksize=chunksize)
    except GeneratorExit:  # the caller stopped reading (it met a bad result): let workers finish
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    except BaseException:  # Ctrl-C while waiting for a result: stop now
        stop_pool(pool)
        raise
    pool.shutdown(wait=True)
