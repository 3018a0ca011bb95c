"""The configured tokenizer: one picklable object with its dictionaries, stopwords,
filters, backend and disk cache (see the package docstring for the design)."""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Iterable, Sequence

from zhframe.infra.cache import DiskCache
from zhframe.tokenize.backends import _JIEBA_BLOCK, _RJIEBA_ONLY, _base_jieba, _jieba_block, rjieba_may_differ
from zhframe.tokenize.dictionaries import USER_DICT, _default_dicts, read_user_dictionary, suggest_frequency
from zhframe.tokenize.script import is_traditional, to_simplified
from zhframe.tokenize.stopwords import is_number, is_punctuation, stopword_list


BACKENDS = ("auto", "jieba", "rjieba")
#: What :class:`Tokenizer` does with traditional characters (``script=``).
SCRIPT_MODES = ("auto", "keep")
#: Part-of-speech taggers: jieba-rs' ``tag`` (default) or ``jieba.posseg``
#: (``"jieba"`` is an older name for ``"posseg"``, kept working).
POS_BACKENDS = ("rjieba", "posseg", "jieba")
CACHE_FORMAT = 1  # bump when the cached value's meaning changes
#: The source files whose code decides a tokenizer's output (part of its fingerprint,
#: so an edit to them never reads stale tokens from the disk cache).
SOURCES = tuple(sorted(Path(__file__).resolve().parent.glob("*.py")))


_LOG = logging.getLogger(__name__)


def code_version(paths: Sequence[Path] | None = None) -> str:
    """SHA-256 of the tokenizer's own source files (:data:`SOURCES`), part of its fingerprint."""
    h = hashlib.sha256()
    for p in SOURCES if paths is None else paths:
        h.update(Path(p).name.encode("utf-8") + b"\0" + Path(p).read_bytes())
    return h.hexdigest()


def default_cache_dir() -> Path:
    """Where the disk cache lives unless ``cache_dir`` is given (:func:`zhframe.infra.cache.default_cache_dir`)."""
    from zhframe.infra.cache import default_cache_dir as _default

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
    script : {"auto", "keep"}, default "auto"
        ``"auto"``: a text in traditional characters (:func:`zhframe.tokenize.script.is_traditional`)
        is converted to simplified (OpenCC ``t2s``) before it is segmented, so 北碚區黨史學習教育
        gives the words of 北碚区党史学习教育 and the dictionaries and stopwords apply; tokens are
        then simplified (:meth:`spans` gives each in the original characters). A simplified
        text is never changed. ``"keep"``: segment the text as given.

    Whitespace tokens are always dropped. Output is deterministic: same text
    and configuration, same tokens, in any process.
    """

    def __init__(self, user_dict: bool = True, extra_dicts: Sequence[str | os.PathLike] = (),
                 stopwords: bool = True, extra_stopwords: Sequence[str] = (),
                 punctuation: bool = False, numbers: bool = False, single_chars: bool = True,
                 pos: Sequence[str] | None = None, backend: str = "auto",
                 pos_backend: str = "rjieba", hmm: bool = True, cache: bool = True,
                 cache_dir: str | os.PathLike | None = None, script: str = "auto"):
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
        self.script = script
        self._reset()

    @classmethod
    def keep_all(cls, **params) -> "Tokenizer":
        """A tokenizer that drops nothing but whitespace (the bakeoff format)."""
        return cls(**{"stopwords": False, "punctuation": True, "numbers": True,
                      "single_chars": True, **params})

    # -- scikit-learn style parameters, pickling ------------------------------------
    _PARAMS = ("user_dict", "extra_dicts", "stopwords", "extra_stopwords", "punctuation",
               "numbers", "single_chars", "pos", "backend", "pos_backend", "hmm", "cache",
               "cache_dir", "script")

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
        if self.script not in SCRIPT_MODES:
            raise ValueError(f"script must be one of {SCRIPT_MODES}, got {self.script!r}")

    def analysis_text(self, text: str) -> str:
        """The text that is segmented: ``text`` converted to simplified when ``script="auto"``
        and it is traditional (:func:`zhframe.tokenize.script.to_simplified`), else ``text``."""
        if self.script == "auto" and is_traditional(text):
            return to_simplified(text, "traditional").text
        return text

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
            from zhframe.tokenize.backends import rjieba_instance

            self._rjieba = rjieba_instance(self.words())
        return self._rjieba

    def _posseg_seg(self):
        if self._pos is None:
            from zhframe.tokenize.backends import pos_tokenizer

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
        text = self.analysis_text(text)
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
        text = self.analysis_text(text)
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

    def spans(self, text: str) -> list[tuple[str, str, int, int]]:
        """Every token the filters keep as ``(token, original, start, end)``: the token as
        counted (simplified when the text was converted), the same token in ``text``'s own
        characters, and its span in ``text``, so a concordance shows what the page printed.
        Tokens of the part-of-speech path (``pos=``) are located the same way."""
        from zhframe.tokenize.script import token_spans

        self._check()
        conv = to_simplified(text, "auto" if self.script == "auto" else "keep")
        if self.pos:
            prefixes = tuple(self.pos)
            pairs = self.pos_tag(text)
            raw = [w for w, _ in pairs]
            keep = [f.startswith(prefixes) and self.keep(w) for w, f in pairs]
        else:
            raw = self.cut(text)
            keep = [self.keep(t) or not self.filters for t in raw]
        out = []
        for tok, ok, (a, b) in zip(raw, keep, token_spans(raw, conv.text)):
            if ok:
                s, e = conv.original_span(a, b)
                out.append((tok, text[s:e], s, e))
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
        from zhframe.infra.progress import progress

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
