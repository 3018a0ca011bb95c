"""Every rhetoric family against the hand gold of tests/data/rhetoric (issue #14 targets)."""

from pathlib import Path

import pandas as pd
import pytest

from zhframe.rhetoric.evaluate import evaluate, prf, score_headings, score_numbers, score_quotes

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def scores():
    df = evaluate(ROOT / "tests" / "data" / "rhetoric", ROOT / "seeds")
    return {(f, s): (p, r) for f, s, p, r in zip(df["family"], df["set"], df["precision"], df["recall"])}


def test_gold_has_at_least_twenty_web_articles():
    web = pd.read_csv(ROOT / "tests" / "data" / "rhetoric" / "web" / "manifest.csv")
    assert len(web) >= 20 and all((ROOT / "tests/data/rhetoric/web" / f).is_file() for f in web["file"])
    assert not set(web["district"]) & {"北碚区", "开州区", "顺庆区", "川汇区", "龙马潭区", "嘉定镇", "泸州市"}


def test_numbers_targets(scores):
    assert min(scores[("numbers", "web")]) >= 0.90
    assert min(scores[("numbers", "seeds")]) >= 0.98


def test_self_reference_precision(scores):
    assert scores[("self_reference", "web")][0] >= 0.95
    assert scores[("self_reference", "seeds")][0] >= 0.95


@pytest.mark.parametrize("family", ["enumerations", "enumeration_items", "voices", "headings"])
def test_other_families_hold_on_both_sets(scores, family):
    for set_ in ("seeds", "web"):
        assert min(scores[(family, set_)]) >= 0.90, (family, set_, scores[(family, set_)])


def test_activity_quotes_found(scores):
    """The activity class behind a finding: most activity names found, few false ones."""
    for set_ in ("seeds", "web", "heldout"):
        p, r = scores[("quotes_activity", set_)]
        assert p >= 0.90 and r >= 0.75, (set_, p, r)
    for c in ("speech", "title"):
        assert min(scores[(f"quotes_{c}", "seeds")] + scores[(f"quotes_{c}", "web")]) >= 0.90


def test_quote_scorer_is_a_multiset_per_class():
    gold = pd.DataFrame({"doc": ["a", "a", "a"], "quote": ["六百", "六百", "必修课"],
                         "cls": ["activity", "activity", "term"]})
    pred = pd.DataFrame({"doc": ["a", "a", "b"], "quote": ["六百", "必修课", "必修课"],
                         "cls": ["activity", "activity", "term"]})
    rows = {r[0]: r[2:5] for r in score_quotes(pred, gold)}
    assert rows["quotes_activity"] == (2, 2, 1) and rows["quotes_term"] == (1, 1, 0)


def test_scorer_counts_what_it_should():
    assert prf(0, 0, 0) == (1.0, 1.0) and prf(0, 2, 0) == (0.0, 1.0)
    pred = pd.DataFrame({"doc": ["a", "a"], "value": [5.0, 7.0], "unit": ["个", "个"],
                         "approximate": [False, False]})
    gold = pd.DataFrame({"doc": ["a"], "value": ["5"], "unit": ["个"], "approximate": ["0"]})
    assert score_numbers(pred, gold)[-2:] == (0.5, 1.0)
    heads = pd.DataFrame({"doc": "d", "heading": list("abcd"), "group": ["A", "A", "A", ""],
                          "parallel_group": ["A", "A", "", ""]})
    p = score_headings(heads.assign(group=heads["parallel_group"]), heads)
    assert p[-2:] == (1.0, round(1 / 3, 4))
