"""What a study compares and how: its design (grouping, target, time, sampling unit), its
settings (resamples, false discovery rate, random state, the topic k rule), and the topic fit
it keeps. Plain frozen dataclasses, so a study's cache key can hash them."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd


@dataclass(frozen=True)
class Design:
    """What is compared: groups of the ``by`` column, one ``target`` against the rest (None:
    the first of two groups, or every group in turn), over the sampling ``unit``
    (``"auto"``: articles when each side has two or more, else paragraphs), and the ``time``
    column for trends (None: no time design)."""

    by: str
    target: str | None = None
    time: str | None = None
    unit: str = "auto"

    def __post_init__(self):
        if not isinstance(self.by, str) or not self.by:
            raise ValueError("Design(by=...) needs the name of a manifest column")
        if self.unit not in ("auto", "articles", "paragraphs"):
            raise ValueError(f"unit must be 'auto', 'articles' or 'paragraphs', not {self.unit!r}")


@dataclass(frozen=True)
class Settings:
    """How results are computed: bootstrap replicates, false discovery rate, the random state of
    every resample, random relabellings behind the measured null, and the topic model's k rule
    (method, range of k, restarts per k, coherence tolerance, smallest topic, restart seeds)."""

    n_boot: int = 1000
    alpha: float = 0.05
    random_state: int = 0
    n_null: int = 0
    topic_method: str = "nmf"
    k_range: tuple[int, int] = (2, 8)
    # 30 restarts per k over 20 restart seeds: on the seeds the rule then picks one k for every
    # seed (benchmarks/topics.py), and seeds share their restart fits (343-483 fits, not 1,540)
    n_seeds: int = 30
    tolerance: float = 0.05
    min_docs: int = 3
    k_seeds: tuple[int, ...] = field(default=tuple(range(20)))
    # the k rule runs on a random sample of at most this many documents (Greene et al. 2014
    # measure topic stability on document subsamples); the reported model uses them all
    k_sample: int = 2000

    def __post_init__(self):
        if not 0 < self.alpha < 1:
            raise ValueError(f"alpha must lie between 0 and 1, got {self.alpha}")
        if self.n_boot < 1 or self.n_null < 0:
            raise ValueError("n_boot must be at least 1 and n_null at least 0")
        if self.k_sample < 2:
            raise ValueError(f"k_sample must be at least 2 documents, got {self.k_sample}")
        if self.topic_method not in ("nmf", "lda"):
            raise ValueError(f"topic_method must be 'nmf' or 'lda', not {self.topic_method!r}")


@dataclass
class TopicFit:
    """A fitted topic model and what it was fitted on: ``docs`` (one row per document),
    ``theta`` (document x topic proportions), ``labels``, the chosen ``k``, the k rule's table
    for the first restart seed (``selection``), the k chosen per restart seed
    (``k_over_seeds``), the ``model``, and how many documents the k rule was run on
    (``k_documents``: a random sample when the corpus has more than ``Settings.k_sample``)."""

    docs: pd.DataFrame
    theta: object
    labels: list
    k: int
    selection: pd.DataFrame | None
    k_over_seeds: pd.DataFrame | None
    model: object
    k_documents: int | None = None

    def as_dict(self) -> dict:
        return {"docs": self.docs, "theta": self.theta, "labels": self.labels, "k": self.k,
                "selection": self.selection, "k_over_seeds": self.k_over_seeds, "model": self.model,
                "k_documents": self.k_documents}
