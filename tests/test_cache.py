"""Tests of zhframe.infra.cache: keys follow the code, bad rows are misses, failures are quiet."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from zhframe.infra import cache
from zhframe.infra.cache import DiskCache, code_version, source_fingerprint

ROOT = Path(__file__).resolve().parents[1]


def test_code_version_is_stable_and_hex():
    assert code_version() == code_version()
    assert len(code_version()) == 64 and int(code_version(), 16) >= 0


def _version_of_copy(pkg: Path) -> str:
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from zhframe.infra.cache import code_version;"
            " print(code_version())")
    res = subprocess.run([sys.executable, "-c", code, str(pkg.parent)], capture_output=True,
                         text=True, check=True)
    return res.stdout.strip()


def test_any_edit_anywhere_in_the_package_changes_the_version(tmp_path):
    """The tokenizer, a subpackage module or a data file: each edit gives new keys."""
    src = ROOT / "src" / "zhframe"
    pkg = tmp_path / "zhframe"
    shutil.copytree(src, pkg, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
    base = _version_of_copy(pkg)
    seen = {base}
    for rel in ["tokenize/tokenizer.py", "rhetoric/__init__.py", "data/user_dict.txt"]:
        target = pkg / rel
        original = target.read_bytes()
        target.write_bytes(original + b"\n# edit\n")
        seen.add(_version_of_copy(pkg))
        target.write_bytes(original)
    assert len(seen) == 4
    assert _version_of_copy(pkg) == base  # and only the bytes count, not the mtime


def test_source_fingerprint_includes_the_package_version(monkeypatch):
    before = source_fingerprint("zhframe.cleanup")
    source_fingerprint.cache_clear()
    monkeypatch.setattr(cache, "code_version", lambda: "0" * 64)
    try:
        assert source_fingerprint("zhframe.cleanup") != before
    finally:
        source_fingerprint.cache_clear()


def test_disk_cache_keys_are_prefixed_with_the_code_version(tmp_path, monkeypatch):
    store = DiskCache(tmp_path, "t.sqlite")
    store.put({"k": [1, 2]})
    assert store.get(["k", "other"]) == {"k": [1, 2]}
    # Entries written by other code are never read.
    monkeypatch.setattr(cache, "code_version", lambda: "f" * 64)
    assert store.get(["k"]) == {}


@pytest.mark.parametrize("raw", [False, True])
def test_null_and_garbage_rows_are_misses(tmp_path, raw):
    store = DiskCache(tmp_path, "t.sqlite", raw=raw)
    store.put({"good": "v" if raw else {"a": 1}})
    prefix = code_version()[:16]
    con = sqlite3.connect(store.path)
    with con:
        con.execute("INSERT INTO cache VALUES (?, NULL)", (prefix + "null",))
        con.execute("INSERT INTO cache VALUES (?, ?)", (prefix + "bytes", b"\x00\x01"))
        con.execute("INSERT INTO cache VALUES (?, ?)", (prefix + "json", "{not json"))
        con.execute("INSERT INTO cache VALUES (?, ?)", (prefix + "jnull", "null"))
    con.close()
    found = store.get(["good", "null", "bytes", "json", "jnull"])
    if raw:  # raw values are not JSON: only NULL and non-text rows are misses
        assert found == {"good": "v", "json": "{not json", "jnull": "null"}
    else:
        assert found == {"good": {"a": 1}}


def test_corrupt_file_is_a_miss_and_warned_once(tmp_path, caplog):
    path = tmp_path / "t.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    store = DiskCache(tmp_path, "t.sqlite")
    with caplog.at_level("WARNING", logger="zhframe.infra.cache"):
        for _ in range(3):
            assert store.get(["a"]) == {}
            store.put({"a": 1})
    assert len([r for r in caplog.records if "unreadable" in r.getMessage()]) == 1
    assert len([r for r in caplog.records if "not written" in r.getMessage()]) == 1


def test_unwritable_cache_folder_only_costs_time(tmp_path, caplog):
    (tmp_path / "file").write_text("x")
    store = DiskCache(tmp_path / "file" / "sub", "t.sqlite")  # cannot be created, even by root
    with caplog.at_level("WARNING", logger="zhframe.infra.cache"):
        store.put({"a": 1})
        store.put({"b": 1})
        assert store.get(["a"]) == {}
    assert len(caplog.records) == 1
    assert "not written" in caplog.records[0].getMessage()
