"""Build the sixty-first saved-page set (``pages61``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 司法局 portal 法治宣传进社区 news page
(``sfj_fazhi_jinshequ``), a 公安 公众号 反诈 预警 post with 案例 and 提示 items
(``gaj_mp_fanzha_yujing``), a 县 政府网 防汛 会商 page (``xzf_fangxun_huishang``), a 新华网-like
地方 调研 report with 小标题 (``xhw_difang_diaoyan``), a 区 发改委 portal 价格监测 通报 with a 价格
table (``fgw_jiage_jiance``), a 街道 公众号 老年食堂 post (``jd_mp_laonian_shitang``) and a 县报
e-paper 第二版 page with a 图片新闻 and a 短讯 column (``xianbao_erban_tupian``). ``articles.txt``
holds the title, date and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages61/build.py
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


def _table(rows, attrs: str, th: bool) -> str:
    """Table rows (cells joined by single spaces) as one ``<table>``; the first row as ``<th>`` if ``th``."""
    out = []
    for k, r in enumerate(rows):
        tag = "th" if th and k == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _paras(body, para_fn, attrs: str, th: bool = True, after=None) -> str:
    """Paragraphs through ``para_fn``, runs of table rows as one table; ``after(i)`` may add
    furniture after paragraph ``i``."""
    out, run = [], []
    for i, p in enumerate(body + [None]):
        if p is not None and _row(p):
            run.append(p)
            continue
        if run:
            out.append(_table(run, attrs, th))
            run = []
        if p is not None:
            out.append(para_fn(p))
            if after:
                out.append(after(i))
    return "".join(out)


def _related(others, n, fmt) -> str:
    return "".join(f'<li><a href="#">{esc(t)}</a><span>{fmt(d)}</span></li>' for t, d in others[:n])


def _gov_footer(site: str, rng) -> str:
    return (f'<div class="footer"><p>主办单位：{site}　承办单位：{site}办公室　联系电话：023-{_n(rng, 8)}</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a></p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>')


def _wx(art, rng, others, acc: str, date: str, content: str) -> tuple[str, str]:
    """A WeChat post's shell: meta row (account, visible publish time), ``content``, the
    阅读原文/阅读/赞/在看 row, 写留言 and 推荐阅读."""
    y, m, d = _ymd(art)
    t = date.split(" ")[-1]
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n</h1>'
            '<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{acc}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{date}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta">发表于重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">{content}</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a>'
            f'<span id="readNum3">阅读 {_n(rng, 4)}</span><span>分享</span>'
            f'<span id="like3">点赞 {_n(rng, 2)}</span><span>在看 {_n(rng, 1)}</span></div>'
            '<div class="discuss_container"><a>写留言</a><p>留言</p></div>'
            '<div class="rich_media_extra"><p>推荐阅读</p>'
            + "".join(f"<p><a>{esc(tt)}</a></p>" for tt, _ in others[2:5]) + '</div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}";var nickname = "{acc}";var publish_time = "{y}-{m}-{d}" || "";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:40])}">'
            '<meta name="viewport" content="width=device-width,initial-scale=1.0">')
    return head, body


def sfj_fazhi_jinshequ(art, rng, others):
    """区 司法局 portal 法治宣传进社区 news. p01: old table layout, ``<font>`` title, an info line with
    ``&nbsp;`` runs and a ``document.write`` counter, every paragraph a ``　　`` line ``<br>``-separated
    inside one ``<font>``, a photo and its caption among the lines, 责任编辑, 打印/关闭, 上一篇/下一篇.
    p02: info ``<span>``s with no whitespace (发布时间 and 更新时间), bold 一、 heads, 问：/答： turns,
    a photo + caption, a 法治小贴士 box, share, 相关新闻 with dates."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    if art["id"] == "p01":
        site = "重庆市江北区司法局"
        lines = []
        for i, p in enumerate(art["body"]):
            lines.append(IND + esc(p))
            if i == 2:
                lines.append(f'<div align="center"><img src="/uploadfile/2023/0418/20230418{_n(rng, 6)}.jpg" width="560"></div>'
                             '<div align="center">律师为居民解答法律咨询（江北区司法局供图）</div>')
        text = "<br>\n".join(lines)
        body = (f'<table width="990" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="/images/top.jpg" alt="{site}"></td></tr>'
                '<tr><td class="daohang"><a>网站首页</a>&nbsp;|&nbsp;<a>机构职能</a>&nbsp;|&nbsp;<a>司法动态</a>&nbsp;|&nbsp;<a>法治宣传</a>&nbsp;|&nbsp;'
                '<a>公共法律服务</a>&nbsp;|&nbsp;<a>政务公开</a></td></tr></table>'
                '<table width="990" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="230" valign="top">'
                '<table width="100%" class="left"><tr><td class="lmbt">法治宣传</td></tr><tr><td><a>普法动态</a></td></tr>'
                '<tr><td><a>以案释法</a></td></tr><tr><td><a>法律法规</a></td></tr></table>'
                '<table width="100%"><tr><td class="lmbt">普法热线</td></tr><tr><td>12348</td></tr></table></td>'
                '<td valign="top"><table width="100%"><tr><td class="weizhi">您所在的位置：<a>首页</a> &gt; <a>法治宣传</a> &gt; <a>普法动态</a></td></tr>'
                f'<tr><td align="center" height="56"><font size="5" color="#1a3f8f"><strong>{esc(art["title"])}</strong></font></td></tr>'
                f'<tr><td align="center" class="xx">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;信息来源：普法与依法治理科&nbsp;&nbsp;&nbsp;&nbsp;'
                f'阅读次数：<script language="javascript">document.write("{_n(rng, 3)}");</script>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="nr"><div id="zoom"><font style="font-size:16px;line-height:30px">{text}</font></div></td></tr>'
                '<tr><td align="right">（责任编辑：陈静）</td></tr>'
                '<tr><td align="center"><a href="javascript:window.print()">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
                f'<tr><td>上一篇：<a>{esc(others[0][0])}</a></td></tr><tr><td>下一篇：<a>{esc(others[1][0])}</a></td></tr></table></td></tr></table>'
                f'<table width="990" align="center"><tr><td class="foot">版权所有：{site}　地址：江北区建新北路 邮编：400020<br>'
                f'渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</td></tr></table>')
        head = (f'<title>{esc(art["title"])}-{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ColumnName" content="普法动态">')
        return head, body, f"http://www.cqjb.gov.cn/bm/sfj/fzxc/pfdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    site = "重庆市大渡口区司法局"

    def para(p):
        if p.startswith(HEADS):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        if p.startswith(("居民问：", "律师")):
            k = p.index("：") + 1
            return f'<p style="text-indent:2em"><strong>{esc(p[:k])}</strong>{esc(p[k:])}</p>'
        return f'<p style="text-indent:2em;text-align:justify">{esc(p)}</p>'

    def after(i):
        if i == 4:
            return (f'<p style="text-align:center"><img src="./W020240621{_n(rng, 9)}.jpg"></p>'
                    '<p style="text-align:center">图为启动仪式现场。（大渡口区司法局供图）</p>')
        return ""
    text = _paras(art["body"], para, "", after=after)
    body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>'
            '<ul class="nav"><li>首页</li><li>司法行政</li><li>法治宣传</li><li>法律服务</li><li>政务公开</li><li>互动交流</li></ul></div>'
            '<div class="position">当前位置：<a>首页</a> &gt; <a>法治宣传</a> &gt; <a>普法动态</a></div>'
            f'<div class="xl_con"><div class="xl_tit">{esc(art["title"])}</div>'
            f'<div class="xl_xx"><span>发布时间：{y}-{m}-{d} {t}</span><span>更新时间：{y}-{m}-24 10:02</span>'
            '<span>来源：区司法局</span><span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
            f'<div class="zw"><div class="TRS_Editor">{text}</div></div>'
            '<div class="xiaotieshi"><h4>法治小贴士</h4><p>遇到法律问题，可拨打12348公共法律服务热线，或登录“12348中国法网”进行咨询。</p></div>'
            '<div class="bdsharebuttonbox">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            '<div class="dy"><a>【打印】</a><a>【关闭】</a></div>'
            '<div class="xgxw"><h3>相关新闻</h3><ul>' + _related(others, 4, lambda dd: dd) + '</ul></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_普法动态_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ContentSource" content="区司法局">')
    return head, body, f"http://www.ddk.gov.cn/bm/qsfj/zwgk_1/fzxc/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def gaj_mp_fanzha_yujing(art, rng, others):
    """公安 公众号 反诈 预警 post. p03: a red 紧急预警 banner, coloured ``案例X：`` heads, a ▲ caption,
    ``警方提示：`` and four ``1.`` items, the slogan as a one-line paragraph, a 反诈 APP card with a QR,
    credits. p04: bold ``记者：`` questions and ``王警官：`` answers, a ▲ caption, a 来源 line, a
    ``（文中当事人均为化名）`` note, credits."""
    y, m, d = _ymd(art)
    out = ['<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/fanzha_top.gif"></p>']
    if art["id"] == "p03":
        out.append('<section style="background:#d81e06;padding:6px"><p style="text-align:center">'
                   '<span style="color:#fff"><strong>⚠ 反诈预警</strong></span></p></section>')
        for i, p in enumerate(art["body"]):
            if p.startswith("案例"):
                out.append(f'<section style="border-left:4px solid #d81e06;padding-left:8px;margin:16px 0"><p><strong><span style="color:#d81e06">{esc(p)}</span></strong></p></section>')
            elif p.startswith("不听"):
                out.append(f'<p style="text-align:center"><strong><span style="font-size:18px;color:#d81e06">{esc(p)}</span></strong></p>')
            elif p[:2].rstrip(".").isdigit() or p.endswith("："):
                out.append(f'<p><span style="font-size:15px">{esc(p)}</span></p>')
            else:
                out.append(f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
            if i == 3:
                out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/liaotian.png"></p>'
                           '<p style="text-align:center"><span style="font-size:12px;color:#888">▲诈骗分子与小陈的聊天记录（已做处理）</span></p>')
        out.append('<section style="background:#f3f6fb;padding:10px;margin-top:12px"><p><strong>全民反诈 你我同行</strong></p>'
                   '<p style="font-size:13px">下载“国家反诈中心”APP，开启来电预警功能</p>'
                   '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/app_qr.png"></p>'
                   '<p style="text-align:center;font-size:12px">长按识别二维码下载</p></section>'
                   '<p><span style="font-size:12px;color:#999">来源：沙坪坝区公安分局刑侦支队</span></p>'
                   '<p><span style="font-size:12px;color:#999">编辑：冉晓　审核：周伟</span></p>')
        head, body = _wx(art, rng, others, "平安沙坪坝", f"{y}-{m}-{d} 20:16", "".join(out))
        return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 7)}SpB{_n(rng, 8)}"
    for i, p in enumerate(art["body"]):
        if p.startswith("记者："):
            out.append(f'<p style="line-height:1.75em"><strong><span style="color:#0052a3">{esc(p)}</span></strong></p>')
        elif p.startswith("王警官："):
            out.append(f'<p style="line-height:1.75em"><strong>王警官：</strong>{esc(p[4:])}</p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em">{esc(p)}</p>')
        if i == 2:
            out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/pingmu.jpg"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲骗子诱导受害人开启“屏幕共享”（示意图）</span></p>')
    out.append('<p><span style="font-size:12px;color:#999">（文中当事人均为化名）</span></p>'
               '<p><span style="font-size:12px;color:#999">来源：绵阳市公安局反诈中心</span></p>'
               '<p><span style="font-size:12px;color:#999">记者：何川　编辑：唐婷　审核：蒋涛</span></p>'
               '<p style="text-align:center"><span style="font-size:12px">点亮“在看”，提醒更多人</span></p>')
    head, body = _wx(art, rng, others, "绵阳公安", f"{y}年{m}月{d}日 17:45", "".join(out))
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 9)}MyG{_n(rng, 5)}"


