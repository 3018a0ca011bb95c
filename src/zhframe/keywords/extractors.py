"""jieba's own keyword extractors (TF-IDF and TextRank) per article: the baselines readers know."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from zhframe.keywords.statistics import own_jieba


def jieba_keywords(texts: Mapping[str, str], method: str = "tfidf", top_n: int = 20,
                   jieba_tokenizer=None, allow_pos: tuple[str, ...] | None = None) -> pd.DataFrame:
    """jieba's own keyword extractors, per article: the baselines readers know.

    Parameters
    ----------
    texts : mapping doc_id -> text
    method : "tfidf" (``jieba.analyse.extract_tags``: term frequency times
        jieba's idf table from a general corpus) or "textrank"
        (``jieba.analyse.textrank``: PageRank over a co-occurrence graph of
        nouns and verbs in a 5-word window, Mihalcea & Tarau 2004).
    jieba_tokenizer : jieba.Tokenizer, optional
        The segmenter both extractors use (default :func:`own_jieba`; jieba's
        global tokenizer is never used or modified).
    allow_pos : tuple of str, optional
        POS filter (jieba's defaults: none for tfidf, ns/n/vn/v for textrank).

    Returns
    -------
    DataFrame ``[doc_id, method, rank, term, weight]``, ranks by weight then term.
    """
    if method not in ("tfidf", "textrank"):
        raise ValueError(f"method must be 'tfidf' or 'textrank', got {method!r}")
    if allow_pos is None:
        allow_pos = () if method == "tfidf" else ("ns", "n", "vn", "v")
    docs = list(texts.items())
    extract = _jieba_extractor(method, top_n, tuple(allow_pos), jieba_tokenizer)
    if jieba_tokenizer is None:  # the default segmenter: results are cached by text
        from zhframe.infra.cache import DiskCache, content_key, source_fingerprint

        code = source_fingerprint("zhframe.keywords.extractors")
        config = f"{method}\0{top_n}\0{','.join(allow_pos)}"
        keys = [content_key(code, "jieba_keywords", config, text) for _, text in docs]
        store = DiskCache(None, "keywords.sqlite")
        found = store.get(keys)
        new = {k: extract(text) for k, (_, text) in zip(keys, docs) if k not in found}
        store.put(new)
        results = [found[k] if k in found else new[k] for k in keys]
    else:
        results = [extract(text) for _, text in docs]
    rows = [{"doc_id": doc_id, "method": method, "rank": r, "term": t, "weight": float(w)}
            for (doc_id, _), pairs in zip(docs, results)
            for r, (t, w) in enumerate(pairs, start=1)]
    return pd.DataFrame(rows, columns=["doc_id", "method", "rank", "term", "weight"])


def _jieba_extractor(method: str, top_n: int, pos: tuple[str, ...], jieba_tokenizer):
    """``text -> [(term, weight), ...]`` (top_n, ties by term) with jieba's extractor,
    built on first call: a fully cached run loads no jieba dictionary."""
    extractor = None

    def extract(text: str) -> list:
        nonlocal extractor
        if extractor is None:
            extractor = _build_extractor(method, jieba_tokenizer)
        # ask for extra so that re-sorting ties by term does not lose any
        if method == "tfidf":
            pairs = extractor.extract_tags(text, topK=top_n * 2, withWeight=True, allowPOS=pos)
        else:
            pairs = extractor.textrank(text, topK=top_n * 2, withWeight=True, allowPOS=pos)
        return [[t, float(w)] for t, w in
                sorted(pairs, key=lambda p: (-round(p[1], 12), p[0]))[:top_n]]

    return extract


def _build_extractor(method: str, jieba_tokenizer):
    import jieba.analyse
    import jieba.posseg

    if jieba_tokenizer is None:
        from zhframe.tokenize.backends import pos_tokenizer

        jt = own_jieba()
        post = pos_tokenizer(jt)  # base tag table shared, not re-read from dict.txt
    else:
        jt = jieba_tokenizer
        post = jieba.posseg.POSTokenizer(jt)
    if method == "tfidf":
        extractor = jieba.analyse.TFIDF()
        extractor.tokenizer, extractor.postokenizer = jt, post
    else:
        extractor = jieba.analyse.TextRank()
        extractor.tokenizer = extractor.postokenizer = post
    return extractor
