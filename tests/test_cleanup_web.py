"""Tests for zhframe.corpus.furniture: page furniture rules, datelines cut from leads."""

from __future__ import annotations

import pytest

from zhframe.cleanup import clean_article
from zhframe.corpus.furniture import meta_rule
from zhframe.corpus.leads import split_end_mark, split_lead

from cleanup_common import P1, P2, P3, assert_nothing_lost, body_texts, compose, rows


@pytest.mark.parametrize("line, rule", [
    ("当前位置：首页 > 政务动态 > 基层动态", "meta:breadcrumb"),
    ("首页 / 新闻 / 本地", "meta:breadcrumb"),
    ("某某网 >> 地方 >> 某市", "meta:breadcrumb"),
    ("首页 | 街道概况 | 街道动态 | 党建工作 | 社区建设", "meta:breadcrumb"),  # a menu bar
    ("发布时间：2022-03-01 10:00 来源：某区融媒体中心", "meta:fields"),
    ("[来源：某区民政局 | 作者：王某 | 日期：2022-03-01 | 浏览次]", "meta:fields"),
    ("【责任编辑：李某】", "meta:fields"),
    ("(编辑:张某 审核:赵某)", "meta:fields"),
    ("分享到：", "meta:fields"),
    ("【打印本页】 【关闭窗口】", "meta:page-tools"),
    ("【我要纠错】【收藏】", "meta:page-tools"),
    ("上一篇：某区召开某某会议", "meta:previous-next"),
    ("上一篇 下一篇 返回目录", "meta:page-tools"),
    ("扫一扫在手机打开当前页", "meta:page-tools"),
    ("某县人民政府 版权所有 某ICP备12345678号", "meta:footer"),
    ("某公网安备 11010202000001号", "meta:footer"),
    ("网站地图 | 联系我们", "meta:footer"),
    ("未经授权禁止转载本网内容。", "meta:notice"),
    ("某某区委办公室 主办", "meta:footer"),
    ("某某日报  2022年03月01日  第A02版", "meta:dateline"),
    ("某某客户端 2022-03-01 18:12:36", "meta:dateline"),
    ("第05版：要闻", "meta:edition"),
    ("□记者 王某某", "meta:byline"),
    ("插图 冉小东", "meta:fields"),  # who drew the page's picture (pages100)
    ("题图：张某某", "meta:fields"),
    ("某某融媒 全媒体记者 张某 李某", "meta:byline"),
    ("(完)", "meta:end-mark"),
    ("【声明】凡注明来源为本网的稿件，转载请注明出处。", "meta:notice"),
    ("本文系某某客户端原创，如需转载请联系授权", "meta:notice"),
    ("声明：本文仅作健康科普，不作为诊疗依据，如有不适请及时就医。", "meta:notice"),  # a labelled disclaimer
    ("免责声明：以上内容仅供参考。", "meta:notice"),
    ("点击“在看”，让更多人看到", "meta:prompt"),
    ("长按识别二维码 关注我们", "meta:prompt"),
    ("转给身边的司机朋友吧！", "meta:prompt"),  # pages100
    ("（点击观看视频）", "meta:prompt"),  # a player's hint alone in brackets
    ("点击下方视频，看消防员教你冬季防火↓", "meta:prompt"),  # pointing at a player below (pages134)
    ("👇 长按关注 获取更多小区资讯 👇", "meta:prompt"),
    ("数据来源：宜昌市夷陵区气象台", "meta:fields"),  # a source credit under a forecast (pages132)
    ("资料来源：区统计局", "meta:fields"),
    ("02", "meta:ornament"),
    ("◎作者简介：刘志成，中学语文教师，业余从事诗歌创作。", "meta:profile"),  # pages107
    ("长安汽车000625.SZ14.40+2.58%", "meta:page-tools"),  # a stock's quote card (pages108)
    ("人民日报客户端人民日报记者 程思远2024年05月27日 08:27重庆", "meta:dateline"),  # an app's glued line (pages107)  # a section's number alone above its heading (pages107)
    ("收录于合集 #基层动态 8个", "meta:prompt"),
    ("分享、点赞、在看，一个都不能少！", "meta:prompt"),
    ("下载某某客户端，看更多本地资讯", "meta:prompt"),
    ("往期推荐", "meta:related"),
    ("【相关阅读】", "meta:related"),
    ("上一张下一张", "meta:page-tools"),  # a gallery's controls
    ("#乡村治理 #村规民约", "meta:tags"),  # a post's topic tags
    ("#两会#", "meta:tags"),
    ("▌来源：市体育局群体科", "meta:fields"),  # a field under a post's bar mark
    ("解读机构：大渡口区退役军人事务局解读人：冯志刚", "meta:fields"),  # a policy explainer's record
])
def test_furniture_lines(line, rule):
    assert meta_rule(line) == rule


