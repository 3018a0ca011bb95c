"""Build the hundred-and-thirty-second saved-page set (``pages132``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 科技局 portal 科技型企业 拟入库 名单 公示 with a
table and a 科技活动周 news page (``kjj_qymd132``), a 区 气象 公众号 三天 天气预报 post
(``qx_mp_tq132``), a 县政府网 道路 命名 公告 with a table and its 征求意见 公告 (``xzf_dmmm132``),
央广网-like 地方 audio pages (``ygw_yp132``), a 区 税务局 portal 个税汇算 提醒 and 辅导 news
(``swj_gsh132``), a 村 公众号 红白喜事 简办 倡议书 (``cun_mp_hbx132``) and a 日报 e-paper 第05版 社会
with a report and a 热线 story (``rb_05sh132``). ``articles.txt`` holds the title, date and reference
body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages132/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["方晓燕", "胡志刚", "李思琪", "向红梅", "陈浩", "谭亮", "郑雨萱", "王德明", "周敏", "覃勇"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; the first row
    bold)."""
    out = []
    for i, r in enumerate(rows):
        cells = "".join(f'<td valign="middle"><p class="MsoNormal" align="center" style="text-align:center">'
                        f'<span style="font-family:仿宋_GB2312">{"<b>" if i == 0 else ""}{esc(c)}{"</b>" if i == 0 else ""}</span></p></td>'
                        for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table, ``special(p)`` (when it
    gives markup) first, numbered heads through ``head``, other lines through ``para``."""
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
    return (f'<div class="footer"><div class="ft-link"><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a> | <a>隐私声明</a></div>'
            f'<p>主办单位：{sponsor or host}　承办单位：{host}</p>'
            f'<p>网站标识码：{code}　<a>鄂ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png">鄂公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jg"><img src="/images/red.png"><img src="/images/zfjc.png"></div></div>')


def _shift(art, k: int) -> datetime.date:
    """The article's date shifted by ``k`` days (a 落款 a day earlier, a later 更新时间)."""
    return datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=k)


