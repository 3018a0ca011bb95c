"""Build the fiftieth saved-page set (``pages50``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 发改委 portal 粮食安全 宣传 page
(``fgw_liangshi_xuanchuan``), a 市 社保/医保 公众号 政策速递 post with 图解 images
(``sbj_mp_zcsd_tujie``), a 县 教育网 校园新闻 page with 通讯员/摄影 credits (``xjyw_xyxw_sheying``),
a 光明网-like 地方 page with 责任编辑 and 相关新闻 (``gmw_difang_xgxw``), a 区 司法局 portal 人民调解
案例 page (``sfj_tiaojie_anli``), a 镇 公众号 院坝会 post with 村民发言 turns (``zhen_mp_yuanbahui``)
and a 都市报 e-paper 要闻/城事 page with an 延伸阅读 box (``epaper_dushibao_yanshen``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written
here. See README.md.

    python tests/data/web/pages50/build.py
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


def _related(others, n, fmt) -> str:
    return "".join(f'<li><a href="#">{esc(t)}</a><span>{fmt(d)}</span></li>' for t, d in others[:n])


def _gov_footer(site: str, rng) -> str:
    """A portal's footer: 主办/承办, ICP and 公网安备 numbers, 网站标识码, badges (no ``©``: GBK pages)."""
    return (f'<div class="footer"><p>主办：{site}　承办：{site}办公室</p>'
            f'<p>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a></p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>')


