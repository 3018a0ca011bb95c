"""Build the hundred-and-forty-third saved-page set (``pages143``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 审计局 portal 审计结果公告 and a 培训 news page
(``sjj_sjgg143``), a 区 消协 公众号 消费警示 post (``xx_mp_jx143``), 县政府网 政协提案 答复 and 办理
工作 总结 pages (``xzf_tadf143``), 大众网-like 地方 news pages with a 图集 (``dzw_tj143``), 区 司法局
人民调解 案例 pages (``sfj_rmtj143``), a 村 公众号 村务公开 post with a table (``cun_mp_cwgk143``) and
日报 e-paper 第06版 区县 pages (``rb_06qx143``). ``articles.txt`` holds the title, date and reference
body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages143/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["孙丽娜", "王海涛", "刘欣怡", "张建国", "李晓燕", "赵鹏", "高雪", "马俊峰", "郭婷", "于洋"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, th=False, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; the first row as
    ``<th>`` cells or bold ``<td>`` cells)."""
    out = []
    for i, r in enumerate(rows):
        if i == 0 and th:
            cells = "".join(f'<th style="background:#eef3f8">{esc(c)}</th>' for c in r.split(" "))
        else:
            cells = "".join(f'<td align="center">{"<b>" if i == 0 else ""}{esc(c)}{"</b>" if i == 0 else ""}</td>' for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, special=None, th=False) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table, ``special(p)`` (when it
    gives markup) first, other lines through ``para``."""
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
        out.append(got if got is not None else para(esc(p)))
    return out


def _rel(rng, others, k, fmt) -> str:
    """A related-articles list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _days(art, k: int) -> datetime.date:
    return datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=k)


def _cn(dt: datetime.date) -> str:
    return f"{dt.year}年{dt.month}月{dt.day}日"


