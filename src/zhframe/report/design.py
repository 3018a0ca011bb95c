"""The comparison's design in words: target, reference, and what one article per group can carry."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

from zhframe.report.escape import md

REST = "其余 rest"


def _groups(groups: Iterable) -> list[str]:
    out = sorted({str(g) for g in groups})
    if len(out) < 2:
        raise ValueError(f"need at least two groups to compare, got {out}")
    return out


def resolve_target(groups: Iterable, target=None) -> tuple[str, str]:
    """``(target, reference)`` for a one-against-the-rest comparison.

    ``target`` None means the first group in sorted order; a target that is
    not one of ``groups`` is a ValueError naming the groups. The reference is
    the other group's name when there are two groups (so 开州区 against
    北碚区, whichever is the target), else "其余 rest" (all others pooled).
    """
    gs = _groups(groups)
    t = gs[0] if target is None else str(target)
    if t not in gs:
        raise ValueError(f"TARGET {t!r} is not a group; the groups are: {', '.join(gs)}")
    others = [g for g in gs if g != t]
    return t, others[0] if len(others) == 1 else REST


def comparison_targets(groups: Iterable, target=None) -> list[str]:
    """Groups to compare with the rest: ``[target]`` when one is given, else the first of two, else all."""
    gs = _groups(groups)
    if target is not None:
        return [resolve_target(gs, target)[0]]
    return gs[:1] if len(gs) == 2 else gs


def articles_per_group(table: pd.DataFrame, by: str, doc_col: str = "doc_id") -> dict[str, int]:
    """``{group: number of distinct articles}``, groups sorted, from any table with ``by`` and ``doc_col``."""
    if by not in table or doc_col not in table:
        raise ValueError(f"table needs columns {by!r} and {doc_col!r}")
    counts = table.groupby(table[by].astype(str))[doc_col].nunique()
    return {str(g): int(n) for g, n in counts.sort_index().items()}


def _per_group(n_docs: Mapping[str, int]) -> str:
    if len(n_docs) > 12:  # a clause per group would not read at 100 places
        counts = sorted(n_docs.values())
        median = (counts[len(counts) // 2] + counts[(len(counts) - 1) // 2]) / 2
        return f"{len(counts)} groups of {counts[0]} to {counts[-1]} articles, median {median:g}"
    return ", ".join(f"{md(g)}: {n}" for g, n in n_docs.items())


def design_caveat(n_docs: Mapping[str, int]) -> str:
    """One or two sentences naming the design and what it limits, from articles per group.

    With at most two articles in some group, differences describe these
    articles, not the groups: a reporter's choice on one day cannot be told
    from the habit of a group's outlet, and the paragraph bootstrap cannot see
    variation between articles the corpus does not have. With more articles the
    tests resample articles, and the sentence says which intervals still resample
    paragraphs. Past 12 groups the sizes are a range.
    """
    if not n_docs:
        raise ValueError("no groups")
    total, fewest = sum(n_docs.values()), min(n_docs.values())
    head = f"The comparison rests on {total} article{'s' if total != 1 else ''} ({_per_group(n_docs)})."
    if fewest <= 2:
        per = "one article" if fewest == 1 else "two articles"
        return (f"{head} With {per} in a group, every difference describes these articles, not the groups: "
                "a word or device one reporter chose on one day cannot be told apart from a habit of the "
                "group's paper, and resampling paragraphs cannot see variation between articles the corpus "
                "does not have.")
    return (f"{head} The tests and the intervals of the differences resample whole articles, the unit that was "
            "sampled, so a holding difference is one between the groups these articles come from; the "
            "descriptive intervals of profiles (notebook 02) resample paragraphs and understate how much "
            "another set of articles could differ.")
