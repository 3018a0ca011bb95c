"""Build the hundred-and-seventeenth saved-page set (``pages117``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 粮食和物资储备局 portal 应急物资储备 news
(``lsj_yjcb117``), a 市图书馆 公众号 古籍修复 story with an interview (``tsg_mp_gjxf117``), a 县政府网
乡镇机构改革 会议通知 and its 推进会 news (``xzf_jggg117``), a 中国青年网-like 区县 青年人物 page
(``qnw_rw117``), a 区 公安分局 portal 户籍 办事指南 and 问答 (``ga_hjzn117``), a 学校 公众号 运动会 post
with a 成绩 table (``xx_mp_ydh117``) and a 区报 e-paper 第02版 with 要闻简报 (``qb_ep02_117``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages117/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["钟晓燕", "付强", "蒋雨桐", "唐志刚", "吴倩", "邓海波", "许丽", "曾俊", "杜文静", "孙涛"]
PAGE2 = ["区委理论学习中心组开展专题学习", "全区冬季征兵体检工作结束", "区属国企开展安全生产大检查",
         "我区3家企业入选市级专精特新名单", "区政协召开主席会议"]  # the e-paper page's other headlines
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？；")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    out = ["<tr>" + "".join(f'<td align="center" valign="middle"><p>{esc(c)}</p></td>' for c in r.split(" ")) + "</tr>"
           for r in rows]
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


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


def _gov_foot(rng, host: str, code: str, sponsor: str = "") -> str:
    return (f'<div class="foot"><div class="foot-nav"><a>关于本网</a>|<a>网站地图</a>|<a>联系我们</a>|<a>纠错</a></div>'
            f'<p>主办：{sponsor or host}&nbsp;&nbsp;承办：{host}</p>'
            f'<p>网站标识码：{code}&nbsp;&nbsp;<a>渝ICP备{_n(rng, 8)}号</a>&nbsp;&nbsp;渝公网安备 {_n(rng, 14)}号</p>'
            f'<p><img src="/images/dzjg.png"> <img src="/images/jiucuo.png"></p></div>')


def lsj_yjcb117(art, rng, others):
    """区 粮食和物资储备局 portal: p01 (GBK) 汛前检查 news with glued info spans (``发布时间：YYYY-MM-DD hh:mm``,
    来源, a ``document.write`` counter, 【字体：大 中 小】), ``<strong>`` ``一、`` heads, a ``：``-ended lead-in and
    ``1.`` 储备点 items (body), a 知识链接 box and a 相关阅读 strip with dates (not body); p02 ``&nbsp;``-indented
    paragraphs, a photo + caption inside the text, an info line ``发布日期：YYYY年MM月DD日`` beside a later
    ``更新时间``, a date in the text (10月28日) that is not the publication date."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.ddk.gov.cn/bm/qlsj/zwxx_{_n(rng, 5)}/{'gzdt' if p01 else 'bmdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    if p01:
        def special(p):
            if p.startswith(NUM_HEADS) and "。" not in p:
                return f'<p style="text-indent:2em;line-height:2"><strong>{esc(p)}</strong></p>'
            return None

        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2">{t}</p>', special=special)
        info = (f'<div class="xl_info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：区粮食和物资储备局</span>'
                f'<span>阅读次数：<script>document.write("{_n(rng, 3)}")</script></span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        box = ('<div class="zsbox"><h5>知识链接</h5><p>应急物资储备是指为应对自然灾害和事故灾难等突发事件，由政府及有关部门'
               '预先储存的救灾帐篷、被服、照明和抢险救援等物资，实行分级负责、分级储备。</p></div>')
        rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span class="date">[{dd}]</span></li>')
        after = f'<div class="xgyd"><div class="xgyd-tit">相关阅读</div><ul>{rel}</ul></div>'
    else:
        paras = [f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>' for p in art["body"]]
        paras.insert(4, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="560" border="0"></p>'
                        f'<p style="text-align:center"><font face="楷体">工作人员为入库物资粘贴电子标签。（区粮食和物资储备局供图）</font></p>')
        blocks = paras
        info = (f'<div class="xl_info">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;来源：大渡口区政府网&nbsp;&nbsp;&nbsp;&nbsp;'
                f'更新时间：{y}年{m}月{int(d) + 7:02d}日&nbsp;&nbsp;&nbsp;&nbsp;字号：<a>T</a>|<a>T</a>|<a>T</a></div>')
        box = ""
        after = f'<div class="zrbj">责任编辑：{who[0]}</div>'
    body = (f'<div class="topbar"><div class="w1200"><span>今天是：<script>showDate()</script></span><a>长者模式</a><a>无障碍</a><a>智能问答</a></div></div>'
            f'<div class="banner"><img src="/images/ddk_logo.png" alt="重庆市大渡口区人民政府"></div>'
            f'<div class="menu"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>魅力大渡口</a></div>'
            f'<div class="local">您当前的位置：<a>首页</a>&nbsp;&gt;&nbsp;<a>区级部门</a>&nbsp;&gt;&nbsp;<a>区粮食和物资储备局</a>&nbsp;&gt;&nbsp;<a>{"工作动态" if p01 else "部门动态"}</a></div>'
            f'<div class="xl_box"><div class="xl_tit">{esc(art["title"])}</div>{info}'
            f'<div class="xl_con"><div class="TRS_Editor">' + "".join(blocks) + f'</div></div>{box}'
            f'<div class="xl_tools"><div class="bdsharebuttonbox"><span>分享到：</span><a class="bds_weixin"></a><a class="bds_tsina"></a><a class="bds_qzone"></a></div>'
            f'<a onclick="window.print()">打印本页</a> <a onclick="window.close()">关闭窗口</a></div>{after}</div>'
            + _gov_foot(rng, "重庆市大渡口区粮食和物资储备局", f"500104{_n(rng, 4)}", "重庆市大渡口区人民政府办公室"))
    head = (f'<title>{esc(art["title"])}_重庆市大渡口区人民政府</title><meta name="SiteName" content="重庆市大渡口区人民政府">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ColumnName" content="{"工作动态" if p01 else "部门动态"}">')
    return head, body, url


def tsg_mp_gjxf117(art, rng, others):
    """市图书馆 公众号 古籍修复 story: an 编者按 box above the text, a ``▲`` photo caption, an 阅览室 开放时间 card
    and 文字/摄影/编辑/审核 lines after it (not body); bold ``记者：`` questions and ``刘文君：`` answers, a
    one-sentence opening paragraph and a centred closing line (body); ``publish_time`` ``YYYY-MM-DD hh:mm``
    and 世界读书日 (4月23日) inside the text."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 4)

    def special(p):
        if p.startswith("记者："):
            return f'<p style="line-height:1.75em;margin-top:12px"><span style="font-size:15px;color:#8c5a2b"><strong>{esc(p)}</strong></span></p>'
        if p.startswith("刘文君："):
            return (f'<p style="line-height:1.75em"><span style="font-size:15px"><strong>刘文君：</strong>{esc(p[4:])}</span></p>')
        if p.startswith("书有生命"):
            return f'<p style="text-align:center;margin-top:20px"><span style="font-size:16px;color:#8c5a2b"><em>{esc(p)}</em></span></p>'
        return None

    out = []
    for i, b in enumerate(_blocks(art["body"], lambda x: f'<p style="line-height:1.75em"><span style="font-size:15px;letter-spacing:1px">{x}</span></p>',
                                  special=special)):
        out.append(b)
        if i == 2:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640" class="rich_pages wxw-img"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#b2b2b2">▲修复师刘文君在为虫蛀的书页修补</span></p>')
    note = ('<section style="background:#f7f1e8;padding:12px 14px;margin-bottom:18px"><p><span style="font-size:14px;color:#8c5a2b">'
            '<strong>编者按</strong></span></p><p><span style="font-size:14px;color:#7f7f7f">一纸千年，修书如修心。今天是第30个世界读书日，'
            '我们走进市图书馆古籍修复室，听修复师讲讲古籍背后的故事。</span></p></section>')
    card = ('<section style="border:1px dashed #8c5a2b;padding:10px;margin-top:18px"><p><strong>古籍阅览室</strong></p>'
            '<p><span style="font-size:13px">开放时间：周二至周日 9:00—17:00（周一闭馆）</span></p>'
            '<p><span style="font-size:13px">地址：市图书馆五楼 地方文献与古籍阅览室</span></p>'
            '<p><span style="font-size:13px">阅览古籍善本请提前三个工作日预约</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">文字：{who[0]}　摄影：{who[1]}</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[2]}　审核：{who[3]}</span></p>'
            f'<section><p><span style="font-size:13px">往期推荐</span></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><a><span style="font-size:13px;color:#576b95">{tt}</span></a></p>') + '</section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">市图书馆</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">自贡市图书馆</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">四川</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{note}' + "".join(out) + card + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(1000, 6000)}</span>'
            f'<a>分享</a><a>收藏</a><a>点赞 {rng.randint(30, 200)}</a><a>在看 {rng.randint(5, 60)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "自贡市图书馆"; var msg_title = "{esc(art["title"])}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}">')
    return head, body, url


def xzf_jggg117(art, rng, others):
    """县政府网 (城口): p04 (GBK) an old table-layout 通知 page under an 信息公开 grid (成文日期 three days
    before, 发文字号), a 文号 line under the title, ``发布日期：YYYY年MM月DD日`` in one info cell, 黑体 ``一、`` heads,
    ``（一）`` and ``1.`` items, a 联系人 line (body); the 落款 and its date, ``（此件公开发布）``, an 附件 line (not
    body); p05 a modern news page with bold ``坚持…，推动…`` heads, a photo + caption and a 相关新闻 list, a
    date in the text (3月22日) that is not the publication date."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = (f"http://www.cqck.gov.cn/zwgk_{_n(rng, 3)}/fdzdgknr/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html" if p04
           else f"http://www.cqck.gov.cn/zwxx_{_n(rng, 3)}/bmdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html")
    who = rng.sample(WHO, 3)
    if p04:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:30px"><font face="仿宋_GB2312" size="4">{t}</font></p>',
                         head=lambda t: f'<p style="text-indent:2em;line-height:30px"><font face="黑体" size="4">{t}</font></p>')
        blocks[0] = blocks[0].replace('text-indent:2em;', '')
        wh = f"城府办〔{y}〕{rng.randint(8, 30)}号"
        grid = (f'<table class="xxgk" width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#cccccc">'
                f'<tr><td width="15%" bgcolor="#f2f2f2">索引号：</td><td width="35%">11500229009{_n(rng, 5)}/{y}-00{_n(rng, 3)}</td>'
                f'<td width="15%" bgcolor="#f2f2f2">主题分类：</td><td>机构编制</td></tr>'
                f'<tr><td bgcolor="#f2f2f2">发布机构：</td><td>城口县人民政府办公室</td><td bgcolor="#f2f2f2">成文日期：</td><td>{y}-{m}-{int(d) - 3:02d}</td></tr>'
                f'<tr><td bgcolor="#f2f2f2">发文字号：</td><td>{wh}</td><td bgcolor="#f2f2f2">有效性：</td><td>有效</td></tr>'
                f'<tr><td bgcolor="#f2f2f2">标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
        tail = ('<p style="text-align:right;line-height:30px"><font face="仿宋_GB2312" size="4">城口县人民政府办公室</font></p>'
                f'<p style="text-align:right;line-height:30px"><font face="仿宋_GB2312" size="4">{y}年{int(m)}月{int(d) - 3}日</font></p>'
                '<p style="text-indent:2em;line-height:30px"><font face="仿宋_GB2312" size="4">（此件公开发布）</font></p>'
                f'<p class="fj">附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.doc">全县乡镇机构改革工作推进会参会回执.doc</a></p>')
        side = ('<td width="230" valign="top" bgcolor="#f5f8fb"><table width="100%"><tr><td class="lm">信息公开目录</td></tr>'
                '<tr><td>·<a>机构职能</a><br>·<a>法规文件</a><br>·<a>通知公告</a><br>·<a>人事信息</a><br>·<a>财政预决算</a></td></tr>'
                '<tr><td class="lm">热点信息</td></tr><tr><td>' + _rel(rng, others, 4, lambda tt, dd: f'·<a>{tt}</a><br>') + '</td></tr></table></td>')
        body = (f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center">'
                f'<tr><td><img src="/images/ck_top.jpg" width="1000" height="160"></td></tr>'
                f'<tr><td class="nav" height="36" bgcolor="#0b5ea8"><a>首页</a> | <a>走进城口</a> | <a>政府信息公开</a> | <a>网上办事</a> | <a>互动交流</a></td></tr>'
                f'<tr><td height="30">当前位置：<a>首页</a> &gt;&gt; <a>政府信息公开</a> &gt;&gt; <a>通知公告</a></td></tr></table>'
                f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr>{side}<td valign="top" style="padding:10px">'
                f'{grid}<table width="100%" border="0" cellspacing="0" cellpadding="6">'
                f'<tr><td align="center"><font size="5" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center"><font size="3">{wh}</font></td></tr>'
                f'<tr><td align="center" class="f12">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;信息来源：县政府办公室&nbsp;&nbsp;&nbsp;&nbsp;'
                f'浏览次数：<script>document.write({_n(rng, 3)})</script>&nbsp;&nbsp;【<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td><hr size="1" color="#dddddd"></td></tr>'
                f'<tr><td id="zoom" class="content">' + "".join(blocks) + tail + '</td></tr>'
                f'<tr><td align="right">【<a>打印此页</a>】【<a>关闭窗口</a>】</td></tr></table></td></tr></table>'
                f'<table width="1000" align="center" class="bottom"><tr><td align="center">主办：城口县人民政府办公室　网站标识码：5002290001　'
                f'渝ICP备{_n(rng, 8)}号<br>渝公网安备 {_n(rng, 14)}号　技术支持：城口县大数据发展中心</td></tr></table>')
        head = (f'<title>{esc(art["title"])}-城口县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ColumnName" content="通知公告">')
        return head, body, url

    def special(p):
        if p.startswith("坚持") and "。" not in p and len(p) < 24:
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        return None

    blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>', special=special)
    blocks.insert(1, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                     f'<p style="text-align:center">推进会现场。（记者　{who[0]}　摄）</p>')
    rel = _rel(rng, others, 3, lambda tt, dd: f'<li><span>{dd}</span><a>{tt}</a></li>')
    body = (f'<div class="header"><img class="logo" src="/images/logo.png" alt="城口县人民政府"><div class="hd-r"><a>无障碍</a><a>关怀版</a>'
            f'<input placeholder="请输入关键词"></div></div>'
            f'<div class="menu"><a>首页</a><a>新闻动态</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>走进城口</a></div>'
            f'<div class="crumb">当前位置：<a>首页</a> &gt; <a>新闻动态</a> &gt; <a>部门动态</a></div>'
            f'<div class="art"><h1>{esc(art["title"])}</h1>'
            f'<div class="art-info"><span>发布时间：{y}-{m}-{d} {_hms(rng)}</span><span>来源：县委编办</span>'
            f'<span>字号：<a>大</a>|<a>中</a>|<a>小</a></span></div>'
            f'<div class="art-con con"><div class="TRS_Editor">' + "".join(blocks) + '</div></div>'
            f'<div class="art-bj">（责任编辑：{who[1]}）</div>'
            f'<div class="art-tools"><span>分享：</span><a>微信</a><a>微博</a><span class="ewm">扫一扫在手机上查看当前页面</span>'
            f'<a>打印</a><a>关闭</a></div>'
            f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "城口县人民政府办公室", "5002290001"))
    head = (f'<title>{esc(art["title"])}-城口县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="ColumnName" content="部门动态">')
    return head, body, url


