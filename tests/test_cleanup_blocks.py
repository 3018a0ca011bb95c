"""Tests for zhframe.cleanup.blocks: whole articles, random compositions, seeds, corpus."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from zhframe.cleanup import (COLUMNS, KINDS, body_paragraphs, clean_article, clean_corpus,
                             normalize)
from zhframe.corpus import load_corpus

from cleanup_common import (BEIBEI, KAIZHOU, P1, P2, P3, SEEDS, assert_nothing_lost, body_texts,
                            compose)

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


def test_invisible_characters_leave_words_whole_and_lose_nothing():
    zw = "今年以来，某区认真落实工作要求，推动党史\u200d学习教育\u200b有序开展。"
    text = compose("标题\u2060", zw, "\ufeff" + P2, "\u0301" + P3, "\u200b\u200b")
    blocks = clean_article(text)
    assert body_texts(blocks) == [P1.replace("学习教育", "党史学习教育"), P2, P3]
    assert list(blocks["kind"]) == ["title", "body", "body", "body"]  # the ZWSP-only line is blank
    assert_nothing_lost(text, blocks)


def test_one_line_article_of_a_megabyte_is_cleaned():
    # linear, not quadratic, in a line's length (the timing is in benchmarks/cleanup.py);
    # spaces inside quotation marks run the quote-depth path on every run of spaces
    unit = "“学习新思想 共赞100年”" + P1
    text = unit * (1_000_000 // len(unit.encode("utf-8")))
    blocks = clean_article(text)
    assert list(blocks["kind"]) == ["body"] and blocks["text"][0].count("“学习新思想 共赞100年”") \
        == text.count("“")


def test_short_unfinished_lines_after_the_last_paragraph_are_the_tail_of_furniture():
    """After the last finished paragraph, one-line groups that are short, unfinished and continue
    nowhere are a post's furniture in any wording (meta:tail-fragment); a numbered list that ends
    a report, an unfinished line before a finished paragraph and a long cut-off paragraph stay."""
    body = ["某区今年以来新建高标准农田三万亩，特色产业提质增效，农民收入稳步增长。",
            "会议要求，各镇街要盯住防止返贫动态监测这条底线，逐户落实帮扶措施。"]
    tail = ["汇编：某区融媒体中心、某日报", "精彩不断，期待您的关注", "◆ 某镇举办丰收节"]
    out = clean_article("\n\n".join(body + tail))
    kinds = dict(zip(out["text"], zip(out["kind"], out["rule"])))
    assert all(kinds[t] == ("meta", "meta:tail-fragment") for t in tail), kinds
    assert all(kinds[t][0] == "body" for t in body)
    assert_nothing_lost("\n\n".join(body + tail), out)
    places = "\n\n".join([body[0] + "入选的村有：", "1.甲村", "2.乙村", "3.丙村"])
    out = clean_article(places)
    assert [t for t, k in zip(out["text"], out["kind"]) if k == "body"][-3:] == ["1.甲村", "2.乙村", "3.丙村"]
    middle = clean_article("\n\n".join([body[0], "精彩不断，期待您的关注", body[1]]))
    assert "meta:tail-fragment" not in list(middle["rule"])
    cut = "会议还就农村人居环境整治、宅基地改革试点、集体经营性建设用地入市、农村集体产权制度改革等工作作了"
    out = clean_article("\n\n".join(body + [cut]))
    assert list(out["kind"])[-1] == "body" and list(out["text"])[-1] == cut


def test_a_date_inside_the_text_is_an_item_of_it_and_the_publication_date_is_not():
    text = ("关于召开居民代表议事会的公告\n\n2023-07-03 发布\n\n为听取居民意见建议，决定召开居民代表议事会。现将有关事项公告如下：\n\n"
            "一、会议时间\n\n2023年7月12日（星期三）下午2:30\n\n二、会议地点\n\n街道办事处三楼会议室\n\n"
            "请参会人员提前15分钟到场签到。\n\n2023年7月3日")
    blocks = clean_article(text)
    kinds = dict(zip(blocks["text"], blocks["kind"]))
    assert kinds["2023年7月12日（星期三）下午2:30"] == "body"
    assert kinds["2023年7月3日"] == "meta"  # below the text: the notice's date
    assert kinds["2023-07-03 发布"] == "meta"  # above it: the publication line


def test_a_headline_may_exclaim_and_a_bulleted_list_keeps_its_items():
    text = ("彭水：苗乡夜市火了！\n近日，重庆市公布乡村旅游重点村名单，某区以下3个村入选：\n▶ 宝顶镇慈航社区\n"
            "▶ 棠香街道和平村\n▶ 季家镇金鹅村\n这些村将获得基础设施建设方面的政策支持。")
    blocks = clean_article(text)
    assert (blocks["kind"].iloc[0], blocks["text"].iloc[0]) == ("title", "彭水：苗乡夜市火了！")
    body = list(blocks.loc[blocks["kind"] == "body", "text"])
    assert [x for x in body if x.startswith("▶")] == ["▶ 宝顶镇慈航社区", "▶ 棠香街道和平村", "▶ 季家镇金鹅村"]
    # a first line that is a sentence stays body
    first = clean_article("今年以来，某区新建5个社区食堂。火了！\n第二段。")
    assert first["kind"].iloc[0] == "body"


def test_inline_cards_attachments_and_an_editors_note_are_not_the_report():
    from zhframe.corpus.furniture import date_only

    text = ("某社区推出共享菜园\n\n编者按：本网推出系列报道，记录社区治理的新做法。今天刊发第五篇。\n\n"
            "8月21日下午，某社区共享菜园里，几位老人正在给秋白菜浇水。\n\n"
            "南充嘉陵江畔建起滨江绿廊\n\n某某新闻317评2021-06-18\n\n认领菜地的多是退休老人和有孩子的家庭。\n\n"
            "请于8月30日前填写附件1并报送。\n\n附件：1.菜园认领申请表.docx\n\n2.认领须知.pdf")
    blocks = clean_article(text)
    kinds = dict(zip(blocks["text"], zip(blocks["kind"], blocks["rule"])))
    assert kinds["南充嘉陵江畔建起滨江绿廊"] == ("meta", "meta:card-title")
    assert kinds["某某新闻317评2021-06-18"][0] == "meta"
    assert kinds["附件：1.菜园认领申请表.docx"] == kinds["2.认领须知.pdf"] == ("meta", "meta:attachment")
    assert kinds["请于8月30日前填写附件1并报送。"][0] == "body"
    assert kinds["编者按：本网推出系列报道，记录社区治理的新做法。今天刊发第五篇。"] == ("deck", "deck:editors-note")
    # a header alone on its line: the note is the next line (from pages54's misses)
    note = "即日起，本号推出“城市更新进行时”系列报道，今天推出第二篇。"
    kinds = dict(zip(*(clean_article(compose("某区老旧小区改造开工", "编者按", note, P1, P2))[c] for c in ("text", "kind"))))
    assert kinds["编者按"] == kinds[note] == "deck" and kinds[P1] == kinds[P2] == "body"
    # a summary's header alone may head the text itself (a video page's only text)
    video = clean_article(compose("某区开展防汛演练", "内容简介", P1, P2))
    assert body_texts(video) == [P1, P2]
    # the article's own title above its publication line is no card
    top = clean_article("某区召开推进会\n\n某某日报 2021-06-18\n\n6月17日，某区召开推进会，部署下一阶段工作。")
    assert top["kind"].iloc[0] == "title"
    assert date_only("2023年11月3日至11月5日") and date_only("11月3日 9:00—17:00")
    assert not date_only("某某新闻317评2021-06-18") and not date_only("2021-06-18 来源：某报")


def test_a_schedules_row_opening_with_a_date_is_a_row_of_the_text():
    text = ("一、日程安排\n\n为办好科技创新大赛，现将日程安排如下：\n\n"
            "11月3日 9:00—17:00\t参赛作品布展\t活动中心一楼展厅\n\n11月4日 9:00—12:00\t开幕式\t活动中心报告厅\n\n"
            "（二）参赛作品须为原创，不得抄袭他人成果。")
    blocks = clean_article(text)
    rows = list(blocks.loc[blocks["rule"] == "body:table-row", "text"])
    assert rows == ["11月3日 9:00—17:00 参赛作品布展 活动中心一楼展厅", "11月4日 9:00—12:00 开幕式 活动中心报告厅"]
    assert "（二）参赛作品须为原创，不得抄袭他人成果。" in list(blocks["text"])


def test_a_table_of_contents_jump_lines_and_a_speakers_line_are_furniture():
    from zhframe.corpus.furniture import meta_rule

    text = ("某区这项改革经验在全市推广\n导读\n◆ 一窗受理，群众少跑腿\n◆ 数据共享，材料大瘦身\n"
            "近日，市政府办公厅印发通知，推广某区企业开办集成改革经验。\n一窗受理，群众少跑腿\n"
            "改革后，企业开办涉及的事项实现一表申请、一窗受理、一次办结。\n数据共享，材料大瘦身\n"
            "某区打通6个部门的数据接口，申请材料由原来的23份减少到6份。")
    kinds = dict(zip(*(clean_article(text)[c] for c in ("text", "rule"))))
    assert kinds["◆ 一窗受理，群众少跑腿"] == kinds["◆ 数据共享，材料大瘦身"] == "meta:contents"
    assert kinds["导读"] == "meta:contents"
    assert kinds["一窗受理，群众少跑腿"].startswith("heading")  # the text's own heading stays
    for line in ("（下转第二版）", "（上接第1版）", "转A3版"):
        assert meta_rule(line), line
    assert meta_rule("咨询电话：023-40243015。") is None and meta_rule("联系电话：023-40243015") == "meta:fields"
    speech = clean_article("在区第十八届人民代表大会第三次会议上\n某区人民政府区长 张三\n"
                           "各位代表：现在，我代表区人民政府，向大会报告工作，请予审议。")
    assert dict(zip(speech["text"], speech["kind"]))["某区人民政府区长 张三"] == "meta"


def test_month_spans_ornaments_players_summaries_and_an_english_headline():
    from zhframe.corpus.furniture import meta_rule

    assert meta_rule("2024年1-5月璧山区经济运行情况") is None  # a span of months is no date
    from zhframe.corpus.pagemeta import first_date

    assert first_date("2024年1-5月璧山区经济运行情况") is None and first_date("2024年1月5日") == "2024-01-05"
    assert meta_rule("2024年1月5日") == "meta:dateline"
    for line in ("—— · ——", "▼ ▼ ▼", "◆◆◆", "00:00 / 02:10", "（本文配有音频，由某区融媒体中心录制播出）"):
        assert meta_rule(line), line
    assert meta_rule("5G") is None and meta_rule("GDP增长5%") is None
    text = ("某区举办中欧企业合作交流会\nChengdu Hi-tech Zone Hosts China-EU Enterprise Cooperation Meeting\n"
            "【导读】今年以来，某区聚焦先进制造业，实施精准招商，前4月新签约项目46个。\n"
            "3月12日，中欧企业合作交流会在某区举行，来自德国、法国等国家的30余家企业参加。")
    kinds = dict(zip(*(clean_article(text)[c] for c in ("text", "rule"))))
    assert kinds["Chengdu Hi-tech Zone Hosts China-EU Enterprise Cooperation Meeting"] == "deck:translated-title"
    assert kinds["【导读】今年以来，某区聚焦先进制造业，实施精准招商，前4月新签约项目46个。"] == "deck:editors-note"
    assert kinds["3月12日，中欧企业合作交流会在某区举行，来自德国、法国等国家的30余家企业参加。"] == "body:paragraph"


def test_a_systems_timestamp_between_paragraphs_is_no_item_of_the_text():
    text = ("反映某小区道路积水问题\n\n尊敬的领导：小区东门外的道路每逢下雨就严重积水，希望尽快解决。\n\n"
            "2022-05-10 17:41:19\n\n张先生：您好！收到您的留言后，我局立即组织人员到现场查看。")
    kinds = dict(zip(*(clean_article(text)[c] for c in ("text", "kind"))))
    assert kinds["2022-05-10 17:41:19"] == "meta"


def test_an_events_time_and_place_inside_the_text_are_its_items_and_a_posts_header_is_not():
    from zhframe.corpus.furniture import meta_rule

    text = ("某镇召开春耕生产推进会\n\n为做好今年春耕生产工作，镇党委决定召开春耕生产推进会。\n\n"
            "时间：2022年3月11日上午9:30\n\n地点：镇政府三楼会议室\n\n会上，各村汇报了春耕备耕进展情况。")
    kinds = dict(zip(*(clean_article(text)[c] for c in ("text", "kind"))))
    assert kinds["时间：2022年3月11日上午9:30"] == kinds["地点：镇政府三楼会议室"] == "body"
    top = clean_article("某镇召开推进会\n\n时间：2022-03-11 来源：某镇\n\n3月11日，某镇召开春耕生产推进会。")
    assert dict(zip(top["text"], top["kind"]))["时间：2022-03-11 来源：某镇"] == "meta"
    assert meta_rule("原创某镇党政办某镇2023-02-08 10:56发表于贵州") == "meta:dateline"
    # a year before a month-day stamp is the same date, not a word of its own
    assert meta_rule("原创某县人民医院某县人民医院2023年8月4日09:31发表于重庆") == "meta:dateline"
    # an account with a long name (from pages54's misses)
    assert meta_rule("原创重庆市某区住房和城乡建设委员会某区住建2023-05-18 15:48发表于重庆") == "meta:dateline"
    assert meta_rule("重庆市某区住房和城乡建设委员会某区住建2023年9月7日19:34发表于重庆") == "meta:dateline"
    assert meta_rule("9.3万617 1063分享") == "meta:page-tools"
    assert meta_rule("617") is None and meta_rule("5.6") is None


def test_a_live_blogs_stamps_and_hosts_are_furniture_and_a_cases_labels_are_headings():
    from zhframe.corpus.furniture import meta_rule

    assert meta_rule("17:20") == meta_rule("上午 9:30") == "meta:dateline"
    assert meta_rule("主持人：合川融媒") == "meta:fields"
    assert meta_rule("主持人：各位网友，早上好！这里是直播现场。") is None  # the host speaks
    assert meta_rule("17:20开始，男子组决赛。") is None
    text = ("某区发布消费者权益保护典型案例\n\n为保护消费者合法权益，某区人民法院选取三件典型案例向社会发布。\n\n"
            "【基本案情】\n\n2019年5月，李某在某健身会所办理年卡，同年10月该会所停业。\n\n"
            "【裁判结果】\n\n法院判决该会所退还李某剩余费用二千一百元。")
    kinds = dict(zip(*(clean_article(text)[c] for c in ("text", "kind"))))
    assert kinds["【基本案情】"] == kinds["【裁判结果】"] == "heading"


def test_a_numbered_section_under_the_title_is_no_deck_and_a_list_item_continues_nothing():
    text = ("城乡居民基本养老保险参保登记\n一、事项名称\n城乡居民基本养老保险参保登记\n二、实施依据\n"
            "《国务院关于建立统一的城乡居民基本养老保险制度的意见》。")
    kinds = dict(zip(*(clean_article(text)[c] for c in ("text", "kind"))))
    assert kinds["一、事项名称"] == "heading"
    assert clean_article("某区召开推进会\n深化改革　服务群众\n会议强调要抓好落实各项工作。")["kind"].tolist()[1] == "deck"
    text = ("某县举办露营节\n\n秋高气爽，正是露营的好时节，快来报名吧！\n\n活动时间：2023年9月29日—10月3日\n\n"
            "活动地点：仙女山国家森林公园草原露营区\n\n主办单位：某县文化和旅游发展委员会\n\n一、活动内容\n\n"
            "1.草原音乐会：每晚七点半开始；\n\n2.星空露营：提供帐篷、睡袋等装备租赁；\n\n3.非遗市集：特色产品现场展示。")
    blocks = clean_article(text)
    kinds = dict(zip(blocks["text"], blocks["kind"]))
    for item in ("活动时间：2023年9月29日—10月3日", "活动地点：仙女山国家森林公园草原露营区", "主办单位：某县文化和旅游发展委员会"):
        assert kinds[item] == "body", item
    assert "1.草原音乐会：每晚七点半开始；" in kinds  # not glued to 活动地点's line
    footer = clean_article("某县举办露营节\n\n秋高气爽，正是露营的好时节，快来报名吧！\n\n主办单位：某县人民政府")
    assert dict(zip(footer["text"], footer["kind"]))["主办单位：某县人民政府"] == "meta"


def test_a_signature_above_its_date_is_meta_whatever_follows_and_抄送_is_a_record_line():
    text = ("关于区政协第0156号提案的答复\n\n张明远委员：\n\n您提出的建议收悉。经认真研究，现答复如下。\n\n"
            "感谢您对我区住房城乡建设工作的关心和支持。\n\n重庆市江北区住房和城乡建设委员会\n\n2023年7月12日\n\n"
            "联系人：刘海波\n\n联系电话：023-67851234\n\n抄送：区政协提案委，区政府办公室。")
    kinds = dict(zip(*(clean_article(text)[c] for c in ("text", "kind"))))
    assert kinds["重庆市江北区住房和城乡建设委员会"] == kinds["2023年7月12日"] == "meta"
    assert kinds["抄送：区政协提案委，区政府办公室。"] == kinds["联系人：刘海波"] == "meta"
    # a heading above a dated item inside the text, with paragraphs after it, is no signature
    inside = ("某镇召开推进会\n\n会议通知如下。\n\n一、会议时间\n\n2023年7月12日\n\n二、会议要求\n\n请各村准时参会，不得缺席。")
    kinds = dict(zip(*(clean_article(inside)[c] for c in ("text", "kind"))))
    assert kinds["一、会议时间"] == "heading" and kinds["2023年7月12日"] == "body"


def test_a_slogan_below_the_last_paragraph_heads_nothing():
    """Written from pages49's misses: a slogan (phrases of one length) set alone after the last
    paragraph is the post's closing ornament; the same slogan between paragraphs stays a heading."""
    text = compose("某市气排球联赛本周六开赛", P1, P2, "全民健身 你我同行", "编辑：王一帆", gap="\n")
    kinds = dict(zip(*(clean_article(text)[c] for c in ("text", "kind"))))
    assert kinds["全民健身 你我同行"] == "meta" and body_texts(clean_article(text)) == [P1, P2]
    inside = compose("某市气排球联赛本周六开赛", P1, "全民健身 你我同行", P2, gap="\n")
    assert dict(zip(*(clean_article(inside)[c] for c in ("text", "kind"))))["全民健身 你我同行"] == "heading"
    # pages138 p03 (a development page): phrases within one character of each other too
    text = compose("青春返家乡活动启动", P1, P2, "来源：团区委学校部 编辑：熊志勇", "西陵青年 青春正当时", gap="\n")
    kinds = dict(zip(*(clean_article(text)[c] for c in ("text", "kind"))))
    assert kinds["西陵青年 青春正当时"] == "meta" and body_texts(clean_article(text)) == [P1, P2]