def kjj_qymd132(art, rng, others):
    """区 科技局 portal: p01 (GBK) a 拟入库 科技型中小企业 名单 公示 under an 信息公开 grid (索引号, 发布机构,
    成文日期 a day earlier), info glued with no whitespace (``发布时间：…来源：…浏览次数：`` with a
    ``document.write`` counter), the 主送 line, ``<strong>一、…</strong>`` heads, a 名单 table, 联系人/联系电话/
    地址 lines and 特此公示 (body), the 落款 and its date, an 附件 line and a 相关链接 box (not body); p02 a
    科技活动周 news page whose only visible date is a later ``更新时间`` (meta ``PubDate`` and the URL give
    the publication date), red bold ``坚持…，推动…`` heads, a photo + caption, 责任编辑, 上一篇/下一篇 and
    相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.jiangxia.gov.cn/bmdt/qkjj/{'tzgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.shtml"
    who = rng.sample(WHO, 3)
    para = lambda t: f'<p style="text-indent:2em;line-height:28px;font-family:仿宋_GB2312;font-size:16pt">{t}</p>'  # noqa: E731
    nav = ('<div class="top"><span>武汉市江夏区人民政府</span><a>无障碍</a><a>长者模式</a><a>English</a></div>'
           '<div class="banner"><img src="/images/jx_banner.jpg"></div>'
           '<div class="nav"><ul><li>首页</li><li>江夏概况</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>专题专栏</li></ul></div>')
    if p01:
        def special(p):
            if p.endswith("：") and p.startswith("各有关"):
                return f'<p style="line-height:28px;font-family:仿宋_GB2312;font-size:16pt">{esc(p)}</p>'
            return None
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:28px"><strong>{t}</strong></p>',
                         special=special)
        before = _shift(art, -1)
        grid = ('<table class="xxgk_grid" width="100%" border="1"><tr><td class="th">索引号：</td>'
                f'<td>MB1A{_n(rng, 5)}/{y}-{_n(rng, 5)}</td><td class="th">主题分类：</td><td>科技、教育\\科技</td></tr>'
                '<tr><td class="th">发布机构：</td><td>江夏区科学技术局</td><td class="th">成文日期：</td>'
                f'<td>{before.year}-{before.month:02d}-{before.day:02d}</td></tr>'
                f'<tr><td class="th">名　　称：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
        info = (f'<div class="xl_info">发布时间：{y}-{m}-{d} {_hm(rng)}来源：区科技局'
                f'浏览次数：<script>document.write("{_n(rng, 3)}")</script>【字号：<a>大</a><a>中</a><a>小</a>】</div>')
        tail = ('<p style="text-align:right;line-height:28px;font-family:仿宋_GB2312;font-size:16pt">武汉市江夏区科学技术局</p>'
                f'<p style="text-align:right;line-height:28px;font-family:仿宋_GB2312;font-size:16pt">{y}年{int(m)}月{int(d)}日</p>'
                f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.xlsx">江夏区2025年第一批拟入库科技型中小企业名单（完整版）.xlsx</a></p>')
        box = ('<div class="xglj"><div class="xglj-t">相关链接</div><ul><li><a>科技型中小企业评价服务平台</a></li>'
               '<li><a>关于做好2025年科技型中小企业评价工作的通知</a></li><li><a>江夏区促进科技创新若干政策解读</a></li></ul></div>')
        body = (nav + '<div class="crumb">您当前的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>部门信息公开</a> &gt; <a>区科技局</a> &gt; <a>通知公告</a></div>'
                f'<div class="detail">{grid}<h1 class="tit">{esc(art["title"])}</h1>{info}'
                '<div class="TRS_Editor" id="zoom">' + "".join(blocks) + tail + f'</div>{box}'
                '<div class="tool"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div></div>'
                + _gov_foot(rng, "武汉市江夏区科学技术局", f"420115{_n(rng, 4)}", "武汉市江夏区人民政府办公室"))
        head = (f'<title>{esc(art["title"])}-武汉市江夏区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                '<meta name="ColumnName" content="通知公告"><meta name="ContentSource" content="区科技局">')
    else:
        def special(p):
            if p.startswith("坚持") and "，推动" in p and "。" not in p:
                return f'<p style="text-indent:2em;line-height:28px"><strong><span style="color:#b80000">{esc(p)}</span></strong></p>'
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:28px">{t}</p>', special=special)
        blocks.insert(3, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体">学生在科技活动周启动仪式现场体验智能设备。（区科技局供图）</span></p>')
        upd = _shift(art, 3)
        rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
        body = (nav + '<div class="crumb">您当前的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>部门动态</a></div>'
                f'<div class="detail"><h1 class="tit">{esc(art["title"])}</h1>'
                f'<div class="xl_info"><span>来源：区科技局</span><span>更新时间：{upd.year}-{upd.month:02d}-{upd.day:02d} {_hm(rng)}</span>'
                '<span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
                '<div class="TRS_Editor" id="zoom">' + "".join(blocks) + '</div>'
                f'<p class="zrbj">（责任编辑：{who[0]}）</p>'
                '<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a></div>'
                f'<div class="sxp"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[5][0])}</a></p></div>'
                f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
                + _gov_foot(rng, "武汉市江夏区科学技术局", f"420115{_n(rng, 4)}", "武汉市江夏区人民政府办公室"))
        head = (f'<title>{esc(art["title"])}-武汉市江夏区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="部门动态">')
    return head, body, url


def qx_mp_tq132(art, rng, others):
    """区 气象 公众号 三天 天气预报 post: 原创 label, author, visible ``publish_time``, a ``点击蓝字`` banner, a
    ``具体预报如下↓`` teaser, a 预报图 with a ``▲`` caption, a 数据来源 line, a 防暑小贴士 box, 编辑/审核, 往期推荐,
    阅读原文, 点赞/在看, QR (not body); day bars ``7月11日（星期五）``, a 气象专家提醒 pill, ``1.`` items and a
    centred slogan (body)."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 2)
    out = []
    for i, p in enumerate(art["body"]):
        if p.endswith("）") and "月" in p and "星期" in p and len(p) < 16:
            out.append('<section style="margin:18px 0 8px;text-align:left"><section style="display:inline-block;background:#2f7fd1;'
                       f'padding:4px 14px;border-radius:0 14px 14px 0"><p><span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></p></section></section>')
        elif p == "气象专家提醒":
            out.append('<section style="text-align:center;margin:22px 0 10px"><section style="display:inline-block;border:1px solid #2f7fd1;'
                       f'border-radius:20px;padding:4px 20px"><p><span style="color:#2f7fd1;font-size:16px"><strong>{esc(p)}</strong></span></p></section></section>')
        elif p.endswith("！") and len(p) < 12:
            out.append(f'<p style="text-align:center;margin-top:16px"><span style="color:#e06c00;font-size:18px"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.75em"><span style="font-size:15px;color:#333">{esc(p)}</span></p>')
        if i == 0:
            out.append('<p style="text-align:center"><span style="font-size:15px;color:#2f7fd1"><strong>具体预报如下↓</strong></span></p>'
                       f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲夷陵区未来三天天气预报图</span></p>')
        if p.startswith("多云转阵雨"):
            out.append('<p><span style="font-size:12px;color:#999">数据来源：宜昌市夷陵区气象台</span></p>')
    tip = ('<section style="background:#fff6e8;border-left:4px solid #e06c00;padding:10px 12px;margin:20px 0">'
           '<p><strong><span style="color:#e06c00">防暑小贴士</span></strong></p>'
           '<p><span style="font-size:14px">出现头晕、乏力、大量出汗等中暑先兆时，应立即到阴凉通风处休息，补充淡盐水；症状严重时请及时就医。</span></p></section>')
    tail = (tip + f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/640"></p>'
            '<p style="text-align:center"><span style="font-size:13px;color:#999">长按识别二维码 关注夷陵气象</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">夷陵区气象台</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">夷陵气象</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">湖北</em></div>'
            '<div class="rich_media_content" id="js_content">'
            '<p style="text-align:center"><span style="font-size:13px;color:#2f7fd1">点击蓝字 关注我们</span></p>' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(2000, 9000)}</span>'
            f'<a>点赞 {rng.randint(20, 150)}</a><a>在看 {rng.randint(5, 40)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "夷陵气象"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xzf_dmmm132(art, rng, others):
    """县政府网 地名命名: p04 (GBK) a 道路 命名 公告 on an old table layout — ``发布日期`` beside a later
    ``更新时间`` in one ``<td>``, a centred 文号 line, the text in ``<p>`` lines inside one ``<td>`` with a
    命名 table (body), a 注 line under the table, 特此公告 (body), the 落款 and its date, an 附件 line (not
    body); p05 a 征求意见 公告 with glued info spans, ``<b>一、…</b>`` heads, ``1.`` 反馈方式 items (body),
    the 落款 a day earlier, a 我要留言 box and 相关文件 (not body)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.zigui.gov.cn/xxgk/{'gsgg' if p04 else 'zqyj'}/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.shtml"
    who = rng.sample(WHO, 2)
    if p04:
        rows, lines = [], []
        for p in list(art["body"]) + [None]:
            if p is not None and _row(p):
                rows.append(p)
                continue
            if rows:
                lines.append(_table(rows, 'width="96%" border="1" cellspacing="0" cellpadding="4" align="center" bordercolor="#666666"')
                             + '<p style="font-size:14px">注：道路长度以竣工测量数据为准。</p>')
                rows = []
            if p is None:
                break
            lines.append(f'<p style="text-indent:2em;line-height:30px"><font face="仿宋_GB2312" size="4">{esc(p)}</font></p>')
        upd = _shift(art, 2)
        body = ('<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/zg_top.jpg" width="980" height="150"></td></tr>'
                '<tr><td class="nav" bgcolor="#0c5aa6" height="34">&nbsp;<a>首页</a>&nbsp;|&nbsp;<a>走进秭归</a>&nbsp;|&nbsp;<a>信息公开</a>&nbsp;|&nbsp;<a>政务服务</a>&nbsp;|&nbsp;<a>政民互动</a></td></tr></table>'
                '<table width="980" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="200" valign="top" class="left"><div class="lm">信息公开</div><ul><li><a>政府文件</a></li><li><a>公示公告</a></li>'
                '<li><a>区划地名</a></li><li><a>规划计划</a></li></ul></td>'
                '<td width="780" valign="top"><table width="100%"><tr><td class="wz">当前位置：<a>首页</a> &gt;&gt; <a>信息公开</a> &gt;&gt; <a>公示公告</a></td></tr>'
                f'<tr><td align="center" height="60"><font size="5" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}-{m}-{d}&nbsp;&nbsp;更新时间：{upd.year}-{upd.month:02d}-{upd.day:02d}&nbsp;&nbsp;'
                '来源：县民政局&nbsp;&nbsp;【<a>打印</a>】</td></tr>'
                f'<tr><td align="center"><font face="仿宋_GB2312" size="4">秭政告〔{y}〕{rng.randint(6, 15)}号</font></td></tr>'
                '<tr><td class="zw" id="zoom">' + "".join(lines)
                + '<p align="right"><font face="仿宋_GB2312" size="4">秭归县人民政府</font></p>'
                + f'<p align="right"><font face="仿宋_GB2312" size="4">{y}年{int(m)}月{int(d)}日</font></p>'
                + f'<p>附件：<a href="/uploads/{_n(rng, 9)}.jpg">茅坪镇新命名道路位置示意图</a></p></td></tr>'
                '<tr><td align="right"><a href="javascript:window.close()">【关闭窗口】</a></td></tr></table></td></tr></table>'
                f'<table width="980" align="center" class="foot"><tr><td align="center">主办：秭归县人民政府办公室　承办：秭归县融媒体中心<br>'
                f'网站标识码：420527{_n(rng, 4)}　鄂ICP备{_n(rng, 8)}号　鄂公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = (f'<title>{esc(art["title"])}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                '<meta name="ColumnName" content="公示公告">')
    else:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2em">{t}</p>',
                         head=lambda t: f'<p style="text-indent:2em;line-height:2em"><b>{t}</b></p>')
        before = _shift(art, -1)
        sig = ('<p style="text-align:right;line-height:2em">秭归县民政局</p>'
               f'<p style="text-align:right;line-height:2em">{before.year}年{before.month}月{before.day}日</p>')
        box = ('<div class="wyly"><a class="btn">我要留言</a><p>留言须实名，内容须与本次征集主题相关。</p></div>'
               '<div class="xgwj"><h4>相关文件</h4><ul><li><a>地名管理条例</a></li><li><a>湖北省地名管理办法</a></li></ul></div>')
        body = ('<div class="header"><img src="/images/zg_logo.png" alt="秭归县人民政府"><div class="search"><input value="请输入关键字"></div></div>'
                '<div class="nav"><ul><li>首页</li><li>走进秭归</li><li>信息公开</li><li>政务服务</li><li>政民互动</li></ul></div>'
                '<div class="crumb">当前位置：<a>首页</a> &gt; <a>政民互动</a> &gt; <a>意见征集</a></div>'
                f'<div class="article"><h1>{esc(art["title"])}</h1>'
                f'<div class="art-info"><span>发布时间：{y}-{m}-{d}</span><span>来源：县民政局</span>'
                f'<span>访问量：<script>document.write("{_n(rng, 4)}")</script></span></div>'
                '<div class="art-con">' + "".join(blocks) + sig + f'</div>{box}'
                '<div class="tool"><span>分享到：<a class="wx"></a><a class="wb"></a></span><a>【打印】</a><a>【关闭】</a></div></div>'
                + _gov_foot(rng, "秭归县人民政府办公室", f"420527{_n(rng, 4)}"))
        head = (f'<title>{esc(art["title"])}_秭归县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    return head, body, url


def ygw_yp132(art, rng, others):
    """央广网-like 地方 audio page: logo and channel nav, crumb, headline, an info line, an 听新闻 audio
    player with a duration, a 中国之声 app banner, ``编辑：`` and ``[责任编辑：…]``, a QR card, 相关新闻 with
    dates, 热点 list, footer (not body); the ``央广网… 消息（记者 …）`` opening, ``记者：`` turns and
    ``name：`` / ``种植大户 name：`` turns in bold (body). p06 shows ``YYYY-MM-DD hh:mm:ss 来源：央广网``;
    p07 no visible date (meta ``publishdate`` and the URL give it)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://hb.cnr.cn/{'dfxw' if p06 else 'sxzx'}/{y}{m}{d}/t{y}{m}{d}_{_n(rng, 9)}.shtml"
    who = rng.sample(WHO, 2)

    def special(p):
        if p.startswith("记者："):
            return f'<p><strong>记者：</strong>{esc(p[3:])}</p>'
        head_, sep, rest = p.partition("：")
        if sep and len(head_) <= 10 and "，" not in head_ and "。" not in head_:
            return f'<p><strong>{esc(head_)}：</strong>{esc(rest)}</p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p>{x}</p>', special=special)
    if p06:
        blocks.insert(4, f'<p style="text-align:center"><img src="https://hb.cnr.cn/img/{y}{m}/{_n(rng, 12)}.jpg"></p>'
                         '<p style="text-align:center"><span class="tutitle">茶农在高山茶园采摘春茶（央广网发 向明辉 摄）</span></p>')
        info = f'<div class="source"><span>{y}-{m}-{d} {_hm(rng)}:{rng.randint(10, 59)}</span><span>来源：央广网</span></div>'
    else:
        info = '<div class="source"><span>来源：央广网</span><span>作者：杜雅琴</span></div>'
    audio = (f'<div class="tingxinwen"><span class="lbl">听新闻</span><audio src="https://audio.cnr.cn/{y}{m}/{_n(rng, 10)}.mp3"></audio>'
             f'<span class="dur">00:00/0{rng.randint(2, 4)}:{rng.randint(10, 59)}</span></div>')
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
    hot = "".join(f'<li><a>{esc(tt)}</a></li>' for tt, _ in rng.sample(others, 3))
    body = ('<div class="header"><a class="logo"><img src="//www.cnr.cn/img/logo.png" alt="央广网"></a>'
            '<ul class="nav"><li>首页</li><li>新闻</li><li>财经</li><li>地方</li><li>专题</li></ul></div>'
            '<div class="wrapper"><div class="crumb"><a>央广网</a> &gt; <a>地方</a> &gt; <a>湖北</a> &gt; 正文</div>'
            f'<div class="article-header"><h1>{esc(art["title"])}</h1>{info}</div>{audio}'
            '<div class="article-content" id="articleText">' + "".join(blocks) + '</div>'
            f'<div class="editor">编辑：{who[0]}</div><div class="zrbj">[责任编辑：{who[1]}]</div>'
            '<div class="app-banner">下载云听客户端 收听中国之声</div>'
            '<div class="qrcode"><img src="/img/cnr_wx.png"><p>央广网官方微信</p></div>'
            f'<div class="related"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
            f'<div class="sidebar"><h3>热点推荐</h3><ul>{hot}</ul></div>'
            '<div class="footer">央广网版权所有　Copyright 2002-2025 www.cnr.cn All Rights Reserved　京ICP证150508号</div>')
    head = f'<title>{esc(art["title"])}_央广网</title>'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="description" content="{esc(art["body"][0][:40])}">'
    return head, body, url


