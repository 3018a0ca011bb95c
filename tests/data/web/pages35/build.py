"""Build the thirty-fifth saved-page set (``pages35``): all held apart for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier
set used, each chosen to be hard for an extractor: a 区 民政局 社会救助 政策解读 with 问/答 turns
and a 解读机关 block (``mzj_shjz_jiedu``), a 新华网 地方频道 article with a 新华社 dateline,
【纠错】 and 责任编辑 (``xhw_difang_jiucuo``), a 融媒体 直播回看 page with a player, 直播时间 and
comments (``rmt_zhibo_huikan``), a 文明网 志愿服务 story with a 志愿者名片 card
(``wmw_zhiyuan_mingpian``), a 法院 公众号 庭审 report with a 法官说法 box (``fy_mp_tingshen``), a
大学 新闻网 article with a 供稿/摄影/编辑/审核 chain (``daxue_xww_shenhe``) and a 县 政府网
常务会议 page with 议题 items (``xzf_changwuhui_yiti``). Besides ``T``/``B``/``F`` lines,
``articles.txt`` holds layout-only lines read by :func:`extras`. See README.md.

    python tests/data/web/pages35/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402
from pageset import digits as _n, hm as _hm, hms as _hms, ymd as _ymd  # noqa: E402


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: heading indices ``H``, Q&A
    turn indices ``Q``, captions ``C`` ``{n: [text]}``, the box ``P`` and its anchor ``A``, the
    after-text box ``G``, the dateline ``L``, credit lines ``R`` and a second date ``V``."""
    out, cur = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            cur = out.setdefault(line.split()[1], {"H": set(), "Q": set(), "C": {}, "P": [], "A": None,
                                                   "G": [], "L": "", "R": [], "V": ""})
        elif line[:2] in ("H ", "Q "):
            cur[line[0]] = {int(x) for x in line[2:].split()}
        elif line.startswith("C "):
            n, text = line[2:].split(" ", 1)
            cur["C"].setdefault(int(n), []).append(text)
        elif line.startswith("A "):
            cur["A"] = int(line[2:])
        elif line[:2] in ("P ", "G ", "R "):
            cur[line[0]].append(line[2:])
        elif line[:2] in ("L ", "V "):
            cur[line[0]] = line[2:]
    return out


EXTRAS = extras(HERE / "articles.txt")


def _second(art) -> bool:
    """The second page of its design (odd ids are the first)."""
    return int(art["id"][1:]) % 2 == 0


def _epoch(art, t: str) -> int:
    """Seconds since 1970 of the article's date at ``t`` (``HH:MM``), Beijing time."""
    h, mi = (int(x) for x in t.split(":"))
    tz = datetime.timezone(datetime.timedelta(hours=8))
    return int(datetime.datetime.fromisoformat(art["date"]).replace(hour=h, minute=mi, tzinfo=tz).timestamp())


def _turn(p: str, tag: str = "strong") -> str:
    """A Q&A turn with its speaker label (up to the first full-width colon) in bold."""
    who, rest = p.split("：", 1)
    return f"<{tag}>{esc(who)}：</{tag}>{esc(rest)}"


def _lead(p: str) -> str:
    """A paragraph whose first sentence is set in bold (a meeting report's 议题 lead-in)."""
    head, rest = p.split("。", 1)
    return f"<strong>{esc(head)}。</strong>{esc(rest)}"


def _paras(art, one, head, photo=None, box="") -> list[str]:
    """Each body paragraph through ``one(i, html)`` (``head(i, text)`` for ``H`` headings),
    Q&A turns and lead-ins in bold, the dateline ``L`` before paragraph 0, ``photo(captions)``
    after paragraph n for its ``C n`` lines and ``box`` after paragraph ``A``."""
    ex = EXTRAS[art["id"]]
    out = []
    for i, p in enumerate(art["body"]):
        if i in ex["H"] and "leadbold" not in art["flags"]:
            out.append(head(i, p))
        else:
            if i in ex["Q"]:
                html = _turn(p)
            elif i in ex["H"]:
                html = _lead(p)
            else:
                html = esc(p)
            if i == 0 and ex["L"]:
                html = esc(ex["L"]) + html
            out.append(one(i, html))
        if photo and i in ex["C"]:
            out.append(photo(ex["C"][i]))
        if box and ex["A"] == i:
            out.append(box)
    return out


def _rel(rng, others, k, fmt="{t}<span>{d}</span>") -> str:
    return "".join(f'<li><a href="#" target="_blank">{fmt.format(t=esc(t), d=d)}</a></li>' for t, d in rng.sample(others, k))


