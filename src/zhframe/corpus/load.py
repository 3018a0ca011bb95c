"""Loading a corpus: every article a manifest lists, checked, decoded, with its metadata.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from zhframe.infra.cache import DiskCache
from zhframe.infra.errors import InputError
from zhframe.corpus.encodings import decode_bytes
from zhframe.corpus.files import _read_bytes, article_path
from zhframe.corpus.manifest import _frame, _parse_manifest
from zhframe.infra.progress import progress

if TYPE_CHECKING:  # pandas is imported only when a table is built
    import pandas as pd


#: Columns the loader adds to the manifest's own.
ADDED_COLUMNS: tuple[str, ...] = ("path", "encoding", "text", "n_chars")


def load_corpus(folder: str | os.PathLike = "seeds", manifest: str | os.PathLike | None = None,
                verify: bool = True, cache: bool = True, cache_dir: str | os.PathLike | None = None,
                jobs: int = 1) -> pd.DataFrame:
    """Load every article a manifest lists, with its metadata and decoded text.

    Parameters
    ----------
    folder : path
        Corpus folder (default ``seeds``).
    manifest : path, optional
        Manifest CSV (default ``<folder>/manifest.csv``).
    verify : bool
        Check each file's SHA-256 against the manifest (default True): a
        changed file is an error, so results always come from the bytes the
        manifest describes.
    cache : bool
        Keep each file's decoded text (for a saved page, the extracted article) on disk
        under the SHA-256 of its bytes, its name's suffix and the code version
        (``decoded.sqlite`` in ``cache_dir``, default
        :func:`zhframe.infra.cache.default_cache_dir`; default True),
        so the notebooks of one run extract every page once.
    jobs : int
        Processes that extract files not in the cache (default 1: this one). Extraction is
        independent per file; the command that runs the notebooks reads a large corpus with
        one process per core before any notebook starts.

    Returns
    -------
    pandas.DataFrame
        The manifest's columns plus ``path`` (str), ``encoding`` (detected),
        ``text`` (decoded, LF line endings) and ``n_chars`` (int), one row per
        article, in manifest order; ``attrs`` as :func:`read_manifest`'s.

    Raises
    ------
    InputError
        Any manifest problem (see :func:`read_manifest`), a ``file`` entry
        outside the folder, a file listed twice (under two doc_ids or two spellings), a listed file that is missing, not a regular
        file, too large, changed (hash mismatch), empty, binary or undecodable.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(folder, "corpus folder not found" if not folder.exists()
                         else "is a file, not a corpus folder")
    mpath, columns, rows, lines = _parse_manifest(folder, manifest)
    col = {c: i for i, c in enumerate(columns)}
    # Every entry is checked to lie inside the folder before any file is opened.
    paths = [article_path(folder, r[col["file"]], mpath, f"line {line} (doc_id {r[col['doc_id']]}): ")
             for r, line in zip(rows, lines)]
    first: dict[str, int] = {}
    for i, p in enumerate(paths):  # a file listed twice would count as two articles
        j = first.setdefault(os.path.realpath(p), i)
        if j != i:
            raise InputError(mpath, f"line {lines[i]} (doc_id {rows[i][col['doc_id']]}) lists the "
                                    f"same file as doc_id {rows[j][col['doc_id']]} "
                                    f"({rows[i][col['file']]}): it would count twice; list each "
                                    "file once")
    encodings, texts = [], []
    todo = [(p, r[col["sha256"]], r[col["doc_id"]]) for p, r in zip(paths, rows)]
    # Reading a saved page means extracting its article from the HTML (tens of ms a page);
    # every notebook loads the corpus, so decoded texts are kept under the file's bytes.
    cache = DiskCache(cache_dir, name="decoded.sqlite") if cache else None
    known = cache.get({_decoded_key(e, p) for p, e, _ in todo if e}) if cache else {}
    fresh, keys, missing = {}, [], []
    for i, (path, expected, doc_id) in enumerate(todo):
        data = _read_bytes(path)
        digest = hashlib.sha256(data).hexdigest()
        if verify and digest != expected.lower():
            raise InputError(path, f"sha256 {digest} does not match the manifest's "
                                   f"{expected} (doc_id {doc_id}): the file changed")
        keys.append(_decoded_key(digest, path))
        hit = known.get(keys[-1])
        if not (isinstance(hit, list) and len(hit) == 2):
            missing.append(i)
    decoding = _decode_all([todo[i][0] for i in missing], jobs)
    for i, decoded in zip(missing, progress(decoding, total=len(missing), desc="reading corpus")):
        if isinstance(decoded, InputError):  # the first bad file in manifest order
            decoding.close()
            raise decoded
        fresh[keys[i]] = list(decoded)
    for key in keys:
        text, enc = fresh.get(key) or known[key]
        encodings.append(enc)
        texts.append(text)
    if cache is not None:
        cache.put(fresh)
    df = _frame(mpath, columns, rows, lines)
    df["path"] = [str(p) for p in paths]
    df["encoding"] = encodings
    df["text"] = texts
    df["n_chars"] = [len(t) for t in texts]
    return df


def _decode_one(path) -> tuple[str, str] | InputError:
    try:
        return decode_bytes(_read_bytes(path), path)
    except InputError as exc:  # returned, so the caller raises the first in manifest order
        return exc


def _decode_all(paths: list, jobs: int):
    """``decode_bytes`` of each file, in order: in this process, or with ``jobs`` processes
    (standard-library pool; chunks keep the pickling overhead small) when there are enough
    files for that to pay."""
    if jobs <= 1 or len(paths) < 200:
        yield from map(_decode_one, paths)
        return
    from zhframe.infra.processes import map_in_processes

    yield from map_in_processes(_decode_one, paths, jobs, chunksize=max(1, min(100, len(paths) // (8 * jobs))))


def _decoded_key(digest: str, path) -> str:
    """Cache key of a file's decoded text: its bytes' hash and what its name decides (a page
    by suffix); the code version is added by :class:`~zhframe.infra.cache.DiskCache`."""
    return f"{digest.lower()}\0{Path(str(path)).suffix.lower()}"
