"""Build the hundred-and-thirteenth saved-page set (``pages113``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 科协 portal with 科技工作者日 news and a 记者：
interview (``kx_kjgzzr113``), a 公交集团 公众号 线路调整 公告 and 新开线路 post with a 站点 table
(``gj_mp_xltz113``), a 县政府网 生态环境状况公报 with a data table (``xzf_hjgb113``), a 今日头条-like
区县 融媒号 article with 评论 (``tt_rmh113``), a 区 消防救援支队 portal 火灾隐患曝光 and 夜查 news
(``xf_yhbg113``), a 学校 公众号 研学旅行 post (``xx_mp_yx113``) and a 区报 e-paper 理论版 with 学习体会
and 作者单位 lines (``qb_llb113``). ``articles.txt`` holds the title, date and reference body; the
furniture (not body) is written here. See README.md.

    python tests/data/web/pages113/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["向晓梅", "陈建国", "罗思琪", "黄志勇", "付丽娟", "秦川", "邓小燕", "杨立平", "谢雯"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A subheading inside the text: ``一、…`` or a one-sentence ``坚持…，推动…``/``突出…``/``以…`` head
    (short, one clause pair), or a ``第X站：`` bar."""
    if p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？"):
        return True
    if p.startswith("第") and "站：" in p[:5]:
        return True
    return len(p) <= 22 and p.endswith("。") and p.count("，") == 1 and p.count("。") == 1 and not p.startswith("“")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"', cell="td") -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; the first row
    through ``cell``)."""
    out = []
    for i, r in enumerate(rows):
        tag = cell if i == 0 else "td"
        out.append("<tr>" + "".join(f'<{tag} align="center" valign="middle">{esc(c)}</{tag}>' for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, table=_table, special=None) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table, ``special(p)`` (when it
    gives markup) first, subheadings through ``head``, other lines through ``para``."""
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(table(rows))
            rows = []
        if p is None:
            break
        got = special(p) if special else None
        if got is not None:
            out.append(got)
        elif head and _head(p):
            out.append(head(esc(p)))
        else:
            out.append(para(esc(p)))
    return out


