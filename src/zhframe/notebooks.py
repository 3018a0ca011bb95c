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

Volatile metadata (timestamps, durations) is stripped so that re-running
unchanged code on unchanged data changes no byte.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat

#: Notebook parameters and what they mean (defaults are in each notebook's parameters cell).
PARAMETERS = {
    "CORPUS_DIR": "corpus folder",
    "MANIFEST": "manifest CSV (None: CORPUS_DIR/manifest.csv)",
    "GROUP_BY": "manifest column whose values are compared",
    "FIGURES_DIR": "where figures are written",
}


def find_notebooks(folder: str | os.PathLike = "notebooks") -> list[Path]:
    """The numbered notebooks of ``folder`` (``NN_name.ipynb``), in reading order."""
    return sorted(p for p in Path(folder).glob("[0-9][0-9]_*.ipynb"))


def strip_volatile(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Remove run-dependent metadata (timings, papermill bookkeeping) in place and return ``nb``."""
    meta = nb.metadata
    meta.pop("papermill", None)
    meta.pop("widgets", None)
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        cell.metadata.pop("ExecuteTime", None)
    return nb


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
        ``dst``. Raises papermill's ``PapermillExecutionError`` on a cell error
        (the partly executed notebook is still written to ``dst``).
    """
    import papermill as pm

    src, dst = Path(src).resolve(), Path(dst).resolve()
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        pm.execute_notebook(
            str(src), str(dst), parameters=parameters or None, cwd=str(src.parent),
            kernel_name="python3", progress_bar=False, log_output=False,
            request_save_on_cell_execute=False, execution_timeout=timeout)
    finally:
        if dst.exists():
            nb = nbformat.read(dst, as_version=4)
            nbformat.write(strip_volatile(nb), dst)
    return dst


def _run_one(job: tuple[str, str, dict | None]) -> tuple[str, float]:
    import time

    src, dst, params = job
    start = time.perf_counter()
    execute_notebook(src, dst, params)
    return dst, time.perf_counter() - start


def _timings_file() -> Path:
    from zhframe.cache import default_cache_dir

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
    import json

    try:
        seconds = json.loads(_timings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        seconds = {}
    known = all(p.name in seconds for p in notebooks)
    key = (lambda p: -float(seconds[p.name])) if known else (lambda p: -p.stat().st_size)
    return sorted(notebooks, key=key)


def _record_timings(timings: dict[str, float]) -> None:
    import json

    path = _timings_file()
    try:
        old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        old.update({k: round(v, 2) for k, v in timings.items()})
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(old, indent=1, sort_keys=True), encoding="utf-8")
    except (OSError, ValueError):
        pass  # timings only order the next run


def run_all(notebook_dir: str | os.PathLike = "notebooks", corpus: str | None = None,
            manifest: str | None = None, group_by: str | None = None, out: str | None = None,
            jobs: int = 2, only: list[str] | None = None) -> list[Path]:
    """Execute every numbered notebook; return the executed notebooks' paths.

    With no ``corpus``/``out`` the notebooks run on their defaults (the seeds)
    and are rewritten in place. Otherwise every parameter is injected and the
    executed copies and figures go under ``out`` (default
    ``out/<corpus folder name>``). ``jobs`` notebooks run at once: they are
    independent, sharing only content-keyed caches.
    """
    notebooks = find_notebooks(notebook_dir)
    if only:
        notebooks = [p for p in notebooks if any(key in p.name for key in only)]
    if not notebooks:
        raise FileNotFoundError(f"no numbered notebooks (NN_*.ipynb) in {notebook_dir}")
    custom = corpus is not None or out is not None or manifest is not None or (
        group_by not in (None, "district"))
    jobs_list = []
    if custom:
        corpus_path = Path(corpus or "seeds").resolve()
        out_path = Path(out).resolve() if out else Path("out", corpus_path.name).resolve()
        params = {
            "CORPUS_DIR": str(corpus_path),
            "MANIFEST": str(Path(manifest).resolve()) if manifest else None,
            "GROUP_BY": group_by or "district",
            "FIGURES_DIR": str(out_path / "figures"),
        }
        for nb in notebooks:
            jobs_list.append((str(nb), str(out_path / "notebooks" / nb.name), params))
    else:
        for nb in notebooks:
            jobs_list.append((str(nb), str(nb), None))
    if jobs <= 1 or len(jobs_list) == 1:
        done = [_run_one(j) for j in jobs_list]
    else:
        # longest first across the workers; results are returned in reading order
        order = {p: i for i, p in enumerate(longest_first(notebooks))}
        ranked = sorted(range(len(jobs_list)), key=lambda i: order[notebooks[i]])
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = {i: pool.submit(_run_one, jobs_list[i]) for i in ranked}
            done = [futures[i].result() for i in range(len(jobs_list))]
    _record_timings({Path(src).name: sec for (src, _, _), (_, sec) in zip(jobs_list, done)})
    return [Path(dst) for dst, _ in done]
