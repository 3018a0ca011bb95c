"""Build the fifty-fifth saved-page set (``pages55``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 信访办 portal 信访接待日 news page
(``xfb_jiedairi_news``), a 城管 公众号 垃圾分类 post with 分类指南 items (``cgw_mp_laji_fenlei``), a 县
政府网 应急管理 预警 page with 防范措施 (``xzf_yjgl_yujing``), a 华龙网-like 区县频道 page with 编辑 and
相关阅读 (``hlw_quxian_pindao``), a 区 民营经济发展局 portal 政企座谈 news page
(``myjj_zhengqi_zuotan``), a 社区 公众号 邻里节 post with a 节目单 (``sq_mp_linlijie``) and a 区报
e-paper 第二版 with a 一周要闻 column (``qubao_erban_yizhou``). ``articles.txt`` holds the title, date
and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages55/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
HEADS = ("一、", "二、", "三、", "四、", "五、")


def _num(p: str) -> bool:
    """A numbered list item (``1.…``) or a bracketed one (``（一）…``)."""
    return p[:2].rstrip(".").isdigit() or p.startswith("（")


def _related(others, n, fmt) -> str:
    return "".join(f'<li><a href="#">{esc(t)}</a><span class="date">{fmt(d)}</span></li>' for t, d in others[:n])


def _gov_footer(site: str, rng) -> str:
    return (f'<div class="footer"><p>主办：{site}　承办：{site}办公室</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a></p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>')


def _old_table(site: str, crumbs: str, inner: str, rng) -> str:
    """An old table-layout portal around ``inner``: banner, nav with ``&nbsp;|&nbsp;``, 当前位置, footer."""
    nav = "&nbsp;|&nbsp;".join(f"<a>{x}</a>" for x in ("首页", "政务公开", "工作动态", "通知公告", "办事服务", "互动交流"))
    return ('<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td><img src="/images/top.jpg" alt="{site}"></td></tr><tr><td class="nav" height="36">{nav}</td></tr></table>'
            '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td class="wz" height="30"><img src="/images/dot.gif">&nbsp;当前位置：{crumbs}</td></tr>'
            f'<tr><td>{inner}</td></tr></table>'
            '<table width="980" border="0" align="center" class="foot"><tr><td align="center">'
            f'版权所有：{site}&nbsp;&nbsp;技术支持：某某网络科技有限公司<br>渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;'
            f'渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：{_n(rng, 10)}<br>'
            '<script type="text/javascript">document.write(unescape("%3Cspan id=\'_ideConac\' %3E%3C/span%3E"));</script>'
            '</td></tr></table>')


def _wx(art, rng, acc: str, content: str, date: str, tail_others) -> tuple[str, str]:
    """A WeChat post's shell: account, visible publish time, ``content``, the 阅读原文/阅读/赞/分享/在看
    row, 写留言, 喜欢此内容的人还喜欢."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{acc}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{date}</em></div>'
            f'<div class="rich_media_content" id="js_content" style="visibility: visible;">{content}</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a>'
            f'<span id="readNum3">阅读 {_n(rng, 4)}</span><span id="like3">赞 {_n(rng, 2)}</span>'
            f'<span>分享</span><span>在看 {_n(rng, 1)}</span></div>'
            '<div class="discuss_container"><a>写留言</a></div>'
            '<div class="rich_media_extra"><p>喜欢此内容的人还喜欢</p>'
            + "".join(f"<p><a>{esc(tt)}</a></p>" for tt, _ in tail_others) + '</div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}";var nickname = "{acc}";var publish_time = "{y}-{m}-{d}" || "";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:40])}">'
            '<meta name="viewport" content="width=device-width,initial-scale=1.0">')
    return head, body