def qnw_rw117(art, rng, others):
    """中国青年网-like 区县 青年人物 page: a ``|``-separated channel nav, ``发稿时间：YYYY-MM-DD hh:mm:ss 来源：…``
    (p06) or only 来源/作者 visible (p07, dated by meta ``publishdate`` and the URL), a photo + caption, 责任编辑,
    分享到, 热点推荐 with dates, a 版权声明 (not body); bold ``记者：`` questions and ``易娇：`` answers, quotes and
    one-sentence paragraphs (body)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"http://{'cq' if p06 else 'df'}.youth.cn/{'qxdt' if p06 else 'rw'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.htm"
    who = rng.sample(WHO, 3)

    def special(p):
        if p.startswith("记者："):
            return f'<p>　　<strong>{esc(p)}</strong></p>'
        if p.startswith("易娇："):
            return f'<p>　　<strong>易娇：</strong>{esc(p[3:])}</p>'
        return None

    blocks = _blocks(art["body"], lambda t: f'<p>　　{t}</p>', special=special)
    cap = ("易娇在工坊里织夏布。中国青年网记者　{0}　摄" if p06 else "冉峰在村民家中为老人测量血压。受访者供图").format(who[0])
    blocks.insert(2, f'<p align="center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" border="0"></p><p align="center"><font color="#666666">{cap}</font></p>')
    if p06:
        info = f'<div class="page_bt"><span>发稿时间：{y}-{m}-{d} {_hms(rng)}</span>&nbsp;<span>来源：中国青年网</span>&nbsp;<span>作者：{who[0]}</span></div>'
    else:
        info = f'<div class="page_bt"><span>来源：中国青年网</span>&nbsp;<span>作者：记者　{who[0]}　通讯员　{who[2]}</span></div>'
    hot = _rel(rng, others, 5, lambda tt, dd: f'<li><a>{tt}</a><em>{dd[5:]}</em></li>')
    body = (f'<div class="top_nav"><a>首页</a>|<a>新闻</a>|<a>图片</a>|<a>评论</a>|<a>共青团</a>|<a>青年之声</a>|<a>青春励志</a>|'
            f'<a>教育</a>|<a>文化</a>|<a>地方</a>|<a>第一书记网</a></div>'
            f'<div class="logo_bar"><img src="/images/youth_logo.png" alt="中国青年网"><span>{"重庆频道" if p06 else "地方"}</span></div>'
            f'<div class="sub_nav">当前位置：<a>首页</a> &gt; <a>{"重庆频道" if p06 else "地方"}</a> &gt; <a>{"区县动态" if p06 else "青年人物"}</a></div>'
            f'<div class="main"><div class="l_con"><div class="page_title"><h1>{esc(art["title"])}</h1></div>{info}'
            f'<div class="page_text"><div class="TRS_Editor">' + "".join(blocks) + '</div></div>'
            f'<div class="page_editor">责任编辑：{who[1]}</div>'
            f'<div class="share"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="rel_cmt"><span>已有<em>{rng.randint(0, 40)}</em>人参与评论</span></div></div>'
            f'<div class="r_con"><div class="hot"><h3>热点推荐</h3><ul>{hot}</ul></div>'
            f'<div class="ewm"><img src="/images/qnw_ewm.png"><p>中国青年网微信</p></div></div></div>'
            f'<div class="foot"><p>中国青年网版权声明：凡本网注明“来源：中国青年网”的所有作品，版权均属于中国青年网，未经本网授权不得转载、摘编或利用其它方式使用上述作品。</p>'
            f'<p>京ICP备{_n(rng, 8)}号　京公网安备{_n(rng, 14)}号　违法和不良信息举报电话：010-{_n(rng, 8)}</p></div>')
    head = (f'<title>{esc(art["title"])}_{"重庆频道" if p06 else "地方"}_中国青年网</title>'
            f'<meta name="keywords" content="{"荣昌,夏布,返乡青年" if p06 else "黔江,村医"}">'
            + ("" if p06 else f'<meta name="publishdate" content="{y}-{m}-{d}">')
            + f'<meta name="description" content="{esc(art["body"][0])}">')
    return head, body, url


def ga_hjzn117(art, rng, others):
    """区 公安分局 portal 户籍 pages: p08 (GBK) an 办事指南 on an old table layout, the text ``<br>``-separated
    ``　　`` lines in one ``<font>`` with ``<b>`` ``一、`` heads, ``1.`` 材料 items, one-line 时限/收费 answers and a 咨询
    电话 line (body), an info cell with ``发布日期：YYYY-MM-DD`` and a later ``更新日期``, a 温馨提示 box and a 相关
    指南 list (not body); p09 a 问答 page ``YYYY/M/D hh:mm`` with bold ``问：`` and plain ``答：`` turns (body), a
    政策依据 box (not body)."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.cqbs.gov.cn/bm/qgafj/{'bszn' if p08 else 'zcjd'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    if p08:
        lines = "".join(f"　　<b>{esc(p)}</b><br>" if _head(p) else f"　　{esc(p)}<br>" for p in art["body"])
        tip = ('<table width="96%" align="center" border="0" bgcolor="#fff8e5" cellpadding="8"><tr><td><font color="#c00000"><b>温馨提示：</b></font>'
               '户籍窗口工作时间为周一至周五9:00—12:00、14:00—17:30，周六上午受理出生登记业务，请提前通过“重庆公安”微信公众号预约。</td></tr></table>')
        rel = _rel(rng, others, 3, lambda tt, dd: f'<tr><td>·<a>{tt}</a></td><td class="hui">{dd}</td></tr>')
        body = (f'<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">'
                f'<tr><td><img src="/bm/qgafj/images/gafj_banner.jpg" width="980" height="140"></td></tr>'
                f'<tr><td class="nav" bgcolor="#1c3f94" height="34"><a>首页</a>　<a>警务公开</a>　<a>办事指南</a>　<a>警民互动</a>　<a>安全防范</a></td></tr>'
                f'<tr><td height="28" class="wz">您的位置：<a>首页</a>&gt;<a>办事指南</a>&gt;<a>户政业务</a></td></tr></table>'
                f'<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td valign="top">'
                f'<table width="100%" border="0" cellpadding="5"><tr><td align="center" class="bt"><font size="5"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="hui">发布日期：{y}-{m}-{d}　　更新日期：{y}-{m}-{int(d) + 14:02d}　　信息来源：璧山区公安分局　　'
                f'浏览：<script language="javascript">document.write({_n(rng, 4)})</script>次</td></tr>'
                f'<tr><td class="bt_content"><font face="宋体" style="font-size:15px;line-height:28px">{lines}</font></td></tr>'
                f'<tr><td>{tip}</td></tr>'
                f'<tr><td align="right"><a>【打印】</a><a>【关闭】</a></td></tr></table>'
                f'<table width="100%" class="xgzn"><tr><td colspan="2" class="lm"><b>相关办事指南</b></td></tr>{rel}</table></td></tr></table>'
                f'<table width="980" align="center" class="bottom"><tr><td align="center">主办：重庆市璧山区公安分局　网站标识码：5001200022<br>'
                f'渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = (f'<title>{esc(art["title"])}--璧山区公安分局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d}">')
        return head, body, url

    def special(p):
        if p.startswith("问："):
            return f'<p style="text-indent:2em;line-height:2"><strong>{esc(p)}</strong></p>'
        return None

    blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2">{t}</p>', special=special)
    box = ('<div class="zcyj"><div class="zcyj-t">政策依据</div><p>《国务院办公厅关于加快推进政务服务“跨省通办”的指导意见》</p>'
           '<p>《公安部关于户籍业务“跨省通办”的实施意见》</p></div>')
    body = (f'<div class="gov-top"><span>重庆市璧山区人民政府</span><a>无障碍</a><a>关怀版</a></div>'
            f'<div class="gov-head"><img src="/images/bs_logo.png"><div class="search"><input><button>搜索</button></div></div>'
            f'<div class="gov-nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进璧山</a></div>'
            f'<div class="position">当前位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区公安分局</a> &gt; <a>政策解读</a></div>'
            f'<div class="detail"><h2 class="detail-t">{esc(art["title"])}</h2>'
            f'<div class="detail-sub">{y}/{int(m)}/{int(d)} {_hm(rng)}&nbsp;|&nbsp;来源：璧山区公安分局&nbsp;|&nbsp;字号：<a>大</a> <a>中</a> <a>小</a></div>'
            f'<div class="detail-main zw">' + "".join(blocks) + f'</div>{box}'
            f'<div class="detail-foot"><div class="share">分享：<a>微信</a><a>微博</a></div><a>打印</a> <a>关闭</a></div></div>'
            + _gov_foot(rng, "重庆市璧山区公安分局", "5001200022", "重庆市璧山区人民政府办公室"))
    head = (f'<title>{esc(art["title"])}_重庆市璧山区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="政策解读">')
    return head, body, url


