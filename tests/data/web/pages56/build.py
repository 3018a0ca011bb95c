"""Build the fifty-sixth saved-page set (``pages56``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 林业局 portal 古树名木 news page
(``lyj_gushu_news``), a 市/区 卫健委 公众号 义诊 post with a 专家名单 table (``wjw_mp_yizhen``), a 县
政府网 领导批示 落实 page (``xzf_pishi_luoshi``), a 新华网-like 图文直播 summary page
(``xhw_twzb_summary``), a 区 审批服务局 portal 一网通办 news page with 办理流程 (``spj_ywtb_news``), a 镇
公众号 防溺水 告家长书 (``zhen_mp_fangni``) and a 晚报 e-paper 文体版 page with a 赛事 box
(``epaper_wanbao_wenti``). ``articles.txt`` holds the title, date and reference body; the furniture
(not body) is written here. See README.md.

    python tests/data/web/pages56/build.py
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


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _table(rows, cls: str, th: bool = False) -> str:
    """Table rows (cells joined by single spaces) as one ``<table>``; the first row as ``<th>`` if ``th``."""
    out = []
    for k, r in enumerate(rows):
        tag = "th" if th and k == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r.split(" ")) + "</tr>")
    return f'<table class="{cls}" border="1" cellspacing="0" cellpadding="5" width="96%" align="center">' + "".join(out) + "</table>"


def _paras(body, para_fn, cls: str = "tb", th: bool = False, after=None) -> str:
    """Paragraphs through ``para_fn``, runs of table rows as one table; ``after(i)`` may add
    furniture after paragraph ``i``."""
    out, run = [], []
    for i, p in enumerate(body + [None]):
        if p is not None and _row(p):
            run.append(p)
            continue
        if run:
            out.append(_table(run, cls, th))
            run = []
        if p is not None:
            out.append(para_fn(p))
            if after:
                out.append(after(i) or "")
    return "".join(out)


def _related(others, n, fmt) -> str:
    return "".join(f'<li><a href="#">{esc(t)}</a><span>{fmt(d)}</span></li>' for t, d in others[:n])


def _footer(site: str, rng, region: str = "渝") -> str:
    return (f'<div class="foot"><p>主办单位：{site}　承办单位：{site}办公室　联系电话：023-{_n(rng, 8)}</p>'
            f'<p><a href="https://beian.miit.gov.cn">{region}ICP备{_n(rng, 8)}号</a>　{region}公网安备 {_n(rng, 14)}号　'
            f'网站标识码：{_n(rng, 10)}</p><p>建议使用1366×768分辨率浏览本站</p></div>')


def _counter(rng) -> str:
    return f'<script language="javascript">document.write({_n(rng, 3)});</script>'


def lyj_gushu_news(art, rng, others):
    """区 林业局 portal 古树名木 news: p01 an old GBK table layout (``<font>`` paragraphs, ``<b>`` 一、
    heads, a photo + caption inside the text, counter); p02 a modern page with a numbered list of
    places, ``<span>`` info bar with no whitespace, a caption and 更新时间 at the bottom."""
    y, m, d = _ymd(art)
    pid = art["id"]
    if pid == "p01":
        site = "重庆市渝北区林业局"

        def para(p):
            if p.startswith(HEADS):
                return f'<p><font face="宋体" size="3"><b>{IND}{esc(p)}</b></font></p>'
            return f'<p><font face="宋体" size="3">{IND}{esc(p)}</font></p>'

        def after(i):
            if i == 7:
                return ('<p align="center"><img src="/UploadFiles/202206/2022061410215.jpg" border="0" width="500"></p>'
                        '<p align="center"><font face="楷体_GB2312" size="2">图为技术人员为古黄葛树铺设透气砖（区林业局供图）</font></p>')
        text = _paras(art["body"], para, after=after)
        body = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>'
                f'<img src="/images/banner.jpg" alt="{site}"></td></tr>'
                '<tr><td class="nav"><a href="/">首页</a> | <a href="#">机构概况</a> | <a href="#">政务公开</a> | '
                '<a href="#">林业要闻</a> | <a href="#">政策法规</a> | <a href="#">办事服务</a> | <a href="#">互动交流</a></td></tr></table>'
                '<table width="1000" border="0" align="center"><tr><td width="230" valign="top" class="left">'
                '<div class="lm">林业要闻</div><ul><li><a href="#">工作动态</a></li><li><a href="#">基层动态</a></li>'
                '<li><a href="#">古树名木</a></li><li><a href="#">通知公告</a></li></ul></td>'
                '<td valign="top"><table width="100%"><tr><td class="dqwz">当前位置：<a href="/">首页</a> &gt;&gt; '
                '<a href="#">林业要闻</a> &gt;&gt; 工作动态</td></tr>'
                f'<tr><td align="center" height="50"><font size="5" color="#C00000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布时间：{y}-{m}-{d} {_hm(rng)}&nbsp;&nbsp;&nbsp;&nbsp;来源：区林业局'
                f'&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：{_counter(rng)}&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="zw" style="line-height:28px">{text}</td></tr>'
                '<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
                f'<tr><td>上一篇：<a href="#">{esc(others[0][0])}</a><br>下一篇：<a href="#">{esc(others[1][0])}</a></td></tr>'
                '</table></td></tr></table>'
                f'<table width="1000" align="center" class="bottom"><tr><td align="center">{_footer(site, rng)}</td></tr></table>')
        url = f"http://www.ybq.gov.cn/lyj/html/lyyw/{y}{m}/{d}{_n(rng, 4)}.html"
        head = f'<title>{esc(art["title"])}-{site}</title><meta name="keywords" content="古树名木,挂牌保护">'
        return head, body, url
    site = "重庆市北碚区林业局"

    def para2(p):
        if p[:2].rstrip(".").isdigit():
            return f'<p style="text-indent:2em">&nbsp;&nbsp;{esc(p)}</p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'

    def after2(i):
        if i == 3:
            return ('<p style="text-align:center"><img src="/u/cms/lyj/202303/22091512abcd.jpg" width="600"></p>'
                    '<p style="text-align:center">专家用阻抗仪检测古银杏主干（北碚区林业局 供图）</p>')
    text = _paras(art["body"], para2, after=after2)
    upd = f"{y}-{m}-{int(d) + 2:02d}"
    body = (f'<div class="header"><div class="logo"><img src="/r/cms/lyj/img/logo.png" alt="{site}"></div>'
            '<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>'
            '<div class="nav"><ul><li>首页</li><li>机构职能</li><li>政务公开</li><li>新闻动态</li><li>政务服务</li><li>互动交流</li></ul></div>'
            '<div class="container"><div class="crumb">您当前的位置：<a>首页</a> &gt; <a>新闻动态</a> &gt; <a>部门动态</a></div>'
            f'<div class="xl_con"><h1 class="xl_title">{esc(art["title"])}</h1>'
            f'<div class="xl_info"><span>发布日期：{y}年{m}月{d}日</span><span>来源：北碚区林业局</span>'
            '<span>字号：<a>大</a><a>中</a><a>小</a></span><span class="fx">分享到：<a class="wx"></a><a class="wb"></a></span></div>'
            f'<div class="xl_txt TRS_Editor">{text}</div>'
            f'<div class="xl_bot"><span>更新时间：{upd}</span><span><a>打印</a></span><span><a>关闭</a></span></div></div>'
            '<div class="xgyd"><h3>相关阅读</h3><ul>' + _related(others, 5, lambda dd: dd) + '</ul></div></div>'
            + _footer(site, rng))
    url = f"http://www.beibei.gov.cn/bmjz/lyj/xwdt/bmdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    head = (f'<title>{esc(art["title"])}_北碚区林业局_北碚区人民政府</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            '<meta name="ContentSource" content="北碚区林业局"><meta name="ColumnName" content="部门动态">')
    return head, body, url


def _wx(art, rng, acc: str, content: str, others, date: str, original: bool) -> tuple[str, str]:
    """A WeChat post's shell: title, 原创 label, account, ``date`` as publish_time, ``content``,
    the 阅读原文/阅读/分享/赞/在看 row, 写留言 and 推荐 strip; the ``ct`` script carries the epoch."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    label = '<span class="rich_media_meta meta_original_tag">原创</span>' if original else ""
    body = (f'<div class="rich_media_area_primary"><h1 class="rich_media_title" id="activity-name">\n  {esc(art["title"])}\n</h1>'
            f'<div class="rich_media_meta_list" id="meta_content">{label}'
            f'<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">{acc}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{date}</em></div>'
            f'<div class="rich_media_content" id="js_content">{content}</div>'
            '<div class="rich_media_tool"><a id="js_view_source">阅读原文</a>'
            f'<span>阅读 {_n(rng, 4)}</span><span>分享</span><span>赞 {_n(rng, 2)}</span><span>在看 {_n(rng, 1)}</span></div>'
            '<div class="discuss_container"><a>写留言</a></div>'
            '<div class="related_article"><p>喜欢此内容的人还喜欢</p>'
            + "".join(f"<p><a>{esc(tt)}</a></p>" for tt, _ in others[3:6]) + '</div></div>'
            f'<script>var ct = "{_epoch(art, t)}";var nickname = "{acc}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzI{_n(rng, 6)}">')
    return head, body