def _rel(rng, others, k, fmt) -> str:
    """A related-articles list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="footer"><div class="ft-link"><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a></div>'
            f'<p>主办：{host}　承办：{host}办公室　技术支持：重庆市大数据应用发展管理局</p>'
            f'<p>网站标识码：{code}　<a>渝ICP备{_n(rng, 8)}号</a>　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jg"><img src="/images/red.png"><img src="/images/zfjc.png"></div></div>')


def _wx_tool(rng) -> str:
    return (f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(800, 9000)}</span>'
            f'<a>分享</a><a>收藏</a><a>点赞 {rng.randint(10, 300)}</a><a>在看 {rng.randint(3, 80)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div>')


def kx_kjgzzr113(art, rng, others):
    """区 科协 portal: p01 a 科技工作者日 news page (``发布时间：YYYY-MM-DD hh:mm`` spans, 浏览次数
    ``<script>``, 【字体】), bold ``坚持…，推动…。`` heads, a photo + ``图为…（区科协供图）`` caption in the
    text, a quote; p02 (GBK) an interview with glued ``YYYY年MM月DD日``/来源/作者 spans, bold ``记者：``
    turns and ``周明远：`` answers, a 人物名片 card after the lead (not body); both with a 科协动态 side
    list with dates, 分享到, 责任编辑 line, 打印/关闭, footer."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://kx.cqbn.gov.cn/kxdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"

    def special(p):
        if p.startswith("记者："):
            return f'<p>　　<strong>记者：</strong><strong>{esc(p[3:])}</strong></p>'
        if p.startswith("周明远："):
            return f'<p>　　<strong>周明远：</strong>{esc(p[4:])}</p>'
        return None

    blocks = _blocks(art["body"], lambda t: f'<p>　　{t}</p>',
                     head=lambda t: f'<p>　　<strong>{t}</strong></p>', special=special)
    who = rng.sample(WHO, 3)
    if p01:
        blocks.insert(2, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600" border="0"></p>'
                         f'<p style="text-align:center">图为活动现场，优秀科技工作者代表上台领证。（区科协供图）</p>')
        info = (f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span>&nbsp;&nbsp;<span>来源：巴南区科协</span>&nbsp;&nbsp;'
                f'<span>浏览次数：<script>document.write("{_n(rng, 3)}")</script></span>&nbsp;&nbsp;'
                f'<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
    else:
        blocks.insert(3, '<div class="rwmp" style="border:1px solid #ddd;padding:10px;margin:10px 0"><p><b>人物名片</b></p>'
                         '<p>周明远，1976年生，高级农艺师，巴南区农业技术推广中心果树站站长。曾获重庆市农业技术推广奖二等奖。</p></div>')
        info = (f'<div class="info"><span>{y}年{m}月{d}日</span><span>来源：巴南区科协</span><span>作者：{who[0]}</span>'
                f'<span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
    side = _rel(rng, others, 5, lambda t, dd: f'<li><a title="{t}">{t[:14]}…</a><span>{dd[5:]}</span></li>')
    body = (f'<div class="top"><div class="wrap"><span>今天是：<script>showDate()</script></span><a>设为首页</a> <a>加入收藏</a></div></div>'
            f'<div class="banner"><img src="/images/kx_logo.png" alt="重庆市巴南区科学技术协会"></div>'
            f'<div class="menu"><ul><li>首页</li><li>科协概况</li><li>科协动态</li><li>学会工作</li><li>科学普及</li><li>人才服务</li><li>党建园地</li></ul></div>'
            f'<div class="wrap"><div class="left"><div class="lm"><h3>科协动态</h3><ul>{side}</ul></div>'
            f'<div class="lm"><h3>通知公告</h3><ul><li><a>关于推荐2025年度科普示范基地的通知</a></li><li><a>关于开展全国科普日活动的通知</a></li></ul></div></div>'
            f'<div class="right"><div class="dqwz">当前位置：<a>首页</a> &gt; <a>科协动态</a> &gt; 正文</div>'
            f'<div class="article-box"><h1>{esc(art["title"])}</h1>{info}'
            f'<div class="bt_content" id="zoom">' + "".join(blocks) + '</div>'
            f'<div class="zrbj">（责任编辑：{who[1]}）</div>'
            f'<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qz">QQ空间</a></div>'
            f'<div class="btns"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>'
            f'</div></div></div>' + _gov_foot(rng, "重庆市巴南区科学技术协会", f"500113{_n(rng, 4)}"))
    head = (f'<title>{esc(art["title"])}_巴南区科协</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="科协动态">'
            f'<meta name="SiteName" content="重庆市巴南区科学技术协会">')
    return head, body, url


def gj_mp_xltz113(art, rng, others):
    """公交集团 公众号: p03 a 线路调整 公告 (``publish_time`` ``YYYY-MM-DD hh:mm``) with an addressee line,
    ``一、`` bar heads, 走向/途经站点/首末班 lines, ``1.`` 站点 items, a one-line apology and 服务热线 (body);
    a route-map ``▲`` caption, the 落款 + date, 来源/编辑/审核 and 往期推荐 (not body); p04 a 新开线路 post
    with an empty publish_time (dated by the script's ``ct`` only), a 站点 table with ``<th>`` header and
    a 温馨提示 box after the text (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    p03 = art["id"] == "p03"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 3)

    def head(x):
        return (f'<section style="margin:18px 0 8px"><section style="display:inline-block;border-left:4px solid #0a7d3e;padding-left:8px">'
                f'<strong><span style="color:#0a7d3e;font-size:16px">{x}</span></strong></section></section>')

    def special(p):
        if p.startswith(("首末班时间：", "调整后走向：", "调整后途经站点：")):
            k, v = p.split("：", 1)
            return f'<p style="line-height:1.75em"><strong><span style="color:#0a7d3e">{esc(k)}：</span></strong><span>{esc(v)}</span></p>'
        if p == "广大乘客：":
            return f'<p style="line-height:1.75em"><strong>{esc(p)}</strong></p>'
        return None

    tab = lambda rows: _table(rows, 'style="width:100%;border-collapse:collapse" border="1"', cell="th")
    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{x}</span></p>',
                     head=head, table=tab, special=special)
    pic = (f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640" class="rich_pages wxw-img"></p>'
           f'<p style="text-align:center"><span style="font-size:12px;color:#888">▲{"调整后238路线路示意图" if p03 else "T215路线路示意图"}</span></p>')
    if p03:
        blocks.insert(4, pic)
        tail = ('<p style="text-align:right;line-height:1.75em">重庆公交集团</p>'
                f'<p style="text-align:right;line-height:1.75em">{y}年{int(m)}月{int(d)}日</p>')
        pt = f"{y}-{m}-{d} {t}"
    else:
        blocks.insert(2, pic)
        tail = ('<section style="background:#eef7f1;border-radius:6px;padding:12px;margin-top:16px"><p><strong>温馨提示</strong></p>'
                '<p><span style="font-size:14px">乘车时请主动刷卡或扫码，先下后上，文明乘车。老年乘客请注意乘车安全，车辆停稳后再起身下车。</span></p></section>')
        pt = ""
    tail += (f'<p><span style="font-size:12px;color:#999">来源：重庆公交集团客服中心</span></p>'
             f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}</span></p>'
             f'<section><p><strong>往期推荐</strong></p>'
             + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px">● {tt}</span></p>') + '</section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">重庆公交</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">重庆公交</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{pt}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">' + "".join(blocks) + tail + '</div>'
            + _wx_tool(rng) + '</div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "重庆公交"; var msg_title = "{esc(art["title"])}";</script>')
    head_ = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
             f'<meta property="og:url" content="{url}"><meta property="og:type" content="article">')
    return head_, body, url


def xzf_hjgb113(art, rng, others):
    """县政府网 信息公开 page (GBK): an 信息公开 grid (索引号, 发布机构, 成文日期 two days before, 发布日期),
    ``发布日期：YYYY-MM-DD`` info line, bold ``一、`` heads in MsoNormal paragraphs with ``&nbsp;`` runs, a
    MsoNormalTable of 监测项目 rows (body); a ``注：`` line under the table, the 落款 + date, an 附件 link, a
    相关解读 box and 打印/关闭 (not body)."""
    y, m, d = _ymd(art)
    url = f"http://www.cqck.gov.cn/zwgk_{_n(rng, 3)}/fdzdgknr/hjbh/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    tab = lambda rows: ('<div align="center">' + _table(rows, 'class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="560" style="border-collapse:collapse"')
                        + '</div><p class="MsoNormal" style="line-height:28pt"><span style="font-size:12pt;font-family:仿宋_GB2312">注：数据来源于县城国控空气自动监测站，标准为《环境空气质量标准》（GB 3095-2012）。</span></p>')
    blocks = _blocks(art["body"], lambda t: f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-size:16pt;font-family:仿宋_GB2312">{t}</span></p>',
                     head=lambda t: f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><b><span style="font-size:16pt;font-family:黑体">&nbsp;&nbsp;{t}</span></b></p>',
                     table=tab)
    grid = (f'<table class="xxgk_table" width="100%"><tr><th>索引号：</th><td>11500229009{_n(rng, 6)}/{y}-0{_n(rng, 4)}</td><th>主题分类：</th><td>环境保护</td></tr>'
            f'<tr><th>发布机构：</th><td>城口县生态环境局</td><th>成文日期：</th><td>{y}-{m}-{int(d) - 2:02d}</td></tr>'
            f'<tr><th>标题：</th><td colspan="3">{esc(art["title"])}</td></tr>'
            f'<tr><th>发文字号：</th><td></td><th>发布日期：</th><td>{y}-{m}-{d}</td></tr></table>')
    tail = (f'<p class="MsoNormal" style="text-align:right;line-height:28pt"><span style="font-size:16pt;font-family:仿宋_GB2312">城口县生态环境局</span></p>'
            f'<p class="MsoNormal" style="text-align:right;line-height:28pt"><span style="font-size:16pt;font-family:仿宋_GB2312">{y}年{int(m)}月{int(d) - 2}日</span></p>'
            f'<p class="fj">附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.pdf">{y}年城口县生态环境状况公报（图解版）.pdf</a></p>')
    rel = _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>')
    body = (f'<div class="head"><div class="logo"><img src="/images/logo.png" alt="城口县人民政府"></div>'
            f'<div class="tools"><a>无障碍</a> | <a>长者模式</a> | <a>English</a></div></div>'
            f'<div class="nav"><ul><li>首页</li><li>走进城口</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>专题专栏</li></ul></div>'
            f'<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>法定主动公开内容</a> &gt; <a>环境保护</a></div>'
            f'<div class="zw-box">{grid}<div class="zw-title"><h1>{esc(art["title"])}</h1>'
            f'<div class="zw-info">发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;来源：县生态环境局&nbsp;&nbsp;&nbsp;&nbsp;字号：<a>大</a><a>中</a><a>小</a></div></div>'
            f'<div class="zw-con"><div class="TRS_Editor"><div class="Custom_UnionStyle">' + "".join(blocks) + tail + '</div></div></div>'
            f'<div class="xgjd"><h4>相关解读</h4><ul><li><a>一图读懂：{y}年城口县生态环境状况公报</a></li></ul></div>'
            f'<div class="zw-btn"><a>【打印】</a><a>【关闭】</a><span>扫一扫在手机打开当前页<img src="/images/qr.png"></span></div>'
            f'<div class="xgwz"><h4>相关信息</h4><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "重庆市城口县人民政府办公室", f"500229{_n(rng, 4)}"))
    head = (f'<title>{esc(art["title"])}_城口县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="县生态环境局">'
            f'<meta name="SiteName" content="重庆市城口县人民政府">')
    return head, body, url


def tt_rmh113(art, rng, others):
    """今日头条-like 区县 融媒号 article: a header with 下载头条APP, ``原创`` label, ``YYYY-MM-DD hh:mm·``
    and the account name, ``<article class="syl-article-base">`` text with a ``pgc-img`` photo and its
    caption inside (not body), p07 a video player before the text and bold ``记者：`` turns; a
    ``（来源：… 记者 … 通讯员 …）`` line, 举报, 免责声明, an author card with 关注, a 评论 section with
    dated comments and 赞 counts, 相关推荐 with comment counts (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    p06 = art["id"] == "p06"
    acct, org = ("忠州融媒", "忠县融媒体中心") if p06 else ("北碚融媒", "北碚区融媒体中心")
    url = f"https://www.toutiao.com/article/7{_n(rng, 18)}/"
    who = rng.sample(WHO, 4)

    def special(p):
        if p.startswith("记者："):
            return f'<p><strong>记者：{esc(p[3:])}</strong></p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p data-track="{rng.randint(1, 40)}">{x}</p>', special=special)
    cap = "图为新立镇柑橘基地，果农正在疏果。" if p06 else "图为改造后的老厂房，保留了锯齿形屋顶。"
    blocks.insert(3, f'<div class="pgc-img"><img src="https://p3-sign.toutiaoimg.com/tos-cn-i-{_n(rng, 6)}/{_wx_id(rng)}~tplv-tt-origin-web:gif.jpeg">'
                     f'<p class="pgc-img-caption">{cap}</p></div>')
    video = ("" if p06 else f'<div class="tt-video-box"><div class="xgplayer"><span class="xgplayer-time">00:00 / 0{rng.randint(1, 4)}:{rng.randint(10, 59)}</span>'
             f'<span>倍速</span><span>清晰度</span></div></div>')
    src = (f'<p>（来源：{org}　记者 {who[0]}　通讯员 {who[1]}）</p>')
    comments = "".join(f'<li class="comment-item"><div class="user">{u}</div><div class="text">{c}</div>'
                       f'<div class="meta"><span>{int(m)}月{int(d) + k}日</span><span>重庆</span><span>回复</span><span>赞 {rng.randint(1, 99)}</span></div></li>'
                       for k, (u, c) in enumerate(rng.sample([("山城小李", "家乡越来越好了，点赞！"), ("用户7721934", "周末带孩子去看看。"),
                                                                ("江边的风", "希望多报道这样的好事。"), ("老重庆", "想起了小时候。"),
                                                                ("果香四溢", "技术员辛苦了！")], 3)))
    recs = _rel(rng, others, 4, lambda tt, dd: f'<div class="feed-card"><a>{tt}</a><div class="feed-meta">{rng.choice(["重庆日报", "上游新闻", "华龙网"])} {rng.randint(10, 900)}评论</div></div>')
    body = (f'<div class="toutiao-header"><div class="logo"><img src="//lf3-static.bytednsdoc.com/obj/logo.png" alt="今日头条"></div>'
            f'<div class="nav-right"><a>下载头条APP</a> <a>添加到桌面</a> <a>登录</a></div></div>'
            f'<div class="main-content"><div class="left-sidebar"><div class="detail-interaction"><span>{rng.randint(5, 90)}</span><span>评论</span><span>收藏</span><span>分享</span></div></div>'
            f'<div class="article-content"><h1>{esc(art["title"])}</h1>'
            f'<div class="article-meta"><span class="original-tag">原创</span><span>{y}-{m}-{d} {t}</span><span>·</span>'
            f'<span class="name"><a>{acct}</a></span></div>{video}'
            f'<article class="syl-article-base tt-article-content syl-page-article syl-device-pc">' + "".join(blocks) + src + '</article>'
            f'<div class="report"><a>举报/反馈</a></div>'
            f'<div class="disclaimer">免责声明：本文内容由作者发布，不代表平台立场。</div>'
            f'<div class="comment-wrapper"><h3>评论 {rng.randint(10, 60)}</h3><div class="comment-input">写评论...</div><ul>{comments}</ul>'
            f'<a class="more">查看全部评论</a></div></div>'
            f'<div class="right-sidebar"><div class="author-info"><a class="name">{acct}</a><p>{org}官方账号</p><span>{rng.randint(2, 90)}万粉丝</span>'
            f'<button>关注</button></div><div class="related"><h3>相关推荐</h3>{recs}</div></div></div>'
            f'<div class="footer">&copy; {y} 今日头条 www.toutiao.com　网络文化经营许可证　跟帖评论自律管理承诺书</div>')
    head = (f'<title>{esc(art["title"])} - 今日头条</title><meta name="description" content="{esc(art["body"][0][:60])}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(art["title"])}">')
    return head, body, url


def xf_yhbg113(art, rng, others):
    """区 消防救援支队 portal: p08 (GBK) a 火灾隐患曝光 page on an old table layout, one info ``<td>``
    (``发布时间：YYYY/MM/DD hh:mm:ss``, 文章来源, 点击数 ``<script>``, 【字体】) with ``&nbsp;`` runs,
    ``<font>`` text with ``　　`` and ``1.``…``5.`` unit items (body), a 举报投诉 box in the side column;
    p09 a modern page with no visible publication date (an ``更新时间`` the day after; meta ``publishdate``
    and the URL only), bold ``突出…，…。`` heads, a photo + caption in the text, 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    col = "bgt" if p08 else "xfdt"
    url = f"http://www.cqjjxf.cn/{col}/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.html"
    who = rng.sample(WHO, 3)
    if p08:
        text = "".join(f'<p>　　{esc(p)}</p>' for p in art["body"])
        side = ('<table width="100%" class="side"><tr><td class="stit">举报投诉</td></tr>'
                '<tr><td>火灾隐患举报投诉电话：96119<br>受理时间：24小时</td></tr>'
                '<tr><td class="stit">曝光台</td></tr>'
                + "".join(f'<tr><td>·<a>{esc(tt[:16])}</a></td></tr>' for tt, _ in rng.sample(others, 3)) + '</table>')
        body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/xf_banner.jpg" width="1000" height="160"></td></tr>'
                f'<tr><td class="menu"><a>首页</a> | <a>队伍建设</a> | <a>防火监督</a> | <a>灭火救援</a> | <a>曝光台</a> | <a>消防宣传</a> | <a>便民服务</a></td></tr></table>'
                f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                f'<td width="240" valign="top">{side}</td><td width="10"></td><td valign="top">'
                f'<table width="100%"><tr><td class="wz">您现在的位置：<a>首页</a> &gt;&gt; <a>曝光台</a> &gt;&gt; 正文</td></tr>'
                f'<tr><td class="title" align="center"><font size="4" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td class="info" align="center">发布时间：{y}/{int(m)}/{int(d)} {_hms(rng)}&nbsp;&nbsp;&nbsp;文章来源：防火监督科&nbsp;&nbsp;&nbsp;'
                f'点击数：<script>document.write("{_n(rng, 4)}")</script>&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="zw"><font size="3" face="宋体">{text}</font></td></tr>'
                f'<tr><td align="right">【<a>打印此页</a>】【<a>关闭窗口</a>】</td></tr></table></td></tr></table>'
                f'<table width="1000" align="center"><tr><td class="foot" align="center">重庆市江津区消防救援支队 版权所有　地址：江津区几江街道鼎山大道{rng.randint(100, 999)}号<br>'
                f'渝ICP备{_n(rng, 8)}号　建议使用IE8.0以上浏览器</td></tr></table>')
    else:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>',
                         head=lambda t: f'<p style="text-indent:2em"><strong>{t}</strong></p>')
        blocks.insert(2, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg"></p>'
                         f'<p style="text-align:center"><span style="font-family:楷体">图为检查人员在商场测试消防设施。（江津消防供图）</span></p>')
        upd = f"{y}-{m}-{int(d) + 1:02d} {_hm(rng)}"
        rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><em>{dd}</em></li>')
        body = (f'<div class="header"><img src="/images/logo_xf.png" alt="江津区消防救援支队"><div class="hotline">火警电话：119　举报投诉：96119</div></div>'
                f'<div class="navbar"><a>首页</a><a>消防动态</a><a>防火监督</a><a>曝光台</a><a>消防科普</a><a>政务公开</a></div>'
                f'<div class="location">您的位置：首页 &gt; 消防动态</div>'
                f'<div class="con"><div class="con-tit">{esc(art["title"])}</div>'
                f'<div class="con-sub"><span>来源：江津消防</span><span>作者：{who[0]}</span><span>更新时间：{upd}</span>'
                f'<span>阅读：<i id="hits">{_n(rng, 3)}</i></span></div>'
                f'<div class="zw">' + "".join(blocks) + '</div>'
                f'<div class="con-edit">编辑：{who[1]}　审核：{who[2]}</div>'
                f'<div class="con-share">分享到：<a>微信</a><a>微博</a></div>'
                f'<div class="con-page"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[1][0])}</a></p></div></div>'
                f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div>'
                f'<div class="footer"><p>主办：重庆市江津区消防救援支队　渝ICP备{_n(rng, 8)}号-2</p></div>')
    head = (f'<title>{esc(art["title"])}-江津区消防救援支队</title>'
            + ("" if p08 else f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="author" content="江津消防">'))
    return head, body, url


def xx_mp_yx113(art, rng, others):
    """学校 公众号 研学旅行 post: a ``publish_time`` ``YYYY年MM月DD日 hh:mm``, an 编者按 box at the top of
    the text, ``第X站：`` bar heads, student quotes, a centred slogan (body); ``▲`` photo captions, a
    文字/图片/编辑/审核 block, 往期回顾, 阅读原文 (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 4)

    def head(x):
        return (f'<section style="text-align:center;margin:20px 0 10px"><section style="display:inline-block;background:#1e6fd9;'
                f'border-radius:4px;padding:4px 14px"><strong><span style="color:#fff">{x}</span></strong></section></section>')

    def special(p):
        if p.endswith("！") and len(p) < 12:
            return f'<p style="text-align:center"><strong><span style="color:#1e6fd9;font-size:18px">{esc(p)}</span></strong></p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{x}</span></p>',
                     head=head, special=special)
    for pos, cap in ((7, "▲同学们在石林中测量石柱高度"), (4, "▲讲解员介绍喀斯特地貌")):
        blocks.insert(pos, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640" class="rich_pages wxw-img"></p>'
                           f'<p style="text-align:center"><span style="font-size:12px;color:#888">{cap}</span></p>')
    note = ('<section style="border:1px solid #1e6fd9;padding:10px;margin-bottom:16px;background:#f3f8ff"><p><span style="font-size:14px;color:#555">'
            '编者按：研学旅行是课堂教学的延伸。走出校园，把课本上的知识放到山水之间，同学们收获的不只是知识。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">文字：{who[0]}　图片：{who[1]}</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[2]}　审核：{who[3]}</span></p>'
            f'<section><p><strong>往期回顾</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px">◆ {tt}</span></p>') + '</section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">綦江中学</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">重庆市綦江中学</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{note}' + "".join(blocks) + tail + '</div>'
            + _wx_tool(rng) + '</div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "重庆市綦江中学";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}">')
    return head, body, url


