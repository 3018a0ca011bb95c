"""Token statistics per group: sizes, lexical diversity, top terms, POS profile, kept terms.

Inputs are plain data: a DataFrame of paragraphs (one row each, a ``text``
column and the grouping column, e.g. :func:`zhframe.cleanup.body_paragraphs`)
and token lists from a :class:`zhframe.tokenize.Tokenizer`. The notebook
``02_tokens`` calls these and draws them with :mod:`zhframe.plots.tokens`.

Lexical diversity: the raw type-token ratio (types / tokens) falls as a text
grows, because every new token can repeat a type already seen while new types
get rarer (Heaps' law), so a longer article looks "poorer" whatever its style.
We report the moving-average TTR (MATTR; Covington & McFall 2010, *Journal of
Quantitative Linguistics* 17(2)): the mean TTR over every window of ``window``
consecutive tokens, which does not depend on total length once a text is
longer than the window; and, as a check, the expected TTR of equal-size random samples (rarefaction).
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

import numpy as np
import pandas as pd

from zhframe.stats import bootstrap_group_sums, percentile_interval

#: jieba flag (first letter) -> coarse part of speech for the profile.
POS_CLASSES = {"n": "noun 名词", "v": "verb 动词", "a": "adjective 形容词", "d": "adverb 副词",
               "m": "numeral 数词", "q": "measure 量词", "r": "pronoun 代词", "p": "preposition 介词",
               "c": "conjunction 连词", "u": "particle 助词", "t": "time 时间词", "f": "locative 方位词",
               "s": "place word 处所词", "x": "other 其他"}


def mattr(tokens: Sequence[str], window: int = 500) -> float:
    """Moving-average type-token ratio (Covington & McFall 2010).

    Mean of the TTR of every window of ``window`` consecutive tokens; a text
    shorter than the window gets its plain TTR. Returns NaN for no tokens.
    """
    n = len(tokens)
    if n == 0:
        return float("nan")
    if n <= window:
        return len(set(tokens)) / n
    counts = Counter(tokens[:window])
    types = len(counts)
    total = types
    for i in range(window, n):
        new, old = tokens[i], tokens[i - window]
        counts[new] += 1
        if counts[new] == 1:
            types += 1
        counts[old] -= 1
        if counts[old] == 0:
            types -= 1
        total += types
    return total / (n - window + 1) / window


def sampled_ttr(tokens: Sequence[str], size: int, n_samples: int = 200, random_state: int = 0) -> float:
    """Mean TTR of ``n_samples`` random samples of ``size`` tokens (without replacement)."""
    if size <= 0 or size > len(tokens):
        raise ValueError(f"sample size must be between 1 and {len(tokens)}, got {size}")
    rng = np.random.default_rng(random_state)
    arr = np.asarray(tokens, dtype=object)
    return float(np.mean([len(set(arr[rng.choice(len(arr), size, replace=False)])) / size
                          for _ in range(n_samples)]))


def rarefied_ttr(tokens: Sequence[str], size: int) -> float:
    """Expected TTR of a random sample of ``size`` tokens drawn without replacement: rarefaction
    (Sanders 1968; Hurlbert 1971), E[types] = sum over types of 1 - C(N - c, size) / C(N, size).

    The exact value that the mean of many random samples (:func:`sampled_ttr`) estimates, at the
    cost of one pass over the type counts instead of hundreds of samples of the whole text (55 s
    for ten groups of 400,000 tokens).
    """
    from scipy.special import gammaln

    n = len(tokens)
    if size <= 0 or size > n:
        raise ValueError(f"sample size must be between 1 and {n}, got {size}")
    counts = np.fromiter(Counter(tokens).values(), dtype=float)
    rest = n - counts
    absent = np.zeros_like(counts)
    ok = rest >= size  # else every sample holds the type
    r = rest[ok]
    absent[ok] = np.exp(gammaln(r + 1) - gammaln(r - size + 1) - gammaln(n + 1) + gammaln(n - size + 1))
    return float(np.sum(1.0 - absent) / size)


def _group_tokens(paragraphs: pd.DataFrame, tokens: Sequence[Sequence[str]], by: str) -> dict:
    if len(paragraphs) != len(tokens):
        raise ValueError(f"{len(paragraphs)} paragraphs but {len(tokens)} token lists")
    if by not in paragraphs.columns:
        raise ValueError(f"grouping column {by!r} not in the paragraphs' columns")
    out: dict = {}
    for g, toks in zip(paragraphs[by].astype(str), tokens):
        out.setdefault(g, []).extend(toks)
    return dict(sorted(out.items()))


def size_table(paragraphs: pd.DataFrame, tokens: Sequence[Sequence[str]], by: str,
               window: int = 500, random_state: int = 0) -> pd.DataFrame:
    """Per group: paragraphs, tokens, types, raw TTR, MATTR and TTR on equal-size samples.

    The equal-size sample is the smallest group's token count, so that column
    compares like with like; its TTR is the exact expectation over random samples
    (:func:`rarefied_ttr`). Index: the group values, sorted. ``random_state`` is kept for
    callers; nothing here is random any more.
    """
    grouped = _group_tokens(paragraphs, tokens, by)
    size = min(len(t) for t in grouped.values())
    rows = []
    for g, toks in grouped.items():
        rows.append({by: g, "paragraphs": int((paragraphs[by].astype(str) == g).sum()),
                     "tokens": len(toks), "types": len(set(toks)),
                     "ttr": len(set(toks)) / len(toks) if toks else float("nan"),
                     f"mattr_{window}": mattr(toks, window),
                     f"ttr_sample_{size}": rarefied_ttr(toks, size)})
    return pd.DataFrame(rows).set_index(by)


def top_terms(paragraphs: pd.DataFrame, tokens: Sequence[Sequence[str]], by: str, n: int = 20,
              min_chars: int = 2) -> pd.DataFrame:
    """The ``n`` most frequent terms of each group (ties broken by term).

    Columns: group, rank, term, count, per_1000 (per 1,000 tokens of the group).
    Terms shorter than ``min_chars`` characters are left out of the ranking.
    """
    rows = []
    for g, toks in _group_tokens(paragraphs, tokens, by).items():
        counts = Counter(t for t in toks if len(t) >= min_chars)
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
        for rank, (term, c) in enumerate(ranked, start=1):
            rows.append({by: g, "rank": rank, "term": term, "count": c,
                         "per_1000": 1000 * c / len(toks)})
    return pd.DataFrame(rows)


def pos_profile(paragraphs: pd.DataFrame, tagged: Sequence[Sequence[tuple[str, str]]], by: str,
                n_boot: int = 1000, random_state: int = 0, ci: float = 0.95) -> pd.DataFrame:
    """Share of each coarse part of speech per group, with paragraph-bootstrap intervals.

    ``tagged`` holds one ``[(word, flag), ...]`` list per paragraph (punctuation,
    flag ``x`` on punctuation only, is left out). Intervals resample paragraphs
    within groups (:func:`zhframe.stats.bootstrap_group_sums`). Columns: group,
    pos, count, share, low, high; classes in :data:`POS_CLASSES` order.
    """
    if len(paragraphs) != len(tagged):
        raise ValueError(f"{len(paragraphs)} paragraphs but {len(tagged)} tagged lists")
    classes = list(dict.fromkeys(POS_CLASSES.values()))
    index = {c: i for i, c in enumerate(classes)}
    X = np.zeros((len(tagged), len(classes)))
    for row, pairs in enumerate(tagged):
        for word, flag in pairs:
            if flag == "x" and not any(ch.isalnum() for ch in word):
                continue
            X[row, index[POS_CLASSES.get(flag[:1], "other 其他")]] += 1
    groups = paragraphs[by].astype(str).to_numpy()
    boot = bootstrap_group_sums(X, groups, n_boot=n_boot, random_state=random_state)
    rows = []
    for g in sorted(set(groups)):
        counts = X[groups == g].sum(axis=0)
        shares = boot[g] / np.maximum(boot[g].sum(axis=1, keepdims=True), 1)
        lo, hi = percentile_interval(shares, ci)
        for i, c in enumerate(classes):
            rows.append({by: g, "pos": c, "count": int(counts[i]), "share": counts[i] / counts.sum(),
                         "low": lo[i], "high": hi[i]})
    return pd.DataFrame(rows)


def kept_terms(texts: Sequence[str], words: Sequence[str], plain_cut, project_cut) -> pd.DataFrame:
    """Dictionary terms that occur in ``texts``: how plain jieba and the project cut them.

    ``plain_cut`` and ``project_cut`` are ``str -> list[str]`` (e.g. a base
    ``jieba.Tokenizer().lcut`` and ``Tokenizer.keep_all().cut``). A term
    counts as kept whole at an occurrence when no token boundary falls inside
    it. Columns: term, occurrences, plain_whole, project_whole (occurrence
    counts), plain_cut (how plain jieba cuts the term alone, "a / b"); sorted by
    occurrences (descending) then term. Only terms occurring at least once.
    """
    # offsets refer to the text without whitespace, as tokenizers drop whitespace tokens
    cuts = [("".join(t.split()), _boundaries(plain_cut(t)), _boundaries(project_cut(t))) for t in texts]
    rows = []
    for w in sorted(set(words)):
        occ = plain_ok = proj_ok = 0
        for text, pb, jb in cuts:
            start = text.find(w)
            while start != -1:
                end = start + len(w)
                occ += 1
                plain_ok += not any(start < b < end for b in pb)
                proj_ok += not any(start < b < end for b in jb)
                start = text.find(w, start + 1)
        if occ:
            rows.append({"term": w, "occurrences": occ, "plain_whole": plain_ok,
                         "project_whole": proj_ok, "plain_cut": " / ".join(plain_cut(w))})
    df = pd.DataFrame(rows, columns=["term", "occurrences", "plain_whole", "project_whole", "plain_cut"])
    return df.sort_values(["occurrences", "term"], ascending=[False, True]).reset_index(drop=True)


def _boundaries(tokens: Sequence[str]) -> set[int]:
    out, pos = set(), 0
    for t in tokens:
        pos += len("".join(t.split()))
        out.add(pos)
    return out