def _wxp(p: str, style: str = "text-indent:2em;line-height:1.75em") -> str:
    return f'<p style="{style}"><span style="font-size:15px">{esc(p)}</span></p>'


def wjw_mp_yizhen(art, rng, others):
    """卫健委 公众号 义诊 post: p03 a notice with 一、 heads (活动时间/地点 items), a 专家名单 table and
    a 温馨提示 box and 扫码预约 QR after; p04 a report with a table, a ▲ caption, 记者： turns and a quoted slogan."""
    y, m, d = _ymd(art)
    pid = art["id"]

    def para(p):
        if p.startswith(HEADS):
            return ('<section style="margin:14px 0 6px"><p style="background:#1a8f6a;display:inline-block;padding:2px 10px">'
                    f'<strong><span style="color:#fff">{esc(p)}</span></strong></p></section>')
        if p.startswith("记者："):
            return _wxp(p, "line-height:1.75em;color:#1a8f6a")
        return _wxp(p)

    def after(i):
        if pid == "p04" and i == 2:
            return ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/yz1.jpg"></p>'
                    '<p style="text-align:center"><span style="font-size:12px;color:#999">▲专家为居民测量血压</span></p>')
    text = _paras(art["body"], para, "expert", th=True, after=after)
    top = ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/guanzhu.gif"></p>'
           '<p style="text-align:center"><span style="font-size:12px;color:#1a8f6a">点击蓝字 关注我们</span></p>')
    if pid == "p03":
        acc = "健康万州"
        tail = ('<section style="border:1px solid #1a8f6a;border-radius:6px;padding:10px;margin:14px 0">'
                '<p style="text-align:center"><strong>温馨提示</strong></p>'
                '<p style="font-size:14px">义诊不开具处方、不收取任何费用，如需进一步检查治疗，请到医院门诊就诊。</p></section>'
                '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr_yuyue.png"></p>'
                '<p style="text-align:center"><span style="font-size:12px">扫码提前预约 免排队</span></p>'
                '<p><span style="font-size:12px;color:#999">来源：区卫生健康委医政科</span></p>'
                '<p><span style="font-size:12px;color:#999">编辑：秦月　审核：冉华</span></p>')
        date = f"{y}-{m}-{d} {_hm(rng)}"
    else:
        acc = "荣昌卫健"
        tail = ('<p><span style="font-size:12px;color:#999">文/图：区卫生健康委 宣传科</span></p>'
                '<p><span style="font-size:12px;color:#999">责任编辑：林珊　审核：唐勇</span></p>'
                '<section><p><strong>往期推荐</strong></p>' + "".join(f"<p>▶ {esc(t)}</p>" for t, _ in others[:3]) + '</section>'
                '<p style="text-align:center"><span style="font-size:12px">分享、点赞、在看，三连走起～</span></p>')
        date = f"{y}年{int(m)}月{int(d)}日 {_hm(rng)}"
    head, body = _wx(art, rng, acc, top + text + tail, others, date, pid == "p03")
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 12)}wjw{pid}"