def swj_gsh132(art, rng, others):
    """区 税务局 portal: p08 a 个税汇算 提醒 — ``发布时间：`` spans with 来源 and 【字体】, ``<strong>一、…</strong>``
    heads, ``1.`` items, a 咨询电话 line (body), a 图解 image with its source line, a 温馨提示 box and a 相关链接
    box (not body); p09 (GBK) a 辅导 news page on an old table layout with the text as ``<br><br>`` lines in
    one ``<td>``, a ``YYYY/M/D`` date, a photo + caption, ``1.`` items after a ``：``-ended lead-in (body), a
    税收宣传 side list, ``（编辑：…）`` (not body)."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"https://hubei.chinatax.gov.cn/xysw/fcq/{'tzgg' if p08 else 'swdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 2)
    if p08:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:1.9em">{t}</p>',
                         head=lambda t: f'<p style="text-indent:2em;line-height:1.9em"><strong>{t}</strong></p>')
        blocks.insert(1, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 10)}.png" width="560"></p>'
                         '<p style="text-align:center;font-size:13px;color:#666">图片来源：国家税务总局</p>')
        box = ('<div class="wxts" style="border:1px solid #d9a441;padding:10px;margin-top:14px"><p><b>温馨提示</b></p>'
               '<p>汇算初期办理人数较多，请按预约时间办理；如遇网络繁忙，可错峰登录。</p></div>'
               '<div class="xglj"><h4>相关链接</h4><ul><li><a>个人所得税App下载</a></li><li><a>自然人电子税务局</a></li></ul></div>')
        body = ('<div class="tax-top"><img src="/images/chinatax_logo.png" alt="国家税务总局湖北省税务局"><a>登录</a><a>注册</a></div>'
                '<div class="nav"><ul><li>首页</li><li>信息公开</li><li>纳税服务</li><li>互动交流</li><li>税收宣传</li></ul></div>'
                '<div class="crumb">当前位置：首页 &gt; 襄阳市税务局 &gt; 樊城区税务局 &gt; 通知公告</div>'
                f'<div class="con"><h2>{esc(art["title"])}</h2>'
                f'<div class="info"><span>发布时间：{y}-{m}-{d}</span>&nbsp;&nbsp;<span>来源：国家税务总局襄阳市樊城区税务局</span>&nbsp;&nbsp;'
                '<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
                '<div class="TRS_Editor">' + "".join(blocks) + f'</div>{box}'
                '<div class="tool"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
                '<div class="footer"><p>主办：国家税务总局湖北省税务局　纳税服务热线：12366</p>'
                f'<p>网站标识码：bm29{_n(rng, 6)}　京ICP备{_n(rng, 8)}号　鄂公网安备 {_n(rng, 14)}号</p></div>')
        head = (f'<title>{esc(art["title"])}_国家税务总局湖北省税务局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    else:
        lines = [f"　　{esc(p)}" for p in art["body"]]
        lines.insert(3, f'<div align="center"><img src="/uploads/{_n(rng, 9)}.jpg" width="520" border="0"><br>'
                        '<font face="楷体_GB2312">图为税务干部为企业职工现场演示个税App操作。</font></div>')
        side = "".join(f'<li><a>{esc(tt)}</a></li>' for tt, _ in rng.sample(others, 4))
        body = ('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/fc_tax_top.jpg" width="1000"></td></tr>'
                '<tr><td class="nav">首页 | 机构概况 | 税收新闻 | 办税指南 | 税收宣传 | 纳税人之家</td></tr></table>'
                '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="240" valign="top"><div class="lmt">税收宣传</div><ul class="sswx">' + side + '</ul></td>'
                '<td width="760" valign="top"><div class="wz">您的位置：首页 &gt;&gt; 税收新闻</div>'
                f'<table width="96%" align="center"><tr><td align="center" class="bt"><b>{esc(art["title"])}</b></td></tr>'
                f'<tr><td align="center" class="ly">{y}/{int(m)}/{int(d)}　作者：{who[0]}　来源：樊城区税务局　点击数：<script>document.write("{_n(rng, 3)}")</script></td></tr>'
                '<tr><td class="nr" style="line-height:28px">' + "<br><br>".join(lines) + '</td></tr>'
                f'<tr><td align="right">（编辑：{who[1]}）</td></tr>'
                '<tr><td align="right">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr></table></td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">版权所有：国家税务总局襄阳市樊城区税务局　鄂ICP备{_n(rng, 8)}号<br>'
                f'地址：樊城区人民路{rng.randint(10, 99)}号　纳税服务热线：12366</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="个税汇算,樊城区税务局">'
    return head, body, url


def cun_mp_hbx132(art, rng, others):
    """村 公众号 红白喜事 简办 倡议书: an empty ``publish_time`` (the script's ``ct`` gives the date), a ``点击
    蓝字`` banner, a 倡议 banner image with a ``▲`` caption, the 落款 (村民委员会 and 红白理事会) and its date, a
    红白理事会 联系 card, 编辑/审核, 阅读/在看, QR (not body); the bold salutation, red ``一、…`` bar heads and the
    centred slogan (body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 3)
    before = _shift(art, -1)
    out = []
    for i, p in enumerate(art["body"]):
        if i == 0:
            out.append(f'<p style="line-height:1.8em"><span style="font-size:16px"><strong>{esc(p)}</strong></span></p>')
        elif _head(p):
            out.append('<section style="margin:16px 0 6px"><section style="display:inline-block;background:#c9151e;padding:3px 12px">'
                       f'<p><span style="color:#fff;font-size:15px"><strong>{esc(p)}</strong></span></p></section></section>')
        elif p.endswith("！") and len(p) < 18:
            out.append(f'<p style="text-align:center;margin-top:20px"><span style="color:#c9151e;font-size:17px"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 2:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲村民代表大会表决通过红白喜事简办标准</span></p>')
    tail = ('<p style="text-align:right"><span style="font-size:15px">麻城市龟山镇桃林河村民委员会</span></p>'
            '<p style="text-align:right"><span style="font-size:15px">桃林河村红白理事会</span></p>'
            f'<p style="text-align:right"><span style="font-size:15px">{before.year}年{before.month}月{before.day}日</span></p>'
            '<section style="border:1px dashed #c9151e;padding:10px 12px;margin:18px 0"><p><strong>红白理事会联系方式</strong></p>'
            f'<p><span style="font-size:14px">会长：胡德胜　联系电话：138{_n(rng, 8)}</span></p>'
            f'<p><span style="font-size:14px">报备地点：村党群服务中心一楼便民服务窗口</span></p></section>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">桃林河村</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            '<div class="rich_media_content" id="js_content">'
            '<p style="text-align:center"><span style="font-size:13px;color:#c9151e">点击蓝字 关注桃林河村</span></p>' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(400, 3000)}</span><a>点赞 {rng.randint(10, 120)}</a><a>在看 {rng.randint(3, 40)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "桃林河村"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def rb_05sh132(art, rng, others):
    """日报 e-paper 第05版 社会: masthead ``YYYY年M月D日　星期X`` (the only visible date; the URL agrees), a
    版次 ``<select>``, 上一版/下一版/PDF, 版面图, 本版标题 (not body). p11 (GBK): an 引题 and a 副题 around the
    headline, the ``本报讯（记者 …）`` opening run into the lead (body), the text as ``<br>`` lines in one
    ``founder-content``, a caption table with a photo credit, a second short item in full (not body); p12:
    a 热线追踪 栏目 name, a ``本报记者 name`` byline, ``<P>`` paragraphs with ``执法队员：``/``工地负责人：``
    turns (body), a 新闻热线 box (not body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.jzrb.com.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 2)
    if p11:
        kicker = '<h3 class="yt">家门口的幸福事</h3>'
        sub = '<h2 class="ft">社区牵头协商三个月　28户居民全部签字同意</h2>'
        by = ""
        text = ('<table align="center"><tr><td><img src="../../../res/1/' + f'{_n(rng, 8)}.jpg" width="460"></td></tr>'
                '<tr><td class="pictext">新装的电梯正式投入运行。　记者 黄晓曼 摄</td></tr></table>'
                '<!--enpcontent--><founder-content>' + "<br>".join(f"　　{esc(p)}" for p in art["body"])
                + '<br></founder-content><!--/enpcontent-->')
        after = ('<div class="other"><h4>短讯</h4><p><b>荆州区开展防溺水安全宣传</b></p>'
                 '<p>本报讯　近日，荆州区组织志愿者在长江沿线和城区湖塘开展防溺水安全宣传，发放宣传资料2000余份，提醒家长暑期看管好孩子。</p></div>')
    else:
        kicker = '<div class="lanmu">热线追踪</div>'
        sub = ""
        by = '<div class="author">本报记者　覃文静</div>'
        text = '<div id="ozoom"><founder-content>' + "".join(f"<P>　　{esc(p)}</P>" for p in art["body"]) + '</founder-content></div>'
        after = (f'<div class="rexian"><p>本报新闻热线：0716-84{_n(rng, 5)}</p><p>欢迎提供新闻线索，一经采用即付报酬。</p></div>')
    same = "".join(f'<li><a>{esc(x)}</a></li>' for x in ["沙市区一小区加装电梯 老人们告别“爬楼难”", "夜间施工扰民 城管连夜调解", "荆州区开展防溺水安全宣传"])
    body = (f'<div class="masthead"><img src="../../../images/jzrb_logo.gif" alt="荆州日报"><div class="mast-r">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>中共荆州市委机关报</p></div></div>'
            '<div class="bc"><select name="ban"><option>第01版：要闻</option><option>第02版：综合</option><option>第03版：经济</option>'
            '<option>第04版：县市</option><option selected>第05版：社会</option><option>第06版：文体</option></select>'
            f'　<a>上一版</a>　<a>下一版</a>　<a href="../../../page/{y}-{m}/{d}/05/{_n(rng, 8)}.pdf">PDF下载</a>　<a>往期回顾</a></div>'
            '<table width="1000" align="center"><tr><td width="360" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/05/{y}{m}{d}05_b.jpg" width="340"></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul>{same}</ul></div></td>'
            f'<td valign="top"><div class="article">{kicker}<h1>{esc(art["title"])}</h1>{sub}{by}{text}{after}'
            f'<div class="bj">责任编辑：{who[0]}　校对：{who[1]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">荆州日报社 版权所有　未经书面授权不得转载　鄂ICP备{_n(rng, 8)}号</div>')
    head = '<title>荆州日报-第05版：社会</title><meta name="keywords" content="荆州日报,数字报">'
    return head, body, url


TEMPLATES = {"kjj_qymd132": kjj_qymd132, "qx_mp_tq132": qx_mp_tq132, "xzf_dmmm132": xzf_dmmm132,
             "ygw_yp132": ygw_yp132, "swj_gsh132": swj_gsh132, "cun_mp_hbx132": cun_mp_hbx132,
             "rb_05sh132": rb_05sh132}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages132", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
