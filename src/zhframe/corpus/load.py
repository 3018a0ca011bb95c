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
                verify: bool = True, cache: bool = True, cache_dir: str | os.PathLike | None = None
                ) -> pd.DataFrame:
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
    fresh = {}
    for path, expected, doc_id in progress(todo, total=len(todo), desc="reading corpus"):
        data = _read_bytes(path)
        digest = hashlib.sha256(data).hexdigest()
        if verify and digest != expected.lower():
            raise InputError(path, f"sha256 {digest} does not match the manifest's "
                                   f"{expected} (doc_id {doc_id}): the file changed")
        key = _decoded_key(digest, path)
        hit = known.get(key)
        if isinstance(hit, list) and len(hit) == 2:
            text, enc = hit
        else:
            text, enc = decode_bytes(data, path)
            fresh[key] = [text, enc]
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


def _decoded_key(digest: str, path) -> str:
    """Cache key of a file's decoded text: its bytes' hash and what its name decides (a page
    by suffix); the code version is added by :class:`~zhframe.infra.cache.DiskCache`."""
    return f"{digest.lower()}\0{Path(str(path)).suffix.lower()}"
