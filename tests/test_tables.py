"""Every run's tables: CSV (UTF-8 with BOM) and Parquet per result, a data dictionary, identical bytes."""

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from zhframe.run.tables import DIGITS, TABLES, normalize, round_significant, write_tables
from zhframe.synthesis.study import Study

ROOT = Path(__file__).resolve().parents[1]
SMALL = {"n_boot": 50, "n_seeds": 2, "k_seeds": (0,), "k_range": (2, 3)}


@pytest.fixture(scope="module")
def study(tmp_path_factory):
    return Study.load(ROOT / "seeds", by="district", cache_dir=tmp_path_factory.mktemp("cache"), **SMALL)


@pytest.fixture(scope="module")
def written(study, tmp_path_factory):
    folder = tmp_path_factory.mktemp("tables")
    return folder, write_tables(study, folder)


def test_every_table_is_written_twice_and_described(written):
    folder, paths = written
    names = {t.name for t in TABLES} - {"trends"}                     # the seeds have no time design
    assert {p.name for p in paths} == {f"{n}.{e}" for n in names for e in ("csv", "parquet")} | {"README.md"}
    assert paths == sorted(paths)
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "`trends`" in readme.split("Not written in this run:")[1]
    for name in names:
        data = (folder / f"{name}.csv").read_bytes()
        assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" not in data
        csv = pd.read_csv(folder / f"{name}.csv", encoding="utf-8-sig", keep_default_na=False, dtype=str)
        pq = pd.read_parquet(folder / f"{name}.parquet")
        assert list(csv.columns) == list(pq.columns) and len(csv) == len(pq) > 0
        section = readme.split(f"## {name}\n", 1)[1].split("\n## ", 1)[0]
        described = re.findall(r"^\| `([^`]+)` \| (.+?) \| (.+?) \|$", section, flags=re.M)
        assert [c for c, *_ in described] == list(csv.columns)       # every column, in order
        assert all(m.strip() and u.strip() for _, m, u in described)


def test_tables_hold_the_studys_numbers(study, written):
    folder, _ = written
    keyness = pd.read_parquet(folder / "keyness.parquet")
    original = study.keyness().set_index("term")
    assert set(keyness["term"]) == set(original.index)
    row = keyness.iloc[len(keyness) // 2]
    assert row["count_target"] == original.loc[row["term"], "count_target"]
    assert math.isclose(row["g2"], original.loc[row["term"], "g2"], rel_tol=1e-5)
    assert keyness["holds_up"].dtype == bool
    diffs = pd.read_parquet(folder / "differences.parquet")
    assert set(diffs["family"]) == {"keywords", "topics", "rhetoric"} and len(diffs) == len(study.differences())
    shares = pd.read_parquet(folder / "topic_shares.parquet")
    # each group's shares of the topics sum to one
    assert np.allclose(shares.groupby("group")["share"].sum(), 1, atol=1e-4)
    articles = pd.read_csv(folder / "articles.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(articles["doc_id"]) == ["beibei-2021", "kaizhou-2021"]
    assert articles.loc[0, "district"] == "北碚区" and set(articles["script"]) == {"simplified"}
    hits = pd.read_parquet(folder / "rhetoric_hits.parquet")
    rates = pd.read_parquet(folder / "rhetoric_rates.parquet").set_index(["group", "feature"])
    for (group, feature), count in hits.groupby("group")[["claims", "first_person"]].sum().stack().items():
        assert count == rates.loc[(group, feature), "count"]           # the rates' numerators
    assert hits["claims"].sum() > 0
    cleanup = pd.read_parquet(folder / "cleanup.parquet")
    assert np.allclose(cleanup.groupby("doc_id")["share"].sum(), 1)


def test_floats_are_rounded_and_rows_sorted(written):
    folder, _ = written
    for name in ("keyness", "differences", "rhetoric_rates", "topic_shares"):
        text = (folder / f"{name}.csv").read_text(encoding="utf-8-sig")
        for number in re.findall(r"(?<![\w.])-?\d+\.\d+(?:e[-+]\d+)?", text):
            digits = re.sub(r"e.*", "", number).lstrip("-").replace(".", "").lstrip("0").rstrip("0")
            assert len(digits) <= DIGITS, (name, number)
    keyness = pd.read_parquet(folder / "keyness.parquet")
    assert list(keyness["term"]) == sorted(keyness["term"])
    rates = pd.read_parquet(folder / "rhetoric_rates.parquet")
    assert list(zip(rates["feature"], rates["group"])) == sorted(zip(rates["feature"], rates["group"]))


def test_a_rerun_gives_identical_bytes(study, written, tmp_path):
    folder, paths = written
    again = write_tables(study, tmp_path)
    assert [p.name for p in again] == [p.name for p in paths]
    for p in again:
        assert p.read_bytes() == (folder / p.name).read_bytes(), p.name
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]   # no temporary file left


def test_trends_are_written_when_the_study_has_them(study, tmp_path):
    class Timed:
        """The study with a time design and a trends verb (as a later Study has)."""

        def __init__(self, inner):
            self._inner = inner
            self.design = type("D", (), {"time": "year", "by": inner.by})()

        def __getattr__(self, name):
            return getattr(self._inner, name)

        def trends(self):
            return pd.DataFrame({"year": ["2021", "2020"], "share": [0.1234567891, 0.5]})

    paths = write_tables(Timed(study), tmp_path)
    assert tmp_path / "trends.csv" in paths
    assert (tmp_path / "trends.csv").read_text(encoding="utf-8-sig").splitlines() == [
        "year,share", "2020,0.5", "2021,0.123457"]


def test_round_significant_and_normalize():
    assert round_significant(0.000123456789) == 0.000123457
    assert round_significant(123456789.0) == 123457000.0
    assert round_significant(-2.5e-10) == -2.5e-10
    assert math.isnan(round_significant(float("nan"))) and round_significant(0.0) == 0.0
    df = pd.DataFrame({"k": [2, 10, 1], "x": [[1, 2], None, {"a": "区"}], "f": [1 / 3, 2.0, np.nan]})
    out = normalize(df, ("k",))
    assert list(out["k"]) == [1, 2, 10]                                 # numbers sort as numbers
    assert list(out["x"]) == ['{"a": "区"}', "[1, 2]", None]
    assert out["f"].iloc[1] == 0.333333 and np.isnan(out["f"].iloc[0])


def test_parquet_of_a_table_with_attrs_is_written_without_a_warning():
    import warnings

    import pandas as pd

    from zhframe.run.tables import parquet_bytes

    df = pd.DataFrame({"a": [1, 2]})
    df.attrs["detail"] = pd.DataFrame({"x": [1]})  # what pandas cannot store as JSON
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        data = parquet_bytes(df)
    assert data == parquet_bytes(pd.DataFrame({"a": [1, 2]})) and df.attrs  # the caller's table untouched
