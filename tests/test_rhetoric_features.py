"""Per-paragraph, per-article and per-group rhetoric features; the numbers command."""

import numpy as np
import pandas as pd
import pytest

from zhframe.run.cli import main
from zhframe.rhetoric.features import (article_table, feature_families, group_rates,
                                       paragraph_features, rate_differences, voices_table)
from zhframe.rhetoric.voices import SPEAKER_TYPES, find_voices

BLOCKS = pd.DataFrame({
    "doc_id": ["a", "a", "a", "a", "b", "b", "b"],
    "district": ["甲区", "甲区", "甲区", "甲区", "乙区", "乙区", "乙区"],
    "block": [0, 1, 2, 3, 0, 1, 2],
    "kind": ["title", "heading", "body", "body", "title", "body", "body"],
    "text": ["用功学 用情讲", "树标杆 做表率",
             "我区开展学习900余次，推动“我为群众办实事”实践活动。", "甲区青少年参加宣讲40场。",
             "该区召开大会。", "乙区建成养老服务中心3个，群众很满意。", "“路灯照亮了公路，也照亮了心里。”村民说。"],
})


def test_paragraph_features_count_every_family():
    pf = paragraph_features(BLOCKS[BLOCKS["kind"] == "body"])
    assert list(pf["claims"]) == [1, 1, 1, 0]
    assert list(pf["first_person"]) == [1, 0, 0, 0] and list(pf["name"]) == [0, 1, 1, 0]
    # 村民 is a beneficiary (voices.py); the old test read it through the legacy citizen alias
    assert list(pf["voice_beneficiary"]) == [0, 0, 0, 1] and list(pf["voice_citizen"]) == [0, 0, 0, 0]
    # a slogan before 实践活动 names the campaign (rhetoric.quotes rule 3)
    assert list(pf["quote_activity"]) == [1, 0, 0, 0] and list(pf["quote_slogan"]) == [0, 0, 0, 0]
    assert all(c in pf for cols in feature_families().values() for c in cols)


def test_group_rates_are_ratios_with_intervals_around_them():
    pf = paragraph_features(BLOCKS[BLOCKS["kind"] == "body"])
    r = group_rates(pf, "district", ["claims"], n_boot=200, random_state=1)
    chars = pf.groupby("district")["n_chars"].sum()
    a = r[r["group"] == "甲区"].iloc[0]
    assert a["rate"] == pytest.approx(1000 * 2 / chars["甲区"])
    assert a["lo"] <= a["rate"] <= a["hi"]
    again = group_rates(pf, "district", ["claims"], n_boot=200, random_state=1)
    pd.testing.assert_frame_equal(r, again)


def test_rate_differences_sign_and_bad_target():
    pf = paragraph_features(BLOCKS[BLOCKS["kind"] == "body"])
    d = rate_differences(pf, "district", "甲区", ["first_person", "voice_beneficiary"], n_boot=200)
    assert d.set_index("feature").loc["first_person", "difference"] > 0
    assert d.set_index("feature").loc["voice_beneficiary", "difference"] < 0
    with pytest.raises(ValueError):
        rate_differences(pf, "district", "丙区", ["claims"])


def test_article_table_rates_and_headings():
    t = article_table(BLOCKS, by="district").set_index("doc_id")
    body_a = len(BLOCKS["text"][2]) + len(BLOCKS["text"][3])
    assert t.loc["a", "claims"] == pytest.approx(1000 * 2 / body_a)
    assert t.loc["a", "heading_share_parallel"] == 1.0 and t.loc["b", "heading_n_headings"] == 1
    assert t.loc["b", "share_sentences_with_claim"] == pytest.approx(1 / 3)
    assert np.isnan(t.loc["b", "heading_shared_lead"])


def test_numbers_command_prints_csv(tmp_path, capsys):
    f = tmp_path / "x.txt"
    f.write_text("全区3.5万名党员开展学习900余次。\n\n2021年6月23日，举行竞赛。\n", encoding="utf-8")
    assert main(["numbers", str(f)]) == 0
    out = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out))
    assert list(out.columns[:5]) == ["doc", "text", "value", "unit", "approximate"]
    assert {"counted", "sentence", "kind"} <= set(out.columns)
    claims = out[out["kind"] == "claim"]
    assert list(claims["value"]) == [35000, 900] and list(claims["approximate"]) == [False, True]
    assert "date" in set(out["kind"])


