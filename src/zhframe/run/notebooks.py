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

Volatile metadata (timestamps, durations) is stripped so that re-running
unchanged code on unchanged data changes no byte. The kernel's own stderr
(transport warnings, the interrupt it logs at shutdown) goes to a log file
that is shown only if the kernel dies; a failing notebook raises
:class:`NotebookError`, whose message is one line: the notebook, the cell and
the error.
"""

from __future__ import annotations

import json
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat

from zhframe.infra.errors import InputError

#: Tag papermill gives the cell it injects; also that cell's fixed id here.
INJECTED = "injected-parameters"


class NotebookError(RuntimeError):
    """A notebook failed while executing; ``str()`` is one line naming it and the error."""

    def __init__(self, path: str, problem: str):
        self.path, self.problem = str(path), problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self):  # crosses process boundaries
        return (type(self), (self.path, self.problem))

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


def strip_volatile(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Remove run-dependent metadata (timings, papermill bookkeeping) in place and return ``nb``.

    The cell papermill injects gets the fixed id ``injected-parameters``
    instead of a random one.
    """
    meta = nb.metadata
    meta.pop("papermill", None)
    meta.pop("widgets", None)
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        cell.metadata.pop("ExecuteTime", None)
        if INJECTED in cell.metadata.get("tags", []) and "id" in cell:
            cell["id"] = INJECTED
    return nb


def remove_injected(path: str | os.PathLike) -> bool:
    """Delete any papermill-injected parameters cell from the notebook at ``path``.

    A committed notebook must run on its own parameters cell; an injected cell
    left there by an interrupted or misdirected run would silently keep
    analysing another corpus. Returns True if the file was rewritten.
    """
    nb = nbformat.read(path, as_version=4)
    keep = [c for c in nb.cells if INJECTED not in c.metadata.get("tags", [])]
    if len(keep) == len(nb.cells):
        return False
    nb.cells = keep
    nbformat.write(nb, path)
    return True


def _quiet_kernel_manager(log):
    """A kernel manager class whose kernel writes its process stderr to ``log``.

    Only the kernel process's own stderr: cell output (warnings included) still
    goes into the notebook. What lands there is the kernel's start-up and
    shut-down chatter (the "running over TCP without encryption" warning, the
    KeyboardInterrupt it logs when stopped), which says nothing about results.
    """
    from jupyter_client.manager import AsyncKernelManager

    class QuietKernelManager(AsyncKernelManager):
        async def _async_launch_kernel(self, kernel_cmd, **kw):
            kw["stderr"] = log
            return await super()._async_launch_kernel(kernel_cmd, **kw)

    return QuietKernelManager


def _one_line(text: str, limit: int = 300) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[:limit - 3] + "..."


