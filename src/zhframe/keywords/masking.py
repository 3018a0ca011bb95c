"""Masking the compared groups' own names and self-references (我区, 该区...)."""

from __future__ import annotations

from collections.abc import Iterable

from zhframe.keywords.counting import Tokenizer

#: Administrative suffixes stripped from a group value to get its short form (北碚区 -> 北碚).
#: Longest first so 自治县 is stripped before 县.
ADMIN_SUFFIXES: tuple[str, ...] = ("自治州", "自治县", "新区", "街道", "地区", "区", "县", "市",
                                   "州", "盟", "旗", "省", "镇", "乡")

#: How a district (county, city...) paper refers to itself: "our district", "the said
#: district", "the whole district". Masked together with the group names.
GENERIC_SELF_REFERENCES: tuple[str, ...] = tuple(
    p + s for s in ("区", "县", "市", "镇", "乡", "省", "州")
    for p in ("我", "该", "全", "本"))


def self_reference_terms(values: Iterable[str], generic: bool = True) -> list[str]:
    """Words by which the compared groups name themselves.

    Parameters
    ----------
    values : iterable of str
        The group values (e.g. the manifest's ``district`` column: 北碚区, 开州区).
    generic : bool
        Also include :data:`GENERIC_SELF_REFERENCES` (我区, 该区, 全区, 本区, 我县...).

    Returns
    -------
    list of str, sorted
        Each value, its short form with an administrative suffix removed
        (北碚区 -> 北碚, 开州区 -> 开州; only if at least two characters remain),
        and the generic self-references.

    Why: a district paper names its own district in nearly every paragraph,
    so the names top every keyness list and say nothing a reader did not know.
    """
    terms: set[str] = set()
    for value in values:
        value = str(value).strip()
        if not value:
            continue
        terms.add(value)
        for suffix in ADMIN_SUFFIXES:
            if value.endswith(suffix) and len(value) - len(suffix) >= 2:
                terms.add(value[: -len(suffix)])
                break
    if generic:
        terms.update(GENERIC_SELF_REFERENCES)
    return sorted(terms)


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

    def __call__(self, text: str) -> list[str]:
        return [t for t in self.tokenizer(text) if not self.masks(t)]

    def masks(self, token: str) -> bool:
        """Whether ``token`` is dropped."""
        return token in self.terms or any(n in token for n in self.names)

    def __repr__(self) -> str:
        return f"MaskedTokenizer({self.tokenizer!r}, {len(self.terms)} terms, names={self.names})"


def masked_tokenizer(tokenizer: Tokenizer, values: Iterable[str]) -> MaskedTokenizer:
    """:class:`MaskedTokenizer` masking the group ``values``, their short forms and 我区/该区/全区...."""
    values = [str(v) for v in values]
    return MaskedTokenizer(tokenizer, self_reference_terms(values),
                           self_reference_terms(values, generic=False))
