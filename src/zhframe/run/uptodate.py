"""Whether a run's notebooks are up to date: what ``make`` does for files, done for a study.

A rerun of ``make figures CORPUS=... OUT=...`` with nothing changed should cost little more
than checking that nothing changed. After each notebook a run executes into ``OUT``, the run
records (in ``OUT/.zhframe-run.json``) a key of everything the notebook's outputs depend on,
and the SHA-256 of each output it wrote (the executed notebook, its ``NN_*`` figures). A later
run skips a notebook when its key is the same and every recorded output is still there,
byte for byte; anything else (an edited notebook, a changed corpus file, dictionary, code or
library version, a deleted or edited figure) runs it again. ``--force`` (``FORCE=1``) runs
everything.

The key holds: the notebook file's bytes; the parameters injected (the design: corpus,
manifest, column, target, time column, output folder); the corpus folder's every file
(relative path and bytes: a content hash, because copies and checkouts change modification
times without changing content); the manifest's bytes when it lies outside the corpus; the
run's dictionaries and stopword files (``ZHFRAME_DICT``/``ZHFRAME_STOPWORDS``, by content);
the package's code version (:func:`zhframe.infra.cache.code_version`); and Python's and every
installed distribution's version. Not in it: the engine and scheduler (results are identical
on every engine, a tested property), ``--jobs`` and the cell limit.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

#: The record of the last run into an output folder (hidden: never cleared as a result).
RECORD_NAME = ".zhframe-run.json"
#: The record's entry for the run's tables (``OUT/tables``), written after the notebooks.
TABLES = "tables"


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def folder_digest(folder: str | os.PathLike) -> str:
    """SHA-256 over every file under ``folder`` (relative POSIX path and content digest), in
    sorted order; hidden files and folders (caches, editor files) are left out."""
    root = Path(folder)
    h = hashlib.sha256()
    if not root.is_dir():
        return "missing"
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(f for f in filenames if not f.startswith(".")):
            path = Path(dirpath) / name
            try:
                digest = _file_digest(path)
            except OSError:
                digest = "unreadable"
            h.update(path.relative_to(root).as_posix().encode("utf-8", "surrogatepass") + b"\0")
            h.update(digest.encode() + b"\0")
    return h.hexdigest()


def _env_files(name: str) -> list[str]:
    digests = []
    for raw in os.environ.get(name, "").split(os.pathsep):
        if raw:
            try:
                digests.append(_file_digest(Path(raw)))
            except OSError:
                digests.append(f"missing:{raw}")
    return digests


def _libraries() -> str:
    from importlib.metadata import distributions

    names = sorted({f"{d.metadata['Name']}=={d.version}" for d in distributions()
                    if d.metadata and d.metadata["Name"]}, key=str.lower)
    return f"python {sys.version}\n" + "\n".join(names)


def run_inputs(corpus: str | os.PathLike, manifest: str | os.PathLike | None = None) -> str:
    """The key part every notebook of a run shares: corpus content, manifest, dictionaries,
    stopwords, code and library versions (one hex digest)."""
    from zhframe.infra.cache import code_version

    parts = {
        "corpus": folder_digest(corpus),
        "manifest": _file_digest(Path(manifest)) if manifest and Path(manifest).is_file() else "",
        "dict": _env_files("ZHFRAME_DICT"),
        "stopwords": _env_files("ZHFRAME_STOPWORDS"),
        "code": code_version(),
        "libraries": hashlib.sha256(_libraries().encode()).hexdigest(),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def notebook_key(shared: str, notebook: str | os.PathLike | None, params: dict | None) -> str:
    """The key of one notebook: ``shared`` (:func:`run_inputs`), the notebook file's bytes and
    its parameters without the engine and scheduler (which do not change results). With no
    notebook, the key of what the run writes besides notebooks (its tables)."""
    design = {k: v for k, v in (params or {}).items() if k not in ("ENGINE", "SCHEDULER")}
    h = hashlib.sha256(shared.encode() + b"\0")
    h.update((_file_digest(Path(notebook)) if notebook is not None else TABLES).encode() + b"\0")
    h.update(json.dumps(design, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()


def read_record(out: str | os.PathLike) -> dict:
    """The record of the last run into ``out``; empty when missing or unreadable."""
    try:
        data = json.loads((Path(out) / RECORD_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def outputs_of(out: str | os.PathLike, number: str) -> list[Path]:
    """The files a notebook numbered ``number`` ("03") left in ``out``: its executed copy and
    its ``NN_*`` figures, sorted; for ``number`` "tables", every file under ``out/tables``."""
    from zhframe.run.outputs import OWN_NAME

    if number == TABLES:
        folder = Path(out) / TABLES
        return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
    found = []
    for sub in ("notebooks", "figures"):
        folder = Path(out) / sub
        if folder.is_dir():
            found.extend(p for p in folder.iterdir()
                         if p.name[:2] == number and OWN_NAME.match(p.name) and p.is_file())
    return sorted(found)


def _number(name: str) -> str:
    return TABLES if name == TABLES else name[:2]


def is_current(record: dict, out: str | os.PathLike, name: str, key: str) -> bool:
    """Whether notebook ``name``'s recorded run has ``key`` and its outputs are all still
    there, unchanged, with no output of its number added since."""
    entry = record.get(name)
    if not isinstance(entry, dict) or entry.get("key") != key:
        return False
    files = entry.get("outputs")
    if not isinstance(files, dict) or not files:
        return False
    present = {p.relative_to(out).as_posix(): p for p in outputs_of(out, _number(name))}
    if set(present) != set(files):
        return False
    try:
        return all(_file_digest(present[rel]) == digest for rel, digest in files.items())
    except OSError:
        return False


def record_runs(out: str | os.PathLike, done: dict[str, str]) -> None:
    """Add ``done`` (notebook name -> key) with each notebook's outputs' digests to the record
    of ``out`` (written atomically; a run that cannot write it only loses the shortcut)."""
    from zhframe.infra.files import write_text_atomic

    out = Path(out)
    record = read_record(out)
    for name, key in sorted(done.items()):
        try:
            record[name] = {"key": key, "outputs": {
                p.relative_to(out).as_posix(): _file_digest(p) for p in outputs_of(out, _number(name))}}
        except OSError:
            record.pop(name, None)
    try:
        write_text_atomic(out / RECORD_NAME, json.dumps(record, indent=1, sort_keys=True) + "\n")
    except OSError:
        pass


def forget(out: str | os.PathLike, names: list[str]) -> None:
    """Drop ``names`` from the record before they run again, so a run stopped half-way never
    leaves an old key beside new outputs."""
    from zhframe.infra.files import write_text_atomic

    record = read_record(out)
    if any(n in record for n in names):
        for n in names:
            record.pop(n, None)
        try:
            write_text_atomic(Path(out) / RECORD_NAME, json.dumps(record, indent=1, sort_keys=True) + "\n")
        except OSError:
            pass
