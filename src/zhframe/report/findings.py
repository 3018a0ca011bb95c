"""What holds up, per group and direction, and the findings as text: tables and prose built from results."""

from __future__ import annotations

import re

from collections.abc import Sequence

import numpy as np
import pandas as pd

from zhframe.report.escape import markdown_text as md
from zhframe.rhetoric.labels import label
from zhframe.synthesis.families import FAMILIES


def page_composition(blocks: pd.DataFrame, by: str) -> pd.DataFrame:
    """Per group: articles, characters of body text and of the whole page, body share,
    and the largest set-aside kind with its share (cleanup's blocks,
    :func:`zhframe.cleanup.block_characters`). Index: group, sorted.
    """
    from zhframe.cleanup import SET_ASIDE, block_characters

    chars = block_characters(blocks, by=by)
    chars[by] = chars[by].astype(str)
    per = chars.groupby(by, sort=True)[["body", "total", *SET_ASIDE]].sum()
    per.insert(0, "articles", chars.groupby(by, sort=True).size())
    per["body_share"] = per["body"] / per["total"]
    aside = per[list(SET_ASIDE)]
    per["largest_set_aside"] = [aside.loc[g].idxmax() if aside.loc[g].max() > 0 else "" for g in per.index]
    per["largest_set_aside_share"] = aside.max(axis=1) / per["total"]
    per.index.name = "group"
    return per[["articles", "body", "total", "body_share", "largest_set_aside", "largest_set_aside_share"]]


def _margin(df: pd.DataFrame) -> pd.Series:
    """How far an interval lies from zero (0 when it straddles it): the strength of a holding difference."""
    return np.where(df["lo"] > 0, df["lo"], np.where(df["hi"] < 0, -df["hi"], 0.0))


def _has_p(part: pd.DataFrame) -> bool:
    return "p_value" in part and "q_value" in part and bool(part["p_value"].notna().all())


def _nearest(part: pd.DataFrame) -> pd.DataFrame:
    """Rows nearest to holding up: smallest permutation p-value when tested, else largest |difference|."""
    ranked = part.assign(size=part["difference"].abs())
    keys, ascending = ["size", "item", "target"], [False, True, True]
    if _has_p(part):
        keys, ascending = ["p_value", *keys], [True, *ascending]
    return ranked.sort_values(keys, ascending=ascending, kind="stable").drop(columns="size")


def what_holds_up(differences: pd.DataFrame, max_rows: int = 10, fallback: int = 3) -> pd.DataFrame:
    """The rows to show per family: differences that hold up, or the largest ones when none does.

    Per family, the holding differences ranked by how far their interval lies
    from zero (then by item), at most ``max_rows``; a family where nothing holds
    up contributes its ``fallback`` differences nearest to holding up (smallest
    permutation p-value when tested, else largest; ``holds_up`` False), so the
    reader sees how far from holding up they are. Adds ``n_tested`` and
    ``n_holding`` (per family). Sorted by family then difference.
    """
    rows = []
    for family in [f for f in FAMILIES if f in set(differences["family"])]:
        part = differences[differences["family"] == family].copy()
        part = part[part["difference"].notna()]
        part["margin"] = _margin(part)
        held = part[part["holds_up"]]
        if len(held):
            pick = held.sort_values(["margin", "item", "target"], ascending=[False, True, True],
                                    kind="stable").head(max_rows)
        else:
            pick = _nearest(part).head(fallback)
        rows.append(pick.assign(n_tested=len(part), n_holding=len(held)))
    out = pd.concat(rows, ignore_index=True) if rows else differences.head(0).assign(n_tested=0, n_holding=0)
    out["order"] = out["family"].map({f: i for i, f in enumerate(FAMILIES)})
    out = out.sort_values(["order", "difference", "item"], ascending=[True, False, True], kind="stable")
    return out.drop(columns=[c for c in ("margin", "size", "order") if c in out]).reset_index(drop=True)


