"""Term explorer in headless Chromium: load time, and the README screenshot.

    .venv/bin/python benchmarks/explorer.py                 # load times, seeds and 10,000 terms
    .venv/bin/python benchmarks/explorer.py --screenshot docs/term_explorer.png --term 党史
    .venv/bin/python benchmarks/explorer.py --compare      # against scattertext, 1 MB of text
    .venv/bin/python benchmarks/explorer.py --corpus DIR --by province   # a corpus folder, its groups

``--corpus`` builds the page of a corpus folder (``load_corpus``; e.g. one written by
``benchmarks/corpusgen.py``) as notebook 03 does, the first group against the rest,
with the rhetoric tab unless ``--no-rhetoric``; it prints the build's CPU seconds
(keyness of the first target counted apart), the page's size, its load time and,
past two groups, the time from choosing another target group to the plot redrawn.

``--compare`` builds, side by side in one run, the zhframe term page and scattertext's
explorer (Kessler 2017; ``pip install scattertext``) from the same paragraphs and the
same tokens (the project tokenizer; scattertext reads them space-separated with its
whitespace tokenizer; when scattertext is not importable the run says so and measures
the zhframe page alone: do not install it into a shared environment, its pins can
move numpy): about 1 MB of news text (the SIGHAN 2005 PKU and MSR test
sets in /work/shared/benchmarks/icwb2, lines joined into paragraphs of at least 200
characters, two groups by alternating articles of 20 paragraphs). It prints CPU
seconds to build (tokens and keyness counted apart), the page's size, and its load
time in headless Chromium.

Load time is measured in the browser: from navigation start (``performance.now()``
counts from it) to the moment the scatter plot's view has finished rendering, for
a page opened from ``file://`` with every network host unreachable. The synthetic
page has 10,000 terms over 3,000 paragraphs (two groups, Zipf-distributed word
frequencies, fixed seed); the target is under 2 s. Needs chromium and chromedriver.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from zhframe import keywords as kw  # noqa: E402
from zhframe.plots import explorer as E  # noqa: E402
from zhframe.plots import explorer_data as D  # noqa: E402

READY = """
const doc = (window.Bokeh && Bokeh.documents) ? Bokeh.documents[0] : null;
if (!doc) return null;
const plot = doc.get_model_by_name('terms_plot');
const view = plot ? Bokeh.index.find_one(plot) : null;
return view && view.has_finished() ? performance.now() : null;
"""


def browser(width=1400, height=1000):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not binary or not driver:
        sys.exit("benchmarks/explorer.py: needs chromium and chromedriver (apt-get install "
                 "chromium chromium-driver)")
    opts = webdriver.ChromeOptions()
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              f"--window-size={width},{height}", "--host-resolver-rules=MAP * ~NOTFOUND",
              "--hide-scrollbars"):
        opts.add_argument(a)
    opts.binary_location = binary
    return webdriver.Chrome(service=Service(driver), options=opts)


def load_ms(d, path: Path, timeout: float = 60.0, ready: str = READY) -> float:
    """Milliseconds from navigation start until the scatter plot has rendered (inf: not within timeout)."""
    d.get("about:blank")
    d.set_page_load_timeout(timeout)
    try:
        d.get(path.resolve().as_uri())
    except Exception:  # selenium's TimeoutException: the page's scripts never let the load finish
        return float("inf")
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        ms = d.execute_script(ready)
        if ms is not None:
            return float(ms)
        time.sleep(0.02)
    return float("inf")


def seeds_page(out: Path, n_boot: int = 1000) -> tuple[Path, int]:
    from zhframe.corpus import load_corpus

    par = kw.corpus_paragraphs(load_corpus(ROOT / "seeds"))
    groups = sorted(par["district"].astype(str).unique())
    tok = kw.default_tokenizer()
    masked = kw.masked_tokenizer(tok, groups)
    table = kw.keyness(par, "district", groups[0], masked, n_boot=n_boot, random_state=0)
    return E.write_corpus_explorer(par, "district", groups[0], table, masked, out), len(table)


def synthetic_page(out: Path, n_terms: int = 10_000, n_par: int = 3_000,
                   length: int = 80) -> tuple[Path, int]:
    rng = np.random.default_rng(0)
    chars = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    vocab = sorted({"".join(rng.choice(chars, size=rng.integers(2, 5))) for _ in range(n_terms * 2)})
    vocab = [vocab[i] for i in rng.permutation(len(vocab))[:n_terms]]
    p = 1.0 / np.arange(1, n_terms + 1)
    p /= p.sum()
    draws = list(rng.choice(n_terms, size=n_par * length, p=p))
    draws[:n_terms] = range(n_terms)  # every term occurs at least once
    rng.shuffle(draws)
    tokens = [[vocab[i] for i in draws[k * length:(k + 1) * length]] for k in range(n_par)]
    par = pd.DataFrame({"doc_id": [f"d{k % 20:02d}" for k in range(n_par)],
                        "para": [k // 20 for k in range(n_par)],
                        "group": ["A" if k % 20 < 10 else "B" for k in range(n_par)],
                        "text": ["".join(t) for t in tokens]})
    lookup = dict(zip(par["text"], tokens))
    table = kw.keyness(par, "group", "A", lookup.__getitem__, n_boot=200, random_state=0)
    pos = {w: ("n", "v", "a")[i % 3] for i, w in enumerate(vocab)}
    compounds = [vocab[i] + vocab[i + 1] for i in range(0, 1000, 2)]
    data = D.page_data(table, par, tokens, "group", "A", pos=pos, dictionary=compounds)
    return E.write_term_explorer(data, out / "synthetic_10000.html"), len(table)


ICWB2 = Path("/work/shared/benchmarks/icwb2")


def news_paragraphs(limit_bytes: int = 1_000_000, min_chars: int = 200) -> pd.DataFrame:
    """About ``limit_bytes`` of news text as paragraphs (SIGHAN 2005 PKU + MSR test sets)."""
    lines = []
    for name in ("pku_test.utf8", "msr_test.utf8"):
        lines += [x.strip() for x in (ICWB2 / name).read_text(encoding="utf-8").splitlines() if x.strip()]
    paras, cur, size = [], "", 0
    for x in lines:
        cur += x
        if len(cur) >= min_chars:
            paras.append(cur)
            size += len(cur.encode("utf-8"))
            cur = ""
            if size >= limit_bytes:
                break
    n = len(paras)
    return pd.DataFrame({"doc_id": [f"a{i // 20:04d}" for i in range(n)], "para": [i % 20 for i in range(n)],
                         "group": ["甲" if (i // 20) % 2 == 0 else "乙" for i in range(n)], "text": paras})


def compare(out: Path, repeat: int = 3) -> None:
    try:
        import scattertext as st
    except ImportError:
        st = None
        print("scattertext is not importable: its side is skipped (measured: the zhframe page alone)", flush=True)
    par = news_paragraphs()
    mb = par["text"].str.encode("utf-8").str.len().sum() / 1e6
    tok = kw.default_tokenizer()
    c0 = time.process_time()
    tokens = [tok.cut(t) for t in par["text"]]
    c_tok = time.process_time() - c0
    lookup = dict(zip(par["text"], tokens))
    c0 = time.process_time()
    table = kw.keyness(par, "group", "甲", lambda t: [w for w in lookup[t] if w.strip()], n_boot=1000,
                       random_state=0)
    c_key = time.process_time() - c0
    pos = D.majority_pos(tok.pos_tag_many(par["text"].tolist()))
    c0 = time.process_time()
    data = D.page_data(table, par, tokens, "group", "甲", pos=pos, dictionary=[w for w, *_ in tok.words()])
    ours = E.write_term_explorer(data, out / "zhframe.html")
    c_ours = time.process_time() - c0
    if st is None:
        d = browser()
        try:
            times = [load_ms(d, ours) / 1000 for _ in range(repeat)]
        finally:
            d.quit()
        print(f"corpus: {len(par):,} paragraphs, {mb:.2f} MB of text; tokenizing {c_tok:.1f} CPU-s, "
              f"keyness {c_key:.1f} CPU-s (outside the build)")
        print(f"zhframe term page: build {c_ours:.1f} CPU-s, {ours.stat().st_size / 1e6:.1f} MB, "
              f"load {statistics.median(times):.2f} s (median of {repeat})")
        return
    c0 = time.process_time()
    df = par.assign(tok=[" ".join(w for w in t if w.strip()) for t in tokens])
    corpus = st.CorpusFromPandas(df, category_col="group", text_col="tok",
                                 nlp=st.whitespace_nlp_with_sentences).build()
    # scattertext's defaults (terms seen at least 3 times): with every term it does not finish loading
    html = st.produce_scattertext_explorer(corpus, category="甲", category_name="甲", not_category_name="乙",
                                           width_in_pixels=1000, metadata=df["doc_id"].tolist())
    c_st = time.process_time() - c0
    online = out / "scattertext_online.html"
    online.write_text(html, encoding="utf-8")
    theirs = out / "scattertext.html"
    theirs.write_text(inline_d3(html, out), encoding="utf-8")
    print(f"scattertext's page as written fetches {len(re.findall(r'<script[^>]*src=.https?://', html))} "
          f"scripts from CDNs (offline it draws nothing); it is measured below with d3 inlined "
          f"({theirs.stat().st_size / 1e6:.1f} MB; as written {online.stat().st_size / 1e6:.1f} MB)", flush=True)
    print(f"build CPU-s: zhframe term page {c_ours:.1f} ({ours.stat().st_size / 1e6:.1f} MB), "
          f"scattertext {c_st:.1f}", flush=True)
    print(f"corpus: {len(par):,} paragraphs, {mb:.2f} MB of text; tokenizing {c_tok:.1f} CPU-s, "
          f"keyness with 1,000 permutations {c_key:.1f} CPU-s (both outside the builds below)")
    d = browser()
    try:
        rows = []
        for name, path, cpu, ready in (("zhframe term page", ours, c_ours, READY),
                                       ("scattertext", theirs, c_st, ST_READY)):
            times = [load_ms(d, path, ready=ready) / 1000 for _ in range(repeat)]
            rows.append((name, cpu, path.stat().st_size / 1e6, statistics.median(times)))
    finally:
        d.quit()
    print(f"{'page':20} {'build CPU-s':>12} {'MB':>6} {'load s':>7}")
    for name, cpu, size, load in rows:
        print(f"{name:20} {cpu:>12.1f} {size:>6.1f} {load:>7.2f}")
    print(f"ratio zhframe/scattertext: build {rows[0][1] / rows[1][1]:.2f}, size {rows[0][2] / rows[1][2]:.2f}, "
          f"load {rows[0][3] / rows[1][3]:.2f}")


def inline_d3(html: str, work: Path) -> str:
    """scattertext's page with d3 4.6.0 and d3-scale-chromatic 1.5.0 inlined (fetched with ``npm pack``).

    scattertext loads both from CDNs; inlined, its page opens offline like ours, so the
    two load times compare the same thing (parsing the libraries included).
    """
    import subprocess
    import tarfile

    libs = {"d3/4.6.0/d3.min.js": ("d3@4.6.0", "package/build/d3.min.js"),
            "d3-scale-chromatic.v1.min.js": ("d3-scale-chromatic@1.5.0", "package/dist/d3-scale-chromatic.min.js")}
    for url_end, (spec, member) in libs.items():
        subprocess.run(["npm", "pack", spec, "--silent"], cwd=work, check=True, capture_output=True)
        tgz = work / (spec.replace("@", "-") + ".tgz")
        code = tarfile.open(tgz).extractfile(member).read().decode("utf-8")
        html = re.sub(r'<script src="[^"]*' + re.escape(url_end) + r'"[^>]*></script>',
                      lambda m: "<script>" + code.replace("</script", "<\\/script") + "</script>", html)
    return html


#: scattertext's page is ready when its plot has drawn its points (an svg with circles).
ST_READY = """
const c = document.querySelectorAll('svg circle').length;
return c > 0 ? performance.now() : null;
"""


def screenshot(png: Path, term: str | None) -> None:
    from selenium.webdriver.common.keys import Keys

    with tempfile.TemporaryDirectory() as tmp:
        path, _ = seeds_page(Path(tmp))
        d = browser(1460, 1000)
        try:
            load_ms(d, path)
            box = d.execute_script(
                "function deep(r,s,o){r.querySelectorAll(s).forEach(e=>o.push(e));"
                "r.querySelectorAll('*').forEach(e=>{if(e.shadowRoot)deep(e.shadowRoot,s,o)});"
                "return o} return deep(document,'input[type=text]',[])[0];")
            if term is None:
                term = d.execute_script(
                    "const s = Bokeh.documents[0].get_model_by_name('all_terms').data;"
                    "const i = Array.from(s.v).findIndex(v => v === 1 || v === 2);"  # 1, 2: holds up
                    "return i >= 0 ? s.term[i] : s.term[0];")
            box.send_keys(term, Keys.ENTER)
            time.sleep(1.0)
            png.parent.mkdir(parents=True, exist_ok=True)
            d.save_screenshot(str(png))
        finally:
            d.quit()
    print(f"wrote {png} (term {term})")


SWITCH = """
const doc = Bokeh.documents[0];
const plot = doc.get_model_by_name('terms_plot');
const view = Bokeh.index.find_one(plot);
return plot.left[0].axis_label.startsWith(arguments[0]) && view.has_finished()
    ? performance.now() - window.__switch : null;
