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

import contextlib
import json
import logging
import os
import re
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


#: Default seconds a single cell may take: none. A fixed limit turns a slow machine or a large
#: corpus into a failure; ``--cell-timeout``/``CELL_TIMEOUT`` sets one when wanted.
DEFAULT_CELL_TIMEOUT: float | None = None


def cell_timeout_from_env(default: float | None = DEFAULT_CELL_TIMEOUT) -> float | None:
    """``$CELL_TIMEOUT`` (or ``$ZHFRAME_CELL_TIMEOUT``) in seconds, 0 meaning none; else ``default``.

    Raises :class:`InputError` naming the variable when it is not a number >= 0.
    """
    for name in ("ZHFRAME_CELL_TIMEOUT", "CELL_TIMEOUT"):
        raw = os.environ.get(name, "").strip()
        if raw:
            try:
                value = float(raw)
            except ValueError:
                value = -1.0
            if not value >= 0 or value == float("inf"):
                raise InputError(name, f"must be seconds (a number >= 0, 0 for no limit), got {raw!r}")
            return value or None
    return default


def _running_cell(nb) -> tuple[int | None, object]:
    """Index and execution count of the cell that was running when execution stopped: the
    last one papermill recorded a start time for (it marks even that one "completed")."""
    found = None, None
    for i, cell in enumerate(nb.cells):
        meta = cell.get("metadata", {}).get("papermill", {})
        if meta.get("status") == "running" or meta.get("start_time"):
            found = i, cell.get("execution_count")
    return found


def _mark_failed_cell(path: Path, ename: str, evalue: str) -> str:
    """Add an error output to the cell that was running in the notebook at ``path``; return
    how to name it ("cell 7"), or "" when no cell was running."""
    try:
        nb = nbformat.read(path, as_version=4)
    except (OSError, ValueError):
        return ""
    i, count = _running_cell(nb)
    if i is None:
        return ""
    nb.cells[i].setdefault("outputs", []).append(nbformat.v4.new_output(
        "error", ename=ename, evalue=evalue, traceback=[f"{ename}: {evalue}"]))
    try:
        _write_notebook(nb, path)
    except OSError:
        pass
    return f"cell {count}" if count else f"cell {i + 1} (counting every cell)"


def _write_notebook(nb, path: Path) -> None:
    from zhframe.infra.files import write_text_atomic

    write_text_atomic(path, nbformat.writes(nb) + "\n")


