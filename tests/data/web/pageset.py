"""What every saved-page set's ``build.py`` shares: reading ``articles.txt``, wrapping a page,
and writing the pages with their ``references.json``.

Each set's generator (``pages*/build.py``) lays out articles in its own site designs and
calls :func:`write_set` with them; rebuilding any set gives the same bytes (a seeded random
state per page, the seed naming the set and the article).
"""

from __future__ import annotations

import datetime
import json
import random
from pathlib import Path
from typing import Callable


def parse(path: Path) -> list[dict]:
    """The articles of an ``articles.txt``: ``== id kind date place`` opens one, then ``F``
    flags, ``T`` the title and ``B`` body paragraphs; other lines are comments."""
    arts, cur = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            pid, kind, date, place = line[3:].split()
            cur = {"id": pid, "kind": kind, "date": date, "place": place, "flags": set(),
                   "title": "", "body": []}
            arts.append(cur)
        elif line.startswith("F "):
            cur["flags"] |= set(line[2:].split())
        elif line.startswith("T "):
            cur["title"] = line[2:]
        elif line.startswith("B "):
            cur["body"].append(line[2:])
    return arts


def page(head: str, body: str, url: str, rng, charset: str) -> str:
    """A whole saved page: doctype, maybe a saving browser's ``saved from url`` comment,
    the charset declaration, ``head`` and ``body``."""
    saved = f"<!-- saved from url=({len(url):04d}){url} -->\n" if rng.random() < 0.5 else ""
    return (f'<!DOCTYPE html>\n{saved}<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f'{head}<style>.nav li{{float:left}}</style><script>var _hmt = _hmt || [];</script></head>\n'
            f"<body>{body}</body></html>\n")


def write_set(here: Path, seed: str, templates: dict[str, Callable], split: Callable[[dict], str]) -> dict:
    """Lay out every article of ``here/articles.txt`` with ``templates[kind]`` (which takes the
    article, the page's random state seeded ``f"{seed}-{id}"`` and the other articles'
    ``(title, date)``, and gives ``(head, body, url)``), write ``{id}_{kind}.html`` (GBK for
    articles flagged ``gbk``) and ``references.json`` (``split(article)`` names its part);
    returns the references."""
    arts = parse(here / "articles.txt")
    refs = {}
    for art in arts:
        rng = random.Random(f"{seed}-{art['id']}")
        others = [(a["title"], a["date"]) for a in arts if a["id"] != art["id"]]
        head, body, url = templates[art["kind"]](art, rng, others)
        gbk = "gbk" in art["flags"]
        html = page(head, body, url, rng, "gb2312" if gbk else "utf-8")
        name = f"{art['id']}_{art['kind']}.html"
        (here / name).write_bytes(html.encode("gbk") if gbk else html.encode("utf-8"))
        refs[name] = {"kind": art["kind"], "split": split(art), "title": art["title"], "date": art["date"],
                      "url": url, "encoding": "GBK" if gbk else "UTF-8", "flags": sorted(art["flags"]),
                      "body": "\n".join(art["body"])}
    (here / "references.json").write_text(json.dumps(refs, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                          encoding="utf-8")
    return refs


def hm(rng) -> str:
    """A time of day between 07:00 and 21:59 (``HH:MM``) drawn from the page's random state."""
    return f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"


def hms(rng) -> str:
    """:func:`hm` with seconds (``HH:MM:SS``), as a CMS stamps a page."""
    return f"{hm(rng)}:{rng.randint(0, 59):02d}"


def digits(rng, k: int) -> int:
    """A number of exactly ``k`` digits (an article id, a counter)."""
    return rng.randint(10 ** (k - 1), 10 ** k - 1)


def ymd(art) -> list[str]:
    """The article's date as ``[year, month, day]`` strings (``2021-06-18`` -> ``["2021", "06", "18"]``)."""
    return art["date"].split("-")


def weekday(art) -> str:
    """The article's day of the week as a page prints it (``星期五``)."""
    return "星期" + "一二三四五六日"[datetime.date.fromisoformat(art["date"]).weekday()]


def epoch(art, t: str) -> int:
    """Seconds since 1970 of the article's date at ``t`` (``HH:MM``) in Beijing time (UTC+8)."""
    h, mi = (int(x) for x in t.split(":"))
    dt = datetime.datetime.fromisoformat(art["date"]).replace(hour=h, minute=mi,
                                                              tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
    return int(dt.timestamp())
