"""Is this corpus comparable by this column? One clear line before any notebook starts.

The notebooks compare groups of articles (keyness, topic shares, rhetoric
rates, each with a paragraph-bootstrap interval). Some corpora load without
error yet cannot be compared: one group only, a row without a group, the same
text on both sides, an article with no words, a group whose articles have no
body text for the bootstrap to resample. Found inside a notebook, each of those
is a long traceback far from its cause; found here, each is one
:class:`~zhframe.infra.errors.InputError` naming the manifest, the line and the
value. Group values are also checked for what the figures cannot show as text
(``$...$`` is read as math by matplotlib; emoji and other symbols have no glyph
in the figure font; control and invisible characters).

Checks are ordered from cheap (manifest values) to costly (cleanup, which
the notebooks then read from the cache at no extra cost).
"""

from __future__ import annotations

import re
import unicodedata

from zhframe.infra.errors import InputError

#: Body paragraphs each group needs: the bootstrap resamples paragraphs within
#: a group, and one paragraph has nothing to resample.
MIN_PARAGRAPHS_PER_GROUP = 2

_WORD_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134fA-Za-z\uff21-\uff3a\uff41-\uff5a]")
# What a group value may not hold: controls, format/invisible characters,
# separators other than the space, surrogates, private-use, unassigned, symbols
# (emoji...) the figure font has no glyph for.
_BAD_CATEGORIES = {"Cc": "a control character", "Cf": "an invisible formatting character",
                   "Zl": "a line separator", "Zp": "a paragraph separator",
                   "Cs": "a surrogate", "Co": "a private-use character",
                   "Cn": "an unassigned character", "So": "a symbol or emoji"}


def user_columns(corpus) -> list[str]:
    """The manifest's own columns (without ``path``, ``encoding``, ``text``, ``n_chars``)."""
    from zhframe.corpus import ADDED_COLUMNS

    cols = corpus.attrs.get("columns") if hasattr(corpus, "attrs") else None
    return list(cols) if cols else [c for c in corpus.columns if c not in ADDED_COLUMNS]


def _where(corpus, i: int) -> str:
    lines = corpus.attrs.get("lines") if hasattr(corpus, "attrs") else None
    doc = corpus["doc_id"].iloc[i]
    return f"line {str(lines).split(',')[i]} (doc_id {doc})" if lines else f"doc_id {doc}"


def check_group_column(corpus, by: str, manifest=None) -> list[str]:
    """Check that ``by`` is a manifest column with a usable value in every row.

    Parameters
    ----------
    corpus : pandas.DataFrame
        :func:`zhframe.corpus.load_corpus`'s table (or :func:`read_manifest`'s).
    by : str
        The grouping column.
    manifest : path, optional
        Named in errors (default: the one the table was read from).

    Returns
    -------
    list of str
        The group values, sorted.

    Raises
    ------
    InputError
        ``by`` is not one of the manifest's own columns; a row has no value;
        a value holds ``$``, an emoji, a control or invisible character; fewer
        than two different values.
    """
    manifest = manifest or corpus.attrs.get("manifest", "manifest.csv")
    columns = user_columns(corpus)
    if by not in columns:
        raise InputError(manifest, f"no column {by!r} to group by (columns: {', '.join(columns)})")
    values = [str(v) for v in corpus[by]]
    for i, v in enumerate(values):
        if not v.strip():
            raise InputError(manifest, f"{_where(corpus, i)}: empty {by!r} value; every article "
                                       "needs a group (or leave the article out of the manifest)")
        if "$" in v:
            raise InputError(manifest, f"{_where(corpus, i)}: {by!r} value {v!r} contains '$', "
                                       "which figure labels would read as math; rename the group")
        for ch in v:
            what = _BAD_CATEGORIES.get(unicodedata.category(ch))
            if what and ch != " ":
                raise InputError(manifest, f"{_where(corpus, i)}: {by!r} value {v!r} contains "
                                           f"{what} (U+{ord(ch):04X}) that figures cannot show "
                                           "as text; rename the group")
    groups = sorted(set(values))
    if len(groups) < 2:
        raise InputError(manifest, f"column {by!r} has one value only ({groups[0]}): "
                                   "nothing to compare it with")
    check_script_variants(groups, by, manifest)
    check_duplicates(corpus, by, manifest)
    return groups


def check_script_variants(groups: list[str], by: str, manifest) -> None:
    """Refuse two group values that differ only in script (北碚區 and 北碚区).

    Values are already NFC (the manifest reader normalises them); written in
    traditional and simplified characters, one place or outlet would become two
    groups, and every difference between them would be the script. Converted
    with the toolkit's OpenCC ``t2s`` (:func:`zhframe.tokenize.script.to_simplified`).
    """
    from zhframe.tokenize.script import to_simplified

    seen: dict[str, str] = {}
    for g in groups:
        key = to_simplified(g, "traditional").text if not g.isascii() else g
        if key in seen and seen[key] != g:
            raise InputError(manifest, f"{by!r} values {seen[key]!r} and {g!r} differ only in "
                                       "script (traditional/simplified): one group written two ways; "
                                       "write it one way")
        seen.setdefault(key, g)


