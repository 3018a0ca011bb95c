"""Prose about topic models: how k was chosen, what the prevalence table says.

Every sentence is built from the numbers it names: "most stable" is the largest
``stability``, "excluded" the ks whose ``smallest_topic`` is under ``min_docs``, a
difference "beyond its interval" one whose interval lies on one side of zero.
"""

from __future__ import annotations

import pandas as pd


def _ks(ks) -> str:
    ks = sorted(int(k) for k in ks)
    if len(ks) > 2 and ks == list(range(ks[0], ks[-1] + 1)):
        return f"{ks[0]}..{ks[-1]}"
    return ", ".join(map(str, ks))


def describe_k_choice(table: pd.DataFrame, tolerance: float, min_docs: int, k: int | None = None) -> str:
    """One paragraph of Markdown stating the rule and what it picked, numbers from ``table``.

    ``table`` is :func:`zhframe.topics.select_k`'s (one restart seed's). ``k``: the k the
    study went on with (e.g. the consensus over restart seeds,
    :func:`zhframe.topics.stability.k_over_seeds`); when it differs from this table's pick
    the paragraph says so rather than calling this table's pick the chosen k.
    """
    row = table[table["chosen"]].iloc[0]
    small = table.loc[table["smallest_topic"] < min_docs, "k"].tolist()
    every_small = len(small) == len(table)
    admissible = table if every_small else table[~table["k"].isin(small)]
    best = admissible["coherence"].max()
    close = admissible[admissible["coherence"] >= best - tolerance - 1e-12]
    # the rule's own order: stability rounded to 6 decimals, ties to the smaller k
    ranked = admissible.assign(_s=admissible["stability"].round(6)).sort_values(["_s", "k"], ascending=[False, True])
    most_stable = ranked.iloc[0]
    if every_small:
        excluded = (f"Every k has a topic that leads fewer than {min_docs} paragraphs, so none is excluded. ")
    elif small:
        excluded = (f"Excluded k = {_ks(small)}: some topic would lead fewer than {min_docs} paragraphs. ")
    else:
        excluded = ""
    picked = int(row["k"])
    if k is None or int(k) == picked:
        head = f"**Chosen k = {picked}**"
    else:
        head = f"With these restarts the rule picks **k = {picked}**"
    text = (f"Tried k = {_ks(table['k'])}. " + excluded
            + f"Best {'' if every_small else 'remaining '}mean NPMI coherence: {best:.3f} (k = "
            f"{int(admissible.loc[admissible['coherence'].idxmax(), 'k'])}); k = {_ks(close['k'])} "
            f"{'is' if len(close) == 1 else 'are'} within {tolerance:g} of it and compete on stability. "
            f"{head}: stability {row['stability']:.2f} (sd {row['stability_sd']:.2f} over pairs of restarts), "
            f"coherence {row['coherence']:.3f}, smallest topic leads {int(row['smallest_topic'])} paragraphs.")
    if k is not None and int(k) != picked:
        text += (f" The study uses k = {int(k)}, the consensus over restart seeds, not this table's pick.")
    if "converged" in table and table["converged"].notna().any() and (table["converged"] < 1).any():
        bad = table[table["converged"] < 1]
        text += (" Some NMF fits stopped at the iteration cap before meeting their tolerance (k = "
                 + ", ".join(f"{int(r.k)}: {r.converged:.0%} converged" for r in bad.itertuples())
                 + "); raise max_iter to check that the choice does not depend on it.")
    if int(most_stable["k"]) != picked:
        text += (f" The most stable admissible k overall is {int(most_stable['k'])} "
                 f"({most_stable['stability']:.2f}), with coherence {most_stable['coherence']:.3f}, "
                 f"{best - most_stable['coherence']:.3f} below the best, outside the tolerance.")
    return text


def describe_prevalence(prevalence: pd.DataFrame, ci: float = 0.95) -> str:
    """Markdown bullets, one per group: its largest topics and the differences whose interval excludes 0.

    ``prevalence`` is :func:`topic_prevalence`'s table. Descriptive: it lists the
    differences whose bootstrap interval lies on one side of zero, with no test
    and no multiplicity control; the tested version is
    :func:`zhframe.synthesis.topic_differences` with ``fit=`` (and
    :func:`zhframe.topics.stability.share_stability` across random starts).
    Shares are percentages of a group's characters; their differences are percentage
    points. When the table has a ``unit`` column, each bullet says what its intervals
    resampled.
    """
    lines = []
    n_groups = prevalence["group"].nunique()
    others = "the other group" if n_groups == 2 else "the other groups pooled"
    for g, part in prevalence.groupby("group", sort=True):
        part = part.sort_values(["share", "topic"], ascending=[False, True])
        top = "; ".join(f"{r.label} {r.share:.0%} ({r.lo:.0%}–{r.hi:.0%})" for r in part.head(2).itertuples())
        more = part[part["diff_lo"] > 0].sort_values(["diff", "topic"], ascending=[False, True])
        less = part[part["diff_hi"] < 0].sort_values(["diff", "topic"])
        holds = [f"more {r.label} ({_pts(r.diff)}, {ci:.0%} interval {_pts(r.diff_lo)} to {_pts(r.diff_hi)})"
                 for r in more.itertuples()]
        holds += [f"less {r.label} ({_pts(r.diff)}, {_pts(r.diff_lo)} to {_pts(r.diff_hi)})"
                  for r in less.itertuples()]
        big = part.loc[part["diff"].abs().sort_values(ascending=False, kind="stable").index[0]]
        verdict = (f"against {others}, it gives " + "; ".join(holds) if holds else
                   f"no topic's share differs from that of {others} beyond its interval (largest "
                   f"difference: {big['label']} {_pts(big['diff'])}, interval {_pts(big['diff_lo'])} "
                   f"to {_pts(big['diff_hi'])})")
        unit = f" Intervals resample {part['unit'].iloc[0]}." if "unit" in part.columns else ""
        lines.append(f"- **{g}**: largest topics {top}; {verdict}.{unit}")
    return "\n".join(lines)


def _pts(x: float) -> str:
    """A share difference in percentage points, signed: ``+30 pts``."""
    return f"{x * 100:+.0f} pts"