def test_a_long_headline_under_a_related_header_is_the_lists_item():
    """pages138 p10 (a development page): a notice's full title (42 characters) in a 往期回顾 list
    is another article's headline, like the shorter ones under it."""
    items = ["宜昌市生态环境局夷陵区分局关于2024年6月18日受理建设项目环境影响评价文件的公示", "兴山：一片茶叶富了一方百姓"]
    blocks = clean_article(compose("本周食谱", P1, P2, "往期回顾", *items, gap="\n"))
    kinds = dict(zip(blocks["text"], blocks["rule"]))
    assert [kinds[x] for x in items] == ["meta:related-item"] * 2, blocks[["text", "rule"]].to_string()


def test_a_notices_contact_lines_above_its_signature_are_the_text_and_below_it_are_not():
    """Contact lines (联系人：…, 联系电话：…) right above a notice's signature are its text, as
    GB/T 9704 sets them; under the signature (the test above) they are a record line."""
    text = ("关于某项目规划设计方案的批前公示\n\n现将某项目规划设计方案予以公示，公示期间如有意见，请书面反馈。\n\n"
            "联系人：张先生\n\n联系电话：023-41412345\n\n重庆市某区规划和自然资源局\n\n2024年5月20日")
    blocks = clean_article(text)
    kinds = dict(zip(blocks["text"], blocks["kind"]))
    assert kinds["联系人：张先生"] == kinds["联系电话：023-41412345"] == "body"
    assert kinds["重庆市某区规划和自然资源局"] == kinds["2024年5月20日"] == "meta"
    assert_nothing_lost(text, blocks)