def check_duplicates(corpus, by: str, manifest=None) -> None:
    """Refuse a file listed twice, and one text standing in two groups.

    A file listed twice would count as two articles of its group (twice its
    words, a second unit for every test); the same text in two groups (a page
    saved twice, filed under both) is a difference of zero presented as a
    comparison. Both are one :class:`InputError` naming the two doc_ids. Texts
    are compared without whitespace and in simplified script (a traditional copy
    is the same text); the same text twice *within* one group
    (a story two outlets of the group both printed) is allowed. Needs the
    loaded table (``path``, ``text``); on a bare manifest only files are compared.
    """
    import os

    manifest = manifest or corpus.attrs.get("manifest", "manifest.csv")
    groups = [str(v) for v in corpus[by]] if by in corpus else [""] * len(corpus)
    if "path" in corpus:
        first_file: dict[str, int] = {}
        for i, path in enumerate(corpus["path"]):
            j = first_file.setdefault(os.path.realpath(path), i)
            if j != i:
                raise InputError(manifest, f"{_where(corpus, i)} lists the same file as doc_id "
                                           f"{corpus['doc_id'].iloc[j]} ({corpus['file'].iloc[i]}): "
                                           "it would count twice; list each file once")
    if "text" not in corpus:
        return
    from zhframe.tokenize.script import to_simplified

    first: dict[str, int] = {}
    for i, text in enumerate(corpus["text"]):
        # a traditional copy of an article is the same text: its differences would be the script
        key = "".join(to_simplified(text).text.split())
        j = first.setdefault(key, i)
        if j != i and groups[j] != groups[i]:
            raise InputError(manifest, f"{_where(corpus, i)} has the same text as doc_id "
                                       f"{corpus['doc_id'].iloc[j]}, but in group {groups[i]!r} "
                                       f"instead of {groups[j]!r}: one text cannot stand for two groups")


def check_notebook_column(corpus, by: str, manifest=None, option: str = "--by") -> None:
    """Refuse a column name the notebooks cannot read as a row attribute.

    The notebooks read each article's group as ``row.<column>`` of
    ``DataFrame.itertuples``, which renames a column that is not a Python
    identifier (``outlet type``, ``2021``, ``class``, ``_x``) to ``_N``: the run
    would fail in notebook 01. One line here instead, before any notebook starts.
    """
    import keyword

    manifest = manifest or corpus.attrs.get("manifest", "manifest.csv")
    if not by.isidentifier() or keyword.iskeyword(by) or by.startswith("_"):
        suggestion = re.sub(r"\W+", "_", by).strip("_") or "group"
        if not suggestion.isidentifier() or keyword.iskeyword(suggestion):
            suggestion = "col_" + suggestion
        raise InputError(manifest, f"column {by!r} ({option}) cannot be read by the notebooks "
                                   "(a name of letters, digits and underscores, not starting with "
                                   f"a digit or underscore, is needed): rename it, e.g. {suggestion!r}")


def check_comparable(corpus, by: str, manifest=None, clean: bool = True) -> None:
    """Everything :func:`check_group_column` checks, plus the texts.

    Raises :class:`InputError` when an article has no words (only numbers and
    punctuation), when the same text stands in two different groups, and (with
    ``clean``) when an article has no body text after cleanup or a group has
    fewer than :data:`MIN_PARAGRAPHS_PER_GROUP` body paragraphs.
    """
    manifest = manifest or corpus.attrs.get("manifest", "manifest.csv")
    check_group_column(corpus, by, manifest)
    texts = list(corpus["text"])
    groups = [str(v) for v in corpus[by]]
    for i, text in enumerate(texts):
        if not _WORD_RE.search(text):
            raise InputError(corpus["path"].iloc[i] if "path" in corpus else manifest,
                             f"{_where(corpus, i)}: no words, only numbers and punctuation: "
                             "nothing to analyse")
    if not clean:
        return
    from zhframe.cleanup import body_paragraphs, clean_corpus

    body = body_paragraphs(clean_corpus(corpus))
    with_words = body[body["text"].map(lambda t: bool(_WORD_RE.search(t)))]
    per_doc = with_words.groupby("doc_id").size()
    for i, doc in enumerate(corpus["doc_id"]):
        if per_doc.get(doc, 0) == 0:
            raise InputError(manifest, f"{_where(corpus, i)}: no body text (cleanup read the whole "
                                       "article as titles, captions or credits)")
    per_group = with_words.groupby(by).size()
    for g in sorted(set(groups)):
        n = int(per_group.get(g, 0))
        if n < MIN_PARAGRAPHS_PER_GROUP:
            raise InputError(manifest, f"group {g!r} has {n} body paragraph(s); the paragraph "
                                       f"bootstrap needs at least {MIN_PARAGRAPHS_PER_GROUP} per group")
