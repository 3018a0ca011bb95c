"""Tests for zhframe.cleanup.reports: characters per kind, decisions, side-by-side HTML."""

from __future__ import annotations

from zhframe.cleanup import (KINDS, SET_ASIDE, block_characters, clean_article, clean_corpus,
                             layout_decisions, side_by_side_html)
from zhframe.cleanup.evaluate import read_labelled
from zhframe.corpus import load_corpus

from cleanup_common import KAIZHOU, ROOT, SEEDS


def test_block_characters_add_up_per_article():
    blocks = clean_corpus(load_corpus(SEEDS), cache=False)
    table = block_characters(blocks, by="district")
    assert list(table.columns) == ["doc_id", "district", *KINDS, "total", "body_share"]
    assert (table[list(KINDS)].sum(axis=1) == table["total"]).all()
    assert (table["meta"] > 0).all()  # the bylines
    chars = blocks["text"].str.replace(r"\s", "", regex=True).str.len().groupby(blocks["doc_id"]).sum()
    assert list(table["total"]) == list(chars[table["doc_id"]])


def test_every_kind_renders_side_by_side_and_set_aside_kinds_are_decisions():
    text, _ = read_labelled(ROOT / "tests/data/web/d21_epaper_city.tsv")
    for t in (text, KAIZHOU):
        blocks = clean_article(t, doc="x")
        html = side_by_side_html(t, blocks, title="x")
        assert html.count("<p ") == len(blocks)
        decisions = layout_decisions(blocks)
        assert set(decisions["kind"]) <= set(SET_ASIDE) | {"body"}
        assert set(blocks.loc[blocks["kind"].isin(SET_ASIDE), "block"]) <= set(decisions["block"])
