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
   the result reads as Chinese: no control characters, no private-use or
   unassigned code points, no kana or Hangul, and most of its characters among
   the 1,000 most frequent Chinese characters (by jieba's dictionary
   frequencies). The last test is what tells GB18030 from Korean (EUC-KR),
   Japanese (EUC-JP, Shift-JIS) and Traditional Chinese (Big5) files, whose
   bytes almost always also decode as GB18030, but to characters at random;
5. a file that fails is named in its actual encoding when one of those fits
   (ISO-2022-JP is recognised by its escape sequences), so the message says
   what to convert from. A file that is UTF-8 except for a damaged or cut-off
   character is reported as such, with the UTF-8 byte offset.

Every file is checked before it is read: it must be a regular file (not a
FIFO, device or folder), at most :data:`MAX_FILE_BYTES`, and a manifest's
``file`` entry must name a file inside the corpus folder (no absolute paths,
no ``..``, no symlink leading out). The message for an entry pointing outside
is the same whether or not its target exists, and nothing outside the folder
is ever opened. All checks on decoded text are regular expressions or C-level
``bytes``/``str`` methods, never a Python loop over characters (100 MB load in
about the time it takes to read and hash it).

Line endings (CRLF, CR) are normalised to LF after decoding; every later
offset (cleanup spans, KWIC positions) refers to this decoded, normalised text.
Nothing here ever writes to the corpus folder.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import os
import re
import stat
import unicodedata
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from zhframe.errors import InputError

if TYPE_CHECKING:  # pandas is imported only when a table is built
    import pandas as pd

MANIFEST_NAME = "manifest.csv"

#: Columns every manifest must have, with a non-empty value in every row.
REQUIRED_FIELDS: tuple[str, ...] = ("doc_id", "file", "sha256")

#: Columns the loader adds to the manifest's own.
ADDED_COLUMNS: tuple[str, ...] = ("path", "encoding", "text", "n_chars")

#: Largest article or manifest read (bytes): far above any article, small enough
#: that a wrong path (a disk image, a log) stops at once instead of filling memory.
MAX_FILE_BYTES = 256 * 2**20

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

# ISO-2022 encodings are 7-bit: they pass as UTF-8, so they are told by their escapes.
_ISO2022: tuple[tuple[bytes, str, str], ...] = (
    (b"\x1b$B", "ISO-2022-JP", "Japanese"), (b"\x1b$@", "ISO-2022-JP", "Japanese"),
    (b"\x1b$(D", "ISO-2022-JP", "Japanese"), (b"\x1b$)C", "ISO-2022-KR", "Korean"),
    (b"\x1b$)A", "ISO-2022-CN", "Chinese"), (b"\x1b$A", "ISO-2022-CN", "Chinese"),
)

# Legacy encodings a non-UTF-8, non-GB18030 Chinese-looking file may be in:
# (Python codec, name, language, test on the decoded text).
_OTHER_ENCODINGS = (
    ("euc_jp", "EUC-JP", "Japanese", "ja"),
    ("shift_jis", "Shift-JIS", "Japanese", "ja"),
    ("cp932", "Shift-JIS (Windows-31J)", "Japanese", "ja"),
    ("euc_kr", "EUC-KR", "Korean", "ko"),
    ("cp949", "EUC-KR (CP949)", "Korean", "ko"),
    ("big5", "Big5", "Traditional Chinese", "zh"),
    ("big5hkscs", "Big5-HKSCS", "Traditional Chinese", "zh"),
)

_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # Cc except \t \n \v \f \r
_NON_ASCII_RE = re.compile("[^\x00-\x7f]")
_HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_KANA_RE = re.compile("[\u3041-\u309f\u30a0-\u30ff\u31f0-\u31ff]")  # not half-width kana
_HANGUL_RE = re.compile("[\uac00-\ud7a3]")  # syllables: jamo alone are not Korean prose
_PRIVATE_RE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
_CJK_TEXT_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
                          "\u3000-\u303f\uff00-\uffef\u2000-\u206f]")

#: Share of Han characters among the 1,000 most frequent that Chinese text needs
#: (real Chinese: 0.8-0.95; other encodings read as GB18030: 0.1-0.35).
_MIN_COMMON_SHARE = 0.5
#: Below this many Han characters, the share says too little: a short GB18030 text
#: of rare characters (a byline of names) is read as GB18030, as long as its
#: script is Chinese; and no other encoding is named on fewer non-ASCII characters.
_MIN_EVIDENCE = 10


def _count(regex: re.Pattern, text: str) -> int:
    """How many characters of ``text`` match a one-character ``regex`` (C speed when few do)."""
    return len(text) - len(regex.sub("", text))


