"""Concordances (KWIC) and collocations (PMI and G²)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from zhframe.keywords.counting import _check_paragraphs
from zhframe.keywords.statistics import _xlogx_over

KWIC_COLUMNS = ["left", "term", "right", "group", "doc_id", "para"]
#: Extra columns of the token KWIC: sort keys (nearest word first) and the match's token position.
KWIC_SORT_COLUMNS = ["left_key", "right_key", "start", "token"]


def _token_spans(text: str, tokens: Sequence[str]) -> list[tuple[str, int, int]]:
    """Tokens with their character spans in ``text``, found in order (a token the text
    does not contain verbatim, e.g. after normalisation, gets the span of the last one found)."""
    out, pos = [], 0
    for tok in tokens:
        k = text.find(tok, pos)
        if k < 0:
            out.append((tok, pos, pos))
            continue
        out.append((tok, k, k + len(tok)))
        pos = k + len(tok)
    return out


def kwic(paragraphs: pd.DataFrame, term, by: str | None = None, window: int = 8,
         regex: bool = False, tokenizer=None) -> pd.DataFrame:
    """Keyword in context over *tokens*: every occurrence of a word or phrase as the tokenizer cuts it.

    Parameters
    ----------
    paragraphs : DataFrame with ``text`` (and ``doc_id``, ``para``, ``by`` if present).
    term : str or sequence of str
        A token (党史 matches the token 党史, not the inside of 党史学习教育, which
        is one token: the KWIC shows what keyness counted), or a phrase: a list of
        tokens or a string with spaces (``"学 党史"``) matched as consecutive tokens.
        With ``regex``, a regular expression every token must match in full
        (one-token terms only).
    by : str, optional
        Grouping column reported as ``group``.
    window : int
        Tokens of context on each side.
    tokenizer : callable str -> list of str, optional
        Default: the project tokenizer (:func:`~zhframe.keywords.default_tokenizer`);
        pass the one keyness used so that the lines are the counted tokens.

    Returns
    -------
    DataFrame :data:`KWIC_COLUMNS` + :data:`KWIC_SORT_COLUMNS`: ``left``/``right``
    are the text around the match (from the first context token to the last, as
    printed), ``left_key`` the left tokens nearest first and ``right_key`` the right
    tokens, space-separated, so sorting by either groups lines by their neighbours
    (:func:`sort_kwic`); ``start`` the character offset and ``token`` the token
    position of the match. Paragraph order, then position. For the old view that
    finds a string anywhere (also inside longer words), see :func:`kwic_substring`.
    """
    _check_paragraphs(paragraphs, by)
    if isinstance(term, str):
        if not term.strip():
            raise ValueError("term must be a non-empty string")
        phrase = [term] if regex else term.split()
    else:
        phrase = [str(x) for x in term]
        if not phrase or not all(phrase):
            raise ValueError("term must be a non-empty token or list of tokens")
    if regex and len(phrase) != 1:
        raise ValueError("regex=True takes a single-token pattern")
    if window < 0:
        raise ValueError(f"window must be >= 0, got {window}")
    if tokenizer is None:
        from zhframe.keywords.counting import default_tokenizer

        tokenizer = default_tokenizer()
    pattern = re.compile(phrase[0]) if regex else None
    n = len(phrase)
    rows = []
    for _, row in paragraphs.iterrows():
        text = str(row["text"])
        spans = _token_spans(text, list(tokenizer(text)))
        toks = [s[0] for s in spans]
        for i in range(len(toks) - n + 1):
            hit = pattern.fullmatch(toks[i]) is not None if regex else toks[i:i + n] == phrase
            if not hit:
                continue
            s, e = spans[i][1], spans[i + n - 1][2]
            left, right = spans[max(0, i - window):i], spans[i + n:i + n + window]
            rows.append({"left": text[left[0][1]:s] if left else "", "term": text[s:e],
                         "right": text[e:right[-1][2]] if right else "",
                         "group": row[by] if by is not None else None,
                         "doc_id": row.get("doc_id"), "para": row.get("para"),
                         "left_key": " ".join(x[0] for x in reversed(left)),
                         "right_key": " ".join(x[0] for x in right), "start": s, "token": i})
    return pd.DataFrame(rows, columns=KWIC_COLUMNS + KWIC_SORT_COLUMNS)


def sort_kwic(lines: pd.DataFrame, side: str = "right") -> pd.DataFrame:
    """KWIC lines sorted by their right context (``"right"``: the next word, then the one after)
    or their left (``"left"``: the word before the match, then the one before it); ties in
    reading order."""
    if side not in ("left", "right"):
        raise ValueError(f"side must be 'left' or 'right', got {side!r}")
    return lines.sort_values([f"{side}_key", "doc_id", "para", "start"], kind="stable").reset_index(drop=True)


def kwic_substring(paragraphs: pd.DataFrame, term: str, by: str | None = None, window: int = 15,
                   regex: bool = False) -> pd.DataFrame:
    """Every occurrence of a *string* in the paragraph texts (the pre-token KWIC).

    Unlike :func:`kwic`, 党史 here also matches inside 党史学习教育 or 学党史: use it
    to see how a word is used across the compounds the tokenizer keeps whole
    (:func:`~zhframe.keywords.term_families` counts them). ``term`` is literal, or a
    regular expression with ``regex``; ``window`` counts characters. Returns
    :data:`KWIC_COLUMNS` plus ``start`` (character offset), in paragraph order then position.
    """
    _check_paragraphs(paragraphs, by)
    if not term:
        raise ValueError("term must be a non-empty string")
    pattern = re.compile(term if regex else re.escape(term))
    rows = []
    for _, row in paragraphs.iterrows():
        text = str(row["text"])
        for m in pattern.finditer(text):
            s, e = m.span()
            rows.append({"left": text[max(0, s - window):s], "term": m.group(0),
                         "right": text[e:e + window],
                         "group": row[by] if by is not None else None,
                         "doc_id": row.get("doc_id"), "para": row.get("para"), "start": s})
    return pd.DataFrame(rows, columns=KWIC_COLUMNS + ["start"])


def term_families(terms: Sequence[str], count_target, count_reference, top: int = 5) -> pd.DataFrame:
    """For each term, the longer tokens of the vocabulary that contain it, with their counts.

    The user dictionary keeps 党史学习教育, 学党史 and 百年党史 whole, so the
    token 党史 counts only the uses outside them; a reader comparing groups on 党史
    needs both numbers. ``terms`` is the counted vocabulary, ``count_target`` /
    ``count_reference`` its counts per side (as in the keyness table).

    Returns a DataFrame indexed by term: ``compounds`` (up to ``top`` containing
    tokens by total count, each ``word target/reference``; "" when none),
    ``compound_count_target`` and ``compound_count_reference`` (all containing
    tokens' counts summed). Every substring of every token is looked up once, so
    the cost grows with the vocabulary, not its square.
    """
    terms = [str(t) for t in terms]
    a = np.asarray(count_target, dtype=np.int64)
    b = np.asarray(count_reference, dtype=np.int64)
    index = {t: i for i, t in enumerate(terms)}
    members: dict[int, list[int]] = {}
    for j, tok in enumerate(terms):
        seen = set()
        for s in range(len(tok)):
            for e in range(s + 1, len(tok) + 1):
                sub = tok[s:e]
                if sub != tok and sub in index and sub not in seen:
                    seen.add(sub)
                    members.setdefault(index[sub], []).append(j)
    comp, ct, cr = [""] * len(terms), np.zeros(len(terms), np.int64), np.zeros(len(terms), np.int64)
    for i, js in members.items():
        js = sorted(js, key=lambda j: (-(a[j] + b[j]), terms[j]))
        comp[i] = "; ".join(f"{terms[j]} {a[j]}/{b[j]}" for j in js[:top]) + (
            f"; +{len(js) - top} more" if len(js) > top else "")
        ct[i], cr[i] = a[js].sum(), b[js].sum()
    return pd.DataFrame({"compounds": comp, "compound_count_target": ct, "compound_count_reference": cr},
                        index=pd.Index(terms, name="term"))


def _g2_table(o11, r1, c1, n) -> np.ndarray:
    """Unsigned G² of 2x2 tables given by cell o11, row total r1, column total c1, grand total n."""
    o11, r1, c1, n = (np.asarray(x, dtype=float) for x in (o11, r1, c1, n))
    obs = [o11, r1 - o11, c1 - o11, n - r1 - c1 + o11]
    exp = [r1 * c1 / n, r1 * (n - c1) / n, (n - r1) * c1 / n, (n - r1) * (n - c1) / n]
    return np.maximum(2.0 * sum(_xlogx_over(o, e) for o, e in zip(obs, exp)), 0.0)


def collocations(token_lists: Iterable[Sequence[str]], window: int = 5, min_count: int = 3,
                 node: str | None = None) -> pd.DataFrame:
    """Word pairs that co-occur within ``window`` tokens more often than chance.

    Parameters
    ----------
    token_lists : iterable of token lists
        One list per paragraph; pairs never cross a paragraph boundary.
    window : int
        ``right`` is counted when it follows ``left`` at most ``window`` tokens later.
    min_count : int
        Keep pairs seen at least this many times (PMI overrates rare pairs).
    node : str, optional
        Keep only pairs with ``node`` on either side.

    Returns
    -------
    DataFrame ``[left, right, count, expected, pmi, g2]`` sorted by g2
    descending, then left, right.

    Each (position, later position within window) is one slot; ``R1`` = slots
    starting with ``left``, ``C1`` = slots ending with ``right``, ``N`` = all
    slots, ``expected = R1*C1/N``. PMI = ``log2(count/expected)`` (Church &
    Hanks 1990); G² is Dunning's (1993) log-likelihood of the 2x2 table
    (count, R1, C1, N), which unlike PMI does not favour rare pairs
    (Evert 2008, "Corpora and collocations").
    """
    if window < 1:
        raise ValueError(f"window must be >= 1, got {window}")
    pairs: Counter = Counter()
    first: Counter = Counter()
    second: Counter = Counter()
    n_slots = 0
    for tokens in token_lists:
        tokens = list(tokens)
        for i, x in enumerate(tokens):
            for y in tokens[i + 1:i + 1 + window]:
                pairs[(x, y)] += 1
                first[x] += 1
                second[y] += 1
                n_slots += 1
    rows = [(x, y, o) for (x, y), o in pairs.items()
            if o >= min_count and (node is None or node in (x, y))]
    cols = ["left", "right", "count", "expected", "pmi", "g2"]
    if not rows:
        return pd.DataFrame(columns=cols)
    left, right, o = (np.array(v, dtype=object) for v in zip(*rows))
    o = o.astype(float)
    r1 = np.array([first[x] for x in left], dtype=float)
    c1 = np.array([second[y] for y in right], dtype=float)
    expected = r1 * c1 / n_slots
    df = pd.DataFrame({"left": left, "right": right, "count": o.astype(int), "expected": expected,
                       "pmi": np.log2(o / expected), "g2": _g2_table(o, r1, c1, n_slots)})
    order = np.lexsort((df["right"].astype(str), df["left"].astype(str), -df["g2"].to_numpy()))
    return df.iloc[order].reset_index(drop=True)
