"""The package's layout: imports run one way, and no private name crosses a package.

The stages, lowest first: infrastructure, then corpus -> cleanup -> tokenize -> the analyses
(stats, keywords, topics, rhetoric) -> synthesis -> report and plots -> the run layer. A module
may import from its own stage or a lower one, never a higher one, so a stage can be read,
tested and replaced without the ones after it. A name starting with ``_`` is private to the
package (``zhframe.cleanup``, ``zhframe.corpus``...) that defines it: modules of the same
package share their helpers, other packages use only the public names.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "zhframe"

#: Stage of each first-level name under zhframe (a subpackage or a top-level module).
STAGES = {
    "infra": 0,
    "corpus": 1,
    "cleanup": 2,
    "tokenize": 3,
    "stats": 4, "keywords": 4, "topics": 4, "rhetoric": 4,
    "synthesis": 5,
    "report": 6, "plots": 6,
    "run": 7, "__main__": 7,
}


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        yield path, parts


def _imports(path: Path):
    """(line, module, names) of every zhframe import in a file, at any depth."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "zhframe" or node.module.startswith("zhframe."):
                yield node.lineno, node.module, [a.name for a in node.names]
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("zhframe."):
                    yield node.lineno, a.name, []


def _targets(module: str, names: list[str]) -> list[tuple[str, str]]:
    """(first-level package, imported name) pairs: ``from zhframe import stats`` names a package."""
    parts = module.split(".")
    if len(parts) >= 2:
        return [(parts[1], n) for n in names] or [(parts[1], "")]
    return [(n, "") for n in names]


def test_every_first_level_name_has_a_stage():
    names = {parts[0] for _, parts in _modules() if parts[0] != "__init__"}
    assert names <= set(STAGES), f"no stage for {sorted(names - set(STAGES))}: add it to STAGES"


@pytest.mark.parametrize("path,parts", [pytest.param(p, parts, id="/".join(parts)) for p, parts in _modules()
                                        if parts[0] != "__init__"])
def test_imports_run_one_way_and_keep_private_names_inside_their_package(path, parts):
    own = parts[0]
    problems = []
    for line, module, names in _imports(path):
        for package, name in _targets(module, names):
            if package not in STAGES:  # zhframe's own facade names (InputError, __version__)
                continue
            if STAGES[package] > STAGES[own]:
                problems.append(f"line {line}: {own} (stage {STAGES[own]}) imports {module} "
                                f"(stage {STAGES[package]}), a later stage")
            if name.startswith("_") and package != own:
                problems.append(f"line {line}: private name {name} taken from {module}")
    assert not problems, "\n".join(problems)


def test_the_package_facade_is_the_only_module_that_may_import_any_stage():
    """``zhframe/__init__.py`` re-exports the public grammar lazily, so importing one stage
    never imports the others."""
    text = (PACKAGE / "__init__.py").read_text(encoding="utf-8")
    tree = ast.parse(text)
    eager = [n.module for n in tree.body if isinstance(n, ast.ImportFrom) and n.module
             and n.module.startswith("zhframe.") and n.module.split(".")[1] not in ("infra",)]
    assert not eager, f"zhframe/__init__.py imports {eager} at import time"


def test_notebooks_import_only_the_public_grammar():
    """Notebooks speak the facade: ``from zhframe import Study, report, plots, ...`` and nothing deeper."""
    import json

    import zhframe

    stages = {name for name, stage in STAGES.items() if 0 < stage < 7}
    public = set(zhframe.__all__) | stages
    for path in sorted((PACKAGE.parents[1] / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] != "code":
                continue
            for node in ast.walk(ast.parse("".join(cell["source"]))):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("zhframe"):
                    assert node.module == "zhframe", f"{path.name}: imports {node.module} (use the facade)"
                    names = {a.name for a in node.names}
                    assert names <= public, f"{path.name}: {sorted(names - public)} are not public"
                elif isinstance(node, ast.Import):
                    assert not any(a.name.startswith("zhframe") for a in node.names), path.name


def test_modules_stay_small():
    """A module is one concern: a few hundred lines. The layout issue's bound is "about 400";
    a single-concern module may run a little past it (docstrings included), never to 500."""
    big = {p.relative_to(PACKAGE).as_posix(): n for p in PACKAGE.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) >= 500}
    assert not big, f"modules of 500 lines or more: {big}"
