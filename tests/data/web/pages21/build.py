"""Build the twenty-first saved-page set (``pages21``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier
set used, each chosen to be hard for an extractor: a national portal's long 通讯 feature with
section headings and many captioned photos (``feature_photos``), a county 融媒体中心 page with
an audio or video player and a 音频/视频文字稿 note (``rongmei_audio``), a county portal's 专栏
page whose article sits under the column's 工作动态 list (``zhuanlan_gzdt``), a department's
数据发布 page with data tables and 注： notes (``sjfb_tables``), a 街道/社区 WeChat post with
emoji, ornaments and a 长按识别二维码 block (``street_wx_emoji``), an e-paper 版面 page whose
text follows a 导读 summary (``epaper_daodu``) and an English-mixed 外事/招商 news item
(``waishi_en_mixed``). Besides ``T``/``B``/``F`` lines, ``articles.txt`` holds layout-only
lines read by :func:`extras` (none of them body). See README.md.

    python tests/data/web/pages21/build.py
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402
from pageset import hm as _hm  # noqa: E402

PLACES = {"wulong": ("重庆", "武隆区"), "anshun": ("贵州", "安顺市"), "nanchuan": ("重庆", "南川区"),
          "shizhu": ("重庆", "石柱县"), "youyang": ("重庆", "酉阳县"), "pengshui": ("重庆", "彭水县"),
          "bishan": ("重庆", "璧山区"), "meishan": ("四川", "眉山市"), "yubei": ("重庆", "渝北区"),
          "shapingba": ("重庆", "沙坪坝区"), "jiangjin": ("重庆", "江津区"), "tongnan": ("重庆", "潼南区"),
          "liangjiang": ("重庆", "两江新区"), "chengdu": ("四川", "成都高新区")}
NUMS = "一二三四五六七八九十"
ENDS = ("。", "？", "！", "；", "：", "”", "…", "👏")


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: captions ``C`` ``{n: [text]}``,
    lines above/under the headline ``K``, the 编者按 ``E``, the 导读 ``D``, audio/video notes
    ``A``, a notice's signature and date ``S`` and its 附件 lines ``X``."""
    out, cur = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            cur = out.setdefault(line.split()[1], {"C": {}, "K": [], "E": "", "D": "", "A": [], "S": [], "X": []})
        elif line.startswith("C "):
            n, text = line[2:].split(" ", 1)
            cur["C"].setdefault(int(n), []).append(text)
        elif line[:2] in ("K ", "A ", "S ", "X "):
            cur[line[0]].append(line[2:])
        elif line[:2] in ("E ", "D "):
            cur[line[0]] = line[2:]
    return out


EXTRAS = extras(HERE / "articles.txt")


def _img(rng, y, m) -> str:
    return f"/upload/{y}{m}/{rng.randint(10 ** 7, 10 ** 8)}.jpg"


def _is_head(p: str) -> bool:
    """A subheading: short, no sentence end (一、会议时间, 一条路，打开一扇门, 粮食生产)."""
    return (len(p) <= 26 and not p.endswith(ENDS) and not p.startswith("表") and " " not in p
            and "：" not in p)


def _rows(body: list[str]) -> list[tuple[str, object]]:
    """The text as blocks: ``("p", text)``, ``("h", text)``, ``("t", (title, rows))`` for a
    ``表n　…`` line and the space-separated rows under it (up to a ``注：`` line)."""
    out, i = [], 0
    while i < len(body):
        p = body[i]
        if p.startswith("表") and "　" in p[:4]:
            rows, i = [], i + 1
            while i < len(body) and " " in body[i] and not body[i].startswith("注："):
                rows.append(body[i].split(" "))
                i += 1
            out.append(("t", (p, rows)))
            continue
        out.append(("h" if _is_head(p) else "p", p))
        i += 1
    return out


def _gov_footer(rng, prov, org, host) -> str:
    ab = {"重庆": "渝", "四川": "蜀", "贵州": "黔"}[prov]
    ga = {"重庆": "渝", "四川": "川", "贵州": "贵"}[prov]
    return (f'<div class="footer"><div class="ft_link"><a>网站地图</a>|<a>联系我们</a>|<a>网站声明</a></div>'
            f'<p>主办：{org}　承办：{host}</p><p>网站标识码：{rng.randint(5000000000, 5299999999)}&nbsp;&nbsp;'
            f'{ab}ICP备{rng.randint(10 ** 7, 10 ** 8)}号&nbsp;&nbsp;<img src="/images/ga.png">{ga}公网安备 '
            f'{rng.randint(10 ** 13, 10 ** 14)}号</p><p><img src="/images/dzjg.png"> <img src="/images/jiucuo.png"></p></div>')


