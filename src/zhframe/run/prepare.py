"""Before the notebooks: clean and tokenize a large corpus with one process per core.

Every notebook starts from the same cleaned blocks and tokens, which are cached per article
and per paragraph (``cleanup.sqlite``, ``tokens.sqlite``). On a cold cache the first notebooks
would each clean and tokenize the whole corpus at once, or one would do it while the others
waited; here the command splits the articles into parts and fills those caches with ``jobs``
processes (the standard library's pool: the parts are independent and equal in kind), so
the notebooks read them. On a warm cache it only reads. A small corpus is left to the
notebooks (starting processes would cost more than it saves).
"""

from __future__ import annotations

import pandas as pd

#: Fewer articles than this are cleaned by the notebooks themselves.
MIN_ARTICLES = 200


def _prepare_part(part: pd.DataFrame) -> int:
    """Clean one part's articles and tokenize (and tag) its body paragraphs through the caches;
    returns how many paragraphs it read."""
    from zhframe.cleanup import body_paragraphs, clean_corpus
    from zhframe.tokenize import Tokenizer

    texts = body_paragraphs(clean_corpus(part))["text"].tolist()
    tokenizer = Tokenizer()  # the project tokenizer with the run's dictionaries (inherited)
    tokenizer.tokenize_many(texts)
    tokenizer.pos_tag_many(texts)
    return len(texts)


def prepare(corpus: pd.DataFrame, jobs: int) -> int:
    """Fill the cleanup and token caches for ``corpus`` with ``jobs`` processes; returns the
    paragraphs read (0 when the corpus is small or ``jobs`` is 1: the notebooks do it)."""
    if jobs <= 1 or len(corpus) < MIN_ARTICLES:
        return 0
    from zhframe.infra.processes import map_in_processes
    from zhframe.infra.progress import progress
    from zhframe.synthesis.work import article_parts

    parts = article_parts(corpus, "doc_id")  # the engines' parts: whole articles, 250 a part
    return sum(progress(map_in_processes(_prepare_part, parts, jobs), total=len(parts),
                        desc="cleaning corpus"))
