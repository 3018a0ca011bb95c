"""``python -m zhframe rhetoric FAMILY FILE...``: one CSV row per rhetorical device found.

For researchers who continue in R or a spreadsheet. FAMILY is one of:

- ``numbers``: every number (claims and the look-alikes that are not: dates, phones...);
- ``quotes``: every quoted expression and its class (speech, slogan, title, activity, term);
- ``voices``: direct quotations with the speaker class and the evidence that decided it;
- ``enumerations``: one record per formula per article, ``count`` the number of items it
  stands for and ``items`` joined by ``|``;
- ``headings``: section heads and their ``parallel_group`` ("" when in no parallel set);
- ``stance``: self-reference (我区/该区/the place's name), modal and directive words;
- ``frames``: theme lexicon terms.

Every row has ``doc`` (the file's stem), ``text`` (what was found) and ``evidence`` (the
sentence, attribution or set it was read from). Place names for ``stance`` come from
``--place`` or, for files of a corpus folder, from its manifest's place columns. Each file
is read with :func:`zhframe.corpus.read_text` and cleaned into blocks; a bad file stops
with one line naming it.
"""

from __future__ import annotations

import sys
from pathlib import Path

FAMILIES = ("numbers", "quotes", "voices", "enumerations", "headings", "stance", "frames")
COLUMNS = {
    "numbers": ["doc", "text", "kind", "value", "unit", "approximate", "marker", "counted",
                "block_kind", "evidence"],
    "quotes": ["doc", "text", "cls", "canonical", "mark", "depth", "block_kind", "evidence"],
    "voices": ["doc", "text", "speaker_type", "cue", "verb", "attribution", "evidence"],
    "enumerations": ["doc", "text", "count", "items", "n_items", "complete", "kind", "evidence"],
    "headings": ["doc", "text", "level", "parallel_group", "evidence"],
    "stance": ["doc", "text", "category", "block_kind", "evidence"],
    "frames": ["doc", "text", "theme", "block_kind", "evidence"],
}


def add_arguments(parser) -> None:
    parser.add_argument("family", choices=FAMILIES, metavar="FAMILY",
                        help=f"one of {', '.join(FAMILIES)}")
    parser.add_argument("files", nargs="+", metavar="FILE", help="article text files")
    parser.add_argument("--place", action="append", default=[], metavar="NAME",
                        help="a place name the articles may name themselves by (stance; repeatable; "
                             "default: the place columns of the folder's manifest.csv)")
    from zhframe.run.options import add_dict_argument
    add_dict_argument(parser)


def run(args) -> int:
    import pandas as pd

    from zhframe.corpus import read_text
    from zhframe.rhetoric._text import article_blocks

    from zhframe.tokenize.dictionaries import dictionaries_from_args
    dictionaries_from_args(args)   # checked; the extractors work on characters, not words
    texts = [(Path(f).stem, read_text(f)) for f in args.files]   # every file checked first
    frames = []
    for (doc, text), path in zip(texts, args.files):
        blocks = article_blocks(text, doc=doc)
        blocks = blocks[~blocks["kind"].isin(("credit", "meta"))]
        rows = _FAMILY[args.family](doc, blocks, args, path)
        frames.append(pd.DataFrame(rows, columns=COLUMNS[args.family]))
    df = pd.concat(frames, ignore_index=True)
    df.to_csv(sys.stdout, index=False, lineterminator="\n")
    return 0


def _sentence(text: str, start: int) -> str:
    from zhframe.rhetoric._text import sentence_spans
    return next((text[s:e] for s, e in sentence_spans(text) if s <= start < e), text)


def _numbers(doc, blocks, args, path):
    from zhframe.rhetoric.numbers import find_numbers, format_value
    for kind, text in zip(blocks["kind"], blocks["text"]):
        n = find_numbers(text)
        for r in n.itertuples():
            yield (doc, r.text, r.kind, format_value(r.value), r.unit, r.approximate, r.marker,
                   r.counted, kind, r.sentence)


def _quotes(doc, blocks, args, path):
    from zhframe.rhetoric.quotes import find_quotes
    for kind, text in zip(blocks["kind"], blocks["text"]):
        for q in find_quotes(text):
            yield (doc, q.text, q.cls, q.canonical or "", q.mark, q.depth, kind, _sentence(text, q.start))


def _voices(doc, blocks, args, path):
    from zhframe.rhetoric.voices import article_voices
    v = article_voices(blocks)
    for r in v.itertuples():
        yield (doc, r.quote, r.speaker_type, r.cue, r.verb, r.attribution, r.evidence)


def _enumerations(doc, blocks, args, path):
    from zhframe.rhetoric.enumerations import article_enumerations
    e = article_enumerations(list(blocks["text"]))
    for r in e.itertuples():
        yield (doc, r.expression, r.count if r.count is not None else "", "|".join(r.items),
               r.n_items, r.complete, r.kind, r.evidence)


def _headings(doc, blocks, args, path):
    from zhframe.rhetoric.features import headings_table
    h = headings_table(blocks.assign(doc_id=doc))
    for r in h.itertuples():
        yield (doc, r.text, r.level, r.parallel_group, r.members)


def _places(args, path) -> list[str]:
    if args.place:
        return list(args.place)
    manifest = Path(path).parent / "manifest.csv"
    if not manifest.is_file():
        return []
    import pandas as pd

    from zhframe.corpus import places
    try:
        m = pd.read_csv(manifest, dtype=str, keep_default_na=False)
    except (ValueError, UnicodeDecodeError):
        return []
    if "file" not in m.columns:
        return []
    names = places.place_names(m, places.place_columns(m))
    docs = m["doc_id"] if "doc_id" in m.columns else m.index.astype(str)
    by_file = dict(zip(m["file"], docs))
    return names.get(str(by_file.get(Path(path).name, "")), [])


def _stance(doc, blocks, args, path):
    from zhframe.rhetoric.stance import stance_hits
    names = _places(args, path)
    for kind, text in zip(blocks["kind"], blocks["text"]):
        for s, _, term, cat in stance_hits(text, names):
            yield (doc, term, cat, kind, _sentence(text, s))


def _frames(doc, blocks, args, path):
    from zhframe.rhetoric.frames import theme_hits
    for kind, text in zip(blocks["kind"], blocks["text"]):
        for s, _, term, theme in theme_hits(text):
            yield (doc, term, theme, kind, _sentence(text, s))


_FAMILY = {"numbers": _numbers, "quotes": _quotes, "voices": _voices,
           "enumerations": _enumerations, "headings": _headings, "stance": _stance,
           "frames": _frames}
