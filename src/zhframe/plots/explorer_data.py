"""Plain data behind the term explorer page (:mod:`zhframe.plots.explorer`).

Everything here takes plain inputs (a keyness table, body paragraphs and their
tokens, word lists) and returns DataFrames or dicts, so it is tested without a
browser. Occurrences are *token* matches: a paragraph whose segmentation keeps
党史学习教育 as one word has no occurrence of 党史, which is what the keyness
counts saw; :func:`dictionary_compounds` lists such longer dictionary words
with their own counts, so a reader sees where the rest of the string went
(Kessler 2017, scattertext, shows the passages behind each point for the same
reason: a frequency is only as good as the segmentation under it).

Inputs
------
- ``keyness``: one row per term with ``term``, ``count_target`` and
  ``count_reference`` (or ``count_rest``), ``total_target``,
  ``total_reference`` and ``log_ratio``; optionally ``lr_low``, ``lr_high``
  (interval of Log Ratio), ``holds_up`` (the calibrated verdict) and
  ``q_value`` (after multiplicity control). Missing optional columns are
  reported in :func:`term_table`'s ``notes``, never invented.
- ``paragraphs``: one row per body paragraph with ``doc_id``, ``para``,
  ``text`` and the grouping column; ``tokens``: one token list per paragraph,
  in text order (``Tokenizer.cut`` keeps every token, so spans are exact).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

#: Concordance lines per page of the term view (every line is reachable by paging).
MAX_LINES = 25
#: Characters of context on each side of a concordance line.
WINDOW = 24
#: Terms labelled on the plot and listed beside it, per side.
TOP_TERMS = 20
#: Characters of paragraph text a page carries at most (about 1-2 MB of the page): past it the
#: concordance reads a fixed sample of paragraphs (:func:`page_rows`), and says so.
PAGE_CHARS = 400_000
#: Lexicon categories, in the order a term gets the first one that applies.
CATEGORIES = ("self-reference", "slogan", "frame")


def token_spans(text: str, tokens: Sequence[str]) -> list[tuple[int, int] | None]:
    """Character span of each token in ``text``, searching left to right.

    Tokens that are not found after the previous one (normalised away, e.g.
    whitespace) get ``None``; the rest keep text order, so a filtered token
    list (stopwords dropped) aligns as well as a complete one.
    """
    out: list[tuple[int, int] | None] = []
    pos = 0
    for tok in tokens:
        i = text.find(tok, pos) if tok else -1
        if i < 0:
            out.append(None)
            continue
        out.append((i, i + len(tok)))
        pos = i + len(tok)
    return out


def _side(paragraphs: pd.DataFrame, by: str, target) -> np.ndarray:
    if by not in paragraphs:
        raise ValueError(f"paragraphs lack the grouping column '{by}'")
    is_target = paragraphs[by].astype(str).to_numpy() == str(target)
    if not is_target.any():
        raise ValueError(f"no paragraph has {by} = {target!r}")
    return np.where(is_target, "target", "rest")


def _check(paragraphs: pd.DataFrame, tokens) -> None:
    missing = [c for c in ("doc_id", "para", "text") if c not in paragraphs]
    if missing:
        raise ValueError(f"paragraphs lack column(s) {', '.join(missing)}")
    if len(tokens) != len(paragraphs):
        raise ValueError(f"{len(tokens)} token lists for {len(paragraphs)} paragraphs")


def term_hits(paragraphs: pd.DataFrame, tokens: Sequence[Sequence[str]],
              terms: Iterable[str] | None = None) -> dict[str, list[tuple[int, int, int]]]:
    """Every token occurrence: term -> ``[(row, start, end), ...]`` in paragraph order.

    ``row`` is the paragraph's position in ``paragraphs``; only ``terms`` are kept
    if given.
    """
    _check(paragraphs, tokens)
    keep = None if terms is None else set(terms)
    hits: dict[str, list] = defaultdict(list)
    for row, (text, toks) in enumerate(zip(paragraphs["text"].astype(str), tokens)):
        for tok, span in zip(toks, token_spans(text, toks)):
            if span is not None and (keep is None or tok in keep):
                hits[tok].append((row, span[0], span[1]))
    return dict(hits)


def concordance(paragraphs: pd.DataFrame, tokens: Sequence[Sequence[str]], term: str, by: str,
                target, window: int = WINDOW, max_lines: int | None = None) -> pd.DataFrame:
    """Key word in context from the tokens: each place where ``term`` is a token.

    Returns ``side`` (target/rest), ``group``, ``doc_id``, ``para``, ``left``,
    ``term``, ``right``, ``start``; target lines first, each side in paragraph
    order, at most ``max_lines`` per side.
    """
    side = _side(paragraphs, by, target)
    rows = []
    texts = paragraphs["text"].astype(str).tolist()
    for row, s, e in term_hits(paragraphs, tokens, [term]).get(term, []):
        t = texts[row]
        rows.append((side[row], str(paragraphs[by].iloc[row]), paragraphs["doc_id"].iloc[row],
                     paragraphs["para"].iloc[row], t[max(0, s - window):s], t[s:e],
                     t[e:e + window], s))
    df = pd.DataFrame(rows, columns=["side", "group", "doc_id", "para", "left", "term", "right",
                                     "start"])
    df = df.sort_values("side", key=lambda c: c.map({"target": 0, "rest": 1}), kind="stable")
    if max_lines is not None:
        df = df.groupby("side", sort=False).head(max_lines)
    return df.reset_index(drop=True)


def token_counts(tokens: Sequence[Sequence[str]], side: Sequence[str]) -> dict[str, Counter]:
    """Token counts per side: ``{"target": Counter, "rest": Counter}``."""
    out = {"target": Counter(), "rest": Counter()}
    for toks, s in zip(tokens, side):
        out[s].update(toks)
    return out


def dictionary_compounds(terms: Iterable[str], words: Iterable[str],
                         counts: Mapping[str, Counter]) -> dict[str, list[tuple[str, int, int]]]:
    """Dictionary words that contain each term, with their token counts per side.

    ``words``: the user dictionary's words; ``counts``: :func:`token_counts`.
    Returns term -> ``[(word, count_target, count_rest), ...]`` for words longer
    than the term that occur at least once, most frequent first, ties by word.
    """
    words = sorted({w for w in words if w})
    out = {}
    for term in terms:
        found = [(w, counts["target"][w], counts["rest"][w]) for w in words
                 if term in w and w != term and counts["target"][w] + counts["rest"][w] > 0]
        if found:
            out[term] = sorted(found, key=lambda x: (-(x[1] + x[2]), x[0]))
    return out


def dispersion(paragraphs: pd.DataFrame, tokens: Sequence[Sequence[str]]) -> pd.DataFrame:
    """Per term, how many paragraphs and articles carry it: ``term, paragraphs, articles``."""
    _check(paragraphs, tokens)
    par, art = Counter(), defaultdict(set)
    for doc, toks in zip(paragraphs["doc_id"], tokens):
        for t in set(toks):
            par[t] += 1
            art[t].add(doc)
    terms = sorted(par)
    return pd.DataFrame({"term": terms, "paragraphs": [par[t] for t in terms],
                         "articles": [len(art[t]) for t in terms]})


def majority_pos(tagged: Iterable[Iterable[tuple[str, str]]]) -> dict[str, str]:
    """Each word's most frequent part-of-speech tag (ties: alphabetical) from tagged paragraphs."""
    tags: dict[str, Counter] = defaultdict(Counter)
    for para in tagged:
        for w, f in para:
            tags[w][f] += 1
    return {w: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for w, c in tags.items()}


