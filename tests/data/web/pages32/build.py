"""Build the thirty-second saved-page set (``pages32``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier
set used, each chosen to be hard for an extractor: a 县林业局 / 森防指 森林防火 通告 with items,
附件 and a signature (``lyj_fanghuo_tonggao``), a 区文旅委 非遗 feature with a 图集 inside the text
and a 非遗小知识 box (``wlw_feiyi_tuji``), a 公安分局 警情通报 with a 警方提示 box on a portal or
an account (``gafj_jingqing_tongbao``), a 地方电视台 programme page with its 文字稿 of 主持人 /
记者 / 同期 turns under a player (``dst_jiemu_wenzigao``), a 党校 site's 理论文章 with 摘要,
关键词, 作者单位 and 参考文献 (``dangxiao_lilun``), a 人社局 招聘公告 with a table and 报名 items
(``rsj_zhaopin_gonggao``) and a 新闻客户端 快讯 with a feed of other 快讯 under it
(``app_kuaixun``). Besides ``T``/``B``/``F`` lines, ``articles.txt`` holds layout-only lines
read by :func:`extras`. See README.md.

    python tests/data/web/pages32/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402
from pageset import hm as _hm, digits as _n, epoch as _epoch, ymd as _ymd  # noqa: E402

PLACES = {"chengkou": "城口", "youyang": "酉阳", "beibei": "北碚", "qijiang": "綦江", "jiulongpo": "九龙坡",
          "hechuan": "合川", "pengshui": "彭水", "banan": "巴南", "jiangjin": "江津", "yongchuan": "永川",
          "dazu": "大足", "nanan": "南岸", "wanzhou": "万州", "jiangyang": "江阳"}
LISTS = "SXEPGRVNMYZUK"


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: captions ``C`` ``{n: [text]}``,
    the anchors ``A`` (box) and ``H`` (图集) (ints, None when absent), table rows ``W`` and the
    text lists of :data:`LISTS`."""
    out, cur = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            cur = out.setdefault(line.split()[1], {"C": {}, "A": None, "H": None, "W": [], **{k: [] for k in LISTS}})
        elif line.startswith("C "):
            n, text = line[2:].split(" ", 1)
            cur["C"].setdefault(int(n), []).append(text)
        elif line[:2] in ("A ", "H "):
            cur[line[0]] = int(line[2:])
        elif line.startswith("W "):
            cur["W"] = [int(x) for x in line[2:].split()]
        elif line[:2] in tuple(f"{k} " for k in LISTS):
            cur[line[0]].append(line[2:])
    return out


EXTRAS = extras(HERE / "articles.txt")


def _is_head(p: str) -> bool:
    """A subheading: short, no sentence end (一、防火期限, 三、报名方式), or a short bold
    ``坚持…，…。`` / ``（一）…。`` line."""
    if len(p) <= 20 and not p.endswith(("。", "？", "！", "；", "：", "）")):
        return True
    return len(p) <= 22 and p.startswith(("坚持", "（一）", "（二）", "（三）"))


def _rel(rng, others, k, fmt="{t}<span>{d}</span>") -> str:
    return "".join(f'<li><a href="#" target="_blank">{fmt.format(t=esc(t), d=d)}</a></li>' for t, d in rng.sample(others, k))


def _table(art, one_row) -> callable:
    """A renderer of the body paragraphs: paragraphs listed in ``W`` become rows of one
    ``<table>`` (cells split on single spaces), the others go through ``one_row(i, p)``."""
    rows = set(EXTRAS[art["id"]]["W"])

    def render(items) -> str:
        out, buf = [], []
        for i, p in items:
            if i in rows:
                buf.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in p.split(" ")) + "</tr>")
                continue
            if buf:
                out.append('<table border="1" cellspacing="0" cellpadding="4" width="90%" align="center">'
                           + "".join(buf) + "</table>")
                buf = []
            out.append(one_row(i, p))
        if buf:
            out.append('<table border="1" cellspacing="0" cellpadding="4" width="90%" align="center">' + "".join(buf) + "</table>")
        return "".join(out)
    return render


def _with(art, one, photo=None, box="", gallery="") -> str:
    """``one(i, p)`` per paragraph; ``photo(captions)`` after paragraph n for its ``C n`` lines,
    ``box`` after paragraph ``A``, ``gallery`` after paragraph ``H``."""
    ex = EXTRAS[art["id"]]
    out = []
    for i, p in enumerate(art["body"]):
        out.append(one(i, p))
        if photo and i in ex["C"]:
            out.append(photo(ex["C"][i]))
        if gallery and ex["H"] == i:
            out.append(gallery)
        if box and ex["A"] == i:
            out.append(box)
    return "".join(out)


def _gov_metas(art, site, column, pub) -> str:
    return (f'<meta name="SiteName" content="{site}"><meta name="ColumnName" content="{column}">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{pub}">')


