"""Build the saved-page development set from ``articles.txt`` (run once; the pages are committed).

Each article of ``articles.txt`` (own sentences, labelled by hand: title ``T``, body
paragraphs ``B``, publication date, flags ``F``) is laid out as a saved page of one kind of
Chinese site, in the shapes real sites use (navigation, breadcrumbs, info bars, share bars,
sidebars with other articles' teasers, comment counters, metadata tables, reprint notices,
photo captions, footers, ``<meta>`` tags, JSON-LD, ``<time>``, dates in URLs, a saving
browser's ``saved from url`` comment, a header showing the day the page was saved). The
layout choices of each page are drawn with a fixed seed per page, so rebuilding gives the
same bytes. ``references.json`` holds each page's reference body, title, date, kind and
split (see README.md).

    python tests/data/web/pages/build.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from pageset import write_set  # noqa: E402  (shared by every set)
PLACE_NAMES = {
    "jiangjin": "江津", "yubei": "渝北", "wanzhou": "万州", "binnan": "滨南", "fuling": "涪陵",
    "youyang": "酉阳", "shizhu": "石柱", "dazu": "大足", "beibei": "北碚", "nanan": "南岸",
    "qianjiang": "黔江", "kaizhou": "开州", "rongchang": "荣昌", "pengshui": "彭水",
    "chengkou": "城口", "changshou": "长寿", "tongnan": "潼南", "wulong": "武隆", "bishan": "璧山",
    "xiushan": "秀山", "dianjiang": "垫江", "jiulongpo": "九龙坡", "liangping": "梁平",
    "yunyang": "云阳", "tongliang": "铜梁", "hechuan": "合川", "yongchuan": "永川",
    "fengjie": "奉节", "jiangbei": "江北", "nanchuan": "南川", "shapingba": "沙坪坝",
    "qijiang": "綦江", "banan": "巴南", "wuxi": "巫溪"}
#: Held apart before any rule was written: two pages of every kind (README.md).
HELD_APART = {"p08", "p34", "p13", "p37", "p09", "p33", "p10", "p16", "p11", "p30", "p12", "p38",
              "p14", "p35"}
REPORTERS = ["王晓东", "李静", "陈思远", "刘婷", "张雨", "周凯", "黄敏", "杨帆", "吴倩", "郑浩"]


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _time(rng) -> str:
    return f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"


def nav(rng, items) -> str:
    rng.shuffle(items)
    lis = "".join(f'<li><a href="/{i}/">{esc(x)}</a></li>' for i, x in enumerate(items))
    return f'<div class="{rng.choice(["nav", "menu", "top-nav", "navbar"])}"><ul>{lis}</ul></div>'


def teasers(rng, others, head) -> str:
    picks = rng.sample(others, 6)
    lis = "".join(f'<li><a href="/a/{rng.randint(1000, 9999)}.html" title="{esc(t)}">{esc(t)}</a>'
                  f'<span class="date">{d[5:]}</span></li>' for t, d in picks)
    return f'<div class="{rng.choice(["side", "sidebar", "right-box", "rbox"])}"><h3>{head}</h3><ul>{lis}</ul></div>'


def share(rng) -> str:
    return rng.choice([
        '<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>',
        '<div class="bdsharebuttonbox"><span>分享到：</span><a class="bds_weixin"></a><a class="bds_tsina"></a></div>',
        '<div class="tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>'])


def caption(rng, art) -> str:
    who = rng.choice(REPORTERS)
    text = rng.choice([f"活动现场。记者 {who} 摄", f"图为{PLACE_NAMES[art['place']]}当天的现场。（{who} 摄）",
                       f"▲现场图片。{PLACE_NAMES[art['place']]}融媒体中心供图"])
    return (f'<p style="text-align:center"><img src="/img/{rng.randint(10000, 99999)}.jpg"></p>'
            f'<p style="text-align:center">{esc(text)}</p>')


def body_html(rng, art, style: str) -> str:
    paras = art["body"]
    cap_at = rng.randint(1, len(paras) - 1) if "places" not in art["flags"] and rng.random() < 0.5 else None
    out = []
    for i, p in enumerate(paras):
        if i == cap_at:
            out.append(caption(rng, art))
        if style == "br":
            out.append(("　　" + esc(p)) + "<br><br>")
        elif style == "section":
            out.append(f'<section style="margin:0 8px"><span style="font-size:15px">{esc(p)}</span></section>'
                       f'<section><br></section>')
        elif style == "div":
            out.append(f'<div class="para">{esc(p)}</div>')
        else:
            out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
    return "".join(out)


def notice_text(rng, site) -> str:
    return rng.choice([
        f"【版权声明】凡本网注明“来源：{site}”的作品，版权均属本网所有，未经书面授权，任何单位和个人不得转载、"
        "摘编或以其他方式使用；已获授权的，应在授权范围内使用并注明来源，违者本网将依法追究法律责任。",
        f"（本文为{site}原创稿件，未经授权禁止转载，侵权必究）",
        "免责声明：本网转载的其他来源作品仅为传递更多信息，不代表本网观点，如有侵权请联系删除。"])


def comments(rng) -> str:
    n = rng.randint(2, 90)
    return rng.choice([f'<div class="cmt">评论（{n}）</div>', f'<div class="cmt"><span>已有{n * 7}人参与</span> <a href="#">网友评论{n}条</a></div>'])


def metas(rng, art, title_tag, url, *, gov=False) -> str:
    d, t = art["date"], _time(rng)
    parts = [f"<title>{esc(title_tag)}</title>"]
    if gov and rng.random() < 0.8:
        parts.append(f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{d} {t}">')
    if not gov and rng.random() < 0.6:
        parts.append(f'<meta property="og:title" content="{esc(art["title"])}">'
                     f'<meta property="article:published_time" content="{d}T{t}:00+08:00">')
    if rng.random() < 0.4:
        parts.append(f'<link rel="canonical" href="{url}">')
    if "jsonld" in art["flags"]:
        parts.append('<script type="application/ld+json">' + json.dumps(
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
             "datePublished": f"{d}T{t}:00+08:00", "publisher": {"@type": "Organization", "name": "某网"}},
            ensure_ascii=False) + "</script>")
    return "".join(parts)


def footer(rng, org) -> str:
    return (f'<div class="{rng.choice(["footer", "foot", "bottom"])}"><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>'
            f"<p>主办：{org}  承办：{org}办公室</p><p>渝ICP备{rng.randint(10000000, 99999999)}号-1  "
            f"渝公网安备 50011{rng.randint(100000000, 999999999)}号  网站标识码：500{rng.randint(1000000, 9999999)}</p></div>")


def saved_today(rng) -> str:
    return f'<div class="today">今天是：2026年{rng.randint(1, 11)}月{rng.randint(1, 28)}日 星期{rng.choice("一二三四五")}</div>'


def gov_portal(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    org = f"重庆市{place}区人民政府"
    y, m, d = art["date"].split("-")
    url = f"http://www.cq{art['place']}.gov.cn/zwxx/bmdt/{y}{m}/t{y}{m}{d}_{rng.randint(1000000, 9999999)}.html"
    info = rng.choice([
        f'<div class="info">发布时间：{art["date"]} {_time(rng)}  信息来源：{place}区政府办  字号：<a>大</a> <a>中</a> <a>小</a></div>',
        f'<div class="info"><span>[来源：{place}区融媒体中心 | 作者：{rng.choice(REPORTERS)} | 日期：{y}-{m}-{d} | 浏览 {rng.randint(50, 3000)} 次]</span></div>',
        f'<div class="info">{y}年{m}月{d}日  来源：{place}区应急局  【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'])
    style = rng.choice(["p", "p", "br", "div"])
    main = (f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwxx/">政务信息</a> &gt; <a>部门动态</a></div>'
            f'<div class="article"><h1>{esc(art["title"])}</h1>{info}'
            f'<div class="{rng.choice(["TRS_Editor", "content", "view"])}">{body_html(rng, art, style)}</div>'
            + (f'<p class="notice">{esc(notice_text(rng, org))}</p>' if "notice" in art["flags"] else "")
            + share(rng) + "</div>")
    body = (saved_today(rng) if rng.random() < 0.5 else "") + f'<div class="logo">{org}</div>' \
        + nav(rng, ["首页", "政务公开", "政务服务", "互动交流", "走进" + place, "专题专栏"]) + main \
        + teasers(rng, others, "相关阅读") + footer(rng, org)
    return metas(rng, art, f"{art['title']}_{org}", url, gov=True), body, url


def gov_notice(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    org = f"重庆市{place}区人民政府"
    y, m, d = art["date"].split("-")
    url = f"http://www.cq{art['place']}.gov.cn/zwgk/zfxxgkml/tzgg/{y}{m}/t{y}{m}{d}_{rng.randint(1000000, 9999999)}.html"
    table = (f'<table class="xxgk-table"><tr><td>索引号：</td><td>11500{rng.randint(100, 999)}MB1{rng.randint(100000, 999999)}X/{y}-{rng.randint(10000, 99999)}</td>'
             f'<td>主题分类：</td><td>综合政务</td></tr><tr><td>发布机构：</td><td>{place}区人民政府办公室</td>'
             f'<td>成文日期：</td><td>{y}-{m}-{int(d) - 1 if int(d) > 1 else 1:02d}</td></tr>'
             f'<tr><td>标题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
             f'<tr><td>发文字号：</td><td>{place}府办发〔{y}〕{rng.randint(10, 200)}号</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
    sign = f'<p style="text-align:right">{place}区人民政府办公室</p><p style="text-align:right">{y}年{int(m)}月{int(d)}日</p>'
    main = (f'<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a>政府信息公开</a> &gt; <a>通知公告</a></div>'
            + (table if "table" in art["flags"] else "")
            + f'<div class="zw-title">{esc(art["title"])}</div>'
            f'<div class="zw-con">{body_html(rng, art, rng.choice(["p", "div"]))}{sign}</div>'
            + (f'<div class="sm">{esc(notice_text(rng, org))}</div>' if "notice" in art["flags"] else "")
            + '<div class="tools"><a>【打印】</a><a>【关闭】</a></div>')
    body = (saved_today(rng) if rng.random() < 0.5 else "") + nav(rng, ["首页", "政府信息公开", "政务服务", "政民互动"]) \
        + main + footer(rng, org)
    return metas(rng, art, f"{art['title']}-{org}", url, gov=True), body, url


def party_site(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    y, m, d = art["date"].split("-")
    url = f"http://cq.people.com.cn/n2/{y}/{m}{d}/c365401-{rng.randint(30000000, 39999999)}.html"
    t = _time(rng)
    ed = "、".join(rng.sample(REPORTERS, 2))
    main = (f'<div class="path"><a href="/">人民网</a>&gt;&gt;<a>重庆频道</a>&gt;&gt;<a>区县</a></div>'
            f'<div class="col-1"><h1>{esc(art["title"])}</h1>'
            f'<div class="box01"><div class="fl">{y}年{m}月{d}日{t}  来源：<a>人民网-重庆频道</a></div>'
            f'<div class="fr">分享到：<a>微信</a><a>微博</a></div></div>'
            f'<div class="rm_txt_con">{body_html(rng, art, "p")}'
            f'<div class="edit">(责编：{ed})</div></div>'
            + (comments(rng) if "comments" in art["flags"] else "")
            + (f'<div class="statement">{esc(notice_text(rng, "人民网"))}</div>' if "notice" in art["flags"] else "")
            + "</div>")
    body = nav(rng, ["首页", "时政", "区县", "经济", "社会", "图片", "视频"]) + main \
        + teasers(rng, others, "热点推荐") + teasers(rng, others, "图片新闻") \
        + f'<div class="foot"><p>人民日报社概况 | 关于人民网 | 招聘英才 | 广告服务 | 合作加盟 | 版权服务</p><p>人民网版权所有，未经书面授权禁止使用</p><p>Copyright &copy; 1997-{y} by www.people.com.cn. all rights reserved</p></div>'
    return metas(rng, art, f"{art['title']}--重庆频道--人民网", url), body, url


def epaper(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    y, m, d = art["date"].split("-")
    paper = f"{place}日报"
    url = f"http://epaper.{art['place']}.com/html/{y}-{m}/{d}/content_{rng.randint(10000, 99999)}.htm"
    ed = rng.randint(1, 4)
    pages = "".join(f'<li><a href="node_{i}.htm">第0{i}版：{x}</a></li>' for i, x in
                    enumerate(["要闻", "综合", "区县", "副刊"], start=1))
    byline = "" if art["body"][0].startswith("本报讯") else f'<div class="author">本报记者 {rng.choice(REPORTERS)}</div>'
    title = f'<div class="ttl"><h3>{esc(rng.choice(["聚焦基层", "奋进新征程", ""]))}</h3><h1>{esc(art["title"])}</h1></div>'
    content = f'<div id="ozoom" class="content">{byline}{body_html(rng, art, rng.choice(["p", "br"]))}</div>'
    if "title_after" in art["flags"]:  # the headline box comes after the text in the DOM (positioned by CSS)
        article = f'<div class="article" style="position:relative">{content}<div style="position:absolute;top:0">{title}</div></div>'
    else:
        article = f'<div class="article">{title}{content}</div>'
    titles = "".join(f'<li><a href="content_{rng.randint(10000, 99999)}.htm">{esc(t)}</a></li>' for t, _ in rng.sample(others, 5))
    body = (f'<div class="head">{paper}  {y}年{m}月{d}日 星期{rng.choice("一二三四五六日")}  第0{ed}版：要闻</div>'
            f'<div class="pages"><ul>{pages}</ul><a>PDF版阅读</a></div>{article}'
            f'<div class="titles"><h3>本版标题导航</h3><ul>{titles}</ul></div>'
            f'<div class="pn"><a>上一篇</a> <a>下一篇</a> <a>返回目录</a></div>'
            f'<div class="copy">{paper}社版权所有 未经授权不得复制或建立镜像</div>')
    return metas(rng, art, f"{paper}数字报-{art['title']}" if rng.random() < 0.5 else paper, url), body, url


def provincial_portal(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    y, m, d = art["date"].split("-")
    url = f"https://cq.cqnews.net/{y}{m}{d}/{rng.randint(100, 999)}.html" if rng.random() < 0.5 else \
        f"https://news.cqnews.net/h5/detail/{rng.randint(10 ** 11, 10 ** 12)}.html"
    t = _time(rng)
    when = rng.choice([f'<time datetime="{y}-{m}-{d}T{t}:00+08:00">{y}-{m}-{d} {t}</time>',
                       f'<span class="time">{y}-{m}-{d} {t}:{rng.randint(10, 59)}</span>'])
    main = (f'<div class="bread"><a>首页</a> &gt; <a>区县</a> &gt; <a>{place}</a></div>'
            f'<div class="main"><h1 class="title">{esc(art["title"])}</h1>'
            f'<div class="meta">{when} <span>来源：华龙网</span> <span>作者：{rng.choice(REPORTERS)}</span>'
            + (f' <span class="num">{rng.randint(100, 9000)}阅读</span>' if rng.random() < 0.5 else "")
            + f'</div><div class="txt">{body_html(rng, art, rng.choice(["p", "div"]))}</div>'
            + (f'<p class="notice">{esc(notice_text(rng, "华龙网"))}</p>' if "notice" in art["flags"] else "")
            + f'<div class="editor">责任编辑：{rng.choice(REPORTERS)}</div>'
            + (comments(rng) if "comments" in art["flags"] else "") + share(rng) + "</div>")
    body = nav(rng, ["首页", "重庆", "区县", "财经", "教育", "文旅", "健康"]) + main \
        + teasers(rng, others, "热门推荐") \
        + f'<div class="footer"><p>华龙网版权所有 未经授权禁止复制或建立镜像</p><p>互联网新闻信息服务许可证：{rng.randint(10000000000, 99999999999)}</p></div>'
    return metas(rng, art, f"{art['title']}_重庆区县_华龙网", url), body, url


def county_media(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    y, m, d = art["date"].split("-")
    site = f"{place}网"
    url = f"http://www.{art['place']}.net/news/{y}-{m}/{d}/content_{rng.randint(100000, 999999)}.htm"
    info = rng.choice([
        f'<div class="info">来源：{place}融媒体中心  作者：记者 {rng.choice(REPORTERS)}  编辑：{rng.choice(REPORTERS)}  发布时间：{art["date"]} {_time(rng)}</div>',
        f'<div class="info"><span>{art["date"]} {_time(rng)}</span><span>{place}网</span><span>点击：{rng.randint(100, 9999)}</span></div>'])
    main = (f'<div class="loc">您的位置：<a>首页</a> &gt; <a>{place}新闻</a></div>'
            f'<div class="detail"><h2>{esc(art["title"])}</h2>{info}'
            f'<div class="detail-con">{body_html(rng, art, rng.choice(["p", "br", "div"]))}</div>'
            f'<p>责任编辑：{rng.choice(REPORTERS)}</p>'
            + (f'<p>{esc(notice_text(rng, site))}</p>' if "notice" in art["flags"] else "") + share(rng) + "</div>")
    body = f'<div class="logo">{site}</div>' + nav(rng, [place + "新闻", "乡镇动态", "视频", "专题", "党建"]) + main \
        + teasers(rng, others, "最新推荐") + footer(rng, f"中共{place}区委宣传部")
    return metas(rng, art, f"{art['title']}-{site}", url), body, url


def _epoch(ts: str, rng) -> int:
    """The post's publication time as WeChat's page script states it (seconds, UTC+8)."""
    from datetime import datetime, timedelta, timezone

    rng.randint(1600000000, 1640000000)  # a draw kept so the pages' other choices stay as first built
    return int(datetime.strptime(ts, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=8))).timestamp())


def wechat(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    acct = rng.choice([f"{place}发布", f"微{place}", f"{place}融媒"])
    y, m, d = art["date"].split("-")
    ts = f"{art['date']} {_time(rng)}"
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('abcdefghijkmnpqrstuvwxyzABCDEFGH0123456789_-') for _ in range(22))}"
    rel = "".join(f'<p><span><a href="#">{esc(t)}</a></span></p>' for t, _ in rng.sample(others, 3))
    body = (f'<div id="img-content" class="rich_media_wrp"><h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta">原创</span> '
            f'<span class="rich_media_meta rich_media_meta_text">{acct}</span> <a id="js_name">{acct}</a> '
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{ts}</em></div>'
            f'<div class="rich_media_content" id="js_content">'
            f'<section><span>点击蓝字 关注我们</span></section>{body_html(rng, art, "section")}'
            f'<section><span>来源：{place}区融媒体中心</span></section><section><span>编辑：{rng.choice(REPORTERS)}</span>'
            f'</section><section><span>审核：{rng.choice(REPORTERS)}</span></section>'
            + (f'<section><span>{esc(notice_text(rng, acct))}</span></section>' if "notice" in art["flags"] else "")
            + f'<section><strong>往期推荐</strong></section>{rel}'
            f'<section><span>分享、点赞、在看，让更多人看到</span></section></div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(1000, 50000)}</span> <span>在看 {rng.randint(3, 99)}</span></div></div>'
            f'<script>var ct = "{_epoch(ts, rng)}"; var msg_title = "{esc(art["title"])}";</script>')
    return f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">', body, url


TEMPLATES = {"gov_portal": gov_portal, "gov_notice": gov_notice, "party_site": party_site, "epaper": epaper,
             "provincial_portal": provincial_portal, "county_media": county_media, "wechat": wechat}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages", TEMPLATES,
                     lambda art: "held-apart" if art["id"] in HELD_APART else "dev")
    print(len(refs), "pages;", sum(r["split"] == "held-apart" for r in refs.values()), "held apart")


if __name__ == "__main__":
    main()
