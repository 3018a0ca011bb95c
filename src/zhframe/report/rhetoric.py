"""Sentences of notebook 05 (rhetorical framing), from :mod:`zhframe.rhetoric.features`' tables.

``label`` arguments name a feature column (e.g. :func:`zhframe.plots.rhetoric.label`);
they are passed in so that this module does not import the plots.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd

from zhframe.report.escape import md


def _rate(rates: pd.DataFrame, group: str, feature: str, col: str = "rate") -> float:
    row = rates[(rates["group"].astype(str) == str(group)) & (rates["feature"] == feature)]
    if row.empty:
        raise ValueError(f"no rate of {feature!r} for group {group!r}")
    return float(row[col].iloc[0])


def sizes(size: pd.DataFrame, by: str) -> str:
    """Articles, body paragraphs and characters per group (``size``: indexed by group), and what the
    rates' intervals resample: articles when every group has at least two, else paragraphs."""
    if len(size) > 12:
        parts = (f"({int(size['articles'].min())} to {int(size['articles'].max())} articles, "
                 f"{int(size['paragraphs'].min())} to {int(size['paragraphs'].max())} body paragraphs a group)")
    else:
        parts = ", ".join(f"({md(g)}: {r.articles} article(s), {r.paragraphs} body paragraphs, "
                          f"{r.body_characters:,} characters)" for g, r in size.iterrows())
    head = f"{int(size['articles'].sum())} articles in {len(size)} groups of {md(by)} {parts}."
    if int(size["articles"].min()) >= 2:
        return (f"{head} The intervals of the rates resample whole articles: they say how much a rate could "
                "differ in another set of articles from the same group.")
    return (f"{head} Intervals resample these paragraphs; they say how much a rate depends on which paragraphs a "
            "report happens to contain, not how other reports of the same group would look.")


def quotes(rates: pd.DataFrame, groups: Sequence[str], label: Callable[[str], str]) -> str:
    """Per group: the commonest use of quotation marks and the slogan and title rates."""
    out = []
    for g in groups:
        part = rates[(rates["group"].astype(str) == str(g)) & (rates["feature"] != "slogan_mentions")]
        top = part.sort_values(["rate", "feature"], ascending=[False, True]).iloc[0]["feature"]
        out.append(f"In {md(g)}, the most frequent use of quotation marks is *{label(top)}* "
                   f"({_rate(rates, g, top):.1f} per 1,000 characters); slogans and formulas come at "
                   f"{_rate(rates, g, 'quote_slogan'):.1f} and titled works at {_rate(rates, g, 'quote_title'):.1f}.")
    return " ".join(out)


def claims(claim_rates: pd.DataFrame, share: pd.DataFrame, kinds: pd.DataFrame, groups: Sequence[str]) -> str:
    """Per group: quantified claims per 1,000 characters with interval, share of sentences, approximate share.

    ``share`` is the sentence-share rate table (feature ``share_sentences_with_claim``);
    ``kinds`` counts numbers per group (rows) and kind (columns).
    """
    out = []
    for g in groups:
        n = _rate(claim_rates, g, "claims", "count")
        if n <= 0:
            continue
        other = ", ".join(f"{int(c)} {md(k)}" for k, c in kinds.loc[g].items() if k != "claim" and c) \
            if g in kinds.index else ""
        out.append(f"{md(g)} makes {_rate(claim_rates, g, 'claims'):.1f} quantified claims per 1,000 characters "
                   f"(interval {_rate(claim_rates, g, 'claims', 'lo'):.1f}–"
                   f"{_rate(claim_rates, g, 'claims', 'hi'):.1f}); "
                   f"{_rate(share, g, 'share_sentences_with_claim'):.0%} of its sentences carry one, and "
                   f"{_rate(claim_rates, g, 'claims_approximate', 'count') / n:.0%} of its claims are approximate "
                   f"(余, 多, 约…). Numbers that are not claims: {other or 'none'}.")
    return " ".join(out) or "No quantified claims were found."


def enumerations(enums: pd.DataFrame, by: str, groups: Sequence[str]) -> str:
    """Per group: enumerations found, numbered formulas among them, and how many spell out all items."""
    per = (enums.assign(formula=enums["kind"] == "formula")
           .groupby(by).agg(found=("kind", "size"), formulas=("formula", "sum"), complete=("complete", "sum"))
           .reindex(list(groups), fill_value=0))
    return " ".join(f"{md(g)}: {int(r.found)} enumeration(s), of which {int(r.formulas)} numbered formula(s); "
                    f"{int(r.complete)} spell out all their items." for g, r in per.iterrows())


def voices(voice_counts: pd.DataFrame, label: Callable[[str], str]) -> str:
    """Per group: direct quotations by speaker type (``voice_counts``: groups x voice_* columns)."""
    return " ".join(
        f"{md(g)} quotes {int(row.sum())} voice(s) directly"
        + (": " + ", ".join(f"{int(n)} {label(k).split()[-1]}" for k, n in row.items() if n) if row.sum() else "")
        + "." for g, row in voice_counts.iterrows())


