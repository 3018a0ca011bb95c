"""Build the sixty-fifth saved-page set (``pages65``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 卫健委 portal 家庭医生签约 news page
(``wjw_jtys_qianyue``), a 区 交通局 公众号 出行提示 post with 路线/路段 items
(``jtj_mp_chuxing_tishi``), a 县 政府网 重要会议 page with a 会议议程 or a 会议通知
(``xzf_zyhy_yicheng``), a 新华网-like 专题 访谈 page with 主持人/嘉宾 turns
(``xhw_ztft_zhuchiren``), a 区 水利局 portal 水库巡查 news page (``slj_shuiku_xuncha``), a 社区
公众号 居民议事会 post (``sq_mp_yishihui``) and a 周刊 人物版 e-paper page with a 人物档案 box
(``epaper_zhoukan_renwu_ban``). ``articles.txt`` holds the title, date and reference body; the
furniture (not body) is written here. See README.md.

    python tests/data/web/pages65/build.py
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


def _table(rows, attrs: str) -> str:
    """Table rows (cells joined by single spaces) as one ``<table>``, the first row as ``<th>``."""
    out = []
    for k, r in enumerate(rows):
        tag = "th" if k == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _paras(body, para_fn, attrs: str = "", after=None) -> str:
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
    return (f'<div class="footer"><p>主办单位：{site}　承办单位：{site}办公室</p>'
            f'<p>{region}ICP备{_n(rng, 8)}号-1　<img src="/images/ga.png">{region}公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a></p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>')


def _wx(art, rng, others, acc: str, date: str, content: str) -> tuple[str, str]:
    """A WeChat post's shell: meta row (account, visible publish time), ``content``, the
    阅读原文/阅读/赞/在看 row, 写留言 and 喜欢此内容的人还喜欢."""
    y, m, d = _ymd(art)
    t = date.split(" ")[-1]
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n</h1>'
            '<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{acc}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{date}</em>'
            '<em class="rich_media_meta rich_media_meta_text" id="js_ip_wording_wrp">发表于重庆</em></div>'
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


def wjw_jtys_qianyue(art, rng, others):
    """区 卫健委 portal 家庭医生签约 news. p01: old table layout, ``<font>`` title, ``发布日期：Y年M月D日``
    info cell with ``&nbsp;`` runs and a ``document.write`` counter, ``<br>``-separated ``　　`` lines in
    one ``<div>`` with a photo and its caption among them, （责任编辑）, 打印/关闭. p02: info ``<span>``s
    with no whitespace (发布时间, 更新时间, 来源, 字号), bold 一、 heads, a numbered list of centres, a
    健康小贴士 box, share, 相关阅读 with dates, a government footer."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    if art["id"] == "p01":
        site = "重庆市沙坪坝区卫生健康委员会"
        lines = []
        for i, p in enumerate(art["body"]):
            lines.append(IND + esc(p))
            if i == 1:
                lines.append(f'<p align="center"><img src="/uploadfiles/{y}{m}/{d}/{_n(rng, 12)}.jpg" border="0"></p>'
                             '<p align="center"><font face="楷体_GB2312">图为家庭医生为居民测量血压。（区卫生健康委供图）</font></p>')
        text = "<br>\n".join(lines)
        body = (f'<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="/images/banner.jpg" alt="{site}"></td></tr>'
                '<tr><td class="nav"><a>首页</a> | <a>机构设置</a> | <a>卫健动态</a> | <a>政务公开</a> | <a>医政医管</a> | <a>疾病预防</a> | <a>健康教育</a> | <a>公众参与</a></td></tr></table>'
                '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="230" valign="top" class="left">'
                '<table width="100%"><tr><td class="lm">卫健动态</td></tr><tr><td><a>工作动态</a></td></tr><tr><td><a>基层动态</a></td></tr><tr><td><a>通知公告</a></td></tr></table></td>'
                '<td valign="top"><table width="100%"><tr><td class="wz">您现在的位置：<a>首页</a> &gt; <a>卫健动态</a> &gt; <a>工作动态</a></td></tr>'
                f'<tr><td align="center" height="56"><font size="4" color="#0b4e9b"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info" bgcolor="#f2f6fb">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;来源：区卫生健康委&nbsp;&nbsp;&nbsp;'
                f'阅读次数：<script language="javascript">document.write("{_n(rng, 3)}");</script>&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="con"><div id="zoom"><font style="font-size:16px;line-height:30px">{text}</font></div></td></tr>'
                '<tr><td align="right">（责任编辑：冯晓）</td></tr>'
                '<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
                f'<tr><td>上一篇：<a>{esc(others[0][0])}</a><br>下一篇：<a>{esc(others[1][0])}</a></td></tr></table></td></tr></table>'
                f'<table width="980" align="center"><tr><td class="foot">版权所有：{site}　地址：沙坪坝区小龙坎正街 邮编：400030<br>'
                f'渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</td></tr></table>')
        head = (f'<title>{esc(art["title"])}-{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ContentSource" content="区卫生健康委">')
        return head, body, f"http://www.cqspb.gov.cn/bm/qwsjkw/wjdt/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    site = "重庆市九龙坡区卫生健康委员会"

    def para(p):
        if p.startswith(HEADS):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        if p[:2].rstrip(".").isdigit():
            return f'<p style="text-indent:2em">&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>'
        return f'<p style="text-indent:2em;text-align:justify;line-height:2">{esc(p)}</p>'
    text = _paras(art["body"], para)
    upd = f"{y}-{m}-{int(d) + 1:02d}"
    body = (f'<div class="head"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>'
            '<div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div>'
            '<ul class="nav"><li>首页</li><li>政务公开</li><li>卫健要闻</li><li>办事服务</li><li>互动交流</li></ul></div>'
            '<div class="position">当前位置：<a>首页</a>&gt;<a>政务公开</a>&gt;<a>卫健要闻</a></div>'
            f'<div class="article-box"><div class="bt_title">{esc(art["title"])}</div>'
            f'<div class="bt_info"><span>发布时间：{y}-{m}-{d} {t}</span><span>更新时间：{upd}</span>'
            f'<span>来源：九龙坡区卫生健康委</span><span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
            f'<div class="bt_content"><div class="TRS_Editor">{text}</div></div>'
            '<div class="jkts"><div class="jkts-hd">健康小贴士</div><p>签约家庭医生后，居民可优先预约上级医院专家号源；'
            '签约服务协议一年一签，到期未解约的自动续约。</p></div>'
            '<div class="bdsharebuttonbox">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            '<div class="tool"><a>【打印】</a><a>【关闭】</a></div>'
            '<div class="xgyd"><h3>相关阅读</h3><ul>' + _related(others, 4, lambda dd: f"[{dd}]") + '</ul></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_卫健要闻_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ColumnName" content="卫健要闻">')
    return head, body, f"http://www.cqjlp.gov.cn/bmjz/qwjw/zwgk_1/wjyw/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def jtj_mp_chuxing_tishi(art, rng, others):
    """区 交通局 公众号 出行提示 post. p03: 关注 banner, blue-bar 一、 heads, ``路线一：`` items with the
    label in bold colour, a ▲ map caption, a 温馨提示 box, 来源/编辑/审核 credits, 往期推荐. p04: a
    路段 table with a header row (rows body), a ▲ caption, a 购票 QR line, credits."""
    y, m, d = _ymd(art)
    top = ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/top.gif"></p>'
           '<p style="text-align:center"><span style="font-size:12px;color:#2f6fd0">↑点击上方蓝字关注我们</span></p>')
    if art["id"] == "p03":
        def para(p):
            if p.startswith(HEADS):
                return ('<section style="border-left:4px solid #2f6fd0;padding-left:8px;margin:16px 0">'
                        f'<p><strong><span style="color:#2f6fd0">{esc(p)}</span></strong></p></section>')
            if p.startswith("路线"):
                k = p.index("：") + 1
                return (f'<p style="line-height:1.75em"><strong><span style="color:#c00000">{esc(p[:k])}</span></strong>'
                        f'<span style="font-size:15px">{esc(p[k:])}</span></p>')
            return f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>'

        def after(i):
            if i == 5:
                return ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/luxian.png"></p>'
                        '<p style="text-align:center"><span style="font-size:12px;color:#888">▲祭扫路线示意图</span></p>')
            return ""
        content = top + _paras(art["body"], para, after=after)
        content += ('<section style="background:#fff7e6;padding:10px;margin:12px 0"><p><strong>温馨提示</strong></p>'
                    '<p style="font-size:14px">出行前可拨打12328交通运输服务监督电话或关注本公众号查询实时路况。</p></section>'
                    '<p><span style="font-size:12px;color:#888">来源：区交通运输局运输管理科</span></p>'
                    '<p><span style="font-size:12px;color:#888">编辑：唐敏　审核：向东</span></p>'
                    '<section><p><strong>往期推荐</strong></p>' + "".join(f"<p>▶ {esc(t)}</p>" for t, _ in others[:3]) + '</section>')
        head, body = _wx(art, rng, others, "万州交通", f"{y}-{m}-{d} 18:30", content)
        return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 8)}Wz{_n(rng, 7)}"

    def para(p):
        return f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px;color:#333">{esc(p)}</span></p>'

    def after(i):
        if i == 0:
            return ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/kyz.jpg"></p>'
                    '<p style="text-align:center"><span style="font-size:12px;color:#999">▲涪陵汽车站（资料图）</span></p>')
        return ""
    content = top + _paras(art["body"], para, 'style="width:100%;border-collapse:collapse;text-align:center" border="1"', after=after)
    content += ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/qr.png"></p>'
                '<p style="text-align:center"><span style="font-size:12px">长按识别二维码　在线购买车票</span></p>'
                '<p><span style="font-size:12px;color:#888">来源：涪陵区交通运输局</span></p>'
                '<p><span style="font-size:12px;color:#888">编辑：谭欣　审核：刘强</span></p>')
    head, body = _wx(art, rng, others, "涪陵交通", f"{y}年{m}月{d}日 17:20", content)
    return head, body, f"https://mp.weixin.qq.com/s?__biz=MzA{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 12)}"