def test_numbers_command_bad_file_is_one_line(tmp_path, capsys):
    assert main(["numbers", str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "missing.txt" in err


def test_every_quoted_voice_is_counted_in_exactly_one_class():
    # issue #24: a legacy ``voice_citizen = citizen + beneficiary`` overwrote the citizen class,
    # so one quoted 村民 counted twice (the old test asserted those aliases: that was the bug)
    paras = pd.DataFrame({"doc_id": ["a", "a", "b"], "g": ["x", "x", "y"], "text": [
        "习近平总书记强调：“全党同志要做到学史明理、学史增信。”“路灯亮了，大家心里也亮了。”村民李大姐说。",
        "“我们要把实事办到群众心坎上。”区委书记王明表示。",
        "“这堂课让我很受触动，收获很大。”市民张先生说。"]})
    f = paragraph_features(paras, names={})
    voices = feature_families()["voices"]
    assert voices == [f"voice_{t}" for t in SPEAKER_TYPES]
    assert "voice_official" not in f                        # no legacy columns at all
    per_para = f[voices].sum(axis=1)
    quoted = [len(find_voices(t)) for t in paras["text"]]
    assert list(per_para) == quoted == [2, 1, 1]            # every quotation once
    assert (f["voice_central"].iloc[0], f["voice_beneficiary"].iloc[0], f["voice_citizen"].iloc[0]) == (1, 1, 0)
    assert f["voice_citizen"].iloc[2] == 1
    # article, paragraph and group counts are one derivation: they agree
    blocks = paras.assign(kind="body", block=[0, 1, 0])
    art = article_table(blocks, features=f).set_index("doc_id")
    for d, g in f.groupby("doc_id"):
        for c in voices:
            assert art.loc[d, c] == pytest.approx(1000 * g[c].sum() / g["n_chars"].sum())
    rates = group_rates(f, "g", voices, n_boot=20)
    counts = rates.groupby("group")["count"].sum()
    assert dict(counts) == {"x": 3, "y": 1}
    vt = voices_table(blocks)
    assert len(vt) == int(f[voices].to_numpy().sum())


def test_activity_names_are_read_across_an_articles_paragraphs():
    paras = pd.DataFrame({"doc_id": ["a", "a", "b"],
                          "text": ["全区开展“我为群众办实事”实践活动。", "这是“我为群众办实事”的缩影。",
                                   "这是“我为群众办实事”的缩影。"]})
    pf = paragraph_features(paras, names={})
    # the second paragraph of a names the campaign of its first; b never named it an activity
    assert list(pf["quote_activity"]) == [1, 1, 0] and list(pf["quote_slogan"]) == [0, 0, 1]


def _clustered_features(n_articles=3, per_article=10):
    """Two districts of ``n_articles`` articles; an article's paragraphs all have a claim or none
    (claim, none, claim in each district), so articles, not paragraphs, are the draws."""
    rows = []
    for g in ("甲区", "乙区"):
        for a in range(n_articles):
            for _ in range(per_article):
                rows.append({"district": g, "doc_id": f"{g}{a}", "claims": int(a % 2 == 0), "n_chars": 100})
    return pd.DataFrame(rows)


def test_group_rates_resample_articles_when_the_test_does():
    pf = _clustered_features()
    art = group_rates(pf, "district", ["claims"], n_boot=400).set_index("group")
    par = group_rates(pf, "district", ["claims"], n_boot=400, units=None).set_index("group")
    assert (art["unit"] == "articles").all() and (par["unit"] == "paragraphs").all()
    assert art.loc["甲区", "rate"] == par.loc["甲区", "rate"] == pytest.approx(1000 * 2 / 3 / 100)
    # three articles with replacement: (2/3)^3 of replicates draw only claim articles
    assert art.loc["甲区", "hi"] == pytest.approx(10.0)
    assert par.loc["甲区", "hi"] - par.loc["甲区", "lo"] < 0.5 * (art.loc["甲区", "hi"] - art.loc["甲区", "lo"])


def test_rate_differences_resample_articles_when_the_test_does():
    pf = _clustered_features()
    art = rate_differences(pf, "district", "甲区", ["claims"], n_boot=400).iloc[0]
    par = rate_differences(pf, "district", "甲区", ["claims"], n_boot=400, units=None).iloc[0]
    assert art["unit"] == "articles" and par["unit"] == "paragraphs"
    assert art["difference"] == par["difference"] == pytest.approx(0.0)
    assert art["hi"] - art["lo"] > 2 * (par["hi"] - par["lo"])


def test_rates_with_a_one_article_side_resample_paragraphs_as_before():
    pf = _clustered_features()
    pf.loc[pf["district"] == "乙区", "doc_id"] = "乙区0"          # 乙区 is one article
    auto = rate_differences(pf, "district", "甲区", ["claims"], n_boot=200)
    old = rate_differences(pf, "district", "甲区", ["claims"], n_boot=200, units=None)
    pd.testing.assert_frame_equal(auto, old)
    assert (group_rates(pf, "district", ["claims"], n_boot=50)["unit"] == "paragraphs").all()
    with pytest.raises(ValueError, match="at least two articles"):
        group_rates(pf, "district", ["claims"], design="articles")
