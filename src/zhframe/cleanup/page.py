"""A saved web page cleaned in one call: its blocks, title and date."""

from __future__ import annotations


def clean_page(html: str, doc: str = "") -> dict:
    """Clean a decoded web page.

    Returns a dict: ``blocks`` (:func:`zhframe.cleanup.clean_article` of the article's
    text), ``title`` and ``date`` (ISO), ``boilerplate`` (the lines left out).
    """
    from zhframe.cleanup.blocks import clean_article
    from zhframe.cleanup.html import extract_html
    from zhframe.cleanup.metadata import article_metadata

    ex = extract_html(html)
    blocks = clean_article(ex.text, doc=doc)
    titles = blocks.loc[blocks["kind"] == "title", "text"]
    return {"blocks": blocks, "title": titles.iloc[0] if len(titles) else None,
            "date": article_metadata(blocks)["date"], "boilerplate": ex.boilerplate}
