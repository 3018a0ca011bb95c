"""Precision and recall of every rhetoric family against hand gold.

The gold lives in ``tests/data/rhetoric/`` (one TSV per family, each with a header
comment saying what a row is and how it was labelled) for three sets: the seed articles,
a development set of web articles written for the purpose (other places, other kinds of
site, with the look-alikes real pages carry), and a held-out set written and labelled
after the rules were fixed (the only figures that say how the rules do on unseen text). :func:`evaluate` runs each
extractor as a user would (raw file -> :func:`zhframe.cleanup.clean_article` blocks ->
extractor) and compares with the gold:

- numbers: claims matched as a multiset on (doc, value, unit, approximate);
- enumerations: a record is right when its expression and announced count match a gold
  record of that article (items scored apart, item by item, on the matched records);
- headings: pairs of headings put in one parallel set (pair precision/recall, the usual
  clustering score, so a set of four counts six pairs);
- voices: a quotation reported as a voice is right when the gold has it with the same
  speaker class (a quoted theme reported as a voice is a false positive);
- self_reference: occurrences of a place's name counted as self-reference;
- quotes: every quotation's class, one row per class (``quotes_activity``...): a quotation
  is right for its class when the gold has it (doc, first 20 characters) with that class.

Returns plain DataFrames; ``benchmarks/rhetoric.py`` prints them and the tests assert the
targets of issue #14.
"""

from __future__ import annotations

import csv
import os
import re
from collections import Counter
from decimal import Decimal, InvalidOperation
from io import StringIO
from itertools import combinations
from pathlib import Path

import pandas as pd

FAMILIES = ("numbers", "enumerations", "enumeration_items", "headings", "voices",
            "self_reference", "quotes")
#: The quote classes scored one by one (family ``quotes_<class>``).
QUOTE_CLASSES = ("activity", "slogan", "term", "speech", "title")
SCORE_COLUMNS = ["family", "set", "n_gold", "n_pred", "tp", "precision", "recall"]
_MARKS = "“”‘’《》「」『』\"'"


def read_gold(path: str | os.PathLike) -> pd.DataFrame:
    """A gold TSV (``#`` lines are comments) as a DataFrame of strings."""
    lines = [l for l in Path(path).read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    return pd.read_csv(StringIO("\n".join(lines)), sep="\t", dtype=str, keep_default_na=False,
                       quoting=csv.QUOTE_NONE)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float]:
    """``(precision, recall)``; 1.0 when there is nothing to find and nothing found."""
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    return p, r


def _row(family, set_, n_gold, n_pred, tp):
    p, r = prf(tp, n_pred, n_gold)
    return (family, set_, n_gold, n_pred, tp, round(p, 4), round(r, 4))


def _value_key(v) -> Decimal | str:
    """An exact key of a value: ``"3400"``, ``3400``, ``Decimal("3.4E+3")`` all give one key
    (binary floats are read through their shortest repr, so 94.3 matches "94.3")."""
    try:
        return Decimal(str(v)).normalize()
    except InvalidOperation:
        return str(v)


def _norm(s: str) -> str:
    return re.sub(rf"[\s{_MARKS}]", "", s)


# ---- per-family scores: each takes predictions and gold for one set --------------------

def score_numbers(pred: pd.DataFrame, gold: pd.DataFrame, set_: str = "") -> tuple:
    """Claims as a multiset of (doc, value, unit, approximate). ``pred`` needs those columns."""
    def keys(df):
        return Counter((d, _value_key(v), u, bool(int(a)) if str(a).isdigit() else a in (True, "True"))
                       for d, v, u, a in zip(df["doc"], df["value"], df["unit"], df["approximate"]))
    kp, kg = keys(pred), keys(gold)
    return _row("numbers", set_, sum(kg.values()), sum(kp.values()), sum((kp & kg).values()))


