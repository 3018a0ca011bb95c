"""Build the fifty-first saved-page set (``pages51``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区属国企 portal 企业新闻 page (``qsgq_qyxw``), a
气象 公众号 科普 post with 问：/答： 知识问答 (``qxj_mp_kepu_wenda``), a 县 政府网 乡镇动态 page with
the column's list beside the article (``xzf_xzdt_cebian``), a 新华网-like 地方频道 快讯 with a 新华社
dateline (``xhw_kuaixun_dateline``), a 区 残联 portal 助残 news with a 政策链接 box
(``cl_zhucan_zclj``), a 村 公众号 村规民约 公示/表决 post (``cun_mp_cgmy_gongshi``) and an e-paper
周末版 人物 feature with a 人物档案 box (``epaper_zmb_renwu_dangan``). ``articles.txt`` holds the
title, date and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages51/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week  # noqa: E402
from pageset import write_set, ymd as _ymd  # noqa: E402

IND = "　　"
NUMS = ("一、", "二、", "三、", "四、", "五、")


def esc(s: str) -> str:
    """Text made safe for HTML (``&``, ``<``, ``>``, ``"``)."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _with_tables(paras, para_fn) -> str:
    """Paragraphs through ``para_fn``; runs of table rows become one Word-pasted ``<table>``."""
    out, run = [], []
    for p in list(paras) + [None]:
        if p is not None and _row(p):
            run.append(p)
            continue
        if run:
            out.append('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" align="center">' + "".join(
                "<tr>" + "".join(f'<td valign="center"><p class="MsoNormal" align="center">{esc(c)}</p></td>'
                                 for c in r.split(" ")) + "</tr>" for r in run) + "</table>")
            run = []
        if p is not None:
            out.append(para_fn(p))
    return "".join(out)


def _related(others, n, fmt) -> str:
    return "".join(f'<li><a href="#" target="_blank">{esc(t)}</a><span class="date">{fmt(d)}</span></li>'
                   for t, d in others[:n])


def _gov_footer(site: str, rng) -> str:
    return (f'<div class="footer"><p>主办：{site}　承办：{site}办公室</p>'
            f'<p>渝ICP备{_n(rng, 8)}号　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a></p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>')


def _mp(title, acc, nick, date_html, content, rng, tool_extra="") -> str:
    """A WeChat article page around ``content``: title, meta row, js_content, tool row."""
    return (f'<div id="js_article" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">\n  {esc(title)}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{nick}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{acc}</a></span>'
            f'{date_html}</div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">{content}</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a>'
            f'<span id="readNum3">阅读 {_n(rng, 4)}</span><span class="like">赞 {_n(rng, 2)}</span>'
            f'<span>分享</span><span class="praise">在看 {_n(rng, 2)}</span>{tool_extra}</div></div></div>')


# 区属国企 portal 企业新闻 -------------------------------------------------------------------------

def qsgq_qyxw(art, rng, others):
    """区属国企 portal: p01 old GBK table layout (spans with no whitespace, a counter script, bold
    坚持… heads, a photo + caption in the text); p02 div page with a numbered list, a table,
    发布日期 beside 更新时间, 责任编辑, 版权声明 and 相关新闻."""
    y, m, d = _ymd(art)
    if art["id"] == "p01":
        site = "重庆市綦江区城市建设投资（集团）有限公司"
        out = []
        for i, p in enumerate(art["body"]):
            if p.startswith("坚持"):
                out.append(f'<p><font face="宋体" size="3">{IND}<b>{esc(p)}</b></font></p>')
            else:
                out.append(f'<p><font face="宋体" size="3">{IND}{esc(p)}</font></p>')
            if i == 1:
                out.append('<p align="center"><img src="/UploadFiles/2023519101522.jpg" width="560" border="0"></p>'
                           '<p align="center"><font size="2">图为推进会现场。（集团党群工作部 供图）</font></p>')
        body = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">'
                f'<tr><td height="120" background="/images/top_bg.jpg"><img src="/images/logo.gif" alt="{site}"></td></tr>'
                '<tr><td class="menu"><a>首　页</a> <a>集团概况</a> <a>新闻中心</a> <a>党建园地</a> <a>项目建设</a> '
                '<a>招标采购</a> <a>人才招聘</a> <a>联系我们</a></td></tr></table>'
                '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="230" valign="top" class="left"><table width="100%"><tr><td class="lmt">新闻中心</td></tr>'
                '<tr><td><a>集团要闻</a></td></tr><tr><td><a>企业新闻</a></td></tr><tr><td><a>基层动态</a></td></tr>'
                '<tr><td><a>媒体聚焦</a></td></tr></table>'
                '<table width="100%"><tr><td class="lmt">通知公告</td></tr>'
                + "".join(f'<tr><td><a>·{esc(t[:14])}…</a></td></tr>' for t, _ in others[:3]) + '</table></td>'
                '<td valign="top"><table width="100%"><tr><td class="dqwz">当前位置：<a>首页</a> &gt; <a>新闻中心</a> &gt; <a>企业新闻</a></td></tr>'
                f'<tr><td align="center" height="50"><font style="font-size:20px;color:#c00;font-weight:bold">{esc(art["title"])}</font></td></tr>'
                f'<tr><td align="center" class="xx"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：集团党群工作部</span>'
                f'<span>作者：陈静</span><span>浏览次数：<script language="javascript">document.write("{_n(rng, 3)}");</script></span>'
                '<span>【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</span></td></tr>'
                f'<tr><td class="content" id="zoom">{"".join(out)}</td></tr>'
                '<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
                f'<tr><td class="sxt">上一条：<a>{esc(others[3][0])}</a><br>下一条：<a>{esc(others[4][0])}</a></td></tr>'
                '</table></td></tr></table>'
                f'<table width="1000" align="center" class="bottom"><tr><td align="center">版权所有：{site}　'
                f'地址：綦江区古南街道xx路xx号　电话：023-4866XXXX<br>渝ICP备{_n(rng, 8)}号-1　技术支持：重庆某网络公司</td></tr></table>')
        head = f'<title>{esc(art["title"])}-{site}</title><meta name="keywords" content="城投集团,企业新闻">'
        url = f"http://www.qjct{_n(rng, 2)}.com/news/show.asp?id={_n(rng, 4)}"
    else:
        site = "重庆市江津区水务集团有限公司"

        def para(p):
            if p[:2].rstrip(".").isdigit():
                return f'<p style="text-indent:2em;margin:0">{esc(p)}</p>'
            return f'<p style="text-indent:2em">{esc(p)}</p>'

        body = ('<div class="top"><div class="w1200"><img src="/static/logo.png"><div class="search"><input placeholder="请输入关键词"></div></div></div>'
                '<div class="nav"><ul><li>首页</li><li>走进集团</li><li>新闻动态</li><li>供水服务</li><li>党的建设</li><li>信息公开</li></ul></div>'
                '<div class="w1200 position">您的位置：<a>首页</a>&gt;<a>新闻动态</a>&gt;<a>企业新闻</a></div>'
                f'<div class="w1200 article-box"><div class="article-title">{esc(art["title"])}</div>'
                f'<div class="article-info">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;更新时间：{y}-{m}-{int(d) + 3:02d}&nbsp;&nbsp;&nbsp;&nbsp;'
                f'来源：江津日报&nbsp;&nbsp;&nbsp;&nbsp;阅读量：<span id="views">{_n(rng, 3)}</span></div>'
                f'<div class="bt_content">{_with_tables(art["body"], para)}</div>'
                f'<div class="zrbj">责任编辑：{rng.choice(["周敏", "黄莉"])}</div>'
                '<div class="bqsm">版权声明：本网站所刊载内容，凡注明“来源：江津区水务集团”的，版权均属本集团所有，'
                '未经授权禁止转载、摘编或以其他方式使用；转载其他媒体的内容，版权归原作者所有。</div>'
                '<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ</a></div>'
                f'<div class="xgxw"><h3>相关新闻</h3><ul>{_related(others, 5, lambda s: s)}</ul></div></div>'
                + _gov_footer(site, rng))
        head = (f'<title>{esc(art["title"])}_企业新闻_江津区水务集团</title>'
                f'<meta name="description" content="{esc(art["body"][0][:60])}">')
        url = f"https://www.jjsw{_n(rng, 2)}.com/news/{y}{m}{d}/{_n(rng, 6)}.html"
    return head, body, url


