"""A study's pieces on disk: read back, computed by one process at a time, written whole.

Each piece of a :class:`~zhframe.synthesis.study.Study` (a table, a topic fit) is a pickle under a
content key. :func:`read_piece` returns None for a missing or damaged entry (recomputed, never
trusted); :func:`computing` holds a lock file while one process computes a piece so that another
asking for it waits and reads it; :func:`write_piece` writes through a temporary file and a
rename. A cache that cannot be read or written only costs time, said once per folder.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import tempfile
from pathlib import Path

_LOG = logging.getLogger("zhframe.synthesis.study")
_WARNED: set[str] = set()


def read_piece(path: Path):
    """The cached value at ``path``, or None when there is none or it cannot be read."""
    if not path.is_file():
        return None
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception as exc:  # a damaged entry is recomputed, never trusted
        warn_once(path, "could not be read", exc)
        return None


@contextlib.contextmanager
def computing(path: Path | None):
    """Hold an exclusive lock on ``path``'s lock file (``.NAME.lock`` beside it) while a piece is
    computed, so that a second process asking for the same piece waits and then reads it.

    Pieces call only pieces they depend on, and dependencies have no cycles, so two processes
    never wait on each other. The operating system releases the lock when a process dies;
    where locks are not available (no ``fcntl``, a read-only cache) nothing is locked.
    """
    try:
        import fcntl
    except ImportError:  # Windows: each process computes for itself
        fcntl = None
    fd = None
    if path is not None and fcntl is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path.with_name(f".{path.stem}.lock"), os.O_RDWR | os.O_CREAT, 0o644)
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:
            if fd is not None:
                os.close(fd)
            fd = None
    try:
        yield
    finally:
        if fd is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


def warn_once(path: Path, what: str, exc: Exception) -> None:
    if str(path.parent) not in _WARNED:
        _WARNED.add(str(path.parent))
        _LOG.warning("zhframe: study cache %s %s (%s); results are computed without it", path, what, exc)


def write_piece(path: Path, value) -> None:
    """Pickle ``value`` to ``path`` through a temporary file and a rename, so a reader never sees
    half a file and a full disk leaves the old entry (or none), never a damaged one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pkl")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        warn_once(path, "cannot be written", exc)