def _items_match(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return short in long_ and len(short) / len(long_) >= 0.5


def score_enumerations(pred: pd.DataFrame, gold: pd.DataFrame, set_: str = "") -> list[tuple]:
    """Records (expression + count) and, on matched records, their items."""
    tp = n_items_gold = n_items_pred = tp_items = 0
    used = set()
    for g in gold.itertuples():
        cand = pred[(pred["doc"] == g.doc)]
        for i, p in cand.iterrows():
            if i in used or _norm(p["expression"]) != _norm(g.expression):
                continue
            if int(p["count"]) != int(g.count):
                continue
            used.add(i)
            tp += 1
            gi = [x for x in g.items.split("|") if x]
            pi = list(p["items"]) if not isinstance(p["items"], str) else [x for x in p["items"].split("|") if x]
            n_items_gold += len(gi)
            n_items_pred += len(pi)
            free = list(pi)
            for x in gi:
                hit = next((y for y in free if _items_match(x, y)), None)
                if hit is not None:
                    free.remove(hit)
                    tp_items += 1
            break
    return [_row("enumerations", set_, len(gold), len(pred), tp),
            _row("enumeration_items", set_, n_items_gold, n_items_pred, tp_items)]


def _pairs(df: pd.DataFrame, group_col: str) -> set:
    out = set()
    for doc, g in df.groupby("doc", sort=False):
        members: dict = {}
        for h, lab in zip(g["heading"], g[group_col]):
            if lab not in ("", None) and lab == lab:
                members.setdefault(lab, []).append(h)
        for hs in members.values():
            out |= {(doc,) + tuple(sorted(p)) for p in combinations(hs, 2)}
    return out


def score_headings(pred: pd.DataFrame, gold: pd.DataFrame, set_: str = "") -> tuple:
    """Pairs of headings in one parallel set: ``pred`` has doc, heading, parallel_group."""
    pp, gp = _pairs(pred, "parallel_group"), _pairs(gold, "group")
    return _row("headings", set_, len(gp), len(pp), len(pp & gp))


def score_voices(pred: pd.DataFrame, gold: pd.DataFrame, set_: str = "") -> tuple:
    """``pred`` has doc, quote, speaker; a voice is right with the gold's speaker class."""
    tp = 0
    for p in pred.itertuples():
        hit = [d == p.doc and _norm(p.quote).startswith(_norm(q))
               for d, q in zip(gold["doc"], gold["quote"])]
        g = gold[hit]
        tp += bool(len(g)) and g["speaker"].iloc[0] == p.speaker
    return _row("voices", set_, len(gold), len(pred), int(tp))


def score_self_reference(pred: pd.DataFrame, gold: pd.DataFrame, set_: str = "") -> tuple:
    """``pred`` has doc and k (occurrence numbers of the short name counted as self-reference)."""
    g = {(d, int(k)) for d, k, s in zip(gold["doc"], gold["k"], gold["self"]) if s == "y"}
    p = {(d, int(k)) for d, k in zip(pred["doc"], pred["k"])}
    return _row("self_reference", set_, len(g), len(p), len(p & g))


def quote_key(text: str) -> str:
    """The gold's key of a quotation: its first 20 characters, whitespace removed."""
    return re.sub(r"\s", "", text)[:20]


def score_quotes(pred: pd.DataFrame, gold: pd.DataFrame, set_: str = "") -> list[tuple]:
    """One row per class of :data:`QUOTE_CLASSES`; ``pred`` has doc, quote (key), cls.

    Matched as a multiset on (doc, quote key, class), so a slogan quoted twice counts twice.
    """
    rows = []
    for c in QUOTE_CLASSES:
        kp = Counter(zip(*(pred.loc[pred["cls"] == c, k] for k in ("doc", "quote"))))
        kg = Counter(zip(*(gold.loc[gold["cls"] == c, k] for k in ("doc", "quote"))))
        rows.append(_row(f"quotes_{c}", set_, sum(kg.values()), sum(kp.values()),
                         sum((kp & kg).values())))
    return rows


# ---- running the extractors on the gold sets ---------------------------------------------

def _documents(gold_dir: Path, seeds_dir: Path) -> dict[str, dict[str, tuple[str, str]]]:
    """set -> doc -> (text, place name) for the seeds, the web and the held-out set.

    The place name is the manifest's ``district`` (the gold's occurrences are of its short
    form); self-reference itself reads every place column of the manifest
    (:func:`zhframe.corpus.places.place_names`), whatever the grouping.
    """
    from zhframe.corpus import read_text

    out: dict = {"seeds": {}}
    for r in csv.DictReader((seeds_dir / "manifest.csv").open(encoding="utf-8")):
        out["seeds"][Path(r["file"]).stem] = (read_text(seeds_dir / r["file"]), r["district"])
    for set_ in ("web", "heldout"):
        folder = gold_dir / set_
        if not (folder / "manifest.csv").is_file():
            continue
        out[set_] = {}
        for r in csv.DictReader((folder / "manifest.csv").open(encoding="utf-8")):
            out[set_][Path(r["file"]).stem] = (read_text(folder / r["file"]), r["district"])
    return out


def predict(family: str, docs: dict[str, tuple[str, str]], headings: pd.DataFrame | None = None,
            names_by_doc: dict[str, list[str]] | None = None):
    """Predictions of one family for ``docs`` (doc -> (text, place)), in the scorer's columns.

    ``names_by_doc`` (self_reference): doc -> the place names to look for (default the place).
    """
    from zhframe.rhetoric._text import article_blocks

    rows = []
    if family == "numbers":
        from zhframe.rhetoric.features import numbers_table
        for doc, (text, _) in docs.items():
            b = article_blocks(text, doc=doc).assign(doc_id=doc)
            n = numbers_table(b[~b["kind"].isin(("credit", "meta"))])
            rows.append(n[n["kind"] == "claim"][["doc", "value", "unit", "approximate"]])
        return pd.concat(rows, ignore_index=True)
    if family == "enumerations":
        from zhframe.rhetoric.enumerations import article_enumerations
        for doc, (text, _) in docs.items():
            b = article_blocks(text, doc=doc)
            e = article_enumerations(list(b["text"]))
            rows.append(e.assign(doc=doc))
        return pd.concat(rows, ignore_index=True)
    if family == "headings":
        from zhframe.rhetoric.headings import parallel_sets
        for doc, g in headings.groupby("doc", sort=False):
            groups = parallel_sets(list(g["heading"]), list(g["level"]))
            rows.append(pd.DataFrame({"doc": doc, "heading": list(g["heading"]),
                                      "parallel_group": groups}))
        return pd.concat(rows, ignore_index=True)
    if family == "voices":
        from zhframe.rhetoric.voices import article_voices
        for doc, (text, _) in docs.items():
            b = article_blocks(text, doc=doc)
            v = article_voices(b)
            rows.append(pd.DataFrame({"doc": doc, "quote": v["quote"], "speaker": v["speaker_type"]}))
        return pd.concat(rows, ignore_index=True)
    if family == "self_reference":
        from zhframe.corpus.places import self_reference_spans, short_forms
        for doc, (text, place) in docs.items():
            short = min(short_forms(place), key=len)
            starts = [m.start() for m in re.finditer(re.escape(short), text)]
            names = (names_by_doc or {}).get(doc, [place])
            for s, e, _ in self_reference_spans(text, names):
                ks = [k for k, st in enumerate(starts) if s <= st < e]
                rows.extend((doc, k) for k in ks)
        return pd.DataFrame(rows, columns=["doc", "k"])
    if family == "quotes":
        # the raw article, as the gold was labelled (a quotation may span a cleaned block)
        from zhframe.rhetoric.quotes import find_quotes
        for doc, (text, _) in docs.items():
            rows.extend((doc, quote_key(q.text), q.cls) for q in find_quotes(text))
        return pd.DataFrame(rows, columns=["doc", "quote", "cls"])
    raise ValueError(f"unknown family {family!r}; one of {FAMILIES}")


LOCAL_PARTS = ("dev", "heldapart")


def local_numbers(gold_dir: str | os.PathLike) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The numbers extractor on the local-report sentences (``numbers_local_sentences.tsv``).

    Each sentence is read by :func:`zhframe.rhetoric.numbers.find_numbers` as it stands
    (a metadata line included: the extractor must not count it, whether or not cleanup
    drops it first). Returns ``(scores, errors)``: scores are :data:`SCORE_COLUMNS` for
    the claims of each part (set ``local_dev``, ``local_heldapart``) plus one row per part
    ``lookalikes`` (n_gold: labelled look-alikes, tp: those no claim overlaps; precision and
    recall both give the share kept out); errors list every claim missed
    (``miss``) or extra (``extra``) with its sentence id, for reading.
    """
    from zhframe.rhetoric.numbers import find_numbers

    gold_dir = Path(gold_dir)
    sents = read_gold(gold_dir / "numbers_local_sentences.tsv")
    gold = read_gold(gold_dir / "numbers_local.tsv")
    rows, errors = [], []
    for part in LOCAL_PARTS:
        docs = sents[sents["part"] == part]
        pred, n_look, kept_out = [], 0, 0
        for doc, text in zip(docs["doc"], docs["text"]):
            n = find_numbers(text)
            c = n[n["kind"] == "claim"]
            pred.append(pd.DataFrame({"doc": doc, "value": list(c["value"]), "unit": list(c["unit"]),
                                      "approximate": list(c["approximate"]), "text": list(c["text"])}))
            g = gold[(gold["doc"] == doc) & (gold["kind"] != "claim")]
            for look in g["text"]:
                s = text.find(look)
                n_look += 1
                kept_out += not any(cs < s + len(look) and s < ce
                                    for cs, ce in zip(c["start"], c["end"]))
        pred = pd.concat(pred, ignore_index=True)
        g = gold[(gold["kind"] == "claim") & gold["doc"].isin(docs["doc"])]
        rows.append(score_numbers(pred, g, f"local_{part}"))
        rows.append(_row("lookalikes", f"local_{part}", n_look, n_look, kept_out))
        key = lambda d, v, u, a: (d, _value_key(v), u, str(a) in ("1", "True"))
        kp = Counter(key(*r) for r in zip(pred["doc"], pred["value"], pred["unit"], pred["approximate"]))
        kg = Counter(key(*r) for r in zip(g["doc"], g["value"], g["unit"], g["approximate"]))
        errors += [(part, "miss") + k for k in sorted((kg - kp).elements(), key=str)]
        errors += [(part, "extra") + k for k in sorted((kp - kg).elements(), key=str)]
    errs = pd.DataFrame(errors, columns=["part", "error", "doc", "value", "unit", "approximate"])
    return pd.DataFrame(rows, columns=SCORE_COLUMNS), errs


def _manifest_places(folder: Path) -> dict[str, list[str]]:
    """file stem -> place names of every place column of the folder's manifest (any grouping)."""
    from zhframe.corpus.places import place_names

    m = pd.read_csv(folder / "manifest.csv", dtype=str, keep_default_na=False)
    names = place_names(m)
    return {Path(f).stem: names[d] for f, d in zip(m["file"], m["doc_id"])}


def evaluate(gold_dir: str | os.PathLike, seeds_dir: str | os.PathLike) -> pd.DataFrame:
    """Precision and recall of every family on the seeds and on the web set.

    ``gold_dir`` holds the gold TSVs and ``web/`` (articles + manifest.csv); ``seeds_dir``
    the seed articles and their manifest. Returns :data:`SCORE_COLUMNS`, one row per
    family and set.
    """
    gold_dir, seeds_dir = Path(gold_dir), Path(seeds_dir)
    docs = _documents(gold_dir, seeds_dir)
    rows = []
    for set_ in docs:
        d = docs[set_]
        gold = read_gold(gold_dir / f"numbers_{set_}.tsv")
        rows.append(score_numbers(predict("numbers", d), gold, set_))
        gold = read_gold(gold_dir / "enumerations.tsv")
        rows += score_enumerations(predict("enumerations", d), gold[gold["set"] == set_], set_)
        gold = read_gold(gold_dir / "voices.tsv")
        rows.append(score_voices(predict("voices", d), gold[gold["set"] == set_], set_))
        gold = read_gold(gold_dir / "selfref.tsv")
        names = _manifest_places(gold_dir / set_ if set_ != "seeds" else seeds_dir)
        rows.append(score_self_reference(predict("self_reference", d, names_by_doc=names),
                                         gold[gold["set"] == set_], set_))
        gold = read_gold(gold_dir / "quotes.tsv")
        rows += score_quotes(predict("quotes", d), gold[gold["set"] == set_], set_)
    if (gold_dir / "numbers_local_sentences.tsv").is_file():
        rows += [tuple(r) for r in local_numbers(gold_dir)[0].itertuples(index=False)]
    heads = read_gold(gold_dir / "headings.tsv")
    for set_ in ("seeds", "web", "heldout", "lists"):
        g = heads[heads["set"] == set_]
        if g.empty:
            continue
        rows.append(score_headings(predict("headings", {}, g), g, set_))
    out = pd.DataFrame(rows, columns=SCORE_COLUMNS)
    return out.sort_values(["family", "set"], kind="stable").reset_index(drop=True)
