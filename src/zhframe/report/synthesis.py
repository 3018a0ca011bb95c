"""Sentences of notebook 06 (synthesis), from :mod:`zhframe.synthesis`' difference table."""

from __future__ import annotations

import re

import pandas as pd

from zhframe.report.escape import md_join


def tested(differences: pd.DataFrame, k: int, null_text: str = "", alpha: float = 0.05) -> str:
    """How many differences were tested and hold up, and what chance alone gives (``null_text``).

    ``null_text`` is :func:`zhframe.synthesis.null_sentence` of the measured null:
    the number of holding results that random relabelling of the same units
    produces is measured, never assumed (no "one in twenty").
    """
    fam = differences["family"].value_counts()
    held = differences.groupby("family")["holds_up"].sum()
    # a screen (too few paragraphs to reach significance) leaves items untested: count what was tested
    screen = "testable" in differences and differences["testable"].notna().any()
    testable = (differences["testable"].fillna(False).astype(bool) if screen
                else pd.Series(True, index=differences.index))
    n_test = differences[testable].groupby("family").size()
    per = ", ".join(f"{int(held.get(f, 0))} of {int(n_test.get(f, 0))} {name}"
                    for f, name in (("keywords", "terms"), ("topics", "topic shares"), ("rhetoric", "rhetoric rates")))
    compared = (f"{len(differences)} differences were compared ({int(fam.get('keywords', 0))} terms, "
                f"{int(fam.get('topics', 0))} topic shares with k = {k} topics, {int(fam.get('rhetoric', 0))} "
                "rhetoric rates); ")
    tested_n = (f"{int(testable.sum())} of them carried enough paragraphs to be tested, and "
                if screen and testable.sum() < len(differences) else "all were tested, and ")
    return (compared + tested_n
            + f"{int(differences['holds_up'].sum())} hold up (q ≤ {alpha:g} within each family, of those tested: {per}). "
            + (null_text + " " if null_text else "")
            + "A holding difference is a lead to read in context, not a finding by itself.")


def shared_evidence(differences: pd.DataFrame) -> str:
    """Why the three families are not independent: they count the same tokens.

    Names the holding keywords that also name a topic (a topic's label is its
    heaviest words), so a reader sees where one word difference shows up twice.
    """
    words = differences[(differences["family"] == "keywords") & differences["holds_up"]]["item"].astype(str)
    # a label is "T4 工作·安排·部署": its words, matched whole (党史 is not 党史学习教育)
    label_words = {w for lab in differences.loc[differences["family"] == "topics", "label"].astype(str)
                   for w in re.split(r"[\s·]+", lab) if w}
    twice = sorted(set(words) & label_words)
    shown = md_join(twice[:8], "、") + ("…" if len(twice) > 8 else "")
    return ("Words, topics and rhetoric are three views of the same body tokens, not three independent kinds of "
            "evidence: a word in a rhetoric lexicon (the frame and stance words) is also counted by keyness, and a "
            "topic is built from the words its paragraphs share. "
            + (f"Here {len(twice)} holding keyword(s) also name a topic ({shown}), so one difference in wording "
               "appears in two families. " if twice else "Here no holding keyword names a topic. ")
            + "Agreement between families is consistency of one text, not independent confirmation.")


def closing(caveat: str, design: str | None = None) -> str:
    """What notebook 06 can and cannot carry; ``design`` ("articles" when labels were permuted over
    articles) says whether a holding difference reaches the groups the articles come from."""
    if design == "articles":
        return ("**Take from this.** Which differences between the groups survive a permutation test over "
                "articles with the false discovery rate controlled, in words, themes, rhetorical devices and "
                "trends, and where to read them (the concordances of `03_keywords`, the representative paragraphs "
                "of `04_topics`, the quotation and enumeration tables of `05_rhetoric`). **It cannot carry** more "
                "than the articles were sampled for: a difference holds for the groups these articles come from "
                f"(these outlets, these dates), and the rival explanations above may carry it. {caveat}")
    return ("**Take from this.** Which differences between *these articles* survive a permutation test with the "
            "false discovery rate controlled, in words, themes and rhetorical devices, and where to read them (the concordances of `03_keywords`, "
            "the representative paragraphs of `04_topics`, the quotation and enumeration tables of "
            "`05_rhetoric`). The surest are categorical choices of voice and form a reader can verify in the text "
            "(我区 against 该区, numbered formulas with their items, anaphoric headings). "
            f"**It cannot carry** a generalisation to the groups. {caveat} More articles per group (several dates, "
            "several outlets) would turn these leads into evidence; the notebooks run unchanged on such a corpus "
            "(`make figures CORPUS=... BY=...`).")
