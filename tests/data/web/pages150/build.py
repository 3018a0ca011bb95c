"""Build the hundred-and-fiftieth saved-page set (``pages150``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: 区 教委 portal pages, a GBK 学区 划分 公告 with a table
and a 教师节 表彰 news page (``jw_xqjs150``), a 团委 公众号 志愿者 招募 post (``tw_mp_zm150``), 县政府网
信访 pages, a GBK 信访事项 办理情况 公开 and a 接访日 安排 (``xzf_xfgk150``), 中国新闻网-like 地方 news
pages (``zxw_df150``), 区 市场监管局 pages, a GBK 抽检 不合格 通告 with a table and a 你点我检 news
page (``scjg_cjgg150``), a 乡镇 公众号 赶集日 通知 post (``xz_mp_gj150``) and a 日报 e-paper 第08版
专版 (``rb_08zb150``). ``articles.txt`` holds the title, date and reference body; the furniture
(not body) is written here. See README.md.

    python tests/data/web/pages150/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["罗晓梅", "何俊杰", "王珊", "邓丽君", "陈思远", "黄海", "杨雪", "蒋文博", "苏琴", "曾凯"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, th=False, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits); the first row as
    ``<th>`` cells when ``th``, else bold ``<td>`` cells."""
    out = []
    for i, r in enumerate(rows):
        if i == 0 and th:
            cells = "".join(f'<th align="center">{esc(c)}</th>' for c in r.split(" "))
        else:
            cells = "".join(f'<td align="center">{"<b>" if i == 0 else ""}{esc(c)}{"</b>" if i == 0 else ""}</td>'
                            for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None, th=False, after_table="") -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table (followed by ``after_table``),
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


def _gov_foot(rng, host: str, code: str, prov: str = "渝") -> str:
    return (f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a></p>'
            f'<p>主办：{host}　网站标识码：{code}</p>'
            f'<p><a>{prov}ICP备{_n(rng, 8)}号</a>　<img src="/images/ga.png">{prov}公网安备 {_n(rng, 14)}号</p></div>')


def _before(art, days: int) -> datetime.date:
    return datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=days)