def execute_notebook(src: str | os.PathLike, dst: str | os.PathLike,
                     parameters: dict | None = None, timeout: int = 600) -> Path:
    """Execute one notebook with its folder as working directory.

    Parameters
    ----------
    src, dst : path
        Notebook to run and where to write the executed copy (may be ``src``).
    parameters : dict, optional
        Values for the notebook's ``parameters`` cell; none means run as is.
    timeout : int
        Seconds a single cell may take.

    Returns
    -------
    Path
        ``dst``. The notebook runs with ``dst``'s folder as working directory,
        so relative parameters are relative to the executed copy.

    Raises
    ------
    NotebookError
        A cell raised, the kernel died or a cell timed out; one line naming
        ``dst``, the cell and the error. The partly executed notebook is still
        written to ``dst`` so the full traceback can be read there.
    """
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    src, dst = Path(src).resolve(), Path(dst).resolve()
    try:
        dst.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise NotebookError(dst.parent, f"cannot create the folder ({exc.strerror})") from None
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as log:
        try:
            pm.execute_notebook(
                str(src), str(dst), parameters=parameters or None, cwd=str(dst.parent),
                kernel_name="python3", progress_bar=False, log_output=False,
                request_save_on_cell_execute=False, execution_timeout=timeout,
                kernel_manager_class=_quiet_kernel_manager(log))
        except PapermillExecutionError as exc:
            where = f"cell {exc.exec_count}" if exc.exec_count else f"cell {exc.cell_index}"
            raise NotebookError(dst, f"failed in {where}: {exc.ename}: {_one_line(exc.evalue)} "
                                     "(the traceback is in the notebook)") from None
        except OSError as exc:
            raise NotebookError(dst, f"cannot be written ({exc.strerror or exc})") from None
        except Exception as exc:  # kernel died, timeout, bad notebook JSON...
            log.seek(0)
            said = [ln for ln in log.read().splitlines() if ln.strip()]
            tail = f"; the kernel said: {_one_line(said[-1], 150)}" if said else ""
            raise NotebookError(dst, f"{type(exc).__name__}: {_one_line(exc)}{tail}") from None
        finally:
            if dst.exists():
                try:
                    nb = nbformat.read(dst, as_version=4)
                    nbformat.write(strip_volatile(nb), dst)
                except (OSError, ValueError):
                    pass
    return dst


def _run_one(job: tuple[str, str, dict | None]) -> tuple[str, float]:
    import time

    src, dst, params = job
    start = time.perf_counter()
    execute_notebook(src, dst, params)
    return dst, time.perf_counter() - start


def _timings_file() -> Path:
    from zhframe.infra.cache import default_cache_dir

    return default_cache_dir() / "notebook_seconds.json"


def longest_first(notebooks: list[Path]) -> list[Path]:
    """``notebooks`` ordered by expected run time, longest first.

    With a fixed number of workers, starting the longest jobs first keeps one
    long notebook from running alone at the end. The expectation is the last
    recorded duration (``notebook_seconds.json`` in the cache folder, written
    by :func:`run_all`); a notebook never timed is ranked by its file size (an
    executed notebook's size grows with its figures and tables). Ties keep
    reading order.
    """

    seconds = _read_timings()
    known = all(p.name in seconds for p in notebooks)
    key = (lambda p: -float(seconds[p.name])) if known else (lambda p: -p.stat().st_size)
    return sorted(notebooks, key=key)


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


def checkout_root(notebook_dir: str | os.PathLike) -> Path:
    """The project checkout the notebooks belong to (the notebooks folder's parent)."""
    return Path(notebook_dir).resolve().parent


def protected_paths(notebook_dir: str | os.PathLike, corpus: str | os.PathLike | None = None
                    ) -> list[Path]:
    """Folders a custom run must never write into: the study and its inputs."""
    root = checkout_root(notebook_dir)
    paths = [Path(notebook_dir).resolve()] + [root / name for name in (
        "figures", "seeds", "src", "tests", "benchmarks", ".git", "notebooks")]
    if corpus is not None:
        paths.append(Path(corpus).resolve())
    return paths


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_out(out: str | os.PathLike, notebook_dir: str | os.PathLike = "notebooks",
              corpus: str | os.PathLike | None = None) -> Path:
    """Check a custom run's output folder; return it resolved.

    Raises :class:`InputError` (one line) when ``out`` is a file, is the
    checkout itself or one of its parents, or is, holds or lies inside the
    notebooks, figures, seeds, sources, tests or the corpus folder: writing
    there would overwrite the committed study (notebooks, figures, README
    findings) or the articles with another run's results.
    """
    path = Path(out).resolve()
    if path.exists() and not path.is_dir():
        raise InputError(out, "is a file; the output must be a folder (executed notebooks go to "
                              "OUT/notebooks, figures to OUT/figures)")
    root = checkout_root(notebook_dir)
    if _within(root, path):
        raise InputError(out, f"is the project checkout {'' if path == root else 'or holds it '}"
                              "(its notebooks, figures and README are the study): choose a new "
                              "folder such as out/mine")
    for folder in protected_paths(notebook_dir, corpus):
        if _within(path, folder) or _within(folder, path):
            what = "the corpus folder" if corpus is not None and folder == Path(corpus).resolve() \
                else f"the project's {folder.name}/"
            raise InputError(out, f"would write into {what}, which a run must not change: "
                                  "choose a new folder such as out/mine")
    return path


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


