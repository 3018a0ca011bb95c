"""The output guard: where a run may write, one run at a time, nothing stale left.

A custom run writes ``OUT/notebooks``, ``OUT/figures`` and ``OUT/tables``.
:func:`check_out` refuses an ``OUT`` that would overwrite a study (this
checkout or any other zhframe study, links followed) or the corpus;
:func:`locked` lets one run at a time write into an ``OUT``;
:func:`clear_previous` removes what an earlier run left there, by zhframe's own
file names only. Files themselves are written atomically
(:mod:`zhframe.infra.files`).
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

from zhframe.infra.errors import InputError
from zhframe.run.execute import INJECTED

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


