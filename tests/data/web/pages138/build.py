"""Build the hundred-and-thirty-eighth saved-page set (``pages138``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: 区 生态环境局 portal pages, a GBK 环评 受理 公示 with a
project table and an 入河排污口 排查 news page (``sthj_hpsl138``), a 团区委 公众号 青年 返家乡 post
(``twq_mp_qn138``), 县政府网 营商环境 pages, a GBK 政策措施 清单 with a table and a 新闻发布会 实录
(``xzf_yshj138``), 学习强国-like 地方 平台 article pages (``xxqg_df138``), 区 规划和自然资源局 不动产
pages, a GBK 首次登记 公告 and a 交房即交证 news page (``ghzy_bdc138``), a 幼儿园 公众号 食谱 post with a
week's table (``yey_mp_sp138``) and 县报 e-paper 第01版 要闻 pages (``xb_01yw138``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages138/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["覃晓燕", "望志军", "郑思雨", "向宏伟", "王佳琪", "杜鹏", "黎娟", "熊志勇", "田园", "万凯"]
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
    bold, or ``<th>`` cells when ``th``)."""
    out = []
    for i, r in enumerate(rows):
        if i == 0 and th:
            cells = "".join(f'<th style="background:#eaf3ea">{esc(c)}</th>' for c in r.split(" "))
        else:
            cells = "".join(f'<td align="center"><p style="text-align:center"><span style="font-family:仿宋_GB2312;font-size:14px">'
                            f'{"<b>" if i == 0 else ""}{esc(c)}{"</b>" if i == 0 else ""}</span></p></td>' for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None, table=_table) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table, ``special(p)`` (when it
    gives markup) first, numbered heads through ``head``, other lines through ``para``."""
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


def _shift(art, days: int) -> datetime.date:
    return datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=days)


def _foot(rng, sponsor: str, icp: str, code: str = "") -> str:
    return (f'<div class="footer"><div class="flink"><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a> | <a>无障碍浏览</a></div>'
            f'<p>主办单位：{sponsor}　{"网站标识码：" + code + "　" if code else ""}<a>{icp}ICP备{_n(rng, 8)}号-1</a>'
            f'　<img src="/images/ga.png">{icp}公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jg"><img src="/images/dzjg.png"><img src="/images/zfwzzc.png"></div></div>')


def sthj_hpsl138(art, rng, others):
    """区 生态环境局 portal. p01 (GBK): an old table layout with a 信息公开 grid (索引号/发布机构/
    发布日期), an info line glued with no whitespace (``发布时间：YYYY-MM-DD来源：…浏览次数：`` and a
    ``document.write`` counter), ``<strong>一、…</strong>`` heads, a project table, a one-line 公示期,
    联系电话/通讯地址/电子邮箱 lines and 特此公示 (body); the 落款 and its date, an 附件 link, a 环评
    公示 栏目 list (not body). p02: an 排查 news page whose only visible date is a later ``更新时间``
    (meta ``PubDate`` and the URL give the publication date), red bold ``坚持…，推动…`` heads, a photo +
    楷体 caption, a 生态环保小贴士 box, 责任编辑, 上一篇/下一篇, 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.yiling.gov.cn/fjbm/sthjj/{'hpgs' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.shtml"
    who = rng.sample(WHO, 3)
    if p01:
        para = lambda t: f'<p style="text-indent:2em;line-height:28px"><font face="仿宋_GB2312" size="4">{t}</font></p>'  # noqa: E731
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:28px"><strong><font face="黑体" size="4">{t}</font></strong></p>')
        grid = ('<table width="100%" class="xxgk" border="1" cellspacing="0" cellpadding="3" bordercolor="#c9d9ea">'
                f'<tr><td width="15%" bgcolor="#f2f7fc">索 引 号：</td><td width="35%">011350207/{y}-{_n(rng, 5)}</td>'
                '<td width="15%" bgcolor="#f2f7fc">主题分类：</td><td>环境监测、保护与治理</td></tr>'
                f'<tr><td bgcolor="#f2f7fc">发布机构：</td><td>夷陵区分局</td><td bgcolor="#f2f7fc">发布日期：</td><td>{y}年{m}月{d}日</td></tr>'
                f'<tr><td bgcolor="#f2f7fc">名　　称：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
        info = (f'<div class="info">发布时间：{y}-{m}-{d}来源：夷陵区分局浏览次数：<script>document.write("{_n(rng, 3)}")</script>'
                '【字体：<a>大</a><a>中</a><a>小</a>】</div>')
        tail = ('<p style="text-align:right;line-height:28px"><font face="仿宋_GB2312" size="4">宜昌市生态环境局夷陵区分局</font></p>'
                f'<p style="text-align:right;line-height:28px"><font face="仿宋_GB2312" size="4">{y}年{int(m)}月{int(d)}日</font></p>'
                f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.pdf">建设项目环境影响评价文件受理情况表.pdf</a></p>')
        side = "".join(f'<li><a>{esc(t)}</a></li>' for t in ("环评受理公示", "环评审批前公示", "环评审批决定公告", "竣工环保验收", "排污许可"))
        body = ('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/yl_top.jpg" width="1000" height="150" alt="宜昌市夷陵区人民政府"></td></tr>'
                '<tr><td class="nav" bgcolor="#0f6a3a" height="38">&nbsp;<a>首页</a>&nbsp;|&nbsp;<a>走进夷陵</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;'
                '<a>政务服务</a>&nbsp;|&nbsp;<a>互动交流</a>&nbsp;|&nbsp;<a>专题专栏</a></td></tr></table>'
                '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>'
                f'<td width="220" valign="top" class="left"><div class="lmbt">环评公示</div><ul>{side}</ul></td>'
                '<td width="780" valign="top"><div class="wz">当前位置：<a>首页</a> &gt; <a>部门信息公开</a> &gt; <a>市生态环境局夷陵区分局</a> &gt; <a>环评公示</a></div>'
                f'{grid}<div class="bt"><font size="5" color="#0f6a3a"><b>{esc(art["title"])}</b></font></div>{info}'
                '<div id="zoom" class="zw">' + "".join(blocks) + tail + '</div>'
                '<div class="dy"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></div></td></tr></table>'
                + _foot(rng, "宜昌市夷陵区人民政府办公室", "鄂", f"420506{_n(rng, 4)}"))
        head = (f'<title>{esc(art["title"])}-宜昌市夷陵区人民政府</title><meta name="ColumnName" content="环评公示">'
                f'<meta name="ContentSource" content="夷陵区分局">')
    else:
        def special(p):
            if p.startswith("坚持") and "推动" in p and "。" not in p:
                return f'<p style="text-indent:2em;line-height:2em"><strong><span style="color:#c00000">{esc(p)}</span></strong></p>'
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2em">{t}</p>', special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体">图为工作人员使用无人机对沿河排污口进行航测。（夷陵区分局供图）</span></p>')
        up = _shift(art, 3)
        info = (f'<div class="xl_info"><span>来源：宜昌市生态环境局夷陵区分局</span>&nbsp;&nbsp;<span>更新时间：{up.isoformat()} {_hm(rng)}</span>'
                f'&nbsp;&nbsp;<span>浏览：<script>document.write("{_n(rng, 3)}")</script>次</span></div>')
        tip = ('<div class="xts" style="border:1px solid #8cc7a1;padding:10px 14px;margin-top:16px;background:#f4fbf6"><h4>生态环保小贴士</h4>'
               '<p>发现企业偷排漏排、河道异常排水等环境违法行为，可拨打12345热线或通过“夷陵生态”小程序随手拍举报，一经查实将给予奖励。</p></div>')
        pn = rng.sample(others, 2)
        body = ('<div class="header"><img src="/images/logo_yl.png" alt="宜昌市夷陵区人民政府"><div class="search"><input placeholder="请输入关键字"><button>搜索</button></div></div>'
                '<div class="nav"><ul><li>首页</li><li>走进夷陵</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>'
                '<div class="crumb">您所在的位置：<a>首页</a> &gt; <a>部门信息公开</a> &gt; <a>市生态环境局夷陵区分局</a> &gt; <a>工作动态</a></div>'
                f'<div class="xl_con"><h1>{esc(art["title"])}</h1>{info}'
                '<div class="TRS_UEDITOR trs_paper_default">' + "".join(blocks) + f'</div>{tip}'
                f'<p class="zrbj" style="text-align:right">责任编辑：{who[0]}</p>'
                f'<div class="sxp"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>'
                '<div class="tool"><span>分享到：<a class="wx"></a><a class="wb"></a><a class="qq"></a></span>'
                '<a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>'
                '<div class="xgxw"><h3>相关新闻</h3><ul>' + _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>') + '</ul></div></div>'
                + _foot(rng, "宜昌市夷陵区人民政府办公室", "鄂", f"420506{_n(rng, 4)}"))
        head = (f'<title>{esc(art["title"])}_宜昌市夷陵区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="工作动态">')
    return head, body, url


def twq_mp_qn138(art, rng, others):
    """团区委 公众号 青年 返家乡 post: an 原创 label, ``publish_time`` ``YYYY-MM-DD hh:mm``, a ``点击蓝字
    关注我们`` banner, ``PART 0X`` bar heads, bold ``name：`` turns, a 活动名片 card after the second
    paragraph, three ``▲`` captions, a centred slogan (body only the slogan), 来源/编辑/审核 credits,
    往期推荐, 阅读原文, 点赞/在看, 精选留言 with places and dates."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 3)
    caps = iter(["▲李若琳在社区“四点半课堂”给孩子们做物理小实验", "▲张浩宇教社区老人使用手机挂号", "▲返乡大学生跟随网格员走访独居老人"])
    card = ('<section style="border:1px solid #e8473b;border-radius:6px;padding:10px 14px;margin:16px 0;background:#fff6f5">'
            '<p><strong><span style="color:#e8473b">活动名片</span></strong></p>'
            '<p><span style="font-size:14px">活动名称：2024年西陵区“青春返家乡”大学生寒暑假社会实践</span></p>'
            '<p><span style="font-size:14px">实践时间：7月8日—8月25日　实践岗位：社区课堂、为老服务、见习社工</span></p></section>')
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith("PART"):
            out.append(f'<section style="margin:26px 0 12px"><section style="display:inline-block;background:#e8473b;padding:3px 14px">'
                       f'<p><span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></p></section>'
                       '<section style="border-bottom:1px solid #e8473b"></section></section>')
        elif p.endswith("！") and len(p) < 16:
            out.append(f'<p style="text-align:center;margin-top:24px"><span style="color:#e8473b;font-size:18px"><strong>{esc(p)}</strong></span></p>')
        elif p.startswith(("李若琳：", "张浩宇：")):
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px"><strong><span style="color:#e8473b">{esc(p[:4])}</span></strong>{esc(p[4:])}</span></p>')
        else:
            out.append(f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px;color:#333">{esc(p)}</span></p>')
        if i == 1:
            out.append(card)
        if any(k in p for k in ("大气压强的原理", "一遍不会就教两遍", "防汛值守")):
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg" class="rich_pages wxw-img"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{next(caps)}</span></p>')
    banner = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/twq_top/640?wx_fmt=gif">'
              '<p><span style="font-size:12px;color:#e8473b">点击蓝字　关注我们</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">来源：团区委学校部　编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong><span style="color:#e8473b">往期推荐</span></strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><a><span style="font-size:14px;color:#576b95">{tt}</span></a></p>') + '</section>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">西陵青年　青春正当时</span></p>')
    comments = "".join(f'<li><span class="nick">{n}</span><span class="loc">{loc}</span><p>{c}</p><span class="time">{mm}月{dd}日</span><span>赞 {rng.randint(2, 40)}</span></li>'
                       for n, loc, c, mm, dd in (("晴天", "湖北", "我家孩子天天盼着去社区上课，谢谢大学生哥哥姐姐！", int(m), int(d)),
                                                 ("老胡", "湖北", "小张老师教得好，我现在会在手机上交电费了。", int(m), int(d) + 1)))
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">西陵团团</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">青春西陵</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">湖北</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{banner}' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(1500, 9000)}</span>'
            f'<a>分享</a><a>点赞 {rng.randint(30, 300)}</a><a>在看 {rng.randint(10, 80)}</a></div>'
            f'<div class="discuss_container"><a>写留言</a><h3>精选留言</h3><ul>{comments}</ul></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "青春西陵"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}"><meta property="og:type" content="article">'
    return head, body, url


def xzf_yshj138(art, rng, others):
    """县政府网 营商环境. p04 (GBK): a 政策措施 清单 on an old table layout under an 信息公开 grid
    (索引号/文号/成文日期 four days earlier/发布日期), a centred 文号 line, the text as ``<br><br>`` lines
    in one ``<font>`` with ``<b>一、…</b>`` heads, the 主送 line, a 清单 table (cut out of the font,
    ``<th>`` header) with a 注 line under it, ``1.`` items and a 联系电话 line (body); the 落款 and the
    成文 date, an 附件 line, a later ``更新时间`` (not body). p05: a 新闻发布会 实录 with
    ``发布时间：YYYY年MM月DD日 hh:mm``, an 发布会 card (时间/地点/发布人) above the text, bold ``name：``
    and ``记者：`` turns, a photo + caption, a 相关链接 box, 上一篇/下一篇, 扫一扫."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.yuanan.gov.cn/{'zfxxgk/zc/gfxwj' if p04 else 'xwzx/xwfbh'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.shtml"
    who = rng.sample(WHO, 3)
    if p04:
        signed = _shift(art, -4)
        up = _shift(art, 5)
        pieces, rows = [], []
        for p in list(art["body"]) + [None]:
            if p is not None and _row(p):
                rows.append(p)
                continue
            if rows:
                pieces.append(("table", rows))
                rows = []
            if p is not None:
                pieces.append(("line", p))
        html, buf = [], []

        def flush():
            if buf:
                html.append('<font face="仿宋_GB2312" size="4">' + "<br><br>".join(buf) + "</font>")
                buf.clear()
        for k, v in pieces:
            if k == "table":
                flush()
                html.append('<br>' + _table(v, th=True) + '<p style="font-size:12px">注：各项措施的实施细则由责任单位另行制定并向社会公布。</p>')
            elif _head(v):
                buf.append(f"　　<b>{esc(v)}</b>")
            elif v.endswith("：") and v.startswith("各乡镇"):
                buf.append(esc(v))
            else:
                buf.append(f"　　{esc(v)}")
        flush()
        text = ('<div id="zoom">' + "".join(html)
                + '<br><br><div align="right"><font face="仿宋_GB2312" size="4">远安县人民政府办公室<br>'
                + f'{signed.year}年{signed.month}月{signed.day}日</font></div><br>'
                + f'<font face="仿宋_GB2312" size="4">附件：<a href="/uploads/{_n(rng, 9)}.docx">远安县2024年优化营商环境政策措施任务分解表.docx</a></font></div>')
        grid = ('<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#cccccc" class="xxgk_table">'
                f'<tr><td bgcolor="#f5f5f5" width="14%">索引号</td><td width="36%">MB1529{_n(rng, 3)}/{y}-{_n(rng, 5)}</td><td bgcolor="#f5f5f5" width="14%">主题分类</td><td>综合政务\\其他</td></tr>'
                f'<tr><td bgcolor="#f5f5f5">发文机关</td><td>远安县人民政府办公室</td><td bgcolor="#f5f5f5">文号</td><td>远政办发〔{y}〕7号</td></tr>'
                f'<tr><td bgcolor="#f5f5f5">成文日期</td><td>{signed.year}年{signed.month:02d}月{signed.day:02d}日</td><td bgcolor="#f5f5f5">发布日期</td><td>{y}年{m}月{d}日</td></tr>'
                f'<tr><td bgcolor="#f5f5f5">标题</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
        body = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/ya_banner.jpg" width="1000" height="170"></td></tr>'
                '<tr><td class="nav" bgcolor="#a40000" height="36">&nbsp;<a>首页</a>&nbsp;|&nbsp;<a>走进远安</a>&nbsp;|&nbsp;<a>政府信息公开</a>&nbsp;|&nbsp;<a>政务服务</a>&nbsp;|&nbsp;<a>政民互动</a></td></tr></table>'
                '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top">'
                '<div class="wz">您现在的位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; <a>政策文件</a> &gt; <a>规范性文件</a></div>'
                f'{grid}<table width="100%"><tr><td align="center" height="70"><font size="5" color="#a40000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;更新时间：{up.isoformat()}&nbsp;&nbsp;&nbsp;'
                f'来源：县政府办公室&nbsp;&nbsp;&nbsp;【字号：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td align="center"><font face="仿宋_GB2312" size="4">远政办发〔{y}〕7号</font></td></tr>'
                f'<tr><td class="zw">{text}</td></tr>'
                '<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr></table>'
                '</td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">主办：远安县人民政府办公室　承办：远安县政务服务和大数据管理局<br>'
                f'网站标识码：420525{_n(rng, 4)}　鄂ICP备{_n(rng, 8)}号　鄂公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = (f'<title>{esc(art["title"])}--远安县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="ColumnName" content="规范性文件">')
    else:
        def special(p):
            if p.startswith("记者："):
                return f'<p style="text-indent:2em"><strong>记者：</strong>{esc(p[3:])}</p>'
            hd, sep, rest = p.partition("：")
            if sep and len(hd) <= 18 and "，" not in hd and "。" not in hd:
                return f'<p style="text-indent:2em"><strong>{esc(hd)}：</strong>{esc(rest)}</p>'
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>', special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 10)}.jpg" width="620"></p>'
                         '<p style="text-align:center;font-family:楷体">新闻发布会现场。（县融媒体中心记者　' + who[0] + '　摄）</p>')
        held = _shift(art, -1)
        card = ('<div class="fbh" style="border:1px solid #e2c8a0;background:#fffaf1;padding:10px 14px;margin-bottom:14px">'
                f'<p><b>发布会时间：</b>{held.year}年{held.month}月{held.day}日上午10:00</p><p><b>地点：</b>县政务服务中心三楼新闻发布厅</p>'
                '<p><b>发布人：</b>副县长周海燕；县市场监管局、县自然资源和规划局、县政务服务和大数据管理局负责人</p></div>')
        links = ('<div class="xglj"><h4>相关链接</h4><ul><li><a>远安县2024年优化营商环境政策措施清单</a></li>'
                 '<li><a>一图读懂｜远安县优化营商环境28条</a></li></ul></div>')
        pn = rng.sample(others, 2)
        body = ('<div class="header"><img src="/images/logo_ya.png" alt="远安县人民政府"><div class="search"><input placeholder="站内搜索"></div></div>'
                '<div class="nav"><ul><li>首页</li><li>走进远安</li><li>新闻中心</li><li>政府信息公开</li><li>政务服务</li><li>政民互动</li></ul></div>'
                '<div class="crumb">当前位置：<a>首页</a> &gt; <a>新闻中心</a> &gt; <a>新闻发布会</a></div>'
                f'<div class="article"><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span>发布时间：{y}年{m}月{d}日 {_hm(rng)}</span>　<span>来源：县政府新闻办</span>　'
                f'<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>{card}'
                '<div class="content" id="zoom">' + "".join(blocks) + f'</div>{links}'
                f'<div class="bj">（编辑：{who[1]}　审核：{who[2]}）</div>'
                f'<div class="sxp"><a>上一篇：{esc(pn[0][0])}</a><br><a>下一篇：{esc(pn[1][0])}</a></div>'
                '<div class="tool"><span class="ewm"><img src="/images/ewm.png">扫一扫在手机打开当前页</span>'
                '<a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div></div>'
                + _foot(rng, "远安县人民政府办公室", "鄂", f"420525{_n(rng, 4)}"))
        head = (f'<title>{esc(art["title"])}_远安县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="ColumnName" content="新闻发布会">')
    return head, body, url


def xxqg_df138(art, rng, others):
    """学习强国-like 地方 学习平台 article page: top bar with the platform logo and 下载APP, a channel
    crumb, headline, a ``来源：… 作者：… YYYY-MM-DD`` line (p06) or none (p07: meta ``publishdate``
    only; the ``id=`` URL has no date), a 字号 bar, a photo + caption, bold ``记者：`` and ``name：``
    turns (p07), an 本文为…原创 notice, 编辑/责任编辑, 推荐阅读 cards, an app QR box, footer."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    aid = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    url = f"https://www.xuexi.cn/lgpage/detail/index.html?id={_n(rng, 19)}&item_id={_n(rng, 19)}"
    who = rng.sample(WHO, 3)

    def special(p):
        if p.startswith("记者："):
            return f'<p class="txt"><strong>记者：</strong>{esc(p[3:])}</p>'
        hd, sep, rest = p.partition("：")
        if sep and len(hd) <= 10 and "，" not in hd and "。" not in hd:
            return f'<p class="txt"><strong>{esc(hd)}：</strong>{esc(rest)}</p>'
        return None
    blocks = _blocks(art["body"], lambda t: f'<p class="txt">{t}</p>', special=None if p06 else special)
    cap = "▲昭君镇高山茶园里，采茶工正在采摘夏茶。" if p06 else "▲秭归县屈原镇，果农正在分拣夏橙。"
    blocks.insert(1, f'<div class="img-box"><img src="https://boot-img.xuexi.cn/image/{aid}.jpg"><p class="img-cap">{cap}（{who[0]}　摄）</p></div>')
    info = (f'<div class="render-detail-resource">来源：湖北学习平台　作者：{"兴山县融媒体中心" if p06 else "秭归县融媒体中心　" + who[1]}　{y}-{m}-{d}</div>' if p06
            else '<div class="render-detail-resource">来源：湖北学习平台</div>')
    rec = "".join(f'<div class="rec-card"><p class="rec-title">{esc(t)}</p><p class="rec-src">湖北学习平台</p></div>' for t, _ in rng.sample(others, 3))
    body = ('<div class="layout-header"><div class="logo"><img src="/images/xx_logo.png" alt="学习平台"></div>'
            '<div class="nav"><a>首页</a><a>要闻</a><a>地方平台</a><a>视频</a></div><div class="download"><a>下载APP</a></div></div>'
            '<div class="layout-crumb"><a>首页</a> &gt; <a>地方平台</a> &gt; <a>湖北学习平台</a> &gt; <a>宜昌</a></div>'
            f'<div class="render-detail-article"><div class="render-detail-title">{esc(art["title"])}</div>{info}'
            '<div class="fontsize">字号：<a>A+</a> <a>A</a> <a>A-</a></div>'
            '<div class="render-detail-content">' + "".join(blocks) + '</div>'
            '<div class="render-detail-declare">本文为湖北学习平台原创稿件，转载请注明来源。</div>'
            f'<div class="render-detail-editor">编辑：{who[2]}　责任编辑：{who[0]}</div></div>'
            f'<div class="recommend"><h3>推荐阅读</h3>{rec}</div>'
            '<div class="app-qr"><img src="/images/xx_qr.png"><p>扫码下载APP　随时随地学习</p></div>'
            f'<div class="layout-footer">版权所有　京ICP备{_n(rng, 8)}号　违法和不良信息举报电话</div>')
    head = f'<title>{esc(art["title"])}</title><meta name="description" content="{esc(art["body"][0][:50])}">'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}">'
    return head, body, url


def ghzy_bdc138(art, rng, others):
    """区 规划和自然资源局 不动产. p08 (GBK): a 首次登记 公告 on an old table layout with bracketed info
    spans (``【发布时间：YYYY年MM月DD日】【来源：…】【点击：…】``), a centred 公告编号 line, bold 一、 heads,
    a 拟登记 table, a one-line 异议期限, 受理地点/联系电话 lines and 特此公告 (body); the 落款 and date, a
    不动产登记 服务指南 side list (not body). p09: a 交房即交证 news page with ``发布时间`` beside a later
    ``更新时间``, a caption above the text, 一是… lines (body), a 办事指南 box, 责任编辑, 相关新闻."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://ghzrzyj.cqbs.gov.cn/{'tzgg' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    if p08:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:30px">{t}</p>',
                         head=lambda t: f'<p style="text-indent:2em;line-height:30px"><b>{t}</b></p>')
        side = "".join(f'<li><a>{t}</a></li>' for t in ("首次登记公告", "更正登记公告", "注销登记公告", "证书作废公告", "办事指南"))
        body = ('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/bs_ghzy_top.jpg" width="1000" height="140" alt="重庆市璧山区规划和自然资源局"></td></tr>'
                '<tr><td class="nav" bgcolor="#2a6db3" height="36">&nbsp;<a>首页</a>&nbsp;|&nbsp;<a>机构概况</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>不动产登记</a>&nbsp;|&nbsp;<a>公众参与</a></td></tr></table>'
                '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>'
                f'<td width="220" valign="top"><div class="lm">不动产登记</div><ul class="list">{side}</ul></td>'
                '<td width="780" valign="top"><div class="wz">当前位置：首页 &gt;&gt; 不动产登记 &gt;&gt; 首次登记公告</div>'
                f'<div class="title" align="center"><font size="5"><b>{esc(art["title"])}</b></font></div>'
                f'<div class="sx" align="center">【发布时间：{y}年{m}月{d}日】【来源：区不动产登记中心】【点击：<script>document.write("{_n(rng, 3)}")</script>】</div>'
                f'<p align="center">璧规资不动产首登公告〔{y}〕第{rng.randint(30, 60)}号</p>'
                '<div class="zw" id="zoom">' + "".join(blocks)
                + '<p style="text-align:right;line-height:30px">重庆市璧山区规划和自然资源局</p>'
                + f'<p style="text-align:right;line-height:30px">{y}年{int(m)}月{int(d)}日</p></div>'
                '<div align="right"><a href="javascript:window.print()">[打印]</a> <a href="javascript:window.close()">[关闭]</a></div></td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">版权所有：重庆市璧山区规划和自然资源局　地址：璧山区璧泉街道某大道{rng.randint(100, 400)}号<br>'
                f'渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号　网站标识码：500120{_n(rng, 4)}</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="不动产登记,首次登记,公告">'
    else:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2em">{t}</p>')
        up = _shift(art, 2)
        box = ('<div class="bszn" style="border:1px solid #9bbbe0;padding:10px;margin-top:14px"><h4>办事指南</h4>'
               '<p>办理地点：璧山区不动产登记中心　咨询电话：023-41427865</p><p>办理时间：工作日9:00—12:00，14:00—17:30（周六上午办理预约业务）</p></div>')
        body = ('<div class="head"><img src="/images/logo_bs.png" alt="重庆市璧山区规划和自然资源局"></div>'
                '<div class="nav"><ul><li>首页</li><li>机构概况</li><li>政务公开</li><li>不动产登记</li><li>公众参与</li></ul></div>'
                '<div class="dqwz">当前位置：<a>首页</a> &gt; <a>工作动态</a></div>'
                f'<div class="xl"><h2>{esc(art["title"])}</h2>'
                f'<div class="xl_sx"><span>发布时间：{y}-{m}-{d}</span>　<span>更新时间：{up.isoformat()}</span>　<span>来源：区不动产登记中心</span></div>'
                f'<div class="xl_img"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="640"><p>业主在交房现场领取不动产权证书。{who[0]}　摄</p></div>'
                '<div class="TRS_Editor">' + "".join(blocks) + f'</div>{box}'
                f'<p class="zrbj">【责任编辑：{who[1]}】</p>'
                '<div class="xgxw"><h3>相关新闻</h3><ul>' + _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a><span>({dd})</span></li>') + '</ul></div></div>'
                + _foot(rng, "重庆市璧山区规划和自然资源局", "渝"))
        head = f'<title>{esc(art["title"])}_重庆市璧山区规划和自然资源局</title><meta name="PubDate" content="{y}-{m}-{d}">'
    return head, body, url


def yey_mp_sp138(art, rng, others):
    """幼儿园 公众号 食谱 post: an empty ``publish_time`` (the script's ``ct`` gives the date), a
    salutation line, green pill heads (一周食谱, 营养师说, 家长配合小建议), a 食谱 table with ``<th>`` header
    and ``、``-joined dishes, ``1.`` items, a slogan (body); a ▲ caption, an 营养小贴士 box, 园所 card with
    地址/电话, 往期回顾, a QR, 点赞/在看 (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 2)
    heads = {"一周食谱", "营养师说", "家长配合小建议"}

    def special(p):
        if p in heads:
            return (f'<section style="text-align:center;margin:24px 0 10px"><section style="display:inline-block;background:#7cc26b;border-radius:20px;padding:4px 20px">'
                    f'<p><span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></p></section></section>')
        if p.endswith("！") and len(p) < 14:
            return f'<p style="text-align:center;margin-top:20px"><span style="color:#f08a24;font-size:18px"><strong>{esc(p)}</strong></span></p>'
        if p.endswith("：") and p.startswith("亲爱的"):
            return f'<p style="line-height:1.8em"><span style="font-size:15px">{esc(p)}</span></p>'
        return None

    def table(rows):
        out = []
        for i, r in enumerate(rows):
            if i == 0:
                out.append("<tr>" + "".join(f'<th style="background:#7cc26b;color:#fff;padding:6px">{esc(c)}</th>' for c in r.split(" ")) + "</tr>")
            else:
                out.append("<tr>" + "".join(f'<td style="border:1px solid #cfe8c8;padding:6px;font-size:13px">{esc(c)}</td>' for c in r.split(" ")) + "</tr>")
        return '<section style="overflow-x:auto"><table style="width:100%;border-collapse:collapse"><tbody>' + "".join(out) + '</tbody></table></section>'

    blocks = _blocks(art["body"], lambda x: f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px;color:#444">{x}</span></p>',
                     special=special, table=table)
    out = []
    for b in blocks:
        out.append(b)
        if "<table" in b:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">▲上周的番茄牛肉饭，小朋友们吃得光光的</span></p>')
    box = ('<section style="background:#fff7e6;border-radius:8px;padding:10px 14px;margin-top:20px"><p><strong><span style="color:#f08a24">营养小贴士</span></strong></p>'
           '<p><span style="font-size:14px">3至6岁幼儿每天需要饮水600至800毫升，请家长为孩子准备好水杯，提醒孩子少量多次饮水。</span></p></section>')
    card = ('<section style="text-align:center;margin-top:20px"><p><span style="font-size:13px;color:#888">伍家岗区某某幼儿园</span></p>'
            f'<p><span style="font-size:12px;color:#888">地址：伍家岗区某某路{rng.randint(10, 99)}号　电话：0717-65{_n(rng, 5)}</span></p>'
            f'<p><span style="font-size:12px;color:#888">文字：{who[0]}　排版：{who[1]}</span></p></section>'
            '<section><p><strong>往期回顾</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">长按识别二维码　关注我们</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">伍家岗某某幼儿园</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(out) + box + card + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(300, 2000)}</span><a>点赞 {rng.randint(10, 90)}</a><a>在看 {rng.randint(3, 30)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "伍家岗某某幼儿园"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xb_01yw138(art, rng, others):
    """县报 e-paper 第01版 要闻: masthead with ``YYYY年M月D日　星期X`` and 农历 (the only visible date;
    the URL agrees), a 版次 list, 上一版/下一版/PDF, 版面图 with a hot-area map, 本版标题, 责任编辑,
    copyright. p11 (GBK): an 引题 above the headline, the report as ``<br>`` lines in one
    ``founder-content`` with the ``本报讯（记者 …）`` opening (body), a caption table inside the text and a
    second report (短讯) in full after it (not body). p12: a 副题 and a ``□本报记者`` byline, ``<P>``
    paragraphs in ``#ozoom``, a caption table, ``记者：``/``name：`` turns (body), a 记者手记 box (not
    body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://www.zgrb.net/epaper/html/{y}-{m}/{d}/node_1.htm"
    who = rng.sample(WHO, 3)
    titles = [t for t, _ in rng.sample(others, 3)]
    if p11:
        lines = []
        for i, p in enumerate(art["body"]):
            lines.append(f"　　{esc(p)}")
            if i == 1:
                lines.append(f'<table align="center" width="90%"><tr><td><img src="../../../res/{y}-{m}/{d}/01/{_n(rng, 8)}.jpg" width="500"></td></tr>'
                             f'<tr><td align="center"><font face="楷体">与会人员在脐橙冬季管护示范园观摩。　记者　{who[0]}　摄</font></td></tr></table>')
        text = '<!--enpcontent--><founder-content>' + "<br>".join(lines) + '<br></founder-content><!--/enpcontent-->'
        kicker = '<h3 class="yt">抢抓农时促秋播　科学管护保丰收</h3>'
        sub = ""
        after = ('<div class="other"><h2>县消防救援大队开展冬季火灾防控宣传</h2>'
                 '<P>　　本报讯（通讯员 李晓）11月6日，县消防救援大队在县城步行街开展冬季火灾防控集中宣传活动，向过往群众发放宣传资料600余份，现场演示灭火器使用方法。</P></div>')
    else:
        paras = []
        for i, p in enumerate(art["body"]):
            if p.startswith("记者："):
                paras.append(f"<P>　　<B>记者：</B>{esc(p[3:])}</P>")
            elif p.startswith("王少林："):
                paras.append(f"<P>　　<B>王少林：</B>{esc(p[4:])}</P>")
            else:
                paras.append(f"<P>　　{esc(p)}</P>")
            if i == 2:
                paras.append(f'<table align="center"><tr><td><img src="../../../res/{y}-{m}/{d}/01/{_n(rng, 8)}.jpg" width="480"></td></tr>'
                             f'<tr><td class="pic-txt">工人在选果厂分选线上装箱脐橙。本报记者　{who[1]}　摄</td></tr></table>')
        text = '<div id="ozoom"><founder-content>' + "".join(paras) + '</founder-content></div>'
        kicker = ""
        sub = f'<h3 class="ft">——两河口镇某村柑橘产业发展见闻</h3><div class="author">□本报记者　{who[1]}</div>'
        after = ('<div class="sj" style="border:1px solid #bbb;padding:8px;margin-top:12px"><h4>记者手记</h4>'
                 '<P>从卖鲜果到卖品牌，从靠天吃饭到抱团闯市场，一个山村的变化，是全县柑橘产业提质增效的缩影。</P></div>')
    same = "".join(f'<li><a>{esc(x)}</a></li>' for x in titles)
    lunar = "农历十月初八" if p11 else "农历十月十五"
    body = (f'<div class="masthead"><img src="../../../images/zgb_logo.gif" alt="秭归报"><div class="mast-r">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}　{lunar}</p><p>中共秭归县委主管主办　国内统一连续出版物号：CN42-00{_n(rng, 2)}</p></div></div>'
            '<div class="bc"><ul><li class="on"><a>第01版：要闻</a></li><li><a>第02版：综合</a></li><li><a>第03版：民生</a></li><li><a>第04版：屈乡</a></li></ul>'
            f'<a>上一版</a>　<a href="node_2.htm">下一版</a>　<a href="../../../page/{y}-{m}/{d}/01/{_n(rng, 8)}.pdf">PDF版</a>　<a>往期检索</a></div>'
            '<table width="1000" align="center"><tr><td width="380" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/01/{y}{m}{d}01_b.jpg" width="360" usemap="#PagePicMap">'
            '<map name="PagePicMap"><area shape="rect" coords="10,20,350,200"><area shape="rect" coords="10,210,350,400"></map></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>{same}</ul></div></td>'
            f'<td valign="top"><div class="article">{kicker}<h1>{esc(art["title"])}</h1>{sub}{text}{after}'
            f'<div class="bj">责任编辑：{who[2]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">秭归报社 版权所有　未经书面授权不得转载　鄂ICP备{_n(rng, 8)}号</div>')
    head = '<title>秭归报-第01版：要闻</title><meta name="keywords" content="秭归报,数字报,要闻">'
    return head, body, url


TEMPLATES = {"sthj_hpsl138": sthj_hpsl138, "twq_mp_qn138": twq_mp_qn138, "xzf_yshj138": xzf_yshj138,
             "xxqg_df138": xxqg_df138, "ghzy_bdc138": ghzy_bdc138, "yey_mp_sp138": yey_mp_sp138,
             "xb_01yw138": xb_01yw138}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages138", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