def test_contact_lines_under_the_text_are_its_items_whatever_stands_before_the_signature():
    """Written from pages84/94/99/100/102's misses: contact lines right under a notice's last
    paragraph are its text also when 特此公告。 or 附件 lines stand between them and the signature;
    under a box's field (报名入口：…) at the page's end they are not, and 通讯地址 is no 讯 lead."""
    from zhframe.corpus.leads import split_lead

    text = ("关于某诊所执业登记的公告\n\n经审核，下列医疗机构符合执业登记条件，现予以公告。\n\n"
            "如对上述事项有异议，可向区卫生健康委书面反映。\n\n联系电话：023-68830000\n\n"
            "通讯地址：璧山区璧城街道双星大道88号\n\n特此公告。\n\n附件：机构名单.xls\n\n"
            "重庆市某区卫生健康委员会\n\n2022年8月15日")
    blocks = clean_article(text)
    kinds = dict(zip(blocks["text"], blocks["kind"]))
    assert kinds["联系电话：023-68830000"] == kinds["通讯地址：璧山区璧城街道双星大道88号"] == "body"
    assert kinds["重庆市某区卫生健康委员会"] == "meta"
    assert_nothing_lost(text, blocks)
    assert split_lead("通讯地址：璧山区璧城街道双星大道88号") is None
    box = compose("中考志愿怎么填", P1, P2, "志愿填报入口：市教育考试院官网", "咨询电话：023-67868000", gap="\n")
    assert "咨询电话：023-67868000" not in body_texts(clean_article(box))


