"""Build the seventy-second saved-page set (``pages72``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 文化馆 portal 公益培训 招生公告/news page with a
课程 table (``whg_gypx_zsgg``), a 市 卫健委 公众号 健康科普 post with 问/答 turns (``wjw_mp_kepuwd``),
a 县政府网 工作动态 page on an old table layout in GBK (``xzf_gzdt_gbkold``), a 新华网-like 组图 page
(``xhw_zutu72``), a 区 民政局 portal 婚姻登记 提示 with 办理材料 items (``mzj_hydj_tishi``), a 乡镇
公众号 村晚 post (``xz_mp_cunwan``) and a 市党报 e-paper 评论版 本报评论员 page (``sdb_plb_plyuan``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written
here. See README.md.

    python tests/data/web/pages72/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["陈晓岚", "何俊", "罗文静", "蒋川", "秦雪梅", "汪涛", "彭丽", "田野", "邓子涵", "龚敏"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…`` without a full stop)."""
    return p.startswith(NUM_HEADS) and "。" not in p


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def whg_gypx_zsgg(art, rng, others):
    """区 文化馆 portal: a 招生公告 with a 课程 table and 落款 + 附件 (p01) or a news page (p02)."""
    y, m, d = _ymd(art)
    url = f"http://www.spbwhg.cn/html/tzgg/{y}{m}/{_n(rng, 4)}.html"
    notice = "公告" in art["title"]
    out, rows = [], []
    for p in art["body"] + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            cells = [r.split(" ") for r in rows]
            out.append('<table class="MsoNormalTable" border="1" cellspacing="0" width="100%"><tbody>'
                       + "".join("<tr>" + "".join(f'<td style="text-align:center"><p><span>{esc(c)}</span></p></td>'
                                                  for c in r) + "</tr>" for r in cells) + "</tbody></table>")
            rows = []
        if p is None:
            break
        if _head(p):
            out.append(f'<p style="text-indent:2em"><strong><span style="font-family:黑体">{esc(p)}</span></strong></p>')
        else:
            out.append(f'<p style="text-indent:2em"><span style="font-family:仿宋">{esc(p)}</span></p>')
        if not notice and len(out) == 1:
            out.append('<p style="text-align:center"><img src="/uploads/img/{0}.jpg" border="0"></p>'
                       '<p style="text-align:center"><span style="font-family:楷体">图为少儿民族舞班学员在老师指导下练习。'
                       '（区文化馆供图）</span></p>'.format(_n(rng, 6)))
    if notice:
        out.append(f'<p style="text-align:right"><span>沙坪坝区文化馆</span></p>'
                   f'<p style="text-align:right"><span>{y}年{int(m)}月{int(d) - 1}日</span></p>'
                   f'<p><span>附件：<a href="/uploads/file/{_n(rng, 8)}.docx">沙坪坝区文化馆2024年春季公益培训报名表.docx</a></span></p>')
    t = _hm(rng)
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a href="#">{tt}</a><span class="date">{dd}</span></li>')
    body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="沙坪坝区文化馆"></div>'
            f'<div class="search"><input type="text" value="请输入关键字"><a>搜索</a></div></div>'
            f'<div class="nav"><ul><li>首页</li><li>场馆概况</li><li>通知公告</li><li>公益培训</li><li>活动预约</li>'
            f'<li>非遗保护</li><li>数字文化馆</li></ul></div>'
            f'<div class="main"><div class="position">当前位置：<a>首页</a> &gt; <a>{"通知公告" if notice else "馆内动态"}</a> &gt; 正文</div>'
            f'<div class="xl_con"><div class="xl_tit">{esc(art["title"])}</div>'
            f'<div class="xl_info"><span>发布日期：{y}-{m}-{d} {t}</span>&nbsp;&nbsp;<span>作者：{rng.choice(WHO)}</span>'
            f'&nbsp;&nbsp;<span>浏览次数：<script>document.write("{_n(rng, 3)}")</script></span>'
            f'&nbsp;&nbsp;<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div class="xl_txt"><div class="TRS_Editor">{"".join(out)}</div></div>'
            f'<div class="xl_share">分享到：<a>微信</a><a>QQ空间</a><a>新浪微博</a></div>'
            f'<div class="xl_btn"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>'
            f'<div class="xl_page"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[1][0])}</a></p></div></div>'
            f'<div class="side"><h3>公益培训</h3><ul>{rel}</ul><h3>开放时间</h3>'
            f'<p>周二至周日 9:00-17:00（周一闭馆）</p><p>地址：沙坪坝区某某路18号</p></div></div>'
            f'<div class="footer"><p>版权所有：重庆市沙坪坝区文化馆　地址：重庆市沙坪坝区某某路18号　电话：023-65301187</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}-沙坪坝区文化馆</title>'
            f'<meta name="keywords" content="公益培训,文化馆,全民艺术普及">')
    return head, body, url


