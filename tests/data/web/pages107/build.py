"""Build the hundred-and-seventh saved-page set (``pages107``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 发改委 portal 价格监测 报告 with a price table and a
节前巡查 news page (``fgw_jgjc107``), a 市 气象局 公众号 天气预报 post and a 首席预报员 interview
(``qxj_mp_tqyb107``), a 县政府网 政府信息公开 年度报告 on an old table layout (``xzf_zwgknb107``), a
人民日报客户端-like 地方 通讯 share page (``rmrbkhd_dftx107``), a 区 人社局 portal 招聘会 公告 with a 岗位 list
and a 招聘会 news page (``rsj_zphgg107``), a 街道 公众号 党史 宣讲 post (``xz_mp_dsxj107``) and a 区报
e-paper 副刊版 with a 散文 and a 组诗 (``qb_fksw107``). ``articles.txt`` holds the title, date and
reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages107/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["何晓琳", "邓国强", "冉秋月", "刘志成", "陶雪梅", "程思远", "黄建平", "吴佳怡", "蒋文斌"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "（一）", "（二）", "（三）", "（四）")
PUNCT = "。，；：　！？“”、"


def _row(p: str) -> bool:
    """A data-table row inside the text: cells joined by single spaces, no sentence punctuation."""
    return " " in p and not any(c in p for c in "。，；：　！？")


def _numhead(p: str) -> bool:
    """A numbered subheading (``一、…``, ``（一）…``) inside the text."""
    return p.startswith(NUM_HEADS)


def _barehead(p: str) -> bool:
    """An unnumbered short subheading: no sentence punctuation except one comma, under 20 characters."""
    return len(p) <= 20 and not _row(p) and not any(c in p for c in "。；：！？“”、") and p.count("，") <= 1


def _table(rows, attrs='class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f"<table {attrs}><tbody>" + "".join(
        "<tr>" + "".join(f'<td style="text-align:center"><p align="center"><span style="font-size:14px">{esc(c)}</span></p></td>'
                         for c in r.split(" ")) + "</tr>" for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, is_head=_numhead, turn=None, table=_table) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table, heads (``is_head``) and
    ``name：`` turns through their wrappers, other lines through ``para``."""
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
        if head and is_head(p):
            out.append(head(esc(p)))
        elif turn and "：" in p[:5]:
            q, rest = p.split("：", 1)
            out.append(turn(esc(q), esc(rest)))
        else:
            out.append(para(esc(p)))
    return out


