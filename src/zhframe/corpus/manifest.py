"""The manifest: one row per article, its required fields and its metadata columns.

Column names and values (all but ``file``) are read in Unicode NFC, so the same word
typed on two keyboards is one group.
"""

from __future__ import annotations

import csv
import io
import os
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from zhframe.infra.errors import InputError
from zhframe.corpus.encodings import read_text
from zhframe.corpus.files import MANIFEST_NAME

if TYPE_CHECKING:  # pandas is imported only when a table is built
    import pandas as pd


#: Columns every manifest must have, with a non-empty value in every row.
REQUIRED_FIELDS: tuple[str, ...] = ("doc_id", "file", "sha256")


def _separator_hint(header_line: str) -> str:
    for sep, name in (("\t", "tabs"), (";", "semicolons"), ("|", "vertical bars")):
        if header_line.count(sep) >= 2 and header_line.count(",") == 0:
            return (f"; it looks separated by {name}: save it as comma-separated CSV "
                    "(manifest.csv is read with commas only)")
    return ""


def read_manifest(folder: str | os.PathLike = "seeds", manifest: str | os.PathLike | None = None
                  ) -> pd.DataFrame:
    """Read and validate a corpus manifest.

    Parameters
    ----------
    folder : path
        The corpus folder; article files are named relative to it.
    manifest : path, optional
        The manifest CSV; default ``<folder>/manifest.csv``.

    Returns
    -------
    pandas.DataFrame
        One row per article, every column as a string (``year`` too: the
        manifest is metadata, not numbers), in manifest order. Parsed as real
        CSV (RFC 4180): quoted fields may hold commas, line breaks and U+2028.
        ``df.attrs`` holds ``manifest`` (its path), ``columns`` (the
        manifest's own columns) and ``lines`` (each row's line number).

    Raises
    ------
    InputError
        Missing manifest, a column named twice or not at all, a required
        column absent (with a hint when the file is tab- or
        semicolon-separated), a required field empty in some row (named by
        its line number), a malformed row, or a duplicate ``doc_id``.
    """
    mpath, columns, rows, lines = _parse_manifest(folder, manifest)
    return _frame(mpath, columns, rows, lines)


def _frame(mpath: Path, columns: list[str], rows: list[list[str]], lines: list[int]) -> pd.DataFrame:
    import pandas as pd  # only once everything is checked: errors never pay for pandas

    df = pd.DataFrame(rows, columns=columns).astype(str)
    # the manifest line of each row as one string ("2,3,4"): pandas deep-copies attrs in every
    # operation on the table, and a list of 10,000 numbers costs that every time, a string nothing
    df.attrs.update(manifest=str(mpath), columns=list(columns), lines=",".join(map(str, lines)))
    return df


def _nfc(value: str) -> str:
    """``value`` in Unicode normal form C (composed), the form every comparison uses."""
    return value if value.isascii() else unicodedata.normalize("NFC", value)


def _parse_manifest(folder, manifest) -> tuple[Path, list[str], list[list[str]], list[int]]:
    """The checked manifest as (path, named columns, rows of values, line numbers)."""
    mpath = Path(manifest) if manifest is not None else Path(folder) / MANIFEST_NAME
    text = read_text(mpath)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise InputError(mpath, f"manifest has no readable header ({exc})") from None
    columns = [_nfc(c.strip()) for c in header]
    first_line = text.split("\n", 1)[0]
    seen_cols: dict[str, int] = {}
    for i, name in enumerate(columns, start=1):
        if name and name in seen_cols:
            raise InputError(mpath, f"line 1: column '{name}' appears twice (columns "
                                    f"{seen_cols[name]} and {i}); give each column its own name")
        seen_cols.setdefault(name, i)
    missing = [f for f in REQUIRED_FIELDS if f not in columns]
    if missing:
        raise InputError(mpath, f"manifest lacks the required column(s) {', '.join(missing)} "
                                f"(it has: {', '.join(c for c in columns if c) or 'no header'})"
                                f"{_separator_hint(first_line)}")
    rows, lines = [], []
    file_col = columns.index("file")
    seen: dict[str, int] = {}
    line_no = reader.line_num + 1
    while True:
        try:
            raw = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(mpath, f"line {line_no}: not valid CSV ({exc}); a quoted field "
                                    "must end with a quote") from None
        start, line_no = line_no, reader.line_num + 1
        # NFC: "Café" typed (é) and pasted from a Mac (e + U+0301) are one group, one value;
        # the file entry is kept as written, as the file system compares names byte for byte.
        values = [v.strip() if i == file_col else _nfc(v.strip()) for i, v in enumerate(raw)]
        if not any(values):
            continue
        if len(values) > len(columns):
            raise InputError(mpath, f"line {start}: more fields than the header has "
                                    f"({len(values)} against {len(columns)})")
        values += [""] * (len(columns) - len(values))
        row = dict(zip(columns, values))
        for field in REQUIRED_FIELDS:
            if not row.get(field):
                who = f" (doc_id {row['doc_id']})" if row.get("doc_id") else ""
                raise InputError(mpath, f"line {start}{who}: required field '{field}' is empty")
        doc_id = row["doc_id"]
        if doc_id in seen:
            raise InputError(mpath, f"line {start}: duplicate doc_id '{doc_id}' "
                                    f"(first on line {seen[doc_id]})")
        seen[doc_id] = start
        rows.append(values)
        lines.append(start)
    if not rows:
        raise InputError(mpath, "manifest lists no articles")
    unnamed = [i for i, c in enumerate(columns) if not c]
    for i in unnamed:
        if any(r[i] for r in rows):
            raise InputError(mpath, f"line 1: column {i + 1} has values but no name in the header")
    keep = [i for i, c in enumerate(columns) if c]
    return mpath, [columns[i] for i in keep], [[r[i] for i in keep] for r in rows], lines