def favouring(differences: pd.DataFrame, groups: Sequence) -> dict[str, dict[str, pd.DataFrame]]:
    """Holding differences per group and direction: ``{group: {"more": rows, "less": rows}}``.

    With two groups, one comparison serves both: the compared group's negative
    differences are the other's "more", with sign, interval and counts turned
    round (nothing is listed as "less"); with more groups each group has its own
    comparison against the rest, in both directions.
    """
    groups = sorted({str(g) for g in groups})
    held = differences[differences["holds_up"]]
    out: dict[str, dict[str, pd.DataFrame]] = {}
    for g in groups:
        more = held[(held["target"] == g) & (held["difference"] > 0)]
        less = held[(held["target"] == g) & (held["difference"] < 0)]
        if len(groups) == 2:
            # the other group's comparison, seen from this side
            other = held[(held["target"] != g) & (held["difference"] < 0)]
            mirrored = other.assign(target=g, difference=-other["difference"], lo=-other["hi"], hi=-other["lo"],
                                    target_value=other["rest_value"], rest_value=other["target_value"])
            if "n_target" in other.columns:
                mirrored = mirrored.assign(n_target=other["n_rest"], n_rest=other["n_target"])
            more = pd.concat([more, mirrored]) if len(more) else mirrored
            less = held.head(0)
        out[g] = {"more": more.assign(margin=_margin(more)).sort_values(
                      ["family", "margin", "item"], ascending=[True, False, True]).drop(columns="margin"),
                  "less": less.assign(margin=_margin(less)).sort_values(
                      ["family", "margin", "item"], ascending=[True, False, True]).drop(columns="margin")}
    return out


def _b(x: float, digits: int = 1) -> str:
    """An interval bound: signed, or the open end of a one-sided interval."""
    if np.isposinf(x):
        return "∞"
    if np.isneginf(x):
        return "-∞"
    return f"{x:+.{digits}f}"


def _fmt_diff(r, family: str) -> str:
    if family == "topics":
        return f"{r.difference * 100:+.0f} points [{r.lo * 100:+.0f}, {r.hi * 100:+.0f}]"
    if family == "keywords":
        # the tested quantity: log2 ratio of the shares of units (articles or paragraphs) using the term
        n_t, n_r = getattr(r, "n_target", None), getattr(r, "n_rest", None)
        if n_t is not None and n_r is not None and not (pd.isna(n_t) or pd.isna(n_r)):
            unit = "articles" if getattr(r, "design", "") == "articles" else "paragraphs"
            counts = f"{r.target_value:.0f}/{n_t:.0f} vs {r.rest_value:.0f}/{n_r:.0f} {unit}"
        else:
            counts = f"{r.target_value:.0f}/{r.rest_value:.0f} tokens"
        return f"log2 share ratio {r.difference:+.1f} [{_b(r.lo)}, {_b(r.hi)}], {counts}"
    if family == "trends":
        return f"{r.difference:+.2f} per year [{r.lo:+.2f}, {r.hi:+.2f}], {r.evidence}"
    return f"{r.difference:+.1f} per 1,000 characters [{r.lo:+.1f}, {r.hi:+.1f}]"


def _items(rows: pd.DataFrame, family: str, n: int = 6, numbers: bool = True) -> str:
    part = rows[rows["family"] == family].head(n)
    if numbers:
        text = "; ".join(f"{r.label} ({_fmt_diff(r, family)})" for r in part.itertuples())
    else:
        text = "、".join(part["label"])
    more = int((rows["family"] == family).sum()) - len(part)
    return text + (f" and {more} more" if more > 0 else "")


def _rate_cell(rates: pd.DataFrame, group: str, feature: str) -> str:
    r = rates[(rates["group"].astype(str) == group) & (rates["feature"] == feature)]
    if r.empty or r["rate"].isna().all():
        return "n/a"
    r = r.iloc[0]
    return f"{r['rate']:.1f} [{r['lo']:.1f}, {r['hi']:.1f}]"


