"""Build the thirty-eighth saved-page set (``pages38``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 街道 portal's 社区动态 page on an old table layout
(``jd_sqdt_table``), a 区 公安分局 户政 办事 notice with 办理材料 items (``gaj_huzheng_banshi``), a
县 文明办 公众号 好人榜 post with a 人物 card (``wmb_mp_haorenbang``), a 区 总工会 公众号 劳动竞赛
post with a ranking table (``zgh_mp_jingsai``), a 乡镇 政府网 村务 news page with a signature
(``xz_cunwu_qianming``) and an e-paper 理论版 article with 作者单位 and 注释
(``epaper_lilun_zhushi``), and a 市级 news portal's 区县 channel interview with 记者：/问： turns
(``hln_quxian_fangtan``). Besides ``T``/``B``/``F`` lines, ``articles.txt`` holds layout-only
lines read by :func:`extras`. See README.md.

    python tests/data/web/pages38/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402
from pageset import hm as _hm, hms as _hms, digits as _n, ymd as _ymd  # noqa: E402

LISTS = "XSJERUNPK"


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: captions ``C`` ``{n: [text]}``,
    table rows ``W`` (paragraph indices) and the lists of :data:`LISTS` (box, signature,
    attachment, editor's note, credit, author unit, notes, person card)."""
    out, cur = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            cur = out.setdefault(line.split()[1], {"C": {}, "W": [], **{k: [] for k in LISTS}})
        elif line.startswith("C "):
            n, text = line[2:].split(" ", 1)
            cur["C"].setdefault(int(n), []).append(text)
        elif line.startswith("W "):
            cur["W"] = [int(x) for x in line[2:].split()]
        elif line[:2] in tuple(f"{k} " for k in LISTS):
            cur[line[0]] = line[2:].split("|")
    return out


EXTRAS = extras(HERE / "articles.txt")


def _rel(rng, others, k) -> str:
    return "".join(f'<li><a href="#" target="_blank">{esc(t)}</a><span>{d}</span></li>' for t, d in rng.sample(others, k))


def _paras(art, one, photo=None, box="", at=None) -> str:
    """``one(i, p)`` per paragraph, table rows (``W``) as one bordered ``<table>``, ``photo``
    after paragraphs with captions, ``box`` after paragraph ``at``."""
    ex = EXTRAS[art["id"]]
    out, rows = [], []
    for i, p in enumerate(art["body"]):
        if i in ex["W"]:
            rows.append(p)
            if i + 1 not in ex["W"]:
                out.append('<table class="MsoNormalTable" border="1" cellspacing="0" style="border-collapse:collapse">'
                           + "".join("<tr>" + "".join(f'<td style="padding:4px"><p>{esc(c)}</p></td>' for c in r.split(" ", 2))
                                     + "</tr>" for r in rows) + "</table>")
                rows = []
        else:
            out.append(one(i, p))
        if photo and i in ex["C"]:
            out.append(photo(ex["C"][i]))
        if box and at == i:
            out.append(box)
    return "".join(out)


def _gov_footer(rng, org) -> str:
    return (f'<table width="1000" align="center" class="foot"><tr><td>'
            f'<a>关于我们</a> | <a>网站地图</a> | <a>联系我们</a><br>'
            f'主办：{org}&nbsp;&nbsp;承办：{org}党政办公室<br>'
            f'渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：50011{_n(rng, 5)}'
            f'</td></tr></table>')


def _wechat(art, rng, acct, content, shape) -> tuple[str, str]:
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKLMNabcdefghijkmnpqrstuvwxyz0123456789_-') for _ in range(22))}"
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n   {esc(art["title"])}\n  </h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{shape.format(y=y, m=m, d=d, t=t)}</em>'
            f'<em class="rich_media_meta_area">发表于重庆</em></div>'
            f'<div class="rich_media_content" id="js_content" style="visibility: hidden;">{content}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a>'
            f'<span>阅读 {rng.randint(500, 20000)}</span><span class="like_btn">赞 {rng.randint(5, 300)}</span>'
            f'<span>分享</span><span>在看 {rng.randint(2, 90)}</span><span>写留言</span></div>'
            f'<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>')
    return body, url


# 1. 街道 社区动态 on an old table layout

