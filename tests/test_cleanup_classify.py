"""Tests for zhframe.cleanup.classify (and lines): each kind on composed articles."""

from __future__ import annotations

from zhframe.cleanup import clean_article

from cleanup_common import P1, P2, assert_nothing_lost, body_texts, compose, rows

def test_bylines_and_credits():
    lines = ["记者 熊辉", "本报记者 张三 李四", "赵童 龙搏 刘玉珮", "欧阳修文 王五",
             "本版图片均为资料图", "图片由某区委宣传部提供", "图/李明", "某区融媒体中心供图"]
    text = compose("标题", P1, P2, *lines)
    blocks = clean_article(text)
    bylines, credits = rows(blocks, "meta"), rows(blocks, "credit")
    assert list(bylines["text"]) == lines[:4]  # bylines are publication metadata
    assert list(bylines["rule"]) == ["meta:byline"] * 4
    assert list(credits["text"]) == lines[4:]
    assert list(credits["rule"]) == ["credit:photo"] * 4
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


def test_a_line_closed_by_a_file_photo_mark_is_a_caption():
    """Written from pages47's misses: （资料图片）, （资料图）, （网络图片） close a caption as a
    credit does; a sentence naming 资料 in its text stays."""
    caps = ["王某背着背篓走在上学路上。（资料图片）", "某某大桥合龙现场（资料图）", "新建的村级文化广场（网络图片）"]
    plain = "区档案馆将对这批资料图片进行数字化处理，方便市民查阅。"
    blocks = clean_article(compose("标题", P1, *caps, P2, plain))
    assert list(rows(blocks, "caption")["rule"]) == ["caption:credited"] * 3
    assert body_texts(blocks) == [P1, P2, plain]


def test_a_reporters_picture_credit_closing_with_tu_makes_a_caption():
    """Written from pages79's misses: ``…。澎湃新闻记者陶建国图`` credits a picture as ``…摄`` does;
    图 ending an ordinary word (示意图, 地图) after no reporter's name credits nothing."""
    caps = ["小区外景。澎湃新闻记者陶建国图", "社区工作人员入户。本报通讯员 王 敏 图"]
    plain = ["规划部门公布了新的线路示意图", "这是一张老城区的手绘地图"]
    blocks = clean_article(compose("标题", P1, *caps, P2, *plain))
    credited = rows(blocks, "caption")
    assert list(credited[credited["rule"] == "caption:credited"]["text"]) == [c.replace(" ", "") for c in caps]


def test_a_speakers_deck_and_a_charts_caption():
    """Written from pages52's misses: a 副题 naming who says what under the title is its deck
    (an event's 时间：… item there is the text's), and a line opening 图表： is a chart's caption."""
    deck = "区商务委：出口增速领跑 市场版图扩容"
    blocks = clean_article(compose("前5月某区外贸进出口总值同比增长18.7%", deck, P1, "图表：1—10月全县重点产业产值及增速", P2))
    kinds = dict(zip(blocks["text"], blocks["kind"]))
    assert kinds[deck] == "deck" and kinds["图表：1—10月全县重点产业产值及增速"] == "caption"
    assert body_texts(blocks) == [P1, P2]
    notice = clean_article(compose("某区召开动员会", "会议地点：区行政中心第一会议室", P1, P2))
    assert notice["kind"].tolist()[1] != "deck"


def test_a_column_label_and_a_second_deck_under_the_title():
    """Written from pages74's misses: a column label under the title (热线回音), then a 副题 right
    under it, are both decks; with a byline between them the second line is the text's own."""
    sub = "物业更换老化线缆，居民夜间出行不再“摸黑”"
    blocks = clean_article(compose("小区路灯坏了半个月 热线反映后三天修好", "热线回音", sub, "本报记者 陈思远", P1, P2,
                                   gap="\n"))
    assert dict(zip(blocks["text"], blocks["kind"]))[sub] == "deck" and body_texts(blocks) == [P1, P2]
    apart = clean_article(compose("小区路灯坏了半个月 热线反映后三天修好", "热线回音", "本报记者 陈思远", sub, P1, P2,
                                  gap="\n"))
    assert dict(zip(apart["text"], apart["kind"]))[sub] != "deck"


def test_an_official_documents_long_title_is_the_title_and_a_long_first_sentence_is_not():
    """Written from pages102's miss: a notice's title (issuer, 关于 + matter, kind: GB/T 9704)
    may run past a headline's 50 characters; an unfinished long first line of another shape
    stays the text's."""
    title = "重庆市璧山区生态环境局关于受理璧山区某新材料有限公司年产5000吨环保涂料建设项目环境影响报告表的公示"
    text = compose(title, P1, P2, gap="\n")
    blocks = clean_article(text)
    assert dict(zip(blocks["text"], blocks["kind"]))[title] == "title"
    assert_nothing_lost(text, blocks)
    other = "璧山区某新材料有限公司年产5000吨环保涂料建设项目的环境影响报告表已经受理并将在网站上公开征求公众的意见和建议"
    assert dict(zip(*(clean_article(compose(other, P1, P2, gap="\n"))[c] for c in ("text", "kind"))))[other] != "title"


def test_a_short_line_under_a_tables_rows_is_the_texts_and_no_caption():
    """Written from pages84's miss: a table's last row is whole, so a short line under it does
    not interrupt a paragraph (where a caption would sit): the line is the text's."""
    text = compose("某区全民健身运动会赛程来了", P1, "项目\t日期\t地点", "气排球\t5月4日\t区全民健身中心",
                   "乒乓球\t5月11日\t区体育馆", "报名方式", P2, gap="\n")
    blocks = clean_article(text)
    assert dict(zip(blocks["text"], blocks["kind"]))["报名方式"] in ("body", "heading", "subheading")
    assert_nothing_lost(text, blocks)


def test_a_bracketed_label_under_the_title_heads_the_text_when_more_such_labels_follow():
    """Written from pages94's miss: 【案情简介】 under a case's title opens the text when
    【援助过程】 heads a later section."""
    text = compose("农民工讨薪遇阻 法律援助帮其追回欠薪", "【案情简介】", P1, "【援助过程】", P2, gap="\n")
    kinds = dict(zip(*(clean_article(text)[c] for c in ("text", "kind"))))
    assert kinds["【案情简介】"] == "heading" == kinds["【援助过程】"]