def lexicon_categories(groups: Iterable[str] = ()) -> dict[str, str]:
    """Term -> lexicon category from the project's word lists.

    ``self-reference``: the groups' names and short forms and 我区-type words
    (:func:`zhframe.keywords.self_reference_terms`, ``rhetoric_stance.csv``
    first/third person and collective); ``slogan``: expressions and parts of
    ``rhetoric_slogans.csv``; ``frame``: theme terms of ``rhetoric_themes.csv``.
    The first category in :data:`CATEGORIES` wins.
    """
    from zhframe.keywords import self_reference_terms
    from zhframe.rhetoric import lexicon

    out: dict[str, str] = {}
    themes = lexicon.read_table("rhetoric_themes.csv")
    for t in themes.loc[themes["theme"] != "shield", "term"]:
        out[t] = "frame"
    slogans = lexicon.read_table("rhetoric_slogans.csv")
    for expr, parts in zip(slogans["expression"], slogans["parts"].fillna("")):
        for t in [expr, *str(parts).split("|")]:
            if t:
                out[t.strip()] = "slogan"
    stance = lexicon.read_table("rhetoric_stance.csv")
    selfref = stance.loc[stance["category"].isin(["first_person", "third_person", "collective"]),
                         "term"]
    for t in [*selfref, *self_reference_terms([str(g) for g in groups])]:
        out[t] = "self-reference"
    return out


