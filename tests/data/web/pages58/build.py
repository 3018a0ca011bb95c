"""Build the fifty-eighth saved-page set (``pages58``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 水务集团 停水 通知 with 影响范围 items
(``swjt_tingshui_tongzhi``), a 县/区 政府网 政府工作报告 解读 page (``xzf_gzbg_jiedu``), a 区 科技局
高新技术企业 公示 with a table (``kjj_gxqy_gongshi``), a 村 公众号 集体经济 分红 post
(``cun_mp_jtjj_fenhong``), a 市 党报 e-paper 理论版 学习札记 (``epaper_xuexi_zhaji``), a provincial news
portal's 市州 page with 记者： turns (``snxw_szpd_jizhe``) and a 县 公众号 农产品展销 notice
(``xian_mp_zhanxiao_huodong``). ``articles.txt`` holds the title, date and reference body; the
furniture (not body) is written here. See README.md.

    python tests/data/web/pages58/build.py
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
    return p.count(" ") >= 2 and "。" not in p and "，" not in p and "：" not in p


def _table(rows, cls: str, th: bool = False) -> str:
    """Table rows (cells joined by single spaces) as one ``<table>``; the first row as ``<th>`` if ``th``."""
    out = []
    for k, r in enumerate(rows):
        tag = "th" if th and k == 0 else "td"
        out.append("<tr>" + "".join(f'<{tag} align="center">{esc(c)}</{tag}>' for c in r.split(" ")) + "</tr>")
    return f'<table class="{cls}" border="1" cellspacing="0" cellpadding="4" width="100%">' + "".join(out) + "</table>"


def _paras(body, para_fn, cls: str, th: bool = False, after=None) -> str:
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
                out.append(after(i))
    return "".join(out)


def _related(others, n, fmt) -> str:
    return "".join(f'<li><a href="#">{esc(t)}</a><span class="date">{fmt(d)}</span></li>' for t, d in others[:n])


def _gov_footer(site: str, rng, region: str = "渝") -> str:
    return (f'<div class="footer"><p>主办：{site}　承办：{site}办公室</p>'
            f'<p>{region}ICP备{_n(rng, 8)}号-1　<img src="/images/ga.png">{region}公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a></p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>')


def _sign(date: str) -> str:
    """A 落款 date ``2023年8月14日`` one day before ``YYYY-MM-DD`` (notices are signed the day before they go up)."""
    y, m, d = date.split("-")
    return f"{y}年{int(m)}月{int(d) - 1}日"


def _wx(art, rng, others, acc: str, content: str, date: str) -> tuple[str, str]:
    """A WeChat post's shell: meta row (account, visible publish time), ``content``, the
    阅读原文/阅读/赞/在看 row, 写留言 and 喜欢此内容的人还喜欢."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{acc}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{date or f"{y}-{m}-{d} {t}"}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">{content}</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a>'
            f'<span id="readNum3">阅读 {_n(rng, 4)}</span><span>分享</span><span>收藏</span>'
            f'<span id="like3">赞 {_n(rng, 2)}</span><span>在看 {_n(rng, 1)}</span></div>'
            '<div class="discuss_container"><a>写留言</a></div>'
            '<div class="rich_media_extra"><p>喜欢此内容的人还喜欢</p>'
            + "".join(f"<p><a>{esc(tt)}</a></p>" for tt, _ in others[2:5]) + '</div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}";var nickname = "{acc}";var publish_time = "{y}-{m}-{d}" || "";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:40])}">'
            '<meta name="viewport" content="width=device-width,initial-scale=1.0">')
    return head, body