def sjj_sjgg143(art, rng, others):
    """区 审计局 portal (历城): p01 (GBK) an 审计结果公告 on an old table layout under an 索引号/主题分类/
    发布机构/生成日期 grid, the info glued with no whitespace (``发布日期：YYYY-MM-DD hh:mm访问次数：…信息来源：``)
    and a ``document.write`` counter, 黑体 ``一、`` heads, ``1.`` items, an 整改 table, 特此公告 (body), the
    落款 and its date, an 附件 line and a 相关链接 box (not body); p02 a 培训 news page with 发布时间
    beside a later 更新时间, bar heads (聚焦…，…), a photo + 楷体 caption, 责任编辑, 上一篇/下一篇."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.licheng.gov.cn/bm/qsjj/{'sjgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 2)
    if p01:
        para = lambda t: f'<p style="text-indent:2em;line-height:28px"><font face="仿宋_GB2312">{t}</font></p>'  # noqa: E731

        def special(p):
            if _head(p):
                return f'<p style="text-indent:2em;line-height:28px"><font face="黑体">{esc(p)}</font></p>'
            return None
        blocks = _blocks(art["body"], para, special=special)
        sig = ('<p align="right" style="line-height:28px">济南市历城区审计局</p>'
               f'<p align="right" style="line-height:28px">{_cn(_days(art, -1))}</p>'
               f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.pdf">区农业农村局2023年度部门预算执行情况审计整改清单.pdf</a></p>')
        links = ('<table width="100%" class="xglj"><tr><td class="xglj-t">相关链接</td></tr>'
                 '<tr><td><a>历城区2023年度区级预算执行审计工作报告</a><br><a>济南市审计局审计结果公告办法</a></td></tr></table>')
        grid = ('<table width="100%" class="xxgk" border="1" cellspacing="0"><tr><td>索引号：</td><td>11370112004{:05d}/{}-{}</td><td>主题分类：</td><td>审计</td></tr>'
                .format(_n(rng, 5), y, _n(rng, 5))
                + f'<tr><td>发布机构：</td><td>历城区审计局</td><td>生成日期：</td><td>{y}-{m}-{d}</td></tr>'
                '<tr><td>文件编号：</td><td></td><td>有效性：</td><td>有效</td></tr></table>')
        body = ('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/lc_banner.jpg" width="1000" height="150"></td></tr>'
                '<tr><td class="nav" bgcolor="#0b5aa8" height="34">&nbsp;<a>首页</a>&nbsp;|&nbsp;<a>机构概况</a>&nbsp;|&nbsp;<a>审计动态</a>&nbsp;|&nbsp;'
                '<a>审计公告</a>&nbsp;|&nbsp;<a>政策法规</a>&nbsp;|&nbsp;<a>政务公开</a></td></tr></table>'
                '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="220" valign="top" class="left"><div class="lm">审计公告</div><ul><li><a>审计结果公告</a></li><li><a>审计工作报告</a></li>'
                '<li><a>整改情况</a></li></ul></td>'
                '<td width="780" valign="top"><div class="wz">当前位置：<a>首页</a> &gt; <a>审计公告</a> &gt; <a>审计结果公告</a></div>'
                f'{grid}<table width="100%"><tr><td align="center" height="60"><font size="5"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}-{m}-{d} {_hm(rng)}访问次数：<script>document.write("{_n(rng, 3)}")</script>'
                f'信息来源：区审计局【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                '<tr><td class="zw"><div id="zoom">' + "".join(blocks) + sig + f'</div></td></tr></table>{links}'
                '<div align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div></td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">主办：济南市历城区审计局　地址：历城区华信路{rng.randint(1, 30)}号<br>'
                f'网站标识码：3701120{_n(rng, 3)}　鲁ICP备{_n(rng, 8)}号　鲁公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = (f'<title>{esc(art["title"])}_历城区人民政府</title><meta name="ColumnName" content="审计结果公告">'
                f'<meta name="ContentSource" content="区审计局">')
    else:
        def special(p):
            if p.startswith("聚焦") and "，" in p and "。" not in p:
                return (f'<div style="margin:18px 0 10px;border-left:5px solid #0b5aa8;background:#eef4fb;padding:6px 12px">'
                        f'<p><strong>{esc(p)}</strong></p></div>')
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2em">{t}</p>', special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 10)}.jpg" width="600"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体">培训班现场</span></p>')
        pn = rng.sample(others, 2)
        body = ('<div class="header"><img src="/images/lc_logo.png" alt="济南市历城区人民政府"><div class="search"><input value="请输入关键词"></div></div>'
                '<div class="nav"><ul><li>首页</li><li>走进历城</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>'
                '<div class="main"><div class="position">您当前的位置：<a>首页</a> &gt; <a>部门动态</a> &gt; <a>区审计局</a></div>'
                f'<div class="article"><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>更新时间：{_days(art, 2).isoformat()} {_hm(rng)}</span>'
                f'<span>来源：区审计局</span><span>【<a>大</a><a>中</a><a>小</a>】</span></div>'
                '<div class="content">' + "".join(blocks) + '</div>'
                f'<p class="zrbj" style="text-align:right">责任编辑：{who[0]}</p>'
                f'<div class="sxp"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>'
                '<div class="tool"><span>分享到：<a class="wx"></a><a class="wb"></a></span><a>【打印】</a><a>【关闭】</a></div></div></div>'
                f'<div class="footer"><p>主办：济南市历城区人民政府办公室　网站标识码：3701120{_n(rng, 3)}</p>'
                f'<p>鲁ICP备{_n(rng, 8)}号　鲁公网安备 {_n(rng, 14)}号</p></div>')
        head = f'<title>{esc(art["title"])}_历城区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
    return head, body, url


def xx_mp_jx143(art, rng, others):
    """区 消协 公众号 消费警示 post: visible ``publish_time``, ``套路一：…`` bar heads, a bold ``市民王女士：``
    turn, a ``消协提醒：`` lead-in, ``1.`` items and a centred slogan (body); a 点击蓝字 banner, ▲ captions,
    an 投诉渠道 box, a QR, 来源/编辑/审核 credits, 阅读原文, 精选留言 with places (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 2)
    caps = {3: "▲网络平台上的“超低价”旅游广告（图片来源：网络截图）", 7: "▲游客被带进购物店"}

    def special(p):
        if p.startswith("套路") and "：" in p[:4]:
            return (f'<section style="margin:24px 0 10px;text-align:left"><section style="display:inline-block;background:#e4572e;padding:4px 14px">'
                    f'<p><span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></p></section></section>')
        if p.startswith("市民王女士："):
            return f'<p style="line-height:1.8em"><span style="font-size:15px"><strong>市民王女士：</strong>{esc(p[6:])}</span></p>'
        if p == "消协提醒：":
            return f'<p style="line-height:1.8em"><strong><span style="color:#e4572e;font-size:16px">{esc(p)}</span></strong></p>'
        if p.endswith("！") and len(p) < 12:
            return f'<p style="text-align:center;margin-top:20px"><strong><span style="color:#e4572e;font-size:18px">{esc(p)}</span></strong></p>'
        return None
    out = []
    for i, b in enumerate(_blocks(art["body"], lambda x: f'<p style="line-height:1.8em"><span style="font-size:15px;color:#333">{x}</span></p>', special=special)):
        out.append(b)
        if i in caps:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#999">{caps[i]}</span></p>')
    banner = ('<section style="text-align:center"><p><span style="font-size:12px;color:#e4572e">点击蓝字 关注我们</span></p></section>')
    box = ('<section style="border:1px solid #e4572e;padding:10px 14px;margin-top:24px;background:#fff6f2">'
           '<p><strong>投诉渠道</strong></p><p><span style="font-size:14px">全国12315平台：www.12315.cn</span></p>'
           '<p><span style="font-size:14px">奎文区消协投诉电话：0536-8231576（工作日9:00—17:00）</span></p></section>'
           f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
           '<p style="text-align:center"><span style="font-size:12px;color:#999">长按识别二维码 在线投诉</span></p>')
    tail = (f'<p><span style="font-size:12px;color:#999">来源：奎文区消费者协会</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}</span></p>')
    cmts = "".join(f'<li><span class="nick">{n}</span><span class="loc">{loc}</span><p>{c}</p><span>{mm}月{dd}日</span></li>'
                   for n, loc, c, mm, dd in (("晴天", "山东", "去年就被这么坑过一次，一路上全是购物店。", int(m), int(d)),
                                              ("老张", "山东", "转给家里老人看看，他们最容易信这种广告。", int(m), int(d) + 1)))
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">奎文消协</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">山东</em></div>'
            f'<div class="rich_media_content" id="js_content">{banner}' + "".join(out) + box + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(1000, 9000)}</span>'
            f'<a>点赞 {rng.randint(20, 200)}</a><a>在看 {rng.randint(5, 60)}</a></div>'
            f'<div class="discuss_container"><h3>精选留言</h3><ul>{cmts}</ul><a>写留言</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "奎文消协"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}"><meta property="og:type" content="article">'
    return head, body, url


