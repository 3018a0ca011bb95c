"""Build the hundred-and-twenty-first saved-page set (``pages121``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 市场监管局 portal 食品安全监督抽检 公告 with a
不合格产品 table and a 学校食堂 检查 news page (``scjg_cjgg121``), a 区 消费者协会 公众号 消费提示 post
(``xfx_mp_xfts121``), 县政府网 征兵 pages (a GBK 征兵公告 on an old table layout, a 欢送新兵 news page;
``xzf_zb121``), 人民网-like 地方领导 调研 pages (``rmw_dy121``), 区 退役军人事务局 portal 光荣牌/慰问 news
(``tyjrs_glp121``), a 村 公众号 稻田音乐节 post (``cun_mp_yyj121``) and a 区报 e-paper 第01版 page
(``qb_01b121``). ``articles.txt`` holds the title, date and reference body; the furniture (not body) is
written here. See README.md.

    python tests/data/web/pages121/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["邓晓燕", "王磊", "罗佳", "秦川", "蒋雯", "何明", "付蓉", "唐志刚", "余欢", "冯杰"]
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
            f'<p>网站标识码：{code}　<a>渝ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jg"><img src="/images/red.png"><img src="/images/zfjc.png"></div></div>')




def scjg_cjgg121(art, rng, others):
    """区 市场监管局 portal: p01 (GBK) a 食品安全监督抽检 公告 — an 信息公开 grid (索引号/发布机构/
    成文日期/文号), glued info spans ``发布时间：YYYY-MM-DD hh:mm:ss来源：…浏览次数：`` with a
    ``document.write`` counter, bold ``一、`` heads, a 不合格产品 table (body), a 注 line under the table,
    the 落款 and a date, an 附件 line (not body); p02 a 检查 news page with only a later ``更新时间``
    visible (meta ``PubDate`` and the URL date it), a photo + 楷体 caption, 责任编辑, 上一篇/下一篇,
    相关阅读 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.bishan.gov.cn/bmjz/scjgj/zwgk_{_n(rng, 5)}/{'tzgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    para = lambda t: f'<p style="text-indent:2em;line-height:1.8"><span style="font-family:仿宋;font-size:16pt">{t}</span></p>'  # noqa: E731
    crumb = "通知公告" if p01 else "工作动态"
    if p01:
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em"><span style="font-family:黑体;font-size:16pt"><b>{t}</b></span></p>')
        for i, b in enumerate(blocks):
            if b.startswith("<table"):
                blocks.insert(i + 1, '<p style="font-size:12pt">注：检验结果和标准值以检验报告为准，被抽样单位名称已作简化处理。</p>')
                break
        grid = ('<table class="xxgk" width="100%"><tr><td>索引号：</td><td>11500227MB1H{0}/{1}-{2}</td><td>发布机构：</td><td>璧山区市场监督管理局</td></tr>'
                '<tr><td>主题分类：</td><td>食品安全</td><td>成文日期：</td><td>{3}</td></tr>'
                '<tr><td>文号：</td><td>璧山市监公告〔{4}〕7号</td><td>发布日期：</td><td>{5}</td></tr></table>').format(
            _n(rng, 4), y, f"{_n(rng, 5)}", f"{y}-{m}-{int(d) - 1:02d}", y, f"{y}-{m}-{d}")
        info = (f'<div class="info">发布时间：{y}-{m}-{d} {_hms(rng)}来源：璧山区市场监督管理局浏览次数：'
                f'<script>document.write("{_n(rng, 3)}")</script></div>')
        tail = ('<p style="text-align:right">璧山区市场监督管理局</p>'
                f'<p style="text-align:right">{y}年{int(m)}月{int(d) - 1}日</p>'
                f'<p>附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.xlsx">璧山区2024年第7期食品安全监督抽检产品合格信息.xlsx</a></p>')
        extra = ""
        head_meta = ""
    else:
        blocks = _blocks(art["body"], para)
        blocks.insert(2, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体">执法人员检查学校食堂留样记录。（区市场监管局供图）</span></p>')
        grid = ""
        info = (f'<div class="info"><span>来源：区市场监督管理局</span>&nbsp;&nbsp;<span>更新时间：{y}-{m}-{int(d) + 1:02d}</span>'
                f'&nbsp;&nbsp;<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>')
        tail = f'<p style="text-align:right">（责任编辑：{who[0]}）</p>'
        pn = rng.sample(others, 2)
        extra = (f'<div class="sxp"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>'
                 '<div class="xgyd"><h3>相关阅读</h3><ul>' + _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>') + '</ul></div>')
        head_meta = f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
    body = ('<div class="head"><img src="/images/bs_logo.png" alt="重庆市璧山区人民政府"><span>璧山区市场监督管理局</span></div>'
            '<div class="nav"><a>首页</a> <a>机构概况</a> <a>政务公开</a> <a>政务服务</a> <a>互动交流</a></div>'
            f'<div class="crumb">当前位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区市场监管局</a> &gt; <a>{crumb}</a></div>'
            f'<div class="article">{grid}<h1 class="title">{esc(art["title"])}</h1>{info}'
            '<div class="view TRS_UEDITOR">' + "".join(blocks) + tail + f'</div>{extra}'
            '<div class="tool"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a>'
            ' <span>分享到：<a class="wx"></a><a class="wb"></a></span></div></div>'
            + _gov_foot(rng, "重庆市璧山区人民政府办公室", f"500227{_n(rng, 4)}"))
    head = (f'<title>{esc(art["title"])}_重庆市璧山区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="ColumnName" content="{crumb}">' + head_meta)
    return head, body, url


def xfx_mp_xfts121(art, rng, others):
    """区 消费者协会 公众号 消费提示 post: a 关注 banner, ``坑一：…`` bar heads, ``区消协提示：`` paragraph,
    bold ``问：`` turns and ``答：`` answers, a centred slogan (body); a 投诉渠道 box, a ▲ caption, 来源/编辑
    credits, 往期推荐, 阅读原文, 阅读/点赞/在看 and a 写留言 area with two comments (not body);
    ``publish_time`` ``YYYY-MM-DD hh:mm``."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 3)

    def special(p):
        if p.startswith("坑") and "：" in p[:4]:
            return (f'<section style="margin:24px 0 8px;border-left:5px solid #e4393c;padding-left:10px">'
                    f'<p><span style="font-size:17px;color:#e4393c"><strong>{esc(p)}</strong></span></p></section>')
        if p.startswith("问："):
            return f'<p style="line-height:1.75em"><strong><span style="font-size:15px">{esc(p)}</span></strong></p>'
        if p.endswith("！") and len(p) < 14:
            return f'<p style="text-align:center"><strong><span style="font-size:18px;color:#e4393c">{esc(p)}</span></strong></p>'
        return None

    out = []
    for b in _blocks(art["body"], lambda x: f'<p style="line-height:1.75em"><span style="font-size:15px;color:#333">{x}</span></p>', special=special):
        out.append(b)
        if "空气炸锅" in b:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640?wx_fmt=png"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲图片来源于网络</span></p>')
    box = ('<section style="background:#fff5f5;padding:12px;margin-top:20px;border-radius:6px">'
           '<p><strong>投诉渠道</strong></p><p><span style="font-size:14px">全国12315平台：www.12315.cn</span></p>'
           '<p><span style="font-size:14px">南岸区消费者协会：023-62988315（工作日9:00—17:00）</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">来源：南岸区消费者协会　编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><a><span style="font-size:14px;color:#576b95">{tt}</span></a></p>') + '</section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">区消协</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">南岸消协</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">重庆</em></div>'
            '<div class="rich_media_content" id="js_content"><section style="text-align:center"><p><span style="font-size:12px;color:#e4393c">'
            '点击蓝字 关注我们</span></p></section>' + "".join(out) + box + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(1000, 9000)}</span>'
            f'<a>点赞 {rng.randint(10, 90)}</a><a>在看 {rng.randint(5, 40)}</a></div>'
            '<div class="discuss_container"><a>写留言</a><ul>'
            f'<li><span class="nickname">山城小王</span><p>去年就被定金坑过，长记性了</p><span>{m}月{d}日</span></li>'
            f'<li><span class="nickname">Amy</span><p>实用，已转发给家里人</p><span>{m}月{d}日</span></li></ul></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "南岸消协";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xzf_zb121(art, rng, others):
    """县政府网 征兵: p04 (GBK) a 征兵公告 on an old table layout — a 政务公开 side column, ``<font
    size=5>`` headline, one ``<td>`` with ``发布日期：YYYY年MM月DD日`` and 点击 and a later 更新时间, the
    text as ``<br>`` lines in one cell (``<b>一、</b>`` heads, ``1.`` items, 时间 lines, 咨询电话, the
    slogan: body), 落款 and date, a 征兵 QR line (not body); p05 a 欢送 news page (``发布时间：
    YYYY/MM/DD``), a photo strip with 图为 caption, 编辑/审核 line, 相关新闻."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.cqszx.gov.cn/{'zwgk/tzgg' if p04 else 'xwzx/szyw'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 3)
    if p04:
        lines = []
        for p in art["body"]:
            if _head(p):
                lines.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<b>{esc(p)}</b>")
            else:
                lines.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}")
        side = "".join(f'<tr><td height="26">·<a>{x}</a></td></tr>' for x in ("政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报"))
        body = ('<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/szbanner.jpg" width="980" height="120"></td></tr>'
                '<tr><td class="nav" bgcolor="#b30000"><a>首页</a>&nbsp;|&nbsp;<a>走进石柱</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>办事服务</a>&nbsp;|&nbsp;<a>公众参与</a></td></tr></table>'
                '<table width="980" align="center"><tr><td width="220" valign="top"><table width="100%"><tr><td class="lm"><b>政务公开</b></td></tr>' + side + '</table></td>'
                '<td valign="top"><table width="100%"><tr><td>您现在的位置：<a>首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>通知公告</a></td></tr>'
                f'<tr><td align="center" height="60"><font size="5" color="#b30000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;信息来源：县征兵办公室&nbsp;&nbsp;'
                f'点击：<script>document.write("{_n(rng, 4)}")</script>&nbsp;&nbsp;更新时间：{y}-{m}-{int(d) + 3:02d}</td></tr>'
                '<tr><td class="content"><font face="宋体" style="font-size:15px;line-height:28px">' + "<br>".join(lines)
                + f'<br><br><div align="right">石柱土家族自治县人民政府征兵办公室<br>{y}年{int(m)}月{int(d)}日</div></font></td></tr>'
                '<tr><td align="center"><img src="/images/zbewm.jpg" width="120"><br>扫码进入全国征兵网报名</td></tr>'
                '<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr></table></td></tr></table>'
                f'<table width="980" align="center" class="foot"><tr><td align="center">主办：石柱土家族自治县人民政府办公室　版权所有<br>'
                f'网站标识码：5002400{_n(rng, 3)}　渝ICP备{_n(rng, 8)}号</td></tr></table>')
        head = (f'<title>石柱土家族自治县人民政府--{esc(art["title"])}</title>'
                '<meta name="keywords" content="征兵,公告,石柱">')
    else:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2">{x}</p>')
        blocks.insert(3, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="300"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="300"></p>'
                         '<p style="text-align:center">图为欢送仪式现场。记者 ' + who[0] + ' 摄</p>')
        rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
        body = ('<div class="header"><img src="/images/logo_sz.png" alt="石柱土家族自治县人民政府"></div>'
                '<div class="nav"><ul><li>首页</li><li>新闻中心</li><li>政务公开</li><li>政务服务</li><li>走进石柱</li></ul></div>'
                '<div class="crumb">当前位置：首页 &gt; 新闻中心 &gt; 石柱要闻</div>'
                f'<div class="detail"><h1>{esc(art["title"])}</h1><div class="msg">发布时间：{y}/{m}/{d}　来源：石柱融媒体中心　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
                '<div class="TRS_Editor">' + "".join(blocks) + '</div>'
                f'<p class="zr">编辑：{who[1]}　审核：{who[2]}</p>'
                f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
                + _gov_foot(rng, "石柱土家族自治县人民政府办公室", f"500240{_n(rng, 4)}"))
        head = f'<title>{esc(art["title"])}_石柱土家族自治县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
    return head, body, url


def rmw_dy121(art, rng, others):
    """人民网-like 地方领导 调研 page: channel nav, crumb ``人民网>>重庆频道>>区县``, headline, a glued
    ``YYYY年MM月DD日hh:mm | 来源：人民网－重庆频道`` line (p06) or none (p07, meta ``publishdate`` and
    URL), 小字号/大字号, a photo + caption, ``(责编：…、…)``, 分享让更多人看到, 相关新闻 and 推荐阅读 with
    dates, 人民网 footer (not body); the ``人民网重庆X月X日电`` opening run into the lead, ``一要…`` lines
    (body)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"http://cq.people.com.cn/n2/{y}/{m}{d}/c{_n(rng, 6)}-{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;">{x}</p>')
    blocks.insert(2, f'<p style="text-align:center;"><img src="/NMediaFile/{y}/{m}{d}/LOCAL{_n(rng, 12)}.jpg" width="600"></p>'
                     f'<p style="text-align:center;" class="pictext">{"龙舟制作工坊内，匠人正在雕刻龙头。" if p06 else "旋耕机在收割后的稻田里作业。"}人民网 {who[0]}摄</p>')
    info = (f'<div class="box01"><div class="fl">{y}年{m}月{d}日{_hm(rng)}&nbsp;&nbsp;|&nbsp;&nbsp;来源：<a>人民网－重庆频道</a></div>'
            '<div class="fr"><a>小字号</a><a>大字号</a></div></div>' if p06
            else '<div class="box01"><div class="fr"><a>小字号</a><a>大字号</a></div></div>')
    rel = _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><em>{dd}</em></li>')
    body = ('<div class="top_nav"><a>人民网首页</a> <a>重庆频道</a> <a>时政</a> <a>区县</a> <a>财经</a> <a>教育</a> <a>生活</a></div>'
            '<div class="route"><a>人民网</a>&gt;&gt;<a>重庆频道</a>&gt;&gt;<a>区县</a></div>'
            f'<div class="col col-1"><h1>{esc(art["title"])}</h1>{info}'
            '<div class="box_con" id="rwb_zw">' + "".join(blocks) + '</div>'
            f'<div class="edit">(责编：{who[0]}、{who[1]})</div>'
            '<div class="share">分享让更多人看到 <a class="wx"></a><a class="wb"></a></div>'
            f'<div class="box_news"><h2>相关新闻</h2><ul>{rel}</ul></div>'
            '<div class="tjyd"><h2>推荐阅读</h2><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a></li>') + '</ul></div></div>'
            '<div id="copyright">人 民 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br>Copyright © 1997-2024 by www.people.com.cn. all rights reserved</div>')
    head = f'<title>{esc(art["title"])}--重庆频道--人民网</title>'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="source" content="人民网－重庆频道">'
    return head, body, url


def tyjrs_glp121(art, rng, others):
    """区 退役军人事务局 portal: p08 a div page with ``发布时间：YYYY-MM-DD`` + 来源 + 浏览次数 spans, two
    photos with 图为 captions, a 政策链接 box (光荣牌 悬挂 规定), a closing one-line slogan (body),
    责任编辑, 上一篇/下一篇; p09 (GBK) an old table page with ``【发布时间：YYYY-M-D】`` in brackets, the
    ``：``-ended lead-in and ``1.`` items (body), a 撰稿/审核 line and 相关文章 with dates."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.cqjlp.gov.cn/bm/qtyjrswj/zwdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    if p08:
        caps = iter(["图为工作人员为退役军人家庭悬挂光荣牌。", "图为工作人员向军属讲解优待政策。"])
        out = []
        for b in _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>'):
            out.append(b)
            if "王建国激动" in b or "逐一登记建档" in b:
                out.append(f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg"></p><p style="text-align:center;font-family:楷体">{next(caps)}</p>')
        box = ('<div class="zclj" style="border:1px solid #c00;padding:10px"><h4>政策链接</h4>'
               '<p>光荣牌悬挂对象包括烈士遗属、因公牺牲军人遗属、病故军人遗属、现役军人家庭和退役军人家庭，由本人自愿申请，经审核后统一制发和悬挂。</p></div>')
        pn = rng.sample(others, 2)
        body = ('<div class="header"><img src="/images/jlp_logo.png" alt="九龙坡区人民政府"><span class="bm">区退役军人事务局</span></div>'
                '<div class="nav"><a>首页</a><a>机构职能</a><a>工作动态</a><a>政策法规</a><a>服务保障</a></div>'
                '<div class="crumb">您的位置：首页 &gt; 区退役军人事务局 &gt; 工作动态</div>'
                f'<div class="article"><h2>{esc(art["title"])}</h2>'
                f'<div class="info"><span>发布时间：{y}-{m}-{d}</span><span>来源：区退役军人事务局</span>'
                f'<span>浏览次数：<em id="hits">{_n(rng, 3)}</em></span></div>'
                '<div class="content">' + "".join(out) + f'</div>{box}<p class="bj">责任编辑：{who[0]}</p>'
                f'<div class="pn"><a>上一篇：{esc(pn[0][0])}</a><a>下一篇：{esc(pn[1][0])}</a></div></div>'
                + _gov_foot(rng, "重庆市九龙坡区人民政府办公室", f"500107{_n(rng, 4)}"))
    else:
        blocks = _blocks(art["body"], lambda x: f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{x}</p>')
        rel = _rel(rng, others, 4, lambda tt, dd: f'<tr><td>·<a>{tt}</a></td><td>{dd}</td></tr>')
        body = ('<table width="1000" align="center"><tr><td><img src="/images/tyjr_top.jpg" width="1000"></td></tr></table>'
                '<table width="1000" align="center"><tr><td class="wz">当前位置：<a>首页</a>-&gt;<a>工作动态</a></td></tr>'
                f'<tr><td align="center"><h3>{esc(art["title"])}</h3></td></tr>'
                f'<tr><td align="center" style="color:#666">【发布时间：{y}-{int(m)}-{int(d)}】【来源：区退役军人事务局】【字号：大 中 小】</td></tr>'
                '<tr><td class="zw" style="font-size:16px;line-height:30px">' + "".join(blocks)
                + f'<p align="right">（撰稿：{who[1]}　审核：{who[2]}）</p></td></tr>'
                '<tr><td><b>相关文章</b><table width="100%">' + rel + '</table></td></tr></table>'
                f'<table width="1000" align="center"><tr><td align="center">版权所有：重庆市九龙坡区退役军人事务局　渝ICP备{_n(rng, 8)}号</td></tr></table>')
    head = f'<title>{esc(art["title"])}-九龙坡区退役军人事务局</title>'
    return head, body, url


def cun_mp_yyj121(art, rng, others):
    """村 公众号 稻田音乐节 post: a cover GIF, ``01 活动时间`` ornament heads, time/place lines, a
    ``name说：`` quote and a slogan (body); a 演出阵容 poster caption, a 交通指南 box, an 报名 QR line,
    文字/图片/编辑, 阅读/在看; no visible date: an empty publish_time, the script's ``ct``."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 3)

    def special(p):
        if p[:2] in ("01", "02", "03") and p[2] == " ":
            return (f'<section style="margin:26px 0 10px;text-align:center"><section style="display:inline-block;border-bottom:2px solid #d4a017">'
                    f'<p><span style="font-size:22px;color:#d4a017"><strong>{esc(p[:2])}</strong></span>'
                    f'<span style="font-size:17px"><strong> {esc(p[3:])}</strong></span></p></section></section>')
        if "—" in p and len(p) < 30:
            return f'<p style="text-align:center"><span style="font-size:15px">{esc(p)}</span></p>'
        if p.endswith("！") and len(p) < 16:
            return f'<p style="text-align:center"><strong><span style="font-size:18px;color:#d4a017">{esc(p)}</span></strong></p>'
        return None

    out = []
    for b in _blocks(art["body"], lambda x: f'<p style="line-height:1.8em"><span style="font-size:15px">{x}</span></p>', special=special):
        out.append(b)
        if "稻花香》" in b:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">▲演出阵容海报</span></p>')
    box = ('<section style="background:#fdf6e3;padding:12px;margin-top:20px"><p><strong>交通指南</strong></p>'
           '<p><span style="font-size:14px">自驾：导航至“花桥村村委会”，村内设临时停车场3处，免费停放。</span></p>'
           '<p><span style="font-size:14px">公交：县城汽车站乘坐前往新立镇的班车，到花桥村站下车步行5分钟。</span></p></section>'
           f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
           '<p style="text-align:center"><span style="font-size:12px;color:#999">扫码报名帐篷露营位（限200个）</span></p>'
           f'<p><span style="font-size:12px;color:#999">文字：{who[0]}　图片：{who[1]}　编辑：{who[2]}</span></p>')
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">忠县花桥村</a></span>'
            '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            '<div class="rich_media_content" id="js_content"><p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/htc_top/640?wx_fmt=gif"></p>'
            + "".join(out) + box + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(2000, 9000)}</span><a>点赞 {rng.randint(30, 300)}</a><a>在看 {rng.randint(10, 80)}</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "忠县花桥村"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def qb_01b121(art, rng, others):
    """区报 e-paper 第01版 要闻: masthead ``YYYY年M月D日　星期X　农历…`` (the only visible date; the URL
    agrees), 版次 list, 上一版/下一版, 版面图 with hot areas, 本版导读 list, an 引题 (p11) or 副题 (p12) line,
    p11 (GBK) ``<br>`` lines in one ``founder-content`` ending in ``要…；`` lines, a 短评 as a second
    article; p12 ``<P>`` paragraphs with a caption table inside the text and a 图片新闻 after; 责任编辑,
    copyright (not body). The ``本报讯（记者 …）`` opening is run into the lead (body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.bbrb.cn/html/{y}-{m}/{d}/node_1.htm"
    who = rng.sample(WHO, 2)
    daodu = "".join(f'<li><a>{esc(tt)}</a></li>' for tt, _ in rng.sample(others, 3))
    if p11:
        kicker = '<h3 class="yt">聚焦企业所需 持续打造一流营商环境</h3>'
        text = '<founder-content>' + "<br>".join(f"　　{esc(p)}" for p in art["body"]) + '<br></founder-content>'
        after = ('<div class="other"><h2>让企业安心发展</h2><p class="au">□ 本报评论员</p>'
                 '<P>　　营商环境好不好，企业最有发言权。只有把企业的难处当成自己的事，才能换来企业扎根发展的信心。</P></div>')
        sub = ""
    else:
        kicker = ""
        sub = '<h3 class="ft">——澄江镇智慧茶园管理见闻</h3>'
        ps = [f"<P>　　{esc(p)}</P>" for p in art["body"]]
        ps.insert(2, f'<table class="pic"><tr><td><img src="../../../res/{y}-{m}/{d}/01/a{_n(rng, 6)}.jpg"></td></tr>'
                     f'<tr><td class="zt">茶农在茶园里查看监测设备数据。　记者 {who[0]} 摄</td></tr></table>')
        text = '<div id="ozoom"><founder-content>' + "".join(ps) + '</founder-content></div>'
        after = ('<div class="tpxw"><h4>图片新闻</h4><img src="../../../res/tp.jpg"><p>6月17日，游客在北温泉公园内游览。　记者 '
                 + who[1] + ' 摄</p></div>')
    body = (f'<div class="masthead"><img src="../../../images/bbrb.png" alt="北碚报"><div class="date">{y}年{int(m)}月{int(d)}日　{_week(art)}</div>'
            '<div class="kh">国内统一连续出版物号：CN50-0044</div></div>'
            '<div class="bclist"><a class="cur">第01版：要闻</a> <a>第02版：综合</a> <a>第03版：民生</a> <a>第04版：缙云</a></div>'
            '<div class="pn"><a>上一版</a>　<a href="node_2.htm">下一版</a>　<a>PDF下载</a>　<a>往期回顾</a></div>'
            f'<table width="1000"><tr><td width="350" valign="top"><img src="../../../res/{y}-{m}/{d}/01/b01.jpg" usemap="#pagepicmap" width="340">'
            f'<div class="dd"><h4>本版导读</h4><ul><li><a>{esc(art["title"])}</a></li>{daodu}</ul></div></td>'
            f'<td valign="top"><div class="art">{kicker}<h1>{esc(art["title"])}</h1>{sub}{text}'
            f'<p class="bj">责任编辑：{who[1]}</p></div>{after}</td></tr></table>'
            f'<div class="copyright">北碚报社版权所有　未经授权不得转载　渝ICP备{_n(rng, 8)}号</div>')
    head = '<title>北碚报-第01版：要闻</title><meta name="keywords" content="北碚报,数字报">'
    return head, body, url


TEMPLATES = {"scjg_cjgg121": scjg_cjgg121, "xfx_mp_xfts121": xfx_mp_xfts121, "xzf_zb121": xzf_zb121,
             "rmw_dy121": rmw_dy121, "tyjrs_glp121": tyjrs_glp121, "cun_mp_yyj121": cun_mp_yyj121,
             "qb_01b121": qb_01b121}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages121", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
