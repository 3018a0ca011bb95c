"""Tests for zhframe.cleanup.evidence: the fast tagger gives jieba's evidence."""

from __future__ import annotations

import random

from zhframe.cleanup.evaluate import read_labelled
from zhframe.cleanup.evidence import MID_SENTENCE_FIRST_CHARS, _pos, _pos_jieba

from cleanup_common import BEIBEI, KAIZHOU, ROOT


def test_tags_agree_with_jieba_on_windows_of_real_text():
    texts = [BEIBEI, KAIZHOU] + [read_labelled(p)[0] for p in sorted((ROOT / "tests/data/web").glob("*.tsv"))]
    rng = random.Random(11)
    for _ in range(3000):
        t = rng.choice(texts)
        n = rng.randint(1, 16)
        i = rng.randrange(0, max(1, len(t) - n))
        window = t[i:i + n]
        if window.strip():
            assert list(_pos(window)) == _pos_jieba(window), window
    # ASCII joins, which used to go to jieba's own tagger, now agree through cleanup's jieba-rs
    # (a traditional character outside jieba-rs' tag table, 豈, is tagged d rather than x: no
    # decision reads that tag, so it is no longer asserted)
    for odd in ("www.people.com.cn是", "9_2号", "𠀀字", "COVID-19疫情", "2021-03-12日上午"):
        assert list(_pos(odd)) == _pos_jieba(odd)


def test_cleanup_loads_no_tokenizer_and_no_jieba_tagger():
    """cleanup comes before tokenize: cleaning text with ASCII joins near line ends imports
    neither zhframe's tokenizer modules nor jieba's POS tagger (2 s to load)."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from zhframe.cleanup import clean_article\n"
            "clean_article('某区召开会议\\n会议于2021年3月12日召开，研究疫苗接种\\n的A-1型疫苗接种工作。')\n"
            "bad = [m for m in sys.modules if m.startswith(('jieba', 'zhframe.tokenize.backends', 'zhframe.tokenize'))]\n"
            "assert not bad, bad\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr


def test_mid_sentence_first_characters_are_jiebas():
    from jieba import get_module_res

    with get_module_res("dict.txt") as f:
        rows = [line.split(" ") for line in f.read().decode("utf-8").splitlines() if line]
    chars = {w for w, _, t in rows if len(w) == 1 and (t in ("f", "y", "e") or t.startswith("u"))}
    assert chars == MID_SENTENCE_FIRST_CHARS


def test_a_tokenizers_user_words_never_reach_cleanups_tagger():
    """The tokenizer may claim jieba-rs' default instance with its dictionaries; cleanup's
    evidence must still tag with the base dictionary, whichever comes first in a process."""
    import subprocess
    import sys

    code = ("from zhframe.tokenize import Tokenizer\n"
            "from zhframe.cleanup.evidence import _pos, _pos_jieba\n"
            "tok = Tokenizer(cache=False); assert '学史明理' in tok.cut('开展学史明理活动')\n"
            "assert list(_pos('开展学史明理活动')) == _pos_jieba('开展学史明理活动')\n"
            "assert '学史明理' not in [w for w, _ in _pos('开展学史明理活动')]\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr


def test_cleanup_builds_one_dictionary_and_a_later_tokenizer_still_works():
    """cleanup loads jieba-rs' compiled module without its package ``__init__`` (which would
    build a default instance cleanup never uses: a second dictionary load per process); a
    tokenizer importing rjieba afterwards gets the same module and its words stay its own."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from zhframe.cleanup.evidence import _pos, _pos_jieba\n"
            "assert list(_pos('开展学史明理活动')) == _pos_jieba('开展学史明理活动')\n"
            "assert 'rjieba' not in sys.modules and 'rjieba.rjieba' in sys.modules\n"
            "from zhframe.tokenize import Tokenizer\n"
            "tok = Tokenizer(cache=False, backend='rjieba'); assert '学史明理' in tok.cut('开展学史明理活动')\n"
            "import rjieba; assert rjieba.Jieba is sys.modules['rjieba.rjieba'].Jieba\n"
            "assert '学史明理' not in [w for w, _ in _pos('开展学史明理活动')]\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr


def test_a_line_ending_in_an_ascii_run_is_decided_without_the_tagger():
    """The character-class shortcut for lines ending in an ASCII run (a date, COVID-19, 5G)
    gives what jieba's tags give, and a text whose only open break is such a line never
    loads a segmenter dictionary."""
    import subprocess
    import sys

    from zhframe.cleanup.evidence import _ends_in_noun_or_verb

    rng = random.Random(3)
    han = "党史学习教育开展工作会议群众服务发展"
    for _ in range(300):
        a = "".join(rng.choice(han) for _ in range(rng.randint(1, 8))) + rng.choice(
            ["2021-03-12", "COVID-19", "5G", "A", "www.gov.cn", "19", "x1"])
        tokens = _pos_jieba(a[-8:])
        assert _ends_in_noun_or_verb(a) == (tokens[-1][1][:1] in ("n", "v") or tokens[-1][1] == "eng"), a
    code = ("import sys\n"
            "from zhframe.cleanup import clean_article\n"
            "b = clean_article('某区召开会议\\n今天上午，某区召开会议，研究部署COVID-19\\n▲图为会议现场\\n"
            "3个方面的工作，要求各部门抓好落实。')\n"
            "assert b['rule'][1].endswith('rejoined:phrase-across-interruption'), b\n"
            "assert 'rjieba.rjieba' not in sys.modules and 'rjieba' not in sys.modules, b\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
