"""Build the second saved-page set (``pages2``): four site designs no rule was written from.

Written after the rules of ``pages`` were final (see README.md): 14 new reports
(``articles.txt``, own sentences, labelled by hand as in ``pages``) laid out by four new
layout generators: an old table-laid government portal (TRS-style, ``<font>``, one info
cell with 时间/来源/浏览次数 and 【打印】【关闭】), a national wire portal (date split over
``<span>`` elements, ``【纠错】【责任编辑:…】``, related news, user comments), an HTML5 news
portal (``<article>``, ``<header>``, ``<time>``, ``<figure>``/``<figcaption>``, a comment
section with readers' sentences, ``<aside>``) and a mobile app's share page (title in a
``div``, a date without its year, 打开APP prompts, recommendation cards with summaries).
Helpers (captions, teasers, notices, the page shell) come from ``../pages/build.py``.

    python tests/data/web/pages2/build.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import PLACE_NAMES, REPORTERS, _time, body_html, esc, notice_text, write_set

COMMENTS = ["说得好，为家乡点赞！", "希望这样的好事越来越多，老百姓得实惠。", "什么时候我们村也能搞起来？",
            "支持！上周刚去过，确实变化很大。", "建议多报道一下后续进展，大家都很关心。"]


def _related(rng, others, n=5) -> str:
    return "".join(f'<li><a href="/n/{rng.randint(10 ** 6, 10 ** 7)}.htm">{esc(t)}</a></li>' for t, _ in rng.sample(others, n))


def trs_gov(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    y, m, d = art["date"].split("-")
    org = f"重庆市{place}区人民政府"
    url = f"http://www.{art['place']}.gov.cn/zwgk_{rng.randint(100, 999)}/bmdt/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 6, 10 ** 7)}.html"
    table = ""
    if "table" in art["flags"]:
        table = (f'<table class="xxgk_table" border="1"><tr><td>索 引 号：</td><td>00{rng.randint(10 ** 6, 10 ** 7)}/{y}-{rng.randint(100, 999)}</td>'
                 f'<td>发布机构：</td><td>{place}区农业农村委</td></tr><tr><td>生成日期：</td><td>{y}-{m}-{d}</td>'
                 f'<td>主题分类：</td><td>农业</td></tr><tr><td>名    称：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
    head = (f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_time(rng)}">'
            if rng.random() < 0.5 else "") + f"<title>{esc(org)}</title>"
    body = (f'<table width="1000" align="center"><tr><td><img src="/images/banner.jpg"></td></tr>'
            f'<tr><td class="dh"><a href="/">首页</a> | <a>政务公开</a> | <a>政务服务</a> | <a>政民互动</a> | <a>走进{place}</a></td></tr></table>'
            f'<table width="1000" align="center"><tr><td>您当前所在位置：<a>首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>部门动态</a></td></tr></table>'
            f'<table width="960" align="center"><tr><td>{table}</td></tr>'
            f'<tr><td align="center" class="biaoti"><font size="5" color="#c00"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="laiyuan">时间：{y}-{m}-{d}\u3000\u3000来源：{place}区{rng.choice(["农业农村委", "应急局", "政府办"])}'
            f'\u3000\u3000浏览次数：<span id="ll">{rng.randint(100, 5000)}</span>\u3000【<a>打印</a>】【<a>关闭</a>】</td></tr>'
            f'<tr><td class="bt_content"><div class="TRS_Editor"><div class="Custom_UnionStyle">{body_html(rng, art, rng.choice(["p", "br"]))}'
            f'</div></div></td></tr>'
            + (f'<tr><td><font color="#999">{esc(notice_text(rng, org))}</font></td></tr>' if "notice" in art["flags"] else "")
            + f'<tr><td><b>相关文章：</b><ul>{_related(rng, others, 4)}</ul></td></tr></table>'
            f'<table width="1000" align="center"><tr><td align="center">版权所有：{org}办公室\u3000地址：{place}区行政中心\u3000'
            f'电话：023-{rng.randint(10 ** 7, 10 ** 8 - 1)}<br>渝ICP备{rng.randint(10 ** 7, 10 ** 8 - 1)}号\u3000网站标识码：500{rng.randint(10 ** 6, 10 ** 7)}'
            f'\u3000渝公网安备 500{rng.randint(10 ** 10, 10 ** 11)}号</td></tr></table>')
    return head, body, url


def xinhua_like(art, rng, others):
    y, m, d = art["date"].split("-")
    url = f"http://www.news.cn/local/{y}-{m}/{d}/c_{rng.randint(10 ** 9, 10 ** 10)}.htm"
    head = f"<title>{esc(art['title'])}-新华网</title>" + (f'<meta name="pubdate" content="{y}-{m}-{d}">' if rng.random() < 0.5 else "")
    comments = ""
    if "comments" in art["flags"]:
        comments = ('<div class="comment-box"><h4>网友评论</h4>' + "".join(
            f'<div class="cmt-item"><span class="name">网友{rng.randint(100, 999)}</span><p>{esc(c)}</p></div>'
            for c in rng.sample(COMMENTS, 3)) + "</div>")
    body = (f'<div class="header"><div class="nav"><a>首页</a> <a>时政</a> <a>地方</a> <a>财经</a> <a>国际</a></div></div>'
            f'<div class="header-cont clearfix"><div class="header-time left"><span class="year"><em> {y}</em></span>'
            f'<span class="day"><em> {m}</em>/<em>{d}</em></span><span class="time"> {_time(rng)}:{rng.randint(10, 59)}</span></div>'
            f'<div class="source">来源：新华网</div><div class="head-line clearfix"><h1><span class="title">{esc(art["title"])}</span></h1>'
            f'<div class="pageShare"><span>分享到：</span><a class="wx"></a><a class="wb"></a></div></div></div>'
            f'<div class="main clearfix"><div class="main-left left"><div id="detail">{body_html(rng, art, "p")}</div>'
            f'<div id="articleEdit"><span class="tiyi1"><a>【纠错】</a></span><span class="editor">【责任编辑:{rng.choice(REPORTERS)}】</span></div>'
            f'{comments}</div><div class="main-right right"><div class="relatedNews"><h4>相关新闻</h4><ul>{_related(rng, others)}</ul></div></div></div>'
            f'<div class="foot"><p>Copyright &copy; 2000-{y} XINHUANET.com All Rights Reserved.</p><p>制作单位：新华网股份有限公司</p></div>')
    return head, body, url


def html5_portal(art, rng, others):
    y, m, d = art["date"].split("-")
    t = _time(rng)
    url = f"https://www.cqcb.com/county/{art['place']}/{y}-{m}-{d}/{rng.randint(10 ** 6, 10 ** 7)}.html"
    head = f"<title>{esc(art['title'])} - 上游新闻</title><meta property=\"og:title\" content=\"{esc(art['title'])}\">"
    if "jsonld" in art["flags"]:
        head += '<script type="application/ld+json">' + json.dumps(
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
             "datePublished": f"{y}-{m}-{d}T{t}:00+08:00"}, ensure_ascii=False) + "</script>"
    cap = f'<figure><img src="/p/{rng.randint(10 ** 5, 10 ** 6)}.jpg"><figcaption>图为活动现场。{rng.choice(REPORTERS)} 摄</figcaption></figure>'
    comments = ""
    if "comments" in art["flags"]:
        comments = ('<section id="comments"><h3>热门评论</h3>' + "".join(
            f'<div class="comment"><span class="user">上游网友{rng.randint(1000, 9999)}</span><p>{esc(c)}</p>'
            f'<span class="like">{rng.randint(1, 99)}</span></div>' for c in rng.sample(COMMENTS, 4)) + "</section>")
    body = (f'<header class="site-header"><nav><a>首页</a><a>重庆</a><a>区县</a><a>财经</a><a>视频</a></nav></header>'
            f'<main><article><header><h1>{esc(art["title"])}</h1><p class="byline"><span>文/记者 {rng.choice(REPORTERS)}</span> '
            f'<time datetime="{y}-{m}-{d}T{t}:00+08:00">{y}年{int(m)}月{int(d)}日 {t}</time> <span>来源：上游新闻</span></p></header>'
            f'{cap}<div class="article-body">{body_html(rng, art, "p")}</div><footer class="article-footer"><p>编辑：{rng.choice(REPORTERS)}</p>'
            + (f"<p>{esc(notice_text(rng, '上游新闻'))}</p>" if "notice" in art["flags"] else "")
            + f'</footer></article>{comments}<aside><h3>推荐阅读</h3><ul>{_related(rng, others)}</ul></aside></main>'
            f'<footer><p>重庆晨报上游新闻 版权所有</p><p>渝ICP备{rng.randint(10 ** 7, 10 ** 8 - 1)}号</p></footer>')
    return head, body, url


def app_share(art, rng, others):
    y, m, d = art["date"].split("-")
    url = f"https://www.cqcb.com/shareapp/content/{y}{m}{d}/{rng.randint(10 ** 5, 10 ** 6)}.html"
    head = f"<title>{esc(art['title'])}</title><meta property=\"og:url\" content=\"{url}\">"
    cards = "".join(
        f'<div class="card"><a href="/c/{rng.randint(10 ** 5, 10 ** 6)}.html"><div class="card-title">{esc(t)}</div>'
        f'<div class="card-summary">{esc(t)}。详情请进入客户端查看，更多精彩内容持续更新。</div></a></div>'
        for t, _ in rng.sample(others, 3))
    body = (f'<div class="app-header"><img class="logo" src="/logo.png"><span>上游新闻</span><a class="open-app">打开APP</a></div>'
            f'<div class="article"><div class="article-title">{esc(art["title"])}</div>'
            f'<div class="article-info"><span class="author">{PLACE_NAMES[art["place"]]}融媒体中心</span>'
            f'<span class="time">{m}-{d} {_time(rng)}</span></div>'
            f'<div class="article-content">{body_html(rng, art, rng.choice(["p", "div"]))}</div>'
            f'<div class="read-more">打开APP阅读全文</div><div class="statement">声明：本文为上游号作者发布，不代表平台观点</div></div>'
            f'<div class="recommend"><h3>推荐阅读</h3>{cards}</div>')
    return head, body, url


TEMPLATES = {"trs_gov": trs_gov, "xinhua_like": xinhua_like, "html5_portal": html5_portal, "app_share": app_share}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages2", TEMPLATES, lambda art: "fresh")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
