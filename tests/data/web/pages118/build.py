"""Build the hundred-and-eighteenth saved-page set (``pages118``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 文化旅游委 portal A级景区 复核结果 公示 and 景区
news (``wlw_ajjq118``), a 区 妇幼保健院 公众号 孕妈课堂 post (``fybj_mp_yqkt118``), a 县政府网 预算执行
报告 page with tables (``xzf_ysbg118``), a 搜狐-like 地方号 article with 推荐 (``sh_dfh118``), a 区 交通
执法 portal 超限治理 通报 and news (``jtzf_cxzl118``), a 社区 公众号 老年大学 开课 post
(``sq_mp_lndx118``) and a 党报 e-paper 要闻版 with a 图片报道 (``dbdzb_ywb118``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages118/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["邓晓琳", "蒋峰", "唐雪梅", "何志远", "汪静", "罗成", "陶丽萍", "熊伟", "钟雨涵", "程浩"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")
SUB_HEADS = ("（一）", "（二）", "（三）", "（四）")
IND = "　　"  # full-width indentation at a paragraph's start, as Word-pasted portal text carries it


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    out = []
    for r in rows:
        out.append("<tr>" + "".join(f'<td align="center" valign="middle"><p align="center"><span style="font-size:12pt">{esc(c)}</span></p></td>'
                                    for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, table=_table, special=None) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table, ``special(p)`` (when it
    gives markup) first, numbered heads through ``head``, other lines through ``para``."""
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


def _gov_foot(rng, host: str, code: str, sponsor: str = "") -> str:
    return (f'<div class="foot"><div class="foot-link"><a>网站地图</a> | <a>联系我们</a> | <a>纠错</a> | <a>使用帮助</a></div>'
            f'<p>主办：{sponsor or host}　承办：{host}</p>'
            f'<p>网站标识码：{code}　<a>渝ICP备{_n(rng, 8)}号</a>　渝公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jiucuo"><img src="/images/jiucuo.png"><img src="/images/dzjg.png"></div></div>')


def _wx_tail(rng, others, src, who) -> str:
    return (f'<p style="text-align:right"><span style="font-size:12px;color:#888">来源：{src}</span></p>'
            f'<p style="text-align:right"><span style="font-size:12px;color:#888">编辑：{who[0]}｜审核：{who[1]}</span></p>'
            f'<section style="margin-top:20px"><p style="text-align:center"><strong><span style="color:#888">— 往期推荐 —</span></strong></p>'
            + _rel(rng, others, 3, lambda t, d: f'<p><a class="weui-link"><span style="font-size:14px;color:#576b95">{t}</span></a></p>') + '</section>')


def _wx_page(rng, art, nick, t, content, ip, shown=True) -> str:
    """A WeChat ``rich_media`` page: the publish_time visible (or empty, dated by ``ct`` only), the
    content, 阅读原文/阅读/分享/点赞/在看 and the QR line."""
    y, m, d = _ymd(art)
    pt = f"{y}-{m}-{d} {t}" if shown else ""
    return (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">\n    {esc(art["title"])}\n  </h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{nick}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{pt}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于<span id="js_ip_wording">{ip}</span></em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">{content}</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><div class="media_tool_meta">阅读&nbsp;{rng.randint(800, 6000)}</div>'
            f'<a>分享</a><a>点赞&nbsp;{rng.randint(10, 200)}</a><a>在看&nbsp;{rng.randint(3, 60)}</a></div>'
            f'<div class="qr_code_pc_inner"><img class="qr_code_pc_img" src="/mp/qrcode?scene=10000004&size=102"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = htmlDecode("{nick}"); var msg_title = \'{esc(art["title"])}\'.html(false);</script>')


