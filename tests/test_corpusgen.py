"""benchmarks/corpusgen.py: generated web-page corpora load, clean and carry what they claim."""

from __future__ import annotations

import html
import importlib.util
import json
import math
import re
import sys
from pathlib import Path

import pytest

from zhframe.cleanup import clean_corpus
from zhframe.corpus import load_corpus

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("corpusgen", ROOT / "benchmarks" / "corpusgen.py")
corpusgen = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("corpusgen", corpusgen)  # its dataclass looks its module up
_spec.loader.exec_module(corpusgen)

_HAN = re.compile(r"[^\u4e00-\u9fff]")


def _pages(folder: Path) -> list[tuple[dict, str, list[str]]]:
    """(manifest row, charset, body paragraphs) of every generated page, read from its bytes."""
    import csv

    with open(folder / "manifest.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out = []
    for row in rows:
        raw = (folder / row["file"]).read_bytes()
        charset = re.search(rb'<meta charset="([^"]+)">', raw).group(1).decode()
        page = raw.decode(charset)
        content = page.split('<div class="content">', 1)[1].split("</div>", 1)[0]
        out.append((row, charset, [html.unescape(p) for p in re.findall(r"<p>([^<]*)</p>", content)]))
    return out


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gen20")
    truth = corpusgen.generate(folder, pages=20, n_places=20, seed=3)
    return folder, truth


def test_same_seed_same_bytes_and_another_seed_differs(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    corpusgen.generate(a, pages=30, n_places=10, seed=7)
    corpusgen.generate(b, pages=30, n_places=10, seed=7)
    corpusgen.generate(c, pages=30, n_places=10, seed=8)
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert len(files) == 32  # 30 pages, manifest.csv, truth.json
    assert all((a / f).read_bytes() == (b / f).read_bytes() for f in files)
    assert (a / "manifest.csv").read_bytes() != (c / "manifest.csv").read_bytes()


def test_manifest_loads_with_design_columns(small):
    folder, _ = small
    corpus = load_corpus(folder)  # checks every sha256 too
    assert len(corpus) == 20
    for col in ("place", "province", "outlet_type", "date", "year"):
        assert corpus[col].str.len().gt(0).all(), col
    assert set(corpus["outlet_type"]) <= set(corpusgen.OUTLETS)
    assert corpus["date"].between("2021-01-01", "2023-12-31").all()
    assert (corpus["year"] == corpus["date"].str[:4]).all()
    names = {p for prov, abbr, plist in corpusgen.PROVINCES for p, city in plist}
    assert set(corpus["place"]) <= names
    assert (corpus["n_chars"] > 100).all()


def test_place_list_is_100_distinct_places_in_10_provinces():
    everything = corpusgen.places(100)
    assert len({p[0] for p in everything}) == 100
    assert len({p[2] for p in everything}) == 10
    assert len({p[2] for p in corpusgen.places(20)}) == 10  # round-robin: every province early
    with pytest.raises(ValueError, match="places"):
        corpusgen.places(101)
    with pytest.raises(ValueError, match="pages"):
        corpusgen.generate("unused", pages=0)


def test_gbk_pages_say_so_and_decode(small):
    folder, truth = small
    pages = _pages(folder)
    gbk = [row["doc_id"] for row, cs, _ in pages if cs == "gbk"]
    assert len(gbk) == truth["gbk_pages"] == 5  # a quarter of 20
    corpus = load_corpus(folder).set_index("doc_id")
    for row, cs, paras in pages:
        raw = (folder / row["file"]).read_bytes()
        if cs == "gbk":
            with pytest.raises(UnicodeDecodeError):
                raw.decode("utf-8")
            assert corpus.loc[row["doc_id"], "encoding"] == "GB18030"
        else:
            assert corpus.loc[row["doc_id"], "encoding"] == "UTF-8"
        assert row["title"] in corpus.loc[row["doc_id"], "text"]


def test_small_corpus_round_trips_through_cleanup_with_body_kept(small):
    folder, _ = small
    blocks = clean_corpus(load_corpus(folder), cache=False)
    body = blocks[blocks["kind"] == "body"].groupby("doc_id")["text"].agg("\n".join)
    n = 0
    for row, _, paras in _pages(folder):
        # Han characters only: cleanup normalises punctuation (half-width , in a seed).
        kept = _HAN.sub("", body[row["doc_id"]])
        for p in paras:
            assert _HAN.sub("", p)[-15:] in kept, (row["doc_id"], p)
            n += 1
    assert n >= 20 * 4
    # the furniture is not body: no footer, share bar or breadcrumb line among the body blocks
    assert not blocks[blocks["kind"] == "body"]["text"].str.contains("ICP备|分享到|当前位置|版权所有").any()


def _sd_bound(p: float, n: int, k: float = 4.0) -> float:
    return k * math.sqrt(max(p * (1 - p), 1e-9) / n) + 1e-9


def test_planted_rates_are_as_recorded_and_as_designed(tmp_path):
    truth = corpusgen.generate(tmp_path, pages=1500, n_places=100, seed=11)
    assert json.loads((tmp_path / "truth.json").read_text(encoding="utf-8")) == truth
    pages = _pages(tmp_path)
    group = [p for p in truth["planted"] if p["kind"] == "group"]
    assert {p["term"] for p in group} == {corpusgen.PROVINCE_TERM, corpusgen.OUTLET_TERM}
    for plant in group:
        inside = [any(plant["term"] in x for x in paras) for row, _, paras in pages
                  if row[plant["column"]] == plant["target"]]
        outside = [any(plant["term"] in x for x in paras) for row, _, paras in pages
                   if row[plant["column"]] != plant["target"]]
        # recounted from the pages' bytes: exactly what truth.json records
        assert (len(inside), len(outside)) == (plant["articles_target"], plant["articles_rest"])
        assert round(sum(inside) / len(inside), 4) == plant["rate_target"]
        assert round(sum(outside) / len(outside), 4) == plant["rate_rest"]
        # and within 4 binomial standard errors of the design
        for rate, design, n in ((plant["rate_target"], plant["design_rate_target"], len(inside)),
                                (plant["rate_rest"], plant["design_rate_rest"], len(outside))):
            assert abs(rate - design) <= _sd_bound(design, n), plant["term"]
    trend = next(p for p in truth["planted"] if p["kind"] == "trend")
    for year in ("2021", "2022", "2023"):
        paras = [x for row, _, ps in pages if row["year"] == year for x in ps]
        hits = sum(trend["term"] in x for x in paras)
        assert round(hits / len(paras), 4) == trend["rate_by_year"][year]
        # design: the linear rate's mean over that year
        y = int(year) - 2021
        design = 0.02 + 0.08 * (y + 0.5) / 3
        assert abs(hits / len(paras) - design) <= _sd_bound(design, len(paras))
    rates = [trend["rate_by_year"][y] for y in ("2021", "2022", "2023")]
    assert rates == sorted(rates) and rates[2] > 2 * rates[0]


def test_planted_terms_are_absent_from_the_base_paragraphs():
    pool = corpusgen.build_pool()
    assert len(pool.body) >= 200
    for term in (corpusgen.PROVINCE_TERM, corpusgen.TREND_TERM, corpusgen.OUTLET_TERM):
        assert not any(term in p for p in pool.body)
    assert all(any(f in p for p in pool.body) for f in corpusgen.FILLERS)
