"""Traditional and simplified Chinese: detect an article's script, convert it for analysis,
and map every position of the converted text back to the original.

Hong Kong, Taiwan and overseas outlets, and older mainland material, print traditional
characters. The dictionaries, stopwords, self-references (我区, 该区) and rhetoric lexicons
of this package are written in simplified characters, so a traditional article is
converted to simplified before it is segmented or matched, with OpenCC's maintained
tables (PyPI ``opencc-python-reimplemented``, the pure-Python port of OpenCC's ``t2s``
configuration: phrase table first, then the character table), and every concordance shows
the original characters through an offset map.

``t2s`` maps one character to one character in almost every case (a Python ``str`` counts
code points, so even a supplementary-plane character has length 1); where a phrase maps to
a string of another length, the map is built from the alignment of the two strings.

Detection (:func:`detect_script`) counts *marks*: characters that only one script uses
(區 is a traditional mark, 区 a simplified one; 於, 乾, 后 are written in both and are
not marks). An article is traditional when it has more traditional than simplified
marks, so a simplified article quoting one traditional name stays as it is. The counts
are two ``str.translate`` passes (C speed), so checking every article costs little.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import lru_cache

#: What :func:`detect_script` returns.
SCRIPTS = ("simplified", "traditional", "none")


@lru_cache(maxsize=1)
def _converter():
    try:
        from opencc import OpenCC
    except ImportError as exc:  # a dependency of the package: say which one
        raise ImportError("traditional Chinese needs the package opencc-python-reimplemented "
                          "(pip install opencc-python-reimplemented)") from exc
    return OpenCC("t2s")


def _table(name: str) -> dict[str, list[str]]:
    """One of OpenCC's character tables: ``{character: [its conversions]}``."""
    import importlib.util
    from pathlib import Path

    # Found without importing the package (detection runs in every tokenizer; importing
    # opencc costs more than reading its tables).
    spec = importlib.util.find_spec("opencc")
    if spec is None or not spec.origin:
        _converter()  # raises the ImportError that names the package to install
    path = Path(spec.origin).resolve().parent / "dictionary" / name
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            key, values = line.split("\t", 1)
            out[key] = values.split()
    return out


@lru_cache(maxsize=1)
def _marks() -> tuple[dict, dict]:
    """``str.translate`` tables deleting the traditional marks and the simplified marks."""
    trad = {k for k, v in _table("TSCharacters.txt").items() if len(k) == 1 and k not in v}
    simp = {k for k, v in _table("STCharacters.txt").items() if len(k) == 1 and k not in v}
    both = trad & simp  # none in OpenCC's tables; guard anyway
    return ({ord(c): None for c in trad - both}, {ord(c): None for c in simp - both})


def script_marks(text: str) -> tuple[int, int]:
    """``(traditional marks, simplified marks)`` in ``text`` (see the module docstring)."""
    trad, simp = _marks()
    # Length lost when the marks are deleted: one C-level pass each, no Python loop.
    return len(text) - len(text.translate(trad)), len(text) - len(text.translate(simp))


def is_traditional(text: str) -> bool:
    """Whether :func:`detect_script` calls ``text`` traditional (one pass when it has no
    traditional mark, as a simplified text has not: the tokenizer asks this of every text)."""
    trad, simp = _marks()
    n_trad = len(text) - len(text.translate(trad))
    return n_trad > 0 and n_trad > len(text) - len(text.translate(simp))


def detect_script(text: str) -> str:
    """``"traditional"`` when ``text`` has more traditional than simplified marks,
    ``"simplified"`` when it has any simplified mark and no more traditional ones,
    ``"none"`` when it has neither (a text of characters common to both scripts)."""
    n_trad, n_simp = script_marks(text)
    if n_trad > n_simp:
        return "traditional"
    return "simplified" if n_simp else "none"


