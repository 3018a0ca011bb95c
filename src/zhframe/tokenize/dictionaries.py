"""Dictionaries the tokenizer loads besides jieba's: the project's, the corpus's, the researcher's.

In the order they are loaded (later entries of the same word win):

1. ``data/user_dict.txt``: the seeds' campaign terms, organisations, places, people;
2. ``data/political_dict.txt``: a maintained political-discourse dictionary (campaign
   formulas such as 学史明理, 学思践悟, 感党恩; policy terms of the 2010s-2020s such as
   乡村振兴, 疫情防控, 营商环境, 垃圾分类, 数字经济, 共同富裕), sources in its header;
3. the corpus's place names, from its manifest (:func:`place_dictionary`, with short
   forms: 龙马潭区 and 龙马潭), so that new places do not split (龙马/潭), and the people of
   its ``byline`` column (记者 姚艾青 -> 姚艾青, not 姚/艾青);
4. a ``dictionary.txt`` in the corpus folder, picked up automatically;
5. the researcher's own files: ``--dict FILE`` on every command, ``DICT=`` for
   ``make figures``.

3-5 reach every tokenizer of the run, in-process and in notebook kernels, through the
environment variable :data:`ENV` (paths joined by ``os.pathsep``), which
:func:`default_dictionaries` reads; the tokenizer's cache fingerprint covers the bytes of
every file, so a changed dictionary never serves stale tokens.
"""

from __future__ import annotations

import hashlib
import os
import re
import warnings
from collections.abc import Iterable
from pathlib import Path


from zhframe.infra.errors import InputError
from zhframe.infra.paths import CORPUS_DICT_NAME, DATA_DIR

POLITICAL_DICT = DATA_DIR / "political_dict.txt"
#: Environment variable with the run's extra dictionaries (os.pathsep-separated paths).
ENV = "ZHFRAME_DICT"


def default_dictionaries() -> list[Path]:
    """Dictionaries loaded after ``user_dict.txt``: political_dict.txt, then :data:`ENV`'s files.

    :data:`ENV` is plumbing set by the commands after they checked every file
    (:func:`use_dictionaries`); a file gone since (a deleted cache folder) is skipped with
    a warning rather than stopping every later tokenizer of the process.
    """
    paths = [POLITICAL_DICT]
    for p in filter(None, os.environ.get(ENV, "").split(os.pathsep)):
        if not Path(p).is_file():
            warnings.warn(f"zhframe: {p}: dictionary not found (from {ENV}); skipped", stacklevel=2)
            continue
        paths.append(Path(p))
    return paths


#: Words of a byline that are roles, not names (记者 熊辉, 通讯员 张三 文/图).
_BYLINE_ROLES = ("本报记者", "记者", "通讯员", "实习生", "特约", "编辑", "责任编辑", "摄影", "摄",
                 "文", "图", "报道", "来源", "作者")


def byline_names(corpus) -> list[str]:
    """People named in a ``byline`` column of the manifest (记者 熊辉 -> 熊辉), 2-4 characters."""
    import re

    if "byline" not in getattr(corpus, "columns", ()):
        return []
    out = set()
    for value in corpus["byline"].astype(str):
        for part in re.split(r"[\s,，、/|；;：:]+", value):
            for role in _BYLINE_ROLES:
                part = part.removeprefix(role)
            if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", part):
                out.add(part)
    return sorted(out)


def place_dictionary(names: Iterable[str], directory: str | os.PathLike | None = None,
                     people: Iterable[str] = ()) -> Path | None:
    """A dictionary file of place names and their short forms (tag ``ns``) and of ``people``
    (tag ``nr``, e.g. :func:`byline_names`), frequencies left to
    :func:`zhframe.tokenize.suggest_frequency`. Written once under ``directory`` (default:
    the token cache's folder), named by the hash of its content, so safe to delete.
    Names the project's dictionaries already hold keep their entries there (so the seeds'
    tokens do not change). Returns None when no name is left.
    """
    from zhframe.corpus.places import self_reference_terms

    known = {w for p in (DATA_DIR / "user_dict.txt", POLITICAL_DICT)
             for w, *_ in (l.split() for l in p.read_text(encoding="utf-8").splitlines()
                           if l.strip() and not l.startswith("#"))}
    words = [(w, "ns") for w in self_reference_terms(names) if len(w) >= 2 and w not in known]
    words += [(w, "nr") for w in sorted(set(people)) if w not in known]
    if not words:
        return None
    body = "# place names and bylines of the corpus manifest (zhframe.tokenize.dictionaries)\n" + \
        "".join(f"{w} {t}\n" for w, t in words)
    if directory is None:
        from zhframe.infra.cache import default_cache_dir
        directory = default_cache_dir()
    folder = Path(directory) / "dictionaries"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"places-{hashlib.sha256(body.encode('utf-8')).hexdigest()[:16]}.txt"
    if not path.is_file():
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(body, encoding="utf-8")
        os.replace(tmp, path)
    return path