def wlw_ajjq118(art, rng, others):
    """区 文化旅游委 portal: p01 (GBK) an A级景区 复核结果 公示 under an 信息公开 grid (成文日期 two days
    before), ``&nbsp;``-separated info with a ``document.write`` counter, Word-pasted ``　　`` paragraphs
    in ``<font>``, a MsoNormalTable of results, 四、 heads and 联系电话/地址 lines (body); a 落款 + date
    and two 附件 links (not body); p02 景区 news with ``<strong>坚持…，推动…</strong>`` heads, a photo +
    caption inside the text, 责任编辑, 分享, 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    col = "tzgg" if p01 else "gzdt"
    url = f"http://www.dazu.gov.cn/bm/qwhlyfzwyh/zwxx_{_n(rng, 5)}/{col}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    if p01:
        blocks = _blocks(art["body"], lambda t: f'<p class="MsoNormal" style="line-height:28pt"><font face="仿宋_GB2312" size="4">{IND}{t}</font></p>',
                         head=lambda t: f'<p class="MsoNormal" style="line-height:28pt"><font face="黑体" size="4">{IND}{t}</font></p>')
        grid = (f'<table class="xxgk_table" width="100%"><tr><td class="t">索&nbsp;引&nbsp;号：</td><td>11500111MB1{_n(rng, 6)}/{y}-00{_n(rng, 3)}</td>'
                f'<td class="t">主题分类：</td><td>文化、广电、新闻出版</td></tr>'
                f'<tr><td class="t">发布机构：</td><td>大足区文化旅游委</td><td class="t">成文日期：</td><td>{y}-{m}-{int(d) - 2:02d}</td></tr>'
                f'<tr><td class="t">标&nbsp;&nbsp;&nbsp;&nbsp;题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><td class="t">发文字号：</td><td></td><td class="t">发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
        info = (f'<div class="xl_info">发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;来源：区文化旅游委&nbsp;&nbsp;&nbsp;&nbsp;'
                f'浏览量：<script>document.write("{_n(rng, 3)}");</script>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</div>')
        tail = ('<p class="MsoNormal" align="right" style="text-align:right;line-height:28pt"><font face="仿宋_GB2312" size="4">重庆市大足区文化和旅游发展委员会</font></p>'
                f'<p class="MsoNormal" align="right" style="text-align:right;line-height:28pt"><font face="仿宋_GB2312" size="4">{y}年{int(m)}月{int(d)}日</font></p>'
                f'<div class="fjlist"><p>附件：</p><p><a href="./P0{y}{m}{d}{_n(rng, 6)}.docx">1.大足区A级旅游景区复核意见反馈表.docx</a></p>'
                f'<p><a href="./P0{y}{m}{d}{_n(rng, 6)}.pdf">2.A级旅游景区复核检查细则.pdf</a></p></div>')
        top = grid + f'<h1 class="xl_title">{esc(art["title"])}</h1>' + info
        rel = _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a></li>')
        after = f'<div class="xgwj"><h4>相关稿件</h4><ul>{rel}</ul></div>'
    else:
        def special(p):
            if p.startswith("坚持") and "。" not in p:
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>', special=special)
        blocks.insert(7, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" alt="" oldsrc="W0{y}{m}{d}.jpg"></p>'
                         f'<p style="text-align:center"><span style="font-family:楷体">图为游客在昌州古城观看非遗展示。（记者　{who[0]}　摄）</span></p>')
        tail = f'<p class="zrbj" style="text-align:right">（责任编辑：{who[1]}）</p>'
        info = (f'<div class="xl_info"><span>发布时间：{y}年{m}月{d}日 {_hm(rng)}</span><span>来源：大足区融媒体中心</span>'
                f'<span>作者：记者　{who[0]}</span><span class="fontsize">【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        top = f'<h1 class="xl_title">{esc(art["title"])}</h1>' + info
        rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span class="date">{dd}</span></li>')
        after = (f'<div class="bdshare">分享到：<a class="bds_weixin"></a><a class="bds_tsina"></a><a class="bds_qzone"></a></div>'
                 f'<div class="xgxw"><h4>相关新闻</h4><ul>{rel}</ul></div>')
    body = (f'<div class="topbar"><span>今天是：<script>showDate();</script></span><a>无障碍</a><a>关怀版</a><a>English</a></div>'
            f'<div class="header"><img src="/images/logo_dz.png" alt="重庆市大足区人民政府"><form class="ss"><input value="请输入关键词"><button>搜索</button></form></div>'
            f'<ul class="nav"><li>首页</li><li>新闻中心</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>走进大足</li></ul>'
            f'<div class="crumb">您当前的位置：<a>首页</a>&gt;<a>部门</a>&gt;<a>区文化旅游委</a>&gt;<a>{"通知公告" if p01 else "工作动态"}</a></div>'
            f'<div class="xl_box">{top}<div class="xl_con"><div class="TRS_Editor">' + "".join(blocks) + tail + f'</div></div>'
            f'<div class="xl_tool"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>{after}</div>'
            + _gov_foot(rng, "重庆市大足区文化和旅游发展委员会", f"500111{_n(rng, 4)}", "重庆市大足区人民政府办公室"))
    head = (f'<title>{esc(art["title"])}_重庆市大足区人民政府</title><meta name="SiteName" content="重庆市大足区人民政府">'
            f'<meta name="ColumnName" content="{"通知公告" if p01 else "工作动态"}"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区文化旅游委">')
    return head, body, url


def fybj_mp_yqkt118(art, rng, others):
    """区 妇幼保健院 公众号 孕妈课堂 post: a ``点击上方蓝字`` banner, question and section heads as
    coloured bars, bold ``问：`` and ``向丽：`` turns, a 下期课堂预告 with ``时间：``/``地点：``/``主题：``/``参加人员：``
    lines and a closing call (body); a ``▲`` caption, a 小贴士 box with 报名方式, 来源/文字/编辑/审核,
    往期推荐 (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    who = rng.sample(WHO, 3)

    def special(p):
        if p.endswith("？") and not p.startswith("问：") or p in ("现场问答", "下期课堂预告"):
            return (f'<section style="margin:20px 0 10px;border-left:4px solid #f07c9a;padding-left:8px">'
                    f'<span style="font-size:16px;color:#f07c9a"><strong>{esc(p)}</strong></span></section>')
        if p.startswith("问："):
            return f'<p style="line-height:1.8"><span style="font-size:15px"><strong>{esc(p)}</strong></span></p>'
        for lab in ("时间：", "地点：", "主题：", "参加人员："):
            if p.startswith(lab):
                return (f'<p style="line-height:1.8"><span style="font-size:15px;color:#f07c9a"><strong>{lab}</strong></span>'
                        f'<span style="font-size:15px">{esc(p[len(lab):])}</span></p>')
        return None

    out = _blocks(art["body"], lambda x: f'<p style="line-height:1.8;text-indent:2em"><span style="font-size:15px">{x}</span></p>', special=special)
    out.insert(2, f'<section style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></section>'
                  '<p style="text-align:center"><span style="font-size:12px;color:#999">▲向丽为准妈妈们讲解孕期膳食搭配</span></p>')
    banner = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/banner/640">'
              '<p><span style="font-size:12px;color:#f07c9a">点击上方蓝字 关注我们</span></p></section>')
    box = ('<section style="background:#fdeef2;border-radius:8px;padding:12px;margin-top:20px">'
           '<p><strong><span style="color:#f07c9a">小贴士</span></strong></p>'
           '<p><span style="font-size:14px">报名方式：关注本公众号，点击菜单栏“就医服务”—“孕妈课堂”预约，每期限30组家庭。</span></p>'
           f'<p><span style="font-size:14px">咨询电话：023-7923{_n(rng, 4)}</span></p></section>')
    tail = (f'<p style="text-align:right"><span style="font-size:12px;color:#888">文字：{who[2]}　图片：健康教育科</span></p>'
            + _wx_tail(rng, others, "黔江区妇幼保健院健康教育科", who))
    body = _wx_page(rng, art, "黔江区妇幼保健院", t, banner + "".join(out) + box + tail, "重庆")
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta name="description" content="{esc(art["body"][0][:40])}">')
    return head, body, f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"