def qb_llb113(art, rng, others):
    """区报 e-paper 理论版 (第03版): masthead ``YYYY年M月D日　星期X`` (the only visible date; the URL
    agrees), 版次 bar with 上一版/下一版/PDF, 本版标题 list; p11 (GBK) an 编者按 box and an ``□ 作者``
    line before the text, ``<br>``-separated ``&nbsp;`` paragraphs in one ``<div id="ozoom">`` with
    ``<b>`` ``一、`` heads, a ``（作者单位：…）`` line after it; p12 a phone view with an 作者/作者单位 line
    on top; 责任编辑, 上一篇/下一篇, copyright (not body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://szb.ddkrmt.com/html/{y}-{m}/{d}/content_{_n(rng, 5)}_{_n(rng, 7)}.htm"
    who = rng.sample(WHO, 3)
    same = "".join(f'<li><a>{esc(x)}</a></li>' for x in ["以钉钉子精神抓好基层减负工作", "在为民服务中践行初心", "理论学习要在“深”“实”上下功夫"])
    if p11:
        parts = []
        for p in art["body"]:
            parts.append(f"<b>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</b><br><br>" if _head(p) else f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}<br><br>")
        art_html = (f'<div class="bza"><b>编者按：</b>整治形式主义为基层减负，关键在落实。本版刊发两篇学习体会，与读者共同交流。</div>'
                    f'<h1>{esc(art["title"])}</h1><div class="zz">□ 中共大渡口区委党校　{who[0]}</div>'
                    f'<div id="ozoom"><founder-content>{"".join(parts)}</founder-content></div>'
                    f'<div class="zzdw">（作者单位：中共大渡口区委党校）</div>')
        body = (f'<div class="paper-head"><img src="../../../images/bt.gif" alt="大渡口报"><span class="rq">{y}年{int(m)}月{int(d)}日　{_week(art)}</span>'
                f'<a>往期回顾</a> <a>数字报首页</a></div>'
                f'<table width="1000" align="center"><tr><td width="360" valign="top">'
                f'<div class="bc">第03版：理论　<a>上一版</a>　<a>下一版</a>　<a href="../../../page/{y}-{m}/{d}/03/{_n(rng, 8)}.pdf">PDF下载</a></div>'
                f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/03/{y}{m}{d}03_b.jpg" width="340"></div>'
                f'<div class="bmlist"><h4>本版标题</h4><ul>{same}</ul></div>'
                f'<div class="bmnav"><a>01：要闻</a> <a>02：综合</a> <a>03：理论</a> <a>04：副刊</a></div></td>'
                f'<td valign="top"><div class="article">{art_html}'
                f'<div class="bj">责任编辑：{who[1]}　校对：{who[2]}</div><div class="sx"><a>上一篇</a>　<a>下一篇</a></div></div></td></tr></table>'
                f'<div class="copyright">大渡口报社 版权所有　未经书面授权，不得转载、摘编　渝ICP备{_n(rng, 8)}号</div>')
        head = '<title>大渡口报-第03版：理论</title><meta name="keywords" content="大渡口报,数字报">'
    else:
        text = "".join(f'<p>　　{esc(p)}</p>' for p in art["body"])
        body = (f'<div class="m-top"><a class="back">返回</a><span>大渡口报</span><a>版面</a></div>'
                f'<div class="m-bc">{y}-{m}-{d}　第03版：理论</div>'
                f'<div class="m-article"><h2>{esc(art["title"])}</h2>'
                f'<div class="m-zz">作者：{who[0]}（作者单位：大渡口区跃进村街道胜利社区）</div>'
                f'<div class="m-con">{text}</div>'
                f'<div class="m-bj">责任编辑：{who[1]}</div></div>'
                f'<div class="m-list"><h4>本版其他文章</h4><ul>{same}</ul></div>'
                f'<div class="m-foot">大渡口报社 版权所有　未经授权禁止转载</div>')
        head = (f'<title>在为民服务中践行初心-大渡口报</title><meta name="viewport" content="width=device-width,initial-scale=1">')
    return head, body, url


TEMPLATES = {"kx_kjgzzr113": kx_kjgzzr113, "gj_mp_xltz113": gj_mp_xltz113, "xzf_hjgb113": xzf_hjgb113,
             "tt_rmh113": tt_rmh113, "xf_yhbg113": xf_yhbg113, "xx_mp_yx113": xx_mp_yx113, "qb_llb113": qb_llb113}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages113", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
