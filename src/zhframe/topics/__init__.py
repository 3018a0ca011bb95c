"""Topic models over paragraphs: which themes each group gives its space to.

Documents are body paragraphs (from :func:`zhframe.cleanup.body_paragraphs`),
or, for a finer grain, windows of ``n`` consecutive sentences inside a
paragraph (:func:`make_documents`). Two models are offered, both from
scikit-learn, wrapped in one estimator, :class:`TopicModel`:

- ``method="nmf"``: non-negative matrix factorisation of the TF-IDF matrix
  (Lee & Seung 1999), initialised with NNDSVD (Boutsidis & Gallopoulos 2008),
  which is deterministic and gives sparse, readable topics. On short texts
  and small corpora NMF on TF-IDF usually gives cleaner topics than LDA
  (O'Callaghan et al. 2015, *Expert Systems with Applications* 42(13)), so it
  is the default.
- ``method="lda"``: latent Dirichlet allocation on raw counts (Blei, Ng &
  Jordan 2003; variational Bayes of Hoffman, Blei & Bach 2010), batch
  learning with a fixed ``random_state``.

Topics are numbered by their overall share of the fitted documents (topic 1
is the largest); labels are built from the top terms.

**Prevalence by group** (:func:`topic_prevalence`) is the share of a group's
text in each topic: each unit's topic proportions weighted by its length in
*characters* (the space the newspaper gave it, independent of the
tokeniser), summed per group and divided by the group's characters.
Intervals come from the stratified bootstrap of :mod:`zhframe.stats`, at the
unit the group's test permutes: its articles when the group and the rest each
have two or more (``articles=``), else its paragraphs. The model is **not
refitted** per replicate: the bootstrap resamples units given the fitted
topics, so intervals show how much the shares depend on which articles (or
paragraphs) a group happened to print, not how much the topics themselves
would change with other paragraphs. That second uncertainty is measured separately by the stability
analysis of :func:`select_k`; refitting per replicate would also require
matching topics across replicates, which on ~60 paragraphs is itself unstable.

**Choosing k** (:func:`select_k`): for each k, (1) *stability*, the mean
best-match Jaccard similarity of the top-10 terms between models fitted
from different random starts (topics matched one-to-one with the Hungarian
algorithm; in the spirit of Greene, O'Callaghan & Cunningham 2014, "How many
topics? Stability analysis for topic models", ECML PKDD), and (2) *NPMI
coherence* of the reported model's topics (Bouma 2009; document
co-occurrence as in Röder, Both & Hinneburg 2015, with paragraphs as the
documents). NMF with NNDSVD always returns the same factorisation, so the
restarts use ``init="random"``; otherwise "stability" would trivially be 1.
The rule (:func:`choose_k`): among the ks where every topic is the main
topic of at least 3 paragraphs (smaller topics are one paragraph's
vocabulary, trivially "coherent"), and whose coherence is within
``tolerance`` of the best of those, the most stable one; ties go to the
smaller k. One restart seed's k is not stable (on the seeds, 10 restarts per k
give k = 6 for some seeds and 8 for others), so the study reruns the rule over
restart seeds (:func:`zhframe.topics.stability.k_over_seeds`) and reports the
distribution; the seeds share their restart fits (``select_k(reuse=True)``), so
20 seeds cost about 4.5 times fewer fits than 20 separate runs.
"""

from zhframe.topics.documents import group_name_terms, make_documents
from zhframe.topics.model import METHODS, TopicModel, converged, dominant_topics, representative_documents
from zhframe.topics.prevalence import topic_prevalence
from zhframe.topics.selection import choose_k, jaccard, match_models, match_topics, npmi_coherence, select_k

__all__ = ["METHODS", "TopicModel", "choose_k", "converged", "dominant_topics", "group_name_terms", "jaccard",
           "make_documents", "match_models", "match_topics", "npmi_coherence", "representative_documents",
           "select_k", "topic_prevalence"]

#: Modules of this package reachable as attributes (``zhframe.topics.<module>``), imported on first use.
_SUBMODULES = ('documents', 'model', 'prevalence', 'selection', 'stability')


def __getattr__(name: str):
    if name in _SUBMODULES:
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
