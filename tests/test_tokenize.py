"""Tests of zhframe.tokenize: dictionary, filters, backends, pickling, cache, scoring, command."""

from __future__ import annotations

import pickle
import random
import re
from pathlib import Path

import pytest

from zhframe.run.cli import main as cli_main
from zhframe.corpus import load_corpus
from zhframe.infra.errors import InputError
from tokens_common import split_inside
from zhframe.tokenize.backends import _base_jieba
from zhframe.tokenize import (
    FREQ_MARGIN, USER_DICT, Tokenizer, find_shared, is_number, is_punctuation,
    read_bakeoff, read_user_dictionary, rjieba_may_differ, segmentation_scores, suggest_frequency,
)

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "seed_gold.txt"
ICWB2 = find_shared() / "benchmarks" / "icwb2"


@pytest.fixture(scope="module")
def base():
    return _base_jieba()


@pytest.fixture(scope="module")
def seeds():
    return list(load_corpus(ROOT / "seeds")["text"])


@pytest.fixture(scope="module")
def bakeoff():
    if not ICWB2.is_dir():
        pytest.skip(f"{ICWB2} not present")
    return {name: read_bakeoff(ICWB2 / f"{name}_test.utf8", ICWB2 / f"{name}_test_gold.utf8")
            for name in ("pku", "msr")}