def jd_sqdt_table(art, rng, others):
    """Nested tables, a 当前位置 crumb, an info row with a ``document.write`` counter, the title
    in a ``<td class="bt">``, ``<font>`` paragraphs or ``<br>``-separated lines in one cell, a
    photo with a caption, 相关链接 box, 打印本页 关闭窗口."""
    ex = EXTRAS[art["id"]]
    y, m, d = _ymd(art)
    jd = {"w01": "七星岗街道办事处", "w02": "跃进村街道办事处"}[art["id"]]
    photo = lambda cap: (f'<p style="text-align:center"><img src="/uploadfiles/{y}{m}/{_n(rng, 9)}.jpg" width="500"></p>'
                         f'<p style="text-align:center"><font color="#0000ff">{esc(cap[0])}</font></p>')
    if art["id"] == "w01":
        text = _paras(art, lambda i, p: f'<p><font size="3" face="宋体">　　{esc(p)}</font></p>', photo)
        info = f'发布时间：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;来源：{jd}&nbsp;&nbsp;&nbsp;浏览次数：<script>document.write({rng.randint(100, 900)})</script>'
    else:
        text = "<br>\n".join(esc(p) for p in art["body"]) + "<br>"
        info = f'<span>作者：{rng.choice(REPORTERS)}</span><span>来源：{jd}</span><span>{y}年{int(m)}月{int(d)}日</span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span>'
    box = ""
    if ex["X"]:
        box = (f'<table width="100%" class="xglj"><tr><td class="xglj_t">{ex["X"][0]}</td></tr>'
               + "".join(f'<tr><td>·<a href="#">{esc(x)}</a></td></tr>' for x in ex["X"][1:]) + "</table>")
    body = (f'<table width="1000" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner.jpg"></td></tr>'
            f'<tr><td class="nav"><a>首页</a> | <a>街道概况</a> | <a>社区动态</a> | <a>政务公开</a> | <a>便民服务</a></td></tr></table>'
            f'<table width="1000" align="center"><tr><td width="200" valign="top" class="left"><div class="lm">社区动态</div>'
            f'<ul>{_rel(rng, others, 4)}</ul></td><td valign="top">'
            f'<table width="100%"><tr><td class="dqwz">当前位置：<a>首页</a> &gt;&gt; <a>社区动态</a></td></tr>'
            f'<tr><td class="bt" align="center"><strong><font size="4">{esc(art["title"])}</font></strong></td></tr>'
            f'<tr><td align="center" class="info">{info}</td></tr>'
            f'<tr><td class="zw" id="zoom">{text}</td></tr>'
            f'<tr><td>{box}</td></tr>'
            f'<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr></table>'
            f'</td></tr></table>{_gov_footer(rng, jd)}')
    head = f'<title>{esc(art["title"])}-{jd}</title><meta name="keywords" content="社区动态">'
    return head, body, f"http://www.cqyzjd.gov.cn/sqdt/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.htm"


# 2. 公安分局 户政 办事

def gaj_huzheng_banshi(art, rng, others):
    """A 公安分局 site: ArticleTitle/PubDate metas, 发布日期 with 来源 and 字号 spans run together,
    bold 一、 heads, numbered 办理材料 items, a signature and date (not body), an 附件 link (not
    body) or a 温馨提示 box (not body), 扫一扫 QR, 相关文章 with dates, a 版权声明."""
    ex = EXTRAS[art["id"]]
    y, m, d = _ymd(art)
    org = "重庆市公安局万州区分局" if art["id"] == "w03" else "重庆市公安局江津区分局"
    one = lambda i, p: (f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>' if len(p) <= 8 and p[1] == "、"
                        else f'<p style="text-indent:2em">{esc(p)}</p>')
    tail = ""
    if ex["S"]:
        tail += "".join(f'<p style="text-align:right">{esc(s)}</p>' for s in ex["S"])
    if ex["J"]:
        tail += f'<p>{esc(ex["J"][0].split("：")[0])}：<a href="/u/cms/{_n(rng, 6)}.doc">{esc(ex["J"][0].split("：")[1])}</a></p>'
    box = ""
    if ex["X"]:
        box = f'<div class="wxts"><h4>{ex["X"][0]}</h4>' + "".join(f"<p>{esc(x)}</p>" for x in ex["X"][1:]) + "</div>"
    info = (f'<span>发布日期：{y}-{m}-{d} {_hm(rng)}</span><span>来源：{org}</span>'
            f'<span>字号：<a>大</a><a>中</a><a>小</a></span><span>浏览量：{rng.randint(200, 5000)}</span>')
    body = (f'<div class="header"><div class="logo">{org}</div><ul class="nav"><li>首页</li><li>警务公开</li><li>户政服务</li><li>办事指南</li><li>警民互动</li></ul></div>'
            f'<div class="crumb">您当前的位置：<a>首页</a> &gt; <a>户政服务</a> &gt; <a>通知公告</a></div>'
            f'<div class="xl_main"><div class="xl_tit"><h2>{esc(art["title"])}</h2><div class="xl_info">{info}</div></div>'
            f'<div class="xl_con TRS_Editor">{_paras(art, one)}{tail}</div>{box}'
            f'<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div>'
            f'<div class="xgwz"><h3>相关文章</h3><ul>{_rel(rng, others, 3)}</ul></div>'
            f'<p class="bq">版权声明：本网站所刊登的信息，未经授权禁止转载。</p></div>'
            f'<div class="footer"><p>主办单位：{org}</p><p>渝ICP备{_n(rng, 8)}号 渝公网安备{_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_通知公告_{org}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="{org}">')
    return head, body, f"http://gaj.cq.gov.cn/hzfw/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


