"""Build the eighteenth saved-page set (``pages18``): held apart for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand like ``../pages``) in seven
designs no earlier set used, with long bodies and the body content that is hard to keep (bold
subheadings, ``记者：`` interview turns, numbered lists, a notice's time/place/participant items,
a notice's data table, photos with captions in the text, ``<br>`` paragraphs in one cell or in a
``<founder-content>``, ``<font>`` tags, ``　　`` and ``&nbsp;`` indentation). Designs: a district
纪委监委 site's 工作动态 and 通知 page (``jjjc_gzdt``), a district portal's 教育 news and a
招生公告 with a table (``edu_health_news``), provincial Party papers' websites in 浙江在线 and
南方网 shapes (``prov_party_net``), a national 党建 channel (``dangjian_channel``), a Founder
e-paper article page in XHTML with an image map (``founder_epaper``), a county portal's 乡镇动态
on a DedeCMS-like site in GBK (``county_xzdt_gbk``) and a district 文明办 WeChat post in
135editor ``<section>`` markup saved from the browser (``wenmingban_mp``). Every page is held
apart (README.md).

Besides ``T``/``B``/``F`` lines, ``articles.txt`` holds lines this script reads for the layout
only (never body): ``C n text`` a caption after body paragraph ``n``, ``K`` a kicker, ``U`` a
subtitle, ``W`` an author note, ``S`` a notice's signature, ``D`` its date, ``A`` an attachment,
``G i j`` the body paragraphs ``i..j`` that are a table's rows.

    python tests/data/web/pages18/build.py
"""

from __future__ import annotations

import datetime
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402

PLACES = {"yuzhong": ("重庆", "渝中区", "渝中"), "dadukou": ("重庆", "大渡口区", "大渡口"),
          "shapingba": ("重庆", "沙坪坝区", "沙坪坝"), "jiulongpo": ("重庆", "九龙坡区", "九龙坡"),
          "anji": ("浙江", "安吉县", "安吉"), "liannan": ("广东", "连南瑶族自治县", "连南"),
          "banan": ("重庆", "巴南区", "巴南"), "chongqing": ("重庆", "重庆市", "重庆"),
          "wanzhou": ("重庆", "万州区", "万州"), "fuling": ("重庆", "涪陵区", "涪陵"),
          "chengkou": ("重庆", "城口县", "城口"), "youyang": ("重庆", "酉阳县", "酉阳"),
          "jiangbei": ("重庆", "江北区", "江北"), "nanan": ("重庆", "南岸区", "南岸")}
WEEKDAYS = "一二三四五六日"
ANSWER = re.compile(r"^([\u4e00-\u9fff]{2,4})：")


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: captions ``{n: text}``, kicker
    ``K``, subtitle ``U``, author note ``W``, a notice's ``S``/``D``/``A`` and table rows ``G``."""
    out, cur = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            cur = out.setdefault(line.split()[1], {"C": {}, "K": "", "U": "", "W": "", "S": "", "D": "", "A": "",
                                                   "G": None})
        elif line.startswith("C "):
            n, text = line[2:].split(" ", 1)
            cur["C"][int(n)] = text
        elif line.startswith("G "):
            i, j = line[2:].split()
            cur["G"] = (int(i), int(j))
        elif line[:2] in ("K ", "U ", "W ", "S ", "D ", "A "):
            cur[line[0]] = line[2:]
    return out


EXTRAS = extras(HERE / "articles.txt")


def _ex(art) -> dict:
    return EXTRAS[art["id"]]


def _is_sub(p: str) -> bool:
    """A short line without a sentence end, a colon or a list number: a subheading in the text."""
    return len(p) <= 24 and p[-1] not in "。；：！？”）" and "：" not in p and not re.match(r"\d+[.．]", p)


def _in_table(art, i) -> bool:
    g = _ex(art)["G"]
    return g is not None and g[0] <= i <= g[1]


def _hm(rng) -> str:
    return f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"


def _weekday(y, m, d) -> str:
    return "星期" + WEEKDAYS[datetime.date(int(y), int(m), int(d)).weekday()]


def _img(rng, y, m) -> str:
    return f'<img src="/uploadfiles/{y}{m}/{rng.randint(10 ** 9, 10 ** 10)}.jpg" border="0" />'