def swjt_tingshui_tongzhi(art, rng, others):
    """区 水务集团 停水 通知: p01 an old GBK table portal (``<font>`` title, info with ``&nbsp;``
    runs and a counter script, the 影响范围 items ``<br>``-separated in one ``<p>``, signature and
    date, 附件 line); p02 a div portal (info spans with no whitespace, 发布日期 beside 更新时间, the
    影响范围 items as ``<li>``, a map with its caption, a 节水小贴士 box, signature and date)."""
    y, m, d = _ymd(art)
    pid = art["id"]
    body_ = art["body"]
    if pid == "p01":
        site = "重庆市渝北区水务集团有限公司"
        out, items = [], []
        for p in body_ + [None]:
            if p is not None and p[:2].rstrip(".").isdigit():
                items.append(f'&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}')
                continue
            if items:
                out.append('<p style="line-height:200%"><font size="3">' + "<br>".join(items) + '</font></p>')
                items = []
            if p is None:
                break
            if p.startswith(HEADS):
                out.append(f'<p><font size="3">{IND}<b>{esc(p)}</b></font></p>')
            elif p == "尊敬的用户：":
                out.append(f'<p><font size="3">{esc(p)}</font></p>')
            else:
                out.append(f'<p><font size="3">{IND}{esc(p)}</font></p>')
        text = "".join(out)
        body = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">'
                f'<tr><td><img src="/images/top_banner.jpg" alt="{site}"></td></tr>'
                '<tr><td class="nav" bgcolor="#0066CC"><a>网站首页</a>&nbsp;|&nbsp;<a>集团概况</a>&nbsp;|&nbsp;<a>新闻中心</a>&nbsp;|&nbsp;'
                '<a>停水公告</a>&nbsp;|&nbsp;<a>业务办理</a>&nbsp;|&nbsp;<a>水质公告</a>&nbsp;|&nbsp;<a>联系我们</a></td></tr></table>'
                '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="220" valign="top"><div class="ltitle">停水公告</div><ul class="llist"><li><a>计划停水</a></li>'
                '<li><a>临时停水</a></li><li><a>恢复供水</a></li></ul><div class="ltitle">服务热线</div>'
                '<div class="hotline"><font size="5" color="#C00000"><b>67812345</b></font></div></td>'
                '<td valign="top"><table width="100%"><tr><td class="wz" height="30">当前位置：<a>首页</a> &gt;&gt; <a>停水公告</a> &gt;&gt; 正文</td></tr>'
                f'<tr><td align="center" height="50"><font size="4" color="#C00000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布时间：{y}-{m}-{d} {_hm(rng)}&nbsp;&nbsp;&nbsp;&nbsp;来源：客户服务中心'
                f'&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<script language="javascript">document.write({_n(rng, 4)});</script>'
                '&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="con" id="zoom">{text}'
                f'<p align="right"><font size="3">{site}</font></p>'
                f'<p align="right"><font size="3">{_sign(art["date"])}</font></p>'
                '<p><font size="3">附件：<a href="/upload/2023/08/tsqy.jpg">回兴街道停水区域示意图.jpg</a></font></p></td></tr>'
                '<tr><td align="right">【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr>'
                f'<tr><td>上一篇：<a>{esc(others[0][0])}</a><br>下一篇：<a>{esc(others[1][0])}</a></td></tr></table></td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">版权所有：{site}　'
                f'24小时服务热线：023-67812345<br>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])}-{site}</title><meta name="keywords" content="停水,通知,渝北">'
        return head, body, f"http://www.ybswjt.com/news_view.asp?id={_n(rng, 4)}"
    site = "重庆市大渡口区水务集团"

    def para(p):
        if p.startswith(("停水时间：", "停水原因：", "咨询电话：")):
            k = p.index("：") + 1
            return f'<p style="text-indent:2em"><strong>{esc(p[:k])}</strong>{esc(p[k:])}</p>'
        if p == "影响范围：":
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p><ul class="fw">'
        return f'<p style="text-indent:2em">{esc(p)}</p>'
    out, inside = [], False
    for i, p in enumerate(body_):
        area = 3 < i < 8
        if area:
            out.append(f"<li>{esc(p)}</li>")
            continue
        if i == 8:
            out.append('</ul><p style="text-align:center"><img src="/upload/2024/03/tsqy.png" width="600"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#666">停水区域示意图</span></p>')
        out.append(para(p))
    text = "".join(out)
    body = (f'<div class="top"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>'
            '<div class="hot">服务热线：023-68836000</div></div>'
            '<ul class="nav"><li>首页</li><li>走进水务</li><li>新闻动态</li><li>停水公告</li><li>客户服务</li><li>党建工作</li></ul>'
            '<div class="location">您的位置：<a>首页</a>&gt;<a>客户服务</a>&gt;<a>停水公告</a></div>'
            f'<div class="news_detail"><h2 class="news_tit">{esc(art["title"])}</h2>'
            f'<div class="news_info"><span>发布日期：{y}-{m}-{d}</span><span>更新时间：{y}-{m}-{int(d) + 3:02d}</span>'
            f'<span>来源：{site}</span><span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
            f'<div class="TRS_Editor">{text}'
            f'<p style="text-align:right">{site}</p><p style="text-align:right">{_sign(art["date"])}</p></div>'
            '<div class="tip" style="background:#eef6ff;padding:10px"><p><b>节水小贴士</b></p>'
            '<p>停水前用水桶、浴缸储存适量清水；来水后先打开水龙头放水片刻，待水清后再饮用。</p></div>'
            '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a>　<a>【打印】</a><a>【关闭】</a></div>'
            f'<div class="xggg"><h3>相关公告</h3><ul>{_related(others, 4, lambda s: s)}</ul></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_{site}</title>'
            f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="description" content="{esc(art["title"])}">')
    return head, body, f"https://www.dadukouwater.com/tsgg/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.html"


def xzf_gzbg_jiedu(art, rng, others):
    """县/区 政府网 政府工作报告 解读: p03 a GBK page with a ——访… subtitle, ``记者：`` questions in
    bold, ``name：`` answers, 一是… items, a 相关文件 link and a 相关解读 list; p04 an 一图一文读懂
    page with images between short heads, NO visible date (PubDate meta and URL only), a 制图 credit."""
    y, m, d = _ymd(art)
    pid = art["id"]
    if pid == "p03":
        site = "垫江县人民政府"

        def para(p):
            if p.startswith("记者："):
                return f'<p>{IND}<strong>{esc(p)}</strong></p>'
            if p.startswith("刘德平："):
                return f'<p>{IND}<strong>刘德平：</strong>{esc(p[4:])}</p>'
            return f'<p>{IND}{esc(p)}</p>'
        text = "".join(para(p) for p in art["body"])
        body = (f'<div class="head"><img src="/images/dj_banner.jpg" alt="{site}"></div>'
                '<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进垫江</a></div>'
                '<div class="weizhi">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政策解读</a></div>'
                f'<div class="xl_con"><div class="xl_tit"><h1>{esc(art["title"])}</h1>'
                '<h3>——访县发展改革委主任刘德平</h3></div>'
                f'<div class="xl_xx">发布时间：{y}年{m}月{d}日　来源：县发展改革委　作者：谭小凤　'
                '【字体：<a>大</a> <a>中</a> <a>小</a>】　<a>【打印】</a></div>'
                f'<div class="zw" id="Zoom">{text}</div>'
                f'<div class="xgwj">相关文件：<a>垫江县{y}年政府工作报告</a></div>'
                f'<div class="xgjd"><h4>相关解读</h4><ul>{_related(others, 3, lambda s: s)}</ul></div>'
                '<div class="dy"><a>打印本页</a>　<a>关闭窗口</a></div></div>'
                + _gov_footer(site, rng))
        head = (f'<title>{esc(art["title"])}_垫江县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="县发展改革委">')
        return head, body, f"http://www.cqdj.gov.cn/zwgk_533/zcjd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    site = "重庆市荣昌区人民政府"
    out, k = [], 0
    for p in art["body"]:
        if p.startswith("（") or (len(p) <= 12 and "，" not in p and "。" not in p):
            k += 1
            if not p.startswith("（"):
                out.append(f'<p style="text-align:center"><img src="/uploadfiles/{y}{m}/gzbg_{k}.jpg" width="640"></p>')
            out.append(f'<p style="text-align:center"><strong><span style="color:#c00000">{esc(p)}</span></strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:2em">{esc(p)}</p>')
    text = "".join(out)
    body = (f'<div class="header"><img src="/images/rc_logo.png" alt="{site}"><div class="tools"><a>无障碍浏览</a><a>关怀版</a></div></div>'
            '<ul class="menu"><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>魅力荣昌</li></ul>'
            '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策解读 &gt; 图片解读</div>'
            f'<div class="detail"><div class="detail-tit">{esc(art["title"])}</div>'
            '<div class="detail-info"><span>来源：区政府办公室</span>&nbsp;&nbsp;<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div class="detail-con">{text}'
            '<p style="text-align:right"><span style="font-size:12px;color:#888">制图：区融媒体中心</span></p></div>'
            f'<div class="ywlj">政策原文：<a>荣昌区{y}年政府工作报告（全文）</a></div>'
            '<div class="share">分享到：<a>微信</a><a>微博</a>　<a>打印</a>　<a>关闭</a></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_重庆市荣昌区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="图片解读">')
    return head, body, f"http://www.rongchang.gov.cn/zwgk_250/zcjd/tpjd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def kjj_gxqy_gongshi(art, rng, others):
    """区 科技局 高新技术企业 公示: p05 a div portal with an 信息公开 grid (成文日期 before 发布日期),
    info spans, a ``<th>`` table, signature and date, 附件 line; p06 an old GBK table portal with
    ``<td>`` cells, a ``2024/11/5 hh:mm:ss`` stamp and a counter script, signature and date."""
    y, m, d = _ymd(art)
    pid = art["id"]

    def para(p):
        if p.startswith(("联系", "地址", "监督")):
            return f'<p style="text-indent:2em">{esc(p)}</p>' if pid == "p05" else f'<p>{IND}<font face="仿宋_GB2312">{esc(p)}</font></p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>' if pid == "p05" else f'<p>{IND}<font face="仿宋_GB2312">{esc(p)}</font></p>'
    if pid == "p05":
        site = "重庆市沙坪坝区科学技术局"
        text = _paras(art["body"], para, "MsoTableGrid", th=True)
        grid = (f'<table class="gkxx"><tr><th>索引号：</th><td>11500106MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td>'
                f'<th>发布机构：</th><td>{site}</td></tr><tr><th>主题分类：</th><td>科技、教育</td><th>发文字号：</th><td>无</td></tr>'
                f'<tr><th>成文日期：</th><td>{y}-{m}-{int(d) - 3:02d}</td><th>发布日期：</th><td>{y}-{m}-{d}</td></tr></table>')
        body = (f'<div class="top"><img src="/images/spb_logo.png" alt="沙坪坝区人民政府"></div>'
                '<ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul>'
                '<div class="position">当前位置：<a>首页</a> &gt; <a>区科技局</a> &gt; <a>通知公告</a></div>'
                f'<div class="zwxl">{grid}<div class="zwxl-title"><p class="tit">{esc(art["title"])}</p></div>'
                f'<div class="zwxl-bar"><span>日期：{y}-{m}-{d}</span><span>来源：区科技局</span>'
                '<span class="zh">字号：<a>大</a> <a>中</a> <a>小</a></span><span><a>打印</a></span></div>'
                f'<div class="zwxl-article"><div class="TRS_UEDITOR trs_paper_default">{text}'
                f'<p style="text-align:right">{site}</p><p style="text-align:right">{y}年{int(m)}月{int(d)}日</p>'
                '<p>附件：<a href="#">高新技术企业推荐名单异议申请表.docx</a></p></div></div>'
                '<div class="share">分享：<a>微信</a><a>微博</a></div><div class="close"><a>【打印】</a>　<a>【关闭】</a></div></div>'
                + _gov_footer("重庆市沙坪坝区人民政府办公室", rng))
        head = (f'<title>{esc(art["title"])}_重庆市沙坪坝区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="通知公告">')
        return head, body, f"http://www.cqspb.gov.cn/bm/qkjj/zwgk_89034/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    site = "重庆市江北区科学技术局"
    text = _paras(art["body"], para, "MsoNormalTable")
    body = ('<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td><img src="/images/jbkj_top.jpg" alt="{site}"></td></tr>'
            '<tr><td class="menu"><a>首页</a> | <a>机构设置</a> | <a>科技动态</a> | <a>通知公告</a> | <a>政策法规</a> | <a>办事指南</a></td></tr>'
            '<tr><td class="dqwz">当前位置：首页 &gt; 通知公告</td></tr></table>'
            '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">'
            f'<tr><td align="center" class="title"><font size="4"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="info">发布时间：{y}/{int(m)}/{int(d)} {_hms(rng)}&nbsp;&nbsp;'
            f'阅读次数：<script>document.write("{_n(rng, 3)}")</script>&nbsp;&nbsp;【<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
            f'<tr><td class="content">{text}'
            f'<p align="right"><font face="仿宋_GB2312">{site}</font>&nbsp;&nbsp;</p>'
            f'<p align="right"><font face="仿宋_GB2312">{_sign(art["date"])}</font>&nbsp;&nbsp;</p></td></tr>'
            '<tr><td align="center">【<a>打印本页</a>】&nbsp;&nbsp;【<a>关闭窗口</a>】</td></tr></table>'
            f'<table width="980" align="center" class="bottom"><tr><td align="center">版权所有：{site}　'
            f'渝ICP备{_n(rng, 8)}号<br>技术支持：某某网络科技有限公司</td></tr></table>')
    head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="高新技术企业,培育库,公示">'
    return head, body, f"http://kjj.cqjb.gov.cn/html/tzgg/{y}{m}/{_n(rng, 4)}.html"


def cun_mp_jtjj_fenhong(art, rng, others):
    """村 公众号 集体经济 分红 post: p07 photos with ▲ captions, the 分红名单 as a table (rows body), a
    quoted line, a one-line 村强民富… paragraph; p08 a numbered 分配方案 list, a 什么是股份分红 card, a
    ``2023年2月3日 hh:mm`` publish time; both: 来源/编辑/审核, QR and 一键三连 lines."""
    pid = art["id"]

    def para(p):
        if p[:2].rstrip(".").isdigit():
            return f'<p style="margin-left:2em"><span style="font-size:15px">{esc(p)}</span></p>'
        return f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>'

    def after(i):
        if pid == "p07" and i in (1, 9):
            what = "村民排队领取分红款" if i == 1 else "巴岳村莲藕基地"
            return (f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/fh{i}.jpg" style="width:100%"></p>'
                    f'<p style="text-align:center"><span style="font-size:12px;color:#888">▲{what}</span></p>')
        if pid == "p08" and i == 6:
            return ('<section style="border:1px solid #d9a441;border-radius:6px;padding:10px;margin:12px 0">'
                    '<p><strong>什么是股份分红？</strong></p>'
                    '<p style="font-size:14px">农村集体产权制度改革后，村集体资产折股量化到成员，集体经营有了收益，按股份把一部分收益分给成员，就是股份分红。</p></section>')
        if pid == "p08" and i == 7:
            return ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/hgs.jpg" style="width:100%"></p>'
                    '<p style="text-align:center"><span style="font-size:12px;color:#888">▲分红现场</span></p>')
        return ""
    text = _paras(art["body"], para, "", after=after)
    text = text.replace('<table class=""', '<table style="width:100%;border-collapse:collapse"')
    top = ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/guanzhu.gif"></p>'
           '<p style="text-align:center"><span style="font-size:12px;color:#b30000">点击蓝字 关注我们</span></p>')
    acc = {"p07": "巴岳村村务", "p08": "永川黄瓜山村"}[pid]
    tail = (f'<p><span style="font-size:12px;color:#888">来源：{"土桥镇巴岳村村委会" if pid == "p07" else "南大街街道"}</span></p>'
            f'<p><span style="font-size:12px;color:#888">编辑：{"赵敏" if pid == "p07" else "刘佳"}　审核：{"赵国强" if pid == "p07" else "刘玉兰"}</span></p>'
            '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qrcode.jpg"></p>'
            '<p style="text-align:center"><span style="font-size:12px">扫码关注 了解更多村务动态</span></p>'
            '<p style="text-align:center"><span style="font-size:12px">觉得不错，请点赞↓↓↓</span></p>')
    y, m, d = _ymd(art)
    date = None if pid == "p07" else f"{int(y)}年{int(m)}月{int(d)}日 {_hm(rng)}"
    head, body = _wx(art, rng, others, acc, top + text + tail, date)
    return head, body, f"https://mp.weixin.qq.com/s/{''.join(rng.choice('abcdefghijkLMNOPQ0123456789_-') for _ in range(22))}"


