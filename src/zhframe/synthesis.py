"""Synthesis: what the analyses find, side by side, and which differences hold up.

Each analysis notebook answers one research question on its own scale: keyness
(:mod:`zhframe.keywords`, Log Ratio in doublings), topic prevalence
(:mod:`zhframe.topics`, share of a group's characters) and rhetoric
(:mod:`zhframe.rhetoric.features`, rate per 1,000 characters). This module puts
their group differences into one long table with one vocabulary (``difference``,
``lo``, ``hi``, ``holds_up``), so that a reader can see in one place what survives
the stratified paragraph bootstrap (:mod:`zhframe.stats`) and what does not, and it
renders the findings as Markdown (the README's "what the comparison finds").

The computations are the analysis notebooks' own, with their default settings
(same tokenizer and masking, same number of topics rule, same seeds and replicate
counts), so the numbers agree with notebooks 01, 03, 04 and 05.

Comparisons are one group against the rest pooled: with two groups, the first
group only (the second is its mirror image); with more, every group in turn.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

#: The feature families, in the order tables and figures show them.
FAMILIES = ("keywords", "topics", "rhetoric")
#: What ``difference`` measures in each family.
UNITS = {
    "keywords": "Log Ratio (log2 of the relative-frequency ratio)",
    "topics": "difference in share of the group's characters",
    "rhetoric": "difference per 1,000 characters",
}
DIFFERENCE_COLUMNS = ["family", "target", "item", "label", "difference", "lo", "hi", "holds_up",
                      "target_value", "rest_value", "evidence"]
#: Markers around the findings block in the README.
START, END = "<!-- findings:start -->", "<!-- findings:end -->"


def comparison_targets(groups: Sequence) -> list[str]:
    """Groups compared with the rest: the first of two (the other is its mirror), else all, sorted."""
    groups = sorted({str(g) for g in groups})
    if len(groups) < 2:
        raise ValueError(f"need at least two groups to compare, got {groups}")
    return groups[:1] if len(groups) == 2 else groups


def _finish(rows: pd.DataFrame) -> pd.DataFrame:
    out = rows[DIFFERENCE_COLUMNS].copy()
    out["holds_up"] = out["holds_up"].fillna(False).astype(bool)
    return out.sort_values(["family", "target", "difference", "item"], ascending=[True, True, False, True],
                           kind="stable").reset_index(drop=True)


def keyword_differences(paragraphs: pd.DataFrame, by: str, tokenizer, targets: Sequence | None = None,
                        n_boot: int = 1000, random_state: int = 0) -> pd.DataFrame:
    """Keyness of every term, each target against the rest, as difference rows.

    ``paragraphs``: body paragraphs with ``text`` and ``by`` (e.g.
    :func:`zhframe.keywords.corpus_paragraphs`); ``tokenizer``: what notebook 03
    uses (the masked project tokenizer). ``difference`` is Log Ratio (Hardie 2014)
    and ``lo``/``hi`` its paragraph-bootstrap interval; ``evidence`` the counts.
    Returns :data:`DIFFERENCE_COLUMNS`.
    """
    from zhframe import keywords as kw

    targets = comparison_targets(paragraphs[by].astype(str)) if targets is None else list(targets)
    parts = []
    for target in targets:
        t = kw.keyness(paragraphs, by, target, tokenizer, n_boot=n_boot, random_state=random_state)
        parts.append(pd.DataFrame({
            "family": "keywords", "target": str(target), "item": t["term"], "label": t["term"],
            "difference": t["log_ratio"], "lo": t["lr_low"], "hi": t["lr_high"],
            "holds_up": t["holds_up"], "target_value": t["count_target"],
            "rest_value": t["count_reference"],
            "evidence": [f"{a}/{b} tokens" for a, b in zip(t["count_target"], t["count_reference"])]}))
    return _finish(pd.concat(parts, ignore_index=True))


def topic_prevalence(paragraphs: pd.DataFrame, by: str, tokenizer=None, method: str = "nmf",
                     ks: Sequence[int] = range(2, 9), n_seeds: int = 10, tolerance: float = 0.05,
                     min_docs: int = 3, n_boot: int = 1000, random_state: int = 0
                     ) -> tuple[pd.DataFrame, int]:
    """Notebook 04's topic prevalence: choose k by its rule, fit, share per group with intervals.

    Returns ``(prevalence, k)``: :func:`zhframe.topics.topic_prevalence`'s table and
    the number of topics :func:`zhframe.topics.select_k` chose. Defaults are notebook
    04's parameters, so the topics and shares are the ones it shows.
    """
    from zhframe import topics
    from zhframe.tokenize import Tokenizer

    docs = topics.make_documents(paragraphs)
    template = topics.TopicModel(method=method, tokenizer=tokenizer or Tokenizer(), random_state=0,
                                 stop_words=topics.group_name_terms(paragraphs[by]))
    selection = topics.select_k(template, docs["text"], ks=ks, n_seeds=n_seeds, tolerance=tolerance,
                                min_docs=min_docs)
    k = int(selection.loc[selection["chosen"], "k"].iloc[0])
    model = template.set_params(n_topics=k).fit(docs["text"])
    theta = model.transform(docs["text"])
    prevalence = topics.topic_prevalence(theta, docs[by].astype(str), docs["n_chars"], model.labels(),
                                         units=docs["unit"], n_boot=n_boot, random_state=random_state)
    return prevalence, k


def topic_differences(prevalence: pd.DataFrame, targets: Sequence | None = None) -> pd.DataFrame:
    """Topic share differences (target minus rest) from :func:`zhframe.topics.topic_prevalence`'s table."""
    targets = comparison_targets(prevalence["group"]) if targets is None else [str(t) for t in targets]
    p = prevalence[prevalence["group"].astype(str).isin(targets)]
    return _finish(pd.DataFrame({
        "family": "topics", "target": p["group"].astype(str), "item": [f"T{t}" for t in p["topic"]],
        "label": p["label"], "difference": p["diff"], "lo": p["diff_lo"], "hi": p["diff_hi"],
        "holds_up": (p["diff_lo"] > 0) | (p["diff_hi"] < 0), "target_value": p["share"],
        "rest_value": p["rest_share"],
        "evidence": [f"{a:.0%} vs {b:.0%} of characters" for a, b in zip(p["share"], p["rest_share"])]}))