def group_profile(differences: pd.DataFrame, composition: pd.DataFrame, prevalence: pd.DataFrame,
                  rates: pd.DataFrame) -> pd.DataFrame:
    """The closing table: one column per group, one row per aspect, each cell a short text.

    ``differences``: the three families' rows (:func:`keyword_differences`,
    :func:`topic_differences`, :func:`rhetoric_differences`) concatenated;
    ``composition``: :func:`page_composition`; ``prevalence``: the topics'
    table; ``rates``: :func:`zhframe.rhetoric.features.group_rates` over (at
    least) the stance, claim and voice features. "Holds up" is the families'
    ``holds_up`` (q <= alpha after Benjamini-Hochberg, when the rows come from
    the tested family functions).
    """
    groups = list(composition.index)
    sides = favouring(differences, groups)
    table: dict[str, dict[str, str]] = {}
    for g in groups:
        c = composition.loc[g]
        p = prevalence[prevalence["group"].astype(str) == g].sort_values(["share", "topic"],
                                                                           ascending=[False, True])
        voices = rates[(rates["group"].astype(str) == g) & rates["feature"].str.startswith("voice_")]
        col = {
            "articles": f"{int(c['articles'])}",
            "body text (share of the page)": f"{int(c['body']):,} characters ({c['body_share']:.0%})",
            "largest topics (share [95% interval])": "; ".join(
                f"{r.label} {r.share:.0%} [{r.lo:.0%}, {r.hi:.0%}]" for r in p.head(2).itertuples()),
        }
        for family, name in (("keywords", "words used more (hold up)"),
                             ("topics", "topics given more space (hold up)"),
                             ("rhetoric", "rhetoric used more (hold up)")):
            col[name] = _items(sides[g]["more"], family, numbers=False) or "none"
            if len(groups) > 2:
                col[name.replace("more", "less")] = _items(sides[g]["less"], family, numbers=False) or "none"
        col["我区 first person / 该区 third person, per 1,000 characters"] = (
            f"{_rate_cell(rates, g, 'first_person')} / {_rate_cell(rates, g, 'third_person')}")
        col["quantified claims per 1,000 characters"] = _rate_cell(rates, g, "claims")
        col["direct quotations, by speaker"] = (", ".join(
            f"{int(r['count'])} {label(r['feature']).split()[-1]}" for _, r in voices.iterrows() if r["count"])
            or "none")
        table[g] = col
    return pd.DataFrame(table)


def _per_group(articles: pd.Series) -> str:
    lo, hi = int(articles.min()), int(articles.max())
    n = f"{lo}" if lo == hi else f"{lo} to {hi}"
    return f"{n} article{'' if hi == 1 else 's'} per group"


def _designs(differences: pd.DataFrame) -> set[str]:
    return set(differences["design"].dropna()) if "design" in differences else set()


def design_sentence(differences: pd.DataFrame, alpha: float = 0.05) -> str:
    """How "holds up" was decided, naming the design (from the rows' ``design`` column)."""
    designs = _designs(differences)
    families = set(differences["family"]) if "family" in differences else set()
    words = ("for terms, Fisher's exact test of the share of units using the term (the exact permutation test of "
             "that count) and the interval of that same share ratio, open-ended where one side never uses it; "
             if "keywords" in families else "")
    test = (f"A difference *holds up* when its test survives Benjamini-Hochberg at a false discovery rate of "
            f"{alpha:g} within its family (one correction over every group's contrasts): {words}"
            "for topic shares and rhetoric rates, a permutation test and a bootstrap interval over the same units.")
    if designs == {"articles"}:
        return ("Group labels were permuted over articles, so a difference that holds up is one between the "
                "groups these articles were sampled from. " + test)
    if "paragraphs" in designs:
        return ("A group has a single article, so group labels were permuted over paragraphs: a difference that "
                "holds up is one between *these articles*, not between the groups they stand for. " + test)
    return "[95% intervals]: paragraph bootstrap; no test was run, so nothing here is a tested difference."


def null_sentence(null: pd.DataFrame | None) -> str:
    """The measured null in words: per family, what random relabelings produce (from :func:`measured_null`).

    With one comparison per family, its mean, 95th percentile and the chance of at least the
    observed count; with several (every group against the rest), one clause per family that
    sums them up (their largest 95th percentile, the holding results observed in all, and the
    group whose count is least likely under the null), so the sentence stays one sentence at
    100 groups.
    """
    if null is None or not len(null):
        return ("No measured null was computed: how many holding results chance alone would give is not known "
                "for this run.")
    names = {"keywords": "terms", "topics": "topic shares", "rhetoric": "rhetoric rates"}
    k = int(null["n_null"].max())
    bits = []
    for family, rows in null.groupby("family", sort=False):
        name = names.get(family, family)
        if len(rows) == 1:
            r = rows.iloc[0]
            bits.append(f"{name}: {r.null_mean:.1f} on average, 95th percentile {r.null_p95:.0f}, "
                        f"chance of at least the observed {int(r.observed)} = {r.p_at_least:.2f}")
            continue
        worst = rows.sort_values(["p_at_least", "target"], kind="stable").iloc[0]
        bits.append(f"{name}: over {len(rows):,} groups, {rows['null_mean'].sum():.1f} on average in all, "
                    f"95th percentile at most {rows['null_p95'].max():.0f} in any group; observed "
                    f"{int(rows['observed'].sum())} in all, the least likely by chance in {md(worst.target)} "
                    f"({int(worst.observed)}, chance of at least that = {worst.p_at_least:.2f})")
    return (f"Relabelling the units at random {k} times and rerunning the same tests, the number of holding "
            "results was " + "; ".join(bits) + ".")


