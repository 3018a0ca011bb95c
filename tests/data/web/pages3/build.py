"""Build the third saved-page set (``pages3``): three more site designs no rule was written from.

Written after the rules that ``pages2`` led to were committed (see README.md): 12 new
reports (``articles.txt``, own sentences, labelled by hand like ``../pages``) laid out by
three new generators: a content platform's article page (feed-style title block, a date
without its year, ``itemprop`` metadata, 举报/反馈, related items with comment counts), a
Founder-style e-paper (table layout, the title in a ``font01`` cell, ``<founder-content>``,
a page map's ``<area>`` titles, 本版导读), and a newer county government portal (top bar,
``xl_info`` line, key-value metadata as a list, paragraphs in 仿宋 spans, an attachment
link, print/close and QR lines, link drop-downs). Helpers come from ``../pages/build.py``.

    python tests/data/web/pages3/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import PLACE_NAMES, REPORTERS, _time, esc, notice_text, write_set


def feed_article(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    y, m, d = art["date"].split("-")
    t = _time(rng)
    url = f"https://baijiahao.baidu.com/s?id={rng.randint(10 ** 18, 10 ** 19)}"
    head = f"<title>{esc(art['title'])}</title><meta itemprop=\"dateUpdate\" content=\"{y}-{m}-{d} {t}:00\">"
    paras = "".join(f'<p><span class="bjh-p">{esc(p)}</span></p>' for p in art["body"])
    items = "".join(f'<div class="item"><a href="/s?id={rng.randint(10 ** 9, 10 ** 10)}">{esc(x)}</a>'
                    f'<span class="src">{rng.choice(["上游新闻", "重庆日报", "华龙网"])}</span><span class="cmt">{rng.randint(1, 99)}评论</span></div>'
                    for x, _ in rng.sample(others, 4))
    body = (f'<div id="header"><div class="logo">百家号</div><div class="search"><input type="text"><span>搜索</span></div></div>'
            f'<div class="index-module_articleWrap"><div class="index-module_articleTitle"><h2>{esc(art["title"])}</h2></div>'
            f'<div class="index-module_authorTxt"><p class="index-module_authorName">{place}发布</p>'
            f'<div class="index-module_articleSource"><span class="date">发布时间：{m}-{d} {t}</span>'
            f'<span>{place}区融媒体中心官方账号</span></div></div>'
            f'<div class="index-module_textWrap">{paras}</div><div class="index-module_report">举报/反馈</div></div>'
            f'<div class="recommend"><h3>相关推荐</h3>{items}</div>')
    return head, body, url


def founder_epaper(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    y, m, d = art["date"].split("-")
    paper = f"{place}日报"
    url = f"http://szb.{art['place']}.com/html/{y}-{m}/{d}/content_{rng.randint(10 ** 4, 10 ** 5)}.htm"
    head = f"<title>{paper}数字报</title>"
    areas = "".join(f'<area shape="rect" coords="0,0,10,10" href="content_{rng.randint(10 ** 4, 10 ** 5)}.htm" title="{esc(x)}">'
                    for x, _ in rng.sample(others, 4))
    byline = "" if art["body"][0].startswith("本报讯") else f"<P>本报记者 {rng.choice(REPORTERS)}</P>"
    paras = "".join(f"<P>\u3000\u3000{esc(p)}</P>" for p in art["body"])
    guide = "".join(f'<tr><td><a href="content_{rng.randint(10 ** 4, 10 ** 5)}.htm">{esc(x)}</a></td></tr>' for x, _ in rng.sample(others, 5))
    body = (f"<!--enpproperty <date>{y}-{m}-{d}</date><title>{esc(art['title'])}</title>/enpproperty-->"
            f'<table class="top" width="1000"><tr><td>{paper}</td><td>{y}年{m}月{d}日 星期{rng.choice("一二三四五六日")}</td>'
            f'<td><a>上一期</a> <a>下一期</a> <a>往期回顾</a></td></tr></table>'
            f'<table width="1000"><tr><td width="360"><map name="pagepicmap">{areas}</map><img src="page.jpg" usemap="#pagepicmap"></td>'
            f'<td><table><tr><td class="font02"></td></tr><tr><td class="font01">{esc(art["title"])}</td></tr>'
            f'<tr><td class="font02"></td></tr></table>'
            f'<div id="ozoom"><founder-content>{byline}{paras}</founder-content></div>'
            f'<table class="dd"><tr><td><b>本版导读</b></td></tr>{guide}</table></td></tr></table>'
            f'<div class="foot">{paper}社版权所有 地址：{place}区报业大厦</div>')
    return head, body, url


def county_gov_new(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    y, m, d = art["date"].split("-")
    org = f"{place}县人民政府"
    url = f"http://www.cq{art['place']}.gov.cn/zwgk_{rng.randint(100, 999)}/gzdt/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 7, 10 ** 8)}.html"
    head = (f"<title>{esc(art['title'])}_{org}</title>"
            + (f'<meta name="PubDate" content="{y}-{m}-{d}">' if rng.random() < 0.5 else ""))
    info = ""
    if "table" in art["flags"]:
        info = (f'<div class="xxgk_info"><ul><li><span>索引号：</span>11500{rng.randint(10 ** 6, 10 ** 7)}/{y}-{rng.randint(100, 999)}</li>'
                f'<li><span>发文机关：</span>{org}办公室</li><li><span>成文日期：</span>{y}-{m}-{int(d) - 1:02d}</li>'
                f'<li><span>发文字号：</span>{place}府办发〔{y}〕{rng.randint(10, 99)}号</li></ul></div>')
    paras = "".join(f'<p style="text-indent:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">{esc(p)}</span></p>'
                    for p in art["body"])
    opts = "".join(f"<option>{x}</option>" for x in ["国务院", "国家发展改革委", "教育部", "财政部"])
    body = (f'<div class="top"><div class="top-bar">欢迎访问{org}网站 <a>无障碍</a> <a>长者模式</a></div></div>'
            f'<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a></div>'
            f'<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>工作动态</a></div>'
            f'<div class="xl_con">{info}<h1 class="xl_tit">{esc(art["title"])}</h1>'
            f'<div class="xl_info"><span>发布日期：{y}-{m}-{d}</span><span>来源：{place}县{rng.choice(["水利局", "农业农村委", "政府办"])}</span>'
            f'<span>字体：【<a>大</a>】【<a>中</a>】【<a>小</a>】</span></div>'
            f'<div class="article_con" id="zoom">{paras}</div>'
            + (f'<div class="sm">{esc(notice_text(rng, org))}</div>' if "notice" in art["flags"] else "")
            + f'<div class="fj">附件：<a href="/P0{rng.randint(10 ** 5, 10 ** 6)}.docx">1.相关表格.docx</a></div>'
            f'<div class="xl_bottom">【<a>打印本页</a>】【<a>关闭窗口</a>】 <span>扫一扫在手机打开当前页</span></div></div>'
            f'<div class="link"><select><option>国家部委网站</option>{opts}</select></div>'
            f'<div class="foot"><p>主办：{org}办公室</p><p>渝ICP备{rng.randint(10 ** 7, 10 ** 8 - 1)}号 政府网站标识码：500{rng.randint(10 ** 6, 10 ** 7)}</p></div>')
    return head, body, url


TEMPLATES = {"feed_article": feed_article, "founder_epaper": founder_epaper, "county_gov_new": county_gov_new}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages3", TEMPLATES, lambda art: "fresh")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