def test_a_notices_labelled_time_inside_its_text_is_an_item_and_a_publication_time_is_not():
    """Written from pages108's miss: 停水时间：… between a notice's paragraphs is what it announces,
    an item of the text; a 发布时间：… line there stays the page's record."""
    def notice(line):
        return ("关于小区二次供水设施清洗消毒暂停供水的通知\n\n尊敬的各位业主、住户：\n\n"
                "为保障小区饮用水卫生安全，物业服务中心将对二次供水设施进行清洗消毒，届时暂停供水。\n\n"
                f"{line}\n\n请各位业主提前做好储水准备，停水期间请关闭家中水龙头。\n\n因停水给您带来的不便，敬请谅解！")
    kinds = dict(zip(*(clean_article(notice("停水时间：2024年8月16日（星期五）9:00—17:00"))[c] for c in ("text", "kind"))))
    assert kinds["停水时间：2024年8月16日（星期五）9:00—17:00"] == "body"
    kinds = dict(zip(*(clean_article(notice("发布时间：2024年8月13日 09:00"))[c] for c in ("text", "kind"))))
    assert kinds["发布时间：2024年8月13日 09:00"] == "meta"


def test_contact_lines_under_a_subheading_or_another_contact_line_are_the_texts():
    """Written from pages108's miss: under 五、咨询电话 and an office's line (a subheading), the
    contact lines are the notice's items, down to its signature."""
    text = ("关于做好2025年度城乡居民医保缴费工作的通知\n\n2025年度城乡居民医保集中缴费期为2024年9月1日至12月31日。\n\n"
            "五、咨询电话\n\n区医疗保障局待遇保障科\n\n联系电话：023-62988712\n\n咨询电话：023-62800366\n\n"
            "重庆市南岸区医疗保障局\n\n2024年9月2日")
    blocks = clean_article(text)
    kinds = dict(zip(blocks["text"], blocks["kind"]))
    assert kinds["联系电话：023-62988712"] == kinds["咨询电话：023-62800366"] == "body"
    assert_nothing_lost(text, blocks)


def test_below_a_signature_and_its_date_nothing_is_the_text():
    """Written from pages99/pages100's misses: a form's notice (写信须知：…) or a card's line below
    a reply's signature and date is not the text; the same line above the signature is."""
    reply = ("关于某公路路面破损的回复\n\n您好！您反映的问题已收悉，县交通局高度重视，立即安排人员现场核查。\n\n"
             "感谢您对交通工作的关心和支持！\n\n城口县交通局\n\n2023年5月11日\n\n"
             "写信须知：1.请如实填写个人信息；2.来信内容须真实、客观；3.涉及诉讼事项请通过法定途径解决。我要写信")
    blocks = clean_article(reply)
    kinds = dict(zip(blocks["text"], blocks["kind"]))
    assert kinds["城口县交通局"] == "meta" and all(not t.startswith("写信须知") for t in body_texts(blocks))
    assert_nothing_lost(reply, blocks)
    unsigned = reply.replace("城口县交通局\n\n2023年5月11日\n\n", "")
    assert any(t.startswith("写信须知") for t in body_texts(clean_article(unsigned)))