def xzf_fangxun_huishang(art, rng, others):
    """县 政府网 防汛 会商 page. p05: an 信息公开 grid (索引号/发布机构/成文日期/发布日期) above the
    title, an info line with full-width spaces, a numbered list of areas, 打印/关闭, a 相关链接 strip.
    p06: NO visible date (``PubDate`` meta and the URL's date only), an info line with 来源 and 浏览量,
    bold ``坚持…，…`` heads, a 防汛小知识 box, share, 相关文章 with ``[date]``."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    if art["id"] == "p05":
        site = "重庆市武隆区人民政府"
        paras = []
        for p in art["body"]:
            if p[:2].rstrip(".").isdigit():
                paras.append(f'<p style="text-indent:2em">&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>')
            else:
                paras.append(f'<p style="text-indent:2em">{esc(p)}</p>')
        grid = ('<table class="gkxx" width="100%" border="1" cellspacing="0"><tr>'
                f'<td>索引号：</td><td>11500232{_n(rng, 6)}X/{y}-{_n(rng, 5)}</td><td>发布机构：</td><td>武隆区应急局</td></tr>'
                '<tr><td>主题分类：</td><td>防汛抗旱</td><td>体裁分类：</td><td>工作动态</td></tr>'
                f'<tr><td>成文日期：</td><td>{y}-07-02</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
        body = (f'<div class="top"><img src="/images/banner.jpg" alt="{site}"></div>'
                '<div class="nav"><a>首页</a><a>武隆要闻</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>魅力武隆</a></div>'
                '<div class="dqwz">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>应急管理</a> &gt; <a>防汛抗旱</a></div>'
                f'<div class="con">{grid}<h2 class="bt">{esc(art["title"])}</h2>'
                f'<div class="info">发布日期：{y}-{m}-{d}　　来源：武隆区应急管理局　　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<div class="zw"><div class="TRS_Editor">{"".join(paras)}</div></div>'
                '<div class="print"><a>【打印本页】</a>　<a>【关闭窗口】</a></div>'
                '<div class="xglj"><span>相关链接：</span><a>重庆市水利局</a> <a>重庆市气象局</a> <a>武隆区应急管理局</a></div></div>'
                + _gov_footer(site, rng))
        head = (f'<title>{esc(art["title"])}_武隆区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {t}">')
        return head, body, f"http://cqwulong.gov.cn/zwgk_254/fdzdgknr/yjgl/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    site = "彭水苗族土家族自治县人民政府"
    paras = []
    for p in art["body"]:
        if p.startswith("坚持"):
            paras.append(f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>')
        else:
            paras.append(f"<p>{IND}{esc(p)}</p>")
    body = (f'<div class="head"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>'
            '<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>'
            '<ul class="menu"><li>首页</li><li>新闻中心</li><li>政务公开</li><li>办事服务</li><li>政民互动</li><li>走进彭水</li></ul>'
            '<div class="bread"><a>首页</a> &gt; <a>新闻中心</a> &gt; <a>部门动态</a></div>'
            f'<div class="article"><div class="title"><p class="tit">{esc(art["title"])}</p></div>'
            f'<div class="source"><span>来源：县防汛抗旱指挥部办公室</span>&nbsp;|&nbsp;<span>浏览量：{_n(rng, 3)}</span>'
            '&nbsp;|&nbsp;<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
            f'<div class="bt_content">{"".join(paras)}</div>'
            '<div class="fxzs"><h4>防汛小知识</h4><p>暴雨来临时，不要在河边、沟边、陡坡下停留；发现山体出现裂缝、'
            '泉水突然变浑等异常情况，应立即撤离并报告。</p></div>'
            '<div class="fx">分享：<a>微信</a> <a>微博</a> <a>QQ</a></div>'
            '<div class="xgwz"><h4>相关文章</h4><ul>' + _related(others, 4, lambda dd: f"[{dd}]") + '</ul></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}-彭水苗族土家族自治县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ColumnName" content="部门动态">')
    return head, body, f"http://www.psx.gov.cn/xwzx_207/bmdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def xhw_difang_diaoyan(art, rng, others):
    """新华网-like 地方 调研 report. Both: a 新华网 top bar, ``YYYY-MM-DD hh:mm:ss`` and 来源 spans,
    a 分享到 row, centred bold 小标题 (short lines without a full stop), a photo + caption, 【纠错】
    and ``[责任编辑: …]``, 相关新闻 with dates, 版权 footer. p07: a video player box before the text.
    p08: the ``新华网重庆频道`` source and a 记者 line under the title, a second photo."""
    y, m, d = _ymd(art)
    t = _hms(rng)
    pid = art["id"]

    def head_like(p):
        return "。" not in p and len(p) <= 14

    paras = []
    for i, p in enumerate(art["body"]):
        if head_like(p):
            paras.append(f'<p style="text-align:center"><strong>{esc(p)}</strong></p>')
        else:
            paras.append(f"<p>{IND}{esc(p)}</p>")
        if i == (1 if pid == "p07" else 4):
            cap = ("重庆（荣昌）生猪大数据中心的数据大屏。新华网 李萌 摄" if pid == "p07"
                   else "黔江区石会镇中元村的小蚕共育室。新华网发（黔江区委宣传部供图）")
            paras.append(f'<p style="text-align:center"><img src="{y}{m}{d}{_n(rng, 6)}_1.jpg"></p>'
                         f'<p style="text-align:center"><span style="font-family:楷体">　　{cap}</span></p>')
    player = ('<div class="video-box"><div id="player"><video src="/video/' f'{_n(rng, 8)}.mp4" controls></video></div>'
              '<p class="video-tit">视频：走进荣昌生猪大数据中心</p></div>') if pid == "p07" else ""
    src = "新华网" if pid == "p07" else "新华网重庆频道"
    byline = "" if pid == "p07" else '<div class="reporter">记者 张瑶 实习生 罗一凡</div>'
    ed = "王晨" if pid == "p07" else "刘力"
    body = ('<div class="topBar"><a>新华网</a> <a>新华网重庆</a> | <a>时政</a> <a>地方</a> <a>财经</a> <a>图片</a> <a>视频</a>'
            '<span class="login"><a>登录</a></span></div>'
            f'<div class="header"><div class="h-title">{esc(art["title"])}</div>'
            f'<div class="h-info"><span class="h-time">{y}-{m}-{d} {t}</span><span>来源：{src}</span></div>{byline}'
            '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div></div>'
            f'<div class="main"><div id="detail">{player}{"".join(paras)}</div>'
            f'<div class="editor"><a>【纠错】</a> <span>[责任编辑: {ed} ]</span></div>'
            '<div class="xgxw"><h3>相关新闻</h3><ul>' + _related(others, 5, lambda dd: dd) + '</ul></div></div>'
            '<div class="foot"><p>Copyright © 2000-2024 XINHUANET.com All Rights Reserved.</p>'
            '<p>制作单位：新华网股份有限公司　版权所有：新华网股份有限公司</p></div>')
    head = (f'<title>{esc(art["title"])}-新华网</title><meta name="keywords" content="调研,{esc(art["place"])}">'
            f'<meta name="description" content="{esc(art["title"])}---{esc(art["body"][0][:40])}">')
    url = (f"http://www.news.cn/local/{y}-{m}/{d}/c_{_n(rng, 10)}.htm" if pid == "p07"
           else f"http://www.cq.xinhuanet.com/{y}-{m}/{d}/c_{_n(rng, 10)}.htm")
    return head, body, url


def fgw_jiage_jiance(art, rng, others):
    """区 发改委 portal 价格监测 通报 with a 价格 table (rows body, header row included). p09: old table
    layout, ``<font>`` title, an info line with ``&nbsp;`` runs, ``　　`` paragraphs, bold 一、 heads, a
    ``注：`` line under the table, the 落款 (unit and ``2023年12月1日``), 打印/关闭. p10: 发布时间
    ``Y/M/D`` and 更新时间 ``<span>``s joined by ``&nbsp;``, a ``数据来源：…`` line, an 附件 link, share,
    相关信息 with dates."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    if art["id"] == "p09":
        site = "重庆市南岸区发展和改革委员会"

        def para(p):
            # the 注 line sits right under the table, before the next head
            note = '<p><font style="font-size:14px">注：以上价格为4个农贸市场和3家超市的平均零售价格。</font></p>' if p.startswith("三、") else ""
            if p.startswith(HEADS):
                return f"{note}<p>{IND}<b>{esc(p)}</b></p>"
            return f'<p><font face="仿宋_GB2312" style="font-size:16px">{IND}{esc(p)}</font></p>'
        text = _paras(art["body"], para, 'width="90%" border="1" cellspacing="0" cellpadding="4" align="center"')
        text += (f'<p align="right">南岸区发展和改革委员会</p><p align="right">{y}年12月1日</p>')
        body = (f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="/images/top.jpg" alt="{site}"></td></tr>'
                '<tr><td class="menu"><a>首页</a> | <a>机构设置</a> | <a>发改动态</a> | <a>价格管理</a> | <a>政务公开</a> | <a>公众参与</a></td></tr></table>'
                '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">'
                '<tr><td class="wz">当前位置：<a>首页</a> &gt;&gt; <a>价格管理</a> &gt;&gt; <a>价格监测</a></td></tr>'
                f'<tr><td align="center" height="60"><font size="5" color="#000080"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;作者：价格科&nbsp;&nbsp;&nbsp;&nbsp;'
                f'点击：<script>document.write("{_n(rng, 3)}")</script>次</td></tr>'
                f'<tr><td class="content"><div class="con">{text}</div></td></tr>'
                '<tr><td align="center">【<a href="javascript:window.print()">打印此页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>'
                f'<table width="1000" align="center"><tr><td class="bottom">主办：{site}　地址：南岸区茶园新区 电话：023-{_n(rng, 8)}<br>'
                f'渝ICP备{_n(rng, 8)}号　网站标识码：{_n(rng, 10)}</td></tr></table>')
        head = (f'<title>{esc(art["title"])}--{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="publishdate" content="{y}-{m}-{d}">')
        return head, body, f"http://www.cqna.gov.cn/bm/qfzggw/jggl/jgjc/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    site = "重庆市九龙坡区发展和改革委员会"

    def para2(p):
        # the source line sits right under the table
        note = '<p style="text-align:right;font-size:14px">数据来源：九龙坡区价格监测中心</p>' if p.startswith("蔬菜价格整体") else ""
        return f'{note}<p style="text-indent:2em;line-height:2">{esc(p)}</p>'
    text = _paras(art["body"], para2, 'class="MsoTable" border="1" style="border-collapse:collapse;margin:0 auto"')
    text += '<p>附件：<a href="./P020240226.xlsx">九龙坡区春节期间重要商品价格监测表.xlsx</a></p>'
    upd = f"{int(y)}/{int(m)}/{int(d) + 1}"
    body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>'
            '<div class="nav"><a>首页</a><a>机构概况</a><a>发改动态</a><a>价格监测</a><a>政务公开</a><a>互动交流</a></div></div>'
            '<div class="location">当前位置：<a>首页</a>&gt;<a>价格监测</a>&gt;<a>价格动态</a></div>'
            f'<div class="detail"><h1>{esc(art["title"])}</h1>'
            f'<div class="detail-info"><span>发布时间：{int(y)}/{int(m)}/{int(d)}</span>&nbsp;&nbsp;<span>更新时间：{upd}</span>&nbsp;&nbsp;'
            '<span>来源：区发展改革委</span>&nbsp;&nbsp;<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div class="detail-con"><div class="view TRS_UEDITOR">{text}</div></div>'
            '<div class="share">分享至：<a>微信</a><a>微博</a></div>'
            '<div class="related"><h4>相关信息</h4><ul>' + _related(others, 4, lambda dd: dd) + '</ul></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_重庆市九龙坡区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}">')
    return head, body, f"http://www.cqjlp.gov.cn/bm/qfzggw/jgjc/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def jd_mp_laonian_shitang(art, rng, others):
    """街道 公众号 老年食堂 post. A top banner, ``　　`` paragraphs, two ▲ captions, the 周X菜单 lines
    with the day in bold colour (body), the closing one-line paragraph, a 食堂信息 card (地址/营业时间/
    电话, not body), 文/图 and 编辑/审核 credits, 往期回顾, a QR line."""
    y, m, d = _ymd(art)
    out = ['<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/jfb_top.gif"></p>']
    for i, p in enumerate(art["body"]):
        if p.startswith("周") and "：" in p[:3]:
            out.append(f'<p style="text-align:left;margin-left:2em"><strong><span style="color:#e07b00">{esc(p[:3])}</span></strong>{esc(p[3:])}</p>')
        elif len(p) <= 10:
            out.append(f'<p style="text-align:center"><strong>{esc(p)}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i in (1, 3):
            cap = "▲老人们在食堂就餐" if i == 1 else "▲工作人员为老人打饭"
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/st{i}.jpg"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#999">{cap}</span></p>')
    out.append('<section style="border:1px dashed #e07b00;padding:10px;margin:14px 0"><p><strong>📍 食堂信息</strong></p>'
               '<p>地址：新华路社区服务中心一楼</p><p>营业时间：每天11:00—13:00</p><p>订餐电话：023-6380XXXX</p></section>'
               '<p><span style="font-size:12px;color:#999">文/图：新华路社区　编辑：邓佳　审核：罗斌</span></p>'
               '<section><p><strong>往期回顾</strong></p>' + "".join(f"<p>▷ {esc(tt)}</p>" for tt, _ in others[5:8]) + '</section>'
               '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/jfb_qr.png"></p>'
               '<p style="text-align:center"><span style="font-size:12px">长按二维码 关注解放碑街道</span></p>')
    head, body = _wx(art, rng, others, "渝中解放碑", f"{y}-{m}-{d} 11:30", "".join(out))
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 6)}JfB{_n(rng, 9)}"


