"""Tests for zhframe.cleanup.rejoin (and evidence): rejoins and fragments."""

from __future__ import annotations

from zhframe.cleanup import clean_article

from cleanup_common import (BEIBEI, KAIZHOU, P1, P2, P3, assert_nothing_lost, body_texts,
                            compose, rows)

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


def test_an_unfinished_line_is_not_joined_past_the_paragraph_right_under_it():
    # a long unpunctuated head (too long for a subheading) over two paragraphs; the second
    # opens with a character that makes a word with the head's last (开放区): with no heading
    # or picture between, the paragraph under the head is its own, and the join stops there
    head = "坚持开门办活动，推动科技资源向公众开放"
    a = "活动周期间，驻区6所高校的18个重点实验室将面向中小学生和市民开放。"
    b = "区科技局还联合区科协组建了科普宣讲团，深入街道社区开展讲座30场。"
    blocks = clean_article(compose("标题", P1, head, a, b, P2))
    assert body_texts(blocks) == [P1, head, a, b, P2]
    # a labelled time (时间：…日) and the paragraph after the next one: no 日本 across the break
    items = ["时间：12月21日至12月23日", "地点：镇文化广场"]
    c = "本次展销会共设展位60个，参展的有脐橙种植户和合作社。"
    blocks = clean_article(compose("标题", P1, *items, c, P2))
    assert body_texts(blocks) == [P1, *items, c, P2]


def test_a_short_tail_is_rejoined():
    a, b = "全年共办好民生实事810件，开展关爱行动", "5900人次。"
    blocks = clean_article(compose("标题", a, b, P2))
    assert body_texts(blocks) == [a + b, P2]
    assert blocks["rule"].iloc[1].endswith("rejoined:short-tail")
    # an event's item is whole on its line: the short sentence below it is not its tail
    items = ["时间：2023年10月25日上午9:00", "参加人员：镇机关党支部全体党员", "活动分为三项内容。"]
    blocks = clean_article(compose("标题", P1, *items, P2))
    assert body_texts(blocks) == [P1, *items, P2]


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


def test_beibei_rejoins_and_fragments():
    blocks = clean_article(BEIBEI)
    body = body_texts(blocks)
    assert any("王洪已在四川绵阳图书馆、西南科技大学" in p for p in body)
    assert len(rows(blocks, "caption")) == 6
    assert list(rows(blocks, "credit")["text"]) == ["本版图片均为资料图"]
    assert list(rows(blocks, "meta")["text"]) == ["记者 熊辉"]  # a byline is metadata
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
    assert list(rows(blocks, "credit")["text"]) == ["图片由开州区委宣传部提供"]
    assert list(rows(blocks, "meta")["text"]) == ["赵童 龙搏 刘玉珮"]
    assert rows(blocks, "glossary")["text"].iloc[0] == "名词解释"
    assert len(rows(blocks, "glossary")) == 5
    frags = rows(blocks, "body").dropna(subset=["fragment"])
    assert [(f, t[:4] if f == "start" else t[-4:]) for f, t in zip(frags["fragment"], frags["text"])] \
        == [("end", "作出示范"), ("start", "里扎根成"), ("end", "念，自觉")]
    assert "，" in body[0] and "," not in "".join(body)  # half-width commas normalised


def test_an_events_item_and_a_list_after_it_are_never_joined_across_an_interruption():
    """Written from pages80's misses: an event's item (参加人员：…) is whole, and a list begun
    after a line ends its paragraph, so ``2.100积分…`` is not that item's tail across a short
    heading and item 1."""
    items = ["时间：6月1日（星期六）9:00—12:00", "参加人员：辖区内已注册垃圾分类积分卡的居民"]
    rules = ["1.居民凭积分卡或小程序二维码参与兑换；", "2.100积分可兑换食用油一瓶或大米2.5公斤；",
             "3.积分不跨年清零，当年未兑换的积分可累计使用。"]
    text = compose("标题", P1, *items, "▍兑换规则", *rules, P2, gap="\n")
    blocks = clean_article(text)
    bodies = body_texts(blocks)
    assert all(line in bodies for line in items + rules)
    assert_nothing_lost(text, blocks)


def test_a_labelled_item_is_never_the_tail_of_the_one_before():
    """Written from pages61's misses: ``案例二：…`` opens an item of its own, as ``2.`` does, so it
    is not joined to ``案例一：…`` across the first case's paragraph and its picture."""
    first, second = "案例一：游戏账号交易诈骗", "案例二：冒充明星粉丝福利诈骗"
    case = "8月3日，辖区初二学生小陈在某社交平台看到有人低价出售游戏账号，添加对方好友后被骗转账。"
    text = compose("标题", P1, first, case, "▲诈骗分子与小陈的聊天记录（已做处理）", second, P2, gap="\n")
    blocks = clean_article(text)
    texts = list(blocks["text"])
    assert first in texts and second in texts
    assert_nothing_lost(text, blocks)
