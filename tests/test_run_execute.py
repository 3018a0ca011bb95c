"""Executing one notebook: a kernel that loses its port at start-up is started again."""

from __future__ import annotations

import shutil

import nbformat
import pytest

from zhframe.run import execute


def _notebook(path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("1 + 1")]
    nbformat.write(nb, path)
    return path


def _fake_papermill(monkeypatch, failures: int, said: str):
    import papermill

    calls = []

    def fake(src, dst, **kw):
        calls.append(dst)
        if len(calls) <= failures:
            kw["kernel_manager_class"].stderr.write(said)
            raise RuntimeError("Kernel died before replying to kernel_info")
        shutil.copy(src, dst)

    monkeypatch.setattr(papermill, "execute_notebook", fake)
    return calls


def test_a_kernel_whose_port_was_taken_is_started_again(tmp_path, monkeypatch):
    calls = _fake_papermill(monkeypatch, 2, "zmq.error.ZMQError: Address already in use (addr='tcp://127.0.0.1:1')\n")
    out = execute.execute_notebook(_notebook(tmp_path / "a.ipynb"), tmp_path / "out" / "a.ipynb")
    assert len(calls) == 3 and out.is_file()


def test_a_port_lost_every_time_is_one_error_naming_the_notebook(tmp_path, monkeypatch):
    calls = _fake_papermill(monkeypatch, 99, "zmq.error.ZMQError: Address already in use\n")
    with pytest.raises(execute.NotebookError, match="Address already in use"):
        execute.execute_notebook(_notebook(tmp_path / "a.ipynb"), tmp_path / "out" / "a.ipynb")
    assert len(calls) == execute.KERNEL_START_ATTEMPTS


def test_a_kernel_that_died_for_another_reason_is_not_retried(tmp_path, monkeypatch):
    calls = _fake_papermill(monkeypatch, 1, "ModuleNotFoundError: No module named 'ipykernel'\n")
    with pytest.raises(execute.NotebookError, match="ipykernel"):
        execute.execute_notebook(_notebook(tmp_path / "a.ipynb"), tmp_path / "out" / "a.ipynb")
    assert len(calls) == 1