def _wx_tool(rng) -> str:
    return (f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span><span>点赞 {_n(rng, 2)}</span><span>在看 {_n(rng, 2)}</span><span>写留言</span></div>')


def fgw_liangshi_xuanchuan(art, rng, others):
    """区 发改委 portal: p01 GBK old table layout (``<font>`` paragraphs, bold 一、 heads, a numbered
    list of places indented with ``&nbsp;``, photo + caption, a 小知识 box at the end of the text box);
    p02 modern page (bold 坚持…，推动… heads, 发布日期 beside 更新时间, a 小贴士 box, 相关阅读)."""
    y, m, d = _ymd(art)
    if art["id"] == "p01":
        site = "重庆市渝北区发展和改革委员会"
        out = []
        for i, p in enumerate(art["body"]):
            if p.startswith(NUMS):
                out.append(f'<p><font face="宋体" size="3">{IND}<b>{esc(p)}</b></font></p>')
            elif p[:2].rstrip(".").isdigit():
                out.append(f'<p><font face="宋体" size="3">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</font></p>')
            else:
                out.append(f'<p><font face="宋体" size="3">{IND}{esc(p)}</font></p>')
            if i == 4:
                out.append('<p align="center"><img src="/uploadfiles/202310/20231017093012.jpg" border="0" width="560"></p>'
                           '<p align="center"><font face="楷体_GB2312" size="2">图为市民在宣传咨询台了解粮食储存知识。（区发展改革委供图）</font></p>')
        box = ('<table width="90%" align="center" border="1" cellpadding="6" style="border-collapse:collapse;border-color:#e0c080">'
               '<tr><td bgcolor="#fff8e8"><b>【粮食安全小知识】</b><br>稻谷在常温下一般可储存2至3年，储存时要注意防潮、防虫、防鼠。'
               '<br>家庭购买大米宜少量多次，开袋后尽快食用。</td></tr></table>')
        body = ('<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">'
                f'<tr><td><img src="/images/top_fgw.jpg" alt="{site}"></td></tr>'
                '<tr><td class="dh" height="36"><a>首　页</a> | <a>机构概况</a> | <a>工作动态</a> | <a>通知公告</a> | '
                '<a>政策法规</a> | <a>价格监管</a> | <a>粮食物资</a> | <a>政务公开</a></td></tr></table>'
                '<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="230" valign="top" class="left"><div class="lmbt">工作动态</div><ul><li>委内动态</li>'
                '<li>区县动态</li><li>粮食物资</li><li>价格监管</li></ul><div class="lmbt">通知公告</div><ul>'
                + "".join(f"<li>{esc(t[:14])}…</li>" for t, _ in others[:3]) + '</ul></td>'
                '<td width="12"></td><td valign="top"><table width="100%" border="0" cellpadding="0" cellspacing="0">'
                '<tr><td class="wz" height="30">当前位置：<a>首页</a>&nbsp;&gt;&gt;&nbsp;<a>工作动态</a>&nbsp;&gt;&gt;&nbsp;<a>粮食物资</a></td></tr>'
                f'<tr><td align="center" height="60"><font size="5" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="xx"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：区发展改革委</span>'
                f'<span>浏览次数：<script language="javascript">document.write("{_n(rng, 3)}");</script></span>'
                '<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></td></tr>'
                f'<tr><td class="content" id="zoom">{"".join(out)}<br>{box}</td></tr>'
                '<tr><td align="right" height="40">【<a>打印本页</a>】&nbsp;【<a>关闭窗口</a>】</td></tr>'
                f'<tr><td class="sxp">上一篇：<a>{esc(others[0][0])}</a><br>下一篇：<a>{esc(others[1][0])}</a></td></tr>'
                '</table></td></tr></table>'
                f'<table width="1002" align="center" class="foot"><tr><td>{_gov_footer(site, rng)}</td></tr></table>')
        head = (f'<title>{esc(art["title"])}-{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                '<meta name="ColumnName" content="粮食物资">')
        url = f"http://fzggw.ybq.gov.cn/gzdt/lswz/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    else:
        site = "重庆市江津区发展和改革委员会"
        out = []
        for i, p in enumerate(art["body"]):
            if p.startswith("坚持"):
                out.append(f'<p style="text-indent:2em;text-align:justify"><strong>{esc(p)}</strong></p>')
            else:
                out.append(f'<p style="text-indent:2em;text-align:justify">{esc(p)}</p>')
            if i == 0:
                out.append('<p style="text-align:center"><img src="./W020240522512093478.jpg" width="600"></p>'
                           '<p style="text-align:center">启动仪式现场。（区发展改革委供图）</p>')
        body = ('<div class="top-bar"><span>重庆市江津区人民政府</span><a>无障碍</a><a>长者模式</a><a>English</a></div>'
                f'<div class="banner"><img src="/images/logo.png" alt="{site}"></div>'
                '<div class="crumb">您当前的位置：<a>首页</a> &gt; <a>工作动态</a> &gt; <a>部门动态</a></div>'
                f'<div class="xl_con"><h1 class="xl_tit">{esc(art["title"])}</h1>'
                f'<div class="xl_info"><span>发布日期：{y}年{m}月{d}日</span>&nbsp;&nbsp;<span>更新时间：{y}-{m}-{int(d) + 2:02d}</span>'
                '&nbsp;&nbsp;<span>来源：区发展改革委</span>&nbsp;&nbsp;<span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
                f'<div class="TRS_Editor zw">{"".join(out)}</div>'
                '<div class="tip"><p><b>小贴士</b></p><p>家庭储存大米宜放在阴凉干燥处，夏季开袋后最好在一个月内吃完。</p>'
                '<p>剩饭剩菜应及时冷藏，再次食用前要彻底加热。</p></div>'
                '<div class="fx">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
                '<div class="ewm"><img src="qr.png"><p>扫一扫在手机打开当前页</p></div>'
                '<div class="print"><a>【打印】</a><a>【关闭】</a></div>'
                f'<div class="xgyd"><h4>相关阅读</h4><ul>{_related(others, 4, lambda s: s)}</ul></div></div>'
                + _gov_footer(site, rng))
        head = (f'<title>{esc(art["title"])}_重庆市江津区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区发展改革委">')
        url = f"http://www.jiangjin.gov.cn/bmjz/qfzggw/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    return head, body, url


def sbj_mp_zcsd_tujie(art, rng, others):
    """市 社保/医保 公众号 政策速递 post: styled section heads, 图解 images with captions after each
    head (p03) or after the list (p04), 问：/答： turns, numbered channels, a 温馨提示 box (p04),
    来源/编辑/审核, 往期推荐, QR and the 阅读原文 row."""
    y, m, d = _ymd(art)
    acc = {"p03": "重庆社保", "p04": "重庆医保"}[art["id"]]
    caps = {"p03": ["图解：2023年度缴费基数上下限", "图解：资格认证的三种方式", "图解：跨省通办事项清单"], "p04": []}[art["id"]]
    out, k = [], 0
    for i, p in enumerate(art["body"]):
        if p.startswith(NUMS) or (art["id"] == "p04" and p.endswith("？") and len(p) < 12):
            out.append('<section style="margin:16px 0 8px;border-left:4px solid #0a6ebd;padding-left:8px">'
                       f'<p><strong><span style="color:#0a6ebd;font-size:17px">{esc(p)}</span></strong></p></section>')
            if caps and k < len(caps):
                out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/tj{k}.png" data-type="png"></p>'
                           f'<p style="text-align:center"><span style="font-size:12px;color:#888">{caps[k]}</span></p>')
                k += 1
        elif p.startswith("问："):
            out.append(f'<p><strong><span style="color:#0a6ebd">问：</span>{esc(p[2:])}</strong></p>')
        elif p.startswith("答："):
            out.append(f'<p><span style="color:#0a6ebd">答：</span>{esc(p[2:])}</p>')
        else:
            out.append(f'<p style="line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
        if art["id"] == "p04" and p.startswith("4."):
            out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/ytdd.png"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">一图读懂｜2024年度城乡居民医保缴费渠道</span></p>')
    tail = ('<section style="background:#fff4e5;padding:10px;margin-top:16px"><p><strong>温馨提示</strong></p>'
            '<p>医保部门不会通过电话、短信要求参保人转账缴费，请认准正规渠道，谨防诈骗。</p></section>'
            if art["id"] == "p04" else
            '<p><span style="font-size:12px;color:#888">来源：重庆人社客户端</span></p>')
    content = ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/banner.gif"></p>'
               f'<p style="text-align:center"><span style="font-size:12px;color:#0a6ebd">点击上方蓝字 关注{acc}</span></p>'
               + "".join(out) + tail
               + f'<p><span style="font-size:12px;color:#888">编辑：{rng.choice(["王婧", "邓佳"])}　审核：{rng.choice(["冉力", "蒋涛"])}</span></p>'
               f'<section><p><strong>往期推荐</strong></p>{"".join(f"<p>{esc(t)}</p>" for t, _ in others[:3])}</section>'
               '<p style="text-align:center"><img data-src="qrcode.jpg"></p>'
               '<p style="text-align:center"><span style="font-size:12px">长按二维码　关注我们</span></p>')
    stamp = f"{y}-{m}-{d} {_hm(rng)}" if art["id"] == "p03" else f"{y}年{int(m)}月{int(d)}日 {_hm(rng)}"
    body = (f'<div id="js_article" class="rich_media"><h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content"><span class="rich_media_meta rich_media_meta_text">{acc}</span>'
            f'<a id="js_name" class="rich_media_meta_nickname">{acc}</a>'
            f'<em id="publish_time" class="rich_media_meta">{stamp}</em><em id="js_ip_wording">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">{content}</div>' + _wx_tool(rng) + '</div>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 9)}sb{_n(rng, 9)}"


def xjyw_xyxw_sheying(art, rng, others):
    """县 教育网 校园新闻: p05 GBK old table page, ``<br>`` paragraphs in one cell, 通讯员/摄影 and 审核
    lines after the text, photos with captions at the end; p06 modern page with ● items as body, a
    photo + caption inside the text, a 通讯员/摄影/编辑/审核 line, 相关新闻 with dates."""
    y, m, d = _ymd(art)
    if art["id"] == "p05":
        site = "垫江教育网"
        paras = "<br>".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in art["body"])
        body = ('<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">'
                '<tr><td><img src="/images/jyw_top.jpg" width="960" height="120"></td></tr>'
                '<tr><td class="menu"><a>首页</a>　<a>教育要闻</a>　<a>校园新闻</a>　<a>通知公告</a>　<a>教研科研</a>　<a>招生考试</a></td></tr></table>'
                '<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top">'
                '<table width="100%"><tr><td class="weizhi">您的位置：<a>首页</a> &gt; <a>校园新闻</a></td></tr>'
                f'<tr><td class="title" align="center"><strong>{esc(art["title"])}</strong></td></tr>'
                f'<tr><td align="center" class="zz">作者：某某小学&nbsp;&nbsp;&nbsp;日期：{y}-{int(m)}-{int(d)}&nbsp;&nbsp;&nbsp;'
                f'浏览：<script>document.write({_n(rng, 3)})</script>次</td></tr>'
                f'<tr><td class="nr" style="line-height:28px">{paras}<br><br>'
                '&nbsp;&nbsp;&nbsp;&nbsp;（通讯员　刘芳　摄影　陈杰）<br>&nbsp;&nbsp;&nbsp;&nbsp;审核：李明<br><br>'
                '<div align="center"><img src="/upload/2023/04/yx1.jpg" width="500"><br>学生们在农耕体验区学习插秧<br><br>'
                '<img src="/upload/2023/04/yx2.jpg" width="500"><br>竹编手工制作</div></td></tr>'
                '<tr><td align="center">【<a>打印此文</a>】【<a>关闭窗口</a>】</td></tr>'
                f'<tr><td>上一篇：<a>{esc(others[2][0])}</a><br>下一篇：<a>{esc(others[3][0])}</a></td></tr></table>'
                '</td></tr></table>'
                '<table width="960" align="center" class="bottom"><tr><td align="center">主办：垫江县教育委员会　'
                f'地址：垫江县桂溪街道　渝ICP备{_n(rng, 8)}号<br>建议使用IE8以上浏览器 1024*768分辨率浏览</td></tr></table>')
        head = f'<title>{esc(art["title"])}-{site}</title><meta name="keywords" content="研学,劳动教育">'
        url = f"http://www.djjy.net/Article/ShowArticle.asp?ArticleID={_n(rng, 4)}"
    else:
        site = "綦江教育网"
        out = []
        for i, p in enumerate(art["body"]):
            out.append(f'<p style="text-indent:2em">{esc(p)}</p>' if not p.startswith("●")
                       else f'<p style="text-indent:2em"><span style="color:#1f5fa6">●</span>{esc(p[1:])}</p>')
            if i == 9:
                out.append('<p style="text-align:center"><img src="/uploads/20231208/kjj1.jpg"></p>'
                           '<p style="text-align:center"><span style="font-family:楷体">图为学生在展示科技作品。（通讯员 王磊 摄）</span></p>')
        body = ('<div class="head"><div class="logo">綦江教育网</div><div class="date-now" id="date"></div></div>'
                '<ul class="nav"><li>首页</li><li>教育动态</li><li>校园新闻</li><li>政务公开</li><li>教师发展</li><li>家校共育</li></ul>'
                '<div class="crumbs">首页 &gt; 校园新闻 &gt; 中学</div>'
                f'<div class="article-box"><h2>{esc(art["title"])}</h2>'
                f'<div class="art-info"><span>作者：某某中学</span><span>发布时间：{y}/{int(m)}/{int(d)}</span>'
                f'<span>点击数：{_n(rng, 4)}</span></div>'
                f'<div class="art-con">{"".join(out)}'
                '<p style="text-align:right">通讯员：王磊　摄影：罗静</p><p style="text-align:right">编辑：陈红　审核：何斌</p></div>'
                f'<div class="prev-next"><p>上一篇：<a>{esc(others[4][0])}</a></p><p>下一篇：<a>{esc(others[5][0])}</a></p></div>'
                f'<div class="related"><h3>相关新闻</h3><ul>{_related(others[6:], 5, lambda s: "[" + s[5:] + "]")}</ul></div></div>'
                f'<div class="foot"><p>綦江区教育委员会 版权所有　渝ICP备{_n(rng, 8)}号-2</p>'
                f'<p>渝公网安备 {_n(rng, 14)}号　技术支持：重庆某网络公司</p></div>')
        head = f'<title>{esc(art["title"])} - {site}</title><meta name="description" content="{esc(art["body"][0][:60])}">'
        url = f"https://www.qjjy.net/xyxw/zx/{y}-{m}-{d}/{_n(rng, 5)}.html"
    return head, body, url


def gmw_difang_xgxw(art, rng, others):
    """光明网-like 地方 page: channel bar, crumbs, ``m-con-time``/source spans (p07) or no visible
    date (p08: ``publishdate`` meta and the URL), a byline paragraph and an 编者按 (p08), photo or video
    inside the text, bold 记者：/name： turns (p08), [责任编辑], 分享, 相关新闻 with ``MM-DD``, 推荐阅读,
    版权声明 and the copyright footer."""
    y, m, d = _ymd(art)
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith("记者："):
            out.append(f'<p>{IND}<strong>记者：{esc(p[3:])}</strong></p>')
        elif p.startswith("李文："):
            out.append(f'<p>{IND}<strong>李文：</strong>{esc(p[3:])}</p>')
        else:
            out.append(f'<p>{IND}{esc(p)}</p>')
        if art["id"] == "p07" and i == 2:
            out.append('<p style="text-align: center;"><img src="//imgdf.gmw.cn/attachement/jpg/site2/20230825/xyys.jpg"></p>'
                       '<p style="text-align: center;">居民在“小院议事厅”讨论社区事务。光明网记者 陈思远摄</p>')
        if art["id"] == "p08" and i == 2:
            out.append('<div class="video-box"><video src="//v.gmw.cn/2024/0319/zj.mp4" controls></video>'
                       '<p>视频：走进永川职教实训中心（时长01:45）</p></div>')
    if art["id"] == "p07":
        info = (f'<div class="m-con-info"><span class="m-con-time">{y}-{m}-{d} {_hm(rng)}</span>'
                '<span class="m-con-source">来源：<a>光明网</a></span><span>作者：陈思远</span>'
                '<span class="m-zbj">字号：<a>大</a> <a>中</a> <a>小</a></span></div>')
        lead = ""
    else:
        info = ('<div class="m-con-info"><span class="m-con-source">来源：<a>光明网</a></span>'
                '<span class="m-zbj">字号：<a>大</a> <a>中</a> <a>小</a></span></div>')
        lead = ('<div class="m-bianzhe"><p><strong>【编者按】</strong>近年来，各地职业教育加快与产业发展对接。'
                '光明网推出“产教融合看地方”系列报道，记录基层探索。</p></div>'
                '<p>光明日报记者 周凯 光明网记者 杨帆</p>')
    body = ('<div class="g-top"><a>光明网</a><a>首页</a><a>要闻</a><a>时政</a><a>国际</a><a>地方</a><a>教育</a>'
            '<a>文化</a><a>理论</a><a>评论</a></div>'
            '<div class="m-crumb"><a>光明网</a> &gt; <a>地方</a> &gt; <a>重庆</a> &gt; <span>正文</span></div>'
            f'<div class="g-main"><div class="m-title-box"><h1 class="u-title">{esc(art["title"])}</h1>{info}'
            '<div class="m-share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div></div>'
            f'<div class="u-mainText" id="articleBox">{lead}{"".join(out)}</div>'
            f'<div class="m-editor">[ 责编：{rng.choice(["王欢", "刘亮", "张悦"])} ]</div>'
            f'<div class="m-comment">评论 <span>{rng.randint(0, 9)}</span> | <a>我要纠错</a></div>'
            '<div class="m-copyright">版权声明：凡注明“来源：光明网”的所有作品，版权均属于光明网，未经授权禁止转载。</div>'
            f'<div class="m-xgxw"><h3>相关新闻</h3><ul>{_related(others, 5, lambda s: s[5:])}</ul></div>'
            f'<div class="m-tjyd"><h3>推荐阅读</h3><ul>{"".join(f"<li><img src=t{k}.jpg><a>{esc(t)}</a></li>" for k, (t, _) in enumerate(others[5:8]))}</ul></div></div>'
            '<div class="g-side"><h3>地方热点</h3><ol>' + "".join(f"<li>{esc(t[:16])}</li>" for t, _ in others[8:12]) + '</ol></div>'
            '<div class="g-footer"><p>光明网版权所有</p><p>关于光明网 | 服务导航 | 联系我们 | 网站地图</p></div>')
    head = (f'<title>{esc(art["title"])}_光明网</title><meta name="publishdate" content="{y}-{m}-{d}">'
            f'<meta name="author" content="{"陈思远" if art["id"] == "p07" else "周凯 杨帆"}"><meta name="source" content="光明网">')
    return head, body, f"https://difang.gmw.cn/cq/{y}-{m}/{d}/content_{_n(rng, 8)}.htm"


def sfj_tiaojie_anli(art, rng, others):
    """区 司法局 portal 人民调解 案例: p09 GBK old table page with an 信息公开 grid (生成日期 two days
    before 发布日期), bracket heads 【案情简介】…, ``<font>`` paragraphs with ``&nbsp;`` indents, a
    法条链接 box between the sections, a 供稿 line; p13 modern page with bold heads, 发布时间 with
    seconds, an 调解员提醒 box and 相关案例."""
    y, m, d = _ymd(art)
    if art["id"] == "p09":
        site = "重庆市荣昌区司法局"
        out = []
        for p in art["body"]:
            if p.startswith("【"):
                out.append(f'<p><font size="3"><b>{esc(p)}</b></font></p>')
            else:
                out.append(f'<p><font size="3">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</font></p>')
            if p.startswith("同时，调解员邀请"):
                out.append('<table width="92%" align="center" border="1" style="border-collapse:collapse"><tr><td bgcolor="#f2f6fb">'
                           '<b>【法条链接】</b><br>《中华人民共和国民法典》第二百九十条：不动产权利人应当为相邻权利人用水、排水提供必要的便利。'
                           '</td></tr></table>')
        grid = ('<table class="xxgk" width="100%" border="1" cellpadding="4"><tr><td>索引号：</td><td>11500153MB1xxxxx/2023-00041</td>'
                f'<td>发布机构：</td><td>{site}</td></tr><tr><td>生成日期：</td><td>{y}-{m}-{int(d) - 2:02d}</td>'
                f'<td>发布日期：</td><td>{y}-{m}-{d}</td></tr><tr><td>主题分类：</td><td>司法</td><td>体裁分类：</td><td>其他</td></tr>'
                f'<tr><td>标题：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
        body = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">'
                f'<tr><td><img src="/images/sfj_banner.jpg" alt="{site}"></td></tr>'
                '<tr><td class="nav"><a>首页</a> | <a>机构职能</a> | <a>司法动态</a> | <a>人民调解</a> | <a>法律服务</a> | '
                '<a>普法宣传</a> | <a>政务公开</a></td></tr>'
                '<tr><td class="loc">当前位置：首页 &gt; 人民调解 &gt; 以案说调</td></tr>'
                f'<tr><td>{grid}</td></tr>'
                f'<tr><td align="center" class="bt"><font size="5"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="sj">来源：荣昌区司法局&nbsp;&nbsp;&nbsp;&nbsp;访问量：<script>document.write("{_n(rng, 3)}")</script>'
                '&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="zw" id="zoom">{"".join(out)}<p align="right"><font size="2">（供稿：某镇司法所）</font></p></td></tr>'
                '<tr><td align="right">【<a>打印本页</a>】【<a>关闭窗口</a>】【<a>返回顶部</a>】</td></tr></table>'
                f'<table width="1000" align="center"><tr><td>{_gov_footer(site, rng)}</td></tr></table>')
        head = (f'<title>{esc(art["title"])}-{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d}">')
        url = f"http://sfj.rongchang.gov.cn/rmtj/yasd/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    else:
        site = "重庆市大足区司法局"
        heads = ("基本案情", "调解过程", "调解结果", "典型意义")
        out = [f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>' if p in heads
               else f'<p style="text-indent:2em">{esc(p)}</p>' for p in art["body"]]
        body = ('<div class="header"><div class="logo">重庆市大足区司法局</div><div class="search">站内搜索</div></div>'
                '<div class="nav"><a>首页</a><a>司法动态</a><a>人民调解</a><a>公共法律服务</a><a>普法宣传</a><a>政务公开</a></div>'
                '<div class="position">您现在的位置：首页 &gt; 人民调解 &gt; 典型案例</div>'
                f'<div class="con"><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hms(rng)}</span>　<span>信息来源：大足区司法局</span>　'
                f'<span>浏览次数：{_n(rng, 3)}</span>　<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
                f'<div class="zw TRS_Editor">{"".join(out)}</div>'
                '<div class="tx"><p><b>调解员提醒</b></p><p>务工人员应保存好考勤记录、工资条等证据；'
                '遇到欠薪可拨打12348公共法律服务热线或向当地人民调解组织申请调解。</p></div>'
                '<div class="tools"><a>【打印】</a><a>【关闭】</a><span>分享到：</span><a>微信</a><a>微博</a></div>'
                f'<div class="xgal"><h4>相关案例</h4><ul>{_related(others[3:], 4, lambda s: s)}</ul></div></div>'
                + _gov_footer(site, rng))
        head = (f'<title>{esc(art["title"])}_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
        url = f"http://sfj.dazu.gov.cn/rmtj/dxal/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    return head, body, url


def zhen_mp_yuanbahui(art, rng, others):
    """镇 公众号 院坝会 post: bold 时间：/地点：/参加人员： items and coloured speaker names (p10), an
    编者按, centred bold items and a quoted slogan (p11), ▲ captions, 来源/编辑/初审/终审, the
    阅读原文 row and 喜欢此内容的人还喜欢."""
    y, m, d = _ymd(art)
    acc = {"p10": "开州某某镇", "p11": "忠县某某镇"}[art["id"]]
    out = []
    for i, p in enumerate(art["body"]):
        k = p.find("：")
        if art["id"] == "p10" and 0 < k <= 8 and p[:k] in ("时间", "地点", "参加人员"):
            out.append(f'<p><strong>{esc(p[:k + 1])}</strong>{esc(p[k + 1:])}</p>')
        elif art["id"] == "p10" and 0 < k <= 8:
            out.append(f'<p style="text-indent:2em"><strong><span style="color:#b8312f">{esc(p[:k + 1])}</span></strong>{esc(p[k + 1:])}</p>')
        elif art["id"] == "p11" and (p.startswith("不") and len(p) < 10 or p.startswith("“宁可")):
            out.append(f'<p style="text-align:center"><strong><span style="color:#1c6e3d">{esc(p)}</span></strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.8em"><span style="font-size:15px">{esc(p)}</span></p>')
        if (art["id"], i) in (("p10", 4), ("p10", 10), ("p11", 1), ("p11", 6)):
            cap = {("p10", 4): "▲院坝会现场", ("p10", 10): "▲镇村干部现场记录群众意见",
                   ("p11", 1): "▲工作人员讲解防汛知识", ("p11", 6): "▲发放防汛明白卡"}[(art["id"], i)]
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/ybh{i}.jpg"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#999">{cap}</span></p>')
    bza = ('<section style="background:#f3f8f4;padding:10px;margin-bottom:12px"><p><strong>编者按</strong></p>'
           '<p>主汛期来临，镇里把防汛课堂搬进院坝，让防汛知识走进千家万户。</p></section>') if art["id"] == "p11" else ""
    content = (bza + "".join(out)
               + f'<p><span style="font-size:12px;color:#888">来源：{acc}人民政府</span></p>'
               f'<p><span style="font-size:12px;color:#888">编辑：{rng.choice(["谭敏", "向丽"])}　初审：{rng.choice(["黄涛", "冉静"])}　终审：{rng.choice(["刘勇", "熊伟"])}</span></p>'
               '<p style="text-align:center"><img data-src="qr.jpg"></p><p style="text-align:center">扫码关注　了解更多镇村动态</p>')
    stamp = f"{y}年{int(m)}月{int(d)}日 {_hm(rng)}" if art["id"] == "p10" else f"{y}-{m}-{d} {_hm(rng)}"
    body = (f'<div id="js_article" class="rich_media"><h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content"><span id="copyright_logo" class="rich_media_meta">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{acc}宣传</span>'
            f'<a id="js_name" class="rich_media_meta_nickname">{acc}</a>'
            f'<em id="publish_time" class="rich_media_meta">{stamp}</em><em id="js_ip_wording">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">{content}</div>' + _wx_tool(rng)
            + '<div class="like_comment"><p>喜欢此内容的人还喜欢</p>'
            f'{"".join(f"<p>{esc(t)}</p>" for t, _ in others[6:8])}</div></div>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, f"https://mp.weixin.qq.com/s?__biz=Mz{_n(rng, 8)}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 8)}"


YANSHEN = {"p12": ("什么是口袋公园？",
                   ["口袋公园也叫袖珍公园，是规模较小、分布零散、面向周边居民开放的小型绿地。",
                    "它利用城市中的边角地、闲置地建设，步行几分钟就能到达。"]),
           "p14": ("清明假期高速公路免费通行",
                   ["根据相关规定，清明节假期7座及以下小型客车免费通行收费公路，免费时段从4月4日0时开始。",
                    "市公安局交巡警总队预计，4月4日上午为出城高峰。"])}


def epaper_dushibao_yanshen(art, rng, others):
    """都市报 e-paper: p12 div e-paper (版次 selector, 引题/副题, byline, ``<br>`` paragraphs in
    ``founder-content``, a caption in the text, an 延伸阅读 box after it); p14 table e-paper (版面导航,
    ``<p>`` paragraphs, short list lines as body, the 延伸阅读 box and 本版其他文章). The date is
    only in the issue line and the URL."""
    y, m, d = _ymd(art)
    paper = "山城都市报"
    ban = {"p12": "A03版：要闻", "p14": "A05版：城事"}[art["id"]]
    title2, ys = YANSHEN[art["id"]]
    box = (f'<div class="yanshen"><h4>延伸阅读</h4><h5>{title2}</h5>' + "".join(f"<p>{IND}{x}</p>" for x in ys) + '</div>')
    top = (f'<div class="epaper-top"><span class="paper">{paper}</span><span class="date">{y}年{m}月{d}日 {_week(art)}</span>'
           f'<span class="ban">{ban}</span><a>上一版</a><a>下一版</a><a>PDF下载</a><a>往期回顾</a></div>')
    if art["id"] == "p12":
        paras = "<br>".join(f"{IND}{esc(p)}" for p in art["body"][:4])
        rest = "<br>".join(f"{IND}{esc(p)}" for p in art["body"][4:])
        body = (top + '<div class="wrap"><div class="bm-left"><img src="A03.jpg" usemap="#map"><div class="bmxz">'
                '<select><option>A01版：头版</option><option>A02版：要闻</option><option selected>A03版：要闻</option>'
                '<option>A04版：城事</option></select></div><ul class="bm-list">'
                + "".join(f"<li>{esc(t)}</li>" for t, _ in others[:4]) + '</ul></div>'
                '<div class="bm-right"><div class="article"><p class="yinti">见缝插绿 推窗见景</p>'
                f'<h1>{esc(art["title"])}</h1><p class="futi">新增健身器材、休闲座椅和儿童游乐设施</p>'
                '<p class="author">首席记者 黄敏 实习生 郑浩</p>'
                f'<div id="ozoom"><founder-content>{paras}<br><br><img src="pic_a03_1.jpg"><br>'
                f'11月19日，市民在渝中区一处口袋公园内休闲。记者 黄敏 摄<br><br>{rest}</founder-content></div>{box}</div>'
                '<div class="tool"><a>【打印】</a><a>【关闭】</a><a>上一篇</a><a>下一篇</a></div></div></div>'
                f'<div class="copyright">{paper}社版权所有　未经书面授权不得转载或建立镜像</div>')
        url = f"http://epaper.scdsb.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    else:
        paras = "".join(f"<P>{IND}{esc(p)}</P>" for p in art["body"])
        body = (top + '<table width="1000" align="center"><tr><td width="360" valign="top"><img src="A05.jpg" width="350">'
                '<div class="bmdh"><b>版面导航</b><p>A01版：头版</p><p>A02版：要闻</p><p>A03版：要闻</p><p>A04版：城事</p>'
                '<p>A05版：城事</p></div></td><td valign="top">'
                '<table width="100%"><tr><td class="yt" align="center">清明祭扫出行提示</td></tr>'
                f'<tr><td class="bt" align="center"><font size="5"><b>{esc(art["title"])}</b></font></td></tr>'
                '<tr><td class="ft" align="center">轨道交通延长运营30分钟 新增12条祭扫专线</td></tr>'
                '<tr><td class="zz" align="center">本报记者 吴倩</td></tr>'
                f'<tr><td class="zw"><div id="ozoom">{paras}</div></td></tr>'
                f'<tr><td>{box}</td></tr>'
                '<tr><td class="xgwz"><b>本版其他文章</b><ul>' + "".join(f"<li>{esc(t)}</li>" for t, _ in others[4:7])
                + '</ul></td></tr></table></td></tr></table>'
                f'<div class="copyright">{paper}社版权所有　未经书面授权不得转载或建立镜像</div>')
        url = f"http://epaper.scdsb.cn/html/{y}-{m}/{d}/node_{_n(rng, 3)}/content_{_n(rng, 6)}.htm"
    head = f'<title>{esc(art["title"])}--{paper}</title>'
    return head, body, url


TEMPLATES = {"fgw_liangshi_xuanchuan": fgw_liangshi_xuanchuan, "sbj_mp_zcsd_tujie": sbj_mp_zcsd_tujie,
             "xjyw_xyxw_sheying": xjyw_xyxw_sheying, "gmw_difang_xgxw": gmw_difang_xgxw,
             "sfj_tiaojie_anli": sfj_tiaojie_anli, "zhen_mp_yuanbahui": zhen_mp_yuanbahui,
             "epaper_dushibao_yanshen": epaper_dushibao_yanshen}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages50", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
