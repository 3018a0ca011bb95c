"""Build the fifty-fourth saved-page set (``pages54``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 住建委 公众号 老旧小区改造 post with 改造前/改造后
photos (``zjw_mp_gaizao``), a 市 交通局 portal 公交线路调整 通告 with a 线路 table
(``jtj_gongjiao_tonggao``), a 省 政府网 政策图解 page (``szf_zctj_tujie``), a 区 科协 portal 科普活动
news page (``kexie_kphd_news``), a 乡镇 公众号 公益性岗位 招聘 post (``xz_mp_gongyi_gangwei``), a 县
融媒体 网站 专访 page with 主持人/嘉宾 turns (``rmt_zhuanfang_jiabin``) and a 市 党报 e-paper 评论版
page showing a second 评论 (``epaper_pinglun_liangpian``). ``articles.txt`` holds the title, date
and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages54/build.py
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


def _wx(art, rng, others, acc: str, owner: str, content: str, date: str, original: bool) -> tuple[str, str]:
    """A WeChat post's shell: meta row (原创, account, visible publish time), ``content``, the
    阅读原文/阅读/赞/在看 row, 写留言 and 喜欢此内容的人还喜欢."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    label = '<span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>' if original else ""
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">{label}'
            f'<span class="rich_media_meta rich_media_meta_text">{owner}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{acc}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{date or f"{y}-{m}-{d} {t}"}</em>'
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


def zjw_mp_gaizao(art, rng, others):
    """区 住建委 公众号 老旧小区改造 post: p01 boxed 一、 heads and 改造前/改造后 photo pairs with ▲
    captions; p02 an 编者按 box, a numbered list of 小区, a bold one-line 坚持… head, a 小贴士 box."""
    pid = art["id"]
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith(HEADS):
            out.append('<section style="margin:16px 0;border-left:4px solid #0f6ab4;padding-left:8px">'
                       f'<p><strong><span style="color:#0f6ab4;font-size:16px">{esc(p)}</span></strong></p></section>')
        elif p[:2].rstrip(".").isdigit():
            out.append(f'<p style="line-height:1.75em"><span style="font-size:15px">&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</span></p>')
        elif p.startswith("坚持"):
            out.append(f'<p style="text-indent:2em"><strong><span style="color:#c00000">{esc(p)}</span></strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em;text-align:justify"><span style="font-size:15px">{esc(p)}</span></p>')
        if pid == "p01" and i in (1, 9):
            where = "后堡68号院" if i == 1 else "后堡片区停车场"
            out.append('<section style="display:flex;justify-content:space-between">'
                       '<section style="width:49%"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/q1.jpg" style="width:100%">'
                       '<p style="text-align:center"><span style="font-size:12px;background:#888;color:#fff">改造前</span></p></section>'
                       '<section style="width:49%"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/h1.jpg" style="width:100%">'
                       '<p style="text-align:center"><span style="font-size:12px;background:#0f6ab4;color:#fff">改造后</span></p></section></section>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">▲{where}改造前后对比</span></p>')
        if pid == "p02" and i == 8:
            out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/kg.jpg"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲开工现场会上，施工人员向居民介绍改造内容</span></p>')
    top = ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/top.gif"></p>'
           '<p style="text-align:center"><span style="font-size:12px;color:#0f6ab4">点击上方蓝字关注我们</span></p>')
    if pid == "p02":
        top += ('<section style="background:#f2f7fc;padding:10px;margin:10px 0"><p><strong>编者按</strong></p>'
                '<p style="font-size:14px;color:#555">老旧小区改造是群众身边的民生工程。即日起，本号推出“城市更新进行时”系列报道，'
                '带您走进全区各个改造项目现场。今天推出第二篇。</p></section>')
    tail = ('<p><span style="font-size:12px;color:#888">来源：区住房城乡建委城市更新科</span></p>'
            f'<p><span style="font-size:12px;color:#888">文字：{"周敏" if pid == "p01" else "何川"}　图片：{"李想" if pid == "p01" else "社区供图"}</span></p>'
            f'<p><span style="font-size:12px;color:#888">编辑：{"陈露" if pid == "p01" else "唐静"}　审核：蒋志刚</span></p>')
    if pid == "p02":
        tail = ('<section style="border:1px dashed #0f6ab4;padding:8px;margin:12px 0"><p><strong>小贴士</strong></p>'
                '<p style="font-size:14px">施工期间，居民如对施工安全、噪音扰民等问题有意见建议，'
                '可拨打小区公示栏上的项目投诉电话，也可向所在社区反映。</p></section>') + tail
    tail += ('<section><p><strong>往期推荐</strong></p>' + "".join(f"<p>▶ {esc(t)}</p>" for t, _ in others[:3]) + '</section>'
             '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qrcode.jpg"></p>'
             '<p style="text-align:center"><span style="font-size:12px">长按识别二维码 关注我们</span></p>'
             '<p style="text-align:center"><span style="font-size:12px">分享 · 点赞 · 在看 一键三连</span></p>')
    acc, owner = {"p01": ("南岸住建", "重庆市南岸区住房和城乡建设委员会"),
                  "p02": ("九龙坡住建", "重庆市九龙坡区住房和城乡建设委员会")}[pid]
    y, m, d = _ymd(art)
    date = None if pid == "p01" else f"{int(y)}年{int(m)}月{int(d)}日 {_hm(rng)}"
    head, body = _wx(art, rng, others, acc, owner, top + "".join(out) + tail, date, pid == "p01")
    return head, body, f"https://mp.weixin.qq.com/s?__biz=MzI{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=1"


