"""Build the hundred-and-thirty-third saved-page set (``pages133``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 人社局 portal 就业见习岗位 公示 with a table and a
技能培训 news page (``rsj_jxgw133``), a 乡镇 公众号 防汛 安全 提示 post (``xz_mp_fx133``), 县政府网 政策解读
pages, a 图解 page with image captions and a 问答 page (``xzf_zcjd133``), 新华网-like 地方 video news
(``xhw_sp133``), a 区 市场监管局 食品 抽检 结果 通告 with a table and a 快检车 news page
(``scjg_cjgg133``), a 社区 公众号 志愿者 招募 post (``sq_mp_zyz133``) and a 晚报 e-paper 第08版 文体 page
with a 本报讯 report and a feature (``wb_08wt133``). ``articles.txt`` holds the title, date and
reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages133/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["胡晓峰", "陈雅琴", "万俊", "李思彤", "周建国", "汪敏", "熊磊", "程丽华", "吴昊", "付佳"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")
WB_OTHERS = ["区青少年游泳比赛下月开赛", "社区广场舞展演落幕", "江滩健步走活动报名开启", "图书馆推出周末亲子阅读"]


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"', th=False) -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; the first row
    bold, or ``<th>`` cells)."""
    out = []
    for i, r in enumerate(rows):
        if i == 0 and th:
            cells = "".join(f"<th>{esc(c)}</th>" for c in r.split(" "))
        else:
            cells = "".join(f'<td align="center"><span style="font-size:14px">{"<b>" if i == 0 else ""}{esc(c)}{"</b>" if i == 0 else ""}</span></td>'
                            for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None, th=False, after_table="") -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table (then ``after_table``),
    ``special(p)`` (when it gives markup) first, numbered heads through ``head``, other lines through
    ``para``."""
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(_table(rows, th=th) + after_table)
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


def _later(art, days: int) -> datetime.date:
    return datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=days)


def _gov_foot(rng, host: str, code: str, sponsor: str = "") -> str:
    return (f'<div class="footer"><div class="ft-link"><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a> | <a>隐私声明</a></div>'
            f'<p>主办单位：{sponsor or host}　承办单位：{host}</p>'
            f'<p>网站标识码：{code}　<a>鄂ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png">鄂公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jg"><img src="/images/red.png"><img src="/images/zfjc.png"></div></div>')


def rsj_jxgw133(art, rng, others):
    """区 人社局 portal: p01 (GBK) a 就业见习岗位 公示 — the info line glued with no whitespace
    (``发布时间：``, ``来源：``, ``浏览次数：`` with a ``document.write`` counter), ``<strong>一、…</strong>``
    heads, a 岗位 table, 公示时间 and 联系电话/联系地址 lines (body); the 落款 and its date, an 附件 line, a
    相关链接 box (not body). p02 a 技能培训 news page whose only visible date is a later ``更新时间``
    (meta ``PubDate`` and the URL give the publication date), bar heads with a left border, a photo +
    centred 楷体 caption, 责任编辑, 上一篇/下一篇 and 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.jiangxia.gov.cn/bm/qrsj/{'tzgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.shtml"
    who = rng.sample(WHO, 3)
    para = lambda t: f'<p style="text-indent:2em;line-height:28px;font-family:仿宋">{t}</p>'  # noqa: E731
    top = ('<div class="top"><div class="top-l">欢迎访问江夏区人力资源和社会保障局</div><div class="top-r"><a>无障碍</a> | <a>长者模式</a> | <a>English</a></div></div>'
           '<div class="banner"><img src="/images/rsj_banner.jpg" alt="江夏区人力资源和社会保障局"></div>'
           '<div class="nav"><ul><li>首页</li><li>机构概况</li><li>政务公开</li><li>就业创业</li><li>社会保障</li><li>人才人事</li><li>劳动维权</li></ul></div>')
    if p01:
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:28px"><strong>{t}</strong></p>')
        info = (f'<div class="xxinfo">发布时间：{y}-{m}-{d} {_hm(rng)}来源：区人社局就业促进科浏览次数：'
                f'<script>document.write("{_n(rng, 3)}")</script>【<a>大</a><a>中</a><a>小</a>】</div>')
        tail = ('<p style="text-align:right;line-height:28px">武汉市江夏区人力资源和社会保障局</p>'
                f'<p style="text-align:right;line-height:28px">{y}年{int(m)}月{int(d)}日</p>'
                f'<p style="line-height:28px">附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.xlsx">江夏区2025年第一批就业见习岗位信息表.xlsx</a></p>')
        extra = ('<div class="xglj"><div class="xglj-t">相关链接</div><ul><li><a>武汉市就业见习管理办法</a></li>'
                 '<li><a>就业见习补贴申领指南</a></li><li><a>武汉市公共就业服务平台</a></li></ul></div>')
        crumb = "通知公告"
        head = f'<title>{esc(art["title"])}-江夏区人力资源和社会保障局</title><meta name="keywords" content="就业见习,公示">'
    else:
        def special(p):
            if len(p) <= 10 and not any(c in p for c in "。，：！？“"):
                return (f'<div style="border-left:4px solid #1d63b8;padding-left:10px;margin:16px 0;font-weight:bold;'
                        f'color:#1d63b8;font-size:17px">{esc(p)}</div>')
            return None
        blocks = _blocks(art["body"], para, special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 10)}.jpg" width="600" border="0"></p>'
                         '<p style="text-align:center;font-family:楷体;font-size:15px">学员在实训教室练习照明线路接线。</p>')
        upd = _later(art, 3)
        info = (f'<div class="xxinfo"><span>信息来源：区人社局职业能力建设科</span>　<span>更新时间：{upd.isoformat()} {_hm(rng)}</span>　'
                f'<span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        pn = rng.sample(others, 2)
        tail = f'<p class="bj" style="text-align:right">责任编辑：{who[0]}</p>'
        extra = (f'<div class="sxp"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>'
                 '<div class="xgxw"><h4>相关新闻</h4><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>') + '</ul></div>')
        crumb = "工作动态"
        head = (f'<title>{esc(art["title"])}-江夏区人力资源和社会保障局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区人社局">')
    body = (top + f'<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>{crumb}</a></div>'
            f'<div class="article"><h1>{esc(art["title"])}</h1>{info}<div class="TRS_Editor">' + "".join(blocks) + tail + '</div>'
            + extra + '<div class="tools"><a>【打印本页】</a><a>【关闭窗口】</a><span>分享到：<a class="wx"></a><a class="wb"></a></span></div></div>'
            + _gov_foot(rng, "武汉市江夏区人力资源和社会保障局", f"4201150{_n(rng, 3)}", "武汉市江夏区人民政府办公室"))
    return head, body, url


