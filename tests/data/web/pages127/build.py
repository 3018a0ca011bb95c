"""Build the hundred-and-twenty-seventh saved-page set (``pages127``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 人防办 portal 防空警报试鸣 公告 with a 警报信号
table and a 演练 news page (``rfb_jbsm127``), a 区 档案馆 公众号 老照片 post (``dag_mp_lzp127``), a 县
政府网 违法用地 通报 with a table and a 田长制 news page (``xzf_gdbh127``), 中国网-like 地方 pages with
``记者：``/``name：`` turns (``zgw_df127``), a 区 公共资源交易中心 portal 招标公告 and an 开标 news page
(``ggzy_zbgg127``), a 小区 业委会 公众号 选举 公告 (``ywh_mp_xj127``) and a 晚报 e-paper 第08版 健康
page (``wb_08jk127``). ``articles.txt`` holds the title, date and reference body; the furniture (not
body) is written here. See README.md.

    python tests/data/web/pages127/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["罗晓梅", "蒲建", "何雨涵", "邓光华", "苟丽", "任小川", "母志刚", "赵欣", "文静", "敬涛"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"', th=False) -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; the first row
    a header, as ``<th>`` when ``th``, else bold ``<td>``)."""
    out = []
    for i, r in enumerate(rows):
        if i == 0 and th:
            cells = "".join(f'<th>{esc(c)}</th>' for c in r.split(" "))
        else:
            cells = "".join(f'<td align="center">{"<b>" if i == 0 else ""}{esc(c)}{"</b>" if i == 0 else ""}</td>'
                            for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None, th=False) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table, ``special(p)`` (when it
    gives markup) first, numbered heads through ``head``, other lines through ``para``."""
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


def _day(art, k: int) -> datetime.date:
    """The article's date moved by ``k`` days (a 落款 signed earlier, an 更新时间 later)."""
    return datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=k)


def _cn(dd: datetime.date) -> str:
    return f"{dd.year}年{dd.month}月{dd.day}日"


def _foot(rng, host: str, code: str, sponsor: str = "") -> str:
    return (f'<div class="footer"><div class="ft-link"><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a> | <a>隐私声明</a></div>'
            f'<p>主办单位：{sponsor or host}　承办单位：{host}</p>'
            f'<p>网站标识码：{code}　<a>蜀ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png">川公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jg"><img src="/images/red.png"><img src="/images/zfjc.png"></div></div>')