def xfb_jiedairi_news(art, rng, others):
    """区 信访办 portal 信访接待日 news: p01 an old GBK table portal (``<font>`` title, info with
    ``&nbsp;`` runs and a ``document.write`` counter, 【字体：大 中 小】, a photo and its caption in the
    text, 打印本页/关闭窗口, 上一篇/下一篇); p02 a div portal (info spans with no whitespace, 更新时间
    beside 发布时间, bold ``一、坚持…`` heads, share, 相关阅读 with dates, footer)."""
    y, m, d = _ymd(art)
    pid = art["id"]
    if pid == "p01":
        site = "重庆市大渡口区人民政府信访办公室"
        out = []
        for i, p in enumerate(art["body"]):
            out.append(f'<p>{IND}<font face="宋体" size="3">{esc(p)}</font></p>')
            if i == 1:
                out.append('<p align="center"><img src="/uploadfiles/202203/jdr01.jpg" border="0" width="560"></p>'
                           '<p align="center"><font size="2">接待现场。（区信访办供图）</font></p>')
        inner = ('<table width="100%" border="0" cellpadding="0" cellspacing="0" class="con">'
                 f'<tr><td align="center" height="60"><font size="5" color="#CC0000"><b>{esc(art["title"])}</b></font></td></tr>'
                 f'<tr><td align="center" class="info">发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;来源：区信访办&nbsp;&nbsp;&nbsp;&nbsp;'
                 f'作者：信访督查科&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<script language="javascript">document.write("{_n(rng, 3)}");</script>'
                 '&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                 '<tr><td><hr size="1" color="#CCCCCC"></td></tr>'
                 f'<tr><td class="zw"><div id="zoom">{"".join(out)}</div></td></tr>'
                 '<tr><td align="right"><a href="javascript:window.print()">打印本页</a>&nbsp;&nbsp;<a href="javascript:window.close()">关闭窗口</a></td></tr>'
                 f'<tr><td>上一篇：<a>{esc(others[3][0])}</a></td></tr><tr><td>下一篇：<a>{esc(others[4][0])}</a></td></tr></table>')
        body = _old_table(site, '<a>首页</a> &gt;&gt; <a>工作动态</a> &gt;&gt; 正文', inner, rng)
        head = (f'<title>{esc(art["title"])}--大渡口区信访办</title><meta name="keywords" content="信访,接待日">'
                f'<meta name="description" content="{esc(art["body"][0][:30])}">')
        return head, body, f"http://xfb.ddk.gov.cn/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.html"
    site = "重庆市永川区人民政府"
    out = []
    for p in art["body"]:
        if p.startswith(HEADS):
            out.append(f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
    body = ('<div class="top"><img src="/images/logo.png" alt="永川区人民政府"><div class="ss"><input type="text"><a>搜索</a></div></div>'
            '<ul class="nav"><li>首页</li><li>新闻中心</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进永川</li></ul>'
            '<div class="position">您所在的位置：<a>首页</a>&gt;<a>新闻中心</a>&gt;<a>部门动态</a></div>'
            f'<div class="article-box"><h2 class="tit">{esc(art["title"])}</h2>'
            f'<div class="msg"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>更新时间：{y}-{m}-{int(d) + 1:02d}</span>'
            f'<span>来源：区信访办</span><span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
            f'<div class="bt_content TRS_Editor">{"".join(out)}</div>'
            '<div class="fx">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>'
            '<div class="dy"><a>【打印】</a><a>【关闭】</a></div>'
            f'<div class="xgyd"><h3>相关阅读</h3><ul>{_related(others, 5, lambda s: s)}</ul></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_部门动态_重庆市永川区人民政府</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            '<meta name="ContentSource" content="区信访办"><meta name="ColumnName" content="部门动态">')
    return head, body, f"http://www.cqyc.gov.cn/zwxx_208/bmdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def cgw_mp_laji_fenlei(art, rng, others):
    """城管 公众号 垃圾分类 post: p03 the 分类指南 (coloured ``一、可回收物`` heads, ``投放要求：`` lines
    with a bold label, a 分类标识 image and its ▲ caption, a 互动话题 box after the text); p04 a
    转载 line at the top, five numbered 小区 items with ``&nbsp;`` indents, a photo + caption, a
    分类指南 card (NOT body) after the text; both: 来源/编辑/审核, QR line and the WeChat shell."""
    y, m, d = _ymd(art)
    pid = art["id"]
    out = ['<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/top.gif"></p>'
           '<p style="text-align:center"><span style="font-size:12px;color:#2e8b57">点击蓝字 关注我们</span></p>']
    if pid == "p04":
        out.append('<p><span style="font-size:12px;color:#999">本文转自：上游新闻</span></p>')
    colours = ("#1e6fb8", "#c0392b", "#2e8b57", "#555555")
    k = 0
    for i, p in enumerate(art["body"]):
        if p.startswith(HEADS):
            out.append(f'<section style="background:{colours[k]};border-radius:4px;padding:4px 10px;margin:18px 0 8px">'
                       f'<p><span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></p></section>')
            k += 1
        elif p.startswith("投放要求："):
            out.append(f'<p style="line-height:1.75em"><strong><span style="color:{colours[k - 1]}">投放要求：</span></strong>'
                       f'<span style="font-size:15px">{esc(p[5:])}</span></p>')
        elif _num(p):
            out.append(f'<p style="line-height:1.75em">&nbsp;&nbsp;&nbsp;&nbsp;<span style="font-size:15px">{esc(p)}</span></p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
        if pid == "p03" and i == 2:
            out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/biaozhi.png"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲生活垃圾分类标识</span></p>')
        if pid == "p04" and i == 7:
            out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/kangju.jpg"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲志愿者在投放点指导居民分类投放</span></p>')
    if pid == "p03":
        out.append('<section style="border:1px solid #2e8b57;padding:10px;margin:14px 0"><p><strong>互动话题</strong></p>'
                   '<p style="font-size:14px">你家里的垃圾是怎么分类的？有什么分类小妙招？欢迎在留言区分享，'
                   '我们将选取5位读者送出分类垃圾桶一套。</p></section>')
    else:
        out.append('<section style="background:#f4f9f4;padding:10px;margin:14px 0"><p><strong>垃圾分类指南</strong></p>'
                   '<p style="font-size:13px">可回收物：废纸、塑料瓶、易拉罐、旧衣物</p>'
                   '<p style="font-size:13px">有害垃圾：废电池、过期药品、废灯管</p>'
                   '<p style="font-size:13px">厨余垃圾：剩菜剩饭、果皮菜叶</p>'
                   '<p style="font-size:13px">其他垃圾：纸巾、烟头、陶瓷碎片</p></section>')
    acc = {"p03": "渝中城管", "p04": "沙坪坝城管"}[pid]
    out.append(f'<p><span style="font-size:12px;color:#888">来源：{"区城市管理局" if pid == "p03" else "上游新闻、区城市管理局"}</span></p>'
               f'<p><span style="font-size:12px;color:#888">编辑：{"黄倩" if pid == "p03" else "周雨"}　审核：{"唐伟" if pid == "p03" else "任杰"}</span></p>'
               '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qrcode.jpg"></p>'
               f'<p style="text-align:center"><span style="font-size:12px">扫码关注{acc}</span></p>'
               '<p style="text-align:center"><span style="font-size:12px">点个在看 分享给更多朋友</span></p>')
    date = f"{y}-{m}-{d} {_hm(rng)}" if pid == "p03" else f"{y}年{int(m)}月{int(d)}日 {_hm(rng)}"
    head, body = _wx(art, rng, acc, "".join(out), date, others[:3])
    return head, body, f"https://mp.weixin.qq.com/s?__biz=MzA{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=2&sn={_n(rng, 8):x}"


def xzf_yjgl_yujing(art, rng, others):
    """县 政府网 应急管理 预警: p05 an old GBK portal with an 信息公开 grid (索引号/发布机构/公开日期/文号),
    the 主送机关 line, bold ``一、`` heads and ``一是…`` items, the signature and a date in Chinese
    numerals, 扫一扫 line; p06 a div portal showing NO date (PubDate meta and the URL's date), a 预警
    signal image and label, a 森林火险等级 box, 相关链接."""
    y, m, d = _ymd(art)
    pid = art["id"]
    if pid == "p05":
        site = "巫溪县人民政府"
        out = []
        for p in art["body"]:
            if p.startswith(HEADS):
                out.append(f'<p>{IND}<b><font face="黑体">{esc(p)}</font></b></p>')
            else:
                out.append(f'<p>{IND}{esc(p)}</p>')
        grid = ('<table width="100%" border="1" cellspacing="0" cellpadding="3" class="xxgk" bordercolor="#D7D7D7">'
                f'<tr><td width="15%">索引号：</td><td>11500238MB{_n(rng, 7)}/{y}-00{_n(rng, 3)}</td><td width="15%">发布机构：</td><td>县应急管理局</td></tr>'
                f'<tr><td>公开日期：</td><td>{y}-{m}-{d}</td><td>文号：</td><td>巫溪防汛办〔{y}〕21号</td></tr>'
                f'<tr><td>主题分类：</td><td>应急管理</td><td>公开方式：</td><td>主动公开</td></tr></table>')
        inner = (f'{grid}<table width="100%" border="0" cellpadding="0" cellspacing="0">'
                 f'<tr><td align="center" height="70" class="title"><font size="4"><b>{esc(art["title"])}</b></font></td></tr>'
                 f'<tr><td align="center">来源：县应急管理局&nbsp;&nbsp;&nbsp;点击数：<span id="hits">{_n(rng, 3)}</span>&nbsp;&nbsp;&nbsp;'
                 '【<a>大</a>&nbsp;<a>中</a>&nbsp;<a>小</a>】</td></tr>'
                 f'<tr><td class="xl_con"><div class="TRS_Editor">{"".join(out)}'
                 '<p align="right">巫溪县防汛抗旱指挥部办公室</p><p align="right">二〇二二年七月十一日</p></div></td></tr>'
                 '<tr><td align="center"><img src="/images/ewm.png"><br>扫一扫在手机打开当前页</td></tr>'
                 '<tr><td align="right">【<a>打印本页</a>】&nbsp;【<a>关闭窗口</a>】</td></tr></table>')
        body = _old_table(site, '<a>首页</a> &gt; <a>政务公开</a> &gt; <a>应急管理</a> &gt; <a>预警信息</a>', inner, rng)
        head = (f'<title>{esc(art["title"])}_巫溪县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="预警信息">')
        return head, body, f"http://www.cqwx.gov.cn/zwgk_256/yjgl/yjxx/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    site = "城口县人民政府"
    out = []
    for i, p in enumerate(art["body"]):
        if _num(p):
            out.append(f'<p style="text-indent:2em"><span style="font-family:仿宋_GB2312">{esc(p)}</span></p>')
        else:
            out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
        if i == 0:
            out.append('<p style="text-align:center"><img src="/uploadfiles/yj/slhx_orange.png" width="200"></p>'
                       '<p style="text-align:center">森林火险橙色预警信号</p>')
    box = ('<div class="slhx"><h4>森林火险气象等级说明</h4><table class="dj"><tr><th>等级</th><th>名称</th><th>危险程度</th></tr>'
           '<tr><td>一级</td><td>低火险</td><td>难以燃烧</td></tr><tr><td>三级</td><td>较高火险</td><td>较易燃烧</td></tr>'
           '<tr><td>四级</td><td>高火险</td><td>容易燃烧</td></tr><tr><td>五级</td><td>极高火险</td><td>极易燃烧</td></tr></table></div>')
    body = ('<div class="head"><div class="logo"><img src="/images/logo.png" alt="城口县人民政府"></div>'
            '<div class="topr"><a>无障碍浏览</a> <a>长者模式</a> <a>智能问答</a></div></div>'
            '<ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>应急管理</li></ul>'
            '<div class="dqwz">当前位置：<a>首页</a> &gt; <a>应急管理</a> &gt; <a>预警信息</a></div>'
            f'<div class="con"><div class="tit">{esc(art["title"])}</div>'
            f'<div class="info">来源：县应急管理局&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="view">{_n(rng, 4)}</span>&nbsp;&nbsp;&nbsp;&nbsp;'
            '【字号：<a>大</a> <a>中</a> <a>小</a>】</div>'
            f'<div class="zw" id="zoom">{"".join(out)}</div>{box}'
            '<div class="xglj"><h4>相关链接</h4><ul><li><a>重庆市森林防火条例</a></li><li><a>野外用火“十不准”</a></li>'
            '<li><a>森林火灾自救逃生常识</a></li></ul></div>'
            '<div class="tool"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>' + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}-城口县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="县应急管理局">')
    return head, body, f"http://www.cqck.gov.cn/yjgl/yjxx/{y}-{m}/{d}/content_{_n(rng, 6)}.html"


def hlw_quxian_pindao(art, rng, others):
    """华龙网-like 区县频道 page: p07 channel nav, ``YYYY-MM-DD HH:MM:SS 来源：…`` line, 字号, share, a
    photo + caption (通讯员 摄), ``[责任编辑：…]``, 相关阅读, 版权声明; p08 a mobile layout with
    the info spans run together, a video player, ``记者：``/name Q&A turns, 编辑/审核, 相关阅读 (MM-DD),
    an ``打开客户端`` bar."""
    y, m, d = _ymd(art)
    pid = art["id"]
    dist = art["place"]
    if pid == "p07":
        out = []
        for i, p in enumerate(art["body"]):
            out.append(f"<p>{IND}{esc(p)}</p>")
            if i == 3:
                out.append('<p style="text-align: center;"><img src="https://img.cqnews.net/2023/10/26/hl01.jpg"></p>'
                           '<p style="text-align: center;">东林社区物业管家上门为居民维修设施。通讯员 罗小燕 摄</p>')
        body = ('<div class="topbar"><a>华龙网首页</a> <a>新重庆客户端</a> <a>登录</a></div>'
                '<div class="qxnav"><a>区县频道</a><a>万州</a><a>涪陵</a><a>璧山</a><a>梁平</a><a>更多&gt;&gt;</a></div>'
                f'<div class="crumbs"><a>华龙网</a> &gt; <a>区县频道</a> &gt; <a>{dist}</a> &gt; 正文</div>'
                f'<div class="main_con"><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span class="time">{y}-{m}-{d} {_hms(rng)}</span> <span class="source">来源：华龙网-新重庆客户端</span>'
                '<span class="fz">字号：<a>T</a><a>T</a></span><span class="share"><a>微信</a><a>微博</a><a>QQ</a></span></div>'
                f'<div class="content" id="main_text">{"".join(out)}</div>'
                f'<div class="editor">[责任编辑：{rng.choice(["王琳", "李娅"])}]</div>'
                f'<div class="xgyd"><h3>相关阅读</h3><ul>{_related(others, 5, lambda s: s)}</ul></div>'
                '<div class="copyright">版权声明：凡注明“来源：华龙网”的所有作品，版权均属于华龙网，未经本网授权不得转载、摘编或利用其它方式使用上述作品。</div></div>'
                f'<div class="footer">重庆华龙网集团股份有限公司版权所有　渝ICP备{_n(rng, 8)}号　互联网新闻信息服务许可证：50120170001</div>')
        head = (f'<title>{esc(art["title"])}_区县频道_华龙网</title><meta name="keywords" content="红色物业,璧山">'
                f'<meta name="description" content="{esc(art["body"][1])}"><meta name="publishdate" content="{y}-{m}-{d}">')
        return head, body, f"https://cq.cqnews.net/cqqx/html/{y}-{m}/{d}/content_{_n(rng, 10)}.html"
    out = []
    for p in art["body"]:
        if p.startswith("记者："):
            out.append(f'<p style="text-indent:2em"><strong>记者：</strong><strong>{esc(p[3:])}</strong></p>')
        elif p.startswith("刘成林："):
            out.append(f'<p style="text-indent:2em"><strong>刘成林：</strong>{esc(p[4:])}</p>')
        else:
            out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
    body = ('<div class="openapp">打开新重庆客户端 阅读体验更佳<a>打开</a></div>'
            f'<div class="art"><div class="art-title">{esc(art["title"])}</div>'
            f'<div class="art-info"><span>来源：华龙网</span><span>{y}-{m}-{d} {_hms(rng)}</span><span>阅读 {_n(rng, 4)}</span></div>'
            '<div class="video-box"><video src="https://v.cqnews.net/2024/01/17/lp.mp4" poster="/p.jpg" controls></video>'
            '<p class="vtip">视频加载中，请稍候...</p></div>'
            f'<div class="art-content">{"".join(out)}</div>'
            '<div class="credit"><p>编辑：陈思　审核：吴磊</p></div>'
            '<div class="zan"><span>点赞 ' + str(_n(rng, 2)) + '</span><span>分享</span></div>'
            '<div class="rel"><h4>相关阅读</h4><ul>' + _related(others, 4, lambda s: s[5:]) + '</ul></div>'
            '<div class="cmt"><span>评论</span><span>暂无评论，快来抢沙发吧</span></div></div>')
    head = (f'<title>{esc(art["title"])}-华龙网</title><meta name="viewport" content="width=device-width">'
            f'<meta property="og:title" content="{esc(art["title"])}">')
    return head, body, f"https://app.cqnews.net/share/{y}{m}{d}/{_n(rng, 9)}.html"


def myjj_zhengqi_zuotan(art, rng, others):
    """区 民营经济发展局 portal 政企座谈 news: p09 a centred bold ``坚持…，…`` head per section, a
    photo + caption, 【字体：大 中 小】, 相关文件 box, 打印本页/关闭窗口; p10 a ``【政企面对面】``
    kicker above the title, bold ``时间：``/``地点：``/``参加人员：`` labels, quoted speech, a
    one-line paragraph, ``2024/6/28`` in the info line beside 更新时间, share, 相关新闻."""
    y, m, d = _ymd(art)
    pid = art["id"]
    if pid == "p09":
        site = "重庆市渝北区民营经济发展局"
        out = []
        for i, p in enumerate(art["body"]):
            if p.startswith("坚持") and "。" not in p:
                out.append(f'<p style="text-align:center"><strong>{esc(p)}</strong></p>')
            else:
                out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
            if i == 2:
                out.append('<p style="text-align:center"><img src="/uploadfiles/202304/zt.jpg"></p>'
                           '<p style="text-align:center">座谈会现场。（区民营经济发展局供图）</p>')
        body = ('<div class="header"><img src="/images/logo.png" alt="渝北区民营经济发展局"></div>'
                '<ul class="nav"><li>首页</li><li>机构职能</li><li>工作动态</li><li>政策文件</li><li>企业服务</li></ul>'
                '<div class="wz">当前位置：<a>首页</a> &gt; <a>工作动态</a></div>'
                f'<div class="xl_con"><h1>{esc(art["title"])}</h1>'
                f'<div class="xl_info">发布日期：{y}-{m}-{d}&nbsp;&nbsp;来源：区民营经济发展局&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<div class="zw">{"".join(out)}</div>'
                '<div class="xgwj"><h4>相关文件</h4><ul><li><a>渝北区支持民营经济高质量发展若干措施</a></li>'
                '<li><a>渝北区“企业吹哨、部门报到”工作机制</a></li></ul></div>'
                '<div class="dy"><a>打印本页</a> <a>关闭窗口</a></div></div>' + _gov_footer(site, rng))
        head = (f'<title>{esc(art["title"])}-渝北区民营经济发展局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
        return head, body, f"http://www.ybq.gov.cn/bm/qmyjjfzj/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    site = "重庆市江津区人民政府"
    out = []
    for p in art["body"]:
        k = p.find("：")
        if p.startswith(("时间：", "地点：", "参加人员：")):
            out.append(f'<p style="text-indent:2em"><strong>{esc(p[:k + 1])}</strong>{esc(p[k + 1:])}</p>')
        else:
            out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
    body = ('<div class="top"><img src="/images/jj_logo.png" alt="江津区人民政府"></div>'
            '<ul class="nav"><li>首页</li><li>政务公开</li><li>部门动态</li><li>政务服务</li><li>互动交流</li></ul>'
            '<div class="location">您现在的位置：<a>首页</a>&gt;<a>部门动态</a>&gt;<a>区民营经济发展局</a></div>'
            '<div class="detail"><div class="yt">【政企面对面】</div>'
            f'<div class="title">{esc(art["title"])}</div>'
            f'<div class="source"><span>{int(y)}/{int(m)}/{int(d)}</span>&nbsp;|&nbsp;<span>更新时间：{int(y)}/{int(m)}/{int(d) + 1}</span>'
            f'&nbsp;|&nbsp;<span>来源：区民营经济发展局</span>&nbsp;|&nbsp;<span>浏览：<script>document.write("{_n(rng, 3)}")</script></span></div>'
            f'<div class="content TRS_UEDITOR">{"".join(out)}</div>'
            f'<div class="zrbj">责任编辑：{rng.choice(["钟丽", "唐敏"])}</div>'
            '<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ好友</a></div>'
            f'<div class="xgxw"><h4>相关新闻</h4><ul>{_related(others, 4, lambda s: s)}</ul></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_部门动态_重庆市江津区人民政府</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    return head, body, f"http://www.jiangjin.gov.cn/bmdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def sq_mp_linlijie(art, rng, others):
    """社区 公众号 邻里节 post: p11 emoji-ornamented lines, the 节目单 items (``1.…——…``) in a dashed
    box, photos with ▲ captions, quoted speech, 文字/图片/编辑 credits; p12 a 预告 with bold
    ``活动时间：``/``活动地点：`` labels, ``（一）…`` items, a 扫码报名 QR (NOT body), ``期待您的参与！``."""
    y, m, d = _ymd(art)
    pid = art["id"]
    out = ['<p style="text-align:center"><span style="color:#e67e22">🌕 🏮 🌕</span></p>']
    items = []
    for i, p in enumerate(art["body"]):
        if _num(p):
            items.append(f'<p style="line-height:2em"><span style="color:#c0392b">🎵</span> {esc(p)}</p>' if pid == "p11"
                         else f'<p style="text-indent:2em">{esc(p)}</p>')
            continue
        if items:
            out.append('<section style="border:1px dashed #e67e22;padding:8px 12px;margin:10px 0">' + "".join(items) + "</section>")
            items = []
        k = p.find("：")
        if pid == "p12" and p.startswith(("活动时间：", "活动地点：", "活动内容：", "参加方式：", "温馨提示：")):
            out.append(f'<p><strong><span style="color:#2874a6">{esc(p[:k + 1])}</span></strong>{esc(p[k + 1:])}</p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
        if pid == "p11" and i in (2, 11):
            cap = "开幕式现场" if i == 2 else "居民们一起包月饼"
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/l{i}.jpg"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#999">▲{cap}</span></p>')
    if pid == "p12":
        out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/bm.png"></p>'
                   '<p style="text-align:center"><span style="font-size:12px">扫码报名美食分享</span></p>'
                   '<p><span style="font-size:12px;color:#999">供稿：龙园社区　编辑：郑洁　审核：王刚</span></p>')
    else:
        out.append('<p><span style="font-size:12px;color:#999">文字：陈敏　图片：建北社区</span></p>'
                   '<p><span style="font-size:12px;color:#999">编辑：李婷　审核：刘晓红</span></p>')
    out.append('<p style="text-align:center"><span style="color:#e67e22">— END —</span></p>'
               '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qrcode.jpg"></p>'
               '<p style="text-align:center"><span style="font-size:12px">长按二维码关注我们 💗</span></p>')
    acc = {"p11": "观音桥建北社区", "p12": "南川龙园社区"}[pid]
    date = f"{y}-{m}-{d} {_hm(rng)}" if pid == "p11" else f"{y}年{m}月{d}日 {_hm(rng)}"
    head, body = _wx(art, rng, acc, "".join(out), date, others[5:7])
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 12):x}{_n(rng, 10):x}"


def qubao_erban_yizhou(art, rng, others):
    """区报 e-paper 第02版: p13 an XHTML-style page (self-closing tags) whose article IS the 一周要闻 column
    (item heads in ``<b>`` and paragraphs ``<br>``-separated in one ``<div>``); p14 a GBK page whose
    article has a byline, a photo + caption and a 一周要闻 box beside (NOT body); both: issue line, 版次,
    上一版/下一版/PDF, 本版导航, copyright."""
    y, m, d = _ymd(art)
    pid = art["id"]
    paper = {"p13": "黔江报", "p14": "荣昌报"}[pid]
    nav_t = [art["title"], "区政协召开十届十二次常委会议", "全区秋冬季农业生产现场会召开"] if pid == "p13" else \
        [art["title"], "一周要闻", "区领导督导安全生产工作"]
    issue = (f'<div class="riqi">{paper}　{y}年{m}月{d}日　{_week(art)}</div>'
             '<div class="banci">第02版：要闻　<a>上一版</a>　<a>下一版</a>　<a>PDF版</a>　<a>往期回顾</a></div>')
    nav = '<div class="bmdh"><h4>本版导航</h4><ul>' + "".join(f"<li><a>{esc(t)}</a></li>" for t in nav_t) + "</ul></div>"
    if pid == "p13":
        lines = []
        for k, p in enumerate(art["body"]):
            lines.append(f"<b>{esc(p)}</b>" if k % 2 == 0 else IND + esc(p))
        main = (f'<div class="lm">{paper}要闻</div><h1 class="title">{esc(art["title"])}</h1>'
                f'<div id="ozoom" class="text">{"<br />".join(lines)}<br /></div>'
                f'<div class="pn"><a>上一篇：{esc(nav_t[2])}</a> <a>下一篇：{esc(nav_t[1])}</a></div>')
        body = (f'<div class="top"><img src="../../../images/logo.gif" alt="{paper}" />{issue}</div>'
                f'<div class="main"><div class="left">{nav}<img src="../../../pic/{y}{m}{d}/02_s.jpg" usemap="#map" /></div>'
                f'<div class="right">{main}</div></div>'
                f'<div class="copy">本网站所有内容属{paper}社所有，未经许可不得转载<br />主办：中共重庆市黔江区委　承办：{paper}社</div>')
        html_head = (f'<title>{esc(art["title"])}-{paper}</title>'
                     f'<meta name="description" content="{paper}数字报" /><meta name="keywords" content="{paper},电子版" />')
        return html_head, body, \
            f"http://qjb.qianjiang.gov.cn/epaper/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    out = [IND + esc(p) for p in art["body"]]
    out.insert(2, '<div align="center"><img src="/pic/zdxm.jpg" /></div><div align="center">图为项目开工现场。（记者 李华 摄）</div>')
    week = ('<div class="yzyw"><h3>一周要闻</h3>'
            '<p><b>区政府召开常务会议</b>　4月8日，区政府召开第48次常务会议，研究部署安全生产等工作。</p>'
            '<p><b>全区春季植树活动启动</b>　4月9日，全区春季义务植树活动在清江镇启动。</p>'
            '<p><b>荣昌夏布亮相文博会</b>　近日，荣昌夏布织造技艺作品参加了在外地举办的文博会。</p></div>')
    main = (f'<div class="bt"><h1>{esc(art["title"])}</h1></div><div class="zz">本报记者　张　敏</div>'
            f'<div id="ozoom">{"<br>".join(out)}<br></div>{week}'
            f'<div class="pn"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div>')
    body = (f'<div class="top"><img src="/images/logo.gif" alt="{paper}">{issue}</div>'
            f'<div class="main"><div class="left">{nav}<img src="/pic/{y}{m}{d}/02_s.jpg" usemap="#map"></div>'
            f'<div class="right">{main}</div></div>'
            f'<div class="copy">{paper}社版权所有　未经书面授权禁止转载、摘编<br>渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>{esc(art["title"])}--{paper}</title><meta name="description" content="{paper}数字报">'
    return head, body, f"http://www.rcbao.cn/epaper/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"


TEMPLATES = {"xfb_jiedairi_news": xfb_jiedairi_news, "cgw_mp_laji_fenlei": cgw_mp_laji_fenlei,
             "xzf_yjgl_yujing": xzf_yjgl_yujing, "hlw_quxian_pindao": hlw_quxian_pindao,
             "myjj_zhengqi_zuotan": myjj_zhengqi_zuotan, "sq_mp_linlijie": sq_mp_linlijie,
             "qubao_erban_yizhou": qubao_erban_yizhou}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages55", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
