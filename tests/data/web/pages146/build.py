"""Build the hundred-and-forty-sixth saved-page set (``pages146``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: 区 统计局 portal pages (a GBK 统计公报 with a table and a
统计开放日 news page, ``tjj_gb146``), a 税务 公众号 个税汇算 提醒 post (``sw_mp_hsqj146``), 县政府网
政策解读 pages (a 图解 page and a GBK 问答 page, ``xzf_zcjd146``), 网易-like 地方 news pages
(``wy_dfxw146``), 区 生态环境局 pages (a GBK 环评 受理 公示 with a table and an 环境日 news page,
``sthj_hpsl146``), a 医院 公众号 专家坐诊 post (``yy_mp_zjzz146``) and 都市报 e-paper 第07版 教育 pages
(``dsb_07jy146``). ``articles.txt`` holds the title, date and reference body; the furniture (not
body) is written here. See README.md.

    python tests/data/web/pages146/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["王丽", "张晓峰", "李欣怡", "刘洋", "陈敏", "杨帆", "赵静", "周凯", "吴倩", "徐斌"]
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


def _gov_foot(rng, host: str, code: str, sponsor: str = "", pv: str = "蜀") -> str:
    return (f'<div class="footer"><div class="ft-link"><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a> | <a>隐私声明</a></div>'
            f'<p>主办单位：{sponsor or host}　承办单位：{host}</p>'
            f'<p>网站标识码：{code}　<a>{pv}ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png">{pv}公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jg"><img src="/images/red.png"><img src="/images/zfjc.png"></div></div>')


def _before(art, days: int) -> datetime.date:
    return datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=days)


def tjj_gb146(art, rng, others):
    """区 统计局 portal: p01 (GBK) a 统计公报 on an old table layout — 发布时间/来源/浏览次数 glued with no
    whitespace in one cell, an issuer and date line under the title, ``<b>一、…</b>`` heads, a table
    (body) with its 注 line, an 附注 block (not body); p02 a 开放日 news page whose only visible date is
    a later ``更新时间`` (meta ``PubDate`` and the URL give the date), red bold bar heads, a 楷体
    caption, 责任编辑, 上一篇/下一篇 and 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.shuangliu.gov.cn/slqrmzf/c{_n(rng, 6)}/{y}-{m}/{d}/content_{_n(rng, 32)}.shtml" if not p01 else \
        f"http://www.shuangliu.gov.cn/tjj/tjgb/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 3)
    if p01:
        para = lambda t: f'<p style="text-indent:2em;line-height:28px"><font face="宋体" size="3">{t}</font></p>'  # noqa: E731
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:28px"><b>{t}</b></p>')
        for i, b in enumerate(blocks):
            if b.startswith("<table"):
                blocks.insert(i, '<p align="center"><b>表1　2024年主要农产品产量及其增长速度</b></p>')
                blocks.insert(i + 2, '<p style="font-size:12px">注：肉类总产量含猪、牛、羊、禽肉。</p>')
                break
        note = ('<div class="fz"><p><b>附注：</b></p><p>1.本公报中数据均为初步统计数，部分数据因四舍五入的原因，存在总计与分项合计不等的情况。</p>'
                '<p>2.地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。</p>'
                '<p>3.本公报中农业、工业等数据来源于区统计局，其余数据来源于区级有关部门。</p></div>')
        body = ('<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/tjj_banner.jpg" width="980"></td></tr></table>'
                '<table width="980" align="center" class="menu"><tr><td>首页&nbsp;|&nbsp;机构概况&nbsp;|&nbsp;统计数据&nbsp;|&nbsp;统计公报&nbsp;|&nbsp;统计分析&nbsp;|&nbsp;统计法规</td></tr></table>'
                '<table width="980" align="center"><tr><td class="wz">您现在的位置：首页 &gt; 统计数据 &gt; 统计公报</td></tr>'
                f'<tr><td align="center" style="font-size:22px;font-weight:bold;padding:16px 0">{esc(art["title"])}</td></tr>'
                f'<tr><td align="center" class="xx">发布时间：{y}-{m}-{d}来源：双流区统计局浏览次数：<script>document.write("{_n(rng, 4)}")</script>【<a>打印</a>】</td></tr>'
                f'<tr><td align="center" style="font-family:楷体_GB2312">成都市双流区统计局<br>{y}年{int(m)}月</td></tr>'
                '<tr><td id="zoom">' + "".join(blocks) + note + '</td></tr>'
                '<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></td></tr></table>'
                f'<table width="980" align="center" class="foot"><tr><td align="center">版权所有：成都市双流区统计局　蜀ICP备{_n(rng, 8)}号<br>'
                f'地址：双流区东升街道某路{rng.randint(10, 99)}号　电话：028-8580{_n(rng, 4)}</td></tr></table>')
        head = f'<title>{esc(art["title"])}-双流区统计局</title><meta name="keywords" content="统计公报,双流">'
    else:
        def special(p):
            if "，" not in p and "。" not in p and "“" not in p and len(p) < 16:
                return (f'<p style="margin:18px 0 10px"><span style="display:inline-block;background:#b30000;color:#fff;padding:3px 12px">'
                        f'<strong>{esc(p)}</strong></span></p>')
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2em">{t}</p>', special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="600"></p>'
                         '<p style="text-align:center;font-family:楷体">市民在展板前了解统计调查知识</p>')
        upd = datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=2)
        rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
        body = ('<div class="top"><img src="/images/logo.png" alt="成都市双流区人民政府"><div class="ss"><input placeholder="请输入关键字"><button>搜索</button></div></div>'
                '<div class="nav"><ul><li>首页</li><li>走进双流</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>'
                '<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>部门动态</a></div>'
                f'<div class="detail"><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span>来源：区统计局</span><span>更新时间：{upd.year}-{upd.month:02d}-{upd.day:02d} {_hms(rng)}</span>'
                '<span>字体：<a>大</a> <a>中</a> <a>小</a></span></div>'
                '<div class="content" id="Zoom">' + "".join(blocks) + '</div>'
                f'<p class="zrbj" style="text-align:right">（责任编辑：{who[0]}）</p>'
                f'<div class="sxp"><p>上一篇：<a>{esc(others[2][0])}</a></p><p>下一篇：<a>{esc(others[5][0])}</a></p></div>'
                '<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a>　<a>【打印本页】</a><a>【关闭窗口】</a></div>'
                f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
                + _gov_foot(rng, "成都市双流区人民政府办公室", f"5101160{_n(rng, 3)}"))
        head = (f'<title>{esc(art["title"])}_成都市双流区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区统计局">')
    return head, body, url