def _fmt(x: float, signed: bool = True) -> str:
    if x is None or not np.isfinite(x):
        return "n/a"
    return f"{x:+.2f}" if signed else f"{x:.3g}"


def term_table(keyness: pd.DataFrame, paragraphs: pd.DataFrame, tokens: Sequence[Sequence[str]],
               by: str, target, *, pos: Mapping[str, str] | None = None,
               categories: Mapping[str, str] | None = None) -> tuple[pd.DataFrame, list[str]]:
    """One row per keyness term with everything a point of the page shows.

    Returns ``(table, notes)``: the table has ``term``, ``count_target``,
    ``count_rest``, ``rate_target``, ``rate_rest`` (per 10,000 tokens),
    ``log_ratio``, ``lr_low``, ``lr_high``, ``q_value``, ``verdict`` ("holds up",
    "does not hold up" or "not tested"), ``paragraphs``, ``articles``, ``pos``,
    ``category``, sorted by term; ``notes`` says which optional inputs were absent.
    """
    _check(paragraphs, tokens)
    _side(paragraphs, by, target)
    k = keyness.rename(columns={"count_rest": "count_reference", "total_rest": "total_reference"})
    if len(k) == 0:
        raise ValueError("the keyness table has no terms")
    need = ["term", "count_target", "count_reference", "total_target", "total_reference",
            "log_ratio"]
    missing = [c for c in need if c not in k]
    if missing:
        raise ValueError(f"keyness table lacks column(s) {', '.join(missing)}")
    notes = []
    df = pd.DataFrame({"term": k["term"].astype(str),
                       "count_target": k["count_target"].astype(int),
                       "count_rest": k["count_reference"].astype(int)})
    df["rate_target"] = 1e4 * df["count_target"] / float(k["total_target"].iloc[0])
    df["rate_rest"] = 1e4 * df["count_rest"] / float(k["total_reference"].iloc[0])
    df["log_ratio"] = k["log_ratio"].astype(float).to_numpy()
    for col, why in (("lr_low", "no Log Ratio interval"), ("lr_high", None),
                     ("q_value", "no q-value (multiplicity control)")):
        df[col] = k[col].astype(float).to_numpy() if col in k else np.nan
        if col not in k and why:
            notes.append(f"the keyness table has {why}")
    if "holds_up" in k:
        held = k["holds_up"].fillna(False).astype(bool).to_numpy()
        df["verdict"] = np.where(held, "holds up", "does not hold up")
    else:
        df["verdict"] = "not tested"
        notes.append("the keyness table has no verdict (holds_up): no point is marked as holding up")
    disp = dispersion(paragraphs, tokens).set_index("term")
    df["paragraphs"] = df["term"].map(disp["paragraphs"]).fillna(0).astype(int)
    df["articles"] = df["term"].map(disp["articles"]).fillna(0).astype(int)
    if pos is None:
        notes.append("no part-of-speech tags were given")
    df["pos"] = [(pos or {}).get(t, "n/a") for t in df["term"]]
    if categories is None:
        categories = lexicon_categories(paragraphs[by].astype(str).unique())
    df["category"] = [categories.get(t, "none") for t in df["term"]]
    df["lr_text"] = [f"{_fmt(v)} [{_fmt(lo)}, {_fmt(hi)}]" for v, lo, hi in
                     zip(df["log_ratio"], df["lr_low"], df["lr_high"])]
    df["q_text"] = [_fmt(q, signed=False) for q in df["q_value"]]
    return df.sort_values("term", kind="stable").reset_index(drop=True), notes


def kept_hits(hits: Mapping[str, list[tuple[int, int, int]]], side: Sequence[str], terms,
              max_lines: int = MAX_LINES) -> list[list[tuple[int, int, int]]]:
    """Per term (aligned with ``terms``) its first ``max_lines`` hits on each side."""
    out = []
    for t in terms:
        kept, n = [], {"target": 0, "rest": 0}
        for row, s, e in hits.get(t, []):
            if n[side[row]] < max_lines:
                n[side[row]] += 1
                kept.append((row, s, e))
        out.append(kept)
    return out


#: Separators of the compounds string: ASCII unit and record separators, which no word contains.
UNIT, RECORD = "\x1f", "\x1e"


def encode_compounds(compounds: Mapping[str, list[tuple[str, int, int]]], terms,
                     limit: int = 12) -> list[str]:
    """Per term its ``limit`` most frequent compounds as one string for the page.

    Fields ``word, count_target, count_rest`` are joined by :data:`UNIT`, compounds by
    :data:`RECORD` (a comma or semicolon may be part of a word).
    """
    return [RECORD.join(UNIT.join(map(str, c)) for c in compounds.get(t, [])[:limit])
            for t in terms]