def xzf_pishi_luoshi(art, rng, others):
    """县 政府网 领导批示 落实 page: p05 an old GBK portal with NO visible date (PubDate meta and URL
    only), bold 坚持… heads and a 批示件办理 box beside; p06 a 信息公开 grid, 发布时间 beside 更新时间,
    bold 一要… heads, 责任编辑, share and 相关文章."""
    y, m, d = _ymd(art)
    pid = art["id"]

    def para(p):
        if p.startswith(("坚持", "一要", "二要", "三要")):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'
    text = _paras(art["body"], para)
    if pid == "p05":
        site = "城口县人民政府"
        body = (f'<div id="top"><img src="/images/top.jpg" alt="{site}"></div>'
                '<div id="menu"><a>首页</a><a>走进城口</a><a>政务公开</a><a>政务服务</a><a>政民互动</a></div>'
                '<table width="1002" align="center"><tr><td width="700" valign="top">'
                '<div class="weizhi">您现在的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>督查督办</a></div>'
                f'<div class="con"><div class="bt">{esc(art["title"])}</div>'
                f'<div class="ly">来源：县政府督查室&nbsp;&nbsp;&nbsp;&nbsp;阅读：{_counter(rng)}次&nbsp;&nbsp;&nbsp;&nbsp;'
                '【<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<div class="zw" id="zoom">{text}</div>'
                '<div class="dy"><a href="javascript:window.print()">[打印本页]</a>&nbsp;<a href="javascript:window.close()">[关闭窗口]</a></div></div></td>'
                '<td width="290" valign="top"><div class="rbox"><div class="rtit">批示件办理</div><ul>'
                '<li>批示任务：12项</li><li>已完成：9项</li><li>推进中：3项</li></ul></div>'
                '<div class="rbox"><div class="rtit">督查督办</div><ul>' + _related(others, 4, lambda dd: f"[{dd[5:]}]") + '</ul></div>'
                f'</td></tr></table><div id="footer">{_footer(site, rng)}</div>')
        url = f"http://www.cqck.gov.cn/zwgk/dcdb/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
        head = (f'<title>{esc(art["title"])}_{site}</title>'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="县政府督查室">')
        return head, body, url
    site = "奉节县人民政府"
    grid = ('<table class="xxgk_table"><tr><td>索引号：</td><td>11500236MB1'
            f'{_n(rng, 5)}/{y}-{_n(rng, 5)}</td><td>发布机构：</td><td>奉节县人民政府办公室</td></tr>'
            f'<tr><td>主题分类：</td><td>督查督办</td><td>成文日期：</td><td>{y}-{m}-{int(d) - 1:02d}</td></tr>'
            f'<tr><td>标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
    body = (f'<div class="head"><div class="logo"><img src="/images/logo.png" alt="{site}"></div></div>'
            '<div class="crumbs">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>法定主动公开内容</a> &gt; <a>督查督办</a></div>'
            f'<div class="article-box">{grid}<h2 class="article-title">{esc(art["title"])}</h2>'
            f'<div class="article-info"><span>发布时间：{y}/{int(m)}/{int(d)}</span>&nbsp;|&nbsp;<span>更新时间：{y}/{int(m)}/{int(d) + 1}</span>'
            '&nbsp;|&nbsp;<span>来源：县政府办公室</span>&nbsp;|&nbsp;<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
            f'<div class="bt_content">{text}</div>'
            '<div class="editor">（责任编辑：张　弛）</div>'
            '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            '<div class="print"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
            '<div class="xgwz"><div class="hd">相关文章</div><ul>' + _related(others, 5, lambda dd: dd) + '</ul></div>'
            + _footer(site, rng))
    url = f"http://www.cqfj.gov.cn/zwgk_208/fdzdgknr/dcdb/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    head = (f'<title>{esc(art["title"])}_奉节县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="督查督办">')
    return head, body, url


def xhw_twzb_summary(art, rng, others):
    """新华网-like 图文直播 summary page: a 直播 box (状态/时间/嘉宾), the publication line with 【纠错】,
    summary paragraphs with 问：/记者： turns; p07 a 直播回看 player and a 图片直播 strip after the text;
    p08 a time stamp element before some paragraphs and a photo with a 新华网 caption."""
    y, m, d = _ymd(art)
    pid = art["id"]
    t = _hms(rng)
    if pid == "p07":
        guests = "市统计局副局长 张明；市发展改革委副主任 李强"
        start = "10:00"
    else:
        guests = "省应急管理厅副厅长 王建国；省水利厅总工程师 刘晓东"
        start = "15:00"
    stamps = {1: "15:08", 4: "15:21", 5: "15:33", 9: "15:52"} if pid == "p08" else {}

    def para(p):
        return f'<p>{esc(p)}</p>'

    def after(i):
        if pid == "p08" and i + 1 in stamps:
            return f'<div class="zb-time"><span class="dot"></span>{stamps[i + 1]}</div>'
        if pid == "p08" and i == 6:
            return ('<p align="center"><img src="//www.sc.xinhuanet.com/titlepic/112345.jpg"></p>'
                    '<p align="center" class="pictext">发布会现场。新华网 杨洋 摄</p>')
    text = _paras(art["body"], para, after=after)
    box = (f'<div class="zb-head"><span class="zb-state">已结束</span><span class="zb-label">图文直播</span>'
           f'<p>直播时间：{y}年{int(m)}月{int(d)}日 {start}</p><p>嘉宾：{guests}</p></div>')
    player = ('<div class="video-box"><div class="player" id="zbhk"></div><p>直播回看</p></div>' if pid == "p07" else "")
    if pid == "p07":
        info = (f'<div class="header-cont"><div class="info"><span class="year"><em>{y}</em></span>'
                f'<span class="day"><em>{m}</em>/<em>{d}</em></span><span class="time">{t}</span>'
                '<span class="source">来源：新华网</span></div></div>')
        tail = ('<div class="tpzb"><h3>图片直播</h3><ul><li><img src="p1.jpg"><p>发布会现场</p></li>'
                '<li><img src="p2.jpg"><p>市统计局副局长张明发布数据</p></li></ul></div>')
        url = f"http://www.cq.news.cn/{y}-{m}/{d}/c_{_n(rng, 10)}.htm"
        site = "新华网重庆频道"
    else:
        info = (f'<div class="info"><span>{y}年{m}月{d}日 {t}</span> | <span>来源：新华网四川频道</span></div>')
        tail = ""
        url = f"http://www.sc.news.cn/{y}{m}{d}/{_n(rng, 8)}abc/c.html"
        site = "新华网四川频道"
    body = ('<div class="topbar"><a>新华网</a> <a>地方</a> <a>时政</a> <a>财经</a> <a>视频</a> <a>登录</a></div>'
            f'<div class="location"><a>{site}</a> &gt; <a>直播</a> &gt; 正文</div>'
            f'<div class="head-line"><h1><span class="title">{esc(art["title"])}</span></h1>{info}'
            '<div class="fontSize"><span>字体：</span><a>小</a><a>中</a><a>大</a></div>'
            '<div class="share">分享到：<a>微信</a><a>微博</a></div></div>'
            f'{box}{player}<div id="detail"><div class="main-aticle">{text}</div></div>{tail}'
            f'<div class="editor">【纠错】 <span>责任编辑：{"刘洁" if pid == "p07" else "赵雪"}</span></div>'
            '<div class="related"><h3>相关新闻</h3><ul>' + _related(others, 4, lambda dd: dd) + '</ul></div>'
            '<div class="foot">Copyright © 2000-2024 XINHUANET.com All Rights Reserved. 新华网版权所有 制作单位：新华网地方频道</div>')
    head = (f'<title>{esc(art["title"])}-{site}</title><meta name="keywords" content="新闻发布会">'
            f'<meta name="description" content="{esc(art["title"])}---{site}">')
    return head, body, url


def spj_ywtb_news(art, rng, others):
    """区 审批服务局 portal 一网通办 news: p09 a modern page with a 来源：…客户端 line, a 副标题, the
    第一步… 办理流程 items, a 温馨提示 box and 相关推荐; p10 an old GBK portal with every paragraph
    ``<br>``-separated in one ``<div>``, 服务时间/地点 lines, an 更新时间 line at the bottom."""
    y, m, d = _ymd(art)
    pid = art["id"]
    if pid == "p09":
        site = "重庆两江新区行政审批服务局"
        text = _paras(art["body"], lambda p: f'<p style="text-indent:2em;">{esc(p)}</p>')
        body = ('<div class="top-bar"><span>欢迎访问重庆两江新区行政审批服务局</span><a>无障碍</a><a>长者模式</a></div>'
                '<div class="nav"><a>首页</a><a>机构概况</a><a>新闻动态</a><a>政务公开</a><a>一网通办</a></div>'
                '<div class="position">当前位置：<a>首页</a> &gt; <a>新闻动态</a> &gt; <a>媒体聚焦</a></div>'
                f'<div class="detail"><div class="tit"><h1>{esc(art["title"])}</h1><h3>——两江新区深化政务服务改革见闻</h3></div>'
                f'<div class="fbxx"><span>{y}-{m}-{d} {_hm(rng)}</span><span>来源：重庆日报客户端</span>'
                '<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
                f'<div class="con" id="zoomcon">{text}</div>'
                '<div class="tips" style="background:#f5f8fc;padding:10px"><b>温馨提示：</b>办理过程中如遇问题，可拨打政务服务热线023-67000000咨询，'
                '或在“渝快办”平台“好差评”栏目留言。</div>'
                '<div class="bq">版权声明：本网转载稿件版权归原作者所有，如有侵权请联系删除。</div>'
                '<div class="gn"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
                '<div class="tj"><h4>相关推荐</h4><ul>' + _related(others, 5, lambda dd: f"({dd})") + '</ul></div>'
                '<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div>'
                + _footer(site, rng))
        url = f"http://ljxq.cq.gov.cn/ljxq/spfwj/xwdt/mtjj/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        head = (f'<title>“一网通办”再提速 企业开办最快半天办结 - {site}</title>'
                f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d}">')
        return head, body, url
    site = "重庆市潼南区行政审批服务局"
    lines = "<br>".join(IND + esc(p) for p in art["body"])
    body = ('<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/skin/top.jpg"></td></tr>'
            '<tr><td class="menu"><a>网站首页</a>|<a>本局概况</a>|<a>工作动态</a>|<a>通知公告</a>|<a>办事指南</a></td></tr></table>'
            '<table width="980" align="center"><tr><td class="wz">您现在的位置：<a>首页</a>&gt;<a>工作动态</a></td></tr>'
            f'<tr><td align="center"><h3>{esc(art["title"])}</h3></td></tr>'
            f'<tr><td align="center" class="info">作者：办公室&nbsp;&nbsp;发布日期：{y}年{int(m)}月{int(d)}日&nbsp;&nbsp;点击：{_counter(rng)}'
            '&nbsp;&nbsp;【<a>大</a>&nbsp;<a>中</a>&nbsp;<a>小</a>】</td></tr>'
            f'<tr><td><div id="fontzoom" style="font-size:14px;line-height:26px">{lines}<br></div></td></tr>'
            f'<tr><td align="right" class="gray">更新时间：{y}-{m}-{int(d) + 4:02d}&nbsp;&nbsp;【<a>打印</a>】【<a>关闭</a>】</td></tr>'
            f'<tr><td>上一条：<a>{esc(others[4][0])}</a></td></tr></table>'
            f'<table width="980" align="center"><tr><td align="center">{_footer(site, rng)}</td></tr></table>')
    url = f"http://www.cqstn.gov.cn/spj/gzdt/{y}{m}{d}/{_n(rng, 5)}.html"
    head = f'<title>{site}--{esc(art["title"])}</title>'
    return head, body, url


def zhen_mp_fangni(art, rng, others):
    """镇 公众号 防溺水 告家长书: the salutation, 一、 heads or 1. items and a quoted slogan are body;
    the closing signature and date, the 家长回执 box (p11), the ▲ caption and 扫码观看 QR (p12),
    来源/编辑/审核 credits and the WeChat shell are not."""
    y, m, d = _ymd(art)
    pid = art["id"]

    def para(p):
        if p.startswith(HEADS):
            return f'<p style="line-height:1.75em"><strong><span style="color:#0070c0">{esc(p)}</span></strong></p>'
        if p.endswith("：") and len(p) < 12:
            return _wxp(p, "line-height:1.75em")
        if p.startswith("“"):
            return f'<p style="text-align:center"><strong><span style="color:#c00000;font-size:17px">{esc(p)}</span></strong></p>'
        return _wxp(p)

    def after(i):
        if pid == "p12" and i == 3:
            return ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/jsp.jpg"></p>'
                    '<p style="text-align:center"><span style="font-size:12px;color:#888">▲镇村干部在河道边设置警示牌</span></p>')
    text = _paras(art["body"], para, after=after)
    town, sign = ("三角镇", f"綦江区三角镇人民政府") if pid == "p11" else ("火炉镇", "武隆区火炉镇人民政府")
    signed = f"{y}年{int(m)}月{int(d) - 1}日"
    sig = (f'<p style="text-align:right"><span style="font-size:15px">{sign}</span></p>'
           f'<p style="text-align:right"><span style="font-size:15px">{signed}</span></p>')
    top = ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/top2.gif"></p>'
           f'<p style="text-align:center"><span style="font-size:12px;color:#888">点击上方蓝字关注“{town}发布”</span></p>')
    if pid == "p11":
        extra = ('<section style="border:1px dashed #999;padding:10px;margin:16px 0"><p style="text-align:center"><strong>家长回执</strong></p>'
                 '<p>我已认真阅读《防溺水安全告家长书》，将切实履行监护责任。</p>'
                 '<p>学生姓名：________　班级：________</p><p>家长签名：________　联系电话：________</p></section>')
        date = f"{y}-{m}-{d} {_hm(rng)}"
    else:
        extra = ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr_video.png"></p>'
                 '<p style="text-align:center"><span style="font-size:12px">长按识别二维码 观看防溺水安全教育视频</span></p>')
        date = f"{y}-{m}-{d} {_hm(rng)}"
    credits = ('<p><span style="font-size:12px;color:#888">来源：镇党政办　镇中心校</span></p>'
               f'<p><span style="font-size:12px;color:#888">编辑：{"罗丹" if pid == "p11" else "韦芳"}　审核：{"王刚" if pid == "p11" else "冉启明"}</span></p>'
               '<p style="text-align:center"><span style="font-size:12px">觉得有用，请点个“在看”吧</span></p>')
    head, body = _wx(art, rng, f"{town}发布", top + text + sig + extra + credits, others, date, pid == "p11")
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 12)}fn{pid}"


