"""Sentences of notebooks 01 (cleanup) and 02 (tokens): what the page is made of, what the tokens are."""

from __future__ import annotations

import pandas as pd

from zhframe.report.escape import md


def cleanup_summary(decisions: pd.DataFrame, n_articles: int) -> str:
    """Blocks set aside, paragraphs rejoined and fragments, from :func:`zhframe.cleanup.layout_decisions`."""
    rejoins = decisions[decisions["decision"].fillna("").astype(str).str.startswith("rejoined")]
    fragments = decisions[decisions["fragment"].notna()]
    kinds = ", ".join(f"{md(k)}: {v}" for k, v in fragments["fragment"].value_counts().sort_index().items())
    return (f"Across {n_articles} articles: {int((decisions['decision'] == 'set aside').sum())} blocks set aside, "
            f"{len(rejoins)} paragraphs rejoined from {int(rejoins['pieces'].sum())} pieces, "
            f"and {len(fragments)} fragments where text was lost at a column break ({kinds or 'none'}).")


def body_share(chars: pd.DataFrame, by: str) -> tuple[pd.DataFrame, str]:
    """Per-group body and page characters from :func:`zhframe.cleanup.block_characters`, and a sentence.

    Returns ``(table, sentence)``: the table has body, total and body_share per group.
    """
    share = chars.groupby(by)[["body", "total"]].sum()
    share["body_share"] = share["body"] / share["total"]
    lo, hi = share["body_share"].idxmin(), share["body_share"].idxmax()
    which = (f"Body text is {share.loc[lo, 'body_share']:.0%} of the characters for {md(by)} {md(lo)} and "
             f"{share.loc[hi, 'body_share']:.0%} for {md(hi)}." if len(share) <= 2 else
             f"Across {len(share)} groups of {md(by)}, body text ranges from {share.loc[lo, 'body_share']:.0%} of the "
             f"characters ({md(lo)}) to {share.loc[hi, 'body_share']:.0%} ({md(hi)}).")
    text = (f"{which} Counting the whole page (every block, no whitespace) "
            f"would compare {share.loc[lo, 'total']:,} with {share.loc[hi, 'total']:,} characters; the body "
            f"alone compares {share.loc[lo, 'body']:,} with {share.loc[hi, 'body']:,}.")
    return share, text


def token_sizes(sizes: pd.DataFrame, window: int) -> str:
    """Tokens and moving-average TTR per group, from :func:`zhframe.keywords.profile.size_table`."""
    col = f"mattr_{window}"
    if col not in sizes:
        raise ValueError(f"sizes has no column {col!r}: was it computed with window={window}?")
    hi, lo = sizes[col].idxmax(), sizes[col].idxmin()
    return (f"Across {len(sizes)} groups the body text yields {sizes['tokens'].min():,} to "
            f"{sizes['tokens'].max():,} tokens. The moving-average TTR ({window}-token windows) ranges from "
            f"{sizes[col].min():.3f} ({md(lo)}) to {sizes[col].max():.3f} ({md(hi)}); a difference of a few hundredths "
            "can come from one enumerative passage.")


def pos_spread(profile: pd.DataFrame, by: str) -> str:
    """The part of speech whose share differs most between groups, from :func:`zhframe.keywords.profile.pos_profile`."""
    wide = profile.pivot(index="pos", columns=by, values="share")
    spread = (wide.max(axis=1) - wide.min(axis=1)).sort_values(ascending=False, kind="stable")
    top = spread.index[0]
    low = profile.pivot(index="pos", columns=by, values="low").loc[top]
    high = profile.pivot(index="pos", columns=by, values="high").loc[top]
    overlap = low.max() <= high.min()
    return (f"The largest difference between groups is in **{md(top)}** ({spread.iloc[0]:.1%} of tokens between the "
            "highest and lowest group); "
            + ("its intervals overlap, so the profile does not distinguish the groups even there." if overlap else
               "its intervals do not all overlap, so the profile separates the groups there; where intervals "
               "overlap (see the figure) it does not."))


def closing_tokens(n_docs_sentence: str) -> str:
    """What notebook 02 gives and cannot give (``n_docs_sentence``: :func:`~zhframe.report.design.design_caveat`)."""
    return ("**Take from this.** The counts every later notebook starts from: how many running words each group "
            "has, how varied its vocabulary is once length is accounted for, and its mix of parts of speech. "
            f"**It cannot carry** a claim about style on its own. {n_docs_sentence} How good the segmentation is "
            "is measured elsewhere (`benchmarks/bakeoff.py`, `tests/data/seed_gold.txt`), not here.")


def shown_articles(shown: int, total: int) -> str:
    """One sentence: how many of the corpus's articles the side-by-side view shows, and which."""
    if shown >= total:
        return f"All {total:,} articles are shown side by side above."
    return (f"{shown:,} of {total:,} articles are shown side by side above (the first of each group in turn, "
            f"by doc_id): showing every page would not read. The tables below count every article.")


#: What each tagger backend of :class:`zhframe.tokenize.Tokenizer` is, in words.
TAGGERS = {"rjieba": "jieba-rs' tagger (jieba's tag set; the tokenizer's default, about 100x faster than "
                     "jieba.posseg, cutting and tagging differently on part of the text)",
           "posseg": "jieba.posseg (jieba's reference tagger and tag set)"}


def pos_method(backend: str) -> str:
    """Which tagger made the part-of-speech profile, from the tokenizer's own ``pos_backend``.

    The sentence is made from the setting that ran, so it cannot contradict it.
    """
    if backend not in TAGGERS:
        raise ValueError(f"unknown pos_backend {backend!r}; known: {', '.join(sorted(TAGGERS))}")
    other = "posseg" if backend == "rjieba" else "rjieba"
    return (f"Parts of speech are tagged by {TAGGERS[backend]}; `Tokenizer(pos_backend=\"{other}\")` uses "
            f"{TAGGERS[other].split(' (')[0]} instead, and `benchmarks/bakeoff.py` measures how far the two agree.")