def rhetoric_differences(features: pd.DataFrame, by: str, columns: Sequence[str],
                         targets: Sequence | None = None, n_boot: int = 1000,
                         random_state: int = 0) -> pd.DataFrame:
    """Rhetoric rate differences per 1,000 characters (:func:`zhframe.rhetoric.features.rate_differences`).

    ``features`` is :func:`~zhframe.rhetoric.features.paragraph_features`'s table.
    """
    from zhframe.plots.rhetoric import label
    from zhframe.rhetoric import features as F

    targets = comparison_targets(features[by].astype(str)) if targets is None else list(targets)
    parts = []
    for target in targets:
        d = F.rate_differences(features, by, target, columns, n_boot=n_boot, random_state=random_state)
        parts.append(pd.DataFrame({
            "family": "rhetoric", "target": str(target), "item": d["feature"],
            "label": [label(f) for f in d["feature"]], "difference": d["difference"], "lo": d["lo"],
            "hi": d["hi"], "holds_up": d["excludes_zero"], "target_value": d["target_rate"],
            "rest_value": d["rest_rate"],
            "evidence": [f"{a:.1f} vs {b:.1f} per 1,000 characters"
                         for a, b in zip(d["target_rate"], d["rest_rate"])]}))
    return _finish(pd.concat(parts, ignore_index=True))


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


def what_holds_up(differences: pd.DataFrame, max_rows: int = 10, fallback: int = 3) -> pd.DataFrame:
    """The rows to show per family: differences that hold up, or the largest ones when none does.

    Per family, the holding differences ranked by how far their interval lies
    from zero (then by item), at most ``max_rows``; a family where nothing holds
    up contributes its ``fallback`` largest differences (``holds_up`` False), so
    the reader sees how far from holding up they are. Adds ``n_tested`` and
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
            pick = part.assign(size=part["difference"].abs()).sort_values(
                ["size", "item", "target"], ascending=[False, True, True], kind="stable").head(fallback)
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
            more = pd.concat([more, mirrored]) if len(more) else mirrored
            less = held.head(0)
        out[g] = {"more": more.assign(margin=_margin(more)).sort_values(
                      ["family", "margin", "item"], ascending=[True, False, True]).drop(columns="margin"),
                  "less": less.assign(margin=_margin(less)).sort_values(
                      ["family", "margin", "item"], ascending=[True, False, True]).drop(columns="margin")}
    return out


def _fmt_diff(r, family: str) -> str:
    if family == "topics":
        return f"{r.difference * 100:+.0f} points [{r.lo * 100:+.0f}, {r.hi * 100:+.0f}]"
    if family == "keywords":
        return f"Log Ratio {r.difference:+.1f} [{r.lo:+.1f}, {r.hi:+.1f}], {r.target_value:.0f}/{r.rest_value:.0f} tokens"
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
    least) the stance, claim and voice features. Intervals are 95 % paragraph
    bootstrap; "holds up" means the interval of the difference excludes zero.
    """
    from zhframe.plots.rhetoric import label

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