def execute_notebook(src: str | os.PathLike, dst: str | os.PathLike,
                     parameters: dict | None = None, timeout: float | None = DEFAULT_CELL_TIMEOUT
                     ) -> Path:
    """Execute one notebook with its folder as working directory.

    Parameters
    ----------
    src, dst : path
        Notebook to run and where to write the executed copy (may be ``src``).
    parameters : dict, optional
        Values for the notebook's ``parameters`` cell; none means run as is.
    timeout : float, optional
        Seconds a single cell may take; None or 0 (default): no limit.

    Returns
    -------
    Path
        ``dst``. The notebook runs with ``dst``'s folder as working directory,
        so relative parameters are relative to the executed copy.

    Raises
    ------
    NotebookError
        A cell raised, the kernel died or a cell timed out; one line naming
        ``dst``, the cell and the cause (a timeout is called a timeout). The
        partly executed notebook, with the error in the failing cell's output,
        is still written to ``dst``.

    The notebook is executed into a hidden temporary file beside ``dst`` (saved
    as each cell starts and ends, so a timeout or a dead kernel still leaves
    what ran), which replaces ``dst`` in one step at the end: an interrupted or
    full-disk run never leaves a truncated notebook.
    """
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    src, dst = Path(src).resolve(), Path(dst).resolve()
    timeout = timeout or None
    # papermill logs what the one line below says again ("Timeout waiting for execute reply",
    # a parameter a notebook does not declare) through Python's last-resort stderr handler
    quiet = logging.getLogger("papermill")
    if not quiet.handlers:
        quiet.addHandler(logging.NullHandler())
    try:
        dst.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise NotebookError(dst.parent, f"cannot create the folder ({exc.strerror})") from None
    tmp = dst.with_name(f".{dst.stem}.{os.getpid()}.tmp.ipynb")  # hidden; papermill wants .ipynb
    problem = None
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as log:
        try:
            pm.execute_notebook(
                str(src), str(tmp), parameters=parameters or None, cwd=str(dst.parent),
                kernel_name="python3", progress_bar=False, log_output=False,
                request_save_on_cell_execute=True, execution_timeout=timeout,
                kernel_manager_class=_quiet_kernel_manager(log))
        except PapermillExecutionError as exc:
            where = f"cell {exc.exec_count}" if exc.exec_count else f"cell {exc.cell_index}"
            problem = (f"failed in {where}: {exc.ename}: {_one_line(exc.evalue)} "
                       "(the traceback is in the notebook)")
        except TimeoutError:  # nbclient's CellTimeoutError (an OSError: test it first)
            where = _mark_failed_cell(tmp, "CellTimeoutError",
                                      f"the cell ran longer than the {timeout:g} s cell limit")
            problem = (f"timed out{' in ' + where if where else ''}: a cell may take {timeout:g} s "
                       "(--cell-timeout / CELL_TIMEOUT=SECONDS, 0 for no limit)")
        except OSError as exc:
            problem = f"cannot be written ({exc.strerror or exc})"
        except Exception as exc:  # kernel died, bad notebook JSON...
            log.seek(0)
            said = [ln for ln in log.read().splitlines() if ln.strip()]
            tail = f"; the kernel said: {_one_line(said[-1], 150)}" if said else ""
            where = _mark_failed_cell(tmp, type(exc).__name__, _one_line(exc))
            problem = (f"{type(exc).__name__}{' in ' + where if where else ''}: "
                       f"{_one_line(exc)}{tail}")
        finally:
            if tmp.exists():
                try:
                    nb = nbformat.read(tmp, as_version=4)
                    _write_notebook(strip_volatile(nb), dst)
                except (OSError, ValueError) as exc:
                    problem = problem or f"cannot be written ({getattr(exc, 'strerror', None) or exc})"
                finally:
                    try:
                        tmp.unlink()
                    except OSError:
                        pass
    if problem:
        raise NotebookError(dst, problem)
    return dst


def _run_one(job: tuple[str, str, dict | None], timeout: float | None = DEFAULT_CELL_TIMEOUT
             ) -> tuple[str, float]:
    import time

    src, dst, params = job
    start = time.perf_counter()
    execute_notebook(src, dst, params, timeout=timeout)
    return dst, time.perf_counter() - start


