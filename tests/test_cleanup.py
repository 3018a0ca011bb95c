"""Tests for zhframe.cleanup: each rule on composed articles, the seeds, and nothing lost."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from zhframe.cleanup import (COLUMNS, KINDS, body_paragraphs, clean_article, clean_corpus,
                             normalize, sentence_spans, split_sentences)
from zhframe.corpus import load_corpus, read_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
BEIBEI = read_text(SEEDS / "000_11a71ea587bfb060.txt")
KAIZHOU = read_text(SEEDS / "001_33add8617030deb4.txt")


def assert_nothing_lost(text: str, blocks: pd.DataFrame) -> None:
    """Every non-whitespace character lies in exactly one block's spans."""
    owner = [0] * len(text)
    for spans in blocks["spans"]:
        for a, b in spans:
            assert 0 <= a < b <= len(text)
            for k in range(a, b):
                owner[k] += 1
    lost = [k for k, c in enumerate(text) if not c.isspace() and owner[k] == 0]
    twice = [k for k, c in enumerate(text) if owner[k] > 1]
    assert not lost, f"characters in no block: {text[lost[0]:lost[0] + 10]!r}"
    assert not twice, f"characters in two blocks: {text[twice[0]:twice[0] + 10]!r}"


def body_texts(blocks: pd.DataFrame) -> list[str]:
    return list(blocks.loc[blocks["kind"] == "body", "text"])


def rows(blocks: pd.DataFrame, kind: str) -> pd.DataFrame:
    return blocks[blocks["kind"] == kind]


# ---------------------------------------------------------------- normalisation and sentences


def test_normalize_punctuation_digits_ellipsis_and_spaces():
    assert normalize("开州召开大会,部署工作;群众说:好!对吗?") == "开州召开大会，部署工作；群众说：好！对吗？"
    assert normalize("村(社区)开展活动") == "村（社区）开展活动"
    assert normalize("启动,2000余名") == "启动，2000余名"
    assert normalize("共1,000人,9:30开始") == "共1,000人，9:30开始"   # digit,digit stays
    assert normalize("Hello, world (ok)") == "Hello, world (ok)"          # Latin text untouched
    assert normalize("２０２１年ＡＢｃ") == "2021年ABc"
    for dots in ("…", "⋯⋯", "...", "。。。", "…………"):
        assert normalize(f"实事{dots}学党史") == "实事……学党史"
    assert normalize("党史 学习　教育") == "党史学习教育"                  # stray and ideographic space
    assert normalize("第 3 届") == "第3届"
    assert normalize("推进“学习新思想  共赞100年”活动") == "推进“学习新思想 共赞100年”活动"
    assert normalize("come on北碚") == "come on北碚"
    assert normalize("树标杆   做表率", phrases=True) == "树标杆 做表率"
    assert normalize("树标杆 做表率") == "树标杆做表率"


def test_sentence_spans_offsets_closing_quotes_and_ellipsis():
    text = "他说：“好！”大家笑了。第二句；第三句……“路灯亮了……”我们走？ 最后"
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == split_sentences(text) == [
        "他说：“好！”", "大家笑了。", "第二句；", "第三句……", "“路灯亮了……”", "我们走？", "最后"]
    assert split_sentences("一行\n二行。") == ["一行", "二行。"]
    assert split_sentences("  ") == []


# ---------------------------------------------------------------- composed articles, one rule each

P1 = "今年以来，某区认真落实工作要求，推动学习教育有序开展。"
P2 = "据统计，全区开展专题学习300余次，覆盖干部群众2万余人。"
P3 = "“我们要把好事办好。”该区负责人表示。"


def compose(*parts: str, gap: str = "\n\n") -> str:
    return gap.join(parts) + "\n"


def test_article_without_layout_damage_comes_out_unchanged_but_normalised():
    paras = [P1, "同时,该区组织宣讲团深入基层,开展宣讲40场!", P2, P3]
    text = compose("某区学习教育走深走实", *paras)
    blocks = clean_article(text, doc="plain")
    assert list(blocks.columns) == list(COLUMNS)
    assert list(blocks["kind"]) == ["title"] + ["body"] * 4
    assert body_texts(blocks) == [normalize(p) for p in paras]
    assert body_texts(blocks)[1] == "同时，该区组织宣讲团深入基层，开展宣讲40场！"
    assert all(len(s) == 1 for s in blocks["spans"])
    assert blocks["fragment"].isna().all()
    assert list(blocks["block"]) == list(range(5))
    assert_nothing_lost(text, blocks)


