"""Build the hundred-and-forty-seventh saved-page set (``pages147``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: 区 文旅委 portal pages, a GBK A级 景区 评定 公示 and a
文化 惠民 演出 news page (``wlw_ajpd147``), a 消防 公众号 火灾 案例 警示 post (``xf_mp_al147``), 县政府网
人事 pages, a GBK 任免 通知 and a 公务员 拟录用 公示 with a table (``xzf_rm147``), 新华网-like 地方 频道
pages (``xhw_df147``), 区 医保局 pages, a GBK 定点 医药机构 名单 公告 and a 专项检查 news page
(``ybj_ddmd147``), a 高校 公众号 毕业典礼 post (``gx_mp_by147``) and 日报 e-paper 第04版 经济 pages
(``rb_04jj147``). ``articles.txt`` holds the title, date and reference body; the furniture (not body)
is written here. See README.md.

    python tests/data/web/pages147/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["周雯", "罗浩", "唐思琪", "蒋磊", "付晓丽", "邓斌", "彭佳", "曾勇", "苏婷", "康宁"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")
GBK_HEAD = '<meta charset="gbk">'


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"', th=False) -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; the first row as
    ``<th>`` cells or bold ``<td>`` cells)."""
    out = []
    for i, r in enumerate(rows):
        if i == 0 and th:
            cells = "".join(f'<th style="background:#eef3fa">{esc(c)}</th>' for c in r.split(" "))
        else:
            cells = "".join(f'<td align="center">{"<b>" if i == 0 else ""}{esc(c)}{"</b>" if i == 0 else ""}</td>'
                            for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None, th=False) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table, ``special(p)`` (when it
    gives markup) first, numbered heads through ``head``, other lines through ``para``."""
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(_table(rows, th=th))
            rows = []
        if p is None:
            break
        got = special(p) if special else None
        if got is not None:
            out.append(got)
        elif head and _head(p):
            out.append(head(esc(p)))
        else:
            out.append(para(esc(p)))
    return out


def _rel(rng, others, k, fmt) -> str:
    """A related-articles list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _before(art, days: int) -> datetime.date:
    return datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=days)


