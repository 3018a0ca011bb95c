"""The rhetoric features of real text stay what they were: the two seed articles and the web
development set (22 articles), every paragraph, every count column.

The snapshot ``tests/data/rhetoric/snapshots/paragraph_features.csv`` was written by this
file's ``__main__`` from the code as it stood BEFORE the speed work of issue #27 (after the
voice and numbers fixes of #24 and #26), so any change a speed-up makes to a count fails here.
Regenerate it only for a deliberate change of a rule, and say so in the commit:

    PYTHONPATH=src python tests/test_rhetoric_seeds.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "tests" / "data" / "rhetoric" / "snapshots" / "paragraph_features.csv"


def real_paragraphs() -> tuple[pd.DataFrame, dict]:
    """Body paragraphs (doc_id, district, block, text) of the seeds and the web set, and the
    place names of each document (every place column of each manifest)."""
    from zhframe.corpus import read_text
    from zhframe.corpus.places import place_names
    from zhframe.rhetoric._text import article_blocks

    frames, names = [], {}
    for folder in (ROOT / "seeds", ROOT / "tests" / "data" / "rhetoric" / "web"):
        manifest = pd.read_csv(folder / "manifest.csv", dtype=str, keep_default_na=False)
        names.update(place_names(manifest[["doc_id", "district", "city"]]))
        for r in csv.DictReader((folder / "manifest.csv").open(encoding="utf-8")):
            b = article_blocks(read_text(folder / r["file"]), doc=r["doc_id"])
            b = b[b["kind"] == "body"][["block", "text"]]
            frames.append(b.assign(doc_id=r["doc_id"], district=r["district"]))
    paras = pd.concat(frames, ignore_index=True)[["doc_id", "district", "block", "text"]]
    return paras, names


def features_now() -> pd.DataFrame:
    from zhframe.rhetoric.features import paragraph_features

    paras, names = real_paragraphs()
    return paragraph_features(paras, names=names).drop(columns=["text"])


def test_features_of_real_text_are_unchanged():
    want = pd.read_csv(SNAPSHOT, dtype={"doc_id": str, "district": str})
    got = features_now()
    assert list(got.columns) == list(want.columns)
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want, check_dtype=False)
    assert len(got) > 100 and got.drop(columns=["doc_id", "district", "block"]).to_numpy().sum() > 1000


if __name__ == "__main__":
    SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
    features_now().to_csv(SNAPSHOT, index=False, lineterminator="\n")
    print(f"wrote {SNAPSHOT}")


def test_quotes_table_is_find_quotes_with_the_articles_activity_names():
    # quotes_table reads each block once (registry.Paragraph); the classes must be those of
    # find_quotes given the article's activity names, as before
    from zhframe.rhetoric.features import quotes_table
    from zhframe.rhetoric.quotes import article_activity_names, find_quotes

    paras, _ = real_paragraphs()
    blocks = paras.assign(kind="body")
    got = quotes_table(blocks)
    want = []
    for d, g in blocks.groupby("doc_id", sort=False):
        names = article_activity_names(g["text"])
        for b, t in zip(g["block"], g["text"]):
            want += [(d, b, q.text, q.cls, q.evidence) for q in find_quotes(t, activity_names=names)]
    assert sorted(zip(got["doc_id"], got["block"], got["text"], got["cls"], got["evidence"])) == sorted(want)
    assert (got["evidence"] == "named an activity elsewhere in the text").any()
