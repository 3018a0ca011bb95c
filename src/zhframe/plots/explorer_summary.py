"""What a notebook shows of a term explorer page: a plain-HTML summary and a link.

Kept apart from :mod:`zhframe.plots.explorer` (which builds the page) because a notebook opened
fresh is untrusted and shows only plain HTML: this is the part a reader always sees.
"""

from __future__ import annotations

import itertools
import os
from html import escape
from pathlib import Path


#: Plain-HTML summaries of the pages written in this process, by resolved path (what :func:`inline` shows).
SUMMARIES: dict[str, str] = {}


def summary_html(data: dict, name: str) -> str:
    """A plain-HTML summary of a page: what it compares, its top terms per side, a link to it.

    Only tags an untrusted notebook keeps (headings, paragraphs, tables, links):
    JupyterLab strips scripts and IFrames from the outputs of a notebook it does not
    trust (an executed notebook opened fresh is untrusted), so this is what a reader
    sees there; every data string is HTML-escaped.
    """
    t = data["terms"]
    held = t[t["verdict"] == "holds up"]
    top = data["top"]
    rows = "".join(f"<tr><td>{i + 1}</td><td>{escape(a or '')}</td><td>{escape(b or '')}</td></tr>"
                   for i, (a, b) in enumerate(itertools.zip_longest(top["target"][:10], top["rest"][:10])))
    tgt, rest = escape(data["target"]), escape(data["rest"])
    return (f"<p><b>Term explorer</b>: {escape(data['by'])} {tgt} against {rest}; {len(t):,} terms, "
            f"{len(held):,} hold up; " + carried(data)
            + (f"; any of the {len(data['groups'])} groups can be chosen as the target there" if "by_group" in data
               else "") + ". "
            f'<a href="{escape(name)}" target="_blank">Open the interactive page ({escape(name)})</a>.</p>'
            f"<table><thead><tr><th></th><th>more in {tgt}</th><th>more in {rest}</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>")


def carried(data: dict) -> str:
    kept, total = data.get("sample", (len(data["paragraphs"]),) * 2)
    if kept >= total:
        return f"{total:,} paragraphs, every concordance line on the page"
    return (f"concordance lines from {kept:,} of {total:,} paragraphs (those with the listed terms' "
            "first lines, then a fixed random sample); counts and tests use every paragraph")


def inline(path: str | os.PathLike, height: int = 900):
    """What a notebook shows: a plain-HTML summary with a link to the page, which needs no trust.

    The link is relative to the working directory (the notebook's folder), so the
    executed notebook carries no absolute path; the summary is the one
    :func:`write_term_explorer` made for this page in this process (else a link alone).
    ``height`` is kept for old callers.
    """
    rel = os.path.relpath(path)

    class _Page:
        def __repr__(self) -> str:  # byte-stable text form (no memory address)
            return f"<term explorer: {rel}>"

        def _repr_html_(self) -> str:
            found = SUMMARIES.get(str(Path(path).resolve()))
            link = f'<p><a href="{escape(rel)}" target="_blank">Open the term explorer ({escape(rel)})</a></p>'
            if found is None:
                return link
            return found.replace(f'href="{escape(Path(path).name)}"', f'href="{escape(rel)}"', 1)

    return _Page()
