"""Sentences of notebook 03 (keywords and keyness), from :mod:`zhframe.keywords`' tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd

from zhframe.report.escape import md, md_join


def comparison(target: str, reference: str, groups: Sequence[str], n_masked: int,
               named_terms: Sequence[str]) -> str:
    """Who is compared with whom, and what the masked views leave out."""
    return (f"Target **{md(target)}** against **{md(reference)}** ({len(groups)} groups: {md_join(groups)}). "
            "Paragraphs are the body paragraphs found by cleanup; tokens come from the project tokenizer. "
            f"Masked views drop {n_masked} self-references: " + md_join(named_terms, "、")
            + " and 我区/该区/全区/本区 and the like.")


def shared_top_terms(tfidf: pd.DataFrame, by: str, n: int = 10) -> str:
    """How many of each group's top-``n`` mean-TF-IDF terms every group shares."""
    sets = [set(t[t["rank"] <= n]["term"]) for _, t in tfidf.groupby(by)]
    shared = set.intersection(*sets) if sets else set()
    return (f"{len(shared)} of each group's top {n} mean-TF-IDF terms are shared by every group "
            f"({md_join(sorted(shared), '、') or 'none'}). TF-IDF ranks what a group says *often*; on a common theme "
            "the lists overlap, and they say nothing about whether a difference is more than chance. "
            "That is what keyness is for.")


def baseline_articles(shown: int, total: int) -> str:
    """One sentence: which articles the per-article keyword baselines (jieba's extract_tags and
    textrank) are shown for."""
    if shown >= total:
        return f"jieba's keywords of each of the {total:,} articles:"
    return (f"jieba's keywords of {shown:,} of the {total:,} articles (the first of each group in turn, by "
            "doc_id): a column per article would not read at this size; the TF-IDF tables above and the keyness "
            "below count every article.")


def self_references(unmasked: pd.DataFrame, is_masked: Callable[[str], bool], n: int = 20) -> str:
    """How much of the unmasked keyness is the groups naming themselves."""
    selfref = unmasked[unmasked["term"].map(is_masked)]
    top = unmasked.head(n)
    tokens = int(selfref[["count_target", "count_reference"]].to_numpy().sum())
    total = unmasked["total_target"].iloc[0] + unmasked["total_reference"].iloc[0]
    return (f"Unmasked, {int(top['term'].map(is_masked).sum())} of the {n} strongest terms are the groups' own "
            f"names or self-references; together they are {tokens} tokens ({tokens / total:.1%} of all). "
            f"The strongest is {md(top['term'].iloc[0])} (G² = {top['g2'].iloc[0]:.1f}). They tell us each paper "
            "names its own place, not how it frames the campaign; the rest of this notebook uses the masked view.")


def _g2_flagged(table: pd.DataFrame) -> pd.DataFrame:
    """Terms whose token-level G² p-value is below 0.05 (``g2_p_value`` once the permutation test has run)."""
    column = "g2_p_value" if "g2_p_value" in table else "p_value"
    return table[table[column] < 0.05]


def _design_words(table: pd.DataFrame) -> str:
    """"these articles" under the paragraph design, "the groups" under the article design."""
    return "the groups these articles were sampled from" if table.attrs.get("design") == "articles" \
        else "these articles"


def holding_terms(table: pd.DataFrame, target: str, reference: str, n: int = 15, alpha: float = 0.05) -> str:
    """Token-level G² flags against the calibrated test, and the terms that hold up per side.

    A term *holds up* when its permutation q-value (Benjamini-Hochberg over the
    testable terms) is at most ``alpha``; ``table.attrs["design_text"]`` (when
    the keyness ran its inference) says what was permuted.
    """
    sig = _g2_flagged(table)
    holds = table[table["holds_up"].astype(bool)]
    both = sig[sig["holds_up"].astype(bool)]
    top_count = int(holds[["count_target", "count_reference"]].max(axis=1).max()) if len(holds) else 0
    testable = f" ({int(table['testable'].sum())} testable at all)" if "testable" in table else ""
    design = table.attrs.get("design_text")
    return ((f"Design: {design}. " if design else "")
            + f"Of {len(table)} masked terms{testable}, {len(sig)} have a token-level G² p-value below 0.05, but "
            f"only {len(both)} of them also hold up (q ≤ {alpha:g}) ({len(holds)} hold up in all). "
            f"Holding up, for {md(target)}: {md_join(holds[holds['g2'] > 0]['term'].head(n), '、') or 'none'}; "
            f"for {md(reference)}: {md_join(holds[holds['g2'] < 0]['term'].head(n), '、') or 'none'}. "
            + (f"The largest count behind a holding difference is {top_count} tokens. " if len(holds) else "")
            + f"A holding term is a difference between {_design_words(table)}.")


def concordance_terms(table: pd.DataFrame, n: int = 2) -> list[str]:
    """Terms to read in context: the strongest holding term on each side, else the strongest term."""
    holds = table[table["holds_up"].astype(bool)]
    sides = (holds[holds["g2"] > 0], holds[holds["g2"] < 0], table[table["g2"] > 0], table[table["g2"] < 0])
    picks = [side.iloc[0]["term"] for side in sides if len(side)]
    return list(dict.fromkeys(picks))[:n]


def closing(table: pd.DataFrame, target: str, reference: str, n_paragraphs: int, caveat: str) -> str:
    """What notebook 03 lets a reader say and what it cannot carry, numbers from ``table``."""
    sig = _g2_flagged(table)
    both = sig[sig["holds_up"].astype(bool)]
    return (f"**Take from this.** {n_paragraphs} paragraphs, {table['total_target'].iloc[0]:,} masked tokens in "
            f"{md(target)} and {table['total_reference'].iloc[0]:,} in {md(reference)}. Token-level G² treats every token "
            f"as an independent draw and flags {len(sig)} terms at p < 0.05; the permutation test with the false "
            f"discovery rate controlled leaves {len(both)} of them, differences between {_design_words(table)}. "
            "Those are leads to read in context (the concordances above) and to test on more articles per group; "
            "the others rest on one or two paragraphs and should not be reported as differences between groups. "
            f"**It cannot carry** more than the design allows. {caveat}")