def gold_lines():
    return [l.split() for l in GOLD.read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")]


# --------------------------------------------------------------------------- scoring

def test_segmentation_scores_by_hand():
    gold = [["党史", "学习"], ["我", "区"]]
    system = [["党史学习"], ["我", "区"]]
    s = segmentation_scores(gold, system)
    assert (s["correct"], s["gold_words"], s["system_words"]) == (2, 4, 3)
    assert s["precision"] == pytest.approx(2 / 3) and s["recall"] == pytest.approx(0.5)
    assert s["f1"] == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    # spans run across lines: a word moved to the next line's start changes nothing
    assert segmentation_scores([["a", "“"], ["b"]], [["a"], ["“", "b"]])["f1"] == 1.0
    with pytest.raises(ValueError, match="differ"):
        segmentation_scores([["党史"]], [["党员"]])


# --------------------------------------------------------------------------- dictionary

def test_user_dictionary_frequencies_follow_the_documented_rule(base):
    entries = read_user_dictionary(USER_DICT)
    assert len(entries) >= 150 and len({w for w, _, _ in entries}) == len(entries)
    for word, freq, tag in entries:
        assert freq == suggest_frequency(word, base), word
        assert tag in {"nz", "nt", "ns", "nr", "n", "r"}, word
        # the rule's guarantee: the word beats the best split of its own characters
        p = 1.0
        for piece in base.lcut(word, HMM=False):
            p *= base.FREQ.get(piece, 1) / base.total
        assert freq / base.total > p or len(base.lcut(word, HMM=False)) == 1




CONTEXTS = ["在{}开展", "{}的", "和{}", "我区{}", "推进{}", "{}，", "全区{}", "{}建设", "学习{}",
            "{}中心", "市{}", "由{}", "对{}进行", "{}等", "{}以来", "深入{}", "{}了", "为{}"]


@pytest.mark.parametrize("backend", ["jieba", "rjieba"])
def test_every_dictionary_term_comes_out_whole_in_context(backend, seeds):
    tok = Tokenizer.keep_all(backend=backend, cache=False)
    words = [w for w, _, _ in read_user_dictionary(USER_DICT)]
    cut_seeds = [tok.cut(t) for t in seeds]
    for word in words:
        for text, tokens in zip(seeds, cut_seeds):
            stripped = [t for t in tokens]
            flat = "".join(stripped)
            for m in re.finditer(re.escape(word), flat):
                assert not split_inside(stripped, m.start(), m.end()), (word, flat[m.start() - 5:m.end() + 5])
        for c in CONTEXTS:
            s = c.format(word)
            assert not split_inside(tok.cut(s), s.index(word), s.index(word) + len(word)), (word, s)


def test_extra_dictionary_without_frequency_gets_one_that_keeps_the_word_whole(tmp_path):
    path = tmp_path / "mine.txt"
    path.write_text("# my terms\n滨江新区发展大会 nz\n缙云山保护 \n", encoding="utf-8")
    assert read_user_dictionary(path) == [("滨江新区发展大会", None, "nz"), ("缙云山保护", None, None)]
    tok = Tokenizer.keep_all(extra_dicts=[path], cache=False)
    assert "滨江新区发展大会" in tok.cut("今天召开滨江新区发展大会。")
    assert "滨江新区发展大会" not in Tokenizer.keep_all(cache=False).cut("今天召开滨江新区发展大会。")
    assert all(f >= FREQ_MARGIN for _, f, _ in tok.words())


def test_malformed_dictionary_line_names_file_and_line(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("党史 5 n extra\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.txt: line 1"):
        read_user_dictionary(path)


# --------------------------------------------------------------------------- filters

def test_project_tokenizer_keeps_campaign_terms_and_drops_noise():
    tok = Tokenizer(cache=False)
    assert tok("党史学习教育在北碚大地上持续升温，覆盖7万余名干部群众。") == [
        "党史学习教育", "北碚", "地上", "持续", "升温", "覆盖", "干部群众"]
    assert "我区" in tok("我区认真贯彻落实") and "该区" in tok("该区坚持人民至上")


def test_filters_each_do_one_thing():
    text = "2021年，我区开展党史学习教育600余场次。"
    everything = Tokenizer.keep_all(cache=False)(text)
    assert "".join(everything) == text
    assert "，" in everything and "。" in everything
    no_punct = Tokenizer.keep_all(punctuation=False, cache=False)(text)
    assert no_punct == [t for t in everything if t not in "，。"]
    no_num = Tokenizer.keep_all(numbers=False, cache=False)(text)
    assert "2021" not in no_num and "600" not in no_num and "年" in no_num
    no_single = Tokenizer.keep_all(single_chars=False, cache=False)(text)
    assert all(len(t) > 1 for t in no_single) and "党史学习教育" in no_single
    stop = Tokenizer.keep_all(stopwords=True, extra_stopwords=["开展"], cache=False)(text)
    assert "开展" not in stop and "余" not in stop and "我区" in stop


def test_token_classes():
    assert is_punctuation("，") and is_punctuation("……") and is_punctuation("“") and not is_punctuation("党")
    assert all(is_number(t) for t in ["1720", "3.5", "2.87", "100%", "２０２１", "二十六", "万余名", "十个"])
    assert not any(is_number(t) for t in ["百年", "第一", "3月", "党", "七个一", "一批", "三会一课"])


def test_pos_filter_and_tags():
    tok = Tokenizer(pos=("ns", "nr"), cache=False)
    assert tok("王洪在西南大学和北碚区作报告") == ["王洪", "北碚区"]
    tags = dict(Tokenizer(cache=False).pos_tag("党史学习教育在北碚区开展"))
    assert tags["党史学习教育"] == "nz" and tags["北碚区"] == "ns" and tags["开展"] == "v"
    with pytest.raises(ValueError, match="pos"):
        Tokenizer(pos="n", cache=False)("党史")
    with pytest.raises(ValueError, match="backend"):
        Tokenizer(backend="pkuseg", cache=False)("党史")
    with pytest.raises(ValueError, match="expects str"):
        Tokenizer(cache=False)(None)


# --------------------------------------------------------------------------- backends

def test_rjieba_may_differ_flags_every_line_where_rjieba_differs_on_random_strings():
    import rjieba

    base_j, base_r = _base_jieba(), rjieba.Jieba()
    rng = random.Random(0)
    alphabet = list("ab1 2.+#&_%-中国人民党史学习 　，。\n\tX9Ａ１．@/:'()")
    differ = 0
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))
        if base_j.lcut(s) != base_r.cut(s):
            differ += 1
            assert rjieba_may_differ(s), s
    assert differ > 50  # the check was exercised
    assert not rjieba_may_differ("3.5万名党员，2.87万元") and rjieba_may_differ("www.people.com.cn")


def test_auto_backend_sends_only_the_differing_blocks_to_jieba_and_matches_it_on_random_strings():
    ref = Tokenizer.keep_all(backend="jieba", cache=False)
    auto = Tokenizer.keep_all(backend="auto", cache=False)
    rng = random.Random(1)
    # joined ASCII runs, CJK incl. an extension-A and a compatibility character, separators
    alphabet = list("ab1 2.+#&_%-中国人民党史学习教育 　，。“”\n\tX9Ａ１．@/:'()") + ["\u3400", "\uf900", "1+1"]
    mixed = 0
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16)))
        assert auto.cut(s) == ref.cut(s), s
        mixed += rjieba_may_differ(s)
    assert mixed > 1000  # the mixed path was exercised
    text = "研究制定“1+1+1+4”工作方案，细化任务清单"
    assert auto.cut(text) == ref.cut(text) and "1+1+1+4" not in auto.cut(text)


