"""Options several commands share, defined once, without importing what they configure (the
``clean`` command, which never segments, should not load the tokenizer to build its parser)."""

from __future__ import annotations

from zhframe.infra.paths import CORPUS_DICT_NAME


def add_dict_argument(parser) -> None:
    """``--dict FILE`` and ``--stopwords FILE`` (both repeatable): the one definition every
    command shares; :func:`zhframe.tokenize.dictionaries.dictionaries_from_args` reads them."""
    parser.add_argument("--dict", action="append", default=[], metavar="FILE", dest="dict",
                        help="your own dictionary (jieba format: word [frequency] [tag]); repeatable; "
                             f"a {CORPUS_DICT_NAME} in the corpus folder is used automatically")
    parser.add_argument("--stopwords", action="append", default=[], metavar="FILE", dest="stopwords",
                        help="your own stopwords, one word a line, dropped from every count; repeatable; "
                             "a stopwords.txt in the corpus folder is used automatically")
