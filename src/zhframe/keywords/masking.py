"""Masking the compared groups' own names and self-references (我区, 该区...)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from zhframe.keywords.counting import Tokenizer
from zhframe.corpus.places import ADMIN_SUFFIXES, GENERIC_SELF_REFERENCES, mask_terms
from zhframe.corpus.places import self_reference_terms as _place_terms


def self_reference_terms(values: Iterable[str], generic: bool = True) -> list[str]:
    """Words by which the compared groups name themselves: each value, its short form
    (北碚区 -> 北碚; :func:`zhframe.corpus.places.short_forms`) and, with ``generic``, 我区/该区/全区....

    The one rule lives in :mod:`zhframe.corpus.places`, so masking, topics and the stance count
    agree. Why: a district paper names its own district in nearly every paragraph, so the
    names top every keyness list and say nothing a reader did not know.
    """
    return _place_terms([str(v) for v in values if str(v).strip()], generic=generic)


class MaskedTokenizer:
    """A tokenizer that drops self-references.

    Parameters
    ----------
    tokenizer : callable str -> list of str
    terms : iterable of str
        Tokens dropped when equal to one of these (e.g. :func:`self_reference_terms`).
    names : iterable of str, optional
        Tokens dropped when they *contain* one of these (group names and short
        forms, at least two characters): a segmenter may keep 北碚区委 or
        开州人 as one token, which is still a self-reference.

    Calling it returns the tokenizer's tokens minus the masked ones. It is
    picklable when ``tokenizer`` is, so it can go to scikit-learn or workers.
    """

    def __init__(self, tokenizer: Tokenizer, terms: Iterable[str], names: Iterable[str] = ()):
        self.tokenizer = tokenizer
        self.terms = frozenset(terms)
        self.names = tuple(sorted(n for n in set(names) if len(n) >= 2))
        # one alternation searched at C speed, and a verdict per distinct token: a corpus of
        # 100 places has hundreds of names and a million tokens, but few distinct tokens
        self._names_re = re.compile("|".join(map(re.escape, self.names))) if self.names else None
        self._verdicts: dict[str, bool] = {}

    def __call__(self, text: str) -> list[str]:
        return [t for t in self.tokenizer(text) if not self.masks(t)]

    def masks(self, token: str) -> bool:
        """Whether ``token`` is dropped."""
        verdict = self._verdicts.get(token)
        if verdict is None:
            verdict = token in self.terms or (self._names_re is not None
                                              and self._names_re.search(token) is not None)
            self._verdicts[token] = verdict
        return verdict

    def __repr__(self) -> str:
        return f"MaskedTokenizer({self.tokenizer!r}, {len(self.terms)} terms, names={self.names})"


def masked_tokenizer(tokenizer: Tokenizer, values: Iterable[str]) -> MaskedTokenizer:
    """:class:`MaskedTokenizer` masking the group ``values``, their short forms and 我区/该区/全区...."""
    values = [str(v) for v in values]
    return MaskedTokenizer(tokenizer, self_reference_terms(values),
                           self_reference_terms(values, generic=False))


def corpus_masked_tokenizer(tokenizer: Tokenizer, corpus, by: str | None = None,
                            columns=None) -> MaskedTokenizer:
    """:class:`MaskedTokenizer` for a comparison of ``corpus`` grouped ``by`` a column.

    The names come from the manifest's place columns (:func:`zhframe.corpus.places.mask_terms`),
    not from the group labels, so ``by="district_pinyin"`` still masks 北碚区 and 北碚.
    """
    return MaskedTokenizer(tokenizer, mask_terms(corpus, by=by, columns=columns),
                           mask_terms(corpus, by=by, columns=columns, generic=False))