# 3. 文明办 公众号 好人榜

def wmb_mp_haorenbang(art, rng, others):
    """A 文明办 WeChat post: an 编者按 above the text (not body), section heads as coloured
    ``<section>`` bars (body), a 人物 card with 姓名/年龄/类别 lines (not body), ``图片``
    placeholders, a 往期推荐 strip and a 来源/编辑 line."""
    ex = EXTRAS[art["id"]]
    y, m, d = _ymd(art)
    acct = "奉节文明" if art["id"] == "w05" else "文明石柱"
    heads = {"助人为乐", "敬业奉献", "孝老爱亲"}
    one = lambda i, p: (f'<section style="background:#c00;color:#fff;padding:4px 10px;display:inline-block"><strong>{esc(p)}</strong></section>'
                        if p in heads else f'<section style="line-height:1.75em;margin-bottom:16px"><span style="font-size:15px">{esc(p)}</span></section>')
    card = ""
    if ex["P"]:
        card = (f'<section style="border:1px solid #c00;padding:10px;margin:10px 0"><section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/{_n(rng, 10)}.jpg"></section>'
                f'<p style="text-align:center"><strong>{esc(ex["P"][0])}</strong></p>' + "".join(f"<p>{esc(x)}</p>" for x in ex["P"][1:]) + "</section>")
    ed = f'<section style="background:#f5f5f5;padding:10px;color:#888"><p>{esc(ex["E"][0])}</p></section>' if ex["E"] else ""
    content = (ed + _paras(art, one, box=card, at=2)
               + f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/{_n(rng, 10)}.gif"></p>'
               + f'<section><p>往期推荐</p>' + "".join(f'<p><a>{esc(t)}</a></p>' for t, _ in rng.sample(others, 3)) + "</section>"
               + f'<p style="font-size:12px;color:#999">来源：{acct[:2]}县文明办<br>编辑：{rng.choice(REPORTERS)}　审核：{rng.choice(REPORTERS)}</p>')
    shape = "{y}-{m}-{d} {t}" if art["id"] == "w05" else "{y}年{m}月{d}日 {t}"
    body, url = _wechat(art, rng, acct, content, shape)
    return f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">', body, url


# 4. 总工会 公众号 劳动竞赛

def zgh_mp_jingsai(art, rng, others):
    """A 总工会 WeChat post: a ranking table in the text (rows are body), the date in a
    ``publish_time`` only, a credit line at the top (w07) or a 点击蓝字关注 banner, a
    ``长按识别二维码`` footer and a 推荐阅读 strip."""
    ex = EXTRAS[art["id"]]
    acct = "渝北工会" if art["id"] == "w07" else "涪陵工会"
    top = (f'<p style="font-size:12px;color:#888">{esc(ex["R"][0])}</p>' if ex["R"]
           else '<p style="text-align:center;color:#1e6fff">点击蓝字 关注我们</p>')
    one = lambda i, p: f'<p style="text-indent:2em;line-height:2">{esc(p)}</p>'
    content = (top + _paras(art, one)
               + f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/{_n(rng, 10)}.jpg"></p>'
               + '<p style="text-align:center">长按识别二维码<br>关注我们</p>'
               + '<section><p>推荐阅读</p>' + "".join(f'<p><a>{esc(t)}</a></p>' for t, _ in rng.sample(others, 2)) + "</section>")
    shape = "{y}-{m}-{d} {t}" if art["id"] == "w07" else "{y}年{m}月{d}日 {t}"
    body, url = _wechat(art, rng, acct, content, shape)
    return f'<title>{esc(art["title"])}</title>', body, url