def _rel(rng, others, k, fmt) -> str:
    """A related-articles list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="foot"><div class="foot-links"><a>网站地图</a> | <a>联系我们</a> | <a>纠错</a> | <a>网站声明</a></div>'
            f'<p>主办单位：{host}&nbsp;&nbsp;&nbsp;承办：{host}办公室&nbsp;&nbsp;联系电话：023-{_n(rng, 8)}</p>'
            f'<p>网站标识码：{code}&nbsp;&nbsp;<a>渝ICP备{_n(rng, 8)}号-1</a>&nbsp;&nbsp;<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p>'
            f'<div class="dzjg"><img src="/images/red.png" alt="党政机关"><img src="/images/zfjc.png" alt="政府网站找错"></div></div>')


def fgw_jgjc107(art, rng, others):
    """区 发改委 portal: p01 (GBK) a 价格监测 报告 under an 信息公开 grid (成文日期 the day before), glued info
    spans with a `<script>` counter and 【字体：大 中 小】, bold 一、 and （一） heads, a MsoNormalTable of prices
    (rows are body), a right-aligned 落款 + date (not body), an 更新时间 line under the text; p02 a 巡查 news
    page with no visible date (meta PubDate and the URL only), a numbered list of places, a photo + caption."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    host = "大渡口区" if p01 else "沙坪坝区"
    col = "jgjc" if p01 else "gzdt"
    url = f"http://www.{'cqdd' if p01 else 'cqspb'}.gov.cn/bm/qfzggw/zwxx_{_n(rng, 5)}/{col}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2em">{t}</p>',
                    head=lambda t: (f'<p style="text-indent:2em"><strong>{t}</strong></p>' if t.startswith(("一、", "二、", "三、", "四、"))
                                    else f'<p>　　<b><font face="楷体_GB2312">{t}</font></b></p>'))
    if p01:
        grid = (f'<div class="xxgk_table"><table width="100%" border="0"><tr><td class="t">索 引 号：</td><td>11500104MB{_n(rng, 7)}/{y}-00{rng.randint(100, 999)}</td>'
                f'<td class="t">主题分类：</td><td>价格</td></tr><tr><td class="t">发布机构：</td><td>大渡口区发展改革委</td>'
                f'<td class="t">成文日期：</td><td>{y}-{m}-{int(d) - 1:02d}</td></tr><tr><td class="t">标　　题：</td>'
                f'<td colspan="3">{esc(art["title"])}</td></tr><tr><td class="t">发文字号：</td><td></td><td class="t">发布日期：</td>'
                f'<td>{y}-{m}-{d}</td></tr></table></div>')
        info = (f'<div class="zwxl-info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：区发展改革委</span>'
                f'<span>浏览量：<script>document.write({_n(rng, 3)}+1)</script></span>'
                f'<span class="fontsize">【字体：<a>大</a>&nbsp;<a>中</a>&nbsp;<a>小</a>】</span></div>')
        tail = (f'<p style="text-align:right">大渡口区发展和改革委员会</p>'
                f'<p style="text-align:right">{y}年{int(m)}月{int(d) - 1}日</p>')
        after = f'<div class="gxsj">更新时间：{y}-{m}-{int(d) + 3:02d}</div>'
    else:
        grid = ""
        blocks.insert(2, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                         f'<p style="text-align:center">图为巡查人员在农贸市场查看蔬菜价格公示牌。（区发展改革委供图）</p>')
        info = (f'<div class="zwxl-info"><span>来源：区发展改革委</span>&nbsp;&nbsp;&nbsp;<span>作者：{rng.choice(WHO)}</span>'
                f'&nbsp;&nbsp;&nbsp;<span>阅读次数：<i id="hits">{_n(rng, 3)}</i></span>&nbsp;&nbsp;&nbsp;'
                f'<span class="fontsize">【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = ""
        after = ""
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><a>{t}</a><span class="date">[{dd}]</span></li>')
    body = (f'<div class="top"><div class="top-in"><span>{y}年{int(m)}月{int(d)}日</span> <a>无障碍浏览</a> <a>关怀版</a> <a>繁體</a></div></div>'
            f'<div class="banner"><img src="/images/banner.jpg" alt="{host}人民政府"></div>'
            f'<div class="menu"><ul class="nav"><li>首页</li><li>要闻动态</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进{host}</li></ul></div>'
            f'<div class="dqwz">您当前的位置：<a>首页</a>&gt;<a>区发展改革委</a>&gt;<a>{"价格监测" if p01 else "工作动态"}</a></div>'
            f'<div class="zwxl">{grid}<div class="zwxl-title"><p class="tit">{esc(art["title"])}</p></div>{info}'
            f'<div class="zwxl-article"><div class="TRS_Editor"><div class="zw">' + "".join(blocks) + tail + '</div></div></div>'
            f'{after}<div class="zwxl-tool"><div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<a href="javascript:window.print()">打印本页</a>&nbsp;&nbsp;<a href="javascript:window.close()">关闭窗口</a></div>'
            f'<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机上查看当前页面</p></div>'
            f'<div class="xgxx"><div class="xgxx-t">相关阅读</div><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, f"重庆市{host}人民政府办公室", f"50010{'4' if p01 else '6'}0{_n(rng, 3)}"))
    head = (f'<title>{esc(art["title"])}-{host}人民政府</title><meta name="SiteName" content="{host}人民政府">'
            f'<meta name="ColumnName" content="{"价格监测" if p01 else "工作动态"}">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ContentSource" content="区发展改革委"><meta name="Keywords" content="价格,监测">')
    return head, body, url


def qxj_mp_tqyb107(art, rng, others):
    """市 气象局 公众号: p03 a 天气预报 post with a `点击上方蓝字` kicker, a forecast `<section>` table (rows are
    body), dates inside the text that are not the publication date, a 防暑小贴士 box after the text (not body),
    `publish_time` `YYYY-MM-DD hh:mm`; p04 a 首席预报员 interview with bold `记者：` turns and `刘明远：` answers,
    a photo with a `▲` caption, no visible date (the script's `ct` only); 来源/编辑/审核, 往期推荐, 阅读原文 row."""
    y, m, d = _ymd(art)
    p03 = art["id"] == "p03"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)

    def table(rows):
        return ('<section style="margin:8px 0;overflow-x:auto"><table style="width:100%;border-collapse:collapse;text-align:center"><tbody>' + "".join(
            "<tr>" + "".join(f'<td style="border:1px solid #4a90e2;padding:5px 2px"><span style="font-size:14px;color:#333">{esc(c)}</span></td>'
                             for c in r.split(" ")) + "</tr>" for r in rows) + "</tbody></table></section>")

    blocks = _paras(art["body"], lambda x: f'<p style="line-height:1.75em;margin-bottom:10px"><span style="font-size:15px;letter-spacing:1px">{x}</span></p>',
                    turn=lambda q, r: (f'<p style="line-height:1.75em"><strong><span style="color:#1e6fd9">{q}：</span></strong><strong>{r}</strong></p>' if q == "记者"
                                       else f'<p style="line-height:1.75em"><span style="color:#1e6fd9">{q}</span>：{r}</p>'),
                    table=table)
    if p03:
        blocks.insert(1, f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640?wx_fmt=png"></section>'
                         '<p style="text-align:center"><span style="font-size:12px;color:#999">全市最高气温预报图</span></p>')
        box = ('<section style="border:1px dashed #f39c12;padding:10px;margin-top:15px;background:#fffaf0">'
               '<p style="text-align:center"><strong>防暑小贴士</strong></p>'
               '<p><span style="font-size:14px">1.多喝水，不要等口渴了才喝；</span></p>'
               '<p><span style="font-size:14px">2.尽量避免在11时至16时外出；</span></p>'
               '<p><span style="font-size:14px">3.出现头晕、恶心等症状，及时到阴凉处休息。</span></p></section>')
    else:
        blocks.insert(1, f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></section>'
                         '<p style="text-align:center"><span style="font-size:12px;color:#999">▲刘明远（右）在天气会商中分析雨情</span></p>')
        box = ""
    kicker = ('<section style="text-align:center"><p><span style="color:#1e6fd9;font-size:13px">点击上方蓝字 关注重庆气象</span></p></section>')
    tail = (f'{box}<p style="font-size:12px;color:#999;margin-top:20px">来源：重庆市气象台</p>'
            f'<p style="font-size:12px;color:#999">编辑：{rng.choice(WHO)}<br>审核：{rng.choice(WHO)}</p>'
            f'<section><p style="text-align:center"><strong>— 往期推荐 —</strong></p>' + _rel(rng, others, 3, lambda a, b: f'<p><a style="color:#576b95">{a}</a></p>') + '</section>'
            '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/qxqr.gif"><p><span style="font-size:12px">长按识别二维码 关注重庆气象</span></p></section>')
    date_el = (f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>' if p03
               else '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>')
    orig = '<span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>' if not p03 else ""
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n{esc(art["title"])}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">{orig}<span class="rich_media_meta rich_media_meta_text">首席预报员</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">重庆气象</a></span>{date_el}'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">{kicker}' + "".join(blocks) + tail + '</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span><span>收藏</span><span>点赞 {rng.randint(10, 99)}</span><span>在看 {rng.randint(3, 50)}</span></div>'
            f'<div class="rich_media_extra"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "重庆气象"; var msg_title = "{esc(art["title"])}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:type" content="article"><meta name="description" content="{esc(art["body"][0][:40])}">')
    return head, body, url


