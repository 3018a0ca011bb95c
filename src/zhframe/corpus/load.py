"""Loading a corpus: every article a manifest lists, checked, decoded, with its metadata.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

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
                verify: bool = True) -> pd.DataFrame:
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
    for path, expected, doc_id in progress(todo, total=len(todo), desc="reading corpus"):
        data = _read_bytes(path)
        if verify:
            digest = hashlib.sha256(data).hexdigest()
            if digest != expected.lower():
                raise InputError(path, f"sha256 {digest} does not match the manifest's "
                                       f"{expected} (doc_id {doc_id}): the file changed")
        text, enc = decode_bytes(data, path)
        encodings.append(enc)
        texts.append(text)
    df = _frame(mpath, columns, rows, lines)
    df["path"] = [str(p) for p in paths]
    df["encoding"] = encodings
    df["text"] = texts
    df["n_chars"] = [len(t) for t in texts]
    return df