def rfb_jbsm127(art, rng, others):
    """区 人防办 portal: p01 (GBK) a 防空警报试鸣 公告 on an old table layout — an info line glued with
    no whitespace (``发布时间：YYYY-MM-DD来源：…浏览次数：`` + a ``document.write`` counter), a 文号 line,
    ``<b>一、…</b>`` heads, a one-line 试鸣时间 paragraph, a 警报信号 table, a 咨询电话 line and 特此公告
    (body), the 落款 and a date two days earlier, an 附件 link, a 识别警报 小贴士 box (not body); p02 a 演练
    news page with ``发布时间`` beside a later ``更新时间``, a photo + caption, 责任编辑, 上一篇/下一篇 and
    相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.fucheng.gov.cn/rfb/{'tzgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 3)
    if p01:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:28px"><font face="仿宋_GB2312" size="4">{x}</font></p>',
                         head=lambda x: f'<p style="text-indent:2em;line-height:28px"><font face="黑体" size="4"><b>{x}</b></font></p>')
        sig = _day(art, -2)
        tip = ('<table width="96%" align="center" style="border:1px solid #c00;margin-top:12px"><tr><td bgcolor="#fff3f0">'
               '<b>小贴士：怎样识别防空警报</b><br>预先警报“长间隔”，空袭警报“短间隔”，解除警报“无间隔”。'
               '<br>听到空袭警报，应就近进入人防工程或地下室，远离高大建筑物和易燃易爆场所。</td></tr></table>')
        body = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/rfb_top.jpg" width="1000" height="150" alt="涪城区人民防空办公室"></td></tr>'
                '<tr><td class="nav" bgcolor="#8b0000"><a>首页</a>&nbsp;|&nbsp;<a>机构概况</a>&nbsp;|&nbsp;<a>工作动态</a>&nbsp;|&nbsp;<a>通知公告</a>&nbsp;|&nbsp;<a>人防知识</a>&nbsp;|&nbsp;<a>政策法规</a></td></tr></table>'
                '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="230" valign="top" bgcolor="#f5f5f5"><div class="lm">人防知识</div><ul><li><a>防空警报的种类</a></li><li><a>人防工程的标志</a></li><li><a>家庭防护应急包</a></li></ul></td>'
                '<td width="770" valign="top"><div class="wz">您现在的位置：首页 &gt;&gt; 通知公告 &gt;&gt; 正文</div>'
                f'<table width="96%" align="center"><tr><td align="center" height="50"><font size="5" color="#8b0000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="xx">发布时间：{y}-{m}-{d}来源：区人防办浏览次数：<script>document.write("{_n(rng, 4)}")</script>【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td align="center"><font face="仿宋_GB2312">涪人防发〔{y}〕{rng.randint(3, 9)}号</font></td></tr>'
                '<tr><td id="zoom">' + "".join(blocks)
                + f'<p align="right"><font face="仿宋_GB2312" size="4">绵阳市涪城区人民防空办公室</font></p><p align="right"><font face="仿宋_GB2312" size="4">{_cn(sig)}</font></p>'
                + f'<p>附件：<a href="/uploads/{_n(rng, 10)}.xls">涪城区防空警报器设置点位一览表.xls</a></p></td></tr></table>{tip}'
                '<p align="center"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></p></td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">版权所有：绵阳市涪城区人民防空办公室　地址：涪城区临园路东段{rng.randint(10, 99)}号<br>'
                f'蜀ICP备{_n(rng, 8)}号　川公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="防空警报,试鸣,人防">'
    else:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>')
        blocks.insert(3, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="600"></p>'
                         '<p style="text-align:center;font-family:楷体">▲南塔社区居民在引导员指挥下有序进入人防工程。</p>')
        upd = _day(art, 1)
        pn = rng.sample(others, 2)
        body = ('<div class="header"><img src="/images/rfb_logo.png" alt="涪城区人民防空办公室"><div class="so"><input value="请输入关键字"></div></div>'
                '<div class="menu"><ul><li>首页</li><li>工作动态</li><li>通知公告</li><li>人防知识</li><li>政务公开</li></ul></div>'
                '<div class="main"><div class="loc">当前位置：首页 &gt; 工作动态</div>'
                f'<h1 class="art-title">{esc(art["title"])}</h1>'
                f'<div class="art-info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>更新时间：{upd.isoformat()} {_hm(rng)}</span>'
                f'<span>来源：区人防办</span><span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
                '<div class="art-con">' + "".join(blocks) + '</div>'
                f'<div class="bj">（责任编辑：{who[0]}）</div>'
                '<div class="share">分享到：<a class="wx"></a><a class="wb"></a> <a>【打印】</a> <a>【关闭】</a></div>'
                f'<div class="sxp"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>'
                '<div class="xgxw"><h3>相关新闻</h3><ul>' + _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>') + '</ul></div></div>'
                + _foot(rng, "绵阳市涪城区人民防空办公室", f"510703{_n(rng, 4)}", "绵阳市涪城区人民政府办公室"))
        head = f'<title>{esc(art["title"])}_涪城区人民防空办公室</title>'
    return head, body, url


def dag_mp_lzp127(art, rng, others):
    """区 档案馆 公众号 老照片 post: a ``点击蓝字 关注我们`` banner, ``第一张：…`` bar heads (body), a
    ``档案工作人员：`` turn and a closing slogan (body), ``▲`` captions with 供图 credits under each old
    photo, a 征集启事 box with 联系电话 and 地址, 来源/编辑/审核 credits, 往期回顾, 阅读原文, 阅读/在看 (not
    body); ``publish_time`` ``YYYY-MM-DD hh:mm``."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 3)
    caps = {"第一张": "▲人民路口的百货公司（约1964年，王德华 供图）", "第二张": "▲人民路尽头的长江码头（1960年代，区档案馆藏）",
            "第三张": "▲路边的理发店（1970年代，市民 陈某 供图）"}
    out = []
    for p in art["body"]:
        if p[:3] in caps and "：" in p[:4]:
            out.append(f'<section style="margin:26px 0 10px;border-left:5px solid #8a5a2b;padding-left:10px"><p><strong><span style="font-size:17px;color:#8a5a2b">{esc(p)}</span></strong></p></section>'
                       f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg" class="rich_pages wxw-img"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#999">{caps[p[:3]]}</span></p>')
        elif p.startswith("档案工作人员："):
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px"><strong>档案工作人员：</strong>{esc(p[7:])}</span></p>')
        elif p.endswith("！") and len(p) < 16:
            out.append(f'<p style="text-align:center"><span style="font-size:16px;color:#8a5a2b"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px;color:#333">{esc(p)}</span></p>')
    box = ('<section style="border:1px solid #8a5a2b;padding:10px 14px;margin-top:20px;background:#fbf6ee">'
           '<p><strong>老照片征集启事</strong></p>'
           '<p><span style="font-size:14px">征集内容：反映翠屏区城乡面貌、重大活动、百姓生活的老照片、老物件。</span></p>'
           f'<p><span style="font-size:14px">联系电话：0831-82{_n(rng, 5)}　地址：翠屏区档案馆一楼接待室</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">来源：翠屏区档案馆</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong>往期回顾</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><a><span style="font-size:14px;color:#576b95">{tt}</span></a></p>') + '</section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">档案君</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">翠屏档案</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">四川</em></div>'
            '<div class="rich_media_content js_underline_content" id="js_content">'
            '<section style="text-align:center"><p><span style="font-size:12px;color:#8a5a2b">点击蓝字 关注我们</span></p></section>'
            + "".join(out) + box + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(1000, 9000)}</span>'
            f'<a>点赞 {rng.randint(20, 300)}</a><a>在看 {rng.randint(5, 60)}</a></div>'
            '<div class="discuss_container"><a>写留言</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "翠屏档案"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xzf_gdbh127(art, rng, others):
    """县政府网 耕地保护: p04 (GBK) a 违法用地 通报 under an 信息公开 grid (索引号/发布机构/成文日期/文号),
    ``发布日期`` beside a later ``更新时间``, a 文号 line, the 主送 line, ``一、`` heads, a 典型案例 table,
    ``1.`` items and a 举报电话 line (body), the 落款 and an earlier date, an 附件 line (not body); p05 a
    田长制 推进会 news page with bold ``坚持…，推动…`` heads and a caption, whose only visible date is a
    later ``更新时间`` (meta ``PubDate`` and the URL give the publication date)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.yilong.gov.cn/zwgk/{'tzgg' if p04 else 'zwdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 2)
    if p04:
        sig = _day(art, -1)
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:30px">{x}</p>',
                         head=lambda x: f'<p style="text-indent:2em;line-height:30px"><span style="font-family:黑体">{x}</span></p>',
                         special=lambda p: f'<p style="line-height:30px">{esc(p)}</p>' if p.endswith("：") and p.startswith("各乡镇") else None)
        wh = f"仪自然资发〔{y}〕{rng.randint(20, 60)}号"
        grid = ('<table class="xxgk" width="100%" border="1" cellspacing="0"><tr>'
                f'<td>索引号：</td><td>{_n(rng, 9)}/{y}-{_n(rng, 5)}</td><td>发布机构：</td><td>仪陇县自然资源局</td></tr>'
                f'<tr><td>成文日期：</td><td>{sig.isoformat()}</td><td>文号：</td><td>{wh}</td></tr>'
                f'<tr><td>名称：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
        body = ('<div class="top"><img src="/images/yl_banner.jpg" alt="仪陇县人民政府"></div>'
                '<div class="nav"><ul><li>首页</li><li>走进仪陇</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>'
                '<div class="w1000"><div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>' + grid
                + f'<div class="tit"><h1>{esc(art["title"])}</h1><p class="wh">{wh}</p></div>'
                f'<div class="info">发布日期：{y}-{m}-{d}　更新时间：{_day(art, 3).isoformat()}　来源：县自然资源局　【<a>打印</a>】</div>'
                '<div class="TRS_Editor">' + "".join(blocks)
                + f'<p style="text-align:right">仪陇县自然资源局</p><p style="text-align:right">{_cn(sig)}</p>'
                + f'<p>附件：<a href="/uploads/{_n(rng, 10)}.xlsx">2025年第一季度违法用地查处台账.xlsx</a></p></div></div>'
                + _foot(rng, "仪陇县人民政府办公室", f"511324{_n(rng, 4)}"))
        head = (f'<title>{esc(art["title"])}_仪陇县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    else:
        def special(p):
            if p.startswith("坚持") and "，" in p and "。" not in p:
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>', special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="580"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体">图为推进会现场。</span></p>')
        body = ('<div class="top"><img src="/images/yl_banner.jpg" alt="仪陇县人民政府"></div>'
                '<div class="nav"><ul><li>首页</li><li>走进仪陇</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>'
                '<div class="w1000"><div class="crumb">当前位置：首页 &gt; 政务动态 &gt; 部门动态</div>'
                f'<div class="tit"><h1>{esc(art["title"])}</h1></div>'
                f'<div class="info"><span>来源：县自然资源局</span>　<span>更新时间：{_day(art, 2).isoformat()} {_hms(rng)}</span>　'
                f'<span>浏览：<script>document.write("{_n(rng, 3)}")</script>次</span></div>'
                '<div class="TRS_Editor">' + "".join(blocks) + '</div>'
                f'<p class="zrbj">责任编辑：{who[0]}</p>'
                '<div class="xgxx"><h3>相关信息</h3><ul>' + _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a>[{dd}]</li>') + '</ul></div></div>'
                + _foot(rng, "仪陇县人民政府办公室", f"511324{_n(rng, 4)}"))
        head = (f'<title>{esc(art["title"])}_仪陇县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="部门动态">')
    return head, body, url


def zgw_df127(art, rng, others):
    """中国网-like 地方 pages: logo and channel nav, crumb, headline, a photo + caption with a 摄影 credit,
    ``中国网M月D日讯`` run into the lead, bold ``记者：`` questions and ``创业者 name：`` answers (body),
    责任编辑, 分享, 相关新闻 with dates, 热点 sidebar, copyright footer (not body). p06 shows
    ``来源：中国网　作者：…　YYYY-MM-DD hh:mm:ss``; p07 no visible date (meta ``publishdate`` and the URL)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"http://difang.china.com.cn/{y}-{m}/{d}/content_{_n(rng, 8)}.htm"
    who = rng.sample(WHO, 3)

    def special(p):
        if p.startswith("记者："):
            return f'<p><strong>记者：</strong>{esc(p[3:])}</p>'
        h, sep, rest = p.partition("：")
        if sep and len(h) <= 20 and " " in h and "，" not in h:
            return f'<p><strong>{esc(h)}：</strong>{esc(rest)}</p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p>　　{x}</p>', special=special)
    cap = "江油青年创业园内的陶艺工作室。" if p06 else "芦溪镇稻田里，共享收割机正在作业。"
    blocks.insert(1, f'<p style="text-align:center"><img src="http://images.china.cn/site1000/{y}-{m}/{d}/{_n(rng, 8)}.jpg"></p>'
                     f'<p style="text-align:center">{cap}（摄影：{who[2]}）</p>')
    info = (f'<div class="info">来源：中国网　作者：{who[0]}　{y}-{m}-{d} {_hms(rng)}</div>' if p06
            else '<div class="info">来源：中国网·地方</div>')
    body = ('<div class="topbar"><a><img src="http://images.china.cn/images1/ch/logo.gif" alt="中国网"></a>'
            '<ul><li>首页</li><li>新闻</li><li>观点</li><li>地方</li><li>视频</li><li>图片</li></ul></div>'
            '<div class="wrap"><div class="crumb"><a>中国网</a> &gt; <a>地方</a> &gt; <a>四川</a> &gt; 正文</div>'
            f'<div class="left"><h1 class="artTitle">{esc(art["title"])}</h1>{info}'
            '<div class="fontsize">字号：<a>T</a> <a>T</a></div>'
            '<div id="articleBody" class="artCon">' + "".join(blocks) + '</div>'
            f'<div class="editor">责任编辑：{who[1]}</div>'
            '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            '<div class="related"><h3>相关新闻</h3><ul>' + _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>') + '</ul></div></div>'
            '<div class="right"><h3>热点</h3><ol>' + "".join(f'<li><a>{esc(t)}</a></li>' for t, _ in rng.sample(others, 3)) + '</ol></div></div>'
            '<div class="footer">版权所有 中国互联网新闻中心　电子邮件：webmaster@china.org.cn　电话：86-10-88828000　京ICP证 040089号</div>')
    head = f'<title>{esc(art["title"])}_中国网</title>'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="description" content="{esc(art["body"][0][:50])}">'
    return head, body, url