def test_dated_captions_inside_a_paragraph_are_set_aside_and_the_paragraph_rejoined():
    a, b = "据介绍，他先后在湖北", "武汉大学、华中科技大学等高校，举办讲座12场，反响热烈。"
    captions = ["2021年5月6日，某街道举行党史知识竞赛。", "2021年7月1日，群众观看文艺演出。"]
    text = compose("标题", P1, a, *captions, b, P2)
    blocks = clean_article(text)
    assert body_texts(blocks) == [P1, a + b, P2]
    joined = blocks[blocks["text"] == a + b].iloc[0]
    assert joined["rule"].endswith("rejoined:phrase-across-interruption")
    assert joined["spans"] == [[text.index(a), text.index(a) + len(a)],
                               [text.index(b), text.index(b) + len(b)]]
    assert list(rows(blocks, "caption")["text"]) == captions
    assert set(rows(blocks, "caption")["rule"]) == {"caption:dated"}
    assert_nothing_lost(text, blocks)


def test_a_word_split_across_columns_is_rejoined_even_across_a_heading():
    a, b = "该区还将持续发力，推动各项工作落", "实见效，让群众得到实惠。"
    text = compose("标题", P1, a, "学党史 办实事", "上下联动，齐心协力", b, P2)
    blocks = clean_article(text)
    assert body_texts(blocks) == [P1, a + b, P2]
    assert "word-across-break(落实)" in blocks.loc[blocks["text"] == a + b, "rule"].iloc[0]
    assert list(blocks["kind"]) == ["title", "body", "body", "heading", "subheading", "body"]
    assert rows(blocks, "heading")["text"].iloc[0] == "学党史 办实事"
    assert rows(blocks, "subheading")["text"].iloc[0] == "上下联动，齐心协力"


def test_a_short_tail_is_rejoined():
    a, b = "全年共办好民生实事810件，开展关爱行动", "5900人次。"
    blocks = clean_article(compose("标题", a, b, P2))
    assert body_texts(blocks) == [a + b, P2]
    assert blocks["rule"].iloc[1].endswith("rejoined:short-tail")


def test_text_lost_at_a_column_break_leaves_two_fragments_not_one_glued_sentence():
    a, b = "该区领导班子坚持先行一步，为各地作出示范", "里扎根成长。以系列活动为契机，全区青少年参加主题活动。"
    c = "也正是基于这样的理念，自觉"
    text = compose("标题", P1, a, b, c, P2, P3)
    blocks = clean_article(text)
    body = rows(blocks, "body")
    assert list(body["text"]) == [P1, a, b, c, P2, P3]
    assert list(body["fragment"]) == [None, "end", "start", "end", None, None]
    assert "fragment:starts-mid-sentence" in body["rule"].iloc[2]
    assert "fragment:ends-unfinished-no-continuation" in body["rule"].iloc[1]


def test_a_fragment_can_be_both():
    blocks = clean_article(compose("标题", P1, "的活动中取得了显著", P2, P3))
    assert rows(blocks, "body")["fragment"].tolist() == [None, "both", None, None]


def test_bylines_and_credits():
    lines = ["记者 熊辉", "本报记者 张三 李四", "赵童 龙搏 刘玉珮", "欧阳修文 王五",
             "本版图片均为资料图", "图片由某区委宣传部提供", "图/李明", "某区融媒体中心供图"]
    text = compose("标题", P1, P2, *lines)
    blocks = clean_article(text)
    credits = rows(blocks, "credit")
    assert list(credits["text"]) == lines
    assert list(credits["rule"]) == ["credit:byline"] * 4 + ["credit:photo"] * 4
    assert body_texts(blocks) == [P1, P2]


def test_parallel_phrase_heading_is_not_taken_for_a_line_of_names():
    blocks = clean_article(compose("标题", P1, "深情讲 生动学", "创新方式,丰富载体", P2))
    assert list(blocks["kind"]) == ["title", "body", "heading", "subheading", "body"]
    assert blocks["text"].iloc[3] == "创新方式，丰富载体"