def xzf_zwgknb107(art, rng, others):
    """县政府网 政府信息公开 年度报告 (GBK) on an old table layout: a 信息公开 grid (生成日期 two days before,
    发布日期), the text as `<br>`-separated `&nbsp;` lines in one `<div>` with `<b>` 一、 and `<font>` （一） heads,
    the statistics table (rows are body), a 落款 + date (not body), a 相关附件 line (not body), a date range in
    the text and a year in the title that are not the publication date; left column menu, footer table."""
    y, m, d = _ymd(art)
    url = f"http://www.cqck.gov.cn/zwgk_{_n(rng, 3)}/zfxxgkndbg/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    parts = []
    rows = []
    for p in art["body"] + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            parts.append("</div>" + _table(rows, 'border="1" cellspacing="0" cellpadding="3" width="95%" align="center" bordercolor="#999999"')
                         + '<div class="bt_content" style="font-size:14px;line-height:26px">')
            rows = []
        if p is None:
            break
        if p.startswith(("一、", "二、", "三、", "四、")):
            parts.append(f"<br>&nbsp;&nbsp;&nbsp;&nbsp;<b>{esc(p)}</b>")
        elif p.startswith("（"):
            parts.append(f'<br>&nbsp;&nbsp;&nbsp;&nbsp;<font face="楷体_GB2312">{esc(p)}</font>')
        else:
            parts.append(f"<br>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}")
    text = ('<div class="bt_content" style="font-size:14px;line-height:26px">' + "".join(parts)
            + f'<br><br><div align="right">城口县人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;<br>{y}年{int(m)}月{int(d) - 2}日&nbsp;&nbsp;&nbsp;&nbsp;</div></div>')
    menu = "".join(f'<tr><td height="28" class="left_menu">·<a>{x}</a></td></tr>' for x in
                   ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"])
    grid = (f'<table width="96%" border="1" cellspacing="0" cellpadding="4" bordercolor="#d9d9d9" class="xxgk">'
            f'<tr><td width="15%">索引号：</td><td width="35%">{_n(rng, 9)}/{y}-0{_n(rng, 4)}</td><td width="15%">信息分类：</td><td>政府信息公开年报</td></tr>'
            f'<tr><td>发布机构：</td><td>城口县人民政府办公室</td><td>生成日期：</td><td>{y}-{m}-{int(d) - 2:02d}</td></tr>'
            f'<tr><td>名　　称：</td><td colspan="3">{esc(art["title"])}</td></tr>'
            f'<tr><td>文　　号：</td><td></td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
    body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="../../images/top_banner.jpg" width="1000" height="150"></td></tr>'
            f'<tr><td class="nav" height="36"><a>首页</a>&nbsp;|&nbsp;<a>走进城口</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>办事服务</a>&nbsp;|&nbsp;<a>互动交流</a></td></tr></table>'
            f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td width="220" valign="top"><table width="100%"><tr><td class="left_tit">政务公开</td></tr>{menu}</table></td>'
            f'<td width="10"></td><td valign="top"><table width="100%"><tr><td class="weizhi" height="30">您现在的位置：<a>首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>政府信息公开年报</a></td></tr>'
            f'<tr><td align="center">{grid}</td></tr>'
            f'<tr><td align="center" class="title" height="50"><font size="4" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="info">【字体：<a>大</a> <a>中</a> <a>小</a>】&nbsp;&nbsp;点击数：<script>document.write("{_n(rng, 3)}");</script></td></tr>'
            f'<tr><td>{text}</td></tr>'
            f'<tr><td class="fj">相关附件：<a href="./P0{y}{m}{d}{_n(rng, 5)}.pdf">城口县人民政府{int(y) - 1}年政府信息公开工作年度报告.pdf</a></td></tr>'
            f'<tr><td align="right"><a href="javascript:window.print()">【打印此页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
            f'</table></td></tr></table>'
            f'<table width="1000" border="0" align="center" class="footer"><tr><td align="center">版权所有：城口县人民政府办公室&nbsp;&nbsp;'
            f'技术支持：城口县大数据发展中心<br>渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：5002290{_n(rng, 3)}</td></tr></table>')
    head = (f'<title>{esc(art["title"])}--城口县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="政府信息公开年报">')
    return head, body, url


def rmrbkhd_dftx107(art, rng, others):
    """人民日报客户端-like 地方 通讯 share page: an 打开APP banner, a 【…】 column kicker above the headline (not
    body), an info line with the 客户端 channel, reporter and time (p06 `YYYY-MM-DD hh:mm`, p07
    `YYYY年MM月DD日 hh:mm`), p06 bold unnumbered heads with a comma and a photo + `图为…（…摄）` caption, p07 a
    video player above the text and a one-sentence paragraph; 来源：人民日报客户端, 责编, 版权声明, 相关推荐 with
    dates, comment counter, 下载 banner."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    t = _hm(rng)
    url = f"https://wap.peopleapp.com/article/{_n(rng, 7)}/{_n(rng, 7)}"
    heads = {"抓住品种改良，让老茶园焕发新活力", "延伸产业链条，让好茶叶卖出好价钱", "茶旅融合，让茶园变成景区"}
    blocks = _paras(art["body"], lambda x: f'<p>{x}</p>', head=lambda x: f'<p><strong>{x}</strong></p>', is_head=lambda p: p in heads)
    who = rng.choice(WHO)
    if p06:
        blocks.insert(4, f'<p style="text-align:center"><img src="https://rmrbcmsonline.peopleapp.com/upload/image/{y}{m}/{_n(rng, 12)}.jpg"></p>'
                         f'<p style="text-align:center">图为凯堡村村民在茶园采摘春茶。人民日报记者　{who}摄</p>')
        info = f'<div class="info"><span class="src">人民日报客户端重庆频道</span>　<span class="au">记者　{who}</span>　<span class="tm">{y}-{m}-{d} {t}</span></div>'
        player = ""
    else:
        info = (f'<div class="info"><span class="src">人民日报客户端</span><span class="au">人民日报记者 {who}</span>'
                f'<span class="tm">{y}年{m}月{d}日 {t}</span><span class="region">重庆</span></div>')
        player = (f'<div class="video-box"><video src="https://rmrbcmsonline.peopleapp.com/upload/video/{_n(rng, 10)}.mp4" poster="/img/p.jpg" controls></video>'
                  f'<div class="v-tip"><span class="dur">01:{rng.randint(10, 59)}</span><span>视频：潼南柠檬基地的一天</span></div></div>')
    rel = _rel(rng, others, 4, lambda a, b: f'<li><a><p class="t">{a}</p><p class="s">人民日报客户端　{b}</p></a></li>')
    body = (f'<div class="open-app-top"><img src="/img/logo.png"><span>人民日报</span><span>有品质的新闻</span><a class="btn">打开APP</a></div>'
            f'<div class="article-box"><div class="column-tag">【{"乡村振兴一线见闻" if p06 else "新时代 新农人"}】</div>'
            f'<h1 class="article-title">{esc(art["title"])}</h1>{info}{player}'
            f'<div class="article-content" id="articleContent">' + "".join(blocks) + '</div>'
            f'<div class="source">来源：人民日报客户端</div><div class="editor">（责编：{rng.choice(WHO)}、{rng.choice(WHO)}）</div>'
            f'<div class="copyright">版权声明：本文系人民日报客户端原创稿件，未经授权不得转载，违者将依法追究责任。</div>'
            f'<div class="tools"><span class="like">点赞 {rng.randint(100, 999)}</span><span class="comment">评论 {rng.randint(5, 90)}</span><span class="share">分享</span></div></div>'
            f'<div class="recommend"><div class="rt">相关推荐</div><ul>{rel}</ul></div>'
            f'<div class="open-app-bottom">打开人民日报客户端，阅读更多精彩内容<a class="btn">立即下载</a></div>')
    head = (f'<title>{esc(art["title"])}</title><meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<meta name="description" content="{esc(art["body"][0][:50])}"><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:site_name" content="人民日报客户端">')
    return head, body, url


def rsj_zphgg107(art, rng, others):
    """区 人社局 portal: p08 a 招聘会 公告 (info spans with `&nbsp;` separators, `发布日期：YYYY年MM月DD日`), bold
    一、 heads, bold `时间：`/`地点：` labels, `1.…` 企业/岗位 items and a 咨询电话 line (body), a 落款 + date and an
    附件 list (not body); p09 (GBK) a news page with a `<td>` info row `YYYY/M/D 来源 【打印】【关闭】`, a photo +
    `<font>` caption inside the text, an 更新时间 line later than the publication; 相关链接 with dates, footer."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    host = "巴南区" if p08 else "綦江区"
    url = f"http://www.{'cqbn' if p08 else 'cqqj'}.gov.cn/bm/rlsbj/zwgk_{_n(rng, 5)}/{'tzgg' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    if p08:
        def para(x):
            for lab in ("时间：", "地点：", "咨询电话："):
                if x.startswith(lab):
                    return f'<p style="text-indent:2em"><strong>{lab}</strong>{x[len(lab):]}</p>'
            return f'<p style="text-indent:2em">{x}</p>'
        blocks = _paras(art["body"], para, head=lambda x: f'<p style="text-indent:2em"><strong>{x}</strong></p>')
        blocks += [f'<p style="text-align:right">重庆市巴南区人力资源和社会保障局</p>',
                   f'<p style="text-align:right">{y}年{int(m)}月{int(d)}日</p>',
                   f'<p>附件：1.<a href="./P0{y}{m}{d}{_n(rng, 6)}.xlsx">2024年“春风行动”招聘会参会企业岗位信息表.xlsx</a></p>',
                   f'<p>　　　2.<a href="./P0{y}{m}{d}{_n(rng, 6)}.docx">求职登记表.docx</a></p>']
        info = (f'<div class="xl_info"><span>发布日期：{y}年{m}月{d}日</span>&nbsp;&nbsp;&nbsp;&nbsp;<span>信息来源：区人力社保局</span>'
                f'&nbsp;&nbsp;&nbsp;&nbsp;<span>浏览次数：<em id="view">{_n(rng, 4)}</em></span>&nbsp;&nbsp;&nbsp;&nbsp;'
                f'<span>字号：<a>大</a>&nbsp;<a>中</a>&nbsp;<a>小</a></span></div>')
        rel = _rel(rng, others, 4, lambda a, b: f'<li><span class="r">{b}</span><a>{a}</a></li>')
        body = (f'<div class="header"><img src="/images/logo.png" alt="{host}人力资源和社会保障局"><div class="search"><input type="text" value="请输入关键词"><a>搜索</a></div></div>'
                f'<div class="nav"><ul><li>首页</li><li>机构概况</li><li>通知公告</li><li>就业创业</li><li>社会保障</li><li>劳动关系</li><li>人事人才</li></ul></div>'
                f'<div class="crumb">当前位置：<a>首页</a> &gt; <a>通知公告</a></div>'
                f'<div class="xl_con"><h2 class="xl_title">{esc(art["title"])}</h2>{info}'
                f'<div class="xl_text TRS_UEDITOR">' + "".join(blocks) + '</div>'
                f'<div class="xl_bot"><a>【打印本页】</a>&nbsp;<a>【关闭窗口】</a></div>'
                f'<div class="xl_rel"><h4>相关链接</h4><ul>{rel}</ul></div></div>'
                + _gov_foot(rng, f"重庆市{host}人力资源和社会保障局", f"5001130{_n(rng, 3)}"))
    else:
        blocks = _paras(art["body"], lambda x: f'<p>　　{x}</p>')
        blocks.insert(2, f'<p align="center"><img src="/uploadfiles/{y}{m}/{_n(rng, 10)}.jpg" border="0" width="550"></p>'
                         f'<p align="center"><font color="#0000ff" face="楷体_GB2312">图为招聘会现场。（区人力社保局供图）</font></p>')
        rel = _rel(rng, others, 4, lambda a, b: f'<tr><td>·<a>{a}</a></td><td width="90">{b}</td></tr>')
        body = (f'<table width="980" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td><img src="/images/head.jpg"></td></tr>'
                f'<tr><td class="menu"><a>首页</a> <a>新闻动态</a> <a>通知公告</a> <a>政策法规</a> <a>办事指南</a> <a>在线咨询</a></td></tr></table>'
                f'<table width="980" align="center" border="0"><tr><td class="wz">当前位置：首页 &gt; 新闻动态 &gt; 工作动态</td></tr>'
                f'<tr><td align="center" class="bt"><h3>{esc(art["title"])}</h3></td></tr>'
                f'<tr><td align="center" class="xx">{y}/{int(m)}/{int(d)}&nbsp;&nbsp;来源：区人力社保局&nbsp;&nbsp;作者：{rng.choice(WHO)}&nbsp;&nbsp;【<a>打印</a>】【<a>关闭</a>】</td></tr>'
                f'<tr><td class="nr"><div id="zoom">' + "".join(blocks) + '</div></td></tr>'
                f'<tr><td class="gx" align="right">更新时间：{y}/{int(m)}/{int(d) + 2} {_hms(rng)}</td></tr>'
                f'<tr><td><table width="100%" class="xglj"><tr><td colspan="2"><b>相关链接</b></td></tr>{rel}</table></td></tr></table>'
                f'<table width="980" align="center" class="foot"><tr><td align="center">主办：重庆市{host}人力资源和社会保障局　地址：綦江区文龙街道{rng.randint(10, 99)}号<br>'
                f'渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</td></tr></table>')
    head = (f'<title>{esc(art["title"])}_{host}人力资源和社会保障局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ContentSource" content="区人力社保局">')
    return head, body, url


def xz_mp_dsxj107(art, rng, others):
    """街道 公众号 党史宣讲 post: an 编者按 box above the text (not body), bold `时间：`/`地点：`/`参加人员：` lines,
    two ornament heads whose `01`/`02` numbers stand in their own `<section>` (number not body, head body), two
    `▲` captions, a centred red slogan, 供稿/编辑/审核 lines, 往期回顾, QR, 阅读原文 row; `publish_time`
    `YYYY年M月D日 hh:mm`."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    heads = ["讲好红色故事", "唱响时代新声"]
    out = []
    for p in art["body"]:
        e = esc(p)
        if p in heads:
            k = heads.index(p) + 1
            out.append(f'<section style="text-align:center;margin:20px 0 10px"><section style="display:inline-block;background:#c00;color:#fff;border-radius:50%;width:28px">'
                       f'<p>0{k}</p></section><section><p><strong><span style="color:#c00;font-size:17px">{e}</span></strong></p></section></section>')
        elif "：" in p[:6] and p.split("：")[0] in ("时间", "地点", "参加人员"):
            a, b = e.split("：", 1)
            out.append(f'<p style="line-height:2em"><strong><span style="color:#c00">{a}：</span></strong><span>{b}</span></p>')
        elif p.endswith("！"):
            out.append(f'<p style="text-align:center"><strong><span style="color:#c00;font-size:18px">{e}</span></strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:2em"><span style="font-size:15px">{e}</span></p>')
        if p.startswith("宣讲员") or p.startswith("宣讲结束后"):
            out.append(f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></section>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{"▲老党员周德华在院坝宣讲" if p.startswith("宣讲员") else "▲村文艺队表演快板"}</span></p>')
    bza = ('<section style="border-left:4px solid #c00;background:#fdf2f2;padding:10px;margin-bottom:15px">'
           '<p><strong>编者按</strong></p><p><span style="font-size:14px">为推动党史学习教育常态化，街道持续开展“党史宣讲进院坝”活动。'
           '今天，我们一起走进三合村的院坝宣讲现场。</span></p></section>')
    tail = (f'<p style="font-size:12px;color:#999;margin-top:20px">供稿：三合村<br>编辑：{rng.choice(WHO)}<br>审核：{rng.choice(WHO)}</p>'
            f'<section><p><strong>往期回顾</strong></p>' + _rel(rng, others, 3, lambda a, b: f'<p>▶ <a>{a}</a></p>') + '</section>'
            '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/gxqr.png"><p>长按关注 桂溪发布</p></section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">桂溪发布</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">{bza}' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 3)}</span><span>分享</span>'
            f'<span>收藏</span><span>点赞 {rng.randint(5, 60)}</span><span>在看 {rng.randint(2, 30)}</span></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "桂溪发布";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def qb_fksw107(art, rng, others):
    """区报 e-paper 副刊版 (第04版：濑溪河): p11 (GBK) a 散文 whose paragraphs are `<br>`-separated `　　` lines in
    one `<div>` on an old table layout, a `□ 作者` line above and an 作者简介 after (not body); p12 a 组诗 on a
    newer layout, each poem line a `<p>`, the poems' titles bold (body), an `◎ 作者` line, a 作者简介 (not body);
    both dated by the masthead (`YYYY年M月D日　星期X` / `YYYY-MM-DD`) and the URL; 版次 selectors, PDF,
    本版标题 list, 上一篇/下一篇, copyright."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    who = rng.choice(WHO)
    url = f"http://epaper.rongchang.gov.cn/rcb/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    jj = ("作者简介：" + who + "，荣昌区作家协会会员，作品散见于《重庆日报》《红岩》等报刊。") if p11 else \
         ("◎作者简介：" + who + "，中学语文教师，业余从事诗歌创作。")
    if p11:
        text = "<br>".join(f"　　{esc(p)}" for p in art["body"])
        titles = [art["title"], "春到濑溪河（组诗）", "副刊征稿启事"]
        body = (f'<table width="1024" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="masthead">'
                f'<img src="../../../images/rcb_logo.gif"><span class="date">{y}年{int(m)}月{int(d)}日　{_week(art)}</span></td></tr>'
                f'<tr><td class="banci">第04版：濑溪河&nbsp;&nbsp;<a>上一版</a>&nbsp;&nbsp;<a>下一版</a>&nbsp;&nbsp;<a href="../../../page/{y}-{m}/{d}/04/rcb{y}{m}{d}04.pdf">PDF下载</a>'
                f'&nbsp;&nbsp;<a>往期回顾</a></td></tr></table>'
                f'<table width="1024" border="0" align="center"><tr><td width="330" valign="top"><img src="../../../page/{y}-{m}/{d}/04/rcb04_b.jpg" usemap="#PagePicMap">'
                f'<table width="100%" class="bbt"><tr><td><b>本版标题导航</b></td></tr>' + "".join(f"<tr><td>·<a>{esc(x)}</a></td></tr>" for x in titles) + '</table></td>'
                f'<td valign="top"><table width="100%"><tr><td align="center" class="bt1"><b>{esc(art["title"])}</b></td></tr>'
                f'<tr><td align="center" class="zz">□ {who}</td></tr>'
                f'<tr><td class="nr"><div id="ozoom" style="font-size:14px;line-height:24px"><!--enpcontent-->{text}<!--/enpcontent--></div></td></tr>'
                f'<tr><td class="jj"><font color="#666666">{esc(jj)}</font></td></tr>'
                f'<tr><td class="sxp"><a>上一篇</a>　<a>下一篇</a></td></tr></table></td></tr></table>'
                f'<table width="1024" align="center" class="foot"><tr><td align="center">荣昌报社版权所有　未经许可不得转载<br>渝ICP备{_n(rng, 8)}号</td></tr></table>')
        head = f'<title>荣昌报-第04版：濑溪河-{esc(art["title"])}</title>'
    else:
        titles = {"河岸", "油菜花", "老桥"}
        paras = "".join(f'<p style="text-align:center"><strong>{esc(p)}</strong></p>' if p in titles else f'<p style="text-indent:6em">{esc(p)}</p>'
                        for p in art["body"])
        body = (f'<div class="paper-head"><div class="logo"><img src="/static/img/rcb.png" alt="荣昌报"></div>'
                f'<div class="paper-date">{y}-{m}-{d}　{_week(art)}</div><div class="paper-sel"><select><option>第01版：要闻</option>'
                f'<option selected>第04版：濑溪河</option></select><a>上一版</a><a>下一版</a><a>PDF</a></div></div>'
                f'<div class="main"><div class="left-bm"><img src="/page/{y}-{m}/{d}/04/bm.jpg"><ul class="bm-list">'
                f'<li><a>夏布记忆</a></li><li class="on"><a>{esc(art["title"])}</a></li><li><a>副刊征稿启事</a></li></ul></div>'
                f'<div class="right-art"><div class="art-head"><h1>{esc(art["title"])}</h1><p class="author">◎ {who}</p></div>'
                f'<div class="art-body" id="ozoom"><founder-content>{paras}</founder-content></div>'
                f'<div class="art-jj"><p>{esc(jj)}</p></div>'
                f'<div class="art-nav"><a>上一篇：夏布记忆</a><a>下一篇：副刊征稿启事</a></div></div></div>'
                f'<div class="paper-foot">Copyright © 荣昌报社 All Rights Reserved　本站所有内容未经授权禁止转载<br>渝ICP备{_n(rng, 8)}号</div>')
        head = f'<title>{esc(art["title"])}_荣昌报数字报</title><meta name="description" content="荣昌报 第04版 濑溪河">'
    return head, body, url


TEMPLATES = {"fgw_jgjc107": fgw_jgjc107, "qxj_mp_tqyb107": qxj_mp_tqyb107, "xzf_zwgknb107": xzf_zwgknb107,
             "rmrbkhd_dftx107": rmrbkhd_dftx107, "rsj_zphgg107": rsj_zphgg107, "xz_mp_dsxj107": xz_mp_dsxj107,
             "qb_fksw107": qb_fksw107}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages107", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used


if __name__ == "__main__":
    main()