def test_an_unmarked_list_under_a_heading_is_body_entry_by_entry_and_a_profile_line_is_not():
    from zhframe.corpus.furniture import meta_rule
    from zhframe.corpus.leads import split_lead

    text = ("某区表彰名单出炉\n五四青年节到来之际，共青团某区委决定，授予一批团组织称号。\n🏅五四红旗团委（团支部）\n"
            "西南大学附属中学团委\n区人民医院团委\n天生街道团工委\n🌟优秀共青团员\n陈思雨\u3000重庆市兼善中学学生\n"
            "刘博文\u3000区交巡警支队民警\n希望受到表彰的团组织和团员珍惜荣誉、再接再厉。")
    blocks = clean_article(text)
    body = blocks.loc[blocks["kind"] == "body", "text"].tolist()
    assert "区人民医院团委" in body and "天生街道团工委" in body  # whole entries, not glued together
    assert "陈思雨 重庆市兼善中学学生" in body  # name and post stay apart
    two = clean_article("某区召开推进会\n会议强调要抓好落实。\n区人民医院团委\n天生街道团工委\n区消防救援支队团支部\n会议还部署了下一步工作。")
    assert "区人民医院团委" not in two.loc[two["rule"].str.startswith("body:list-entry"), "text"].tolist()
    assert meta_rule("【作者简介】林一鸣，某日报全媒体评论理论部编辑。") == "meta:profile"
    assert meta_rule("作者简介了他的成长经历，令人动容。") is None
    assert split_lead("本报通讯员 杨雪梅 吴志强") is None and split_lead("本报讯（记者 张三）6月28日，某县召开会议。") == 10
    assert split_lead("黄水微讯 2024-06-19 07:39") is None  # an account's name and its post time


def test_a_gallerys_counters_and_captions_a_player_bar_and_a_comma_subtitle():
    from zhframe.corpus.furniture import meta_rule

    text = ("某区研学游升温\n\n5月19日，300余名小学生走进大足石刻景区，开展研学活动。\n"
            "在宝顶山摩崖造像前，讲解员为孩子们讲述石刻背后的历史故事。\n\n\n1/8\n\n\n学生在宝顶山摩崖造像前听讲解。\n\n\n"
            "2/8\n\n\n讲解员讲述石刻背后的故事。\n据了解，今年以来全区已接待研学团队近200批次。")
    kinds = dict(zip(*(clean_article(text)[c] for c in ("text", "kind"))))
    assert kinds["1/8"] == "meta" and kinds["学生在宝顶山摩崖造像前听讲解。"] == "caption"
    assert kinds["据了解，今年以来全区已接待研学团队近200批次。"] == "body"
    assert meta_rule("音频播报00:00/05:50本音频由AI合成") == "meta:player"
    assert meta_rule("每晚19:30/21:00播出两场。") is None
    for line in ("💡 小贴士", "【知识链接】什么是“七日无理由退货”？", "【温馨提示】请广大市民注意防范电信诈骗。"):
        assert meta_rule(line) == "meta:aside", line
    assert meta_rule("💡 小贴士说明了很多。") is None
    deck = clean_article("某县首条示范线建成通车\n全长42公里，串起沿线7个乡镇30余个村\n11月4日，某县首条示范线正式建成通车。")
    assert deck["kind"].tolist()[1] == "deck"
    lead = clean_article("某县首条示范线建成通车\n11月4日，某县首条示范线\n正式建成通车，沿线群众出行更方便。")
    assert "deck" not in lead["kind"].tolist()


def test_notes_under_the_text_two_signing_bodies_and_items_around_a_photo():
    from zhframe.corpus.furniture import meta_rule

    text = ("一封家书里的初心\n\n1927年春，涪陵城里的一所学堂悄悄成立了读书会。\n\n信中写道：“吾辈当以救国为己任。”\n\n"
            "注：\n\n[1] 书信原文为繁体竖排，本文引用时已改为简体横排并加注标点。\n\n[2] 文中部分人物生平据地方史整理。")
    kinds = dict(zip(*(clean_article(text)[c] for c in ("text", "kind"))))
    assert kinds["注："] == kinds["[1] 书信原文为繁体竖排，本文引用时已改为简体横排并加注标点。"] == "meta"
    twice = text.replace("注：", "注释：").replace("[1]", "①").replace("[2]", "②") + "\n\n参考文献：\n\n[1] 某某.某地乡村建设史[M].1989."
    kinds = dict(zip(*(clean_article(twice)[c] for c in ("text", "kind"))))
    assert kinds["注释："] == kinds["① 书信原文为繁体竖排，本文引用时已改为简体横排并加注标点。"] == "meta"  # notes in two parts
    listed = clean_article("某区公布名单\n\n经评审，确定以下项目：\n\n[1] 某某项目\n\n[2] 某某工程\n\n请各单位抓好落实，确保按期完成。")
    assert "meta:footnote" not in listed["rule"].tolist()  # marks inside the text, more text after
    signed = ("某村财务收支情况公开\n\n现将本村第四季度财务收支情况公开如下，请村民监督。\n\n某某村村民委员会\n\n"
              "某某村村务监督委员会\n\n2024年1月6日")
    kinds = dict(zip(*(clean_article(signed)[c] for c in ("text", "kind"))))
    assert kinds["某某村村民委员会"] == kinds["某某村村务监督委员会"] == "meta"
    meeting = ("某村召开村民代表会议\n\n6月18日晚，某村召开村民代表会议，47名村民代表参加。\n\n会议时间：6月18日19:00\n\n"
               "▲会议现场\n\n会议地点：村文化礼堂二楼\n\n会议按照“四议两公开”程序，对三个事项进行了审议表决。")
    kinds = dict(zip(*(clean_article(meeting)[c] for c in ("text", "kind"))))
    assert kinds["会议时间：6月18日19:00"] == kinds["会议地点：村文化礼堂二楼"] == "body"
    for line in ("知识链接｜什么是“跑分”？", "【史料链接】", "史料卡片", "☎ 监督电话"):
        assert meta_rule(line) == "meta:aside", line
    assert meta_rule("监督电话：023-44123416") != "meta:aside"