def wjw_mp_kepuwd(art, rng, others):
    """市 卫健委 公众号 健康科普 post: 问/记者 turns in bold, a name and colon opening answers."""
    y, m, d = _ymd(art)
    url = "https://mp.weixin.qq.com/s/" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-")
                                                 for _ in range(22))
    t = _hm(rng)
    doc = "刘建平" if art["id"] == "p03" else "王思远"
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith(("问：", "记者：")):
            out.append(f'<p style="margin-top:16px"><strong><span style="color:rgb(0,122,170)">{esc(p)}</span></strong></p>')
        elif p.startswith(doc + "："):
            name, rest = p.split("：", 1)
            out.append(f'<p><span><strong>{esc(name)}：</strong>{esc(rest)}</span></p>')
        else:
            out.append(f'<p><span style="letter-spacing:1px">{esc(p)}</span></p>')
        if i == 1:
            out.append(f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 9)}/640">'
                       f'</section><section style="text-align:center;font-size:12px;color:#888"><span>'
                       f'{"▲市疾控中心主任医师 刘建平" if doc == "刘建平" else "▲戒烟门诊医生 王思远（右）为市民提供咨询"}</span></section>')
        if i == 3:
            out.append('<section style="border:1px dashed #6bb;padding:10px;margin:12px 0"><p><strong>专家简介</strong></p>'
                       f'<p><span>{doc}，{"市疾控中心传染病防治所主任医师，从事呼吸道传染病防控工作20余年。" if doc == "刘建平" else "市属某医院呼吸与危重症医学科副主任医师，戒烟门诊负责人。"}</span></p></section>')
    tail = (f'<p style="font-size:13px;color:#999"><span>来源：健康重庆</span></p>'
            f'<p style="font-size:13px;color:#999"><span>编辑：{rng.choice(WHO)}　审核：{rng.choice(WHO)}</span></p>'
            '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr/640"></section>'
            '<p style="text-align:center;font-size:12px"><span>长按识别二维码 关注“健康重庆”</span></p>')
    rec = _rel(rng, others, 3, lambda tt, dd: f'<p><a>{tt}</a></p>')
    body = ('<div class="rich_media_area_primary"><div class="rich_media_area_primary_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            '<span class="rich_media_meta rich_media_meta_nickname"><a>健康重庆</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            '<em class="rich_media_meta_text">重庆</em></div>'
            '<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">'
            '<section style="text-align:center"><span style="color:#007aaa">点击蓝字 关注我们</span></section>'
            f'{"".join(out)}{tail}</div>'
            '<div id="js_tags" class="article-tag__list"><span>#健康科普</span> <span>#问答</span></div>'
            '<div class="rich_media_tool"><a id="js_view_source">阅读原文</a>'
            f'<span>阅读 {_n(rng, 4)}</span><span>分享</span><span>点赞 {_n(rng, 2)}</span><span>在看 {_n(rng, 2)}</span></div>'
            f'<div class="js_comment"><span>写留言</span></div><div class="more"><h4>往期推荐</h4>{rec}</div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "健康重庆";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}">')
    return head, body, url