def feature_photos(art, rng, others):
    """A national news portal's 通讯: centred bold headings, photos with centred captions
    (z01 a 新华网-like page, z02 a GBK 人民网-like local channel page with a 副题)."""
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    ex = EXTRAS[art["id"]]
    gbk = "gbk" in art["flags"]
    out = []
    for i, p in enumerate(art["body"]):
        if _is_head(p):
            out.append(f'<p style="text-align:center"><strong>{esc(p)}</strong></p>' if not gbk else
                       f'<p>　　<strong>{esc(p)}</strong></p>')
        else:
            out.append(f"<p>　　{esc(p)}</p>")
        for cap in ex["C"].get(i, []):
            out.append(f'<p style="text-align:center"><img src="{_img(rng, y, m)}" border="0" alt=""></p>'
                       + (f'<p style="text-align:center">{esc(cap)}</p>' if not gbk else
                          f'<p class="pictext" style="text-align:center"><font color="#000080">{esc(cap)}</font></p>'))
    if ex["C"].get(0) and art["body"]:  # the opening photo stands above the first paragraph
        out.insert(0, out.pop(1))
    rel = "".join(f'<li><a href="#">{esc(t)}</a><span>{dd}</span></li>' for t, dd in rng.sample(others, 5))
    if not gbk:
        url = f"http://www.news.cn/local/{y}-{m}/{d}/c_{rng.randint(10 ** 9, 10 ** 10)}.htm"
        editor = rng.choice(REPORTERS)
        body = (f'<div class="header"><div class="logo"><img src="/static/logo.png" alt="新华网"></div>'
                f'<div class="nav"><a>首页</a><a>时政</a><a>地方</a><a>国际</a><a>财经</a><a>思客</a><a>视频</a></div></div>'
                f'<div class="main clearfix"><div class="header-cont"><div class="header-time left">'
                f'<span class="year"><em> {y}</em></span><span class="day"><em> {m}</em>/<em>{d}</em></span>'
                f'<span class="time"> {_hm(rng)}:{rng.randint(10, 59)}</span></div>'
                f'<div class="source">来源：新华网</div><div class="head-line clearfix"><h1><span class="title">{esc(art["title"])}</span></h1>'
                f'<div class="pageShare"><div class="setFont">字体：<span class="bigger">+</span><span class="smaller">-</span></div>'
                f'<div class="share">分享到：<a class="wx"></a><a class="wb"></a></div></div></div></div>'
                f'<div id="detail"><div id="detailContent">{"".join(out)}</div></div>'
                f'<div id="articleEdit"><span class="tiyi1"><a>【纠错】</a></span><span class="editor">【责任编辑:{editor}】</span></div>'
                f'<div class="xgtj"><h3>相关新闻</h3><ul>{rel}</ul></div>'
                f'<div class="ewm"><img src="/static/xhwqr.png"><p>扫一扫在手机打开当前页</p></div></div>'
                f'<div class="foot"><p>Copyright &copy; 2000-{y} XINHUANET.com　All Rights Reserved.</p>'
                f'<p>制作单位：新华网股份有限公司　版权所有　新华网股份有限公司</p></div>')
        head = (f'<title>{esc(art["title"])}-新华网</title><meta name="keywords" content="武隆,白马山,乡村振兴">'
                f'<meta name="description" content="{esc(art["title"])}---{esc(art["body"][0][:40])}">'
                f'<meta name="source" content="新华网">')
        return head, body, url
    url = f"http://gz.people.com.cn/n2/{y}/{m}{d}/c{rng.randint(10 ** 5, 10 ** 6)}-{rng.randint(10 ** 7, 10 ** 8)}.html"
    sub = "".join(f'<h4 class="sub">{esc(k)}</h4>' for k in ex["K"])
    body = (f'<div class="top_nav"><a>人民网首页</a><a>频道</a><span>人民网&gt;&gt;<a>贵州频道</a>&gt;&gt;<a>要闻</a></span></div>'
            f'<div class="clearfix w1000_320 text_title"><h3 class="pre"></h3><h1>{esc(art["title"])}</h1>{sub}'
            f'<p class="author"></p><div class="box01"><div class="fl">{y}年{m}月{d}日{_hm(rng)}&nbsp;&nbsp;来源：<a>人民网-贵州频道</a></div>'
            f'<div class="fr"><div class="bdsharebuttonbox">分享到：<a class="bds_weixin"></a><a class="bds_tsina"></a></div></div></div></div>'
            f'<div class="clearfix w1000_320 text_con"><div class="fl text_con_left">'
            f'<div class="box_con" id="rwb_zw">{"".join(out)}</div>'
            f'<div class="edit clearfix">(责编：{rng.choice(REPORTERS)}、{rng.choice(REPORTERS)})</div>'
            f'<div class="box_ewm"><img src="/img/ewm.jpg"><p>关注人民网贵州频道官方微信</p></div>'
            f'<div class="box_news"><h2>相关新闻</h2><ul>{rel}</ul></div></div>'
            f'<div class="fr text_con_right"><h2>热点推荐</h2><ul>'
            + "".join(f'<li><a>{esc(t)}</a></li>' for t, _ in rng.sample(others, 4))
            + f'</ul></div></div><div class="footer"><p>人民网版权所有，未经书面授权禁止使用</p>'
            f'<p>Copyright &copy; 1997-{y} by www.people.com.cn. all rights reserved</p></div>')
    head = (f'<title>{esc(art["title"])}--贵州频道--人民网</title><meta name="keywords" content="">'
            f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="author" content="yangliu">'
            f'<meta name="source" content="来源：人民网-贵州频道">')
    return head, body, url


