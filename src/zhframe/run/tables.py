"""Every result a run shows, as tables a spreadsheet, R or pandas opens: ``tables/``.

:func:`write_tables` writes, for each table of :data:`TABLES`, ``<name>.csv`` (UTF-8 with a
BOM, so spreadsheet programs show the Chinese correctly; comma-separated, LF line ends) and
``<name>.parquet`` (typed columns, pyarrow), plus ``README.md``: the data dictionary, every
column of every table with its meaning and unit.

The tables come from the run's :class:`zhframe.synthesis.study.Study`, so they are the very
numbers the notebooks show (read from the study's cache when the notebooks computed them).
What is written is fixed by the inputs alone: floats rounded to 6 significant digits, rows
sorted by each table's key, no dates or versions in the files, so a rerun gives identical
bytes (the tests check this) and a diff of two runs shows only what changed. Each file is
written through a temporary file and a rename: an interrupted run leaves the previous table
or none, never half of one.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

#: Significant digits of every float written.
DIGITS = 6


@dataclass(frozen=True)
class Table:
    """One exported table: how to get it from a study, how to sort it, what it is and what
    its columns mean (``columns``: name -> (meaning, unit)); columns not listed are the
    manifest's own (described as such) or the study's groups."""

    name: str
    title: str
    source: str
    get: Callable
    sort: tuple[str, ...]
    columns: dict


_INTERVAL = "95% percentile bootstrap interval over the sampling unit (articles or paragraphs)"

KEYNESS = {
    "term": ("the word (project tokenizer; the groups' own place names masked)", "text"),
    "count_target": ("occurrences in the target group's body paragraphs", "tokens"),
    "count_reference": ("occurrences in the other groups' body paragraphs", "tokens"),
    "total_target": ("all tokens of the target group", "tokens"),
    "total_reference": ("all tokens of the other groups", "tokens"),
    "g2": ("log-likelihood G2 (Dunning 1993), signed: positive when relatively more frequent in the target",
           "statistic"),
    "p_value": ("permutation test of the group labels over the sampling unit", "probability"),
    "log_ratio": ("Log Ratio (Hardie 2014): log2 of the ratio of relative frequencies, target over reference",
                  "log2 ratio"),
    "log_odds": ("log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008)",
                 "log odds"),
    "log_odds_z": ("log_odds divided by its standard error", "z score"),
    "g2_p_value": ("chi-square p of G2 with tokens as independent (optimistic; for comparison only)",
                   "probability"),
    "compounds": ("longer words holding the term, with their target/reference counts", "text"),
    "compound_count_target": ("occurrences of those longer words in the target", "tokens"),
    "compound_count_reference": ("occurrences of those longer words in the reference", "tokens"),
    "q_value": ("Benjamini-Hochberg adjusted p_value over the testable terms", "probability"),
    "testable": ("enough occurrences and units for the permutation test to reach the FDR level", "true/false"),
    "lr_low": ("lower end of log_ratio's " + _INTERVAL, "log2 ratio"),
    "lr_high": ("upper end of log_ratio's " + _INTERVAL, "log2 ratio"),
    "holds_up": ("the verdict: q_value at most the false discovery rate (Settings.alpha)", "true/false"),
    "design": ("the unit the labels were permuted over: articles or paragraphs", "text"),
}

PREVALENCE = {
    "group": ("the group (value of the compared manifest column)", "text"),
    "topic": ("topic number", "integer"),
    "label": ("topic label: its number and top words", "text"),
    "share": ("the group's share of the topic, weighted by characters", "proportion 0-1"),
    "lo": ("lower end of share's " + _INTERVAL, "proportion 0-1"),
    "hi": ("upper end of share's " + _INTERVAL, "proportion 0-1"),
    "rest_share": ("the same share in all other groups together", "proportion 0-1"),
    "diff": ("share minus rest_share", "proportion 0-1"),
    "diff_lo": ("lower end of diff's " + _INTERVAL, "proportion 0-1"),
    "diff_hi": ("upper end of diff's " + _INTERVAL, "proportion 0-1"),
}

RATES = {
    "group": ("the group (value of the compared manifest column)", "text"),
    "feature": ("rhetoric feature (zhframe.rhetoric.features.feature_families)", "text"),
    "count": ("occurrences in the group's body paragraphs", "count"),
    "denominator": ("characters of the group's body paragraphs", "characters"),
    "rate": ("count per 1,000 characters", "per 1,000 characters"),
    "lo": ("lower end of rate's " + _INTERVAL, "per 1,000 characters"),
    "hi": ("upper end of rate's " + _INTERVAL, "per 1,000 characters"),
}

DIFFERENCES = {
    "family": ("keywords, topics or rhetoric", "text"),
    "target": ("the group compared with the rest", "text"),
    "item": ("the term, topic number or rhetoric feature", "text"),
    "label": ("readable name of the item", "text"),
    "difference": ("target minus rest: Log Ratio for keywords, share difference for topics, "
                   "rate difference for rhetoric", "keywords: log2 ratio; topics: proportion 0-1; "
                   "rhetoric: per 1,000 characters"),
    "lo": ("lower end of difference's " + _INTERVAL, "as difference"),
    "hi": ("upper end of difference's " + _INTERVAL, "as difference"),
    "holds_up": ("the verdict: q_value at most the false discovery rate", "true/false"),
    "target_value": ("the target's value (count, share or rate)", "as the family"),
    "rest_value": ("the rest's value (count, share or rate)", "as the family"),
    "evidence": ("the counts behind the row, as the notebooks print them", "text"),
    "p_value": ("permutation test of the group labels over the sampling unit", "probability"),
    "q_value": ("Benjamini-Hochberg adjusted p_value within the family", "probability"),
    "testable": ("enough data for the test to reach the FDR level", "true/false"),
    "design": ("the unit the labels were permuted over: articles or paragraphs", "text"),
}

ARTICLES = {
    "doc_id": ("the article's id (manifest)", "text"),
    "n_chars": ("characters of the article as read", "characters"),
    "body_chars": ("non-whitespace characters of its body paragraphs", "characters"),
    "page_date": ("publication date the page states (cleanup.article_metadata)", "YYYY-MM-DD"),
    "page_source": ("source (来源) the page states", "text"),
    "page_author": ("author or reporters the page states", "text"),
    "page_editor": ("editor (责任编辑) the page states", "text"),
    "script": ("simplified, traditional or none (zhframe.tokenize.script.detect_script)", "text"),
}

CLEANUP = {
    "doc_id": ("the article's id (manifest)", "text"),
    "kind": ("block kind: title, deck, heading, subheading, body, caption, credit, glossary, meta", "text"),
    "characters": ("non-whitespace characters of that kind in the article", "characters"),
    "share": ("characters of that kind over all the article's characters", "proportion 0-1"),
    "counted": ("whether the kind is counted as reportage (body) or set aside", "true/false"),
}

DECISIONS = {
    "doc_id": ("the article's id (manifest)", "text"),
    "block": ("block number in reading order", "integer"),
    "decision": ("set aside, rejoined or fragment", "text"),
    "kind": ("the block's kind", "text"),
    "rule": ("the cleanup rule(s) that decided it", "text"),
    "fragment": ("start, end or both when the block is cut off; empty otherwise", "text"),
    "pieces": ("lines joined into the block", "count"),
    "text": ("the block's text (shortened in the middle when long)", "text"),
}

NUMBERS = {
    "doc_id": ("the article's id (manifest)", "text"),
    "block": ("block number in reading order", "integer"),
    "block_kind": ("the block's kind", "text"),
    "text": ("the number as written, with its approximation marker and unit", "text"),
    "start": ("offset of the number in the block's text", "characters"),
    "end": ("end offset in the block's text", "characters"),
    "value": ("the number's value (empty for dates)", "number"),
    "unit": ("the unit or measure word", "text"),
    "approximate": ("marked as approximate (约, 余, 多...)", "true/false"),
    "marker": ("the approximation marker", "text"),
    "counted": ("what is counted, when the text says", "text"),
    "kind": ("claim, date, ordinal... (zhframe.rhetoric.numbers.KINDS)", "text"),
    "sentence": ("the sentence holding the number", "text"),
}

TRENDS = {}  # columns of Study.trends() are described by its docstring; see _describe

HITS = {
    "doc_id": ("the article's id (manifest)", "text"),
    "block": ("block number in reading order", "integer"),
    "group": ("the group (value of the compared manifest column)", "text"),
    "n_chars": ("characters of the paragraph (the rates' denominator)", "characters"),
    "text": ("the paragraph", "text"),
}


def _keyness(study):
    return study.keyness()


def _articles(study):
    from zhframe.cleanup import block_characters, metadata_table
    from zhframe.tokenize.script import detect_script

    corpus = study.corpus
    own = [c for c in corpus.attrs.get("columns", []) if c in corpus.columns and c != "sha256"] or \
        [c for c in corpus.columns if c not in ("text", "path", "encoding", "n_chars")]
    out = corpus[own].copy()
    out["n_chars"] = corpus["n_chars"].astype(int)
    chars = block_characters(study.blocks).set_index("doc_id")
    out["body_chars"] = out["doc_id"].map(chars["body"] if "body" in chars else {}).fillna(0).astype(int)
    meta = metadata_table(study.blocks).set_index("doc_id")
    for f in ("date", "source", "author", "editor"):
        out[f"page_{f}"] = out["doc_id"].map(meta[f]).fillna("")
    scripts = corpus.attrs.get("scripts") or {}   # set by tokenize.script.simplified_corpus
    out["script"] = [scripts.get(str(d)) or detect_script(t) for d, t in zip(corpus["doc_id"], corpus["text"])]
    return out


def _cleanup(study):
    from zhframe.cleanup import block_characters

    wide = block_characters(study.blocks)
    kinds = [c for c in wide.columns if c not in ("doc_id", "total", "body_share")]
    long = wide.melt(id_vars="doc_id", value_vars=kinds, var_name="kind", value_name="characters")
    total = long.groupby("doc_id")["characters"].transform("sum")
    long["share"] = np.where(total > 0, long["characters"] / total.where(total > 0, 1), 0.0)
    long["counted"] = long["kind"].eq("body")   # every other kind is heading furniture or SET_ASIDE
    return long


def _decisions(study):
    from zhframe.cleanup import layout_decisions

    return layout_decisions(study.blocks)


def _numbers(study):
    # the study's own reading (notebook 05 made it), without the group column it adds
    from zhframe.rhetoric.features import NUMBER_COLUMNS

    out = study.items("numbers")
    keep = ["doc_id", "block", "block_kind", *NUMBER_COLUMNS]
    return out[[c for c in keep if c in out.columns]].reset_index(drop=True)


def _hits(study):
    f = study.features
    out = f[["doc_id", "block"]].copy()
    out["group"] = f[study.by].astype(str)
    out["n_chars"] = f["n_chars"].astype(int)
    for c in study.feature_columns:
        out[c] = f[c].astype(int)
    out["text"] = f["text"]
    return out


def _trends(study):
    trends = getattr(study, "trends", None)
    if trends is None or not getattr(study.design, "time", None):
        return None
    return trends()


TABLES: tuple[Table, ...] = (
    Table("keyness", "Keyness of every term, target against the rest, with its verdict",
          "Study.keyness() (notebook 03)", _keyness, ("term",), KEYNESS),
    Table("topic_shares", "Each group's share of every topic, with intervals",
          "Study.prevalence() (notebook 04)", lambda s: s.prevalence(), ("group", "topic"), PREVALENCE),
    Table("rhetoric_rates", "Each group's rate of every rhetoric feature per 1,000 characters",
          "Study.rates() (notebook 05)", lambda s: s.rates(), ("feature", "group"), RATES),
    Table("differences", "The difference table: terms, topic shares and rhetoric rates, tested",
          "Study.differences() (notebook 06)", lambda s: s.differences(), ("family", "target", "item"),
          DIFFERENCES),
    Table("rhetoric_hits", "Each body paragraph's count of every rhetoric feature (the rates' numerators)",
          "Study.features (notebook 05)", _hits, ("doc_id", "block"), HITS),
    Table("numbers", "Every number of the body text (value, unit, approximation)",
          "zhframe.rhetoric.features.numbers_table (notebook 05)", _numbers, ("doc_id", "block", "start"),
          NUMBERS),
    Table("trends", "Trends over the time column", "Study.trends() (when the study has a time design)",
          _trends, (), TRENDS),
    Table("articles", "One row per article: the manifest's metadata and what each page states",
          "the corpus, zhframe.cleanup.metadata_table", _articles, ("doc_id",), ARTICLES),
    Table("cleanup", "Characters per article and block kind: what the cleanup counted and set aside",
          "zhframe.cleanup.block_characters (notebook 01)", _cleanup, ("doc_id", "kind"), CLEANUP),
    Table("cleanup_decisions", "Every block the cleanup set aside, rejoined or marked as a fragment",
          "zhframe.cleanup.layout_decisions (notebook 01)", _decisions, ("doc_id", "block"), DECISIONS),
)


# ---------------------------------------------------------------- pure helpers

def round_significant(x: float, digits: int = DIGITS) -> float:
    """``x`` rounded to ``digits`` significant digits (NaN and infinities unchanged)."""
    if x == 0 or not math.isfinite(x):
        return x
    return round(x, digits - 1 - int(math.floor(math.log10(abs(x)))))


def _cell(v):
    """A cell as a plain scalar: sequences and dicts as JSON, None kept."""
    if isinstance(v, (list, tuple, dict, np.ndarray)):
        return json.dumps(v.tolist() if isinstance(v, np.ndarray) else v, ensure_ascii=False, default=str)
    return v


def normalize(df: pd.DataFrame, sort: tuple[str, ...] = ()) -> pd.DataFrame:
    """``df`` as written: index dropped, floats rounded (:data:`DIGITS`), nested cells as JSON,
    text columns as str (missing stays missing), rows sorted by ``sort`` then by every column
    (stable, so equal keys keep a fixed order)."""
    out = df.reset_index(drop=True).copy()
    out.columns = [str(c) for c in out.columns]
    for c in out.columns:
        col = out[c]
        if pd.api.types.is_bool_dtype(col):
            continue
        if pd.api.types.is_float_dtype(col):
            out[c] = col.map(lambda x: round_significant(float(x)) if pd.notna(x) else x).astype("float64")
        elif pd.api.types.is_integer_dtype(col):
            out[c] = col.astype("int64")
        else:
            values = [_cell(v) for v in col]
            kinds = {type(v) for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))}
            if kinds and kinds <= {bool, np.bool_}:
                out[c] = pd.Series(values, dtype="boolean")
            elif kinds and kinds <= {int, np.int64}:
                out[c] = pd.Series(values, dtype="Int64")
            elif kinds and kinds <= {float, int, np.float64, np.int64}:
                out[c] = pd.to_numeric(pd.Series(values), errors="coerce").map(
                    lambda x: round_significant(float(x)) if pd.notna(x) else x)
            else:
                out[c] = pd.Series([None if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)
                                    for v in values], dtype="object")
    keys = [k for k in sort if k in out.columns]
    if len(out):
        # the table's key (numbers as numbers), then every other column as text: a total order
        order = pd.DataFrame({f"k{i}": out[k] if pd.api.types.is_numeric_dtype(out[k])
                              and not pd.api.types.is_bool_dtype(out[k]) else out[k].astype(str)
                              for i, k in enumerate(keys)}, index=out.index)
        for i, c in enumerate(c for c in out.columns if c not in keys):
            order[f"r{i}"] = out[c].astype(str)
        out = out.loc[order.sort_values(list(order.columns), kind="stable", na_position="last").index]
    return out.reset_index(drop=True)


def _atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def csv_bytes(df: pd.DataFrame) -> bytes:
    """UTF-8 with BOM, comma-separated, LF line ends, floats as rounded (repr), booleans as true/false."""
    out = df.copy()
    for c in out.columns:
        if pd.api.types.is_bool_dtype(out[c]):
            out[c] = out[c].map({True: "true", False: "false"})
    return ("\ufeff" + out.to_csv(index=False, lineterminator="\n")).encode("utf-8")


def parquet_bytes(df: pd.DataFrame) -> bytes:
    """The table as Parquet (pyarrow, no pandas index), the same bytes for the same table."""
    import io

    import pyarrow as pa
    import pyarrow.parquet as pq

    df = df.copy(deep=False)
    df.attrs = {}  # results' bookkeeping (e.g. a trend table's tables) is not data, and pandas
    # would warn that it cannot store it
    table = pa.Table.from_pandas(df, preserve_index=False)
    table = table.replace_schema_metadata(None)  # pandas' metadata block holds nothing we need
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="snappy")
    return buf.getvalue()


def _describe(table: Table, df: pd.DataFrame, manifest_columns) -> list[tuple[str, str, str]]:
    rows = []
    for c in df.columns:
        if c in table.columns:
            meaning, unit = table.columns[c]
        elif table.name == "rhetoric_hits":
            from zhframe.rhetoric.features import feature_families

            family = next((fam for fam, cols in feature_families().items() if c in cols), "rhetoric")
            meaning, unit = f"occurrences of the {family} feature {c} in the paragraph", "count"
        elif c in manifest_columns:
            meaning, unit = "the manifest's own column, as written there", "text"
        elif table.name == "trends":
            meaning, unit = "see Study.trends()'s docstring", "see there"
        else:
            meaning, unit = "column of " + table.source, "see there"
        rows.append((c, meaning, unit))
    return rows


def dictionary_markdown(entries: list[tuple[Table, pd.DataFrame, list]], study) -> str:
    """``README.md`` of the tables folder: what the run compared, then each table's columns."""
    lines = ["# Tables of this run", "",
             f"Corpus of {len(study.corpus)} articles compared by `{study.by}`: target `{study.target}` "
             f"against `{study.reference}`. Each table is written twice: `<name>.csv` (UTF-8 with BOM, "
             "for spreadsheets) and `<name>.parquet` (typed, for pandas, R's arrow, Polars). Floats "
             f"are rounded to {DIGITS} significant digits; booleans are `true`/`false` in CSV; an empty "
             "cell is a missing value.", ""]
    for table, df, desc in entries:
        lines += [f"## {table.name}", "", f"{table.title}. Source: {table.source}. "
                  f"{len(df)} rows, sorted by {', '.join(k for k in table.sort if k in df.columns) or 'all columns'}.",
                  "", "| column | meaning | unit |", "|---|---|---|"]
        lines += [f"| `{c}` | {m.replace('|', '/')} | {u.replace('|', '/')} |" for c, m, u in desc]
        lines.append("")
    return "\n".join(lines)