"""


def switch_ms(d, group: str, timeout: float = 30.0) -> float:
    """Milliseconds from choosing ``group`` in the target selector to the plot redrawn for it."""
    d.execute_script("window.__switch = performance.now();"
                     "Bokeh.documents[0].get_model_by_name('target_group').value = arguments[0];", group)
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        ms = d.execute_script(SWITCH, group)
        if ms is not None:
            return float(ms)
        time.sleep(0.01)
    return float("inf")


def corpus_page(folder: Path, by: str, out: Path, rhetoric: bool = True, n_boot: int = 1000, repeat: int = 3) -> None:
    """Build, weigh and load the page of a corpus folder (first group against the rest), as notebook 03 does."""
    from zhframe.corpus import load_corpus

    par = kw.corpus_paragraphs(load_corpus(folder))
    groups = sorted(par[by].astype(str).unique())
    tok = kw.default_tokenizer()
    masked = kw.masked_tokenizer(tok, groups)
    c0 = time.process_time()
    table = kw.keyness(par, by, groups[0], masked, n_boot=n_boot, random_state=0)
    c_key = time.process_time() - c0
    c0 = time.process_time()
    path = E.write_corpus_explorer(par, by, groups[0], table, masked, out, n_boot=n_boot, rhetoric=rhetoric)
    c_build = time.process_time() - c0
    mb = par["text"].str.encode("utf-8").str.len().sum() / 1e6
    print(f"corpus {folder}: {len(par):,} paragraphs, {mb:.2f} MB of text, {len(groups)} groups by {by}; "
          f"{len(table):,} terms; keyness of {groups[0]} {c_key:.1f} CPU-s (apart)")
    print(f"build {c_build:.1f} CPU-s ({'with' if rhetoric else 'without'} the rhetoric tab; every group's "
          f"keyness for the selector included), page {path.stat().st_size / 1e6:.2f} MB", flush=True)
    d = browser()
    try:
        loads = [load_ms(d, path) / 1000 for _ in range(repeat)]
        switches = []
        if len(groups) > 2:
            for g in (groups[len(groups) // 2], groups[-1], groups[0])[:repeat]:
                switches.append(switch_ms(d, g))
    finally:
        d.quit()
    print(f"load {statistics.median(loads):.2f} s (median of {repeat}; min {min(loads):.2f}, max {max(loads):.2f})"
          + (f"; choosing another target group: {statistics.median(switches):.0f} ms (median of "
             f"{len(switches)})" if switches else ""))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--screenshot", type=Path, help="write the seeds' page as PNG here and stop")
    ap.add_argument("--term", help="term searched before the screenshot (default: first holding up)")
    ap.add_argument("--repeat", type=int, default=5, help="loads per page (median reported)")
    ap.add_argument("--compare", action="store_true", help="1 MB of news: zhframe against scattertext")
    ap.add_argument("--keep", type=Path, help="with --compare or --corpus: write the pages here")
    ap.add_argument("--corpus", type=Path, help="a corpus folder (manifest.csv): its page, first group vs the rest")
    ap.add_argument("--by", default="district", help="with --corpus: the grouping column")
    ap.add_argument("--no-rhetoric", action="store_true", help="with --corpus: leave the rhetoric tab out")
    ap.add_argument("--n-boot", type=int, default=1000, help="with --corpus: keyness settings (as notebook 03)")
    args = ap.parse_args(argv)
    if args.corpus:
        out = args.keep or Path(tempfile.mkdtemp())
        corpus_page(args.corpus, args.by, out, rhetoric=not args.no_rhetoric, n_boot=args.n_boot,
                    repeat=args.repeat)
        return
    if args.compare:
        out = args.keep or Path(tempfile.mkdtemp())
        out.mkdir(parents=True, exist_ok=True)
        compare(out, repeat=args.repeat)
        return
    if args.screenshot:
        screenshot(args.screenshot, args.term)
        return
    with tempfile.TemporaryDirectory() as tmp:
        pages = []
        for name, build in (("seeds (both tabs)", seeds_page), ("synthetic (terms tab)", synthetic_page)):
            c0 = time.process_time()
            pages.append((name, *build(Path(tmp)), time.process_time() - c0))
        print("build CPU-s counts the keyness table (and, for the seeds, the tokenizer's start and the "
              "rhetoric detectors)")
        d = browser()
        try:
            print(f"{'page':24} {'terms':>7} {'build CPU-s':>12} {'MB':>6} {'load s (median)':>16} {'min':>6} "
                  f"{'max':>6}")
            for name, path, n, cpu in pages:
                times = [load_ms(d, path) / 1000 for _ in range(args.repeat)]
                print(f"{name:24} {n:>7,} {cpu:>12.1f} {path.stat().st_size / 1e6:>6.1f} "
                      f"{statistics.median(times):>16.2f} {min(times):>6.2f} {max(times):>6.2f}")
        finally:
            d.quit()


if __name__ == "__main__":
    main()