def rongmei_audio(art, rng, others):
    """A county 融媒体中心 news page with a player above the text and its 音频/视频 note
    (z04: an old GBK TV-station CMS, ``<br>``-separated text in one ``<font>``)."""
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    ex = EXTRAS[art["id"]]
    gbk = "gbk" in art["flags"]
    center = f"{place}融媒体中心"
    rep, ed = rng.sample(REPORTERS, 2)
    if not gbk:
        url = f"https://www.{art['place']}news.cn/content/{y}-{m}/{d}/content_{rng.randint(10 ** 6, 10 ** 7)}.html"
        audio = (f'<div class="audio-box"><p class="audio-t">{esc(ex["A"][0])}</p>'
                 f'<audio controls preload="none" src="https://media.{art["place"]}news.cn/{y}{m}{d}/{rng.randint(10 ** 7, 10 ** 8)}.mp3"></audio>'
                 f'<span class="dur">00:00 / 0{rng.randint(1, 4)}:{rng.randint(10, 59)}</span></div>')
        text = "".join(f'<p style="text-indent:2em">{esc(p)}</p>' for p in art["body"])
        note = "".join(f'<p style="color:#999999;font-size:14px">{esc(a)}</p>' for a in ex["A"][1:])
        body = (f'<div class="top"><div class="logo"><img src="/img/logo.png" alt="{center}"></div>'
                f'<ul class="menu"><li>首页</li><li>时政</li><li>镇街</li><li>民生</li><li>视听</li><li>专题</li></ul></div>'
                f'<div class="wrap"><div class="path">当前位置：<a>首页</a>&gt;<a>时政</a></div>'
                f'<div class="article-box"><h1 class="article-title">{esc(art["title"])}</h1>'
                f'<div class="article-info"><span>{y}-{m}-{d} {_hm(rng)}</span><span>来源：{center}</span>'
                f'<span>作者：{rep}</span><span>阅读：{rng.randint(300, 9000)}</span></div>'
                f'{audio}<div class="article-content">{note}{text}'
                f'<p class="bj">记者：{rep}　编辑：{ed}　审核：{rng.choice(REPORTERS)}</p></div>'
                f'<div class="copyright">版权声明：凡注明“来源：{center}”的作品，版权均属{center}所有，未经授权禁止转载、摘编或利用其它方式使用。</div>'
                f'<div class="prenext"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[1][0])}</a></p></div></div>'
                f'<div class="side"><div class="app"><img src="/img/app.png"><p>扫码下载“{place[:-1]}APP”</p></div>'
                f'<h3>热门推荐</h3><ul>' + "".join(f'<li><a>{esc(t)}</a></li>' for t, _ in rng.sample(others, 5))
                + f'</ul></div></div><div class="foot"><p>{center}　版权所有</p><p>渝ICP备{rng.randint(10 ** 7, 10 ** 8)}号　'
                f'互联网新闻信息服务许可证：50120{rng.randint(100000, 999999)}</p><p>违法和不良信息举报电话：023-{rng.randint(10 ** 7, 10 ** 8)}</p></div>')
        head = (f'<title>{esc(art["title"])}_{center}</title><meta name="description" content="{esc(art["body"][0][:60])}">'
                f'<meta property="article:published_time" content="{y}-{m}-{d}T{_hm(rng)}:00+08:00">')
        return head, body, url
    url = f"http://www.{art['place']}tv.com/Item/{rng.randint(10000, 99999)}.aspx"
    player = (f'<div id="player" style="width:640px;height:360px"></div><script type="text/javascript">'
              f'var player = new Aliplayer({{"id":"player","source":"http://vod.{art["place"]}tv.com/{y}{m}{d}/{rng.randint(10 ** 6, 10 ** 7)}.mp4","autoplay":false}});</script>')
    lines = [f"<b>{esc(ex['A'][1])}</b>"] + [f"　　{esc(p)}" for p in art["body"]]
    body = (f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner.jpg"></td></tr>'
            f'<tr><td class="menu"><a>首页</a> | <a>本地新闻</a> | <a>视频点播</a> | <a>电视直播</a> | <a>专题</a></td></tr></table>'
            f'<table width="980" align="center"><tr><td class="weizhi">您现在的位置： <a>{place}网</a> &gt;&gt; <a>本地新闻</a> &gt;&gt; 正文</td></tr>'
            f'<tr><td align="center" class="biaoti"><font size="5"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="xx">发布时间：{y}/{int(m)}/{int(d)} {_hm(rng)}:{rng.randint(10, 59)}&nbsp;&nbsp;&nbsp;&nbsp;来源：{esc(ex["A"][0].split("：")[1])}'
            f'&nbsp;&nbsp;&nbsp;&nbsp;点击：<script language="javascript" src="/Item/GetHits.aspx?id={rng.randint(10000, 99999)}"></script>'
            f'<script>document.write("{rng.randint(100, 5000)}")</script>&nbsp;&nbsp;【<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
            f'<tr><td align="center">{player}</td></tr>'
            f'<tr><td class="neirong" id="fontzoom"><div class="con"><font style="font-size:14px;line-height:28px">{"<br>".join(lines)}</font></div></td></tr>'
            f'<tr><td align="right">（记者　{rep}　{ed}）<br>责任编辑：{rng.choice(REPORTERS)}</td></tr>'
            f'<tr><td align="right"><a>【打印此页】</a> <a>【关闭窗口】</a></td></tr>'
            f'<tr><td class="xg"><b>相关新闻</b><br>' + "<br>".join(f'·<a>{esc(t)}</a>　{dd}' for t, dd in rng.sample(others, 4))
            + f'</td></tr></table><table width="980" align="center"><tr><td align="center" class="foot">{center}　主办<br>'
            f'渝ICP备{rng.randint(10 ** 7, 10 ** 8)}号　地址：{place}南宾街道　电话：023-{rng.randint(10 ** 7, 10 ** 8)}</td></tr></table>')
    head = (f'<title>{esc(art["title"])}-{place}网</title><meta name="keywords" content="移风易俗">'
            f'<meta name="description" content="{esc(art["title"])}">')
    return head, body, url