def write_tables(study, folder: str | os.PathLike) -> list[Path]:
    """Write every table of :data:`TABLES` for ``study`` into ``folder`` (created if needed):
    ``<name>.csv`` and ``<name>.parquet`` each, then ``README.md`` (the data dictionary).

    ``study`` is the run's :class:`zhframe.synthesis.study.Study`; a table it cannot give (no
    time design: no trends) is left out and said so in the README. Returns the paths written,
    sorted. Call it after the notebooks ran, so every result is read from the study's cache.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    manifest_columns = set(study.corpus.attrs.get("columns", []))
    written, entries, skipped = [], [], []
    for table in TABLES:
        df = table.get(study)
        if df is None:
            skipped.append(table)
            continue
        df = normalize(df, table.sort)
        for suffix, data in ((".csv", csv_bytes(df)), (".parquet", parquet_bytes(df))):
            path = folder / f"{table.name}{suffix}"
            _atomic(path, data)
            written.append(path)
        entries.append((table, df, _describe(table, df, manifest_columns)))
    text = dictionary_markdown(entries, study)
    if skipped:
        text += "\nNot written in this run: " + ", ".join(
            f"`{t.name}` ({t.source})" for t in skipped) + ".\n"
    readme = folder / "README.md"
    _atomic(readme, text.encode("utf-8"))
    written.append(readme)
    return sorted(written)


#: The study settings every notebook uses (their parameters cell: N_BOOT, SEED, ALPHA, N_NULL), so
#: that :func:`write_run_tables` reads the results the notebooks cached instead of recomputing.
NOTEBOOK_SETTINGS = {"n_boot": 1000, "random_state": 0, "alpha": 0.05, "n_null": 100}


def write_run_tables(corpus: str | os.PathLike, by: str, out: str | os.PathLike, *, manifest=None,
                     target=None, time=None, settings: dict | None = None) -> list[Path]:
    """The runner's call after the notebooks: the study they ran (same corpus, design and
    :data:`NOTEBOOK_SETTINGS`), its tables written to ``out`` (``OUT/tables`` for a custom
    run, ``<repo>/tables`` for the seeds). Returns the paths written."""
    from zhframe.synthesis.study import Study

    study = Study.load(corpus, by=by, manifest=manifest, target=target, time=time,
                       **(NOTEBOOK_SETTINGS if settings is None else settings))
    return write_tables(study, out)
