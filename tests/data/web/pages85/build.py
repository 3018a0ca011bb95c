"""Build the eighty-fifth saved-page set (``pages85``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 公安分局 portal 警情通报 with 案情 items
(``gafj_jqtb_aj85``), a 市教委 公众号 招生 问答 post (``jw_mp_zswd85``), a 县政府网 人事任免 通知 with a
名单 on an old GBK table layout (``xzf_rmgg_md85``), a 人民网-like 地方频道 报道 with 记者： turns
(``rmw_cq_fangtan85``), a 区 交通局 portal 道路施工 通告 with a 路段 table (``jtj_dlsg_lduan85``), a 社区
公众号 疫苗接种 post (``sq_mp_ymjz85``) and a 市报 XHTML-style e-paper 要闻版 with 图片新闻 and 简讯
(``sb_epaper_ywb85``). ``articles.txt`` holds the title, date and reference body; the furniture
(not body) is written here. See README.md.

    python tests/data/web/pages85/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["邓启明", "秦雪梅", "熊海波", "谭思琪", "冉建军", "曾晓丽", "牟国庆", "向婷婷", "舒文杰", "谯燕"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")
KV = ("时间", "地点", "参加人员", "接种对象", "联系电话")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…`` or a short line without a full stop or colon)."""
    return (p.startswith(NUM_HEADS) or len(p) <= 6) and "。" not in p and "：" not in p


def _turn(p: str) -> bool:
    """A question turn of an interview or Q&A (``记者：``/``问：``)."""
    return p.startswith(("记者：", "问："))


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f"<table {attrs}><tbody>" + "".join(
        "<tr>" + "".join(f'<td style="text-align:center"><p>{esc(c)}</p></td>' for c in r.split(" ")) + "</tr>"
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
        elif kv and p.startswith(KV) and "：" in p[:6]:
            k, v = p.split("：", 1)
            out.append(kv(esc(k), esc(v)))
        else:
            out.append(para(esc(p)))
    return out


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="footer"><div class="ft-links"><a>网站地图</a>|<a>联系我们</a>|<a>网站声明</a>|<a>隐私保护</a></div>'
            f'<p>主办单位：{host}&nbsp;&nbsp;&nbsp;承办单位：{host}办公室</p>'
            f'<p>渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：{code}</p>'
            f'<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div>'
            f'<div class="jiucuo"><img src="/images/jiucuo.png" alt="政府网站找错"></div></div>')