def ggzy_zbgg127(art, rng, others):
    """区 公共资源交易中心 portal: p08 a 施工招标公告 — an info line glued with no whitespace
    (``发布时间：YYYY-MM-DD hh:mm:ss信息来源：…浏览次数：``), a 项目编号 line, ``一、`` heads, ``1.`` items,
    获取时间/截止时间 lines and 招标人/联系电话 lines (body), a 温馨提示 box on CA 证书, 附件 lines, a 交易
    指南 side list (not body); p09 (GBK) an 开标 news page on an old table layout with a ``[YYYY-MM-DD]``
    date, a caption, ``1.`` items after a ``：`` lead-in and ``（编辑：…　审核：…）``."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://ggzy.shunqing.gov.cn/{'jsgc/zbgg' if p08 else 'zxdt'}/{y}{m}{d}/{_n(rng, 12)}.html"
    who = rng.sample(WHO, 2)
    if p08:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2em">{x}</p>',
                         head=lambda x: f'<p style="line-height:2em"><strong>{x}</strong></p>')
        side = ('<div class="side"><h3>交易指南</h3><ul><li><a>CA数字证书办理指南</a></li><li><a>电子保函操作手册</a></li>'
                '<li><a>不见面开标操作说明</a></li></ul></div>')
        body = ('<div class="head"><img src="/images/ggzy_logo.png" alt="顺庆区公共资源交易中心"><span class="tel">服务热线：0817-22{}</span></div>'.format(_n(rng, 5))
                + '<div class="nav"><ul><li>首页</li><li>工程建设</li><li>政府采购</li><li>土地矿权</li><li>国有产权</li><li>办事指南</li></ul></div>'
                '<div class="container">' + side + '<div class="detail"><div class="pos">当前位置：首页 &gt; 工程建设 &gt; 招标公告</div>'
                f'<h2 class="d-title">{esc(art["title"])}</h2>'
                f'<div class="d-info">发布时间：{y}-{m}-{d} {_hms(rng)}信息来源：区住房和城乡建设局浏览次数：<script>document.write("{_n(rng, 3)}")</script></div>'
                f'<div class="xmbh">项目编号：SQ{y}-GC-{rng.randint(10, 99):03d}</div>'
                '<div class="d-con">' + "".join(blocks) + '</div>'
                f'<div class="fj"><p>附件：<a>招标文件（{y}版）.zip</a></p><p><a>工程量清单及控制价.xls</a></p></div>'
                '<div class="wxts" style="border:1px dashed #1f6fb2;padding:8px"><b>温馨提示</b>：请投标人提前检查CA数字证书有效期，证书过期将无法解密投标文件。</div>'
                '<div class="tool"><a>【打印本页】</a><a>【关闭窗口】</a></div></div></div>'
                + _foot(rng, "南充市顺庆区公共资源交易中心", f"511302{_n(rng, 4)}", "南充市顺庆区人民政府"))
        head = f'<title>{esc(art["title"])}-顺庆区公共资源交易中心</title><meta name="keywords" content="招标公告,工程建设">'
    else:
        blocks = _blocks(art["body"], lambda x: f'<p>　　{x}</p>')
        blocks.insert(1, f'<p align="center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="520" border="0"></p>'
                         '<p align="center">图为交易中心工作人员在网上开标大厅值守。</p>')
        side = "".join(f'<li><a>{esc(t)}</a></li>' for t, _ in rng.sample(others, 4))
        body = ('<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/ggzy_top.jpg" width="980"></td></tr>'
                '<tr><td class="nav">首页 | 中心概况 | 中心动态 | 交易信息 | 办事指南 | 政策法规</td></tr></table>'
                '<table width="980" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="240" valign="top"><div class="lmt">中心动态</div><ul>' + side + '</ul></td>'
                '<td width="740" valign="top"><div class="wz">您的位置：首页 &gt;&gt; 中心动态</div>'
                f'<table width="95%" align="center"><tr><td align="center" class="bt"><b>{esc(art["title"])}</b></td></tr>'
                f'<tr><td align="center" class="rq">[{y}-{m}-{d}]　来源：区公共资源交易中心　点击：<script>document.write("{_n(rng, 3)}")</script></td></tr>'
                '<tr><td class="zw">' + "".join(blocks) + '</td></tr>'
                f'<tr><td align="right">（编辑：{who[0]}　审核：{who[1]}）</td></tr></table>'
                '<p align="center">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</p></td></tr></table>'
                f'<table width="980" align="center" class="foot"><tr><td align="center">南充市顺庆区公共资源交易中心 版权所有　蜀ICP备{_n(rng, 8)}号<br>'
                f'地址：顺庆区滨江中路{rng.randint(100, 300)}号　电话：0817-22{_n(rng, 5)}</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title>'
    return head, body, url


def ywh_mp_xj127(art, rng, others):
    """小区 业委会 公众号 选举 公告: the 主送 line, ``一、`` bar heads, a 候选人 table, 投票时间/地点 lines, a
    咨询电话 line, a slogan line and 特此公告 (body); the 落款 (筹备组) and its date, a ▲ caption, a 温馨提示
    card, a 扫码投票 QR prompt, 阅读/在看 (not body); an empty ``publish_time`` (the script's ``ct``
    gives the date)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    sig = _day(art, -1)

    def special(p):
        if _head(p):
            return (f'<section style="margin:20px 0 8px"><section style="display:inline-block;background:#2e7d32;padding:3px 14px;border-radius:3px">'
                    f'<p><span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></p></section></section>')
        if p.endswith("业委会！"):
            return f'<p style="text-align:center"><span style="color:#2e7d32;font-size:16px"><strong>{esc(p)}</strong></span></p>'
        if p == "各位业主：":
            return f'<p><span style="font-size:15px">{esc(p)}</span></p>'
        return None

    out = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:1.8em"><span style="font-size:15px">{x}</span></p>', special=special, th=True)
    out.insert(1 + [i for i, b in enumerate(out) if "<table" in b][0], f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
               '<p style="text-align:center"><span style="font-size:12px;color:#999">▲候选人名单已同步张贴于各单元公告栏</span></p>')
    tail = ('<p style="text-align:right"><span style="font-size:15px">锦绣花园小区业主大会筹备组</span></p>'
            f'<p style="text-align:right"><span style="font-size:15px">{_cn(sig)}</span></p>'
            '<section style="background:#eef6ee;padding:10px 14px;margin-top:16px"><p><strong>温馨提示</strong></p>'
            '<p><span style="font-size:14px">业主因故不能到场投票的，可书面委托他人代为投票，委托书模板可在物业服务中心领取。</span></p></section>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">长按识别二维码 进入线上投票</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">锦绣花园业委会</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            '<div class="rich_media_content" id="js_content">' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(500, 3000)}</span><a>点赞 {rng.randint(10, 90)}</a><a>在看 {rng.randint(3, 30)}</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "锦绣花园业委会"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def wb_08jk127(art, rng, others):
    """晚报 e-paper 第08版：健康: masthead with ``YYYY年M月D日　星期X`` (the only visible date; the URL
    agrees), a 版次 list, 上一版/下一版/PDF, 版面图, 本版标题, 责任编辑, copyright (not body). p11 (GBK): an
    引题, the text as ``<br>`` lines in one ``founder-content`` with ``本报讯（记者 …）`` run into the lead and
    ``记者：``/``王海涛：`` turns (body), a caption table and a 专家提醒 box (not body); p12: a 副题, a byline,
    ``<P>`` paragraphs in ``#ozoom``, a caption table and a second 健康短讯 in full (not body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.mywb.cn/html/{y}-{m}/{d}/node_8.htm"
    who = rng.sample(WHO, 3)
    if p11:
        kicker = '<h3 class="yt">立冬将至 医生提醒</h3>'
        sub = ""
        text = ('<!--enpcontent--><founder-content>' + "<br>".join(f"　　{esc(p)}" for p in art["body"]) + '<br></founder-content><!--/enpcontent-->'
                + f'<table class="pic" align="center"><tr><td><img src="../../../res/{y}-{m}/{d}/08/{_n(rng, 6)}.jpg"></td></tr>'
                '<tr><td class="tt">医生为市民测量血压。　记者 唐菲 摄</td></tr></table>'
                '<div class="box"><b>专家提醒</b><br>服用降压药的患者，冬季应增加血压监测次数，必要时在医生指导下调整用药。</div>')
        other = ""
    else:
        kicker = ""
        sub = '<h2 class="ft">滋补品销量上涨，医生提醒因人而异</h2>'
        text = (f'<div class="author">本报记者 {who[0]}</div><div id="ozoom"><founder-content>'
                + "".join(f"<P>　　{esc(p)}</P>" for p in art["body"]) + '</founder-content></div>'
                + f'<table class="pic" align="center"><tr><td><img src="../../../res/{y}-{m}/{d}/08/{_n(rng, 6)}.jpg"></td></tr>'
                '<tr><td class="tt">市民在药店选购滋补品。</td></tr></table>')
        other = ('<div class="other"><h3>市中心医院开设夜间门诊</h3>'
                 '<P>　　本报讯　为方便上班族就医，市中心医院从本月起开设内科、儿科夜间门诊，接诊时间为每天18:00至21:00。</P></div>')
    titles = "".join(f'<li><a>{esc(x)}</a></li>' for x in ["天冷了，心脑血管疾病进入高发期", "冬季进补，别盲目跟风", "市中心医院开设夜间门诊", "健康热线"])
    body = (f'<div class="masthead"><img src="../../../images/mywb_logo.gif" alt="绵阳晚报"><div class="mast-r">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>绵阳日报社主管主办</p></div></div>'
            '<div class="bc"><ul class="banlist"><li><a>第01版：要闻</a></li><li><a>第02版：本地</a></li><li><a>第05版：社会</a></li>'
            '<li class="on"><a>第08版：健康</a></li></ul>'
            f'<a href="node_7.htm">上一版</a>　<a href="node_9.htm">下一版</a>　<a href="../../../page/{y}-{m}/{d}/08/{_n(rng, 8)}.pdf">PDF版</a></div>'
            '<table width="1000" align="center"><tr><td width="380" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/08/{y}{m}{d}08_b.jpg" width="360"></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul>{titles}</ul></div></td>'
            f'<td valign="top"><div class="article">{kicker}<h1>{esc(art["title"])}</h1>{sub}{text}{other}'
            f'<div class="bj">责任编辑：{who[1]}　美编：{who[2]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a></div></div></td></tr></table>'
            f'<div class="copyright">绵阳晚报 版权所有　未经授权不得转载　蜀ICP备{_n(rng, 8)}号</div>')
    head = '<title>绵阳晚报-第08版：健康</title><meta name="keywords" content="绵阳晚报,数字报,健康">'
    return head, body, url


TEMPLATES = {"rfb_jbsm127": rfb_jbsm127, "dag_mp_lzp127": dag_mp_lzp127, "xzf_gdbh127": xzf_gdbh127,
             "zgw_df127": zgw_df127, "ggzy_zbgg127": ggzy_zbgg127, "ywh_mp_xj127": ywh_mp_xj127,
             "wb_08jk127": wb_08jk127}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages127", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