def headings(articles: pd.DataFrame, max_articles: int = 6) -> str:
    """Per article with headings: count, mean length, parallel/anaphoric/four-character shares; past
    ``max_articles`` articles, a summary of all of them and the articles with the most headings."""
    rows = articles[articles["heading_n_headings"].fillna(0) > 0]
    if len(rows) > max_articles:
        top = rows.sort_values(["heading_n_headings", "doc_id"], ascending=[False, True]).head(3)
        return (f"{len(rows):,} of {len(articles):,} articles have headings ({rows['heading_n_headings'].median():.0f} "
                f"per article at the median, {rows['heading_mean_length'].mean():.1f} characters on average); "
                f"{(rows['heading_share_parallel'] > 0).mean():.0%} of them have a parallel pair, "
                f"{(rows['heading_share_anaphoric'] > 0).mean():.0%} anaphoric heads. Most headings: "
                + ", ".join(f"{md(r.doc_id)} ({r.heading_n_headings:.0f})" for r in top.itertuples())
                + ". The table below lists every article.")
    return " ".join(
        f"{md(r.doc_id)}: {r.heading_n_headings:.0f} headings, {r.heading_mean_length:.1f} characters on average; "
        f"{r.heading_share_parallel:.0%} parallel, {r.heading_share_anaphoric:.0%} anaphoric, "
        f"{r.heading_share_four_char:.0%} of phrases four characters long"
        + (f"; {r.heading_share_in_set:.0%} of section heads belong to a parallel set (heads built alike)."
           if pd.notna(getattr(r, "heading_share_in_set", np.nan)) else ".") for r in rows.itertuples()
    ) or "No headings were found in these articles."


def stance(rates: pd.DataFrame, groups: Sequence[str]) -> str:
    """Per group: 我区-type first person, 该区-type third person, directive words per 1,000 characters."""
    return " ".join(f"{md(g)}: 我区-type first person {_rate(rates, g, 'first_person'):.1f}, 该区-type third person "
                    f"{_rate(rates, g, 'third_person'):.1f}, directive words {_rate(rates, g, 'directive'):.1f} "
                    "per 1,000 characters." for g in groups)


def differences_legend(target: str, reference: str = "the rest") -> str:
    """How the differences figure marks what holds up (the same words as its legend)."""
    return (f"Every rate per 1,000 characters of body text (shares where named), with its 95 % interval, and "
            f"{md(target)} minus {md(reference)}. In the figure, filled points are differences that hold up, in "
            f"the colour of the side that uses the feature more ({md(target)} vermillion, {md(reference)} blue, "
            "as in every figure); hollow grey points are differences that do not hold up.")


def differences(diffs: pd.DataFrame, target: str, label: Callable[[str], str], reference: str = "the rest") -> str:
    """Which features differ between ``target`` and ``reference`` with an interval that excludes zero."""
    held = diffs[diffs["excludes_zero"].astype(bool)]
    items = ", ".join(f"{label(f)} ({d:+.1f})" for f, d in zip(held["feature"], held["difference"]))
    return (f"Of {len(diffs)} features, {len(held)} differ between {md(target)} and {md(reference)} with a bootstrap "
            f"interval that excludes zero: {items or 'none'}. Everything else is within what resampling "
            "paragraphs can produce.")


def tested_differences(tested: pd.DataFrame, target: str, label: Callable[[str], str],
                       reference: str = "the rest", alpha: float = 0.05) -> str:
    """Which rates hold up under the calibrated test (``tested``: :func:`zhframe.synthesis.rhetoric_differences`).

    *Holds up* is q ≤ ``alpha`` (permutation p-values, Benjamini-Hochberg over
    the features); under the paragraph design that is a difference between these
    articles, not between the groups.
    """
    if "target" in tested and tested["target"].nunique() > 1:  # every group was compared: speak of the target's
        tested = tested[tested["target"].astype(str) == str(target)]
    held = tested[tested["holds_up"].astype(bool)]
    items = ", ".join(f"{label(f)} ({d:+.2f}, q = {q:.3f})"
                      for f, d, q in zip(held["item"], held["difference"], held["q_value"]))
    near = tested.sort_values(["p_value", "item"] if "p_value" in tested else ["q_value", "item"]).head(3)
    closest = ", ".join(f"{label(r.item)} (" + (f"permutation p = {r.p_value:.3f}, " if "p_value" in tested else "")
                        + ("screened out: too few paragraphs carry it to reach significance)"
                           if getattr(r, "testable", True) is False or getattr(r, "testable", 1) == 0
                           else f"q = {r.q_value:.2f})") for r in near.itertuples())
    scope = "the groups these articles were sampled from" if set(tested["design"]) == {"articles"} \
        else "these articles"
    return (f"Of {len(tested)} features, {len(held)} hold up between {md(target)} and {md(reference)} "
            f"(q ≤ {alpha:g}): {items or 'none'}. "
            + ("" if len(held) else f"The closest are {closest}. ")
            + f"A holding rate is a difference between {scope}; the intervals in the figure are descriptive.")


def closing(n_voices: int, n_enums: int, caveat: str, n_held: int | None = None) -> str:
    """What notebook 05 can and cannot carry; ``n_held``: rates that hold up under the calibrated test."""
    tested = ("" if n_held is None else
              f"{n_held} rate difference(s) hold up under the permutation test; " if n_held else
              "No rate difference holds up under the permutation test, so even these are descriptions of the two "
              "texts, not tested differences; ")
    return (f"**Take from this.** The categorical choices of voice and form (我区 against 该区, numbered formulas "
            "with their items, anaphoric headings) are the surest observations: a reader can check each in the "
            f"text above. {tested}rates with intervals say how unevenly a device is spread over a report. "
            f"**It cannot carry** estimates from counts that rest on a few items (direct quotations: {n_voices} "
            f"in all; enumerations: {n_enums}); those are descriptions. {caveat}")