def gafj_jqtb_aj85(art, rng, others):
    """区 公安分局 portal (TRS-like): 警情通报 with 一、 heads and （一） 案情 items (body); p01 (GBK) a
    visible `发布时间：YYYY年MM月DD日` span and a later `更新时间` under the text, a 平安提示 card
    beside; p02 the date only in meta `publishdate` and the URL, an 反诈 QR box and 警方提醒 items."""
    y, m, d = _ymd(art)
    place = art["place"]
    first = art["id"] == "p01"
    url = f"http://www.{'ybq' if first else 'cqspb'}.gov.cn/bmjz/qgafj/zwgk_{_n(rng, 5)}/jqtb/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em;"><strong>{t}</strong></p>')
    if first:
        info = (f'<div class="xxgk-info"><span class="fbsj">发布时间：{y}年{m}月{d}日</span>&nbsp;|&nbsp;'
                f'<span>信息来源：{place}区公安分局</span>&nbsp;|&nbsp;<span>阅读次数：<script>document.write("{_n(rng, 4)}");</script></span>'
                f'&nbsp;|&nbsp;<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        after = f'<div class="gxsj">更新时间：{y}-{m}-{int(d) + 3:02d} {_hms(rng)}</div>'
        side = ('<div class="card pinan"><h4>平安提示</h4><p>守护好您的“钱袋子”</p>'
                '<p>陌生来电说退款，先挂电话再核实；不明链接不点击，个人信息不泄露。</p><p>报警电话：110</p></div>')
    else:
        info = (f'<div class="xxgk-info"><span>来源：{place}区公安分局</span><span>作者：分局宣传科</span>'
                f'<span>【<a>打印</a>】【<a>关闭</a>】</span></div>')
        after = ""
        side = ('<div class="card fzqr"><h4>国家反诈中心</h4><img src="/images/fzapp.png"><p>扫码下载国家反诈中心APP</p>'
                '<p>全民反诈 你我同行</p></div>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>')
    body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="{place}区人民政府"></div>'
            f'<div class="tools"><a>无障碍浏览</a><a>长者模式</a><a>繁体版</a></div></div>'
            f'<div class="nav"><ul><li>首页</li><li>政务公开</li><li>办事服务</li><li>政民互动</li><li>数据发布</li></ul></div>'
            f'<div class="position">您现在的位置：<a>首页</a> &gt; <a>部门信息</a> &gt; <a>区公安分局</a> &gt; <a>警情通报</a></div>'
            f'<div class="main"><div class="article-box"><h2 class="bt">{esc(art["title"])}</h2>{info}'
            f'<div class="view TRS_UEDITOR trs_paper_default trs_web">' + "".join(blocks) + '</div>' + after +
            f'<div class="tool"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a><a class="qz">QQ空间</a></div>'
            f'<div class="xgwz"><h4>相关文章</h4><ul>{rel}</ul></div></div>'
            f'<div class="sidebar">{side}</div></div>'
            + _gov_foot(rng, f"重庆市{place}区人民政府", f"50011{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}_{place}区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            + (f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">' if first else
               f'<meta name="publishdate" content="{y}-{m}-{d}">') +
            f'<meta name="ColumnName" content="警情通报"><meta name="ContentSource" content="{place}区公安分局">')
    return head, body, url


def jw_mp_zswd85(art, rng, others):
    """市教委 公众号 招生 问答: a 编者按 box (not body), heads in coloured bars, `问：` bold turns and
    `答：` answers (p03), `记者：`/name： turns (p04), a 温馨提示 card and a 咨询电话 card (not body),
    来源/编辑/审核 credits, 推荐阅读, 阅读原文/点赞/在看 row; p04's date only in the `ct` variable."""
    y, m, d = _ymd(art)
    acct = "重庆教育"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    blocks = _paras(art["body"],
                    lambda t: f'<p style="margin-bottom:12px;line-height:1.75em;"><span style="font-size:15px;color:#333;">{t}</span></p>',
                    head=lambda t: (f'<section style="margin:20px 0 10px;border-left:4px solid #1a6fd6;padding-left:8px;">'
                                    f'<p><strong><span style="color:#1a6fd6;font-size:17px">{t}</span></strong></p></section>'),
                    turn=lambda q, r: (f'<p style="margin-top:14px;line-height:1.75em;"><strong><span style="color:#1a6fd6">{q}：</span>'
                                       f'<span>{r}</span></strong></p>'))
    if art["id"] == "p03":
        note = ('<section style="background:#f2f7fd;padding:12px 14px;margin-bottom:16px;"><p><span style="font-size:14px;color:#666">'
                '编者按：中考是学生成长中的重要一步。为帮助考生和家长准确了解政策，本号特推出中考政策问答，敬请关注。</span></p></section>')
        extra = ('<section style="border:1px dashed #1a6fd6;padding:10px;margin:18px 0;"><p><strong>温馨提示</strong></p>'
                 '<p style="font-size:14px">招生政策以市教育考试院发布的正式文件为准。</p></section>')
        meta = f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {_hm(rng)}</em>'
    else:
        blocks.insert(2, f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                         '<p style="text-align:center"><span style="font-size:12px;color:#999">资料图</span></p>')
        note = ""
        extra = ('<section style="background:#fffbe6;padding:10px;margin:18px 0;"><p><strong>入学咨询电话</strong></p>'
                 f'<p style="font-size:14px">市教委基础教育处：023-{_n(rng, 8)}（工作日9:00—17:00）</p></section>')
        meta = '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>'
    tail = (f'<p><span style="font-size:12px;color:#b2b2b2">来源：重庆市教育委员会</span></p>'
            f'<p><span style="font-size:12px;color:#b2b2b2">编辑：{rng.choice(WHO)}　审核：{rng.choice(WHO)}</span></p>')
    rec = _rel(rng, others, 3, lambda t, dd: f'<p><a><span style="font-size:14px;color:#1a6fd6">▷ {t}</span></a></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n          </h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname" id="profileBt">'
            f'<a id="js_name">{acct}</a></span>{meta}<em id="js_ip_wording_wrp">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{note}' + "".join(blocks) + extra + tail +
            f'<section style="margin-top:20px"><p style="text-align:center"><strong>推荐阅读</strong></p>{rec}</section>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/0"></p>'
            f'<p style="text-align:center"><span style="font-size:12px;color:#999">点击“在看”，让更多家长看到</span></p></div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 5)}</span>'
            f'<span class="sns_opr_btn">分享</span><span>点赞 {rng.randint(20, 400)}</span><span>在看 {rng.randint(5, 90)}</span></div>'
            f'<div class="rich_media_extra"><p>留言</p><p>写留言</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:50])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";var nickname = "{acct}";</script>')
    return head, body, url


