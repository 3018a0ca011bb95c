"""Rhetorical framing: how a report persuades.

Submodules, one per feature family (each works on plain strings, so it can be
tested without the rest of the pipeline):

- :mod:`~zhframe.rhetoric.quotes`: quoted expressions classified (speech, slogan, title,
  activity, term) and slogan mentions in any written variant;
- :mod:`~zhframe.rhetoric.numbers`: quantified claims with exact values, units, approximation,
  exact (Decimal) values with compound magnitudes, and the look-alikes that are not claims
  (dates, clock times, phones, IDs, page metadata, addresses, ordinals, meeting names, named
  policies, age cohorts, idioms);
- :mod:`~zhframe.rhetoric.enumerations`: numbered frames (三篇文章, 七个一, “1+1+1+4”, 一是…二是…)
  and their items, one record per formula per article;
- :mod:`~zhframe.rhetoric.voices`: direct quotations attributed to a speaker class (central
  leadership ... unattributed) with the evidence;
- :mod:`~zhframe.rhetoric.headings`: parallel sets across headings, 四字格 and length;
- :mod:`~zhframe.rhetoric.stance`: 我区 / 该区 / the place's name (not inside proper nouns),
  modal and directive words;
- :mod:`~zhframe.rhetoric.frames`: theme lexicon scores;
- :mod:`~zhframe.rhetoric.registry`: the devices above registered (``rhetoric_devices.csv``):
  their columns, labels (:mod:`~zhframe.rhetoric.labels`) and detectors, each paragraph read
  once for all of them; a new device is one module and one row;
- :mod:`~zhframe.rhetoric.features`: all of them per article and per group, with
  paragraph-bootstrap intervals;
- :mod:`~zhframe.rhetoric.evaluate`: precision and recall of each family against the hand
  gold of ``tests/data/rhetoric`` (``benchmarks/rhetoric.py``).

The lexicons are data files ``zhframe/data/rhetoric_*`` (see :mod:`~zhframe.rhetoric.lexicon`).
"""

from zhframe.rhetoric.numbers import find_numbers, number_summary, parse_number
from zhframe.rhetoric.quotes import find_quotes, quotes_frame, slogan_mentions

__all__ = ["find_numbers", "number_summary", "parse_number", "find_quotes", "quotes_frame",
           "slogan_mentions"]

#: Modules of this package reachable as attributes (``zhframe.rhetoric.<module>``), imported on first use.
_SUBMODULES = ('enumerations', 'evaluate', 'features', 'frames', 'headings', 'lexicon', 'numbers', 'quotes', 'stance', 'voices')


def __getattr__(name: str):
    if name in _SUBMODULES:
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