def jtj_gongjiao_tonggao(art, rng, others):
    """市 交通局 portal 公交线路调整 通告: p03 an old GBK table portal (info with ``&nbsp;`` and a
    counter script, table of 线路, signature and date, 附件 line); p04 a div portal with an 信息公开
    grid, info spans with no whitespace, a ``<th>`` table, signature, 附件 links, 相关解读, share."""
    y, m, d = _ymd(art)
    pid = art["id"]

    def para(p):
        if p.startswith(HEADS):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>' if pid == "p04" else f'<p>{IND}<b>{esc(p)}</b></p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>' if pid == "p04" else f'<p>{IND}{esc(p)}</p>'

    if pid == "p03":
        site = "遵义市交通运输局"
        text = _paras(art["body"], para, "MsoNormalTable")
        body = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">'
                f'<tr><td><img src="/images/banner.jpg" alt="{site}"></td></tr>'
                '<tr><td class="nav"><a>首页</a>&nbsp;|&nbsp;<a>机构概况</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;'
                '<a>通知公告</a>&nbsp;|&nbsp;<a>公交出行</a>&nbsp;|&nbsp;<a>互动交流</a></td></tr></table>'
                '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td class="wz" height="30">当前位置：<a>首页</a> &gt; <a>通知公告</a> &gt; 正文</td></tr>'
                f'<tr><td class="bt" align="center"><font size="4" color="#003399"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布时间：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;来源：市交通运输局公交管理科'
                f'&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<script language="javascript">document.write({_n(rng, 4)});</script>'
                '&nbsp;&nbsp;&nbsp;&nbsp;【<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="content"><div class="TRS_Editor">{text}'
                '<p>&nbsp;</p><p align="right">遵义市交通运输局&nbsp;&nbsp;&nbsp;&nbsp;</p>'
                f'<p align="right">{y}年{int(m)}月{int(d) - 1}日&nbsp;&nbsp;&nbsp;&nbsp;</p>'
                '<p>附件：<a href="/uploadfiles/202207/xltz.jpg">7路、21路、35路公交线路调整示意图.jpg</a></p></div></td></tr>'
                '<tr><td align="right">【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr>'
                f'<tr><td>上一篇：<a>{esc(others[0][0])}</a><br>下一篇：<a>{esc(others[1][0])}</a></td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">版权所有：{site}　'
                f'地址：遵义市红花岗区某某路　黔ICP备{_n(rng, 8)}号<br>黔公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</td></tr></table>')
        head = (f'<title>{esc(art["title"])}--{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="市交通运输局">')
        return head, body, f"http://jtj.zunyi.gov.cn/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    site = "绵阳市交通运输局"
    text = _paras(art["body"], para, "table-view", th=True)
    grid = ('<table class="xxgk_table"><tr><td>索引号：</td><td>008316XX-5/2023-0' + str(_n(rng, 5)) + '</td>'
            f'<td>发布机构：</td><td>{site}</td></tr><tr><td>主题分类：</td><td>交通运输</td><td>文号：</td><td>绵交运发〔2023〕87号</td></tr>'
            f'<tr><td>成文日期：</td><td>{y}年{m}月{int(d) - 1:02d}日</td><td>发布日期：</td><td>{y}年{m}月{d}日</td></tr>'
            f'<tr><td>名称：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
    body = (f'<div class="top"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>'
            '<div class="search"><input type="text" placeholder="请输入关键字"><a>搜索</a></div></div>'
            '<ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>交通出行</li></ul>'
            '<div class="location">当前位置：<a>首页</a>&gt;<a>政务公开</a>&gt;<a>通知公告</a></div>'
            f'<div class="xl_box">{grid}<div class="xl_title"><h1>{esc(art["title"])}</h1></div>'
            f'<div class="xl_info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：{site}</span>'
            f'<span>浏览量：<em id="llcs">{_n(rng, 4)}</em></span><span>字号：<a>[大]</a><a>[中]</a><a>[小]</a></span></div>'
            f'<div class="xl_con TRS_UEDITOR">{text}'
            f'<p style="text-align:right">{site}</p><p style="text-align:right">{y}年{int(m)}月{int(d) - 1}日</p>'
            '<p>附件：<a>1.62路线路走向示意图.pdf</a></p><p style="text-indent:3em"><a>2.调整线路站点一览表.xlsx</a></p></div>'
            '<div class="xgjd"><span>相关解读：</span><a>图解：城区公交线路优化调整有哪些变化</a></div>'
            '<div class="xl_bot"><div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            '<div class="print"><a>【打印】</a><a>【关闭】</a></div></div>'
            f'<div class="xgwz"><h3>相关文章</h3><ul>{_related(others, 4, lambda s: s)}</ul></div></div>'
            + _gov_footer(site, rng, "蜀"))
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="通知公告">'
            '<meta name="SiteName" content="绵阳市交通运输局">')
    return head, body, f"https://jtj.my.gov.cn/zwgk/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"


