"""Tokenization: one configured, picklable jieba tokenizer for the whole project.

Words are the unit of every later count, and plain jieba splits this corpus's
key terms (党史学习教育 -> 党史 / 学习 / 教育). :class:`Tokenizer` wraps jieba
with the project's user dictionary (``zhframe/data/user_dict.txt``), stopwords
(the maintained stopwords-iso list, PyPI ``stopwordsiso``, plus the short
documented ``zhframe/data/stopwords_project.txt``), token filters, a fast
backend and a disk cache::

    tok = Tokenizer()                       # project defaults
    tok("党史学习教育在北碚持续升温")         # -> ['党史学习教育', '北碚', '持续', '升温']
    tok.tokenize_many(paragraphs)           # list of token lists, disk-cached
    tok.pos_tag(text)                       # [(word, flag), ...]

Backends
--------
``"jieba"`` is the reference (jieba 0.42's algorithm: dictionary DAG, maximum
probability route, HMM for unknown words). ``"rjieba"`` is jieba-rs, the same
algorithm on the same dictionary, about 15-20x faster. They differ only in how
runs of ASCII letters/digits joined by ``.``, ``_`` or ``-`` are cut (jieba cuts
``happynewyear.txt.vbs`` at the dots and ``2021-06-01`` at the hyphens, jieba-rs
keeps both whole); runs joined by ``+ # & %`` only (``1+1+1+4``) are cut
identically, which the tests check on random strings. ``"auto"`` (the default)
uses jieba-rs and sends exactly the blocks that may differ to jieba
(:func:`rjieba_may_differ`, a regular expression, so the check is cheap; jieba's
dictionary is loaded only when such a block occurs): its tokens are then
identical to jieba's, which the tests check on the seeds and on both bakeoff
test sets with the project dictionary, and ``fuzz``-style on random strings.

Part-of-speech tags come from jieba-rs' tagger by default (``pos_backend="rjieba"``,
about 100x faster than ``jieba.posseg``); ``pos_backend="posseg"`` gives
``jieba.posseg``'s (the reference). ``benchmarks/bakeoff.py`` measures and prints
how often the two agree (identical word sequences, and tags on the same words).

Every tokenizer owns its segmenter (``jieba.Tokenizer()``, never the module-level
global one), built lazily on first use and dropped when pickled, so results do
not depend on which notebook cell ran first and the object travels to joblib
workers and into scikit-learn's ``TfidfVectorizer(tokenizer=tok, token_pattern=None,
lowercase=False)``.

User dictionary frequencies
---------------------------
jieba keeps a word whole only if its frequency makes it more probable than the
best split of its characters; a low frequency (or none) can still split it. The
frequency rule is :func:`suggest_frequency`: jieba's own ``suggest_freq(word,
tune=True)`` computation against the *base* dictionary, times a safety factor
:data:`FREQ_MARGIN`. See ``zhframe/data/user_dict.txt`` for the argument.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import unicodedata
from pathlib import Path
from typing import Iterable, Sequence

from zhframe.cache import DiskCache
from zhframe.errors import InputError

DATA_DIR = Path(__file__).resolve().parent / "data"
#: The project's user dictionary (campaign terms, organisations, places, people).
USER_DICT = DATA_DIR / "user_dict.txt"
#: The project's stopwords, added to stopwords-iso's Chinese list.
PROJECT_STOPWORDS = DATA_DIR / "stopwords_project.txt"

#: A user word is made FREQ_MARGIN times more probable than the best split of its
#: characters (jieba's suggest_freq bound), so that it also survives most contexts
#: where a neighbouring character could form a word across its boundary.
FREQ_MARGIN = 100


def _default_dicts() -> list[Path]:
    """Dictionaries loaded with the user dictionary: political_dict.txt and the run's own
    (corpus place names, dictionary.txt, --dict: :func:`zhframe.dictionaries.default_dictionaries`)."""
    from zhframe.dictionaries import default_dictionaries

    return default_dictionaries()

BACKENDS = ("auto", "jieba", "rjieba")
#: Part-of-speech taggers: jieba-rs' ``tag`` (default) or ``jieba.posseg``
#: (``"jieba"`` is an older name for ``"posseg"``, kept working).
POS_BACKENDS = ("rjieba", "posseg", "jieba")
CACHE_FORMAT = 1  # bump when the cached value's meaning changes
#: The source files whose code decides a tokenizer's output (part of its fingerprint,
#: so an edit to them never reads stale tokens from the disk cache).
SOURCES = (Path(__file__).resolve(), Path(__file__).resolve().parent / "_jieba.py")

# jieba's own block pattern (re_han_default) keeps ASCII runs with these joiners
# together; jieba then cuts them at the joiners, jieba-rs does not. Pure decimals
# (3.5, 2.87) are cut identically by both.
_JOINED_ASCII = re.compile(r"[A-Za-z0-9]+(?:[.+#&_%\-]+[A-Za-z0-9]+)+")
# Only runs with one of these joiners are cut differently (runs joined by + # & %
# alone are cut identically: tests/test_tokenize.py fuzzes both claims).
_DIFFERING_JOINER = re.compile(r"[._\-]")
# cheap pre-check: no ASCII alphanumeric next to a differing joiner, no difference
_MAYBE = re.compile(r"[A-Za-z0-9][.+#&_%\-]*[._\-]|[._\-][.+#&_%\-]*[A-Za-z0-9]")
_DECIMAL = re.compile(r"\d+\.\d+")
# jieba's block characters (its re_han_default), and characters only jieba-rs puts in blocks
_JIEBA_BLOCK = re.compile("[\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+")
_RJIEBA_ONLY = re.compile("[\u3400-\u4DBF\u9FD6-\u9FFF\uF900-\uFAFF\U00010000-\U0010FFFF]")
_EITHER = re.compile(_MAYBE.pattern + "|" + _RJIEBA_ONLY.pattern)
_NUMBER = re.compile(r"^(?:[0-9０-９]+(?:[.．,，:：/][0-9０-９]+)*[%％]?|[〇零一二三四五六七八九十百千万亿两]+)"
                     r"(?:[余多几来]?[个名次件项条人位张首米场台所家册户盏支篇])?$|^[0-9０-９.．]*[万亿][余多]?[个名次件项条人位]?$")
_LOG = logging.getLogger(__name__)


# --------------------------------------------------------------------------- dictionaries

def rjieba_may_differ(text: str) -> bool:
    """True when jieba-rs might cut ``text`` differently from jieba.

    The one difference found (bakeoff and fuzzing, see ``tests/test_tokenize.py``):
    ASCII letters/digits joined by ``. + # & _ % -`` where one of the joiners is
    ``.``, ``_`` or ``-`` (``www.people.com.cn``, ``9_2``, ``a-b``, not
    ``1+1+1+4`` or ``C#``), except a plain decimal such as ``3.5``; and any character
    jieba-rs counts as a word character but jieba does not (CJK extension A,
    U+9FD6-U+9FFF, compatibility ideographs, beyond the BMP: ``豈-`` is one
    token for jieba-rs, two for jieba).
    """
    hit = _EITHER.search(text)  # one scan for the common case: neither
    if hit is None:
        return False
    if _RJIEBA_ONLY.search(text, hit.start()) is not None:
        return True
    return any(_DIFFERING_JOINER.search(m.group()) and not _DECIMAL.fullmatch(m.group())
               for m in _JOINED_ASCII.finditer(text))


def read_user_dictionary(path: str | os.PathLike) -> list[tuple[str, int | None, str | None]]:
    """Read a user dictionary file in jieba's format.

    One entry a line: ``word [frequency] [tag]``, separated by spaces; blank
    lines and lines starting with ``#`` are ignored. The frequency may be left
    out (then :func:`suggest_frequency` decides it at load time), and so may
    the part-of-speech tag (jieba's tag set: nz, nt, ns, nr, n, v, r...).

    Returns a list of ``(word, frequency or None, tag or None)`` in file order.
    Raises :class:`InputError` naming the file and line on a malformed line.
    """
    entries = []
    for no, line in enumerate(_read_text(path).splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        word, rest = parts[0], parts[1:]
        freq = tag = None
        if rest and rest[0].isdigit():
            freq = int(rest.pop(0))
        if rest:
            tag = rest.pop(0)
        if rest or (tag is not None and not re.fullmatch(r"[A-Za-z]+", tag)):
            raise InputError(path, f"line {no}: expected 'word [frequency] [tag]', got {line!r}")
        entries.append((word, freq, tag))
    return entries


def suggest_frequency(word: str, base) -> int:
    """Frequency that keeps ``word`` whole: ``FREQ_MARGIN`` x jieba's suggest_freq bound.

    ``base`` is a ``jieba.Tokenizer`` holding the base dictionary only. jieba's
    ``suggest_freq(word, tune=True)`` gives ``int(T * prod p(piece)) + 1`` over
    the pieces of the word's base-dictionary segmentation (no HMM), i.e. the
    least frequency that makes the whole word more probable than its split.
    jieba's segmentation is additive over a maximum-probability route, so a word
    that beats its own split stays whole wherever no dictionary word crosses its
    boundaries; the factor ``FREQ_MARGIN`` keeps it whole against most crossing
    words too (checked in context by the tests). A word already in the base
    dictionary with a higher frequency keeps that frequency.
    """
    p = 1.0
    for piece in base.lcut(word, HMM=False):
        p *= base.FREQ.get(piece, 1) / base.total
    return max(FREQ_MARGIN * (int(p * base.total) + 1), base.FREQ.get(word, 0))


def _read_text(path: str | os.PathLike) -> str:
    """The package's own data files are UTF-8 (read directly, no corpus machinery to
    import); a researcher's file is decoded as the corpus loader does."""
    if Path(path).resolve().parent == DATA_DIR:
        return Path(path).read_text(encoding="utf-8")
    from zhframe.corpus import read_text

    return read_text(path)


def code_version(paths: Sequence[Path] | None = None) -> str:
    """SHA-256 of the tokenizer's own source files (:data:`SOURCES`), part of its fingerprint."""
    h = hashlib.sha256()
    for p in SOURCES if paths is None else paths:
        h.update(Path(p).name.encode("utf-8") + b"\0" + Path(p).read_bytes())
    return h.hexdigest()


def _project_stopwords() -> list[str]:
    return [l.strip() for l in _read_text(PROJECT_STOPWORDS).splitlines()
            if l.strip() and not l.startswith("#")]


def stopword_list(extra: Iterable[str] = ()) -> frozenset[str]:
    """stopwords-iso's Chinese list (PyPI ``stopwordsiso``) + the project list + ``extra``."""
    import stopwordsiso

    return frozenset(stopwordsiso.stopwords("zh")) | frozenset(_project_stopwords()) | frozenset(extra)


def _base_jieba():
    """A fresh jieba.Tokenizer with the base dictionary (own instance, never the global).

    The dictionary is read once per process and copied (:mod:`zhframe._jieba`).
    """
    from zhframe._jieba import base_tokenizer

    return base_tokenizer()


# jieba.finalseg's split of a non-Chinese run (its re_skip), and jieba's Chinese characters
_RE_SKIP = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
_HAN_OR_NOT = re.compile("[\u4E00-\u9FD5]+|[^\u4E00-\u9FD5]+")
_MAX_BLOCK = 200


def _jieba_block(block: str, seg) -> list[str] | None:
    """jieba's cut (HMM on) of one block where jieba-rs may differ, computed with jieba-rs,
    or None when the shortcut does not apply (then jieba itself cuts it).

    Why it is exact: when no dictionary word of two or more characters in ``block``
    contains a non-Chinese character (checked with ``seg.has_word``), no edge of
    jieba's word graph crosses a boundary between a Chinese run and an ASCII run,
    so its best route is the best routes of the runs laid end to end, and every
    ASCII character is a one-character step. jieba gathers consecutive
    one-character steps and hands them to ``finalseg.cut``, which cuts Chinese runs
    with the HMM and the rest with ``re_skip``: the same as cutting each Chinese
    run alone (with jieba-rs, which agrees with jieba on Chinese text) and each
    ASCII run with ``re_skip``, unless the one-character steps at a Chinese run's
    edge spell a dictionary word (jieba then emits them one by one when alone but
    not when gathered with the ASCII run): checked on the single-character tokens at
    each edge. The tests compare the result with jieba's on random strings and
    on the bakeoff sets.
    """
    n = len(block)
    if n > _MAX_BLOCK:
        return None
    han = [("\u4e00" <= c <= "\u9fd5") for c in block]
    nxt, at = [n] * (n + 1), n  # nxt[i]: first non-Chinese position >= i
    for i in range(n - 1, -1, -1):
        if not han[i]:
            at = i
        nxt[i] = at
    for i in range(n):
        for j in range(max(i + 2, nxt[i] + 1), n + 1):
            if seg.has_word(block[i:j]):
                return None
    out: list[str] = []
    for run in _HAN_OR_NOT.finditer(block):
        r = run.group()
        if not han[run.start()]:
            out += [x for x in _RE_SKIP.split(r) if x]
            continue
        toks = seg.cut(r, True)
        if run.end() < n and _edge_word(toks[::-1], seg, reverse=True):
            return None
        if run.start() > 0 and _edge_word(toks, seg, reverse=False):
            return None
        out += toks
    return out


def _edge_word(toks: list[str], seg, reverse: bool) -> bool:
    """Whether the one-character tokens at the start of ``toks`` (its end if ``reverse``,
    ``toks`` then given reversed) hold a dictionary word of 2+ characters at that edge."""
    singles = []
    for t in toks:
        if len(t) != 1:
            break
        singles.append(t)
    text = "".join(reversed(singles)) if reverse else "".join(singles)
    if reverse:
        return any(seg.has_word(text[i:]) for i in range(len(text) - 1))
    return any(seg.has_word(text[:j]) for j in range(2, len(text) + 1))


# --------------------------------------------------------------------------- token classes

def is_punctuation(token: str) -> bool:
    """True if every character is Unicode punctuation or a symbol (，。“”、《》…%+)."""
    return all(unicodedata.category(c)[0] in "PS" for c in token)


def is_number(token: str) -> bool:
    """True for numerals: 1720, 3.5, 2.87, 100%, ２０２１, 二十六, 百, and jieba's
    numeral + approximator + measure tokens (万余名, 余个, 二十个)."""
    return bool(_NUMBER.match(token))


# --------------------------------------------------------------------------- the tokenizer

def default_cache_dir() -> Path:
    """Where the disk cache lives unless ``cache_dir`` is given (:func:`zhframe.cache.default_cache_dir`)."""
    from zhframe.cache import default_cache_dir as _default

    return _default()


# Tokens of texts seen in this process, shared by every tokenizer with the same
# fingerprint (sklearn's clone() and pickling make new instances): tokens joined
# by _SEP, one string per text, at most _MEMO_LIMIT characters of text in all.
_MEMO: dict[tuple[str, str], str] = {}
_MEMO_LIMIT = 20_000_000
_memo_chars = 0
_SEP = "\x1f"


def _memo_get(fingerprint: str, text: str) -> list[str] | None:
    hit = _MEMO.get((fingerprint, text))
    if hit is None:
        return None
    return hit.split(_SEP) if hit else []


def _memo_put(fingerprint: str, text: str, tokens: list[str]) -> None:
    global _memo_chars
    if _SEP in text or (fingerprint, text) in _MEMO:
        return
    if _memo_chars + len(text) > _MEMO_LIMIT:
        _MEMO.clear()
        _memo_chars = 0
    _MEMO[(fingerprint, text)] = _SEP.join(tokens)
    _memo_chars += len(text)


def warm(tokenizer, texts: Iterable[str]) -> None:
    """Fill the in-process token memo for ``texts`` from the disk cache (or by tokenizing).

    ``tokenizer`` is a :class:`Tokenizer` or a wrapper holding one as
    ``.tokenizer`` (``keywords.MaskedTokenizer``, as topics uses) that
    passes texts through unchanged. Later calls ``tokenizer(text)`` (e.g. from
    a scikit-learn vectoriser) then cost a dictionary lookup, and a rerun over
    unchanged text loads no dictionary at all. Anything else is left alone.
    """
    inner = tokenizer
    for _ in range(5):
        if isinstance(inner, Tokenizer):
            if inner.cache:
                inner.tokenize_many(texts)
            return
        inner = getattr(inner, "tokenizer", None)


class Tokenizer:
    """A configured Chinese word tokenizer (callable: ``tok(text) -> list[str]``).

    Parameters
    ----------
    user_dict : bool, default True
        Load the project dictionary (``zhframe/data/user_dict.txt``).
    extra_dicts : sequence of paths, default ()
        The researcher's own dictionaries, same format (:func:`read_user_dictionary`).
    stopwords : bool, default True
        Drop stopwords-iso's Chinese list plus the project list.
    extra_stopwords : sequence of str, default ()
        More words to drop (only with ``stopwords=True``).
    punctuation, numbers : bool, default False
        Keep punctuation / numeral tokens (:func:`is_punctuation`, :func:`is_number`).
    single_chars : bool, default True
        Keep one-character tokens (党, 村, 镇 carry meaning in this register).
    pos : sequence of str or None, default None
        Keep only tokens whose part-of-speech flag starts with one of these
        (``("n", "v")`` keeps nouns incl. nr/ns/nt/nz, and verbs). Tokens then
        come from the tagger (``pos_backend``), whose cut can differ slightly.
    backend : {"auto", "jieba", "rjieba"}, default "auto"
        See the module docstring; "auto" gives jieba's tokens at jieba-rs' speed.
    pos_backend : {"rjieba", "posseg"}, default "rjieba"
        jieba-rs' ``tag`` (fast) or ``jieba.posseg`` (the reference, about 100x
        slower; ``"jieba"`` is accepted as another name for it).
    hmm : bool, default True
        jieba's HMM for words not in the dictionary (jieba's default).
    cache : bool, default True
        Use the disk cache in :meth:`tokenize_many` / :meth:`pos_tag_many`.
    cache_dir : path or None
        Default :func:`default_cache_dir`.

    Whitespace tokens are always dropped. Output is deterministic: same text
    and configuration, same tokens, in any process.
    """

    def __init__(self, user_dict: bool = True, extra_dicts: Sequence[str | os.PathLike] = (),
                 stopwords: bool = True, extra_stopwords: Sequence[str] = (),
                 punctuation: bool = False, numbers: bool = False, single_chars: bool = True,
                 pos: Sequence[str] | None = None, backend: str = "auto",
                 pos_backend: str = "rjieba", hmm: bool = True, cache: bool = True,
                 cache_dir: str | os.PathLike | None = None):
        self.user_dict = user_dict
        self.extra_dicts = extra_dicts
        self.stopwords = stopwords
        self.extra_stopwords = extra_stopwords
        self.punctuation = punctuation
        self.numbers = numbers
        self.single_chars = single_chars
        self.pos = pos
        self.backend = backend
        self.pos_backend = pos_backend
        self.hmm = hmm
        self.cache = cache
        self.cache_dir = cache_dir
        self._reset()

    @classmethod
    def keep_all(cls, **params) -> "Tokenizer":
        """A tokenizer that drops nothing but whitespace (the bakeoff format)."""
        return cls(**{"stopwords": False, "punctuation": True, "numbers": True,
                      "single_chars": True, **params})

    # -- scikit-learn style parameters, pickling ------------------------------------
    _PARAMS = ("user_dict", "extra_dicts", "stopwords", "extra_stopwords", "punctuation",
               "numbers", "single_chars", "pos", "backend", "pos_backend", "hmm", "cache",
               "cache_dir")

    def get_params(self, deep: bool = True) -> dict:
        return {p: getattr(self, p) for p in self._PARAMS}

    def set_params(self, **params) -> "Tokenizer":
        for k, v in params.items():
            if k not in self._PARAMS:
                raise ValueError(f"invalid parameter {k!r} for Tokenizer")
            setattr(self, k, v)
        self._reset()
        return self

    def __repr__(self) -> str:
        default = Tokenizer.__init__.__defaults__
        changed = [f"{p}={getattr(self, p)!r}" for p, d in zip(self._PARAMS, default)
                   if getattr(self, p) != d]
        return f"Tokenizer({', '.join(changed)})"

    def __getstate__(self) -> dict:
        return self.get_params()  # segmenters are rebuilt lazily in the new process

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._reset()

    def __eq__(self, other) -> bool:
        return type(other) is type(self) and self.get_params() == other.get_params()

    def __hash__(self) -> int:
        return hash(self.fingerprint)

    def _reset(self) -> None:
        self._jieba = self._rjieba = self._pos = None
        self._stop = self._words = self._fingerprint = None
        self._memo: dict[str, bool] = {}

    # -- building (lazy) ------------------------------------------------------------
    def _check(self) -> None:
        if self.backend not in BACKENDS:
            raise ValueError(f"backend must be one of {BACKENDS}, got {self.backend!r}")
        if self.pos_backend not in POS_BACKENDS:
            raise ValueError(f"pos_backend must be one of {POS_BACKENDS}, got {self.pos_backend!r}")
        if isinstance(self.pos, str):
            raise ValueError("pos must be a sequence of flag prefixes such as ('n', 'v'), not a string")

    def words(self) -> list[tuple[str, int, str | None]]:
        """The user words this tokenizer adds: ``(word, frequency, tag)``, frequencies resolved."""
        if self._words is None:
            entries = []
            paths = ([USER_DICT] + _default_dicts() if self.user_dict else []) + \
                [Path(p) for p in self.extra_dicts]
            for path in paths:
                entries.extend(read_user_dictionary(path))
            if any(f is None for _, f, _ in entries):
                base = _base_jieba()
                entries = [(w, suggest_frequency(w, base) if f is None else f, t)
                           for w, f, t in entries]
            self._words = entries
        return self._words

    def _jieba_seg(self):
        if self._jieba is None:
            seg = _base_jieba()
            for w, f, t in self.words():
                seg.add_word(w, f, t)
            self._jieba = seg
        return self._jieba

    def _rjieba_seg(self):
        if self._rjieba is None:
            from zhframe._jieba import rjieba_instance

            self._rjieba = rjieba_instance(self.words())
        return self._rjieba

    def _posseg_seg(self):
        if self._pos is None:
            from zhframe._jieba import pos_tokenizer

            self._pos = pos_tokenizer(self._jieba_seg())
        return self._pos

    @property
    def stopword_set(self) -> frozenset[str]:
        """The words dropped when ``stopwords=True`` (empty otherwise)."""
        if self._stop is None:
            self._stop = stopword_list(self.extra_stopwords) if self.stopwords else frozenset()
        return self._stop

    @property
    def fingerprint(self) -> str:
        """Hash of everything that decides the output: parameters, dictionaries, the
        tokenizer's own code (:func:`code_version`), jieba's and jieba-rs' versions."""
        if self._fingerprint is None:
            from importlib.metadata import version

            params = {k: v for k, v in self.get_params().items() if k not in ("cache", "cache_dir")}
            params["extra_dicts"] = [Path(p).read_bytes().hex() for p in self.extra_dicts]
            params = {k: list(v) if isinstance(v, tuple) else v for k, v in params.items()}
            blob = json.dumps({"params": params, "format": CACHE_FORMAT, "code": code_version(),
                               "user_dict": [p.read_bytes().hex() for p in [USER_DICT] + _default_dicts()]
                               if self.user_dict else "",
                               "stop": sorted(self.stopword_set),
                               "jieba": version("jieba"), "rjieba": version("rjieba")},
                              sort_keys=True, ensure_ascii=False, default=str)
            self._fingerprint = hashlib.sha256(blob.encode("utf-8")).hexdigest()
        return self._fingerprint

    # -- segmenting -----------------------------------------------------------------
    def _raw(self, text: str) -> list[str]:
        self._check()
        if not isinstance(text, str):
            raise ValueError(f"Tokenizer expects str, got {type(text).__name__}")
        if self.backend == "jieba":
            return self._jieba_seg().lcut(text, HMM=self.hmm)
        if self.backend == "auto" and rjieba_may_differ(text):
            return self._mixed(text)
        return self._rjieba_seg().cut(text, self.hmm)

    def _mixed(self, text: str) -> list[str]:
        """jieba on the blocks where jieba-rs may differ, jieba-rs on the rest of ``text``.

        Both libraries cut a text block by block (jieba's blocks: maximal runs of
        :data:`_JIEBA_BLOCK` characters), and the blocks are cut independently, so
        only the block holding a joined ASCII run needs jieba. jieba-rs counts
        more characters as block characters (CJK extensions, compatibility
        ideographs): a text with one of those goes to jieba whole.
        """
        if _RJIEBA_ONLY.search(text):
            return self._jieba_seg().lcut(text, HMM=self.hmm)
        out, pos = [], 0
        for m in _JIEBA_BLOCK.finditer(text):
            if not rjieba_may_differ(m.group()):
                continue
            a, b = m.span()
            if a > pos:
                out += self._rjieba_seg().cut(text[pos:a], self.hmm)
            block = text[a:b]
            pieces = _jieba_block(block, self._rjieba_seg()) if self.hmm else None
            out += self._jieba_seg().lcut(block, HMM=self.hmm) if pieces is None else pieces
            pos = b
        if pos < len(text):
            out += self._rjieba_seg().cut(text[pos:], self.hmm)
        return out

    def cut(self, text: str) -> list[str]:
        """Every token of ``text`` (punctuation and stopwords included, whitespace dropped)."""
        return [t for t in self._raw(text) if not t.isspace()]

    def pos_tag(self, text: str) -> list[tuple[str, str]]:
        """``[(word, flag), ...]`` for every token of ``text`` (whitespace dropped), jieba's tag set."""
        self._check()
        if not isinstance(text, str):
            raise ValueError(f"Tokenizer expects str, got {type(text).__name__}")
        if self.pos_backend == "rjieba":
            pairs = self._rjieba_seg().tag(text, self.hmm)
        else:
            pairs = [(p.word, p.flag) for p in self._posseg_seg().lcut(text, HMM=self.hmm)]
        return [(w, f) for w, f in pairs if not w.isspace()]

    @property
    def filters(self) -> bool:
        """Whether any filter can drop a token (else only whitespace is dropped)."""
        return bool(self.pos) or self.stopwords or not (self.punctuation and self.numbers
                                                        and self.single_chars)

    def keep(self, token: str) -> bool:
        """Whether the filters (punctuation, numbers, stopwords, single characters) keep ``token``."""
        if not self.punctuation and is_punctuation(token):
            return False
        if not self.numbers and is_number(token):
            return False
        if self.stopwords and token in self.stopword_set:
            return False
        return self.single_chars or len(token) > 1

    def __call__(self, text: str) -> list[str]:
        """Tokens of ``text`` after the filters (the scikit-learn ``tokenizer=`` interface).

        With ``cache=True``, texts already tokenized in this process (by any
        tokenizer with the same configuration) are answered from memory.
        """
        if self.cache and isinstance(text, str):
            tokens = _memo_get(self.fingerprint, text)
            if tokens is None:
                tokens = self._call(text)
                _memo_put(self.fingerprint, text, tokens)
            return tokens
        return self._call(text)

    def _call(self, text: str) -> list[str]:
        if self.pos:
            prefixes = tuple(self.pos)
            return [w for w, f in self.pos_tag(text) if f.startswith(prefixes) and self.keep(w)]
        if not self.filters:  # keep-all: nothing to decide per token
            return [t for t in self._raw(text) if not t.isspace()]
        # The filter decision depends on the token string only: memoise it (speed).
        # Most tokens were seen before: one comprehension over the memo, and the
        # decisions for new tokens only when a lookup misses.
        memo = self._memo
        raw = self._raw(text)
        try:
            return [t for t in raw if memo[t]]
        except KeyError:
            if len(memo) > 1_000_000:
                memo.clear()
            out = []
            for t in raw:
                k = memo.get(t)
                if k is None:
                    k = memo[t] = not t.isspace() and self.keep(t)
                if k:
                    out.append(t)
            return out

    # -- many texts, cached ---------------------------------------------------------
    def tokenize_many(self, texts: Iterable[str]) -> list[list[str]]:
        """``[self(t) for t in texts]``, read from / written to the disk cache."""
        texts = list(texts)
        out = self._many(texts, "tokens", self._call, raw=True)
        if self.cache:
            fp = self.fingerprint
            for t, tokens in zip(texts, out):
                _memo_put(fp, t, tokens)
        return out

    def pos_tag_many(self, texts: Iterable[str]) -> list[list[tuple[str, str]]]:
        """``[self.pos_tag(t) for t in texts]``, disk-cached."""
        out = self._many(list(texts), "pos", lambda t: [list(p) for p in self.pos_tag(t)])
        return [[tuple(p) for p in tagged] for tagged in out]

    def _many(self, texts: list[str], kind: str, fn, raw: bool = False) -> list:
        """``[fn(t) for t in texts]`` through the disk cache. ``raw``: values are token
        lists, stored as one string joined by U+001F (several times faster to write and
        read than JSON); a list holding that character is simply not stored."""
        for t in texts:
            if not isinstance(t, str):
                raise ValueError(f"Tokenizer expects str, got {type(t).__name__}")
        from zhframe.progress import progress

        if not self.cache:
            return [fn(t) for t in progress(texts, desc=kind)]
        keys = [hashlib.sha256(f"{self.fingerprint}\0{kind}\0{t}".encode("utf-8")).hexdigest()
                for t in texts]
        cache = DiskCache(self.cache_dir if self.cache_dir else default_cache_dir(), "tokens.sqlite",
                          raw=raw)
        found = cache.get(set(keys))
        if raw:
            found = {k: v.split(_SEP) if v else [] for k, v in found.items()}
        new = {}
        out = []
        for k, t in progress(zip(keys, texts), desc=kind, total=len(texts)):
            if k not in found and k not in new:
                new[k] = fn(t)
            out.append(found[k] if k in found else new[k])
        if raw:
            new = {k: _SEP.join(v) for k, v in new.items() if not any(_SEP in t for t in v)}
        cache.put(new)
        return out


# --------------------------------------------------------------------------- scoring

def word_spans(words: Sequence[str], start: int = 0) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of ``words`` laid end to end, whitespace removed."""
    spans, pos = [], start
    for w in words:
        w = "".join(w.split())
        if w:
            spans.append((pos, pos + len(w)))
            pos += len(w)
    return spans


def segmentation_scores(gold: Sequence[Sequence[str]], system: Sequence[Sequence[str]]) -> dict:
    """Bakeoff scoring: precision, recall and F1 over word spans.

    ``gold`` and ``system`` are lists of lines, each a list of words. A system
    word is correct when its character span equals a gold word's span (the
    SIGHAN 2005 convention; whitespace ignored). Spans are offsets into the
    whole text, lines laid end to end, as the official scorer aligns the whole
    file: MSR's gold file moves a few opening quotes to the end of the
    previous line, which changes no span. Line ends are word boundaries in both.

    Returns a dict with ``precision``, ``recall``, ``f1``, ``correct``,
    ``gold_words``, ``system_words``. Raises ValueError if the two texts differ.
    """
    def spans(lines):
        out, pos = set(), 0
        for words in lines:
            line = word_spans(words, pos)
            out.update(line)
            pos = line[-1][1] if line else pos
        return out, pos

    g_spans, g_len = spans(gold)
    s_spans, s_len = spans(system)
    g_text = "".join("".join("".join(w) for w in gold).split())
    s_text = "".join("".join("".join(w) for w in system).split())
    if g_text != s_text:
        at = next((i for i, (a, b) in enumerate(zip(g_text, s_text)) if a != b),
                  min(g_len, s_len))
        raise ValueError(f"gold and system texts differ at character {at}: "
                         f"{g_text[at:at + 10]!r} vs {s_text[at:at + 10]!r}")
    correct = len(g_spans & s_spans)
    p = correct / len(s_spans) if s_spans else 0.0
    r = correct / len(g_spans) if g_spans else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "correct": correct,
            "gold_words": len(g_spans), "system_words": len(s_spans)}


def read_bakeoff(test_path: str | os.PathLike, gold_path: str | os.PathLike
                 ) -> tuple[list[str], list[list[str]]]:
    """A bakeoff test file's lines and its gold file's lines as word lists.

    Lines are split on line breaks only (``str.splitlines`` would also split at
    U+2028 and other separators that occur inside bakeoff lines); a final empty
    line is dropped.
    """
    def lines(path):
        text = Path(path).read_bytes().decode("utf-8").replace("\r\n", "\n")
        return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")

    test, gold = lines(test_path), lines(gold_path)
    if len(test) != len(gold):
        raise InputError(gold_path, f"{len(gold)} lines, but the test file has {len(test)}")
    return test, [g.split() for g in gold]


def find_shared(shared: str | os.PathLike | None = None) -> Path:
    """The shared data folder: ``shared`` if given, else the nearest ``shared/`` folder
    beside the repository or one of its parents (``<repo>/../shared`` for a checkout,
    one level higher for a git worktree under a folder of worktrees)."""
    if shared is not None:
        return Path(shared)
    repo = Path(__file__).resolve().parents[2]
    for parent in repo.parents:
        if (parent / "shared").is_dir():
            return parent / "shared"
    return repo.parent / "shared"
