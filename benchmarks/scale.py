"""Scale: the one command on generated page corpora, side by side with a plain jieba pass.

Measures and prints (not a test). For each size (``--sizes``, default 200 2000 10000
pages from 100 places), in one run:

1. generate a corpus with :mod:`corpusgen` (saved HTML pages with planted differences,
   recorded in ``truth.json``);
2. **jieba**: a subprocess that reads every page of the manifest, decodes it by its
   ``<meta charset>``, drops tags, scripts and styles, and runs ``jieba.lcut`` on every
   visible line: the baseline, over the same text (its fixed cost, importing jieba and
   loading its dictionary, about 1-2 s, is also measured alone: at 200 pages it is most of
   the baseline, so ratios there overstate; at 10,000 pages it is a few per cent);
3. **figures (cold)**: the README's one command, as a user types it,
   ``make figures CORPUS=DIR BY=province TIME=date OUT=DIR`` with an empty cache
   (``TIME=`` only if the Makefile declares it; a per-cell ``TIMEOUT=`` only if it
   declares that; otherwise the whole command is stopped after ``--timeout`` s);
4. **figures (rerun)**: the same command again, nothing changed (only if the cold run
   finished: otherwise the cache is not warm and the row says so): it executes only the
   notebooks whose inputs or outputs changed, so here none; then with ``FORCE=1`` (if the
   Makefile declares it): every notebook executed again on the warm caches;
5. **keyness / trends** (``--cli``): ``python -m zhframe keyness`` for each planted
   group difference and ``python -m zhframe trends`` (if the CLI has it) for the
   planted trend, warm cache.

Each command's cost is measured on its whole process tree: CPU time (user + system)
from ``resource.getrusage(RUSAGE_CHILDREN)`` deltas (every descendant the command
waited for: notebook kernels, workers), wall time, and peak memory as the largest
sum of the tree's resident set sizes, sampled from ``/proc`` every 0.25 s (shared
pages are counted once per process, so this is an upper bound). A command stopped
at the timeout has its tree killed, and its orphans' CPU never reaches getrusage: its
CPU time is then the sum of the last sampled CPU of every process seen in its tree
(a lower bound, said in the notes). What was found: whether each planted term is in
the findings (the Markdown the synthesis notebook writes under ``OUT``), in the
executed notebooks' outputs, and its rank and ``holds_up`` in the keyness/trends CSV.

``--seeds``: the seeds' study with a warm cache (every notebook executed again,
``--force``) against as many trivial notebooks (a parameters cell and one print) run the
same way (``python -m zhframe notebooks --corpus seeds --out ... --force``, which is what
``make figures`` runs): the floor of the issue's "at most 2x" target; and the plain rerun,
nothing changed, which executes nothing.

Prints one Markdown table and writes it, with the settings and failures, to
``benchmarks/SCALE.md`` (``--md``).

    PYTHONPATH=src python benchmarks/scale.py --sizes 200 [--timeout 900] [--cli] [--seeds]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import platform
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpusgen  # a sibling script, not a package

#: The jieba baseline: reads the pages, keeps their visible text, segments every line.
JIEBA_SCRIPT = r"""
import csv, html, re, sys
import jieba
folder = sys.argv[1]
jieba.initialize()  # the dictionary load: a fixed cost, also measured alone (--startup-only)
if sys.argv[2:] == ["--startup-only"]:
    sys.exit(0)
