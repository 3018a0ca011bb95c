"""``python -m zhframe notebooks``: execute every notebook and write every figure.

With no options, runs on the seeds and rewrites the notebooks in place.
With ``--corpus/--manifest/--by/--out``, runs on a researcher's corpus and
writes executed notebooks and figures under ``--out``. Everything that can be
checked is checked before any notebook starts, each problem reported in one
line: the notebook folder, ``--only``, the output folder (never the study's own
notebooks, figures, seeds or the corpus), the corpus and its manifest, and
whether the chosen column makes a comparison (:mod:`zhframe.run.precheck`). A
notebook that fails anyway is named in one line with its cell and error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from zhframe.infra.errors import InputError


def add_arguments(parser) -> None:
    parser.add_argument("--corpus", default=None, help="corpus folder (default: seeds, in place)")
    parser.add_argument("--manifest", default=None, help="manifest CSV (default: CORPUS/manifest.csv)")
    parser.add_argument("--by", default=None, help="manifest column to compare (default: district)")
    parser.add_argument("--target", default=None,
                        help="the group compared with the rest (default: the first of two, or every group)")
    parser.add_argument("--time", default=None, help="a date column for trends over time (default: none)")
    parser.add_argument("--engine", default="local", choices=("local", "dask"),
                        help="where the expensive steps run (default: local; dask: a cluster)")
    parser.add_argument("--scheduler", default=None,
                        help="a Dask scheduler's address (default with --engine dask: a cluster on this machine)")
    parser.add_argument("--out", default=None, help="output folder (default: out/<corpus name>)")
    parser.add_argument("--jobs", type=int, default=2,
                        help="notebooks run at once (default: 2; at most the CPU count)")
    parser.add_argument("--cell-timeout", type=float, default=None, metavar="SECONDS",
                        help="seconds one cell may take (default: $CELL_TIMEOUT, else no limit; "
                             "0: no limit)")
    parser.add_argument("--notebook-dir", default=None,
                        help="the notebooks (default: ./notebooks, the checkout's, or the copy "
                             "installed with the package)")
    parser.add_argument("--force", action="store_true",
                        help="run every notebook, even those whose inputs and outputs are unchanged "
                             "since the last run into --out")
    parser.add_argument("--only", nargs="*", default=None,
                        help="run only notebooks whose name contains one of these strings")
    from zhframe.run.options import add_dict_argument
    add_dict_argument(parser)


def run(args) -> int:
    from zhframe.corpus import load_corpus
    from zhframe.run.notebooks import NotebookError, NotebookFailures, plan, run_all
    from zhframe.run.prepare import prepare
    from zhframe.run.precheck import check_comparable, check_notebook_column

    from zhframe.infra.paths import SOURCE_HINT, default_notebooks, default_seeds, is_shipped

    if args.notebook_dir is None:
        found = default_notebooks()
        if found is None:
            raise InputError("notebooks", f"no notebook folder here or in the package: {SOURCE_HINT}; "
                                          "pass --notebook-dir DIR")
        args.notebook_dir = str(found)
        if is_shipped(found) and args.out is None:  # never write into the installed package
            args.out = os.path.join("out", Path(args.corpus).name if args.corpus else "seeds")
    if args.corpus is None and is_shipped(args.notebook_dir):
        seeds = default_seeds()
        if seeds is None:
            raise InputError("--corpus", f"give a corpus folder (no seeds here: {SOURCE_HINT})")
        args.corpus = str(seeds)
    if args.jobs < 1:
        raise InputError("--jobs", f"must be at least 1, got {args.jobs}")
    from zhframe.run.notebooks import cell_timeout_from_env

    timeout = args.cell_timeout if args.cell_timeout is not None else cell_timeout_from_env()
    if args.scheduler and args.engine != "dask":
        raise InputError("--scheduler", "a scheduler address needs --engine dask")
    jobs = plan(args.notebook_dir, args.corpus, args.manifest, args.by, args.out, args.only, args.target,
                args.time, args.engine, args.scheduler)
    corpus_dir = args.corpus or str(Path(args.notebook_dir).resolve().parent / "seeds")
    from zhframe.run.notebooks import usable_jobs

    df = load_corpus(corpus_dir, args.manifest, jobs=usable_jobs(args.jobs))
    from zhframe.tokenize.dictionaries import dictionaries_from_args
    dictionaries_from_args(args, corpus_dir, df)   # kernels inherit ZHFRAME_DICT
    by = args.by or "district"
    check_comparable(df, by)
    check_notebook_column(df, by)
    values = sorted({str(v) for v in df[by]})
    if args.target is not None and args.target not in values:
        raise InputError("--target", f"{args.target!r} is not a value of column {by!r} "
                                     f"(values: {', '.join(values[:20])}{' ...' if len(values) > 20 else ''})")
    if args.time is not None and args.time not in df.columns:
        raise InputError("--time", f"{args.time!r} is not a manifest column (columns: {', '.join(map(str, df.columns))})")
    if args.time is not None:
        check_notebook_column(df, args.time, option="--time")
    cluster = None
    scheduler = args.scheduler
    if args.engine == "dask" and scheduler is None:
        # one cluster on this machine for every notebook of the run, closed when it ends
        from zhframe.infra.engine import DaskEngine

        cluster = DaskEngine()
        scheduler = cluster.client.scheduler.address
    # every run writes its tables (CSV with BOM and Parquet, with a data dictionary): the study
    # the notebooks ran, read from its cache; queued after the notebooks in the same pool
    first_out = Path(jobs[0][1]).resolve().parent.parent
    key = None
    if jobs[0][2] is not None:  # a run into OUT: the tables are up to date like a notebook
        from zhframe.run import uptodate

        key = uptodate.notebook_key(uptodate.run_inputs(corpus_dir, args.manifest), None, jobs[0][2])
    tables_job = TablesJob(corpus_dir, by, str(first_out), args.manifest, args.target, args.time, key,
                           getattr(args, "force", False))
    try:
        done = run_all(args.notebook_dir, args.corpus, args.manifest, args.by, args.out,
                       jobs=args.jobs, only=args.only, target=args.target, time=args.time,
                       engine=args.engine, scheduler=scheduler, timeout=timeout,
                       force=getattr(args, "force", False), on_start=None if args.engine == "dask" else
                       lambda: prepare(df, usable_jobs(args.jobs)), after=tables_job)
    except NotebookFailures as exc:  # every failure, one line each
        for failure in exc.failures:
            print(f"zhframe: {failure}", file=sys.stderr)
        return 1
    except NotebookError as exc:
        print(f"zhframe: {exc}", file=sys.stderr)
        return 1
    finally:
        if cluster is not None:
            cluster.close()
    if not tables_job.done:  # every notebook was up to date: the tables are checked here
        print(tables_job())
    folders = sorted({str(p.parent) for p in done})
    where = jobs[0][1] if len(done) == 1 else ", ".join(folders)
    current = getattr(done, "current", [])
    print(f"executed {len(done) - len(current)} notebook(s) in {where}"
          + (f" ({len(current)} up to date)" if current else ""))
    return 0


class TablesJob:
    """The run's tables as one picklable job: written when missing, changed or forced, else
    said to be up to date (the record of :mod:`zhframe.run.uptodate` under ``OUT``; ``key``
    None: the seeds' own tables, always written). Calling it returns the line to print, and a
    failure is a :class:`~zhframe.run.execute.NotebookError` naming the tables folder."""

    def __init__(self, corpus, by, out, manifest, target, time, key, force):
        self.corpus, self.by, self.out, self.manifest = corpus, by, out, manifest
        self.target, self.time, self.key, self.force = target, time, key, force
        self.done = False

    def __call__(self) -> str:
        from zhframe.run import uptodate
        from zhframe.run.execute import NotebookError
        from zhframe.run.tables import write_run_tables

        self.done = True
        out, tables = Path(self.out), Path(self.out) / "tables"
        if self.key is not None and not self.force and uptodate.is_current(
                uptodate.read_record(out), out, uptodate.TABLES, self.key):
            return f"tables up to date in {tables}"
        try:
            if self.key is not None:
                uptodate.forget(out, [uptodate.TABLES])
            write_run_tables(self.corpus, self.by, tables, manifest=self.manifest, target=self.target,
                             time=self.time)
            if self.key is not None:
                uptodate.record_runs(out, {uptodate.TABLES: self.key})
        except (OSError, ValueError) as exc:
            raise NotebookError(tables, f"the tables cannot be written ({exc})") from None
        return f"wrote tables in {tables}"
