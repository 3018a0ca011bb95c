"""zhframe: text mining for Chinese political and news discourse.

The package does the work (corpus loading, newspaper cleanup, tokenization,
keywords, topics, rhetorical framing, plots); the notebooks under
``notebooks/`` load a corpus, call it, and explain what they show.

The grammar a researcher learns once::

    from zhframe import Study
    study = Study.load("seeds", by="district")   # corpus + design + settings
    study.keywords(); study.topics(); study.rhetoric()   # difference tables
    study.differences()                          # all three, as notebook 06 reports them

The stages live in subpackages, in the order imports run: ``corpus`` -> ``cleanup`` ->
``tokenize`` -> the analyses (``stats``, ``keywords``, ``topics``, ``rhetoric``) ->
``synthesis`` -> ``report`` and ``plots`` -> ``run`` (command line, notebook runner,
pipeline); ``infra`` holds errors, caches and progress bars. The names below are loaded
lazily, so importing one stage never imports the others.
"""

from zhframe.infra.errors import InputError

__version__ = "0.1.0"

#: Public names of the facade -> the module that defines them.
_LAZY = {
    "Study": "zhframe.synthesis.study", "Design": "zhframe.synthesis.design", "Settings": "zhframe.synthesis.design",
    "load_corpus": "zhframe.corpus", "Tokenizer": "zhframe.tokenize",
}

__all__ = ["Design", "InputError", "Settings", "Study", "Tokenizer", "__version__", "load_corpus"]


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'zhframe' has no attribute {name!r}")