def xx_mp_ydh117(art, rng, others):
    """学校 公众号 运动会 post: ``时间：``/``地点：``/``参赛人员：`` lines in a bordered card, a ``：``-ended lead-in,
    a 团体总分 table, a quote and a centred slogan (body); a banner, two ``▲`` captions, a 文字/图片/编辑/初审/复审/
    终审 chain, 阅读/点赞/在看 (not body); ``publish_time`` ``YYYY年MM月DD日 hh:mm`` with the 运动会 dates
    (10月23日至24日) in the text."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s?__biz=MzI{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 8)}&chksm={_n(rng, 8)}"
    who = rng.sample(WHO, 6)
    card_open = '<section style="border:2px solid #2e8b57;border-radius:8px;padding:8px 12px;margin:10px 0">'

    def special(p):
        for lab in ("时间：", "地点：", "参赛人员："):
            if p.startswith(lab):
                return (f'<p style="line-height:1.8em"><span style="font-size:15px;color:#2e8b57"><strong>{lab}</strong></span>'
                        f'<span style="font-size:15px">{esc(p[len(lab):])}</span></p>')
        if p.endswith("！") and len(p) < 12:
            return f'<p style="text-align:center"><strong><span style="font-size:20px;color:#2e8b57">{esc(p)}</span></strong></p>'
        return None

    raw = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:1.8em"><span style="font-size:15px">{x}</span></p>',
                  special=special, table=lambda rows: '<section style="overflow-x:auto">' + _table(rows, 'style="width:100%;border-collapse:collapse;text-align:center" border="1"') + '</section>')
    out = [raw[0], card_open + "".join(raw[1:4]) + "</section>"]
    for i, b in enumerate(raw[4:], start=4):
        out.append(b)
        if i in (4, 7):
            cap = "▲开幕式上的班级方阵" if i == 4 else "▲男子1500米比赛现场"
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{cap}</span></p>')
    banner = f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/640"></section>'
    tail = (f'<section style="margin-top:24px;font-size:12px;color:#999"><p>文字：{who[0]}　图片：{who[1]}</p><p>编辑：{who[2]}</p>'
            f'<p>初审：{who[3]}　复审：{who[4]}　终审：{who[5]}</p></section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">古南中学</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">綦江区古南中学校</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{banner}' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(1500, 9000)}</span><a>分享</a><a>点赞 {rng.randint(50, 400)}</a>'
            f'<a>在看 {rng.randint(10, 90)}</a><a>留言</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "綦江区古南中学校";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def qb_ep02_117(art, rng, others):
    """区报 e-paper 第02版：要闻: the masthead's ``YYYY年MM月DD日　星期X`` is the only visible date (the URL agrees),
    a 版次 bar (上一版/下一版/PDF/往期), 版面图 and 本版标题 list, 编辑/校对 lines, 上一篇/下一篇 and a copyright line
    (not body); p11 (GBK) a 要闻简报 column whose items are ``<b>`` heads and ``本报讯　`` lines, all ``<br>``-
    separated in one cell between ``<!--enpcontent-->`` markers; p12 uppercase ``<P>`` paragraphs in ``#ozoom`` with
    an 引题 and 副题 around the headline, a byline, a photo + caption table and a 链接 box after the text."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.cqyc.cn/ycrb/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 4)
    same = "".join(f'<li><a>{esc(x)}</a></li>' for x in rng.sample(PAGE2, 3))
    if p11:
        heads = set(art["body"][0::2])
        text = ('<!--enpcontent-->' + "".join(f"<b>{esc(p)}</b><br>" if p in heads else f"　　{esc(p)}<br><br>" for p in art["body"])
                + '<!--/enpcontent-->')
        top = f'<div class="title"><font size="5"><b>{esc(art["title"])}</b></font></div>'
        after = ""
    else:
        paras = [f"<P>　　{esc(p)}</P>" for p in art["body"]]
        photo = (f'<table class="pic" align="center"><tr><td><img src="../../../res/{y}{m}{d}/{_n(rng, 12)}.jpg" width="460"></td></tr>'
                 f'<tr><td class="picdesc">代表们使用电子表决器对民生实事项目逐项投票。　　记者　{who[1]}　摄</td></tr></table>')
        text = '<div id="ozoom"><founder-content>' + "".join(paras[:5]) + photo + "".join(paras[5:]) + '</founder-content></div>'
        top = (f'<div class="yt">聚焦区两会</div><h1>{esc(art["title"])}</h1>'
               f'<div class="ft">涉及教育、医疗、养老、交通、就业等领域</div><div class="author">记者　{who[0]}</div>')
        after = ('<div class="link-box"><h4>链接</h4><p>2024年，我区20件重点民生实事全部完成，累计完成投资18.6亿元，'
                 '新增养老床位860张、公共停车位2100个。</p></div>')
    body = (f'<div class="masthead"><img src="../../../images/ycrb_logo.gif" alt="永川日报"><div class="mh-r">'
            f'<span>{y}年{m}月{d}日　{_week(art)}</span><span>中共重庆市永川区委主管主办</span><span>国内统一连续出版物号：CN50-{_n(rng, 4)}</span></div></div>'
            f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="bc">'
            f'<a>上一版</a>　第02版：要闻　<a>下一版</a>　<a href="../../../page/{y}-{m}/{d}/02/{_n(rng, 8)}.pdf">PDF版</a>　<a>往期回顾</a></td></tr></table>'
            f'<table width="1000" align="center"><tr><td width="340" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/02/{y}{m}{d}02_b.jpg" width="320"></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>{same}</ul></div></td>'
            f'<td valign="top" class="art"><div class="article">{top}<div class="text">{text}</div>{after}'
            f'<div class="bj">编辑：{who[2]}　校对：{who[3]}</div>'
            f'<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">永川日报社版权所有　未经书面授权禁止转载、摘编　渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>永川日报数字报-第02版：要闻</title><meta name="keywords" content="永川日报,数字报,要闻">'
    return head, body, url


TEMPLATES = {"lsj_yjcb117": lsj_yjcb117, "tsg_mp_gjxf117": tsg_mp_gjxf117, "xzf_jggg117": xzf_jggg117,
             "qnw_rw117": qnw_rw117, "ga_hjzn117": ga_hjzn117, "xx_mp_ydh117": xx_mp_ydh117, "qb_ep02_117": qb_ep02_117}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages117", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