def _cn(d: datetime.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _gov_foot(rng, host: str, code: str, prov: str = "渝", sponsor: str = "") -> str:
    return (f'<div class="footer"><div class="ft-link"><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a> | <a>无障碍浏览</a></div>'
            f'<p>主办单位：{sponsor or host}　承办单位：{host}</p>'
            f'<p>网站标识码：{code}　<a>{prov}ICP备{_n(rng, 8)}号-2</a>　<img src="/images/ga.png">{prov}公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jg"><img src="/images/dzjg.png"><img src="/images/zfjc.png"></div></div>')


def wlw_ajpd147(art, rng, others):
    """区 文旅委 portal: p01 (GBK) an A级 景区 评定 公示 — info glued with no whitespace (发布时间/来源/
    浏览次数 ``document.write``/字号), ``<strong>一、…</strong>`` heads, a 名单 table, a 公示时间 line,
    ``1.`` items, 联系电话/电子邮箱 lines and 特此公示 (body), the 落款 a day earlier, an 附件 line and a
    相关链接 box (not body); p02 a 惠民演出 news page whose only visible date is a later ``更新时间`` (meta
    ``PubDate`` and the URL give it), bar heads, a photo + 楷体 caption with 供图 credit, a closing slogan
    (body), 责任编辑, 上一篇/下一篇 and 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.bishan.gov.cn/bm/qwlw/zwgk_{'tzgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    top = ('<div class="top"><span>重庆市璧山区人民政府</span><a>无障碍</a> <a>长者模式</a> <a>English</a></div>'
           '<div class="head"><img src="/images/logo_bs.png" alt="重庆市璧山区文化和旅游发展委员会"><div class="search"><input value="请输入关键字"><a>搜索</a></div></div>'
           '<div class="nav"><ul><li>首页</li><li>机构职能</li><li>政务公开</li><li>文旅资讯</li><li>公共服务</li><li>互动交流</li></ul></div>')
    if p01:
        para = lambda t: f'<p style="text-indent:2em;line-height:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>'  # noqa: E731
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:2em"><strong><span style="font-family:黑体">{t}</span></strong></p>')
        sig = ('<p style="text-align:right;line-height:2em"><span style="font-family:仿宋_GB2312">重庆市璧山区文化和旅游发展委员会</span></p>'
               f'<p style="text-align:right;line-height:2em"><span style="font-family:仿宋_GB2312">{_cn(_before(art, 1))}</span></p>')
        body = (top + '<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>通知公告</a></div>'
                f'<div class="detail"><h1 class="title">{esc(art["title"])}</h1>'
                f'<div class="info">发布时间：{y}-{m}-{d} {_hm(rng)}来源：区文化旅游委浏览次数：<script>document.write("{_n(rng, 3)}")</script>字号：【<a>大</a> <a>中</a> <a>小</a>】</div>'
                '<div class="TRS_Editor">' + "".join(blocks) + sig
                + f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.xls">拟评定国家3A级旅游景区基本情况表.xls</a></p></div>'
                '<div class="xglj" style="border:1px solid #d8d8d8;padding:10px"><h4>相关链接</h4>'
                '<p><a>旅游景区质量等级的划分与评定</a></p><p><a>旅游景区质量等级管理办法</a></p></div>'
                '<div class="tool"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
                + _gov_foot(rng, "重庆市璧山区文化和旅游发展委员会", f"500120{_n(rng, 4)}", sponsor="重庆市璧山区人民政府办公室"))
        head = (GBK_HEAD + f'<title>{esc(art["title"])}_重庆市璧山区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ColumnName" content="通知公告">')
    else:
        upd = datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=2)

        def special(p):
            if p.endswith("！") and len(p) < 16:
                return f'<p style="text-align:center;color:#c00000"><strong>{esc(p)}</strong></p>'
            if len(p) < 16 and not any(c in p for c in "。，：！"):
                return (f'<p class="bar" style="border-left:5px solid #b8282e;padding-left:8px;margin:16px 0">'
                        f'<strong><span style="color:#b8282e">{esc(p)}</span></strong></p>')
            return None

        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>', special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="600"></p>'
                         '<p style="text-align:center;font-family:楷体">图为丁家街道惠民演出现场。区文化馆供图</p>')
        prev, nxt = rng.sample(others, 2)
        body = (top + '<div class="crumb">当前位置：<a>首页</a> &gt; <a>文旅资讯</a> &gt; <a>工作动态</a></div>'
                f'<div class="detail"><h1 class="title">{esc(art["title"])}</h1>'
                f'<div class="info"><span>来源：区文化馆</span>　<span>更新时间：{upd.isoformat()} {_hm(rng)}</span>　<span>【<a>大</a> <a>中</a> <a>小</a>】</span></div>'
                '<div class="TRS_Editor">' + "".join(blocks) + '</div>'
                f'<p class="zrbj" style="text-align:right">（责任编辑：{who[0]}）</p>'
                f'<div class="sxp"><p>上一篇：<a>{esc(prev[0])}</a></p><p>下一篇：<a>{esc(nxt[0])}</a></p></div>'
                '<div class="share">分享到：<a class="wx"></a><a class="wb"></a><a class="qq"></a></div>'
                '<div class="xgxw"><h3>相关新闻</h3><ul>' + _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>') + '</ul></div></div>'
                + _gov_foot(rng, "重庆市璧山区文化和旅游发展委员会", f"500120{_n(rng, 4)}", sponsor="重庆市璧山区人民政府办公室"))
        head = (f'<title>{esc(art["title"])}_重庆市璧山区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区文化馆">')
    return head, body, url


def xf_mp_al147(art, rng, others):
    """消防 公众号 火灾 案例 警示 post: 原创 label, nickname, a visible publish_time (the script's ``ct``
    agrees), a ``点击蓝字 关注我们`` banner, ``案例一：…`` bar heads, a bold ``消防员：`` turn, a centred
    red slogan, a ``消防提醒：`` lead-in and ``1.`` items, the 119 line (body); two ``▲`` captions, an
    ``扫码观看…↓`` teaser, 来源/编辑/审核 credits, 往期推荐, 阅读原文, 在看 prompts and a QR (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    y, m, d = _ymd(art)
    who = rng.sample(WHO, 2)
    out = ['<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/guanzhu/640"></section>'
           '<p style="text-align:center"><span style="font-size:12px;color:#d9480f">点击蓝字 关注我们</span></p>']
    for i, p in enumerate(art["body"]):
        if p.startswith("案例") and "：" in p[:4]:
            out.append('<section style="margin:20px 0 10px;text-align:center"><section style="display:inline-block;background:#d9480f;'
                       f'padding:4px 16px;border-radius:14px"><p><span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></p></section></section>')
        elif p.startswith("消防员："):
            out.append(f'<p style="line-height:1.75em"><span style="font-size:15px"><strong>消防员：</strong>{esc(p[4:])}</span></p>')
        elif p.endswith("！") and len(p) < 16:
            out.append(f'<p style="text-align:center"><span style="color:#d9480f;font-size:18px"><strong>{esc(p)}</strong></span></p>')
        elif p == "消防提醒：":
            out.append(f'<p style="line-height:1.75em"><strong><span style="font-size:16px;color:#d9480f">{esc(p)}</span></strong></p>')
        else:
            out.append(f'<p style="line-height:1.75em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i in (3, 5):
            cap = "▲起火楼道被烧毁的鞋柜和电动车电池" if i == 3 else "▲被引燃的沙发残骸"
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{cap}</span></p>')
        if i == 8:
            out.append('<p style="text-align:center"><span style="font-size:13px;color:#576b95">扫码观看油锅起火实验视频↓</span></p>'
                       '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/qrcode/640"></p>')
    tail = (f'<p><span style="font-size:12px;color:#999">来源：宜宾消防 综合整理</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>'
            '<p style="text-align:center"><span style="font-size:13px;color:#d9480f">点个“在看”，把安全分享给更多人</span></p>')
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{who[0]}</span>'
            '<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">宜宾消防</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            '<em id="js_ip_wording_wrp">发表于四川</em></div>'
            '<div class="rich_media_content" id="js_content">' + "".join(out) + tail + '</div>'
            '<div id="js_view_source" class="original_area"><a>阅读原文</a></div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(2000, 9000)}</span><a>赞 {rng.randint(20, 300)}</a><a>在看 {rng.randint(5, 80)}</a></div>'
            '<div class="rich_media_extra"><a>写留言</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "宜宾消防"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}"><meta property="og:type" content="article">'
    return head, body, url


def xzf_rm147(art, rng, others):
    """县政府网 人事 pages: p04 (GBK) a 任免 通知 on an old table layout — an 信息公开 grid (索引号, 发布机构,
    成文日期 two days earlier, 发布日期, 文号), a ``<font size=5>`` headline, a centred 文号 line, the text as
    ``<br><br>`` lines in one ``<font>`` (主送 line, ``：``-ended lead-in, 任命/免去 lines, body), the 落款 and
    its date, 【打印】【关闭】 (not body); p05 a 公务员 拟录用 公示 with 发布时间/来源/阅读 spans, a ``<th>`` 名单
    table, 公示时间/监督电话/通信地址 lines (body), a two-issuer 落款, 分享到 and 相关信息 (not body)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.pujiang.gov.cn/pjxrmzf/c{_n(rng, 6)}/{y}-{m}/{d}/content_{_wx_id(rng)[:16].lower()}.shtml"
    who = rng.sample(WHO, 2)
    if p04:
        signed = _before(art, 2)
        wh = f"蒲府任〔{y}〕{rng.randint(3, 12)}号"
        lines = "<br><br>".join(("" if i == 0 else "　　") + esc(p) for i, p in enumerate(art["body"]))
        grid = ('<table width="100%" border="1" cellspacing="0" cellpadding="3" class="xxgk" style="border-collapse:collapse;font-size:12px">'
                f'<tr><td width="12%">索 引 号：</td><td width="38%">{_n(rng, 9)}/{y}-{_n(rng, 5)}</td><td width="12%">发布机构：</td><td>蒲江县人民政府办公室</td></tr>'
                f'<tr><td>成文日期：</td><td>{signed.isoformat()}</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr>'
                f'<tr><td>文　　号：</td><td>{wh}</td><td>主题分类：</td><td>人事任免</td></tr></table>')
        body = ('<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/pj_banner.jpg" width="980" height="150"></td></tr></table>'
                '<table width="980" align="center" bgcolor="#1d5fa8"><tr><td class="menu"><font color="#ffffff">首页&nbsp;|&nbsp;走进蒲江&nbsp;|&nbsp;政务公开&nbsp;|&nbsp;政务服务&nbsp;|&nbsp;互动交流</font></td></tr></table>'
                '<table width="980" align="center" cellpadding="6"><tr><td>您现在的位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; <a>人事信息</a></td></tr>'
                f'<tr><td>{grid}</td></tr>'
                f'<tr><td align="center"><font size="5" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center">{wh}</td></tr>'
                f'<tr><td class="zw"><font style="font-size:16px;line-height:32px">{lines}</font></td></tr>'
                f'<tr><td align="right"><font style="font-size:16px">蒲江县人民政府<br>{_cn(signed)}</font></td></tr>'
                '<tr><td align="center"><a href="javascript:window.print()">【打印】</a>&nbsp;<a href="javascript:window.close()">【关闭】</a></td></tr></table>'
                f'<table width="980" align="center" class="foot"><tr><td align="center">蒲江县人民政府办公室主办　蜀ICP备{_n(rng, 8)}号<br>川公网安备 {_n(rng, 14)}号　网站标识码：5101310{_n(rng, 3)}</td></tr></table>')
        head = GBK_HEAD + f'<title>{esc(art["title"])}</title><meta name="keywords" content="人事任免,蒲江县人民政府">'
    else:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:1.9em">{t}</p>', th=True)
        sig = ('<p style="text-align:right">中共蒲江县委组织部　　蒲江县人力资源和社会保障局</p>'
               f'<p style="text-align:right">{y}年{int(m)}月{int(d)}日</p>')
        body = ('<div class="header"><img src="/images/pj_logo.png" alt="蒲江县人民政府"><div class="weather">今日蒲江</div></div>'
                '<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进蒲江</a></div>'
                '<div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>人事信息</a> &gt; <a>公务员招录</a></div>'
                f'<div class="article"><h2>{esc(art["title"])}</h2>'
                f'<div class="msg"><span>发布时间：{y}-{m}-{d} {_hms(rng)}</span><span>来源：县人力资源和社会保障局</span>'
                f'<span>阅读：<i id="hits">{_n(rng, 4)}</i></span></div>'
                '<div class="content" id="zoom">' + "".join(blocks) + sig + '</div>'
                '<div class="share">分享到：<a class="wx"></a><a class="wb"></a>　<a>【打印】</a><a>【关闭】</a></div>'
                '<div class="xgxx"><h3>相关信息</h3><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><em>[{dd}]</em></li>') + '</ul></div></div>'
                + _gov_foot(rng, "蒲江县人民政府办公室", f"5101310{_n(rng, 3)}", prov="蜀"))
        head = (f'<title>{esc(art["title"])}_蒲江县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d}">')
    return head, body, url


def xhw_df147(art, rng, others):
    """新华网-like 地方 频道 pages: logo and channel bar, crumb, headline, an info line, a photo with a
    centred ``（新华网发 name 摄）`` caption in the text, bold ``记者：`` and ``name：`` turns, the
    ``新华网…电`` opening run into the lead (body); 【纠错】 and 责任编辑, 分享, 相关新闻 with dates, a
    客户端 QR prompt and the copyright footer (not body). p06 shows ``YYYY-MM-DD hh:mm:ss 来源：新华网``;
    p07 a video box and no visible date (meta ``publishdate`` and the URL give it)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    prov = "gz" if p06 else "zj"
    url = f"http://{prov}.news.cn/{y}-{m}/{d}/c_{_n(rng, 10)}.htm"
    who = rng.sample(WHO, 2)

    def special(p):
        if p.startswith("记者："):
            return f'<p>　　<strong>记者：</strong>{esc(p[3:])}</p>'
        h, sep, rest = p.partition("：")
        if sep and h in ("田光明", "安吉县林业部门工作人员"):
            return f'<p>　　<strong>{esc(h)}：</strong>{esc(rest)}</p>'
        return None

    blocks = _blocks(art["body"], lambda t: f'<p>　　{t}</p>', special=special)
    cap = "湄潭县兴隆镇茶园里的物联网监测站" if p06 else "安吉县山川乡的竹林"
    blocks.insert(2, f'<p align="center"><img src="{_n(rng, 10)}_16{_n(rng, 8)}_n.jpg" border="0"></p>'
                     f'<p align="center"><font color="navy" face="楷体">　　{cap}。（新华网发 {who[0]} 摄）</font></p>')
    info = (f'<div class="info"><span class="h-time">{y}-{m}-{d} {_hms(rng)}</span>　<span class="source">来源：新华网</span></div>' if p06
            else '<div class="info"><span class="source">来源：新华网</span>　<span><a>新华网客户端</a></span></div>')
    video = ('' if p06 else
             f'<div class="video"><div id="player" data-vid="{_wx_id(rng)}"></div><p class="vt">视频：竹林碳汇让山村更绿更富　时长 0{rng.randint(1, 3)}:{rng.randint(10, 59)}</p></div>')
    body = ('<div class="topbar"><a class="logo"><img src="//www.news.cn/images/logo.png" alt="新华网"></a>'
            '<ul><li>首页</li><li>时政</li><li>地方</li><li>财经</li><li>国际</li><li>视频</li></ul></div>'
            f'<div class="channel"><a>新华网</a> &gt; <a>地方频道</a> &gt; <a>{"贵州" if p06 else "浙江"}</a> &gt; 正文</div>'
            f'<div class="header"><h1>{esc(art["title"])}</h1>{info}'
            '<div class="fontsize">字体：<a>小</a> <a>中</a> <a>大</a>　分享到：<a class="wx"></a><a class="wb"></a></div></div>'
            f'{video}<div id="p-detail">' + "".join(blocks) + '</div>'
            f'<div class="p-jc"><span>【纠错】</span><span class="editor">【责任编辑：{who[1]}】</span></div>'
            '<div class="share-bottom">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            '<div class="related"><h3>相关新闻</h3><ul>' + _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>') + '</ul></div>'
            '<div class="qr"><img src="//www.news.cn/images/app_qr.png"><p>扫码下载新华网客户端</p></div>'
            '<div class="foot">Copyright © 2000-2024 XINHUANET.com All rights reserved.　制作单位：新华网股份有限公司　版权所有 新华网股份有限公司</div>')
    head = f'<title>{esc(art["title"])}-新华网</title><meta name="keywords" content="{"湄潭,茶园" if p06 else "安吉,竹林,碳汇"}">'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="description" content="{esc(art["body"][0][:60])}">'
    return head, body, url


def ybj_ddmd147(art, rng, others):
    """区 医保局 pages: p08 (GBK) a 定点 医药机构 名单 公告 — info glued with no whitespace (发布日期/信息来源/
    阅读次数 ``document.write``), a 文号 line, ``<strong>一、…</strong>`` heads, two 名单 tables, ``1.``
    items, a 咨询电话 line and 特此公告 (body), the 落款 two days earlier, an 附件 line and a 医保小贴士 box
    (not body); p09 a 专项检查 news page with a ``[YYYY-MM-DD]`` date, a ``：``-ended lead-in, ``1.`` items
    and a quote (body), a photo + 图为 caption, an 举报渠道 box, 上一篇/下一篇 (not body)."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.cqqj.gov.cn/bm/qybj/zwgk_{'tzgg' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    top = ('<div class="head"><img src="/images/logo_qj.png" alt="重庆市綦江区人民政府"><span class="bm">区医疗保障局</span></div>'
           '<div class="nav"><ul><li>首页</li><li>机构概况</li><li>政务公开</li><li>医保政策</li><li>办事服务</li><li>互动交流</li></ul></div>')
    if p08:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:28px">{t}</p>',
                         head=lambda t: f'<p style="text-indent:2em;line-height:28px"><strong>{t}</strong></p>')
        signed = _before(art, 2)
        body = (top + '<div class="crumb">您的位置：<a>首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>通知公告</a></div>'
                f'<div class="detail"><div class="tit">{esc(art["title"])}</div>'
                f'<div class="info">发布日期：{y}-{m}-{d}信息来源：区医疗保障局阅读次数：<script>document.write("{_n(rng, 3)}")</script></div>'
                f'<p style="text-align:center">綦医保发〔{y}〕{rng.randint(40, 90)}号</p>'
                '<div class="TRS_Editor">' + "".join(blocks)
                + '<p style="text-align:right">重庆市綦江区医疗保障局</p>'
                f'<p style="text-align:right">{_cn(signed)}</p>'
                f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.xlsx">綦江区新增定点医药机构名单.xlsx</a></p></div>'
                '<div class="tips" style="background:#f2f8ff;border:1px solid #b5d3f3;padding:10px"><p><b>医保小贴士</b></p>'
                '<p>参保人员可在“渝快办”或国家医保服务平台App查询定点医药机构名单，就医购药时请主动出示医保电子凭证。</p></div>'
                '<div class="tool"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
                + _gov_foot(rng, "重庆市綦江区医疗保障局", f"500110{_n(rng, 4)}", sponsor="重庆市綦江区人民政府办公室"))
        head = (GBK_HEAD + f'<title>{esc(art["title"])}_重庆市綦江区人民政府</title>'
                f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d}">')
    else:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>')
        blocks.insert(8, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="560"></p>'
                         '<p style="text-align:center">图为检查组工作人员核对药店进销存记录。</p>')
        prev, nxt = rng.sample(others, 2)
        body = (top + '<div class="crumb">您的位置：<a>首页</a> &gt;&gt; <a>工作动态</a></div>'
                f'<div class="detail"><div class="tit">{esc(art["title"])}</div>'
                f'<div class="info"><span>[{y}-{m}-{d}]</span>　<span>来源：区医疗保障局基金监管科</span>　<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
                '<div class="TRS_Editor">' + "".join(blocks) + '</div>'
                '<div class="jbqd" style="border:1px dashed #1d6fb8;padding:10px"><p><b>举报渠道</b></p>'
                f'<p>举报电话：023-4866{_n(rng, 4)}</p><p>来信地址：綦江区文龙街道九龙大道区政务服务中心三楼</p></div>'
                f'<div class="sxp"><span>上一篇：<a>{esc(prev[0])}</a></span><span>下一篇：<a>{esc(nxt[0])}</a></span></div>'
                '<div class="tool"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
                + _gov_foot(rng, "重庆市綦江区医疗保障局", f"500110{_n(rng, 4)}", sponsor="重庆市綦江区人民政府办公室"))
        head = f'<title>{esc(art["title"])}_重庆市綦江区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
    return head, body, url


def gx_mp_by147(art, rng, others):
    """高校 公众号 毕业典礼 post: nickname only and an empty publish_time (the script's ``ct`` gives the
    date), ``一、…`` gradient bar heads, bold ``李欣然：`` / ``家长：`` turns, a quote, a centred slogan
    (body); a banner image, three ``▲`` captions, a 毕业季 活动预告 card, 文字/图片/编辑/审核 credits,
    往期推荐, 点赞/在看 prompts and a QR (not body)."""
    url = f"https://mp.weixin.qq.com/s?__biz=Mz{_n(rng, 8)}==&mid={_n(rng, 10)}&idx=1&sn={_wx_id(rng)[:16]}"
    t = _hm(rng)
    who = rng.sample(WHO, 4)
    out = ['<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/banner_by/640"></section>']
    caps = {1: "▲典礼现场", 7: "▲毕业生代表李欣然发言", 10: "▲院领导为毕业生拨穗"}
    for i, p in enumerate(art["body"]):
        if _head(p):
            out.append('<section style="margin:22px 0 12px;background:linear-gradient(90deg,#1a4f9c,#7fb0e8);padding:6px 12px">'
                       f'<p><span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></p></section>')
        elif p.startswith(("李欣然：", "家长：")):
            h, _, rest = p.partition("：")
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px"><strong>{esc(h)}：</strong>{esc(rest)}</span></p>')
        elif p.endswith("！") and len(p) < 18:
            out.append(f'<p style="text-align:center;margin-top:24px"><span style="color:#1a4f9c;font-size:18px"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i in caps:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{caps[i]}</span></p>')
    card = ('<section style="border:1px solid #1a4f9c;border-radius:6px;padding:12px;margin:20px 0">'
            '<p><strong><span style="color:#1a4f9c">毕业季活动预告</span></strong></p>'
            '<p><span style="font-size:14px">6月26日 毕业生离校服务专场（行政楼一楼大厅）</span></p>'
            '<p><span style="font-size:14px">6月27日 “最后一课”毕业晚会（大学生活动中心）</span></p></section>')
    tail = (card + f'<p><span style="font-size:12px;color:#999">文字：{who[0]}　图片：{who[1]}　编辑：{who[2]}　审核：{who[3]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">点赞、在看，为毕业生送上祝福</span></p>')
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list">'
            '<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">蜀南工程学院</a></span>'
            '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            '<div class="rich_media_content" id="js_content">' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(5000, 20000)}</span><a>赞 {rng.randint(100, 900)}</a><a>在看 {rng.randint(20, 200)}</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "蜀南工程学院"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def rb_04jj147(art, rng, others):
    """日报 e-paper 第04版 经济: masthead with ``YYYY年M月D日　星期X`` (the only visible date; the URL
    agrees), a 版次 ``<select>``, 上一版/下一版/PDF/往期, 版面图, 本版标题 (not body). p11 (GBK): an 引题
    above the headline, the ``本报讯（记者 …）`` opening (body), ``<br>`` lines in ``founder-content`` split
    by a data table (body) with a 数据来源 note, and a 简讯 in full (not body); p12: a 副题 and a
    ``□本报记者`` byline, ``<P>`` paragraphs in ``#ozoom`` with bold ``记者：`` and ``公司总经理 name：`` turns
    (body), a caption table and a 记者手记 box (not body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.jlrb.cn/html/{y}-{m}/{d}/node_04.htm"
    who = rng.sample(WHO, 2)
    if p11:
        rows = [p for p in art["body"] if _row(p)]
        first = art["body"].index(rows[0])
        pre, post = art["body"][:first], art["body"][first + len(rows):]
        br = lambda ps: "<br>".join(f"　　{esc(p)}" for p in ps) + "<br>"  # noqa: E731
        text = ('<!--enpcontent--><founder-content>' + br(pre)
                + _table(rows, attrs='width="90%" align="center" border="1" cellspacing="0"')
                + '<p align="center" style="font-size:12px">数据来源：市统计局</p>' + br(post) + '</founder-content><!--/enpcontent-->')
        top = '<h3 class="yt">稳中有进　回升向好</h3>'
        by = ''
        after = ('<div class="jx" style="border-top:1px solid #ccc;margin-top:16px"><h3>简讯</h3>'
                 '<p>　　本报讯　近日，市农业农村局组织开展秋冬季农资打假专项行动，共检查农资经营门店126家，抽检化肥、农药样品38个。</p></div>')
    else:
        def P(p):
            if p.startswith("记者："):
                return f"<P>　　<B>记者：</B>{esc(p[3:])}</P>"
            if p.startswith(("公司总经理 罗建平：", "罗建平：")):
                h, _, rest = p.partition("：")
                return f"<P>　　<B>{esc(h)}：</B>{esc(rest)}</P>"
            return f"<P>　　{esc(p)}</P>"
        ps = [P(p) for p in art["body"]]
        ps.insert(2, '<table align="center" width="420"><tr><td><img src="../../../res/1/20/' + f'{y}{m}/{_n(rng, 9)}.jpg" width="400"></td></tr>'
                     '<tr><td align="center"><font size="2">工人在纸浆模塑生产线上检查产品。本报记者 何静 摄</font></td></tr></table>')
        text = '<div id="ozoom"><founder-content>' + "".join(ps) + '</founder-content></div>'
        top = ''
        by = '<h2 class="ft">——经开区一家老牌纸业公司转型见闻</h2><div class="author">□本报记者　何静　文/图</div>'
        after = ('<div class="jzsj" style="background:#f5f1e8;padding:10px;margin-top:12px"><p><b>记者手记</b></p>'
                 '<p>　　转型没有捷径。这家老纸厂的故事说明，环保压力也可以变成升级的动力，关键在于企业敢不敢迈出第一步。</p></div>')
    same = "".join(f'<li><a>{esc(x)}</a></li>' for x in ["市场主体活力持续增强", "农资打假专项行动启动", "前三季度外贸平稳增长"])
    body = (f'<div class="masthead"><img src="../../../images/jlrb_logo.gif" alt="嘉陵日报"><div class="mast-r">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>国内统一连续出版物号 CN51-00{_n(rng, 2)}</p></div></div>'
            '<div class="bc"><select name="ban"><option>第01版：要闻</option><option>第02版：综合</option><option>第03版：民生</option>'
            '<option selected>第04版：经济</option></select>'
            f'　<a href="node_03.htm">上一版</a>　<a href="node_05.htm">下一版</a>　<a href="../../../page/{y}{m}/{d}/04/{_n(rng, 8)}.pdf">PDF下载</a>　<a>往期回顾</a></div>'
            '<table width="1000" align="center"><tr><td width="360" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}{m}/{d}/04/{y}{m}{d}04_b.jpg" width="340"></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>{same}</ul></div></td>'
            f'<td valign="top"><div class="article">{top}<h1>{esc(art["title"])}</h1>{by}{text}{after}'
            f'<div class="bj">责任编辑：{who[0]}　校对：{who[1]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">嘉陵日报社 版权所有　未经书面授权不得转载、摘编　川ICP备{_n(rng, 8)}号</div>')
    head = (GBK_HEAD if p11 else "") + '<title>嘉陵日报-第04版：经济</title><meta name="keywords" content="嘉陵日报,数字报,经济">'
    return head, body, url


TEMPLATES = {"wlw_ajpd147": wlw_ajpd147, "xf_mp_al147": xf_mp_al147, "xzf_rm147": xzf_rm147,
             "xhw_df147": xhw_df147, "ybj_ddmd147": ybj_ddmd147, "gx_mp_by147": gx_mp_by147,
             "rb_04jj147": rb_04jj147}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages147", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
