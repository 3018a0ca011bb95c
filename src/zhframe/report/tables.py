"""Display tables: intervals as text cells, wide layouts a reader scans."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd


def interval_cell(value: float, lo: float, hi: float, digits: int = 2) -> str:
    """``"1.23 [0.45, 2.01]"``; an empty string for a missing value."""
    if value != value:  # NaN
        return ""
    return f"{value:.{digits}f} [{lo:.{digits}f}, {hi:.{digits}f}]"


def rates_with_differences(rates: pd.DataFrame, differences: pd.DataFrame,
                           label: Callable[[str], str] = str) -> pd.DataFrame:
    """Wide table: one row per feature, one ``rate [lo, hi]`` column per group, then target minus rest.

    ``rates`` is :func:`zhframe.rhetoric.features.group_rates`'s long table;
    ``differences`` :func:`~zhframe.rhetoric.features.rate_differences`'s. Rows
    keep the order features first appear in ``rates``; ``label`` names them.
    """
    cells = rates.assign(cell=[interval_cell(r, lo, hi) for r, lo, hi in
                               zip(rates["rate"], rates["lo"], rates["hi"])])
    order = list(dict.fromkeys(cells["feature"]))
    wide = cells.pivot(index="feature", columns="group", values="cell").reindex(order)
    diff = differences.set_index("feature")[["difference", "lo", "hi"]].round(2)
    table = wide.join(diff)
    table.index = [label(f) for f in table.index]
    return table


def ranked_terms(table: pd.DataFrame, by: str, n: int = 10, value: str = "term") -> pd.DataFrame:
    """Rank x group table of ``value`` for the first ``n`` ranks (e.g. top terms, TF-IDF terms)."""
    missing = {by, "rank", value} - set(table.columns)
    if missing:
        raise ValueError(f"table lacks columns {sorted(missing)}")
    return table[table["rank"] <= n].pivot(index="rank", columns=by, values=value)


def corpus_overview(paragraphs: pd.DataFrame, by: str) -> pd.DataFrame:
    """Per group: articles, paragraphs and characters of the body paragraphs."""
    return (paragraphs.assign(characters=paragraphs["text"].str.len())
            .groupby(paragraphs[by].astype(str))
            .agg(articles=("doc_id", "nunique"), paragraphs=("text", "size"), characters=("characters", "sum")))


def tested_table(tested: pd.DataFrame, label: Callable[[str], str] = str, digits: int = 3) -> pd.DataFrame:
    """The calibrated test's rows for display: a rate the screen left out says so instead of a q-value.

    ``tested`` is :func:`zhframe.synthesis.rhetoric_differences`'s table. A row with
    ``testable`` False was never tested (too few paragraphs carry it to reach
    significance); its p- and q-value cells read "screened out", as the prose
    (:func:`zhframe.report.rhetoric.tested_differences`) says, never q = 1.000.
    """
    cols = [c for c in ("difference", "lo", "hi", "p_value", "q_value") if c in tested]
    out = tested[cols].astype(float).round(digits).astype(object)
    out.insert(0, "feature", [label(f) for f in tested["item"]])
    if "testable" in tested:
        screened = ~tested["testable"].fillna(False).astype(bool).to_numpy()
        for c in ("p_value", "q_value"):
            if c in out:
                out.loc[screened, c] = "screened out"
    out["holds_up"] = tested["holds_up"].astype(bool).to_numpy()
    return out.reset_index(drop=True)