def corpus_dictionaries(folder: str | os.PathLike | None = None, corpus=None,
                        user: Iterable[str | os.PathLike] = ()) -> list[Path]:
    """The run's dictionaries 3-5 (see module doc), checked: a missing ``user`` file raises
    :class:`InputError` naming it. ``corpus`` is a loaded corpus (its place names are read
    with :func:`zhframe.corpus.places.place_names`); ``folder`` the corpus folder."""
    paths: list[Path] = []
    if corpus is not None:
        from zhframe.corpus.places import place_names

        try:
            names = sorted({n for ns in place_names(corpus).values() for n in ns})
        except ValueError:
            names = []
        p = place_dictionary(names, people=byline_names(corpus))
        if p is not None:
            paths.append(p)
    if folder is not None and (Path(folder) / CORPUS_DICT_NAME).is_file():
        paths.append(Path(folder) / CORPUS_DICT_NAME)
    for f in user:
        if not Path(f).is_file():
            raise InputError(f, "dictionary not found")
        paths.append(Path(f))
    return paths


def use_dictionaries(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Make ``paths`` the run's extra dictionaries (sets :data:`ENV`; kernels inherit it).

    Each file is read once here, so a malformed line stops the run with the file and
    line named (:func:`zhframe.tokenize.read_user_dictionary`) before any work is done.
    """
    from zhframe.tokenize import read_user_dictionary

    paths = [Path(p).resolve() for p in paths]
    for p in paths:
        read_user_dictionary(p)
    if paths:
        os.environ[ENV] = os.pathsep.join(str(p) for p in paths)
    return paths


def dictionaries_from_args(args, folder: str | os.PathLike | None = None, corpus=None) -> list[Path]:
    """:func:`use_dictionaries` for a command's ``--dict`` files, the corpus folder's
    ``dictionary.txt`` and the manifest's place names; and
    :func:`zhframe.tokenize.stopwords.use_stopwords` for its ``--stopwords`` files and the
    folder's ``stopwords.txt``. Returns the dictionary paths in use."""
    from zhframe.tokenize.stopwords import corpus_stopwords, use_stopwords

    use_stopwords(corpus_stopwords(folder, getattr(args, "stopwords", []) or []))
    return use_dictionaries(corpus_dictionaries(folder, corpus, getattr(args, "dict", []) or []))



#: The project's user dictionary (campaign terms, organisations, places, people).
USER_DICT = DATA_DIR / "user_dict.txt"
#: The project's stopwords, added to stopwords-iso's Chinese list.


#: A user word is made FREQ_MARGIN times more probable than the best split of its
#: characters (jieba's suggest_freq bound), so that it also survives most contexts
#: where a neighbouring character could form a word across its boundary.
FREQ_MARGIN = 100


def _default_dicts() -> list[Path]:
    """Dictionaries loaded with the user dictionary: political_dict.txt and the run's own
    (corpus place names, dictionary.txt, --dict: :func:`zhframe.tokenize.dictionaries.default_dictionaries`)."""

    return default_dictionaries()


#: Largest frequency a user dictionary may give a word: far above any real word's (jieba's
#: largest is about 900,000), far below what overflows a 64-bit count.
MAX_FREQUENCY = 10**12


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
        if rest and rest[0].isascii() and rest[0].isdigit():
            number = rest.pop(0)
            # 2^64 and beyond overflow the segmenters' counters (and 4,300+ digits int() itself)
            if len(number.lstrip("0")) > len(str(MAX_FREQUENCY)) or int(number) > MAX_FREQUENCY:
                shown = number if len(number) <= 24 else number[:21] + "..."
                raise InputError(path, f"line {no}: frequency {shown} is too large (at most "
                                       f"{MAX_FREQUENCY:,}; jieba's largest is about 900,000)")
            freq = int(number)
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
