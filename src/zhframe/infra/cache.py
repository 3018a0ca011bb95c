"""Content-keyed disk caches: a rerun over unchanged text skips the work.

Every cached value is stored under a key that hashes *everything that decides
it*: the input text, the configuration (e.g. a tokenizer's fingerprint) and the
code that computes it. The code part is :func:`code_version`, a hash of every
file of the installed package (modules and data files) plus jieba's version:
:func:`source_fingerprint` folds it into the keys callers build, and
:class:`DiskCache` prefixes every key with it as well, so a key built without
any code hash (or with the hash of one module of a package that has since been
split) still changes when any code changes. A stale entry is therefore never
read; at worst the cache holds entries nobody asks for any more.

Caches are SQLite files (one per kind: ``tokens.sqlite``, ``cleanup.sqlite``,
``pipeline.sqlite``) in :func:`default_cache_dir`. SQLite serialises writers,
so notebooks running in parallel can share them. Any failure to read or write
is logged and treated as a miss: deleting the folder (``make clean-cache``)
only costs time.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import sqlite3
from pathlib import Path

from zhframe.infra.paths import PACKAGE_DIR, checkout_root

_LOG = logging.getLogger(__name__)
_WARNED: set[str] = set()


def _warn_once(path: Path, what: str, exc: Exception) -> None:
    """Log a cache failure once per file and kind per process: a read-only checkout
    would otherwise print the same line for every batch."""
    key = f"{path}\0{what}"
    if key not in _WARNED and "*" not in _WARNED:
        _WARNED.add(key)
        _LOG.warning("zhframe: cache %s %s (%s); results are computed without it",
                     path, what, exc)


def default_cache_dir() -> Path:
    """Where the disk caches live unless a ``cache_dir`` is given.

    ``$ZHFRAME_CACHE_DIR`` if set; else ``<repo>/.cache/zhframe`` when running
    from a source checkout (``.cache/`` is gitignored); else the user cache dir
    ``$XDG_CACHE_HOME/zhframe`` or ``~/.cache/zhframe``. Deleting it only costs time.
    """
    env = os.environ.get("ZHFRAME_CACHE_DIR")
    if env:
        return Path(env)
    repo = checkout_root()
    if repo is not None:
        return repo / ".cache" / "zhframe"
    xdg = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(xdg) / "zhframe"


def content_key(*parts: str) -> str:
    """SHA-256 (hex) of ``parts`` joined with NUL: a key for text + configuration."""
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def _package_files(root: Path) -> list[Path]:
    """Every file of the package that can change a computed value, in a fixed order."""
    skip_dirs = {"__pycache__"}
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in skip_dirs and not d.startswith("."))
        files.extend(Path(dirpath) / f for f in filenames
                     if not f.endswith((".pyc", ".pyo")) and not f.startswith("."))
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


@functools.lru_cache(maxsize=None)
def code_version() -> str:
    """Hex SHA-256 of the whole ``zhframe`` package as installed, plus jieba's version.

    Hashes every source and data file under the package folder (relative path
    and bytes, in sorted order), so any edit to any module, dictionary or word
    list gives a new version; computed once per process (about a millisecond
    for the package's few hundred kilobytes). Chosen over per-module hashes
    because values depend on helpers in other modules (cleanup calls the
    tokenizer's dictionary, keyness calls cleanup...): a per-module hash would
    miss those edits.
    """
    from importlib.metadata import PackageNotFoundError, version

    root = PACKAGE_DIR
    h = hashlib.sha256()
    try:
        h.update(f"jieba {version('jieba')}\0".encode())
    except PackageNotFoundError:
        h.update(b"jieba ?\0")
    for path in _package_files(root):
        try:
            data = path.read_bytes()
        except OSError:
            data = b"?"
        h.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        h.update(hashlib.sha256(data).digest())
    return h.hexdigest()


@functools.lru_cache(maxsize=None)
def source_fingerprint(*modules: str) -> str:
    """Hash of the source files of ``modules`` (dotted names) and :func:`code_version`.

    Part of every key whose value the code of those modules computes: any edit
    to them, or to any other file of the package, gives new keys.
    """
    import importlib
    import importlib.util

    h = hashlib.sha256(code_version().encode())
    for name in modules:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec else None
        h.update(name.encode())
        h.update(Path(origin).read_bytes() if origin and os.path.isfile(origin) else b"?")
    return h.hexdigest()


class DiskCache:
    """A key -> value table in one SQLite file; any failure just means a miss.

    Values are JSON (``raw=False``) or plain strings stored as they are
    (``raw=True``, for callers with a faster encoding of their own). Every key
    is stored prefixed with the first 16 hex digits of :func:`code_version`,
    so entries written by other code are never read. A row that cannot be
    decoded, or that holds SQL NULL, is a miss.
    """

    def __init__(self, folder: str | os.PathLike | None = None, name: str = "tokens.sqlite",
                 raw: bool = False):
        self.path = Path(folder if folder is not None else default_cache_dir()) / name
        self.raw = raw

    def _connect(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=60)
        con.execute("CREATE TABLE IF NOT EXISTS cache (key TEXT PRIMARY KEY, value TEXT)")
        return con

    def get(self, keys) -> dict:
        """``{key: value}`` for the ``keys`` found (missing keys are left out)."""
        keys = set(keys)
        if not keys or not self.path.exists():
            return {}
        prefix = code_version()[:16]
        cut = len(prefix)
        try:
            con = self._connect()
            found = {}
            key_list = sorted(prefix + k for k in keys)
            for i in range(0, len(key_list), 500):
                chunk = key_list[i:i + 500]
                rows = con.execute(f"SELECT key, value FROM cache WHERE key IN "
                                   f"({','.join('?' * len(chunk))})", chunk)
                for k, v in rows:
                    value = self._decode(v)
                    if value is not None:
                        found[k[cut:]] = value
            con.close()
            return found
        except (sqlite3.Error, ValueError, OSError) as exc:
            _warn_once(self.path, "unreadable", exc)
            return {}

    def _decode(self, value):
        """A stored value, or None for a row that is NULL, of the wrong type or not JSON."""
        if not isinstance(value, str):
            return None
        if self.raw:
            return value
        try:
            decoded = json.loads(value)
        except ValueError:
            return None
        return decoded

    def put(self, values: dict) -> None:
        """Store ``{key: value}``; a failure is logged, not raised."""
        if not values:
            return
        prefix = code_version()[:16]
        encode = (lambda v: v) if self.raw else (lambda v: json.dumps(v, ensure_ascii=False))
        try:
            con = self._connect()
            with con:
                con.executemany("INSERT OR REPLACE INTO cache VALUES (?, ?)",
                                [(prefix + k, encode(v)) for k, v in values.items()
                                 if v is not None])
            con.close()
        except (sqlite3.Error, OSError) as exc:
            _warn_once(self.path, "not written", exc)


def _probe(folder: Path) -> str | None:
    """None if ``folder`` can be created and written (a 64 KB file written, synced and
    removed), else why not: a read-only or full disk shows here, before any work."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".probe-{os.getpid()}"
        try:
            with open(probe, "wb") as f:
                f.write(b"\0" * 65536)
                f.flush()
                os.fsync(f.fileno())
        finally:
            try:
                probe.unlink()
            except OSError:
                pass
    except OSError as exc:
        return exc.strerror or type(exc).__name__
    return None


def ensure_usable_cache(stream=None) -> Path | None:
    """Make sure this run (and the kernels it starts) has a cache folder it can write.

    The cache only saves time, so a read-only, full or impossible cache folder
    must never stop a run: when :func:`default_cache_dir` cannot be written,
    ``$ZHFRAME_CACHE_DIR`` is pointed at a fresh temporary folder (inherited by
    notebook kernels and workers) and one line says so on ``stream`` (stderr).
    When no temporary folder can be written either, ``$ZHFRAME_CACHE_DIR`` is
    pointed at a folder that cannot exist, so every cache read is a miss and
    every write a logged no-op: results are computed in memory. Returns the
    folder in use (None when there is none).
    """
    import sys
    import tempfile

    stream = sys.stderr if stream is None else stream
    folder = default_cache_dir()
    why = _probe(folder)
    if why is None:
        return folder
    try:
        fallback = Path(tempfile.mkdtemp(prefix="zhframe-cache-"))
        still = _probe(fallback)
    except OSError as exc:
        fallback, still = None, exc.strerror or type(exc).__name__
    if fallback is not None and still is None:
        import atexit
        import shutil

        atexit.register(shutil.rmtree, fallback, True)  # a stand-in, not a cache to keep
        os.environ["ZHFRAME_CACHE_DIR"] = str(fallback)
        print(f"zhframe: note: cache folder {folder} cannot be written ({why}); this run caches "
              f"in {fallback} for now (only time is lost)", file=stream)
        return fallback
    os.environ["ZHFRAME_CACHE_DIR"] = os.path.join(os.devnull, "zhframe-no-cache")
    _WARNED.add("*")  # the per-file warnings would only repeat this line
    print(f"zhframe: note: cache folder {folder} cannot be written ({why}), nor a temporary "
          "one; this run keeps everything in memory (only time is lost)", file=stream)
    return None
