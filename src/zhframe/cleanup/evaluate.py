"""Scoring the cleanup on hand-labelled articles (the web-layout development set).

The set (``tests/data/web``, see its README) holds pages as ``label<TAB>line``
rows; a row ``A|B<TAB>first<TAB>rest`` is one page line whose first part is
labelled ``A`` and the rest ``B`` (a dateline running into the lead). Saved
HTML pages (``.html``) come with a ``.tsv`` of the same name labelling the
article's lines; their lines that the extraction leaves in the boilerplate
record count as set aside.

:func:`evaluate` cleans every article and compares, per labelled segment, the
gold label with the kind of the block that holds the segment's characters:

- body / not-body accuracy over segments;
- debris: characters in body blocks whose gold label is not body, as a share of
  all body-block characters (what later counts would wrongly include);
- body kept: gold body characters that end up in body blocks, as a share of gold
  body characters (what later counts would wrongly miss);
- per-kind precision and recall over segments (block kinds mapped to the labels:
  heading and subheading are ``subheading``);
- nothing lost: every visible character of each text lies in exactly one block.

Pure functions over files and plain data, shared by the tests and
``benchmarks/cleanup.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

LABELS: tuple[str, ...] = ("title", "deck", "subheading", "body", "caption", "credit", "meta")
_PREDICTED_AS = {"heading": "subheading", "glossary": "caption"}


@dataclass
class Segment:
    start: int
    end: int
    label: str
    text: str


def read_labelled(path) -> tuple[str, list[Segment]]:
    """A labelled ``.tsv`` article: the page's text and its labelled segments."""
    rows = Path(path).read_text(encoding="utf-8").split("\n")
    if rows and rows[-1] == "":
        rows.pop()
    out, segments, pos = [], [], 0
    for n, row in enumerate(rows, start=1):
        if row == "":
            out.append("")
            pos += 1
            continue
        fields = row.split("\t")
        labels = fields[0].split("|")
        parts = fields[1:]
        if len(labels) != len(parts) or any(x not in LABELS for x in labels):
            raise ValueError(f"{path}:{n}: expected label<TAB>line or A|B<TAB>a<TAB>b, got {row!r}")
        line = "".join(parts)
        offset = pos
        for label, part in zip(labels, parts):
            segments.append(Segment(offset, offset + len(part), label, part))
            offset += len(part)
        out.append(line)
        pos += len(line) + 1
    return "\n".join(out) + "\n", segments


def _locate(text: str, segments: list[Segment]) -> list[Segment | None]:
    """Each gold segment's place in an extracted text (whitespace ignored), in order; None
    for segments the text does not hold."""
    import re

    found, cursor = [], 0
    for seg in segments:
        chars = [re.escape(c) for c in seg.text if not c.isspace()]
        if not chars:
            found.append(None)
            continue
        m = re.compile(r"\s*".join(chars)).search(text, cursor)
        if m is None:
            found.append(None)
            continue
        found.append(Segment(m.start(), m.end(), seg.label, seg.text))
        cursor = m.end()
    return found


def _owners(text: str, blocks) -> list[int]:
    """For each character of ``text``: the row number of the block holding it, or -1."""
    owner = [-1] * len(text)
    for row, spans in enumerate(blocks["spans"]):
        for a, b in spans:
            for k in range(a, b):
                owner[k] = row if owner[k] == -1 else -2  # -2: held twice
    return owner


def nothing_lost(text: str, blocks) -> bool:
    """Does every visible character of ``text`` lie in exactly one block's spans?"""
    from zhframe.corpus.normalize import INVISIBLE

    owner = _owners(text, blocks)
    return all(o >= 0 for o, c in zip(owner, text) if not c.isspace() and c not in INVISIBLE) \
        and -2 not in owner


def score_article(text: str, segments: list[Segment | None], blocks, gold: list[Segment]
                  ) -> list[dict]:
    """One row per gold segment: ``label``, ``predicted`` (mapped block kind, ``boilerplate``
    when the segment is not in ``text``), ``chars``, ``body_chars`` (its characters in body
    blocks)."""
    owner = _owners(text, blocks)
    kinds = list(blocks["kind"])
    rows = []
    for seg, g in zip(segments, gold):
        n = sum(1 for c in g.text if not c.isspace())
        if seg is None:
            rows.append({"label": g.label, "predicted": "boilerplate", "chars": n, "body_chars": 0})
            continue
        votes: dict[str, int] = {}
        body = 0
        for k in range(seg.start, seg.end):
            if text[k].isspace() or owner[k] < 0:
                continue
            kind = kinds[owner[k]]
            votes[kind] = votes.get(kind, 0) + 1
            body += kind == "body"
        kind = max(sorted(votes), key=votes.get) if votes else "lost"
        rows.append({"label": g.label, "predicted": _PREDICTED_AS.get(kind, kind), "chars": n,
                     "body_chars": body})
    return rows


def evaluate(folder) -> dict:
    """Clean every labelled article of ``folder`` and score it (see the module docstring).

    Returns a dict: ``articles``, ``segments``, ``accuracy``, ``debris``, ``body_kept``,
    ``nothing_lost`` (all articles), ``per_kind`` (label -> precision, recall, support),
    ``errors`` (segments on the wrong side of body / not-body: file, label, predicted, text).
    """
    from zhframe.cleanup.blocks import clean_article
    from zhframe.corpus.html import extract_html

    folder = Path(folder)
    rows, errors, lost_ok, n_articles = [], [], True, 0
    for path in sorted(folder.glob("*.tsv")):
        page, gold = read_labelled(path)
        html = path.with_suffix(".html")
        if html.exists():
            text = extract_html(html.read_text(encoding="utf-8")).text
            located = _locate(text, gold)
        else:
            text, located = page, gold
        blocks = clean_article(text, doc=path.stem)
        lost_ok &= nothing_lost(text, blocks)
        n_articles += 1
        for g, r in zip(gold, score_article(text, located, blocks, gold)):
            r["file"] = path.stem
            rows.append(r)
            if (r["label"] == "body") != (r["predicted"] == "body"):
                errors.append({"file": path.stem, "label": r["label"], "predicted": r["predicted"],
                               "text": g.text})
    right = sum((r["label"] == "body") == (r["predicted"] == "body") for r in rows)
    body_total = sum(r["body_chars"] for r in rows)
    debris = sum(r["body_chars"] for r in rows if r["label"] != "body")
    gold_body = sum(r["chars"] for r in rows if r["label"] == "body")
    kept = sum(r["body_chars"] for r in rows if r["label"] == "body")
    per_kind = {}
    for label in LABELS:
        tp = sum(r["label"] == label and r["predicted"] == label for r in rows)
        pred = sum(r["predicted"] == label for r in rows)
        gold_n = sum(r["label"] == label for r in rows)
        per_kind[label] = {"precision": tp / pred if pred else float("nan"),
                           "recall": tp / gold_n if gold_n else float("nan"), "support": gold_n}
    return {"articles": n_articles, "segments": len(rows), "accuracy": right / len(rows),
            "debris": debris / body_total if body_total else 0.0,
            "body_kept": kept / gold_body if gold_body else 1.0, "nothing_lost": lost_ok,
            "per_kind": per_kind, "errors": errors,
            "confusion": [(r["file"], r["label"], r["predicted"]) for r in rows
                          if r["label"] != r["predicted"]]}