def _table(art, rng) -> str:
    """The rows ``G i j`` as a bordered table, the first row in bold."""
    i, j = _ex(art)["G"]
    rows = []
    for k in range(i, j + 1):
        cells = art["body"][k].split(" ")
        tag = (lambda c: f"<strong>{esc(c)}</strong>") if k == i else esc
        rows.append("<tr>" + "".join(f'<td width="{100 // len(cells)}%" valign="center"><p style="text-align:center">'
                                     f'<span style="font-family:仿宋_GB2312;font-size:14pt">{tag(c)}</span></p></td>'
                                     for c in cells) + "</tr>")
    return (f'<table border="1" cellspacing="0" cellpadding="0" align="center" style="border-collapse:collapse;width:90%">'
            f'<tbody>{"".join(rows)}</tbody></table>')


def _notice_tail(art, rng, att_href, indent) -> str:
    """附件 line, an empty paragraph, then the right-aligned signature and date (none of it body)."""
    ex = _ex(art)
    att = f'<p style="text-indent:{indent}">附件：<a href="{att_href}">{esc(ex["A"])}</a></p>' if ex["A"] else ""
    return (att + '<p>&nbsp;</p>'
            f'<p style="text-align:right">{esc(ex["S"])}</p><p style="text-align:right">{esc(ex["D"])}</p>')