def test_title_deck_and_numbered_heading():
    text = compose("某区党史学习教育有力有序开展", "用功学 用情讲 用心看", P1, "一、加强组织领导", P2)
    blocks = clean_article(text)
    assert list(blocks["kind"]) == ["title", "deck", "body", "heading", "body"]
    assert list(blocks["rule"])[3] == "heading:numbered"
    assert blocks["text"].iloc[1] == "用功学 用情讲 用心看"


def test_glossary_sidebar_with_terms_and_entries_ends_at_a_picture_box():
    gloss = ["名词解释", "“三个一”工作法", "即一次学习、一次宣讲、一次实践。", "“六百”活动",
             "即百听、百诗、百图等六项征集活动。"]
    caption = "某区开展青少年研学示范活动"
    text = compose("标题", P1, P2, *gloss) + "\n\n\n" + caption + "\n"
    blocks = clean_article(text)
    assert list(rows(blocks, "glossary")["text"]) == gloss
    assert list(rows(blocks, "glossary")["rule"]) == [
        "glossary:marker", "glossary:term", "glossary:entry", "glossary:term", "glossary:entry"]
    assert list(rows(blocks, "caption")["text"]) == [caption]
    assert body_texts(blocks) == [P1, P2]
    assert_nothing_lost(text, blocks)


def test_boxed_and_short_captions():
    # a picture box: wider blank gap than between paragraphs; a short line next to it
    text = ("标题\n\n\n\n5月12日,某区宣讲活动启动,2000余名青少年参加\n\n某街道开展群众性宣传活动\n\n"
            f"{P1}\n\n{P2}\n")
    blocks = clean_article(text)
    caps = rows(blocks, "caption")
    assert list(caps["rule"]) == ["caption:boxed", "caption:short-descriptive"]
    assert caps["text"].iloc[0] == "5月12日，某区宣讲活动启动，2000余名青少年参加"
    assert body_texts(blocks) == [P1, P2]


def test_a_dated_body_paragraph_is_not_a_caption():
    long_dated = ("3月11日，某区召开党史学习教育动员大会，按照中央部署和市委要求，对全区开展学习教育"
                  "进行动员部署，从进度安排、学习内容、重点工作等方面进行深入细致安排。")
    blocks = clean_article(compose("标题", long_dated, P2))
    assert body_texts(blocks) == [long_dated, P2]


def test_bad_input_raises_value_error():
    with pytest.raises(ValueError):
        clean_article("  \n\n ")
    with pytest.raises(ValueError):
        clean_article(b"bytes")  # type: ignore[arg-type]


# ---------------------------------------------------------------- random compositions


def test_random_compositions_lose_nothing_and_keep_captions_out_of_the_body():
    rng = random.Random(20210701)
    paragraphs = [P1, P2, P3, "同时，该区把党课搬进会议室，推动学习教育进企业、进农村。",
                  "学习有没有效果，还得看行动。", "其中，聚焦为民服务，组建志愿服务队伍163支。"]
    captions = ["2021年6月23日，某局举行党史知识竞赛。", "2021年9月29日，某大桥建成通车。"]
    set_aside = ["记者 张三", "本版图片均为资料图", "图片由某区委宣传部提供"]
    headings = ["用心挖掘 打造红色“新引擎”", "树标杆 做表率"]
    for _ in range(40):
        parts, expected_body = ["某区学习教育有序开展"], []
        for _ in range(rng.randint(2, 7)):
            p = rng.choice(paragraphs)
            if rng.random() < 0.3:  # split it mid-word with captions in between
                cut = p.index("该区") + 1 if "该区" in p else None
                if cut:
                    parts += [p[:cut], rng.choice(captions), p[cut:]]
                    expected_body.append(p)
                    continue
            if rng.random() < 0.2:
                parts.append(rng.choice(headings))
            parts.append(p)
            expected_body.append(p)
        parts += rng.sample(set_aside, rng.randint(0, 3))
        text = "".join(part + "\n" * rng.choice([2, 2, 2, 3]) for part in parts)
        blocks = clean_article(text)
        assert_nothing_lost(text, blocks)
        assert body_texts(blocks) == expected_body, text
        assert set(blocks["kind"]) <= set(KINDS)


# ---------------------------------------------------------------- the seeds