OTHER_ON_PAGE = {"p13": ["市民运动会游泳比赛开赛", "文化惠民演出走进社区", "今晚看点"],
                 "p14": ["市游泳锦标赛下月开赛", "暑期体育公益培训开始报名"]}


def epaper_wanbao_wenti(art, rng, others):
    """晚报 e-paper 文体版: issue line, 版次 selector, 上一版/下一版/PDF, 本版导航; p13 a kicker and a 副题,
    a byline, a caption and a 今日赛果 box beside the text; p14 (GBK) every paragraph ``<br>``-separated
    with ``　　`` in one ``<div id="ozoom">``, the byline inside it, the results table inside the text (body)."""
    y, m, d = _ymd(art)
    pid = art["id"]
    if pid == "p13":
        paper, ban, bname = "重庆晚报", "A07", "文体"
        text = "".join(f"<p>{IND}{esc(p)}</p>" + ('<p align="center"><img src="../../../res/1/20231023/a07_1.jpg"></p>'
                                                   '<p align="center">王泽宇（右）在比赛中上篮。记者 陈　实 摄</p>' if i == 5 else "")
                       for i, p in enumerate(art["body"]))
        main = ('<div class="kicker">NBL季后赛</div>'
                f'<h1 class="title">{esc(art["title"])}</h1><h3 class="subtitle">王泽宇26分12个篮板 半决赛28日开打</h3>'
                '<div class="author">本报记者　周　游</div>'
                f'<founder-content>{text}</founder-content>'
                '<div class="result-box"><h4>今日赛果</h4><ul><li>重庆 98:91 山西</li><li>江苏 87:80 长沙</li>'
                '<li>安徽 102:95 广西</li><li>陕西 76:84 香港</li></ul><p>（赛程如有变动，以联赛官方公告为准）</p></div>'
                '<div class="bianji">本版编辑：罗　亮　美编：何　佳</div>')
        url = f"https://epaper.cqwb.com.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    else:
        paper, ban, bname = "绵阳晚报", "07", "文体新闻"
        body, out, run = art["body"], [], []
        for p in body + [None]:
            if p is not None and _row(p):
                run.append(p)
                continue
            if run:
                out.append(_table(run, "bf", th=True))
                run = []
            if p is not None:
                out.append(IND + esc(p) + "<br>")
        main = (f'<div class="tit"><h2>{esc(art["title"])}</h2></div>'
                '<div id="ozoom" style="font-size:14px">　　□本报记者 李　晓<br>' + "".join(out)
                + '<p align="center"><img src="/pic/20220711/07_2.jpg"><br>比赛现场。 记者 李晓 摄</p></div>'
                '<div class="other"><h4>本版其他稿件</h4><ul><li>市游泳锦标赛下月开赛</li><li>暑期体育公益培训开始报名</li></ul></div>')
        url = f"http://szb.myjjb.com/mywb/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    issue = f'{paper}　{y}年{m}月{d}日　{_week(art)}'
    nav = ('<div class="bmdh"><h4>本版导航</h4><ul>'
           + "".join(f"<li><a>{esc(t)}</a></li>" for t in [art["title"]] + OTHER_ON_PAGE[pid]) + '</ul></div>')
    sel = (f'<div class="banci"><span>{issue}</span>　<span>第{ban}版：{bname}</span>　'
           '<a>上一版</a> <a>下一版</a> <a>PDF下载</a> <a>往期回顾</a></div>')
    body = (f'<div class="top"><img src="/images/logo.gif" alt="{paper}"></div>{sel}'
            f'<div class="main"><div class="left">{nav}<img src="/pic/{y}{m}{d}/{ban}_s.jpg" usemap="#PagePicMap"></div>'
            f'<div class="right">{main}<div class="tools"><a>上一篇</a> <a>下一篇</a> 【<a>打印</a>】【<a>关闭</a>】</div></div></div>'
            f'<div class="copy">{paper}版权所有　未经授权禁止转载、摘编、复制或建立镜像</div>')
    head = f'<title>{paper}数字报-{esc(art["title"])}</title><meta name="description" content="{paper}电子版">'
    return head, body, url


TEMPLATES = {"lyj_gushu_news": lyj_gushu_news, "wjw_mp_yizhen": wjw_mp_yizhen,
             "xzf_pishi_luoshi": xzf_pishi_luoshi, "xhw_twzb_summary": xhw_twzb_summary,
             "spj_ywtb_news": spj_ywtb_news, "zhen_mp_fangni": zhen_mp_fangni,
             "epaper_wanbao_wenti": epaper_wanbao_wenti}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages56", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
