"""Quoted expressions: pairing, classes, slogan variants."""

from zhframe.rhetoric.quotes import find_quotes, is_numbered_formula, match_slogan, slogan_mentions


def classes(text):
    return [(q.text, q.cls) for q in find_quotes(text)]


def test_title_activity_term_and_speech():
    text = ("他讲述了《一封鸡毛信的故事》，开展“童心向党”品牌活动，争做红色“传声筒”。"
            "“王老师的讲述更接地气，让我们深受触动。”学生丁甜甜感叹。")
    assert classes(text) == [("一封鸡毛信的故事", "title"), ("童心向党", "activity"),
                             ("传声筒", "term"), ("王老师的讲述更接地气，让我们深受触动。", "speech")]


def test_slogan_variants_match_whatever_separates_the_parts():
    for written in ("学党史、悟思想、办实事、开新局", "学党史 悟思想 办实事 开新局", "学党史悟思想办实事开新局"):
        (q,) = find_quotes(f"开展“{written}”系列主题访谈")
        assert (q.cls, q.canonical) == ("slogan", "学党史、悟思想、办实事、开新局")
    assert match_slogan("学党史 悟思想") is None   # a part is not the slogan


def test_slogan_mentions_outside_quotes_and_in_titles():
    df = slogan_mentions("学党史、悟思想、办实事、开新局，日前……《不忘初心牢记使命》专题展")
    assert list(df["expression"]) == ["学党史、悟思想、办实事、开新局", "不忘初心、牢记使命"]
    assert list(df["quoted"]) == [False, True]


def test_numbered_formulas_and_structural_slogans():
    assert all(map(is_numbered_formula, ["三篇文章", "七个一", "六百", "1+1+1+4", "两个一百年"]))
    assert not any(map(is_numbered_formula, ["六二社", "五一技校", "三寻王朴"]))
    assert classes("建立“月月有任务、周周有督促、定期有通报”的工作机制") == [
        ("月月有任务、周周有督促、定期有通报", "slogan")]


def test_nested_and_half_width_quotes():
    qs = find_quotes('“我们要当好‘翻译者’，讲好故事。”馆长称。开展"我为群众办实事"实践活动')
    assert [(q.text, q.depth) for q in qs] == [("我们要当好‘翻译者’，讲好故事。", 0), ("翻译者", 1),
                                                ("我为群众办实事", 0)]
    assert [q.cls for q in qs] == ["speech", "term", "slogan"]


def test_unclosed_mark_is_ignored():
    assert classes("他说“没有结尾的引号。另一个“名词”在这里") == [("名词", "term")]
