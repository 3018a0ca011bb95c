"""Every group against the rest (keyness_by_group, the keyness command without --target), trends
(keyword_trends, the trends command) and masking that follows the grouping, on a small corpus folder
built from the seeds' paragraphs."""

import hashlib
import io

import numpy as np
import pandas as pd
import pytest

from zhframe import keywords as kw
from zhframe.corpus import load_corpus

PLACES = [("北碚区", "重庆市"), ("渝中区", "重庆市"), ("璧山区", "重庆市"), ("温江区", "成都市"),
          ("金牛区", "成都市"), ("郫县", "成都市"), ("义乌市", "金华市")]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """19 articles of seed paragraphs: 3 per place (1 for 义乌市), dates 2021-2023; 稻田 is in
    every 重庆市 article and no other; 直播间 appears in later articles only."""
    pool = kw.corpus_paragraphs(load_corpus("seeds"))["text"].tolist()
    rng = np.random.default_rng(0)
    root = tmp_path_factory.mktemp("corpus")
    rows = []
    k = 0
    for place, city in PLACES:
        for j in range(1 if place == "义乌市" else 3):
            paras = [pool[i] for i in rng.choice(len(pool), 6, replace=False)]
            year = 2021 + (k % 3)
            if city == "重庆市":
                paras.append("稻田里的党史课。")
            if year == 2023:
                paras.append("直播间间里讲党史。")
            text = f"标题{k}\n\n" + "\n\n".join(paras) + "\n"
            name = f"a{k:02d}.txt"
            (root / name).write_text(text, encoding="utf-8")
            rows.append({"doc_id": f"d{k:02d}", "file": name,
                         "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "place": place,
                         "city": city, "date": f"{year}-0{1 + k % 9}-15"})
            k += 1
    pd.DataFrame(rows).to_csv(root / "manifest.csv", index=False)
    return root


def test_every_group_against_the_rest_in_one_table_with_one_correction(folder):
    corpus = load_corpus(str(folder))
    paragraphs = kw.corpus_paragraphs(corpus)
    tok = kw.corpus_masked_tokenizer(kw.default_tokenizer(), corpus, by="city")
    df = kw.keyness_by_group(paragraphs, "city", tok)
    assert list(df.columns) == kw.GROUP_COLUMNS
    assert set(df["group"]) == {"重庆市", "成都市"} and df.attrs["single"] == ["金华市"]
    assert "one article" in df.attrs["single_text"] and df.attrs["design"] == "articles"
    assert (df["holds_up"] == (df["q_value"] <= 0.05)).all()
    row = df[(df["group"] == "重庆市") & (df["term"] == "稻田")].iloc[0]
    assert (row["units_group"], row["units_rest"], row["n_group"]) == (9, 0, 9)
    assert row["holds_up"] and row["lr_high"] == np.inf and row["lr_low"] > 0
    omni = df.attrs["omnibus"].set_index("term")
    assert omni.loc["稻田", "omnibus_q"] <= 0.05 and omni.loc["稻田", "groups_holding"] == 2  # more in 重庆市, less in 成都市
    assert (omni["omnibus_p"] >= df.groupby("term")["p_value"].min().reindex(omni.index) - 1e-12).all()
    # the place names and the level words of places of several levels (区, 县, 市) are masked
    assert not {"北碚", "渝中区", "温江", "郫县", "区委", "县委", "市委", "重庆市"} & set(df["term"])


def test_paragraphs_refused_and_date_adjusted_contrasts(folder):
    paragraphs = kw.corpus_paragraphs(load_corpus(str(folder)))
    with pytest.raises(ValueError, match="refused"):
        kw.keyness_by_group(paragraphs, "city", str.split, design="paragraphs")
    adj = kw.keyness_by_group(paragraphs, "city", kw.default_tokenizer(), adjust_for="date")
    assert "adjusted for date" in adj.attrs["design_text"]
    assert adj[(adj["group"] == "重庆市") & (adj["term"] == "稻田")]["holds_up"].all()


def test_keyword_trends_find_a_word_of_the_last_year(folder):
    paragraphs = kw.corpus_paragraphs(load_corpus(str(folder)))
    tr = kw.keyword_trends(paragraphs, "date", kw.default_tokenizer())
    assert list(tr.columns) == kw.TREND_COLUMNS
    row = tr.set_index("term").loc["直播间"]
    assert row["holds_up"] and row["slope"] > 0 and row["hi"] == np.inf
    assert row["first_share"] == 0 and row["last_share"] == pytest.approx(1)
    assert set(tr.attrs["periods"]["term"]) >= {"直播间"}
    assert (tr["q_value"] >= tr["p_value"] - 1e-12).all()