def encode_lengths(text: str, tokens: Sequence[str]) -> str:
    """The paragraph's token boundaries as a compact ASCII string for the page.

    Each token found in ``text`` (:func:`token_spans`) is one character,
    ``chr(48 + length)``; text between tokens (whitespace normalised away) is
    ``"!"`` followed by ``chr(48 + gap)``. Lengths and gaps above 70 are split
    (a gap) or, for a token, written as ``"~"`` plus its length in decimal and
    ``";"``. The page finds every occurrence of a term as a token from this
    and the text, so no per-term index is shipped and every line is reachable.
    """
    out, pos = [], 0
    for span in token_spans(text, tokens):
        if span is None:
            continue
        s, e = span
        gap = s - pos
        while gap > 0:
            g = min(gap, 70)
            out.append("!" + chr(48 + g))
            gap -= g
        n = e - s
        out.append(chr(48 + n) if 0 < n <= 70 else f"~{n};")
        pos = e
    return "".join(out)


def round_sig(x, digits: int = 4):
    """Floats rounded to ``digits`` significant digits, so the page is the same on every machine."""
    a = np.asarray(x, dtype=float)
    finite = np.isfinite(a)
    safe = np.where(finite & (a != 0), a, 1.0)  # an open interval end (inf) or NaN stays as it is
    mag = np.where(finite & (a != 0), np.floor(np.log10(np.abs(safe))), 0)
    scale = 10.0 ** (digits - 1 - mag)
    return np.where(finite, np.round(np.where(finite, a, 0.0) * scale) / scale, a)



def top_terms(table: pd.DataFrame, n: int = TOP_TERMS, min_chars: int = 2) -> dict[str, list[str]]:
    """The ``n`` most characteristic terms of each side: holding first, then by |Log Ratio| x evidence.

    Sort key: holds up, then the size of the lean weighted by how often the
    term occurs (``|log_ratio| * log2(2 + count)``: a term seen 40 times
    outranks one seen twice at the same ratio), then the term. Terms of one
    character are left out (segmentation debris more often than words) unless ``min_chars=1``.
    """
    t = table[table["term"].str.len() >= min_chars].assign(
        held=table["verdict"] == "holds up",
        strength=lambda d: d["log_ratio"].abs() * np.log2(2 + d["count_target"] + d["count_rest"]))
    out = {}
    for side, sign in (("target", 1), ("rest", -1)):
        part = t[np.sign(t["log_ratio"]) == sign].sort_values(["held", "strength", "term"],
                                                             ascending=[False, False, True])
        out[side] = part["term"].head(n).tolist()
    return out


def rest_label(groups: Sequence[str], target) -> str:
    """What the target is compared with: the other group, or "the rest (N groups)" without listing them all."""
    rest = [g for g in sorted(map(str, groups)) if g != str(target)]
    if len(rest) == 1:
        return rest[0]
    if len(rest) <= 3:
        return "rest (" + "、".join(rest) + ")"
    return f"rest ({len(rest)} groups)"


def page_rows(paragraphs: pd.DataFrame, tokens, side, terms: Sequence[str], *,
              max_chars: int | None = PAGE_CHARS, max_lines: int = MAX_LINES,
              random_state: int = 0) -> np.ndarray:
    """The rows of ``paragraphs`` a page carries, sorted: every row while their text is at most
    ``max_chars`` characters; past that, the paragraphs holding the first ``max_lines`` lines of
    each of ``terms`` on each side (the terms the page lists), then paragraphs in a fixed random
    order (``random_state``) until the characters run out.

    Why a sample: a page that carries every paragraph grows with the corpus (36 MB at 10,000
    articles) and stops opening; the counts, tests and intervals on the page are computed from
    every paragraph before the sample is drawn, so only which concordance lines can be read
    changes. A random fill keeps each group's share of the lines about its share of the text.
    """
    texts = paragraphs["text"].astype(str)
    lengths = texts.str.len().to_numpy()
    if max_chars is None or lengths.sum() <= max_chars:
        return np.arange(len(paragraphs))
    hits = term_hits(paragraphs, tokens, list(terms))
    chosen = sorted({row for kept in kept_hits(hits, side, list(terms), max_lines) for row, _, _ in kept})
    used = int(lengths[chosen].sum()) if chosen else 0
    taken = np.zeros(len(paragraphs), dtype=bool)
    taken[chosen] = True
    for row in np.random.default_rng(random_state).permutation(len(paragraphs)):
        if taken[row]:
            continue
        if used + lengths[row] > max_chars:
            if used >= max_chars:
                break
            continue
        taken[row] = True
        used += int(lengths[row])
    return np.flatnonzero(taken)