# 5. 乡镇 政府网 村务 news

def xz_cunwu_qianming(art, rng, others):
    """A 乡镇 page on a county portal's subsite in GBK: ``　　``-indented ``<p>`` in a
    ``<div class="con">``, a signature and date right-aligned (not body), the date only in a
    ``<meta name="publishdate">`` and the URL (w09) or in a 时间 span run into the other spans
    (w10), a 上一篇/下一篇 row."""
    ex = EXTRAS[art["id"]]
    y, m, d = _ymd(art)
    town = "火炉镇" if art["id"] == "w09" else "鞍子镇"
    county = "武隆区" if art["id"] == "w09" else "彭水县"
    text = "".join(f"<p>&#12288;&#12288;{esc(p)}</p>" for p in art["body"])
    sig = "".join(f'<p align="right">{esc(s)}</p>' for s in ex["S"])
    info = (f'<span>来源：{town}</span><span>浏览：{rng.randint(50, 900)}</span>' if art["id"] == "w09"
            else f'<span>来源：{town}</span><span>时间：{y}-{int(m)}-{int(d)}</span><span>点击：{rng.randint(50, 900)}</span>')
    prv, nxt = rng.sample(others, 2)
    body = (f'<div class="top"><img src="/images/top.jpg"><div class="nav"><a>首页</a><a>镇情概况</a><a>村务动态</a><a>政务公开</a></div></div>'
            f'<div class="wz">您现在的位置：<a>{county}人民政府</a> &gt; <a>乡镇街道</a> &gt; <a>{town}</a> &gt; <a>村务动态</a></div>'
            f'<div class="article"><h1>{esc(art["title"])}</h1><div class="ly">{info}</div>'
            f'<div class="con">{text}{sig}</div>'
            f'<div class="sxp"><p>上一篇：<a>{esc(prv[0])}</a></p><p>下一篇：<a>{esc(nxt[0])}</a></p></div>'
            f'<div class="dy"><a>【打印】</a><a>【关闭】</a></div></div>'
            + _gov_footer(rng, f"{county}人民政府"))
    head = f'<title>{esc(art["title"])}--{town}</title><meta name="publishdate" content="{y}-{m}-{d}">'
    return head, body, f"http://www.cq{art['place']}.gov.cn/xzjd/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"


# 6. e-paper 理论版 with 作者单位 and 注释

def epaper_lilun_zhushi(art, rng, others):
    """An e-paper 理论 page: 版次/上一版/下一版/PDF selectors, 第X版：理论 line, the article as
    ``<br>``-separated lines with ``&nbsp;`` indents in one ``<div id="ozoom">`` (w11) or
    ``<p>`` in a Founder ``<founder-content>`` (w12), an 作者单位 line and 注释 (not body), a
    本版其他文章 list."""
    ex = EXTRAS[art["id"]]
    y, m, d = _ymd(art)
    ban = rng.randint(5, 14)
    if art["id"] == "w11":
        text = "".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}<br>" for p in art["body"])
        text += f'&nbsp;&nbsp;&nbsp;&nbsp;{esc(ex["U"][0])}<br>' + "".join(f"{esc(x)}<br>" for x in ex["N"])
        text = f'<div id="ozoom">{text}</div>'
    else:
        text = ("<founder-content>" + "".join(f"<p>　　{esc(p)}</p>" for p in art["body"])
                + f'<p>　　{esc(ex["U"][0])}</p>' + "".join(f"<p>{esc(x)}</p>" for x in ex["N"]) + "</founder-content>")
    body = (f'<div class="paper-top"><span>重庆日报</span><span>{y}年{m}月{d}日</span>'
            f'<a>上一期</a><a>下一期</a></div>'
            f'<div class="bmnav"><span>第{ban:02d}版：理论</span><a>上一版</a><a>下一版</a><a href="/images/{y}-{m}/{d}/{ban:02d}/{ban:02d}.pdf">PDF下载</a></div>'
            f'<div class="left"><img src="/images/{y}-{m}/{d}/{ban:02d}/p_{_n(rng, 6)}.jpg" usemap="#PagePicMap"></div>'
            f'<div class="right"><h3 class="yt"></h3><h1>{esc(art["title"])}</h1><h2 class="ft"></h2>'
            f'<div class="author">{rng.choice(REPORTERS)}</div>{text}'
            f'<div class="blist"><h4>本版其他文章</h4><ul>' + "".join(f"<li><a>{esc(t)}</a></li>" for t, _ in rng.sample(others, 3)) + "</ul></div></div>"
            f'<div class="copyright">重庆日报报业集团版权所有 未经书面授权 不得复制或建立镜像</div>')
    head = f'<title>{esc(art["title"])}--重庆日报</title>'
    return head, body, f"https://epaper.cqrb.cn/html/cqrb/{y}-{m}/{d}/{ban:03d}/content_rb_{_n(rng, 6)}.htm"


