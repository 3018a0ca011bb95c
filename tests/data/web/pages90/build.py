"""Build the ninetieth saved-page set (``pages90``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 商务委 portal 促消费 news (``swwcxf_hd90``), a
市 气象局 公众号 节气 科普 post (``qxj_mp_jieqi90``), a 县政府网 通告 with many 条款 on GBK pages
(``xzf_tg_tk90``), a 央广网-like 地方 音频 报道 (``cnr_df_yp90``), a 区 审批局 portal 办事指南 page
(``spj_bszn90``), a 乡镇 公众号 农技 培训 post (``xz_mp_njpx90``) and a 都市报 e-paper 社区版 with a
便民信息 box (``dsb_epaper_sqb90``). ``articles.txt`` holds the title, date and reference body; the
furniture (not body) is written here. See README.md.

    python tests/data/web/pages90/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["谭雪梅", "冉光明", "向俊杰", "秦晓丽", "邓志强", "黄诗雨", "牟永红", "熊立新", "田甜"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…`` or a short line without a full stop or colon)."""
    return (p.startswith(NUM_HEADS) or len(p) <= 6) and "。" not in p and "：" not in p


def _turn(p: str) -> bool:
    """A question turn of an interview (``记者：``/``问：``)."""
    return p.startswith(("记者：", "问："))


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f"<table {attrs}><tbody>" + "".join(
        "<tr>" + "".join(f'<td style="text-align:center"><span>{esc(c)}</span></td>' for c in r.split(" ")) + "</tr>"
        for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, turn=None, kv=None) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table, heads, turns and
    ``时间：``-style items marked by the given wrappers."""
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
        if head and _head(p):
            out.append(head(esc(p)))
        elif turn and _turn(p):
            q, rest = p.split("：", 1)
            out.append(turn(esc(q), esc(rest)))
        elif kv and p[:5].count("：") == 1 and p.startswith(("时间", "地点", "参加人员", "联系电话")):
            k, v = p.split("：", 1)
            out.append(kv(esc(k), esc(v)))
        else:
            out.append(para(esc(p)))
    return out


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="footer"><div class="ft-links"><a>网站地图</a>|<a>联系我们</a>|<a>网站声明</a></div>'
            f'<p>主办：{host}&nbsp;&nbsp;承办：{host}办公室</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1&nbsp;&nbsp;<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：{code}</p>'
            f'<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div></div>')




def swwcxf_hd90(art, rng, others):
    """区 商务委 portal 促消费 news: p01 (GBK) info spans glued with no whitespace (`发布时间：YYYY-MM-DD hh:mm`,
    来源, 浏览次数 `<script>`), bold 一、 heads, a poster with its caption, a later `更新时间`; p02 no visible
    date (meta publishdate and URL only), a 商圈 table, a 来源：客户端 line; 【字体】, 打印本页/关闭窗口,
    相关阅读 with dates, footer."""
    y, m, d = _ymd(art)
    place = art["place"]
    url = f"http://www.{'cqjb' if place == '江北' else 'ybq'}.gov.cn/bm/qsww/zwxx_{_n(rng, 5)}/dtxx/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    first = art["id"] == "p01"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;font-family:宋体;">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em;"><strong>{t}</strong></p>')
    if first:
        blocks.insert(1, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                         f'<p style="text-align:center"><span style="font-family:楷体">图为消费季启动仪式现场。（区商务委供图）</span></p>')
        info = (f'<div class="xl_info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：区商务委</span>'
                f'<span>浏览次数：<script>document.write({_n(rng, 4)})</script></span>'
                f'<span class="zh">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        upd = f'<div class="gxsj">更新时间：{y}-{m}-{int(d) + 3:02d} {_hms(rng)}</div>'
        src = ""
    else:
        info = (f'<div class="xl_info"><span>来源：{place}区商务委</span>&nbsp;&nbsp;&nbsp;'
                f'<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span>&nbsp;&nbsp;<span><a>打印</a></span></div>')
        upd = ""
        src = f'<p style="text-align:right;">来源：{place}区融媒体中心客户端</p>'
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><a title="{t}">{t}</a><span>{dd}</span></li>')
    body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="重庆市{place}区人民政府"></div>'
            f'<div class="toplink"><a>无障碍浏览</a>|<a>关怀版</a>|<a>简</a>/<a>繁</a></div></div>'
            f'<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>数据开放</li><li>走进{place}</li></ul></div>'
            f'<div class="dqwz">当前位置：<a>首页</a> &gt; <a>部门信息</a> &gt; <a>区商务委</a> &gt; <a>工作动态</a></div>'
            f'<div class="xl_main"><div class="xl_title"><h2>{esc(art["title"])}</h2></div>{info}'
            f'<div class="xl_con TRS_Editor">' + "".join(blocks) + src + '</div>' + upd +
            f'<div class="xl_bot"><a>【打印本页】</a><a>【关闭窗口】</a></div>'
            f'<div class="bdsharebuttonbox"><span>分享到：</span><a class="bds_weixin"></a><a class="bds_tsina"></a><a class="bds_qzone"></a></div>'
            f'<div class="xgyd"><div class="hd">相关阅读</div><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, f"重庆市{place}区人民政府", f"50011{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}_重庆市{place}区人民政府</title><meta name="SiteName" content="重庆市{place}区人民政府">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="ColumnName" content="工作动态">'
            f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="ContentSource" content="区商务委">')
    return head, body, url


def qxj_mp_jieqi90(art, rng, others):
    """市 气象局 公众号 节气 科普: a 节气 poster at the top, short heads in a bordered `<section>`, `1.` tips,
    p03 a closing 节气 poem box and a `图片来源：网络` credit, p04 `问：`/name： turns and a 防暑 card;
    来源/编辑/审核, 往期回顾, 分享/点赞/在看, 阅读原文."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    p03 = art["id"] == "p03"
    blocks = _paras(art["body"],
                    lambda t: f'<p style="line-height:1.75em;margin-bottom:12px;"><span style="font-size:15px;color:#3f3f3f;">{t}</span></p>',
                    head=lambda t: (f'<section style="border-left:4px solid #2a8bd8;padding-left:8px;margin:20px 0 10px;">'
                                    f'<p><span style="font-size:17px;color:#2a8bd8;"><strong>{t}</strong></span></p></section>'),
                    turn=lambda q, r: f'<p style="line-height:1.75em;"><span style="color:#2a8bd8;"><strong>{q}：{r}</strong></span></p>')
    blocks = [b.replace(">刘思敏：", "><strong>刘思敏：</strong>").replace(">市气候中心高级工程师刘思敏：", "><strong>市气候中心高级工程师刘思敏：</strong>")
              for b in blocks]
    blocks.insert(0, f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></p>')
    if p03:
        extra = ('<section style="background:#f2f8fd;padding:14px;margin:18px 0;text-align:center;">'
                 '<p><span style="color:#2a8bd8">仲春初四日，春色正中分。</span></p><p><span style="color:#2a8bd8">绿野徘徊月，晴天断续云。</span></p></section>'
                 '<p style="text-align:left"><span style="font-size:12px;color:#b2b2b2">图片来源：网络</span></p>')
        when = f"{y}年{int(m)}月{int(d)}日 {_hm(rng)}"
    else:
        extra = ('<section style="border:1px dashed #f39800;padding:12px;margin:18px 0;"><p><strong>防暑小卡片</strong></p>'
                 '<p style="font-size:14px">多喝水 · 少暴晒 · 勤防护 · 早就医</p></section>')
        when = f"{y}-{m}-{d} {_hm(rng)}"
    who = rng.sample(WHO, 3)
    tail = (f'<p><span style="font-size:12px;color:#888">来源：{esc(art["place"])}区气象局</span></p>'
            f'<p><span style="font-size:12px;color:#888">编辑：{who[0]}　校对：{who[1]}　审核：{who[2]}</span></p>')
    rec = _rel(rng, others, 3, lambda t, dd: f'<p><a href="#"><span style="font-size:14px;color:#576b95">{t}</span></a></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n          </h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">{esc(art["place"])}气象</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{when}</em><em id="js_ip_wording_wrp">发表于重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden;">' + "".join(blocks) + extra + tail +
            f'<section><p style="text-align:center"><strong>往期回顾</strong></p>{rec}</section>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/640?wx_fmt=gif"></p>'
            f'<p style="text-align:center"><span style="font-size:12px">点击“在看”，把天气分享给身边的人</span></p></div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span><span>点赞 {rng.randint(5, 90)}</span><span>在看 {rng.randint(1, 40)}</span></div>'
            f'<div class="rich_media_extra"><p>写留言</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:30])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";var nickname = "{esc(art["place"])}气象";</script>')
    return head, body, url


def xzf_tg_tk90(art, rng, others):
    """县政府网 通告 (GBK): an 信息公开 table (索引号, 发文字号, 成文日期 days before, 发布日期), a red 文号 line
    above the title, 条款 as `<p>` with `　　` indentation and `&nbsp;` runs, 特此通告 (body); the 落款 and its
    date (成文日期) and an 附件 line (not body); p05 `发布日期：YYYY年MM月DD日`, p06 `日期：Y/M/D` plus `更新时间`;
    `【字体】`, 打印/关闭, 相关文件 with dates, footer."""
    y, m, d = _ymd(art)
    place = art["place"]
    p05 = art["id"] == "p05"
    host = "cqszx" if p05 else "psx"
    url = f"http://www.{host}.gov.cn/zwgk_{_n(rng, 3)}/fdzdgknr/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    doc = f"{place[:2]}府发〔{y}〕{rng.randint(5, 40)}号"
    cw = int(d) - (3 if p05 else 1)
    paras = []
    for p in art["body"]:
        if (p.startswith(("一、", "二、", "三、", "四、", "五、", "六、")) and "。" not in p and "：" not in p):
            paras.append(f'<p style="text-indent:2em;"><font face="黑体">{esc(p)}</font></p>')
        else:
            paras.append(f'<p>　　<font face="仿宋_GB2312">{esc(p)}</font>&nbsp;</p>')
    att = (f'<p>　　附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.pdf">{"黄水湖禁钓禁捕范围示意图" if p05 else "绕行线路示意图"}.pdf</a></p>')
    sign = (f'<p style="text-align:right;">{"石柱土家族自治县人民政府" if p05 else "彭水苗族土家族自治县人民政府"}&nbsp;&nbsp;&nbsp;&nbsp;</p>'
            f'<p style="text-align:right;">{y}年{int(m)}月{cw}日&nbsp;&nbsp;&nbsp;&nbsp;</p>'
            f'<p>　　（此件公开发布）</p>')
    grid = (f'<table class="xxgk" width="100%" border="1" cellspacing="0"><tr><td>索引号：</td><td>11500240{_n(rng, 6)}/{y}-{_n(rng, 5)}</td>'
            f'<td>发文字号：</td><td>{doc}</td></tr><tr><td>发布机构：</td><td>{place}县人民政府办公室</td><td>成文日期：</td><td>{y}-{m}-{cw:02d}</td></tr>'
            f'<tr><td>主题分类：</td><td>{"农业、林业、水利" if p05 else "公安、安全、司法"}</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
    if p05:
        info = f'<div class="info">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;来源：县政府办&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
        upd = ""
    else:
        info = f'<div class="info">日期：{int(y)}/{int(m)}/{int(d)}&nbsp;&nbsp;来源：县政府办公室&nbsp;&nbsp;访问量：<script>document.write("{_n(rng, 4)}")</script></div>'
        upd = f'<div class="gxsj" style="text-align:right">更新时间：{y}/{int(m)}/{int(d) + 2} {_hms(rng)}</div>'
    rel = _rel(rng, others, 4, lambda t, dd: f'<tr><td>·<a>{t}</a></td><td align="right">{dd}</td></tr>')
    body = (f'<table width="1000" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.jpg" width="1000"></td></tr>'
            f'<tr><td class="menu"><a>首页</a>&nbsp;&nbsp;<a>政务公开</a>&nbsp;&nbsp;<a>网上办事</a>&nbsp;&nbsp;<a>互动交流</a>&nbsp;&nbsp;<a>魅力{place}</a></td></tr></table>'
            f'<table width="1000" align="center" border="0" cellpadding="0" cellspacing="0" bgcolor="#ffffff">'
            f'<tr><td class="wz">您现在的位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; <a>通知公告</a></td></tr>'
            f'<tr><td style="padding:20px 40px">{grid}'
            f'<div class="wh" style="text-align:center;color:#c00"><font size="3">{doc}</font></div>'
            f'<div class="bt" style="text-align:center"><font size="5"><b>{esc(art["title"])}</b></font></div>{info}'
            f'<div class="zw" id="Zoom">' + "".join(paras) + att + sign + '</div>' + upd +
            f'<div style="text-align:right"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></div>'
            f'<table width="100%" class="xgwj"><tr><td colspan="2"><b>相关文件</b></td></tr>{rel}</table></td></tr></table>'
            f'<table width="1000" align="center" class="foot"><tr><td align="center">主办：{place}县人民政府办公室&nbsp;&nbsp;&nbsp;承办：{place}县大数据发展局<br>'
            f'网站标识码：500243{_n(rng, 4)}&nbsp;&nbsp;渝ICP备{_n(rng, 8)}号-1&nbsp;&nbsp;渝公网安备 {_n(rng, 14)}号<br>建议使用1366×768分辨率浏览本站</td></tr></table>')
    head = (f'<title>{esc(art["title"])}-{place}县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="县政府办公室">')
    return head, body, url


def cnr_df_yp90(art, rng, others):
    """央广网-like 地方 音频 报道: an audio player with `收听` title and duration above the text, the
    `央广网X月X日消息` dateline inside the first paragraph (body), p07 a photo with `（央广网记者 … 摄）`
    caption and a `（记者 … 通讯员 …）` credit, p08 bold `记者：` turns and bold-name answers and an
    编者按 box; `YYYY-MM-DD hh:mm:ss` 来源 info, 责编, 版权声明, 分享, 相关新闻, 热门推荐, footer."""
    y, m, d = _ymd(art)
    url = f"https://cq.cnr.cn/xdfx/{y}{m}{d}/t{y}{m}{d}_{_n(rng, 9)}.shtml"
    p07 = art["id"] == "p07"
    blocks = _paras(art["body"], lambda t: f"<p>　　{t}</p>",
                    turn=lambda q, r: f"<p>　　<strong>{q}：{r}</strong></p>")
    blocks = [b.replace("<p>　　北屏乡中心小学校长杨明川：", "<p>　　<strong>北屏乡中心小学校长杨明川：</strong>")
               .replace("<p>　　杨明川：", "<p>　　<strong>杨明川：</strong>") for b in blocks]
    audio = (f'<div class="audio-box"><div class="audio-title">收听｜{esc(art["title"][:14])}</div>'
             f'<audio src="https://ytmedia.radio.cn/CCYT%2F{y}%2F{m}%2F{d}%2F{_n(rng, 10)}.mp3" controls></audio>'
             f'<span class="audio-time">00:00 / 0{rng.randint(2, 5)}:{rng.randint(10, 59)}</span></div>')
    if p07:
        blocks.insert(3, f'<p style="text-align:center"><img src="https://img.cnr.cn/{y}{m}{d}/{_n(rng, 8)}.jpg"></p>'
                         f'<p style="text-align:center">游客在仙女山镇一家民宿院坝里乘凉（央广网记者 {rng.choice(WHO)} 摄）</p>')
        note = ""
        credit = f'<p>　　（记者 {rng.choice(WHO)} 通讯员 {rng.choice(WHO)}）</p>'
    else:
        note = ('<div class="bianzhe" style="background:#f5f5f5;padding:10px"><p><strong>编者按：</strong>教育公平从乡村课堂开始。'
                '央广网推出“新时代乡村教育”系列报道，走近山区学校的变化。</p></div>')
        credit = ""
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><em>{dd}</em></li>')
    hot = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a></li>')
    body = (f'<div class="topbar"><a>央广网首页</a><a>新闻</a><a>财经</a><a>国际</a><a>地方</a><a>云听</a><a>登录</a></div>'
            f'<div class="crumb">央广网 &gt; <a>重庆频道</a> &gt; <a>区县新闻</a></div>'
            f'<div class="article-main"><div class="article-header"><h1>{esc(art["title"])}</h1>'
            f'<div class="source"><span>{y}-{m}-{d} {_hms(rng)}</span><span>来源：央广网</span>'
            f'<span class="share">分享到：<a>微信</a><a>微博</a></span></div></div>'
            f'{note}{audio}<div class="article-content"><div class="TRS_Editor">' + "".join(blocks) + credit + '</div></div>'
            f'<div class="editor">责编：{rng.choice(WHO)}</div>'
            f'<div class="copyright"><p>版权声明：本文章版权归属央广网所有，未经授权不得转载。转载请联系：cnrbanquan@cnr.cn，不尊重原创的行为我们将追究责任。</p></div>'
            f'<div class="related"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
            f'<div class="side"><h3>热门推荐</h3><ul>{hot}</ul><div class="ewm"><img src="/ewm.png"><p>扫码下载云听客户端</p></div></div>'
            f'<div class="footer"><p>央广网 版权所有 Copyright © 2002-{y} CNR All Rights Reserved.</p>'
            f'<p>京ICP证{_n(rng, 6)}号 京公网安备{_n(rng, 14)}号 互联网新闻信息服务许可证10120170006</p></div>')
    head = (f'<title>{esc(art["title"])}_央广网</title><meta name="keywords" content="{esc(art["place"])}">'
            f'<meta name="description" content="{esc(art["body"][0][:40])}">')
    return head, body, url


def spj_bszn90(art, rng, others):
    """区 审批局 portal 办事指南 (GBK): a 事项 summary card (办理对象, 办件类型, 是否收费, 在线办理 button)
    and a 扫码办理 box beside (not body); the guide as `一、` heads in `<h4>`s, `1.` items, a 申请材料 table
    (body); `发布时间：YYYY年MM月DD日` and a later `更新日期`, an 温馨提示 box and a 咨询电话 line after the
    text (not body), 我要咨询/我要评价, footer."""
    y, m, d = _ymd(art)
    place = art["place"]
    url = f"http://www.cqna.gov.cn/bm/qxzspj/bszn_{_n(rng, 5)}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f'<p class="MsoNormal" style="text-indent:2em;">{t}</p>',
                    head=lambda t: f'<h4 class="bszn-h">{t}</h4>',
                    kv=lambda k, v: f'<p class="MsoNormal" style="text-indent:2em;"><b>{k}：</b>{v}</p>')
    card = (f'<div class="sx-card"><table><tr><td>办理对象：</td><td>企业法人、个体工商户</td><td>办件类型：</td><td>承诺件</td></tr>'
            f'<tr><td>是否收费：</td><td>否</td><td>到现场次数：</td><td>0次</td></tr></table>'
            f'<a class="zxbl">在线办理</a><a class="yy">预约办理</a></div>')
    tip = ('<div class="wxts" style="border:1px solid #f0c36d;background:#fffbe6;padding:10px;">'
           '<p><b>温馨提示：</b>申请人可通过“渝快办”平台全程网上办理，审批结果可选择邮寄送达。</p></div>'
           f'<p class="zxdh">咨询电话：023-6298{_n(rng, 4)}　监督投诉电话：12345</p>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd.replace("-", ".")}</span></li>')
    body = (f'<div class="w1200"><div class="top"><img src="/images/logo_spj.png" alt="{place}区行政审批局"></div>'
            f'<div class="navbar"><a>首页</a><a>机构职能</a><a>政务公开</a><a>办事指南</a><a>审批动态</a><a>互动交流</a></div>'
            f'<div class="position">当前位置：<a>首页</a>&nbsp;&gt;&nbsp;<a>办事指南</a>&nbsp;&gt;&nbsp;<a>市场准入</a></div>'
            f'<div class="left"><div class="bt">{esc(art["title"])}</div>'
            f'<div class="fbsj"><span>发布时间：{y}年{m}月{d}日</span>&nbsp;&nbsp;<span>信息来源：{place}区行政审批局</span>'
            f'&nbsp;&nbsp;<span>更新日期：{y}年{m}月{int(d) + 5:02d}日</span></div>{card}'
            f'<div class="article_con" id="zoom">' + "".join(blocks) + '</div>' + tip +
            f'<div class="btns"><a>我要咨询</a><a>我要评价</a><a>打印</a><a>关闭</a></div></div>'
            f'<div class="right"><div class="smbl"><img src="/images/ykb.png"><p>扫码办理</p></div>'
            f'<div class="rmzn"><h4>热门指南</h4><ul>{rel}</ul></div></div></div>'
            + _gov_foot(rng, f"重庆市{place}区行政审批局", f"50010{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}-{place}区行政审批局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ColumnName" content="办事指南">')
    return head, body, url


def xz_mp_njpx90(art, rng, others):
    """乡镇 公众号 农技 培训: an 编者按-like lead box at the top (not body), `1.` items, a 图为 photo caption,
    the next session's 时间：/地点：/内容： lines (body), a 农技小知识 box, 来源/编辑, 关注 QR, 阅读原文 row;
    date shown only by `publish_time` as `YYYY-MM-DD`."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s?__biz={_wx_id(rng)[:14]}==&mid={_n(rng, 10)}&idx=2&sn={_wx_id(rng)}"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;line-height:1.8em;"><span style="font-size:16px;">{t}</span></p>')
    blocks = [b.replace(">内容：", "><strong>内容：</strong>").replace(">时间：", "><strong>时间：</strong>").replace(">地点：", "><strong>地点：</strong>")
              for b in blocks]
    blocks.insert(5, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                     f'<p style="text-align:center"><span style="font-size:13px;color:#888">▲专家在李子园里示范修剪</span></p>')
    lead = ('<section style="background:#eef7e9;padding:12px;border-radius:6px;margin-bottom:16px;">'
            '<p><span style="color:#3a7d2c;font-size:14px;">一年之计在于春。春耕备耕的关键时节，镇里把课堂搬进田间地头，'
            '一起来看看专家都讲了啥↓↓↓</span></p></section>')
    tip = ('<section style="border-top:2px solid #3a7d2c;padding:10px 0;margin-top:16px;"><p><strong>农技小知识</strong></p>'
           '<p style="font-size:14px">脆李修剪宜在萌芽前完成，剪口要平滑，大伤口应涂抹愈合剂。</p></section>')
    who = rng.sample(WHO, 2)
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta_nickname"><a id="js_name">{esc(art["place"])}骡坪</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d}</em></div>'
            f'<div class="rich_media_content" id="js_content">{lead}' + "".join(blocks) + tip +
            f'<p><span style="font-size:12px;color:#999">来源：骡坪镇农业服务中心</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}</span></p>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/0"></p>'
            f'<p style="text-align:center"><span style="font-size:13px">长按二维码 关注我们</span></p></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 3)}</span><span>赞</span><span>在看</span></div>'
            f'</div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";</script>')
    return head, body, url


def dsb_epaper_sqb90(art, rng, others):
    """都市报 e-paper 社区版: banner with date and weekday, 版次 selector (上一版/下一版/PDF), 版面 list, a
    kicker (引题), the byline, the text as `　　` `<br>` lines in one div, p11 an 上接第A01版 jump line at the
    text's top, a 便民信息 box (停水/停电/服务电话) after the text, 编辑/校对 line, 上一篇/下一篇, copyright;
    the date in the banner and the URL."""
    y, m, d = _ymd(art)
    url = f"https://epaper.cqdsb.com/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    p11 = art["id"] == "p11"
    text = "<br>\n".join(f"{IND}{esc(p)}" for p in art["body"])
    jump = '<p class="jump">（上接第A01版）</p>' if p11 else ""
    bm = "".join(f'<li><a>第{i:02d}版：{n}</a></li>' for i, n in enumerate(("要闻", "重庆", "区县", "社区", "便民", "广告"), start=1))
    info = ('<div class="bmxx" style="border:1px solid #999;padding:8px;margin-top:10px"><p><b>便民信息</b></p>'
            + ('<p>停水：5月27日8:00-18:00，龙岗街道北山路片区因管网改造停水。</p><p>义诊：5月28日9:00，北山社区卫生服务站免费测血压、血糖。</p>'
               if p11 else
               '<p>停电：12月9日9:00-17:00，桂林街道东升路一带因线路检修停电。</p><p>招聘：区人力社保局12月12日举办冬季招聘会，地点区人力资源市场。</p>')
            + f'<p>便民服务热线：12345　　社区服务电话：023-4{_n(rng, 7)}</p></div>')
    body = (f'<div class="epaper-top"><img src="../../../images/logo.jpg" alt="都市晨报"><span class="date">{y}年{m}月{d}日　{_week(art)}</span>'
            f'<span>农历　</span></div>'
            f'<div class="bc"><span>第04版：社区</span>　<a>上一版</a>　<a>下一版</a>　'
            f'<a href="../../../page/{y}-{m}/{d}/04/{y}{m}{d}04_pdf.pdf">PDF下载</a>　<a>往期回顾</a></div>'
            f'<table width="100%"><tr><td width="300" valign="top"><div class="bmt"><img src="../../../page/{y}-{m}/{d}/04/P{y}{m}{d}04.jpg" usemap="#PagePicMap"></div>'
            f'<ul class="bmlb">{bm}</ul></td>'
            f'<td valign="top"><div class="wz"><p class="yt">{"家门口的幸福" if p11 else "关注社区安全"}</p><h1>{esc(art["title"])}</h1>'
            f'<p class="author">首席记者 {rng.choice(WHO)}　实习生 {rng.choice(WHO)}</p>{jump}'
            f'<div id="ozoom" style="font-size:16px;line-height:28px"><founder-content>{text}</founder-content></div>{info}'
            f'<p class="bj">编辑：{rng.choice(WHO)}　校对：{rng.choice(WHO)}</p>'
            f'<div class="sxp"><a>上一篇</a>　<a>下一篇</a></div></div>'
            f'<div class="bbxw"><h4>本版新闻</h4><ul>' + _rel(rng, others, 3, lambda t, dd: f"<li><a>{t}</a></li>") + '</ul></div></td></tr></table>'
            f'<div class="foot">都市晨报社版权所有 未经书面授权禁止转载、摘编或建立镜像　渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>都市晨报-数字报刊平台</title><meta name="keywords" content="社区">'
    return head, body, url


TEMPLATES = {"swwcxf_hd90": swwcxf_hd90, "qxj_mp_jieqi90": qxj_mp_jieqi90, "xzf_tg_tk90": xzf_tg_tk90,
             "cnr_df_yp90": cnr_df_yp90, "spj_bszn90": spj_bszn90, "xz_mp_njpx90": xz_mp_njpx90,
             "dsb_epaper_sqb90": dsb_epaper_sqb90}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages90", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used


if __name__ == "__main__":
    main()