def test_commands_every_group_and_trends(folder, capsys):
    from zhframe.run.cli import main

    assert main(["keyness", "--corpus", str(folder), "--by", "city", "--mask"]) == 0
    captured = capsys.readouterr()
    out = pd.read_csv(io.StringIO(captured.out))
    assert list(out.columns) == kw.GROUP_COLUMNS and set(out["group"]) == {"重庆市", "成都市"}
    assert "every group against the rest" in captured.err and "金华市" in captured.err
    assert main(["trends", "--corpus", str(folder), "--time", "date"]) == 0
    out = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert list(out.columns)[:7] == ["term", "slope", "lo", "hi", "p_value", "q_value", "holds_up"]
    assert main(["trends", "--corpus", str(folder), "--time", "city"]) == 2
    err = capsys.readouterr().err
    assert "is not a date" in err and err.count("\n") == 1


def test_synthesis_rows_for_every_group_and_for_trends(folder):
    from zhframe.synthesis.families import DIFFERENCE_COLUMNS, keyword_differences, trend_differences

    paragraphs = kw.corpus_paragraphs(load_corpus(str(folder)))
    words = keyword_differences(paragraphs, "city", kw.default_tokenizer(), n_null=5)
    assert list(words.columns[:len(DIFFERENCE_COLUMNS)]) == DIFFERENCE_COLUMNS
    assert set(words["target"]) == {"重庆市", "成都市"} and words.attrs["single"] == ["金华市"]
    # one correction over both groups' contrasts
    scr = words[words["testable"]]
    from zhframe import stats

    assert np.allclose(np.sort(scr["q_value"]), np.sort(stats.bh_qvalues(scr["p_value"].to_numpy())))
    assert len(words.attrs["null"]["重庆市"]) == 5
    row = words[(words["target"] == "重庆市") & (words["item"] == "稻田")].iloc[0]
    assert row["holds_up"] and row["evidence"] == "9/9 vs 0/10 articles" and row["lo"] > 0
    one = keyword_differences(paragraphs, "city", kw.default_tokenizer(), target="成都市")
    assert set(one["target"]) == {"成都市"} and set(one["design"]) == {"articles"}
    trends = trend_differences(paragraphs, "date", kw.default_tokenizer())
    assert list(trends.columns) == DIFFERENCE_COLUMNS and set(trends["family"]) == {"trends"}
    assert trends.set_index("item").loc["直播间", "holds_up"]


def test_places_nested_in_cities_are_compared_with_their_own_citys_other_places(folder):
    paragraphs = kw.corpus_paragraphs(load_corpus(str(folder)))
    flat = kw.keyness_by_group(paragraphs, "place", kw.default_tokenizer(), keep="all")
    nested = kw.keyness_by_group(paragraphs, "place", kw.default_tokenizer(), within="city", keep="all")
    a = flat[(flat["group"] == "北碚区") & (flat["term"] == "稻田")].iloc[0]
    b = nested[(nested["group"] == "北碚区") & (nested["term"] == "稻田")].iloc[0]
    # against every other place, 稻田 (every 重庆市 article) looks like 北碚区's; against the
    # other 重庆市 places it is not (3 of 3 against 6 of 6)
    assert (a["units_rest"], a["n_rest"]) == (6, 16) and (b["units_rest"], b["n_rest"]) == (6, 6)
    assert b["p_value"] == 1 and "own city" in nested.attrs["design_text"]
    assert nested.attrs["single"] == ["义乌市"]
    with pytest.raises(ValueError, match="not nested"):
        kw.keyness_by_group(paragraphs, "city", str.split, within="place")


def test_group_shares_rank_places_with_shrunken_intervals(folder):
    paragraphs = kw.corpus_paragraphs(load_corpus(str(folder)))
    sh = kw.group_shares(paragraphs, "place", kw.default_tokenizer(), ["稻田", "不在词表"])
    assert set(sh["term"]) == {"稻田"} and len(sh) == len(PLACES)
    assert ((sh["lo"] <= sh["shrunken"]) & (sh["shrunken"] <= sh["hi"])).all()
    top = sh[sh["rank"] <= 3]
    assert set(top["group"]) == {"北碚区", "渝中区", "璧山区"}  # the three 重庆市 places, 3 of 3 each
    solo = sh.set_index("group").loc["义乌市"]
    assert solo["single"] and np.isnan(solo["rank"])
    # shrinkage: a raw 100% (3 of 3) is pulled below 1, toward the pooled 9 of 19
    assert (top["shrunken"] < 1).all() and (top["shrunken"] > 9 / 19).all()