def findings_markdown(differences: pd.DataFrame, composition: pd.DataFrame, by: str,
                      figures: Sequence[tuple[str, str]] = (), figures_link: str = "") -> str:
    """The findings as a few Markdown paragraphs a researcher can quote; every number computed.

    ``figures``: ``(file name, alt text)`` pairs embedded at the end, linked as
    ``figures_link + name`` (``"figures/"`` in the README, ``""`` beside the figures).
    """
    groups = list(composition.index)
    sides = favouring(differences, groups)
    n_articles = int(composition["articles"].sum())
    tested = differences.groupby("family").size()
    holding = differences[differences["holds_up"]].groupby("family").size()
    two = len(groups) == 2
    first = sorted(differences["target"].unique())[0] if two and len(differences) else groups[0]
    against = (f"{first} against {[g for g in groups if g != first][0]}" if two
               else "each group against the other groups pooled")
    lines = [
        f"*Computed by `notebooks/06_synthesis.ipynb` from {n_articles} articles grouped by `{by}` "
        f"({', '.join(f'{g}: {int(n)}' for g, n in composition['articles'].items())}); "
        "[95% intervals]: stratified paragraph bootstrap. A difference *holds up* when its interval excludes zero.*",
        "",
    ]
    share = "; ".join(
        f"{g} {r.body_share:.0%} of {int(r.total):,} characters"
        + (f" (largest part set aside: {r.largest_set_aside}, {r.largest_set_aside_share:.0%})"
           if r.largest_set_aside else "")
        for g, r in composition.iterrows())
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
        text = f"**{g}** uses more of these: " + ("; ".join(bits) if bits else "nothing that holds up")
        if less:
            text += "; and less of these: " + "; ".join(less)
        verdicts.append(text + ".")
    counts = [(int(tested.get(f, 0)), int(holding.get(f, 0)), label) for f, label in
              (("keywords", "terms"), ("topics", "topic shares"), ("rhetoric", "rhetoric rates"))]
    lines.append(f"**What holds up** ({against}): "
                 + ", ".join(f"{h} of {n:,} {label}" for n, h, label in counts)
                 + ". By chance alone, with no real difference, about one interval in twenty would exclude zero ("
                 + ", ".join(f"{0.05 * n:,.0f}" if n >= 200 else f"{0.05 * n:.1f}" for n, _, _ in counts)
                 + " respectively), so no single holding difference is evidence on its own; a family with more "
                 "holding differences than that is a pattern worth reading. " + " ".join(verdicts))
    for f in FAMILIES:
        part = differences[(differences["family"] == f) & differences["difference"].notna()]
        if len(part) and not part["holds_up"].any():
            big = part.loc[part["difference"].abs().sort_values(ascending=False, kind="stable").index[0]]
            who = f"{big['target']}: " if not two else ""
            lines.append("")
            lines.append(f"No {names[f][:-1] if f != 'rhetoric' else 'rhetoric'} difference holds up: the largest, "
                         f"{who}{big['label']} ({_fmt_diff(big, f)}), is within what resampling paragraphs produces.")
    lines.append("")
    per_group = composition["articles"]
    lines.append(
        f"**What this can carry.** With {_per_group(per_group)}, these are "
        "differences between *these reports*, not between the groups they stand for: another reporter, "
        "another day or another article of the same group could differ as much, and the bootstrap, which "
        "resamples paragraphs inside the articles it has, cannot see that variation. Read the holding "
        "differences as leads to check in the text (notebooks 03 and 05 show them in context) and to test "
        "on more articles per group; differences that do not hold up rest on a few paragraphs and should "
        "not be reported as group differences.")
    for name, alt in figures:
        lines.append("")
        lines.append(f"![{alt}]({figures_link}{name})")
    return "\n".join(lines) + "\n"


def repo_readme(figures_dir: str | Path) -> Path | None:
    """The README whose findings block a run may rewrite, or None.

    Only when ``figures_dir`` is a repository's own ``figures/`` folder (beside a
    README.md with the findings markers and ``src/zhframe``): a run on another
    corpus, whose figures go to ``OUT/figures``, never touches the README.
    """
    folder = Path(figures_dir).resolve()
    root = folder.parent
    readme = root / "README.md"
    if folder.name != "figures" or not (root / "src" / "zhframe").is_dir() or not readme.is_file():
        return None
    text = readme.read_text(encoding="utf-8")
    return readme if START in text and END in text else None


def replace_block(text: str, block: str) -> str:
    """``text`` with everything between :data:`START` and :data:`END` replaced by ``block``."""
    i, j = text.find(START), text.find(END)
    if i < 0 or j < i:
        raise ValueError(f"the text has no {START} ... {END} block")
    return text[:i + len(START)] + "\n" + block.strip("\n") + "\n" + text[j:]


def read_block(text: str) -> str:
    """What lies between :data:`START` and :data:`END` (stripped of the framing newlines), plus a newline."""
    i, j = text.find(START), text.find(END)
    if i < 0 or j < i:
        raise ValueError(f"the text has no {START} ... {END} block")
    return text[i + len(START):j].strip("\n") + "\n"


def write_findings(markdown: str, figures_dir: str | Path, readme: str | Path | None = None,
                   name: str = "06_findings.md") -> list[Path]:
    """Write ``figures_dir/name``, and the README's findings block when ``readme`` is given.

    Returns the paths written. Files are written only when their text changes, so
    an unchanged rerun leaves their timestamps alone.
    """
    out = Path(figures_dir)
    out.mkdir(parents=True, exist_ok=True)
    targets = [(out / name, markdown)]
    if readme is not None:
        readme = Path(readme)
        targets.append((readme, replace_block(readme.read_text(encoding="utf-8"), markdown)))
    written = []
    for path, text in targets:
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