# 7. 市级 news portal 区县 channel interview

def hln_quxian_fangtan(art, rng, others):
    """A 华龙网-like 区县 channel page: a 【区县书记访谈】 kicker above the headline (not body),
    a ``<div class="time">`` with date, 来源 and 责任编辑 run together (w13 also repeats 来源 and
    责任编辑 under the text), 记者：/问： turns with bold questions (body), a 分享到 bar, 热点推荐
    with dates, 网络传播视听节目许可证 footer; w13's ``华龙网…日讯`` dateline runs into the first
    paragraph (not body)."""
    ex = EXTRAS[art["id"]]
    y, m, d = _ymd(art)
    one = lambda i, p: (f'<p>　　<strong>{esc(p)}</strong></p>' if p.startswith(("记者：", "问："))
                        else f'<p>　　{line0 if i == 0 else ""}{esc(p)}</p>')
    line0 = f"华龙网{int(m)}月{int(d)}日讯　" if art["id"] == "w13" else ""
    kick = f'<div class="yt">{esc(ex["K"][0])}</div>' if ex["K"] else ""
    if art["id"] == "w13":
        info = f'<div class="time">{y}-{m}-{d} {_hms(rng)}&nbsp;&nbsp;{esc(ex["R"][0])}&nbsp;&nbsp;{esc(ex["R"][1])}</div>'
        tail = f'<p class="editor">（{esc(ex["R"][1])}）</p>'
    else:
        info = f'<div class="time"><span>{y}年{m}月{d}日 {_hm(rng)}</span><span>{esc(ex["R"][0])}</span><span>作者：{rng.choice(REPORTERS)}</span></div>'
        tail = f'<p class="editor">[ {esc(ex["R"][1])} ]</p>'
    body = (f'<div class="top_nav"><a>首页</a><a>时政</a><a>区县</a><a>财经</a><a>视频</a><a>问政</a></div>'
            f'<div class="breadcrumb"><a>华龙网</a> &gt; <a>区县</a> &gt; <a>{esc(art["place"])}</a></div>'
            f'<div class="article-box">{kick}<h1 class="title">{esc(art["title"])}</h1>{info}'
            f'<div class="share-bar">分享到：<a>微信</a><a>微博</a><a>QQ</a> <span>评论（{rng.randint(0, 60)}）</span></div>'
            f'<div class="bt_content" id="zoom">{_paras(art, one)}</div>{tail}'
            f'<div class="jubao">【网络违法和不良信息举报】</div></div>'
            f'<div class="side"><h3>热点推荐</h3><ul>{_rel(rng, others, 5)}</ul></div>'
            f'<div class="footer"><p>华龙网版权所有 未经授权禁止复制或建立镜像</p>'
            f'<p>互联网新闻信息服务许可证：50120170001　信息网络传播视听节目许可证：2510{_n(rng, 3)}</p></div>')
    head = (f'<title>{esc(art["title"])}_区县_华龙网</title><meta name="keywords" content="{esc(art["title"][:6])}">'
            f'<meta property="og:title" content="{esc(art["title"])}">')
    return head, body, f"https://cq.cqnews.net/html/{y}-{m}/{d}/content_{_n(rng, 9)}.html"


TEMPLATES = {f.__name__: f for f in (jd_sqdt_table, gaj_huzheng_banshi, wmb_mp_haorenbang, zgh_mp_jingsai,
                                     xz_cunwu_qianming, epaper_lilun_zhushi, hln_quxian_fangtan)}

if __name__ == "__main__":
    write_set(HERE, "pages38", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