def xzf_zyhy_yicheng(art, rng, others):
    """县 政府网 重要会议 page. p05 (GBK): a 信息公开 grid above the title (索引号/发布机构/生成日期),
    an info line ``发布时间：…  来源：…  【字体：大 中 小】``, ``　　`` paragraphs with ``&nbsp;``-indented
    议程 items, 打印/关闭, footer. p06: a 会议通知 with NO visible date (``PubDate`` meta and the URL),
    the 落款 (unit and date), a 附件 link, share, 相关文件 with dates, footer."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    if art["id"] == "p05":
        site = "酉阳土家族苗族自治县人民政府"

        def para(p):
            if p[:2].rstrip(".").isdigit():
                return f'<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>'
            return f'<p>{IND}{esc(p)}</p>'
        text = _paras(art["body"], para)
        grid = ('<table class="xxgk_table" width="100%" border="1" cellspacing="0"><tr>'
                f'<td>索引号：</td><td>11500242{_n(rng, 6)}R/{y}-{_n(rng, 5)}</td><td>发布机构：</td><td>县政府办公室</td></tr>'
                f'<tr><td>主题分类：</td><td>综合政务</td><td>生成日期：</td><td>{y}-{m}-{d}</td></tr>'
                f'<tr><td>名　　称：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
        body = (f'<div class="top"><img src="/images/top.jpg" alt="{site}"></div>'
                '<div class="menu"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进酉阳</a></div>'
                '<div class="dqwz">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政务动态</a> &gt; <a>重要会议</a></div>'
                f'<div class="zw_main">{grid}<h2 class="zw_title">{esc(art["title"])}</h2>'
                f'<div class="zw_info">发布时间：{y}-{m}-{d} {t}&nbsp;&nbsp;&nbsp;&nbsp;来源：县政府办公室&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<div class="zw"><div class="TRS_Editor">{text}</div></div>'
                '<div class="zw_tool"><a>【打印本页】</a>　<a>【关闭窗口】</a></div></div>'
                + _gov_footer(site, rng))
        head = (f'<title>{esc(art["title"])}_重要会议_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ColumnName" content="重要会议">')
        return head, body, f"http://www.youyang.gov.cn/zwgk_264/zwdt/zyhy/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    site = "彭水苗族土家族自治县人民政府"

    def para(p):
        if p.startswith(HEADS):
            return f'<p style="text-indent:2em"><font face="黑体">{esc(p)}</font></p>'
        if p.endswith("：") and "各" in p[:2]:
            return f'<p style="text-indent:0">{esc(p)}</p>'
        return f'<p style="text-indent:2em"><font face="仿宋_GB2312">{esc(p)}</font></p>'
    text = _paras(art["body"], para)
    text += ('<p style="text-indent:2em">附件：<a href="./P020231109.docx">参会回执.docx</a></p>'
             '<p style="text-align:right">彭水苗族土家族自治县人民政府办公室</p>'
             '<p style="text-align:right">2023年11月8日</p>')
    body = ('<div class="top-bar"><span>欢迎访问彭水苗族土家族自治县人民政府网站</span><a>无障碍</a><a>长者模式</a></div>'
            f'<div class="header"><img src="/images/logo.png" alt="{site}"><div class="search"><input><a>搜索</a></div></div>'
            '<ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>魅力彭水</li></ul>'
            '<div class="crumbs"><a>首页</a> &gt; <a>政务公开</a> &gt; <a>通知公告</a></div>'
            f'<div class="con"><h1>{esc(art["title"])}</h1>'
            '<div class="info"><span>来源：县政府办公室</span> | <span>字号：<a>大</a> <a>中</a> <a>小</a></span> | <span><a>打印</a></span></div>'
            f'<div class="view TRS_UEDITOR">{text}</div>'
            '<div class="share">分享：<a>微信</a><a>微博</a></div>'
            '<div class="xgwj"><h3>相关文件</h3><ul>' + _related(others, 3, lambda dd: f"[{dd}]") + '</ul></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ColumnName" content="通知公告">')
    return head, body, f"http://www.psx.gov.cn/zwgk_250/tzgg/{y}-{m}/{d}/content_{_n(rng, 7)}.html"


def xhw_ztft_zhuchiren(art, rng, others):
    """新华网-like 专题 访谈 page. p07: 专题 banner, a video player with a 播放量 line, the title, a
    ``YYYY-MM-DD hh:mm:ss 来源：新华网`` info line, a 嘉宾介绍 box, ``【主持人】``/``【姓名】`` turns each a
    ``<p>`` with the bracket label bold, 【纠错】 责任编辑, share, 相关专题. p08: ``主持人：``/``姓名：``
    turns, an info line ``Y年M月D日 hh:mm``, a 嘉宾 card, an 编辑：… line, 推荐阅读 with dates, 版权
    声明 footer."""
    y, m, d = _ymd(art)
    if art["id"] == "p07":
        def para(p):
            k = p.index("】") + 1
            return f'<p><strong>{esc(p[:k])}</strong>{esc(p[k:])}</p>'
        text = _paras(art["body"], para)
        body = ('<div class="topbar"><a>新华网</a> | <a>新华社</a> | <a>客户端</a> | <a>登录</a></div>'
                '<div class="zt-banner"><img src="/zt/xnr/banner.jpg" alt="乡村振兴进行时"><div class="zt-nav"><a>首页</a><a>访谈</a><a>图片</a><a>视频</a><a>评论</a></div></div>'
                '<div class="video-box"><div id="player" class="xhw-player"><video src="/zt/xnr/ft.mp4" controls></video></div>'
                f'<div class="pv">播放量：{_n(rng, 5)}　时长 32:18</div></div>'
                f'<div class="main"><div class="h-title">{esc(art["title"])}</div>'
                f'<div class="h-info"><span class="h-time">{y}-{m}-{d} {_hms(rng)}</span><span>来源：新华网</span></div>'
                '<div class="jbjs"><h4>嘉宾介绍</h4><p>张明远：四川省农业农村厅科技教育处负责同志</p>'
                '<p>刘晓燕：眉山市东坡区柑橘专业合作社理事长</p></div>'
                f'<div id="detail" class="main-aticle">{text}</div>'
                '<div class="editor">【纠错】<span>责任编辑：赵倩</span></div>'
                '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
                '<div class="xgzt"><h3>相关专题</h3><ul>' + _related(others, 3, lambda dd: "") + '</ul></div></div>'
                f'<div class="foot">Copyright © 2000-{y} XINHUANET.com All Rights Reserved.<br>制作单位：新华网股份有限公司　版权所有：新华网股份有限公司</div>')
        head = (f'<title>{esc(art["title"])}-新华网</title><meta name="keywords" content="新农人,乡村振兴,访谈">'
                f'<meta name="description" content="{esc(art["title"])}">')
        return head, body, f"http://www.news.cn/talking/{y}{m}{d}/{_n(rng, 8)}a{_n(rng, 6)}/c.html"

    def para(p):
        k = p.index("：") + 1
        return f'<p style="text-indent:2em"><span style="color:#0d5ea6"><b>{esc(p[:k])}</b></span>{esc(p[k:])}</p>'
    text = _paras(art["body"], para)
    body = ('<div class="topbar"><a>新华网</a> | <a>重庆频道</a> | <a>登录</a></div>'
            '<div class="crumb"><a>新华网</a> &gt; <a>重庆频道</a> &gt; <a>全国两会</a></div>'
            f'<div class="main"><h1>{esc(art["title"])}</h1>'
            f'<div class="info">{y}年{m}月{d}日 {_hm(rng)}　来源：新华网重庆频道</div>'
            '<div class="card"><img src="/zt/lh/jb.jpg"><p>本期嘉宾</p><p>王立新　全国人大代表</p><p>陈静　全国人大代表</p></div>'
            f'<div id="detail">{text}</div>'
            '<p class="bj">编辑：孙悦</p>'
            '<div class="tj"><h3>推荐阅读</h3><ul>' + _related(others, 4, lambda dd: dd) + '</ul></div></div>'
            '<div class="foot">版权声明：本网所有内容，未经新华网授权，禁止转载、摘编、复制及建立镜像。<br>'
            f'京ICP证{_n(rng, 6)}号　京公网安备{_n(rng, 14)}号</div>')
    head = f'<title>{esc(art["title"])}-新华网重庆频道</title><meta name="description" content="{esc(art["body"][0][:50])}">'
    return head, body, f"http://www.cq.news.cn/{y}-{m}/{d}/c_{_n(rng, 10)}.htm"


def slj_shuiku_xuncha(art, rng, others):
    """区 水利局 portal 水库巡查 news. p09 (GBK): old table layout, ``→`` breadcrumb, ``<font>`` paragraphs
    with ``　　``, an info cell ``发布时间：…  点击数：<script>document.write</script>``, a photo and its
    caption, 【打印此页】【关闭窗口】, 上一条/下一条. p10: ``发布日期：Y/M/D`` info ``<span>``s joined by
    ``&nbsp;``, a 检查 table with a header row (rows body), （编辑：…审核：…）, 相关新闻, footer."""
    y, m, d = _ymd(art)
    if art["id"] == "p09":
        site = "重庆市綦江区水利局"

        def para(p):
            return f'<p><font face="仿宋_GB2312" style="font-size:16pt">{IND}{esc(p)}</font></p>'

        def after(i):
            if i == 2:
                return (f'<p align="center"><img src="/upload/{y}{m}/{_n(rng, 10)}.jpg" width="600"></p>'
                        '<p align="center"><font face="楷体_GB2312">图为巡查人员检查水库溢洪道</font></p>')
            return ""
        text = _paras(art["body"], para, after=after)
        body = (f'<table width="1002" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td height="120" background="/images/top.jpg">&nbsp;</td></tr>'
                '<tr><td class="daohang"><a>网站首页</a> | <a>机构概况</a> | <a>水利动态</a> | <a>政务公开</a> | <a>防汛抗旱</a> | <a>河长制</a></td></tr></table>'
                '<table width="1002" align="center"><tr><td width="220" valign="top"><table><tr><td class="lm_tit">水利动态</td></tr>'
                '<tr><td><a>工作动态</a></td></tr><tr><td><a>基层水利</a></td></tr><tr><td><a>图片新闻</a></td></tr></table></td>'
                '<td valign="top"><table width="100%"><tr><td class="weizhi">您现在的位置：<a>首页</a> → <a>水利动态</a> → <a>工作动态</a></td></tr>'
                f'<tr><td align="center"><font size="5"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布时间：{y}-{m}-{d}　作者：办公室　点击数：<script>document.write("{_n(rng, 3)}")</script></td></tr>'
                f'<tr><td class="xl_con">{text}</td></tr>'
                '<tr><td align="center">【<a>打印此页</a>】【<a>关闭窗口</a>】</td></tr>'
                f'<tr><td>上一条：<a>{esc(others[5][0])}</a><br>下一条：<a>{esc(others[6][0])}</a></td></tr></table></td></tr></table>'
                f'<table width="1002" align="center"><tr><td class="bottom">主办：{site}　地址：綦江区文龙街道<br>渝ICP备{_n(rng, 8)}号　网站标识码：{_n(rng, 10)}</td></tr></table>')
        head = f'<title>{esc(art["title"])}--{site}</title>'
        return head, body, f"http://www.cqqj.gov.cn/bm/slj/sldt/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    site = "重庆市大足区水利局"

    def para(p):
        return f'<p style="text-indent:2em;line-height:1.8">{esc(p)}</p>'
    text = _paras(art["body"], para, 'border="1" cellspacing="0" cellpadding="4" width="90%" align="center"')
    dd = f"{y}/{int(m)}/{int(d)}"
    upd = f"{y}/{int(m)}/{int(d) + 2}"
    body = (f'<div class="header"><img src="/images/logo.png" alt="{site}"></div>'
            '<ul class="nav"><li>首页</li><li>政务公开</li><li>水利要闻</li><li>防汛抗旱</li><li>互动交流</li></ul>'
            '<div class="location">当前位置：<a>首页</a> &gt; <a>水利要闻</a></div>'
            f'<div class="xl_con"><h2>{esc(art["title"])}</h2>'
            f'<div class="xl_info"><span>发布日期：{dd}</span>&nbsp;&nbsp;<span>修改日期：{upd}</span>&nbsp;&nbsp;'
            '<span>来源：大足区水利局</span>&nbsp;&nbsp;<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div class="zw">{text}</div>'
            '<p class="bj">（编辑：胡敏　审核：邓刚）</p>'
            '<div class="xgxw"><h3>相关新闻</h3><ul>' + _related(others, 4, lambda x: x) + '</ul></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="publishdate" content="{y}-{m}-{d}">')
    return head, body, f"http://www.dazu.gov.cn/bm/qslj/slyw/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def sq_mp_yishihui(art, rng, others):
    """社区 公众号 居民议事会 post: emoji banner, ``▍议题`` heads in tinted boxes, quoted speech, the
    纳凉点 ``时间：``/``地点：`` lines with bold labels, a closing one-line paragraph, two ▲ captions, a
    投稿 line, 供稿/编辑/审核 credits, a QR line and the WeChat shell."""
    y, m, d = _ymd(art)

    def para(p):
        if p.startswith("▍"):
            return ('<section style="background:#fdf1e6;padding:6px 10px;margin:16px 0">'
                    f'<p><strong><span style="color:#d9480f;font-size:17px">{esc(p)}</span></strong></p></section>')
        if p.startswith(("时间：", "地点：")):
            return f'<p style="line-height:1.75em"><strong>{esc(p[:3])}</strong>{esc(p[3:])}</p>'
        return f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>'

    def after(i):
        if i == 0:
            return ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/ysh1.jpg"></p>'
                    '<p style="text-align:center"><span style="font-size:12px;color:#999">▲议事会现场</span></p>')
        if i == 3:
            return ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/ysh2.jpg"></p>'
                    '<p style="text-align:center"><span style="font-size:12px;color:#999">▲居民代表发言</span></p>')
        return ""
    content = ('<p style="text-align:center">🏠 桃园社区 · 邻里一家亲 🏠</p>' + _paras(art["body"], para, after=after)
               + '<p style="text-align:center">— END —</p>'
               '<p><span style="font-size:12px;color:#888">对社区治理有好的建议？欢迎在留言区告诉我们！</span></p>'
               '<p><span style="font-size:12px;color:#888">供稿：桃园社区　编辑：吴佳　审核：邹平</span></p>'
               '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/qr.png"></p>'
               '<p style="text-align:center"><span style="font-size:12px">扫一扫　关注我们</span></p>')
    head, body = _wx(art, rng, others, "南坪街道桃园社区", f"{y}-{m}-{d} 20:15", content)
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 6)}Ty{_n(rng, 9)}"


def epaper_zhoukan_renwu_ban(art, rng, others):
    """周刊 人物版 e-paper page: issue line, ``第06版：人物周刊`` with 上一版/下一版/PDF, 本版标题 list, the
    引题 above the headline, the byline, ``<br>``-separated ``　　`` paragraphs in ``#ozoom`` with a
    photo and caption among them, a 人物档案 box after the text, 编辑 line, 上一篇/下一篇, copyright."""
    y, m, d = _ymd(art)
    paper = "合川日报"
    lines = []
    for i, p in enumerate(art["body"]):
        lines.append(IND + esc(p))
        if i == 3:
            lines.append('<table align="center"><tr><td><img src="../../../res/1/20231027/renwu.jpg"></td></tr>'
                         '<tr><td align="center">陈玉兰在给学生上课。　本报记者　何　川　摄</td></tr></table>')
    text = "<br>\n".join(lines)
    body = (f'<div class="header"><img src="/images/mast.gif" alt="{paper}"><span class="issue">{y}年{m}月{d}日　{_week(art)}</span></div>'
            f'<div class="ban-bar"><span>第06版：人物周刊</span>　<a>上一版</a>　<a>下一版</a>　<a>PDF</a>　<a>版面导航</a></div>'
            '<div class="left"><img src="/pic/06_s.jpg" usemap="#pagemap"><div class="bmbt"><h4>本版标题</h4><ul>'
            f'<li><a>{esc(art["title"])}</a></li><li><a>人物速写</a></li><li><a>身边好人</a></li></ul></div></div>'
            f'<div class="right"><div class="yt">扎根村小　桃李芬芳</div><div class="bt">{esc(art["title"])}</div>'
            '<div class="zz">本报记者　何　川　实习生　罗　雪</div>'
            f'<div id="ozoom"><founder-content>{text}<br>\n</founder-content></div>'
            '<div class="rwda"><h4>人物档案</h4><p>陈玉兰，女，1963年出生，合川区龙市镇复兴村小学教师，从教40年，'
            '先后获评合川区优秀教师、“最美乡村教师”。</p></div>'
            '<div class="bj">本版编辑　黄　菊　美编　杨　帆</div>'
            f'<div class="pn">上一篇：<a>{esc(others[7][0])}</a>　下一篇：<a>{esc(others[8][0])}</a></div></div>'
            f'<div class="copyright">本网站所有内容属{paper}社所有，未经许可不得转载<br>渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>{paper}-人物周刊-{esc(art["title"])}</title>'
    return head, body, f"http://hcrb.cqhc.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"


TEMPLATES = {"wjw_jtys_qianyue": wjw_jtys_qianyue, "jtj_mp_chuxing_tishi": jtj_mp_chuxing_tishi,
             "xzf_zyhy_yicheng": xzf_zyhy_yicheng, "xhw_ztft_zhuchiren": xhw_ztft_zhuchiren,
             "slj_shuiku_xuncha": slj_shuiku_xuncha, "sq_mp_yishihui": sq_mp_yishihui,
             "epaper_zhoukan_renwu_ban": epaper_zhoukan_renwu_ban}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages65", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