@dataclass(frozen=True)
class Converted:
    """A text converted for analysis: ``text`` (simplified), ``original``, ``script`` (as
    detected) and ``starts``: ``starts[i]`` is the offset in ``original`` of ``text[i]``
    (``starts[len(text)] == len(original)``); None when the two are the same length, where
    offsets are equal."""

    text: str
    original: str
    script: str
    starts: tuple[int, ...] | None = None

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def original_offset(self, i: int) -> int:
        """The offset in ``original`` of offset ``i`` of ``text`` (``0 <= i <= len(text)``)."""
        if not 0 <= i <= len(self.text):
            raise ValueError(f"offset {i} outside the converted text (length {len(self.text)})")
        return i if self.starts is None else self.starts[i]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``original`` that ``text[start:end]`` came from."""
        return self.original_offset(start), self.original_offset(end)

    def original_substring(self, start: int, end: int) -> str:
        a, b = self.original_span(start, end)
        return self.original[a:b]


def offset_map(original: str, converted: str) -> tuple[int, ...] | None:
    """``starts`` of :class:`Converted`: None for equal lengths, else from the alignment of
    the two strings (difflib; a replaced run maps its characters proportionally, so a span
    never starts inside another one and ends are monotone)."""
    if len(original) == len(converted):
        return None
    starts = [0] * (len(converted) + 1)
    sm = difflib.SequenceMatcher(None, original, converted, autojunk=False)
    for tag, a0, a1, b0, b1 in sm.get_opcodes():
        for j in range(b0, b1):
            starts[j] = a0 + (j - b0) if tag == "equal" else a0 + ((j - b0) * (a1 - a0)) // (b1 - b0)
    starts[len(converted)] = len(original)
    return tuple(starts)


def to_simplified(text: str, script: str = "auto") -> Converted:
    """``text`` converted for analysis.

    ``script="auto"`` converts only a text :func:`detect_script` calls traditional (a
    simplified text is returned unchanged, so its offsets and tokens never move);
    ``"traditional"`` converts whatever is given; ``"keep"`` never converts.
    """
    if script not in ("auto", "traditional", "keep"):
        raise ValueError(f"script must be 'auto', 'traditional' or 'keep', not {script!r}")
    found = detect_script(text) if script == "auto" else script
    if script == "keep" or found != "traditional":
        return Converted(text, text, found if script == "auto" else "none")
    out = _converter().convert(text)
    return Converted(out, text, "traditional", offset_map(text, out))


def to_traditional(text: str) -> str:
    """``text`` in traditional characters (OpenCC ``s2t``): for test corpora and examples."""
    from opencc import OpenCC

    return OpenCC("s2t").convert(text)


def token_spans(tokens: list[str], text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each token in ``text``, tokens found in order (a token not found
    after the previous one raises ``ValueError``: tokens must come from ``text``)."""
    out, pos = [], 0
    for t in tokens:
        if text.startswith(t, pos):
            i = pos
        else:
            i = text.find(t, pos)
            if i < 0:
                raise ValueError(f"token {t!r} not found in the text after offset {pos}")
        out.append((i, i + len(t)))
        pos = i + len(t)
    return out


def original_tokens(tokens: list[str], converted: Converted) -> list[str]:
    """``tokens`` of ``converted.text`` written in the original's characters (區 for 区)."""
    if not converted.changed:
        return list(tokens)
    return [converted.original_substring(a, b) for a, b in token_spans(tokens, converted.text)]


def simplified_column(texts) -> tuple[list[str], list[str]]:
    """``(simplified texts, detected scripts)`` for a sequence of texts: what a table of
    articles or paragraphs adds as its analysis text and its ``script`` column."""
    conv = [to_simplified(t) for t in texts]
    return [c.text for c in conv], [c.script for c in conv]


def simplified_corpus(corpus, column: str | None = None):
    """A loaded corpus (:func:`zhframe.corpus.load_corpus`'s table) with every traditional
    article's ``text`` converted to simplified, for analysis from the cleanup on.

    Layout repair, metadata and the rhetoric lexicons read characters and are written for
    simplified text, so the conversion comes before them, not only inside the tokenizer: a
    traditional copy of a corpus then gives the same blocks, words and counts. The t2s
    conversion keeps lengths (character for character), so every span the cleanup reports
    (``spans``, KWIC offsets) is also a span of the page as printed: ``attrs["original_text"]``
    maps the doc_id of each converted article to its original text, for concordances that
    show the original characters (with :func:`offset_map` when a length did change,
    ``attrs["offsets"]``). ``attrs["scripts"]`` maps every doc_id to its detected script;
    ``column`` names a column to add with it too (None: no column, so metadata tables and
    cache keys of a simplified corpus do not change). Returns the corpus itself, unchanged,
    when no article is traditional.
    """
    conv = [to_simplified(t) for t in corpus["text"]]
    ids = [str(d) for d in corpus["doc_id"]]
    if not any(c.changed for c in conv) and column is None:
        corpus.attrs["scripts"] = dict(zip(ids, (c.script for c in conv)))
        return corpus
    out = corpus.copy()
    out["text"] = [c.text for c in conv]
    out["n_chars"] = [len(c.text) for c in conv]
    if column is not None:
        out[column] = [c.script for c in conv]
    out.attrs = {**corpus.attrs, "scripts": dict(zip(ids, (c.script for c in conv))),
                 "original_text": {d: c.original for d, c in zip(ids, conv) if c.changed},
                 "offsets": {d: c.starts for d, c in zip(ids, conv) if c.starts is not None}}
    return out


__all__ = ["simplified_corpus", "SCRIPTS", "Converted", "detect_script", "is_traditional", "offset_map", "original_tokens", "script_marks",
           "simplified_column", "to_simplified", "to_traditional", "token_spans"]
