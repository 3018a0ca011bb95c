"""Self-reference and stance: who speaks for the district, and how much it commands.

A district paper can speak *as* the district (我区: first-person institutional voice) or
*about* it (该区, or its name: third-person reporting). ``collective`` (全区) presents the
district as one body. Modal words (要, 必须) and directive verbs (坚持, 推动, 落实) carry the
programmatic register of Party documents into the news. All come from
``rhetoric_stance.csv``, matched longest-first so that 重要/主要 do not count as 要.
The district's own name is matched from the names the caller gives (北碚区, 北碚; from the
manifest's place columns whatever the grouping: :func:`zhframe.corpus.places.place_names`), and
only where the report names itself, not inside a proper noun (北碚区融媒体中心, 中共北碚特支,
百听开州: :func:`zhframe.corpus.places.self_reference_spans`).
"""

from __future__ import annotations

from zhframe.corpus import places
from zhframe.rhetoric import lexicon
from zhframe.rhetoric.registry import Device

CATEGORIES = ("first_person", "third_person", "name", "collective", "modal", "directive")


def district_names(district: str) -> list[str]:
    """Names a district goes by: 北碚区 -> [北碚, 北碚区] (:func:`zhframe.corpus.places.short_forms`,
    the rule every analysis shares)."""
    return places.self_reference_terms([district])


def stance_hits(text: str, names=()) -> list[tuple[int, int, str, str]]:
    """``(start, end, term, category)`` of every stance word and name mention in ``text``."""
    named = places.self_reference_spans(text, names) if names else []
    hits = [(s, e, t, "name") for s, e, t in named]
    shielded = {n for name in names for n in places.short_forms(name)}
    for s, e, term, cat in lexicon.matcher("rhetoric_stance.csv", "term", "category").finditer(text):
        if term in shielded or any(ns < e and s < ne for ns, ne, _, _ in hits):
            continue
        hits.append((s, e, term, cat))
    return sorted(hits)


def stance_counts(text: str, names=()) -> dict[str, int]:
    """Counts per category of :data:`CATEGORIES` (zeros included) in ``text``."""
    out = dict.fromkeys(CATEGORIES, 0)
    for *_, cat in stance_hits(text, names):
        out[cat] = out.get(cat, 0) + 1
    return out


def paragraph_counts(p) -> dict[str, int]:
    """:func:`stance_counts` of a :class:`~zhframe.rhetoric.registry.Paragraph` with its place names."""
    return stance_counts(p.text, p.names)


DEVICE = Device(
    "stance", CATEGORIES,
    labels={"first_person": "我区 first person", "third_person": "该区 third person",
            "name": "区名 name", "collective": "全区 collective", "modal": "要/必须 modal",
            "directive": "坚持/推动 directive"},
    paragraph=paragraph_counts)