def _worker_start() -> None:
    """In each pool worker: Ctrl-C is the parent's to handle (no traceback per worker), and
    the parent's stop request ends the worker at once. Its kernel, left without a parent,
    stops itself (ipykernel polls its parent process)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, lambda *_: os._exit(143))


def _stop_pool(pool) -> None:
    """Cancel every queued notebook and end the running ones now (on Ctrl-C)."""
    # The executor keeps its worker processes in ``_processes`` (CPython 3.8+; emptied by
    # shutdown, so read first); no public API ends a running task, and waiting for them is
    # what let queued notebooks run on for a minute.
    workers = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in workers:
        try:
            proc.terminate()
        except (OSError, AttributeError):
            pass


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


#: The lock file a run holds in its output folder (and leaves there: it marks a run's output).
LOCK_NAME = ".zhframe-run.lock"
#: Folders of a study that a run writes into (under OUT) and that hold a study's own results.
OUTPUT_FOLDERS = ("notebooks", "figures", "tables")
#: Files a run writes under OUT/figures and OUT/notebooks, and the only ones it ever removes:
#: ``NN_name.ext`` (notebook number, name). Anything else there is the user's and stays.
OWN_NAME = re.compile(r"\A\d\d_[\w\-.]+\.(?:png|svg|pdf|html|md|csv|parquet|json|ipynb|txt)\Z")


def is_study(folder: str | os.PathLike) -> bool:
    """Does ``folder`` hold a zhframe study (any checkout, not only this one)?

    A study is a folder with numbered notebooks (``notebooks/NN_*.ipynb``) and a
    ``figures/`` folder, or numbered notebooks and a README with a findings block
    or a ``pyproject.toml`` naming zhframe. Its notebooks, figures and README are
    results someone committed: a run must never write over them.
    """
    folder = Path(folder)
    try:
        numbered = sorted((folder / "notebooks").glob("[0-9][0-9]_*.ipynb"))
        if not numbered:
            return False
        readme = folder / "README.md"
        if readme.is_file() and "<!-- findings:" in readme.read_text(encoding="utf-8", errors="replace"):
            return True
        project = folder / "pyproject.toml"
        if project.is_file() and re.search(r'name\s*=\s*["\']zhframe["\']', project.read_text(
                encoding="utf-8", errors="replace")):
            return True
        return (folder / "figures").is_dir() and not is_run_output(folder, numbered)
    except OSError:
        return False


def is_run_output(folder: str | os.PathLike, numbered: list[Path] | None = None) -> bool:
    """Is ``folder`` the OUT of an earlier run (which a new run may reuse)?

    A run leaves its lock file there, and its executed notebooks carry the
    injected parameters cell (a study's own notebooks never do: see
    :func:`remove_injected`).
    """
    folder = Path(folder)
    if (folder / LOCK_NAME).is_file():
        return True
    numbered = numbered if numbered is not None else sorted(
        (folder / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    try:
        return bool(numbered) and INJECTED in numbered[0].read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def _study_around(path: Path) -> Path | None:
    """The zhframe study that ``path`` is, or whose notebooks/figures/sources it lies inside."""
    for folder in (path, *path.parents):
        if is_study(folder):
            if folder == path:
                return folder
            inside = path.relative_to(folder).parts[0]
            if inside in OUTPUT_FOLDERS + ("seeds", "src", "tests", "benchmarks", ".git"):
                return folder
    return None


def check_out(out: str | os.PathLike, notebook_dir: str | os.PathLike = "notebooks",
              corpus: str | os.PathLike | None = None) -> Path:
    """Check a custom run's output folder; return it resolved.

    Raises :class:`InputError` (one line) when ``out`` is a file, is the
    checkout itself or one of its parents, or is, holds or lies inside the
    notebooks, figures, seeds, sources, tests or the corpus folder: writing
    there would overwrite the committed study (notebooks, figures, README
    findings) or the articles with another run's results. The same holds for
    *any* zhframe study (:func:`is_study`: another checkout), and links are
    followed first: ``out`` and the folders the run writes into
    (``OUT/notebooks``, ``OUT/figures``, ``OUT/tables``) are checked where they
    really lead.
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
    # where the run really writes: OUT itself and its output folders, links followed
    targets = [path] + [(path / name).resolve() for name in OUTPUT_FOLDERS]
    for target in targets:
        for folder in protected_paths(notebook_dir, corpus):
            if _within(target, folder) or _within(folder, target):
                what = "the corpus folder" if corpus is not None and folder == Path(corpus).resolve() \
                    else f"the project's {folder.name}/"
                via = "" if target == path else f" (through {target.name}/, a link to {target})"
                raise InputError(out, f"would write into {what}{via}, which a run must not "
                                      "change: choose a new folder such as out/mine")
        study = _study_around(target)
        if study is not None:
            via = "" if target == path else f" through {target.name}/ (a link to {target})"
            raise InputError(out, f"would write{via} into the zhframe study at {study} (its "
                                  "notebooks, figures and README are results): choose a new "
                                  "folder such as out/mine")
    return path


class OutputLocked(InputError):
    """Another run holds the output folder's lock."""


@contextlib.contextmanager
def locked(folder: str | os.PathLike, name: str | None = None):
    """Hold an exclusive lock on ``folder`` (a lock file in it) for the duration of a run.

    Two runs into one OUT would interleave their notebooks and figures and both
    report success; the second one is refused at once instead
    (:class:`OutputLocked`, one line). ``fcntl.flock`` locks are released by the
    kernel when the process ends, however it ends, so a killed run leaves no
    stale lock. Where ``fcntl`` does not exist (Windows) or the folder cannot be
    written, no lock is taken and the run's own writes report the problem.
    """
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; run unguarded
        yield None
        return
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / (name or LOCK_NAME), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield None
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputLocked(folder, "another zhframe run is writing into this folder; wait "
                                       "for it to finish or choose another --out") from None
        except OSError:
            pass  # a file system without locks: run unguarded
        yield fd
    finally:
        os.close(fd)