ZL = {"youyang": ("优化营商环境", ["县市场监管局开展涉企收费专项检查", "县政务服务中心推出“周末不打烊”服务",
                                  "我县召开民营企业家座谈会", "县税务局落实组合式税费支持政策",
                                  "酉阳县“企业吹哨、部门报到”机制见成效", "县发展改革委开展营商环境问卷调查",
                                  "我县工程建设项目审批时限压缩至60个工作日", "县人力社保局为企业送政策上门"]),
      "pengshui": ("防汛抗旱", ["县水利局开展水库安全度汛检查", "县气象局发布高温橙色预警",
                                "县应急管理局组织山洪灾害避险演练", "郁山镇转移安置受威胁群众126人",
                                "县防汛抗旱指挥部启动Ⅳ级应急响应", "县交通局排查整治公路地质灾害隐患点",
                                "我县开展抗旱保苗技术指导", "县消防救援大队开展水域救援培训"])}


def zhuanlan_gzdt(art, rng, others):
    """A county portal's 专栏 page: banner, sub-column tabs, the 工作动态 list with dates and a
    pager, then the article (z06: a GBK notice in an old table layout with its signature, date
    and 附件 line)."""
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    ex = EXTRAS[art["id"]]
    gbk = "gbk" in art["flags"]
    topic, items = ZL[art["place"]]
    gov = f"{place}人民政府"
    url = f"http://www.cq{art['place']}.gov.cn/zl/{topic}/gzdt/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 6, 10 ** 7)}.html"
    dates = sorted((f"{y}-{m}-{max(1, int(d) - k - rng.randint(0, 2)):02d}" for k in range(len(items))), reverse=True)
    if not gbk:
        lst = "".join(f'<li><a href="#" target="_blank">{esc(t)}</a><span>{dd}</span></li>' for t, dd in zip(items, dates))
        text = "".join(f'<p style="text-indent:2em">{"<strong>" + esc(p) + "</strong>" if _is_head(p) else esc(p)}</p>'
                       for p in art["body"])
        body = (f'<div class="top"><div class="w1200"><span>欢迎访问{gov}网站</span><a>无障碍浏览</a><a>适老化模式</a></div></div>'
                f'<div class="zl_banner"><img src="/zl/images/yshj_banner.jpg" alt="{topic}专栏"></div>'
                f'<div class="w1200 zl_nav"><a>专栏首页</a><a class="on">工作动态</a><a>政策文件</a><a>政策解读</a><a>典型案例</a><a>投诉举报</a></div>'
                f'<div class="w1200 crumb">当前位置：<a>首页</a> &gt; <a>专题专栏</a> &gt; <a>{topic}</a> &gt; <a>工作动态</a></div>'
                f'<div class="w1200 zl_list"><div class="zl_tit"><span>工作动态</span><a class="more">更多&gt;&gt;</a></div><ul class="list">{lst}</ul>'
                f'<div class="pages">共 {rng.randint(5, 30)} 页 <a>首页</a> <a>上一页</a> <a>下一页</a> <a>尾页</a></div></div>'
                f'<div class="w1200 xl_con"><div class="xl_tit"><h2>{esc(art["title"])}</h2></div>'
                f'<div class="xl_info"><span>发布日期：{y}-{m}-{d}</span><span>来源：县发展改革委</span>'
                f'<span>字号：<a>大</a> <a>中</a> <a>小</a></span><span>浏览次数：<i>{rng.randint(100, 2000)}</i></span></div>'
                f'<div class="xl_text TRS_Editor">{text}</div>'
                f'<div class="xl_tool"><span>分享到：<a>微信</a><a>微博</a></span><a>打印本页</a><a>关闭窗口</a></div></div>'
                + _gov_footer(rng, prov, f"{gov}办公室", f"{place}大数据发展局"))
        head = (f'<title>{esc(art["title"])}-{topic}专栏-{gov}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="工作动态">'
                f'<meta name="SiteName" content="{gov}">')
        return head, body, url
    lst = "".join(f'<tr><td width="20">·</td><td><a href="#">{esc(t)}</a></td><td width="90" align="right">{dd.replace("-", "/")}</td></tr>'
                  for t, dd in zip(items, dates))
    text = []
    for p in art["body"]:
        if _is_head(p):
            text.append(f'<p><font face="黑体">　　{esc(p)}</font></p>')
        elif p.endswith("：") and "，" in p and p[0] != "为":
            text.append(f"<p>{esc(p)}</p>")  # the addressee line stands flush left
        else:
            text.append(f"<p>　　{esc(p)}</p>")
    text.append("<p>&nbsp;</p>" + "".join(f'<p>　　{esc(x.split("：")[0])}：<a href="/zl/P0{y}{m}{d}.doc">{esc(x.split("：")[1])}</a></p>'
                                         for x in ex["X"]))
    text.append("<p>&nbsp;</p>" + "".join(f'<p style="text-align:right">{esc(s)}　　</p>' for s in ex["S"]))
    text.append('<p>（此件公开发布）</p>')
    body = (f'<table width="1002" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/{art["place"]}_top.jpg"></td></tr>'
            f'<tr><td height="36" class="dh"><a>首页</a>｜<a>政务公开</a>｜<a>专题专栏</a>｜<a>办事服务</a>｜<a>互动交流</a></td></tr></table>'
            f'<table width="1002" align="center"><tr><td><img src="/zl/fxkh_banner.jpg" alt="{topic}专栏"></td></tr></table>'
            f'<table width="1002" align="center"><tr><td width="240" valign="top" class="zl_left">'
            f'<div class="lm">专栏导航</div><p><a>工作动态</a></p><p><a>通知公告</a></p><p><a>预警信息</a></p><p><a>防灾知识</a></p></td>'
            f'<td width="762" valign="top"><table width="100%"><tr><td class="wz">当前位置：首页 &gt;&gt; 专题专栏 &gt;&gt; {topic} &gt;&gt; 工作动态</td></tr>'
            f'<tr><td><table width="100%" class="lb">{lst}</table></td></tr>'
            f'<tr><td align="center">第1页/共{rng.randint(3, 12)}页　<a>下一页</a>　<a>末页</a></td></tr></table>'
            f'<table width="100%" class="nr"><tr><td align="center"><font size="4" color="#1c4e9c"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="time">{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;来源：县政府办公室&nbsp;&nbsp;&nbsp;'
            f'访问量：<script>document.write({rng.randint(100, 3000)})</script>&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
            f'<tr><td class="zw">{"".join(text)}</td></tr>'
            f'<tr><td align="right"><a>打印本页</a>　<a>关闭窗口</a></td></tr></table></td></tr></table>'
            f'<table width="1002" align="center" class="bottom"><tr><td align="center">版权所有：{gov}　主办：{gov}办公室<br>'
            f'网站标识码：{rng.randint(5000000000, 5199999999)}　渝ICP备{rng.randint(10 ** 7, 10 ** 8)}号<br>'
            f'渝公网安备 {rng.randint(10 ** 13, 10 ** 14)}号</td></tr></table>')
    head = (f'<title>{esc(art["title"])}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ColumnName" content="{topic}">')
    return head, body, url