def xzf_gzdt_gbkold(art, rng, others):
    """县政府网 工作动态 on an old table layout (GBK): ``<br>``-separated ``　　`` paragraphs in one ``<td>``."""
    y, m, d = _ymd(art)
    url = f"http://www.cqck.gov.cn/zwxx/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.htm"
    lines = []
    for p in art["body"]:
        if _head(p):
            lines.append(f'<b>{IND}{esc(p)}</b>')
        else:
            lines.append(f'<font face="宋体">{IND}{esc(p)}</font>')
    txt = "<br>".join(lines)
    if art["id"] == "p05":
        txt = (f'<p align="center"><img src="../../images/{y}{m}/W0{_n(rng, 9)}.jpg" width="500"></p>'
               f'<p align="center"><font color="#333399">会议现场（{rng.choice(WHO)} 摄）</font></p>') + txt
    upd = f"{y}-{m}-{int(d) + 1:02d}"
    rel = _rel(rng, others, 4, lambda tt, dd: f'<tr><td>·<a href="#">{tt}</a></td><td width="80">{dd}</td></tr>')
    body = ('<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            '<td height="120" background="../../images/top_bg.jpg"><img src="../../images/logo.gif"></td></tr>'
            '<tr><td class="nav"><a>首页</a> | <a>政务信息</a> | <a>信息公开</a> | <a>网上办事</a> | <a>互动交流</a> | <a>走进城口</a></td></tr></table>'
            '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            '<td width="220" valign="top" class="left"><table width="100%"><tr><td class="lm">政务信息</td></tr>'
            '<tr><td><a>·政务要闻</a></td></tr><tr><td><a>·工作动态</a></td></tr><tr><td><a>·乡镇动态</a></td></tr>'
            '<tr><td><a>·通知公告</a></td></tr></table></td>'
            '<td width="760" valign="top"><table width="100%" border="0" cellpadding="0" cellspacing="0">'
            '<tr><td class="wz">您现在的位置：<a>首页</a>&gt;&gt;<a>政务信息</a>&gt;&gt;<a>工作动态</a></td></tr>'
            f'<tr><td align="center" height="50"><font size="5" color="#cc0000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="hui">发布时间：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;更新时间：{upd}&nbsp;&nbsp;&nbsp;&nbsp;'
            f'信息来源：{rng.choice(["县应急局", "县政府办", "县教委"])}&nbsp;&nbsp;&nbsp;&nbsp;'
            '【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
            '<tr><td><hr size="1" color="#cccccc"></td></tr>'
            f'<tr><td class="zw" style="line-height:30px;font-size:16px">{txt}</td></tr>'
            f'<tr><td align="right">（责任编辑：{rng.choice(WHO)}）</td></tr>'
            '<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
            f'<tr><td><b>相关信息</b></td></tr><tr><td><table width="100%">{rel}</table></td></tr>'
            '</table></td></tr></table>'
            '<table width="980" align="center" class="foot"><tr><td align="center">'
            '主办：城口县人民政府办公室　承办：城口县大数据发展中心<br>'
            f'网站标识码：500229{_n(rng, 4)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号<br>'
            '建议使用1024×768分辨率浏览</td></tr></table>')
    head = (f'<title>{esc(art["title"])}_城口县人民政府</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="ColumnName" content="工作动态"><meta name="SiteName" content="城口县人民政府">')
    return head, body, url