def _img(rng, caps, style="text-align:center", cls="") -> str:
    c = f' class="{cls}"' if cls else ""
    return (f'<p style="{style}"><img src="/uploadfiles/{_n(rng, 6)}.jpg" border="0"></p>'
            + "".join(f'<p style="{style}"{c}>{esc(x)}</p>' for x in caps))


def _gov_metas(art, site, column, source, pub) -> str:
    return (f'<meta name="SiteName" content="{site}"><meta name="ColumnName" content="{column}">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{pub}">'
            f'<meta name="ContentSource" content="{source}">')


def _gov_footer(rng, org, prov="渝") -> str:
    return (f'<div class="footer"><p>主办：{org}办公室　承办：{org}大数据发展局</p>'
            f'<p>网站标识码：{_n(rng, 10)}　<a>{prov}ICP备{_n(rng, 8)}号-{rng.randint(1, 3)}</a>　'
            f'<img src="/images/ga.png"><a>{prov}公网安备 {_n(rng, 14)}号</a></p>'
            f'<p><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a></p></div>')


def _font_size() -> str:
    return '【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】'


# ---------------------------------------------------------------------------------------------
# 1. 区 民政局 社会救助 政策解读


def mzj_shjz_jiedu(art, rng, others):
    """A 区 民政局 policy explainer on the district portal: p01 an old table layout in GBK with a
    政务公开 grid (成文日期 a week before the 发布日期), 问：/答： turns and a 解读机关 block after the
    text; p02 a modern portal with 发布时间/更新时间 spans side by side, a 温馨提示 box inside the
    text and a 图解 image at its end."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = "江北区" if not _second(art) else "巴南区"
    t = _hm(rng)
    url = f"http://www.cq{'jb' if not _second(art) else 'bn'}.gov.cn/zwgk_{_n(rng, 3)}/zcjd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    head = (f'<title>{esc(art["title"])}-重庆市{place}人民政府</title>'
            + _gov_metas(art, f"重庆市{place}人民政府", "政策解读", f"{place}民政局", f"{y}-{m}-{d} {t}"))
    jd = "".join(f"<p>{esc(g)}</p>" if not g.startswith("政策原文") else
                 f'<p>政策原文：<a href="./t{y}{m}{d}_{_n(rng, 8)}.html">{esc(g.split("：", 1)[1])}</a></p>' for g in ex["G"])
    if not _second(art):
        paras = _paras(art, lambda i, h: f'<p style="text-indent:2em;line-height:2"><font face="仿宋_GB2312" size="3">{h}</font></p>',
                       lambda i, p: f'<p style="text-indent:2em"><strong><font face="黑体">{esc(p)}</font></strong></p>')
        grid = (f'<table class="xxgk" width="100%" border="1" cellspacing="0"><tr><td>索引号：</td><td>11500105MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td>'
                f'<td>主题分类：</td><td>民政、扶贫、救灾</td></tr><tr><td>发布机构：</td><td>{place}民政局</td><td>成文日期：</td><td>{ex["V"]}</td></tr>'
                f'<tr><td>标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr><tr><td>发文字号：</td><td>无</td><td>发布日期：</td><td>{y}年{m}月{d}日</td></tr></table>')
        body = (f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/jb_banner.jpg" width="1000" height="160"></td></tr>'
                f'<tr><td class="nav" height="36"><a href="/">首页</a>&nbsp;|&nbsp;<a>走进江北</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;'
                f'<a>政务服务</a>&nbsp;|&nbsp;<a>互动交流</a>&nbsp;|&nbsp;<a>专题专栏</a></td></tr></table>'
                f'<table width="1000" align="center"><tr><td width="220" valign="top" class="left">'
                f'<div class="lm">政策解读</div><ul><li><a>政策文件</a></li><li><a>政策解读</a></li><li><a>图解政策</a></li><li><a>新闻发布会</a></li></ul></td>'
                f'<td width="20"></td><td valign="top"><div class="wz">您现在的位置：<a>首页</a>&gt;&gt;<a>政务公开</a>&gt;&gt;<a>政策解读</a></div>'
                f'{grid}<div class="title" align="center"><font size="4" color="#0B3E88"><b>{esc(art["title"])}</b></font></div>'
                f'<div class="info" align="center">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;信息来源：{place}民政局&nbsp;&nbsp;浏览次数：'
                f'<script language="javascript">document.write({rng.randint(200, 3000)})</script>&nbsp;&nbsp;{_font_size()}</div>'
                f'<div class="TRS_Editor" id="zoom">{"".join(paras)}</div><div class="jdxx">{jd}</div>'
                f'<div class="dy" align="right"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>'
                f'<div class="xgjd"><b>相关解读</b><ul>{_rel(rng, others, 4, "{t}　[{d}]")}</ul></div></td></tr></table>'
                + _gov_footer(rng, f"重庆市{place}人民政府"))
        return head, body, url
    tip = ('<div class="wxts" style="border:1px dashed #c00;padding:10px;margin:10px 0">'
           f'<p><strong>{esc(ex["P"][0])}</strong></p>' + "".join(f"<p>{esc(x)}</p>" for x in ex["P"][1:]) + "</div>")
    paras = _paras(art, lambda i, h: f'<p style="text-indent:2em">{h}</p>',
                   lambda i, p: f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>',
                   photo=lambda caps: _img(rng, caps), box=tip)
    info = (f'<span>发布时间：{y}-{m}-{d} {t}</span><span>更新时间：{ex["V"]}</span><span>来源：{place}民政局</span>'
            f'<span>浏览量：<em id="viewCount">{rng.randint(300, 5000)}</em></span><span class="zh">字号：<a>大</a><a>中</a><a>小</a></span>')
    body = (f'<div class="topbar"><a>无障碍</a><a>长者模式</a><a>English</a><a>登录</a></div>'
            f'<div class="header"><img class="logo" src="/images/logo.png" alt="重庆市{place}人民政府"><div class="search"><input placeholder="请输入关键字"><button>搜索</button></div></div>'
            f'<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进巴南</li></ul></div>'
            f'<div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政策解读</a></div>'
            f'<div class="xl_con"><h2 class="xl_title">{esc(art["title"])}</h2><div class="xl_info">{info}</div>'
            f'<div class="view TRS_UEDITOR trs_paper_default">{"".join(paras)}</div>'
            f'<div class="jdlj">{jd}</div>'
            f'<div class="xl_tool"><a>打印</a><a>关闭</a><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a></div>'
            f'<div class="xl_page"><p>上一篇：<a>{esc(others[1][0])}</a></p><p>下一篇：<a>{esc(others[5][0])}</a></p></div>'
            f'<div class="ewm"><img src="/images/qr.png"><p>扫一扫在手机打开当前页</p></div></div>'
            + _gov_footer(rng, f"重庆市{place}人民政府"))
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 2. 新华网 地方频道


def xhw_difang_jiucuo(art, rng, others):
    """A 新华网 地方频道 article: the dateline (新华社/新华网…电（记者…）) runs into the first
    paragraph; p03 the split ``2024 05/12 10:21:35`` date boxes, a photo under the lead,
    【纠错】 and ``[责任编辑: …]``; p04 an ``h-time`` stamp, 记者： turns and a video box."""
    y, m, d = _ymd(art)
    ed = rng.choice(REPORTERS)
    if not _second(art):
        url = f"http://www.cq.xinhuanet.com/{y}-{m}/{d}/c_{_n(rng, 10)}.htm"
        paras = _paras(art, lambda i, h: f"<p>　　{h}</p>", None,
                       photo=lambda caps: _img(rng, caps, cls="pic-text"))
        ts = _hms(rng)
        body = (f'<div class="header-top"><a>新华网</a> | <a>新华社</a> | <a>客户端</a> | <a>English</a></div>'
                f'<div class="channel-nav"><img src="/logo_cq.png" alt="新华网重庆频道"><a>首页</a><a>时政</a><a>区县</a><a>经济</a><a>文旅</a><a>图片</a></div>'
                f'<div class="header"><div class="head-line"><h1><span class="title">{esc(art["title"])}</span></h1>'
                f'<div class="header-cont"><div class="info"><span class="year"><em> {y}</em></span><span class="day"><em> {m}</em>/<em>{d}</em></span>'
                f'<span class="time"> {ts}</span><div class="source">来源：新华网</div></div>'
                f'<div class="pageShare"><span>字体：</span><a>小</a><a>中</a><a>大</a><span>分享到：</span><a class="wx"></a><a class="wb"></a></div></div></div></div>'
                f'<div class="main"><div id="detail">{"".join(paras)}</div>'
                f'<div class="editor">【纠错】<span>[责任编辑:　{ed} ]</span></div></div>'
                f'<div class="xglb"><h3>相关新闻</h3><ul>{_rel(rng, others, 4, "{t}<em>{d}</em>")}</ul></div>'
                f'<div class="foot"><p>Copyright © 2000-{y} XINHUANET.com　All Rights Reserved.</p><p>制作单位：新华网重庆分公司　版权所有：新华网</p></div>')
        head = (f'<title>{esc(art["title"])}-新华网</title><meta name="keywords" content="果园港,多式联运,数字平台">'
                f'<meta name="description" content="{esc(art["title"])}---{esc(art["body"][0][:40])}">')
        return head, body, url
    url = f"http://www.sc.xinhuanet.com/content/{y}-{m}/{d}/c_{_n(rng, 10)}.htm"
    video = (f'<div class="video-box"><video src="/video/{_n(rng, 8)}.mp4" controls poster="/video/p.jpg"></video>'
             f'<p class="video-title">视频：刘建华的秋收季（时长02:16）</p></div>')
    paras = _paras(art, lambda i, h: f"<p>{h}</p>", None)
    paras.insert(2, video)
    body = (f'<div class="topnav">新华网 &gt; <a>四川频道</a> &gt; <a>三农</a> &gt; 正文</div>'
            f'<div id="conTit"><h1>{esc(art["title"])}</h1><div class="info"><span class="h-time">{y}-{m}-{d} {_hms(rng)}</span>&nbsp;'
            f'<em id="source">来源： 新华网</em></div></div>'
            f'<div id="content">{"".join(paras)}</div>'
            f'<div class="p-jc"><a href="#">【纠错】</a></div><div class="p-editor">[责任编辑： {ed} ]</div>'
            f'<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="relative"><h3>相关稿件</h3><ul>{_rel(rng, others, 5, "{t} {d}")}</ul></div>'
            f'<div class="foot">新华网四川频道　版权所有　未经许可不得转载</div>')
    return f'<title>{esc(art["title"])}_新华网四川频道</title>', body, url


# ---------------------------------------------------------------------------------------------
# 3. 县/区 融媒体 直播回看


def rmt_zhibo_huikan(art, rng, others):
    """A 融媒体 centre's 直播回看 page: p05 a county app's H5 page (player, 直播时间 beside the
    later 发布时间, 简介/图文/评论 tabs, the text with a one-word-per-line list, comments); p06 a
    district 融媒体 site (player, 直播信息 box with 直播时间 only, 记者： turns; the date otherwise
    in the meta and the URL)."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    who = rng.sample(REPORTERS, 3)
    if not _second(art):
        url = f"https://m.pscmc.cn/live/{y}{m}{d}/{_n(rng, 6)}.html"
        paras = _paras(art, lambda i, h: f'<p class="txt">{h}</p>', None)
        cmts = "".join(f'<div class="cmt"><span class="nick">{n}</span><p>{c}</p><span class="t">{m}-{d} {_hm(rng)}</span></div>'
                       for n, c in (("苗乡阿妹", "太热闹了，明年一定去现场！"), ("郁山人", "家乡越来越好了👍"),
                                    ("乌江边", "回看了一遍，开场的歌舞真好看")))
        body = (f'<div class="app-bar"><img class="logo" src="/static/logo.png"><span>彭水融媒</span><a class="open">打开APP</a></div>'
                f'<div class="player-wrap"><video poster="/live/{_n(rng, 6)}.jpg" src="/live/replay_{_n(rng, 8)}.m3u8"></video>'
                f'<div class="live-state">直播已结束 · 回看</div><div class="live-meta"><span>直播时间：{ex["V"]}</span>'
                f'<span>{rng.randint(5, 20)}.{rng.randint(1, 9)}万人观看</span></div></div>'
                f'<h1 class="live-title">{esc(art["title"])}</h1>'
                f'<div class="live-info"><span class="src">彭水县融媒体中心</span><span class="pub">发布时间：{y}-{m}-{d} {_hm(rng)}</span></div>'
                f'<ul class="tabs"><li class="on">简介</li><li>图文</li><li>评论({rng.randint(40, 200)})</li></ul>'
                f'<div class="tab-pane intro">{"".join(paras)}'
                f'<p class="credit">记者：{who[0]}　{who[1]}　编辑：{who[2]}</p></div>'
                f'<div class="like-bar"><span>赞 {rng.randint(1000, 9000)}</span><span>分享</span><span>收藏</span></div>'
                f'<div class="cmts"><h4>热门评论</h4>{cmts}<a>查看全部评论</a></div>'
                f'<div class="more-live"><h4>往期直播</h4><ul>{_rel(rng, others, 3, "{t}<i>{d}</i>")}</ul></div>'
                f'<div class="dl-banner">下载掌上彭水客户端，看更多精彩直播</div>')
        return f'<title>{esc(art["title"])}-掌上彭水</title><meta property="og:title" content="{esc(art["title"])}">', body, url
    url = f"http://www.wlrmt.com/zhibo/{y}{m}{d}/{_n(rng, 5)}.shtml"
    t = "15:00"
    paras = _paras(art, lambda i, h: f"<p>　　{h}</p>", None)
    body = (f'<div class="top"><img src="/images/logo.png" alt="武隆区融媒体中心"><ul class="menu"><li>首页</li><li>武隆新闻</li>'
            f'<li>直播</li><li>视频</li><li>专题</li></ul></div><div class="crumbs">首页 &gt; 直播 &gt; 直播回看</div>'
            f'<div class="zb-box"><div class="zb-player" id="player"><object type="application/x-shockwave-flash"></object>'
            f'<p>您的浏览器不支持视频播放，请升级浏览器</p></div>'
            f'<div class="zb-side"><h3>直播信息</h3><p>直播时间：{y}-{m}-{d} {t}</p><p>直播状态：已结束</p>'
            f'<p>观看人次：{_n(rng, 5)}</p><p>主办：武隆区委宣传部</p></div></div>'
            f'<div class="zb-title">{esc(art["title"])}</div>'
            f'<div class="zb-tabs"><a class="cur">文字实录</a><a>精彩图片</a></div>'
            f'<div class="zb-txt">{"".join(paras)}</div>'
            f'<div class="share">分享到：<a>微信</a><a>微博</a></div>'
            f'<div class="wqhg"><h3>往期回顾</h3><ul>{_rel(rng, others, 4, "{t}　{d}")}</ul></div>'
            f'<div class="footer">武隆区融媒体中心 版权所有　渝ICP备{_n(rng, 8)}号　互联网新闻信息服务许可证：{_n(rng, 11)}</div>')
    head = f'<title>{esc(art["title"])}_武隆网</title><meta name="publishdate" content="{y}-{m}-{d}">'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 4. 市 文明网 志愿服务


