"""Build the seventy-seventh saved-page set (``pages77``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 科协 公众号 科普日 post (``kx_mp_kepuri``), a 区
交通局 portal 公交新线 开通 通告/news page (``jtj_gjxl_tonggao``), a 区政府网 政务公开 news page on an old
GBK table layout (``xzf_zwgkr_news``), a 中新网-like 地方 民俗 图文 report (``zxw_minsu_tuwen``), a 区
民政局 社会组织 年检 公告 with a 名单 table (``mzj_shzz_njgg``), a 社区 公众号 邻里互助 post
(``sq_mp_linli``) and an XHTML e-paper 周刊 专栏 page with an 作者简介 box (``epaper_zk_zzjj``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written
here. See README.md.

    python tests/data/web/pages77/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["吴晓峰", "蒋丽", "杜文斌", "冉雪", "唐浩然", "邱敏", "黎航", "钟倩", "曾志勇", "向玉"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")
MP = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-"


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…`` without a full stop)."""
    return p.startswith(NUM_HEADS) and "。" not in p


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _mp_url(rng) -> str:
    """A WeChat article address (``mp.weixin.qq.com/s/…``)."""
    return "https://mp.weixin.qq.com/s/" + "".join(rng.choice(MP) for _ in range(22))


def _label(p: str, colour: str) -> str:
    """A ``时间：``/``地点：`` line with its label in bold colour (the line is body)."""
    k, v = p.split("：", 1)
    return f'<p><span style="color:{colour}"><strong>{esc(k)}：</strong></span><span>{esc(v)}</span></p>'


def kx_mp_kepuri(art, rng, others):
    """区 科协 公众号 科普日 post: heads in coloured bars, bold 时间/地点 labels, a 小贴士 box or ▲ captions."""
    y, m, d = _ymd(art)
    url = _mp_url(rng)
    t = _hm(rng)
    out = []
    for i, p in enumerate(art["body"]):
        if _head(p):
            out.append('<section style="margin:20px 0 10px;text-align:center"><section style="display:inline-block;'
                       f'background:#1e7fd6;color:#fff;padding:4px 18px;border-radius:14px"><p><strong>{esc(p)}</strong>'
                       '</p></section></section>')
        elif p.startswith(("时间：", "地点：")):
            out.append(_label(p, "#1e7fd6"))
        elif p.startswith("“") and len(p) < 12:
            out.append(f'<p style="text-align:center"><span style="font-size:18px;color:#1e7fd6"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
        if art["id"] == "p01" and p.startswith("主场设置"):
            out.append('<section style="border:1px solid #9cc9f0;background:#f2f8fd;padding:12px;margin:10px 0">'
                       '<p><strong>📌 科普小贴士</strong></p><p><span>无人机飞行需遵守相关规定，在城区飞行前请先查询是否属于'
                       '管控空域。</span></p></section>')
        if art["id"] == "p02" and i in (1, 5):
            cap = "▲ 四足机器人吸引小朋友围观" if i == 1 else "▲ 医生为市民测量血压"
            out.append(f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 9)}/640"></section>'
                       f'<section style="text-align:center"><span style="font-size:12px;color:#a5a5a5">{cap}</span></section>')
    tail = (f'<p style="text-align:right"><span style="font-size:12px;color:#888">来源：九龙坡区科协</span></p>'
            f'<p><span style="font-size:12px;color:#888">编辑 | {rng.choice(WHO)}</span></p>'
            f'<p><span style="font-size:12px;color:#888">审核 | {rng.choice(WHO)}</span></p>'
            '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qrcode/640"></section>'
            '<p style="text-align:center"><span style="font-size:12px">扫码关注 九龙坡科协</span></p>'
            '<p style="text-align:center"><span style="font-size:12px">点个“在看”，让更多人看到</span></p>')
    rec = _rel(rng, others, 3, lambda tt, dd: f'<section><a>{tt}</a></section>')
    body = ('<div id="page-content" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname">'
            '<a id="js_name">九龙坡科协</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {t}</em>'
            '<em id="js_ip_wording">重庆</em></div>'
            '<div class="rich_media_content" id="js_content">'
            '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/top/640"></section>'
            f'{"".join(out)}{tail}</div>'
            '<div class="rich_media_tool"><a id="js_view_source">阅读原文</a>'
            f'<span id="readNum">阅读 {_n(rng, 4)}</span><span>分享</span><span>点赞 {_n(rng, 2)}</span>'
            f'<span>在看 {_n(rng, 2)}</span></div><div class="rich_media_extra"><h4>推荐阅读</h4>{rec}</div>'
            '<div class="discuss"><span>留言</span><p>写留言</p></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var msg_title = "{esc(art["title"])}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}"><meta property="og:site_name" content="微信公众平台">')
    return head, body, url