def _table_html(title, rows, rng, th: bool) -> str:
    head, rest = rows[0], rows[1:]
    cell = "th" if th else "td"
    h = "".join(f'<{cell} style="border:1px solid #000"><p style="text-align:center">{esc(c)}</p></{cell}>' for c in head)
    r = "".join("<tr>" + "".join(f'<td style="border:1px solid #000"><p style="text-align:{"left" if j == 0 else "right"}">{esc(c)}</p></td>'
                                 for j, c in enumerate(row)) + "</tr>" for row in rest)
    return (f'<p style="text-align:center"><strong>{esc(title)}</strong></p>'
            f'<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="{rng.choice([560, 600, 620])}" align="center">'
            f'<tbody><tr>{h}</tr>{r}</tbody></table>')


def sjfb_tables(art, rng, others):
    """A department's 数据发布 page: headings, data tables with a header row, 注： notes in a
    smaller font under each table, a 数据解读 sidebar."""
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    dept = f"{place}统计局" if prov == "重庆" else f"{place}农业农村局"
    out = []
    for kind, x in _rows(art["body"]):
        if kind == "t":
            out.append(_table_html(x[0], x[1], rng, prov != "重庆"))
        elif kind == "h":
            out.append(f'<p style="text-indent:2em"><strong><span style="font-family:黑体">{esc(x)}</span></strong></p>')
        elif x.startswith("注："):
            out.append(f'<p style="text-indent:2em"><span style="font-size:12px;font-family:楷体">{esc(x)}</span></p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:16px">{esc(x)}</span></p>')
    side = "".join(f'<li><a>{t}</a></li>' for t in ("统计月报", "统计年鉴", "统计公报", "数据解读", "普查数据"))
    url = (f"http://tjj.cq{art['place']}.gov.cn/sjfb/tjsj/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 6, 10 ** 7)}.html" if prov == "重庆"
           else f"http://nyncj.ms.gov.cn/sjfb/{y}/{m}/{d}/{rng.randint(10 ** 5, 10 ** 6)}.shtml")
    body = (f'<div class="header"><div class="w"><img src="/images/logo.png" alt="{dept}"><div class="search"><input placeholder="请输入关键词"><a>搜索</a></div></div></div>'
            f'<div class="navbar"><ul class="w"><li>首页</li><li>机构概况</li><li>信息公开</li><li class="on">数据发布</li><li>统计服务</li><li>互动交流</li></ul></div>'
            f'<div class="w main"><div class="leftbar"><div class="lm_t">数据发布</div><ul>{side}</ul></div>'
            f'<div class="rightbar"><div class="position">您当前的位置：<a>首页</a>&nbsp;&gt;&nbsp;<a>数据发布</a>&nbsp;&gt;&nbsp;<a>统计数据</a></div>'
            f'<div class="con"><div class="con_tit">{esc(art["title"])}</div>'
            f'<div class="con_info">发布时间：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;来源：{dept}&nbsp;&nbsp;&nbsp;&nbsp;'
            f'浏览量：<span id="count">{rng.randint(50, 900)}</span>&nbsp;&nbsp;&nbsp;&nbsp;<a>【打印】</a><a>【关闭】</a></div>'
            f'<div class="con_txt TRS_Editor">{"".join(out)}</div>'
            f'<div class="fj">附件下载：<a>{esc(art["title"])}.xls</a></div>'
            f'<div class="xgxx"><div class="xgxx_t">相关数据</div><ul>'
            + "".join(f'<li><a>{esc(t)}</a><span>{dd}</span></li>' for t, dd in rng.sample(others, 4))
            + "</ul></div></div></div></div>" + _gov_footer(rng, prov, dept, f"{place}大数据中心"))
    head = (f'<title>{esc(art["title"])}_统计数据_{dept}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="{dept}">'
            f'<meta name="ColumnName" content="统计数据">')
    return head, body, url