def _card(lines, style) -> str:
    """A 名片 card: its head, then ``label：value`` rows as a two-column table."""
    rows = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in (x.split("：", 1) for x in lines[1:]))
    return f'<table class="mp" style="{style}"><tr><th colspan="2">{esc(lines[0])}</th></tr>{rows}</table>'


def wmw_zhiyuan_mingpian(art, rng, others):
    """A 市 文明网 volunteer story: p07 a modern 文明网 page (`2022/6/18` in an info row, a
    志愿者名片 table after the second paragraph, a photo); p08 an old table layout in GBK with
    ``时间：2023.03.06`` and the text as ``<br>`` lines in one div, list items one per line and a
    志愿服务队名片 box between them."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    who = rng.sample(REPORTERS, 2)
    if not _second(art):
        url = f"http://www.wenming.cn/hbyc/zyfw/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.shtml"
        card = _card(ex["P"], "float:right;width:260px;border:1px solid #d40000;background:#fff5f0")
        paras = _paras(art, lambda i, h: f'<p align="justify">　　{h}</p>', None,
                       photo=lambda caps: _img(rng, caps), box=card)
        body = (f'<div class="wm_top"><a>中国文明网</a> | <a>湖北文明网</a> | <a>宜昌文明网</a></div>'
                f'<div class="wm_logo"><img src="/images/yc_logo.png"></div>'
                f'<div class="wm_nav"><a>首页</a><a>文明创建</a><a>志愿服务</a><a>道德模范</a><a>网络文明</a><a>未成年人</a></div>'
                f'<div class="wm_pos">首页 &gt; 志愿服务 &gt; 志愿风采</div>'
                f'<div class="article"><div class="bt">{esc(art["title"])}</div>'
                f'<div class="sm"><span>来源：西陵区文明办</span><span>作者：{who[0]}</span><span>{int(y)}/{int(m)}/{int(d)}</span></div>'
                f'<div class="TRS_Editor">{"".join(paras)}</div><div class="zrbj">责任编辑：{who[1]}</div>'
                f'<div class="share">分享：<a>微信</a><a>微博</a><a>QQ</a></div></div>'
                f'<div class="xgwz"><h3>相关文章</h3><ul>{_rel(rng, others, 5, "{t}<span>{d}</span>")}</ul></div>'
                f'<div class="wm_foot"><p>主办：中共宜昌市委宣传部　宜昌市文明办</p><p>鄂ICP备{_n(rng, 8)}号</p></div>')
        return f'<title>{esc(art["title"])}_宜昌文明网</title>', body, url
    url = f"http://zy.wenming.cn/zyfw/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.shtml"
    card = ('<div style="border:1px solid #f60;background:#fff8f0;padding:6px"><b>' + esc(ex["P"][0]) + "</b><br>"
            + "<br>".join(esc(x) for x in ex["P"][1:]) + "</div>")
    lines = _paras(art, lambda i, h: f"&nbsp;&nbsp;&nbsp;&nbsp;{h}<br>", None, box=card)
    body = (f'<table width="980" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td><img src="/images/zy_top.jpg"></td></tr>'
            f'<tr><td class="daohang"><a>首页</a>　<a>文明创建</a>　<a>志愿服务</a>　<a>身边好人</a>　<a>文明播报</a></td></tr></table>'
            f'<table width="980" align="center"><tr><td class="weizhi">当前位置：首页 → 志愿服务 → 正文</td></tr>'
            f'<tr><td class="biaoti" align="center"><font size="5"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td class="info" align="center">时间：{y}.{m}.{d}&nbsp;&nbsp;&nbsp;来源：红花岗区文明办&nbsp;&nbsp;&nbsp;点击：'
            f'<span id="hits"><script>document.write("{rng.randint(100, 999)}")</script></span></td></tr>'
            f'<tr><td><div id="zoom">{"".join(lines)}</div></td></tr>'
            f'<tr><td align="right">（编辑：{who[0]}）</td></tr>'
            f'<tr><td align="center"><a>【打印此页】</a>　<a>【关闭窗口】</a></td></tr>'
            f'<tr><td>上一篇：<a>{esc(others[2][0])}</a><br>下一篇：<a>{esc(others[7][0])}</a></td></tr></table>'
            f'<div class="foot" align="center">版权所有：遵义文明网　黔ICP备{_n(rng, 8)}号<br>技术支持：遵义某某网络科技有限公司</div>')
    return f'<title>{esc(art["title"])}--遵义文明网</title>', body, url


# ---------------------------------------------------------------------------------------------
# 5. 区 法院 公众号 庭审


def fy_mp_tingshen(art, rng, others):
    """A 区 法院 account's 庭审 report (WeChat shell): p09 原创, boxed 案情回顾/庭审现场/当庭宣判
    heads, a 法官说法 box after the text, a 供稿/编辑/审核 credit, — END —; p10 red 一、… heads, a
    ▲ caption, a 法官说法 box before the last paragraphs, a 来源/编辑/校对/审核 credit."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    acct = "江北法院" if not _second(art) else "船山法院"
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKLMNPQRSTabcdefghjkmnpqrst0123456789_-') for _ in range(22))}"
    if not _second(art):
        head_html = lambda i, p: (f'<section style="text-align:center;margin:20px 0"><span style="background:#8b0000;color:#fff;'
                                  f'padding:2px 10px"><strong>{esc(p)}</strong></span></section>')
    else:
        head_html = lambda i, p: f'<p><strong><span style="color:#c00000">{esc(p)}</span></strong></p>'
    box = ('<section style="border:1px solid #8b0000;padding:12px;margin:16px 0;background:#fdf6ef">'
           f'<section style="text-align:center"><strong><span style="color:#8b0000">{esc(ex["G"][0])}</span></strong></section>'
           + "".join(f'<p style="text-indent:2em"><span style="font-size:15px">{esc(x)}</span></p>' for x in ex["G"][1:]) + "</section>")
    paras = _paras(art, lambda i, h: f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{h}</span></p>',
                   head_html, photo=lambda caps: _img(rng, caps, "text-align:center;color:#888;font-size:12px"),
                   box=box if ex["A"] is not None else "")
    after = box if ex["A"] is None else ""
    credit = "".join(f'<p style="text-align:right;font-size:12px;color:#888">{esc(r)}</p>' for r in ex["R"])
    tail = ('<p style="text-align:center;color:#999">— END —</p>'
            f'<p style="text-align:center"><img src="/mmbiz/qr_{_n(rng, 4)}.jpg"></p><p style="text-align:center;font-size:12px">长按二维码关注我们</p>'
            f'<p><strong>往期推荐</strong></p>' + "".join(f'<p><a>{esc(o)}</a></p>' for o, _ in rng.sample(others, 3)))
    orig = '<span id="copyright_logo" class="rich_media_meta rich_media_meta_text meta_original_tag">原创</span>' if not _second(art) else ""
    author = "" if not _second(art) else f'<span class="rich_media_meta rich_media_meta_text">{esc(ex["R"][0].split("：")[1])}</span>'
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n          </h1>'
            f'<div id="meta_content" class="rich_media_meta_list">{orig}{author}<span class="rich_media_meta rich_media_meta_nickname">'
            f'<a id="js_name">{acct}</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em></div>'
            f'<div class="rich_media_content" id="js_content" style="visibility: hidden;">'
            f'<p style="text-align:center"><img data-src="/mmbiz_gif/{_n(rng, 6)}.gif"></p>'
            f'{"".join(paras)}{after}{credit}{tail}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(800, 9000)}</span>'
            f'<span>赞 {rng.randint(10, 200)}</span><span>分享</span><span>在看 {rng.randint(5, 60)}</span><a>写留言</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "{acct}"; var msg_title = "{esc(art["title"])}";</script>')
    return f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">', body, url


