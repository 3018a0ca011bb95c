"""Build the seventy-third saved-page set (``pages73``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 城管局 portal 占道经营 整治 通报/news page with a
考核 table, 落款 and 附件 (``cgj_zdjy_tb73``), a 市 图书馆 公众号 阅读推荐 post with 书目 items
(``tsg_mp_shumu73``), a 县政府网 农业技术指导 page on an old GBK table layout (``xzf_nyjs_zd73``), a
人民网-like 地方 民生调查 (``rmw_msdc73``), a 县 林业局 portal 松材线虫病 公告/news page
(``lyj_scxc_gg73``), a 社区 公众号 反诈 post (``sq_mp_fanzha73``) and a 县报 e-paper 第二版 一线采访手记
in GBK (``xb_dzb_shouji73``). ``articles.txt`` holds the title, date and reference body; the
furniture (not body) is written here. See README.md.

    python tests/data/web/pages73/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["张晓彤", "李俊峰", "周雪", "邱海", "万丽君", "袁志强", "冉静", "谭飞", "向东", "付敏"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")
PAGE2 = ("黄水镇开展夏季森林防火巡查", "县人社局送岗位进乡村", "西沱古镇迎来暑期旅游高峰", "县医院专家团队下乡义诊")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence marks."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p and "：" not in p


def _head(p: str) -> bool:
    """A subheading inside the text: ``一、…`` without a full stop, or a short line with no punctuation."""
    return (p.startswith(NUM_HEADS) and "。" not in p) or (len(p) <= 16 and not any(c in p for c in "。，：！？“"))


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _mp_url(rng) -> str:
    """A WeChat article address with a random 22-character key."""
    return "https://mp.weixin.qq.com/s/" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-")
                                                 for _ in range(22))


def _gov_foot(rng, org: str, host: str) -> str:
    """A government portal footer: 主办/承办, 网站标识码, ICP and 公网安备 lines."""
    return (f'<div class="footer"><p>主办：{org}　承办：{org}办公室</p><p>网站标识码：500{_n(rng, 7)}　'
            f'渝ICP备{_n(rng, 8)}号　<a href="http://{host}">渝公网安备 {_n(rng, 14)}号</a></p>'
            f'<p>建议使用1920×1080分辨率浏览</p></div>')


def cgj_zdjy_tb73(art, rng, others):
    """区 城管局 portal: a 通报 with bold heads, a 考核 table, 落款 and 附件 (p01), or a news page with a photo (p02)."""
    y, m, d = _ymd(art)
    notice = art["title"].startswith("关于")
    url = f"http://cgj.cqjlp.gov.cn/zwgk_{_n(rng, 3)}/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    out, rows = [], []
    for p in art["body"] + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append('<table border="1" cellpadding="0" cellspacing="0" align="center"><tbody>'
                       + "".join("<tr>" + "".join(f'<td width="120"><p style="text-align:center">{esc(c)}</p></td>'
                                                  for c in r.split(" ")) + "</tr>" for r in rows) + "</tbody></table>")
            rows = []
        if p is None:
            break
        if p.startswith(NUM_HEADS):
            out.append(f'<p style="text-indent:2em"><strong><span style="font-family:黑体">{esc(p)}</span></strong></p>')
        elif p.endswith("：") and len(out) == 0:
            out.append(f'<p><span style="font-family:仿宋_GB2312">{esc(p)}</span></p>')
        else:
            out.append(f'<p style="text-indent:2em"><span style="font-family:仿宋_GB2312">{esc(p)}</span></p>')
        if not notice and len(out) == 2:
            out.append(f'<p style="text-align:center"><img src="./W0{_n(rng, 17)}.jpg" width="600"></p>'
                       '<p style="text-align:center"><span style="font-family:楷体">图为执法人员对占道烧烤摊主进行劝导。'
                       '（区城市管理局供图）</span></p>')
    if notice:
        out.append('<p style="text-align:right"><span style="font-family:仿宋_GB2312">重庆市九龙坡区城市管理局</span></p>'
                   f'<p style="text-align:right"><span style="font-family:仿宋_GB2312">{y}年{int(m)}月{int(d) - 3}日</span></p>'
                   f'<p><span style="font-family:仿宋_GB2312">附件：<a href="./P0{_n(rng, 17)}.xlsx">'
                   '2024年第一季度占道经营问题点位整改台账.xlsx</a></span></p>')
    rel = _rel(rng, others, 5, lambda tt, dd: f'<li><a href="#">{tt}</a><span>{dd}</span></li>')
    src = "区城市管理局" if notice else "区城管执法支队"
    body = (f'<div class="top"><span>无障碍</span><span>长者模式</span><span>繁体版</span><span>手机版</span></div>'
            f'<div class="head"><img src="/images/banner.jpg" alt="重庆市九龙坡区城市管理局"></div>'
            f'<div class="nav"><ul><li>首页</li><li>机构概况</li><li>政务公开</li><li>城管动态</li><li>互动交流</li></ul></div>'
            f'<div class="wrap"><div class="crumb">您的位置：<a>首页</a>&gt;<a>政务公开</a>&gt;<a>{"通知公告" if notice else "城管动态"}</a></div>'
            f'<div class="con"><h1 class="tit">{esc(art["title"])}</h1>'
            f'<div class="info">来源：{src}&nbsp;&nbsp;&nbsp;作者：{rng.choice(WHO)}&nbsp;&nbsp;&nbsp;'
            f'发布时间：{y}-{m}-{d} {_hms(rng)}&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits"><script>document.write({_n(rng, 3)})</script></span>'
            f'&nbsp;&nbsp;&nbsp;字号：[<a>大</a> <a>中</a> <a>小</a>]</div>'
            f'<div class="zw"><div class="TRS_Editor">{"".join(out)}</div></div>'
            f'<div class="zrbj">（责任编辑：{rng.choice(WHO)}）</div>'
            f'<div class="ewm"><img src="/images/qr.png"><span>扫一扫在手机打开当前页</span></div>'
            f'<div class="tools"><a href="javascript:window.print()">[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a></div>'
            f'<div class="xgwz"><h3>相关文章</h3><ul>{rel}</ul></div></div></div>'
            + _gov_foot(rng, "重庆市九龙坡区城市管理局", "www.beian.gov.cn"))
    head = (f'<title>{esc(art["title"])}_重庆市九龙坡区城市管理局</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ContentSource" content="{src}">')
    return head, body, url


def tsg_mp_shumu73(art, rng, others):
    """市 图书馆 公众号: 书目 items (bold ``1.《…》`` lines with 作者/索书号) under category heads (p03), or a
    阅读营 post with 时间/地点/对象 lines (p04); a 借阅指南 card and the WeChat furniture around."""
    y, m, d = _ymd(art)
    url = _mp_url(rng)
    t = _hm(rng)
    out = []
    for i, p in enumerate(art["body"]):
        if p[:2] in ("1.", "2.", "3.", "4.", "5.", "6.", "7.", "8."):
            out.append(f'<section style="margin-top:18px"><p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/'
                       f'mmbiz_jpg/{_n(rng, 10)}/640?wx_fmt=jpeg"></p><p><strong><span style="color:#b5651d">'
                       f'{esc(p)}</span></strong></p></section>')
        elif _head(p):
            out.append(f'<section style="background:#f3e9dc;padding:6px 12px;margin:20px 0 8px"><p><span style="font-size:17px">'
                       f'<strong>{esc(p)}</strong></span></p></section>')
        elif p.startswith(("时间：", "地点：", "对象：")):
            k, v = p.split("：", 1)
            out.append(f'<p><span style="color:#d9534f"><strong>{k}：</strong></span><span>{esc(v)}</span></p>')
        else:
            out.append(f'<p style="line-height:1.75em"><span style="font-size:15px;letter-spacing:1px">{esc(p)}</span></p>')
        if art["id"] == "p04" and i == 0:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 10)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">▲小读者在少儿阅览室挑选图书</span></p>')
    card = ('<section style="border:2px solid #b5651d;border-radius:8px;padding:12px;margin-top:24px">'
            '<p style="text-align:center"><strong>借阅小贴士</strong></p>'
            '<p>开放时间：周二至周日 9:00—21:00</p><p>读者证办理：凭本人身份证免押金办理</p>'
            '<p>续借：每册可在到期前续借1次</p></section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{rng.choice(WHO)}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">重庆市图书馆</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {t}</em>'
            f'<em id="js_ip_wording">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:visible">'
            f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_n(rng, 9)}/0"></section>'
            f'<p style="text-align:center"><span style="color:#b5651d;font-size:13px">点击蓝字 关注我们</span></p>'
            f'{"".join(out)}{card}'
            f'<p><span style="font-size:12px;color:#888">文字：{rng.choice(WHO)}</span></p>'
            f'<p><span style="font-size:12px;color:#888">编辑：{rng.choice(WHO)}｜审核：{rng.choice(WHO)}</span></p>'
            f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_n(rng, 9)}/0"></section>'
            f'<p style="text-align:center"><span style="font-size:12px">长按识别二维码 关注“重庆市图书馆”</span></p></div>'
            f'<div class="article-tag__list"><span>#世界读书日</span><span>#阅读推荐</span></div>'
            f'<div id="js_tags_preview_toast">收录于合集 #好书推荐 {rng.randint(20, 90)}个</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(800, 5000)}</span>'
            f'<span>分享</span><span>赞 {rng.randint(10, 90)}</span><span>在看 {rng.randint(3, 40)}</span></div>'
            f'<div class="discuss"><h3>留言</h3><p>读者{_n(rng, 4)}：周末就去借《山城旧事》！</p></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "重庆市图书馆";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}">')
    return head, body, url


def xzf_nyjs_zd73(art, rng, others):
    """县政府网 农业技术指导 on an old table layout: ``　　`` paragraphs ``<br>``-separated in one ``<td>``;
    p05 (GBK) a 落款 and a visible 发布时间 beside 更新时间, p06 no visible date (PubDate meta + URL) and
    a photo with its caption between paragraphs."""
    y, m, d = _ymd(art)
    url = f"http://www.cqwx.gov.cn/zwxx/bmdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    parts = []
    for i, p in enumerate(art["body"]):
        parts.append(f"<b>{IND}{esc(p)}</b>" if p.startswith(NUM_HEADS) else f"{IND}{esc(p)}")
        if art["id"] == "p06" and i == 1:
            parts.append(f'<center><img src="/images/{y}{m}/{_n(rng, 9)}.jpg" width="500"><br>'
                         f'<font color="#666666">专家在田间为种植户讲解油菜育苗技术（县农技推广中心供图）</font></center>')
    text = "<br>\n".join(parts)
    if art["id"] == "p05":
        text += (f'<br><br><p align="right">巫溪县农业农村委员会<br>{y}年{int(m)}月{int(d) - 1}日</p>')
        info = (f'发布时间：{y}年{m}月{d}日&nbsp;&nbsp;更新时间：{y}-{int(m)}-{int(d) + 1}&nbsp;&nbsp;'
                f'信息来源：县农业农村委&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】')
    else:
        info = (f'信息来源：县农技推广中心&nbsp;&nbsp;点击数：<script language="javascript">document.write("{_n(rng, 3)}")</script>'
                f'&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】')
    rel = _rel(rng, others, 5, lambda tt, dd: f'<tr><td>·<a href="#">{tt}</a></td><td width="90">[{dd}]</td></tr>')
    body = (f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>'
            f'<img src="/images/top_banner.jpg" width="980" height="150" alt="巫溪县人民政府"></td></tr>'
            f'<tr><td class="nav"><a>首页</a> | <a>走进巫溪</a> | <a>政务公开</a> | <a>政务服务</a> | <a>互动交流</a></td></tr></table>'
            f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td width="200" valign="top" class="left"><table width="100%"><tr><td class="lm">部门动态</td></tr>'
            f'<tr><td>· <a>乡镇动态</a></td></tr><tr><td>· <a>部门动态</a></td></tr><tr><td>· <a>通知公告</a></td></tr></table></td>'
            f'<td width="780" valign="top"><table width="100%"><tr><td class="wz">您现在的位置：<a>首页</a> &gt;&gt; <a>政务信息</a> &gt;&gt; 部门动态</td></tr>'
            f'<tr><td align="center" height="50"><font size="5" color="#B40000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="xx" bgcolor="#F2F2F2">{info}</td></tr>'
            f'<tr><td class="bt_content" style="font-size:16px;line-height:30px"><font face="宋体">{text}</font></td></tr>'
            f'<tr><td align="right">（责任编辑：{rng.choice(WHO)}）</td></tr>'
            f'<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
            f'<tr><td><table width="100%" class="xgxx"><tr><td colspan="2"><b>相关信息</b></td></tr>{rel}</table></td></tr>'
            f'</table></td></tr></table>'
            f'<table width="980" align="center"><tr><td align="center" class="foot">主办：巫溪县人民政府办公室　承办：巫溪县政务服务和大数据管理中心<br>'
            f'网站标识码：500238{_n(rng, 4)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</td></tr></table>')
    head = (f'<title>{esc(art["title"])}_巫溪县人民政府</title><meta name="SiteName" content="巫溪县人民政府">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ColumnName" content="部门动态">')
    return head, body, url


def rmw_msdc73(art, rng, others):
    """人民网-like 地方频道 民生调查: a 民生调查 kicker, a 编者按 box, bold subheadings, a photo and caption,
    the 记者 byline, 责编, 分享到, 相关新闻 and 热点推荐 around."""
    y, m, d = _ymd(art)
    url = f"http://cq.people.com.cn/n2/{y}/{m}{d}/c365{_n(rng, 3)}-{_n(rng, 8)}.html"
    t = _hm(rng)
    out = []
    for i, p in enumerate(art["body"]):
        if len(p) <= 20 and not any(c in p for c in "。，："):  # a bold subheading inside the text
            out.append(f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
        if i == 2:
            out.append(f'<p style="text-align:center"><img src="/NMediaFile/{y}/{m}{d}/LOCAL{_n(rng, 15)}.jpg"></p>'
                       '<p class="pictext" style="text-align:center">南岸区某小区新加装的电梯投入使用。人民网 记者 '
                       f'{rng.choice(WHO)}摄</p>')
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a href="#">{tt}</a><i>{dd}</i></li>')
    hot = _rel(rng, others, 3, lambda tt, dd: f'<li><a href="#">{tt}</a></li>')
    body = (f'<div class="header_nav"><a>人民网</a> &gt;&gt; <a>重庆频道</a> &gt;&gt; <a>民生</a></div>'
            f'<div class="col col-1"><div class="kicker">民生调查</div><h1>{esc(art["title"])}</h1>'
            f'<p class="sou">人民网记者 {rng.choice(WHO)}<br>{y}年{m}月{d}日{t}&nbsp;&nbsp;来源：<a>人民网-重庆频道</a></p>'
            f'<div class="box_fx">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="rm_txt_con cf"><div class="editor_note" style="border:1px solid #ddd;background:#f7f7f7;padding:8px">'
            f'<p><strong>编者按：</strong>老旧小区加装电梯是群众关心的“关键小事”。本网推出“民生调查”系列报道，'
            f'关注群众身边的急难愁盼。</p></div>{"".join(out)}'
            f'<div class="edit cf">(责编：{rng.choice(WHO)}、{rng.choice(WHO)})</div></div>'
            f'<div class="box_news"><h2>相关新闻</h2><ul>{rel}</ul></div>'
            f'<div class="box_hot"><h2>热点推荐</h2><ul>{hot}</ul></div>'
            f'<div class="box_comment">网友评论（<span>{rng.randint(3, 90)}</span>条）</div></div>'
            f'<div class="footer"><p>人民日报社概况 | 关于人民网 | 网站声明 | 网站律师</p>'
            f'<p>人民网版权所有，未经书面授权禁止使用</p><p>Copyright © 1997-{y} by www.people.com.cn. all rights reserved</p></div>')
    head = (f'<title>{esc(art["title"])}--重庆频道--人民网</title>'
            f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="source" content="来源：人民网-重庆频道">'
            f'<meta name="author" content="">')
    return head, body, url


def lyj_scxc_gg73(art, rng, others):
    """县 林业局 portal: a 公告 with ``一、`` heads, ``1.`` items, 落款 and 附件 (p08, GBK), or a news page
    with adjacent info ``<span>``s (no whitespace) and a ``2024/3/27`` date beside a 更新 stamp (p09)."""
    y, m, d = _ymd(art)
    url = f"http://lyj.cqck.gov.cn/zwxx_{_n(rng, 3)}/{'tzgg' if art['id'] == 'p08' else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    out = []
    for p in art["body"]:
        if p.startswith(NUM_HEADS):
            out.append(f'<p style="text-indent:2em"><font face="黑体">{esc(p)}</font></p>')
        else:
            out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
    if art["id"] == "p08":
        out.append(f'<p style="text-align:right">城口县林业局</p><p style="text-align:right">{y}年{int(m)}月{int(d) - 3}日</p>'
                   f'<div class="fj">附件：<a href="./P0{_n(rng, 17)}.pdf">松材线虫病疫情识别图册.pdf</a></div>')
        info = (f'<span>发布日期：{y}-{m}-{d}</span><span>来源：城口县林业局</span>'
                f'<span>浏览量：<script>document.write({_n(rng, 3)})</script></span><span>字号：<a>大</a><a>中</a><a>小</a></span>')
    else:
        out.insert(2, f'<p style="text-align:center"><img src="./W0{_n(rng, 17)}.jpg"></p>'
                      f'<p style="text-align:center">施工人员对疫木进行粉碎处理</p>')
        info = (f'<span>{y}/{int(m)}/{int(d)}</span><span>来源：森林保护站</span>'
                f'<span>更新：{y}-{m}-{int(d) + 1:02d} {_hm(rng)}</span><span>【打印】</span>')
    card = ('<div class="tsk" style="border:1px solid #3a7;padding:10px"><h4>识别小知识</h4>'
            '<p>松树感病后针叶由绿变黄再变红褐色，整株枯死而针叶不落。</p></div>')
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><span>{dd}</span><a href="#">{tt}</a></li>')
    body = (f'<div class="topbar">今天是：<span id="today"></span>　<a>无障碍浏览</a>　<a>长者模式</a></div>'
            f'<div class="banner"><h2>城口县林业局</h2></div>'
            f'<div class="menu"><a>首页</a><a>机构职能</a><a>政务公开</a><a>林业动态</a><a>资源保护</a><a>公众参与</a></div>'
            f'<div class="dqwz">当前位置：首页 &gt; 政务公开 &gt; {"通知公告" if art["id"] == "p08" else "工作动态"}</div>'
            f'<div class="article-box"><div class="a-title">{esc(art["title"])}</div>'
            f'<div class="a-info">{info}</div><div class="a-con"><div class="view TRS_UEDITOR">{"".join(out)}</div></div>'
            f'{card}<div class="a-share">分享：<a>微信</a><a>微博</a></div>'
            f'<div class="a-close"><a>【打印】</a><a>【关闭】</a></div>'
            f'<div class="a-rel"><h3>相关阅读</h3><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "城口县林业局", "www.beian.gov.cn"))
    head = (f'<title>{esc(art["title"])}-城口县林业局</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    return head, body, url


def sq_mp_fanzha73(art, rng, others):
    """社区 公众号 反诈 post: bold ``1.…`` heads each over a one-paragraph explanation, a quoted slogan,
    a 温馨提示 box and a 反诈 card (p10), or an activity post with a photo and 时间/地点/参加人员 lines (p11)."""
    y, m, d = _ymd(art)
    url = _mp_url(rng)
    t = _hm(rng)
    out = []
    for i, p in enumerate(art["body"]):
        if p[:2] in ("1.", "2.", "3.", "4.", "5.") and "，" not in p:
            out.append(f'<section style="margin:16px 0 6px"><span style="background:#e60012;color:#fff;padding:2px 8px">'
                       f'<strong>{esc(p)}</strong></span></section>')
        elif p.startswith(("时间：", "地点：", "参加人员：")):
            k, v = p.split("：", 1)
            out.append(f'<section><span style="color:#1a5fb4"><strong>{k}</strong></span>：<span>{esc(v)}</span></section>')
        elif p.startswith(("请记住", "“不听")):
            out.append(f'<p style="text-align:center"><strong><span style="color:#e60012">{esc(p)}</span></strong></p>')
        else:
            out.append(f'<p><span style="font-size:15px">{esc(p)}</span></p>')
        if art["id"] == "p11" and i == 1:
            out.append(f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 10)}/640"></section>'
                       '<section style="text-align:center"><span style="font-size:12px;color:#888">▲民警为居民讲解诈骗案例</span></section>')
        if art["id"] == "p10" and i == 5:
            out.append('<section style="background:#fff4e5;border-left:4px solid #f90;padding:8px"><p><strong>温馨提示</strong></p>'
                       '<p>凡是让您下载陌生App、开启屏幕共享的，都是诈骗！</p></section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content"><span class="rich_media_meta_nickname"><a id="js_name">南坪街道某某社区</a></span>'
            f'<em id="publish_time">{y}-{m}-{d} {t}</em><em id="js_ip_wording_wrp">发表于重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">'
            f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_n(rng, 9)}/0"></section>'
            f'{"".join(out)}'
            f'<section style="border:1px dashed #e60012;padding:10px;margin-top:20px"><p><strong>全民反诈 你我同行</strong></p>'
            f'<p>反诈专线：96110</p><p>报警电话：110</p></section>'
            f'<p><span style="font-size:12px;color:#999">来源：南岸公安 社区网格员</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{rng.choice(WHO)}</span></p>'
            f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_n(rng, 9)}/0"></section>'
            f'<p style="text-align:center">扫码关注我们</p><p style="text-align:center">分享、点赞、在看，让更多人看到</p></div>'
            f'<div class="rich_media_tool"><a>阅读原文</a><span>阅读 {rng.randint(200, 3000)}</span><span>分享</span>'
            f'<span>赞 {rng.randint(5, 60)}</span><span>在看 {rng.randint(1, 30)}</span></div>'
            f'<div class="discuss"><p>写留言</p></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xb_dzb_shouji73(art, rng, others):
    """县报 e-paper 第二版 一线采访手记 (GBK): issue line, 版次 select, a 一线采访手记 kicker and 本报记者 byline,
    the text ``<br>``-separated with ``　　`` (记者/name turns in bold), a second article on the page, 本版标题."""
    y, m, d = _ymd(art)
    url = f"http://epaper.shizhuxian.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    parts = []
    for p in art["body"]:
        if p.startswith("记者："):
            parts.append(f"{IND}<b>{esc(p)}</b>")
        elif "：" in p[:12] and not p.startswith("“"):
            k, v = p.split("：", 1)
            parts.append(f"{IND}<b>{esc(k)}：</b>{esc(v)}")
        else:
            parts.append(f"{IND}{esc(p)}")
    second = ("<h3>黄水镇开展夏季森林防火巡查</h3><div class=\"con2\">　　本报讯　连日来，黄水镇组织护林员对辖区重点林区开展防火巡查，"
              "清理林下可燃物，排查火灾隐患。（通讯员 陈林）</div>")
    titles = "".join(f'<li><a href="#">{t}</a></li>' for t in rng.sample(PAGE2, 3))
    body = (f'<table width="1000" align="center"><tr><td class="top">石柱报　{y}年{m}月{d}日　{_week(art)}　'
            f'<a>往期回顾</a></td></tr></table>'
            f'<table width="1000" align="center"><tr><td width="360" valign="top">'
            f'<div class="bc">第002版：综合新闻　<select><option>第001版：要闻</option><option selected>第002版：综合新闻</option>'
            f'<option>第003版：专题</option><option>第004版：副刊</option></select></div>'
            f'<div><a>上一版</a>　<a>下一版</a>　<a href="../../page_02.pdf">PDF下载</a></div>'
            f'<div class="bmt"><img src="../../../images/{y}-{m}/{d}/02/b02.jpg" usemap="#pagemap"></div>'
            f'<div class="list"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>{titles}</ul></div></td>'
            f'<td width="640" valign="top"><div class="kicker">一线采访手记</div>'
            f'<h1>{esc(art["title"])}</h1><div class="author">本报记者　{rng.choice(WHO)}　{rng.choice(WHO)}</div>'
            f'<div id="ozoom" style="font-size:16px"><founder-content>{"<br>".join(parts)}</founder-content></div>'
            f'<div class="tools">【<a>打印</a>】【<a>关闭</a>】【<a>返回目录</a>】</div><hr>{second}</td></tr></table>'
            f'<table width="1000" align="center"><tr><td class="copyright">石柱报社 版权所有　未经授权禁止转载、摘编或建立镜像<br>'
            f'渝ICP备{_n(rng, 8)}号</td></tr></table>')
    head = f'<title>{esc(art["title"])}--石柱报</title>'
    return head, body, url


TEMPLATES = {"cgj_zdjy_tb73": cgj_zdjy_tb73, "tsg_mp_shumu73": tsg_mp_shumu73, "xzf_nyjs_zd73": xzf_nyjs_zd73,
             "rmw_msdc73": rmw_msdc73, "lyj_scxc_gg73": lyj_scxc_gg73, "sq_mp_fanzha73": sq_mp_fanzha73,
             "xb_dzb_shouji73": xb_dzb_shouji73}


def main() -> None:
    """Write the twelve pages and ``references.json`` (every page held apart)."""
    write_set(HERE, "pages73", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used


if __name__ == "__main__":
    main()