def xianbao_erban_tupian(art, rng, others):
    """县报 e-paper 第二版. An issue line with the date and weekday, ``第02版：综合新闻`` with
    上一版/下一版/PDF, 本版标题 list, the headline with a 副题-less kicker (引题), the byline, the article's
    paragraphs ``<br>``-separated with ``　　`` in ``#ozoom``, then on the same page a 图片新闻 (photo,
    its caption paragraph) and a 短讯 column of three items (NOT body), 上一篇/下一篇, copyright."""
    y, m, d = _ymd(art)
    text = "<br>\n".join(IND + esc(p) for p in art["body"])
    pic = ('<div class="tpxw"><p align="center"><img src="../../../images/' f'{y}-{m}/{d}/02/tp{_n(rng, 4)}.jpg"></p>'
           '<p>　　6月7日，盘龙街道的志愿者在长江边开展河岸垃圾清理活动，守护一江碧水。（本报记者　黄欣　摄）</p></div>')
    dx = ('<div class="duanxun"><p><b>短讯</b></p>'
          '<p>　　<b>县城新增3处口袋公园</b>　近日，县城滨江片区3处口袋公园完工开放，新增绿地面积约4000平方米。（记者　胡立）</p>'
          '<p>　　<b>双江街道举办就业招聘会</b>　6月6日，双江街道举办专场招聘会，42家企业提供岗位900余个。（通讯员　冯雪）</p>'
          '<p>　　<b>县图书馆开展暑期阅读活动</b>　县图书馆将于7月启动“书香伴暑假”系列阅读活动。（记者　周蓉）</p></div>')
    lst = "".join(f"<li><a>{esc(tt)}</a></li>" for tt in (art["title"], "江边清漂", "县城新增3处口袋公园", "双江街道举办就业招聘会"))
    body = (f'<div class="paper-top"><span>云阳报</span>　<span>{y}年{m}月{d}日　{_week(art)}</span>　<a>往期回顾</a></div>'
            f'<div class="bmnav"><span>第02版：综合新闻</span> <a>上一版</a> <a>下一版</a> <a>PDF下载</a></div>'
            f'<div class="bmt"><img src="../../../images/{y}-{m}/{d}/02/bm.jpg" usemap="#PagePicMap"></div>'
            f'<div class="bmlb"><h4>本版标题</h4><ul>{lst}</ul></div>'
            '<div class="article"><h3 class="yt">果香满枝头　丰收好“李”想</h3>'
            f'<h1>{esc(art["title"])}</h1><div class="zz">本报记者　谭林　通讯员　杨春</div>'
            f'<div id="ozoom"><founder-content>{text}</founder-content></div></div>'
            f'{pic}{dx}'
            f'<div class="pn"><a>上一篇</a> <a>下一篇</a>　【<a>打印</a>】【<a>关闭</a>】【<a>返回目录</a>】</div>'
            '<div class="copy">云阳报社 版权所有　未经书面授权，不得转载、摘编</div>')
    head = f'<title>{esc(art["title"])}--云阳报</title><meta name="description" content="云阳报数字报">'
    return head, body, f"http://epaper.yunyang.gov.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"


TEMPLATES = {"sfj_fazhi_jinshequ": sfj_fazhi_jinshequ, "gaj_mp_fanzha_yujing": gaj_mp_fanzha_yujing,
             "xzf_fangxun_huishang": xzf_fangxun_huishang, "xhw_difang_diaoyan": xhw_difang_diaoyan,
             "fgw_jiage_jiance": fgw_jiage_jiance, "jd_mp_laonian_shitang": jd_mp_laonian_shitang,
             "xianbao_erban_tupian": xianbao_erban_tupian}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages61", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
