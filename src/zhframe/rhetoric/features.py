"""All rhetoric features per paragraph, per article and per group, with intervals.

The unit of analysis is the body paragraph (cleanup's ``kind == "body"`` blocks):
:func:`paragraph_features` counts every feature family in each paragraph, so that
rates per 1,000 characters can be resampled by paragraph within each group with
:func:`zhframe.stats.bootstrap_group_sums` (the stratified paragraph bootstrap;
with two articles, the paragraphs are the only replication there is). Headings are
described per article by :mod:`~zhframe.rhetoric.headings`.

A rate for a group is ``1000 * sum(counts) / sum(characters)`` over its paragraphs
(a ratio estimator: long paragraphs weigh more, as they do for a reader), and its
interval is the percentile interval of that ratio over bootstrap replicates.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from zhframe import stats
from zhframe.corpus import places
from zhframe.rhetoric import registry
from zhframe.rhetoric.enumerations import article_enumerations
from zhframe.rhetoric.headings import parallel_sets
from zhframe.rhetoric.numbers import COLUMNS as NUMBER_COLUMNS
from zhframe.rhetoric.numbers import find_numbers, number_rows
from zhframe.rhetoric.registry import Paragraph
from zhframe.rhetoric.voices import COLUMNS as VOICE_COLUMNS
from zhframe.rhetoric.voices import SPEAKER_TYPES, article_voices  # noqa: F401  (public: notebooks)

HEADING_KINDS = ("title", "deck", "heading", "subheading")


def feature_families(theme_names=None) -> dict[str, list[str]]:
    """Feature family -> the count columns of :func:`paragraph_features` that belong to it
    (every device of :mod:`~zhframe.rhetoric.registry` with a paragraph detector, in order;
    ``theme_names`` replaces the frames' themes)."""
    out = registry.families()
    if theme_names is not None and "frames" in out:
        out["frames"] = [f"theme_{t}" for t in theme_names]
    return out


def paragraph_features(paragraphs: pd.DataFrame, names: dict | None = None,
                       doc_col: str = "doc_id", place_columns=None) -> pd.DataFrame:
    """Counts of every rhetoric feature in each paragraph.

    Parameters
    ----------
    paragraphs : DataFrame
        One row per body paragraph with ``text`` and ``doc_col`` (other columns,
        e.g. the grouping column, are carried through).
    names : dict, optional
        doc -> the place's names for :func:`~zhframe.rhetoric.stance.stance_counts`
        (default: :func:`zhframe.corpus.places.place_names` of the manifest columns
        ``place_columns``, by default every column of place names, whatever the grouping).
    place_columns : str or list of str, optional
        The manifest columns holding each article's place names.

    Returns
    -------
    DataFrame
        The input columns plus ``n_chars``, ``n_sentences``, ``sentences_with_claim``
        and the count columns of :func:`feature_families`, one row per paragraph.

    Each paragraph is read once (:class:`~zhframe.rhetoric.registry.Paragraph`) and every
    registered device's detector counts from that one reading.
    """
    if "text" not in paragraphs or doc_col not in paragraphs:
        raise ValueError(f"paragraphs need columns 'text' and '{doc_col}'")
    if names is None:
        docs = paragraphs.drop_duplicates(doc_col)
        docs = docs.rename(columns={doc_col: "doc_id"}) if doc_col != "doc_id" else docs
        names = places.place_names(docs.drop(columns=["text"]), place_columns)
    read = [Paragraph(t, names.get(d, ())) for t, d in zip(paragraphs["text"], paragraphs[doc_col])]
    # activity names are an article's: “X”实践活动 in one paragraph names “X” in the next
    activities: dict = {}
    for p, d in zip(read, paragraphs[doc_col]):
        activities.setdefault(d, set()).update(p.named_activities())
    rows = []
    for p, d in zip(read, paragraphs[doc_col]):
        p.add_activity_names(activities[d])
        rows.append(registry.paragraph_counts(p))
    counts = pd.DataFrame(rows, index=paragraphs.index).fillna(0).astype(int)
    return pd.concat([paragraphs.drop(columns=[c for c in counts if c in paragraphs]), counts], axis=1)


def _interval_units(features: pd.DataFrame, by: str, sides: np.ndarray, units, design: str
                    ) -> tuple[np.ndarray, dict[str, str]]:
    """Resampling unit of each paragraph and the design of each side (see :func:`group_rates`).

    A side resamples its articles when its test against the rest would permute articles
    (:func:`zhframe.keywords.inference.choose_design`: each side has at least two), else
    its paragraphs. Unit ids are tagged ``a:`` (article) or ``p:`` (paragraph row)."""
    from zhframe.keywords.inference import choose_design

    sides = np.asarray(sides, dtype=object).astype(str)
    names = sorted(set(sides.tolist()))
    if units is None:
        if design == "articles":
            raise ValueError("design='articles' needs the article of each paragraph (units=)")
        return np.array([f"p:{i}" for i in range(len(sides))], dtype=object), {g: "paragraphs" for g in names}
    if isinstance(units, str):
        if units not in features.columns:
            if design == "articles":
                raise ValueError(f"design='articles' needs a {units!r} column naming each paragraph's article")
            return _interval_units(features, by, sides, None, design)
        units = features[units]
    art = np.asarray(units, dtype=object)
    if len(art) != len(sides):
        raise ValueError(f"units has {len(art)} entries for {len(sides)} paragraphs")
    frame = pd.DataFrame({"side": sides, "article": art})
    if frame.groupby("article")["side"].nunique().max() > 1:
        raise ValueError(f"an article spans more than one value of '{by}'")
    chosen = {g: choose_design(frame, "side", g, "article", design) for g in names}
    ids = np.array([f"a:{a}" if chosen[g] == "articles" else f"p:{i}" for i, (g, a) in enumerate(zip(sides, art))],
                   dtype=object)
    return ids, chosen


def _unit_sums(X: np.ndarray, ids: np.ndarray, sides: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows of ``X`` summed per resampling unit, and each unit's side, units in sorted order
    (every unit a paragraph: the rows as they are, so the draws are the paragraph bootstrap's)."""
    if all(str(i).startswith("p:") for i in ids):
        return X, np.asarray(sides, dtype=object).astype(str)
    codes, uniq = pd.factorize(pd.Series(ids), sort=True)
    agg = np.zeros((len(uniq), X.shape[1]))
    np.add.at(agg, codes, X)
    unit_side = np.empty(len(uniq), dtype=object)
    unit_side[codes] = np.asarray(sides, dtype=object).astype(str)
    return agg, unit_side


def group_rates(features: pd.DataFrame, by: str, columns, denominator: str = "n_chars",
                scale: float = 1000.0, n_boot: int = 1000, random_state: int = 0,
                ci: float = 0.95, *, units="doc_id", design: str = "auto") -> pd.DataFrame:
    """Per-group rates of ``columns`` with stratified bootstrap intervals at the test's unit.

    ``rate = scale * sum(column) / sum(denominator)`` within each group (per 1,000
    characters by default; ``denominator="n_sentences", scale=1`` gives a share of
    sentences).

    ``units``: the article of each paragraph (a column name, default ``"doc_id"``, or a
    sequence). Each group's interval resamples what its test against the rest permutes
    (:func:`zhframe.keywords.inference.choose_design`): its articles when the group and
    the rest each have at least two articles, its paragraphs otherwise. Resampling the
    paragraphs of many articles treats paragraphs of one article as independent and
    gives intervals narrower than the test's. ``units=None`` (or no such column):
    paragraphs everywhere, as before. ``design``: ``"auto"``, ``"articles"`` or
    ``"paragraphs"`` as in that function. Bootstrap: Efron & Tibshirani (1993), stratified
    by group, percentile intervals (:mod:`zhframe.stats`).

    Returns a long DataFrame: group, feature, count, denominator, rate, lo, hi, unit
    ("articles" or "paragraphs": what the interval resampled), sorted by feature then group.
    """
    columns = list(columns)
    if by not in features:
        raise ValueError(f"grouping column '{by}' is not in the features")
    X = features[columns + [denominator]].to_numpy(dtype=float)
    groups = features[by].astype(str).to_numpy()
    ids, chosen = _interval_units(features, by, groups, units, design)
    agg, unit_groups = _unit_sums(X, ids, groups)
    boot = stats.bootstrap_group_sums(agg, unit_groups, n_boot=n_boot, random_state=random_state)
    rows = []
    for g in sorted(boot):
        sums = X[groups == g].sum(axis=0)
        with np.errstate(divide="ignore", invalid="ignore"):
            reps = scale * boot[g][:, :-1] / boot[g][:, -1:]
        lo, hi = stats.percentile_interval(reps, ci)
        for j, col in enumerate(columns):
            rate = scale * sums[j] / sums[-1] if sums[-1] else np.nan
            rows.append((g, col, sums[j], sums[-1], rate, lo[j], hi[j], chosen[g]))
    out = pd.DataFrame(rows, columns=["group", "feature", "count", "denominator", "rate", "lo", "hi", "unit"])
    return out.sort_values(["feature", "group"], kind="stable").reset_index(drop=True)


def rate_differences(features: pd.DataFrame, by: str, target, columns,
                     denominator: str = "n_chars", scale: float = 1000.0, n_boot: int = 1000,
                     random_state: int = 0, ci: float = 0.95, *, units="doc_id",
                     design: str = "auto") -> pd.DataFrame:
    """Rate of ``target`` minus rate of all other groups, with a bootstrap interval.

    The interval resamples the unit the permutation test of the same comparison uses
    (:func:`zhframe.keywords.inference.choose_design` on target against rest): articles
    (``units``, default the ``"doc_id"`` column) when each side has at least two, else
    paragraphs; ``units=None``: paragraphs, as before.

    Returns one row per feature: feature, target_rate, rest_rate, difference, lo, hi,
    excludes_zero (the interval lies on one side of zero), unit (what was resampled),
    sorted by difference.
    """
    columns = list(columns)
    labels = np.where(features[by].astype(str) == str(target), "target", "rest")
    if len(set(labels)) < 2:
        raise ValueError(f"'{target}' must be one of at least two values of '{by}'")
    X = features[columns + [denominator]].to_numpy(dtype=float)
    ids, chosen = _interval_units(features, by, labels, units, design)
    agg, unit_labels = _unit_sums(X, ids, labels)
    boot = stats.bootstrap_group_sums(agg, unit_labels, n_boot=n_boot, random_state=random_state)
    with np.errstate(divide="ignore", invalid="ignore"):
        rates = {k: scale * v[:, :-1] / v[:, -1:] for k, v in boot.items()}
        point = {k: scale * X[labels == k].sum(0)[:-1] / X[labels == k].sum(0)[-1]
                 for k in ("target", "rest")}
    lo, hi = stats.percentile_interval(rates["target"] - rates["rest"], ci)
    out = pd.DataFrame({"feature": columns, "target_rate": point["target"],
                        "rest_rate": point["rest"], "difference": point["target"] - point["rest"],
                        "lo": lo, "hi": hi})
    out["excludes_zero"] = (out["lo"] > 0) | (out["hi"] < 0)
    out["unit"] = chosen["target"]
    return out.sort_values(["difference", "feature"], ascending=[False, True],
                           kind="stable").reset_index(drop=True)


def article_table(blocks: pd.DataFrame, doc_col: str = "doc_id", by: str | None = None,
                  features: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per article: body size, feature rates per 1,000 characters, shares, headings.

    ``blocks`` are cleanup blocks (``kind``, ``text``, ``doc_col``; ``by`` carried
    along if given). ``features`` (from :func:`paragraph_features` on the body
    paragraphs) is computed if not given.
    """
    body = blocks[blocks["kind"] == "body"]
    if features is None:
        features = paragraph_features(body, doc_col=doc_col)
    counts = [c for cols in feature_families().values() for c in cols]
    sums = features.groupby(doc_col, sort=False)[counts + ["n_chars", "n_sentences",
                                                           "sentences_with_claim"]].sum()
    out = pd.DataFrame(index=sums.index)
    if by:
        out[by] = blocks.groupby(doc_col, sort=False)[by].first()
    out["body_chars"] = sums["n_chars"]
    out["paragraphs"] = features.groupby(doc_col, sort=False).size()
    for c in counts:
        out[c] = 1000 * sums[c] / sums["n_chars"]
    out["share_sentences_with_claim"] = sums["sentences_with_claim"] / sums["n_sentences"]
    out["share_claims_approximate"] = sums["claims_approximate"] / sums["claims"].where(sums["claims"] > 0)
    heads = blocks[blocks["kind"].isin(HEADING_KINDS)]
    for dev in registry.devices():           # article-level devices (headings)
        if dev.article is None:
            continue
        hs = {d: dev.article(g["text"], g["kind"]) for d, g in heads.groupby(doc_col, sort=False)}
        for c in dev.columns:
            out[c] = [hs.get(d, {}).get(c, np.nan) for d in out.index]
    return out.reset_index()


def headings_table(blocks: pd.DataFrame, doc_col: str = "doc_id") -> pd.DataFrame:
    """Section heads (heading, subheading blocks) of each article with their parallel set.

    Columns: doc_col, block, level, text, parallel_group (set id within the article, ""
    when the heading is in no set: :func:`~zhframe.rhetoric.headings.parallel_sets`),
    members (the texts of its set joined by |).
    """
    rows = []
    heads = blocks[blocks["kind"].isin(("heading", "subheading"))]
    for d, g in heads.groupby(doc_col, sort=False):
        groups = parallel_sets(list(g["text"]), list(g["kind"]))
        members = {k: "|".join(t for t, k2 in zip(g["text"], groups) if k2 == k) for k in set(groups) if k}
        for b, kind, text, k in zip(g["block"], g["kind"], g["text"], groups):
            rows.append((d, b, kind, text, k, members.get(k, "")))
    return pd.DataFrame(rows, columns=[doc_col, "block", "level", "text", "parallel_group", "members"])


def quotes_table(blocks: pd.DataFrame, doc_col: str = "doc_id", kinds=("body",)) -> pd.DataFrame:
    """Every quoted expression in the blocks of ``kinds``: doc, block, mark, text, depth, cls,
    canonical, evidence (why it got its class; activity names are read across the article)."""
    found = [(d, b, kind, Paragraph(text)) for d, b, kind, text in _blocks(blocks, doc_col, kinds)]
    activities: dict = {}
    for d, _, _, p in found:            # each block's quotations classified once
        activities.setdefault(d, set()).update(p.named_activities())
    rows = []
    for d, b, kind, p in found:
        p.add_activity_names(activities[d])
        for q in p.quotes:
            rows.append((d, b, kind, q.mark, q.text, q.depth, q.cls, q.canonical, q.evidence))
    return pd.DataFrame(rows, columns=[doc_col, "block", "block_kind", "mark", "text", "depth",
                                       "cls", "canonical", "evidence"])


def numbers_table(blocks: pd.DataFrame, doc_col: str = "doc_id", kinds=None) -> pd.DataFrame:
    """:func:`~zhframe.rhetoric.numbers.find_numbers` over blocks, with doc, block and block_kind."""
    rows = []  # plain tuples, one table at the end: a frame per paragraph costs more than finding
    for d, b, kind, text in _blocks(blocks, doc_col, kinds):
        rows.extend((d, b, kind, *r) for r in number_rows(text))
    if not rows:
        return find_numbers("").assign(doc="", block=0, block_kind="")[["doc", "block", "block_kind",
                                                                         *NUMBER_COLUMNS]]
    df = pd.DataFrame(rows, columns=["doc", "block", "block_kind", *NUMBER_COLUMNS])
    # object dtype: ints and a NaN would otherwise make a float column and lose the digits
    df["value"] = pd.Series([r[3 + list(NUMBER_COLUMNS).index("value")] for r in rows], index=df.index, dtype=object)
    return df


def enumerations_table(blocks: pd.DataFrame, doc_col: str = "doc_id") -> pd.DataFrame:
    """Enumerations of each article, one record per formula per article (body and glossary
    merged: :func:`~zhframe.rhetoric.enumerations.article_enumerations`).

    Columns: doc_col, kind, expression, count (items the formula stands for), n (the same,
    the older name), items, n_items, complete, evidence, start.
    """
    out = []
    for d, g in blocks.groupby(doc_col, sort=False):
        df = article_enumerations(list(g["text"]))
        df.insert(0, doc_col, d)
        out.append(df.assign(n=df["count"]))
    return pd.concat(out, ignore_index=True)


def voices_table(blocks: pd.DataFrame, doc_col: str = "doc_id", kinds=("body",)) -> pd.DataFrame:
    """Every direct quotation in the blocks of ``kinds`` with its speaker type."""
    out = []
    for d, g in blocks.groupby(doc_col, sort=False):
        df = article_voices(g, kinds=kinds)     # names resolved against the whole article
        out.append(df.assign(**{doc_col: d}) if len(df) else None)
    out = [df for df in out if df is not None]
    cols = [doc_col, "block", *VOICE_COLUMNS]
    return pd.concat(out, ignore_index=True)[cols] if out else pd.DataFrame(columns=cols)


def _blocks(blocks, doc_col, kinds):
    sel = blocks if kinds is None else blocks[blocks["kind"].isin(kinds)]
    return zip(sel[doc_col], sel["block"], sel["kind"], sel["text"])