@pytest.mark.parametrize("joiners,differs", [("+#&%", False), (".", True), ("_", True), ("-", True)])
def test_only_dot_underscore_hyphen_joins_are_cut_differently(joiners, differs):
    """The routing rule's premise, on random strings: jieba-rs cuts ASCII runs joined by
    + # & % exactly as jieba does (so they need no jieba), and . _ - differently."""
    import rjieba

    base_j, base_r = _base_jieba(), rjieba.Jieba()
    rng = random.Random(2)
    alphabet = list("ab1 2XY9z中国人民党史学习，。 ") + list(joiners) * 3
    differ = 0
    for _ in range(8000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        for hmm in (True, False):
            if base_j.lcut(s, HMM=hmm) != base_r.cut(s, hmm):
                differ += 1
                assert rjieba_may_differ(s), s
    assert (differ > 100) if differs else differ == 0


def test_auto_backend_loads_no_jieba_dictionary_for_plus_joined_runs():
    tok = Tokenizer.keep_all(backend="auto", cache=False)
    tok.cut("研究制定“1+1+1+4”工作方案，C#与C++，R&D投入增长3.5%")
    assert tok._jieba is None  # jieba's dictionary (0.6 s to load) was not needed
    # . _ - joins are cut as jieba would, with jieba-rs, when no dictionary word spans them
    ref = Tokenizer.keep_all(backend="jieba", cache=False)
    for text in ("详见www.people.com.cn", "同比增长2..2", "2021-06-01召开", "新冠COVID-19疫情"):
        assert tok.cut(text) == ref.cut(text), text
    assert tok._jieba is None
    # a dictionary word across the join (T恤): jieba itself cuts that block
    assert tok.cut("买了a-T恤") == ref.cut("买了a-T恤") and tok._jieba is not None


def test_auto_backend_matches_jieba_on_random_strings_with_words_across_joins():
    rng = random.Random(5)
    alphabet = list("ab1 2.+#&_%-中国人民党史学习教育增长同比年，。“\n") + [
        "www.", "T恤", "B超", "3.5%", "2021-06-01", "1..5", "AA制", "卡拉OK", "同比增长", "北碚区", "-19"]
    # Strings of a few repeated characters are built to hit exact ties between two routes
    # (学学+学 = 学+学学); once user words change the dictionary's total, jieba and jieba-rs
    # may break such a float tie differently. Real text has none (the seeds/bakeoff test
    # below is exact); here at most 0.5% may differ, and never without the user words.
    for user_dict in (False, True):
        ref = Tokenizer.keep_all(backend="jieba", cache=False, user_dict=user_dict)
        auto = Tokenizer.keep_all(backend="auto", cache=False, user_dict=user_dict)
        strings = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16))) for _ in range(6000)]
        differ = [s for s in strings if auto.cut(s) != ref.cut(s)]
        assert len(differ) <= (30 if user_dict else 0), differ[:5]


def test_auto_backend_gives_jiebas_tokens_on_seeds_and_bakeoff_with_the_project_dictionary(seeds, bakeoff):
    ref = Tokenizer.keep_all(backend="jieba", cache=False)
    auto = Tokenizer.keep_all(backend="auto", cache=False)
    lines = [l for t in seeds for l in t.split("\n")]
    for test, _ in bakeoff.values():
        lines += test
    assert [auto.cut(l) for l in lines] == [ref.cut(l) for l in lines]


def test_bakeoff_wrapper_loses_nothing_and_dictionary_costs_under_one_point(base, bakeoff):
    tok_no_dict = Tokenizer.keep_all(user_dict=False, cache=False)
    tok = Tokenizer.keep_all(cache=False)
    for name, (test, gold) in bakeoff.items():
        plain = segmentation_scores(gold, [base.lcut(l) for l in test])["f1"]
        no_dict = segmentation_scores(gold, [tok_no_dict.cut(l) for l in test])["f1"]
        default = segmentation_scores(gold, [tok.cut(l) for l in test])["f1"]
        assert no_dict == plain, name
        assert default >= plain - 0.01, name
        assert 0.78 < plain < 0.85, name  # jieba's published bakeoff F1 is about 0.82


