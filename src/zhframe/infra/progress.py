"""Progress bars for long work, shown only to a person watching a terminal.

One policy for the whole package: :func:`progress` wraps an iterable in a
``tqdm`` bar (a maintained library: rate, ETA, terminal width handled) when
stderr is a terminal and the run is not under CI; anywhere else (a pipe, a log
file, CI, a notebook being executed for its saved output) it returns the
iterable unchanged, so nothing is printed and nothing costs time. Used for
tokenization and the pipeline; corpus loading, cleanup and the notebook runner
can use it the same way::

    from zhframe.infra.progress import progress
    for text in progress(texts, desc="tokens"):
        ...

``ZHFRAME_PROGRESS=0`` turns bars off, ``ZHFRAME_PROGRESS=1`` forces them on
(for trying it out); otherwise the rule above decides.
"""

from __future__ import annotations

import os
import sys
from typing import Iterable, TypeVar

T = TypeVar("T")

#: Fewer items than this: no bar (it would flash and vanish).
MIN_ITEMS = 200


def enabled(stream=None) -> bool:
    """Whether bars are shown: ``$ZHFRAME_PROGRESS`` if set, else a terminal and no ``$CI``."""
    forced = os.environ.get("ZHFRAME_PROGRESS", "").strip()
    if forced in ("0", "1"):
        return forced == "1"
    if os.environ.get("CI"):
        return False
    stream = sys.stderr if stream is None else stream
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # closed or replaced stream
        return False


def progress(iterable: Iterable[T], desc: str = "", total: int | None = None,
             unit: str = "it", minimum: int = MIN_ITEMS) -> Iterable[T]:
    """``iterable`` with a tqdm bar on stderr when :func:`enabled`, else ``iterable`` itself.

    ``total`` defaults to ``len(iterable)`` when it has one; with fewer than
    ``minimum`` items (default :data:`MIN_ITEMS`) no bar is drawn: a few slow items
    (notebooks) deserve a bar, thousands of fast ones only when there are many.
    """
    if not enabled():
        return iterable
    if total is None:
        try:
            total = len(iterable)  # type: ignore[arg-type]
        except TypeError:
            total = None
    if total is not None and total < minimum:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, desc=desc, total=total, unit=unit, leave=False, file=sys.stderr,
                dynamic_ncols=True, mininterval=0.5)