def sw_mp_hsqj146(art, rng, others):
    """税务 公众号 个税汇算 提醒: nickname, visible ``publish_time``, a 点击蓝字 banner, ``01　…`` number bar
    heads, ``1.`` items, bold ``问：`` and ``答：`` turns, a centred slogan (body); a ▲ caption, a 划重点 box,
    a 来源/编辑 line, 往期推荐, 阅读原文, 在看 and a QR (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    y, m, d = _ymd(art)
    out = []
    for i, p in enumerate(art["body"]):
        if p[:2].isdigit() and "　" in p[:4]:
            n, rest = p.split("　", 1)
            out.append(f'<section style="margin:24px 0 12px;text-align:center"><section style="display:inline-block;border-bottom:2px solid #1a5fb4">'
                       f'<span style="font-size:22px;color:#1a5fb4;font-weight:bold">{esc(n)}</span>　<span style="font-size:17px;font-weight:bold">{esc(rest)}</span></section></section>')
        elif p.startswith(("问：", "答：")):
            out.append(f'<p style="line-height:1.75em"><span style="font-size:15px"><strong>{esc(p[:2])}</strong>{esc(p[2:])}</span></p>')
        elif p.endswith("！") and len(p) < 16:
            out.append(f'<p style="text-align:center;margin-top:24px"><strong><span style="color:#1a5fb4;font-size:17px">{esc(p)}</span></strong></p>')
        else:
            out.append(f'<p style="line-height:1.75em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 8:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">▲个人所得税APP预约入口示意</span></p>')
        if i == 11:
            out.append('<section style="background:#eef4fb;border-left:4px solid #1a5fb4;padding:10px 14px;margin:16px 0">'
                       '<p><strong>划重点</strong></p><p><span style="font-size:14px">汇算截止时间为6月30日，请合理安排办理时间；如收到不明短信要求点击链接办理退税，请勿轻信。</span></p></section>')
    who = rng.sample(WHO, 2)
    tail = (f'<p><span style="font-size:12px;color:#999">来源：国家税务总局重庆市江北区税务局　编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">江北税务</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            f'<em id="js_ip_wording">重庆</em></div>'
            '<div class="rich_media_content" id="js_content">'
            '<p style="text-align:center"><span style="font-size:13px;color:#1a5fb4">点击上方蓝字“江北税务”关注我们</span></p>'
            + "".join(out) + tail + '</div>'
            '<div class="rich_media_tool"><a id="js_view_source">阅读原文</a>'
            f'<span>阅读 {rng.randint(2000, 9000)}</span><a>分享</a><a>点赞 {rng.randint(20, 200)}</a><a>在看 {rng.randint(5, 60)}</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "江北税务";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xzf_zcjd146(art, rng, others):
    """县政府网 政策解读: p04 a 图解 page — short heads as ``<h4>`` between 图解 images (each image's alt
    a caption), an 原文链接 box and 相关解读, no visible date (meta ``PubDate`` and the URL give it); p05
    (GBK) a 问答 page on an old table layout under an 信息公开 grid (索引号/发布机构/生成日期 the day
    before/文号 of the policy) with ``发布时间：YYYY年MM月DD日`` glued to 来源 and 点击, bold ``问：``
    turns, ``1.`` items and a 咨询电话 line (body), 解读机构/解读人 lines (not body)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"https://www.anji.gov.cn/art/{y}/{int(m)}/{int(d)}/art_{_n(rng, 7)}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    if p04:
        out = []
        for i, p in enumerate(art["body"]):
            if "。" not in p and len(p) < 16:
                out.append(f'<h4 style="text-align:center;color:#0b6b3a;margin:20px 0 8px">{esc(p)}</h4>')
            else:
                out.append(f'<p style="text-indent:2em;line-height:30px">{esc(p)}</p>')
            if i in (0, 5, 9):
                out.append(f'<p style="text-align:center"><img src="/picture/{y}{m}/{_n(rng, 10)}.png" alt="图解{i // 4 + 1}" width="640"></p>')
        box = ('<div class="ywlj" style="border:1px solid #d8e6dc;padding:10px;margin-top:18px"><p><b>原文链接：</b>'
               '<a>安吉县人民政府办公室关于印发安吉县促进竹产业高质量发展若干政策的通知</a></p></div>')
        rel = _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a></li>')
        body = ('<div class="header"><img src="/images/aj_logo.png" alt="安吉县人民政府"><div class="wza"><a>无障碍</a> <a>长者模式</a></div></div>'
                '<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进安吉</a></div>'
                '<div class="position">当前位置： 首页 &gt; 政务公开 &gt; 政策解读 &gt; 图文解读</div>'
                f'<div class="main"><div class="title">{esc(art["title"])}</div>'
                '<div class="tool"><span>字号：<a>大</a> <a>中</a> <a>小</a></span><span><a>打印</a></span><span>分享到：<a>微信</a><a>微博</a></span></div>'
                '<div class="article-conter" id="zoom">' + "".join(out) + f'</div>{box}'
                f'<div class="xgjd"><h3>相关解读</h3><ul>{rel}</ul></div></div>'
                + _gov_foot(rng, "安吉县人民政府办公室", f"3305230{_n(rng, 3)}", pv="浙"))
        head = (f'<title>{esc(art["title"])}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="图文解读">')
    else:
        lines = []
        for p in art["body"]:
            if p.startswith("问："):
                lines.append(f'<p style="line-height:28px"><b><font color="#0b4f8a">{esc(p)}</font></b></p>')
            else:
                lines.append(f'<p style="text-indent:2em;line-height:28px">{esc(p)}</p>')
        gen = _before(art, 1)
        grid = ('<table class="xxgk" width="100%" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:12px">'
                f'<tr><td>索引号：</td><td>002{_n(rng, 6)}/{y}-{_n(rng, 5)}</td><td>发布机构：</td><td>县林业局</td></tr>'
                f'<tr><td>生成日期：</td><td>{gen.year}-{gen.month:02d}-{gen.day:02d}</td><td>公开方式：</td><td>主动公开</td></tr>'
                f'<tr><td>文号：</td><td>安政办发〔{y}〕{rng.randint(20, 60)}号</td><td>主题分类：</td><td>政策解读</td></tr></table>')
        body = ('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.jpg" width="1000"></td></tr>'
                '<tr><td class="daoh">首页 | 政务公开 | 政策文件 | 政策解读 | 办事服务</td></tr></table>'
                '<table width="1000" align="center"><tr><td class="wz">您现在的位置：首页 &gt;&gt; 政策解读 &gt;&gt; 文字解读</td></tr>'
                f'<tr><td>{grid}</td></tr>'
                f'<tr><td align="center" class="bt"><font size="5" color="#b00"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="ly">发布时间：{y}年{m}月{d}日来源：县林业局点击：<script>document.write("{_n(rng, 3)}")</script>次</td></tr>'
                '<tr><td id="zoom">' + "".join(lines)
                + f'<p style="text-align:right">解读机构：安吉县林业局</p><p style="text-align:right">解读人：{who[0]}</p></td></tr>'
                '<tr><td align="right">【<a>打印此页</a>】【<a>关闭窗口</a>】</td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">主办：安吉县人民政府办公室　浙ICP备{_n(rng, 8)}号<br>浙公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="政策解读">'
    return head, body, url


def wy_dfxw146(art, rng, others):
    """网易-like 地方 news: a post_info line (``YYYY-MM-DD hh:mm:ss　来源: 三峡日报``), an 举报 link, a
    photo + centred caption, bold ``记者：`` and name turns, 本文来源/责任编辑 lines with an 编辑 id, a
    热门跟贴 block with places, 相关推荐 with dates, 24小时热点 sidebar (not body); p06 a visible date, p07
    no visible date (meta ``publishdate`` and the URL give it)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    url = f"https://www.163.com/dy/article/{code}.html" if p06 else f"https://hb.news.163.com/{y[2:]}/{m}{d}/{_n(rng, 2)}/{code}.html"
    who = rng.sample(WHO, 3)
    out = []
    for i, p in enumerate(art["body"]):
        if "：" in p[:8] and not p.startswith("“"):
            k, v = p.split("：", 1)
            out.append(f'<p><b>{esc(k)}：</b>{esc(v)}</p>')
        else:
            out.append(f'<p>{esc(p)}</p>')
        if i == 1:
            cap = "陈志华在橘园里直播销售柑橘" if p06 else "新开通的城乡公交车行驶在山路上"
            out.append(f'<p class="f_center"><img src="https://nimg.ws.126.net/?url={_wx_id(rng)}.jpg"><br>{cap}（通讯员 {who[2]} 摄）</p>')
    cmts = "".join(f'<div class="tie"><span class="from">网易网友 [{pl}]</span><p>{c}</p><span class="vote">{rng.randint(3, 99)}赞</span></div>'
                   for pl, c in (("湖北宜昌", "家乡的橘子确实好吃。") if p06 else ("湖北武汉", "给为山区修路通车的人点赞。"),
                                 ("广东深圳", "支持一下，已下单。") if p06 else ("湖北宜昌", "希望我们村也早点通车。")))
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span class="time">{dd}</span></li>')
    hot = "".join(f'<li><em>{i + 1}</em><a>{esc(tt)}</a></li>' for i, (tt, _) in enumerate(rng.sample(others, 5)))
    info = (f'<div class="post_info">{y}-{m}-{d} {_hms(rng)}　来源: 三峡日报　<a class="post_jubao">举报</a></div>' if p06
            else '<div class="post_info">来源: 三峡日报　<a class="post_jubao">举报</a></div>')
    body = ('<div class="N-nav"><a>网易首页</a><a>新闻</a><a>体育</a><a>娱乐</a><a>财经</a><a>汽车</a><a>湖北</a></div>'
            f'<div class="post_main"><h1 class="post_title">{esc(art["title"])}</h1>{info}'
            '<div class="post_body">' + "".join(out) + '</div>'
            f'<div class="post_statement"><p>本文来源：三峡日报　作者：记者 {who[0]}</p>'
            f'<p class="post_editor">责任编辑：{who[1]}_NH{_n(rng, 4)}</p></div>'
            f'<div class="post_comment"><h3>热门跟贴</h3>{cmts}<a>查看全部跟贴</a></div>'
            f'<div class="post_recommend"><h3>相关推荐</h3><ul>{rel}</ul></div></div>'
            f'<div class="post_side"><h3>24小时热点</h3><ol>{hot}</ol></div>'
            '<div class="N-foot"><a>About NetEase</a> | <a>公司简介</a> | <a>联系方法</a> | <a>不良信息举报</a><br>网易公司版权所有 ©1997-2025</div>')
    head = f'<title>{esc(art["title"])}|柑橘|夷陵_网易订阅</title>' if p06 else f'<title>{esc(art["title"])}_网易新闻</title>'
    head += f'<meta name="keywords" content="夷陵"><meta name="description" content="{esc(art["body"][0][:40])}">'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}">'
    return head, body, url


def sthj_hpsl146(art, rng, others):
    """区 生态环境局: p08 (GBK) an 环评 受理 公示 — ``发布时间：…来源：…浏览次数：`` glued in one span,
    ``<strong>一、…</strong>`` heads, a 受理项目 table, 联系电话/通讯地址/电子邮箱 lines and 特此公示 (body);
    the 落款 and its date, two 附件 lines (环评文件全本 links) and a 相关链接 box (not body); p09 a 环境日
    news page with a ``[YYYY-MM-DD]`` date, a ``：``-ended lead-in, ``1.`` items, a slogan (body), a ▲
    caption with a 摄 credit, 编辑/审核, 上一条/下一条 (not body)."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.nanhai.gov.cn/fsnhq/bmdh/fsshjj/{'gsgg' if p08 else 'gzdt'}/content/post_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 3)
    if p08:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2em">{t}</p>',
                         head=lambda t: f'<p style="text-indent:2em;line-height:2em"><strong>{t}</strong></p>')
        tail = ('<p style="text-align:right;line-height:2em">佛山市生态环境局南海分局</p>'
                f'<p style="text-align:right;line-height:2em">{y}年{int(m)}月{int(d)}日</p>'
                f'<p>附件：1.<a href="/attachment/{_n(rng, 10)}.pdf">某铝型材表面处理生产线扩建项目环境影响报告表（公示本）.pdf</a></p>'
                f'<p>　　　2.<a href="/attachment/{_n(rng, 10)}.pdf">某五金制品生产项目环境影响报告表（公示本）.pdf</a></p>')
        box = ('<div class="xglj" style="border:1px solid #cfe3d4;padding:8px 12px;margin-top:14px"><p><b>相关链接</b></p>'
               '<p><a>建设项目环境影响评价分类管理名录</a></p><p><a>环境影响评价公众参与办法</a></p></div>')
        body = ('<div class="head"><img src="/images/nh_logo.png" alt="佛山市南海区人民政府"></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li></ul></div>'
                '<div class="dqwz">当前位置：<a>首页</a> &gt; <a>部门网站</a> &gt; <a>生态环境局南海分局</a> &gt; <a>公示公告</a></div>'
                f'<div class="article"><h2>{esc(art["title"])}</h2>'
                f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hms(rng)}来源：本网浏览次数：<script>document.write("{_n(rng, 3)}")</script></span>'
                '<span class="zh">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
                '<div class="TRS_Editor">' + "".join(blocks) + tail + f'</div>{box}'
                '<div class="tools"><a>【打印】</a><a>【关闭】</a></div></div>'
                + _gov_foot(rng, "佛山市南海区人民政府办公室", f"4406050{_n(rng, 3)}", pv="粤"))
        head = f'<title>{esc(art["title"])}_佛山市南海区人民政府网站</title><meta name="keywords" content="环评,受理公示">'
    else:
        out = []
        for i, p in enumerate(art["body"]):
            if p.endswith("。") and len(p) < 16:
                out.append(f'<p style="text-align:center;color:#1d7a3e"><strong>{esc(p)}</strong></p>')
            else:
                out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
            if i == 1:
                out.append(f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg"></p>'
                           f'<p style="text-align:center;font-size:14px">▲参观者在企业废气处理车间了解设施运行情况（{who[2]} 摄）</p>')
        body = ('<div class="head"><img src="/images/nh_logo.png" alt="佛山市南海区人民政府"></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li></ul></div>'
                '<div class="dqwz">当前位置：<a>首页</a> &gt; <a>生态环境局南海分局</a> &gt; <a>工作动态</a></div>'
                f'<div class="article"><h2>{esc(art["title"])}</h2><div class="date">[{y}-{m}-{d}]</div>'
                '<div class="zw">' + "".join(out) + '</div>'
                f'<p class="bj">编辑：{who[0]}　审核：{who[1]}</p>'
                f'<div class="sxt"><p>上一条：<a>{esc(others[6][0])}</a></p><p>下一条：<a>{esc(others[9][0])}</a></p></div></div>'
                + _gov_foot(rng, "佛山市南海区人民政府办公室", f"4406050{_n(rng, 3)}", pv="粤"))
        head = f'<title>{esc(art["title"])}</title>'
    return head, body, url


