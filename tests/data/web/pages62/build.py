"""Build the sixty-second saved-page set (``pages62``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 农业农村委 portal 高标准农田 建设 news page
(``nyncw_gbnt_jianshe``), a 医保局 公众号 政策解读 post with 一图读懂 images (``ybj_mp_yitu_jiedu``),
a 县 政府网 招商 签约 page with its 项目 list (``xzf_zhaoshang_qianyue``), a provincial Party paper's
news site 专访 with ``记者：`` turns (``cgxw_yaowen_zhuanfang``), a 区 民政局 portal 养老服务 news
page (``mzj_yanglao_fuwu``), a 村 公众号 红白理事会 公示 post (``cun_mp_hbls_gongshi``) and a 市 党报
e-paper 要闻版 page with 编者按 and 小标题 (``shibao_yaowenban_bza``). ``articles.txt`` holds the
title, date and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages62/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
XML_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n')
HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _table(rows, attrs: str) -> str:
    """Table rows (cells joined by single spaces) as one ``<table>``, the first row as the head."""
    out = []
    for k, r in enumerate(rows):
        tag = "th" if k == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _paras(body, para_fn, attrs: str, after=None) -> str:
    """Paragraphs through ``para_fn``, runs of table rows as one table; ``after(i)`` may add
    furniture after paragraph ``i``."""
    out, run = [], []
    for i, p in enumerate(body + [None]):
        if p is not None and _row(p):
            run.append(p)
            continue
        if run:
            out.append(_table(run, attrs))
            run = []
        if p is not None:
            out.append(para_fn(p))
            if after:
                out.append(after(i))
    return "".join(out)


def _related(others, n, fmt) -> str:
    return "".join(f'<li><a href="#">{esc(t)}</a><span>{fmt(d)}</span></li>' for t, d in others[:n])


def _gov_footer(site: str, rng, region: str = "渝") -> str:
    return (f'<div class="footer"><p>主办：{site}　承办：{site}办公室　联系电话：023-{_n(rng, 8)}</p>'
            f'<p>{region}ICP备{_n(rng, 8)}号-1　<img src="/images/ga.png">{region}公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a> | <a href="#">适老化无障碍服务</a></p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>')


def _wx(art, rng, others, acc: str, date: str, content: str, original: bool = True) -> tuple[str, str]:
    """A WeChat post's shell: meta row (原创, author, account, visible publish time), ``content``,
    the 阅读原文/阅读/赞/在看 row, 写留言 and 喜欢此内容的人还喜欢."""
    y, m, d = _ymd(art)
    t = date.split(" ")[-1] if ":" in date else _hm(rng)
    tag = '<span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>' if original else ""
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">{tag}'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{acc}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{date}</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">{content}</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a>'
            f'<span id="readNum3">阅读 {_n(rng, 4)}</span><span>分享</span><span>收藏</span>'
            f'<span id="like3">点赞 {_n(rng, 2)}</span><span>在看 {_n(rng, 1)}</span></div>'
            '<div class="discuss_container"><a>写留言</a></div>'
            '<div class="rich_media_extra"><p>喜欢此内容的人还喜欢</p>'
            + "".join(f"<p><a>{esc(tt)}</a></p>" for tt, _ in others[2:5]) + '</div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}";var nickname = "{acc}";var publish_time = "{y}-{m}-{d}" || "";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:40])}">'
            '<meta name="viewport" content="width=device-width,initial-scale=1.0">')
    return head, body


def nyncw_gbnt_jianshe(art, rng, others):
    """区 农业农村委 portal 高标准农田 news. p01 (GBK): old table layout, the info line as one
    ``<td>`` with ``&nbsp;`` runs (发布时间 with seconds, 信息来源, a ``document.write`` counter), the
    text as ``<br>``-joined ``　　`` lines inside ``<font>``, a photo + caption after the third line,
    a 政策链接 box, 打印本页/关闭窗口. p02: info ``<span>``s with no whitespace (发布日期, 更新日期 a day
    later), bold 一、 heads, the tasks as a ``<table>``, a 农业小知识 card, share, 相关新闻 with dates."""
    y, m, d = _ymd(art)
    pid = art["id"]
    if pid == "p01":
        site = "重庆市永川区农业农村委员会"
        lines = []
        for i, p in enumerate(art["body"]):
            lines.append(IND + esc(p))
            if i == 2:
                lines.append('<div align="center"><img src="/UploadFiles/202309/2023091410' f'{_n(rng, 6)}.jpg" width="600"></div>'
                             '<div align="center"><font color="#666666">仙龙镇大沟村高标准农田建设现场。（区农业农村委供图）</font></div>')
        text = "<br>\n".join(lines)
        body = (f'<table width="1002" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="/images/banner.jpg" alt="{site}"></td></tr>'
                '<tr><td class="menu"><a>网站首页</a>&nbsp;|&nbsp;<a>机构设置</a>&nbsp;|&nbsp;<a>农业要闻</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;'
                '<a>农田建设</a>&nbsp;|&nbsp;<a>乡村振兴</a>&nbsp;|&nbsp;<a>网上办事</a></td></tr></table>'
                '<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="230" valign="top"><table width="100%"><tr><td class="lmbt">农田建设</td></tr>'
                '<tr><td><a>项目管理</a></td></tr><tr><td><a>建设动态</a></td></tr><tr><td><a>政策法规</a></td></tr></table>'
                '<table width="100%" class="zclj"><tr><td class="lmbt">政策链接</td></tr>'
                '<tr><td><a>高标准农田建设通则</a></td></tr><tr><td><a>农田建设项目管理办法</a></td></tr></table></td>'
                '<td valign="top" class="right"><table width="100%"><tr><td class="dqwz">当前位置：<a>首页</a>&gt;&gt;<a>农田建设</a>&gt;&gt;<a>建设动态</a></td></tr>'
                f'<tr><td align="center" class="bt" height="50"><font size="4" color="#003399"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="xx">发布时间：{y}-{m}-{d} {_hms(rng)}&nbsp;&nbsp;&nbsp;信息来源：区农业农村委&nbsp;&nbsp;&nbsp;'
                f'阅读次数：<script language="javascript" src="/count.asp?id={_n(rng, 5)}"></script><script>document.write("{_n(rng, 3)}");</script>'
                '&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                '<tr><td height="1" bgcolor="#cccccc"></td></tr>'
                f'<tr><td class="nr"><font style="font-size:15px;line-height:30px">{text}</font></td></tr>'
                '<tr><td align="right">【责任编辑：刘　洋】</td></tr>'
                '<tr><td align="center"><a href="javascript:window.print()">打印本页</a>&nbsp;&nbsp;<a href="javascript:window.close()">关闭窗口</a></td></tr>'
                f'<tr><td>上一篇：<a>{esc(others[0][0])}</a></td></tr><tr><td>下一篇：<a>{esc(others[1][0])}</a></td></tr></table></td></tr></table>'
                f'<table width="1002" align="center"><tr><td class="foot" align="center">版权所有：{site}&nbsp;&nbsp;地址：永川区人民大道<br>'
                f'渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：{_n(rng, 10)}<br>建议使用1024×768分辨率浏览</td></tr></table>')
        head = (f'<title>{esc(art["title"])}-{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ContentSource" content="区农业农村委">')
        return head, body, f"http://nyncw.cqyc.gov.cn/Article/ShowArticle.asp?ArticleID={_n(rng, 5)}"
    site = "重庆市潼南区农业农村委员会"

    def para(p):
        if p.startswith(HEADS):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'

    def after(i):
        if i == 1:
            return ('<p style="text-align:center"><img src="./W0202404' f'{_n(rng, 10)}.jpg" oldsrc="W0202404.jpg"></p>'
                    '<p style="text-align:center">开工仪式现场。（潼南区农业农村委供图）</p>')
        return ""
    text = _paras(art["body"], para, 'border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse"', after=after)
    t = _hm(rng)
    body = ('<div class="topbar"><span>今天是：<script>document.write(new Date().toLocaleDateString());</script></span><a>无障碍</a><a>长者模式</a></div>'
            f'<div class="header"><img src="/images/logo.png" alt="{site}"><div class="search"><input value="请输入关键词"><a>搜索</a></div></div>'
            '<ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>乡村振兴</li></ul>'
            '<div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>部门动态</a></div>'
            f'<div class="content"><div class="title">{esc(art["title"])}</div>'
            f'<div class="property"><span>发布日期：{y}-{m}-{d}</span><span>更新日期：{y}-{m}-{int(d) + 1:02d}</span>'
            f'<span>来源：潼南区农业农村委</span><span>浏览：{_n(rng, 3)}</span><span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
            f'<div class="bt_content"><div class="TRS_Editor">{text}</div></div>'
            '<div class="card"><h4>农业小知识</h4><p>高标准农田是指田块平整、集中连片、设施完善、节水高效、农电配套、宜机作业、'
            '土壤肥沃、生态友好、抗灾能力强，与现代农业生产和经营方式相适应的旱涝保收、稳产高产的耕地。</p></div>'
            '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            '<div class="print"><a>【打印】</a><a>【关闭】</a></div>'
            '<div class="xgxw"><h3>相关新闻</h3><ul>' + _related(others, 5, lambda dd: dd) + '</ul></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_部门动态_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ColumnName" content="部门动态">')
    return head, body, f"http://www.cqstn.gov.cn/bm/qnyncw/zwxx_78462/dt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def ybj_mp_yitu_jiedu(art, rng, others):
    """医保局 公众号 政策解读 post. p03: a 来源 line and 一图读懂 long image at the top, 问：/答： turns as
    ``<section>``s with the question bold and coloured, 来源/编辑/审核 lines and a 扫码关注 QR at the end.
    p04: the post opens with an audio card and a 原标题 line, small heads (谁来缴费？) as bold coloured
    ``<span>``s on their own, ``1.`` items, an 一图读懂 image between paragraphs, a 温馨提示 box."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    sec = '<section style="margin:0 8px;line-height:1.75em;letter-spacing:1px">'
    if art["id"] == "p03":
        acc = "重庆医保"
        out = ['<section style="text-align:center"><span style="color:#888;font-size:12px">来源：重庆市医疗保障局</span></section>',
               f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 12)}/640" class="rich_pages wxw-img"></section>',
               '<section style="text-align:center"><span style="font-size:12px;color:#999">▲一图读懂</span></section>']
        for p in art["body"]:
            if p.startswith("问："):
                out.append(f'{sec}<p><strong><span style="color:#1e6fd9">{esc(p)}</span></strong></p></section>')
            else:
                out.append(f'{sec}<p><span style="font-size:15px">{esc(p)}</span></p></section>')
        out.append('<p><br></p><section style="font-size:12px;color:#888"><p>来源：市医保局待遇保障处</p><p>编辑：何　佳</p><p>审核：张　明</p></section>'
                   f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_n(rng, 12)}/640"><p>长按识别二维码 关注“重庆医保”</p></section>')
        date = f"{y}-{m}-{d} {t}"
        head, body = _wx(art, rng, others, acc, date, "".join(out))
        return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 10)}Yb{_n(rng, 6)}"
    acc = "万州医保"
    out = ['<section class="audio_card"><mpvoice name="长期护理保险政策解读" play_length="186000"></mpvoice><span>长期护理保险政策解读</span><span>03:06</span></section>',
           f'<section style="font-size:13px;color:#7f7f7f"><p>原标题：《万州区长期护理保险制度实施办法》政策解读</p></section>']
    for i, p in enumerate(art["body"]):
        if p.endswith("？") and len(p) < 10:
            out.append(f'<p style="text-align:left"><span style="color:#c00000;font-size:17px"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 1:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_n(rng, 12)}/640" data-ratio="3.2"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">一图读懂长期护理保险</span></p>')
    out.append('<section style="border:1px dashed #1e6fd9;padding:10px"><p><strong>温馨提示</strong></p>'
               '<p>长期护理保险待遇申请不收取任何费用，请勿相信“代办评估”等虚假信息，谨防上当受骗。</p></section>'
               '<p style="font-size:12px;color:#888">编辑：冉　静　　初审：王　超　　终审：李　洁</p>')
    date = f"{y}年{int(m)}月{int(d)}日 {t}"
    head, body = _wx(art, rng, others, acc, date, "".join(out), original=False)
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 8)}WzYb{_n(rng, 7)}"


