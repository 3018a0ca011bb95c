"""Build the hundred-and-thirty-sixth saved-page set (``pages136``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 文旅委 portal 非遗 名录 公示 (GBK) and a 文化节
news page (``wlw_fy136``), a 检察院 公众号 典型案例 post (``jcy_mp_al136``), 县政府网 人事任免 pages (a
GBK 任免 通知 with name lines, a 任前公示 with a table; ``xzf_rm136``), 华龙网-like 区县 频道 news
(``hlw_qx136``), 区 医保局 政策问答 (GBK) and 医保服务站 news (``ybj_wd136``), a 企业 公众号 党建 活动
post (``qy_mp_dj136``) and a 都市报 e-paper 第10版 区县 page pair (``dsb_10qx136``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages136/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["龚雪", "彭宇", "蒋丽娟", "牟海", "熊婷婷", "江涛", "曾敏", "余伟", "付晓", "汪静"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")
QX_OTHERS = ["荣昌夏布小镇新添三家工坊", "綦江农民版画进社区", "璧山高铁站片区新开两条公交线",
             "永川茶山竹海迎来研学高峰", "合川桃片企业抱团拓市场"]  # the 区县 page's other pieces


def _row(p: str) -> bool:
    """A data-table row inside the text: four or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 3 and not any(c in p for c in "。，；：！？")