def szf_zctj_tujie(art, rng, others):
    """省 政府网 政策图解 page: the 图解's text between its images (short heads and items, all
    body). p05 shows no date (PubDate meta and the URL only), a 政策图解 column label, 政策原文 and
    相关解读 links; p06 发布时间 beside 更新时间, a 制图 credit, a 文件下载 box and share buttons."""
    y, m, d = _ymd(art)
    pid = art["id"]
    out = []
    k = 0
    for i, p in enumerate(art["body"]):
        short = len(p) <= 20 and "，" not in p
        if short:
            k += 1
            out.append(f'<p style="text-align:center"><img src="/uploadfiles/{y}{m}/tj_{k}.jpg" alt="" width="640"></p>')
            out.append(f'<p style="text-align:center"><strong>{esc(p)}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
    text = "".join(out)
    if pid == "p05":
        site = "四川省人民政府"
        body = ('<div class="header"><img src="/images/sc_logo.png" alt="四川省人民政府"><ul class="nav"><li>首页</li><li>省政府</li>'
                '<li>新闻</li><li>政务公开</li><li>政务服务</li><li>互动</li><li>数据</li></ul></div>'
                '<div class="crumb">您当前的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政策解读</a> &gt; <a>图解</a></div>'
                '<div class="contMain"><div class="lanmu">政策图解</div>'
                f'<h1 class="contTitle">{esc(art["title"])}</h1>'
                '<div class="contInfo"><span>来源：四川省人民政府网站</span><span class="fontsize">【字体：<a>大</a> <a>中</a> <a>小</a>】</span>'
                '<span><a>打印</a></span></div>'
                f'<div class="contText" id="cmsArticleContent">{text}</div>'
                '<div class="yuanwen">政策原文：<a>《四川省促进县域经济高质量发展的若干措施》</a></div>'
                '<div class="xgjd"><h4>相关解读</h4><ul><li><a>《若干措施》答记者问</a></li><li><a>专家解读：县域经济如何挑大梁</a></li></ul></div>'
                f'<div class="editor">责任编辑：{rng.choice(["张蕾", "王一鸣"])}</div></div>'
                f'<div class="footer"><p>主办：四川省人民政府办公厅　承办：四川省人民政府网站管理中心</p>'
                f'<p>蜀ICP备{_n(rng, 8)}号　川公网安备 {_n(rng, 14)}号　网站标识码：5100000062</p></div>')
        head = (f'<title>{esc(art["title"])}- 四川省人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="图解">'
                f'<meta name="SiteName" content="{site}">')
        return head, body, f"https://www.sc.gov.cn/10462/10464/10797/{y}/{int(m)}/{int(d)}/{_n(rng, 16):x}.shtml"
    site = "贵州省人民政府"
    body = ('<div class="gzhead"><div class="logo">贵州省人民政府</div><div class="tools"><a>无障碍</a><a>长者模式</a><a>English</a></div></div>'
            '<div class="Box"><div class="Position">当前位置：<a>首页</a>&gt;<a>政务公开</a>&gt;<a>政策解读</a>&gt;<a>图片图表解读</a></div>'
            f'<div class="Article"><h1 class="Article_bt">{esc(art["title"])}</h1>'
            f'<div class="Article_ly"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span>&nbsp;&nbsp;'
            f'<span>更新时间：{y}-{m}-{int(d) + 1:02d} {_hm(rng)}</span>&nbsp;&nbsp;<span>来源：省生态环境厅</span>&nbsp;&nbsp;'
            '<span>字号：<a>大</a>|<a>中</a>|<a>小</a></span></div>'
            f'<div class="view TRS_UEDITOR trs_paper_default trs_web">{text}'
            '<p style="text-align:right"><span style="font-size:12px">制图：省生态环境厅宣教中心</span></p></div>'
            '<div class="fileDown"><h4>文件下载</h4><p><a>贵州省农村生活污水治理三年行动方案（2024—2026年）.pdf</a></p></div>'
            '<div class="share"><span>分享：</span><a class="wx"></a><a class="wb"></a><a class="qq"></a></div>'
            '<div class="Article_ft"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
            f'<div class="xgxx"><h3>相关信息</h3><ul>{_related(others, 4, lambda s: s)}</ul></div></div>'
            + _gov_footer("贵州省人民政府办公厅", rng, "黔"))
    head = (f'<title>{esc(art["title"])}_图片图表解读_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="省生态环境厅">')
    return head, body, f"https://www.guizhou.gov.cn/zwgk/zcjd/tpjd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def kexie_kphd_news(art, rng, others):
    """区 科协 portal 科普活动 news: p07 an old GBK portal, ``<br>``-separated paragraphs with
    ``<font>`` in one ``<div>``, a photo and caption, 时间/地点/内容 items; p08 a div portal with a
    video player above the text, a 科普小知识 box mid-text, a numbered list of schools, 评论 counter."""
    y, m, d = _ymd(art)
    pid = art["id"]
    if pid == "p07":
        site = "重庆市北碚区科学技术协会"
        lines = []
        for i, p in enumerate(art["body"]):
            pad = IND if not p.startswith(("时间：", "地点：", "内容：")) else "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
            lines.append(f'<font face="宋体" style="font-size:14px">{pad}{esc(p)}</font>')
            if i == 3:
                lines.append('<div align="center"><img src="/UploadFiles/2022523105418.jpg" border="0" width="550"></div>'
                             '<div align="center"><font color="#333333">图为市民在互动体验区体验VR安全设备。（区科协供图）</font></div>')
        text = "<br>\n".join(lines)
        body = ('<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">'
                '<tr><td><img src="/images/kxtop.jpg"></td></tr><tr><td class="menu"><a>首 页</a>　<a>科协概况</a>　<a>科协动态</a>'
                '　<a>学会工作</a>　<a>科普天地</a>　<a>党建园地</a></td></tr></table>'
                '<table width="960" border="0" align="center"><tr><td width="230" valign="top">'
                '<div class="left_t">科协动态</div><ul class="left_list"><li>工作动态</li><li>基层科协</li><li>科普活动</li></ul>'
                '<div class="left_t">友情链接</div><ul><li>中国科协</li><li>重庆市科协</li></ul></td>'
                '<td valign="top"><div class="dqwz">您所在的位置：首页 &gt;&gt; 科协动态 &gt;&gt; 科普活动</div>'
                f'<div align="center" class="newstitle"><font size="4"><strong>{esc(art["title"])}</strong></font></div>'
                f'<div align="center" class="newsinfo"><font color="#999999">作者：区科协　来源：本站原创　'
                f'点击数：<script src="/inc/hits.asp?id={_n(rng, 4)}"></script>{_n(rng, 3)}　更新时间：{y}-{int(m)}-{int(d)}</font></div>'
                f'<div class="newscontent" id="fontzoom">{text}</div>'
                '<div align="right">【<a>打印此文</a>】【<a>关闭窗口</a>】</div>'
                f'<div>上一条：<a>{esc(others[3][0])}</a></div><div>下一条：<a>{esc(others[4][0])}</a></div>'
                '</td></tr></table>'
                f'<table width="960" align="center" class="bottom"><tr><td align="center">{site} 版权所有<br>'
                f'地址：重庆市北碚区某某路　电话：023-6831XXXX　渝ICP备{_n(rng, 8)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])}-{site}</title><meta name="keywords" content="科技活动周,科普">'
        return head, body, f"http://www.bbkx.org.cn/ShowArticle.asp?ArticleID={_n(rng, 4)}"
    site = "綦江区科学技术协会"

    def para(p):
        if p[:2].rstrip(".").isdigit():
            return f'<p style="text-indent:4em">{esc(p)}</p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'

    def after(i):
        if i == 2:
            return ('<p style="text-align:center"><img src="/upload/2023/09/dpc1.jpg"></p>'
                    '<p style="text-align:center;color:#666">图为孩子们在体验静电球。（区科协供图）</p>')
        if i == 3:
            return ('<div class="kpzs" style="border:1px solid #9cc;padding:8px"><p><strong>【科普小知识】</strong>静电是怎么产生的？</p>'
                    '<p>两种不同的物体相互摩擦时，电子会从一个物体转移到另一个物体上，使物体带上电荷，这就是摩擦起电。</p></div>')
        return ""
    text = _paras(art["body"], para, "t", after=after)
    body = (f'<div class="head"><img src="/images/qjkx_logo.png" alt="{site}"><ul class="menu"><li>首页</li><li>科协要闻</li>'
            '<li>学会之窗</li><li>科学普及</li><li>智库建设</li></ul></div>'
            '<div class="crumbs">当前位置：首页 &gt; 科学普及 &gt; 科普活动</div>'
            f'<div class="article-box"><h2 class="art-title">{esc(art["title"])}</h2>'
            f'<div class="art-info"><span>{y}年{m}月{d}日 {_hm(rng)}</span>&nbsp;&nbsp;<span>来源：{site}</span>'
            f'&nbsp;&nbsp;<span>作者：余洁</span>&nbsp;&nbsp;<span>评论(<em>0</em>)</span></div>'
            '<div class="player"><video src="/video/kpdpc.mp4" controls poster="/video/kpdpc.jpg"></video>'
            '<p class="vtitle">视频：“科普大篷车”开进山区学校　时长 02:15</p></div>'
            f'<div class="art-con">{text}</div>'
            f'<div class="zrbj">责任编辑：{rng.choice(["王璐", "刘一凡"])}</div>'
            '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ</a>　<a>打印</a></div>'
            f'<div class="xgyd"><h4>相关阅读</h4><ul>{_related(others, 4, lambda s: s[5:])}</ul></div>'
            '<div class="pl"><h4>网友评论</h4><p>共有 0 条评论</p><textarea></textarea><button>发表评论</button></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_科普活动_{site}</title><meta name="description" content="{esc(art["body"][0][:50])}">'
            f'<meta name="publishdate" content="{y}-{m}-{d}">')
    return head, body, f"http://www.qjkx.org.cn/kxpj/kphd/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.html"


def xz_mp_gongyi_gangwei(art, rng, others):
    """乡镇 公众号 公益性岗位 post: p09 a 招聘公告 (boxed 一、 heads, a 岗位 table, 1. items, 报名
    lines, the signature and date, 附件 and 阅读原文 lines); p10 a report with a ▲ caption, a 岗位
    信息 card and 来源/编辑/初审/终审 credits."""
    y, m, d = _ymd(art)
    pid = art["id"]

    def para(p):
        if p.startswith(HEADS):
            return ('<section style="text-align:center;margin:18px 0"><section style="display:inline-block;border-bottom:2px solid #d9230f;'
                    f'padding:0 10px"><p><strong><span style="color:#d9230f">{esc(p)}</span></strong></p></section></section>')
        if p.startswith(("报名时间：", "报名地点：", "咨询电话：")):
            k = p.index("：") + 1
            return f'<p style="text-indent:2em"><strong>{esc(p[:k])}</strong>{esc(p[k:])}</p>'
        return f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px;letter-spacing:1px">{esc(p)}</span></p>'

    def after(i):
        if pid == "p10" and i == 0:
            return ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/ms.jpg"></p>'
                    '<p style="text-align:center"><span style="font-size:12px;color:#999">▲面试现场</span></p>')
        if pid == "p10" and i == 2:
            return ('<section style="background:#fff5f0;border-radius:6px;padding:10px"><p><strong>岗位信息</strong></p>'
                    '<p>岗位类型：乡村公益性岗位</p><p>岗位数量：30个</p><p>补贴标准：每人每月1000元</p></section>')
        return ""
    content = _paras(art["body"], para, "", th=True, after=after)
    if pid == "p09":
        content += ('<p>&nbsp;</p><p style="text-align:right">巫山县骡坪镇人民政府</p>'
                    f'<p style="text-align:right">{y}年{int(m) - 1}月28日</p>'
                    '<p><span style="font-size:14px">附件：骡坪镇2023年公益性岗位报名登记表</span></p>'
                    '<p><span style="font-size:14px;color:#888">（点击文末“阅读原文”下载报名表）</span></p>'
                    '<p><span style="font-size:12px;color:#888">来源：骡坪镇社保所　编辑：向丹　审核：刘刚</span></p>')
        acc, owner = "巫山骡坪", "巫山县骡坪镇人民政府"
    else:
        content += ('<p><span style="font-size:12px;color:#888">来源：龙潭镇人力社保所</span></p>'
                    '<p><span style="font-size:12px;color:#888">编辑：冉小雨　初审：白杨　终审：田立新</span></p>')
        acc, owner = "龙潭古镇", "酉阳县龙潭镇人民政府"
    content += ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qrcode.jpg"></p>'
                '<p style="text-align:center"><span style="font-size:12px">扫码关注　了解更多</span></p>')
    head, body = _wx(art, rng, others, acc, owner, content, None, pid == "p09")
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 9)}gw{_n(rng, 9)}"