def xzf_rmgg_md85(art, rng, others):
    """县政府网 人事任免 通知 (GBK) on an old table layout: the 文号 line above the text, the text as
    `　　` `<br>` lines in one `<font>` (the 名单 one short line each), the 落款 and its date (not body,
    dated the day before), a 信息公开 grid (p05), `发布日期：Y/M/D` (p05) or the date only in meta
    PubDate and the URL (p06), 【打印】【关闭】, 相关信息 table, footer."""
    y, m, d = _ymd(art)
    place = art["place"]
    first = art["id"] == "p05"
    url = f"http://www.{'cqck' if first else 'cqws'}.gov.cn/zwgk_{_n(rng, 3)}/fdzdgknr/rsxx/rmmd/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    num = f"{place[:2]}府〔{y}〕{rng.randint(20, 90)}号"
    text = "<br>\n".join(f"{IND}{esc(p)}" for p in art["body"])
    text = f'<font style="font-size:16px;line-height:200%" face="仿宋_GB2312">{text}</font>'
    sign = (f'<p align="right"><font face="仿宋_GB2312">{place}县人民政府</font></p>'
            f'<p align="right"><font face="仿宋_GB2312">{y}年{int(m)}月{int(d) - 1}日</font></p>'
            f'<p><font size="2">（此件公开发布）</font></p>')
    grid = (f'<table width="92%" border="1" align="center" cellpadding="3" cellspacing="0" class="gk">'
            f'<tr><td width="15%">索 引 号：</td><td>11500229{_n(rng, 6)}/{y}-{_n(rng, 5)}</td><td width="15%">发文字号：</td><td>{num}</td></tr>'
            f'<tr><td>发布机构：</td><td>{place}县人民政府办公室</td><td>主题分类：</td><td>人事信息</td></tr></table>') if first else ""
    info = (f'<td align="center" class="f12">发布日期：{int(y)}/{int(m)}/{int(d)}&nbsp;&nbsp;&nbsp;&nbsp;来源：县政府办公室'
            f'&nbsp;&nbsp;&nbsp;&nbsp;【字号：<a>大</a>&nbsp;<a>中</a>&nbsp;<a>小</a>】</td>' if first else
            f'<td align="center" class="f12">来源：县政府办公室&nbsp;&nbsp;&nbsp;&nbsp;访问量：<script language="javascript">'
            f'document.write({_n(rng, 3)});</script></td>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<tr><td height="24">·<a>{t}</a></td><td width="90" class="f12">{dd}</td></tr>')
    body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td><img src="/images/top.jpg" width="1000" height="160" alt="{place}县人民政府"></td></tr>'
            f'<tr><td class="nav" height="38"><a>首页</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>人事信息</a>'
            f'&nbsp;|&nbsp;<a>政务服务</a>&nbsp;|&nbsp;<a>互动交流</a></td></tr></table>'
            f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">'
            f'<tr><td height="30" class="weizhi">&nbsp;当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>人事信息</a> &gt; <a>任免名单</a></td></tr>'
            f'<tr><td>{grid}<table width="92%" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td height="64" align="center"><font size="5" color="#B40000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr>{info}</tr><tr><td height="8"><hr size="1" color="#d0d0d0"></td></tr>'
            f'<tr><td align="center"><font face="仿宋_GB2312">{num}</font></td></tr>'
            f'<tr><td class="zw" valign="top">{text}{sign}</td></tr>'
            f'<tr><td align="right"><a href="javascript:window.print()">【打印】</a>&nbsp;<a href="javascript:window.close()">【关闭】</a></td></tr>'
            f'<tr><td><table width="100%" class="xgxx"><tr><td colspan="2"><b>相关信息</b></td></tr>{rel}</table></td></tr>'
            f'</table></td></tr></table>'
            f'<table width="1000" border="0" align="center" class="bottom"><tr><td align="center"><font color="#666666">'
            f'主办：{place}县人民政府办公室&nbsp;&nbsp;联系电话：023-{_n(rng, 8)}<br>'
            f'渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;网站标识码：500{_n(rng, 7)}&nbsp;&nbsp;渝公网安备{_n(rng, 14)}号</font></td></tr></table>')
    head = (f'<title>{esc(art["title"])}-{place}县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="keywords" content="任免">')
    return head, body, url