def xzf_zhaoshang_qianyue(art, rng, others):
    """县 政府网 招商 签约 page. p05 (GBK): ``<div id="zoom">`` with ``<p>``s in ``<font>``, the ``1.``
    project items and a one-line 到位资金 paragraph, a 招商热线 box beside it, 发布时间 ``2023/7/18``
    in a ``<td>``, 【打印】【关闭】, 上一条/下一条. p05's date in the 2023年07月18日 shape in meta only.
    p06: the project list as a ``<table>`` under a 签约项目 line, a 项目推介 card (other projects, not
    body), 分享, 责任编辑, a date written ``2024年01月10日 16:20`` and an 阅读数 counter."""
    y, m, d = _ymd(art)
    if art["id"] == "p05":
        site = "石柱土家族自治县人民政府"
        paras = "".join(f'<p style="text-indent:2em;line-height:2em"><font face="仿宋_GB2312" size="4">{esc(p)}</font></p>'
                        for p in art["body"])
        body = (f'<div class="top"><img src="/images/top.jpg" alt="{site}"></div>'
                '<div class="dh"><a>首页</a><a>走进石柱</a><a>政务公开</a><a>招商引资</a><a>政务服务</a><a>互动交流</a></div>'
                '<div class="wz">您现在的位置：<a>首页</a> &gt; <a>招商引资</a> &gt; <a>招商动态</a></div>'
                '<table width="100%" class="xl"><tr><td valign="top" width="720">'
                f'<h2 class="bt">{esc(art["title"])}</h2>'
                f'<table width="100%" class="sx"><tr><td>发布时间：{y}/{int(m)}/{int(d)}</td><td>来源：县招商投资促进局</td>'
                f'<td>点击数：{_n(rng, 4)}</td><td>【<a>大</a> <a>中</a> <a>小</a>】</td></tr></table>'
                f'<div id="zoom" class="con">{paras}</div>'
                '<div class="dy">【<a>打印</a>】【<a>关闭</a>】</div>'
                f'<div class="sxt"><p>上一条：<a>{esc(others[2][0])}</a></p><p>下一条：<a>{esc(others[3][0])}</a></p></div></td>'
                '<td valign="top" class="rbox"><div class="zsrx"><h4>招商热线</h4><p>县招商投资促进局</p>'
                f'<p>电话：023-7333{_n(rng, 4)}</p><p>地址：石柱县南宾街道万寿大道</p></div>'
                '<div class="zsxm"><h4>重点招商项目</h4><ul><li><a>黄连产业园配套项目</a></li><li><a>冷水镇避暑小镇项目</a></li><li><a>莼菜深加工项目</a></li></ul></div></td></tr></table>'
                + _gov_footer(site, rng))
        head = (f'<title>{esc(art["title"])}_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}年{m}月{d}日"><meta name="keywords" content="招商引资,签约">')
        return head, body, f"http://www.cqsz.gov.cn/zsyz/zsdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    site = "重庆市奉节县人民政府"
    t = _hm(rng)
    text = _paras(art["body"], lambda p: f"<p>{IND}{esc(p)}</p>", 'class="xmb" border="1" width="90%" align="center"')
    body = ('<div class="head"><img src="/images/logo.png" alt="奉节县人民政府"><ul class="nav"><li>首页</li><li>政务公开</li>'
            '<li>投资奉节</li><li>文化旅游</li><li>互动交流</li></ul></div>'
            '<div class="crumbs"><a>首页</a> / <a>投资奉节</a> / <a>招商动态</a></div>'
            f'<div class="article-box"><h1>{esc(art["title"])}</h1>'
            f'<div class="msg">{y}年{m}月{d}日 {t}&nbsp;&nbsp;来源：奉节县投资促进中心&nbsp;&nbsp;阅读数：<span id="hits">{_n(rng, 4)}</span></div>'
            f'<div class="con">{text}</div>'
            '<p class="zrbj">责任编辑：向　丽</p>'
            '<div class="share">分享：<a class="wx">微信</a><a class="wb">微博</a></div>'
            '<div class="xmtj"><h3>项目推介</h3><ul><li>夔门文旅康养项目 投资额8亿元</li><li>脐橙加工物流园二期 投资额3亿元</li>'
            '<li>竹木制品加工项目 投资额1.2亿元</li></ul><a>更多项目&gt;&gt;</a></div>'
            '<div class="xgwz"><h3>相关文章</h3><ul>' + _related(others, 4, lambda dd: dd.replace("-", "/")) + '</ul></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}-奉节县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}:00"><meta name="ColumnName" content="招商动态">')
    return head, body, f"http://www.cqfj.gov.cn/tzfj/zsdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def cgxw_yaowen_zhuanfang(art, rng, others):
    """Provincial Party paper's news site 专访 page (a 川观新闻-like web page): a 客户端 download bar,
    the headline and a 原标题-free 来源：XX客户端 line with 记者 and 编辑 names, 记者： turns bold,
    answers opening with ``区委书记：`` and continued by plain paragraphs, a 人物简介 box after the
    text (not body), 编辑/审核/终审 lines, 版权声明, 热门推荐 list with dates."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    out = []
    for p in art["body"]:
        if p.startswith("记者："):
            out.append(f'<p><strong>{esc(p)}</strong></p>')
        elif p.startswith("区委书记："):
            out.append(f'<p><strong>区委书记：</strong>{esc(p[5:])}</p>')
        else:
            out.append(f"<p>{esc(p)}</p>")
    text = "".join(out[:2]) + ('<p style="text-align:center"><img src="https://img.cgxw.example/' f'{y}{m}{d}/{_n(rng, 9)}.jpg"></p>'
                               '<p style="text-align:center">前锋区某小区院落议事会现场。（受访单位供图）</p>') + "".join(out[2:])
    body = ('<div class="app-bar"><img src="/img/app.png"><span>打开川观新闻客户端 阅读体验更佳</span><a>立即打开</a></div>'
            '<div class="header"><a class="logo">川观新闻</a><ul><li>首页</li><li>要闻</li><li>时政</li><li>市州</li><li>视频</li></ul></div>'
            f'<div class="detail"><div class="detail-title"><h1>{esc(art["title"])}</h1></div>'
            f'<div class="detail-info"><span class="source">来源：川观新闻客户端</span><span class="author">记者 何　勇</span>'
            f'<span class="time">{y}-{m}-{d} {t}</span><span class="pv">{_n(rng, 2)}.{_n(rng, 1)}万阅读</span></div>'
            f'<div class="detail-content">{text}</div>'
            '<div class="rwjj"><h4>人物简介</h4><p>受访者现任中共广安市前锋区委书记，长期在基层工作，曾任乡镇党委书记、区政府副区长等职。</p></div>'
            '<div class="editor"><p>编辑：杨　帆　　审核：周　伟　　终审：陈　洁</p></div>'
            '<div class="copyright">版权声明：凡注明“来源：川观新闻”或“川观新闻记者”的所有作品，版权均属于川观新闻，'
            '未经授权禁止转载、摘编或以其他方式使用。</div>'
            '<div class="bar"><span>点赞 ' f'{_n(rng, 3)}</span><span>评论 {_n(rng, 2)}</span><span>分享</span></div>'
            '<div class="hot"><h3>热门推荐</h3><ul>' + _related(others, 5, lambda dd: dd[5:]) + '</ul></div></div>'
            '<div class="footer"><p>四川日报全媒体集群 版权所有</p><p>川ICP备' f'{_n(rng, 8)}号　互联网新闻信息服务许可证：{_n(rng, 11)}</p></div>')
    head = (f'<title>{esc(art["title"])}_川观新闻</title><meta name="description" content="{esc(art["body"][0][:50])}">'
            f'<meta property="article:published_time" content="{y}-{m}-{d}T{t}:00+08:00">')
    return head, body, f"https://cbgc.scol.com.cn/news/{_n(rng, 7)}"


def mzj_yanglao_fuwu(art, rng, others):
    """区 民政局 portal 养老服务 news. p08 (GBK): NO visible date (the info line shows only 来源 and
    浏览次数; the date is in ``<meta name="publishdate">`` and the URL), a 办事指南 side box, ``<p>``s
    with ``&nbsp;`` indents, a 政策问答 strip after the text. p09: 坚持… heads as bold ``<p>``s, a quoted
    slogan as a one-line paragraph, the date written ``2024年08月16日`` in an ``<em>`` beside a
    信息索引号 table (with 成文日期 the day before and 发布日期), 扫一扫在手机打开 QR."""
    y, m, d = _ymd(art)
    if art["id"] == "p08":
        site = "重庆市九龙坡区民政局"
        paras = "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in art["body"])
        body = (f'<div class="header"><img src="/images/jlp_logo.png" alt="{site}"></div>'
                '<div class="nav"><a>首页</a><a>民政要闻</a><a>养老服务</a><a>社会救助</a><a>社会事务</a><a>办事指南</a></div>'
                '<div class="main"><div class="l_box"><div class="bszn"><h4>办事指南</h4><ul><li><a>高龄津贴申领</a></li>'
                '<li><a>养老机构备案</a></li><li><a>特困人员认定</a></li></ul></div></div>'
                '<div class="r_box"><div class="path">当前位置：首页 &gt; 养老服务 &gt; 工作动态</div>'
                f'<div class="xl_title"><h2>{esc(art["title"])}</h2></div>'
                f'<div class="xl_ly">来源：区民政局　　浏览次数：<span id="count">{_n(rng, 3)}</span>　　【<a>打印</a>】</div>'
                f'<div class="zw">{paras}</div>'
                '<div class="zcwd"><h4>政策问答</h4><p>问：哪些老年人可以享受助餐补贴？</p><p>答：辖区内80周岁以上老年人和低保、特困老年人。</p></div>'
                f'<div class="page">上一篇：<a>{esc(others[5][0])}</a>　下一篇：<a>{esc(others[6][0])}</a></div></div></div>'
                + _gov_footer(site, rng))
        head = (f'<title>{esc(art["title"])}</title><meta name="publishdate" content="{y}-{m}-{d}">'
                '<meta name="catalog" content="养老服务">')
        return head, body, f"http://www.cqjlp.gov.cn/bm/qmzj/ylfw/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    site = "重庆市沙坪坝区民政局"
    heads = tuple(p for p in art["body"] if p.startswith("坚持") and "，" not in p)

    def para(p):
        if p in heads:
            return f'<p style="text-indent:2em"><b>{esc(p)}</b></p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'
    text = "".join(para(p) for p in art["body"])
    prev = f"{y}-{m}-{int(d) - 1:02d}"
    body = ('<div class="top"><a>沙坪坝区人民政府</a><a>区民政局</a></div>'
            '<div class="menu"><ul><li>首页</li><li>政务公开</li><li>养老服务</li><li>社会救助</li></ul></div>'
            '<div class="xxgk"><table class="syh"><tr><td>索引号：</td><td>11500106MB' f'{_n(rng, 7)}/{y}-{_n(rng, 5)}</td>'
            f'<td>发布机构：</td><td>沙坪坝区民政局</td></tr><tr><td>成文日期：</td><td>{prev}</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr>'
            '<tr><td>主题分类：</td><td>民政、扶贫、救灾</td><td>体裁分类：</td><td>工作动态</td></tr></table></div>'
            f'<div class="zwgk_content"><h1>{esc(art["title"])}</h1>'
            f'<div class="fbt"><em>{y}年{m}月{d}日</em><em>来源：沙坪坝区民政局</em><em>字体：<a>大</a><a>中</a><a>小</a></em></div>'
            f'<div class="zwgk_comr1">{text}</div>'
            '<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div>'
            '<div class="print"><a>打印本页</a> <a>关闭窗口</a></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_沙坪坝区民政局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    return head, body, f"http://www.cqspb.gov.cn/bm/qmzj/zwgk_74891/fdzdgknr/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def cun_mp_hbls_gongshi(art, rng, others):
    """村 公众号 红白理事会 公示 post: a 点击蓝字关注我们 banner, the text in ``<section>``s with 一、 heads
    bold and centred, 公示时间/监督电话 and 时间/地点/参加人员 lines (body), the closing signature and date
    right-aligned (not body), a 往期推荐 list, the post's date written ``2024年2月26日 20:15``, an
    emoji divider line, and a 村务公开 QR footer."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    out = ['<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/' f'{_n(rng, 10)}/640"><span style="color:#1e6fd9">点击蓝字 关注我们</span></section>']
    for p in art["body"]:
        if p.startswith(HEADS):
            out.append(f'<section style="text-align:center;margin:16px 0"><strong><span style="color:#c00000">{esc(p)}</span></strong></section>')
        elif p[:3] in ("时间：", "地点：") or p.startswith(("参加人员：", "公示时间：", "监督电话：")):
            lab, rest = p.split("：", 1)
            out.append(f'<p><strong>{lab}：</strong><span>{esc(rest)}</span></p>')
        else:
            out.append(f'<p style="text-indent:2em"><span style="font-size:16px">{esc(p)}</span></p>')
    out.append('<p><br></p><p style="text-align:right">花田乡何家岩村红白理事会</p>'
               f'<p style="text-align:right">{y}年{int(m)}月{int(d)}日</p>'
               '<p style="text-align:center">🌸🌸🌸🌸🌸</p>'
               '<section><p><strong>往期推荐</strong></p>'
               + "".join(f'<p><a>▶ {esc(tt)}</a></p>' for tt, _ in others[:3]) +
               '</section><section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/' f'{_n(rng, 10)}/640">'
               '<p>何家岩村务公开</p><p>扫码关注 了解更多村务信息</p></section>')
    head, body = _wx(art, rng, others, "何家岩村务公开", f"{y}年{int(m)}月{int(d)}日 {t}", "".join(out), original=False)
    return head, body, f"https://mp.weixin.qq.com/s/hjy{_n(rng, 9)}"


