"""Registry of rhetoric devices: a new device is one module and one lexicon row.

A *device* is one family of rhetorical features (quotes, numbers, enumerations, voices,
stance, frames, headings). Each device module defines ``DEVICE``, a :class:`Device` naming

- ``columns``: the count columns of its family (what rates and differences are taken of);
- ``labels``: a readable label of each column (Chinese with an English gloss);
- ``paragraph``: a detector ``Paragraph -> {column: count}`` (``extra`` names the columns
  it also returns that are not counts of the family, e.g. sentence denominators);
- ``article``: or, for an article-level device (headings), ``(texts, kinds) -> {key: value}``.

The devices and their order are the rows of ``zhframe/data/rhetoric_devices.csv``
(``device,module``; set :data:`DEVICES_FILE` to a table of your own to use your devices);
:func:`devices` imports each module and reads its ``DEVICE``. So
adding a device is writing ``zhframe/rhetoric/<module>.py`` with a ``DEVICE`` and adding
its row: :func:`zhframe.rhetoric.features.paragraph_features`,
:func:`~zhframe.rhetoric.features.feature_families`, the labels
(:mod:`zhframe.rhetoric.labels`) and every rate table derive from the registry, and
nothing else is edited.

:class:`Paragraph` is read once for all devices: its quotations (classified once), slogan
mentions, numbers and sentences are computed on first use and shared, so no detector pairs
quotation marks or scans the numbers a second time (issue #27: the detectors each re-read
the paragraph, 19-23 ms a paragraph).
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Callable, Mapping

DEVICES_FILE = "rhetoric_devices.csv"


@dataclass(frozen=True)
class Device:
    """One rhetoric device (feature family); see the module doc."""
    name: str
    columns: tuple[str, ...]
    labels: Mapping[str, str] = field(default_factory=dict)
    paragraph: Callable[["Paragraph"], dict] | None = None
    extra: tuple[str, ...] = ()
    article: Callable | None = None


class Paragraph:
    """One paragraph as every detector sees it, each shared reading computed once.

    ``names``: the place's names (stance); ``activity_names``: quoted words the article
    names an activity elsewhere (:func:`~zhframe.rhetoric.quotes.article_activity_names`),
    applied to the quotations by :meth:`add_activity_names`.
    """

    def __init__(self, text: str, names=(), activity_names=()):
        self.text = text
        self.names = tuple(names)
        self._activity_names = set(activity_names)

    @cached_property
    def quotes(self) -> list:
        """:func:`~zhframe.rhetoric.quotes.find_quotes` of the paragraph (rule 8 with the
        activity names given so far)."""
        from zhframe.rhetoric.quotes import find_quotes

        return find_quotes(self.text, activity_names=self._activity_names)

    def named_activities(self) -> set[str]:
        """Quoted words an activity noun names an activity in this paragraph."""
        from zhframe.rhetoric.quotes import activity_names_of

        return activity_names_of(self.quotes)

    def add_activity_names(self, names) -> None:
        """Apply rule 8 of :mod:`~zhframe.rhetoric.quotes` with the article's activity names
        (the same classes as :func:`find_quotes` given them from the start)."""
        from zhframe.rhetoric.quotes import apply_activity_names

        self._activity_names |= set(names)
        if "quotes" in self.__dict__:
            apply_activity_names(self.quotes, self._activity_names)

    @cached_property
    def mentions(self) -> list[tuple]:
        """:func:`~zhframe.rhetoric.quotes.mention_rows` of the paragraph."""
        from zhframe.rhetoric.quotes import mention_rows

        return mention_rows(self.text, quotes=self.quotes)

    @cached_property
    def numbers(self) -> list[tuple]:
        """:func:`~zhframe.rhetoric.numbers.number_rows` of the paragraph."""
        from zhframe.rhetoric.numbers import number_rows

        return number_rows(self.text, self.quotes, self.mentions, self.sentences)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans (:func:`~zhframe.rhetoric._text.sentence_spans`)."""
        from zhframe.rhetoric._text import sentence_spans

        return sentence_spans(self.text)


@lru_cache(maxsize=None)
def _devices(path: str) -> tuple[Device, ...]:
    from zhframe.rhetoric import lexicon

    table = lexicon.read_table(path)
    if list(table.columns[:2]) != ["device", "module"]:
        raise ValueError(f"{path}: the device table needs columns device,module")
    out = []
    for name, module in zip(table["device"], table["module"]):
        # a module of this package by its short name, else the module as named (your own)
        ours = "." not in module and importlib.util.find_spec(f"zhframe.rhetoric.{module}") is not None
        try:
            mod = importlib.import_module(f"zhframe.rhetoric.{module}" if ours else module)
        except ImportError as e:
            raise ValueError(f"{path}: device {name!r}: module {module!r} cannot be imported ({e})") from e
        device = getattr(mod, "DEVICE", None)
        if not isinstance(device, Device) or device.name != name:
            raise ValueError(f"{path}: module {module!r} has no DEVICE named {name!r}")
        out.append(device)
    return tuple(out)


def devices(path: str | None = None) -> tuple[Device, ...]:
    """The registered devices, in the order of the device table (default :data:`DEVICES_FILE`,
    the package's ``rhetoric_devices.csv``, or a file of that path)."""
    return _devices(str(path or DEVICES_FILE))


def device(name: str) -> Device:
    """The registered device called ``name`` (ValueError naming the devices if none)."""
    for d in devices():
        if d.name == name:
            return d
    raise ValueError(f"no rhetoric device {name!r}; registered: {', '.join(d.name for d in devices())}")


def families() -> dict[str, list[str]]:
    """Device name -> its count columns, for every device with a paragraph detector."""
    return {d.name: list(d.columns) for d in devices() if d.paragraph is not None}


def labels() -> dict[str, str]:
    """Column -> readable label, over every device."""
    out: dict[str, str] = {}
    for d in devices():
        out.update(d.labels)
    return out


def paragraph_counts(paragraph: Paragraph) -> dict[str, int]:
    """``n_chars`` and every registered detector's counts of one paragraph, in device order."""
    out: dict[str, int] = {"n_chars": len(paragraph.text)}
    for d in devices():
        if d.paragraph is not None:
            out.update(d.paragraph(paragraph))
    return out
