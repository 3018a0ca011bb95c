"""Tests for zhframe.corpus.normalize."""

from __future__ import annotations

from zhframe.cleanup import normalize

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


# ---------------------------------------------------------------- invisible characters

import random  # noqa: E402
import unicodedata  # noqa: E402

from zhframe.cleanup import INVISIBLE, remove_invisible  # noqa: E402
from zhframe.corpus._marks import MARK_RANGES, UNICODE_VERSION  # noqa: E402
from zhframe.corpus.normalize import _QuoteDepth  # noqa: E402


def test_invisible_characters_are_removed_and_do_not_split_words():
    assert remove_invisible("党史\u200d学习") == "党史学习"             # ZWJ
    assert remove_invisible("党史\u200b学习\u2060教育") == "党史学习教育"  # ZWSP, WJ
    assert remove_invisible("文章一\ufeff文章二") == "文章一文章二"        # a BOM inside the text
    assert remove_invisible("党\u0301史") == "党史"                     # a lone combining mark
    assert remove_invisible("\u0301开头") == "开头"
    assert remove_invisible("cafe\u0301") == "cafe\u0301"              # a mark on a letter stays
    assert remove_invisible("plain text") == "plain text"
    assert normalize("党史\u200d学习\u200b教育") == "党史学习教育"
    assert normalize("“学习\u200b新思想 共赞100年”") == "“学习新思想 共赞100年”"


def test_remove_invisible_drops_exactly_the_invisible_characters():
    rng = random.Random(7)
    alphabet = list("党史学习教育，。“”") + sorted(INVISIBLE) + ["\u0301", "\u20dd", "e", " "]
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        out = remove_invisible(text)
        assert not any(c in INVISIBLE for c in out)
        kept = [c for c in text if c not in INVISIBLE]
        # only characters are removed, never added or reordered
        it = iter(kept)
        assert all(c in it for c in out)
        for i, c in enumerate(out):
            if unicodedata.category(c) in ("Mn", "Me"):
                assert i > 0 and out[i - 1] in "e\u0301\u20dd"  # a kept mark follows a letter


def test_mark_table_matches_unicodedata():
    table = set()
    for item in MARK_RANGES.split(","):
        a, _, b = item.partition("-")
        table |= set(range(int(a, 16), int(b or a, 16) + 1))
    assert all(unicodedata.category(chr(c)) in ("Mn", "Me") for c in table)
    if unicodedata.unidata_version == UNICODE_VERSION:
        marks = {c for c in range(0x300, 0x30000) if unicodedata.category(chr(c)) in ("Mn", "Me")}
        assert table == marks


def test_quote_depth_is_the_running_depth():
    rng = random.Random(3)
    for _ in range(200):
        text = "".join(rng.choice("“”《》「」『』学 ") for _ in range(rng.randint(0, 40)))
        qd = _QuoteDepth(text)
        for i in sorted(rng.sample(range(len(text) + 1), min(5, len(text) + 1))):
            depth = 0
            for ch in text[:i]:
                if ch in "“「『《":
                    depth += 1
                elif ch in "”」』》" and depth > 0:
                    depth -= 1
            assert qd.at(i) == depth


def test_the_half_width_fast_path_agrees_with_the_neighbour_loop():
    """Half-width marks with no space beside them go through one regex substitution; on random
    strings of the characters that matter it gives what the per-mark neighbour loop gives
    (a spaced mark still takes the loop, which skips the spaces)."""
    import random

    import zhframe.corpus.normalize as nz

    def loop(s):
        chars = list(s)
        for m in nz._HALF_PUNCT.finditer(s):
            i, ch = m.start(), m.group()
            prev, nxt = nz._neighbours(s, i, i + 1)
            if ch in ",:" and prev.isdigit() and nxt.isdigit():
                continue
            if nz._is_zh(prev) or nz._is_zh(nxt):
                chars[i] = nz._HALF_TO_FULL[ch]
        return "".join(chars)

    rng = random.Random(1)
    alphabet = "党史学,;!?:()12ab“”…—·，（𠀀"
    checked = 0
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        if nz._HALF_PUNCT.search(s):
            assert nz._typography(s) == loop(nz._ELLIPSIS.sub("……", s)).strip(), s
            checked += 1
    assert checked > 10000
    assert nz.normalize("党史 , 学习") == "党史，学习" and nz.normalize("1,000 人 : 9:30") == "1,000人：9:30"
