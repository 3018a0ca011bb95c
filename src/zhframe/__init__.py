"""zhframe: text mining for Chinese political and news discourse.

The package does the work (corpus loading, newspaper cleanup, tokenization,
keywords, topics, rhetorical framing, plots); the notebooks under
``notebooks/`` load a corpus, call it, and explain what they show.
"""

from zhframe.errors import InputError

__version__ = "0.1.0"

__all__ = ["InputError", "__version__"]