def jjjc_gzdt(art, rng, others):
    """A district 纪委监委 site's article page: 工作动态 reports and 通知 (signature, date, 附件)."""
    prov, unit, short = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    site = f"清廉{short}"
    notice = bool(_ex(art)["S"])
    col = "通知公告" if notice else "工作动态"
    aid = rng.randint(10 ** 5, 10 ** 6)
    url = f"http://www.{art['place']}lz.gov.cn/html/{'tzgg' if notice else 'gzdt'}/{y}{m}/{aid}.html"
    out = []
    for i, p in enumerate(art["body"]):
        if notice and i == 0:
            out.append(f"<p>{esc(p)}</p>")  # the salutation, flush left
        elif _is_sub(p):
            out.append(f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
        cap = _ex(art)["C"].get(i)
        if cap:
            out.append(f'<p style="text-align:center">{_img(rng, y, m)}</p><p style="text-align:center">{esc(cap)}</p>')
    if notice:
        out.append(_notice_tail(art, rng, f"/u/cms/www/{y}{m}/{aid}.docx", "2em"))
    who = rng.sample(REPORTERS, 2)
    stamp = f"{y}-{m}-{d} {_hm(rng)}:{rng.randint(10, 59)}"
    sep = "" if rng.random() < 0.5 else "&nbsp;&nbsp;"
    prev, nxt = rng.sample(others, 2)
    side = "".join(f'<li><span class="dt">{dd[5:]}</span><a href="#" title="{esc(t)}">{esc(t[:16])}…</a></li>'
                   for t, dd in rng.sample(others, 5))
    body = (f'<div class="top"><div class="wrap"><span>今天是：<script>showDate();</script></span>'
            f'<a>设为首页</a> | <a>加入收藏</a></div></div>'
            f'<div class="banner"><img src="/images/banner.jpg" alt="{site}"><p>中共重庆市{unit}纪律检查委员会　重庆市{unit}监察委员会</p></div>'
            f'<div class="menu"><a>首页</a><a>要闻速递</a><a>工作动态</a><a>通知公告</a><a>审查调查</a><a>曝光台</a>'
            f'<a>廉政教育</a><a>巡察工作</a><a>清风视频</a></div>'
            f'<div class="main-wrap"><div class="left"><div class="location">当前位置：<a href="/">首页</a> &gt; <a>{col}</a></div>'
            f'<div class="article"><div class="art-title">{esc(art["title"])}</div>'
            f'<div class="art-info"><span>发布时间：{stamp}</span>{sep}<span>信息来源：{unit}纪委监委</span>{sep}'
            f'<span>浏览次数：<span id="hits"><script>document.write("{rng.randint(200, 3000)}")</script></span></span>{sep}'
            f'<span class="fontsize">字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
            f'<div class="art-con"><div class="TRS_Editor">{"".join(out)}</div></div>'
            + (f'<div class="art-editor">责任编辑：{who[0]}</div>' if not notice else "")
            + f'<div class="art-share">分享到：<a class="wx">微信</a><a class="wb">微博</a></div>'
            f'<div class="art-btn"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>'
            f'<div class="prenext"><p>上一篇：<a href="#">{esc(prev[0])}</a></p><p>下一篇：<a href="#">{esc(nxt[0])}</a></p></div></div></div>'
            f'<div class="right"><div class="jb"><h3>我要举报</h3><p>中央纪委国家监委举报网站：12388.gov.cn</p>'
            f'<p>举报电话：023-12388</p><p>来信地址：{unit}纪委监委信访室</p></div>'
            f'<div class="box"><h3>曝光台</h3><ul>{side}</ul></div></div></div>'
            f'<div class="footer"><p>主办：中共重庆市{unit}纪律检查委员会　重庆市{unit}监察委员会</p>'
            f'<p>渝ICP备{rng.randint(10 ** 7, 10 ** 8 - 1)}号-1　渝公网安备 500{rng.randint(10 ** 10, 10 ** 11 - 1)}号</p>'
            f'<p>建议使用1366×768分辨率浏览本网站</p></div>')
    head = f'<title>{esc(art["title"])}-{site}</title>'
    if rng.random() < 0.6 or notice:
        head += (f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{stamp[:16]}">'
                 f'<meta name="ColumnName" content="{col}">')
    return head, body, url


def edu_health_news(art, rng, others):
    """A district government portal's 教育 page: a school's news with photos and a 招生公告 with a
    table, in TRS_UEDITOR markup with 仿宋 spans."""
    prov, unit, short = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    notice = bool(_ex(art)["S"])
    col = "通知公告" if notice else "教育动态"
    src = f"{unit}教委" if notice or rng.random() < 0.5 else _title_unit(art)
    url = f"http://www.cq{art['place']}.gov.cn/bm/qjw/zwxx_{rng.randint(10 ** 4, 10 ** 5)}/{'tzgg' if notice else 'dt'}/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 7, 10 ** 8)}.html"
    span = '<span style="font-family:仿宋_GB2312;font-size:16pt">'
    out = []
    for i, p in enumerate(art["body"]):
        g = _ex(art)["G"]
        if g and i == g[0]:
            out.append(_table(art, rng))
        if _in_table(art, i):
            continue
        if _is_sub(p):
            out.append(f'<p style="text-indent:2em;text-align:justify"><span style="font-family:黑体;font-size:16pt">{esc(p)}</span></p>')
        else:
            out.append(f'<p style="text-indent:2em;text-align:justify">{span}{esc(p)}</span></p>')
        cap = _ex(art)["C"].get(i)
        if cap:
            out.append(f'<p style="text-align:center">{_img(rng, y, m)}</p>'
                       f'<p style="text-align:center"><span style="font-family:楷体_GB2312;font-size:14pt">{esc(cap)}</span></p>')
    if notice:
        out.append(_notice_tail(art, rng, f"./P0{y}{m}{d}{rng.randint(100, 999)}.xlsx", "2em"))
    rel = "".join(f'<li><a href="#">{esc(t)}</a><span>{dd}</span></li>' for t, dd in rng.sample(others, 5))
    stamp = f"{y}-{m}-{d}"
    body = (f'<div class="head-top"><span>重庆市{unit}人民政府</span><a>无障碍</a><a>关怀版</a><a>智能问答</a></div>'
            f'<div class="nav"><ul><li>首页</li><li>走进{short}</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>部门街镇</li></ul></div>'
            f'<div class="crumbs">当前位置：<a>首页</a> &gt; <a>部门街镇</a> &gt; <a>区教委</a> &gt; <a>{col}</a></div>'
            f'<div class="detail"><div class="detail-title"><h2>{esc(art["title"])}</h2></div>'
            f'<div class="detail-info">{stamp}&nbsp;&nbsp;&nbsp;&nbsp;来源：{esc(src)}&nbsp;&nbsp;&nbsp;&nbsp;'
            f'【<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】'
            f'&nbsp;&nbsp;&nbsp;&nbsp;<a href="javascript:window.print()">打印</a></div>'
            f'<div class="detail-content" id="zoom"><div class="view TRS_UEDITOR trs_paper_default trs_web">{"".join(out)}</div></div>'
            + (f'<div class="fjxz"><p>附件下载：</p><p><a>{esc(_ex(art)["A"])}</a></p></div>' if notice else "")
            + f'<div class="detail-bottom"><div class="qr"><img src="/images/qrcode.png"><span>扫一扫在手机上查看当前页面</span></div>'
            f'<a>【我要纠错】</a><a>【关闭】</a></div></div>'
            f'<div class="xgwz"><div class="hd">相关文章</div><ul>{rel}</ul></div>'
            f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a></p>'
            f'<p>主办：重庆市{unit}人民政府办公室　承办：重庆市{unit}大数据应用发展管理局</p>'
            f'<p>网站标识码：5001{rng.randint(10 ** 5, 10 ** 6 - 1)}　渝ICP备{rng.randint(10 ** 7, 10 ** 8 - 1)}号　'
            f'渝公网安备 500{rng.randint(10 ** 10, 10 ** 11 - 1)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_重庆市{unit}人民政府</title>'
            f'<meta name="SiteName" content="重庆市{unit}人民政府"><meta name="ColumnName" content="{col}">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{stamp} {_hm(rng)}">'
            f'<meta name="ContentSource" content="{esc(src)}">')
    return head, body, url


def _title_unit(art) -> str:
    """The unit that opens a headline (``沙坪坝区实验小学…`` gives the school)."""
    m = re.match(r"(\S+?(?:小学|中学|医院|幼儿园))", art["title"])
    return m.group(1) if m else PLACES[art["place"]][1]


PARTY_NETS = {
    "浙江": {"site": "浙江在线", "paper": "浙江日报", "crumb": "浙江在线 &gt; 浙江新闻 &gt; 湖州",
             "url": "https://zjnews.zjol.com.cn/zjnews/huznews/{y}{m}/t{y}{m}{d}_{n}.shtml", "sep": "_"},
    "广东": {"site": "南方网", "paper": "南方日报", "crumb": "南方网 &gt; 新闻 &gt; 广东 &gt; 清远",
             "url": "https://news.southcn.com/node_{node}/{y}{m}{d}/{n}.shtml", "sep": "-"},
}


def prov_party_net(art, rng, others):
    """A provincial Party paper's website (浙江在线 / 南方网 shapes): kicker, info spans, interview
    turns in bold, 编辑 lines, 版权声明, 相关阅读, comment counter, licence footer."""
    prov, unit, short = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    s = PARTY_NETS[prov]
    n = rng.randint(10 ** 8, 10 ** 9)
    url = s["url"].format(y=y, m=m, d=d, n=n, node=f"{rng.randint(10 ** 9, 10 ** 10):x}")
    who = rng.sample(REPORTERS, 4)
    out = []
    for p in art["body"]:
        a = ANSWER.match(p)
        if p.startswith(("记者：", "问：")):
            out.append(f"<p><strong>{esc(p)}</strong></p>")
        elif a:
            out.append(f"<p><strong>{esc(a.group(0))}</strong>{esc(p[a.end():])}</p>")
        elif _is_sub(p):
            out.append(f'<p style="text-align:center"><strong>{esc(p)}</strong></p>')
        else:
            out.append(f"<p>{esc(p)}</p>")
    hm = _hm(rng)
    kicker = _ex(art)["K"]
    if prov == "浙江":
        info = (f'<div class="artDesc"><span class="date">{y}年{m}月{d}日 {hm}</span><span class="source">来源：{s["paper"]}</span>'
                f'<span class="author">记者 {who[0]} 县委报道组 {who[1]}</span></div>')
    else:
        info = (f'<div class="m-con-info"><div class="pub_time">{y}-{m}-{d} {hm}</div><div class="source">来源：{s["paper"]}</div>'
                f'<div class="author">作者：{who[0]} {who[1]}</div><div class="share">分享到：<a>微信</a><a>微博</a></div></div>')
    rel = "".join(f'<li><a href="#">{esc(t)}</a><em>{dd}</em></li>' for t, dd in rng.sample(others, 4))
    hot = "".join(f'<li><i>{k + 1}</i><a href="#">{esc(t)}</a></li>' for k, (t, _) in enumerate(rng.sample(others, 5)))
    body = (f'<div class="topnav"><a>首页</a><a>新闻</a><a>评论</a><a>视频</a><a>数字报</a><span>{s["site"]}</span></div>'
            f'<div class="crumb">{s["crumb"]} &gt; 正文</div>'
            f'<div class="main"><div class="article">'
            + (f'<p class="kicker">{esc(kicker)}</p>' if kicker else "")
            + f'<h1 class="artTitle">{esc(art["title"])}</h1>{info}'
            f'<div class="artCont" id="content">{"".join(out)}</div>'
            f'<div class="editor">编辑：{who[2]}　责任编辑：{who[3]}</div>'
            f'<div class="copyright">版权声明：凡注明“来源：{s["site"]}”或“来源：{s["paper"]}”的所有作品，'
            f'版权均属于{s["site"]}，未经授权禁止转载、摘编或以其他方式使用。</div>'
            f'<div class="comment"><span>网友评论</span><span>已有<em>{rng.randint(0, 50)}</em>条评论</span><a>我要评论</a></div>'
            f'<div class="related"><h3>相关阅读</h3><ul>{rel}</ul></div></div>'
            f'<div class="aside"><div class="hot"><h3>热点排行</h3><ol>{hot}</ol></div>'
            f'<div class="app"><img src="/img/app.png"><p>下载{s["paper"][:2]}+客户端 扫一扫</p></div></div></div>'
            f'<div class="footer"><p>{s["site"]}版权所有　互联网新闻信息服务许可证：{rng.randint(10 ** 10, 10 ** 11)}</p>'
            f'<p>违法和不良信息举报电话：{rng.randint(10 ** 7, 10 ** 8)}　ICP备{rng.randint(10 ** 7, 10 ** 8)}号</p></div>')
    head = (f'<title>{esc(art["title"])}{s["sep"]}{s["site"]}</title>'
            f'<meta name="keywords" content="{short},{s["paper"]}"><meta name="publishdate" content="{y}-{m}-{d} {hm}:00">'
            f'<meta name="source" content="{s["paper"]}">')
    return head, body, url


def dangjian_channel(art, rng, others):
    """A national portal's 党建 channel (共产党员网-like): crumb, ``big_title``, 来源/time spans,
    an author line and the author's note under a theory piece, 责任编辑, 相关阅读, footer."""
    prov, unit, short = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    theory = bool(_ex(art)["W"])
    col = "理论" if theory else "基层党建"
    url = f"https://www.12371.cn/{y}/{m}/{d}/ARTI{rng.randint(10 ** 15, 10 ** 16)}.shtml"
    who = rng.sample(REPORTERS, 3)
    src = "重庆日报" if theory else f"中共重庆市{unit}委组织部"
    out = [f'<p style="text-indent:2em">{"<strong>" + esc(p) + "</strong>" if _is_sub(p) else esc(p)}</p>'
           for p in art["body"]]
    if theory:
        out.insert(0, f'<p style="text-align:center">{who[0]}</p>')  # the author's byline above the text
        out.append(f'<p style="text-indent:2em">{esc(_ex(art)["W"])}</p>')
    rel = "".join(f'<li><a href="#">{esc(t)}</a> <span>[{dd}]</span></li>' for t, dd in rng.sample(others, 5))
    hm = _hm(rng)
    body = (f'<div class="header"><a class="logo">共产党员网</a><div class="nav"><a>首页</a><a>要闻</a><a>党建</a><a>学习</a>'
            f'<a>理论</a><a>视频</a><a>远程教育</a></div></div>'
            f'<div class="dyw_path">当前位置：<a>首页</a> &gt; <a>{col}</a></div>'
            f'<div class="dyw_cont"><div class="big_title">{esc(art["title"])}</div>'
            f'<div class="title_bottom"><i>来源：{src}</i><i>{y}年{m}月{d}日 {hm}</i>'
            f'<span class="zh">字号：<a>大</a><a>中</a><a>小</a></span><span class="fx">分享到：<a>微信</a><a>微博</a></span></div>'
            f'<div class="word" id="font_area">{"".join(out)}</div>'
            f'<div class="bianji">责任编辑：{who[1]}</div>'
            f'<div class="sm">本网站所刊登的信息，凡注明来源为其他媒体的，转载目的在于传递更多信息，并不代表本网观点。</div>'
            f'<div class="xgyd"><h4>相关阅读</h4><ul>{rel}</ul></div></div>'
            f'<div class="foot"><p><a>关于我们</a> | <a>联系我们</a> | <a>网站声明</a></p>'
            f'<p>共产党员网 版权所有　京ICP备{rng.randint(10 ** 7, 10 ** 8)}号　京公网安备 110{rng.randint(10 ** 10, 10 ** 11)}号</p></div>')
    head = f'<title>{esc(art["title"])}_共产党员网</title><meta name="description" content="{esc(art["title"])}">'
    return head, body, url


def founder_epaper(art, rng, others):
    """A Founder e-paper article page (XHTML): issue date with weekday, 版次 and PDF, an image map
    of the page, kicker, headline and subtitle, a photo table, text as ``　　…<br />`` runs in
    ``<founder-content>``, 上一篇/下一篇, 版面导航, copyright."""
    prov, unit, short = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    paper = f"{short}日报"
    page = rng.randint(1, 4)
    col = rng.choice(["要闻", "综合新闻", "区县新闻"])
    cid = rng.randint(10 ** 4, 10 ** 5)
    url = f"http://epaper.{art['place']}.cn/html/{y}-{m}/{d}/content_{cid}.htm"
    ex = _ex(art)
    areas = "".join(f'<area shape="polygon" coords="{",".join(str(rng.randint(0, 500)) for _ in range(8))}" '
                    f'href="content_{cid + k + 1}.htm" />' for k in range(4))
    runs = []
    for i, p in enumerate(art["body"]):
        runs.append(f"\u3000\u3000{esc(p)}<br />")
    pic = ""
    if ex["C"]:
        cap = next(iter(ex["C"].values()))
        pic = (f'<table class="pic" align="center"><tr><td><img src="../../../res/{y}-{m}/{d}/{cid}_b.jpg" /></td></tr>'
               f'<tr><td class="pictxt">{esc(cap)}</td></tr></table>')
    pages = "".join(f'<li><a href="node_{k}.htm">第0{k}版：{c}</a></li>'
                    for k, c in zip(range(1, 5), ("要闻", "综合新闻", "区县新闻", "副刊")))
    same = "".join(f'<li><a href="content_{cid + k + 1}.htm">{esc(t)}</a></li>' for k, (t, _) in enumerate(rng.sample(others, 3)))
    prev, nxt = rng.sample(others, 2)
    body = (f'<table class="topbar" width="1000" cellspacing="0" cellpadding="0"><tr><td class="logo">{paper}</td>'
            f'<td class="date">{y}年{m}月{d}日 {_weekday(y, m, d)}</td><td><a>往期回顾</a></td></tr></table>'
            f'<table width="1000" cellspacing="0" cellpadding="0"><tr><td class="left" width="380" valign="top">'
            f'<div class="bc">第0{page}版：{col}　<a href="../../../page/{y}-{m}/{d}/0{page}/{cid}.pdf">PDF版</a>　'
            f'<a href="node_{max(page - 1, 1)}.htm">上一版</a>　<a href="node_{page + 1}.htm">下一版</a></div>'
            f'<map name="PagePicMap" id="PagePicMap">{areas}</map>'
            f'<img src="../../../page/{y}-{m}/{d}/0{page}/{cid}_s.jpg" usemap="#PagePicMap" border="0" />'
            f'<div class="bmdh"><h4>版面导航</h4><ul>{pages}</ul></div></td>'
            f'<td class="right" valign="top"><div class="newsdetatit">'
            f'<h3>{esc(ex["K"])}</h3><h1>{esc(art["title"])}</h1><h2>{esc(ex["U"])}</h2></div>'
            f'<div class="newsdetatext" id="ozoom">{pic}<!--enpcontent--><founder-content>{"".join(runs)}</founder-content><!--/enpcontent--></div>'
            f'<div class="prenext"><p>上一篇：<a>{esc(prev[0])}</a></p><p>下一篇：<a>{esc(nxt[0])}</a></p></div>'
            f'<div class="bbxw"><h4>本版新闻</h4><ul>{same}</ul></div></td></tr></table>'
            f'<div class="copyright">{paper}社版权所有　未经书面授权不得转载或建立镜像<br />地址：重庆市{unit}　'
            f'电话：023-{rng.randint(10 ** 7, 10 ** 8)}</div>')
    head = f'<title>{paper}数字报</title>' if rng.random() < 0.5 else f'<title>{esc(art["title"])}--{paper}</title>'
    return head, body, url


def county_xzdt_gbk(art, rng, others):
    """A county portal's 乡镇动态 page on a DedeCMS-like site (GBK): description meta with the text's
    start, ``<small>`` info labels, a ``count.php`` hit counter, text as ``&nbsp;…<br />`` runs in
    one ``<div>`` with ``<font>``, a centred photo with its caption, 分隔线, 上一篇/下一篇, actions."""
    prov, unit, short = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    town = re.match(r"(?:\S+?县)?(\S+?[镇乡])", art["title"]).group(1)
    aid = rng.randint(1000, 9999)
    url = f"http://www.cq{art['place']}.gov.cn/xzdt/{y}{m}{d}/{aid}.html"
    ind = "&nbsp;" * rng.choice([4, 8])
    runs = []
    for i, p in enumerate(art["body"]):
        runs.append(f"{ind}{esc(p)}<br />\n<br />")
        cap = _ex(art)["C"].get(i)
        if cap:
            runs.append(f'<center>{_img(rng, y, m)}<br />{esc(cap)}</center><br />')
    newest = "".join(f'<li><a href="#">{esc(t[:18])}</a></li>' for t, _ in rng.sample(others, 6))
    prev, nxt = rng.sample(others, 2)
    body = (f'<div class="header"><img src="/templets/default/images/logo.gif"><span>{unit}人民政府</span></div>'
            f'<div class="nav"><a>网站首页</a><a>政务公开</a><a>乡镇动态</a><a>部门动态</a><a>招商引资</a><a>旅游{short}</a></div>'
            f'<div class="w960 center"><div class="pleft"><div class="place"><strong>当前位置:</strong> '
            f'<a href="/">主页</a> &gt; <a href="/xzdt/">乡镇动态</a> &gt; </div>'
            f'<div class="viewbox"><div class="title"><h2>{esc(art["title"])}</h2></div>'
            f'<div class="info"><small>时间:</small>{y}-{m}-{d} {_hm(rng)}<small>来源:</small>{town}人民政府 '
            f'<small>作者:</small>{rng.choice(["admin", "xzdt", town]) } <small>点击:</small>'
            f'<script src="/plus/count.php?view=yes&amp;aid={aid}&amp;mid=1" type="text/javascript" language="javascript"></script> 次</div>'
            f'<div class="content"><table width="100%"><tr><td><div id="contentMidPicAD" style="float:right"></div>'
            f'<div><font face="宋体" size="3">{"".join(runs)}</font></div></td></tr></table></div>'
            f'<div class="boxoff"><strong>------分隔线----------------------------</strong></div>'
            f'<div class="handle"><div class="context"><ul><li>上一篇：<a href="#">{esc(prev[0])}</a> </li>'
            f'<li>下一篇：<a href="#">{esc(nxt[0])}</a> </li></ul></div>'
            f'<div class="actbox"><ul><li id="act-fav"><a href="#">收藏</a></li><li id="act-err"><a href="#">挑错</a></li>'
            f'<li id="act-pus"><a href="#">推荐</a></li><li id="act-pnt"><a href="#">打印</a></li></ul></div></div></div></div>'
            f'<div class="pright"><div class="listbox"><dl><dt><strong>最新内容</strong></dt><dd><ul>{newest}</ul></dd></dl></div></div></div>'
            f'<div class="footer w960 center"><p>Copyright &copy; {unit}人民政府 版权所有</p>'
            f'<p>地址：重庆市{unit}{rng.choice(["葛城街道", "钟多街道"])}　邮编：40{rng.randint(1000, 9999)}　渝ICP备{rng.randint(10 ** 7, 10 ** 8)}号</p></div>')
    desc = esc(art["body"][0][:60])
    head = (f'<title>{esc(art["title"])}_乡镇动态_{unit}人民政府</title>'
            f'<meta name="keywords" content="{town},乡镇动态"><meta name="description" content="{desc}">')
    return head, body, url


def wenmingban_mp(art, rng, others):
    """A district 文明办 WeChat post saved from the browser, in 135editor ``<section>`` markup:
    原创 tag, account, ``publish_time``, IP place, a 点击蓝字 header, ``01 …`` section headings,
    ▲ captions, 来源/编辑/审核 tail, 往期推荐, QR prompt, and the saved page's WeChat strings."""
    prov, unit, short = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    acct = f"文明{short}"
    hm = _hm(rng)
    who = rng.sample(REPORTERS, 3)
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKLMNPQRSTabcdefghjkmnpqrst0123456789_-') for _ in range(22))}"
    sec = 'style="margin:0px 8px;line-height:1.75em;letter-spacing:1px"'
    out = [f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{rng.randint(10 ** 8, 10 ** 9)}/640" />'
           f'<p><span style="color:#c00000;font-size:12px">点击蓝字 关注我们</span></p></section>']
    for i, p in enumerate(art["body"]):
        if re.match(r"0\d ", p):
            out.append(f'<section style="text-align:center;margin:20px 0"><section style="display:inline-block;border-bottom:2px solid #c00000">'
                       f'<p><strong><span style="color:#c00000;font-size:17px">{esc(p)}</span></strong></p></section></section>')
        else:
            out.append(f'<section {sec}><p style="text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p></section>')
        cap = _ex(art)["C"].get(i)
        if cap:
            out.append(f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{rng.randint(10 ** 8, 10 ** 9)}/640" />'
                       f'<p><span style="font-size:12px;color:#888">{esc(cap)}</span></p></section>')
    rec = "".join(f'<p><a href="#"><span style="font-size:14px">{esc(t)}</span></a></p>' for t, _ in rng.sample(others, 3))
    out.append(f'<section style="font-size:12px;color:#888;text-align:right"><p>来源：{unit}委文明办</p>'
               f'<p>编辑：{who[0]}　审核：{who[1]}</p></section>'
               f'<section><p><strong>往期推荐</strong></p>{rec}</section>'
               f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{rng.randint(10 ** 8, 10 ** 9)}/640" />'
               f'<p>长按识别二维码 关注{acct}</p></section>'
               f'<section style="text-align:right"><p><span style="font-size:12px">分享 · 点赞 · 在看</span></p></section>')
    ct = int(datetime.datetime(int(y), int(m), int(d), int(hm[:2]), int(hm[3:]),
                               tzinfo=datetime.timezone(datetime.timedelta(hours=8))).timestamp())
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{who[2]}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{acct}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {hm}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于{prov}</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:visible">{"".join(out)}</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a>'
            f'<div class="weui-wa-hotarea">阅读 {rng.randint(500, 9999)}</div></div>'
            f'<div id="js_pc_qr_code"><p>微信扫一扫<br />关注该公众号</p></div></div></div></div>'
            f'<div class="interaction_bar"><span>分享</span><span>赞</span><span>在看</span><span>写留言</span></div>'
            f'<div class="weui-dialog"><p>继续滑动看下一个</p><p>轻触阅读原文</p><p>{acct}</p><p>向上滑动看下一个</p><a>知道了</a></div>'
            f'<script>var ct = "{ct}"; var nickname = "{acct}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}"><meta name="author" content="{who[2]}">')
    return head, body, url


TEMPLATES = {"jjjc_gzdt": jjjc_gzdt, "edu_health_news": edu_health_news, "prov_party_net": prov_party_net,
             "dangjian_channel": dangjian_channel, "founder_epaper": founder_epaper,
             "county_xzdt_gbk": county_xzdt_gbk, "wenmingban_mp": wenmingban_mp}

XML_HEAD = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n')


def as_xhtml(path: Path) -> None:
    """Rewrite a written UTF-8 page as XHTML: an XML declaration and the XHTML doctype in place of
    ``<!DOCTYPE html>``, and the XHTML namespace on ``<html>`` (as Founder e-paper systems save them)."""
    text = path.read_text(encoding="utf-8")
    text = XML_HEAD + text.removeprefix("<!DOCTYPE html>\n").replace("<html>", '<html xmlns="http://www.w3.org/1999/xhtml">', 1)
    path.write_text(text, encoding="utf-8")


def main() -> None:
    refs = write_set(HERE, "zhframe-pages18", TEMPLATES, lambda art: "held-apart")
    for name, ref in refs.items():
        if "xhtml" in ref["flags"]:
            as_xhtml(HERE / name)
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
