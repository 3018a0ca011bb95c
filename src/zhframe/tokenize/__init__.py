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

Traditional characters
----------------------
``Tokenizer(script="auto")`` (the default) segments a traditional text as its simplified
form (OpenCC t2s, :mod:`zhframe.tokenize.script`), so dictionaries and stopwords apply to
both scripts; :meth:`Tokenizer.spans` gives every token in the original characters too.
:func:`simplified_corpus` converts a corpus's traditional articles before the cleanup.

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

from zhframe.tokenize.backends import rjieba_may_differ
from zhframe.tokenize.dictionaries import (USER_DICT, FREQ_MARGIN, corpus_dictionaries, default_dictionaries,
                                           read_user_dictionary, suggest_frequency, use_dictionaries)
from zhframe.tokenize.evaluate import find_shared, read_bakeoff, segmentation_scores, word_spans
from zhframe.tokenize.script import detect_script, simplified_corpus, to_simplified, to_traditional
from zhframe.tokenize.stopwords import PROJECT_STOPWORDS, is_number, is_punctuation, stopword_list
from zhframe.tokenize.tokenizer import BACKENDS, POS_BACKENDS, Tokenizer, warm

__all__ = ["BACKENDS", "FREQ_MARGIN", "POS_BACKENDS", "PROJECT_STOPWORDS", "USER_DICT", "Tokenizer",
           "corpus_dictionaries", "default_dictionaries", "detect_script", "find_shared", "is_number",
           "is_punctuation", "read_bakeoff", "read_user_dictionary", "rjieba_may_differ",
           "segmentation_scores", "simplified_corpus", "stopword_list", "suggest_frequency", "to_simplified",
           "to_traditional", "use_dictionaries", "warm", "word_spans"]