def jw_xqjs150(art, rng, others):
    """区 教委 portal (璧山): p01 (GBK) a 学区 划分 公告 on an old table layout — one ``<td>`` with
    发布时间/来源/浏览次数 glued with no whitespace and a ``document.write`` counter, a 主送 line,
    ``<b>一、…</b>`` heads, a 学区 table with ``<th>`` heads (body), a 学区示意图 caption, the 落款 two
    days earlier, an 附件 line and a 温馨提示 box (not body); p02 an 教师节 表彰 news page with 发布时间
    beside a later 更新时间, centred bold comma heads, ``name：`` turns, a 楷体 caption, an 人物名片
    card, a closing slogan (body), 责任编辑, 上一篇/下一篇 and 相关新闻 (not body)."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.bishan.gov.cn/bm/qjw/{'tzgg' if p01 else 'jydt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 2)
    if p01:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>',
                         head=lambda x: f'<p style="text-indent:2em"><b>{x}</b></p>', th=True,
                         after_table='<p align="center"><img src="/uploads/xqt.jpg" width="520"></p>'
                                     '<p align="center" style="font-size:12px;color:#666">图：璧山城区公办小学学区示意图</p>')
        sig = _before(art, 2)
        body = ('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/jw_banner.jpg" width="1000" alt="重庆市璧山区教育委员会"></td></tr>'
                '<tr><td class="nav">首页 | 机构职能 | 教育动态 | 通知公告 | 政策法规 | 招生考试 | 办事指南</td></tr></table>'
                '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="220" valign="top" class="left"><div class="lm">招生考试</div><ul><li>小学招生</li><li>初中招生</li><li>中考</li><li>高考</li></ul>'
                '<div class="lm">办事服务</div><ul><li>学籍转接</li><li>教师资格认定</li></ul></td>'
                '<td width="780" valign="top"><div class="wz">您现在的位置：首页 &gt;&gt; 通知公告</div>'
                f'<table width="100%"><tr><td align="center" class="bt"><font size="5" color="#b00000">{esc(art["title"])}</font></td></tr>'
                f'<tr><td align="center" class="xx">发布时间：{y}-{m}-{d}来源：区教委基础教育科浏览次数：<script>document.write("{_n(rng, 4)}")</script>【<a>打印</a>】</td></tr>'
                '<tr><td class="zw">' + "".join(blocks)
                + f'<p align="right">重庆市璧山区教育委员会</p><p align="right">{sig.year}年{sig.month}月{sig.day}日</p>'
                f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 9)}.xls">璧山区2025年城区公办学校学区划分明细表.xls</a></p>'
                '<div class="wxts" style="border:1px solid #e0c080;padding:8px"><b>温馨提示</b><br>学区范围以门牌号为准，家长可拨打学校招生电话或到区教委一楼服务窗口查询。</div>'
                '</td></tr></table></td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">版权所有：重庆市璧山区教育委员会　地址：璧山区璧泉街道双星大道{rng.randint(10, 99)}号<br>'
                f'渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = (f'<title>{esc(art["title"])}</title><meta name="keywords" content="璧山教委,学区划分,招生">')
    else:
        names = ("张文静：", "刘建华：")

        def special(p):
            if p.startswith(names):
                return f'<p style="text-indent:2em"><strong>{esc(p[:4])}</strong>{esc(p[4:])}</p>'
            if "，" in p and "。" not in p and len(p) < 24:
                return f'<p style="text-align:center"><strong><span style="color:#c00">{esc(p)}</span></strong></p>'
            if p.endswith("！"):
                return f'<p style="text-align:center;font-size:18px;color:#c00"><b>{esc(p)}</b></p>'
            return None

        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>', special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="600"></p>'
                         '<p style="text-align:center;font-family:楷体">表彰大会现场。区教委供图</p>')
        blocks.insert(5, '<div class="card" style="float:right;width:220px;border:1px solid #ccc;padding:6px">'
                         '<p><b>人物名片</b></p><p>张文静，大兴镇中心小学数学教师，从教28年，曾获重庆市乡村优秀教师称号。</p></div>')
        upd = datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=1)
        body = ('<div class="top"><img src="/images/logo_bs.png" alt="重庆市璧山区人民政府"><div class="search"><input value="请输入关键词"></div></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进璧山</li></ul></div>'
                '<div class="crumb">当前位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区教委</a> &gt; <a>教育动态</a></div>'
                f'<div class="detail"><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>更新时间：{upd.isoformat()} {_hm(rng)}</span>'
                '<span>来源：区教委</span><span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
                '<div class="TRS_Editor">' + "".join(blocks) + '</div>'
                f'<div class="zrbj">（责任编辑：{who[0]}）</div>'
                '<div class="tool"><a>【打印本页】</a><a>【关闭窗口】</a><span>分享到：<a class="wx"></a><a class="wb"></a></span></div>'
                f'<div class="sxp"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[2][0])}</a></p></div>'
                '<div class="xgxw"><h3>相关新闻</h3><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>') + '</ul></div></div>'
                + _gov_foot(rng, "重庆市璧山区人民政府办公室", f"500120{_n(rng, 4)}"))
        head = (f'<title>{esc(art["title"])}_重庆市璧山区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ContentSource" content="区教委">')
    return head, body, url


def tw_mp_zm150(art, rng, others):
    """团委 公众号 志愿者 招募 post: a visible ``publish_time``, a 原创 label and author, a top banner
    image, red pill ``一、…`` heads, ``1.`` items, a 服务时间 line, 联系人 line, a centred slogan (body);
    a ▲ caption, a 岗位速览 card, a QR with ``长按识别二维码 立即报名``, 文字/编辑/审核 credits, 往期回顾,
    阅读/在看, 精选留言 (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    y, m, d = _ymd(art)
    t = _hm(rng)
    who = rng.sample(WHO, 3)
    out = []
    for i, p in enumerate(art["body"]):
        if _head(p):
            out.append('<section style="text-align:center;margin:20px 0 10px"><section style="display:inline-block;background:#d7261e;border-radius:16px;padding:4px 18px">'
                       f'<p><span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></p></section></section>')
        elif p.endswith("！") and i == len(art["body"]) - 1:
            out.append(f'<p style="text-align:center"><span style="color:#d7261e;font-size:18px"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 1:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">▲去年暑期托管班志愿者带孩子们做手工</span></p>')
    card = ('<section style="border:1px dashed #d7261e;padding:10px;margin:16px 0"><p><strong>岗位速览</strong></p>'
            '<p><span style="font-size:13px">招募人数：120名　服务地点：全区12个镇街托管点　岗位类型：课业辅导、兴趣课程、安全管理</span></p></section>')
    idx = next(i for i, h in enumerate(out) if "二、" in h)
    out.insert(idx, card)
    tail = ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/qrbm/640"></p>'
            '<p style="text-align:center"><span style="font-size:13px;color:#888">长按识别二维码 立即报名</span></p>'
            f'<p><span style="font-size:12px;color:#999">文字：{who[0]}　编辑：{who[1]}　审核：{who[2]}</span></p>'
            '<section><p><strong>往期回顾</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><a style="color:#576b95">{tt}</a></p>') + '</section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_tag_text">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{who[0]}</span>'
            '<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">青春郫都</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta_text">四川</em></div>'
            '<div class="rich_media_content" id="js_content">'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/640"></p>'
            + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(1500, 9000)}</span><a>在看 {rng.randint(10, 90)}</a></div>'
            '<div class="rich_media_area_extra"><div class="discuss_container"><h3>精选留言</h3>'
            '<div class="discuss_item"><span class="nickname">小鹿同学</span><p>去年当过托管志愿者，孩子们太可爱了，今年继续报名！</p><span>四川 6月16日</span></div>'
            '<div class="discuss_item"><span class="nickname">西南交大某学生</span><p>研究生可以报吗？</p><span>四川 6月17日</span></div></div></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "青春郫都"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xzf_xfgk150(art, rng, others):
    """县政府网 信访 pages (蓬溪): p04 (GBK) a 信访事项 办理情况 公开 on an old table layout under an
    信息公开 grid (索引号/发布机构/成文日期/公开方式), a ``<font>`` info cell with 发布日期 and a later
    更新时间, ``<b>一、…</b>`` heads, a 分类 table with its 注 line, ``1.`` items (body), the 落款 and
    date, 【打印】【关闭】 (not body); p05 a 接访日 安排 whose only visible date is a later 更新时间
    (meta PubDate and the URL give the publication date), an 接访 table, 接访时间/预约电话 lines, ``1.``
    items (body), the 落款 a day earlier, a 温馨提示 box and a 相关链接 box (not body)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.pengxi.gov.cn/xxgk/xfgz/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 2)
    upd = datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=rng.randint(2, 9))
    if p04:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:32px"><font face="仿宋_GB2312" size="4">{x}</font></p>',
                         head=lambda x: f'<p style="text-indent:2em;line-height:32px"><b><font face="黑体" size="4">{x}</font></b></p>',
                         after_table='<p style="text-indent:2em"><font size="2">注：数据截至2025年6月30日，占比按四舍五入计算。</font></p>')
        grid = ('<table class="xxgk" width="100%" border="1" cellspacing="0" style="border-collapse:collapse;font-size:12px">'
                f'<tr><td width="15%">索引号：</td><td>{_n(rng, 9)}/{y}-{_n(rng, 5)}</td><td width="15%">发布机构：</td><td>蓬溪县信访局</td></tr>'
                f'<tr><td>成文日期：</td><td>{y}年{m}月{d}日</td><td>公开方式：</td><td>主动公开</td></tr>'
                f'<tr><td>名　　称：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
        body = ('<table width="990" align="center" cellspacing="0" cellpadding="0"><tr><td><img src="/images/px_top.jpg" width="990" alt="蓬溪县人民政府"></td></tr>'
                '<tr><td class="menu">网站首页&nbsp;|&nbsp;政务公开&nbsp;|&nbsp;政务服务&nbsp;|&nbsp;政民互动&nbsp;|&nbsp;走进蓬溪</td></tr></table>'
                '<table width="990" align="center"><tr><td class="wz">当前位置：首页 &gt; 政府信息公开 &gt; 信访工作</td></tr></table>'
                f'<table width="990" align="center" cellpadding="10"><tr><td>{grid}'
                f'<div align="center" style="margin-top:16px"><font size="5"><b>{esc(art["title"])}</b></font></div>'
                f'<div align="center"><font color="#888" size="2">发布日期：{y}-{m}-{d}　更新时间：{upd.isoformat()}　信息来源：县信访局　【字体：<a>大</a> <a>中</a> <a>小</a>】</font></div>'
                '<hr size="1" color="#cccccc">' + "".join(blocks)
                + f'<p align="right"><font face="仿宋_GB2312" size="4">蓬溪县信访局</font></p><p align="right"><font face="仿宋_GB2312" size="4">{y}年{int(m)}月{int(d)}日</font></p>'
                '<div align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div></td></tr></table>'
                f'<table width="990" align="center" class="foot"><tr><td align="center">主办：蓬溪县人民政府办公室　承办：蓬溪县大数据中心<br>'
                f'蜀ICP备{_n(rng, 8)}号　川公网安备 {_n(rng, 14)}号　网站标识码：5109210{_n(rng, 3)}</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title>'
    else:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>', th=True)
        sig = _before(art, 1)
        box = ('<div class="wxts" style="background:#f3f8ff;padding:10px;margin:14px 0"><p><b>温馨提示</b></p>'
               '<p>来访群众可提前一个工作日电话预约，到达后请在一楼登记窗口取号，按顺序等候接谈。</p></div>')
        links = ('<div class="xglj"><h4>相关链接</h4><ul><li><a>蓬溪县2025年6月县级领导干部公开接访日安排</a></li>'
                 '<li><a>信访工作条例</a></li><li><a>网上信访办理流程</a></li></ul></div>')
        body = ('<div class="header"><img src="/images/px_logo.png" alt="蓬溪县人民政府"><div class="date">今天是：<script>document.write(new Date().toLocaleDateString())</script></div></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>走进蓬溪</li></ul></div>'
                '<div class="position">您的位置：<a>首页</a> &gt; <a>政民互动</a> &gt; <a>信访工作</a></div>'
                f'<div class="article"><h2>{esc(art["title"])}</h2>'
                f'<div class="source"><span>更新时间：{upd.year}年{upd.month:02d}月{upd.day:02d}日</span><span>来源：县信访局</span>'
                f'<span>浏览：<script>document.write("{_n(rng, 3)}")</script>次</span></div>'
                '<div id="zoom">' + "".join(blocks)
                + f'<p style="text-align:right">蓬溪县信访局</p><p style="text-align:right">{sig.year}年{sig.month}月{sig.day}日</p></div>'
                + box + links
                + '<div class="fx">分享到：<a class="wx"></a><a class="wb"></a>　<a>【打印】</a><a>【关闭】</a></div></div>'
                + _gov_foot(rng, "蓬溪县人民政府办公室", f"510921{_n(rng, 4)}", "蜀"))
        head = (f'<title>{esc(art["title"])}_蓬溪县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hms(rng)}"><meta name="ColumnName" content="信访工作">')
    return head, body, url


def zxw_df150(art, rng, others):
    """中国新闻网-like 地方 news: logo and channel nav, crumb, headline, a ``YYYY年MM月DD日 hh:mm 来源：
    中国新闻网`` line (p06; p07 shows none and is dated by meta ``publishdate`` and the URL), a picture
    with a ``王珊 摄`` caption, a video box (p07), ``（完）``, ``【编辑:…】``, 分享, 相关新闻, 精彩推荐 with
    dates, 中新网 footer (not body); the ``中新网…电（记者 …）`` opening, ``记者：`` questions and
    ``name：`` turns (body)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://www.chinanews.com.cn/df/{y}/{m}-{d}/{_n(rng, 8)}.shtml"
    who = rng.sample(WHO, 1)
    turns = ("记者：", "陈国华：", "杨帆：", "赵素芳：", "周女士：")

    def special(p):
        for t in turns:
            if p.startswith(t):
                return f'<p>　　<strong>{esc(t)}</strong>{esc(p[len(t):])}</p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p>　　{x}</p>', special=special)
    if p06:
        blocks.insert(1, f'<div class="left_ph"><img src="//i2.chinanews.com.cn/simg/cmshd/{y}/{m}{d}/{_n(rng, 10)}.jpg"></div>'
                         '<div class="left_name"><p>　　图为茶农使用采茶机采摘茶叶。 王珊 摄</p></div>')
        info = f'<div class="content_left_time">{y}年{m}月{d}日 {_hm(rng)}　来源：中国新闻网　<a>大字体</a>　<a>小字体</a>　<span>分享到：</span></div>'
    else:
        blocks.insert(3, f'<div class="video_box"><video src="//video.chinanews.com/{_n(rng, 9)}.mp4" controls></video>'
                         '<p class="vtitle">视频：古镇茶馆里的非遗课　来源：中新网视频</p></div>')
        info = '<div class="content_left_time">来源：中国新闻网　<a>大字体</a>　<a>小字体</a></div>'
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
    body = ('<div id="navbar"><a class="logo"><img src="//www.chinanews.com.cn/images/logo.png" alt="中国新闻网"></a>'
            '<ul><li>要闻</li><li>国内</li><li>国际</li><li>财经</li><li>文娱</li><li>地方</li><li>视频</li></ul></div>'
            '<div class="content_left"><div id="nav">当前位置：<a>首页</a> &gt; <a>地方</a></div>'
            f'<h1 class="content_left_title">{esc(art["title"])}</h1>{info}'
            '<div class="left_zw" style="position:relative">' + "".join(blocks) + '<p>　　(完)</p></div>'
            f'<div class="left_name"><div class="adEditor">【编辑:{who[0]}】</div></div>'
            '<div class="share_bar">分享：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>'
            f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div>'
            '<div class="jctj"><h3>精彩推荐</h3><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><em>{dd}</em></li>') + '</ul></div></div>'
            '<div id="bottom"><p>本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</p>'
            '<p>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p>'
            '<p>京ICP证040655号 | 京公网安备 11000002003042号 | Copyright ©1999-2025 chinanews.com. All Rights Reserved</p></div>')
    head = f'<title>{esc(art["title"])}-中新网</title>'
    if not p06:
        head += (f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="author" content="李婷">'
                 f'<meta name="description" content="{esc(art["body"][0][:60])}">')
    return head, body, url


