"""Every figure the notebooks draw, on a corpus of dozens of groups, measured (issue #26, item 8).

Run as a script: ``python tests/many_groups.py CORPUS BY OUT.json`` builds one :class:`Study`
of ``CORPUS`` grouped ``BY`` (small bootstrap and null settings: the figures' layout, not
their numbers, is what is measured), draws each figure of :data:`FIGURES` with the same
calls as the notebooks (``notebooks/0N_*.ipynb``), and writes one JSON record per figure:
its print size, whether every drawn thing lies inside the page, the largest legend, the
tick-label rows of the fullest axis, the overlapping text pairs, how many of the corpus's
groups are named and whether the figure says how many it leaves out. A figure that raises
is recorded with its one-line error. The robustness table (``tests/test_robustness.py``)
has one row per figure and asserts the bounds of :data:`BOUNDS` on these records.
"""

from __future__ import annotations

import json
import re
import sys
import warnings
from pathlib import Path

#: Each figure the notebooks save (the name they save it under).
FIGURES = (
    "01_block_kind_characters", "02_pos_profile", "03_keyness_bars", "03_frequency_scatter",
    "03_word_clouds", "04_topics_k_selection", "04_topic_terms", "04_topic_prevalence",
    "05_quotes", "05_numbers", "05_enumerations", "05_voices", "05_headings", "05_stance",
    "05_frames", "05_differences", "06_what_holds_up",
)

#: What a readable figure keeps to: at most this many legend entries, tick-label rows on
#: one axis, and pairs of drawn texts overlapping by more than OVERLAP of the smaller one.
BOUNDS = {"legend_entries": 12, "rows": 45, "overlapping_pairs": 0}
OVERLAP = 0.25

#: Words a figure uses to say it shows some of the groups and leaves the rest out.
SUMMARY = re.compile(r"\d+ more|其余 ?\d+|\d+ of \d+|\d+ closer ones left out")


def _figure(name: str, study):
    """The figure ``name`` drawn as its notebook draws it."""
    from zhframe import keywords, plots, rhetoric

    by, seed, n_boot = study.by, study.settings.random_state, study.settings.n_boot
    if name == "01_block_kind_characters":
        return plots.cleanup.block_kind_characters(study.blocks, by=by)
    if name == "02_pos_profile":
        body = study.paragraphs
        tagged = study.tokenizer.pos_tag_many(body["text"])
        profile = keywords.profile.pos_profile(body, tagged, by, n_boot=n_boot, random_state=seed)
        return plots.tokens.pos_profile(profile, by)
    target, reference = study.target, study.reference
    if name.startswith("03_"):
        table = study.keyness()
        if name == "03_keyness_bars":
            return plots.keywords.keyness_bars(table, target, reference, n=15,
                                               title=f"关键性 Keyness: {target} vs {reference}")
        freqs = keywords.group_frequencies(study.paragraphs, by, study.masked)
        if name == "03_frequency_scatter":
            return plots.keywords.frequency_scatter(freqs, table, target, reference)
        return plots.keywords.word_clouds(freqs, table, target, reference, random_state=seed)
    if name.startswith("04_"):
        fit, s = study.topic_fit(), study.settings
        if name == "04_topics_k_selection":
            return plots.topics.k_selection(fit.selection, tolerance=s.tolerance, min_docs=s.min_docs)
        if name == "04_topic_terms":
            return plots.topics.topic_terms(fit.model.top_terms(10), fit.labels)
        return plots.topics.topic_prevalence(study.prevalence())
    if name == "06_what_holds_up":
        return plots.synthesis.what_holds_up(study.differences(), study.groups)
    F, blocks = rhetoric.features, study.blocks
    families = F.feature_families()
    rates = study.rates()
    family = {"05_quotes": "quotes", "05_stance": "stance", "05_frames": "frames"}.get(name)
    if family:
        part = rates[rates["feature"].isin(families[family])].reset_index(drop=True)
        return plots.rhetoric.rates(part, families[family], title=family)
    if name == "05_numbers":
        claim_rates = rates[rates["feature"].isin(["claims", "claims_approximate"])].reset_index(drop=True)
        share = F.group_rates(study.features, by, ["sentences_with_claim"], denominator="n_sentences",
                              scale=1.0, n_boot=n_boot, random_state=seed).replace(
            {"sentences_with_claim": "share_sentences_with_claim"})
        return plots.rhetoric.numbers(claim_rates, share, title="数字 Numbers as claims")
    if name == "05_enumerations":
        enums = study.items("enumerations")
        return plots.rhetoric.enumerations(enums, by, title="数字提法与列举") if len(enums) else None
    if name == "05_voices":
        voices = study.items("voices")
        counts = (voices.groupby([by, "speaker_type"]).size().unstack(fill_value=0)
                  .reindex(index=study.groups, columns=list(F.SPEAKER_TYPES), fill_value=0))
        counts.columns = [f"voice_{c}" for c in counts.columns]
        return plots.rhetoric.voices(counts, title="谁的声音 Whose words are quoted")
    if name == "05_headings":
        articles = F.article_table(blocks, by=by, features=study.features)
        return plots.rhetoric.headings(articles, title="标题 Headings, per article")
    if name == "05_differences":
        return plots.rhetoric.differences(study.rhetoric(), target, title=f"差异 {target} against {reference}",
                                          reference=reference)
    raise KeyError(name)