def rmw_cq_fangtan85(art, rng, others):
    """人民网-like 地方频道: the info line glued (`YYYY年MM月DD日HH:MM | 来源：…`) (p07) or `YYYY-MM-DD
    HH:MM` (p08), a photo with `图为…` caption, `记者：` turns in bold and `name：` answers (body),
    (责编：…, …), 分享到, 相关新闻 with dates, 推荐阅读 pictures, 人民网 footer and copyright notice."""
    y, m, d = _ymd(art)
    url = f"http://cq.people.com.cn/n2/{y}/{m}{d}/c3657{_n(rng, 2)}-{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f"<p style=\"text-indent: 2em;\">{t}</p>",
                    turn=lambda q, r: f'<p style="text-indent: 2em;"><strong>{q}：{r}</strong></p>')
    cap = "图为红岩村村民在“积分超市”兑换物品。" if art["id"] == "p07" else "图为巴川小学学生表演龙舞。"
    blocks.insert(3, f'<p style="text-align: center;"><img src="/NMediaFile/{y}/{m}{d}/LOCAL{_n(rng, 12)}.jpg" width="600"></p>'
                     f'<p style="text-align: center;"><span class="tjian">{cap}{esc(art["place"])}区委宣传部供图</span></p>')
    src = "人民网－重庆频道"
    if art["id"] == "p07":
        info = f'<div class="box01"><div class="fl">{y}年{m}月{d}日{_hm(rng)}&nbsp;&nbsp;|&nbsp;&nbsp;来源：<a>{src}</a></div>'
    else:
        info = f'<div class="box01"><div class="fl">{y}-{m}-{d} {_hm(rng)}&nbsp;&nbsp;来源：<a>{src}</a></div>'
    info += '<div class="fr"><span>小字号</span><a class="share">分享到：</a><a>微信</a><a>微博</a></div></div>'
    who = rng.sample(WHO, 2)
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><a>{t}</a>&nbsp;<em>{dd[:4]}年{dd[5:7]}月{dd[8:]}日</em></li>')
    pics = _rel(rng, others, 3, lambda t, dd: f'<li><img src="/img/2024/tj.jpg"><p><a>{t}</a></p></li>')
    body = (f'<div class="header"><div class="w1000"><a class="logo">人民网</a><span>重庆频道</span>'
            f'<ul><li>首页</li><li>时政</li><li>区县</li><li>经济</li><li>社会</li><li>领导留言板</li></ul></div></div>'
            f'<div class="w1000 clearfix"><div class="route fl"><a>人民网</a>&gt;&gt;<a>重庆频道</a>&gt;&gt;<a>区县</a></div></div>'
            f'<div class="w1000 text_title"><h1>{esc(art["title"])}</h1>'
            f'<p class="author">记者 {who[0]}</p>{info}</div>'
            f'<div class="w1000 clearfix"><div class="fl text_con" id="rwb_zw"><div class="text_con_left">' + "".join(blocks) +
            f'</div><div class="edit clearfix">(责编：{who[1]}、{rng.choice(WHO)})</div>'
            f'<div class="box_news"><h2>相关新闻</h2><ul>{rel}</ul></div>'
            f'<div class="box_pic"><h2>推荐阅读</h2><ul>{pics}</ul></div></div>'
            f'<div class="fr"><div class="hot"><h3>热点排行</h3><ol>' + _rel(rng, others, 5, lambda t, dd: f"<li><a>{t}</a></li>") +
            f'</ol></div><div class="ewm"><img src="/img/ewm.jpg"><p>人民网重庆频道微信</p></div></div></div>'
            f'<div class="footer"><p>人民日报社概况｜关于人民网｜报社招聘｜招聘英才｜广告服务｜合作加盟｜供稿服务｜网站声明</p>'
            f'<p>人民网版权所有，未经书面授权禁止使用</p><p>Copyright &copy; 1997-{y} by www.people.com.cn. all rights reserved</p></div>')
    head = (f'<title>{esc(art["title"])}--重庆频道--人民网</title><meta name="keywords" content="{esc(art["place"])}">'
            f'<meta name="description" content="{esc(art["body"][0][:40])}"><meta name="publishdate" content="{y}-{m}-{d}">'
            f'<meta name="source" content="来源：{src}"><meta name="author" content="{who[0]}">')
    return head, body, url