def _date_words(value: str) -> str:
    """ISO 8601 month-day without a year (``--05-12``) in words; other values unchanged."""
    return re.sub(r"(?<![\w-])--(\d\d)-(\d\d)\b", r"\1-\2 (month and day; no year printed)", str(value or ""))


def _meta_value(value) -> str:
    """A metadata value for Markdown: a year-less date in words, anything else escaped."""
    value = str(value or "")
    if re.fullmatch(r"--\d\d-\d\d", value):
        return _date_words(value)
    from zhframe.report.escape import markdown_text

    return markdown_text(value)


def _code(name: str) -> str:
    """A column name in backticks when it is a plain word; else as (escaped) text."""
    return f"`{name}`" if re.fullmatch(r"\w+", name) else name


#: A metadata column is listed value by value only when it is this short in every group.
MAX_LISTED_VALUES, MAX_LISTED_GROUPS = 3, 6


def _values(cell) -> list[str]:
    return [v for v in str(cell or "").split("; ") if v]


def confound_sentence(metadata: pd.DataFrame | None, by: str, holding: int | None = None) -> str:
    """The metadata on which the groups differ, as rival explanations (:func:`metadata_differences`).

    Named only where they could explain a difference: with ``holding`` = 0 (nothing holds up)
    there is nothing to explain and the sentence is empty. A column is listed group by group
    when it is short (at most :data:`MAX_LISTED_VALUES` values in each of at most
    :data:`MAX_LISTED_GROUPS` groups); otherwise it is summarised with counts (distinct values,
    groups, the range of dates), so the sentence stays a sentence at 10,000 articles.

    ``by`` is put in as given (:func:`findings_markdown` passes it escaped); metadata values
    are escaped here (:func:`zhframe.report.escape.markdown_text`).
    """
    from zhframe.report.escape import markdown_text as md

    if metadata is None or not len(metadata) or holding == 0:
        return ""
    groups = [c for c in metadata.columns if c != "column"]
    names = {"latest_date_shown": "the latest date printed in the text", "date": "publication date",
             "outlet": "outlet", "outlet_type": "kind of outlet", "byline": "byline"}
    bits = []
    for _, r in metadata.iterrows():
        per_group = {g: _values(r[g]) for g in groups}
        name = md(names.get(r["column"], r["column"]))
        if len(groups) <= MAX_LISTED_GROUPS and all(len(v) <= MAX_LISTED_VALUES for v in per_group.values()):
            values = ", ".join(f"{md(g)}: {_meta_value(r[g]) or 'unknown'}" for g in groups)
            bits.append(f"{name} ({values})")
            continue
        every = sorted({v for vs in per_group.values() for v in vs})
        with_values = sum(1 for v in per_group.values() if v)
        span = ""
        if r["column"] in ("date", "latest_date_shown", "year") and every:
            span = f", from {_meta_value(every[0])} to {_meta_value(every[-1])}"
        bits.append(f"{name} ({len(every):,} distinct values over {with_values:,} groups{span})")
    return (f"**Rival explanations.** Besides {_code(by)}, the groups differ in " + "; ".join(bits)
            + f". Any difference above may come from these as much as from {_code(by)}: "
            + "notebook 00 lists them article by article.")


def _verdict(row, n_tests: int) -> str:
    """Why a tested row does not hold up: screened out (too few units carry it), or q above alpha."""
    if "testable" in row.index and row["testable"] is not None and not pd.isna(row["testable"]) \
            and not bool(row["testable"]):
        return ("), but too few units carry it for any labelling to reach significance among "
                f"{n_tests:,} tests, so the screened Benjamini-Hochberg control leaves it out (q = 1)")
    return (f", q = {row['q_value']:.2f}), does not survive the screened Benjamini-Hochberg control "
            f"over {n_tests:,} tests")