def test_a_galleries_numbered_captions_an_events_closing_items_and_a_numbered_section():
    from zhframe.corpus.boxheads import topic_box_header
    from zhframe.corpus.furniture import meta_rule
    from zhframe.corpus.leads import split_lead

    text = ("某区非遗周开幕\n\n6月10日，某区非遗周在文化广场开幕，20余个非遗项目集中亮相。\n\n"
            "图1 静观花木盆景技艺传承人现场演示造型修剪\n\n2/5 一幅以丰收为题材的版画正在上色\n\n"
            "活动将持续至6月16日，市民可免费参观。\n\n下期课堂安排如下。\n\n时间：7月9日（星期六）15:00\n\n"
            "地点：某社区新时代文明实践站\n\n参加人员：辖区中小学生家长（限30人）\n\n报名电话：023-79221234")
    kinds = dict(zip(*(clean_article(text)[c] for c in ("text", "kind"))))
    assert kinds["图1静观花木盆景技艺传承人现场演示造型修剪"] == kinds["2/5一幅以丰收为题材的版画正在上色"] == "caption"
    for item in ("时间：7月9日（星期六）15:00", "参加人员：辖区中小学生家长（限30人）", "报名电话：023-79221234"):
        assert kinds[item] == "body", item
    assert meta_rule("四、举报电话") is None and meta_rule("举报电话：023-12345678") is not None
    assert meta_rule("关键词：数字化改革 基层治理 数字社区") == "meta:fields"
    assert meta_rule("【统战知识】新的社会阶层人士主要包括：民营企业和外资企业管理技术人员、中介组织和社会组织从业人员。") \
        == "meta:aside"
    assert topic_box_header("💡家庭教育小贴士") and topic_box_header("警方提示") and not topic_box_header("普及法律知识")
    assert topic_box_header("专家提示") and topic_box_header("查档指南") and not topic_box_header("专家提示农户及时播种")
    assert topic_box_header("典型案例") and meta_rule("典型案例") is None  # a 通报's own cases unless boxed
    # from pages53's misses: a speaker's profile, a 小课堂 box, a video card's duration, a
    # lecture's and an exhibition's items
    assert meta_rule("主讲人简介") == meta_rule("【主讲人简介】韩某，法学博士，教授。") == "meta:profile"
    assert topic_box_header("执行小课堂") and meta_rule("时长 03:36") == "meta:player"
    assert meta_rule("本节目时长约30分钟。") is None
    # from pages52's misses: a video page's blurb and transcript label, a contact box's header
    assert meta_rule("【文字稿】") == meta_rule("视频文字稿") == "meta:player" and meta_rule("文字稿已整理完毕。") is None
    assert topic_box_header("投资咨询") and meta_rule("投资咨询") is None
    assert meta_rule("温馨提示：出现呕吐、腹泻症状请及时就诊。") == "meta:aside"  # a tip on one line (pages53)
    assert meta_rule("温馨提示的内容已经更新。") is None
    # from pages55-57's misses: boxes of a comment prompt, a guide, a reply slip, results, a
    # reporter's notes, another week's news
    assert meta_rule("互动话题") == "meta:comments" and meta_rule("一周要闻") == "meta:related"
    for head in ("垃圾分类指南", "家长回执", "今日赛果"):
        assert topic_box_header(head) and meta_rule(head) is None, head
    assert topic_box_header("记者手记")
    assert not topic_box_header("记者手记中写道，乡村正在变化。")
    # a date alone is never the head of a join: the box header under a signature's date stays apart
    slip = clean_article(compose("防溺水安全告家长书", P1, P2, "某镇人民政府", "2023年6月1日", "家长回执"))
    assert "2023年6月1日" in slip["text"].tolist()
    # from pages61-63's misses: a notice's items above its signature are no issuing bodies; a
    # forecast table's rows are no weather widget; boxes of short reports or of a policy's Q&A
    notice = ("某村红白理事会关于移风易俗有关事项的公示\n\n为倡导文明新风，现将有关事项公示如下。\n\n"
              "公示时间：2024年2月26日至3月4日\n\n时间：2024年3月5日上午9时\n\n地点：村便民服务中心二楼会议室\n\n"
              "参加人员：各村民小组组长、村民代表\n\n某村红白理事会\n\n2024年2月26日")
    kinds = dict(zip(*(clean_article(notice)[c] for c in ("text", "kind"))))
    assert kinds["地点：村便民服务中心二楼会议室"] == kinds["公示时间：2024年2月26日至3月4日"] == "body"
    assert kinds["某村红白理事会"] == "meta"
    forecast = clean_article(compose("某区气象台天气周报", P1, "8日\t阴天间多云\t21～30℃", "9日\t小雨转阴\t20～27℃", P2))
    assert "8日 阴天间多云 21～30℃" in body_texts(forecast) and meta_rule("多云 21～30℃") == "meta:weather"
    assert meta_rule("短讯") == "meta:related" and topic_box_header("政策问答")
    # from pages74's and pages76's misses: a list's dated headlines, a bare 短评 label under the
    # report, a paper's own 热线 box
    assert meta_rule("·区应急管理局开展危化品企业冬季安全“夜查”行动2023-12-06") == "meta:teaser"
    assert meta_rule("·2023年12月6日，区应急管理局开展夜查行动。") is None
    assert topic_box_header("本报民生热线")
    commented = clean_article(compose("某市秋收秋种有序推进", P1, P2, "短评", "秋收看似是农时里的寻常事，却关系着千家万户的饭碗。"))
    assert body_texts(commented) == [P1, P2]
    video = clean_article(compose("某县果农冬管忙", "内容简介：某县果农抢抓农时开展冬季管护。", P1, P2))
    assert video["kind"].tolist()[1] == "deck" and body_texts(video) == [P1, P2]
    lecture = ("某学院举办专题讲座\n\n10月16日，某学院举办“人工智能与乡村治理”专题讲座。\n\n讲座时间：10月16日14:30\n\n"
               "讲座地点：明德楼第一报告厅\n\n展览时间：2023年9月22日至10月8日\n\n讲座吸引了200余名师生参加。")
    kinds = dict(zip(*(clean_article(lecture)[c] for c in ("text", "kind"))))
    assert kinds["讲座时间：10月16日14:30"] == kinds["展览时间：2023年9月22日至10月8日"] == "body"
    assert meta_rule("警方提示") is None  # a section of a police report's own text unless it heads a box
    assert split_lead("快讯｜某某长江二桥今晚起实施夜间交通管制") is None
    announced = ("某区警方通报一起诈骗案\n\n7月20日，某区公安分局发布警情通报：\n\n"
                 "2024年7月18日，市民王女士接到一个自称某购物平台客服的电话，被骗2万余元\n\n发现被骗后，王女士立即报警。")
    kinds = dict(zip(*(clean_article(announced)[c] for c in ("text", "kind"))))
    assert kinds["2024年7月18日，市民王女士接到一个自称某购物平台客服的电话，被骗2万余元"] != "caption"