def jtj_gjxl_tonggao(art, rng, others):
    """区 交通局 portal: a GBK 通告 under an 信息公开 grid with 落款 and 附件 (p03), or a news page dated only
    in ``<meta name="PubDate">`` beside a visible 更新时间 and a video box (p04)."""
    y, m, d = _ymd(art)
    notice = "通告" in art["title"]
    url = f"http://www.beibei.gov.cn/bm/qjtj/zwgk_{_n(rng, 5)}/{'tzgg' if notice else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    out = []
    for p in art["body"]:
        if _head(p):
            out.append(f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>')
        elif p.startswith("记者："):
            out.append(f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
        if not notice and len(out) == 1:
            out.append('<div class="video-box" style="text-align:center"><video controls src="/video/'
                       f'{_n(rng, 8)}.mp4" poster="/video/poster.jpg"></video><p>视频：558路开通首日（时长01:26）</p></div>')
    if notice:
        out.append(f'<p style="text-align:right">北碚区交通局</p><p style="text-align:right">{y}年{int(m)}月{int(d) - 3}日</p>'
                   f'<p>附件：<a href="./P0{_n(rng, 9)}.jpg">558路线路走向示意图.jpg</a></p>')
    grid = ('<table class="xxgk_table"><tr><td>索引号：</td><td>11500109MB{0}/{1}-{2}</td><td>发布机构：</td><td>北碚区交通局</td></tr>'
            '<tr><td>主题分类：</td><td>交通运输</td><td>成文日期：</td><td>{1}-{3}-{4}</td></tr>'
            '<tr><td>标题：</td><td colspan="3">{5}</td></tr>'
            '<tr><td>发文字号：</td><td>北碚交通发〔{1}〕{6}号</td><td>发布日期：</td><td>{1}-{3}-{7}</td></tr></table>'
            ).format(_n(rng, 7), y, _n(rng, 5), m, f"{int(d) - 3:02d}", esc(art["title"]), rng.randint(20, 60), d)
    info = ("" if notice else f'<div class="info"><span>更新时间：{y}-{m}-{int(d) + 1:02d}</span><span>来源：区交通局</span>'
            f'<span>作者：{rng.choice(WHO)}</span><span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>[{dd}]</span></li>')
    body = ('<div class="top"><div class="w1200"><span>重庆市北碚区人民政府</span><a>无障碍</a><a>长者模式</a><a>English</a></div></div>'
            '<div class="head"><img src="/images/bb_logo.png" alt="北碚区交通局"><div class="search"><input><a>搜索</a></div></div>'
            '<div class="nav"><ul><li>首页</li><li>机构概况</li><li>政务公开</li><li>工作动态</li><li>通知公告</li>'
            '<li>互动交流</li></ul></div>'
            f'<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>{"通知公告" if notice else "工作动态"}</a></div>'
            f'<div class="article">{grid if notice else ""}<h1 class="title">{esc(art["title"])}</h1>{info}'
            f'<div class="view TRS_UEDITOR trs_paper_default">{"".join(out)}</div>'
            '<div class="tools"><span>分享到：</span><a>微信</a><a>微博</a>'
            '<a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>'
            '<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div>'
            f'<div class="xgyd"><h3>相关阅读</h3><ul>{rel}</ul></div></div>'
            '<div class="footer"><p>主办：重庆市北碚区交通局　承办：北碚区大数据应用发展管理局</p>'
            f'<p>网站标识码：50010900{_n(rng, 2)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_北碚区人民政府</title><meta name="SiteName" content="重庆市北碚区人民政府">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ColumnName" content="{"通知公告" if notice else "工作动态"}">')
    return head, body, url


def xzf_zwgkr_news(art, rng, others):
    """区政府网 政务公开 news on an old GBK table layout: ``<font>`` lines ``<br>``-separated in one cell."""
    y, m, d = _ymd(art)
    url = f"http://www.cqqj.gov.cn/zwgk_{_n(rng, 3)}/zwdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    lines = []
    for p in art["body"]:
        if _head(p):
            lines.append(f'<b>{IND}{esc(p)}</b>')
        else:
            lines.append(f'<font face="仿宋_GB2312" size="4">{IND}{esc(p)}</font>')
    txt = "<br>\n".join(lines)
    if art["id"] == "p05":
        txt = txt.replace("<br>\n", f'<br><p align="center"><img src="W0{_n(rng, 11)}.jpg" width="600"></p>'
                          '<p align="center"><font color="#0000ff">市民代表在区政务服务中心体验“一网通办”。</font></p>', 1)
        stamp = f"日期：{y}/{int(m)}/{int(d)}&nbsp;&nbsp;&nbsp;&nbsp;"
    else:
        stamp = f"发布日期：{y}-{m}-{d} {_hms(rng)}&nbsp;&nbsp;&nbsp;&nbsp;更新日期：{y}-{m}-{int(d) + 2:02d}&nbsp;&nbsp;&nbsp;&nbsp;"
    rel = _rel(rng, others, 5, lambda tt, dd: f'<tr><td class="lb">&middot;<a>{tt}</a></td><td width="90">({dd})</td></tr>')
    body = ('<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>'
            '<img src="../../images/banner.jpg" width="1002" height="150"></td></tr>'
            '<tr><td bgcolor="#1b5aa6" class="nav"><a>首页</a>　<a>政务公开</a>　<a>政务服务</a>　<a>政民互动</a>　'
            '<a>走进綦江</a>　<a>专题专栏</a></td></tr></table>'
            '<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            '<td class="dh" height="30">&nbsp;当前位置：<a>首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>政务动态</a></td></tr>'
            '<tr><td><table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td align="center" class="bt" height="60"><font size="5"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="ly" bgcolor="#f5f5f5">{stamp}来源：区政府办公室&nbsp;&nbsp;&nbsp;&nbsp;'
            '点击数：<script language="javascript">document.write(Math.floor(Math.random()*1000))</script>'
            '&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
            f'<tr><td class="zw" style="font-size:16px;line-height:32px" id="zoom"><div class="TRS_Editor">{txt}</div></td></tr>'
            f'<tr><td align="right">&nbsp;</td></tr><tr><td align="right">（编辑：{rng.choice(WHO)}　审核：{rng.choice(WHO)}）</td></tr>'
            '<tr><td align="center" height="40"><a href="javascript:window.print()">[打印本页]</a>&nbsp;&nbsp;'
            '<a href="javascript:window.close()">[关闭窗口]</a></td></tr>'
            f'<tr><td class="xg"><b>相关新闻</b><table width="100%">{rel}</table></td></tr></table></td></tr></table>'
            '<table width="1002" align="center" bgcolor="#1b5aa6" class="foot"><tr><td align="center"><font color="#ffffff">'
            '主办：綦江区人民政府办公室　承办：綦江区大数据发展局　联系电话：023-48666001<br>'
            f'渝ICP备{_n(rng, 8)}号　网站标识码：50011000{_n(rng, 2)}　渝公网安备 {_n(rng, 14)}号</font></td></tr></table>')
    head = (f'<title>{esc(art["title"])}--綦江区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            '<meta name="ColumnName" content="政务动态">')
    return head, body, url


def zxw_minsu_tuwen(art, rng, others):
    """中新网-like 地方 民俗 图文 report: photos inside the text with credit captions, （完）, 【编辑:…】."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://www.chinanews.com.cn/df/{y}/{m}-{d}/{_n(rng, 8)}.shtml"
    caps = (["游客观看火龙表演", "彩龙在古镇街巷巡游"] if art["id"] == "p07"
            else ["花灯艺人在活动现场表演", "龙舟队伍在梅江河上竞渡"])
    who = rng.choice(WHO)
    out = []
    for i, p in enumerate(art["body"]):
        last = i == len(art["body"]) - 1
        out.append(f'<p>{IND}{esc(p)}{"（完）" if last else ""}</p>')
        if i in (0, 3):
            cap = caps[0 if i == 0 else 1]
            out.append('<table border="0" cellspacing="0" cellpadding="0" align="center" width="600"><tbody><tr><td>'
                       f'<img src="//i2.chinanews.com.cn/simg/cmshd/{y}/{m}/{d}/{_n(rng, 32 // 2)}.jpg"></td></tr>'
                       f'<tr><td class="picmsg">{IND}图为{cap}。　中新网记者 {who} 摄</td></tr></tbody></table>')
    rel = _rel(rng, others, 5, lambda tt, dd: f'<li><a>{tt}</a><span>{dd[5:]}</span></li>')
    body = ('<div id="navbar"><a>首页</a><a>滚动</a><a>国内</a><a>国际</a><a>社会</a><a>财经</a><a>地方</a><a>视频</a>'
            '<a>图片</a></div>'
            '<div class="content_left"><div id="nav"><a>中新网首页</a> &gt; <a>地方</a> &gt; <a>重庆</a> &gt; 正文</div>'
            f'<div class="content"><h1 style="display:block">{esc(art["title"])}</h1>'
            f'<div class="left-time"><div class="left-t" style="float:left">{y}年{m}月{d}日 {t}　来源：中国新闻网</div>'
            '<div class="share"><a>微信</a><a>微博</a><a>QQ空间</a></div><div class="zihao"><a>大字体</a> <a>小字体</a></div></div>'
            f'<div class="left_zw" style="position:relative">{"".join(out)}'
            f'<div class="adEditor"><div class="left_name"><div class="left_name">【编辑:{rng.choice(WHO)}】</div></div></div></div>'
            f'<div id="function_code_page"><span>关键词：</span><a>非遗</a> <a>民俗</a> <a>重庆</a></div></div>'
            f'<div class="dibu-list"><h3>地方新闻精选：</h3><ul>{rel}</ul></div>'
            '<div class="bq">本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。<br>'
            '未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</div></div>'
            '<div class="content_right"><h3>图片报道</h3><ul><li><a>秋日田园美如画</a></li><li><a>古镇灯会迎客来</a></li></ul>'
            '<h3>排行榜</h3><ol><li><a>多地迎来旅游小高峰</a></li><li><a>非遗传承人走进校园</a></li></ol></div>')
    head = (f'<title>{esc(art["title"])}-中新网</title><meta name="keywords" content="非遗,民俗">'
            f'<meta name="description" content="{esc(art["body"][0][:60])}">')
    return head, body, url


def mzj_shzz_njgg(art, rng, others):
    """区 民政局 社会组织 年检 公告 (GBK): a 名单 table inside the text, 落款, 附件 and a 办事指南 card."""
    y, m, d = _ymd(art)
    url = f"http://www.cqna.gov.cn/bm/qmzj/zwgk_{_n(rng, 5)}/fdzdgknr/shzz/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    out, rows = [], []
    for p in art["body"] + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;margin:auto">'
                       + "".join("<tr>" + "".join(f'<td align="center">{esc(c)}</td>' for c in r.split(" ")) + "</tr>"
                                 for r in rows) + "</table>")
            rows = []
        if p is None:
            break
        out.append(f'<p style="text-indent:2em;font-family:仿宋_GB2312">{esc(p)}</p>')
    out.append(f'<p style="text-align:right">重庆市南岸区民政局</p><p style="text-align:right">{y}年{int(m)}月{int(d) - 2}日</p>'
               f'<p>附件：<a href="./P0{_n(rng, 9)}.xls">2023年度社会组织年检合格名单.xls</a></p>')
    body = ('<div class="top-bar"><span>欢迎访问重庆市南岸区人民政府网</span><a>无障碍浏览</a><a>长者模式</a></div>'
            '<div class="header"><img src="/images/na_logo.png"></div>'
            '<div class="menu"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>专题专栏</a></div>'
            '<div class="wz">您当前的位置：<a>首页</a> &gt; <a>区民政局</a> &gt; <a>法定主动公开内容</a> &gt; <a>社会组织管理</a></div>'
            '<div class="gknr_list"><table><tr><th>索引号：</th><td>11500108009{0}/{1}-{2}</td><th>发布机构：</th><td>南岸区民政局</td></tr>'
            '<tr><th>成文日期：</th><td>{1}-{3}-{4}</td><th>发布日期：</th><td>{1}-{3}-{5}</td></tr>'
            '<tr><th>名称：</th><td colspan="3">{6}</td></tr></table></div>'.format(
                _n(rng, 4), y, _n(rng, 5), m, f"{int(d) - 2:02d}", d, esc(art["title"]))
            + f'<div class="zwxl"><div class="zwxl-title"><p class="tit">{esc(art["title"])}</p></div>'
            f'<div class="zwxl-article"><div class="TRS_Editor">{"".join(out)}</div></div>'
            '<div class="card" style="border:1px solid #ddd;padding:10px"><h4>办事指南</h4>'
            '<p>社会组织年检可登录“重庆市社会组织管理服务平台”在线填报，办理地点：南岸区行政服务中心三楼民政窗口。</p></div>'
            '<div class="zwxl-tools"><a>【打印】</a><a>【关闭】</a><span>扫一扫在手机打开当前页</span></div></div>'
            '<div class="foot"><p>主办单位：重庆市南岸区人民政府办公室　承办单位：南岸区大数据发展局</p>'
            f'<p>网站标识码：50010800{_n(rng, 2)}　渝ICP备{_n(rng, 8)}号-1　渝公网安备{_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_重庆市南岸区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="南岸区民政局">')
    return head, body, url


def sq_mp_linli(art, rng, others):
    """社区 公众号 邻里互助 post: ``<br>``-joined items in one ``<section>``, 问/name turns, a 温馨提示 box."""
    y, m, d = _ymd(art)
    url = _mp_url(rng)
    t = _hm(rng)
    out, items = [], []
    for p in art["body"] + [None]:
        if p is not None and p[:2] in ("1.", "2.", "3.", "4."):
            items.append(esc(p))
            continue
        if items:
            out.append(f'<section style="background:#fff6e9;padding:10px 14px"><p><span>{"<br>".join(items)}</span></p></section>')
            items = []
        if p is None:
            break
        if p.startswith("问："):
            out.append(f'<p><span style="color:#e07b00"><strong>{esc(p)}</strong></span></p>')
        elif p.startswith("老周："):
            out.append(f'<p><strong>老周：</strong><span>{esc(p[3:])}</span></p>')
        elif p.startswith(("时间：", "地点：")):
            out.append(_label(p, "#e07b00"))
        else:
            out.append(f'<p style="line-height:1.8"><span style="font-size:15px">{esc(p)}&nbsp;</span></p>')
        if p.startswith("小编采访"):
            out.append('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/zhou/640"></section>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">老周（左）在帮居民检修电路</span></p>')
    if art["id"] == "p11":
        out.append('<section style="border:2px dashed #e07b00;padding:10px;margin-top:14px"><p><strong>温馨提示</strong></p>'
                   '<p>高温天气请尽量减少午间外出，如需帮助请拨打社区值班电话：023-63801234。</p></section>')
    tail = (f'<p><span style="font-size:12px;color:#aaa">文图：{rng.choice(WHO)}｜编辑：{rng.choice(WHO)}｜审核：{rng.choice(WHO)}</span></p>'
            '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qrcode/dp/640"></section>'
            '<p style="text-align:center"><span>大坪社区 · 与你同行</span></p>')
    body = ('<div class="rich_media_area_primary"><div class="rich_media_area_primary_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            '<span class="rich_media_meta rich_media_meta_text">大坪社区</span>'
            '<span class="rich_media_meta rich_media_meta_nickname"><a>渝中大坪社区</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em></div>'
            '<div class="rich_media_content" id="js_content" style="visibility:hidden">'
            f'{"".join(out)}{tail}</div>'
            '<div class="rich_media_tool"><a id="js_view_source">阅读原文</a>'
            f'<span>阅读 {_n(rng, 3)}</span><span>分享</span><span>赞 {_n(rng, 2)}</span><span>在看 {_n(rng, 1)}</span></div>'
            '<div class="discuss"><span>留言</span><p>写留言</p><p>🌻 住户：给帮帮团点赞！</p></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def epaper_zk_zzjj(art, rng, others):
    """XHTML e-paper 周刊 专栏 page: ``<br>`` paragraphs, a column kicker, 作者简介 box, 版次 selector."""
    y, m, d = _ymd(art)
    url = f"https://jbrb.cn/epaper/{y}{m}/{d}/07/article_{_n(rng, 5)}.shtml"
    paras = "<br />".join(f"{IND}{esc(p)}" for p in art["body"])
    titles = "".join(f'<li><a>{esc(tt)}</a></li>' for tt, _ in rng.sample(others, 3))
    body = ('<div class="ep-top"><span>江北日报</span>'
            f'<span>{y}年{int(m)}月{int(d)}日</span><span>{_week(art)}</span><a>往期</a><a>PDF版</a></div>'
            '<div class="ep-left"><div class="banci">第07版：周刊·两江风<select><option>第01版：要闻</option>'
            '<option selected="selected">第07版：周刊·两江风</option><option>第08版：副刊</option></select></div>'
            '<div><a>上一版</a> <a>下一版</a> <a>本版PDF</a></div>'
            f'<div class="map"><img src="../../../page/{_n(rng, 6)}.jpg" alt="" /></div>'
            f'<ul class="list">{titles}</ul></div>'
            '<div class="ep-right"><div class="kicker">【城市记忆】</div>'
            f'<h1>{esc(art["title"])}</h1><div class="author">□ 钟伯禹</div>'
            f'<div class="content" id="ozoom">{paras}</div>'
            '<div class="zzjj" style="border-top:1px dashed #999;margin-top:12px"><p><b>作者简介</b></p>'
            '<p>钟伯禹，江北区作家协会会员，长期从事地方文史写作，著有散文集《江岸》。</p></div>'
            '<div class="prevnext"><a>上一篇</a> <a>下一篇</a> <a>返回目录</a></div></div>'
            '<div class="ep-foot">江北日报社版权所有　未经书面授权，不得复制或建立镜像<br />'
            f'渝ICP备{_n(rng, 8)}号</div>')
    head = (f'<title>{esc(art["title"])} - 江北日报数字报</title>'
            f'<meta name="publishdate" content="{y}-{m}-{d}" />')
    return head, body, url


TEMPLATES = {"kx_mp_kepuri": kx_mp_kepuri, "jtj_gjxl_tonggao": jtj_gjxl_tonggao, "xzf_zwgkr_news": xzf_zwgkr_news,
             "zxw_minsu_tuwen": zxw_minsu_tuwen, "mzj_shzz_njgg": mzj_shzz_njgg, "sq_mp_linli": sq_mp_linli,
             "epaper_zk_zzjj": epaper_zk_zzjj}


def main() -> None:
    """Write the twelve pages and ``references.json`` (every page held apart)."""
    write_set(HERE, "pages77", TEMPLATES, lambda art: "held-apart")


if __name__ == "__main__":
    main()