def jtj_dlsg_lduan85(art, rng, others):
    """区 交通局 portal: p09 (GBK) a 施工 通告 with 一、 heads and a 路段 table (body), 落款 and date and an
    附件 绕行示意图 line (not body), info spans glued without whitespace; p10 news with `1.` items, a
    photo with `图为…（… 摄）` caption, `日期：Y/M/D` and a later `更新时间`, a 出行提示 card beside."""
    y, m, d = _ymd(art)
    place = art["place"]
    tg = art["id"] == "p09"
    url = f"http://www.{'cqjb' if tg else 'cqjlp'}.gov.cn/bm/qjtj/zwxx_{_n(rng, 5)}/{'tzgg' if tg else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2em;"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>',
                    head=lambda t: f'<p style="text-indent:2em;"><span style="font-family:黑体;font-size:16pt">{t}</span></p>')
    if tg:
        tail = (f'<p>&nbsp;</p><p style="text-indent:2em;">附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.jpg">五里店立交施工期间绕行示意图</a></p>'
                f'<p style="text-align:right;">重庆市{place}区交通运输委员会</p><p style="text-align:right;">重庆市公安局{place}区分局</p>'
                f'<p style="text-align:right;">{y}年{int(m)}月{int(d)}日</p>')
        info = (f'<div class="xl_info"><span>发布日期：{y}-{m}-{d}</span><span>来源：{place}区交通运输委员会</span>'
                f'<span>字号：<a>大</a><a>中</a><a>小</a></span></div>')
        after = ""
        side = ""
    else:
        blocks.insert(7, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" border="0"></p>'
                         f'<p style="text-align:center"><span style="font-family:楷体">图为华岩新城连接道施工现场。（{rng.choice(WHO)} 摄）</span></p>')
        tail = ""
        info = (f'<div class="xl_info"><span>日期：{int(y)}/{int(m)}/{int(d)}</span>&nbsp;&nbsp;<span>来源：区交通局</span>&nbsp;&nbsp;'
                f'<span>浏览次数：<script>document.write("{_n(rng, 3)}")</script></span></div>')
        after = f'<p class="gxsj">【更新时间：{y}-{m}-{int(d) + 1:02d}】</p>'
        side = ('<div class="side"><div class="card"><h4>出行提示</h4><p>施工路段请减速慢行</p>'
                '<p>实时路况请关注“重庆交通”APP</p></div></div>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>')
    body = (f'<div class="top"><div class="logo"><img src="/images/logo.png" alt="重庆市{place}区人民政府"></div>'
            f'<div class="search"><input value="请输入关键字"><a>搜索</a></div></div>'
            f'<div class="menu"><a>首页</a><a>机构职能</a><a>政务公开</a><a>交通动态</a><a>通知公告</a><a>互动交流</a></div>'
            f'<div class="location">当前位置：<a>首页</a> &gt; <a>区交通局</a> &gt; <a>{"通知公告" if tg else "交通动态"}</a></div>'
            f'<div class="xl"><div class="xl_tit">{esc(art["title"])}</div>{info}'
            f'<div class="xl_con zw" id="zoom">' + "".join(blocks) + tail + '</div>' + after +
            f'<div class="xl_bot"><span>【责任编辑：{rng.choice(WHO)}】</span><a>【打印本页】</a><a>【关闭窗口】</a></div>'
            f'<div class="xl_share">分享到：<a>微信</a><a>微博</a></div>'
            f'<div class="xgyd"><h4>相关阅读</h4><ul>{rel}</ul></div></div>{side}'
            + _gov_foot(rng, f"重庆市{place}区人民政府", f"50010{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}-重庆市{place}区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="{"通知公告" if tg else "交通动态"}">')
    return head, body, url


def sq_mp_ymjz85(art, rng, others):
    """社区 公众号 疫苗接种: a banner gif, 时间：/地点：/接种对象： items and short list lines and a slogan
    (body), a poster image, a 温馨提示 card and a 咨询电话 line (not body), emoji ornaments,
    编辑/审核 credits, 往期回顾, 阅读原文/点赞/在看 row."""
    y, m, d = _ymd(art)
    acct = "南坪街道"
    url = f"https://mp.weixin.qq.com/s?__biz={_wx_id(rng)[:14]}==&mid={_n(rng, 10)}&idx=2&sn={_wx_id(rng)}"
    blocks = _paras(art["body"], lambda t: f'<p style="line-height:1.8em;"><span style="font-size:15px;">{t}</span></p>',
                    kv=lambda k, v: (f'<p style="line-height:1.8em;"><span style="font-size:15px;"><strong>'
                                     f'<span style="color:#d9534f">📍{k}：</span></strong>{v}</span></p>'))
    blocks.insert(0, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/640"></p>')
    blocks.insert(4, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>')
    tip = ('<section style="background:#fdf1f1;border-radius:8px;padding:12px;margin:16px 0;">'
           '<p style="text-align:center"><strong>💡温馨提示</strong></p>'
           '<p><span style="font-size:14px">接种后请在现场留观30分钟，当天接种部位保持干燥。</span></p>'
           f'<p><span style="font-size:14px">咨询电话：023-{_n(rng, 8)}</span></p></section>')
    who = rng.sample(WHO, 2)
    rec = _rel(rng, others, 3, lambda t, dd: f'<p><a><span style="font-size:14px">👉 {t}</span></a></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">{acct}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {_hm(rng)}</em>'
            f'<em id="js_ip_wording_wrp">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(blocks) + tip +
            f'<p style="text-align:right"><span style="font-size:12px;color:#aaa">来源：南坪街道社区卫生服务中心</span></p>'
            f'<p style="text-align:right"><span style="font-size:12px;color:#aaa">编辑：{who[0]}　审核：{who[1]}</span></p>'
            f'<section><p style="text-align:center"><strong>— 往期回顾 —</strong></p>{rec}</section>'
            f'<p style="text-align:center"><span style="font-size:13px">🌟 点个“在看”，把健康分享给邻居 🌟</span></p></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 3)}</span><span>点赞 {rng.randint(3, 40)}</span>'
            f'<span>在看 {rng.randint(1, 20)}</span></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";var nickname = "{acct}";</script>')
    return head, body, url


def sb_epaper_ywb85(art, rng, others):
    """市报 XHTML-style e-paper 要闻版 (self-closed `<br />`/`<img />`): banner with date/weekday, 版次 selector with PDF,
    版面导航, the 引题, the text as `　　` `<br />` lines in one div opening with 本报讯, 记者 line, a
    图片新闻 block with its own caption and a 简讯 block (second articles, not body), 上一篇/下一篇,
    copyright notice."""
    y, m, d = _ymd(art)
    url = f"https://epaper.cqrb.cn/html/cqrb/{y}-{m}/{d}/001/content_{_n(rng, 6)}.htm"
    text = "<br />\n".join(f"{IND}{esc(p)}" for p in art["body"])
    bans = "".join(f'<li><a>第{i:03d}版：{n}</a></li>' for i, n in enumerate(("要闻", "要闻", "综合", "区县", "经济"), start=1))
    pic = (f'<div class="tpxw"><h3>图片新闻</h3><img src="../../../../res/{y}{m}{d}/tp01.jpg" />'
           '<p>1月17日，市民在解放碑步行街选购年货，节日氛围日渐浓厚。（记者 ' + rng.choice(WHO) + ' 摄）</p></div>')
    brief = ('<div class="jx"><h3>简讯</h3>'
             '<p><b>我市新开通两条城际公交线路</b>　1月16日，连接主城与周边区县的两条城际公交线路开通运营，日均发车60余班次。</p>'
             '<p><b>全市冬季消防安全检查启动</b>　即日起至2月底，全市将开展冬季消防安全大检查，重点排查人员密集场所。</p></div>')
    body = (f'<div class="head"><img src="../../../../images/logo.jpg" alt="重庆日报" /><span>{y}年{int(m)}月{int(d)}日 {_week(art)}</span>'
            f'<span>第{_n(rng, 5)}期</span></div>'
            f'<div class="bcsel"><span>第001版：要闻</span>&nbsp;<a>上一版</a>&nbsp;<a>下一版</a>&nbsp;'
            f'<a href="../../../../page/{y}-{m}/{d}/001/{y}{m}{d}001_pdf.pdf">PDF下载</a>&nbsp;<a>往期回顾</a></div>'
            f'<div class="left"><img src="../../../../page/{y}-{m}/{d}/001/s.jpg" /><ul class="bmdh">{bans}</ul>'
            f'<div class="bmwz"><h4>本版标题导航</h4><ul>' + _rel(rng, others, 4, lambda t, dd: f"<li><a>{t}</a></li>") + '</ul></div></div>'
            f'<div class="right"><div class="detail"><p class="yinti">聚焦群众急难愁盼</p><h1>{esc(art["title"])}</h1>'
            f'<p class="fubt">涉及教育医疗养老就业等领域</p><p class="zz">本报记者 {rng.choice(WHO)}</p>'
            f'<div id="ozoom" class="content">{text}</div>{pic}{brief}'
            f'<div class="sxp"><a>上一篇：{esc(others[2][0])}</a><br /><a>下一篇：{esc(others[3][0])}</a></div></div></div>'
            f'<div class="foot">重庆日报报业集团 版权所有 未经书面授权 不得复制或建立镜像<br />渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>重庆日报--{esc(art["title"])}</title><meta name="keywords" content="民生实事" />'
    return head, body, url


TEMPLATES = {"gafj_jqtb_aj85": gafj_jqtb_aj85, "jw_mp_zswd85": jw_mp_zswd85, "xzf_rmgg_md85": xzf_rmgg_md85,
             "rmw_cq_fangtan85": rmw_cq_fangtan85, "jtj_dlsg_lduan85": jtj_dlsg_lduan85, "sq_mp_ymjz85": sq_mp_ymjz85,
             "sb_epaper_ywb85": sb_epaper_ywb85}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages85", TEMPLATES, lambda art: "held-apart")


if __name__ == "__main__":
    main()