def street_wx_emoji(art, rng, others):
    """A 街道/社区 account's WeChat post: a 点击蓝字 banner, emoji-framed headings, ornament lines,
    pictures, 来源/编辑/审核 lines, a 长按识别二维码 block and a 点亮在看 prompt."""
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    acct = "幸福双凤桥" if art["place"] == "yubei" else "童家桥社区"
    span = '<span style="font-size:15px;letter-spacing:1px;color:#3e3e3e">'
    out = [f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{rng.randint(10 ** 9, 10 ** 10)}/640?wx_fmt=gif"></section>',
           '<section style="text-align:center"><span style="color:#0052ff;font-size:12px">点击蓝字</span><span style="font-size:12px">　关注我们</span></section>']
    if art["place"] == "shapingba":
        out.append('<section style="text-align:center"><p>🌸 清明时节 · 缅怀先烈 🌸</p><p>◆◆◆</p></section>')
    for i, p in enumerate(art["body"]):
        if _is_head(p):
            out.append(f'<section style="text-align:center;margin:20px 0"><p><strong><span style="color:#ff6827">🌟{esc(p)}🌟</span></strong></p></section>')
        else:
            out.append(f'<p style="text-indent:0;margin:10px 0">{span}{esc(p)}</span></p>')
        if i in (1, 4, 7):
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{rng.randint(10 ** 9, 10 ** 10)}/640?wx_fmt=jpeg"></p>')
        if i == 3 and art["place"] == "shapingba":
            out.append('<p style="text-align:center"><span style="color:#888">—— · ——</span></p>')
    out.append('<p style="text-align:center">- END -</p>')
    ed, rv = rng.sample(REPORTERS, 2)
    out.append(f'<p><span style="font-size:12px;color:#888">来源：{place[:-1]}{"双凤桥街道" if acct.startswith("幸福") else "童家桥街道童家桥社区"}</span></p>'
               f'<p><span style="font-size:12px;color:#888">编辑：{ed}</span></p>'
               f'<p><span style="font-size:12px;color:#888">审核：{rv}</span></p>')
    out.append('<p style="text-align:center">▼ ▼ ▼</p>'
               f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{rng.randint(10 ** 9, 10 ** 10)}/640"></section>'
               '<p style="text-align:center"><span style="font-size:13px">长按识别二维码</span></p>'
               f'<p style="text-align:center"><span style="font-size:13px">关注“{acct}”</span></p>'
               '<p style="text-align:center">😊 分享 · 点赞 · 在看 😊</p>'
               '<p style="text-align:center"><span style="color:#ff6827">点亮“在看”，你最好看 👇</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname">'
            f'<a id="js_name">{acct}</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {_hm(rng)}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">{prov}</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">{"".join(out)}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(300, 5000)}</span>'
            f'<span>分享</span><span>点赞 {rng.randint(10, 200)}</span><span>在看 {rng.randint(3, 80)}</span></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{rng.randint(10 ** 9, 10 ** 10)}"; var nickname = "{acct}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:type" content="article"><meta property="og:site_name" content="微信公众平台">')
    return head, body, f"https://mp.weixin.qq.com/s/{rng.randint(10 ** 15, 10 ** 16):x}"


