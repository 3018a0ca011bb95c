"""Executing one notebook: papermill, a quiet kernel, a partial notebook on every failure.

Notebooks are executed with papermill (which drives nbclient, the engine
nbconvert's ``--execute`` uses) because papermill implements the parameters
convention: a cell tagged ``parameters`` holds defaults, and values passed in
are injected in a new cell after it. The executed notebook is staged in a
hidden file beside its destination and moved into place in one step; it is
written whatever happens (an error, a timeout, a dead kernel), with the failing
cell's error in its output, and :class:`NotebookError` names the notebook, the
cell and the cause in one line. Volatile metadata (timestamps, durations) is
stripped so that re-running unchanged code on unchanged data changes no byte.
"""

from __future__ import annotations

import logging
import os
import tempfile
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
        stderr = log

        async def _async_launch_kernel(self, kernel_cmd, **kw):
            kw["stderr"] = log
            return await super()._async_launch_kernel(kernel_cmd, **kw)

    return QuietKernelManager


#: Times a kernel that died at start-up on a port another process took is started again.
KERNEL_START_ATTEMPTS = 3


def _port_taken(log, start: int) -> bool:
    """Whether the kernel's stderr written since ``start`` says its port was taken."""
    end = log.tell()
    log.seek(start)
    said = log.read()
    log.seek(end)
    return "Address already in use" in said


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


def cell_seconds(nb) -> list[dict]:
    """Each executed code cell's wall seconds (papermill's record) with its execution count and
    first line, in notebook order: where a run's time went, read before the timings are stripped."""
    rows = []
    for cell in nb.cells:
        seconds = cell.get("metadata", {}).get("papermill", {}).get("duration")
        if cell.get("cell_type") == "code" and isinstance(seconds, (int, float)):
            first = next((ln for ln in cell.get("source", "").splitlines() if ln.strip()), "")
            rows.append({"cell": cell.get("execution_count"), "seconds": round(float(seconds), 2),
                         "line": first[:80]})
    return rows


def record_cell_seconds(nb, dst: Path) -> None:
    """Write :func:`cell_seconds` of ``nb`` to ``cell_seconds/<notebook>.json`` in the cache folder
    (the last run of each notebook name; safe to delete, only read by people profiling a run)."""
    import json

    from zhframe.infra.cache import default_cache_dir

    try:
        folder = default_cache_dir() / "cell_seconds"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{dst.stem}.json").write_text(
            json.dumps(cell_seconds(nb), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    except OSError:
        pass  # a record for people, never a reason to fail a run


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
            for attempt in range(1, KERNEL_START_ATTEMPTS + 1):
                start = log.tell()
                try:
                    pm.execute_notebook(
                        str(src), str(tmp), parameters=parameters or None, cwd=str(dst.parent),
                        kernel_name="python3", progress_bar=False, log_output=False,
                        request_save_on_cell_execute=True, execution_timeout=timeout,
                        kernel_manager_class=_quiet_kernel_manager(log))
                    break
                except RuntimeError:
                    # two kernels started at once can pick the same free port; that kernel dies
                    # before running anything, so starting it again loses nothing
                    if attempt == KERNEL_START_ATTEMPTS or not _port_taken(log, start):
                        raise
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
                    record_cell_seconds(nb, dst)
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