# 气象 公众号 科普 知识问答 ---------------------------------------------------------------------

def qxj_mp_kepu_wenda(art, rng, others):
    """气象 公众号 科普 post: 点击蓝字 banner, bold coloured 问： and plain 答： turns, a 预警信号
    image with a ▲ caption (p03) or a 小贴士 box (p04), 科普来源/编辑/审核, 往期推荐, QR line."""
    y, m, d = _ymd(art)
    acc, nick = {"p03": ("重庆气象", "重庆市气象局"), "p04": ("万州气象", "重庆市万州区气象局")}[art["id"]]
    out = ['<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/qx0.gif" class="rich_pages"></p>'
           '<p style="text-align:center"><span style="font-size:12px;color:#2f7fd2">点击蓝字 关注我们</span></p>']
    for i, p in enumerate(art["body"]):
        if p.startswith("问："):
            out.append('<section style="margin:16px 0 6px;padding:6px 10px;background:#eaf3ff;border-left:4px solid #2f7fd2">'
                       f'<p><strong><span style="color:#2f7fd2">问：</span>{esc(p[2:])}</strong></p></section>')
        elif p.startswith("答："):
            out.append(f'<p style="line-height:1.75em"><span style="font-size:15px"><strong>答：</strong>{esc(p[2:])}</span></p>')
        elif len(p) < 14:
            out.append(f'<p style="text-align:center"><strong><span style="font-size:16px;color:#e36c09">{esc(p)}</span></strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
        if art["id"] == "p03" and i == 1:
            out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/yjxh.png"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲暴雨预警信号图标（来源：中国气象局）</span></p>')
        if art["id"] == "p04" and i == 10:
            out.append('<section style="border:1px dashed #e36c09;padding:10px;margin:12px 0"><p style="text-align:center">'
                       '<strong>小贴士</strong></p><p><span style="font-size:14px">高温天气里，每天饮水量宜达到1500毫升以上，'
                       '少量多次饮用，不要等口渴了才喝水。</span></p></section>')
    src = {"p03": "科普来源：中国气象科普网、重庆市气象台", "p04": "资料来源：区气象台"}[art["id"]]
    out.append(f'<p><span style="font-size:12px;color:#999">{src}</span></p>'
               f'<p><span style="font-size:12px;color:#999">编辑：{rng.choice(["王璐", "谭欣"])}　审核：{rng.choice(["李强", "何平"])}</span></p>'
               '<section style="margin-top:20px"><p><strong>往期推荐</strong></p>'
               + "".join(f'<p><a>{esc(t)}</a></p>' for t, _ in others[:3]) + '</section>'
               '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr.jpg"></p>'
               f'<p style="text-align:center"><span style="font-size:12px">长按识别二维码 关注{acc}</span></p>'
               '<p style="text-align:center"><span style="font-size:12px">分享 · 点赞 · 在看 三连支持一下吧</span></p>')
    t = _hm(rng)
    if art["id"] == "p03":
        date_html = (f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
                     f'<script>var ct = "{_epoch(art, t)}";</script>')
    else:
        date_html = f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em><em>重庆</em>'
    body = _mp(art["title"], acc, nick, date_html, "".join(out), rng)
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:40])}">')
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 9)}qx{_n(rng, 9)}"