def test_a_letters_salutation_and_a_follow_up_label_an_edition_selector_and_a_village_profile():
    from zhframe.corpus.furniture import meta_rule

    text = ("一封来信背后的路灯工程\n\n本报记者 曾静\n\n编辑同志：\n\n我是建设路社区的居民，小区后街的路灯坏了一个多月。\n\n"
            "记者回访：\n\n接到来信后，记者联系了县城市管理局，维修人员当天就到了现场。")
    kinds = dict(zip(*(clean_article(text)[c] for c in ("text", "kind"))))
    assert kinds["本报记者 曾静"] == "meta" and kinds["编辑同志："] != "meta" and kinds["记者回访："] != "meta"
    assert meta_rule("第01版：要闻第02版：综合新闻第03版：专题第04版：副刊上一版下一版 PDF版") == "meta:edition"
    assert meta_rule("本报第2版刊发的文章引起了读者的关注。") is None
    assert meta_rule("村情简介") == "meta:profile" and meta_rule("项目概况") is None
    assert meta_rule("专家介绍") == "meta:profile" and meta_rule("专家介绍了新技术的应用前景。") is None


def test_verse_stays_text_a_sections_date_item_and_a_numbered_instruction():
    from zhframe.corpus.furniture import meta_rule

    poem = ("写给江边的灯（组诗）\n\n万州 何小溪\n\n江边的灯\n\n天黑下来的时候\n\n江边的灯一盏一盏亮了\n\n像是谁把星星\n\n"
            "一颗一颗放回了人间\n\n夜归的渡船\n\n作者简介：何小溪，重庆万州人，中学语文教师。")
    blocks = clean_article(poem)
    body = blocks.loc[blocks["kind"] == "body", "text"].tolist()
    assert "天黑下来的时候" in body and "一颗一颗放回了人间" in body  # line by line, not glued, no captions
    text = ("某街道公益课堂开始报名\n\n双凤桥街道联合辖区社会组织开展公益课堂，丰富孩子们的暑假生活。\n\n一、活动时间\n\n"
            "2023年7月17日至8月18日（每周一、三、五下午2:30—4:30）\n\n二、报名方式\n\n1.扫描文末二维码填写报名信息；\n\n"
            "2.电话报名：023-67800000。")
    kinds = dict(zip(*(clean_article(text)[c] for c in ("text", "kind"))))
    assert kinds["一、活动时间"] == "heading" and kinds["1.扫描文末二维码填写报名信息；"] == "body"
    assert meta_rule("扫描二维码关注我们") == "meta:prompt" and meta_rule("1.扫描文末二维码填写报名信息；") is None
    assert meta_rule("A01版：要闻A02版：综合A03版：区县A06版：平湖·副刊A08版：专版上一版下一版") == "meta:edition"
    cases = ("某区通报生态环境违法典型案例\n\n为强化执法震慑，现将典型案例通报如下。\n\n一、某建材公司未按规定采取扬尘防治措施案\n\n"
             "2022年4月12日，执法人员对该公司进行现场检查，发现其堆场未进行覆盖\n\n该公司行为违反了有关规定，我局依法作出处罚。")
    kinds = dict(zip(*(clean_article(cases)[c] for c in ("text", "kind"))))
    assert kinds["2022年4月12日，执法人员对该公司进行现场检查，发现其堆场未进行覆盖"] == "body"


def test_every_module_a_block_row_runs_is_in_the_cache_key():
    """The disk cache keys block rows by the code of CLEANUP_MODULES: every zhframe module whose
    code runs while a text is cleaned must be among them, or an edit there would serve stale rows."""
    import sys
    import time

    from zhframe.cleanup.blocks import CLEANUP_MODULES, _block_rows

    tag = str(time.time_ns())  # new lines: no memo answers for them
    text = (f"某区召开会议{tag}\n\n会议强调要抓好落实{tag}。\n\n💡 小贴士{tag}\n\n【知识链接】什么是{tag}？\n\n"
            f"记者 张三\n\n1/8\n\n图{tag}\n\n2023年7月12日")
    ran = set()
    sys.setprofile(lambda frame, event, arg: ran.add(frame.f_globals.get("__name__")) if event == "call" else None)
    try:
        _block_rows(text)
    finally:
        sys.setprofile(None)
    ran = {m for m in ran if m and m.startswith("zhframe")}
    assert "zhframe.corpus.boxheads" in ran and ran <= set(CLEANUP_MODULES), ran - set(CLEANUP_MODULES)


def test_a_commentary_printed_under_the_report_is_another_article():
    """Written from pages48's misses: an e-paper prints a 短评 under the report it comments on;
    from its column's label on, the lines are another article's. A text that opens with such a
    line is the commentary itself."""
    comment = ["短评：改革就要让群众有感", "窗口少了，效率高了，这是群众最直接的感受。"]
    kinds = dict(zip(*(clean_article(compose("某区改革让群众少跑腿", P1, P2, *comment))[c] for c in ("text", "kind"))))
    assert kinds[P2] == "body" and kinds["短评：改革就要让群众有感"] == kinds[comment[1]] == "meta"
    alone = clean_article(compose(comment[0], P1, P2))
    assert body_texts(alone) == [P1, P2]


def test_a_column_of_briefs_printed_under_the_report_is_other_articles():
    """Written from pages104's misses: an e-paper prints ■本版简讯 under the report; from the
    column's label on, the lines are other articles'. A page of briefs opens with the label."""
    briefs = ["■本版简讯", "县图书馆新增24小时自助借阅点", "近日，县图书馆在桂溪街道新设一处24小时自助借阅点，市民刷身份证即可借还。"]
    blocks = clean_article(compose("我县农村公路建设成效明显", P1, P2, *briefs))
    assert body_texts(blocks) == [P1, P2] and "meta:next-article" in set(blocks["rule"])
    page = clean_article(compose("本版简讯", P1, P2))
    assert body_texts(page) == [P1, P2]