EP_TITLES = {"jiangjin": ["区委常委会召开会议", "几江街道老旧小区改造全面完工", "江津花椒产业链产值突破百亿元",
                         "区人大常委会视察乡村振兴工作", "白沙镇举办第三届民俗文化节"],
             "tongnan": ["区委理论学习中心组开展专题学习", "柠檬产业园新增加工企业三家", "潼南高铁站开通新线路",
                         "冬季农业生产有序推进", "区政协召开常委会议"]}


def epaper_daodu(art, rng, others):
    """An e-paper 版面 page: date head, page picture with hot areas, 版次 selector and PDF,
    the article's 引题/headline/副题, a 导读 box, then the text (z12: GBK, ``<br>``-separated
    ``&nbsp;``-indented text inside one ``<div>``)."""
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    ex = EXTRAS[art["id"]]
    gbk = "gbk" in art["flags"]
    paper = f"{place[:-1]}日报"
    wk = "一二三四五六日"[date(int(y), int(m), int(d)).weekday()]
    url = f"http://epaper.{art['place']}.gov.cn/{paper[:2]}rb/html/{y}-{m}/{d}/content_{rng.randint(10 ** 5, 10 ** 6)}.htm"
    pages = "".join(f'<option{" selected" if i == 1 else ""}>第0{i}版：{n}</option>'
                    for i, n in enumerate(("要闻", "综合", "区县", "专题"), 1))
    titles = [art["title"]] + rng.sample(EP_TITLES[art["place"]], 4)
    lst = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in titles)
    areas = "".join(f'<area shape="poly" coords="{rng.randint(10, 300)},{rng.randint(10, 400)}" href="#">' for _ in titles)
    kicker, sub = (ex["K"][0], "") if not ex["K"][0].startswith("——") else ("", ex["K"][0])
    if gbk:
        text = f'<div id="ozoom" style="font-size:14px">{"<br>".join("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p) for p in art["body"])}<br></div>'
    else:
        text = f'<div id="ozoom"><founder-content>{"".join(f"<p>　　{esc(p)}</p>" for p in art["body"])}</founder-content></div>'
    body = (f'<table width="1000" align="center" class="head"><tr><td><img src="../../../images/{art["place"]}rb_logo.jpg" alt="{paper}"></td>'
            f'<td align="right">{y}年{int(m)}月{int(d)}日　星期{wk}　<a>往期回顾</a>　<a>返回首页</a></td></tr></table>'
            f'<table width="1000" align="center"><tr><td width="420" valign="top" class="left">'
            f'<div class="bc"><select onchange="go(this)">{pages}</select>　<a>上一版</a>　<a>下一版</a>　<a>PDF版</a></div>'
            f'<img src="../../../images/{y}-{m}/{d}/01/page_b.jpg" usemap="#PagePicMap" width="400"><map name="PagePicMap">{areas}</map>'
            f'<div class="bmdh"><b>本版标题导航</b><ul>{lst}</ul></div></td>'
            f'<td width="580" valign="top" class="right"><table width="100%"><tr><td class="yt" align="center">{esc(kicker)}</td></tr>'
            f'<tr><td align="center"><h1 class="bt">{esc(art["title"])}</h1></td></tr>'
            f'<tr><td class="ft" align="center">{esc(sub)}</td></tr><tr><td class="zz"></td></tr>'
            f'<tr><td><div class="daodu" style="border:1px dashed #999;background:#f5f5f5;padding:8px">'
            f'<b>【导读】</b>{esc(ex["D"])}</div></td></tr>'
            f'<tr><td class="content">{text}</td></tr>'
            f'<tr><td align="right"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a>　<a>放大</a> <a>缩小</a> <a>默认</a></td></tr></table></td></tr></table>'
            f'<table width="1000" align="center" class="foot"><tr><td align="center">{paper}社版权所有　未经书面授权　不得复制或建立镜像<br>'
            f'地址：{place}　邮编：40{rng.randint(1000, 9999)}　渝ICP备{rng.randint(10 ** 7, 10 ** 8)}号</td></tr></table>')
    head = f'<title>{paper}数字报-{esc(art["title"])}</title><meta name="keywords" content="{paper}">'
    return head, body, url


