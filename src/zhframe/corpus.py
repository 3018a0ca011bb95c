"""Reading a corpus: a folder of articles plus a manifest that describes them.

The manifest (``manifest.csv`` in the corpus folder, UTF-8) is the corpus
schema: one row per article. A researcher adds an article by adding a file and
a row. Required columns are :data:`REQUIRED_FIELDS`; every other column
(district, year, outlet...) is metadata to filter or group by and is carried
through unchanged.

Decoding is explicit rather than guessed by a statistical detector, because
the set of encodings Chinese text files arrive in is small and each can be
recognised with certainty:

1. a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. otherwise NUL bytes or a known binary signature mean a binary file;
3. otherwise strict UTF-8 (which random non-UTF-8 bytes almost never pass);
4. otherwise strict GB18030, the superset of GBK and GB2312, accepted only if
   the result looks like text (no control characters, no private-use code
   points, mostly CJK among the non-ASCII characters).

Line endings (CRLF, CR) are normalised to LF after decoding; every later
offset (cleanup spans, KWIC positions) refers to this decoded, normalised text.
Nothing here ever writes to the corpus folder.
"""

from __future__ import annotations

import csv
import hashlib
import os
import unicodedata
from pathlib import Path

from zhframe.errors import InputError

MANIFEST_NAME = "manifest.csv"

#: Columns every manifest must have, with a non-empty value in every row.
REQUIRED_FIELDS: tuple[str, ...] = ("doc_id", "file", "sha256")

#: Columns the loader adds to the manifest's own.
ADDED_COLUMNS: tuple[str, ...] = ("path", "encoding", "text", "n_chars")

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its LE BOM starts with the UTF-16 LE one.
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32 LE (BOM)"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32 BE (BOM)"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8 (BOM)"),
    (b"\xff\xfe", "utf-16-le", "UTF-16 LE (BOM)"),
    (b"\xfe\xff", "utf-16-be", "UTF-16 BE (BOM)"),
)

_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "an executable"),
)

_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}


def decode_bytes(data: bytes, path: str | os.PathLike = "<bytes>") -> tuple[str, str]:
    """Decode the bytes of a text file.

    Parameters
    ----------
    data : bytes
        The whole file.
    path : str or PathLike
        Only used to name the file in errors.

    Returns
    -------
    (text, encoding) : tuple of str
        ``text`` with line endings normalised to ``\\n`` and any BOM removed;
        ``encoding`` a human-readable name of what was detected
        (``"UTF-8"``, ``"UTF-8 (BOM)"``, ``"UTF-16 LE (BOM)"``, ``"GB18030"``...).

    Raises
    ------
    InputError
        Empty, whitespace-only or binary file, or bytes in none of the
        supported encodings.
    """
    if len(data) == 0:
        raise InputError(path, "empty file (0 bytes)")

    text: str | None = None
    encoding = ""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    path, f"starts with a {name} byte-order mark but is not valid {codec} "
                    f"(byte {exc.start + len(bom)})") from None
            encoding = name
            break

    if text is None:
        for signature, what in _BINARY_SIGNATURES:
            if data.startswith(signature):
                raise InputError(path, f"binary file ({what}), not a text file")
        if b"\x00" in data:
            raise InputError(
                path, "binary file (contains NUL bytes); if it is UTF-16 text, save it with a BOM")
        try:
            text = data.decode("utf-8")
            encoding = "UTF-8"
        except UnicodeDecodeError:
            text = _decode_gb18030(data, path)
            encoding = "GB18030"

    if _control_ratio(text) > 0.0:
        raise InputError(path, f"binary file (control characters in text decoded as {encoding})")
    text = normalize_newlines(text)
    if str(path).lower().endswith((".html", ".htm")):  # a web page: its article's text
        from zhframe.cleanup.html import html_text

        text = html_text(text, path)
    if not text.strip():
        raise InputError(path, "empty file (whitespace only)")
    return text, encoding