def _gov_foot(rng, host, sponsor, undertaker, prov="渝") -> str:
    return (f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a></p>'
            f'<p>主办：{sponsor}　承办：{undertaker}</p>'
            f'<p>网站标识码：{_n(rng, 10)}　{prov}ICP备{_n(rng, 8)}号-1　<img src="/images/ga.png">{prov}公网安备 {_n(rng, 14)}号</p>'
            f'<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>')


def _old_table_page(site, banner_nav, left, main, foot) -> str:
    """The shell of an old table-layout portal: banner, ``&nbsp;|&nbsp;`` menu, a left column
    and the main column."""
    nav = "&nbsp;|&nbsp;".join(f'<a href="#">{x}</a>' for x in banner_nav)
    return (f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="/images/top_banner.jpg" width="1000" height="150" alt="{site}"></td></tr>'
            f'<tr><td height="34" bgcolor="#1e6b34" align="center" class="menu">{nav}</td></tr></table>'
            f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr>'
            f'<td width="230" valign="top" class="left">{left}</td><td width="12"></td>'
            f'<td valign="top"><table width="100%" border="0" cellpadding="5">{main}</table></td></tr></table>{foot}')


# ---------------------------------------------------------------------------------------------
# 1. 林业局 森林防火 通告


def lyj_fanghuo_tonggao(art, rng, others):
    """A county forestry bureau's 森林防火 通告: an old table layout in GBK with a 12119 box, a
    script view counter and 黑体 heads (w01); a district portal's 信息公开 page with an index
    grid, adjacent info spans and a later 更新时间 (w02). Both end with 附件 lines and a
    right-aligned signature and date."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    att = "".join(f'<p style="text-indent:2em"><a href="/u/cms/{y}{m}/{_n(rng, 8)}.{x.rsplit(".", 1)[1]}">{esc(x)}</a></p>' for x in ex["X"])
    sig = "".join(f'<p style="text-align:right">{esc(s)}</p>' for s in ex["S"])
    if art["id"] == "w01":
        site = f"{place}县林业局"
        url = f"http://lyj.cqck.gov.cn/zwgk_{_n(rng, 3)}/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        t = _hm(rng)

        def one(i, p):
            if _is_head(p):
                return f'<p style="text-indent:2em"><font face="黑体" size="3">{esc(p)}</font></p>'
            return f'<p style="text-indent:2em;line-height:30px"><font face="仿宋_GB2312" size="3">{esc(p)}</font></p>'
        left = ('<table width="100%" border="1" bordercolor="#cfe3cf" cellspacing="0"><tr><td class="lt">森林防火</td></tr>'
                '<tr><td align="center"><font color="#cc0000" size="5"><b>12119</b></font><br>森林火警电话</td></tr></table>'
                '<table width="100%" border="0"><tr><td class="lt">通知公告</td></tr>'
                + "".join(f'<tr><td>·<a href="#">{esc(tt[:13])}…</a></td></tr>' for tt, _ in rng.sample(others, 5)) + "</table>")
        main = (f'<tr><td class="wz">您现在的位置：<a>首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>通知公告</a></td></tr>'
                f'<tr><td align="center" height="70"><font size="5" color="#1e6b34"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" bgcolor="#f3f7f3"><font size="2">发布时间：{y}-{m}-{d} {t}&nbsp;&nbsp;&nbsp;&nbsp;来源：{site}&nbsp;&nbsp;&nbsp;&nbsp;'
                f'浏览次数：<script language="javascript">document.write("{_n(rng, 3)}");</script>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</font></td></tr>'
                f'<tr><td><div class="TRS_Editor">{_with(art, one)}<p>&nbsp;</p>{att}<p>&nbsp;</p>{sig}</div></td></tr>'
                f'<tr><td align="right"><a href="javascript:window.print()">[打印本页]</a>&nbsp;<a href="javascript:window.close()">[关闭窗口]</a></td></tr>'
                f'<tr><td>上一篇：<a>{esc(others[0][0])}</a><br>下一篇：<a>{esc(others[1][0])}</a></td></tr>')
        foot = ('<table width="1000" align="center" bgcolor="#1e6b34"><tr><td align="center"><font color="#ffffff" size="2">'
                f'主办：{site}　地址：{place}县葛城街道　电话：023-{_n(rng, 8)}<br>网站标识码：{_n(rng, 10)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</font></td></tr></table>')
        body = _old_table_page(site, ["首页", "机构概况", "政务公开", "林业动态", "森林防火", "政策法规", "办事服务", "互动交流"], left, main, foot)
        head = f'<title>{esc(art["title"])}-{site}</title>' + _gov_metas(art, site, "通知公告", f"{y}-{m}-{d} {t}")
        return head, body, url
    site = f"重庆市{place}土家族苗族自治县人民政府"
    url = f"http://www.youyang.gov.cn/zwgk_{_n(rng, 3)}/fdzdgknr/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    t = _hm(rng)
    one = (lambda i, p: f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>' if _is_head(p)
           else f"<p>　　{esc(p)}</p>")
    grid = (f'<table class="xxgk-table"><tr><td>索 引 号：</td><td>11500242{_n(rng, 4)}X/{y}-{_n(rng, 5)}</td><td>主题分类：</td><td>林业</td></tr>'
            f'<tr><td>发布机构：</td><td>{place}县森林防灭火指挥部办公室</td><td>成文日期：</td><td>{y}-{m}-{d}</td></tr>'
            f'<tr><td>标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
            f'<tr><td>发文字号：</td><td>酉森防办〔{y}〕{rng.randint(2, 9)}号</td><td>有 效 性：</td><td>有效</td></tr></table>')
    info = (f'<div class="xl_info"><span>发布日期：{y}年{m}月{d}日</span><span>更新时间：{ex["V"][0]}</span>'
            f'<span>来源：{place}县林业局</span><span>字号：<a>大</a><a>中</a><a>小</a></span>'
            f'<span class="share">分享到：<a class="wx"></a><a class="wb"></a></span></div>')
    body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>'
            f'<div class="search"><input placeholder="请输入关键词"><button>搜索</button></div></div>'
            f'<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进{place}</li></ul></div>'
            f'<div class="crumb">当前位置：<a>首页</a><span>&gt;</span><a>政务公开</a><span>&gt;</span><a>法定主动公开内容</a><span>&gt;</span><a>通知公告</a></div>'
            f'<div class="xl_box">{grid}<div class="xl_con"><h1 class="tit">{esc(art["title"])}</h1>{info}'
            f'<div class="zw TRS_UEDITOR">{_with(art, one)}</div><div class="fj">{att}</div><div class="lk">{sig}</div>'
            f'<div class="xl_tool"><a>【打印】</a><a>【关闭】</a></div>'
            f'<div class="ewm"><img src="/images/qr.png"><p>扫一扫在手机打开当前页</p></div></div>'
            f'<div class="xgwz"><h3>相关文章</h3><ul>{_rel(rng, others, 4)}</ul></div></div>'
            + _gov_foot(rng, "youyang", f"{place}县人民政府办公室", f"{place}县大数据发展局"))
    head = f'<title>{esc(art["title"])}_{site}</title>' + _gov_metas(art, site, "通知公告", f"{y}-{m}-{d} {t}")
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 2. 文旅委 非遗 图集


def wlw_feiyi_tuji(art, rng, others):
    """A district 文旅委 site's 非遗 feature: a 图集 (big picture, 上一张/下一张 and a thumbnail
    strip of captions, w03; a swiper with ``1/5`` counters, w04) inside the text, a 非遗小知识
    box in the text (w03), bold ``坚持…`` lines or ``一、…`` heads, quoted speech, a credit line;
    w04 has no visible date (``publishdate`` meta and the URL) and its text as ``<br>`` lines."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    org = f"{place}区文化和旅游发展委员会"
    rel = _rel(rng, others, 4, "{t}<em>{d}</em>")
    if art["id"] == "w03":
        url = f"http://whlyw.beibei.gov.cn/zwxx/fwyc/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        caps = ex["N"]
        gallery = (f'<div class="pic-gallery"><div class="big"><img src="/fwyc/{y}{m}/{_n(rng, 6)}_1.jpg"><p class="pic-t">{esc(caps[0])}</p></div>'
                   f'<div class="ctrl"><a class="prev">上一张</a><span class="num">1/{len(caps)}</span><a class="next">下一张</a><a>查看原图</a></div>'
                   '<ul class="thumbs">' + "".join(f'<li><img src="/fwyc/{y}{m}/s_{k}.jpg"><p>{esc(c)}</p></li>' for k, c in enumerate(caps))
                   + "</ul></div>")
        box = ('<div class="zsk" style="border:1px dashed #c8a063;background:#fffaf0;padding:10px">'
               f'<p style="color:#a0522d"><strong>{esc(ex["P"][0])}</strong></p>' + "".join(f"<p>{esc(x)}</p>" for x in ex["P"][1:]) + "</div>")
        one = (lambda i, p: f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>' if _is_head(p)
               else f'<p style="text-indent:2em">{esc(p)}</p>')
        info = (f'<div class="info">发布时间：{y}年{m}月{d}日 {_hm(rng)} | 来源：{place}区文化旅游委 | 浏览量：<span id="view">{_n(rng, 4)}</span>'
                f' | <a>【大】</a><a>【中】</a><a>【小】</a></div>')
        text = _with(art, one, box=box, gallery=gallery) + f'<p style="text-align:right">{esc(ex["R"][0])}</p>'
        head = f'<title>{esc(art["title"])}--{org}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
    else:
        url = f"http://wlw.cqqj.gov.cn/xwzx/fyzx/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        caps = ex["N"]
        gallery = ('<div class="swiper-container"><div class="swiper-wrapper">'
                   + "".join(f'<div class="swiper-slide"><img src="/fyzx/{y}{m}/{_n(rng, 9)}.jpg"><div class="txt">{esc(c)}</div></div>' for c in caps)
                   + '</div><div class="swiper-button-prev"></div><div class="swiper-button-next"></div></div>')
        one = (lambda i, p: f'<b>{esc(p)}</b><br><br>' if _is_head(p) else f"<font size=\"3\">　　{esc(p)}</font><br><br>")
        photo = (lambda cs: "".join(f'<center><img src="/fyzx/{y}{m}/{_n(rng, 9)}.jpg" width="600"><br><font size="2" color="#666">{esc(c)}</font></center><br>' for c in cs))
        info = (f'<div class="info"><span>{esc(ex["R"][0])}</span>&nbsp;&nbsp;&nbsp;<span>来源：{place}区文化旅游委</span>'
                f'&nbsp;&nbsp;&nbsp;<span>浏览次数：<script>document.write(Math.floor({_n(rng, 3)}))</script></span></div>')
        text = f'<div id="zoom">{_with(art, one, photo=photo, gallery=gallery)}</div><p class="zrbj">责任编辑：{rng.choice(REPORTERS)}</p>'
        head = (f'<title>{esc(art["title"])}_{org}</title><meta name="publishdate" content="{y}-{m}-{d}">'
                f'<meta name="keywords" content="綦江农民版画,非遗">')
    body = (f'<div class="top"><div class="logo"><img src="/images/wlw_logo.png" alt="{org}"></div>'
            f'<ul class="menu"><li>首页</li><li>新闻资讯</li><li>非遗保护</li><li>文旅产业</li><li>公共服务</li><li>政务公开</li></ul></div>'
            f'<div class="position">当前位置：<a>首页</a> &gt; <a>新闻资讯</a> &gt; <a>非遗保护</a></div>'
            f'<div class="detail"><h1>{esc(art["title"])}</h1>{info}<div class="article-box">{text}</div>'
            f'<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="prev-next"><p>上一篇：<a>{esc(others[2][0])}</a></p><p>下一篇：<a>{esc(others[3][0])}</a></p></div></div>'
            f'<div class="side"><h3>非遗推荐</h3><ul>{rel}</ul></div>'
            + _gov_foot(rng, "wlw", org, f"{place}区文化旅游委信息中心"))
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 3. 公安分局 警情通报