def waishi_en_mixed(art, rng, others):
    """A new area's or high-tech zone's 外事/招商 news page: bilingual nav, English quotes and
    terms in the text, an English headline under the Chinese one (z14)."""
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    en = {"liangjiang": "Chongqing Liangjiang New Area", "chengdu": "Chengdu Hi-tech Industrial Development Zone"}[art["place"]]
    text = "".join(f'<p style="text-indent:2em">{esc(p)}</p>' for p in art["body"])
    rel = "".join(f'<li><span>{dd}</span><a>{esc(t)}</a></li>' for t, dd in rng.sample(others, 5))
    if art["place"] == "liangjiang":
        url = f"http://www.liangjiang.gov.cn/Content/{y}-{m}/{d}/content_{rng.randint(10 ** 5, 10 ** 6)}.htm"
        body = (f'<div class="topbar"><div class="w"><a>中文</a> | <a>English</a> | <a>日本語</a><span class="weather">多云 12~18℃</span></div></div>'
                f'<div class="header"><img src="/images/lj_logo.png" alt="{place}"><span class="en">{en}</span></div>'
                f'<div class="menu"><a>首页</a><a>新区概况</a><a>投资两江</a><a>开放合作</a><a>政务公开</a><a>Invest in Liangjiang</a></div>'
                f'<div class="w"><div class="crumbs">首页 &gt; 开放合作 &gt; 招商动态</div><div class="article-box">'
                f'<h1>{esc(art["title"])}</h1><div class="msg"><span>{y}-{m}-{d}</span><span>来源：两江新区管委会</span>'
                f'<span>Source: Liangjiang New Area</span><span class="font">字号：<a>A+</a><a>A-</a></span></div>'
                f'<div class="bt_content">{text}</div>'
                f'<div class="share">分享到：<a>WeChat</a><a>Weibo</a><a>LinkedIn</a></div>'
                f'<div class="relate"><h3>招商动态 Investment News</h3><ul>{rel}</ul></div></div></div>'
                f'<div class="footer"><p>Copyright &copy; {y} {en}. All Rights Reserved.</p>'
                f'<p>主办：重庆两江新区管理委员会　渝ICP备{rng.randint(10 ** 7, 10 ** 8)}号　网站标识码：5000000{rng.randint(100, 999)}</p>'
                f'<p>Tel: +86-23-{rng.randint(10 ** 7, 10 ** 8)}　Email: invest@liangjiang.gov.cn</p></div>')
        head = (f'<title>{esc(art["title"])}-重庆两江新区</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="keywords" content="5G,Siemens,两江新区">')
        return head, body, url
    url = f"https://www.cdht.gov.cn/cdht/c{rng.randint(10 ** 5, 10 ** 6)}/{y}-{m}/{d}/content_{rng.randint(10 ** 15, 10 ** 16):x}.shtml"
    en_title = "Chengdu Hi-tech Zone Hosts China-EU (Chengdu) Enterprise Cooperation Exchange Meeting"
    body = (f'<div class="head"><div class="w"><img src="/images/cdht_logo.png" alt="成都高新区"><div class="lang"><a>简体</a> <a>EN</a></div></div></div>'
            f'<div class="nav w"><a>首页</a><a>走进高新</a><a>新闻中心</a><a>投资高新</a><a>国际合作</a><a>政务公开</a></div>'
            f'<div class="w"><div class="dqwz">当前位置：<a>首页</a> &gt; <a>新闻中心</a> &gt; <a>国际合作</a></div>'
            f'<div class="xl_con"><h2 class="xl_title">{esc(art["title"])}</h2><p class="en_title">{en_title}</p>'
            f'<div class="xl_info">{y}/{int(m)}/{int(d)}&nbsp;&nbsp;&nbsp;来源：成都高新区新闻中心&nbsp;&nbsp;&nbsp;'
            f'<span>阅读：<script>document.write("{rng.randint(100, 4000)}")</script></span></div>'
            f'<div class="xl_text article-content">{text}</div>'
            f'<p class="zrbj">责任编辑：{rng.choice(REPORTERS)}</p>'
            f'<div class="tool"><a>【打印】</a><a>【关闭】</a><a>【收藏】</a></div>'
            f'<div class="xgyd"><div class="xgyd_t">Related News 相关阅读</div><ul>{rel}</ul></div></div></div>'
            f'<div class="foot"><p>主办：成都高新区党政办公室　Sponsored by Chengdu Hi-tech Zone</p>'
            f'<p>蜀ICP备{rng.randint(10 ** 7, 10 ** 8)}号　川公网安备 {rng.randint(10 ** 13, 10 ** 14)}号　网站标识码：5101000{rng.randint(100, 999)}</p></div>')
    head = (f'<title>{esc(art["title"])}-成都高新区</title><meta name="publishdate" content="{y}-{m}-{d}">'
            f'<meta name="description" content="{esc(art["body"][0][:50])}"><meta name="ColumnName" content="国际合作">')
    return head, body, url


TEMPLATES = {"feature_photos": feature_photos, "rongmei_audio": rongmei_audio, "zhuanlan_gzdt": zhuanlan_gzdt,
             "sjfb_tables": sjfb_tables, "street_wx_emoji": street_wx_emoji, "epaper_daodu": epaper_daodu,
             "waishi_en_mixed": waishi_en_mixed}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages21", TEMPLATES, lambda art: "fresh")  # measured once held apart, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