def _non_ascii(text: str) -> int:
    """How many characters of ``text`` are not ASCII (C speed however many)."""
    return len(text) - len(text.encode("ascii", errors="ignore"))


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
        Empty, whitespace-only or binary file, UTF-8 damaged or cut off
        (with the byte offset), or bytes in another encoding (named when
        recognised: Big5, Shift-JIS, EUC-JP, EUC-KR, ISO-2022-JP...).
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
        if b"\x1b" in data:
            for escape, name, language in _ISO2022:
                if escape in data:
                    raise _other_encoding(path, name, language)
        try:
            text = data.decode("utf-8")
            encoding = "UTF-8"
        except UnicodeDecodeError as exc:
            _raise_if_damaged_utf8(data, exc, path)
            text = _decode_legacy(data, path)
            encoding = "GB18030"

    bad = _CONTROL_RE.search(text)
    if bad:
        raise InputError(path, f"binary file (control characters, first U+{ord(bad.group()):04X} "
                               f"at character {bad.start()}, in text decoded as {encoding})")
    text = normalize_newlines(text)
    if str(path).lower().endswith((".html", ".htm")):  # a web page: its article's text
        from zhframe.cleanup.html import html_text

        text = html_text(text, path)
    if not text.strip():
        raise InputError(path, "empty file (whitespace only)")
    return text, encoding


def _other_encoding(path, name: str, language: str) -> InputError:
    return InputError(path, f"encoded as {name} ({language} text), which zhframe does not read: "
                            f"convert it to UTF-8 (e.g. iconv -f {name.split(' ')[0]} -t UTF-8)")


def _raise_if_damaged_utf8(data: bytes, exc: UnicodeDecodeError, path) -> None:
    """A file that is UTF-8 but for a cut-off or damaged character gets the UTF-8 offset.

    "UTF-8" means: the bytes before the error hold multi-byte UTF-8 characters
    (a GB18030 file almost never forms even one valid sequence in a row of Chinese)
    and the bytes after it decode as UTF-8 too, bar a handful.
    """
    before = data[:exc.start].decode("utf-8")
    if exc.reason == "unexpected end of data" and exc.end == len(data) and _NON_ASCII_RE.search(before):
        raise InputError(path, f"UTF-8 text cut off in the middle of a character at byte "
                               f"{exc.start} (the file is {len(data)} bytes): it is incomplete")
    def mostly_utf8(chunk: bytes) -> tuple[bool, int]:
        decoded = chunk.decode("utf-8", errors="replace")
        bad = decoded.count("\ufffd")
        return _non_ascii(decoded) - bad >= 8 * bad, bad

    if not mostly_utf8(data[:1_000_000])[0]:  # the common case (GB18030): decided on a sample
        return
    ok, damaged = mostly_utf8(data)
    if ok:
        line = data.count(b"\n", 0, exc.start) + 1
        more = f", and {damaged - 1} more bad sequence(s) after it" if damaged > 1 else ""
        raise InputError(path, f"not valid UTF-8 at byte {exc.start} (line {line}{more}) though "
                               f"UTF-8 elsewhere: the file is damaged there")


@functools.lru_cache(maxsize=1)
def common_chinese_characters(n: int = 1000) -> frozenset[str]:
    """The ``n`` most frequent Chinese characters, weighted by jieba's dictionary counts.

    Used only to tell GB18030 text from other encodings' bytes read as GB18030;
    read once per process (about half a second), only when a non-UTF-8 file is met.
    """
    from collections import Counter

    import jieba

    counts: Counter = Counter()
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split(" ")
            if len(parts) >= 2 and parts[1].isdigit():
                freq = int(parts[1])
                for ch in parts[0]:
                    counts[ch] += freq
    han = [(c, k) for c, k in counts.items() if _HAN_RE.fullmatch(c)]
    han.sort(key=lambda ck: (-ck[1], ck[0]))
    return frozenset(c for c, _ in han[:n])


@functools.lru_cache(maxsize=1)
def _common_re() -> re.Pattern:
    return re.compile("[" + "".join(sorted(common_chinese_characters())) + "]")


def _common_share(text: str) -> float:
    """Share of the Han characters of ``text`` that are among the most frequent."""
    han = _count(_HAN_RE, text)
    return _count(_common_re(), text) / han if han else 0.0


def _sample(text: str, size: int = 10_000) -> str:
    """Beginning, middle and end of a long text: enough to tell an encoding, at any size."""
    if len(text) <= 3 * size:
        return text
    mid = len(text) // 2
    return text[:size] + text[mid:mid + size] + text[-size:]


def _chinese_script(text: str) -> bool:
    """True if ``text``'s non-ASCII characters are Chinese script: mostly Han and CJK or
    full-width punctuation, no kana, no Hangul, no private-use characters."""
    non_ascii = _non_ascii(text)
    if not non_ascii or _PRIVATE_RE.search(text) or _KANA_RE.search(text) or _HANGUL_RE.search(text):
        return False
    return _count(_CJK_TEXT_RE, text) / non_ascii >= 0.5


def _fits(text: str, lang: str) -> float:
    """How well decoded ``text`` reads as ``lang`` (0 = not at all)."""
    text = _sample(text)
    if lang == "zh":
        return _common_share(text) if _chinese_script(text) else 0.0
    non_ascii = _non_ascii(text)
    if non_ascii < _MIN_EVIDENCE or _PRIVATE_RE.search(text):
        return 0.0
    kana, hangul = _count(_KANA_RE, text) / non_ascii, _count(_HANGUL_RE, text) / non_ascii
    if lang == "ja":
        return kana if kana >= 0.1 and hangul == 0 else 0.0
    return hangul if hangul >= 0.7 and kana == 0 else 0.0