drop = re.compile(r"<(script|style|head)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
tag = re.compile(r"<[^>]*>")
charset = re.compile(rb'<meta[^>]+charset="?([A-Za-z0-9_-]+)', re.I)
chars = tokens = 0
with open(f"{folder}/manifest.csv", encoding="utf-8", newline="") as f:
    for row in csv.DictReader(f):
        raw = open(f"{folder}/{row['file']}", "rb").read()
        m = charset.search(raw[:2048])
        text = html.unescape(tag.sub("\n", drop.sub("", raw.decode(m.group(1).decode() if m else "utf-8"))))
        for line in text.splitlines():
            line = line.strip()
            if line:
                chars += len(line)
                tokens += len(jieba.lcut(line))
print(chars, tokens)
"""


@dataclass
class Measure:
    """One command's cost and outcome."""

    label: str
    cmd: list[str]
    returncode: int | None = None
    timed_out: bool = False
    cpu_s: float = 0.0
    wall_s: float = 0.0
    peak_mb: float = 0.0
    stdout: str = ""
    stderr: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out


def _tree(root: int) -> tuple[int, dict[int, float]]:
    """Bytes resident in process ``root`` and all its descendants, and each one's CPU
    seconds so far (user + system), from Linux ``/proc``."""
    parent, rss, cpu = {}, {}, {}
    page, tick = os.sysconf("SC_PAGE_SIZE"), os.sysconf("SC_CLK_TCK")
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                rest = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        parent[pid] = int(rest[1])  # field 4, ppid
        cpu[pid] = (int(rest[11]) + int(rest[12])) / tick  # fields 14-15, utime + stime
        rss[pid] = int(rest[21]) * page  # field 24, rss in pages
    children: dict[int, list[int]] = {}
    for pid, ppid in parent.items():
        children.setdefault(ppid, []).append(pid)
    total, seen, todo = 0, {}, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        seen[pid] = cpu.get(pid, 0.0)
        todo += children.get(pid, [])
    return total, seen


def run_measured(label: str, cmd: list[str], env: dict, cwd: Path, timeout: float,
                 log_dir: Path) -> Measure:
    """Run ``cmd``; its tree's CPU (getrusage deltas), wall time and sampled peak RSS."""
    m = Measure(label, cmd)
    log_dir.mkdir(parents=True, exist_ok=True)
    safe = "".join(c if c.isalnum() else "_" for c in label)
    out_path, err_path = log_dir / f"{safe}.stdout", log_dir / f"{safe}.stderr"
    peak, live_cpu = [0], {}
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with open(out_path, "wb") as fo, open(err_path, "wb") as fe:
        proc = subprocess.Popen(cmd, stdout=fo, stderr=fe, env=env, cwd=cwd, start_new_session=True)
        done = threading.Event()

        def sample():
            while not done.is_set():
                try:
                    rss, cpu = _tree(proc.pid)
                except (OSError, ValueError, IndexError):  # a process vanished mid-read
                    rss, cpu = 0, {}
                peak[0] = max(peak[0], rss)
                live_cpu.update(cpu)  # last seen CPU of every process of the tree
                done.wait(0.25)

        th = threading.Thread(target=sample, daemon=True)
        th.start()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            m.timed_out = True
            os.killpg(proc.pid, signal.SIGTERM)  # the command's own session: only what it started
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            m.notes.append(f"stopped at the {timeout:.0f} s timeout")
        done.set()
        th.join()
    m.wall_s = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    m.cpu_s = (r1.ru_utime + r1.ru_stime) - (r0.ru_utime + r0.ru_stime)
    if m.timed_out:
        # A killed tree's orphans are reaped by init, not counted above: use the sampled CPU of
        # every process seen in the tree (a lower bound: up to 0.25 s of each is missed).
        m.cpu_s = max(m.cpu_s, sum(live_cpu.values()))
        m.notes.append("CPU s: sampled from /proc (the tree was killed), a lower bound")
    m.peak_mb = peak[0] / 2**20
    m.returncode = proc.returncode
    m.stdout = out_path.read_text(encoding="utf-8", errors="replace")
    m.stderr = err_path.read_text(encoding="utf-8", errors="replace")
    return m


# --- what the Makefile and CLI accept ------------------------------------------------------

def makefile_accepts(repo: Path, name: str) -> bool:
    """Whether the Makefile declares ``NAME ?=`` (a parameter of ``make figures``)."""
    import re

    text = (repo / "Makefile").read_text(encoding="utf-8")
    return re.search(rf"^\s*{name}\s*[?:]?=", text, re.MULTILINE) is not None


def cli_commands(python: str, env: dict, repo: Path) -> str:
    r = subprocess.run([python, "-m", "zhframe", "--help"], capture_output=True, text=True, env=env, cwd=repo,
                       check=False)
    return r.stdout


def make_command(repo: Path, corpus: Path, out: Path, python: str, work: Path,
                 cell_timeout: int | None) -> tuple[list[str], list[str]]:
    """``make figures`` as the README gives it, plus what this checkout needs to run it."""
    cmd = ["make", "-s", "-C", str(repo), "figures", f"CORPUS={corpus}", "BY=province", f"OUT={out}"]
    notes = []
    if makefile_accepts(repo, "TIME"):
        cmd.append("TIME=date")
    else:
        notes.append("the Makefile has no TIME=: run without it")
    if cell_timeout and makefile_accepts(repo, "TIMEOUT"):
        cmd.append(f"TIMEOUT={cell_timeout}")
    elif cell_timeout:
        notes.append("the Makefile has no TIMEOUT=: cells keep the built-in limit")
    if not (repo / ".venv" / "bin" / "python").exists():
        # A worktree without its own venv: use this interpreter's, with a stamp newer than
        # the lock file so that make does not try to (re)install anything.
        stamp = work / "venv-ready.stamp"
        stamp.touch()
        cmd += [f"BIN={Path(python).parent}", f"READY={stamp}"]
    return cmd, notes


# --- what was found ------------------------------------------------------------------------

def notebook_status(out: Path) -> tuple[int, int, list[str]]:
    """(notebooks written, of which finished without an error output, the errors)."""
    done, errors, total = 0, [], 0
    for nb in sorted((out / "notebooks").glob("*.ipynb")):
        total += 1
        try:
            data = json.loads(nb.read_text(encoding="utf-8"))
        except ValueError:
            errors.append(f"{nb.name}: unreadable")
            continue
        bad = [o for c in data.get("cells", []) for o in c.get("outputs", []) if o.get("output_type") == "error"]
        if bad:
            errors.append(f"{nb.name}: {bad[0].get('ename')}: {str(bad[0].get('evalue'))[:160]}")
        else:
            done += 1
    return total, done, errors


def found_in_outputs(out: Path, terms: list[str]) -> dict[str, dict]:
    """Per term: in the findings Markdown (``*findings*.md`` under ``out``)? In which analysis
    notebooks' outputs (numbers 02 and up: 00 and 01 display the articles themselves, so
    every term of the corpus is in them)?"""
    findings = " ".join(p.read_text(encoding="utf-8", errors="replace")
                        for p in sorted(out.rglob("*findings*.md")))
    outputs = {}
    for nb in sorted((out / "notebooks").glob("*.ipynb")):
        if nb.name[:2] in ("00", "01"):
            continue
        try:
            data = json.loads(nb.read_text(encoding="utf-8"))
        except ValueError:
            continue
        outputs[nb.name[:2]] = " ".join(json.dumps(o, ensure_ascii=False)
                                        for c in data.get("cells", []) for o in c.get("outputs", []))
    return {t: {"findings": bool(findings) and t in findings, "findings_written": bool(findings),
                "notebooks": [k for k, v in outputs.items() if t in v]} for t in terms}


def csv_rank(text: str, term: str) -> str:
    """``rank N/M, holds_up X`` of ``term`` in a keyness/trends CSV, or why not."""
    rows = list(csv.DictReader(io.StringIO(text)))
    if not rows:
        return "no rows"
    for i, row in enumerate(rows, 1):
        if row.get("term") == term:
            return f"rank {i}/{len(rows)}, holds_up {row.get('holds_up', '?')}"
    return f"absent from {len(rows)} rows"


# --- the run ---------------------------------------------------------------------------------

def _fmt(x: float, nd: int = 0) -> str:
    return f"{x:,.{nd}f}"


def run_size(n: int, places: int, seed: int, work: Path, python: str, env: dict, timeout: float,
             cell_timeout: int | None, cli: bool) -> list[dict]:
    """Every measured command for one corpus size; one table row each."""
    corpus, logs = work / f"corpus-{n}", work / f"logs-{n}"
    t0 = time.perf_counter()
    c0 = time.process_time()
    truth = corpusgen.generate(corpus, pages=n, n_places=places, seed=seed)
    gen_wall, gen_cpu = time.perf_counter() - t0, time.process_time() - c0
    terms = [p["term"] for p in truth["planted"]]
    rows = [{"size": n, "places": places, "run": "generate corpus", "ok": True, "cpu": gen_cpu,
             "wall": gen_wall, "peak": None, "found": f"{truth['gbk_pages']} GBK pages", "notebooks": ""}]

    env = dict(env, ZHFRAME_CACHE_DIR=str(work / f"cache-{n}"))
    shutil.rmtree(work / f"cache-{n}", ignore_errors=True)  # cold
    jb = run_measured(f"jieba-{n}", [python, "-c", JIEBA_SCRIPT, str(corpus)], env, ROOT, timeout, logs)
    chars_tokens = jb.stdout.split()
    rows.append(_row(n, places, "jieba.lcut pass (baseline)", jb, None,
                     found=f"{int(chars_tokens[0]):,} characters, {int(chars_tokens[1]):,} tokens"
                     if len(chars_tokens) == 2 else ""))

    start = run_measured(f"jieba-startup-{n}", [python, "-c", JIEBA_SCRIPT, str(corpus), "--startup-only"],
                         env, ROOT, timeout, logs)
    rows.append(_row(n, places, "jieba startup only (import + dictionary)", start, jb))

    out = work / f"out-{n}"
    cmd, notes = make_command(ROOT, corpus, out, python, work, cell_timeout)
    cold_ok = False
    runs = [("make figures, cold cache", []), ("make figures, rerun, nothing changed", [])]
    if makefile_accepts(ROOT, "FORCE"):
        runs.append(("make figures FORCE=1, warm cache (every notebook executed)", ["FORCE=1"]))
    for label, extra in runs:
        if label != runs[0][0] and not cold_ok:
            rows.append({"size": n, "places": places, "run": label, "ok": False, "cpu": None, "wall": None,
                         "peak": None, "notebooks": "", "found": "not run: the cold run did not finish"})
            continue
        m = run_measured(f"{label}-{n}", cmd + extra, env, ROOT, timeout, logs)
        cold_ok = cold_ok or m.ok
        m.notes += notes
        total, done, errors = notebook_status(out)
        found = found_in_outputs(out, terms)
        f = "; ".join(f"{t}: findings {'yes' if v['findings'] else 'no'}, analysis notebooks "
                      f"{', '.join(v['notebooks']) or 'none'}" for t, v in found.items())
        if not any(v["findings_written"] for v in found.values()):
            f = "no findings file written; " + f.replace("findings no, ", "")
        rows.append(_row(n, places, label, m, jb, found=f, notebooks=f"{done}/{total}", errors=errors,
                         cmd=cmd + extra))

    if cli:
        helptext = cli_commands(python, env, ROOT)
        for plant in truth["planted"]:
            if plant["kind"] == "group":
                c = [python, "-m", "zhframe", "keyness", "--corpus", str(corpus), "--by", plant["column"],
                     "--target", plant["target"]]
                label = f"keyness --by {plant['column']} --target '{plant['target']}'"
            elif "trends" in helptext:
                c = [python, "-m", "zhframe", "trends", "--corpus", str(corpus), "--time", plant["column"]]
                label = f"trends --time {plant['column']}"
            else:
                rows.append({"size": n, "places": places, "run": "trends (CLI)", "ok": False, "cpu": None,
                             "wall": None, "peak": None, "notebooks": "",
                             "found": f"{plant['term']}: the CLI has no `trends` command"})
                continue
            m = run_measured(f"{label}-{n}", c, env, ROOT, timeout, logs)
            rows.append(_row(n, places, label, m, jb, found=f"{plant['term']}: {csv_rank(m.stdout, plant['term'])}"
                             if m.ok else plant["term"] + ": command failed"))
    return rows


def _row(n, places, label, m: Measure, base: Measure | None, found="", notebooks="", errors=(), cmd=None) -> dict:
    tail = [l for l in m.stderr.strip().splitlines() if l.strip()][-3:]
    return {"size": n, "places": places, "run": label, "ok": m.ok, "cpu": m.cpu_s, "wall": m.wall_s,
            "peak": m.peak_mb, "ratio": (m.cpu_s / base.cpu_s) if base and base.cpu_s > 0 else None,
            "found": found, "notebooks": notebooks, "notes": m.notes, "errors": list(errors),
            "stderr_tail": [] if m.ok else tail, "timed_out": m.timed_out,
            "cmd": " ".join(cmd or m.cmd[:6])}


def trivial_notebooks(folder: Path, names: list[str]) -> None:
    """As many notebooks as the study has, each a parameters cell and one print."""
    import nbformat

    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        nb = nbformat.v4.new_notebook()
        params = nbformat.v4.new_code_cell(
            'CORPUS_DIR = "../seeds"\nMANIFEST = None\nGROUP_BY = "district"\nFIGURES_DIR = "../figures"')
        params.metadata["tags"] = ["parameters"]
        nb.cells = [params, nbformat.v4.new_code_cell("print(CORPUS_DIR, GROUP_BY)")]
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        for i, c in enumerate(nb.cells):
            c.id = f"cell-{i}"
        nbformat.write(nb, folder / name)


def run_seeds(work: Path, python: str, env: dict, timeout: float) -> list[dict]:
    """The seeds' study, cold then warm, and trivial notebooks run the same way, twice."""
    env = dict(env, ZHFRAME_CACHE_DIR=str(work / "cache-seeds"))
    shutil.rmtree(work / "cache-seeds", ignore_errors=True)
    names = sorted(p.name for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    triv = work / "trivial" / "notebooks"
    trivial_notebooks(triv, names)
    logs, rows = work / "logs-seeds", []
    base = [python, "-m", "zhframe", "notebooks", "--corpus", str(ROOT / "seeds"), "--by", "district"]
    results = {}
    # "warm": every notebook executed again (--force) with the caches warm; "nothing changed":
    # the same command again, which executes only what changed (here nothing)
    for label, extra, out in (
            ("seeds: study, cold cache", [], work / "seeds-study"),
            ("seeds: study, rerun, nothing changed", [], work / "seeds-study"),
            ("seeds: study, warm cache", ["--force"], work / "seeds-study"),
            ("seeds: trivial notebooks (first)", ["--notebook-dir", str(triv)], work / "seeds-trivial"),
            ("seeds: trivial notebooks (warm)", ["--notebook-dir", str(triv), "--force"], work / "seeds-trivial")):
        m = run_measured(label, base + ["--out", str(out)] + extra, env, ROOT, timeout, logs)
        results[label] = m
        total, done, errors = notebook_status(out)
        rows.append(_row("seeds", 2, label, m, None, notebooks=f"{done}/{total}", errors=errors))
    floor = results["seeds: trivial notebooks (warm)"].cpu_s
    for r in rows:
        r["ratio_floor"] = r["cpu"] / floor if floor > 0 else None
    return rows


def markdown(rows: list[dict], floor_rows: list[dict]) -> str:
    out = []
    if rows:
        out += ["| pages (places) | run | finished | CPU s | wall s | peak MB | CPU ÷ jieba | notebooks | planted differences found |",
                "| --- | --- | --- | ---: | ---: | ---: | ---: | --- | --- |"]
        for r in rows:
            fin = "yes" if r["ok"] else ("timed out" if r.get("timed_out") else "no")
            out.append(f"| {r['size']:,} ({r['places']}) | {r['run']} | {fin} | "
                       f"{_fmt(r['cpu'], 1) if r['cpu'] is not None else ''} | "
                       f"{_fmt(r['wall'], 1) if r['wall'] is not None else ''} | "
                       f"{_fmt(r['peak']) if r.get('peak') else ''} | "
                       f"{_fmt(r['ratio'], 1) + 'x' if r.get('ratio') else ''} | {r.get('notebooks', '')} | "
                       f"{r.get('found', '')} |")
    if floor_rows:
        out += ["", "| seeds | finished | CPU s | wall s | peak MB | CPU ÷ trivial notebooks (warm) | notebooks |",
                "| --- | --- | ---: | ---: | ---: | ---: | --- |"]
        for r in floor_rows:
            out.append(f"| {r['run'].removeprefix('seeds: ')} | {'yes' if r['ok'] else 'no'} | {_fmt(r['cpu'], 1)} | "
                       f"{_fmt(r['wall'], 1)} | {_fmt(r['peak'])} | "
                       f"{_fmt(r['ratio_floor'], 2) + 'x' if r.get('ratio_floor') else ''} | {r['notebooks']} |")
    return "\n".join(out) + "\n"


def failures(rows: list[dict]) -> str:
    lines = []
    for r in rows:
        extra = r.get("notes", []) + r.get("errors", []) + r.get("stderr_tail", [])
        if extra:
            lines.append(f"- {r['size']} / {r['run']}:")
            lines += [f"  - {x}" for x in extra]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[200, 2000, 10000])
    ap.add_argument("--places", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--timeout", type=float, default=900, help="stop a whole command after this many s")
    ap.add_argument("--cell-timeout", type=int, default=None,
                    help="per-cell limit passed as make TIMEOUT= (only if the Makefile has it)")
    ap.add_argument("--cli", action="store_true", help="also time keyness/trends on each corpus")
    ap.add_argument("--seeds", action="store_true", help="also the seeds against trivial notebooks")
    ap.add_argument("--work", default=None, help="scratch folder (default: a new temporary one, removed)")
    ap.add_argument("--keep", action="store_true", help="keep the scratch folder")
    ap.add_argument("--md", default=str(ROOT / "benchmarks" / "SCALE.md"), help="Markdown to write ('' for none)")
    ap.add_argument("--json", default=None, help="also write every measurement as JSON here")
    args = ap.parse_args(argv)

    python = sys.executable
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(ROOT / "src")] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]))
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="zhframe-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    rows, floor_rows = [], []
    try:
        for n in args.sizes:
            rows += run_size(n, args.places, args.seed, work, python, env, args.timeout,
                             args.cell_timeout, args.cli)
            print(markdown([r for r in rows if r["size"] == n], []), flush=True)
        if args.seeds:
            floor_rows = run_seeds(work, python, env, args.timeout)
    finally:
        if not args.keep and not args.work:
            shutil.rmtree(work, ignore_errors=True)
    table = markdown(rows, floor_rows)
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True, check=False).stdout.strip()
    head = (f"Measured {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC at commit {commit} on "
            f"{os.cpu_count()} CPU(s), {platform.python_implementation()} {platform.python_version()}; "
            f"`python benchmarks/scale.py {' '.join(argv if argv is not None else sys.argv[1:])}`.")
    print(table)
    fails = failures(rows + floor_rows)
    if fails:
        print("Notes and failures:\n" + fails)
    if args.md:
        Path(args.md).write_text(
            "# Scale: the one command on generated page corpora\n\n"
            "Written by `benchmarks/scale.py` (its docstring says what each row runs and how it is "
            "measured). CPU s is the whole process tree's (user + system); peak MB the largest sampled "
            "sum of the tree's resident sets; CPU ÷ jieba the ratio to a plain `jieba.lcut` pass over "
            "the same pages in the same run.\n\n" + head + "\n\n" + table
            + ("\nNotes and failures:\n\n" + fails + "\n" if fails else ""), encoding="utf-8")
    if args.json:
        Path(args.json).write_text(json.dumps(rows + floor_rows, ensure_ascii=False, indent=1, default=str),
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