def _overlapping_pairs(boxes) -> int:
    """Pairs of boxes whose intersection is more than :data:`OVERLAP` of the smaller one's area."""
    n = 0
    for i in range(len(boxes)):
        a = boxes[i]
        for b in boxes[i + 1:]:
            w = min(a.x1, b.x1) - max(a.x0, b.x0)
            h = min(a.y1, b.y1) - max(a.y0, b.y0)
            if w > 0 and h > 0:
                small = min(a.width * a.height, b.width * b.height)
                if small > 0 and w * h > OVERLAP * small:
                    n += 1
    return n


def _drawn_ticklabels(ax, which: str = "xy") -> list:
    """The tick labels ``ax`` draws: visible, not empty, and inside its view limits (matplotlib
    also returns the labels of ticks just beyond them, which are never drawn)."""
    out = []
    for axis, limits, i in (("x", ax.get_xlim(), 0), ("y", ax.get_ylim(), 1)):
        if axis not in which:
            continue
        lo, hi = sorted(limits)
        labels = ax.get_xticklabels() if axis == "x" else ax.get_yticklabels()
        out += [t for t in labels if t.get_visible() and t.get_text().strip()
                and lo - 1e-9 <= t.get_position()[i] <= hi + 1e-9]
    return out


def measure(fig, name: str, groups: list[str]) -> dict:
    """What a reader of ``fig`` gets: size, page bounds, legends, rows, overlaps, groups named."""
    from matplotlib.text import Text

    from zhframe import plots

    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    report = plots.check_print_size(fig, name)
    w, h = fig.get_size_inches()
    box = fig.get_tightbbox(renderer)
    inside = bool(box.x0 >= -0.01 and box.y0 >= -0.01 and box.x1 <= w + 0.01 and box.y1 <= h + 0.01)
    legends = fig.legends + [a.get_legend() for a in fig.axes if a.get_legend()]
    texts = [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()
             and t.figure is fig]
    # tick labels and legend texts are what crowd: titles and axis labels sit apart by layout
    shown = [a for a in fig.axes if a.get_visible() and a.axison]  # an axis turned off draws no ticks
    crowd = [t for a in shown for t in _drawn_ticklabels(a)]
    crowd += [t for leg in legends for t in leg.get_texts()]
    by_axis = {}
    for t in crowd:
        by_axis.setdefault(id(t.axes) if t.axes is not None else 0, []).append(t.get_window_extent(renderer))
    words = " ".join(t.get_text() for t in texts)
    named = sorted({g for g in groups if g in words})
    return {"name": name, "width": report["width"], "height": round(float(h), 2),
            "min_font_pt": report["min_font_pt"], "inside_page": inside,
            "legend_entries": max((len(leg.get_texts()) for leg in legends), default=0),
            "rows": max((len(_drawn_ticklabels(a, "y"))
                         for a in shown), default=0),
            "overlapping_pairs": sum(_overlapping_pairs(b) for b in by_axis.values()),
            "groups": len(groups), "groups_named": len(named),
            "says_how_many_left_out": bool(SUMMARY.search(words))}


def main(corpus: str, by: str, out: str) -> int:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from zhframe import Study

    study = Study.load(corpus, by=by, n_boot=20, n_null=0, random_state=0, n_seeds=2,
                       k_seeds=(0, 1), k_range=(2, 4))
    records = {}
    for name in FIGURES:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                fig = _figure(name, study)
                rec = {"name": name, "skipped": "no data"} if fig is None else measure(fig, name, study.groups)
            except Exception as exc:  # noqa: BLE001 - any failure is one line of its figure's row
                rec = {"name": name, "error": f"{type(exc).__name__}: {exc}".splitlines()[0]}
            plt.close("all")
        # a ResourceWarning is the font package's file handle, not this figure's
        rec["warnings"] = sorted({str(w.message).splitlines()[0] for w in caught
                                  if not issubclass(w.category, ResourceWarning)})
        records[name] = rec
    Path(out).write_text(json.dumps(records, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
