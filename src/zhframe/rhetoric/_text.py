"""Sentences and blocks, from :mod:`zhframe.cleanup` (the project's one splitter).

Thin adapters so every rhetoric module takes its sentences and blocks from the
same place: :func:`zhframe.cleanup.sentence_spans`, :func:`~zhframe.cleanup.clean_article`
and :func:`~zhframe.cleanup.clean_corpus`.
"""

from __future__ import annotations

from zhframe.cleanup import clean_article, clean_corpus
from zhframe.cleanup import sentence_spans as _sentence_spans


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text`` (cleanup's splitter)."""
    return [tuple(s) for s in _sentence_spans(text)]


def article_blocks(text: str, doc: str = ""):
    """Blocks of one article (:func:`zhframe.cleanup.clean_article`)."""
    return clean_article(text, doc=doc)


def corpus_blocks(corpus):
    """Blocks of every article of a corpus (:func:`zhframe.cleanup.clean_corpus`)."""
    return clean_corpus(corpus)
