"""Writing output files so that a failure never leaves half a file.

Every file a run writes (figures, pages, notebooks, findings) is written to a
temporary file in the same folder and moved into place with :func:`os.replace`,
which is atomic on POSIX and Windows within one file system. A full disk, a
killed process or Ctrl-C then leaves either the old file or the new one, never
a 0-byte PNG or a truncated page; the temporary file is removed when the write
fails (one a ``kill -9`` leaves is named ``.<name>.<pid>.tmp`` and is ignored by
every reader).
"""

from __future__ import annotations

import os
from pathlib import Path


def temporary_path(path: str | os.PathLike) -> Path:
    """Where :func:`write_bytes_atomic` stages ``path``: a hidden sibling named after the process."""
    path = Path(path)
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` all at once or not at all; return ``path``.

    Raises the :class:`OSError` of the failed write (no space, read-only folder)
    after removing the temporary file, so nothing partial is left behind.
    """
    path = Path(path)
    tmp = temporary_path(path)
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())  # the bytes are on disk before the name points at them
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    return path


def write_text_atomic(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> Path:
    """:func:`write_bytes_atomic` for text (LF line endings kept as they are)."""
    return write_bytes_atomic(path, text.encode(encoding))