def clear_previous(out: str | os.PathLike, numbers: set[str] | None = None) -> list[Path]:
    """Remove what an earlier run left in ``OUT/figures`` and ``OUT/notebooks``; return it.

    Only files of zhframe's own naming (:data:`OWN_NAME`: ``NN_name.ext``) are
    removed, and with ``numbers`` (the two-digit prefixes of the notebooks this
    run executes) only those of these notebooks, so ``--only 03`` keeps the
    other notebooks' results. Anything else (a user's notes, foreign files,
    subfolders) is left alone. Called under :func:`locked`, before the run, so
    a figure an earlier corpus produced and this one does not is never shown
    beside the new ones.
    """
    removed = []
    for sub in ("figures", "notebooks"):
        folder = Path(out) / sub
        if not folder.is_dir() or folder.is_symlink():
            continue
        for f in sorted(folder.iterdir()):
            if not OWN_NAME.match(f.name) or not f.is_file() or f.is_symlink():
                continue
            if numbers is not None and f.name[:2] not in numbers:
                continue
            try:
                f.unlink()
                removed.append(f)
            except OSError:
                pass  # the run overwrites it, or says why it cannot
    return removed


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
            timeout: float | None = DEFAULT_CELL_TIMEOUT) -> list[Path]:
    """Execute every numbered notebook; return the executed notebooks' paths.

    With no ``corpus``/``out`` the notebooks run on their defaults (the seeds)
    and are rewritten in place (after removing any injected cell a previous run
    left). Otherwise every parameter is injected and the executed copies and
    figures go under ``out`` (default ``out/<corpus folder name>``; see
    :func:`check_out`), which is locked for the run (:func:`locked`: a second
    run into it is refused) and cleared of what an earlier run of the same
    notebooks left (:func:`clear_previous`). ``jobs`` notebooks run at once
    (capped at the CPU count): they are independent, sharing only content-keyed
    caches; the synthesis notebook (last) starts once the others have finished,
    reading what they computed. ``timeout`` is the seconds a cell may take
    (None: no limit).

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
        if custom:
            clear_previous(out_path, None if only is None else
                           {Path(src).name[:2] for src, _, _ in jobs_list})
        return _execute(jobs_list, usable_jobs(jobs, len(jobs_list)), timeout)


def _execute(jobs_list: list, jobs: int, timeout: float | None) -> list[Path]:
    from functools import partial

    from zhframe.infra.progress import progress

    notebooks = [Path(src) for src, _, _ in jobs_list]
    run_one = partial(_run_one, timeout=timeout)
    results: list = [None] * len(jobs_list)
    # The synthesis (last in reading order) reads what the others computed from the study's
    # cache, so it starts once they have finished rather than computing it all again.
    last = len(jobs_list) - 1 if len(jobs_list) > 1 and "synthesis" in Path(jobs_list[-1][0]).name else None
    if jobs <= 1 or len(jobs_list) == 1:
        for i in progress(range(len(jobs_list)), total=len(jobs_list), desc="notebooks", minimum=2):
            try:
                results[i] = run_one(jobs_list[i])
            except NotebookError as exc:
                results[i] = exc
    else:
        from concurrent.futures import as_completed

        # longest first across the workers; results are kept in reading order
        order = {p: i for i, p in enumerate(longest_first(notebooks))}
        ranked = sorted((i for i in range(len(jobs_list)) if i != last), key=lambda i: order[notebooks[i]])
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start)
        try:
            futures = {pool.submit(run_one, jobs_list[i]): i for i in ranked}
            for fut in progress(as_completed(futures), total=len(futures), desc="notebooks", minimum=2):
                try:
                    results[futures[fut]] = fut.result()
                except NotebookError as exc:
                    results[futures[fut]] = exc
        except BaseException:  # Ctrl-C (or anything else): nothing queued starts, nothing runs on
            _stop_pool(pool)
            raise
        pool.shutdown(wait=True)
        if last is not None:
            try:
                results[last] = run_one(jobs_list[last])
            except NotebookError as exc:
                results[last] = exc
    done = [(job, r) for job, r in zip(jobs_list, results) if not isinstance(r, Exception)]
    _record_timings({Path(src).name: sec for (src, _, _), (_, sec) in done})
    failed = [r for r in results if isinstance(r, Exception)]
    if len(failed) == 1:
        raise failed[0]
    if failed:
        raise NotebookFailures(failed)
    return [Path(dst) for dst, _ in results]