def xhw_zutu72(art, rng, others):
    """新华网-like 组图 page: the text, then a photo strip of five captioned photos, 编辑 and 纠错."""
    y, m, d = _ymd(art)
    url = f"http://www.news.cn/local/{y}-{m}/{d}/c_{_n(rng, 10)}.htm"
    t = _hm(rng) + f":{rng.randint(10, 59)}"
    caps = ["游客在仙女山景区草原上游玩", "天生三桥景区游客络绎不绝", "游客在景区观景台拍照留念",
            "志愿者在景区入口引导游客", "仙女山镇一家民宿内，游客品尝当地特色菜"]
    who = rng.sample(WHO, 2)
    pics = "".join(f'<p align="center"><img id="{{{_n(rng, 8)}}}" src="{_n(rng, 10)}_16{_n(rng, 8)}_{k}.jpg"></p>'
                   f'<p align="center"><font color="navy" face="楷体">{y}年{int(m)}月{int(d) - 1}日，{c}。新华网发（{who[0]} 摄）</font></p>'
                   for k, c in enumerate(caps, 1))
    paras = "".join(f"<p>{esc(p)}</p>" for p in art["body"])
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a></li>')
    body = ('<div class="header"><div class="logo"><a>新华网</a></div><div class="nav">'
            '<a>首页</a><a>时政</a><a>地方</a><a>财经</a><a>国际</a><a>图片</a><a>视频</a></div></div>'
            '<div class="header-cont clearfix"><div class="header-time left">'
            f'<span class="year"><em> {y}</em></span><span class="day"><em> {m}</em>/<em>{d}</em></span>'
            f'<span class="time"> {t}</span></div><div class="source">来源：新华网</div>'
            f'<div class="head-line clearfix"><h1><span class="title">{esc(art["title"])}</span></h1></div>'
            '<div class="pageShare"><span>分享到</span><a class="wx"></a><a class="wb"></a></div></div>'
            f'<div class="main clearfix"><div class="main-left left"><div id="detail"><span id="detailContent">{paras}{pics}</span></div>'
            f'<div id="articleEdit"><span class="tiyi1"><a>【纠错】</a></span><span class="editor">【责任编辑:{who[1]}】</span></div>'
            f'<div class="pageShare"><a>打印</a></div>'
            f'<div class="nextpage"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
            '<div class="main-right right"><div class="columBox"><h3>图片新闻</h3><ul><li>秋日梯田美如画</li>'
            '<li>江畔灯火映山城</li></ul></div></div></div>'
            '<div class="foot"><p>Copyright &copy; 2000-2023 XINHUANET.com　All Rights Reserved.</p>'
            '<p>制作单位：新华网股份有限公司　版权所有：新华网股份有限公司</p></div>')
    head = (f'<title>{esc(art["title"])}-新华网</title>'
            f'<meta name="keywords" content="武隆,国庆,旅游"><meta name="description" content="{esc(art["title"])}">'
            f'<meta name="publishdate" content="{y}-{m}-{d}">')
    return head, body, url