def gafj_jingqing_tongbao(art, rng, others):
    """A 公安分局's 警情通报: a portal page in GBK with the signature and a 警方提示 box after the
    text (w05); a 公众号 post with a photo, a 警方提示 box, a credit line, 往期推荐 and the
    account's buttons (w06)."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    tips = ex["G"]
    if art["id"] == "w05":
        url = f"http://gaj.cqjlp.gov.cn/jwgk/jqtb/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.html"
        site = f"重庆市公安局{place}区分局"
        text = "".join(f"<p>　　{esc(p)}</p>" for p in art["body"])
        sig = "".join(f'<p align="right">{esc(s)}</p>' for s in ex["S"])
        box = (f'<div class="jfts"><div class="jfts-t"><img src="/images/jing.png">{esc(tips[0])}</div>'
               + "".join(f"<p>{esc(x)}</p>" for x in tips[1:]) + "</div>")
        body = (f'<div class="head"><img src="/images/jinghui.png"><span class="sitename">{site}</span><span class="en">JIULONGPO PUBLIC SECURITY</span></div>'
                f'<div class="nav"><a>首页</a><a>警务公开</a><a>警情通报</a><a>办事指南</a><a>警民互动</a><a>平安九龙坡</a></div>'
                f'<div class="main"><div class="loc">您的位置：<a>首页</a>-&gt;<a>警务公开</a>-&gt;<a>警情通报</a></div>'
                f'<div class="title"><h2>{esc(art["title"])}</h2></div>'
                f'<div class="sj">日期：{y}-{m}-{d}　　来源：{place}公安分局　　点击数：{_n(rng, 4)}</div>'
                f'<div class="nr">{text}<p>&nbsp;</p>{sig}</div>{box}'
                f'<div class="dy"><a>打印</a> | <a>关闭</a></div>'
                f'<div class="xgjq"><h4>相关警情</h4><ul>{_rel(rng, others, 3)}</ul></div></div>'
                f'<div class="right"><div class="hd"><h4>警民互动</h4><p>报警电话：110</p><p>户政咨询：023-{_n(rng, 8)}</p><p><a>我要留言</a></p></div></div>'
                f'<div class="foot">版权所有：{site}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号<br>建议使用1024×768分辨率浏览</div>')
        head = f'<title>{esc(art["title"])}-{site}</title><meta name="PubDate" content="{y}-{m}-{d}">'
        return head, body, url
    acct = f"平安{place}"
    t = _hm(rng)
    url = "https://mp.weixin.qq.com/s/" + "".join(rng.choice("ABCDEFGHJKLMNPQRabcdefghjkmnpq0123456789_-") for _ in range(22))

    def one(i, p):
        return f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:16px;color:#3f3f3f">{esc(p)}</span></p>'
    photo = (lambda cs: "".join(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 12)}/640"></p>'
                                f'<p style="text-align:center"><span style="font-size:12px;color:#888">{esc(c)}</span></p>' for c in cs))
    box = ('<section style="margin:20px 8px;border:1px solid #1d5bbf;border-radius:6px">'
           f'<section style="background:#1d5bbf;color:#fff;text-align:center;padding:4px"><strong>{esc(tips[0])}</strong></section>'
           + "".join(f'<p style="padding:4px 10px"><span style="font-size:15px">{esc(x)}</span></p>' for x in tips[1:]) + "</section>")
    recent = "".join(f'<p><a href="#">{esc(tt)}</a></p>' for tt, _ in rng.sample(others, 3))
    content = (f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_n(rng, 12)}/640?wx_fmt=gif"></p>'
               + _with(art, one, photo=photo) + box
               + f'<p style="text-align:right"><span style="font-size:12px;color:#999">{esc(ex["R"][0])}</span></p>'
               + f'<section><p style="text-align:center"><strong>往期推荐</strong></p>{recent}</section>'
               + f'<p style="text-align:center"><span style="color:#1d5bbf">{acct} · 守护您的平安</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">\n          {esc(art["title"])}\n        </h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{acct}</span>'
            f'<span class="rich_media_meta_nickname"><a id="js_name">{acct}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            f'<em id="js_ip_wording_wrp">发表于<span id="js_ip_wording">重庆</span></em></div>'
            f'<div class="rich_media_content" id="js_content" style="visibility:hidden">{content}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span><span>点赞 {rng.randint(10, 90)}</span><span>在看 {rng.randint(3, 30)}</span></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode"><p>微信扫一扫<br>关注该公众号</p></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "{acct}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:type" content="article"><meta name="author" content="{acct}">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 4. 地方电视台 节目 文字稿


def dst_jiemu_wenzigao(art, rng, others):
    """A county / district media centre's TV programme page: a player with the programme card
    (a second, earlier date on w07: the broadcast day), a 文字稿 of 【主持人】/【解说】/【同期】
    turns (w07) or 主持人：/name： turns with an 编者按 (w08), credits, 相关视频 / 往期节目 lists."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    t = _hm(rng)
    dur = f"{rng.randint(2, 18):02d}:{rng.randint(0, 59):02d}"
    if art["id"] == "w07":
        site = f"{place}网"
        url = f"http://www.psxw.cn/content/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
        one = (lambda i, p: f'<p><b>{esc(p)}</b></p>' if p.startswith("【同期】") else f"<p>　　{esc(p)}</p>")
        info = (f'<div class="info"><span>发布时间：{y}-{m}-{d} {t}</span><span>来源：{place}县融媒体中心</span>'
                f'<span>播放：<em>{_n(rng, 4)}</em>次</span></div>')
        player = (f'<div class="player"><video src="/video/{y}{m}/{_n(rng, 8)}.mp4" poster="/video/{y}{m}/p.jpg" controls></video>'
                  f'<div class="prog"><span>{esc(ex["K"][0])}</span><span>时长：{dur}</span></div></div>')
        text = (f'<div class="wzg-t">【文字稿】</div><div class="wzg">{_with(art, one)}</div>'
                f'<p class="jz">{esc(ex["R"][0])}</p><p class="bj">编辑：{rng.choice(REPORTERS)}　审核：{rng.choice(REPORTERS)}</p>')
        side = f'<div class="xgsp"><h3>相关视频</h3><ul>{_rel(rng, others, 4, "<i>{d}</i>{t}")}</ul></div>'
        head = f'<title>{esc(art["title"])}_{site}</title><meta name="description" content="{esc(art["body"][0][5:60])}">'
    else:
        site = "巴南网"
        url = f"https://www.cqbn.gov.cn/bntv/dhbn/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"

        def one(i, p):
            who, sep, rest = p.partition("：")
            if sep and len(who) <= 9 and not p.startswith("【"):
                return f'<p style="text-indent:2em"><strong>{esc(who)}：</strong>{esc(rest)}</p>'
            return f'<p style="text-indent:2em">{esc(p)}</p>'
        e = ex["E"][0].split("：", 1)
        info = (f'<div class="info">{y}年{m}月{d}日 {t}&nbsp;&nbsp;&nbsp;来源：{place}区融媒体中心&nbsp;&nbsp;&nbsp;'
                f'<a class="fx">分享</a>&nbsp;<a>收藏</a></div>')
        player = (f'<div class="player"><div id="vplayer" data-src="/bntv/{y}{m}/{_n(rng, 8)}.m3u8"></div>'
                  f'<div class="prog">{esc(ex["K"][0])} | 时长 {dur} | 播出频道：{place}综合频道</div></div>')
        text = (f'<div class="bza" style="background:#f5f5f5;padding:10px"><p><strong>{esc(e[0])}：</strong>{esc(e[1])}</p></div>'
                f'<div class="TRS_Editor">{_with(art, one)}</div><p class="credit" style="text-align:right">{esc(ex["R"][0])}</p>')
        side = f'<div class="wqjm"><h3>往期节目</h3><ul>{_rel(rng, others, 5, "{t}（{d}）")}</ul></div>'
        head = (f'<title>{esc(art["title"])}-{site}</title>'
                f'<meta property="og:title" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {t}">')
    body = (f'<div class="topbar"><a>首页</a><a>新闻</a><a>电视</a><a>直播</a><a>点播</a><a>专题</a></div>'
            f'<div class="crumb">首页 &gt; 电视 &gt; {esc(ex["K"][0].split("》")[0] + "》")}</div>'
            f'<div class="content"><h1>{esc(art["title"])}</h1>{info}{player}{text}'
            f'<div class="share"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ</a></div>'
            f'<div class="cmt">网友评论（{rng.randint(0, 40)}）</div></div>{side}'
            f'<div class="foot"><p>{place}融媒体中心 版权所有　未经授权禁止转载</p>'
            f'<p>信息网络传播视听节目许可证：{_n(rng, 7)}　渝ICP备{_n(rng, 8)}号</p></div>')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 5. 党校 理论文章