# ---------------------------------------------------------------------------------------------
# 6. 大学 新闻网


def daxue_xww_shenhe(art, rng, others):
    """A university news site's article: p11 a WebPlus-like page (arti_title, 发布时间 and a
    ``_showDynClicks`` counter, bold 坚持…，推动… one-line heads, a photo under the lead, the
    供稿/摄影/编辑/审核 chain in one parenthesis after the text); p12 an old ASP layout in GBK
    (``2024年04月26日 15:30``, a 文/图 line above the text and 编辑/审核 below, an award list)."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    if not _second(art):
        url = f"https://news.cqljxy.edu.cn/info/1002/{_n(rng, 5)}.htm"
        paras = _paras(art, lambda i, h: f'<p style="text-indent:2em;line-height:1.75">{h}</p>',
                       lambda i, p: f'<p style="text-indent:2em;line-height:1.75"><strong>{esc(p)}</strong></p>',
                       photo=lambda caps: _img(rng, caps, "text-align:center;font-family:楷体"))
        chain = "（" + "　".join(ex["R"]) + "）"
        body = (f'<div class="top"><img src="/images/logo.png" alt="重庆临江学院新闻网"><a>学校主页</a></div>'
                f'<div class="nav"><a>首页</a><a>学校要闻</a><a>综合新闻</a><a>学院动态</a><a>媒体临江</a><a>校园视点</a><a>专题</a></div>'
                f'<div class="position">当前位置: <a>首页</a> &gt; <a>学校要闻</a> &gt; 正文</div>'
                f'<form name="_newscontent_fromname"><div class="arti_title">{esc(art["title"])}</div>'
                f'<div class="arti_metas"><span class="arti_update">发布时间：{y}-{m}-{d}</span>'
                f'<span class="arti_views">点击数：<script>_showDynClicks("wbnews", {_n(rng, 10)}, {_n(rng, 5)})</script></span>'
                f'<span>来源：{esc(ex["R"][0].split("：")[1])}</span></div>'
                f'<div class="wp_articlecontent" id="vsb_content">{"".join(paras)}<p style="text-align:right">{esc(chain)}</p></div></form>'
                f'<div class="page"><p>上一条：<a>{esc(others[3][0])}</a></p><p>下一条：<a>{esc(others[9][0])}</a></p></div>'
                f'<div class="xgxw"><h3>相关新闻</h3><ul>{_rel(rng, others, 4, "{t}<span>{d}</span>")}</ul></div>'
                f'<div class="footer">版权所有 © 重庆临江学院　党委宣传部　地址：重庆市沙坪坝区大学城某某路{rng.randint(10, 99)}号　渝ICP备{_n(rng, 8)}号</div>')
        return f'<title>{esc(art["title"])}-重庆临江学院新闻网</title>', body, url
    url = f"http://news.gnec.edu.cn/ShowArticle.asp?ArticleID={_n(rng, 5)}"
    paras = _paras(art, lambda i, h: f'<p>　　<font size="3">{h}</font></p>', None,
                   photo=lambda caps: _img(rng, caps))
    body = (f'<table width="960" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.jpg"></td></tr>'
            f'<tr><td class="menu"><a>首页</a> | <a>校园要闻</a> | <a>院部动态</a> | <a>学子风采</a> | <a>图说赣南</a></td></tr></table>'
            f'<table width="960" align="center"><tr><td width="700" valign="top">'
            f'<table width="100%"><tr><td class="weizhi">您现在的位置： <a>赣南工程学院新闻网</a> &gt;&gt; <a>校园要闻</a> &gt;&gt; 正文</td></tr>'
            f'<tr><td class="biaoti" align="center"><b>{esc(art["title"])}</b></td></tr>'
            f'<tr><td class="info" align="center">{y}年{m}月{d}日 {_hm(rng)}&nbsp;&nbsp;作者：团委&nbsp;&nbsp;浏览：<font color="red">{rng.randint(100, 999)}</font>次</td></tr>'
            f'<tr><td class="content"><p style="text-align:center">{esc(ex["R"][0])}</p>{"".join(paras)}'
            f'<p style="text-align:right">{esc(ex["R"][1])}</p></td></tr>'
            f'<tr><td align="right"><a href="javascript:window.close()">【关闭窗口】</a></td></tr></table></td>'
            f'<td width="240" valign="top" class="right"><div class="rbox"><h4>热点新闻</h4><ul>{_rel(rng, others, 6, "{t}")}</ul></div></td></tr></table>'
            f'<div class="foot" align="center">Copyright 2008-{y} 赣南工程学院 All Rights Reserved　赣ICP备{_n(rng, 8)}号</div>')
    return f'<title>{esc(art["title"])}--赣南工程学院新闻网</title>', body, url


# ---------------------------------------------------------------------------------------------
# 7. 县 政府网 政府常务会议


def xzf_changwuhui_yiti(art, rng, others):
    """A 县 政府网 常务会议 page: p13 an old portal in GBK with a 政务公开 grid (成文日期 the
    meeting day, 发布日期 three days later), `&nbsp;`-indented paragraphs and bold 一、审议… 议题
    heads; p14 a modern page with NO visible date (``PubDate`` meta and the URL's ``t2023…``),
    议题 lead-ins in bold inside their paragraphs and a 常务会议 column list of other meetings."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    t = _hm(rng)
    if not _second(art):
        url = f"http://www.cqck.gov.cn/zwgk_{_n(rng, 3)}/zfxxgkml/zfcwhy/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        head = f'<title>{esc(art["title"])}_城口县人民政府</title>' + _gov_metas(art, "城口县人民政府", "政府常务会议", "县政府办公室", f"{y}-{m}-{d} {t}")
        paras = _paras(art, lambda i, h: f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{h}</p>",
                       lambda i, p: f"<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>{esc(p)}</strong></p>")
        grid = (f'<table class="xxgk_table" width="100%"><tr><th>索引号</th><td>11500229009{_n(rng, 7)}/{y}-{_n(rng, 5)}</td>'
                f'<th>发布机构</th><td>城口县人民政府办公室</td></tr><tr><th>成文日期</th><td>{ex["V"]}</td><th>发布日期</th><td>{y}-{m}-{d}</td></tr>'
                f'<tr><th>主题分类</th><td>综合政务/其他</td><th>体裁分类</th><td>会议</td></tr></table>')
        body = (f'<div id="top"><span>欢迎访问城口县人民政府网站</span><a>设为首页</a><a>加入收藏</a><a>无障碍</a></div>'
                f'<div id="banner"><img src="/images/ck_banner.jpg"></div>'
                f'<div id="menu"><a>首页</a><a>走进城口</a><a>政务公开</a><a>政务服务</a><a>互动交流</a></div>'
                f'<div class="dqwz">当前位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; <a>政府常务会议</a></div>'
                f'{grid}<div class="zwxl"><h1>{esc(art["title"])}</h1>'
                f'<div class="zwxl_info">发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;来源：县政府办公室&nbsp;&nbsp;&nbsp;&nbsp;{_font_size()}</div>'
                f'<div class="zw TRS_Editor">{"".join(paras)}</div>'
                f'<div class="ewm"><img src="/images/ewm.png">扫一扫在手机打开当前页</div>'
                f'<div class="dy"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
                f'<div class="xgxx"><h4>相关信息</h4><ul>{_rel(rng, others, 4, "{t}　{d}")}</ul></div>'
                + _gov_footer(rng, "城口县人民政府"))
        return head, body, url
    url = f"http://www.cqws.gov.cn/zwgk_{_n(rng, 3)}/zfcwhy/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    head = f'<title>{esc(art["title"])}_巫山县人民政府</title>' + _gov_metas(art, "巫山县人民政府", "政府常务会议", "县政府办公室", f"{y}-{m}-{d} {t}")
    paras = _paras(art, lambda i, h: f'<p style="text-indent:2em">{h}</p>', None)
    meetings = "".join(f'<li><a>县政府召开第二十{c}次常务会议</a><span>{y}-{mm}</span></li>'
                       for c, mm in (("七", "08-08"), ("六", "07-20"), ("五", "07-04")))
    body = (f'<div class="head"><img src="/images/ws_logo.png" alt="巫山县人民政府"><div class="search"><input><a>搜索</a></div></div>'
            f'<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>魅力巫山</a></div>'
            f'<div class="crumb">首页 &gt; 政务公开 &gt; 政府常务会议</div>'
            f'<div class="article"><h1>{esc(art["title"])}</h1>'
            f'<div class="info"><span>来源：巫山县人民政府办公室</span><span>浏览次数：<i id="pv"></i></span>'
            f'<span class="fontsize">字号：<a>大</a><a>中</a><a>小</a></span></div>'
            f'<div class="content" id="zoom">{"".join(paras)}</div>'
            f'<div class="tools"><a>打印</a><a>关闭</a></div></div>'
            f'<div class="col-list"><h3>政府常务会议</h3><ul>{meetings}</ul></div>'
            + _gov_footer(rng, "巫山县人民政府"))
    return head, body, url


TEMPLATES = {"mzj_shjz_jiedu": mzj_shjz_jiedu, "xhw_difang_jiucuo": xhw_difang_jiucuo,
             "rmt_zhibo_huikan": rmt_zhibo_huikan, "wmw_zhiyuan_mingpian": wmw_zhiyuan_mingpian,
             "fy_mp_tingshen": fy_mp_tingshen, "daxue_xww_shenhe": daxue_xww_shenhe,
             "xzf_changwuhui_yiti": xzf_changwuhui_yiti}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages35", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