def rmt_zhuanfang_jiabin(art, rng, others):
    """县 融媒体 网站 专访 page with 主持人/嘉宾 turns: p11 an old GBK page (``时间：2022/8/12``,
    a video player, a 嘉宾介绍 box, bold speaker names, a （根据录音整理） line, 版权声明); p12 a
    div page with bold 坚持… heads, a 嘉宾名片 card, a photo caption, 发布时间 beside 更新时间,
    来源：客户端, credits and an app download bar."""
    y, m, d = _ymd(art)
    pid = art["id"]

    def para(p):
        if "：" in p[:5] and not p.startswith("以下"):
            k = p.index("：") + 1
            return f'<p>{IND}<b>{esc(p[:k])}</b>{esc(p[k:])}</p>' if pid == "p11" else \
                f'<p style="text-indent:2em"><strong>{esc(p[:k])}</strong>{esc(p[k:])}</p>'
        if p.startswith("坚持"):
            return f'<p style="text-indent:2em;text-align:center"><strong>{esc(p)}</strong></p>'
        return f'<p>{IND}{esc(p)}</p>' if pid == "p11" else f'<p style="text-indent:2em">{esc(p)}</p>'

    if pid == "p11":
        site = "开州网"
        text = "".join(para(p) for p in art["body"])
        body = ('<div id="top"><a>开州网首页</a> | <a>新闻</a> | <a>视频</a> | <a>开州访谈</a> | <a>专题</a> | <a>掌上开州</a></div>'
                '<div class="weizhi">您的位置：<a>开州网</a> &gt; <a>开州访谈</a> &gt; 正文</div>'
                f'<div class="zw"><h1>{esc(art["title"])}</h1>'
                f'<div class="sj">时间：{y}/{int(m)}/{int(d)}&nbsp;&nbsp;来源：开州区融媒体中心&nbsp;&nbsp;编辑：谭晓&nbsp;&nbsp;'
                f'浏览：<span id="hits">{_n(rng, 4)}</span></div>'
                '<div class="video"><embed src="/player/ckplayer.swf" flashvars="f=/video/kzft0812.mp4" width="600" height="400">'
                '<p>《开州访谈》完整视频</p></div>'
                '<div class="jbjs" style="background:#f5f5f5;padding:8px"><b>嘉宾介绍</b><br>郑文斌，开州区农业农村委党组书记、主任。</div>'
                f'<div class="content">{text}'
                '<p style="text-align:right;color:#666">（根据录音整理，有删节）</p></div>'
                f'<div class="bj">责任编辑：{rng.choice(["刘敏", "黄娟"])}</div>'
                '<div class="sm">版权声明：凡注明“来源：开州网”或“开州区融媒体中心”的所有作品，版权均属开州区融媒体中心所有，'
                '未经授权禁止转载、摘编或利用其它方式使用。</div>'
                f'<div class="xg"><b>相关访谈</b><ul>{_related(others, 3, lambda s: "[" + s + "]")}</ul></div></div>'
                f'<div id="foot">开州区融媒体中心主办　渝ICP备{_n(rng, 8)}号　互联网新闻信息服务许可证：50120XXXXX<br>'
                '违法和不良信息举报电话：023-5222XXXX</div>')
        head = f'<title>{esc(art["title"])}_开州访谈_{site}</title><meta name="keywords" content="开州访谈,乡村振兴">'
        return head, body, f"http://www.kaixian.tv/kzft/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"

    def after(i):
        if i == 0:
            return ('<div class="mingpian" style="border:1px solid #e0c08c;padding:10px"><p><strong>嘉宾名片</strong></p>'
                    '<p>马明芳，中益乡华溪村党支部书记，曾获评“重庆市优秀共产党员”。</p></div>')
        if i == 9:
            return ('<p style="text-align:center"><img src="/upload/2023/06/mmf.jpg"></p>'
                    '<p style="text-align:center;font-size:14px">图为马明芳（右）在查看蜂箱。（记者 冉杰 摄）</p>')
        return ""
    text = _paras(art["body"], para, "t", after=after)
    body = ('<div class="topbar"><span>石柱网</span><a>首页</a><a>时政</a><a>民生</a><a>视频</a><a>对话基层</a></div>'
            '<div class="app-down"><img src="/images/app.png">下载石柱手机台APP，看更多精彩内容<a>立即打开</a></div>'
            f'<div class="detail"><h1 class="detail-title">{esc(art["title"])}</h1>'
            f'<div class="detail-info">发布时间：{y}-{m}-{d} {_hms(rng)} | 更新时间：{y}-{m}-{int(d) + 1:02d} {_hms(rng)} | '
            f'来源：石柱手机台客户端 | 阅读：<span class="read">{_n(rng, 4)}</span></div>'
            '<div class="video-box"><div class="prism-player" id="J_prismPlayer"></div><p>00:00 / 12:36</p></div>'
            f'<div class="detail-con">{text}</div>'
            '<div class="credits"><p>记者：冉杰　摄像：秦峰　剪辑：向云</p>'
            f'<p>编辑：{rng.choice(["马小寒", "谭莉"])}　审核：黄国强</p></div>'
            '<div class="share">分享到：<a>微信好友</a><a>朋友圈</a><a>微博</a></div>'
            f'<div class="tuijian"><h3>相关推荐</h3><ul>{_related(others, 4, lambda s: s[5:])}</ul></div></div>'
            f'<div class="foot"><p>石柱土家族自治县融媒体中心 版权所有　渝ICP备{_n(rng, 8)}号</p>'
            '<p>未经授权禁止转载、摘编、复制或建立镜像</p></div>')
    head = (f'<title>{esc(art["title"])}-石柱网</title><meta name="description" content="{esc(art["body"][0][:50])}">'
            '<meta name="author" content="石柱县融媒体中心">')
    return head, body, f"https://www.shizhu.tv/p/{_n(rng, 6)}.html"


