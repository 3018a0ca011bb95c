"""Build the eighty-eighth saved-page set (``pages88``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 应急管理局 portal 安全生产 事故 通报
(``yjj_sgtb88``), a 市 图书馆 portal 讲座 预告/回顾 (``tsg_jzyg88``), a 县政府网 民生实事 page on an
old GBK ASP layout (``xzf_mssj88``), a 澎湃-like 政务号 article (``pp_zwh88``), a 区 水利局 公众号
河长制 post (``slj_mp_hzz88``), a 学校 portal 校园新闻 with a 图集 (``xx_xyxw_tuji88``) and a 党报
e-paper 理论版 article with several authors (``db_epaper_llb88``). ``articles.txt`` holds the
title, date and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages88/build.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["冉光明", "邓雨桐", "谭志坚", "向晓琳", "牟俊杰", "秦雪梅", "黎文博", "熊婷", "汪海鹰", "陈思琪"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")
KV = ("时间", "地点", "主讲人", "参加人员")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text: ``一、…``, a ``坚持…，…`` head or a short line, with no full
    stop, colon or exclamation mark."""
    return ((p.startswith(NUM_HEADS) or p.startswith("坚持") or len(p) <= 6)
            and not any(c in p for c in "。：！；"))


def _turn(p: str) -> bool:
    """A question turn of an interview (``记者：``/``问：``)."""
    return p.startswith(("记者：", "问："))