def _escaped(differences: pd.DataFrame, composition: pd.DataFrame, by: str,
             metadata: pd.DataFrame | None):
    """The inputs of :func:`findings_markdown` with every data string Markdown-escaped."""
    from zhframe.report.escape import markdown_text as md

    differences = differences.copy()
    for col in ("label", "target", "term", "feature"):
        if col in differences.columns:
            differences[col] = differences[col].map(md)
    composition = composition.rename(index=md)
    return differences, composition, md(by), metadata  # metadata: escaped by confound_sentence


def trends_sentence(differences: pd.DataFrame, n: int = 6) -> str:
    """The trends family in one paragraph: how many terms' use changes over time, the rising and
    falling ones that hold up (slope per year of the log2 rate, its interval, first and last
    year's share of articles), or the closest when none does. Empty without trend rows."""
    part = differences[(differences["family"] == "trends") & differences["difference"].notna()]
    if part.empty:
        return ""
    held = part[part["holds_up"]]
    where = str(part["target"].iloc[0])
    head = f"**Over time** ({where}, at the article level): {len(held):,} of {len(part):,} terms' trends hold up."
    if held.empty:
        big = _nearest(part).iloc[0]
        return head + (f" The closest, {big['label']} ({_fmt_diff(big, 'trends')}; permutation "
                       f"p = {big['p_value']:.3f}{_verdict(big, len(part))}.")
    rising = held[held["difference"] > 0].sort_values(["p_value", "item"], kind="stable")
    falling = held[held["difference"] < 0].sort_values(["p_value", "item"], kind="stable")
    bits = []
    for name, rows in (("rising", rising), ("falling", falling)):
        if len(rows):
            bits.append(f"{name}: " + _items(rows, "trends", n=n))
    return head + " " + "; ".join(bits) + "."


#: Past this many groups the findings give ranges and counts instead of a clause per group.
MANY_GROUPS = 12


