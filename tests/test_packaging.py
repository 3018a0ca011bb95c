"""A package that stands alone: console script, pins like the lock, licence and citation."""

import importlib
import re
import tomllib
from pathlib import Path

import zhframe

ROOT = Path(__file__).resolve().parents[1]
META = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_console_script_points_at_the_cli():
    module, func = META["scripts"]["zhframe"].split(":")
    main = getattr(importlib.import_module(module), func)
    assert callable(main)
    from zhframe.run.cli import main as cli_main
    assert main is cli_main


def test_environment_yml_pins_the_locked_versions():
    lock = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            lock[_norm(name)] = version.strip()
    pins = re.findall(r"^\s+- ([A-Za-z0-9_.\-]+)==?([0-9][^\s#]*)", (ROOT / "environment.yml").read_text(),
                      flags=re.M)
    pins = {_norm(n): v for n, v in pins if n != "python"}
    assert len(pins) >= 20
    deps = (ROOT / "environment.yml").read_text().split("\ndependencies:\n", 1)[1]
    unpinned = re.findall(r"^\s+- ([A-Za-z][A-Za-z0-9_.\-]*)\s*(?:[<>]=?[^\s]*)?\s*$", deps, flags=re.M)
    assert [n for n in unpinned if n not in ("pip",)] == []          # every dependency pinned
    missing = sorted(n for n in pins if n not in lock)
    assert not missing, f"not in requirements.lock (run `make lock`): {missing}"
    assert {n: v for n, v in pins.items() if lock[n] != v} == {}


def test_licence_and_citation_agree_with_the_package():
    assert META["license"]["text"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    cff = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert re.search(r"^cff-version: 1\.2\.0$", cff, flags=re.M)
    assert re.search(rf"^version: {re.escape(zhframe.__version__)}$", cff, flags=re.M)
    assert re.search(r"^license: MIT$", cff, flags=re.M)
    assert re.search(r"^title: ", cff, flags=re.M) and re.search(r"^authors:\n  - name: ", cff, flags=re.M)


def test_new_dependencies_are_declared():
    deps = {_norm(re.split(r"[\s<>=!~\[;]", d)[0]) for d in META["dependencies"]}
    assert {"pyarrow", "opencc-python-reimplemented"} <= deps