def shibao_yaowenban_bza(art, rng, others):
    """市 党报 e-paper 要闻版 page. p11: XHTML with an XML declaration, 版次 selector, an 编者按 block
    in 楷体 before the text (not body), the 小标题 as bold ``<p>``s, the text in ``#ozoom`` as
    ``<p>``s, a 转第2版 jump line (not body) and a second article's headline in the 本版标题 list.
    p12 (GBK): the text as ``<br>``-joined ``　　`` lines in one ``<div>``, the 编者按 inline as the first
    ``<br>`` line in ``【编者按】`` brackets, the 小标题 wrapped in ``<font color>``, an 本报记者 byline,
    上一篇/下一篇, PDF, 版权所有 notice. Neither page shows a time of day."""
    y, m, d = _ymd(art)
    if art["id"] == "p11":
        paper = "南充日报"
        subs = {"开发一批岗位", "举办一批招聘", "帮扶一批困难毕业生"}
        paras = "".join(f"<p><b>{esc(p)}</b></p>" if p in subs else f"<p>{IND}{esc(p)}</p>" for p in art["body"])
        body = (f'<div class="hd"><img src="../../../images/logo.jpg" alt="{paper}"/><span>{y}年{m}月{d}日　{_week(art)}</span>'
                f'<span>第01版：要闻</span><select><option>第01版：要闻</option><option>第02版：综合</option><option>第03版：区县</option></select>'
                '<a>上一版</a><a>下一版</a><a>PDF下载</a><a>返回目录</a></div>'
                '<div class="bd"><div class="lf"><img src="../../../pic/01_s.jpg" usemap="#PagePicMap"/>'
                '<div class="bbt"><h4>本版标题</h4><ul>'
                f'<li><a>{esc(art["title"])}</a></li><li><a>市政府召开常务会议</a></li><li><a>我市夏粮收购工作有序开展</a></li></ul></div></div>'
                '<div class="rt"><h3 class="yt">稳就业 惠民生</h3>'
                f'<h1>{esc(art["title"])}</h1><p class="zz">本报记者　蒲　雪</p>'
                '<div class="bza" style="font-family:楷体"><p>编者按：就业是最基本的民生。今年我市高校毕业生人数再创新高，'
                '本报今起推出“稳就业 惠民生”系列报道，关注各地各部门促进就业的务实举措。</p></div>'
                f'<div id="ozoom">{paras}<p>（转第2版）</p></div>'
                f'<div class="pn"><a>上一篇</a>　<a>下一篇</a></div></div></div>'
                f'<div class="ft">{paper}社版权所有　未经书面授权不得转载<br/>川ICP备{_n(rng, 8)}号</div>')
        head = f'<title>{paper}数字报-{esc(art["title"])}</title>'
        return head, body, f"http://epaper.ncrb.example/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    paper = "宜宾日报"
    subs = {"改造做到“一小区一方案”", "补齐社区服务短板", "建立长效管理机制"}
    lines = ['【编者按】城市更新关系千家万户。本报即日起开设“城市更新进行时”专栏，敬请关注。']
    for p in art["body"]:
        lines.append(f'<font color="#0033cc"><b>{IND}{esc(p)}</b></font>' if p in subs else IND + esc(p))
    text = "<br>\n".join(lines)
    body = (f'<table width="990" align="center"><tr><td><img src="/img/top.jpg" alt="{paper}"></td></tr>'
            f'<tr><td class="bc">{y}年{int(m)}月{int(d)}日　{_week(art)}　第A01版：要闻　<a>上一版</a>　<a>下一版</a>　<a>本版PDF</a></td></tr></table>'
            '<table width="990" align="center"><tr><td width="320" valign="top"><img src="/pic/A01.jpg"><div class="list">'
            f'<p><a>{esc(art["title"])}</a></p><p><a>全市重点项目现场推进会召开</a></p></div></td>'
            f'<td valign="top"><div class="title"><h2>{esc(art["title"])}</h2><p>本报记者　罗　敏</p></div>'
            f'<div class="text" id="contenttext">{text}<br></div>'
            f'<div>上一篇：<a>全市重点项目现场推进会召开</a>　　下一篇：<a>{esc(others[7][0])}</a></div></td></tr></table>'
            f'<div class="bottom">版权所有 {paper}社　本报所有内容未经授权禁止转载　ICP备{_n(rng, 8)}号</div>')
    head = f'<title>{esc(art["title"])}_宜宾日报</title>'
    return head, body, f"http://www.ybrb.example/epaper/{y}{m}{d}/A01/{_n(rng, 4)}.html"