def epaper_xuexi_zhaji(art, rng, others):
    """市 党报 e-paper 理论版 学习札记: p09 a GBK page whose paragraphs are ``<br>``-separated with
    ``　　`` in one ``<div>``, bold one-line heads, a 学习札记 column label, a ``□`` byline and a
    作者单位 line at the end; p10 ``<p>`` paragraphs in ``<founder-content>``, an 编者按 box, a ``■``
    byline, bold 一是… heads, a 作者简介 footnote; both: issue line, 版次, 上一版/下一版/PDF, 本版导航."""
    y, m, d = _ymd(art)
    pid = art["id"]
    paper, ban = ("遂宁日报", "第03版：理论") if pid == "p09" else ("宜宾日报", "第06版：理论·学习")
    nav = "".join(f'<li><a>{esc(t)}</a></li>' for t, _ in others[:4])
    heads = [p for p in art["body"] if len(p) <= 20 and p.endswith("。") and p != art["body"][0]]
    if pid == "p09":
        lines = []
        for p in art["body"]:
            lines.append(f"{IND}<b>{esc(p)}</b>" if p in heads and p.startswith("做好") else IND + esc(p))
        main = ('<div class="lanmu">学习札记</div>'
                f'<table width="100%"><tr><td class="font01" align="center">{esc(art["title"])}</td></tr></table>'
                '<div class="author">□ 陈思远</div>'
                f'<div id="ozoom" style="font-size:14px">{"<br>".join(lines)}<br>'
                f'{IND}（作者单位：中共遂宁市委党校）<br></div>'
                '<div class="pn"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a>　【<a>打印</a>】【<a>关闭</a>】</div>')
        url = f"http://epaper.snxw.com/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    else:
        ps = []
        for p in art["body"]:
            ps.append(f"<p><strong>{IND}{esc(p)}</strong></p>" if p.startswith(("一是", "二是", "三是")) else f"<p>{IND}{esc(p)}</p>")
        main = (f'<div class="bt"><h4>学习札记</h4><h1>{esc(art["title"])}</h1></div>'
                '<div class="bzan" style="background:#f5f0e6;padding:8px"><b>编者按：</b>为深入学习贯彻党的二十大精神，'
                '本版开设“学习札记”栏目，刊发党员干部的学习体会，敬请关注。</div>'
                f'<div class="zz">■ 何晓东</div><founder-content>{"".join(ps)}</founder-content>'
                '<div class="note">（作者系宜宾市委组织部干部，本文为个人学习体会）</div>'
                '<div class="tools"><a>上一篇</a> <a>下一篇</a> 【<a>打印</a>】 <a>返回目录</a></div>')
        url = f"https://epaper.ybxww.com/ybrb/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    crumbs = (f'<div class="issue">{paper}　{y}年{m}月{d}日　{_week(art)}</div>'
              f'<div class="ban"><span>{ban}</span>　<a>上一版</a>　<a>下一版</a>　<a>PDF版下载</a>　<a>往期回顾</a></div>')
    body = (f'<div class="top"><img src="/images/logo_{pid}.gif" alt="{paper}">{crumbs}</div>'
            f'<div class="main"><div class="left"><img src="/pic/{y}{m}{d}/{ban[1:3]}_s.jpg" usemap="#PagePicMap">'
            f'<div class="bmdh"><h4>本版导航</h4><ul>{nav}</ul></div></div>'
            f'<div class="right">{main}</div></div>'
            f'<div class="copy">{paper}社版权所有　未经授权禁止转载、摘编、复制或建立镜像<br>ICP备{_n(rng, 8)}号</div>')
    head = f'<title>{esc(art["title"])}--{paper}</title><meta name="description" content="{paper}数字报">'
    return head, body, url