def test_project_tokenizer_clearly_beats_plain_jieba_on_the_hand_checked_seed_gold(base, seeds):
    gold = gold_lines()
    assert len(gold) >= 40
    flat_seeds = "".join("".join(t.split()) for t in seeds)
    texts = ["".join(g) for g in gold]
    assert all(t in flat_seeds for t in texts)  # every gold sentence is seed text
    plain = segmentation_scores(gold, [base.lcut(t) for t in texts])
    tok = Tokenizer.keep_all(cache=False)
    project = segmentation_scores(gold, [tok.cut(t) for t in texts])
    assert project["f1"] >= plain["f1"] + 0.03, (plain, project)


def test_tokenizers_with_different_dictionaries_stay_independent_in_one_process(tmp_path):
    extra = tmp_path / "mine.txt"
    extra.write_text("滨江新区发展大会 nz\n", encoding="utf-8")
    text = "党史学习教育在滨江新区发展大会上"
    configs = [{}, {"user_dict": False}, {"extra_dicts": [extra]}]
    for order in (configs, configs[::-1]):  # whichever claims jieba-rs' default instance first
        toks = [Tokenizer.keep_all(cache=False, **c) for c in order]
        got = {str(c): t.cut(text) for c, t in zip(order, toks)}
        assert "党史学习教育" in got["{}"] and "滨江新区发展大会" not in got["{}"]
        assert got[str(configs[1])] == _base_jieba().lcut(text)
        assert "党史学习教育" in got[str(configs[2])] and "滨江新区发展大会" in got[str(configs[2])]


def test_own_segmenter_leaves_jiebas_global_one_alone():
    import jieba

    Tokenizer(cache=False, backend="jieba")("党史学习教育")
    assert jieba.lcut("党史学习教育") == ["党史", "学习", "教育"]


# --------------------------------------------------------------------------- pickling, sklearn

def test_picklable_and_deterministic_under_joblib():
    from joblib import Parallel, delayed

    tok = Tokenizer(cache=False)
    texts = ["党史学习教育在北碚大地上持续升温。", "开州区开展“我为群众办实事”实践活动。"] * 3
    clone = pickle.loads(pickle.dumps(tok))
    assert clone == tok and clone(texts[0]) == tok(texts[0])
    got = Parallel(n_jobs=2)(delayed(tok)(t) for t in texts)
    assert got == [tok(t) for t in texts]
    assert Tokenizer(cache=False)(texts[1]) == tok(texts[1])


def test_usable_as_sklearn_tokenizer():
    from sklearn.feature_extraction.text import TfidfVectorizer

    tok = Tokenizer(cache=False)
    vec = TfidfVectorizer(tokenizer=tok, token_pattern=None, lowercase=False)
    X = vec.fit_transform(["党史学习教育在北碚持续升温", "开州区开展党史学习教育"])
    assert X.shape[0] == 2 and "党史学习教育" in vec.get_feature_names_out()
    pickle.loads(pickle.dumps(vec))


# --------------------------------------------------------------------------- cache

def test_fingerprint_covers_the_tokenizers_own_code(tmp_path, monkeypatch):
    from zhframe.tokenize import tokenizer as tokenize

    copies = []
    for src in tokenize.SOURCES:
        dst = tmp_path / src.name
        dst.write_bytes(src.read_bytes())
        copies.append(dst)
    assert tokenize.code_version(copies) == tokenize.code_version()
    monkeypatch.setattr(tokenize, "SOURCES", tuple(copies))
    before = Tokenizer(cache=False).fingerprint
    copies[0].write_bytes(copies[0].read_bytes() + b"\n# an edit\n")
    after = Tokenizer(cache=False).fingerprint
    assert before != after
    assert Tokenizer(cache=False).fingerprint == after  # deterministic


def test_keep_all_skips_the_filter_loop(monkeypatch):
    tok = Tokenizer.keep_all(cache=False)
    assert not tok.filters and Tokenizer(cache=False).filters
    assert Tokenizer.keep_all(single_chars=False).filters and Tokenizer.keep_all(pos=("n",)).filters
    monkeypatch.setattr(Tokenizer, "keep", lambda self, t: pytest.fail("filter loop ran"))
    assert tok("党史 学习，2021年") == ["党史", "学习", "，", "2021", "年"]


def test_pos_backends_rjieba_by_default_posseg_one_parameter_away():
    text = "党史学习教育在北碚区开展"
    fast = Tokenizer(cache=False)
    ref = Tokenizer(cache=False, pos_backend="posseg")
    assert fast.pos_backend == "rjieba"
    assert dict(fast.pos_tag(text))["北碚区"] == dict(ref.pos_tag(text))["北碚区"] == "ns"
    assert ref.pos_tag(text) == Tokenizer(cache=False, pos_backend="jieba").pos_tag(text)
    assert ref.fingerprint != fast.fingerprint
    with pytest.raises(ValueError, match="pos_backend"):
        Tokenizer(pos_backend="hanlp", cache=False).pos_tag(text)