def _decode_legacy(data: bytes, path) -> str:
    """GB18030 if the bytes read as Chinese in it; else an error naming what they are."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    share = 0.0
    if text is not None:
        sample = _sample(text)
        unassigned = any(unicodedata.category(c) == "Cn" for c in set(sample) if ord(c) > 0x7F)
        if not unassigned and _chinese_script(sample):
            share = _common_share(sample)
            if share >= _MIN_COMMON_SHARE or _count(_HAN_RE, sample) < _MIN_EVIDENCE:
                return text
    # Japanese first: its kana are unmistakable, while Japanese bytes read as
    # EUC-KR also give Hangul; then Korean; Big5 last, and only if it reads as
    # Chinese clearly better than GB18030 did.
    best = None
    for codec, name, language, lang in _OTHER_ENCODINGS:
        if best is not None and best[3] != lang:
            break
        try:
            other = data.decode(codec)
        except UnicodeDecodeError:
            continue
        fit = _fits(other, lang)
        # Big5 is scored with the (simplified) frequency list, which covers
        # Traditional text less well (0.35-0.8 on the dev set): a lower bar, but
        # clearly above what the GB18030 reading got.
        if lang == "zh" and fit < max(0.3, share + 0.1):
            continue
        if fit > 0 and (best is None or fit > best[0]):
            best = (fit, name, language, lang)
    if best is not None:
        raise _other_encoding(path, best[1], best[2])
    if text is None:
        err = None
        try:
            data.decode("gb18030")
        except UnicodeDecodeError as exc:
            err = exc
        where = f" (undecodable byte 0x{data[err.start]:02x} at offset {err.start})" if err else ""
        high = len(data) - len(data.translate(None, bytes(range(0x80, 0x100))))
        latin = "; perhaps Latin-1 or Windows-1252" if high * 5 < len(data) else ""
        raise InputError(path, "unknown encoding: not UTF-8, not UTF-16/32 with a BOM, not "
                               f"GB18030/GBK, Big5, Shift-JIS, EUC-JP or EUC-KR{where}{latin}")
    raise InputError(path, "unknown encoding: not UTF-8, and as GB18030 it is not Chinese "
                           "text (perhaps Latin-1 or Windows-1252); save it as UTF-8")


def normalize_newlines(text: str) -> str:
    """Return ``text`` with CRLF and lone CR line endings turned into LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: str | os.PathLike) -> str:
    """Read and decode one text file (see :func:`decode_bytes`).

    Raises :class:`InputError` naming the file if it is missing, a folder, a
    FIFO or device, too large, unreadable, empty, binary or in an unsupported
    encoding.
    """
    return read_text_with_encoding(path)[0]


def read_text_with_encoding(path: str | os.PathLike) -> tuple[str, str]:
    """Like :func:`read_text`, also returning the detected encoding's name."""
    return decode_bytes(_read_bytes(path), path)


_FILE_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
               (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _read_bytes(path: str | os.PathLike, max_bytes: int | None = None) -> bytes:
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


def sha256_file(path: str | os.PathLike) -> str:
    """Hex SHA-256 of a file's bytes (the manifest's ``sha256`` column)."""
    return hashlib.sha256(_read_bytes(path)).hexdigest()


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
    df.attrs.update(manifest=str(mpath), columns=list(columns), lines=list(lines))
    return df


def _parse_manifest(folder, manifest) -> tuple[Path, list[str], list[list[str]], list[int]]:
    """The checked manifest as (path, named columns, rows of values, line numbers)."""
    mpath = Path(manifest) if manifest is not None else Path(folder) / MANIFEST_NAME
    text = read_text(mpath)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise InputError(mpath, f"manifest has no readable header ({exc})") from None
    columns = [c.strip() for c in header]
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
        values = [v.strip() for v in raw]
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


def _progress(iterable, total: int, desc: str, minimum: int = 20):
    """A progress bar on an interactive terminal (stderr); the iterable itself otherwise.

    Tests, pipes, ``make`` logs and notebooks get no bar and no stray characters.
    Uses the shared :mod:`zhframe.progress` helper when it is there.
    """
    try:
        from zhframe.progress import progress  # the shared helper, when present
        return progress(iterable, total=total, desc=desc)
    except (ImportError, AttributeError, TypeError):
        pass
    import sys

    if total < minimum or not sys.stderr.isatty():
        return iterable
    try:
        from tqdm import tqdm
    except ImportError:
        return iterable
    return tqdm(iterable, total=total, desc=desc, unit="file", leave=False)


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
        outside the folder, a listed file that is missing, not a regular
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
    encodings, texts = [], []
    todo = [(p, r[col["sha256"]], r[col["doc_id"]]) for p, r in zip(paths, rows)]
    for path, expected, doc_id in _progress(todo, len(todo), "reading corpus"):
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
