"""Tests of the project's set-up files: dependencies, README commands, CI."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _name(spec: str) -> str:
    """Normalised distribution name of a requirement (PEP 503), extras dropped."""
    name = re.split(r"[\s<>=!~\[;]", spec.strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def _environment_yml() -> tuple[set[str], set[str]]:
    conda, pip = set(), set()
    section = None
    for line in (ROOT / "environment.yml").read_text(encoding="utf-8").splitlines():
        stripped = line.split("#", 1)[0].rstrip()
        if re.match(r"^\S", stripped):
            section = stripped.rstrip(":")
            continue
        m = re.match(r"^(\s*)- (.+)$", stripped)
        if section != "dependencies" or not m:
            continue
        indent, item = len(m.group(1)), m.group(2).strip()
        if item in ("pip", "pip:") or item.startswith("-e ") or item.startswith("python="):
            continue
        (pip if indent > 2 else conda).add(_name(item))
    return conda, pip


def test_environment_yml_names_the_same_dependencies_as_pyproject():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {_name(d) for d in meta["dependencies"]}
    for extra in meta["optional-dependencies"].values():
        wanted |= {_name(d) for d in extra}
    conda, pip = _environment_yml()
    # conda-forge splits dask[distributed] into dask + distributed
    assert (conda | pip) - {"distributed"} == wanted
    assert not conda & pip


def test_every_dependency_is_pinned_in_the_lock():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lock = {_name(l) for l in (ROOT / "requirements.lock").read_text().splitlines()
            if l and not l.startswith("#")}
    pins = [l for l in (ROOT / "requirements.lock").read_text().splitlines()
            if l and not l.startswith("#")]
    assert all("==" in p for p in pins)
    deps = list(meta["dependencies"]) + [d for e in meta["optional-dependencies"].values() for d in e]
    assert {_name(d) for d in deps} <= lock


def test_readme_opens_with_the_two_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:sh|bash|console)?\n(.*?)```", readme, flags=re.S)
    first = [l.split("#", 1)[0].strip() for l in blocks[0].splitlines() if l.split("#", 1)[0].strip()]
    assert first == ["make figures", "make test"]
    ci = (ROOT / ".ci" / "run").read_text()
    assert re.search(r"^make test$", ci, flags=re.M)
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^test: ", makefile, flags=re.M) and re.search(r"^figures: ", makefile, flags=re.M)
