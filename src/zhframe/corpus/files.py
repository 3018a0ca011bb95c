"""File safety: a corpus file is a regular file of bounded size inside its folder.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePath

from zhframe.infra.errors import InputError



MANIFEST_NAME = "manifest.csv"


#: Largest article or manifest read (bytes): far above any article, small enough
#: that a wrong path (a disk image, a log) stops at once instead of filling memory.
MAX_FILE_BYTES = 256 * 2**20


_FILE_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
               (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def read_bytes(path: str | os.PathLike, max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file, checked by type and size before it is opened."""
    p = Path(path)
    limit = MAX_FILE_BYTES if max_bytes is None else max_bytes
    try:
        st = os.stat(p)
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(p, "file not found") from None
    except OSError as exc:
        raise InputError(p, f"cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(p, "is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        kind = next((what for test, what in _FILE_KINDS if test(st.st_mode)), "not a file")
        raise InputError(p, f"is {kind}, not a regular file")
    if st.st_size > limit:
        raise InputError(p, f"too large ({st.st_size / 2**20:.0f} MB; at most "
                            f"{limit / 2**20:.0f} MB per file)")
    try:
        with open(p, "rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise InputError(p, f"cannot be read ({exc.strerror})") from None
    if len(data) > limit:
        raise InputError(p, f"too large (more than {limit / 2**20:.0f} MB)")
    return data


_read_bytes = read_bytes  # the name the package's modules use


def article_path(folder: str | os.PathLike, entry: str, manifest: str | os.PathLike = MANIFEST_NAME,
                 where: str = "") -> Path:
    """The file a manifest's ``file`` entry names, which must lie inside ``folder``.

    Rejects absolute paths, ``~``, ``..`` components and entries that resolve
    (through symlinks) outside the folder, all with one message that does not
    depend on whether the target exists: the manifest cannot be used to probe
    or read the rest of the disk.
    """
    outside = InputError(manifest, f"{where}file {entry!r} is not inside the corpus folder "
                                   "(name files relative to it, without '..' or links out of it)")
    if "\0" in entry or entry.startswith("~"):
        raise outside
    pure = PurePath(entry)
    if pure.is_absolute() or ".." in pure.parts or pure.drive:
        raise outside
    root = os.path.realpath(folder)
    full = os.path.realpath(os.path.join(root, entry))
    if not full.startswith(root.rstrip(os.sep) + os.sep):
        raise outside
    return Path(folder) / pure