def epaper_pinglun_liangpian(art, rng, others):
    """市 党报 e-paper 评论版 page: issue line, 版次, 上一版/下一版/PDF, 版面导航; a column label and
    a 评论员/author byline; the page's second 评论 shown after (p13 in full, p14 as a teaser box).
    p13 ``<p>`` paragraphs in ``founder-content``; p14 ``<br>``-separated lines in ``#ozoom``."""
    y, m, d = _ymd(art)
    pid = art["id"]
    paper = {"p13": "达州日报", "p14": "绵阳日报"}[pid]
    ban = {"p13": "03", "p14": "04"}[pid]
    second_t = {"p13": "“小切口”里见民生大情怀", "p14": "多些“暖心座椅”这样的小细节"}[pid]
    second = {"p13": ["近日，通川区不少社区在便民服务站增设了“代办员”，为行动不便的老人代办各类事项。",
                      "这件事看起来很小，却是从群众的需求出发想问题、办事情。",
                      "民生工作，往往就藏在这些“小切口”里。把小事办好、办实，群众的获得感自然就会增强。"],
              "p14": ["最近，城区不少公交站台装上了可折叠的“暖心座椅”，方便老人和孕妇候车时歇歇脚。",
                      "城市的温度，往往体现在这些细节之中。"]}[pid]
    crumbs = (f'<div class="date-line">{paper}　{y}年{m}月{d}日　{_week(art)}</div>'
              f'<div class="ban">第{ban}版：评论　<a>上一版</a>　<a>下一版</a>　<a>PDF下载</a>　<a>往期回顾</a></div>')
    nav = ('<div class="bmdh"><h4>本版导航</h4><ul>'
           f'<li><a>{esc(art["title"])}</a></li><li><a>{esc(second_t)}</a></li><li><a>来论：用好“四下基层”工作方法</a></li></ul></div>')
    if pid == "p13":
        text = "".join(f"<p>{esc(p)}</p>" for p in art["body"])
        sec = "".join(f"<p>{esc(p)}</p>" for p in second)
        main = ('<div class="article"><p class="lanmu">凤凰时评</p>'
                f'<h1>{esc(art["title"])}</h1><p class="author">□ 本报评论员 李　平</p>'
                f'<founder-content>{text}</founder-content></div>'
                f'<div class="article2"><h2>{esc(second_t)}</h2><p class="author">□ 王　晓</p>{sec}</div>'
                f'<div class="pn">上一篇：<a>{esc(others[0][0])}</a>　下一篇：<a>{esc(second_t)}</a></div>'
                '<div class="tools">【<a>打印</a>】【<a>关闭</a>】</div>')
        url = f"https://epaper.dzrbs.com/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    else:
        lines = "<br>\n".join(IND + esc(p) for p in art["body"])
        main = (f'<div class="bt"><h3>今日评论</h3><h1>{esc(art["title"])}</h1></div>'
                f'<div id="ozoom"><div class="zz">■ 本报评论员</div>{lines}<br>\n</div>'
                f'<div class="other"><h4>本版其他稿件</h4><p><b>{esc(second_t)}</b></p>'
                f'<p>{esc(second[0])}…… <a>详细&gt;&gt;</a></p></div>'
                '<div class="tools"><a>上一篇</a> <a>下一篇</a> <a>返回目录</a> 【<a>打印</a>】</div>')
        url = f"http://epaper.myrb.net/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    body = (f'<div class="top"><img src="/images/{pid}_logo.gif" alt="{paper}">{crumbs}</div>'
            f'<div class="main"><div class="left">{nav}<img src="/pic/{y}{m}{d}/{ban}_s.jpg" usemap="#PagePicMap"></div>'
            f'<div class="right">{main}</div></div>'
            f'<div class="copy">{paper}社版权所有　未经书面授权不得转载、摘编、复制<br>{paper}社主办　ICP备{_n(rng, 8)}号</div>')
    head = f'<title>{esc(art["title"])}--{paper}</title><meta name="description" content="{paper}数字报">'
    return head, body, url


TEMPLATES = {"zjw_mp_gaizao": zjw_mp_gaizao, "jtj_gongjiao_tonggao": jtj_gongjiao_tonggao,
             "szf_zctj_tujie": szf_zctj_tujie, "kexie_kphd_news": kexie_kphd_news,
             "xz_mp_gongyi_gangwei": xz_mp_gongyi_gangwei, "rmt_zhuanfang_jiabin": rmt_zhuanfang_jiabin,
             "epaper_pinglun_liangpian": epaper_pinglun_liangpian}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages54", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
