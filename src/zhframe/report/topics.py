"""Sentences of notebook 04 (topics), with the notebook's parameters in them, never typed."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from zhframe.report.escape import md, md_join


def documents(docs: pd.DataFrame, n_articles: int, window: int | None, group_terms: Sequence[str]) -> str:
    """What the topic model sees: documents, their lengths, what is left out of the vocabulary."""
    unit = "whole body paragraphs" if window is None else f"windows of {window} sentences"
    return (f"The model sees **{len(docs)} documents** ({unit}) from {n_articles} articles; paragraph lengths "
            f"run from {docs['n_chars'].min()} to {docs['n_chars'].max()} characters "
            f"(median {docs['n_chars'].median():.0f}). Words come from the project tokenizer (user dictionary, "
            f"stopwords); the group names themselves ({md_join(group_terms)}) are left out, so that a topic is "
            "a theme rather than the paragraphs that name their own place. Words found in a single paragraph "
            "(they cannot link paragraphs) and words in more than 80% of paragraphs are dropped too.")


def k_method(n_seeds: int, tolerance: float, min_docs: int, top_n: int = 10, k_documents: int | None = None,
             n_documents: int | None = None) -> str:
    """How k is chosen: the stability and coherence measures and the rule, with the run's settings;
    with ``k_documents`` < ``n_documents``, that the rule ran on a random sample of the documents."""
    sampled = k_documents is not None and n_documents is not None and k_documents < n_documents
    where = (f"computed on a random sample of {k_documents:,} of the corpus's {n_documents:,} documents "
             "(stability measured on document samples, as Greene et al. 2014 do; the cost of the rule then "
             "stops growing with the corpus, and the reported model is fitted on every document)"
             if sampled else "both computed on this corpus")
    return (
        f"For each k, two measures, {where}:\n\n"
        f"- **stability**: the model is refitted from {n_seeds} random starts; for each pair of runs the topics "
        f"are matched one-to-one (Hungarian algorithm) and the Jaccard overlap of their top-{top_n} words "
        "averaged. 1 means every start finds the same topics. NMF's default start (NNDSVD) is deterministic and "
        "would always agree with itself, so the restarts use random starts; the reported model keeps the "
        "deterministic one.\n"
        f"- **coherence**: NPMI (Bouma 2009) of each pair of a topic's top-{top_n} words, with probabilities "
        "estimated from the paragraphs they share (Röder et al. 2015), averaged. 1: the words always appear "
        "together; 0: independent; -1: never together.\n\n"
        f"Rule: leave out any k where some topic leads fewer than {min_docs} paragraphs (such a topic is one "
        "paragraph's vocabulary, and on a small corpus coherence otherwise keeps rising with k); among the rest, "
        f"take the ks within {tolerance:g} of the best coherence, and of those the most stable; ties go to the "
        "smaller k.")


def prevalence_method(n_boot: int) -> str:
    """How topic shares and their intervals are computed, with the number of replicates."""
    return ("The share of each group's text in each topic: every paragraph's topic proportions weighted by its "
            "length in **characters** (the space the newspaper gave it, whatever the tokenizer keeps), summed per "
            "group and divided by the group's characters. "
            f"Intervals: {n_boot:,} stratified paragraph-bootstrap replicates (`zhframe.stats`), resampling "
            "paragraphs within each group. The topics are **not refitted** per replicate: the intervals say how "
            "much a share depends on which paragraphs a group happened to print, given these topics; how much "
            "the topics themselves would move is what the stability panel measures.")


def agreement(table: pd.DataFrame, method: str, other: str, threshold: float = 0.3,
              k_documents: int | None = None, n_documents: int | None = None) -> str:
    """Mean Jaccard overlap of matched topics between two models, from :func:`zhframe.topics.match_models`;
    with ``k_documents`` < ``n_documents``, that the other model was fitted on that random sample."""
    kept = table.loc[table["jaccard"] >= threshold, "label_a"]
    sampled = k_documents is not None and n_documents is not None and k_documents < n_documents
    where = (f" ({other.upper()} fitted on the k rule's random sample of {k_documents:,} of the "
             f"{n_documents:,} documents)" if sampled else "")
    return (f"Mean Jaccard overlap of matched top-10 word sets, {method.upper()} against {other.upper()}{where}: "
            f"**{table['jaccard'].mean():.2f}**; topics with overlap of at least {threshold:g}: "
            f"{md_join(kept) or 'none'}.")


def closing(selection: pd.DataFrame, k: int, agreement_table: pd.DataFrame, caveat: str,
            design: str | None = None) -> str:
    """What notebook 04 can and cannot show, with the chosen k's stability and the cross-model overlap;
    ``design`` ("articles" when the share tests resample articles) says what the intervals resample."""
    stab = float(selection.loc[selection["k"] == k, "stability"].iloc[0])
    return (f"**Take from this.** {k} themes, chosen by a stated rule, with the share of each group's text "
            f"in each and an interval; the paragraphs that carry each theme. Stability at k = {k} is "
            f"{stab:.2f} and NMF and LDA agree on their matched topics at {agreement_table['jaccard'].mean():.2f} "
            "(Jaccard): where these are well below 1 the topic boundaries are one choice among several, and a "
            "theme should be checked in its representative paragraphs and against the keyness of `03_keywords` "
            "before it is quoted. "
            + ("**It cannot carry** more than one fitted partition: the tests and intervals resample articles "
               "given the fitted topics, so they leave out how the topics themselves would move in a refit "
               "(the share stability above measures that). " if design == "articles" else
               "**It cannot carry** a claim about the groups: intervals resample paragraphs "
               "given the fitted topics, and an article's paragraphs follow one outline, so they are if anything "
               "too narrow. ") + caveat)