def xzf_ysbg118(art, rng, others):
    """县政府网 财政 pages: p04 (GBK) a 预算执行 报告 (摘要) on an old table layout with a side menu,
    an 信息公开 grid (成文日期 a month before), ``<font>`` paragraphs, 黑体 ``一、`` and 楷体 ``（一）`` heads
    and a MsoNormalTable with a ``单位：亿元`` line (not body), an 附件 link; p05 a 上半年 执行情况 page
    whose only visible date is a later ``更新时间`` (meta ``PubDate`` and the URL give the date), bold
    heads, a table and ``一是…`` lines."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.cqck.gov.cn/zwgk_{_n(rng, 3)}/fdzdgknr/czxx/czyjs/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    unit = '<p align="right" style="text-align:right"><font size="2">单位：亿元</font></p>'

    if p04:
        def special(p):
            if p.startswith(SUB_HEADS) and len(p) < 16:
                return f'<p style="line-height:150%"><font face="楷体_GB2312" size="4">{IND}{esc(p)}</font></p>'
            return None

        blocks = _blocks(art["body"], lambda t: f'<p style="line-height:150%"><font face="仿宋_GB2312" size="4">{IND}{t}</font></p>',
                         head=lambda t: f'<p style="line-height:150%"><font face="黑体" size="4">{IND}{t}</font></p>',
                         table=lambda rows: unit + _table(rows), special=special)
        grid = (f'<table class="gk" width="96%" border="0" cellpadding="3"><tr><td width="15%">索引号：</td><td>11500229009{_n(rng, 6)}/{y}-{_n(rng, 5)}</td>'
                f'<td width="15%">发布机构：</td><td>城口县财政局</td></tr><tr><td>主题分类：</td><td>财政、金融、审计</td>'
                f'<td>成文日期：</td><td>{y}-01-16</td></tr></table>')
        info = (f'<tr><td class="info" align="center">发布时间：{y}年{int(m)}月{int(d)}日&nbsp;&nbsp;&nbsp;来源：县财政局&nbsp;&nbsp;&nbsp;'
                f'访问次数：<script language="javascript">document.write({_n(rng, 4)});</script>&nbsp;&nbsp;&nbsp;'
                f'【<a>大</a> <a>中</a> <a>小</a>】</td></tr>')
        tail = f'<p><font size="3">附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.xls">城口县2025年预算草案报表.xls</a></font></p>'
        side = ('<td width="220" valign="top" class="left"><div class="lm"><h3>政府信息公开</h3><ul><li>政府信息公开指南</li><li>政府信息公开制度</li>'
                '<li>法定主动公开内容</li><li>财政预决算</li><li>政府信息公开年报</li></ul></div>'
                '<div class="lm"><h3>最新公开</h3><ul>' + _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a></li>') + '</ul></div></td>')
        body = (f'<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner_ck.jpg" width="1002" height="150"></td></tr>'
                f'<tr><td class="menu"><a>首页</a> | <a>政务公开</a> | <a>政务服务</a> | <a>互动交流</a> | <a>魅力城口</a></td></tr></table>'
                f'<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr>{side}'
                f'<td valign="top"><table width="100%"><tr><td class="weizhi">您现在的位置：<a>首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>财政预决算</a></td></tr>'
                f'<tr><td>{grid}</td></tr><tr><td class="title" align="center"><b>{esc(art["title"])}</b></td></tr>{info}'
                f'<tr><td><div id="zoom">' + "".join(blocks) + tail + '</div></td></tr>'
                f'<tr><td align="right">【<a href="javascript:window.print()">打印此页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table></td></tr></table>'
                f'<table width="1002" align="center" class="bottom"><tr><td align="center">城口县人民政府办公室主办　版权所有<br>'
                f'网站标识码：500229{_n(rng, 4)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号<br>建议使用1024×768分辨率浏览</td></tr></table>')
    else:
        def special(p):
            if p.startswith(("一是", "二是", "三是")):
                return f'<p style="text-indent:2em"><strong>{esc(p[:2])}</strong>{esc(p[2:])}</p>'
            return None

        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>',
                         head=lambda t: f'<p style="text-indent:2em"><strong>{t}</strong></p>',
                         table=lambda rows: unit + _table(rows, 'class="ke-zeroborder" border="1" cellspacing="0" width="90%" align="center"'),
                         special=special)
        upd = int(d) + 14
        body = (f'<div class="header"><div class="logo"><img src="/images/logo_ck.png" alt="城口县人民政府"></div>'
                f'<div class="search"><input placeholder="搜索"><a>高级检索</a></div></div>'
                f'<div class="nav"><a>首页</a><a>要闻动态</a><a>政务公开</a><a>政务服务</a><a>政民互动</a></div>'
                f'<div class="location">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>财政信息</a> &gt; <a>预算执行</a></div>'
                f'<div class="article-box"><h2 class="article-title">{esc(art["title"])}</h2>'
                f'<div class="article-info"><span>来源：县财政局</span><span>更新时间：{y}-{m}-{upd:02d}</span>'
                f'<span class="zh">字号：<a>大</a><a>中</a><a>小</a></span></div>'
                f'<div class="article-content zw">' + "".join(blocks) + '</div>'
                f'<div class="article-share"><span>分享：</span><a class="wx"></a><a class="wb"></a>'
                f'<div class="qr"><img src="/images/qr.png"><p>扫一扫在手机打开当前页</p></div></div>'
                f'<div class="print"><a>打印本页</a> <a>关闭窗口</a></div></div>'
                + _gov_foot(rng, "城口县人民政府办公室", f"500229{_n(rng, 4)}"))
    head = (f'<title>{esc(art["title"])}-城口县人民政府</title><meta name="SiteName" content="城口县人民政府">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ContentSource" content="县财政局">')
    return head, body, url


def sh_dfh118(art, rng, others):
    """搜狐-like 地方号 article: an author card (号, 文章数, 总阅读) on the left, ``<span class="time">``
    ``YYYY-MM-DD hh:mm`` with 发布于, the text in ``<article id="mp-editor">`` (p06 a photo + caption,
    p07 a ``原标题：`` line and ``记者：``/``刘文斌：`` turns), 来源 and 责任编辑 lines, 平台声明, 返回搜狐,
    阅读 counter, 我来说两句, and a 推荐阅读 list with dates (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    p06 = art["id"] == "p06"
    acct = "铜梁发布" if p06 else "开州发布"
    who = rng.sample(WHO, 2)
    url = f"https://www.sohu.com/a/{_n(rng, 9)}_{_n(rng, 6)}"
    paras = [f'<p>{esc(p)}</p>' for p in art["body"]]
    if p06:
        paras.insert(4, f'<p style="text-align:center"><img src="//p{rng.randint(1, 9)}.itc.cn/q_70/images03/{y}{m}{d}/{_n(rng, 10)}.jpeg" max-width="600"></p>'
                        '<p style="text-align:center"><span style="font-size:14px">传承人在课堂上指导学生扎制龙骨。</span></p>')
        lead = ""
    else:
        lead = '<p><span style="color:#999">原标题：秋粮收获过半 开州“机收+烘干”护粮归仓</span></p>'
    rec = _rel(rng, others, 5, lambda tt, dd: f'<li><a>{tt}</a><span class="time">{dd[5:]}</span></li>')
    body = (f'<div id="head"><div class="head-nav"><a>搜狐</a><a>新闻</a><a>体育</a><a>汽车</a><a>房产</a><a>旅游</a><a>教育</a><a>时尚</a><a>科技</a><a>财经</a><a>娱乐</a><a>更多</a></div></div>'
            f'<div class="location-without-nav"><a>首页</a> &gt; <a>地方</a> &gt; <a>重庆</a></div>'
            f'<div class="article-page"><div class="left main"><div class="user-info" id="user-info"><img src="//p.itc.cn/avatar.png">'
            f'<h4><a>{acct}</a></h4><ul class="user-num"><li><em>{_n(rng, 4)}</em>文章</li><li><em>{rng.randint(100, 900)}万</em>总阅读</li></ul>'
            f'<div class="user-more"><a>查看TA的文章&gt;</a></div></div>'
            f'<div class="text"><div class="text-title"><h1>{esc(art["title"])}<span class="article-tag"></span></h1>'
            f'<div class="article-info"><span class="time" id="news-time" data-val="{_epoch(art, t)}000">{y}-{m}-{d} {t}</span>'
            f'<span data-role="original-link">发布于：重庆市</span></div></div>'
            f'<article class="article" id="mp-editor">{lead}' + "".join(paras)
            + f'<p><span style="color:#999">来源：{acct[:2]}区融媒体中心</span></p>'
            f'<p data-role="editor-name">责任编辑：<span class="name">{who[0]}</span></p></article>'
            f'<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>'
            f'<div class="bottom-relate-wrap"><a class="backword">返回搜狐，查看更多</a><div class="read-wrap"><span class="read-num">阅读 ({_n(rng, 4)})</span></div></div>'
            f'<div class="comment-entry"><span>我来说两句</span><span class="comment-num">0人参与，0条评论</span></div></div></div>'
            f'<div class="right sidebar"><div class="recommend"><h3>作者最新文章</h3><ul>{rec}</ul></div>'
            f'<div class="hot-article"><h3>推荐阅读</h3><ul><li><a>这份秋季出游指南请收好</a></li><li><a>重庆多地发布高温提示</a></li></ul></div></div></div>'
            f'<div id="foot">搜狐 版权所有 © {y} Sohu All Rights Reserved　京ICP证030367号</div>')
    head = (f'<title>{esc(art["title"])}_{acct}_搜狐网</title><meta name="keywords" content="{acct},{art["place"]}">'
            f'<meta itemprop="datePublished" content="{y}-{m}-{d} {t}"><meta property="og:type" content="news">'
            f'<meta name="mediaid" content="{acct}"><meta property="og:title" content="{esc(art["title"])}">')
    return head, body, url


def jtzf_cxzl118(art, rng, others):
    """区 交通运输综合行政执法 pages: p08 (GBK) a 超限治理 通报 on an old table layout: ``&nbsp;``-run
    info with 发布日期/信息来源/阅读次数 ``document.write``, ``<font>`` paragraphs, a ``各镇街…：`` salutation,
    ``（一）`` paragraphs, ``1.`` units and a 举报电话 line (body), a 落款 + a date a day before (not body);
    p09 a 夜间治超 news page with glued ``日期：Y/M/D`` spans, a photo + caption above the text, the text
    as ``<br><br>``-separated ``　　`` lines in one ``<div class="con">``, 上一篇/下一篇 and 相关阅读."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.bishan.gov.cn/bmjz/qjtj/zfzd/{'tzgg' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 3)
    if p08:
        blocks = _blocks(art["body"], lambda t: f'<p style="line-height:30px"><font face="仿宋_GB2312" style="font-size:16pt">{IND}{t}</font></p>',
                         head=lambda t: f'<p style="line-height:30px"><font face="黑体" style="font-size:16pt">{IND}{t}</font></p>')
        blocks[0] = f'<p style="line-height:30px"><font face="仿宋_GB2312" style="font-size:16pt">{esc(art["body"][0])}</font></p>'
        tail = ('<p align="right" style="line-height:30px"><font face="仿宋_GB2312" style="font-size:16pt">重庆市璧山区交通运输综合行政执法支队</font></p>'
                f'<p align="right" style="line-height:30px"><font face="仿宋_GB2312" style="font-size:16pt">{y}年{int(m)}月{int(d) - 1}日</font>&nbsp;&nbsp;&nbsp;&nbsp;</p>')
        info = (f'发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;信息来源：区交通运输综合行政执法支队&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
                f'阅读次数：<script>document.write("{_n(rng, 3)}")</script>')
        text = '<div class="bt_content">' + "".join(blocks) + tail + '</div>'
        nav = ""
    else:
        lines = "<br><br>".join(IND + esc(p) for p in art["body"])
        text = (f'<div class="pic" align="center"><img src="/images/{y}{m}/{_n(rng, 12)}.jpg" width="560"><br>'
                f'<span class="pictitle">执法人员对一辆超限货车进行复检称重。</span></div>'
                f'<div class="con">{lines}<br><br><div align="right">（供稿：执法支队二大队　{who[0]}）</div></div>')
        info = (f'<span>日期：{y}/{int(m)}/{int(d)}</span><span>来源：区交通运输综合行政执法支队</span><span>作者：{who[0]}</span>'
                f'<span>【<a>打印</a>】</span>')
        nav = (f'<div class="sxp"><p>上一篇：<a>{esc(rng.choice(others)[0])}</a></p><p>下一篇：<a>{esc(rng.choice(others)[0])}</a></p></div>'
               '<div class="xgyd"><b>相关阅读</b><ul>' + _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a>　{dd}</li>') + '</ul></div>')
    body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="120" background="/images/top_bs.jpg"></td></tr>'
            f'<tr><td class="nav"><a>首页</a>　<a>机构概况</a>　<a>执法动态</a>　<a>通知公告</a>　<a>治超专栏</a>　<a>政策法规</a>　<a>办事指南</a></td></tr></table>'
            f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="dqwz">当前位置：首页 &gt; {"通知公告" if p08 else "执法动态"}</td></tr>'
            f'<tr><td align="center" class="bt"><h2>{esc(art["title"])}</h2></td></tr>'
            f'<tr><td align="center" class="xx">{info}</td></tr>'
            f'<tr><td class="nr">{text}</td></tr>'
            f'<tr><td>{nav}</td></tr>'
            f'<tr><td align="right"><a href="javascript:window.print()">[打印本页]</a>&nbsp;<a href="javascript:window.close()">[关闭窗口]</a></td></tr></table>'
            f'<table width="1000" align="center" class="foot"><tr><td align="center">主办：重庆市璧山区交通运输委员会　承办：璧山区交通运输综合行政执法支队<br>'
            f'地址：璧山区璧泉街道双星大道　电话：023-4142{_n(rng, 4)}　渝ICP备{_n(rng, 8)}号　网站标识码：500120{_n(rng, 4)}</td></tr></table>')
    head = (f'<title>{esc(art["title"])}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ColumnName" content="{"通知公告" if p08 else "执法动态"}">')
    return head, body, url


def sq_mp_lndx118(art, rng, others):
    """社区 公众号 老年大学 开课 post dated only by the script's ``ct`` (publish_time empty, a ``9月4日``
    in the text): a course list as ``1.`` sections, bold ``上课时间：``/``上课地点：`` lines, a section bar and
    a centred slogan (body); two ``▲`` captions, a 报名咨询 box, 来源/编辑/审核 and 往期推荐 (not body)."""
    t = _hm(rng)
    who = rng.sample(WHO, 2)
    caps = iter(["▲智能手机班的学员在志愿者指导下练习视频通话", "▲书法班学员认真临帖"])

    def special(p):
        if p == "本学期开设课程":
            return (f'<section style="text-align:center;margin:20px 0"><section style="display:inline-block;background:#e8792f;padding:4px 16px;border-radius:16px">'
                    f'<span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></section></section>')
        if p[:1].isdigit() and p[1:2] == ".":
            return f'<section style="margin:4px 0 4px 2em"><span style="font-size:15px;color:#e8792f">{esc(p)}</span></section>'
        for lab in ("上课时间：", "上课地点："):
            if p.startswith(lab):
                return f'<p><span style="font-size:15px"><strong>{lab}</strong>{esc(p[len(lab):])}</span></p>'
        if p.endswith("！") and len(p) < 12:
            return f'<p style="text-align:center"><span style="font-size:18px;color:#d62d2d"><strong>{esc(p)}</strong></span></p>'
        return None

    out = []
    for b in _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:1.75"><span style="font-size:15px">{x}</span></p>', special=special):
        out.append(b)
        if "视频通话" in b or "3000余人次" in b:
            out.append(f'<p style="text-align:center"><img class="rich_pages" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{next(caps)}</span></p>')
    box = ('<section style="border:1px dashed #e8792f;padding:10px;margin-top:18px"><p style="text-align:center"><strong>报名咨询</strong></p>'
           f'<p><span style="font-size:14px">联系人：{who[0][0]}老师</span></p><p><span style="font-size:14px">电话：023-7451{_n(rng, 4)}</span></p>'
           '<p><span style="font-size:14px">报名地点：社区便民服务大厅1号窗口</span></p></section>')
    body = _wx_page(rng, art, "垫江龙桥社区", t, "".join(out) + box + _wx_tail(rng, others, "龙桥社区", who), "重庆", shown=False)
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"


def dbdzb_ywb118(art, rng, others):
    """党报 e-paper 要闻版 (永川日报 第A01版/第A02版), dated only by the masthead and the URL: p11 (GBK)
    an 引题/副题 stack, a 记者 byline, ``<br>``-separated ``　　`` paragraphs in one ``<founder-content>``
    (``本报讯`` kept) and a 图片新闻 box for another report; p12 a 图片报道 with three numbered photo
    captions between ``<P>`` paragraphs and a ``文/图`` byline; 版次 bar, 版面导航, 本版标题, 上一篇/下一篇
    and copyright (not body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    pg = "A01" if p11 else "A02"
    url = f"https://epaper.ycrb.com.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 3)
    same = _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a></li>')
    if p11:
        lines = "<br>".join(IND + esc(p) for p in art["body"])
        top = ('<h3 class="yt">招商引资“量质齐升”</h3>'
               f'<h1>{esc(art["title"])}</h1><h2 class="ft">协议引资额286亿元，同比增长22%</h2>')
        byline = f'<p class="author">记者　{who[0]}</p>'
        text = f'<div id="ozoom"><!--enpcontent--><founder-content>{lines}</founder-content><!--/enpcontent--></div>'
        side = ('<div class="tpxw"><h4>图片新闻</h4><img src="../../../res/1/{0}/tpxw.jpg" width="260">'
                '<p>7月1日，志愿者在中山路街道为居民提供义诊服务。记者　{1}　摄</p></div>').format(f"{y}{m}{d}", who[1])
    else:
        caps = ["①果农在基地里给柚子套袋。", "②基地里的柚子树挂满果实。", "③村民张德明在基地修剪枝条。"]
        paras = [f'<P>{IND}{esc(p)}</P>' for p in art["body"]]
        for i, at in enumerate((5, 3, 1)):
            paras.insert(at, f'<table class="pic" align="center"><tr><td><img src="../../../res/1/{y}{m}{d}/{_n(rng, 12)}.jpg" width="500"></td></tr>'
                             f'<tr><td class="picdesc">{caps[2 - i]}</td></tr></table>')
        top = f'<h3 class="yt">图片报道</h3><h1>{esc(art["title"])}</h1>'
        byline = f'<p class="author">本报记者　{who[0]}　文/图</p>'
        text = '<div id="ozoom">' + "".join(paras) + '</div>'
        side = ""
    nav = "".join(f'<li><a>第A0{i}版：{n}</a></li>' for i, n in enumerate(["要闻", "要闻", "综合", "民生"], 1))
    body = (f'<div class="masthead"><img src="../../../images/ycrb_logo.png" alt="永川日报"><span class="rq">{y}年{int(m)}月{int(d)}日　{_week(art)}</span>'
            f'<span>中共重庆市永川区委机关报</span></div>'
            f'<div class="bc"><span>第{pg}版：要闻</span>　<a>上一版</a>　<a>下一版</a>　<a href="../../../page/1/{y}-{m}/{d}/{pg}/{y}{m}{d}{pg}_pdf.pdf">PDF版</a>　<a>往期回顾</a></div>'
            f'<table width="1000" align="center" cellspacing="0"><tr><td width="340" valign="top">'
            f'<div class="bmt"><img src="../../../page/1/{y}-{m}/{d}/{pg}/{y}{m}{d}{pg}_b.jpg" width="320" usemap="#pagepicmap"></div>'
            f'<div class="bmdh"><h4>版面导航</h4><ul>{nav}</ul></div>'
            f'<div class="bbbt"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>{same}</ul></div>{side}</td>'
            f'<td valign="top"><div class="article">{top}{byline}{text}'
            f'<div class="sxp"><a>上一篇</a>　<a>下一篇</a>　<a>返回本版</a></div></div></td></tr></table>'
            f'<div class="copyright">永川日报社版权所有　未经书面授权禁止转载或镜像　渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>永川日报-第{pg}版：要闻-{esc(art["title"])}</title><meta name="keywords" content="永川日报,数字报">'
    return head, body, url


TEMPLATES = {"wlw_ajjq118": wlw_ajjq118, "fybj_mp_yqkt118": fybj_mp_yqkt118, "xzf_ysbg118": xzf_ysbg118,
             "sh_dfh118": sh_dfh118, "jtzf_cxzl118": jtzf_cxzl118, "sq_mp_lndx118": sq_mp_lndx118,
             "dbdzb_ywb118": dbdzb_ywb118}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages118", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