def snxw_szpd_jizhe(art, rng, others):
    """Provincial news portal's 市州 page: info spans (``2023/6/18 10:21:05``, 来源：…客户端, 作者,
    编辑), 分享到 widget, a photo with its caption inside the text, an inline 相关阅读 strip mid-text,
    ``记者：`` questions with name-and-colon answers, 责编, 版权声明, comment counter, QR line."""
    y, m, d = _ymd(art)

    def para(p):
        if p.startswith("记者："):
            return f'<p><strong>{esc(p)}</strong></p>'
        return f'<p>{IND}{esc(p)}</p>'
    out = []
    for i, p in enumerate(art["body"]):
        out.append(para(p))
        if i == 0:
            out.append('<p style="text-align:center"><img src="/upload/2023/06/yjj.jpg" width="600"></p>'
                       '<p style="text-align:center"><font color="#666">图为滨江夜市。（南充市融媒体中心供图）</font></p>')
        if i == 2:
            out.append(f'<div class="xgyd_in">相关阅读：<a>{esc(others[5][0])}</a></div>')
    text = "".join(out)
    body = ('<div class="topbar"><a>四川新闻网首页</a> <a>时政</a> <a>社会</a> <a>市州</a> <a>川观</a> <a>登录</a></div>'
            '<div class="logo"><img src="/images/sc_news_logo.png" alt="四川新闻网"><span>市州频道</span></div>'
            '<div class="crumbs"><a>首页</a> &gt; <a>市州</a> &gt; <a>南充</a> &gt; 正文</div>'
            f'<div class="article-box"><h1>{esc(art["title"])}</h1>'
            f'<div class="info"><span>{y}/{int(m)}/{int(d)} {_hms(rng)}</span><span>来源：南充发布客户端</span>'
            '<span>作者：何静 王超</span><span>编辑：李娜</span></div>'
            '<div class="share-top">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="bt_content">{text}</div>'
            '<div class="zb">责编：罗小军</div>'
            '<div class="bqsm">版权声明：凡注明“来源：四川新闻网”的所有作品，未经授权禁止转载、摘编或利用其它方式使用。</div>'
            f'<div class="comment">已有<em>{_n(rng, 2)}</em>人参与评论　<a>我要评论</a></div>'
            f'<div class="xgxw"><h3>相关新闻</h3><ul>{_related(others, 5, lambda s: s)}</ul></div>'
            '<div class="qr"><img src="/images/app_qr.png">扫一扫 下载四川新闻客户端</div></div>'
            f'<div class="foot">四川新闻网版权所有　川ICP备{_n(rng, 8)}号　互联网新闻信息服务许可证：51120170001</div>')
    head = (f'<title>{esc(art["title"])}_市州频道_四川新闻网</title>'
            f'<meta name="keywords" content="南充,夜经济"><meta name="publishdate" content="{y}-{m}-{d}">')
    return head, body, f"http://nc.newssc.org/system/{y}{m}{d}/{_n(rng, 9)}.html"


