"""``python -m zhframe clean FILE...``: the cleaned blocks of each file as JSON Lines.

One line per block, in reading order::

    {"doc": "<file name>", "block": 0, "kind": "title", "text": "...",
     "spans": [[start, end], ...], "fragment": null, "rule": "title:first-line"}

``spans`` are offsets into the file's decoded text (see :mod:`zhframe.cleanup`);
for a web page (:func:`zhframe.corpus.encodings.is_page`: ``.html``, ``.shtml``, ``.php``,
MHTML, a page saved as ``.txt``...) that text is the article the extractor found
(:mod:`zhframe.corpus.html`), and the page's other lines follow the blocks as
records of kind ``boilerplate`` (rule ``boilerplate:extractor``, no spans), so
nothing on the page is dropped silently. Builds no pandas table: rows are
written as the rules produce them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HELP = "repair each article's layout; print its blocks as JSON Lines"


def add_arguments(parser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="article text files (.txt) or saved web pages (.html, .htm)")
    from zhframe.run.options import add_dict_argument
    add_dict_argument(parser)


def _boilerplate(path: str) -> list[str]:
    from zhframe.corpus.html import extract_html
    from zhframe.corpus import decode_bytes
    from zhframe.corpus.encodings import page_html

    raw = decode_bytes(Path(path).read_bytes(), path, as_page=False)[0]  # the page, not its article
    return extract_html(page_html(raw, path)).boilerplate


def run(args) -> int:
    from zhframe.cleanup import block_rows as _block_rows, check_text as _check_text
    from zhframe.corpus import decode_bytes
    from zhframe.corpus.encodings import is_page
    from zhframe.corpus.files import read_bytes

    if getattr(args, "dict", None) or getattr(args, "stopwords", None):
        from zhframe.tokenize.dictionaries import dictionaries_from_args

        dictionaries_from_args(args)  # checked like the files, though cleaning does not segment
    texts = []
    for f in args.files:  # all checked before any output
        data = read_bytes(f)
        raw = decode_bytes(data, f, as_page=False)[0]
        texts.append((f, Path(f).name, decode_bytes(data, f)[0], is_page(raw, f)))
    out = sys.stdout
    dumps = json.JSONEncoder(ensure_ascii=False).encode  # one encoder, not one per row
    for path, name, text, page in texts:
        _check_text(text, name)
        rows = _block_rows(text)
        for i, (_, kind, block, spans, fragment, rule) in enumerate(rows):
            out.write(dumps({"doc": name, "block": i, "kind": kind, "text": block,
                             "spans": spans, "fragment": fragment, "rule": rule}) + "\n")
        if page:  # by name or content (.shtml, .php, a page saved as .txt, MHTML...)
            for j, line in enumerate(_boilerplate(path), start=len(rows)):
                out.write(dumps({"doc": name, "block": j, "kind": "boilerplate", "text": line,
                                 "spans": [], "fragment": None, "rule": "boilerplate:extractor"})
                          + "\n")
    return 0