def findings_markdown(differences: pd.DataFrame, composition: pd.DataFrame, by: str,
                      figures: Sequence[tuple[str, str]] = (), figures_link: str = "", *,
                      null: pd.DataFrame | None = None, metadata: pd.DataFrame | None = None,
                      alpha: float = 0.05) -> str:
    """The findings as a few Markdown paragraphs a researcher can quote; every number computed.

    ``differences``: the families' rows; ``composition``: :func:`page_composition`;
    ``null``: :func:`~zhframe.synthesis.families.measured_null` (the chance
    figures come from it, never from an assumed rate); ``metadata``:
    :func:`~zhframe.synthesis.families.metadata_differences` (rival explanations).
    ``figures``: ``(file name, alt text)`` pairs embedded at the end, linked as
    ``figures_link + name``.

    Every string that comes from the data (group values, the column name, terms, topic
    and feature labels, metadata values) is escaped with :func:`zhframe.report.escape.markdown_text`
    first, so a manifest value cannot add a link, HTML or a findings marker.
    """
    differences, composition, by, metadata = _escaped(differences, composition, by, metadata)
    groups = list(composition.index)
    sides = favouring(differences, groups)
    n_articles = int(composition["articles"].sum())
    # each term, topic or rate counted once however many groups it was compared in
    tested = differences.groupby("family")["item"].nunique()
    holding = differences[differences["holds_up"]].groupby("family")["item"].nunique()
    contrasts = differences.groupby("family").size()
    two = len(groups) == 2
    targets = sorted(differences["target"].unique()) if len(differences) else groups[:1]
    if len(targets) == 1:
        rest = [g for g in groups if g != targets[0]]
        against = f"{targets[0]} against {rest[0] if len(rest) == 1 else 'the other groups pooled'}"
    else:
        against = "each group against the other groups pooled"
    many = len(groups) > MANY_GROUPS  # then ranges and counts, not a clause per group
    arts = composition["articles"].astype(int)
    sizes = (f"{len(groups)} groups of {arts.min()} to {arts.max()} articles, median {arts.median():g}" if many
             else ", ".join(f"{g}: {int(n)}" for g, n in arts.items()))
    lines = [
        f"*Computed by `notebooks/06_synthesis.ipynb` from {n_articles} articles grouped by {_code(by)} "
        f"({sizes}). " + design_sentence(differences, alpha) + "*",
        "",
    ]
    share = "; ".join(
        f"{g} {r.body_share:.0%} of {int(r.total):,} characters"
        + (f" (largest part set aside: {r.largest_set_aside}, {r.largest_set_aside_share:.0%})"
           if r.largest_set_aside else "")
        for g, r in composition.iterrows())
    if many:
        aside = composition["largest_set_aside"].replace("", pd.NA).dropna()
        share = (f"{composition['body_share'].min():.0%} to {composition['body_share'].max():.0%} of each "
                 f"group's characters (median {composition['body_share'].median():.0%})"
                 + (f"; the largest part set aside is most often {aside.mode().sort_values().iloc[0]}"
                    if len(aside) else ""))
    lines.append(f"**The page.** Body text, the reportage every count uses, is {share}. "
                 "Raw page lengths would compare layout (captions, sidebars), not what the papers say.")
    lines.append("")
    names = {"keywords": "words", "topics": "topics", "rhetoric": "rhetoric"}
    verdicts = []
    for g in groups:
        bits = [f"{names[f]}: {_items(sides[g]['more'], f)}" for f in FAMILIES
                if (sides[g]["more"]["family"] == f).any()]
        less = [f"{names[f]}: {_items(sides[g]['less'], f)}" for f in FAMILIES
                if (sides[g]["less"]["family"] == f).any()]
        if many and not bits and not less:
            continue
        text = f"**{g}** uses more of these: " + ("; ".join(bits) if bits else "nothing that holds up")
        if less:
            text += "; and less of these: " + "; ".join(less)
        verdicts.append(text + ".")
    if many and len(verdicts) < len(groups):
        verdicts.append(f"The other {len(groups) - len(verdicts)} groups: nothing that holds up.")
    counts = [(int(tested.get(f, 0)), int(holding.get(f, 0)), lab) for f, lab in
              (("keywords", "terms"), ("topics", "topic shares"), ("rhetoric", "rhetoric rates"))]
    n_contrasts = int(contrasts.get("keywords", 0))
    per_contrast = (f" (in {n_contrasts:,} group-term contrasts, one Benjamini-Hochberg correction over all)"
                    if len(targets) > 1 and n_contrasts else "")
    lines.append(f"**What holds up** ({against}): "
                 + ", ".join(f"{h} of {n:,} {lab}" for n, h, lab in counts) + per_contrast + ". "
                 + null_sentence(null) + " " + " ".join(verdicts))
    for f in FAMILIES:
        part = differences[(differences["family"] == f) & differences["difference"].notna()]
        if len(part) and not part["holds_up"].any():
            big = _nearest(part).iloc[0]
            who = f"{big['target']}: " if not two else ""
            what = f"No {names[f][:-1] if f != 'rhetoric' else 'rhetoric'} difference holds up"
            lines.append("")
            if _has_p(part):
                lines.append(f"{what}: the closest, {who}{big['label']} ({_fmt_diff(big, f)}; permutation "
                             f"p = {big['p_value']:.3f}{_verdict(big, len(part))}.")
            else:
                lines.append(f"{what}: the largest, {who}{big['label']} ({_fmt_diff(big, f)}), is within what "
                             "chance produces.")
    trend_text = trends_sentence(differences)
    if trend_text:
        lines.append("")
        lines.append(trend_text)
    confounds = confound_sentence(metadata, by, int(differences["holds_up"].sum()))
    if confounds:
        lines.append("")
        lines.append(confounds)
    lines.append("")
    per_group = composition["articles"]
    if _designs(differences) == {"articles"}:
        carry = (f"**What this can carry.** With {_per_group(per_group)}, the tests treat the articles as a sample "
                 "of each group's reporting; they cannot say whether that sample is representative (same outlet, "
                 "same months, same reporters). Read the holding differences in context (notebooks 03 and 05).")
    else:
        carry = (f"**What this can carry.** With {_per_group(per_group)}, these are differences between "
                 "*these articles*, not between the groups they stand for: another reporter, another day or "
                 "another article of the same group could differ as much, and permuting paragraphs inside the "
                 "articles at hand cannot see that variation. Read the holding differences as leads to check in "
                 "the text (notebooks 03 and 05 show them in context) and to test on more articles per group.")
    lines.append(carry)
    for name, alt in figures:
        lines.append("")
        lines.append(f"![{alt}]({figures_link}{name})")
    return "\n".join(lines) + "\n"
