"""Executes every notebook: on the seeds, and on a composed three-group corpus.

Both runs write into temporary folders, so the committed notebooks and figures
are not rewritten by the test suite. The seeds run is also compared with the
committed figures: identical bytes mean the figures are reproducible and up
to date with the code (run `make figures` after changing an analysis).
"""

from __future__ import annotations

import ast
import csv
import hashlib
import re
import struct
from pathlib import Path

import nbformat
import pytest

from zhframe.report import readme as synthesis
from zhframe.run.notebooks import PARAMETERS, find_notebooks, run_all

ROOT = Path(__file__).resolve().parents[1]


def _errors(path: Path) -> list[str]:
    nb = nbformat.read(path, as_version=4)
    return [f"{o.get('ename')}: {o.get('evalue')}" for c in nb.cells if c.cell_type == "code"
            for o in c.get("outputs", []) if o.get("output_type") == "error"]


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds_run")
    done = run_all(ROOT / "notebooks", corpus=str(ROOT / "seeds"), out=str(out), jobs=2)
    return out, done


def test_every_notebook_executes_on_the_seeds(seeds_run):
    out, done = seeds_run
    assert [p.name for p in done] == [p.name for p in find_notebooks(ROOT / "notebooks")]
    for path in done:
        assert not _errors(path), f"{path.name}: {_errors(path)[0]}"
        assert "papermill" not in nbformat.read(path, as_version=4).metadata
    assert list((out / "figures").glob("*.png")), "notebooks wrote no figure"


def test_committed_figures_are_exactly_what_the_notebooks_produce(seeds_run):
    out, _ = seeds_run
    produced = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted((out / "figures").iterdir()) if p.suffix in (".png", ".svg")}
    committed = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                 for p in sorted((ROOT / "figures").iterdir()) if p.suffix in (".png", ".svg")}
    assert sorted(produced) == sorted(committed), "figure names differ: run `make figures`"
    stale = [name for name in produced if produced[name] != committed[name]]
    assert not stale, f"figures differ from a fresh run (not reproducible, or stale): {stale}"


