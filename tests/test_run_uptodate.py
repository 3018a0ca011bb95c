"""A rerun into the same OUT executes only what changed (zhframe.run.uptodate)."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import nbformat
import pytest

from zhframe.run import uptodate
from zhframe.run.notebooks import run_all


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    rows = []
    for i, grp in enumerate(("甲", "乙")):
        name = f"a{i}.txt"
        (folder / name).write_text(f"第{i}篇。党史学习教育在{grp}地开展。\n", encoding="utf-8")
        rows.append({"file": name, "grp": grp})
    with open(folder / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "grp"])
        w.writeheader()
        w.writerows(rows)
    return folder


# Each run of a notebook writes a figure whose bytes differ from any earlier run's, so a
# notebook that ran again is told apart from one that was skipped.
BODY = ("import os, time\nos.makedirs(FIGURES_DIR, exist_ok=True)\n"
        "name = os.path.join(FIGURES_DIR, NUMBER + '_stamp.txt')\n"
        "open(name, 'w').write(str(time.time_ns()))\nprint(sorted(os.listdir(CORPUS_DIR)))")


def _notebooks(folder: Path) -> Path:
    from tiny_notebooks import tiny_notebooks

    return tiny_notebooks(folder, BODY)


def _stamps(out: Path) -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted((out / "figures").glob("*_stamp.txt"))}


@pytest.mark.slow
def test_a_rerun_executes_only_what_changed(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ZHFRAME_CACHE_DIR", str(tmp_path / "cache"))
    nbdir, corpus, out = _notebooks(tmp_path / "proj"), _corpus(tmp_path / "c"), tmp_path / "o"
    run = dict(corpus=str(corpus), group_by="grp", out=str(out), jobs=1)
    run_all(nbdir, **run)
    first = _stamps(out)
    assert set(first) == {"00_stamp.txt", "01_stamp.txt"}
    capsys.readouterr()

    run_all(nbdir, **run)  # nothing changed: nothing runs, nothing is rewritten
    assert _stamps(out) == first
    assert "up to date" in capsys.readouterr().out

    nb = nbformat.read(nbdir / "01_b.ipynb", as_version=4)  # one notebook edited
    nb.cells.append(nbformat.v4.new_code_cell("1 + 1"))
    nbformat.write(nb, nbdir / "01_b.ipynb")
    run_all(nbdir, **run)
    second = _stamps(out)
    assert second["00_stamp.txt"] == first["00_stamp.txt"]
    assert second["01_stamp.txt"] != first["01_stamp.txt"]

    (out / "figures" / "00_stamp.txt").unlink()  # an output deleted
    run_all(nbdir, **run)
    third = _stamps(out)
    assert "00_stamp.txt" in third and third["01_stamp.txt"] == second["01_stamp.txt"]

    (corpus / "a0.txt").write_text("第0篇。内容变了。\n", encoding="utf-8")  # the corpus changed
    run_all(nbdir, **run)
    fourth = _stamps(out)
    assert all(fourth[k] != third[k] for k in fourth)

    run_all(nbdir, **run, force=True)  # --force
    assert all(v != fourth[k] for k, v in _stamps(out).items())

    run_all(nbdir, **run, engine="dask")  # the engine does not change results: still up to date
    assert "up to date" in capsys.readouterr().out


def test_a_corpus_digest_follows_content_not_times(tmp_path):
    corpus = _corpus(tmp_path / "c")
    before = uptodate.folder_digest(corpus)
    os.utime(corpus / "a0.txt", (1, 1))
    assert uptodate.folder_digest(corpus) == before
    (corpus / ".hidden-cache").write_text("x")
    assert uptodate.folder_digest(corpus) == before
    (corpus / "a0.txt").write_text("第0篇。党史学习教育在甲地开展！\n", encoding="utf-8")
    assert uptodate.folder_digest(corpus) != before
    (corpus / "a0.txt").rename(corpus / "b0.txt")
    assert uptodate.folder_digest(corpus) not in (before,)


def test_keys_hold_the_design_but_not_the_engine(tmp_path):
    nb = tmp_path / "00_a.ipynb"
    nb.write_text("{}")
    shared = "0" * 64
    key = uptodate.notebook_key(shared, nb, {"GROUP_BY": "grp"})
    assert key == uptodate.notebook_key(shared, nb, {"GROUP_BY": "grp", "ENGINE": "dask",
                                                     "SCHEDULER": "tcp://x:1"})
    assert key != uptodate.notebook_key(shared, nb, {"GROUP_BY": "grp", "TARGET": "甲"})
    assert key != uptodate.notebook_key("1" * 64, nb, {"GROUP_BY": "grp"})
    nb.write_text("{ }")
    assert key != uptodate.notebook_key(shared, nb, {"GROUP_BY": "grp"})


def test_a_recorded_run_is_current_only_while_its_outputs_are_untouched(tmp_path, monkeypatch):
    out = tmp_path / "o"
    (out / "figures").mkdir(parents=True)
    (out / "notebooks").mkdir()
    (out / "notebooks" / "03_k.ipynb").write_text("nb")
    (out / "figures" / "03_x.png").write_bytes(b"png")
    uptodate.record_runs(out, {"03_k.ipynb": "key"})
    record = uptodate.read_record(out)
    assert uptodate.is_current(record, out, "03_k.ipynb", "key")
    assert not uptodate.is_current(record, out, "03_k.ipynb", "other key")
    assert not uptodate.is_current(record, out, "04_t.ipynb", "key")
    (out / "figures" / "03_x.png").write_bytes(b"png!")  # edited
    assert not uptodate.is_current(record, out, "03_k.ipynb", "key")
    (out / "figures" / "03_x.png").write_bytes(b"png")
    (out / "figures" / "03_y.png").write_bytes(b"new")  # a figure of its number added
    assert not uptodate.is_current(record, out, "03_k.ipynb", "key")
    (out / "figures" / "03_y.png").unlink()
    assert uptodate.is_current(record, out, "03_k.ipynb", "key")
    uptodate.forget(out, ["03_k.ipynb"])
    assert not uptodate.is_current(uptodate.read_record(out), out, "03_k.ipynb", "key")
    (out / uptodate.RECORD_NAME).write_text("[not a record")
    assert uptodate.read_record(out) == {}


def test_a_first_run_starts_the_longest_notebooks_first(tmp_path, monkeypatch):
    from zhframe.run.notebooks import find_notebooks, longest_first

    monkeypatch.setenv("ZHFRAME_CACHE_DIR", str(tmp_path / "cache"))  # no timings of its own
    order = [p.name[:2] for p in longest_first(find_notebooks(Path(__file__).resolve().parents[1] / "notebooks"))]
    assert order[:2] == ["04", "06"] and order[-1] == "00"
    nbdir = _notebooks(tmp_path / "proj")  # notebooks of other names: largest first
    (nbdir / "01_b.ipynb").write_text((nbdir / "01_b.ipynb").read_text() + " " * 5000)
    assert [p.name for p in longest_first(find_notebooks(nbdir))] == ["01_b.ipynb", "00_a.ipynb"]


def test_the_synthesis_starts_half_way_down_the_queue(tmp_path, monkeypatch):
    from zhframe.run.notebooks import find_notebooks, queue_order

    monkeypatch.setenv("ZHFRAME_CACHE_DIR", str(tmp_path / "cache"))
    order = [p.name[:2] for p in queue_order(find_notebooks(Path(__file__).resolve().parents[1] / "notebooks"))]
    assert order == ["04", "05", "03", "06", "02", "01", "00"]