def yy_mp_zjzz146(art, rng, others):
    """医院 公众号 专家坐诊 post: nickname and an empty ``publish_time`` (the script's ``ct`` gives the
    date), ``一、…`` bar heads, a 坐诊 table with ``<th>`` heads, ``1.`` items, a one-line 限号 paragraph and
    a slogan (body); an 专家简介 card strip, a ▲ caption, a 温馨提示 box, 来源/编辑, 阅读/在看 and a QR
    (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 2)
    out, rows = [], []
    for p in list(art["body"]) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            hdr = "".join(f'<th style="background:#2b8a6e;color:#fff;padding:6px">{esc(c)}</th>' for c in rows[0].split(" "))
            trs = "".join("<tr>" + "".join(f'<td style="border:1px solid #cde;padding:6px;text-align:center">{esc(c)}</td>' for c in r.split(" ")) + "</tr>"
                          for r in rows[1:])
            out.append(f'<section style="overflow-x:auto"><table style="width:100%;border-collapse:collapse;font-size:14px"><thead><tr>{hdr}</tr></thead><tbody>{trs}</tbody></table></section>')
            out.append('<section style="display:flex;gap:8px;margin:12px 0">'
                       + "".join(f'<section style="flex:1;background:#f2f8f6;padding:8px;font-size:12px"><p><strong>{n}</strong></p><p>{x}</p></section>'
                                 for n, x in (("胡建国", "擅长高血压、冠心病的诊治"), ("龙振华", "擅长关节损伤、脊柱疾病"), ("汤明", "擅长胃肠镜诊疗")))
                       + '</section>')
            rows = []
        if p is None:
            break
        if p.startswith(NUM_HEADS):
            out.append(f'<section style="margin:22px 0 10px"><span style="background:#2b8a6e;color:#fff;padding:4px 14px;border-radius:0 14px 14px 0;font-size:16px"><strong>{esc(p)}</strong></span></section>')
        elif p.endswith("！") and "，" in p and len(p) < 20:
            out.append(f'<p style="text-align:center;margin-top:22px"><span style="color:#2b8a6e;font-size:17px"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px">{esc(p)}</span></p>')
        if p.startswith("门诊楼"):
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">▲门诊楼三楼专家诊区</span></p>')
    box = ('<section style="border:1px dashed #2b8a6e;padding:10px 14px;margin:18px 0"><p><strong>温馨提示</strong></p>'
           '<p><span style="font-size:14px">就诊时请携带身份证、医保卡及既往检查资料；如专家临时停诊，我院将通过短信另行通知。</span></p></section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">浏阳市某人民医院</a></span>'
            '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            '<div class="rich_media_content" id="js_content">' + "".join(out) + box
            + f'<p><span style="font-size:12px;color:#999">来源：门诊部　编辑：{who[0]}　审核：{who[1]}</span></p></div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(1000, 8000)}</span><a>点赞 {rng.randint(20, 200)}</a><a>在看 {rng.randint(5, 60)}</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "浏阳市某人民医院";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def dsb_07jy146(art, rng, others):
    """都市报 e-paper 第07版 教育: masthead with ``YYYY年M月D日　星期X`` (the only visible date; the URL
    agrees), a 版次 list, 上一版/下一版/PDF, 版面图 hot areas, 本版标题 (not body). p11 (GBK): an 引题
    and a 副题 around the title, the text as ``<br>`` lines in one ``founder-content`` with the
    ``本报讯（记者…）`` opening (body), a caption table, a 短评 after the report (not body); p12: ``<P>``
    paragraphs in ``#ozoom``, a ``■本报记者`` byline, bold ``记者：`` and name turns (body), a 劳动教育
    小贴士 box and a second article in full (not body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.xzdsb.com/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 3)
    cap = ('<table class="tp" align="center"><tr><td><img src="../../../res/{}/{}.jpg"></td></tr><tr><td align="center">{}</td></tr></table>')
    if p11:
        ps = "<br>".join(f"　　{esc(p)}" for p in art["body"])
        text = (f'<h3 class="yt">放学后的校园依然热闹</h3><h1>{esc(art["title"])}</h1><h2 class="ft">学校开设32门课程供学生自主选择</h2>'
                + cap.format(f"{y}{m}{d}", _n(rng, 8), f"学生在课后服务时间练习书法。记者　{who[0]}　摄")
                + f'<!--enpcontent--><founder-content>{ps}</founder-content><!--/enpcontent-->'
                '<div class="dp"><p><b>短评</b></p><p>　　课后服务办得好不好，关键看孩子愿不愿意留、家长放不放心。既要丰富课程，也要守住公益属性，让这项民生实事真正落到实处。</p></div>')
    else:
        out = []
        for p in art["body"]:
            if p.startswith(("记者：", "初二学生")):
                k, v = p.split("：", 1)
                out.append(f"<P>　　<b>{esc(k)}：</b>{esc(v)}</P>")
            else:
                out.append(f"<P>　　{esc(p)}</P>")
        text = (f'<h1>{esc(art["title"])}</h1><h2 class="ft">——长沙县一所乡村中学的劳动教育课见闻</h2>'
                f'<p class="author">■本报记者　{who[0]}　通讯员　{who[1]}</p>'
                f'<div id="ozoom"><founder-content>{"".join(out)}</founder-content></div>'
                '<div class="xts" style="border:1px solid #c9a;padding:8px"><p><b>劳动教育小贴士</b></p><p>家长可以在家中为孩子安排洗碗、整理房间等力所能及的家务，每周至少一次。</p></div>'
                f'<div class="other"><h3>我市举办中小学生科技创新大赛</h3><P>　　本报讯　9月14日，全市中小学生科技创新大赛决赛举行，来自各区县的120件作品参加评选，最终评出一等奖15个。</P></div>')
    bmt = "".join(f'<li><a>{esc(x)}</a></li>' for x in (art["title"], "我市举办中小学生科技创新大赛", "教育信箱"))
    body = (f'<div class="masthead"><img src="../../../images/logo.gif" alt="潇湘都市报"><div class="r">'
            f'<span>{y}年{int(m)}月{int(d)}日　{_week(art)}</span><span>第{rng.randint(6000, 9000)}期</span></div></div>'
            '<div class="bc"><ul><li>第01版：要闻</li><li>第02版：时政</li><li>第05版：社会</li><li class="on">第07版：教育</li><li>第08版：文体</li></ul>'
            '<a>上一版</a>　<a>下一版</a>　<a>PDF版</a>　<a>往期</a></div>'
            '<table width="1000" align="center"><tr><td width="380" valign="top">'
            f'<div class="bmt"><img src="../../../res/{y}{m}{d}/07.jpg" usemap="#pagepicmap" width="360"><map name="pagepicmap"><area coords="10,20,300,200"></map></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul>{bmt}</ul></div></td>'
            f'<td valign="top"><div class="article">{text}'
            f'<div class="bj">责任编辑：{who[2]}</div><div class="sx"><a>上一篇</a>　<a>下一篇</a></div></div></td></tr></table>'
            f'<div class="copyright">潇湘都市报社版权所有　未经授权不得转载　湘ICP备{_n(rng, 8)}号</div>')
    head = '<title>潇湘都市报数字版-第07版：教育</title><meta name="keywords" content="潇湘都市报,数字报">'
    return head, body, url


TEMPLATES = {"tjj_gb146": tjj_gb146, "sw_mp_hsqj146": sw_mp_hsqj146, "xzf_zcjd146": xzf_zcjd146,
             "wy_dfxw146": wy_dfxw146, "sthj_hpsl146": sthj_hpsl146, "yy_mp_zjzz146": yy_mp_zjzz146,
             "dsb_07jy146": dsb_07jy146}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages146", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
