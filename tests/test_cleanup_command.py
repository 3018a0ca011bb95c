"""Tests for ``python -m zhframe clean`` (zhframe.run.commands.clean)."""

from __future__ import annotations

import json
import subprocess
import sys

from cleanup_common import KAIZHOU, ROOT, SEEDS

def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "zhframe", "clean", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT)


def test_command_prints_json_lines_and_rejects_bad_input(tmp_path):
    done = _cli(str(SEEDS / "001_33add8617030deb4.txt"))
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert records[0]["doc"] == "001_33add8617030deb4.txt" and records[0]["kind"] == "title"
    assert {"doc", "kind", "text", "spans", "fragment", "rule", "block"} <= set(records[0])
    assert any(r["fragment"] == "start" for r in records) and records[0]["fragment"] is None
    start, end = records[0]["spans"][0]
    assert KAIZHOU[start:end] == "在“向史而新”中凝聚奋进力量"
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    for bad in (binary, tmp_path / "missing.txt"):
        done = _cli(str(bad))
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr.count("\n") == 1 and bad.name in done.stderr