def mzj_hydj_tishi(art, rng, others):
    """区 民政局 portal 婚姻登记 page: spans with no whitespace, 办理材料 items; 落款 after a notice."""
    y, m, d = _ymd(art)
    url = f"http://www.ybq.gov.cn/bm/qmzj/zwxx_71354/dt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    notice = art["id"] == "p08"
    out = []
    for i, p in enumerate(art["body"]):
        if _head(p):
            out.append(f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
        if not notice and i == 1:
            out.append(f'<p style="text-align:center"><img src="./W0{_n(rng, 14)}.jpg"></p>'
                       '<p style="text-align:center">图为新人在颁证区合影留念。（区民政局供图）</p>')
    if notice:
        out.append('<p style="text-align:right">渝北区民政局</p>'
                   f'<p style="text-align:right">{y}年{int(m)}月{int(d)}日</p>')
    card = ('<div class="bszn"><h4>办事指南</h4><ul><li>结婚登记（内地居民）</li><li>离婚登记（内地居民）</li>'
            '<li>补领婚姻登记证</li></ul><a>更多&gt;&gt;</a></div>')
    rel = _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
    t = _hm(rng)
    body = ('<div class="top-bar"><span>渝北区人民政府</span><a>无障碍</a><a>长者模式</a><a>登录</a></div>'
            '<div class="head"><h2>渝北区民政局</h2><div class="searchbox"><input><a>搜索</a></div></div>'
            '<div class="menu"><a>首页</a><a>机构概况</a><a>政务公开</a><a>政务服务</a><a>互动交流</a></div>'
            '<div class="container"><div class="location"><a>首页</a>&gt;<a>政务公开</a>&gt;<a>工作动态</a></div>'
            f'<div class="article"><div class="tit">{esc(art["title"])}</div>'
            f'<div class="info">{f"<span>发布时间：{y}-{m}-{d} {t}</span>" if notice else ""}<span>来源：渝北区民政局</span>'
            f'<span>浏览量：<i id="hits">{_n(rng, 3)}</i></span><span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
            f'<div class="view TRS_UEDITOR trs_paper_default trs_web">{"".join(out)}</div>'
            f'<div class="editor">【责任编辑：{rng.choice(WHO)}】</div>'
            '<div class="tools"><a>【打印】</a><a>【关闭】</a><span>扫一扫在手机打开当前页</span><img src="/qrcode.png"></div>'
            f'</div>{card}<div class="related"><h4>相关阅读</h4><ul>{rel}</ul></div></div>'
            '<div class="footer"><p>主办：重庆市渝北区民政局　承办：重庆市渝北区大数据应用发展管理局</p>'
            f'<p>网站标识码：5001120{_n(rng, 3)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_工作动态_重庆市渝北区民政局</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {t}">'
            '<meta name="ContentSource" content="渝北区民政局">')
    return head, body, url


def xz_mp_cunwan(art, rng, others):
    """乡镇 公众号 村晚 post: emoji heads, photos with ▲ captions, a 时间/地点 block; 落款 after (p11)."""
    y, m, d = _ymd(art)
    url = "https://mp.weixin.qq.com/s?__biz=MzI{0}==&mid={1}&idx=1&sn={2}".format(
        _n(rng, 8), _n(rng, 10), "".join(rng.choice("0123456789abcdef") for _ in range(32)))
    t = _hm(rng)
    pub = f"{y}年{int(m)}月{int(d)}日 {t}" if art["id"] == "p10" else f"{y}-{m}-{d} {t}"
    out = []
    for i, p in enumerate(art["body"]):
        if p == "节目单":
            out.append('<section style="text-align:center;margin-top:20px"><strong><span style="color:#c00">🎉 节目单 🎉</span></strong></section>')
        elif p.startswith(("时间：", "地点：", "参加人员：")):
            k, v = p.split("：", 1)
            out.append(f'<p><span style="color:#c00"><strong>{esc(k)}：</strong></span><span>{esc(v)}</span></p>')
        else:
            out.append(f'<p style="text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i in (2, 6) and art["id"] == "p10":
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 9)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">'
                       f'{"▲ 舞蹈《红红火火过大年》" if i == 2 else "▲ 为“最美庭院”获得者颁奖"}</span></p>')
    if art["id"] == "p11":
        out.append('<p style="text-align:right"><span>三建乡人民政府</span></p>'
                   f'<p style="text-align:right"><span>{y}年{int(m)}月{int(d)}日</span></p>')
    who = rng.sample(WHO, 3)
    tail = (f'<p style="font-size:12px;color:#999"><span>供稿：{"三合村" if art["id"] == "p10" else "乡综合文化站"}</span></p>'
            f'<p style="font-size:12px;color:#999"><span>编辑：{who[0]}｜审核：{who[1]}｜终审：{who[2]}</span></p>'
            '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr.jpg"></section>'
            '<p style="text-align:center"><span>扫码关注 三建发布</span></p>'
            '<p style="text-align:center"><span style="font-size:12px">分享、点赞、在看，三连走一波</span></p>')
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="img-content" class="rich_media_wrp">'
            f'<h1 class="rich_media_title">{esc(art["title"])}</h1>'
            '<div class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">三建发布</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{pub}</em></div>'
            f'<div class="rich_media_content" id="js_content">{"".join(out)}{tail}</div>'
            '<div class="like_area"><span>阅读原文</span><span>阅读 '
            f'{_n(rng, 4)}</span><span>赞</span><span>分享</span><span>在看</span></div>'
            '<div class="discuss"><span>留言</span><p>写留言</p>'
            f'<p>🎈 家乡人：看着好热闹，明年回去一定参加</p><p>赞 {_n(rng, 2)}</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var publish_time = "{y}-{m}-{d}" || "";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def sdb_plb_plyuan(art, rng, others):
    """市党报 e-paper 评论版: 本报评论员 article as ``<br>`` paragraphs, a second short 评论 and 版次 furniture."""
    y, m, d = _ymd(art)
    url = f"https://epaper.cqrb.cn/html/cqrb/{y}-{m}/{d}/004/content_rb_{_n(rng, 6)}.htm"
    paras = "<br>".join(f"{IND}{esc(p)}" for p in art["body"])
    titles = "".join(f'<li><a>{esc(tt)}</a></li>' for tt, _ in rng.sample(others, 3))
    body = ('<table width="1000" align="center"><tr><td class="bt1">'
            f'<span>重庆日报</span>　<span>{y}年{m}月{d}日　{_week(art)}</span>　<a>往期回顾</a>　<a>数字报首页</a></td></tr></table>'
            '<table width="1000" align="center"><tr><td width="360" valign="top">'
            '<div class="bmdh">第004版：评论　<select><option>第001版：要闻</option><option>第002版：要闻</option>'
            '<option>第003版：综合</option><option selected>第004版：评论</option></select></div>'
            '<div><a>上一版</a>　<a>下一版</a>　<a>PDF下载</a></div>'
            f'<div class="bmt"><img src="../../../../page/{_n(rng, 5)}.jpg" usemap="#PagePicMap"></div>'
            f'<div class="bmbt"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>'
            '<li><a>让“小窗口”传递“大温暖”</a></li><li><a>今日谈：多些“回头看”</a></li></ul></div></td>'
            '<td valign="top"><div class="nrbt">'
            f'<p class="yt">——论扎实办好民生实事</p><h1>{esc(art["title"])}</h1><p class="ft">本报评论员</p></div>'
            f'<div id="ozoom" style="font-size:16px"><founder-content>{paras}</founder-content></div>'
            '<div class="other"><h3>今日谈：多些“回头看”</h3>'
            f'<p>{IND}工作部署下去了，落实得怎么样，群众满不满意，需要多回头看看。回头看，看的是实效。</p>'
            f'<p>{IND}多些回头看，少些“一阵风”，工作才能落地生根。（{rng.choice(WHO)}）</p></div>'
            '<div class="fx"><a>【打印】</a><a>【关闭】</a><a>【返回目录】</a></div>'
            f'<div class="tj"><h4>往期评论</h4><ul>{titles}</ul></div></td></tr></table>'
            '<table width="1000" align="center"><tr><td class="copyright">重庆日报报业集团 版权所有<br>'
            '版权声明：本网站所刊登的各种新闻、信息，未经协议授权，禁止下载使用。</td></tr></table>')
    head = (f'<title>{esc(art["title"])}--重庆日报</title>'
            f'<meta name="description" content="{esc(art["title"])}">')
    return head, body, url


TEMPLATES = {"whg_gypx_zsgg": whg_gypx_zsgg, "wjw_mp_kepuwd": wjw_mp_kepuwd, "xzf_gzdt_gbkold": xzf_gzdt_gbkold,
             "xhw_zutu72": xhw_zutu72, "mzj_hydj_tishi": mzj_hydj_tishi, "xz_mp_cunwan": xz_mp_cunwan,
             "sdb_plb_plyuan": sdb_plb_plyuan}


def main() -> None:
    """Write the twelve pages and ``references.json`` (every page held apart)."""
    write_set(HERE, "pages72", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used


if __name__ == "__main__":
    main()