@pytest.mark.parametrize("text", [BEIBEI, KAIZHOU], ids=["beibei", "kaizhou"])
def test_seeds_lose_nothing_and_captions_bylines_credits_are_out_of_the_body(text):
    blocks = clean_article(text)
    assert_nothing_lost(text, blocks)
    body = " ".join(body_texts(blocks))
    for line in text.split("\n"):
        line = line.strip()
        if line.startswith(("2021年", "记者", "本版图片", "图片由", "名词解释", "即")):
            assert normalize(line) not in body
    assert "熊辉" not in body and "刘玉珮" not in body


def test_beibei_rejoins_and_fragments():
    blocks = clean_article(BEIBEI)
    body = body_texts(blocks)
    assert any("王洪已在四川绵阳图书馆、西南科技大学" in p for p in body)
    assert len(rows(blocks, "caption")) == 6
    assert list(rows(blocks, "credit")["text"]) == ["记者 熊辉", "本版图片均为资料图"]
    assert list(rows(blocks, "heading")["text"]) == [
        "用功学习 上好党史“必修课”", "用情宣讲 争做红色“传声筒”", "用心挖掘 打造红色“新引擎”",
        "用力行动 办出民生“幸福感”"]
    frags = rows(blocks, "body").dropna(subset=["fragment"])
    assert list(frags["fragment"]) == ["end"] and frags["text"].iloc[0].endswith("不同形")


def test_kaizhou_rejoins_and_fragments():
    blocks = clean_article(KAIZHOU)
    body = body_texts(blocks)
    for whole in ("全区上下纷纷结合", "事情解决得怎么样", "主题歌曲《百年颂歌》", "关爱行动5900人次。"):
        assert sum(whole in p for p in body) == 1, whole
    assert list(rows(blocks, "subheading")["text"]) == [
        "众人一心，方向明确起点高", "创新方式，丰富载体激活力", "学用结合，知行合一求务实"]
    assert list(rows(blocks, "credit")["text"]) == ["赵童 龙搏 刘玉珮", "图片由开州区委宣传部提供"]
    assert rows(blocks, "glossary")["text"].iloc[0] == "名词解释"
    assert len(rows(blocks, "glossary")) == 5
    frags = rows(blocks, "body").dropna(subset=["fragment"])
    assert [(f, t[:4] if f == "start" else t[-4:]) for f, t in zip(frags["fragment"], frags["text"])] \
        == [("end", "作出示范"), ("start", "里扎根成"), ("end", "念，自觉")]
    assert "，" in body[0] and "," not in "".join(body)  # half-width commas normalised


# ---------------------------------------------------------------- corpus, paragraphs, command


def test_clean_corpus_and_body_paragraphs():
    corpus = load_corpus(SEEDS)
    blocks = clean_corpus(corpus)
    assert list(blocks.columns[:len(COLUMNS) + 1]) == ["doc_id", *COLUMNS]
    assert {"district", "year"} <= set(blocks.columns) and "text" in blocks.columns
    assert list(blocks["doc_id"].unique()) == list(corpus["doc_id"])
    assert set(blocks.loc[blocks["doc_id"] == "kaizhou-2021", "district"]) == {"开州区"}
    paras = body_paragraphs(blocks)
    assert set(paras["kind"]) == {"body"}
    for _, g in paras.groupby("doc_id"):
        assert list(g["para"]) == list(range(len(g)))
    with pytest.raises(ValueError):
        clean_corpus(pd.DataFrame({"x": [1]}))


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "zhframe", "clean", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT)


def test_command_prints_json_lines_and_rejects_bad_input(tmp_path):
    done = _cli(str(SEEDS / "001_33add8617030deb4.txt"))
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert records[0]["doc"] == "001_33add8617030deb4.txt" and records[0]["kind"] == "title"
    assert {"doc", "kind", "text", "spans", "fragment", "rule", "block"} <= set(records[0])
    assert any(r["fragment"] == "start" for r in records) and records[0]["fragment"] is None
    start, end = records[0]["spans"][0]
    assert KAIZHOU[start:end] == "在“向史而新”中凝聚奋进力量"
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    for bad in (binary, tmp_path / "missing.txt"):
        done = _cli(str(bad))
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr.count("\n") == 1 and bad.name in done.stderr
