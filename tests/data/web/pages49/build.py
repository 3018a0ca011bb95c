"""Build the forty-ninth saved-page set (``pages49``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 民宗委 portal 宗教场所 安全检查 news page
(``mzw_zjcs_anjian``), a 市 体育局 公众号 赛事 post with a 赛程/成绩 table (``tyj_mp_saicheng``), a
县 政府网 重点项目 进展 page with a 项目 table (``xzf_zdxm_jinzhan``), a 光明网-like 理论 article with
an 作者单位 line (``gmw_lilun_danwei``), a 街道 portal 网格化治理 news page with 网格员 quotes
(``jd_wangge_zhili``), a 区报 e-paper 第03版 page with a 图片新闻 strip (``xianbao_sanban_tupian``)
and a 区 消防救援支队 公众号 火灾警示 post (``xf_mp_huozai_jingshi``). ``articles.txt`` holds the
title, date and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages49/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import hm as _hm, hms as _hms, digits as _n, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
NUMS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _table(rows, cls: str, attrs: str = 'border="1" cellspacing="0" cellpadding="0"') -> str:
    return (f'<table class="{cls}" {attrs}><tbody>' + "".join(
        "<tr>" + "".join(f'<td valign="center"><p style="text-align:center"><span>{esc(c)}</span></p></td>'
                         for c in r.split(" ")) + "</tr>" for r in rows) + "</tbody></table>")


def _with_tables(paras, para_fn, cls: str) -> str:
    """Paragraphs through ``para_fn(index, text)``; runs of table rows become one ``<table>``."""
    out, run = [], []
    for i, p in enumerate(paras + [None]):
        if p is not None and _row(p):
            run.append(p)
            continue
        if run:
            out.append(_table(run, cls))
            run = []
        if p is not None:
            out.append(para_fn(i, p))
    return "".join(out)


def _related(others, n, fmt) -> str:
    return "".join(f'<li><a href="#" target="_blank">{esc(t)}</a><span>{fmt(d)}</span></li>' for t, d in others[:n])


def _gov_footer(site: str, rng) -> str:
    return (f'<div class="footer"><div class="wrap"><p>主办单位：{site}　承办单位：{site}办公室</p>'
            f'<p><a>渝ICP备{_n(rng, 8)}号</a>　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a></p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div></div>')


def _mp_tool(rng) -> str:
    return (f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a>'
            f'<div class="media_tool_meta">阅读 <span id="readNum3">{_n(rng, 4)}</span></div>'
            '<span class="share">分享</span>'
            f'<span class="like">赞 <span>{_n(rng, 2)}</span></span><span class="looking">在看 <span>{_n(rng, 2)}</span></span></div>')


def _mp_page(art, rng, acc, nick, when, content, extra="") -> str:
    return (f'<div id="js_article" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">\n  {esc(art["title"])}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{nick}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{acc}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{when}</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">{content}</div>'
            f'{_mp_tool(rng)}{extra}</div></div>')


def mzw_zjcs_anjian(art, rng, others):
    """区 民宗委 portal: p01 GBK table portal (来源/发布时间/浏览次数 in one cell, numbered list of
    places, photo + caption, a ``（江民宗）`` credit, 【打印正文】); p02 ``||``-info line with 编辑 and
    审核人, bold 坚持… heads, 相关链接 box, footer."""
    y, m, d = _ymd(art)
    if art["id"] == "p01":
        site = "重庆市江津区民族宗教事务委员会"
        out = []
        for i, p in enumerate(art["body"]):
            if p[:1].isdigit():
                out.append(f'<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>')
            else:
                out.append(f'<p style="line-height:200%"><font size="3">{IND}{esc(p)}</font></p>')
            if i == 1:
                out.append('<p align="center"><img src="/uploadfiles/202301/20230112103512.jpg" width="550" border="0"></p>'
                           '<p align="center"><font color="#0000ff">检查组在场所查看消防器材配备情况</font></p>')
        body = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">'
                f'<tr><td><img src="/images/mzw_banner.jpg" alt="{site}" width="1000" height="160"></td></tr>'
                '<tr><td class="daohang" height="36"><a>首 页</a>&nbsp;|&nbsp;<a>机构概况</a>&nbsp;|&nbsp;<a>民宗动态</a>'
                '&nbsp;|&nbsp;<a>政策法规</a>&nbsp;|&nbsp;<a>民族工作</a>&nbsp;|&nbsp;<a>宗教工作</a>&nbsp;|&nbsp;<a>政务公开</a></td></tr></table>'
                '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="240" valign="top" bgcolor="#f5f5f5"><table width="100%"><tr><td class="lmbt">民宗动态</td></tr>'
                '<tr><td><a>工作动态</a></td></tr><tr><td><a>基层动态</a></td></tr><tr><td><a>通知公告</a></td></tr></table>'
                '<table width="100%"><tr><td class="lmbt">快速通道</td></tr><tr><td><a>网上办事</a></td></tr>'
                '<tr><td><a>领导信箱</a></td></tr></table></td>'
                '<td width="10"></td><td valign="top"><table width="100%" border="0">'
                '<tr><td class="weizhi" height="30">您当前的位置：<a>首页</a> &gt; <a>民宗动态</a> &gt; <a>工作动态</a></td></tr>'
                f'<tr><td align="center" height="60"><font style="font-size:20px;font-weight:bold;color:#c00">{esc(art["title"])}</font></td></tr>'
                f'<tr><td align="center" class="xx" bgcolor="#eeeeee">来源：区民宗委&nbsp;&nbsp;发布时间：{y}-{m}-{d} {_hms(rng)}&nbsp;&nbsp;'
                f'浏览次数：<script language="javascript">document.write("{_n(rng, 3)}")</script>次&nbsp;&nbsp;'
                '【字体：<a>小</a> <a>大</a>】</td></tr>'
                f'<tr><td class="zw" id="fontzoom">{"".join(out)}'
                '<p align="right">（江民宗）</p></td></tr>'
                '<tr><td align="right">【<a>打印正文</a>】&nbsp;【<a>关闭窗口</a>】</td></tr>'
                f'<tr><td>上一条：<a>{esc(others[0][0])}</a><br>下一条：<a>{esc(others[1][0])}</a></td></tr></table></td></tr></table>'
                f'<table width="1000" align="center" class="bottom"><tr><td align="center">主办单位：{site}　'
                f'地址：江津区鼎山街道xx路xx号<br>渝ICP备{_n(rng, 8)}号　网站标识码：{_n(rng, 10)}　'
                '技术支持：重庆某网络科技有限公司</td></tr></table>')
        head = (f'<title>{esc(art["title"])}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                '<meta name="keywords" content="民宗委,宗教活动场所,安全检查">')
        url = f"http://mzw.jiangjin.gov.cn/Item/Show.asp?m=1&d={_n(rng, 4)}"
    else:
        site = "重庆市渝北区民族宗教事务委员会"
        paras = "".join(f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>' if p.startswith("坚持") and "，" in p
                        and len(p) < 22 else f'<p style="text-indent:2em">{esc(p)}</p>' for p in art["body"])
        body = (f'<div class="head"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>'
                '<div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div>'
                '<div class="menu"><ul><li>首页</li><li>机构职能</li><li>工作动态</li><li>民族工作</li><li>宗教工作</li>'
                '<li>政府信息公开</li><li>互动交流</li></ul></div>'
                '<div class="location">当前位置：<a>首页</a> &gt; <a>工作动态</a> &gt; <a>宗教工作</a></div>'
                f'<div class="article-box"><div class="bt">{esc(art["title"])}</div>'
                f'<div class="sx">|| {y}-{m}-{d} {_hms(rng)} 编辑：{rng.choice(["何佳", "罗丹"])} 审核人：{rng.choice(["刘波", "胡敏"])} '
                f'阅读次数：<span id="clicks">{_n(rng, 4)}</span> |</div>'
                f'<div class="bt_content TRS_Editor">{paras}</div>'
                '<div class="xglj"><div class="tit">相关链接</div><ul><li><a>《宗教事务条例》</a></li>'
                '<li><a>《宗教活动场所管理办法》</a></li><li><a>重庆市宗教活动场所安全管理工作指引</a></li></ul></div>'
                '<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>'
                '<div class="print"><a>【打印】</a><a>【关闭】</a></div>'
                f'<div class="tjyd"><div class="tit">推荐阅读</div><ul>{_related(others[2:], 4, lambda s: s)}</ul></div></div>'
                + _gov_footer(site, rng))
        head = (f'<title>{esc(art["title"])}_渝北区民族宗教事务委员会</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="宗教工作">')
        url = f"http://www.ybq.gov.cn/mzw/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    return head, body, url


def tyj_mp_saicheng(art, rng, others):
    """市 体育局 公众号: p03 赛事预告 with a poster and caption, 比赛时间/地点 items, a 赛程 table;
    p04 赛果 report with ▲ captions, a 成绩 table, a video box and a 文字/图片 credit; ▌ credits,
    往期推荐, QR, 阅读原文 row."""
    y, m, d = _ymd(art)
    p03 = art["id"] == "p03"
    acc, nick = ("宜昌体育", "宜昌市体育局") if p03 else ("绵阳体育", "绵阳市体育局")

    def para(i, p):
        if ("：" in p[:6]) and p.startswith(("比赛", "参赛")):
            k = p.index("：") + 1
            return (f'<p style="margin-left:8px;line-height:1.75em"><span style="color:#0052a3"><strong>{esc(p[:k])}</strong></span>'
                    f'<span style="font-size:15px">{esc(p[k:])}</span></p>')
        s = (f'<p style="text-indent:2em;line-height:1.75em;margin-bottom:12px"><span style="font-size:15px;letter-spacing:1px">'
             f'{esc(p)}</span></p>')
        if not p03 and i == 2:
            s += ('<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/sz_mmbiz_jpg/a1.jpg"></p>'
                  '<p style="text-align:center"><span style="font-size:12px;color:#888">▲决赛现场，看台座无虚席</span></p>')
        if not p03 and i == 4:
            s += ('<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/sz_mmbiz_jpg/a2.jpg"></p>'
                  '<p style="text-align:center"><span style="font-size:12px;color:#888">▲涪城区队队员赛后合影</span></p>')
        return s

    content = _with_tables(art["body"], para, "")
    top = ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/top.gif"></p>'
           + ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/sz_mmbiz_jpg/poster.jpg"></p>'
              '<p style="text-align:center"><span style="font-size:12px;color:#888">▲赛事海报</span></p>' if p03 else ''))
    if p03:
        tail = ('<p style="text-align:center"><span style="font-size:14px;color:#0052a3">全民健身 你我同行</span></p>'
                '<p><span style="font-size:12px;color:#888">▌来源：市体育局群体科</span></p>'
                '<p><span style="font-size:12px;color:#888">▌编辑：王一帆</span></p>'
                '<p><span style="font-size:12px;color:#888">▌审核：陈涛</span></p>')
    else:
        tail = ('<section style="border:1px solid #ddd;padding:10px;margin:16px 0"><p style="text-align:center">'
                '<strong>点击下方视频 回顾决赛精彩瞬间</strong></p><p class="video_iframe" style="text-align:center">'
                '<span>视频加载中...</span></p></section>'
                '<p><span style="font-size:12px;color:#888">文字丨刘洋　图片丨市足协</span></p>'
                '<p><span style="font-size:12px;color:#888">编辑丨杨柳　审核丨张强</span></p>')
    tail += ('<section><p style="text-align:center"><strong>往期推荐</strong></p>'
             + "".join(f'<p style="text-align:center"><span style="font-size:14px">{esc(t)}</span></p>' for t, _ in others[:3])
             + '</section><p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qrcode.jpg"></p>'
             f'<p style="text-align:center"><span style="font-size:12px">长按识别二维码 关注{acc}</span></p>')
    when = f"{y}-{m}-{d} {_hm(rng)}" if p03 else f"{y}年{m}月{d}日 {_hm(rng)}"
    extra = ('<div class="like_comment_wrp"><p class="title">喜欢此内容的人还喜欢</p>'
             + "".join(f"<p>{esc(t)}</p>" for t, _ in others[3:5]) + '</div>')
    body = _mp_page(art, rng, acc, nick, when, top + content + tail, extra)
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:40])}">')
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 9)}Ty{_n(rng, 9)}"


def xzf_zdxm_jinzhan(art, rng, others):
    """县 政府网 重点项目 进展: p05 GBK page under a 信息公开 grid (成文日期 before 发布日期), bold 一、
    heads, a 项目 table, signature and date; p06 no visible publication date (``PubDate`` meta and
    the URL), only an 更新时间, photo + caption, bold one-line heads, 相关新闻 with dates."""
    y, m, d = _ymd(art)
    if art["id"] == "p05":
        site = "奉节县人民政府"

        def para(i, p):
            if p.startswith(NUMS) and len(p) < 12:
                return f'<p style="text-indent:2em"><b><font face="黑体">{esc(p)}</font></b></p>'
            return f'<p style="text-indent:2em"><font face="仿宋_GB2312" size="4">{esc(p)}</font></p>'

        content = _with_tables(art["body"], para, "MsoNormalTable")
        body = ('<div class="top"><img src="/images/fj_top.jpg" alt="奉节县人民政府"></div>'
                '<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进奉节</a></div>'
                '<div class="crumb">当前位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; <a>重点项目</a></div>'
                '<table class="xxgk_table" width="1000" border="1" cellspacing="0"><tr><td class="t1">索引号：</td>'
                f'<td>11500236MB1xxxxx/{y}-00{_n(rng, 3)}</td><td class="t1">发布机构：</td><td>奉节县发展和改革委员会</td></tr>'
                f'<tr><td class="t1">成文日期：</td><td>{y}-{m}-{int(d) - 1:02d}</td><td class="t1">发布日期：</td><td>{y}-{m}-{d}</td></tr>'
                '<tr><td class="t1">主题分类：</td><td>固定资产投资</td><td class="t1">文　　号：</td><td></td></tr>'
                f'<tr><td class="t1">名　　称：</td><td colspan="3">{esc(art["title"])}</td></tr></table>'
                f'<div class="zwxl"><h1 class="zwxl-title">{esc(art["title"])}</h1>'
                '<div class="zwxl-font">【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<div class="zwxl-article view TRS_Editor">{content}'
                '<p style="text-align:right"><font face="仿宋_GB2312" size="4">奉节县发展和改革委员会</font></p>'
                f'<p style="text-align:right"><font face="仿宋_GB2312" size="4">{y}年{int(m)}月{int(d) - 1}日</font></p></div>'
                '<div class="zwxl-tools"><a>【打印本页】</a><a>【关闭窗口】</a></div>'
                '<div class="ewm"><img src="qr.png"><p>扫一扫在手机打开当前页</p></div></div>' + _gov_footer(site, rng))
        head = (f'<title>{esc(art["title"])}_奉节县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="奉节县发展和改革委员会">')
        url = f"http://www.cqfj.gov.cn/zwgk_{_n(rng, 3)}/zdxm/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    else:
        site = "垫江县人民政府"

        def para(i, p):
            s = (f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>' if p.endswith("。") and len(p) <= 10
                 else f'<p style="text-indent:2em">{esc(p)}</p>')
            if i == 4:
                s += ('<p style="text-align:center"><img src="./W020240412{_n}.jpg" border="0"></p>'
                      .replace("{_n}", str(_n(rng, 6)))
                      + '<p style="text-align:center">图为高峰镇某新材料产业园项目施工现场。（县发展改革委供图）</p>')
            return s

        content = _with_tables(art["body"], para, "")
        body = ('<div class="header"><div class="logo">垫江县人民政府</div><div class="tools"><a>无障碍</a>'
                '<a>长者模式</a><a>English</a></div></div><div class="nav"><ul><li>首页</li><li>政务公开</li>'
                '<li>政务服务</li><li>互动交流</li><li>数说垫江</li></ul></div>'
                '<div class="crumb">首页 &gt; 政务公开 &gt; 重大项目 &gt; 项目动态</div>'
                f'<div class="detail"><div class="detail-title">{esc(art["title"])}</div>'
                f'<div class="detail-info"><span>更新时间：{y}-{m}-{int(d) + 3:02d}</span><span>来源：县发展改革委</span>'
                f'<span>浏览量：<em id="viewCount">{_n(rng, 3)}</em></span><span class="zh">字号：<a>大</a><a>中</a><a>小</a></span></div>'
                f'<div class="detail-con zw">{content}</div>'
                '<div class="fx">分享到：<a>微信</a><a>微博</a><a>QQ</a></div>'
                f'<div class="sxp"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[1][0])}</a></p></div>'
                f'<div class="xgxw"><h4>相关新闻</h4><ul>{_related(others[2:], 5, lambda s: "[" + s + "]")}</ul></div></div>'
                + _gov_footer(site, rng))
        head = (f'<title>{esc(art["title"])}_垫江县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="项目动态">')
        url = f"http://www.cqdj.gov.cn/zwgk_{_n(rng, 3)}/zdxm/xmdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    return head, body, url


GMW = {"p07": ("赵明远", "中共重庆市委党校", "本文系重庆市社会科学规划项目“超大城市基层治理现代化研究”（2022NDYB000）阶段性成果。", "理论头条"),
       "p08": ("孙立群", "中国社会科学院经济研究所", "", "学术前沿")}


def gmw_lilun_danwei(art, rng, others):
    """光明网-like 理论 page: crumbs, time and 来源 spans, 作者 line, bold heads, an 编者按 (p08), the
    ``（作者单位：…）`` line, a 项目 footnote (p07), ``[ 责编：… ]``, 分享, 相关阅读, QR and copyright."""
    y, m, d = _ymd(art)
    author, unit, note, col = GMW[art["id"]]

    def para(p):
        if p.startswith(NUMS) or (len(p) < 22 and "，" not in p and not p.endswith("。")):
            return f'<p><strong>{esc(p)}</strong></p>'
        return f'<p>{IND}{esc(p)}</p>'

    paras = "".join(para(p) for p in art["body"])
    bza = ('<p><strong>编者按：</strong>如何认识和发展新质生产力，是理论界和实践部门共同关心的重大问题。'
           '本版今起刊发系列理论文章，敬请关注。</p>' if art["id"] == "p08" else "")
    tail = f'<p>{IND}（作者单位：{unit}）</p>' + (f'<p>{IND}{note}</p>' if note else "")
    body = ('<div class="g-header"><div class="m-logo"><a>光明网</a></div><div class="m-channel-nav"><a>首页</a>'
            '<a>时政</a><a>国际</a><a>理论</a><a>文化</a><a>科技</a><a>教育</a></div></div>'
            f'<div class="m-breadcrumbs"><a>光明网</a> &gt; <a>理论频道</a> &gt; <a>{col}</a></div>'
            f'<div class="g-content"><div class="g-main"><h1 class="u-title">{esc(art["title"])}</h1>'
            f'<div class="m-con-info"><span class="m-con-time">{y}-{m}-{d} {_hm(rng)}</span>'
            f'<span class="m-con-source">来源：<a>{"光明网-《光明日报》" if art["id"] == "p07" else "光明网-理论频道"}</a></span>'
            '<div class="m-share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div></div>'
            f'<div class="u-mainText" id="articleBox"><p>{IND}作者：{author}</p>{bza}{paras}{tail}</div>'
            f'<div class="m-editor">[ 责编：{rng.choice(["王佳宁", "李晓", "孙宗鹤"])} ]</div>'
            '<div class="m-page-share"><span>阅读剩余全文（）</span><a>微信扫一扫</a></div>'
            '<div class="m-xgyd"><div class="title">相关阅读</div><ul>'
            + "".join(f'<li><a>{esc(t)}</a></li>' for t, _ in others[:4]) + '</ul></div>'
            '<div class="m-qr"><img src="gmll_qr.jpg"><p>扫码关注光明理论</p></div></div>'
            '<div class="g-aside"><div class="m-rank"><h3>理论热点</h3><ol>'
            + "".join(f"<li>{esc(t)}</li>" for t, _ in others[4:9]) + '</ol></div></div></div>'
            '<div class="g-footer"><p>光明网版权所有</p><p>未经授权禁止转载、摘编、复制或建立镜像，违者将依法追究法律责任。</p>'
            f'<p>京ICP备{_n(rng, 8)}号　京公网安备{_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_光明网</title><meta name="publishdate" content="{y}-{m}-{d}">'
            f'<meta name="author" content="{author}"><meta name="source" content="光明网">')
    return head, body, f"https://theory.gmw.cn/{y}-{m}/{d}/content_{_n(rng, 8)}.htm"


def jd_wangge_zhili(art, rng, others):
    """街道 portal 网格化治理: p09 GBK table page with the text as ``<br>`` lines in one cell (a photo and
    its caption among them), info ``发布日期：2023-6-8``; p10 div page with a 网格员名片 card mid-text,
    ``发布日期：2024年9月10日``, 上一篇/下一篇 and footer."""
    y, m, d = _ymd(art)
    if art["id"] == "p09":
        lines = []
        for i, p in enumerate(art["body"]):
            lines.append(f"{IND}{esc(p)}")
            if i == 2:
                lines.append('<img src="/uploadfile/2023/0608/20230608094512.jpg" width="500">')
                lines.append('<font color="#666666">图为网格员入户走访收集居民诉求。</font>')
        body = ('<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">'
                '<tr><td><img src="/images/dcjd_top.jpg" alt="南川区东城街道"></td></tr>'
                '<tr><td bgcolor="#b40000" height="32"><font color="#ffffff">首页 | 街道概况 | 街道动态 | 党建工作 | '
                '社区建设 | 便民服务 | 公示公告</font></td></tr></table>'
                '<table width="960" border="0" align="center"><tr><td class="wz">当前位置：首页 &gt;&gt; 街道动态</td></tr>'
                f'<tr><td align="center"><h2><font color="#b40000">{esc(art["title"])}</font></h2></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}-{int(m)}-{int(d)}&nbsp;&nbsp;&nbsp;来源：东城街道党政办'
                f'&nbsp;&nbsp;&nbsp;点击数：<span id="hits">{_n(rng, 3)}</span></td></tr>'
                f'<tr><td class="content"><font style="font-size:16px;line-height:30px">{"<br>".join(lines)}</font></td></tr>'
                '<tr><td align="right">【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr>'
                f'<tr><td>上一篇：{esc(others[0][0])}</td></tr><tr><td>下一篇：{esc(others[1][0])}</td></tr></table>'
                '<table width="960" align="center" bgcolor="#eeeeee"><tr><td align="center">版权所有：南川区东城街道办事处　'
                f'联系电话：023-7142XXXX<br>渝ICP备{_n(rng, 8)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])}--南川区东城街道</title><meta name="keywords" content="网格化,社区治理">'
        url = f"http://www.dcjd.cn/news/show.php?itemid={_n(rng, 4)}"
    else:
        site = "重庆市北碚区天生街道办事处"
        out = []
        for i, p in enumerate(art["body"]):
            out.append(f'<p style="text-indent:2em;margin-bottom:10px">{esc(p)}</p>')
            if i == 4:
                out.append('<div class="card" style="border:1px solid #c00;padding:10px;margin:12px 0">'
                           '<p><strong>网格员名片</strong></p><p>姓名：李红梅</p><p>所在网格：天生街道某社区第三网格</p>'
                           '<p>服务户数：386户</p><p>联系电话：138XXXX6621</p></div>')
        body = ('<div class="top-bar"><span>北碚区人民政府</span><a>长者模式</a><a>无障碍</a></div>'
                '<div class="header"><div class="logo">天生街道</div><ul class="nav"><li>首页</li><li>街道概况</li>'
                '<li>工作动态</li><li>基层治理</li><li>公示公告</li><li>办事服务</li></ul></div>'
                '<div class="weizhi">当前位置：首页 &gt; 工作动态 &gt; 基层治理</div>'
                f'<div class="xl_con"><h1>{esc(art["title"])}</h1>'
                f'<div class="xl_info"><span>发布日期：{y}年{int(m)}月{int(d)}日</span>&nbsp;&nbsp;<span>来源：天生街道</span>'
                f'&nbsp;&nbsp;<span>浏览量：{_n(rng, 3)}</span>&nbsp;&nbsp;<span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
                f'<div class="con">{"".join(out)}</div>'
                f'<div class="zrbj">责任编辑：{rng.choice(["郑洁", "秦雪"])}</div>'
                '<div class="share">分享到：<a>微信</a><a>微博</a></div>'
                f'<div class="sxp"><p>上一篇：{esc(others[0][0])}</p><p>下一篇：{esc(others[1][0])}</p></div></div>'
                + _gov_footer(site, rng))
        head = (f'<title>{esc(art["title"])}-重庆市北碚区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">')
        url = f"http://www.beibei.gov.cn/bmjz/jz/tsjd/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    return head, body, url


TPXW = {"p11": [("11月20日，荣昌区某镇果农在采摘柑橘。", "通讯员 黄磊 摄"),
                ("近日，荣昌区某小学学生在课堂上体验陶艺制作。", "记者 吴霞 摄"),
                ("11月19日，市民在城区新建的口袋公园里休闲健身。", "记者 吴霞 摄")],
        "p12": [("6月12日，梁平区某村村民在田间管护水稻。", "通讯员 谭林 摄"),
                ("近日，梁平区某社区志愿者为老人测量血压。", "记者 邓雪 摄")]}


def xianbao_sanban_tupian(art, rng, others):
    """区报 e-paper 第03版: p11 table e-paper with 版面导航, 引题, byline, a photo + caption inside the
    text and a 图片新闻 strip below; p12 GBK div e-paper with ``<br>`` paragraphs in ``#ozoom`` and
    the 图片新闻 strip in the same box, 本版编辑/校对 line."""
    y, m, d = _ymd(art)
    paper = {"p11": "荣昌报", "p12": "梁平报"}[art["id"]]
    strip = TPXW[art["id"]]
    if art["id"] == "p11":
        out = []
        for i, p in enumerate(art["body"]):
            out.append(f"<p>{IND}{esc(p)}</p>")
            if i == 1:
                out.append('<p style="text-align:center"><img src="../../../res/1/20231121/1700.jpg"></p>'
                           '<p style="text-align:center">图为研究生在养殖场调试智能饲喂设备。（记者 吴霞 摄）</p>')
        items = "".join(f'<td width="33%" valign="top"><img src="tp{k}.jpg" width="200"><p>{esc(t)}（{c}）</p></td>'
                        for k, (t, c) in enumerate(strip))
        body = (f'<table width="1000" align="center" class="top"><tr><td><img src="masthead.gif" alt="{paper}"></td>'
                f'<td>{y}年{m}月{d}日 {_week(art)}</td><td>第03版：综合</td>'
                '<td><a>上一版</a> <a>下一版</a> <a>PDF下载</a> <a>往期回顾</a></td></tr></table>'
                '<table width="1000" align="center"><tr><td width="360" valign="top">'
                '<img src="page03.jpg" usemap="#pagemap"><div class="bmdh"><b>版面导航</b>'
                '<p><a>第01版：要闻</a></p><p><a>第02版：要闻</a></p><p><a>第03版：综合</a></p><p><a>第04版：广告</a></p></div></td>'
                '<td valign="top"><table width="100%"><tr><td class="font01">强化科技支撑 赋能乡村振兴</td></tr>'
                f'<tr><td class="font02"><h1>{esc(art["title"])}</h1></td></tr>'
                '<tr><td class="font03">本报记者 吴霞 通讯员 周亮</td></tr>'
                f'<tr><td><div id="ozoom"><founder-content>{"".join(out)}</founder-content></div></td></tr></table>'
                f'<table width="100%" class="tpxw"><tr><td colspan="3" class="tt"><b>图片新闻</b></td></tr><tr>{items}</tr></table>'
                '<div class="bbwz"><b>本版文章</b><ul>' + "".join(f"<li><a>{esc(t)}</a></li>" for t, _ in others[:3])
                + '</ul></div></td></tr></table>'
                f'<div class="copyright">{paper}社版权所有 未经授权不得转载</div>')
        url = f"http://epaper.rcnews.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    else:
        lines = "<br>".join(f"{IND}{esc(p)}" for p in art["body"])
        items = "".join(f'<br><br><img src="tp{k}.jpg"><br>{IND}{esc(t)}（{c}）' for k, (t, c) in enumerate(strip))
        body = (f'<div class="paper-head"><span class="name">{paper}</span><span class="date">{y}年{int(m)}月{int(d)}日</span>'
                '<span class="bc">第03版：社会</span><a>上一版</a><a>下一版</a><a>PDF版</a></div>'
                '<div class="main"><div class="left"><img src="page03.jpg"><ul class="titles">'
                + "".join(f"<li>{esc(t)}</li>" for t, _ in others[:3]) + '</ul></div>'
                f'<div class="right"><div class="article"><h1>{esc(art["title"])}</h1><div class="author">本报记者 邓雪</div>'
                f'<div id="ozoom" class="text">{lines}<br><br><b>图片新闻</b>{items}</div>'
                '<div class="bbbj">本版编辑：唐琳　校对：刘杨</div></div>'
                '<div class="op"><a>上一篇</a> <a>下一篇</a> <a>【打印】</a> <a>【关闭】</a></div></div></div>'
                f'<div class="foot">{paper}社版权所有 All Rights Reserved　渝ICP备{_n(rng, 8)}号</div>')
        url = f"http://epaper.lpxw.cn/lpb/{y}{m}{d}/03/{_n(rng, 4)}.html"
    head = f'<title>{esc(art["title"])}-{paper}</title><meta name="description" content="{paper}数字报">'
    return head, body, url


def xf_mp_huozai_jingshi(art, rng, others):
    """区 消防救援支队 公众号 火灾警示: p13 boxed section heads, 案例 heads with 起火时间/地点/原因 items,
    numbered tips, a centred closing line; p14 bulleted 注意事项, a 消防小课堂 box and a 原创 notice;
    both ▌/丨 credits, 往期推荐, QR, slogan, 阅读原文 row."""
    y, m, d = _ymd(art)
    p13 = art["id"] == "p13"
    acc = "黔江消防" if p13 else "开州消防"
    out = []
    bullets = False
    for i, p in enumerate(art["body"]):
        if p.startswith(NUMS):
            out.append('<section style="margin:24px 0 12px;text-align:center"><section style="display:inline-block;'
                       f'background:#d7000f;color:#fff;padding:4px 16px;border-radius:12px"><strong>{esc(p)}</strong></section></section>')
        elif p.startswith("案例"):
            out.append(f'<p style="color:#d7000f"><strong>{esc(p)}</strong></p>')
        elif p.startswith(("起火时间", "起火地点", "起火原因")):
            out.append(f'<p style="line-height:1.75em"><strong>{esc(p[:5])}</strong>{esc(p[5:])}</p>')
        elif not p13 and p.endswith("注意以下事项："):
            out.append(f'<p style="text-indent:2em;line-height:1.75em">{esc(p)}</p>')
            bullets = True
            continue
        elif bullets and len(p) < 40 and p.endswith("。") and not p.startswith(("消防", "“")):
            out.append(f'<p style="line-height:1.75em"><span style="color:#d7000f">●</span> {esc(p)}</p>')
            continue
        elif i == len(art["body"]) - 1 and len(p) < 14 or p == "火灾无情，防范在先。":
            out.append(f'<p style="text-align:center"><strong><span style="color:#d7000f">{esc(p)}</span></strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
        bullets = False
        if p13 and i == 1:
            out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/fire1.jpg"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">▲火灾现场（资料图）</span></p>')
    top = ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/119.gif"></p>'
           f'<p style="text-align:center"><span style="font-size:12px;color:#d7000f">点击蓝字 关注{acc}</span></p>')
    if p13:
        tail = ('<p><span style="font-size:12px;color:#888">▌来源：黔江区消防救援支队防火监督科</span></p>'
                '<p><span style="font-size:12px;color:#888">▌编辑：黄欣</span></p>'
                '<p><span style="font-size:12px;color:#888">▌审核：杨帆</span></p>')
    else:
        tail = ('<section style="background:#fff3f3;padding:10px;margin:16px 0"><p><strong>消防小课堂</strong></p>'
                '<p>家用灭火器使用口诀：一提、二拔、三握、四压。使用时人要站在上风方向，对准火焰根部喷射。</p></section>'
                '<p><span style="font-size:12px;color:#888">文字丨王晶　编辑丨谭静　审核丨陈勇</span></p>'
                '<p><span style="font-size:12px;color:#888">本文为开州消防原创，未经授权禁止转载。</span></p>')
    tail += ('<section><p style="text-align:center"><strong>往期推荐</strong></p>'
             + "".join(f'<p style="text-align:center">{esc(t)}</p>' for t, _ in others[:3]) + '</section>'
             '<p style="text-align:center"><img data-src="qr119.jpg"></p>'
             '<p style="text-align:center"><span style="font-size:12px">精彩火焰蓝 守护万家安</span></p>')
    when = f"{y}-{m}-{d} {_hm(rng)}" if p13 else f"{y}年{int(m)}月{int(d)}日 {_hm(rng)}"
    body = _mp_page(art, rng, acc, f"重庆市{'黔江' if p13 else '开州'}区消防救援支队", when, top + "".join(out) + tail)
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, f"https://mp.weixin.qq.com/s?__biz=MzA{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 8)}"


TEMPLATES = {"mzw_zjcs_anjian": mzw_zjcs_anjian, "tyj_mp_saicheng": tyj_mp_saicheng,
             "xzf_zdxm_jinzhan": xzf_zdxm_jinzhan, "gmw_lilun_danwei": gmw_lilun_danwei,
             "jd_wangge_zhili": jd_wangge_zhili, "xianbao_sanban_tupian": xianbao_sanban_tupian,
             "xf_mp_huozai_jingshi": xf_mp_huozai_jingshi}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages49", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