def xian_mp_zhanxiao_huodong(art, rng, others):
    """县 公众号 农产品展销 notice: a poster image, bold 活动时间：/活动地点：/参展单位： labels,
    a numbered 展区 list, a centred quoted slogan, a one-line call; 来源/编辑/审核, 往期推荐, QR line."""
    y, m, d = _ymd(art)

    def para(p):
        if p.startswith(("活动时间：", "活动地点：", "参展单位：")):
            k = p.index("：") + 1
            return f'<p style="margin-left:1em"><strong><span style="color:#2f7d32">{esc(p[:k])}</span></strong>{esc(p[k:])}</p>'
        if p.startswith("“"):
            return f'<p style="text-align:center"><strong><span style="color:#2f7d32;font-size:17px">{esc(p)}</span></strong></p>'
        if p[:2].rstrip(".").isdigit():
            return f'<p style="margin-left:1em"><span style="font-size:15px">{esc(p)}</span></p>'
        return f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>'
    out = []
    for i, p in enumerate(art["body"]):
        out.append(para(p))
        if i == 1:
            out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/haibao.jpg" style="width:100%"></p>')
        if i == 9:
            out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/shanhuo.jpg" style="width:100%"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲城口山货（资料图）</span></p>')
    top = ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/lanzi.gif"></p>'
           '<p style="text-align:center"><span style="font-size:12px;color:#2f7d32">点击上方蓝字“城口发布”关注我们</span></p>')
    tail = ('<p><span style="font-size:12px;color:#888">来源：县农业农村委</span></p>'
            '<p><span style="font-size:12px;color:#888">编辑：向雪　审核：蒋波</span></p>'
            '<section><p><strong>▼ 往期推荐</strong></p>' + "".join(f"<p>▶ {esc(t)}</p>" for t, _ in others[:3]) + '</section>'
            '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qrcode_ck.jpg"></p>'
            '<p style="text-align:center"><span style="font-size:12px">长按二维码 关注城口发布</span></p>'
            '<p style="text-align:center"><span style="font-size:12px">分享、点赞、在看，让更多人看到</span></p>')
    head, body = _wx(art, rng, others, "城口发布", top + "".join(out) + tail, None)
    return head, body, f"https://mp.weixin.qq.com/s?__biz=MzA{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=2"


TEMPLATES = {"swjt_tingshui_tongzhi": swjt_tingshui_tongzhi, "xzf_gzbg_jiedu": xzf_gzbg_jiedu,
             "kjj_gxqy_gongshi": kjj_gxqy_gongshi, "cun_mp_jtjj_fenhong": cun_mp_jtjj_fenhong,
             "epaper_xuexi_zhaji": epaper_xuexi_zhaji, "snxw_szpd_jizhe": snxw_szpd_jizhe,
             "xian_mp_zhanxiao_huodong": xian_mp_zhanxiao_huodong}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages58", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
