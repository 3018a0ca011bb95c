"""Executing the project's notebooks: the engine behind ``make figures``.

Notebooks are executed with papermill (which drives nbclient, the engine
nbconvert's ``--execute`` uses) because papermill implements the parameters
convention: a cell tagged ``parameters`` holds defaults, and values passed in
are injected in a new cell after it. That is how one set of notebooks serves
any corpus without editing code.

- On the seeds (no parameters), notebooks are executed in place, so the
  committed notebooks carry their outputs and render on a code host.
- On a researcher's corpus, executed copies go to ``OUT/notebooks/`` and
  figures to ``OUT/figures/``; the committed notebooks are untouched.
  :func:`check_out` refuses any ``OUT`` that is, holds or lies inside the
  checkout's own notebooks, figures, seeds, sources or the corpus itself, so
  another corpus's results can never be presented as the study's.
- Parameters are injected as paths *relative to the executed notebook*, and
  the injected cell gets a fixed id: the executed copies hold no absolute
  path and are identical run to run. A run in place first removes any
  injected cell an earlier run left in a committed notebook.

One notebook is executed by :mod:`zhframe.run.execute` (no cell limit unless
one is asked for; a failing notebook is written with its error and named with
the cell and the cause); where a run may write is decided by
:mod:`zhframe.run.outputs` (any zhframe study refused, links followed, one run
per OUT under a lock, an earlier run's results cleared). Every failure of a run
is reported, one line each (:class:`NotebookFailures`); Ctrl-C cancels queued
notebooks and stops running ones at once. ``jobs`` is capped at the CPU count.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat  # noqa: F401  (kept for callers that reach it through this module)

from zhframe.infra.errors import InputError
from zhframe.infra.processes import quiet_worker, stop_pool
from zhframe.run.execute import (DEFAULT_CELL_TIMEOUT, INJECTED, NotebookError,  # noqa: F401
                                 cell_timeout_from_env, execute_notebook, remove_injected,
                                 strip_volatile)
from zhframe.run.outputs import (LOCK_NAME, OUTPUT_FOLDERS, OWN_NAME, OutputLocked,  # noqa: F401
                                 check_out, checkout_root, clear_previous, is_run_output, is_study,
                                 locked, protected_paths)

#: Notebook parameters and what they mean (defaults are in each notebook's parameters cell).
PARAMETERS = {
    "CORPUS_DIR": "corpus folder",
    "MANIFEST": "manifest CSV (None: CORPUS_DIR/manifest.csv)",
    "GROUP_BY": "manifest column whose values are compared",
    "TARGET": "the group compared with the rest (None: the first of two, or every group)",
    "TIME": "a date column for trends over time (None: no time design)",
    "FIGURES_DIR": "where figures are written",
    "ENGINE": "where the expensive steps run: local or dask",
    "SCHEDULER": "a Dask scheduler's address (None: a cluster on this machine)",
}


def find_notebooks(folder: str | os.PathLike = "notebooks") -> list[Path]:
    """The numbered notebooks of ``folder`` (``NN_name.ipynb``), in reading order."""
    return sorted(p for p in Path(folder).glob("[0-9][0-9]_*.ipynb"))


def _run_one(job: tuple[str, str, dict | None], timeout: float | None = DEFAULT_CELL_TIMEOUT
             ) -> tuple[str, float]:
    import time

    src, dst, params = job
    start = time.perf_counter()
    execute_notebook(src, dst, params, timeout=timeout)
    return dst, time.perf_counter() - start


_worker_start = quiet_worker  # the names this module's callers and tests know
_stop_pool = stop_pool


class Executed(list):
    """The notebooks of a run (a list of paths, in reading order); ``current``: those that were
    up to date and not executed again."""

    def __init__(self, paths, current=()):
        super().__init__(paths)
        self.current = list(current)


class NotebookFailures(NotebookError):
    """Several notebooks failed: ``failures`` holds each :class:`NotebookError`, in reading
    order; ``str()`` is one line per failure."""

    def __init__(self, failures: list):
        self.failures = list(failures)
        first = self.failures[0]
        RuntimeError.__init__(self, "\n".join(str(f) for f in self.failures))
        self.path, self.problem = first.path, first.problem

    def __reduce__(self):
        return (type(self), (self.failures,))


def _timings_file() -> Path:
    from zhframe.infra.cache import default_cache_dir

    return default_cache_dir() / "notebook_seconds.json"


def longest_first(notebooks: list[Path]) -> list[Path]:
    """``notebooks`` ordered by expected run time, longest first.

    With a fixed number of workers, starting the longest jobs first keeps one
    long notebook from running alone at the end. The expectation is the last
    recorded duration (``notebook_seconds.json`` in the cache folder, written
    by :func:`run_all`), else :data:`TYPICAL_SECONDS` for the project's own
    notebooks; other notebooks never timed are ranked by file size (an executed
    notebook's size grows with its figures and tables). Ties keep reading order.
    """

    seconds = _read_timings()
    if not all(p.name in seconds for p in notebooks):
        seconds = TYPICAL_SECONDS
    known = all(p.name in seconds for p in notebooks)
    key = (lambda p: -float(seconds[p.name])) if known else (lambda p: -p.stat().st_size)
    return sorted(notebooks, key=key)


def queue_order(notebooks: list[Path]) -> list[Path]:
    """The order notebooks are started in: :func:`longest_first`, with the synthesis notebook
    (which reads what the others compute) half-way down the queue: started while the longest
    notebooks, whose pieces it reads, are under way, so it neither waits for them in a worker
    slot from the start nor runs alone at the end."""
    ranked = longest_first(notebooks)
    last = [p for p in ranked if "synthesis" in p.name]
    if len(ranked) < 3 or len(last) != 1:
        return ranked
    rest = [p for p in ranked if p not in last]
    middle = len(rest) // 2
    return rest[:middle] + last + rest[middle:]


#: What each of the project's notebooks took on 10,000 generated pages (benchmarks/scale.py,
#: cold cache): the order of a first run, before this machine has timings of its own. The topic
#: fit (04) is the longest piece and the synthesis (06) the next, so they start first.
TYPICAL_SECONDS = {"00_corpus.ipynb": 6, "01_cleanup.ipynb": 27, "02_tokens.ipynb": 92,
                   "03_keywords.ipynb": 159, "04_topics.ipynb": 387, "05_rhetoric.ipynb": 242,
                   "06_synthesis.ipynb": 247}


def _read_timings() -> dict[str, float]:
    """The recorded durations; anything malformed (not JSON, not a mapping of numbers) is ignored."""
    try:
        data = json.loads(_timings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: float(v) for k, v in data.items()
            if isinstance(k, str) and isinstance(v, (int, float)) and not isinstance(v, bool)
            and v == v and abs(v) != float("inf")}


def _record_timings(timings: dict[str, float]) -> None:
    path = _timings_file()
    try:
        old = _read_timings()
        old.update({k: round(v, 2) for k, v in timings.items()})
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(old, indent=1, sort_keys=True), encoding="utf-8")
    except (OSError, ValueError):
        pass  # timings only order the next run


def _relative(path: Path, start: Path) -> str:
    """``path`` relative to ``start`` (POSIX separators), or absolute if there is no relative path."""
    try:
        return Path(os.path.relpath(path, start)).as_posix()
    except ValueError:  # another drive on Windows
        return str(path)


def plan(notebook_dir: str | os.PathLike = "notebooks", corpus: str | None = None,
         manifest: str | None = None, group_by: str | None = None, out: str | None = None,
         only: list[str] | None = None, target: str | None = None,
         time: str | None = None, engine: str | None = None,
         scheduler: str | None = None) -> list[tuple[str, str, dict | None]]:
    """The ``(source, destination, parameters)`` of each notebook a run executes.

    Checks the notebook folder, ``only`` and the output folder first; raises
    :class:`InputError` (one line) for a missing folder, no matching notebook
    or a forbidden output. Parameters are relative to the executed copy.
    """
    folder = Path(notebook_dir)
    if not folder.is_dir():
        raise InputError(notebook_dir, "notebook folder not found")
    every = find_notebooks(folder)
    if not every:
        raise InputError(notebook_dir, "no numbered notebooks (NN_name.ipynb) in this folder")
    notebooks = every
    if only is not None:
        notebooks = [p for p in every if any(key and key in p.name for key in only)]
        if not notebooks:
            raise InputError(notebook_dir, f"no notebook name contains {' or '.join(map(repr, only))}"
                                           f" (notebooks: {', '.join(p.stem for p in every)})")
    custom = corpus is not None or out is not None or manifest is not None or (
        group_by not in (None, "district")) or target is not None or time is not None or (
        engine not in (None, "local")) or scheduler is not None
    if not custom:
        return [(str(nb), str(nb), None) for nb in notebooks]
    corpus_path = Path(corpus or checkout_root(folder) / "seeds").resolve()
    out_path = check_out(out if out else Path("out", corpus_path.name), folder, corpus_path)
    nb_out = out_path / "notebooks"
    params = {
        "CORPUS_DIR": _relative(corpus_path, nb_out),
        "MANIFEST": _relative(Path(manifest).resolve(), nb_out) if manifest else None,
        "GROUP_BY": group_by or "district",
        "TARGET": target,
        "TIME": time,
        "FIGURES_DIR": _relative(out_path / "figures", nb_out),
        "ENGINE": engine or "local",
        "SCHEDULER": scheduler,
    }
    # a design or engine left at its default is not injected: the notebook's own default stands
    params = {k: v for k, v in params.items()
              if k not in ("TARGET", "TIME", "ENGINE", "SCHEDULER") or v not in (None, "local")}
    return [(str(nb), str(nb_out / nb.name), params) for nb in notebooks]


def usable_jobs(jobs: int, n_notebooks: int | None = None) -> int:
    """``jobs`` capped at the CPU count (and the number of notebooks): more kernels than
    cores only compete for them, and each holds a corpus in memory."""
    cap = os.cpu_count() or 1
    if n_notebooks is not None:
        cap = min(cap, max(n_notebooks, 1))
    return max(1, min(int(jobs), cap))


def run_all(notebook_dir: str | os.PathLike = "notebooks", corpus: str | None = None,
            manifest: str | None = None, group_by: str | None = None, out: str | None = None,
            jobs: int = 2, only: list[str] | None = None, target: str | None = None,
            time: str | None = None, engine: str | None = None, scheduler: str | None = None,
            timeout: float | None = DEFAULT_CELL_TIMEOUT, force: bool = False,
            on_start: Callable[[], object] | None = None,
            after: Callable[[], str] | None = None) -> list[Path]:
    """Execute every numbered notebook; return the executed notebooks' paths.

    With no ``corpus``/``out`` the notebooks run on their defaults (the seeds)
    and are rewritten in place (after removing any injected cell a previous run
    left). Otherwise every parameter is injected and the executed copies and
    figures go under ``out`` (default ``out/<corpus folder name>``; see
    :func:`check_out`), which is locked for the run (:func:`locked`: a second
    run into it is refused) and cleared of what an earlier run of the same
    notebooks left (:func:`clear_previous`). ``jobs`` notebooks run at once
    (capped at the CPU count): they are independent, sharing only content-keyed
    caches, where a piece one notebook is computing is waited for by the others. ``timeout`` is the seconds a cell may take
    (None: no limit). Under ``out``, a notebook whose inputs and outputs are
    unchanged since the run that wrote them is not executed again
    (:mod:`zhframe.run.uptodate`; ``force`` runs every one). ``on_start`` is called once
    before the first notebook is executed (never when all are up to date). ``after`` (picklable,
    returning a line to print) is queued behind the notebooks in the same pool, so it overlaps
    the last of them; it runs only when some notebook is executed, and its failure is listed
    with theirs.

    Raises
    ------
    InputError
        A bad notebook folder, ``only`` or output folder, or an output folder
        another run holds (before anything runs).
    NotebookError
        A notebook failed (after every started notebook has finished);
        :class:`NotebookFailures` when several did, naming each.
    KeyboardInterrupt
        Ctrl-C: queued notebooks are cancelled and running ones stopped at once.
    """
    jobs_list = plan(notebook_dir, corpus, manifest, group_by, out, only, target, time, engine, scheduler)
    custom = jobs_list[0][2] is not None
    if not custom:
        for src, dst, params in jobs_list:
            try:
                remove_injected(src)
            except (OSError, ValueError) as exc:
                raise InputError(src, f"cannot be rewritten in place ({exc})") from None
            if not os.access(src, os.W_OK) or not os.access(Path(src).parent, os.W_OK):
                raise InputError(src, "is read-only: the notebooks cannot be executed in place; "
                                      "run on a copy, or give --out")
    out_path = Path(jobs_list[0][1]).parent.parent if custom else None
    if custom:
        where, name = out_path, LOCK_NAME
    else:  # in place: the lock lives in the cache folder, not among the committed notebooks
        from zhframe.infra.cache import content_key, default_cache_dir

        where = default_cache_dir()
        name = f"run-{content_key(str(Path(notebook_dir).resolve()))[:16]}.lock"
    with locked(where, name):
        if not custom:
            if on_start is not None:
                on_start()
            return _execute(jobs_list, usable_jobs(jobs, len(jobs_list)), timeout, after)
        from zhframe.run import uptodate

        shared = uptodate.run_inputs(Path(corpus) if corpus else checkout_root(notebook_dir) / "seeds",
                                     manifest)
        keys = {Path(src).name: uptodate.notebook_key(shared, src, params)
                for src, _, params in jobs_list}
        record = {} if force else uptodate.read_record(out_path)
        stale = [job for job in jobs_list
                 if not uptodate.is_current(record, out_path, Path(job[0]).name, keys[Path(job[0]).name])]
        current = [Path(job[1]) for job in jobs_list if job not in stale]
        if current:
            print(f"up to date (nothing they depend on changed; --force runs them again): "
                  f"{', '.join(p.stem for p in current)}", flush=True)
        if not stale:
            return Executed([Path(dst) for _, dst, _ in jobs_list], current=current)
        names = [Path(src).name for src, _, _ in stale]
        uptodate.forget(out_path, names)
        clearing = {n[:2] for n in names}
        if only is None:  # a whole run: what no notebook of it writes is an earlier run's, cleared
            ours = {Path(src).name[:2] for src, _, _ in jobs_list}
            clearing |= {p.name[:2] for sub in ("figures", "notebooks") if (out_path / sub).is_dir()
                         for p in (out_path / sub).iterdir()} - ours
        clear_previous(out_path, clearing)
        if on_start is not None:
            on_start()
        try:
            _execute(stale, usable_jobs(jobs, len(stale)), timeout, after)
        except NotebookError as exc:
            failed = {Path(f.path).name for f in getattr(exc, "failures", [exc])}
            uptodate.record_runs(out_path, {n: keys[n] for n in names if n not in failed})
            raise
        uptodate.record_runs(out_path, {n: keys[n] for n in names})
        return Executed([Path(dst) for _, dst, _ in jobs_list], current=current)


def _after(after) -> str | NotebookError:
    try:
        return after()
    except NotebookError as exc:
        return exc


def _execute(jobs_list: list, jobs: int, timeout: float | None, after=None) -> list[Path]:
    from functools import partial

    from zhframe.infra.progress import progress

    notebooks = [Path(src) for src, _, _ in jobs_list]
    run_one = partial(_run_one, timeout=timeout)
    results: list = [None] * len(jobs_list)
    extra = None
    if jobs <= 1 or len(jobs_list) == 1:
        for i in progress(range(len(jobs_list)), total=len(jobs_list), desc="notebooks", minimum=2):
            try:
                results[i] = run_one(jobs_list[i])
            except NotebookError as exc:
                results[i] = exc
        extra = _after(after) if after is not None else None
    else:
        from concurrent.futures import as_completed

        # longest first across the workers; results are kept in reading order. Notebooks share
        # the study's pieces through its cache, where a piece one kernel is computing is waited
        # for by the others (zhframe.synthesis.study), so any order computes each piece once.
        order = {p: i for i, p in enumerate(queue_order(notebooks))}
        ranked = sorted(range(len(jobs_list)), key=lambda i: order[notebooks[i]])
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start)
        try:
            futures = {pool.submit(run_one, jobs_list[i]): i for i in ranked}
            tail = pool.submit(_after, after) if after is not None else None
            for fut in progress(as_completed(futures), total=len(futures), desc="notebooks", minimum=2):
                try:
                    results[futures[fut]] = fut.result()
                except NotebookError as exc:
                    results[futures[fut]] = exc
            extra = tail.result() if tail is not None else None
        except BaseException:  # Ctrl-C (or anything else): nothing queued starts, nothing runs on
            _stop_pool(pool)
            raise
        pool.shutdown(wait=True)
    if after is not None:
        after.done = True  # run in a worker: the caller's copy learns it was
    if isinstance(extra, str):
        print(extra, flush=True)
    done = [(job, r) for job, r in zip(jobs_list, results) if not isinstance(r, Exception)]
    _record_timings({Path(src).name: sec for (src, _, _), (_, sec) in done})
    failed = [r for r in results if isinstance(r, Exception)] + ([extra] if isinstance(extra, Exception) else [])
    if len(failed) == 1:
        raise failed[0]
    if failed:
        raise NotebookFailures(failed)
    return [Path(dst) for dst, _ in results]