def page_data(keyness: pd.DataFrame, paragraphs: pd.DataFrame, tokens, by: str, target, *,
              pos=None, categories=None, dictionary=(), max_lines: int = MAX_LINES, keyness_of=None,
              group_terms: int = 100, max_chars: int | None = PAGE_CHARS, random_state: int = 0) -> dict:
    """Everything the term view shows, as plain tables.

    Returns a dict: ``terms`` (:func:`term_table` plus ``x``, ``y`` plot
    positions (reference right, target up, ties jittered as in
    :func:`zhframe.plots.keywords.scatter_positions`), ``colour`` (the suite's
    verdict colour), ``compounds``; floats rounded), ``docs`` (doc, title,
    group, side), ``paragraphs`` (doc index, para, text, token lengths of
    each paragraph the page carries: :func:`encode_lengths`, :func:`page_rows` with
    ``max_chars``), ``sample`` (paragraphs carried, paragraphs in all), ``rows`` (their
    positions in ``paragraphs``), ``top`` (:func:`top_terms`),
    ``target``, ``rest`` (:func:`rest_label`), ``groups``, ``notes``, ``by``; with more
    than two groups and ``keyness_of`` (group -> its keyness table against the rest),
    ``by_group`` (:func:`zhframe.plots.explorer_groups.group_views`: what the page's
    group selector switches to; ``group_terms`` terms per side).
    """
    from zhframe.plots.keywords import scatter_positions
    from zhframe.plots.style import verdict_colours

    table, notes = term_table(keyness, paragraphs, tokens, by, target, pos=pos,
                              categories=categories)
    side = _side(paragraphs, by, target)
    terms = table["term"].tolist()
    counts = token_counts(tokens, side)
    table["compounds"] = encode_compounds(dictionary_compounds(terms, dictionary, counts), terms)
    tot_t = float(keyness["total_target"].iloc[0])
    tot_r = float(keyness.get("total_reference", keyness.get("total_rest")).iloc[0])
    x, y = scatter_positions(table["count_target"], table["count_rest"], tot_t, tot_r)
    table["x"], table["y"] = round_sig(x), round_sig(y)
    table["rate_target"], table["rate_rest"] = round_sig(table["rate_target"]), round_sig(table["rate_rest"])
    for col in ("log_ratio", "lr_low", "lr_high", "q_value"):
        table[col] = round_sig(table[col])
    table["colour"] = verdict_colours(table["log_ratio"], table["verdict"] == "holds up")
    groups = sorted(paragraphs[by].astype(str).unique())
    top = top_terms(table)
    listed = list(dict.fromkeys([*top["target"], *top["rest"],
                                 *table.loc[table["verdict"] == "holds up", "term"].head(200)]))
    rows = page_rows(paragraphs, tokens, side, listed, max_chars=max_chars, max_lines=max_lines,
                     random_state=random_state)
    kept = paragraphs.iloc[rows]
    doc_ids = kept["doc_id"].astype(str).to_numpy()
    first = pd.DataFrame({"doc": doc_ids, "group": kept[by].astype(str).to_numpy(), "side": side[rows],
                          "title": (kept["title"].fillna("").astype(str).to_numpy()
                                    if "title" in kept else "")}).drop_duplicates("doc")
    docs = first.reset_index(drop=True)
    index = {d: i for i, d in enumerate(docs["doc"])}
    texts = kept["text"].astype(str).tolist()
    paras = pd.DataFrame({"d": [index[d] for d in doc_ids], "para": kept["para"].astype(str).to_numpy(),
                          "text": texts, "lens": [encode_lengths(t, tokens[r]) for t, r in zip(texts, rows)]})
    out = {"terms": table, "docs": docs, "paragraphs": paras, "top": top,
           "target": str(target), "rest": rest_label(groups, target), "groups": groups,
           "notes": notes, "by": by, "page_lines": max_lines, "totals": (tot_t, tot_r),
           "sample": (len(rows), len(paragraphs)), "rows": rows}
    if keyness_of is not None and len(groups) > 2:
        from zhframe.plots.explorer_groups import group_views

        common = table.assign(n=table["count_target"] + table["count_rest"]).sort_values(
            ["n", "term"], ascending=[False, True], kind="stable")["term"].head(group_terms).tolist()
        out["by_group"] = group_views(keyness_of, groups, terms, n=group_terms, skip=[str(target)],
                                      common=common)
    return out
