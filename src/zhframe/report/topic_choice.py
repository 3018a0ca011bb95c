"""Prose about topic models: how k was chosen, what the prevalence table says."""

from __future__ import annotations


import pandas as pd



def describe_k_choice(table: pd.DataFrame, tolerance: float, min_docs: int) -> str:
    """One paragraph of Markdown stating the rule and what it picked, numbers from ``table``."""
    row = table[table["chosen"]].iloc[0]
    excluded = table.loc[table["smallest_topic"] < min_docs, "k"].tolist()
    admissible = table[~table["k"].isin(excluded)] if len(excluded) < len(table) else table
    best = admissible["coherence"].max()
    most_stable = admissible.sort_values(["stability", "k"], ascending=[False, True]).iloc[0]
    text = (f"Tried k = {table['k'].min()}..{table['k'].max()}. "
            + (f"Excluded k = {', '.join(map(str, excluded))}: some topic would lead fewer than "
               f"{min_docs} paragraphs. " if excluded else "")
            + f"Best remaining mean NPMI coherence: {best:.3f}; the ks within {tolerance:g} of it "
            f"compete on stability. **Chosen k = {int(row['k'])}**: stability {row['stability']:.2f} "
            f"(sd {row['stability_sd']:.2f} over pairs of restarts), coherence {row['coherence']:.3f}, "
            f"smallest topic leads {int(row['smallest_topic'])} paragraphs.")
    if "converged" in table and table["converged"].notna().any() and (table["converged"] < 1).any():
        bad = table[table["converged"] < 1]
        text += (" Some NMF fits stopped at the iteration cap before meeting their tolerance (k = "
                 + ", ".join(f"{int(r.k)}: {r.converged:.0%} converged" for r in bad.itertuples())
                 + "); raise max_iter to check that the choice does not depend on it.")
    if int(most_stable["k"]) != int(row["k"]):
        text += (f" The most stable admissible k overall is {int(most_stable['k'])} "
                 f"({most_stable['stability']:.2f}), with coherence {most_stable['coherence']:.3f}.")
    return text


def describe_prevalence(prevalence: pd.DataFrame, ci: float = 0.95) -> str:
    """Markdown bullets, one per group: its largest topics and the differences whose interval excludes 0.

    ``prevalence`` is :func:`topic_prevalence`'s table. Descriptive: it lists the
    differences whose bootstrap interval lies on one side of zero, with no test
    and no multiplicity control; the tested version is
    :func:`zhframe.synthesis.topic_differences` with ``fit=`` (and
    :func:`zhframe.topics.stability.share_stability` across random starts).
    """
    lines = []
    for g, part in prevalence.groupby("group", sort=True):
        part = part.sort_values(["share", "topic"], ascending=[False, True])
        top = "; ".join(f"{r.label} {r.share:.0%} ({r.lo:.0%}–{r.hi:.0%})" for r in part.head(2).itertuples())
        more = part[part["diff_lo"] > 0].sort_values("diff", ascending=False)
        less = part[part["diff_hi"] < 0].sort_values("diff")
        holds = [f"more {r.label} (+{r.diff:.0%}, {ci:.0%} interval {r.diff_lo:+.0%} to {r.diff_hi:+.0%})"
                 for r in more.itertuples()]
        holds += [f"less {r.label} ({r.diff:+.0%}, {r.diff_lo:+.0%} to {r.diff_hi:+.0%})"
                  for r in less.itertuples()]
        big = part.loc[part["diff"].abs().sort_values(ascending=False, kind="stable").index[0]]
        verdict = ("than the other groups, it gives " + "; ".join(holds) if holds else
                   "no topic's share differs from the other groups' beyond its interval (largest "
                   f"difference: {big['label']} {big['diff']:+.0%}, interval {big['diff_lo']:+.0%} "
                   f"to {big['diff_hi']:+.0%})")
        lines.append(f"- **{g}**: largest topics {top}; {verdict}.")
    return "\n".join(lines)