def dangxiao_lilun(art, rng, others):
    """A 党校 site's 理论研究 article: author and 作者单位 line, 摘要 and 关键词 before the text,
    ``一、…`` and ``（一）…`` heads, ``[1]`` footnote marks, a 参考文献 list after it; w09 on an
    old CMS in GBK with a visible date, w10 with no visible date (a ``publishdate`` meta, the URL)
    and the journal issue ``2022年第2期`` in its info line."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    school = f"中共重庆市{place}区委党校"
    if art["id"] == "w09":
        url = f"http://www.jjdx.gov.cn/llyj/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.html"

        def one(i, p):
            if p.startswith("（"):
                return f'<p style="text-indent:2em"><font face="楷体_GB2312"><b>{esc(p)}</b></font></p>'
            if _is_head(p):
                return f'<p style="text-indent:2em"><font face="黑体">{esc(p)}</font></p>'
            parts = p.split("[")
            html = esc(parts[0]) + "".join(f'<sup>[{esc(x.split("]")[0])}]</sup>{esc(x.split("]", 1)[1])}' for x in parts[1:])
            return f'<p style="text-indent:2em">{html}</p>'
        text = (f'<div class="zy"><p>{esc(ex["M"][0])}</p><p>{esc(ex["Y"][0])}</p></div>'
                f'<div class="content">{_with(art, one)}</div>'
                f'<div class="ckwx"><p><b>参考文献：</b></p>' + "".join(f"<p>{esc(z)}</p>" for z in ex["Z"]) + "</div>")
        info = (f'<div class="author">{esc(ex["U"][0])}</div>'
                f'<div class="info">发布时间：{y}年{m}月{d}日　　浏览次数：<span id="hits">{_n(rng, 3)}</span>　　<a>【打印】</a><a>【关闭】</a></div>')
        head = f'<title>{esc(art["title"])}-{school}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
    else:
        url = f"https://www.cqycdx.gov.cn/llyj/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        one = (lambda i, p: f'<h3 style="text-indent:2em;font-size:16px">{esc(p)}</h3>' if _is_head(p)
               else f'<p style="text-indent:2em">{esc(p)}</p>')
        text = (f'<div class="tiyao" style="background:#f2f2f2;padding:12px"><p>{esc(ex["M"][0])}</p><p>{esc(ex["Y"][0])}</p></div>'
                f'<div class="bt_content">{_with(art, one)}</div>'
                '<div class="refs">' + "".join(f"<p>{esc(z)}</p>" for z in ex["Z"]) + "</div>"
                f'<p class="edit">（责任编辑：{rng.choice(REPORTERS)}）</p>')
        info = (f'<div class="info"><span>作者：{esc(ex["U"][0])}</span><span>来源：《{place}党校》{ex["V"][0]}</span>'
                f'<span>浏览：{_n(rng, 3)}</span></div>')
        head = (f'<title>{esc(art["title"])}_{school}</title><meta name="publishdate" content="{y}-{m}-{d}">'
                f'<meta name="author" content="{esc(ex["U"][0])}">')
    body = (f'<div class="header"><img src="/images/dx_logo.png" alt="{school}"><span>{school}（{place}区行政学校）</span></div>'
            f'<div class="nav"><a>首页</a><a>学校概况</a><a>教学培训</a><a>理论研究</a><a>决策咨询</a><a>党建工作</a><a>图片新闻</a></div>'
            f'<div class="wz">当前位置：<a>首页</a> &gt; <a>理论研究</a> &gt; 正文</div>'
            f'<div class="art"><h1>{esc(art["title"])}</h1>{info}{text}</div>'
            f'<div class="llyj"><h3>理论研究</h3><ul>{_rel(rng, others, 5)}</ul></div>'
            f'<div class="foot">版权所有：{school}　地址：{place}区　邮编：402{_n(rng, 3)}　渝ICP备{_n(rng, 8)}号</div>')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 6. 人社局 招聘公告


def rsj_zhaopin_gonggao(art, rng, others):
    """A 人社局's 招聘公告: ``一、…`` heads, a 岗位 table whose rows are body, 报名时间/地点
    lines, 附件 and a signature; w11 on an old table layout in GBK (``日期：2024/3/12``, a script
    counter, a 招考信息 column), w12 on a district portal with an index grid, ``&nbsp;``-separated
    info spans with a later 更新时间 and a 温馨提示 box."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    att = "".join(f'<p><a href="/uploadfile/{y}{m}/{_n(rng, 9)}.{x.rsplit(".", 1)[1]}">{esc(x)}</a></p>' for x in ex["X"])
    sig = "".join(f'<p style="text-align:right">{esc(s)}</p>' for s in ex["S"])
    if art["id"] == "w11":
        site = f"重庆市{place}区人力资源和社会保障局"
        url = f"http://rsj.dazu.gov.cn/zkxx/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        render = _table(art, lambda i, p: (f'<p style="text-indent:2em"><b>{esc(p)}</b></p>' if _is_head(p)
                                           else f'<p style="text-indent:2em"><font size="3">{esc(p)}</font></p>'))
        left = ('<table width="100%" border="0"><tr><td class="lt">招考信息</td></tr>'
                + "".join(f'<tr><td>·<a>{esc(tt[:15])}</a><font color="#999">{dd[5:]}</font></td></tr>' for tt, dd in rng.sample(others, 5))
                + '</table><table width="100%"><tr><td class="lt">便民服务</td></tr><tr><td>社保查询　就业登记　职称评审</td></tr></table>')
        main = (f'<tr><td class="wz">当前位置：首页 &gt; 招考信息 &gt; 正文</td></tr>'
                f'<tr><td align="center"><font size="4"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center"><font size="2" color="#888">日期：{y}/{int(m)}/{int(d)}　　来源：区人力社保局　　'
                f'阅读：<script>document.write("{_n(rng, 4)}")</script></font></td></tr>'
                f'<tr><td><div class="con">{render(enumerate(art["body"]))}<br>{att}<br>{sig}</div></td></tr>'
                f'<tr><td align="center"><a>【打印本页】</a>　<a>【关闭窗口】</a></td></tr>')
        foot = (f'<table width="1000" align="center"><tr><td align="center"><font size="2">主办单位：{site}　地址：{place}区棠香街道<br>'
                f'网站标识码：{_n(rng, 10)}　渝ICP备{_n(rng, 8)}号</font></td></tr></table>')
        body = _old_table_page(site, ["首页", "机构职能", "就业创业", "社会保障", "人才人事", "劳动关系", "招考信息", "政策法规"], left, main, foot)
        head = f'<title>{esc(art["title"])}</title>' + _gov_metas(art, site, "招考信息", f"{y}-{m}-{d}")
        return head, body, url
    site = f"重庆市{place}区人民政府"
    url = f"http://www.cqnanan.gov.cn/bm/qrlsbj/zwgk_{_n(rng, 5)}/zkxx/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    render = _table(art, lambda i, p: (f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>' if _is_head(p)
                                       else f"<p>　　{esc(p)}</p>"))
    t = _hm(rng)
    grid = (f'<table class="gk-table"><tr><th>索引号</th><td>{_n(rng, 8)}/{y}-{_n(rng, 5)}</td><th>发布机构</th><td>{place}区人力社保局</td></tr>'
            f'<tr><th>主题分类</th><td>劳动、人事、监察</td><th>成文日期</th><td>{ex["S"][1]}</td></tr></table>')
    tips = ex["G"]
    box = (f'<div class="wxts"><h4>{esc(tips[0])}</h4>' + "".join(f"<p>{esc(x)}</p>" for x in tips[1:]) + "</div>")
    info = (f'<div class="info"><span>发布日期：{y}-{m}-{d}</span>&nbsp;&nbsp;&nbsp;<span>更新时间：{ex["V"][0]}</span>&nbsp;&nbsp;&nbsp;'
            f'<span>来源：{place}区人力社保局</span>&nbsp;&nbsp;&nbsp;<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
    body = (f'<div class="header"><img src="/images/nanan_logo.png" alt="{site}"><div class="tools"><a>无障碍</a><a>长者模式</a><a>English</a></div></div>'
            f'<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>数据开放</a></div>'
            f'<div class="crumb"><a>首页</a>&gt;<a>部门</a>&gt;<a>区人力社保局</a>&gt;<a>招考信息</a></div>'
            f'<div class="article">{grid}<h1>{esc(art["title"])}</h1>{info}'
            f'<div class="TRS_UEDITOR trs_paper_default">{render(enumerate(art["body"]))}</div>'
            f'<div class="fj">{att}</div>{sig}{box}'
            f'<div class="tool"><a>打印本页</a> <a>关闭窗口</a> <span>分享到：</span><a>微信</a><a>微博</a></div>'
            f'<div class="ewm"><img src="/qr.png"><span>扫一扫在手机打开当前页</span></div></div>'
            f'<div class="xglj"><h3>相关链接</h3><ul>{_rel(rng, others, 4)}</ul></div>'
            + _gov_foot(rng, "nanan", f"{place}区人民政府办公室", f"{place}区大数据应用发展管理局"))
    head = f'<title>{esc(art["title"])}_{site}</title>' + _gov_metas(art, site, "招考信息", f"{y}-{m}-{d} {t}")
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 7. 新闻客户端 快讯


def app_kuaixun(art, rng, others):
    """A news client's 快讯 share page: 打开APP bar, a 快讯 tag, the source client and a time
    (w13: ``2024-06-18 09:32``; w14: ``今天 08:15``, the date only in a meta and the URL), three
    or four short paragraphs, an editor line, then a 24小时快讯 feed of other items, each a time,
    a title and a one-sentence lead."""
    y, m, d = _ymd(art)
    place = PLACES[art["place"]]
    t = _hm(rng)
    client = f"{place}发布客户端"
    feed = "".join(f'<li><span class="tm">{_hm(rng)}</span><h4>{esc(tt)}</h4>'
                   f'<p>{esc(tt.split("｜")[-1])}。详情请点击查看。</p></li>' for tt, _ in rng.sample(others, 4))
    paras = "".join(f"<p>{esc(p)}</p>" for p in art["body"])
    if art["id"] == "w13":
        url = f"https://app.wzxw.cn/share/kuaixun/{y}{m}{d}/{_n(rng, 7)}.html"
        meta_line = f'<div class="meta"><span class="src">{client}</span><span class="time">{y}-{m}-{d} {t}</span></div>'
        head = f'<title>{esc(art["title"])}</title><meta name="description" content="{esc(art["body"][0][:50])}">'
    else:
        url = f"https://h5.jyfb.cn/{y}/{m}{d}/kx{_n(rng, 6)}.html"
        meta_line = (f'<div class="meta"><span class="src">来源：{client}</span><span class="time">今天 {t}</span>'
                     f'<span class="read">阅读 {rng.randint(1, 9)}.{rng.randint(1, 9)}万</span></div>')
        head = (f'<title>{esc(art["title"])}-{client}</title>'
                f'<meta property="article:published_time" content="{y}-{m}-{d}T{t}:00+08:00">')
    body = (f'<div class="dl-bar"><img src="/logo.png"><span>{client}</span><span>打开APP，阅读体验更佳</span><a>打开</a></div>'
            f'<div class="kx-detail"><span class="tag">快讯</span><h1>{esc(art["title"])}</h1>{meta_line}'
            f'<div class="kx-content">{paras}</div><p class="editor">责编：{rng.choice(REPORTERS)}</p>'
            f'<div class="op"><span>赞 {rng.randint(5, 99)}</span><span>分享</span></div></div>'
            f'<div class="kx-feed"><h3>24小时快讯</h3><ul>{feed}</ul><a class="more">打开APP看更多快讯</a></div>'
            f'<div class="ft"><p>Copyright © {y} {client} 版权所有</p><p>互联网新闻信息服务许可证：{_n(rng, 11)}</p></div>')
    return head, body, url


TEMPLATES = {"lyj_fanghuo_tonggao": lyj_fanghuo_tonggao, "wlw_feiyi_tuji": wlw_feiyi_tuji,
             "gafj_jingqing_tongbao": gafj_jingqing_tongbao, "dst_jiemu_wenzigao": dst_jiemu_wenzigao,
             "dangxiao_lilun": dangxiao_lilun, "rsj_zhaopin_gonggao": rsj_zhaopin_gonggao, "app_kuaixun": app_kuaixun}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages32", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
