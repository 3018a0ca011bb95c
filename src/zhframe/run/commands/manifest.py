"""``python -m zhframe manifest DIR``: write or update ``DIR/manifest.csv`` from the files in it.

A folder of saved pages becomes a corpus without a hand-typed hash: every article file
(``.txt``, ``.html``, ``.htm`` by default, in subfolders too, except the ``*_files`` folders
a browser saves a page's images and scripts in) gets a row with ``doc_id`` (its path
without the extension, ``/`` as ``-``), ``file``, ``sha256`` and what the page itself states:
``title`` (the cleanup's title block), ``date`` and ``source``
(:func:`zhframe.cleanup.article_metadata`, from the page's 发布时间/来源 furniture). Traditional
pages are read through their simplified form (:func:`zhframe.tokenize.script.to_simplified`),
the values kept in the page's own characters (title, source).

An existing manifest is updated, never overwritten:

- a value a researcher filled in is never changed; only an empty ``title``/``date``/``source``
  cell is filled, and every other column (district, outlet...) is kept as it is, new files
  getting it empty;
- a listed file whose bytes changed (its sha256 differs) stops the command with one line per
  such file, unless ``--rehash`` is given (then its sha256 is updated: say so in your notes,
  results computed before no longer describe that file);
- a listed file that is gone stops the command with one line per file (remove its row by hand:
  nothing is dropped silently).

A file that cannot be read as an article (binary, empty, undecodable) gets one error line
naming it and the problem and is left out; the manifest is still written for the others and
the exit status is 1. Rows are sorted by ``file``; the file is written through a temporary file
and a rename, UTF-8 with a BOM (spreadsheets then open the Chinese correctly; the corpus
reader accepts it). ``--dry-run`` prints the manifest instead of writing it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import sys
import tempfile
from pathlib import Path

from zhframe.infra.errors import InputError

#: Columns the command writes for every file, in order.
COLUMNS = ("doc_id", "file", "sha256", "title", "date", "source")
#: Columns it may fill (only where empty).
FILLED = ("title", "date", "source")
#: File names in a corpus folder that are never articles.
NOT_ARTICLES = {"manifest.csv", "dictionary.txt", "stopwords.txt", "readme.txt", "readme.md"}


def add_arguments(parser) -> None:
    parser.add_argument("folder", help="corpus folder (the manifest is FOLDER/manifest.csv)")
    parser.add_argument("--ext", default="txt,html,htm",
                        help="file name endings of articles, comma-separated (default: txt,html,htm)")
    parser.add_argument("--rehash", action="store_true",
                        help="accept files whose bytes changed since the manifest was written (update sha256)")
    parser.add_argument("--dry-run", action="store_true", help="print the manifest on stdout, write nothing")


def article_files(folder: str | os.PathLike, exts=("txt", "html", "htm")) -> list[str]:
    """Paths (relative, ``/``-separated, sorted) of the article files under ``folder``:
    names ending in one of ``exts`` (any case), hidden files and folders, ``*_files`` asset
    folders and :data:`NOT_ARTICLES` left out."""
    root = Path(folder)
    ends = tuple("." + e.lower().lstrip(".") for e in exts)
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not d.endswith("_files"))
        for name in filenames:
            if name.startswith(".") or name.lower() in NOT_ARTICLES or not name.lower().endswith(ends):
                continue
            out.append((Path(dirpath) / name).relative_to(root).as_posix())
    return sorted(out)


def doc_id_for(file: str, taken: set[str]) -> str:
    """A doc_id for ``file``: its path without the extension, ``/`` as ``-``; with the
    extension when that is taken (a.txt beside a.html); then numbered."""
    stem = file.rsplit(".", 1)[0] if "." in Path(file).name else file
    for candidate in (stem.replace("/", "-"), file.replace("/", "-")):
        if candidate not in taken:
            return candidate
    n = 2
    while f"{file.replace('/', '-')}-{n}" in taken:
        n += 1
    return f"{file.replace('/', '-')}-{n}"


def page_fields(text: str) -> dict[str, str]:
    """``title``, ``date``, ``source`` an article's text states ("" where it states none)."""
    from zhframe.cleanup import article_metadata, clean_article
    from zhframe.tokenize.script import to_simplified

    conv = to_simplified(text)
    blocks = clean_article(conv.text)
    meta = article_metadata(blocks)
    title = ""
    titles = blocks[blocks["kind"] == "title"]
    if len(titles):
        row = titles.iloc[0]
        spans = list(row["spans"])
        title = conv.original[conv.original_offset(spans[0][0]):conv.original_offset(spans[-1][1])] \
            if conv.changed and spans else row["text"]
        title = " ".join(title.split())
    source = meta.get("source") or ""
    if conv.changed and source and source in conv.text:  # the page's own characters (北碚報)
        i = conv.text.index(source)
        source = conv.original_substring(i, i + len(source))
    return {"title": title, "date": meta.get("date") or "", "source": source}


