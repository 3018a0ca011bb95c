"""Dictionaries: the political-discourse dictionary, the corpus's place names, --dict files."""

import os
import re
from pathlib import Path

import pandas as pd
import pytest

from zhframe.tokenize.dictionaries import (ENV, POLITICAL_DICT, corpus_dictionaries, default_dictionaries,
                                  place_dictionary, use_dictionaries)
from zhframe.infra.errors import InputError
from zhframe.tokenize import Tokenizer, read_user_dictionary
from tokens_common import split_inside

CONTEXTS = ["在{}开展", "{}的", "和{}", "我区{}", "推进{}", "{}，", "全区{}", "{}建设", "学习{}",
            "{}以来", "深入{}", "{}了", "为{}", "坚持{}", "落实{}工作"]




@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    monkeypatch.setenv(ENV, "")      # recorded, so whatever a command sets is undone after the test
    monkeypatch.delenv(ENV)


def test_political_dictionary_is_large_and_sourced():
    words = read_user_dictionary(POLITICAL_DICT)
    assert len(words) >= 250
    head = POLITICAL_DICT.read_text(encoding="utf-8")[:2000]
    assert "Sources" in head
    names = {w for w, _, _ in words}
    assert {"学史明理", "学思践悟", "感党恩", "乡村振兴", "疫情防控", "营商环境", "垃圾分类",
            "数字经济", "共同富裕"} <= names


def test_every_political_term_comes_out_whole_in_context():
    tok = Tokenizer.keep_all(backend="jieba", cache=False)
    bad = []
    for word, _, _ in read_user_dictionary(POLITICAL_DICT):
        for c in CONTEXTS:
            s = c.format(word)
            if split_inside(tok.cut(s), s.index(word), s.index(word) + len(word)):
                bad.append((word, s, tok.cut(s)))
    assert not bad, bad[:5]


def test_plain_jieba_splits_what_the_dictionary_keeps(monkeypatch):
    text = "推进乡村振兴，做好疫情防控，优化营商环境，推行垃圾分类，发展数字经济，学史明理。"
    plain = Tokenizer.keep_all(user_dict=False, cache=False).cut(text)
    ours = Tokenizer.keep_all(cache=False).cut(text)
    for w in ("乡村振兴", "疫情防控", "营商环境", "垃圾分类", "数字经济", "学史明理"):
        assert any(w in t for t in ours) and w not in plain   # whole, or inside a longer entry


def test_place_names_from_the_manifest_keep_new_places_whole(tmp_path):
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "district": ["龙马潭区", "嘉定镇"]})
    paths = corpus_dictionaries(corpus=corpus)
    assert len(paths) == 1
    words = [w for w, _, _ in read_user_dictionary(paths[0])]
    assert {"龙马潭", "龙马潭区", "嘉定", "嘉定镇"} <= set(words)
    tok = Tokenizer.keep_all(extra_dicts=paths, cache=False)
    assert "龙马潭区" in tok.cut("龙马潭区召开会议") and "龙马潭" in tok.cut("龙马潭持续推进")
    assert place_dictionary([], tmp_path) is None


def test_corpus_dictionary_txt_and_dict_files_reach_every_tokenizer(tmp_path, monkeypatch):
    (tmp_path / "dictionary.txt").write_text("姚艾青 nr\n", encoding="utf-8")
    mine = tmp_path / "mine.txt"
    mine.write_text("缙云山保护行动\n", encoding="utf-8")
    paths = use_dictionaries(corpus_dictionaries(tmp_path, user=[mine]))
    assert os.environ[ENV].split(os.pathsep) == [str(p) for p in paths]
    assert default_dictionaries()[1:] == paths
    tok = Tokenizer.keep_all(cache=False)     # a default tokenizer of the run
    assert "姚艾青" in tok.cut("记者姚艾青报道") and "缙云山保护行动" in tok.cut("开展缙云山保护行动")
    fp = tok.fingerprint
    mine.write_text("缙云山保护 \n", encoding="utf-8")
    assert Tokenizer.keep_all(cache=False).fingerprint != fp     # the cache key follows the files


def test_missing_or_malformed_dictionary_names_the_file(tmp_path, capsys):
    with pytest.raises(InputError, match="nope.txt"):
        corpus_dictionaries(user=[tmp_path / "nope.txt"])
    bad = tmp_path / "bad.txt"
    bad.write_text("词 5 n extra\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.txt: line 1"):
        use_dictionaries([bad])


def test_dict_option_on_every_command(tmp_path, capsys):
    from zhframe.run.cli import main
    mine = tmp_path / "mine.txt"
    mine.write_text("滨江新区发展大会 nz\n", encoding="utf-8")
    art = tmp_path / "a.txt"
    art.write_text("今天召开滨江新区发展大会。\n", encoding="utf-8")
    assert main(["tokenize", "--dict", str(mine), str(art)]) == 0
    assert "滨江新区发展大会" in capsys.readouterr().out.split()
    for argv in (["clean", str(art)], ["numbers", str(art)], ["rhetoric", "numbers", str(art)],
                 ["corpus", "seeds"]):
        assert main(argv[:1] + ["--dict", str(tmp_path / "nope.txt")] + argv[1:]) == 2, argv
        assert "nope.txt" in capsys.readouterr().err


def test_seed_names_add_no_place_dictionary():
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "district": ["北碚区", "开州区"]})
    assert corpus_dictionaries(corpus=corpus) == []


def test_byline_people_join_the_manifest_dictionary():
    from zhframe.tokenize.dictionaries import byline_names
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "district": ["龙马潭区", "嘉定镇"],
                           "byline": ["记者 姚艾青", "通讯员 王小明 文/图"]})
    assert byline_names(corpus) == ["姚艾青", "王小明"]
    tok = Tokenizer.keep_all(extra_dicts=corpus_dictionaries(corpus=corpus), cache=False)
    assert "姚艾青" in tok.cut("记者姚艾青报道")