def _kv(p: str) -> bool:
    """A notice's ``时间：``-style item."""
    return p[:5].count("：") == 1 and p.startswith(KV)


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f"<table {attrs}><tbody>" + "".join(
        "<tr>" + "".join(f'<td align="center"><p>{esc(c)}</p></td>' for c in r.split(" ")) + "</tr>"
        for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, turn=None, kv=None) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table; heads, turns and
    ``时间：``-style items through the given wrappers (plain ``para`` where none is given)."""
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(_table(rows))
            rows = []
        if p is None:
            break
        if head and _head(p):
            out.append(head(esc(p)))
        elif turn and _turn(p):
            q, rest = p.split("：", 1)
            out.append(turn(esc(q), esc(rest)))
        elif kv and _kv(p):
            k, v = p.split("：", 1)
            out.append(kv(esc(k), esc(v)))
        else:
            out.append(para(esc(p)))
    return out


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="footer"><div class="ft-links"><a>网站地图</a>|<a>联系我们</a>|<a>隐私声明</a>|<a>网站纠错</a></div>'
            f'<p>主办单位：{host}&nbsp;&nbsp;&nbsp;承办：{host}办公室</p>'
            f'<p><a>渝ICP备{_n(rng, 8)}号-2</a>&nbsp;&nbsp;<img src="/images/gongan.png">渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：{code}</p>'
            f'<div class="jiucuo"><img src="/images/jiucuo.png"><img src="/images/dzjg.png"></div>'
            f'<div class="code"><img src="/images/qrcode.png"><span>扫一扫在手机上查看当前页面</span></div></div>')


def yjj_sgtb88(art, rng, others):
    """区 应急管理局 portal 事故 通报: an 信息公开 grid (索引号, 文号, 成文日期 the day before), the
    addressee, 一、 heads, （一） and 1. items, a table of rows (body); the 落款 and its date and an
    附件 line inside the text div (not body). p01 (GBK) has an info bar of spans glued with no
    whitespace; p02 only 来源 and a counter (dated by meta PubDate and URL, 落款 two days before)."""
    y, m, d = _ymd(art)
    place = art["place"]
    host = "yubei" if place == "渝北" else "fl"
    url = f"http://www.{host}.gov.cn/bm/qyjj/zwgk_{_n(rng, 5)}/fdzdgknr/aqsc/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    visible = art["id"] == "p01"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;text-align:justify;">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em;"><strong><span style="font-family:黑体;">{t}</span></strong></p>')
    sd = int(d) - (1 if visible else 2)
    sign = (f'<p style="text-indent:2em;">&nbsp;</p>'
            f'<p style="text-align:right;">重庆市{place}区安全生产委员会办公室</p>'
            f'<p style="text-align:right;">{y}年{int(m)}月{sd}日</p>')
    att = (f'<p class="fj">附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.pdf">{"有限空间作业安全指引" if visible else "2023年第三季度事故统计表"}.pdf</a></p>')
    grid = (f'<table class="zwxl-table" width="100%"><tr><th>索 引 号</th><td>115002{_n(rng, 6)}/{y}-{_n(rng, 5)}</td><th>主题分类</th><td>安全生产</td></tr>'
            f'<tr><th>发布机构</th><td>{place}区应急管理局</td><th>成文日期</th><td>{y}-{m}-{sd:02d}</td></tr>'
            f'<tr><th>文　　号</th><td>{place}安委办〔{y}〕{rng.randint(10, 60)}号</td><th>有 效 性</th><td>有效</td></tr>'
            f'<tr><th>标　　题</th><td colspan="3">{esc(art["title"])}</td></tr></table>')
    if visible:
        info = (f'<div class="zwxl-info"><span>来源：{place}区应急管理局</span><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span>'
                f'<span>浏览次数：<script>document.write("{_n(rng, 3)}")</script></span>'
                f'<span class="zh">【字号：<a>大</a>&nbsp;<a>中</a>&nbsp;<a>小</a>】</span></div>')
    else:
        info = (f'<div class="zwxl-info"><span>来源：{place}区应急管理局</span>&nbsp;&nbsp;&nbsp;'
                f'<span>阅读量：<i id="readcount">{_n(rng, 3)}</i></span>&nbsp;&nbsp;&nbsp;<span>【<a>打印</a>】</span></div>')
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><a title="{t}">{t}</a><span>{dd}</span></li>')
    body = (f'<div class="header"><div class="top-bar"><span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span>'
            f'<a>无障碍浏览</a><a>关怀版</a><a>登录</a></div><div class="logo"><img src="/images/logo.png" alt="重庆市{place}区人民政府"></div>'
            f'<ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>应急管理</li></ul></div>'
            f'<div class="crumb">当前位置：<a>首页</a>&gt;<a>区应急管理局</a>&gt;<a>法定主动公开内容</a>&gt;<a>安全生产</a></div>'
            f'<div class="zwxl">{grid}<div class="zwxl-title"><p class="tit">{esc(art["title"])}</p></div>{info}'
            f'<div class="zwxl-article"><div class="view TRS_UEDITOR trs_paper_default trs_web">' + "".join(blocks) + sign + att +
            f'</div></div><div class="zwxl-bottom"><a>打印本页</a><a>关闭窗口</a></div>'
            f'<div class="share">分享到：<a class="bds_weixin"></a><a class="bds_tsina"></a><a class="bds_qzone"></a></div></div>'
            f'<div class="xgwz"><div class="hd">相关阅读</div><ul>{rel}</ul></div>'
            + _gov_foot(rng, f"重庆市{place}区人民政府办公室", f"50011{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}_重庆市{place}区人民政府</title><meta name="SiteName" content="重庆市{place}区人民政府">'
            f'<meta name="ColumnName" content="安全生产"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="{place}区应急管理局">')
    return head, body, url


def tsg_jzyg88(art, rng, others):
    """市 图书馆 portal: p03 a 讲座预告 (a poster with no caption, short heads, 时间：/地点：/主讲人：
    lines and 1. items are body; a 温馨提示 box after the text is not), dated `Y/M/D`; p04 a 讲座回顾
    news with a 图为 photo caption inside the text and a （文/图…） credit, dated `YYYY年MM月DD日`.
    Both carry an 开放时间 strip, 近期活动 list with dates, 上一篇/下一篇."""
    y, m, d = _ymd(art)
    url = f"https://www.cqlib.cn/news/{y}{m}/{_n(rng, 6)}.html"
    pre = art["id"] == "p03"
    blocks = _paras(art["body"], lambda t: f'<p class="MsoNormal" style="text-indent:32px;line-height:28px">{t}</p>',
                    head=lambda t: f'<p style="line-height:28px"><span style="color:#a5372b;font-size:18px"><b>{t}</b></span></p>',
                    kv=lambda k, v: f'<p style="text-indent:32px;line-height:28px"><b>{k}：</b>{v}</p>')
    if pre:
        blocks.insert(0, f'<p style="text-align:center"><img src="/upload/{y}{m}/poster_{_n(rng, 6)}.jpg" width="600"></p>')
        box = ('<div class="tips" style="background:#f7f1e3;padding:12px;margin-top:16px"><p><b>温馨提示</b></p>'
               '<p>1. 讲座开始后请将手机调至静音；</p><p>2. 馆内禁止饮食，请爱护公共设施。</p>'
               '<p>咨询电话：023-6352XXXX（工作日9:00-17:00）</p></div>')
        info = (f'<div class="info"><span>发布时间：{int(y)}/{int(m)}/{int(d)}</span>&nbsp;&nbsp;<span>栏目：讲座预告</span>&nbsp;&nbsp;'
                f'<span>浏览：{_n(rng, 4)}</span></div>')
    else:
        blocks.insert(3, f'<p style="text-align:center"><img src="/upload/{y}{m}/{_n(rng, 8)}.jpg" width="600"></p>'
                         f'<p style="text-align:center"><span style="font-family:楷体">图为讲座现场，居民认真聆听。（{rng.choice(WHO)} 摄）</span></p>')
        box = f'<p style="text-align:right">（文/图 市图书馆宣传推广部 {rng.choice(WHO)}）</p>'
        info = (f'<div class="info"><span>{y}年{m}月{d}日</span>&nbsp;&nbsp;<span>来源：本馆</span>&nbsp;&nbsp;'
                f'<span>浏览：{_n(rng, 4)}</span></div>')
    near = _rel(rng, others, 4, lambda t, dd: f'<li><span class="dt">{dd[5:].replace("-", ".")}</span><a>{t}</a></li>')
    body = (f'<div class="topline"><span>开放时间：周二至周日 9:00-21:00（周一闭馆）</span><a>读者登录</a><a>English</a></div>'
            f'<div class="head"><img src="/images/logo.png" alt="重庆图书馆"><div class="search"><input placeholder="馆藏检索"><a>检索</a></div></div>'
            f'<ul class="menu"><li>首页</li><li>本馆概况</li><li>读者服务</li><li>数字资源</li><li>讲座展览</li><li>地方文献</li></ul>'
            f'<div class="position">您的位置：<a>首页</a> &gt; <a>讲座展览</a> &gt; <a>{"讲座预告" if pre else "活动回顾"}</a></div>'
            f'<div class="article-box"><h2 class="art-title">{esc(art["title"])}</h2>{info}'
            f'<div class="art-con" id="con">' + "".join(blocks) + '</div>' + box +
            f'<div class="pn"><p>上一篇：<a>{esc(others[2][0])}</a></p><p>下一篇：<a>{esc(others[5][0])}</a></p></div></div>'
            f'<div class="sidebar"><h3>近期活动</h3><ul>{near}</ul><div class="wx"><img src="/images/wx.jpg"><p>关注官方微信</p></div></div>'
            f'<div class="foot"><p>地址：重庆市渝中区XX路XX号&nbsp;&nbsp;邮编：400000&nbsp;&nbsp;电话：023-6352XXXX</p>'
            f'<p>版权所有：重庆图书馆&nbsp;&nbsp;渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;渝公网安备{_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])} - 重庆图书馆</title><meta name="keywords" content="讲座,巴渝文化">'
            f'<meta name="description" content="{esc(art["body"][0][:50])}">')
    return head, body, url


def xzf_mssj88(art, rng, others):
    """县政府网 民生实事 on an old GBK ASP layout: a left menu column and a 县长信箱 box, the title in
    `<font>`, text as `&nbsp;`-indented `<p>`s with `<b>` heads, `1.` lines and a table (p05), or as
    `<br>` lines in one cell (p06); p05 a 【发布日期】【来源】【点击数】 bar; p06 the date in a grey `<font>`
    under the title and a later 更新时间 line; 【打印此页】【关闭窗口】, 相关文章."""
    y, m, d = _ymd(art)
    place = art["place"]
    url = f"http://www.{'cqck' if place == '城口' else 'cqwx'}.gov.cn/Article/ShowArticle.asp?ArticleID={_n(rng, 5)}"
    if art["id"] == "p05":
        sp = "&nbsp;" * 4
        text = "".join(_paras(art["body"], lambda t: f'<p>{sp}{t}</p>',
                              head=lambda t: f'<p>{sp}<b>{t}</b></p>')).replace('<td align="center"><p>', '<td align="center"><p><font size="2">').replace("</p></td>", "</font></p></td>")
        info = (f'<tr><td align="center" height="26"><font color="#666666">【发布日期：{y}-{m}-{d}】【来源：县发展改革委】【作者：{rng.choice(WHO)}】'
                f'【点击数：<script language="javascript" src="/Article/GetHits.asp?ArticleID={_n(rng, 5)}"></script>】'
                f'【字体：<a>大</a> <a>中</a> <a>小</a>】</font></td></tr>')
        after = ""
    else:
        text = "<br>".join(f"{IND}{esc(p)}" for p in art["body"])
        info = (f'<tr><td align="center" height="26"><font color="#999999" size="2">{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;'
                f'巫溪县人民政府办公室&nbsp;&nbsp;&nbsp;[<a>我要纠错</a>]</font></td></tr>')
        after = f'<tr><td align="left"><font size="2" color="#999999">更新时间：{y}-{m}-{int(d) + 3:02d} {_hms(rng)}</font></td></tr>'
    rel = _rel(rng, others, 5, lambda t, dd: f'<tr><td height="22">&middot;<a>{t}</a>&nbsp;<font color="#999999">({dd.replace("-", "-")})</font></td></tr>')
    left = ('<table width="220" border="0" cellspacing="0" cellpadding="0" class="left"><tr><td class="ltit">政务公开</td></tr>'
            '<tr><td><a>政府文件</a></td></tr><tr><td><a>民生实事</a></td></tr><tr><td><a>财政预决算</a></td></tr><tr><td><a>人事信息</a></td></tr>'
            '<tr><td class="ltit">县长信箱</td></tr><tr><td><a>我要写信</a>&nbsp;<a>信件查询</a></td></tr></table>')
    body = (f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/Images/top.jpg" width="980" height="160"></td></tr>'
            f'<tr><td class="menu" background="/Images/menubg.gif"><a>首　页</a> | <a>走进{place}</a> | <a>政务公开</a> | <a>网上办事</a> | <a>公众参与</a> | <a>招商引资</a></td></tr></table>'
            f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="220" valign="top">{left}</td>'
            f'<td width="10"></td><td valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">'
            f'<tr><td class="dh" height="30">您现在的位置：<a>{place}县人民政府</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>民生实事</a> &gt;&gt; 正文</td></tr>'
            f'<tr><td align="center" height="60"><font style="font-size:20px" color="#003399"><b>{esc(art["title"])}</b></font></td></tr>{info}'
            f'<tr><td><hr color="#CCCCCC" size="1"></td></tr>'
            f'<tr><td class="content" style="font-size:14px;line-height:200%">{text}</td></tr>{after}'
            f'<tr><td align="right" height="30">【<a href="javascript:window.print()">打印此页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
            f'<tr><td><table width="100%" class="xg"><tr><td class="xgtit">相关文章：</td></tr>{rel}</table></td></tr>'
            f'</table></td></tr></table>'
            f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="copyright"><tr><td align="center" height="80">'
            f'版权所有：{place}县人民政府办公室&nbsp;&nbsp;技术支持：{place}县大数据发展中心<br>'
            f'渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;网站标识码：500{_n(rng, 7)}&nbsp;&nbsp;建议使用1024*768分辨率浏览</td></tr></table>')
    head = (f'<title>{place}县人民政府--{esc(art["title"])}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="keywords" content="民生实事">')
    return head, body, url


def pp_zwh88(art, rng, others):
    """澎湃-like 政务号 article: account name, `YYYY-MM-DD hh:mm`, 来源：澎湃新闻·澎湃号·政务, a 字号
    control, p07 an 编者按 box above the text, bold 坚持… heads and a 图为 photo caption inside
    it; p08 bold 记者： turns and bold-name answers and a 原创 tag; 特别声明 box, 举报, like and comment
    counters, 相关推荐 with dates, app QR, footer; a `__NEXT_DATA__` JSON with pubTime."""
    y, m, d = _ymd(art)
    acct = f"{art['place']}发布"
    url = f"https://www.thepaper.cn/newsDetail_forward_{_n(rng, 8)}"
    t = _hm(rng)
    blocks = _paras(art["body"], lambda x: f"<p>{x}</p>", head=lambda x: f'<p><strong>{x}</strong></p>',
                    turn=lambda q, r: f"<p><strong>{q}：{r}</strong></p>")
    blocks = [b.replace("<p>区农业农村委负责人：", "<p><strong>区农业农村委负责人：</strong>") for b in blocks]
    if art["id"] == "p07":
        note = ('<div class="editor-note" style="border-left:4px solid #00a5eb;padding:8px 12px;background:#f5f8fa">'
                '<p>编者按：基层治理是国家治理的基石。即日起，本号推出“基层治理看合川”系列报道，敬请关注。</p></div>')
        blocks.insert(5, f'<div class="contentImg"><img src="https://imagecloud.thepaper.cn/thepaper/image/{_n(rng, 3)}/{_n(rng, 3)}/{_n(rng, 3)}.jpg"></div>'
                         f'<p class="contentImgDesc" style="text-align:center">图为网格员入户走访。合川区委政法委供图</p>')
        tag = ""
    else:
        note = ""
        tag = '<span class="tag-yc">原创</span>'
    rec = _rel(rng, others, 4, lambda x, dd: f'<div class="rec-item"><a><h2>{x}</h2></a><p><span>{acct}</span><span>{dd}</span></p></div>')
    nd = json.dumps({"props": {"pageProps": {"detailData": {"contentDetail": {
        "name": art["title"], "pubTime": f"{y}-{m}-{d} {t}", "authorInfo": {"sname": acct}}}}}}, ensure_ascii=False)
    body = (f'<div class="header"><a class="logo">澎湃新闻</a><ul class="nav"><li>要闻</li><li>深度</li><li>直播</li><li>视频</li><li>澎湃号</li></ul>'
            f'<a>下载客户端</a><a>登录</a></div>'
            f'<div class="index_wrapper"><div class="index_left">'
            f'<div class="index_crumb">澎湃号·政务 &gt; <a>{acct}</a></div>'
            f'<h1 class="index_title">{esc(art["title"])}</h1>'
            f'<div class="index_headerContent"><div class="ant-space"><div class="ant-space-item">{tag}<a>{acct}</a></div>'
            f'<div class="ant-space-item"><span>{y}-{m}-{d} {t}</span></div><div class="ant-space-item"><span>来源：澎湃新闻·澎湃号·政务</span></div></div>'
            f'<div class="fontsize"><span>字号</span></div></div>{note}'
            f'<div class="index_cententWrap__Jv8jK">' + "".join(blocks) + '</div>'
            f'<div class="statement"><p>特别声明</p><p>本文由澎湃号入驻机构上传发布，内容仅代表该机构观点，不代表本平台立场，本平台仅提供信息发布服务。</p></div>'
            f'<div class="index_bottom"><span>举报</span><span class="like">{rng.randint(3, 90)}</span><span>分享</span></div>'
            f'<div class="comment"><h3>评论（{rng.randint(0, 30)}）</h3><textarea placeholder="我来说两句"></textarea></div></div>'
            f'<div class="index_right"><div class="acct"><p>{acct}</p><p>{esc(art["place"])}区委宣传部官方账号</p><a>+ 订阅</a></div>'
            f'<div class="rec"><h3>相关推荐</h3>{rec}</div>'
            f'<div class="app"><img src="/img/qr.png"><p>扫码下载澎湃新闻客户端</p></div></div></div>'
            f'<div class="footer"><p>关于澎湃 加入澎湃 联系我们 广告合作 法律声明 隐私政策</p>'
            f'<p>Copyright © 2014~{y} 上海东方报业有限公司&nbsp;沪ICP备{_n(rng, 8)}号</p></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{nd}</script>')
    head = (f'<title>{esc(art["title"])}_澎湃号·政务_澎湃新闻-The Paper</title>'
            f'<meta name="Description" content="{esc(art["body"][0][:60])}"><meta property="og:title" content="{esc(art["title"])}">')
    return head, body, url


def slj_mp_hzz88(art, rng, others):
    """区 水利局 公众号 河长制 post: a 点击蓝字 关注 banner, p09 `1.` river sections as separate short
    lines (body) after a `：` line, p10 two 图为-less photo captions and a quoted 目标 (body); a 河长制
    slogan box, 来源/编辑/审核, an END divider, 往期回顾, 阅读原文/点赞/在看 row."""
    y, m, d = _ymd(art)
    acct = f"{art['place']}水利"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    blocks = _paras(art["body"], lambda t: (f'<section style="margin:0 8px;"><p style="text-align:justify;line-height:1.75em;">'
                                            f'<span style="font-size:15px;color:#3f3f3f;">{t}</span></p></section>'))
    if art["id"] == "p10":
        for at, cap in ((2, "巡河人员查看排污口整治情况"), (5, "河长与镇村河长交流岸线管护工作")):
            blocks.insert(at, f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                              f'<p style="text-align:center"><span style="font-size:12px;color:#888888">▲{cap}</span></p>')
        when = f"{y}-{m}-{d} {_hm(rng)}"
    else:
        when = f"{y}年{m}月{d}日 {_hm(rng)}"
    banner = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/banner/0">'
              '<p><span style="font-size:12px;color:#0d7fd4">点击蓝字 关注我们</span></p></section>')
    slogan = ('<section style="background:#e6f3fb;border-radius:6px;padding:12px;margin:18px 0;text-align:center">'
              '<p><strong><span style="color:#0d7fd4">全面推行河长制 共建幸福河湖</span></strong></p></section>')
    who = rng.sample(WHO, 2)
    tail = (f'<p style="text-align:center"><span style="color:#b2b2b2">— END —</span></p>'
            f'<p><span style="font-size:12px;color:#888">来源：{esc(art["place"])}区河长办</span></p>'
            f'<p><span style="font-size:12px;color:#888">编辑：{who[0]}&nbsp;&nbsp;审核：{who[1]}</span></p>')
    rec = _rel(rng, others, 3, lambda t, dd: f'<p><a><span style="font-size:14px;color:#0d7fd4">{t}</span></a></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n          </h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname">'
            f'<a id="js_name">{esc(acct)}</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">{when}</em>'
            f'<em id="js_ip_wording_wrp">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:visible;">' + banner + "".join(blocks)
            + slogan + tail + f'<section><p style="text-align:center"><strong>往期回顾</strong></p>{rec}</section>'
            f'<p style="text-align:center"><span style="font-size:13px">喜欢就点个“在看”吧</span></p></div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 3)}</span>'
            f'<span>分享</span><span>点赞 {rng.randint(5, 80)}</span><span>在看 {rng.randint(1, 30)}</span></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:type" content="article"><script>var ct = "{_epoch(art, _hm(rng))}";var nickname = "{esc(acct)}";</script>')
    return head, body, url


def xx_xyxw_tuji88(art, rng, others):
    """学校 portal 校园新闻 with a 图集: a slideshow above the text (a `1/6` counter, 上一张/下一张,
    captioned thumbnails), the info line 发布者/发布时间/浏览次数, the text in `<p>`s with `&nbsp;`
    runs, a （供稿 摄影 审核） line, 上一条/下一条, a 快速通道 side list, footer."""
    y, m, d = _ymd(art)
    url = f"http://www.cqjbzx.com/info/1012/{_n(rng, 4)}.htm"
    caps = ["开幕式上各班级方阵入场", "男子1500米比赛", "跳高比赛现场", "师生接力赛", "啦啦队为运动员加油", "颁奖仪式"]
    slides = "".join(f'<li><img src="/__local/{_n(rng, 4)}/{_n(rng, 6)}.jpg"><p class="pic-txt">{c}</p></li>' for c in caps)
    gallery = (f'<div class="tuji"><div class="tj-count"><span class="cur">1</span>/<span>{len(caps)}</span></div>'
               f'<a class="prev">上一张</a><ul class="tj-list">{slides}</ul><a class="next">下一张</a></div>')
    text = "".join(f'<p style="text-indent:2em;"><span style="font-family:宋体;font-size:12pt">&nbsp;&nbsp;{esc(p)}</span></p>'
                   for p in art["body"])
    who = rng.sample(WHO, 2)
    body = (f'<div class="top"><img src="/images/logo.png" alt="重庆市江北中学校"><ul class="nav"><li>学校首页</li><li>学校概况</li>'
            f'<li>校园新闻</li><li>德育天地</li><li>教学科研</li><li>招生信息</li></ul></div>'
            f'<div class="main"><div class="left-nav"><h3>校园新闻</h3><ul><li>学校要闻</li><li>校园动态</li><li>媒体聚焦</li></ul>'
            f'<h3>快速通道</h3><ul><li>校长信箱</li><li>校历</li><li>图书馆</li></ul></div>'
            f'<div class="right-con"><div class="dqwz">当前位置: <a>首页</a>&gt;&gt;<a>校园新闻</a>&gt;&gt;正文</div>'
            f'<form name="_newscontent_fromname"><h1 align="center">{esc(art["title"])}</h1>'
            f'<div class="xx" align="center">发布者：党政办&nbsp;&nbsp;&nbsp;&nbsp;发布时间：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;'
            f'浏览次数：<script>_showDynClicks("wbnews", {_n(rng, 10)}, {_n(rng, 4)})</script></div>'
            f'{gallery}<div id="vsb_content"><div class="v_news_content">{text}'
            f'<p style="text-align:right">（供稿：体育组&nbsp;&nbsp;摄影：{who[0]}&nbsp;&nbsp;审核：{who[1]}）</p></div></div>'
            f'<div class="pn"><p>上一条：<a>{esc(others[0][0])}</a></p><p>下一条：<a>{esc(others[3][0])}</a></p></div>'
            f'<div class="close"><a href="javascript:window.close()">【关闭】</a></div></form></div></div>'
            f'<div class="foot"><p>版权所有 © 重庆市江北中学校&nbsp;&nbsp;地址：重庆市江北区XX路XX号</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1&nbsp;&nbsp;渝公网安备{_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}-重庆市江北中学校</title><meta name="description" content="{esc(art["body"][0])}">')
    return head, body, url


def db_epaper_llb88(art, rng, others):
    """党报 e-paper 理论版 (GBK): banner with date and weekday, 版次 bar (上一版/下一版/PDF), 版面 list,
    an 编者按 above the headline, a byline of three authors, the text as `　　` `<br>` lines in one div
    with plain 坚持… head lines, a （作者单位…） footnote and a （本文系…成果） note, 本版编辑, copyright."""
    y, m, d = _ymd(art)
    url = f"https://epaper.yuzhoudaily.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    text = "<br />\n".join(f"{IND}{esc(p)}" for p in art["body"])
    who = rng.sample(WHO, 3)
    pages = "".join(f'<li><a>第{i:03d}版：{n}</a></li>' for i, n in
                    enumerate(("要闻", "要闻", "区县", "经济", "理论", "文化"), start=1))
    body = (f'<div class="banner"><img src="../../../images/masthead.gif" alt="渝州日报"><span class="date">{y}年{m}月{d}日&nbsp;{_week(art)}</span>'
            f'<span>渝州日报社主办</span></div>'
            f'<div class="bcbar"><span>第005版：理论</span>&nbsp;&nbsp;<a>上一版</a>&nbsp;<a>下一版</a>&nbsp;'
            f'<a href="../../../page/{y}-{m}/{d}/05/{y}{m}{d}05_pdf.pdf">PDF版下载</a>&nbsp;<a>往期回顾</a></div>'
            f'<table width="100%"><tr><td class="left" valign="top"><div class="bm"><img src="../../../page/{y}-{m}/{d}/05/s.jpg" usemap="#PagePicMap"></div>'
            f'<ul class="bmlist">{pages}</ul><div class="bbwz"><h4>本版文章</h4><ul>'
            + _rel(rng, others, 3, lambda t, dd: f"<li><a>{t}</a></li>") + '</ul></div></td>'
            f'<td class="right" valign="top"><div class="article">'
            f'<p class="bza">编者按：推动县域经济高质量发展，是贯彻新发展理念的重要实践。本版今日刊发市委党校课题组的研究文章，以飨读者。</p>'
            f'<h1>{esc(art["title"])}</h1><p class="author">□ {who[0]}&nbsp;&nbsp;{who[1]}&nbsp;&nbsp;{who[2]}</p>'
            f'<div id="ozoom" class="ozoom">{text}<br />\n{IND}（作者单位：中共重庆市委党校经济学教研部）<br />\n'
            f'{IND}（本文系市社会科学规划项目“县域经济高质量发展路径研究”阶段性成果）</div>'
            f'<p class="bbbj">本版编辑：{rng.choice(WHO)}&nbsp;&nbsp;美编：{rng.choice(WHO)}</p>'
            f'<div class="sxp"><a>上一篇</a>&nbsp;&nbsp;<a>下一篇</a>&nbsp;&nbsp;<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="foot">渝州日报社 版权所有 本网站所刊登的各种新闻、信息，未经协议授权，禁止下载使用</div>')
    head = (f'<title>渝州日报数字报-{esc(art["title"])}</title><meta name="keywords" content="理论 县域经济">')
    return head, body, url


TEMPLATES = {"yjj_sgtb88": yjj_sgtb88, "tsg_jzyg88": tsg_jzyg88, "xzf_mssj88": xzf_mssj88, "pp_zwh88": pp_zwh88,
             "slj_mp_hzz88": slj_mp_hzz88, "xx_xyxw_tuji88": xx_xyxw_tuji88, "db_epaper_llb88": db_epaper_llb88}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages88", TEMPLATES, lambda art: "held-apart")


if __name__ == "__main__":
    main()
