"""Which unit a comparison is tested at, in words that are true in every case.

Pure functions of counts of articles per side; the keyword, topic and rhetoric
code call them with what they counted.
"""

from __future__ import annotations

#: Designs: which units the group labels are permuted (and resampled) over.
DESIGNS = ("auto", "articles", "paragraphs")


def unit_design(n_target: int, n_rest: int, design: str = "auto", has_units: bool = True,
                target: str = "the target") -> str:
    """``"articles"`` or ``"paragraphs"`` for a comparison with ``n_target`` against ``n_rest`` articles.

    ``auto``: articles when each side has at least two (articles are what was
    sampled), paragraphs when a side has one article (the test can then only ask
    whether *these articles* differ). ``design="paragraphs"`` is refused when each
    side has several articles: paragraphs of one article are not independent draws,
    and on random labels that design holds something in about half of the corpora
    (issue #22). ``design="articles"`` with one article on a side is refused too.
    """
    if design not in DESIGNS:
        raise ValueError(f"design must be one of {', '.join(DESIGNS)}, got {design!r}")
    if not has_units:
        if design == "articles":
            raise ValueError("design='articles' needs a column naming each paragraph's article")
        return "paragraphs"
    few = min(n_target, n_rest) < 2
    if design == "articles" and few:
        raise ValueError(f"design='articles' needs at least two articles on each side "
                         f"({target}: {n_target}, the rest: {n_rest})")
    if design == "paragraphs" and not few:
        raise ValueError(f"design='paragraphs' refused: each side has several articles ({target}: {n_target}, "
                         f"the rest: {n_rest}); test at the articles")
    if design != "auto":
        return design
    return "paragraphs" if few else "articles"


def design_sentence(design: str, n_target: int, n_rest: int, n_articles: tuple[int, int] | None = None,
                    has_units: bool = True) -> str:
    """One sentence naming the design and why it was used.

    ``n_target``/``n_rest``: units tested (articles, or paragraphs);
    ``n_articles``: articles per side when the design is paragraphs (for the reason).
    """
    if design == "articles":
        return (f"group labels permuted over articles ({n_target} against {n_rest}): "
                "a holding difference is one between the groups these articles were sampled from")
    if not has_units:
        why = "because no column names each paragraph's article"
    elif n_articles is not None and min(n_articles) >= 2:
        why = "as asked"  # only reachable through old callers; unit_design refuses it
    else:
        why = "because a side has one article"
    return (f"group labels permuted over paragraphs ({n_target} against {n_rest} paragraphs) {why}: "
            "a holding difference is one between these articles, not between the groups")


def single_unit_groups(units_per_group: dict) -> list[str]:
    """Groups with one article, sorted: kept in the rest, never tested or claimed about as a group."""
    return sorted(str(g) for g, n in units_per_group.items() if n < 2)


def single_unit_sentence(groups: list[str]) -> str:
    """The one sentence saying which groups had one article (empty when none)."""
    if not groups:
        return ""
    shown = ", ".join(groups[:8]) + (f" and {len(groups) - 8} more" if len(groups) > 8 else "")
    verb = "are" if len(groups) > 1 else "is"
    return (f"{len(groups)} group{'s' if len(groups) > 1 else ''} with one article ({shown}) {verb} "
            "counted in the rest but not compared as a group: one article's words are not a group's.")
