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
        (q,) = find_quotes(f"围绕“{written}”，")
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
    assert classes("以“学、讲、看、做”为抓手，在“学”上下功夫") == [("学、讲、看、做", "slogan"), ("学", "term")]


def test_nested_and_half_width_quotes():
    qs = find_quotes('“我们要当好‘翻译者’，讲好故事。”馆长称。开展"我为群众办实事"实践活动')
    assert [(q.text, q.depth) for q in qs] == [("我们要当好‘翻译者’，讲好故事。", 0), ("翻译者", 1),
                                                ("我为群众办实事", 0)]
    assert [q.cls for q in qs] == ["speech", "term", "activity"]


def test_unclosed_mark_is_ignored():
    assert classes("他说“没有结尾的引号。另一个“名词”在这里") == [("名词", "term")]


def test_a_slogan_before_an_event_noun_names_the_activity():
    """Rule 3: an event noun (directly, after 等/主题/系列, or after a short descriptor)
    makes the quotation an activity name even when its words are a slogan or formula;
    the lexicon match and the evidence say why."""
    (q,) = find_quotes("开展“学党史 悟思想 办实事 开新局”系列主题访谈")
    assert (q.cls, q.canonical) == ("activity", "学党史、悟思想、办实事、开新局")
    assert q.evidence == "activity noun 访谈 follows"
    assert classes("组织“七个一”主题实践活动") == [("七个一", "activity")]
    assert classes("承办“奔跑吧·少年”儿童青少年主题健身全国主场活动，") == [("奔跑吧·少年", "activity")]
    # not an event noun: a formula before 改革 / 工作方案 stays a formula
    assert classes("深化“放管服”改革，制定“1+1+1+4”工作方案") == [
        ("放管服", "slogan"), ("1+1+1+4", "slogan")]


def test_list_items_and_second_mentions_of_an_activity():
    text = ("举办“唱支山歌给党听”暨第五届合唱节、“学党史忆英烈 讲传统薪火”纪念大会等系列活动。"
            "参加“讲一个故事、唱一首歌曲”等“两个一”主题活动。“两个一”覆盖全区。")
    assert classes(text) == [("唱支山歌给党听", "activity"), ("学党史忆英烈 讲传统薪火", "activity"),
                             ("讲一个故事、唱一首歌曲", "slogan"), ("两个一", "activity"),
                             ("两个一", "activity")]
    assert find_quotes(text)[-1].evidence == "named an activity elsewhere in the text"


def test_system_nouns_verbs_and_traditional_characters():
    # 服务 heading 体系, or a verb with an object, is no activity noun
    assert classes("打造“一站八部”服务体系，“一站八部”打通服务群众最后一公里") == [
        ("一站八部", "term"), ("一站八部", "term")]
    assert classes("開展“我為群眾辦實事”實踐活動") == [("我為群眾辦實事", "activity")]