def scjg_cjgg150(art, rng, others):
    """区 市场监管局 portal (新都): p08 (GBK) an 抽检 不合格 通告 with 发布时间/来源/浏览次数 glued with no
    whitespace in one div, a 文号 line, ``<strong>一、…</strong>`` heads, a 不合格产品 table with ``<th>``
    heads and its 注 line, ``1.`` 消费提示 items, 特此通告 (body), the 落款 and date, an 附件 line and a
    不合格项目小知识 box (not body); p09 a 你点我检 news page with a ``[YYYY-MM-DD]`` date beside a
    ``document.write`` counter, a bold ``王阿姨：`` turn, a closing slogan line (body), a caption, a
    相关链接 box, 责任编辑 and 上一篇/下一篇 (not body)."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.xindu.gov.cn/xdqscjgj/{'c1339' if p08 else 'c1341'}/{y}-{m}/{d}/content_{_n(rng, 16)}.shtml"
    who = rng.sample(WHO, 2)
    if p08:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2em">{x}</p>',
                         head=lambda x: f'<p style="text-indent:2em;line-height:2em"><strong>{x}</strong></p>', th=True,
                         after_table='<p style="font-size:12px">注：不合格产品信息仅对所抽检样品负责，标注的生产者信息以被抽样单位提供为准。</p>')
        box = ('<div class="xzs" style="border:1px solid #9cc;padding:10px;margin-top:14px"><p><b>不合格项目小知识</b></p>'
               '<p>噻虫胺是一种新烟碱类杀虫剂，少量残留不会引起急性中毒，但长期食用噻虫胺超标的食品，可能对人体健康有一定影响。</p>'
               '<p>酸价主要反映油脂的酸败程度，酸价超标可能是油脂反复使用或储存不当造成的。</p></div>')
        body = ('<div class="top"><img src="/images/xd_logo.png" alt="成都市新都区人民政府"><div class="sj">无障碍 | 长者模式 | 繁体</div></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进新都</li></ul></div>'
                '<div class="crumb">当前位置：首页 &gt; 部门信息公开 &gt; 区市场监管局 &gt; 抽检信息</div>'
                f'<div class="con"><h1>{esc(art["title"])}</h1>'
                f'<div class="msg">发布时间：{y}-{m}-{d} {_hms(rng)}来源：区市场监管局浏览次数：<script>document.write("{_n(rng, 4)}")</script></div>'
                f'<p style="text-align:center">新都市监通〔{y}〕{rng.randint(10, 30)}号</p>'
                '<div id="NewsContent">' + "".join(blocks)
                + f'<p style="text-align:right">成都市新都区市场监督管理局</p><p style="text-align:right">{y}年{int(m)}月{int(d)}日</p>'
                f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 9)}.xls">2025年第3期食品安全监督抽检产品合格信息.xls</a></p></div>'
                + box + '<div class="dy"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
                + _gov_foot(rng, "成都市新都区人民政府办公室", f"510114{_n(rng, 4)}", "蜀"))
        head = f'<title>{esc(art["title"])}-成都市新都区人民政府</title><meta name="keywords" content="抽检,食品安全,通告">'
    else:
        def special(p):
            if p.startswith("王阿姨："):
                return f'<p style="text-indent:2em"><b>王阿姨：</b>{esc(p[4:])}</p>'
            if p == art["body"][-1]:
                return f'<p style="text-align:center;color:#1f5fa8"><b>{esc(p)}</b></p>'
            return None

        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>', special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="580"></p>'
                         '<p style="text-align:center;color:#555">▲检验人员为居民现场快检食品</p>')
        links = ('<div class="xglj" style="border-top:2px solid #1f5fa8;margin-top:16px"><h4>相关链接</h4>'
                 '<p><a>成都市新都区市场监督管理局关于2025年第3期食品安全监督抽检不合格产品情况的通告</a></p>'
                 '<p><a>食品安全抽检信息查询入口</a></p></div>')
        body = ('<div class="top"><img src="/images/xd_logo.png" alt="成都市新都区人民政府"></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进新都</li></ul></div>'
                '<div class="crumb">当前位置：首页 &gt; 部门动态 &gt; 区市场监管局</div>'
                f'<div class="con"><h1>{esc(art["title"])}</h1>'
                f'<div class="msg">[{y}-{m}-{d}]　来源：区市场监管局　点击：<script>document.write("{_n(rng, 3)}")</script></div>'
                '<div id="NewsContent">' + "".join(blocks) + '</div>' + links
                + f'<p class="zrbj">责任编辑：{who[0]}</p>'
                f'<div class="sxp"><span>上一篇：<a>{esc(others[3][0])}</a></span><span>下一篇：<a>{esc(others[5][0])}</a></span></div></div>'
                + _gov_foot(rng, "成都市新都区人民政府办公室", f"510114{_n(rng, 4)}", "蜀"))
        head = (f'<title>{esc(art["title"])}-成都市新都区人民政府</title>'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hms(rng)}">')
    return head, body, url


def xz_mp_gj150(art, rng, others):
    """乡镇 公众号 赶集日 通知 post: nickname only and an empty ``publish_time`` (the script's ``ct``
    gives the date), a 乡亲 salutation, blue bar ``一、…`` heads, ``1.`` items, a 咨询电话 line, 特此通知
    (body); a ``▲`` caption, the 落款 and date, a 温馨提示 card, a QR and 阅读/在看 (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    y, m, d = _ymd(art)
    t = _hm(rng)
    out = []
    for i, p in enumerate(art["body"]):
        if _head(p):
            out.append('<section style="border-left:5px solid #2b6cb0;background:#eaf2fb;padding:6px 10px;margin:18px 0 8px">'
                       f'<p><strong><span style="color:#2b6cb0;font-size:16px">{esc(p)}</span></strong></p></section>')
        elif "！" in p and "二五八" in p:
            out.append(f'<p style="text-align:center"><span style="color:#e53e3e;font-size:16px"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px">{esc(p)}</span></p>')
        if p.startswith("二、"):
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">▲新街农贸市场</span></p>')
    sig = ('<p style="text-align:right"><span style="font-size:15px">巫溪县宁厂镇人民政府</span></p>'
           f'<p style="text-align:right"><span style="font-size:15px">{y}年{int(m)}月{int(d)}日</span></p>')
    card = ('<section style="background:#fffbe6;border-radius:8px;padding:10px 14px;margin-top:16px">'
            '<p><strong>温馨提示</strong></p><p><span style="font-size:14px">赶集人多，请看管好随身财物和老人小孩；请勿在河边护栏外摆摊。</span></p></section>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">编辑：宁厂镇党政办　审核：镇宣传统战办</span></p>'
            '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/qrcode/640"></p>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">扫码关注 宁厂古镇</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">宁厂古镇</a></span>'
            '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            '<div class="rich_media_content" id="js_content">' + "".join(out) + sig + card + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(2000, 12000)}</span><a>点赞 {rng.randint(30, 300)}</a><a>在看 {rng.randint(5, 80)}</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "宁厂古镇"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def rb_08zb150(art, rng, others):
    """日报 e-paper 第08版 乡村振兴专版 (遂宁): masthead with ``YYYY年MM月DD日　星期X`` (the only visible
    date; the URL agrees), a 版次 list, 上一版/下一版/PDF, 版面图 with hot areas, 本版标题, 责任编辑 and
    copyright (not body). p11 (GBK): an 引题 above and the headline, ``<br>`` lines in one
    ``founder-content`` with ``<b>`` bar heads and the 本报讯 opening (body), a caption table and a
    second piece (an 短讯 with its own title) in full (not body); p12: a 副题 under the headline, a
    ``□本报记者`` byline, ``<P>`` paragraphs with ``记者：``/``王建国：`` turns (body) and an 人物名片 box
    (not body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"https://epaper.snxw.com/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 2)
    if p11:
        lines = []
        for p in art["body"]:
            if "，" in p and "。" not in p and len(p) < 16:
                lines.append(f"<b>　　{esc(p)}</b>")
            else:
                lines.append(f"　　{esc(p)}")
        text = ('<table width="100%" align="center"><tr><td align="center">'
                f'<img src="../../../images/{y}-{m}/{d}/08/{_n(rng, 10)}.jpg" width="480"></td></tr>'
                '<tr><td align="center" class="font02">村民在稻渔综合种养基地捕捞小龙虾。记者 罗晓梅 摄</td></tr></table>'
                '<!--enpcontent--><founder-content>' + "<br>".join(lines) + '<br></founder-content><!--/enpcontent-->')
        top = f'<h3 class="yt">一田两用　一水两收</h3><h1>{esc(art["title"])}</h1>'
        after = ('<div class="dx"><h2>船山区秋粮收获过半</h2>'
                 '<p>　　本报讯（记者 蒋文博）连日来，船山区抢抓晴好天气组织秋粮收获，已投入收割机械320余台，全区已收获水稻13.6万亩，占种植面积的一半以上。</p></div>')
    else:
        text = ('<div id="ozoom"><founder-content>'
                + "".join(f"<P>　　{'<B>记者：</B>' + esc(p[3:]) if p.startswith('记者：') else esc(p)}</P>" for p in art["body"])
                + '</founder-content></div>')
        top = (f'<h1>{esc(art["title"])}</h1><h2 class="ft">——访遂宁市船山区新型职业农民培育导师王建国</h2>'
               '<div class="author">□本报记者　陈思远</div>')
        after = ('<div class="rwmp" style="border:1px solid #999;padding:8px"><p><B>人物名片</B></p>'
                 '<P>王建国，船山区农业技术推广中心推广研究员，长期从事水稻栽培和职业农民培训工作，2023年获评四川省优秀农技推广员。</P></div>')
    pages = "".join(f'<li{" class=cur" if k == 8 else ""}><a href="node_{k:02d}.htm">第{k:02d}版：{n}</a></li>'
                    for k, n in enumerate(["要闻", "要闻", "综合", "区县", "经济", "民生", "文化", "乡村振兴专版"], 1))
    same = ["蓬溪“稻渔共生”趟出增收新路", "让“田秀才”成为乡村振兴带头人", "船山区秋粮收获过半"]
    body = ('<div class="masthead"><img src="../../../images/snrb_logo.gif" alt="遂宁日报"><div class="mast-r">'
            f'<p>{y}年{m}月{d}日　{_week(art)}</p><p>中共遂宁市委机关报　国内统一连续出版物号：CN51-0049</p></div></div>'
            '<table width="1000" align="center"><tr><td width="420" valign="top">'
            f'<div class="bmt"><map name="PagePicMap"><area shape="polygon" coords="12,30,380,30,380,300,12,300"></map>'
            f'<img src="../../../images/{y}-{m}/{d}/08/{y}{m}{d}08_b.jpg" usemap="#PagePicMap" width="400"></div>'
            f'<div class="bc"><a>上一版</a>　<a>下一版</a>　<a href="../../../images/{y}-{m}/{d}/08/{_n(rng, 8)}.pdf">PDF下载</a></div>'
            f'<ul class="bclist">{pages}</ul>'
            '<div class="bmlist"><h4>本版标题</h4><ul>' + "".join(f'<li><a>{esc(s)}</a></li>' for s in same) + '</ul></div></td>'
            f'<td valign="top"><div class="article">{top}{text}{after}'
            f'<div class="bj">责任编辑：{who[0]}　校对：{who[1]}</div></div></td></tr></table>'
            f'<div class="copyright">遂宁日报社版权所有　未经授权不得转载　蜀ICP备{_n(rng, 8)}号</div>')
    head = '<title>遂宁日报-第08版：乡村振兴专版</title><meta name="keywords" content="遂宁日报,数字报">'
    return head, body, url


TEMPLATES = {"jw_xqjs150": jw_xqjs150, "tw_mp_zm150": tw_mp_zm150, "xzf_xfgk150": xzf_xfgk150,
             "zxw_df150": zxw_df150, "scjg_cjgg150": scjg_cjgg150, "xz_mp_gj150": xz_mp_gj150,
             "rb_08zb150": rb_08zb150}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages150", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
