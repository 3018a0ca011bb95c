"""Tests of zhframe.infra.progress: bars only for a person at a terminal."""

from __future__ import annotations

import io

from zhframe.infra import progress as pg


class _Tty(io.StringIO):
    def isatty(self):
        return True


def test_silent_when_not_a_terminal_or_under_ci(monkeypatch):
    items = list(range(1000))
    monkeypatch.delenv("ZHFRAME_PROGRESS", raising=False)
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(pg.sys, "stderr", io.StringIO())
    assert pg.progress(items, "x") is items  # a pipe / log file / notebook: the iterable itself
    monkeypatch.setattr(pg.sys, "stderr", _Tty())
    assert pg.enabled()
    monkeypatch.setenv("CI", "true")
    assert not pg.enabled() and pg.progress(items, "x") is items
    monkeypatch.setenv("ZHFRAME_PROGRESS", "0")
    monkeypatch.delenv("CI")
    assert not pg.enabled()


def test_bar_on_a_terminal_passes_every_item_through(monkeypatch):
    tty = _Tty()
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("ZHFRAME_PROGRESS", raising=False)
    monkeypatch.setattr(pg.sys, "stderr", tty)
    items = list(range(1000))
    wrapped = pg.progress(items, "tokens")
    assert wrapped is not items and list(wrapped) == items
    assert "tokens" in tty.getvalue()
    assert pg.progress(items[:10], "few") == items[:10]  # too few items for a bar