def xzf_tadf143(art, rng, others):
    """县政府网 (沂水) 政协提案: p04 (GBK) an 答复 on an old table layout under an 信息公开 grid — 发布日期
    beside a later 更新时间 in one cell, a B类 mark and a centred 文号 line, the text as ``<br>`` lines in
    one ``<font>`` (the 委员 salutation, ``<b>一、…</b>`` heads, ``1.`` items, 联系单位/联系人/联系电话
    lines: body), the 落款 a week earlier, an 抄送 line (not body); p05 a 办理 工作 总结 whose only visible
    date is a later 更新时间 (meta PubDate and the URL give the date), red bold ``健全…，…`` heads, a
    ``<th>`` table, a caption, a 相关链接 box and 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.yishui.gov.cn/xxgk/{'tadf' if p04 else 'zwdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 2)
    if p04:
        lines = []
        for p in art["body"]:
            if _head(p):
                lines.append(f"　　<b>{esc(p)}</b>")
            elif p.endswith("委员："):
                lines.append(esc(p))
            else:
                lines.append(f"　　{esc(p)}")
        text = ('<font face="仿宋_GB2312" size="4">' + "<br>".join(lines)
                + f'<br><br><div align="right">沂水县交通运输局<br>{_cn(_days(art, -7))}</div><br>'
                + '抄送：县政协提案委员会，县政府督查室。</font>')
        body = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/ys_top.jpg" width="1000" height="140"></td></tr>'
                '<tr><td class="nav" height="34">&nbsp;<a>首页</a>&nbsp;|&nbsp;<a>走进沂水</a>&nbsp;|&nbsp;<a>政府信息公开</a>&nbsp;|&nbsp;<a>政务服务</a>&nbsp;|&nbsp;<a>政民互动</a></td></tr></table>'
                '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="wz">您现在的位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; <a>建议提案办理</a></td></tr>'
                '<tr><td><table width="100%" border="1" cellspacing="0" class="xxgk">'
                f'<tr><td>索引号：</td><td>0130{_n(rng, 5)}/{y}-{_n(rng, 5)}</td><td>发布机构：</td><td>沂水县交通运输局</td></tr>'
                f'<tr><td>文号：</td><td>沂交提〔{y}〕27号</td><td>公开方式：</td><td>主动公开</td></tr></table></td></tr>'
                f'<tr><td align="center" height="60"><font size="5"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;更新时间：{y}年{m}月{int(d) + 3:02d}日&nbsp;&nbsp;'
                f'浏览次数：<script>document.write("{_n(rng, 3)}")</script></td></tr>'
                '<tr><td align="right"><font size="3">B类</font></td></tr>'
                f'<tr><td align="center"><font face="仿宋_GB2312" size="4">沂交提〔{y}〕27号</font></td></tr>'
                f'<tr><td class="zw" style="padding:10px 40px">{text}</td></tr>'
                '<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">主办：沂水县人民政府办公室　承办：沂水县大数据中心<br>'
                f'网站标识码：3713230{_n(rng, 3)}　鲁ICP备{_n(rng, 8)}号　鲁公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = (f'<title>{esc(art["title"])}-沂水县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                '<meta name="ColumnName" content="建议提案办理">')
    else:
        def special(p):
            if "，" in p and "。" not in p and len(p) < 20:
                return f'<p style="text-indent:2em;line-height:2em"><strong><span style="color:#c00000">{esc(p)}</span></strong></p>'
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2em">{t}</p>', special=special, th=True)
        blocks.insert(4, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                         '<p style="text-align:center">县政府提案办理工作推进会现场</p>')
        links = ('<div class="xglj" style="border:1px solid #c9d9ea;padding:10px;margin-top:14px"><h4>相关链接</h4><ul>'
                 '<li><a>沂水县政府系统建议提案办理工作规定</a></li><li><a>关于县政协十一届三次会议第0127号提案的答复</a></li></ul></div>')
        rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
        body = ('<div class="top"><span>沂水县人民政府</span><span class="r"><a>无障碍</a> <a>长者模式</a></span></div>'
                '<div class="nav"><ul><li>首页</li><li>走进沂水</li><li>政府信息公开</li><li>政务服务</li><li>政民互动</li></ul></div>'
                '<div class="main"><div class="crumb">当前位置：首页 &gt; 政务动态 &gt; 工作动态</div>'
                f'<div class="detail"><h1>{esc(art["title"])}</h1>'
                f'<div class="info">来源：县政府办公室　更新时间：{_days(art, 3).isoformat()} {_hms(rng)}　字号：<a>大</a> <a>中</a> <a>小</a></div>'
                '<div class="content">' + "".join(blocks) + f'</div>{links}'
                f'<div class="bj">（责任编辑：{who[0]}）</div>'
                '<div class="share">分享到：<a class="wx"></a><a class="wb"></a></div>'
                f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div></div></div>'
                f'<div class="footer"><p>主办：沂水县人民政府办公室</p><p>鲁ICP备{_n(rng, 8)}号　鲁公网安备 {_n(rng, 14)}号</p></div>')
        head = (f'<title>{esc(art["title"])}-沂水县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="县政府办公室">')
    return head, body, url


def dzw_tj143(art, rng, others):
    """大众网-like 地方 news (莒县, 寿光) with a 图集: p06 a ``来源：…`` + ``YYYY-MM-DD hh:mm:ss`` line, a
    reporter/通讯员 byline, a 图集 swiper above the text (``1/4`` counters and captions), a bold
    ``记者：`` question and a ``张玉山：`` answer (body), 责任编辑, 上一篇/下一篇, 相关新闻; p07 no visible
    date (meta ``publishdate`` and the URL), a 高清图集 strip after the text with captions and 摄 credits,
    热点推荐, comments; footer with 鲁ICP备 and 互联网新闻信息服务许可证."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    host = "rz" if p06 else "wf"
    url = f"https://{host}.dzwww.com/{host}xw/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.htm"
    who = rng.sample(WHO, 4)
    caps = (["东莞镇丹参种植基地里，村民们正在采收丹参。", "机械翻土后，村民跟在后面捡拾丹参。", "晾晒场上的丹参。", "加工企业工作人员在地头收购丹参。"]
            if p06 else ["菜农在大棚里采摘彩椒。", "分拣好的黄瓜装箱待运。", "蔬菜批发市场里客商正在选货。", "农技人员在大棚内查看蔬菜长势。"])

    def special(p):
        if p.startswith("记者："):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        if p.startswith("张玉山："):
            return f'<p style="text-indent:2em"><strong>张玉山：</strong>{esc(p[4:])}</p>'
        return None
    blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>', special=special)
    pics = "".join(f'<div class="swiper-slide"><img src="https://img.dzwww.com/{y}{m}/{_n(rng, 9)}.jpg"><div class="pic-txt">'
                   f'<span class="num">{i + 1}/{len(caps)}</span><p>{c}</p></div></div>' for i, c in enumerate(caps))
    nav = ('<div class="dz-top"><a>大众网</a> <a>海报新闻</a> <a>山东</a> <a>时政</a> <a>社会</a> <a>财经</a> <a>文旅</a> <a>图片</a></div>'
           f'<div class="logo-bar"><img src="/images/dzw_logo.png" alt="大众网"><span>{"日照" if p06 else "潍坊"}频道</span></div>'
           f'<div class="crumb"><a>大众网</a> &gt; <a>{"日照" if p06 else "潍坊"}</a> &gt; <a>县区新闻</a></div>')
    if p06:
        pn = rng.sample(others, 2)
        main = (f'<h1>{esc(art["title"])}</h1><div class="info"><span>来源：大众网·海报新闻</span><span>{y}-{m}-{d} {_hms(rng)}</span></div>'
                f'<div class="tuji"><div class="tj-t">图集</div><div class="swiper-wrapper">{pics}</div></div>'
                f'<div class="byline">大众网·海报新闻记者 {who[0]} 通讯员 {who[1]} 日照报道</div>'
                '<div class="news-con" id="news-con">' + "".join(blocks) + '</div>'
                f'<div class="edit">责任编辑：{who[2]}</div>'
                f'<div class="pn"><a>上一篇：{esc(pn[0][0])}</a><a>下一篇：{esc(pn[1][0])}</a></div>'
                '<div class="xgxw"><h3>相关新闻</h3><ul>' + _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>') + '</ul></div>')
        head = f'<title>{esc(art["title"])}_大众网</title><meta name="keywords" content="莒县,丹参">'
    else:
        strip = "".join(f'<li><img src="https://img.dzwww.com/{y}{m}/{_n(rng, 9)}.jpg"><p>{c}（{who[0]} 摄）</p></li>' for c in caps)
        main = (f'<h1>{esc(art["title"])}</h1><div class="info"><span>来源：大众网·海报新闻</span><span>作者：{who[0]} {who[1]}</span></div>'
                '<div class="news-con" id="news-con">' + "".join(blocks) + '</div>'
                f'<div class="gqtj"><h3>高清图集</h3><ul>{strip}</ul></div>'
                f'<div class="edit">责任编辑：{who[2]}　审核：{who[3]}</div>'
                '<div class="comment"><h3>网友评论</h3><ul><li><span>潍坊网友</span><p>寿光的菜确实新鲜，冬天也不愁吃。</p></li>'
                '<li><span>青岛网友</span><p>水肥一体化这几年推广得真快。</p></li></ul></div>')
        head = (f'<title>{esc(art["title"])}_大众网</title><meta name="publishdate" content="{y}-{m}-{d}">'
                f'<meta name="description" content="{esc(art["body"][0][:50])}">')
    hot = "".join(f'<li><a>{esc(tt)}</a></li>' for tt, _ in rng.sample(others, 4))
    body = (nav + f'<div class="w1200"><div class="left">{main}'
            '<div class="share">分享到：<a class="wx"></a><a class="wb"></a><a class="qq"></a></div></div>'
            f'<div class="right"><h3>热点推荐</h3><ol>{hot}</ol><div class="app"><img src="/images/hbxw_qr.png"><p>扫码下载海报新闻客户端</p></div></div></div>'
            f'<div class="footer"><p>大众网版权所有 未经授权禁止复制或建立镜像</p><p>互联网新闻信息服务许可证 37120{_n(rng, 6)}　鲁ICP备{_n(rng, 8)}号</p></div>')
    return head, body, url


def sfj_rmtj143(art, rng, others):
    """区 司法局 人民调解 案例 (张店): p08 (GBK) an old table page with an info line glued with no whitespace
    (``发布时间：YYYY-MM-DD来源：…作者：…浏览次数：``), red bold ``【案情简介】`` heads (body), a 调解员名片
    card after the text and a 以案说法 side list (not body); p09 a div page with a bracketed
    ``[ YYYY-MM-DD ]`` date, bold ``调解员：``/``装饰公司负责人：`` turns and a one-sentence paragraph
    (body), a 相关法条 box, 责任编辑 and 上一篇/下一篇 (not body)."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.zhangdian.gov.cn/sfj/rmtj/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 3)

    def special(p):
        if p.startswith("【") and p.endswith("】"):
            return f'<p style="text-indent:2em;line-height:2em"><strong><span style="color:#b30000">{esc(p)}</span></strong></p>'
        for lab in ("调解员：", "装饰公司负责人："):
            if p.startswith(lab):
                return f'<p style="text-indent:2em;line-height:2em"><strong>{lab}</strong>{esc(p[len(lab):])}</p>'
        return None
    blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2em">{t}</p>', special=special)
    if p08:
        card = ('<table width="100%" class="tjy" style="border:1px dashed #b30000;margin-top:14px"><tr><td><b>调解员名片</b></td></tr>'
                f'<tr><td>{who[0]}，湖田街道人民调解委员会专职调解员，从事人民调解工作9年，先后调处各类纠纷600余件。</td></tr></table>')
        side = "".join(f'<li><a>{esc(tt)}</a></li>' for tt, _ in rng.sample(others, 4))
        body = ('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/sfj_top.jpg" width="1000" height="130"></td></tr>'
                '<tr><td class="nav">&nbsp;首页&nbsp;|&nbsp;司法动态&nbsp;|&nbsp;普法宣传&nbsp;|&nbsp;人民调解&nbsp;|&nbsp;法律服务&nbsp;|&nbsp;政务公开</td></tr></table>'
                '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>'
                f'<td width="240" valign="top"><div class="lmt">以案说法</div><ul>{side}</ul></td>'
                '<td width="760" valign="top"><div class="wz">当前位置：首页 &gt;&gt; 人民调解 &gt;&gt; 调解案例</div>'
                f'<div class="title">{esc(art["title"])}</div>'
                f'<div class="source">发布时间：{y}-{m}-{d}来源：湖田街道司法所作者：{who[1]}浏览次数：<script>document.write("{_n(rng, 3)}")</script></div>'
                '<div class="zw" id="zoom">' + "".join(blocks) + f'</div>{card}'
                '<div class="dy">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div></td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">版权所有：淄博市张店区司法局　鲁ICP备{_n(rng, 8)}号<br>'
                f'地址：张店区人民西路{rng.randint(10, 199)}号　公共法律服务热线：12348</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="人民调解,案例">'
    else:
        box = ('<div class="xgft" style="background:#f7f3e8;border:1px solid #d8c9a0;padding:10px;margin-top:14px"><h4>相关法条</h4>'
               '<p>《保障农民工工资支付条例》第三十六条：建设单位或者施工总承包单位将建设工程发包或者分包给个人或者不具备合法经营资格的单位，'
               '导致拖欠农民工工资的，由建设单位或者施工总承包单位清偿。</p></div>')
        pn = rng.sample(others, 2)
        body = ('<div class="header"><img src="/images/sfj_logo.png" alt="张店区司法局"></div>'
                '<div class="nav"><ul><li>首页</li><li>司法动态</li><li>普法宣传</li><li>人民调解</li><li>法律服务</li></ul></div>'
                '<div class="main"><div class="crumb">当前位置：首页 &gt; 人民调解 &gt; 调解案例</div>'
                f'<div class="article"><h2>{esc(art["title"])}</h2><div class="date">[ {y}-{m}-{d} ]　来源：区司法局</div>'
                '<div class="con">' + "".join(blocks) + f'</div>{box}'
                f'<div class="bj">责任编辑：{who[2]}</div>'
                f'<div class="sxp"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div></div></div>'
                f'<div class="footer">淄博市张店区司法局 版权所有　鲁ICP备{_n(rng, 8)}号　鲁公网安备 {_n(rng, 14)}号</div>')
        head = f'<title>{esc(art["title"])}-张店区司法局</title>'
    return head, body, url


def cun_mp_cwgk143(art, rng, others):
    """村 公众号 村务公开 post: an empty ``publish_time`` (the script's ``ct`` gives the date), the
    salutation, bar ``一、`` heads, a ``<th>`` 支出 table, 监督电话 line and a centred slogan (body); a ▲
    caption of the 公示栏, the 落款 (two committees and a date), a 温馨提示 card, 往期推荐 (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 2)

    def special(p):
        if _head(p):
            return (f'<section style="margin:20px 0 8px;background:#2f8f4e;padding:4px 12px"><p><span style="color:#fff"><strong>{esc(p)}</strong></span></p></section>')
        if p.endswith("！") and len(p) < 14:
            return f'<p style="text-align:center;margin-top:18px"><strong><span style="color:#c00000;font-size:17px">{esc(p)}</span></strong></p>'
        if p == "各位村民：":
            return f'<p style="line-height:1.8em"><span style="font-size:15px">{esc(p)}</span></p>'
        return None
    out = _blocks(art["body"], lambda x: f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px">{x}</span></p>', special=special, th=True)
    out.insert(2, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                  '<p style="text-align:center"><span style="font-size:12px;color:#888">▲村委会门前的村务公开栏</span></p>')
    sig = ('<p style="text-align:right"><span style="font-size:15px">东城村村民委员会</span></p>'
           '<p style="text-align:right"><span style="font-size:15px">东城村村务监督委员会</span></p>'
           f'<p style="text-align:right"><span style="font-size:15px">{_cn(_days(art, 0))}</span></p>')
    card = ('<section style="border:1px solid #2f8f4e;border-radius:6px;padding:10px 14px;margin:18px 0">'
            '<p><strong><span style="color:#2f8f4e">温馨提示</span></strong></p>'
            '<p><span style="font-size:14px">村务公开栏每季度更新一次，外出务工的村民可通过本公众号查看公示内容。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">临朐东城村</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(out) + sig + card + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(300, 3000)}</span><a>点赞 {rng.randint(5, 80)}</a><a>在看 {rng.randint(2, 30)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "临朐东城村"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def rb_06qx143(art, rng, others):
    """日报 e-paper 第06版：区县 (烟台): masthead with ``YYYY年M月D日　星期X`` (the only visible date; the
    URL agrees), a 版次 ``<select>``, 上一版/下一版/PDF, 版面图, 本版标题; p11 (GBK) an 引题 line, the
    text as ``<br>`` lines in one ``founder-content`` with the 本报讯 opening (body), a caption table with
    a 摄 credit and a second 短讯 in full (not body); p12 ``<P>`` paragraphs in ``#ozoom`` under a 副题 and
    a byline, ``记者：`` and ``酒庄研学负责人 徐静：`` turns and a closing one-line slogan (body), a 研学
    小贴士 box (not body); 责任编辑, copyright."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.ytrb.cn/ytrb/{y}{m}/{d}/node_06.htm"
    who = rng.sample(WHO, 3)
    second = ("芝罘区新增15处共享停车泊位", "本报讯（记者　王宁）日前，芝罘区协调辖区8家机关企事业单位，在夜间和节假日向周边居民开放内部停车场，新增共享停车泊位15处。")
    if p11:
        text = ('<!--enpcontent--><founder-content>' + "<br>".join(f"　　{esc(p)}" for p in art["body"]) + '<br></founder-content><!--/enpcontent-->')
        top = f'<div class="yt">推窗见绿　出门进园</div><h1>{esc(art["title"])}</h1>'
        after = (f'<table class="pic" align="center"><tr><td><img src="../../../res/{y}{m}/{d}/{_n(rng, 8)}.jpg" width="480"></td></tr>'
                 f'<tr><td class="caption">居民在口袋公园里休闲。　记者　{who[0]}　摄</td></tr></table>'
                 f'<div class="other"><h3>{second[0]}</h3><p>{second[1]}</p></div>')
    else:
        text = '<div id="ozoom"><founder-content>' + "".join(f"<P>　　{esc(p)}</P>" for p in art["body"]) + '</founder-content></div>'
        top = (f'<h1>{esc(art["title"])}</h1><div class="ft">暑期11家酒庄开设研学课程　接待学生2.3万人次</div>'
               f'<div class="author">本报记者　{who[0]}　通讯员　{who[1]}</div>')
        after = ('<div class="lj" style="border:1px solid #b08a5a;padding:8px;margin-top:10px"><h4>研学小贴士</h4>'
                 '<p>参加酒庄研学的学生请穿防滑鞋，进入酿造车间须听从讲解员安排，未成年人不得品尝酒类产品。</p></div>')
    same = "".join(f'<li><a>{esc(x)}</a></li>' for x in (art["title"], second[0], "牟平区开展夏季安全生产大检查", "福山区大樱桃采摘季收官"))
    body = (f'<div class="masthead"><img src="../../../images/ytrb_logo.gif" alt="烟台日报"><div class="mast-r">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>中共烟台市委机关报</p></div></div>'
            '<div class="bc"><select name="ban"><option>第01版：要闻</option><option>第02版：要闻</option><option>第05版：经济</option>'
            '<option selected>第06版：区县</option><option>第07版：社会</option></select>'
            f'　<a href="node_05.htm">上一版</a>　<a href="node_07.htm">下一版</a>　<a href="../../../page/{y}{m}/{d}/06/{_n(rng, 8)}.pdf">PDF下载</a>　<a>往期回顾</a></div>'
            '<table width="1000" align="center"><tr><td width="360" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}{m}/{d}/06/{y}{m}{d}06_b.jpg" width="340"></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul>{same}</ul></div></td>'
            f'<td valign="top"><div class="article">{top}{text}{after}'
            f'<div class="bj">责任编辑：{who[2]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">烟台日报社 版权所有　未经书面授权不得转载　鲁ICP备{_n(rng, 8)}号</div>')
    head = '<title>烟台日报-第06版：区县</title><meta name="keywords" content="烟台日报,数字报,区县">'
    return head, body, url


TEMPLATES = {"sjj_sjgg143": sjj_sjgg143, "xx_mp_jx143": xx_mp_jx143, "xzf_tadf143": xzf_tadf143,
             "dzw_tj143": dzw_tj143, "sfj_rmtj143": sfj_rmtj143, "cun_mp_cwgk143": cun_mp_cwgk143,
             "rb_06qx143": rb_06qx143}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages143", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
