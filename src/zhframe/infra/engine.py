"""Engines: where the expensive, independent steps of a study run.

A study's costly steps are independent pieces: cleaning each partition of articles, rhetoric
features of each partition of paragraphs, the topic k rule for each restart seed, the tests of
each family. An engine maps a function over such pieces and returns the results *in order*,
so a result never depends on the engine:

- :class:`LocalEngine` runs them in this process, one after another;
- :class:`DaskEngine` sends them to a ``dask.distributed`` cluster: the scheduler at
  ``scheduler`` (``"tcp://host:8786"``) when given, else a ``LocalCluster`` of worker
  processes on this machine. Nothing is home-made: Dask schedules, ships the pickled
  functions and data, and retries lost work. Workers need ``pip install zhframe[dask]``
  and, to share caches, ``ZHFRAME_CACHE_DIR`` on storage they all see.

:func:`get_engine` builds one from the names the command line and notebooks use.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

#: Engine names accepted by :func:`get_engine`.
ENGINES = ("local", "dask")


class LocalEngine:
    """Runs every piece in this process, in order."""

    name = "local"

    def map(self, func: Callable, items: Sequence) -> list:
        """``[func(x) for x in items]``."""
        return [func(x) for x in items]

    def __repr__(self) -> str:
        return "LocalEngine()"


class DaskEngine:
    """Runs pieces on a ``dask.distributed`` cluster, results in the order of ``items``.

    ``scheduler``: the scheduler's address; None starts a ``LocalCluster`` with ``n_workers``
    single-threaded worker processes (default: the machine's cores), closed with the engine.
    """

    name = "dask"

    def __init__(self, scheduler: str | None = None, n_workers: int | None = None):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise ValueError("engine 'dask' needs dask.distributed: pip install 'zhframe[dask]'") from None
        self.scheduler = scheduler
        self._cluster = None
        if scheduler is None:
            n = n_workers or os.cpu_count() or 1
            self._cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                         dashboard_address=None)
            self.client = Client(self._cluster)
        else:
            self.client = Client(scheduler)

    def map(self, func: Callable, items: Sequence) -> list:
        """``func`` over ``items`` on the cluster (``pure=False``: every piece runs, none is
        taken from another piece with equal arguments)."""
        items = list(items)
        if not items:
            return []
        futures = self.client.map(func, items, pure=False)
        return self.client.gather(futures)

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self) -> str:
        return f"DaskEngine(scheduler={self.scheduler!r})"


def get_engine(name: str | None = "local", scheduler: str | None = None):
    """The engine called ``name`` (``"local"`` or ``"dask"``); a ``scheduler`` address implies Dask.

    Raises ``ValueError`` for another name, or a scheduler given to the local engine.
    """
    name = name or ("dask" if scheduler else "local")
    if name not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {name!r}")
    if name == "local":
        if scheduler:
            raise ValueError("a scheduler address needs engine 'dask'")
        return LocalEngine()
    return DaskEngine(scheduler)


def partitions(n: int, size: int) -> list[tuple[int, int]]:
    """``[start, stop)`` bounds cutting ``n`` items into consecutive pieces of at most ``size``."""
    if size < 1:
        raise ValueError(f"partition size must be at least 1, got {size}")
    return [(a, min(a + size, n)) for a in range(0, n, size)]