def _head(p: str) -> bool:
    """A numbered subheading (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs, cell=None, th=False) -> str:
    out = []
    for i, r in enumerate(rows):
        tag = "th" if (th and i == 0) else "td"
        cells = "".join(f"<{tag}>{cell(esc(c), i) if cell else esc(c)}</{tag}>" for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, special=None, table=None) -> list[str]:
    """Body lines as HTML blocks: consecutive table rows through ``table(rows)``, ``special(p)`` (when
    it gives markup) first, other lines through ``para``."""
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(table(rows))
            rows = []
        if p is None:
            break
        got = special(p) if special else None
        out.append(got if got is not None else para(esc(p)))
    return out


def _rel(rng, others, k, fmt) -> str:
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _day(art, delta: int) -> datetime.date:
    return datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=delta)


def wlw_fy136(art, rng, others):
    """区 文旅委 portal (渝北): p01 (GBK) a 非遗 名录 推荐项目 公示 under an 信息公开 grid (索引号/发布机构/
    生成日期/文号), info glued with no whitespace (``发布时间：…来源：…浏览次数：`` + ``document.write``), a
    主送 line, ``<strong>一、…</strong>`` heads, a 项目 table, 公示时间 and 联系人/联系电话/通讯地址 lines,
    特此公示 (body); the 落款 and its date, an 附件 line, a 相关链接 box (not body). p02 a 文化节 news page
    with ``发布时间`` beside a later ``更新时间``, bar subheads, two photos with 楷体 captions, a closing
    slogan line (body), 责任编辑, 上一篇/下一篇, 相关新闻 with dates (not body)."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.ybq.gov.cn/bm/qwhlyfzw/zwgk_{_n(rng, 5)}/{'tzgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    nav = ('<div class="top"><div class="w1200"><span>重庆市渝北区人民政府</span><a>无障碍</a><a>长者模式</a><a>English</a></div></div>'
           '<div class="banner"><img src="/images/yb_logo.png" alt="渝北区文化和旅游发展委员会"><div class="ss"><input placeholder="请输入关键字"><button>搜索</button></div></div>'
           '<div class="nav"><ul><li>首页</li><li>机构职能</li><li>政务公开</li><li>文旅资讯</li><li>非遗保护</li><li>公共服务</li><li>互动交流</li></ul></div>')
    foot = ('<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>纠错</a></p>'
            '<p>主办单位：重庆市渝北区文化和旅游发展委员会　地址：渝北区双龙大道168号</p>'
            f'<p>网站标识码：5001120{_n(rng, 3)}　<a>渝ICP备{_n(rng, 8)}号</a>　渝公网安备 {_n(rng, 14)}号</p>'
            '<p><img src="/images/dzjg.png">　<img src="/images/jiucuo.png"></p></div>')
    if p01:
        def special(p):
            if _head(p):
                return f'<p style="text-indent:2em;line-height:28pt"><strong><span style="font-family:黑体">{esc(p)}</span></strong></p>'
            if p.endswith("：") and p.startswith("各街道"):
                return f'<p style="line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">{esc(p)}</span></p>'
            return None
        para = lambda t: f'<p style="text-indent:2em;line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>'  # noqa: E731
        tab = lambda rows: _table(rows, 'border="1" cellspacing="0" cellpadding="4" width="96%" align="center" style="border-collapse:collapse"',  # noqa: E731
                                  cell=lambda c, i: f'<p align="center"><span style="font-size:12pt">{"<b>" if i == 0 else ""}{c}{"</b>" if i == 0 else ""}</span></p>')
        blocks = _blocks(art["body"], para, special, tab)
        grid = ('<table class="xxgk" width="100%" border="1" cellpadding="4" cellspacing="0">'
                f'<tr><td>索引号：</td><td>11500112MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td><td>发布机构：</td><td>渝北区文化和旅游发展委员会</td></tr>'
                f'<tr><td>主题分类：</td><td>文化、广电、新闻出版</td><td>生成日期：</td><td>{y}-{m}-{d}</td></tr>'
                '<tr><td>名　　称：</td><td colspan="3">' + esc(art["title"]) + '</td></tr>'
                '<tr><td>文　　号：</td><td></td><td>有 效 性：</td><td>有效</td></tr></table>')
        info = (f'<div class="xxinfo">发布时间：{y}-{m}-{d}来源：区文化旅游委浏览次数：<script>document.write("{_n(rng, 3)}")</script>'
                '【字号：<a>大</a> <a>中</a> <a>小</a>】</div>')
        sig = ('<p style="text-align:right;line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">重庆市渝北区文化和旅游发展委员会</span></p>'
               f'<p style="text-align:right;line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">{y}年{int(m)}月{int(d)}日</span></p>'
               f'<p>附件：<a href="/uploads/{y}{m}/P0{_n(rng, 9)}.pdf">渝北区第七批区级非物质文化遗产代表性项目名录推荐项目简介.pdf</a></p>')
        links = ('<div class="xglj"><div class="xglj-t">相关链接</div><ul><li><a>渝北区第六批区级非物质文化遗产代表性项目名录</a></li>'
                 '<li><a>重庆市非物质文化遗产条例</a></li><li><a>渝北区非遗传承体验基地分布图</a></li></ul></div>')
        body = (nav + '<div class="w1200"><div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>通知公告</a></div>'
                + grid + f'<div class="article"><h1>{esc(art["title"])}</h1>{info}'
                '<div class="TRS_Editor">' + "".join(blocks) + sig + '</div>' + links
                + '<div class="tools"><a>【打印本页】</a><a>【关闭窗口】</a></div></div></div>' + foot)
        head = (f'<title>{esc(art["title"])}_重庆市渝北区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区文化旅游委">')
    else:
        subs = {"非遗集市人气最旺", "新项目首次集中展示"}

        def special(p):
            if p in subs:
                return (f'<p class="bt" style="margin:18px 0 10px;border-left:5px solid #b2272b;background:#f7eeee;padding:4px 10px">'
                        f'<strong>{esc(p)}</strong></p>')
            if p.startswith("让非遗走进生活"):
                return f'<p style="text-align:center"><strong><span style="color:#b2272b">{esc(p)}</span></strong></p>'
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>', special)
        for at, cap in ((6, "图为大盛竹编传承人蒲正清教孩子们编竹蚂蚱。"), (2, "图为统景打锣鼓在开幕式上表演。")):
            blocks.insert(at, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600" border="0"></p>'
                              f'<p style="text-align:center"><span style="font-family:楷体_GB2312,楷体">{cap}（区文化旅游委供图）</span></p>')
        later = _day(art, 1)
        rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>[{dd}]</span></li>')
        body = (nav + '<div class="w1200"><div class="crumb">当前位置：<a>首页</a> &gt; <a>文旅资讯</a> &gt; <a>工作动态</a></div>'
                f'<div class="article"><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>更新时间：{later.isoformat()} {_hm(rng)}</span>'
                f'<span>来源：区文化旅游委</span><span>作者：{who[0]}</span><span>【<a>大</a> <a>中</a> <a>小</a>】</span></div>'
                '<div class="TRS_Editor">' + "".join(blocks) + '</div>'
                f'<div class="zrbj">（责任编辑：{who[1]}）</div>'
                '<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>'
                f'<div class="sxp"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[2][0])}</a></p></div>'
                f'<div class="xgxw"><div class="xgxw-t">相关新闻</div><ul>{rel}</ul></div></div></div>' + foot)
        head = (f'<title>{esc(art["title"])}_重庆市渝北区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ColumnName" content="工作动态">')
    return head, body, url