def xz_mp_fx133(art, rng, others):
    """乡镇 公众号 防汛 安全 提示: a visible ``publish_time`` (and the script's ``ct``), a salutation
    line, red bar heads, ``1.`` items, a 值班电话 line and a closing slogan (body); a 预警 banner image,
    a ``▲`` caption, a ``↓`` teaser before a video, a 温馨提示 box, 来源/编辑/审核 credits, 阅读原文,
    阅读/在看 and a QR prompt (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    y, m, d = _ymd(art)
    t = _hm(rng)
    who = rng.sample(WHO, 3)
    out = ['<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/' + _wx_id(rng) + '/640" alt="防汛预警"></p>']
    for i, p in enumerate(art["body"]):
        if _head(p):
            out.append(f'<section style="background:#d4380d;border-radius:4px;padding:4px 10px;margin:18px 0 8px;display:inline-block">'
                       f'<p><span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></p></section>')
        elif p.endswith("！") and i == len(art["body"]) - 1:
            out.append(f'<p style="text-align:center;margin-top:20px"><span style="color:#d4380d;font-size:18px"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 2:
            out.append('<p style="text-align:center"><span style="font-size:14px;color:#888">点击下方视频，看山洪来临时如何避险↓</span></p>'
                       f'<p style="text-align:center"><iframe class="video_iframe" data-vidtype="2" data-src="https://v.qq.com/txp/iframe/player.html?vid={_wx_id(rng)[:11]}"></iframe></p>')
        if i == 9:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">▲镇村干部在河道沿线巡查水位</span></p>')
    box = ('<section style="border:1px dashed #d4380d;padding:10px 14px;margin:16px 0"><p><strong><span style="color:#d4380d">温馨提示</span></strong></p>'
           '<p><span style="font-size:14px">雨天出行请备好雨具，手机保持电量充足；家中备好手电筒、饮用水和常用药品。</span></p></section>')
    tail = (box + f'<p><span style="font-size:12px;color:#999">来源：镇应急办　编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<p style="text-align:center"><span style="font-size:13px;color:#576b95">请转发到村组群、家庭群，提醒更多人注意安全</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{who[2]}</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">黄陂木兰乡</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            f'<em id="js_ip_wording_wrp">湖北</em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(out) + tail + '</div>'
            '<div id="js_tags" class="article-tag_list"><span>#防汛</span><span>#安全提示</span></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(3000, 12000)}</span>'
            f'<a>赞 {rng.randint(40, 300)}</a><a>在看 {rng.randint(20, 150)}</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "黄陂木兰乡"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xzf_zcjd133(art, rng, others):
    """县政府网 政策解读: p04 an 图解 page — an 索引号 grid, ``发布日期：`` with a later ``更新时间``, four
    image panels each with a ``图N`` caption between the text's parts, ``一、…`` heads, a 补贴 table
    (body), a 相关文件 box and a 解读机关 line (not body); p05 (GBK) a 问答 page on an old table layout with
    a bracketed ``[YYYY-MM-DD]`` date, bold ``问：`` and plain ``答：`` turns and ``1.`` items (body), a
    解读机关/解读人/联系电话 box, a 政策原文 link and a 相关解读 side list (not body)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.tongshan.gov.cn/zwgk/zcjd/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.shtml"
    who = rng.sample(WHO, 2)
    if p04:
        caps = {2: "图1 政策出台背景", 4: "图2 各档次缴费补贴标准", 6: "图3 困难群体代缴范围", 8: "图4 施行时间及办理渠道"}
        para = lambda t: f'<p style="text-indent:2em;line-height:2em">{t}</p>'  # noqa: E731
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="line-height:2em"><strong>{t}</strong></p>', th=True)
        out = []  # an image panel with its caption after a part (the table counts as one block)
        for i, b in enumerate(blocks):
            out.append(b)
            if i in caps:
                out.append(f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="640"></p>'
                           f'<p style="text-align:center;color:#666;font-size:14px">{caps[i]}</p>')
        upd = _later(art, 2)
        grid = (f'<table class="xxgk" width="100%"><tr><td>索引号：</td><td>011{_n(rng, 6)}/{y}-0{_n(rng, 4)}</td><td>主题分类：</td><td>社会保障</td></tr>'
                '<tr><td>发布机构：</td><td>通山县人力资源和社会保障局</td><td>解读类型：</td><td>图文解读</td></tr></table>')
        body = ('<div class="head"><img src="/images/ts_logo.png" alt="通山县人民政府"><div class="search"><input placeholder="请输入关键字"></div></div>'
                '<div class="nav"><a>首页</a><a>走进通山</a><a>政务公开</a><a>政务服务</a><a>政民互动</a></div>'
                '<div class="position">您的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政策解读</a></div>'
                f'<div class="detail">{grid}<h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span>发布日期：{y}-{m}-{d}</span>　<span>更新时间：{upd.isoformat()}</span>　<span>来源：县人社局</span>　'
                f'<span>浏览次数：<script>document.write("{_n(rng, 3)}")</script></span></div>'
                '<div class="view TRS_UEDITOR">' + "".join(out) + '</div>'
                '<div class="xgwj"><p><b>相关文件：</b><a>通山县人民政府办公室关于印发通山县城乡居民养老保险缴费补贴实施办法的通知</a></p></div>'
                '<p class="jdjg">解读机关：通山县人力资源和社会保障局</p>'
                '<div class="tools"><a>【打印】</a><a>【关闭】</a><span>扫一扫在手机打开当前页<img src="/images/qr.png"></span></div></div>'
                + _gov_foot(rng, "通山县人民政府办公室", f"4212240{_n(rng, 3)}"))
        head = (f'<title>{esc(art["title"])}_通山县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    else:
        lines = []
        for p in art["body"]:
            if p.startswith("问："):
                lines.append(f'<p style="text-indent:2em;line-height:30px"><b>{esc(p)}</b></p>')
            else:
                lines.append(f'<p style="text-indent:2em;line-height:30px"><font face="仿宋_GB2312" style="font-size:16pt">{esc(p)}</font></p>')
        side = "".join(f'<tr><td class="side">·<a>{esc(tt)}</a></td></tr>' for tt, _ in rng.sample(others, 4))
        box = ('<table width="96%" align="center" style="border:1px solid #ccc;margin-top:12px"><tr><td style="padding:8px">'
               f'解读机关：通山县农业农村局<br>解读人：{who[0]}<br>联系电话：0715-2{_n(rng, 6)}</td></tr></table>')
        body = ('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top_ts.jpg" width="1000"></td></tr>'
                '<tr><td class="menu" bgcolor="#b81c22">&nbsp;首页&nbsp;|&nbsp;政务公开&nbsp;|&nbsp;政策文件&nbsp;|&nbsp;政策解读&nbsp;|&nbsp;办事服务&nbsp;|&nbsp;互动交流</td></tr></table>'
                '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="240" valign="top"><table width="100%"><tr><td class="lmt"><b>相关解读</b></td></tr>' + side + '</table></td>'
                '<td width="760" valign="top"><table width="100%"><tr><td class="wz">当前位置：首页 &gt;&gt; 政策解读</td></tr>'
                f'<tr><td align="center" height="60"><font size="5" color="#b81c22"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="rq">[{y}-{m}-{d}]　来源：县农业农村局　点击数：<script>document.write("{_n(rng, 3)}")</script></td></tr>'
                '<tr><td class="zw">' + "".join(lines) + box +
                '<p style="margin-top:10px">政策原文：<a>通山县农村集体经营性资产收益分配指导意见</a></p></td></tr>'
                '<tr><td align="center"><a>【打印本页】</a>　<a>【关闭窗口】</a></td></tr></table></td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">主办：通山县人民政府办公室　鄂ICP备{_n(rng, 8)}号<br>'
                f'鄂公网安备 {_n(rng, 14)}号　网站标识码：4212240{_n(rng, 3)}</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="通山县,政策解读,集体经济">'
    return head, body, url


def xhw_sp133(art, rng, others):
    """新华网-like 地方 video news: a logo bar and channel nav, a video player with a duration and a
    ``（视频：… 摄制）`` credit, the ``新华社…电（记者 …）`` opening run into the lead (body), bold
    ``记者：`` and ``name：`` turns (p07), ``【纠错】``, ``[责任编辑: …]``, a share bar, 相关新闻 with
    dates, a 新华网客户端 QR prompt and a copyright footer (not body); p06 shows ``YYYY-MM-DD hh:mm:ss``
    + ``来源：新华网``; p07 shows no date (meta ``publishdate``; the URL agrees)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"http://www.news.cn/local/{y}{m}{d}/{_n(rng, 10):x}{_n(rng, 9)}/c.html"
    who = rng.sample(WHO, 3)
    out = []
    for p in art["body"]:
        if p.startswith("记者："):
            out.append(f'<p><strong>记者：</strong>{esc(p[3:])}</p>')
        elif p.startswith("田晓宇："):
            out.append(f'<p><strong>田晓宇：</strong>{esc(p[4:])}</p>')
        else:
            out.append(f'<p>{esc(p)}</p>')
    player = (f'<div class="video-box"><div id="player" class="pageVideo" data-src="https://vodpub6.v.news.cn/yqfbzx-original/{y}{m}{d}/{_n(rng, 12)}.mp4">'
              f'<div class="play-btn"></div><span class="dur">0{rng.randint(1, 3)}:{rng.randint(10, 59)}</span></div>'
              f'<p class="vcredit">（视频：新华社记者 {who[0]}、{who[1]} 摄制）</p></div>')
    date_line = (f'<div class="header-time left"><span class="year"><em>{y}</em></span><span class="day"><em>{m}</em>/<em>{d}</em></span>'
                 f'<span class="time">{_hms(rng)}</span></div><div class="source">来源：新华网</div>') if p06 else '<div class="source">来源：新华网</div>'
    rel = _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><span class="date">{dd}</span></li>')
    body = ('<div class="topBar"><a class="logo"><img src="//www.news.cn/images/logo.png" alt="新华网"></a>'
            '<ul class="nav"><li>首页</li><li>时政</li><li>国际</li><li>财经</li><li>地方</li><li>视频</li><li>图片</li></ul></div>'
            '<div class="header"><div class="crumb">新华网 &gt; 地方 &gt; 正文</div>'
            f'<div class="head-line"><h1><span class="title">{esc(art["title"])}</span></h1></div>'
            f'<div class="header-cont">{date_line}<div class="pageShare"><a class="wx"></a><a class="wb"></a><a class="qzone"></a></div></div></div>'
            f'<div class="main"><div id="detail">{player}<div id="detailContent">' + "".join(out) + '</div>'
            f'<div class="editor"><span class="jiucuo">【纠错】</span><span>[责任编辑: {who[2]}]</span></div></div>'
            f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div>'
            '<div class="app-qr"><img src="//www.news.cn/images/xhapp_qr.png"><p>扫码下载新华网客户端</p></div></div>'
            '<div class="foot">Copyright &copy; 2000-2025 XINHUANET.com All Rights Reserved. 制作单位：新华网股份有限公司</div>')
    head = f'<title>{esc(art["title"])}-新华网</title>'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="description" content="{esc(art["body"][0][:40])}">'
    return head, body, url


def scjg_cjgg133(art, rng, others):
    """区 市场监管局: p08 (GBK) a 食品安全监督抽检 通告 under an 信息公开 grid (索引号/发布机构/成文日期/
    文号) with a centred 文号 line, ``发布日期：`` beside a later ``更新时间``, bold ``一、…`` heads, an
    不合格产品 table with ``<th>`` cells (body) and its 注 line, 特此通告 and 12315 line (body), the 落款
    and a date a day earlier, two 附件 lines (not body); p09 a 快检车 news page with a glued
    ``发布时间：…来源：…作者：`` line, a ``▲`` caption, a 选购小贴士 box, 上一篇/下一篇 (not body)."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.hongshan.gov.cn/bm/qscjgj/{'tzgg' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.shtml"
    who = rng.sample(WHO, 3)
    para = lambda t: f'<p style="text-indent:2em;line-height:1.9em">{t}</p>'  # noqa: E731
    nav = ('<div class="head"><img src="/images/hs_logo.png" alt="武汉市洪山区人民政府"></div>'
           '<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进洪山</a></div>')
    if p08:
        before = _later(art, -1)
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:1.9em"><strong>{t}</strong></p>', th=True,
                         after_table='<p style="font-size:14px;color:#555">注：不合格项目的判定依据为GB 2763-2021、GB 14934-2016及GB 2760-2014。</p>')
        grid = (f'<table class="xxgk_table" width="100%" border="1"><tr><th>索引号</th><td>011{_n(rng, 6)}/{y}-0{_n(rng, 4)}</td><th>主题分类</th><td>市场监管</td></tr>'
                f'<tr><th>发布机构</th><td>洪山区市场监督管理局</td><th>成文日期</th><td>{before.year}年{before.month:02d}月{before.day:02d}日</td></tr>'
                f'<tr><th>文号</th><td>洪市监通〔{y}〕{rng.randint(10, 30)}号</td><th>有效性</th><td>有效</td></tr></table>')
        wh = grid.split("<th>文号</th><td>")[1].split("</td>")[0]
        upd = _later(art, 4)
        body = (nav + '<div class="crumb">当前位置：<a>首页</a> &gt; <a>部门公开</a> &gt; <a>区市场监管局</a> &gt; <a>通知公告</a></div>'
                f'<div class="xl">{grid}<h1 class="xl_title">{esc(art["title"])}</h1><p class="wh" style="text-align:center">{wh}</p>'
                f'<div class="xl_info"><span>发布日期：{y}-{m}-{d}</span>　<span>更新时间：{upd.isoformat()}</span>　<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
                '<div class="TRS_Editor">' + "".join(blocks) +
                '<p style="text-align:right;line-height:1.9em">洪山区市场监督管理局</p>'
                f'<p style="text-align:right;line-height:1.9em">{before.year}年{before.month}月{before.day}日</p>'
                f'<p>附件：1.<a href="./P0{y}{m}{_n(rng, 8)}.xls">食品安全监督抽检合格产品信息.xls</a></p>'
                f'<p>　　　2.<a href="./P0{y}{m}{_n(rng, 8)}.doc">部分不合格项目小知识.doc</a></p></div>'
                '<div class="tools"><a>【打印】</a><a>【关闭】</a></div></div>' + _gov_foot(rng, "武汉市洪山区人民政府办公室", f"4201110{_n(rng, 3)}"))
        head = (f'<title>{esc(art["title"])}-武汉市洪山区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    else:
        blocks = _blocks(art["body"], para)
        blocks.insert(2, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                         '<p style="text-align:center;color:#555">▲检测员在快检车旁对蔬菜样品进行农药残留检测</p>')
        box = ('<div class="tips" style="background:#f3f9f1;border:1px solid #8bc34a;padding:10px;margin-top:14px"><p><b>选购蔬菜小贴士</b></p>'
               '<p>蔬菜买回家后，可先用清水浸泡10分钟再反复冲洗；能去皮的尽量去皮，叶菜类可焯水后再烹饪。</p></div>')
        pn = rng.sample(others, 2)
        body = (nav + '<div class="crumb">当前位置：<a>首页</a> &gt; <a>部门公开</a> &gt; <a>区市场监管局</a> &gt; <a>工作动态</a></div>'
                f'<div class="xl"><h1 class="xl_title">{esc(art["title"])}</h1>'
                f'<div class="xl_info">发布时间：{y}-{m}-{d} {_hm(rng)}来源：区市场监管局作者：{who[0]}</div>'
                '<div class="TRS_Editor">' + "".join(blocks) + '</div>' + box +
                f'<div class="sxp"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>'
                '<div class="tools"><span>分享：<a class="wx"></a><a class="wb"></a></span><a>【打印】</a><a>【关闭】</a></div></div>'
                + _gov_foot(rng, "武汉市洪山区人民政府办公室", f"4201110{_n(rng, 3)}"))
        head = f'<title>{esc(art["title"])}-武汉市洪山区人民政府</title>'
    return head, body, url


def sq_mp_zyz133(art, rng, others):
    """社区 公众号 志愿者 招募: an empty ``publish_time`` (the script's ``ct`` gives the date), a
    salutation line, pill bar heads (招募岗位/报名条件/报名方式), ``1.`` items, 报名时间/地点/联系电话 lines
    and a closing slogan (body); a banner, a ``▲`` caption, the 落款 (社区居委会) and its date, a
    ``扫码报名↓`` prompt with a QR, 文字/编辑/审核 credits, 往期推荐 and 在看 (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    y, m, d = _ymd(art)
    t = _hm(rng)
    who = rng.sample(WHO, 3)
    heads = {"招募岗位", "报名条件", "报名方式"}
    out = [f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/640"></p>']
    for i, p in enumerate(art["body"]):
        if p in heads:
            out.append('<section style="text-align:center;margin:20px 0 10px"><section style="display:inline-block;background:#f08a24;border-radius:20px;padding:3px 18px">'
                       f'<p><span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></p></section></section>')
        elif i == len(art["body"]) - 1:
            out.append(f'<p style="text-align:center"><span style="color:#f08a24;font-size:18px"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 1:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">▲老人们在长者食堂用餐</span></p>')
    tail = ('<p style="text-align:right"><span style="font-size:15px">中南路街道丁字桥社区居民委员会</span></p>'
            f'<p style="text-align:right"><span style="font-size:15px">{y}年{int(m)}月{int(d)}日</span></p>'
            '<p style="text-align:center"><span style="font-size:14px;color:#f08a24">扫码报名↓</span></p>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640" alt="报名二维码"></p>'
            f'<p><span style="font-size:12px;color:#999">文字：{who[0]}　编辑：{who[1]}　审核：{who[2]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">丁字桥社区</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(500, 3000)}</span><a>赞 {rng.randint(10, 90)}</a><a>在看 {rng.randint(5, 40)}</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "丁字桥社区"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def wb_08wt133(art, rng, others):
    """晚报 e-paper 第08版：文体: masthead with ``YYYY年M月D日　星期X`` (the only visible date; the URL
    agrees), a 版次 list, 上一版/下一版/PDF, 版面图 and 本版标题, ``<title>`` the paper and 版名 only (not
    body). p11 (GBK): an 引题 above the headline, the ``本报讯（记者 … 通讯员 …）`` opening run into the
    lead (body), the text as ``<br>`` lines in one ``founder-content``, a caption table with a 摄 credit
    and a 短讯 in full after it (not body); p12: a 副题 under the headline, a ``□记者`` byline, ``<P>``
    paragraphs in ``#ozoom`` with ``记者：``/``孙玉兰：`` turns (body), a caption table and a 楚剧小知识 box
    (not body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://whwb.cjn.cn/html/{y}-{m}/{d}/node_8.htm"
    who = rng.sample(WHO, 3)
    same = "".join(f'<li><a>{esc(x)}</a></li>' for x in rng.sample(WB_OTHERS, 2))
    cap_tab = lambda cap: (f'<table class="pic" align="center"><tr><td><img src="../../../res/{y}-{m}/{d}/08/{_n(rng, 9)}.jpg" width="520"></td></tr>'  # noqa: E731
                           f'<tr><td class="cap" style="font-family:楷体">{cap}</td></tr></table>')
    if p11:
        text = ('<!--enpcontent--><founder-content>' + "<br>".join(f"　　{esc(p)}" for p in art["body"]) + '<br></founder-content><!--/enpcontent-->')
        top = '<div class="yt">全民健身 活力江岸</div>'
        sub = ''
        after = (cap_tab(f'开幕式上的太极拳表演。　记者 {who[0]} 摄')
                 + '<div class="other"><h3>区青少年游泳比赛下月开赛</h3><P>本报讯　江岸区青少年游泳比赛将于6月中旬在区游泳馆举行，设自由泳、蛙泳、仰泳等项目，全区中小学生可通过学校统一报名。</P></div>')
    else:
        paras = []
        for p in art["body"]:
            if p.startswith("记者："):
                paras.append(f"<P>　　<B>记者：</B>{esc(p[3:])}</P>")
            elif p.startswith("孙玉兰："):
                paras.append(f"<P>　　<B>孙玉兰：</B>{esc(p[4:])}</P>")
            else:
                paras.append(f"<P>　　{esc(p)}</P>")
        text = '<div id="ozoom"><founder-content>' + "".join(paras[:5]) + cap_tab("孙玉兰（中）在排练中为会员示范身段。　记者 " + who[0] + " 摄") + "".join(paras[5:]) + '</founder-content></div>'
        top = ''
        sub = '<h2 class="ft">——记百步亭社区楚剧票友协会</h2>' + f'<div class="author">□记者 {who[1]}</div>'
        after = ('<div class="box" style="border:1px solid #999;padding:6px"><p><b>楚剧小知识</b></p>'
                 '<p>楚剧是湖北主要地方戏曲剧种之一，旧称哦呵腔、黄孝花鼓，唱腔以迓腔、悲腔为主，语言生动，乡土气息浓郁。</p></div>')
    body = (f'<div class="masthead"><img src="../../../images/whwb_logo.gif" alt="武汉晚报"><div class="mast-r">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>第{rng.randint(8000, 9999)}期</p></div></div>'
            '<div class="banci"><ul><li><a>第01版：要闻</a></li><li><a>第02版：城事</a></li><li><a>第07版：社区</a></li>'
            '<li class="on"><a>第08版：文体</a></li></ul>'
            f'<a href="node_7.htm">上一版</a>　<a href="node_9.htm">下一版</a>　<a href="../../../page/{y}-{m}/{d}/08/{_n(rng, 8)}.pdf">本版PDF</a></div>'
            '<table width="1000" align="center"><tr><td width="380" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/08/{y}{m}{d}08_b.jpg" width="360"><map name="PagePicMap"></map></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>{same}</ul></div></td>'
            f'<td valign="top"><div class="article">{top}<h1>{esc(art["title"])}</h1>{sub}{text}{after}'
            f'<div class="bj">编辑：{who[2]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">武汉晚报社 版权所有　未经许可不得转载　鄂ICP备{_n(rng, 8)}号</div>')
    head = '<title>武汉晚报-第08版：文体</title><meta name="keywords" content="武汉晚报,数字报,文体">'
    return head, body, url


TEMPLATES = {"rsj_jxgw133": rsj_jxgw133, "xz_mp_fx133": xz_mp_fx133, "xzf_zcjd133": xzf_zcjd133,
             "xhw_sp133": xhw_sp133, "scjg_cjgg133": scjg_cjgg133, "sq_mp_zyz133": sq_mp_zyz133,
             "wb_08wt133": wb_08wt133}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages133", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
