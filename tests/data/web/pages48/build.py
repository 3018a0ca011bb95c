"""Build the forty-eighth saved-page set (``pages48``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 县 供销社 portal 助农 news page (``gxs_zhunong``),
a 团区委 公众号 青年志愿 post with 活动掠影 (``tw_mp_zhiyuan``), a 人民网-like 地方 领导活动 page with
相关专题 (``rmw_ldhd_xgzt``), a 中学 公众号 家长会 post (``zxx_mp_jzh``), an e-paper 要闻版 with a
短评 after the report (``epaper_yaowen_duanping``), a 区 统计局 portal 经济运行 解读 with 记者： turns
and a table (``tjj_jjyx_fangtan``) and a 区 政务服务中心 公告/动态 page (``zwfwzx_gonggao``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written
here. See README.md.

    python tests/data/web/pages48/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import hm as _hm, hms as _hms, digits as _n, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"


def _head(p: str) -> bool:
    """A subheading inside the text: short, no comma or colon (still body)."""
    return len(p) <= 16 and not any(c in p for c in "，：；“")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _table(rows, cls: str) -> str:
    return (f'<table class="{cls}" border="1" cellspacing="0">' + "".join(
        "<tr>" + "".join(f'<td><p align="center"><span>{esc(c)}</span></p></td>' for c in r.split(" ")) + "</tr>"
        for r in rows) + "</table>")


def _with_tables(paras, para_fn, cls: str) -> str:
    """Paragraphs through ``para_fn``; runs of table rows become one ``<table>``."""
    out, run = [], []
    for p in paras + [None]:
        if p is not None and _row(p):
            run.append(p)
            continue
        if run:
            out.append(_table(run, cls))
            run = []
        if p is not None:
            out.append(para_fn(p))
    return "".join(out)


def _related(others, n, fmt) -> str:
    return "".join(f'<li><a href="#">{esc(t)}</a><span>{fmt(d)}</span></li>' for t, d in others[:n])


def _gov_footer(site: str, rng) -> str:
    return (f'<div class="footer"><p>主办：{site}　承办：{site}办公室　技术支持：重庆某信息技术有限公司</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1　渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>')


def gxs_zhunong(art, rng, others):
    """县 供销社 portal: p01 old GBK table layout (spans without whitespace, counter script,
    numbered list of 收购点 as body, photo + caption); p02 div layout with bold 一、 heads."""
    y, m, d = _ymd(art)
    site = {"p01": "城口县供销合作社", "p02": "巫溪县供销合作社"}[art["id"]]
    if art["id"] == "p01":
        out = []
        for i, p in enumerate(art["body"]):
            out.append(f'<p>{IND}{esc(p)}</p>' if not p[:2].rstrip(".").isdigit()
                       else f'<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>')
            if i == 2:
                out.append('<p align="center"><img src="/uploadfile/2022/1108/20221108102144.jpg" border="0"></p>'
                           '<p align="center"><font color="#666666">图为修齐镇收购点工作人员正在为农户称重。（县供销社供图）</font></p>')
        body = ('<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">'
                f'<tr><td><img src="/images/top.jpg" alt="{site}"></td></tr>'
                '<tr><td class="nav"><a>网站首页</a> | <a>供销动态</a> | <a>通知公告</a> | <a>政策法规</a> | <a>农资服务</a> | <a>电商助农</a></td></tr></table>'
                '<table width="980" border="0" align="center"><tr><td width="220" valign="top" class="left">'
                '<div class="lm">栏目导航</div><ul><li>供销动态</li><li>基层社建设</li><li>助农服务</li><li>党建工作</li></ul>'
                '<div class="lm">联系我们</div><p>地址：城口县葛城街道xx路</p><p>电话：023-5922XXXX</p></td>'
                '<td valign="top"><div class="wz">您现在的位置：<a>首页</a> &gt;&gt; <a>供销动态</a> &gt;&gt; 正文</div>'
                f'<div class="title" align="center"><font size="5" color="#b30000"><b>{esc(art["title"])}</b></font></div>'
                f'<div class="info" align="center"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：县供销社</span>'
                f'<span>作者：办公室</span><span>点击：<script>document.write("{_n(rng, 3)}")</script></span>'
                '<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
                f'<div class="con" id="zoom">{"".join(out)}</div>'
                '<div align="right">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>'
                f'<div class="sxp">上一篇：<a>{esc(others[0][0])}</a><br>下一篇：<a>{esc(others[1][0])}</a></div>'
                f'<div class="xg"><b>相关新闻</b><ul>{_related(others[2:], 4, lambda s: "(" + s + ")")}</ul></div>'
                '</td></tr></table>'
                f'<table width="980" align="center" class="foot"><tr><td>版权所有：{site}　地址：城口县葛城街道　'
                f'渝ICP备{_n(rng, 8)}号<br>建议使用1024×768分辨率浏览</td></tr></table>')
    else:
        paras = "".join(f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>' if p.startswith(("一、", "二、", "三、"))
                        else f'<p style="text-indent:2em">{esc(p)}</p>' for p in art["body"])
        body = (f'<div class="header"><div class="logo">{site}</div><ul class="nav"><li>首页</li><li>机构概况</li>'
                '<li>供销动态</li><li>为农服务</li><li>政务公开</li></ul></div>'
                '<div class="position">当前位置：<a>首页</a> &gt; <a>供销动态</a> &gt; <a>为农服务</a></div>'
                f'<div class="xl_con"><h2>{esc(art["title"])}</h2>'
                f'<div class="xl_info">{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;来源：{site}&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">{_n(rng, 3)}</span>'
                '&nbsp;&nbsp;&nbsp;【字号：<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<div class="bt_content">{paras}</div>'
                '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
                '<div class="qr"><img src="qr.png"><p>扫一扫在手机打开当前页</p></div>'
                f'<div class="xgyd"><h4>相关阅读</h4><ul>{_related(others, 4, lambda s: s)}</ul></div></div>'
                + _gov_footer(site, rng))
    head = f'<title>{esc(art["title"])}-{site}</title><meta name="keywords" content="供销社,助农">'
    return head, body, f"http://www.{art['id']}gxs.cn/news/show.asp?id={_n(rng, 4)}"


def tw_mp_zhiyuan(art, rng, others):
    """团区委 公众号 post: 点击蓝字 banner, boxed section heads, a 项目名片 card (p04), 活动掠影
    photos with captions after the text, 来源/编辑/审核, 往期推荐, QR, 阅读原文 row."""
    y, m, d = _ymd(art)
    acc = {"p03": "青春大渡口", "p04": "璧山青年"}[art["id"]]
    out = []
    for i, p in enumerate(art["body"]):
        if _head(p) and art["id"] == "p03":
            out.append('<section style="margin:20px auto;text-align:center"><section style="display:inline-block;'
                       f'background:#1e6fd9;color:#fff;padding:4px 12px"><strong>{esc(p)}</strong></section></section>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
        if art["id"] == "p04" and i == 1:
            out.append('<section class="card" style="border:1px dashed #1e6fd9;padding:8px"><p><strong>项目名片</strong></p>'
                       '<p>项目名称：“护苗”青年志愿服务</p><p>服务周期：7月中旬至8月中旬</p><p>招募对象：璧山籍在校大学生</p></section>')
        if art["id"] == "p04" and i == 7:
            out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/x1.jpg"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲志愿者为孩子们辅导暑假作业</span></p>')
    caps = {"p03": ["▲志愿者为居民义务理发", "▲文明劝导志愿服务", "▲大学生志愿者在福利院表演节目"],
            "p04": ["▲启动仪式现场", "▲志愿者岗前培训"]}[art["id"]]
    gallery = ('<section style="text-align:center;margin-top:24px"><strong style="color:#1e6fd9">活动掠影</strong></section>'
               + "".join(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/g{k}.jpg"></p>'
                         f'<p style="text-align:center"><span style="font-size:12px;color:#999">{c}</span></p>'
                         for k, c in enumerate(caps)))
    content = ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/top.gif"></p>'
               '<p style="text-align:center"><span style="color:#1e6fd9;font-size:12px">点击蓝字 关注我们</span></p>'
               + "".join(out) + gallery
               + f'<p><span style="font-size:12px;color:#888">来源：{"各镇街团（工）委" if art["id"] == "p03" else "团区委志愿者工作部"}</span></p>'
               f'<p><span style="font-size:12px;color:#888">编辑：{"刘洋" if art["id"] == "p03" else "罗佳"}　审核：陈曦</span></p>'
               f'<section><p><strong>往期推荐</strong></p>{"".join(f"<p>{esc(t)}</p>" for t, _ in others[:3])}</section>'
               '<p style="text-align:center"><img data-src="qrcode.jpg"></p><p style="text-align:center">长按识别二维码 关注我们</p>'
               '<p style="text-align:center">青春正当时 志愿我先行</p>')
    body = (f'<div id="js_article" class="rich_media"><h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content"><span id="copyright_logo" class="rich_media_meta">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">共青团{"大渡口区委" if art["id"] == "p03" else "璧山区委"}</span>'
            f'<a id="js_name" class="rich_media_meta_nickname">{acc}</a>'
            f'<em id="publish_time" class="rich_media_meta">{y}-{m}-{d} {_hm(rng)}</em><em id="js_ip_wording">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">{content}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>赞 {_n(rng, 2)}</span><span>分享</span><span>在看 {_n(rng, 2)}</span></div>'
            '<div class="like_comment"><p>喜欢此内容的人还喜欢</p>'
            f'{"".join(f"<p>{esc(t)}</p>" for t, _ in others[3:5])}</div></div>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 8)}tw{_n(rng, 8)}"


def rmw_ldhd_xgzt(art, rng, others):
    """人民网-like 地方频道 领导活动 page: channel crumbs, info line (p05) or none (p06, meta and URL
    only), bold 要…。 heads (p05), 分享, (责编：…), 相关专题 box, 相关新闻, copyright footer."""
    y, m, d = _ymd(art)
    paras = "".join(f'<p style="text-indent: 2em;"><strong>{esc(p)}</strong></p>' if p.startswith("要") and len(p) < 12
                    else f'<p style="text-indent: 2em;">{esc(p)}</p>' for p in art["body"])
    info = (f'<div class="col-1-1 fl">{y}年{m}月{d}日{_hm(rng)} | 来源：<a>人民网－重庆频道</a></div>'
            if art["id"] == "p05" else '<div class="col-1-1 fl">来源：<a>人民网－重庆频道</a></div>')
    topics = "".join(f'<li><img src="/img/zt{k}.jpg"><a>{t}</a></li>'
                     for k, t in enumerate(["防汛减灾 众志成城", "重庆区县领导活动报道集", "优化营商环境在行动"]))
    body = ('<div class="rm_topbar"><a>人民网首页</a><a>手机看新闻</a><a>注册</a><a>登录</a></div>'
            '<div class="route fl"><a>人民网</a>&gt;&gt;<a>重庆频道</a>&gt;&gt;<a>区县领导活动</a></div>'
            f'<div class="layout rm_txt cf"><div class="col col-1 fl"><h1>{esc(art["title"])}</h1>'
            f'<div class="channel cf">{info}<div class="fr"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ</a></div></div>'
            f'<div class="rm_txt_con cf">{paras}'
            '<p class="paper_num"><span>分享让更多人看到</span></p>'
            f'<div class="edit cf">(责编：{rng.choice(["邹乐", "胡永秋"])}、{rng.choice(["李昕", "王欲然"])})</div></div>'
            f'<div class="box_topic"><h2>相关专题</h2><ul>{topics}</ul></div>'
            f'<div class="box_news"><h2>相关新闻</h2><ul>{_related(others, 4, lambda s: s.replace("-", "/"))}</ul></div>'
            f'<div class="message"><span>我要留言</span><span>已有{_n(rng, 2)}人参与</span></div></div>'
            '<div class="col col-2 fr"><h2>热点排行</h2><ol>'
            + "".join(f"<li>{esc(t)}</li>" for t, _ in others[4:9]) + '</ol></div></div>'
            '<div class="footer"><p>人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务</p>'
            '<p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p>'
            '<p>Copyright © 1997-2024 by www.people.com.cn. all rights reserved</p></div>')
    head = (f'<title>{esc(art["title"])}--重庆频道--人民网</title><meta name="publishdate" content="{y}-{m}-{d}">'
            f'<meta name="source" content="来源：人民网－重庆频道">')
    return head, body, f"http://cq.people.com.cn/n2/{y}/{m}{d}/c365403-{_n(rng, 8)}.html"


def zxx_mp_jzh(art, rng, others):
    """中学 公众号: p07 家长会 notice (一、 heads, items, signature and date, 温馨提示 box); p08 report
    with 问：/name： turns and a caption; 文字/图片/编辑/审核 credits, 学校简介 card, 阅读原文 row."""
    y, m, d = _ymd(art)
    school = {"p07": "重庆市南岸区某某中学校", "p08": "重庆市沙坪坝区某某中学"}[art["id"]]
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith(("一、", "二、", "三、", "四、", "五、")):
            out.append(f'<p><strong><span style="color:#c00000">{esc(p)}</span></strong></p>')
        elif p.startswith("问："):
            out.append(f'<p><strong>问：</strong>{esc(p[2:])}</p>')
        elif "老师：" in p[:4]:
            k = p.index("：") + 1
            out.append(f'<p><span style="color:#0070c0">{esc(p[:k])}</span>{esc(p[k:])}</p>')
        else:
            out.append(f'<p style="text-indent:2em"><span>{esc(p)}</span></p>')
        if art["id"] == "p08" and i == 2:
            out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/jzh1.jpg"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲家长会现场</span></p>')
    if art["id"] == "p07":
        sig = int(d) - 1
        tail = (f'<p style="text-align:right">{school}</p><p style="text-align:right">{y}年{int(m)}月{sig}日</p>'
                '<section style="border:1px solid #f90;padding:8px"><p><strong>温馨提示</strong></p>'
                '<p>家长会当天学校东门临时封闭，请从北门进出；如有特殊情况不能参会，请提前向班主任请假。</p></section>')
    else:
        tail = ('<p><span style="font-size:12px">文字：初三年级组　图片：校团委</span></p>'
                '<section class="card"><p><strong>学校简介</strong></p><p>学校始建于1956年，现有教学班48个、学生2300余人。</p></section>')
    content = ("".join(out) + tail
               + f'<p><span style="font-size:12px;color:#888">编辑：{"唐老师" if art["id"] == "p07" else "周老师"}　审核：办公室</span></p>'
               f'<section><p><strong>往期回顾</strong></p>{"".join(f"<p>{esc(t)}</p>" for t, _ in others[:2])}</section>'
               '<p style="text-align:center"><img data-src="qr.jpg"></p><p style="text-align:center">扫码关注 了解更多校园资讯</p>')
    body = (f'<div id="js_article" class="rich_media"><h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content"><a id="js_name" class="rich_media_meta_nickname">{school[5:]}</a>'
            f'<em id="publish_time" class="rich_media_meta">{y}-{m}-{d} {_hm(rng)}</em></div>'
            f'<div class="rich_media_content" id="js_content">{content}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>赞 {_n(rng, 2)}</span><span>在看 {_n(rng, 1)}</span><span>写留言</span></div></div>')
    head = f'<title>{esc(art["title"])}</title>'
    return head, body, f"https://mp.weixin.qq.com/s?__biz=MzI{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=1"


DUANPING = {"p09": ("短评｜让示范片真正“示范”起来",
                    ["示范片的意义，不只在于一片田的高产，更在于让周边农户看得见、学得会。",
                     "把好技术、好模式总结出来、推广出去，丰收的面积才会越来越大。"]),
            "p10": ("短评：改革就要让群众有感",
                    ["窗口少了，效率高了，这是群众最直接的感受。",
                     "检验改革成效，归根到底要看群众办事是否更方便、更省心。"])}


def epaper_yaowen_duanping(art, rng, others):
    """e-paper 要闻版: p09 table e-paper with 版面导航, 引题, byline, caption and a 短评 after the
    report; p10 div e-paper with ``<br>`` paragraphs and the 短评 in the same article box."""
    y, m, d = _ymd(art)
    paper = {"p09": "永川日报", "p10": "合川日报"}[art["id"]]
    title2, dp = DUANPING[art["id"]]
    by = {"p09": "本报记者 罗雪 通讯员 杨林", "p10": "本报记者 蒋文"}[art["id"]]
    cap = {"p09": "图为来苏镇水稻示范片收割现场。（记者 罗雪 摄）", "p10": "图为市民在综合窗口办理业务。（记者 蒋文 摄）"}[art["id"]]
    top = (f'<div class="paper-top"><span>{paper}</span><span>{y}年{m}月{d}日 {_week(art)}</span>'
           '<span>第01版：要闻</span><a>上一版</a><a>下一版</a><a>PDF版</a><a>往期回顾</a></div>')
    if art["id"] == "p09":
        paras = "".join(f"<p>{IND}{esc(p)}</p>" for p in art["body"])
        body = (top + '<table width="1000"><tr><td width="380" valign="top" class="bm"><img src="page01.jpg" usemap="#PagePicMap">'
                '<div class="bmdh"><b>版面导航</b><p><a>第01版：要闻</a></p><p><a>第02版：综合</a></p>'
                '<p><a>第03版：区县</a></p><p><a>第04版：专题</a></p></div></td>'
                '<td valign="top"><div class="article"><p class="yt">秋收冬种正当时</p>'
                f'<h1>{esc(art["title"])}</h1><p class="ft"></p><p class="author">{by}</p>'
                f'<div id="ozoom"><founder-content>{paras}</founder-content></div>'
                f'<p class="pic"><img src="pic1.jpg"></p><p class="picnote">{cap}</p></div>'
                f'<div class="article dp"><h3>{title2}</h3><p class="author">本报评论员 周宁</p>'
                + "".join(f"<p>{IND}{x}</p>" for x in dp) + '</div>'
                f'<div class="sxp"><a>上一篇</a> <a>下一篇</a></div><div class="bwwz"><b>本版文章</b><ul>'
                + "".join(f"<li>{esc(t)}</li>" for t, _ in others[:4]) + '</ul></div></td></tr></table>'
                f'<div class="copy">{paper}社版权所有 未经书面授权 不得复制或建立镜像</div>')
    else:
        paras = "<br>".join(f"{IND}{esc(p)}" for p in art["body"])
        body = (top + '<div class="layout"><div class="left"><img src="01.jpg"><ul class="list">'
                + "".join(f"<li>{esc(t)}</li>" for t, _ in others[:3]) + '</ul></div>'
                f'<div class="right"><div class="detail"><h3 class="yt">深化改革 优化服务</h3><h1>{esc(art["title"])}</h1>'
                f'<div class="attr">{by}</div><div id="ozoom" class="content">{paras}<br><br>'
                f'<img src="pic2.jpg"><br>{cap}<br><br><b>{title2}</b><br>'
                + "<br>".join(f"{IND}{x}" for x in dp) + '</div></div>'
                '<div class="op"><a>【打印】</a><a>【关闭】</a><a>【返回顶部】</a></div></div></div>'
                f'<div class="copy">Copyright © {paper}社 All Rights Reserved 渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>{esc(art["title"])}--{paper}</title>'
    return head, body, f"http://epaper.{art['id']}rb.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"


def tjj_jjyx_fangtan(art, rng, others):
    """区 统计局 portal: p11 GBK 信息公开 grid (生成日期 before 发布日期), 记者： turns, a table and a
    注 line, 更新时间; p12 modern page, 发布时间 ``2024/1/26``, table, 数据来源, 相关链接."""
    y, m, d = _ymd(art)
    site = {"p11": "重庆市长寿区统计局", "p12": "重庆市江北区统计局"}[art["id"]]

    def para(p):
        if p.startswith("记者："):
            return f'<p>{IND}<strong>记者：{esc(p[3:])}</strong></p>'
        if p.startswith("区统计局负责人："):
            return f'<p>{IND}<strong>区统计局负责人：</strong>{esc(p[8:])}</p>'
        return f'<p>{IND}{esc(p)}</p>'

    content = _with_tables(art["body"], para, "MsoNormalTable")
    if art["id"] == "p11":
        body = ('<div class="top"><img src="/images/banner.jpg" alt="长寿区统计局"></div>'
                '<div class="nav"><a>首页</a><a>统计动态</a><a>统计数据</a><a>统计分析</a><a>政务公开</a></div>'
                '<div class="crumb">当前位置：首页 &gt; 统计分析 &gt; 数据解读</div>'
                '<table class="xxgk" width="980" border="1"><tr><td>索引号：</td><td>11500115008xxxxx/2023-00087</td>'
                f'<td>发布机构：</td><td>{site}</td></tr><tr><td>生成日期：</td><td>{y}-{m}-{int(d) - 3:02d}</td>'
                f'<td>发布日期：</td><td>{y}-{m}-{d}</td></tr><tr><td>主题分类：</td><td>统计</td><td>文号：</td><td>无</td></tr>'
                f'<tr><td>标题：</td><td colspan="3">{esc(art["title"])}</td></tr></table>'
                f'<div class="article"><h1 class="title">{esc(art["title"])}</h1>'
                f'<div class="info"><span>更新时间：{y}-{m}-{int(d) + 1:02d} {_hms(rng)}</span>&nbsp;&nbsp;<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
                f'<div class="TRS_Editor">{content}<p>{IND}注：地区生产总值增速按不变价格计算；部分数据因四舍五入，存在总计与分项合计不等的情况。</p></div>'
                '<div class="tools"><a>【打印本页】</a><a>【关闭窗口】</a></div>'
                '<div class="qr"><img src="qr.png">扫一扫在手机打开当前页</div></div>' + _gov_footer(site, rng))
    else:
        body = ('<div class="header"><div class="logo">江北区统计局</div><div class="search">搜索</div></div>'
                '<div class="position">首页 &gt; 统计信息 &gt; 统计数据</div>'
                f'<div class="detail"><div class="d-title">{esc(art["title"])}</div>'
                f'<div class="d-info"><span>发布时间：{y}/{int(m)}/{int(d)}</span><span>来源：江北区统计局</span>'
                f'<span>阅读量：{_n(rng, 3)}</span><span class="font">字号：<a>大</a><a>中</a><a>小</a></span></div>'
                f'<div class="d-con">{content}<p style="text-align:right">数据来源：江北区统计局</p></div>'
                '<div class="xglj"><h4>相关链接</h4><ul><li>图解：2023年江北区居民收支情况</li>'
                '<li>2023年江北区国民经济和社会发展统计公报</li></ul></div>'
                f'<div class="zrbj">责任编辑：{rng.choice(["张茜", "吴敏"])}</div>'
                '<div class="share">分享：<a>微信</a><a>微博</a></div></div>' + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="数据解读">')
    return head, body, f"http://www.{art['id']}tjj.gov.cn/tjsj/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def zwfwzx_gonggao(art, rng, others):
    """区 政务服务中心: p13 GBK old table portal 公告 with ``<font>`` paragraphs, a signature and date
    and an 附件 line; p14 动态 page with 日期/更新时间 and (一) items, a photo + caption."""
    y, m, d = _ymd(art)
    site = {"p13": "重庆市巴南区政务服务管理办公室", "p14": "重庆市九龙坡区政务服务管理办公室"}[art["id"]]
    if art["id"] == "p13":
        paras = "".join(f'<p><font face="仿宋_GB2312" size="4">{IND}{"<b>" if _head(p) else ""}{esc(p)}'
                        f'{"</b>" if _head(p) else ""}</font></p>' for p in art["body"])
        body = ('<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>'
                '<img src="/images/zwfw_top.jpg"></td></tr><tr><td class="dh">首页 | 中心概况 | 办事指南 | 通知公告 | 政策法规 | 效能监督</td></tr></table>'
                '<table width="1002" align="center"><tr><td class="wz">当前位置：首页 &gt; 通知公告</td></tr>'
                f'<tr><td class="bt" align="center"><font size="5" color="#cc0000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="sj">发布日期：{y}年{m}月{d}日 &nbsp; 信息来源：区政务服务中心 &nbsp; '
                f'阅读次数：[<script>document.write({_n(rng, 3)})</script>]</td></tr>'
                f'<tr><td class="zw">{paras}'
                f'<p align="right"><font face="仿宋_GB2312" size="4">{site}</font></p>'
                f'<p align="right"><font face="仿宋_GB2312" size="4">{y}年{int(m)}月{int(d) - 3}日</font></p>'
                '<p>附件：<a href="#">春节期间值守人员及联系方式.xls</a></p></td></tr>'
                '<tr><td align="center">【<a>打印此页</a>】 【<a>关闭窗口</a>】 【<a>返回顶部</a>】</td></tr></table>'
                f'<table width="1002" align="center" class="bottom"><tr><td>主办单位：{site}　'
                f'渝ICP备{_n(rng, 8)}号　网站标识码：{_n(rng, 10)}<br>地址：巴南区龙洲湾xx路　联系电话：023-6628XXXX</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
    else:
        out = []
        for i, p in enumerate(art["body"]):
            out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
            if i == 1:
                out.append('<p style="text-align:center"><img src="./W02024053.jpg"></p>'
                           '<p style="text-align:center">图为帮办员在专区为企业办事人员讲解。（区政务服务中心供图）</p>')
        body = ('<div class="top"><span>九龙坡区人民政府</span><a>无障碍</a><a>长者模式</a></div>'
                '<div class="crumb">首页 &gt; 政务服务 &gt; 服务动态</div>'
                f'<div class="con"><h1>{esc(art["title"])}</h1>'
                f'<div class="xx"><span>日期：{y}-{m}-{d} {_hms(rng)}</span> <span>更新时间：{y}-06-03</span> '
                '<span>来源：区政务服务中心</span> <span>【字号：大 中 小】</span></div>'
                f'<div class="zw TRS_Editor">{"".join(out)}</div>'
                '<div class="fx">分享到：<a>微信</a><a>微博</a><a>复制链接</a></div>'
                f'<div class="sxy"><p>上一篇：{esc(others[0][0])}</p><p>下一篇：{esc(others[1][0])}</p></div>'
                f'<div class="xgwz"><h4>相关文章</h4><ul>{_related(others[2:], 4, lambda s: s)}</ul></div></div>'
                + _gov_footer(site, rng))
        head = (f'<title>{esc(art["title"])}_重庆市九龙坡区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    return head, body, f"http://www.{art['id']}.gov.cn/zwfw/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"


TEMPLATES = {"gxs_zhunong": gxs_zhunong, "tw_mp_zhiyuan": tw_mp_zhiyuan, "rmw_ldhd_xgzt": rmw_ldhd_xgzt,
             "zxx_mp_jzh": zxx_mp_jzh, "epaper_yaowen_duanping": epaper_yaowen_duanping,
             "tjj_jjyx_fangtan": tjj_jjyx_fangtan, "zwfwzx_gonggao": zwfwzx_gonggao}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages48", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