def jcy_mp_al136(art, rng, others):
    """检察院 公众号 以案说法 post: 原创 label, author, nickname, visible ``publish_time`` (``ct`` agrees),
    a 关注 banner, 【基本案情】 bar heads, bold 问：/答： turns, ``1.`` items and a slogan (body); an
    承办检察官 card, a ▲ caption with a 图片来源 credit, 来源/编辑/审核 lines, 往期推荐, 阅读原文 and
    点赞/在看/写留言 (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    y, m, d = _ymd(art)
    who = rng.sample(WHO, 3)
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith("【") and p.endswith("】"):
            out.append('<section style="text-align:center;margin:22px 0 12px"><section style="display:inline-block;background:#1f4e9a;color:#fff;'
                       f'padding:4px 18px;border-radius:14px"><p><strong>{esc(p)}</strong></p></section></section>')
        elif p.startswith(("问：", "答：")):
            color = "#1f4e9a" if p.startswith("问") else "#c0392b"
            out.append(f'<p style="line-height:1.9em"><span style="font-size:15px"><strong><span style="color:{color}">{esc(p[:2])}</span></strong>{esc(p[2:])}</span></p>')
        elif p.endswith("！") and len(p) < 20:
            out.append(f'<p style="text-align:center"><span style="font-size:17px;color:#1f4e9a"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.9em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 4:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲“跑分”平台的聊天记录截图（图片来源：办案检察官提供）</span></p>')
        if i == 7:
            out.append('<section style="border:1px solid #1f4e9a;border-radius:6px;padding:10px 14px;margin:16px 0">'
                       '<p><strong><span style="color:#1f4e9a">承办检察官</span></strong></p>'
                       f'<p><span style="font-size:13px">{who[0]}，璧山区人民检察院第二检察部检察官，长期从事电信网络诈骗及关联犯罪案件办理工作。</span></p></section>')
    top = ('<p style="text-align:center"><span style="font-size:13px;color:#1f4e9a">点击上方蓝字 关注“璧山检察”</span></p>')
    tail = (f'<p><span style="font-size:12px;color:#999">来源：第二检察部　编辑：{who[1]}　审核：{who[2]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>'
            '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/qr/640"></p>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">长按二维码 关注我们</span></p>')
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta_primary">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{who[1]}</span>'
            '<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">璧山检察</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">{top}' + "".join(out) + tail + '</div>'
            '<div id="js_tags"><a>阅读原文</a></div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(1000, 9000)}</span><a>分享</a><a>点赞 {rng.randint(10, 90)}</a><a>在看 {rng.randint(5, 40)}</a></div>'
            '<div class="comment"><a>写留言</a></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "璧山检察"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xzf_rm136(art, rng, others):
    """县政府网 (巫溪) 人事信息: p04 (GBK) a 任免 通知 on an old table layout under a 索引号/文号 grid, a
    centred 文号 line, the text as ``<br>`` lines in one ``<td>`` (主送 line, 任命/免去 name lines,
    特此通知: body), the 落款 two days earlier, ``（此件公开发布）``, ``发布日期`` beside a later
    ``更新时间`` (not body); p05 a 任前公示 with a ``<th>`` table and 受理 lines (body), whose only
    visible date is a later ``更新时间`` (meta ``PubDate`` and the URL give it), the 落款, 12380 banner,
    相关信息 (not body)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.cqwx.gov.cn/zwgk_{_n(rng, 3)}/fdzdgknr/rsxx/{'rmmm' if p04 else 'rqgs'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    if p04:
        lines = []
        for p in art["body"]:
            lines.append(esc(p) if p.startswith("各乡镇") else f"　　{esc(p)}")
        sign = _day(art, -2)
        text = ('<font face="仿宋_GB2312" style="font-size:16pt;line-height:30pt">' + "<br>".join(lines)
                + '<br><br><br><p align="right">巫溪县人民政府<br>'
                + f'{sign.year}年{sign.month}月{sign.day}日</p><p>（此件公开发布）</p></font>')
        grid = ('<table width="96%" align="center" border="1" bordercolor="#c9d7e8" cellpadding="3" cellspacing="0" class="syh">'
                f'<tr><td width="15%">索 引 号：</td><td>11500238009{_n(rng, 4)}/{y}-{_n(rng, 5)}</td><td width="15%">发布机构：</td><td>巫溪县人民政府办公室</td></tr>'
                f'<tr><td>组配分类：</td><td>人事信息</td><td>生成日期：</td><td>{sign.isoformat()}</td></tr>'
                f'<tr><td>文　　号：</td><td>巫溪府人〔{y}〕6号</td><td>主题词：</td><td>任免</td></tr></table>')
        later = _day(art, 3)
        body = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/wx_head.jpg" width="1000" height="150"></td></tr>'
                '<tr><td height="34" bgcolor="#0b5aa8" class="nav">&nbsp;<a>首页</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>政务服务</a>&nbsp;|&nbsp;<a>政民互动</a>&nbsp;|&nbsp;<a>魅力巫溪</a></td></tr></table>'
                '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="wz" height="30">当前位置：<a>首页</a>&gt;&gt;<a>政府信息公开</a>&gt;&gt;<a>人事信息</a></td></tr>'
                f'<tr><td>{grid}</td></tr>'
                f'<tr><td align="center" height="70"><font size="5" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;更新时间：{later.isoformat()}&nbsp;&nbsp;&nbsp;来源：县政府办公室&nbsp;&nbsp;&nbsp;'
                f'点击数：<script>document.write("{_n(rng, 3)}")</script></td></tr>'
                f'<tr><td align="center"><font face="仿宋_GB2312" style="font-size:16pt">巫溪府人〔{y}〕6号</font></td></tr>'
                f'<tr><td class="zw" style="padding:10px 40px">{text}</td></tr>'
                '<tr><td align="right">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr></table>'
                '<table width="1000" align="center" class="foot"><tr><td align="center">主办：巫溪县人民政府办公室　承办：巫溪县大数据发展中心<br>'
                f'网站标识码：5002380{_n(rng, 3)}　渝ICP备{_n(rng, 8)}号-1　渝公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = (f'<title>{esc(art["title"])}-巫溪县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                '<meta name="ColumnName" content="人事任免"><meta name="ContentSource" content="县政府办公室">')
    else:
        def special(p):
            if p.startswith(("受理", "来信来访", "网络举报", "公示时间")):
                return f'<p style="text-indent:2em;line-height:2em"><span style="font-family:仿宋_GB2312">{esc(p)}</span></p>'
            return None
        tab = lambda rows: _table(rows, 'class="gstab" border="1" cellspacing="0" cellpadding="5" width="100%" style="border-collapse:collapse;text-align:center"', th=True)  # noqa: E731
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2em">{t}</p>', special, tab)
        later = _day(art, 1)
        sig = ('<p style="text-align:right;line-height:2em">中共巫溪县委组织部</p>'
               f'<p style="text-align:right;line-height:2em">{y}年{int(m)}月{int(d)}日</p>')
        rel = _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
        body = ('<div class="header"><img src="/images/wx_logo.png" alt="巫溪县人民政府"><div class="search"><input value="站内搜索"></div></div>'
                '<div class="menu"><a>首页</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>魅力巫溪</a></div>'
                '<div class="main"><div class="crumb">您所在的位置：首页 &gt; 政府信息公开 &gt; 人事信息 &gt; 任前公示</div>'
                f'<div class="detail"><h2>{esc(art["title"])}</h2>'
                f'<div class="attr"><span>来源：县委组织部</span><span>更新时间：{later.isoformat()} {_hms(rng)}</span><span>字体：<a>大</a><a>中</a><a>小</a></span></div>'
                '<div class="view">' + "".join(blocks) + sig + '</div>'
                '<div class="banner12380"><img src="/images/12380.png" alt="12380举报网站"><span>组工信访举报：12380</span></div>'
                '<div class="tool"><a>【打印本页】</a><a>【关闭窗口】</a></div>'
                f'<div class="xgxx"><h4>相关信息</h4><ul>{rel}</ul></div></div></div>'
                '<div class="footer"><p>主办：巫溪县人民政府办公室　联系电话：023-51522000</p>'
                f'<p>渝ICP备{_n(rng, 8)}号-1　渝公网安备 {_n(rng, 14)}号　网站标识码：5002380{_n(rng, 3)}</p></div>')
        head = (f'<title>{esc(art["title"])}-巫溪县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="任前公示">')
    return head, body, url