def _decode_gb18030(data: bytes, path) -> str:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise InputError(
            path, "unknown encoding: not UTF-8, not UTF-16/32 with a BOM, not GB18030/GBK "
            f"(undecodable byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    non_ascii = [c for c in text if ord(c) > 0x7F]
    if any(unicodedata.category(c) in ("Co", "Cn") for c in non_ascii):
        raise InputError(path, "unknown encoding: decodes as GB18030 only to unassigned or "
                               "private-use characters; probably binary or another encoding")
    cjk = sum(1 for c in non_ascii if _is_cjk_or_fullwidth(c))
    if non_ascii and cjk / len(non_ascii) < 0.5:
        raise InputError(path, "unknown encoding: not UTF-8, and as GB18030 it is not Chinese "
                               "text (perhaps Latin-1, Big5 or Shift-JIS)")
    return text


def _is_cjk_or_fullwidth(ch: str) -> bool:
    cp = ord(ch)
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x3134F
            or 0x3000 <= cp <= 0x303F or 0xFF00 <= cp <= 0xFFEF or 0x2000 <= cp <= 0x206F)


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS)
    return bad / len(text)


def normalize_newlines(text: str) -> str:
    """Return ``text`` with CRLF and lone CR line endings turned into LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: str | os.PathLike) -> str:
    """Read and decode one text file (see :func:`decode_bytes`).

    Raises :class:`InputError` naming the file if it is missing, a folder,
    unreadable, empty, binary or in an unsupported encoding.
    """
    return read_text_with_encoding(path)[0]


def read_text_with_encoding(path: str | os.PathLike) -> tuple[str, str]:
    """Like :func:`read_text`, also returning the detected encoding's name."""
    return decode_bytes(_read_bytes(path), path)


def _read_bytes(path: str | os.PathLike) -> bytes:
    p = Path(path)
    if not p.exists():
        raise InputError(p, "file not found")
    if p.is_dir():
        raise InputError(p, "is a folder, not a file")
    try:
        return p.read_bytes()
    except OSError as exc:
        raise InputError(p, f"cannot be read ({exc.strerror})") from None


def sha256_file(path: str | os.PathLike) -> str:
    """Hex SHA-256 of a file's bytes (the manifest's ``sha256`` column)."""
    return hashlib.sha256(_read_bytes(path)).hexdigest()


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
        manifest is metadata, not numbers), in manifest order.

    Raises
    ------
    InputError
        Missing manifest, a required column absent, a required field empty in
        some row (named by its line number), or a duplicate ``doc_id``.
    """
    mpath = Path(manifest) if manifest is not None else Path(folder) / MANIFEST_NAME
    text = read_text(mpath)
    reader = csv.DictReader(text.splitlines())
    columns = [c.strip() for c in (reader.fieldnames or [])]
    missing = [f for f in REQUIRED_FIELDS if f not in columns]
    if missing:
        raise InputError(mpath, f"manifest lacks the required column(s) {', '.join(missing)} "
                                f"(it has: {', '.join(columns) or 'no header'})")
    rows = []
    seen: dict[str, int] = {}
    for line_no, raw in enumerate(reader, start=2):
        if None in raw:
            raise InputError(mpath, f"line {line_no}: more fields than the header has")
        row = {k.strip(): (v or "").strip() for k, v in raw.items()}
        if not any(row.values()):
            continue
        for field in REQUIRED_FIELDS:
            if not row.get(field):
                who = f" (doc_id {row['doc_id']})" if row.get("doc_id") else ""
                raise InputError(mpath, f"line {line_no}{who}: required field '{field}' is empty")
        doc_id = row["doc_id"]
        if doc_id in seen:
            raise InputError(mpath, f"line {line_no}: duplicate doc_id '{doc_id}' "
                                    f"(first on line {seen[doc_id]})")
        seen[doc_id] = line_no
        rows.append(row)
    if not rows:
        raise InputError(mpath, "manifest lists no articles")
    import pandas as pd  # here, not at import: commands that read text need no pandas

    return pd.DataFrame(rows, columns=columns).astype(str)


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
        article, in manifest order.

    Raises
    ------
    InputError
        Any manifest problem (see :func:`read_manifest`), a listed file that is
        missing, changed (hash mismatch), empty, binary or undecodable.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(folder, "corpus folder not found")
    df = read_manifest(folder, manifest)
    paths, encodings, texts = [], [], []
    for row in df.itertuples(index=False):
        path = folder / row.file
        data = _read_bytes(path)
        if verify:
            digest = hashlib.sha256(data).hexdigest()
            if digest != row.sha256.lower():
                raise InputError(path, f"sha256 {digest} does not match the manifest's "
                                       f"{row.sha256} (doc_id {row.doc_id}): the file changed")
        text, enc = decode_bytes(data, path)
        paths.append(str(path))
        encodings.append(enc)
        texts.append(text)
    df = df.copy()
    df["path"] = paths
    df["encoding"] = encodings
    df["text"] = texts
    df["n_chars"] = [len(t) for t in texts]
    return df
