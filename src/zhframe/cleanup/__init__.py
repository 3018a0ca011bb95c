"""Repairing the layout of an article (newspaper page or web page), with provenance and nothing lost.

Text extracted from a printed page carries the page's layout: photo captions
dropped into a paragraph, paragraphs split across columns (even mid-word),
bylines and photo credits, a glossary sidebar, text lost at a column break.
Text from a web page carries the site's furniture: breadcrumbs, publication
lines (来源/作者/发布时间), share and print buttons, view counters, bylines,
wire datelines running into the lead, editor lines, footers (ICP备, 公网安备...).
:func:`clean_article` turns such a text back into what a reader reads, as a
table of *blocks* in reading order, each with

- ``kind``: title, deck, heading, subheading, body, caption, credit, glossary
  or meta (page furniture and publication metadata, bylines included, rule
  ``meta:byline``; see :mod:`zhframe.corpus.furniture`);
- ``text``: the block's text, normalised (:func:`normalize`);
- ``spans``: ``[start, end]`` offsets (end exclusive) into the decoded text of
  the lines the block was made from, in reading order: a rejoined paragraph
  has several. Every non-whitespace character of the input lies in exactly
  one block's spans, so nothing is lost or counted twice (invisible characters,
  :func:`remove_invisible`, are dropped from ``text`` but stay inside spans);
- ``fragment``: ``"start"``, ``"end"`` or ``"both"`` when a body block begins
  or ends mid-sentence and nothing in the article continues it (text lost at
  a column break), else ``None``;
- ``rule``: the rule that decided the block's kind, and for body blocks every
  rejoin and fragment decision.

The rules are deliberately few, general and readable (no model is trained:
two articles could not train one, and a researcher must be able to see why a
line was set aside). A line is the unit the extractor gives; each rule looks
at the line's shape (length, final punctuation, space-separated phrases,
date at the start, credit and byline formulas), its position (first line,
after a heading, after a wider-than-usual blank gap that marks a picture box, a
date inside the text rather than above or below it) and its neighbours; a line
whose cells are apart by tabs is a data table's row, kept whole as text.

Rejoining is the delicate part: a paragraph whose last line lacks
sentence-final punctuation either continues further on (a column break, maybe
with captions or a heading in between) or lost its continuation at a column
break. Gluing unrelated text would create a sentence nobody wrote, so a join
needs positive evidence that the two pieces read as one sentence:

1. *a word across the break*: jieba's dictionary segmentation (cleanup's own jieba-rs) of the text
   around the break puts one word over it (``全区上|下纷纷`` gives 上下,
   ``事情解|决得`` gives 解决; ``作出示范|里扎根`` gives no word over the break);
2. *a short tail*: the next paragraph is a single short clause that could
   not stand as a paragraph (``实施关爱行动|5900人次。``);
3. *a phrase across an interruption*: captions, credits or a heading sit
   between the pieces (the layout explains the break), the first piece ends
   in a noun or verb, and the second opens with a bare noun phrase with no
   verb of its own, followed by a clause that starts with a verb, i.e. the
   noun phrase ends the first piece's clause rather than being a subject
   (``王洪已在四川|(captions)|绵阳图书馆、……等地，举办…``).

An unfinished paragraph with no such continuation within the next two body
paragraphs is marked ``fragment="end"``; a paragraph that starts with a
character that cannot start a sentence (a closing mark, a particle, a bare
localiser such as 里) and continues nothing is marked ``"start"``.

Modules, one concern each: :mod:`~zhframe.corpus.normalize` (typography,
invisible characters), :mod:`~zhframe.cleanup.sentences` (the sentence
splitter), :mod:`~zhframe.cleanup.lines` (lines and their shapes),
:mod:`~zhframe.corpus.furniture` (page furniture and web layout),
:mod:`~zhframe.cleanup.classify` (the kind of each line),
:mod:`~zhframe.cleanup.evidence` and :mod:`~zhframe.cleanup.rejoin` (rejoins and
fragments), :mod:`~zhframe.cleanup.blocks` (articles and corpora, the cache),
:mod:`~zhframe.cleanup.metadata` (date/source/author from meta blocks),
:mod:`~zhframe.corpus.pagelines` (a page's visible text as lines: info-bar fields apart,
a data table's row on one line, a picture's caption marked), :mod:`~zhframe.corpus.html`
(web pages: the article from the DOM and the votes of trafilatura, readability-lxml and a
text-density method, with the boilerplate record and the reason for every line), :mod:`~zhframe.corpus.pagemeta` (a page's title and date from
meta tags, JSON-LD, ``<time>``, the visible publication line, the URL and htmldate, with
their source), :mod:`~zhframe.cleanup.page` (:func:`clean_page`: a page's blocks, title
and date in one call; ``article_text``: the running text, body and headings), :mod:`~zhframe.cleanup.segment` (cleanup's own jieba-rs instance:
cleanup imports nothing from tokenizing and never loads jieba's POS tagger),
:mod:`~zhframe.cleanup.reports` (notebook tables and HTML),
:mod:`~zhframe.cleanup.evaluate` (scores on the labelled development set),
:mod:`~zhframe.cleanup.pagescore` (character-LCS scores of page extraction).
"""

from __future__ import annotations

from zhframe.cleanup.blocks import (CACHE_FORMAT, COLUMNS, KINDS, SET_ASIDE, _blocks_frame, blocks_table,
                                    body_paragraphs, clean_article, clean_corpus)
# the pipeline's per-article steps, public for the run layer's engines
from zhframe.cleanup.blocks import _block_rows as block_rows
from zhframe.cleanup.blocks import _cached_rows as cached_block_rows
from zhframe.cleanup.blocks import _check_text as check_text
from zhframe.cleanup.page import clean_page
from zhframe.corpus.normalize import INVISIBLE, normalize, remove_invisible
from zhframe.cleanup.reports import block_characters, layout_decisions, side_by_side_html
from zhframe.cleanup.sentences import sentence_spans, split_sentences

__all__ = ["CACHE_FORMAT", "COLUMNS", "INVISIBLE", "KINDS", "SET_ASIDE", "article_metadata",
           "block_characters", "block_rows", "blocks_table", "body_paragraphs", "cached_block_rows", "check_text",
           "clean_article", "clean_corpus", "clean_page",
           "layout_decisions", "metadata_table", "normalize", "remove_invisible", "sentence_spans",
           "side_by_side_html", "split_sentences"]

#: Modules of this package reachable as attributes (``zhframe.cleanup.<module>``), imported on first use.
_SUBMODULES = ('blocks', 'classify', 'evaluate', 'evidence', 'lines', 'metadata', 'page', 'pagescore', 'rejoin',
               'reports', 'segment', 'sentences')


#: Public names whose module is imported on first use (``python -m zhframe clean`` needs none).
_LAZY_NAMES = {"article_metadata": "metadata", "metadata_table": "metadata"}


def __getattr__(name: str):
    if name in _LAZY_NAMES:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_LAZY_NAMES[name]}"), name)
    if name in _SUBMODULES:
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
