"""Content-keyed disk caches: a rerun over unchanged text skips the work.

Every cached value is stored under a key that hashes *everything that decides
it*: the input text, the configuration (e.g. a tokenizer's fingerprint) and the
code that computes it (:func:`source_fingerprint` hashes the module's source
file, so editing the code invalidates its entries). A stale entry is therefore
never read; at worst the cache holds entries nobody asks for any more.

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

_LOG = logging.getLogger(__name__)


def default_cache_dir() -> Path:
    """Where the disk caches live unless a ``cache_dir`` is given.

    ``$ZHFRAME_CACHE_DIR`` if set; else ``<repo>/.cache/zhframe`` when running
    from a source checkout (``.cache/`` is gitignored); else the user cache dir
    ``$XDG_CACHE_HOME/zhframe`` or ``~/.cache/zhframe``. Deleting it only costs time.
    """
    env = os.environ.get("ZHFRAME_CACHE_DIR")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[2]
    if (repo / "pyproject.toml").is_file() and (repo / "src" / "zhframe").is_dir():
        return repo / ".cache" / "zhframe"
    xdg = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(xdg) / "zhframe"


def content_key(*parts: str) -> str:
    """SHA-256 (hex) of ``parts`` joined with NUL: a key for text + configuration."""
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=None)
def source_fingerprint(*modules: str) -> str:
    """Hash of the source files of ``modules`` (dotted names) and the jieba version.

    Part of every key whose value the code of those modules computes: any edit
    to them gives new keys. jieba's version is included because the cleanup
    rules and the tokenizer both read jieba's dictionary.
    """
    import importlib
    import importlib.util
    from importlib.metadata import version

    h = hashlib.sha256(version("jieba").encode())
    for name in modules:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec else None
        h.update(name.encode())
        h.update(Path(origin).read_bytes() if origin and os.path.isfile(origin) else b"?")
    return h.hexdigest()


class DiskCache:
    """A key -> value table in one SQLite file; any failure just means a miss.

    Values are JSON (``raw=False``) or plain strings stored as they are
    (``raw=True``, for callers with a faster encoding of their own).
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
        decode = (lambda v: v) if self.raw else json.loads
        try:
            con = self._connect()
            found = {}
            key_list = sorted(keys)
            for i in range(0, len(key_list), 500):
                chunk = key_list[i:i + 500]
                rows = con.execute(f"SELECT key, value FROM cache WHERE key IN "
                                   f"({','.join('?' * len(chunk))})", chunk)
                found.update((k, decode(v)) for k, v in rows)
            con.close()
            return found
        except (sqlite3.Error, ValueError, OSError) as exc:
            _LOG.warning("cache %s unreadable (%s); recomputing", self.path, exc)
            return {}

    def put(self, values: dict) -> None:
        """Store ``{key: value}``; a failure is logged, not raised."""
        if not values:
            return
        encode = (lambda v: v) if self.raw else (lambda v: json.dumps(v, ensure_ascii=False))
        try:
            con = self._connect()
            with con:
                con.executemany("INSERT OR REPLACE INTO cache VALUES (?, ?)",
                                [(k, encode(v)) for k, v in values.items()])
            con.close()
        except (sqlite3.Error, OSError) as exc:
            _LOG.warning("cache %s not written (%s)", self.path, exc)