def run_all(notebook_dir: str | os.PathLike = "notebooks", corpus: str | None = None,
            manifest: str | None = None, group_by: str | None = None, out: str | None = None,
            jobs: int = 2, only: list[str] | None = None, target: str | None = None,
            time: str | None = None, engine: str | None = None, scheduler: str | None = None) -> list[Path]:
    """Execute every numbered notebook; return the executed notebooks' paths.

    With no ``corpus``/``out`` the notebooks run on their defaults (the seeds)
    and are rewritten in place (after removing any injected cell a previous run
    left). Otherwise every parameter is injected and the executed copies and
    figures go under ``out`` (default ``out/<corpus folder name>``; see
    :func:`check_out`). ``jobs`` notebooks run at once: they are independent,
    sharing only content-keyed caches.

    Raises
    ------
    InputError
        A bad notebook folder, ``only`` or output folder (before anything runs).
    NotebookError
        A notebook failed; the first failure in reading order, after every
        started notebook has finished (the message counts the others).
    """
    jobs_list = plan(notebook_dir, corpus, manifest, group_by, out, only, target, time, engine, scheduler)
    notebooks = [Path(src) for src, _, _ in jobs_list]
    for src, dst, params in jobs_list:
        if params is None:
            try:
                remove_injected(src)
            except (OSError, ValueError) as exc:
                raise InputError(src, f"cannot be rewritten in place ({exc})") from None
            if not os.access(src, os.W_OK) or not os.access(Path(src).parent, os.W_OK):
                raise InputError(src, "is read-only: the notebooks cannot be executed in place; "
                                      "run on a copy, or give --out")
    from zhframe.infra.progress import progress

    results: list = [None] * len(jobs_list)
    # The synthesis (last in reading order) reads what the others computed from the study's
    # cache, so it starts once they have finished rather than computing it all again.
    last = len(jobs_list) - 1 if len(jobs_list) > 1 and "synthesis" in Path(jobs_list[-1][0]).name else None
    if jobs <= 1 or len(jobs_list) == 1:
        for i in progress(range(len(jobs_list)), total=len(jobs_list), desc="notebooks", minimum=2):
            try:
                results[i] = _run_one(jobs_list[i])
            except NotebookError as exc:
                results[i] = exc
    else:
        from concurrent.futures import as_completed

        # longest first across the workers; results are kept in reading order
        order = {p: i for i, p in enumerate(longest_first(notebooks))}
        ranked = sorted((i for i in range(len(jobs_list)) if i != last), key=lambda i: order[notebooks[i]])
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = {pool.submit(_run_one, jobs_list[i]): i for i in ranked}
            for fut in progress(as_completed(futures), total=len(futures), desc="notebooks", minimum=2):
                try:
                    results[futures[fut]] = fut.result()
                except NotebookError as exc:
                    results[futures[fut]] = exc
        if last is not None:
            try:
                results[last] = _run_one(jobs_list[last])
            except NotebookError as exc:
                results[last] = exc
    done = [(job, r) for job, r in zip(jobs_list, results) if not isinstance(r, Exception)]
    _record_timings({Path(src).name: sec for (src, _, _), (_, sec) in done})
    failed = [r for r in results if isinstance(r, Exception)]
    if failed:
        more = f" ({len(failed) - 1} more notebook(s) failed too)" if len(failed) > 1 else ""
        raise NotebookError(failed[0].path, failed[0].problem + more)
    return [Path(dst) for dst, _ in results]