@pytest.mark.parametrize("line", [
    P1, P2, P3,
    "“有事可以随时联系我们。”社区书记说，这里就是大家的家。",
    "3月5日，某区召开学习教育推进会，部署下一阶段工作。",
    "会议指出，要把学习成果转化为推动发展的实际行动，切实为群众办实事。",
    "某区学习教育走深走实",
    "树标杆 做表率",
    "记者从某区委宣传部获悉，该区已开展宣讲活动300余场。",
    "图片由某区委宣传部提供",
    "群众纷纷为党员志愿者点赞。",
    "活动现场，志愿者向群众分享了学习心得。",
    "推荐阅读书目",
    # numbered entries of a list in the text, however field-like: publication fields are never numbered
    "1.《山城旧事》 作者：王若川 索书号：I247.57/1023",
    "（2）地点：区图书馆一楼 时间：每周六上午",
    "#1 重庆",
    "记者程思远在2024年5月27日采访了种植大户王建国先生",  # a reporter's name before a date, no clock time
    "近日，省政府印发《若干措施》。一起来看图解↓↓↓",  # a lead's sentence before its pointer (pages54)
])
def test_reportage_headings_and_credits_are_not_furniture(line):
    assert meta_rule(line) is None


def test_wire_datelines_and_xun_formulas_are_cut_from_the_lead():
    for head, lead in [("某某网某市4月13日电 (记者 王某 李某)", "13日上午，某市一条老街上举办了展览。"),
                       ("新华社某地5月19日电（记者 张某）", "记者从某市获悉，线上答题平台参与人数突破百万。"),
                       ("本报讯（记者 赵某 通讯员 钱某）", "今年以来，某市推动为民办实事落地见效。"),
                       ("某某网某市7月21日电(孙某)", "记者21日获悉，某区已建成红色书屋。")]:
        assert split_lead(head + lead) == len(head)
    assert split_lead("某区：学习教育走深走实") is None
    assert split_lead("据某报讯，该区已开展") is None   # nothing substantial follows, or not at the start
    assert split_end_mark("活动将持续至年底。(完)") == len("活动将持续至年底。")
    assert split_end_mark("(完)") is None


def test_web_article_kinds_and_nothing_lost():
    text = "\n".join([
        "当前位置：首页 > 新闻中心",
        "|学习教育|某区：为民办实事见实效",
        "——某区学习教育综述之一",
        "发布时间：2022-04-02 来源：某区融媒体中心 作者：王某",
        "某某网某市4月1日电（记者 王某）" + P1,
        P2,
        "党员带头解难题",
        P3,
        "志愿者为居民讲解政策。 王某 摄",
        "社区书屋里的读者。（图片来源：某区融媒体中心）",
        "责任编辑：李某",
        "某ICP备12345678号 版权所有",
    ]) + "\n"
    blocks = clean_article(text)
    kinds = [(k, t) for k, t in zip(blocks["kind"], blocks["text"])]
    assert kinds[0][0] == "meta" and kinds[1] == ("title", "|学习教育|某区：为民办实事见实效")
    assert kinds[2][0] == "deck" and rows(blocks, "deck")["rule"].tolist() == ["deck:kicker"]
    assert body_texts(blocks) == [P1, P2, P3]
    assert rows(blocks, "heading")["text"].tolist() == ["党员带头解难题"]
    assert rows(blocks, "caption")["rule"].tolist() == ["caption:credited"] * 2
    assert rows(blocks, "meta")["rule"].tolist() == [
        "meta:breadcrumb", "meta:fields", "meta:dateline-lead", "meta:fields", "meta:footer"]
    assert_nothing_lost(text, blocks)


def test_a_related_articles_list_is_furniture_up_to_the_next_other_line():
    # the items of a 往期推荐 list are other articles' headlines: meta, and a sentence after
    # the list (or a headline with no header above it) is not swallowed
    text = compose("某区：学习教育走深走实", P1, P2, "往期推荐", "某区召开学习教育推进会",
                   "这个村又上榜了！", "某某日报社 版权所有", gap="\n")
    blocks = clean_article(text)
    meta = list(rows(blocks, "meta")["text"])
    assert "某区召开学习教育推进会" in meta and "这个村又上榜了！" in meta and "往期推荐" in meta
    assert body_texts(blocks) == [P1, P2]
    assert list(rows(blocks, "title")["text"]) == ["某区：学习教育走深走实"]
    text = compose("某区：学习教育走深走实", "相关阅读：", "某区召开推进会", P1, P2, gap="\n")
    assert body_texts(clean_article(text)) == [P1, P2]
    assert_nothing_lost(text, clean_article(text))
