"""The package stands alone (issue 25): a wheel installed outside the repository finds its
notebooks and seeds, and ``zhframe`` (the console script) is the documented command."""

from __future__ import annotations

import site
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_a_wheel_installed_outside_the_repository_finds_notebooks_and_seeds(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", wheels, ROOT], check=True, capture_output=True)
    wheel = next(wheels.glob("zhframe-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    py = venv / "bin" / "python"
    sp = Path(subprocess.run([py, "-c", "import site; print(site.getsitepackages()[0])"],
                             check=True, capture_output=True, text=True).stdout.strip())
    # the dependencies come from this environment, the package only from the wheel
    (sp / "zz_dependencies.pth").write_text(site.getsitepackages()[0] + "\n")
    subprocess.run([py, "-m", "pip", "install", "-q", "--no-deps", "--ignore-installed", wheel], check=True,
                   capture_output=True)
    away = tmp_path / "away"
    away.mkdir()
    res = subprocess.run([py, "-c", "import zhframe, zhframe.infra.paths as p; "
                                    "print(zhframe.__file__); print(p.checkout_root())"],
                         cwd=away, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    where = res.stdout.split("\n")
    assert where[0].startswith(str(sp)) and where[1] == "None"
    res = subprocess.run([venv / "bin" / "zhframe", "corpus"], cwd=away, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert "beibei-2021" in res.stdout and str(sp) in res.stdout  # the shipped seeds
    installed = sp / "zhframe" / "notebooks"
    assert sorted(p.name for p in installed.glob("[0-9][0-9]_*.ipynb")) == sorted(
        p.name for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    # in place would write into the installed package: a run goes to ./out/seeds instead
    res = subprocess.run([venv / "bin" / "zhframe", "notebooks", "--only", "zzz"], cwd=away,
                         capture_output=True, text=True)
    assert res.returncode == 2 and "no notebook name contains 'zzz'" in res.stderr
    assert not (sp / "zhframe" / "figures").exists()