TEMPLATES = {"nyncw_gbnt_jianshe": nyncw_gbnt_jianshe, "ybj_mp_yitu_jiedu": ybj_mp_yitu_jiedu,
             "xzf_zhaoshang_qianyue": xzf_zhaoshang_qianyue, "cgxw_yaowen_zhuanfang": cgxw_yaowen_zhuanfang,
             "mzj_yanglao_fuwu": mzj_yanglao_fuwu, "cun_mp_hbls_gongshi": cun_mp_hbls_gongshi,
             "shibao_yaowenban_bza": shibao_yaowenban_bza}


def as_xhtml(path: Path) -> None:
    """Rewrite a written UTF-8 page as XHTML: an XML declaration and the XHTML doctype in place of
    ``<!DOCTYPE html>``, and the XHTML namespace on ``<html>`` (as Founder e-paper systems save them)."""
    text = path.read_text(encoding="utf-8")
    text = XML_HEAD + text.removeprefix("<!DOCTYPE html>\n").replace("<html>", '<html xmlns="http://www.w3.org/1999/xhtml">', 1)
    path.write_text(text, encoding="utf-8")


def main() -> None:
    refs = write_set(HERE, "zhframe-pages62", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    for name, ref in refs.items():
        if "xhtml" in ref["flags"]:
            as_xhtml(HERE / name)
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