def test_a_signed_brief_under_a_bylined_report_is_another_article():
    """Written from pages74's misses: under a report with its byline above it, a short headline
    and a paragraph or two closing with the writer's name in brackets are a 短讯 of their own;
    a report signed only at its end keeps its last section, and a picture's credit signs nothing."""
    brief = ["公交站台雨棚漏雨 公交公司已更换",
             "近日，有市民反映人民广场公交站台雨棚漏雨，本报转交公交公司后，公交公司已于次日更换雨棚。（牟丽娟）"]
    blocks = clean_article(compose("小区路灯坏了半个月", "本报记者 陈思远", P1, P2, *brief, gap="\n"))
    assert body_texts(blocks) == [P1, P2]
    assert "meta:next-article" in set(blocks["rule"])
    unsigned = clean_article(compose("小区路灯坏了半个月", P1, P2, *brief, gap="\n"))
    assert brief[1] in body_texts(unsigned)
    credited = [brief[0], "社港镇干部在屋场会上听取群众意见。（通讯员供图）"]
    pictured = clean_article(compose("小区路灯坏了半个月", "本报记者 陈思远", P1, P2, *credited, gap="\n"))
    assert "meta:next-article" not in set(pictured["rule"])


def test_references_under_the_text_above_a_disclaimer_are_notes():
    """Written from pages87's misses: a post's 参考资料 list with its [1] entries, followed by a
    labelled disclaimer (声明：…), is neither the text nor does the disclaimer hide the notes."""
    tail = ["参考资料：", "[1] 国家卫生健康委.《中暑的预防和急救》健康提示.", "[2] 教育部.中小学生防溺水安全教育指南.",
            "声明：本文仅作健康科普，不作为诊疗依据，如有不适请及时就医。"]
    blocks = clean_article(compose("夏季防溺水防中暑指南", P1, P2, *tail, gap="\n"))
    assert body_texts(blocks) == [P1, P2]
    assert set(blocks[blocks["text"].isin(tail[:3])]["rule"]) == {"meta:footnote"}


def test_a_tables_note_and_the_notes_that_end_a_text_are_set_apart():
    """pages122 p01/p04 (development pages): 注：/数据来源： under a table's last row is the table's
    note; 附注： with numbered notes under it ends the text; a numbered list ending the text under no
    notes' header, and a 注： line inside the text with more text after it, stay the text's."""
    rows = ["指标\t单位\t绝对数\t比上年增长", "粮食\t万吨\t8.74\t1.2%", "柑橘\t万吨\t61.5\t5.8%"]
    text = "\n\n".join(["某县2023年统计公报", P1, *rows, "注：本表绝对数按现价计算，增长速度按可比口径计算。", P2,
                        "附注：", "1.本公报中部分数据为初步统计数。", "2.部分数据因四舍五入存在差异。"])
    blocks = clean_article(text)
    rule = dict(zip(blocks["text"], blocks["rule"]))
    assert rule["注：本表绝对数按现价计算，增长速度按可比口径计算。"] == "meta:table-note"
    assert {rule["附注："], rule["1.本公报中部分数据为初步统计数。"]} == {"meta:footnote"}
    assert rule[P2].startswith("body:")
    listed = clean_article("\n\n".join(["某县开展安全检查", P1, "1.严禁私拉乱接电线。", "2.严禁占用消防通道。"]))
    assert not listed["rule"].str.startswith("meta:footnote").any()
    inside = clean_article("\n\n".join(["某县开展安全检查", P1, "注：以下数据截至6月底。", P2]))
    assert dict(zip(inside["text"], inside["kind"]))["注：以下数据截至6月底。"] == "body"


def test_contact_lines_of_any_office_wording_under_a_notices_text_are_its_items():
    """pages111 p01, pages122 p08 (development pages): 联系科室：, 来访地址： read as 联系电话： does."""
    lines = ["某区民政局关于城乡低保新增对象的公示", "公示期间，如对公示对象有异议，可通过电话、来信或来访方式向区民政局反映。",
             "联系科室：区民政局社会救助科", "监督电话：0717-6224516", "来访地址：区民政局社会救助科（云集路18号）",
             "某区民政局", "2024年7月9日"]
    blocks = clean_article("\n\n".join(lines))
    kind = dict(zip(blocks["text"], blocks["kind"]))
    assert [kind[x] for x in lines[2:5]] == ["body"] * 3, blocks[["text", "rule"]].to_string()
    assert kind["某区民政局"] == "meta"


def test_contact_lines_with_a_qualifier_before_the_office_word_are_items_too():
    """pages134 p01, pages138 p08 (development pages): 招生咨询电话：, 受理地点： (a qualifier before
    咨询/监督, a place to hand objections in) are contact lines of the text, and so is the line
    under them; the closing 特此公告。 stays a sentence of its own."""
    for contact in (["招生咨询电话：023-41421536", "监督举报电话：023-41423087"],
                    ["受理地点：某区不动产登记中心一楼综合窗口", "联系电话：023-41427865"]):
        lines = ["某区关于不动产首次登记的公告", P1, *contact, "特此公告。", "某区规划和自然资源局", "2024年9月5日"]
        blocks = clean_article("\n\n".join(lines))
        kind = dict(zip(blocks["text"], blocks["kind"]))
        assert [kind.get(x) for x in contact] == ["body", "body"], blocks[["text", "rule"]].to_string()
        assert kind.get("特此公告。") == "body"


def test_a_field_line_between_furniture_above_the_text_is_furniture():
    """pages138 p05 (a development page): a press conference's card above the text (发布会时间：,
    地点：, 发布人：): 地点： is a field like the lines around it; inside the text it is an item."""
    card = ["发布会时间：2024年4月10日上午10:00", "地点：县政务服务中心三楼新闻发布厅", "发布人：副县长周海燕；县市场监管局负责人"]
    blocks = clean_article(compose("某县召开优化营商环境新闻发布会", *card, P1, P2, gap="\n"))
    assert dict(zip(blocks["text"], blocks["kind"]))[card[1]] == "meta", blocks[["text", "rule"]].to_string()
    assert body_texts(blocks) == [P1, P2]
    blocks = clean_article(compose("某县召开优化营商环境新闻发布会", P1, *card[1:], P2, gap="\n"))
    assert card[1] in body_texts(blocks)
