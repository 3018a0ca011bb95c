"""Build the fifty-ninth saved-page set (``pages59``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 交巡警支队 公众号 交通提示 post with 管制时间/绕行
路线 items (``jxj_mp_raoxing``), a 区 文旅委 portal 非遗 公示 with a 名单 table
(``wlw_ccr_gongshi_table``), a 县 政府网 乡村振兴 专题 page with 专题导航 tabs
(``xzf_xczx_ztdh_tabs``), a 区 税务局 公众号 办税日历 post with a table and 问/答 turns
(``swj_mp_bsrl_rili``), a 街道 portal 社区新闻 page on an old GBK table layout
(``jd_sqxw_table_gbk``), a 区报 e-paper 第01版 page with 导读 and 天气 (``qubao_yiban_xhtml_daodu``)
and a provincial news portal's page with 原标题 and a 客户端 source line (``sheng_xwmh_khd_yuanbt``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written
here. See README.md.

    python tests/data/web/pages59/build.py
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
PLACES = {"jiulongpo": "九龙坡", "jiangbei": "江北", "yongchuan": "永川", "wanzhou": "万州", "wuxi": "巫溪",
          "youyang": "酉阳", "shapingba": "沙坪坝", "dadukou": "大渡口", "bishan": "璧山", "nanchuan": "南川",
          "guang_an": "广安"}


def _row(p: str) -> bool:
    """A data-table row inside the text: cells joined by single spaces, no sentence punctuation (body)."""
    return " " in p and not any(c in p for c in "，。：；？！“（")


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
                out.append(after(i) or "")
    return "".join(out)


def _related(others, n, fmt) -> str:
    return "".join(f'<li><a href="#">{esc(t)}</a><span class="date">{fmt(d)}</span></li>' for t, d in others[:n])


def _gov_footer(site: str, rng, region: str = "渝") -> str:
    return (f'<div class="footer"><p>主办：{site}　承办：{site}办公室　联系电话：023-{_n(rng, 8)}</p>'
            f'<p>{region}ICP备{_n(rng, 8)}号-1　<img src="/images/ga.png">{region}公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>')


def _wx(art, rng, others, acc: str, owner: str, content: str, date: str, t: str) -> tuple[str, str]:
    """A WeChat post's shell: meta row (account, owner, visible publish time), ``content``, the
    阅读原文/阅读/赞/在看 row, 写留言 and 喜欢此内容的人还喜欢."""
    y, m, d = _ymd(art)
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta rich_media_meta_text">{owner}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{acc}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{date}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于重庆</em></div>'
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


def _wx_url(rng) -> str:
    return f"https://mp.weixin.qq.com/s?__biz=MzA{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 8):x}"


def jxj_mp_raoxing(art, rng, others):
    """区 交巡警支队 公众号 交通提示: p01 boxed 一、 heads, 1./2./3. 绕行 items, a 示意图 with its
    caption and a 出行小贴士 card mid-text; p02 管制时间：/管制范围：/绕行建议： items in coloured
    spans, a 管制示意图, a 路况查询 card after the text. Both: 来源/编辑/审核, QR, 往期回顾."""
    pid = art["id"]
    place = PLACES[art["place"]]
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith(HEADS):
            out.append('<section style="margin:12px 0;text-align:center"><section style="display:inline-block;background:#1d4f9c;padding:4px 14px">'
                       f'<p><strong><span style="color:#fff;font-size:16px">{esc(p)}</span></strong></p></section></section>')
        elif p.endswith("：") or p.startswith("管制时间"):
            k = p.index("：") + 1
            out.append(f'<p style="line-height:1.75em"><strong><span style="color:#1d4f9c">{esc(p[:k])}</span></strong>'
                       f'<span style="font-size:15px">{esc(p[k:])}</span></p>')
        elif p[:2].rstrip(".").isdigit() or p.endswith("；") or (pid == "p02" and p.endswith("。") and i in (4, 5, 6, 9, 10)):
            out.append(f'<p style="line-height:1.75em;padding-left:1em"><span style="font-size:15px">{esc(p)}</span></p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em;text-align:justify"><span style="font-size:15px">{esc(p)}</span></p>')
        if (pid, i) in (("p01", 5), ("p02", 6)):
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{pid}map.png" style="width:100%"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">▲{"绕行示意图" if pid == "p01" else "管制路段示意图（红色为管制区域）"}</span></p>')
        if (pid, i) == ("p01", 9):
            out.append('<section style="border:1px solid #1d4f9c;border-radius:6px;padding:8px;margin:10px 0">'
                       '<p><strong>出行小贴士</strong></p><p style="font-size:14px;color:#555">'
                       '出行前可通过“重庆交巡警”微信公众号“路况查询”栏目了解实时路况，合理选择出行时间。</p></section>')
    top = ('<p style="text-align:center"><span style="font-size:12px;color:#1d4f9c">↑ 点击上方蓝字关注 ↑</span></p>'
           f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{pid}top.gif"></p>')
    tail = ""
    if pid == "p02":
        tail += ('<section style="background:#f4f7fb;padding:10px;margin:10px 0"><p><strong>实时路况怎么查？</strong></p>'
                 '<p style="font-size:14px">① 关注本公众号，点击菜单栏“便民服务—路况查询”；</p>'
                 '<p style="font-size:14px">② 收听交通广播整点路况播报。</p></section>')
    tail += (f'<p style="text-align:right"><span style="font-size:12px;color:#888">来源：{place}交巡警宣传大队</span></p>'
             f'<p style="text-align:right"><span style="font-size:12px;color:#888">编辑：{"唐小宇" if pid == "p01" else "钟灵"}　审核：刘　强</span></p>'
             '<section><p><strong>往期回顾</strong></p>' + "".join(f"<p>● {esc(t)}</p>" for t, _ in others[:3]) + '</section>'
             '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qrcode_jxj.jpg"></p>'
             f'<p style="text-align:center"><span style="font-size:12px">{place}交巡警 · 守护您的平安出行</span></p>'
             '<p style="text-align:center"><span style="font-size:12px">觉得有用，请点个“在看”吧</span></p>')
    y, m, d = _ymd(art)
    t = _hm(rng)
    date = f"{y}-{m}-{d} {t}" if pid == "p01" else f"{y}年{m}月{d}日 {t}"
    acc = f"{place}交巡警"
    head, body = _wx(art, rng, others, acc, f"重庆市公安局{place}区分局交巡警支队", top + "".join(out) + tail, date, t)
    return head, body, _wx_url(rng)


def wlw_ccr_gongshi_table(art, rng, others):
    """区 文旅委 portal 非遗 公示: the 名单 table's rows are body, so are 公示时间/联系电话 items; the
    signature and its date (the day before publication), the 附件 line, 【打印】 tools, footer are
    not. p03 an old GBK table portal with a ``document.write`` counter; p04 a div portal with an
    信息公开 grid (成文日期 beside 发布日期), ArticleTitle/PubDate metas, 相关链接."""
    y, m, d = _ymd(art)
    pid = art["id"]
    place = PLACES[art["place"]]
    site = f"重庆市{place}区文化和旅游发展委员会"
    sig = (f'<p style="text-align:right">{place}区文化和旅游发展委员会</p>'
           f'<p style="text-align:right">{y}年{int(m)}月{int(d) - 1}日</p>')

    def para(p):
        if p.startswith(("公示时间", "联系电话", "通讯地址", "联系单位")):
            return f'<p style="text-indent:2em"><font face="仿宋_GB2312">{esc(p)}</font></p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>' if pid == "p04" else f'<p>{IND}{esc(p)}</p>'

    text = _paras(art["body"], para, "MsoNormalTable" if pid == "p03" else "ke-zeroborder", th=pid == "p04")
    if pid == "p03":
        body = ('<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">'
                f'<tr><td><img src="/images/top_banner.jpg" alt="{site}"></td></tr>'
                '<tr><td class="menu"><a>网站首页</a>&nbsp;|&nbsp;<a>机构职能</a>&nbsp;|&nbsp;<a>文旅资讯</a>&nbsp;|&nbsp;'
                '<a>通知公告</a>&nbsp;|&nbsp;<a>非遗保护</a>&nbsp;|&nbsp;<a>公共服务</a></td></tr></table>'
                '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="220" valign="top" class="left"><div class="lm">通知公告</div><ul><li><a>工作动态</a></li>'
                '<li><a>通知公告</a></li><li><a>非遗保护</a></li><li><a>政策法规</a></li></ul></td>'
                '<td valign="top"><table width="100%"><tr><td class="wz">您现在的位置：<a>首页</a> &gt;&gt; <a>通知公告</a></td></tr>'
                f'<tr><td align="center" height="50"><font size="4" color="#b40000"><strong>{esc(art["title"])}</strong></font></td></tr>'
                f'<tr><td align="center" class="xx">发布时间：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;来源：非遗科&nbsp;&nbsp;&nbsp;'
                f'点击：<script language="javascript">document.write("{_n(rng, 3)}");</script>次'
                '&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="nr"><div id="zoom">{text}<p>&nbsp;</p>{sig}'
                '<p>附件：<a href="/uploadfile/fybh/mingdan.xls">第六批区级非遗代表性传承人推荐名单.xls</a></p></div></td></tr>'
                '<tr><td align="right">【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr>'
                f'<tr><td>上一篇：<a>{esc(others[0][0])}</a><br>下一篇：<a>{esc(others[1][0])}</a></td></tr></table></td></tr></table>'
                f'<table width="980" align="center" class="bottom"><tr><td align="center">版权所有：{site}　'
                f'渝ICP备{_n(rng, 8)}号<br>渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}　技术支持：某某网络</td></tr></table>')
        head = f'<title>{esc(art["title"])}-{site}</title><meta name="keywords" content="非遗,传承人,公示">'
        return head, body, f"http://wlw.cq{art['place']}.gov.cn/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.html"
    grid = (f'<table class="gknbxq_top"><tr><th>索引号：</th><td>11500101MB{_n(rng, 7)}/{y}-000{_n(rng, 2)}</td>'
            f'<th>发布机构：</th><td>{site}</td></tr><tr><th>主题分类：</th><td>文化、广电、新闻出版</td>'
            f'<th>成文日期：</th><td>{y}-{m}-{int(d) - 1:02d}</td></tr>'
            f'<tr><th>标题：</th><td colspan="3">{esc(art["title"])}</td></tr></table>')
    body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>'
            '<div class="ss"><input type="text" value="请输入关键词"><a>搜索</a></div></div>'
            '<div class="dh"><a>首页</a><a>政务公开</a><a>文旅动态</a><a>非遗保护</a><a>互动交流</a></div>'
            '<div class="dqwz">当前位置：<a>首页</a>&gt;<a>政务公开</a>&gt;<a>法定主动公开内容</a>&gt;<a>公示公告</a></div>'
            f'<div class="article-box">{grid}<h2 class="tit">{esc(art["title"])}</h2>'
            f'<div class="info"><span>发布日期：{y}-{m}-{d} {_hm(rng)}</span><span>来源：{place}区文化旅游委</span>'
            f'<span>浏览次数：{_n(rng, 3)}</span><span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div class="bt_content TRS_Editor">{text}{sig}'
            '<p>附件：</p><p><a>1.第五批区级非遗代表性项目名录推荐项目名单.pdf</a></p></div>'
            '<div class="tools"><span>扫一扫在手机打开当前页</span><img src="/qr.png"><a>【打印】</a><a>【关闭】</a></div>'
            f'<div class="xglj"><h4>相关链接</h4><ul>{_related(others, 3, lambda s: s)}</ul></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="公示公告">')
    return head, body, f"http://wlw.wz.gov.cn/zwgk_{_n(rng, 3)}/fdzdgknr/gsgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def xzf_xczx_ztdh_tabs(art, rng, others):
    """县 政府网 乡村振兴 专题 page: a 专题 banner and 专题导航 tabs (首页/工作动态/政策文件/典型案例/
    媒体聚焦), a scrolling 专题 notice, the article, a 专题 list column beside it. p05 bold 一、 heads, a
    photo with its 图为… caption and ``2023/11/22`` in the info line beside 更新时间; p06 (GBK) bold
    坚持… heads as own paragraphs, no visible date (PubDate meta and the URL only)."""
    y, m, d = _ymd(art)
    pid = art["id"]
    place = PLACES[art["place"]]
    site = f"重庆市{place}县人民政府"

    def para(p):
        if p.startswith(HEADS) or (p.startswith("坚持") and len(p) < 24):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'

    def after(i):
        if (pid, i) == ("p05", 2):
            return ('<p style="text-align:center"><img src="/u/cms/xczx/202311/cuili.jpg" width="600"></p>'
                    '<p style="text-align:center"><font color="#666">图为茶山村村民在脆李基地修剪枝条。（红池坝镇供图）</font></p>')
        return ""

    tabs = "".join(f'<li class="{"on" if k == 1 else ""}"><a>{t}</a></li>'
                   for k, t in enumerate(["专题首页", "工作动态", "政策文件", "典型案例", "媒体聚焦", "图片展示"]))
    if pid == "p05":
        info = (f'<span>发布日期：{y}/{int(m)}/{int(d)}</span>&nbsp;&nbsp;<span>更新时间：{y}/{int(m)}/{int(d) + 2}</span>'
                f'&nbsp;&nbsp;<span>来源：红池坝镇</span>&nbsp;&nbsp;<span>作者：向　敏</span>')
        meta = f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
    else:
        info = f'<span>来源：县乡村振兴局</span>&nbsp;&nbsp;<span>浏览次数：<em id="hits">{_n(rng, 3)}</em></span>'
        meta = f'<meta name="PubDate" content="{y}-{m}-{d} {_hms(rng)}"><meta name="ContentSource" content="县乡村振兴局">'
    body = (f'<div class="zt_banner"><img src="/ztzl/xczx/images/banner.jpg" alt="全面推进乡村振兴"></div>'
            f'<div class="zt_nav"><ul>{tabs}</ul></div>'
            '<div class="zt_gg"><marquee>【专题公告】 全县乡村振兴示范村创建名单已公布，详见“政策文件”栏目</marquee></div>'
            '<div class="zt_wz">您当前的位置：<a>首页</a> &gt; <a>专题专栏</a> &gt; <a>全面推进乡村振兴</a> &gt; <a>工作动态</a></div>'
            f'<div class="zt_main"><div class="zt_left"><div class="con"><h1>{esc(art["title"])}</h1>'
            f'<div class="con_info">{info}<span class="fontsize">字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
            f'<div class="con_text">{_paras(art["body"], para, "t", after=after)}</div>'
            f'<div class="con_zr">【责任编辑：{"冉丽" if pid == "p05" else "田　野"}】</div>'
            '<div class="con_share">分享到：<a>微信</a> <a>微博</a> <a>QQ</a>　<a>打印本页</a>　<a>关闭窗口</a></div></div></div>'
            '<div class="zt_right"><div class="box"><h3>典型案例</h3><ul>'
            + _related(others[3:], 4, lambda s: s[5:]) + '</ul></div><div class="box"><h3>政策文件</h3><ul>'
            '<li><a>关于做好2024年全面推进乡村振兴重点工作的实施意见</a></li><li><a>衔接资金项目管理办法</a></li></ul></div></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}-全面推进乡村振兴-{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'{meta}<meta name="ColumnName" content="工作动态">')
    return head, body, f"http://www.cq{art['place']}.gov.cn/ztzl/xczx/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def swj_mp_bsrl_rili(art, rng, others):
    """区 税务局 公众号 办税日历 post: a 办税日历 image card at the top, red 一、 heads, a 日期/办税事项
    table (rows body, the first row a header), 问：/答： turns with coloured labels, a 温馨提示 box
    and a 12366 card after the text, 来源/编辑 lines, QR and 点赞 rows."""
    out = []
    for p in art["body"]:
        if _row(p):
            out.append(p)
            continue
        if p.startswith(HEADS):
            out.append(f'<p style="margin-top:16px"><strong><span style="color:#c00000;font-size:17px">{esc(p)}</span></strong></p>')
        elif p.startswith(("问：", "答：")):
            color = "#c00000" if p.startswith("问") else "#1f5fa8"
            out.append(f'<p style="line-height:1.8em"><strong><span style="color:{color}">{p[:2]}</span></strong>'
                       f'<span style="font-size:15px">{esc(p[2:])}</span></p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.8em"><span style="font-size:15px">{esc(p)}</span></p>')
    html, run = [], []
    for x in out + [None]:
        if x is not None and not x.startswith("<"):
            run.append(x)
            continue
        if run:
            html.append(_table(run, "", th=True))
            run = []
        if x is not None:
            html.append(x)
    top = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/bsrl07.jpg" style="width:100%"></section>'
           '<p style="text-align:center"><span style="font-size:12px;color:#999">7月办税日历（点击可放大）</span></p>')
    tail = ('<section style="background:#fff7e6;border-left:4px solid #f0a020;padding:8px;margin:12px 0">'
            '<p><strong>温馨提示</strong></p><p style="font-size:14px">月末办税服务厅业务量较大，建议您错峰办理，或通过电子税务局“非接触式”办税。</p></section>'
            '<section style="text-align:center;padding:6px;border:1px dashed #1f5fa8">'
            '<p><span style="font-size:14px">有疑问？请拨打纳税缴费服务热线 12366</span></p></section>'
            '<p><span style="font-size:12px;color:#888">来源：沙坪坝区税务局纳税服务科</span></p>'
            '<p><span style="font-size:12px;color:#888">编辑：彭　璐｜审核：邓永红</span></p>'
            '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr_tax.jpg"></p>'
            '<p style="text-align:center"><span style="font-size:12px">扫码关注 · 办税不迷路</span></p>'
            '<p style="text-align:center"><span style="font-size:12px">点赞👍 分享🔗 在看👀</span></p>')
    y, m, d = _ymd(art)
    t = _hm(rng)
    head, body = _wx(art, rng, others, "沙坪坝税务", "国家税务总局重庆市沙坪坝区税务局", top + "".join(html) + tail,
                     f"{y}-{m}-{d} {t}", t)
    return head, body, _wx_url(rng)


def jd_sqxw_table_gbk(art, rng, others):
    """街道 portal 社区新闻 on an old GBK table layout: every paragraph a ``<br>``-separated
    ``<font>`` run with ``　　`` in one ``<td>``; p08 a photo and its caption between the lines,
    时间：/地点：/内容： items (body); p09 （一）… items, a 【打印】【关闭】 row, 作者/编辑 line."""
    y, m, d = _ymd(art)
    pid = art["id"]
    place = PLACES[art["place"]]
    street = {"p08": "小龙坎街道", "p09": "春晖路街道"}[pid]
    lines = []
    for i, p in enumerate(art["body"]):
        lines.append(f'{IND}<font size="3">{esc(p)}</font>')
        if (pid, i) == ("p08", 3):
            lines.append(f'<div align="center"><img src="/UploadFiles/{y}{m}/{_n(rng, 6)}.jpg" width="500" border="0"></div>'
                         f'<div align="center"><font color="#666666" size="2">图为律师志愿者为居民提供法律咨询</font></div>')
    text = "<br>\n".join(lines)
    if pid == "p08":
        info = (f'发布时间：{y}-{int(m)}-{int(d)} {_hms(rng)}&nbsp;&nbsp;作者：社区办&nbsp;&nbsp;'
                f'浏览：<script language="javascript">document.write({_n(rng, 3)});</script>次')
    else:
        info = f'日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;来源：党政办&nbsp;&nbsp;&nbsp;【<a>大</a> <a>中</a> <a>小</a>】'
    body = ('<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">'
            f'<tr><td colspan="2"><img src="/images/jd_top.jpg" width="960" height="120" alt="{street}"></td></tr>'
            '<tr><td colspan="2" class="dh" bgcolor="#b30000"><a><font color="#ffffff">首页</font></a>　'
            '<a><font color="#ffffff">街道概况</font></a>　<a><font color="#ffffff">社区新闻</font></a>　'
            '<a><font color="#ffffff">党建工作</font></a>　<a><font color="#ffffff">便民服务</font></a></td></tr>'
            '<tr><td width="200" valign="top"><table width="100%"><tr><td class="lm"><b>社区新闻</b></td></tr>'
            + "".join(f'<tr><td>·<a>{esc(t[:14])}…</a></td></tr>' for t, _ in others[:5])
            + '</table></td><td valign="top"><table width="100%" border="0" cellpadding="6">'
            f'<tr><td class="wz">当前位置：首页 &gt;&gt; 社区新闻 &gt;&gt; 正文</td></tr>'
            f'<tr><td align="center"><font size="4"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center"><font color="#888888" size="2">{info}</font></td></tr>'
            '<tr><td><hr size="1" color="#cccccc"></td></tr>'
            f'<tr><td class="content" style="line-height:28px">{text}<br>\n</td></tr>'
            + ('<tr><td align="right"><font size="2">（编辑：谭　丽　审核：何建国）</font></td></tr>' if pid == "p09" else "")
            + '<tr><td align="right"><font size="2">【<a>打印此页</a>】【<a>关闭窗口</a>】【<a>返回顶部</a>】</font></td></tr>'
            f'<tr><td><font size="2">上一篇：<a>{esc(others[2][0])}</a></font></td></tr></table></td></tr></table>'
            '<table width="960" align="center" bgcolor="#eeeeee"><tr><td align="center"><font size="2">'
            f'主办：重庆市{place}区{street}办事处　地址：{place}区{street}某某路　电话：023-{_n(rng, 8)}<br>'
            f'渝ICP备{_n(rng, 8)}号　建议使用1024×768分辨率浏览</font></td></tr></table>')
    head = f'<title>{esc(art["title"])}--{street}</title><meta name="description" content="{street}社区新闻">'
    return head, body, f"http://www.{art['place']}jd.gov.cn/ShowArticle.asp?ArticleID={_n(rng, 4)}"


def qubao_yiban_xhtml_daodu(art, rng, others):
    """区报 e-paper 第01版 page: masthead with 天气 and the issue line, 版次 selector, a 本版导读 box
    naming the other pages' stories, the article (引题, headline, ``<founder-content>`` paragraphs with
    a photo and caption after the lead), 本版其他稿件, 上一篇/下一篇, copyright."""
    y, m, d = _ymd(art)
    text = []
    for i, p in enumerate(art["body"]):
        text.append(f"<p>{IND}{esc(p)}</p>")
        if i == 0:
            text.append('<p><img src="../../../res/1/20230912/qy.jpg"></p>'
                        '<p>签约仪式现场。　记者　李　航　摄</p>')
    daodu = ('<div class="daodu"><h4>本期导读</h4><ul>'
             '<li>第2版：全区秋季开学工作平稳有序</li><li>第3版：璧南河畔新添三处口袋公园</li>'
             '<li>第4版：我区选手获全市职业技能大赛一等奖</li></ul></div>')
    body = ('<div class="masthead"><img src="../../../images/bsb_logo.png" alt="璧山报">'
            f'<div class="qihao">{y}年{m}月{d}日　{_week(art)}　第{_n(rng, 4)}期　今日4版</div>'
            '<div class="tianqi">今日天气：多云转阴　22℃～31℃　偏北风2级　空气质量：良</div></div>'
            '<div class="banci"><span>第01版：要闻</span><select><option>第01版：要闻</option><option>第02版：综合</option>'
            '<option>第03版：民生</option><option>第04版：专版</option></select>'
            '<a>上一版</a> <a>下一版</a> <a>PDF下载</a> <a>往期回顾</a></div>'
            f'<div class="left"><img src="../../../page/1/{y}-{m}/{d}/01/bsb01_s.jpg" usemap="#pagemap">{daodu}</div>'
            '<div class="right"><div class="yt">引题：聚焦主导产业　精准招商引资</div>'
            f'<h1>{esc(art["title"])}</h1><div class="ft">新能源汽车零部件领域项目占比过半</div>'
            f'<div id="ozoom"><founder-content>{"".join(text)}</founder-content></div>'
            '<div class="bbqt"><h4>本版其他稿件</h4><ul><li><a>区委常委会召开会议</a></li>'
            f'<li><a>{esc(others[0][0])}</a></li><li><a>图片新闻</a></li></ul></div>'
            '<div class="sxp"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div>'
            f'<div class="copyright">璧山报社版权所有　未经书面授权禁止转载、摘编　渝ICP备{_n(rng, 8)}号</div>')
    head = (f'<title>璧山报-{esc(art["title"])}</title>'
            '<meta name="description" content="璧山报数字报刊平台">')
    return head, body, f"http://epaper.bishan.gov.cn/html/{y}-{m}/{d}/content_{_n(rng, 4)}.htm"


def sheng_xwmh_khd_yuanbt(art, rng, others):
    """Provincial news portal page: channel crumbs, headline, an info line (time, 来源：…客户端,
    编辑), p11 a 原标题 line and the 记者：/name Q&A, a 受访者 photo and caption, 采访者 byline
    and 责编; p12 an 编者按 box at the top, a ``（记者 …）`` credit at the end of the text. Both:
    相关新闻 with dates, 版权声明, share bar, footer."""
    y, m, d = _ymd(art)
    pid = art["id"]
    if pid == "p11":
        portal, src = "华龙网", "新重庆客户端"
        top = '<p class="ybt">原标题：南川：擦亮金字招牌 推动文旅融合发展</p>'
        end = '<p class="zz">（记者　周　杨　实习生　刘　洋）</p>'
        info = f'<span>{y}-{m}-{d} {_hms(rng)}</span><span>来源：{src}</span><span>编辑：赵　欣</span>'
    else:
        portal, src = "四川新闻网", "川观新闻客户端"
        top = ('<div class="bzh"><p><strong>编者按：</strong>川渝两地携手推进政务服务“跨省通办”，'
               '本网推出“双城记·通办”系列报道，今天关注广安。</p></div>')
        end = '<p class="zz">（川观新闻记者　钟　磊）</p>'
        info = f'<span>{y}年{m}月{d}日 {_hm(rng)}</span><span>来源：{src}</span><span>作者：钟　磊</span>'

    def para(p):
        if p.startswith("记者："):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        if "：" in p[:5]:
            k = p.index("：") + 1
            return f'<p style="text-indent:2em"><strong>{esc(p[:k])}</strong>{esc(p[k:])}</p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'

    def after(i):
        if (pid, i) == ("p11", 1):
            return ('<p style="text-align:center"><img src="/uploadfile/2024/0117/cjw.jpg"></p>'
                    '<p style="text-align:center">陈建伟接受记者专访。记者　王　亮　摄</p>')
        return ""

    body = (f'<div class="topbar"><a>{portal}首页</a><a>新闻</a><a>区县</a><a>视频</a><a>下载客户端</a></div>'
            f'<div class="crumb"><a>{portal}</a> &gt; <a>区县频道</a> &gt; <a>正文</a></div>'
            f'<div class="article"><h1>{esc(art["title"])}</h1><div class="info">{info}'
            f'<span class="share">分享到：<a>微信</a><a>微博</a></span></div>'
            f'<div class="article-content">{top}{_paras(art["body"], para, "t", after=after)}{end}</div>'
            f'<div class="zebian">[责编：{"黄　蕾" if pid == "p11" else "杨　晴"}]</div>'
            f'<div class="copyright">版权声明：凡注明“来源：{portal}”或“{portal}文”的所有作品，版权归{portal}所有，'
            '未经授权禁止转载，违者依法追究法律责任。</div>'
            f'<div class="xgxw"><h3>相关新闻</h3><ul>{_related(others[4:], 4, lambda s: s)}</ul></div>'
            f'<div class="pl">网友评论 <span>已有{_n(rng, 2)}人参与</span> <a>我要评论</a></div></div>'
            f'<div class="footer"><p>{portal}版权所有　互联网新闻信息服务许可证：{_n(rng, 11)}</p>'
            f'<p>违法和不良信息举报电话：{_n(rng, 8)}　ICP备{_n(rng, 8)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_{portal}</title><meta name="keywords" content="{PLACES[art["place"]]}">'
            f'<meta name="publishdate" content="{y}-{m}-{d}">')
    host = "cq.cqnews.net" if pid == "p11" else "www.newssc.org"
    return head, body, f"https://{host}/html/{y}-{m}/{d}/content_{_n(rng, 9)}.html"


TEMPLATES = {"jxj_mp_raoxing": jxj_mp_raoxing, "wlw_ccr_gongshi_table": wlw_ccr_gongshi_table,
             "xzf_xczx_ztdh_tabs": xzf_xczx_ztdh_tabs, "swj_mp_bsrl_rili": swj_mp_bsrl_rili,
             "jd_sqxw_table_gbk": jd_sqxw_table_gbk, "qubao_yiban_xhtml_daodu": qubao_yiban_xhtml_daodu,
             "sheng_xwmh_khd_yuanbt": sheng_xwmh_khd_yuanbt}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages59", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