def read_article(path: Path) -> tuple[str, str]:
    """``(sha256, text)`` of an article file, decoded as the corpus loader does
    (:func:`zhframe.corpus.decode_bytes`: a web page gives its article's text)."""
    from zhframe.corpus import MAX_FILE_BYTES, decode_bytes

    if path.stat().st_size > MAX_FILE_BYTES:
        raise InputError(path, f"too large (at most {MAX_FILE_BYTES // 2**20} MB per file)")
    data = path.read_bytes()
    text, _ = decode_bytes(data, path)
    return hashlib.sha256(data).hexdigest(), text


def build_manifest(folder, exts=("txt", "html", "htm"), rehash: bool = False):
    """The updated manifest of ``folder``: ``(columns, rows, errors, refused)``.

    ``rows`` are dicts sorted by ``file``; ``errors`` one line per unreadable file (left out);
    ``refused`` one line per listed file that changed (without ``rehash``) or is gone: when it
    is not empty the manifest must not be written.
    """
    from zhframe.corpus import MANIFEST_NAME, article_path, read_manifest

    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(folder, "corpus folder not found" if not folder.exists()
                         else "is a file, not a corpus folder")
    mpath = folder / MANIFEST_NAME
    columns, old = list(COLUMNS), {}
    if mpath.exists():
        existing = read_manifest(folder)
        columns = list(existing.attrs["columns"]) + [c for c in COLUMNS if c not in existing.attrs["columns"]]
        old = {r["file"]: r for r in existing.to_dict("records")}
    errors, refused, rows = [], [], []
    taken = {r["doc_id"] for r in old.values()}
    files = sorted(set(article_files(folder, exts)) | set(old))
    for file in files:
        path = folder / file
        if file in old:
            try:  # the manifest may name a file outside the folder: never open it
                path = article_path(folder, file, mpath, f"doc_id {old[file]['doc_id']}: ")
            except InputError as exc:
                refused.append(str(exc))
                continue
        if file in old and not path.is_file():
            refused.append(f"{mpath}: {file} (doc_id {old[file]['doc_id']}) is listed but not found; "
                           "remove its row or put the file back")
            continue
        try:
            digest, text = read_article(path)
        except InputError as exc:
            (refused if file in old else errors).append(str(exc))
            continue
        except OSError as exc:
            (refused if file in old else errors).append(f"{path}: cannot be read ({exc.strerror or exc})")
            continue
        row = dict.fromkeys(columns, "")
        if file in old:
            row.update({k: str(v) for k, v in old[file].items() if k in columns})
            if row["sha256"].lower() != digest:
                if not rehash:
                    refused.append(f"{path}: sha256 {digest} does not match the manifest's {row['sha256']} "
                                   f"(doc_id {row['doc_id']}): the file changed; run with --rehash to accept it")
                    continue
                row["sha256"] = digest
        else:
            row.update(doc_id=doc_id_for(file, taken), file=file, sha256=digest)
            taken.add(row["doc_id"])
        if any(not row[c] for c in FILLED):
            try:
                found = page_fields(text)
            except ValueError as exc:  # nothing to clean: state nothing
                errors.append(f"{path}: {exc}")
                found = {}
            for c in FILLED:
                if not row[c]:
                    row[c] = found.get(c, "")
        rows.append(row)
    return columns, sorted(rows, key=lambda r: r["file"]), errors, refused


def manifest_bytes(columns, rows) -> bytes:
    """The manifest as written: UTF-8 with BOM, comma-separated, LF line ends."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for r in rows:
        writer.writerow([r.get(c, "") for c in columns])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def run(args) -> int:
    from zhframe.corpus import MANIFEST_NAME

    exts = tuple(e.strip() for e in args.ext.split(",") if e.strip())
    columns, rows, errors, refused = build_manifest(args.folder, exts, args.rehash)
    for line in refused + errors:
        print(f"zhframe: {line}", file=sys.stderr)
    if refused:
        print(f"zhframe: {Path(args.folder) / MANIFEST_NAME}: left unchanged ({len(refused)} problem(s) above)",
              file=sys.stderr)
        return 2
    if not rows:
        raise InputError(args.folder, f"no article files ({', '.join('*.' + e for e in exts)}) to list")
    data = manifest_bytes(columns, rows)
    if args.dry_run:
        sys.stdout.write(data.decode("utf-8").lstrip("\ufeff"))
    else:
        target = Path(args.folder) / MANIFEST_NAME
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".manifest.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        print(f"zhframe manifest: {len(rows)} article(s) in {target}"
              + (f"; {len(errors)} file(s) left out (above)" if errors else ""), file=sys.stderr)
    return 1 if errors else 0