def hlw_qx136(art, rng, others):
    """华龙网-like 区县 频道 page: logo and channel nav, crumb, the ``华龙网-新重庆客户端M月D日讯`` opening
    (body), bold ``记者：`` / ``… name：`` turns (body), a photo with a caption and 摄 credit, ``[责任编辑：…]``,
    a 版权声明 box, 相关阅读 with dates, 热门推荐, footer (not body). p06 shows ``YYYY-MM-DD hh:mm:ss
    来源：华龙网`` glued; p07 no visible date (meta ``publishdate`` and the URL give it) and an
    延伸阅读 teaser."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    district = "潼南" if p06 else "铜梁"
    url = f"https://cq.cqnews.net/html/{y}-{m}/{d}/content_{_n(rng, 9)}.html"
    who = rng.sample(WHO, 3)

    def special(p):
        if p.startswith("记者："):
            return f'<p><strong>记者：</strong>{esc(p[3:])}</p>'
        head_, sep, rest = p.partition("：")
        if sep and " " in head_ and len(head_) <= 24 and "，" not in head_:
            return f'<p><strong>{esc(head_)}：</strong>{esc(rest)}</p>'
        if len(p) < 12 and p.endswith("。"):
            return f'<p style="text-align:center"><strong>{esc(p)}</strong></p>'
        return None

    blocks = _blocks(art["body"], lambda t: f'<p>　　{t}</p>', special)
    cap = ("太安镇罐坝村，工人正在柠檬园里采摘柠檬。" if p06 else "龙城老街上，舞龙队正在表演铜梁龙舞。")
    blocks.insert(2, f'<p style="text-align:center"><img src="https://img.cqnews.net/{y}{m}{d}/{_n(rng, 10)}.jpg"></p>'
                     f'<p style="text-align:center;color:#666">{cap}华龙网-新重庆客户端 记者 {who[0]} 摄</p>')
    info = (f'<div class="info">{y}-{m}-{d} {_hms(rng)}来源：华龙网<span class="fr">编辑：{who[1]}</span></div>' if p06
            else f'<div class="info"><span>来源：华龙网-新重庆客户端</span><span>{district}频道</span></div>')
    teaser = ('' if p06 else '<div class="yanshen"><h4>延伸阅读</h4><p><a>铜梁龙舞：从田间地头舞向世界舞台</a></p>'
              '<p>铜梁龙舞起源于明代，2006年被列入第一批国家级非物质文化遗产名录，曾多次在国内外重大活动中表演。</p></div>')
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
    hot = "".join(f'<li><i>{i}</i><a>{esc(tt)}</a></li>' for i, (tt, _) in enumerate(rng.sample(others, 4), 1))
    body = ('<div class="topbar"><a class="logo"><img src="//www.cqnews.net/images/logo.png" alt="华龙网"></a>'
            '<ul class="chan"><li>首页</li><li>新闻</li><li>区县</li><li>理论</li><li>视频</li><li>问政</li></ul>'
            '<div class="app">下载新重庆客户端</div></div>'
            f'<div class="qxnav"><a>区县频道</a>：<a>万州</a> <a>涪陵</a> <a>江津</a> <a>合川</a> <a>永川</a> <a>{district}</a> <a>更多&gt;&gt;</a></div>'
            f'<div class="wrap"><div class="left"><div class="crumb">当前位置：<a>华龙网</a> &gt; <a>区县</a> &gt; <a>{district}</a> &gt; 正文</div>'
            f'<h1 class="title">{esc(art["title"])}</h1>{info}'
            '<div class="content" id="main_text">' + "".join(blocks) + '</div>'
            f'<div class="editor">[责任编辑：{who[2]}]</div>{teaser}'
            '<div class="statement">声明：华龙网（新重庆客户端）所刊载原创作品，其版权属于华龙网所有，未经书面授权，不得转载、摘编或以其他方式使用。</div>'
            '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ</a></div>'
            f'<div class="xgyd"><h3>相关阅读</h3><ul>{rel}</ul></div></div>'
            f'<div class="right"><h3>热门推荐</h3><ol>{hot}</ol><div class="ewm"><img src="/images/app_qr.png"><p>扫码下载新重庆客户端</p></div></div></div>'
            '<div class="footer">华龙网版权所有 未经书面授权 不得复制或建立镜像<br>互联网新闻信息服务许可证：50120170001　渝ICP备05002019号　渝公网安备50010802000009号</div>')
    head = f'<title>{esc(art["title"])}_区县_华龙网</title><meta name="keywords" content="{district},华龙网">'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="description" content="{esc(art["body"][0][:60])}">'
    return head, body, url


def ybj_wd136(art, rng, others):
    """区 医保局 (长寿): p08 (GBK) a 政策问答 page — info glued with no whitespace (``发布时间：…信息来源：…
    阅读次数：`` + ``document.write``), ``<b>一、…</b>`` heads, bold 问： and plain 答： turns, ``1.`` items
    and a 咨询电话 line (body); a 温馨提示 box, a QR prompt, 相关文件 list (not body). p09 a 服务站 news
    page with a ``YYYY/MM/DD`` line, a caption, bold ``一是…`` lead phrases, （编辑/审核） and 上一篇/下一篇."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.cqcs.gov.cn/bm/qylbzj/zwgk_{_n(rng, 5)}/{'zcjd' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    nav = ('<div class="head"><img src="/images/cs_logo.png" alt="重庆市长寿区医疗保障局"><div class="rx">医保服务热线：12393</div></div>'
           '<div class="nav"><ul><li>首页</li><li>机构概况</li><li>政务公开</li><li>政策解读</li><li>医保服务</li><li>互动交流</li></ul></div>')
    foot = ('<div class="foot"><p>主办单位：重庆市长寿区医疗保障局　地址：长寿区桃源大道36号</p>'
            f'<p>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号　网站标识码：5001150{_n(rng, 3)}</p></div>')
    if p08:
        def special(p):
            if _head(p):
                return f'<p style="text-indent:2em"><b><font color="#0d5ea8">{esc(p)}</font></b></p>'
            if p.startswith("问："):
                return f'<p style="text-indent:2em"><b>{esc(p)}</b></p>'
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>', special)
        box = ('<div class="wxts" style="background:#eef6ff;border:1px solid #b7d3f2;padding:10px;margin-top:15px"><p><b>温馨提示</b></p>'
               '<p>医保政策以最新文件为准。如需查询个人参保缴费和报销记录，可登录国家医保服务平台或关注“长寿医保”微信公众号。</p></div>')
        body = (nav + '<div class="main"><div class="pos">当前位置：首页 &gt; 政策解读</div>'
                f'<div class="art"><h1>{esc(art["title"])}</h1>'
                f'<div class="xx">发布时间：{y}-{m}-{d} {_hms(rng)}信息来源：区医疗保障局阅读次数：<script>document.write("{_n(rng, 4)}")</script>'
                '【<a>打印</a>】【<a>关闭</a>】</div>'
                '<div class="TRS_Editor" id="zoom">' + "".join(blocks) + '</div>' + box
                + '<div class="qr"><img src="/images/csyb_qr.jpg"><p>扫一扫 关注长寿医保</p></div>'
                '<div class="xgwj"><h4>相关文件</h4><ul><li><a>重庆市城乡居民基本医疗保险门诊统筹实施办法</a></li>'
                '<li><a>长寿区门诊慢特病鉴定定点医疗机构名单</a></li></ul></div></div></div>' + foot)
        head = (f'<title>{esc(art["title"])}--长寿区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                '<meta name="ColumnName" content="政策解读">')
    else:
        def special(p):
            for lead in ("一是", "二是", "三是"):
                if p.startswith(lead):
                    first, _, rest = p.partition("。")
                    return f'<p style="text-indent:2em"><strong>{esc(first)}。</strong>{esc(rest)}</p>'
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>', special)
        blocks.insert(1, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="580"></p>'
                         '<p style="text-align:center;font-family:楷体">▲村级医保服务站工作人员为村民办理医保业务。</p>')
        body = (nav + '<div class="main"><div class="pos">当前位置：首页 &gt; 工作动态</div>'
                f'<div class="art"><h1>{esc(art["title"])}</h1>'
                f'<div class="xx"><span>{y}/{m}/{d}</span>　<span>来源：区医疗保障局</span>　<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
                '<div class="TRS_Editor">' + "".join(blocks) + '</div>'
                f'<div class="bj">（编辑：{who[0]}　审核：{who[1]}）</div>'
                f'<div class="sxp"><p>上一篇：<a>{esc(others[7][0])}</a></p><p>下一篇：<a>{esc(others[3][0])}</a></p></div></div></div>' + foot)
        head = (f'<title>{esc(art["title"])}--长寿区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    return head, body, url


def qy_mp_dj136(art, rng, others):
    """企业 公众号 党建 活动 post: a 党建 banner image, the publish_time as ``YYYY-MM-DD hh:mm`` (``ct``
    agrees), ``▲`` captions, bold ``老党员 name：`` / ``青年党员 name：`` turns and a centred slogan (body); a
    党建小课堂 box, 供稿/摄影/编辑/审核 credits, 往期回顾, 点赞/在看 (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    y, m, d = _ymd(art)
    who = rng.sample(WHO, 4)
    out = []
    for i, p in enumerate(art["body"]):
        head_, sep, rest = p.partition("：")
        if sep and " " in head_ and "党员" in head_:
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px"><strong><span style="color:#b71c1c">{esc(head_)}：</span></strong>{esc(rest)}</span></p>')
        elif p.endswith("！") and len(p) < 14:
            out.append(f'<p style="text-align:center"><span style="font-size:18px;color:#b71c1c"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i in (1, 4):
            cap = "▲党员们在红岩革命纪念馆参观学习" if i == 1 else "▲“党员先锋岗”授牌仪式现场"
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{cap}</span></p>')
    box = ('<section style="background:#fff4e5;border-radius:6px;padding:12px;margin:18px 0"><p><strong><span style="color:#b71c1c">党建小课堂</span></strong></p>'
           '<p><span style="font-size:13px">主题党日是党支部组织党员开展集中学习、过组织生活的重要形式，一般每月相对固定一天开展。</span></p></section>')
    tail = (box + f'<p><span style="font-size:12px;color:#999">供稿：党委办公室　摄影：{who[0]}　编辑：{who[1]}　审核：{who[2]}</span></p>'
            '<section><p><strong>往期回顾</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>')
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list">'
            '<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">渝江水务集团</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em></div>'
            '<div class="rich_media_content" id="js_content">'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640" alt="党建引领"></p>'
            + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(500, 3000)}</span><a>点赞 {rng.randint(20, 150)}</a><a>在看 {rng.randint(5, 50)}</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "渝江水务集团"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def dsb_10qx136(art, rng, others):
    """都市报 e-paper 第10版：区县 (山城都市报): masthead ``YYYY年M月D日　星期X`` (the only visible date; the
    URL agrees), a 版次 list, 上一版/下一版/PDF, 版面图 and 本版标题 (not body). p11 (GBK) an 引题 above
    the headline, the text as ``<br>`` lines in one ``founder-content`` with the ``本报讯（记者 …）`` opening
    (body), a caption table with a 摄 credit and a second 短讯 in full (not body); p12 a 副题, a byline
    ``□本报记者 … 通讯员 …``, ``<P>`` paragraphs with bold 记者：/name： turns (body), a 链接 box (not body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.scdsb.com.cn/html/{y}-{m}/{d}/node_10.htm"
    who = rng.sample(WHO, 3)
    if p11:
        lines = [f"　　{esc(p)}" for p in art["body"]]
        text = '<!--enpcontent--><founder-content>' + "<br>".join(lines) + '</founder-content><!--/enpcontent-->'
        top = '<h3 class="yt">“双十一”期间线上销售额同比增长35%</h3>'
        sub = ""
        by = ""
        after = (f'<table class="pic" align="center"><tr><td><img src="../../../res/{y}-{m}/{d}/10/res01_attpic_brief.jpg"></td></tr>'
                 f'<tr><td class="pic_t">大足石刻研究院文创研发中心，设计师正在打样新品。记者 {who[0]} 摄</td></tr></table>'
                 '<div class="other"><h3>大足龙水湖冬季垂钓节开幕</h3><p>　　本报讯　11月10日，大足区龙水湖冬季垂钓节开幕，来自川渝两地的300余名垂钓爱好者参加比赛。垂钓节将持续至12月底，其间还将举办湖鲜美食品鉴活动。</p></div>')
    else:
        def para(p):
            if p.startswith("记者："):
                return f'<P>　　<B>记者：</B>{esc(p[3:])}</P>'
            head_, sep, rest = p.partition("：")
            if sep and len(head_) <= 20 and "，" not in head_ and "“" not in head_:
                return f'<P>　　<B>{esc(head_)}：</B>{esc(rest)}</P>'
            return f'<P>　　{esc(p)}</P>'
        text = '<div id="ozoom"><founder-content>' + "".join(para(p) for p in art["body"]) + '</founder-content></div>'
        top = ""
        sub = '<h3 class="ft">——江津区富硒大米质量追溯系统上线见闻</h3>'
        by = f'<div class="author">□本报记者 {who[0]}　通讯员 {who[1]}</div>'
        after = ('<div class="lj" style="border:1px solid #999;padding:8px"><p><b>链接</b></p>'
                 '<p>富硒农产品是指在富硒土壤中自然生长、硒含量达到相关标准的农产品。硒是人体必需的微量元素之一。</p></div>')
    same = "".join(f'<li><a>{esc(tt)}</a></li>' for tt in rng.sample(QX_OTHERS, 3))
    body = (f'<div class="masthead"><img src="../../../images/scdsb_logo.gif" alt="山城都市报"><div class="mast-r">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>国内统一连续出版物号 CN50-00{_n(rng, 2)}</p></div></div>'
            '<div class="bc"><span>第10版：区县</span>　<a href="node_09.htm">上一版</a>　<a href="node_11.htm">下一版</a>　'
            f'<a href="../../../page/{y}-{m}/{d}/10/{_n(rng, 8)}.pdf">PDF版</a>　<a>往期回顾</a></div>'
            '<table width="1000" align="center"><tr><td width="380" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/10/{y}{m}{d}10_b.jpg" width="360"></div>'
            '<div class="bclist"><ul><li>第01版：要闻</li><li>第02版：要闻</li><li>第09版：区县</li><li>第10版：区县</li><li>第11版：社会</li></ul></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>{same}</ul></div></td>'
            f'<td valign="top"><div class="article">{top}<h1>{esc(art["title"])}</h1>{sub}{by}{text}{after}'
            f'<div class="bj">责任编辑：{who[2]}　美编：{who[1] if p11 else who[0]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">山城都市报社版权所有　未经书面授权不得转载　渝ICP备{_n(rng, 8)}号</div>')
    head = '<title>山城都市报-第10版：区县</title><meta name="keywords" content="山城都市报,数字报,区县">'
    return head, body, url


TEMPLATES = {"wlw_fy136": wlw_fy136, "jcy_mp_al136": jcy_mp_al136, "xzf_rm136": xzf_rm136,
             "hlw_qx136": hlw_qx136, "ybj_wd136": ybj_wd136, "qy_mp_dj136": qy_mp_dj136,
             "dsb_10qx136": dsb_10qx136}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages136", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