def test_committed_notebooks_are_executed_and_error_free():
    for path in find_notebooks(ROOT / "notebooks"):
        nb = nbformat.read(path, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert all(c.get("execution_count") for c in code), f"{path.name} is not executed"
        assert not _errors(path), f"{path.name} was committed with an error"
        assert not any("injected-parameters" in c.metadata.get("tags", []) for c in nb.cells)


#: The parameters every notebook starts with (papermill convention); a notebook may add its own after them.
COMMON_PARAMETERS = '''# Parameters (papermill convention): `make figures CORPUS=... BY=... TARGET=... TIME=... OUT=...` overrides them.
CORPUS_DIR = "../seeds"
MANIFEST = None  # None: CORPUS_DIR/manifest.csv
GROUP_BY = "district"
TARGET = None    # None: the first of two groups; with more, every group against the rest
TIME = None      # a date column for trends over time (None: no time design)
FIGURES_DIR = "../figures"
# The study's settings, the same in every notebook, so that each reads what another computed.
N_BOOT = 1000    # bootstrap replicates
SEED = 0         # random state of every resample
ALPHA = 0.05     # false discovery rate at which a difference holds up
N_NULL = 100     # random relabellings behind the measured null
ENGINE = "local" # "dask": the expensive steps on a Dask cluster (SCHEDULER's, else one on this machine)
SCHEDULER = None # a Dask scheduler's address, e.g. "tcp://10.0.0.5:8786"'''


def test_every_notebook_opens_with_the_same_parameters_cell():
    # the run layer injects a subset; the study's settings are the same in every notebook
    assert set(PARAMETERS) <= set(re.findall(r"^([A-Z_]+) =", COMMON_PARAMETERS, flags=re.M))
    for path in find_notebooks(ROOT / "notebooks"):
        code = [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
        tagged = [c for c in code if "parameters" in c.metadata.get("tags", [])]
        assert len(tagged) == 1 and tagged[0] is code[0], f"{path.name}: first code cell must be the parameters cell"
        source = tagged[0].source
        assert source == COMMON_PARAMETERS or source.startswith(COMMON_PARAMETERS + "\n"), (
            f"{path.name}: the parameters cell does not start with the common parameters")


def test_notebooks_define_no_functions_classes_or_lambdas():
    banned = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)
    for path in find_notebooks(ROOT / "notebooks"):
        for i, cell in enumerate(nbformat.read(path, as_version=4).cells):
            if cell.cell_type != "code":
                continue
            found = [type(n).__name__ for n in ast.walk(ast.parse(cell.source)) if isinstance(n, banned)]
            assert not found, f"{path.name}, cell {i}: {found} (logic belongs in src/zhframe)"


def _png_chunks(data: bytes) -> set[str]:
    i, chunks = 8, set()
    while i < len(data):
        (n,) = struct.unpack(">I", data[i:i + 4])
        chunks.add(data[i + 4:i + 8].decode("ascii"))
        i += 12 + n
    return chunks


def test_committed_figures_carry_no_timestamps_or_software_stamps():
    for path in sorted((ROOT / "figures").glob("*.png")):
        extra = _png_chunks(path.read_bytes()) & {"tIME", "tEXt", "iTXt", "zTXt"}
        assert not extra, f"{path.name} has metadata chunks {extra}"
    for path in sorted((ROOT / "figures").glob("*.svg")):
        text = path.read_text(encoding="utf-8")
        assert "<dc:date>" not in text and "<dc:creator>" not in text, path.name


def test_readme_findings_are_the_committed_findings():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    committed = (ROOT / "figures" / "06_findings.md").read_text(encoding="utf-8")
    assert synthesis.read_block(readme) == committed, "README findings are stale: run `make figures`"
    for link in re.findall(r"\]\((figures/[^)]+)\)", committed):
        assert (ROOT / link).is_file(), f"the findings link a missing figure: {link}"


def test_committed_findings_are_what_the_notebook_produces(seeds_run):
    out, _ = seeds_run
    fresh = (out / "figures" / "06_findings.md").read_text(encoding="utf-8")
    committed = (ROOT / "figures" / "06_findings.md").read_text(encoding="utf-8")
    # beside the figures the links are relative to them; in the README they start with figures/
    assert fresh == committed.replace("](figures/", "]("), "figures/06_findings.md is stale: run `make figures`"


def _three_group_corpus(folder: Path) -> Path:
    """Six articles from the seeds' paragraphs, two per outlet, in three encodings."""
    from zhframe.corpus import load_corpus

    paragraphs = [p for text in load_corpus(ROOT / "seeds")["text"]
                  for p in text.split("\n") if len(p) > 60]
    folder.mkdir()
    rows = []
    encodings = ["utf-8", "gb18030", "utf-16"]
    for i in range(6):
        body = "\n\n".join(paragraphs[i::6])
        text = f"第{i + 1}篇报道的标题\n\n{body}\n"
        data = text.encode(encodings[i % 3])
        name = f"article_{i}.txt"
        (folder / name).write_bytes(data)
        rows.append({"doc_id": f"a{i}", "file": name, "sha256": hashlib.sha256(data).hexdigest(),
                     "outlet": ["日报", "晚报", "网站"][i % 3], "year": str(2020 + i % 2)})
    with open(folder / "manifest.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return folder


def test_a_researchers_corpus_with_three_groups_gets_every_notebook(tmp_path):
    corpus = _three_group_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    done = run_all(ROOT / "notebooks", corpus=str(corpus), group_by="outlet", out=str(out), jobs=2)
    assert len(done) == len(find_notebooks(ROOT / "notebooks"))
    for path in done:
        assert path.parent == out / "notebooks"
        assert not _errors(path), f"{path.name}: {_errors(path)[0]}"
    assert list((out / "figures").glob("*.png"))
    findings = (out / "figures" / "06_findings.md").read_text(encoding="utf-8")
    assert all(g in findings for g in ("日报", "晚报", "网站")) and "](figures/" not in findings
    # the committed notebooks were not touched by a custom-corpus run
    for path in find_notebooks(ROOT / "notebooks"):
        assert "injected-parameters" not in path.read_text(encoding="utf-8")
    assert "日报" not in (ROOT / "README.md").read_text(encoding="utf-8")


#: A code cell is a few lines that call the package; the parameters cell may list more settings.
MAX_CELL_LINES, MAX_PARAMETER_LINES = 8, 18


def _code_cells(path: Path):
    for i, cell in enumerate(nbformat.read(path, as_version=4).cells):
        if cell.cell_type == "code":
            yield i, cell


def test_notebook_cells_are_short():
    for path in find_notebooks(ROOT / "notebooks"):
        for i, cell in _code_cells(path):
            limit = MAX_PARAMETER_LINES if "parameters" in cell.metadata.get("tags", []) else MAX_CELL_LINES
            n = len(cell.source.strip().splitlines())
            assert n <= limit, f"{path.name}, cell {i}: {n} lines (at most {limit}); move the logic to src/zhframe"


def test_notebooks_import_nothing_private():
    for path in find_notebooks(ROOT / "notebooks"):
        for i, cell in _code_cells(path):
            for node in ast.walk(ast.parse(cell.source)):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom):
                    names = [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
                private = [n for n in names if any(part.startswith("_") for part in n.split("."))]
                assert not private, f"{path.name}, cell {i}: private import {private}"


def _saved_names(path: Path) -> set[str]:
    text = "\n".join(c.source for _, c in _code_cells(path))
    return set(re.findall(r'save_figure\(.*?"(\d\d_[a-z_]+)"', text, flags=re.S))


def test_figures_folder_holds_exactly_what_the_notebooks_save():
    saved = set().union(*(_saved_names(p) for p in find_notebooks(ROOT / "notebooks")))
    assert "03_keyness_bars" in saved and "00_article_lengths" not in saved
    committed = {p.stem for p in (ROOT / "figures").iterdir() if p.suffix in (".png", ".svg")}
    assert committed == saved, f"stale or missing figures: {sorted(committed ^ saved)}"
    for name in saved:
        assert {p.suffix for p in (ROOT / "figures").glob(f"{name}.*")} == {".png", ".svg"}, name


def test_target_is_a_parameter_where_one_group_is_compared_with_the_rest():
    for name in ("03_keywords", "05_rhetoric", "06_synthesis"):
        path = ROOT / "notebooks" / f"{name}.ipynb"
        code = [c for _, c in _code_cells(path)]
        assert re.search(r"^TARGET = None", code[0].source, flags=re.M), name
        rest = "\n".join(c.source for c in code[1:])
        assert "TARGET" in rest and "groups[0]" not in rest, f"{name} hard-codes the first group"
