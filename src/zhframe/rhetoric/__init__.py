"""Rhetorical framing: how a report persuades.

Submodules, one per feature family (each works on plain strings, so it can be
tested without the rest of the pipeline):

- :mod:`~zhframe.rhetoric.quotes`: quoted expressions classified (speech, slogan, title,
  activity, term) and slogan mentions in any written variant;
- :mod:`~zhframe.rhetoric.numbers`: quantified claims with values, units, approximation;
- :mod:`~zhframe.rhetoric.enumerations`: numbered frames (三篇文章, 七个一, 一是…二是…) and their items;
- :mod:`~zhframe.rhetoric.voices`: direct quotations attributed to a speaker type;
- :mod:`~zhframe.rhetoric.headings`: parallelism, 四字格 and length of headings;
- :mod:`~zhframe.rhetoric.stance`: 我区 / 该区 / the district's name, modal and directive words;
- :mod:`~zhframe.rhetoric.frames`: theme lexicon scores;
- :mod:`~zhframe.rhetoric.features`: all of them per article and per group, with
  paragraph-bootstrap intervals.

The lexicons are data files ``zhframe/data/rhetoric_*`` (see :mod:`~zhframe.rhetoric.lexicon`).
"""

from zhframe.rhetoric.numbers import find_numbers, number_summary, parse_number
from zhframe.rhetoric.quotes import find_quotes, quotes_frame, slogan_mentions

__all__ = ["find_numbers", "number_summary", "parse_number", "find_quotes", "quotes_frame",
           "slogan_mentions"]
