"""A saved web page cleaned in one call: its blocks, title and date, with their sources."""

from __future__ import annotations


def clean_page(html: str, doc: str = "") -> dict:
    """Clean a decoded web page (:func:`zhframe.corpus.html.extract_html`, then
    :func:`zhframe.cleanup.clean_article` on the article's text).

    Returns a dict: ``blocks`` (the article's blocks), ``title`` and ``title_source``,
    ``date`` (ISO) and ``date_source`` (:mod:`zhframe.corpus.pagemeta`; when the page's
    sources give no date, the date of the article's meta blocks, source ``meta-blocks``),
    ``boilerplate`` and ``boilerplate_rules`` (the lines left out and why).
    """
    from zhframe.cleanup.blocks import clean_article
    from zhframe.corpus.html import extract_html
    from zhframe.cleanup.metadata import article_metadata

    ex = extract_html(html)
    blocks = clean_article(ex.text, doc=doc) if ex.text.strip() else None
    date, source = ex.date, ex.date_source
    if date is None and blocks is not None:
        date, source = article_metadata(blocks)["date"], "meta-blocks"
    return {"blocks": blocks, "title": ex.title, "title_source": ex.title_source, "date": date,
            "date_source": source if date else None, "boilerplate": ex.boilerplate,
            "boilerplate_rules": ex.boilerplate_rules}


# The kinds a reader reads as the article's running text: its paragraphs and the headings
# between them (一、…, 坚持…，推动…); the title, deck, captions, credits and furniture are
# not, and neither are a body's lines set aside as meta, except a lead's dateline.
TEXT_KINDS = ("body", "heading", "subheading")


def article_text(blocks) -> str:
    """The article's running text from its blocks (:func:`zhframe.cleanup.clean_article`): the
    ``body``, ``heading`` and ``subheading`` blocks in order, with a dateline cut off its lead
    (``本报讯（记者 …）``, rule ``meta:dateline-lead``) put back where it was: on the line of the
    lead it was cut from (the block that follows it in the text), one block a line otherwise.
    This is what a person copying the article from the page takes as its text, and what
    ``benchmarks/cleanup.py`` scores against a reference body. ``""`` for no blocks."""
    if blocks is None or not len(blocks):
        return ""
    rows = list(zip(blocks["text"].tolist(), blocks["kind"].tolist(), blocks["rule"].tolist(),
                    [sp[0][0] if len(sp) else -1 for sp in blocks["spans"].tolist()]))
    starts = sorted(r[3] for r in rows)
    out, glue_at = [], None
    for text, kind, rule, start in rows:
        if kind in TEXT_KINDS:
            if glue_at is not None and start == glue_at:
                out[-1] += text  # the lead the dateline was cut from: one line again
            else:
                out.append(text)
            glue_at = None
        elif rule == "meta:dateline-lead":
            out.append(text)
            after = [s for s in starts if s > start]
            glue_at = after[0] if after else None
    return "\n".join(out)