# 县 政府网 乡镇动态 with the column's list beside the article ------------------------------------

def xzf_xzdt_cebian(art, rng, others):
    """县 政府网 乡镇动态: p05 GBK table layout, the 乡镇动态 list with ``[09-26]`` dates in the left
    cell, the text as ``<br>`` lines in one cell with a photo and caption between them; p06 div page
    with no visible date (``PubDate`` meta and the URL only), bold one-line 一要… items and a 乡镇动态
    list with dates in the right column."""
    y, m, d = _ymd(art)
    if art["id"] == "p05":
        site = "酉阳土家族苗族自治县人民政府"
        lines = []
        for i, p in enumerate(art["body"]):
            lines.append(f"{IND}{esc(p)}")
            if i == 2:
                lines.append('<img src="/uploadfiles/202209/20220927093512.jpg" width="500">')
                lines.append("图为赵庄村农户抢收水稻。")
        lst = "".join(f'<tr><td class="li">·<a>{esc(t)}</a></td><td class="rq">[{dt[5:]}]</td></tr>' for t, dt in others[:8])
        body = ('<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">'
                f'<tr><td><img src="/images/banner2022.jpg" alt="{site}"></td></tr>'
                '<tr><td class="dh"><a>首页</a> | <a>政务公开</a> | <a>政务服务</a> | <a>互动交流</a> | <a>走进酉阳</a></td></tr></table>'
                '<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="260" valign="top" class="zuo"><table width="100%"><tr><td colspan="2" class="lmbt">乡镇动态</td></tr>'
                f'{lst}<tr><td colspan="2" align="right"><a>更多&gt;&gt;</a></td></tr></table></td>'
                '<td width="20"></td><td valign="top"><div class="wz">您当前的位置：首页 &gt;&gt; 新闻中心 &gt;&gt; 乡镇动态</div>'
                f'<table width="100%"><tr><td align="center" class="bt"><b>{esc(art["title"])}</b></td></tr>'
                f'<tr><td align="center" class="sj">发布时间：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;来源：龙潭镇&nbsp;&nbsp;&nbsp;'
                '【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="nr" style="line-height:30px">{"<br>".join(lines)}<br></td></tr>'
                '<tr><td align="right">[<a>打印本页</a>] [<a>关闭窗口</a>]</td></tr></table></td></tr></table>'
                f'<table width="1002" align="center" class="db"><tr><td>主办：{site}办公室　网站标识码：{_n(rng, 10)}　'
                f'渝ICP备{_n(rng, 8)}号<br>地址：酉阳县桃花源街道xx路　联系电话：023-7555XXXX</td></tr></table>')
        head = (f'<title>{esc(art["title"])}-{site}</title>'
                f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="ColumnName" content="乡镇动态">')
        url = f"http://www.youyang.gov.cn/xwzx/xzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    else:
        site = "石柱土家族自治县人民政府"
        out = []
        for p in art["body"]:
            if p[1:2] == "要" and len(p) < 12:
                out.append(f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>')
            else:
                out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
        body = ('<div class="head"><div class="top-links"><a>无障碍浏览</a><a>长者模式</a><a>English</a></div>'
                f'<div class="logo"><img src="/images/logo.png" alt="{site}"></div></div>'
                '<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进石柱</a></div>'
                '<div class="wrap"><div class="crumbs">当前位置：<a>首页</a> &gt; <a>新闻中心</a> &gt; <a>乡镇动态</a></div>'
                f'<div class="main fl"><div class="tit"><h1>{esc(art["title"])}</h1></div>'
                '<div class="info"><span>来源：黄水镇</span><span>字号：<a>大</a> <a>中</a> <a>小</a></span>'
                f'<span>浏览次数：<b id="hits">{_n(rng, 3)}</b></span><span><a>打印</a></span></div>'
                f'<div class="zw TRS_Editor"><div class="TRS_Editor">{"".join(out)}</div></div>'
                '<div class="fx">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>'
                '<div class="qr"><img src="qr.png"><span>扫一扫在手机打开当前页</span></div></div>'
                '<div class="side fr"><div class="side-t">乡镇动态</div><ul>'
                + _related(others, 7, lambda s: s) + '</ul><div class="side-t">图片新闻</div>'
                f'<div class="pic"><img src="p1.jpg"><p>{esc(others[7][0])}</p></div></div></div>'
                + _gov_footer(site, rng))
        head = (f'<title>{esc(art["title"])}_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="黄水镇">'
                '<meta name="ColumnName" content="乡镇动态">')
        url = f"http://www.cqszx.gov.cn/zwxx_208/xzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    return head, body, url


# 新华网-like 地方频道 快讯 with a 新华社 dateline --------------------------------------------------

def xhw_kuaixun_dateline(art, rng, others):
    """新华网-like 地方频道 快讯: p07 ``span.h-time`` and the dateline running into the first
    paragraph, bridge names as one-line paragraphs, a photo with a 新华社记者 caption; p08 split
    date boxes, a 快讯 label outside the heading, the dateline in its own paragraph, a video box;
    both with 【纠错】, [责任编辑: …], 相关快讯 with dates and a copyright footer."""
    y, m, d = _ymd(art)
    city, prov = {"p07": ("重庆", "重庆频道"), "p08": ("成都", "四川频道")}[art["id"]]
    reporter = {"p07": "记者　赵宇航", "p08": "记者　陈怡然　张凯"}[art["id"]]
    day = int(d) - 1 if art["id"] == "p07" else int(d)
    dateline = f"新华社{city}{int(m)}月{day}日电（{reporter}）"
    out = []
    for i, p in enumerate(art["body"]):
        if i == 0 and art["id"] == "p07":
            out.append(f"<p>{IND}{dateline}{esc(p)}</p>")
        else:
            out.append(f"<p>{IND}{esc(p)}</p>")
        if art["id"] == "p07" and i == 5:
            out.append('<p style="text-align: center;"><img src="1129862215_16946.jpg" id="{' + str(_n(rng, 8)) + '}"></p>'
                       '<p style="text-align: center;"><span style="color: #000080;">　　9月12日拍摄的郭家沱长江大桥（无人机照片）。新华社记者　黄伟　摄</span></p>')
        if art["id"] == "p08" and i == 1:
            out.append('<div class="video-box"><video src="https://vod.xinhuaxmt.com/x.mp4" controls></video>'
                       '<p class="vtit">视频：山乡公路通到家门口（时长01:48）</p></div>')
    if art["id"] == "p08":
        out.insert(0, f"<p>{IND}{dateline}</p>")
    tail = (f'<div id="articleEdit"><span class="tiyi1"><a>【纠错】</a></span>'
            f'<span class="editor">[责任编辑:{rng.choice(["　刘洋　", "　王晓雯　"])}]</span></div>')
    if art["id"] == "p07":
        info = (f'<div class="h-info"><span class="h-time">{y}-{m}-{d} {_hms(rng)}</span>'
                '<span>来源：新华网</span></div>')
        label = ""
    else:
        info = (f'<div class="header-time left"><span class="year"><em> {y}</em></span><span class="day"><em> {m}</em>/<em>{d}</em></span>'
                f'<span class="time"> {_hms(rng)}</span></div><div class="source">来源：新华网</div>')
        label = '<span class="kx-label">快讯</span>'
    body = ('<div class="topbar"><a>新华网</a> <a>新华社</a> <a>客户端</a> <a>English</a></div>'
            f'<div class="nav">新华网 &gt; {prov} &gt; 正文</div>'
            f'<div class="header"><div class="h-title">{label}<h1><span class="title">{esc(art["title"])}</span></h1></div>{info}'
            '<div class="pageShare"><span>分享到：</span><a>微信</a><a>微博</a><a>字体：小 中 大</a></div></div>'
            f'<div class="main"><div id="detail">{"".join(out)}</div>{tail}</div>'
            f'<div class="xgkx"><h3>相关快讯</h3><ul>{_related(others, 5, lambda s: s)}</ul></div>'
            '<div class="foot"><p>Copyright © 2000-2024 XINHUANET.com　All Rights Reserved.</p>'
            '<p>制作单位：新华网股份有限公司　版权所有：新华网股份有限公司</p></div>')
    head = (f'<title>{esc(art["title"])}-新华网</title><meta name="keywords" content="{city},快讯">'
            f'<meta name="description" content="{esc(art["title"])}-{dateline}{esc(art["body"][0][:30])}">')
    url = f"http://{'cq' if art['id'] == 'p07' else 'sc'}.news.cn/{y}-{m}/{d}/c_{_n(rng, 10)}.htm"
    return head, body, url


# 区 残联 portal 助残 news with a 政策链接 box ---------------------------------------------------

def cl_zhucan_zclj(art, rng, others):
    """区 残联 portal: p09 div page, info spans with no whitespace between them, a numbered list of
    康复机构 and a 政策链接 box between the paragraphs, a photo + caption; p10 GBK table portal,
    ``<font>`` paragraphs, 时间/地点/参加人员 items, a 政策链接 table after the text and 【编辑】."""
    y, m, d = _ymd(art)
    if art["id"] == "p09":
        site = "重庆市沙坪坝区残疾人联合会"
        out = []
        for i, p in enumerate(art["body"]):
            out.append(f'<p style="text-indent:2em;line-height:2">{esc(p)}</p>')
            if i == 2:
                out.append('<p style="text-align:center"><img src="/upload/2023/05/22/zcr.jpg" title="助残日"></p>'
                           '<p style="text-align:center">图为工作人员为残疾人适配轮椅。（区残联供图）</p>')
            if i == 9:
                out.append('<div class="zclj" style="border:1px solid #f0c36d;background:#fffbe6;padding:10px">'
                           '<p><strong>【政策链接】</strong></p><p>根据我市残疾儿童康复救助有关规定，0至14岁持证残疾儿童'
                           '和经评估有康复需求的残疾儿童，可申请康复训练、辅助器具适配等救助，每人每年最高补助2万元。</p>'
                           '<p>咨询电话：023-6531XXXX</p></div>')
        body = ('<div class="wza"><a>无障碍</a><a>关怀版</a></div>'
                f'<div class="header"><img src="/images/logo.png" alt="{site}"><div class="time-weather"></div></div>'
                '<div class="menu"><a>首页</a><a>残联概况</a><a>工作动态</a><a>政策法规</a><a>康复服务</a><a>就业培训</a><a>维权服务</a></div>'
                '<div class="loc">当前位置：首页 &gt; 工作动态 &gt; 助残活动</div>'
                f'<div class="xl_con"><h2 class="xl_tit">{esc(art["title"])}</h2>'
                f'<div class="xl_info"><span>发布日期：{y}-{m}-{d}</span><span>来源：区残联</span><span>作者：宣文部</span>'
                f'<span>浏览：<script>document.write("{_n(rng, 3)}")</script>次</span></div>'
                f'<div class="con">{"".join(out)}</div>'
                f'<div class="sxp"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[1][0])}</a></p></div>'
                f'<div class="tjyd"><h4>推荐阅读</h4><ul>{_related(others[2:], 4, lambda s: s[5:])}</ul></div></div>'
                + _gov_footer(site, rng))
        head = f'<title>{site}-{esc(art["title"])}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
        url = f"http://www.spbcl.org.cn/gzdt/zchd/{y}{m}{d}/{_n(rng, 5)}.html"
    else:
        site = "重庆市北碚区残疾人联合会"
        paras = "".join(f'<p><font face="宋体" style="font-size:16px">{IND}{esc(p)}</font></p>' for p in art["body"])
        body = ('<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">'
                f'<tr><td><img src="/images/top.jpg" alt="{site}"></td></tr>'
                '<tr><td class="nav"><a>首页</a>｜<a>残联概况</a>｜<a>工作动态</a>｜<a>通知公告</a>｜<a>惠残政策</a>｜<a>办事指南</a></td></tr></table>'
                '<table width="980" border="0" align="center"><tr><td class="wz">您所在的位置：首页 &gt;&gt; 工作动态</td></tr>'
                f'<tr><td align="center" class="tit"><font size="5"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="rq">日期：{y}/{int(m)}/{int(d)}&nbsp;&nbsp;&nbsp;&nbsp;来源：区残联就业服务所&nbsp;&nbsp;&nbsp;&nbsp;'
                f'浏览次数：<span id="count">{_n(rng, 3)}</span></td></tr>'
                f'<tr><td class="nr">{paras}</td></tr>'
                f'<tr><td align="right">【编辑：{rng.choice(["刘霞", "张蓉"])}】</td></tr>'
                '<tr><td><table width="100%" class="zclj" border="1" cellspacing="0"><tr><td><b>政策链接</b></td></tr>'
                '<tr><td>残疾人参加职业技能培训并取得结业证书的，按规定享受培训补贴；自主创业的残疾人可申请一次性创业补贴。</td></tr>'
                '<tr><td>相关文件：<a>《关于进一步做好残疾人就业创业工作的通知》</a></td></tr></table></td></tr>'
                '<tr><td align="center">【<a>打印</a>】【<a>关闭</a>】</td></tr></table>'
                f'<table width="980" align="center" class="foot"><tr><td>版权所有：{site}　地址：北碚区xx路xx号<br>'
                f'渝ICP备{_n(rng, 8)}号　渝公网安备{_n(rng, 14)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="publishdate" content="{y}-{m}-{d}">'
        url = f"http://www.bbcl.gov.cn/html/gzdt/{y}{m}/{_n(rng, 4)}.html"
    return head, body, url


# 村 公众号 村规民约 公示/表决 -----------------------------------------------------------------------

def cun_mp_cgmy_gongshi(art, rng, others):
    """村 公众号: p11 a 公示 with the 村规民约 as 第X条 items (body), a centred one-line heading, a
    联系电话 line, then the signature and date (not body); p12 a report with 时间/地点/参加人员
    items, a quoted one-line slogan, ▲ photos, 供稿/编辑 credits; both 往期推荐 and QR lines."""
    y, m, d = _ymd(art)
    acc, nick = {"p11": ("武隆双河村", "双河村村民委员会"), "p12": ("彭水新田村", "新田村")}[art["id"]]
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith("第") and "条 " in p[:5]:
            k = p.index(" ")
            out.append(f'<p style="line-height:1.75em"><span style="font-size:15px"><strong>{esc(p[:k])}</strong> {esc(p[k + 1:])}</span></p>')
        elif p.endswith("（修订稿）"):
            out.append(f'<p style="text-align:center;margin-top:16px"><strong><span style="font-size:17px">{esc(p)}</span></strong></p>')
        elif p.startswith(("时间：", "地点：", "参加人员：")):
            k = p.index("：") + 1
            out.append(f'<p><span style="color:#0b7a3e"><strong>{esc(p[:k])}</strong></span>{esc(p[k:])}</p>')
        elif p.startswith("“") and len(p) < 16:
            out.append(f'<p style="text-align:center"><span style="font-size:18px;color:#c00000"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
        if art["id"] == "p12" and i in (5, 10):
            cap = "▲村民代表大会现场" if i == 5 else "▲村民代表举手表决"
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/cun{i}.jpg"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{cap}</span></p>')
    if art["id"] == "p11":
        tail = (f'<p style="text-align:right">武隆区某镇双河村村民委员会</p><p style="text-align:right">{y}年{int(m)}月{int(d)}日</p>'
                '<p><span style="font-size:12px;color:#999">编辑：双河村便民服务中心　审核：村党支部</span></p>')
    else:
        tail = ('<p><span style="font-size:12px;color:#999">供稿：新田村　｜　编辑：冉丽　｜　审核：镇党建办</span></p>')
    content = ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/top_cun.gif"></p>'
               '<p style="text-align:center"><span style="font-size:12px;color:#0b7a3e">↑点击上方蓝字 关注我们</span></p>'
               + "".join(out) + tail
               + '<section><p style="text-align:center"><strong>— 往期推荐 —</strong></p>'
               + "".join(f'<p><a>{esc(t)}</a></p>' for t, _ in others[:3]) + '</section>'
               '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qrcun.jpg"></p>'
               '<p style="text-align:center"><span style="font-size:12px">扫码关注 了解村里大小事</span></p>')
    t = _hm(rng)
    date_html = (f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
                 if art["id"] == "p11" else
                 f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>')
    body = _mp(art["title"], acc, nick, date_html, content, rng, '<span>写留言</span>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, f"https://mp.weixin.qq.com/s?__biz=MzU{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 8)}"


# e-paper 周末版 人物 feature with a 人物档案 box ---------------------------------------------------

def epaper_zmb_renwu_dangan(art, rng, others):
    """e-paper 周末版 人物: p13 Founder-like page (issue line, 版次 selector, 版面导航, 引题/副题,
    byline, bold 小标题, a 人物档案 table in the text, a caption, 本版其他文章); p14 ``<br>``
    paragraphs in one ``div#ozoom`` with an 编者按 before them, 记者：/name： turns, a 人物档案 box
    between them and a caption at the end."""
    y, m, d = _ymd(art)
    paper, ban = {"p13": ("南川日报", "第04版：周末·人物"), "p14": ("梁平日报", "第03版：周末")}[art["id"]]
    sub = {"p13": "——记南川区德隆乡校车司机韦国平", "p14": "——记竹编艺人唐德贵"}[art["id"]]
    yt = {"p13": "身边的感动", "p14": "匠心守艺"}[art["id"]]
    by = {"p13": "本报记者　周晓琳　文/图", "p14": "本报记者　秦月"}[art["id"]]
    dangan = {"p13": "韦国平，1967年生，南川区德隆乡人。2011年起担任德隆乡中心校校车司机，曾获区“最美校车司机”称号。",
              "p14": "唐德贵，1966年生，梁平区竹山镇人，区级非物质文化遗产代表性项目竹编技艺代表性传承人。"}[art["id"]]
    cap = {"p13": "韦国平在出车前检查校车轮胎。", "p14": "唐德贵在工作室编织竹编果盘。（记者　秦月　摄）"}[art["id"]]
    top = (f'<div class="paper-head"><div class="logo">{paper}</div><div class="date">{y}年{m}月{d}日　{_week(art)}</div>'
           f'<div class="banci"><select><option>{ban}</option><option>第01版：要闻</option></select>'
           '<a>上一版</a> <a>下一版</a> <a>PDF下载</a> <a>往期回顾</a></div></div>')
    if art["id"] == "p13":
        out = []
        for i, p in enumerate(art["body"]):
            out.append(f"<p><b>{esc(p)}</b></p>" if len(p) < 12 and "，" not in p else f"<p>{IND}{esc(p)}</p>")
            if i == 1:
                out.append(f'<table class="rwda" align="right" width="220" border="0"><tr><td class="da-t">人物档案</td></tr>'
                           f'<tr><td>{dangan}</td></tr></table>')
        body = (top + '<table width="1024" align="center"><tr><td width="400" valign="top" class="bm">'
                '<img src="../../../images/2023-10/21/04/p04_b.jpg" usemap="#PagePicMap"><map name="PagePicMap"></map>'
                '<div class="bmdh"><b>版面导航</b><ul><li>第01版：要闻</li><li>第02版：综合</li><li>第03版：周末·生活</li>'
                '<li>第04版：周末·人物</li></ul></div></td><td valign="top">'
                f'<div class="art"><founder-title><p class="yt">{yt}</p><h1>{esc(art["title"])}</h1><p class="ft">{sub}</p></founder-title>'
                f'<p class="author">{by}</p><div id="ozoom"><founder-content>{"".join(out)}</founder-content></div>'
                f'<table class="pic"><tr><td><img src="../../../images/2023-10/21/04/pic.jpg"></td></tr><tr><td class="picnote">{cap}</td></tr></table></div>'
                '<div class="bbqt"><b>本版其他文章</b><ul>' + "".join(f"<li><a>{esc(t)}</a></li>" for t, _ in others[:3])
                + '</ul></div><div class="op"><a>上一篇</a>　<a>下一篇</a>　<a>【打印】</a>　<a>【关闭】</a></div></td></tr></table>'
                f'<div class="copy">{paper}社　版权所有　未经许可　不得转载或建立镜像<br>渝ICP备{_n(rng, 8)}号</div>')
        url = f"http://szb.{art['id']}nc.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    else:
        first = "<br>".join(f"{IND}{esc(p)}" for p in art["body"][:6])
        second = "<br>".join(f"{IND}{esc(p)}" for p in art["body"][6:])
        body = (top + '<div class="main"><div class="left"><img src="03.jpg"><ul class="titles">'
                + "".join(f"<li>{esc(t)}</li>" for t, _ in others[:4]) + '</ul></div>'
                f'<div class="right"><div class="content-box"><h4 class="yt">{yt}</h4><h2>{esc(art["title"])}</h2><h4 class="ft">{sub}</h4>'
                f'<div class="by">{by}</div><div id="ozoom" class="text">'
                f'<b>【编者按】</b>在梁平，一批手艺人守着老手艺、做出新花样，让传统技艺走进现代生活。本报今起推出“匠心守艺”系列报道，讲述他们的故事。<br><br>'
                f'{first}<br><div class="rwda" style="border:1px solid #999;padding:6px;margin:8px 0"><b>人物档案</b><br>{dangan}</div>'
                f'{second}<br><br><img src="p3.jpg"><br>{cap}<br></div></div>'
                '<div class="tools"><a>【返回目录】</a><a>【打印本文】</a><a>【关闭窗口】</a></div></div></div>'
                f'<div class="copy">Copyright © {paper}社 All Rights Reserved　未经授权禁止转载</div>')
        url = f"http://epaper.lpxw{_n(rng, 2)}.cn/lprb/{y}{m}{d}/html/page_03_content_{_n(rng, 3)}.htm"
    head = f'<title>{esc(art["title"])}--{paper}</title>'
    return head, body, url


TEMPLATES = {"qsgq_qyxw": qsgq_qyxw, "qxj_mp_kepu_wenda": qxj_mp_kepu_wenda, "xzf_xzdt_cebian": xzf_xzdt_cebian,
             "xhw_kuaixun_dateline": xhw_kuaixun_dateline, "cl_zhucan_zclj": cl_zhucan_zclj,
             "cun_mp_cgmy_gongshi": cun_mp_cgmy_gongshi, "epaper_zmb_renwu_dangan": epaper_zmb_renwu_dangan}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages51", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
