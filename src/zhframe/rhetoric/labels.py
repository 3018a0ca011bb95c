"""Readable labels of feature columns (Chinese with an English gloss), for tables, prose and figures.

Derived from the device registry (:mod:`zhframe.rhetoric.registry`): each device names the
labels of its own columns, so a new device brings its labels with it. A plain module with
no plotting import, so that domain layers (:mod:`zhframe.synthesis`) and figures
(:mod:`zhframe.plots.rhetoric`) share one set of labels.
"""

from __future__ import annotations

from zhframe.rhetoric import registry

#: Axis labels of the feature columns (Chinese with an English gloss), from every device.
LABELS = registry.labels()


def label(feature: str) -> str:
    """Axis label of a feature column (the column name itself if it has none)."""
    return registry.labels().get(feature, feature.removeprefix("theme_"))
