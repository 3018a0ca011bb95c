"""Build the hundred-and-twelfth saved-page set (``pages112``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 教委 portal 教师招聘 面试成绩 公告 and 面试 news
(``jw_jszp112``), a 区 12345 热线 公众号 with 办件回复 问/答 and a 接线员 interview (``rx12345_mp112``), a
县政府网 人事任免 通知 and 任前公示 (``xzf_rmgs112``), a 人民网-like 领导留言板 留言+回复 page
(``rmw_lyb112``), a 区 机关事务局 portal 公务用车改革 news (``jgswj_gcgg112``), a 镇 公众号 赶集日 便民服务
post (``zhen_mp_gjr112``) and a 都市报 e-paper 社会版 with a 热线 box and a second report (``dsb_shb112``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages112/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["罗晓岚", "蒲建国", "向思雨", "税文博", "秦丽君", "母川", "付小凤", "简立新", "龚雪"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？“")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    out = "".join("<tr>" + "".join(f'<td align="center" valign="middle"><p align="center"><span>{esc(c)}</span></p></td>'
                                   for c in r.split(" ")) + "</tr>" for r in rows)
    return f"<table {attrs}><tbody>{out}</tbody></table>"


def _blocks(body, para, head=None, table=_table, special=None) -> list[str]:
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


def _gov_foot(rng, host: str, code: str, prov: str = "渝") -> str:
    return (f'<div class="foot"><div class="foot-nav"><a>关于本站</a><span>|</span><a>网站地图</a><span>|</span><a>联系我们</a></div>'
            f'<div class="foot-txt"><p>主办：{host}&nbsp;&nbsp;承办：{host}办公室&nbsp;&nbsp;联系电话：023-{_n(rng, 8)}</p>'
            f'<p>网站标识码：{code}&nbsp;&nbsp;<a>{prov}ICP备{_n(rng, 8)}号</a>&nbsp;&nbsp;<a><img src="/images/beian.png">{prov}公网安备{_n(rng, 14)}号</a></p></div>'
            f'<div class="foot-img"><img src="/images/dzjg.png" alt="党政机关"><img src="/images/jiucuo.png" alt="政府网站找错"></div></div>')


def jw_jszp112(art, rng, others):
    """区 教委 portal: p01 (GBK) a 面试成绩 公告 under a ``<dl>`` 信息公开 grid, glued info spans with a
    ``document.write`` counter, ``一、`` heads, a 成绩 table, 时间：/地点： lines, ``1.`` items and a 咨询电话
    line (body), a 落款 + date and an 附件 link (not body); p02 a 面试 news page with no visible date (meta
    ``PubDate`` and the URL only), a photo + caption in the text and a 相关链接 box."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.ddk.gov.cn/bm/qjw/zwxx_{_n(rng, 5)}/{'tzgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 2)
    blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:1.8em"><span style="font-family:仿宋;font-size:16px">{t}</span></p>',
                     head=lambda t: f'<p style="text-indent:2em;line-height:1.8em"><span style="font-family:黑体;font-size:16px">{t}</span></p>',
                     table=lambda rows: _table(rows, 'class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="600" align="center" style="border-collapse:collapse"'))
    if p01:
        grid = (f'<div class="gkxx"><dl><dt>索引号：</dt><dd>11500104009{_n(rng, 5)}/{y}-00{_n(rng, 3)}</dd>'
                f'<dt>主题分类：</dt><dd>教育</dd><dt>发布机构：</dt><dd>大渡口区教委</dd>'
                f'<dt>成文日期：</dt><dd>{y}-{m}-{d}</dd><dt>标题：</dt><dd class="w100">{esc(art["title"])}</dd>'
                f'<dt>发文字号：</dt><dd></dd><dt>发布日期：</dt><dd>{y}-{m}-{d}</dd></dl></div>')
        info = (f'<div class="zwxl-info"><span>发布时间：{y}年{m}月{d}日</span><span>来源：区教委</span>'
                f'<span>浏览次数：<script>document.write("{_n(rng, 4)}")</script></span><span class="zh">字号：<a>大</a><a>中</a><a>小</a></span></div>')
        tail = (f'<p style="text-align:right;line-height:1.8em"><span style="font-size:16px">重庆市大渡口区教育委员会</span></p>'
                f'<p style="text-align:right;line-height:1.8em"><span style="font-size:16px">{y}年{int(m)}月{int(d)}日</span></p>'
                f'<p class="fj" style="line-height:1.8em">附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.xlsx">大渡口区2024年公开招聘中小学教师面试成绩及总成绩.xlsx</a></p>')
        box = ""
    else:
        blocks.insert(3, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600" oldsrc="W0{y}{m}{d}.jpg"></p>'
                         f'<p style="text-align:center"><span style="font-family:楷体;font-size:15px">图为考生在候考室等候抽签。（区教委供图）</span></p>')
        grid, tail = "", ""
        info = (f'<div class="zwxl-info"><span>来源：大渡口区教委</span>&nbsp;&nbsp;<span>作者：{who[0]}</span>&nbsp;&nbsp;'
                f'<span class="zh">【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        box = ('<div class="xglj"><h4>相关链接</h4><ul>'
               + _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a><em>{dd}</em></li>') + '</ul></div>')
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><span class="fr">{dd}</span><a>{t}</a></li>')
    col = "通知公告" if p01 else "工作动态"
    body = (f'<div class="topbar"><div class="w1200"><span>今天是：<script>showDate()</script></span><a>无障碍浏览</a><a>长者模式</a><a>English</a></div></div>'
            f'<div class="header"><img src="/images/logo_jw.png" alt="大渡口区教育委员会"><div class="ss"><input value="请输入关键字"><a>搜索</a></div></div>'
            f'<div class="nav"><a>首页</a><a>机构概况</a><a>政务公开</a><a>教育资讯</a><a>办事服务</a><a>互动交流</a></div>'
            f'<div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>{col}</a></div>'
            f'<div class="zwxl">{grid}<div class="zwxl-title"><h2>{esc(art["title"])}</h2>{info}</div>'
            f'<div class="zwxl-article"><div class="view TRS_UEDITOR trs_paper_default trs_web">' + "".join(blocks) + tail + '</div></div>'
            f'{box}<div class="zwxl-bar"><div class="share"><span>分享到：</span><a class="wechat"></a><a class="weibo"></a><a class="qzone"></a></div>'
            f'<div class="btns"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div></div>'
            f'<div class="xgxx"><div class="hd">相关阅读</div><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "重庆市大渡口区教育委员会", f"500104{_n(rng, 4)}"))
    head = (f'<title>{esc(art["title"])}_重庆市大渡口区人民政府</title><meta name="SiteName" content="重庆市大渡口区人民政府">'
            f'<meta name="ColumnName" content="{col}"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区教委">')
    return head, body, url


def rx12345_mp112(art, rng, others):
    """区 12345 热线 公众号: p03 a 办件回复 post (``publish_time`` ``YYYY-MM-DD hh:mm``) with ``【诉求一】`` bar
    heads, bold ``市民问：`` / ``答：`` turns (body), a 点击蓝字 line, a 受理渠道 card, 来源/编辑/审核 and 往期推荐
    (not body); p12 an 原创 接线员 interview dated by the script's ``ct`` only, with ``记者：`` / ``唐颖：``
    turns (body), a ``▲`` caption and a ``记者：… 编辑：…`` credit line (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    p03 = art["id"] == "p03"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 3)

    def special(p):
        if p.startswith("【诉求"):
            return (f'<section style="margin:18px 0 8px"><section style="display:inline-block;background:#1e6fd9;padding:3px 12px;border-radius:0 12px 12px 0">'
                    f'<span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></section></section>')
        for lab in ("市民问：", "答：", "记者："):
            if p.startswith(lab):
                return (f'<p style="line-height:1.75em;margin-bottom:10px"><span style="font-size:15px"><strong><span style="color:#1e6fd9">{lab}</span></strong>'
                        f'{"<strong>" if lab == "记者：" else ""}{esc(p[len(lab):])}{"</strong>" if lab == "记者：" else ""}</span></p>')
        if p.startswith("唐颖："):
            return f'<p style="line-height:1.75em;margin-bottom:10px"><span style="font-size:15px"><strong>唐颖：</strong>{esc(p[3:])}</span></p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p style="line-height:1.75em;margin-bottom:10px"><span style="font-size:15px">{x}</span></p>',
                     special=special)
    if p03:
        top = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/top/640?wx_fmt=gif" class="__bg_gif">'
               '<p><span style="font-size:13px;color:#1e6fd9">点击蓝字 关注我们</span></p></section>')
        tail = ('<section style="border:1px solid #1e6fd9;border-radius:8px;padding:12px;margin-top:18px">'
                '<p><strong><span style="color:#1e6fd9">📞 12345热线受理渠道</span></strong></p>'
                '<p><span style="font-size:14px">电话：拨打12345</span></p><p><span style="font-size:14px">网络：“渝快办”APP—12345一号通</span></p>'
                '<p><span style="font-size:14px">微信：关注本公众号，点击菜单栏“我要反映”</span></p></section>'
                f'<p style="margin-top:16px"><span style="font-size:12px;color:#888">来源：九龙坡区12345热线受理中心</span></p>'
                f'<p><span style="font-size:12px;color:#888">编辑：{who[0]}　审核：{who[1]}</span></p>'
                '<p><strong>往期推荐</strong></p>' + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>'))
        tag = ""
        ptime = f"{y}-{m}-{d} {t}"
    else:
        blocks.insert(2, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640" class="rich_pages wxw-img"></p>'
                         '<p style="text-align:center"><span style="font-size:12px;color:#999">▲唐颖正在接听市民来电</span></p>')
        top = ""
        tail = (f'<p style="margin-top:16px"><span style="font-size:12px;color:#888">记者：{who[0]}　编辑：{who[1]}</span></p>'
                f'<p><span style="font-size:12px;color:#888">责编：{who[2]}</span></p>'
                '<p style="text-align:center"><span style="font-size:13px">分享、点赞、在看，就是对热线人最好的鼓励</span></p>')
        tag = '<span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
        ptime = ""
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">{tag}<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">九龙坡12345</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{ptime}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">发表于重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">{top}' + "".join(blocks) + tail + '</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(500, 9000)}</span>'
            f'<a>分享</a><a>点赞 {rng.randint(10, 120)}</a><a>在看 {rng.randint(3, 40)}</a></div>'
            f'<div id="js_pc_qr_code"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "九龙坡12345"; var msg_title = "{esc(art["title"])}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}"><meta property="og:site_name" content="微信公众平台">')
    return head, body, url


def xzf_rmgs112(art, rng, others):
    """县政府网 人事任免: p04 (GBK) an old table layout with an 信息公开 table (索引号/生成日期/文号),
    ``发布日期：Y/M/D`` in one ``<td>``, a centred 文号 line, an addressee line and ``任命…；`` / ``免去…；`` lines
    (body), a 落款 + date three days before (not body); p05 a 任前公示 with ``发布时间`` and a later ``更新时间``
    in ``&nbsp;``-separated spans, 简历 paragraphs, 公示时间/受理电话 lines (body), a 落款 + date and a 12380
    box (not body)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.cqwx.gov.cn/zwgk_{_n(rng, 3)}/fdzdgknr/rsxx/{'rmmian' if p04 else 'rqgs'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    rel = _rel(rng, others, 4, lambda t, dd: f'<tr><td>·<a>{t}</a></td><td width="90">{dd}</td></tr>')
    if p04:
        text = "".join(f'<p>&nbsp;&nbsp;&nbsp;&nbsp;<font face="仿宋_GB2312" size="4">{esc(p)}</font></p>' if i else
                       f'<p><font face="仿宋_GB2312" size="4">{esc(p)}</font></p>' for i, p in enumerate(art["body"]))
        sd = int(d) - 3
        text = (f'<p align="center"><font face="仿宋_GB2312" size="4">巫溪府人〔{y}〕5号</font></p>' + text
                + f'<p align="right"><font face="仿宋_GB2312" size="4">巫溪县人民政府</font></p>'
                f'<p align="right"><font face="仿宋_GB2312" size="4">{y}年{int(m)}月{sd}日</font></p>'
                '<p><font face="仿宋_GB2312" size="3">（此件公开发布）</font></p>')
        grid = (f'<table width="96%" border="1" cellspacing="0" cellpadding="3" align="center" class="gk" bordercolor="#cccccc">'
                f'<tr><td width="12%" bgcolor="#f5f5f5">索引号：</td><td width="38%">11500238009{_n(rng, 5)}/{y}-000{_n(rng, 2)}</td>'
                f'<td width="12%" bgcolor="#f5f5f5">主题分类：</td><td>人事信息</td></tr>'
                f'<tr><td bgcolor="#f5f5f5">发布机构：</td><td>巫溪县人民政府</td><td bgcolor="#f5f5f5">生成日期：</td><td>{y}-{m}-{sd:02d}</td></tr>'
                f'<tr><td bgcolor="#f5f5f5">名　　称：</td><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><td bgcolor="#f5f5f5">文　　号：</td><td>巫溪府人〔{y}〕5号</td><td bgcolor="#f5f5f5">有效性：</td><td>有效</td></tr></table>')
        page_ = (f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#ffffff">'
                 f'<tr><td><img src="/images/wx_banner.jpg" width="1000" height="150"></td></tr>'
                 f'<tr><td height="34" background="/images/nav_bg.gif" class="nav"><a>首页</a>　<a>走进巫溪</a>　<a>政务公开</a>　<a>政务服务</a>　<a>政民互动</a></td></tr>'
                 f'<tr><td height="28">&nbsp;当前位置：<a>首页</a>&gt;<a>政府信息公开</a>&gt;<a>人事信息</a>&gt;<a>人事任免</a></td></tr>'
                 f'<tr><td>{grid}</td></tr>'
                 f'<tr><td align="center" height="60"><font size="5" color="#1a4f9c"><b>{esc(art["title"])}</b></font></td></tr>'
                 f'<tr><td align="center" class="hui">发布日期：{y}/{int(m)}/{int(d)}&nbsp;&nbsp;&nbsp;&nbsp;信息来源：县人力社保局&nbsp;&nbsp;&nbsp;&nbsp;'
                 f'【<a>大</a> <a>中</a> <a>小</a>】&nbsp;&nbsp;【<a>打印</a>】</td></tr>'
                 f'<tr><td><hr size="1" color="#cccccc"></td></tr>'
                 f'<tr><td class="bt_content" style="padding:10px 40px"><div id="Zoom">{text}</div></td></tr>'
                 f'<tr><td align="right"><a>【收藏本页】</a><a>【打印本页】</a><a>【关闭窗口】</a></td></tr>'
                 f'<tr><td><table width="100%"><tr><td class="lmt" colspan="2"><b>相关信息</b></td></tr>{rel}</table></td></tr></table>'
                 f'<table width="1000" align="center" class="bottom"><tr><td align="center">主办：巫溪县人民政府办公室　承办：巫溪县大数据发展局<br>'
                 f'网站标识码：5002380001　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = (f'<title>{esc(art["title"])}-巫溪县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
        return head, page_, url
    upd = f"{y}-{m}-{int(d) + 7:02d} {_hms(rng)}"

    def special(p):
        if p.startswith(("公示时间：", "受理电话：", "来信请寄：")):
            k = p.index("：") + 1
            return f'<p style="text-indent:2em;line-height:2em"><strong>{esc(p[:k])}</strong>{esc(p[k:])}</p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2em">{x}</p>', special=special)
    body = (f'<div class="header"><div class="top-links"><a>巫溪县人民政府</a><a>无障碍</a><a>关怀版</a><a>登录</a></div>'
            f'<div class="logo"><img src="/images/logo.png"></div><div class="menu"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进巫溪</a></div></div>'
            f'<div class="crumbs">您的位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; <a>人事信息</a></div>'
            f'<div class="article"><h1 class="tit">{esc(art["title"])}</h1>'
            f'<div class="msg"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span>&nbsp;&nbsp;&nbsp;<span>更新时间：{upd}</span>&nbsp;&nbsp;&nbsp;'
            f'<span>来源：中共巫溪县委组织部</span>&nbsp;&nbsp;&nbsp;<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div class="zw"><div class="TRS_Editor">' + "".join(blocks) +
            f'<p style="text-align:right;line-height:2em">中共巫溪县委组织部</p>'
            f'<p style="text-align:right;line-height:2em">{y}年{int(m)}月{int(d)}日</p></div></div>'
            f'<div class="box12380"><img src="/images/12380.png"><p>12380举报网站：www.12380.gov.cn　举报电话：12380</p><p>扫码关注“巫溪组工”</p></div>'
            f'<div class="fx"><span>分享：</span><a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="dy"><a>打印本页</a> <a>关闭窗口</a></div>'
            f'<div class="xgwz"><h3>相关文章</h3><ul>' + _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>') + '</ul></div></div>'
            + _gov_foot(rng, "巫溪县人民政府办公室", "5002380001"))
    head = (f'<title>{esc(art["title"])}_巫溪县人民政府</title><meta name="SiteName" content="巫溪县人民政府">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d}">'
            f'<meta name="ColumnName" content="人事信息">')
    return head, body, url


def rmw_lyb112(art, rng, others):
    """人民网-like 领导留言板 page: the 留言 (first three lines, ``<br>``-joined in one ``<p>``) and the
    reply (salutation, paragraphs, thanks) are body; 留言对象, 类型/领域 tags, 网友 + 留言时间 (8 days before),
    the replying unit + ``答复时间`` (the page's date), a 网友评价 box with its own later date, 相关留言,
    a 我要留言 button and the copyright footer are not."""
    y, m, d = _ymd(art)
    ask = f"{y}-{m}-{int(d) - 8:02d} {_hms(rng)}"
    url = f"https://liuyan.people.com.cn/threads/content?tid={_n(rng, 8)}"
    msg, rep = art["body"][:3], art["body"][3:]
    msg_html = "<br>".join(f"　　{esc(p)}" for p in msg)
    rep_html = "".join(f"<p>{esc(p)}</p>" for p in rep)
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span class="time">{dd}</span></li>')
    body = (f'<div class="topBar"><a class="logo">人民网</a><span>领导留言板</span><a>首页</a><a>地方领导</a><a>部委领导</a>'
            f'<a>回复榜单</a><a class="btn">我要留言</a><a>登录</a><a>注册</a></div>'
            f'<div class="crumbs"><a>领导留言板</a> &gt; <a>重庆市</a> &gt; <a>渝北区</a></div>'
            f'<div class="replyWrap"><div class="replyInfoHead"><p class="object">留言对象：渝北区区长</p>'
            f'<h1 class="fl">{esc(art["title"])}</h1>'
            f'<ul class="tags"><li>类型：投诉</li><li>领域：城建</li><li class="done">已办理</li></ul>'
            f'<p class="info"><span>网友：渝北业主{_n(rng, 4)}</span><span>留言时间：{ask}</span><span>浏览 {_n(rng, 4)}</span></p></div>'
            f'<div class="replyContent"><p class="zoom content" id="replyContentMain">{msg_html}</p></div>'
            f'<div class="replyHandle"><div class="handleHead"><h4>重庆市渝北区人民政府</h4>'
            f'<span class="handleTime">答复时间：{y}-{m}-{d} {_hms(rng)}</span></div>'
            f'<div class="handleContent">{rep_html}</div></div>'
            f'<div class="evaluate"><h5>网友评价</h5><p>解决程度：<em>已解决</em>　办理态度：<em>满意</em>　办理速度：<em>满意</em></p>'
            f'<p>评价内容：现在晚上十点以后基本没有施工了，谢谢相关部门！</p><p class="time">{y}-{m}-{int(d) + 4:02d} {_hm(rng)}</p></div>'
            f'<div class="share"><span>分享到：</span><a>微信</a><a>微博</a><a>复制链接</a></div>'
            f'<div class="relatedThreads"><h3>相关留言</h3><ul>{rel}</ul></div></div>'
            f'<div class="footer"><p>人民网版权所有，未经书面授权禁止使用</p><p>Copyright © 1997-{y} by www.people.com.cn. all rights reserved</p></div>')
    head = (f'<title>{esc(art["title"])}_领导留言板_人民网</title>'
            f'<meta name="keywords" content="领导留言板,渝北区,噪音"><meta name="description" content="{esc(msg[0][:60])}">')
    return head, body, url


def jgswj_gcgg112(art, rng, others):
    """区 机关事务局 portal: p07 a div page, ``发布日期：YYYY年MM月DD日`` and 信息来源 spans glued without
    whitespace, bold ``坚持…，推动…`` heads, ``1.`` units one per line (body), a photo + caption, 相关新闻 (not
    body); p08 (GBK) an old table layout with ``发布时间：YYYY-MM-DD hh:mm:ss`` and a ``document.write``
    counter, the text as ``<br>``-separated ``<font>`` lines in one ``<td>`` split by a photo and caption."""
    y, m, d = _ymd(art)
    p07 = art["id"] == "p07"
    url = f"http://www.cqspb.gov.cn/bm/qjgswj/zwxx_{_n(rng, 5)}/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 3)
    cap = ("图为工作人员在公务用车管理平台调度车辆。（区机关事务管理局供图）" if p07
           else f"图为检查组查阅公务用车台账资料。（{who[0]}　摄）")
    if p07:
        def special(p):
            if p.startswith("坚持") and "。" not in p:
                return f'<p style="text-indent:2em;line-height:2em"><strong>{esc(p)}</strong></p>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2em">{x}</p>', special=special)
        blocks.insert(4, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.png" width="580"></p>'
                         f'<p style="text-align:center;text-indent:0">{esc(cap)}</p>')
        body = (f'<div class="g-top"><span>沙坪坝区人民政府</span><a>无障碍</a><a>长者版</a></div>'
                f'<div class="g-head"><img src="/images/jgswj_logo.png" alt="沙坪坝区机关事务管理局"></div>'
                f'<div class="g-nav"><a>首页</a><a>机构概况</a><a>政务公开</a><a>公务用车</a><a>公共机构节能</a><a>互动交流</a></div>'
                f'<div class="g-pos">当前位置：<a>首页</a>&gt;<a>政务公开</a>&gt;<a>工作动态</a></div>'
                f'<div class="g-detail"><div class="detail-hd"><h1>{esc(art["title"])}</h1>'
                f'<p class="detail-info"><span>发布日期：{y}年{m}月{d}日</span><span>信息来源：区机关事务管理局</span>'
                f'<span>字号：<a>大</a><a>中</a><a>小</a></span></p></div>'
                f'<div class="detail-bd"><div class="xl_con">' + "".join(blocks) + '</div></div>'
                f'<div class="detail-ft"><p class="bj">责任编辑：{who[1]}</p><div class="share">分享到：<a>微信</a><a>微博</a></div>'
                f'<div class="ewm"><img src="/images/ewm.png"><span>扫一扫在手机上查看当前页面</span></div>'
                f'<a>【打印本页】</a><a>【关闭窗口】</a></div>'
                f'<div class="xgxw"><h3>相关新闻</h3><ul>' + _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>') + '</ul></div></div>'
                + _gov_foot(rng, "重庆市沙坪坝区机关事务管理局", f"500106{_n(rng, 4)}"))
        head = (f'<title>{esc(art["title"])}_重庆市沙坪坝区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="工作动态">')
        return head, body, url
    lines = [f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in art["body"]]
    text = ('<font style="font-size:16px;line-height:30px">' + "<br><br>".join(lines[:3]) + "<br></font>"
            f'<p align="center"><img src="/UploadFiles/{y}{m}/{_n(rng, 12)}.jpg" width="500"></p>'
            f'<p align="center"><font color="#333333" face="楷体_GB2312">{esc(cap)}</font></p>'
            '<font style="font-size:16px;line-height:30px"><br>' + "<br><br>".join(lines[3:]) + "</font>")
    body = (f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td><img src="/images/top.jpg" width="980" height="130"></td></tr>'
            f'<tr><td height="32" bgcolor="#b30000" align="center"><a><font color="#fff">首页</font></a> | <a><font color="#fff">机构设置</font></a> | '
            f'<a><font color="#fff">工作动态</font></a> | <a><font color="#fff">公务用车</font></a> | <a><font color="#fff">政策法规</font></a></td></tr></table>'
            f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td width="220" valign="top" bgcolor="#f7f7f7"><table width="100%"><tr><td class="lmbt">工作动态</td></tr>'
            f'<tr><td>·<a>通知公告</a><br>·<a>工作动态</a><br>·<a>政策法规</a><br>·<a>公务用车</a></td></tr></table></td>'
            f'<td valign="top"><table width="100%" border="0" cellpadding="6"><tr><td class="wz">当前位置：首页 &gt;&gt; 工作动态</td></tr>'
            f'<tr><td align="center"><font size="4"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center"><font color="#666666">发布时间：{y}-{m}-{d} {_hms(rng)}&nbsp;&nbsp;作者：{who[1]}&nbsp;&nbsp;'
            f'点击：<script>document.write({_n(rng, 3)})</script>次</font></td></tr>'
            f'<tr><td class="content">{text}</td></tr>'
            f'<tr><td align="right">（编辑：{who[2]}）</td></tr>'
            f'<tr><td align="center"><a>【打印此页】</a> <a>【关闭窗口】</a> <a>【返回顶部】</a></td></tr></table></td></tr></table>'
            f'<table width="980" align="center" bgcolor="#eeeeee"><tr><td align="center">Copyright &copy; 沙坪坝区机关事务管理局 版权所有<br>'
            f'渝ICP备{_n(rng, 8)}号　技术支持：重庆某网络科技有限公司</td></tr></table>')
    head = f'<title>{esc(art["title"])}--沙坪坝区机关事务管理局</title><meta name="keywords" content="公务用车,专项检查">'
    return head, body, url


def zhen_mp_gjr112(art, rng, others):
    """镇 公众号 赶集日 便民服务 post: ``publish_time`` ``YYYY-MM-DD hh:mm``; ``1.…；`` service items, a
    ``：``-ended lead-in, coloured bold ``时间：`` / ``地点：`` items with a date inside the text, a centred
    bold slogan (body); a gif banner, a ``▲`` photo caption, a 温馨提示 box, a 服务热线 card, 来源/编辑/审核,
    往期推荐 and 阅读原文 (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s?__biz=Mzg{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=2&sn={_wx_id(rng)[:16]}"
    who = rng.sample(WHO, 3)

    def special(p):
        for lab in ("时间：", "地点："):
            if p.startswith(lab):
                return (f'<p style="line-height:2em"><span style="font-size:15px"><strong><span style="color:#e06c00">{lab}</span></strong>'
                        f'{esc(p[len(lab):])}</span></p>')
        if p.endswith("！") and len(p) < 20 and "，" in p:
            return f'<p style="text-align:center;margin-top:16px"><strong><span style="color:#c00000;font-size:17px">{esc(p)}</span></strong></p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2em"><span style="font-size:15px">{x}</span></p>',
                     special=special)
    blocks.insert(3, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640" class="rich_pages wxw-img"></p>'
                     '<p style="text-align:center"><span style="font-size:12px;color:#999">▲卫生院医生在集市上为群众测量血压</span></p>')
    content = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/banner/640?wx_fmt=gif"></section>'
               + "".join(blocks) +
               '<section style="background:#fff6e9;border-left:4px solid #e06c00;padding:10px;margin-top:18px">'
               '<p><strong><span style="color:#e06c00">温馨提示</span></strong></p>'
               '<p><span style="font-size:14px">办理社保、医保业务请携带本人身份证和社保卡；代办的请同时携带代办人身份证。</span></p></section>'
               f'<section style="text-align:center;margin-top:12px"><p><span style="font-size:13px;color:#888">东溪镇便民服务中心 服务热线：023-4867{_n(rng, 4)}</span></p></section>'
               f'<p><span style="font-size:12px;color:#999">来源：东溪镇便民服务中心</span></p>'
               f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}　终审：{who[2]}</span></p>'
               '<p><span style="font-size:14px"><strong>往期推荐</strong></span></p>'
               + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">▶ {tt}</span></p>'))
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">东溪镇</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">綦江东溪</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">{content}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(300, 3000)}</span>'
            f'<a>分享</a><a>收藏</a><a>点赞 {rng.randint(10, 90)}</a><a>在看 {rng.randint(2, 30)}</a></div>'
            f'<div id="js_pc_qr_code"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "綦江东溪";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def dsb_shb112(art, rng, others):
    """都市报 e-paper 社会版 (第05版): the masthead date ``YYYY年M月D日　星期X`` (p10's only visible date; p11
    adds a meta ``publishdate``), 版次 selector, 本版标题 list, an 引题 above the headline, a ``本报记者``
    byline, a 新闻热线 box, 责任编辑 and copyright (not body); p10 (GBK) the text as ``<br>`` paragraphs in one
    ``<div id="ozoom">`` and the page's second report printed in full below (not body); p11 ``<p>``
    paragraphs with ``（下转06版）``/``（上接05版）`` jump lines between them (not body)."""
    y, m, d = _ymd(art)
    p10 = art["id"] == "p10"
    url = f"https://epaper.cqsb.com/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 4)
    kicker = "本报热线追踪" if p10 else "暖心"
    if p10:
        text = "".join(f"　　{esc(p)}<br>" for p in art["body"])
        extra = ('<div class="other"><h3>南岸开展冬季消防安全检查</h3><div class="author">本报记者　' + who[1] + '</div>'
                 '<div class="ct">　　本报讯　12月3日，南岸区消防救援支队联合街道对辖区老旧小区、沿街商铺开展冬季消防安全检查。<br>'
                 '　　检查中，消防人员重点查看了楼道堆物、电动自行车违规充电等问题，当场督促整改隐患23处。<br></div></div>')
    else:
        paras = [f"<p>　　{esc(p)}</p>" for p in art["body"]]
        paras.insert(6, '<p align="right">（下转06版）</p><p>（上接05版）</p>')
        text = "".join(paras)
        extra = ""
    hot = ('<div class="rxbox"><b>新闻热线</b><p>023-6390{0}（24小时）</p><p>读者有新闻线索，可拨打本报热线或在“上游新闻”客户端“帮忙”频道留言，'
           '一经采用，即付线索费。</p></div>').replace("{0}", str(_n(rng, 4)))
    same = _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a></li>')
    body = (f'<div class="paper-top"><img src="../../../images/cqsb_logo.gif" alt="山城晨报"><span class="date">{y}年{int(m)}月{int(d)}日　{_week(art)}</span>'
            f'<a>往期回顾</a> <a>数字报首页</a> <a>订阅</a></div>'
            f'<table width="1000" align="center" cellspacing="0"><tr><td width="400" valign="top">'
            f'<div class="banci">第05版：社会新闻　<a href="node_4.htm">上一版</a> <a href="node_6.htm">下一版</a>　'
            f'<a href="../../../page/{y}-{m}/{d}/05/{_n(rng, 8)}.pdf">PDF</a></div>'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/05/{y}{m}{d}05_b.jpg" usemap="#PagePicMap" width="380"></div>'
            f'<div class="bmlist"><p>本版标题</p><ul><li><a>{esc(art["title"])}</a></li>{same}</ul></div>{hot}</td>'
            f'<td valign="top"><div class="article-box"><p class="yt">{kicker}</p><h1>{esc(art["title"])}</h1>'
            f'<p class="byline">本报记者　{who[0]}{"" if p10 else "　通讯员　" + who[2]}</p>'
            f'<div id="ozoom">{text}</div>{extra}'
            f'<p class="bj">责任编辑：{who[3]}</p><div class="pn"><a>上一篇</a>　<a>下一篇</a></div></div></td></tr></table>'
            f'<div class="copyright">山城晨报社版权所有　未经授权禁止转载、摘编、复制或建立镜像　渝ICP备{_n(rng, 8)}号</div>')
    head = (f'<title>山城晨报数字报-{y}年{int(m)}月{int(d)}日-第05版：社会新闻</title>'
            + ("" if p10 else f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="contentid" content="{_n(rng, 6)}">'))
    return head, body, url


TEMPLATES = {"jw_jszp112": jw_jszp112, "rx12345_mp112": rx12345_mp112, "xzf_rmgs112": xzf_rmgs112,
             "rmw_lyb112": rmw_lyb112, "jgswj_gcgg112": jgswj_gcgg112, "zhen_mp_gjr112": zhen_mp_gjr112,
             "dsb_shb112": dsb_shb112}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages112", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