def test_tokenize_many_uses_the_disk_cache_keyed_by_text_and_config(tmp_path, monkeypatch):
    texts = ["党史学习教育在北碚大地上持续升温。", "我区认真贯彻落实。", "党史学习教育在北碚大地上持续升温。"]
    tok = Tokenizer(cache_dir=tmp_path)
    first = tok.tokenize_many(texts)
    assert first == [tok(t) for t in texts] and (tmp_path / "tokens.sqlite").is_file()
    # a new instance with the same configuration reads the cache: no segmenting at all
    again = Tokenizer(cache_dir=tmp_path)
    monkeypatch.setattr(Tokenizer, "_raw", lambda self, text: pytest.fail("not cached"))
    assert again.tokenize_many(texts) == first
    monkeypatch.undo()
    # another configuration is another key
    other = Tokenizer(cache_dir=tmp_path, stopwords=False).tokenize_many(texts)
    assert other != first
    # deleting the cache only costs time
    (tmp_path / "tokens.sqlite").unlink()
    assert Tokenizer(cache_dir=tmp_path).tokenize_many(texts) == first
    # a token holding the raw store's separator (U+001F) is recomputed, never mangled
    odd = ["党史\x1f学习", "学习"]
    assert Tokenizer.keep_all(cache_dir=tmp_path).tokenize_many(odd) == \
        Tokenizer.keep_all(cache_dir=tmp_path).tokenize_many(odd) == [tok.keep_all(cache=False).cut(t) for t in odd]
    tags = tok.pos_tag_many(texts[:1])
    assert tags == [tok.pos_tag(texts[0])] and Tokenizer(cache_dir=tmp_path).pos_tag_many(texts[:1]) == tags


# --------------------------------------------------------------------------- command

def test_command_writes_one_line_of_tokens_per_input_line(tmp_path, capsys):
    path = tmp_path / "in.txt"
    path.write_text("党史学习教育在北碚大地上持续升温。\n\n我区开展“我为群众办实事”。\n", encoding="utf-8")
    assert cli_main(["tokenize", str(path)]) == 0
    out = capsys.readouterr().out.split("\n")
    assert out[:3] == ["党史学习教育 北碚 地上 持续 升温", "", "我区 开展 我为群众办实事"]
    assert cli_main(["tokenize", "--keep-all", "--no-user-dict", str(path)]) == 0
    first = capsys.readouterr().out.split("\n")[0]
    assert first == " ".join(_base_jieba().lcut("党史学习教育在北碚大地上持续升温。"))
    assert cli_main(["tokenize", str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt: file not found" in capsys.readouterr().err


def test_command_reads_files_exactly_as_the_corpus_loader_does(tmp_path):
    from zhframe import corpus
    from zhframe.run.commands.tokenize import read_text

    samples = ["党史\r\n学习\r教育\n", "  \n\t", "a\x07b", "a\x85b", "ok\x0bok\x0c"]
    datas = [t.encode("utf-8") for t in samples] + [
        b"", "党史".encode("gb18030"), b"\xef\xbb\xbf\xe5\x85\x9a", "党".encode("utf-16"),
        b"a\x00b", b"%PDF-1.4 abc", b"GIF89a", b"PK\x03\x04xx"] + [
        bytes(random.Random(i).randrange(256) for _ in range(12)) for i in range(40)]
    for i, data in enumerate(datas + [None]):
        path = tmp_path / f"{i}.txt"
        if data is not None:
            path.write_bytes(data)
        try:
            expected = corpus.read_text(path)
        except InputError as exc:
            with pytest.raises(InputError) as got:
                read_text(path)
            assert str(got.value) == str(exc), data
        else:
            assert read_text(path) == expected, data


def test_command_imports_neither_pandas_nor_jiebas_dictionary_for_plain_text(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "in.txt"
    path.write_text("研究制定“1+1+1+4”工作方案。\n党史学习教育\n", encoding="utf-8")
    code = ("import sys; from zhframe.run.cli import main; "
            f"main(['tokenize', '--keep-all', '--no-user-dict', {str(path)!r}]); "
            "from zhframe.tokenize import backends as _jieba; "
            "print('pandas' in sys.modules, _jieba._master.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "PYTHONPATH": str(ROOT / "src")}).stdout
    assert out.splitlines()[-1] == "False 0", out
