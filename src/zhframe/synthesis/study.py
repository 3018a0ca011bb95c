"""One object for a study: a corpus, a design and settings, each result computed once.

A researcher learns one grammar, as quanteda's corpus -> tokens -> dfm -> textstat and
scikit-learn's estimators teach::

    study = Study.load("seeds", by="district")          # or Study(corpus, Design(by=...))
    study.keywords()      # difference table: terms
    study.topics()        # difference table: topic shares
    study.rhetoric()      # difference table: rhetoric rates
    study.differences()   # the three families in one table (notebook 06, the findings)

Every verb returns the same difference table
(:data:`zhframe.synthesis.families.DIFFERENCE_COLUMNS`); the objects behind them (the
cleaned blocks, body paragraphs, the masked tokenizer, the rhetoric features, the topic fit)
are built once per study. Results are also kept on disk under a content key that hashes
everything that can change them: the corpus's bytes and metadata, the design, the settings,
the tokenizer's fingerprint (dictionaries and stopwords) and the package's code version
(:func:`zhframe.infra.cache.code_version`). Every notebook builds the same study from the
same parameters and so reads what an earlier notebook computed: notebook 06 reads 03-05's
results instead of recomputing them, and 03 and 06 cannot disagree. Deleting the cache
only costs time; a cache that cannot be written is skipped with one warning.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict, replace
from functools import cached_property
from pathlib import Path

import pandas as pd

from zhframe.infra.cache import code_version, content_key, default_cache_dir
from zhframe.infra.engine import LocalEngine, get_engine
from zhframe.synthesis import families as fam
from zhframe.synthesis.design import Design, Settings, TopicFit
from zhframe.synthesis.pieces import computing, read_piece, write_piece
from zhframe.synthesis.work import FeatureTask, KRuleTask, article_parts, sample_documents

#: Bump when a cached result's meaning changes without a code change (never so far).
CACHE_FORMAT = 1
#: Name of the reference when the target is compared with every other group pooled.
REST = "其余 rest"
#: Settings the topic fit depends on (the others are the tests').
TOPIC_SETTINGS = ("topic_method", "k_range", "n_seeds", "tolerance", "min_docs", "k_seeds", "k_sample")


def _corpus_fingerprint(corpus: pd.DataFrame, columns) -> str:
    """SHA-256 of the articles' text and the metadata columns a result depends on."""
    h = hashlib.sha256()
    cols = [c for c in ["doc_id", *columns] if c in corpus.columns]
    for row in corpus[cols + ["text"]].itertuples(index=False):
        for value in row:
            h.update(str(value).encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()


class Study:
    """A corpus compared under one design with one set of settings.

    Parameters
    ----------
    corpus : pandas.DataFrame
        :func:`zhframe.corpus.load_corpus`'s table.
    design : Design or str
        The comparison (a column name means ``Design(by=column)``).
    settings : Settings, optional
        How results are computed (defaults: :class:`Settings`).
    tokenizer : zhframe.tokenize.Tokenizer, optional
        The project tokenizer (default ``Tokenizer()`` with the run's dictionaries).
    cache : bool
        Keep results on disk under ``cache_dir`` (default the package's cache folder).
    engine : str or engine, optional
        Where the expensive steps run (:mod:`zhframe.infra.engine`): ``"local"`` (default),
        ``"dask"`` (with ``scheduler``: a cluster's address; without: a local cluster), or an
        engine object. Results are identical whatever the engine.

    Raises ``ValueError`` when the grouping or time column is missing, a target is not one of
    the groups, or there are fewer than two groups.
    """

    def __init__(self, corpus: pd.DataFrame, design: Design | str, settings: Settings | None = None, *,
                 tokenizer=None, cache: bool = True, cache_dir: str | os.PathLike | None = None,
                 engine=None, scheduler: str | None = None):
        self.design = Design(by=design) if isinstance(design, str) else design
        self.settings = settings or Settings()
        by = self.design.by
        for column in (by, self.design.time):
            if column is not None and column not in corpus.columns:
                raise ValueError(f"column {column!r} is not in the manifest (columns: "
                                 f"{', '.join(map(str, corpus.columns))})")
        from zhframe.tokenize.script import simplified_corpus

        # traditional articles are read in simplified characters from the cleanup on (same
        # lengths, so every span is also a span of the page as printed: attrs["original_text"])
        corpus = simplified_corpus(corpus.copy())
        self.corpus = corpus.assign(**{by: corpus[by].astype(str)})
        self.groups = sorted(self.corpus[by].unique())
        if len(self.groups) < 2:
            raise ValueError(f"need at least two groups of {by!r} to compare, got {self.groups}")
        if self.design.target is not None and str(self.design.target) not in self.groups:
            raise ValueError(f"target {self.design.target!r} is not a group of {by!r}; the groups are: "
                             f"{', '.join(self.groups)}")
        self._tokenizer = tokenizer
        self._cache = cache
        self._cache_dir = Path(cache_dir) if cache_dir is not None else None
        self._memory: dict[str, object] = {}
        if engine is None or isinstance(engine, str):
            engine = get_engine(engine, scheduler) if (engine or scheduler) else LocalEngine()
        self.engine = engine

    @classmethod
    def load(cls, folder: str | os.PathLike, by: str, *, manifest=None, target=None, time=None,
             unit: str = "auto", tokenizer=None, cache: bool = True, cache_dir=None, engine=None,
             scheduler: str | None = None, **settings) -> Study:
        """A study of the corpus in ``folder`` (its ``manifest.csv``), grouped ``by`` a column."""
        from zhframe.corpus import load_corpus

        return cls(load_corpus(folder, manifest, cache=cache, cache_dir=cache_dir), Design(by=by, target=target, time=time, unit=unit),
                   Settings(**settings), tokenizer=tokenizer, cache=cache, cache_dir=cache_dir, engine=engine,
                   scheduler=scheduler)

    def __repr__(self) -> str:
        return (f"Study({len(self.corpus)} articles, {len(self.groups)} groups of {self.design.by!r}, "
                f"target={self.target!r}, time={self.design.time!r})")

    def with_settings(self, **changes) -> Study:
        """The same corpus and design with some settings changed (a new study: nothing is shared)."""
        return Study(self.corpus, self.design, replace(self.settings, **changes), tokenizer=self._tokenizer,
                     cache=self._cache, cache_dir=self._cache_dir, engine=self.engine)

    # ------------------------------------------------------------------ the comparison
    @property
    def by(self) -> str:
        return self.design.by

    @property
    def target(self) -> str:
        """The group compared with the rest (the design's, else the first in sorted order)."""
        return str(self.design.target) if self.design.target is not None else self.groups[0]

    @property
    def reference(self) -> str:
        """What the target is compared with: the other group's name, or "其余 rest"."""
        others = [g for g in self.groups if g != self.target]
        return others[0] if len(others) == 1 else REST

    @property
    def targets(self) -> list[str]:
        """Groups each compared with the rest: the target; without one, the first of two or all."""
        return fam.comparison_targets(self.groups, self.design.target)

    def articles_per_group(self) -> dict[str, int]:
        """``{group: articles}``, groups sorted."""
        return {g: int(n) for g, n in self.corpus.groupby(self.by)["doc_id"].nunique().sort_index().items()}

    def sample_articles(self, n: int = 6) -> pd.DataFrame:
        """At most ``n`` articles for views that show one article at a time: every article when
        there are no more than ``n``, else the first article (by ``doc_id``) of each group in turn,
        groups in sorted order, until ``n`` are taken. Deterministic, so reruns show the same."""
        if len(self.corpus) <= n:
            return self.corpus
        ordered = self.corpus.sort_values([self.by, "doc_id"], kind="stable")
        ordered = ordered.assign(_rank=ordered.groupby(self.by).cumcount())
        picked = ordered.sort_values(["_rank", self.by], kind="stable").head(n)
        return picked.drop(columns="_rank").sort_values([self.by, "doc_id"], kind="stable")

    # ------------------------------------------------------------------ built once
    @cached_property
    def blocks(self) -> pd.DataFrame:
        """Every article's blocks after layout repair (:func:`zhframe.cleanup.clean_corpus`)."""
        from zhframe.cleanup import clean_corpus

        if isinstance(self.engine, LocalEngine):
            return clean_corpus(self.corpus)
        parts = article_parts(self.corpus, "doc_id")
        return pd.concat(self.engine.map(clean_corpus, parts), ignore_index=True)

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        """Body paragraphs with the corpus's metadata (the unit every count starts from)."""
        from zhframe.cleanup import body_paragraphs

        out = body_paragraphs(self.blocks).reset_index(drop=True)
        out[self.by] = out[self.by].astype(str)
        return out

    @cached_property
    def tokenizer(self):
        """The project tokenizer (the one given, else ``Tokenizer()``)."""
        if self._tokenizer is not None:
            return self._tokenizer
        from zhframe.tokenize import Tokenizer

        return Tokenizer()

    @cached_property
    def masked(self):
        """The tokenizer with the corpus's place names and self-references masked
        (:func:`zhframe.keywords.corpus_masked_tokenizer`)."""
        from zhframe.keywords import corpus_masked_tokenizer

        return corpus_masked_tokenizer(self.tokenizer, self.corpus, by=self.by)

    @cached_property
    def features(self) -> pd.DataFrame:
        """Rhetoric feature counts of every body paragraph (:func:`zhframe.rhetoric.features.paragraph_features`)."""
        from zhframe.rhetoric import features as F

        def compute():
            from zhframe.corpus.places import place_names

            body = self.blocks[self.blocks["kind"] == "body"]
            names = place_names(body.drop_duplicates("doc_id").drop(columns=["text"]))
            if isinstance(self.engine, LocalEngine):
                return F.paragraph_features(body, names=names)
            parts = self.engine.map(FeatureTask(names), article_parts(body, "doc_id"))
            return pd.concat(parts).loc[body.index]

        return self._cached("features", compute, parts=(self.by,))

    def items(self, kind: str) -> pd.DataFrame:
        """Every rhetoric item of one ``kind`` with its article and group, read once per study:
        ``"quotes"``, ``"numbers"`` (body paragraphs), ``"enumerations"``, ``"voices"`` or
        ``"headings"`` (:mod:`zhframe.rhetoric.features`' ``*_table`` functions). Notebook 05
        shows them; the rates and tests use :attr:`features`."""
        from zhframe.rhetoric import features as F

        readers = {"quotes": lambda b: F.quotes_table(b),
                   "numbers": lambda b: F.numbers_table(b[b["kind"] == "body"]).rename(columns={"doc": "doc_id"}),
                   "enumerations": F.enumerations_table, "voices": F.voices_table, "headings": F.headings_table}
        if kind not in readers:
            raise ValueError(f"no rhetoric items {kind!r}: choose one of {', '.join(sorted(readers))}")

        def compute():
            table = readers[kind](self.blocks)
            if self.by in table.columns or "doc_id" not in table.columns:
                return table
            return table.merge(self.blocks[["doc_id", self.by]].drop_duplicates(), on="doc_id")

        return self._cached(f"items-{kind}", compute, parts=(self.by,))

    @cached_property
    def feature_columns(self) -> list[str]:
        """Every rhetoric feature column, family by family."""
        from zhframe.rhetoric import features as F

        return [c for cols in F.feature_families().values() for c in cols]

    # ------------------------------------------------------------------ the verbs
    def keyness(self) -> pd.DataFrame:
        """Notebook 03's keyness table of every term, target against the rest (masked tokenizer):
        counts, Log Ratio with its interval, G2, the permutation test and its verdict."""
        from zhframe import keywords as kw

        s = self.settings
        return self._cached("keyness", lambda: kw.keyness(
            self.paragraphs, self.by, self.target, self.masked, n_boot=s.n_boot, random_state=s.random_state,
            design=self.design.unit, alpha=s.alpha))

    def keywords(self) -> pd.DataFrame:
        """Term differences (Log Ratio), tested: the keywords family of the difference table."""
        s = self.settings
        return self._cached("keywords", lambda: fam.keyword_differences(
            self.paragraphs, self.by, self.masked, target=self.design.target, design=self.design.unit,
            n_boot=s.n_boot, random_state=s.random_state, alpha=s.alpha, n_null=s.n_null))

    def topic_fit(self) -> TopicFit:
        """The topic model: k by its rule over the restart seeds (their consensus), then one fit."""
        s = self.settings

        def fit():
            from zhframe import topics
            from zhframe.topics.stability import k_over_seeds, merge_k_rule

            docs = topics.make_documents(self.paragraphs)
            template = topics.TopicModel(method=s.topic_method, tokenizer=self.tokenizer, random_state=0,
                                         stop_words=topics.group_name_terms(self.corpus[self.by]))
            params = {"ks": range(s.k_range[0], s.k_range[1] + 1), "n_seeds": s.n_seeds,
                      "tolerance": s.tolerance, "min_docs": s.min_docs}
            seeds = [int(x) for x in s.k_seeds]
            texts = sample_documents(docs["text"], s.k_sample)
            # one piece per k: every restart seed of a k in one process, sharing its restart fits
            pieces = self.engine.map(KRuleTask(template, texts, seeds, params), list(params["ks"]))
            tables = merge_k_rule(pieces, s.tolerance, s.min_docs)
            k_table, k = k_over_seeds(template, texts, seeds=[], precomputed=tables, **params)
            selection = tables[0] if 0 in tables else topics.select_k(template, texts, **params)
            model = template.set_params(n_topics=k).fit(docs["text"])
            return TopicFit(docs, model.transform(docs["text"]), model.labels(), k, selection, k_table, model,
                            k_documents=len(texts))

        # the fit depends on the paragraphs, the grouping (its names are stop words) and the
        # topic settings: not on the target, the time column or the test settings
        topic_settings = {f: getattr(s, f) for f in TOPIC_SETTINGS}
        return self._cached("topic_fit", fit, parts=(self.by, repr(topic_settings)))

    def topic_agreement(self) -> pd.DataFrame:
        """The topics of the other method (LDA against NMF, or the reverse) at the same k, matched
        to the fit's by their top terms (:func:`zhframe.topics.match_models`). The other model is
        fitted on the k rule's documents (every document of a small corpus, a fixed random sample
        of a large one): a cross-check of which themes two methods find, not a second fit."""
        s = self.settings

        def compute():
            from sklearn.base import clone

            from zhframe import topics

            fit = self.topic_fit()
            other = "lda" if s.topic_method == "nmf" else "nmf"
            texts = sample_documents(fit.docs["text"], s.k_sample)
            return topics.match_models(fit.model, clone(fit.model).set_params(method=other).fit(texts))

        return self._cached("topic_agreement", compute,
                            parts=(self.by, repr({f: getattr(s, f) for f in TOPIC_SETTINGS})))

    def share_stability(self, n_fits: int = 20) -> pd.DataFrame:
        """How stable each topic-share difference of the target is over ``n_fits`` random-start
        refits (:func:`zhframe.topics.stability.share_stability`), computed once per study. The
        refits are fitted on the k rule's documents (all of a small corpus, a fixed sample of
        ``Settings.k_sample`` of a large one) and tested on every document."""
        from zhframe.topics.stability import share_stability

        s = self.settings
        fit = self.topic_fit()
        return self._cached(f"share_stability-{int(n_fits)}", lambda: share_stability(
            fit.model, fit.docs, self.by, self.target, fit.k, n_fits=int(n_fits), design=self.design.unit,
            alpha=s.alpha, random_state=s.random_state, reference=fit.model,
            fit_texts=sample_documents(fit.docs["text"], s.k_sample)))

    def topics(self) -> pd.DataFrame:
        """Topic-share differences, tested: the topics family of the difference table."""
        s = self.settings
        return self._cached("topics", lambda: fam.topic_differences(
            fit=self.topic_fit().as_dict(), by=self.by, target=self.design.target, design=self.design.unit,
            n_boot=s.n_boot, random_state=s.random_state, alpha=s.alpha, n_null=s.n_null))

    def prevalence(self) -> pd.DataFrame:
        """Each group's share of every topic with intervals (:func:`zhframe.topics.topic_prevalence`)."""
        from zhframe.topics import topic_prevalence

        s = self.settings

        def compute():
            fit = self.topic_fit()
            return topic_prevalence(fit.theta, fit.docs[self.by].astype(str), fit.docs["n_chars"], fit.labels,
                                    units=fit.docs["unit"], n_boot=s.n_boot, random_state=s.random_state,
                                    articles=fit.docs["doc_id"], design=self.design.unit)

        return self._cached("prevalence", compute)

    def rhetoric(self) -> pd.DataFrame:
        """Rhetoric-rate differences per 1,000 characters, tested: the rhetoric family."""
        s = self.settings
        return self._cached("rhetoric", lambda: fam.rhetoric_differences(
            self.features, self.by, self.feature_columns, target=self.design.target, design=self.design.unit,
            n_boot=s.n_boot, random_state=s.random_state, alpha=s.alpha, n_null=s.n_null))

    def rates(self) -> pd.DataFrame:
        """Every group's rate of every rhetoric feature per 1,000 characters, with intervals."""
        from zhframe.rhetoric import features as F

        s = self.settings
        return self._cached("rates", lambda: F.group_rates(self.features, self.by, self.feature_columns,
                                                           n_boot=s.n_boot, random_state=s.random_state,
                                                           units="doc_id", design=self.design.unit))

    def trends(self) -> pd.DataFrame:
        """Per-term trends over the design's ``time`` column at the article level (slope per year of
        the log2 rate, interval, permutation p and q across terms): the trends family.

        Raises ``ValueError`` when the design has no time column."""
        if self.design.time is None:
            raise ValueError("this study has no time design: Design(by=..., time='date') gives trends")
        s = self.settings
        return self._cached("trends", lambda: fam.trend_differences(
            self.paragraphs, self.design.time, self.masked, by=self.by, alpha=s.alpha,
            random_state=s.random_state))

    def differences(self) -> pd.DataFrame:
        """The families in one difference table: terms, topic shares, rhetoric rates, and the
        terms' trends when the design has a time column."""
        # the topic family last: its fit is the longest piece, often being computed by the topics
        # notebook beside this one, so the other families are computed (or read) meanwhile
        terms, rhetoric = self.keywords(), self.rhetoric()
        trends = [self.trends()] if self.design.time is not None else []
        return pd.concat([terms, self.topics(), rhetoric, *trends], ignore_index=True)

    def null(self) -> pd.DataFrame:
        """How many results hold up per family when labels are random (``Settings.n_null`` relabellings)."""
        return fam.measured_null(self.keywords(), self.topics(), self.rhetoric())

    def metadata(self) -> pd.DataFrame:
        """Other metadata that differ between the groups (rival explanations)."""
        return fam.metadata_differences(self.corpus, self.by)

    # ------------------------------------------------------------------ the cache
    @cached_property
    def key(self) -> str:
        """Content key of this study: corpus bytes and metadata, design, settings, tokenizer, code."""
        columns = [c for c in (self.by, self.design.time) if c]
        return content_key(f"study {CACHE_FORMAT}", code_version(),
                           _corpus_fingerprint(self.corpus, columns), repr(asdict(self.design)),
                           getattr(self.masked, "fingerprint", None) or self._masked_fingerprint())

    def _masked_fingerprint(self) -> str:
        terms = sorted(getattr(self.masked, "terms", ()))
        return content_key(self.tokenizer.fingerprint, *terms)

    def _folder(self) -> Path:
        return (self._cache_dir or default_cache_dir()) / "study"

    @cached_property
    def corpus_key(self) -> str:
        """Content key of what every result depends on whatever the design: the corpus's bytes,
        its grouping column's values, the tokenizer and the code."""
        return content_key(f"study {CACHE_FORMAT}", code_version(), _corpus_fingerprint(self.corpus, [self.by]),
                           getattr(self.masked, "fingerprint", None) or self._masked_fingerprint())

    def _cached(self, name: str, compute, settings: bool = True, parts: tuple | None = None):
        """``compute()`` once: from memory, else from disk under the study's key (or, with
        ``parts``, under :attr:`corpus_key` and ``parts`` alone), else computed and stored."""
        memo_key = name
        if memo_key in self._memory:
            return self._memory[memo_key]
        if parts is not None:
            key = content_key(self.corpus_key, name, *map(str, parts))
        else:
            key = content_key(self.key, name, repr(asdict(self.settings)) if settings else "")
        path = self._folder() / f"{name}-{key[:32]}.pkl"
        value = read_piece(path) if self._cache else None
        if value is None:
            # one process computes a piece while the others (notebooks run side by side) wait
            # for it and read it, instead of computing it again
            with computing(path if self._cache else None):
                value = read_piece(path) if self._cache else None
                if value is None:
                    value = compute()
                    if self._cache:
                        write_piece(path, value)
        self._memory[memo_key] = value
        return value
