"""Build the thirty-sixth saved-page set (``pages36``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier
set used, each chosen to be hard for an extractor: a 区 交通局 施工/路况 通告 with 绕行 items and a
signature (``jtj_shigong_tonggao``), a 省级 党报 评论 column page with an 往期评论 list
(``dangbao_pinglun_wangqi``), a 街道 公众号 社区活动 post with 报名 items and 活动回顾 photos
(``jiedao_mp_huodong``), a 县 统战部 民族团结 story with a 知识 box (``tzb_minzu_tuanjie``), a
市/区 人大 立法 news page with 条文 quotes and 时间/地点 items (``rd_lifa_tiaowen``), an e-paper 副刊
page with a prose piece or a poem and an 作者简介 (``epaper_fukan_shige``) and a 区 税务局 公众号
政策问答 post (``swj_mp_zcwd``). Besides ``T``/``B``/``F`` lines, ``articles.txt`` holds
layout-only lines read by :func:`extras`. See README.md.

    python tests/data/web/pages36/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402
from pageset import hm as _hm, hms as _hms, digits as _n, epoch as _epoch, weekday as _week, ymd as _ymd  # noqa: E402

LISTS = "XSJERKP"


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: captions ``C`` ``{n: [text]}``,
    the box anchor ``A`` (an int, None when absent), table rows ``W`` (paragraph indices) and the
    text lists of :data:`LISTS` (box, signature, attachment, editor's note, credit, kicker,
    profile)."""
    out, cur = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            cur = out.setdefault(line.split()[1], {"C": {}, "A": None, "W": [], **{k: [] for k in LISTS}})
        elif line.startswith("C "):
            n, text = line[2:].split(" ", 1)
            cur["C"].setdefault(int(n), []).append(text)
        elif line.startswith("A "):
            cur["A"] = int(line[2:])
        elif line.startswith("W "):
            cur["W"] = [int(x) for x in line[2:].split()]
        elif line[:2] in tuple(f"{k} " for k in LISTS):
            cur[line[0]].append(line[2:])
    return out


EXTRAS = extras(HERE / "articles.txt")


def _is_head(p: str) -> bool:
    """A subheading: short, no sentence end (一、管制时间, 活动回顾, 老码头)."""
    return len(p) <= 16 and not p.endswith(("。", "？", "！", "；", "：", "）", "”", "，"))


def _rel(rng, others, k, fmt="{t}<span>{d}</span>") -> str:
    return "".join(f'<li><a href="#" target="_blank">{fmt.format(t=esc(t), d=d)}</a></li>' for t, d in rng.sample(others, k))


def _paras(art, one, photo=None, box="") -> str:
    """``one(i, p)`` per paragraph that is not a table row, table rows (``W``) as one bordered
    ``<table>`` where they start, ``photo(captions)`` after paragraph n for its ``C n`` lines,
    ``box`` after paragraph ``A``."""
    ex = EXTRAS[art["id"]]
    out, rows = [], []
    for i, p in enumerate(art["body"]):
        if i in ex["W"]:
            rows.append(p)
            if i + 1 not in ex["W"]:
                out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;margin:0 auto">'
                           + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r.split(" ", 2)) + "</tr>" for r in rows)
                           + "</table>")
                rows = []
        else:
            out.append(one(i, p))
        if photo and i in ex["C"]:
            out.append(photo(ex["C"][i]))
        if box and ex["A"] == i:
            out.append(box)
    return "".join(out)


def _gov_footer(rng, org, host, prov="渝") -> str:
    return (f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a></p>'
            f'<p>主办单位：{org}　承办单位：{org}办公室　联系电话：023-{_n(rng, 8)}</p>'
            f'<p>{prov}ICP备{_n(rng, 8)}号-1　<img src="/images/gaba.png">{prov}公网安备 {_n(rng, 14)}号　网站标识码：50011{_n(rng, 5)}</p>'
            f'<p><img src="/images/jiucuo.png" alt="政府网站找错">　<img src="/images/dzjg.png" alt="党政机关"></p></div>')


def _wechat(art, rng, acct, content, *, orig=False, t=None, date_shape="{y}-{m}-{d} {t}", ip="重庆") -> tuple[str, str]:
    """WeChat's shell around ``content``: title, account, ``publish_time`` in ``date_shape``,
    tool row, QR, comments and the ``var ct`` stamp; gives ``(body, url)``."""
    y, m, d = _ymd(art)
    t = t or _hm(rng)
    tag = '<span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>' if orig else ""
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKLMNabcdefghijkmnpqrstuvwxyz0123456789_-') for _ in range(22))}"
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title " id="activity-name">\n              {esc(art["title"])}\n            </h1>'
            f'<div id="meta_content" class="rich_media_meta_list">{tag}'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">\n                {esc(acct)}\n              </a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{date_shape.format(y=y, m=m, d=d, t=t)}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta_area">发表于{ip}</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">{content}</div>'
            f'<div id="js_tags_preview_toast" class="article-tag__error-tips">已无更多数据</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source" href="#">阅读原文</a>'
            f'<div class="media_tool_meta">阅读 <span id="readNum3">{rng.randint(400, 9000)}</span></div>'
            f'<span class="like_btn">赞 {rng.randint(3, 120)}</span><span class="share_btn">分享</span>'
            f'<span class="like_btn">在看 {rng.randint(1, 40)}</span><span>写留言</span></div>'
            f'<div class="qr_code_pc"><img class="qr_code_pc_img" src="/mp/qrcode?scene=10000004&amp;size=102"><p>微信扫一扫<br>关注该公众号</p></div>'
            f'</div></div></div><script>var ct = "{_epoch(art, t)}"; var nickname = "{acct}"; var msg_title = "{esc(art["title"])}";</script>')
    return body, url


# ---------------------------------------------------------------------------------------------
# 1. 交通局 施工通告 / 路况提示


def jtj_shigong_tonggao(art, rng, others):
    """w01: a 交通运输委员会 通告 on an old table-layout portal in GBK, with a 信息公开 metadata
    grid (索引号 … 生成日期, not body), bold 一、… heads, （一）… 绕行 items, a two-body signature
    and date and an 附件 link. w02: a 交通局 路况提示 news page on a modern district portal,
    adjacent 发布时间/更新时间/来源 spans with no whitespace, a numbered list of roads, a photo
    with caption inside the text and a 温馨提示 box after it."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    if art["id"] == "w01":
        def one(i, p):
            if _is_head(p) and p[1:2] == "、":
                return f'<p style="text-indent:2em"><strong><font face="黑体">{esc(p)}</font></strong></p>'
            return f'<p style="text-indent:2em"><font face="仿宋_GB2312">{esc(p)}</font></p>'
        sig = "".join(f'<p style="text-align:right"><font face="仿宋_GB2312">{esc(s)}</font></p>' for s in ex["S"])
        att = "".join(f'<p><a href="/u/cms/www/{y}{m}/{_n(rng, 10)}.jpg">{esc(a)}</a></p>' for a in ex["J"])
        grid = ('<table class="xxgk" width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#cccccc">'
                f'<tr><td width="14%">索 引 号：</td><td width="36%">11500108MB{_n(rng, 7)}/{y}-000{_n(rng, 2)}</td><td width="14%">发布机构：</td><td>南岸区交通运输委员会</td></tr>'
                f'<tr><td>生成日期：</td><td>{y}-{m}-{int(d) - 1:02d}</td><td>主题分类：</td><td>交通运输</td></tr>'
                f'<tr><td>文　　号：</td><td>南岸交通通〔{y}〕{_n(rng, 1)}号</td><td>有 效 性：</td><td>有效</td></tr></table>')
        url = f"http://www.cqna.gov.cn/bm/qjtw/zwgk_{_n(rng, 5)}/fdzdgknr/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        body = (f'<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/jtw_banner.jpg" width="1002" height="150"></td></tr>'
                f'<tr><td class="menu" height="36">&nbsp;<a>首页</a>&nbsp;|&nbsp;<a>机构概况</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>通知公告</a>&nbsp;|&nbsp;<a>交通建设</a>&nbsp;|&nbsp;<a>路况信息</a>&nbsp;|&nbsp;<a>互动交流</a></td></tr></table>'
                f'<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                f'<td width="220" valign="top" bgcolor="#f3f7fb"><div class="lm">通知公告</div><ul class="left"><li><a>通知公告</a></li><li><a>路况信息</a></li><li><a>施工公告</a></li></ul>'
                f'<div class="lbox"><b>便民服务</b><br>交通服务热线：12328<br>市民热线：12345</div></td>'
                f'<td width="782" valign="top"><table width="96%" align="center"><tr><td class="dqwz">当前位置：<a>首页</a>&nbsp;&gt;&gt;&nbsp;<a>政务公开</a>&nbsp;&gt;&gt;&nbsp;<a>通知公告</a></td></tr>'
                f'<tr><td>{grid}</td></tr>'
                f'<tr><td align="center" height="60"><font size="4" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="xx">发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;信息来源：区交通运输委&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<script>document.write("{_n(rng, 4)}");</script>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td><div class="TRS_Editor" style="font-size:16px;line-height:32px">{_paras(art, one)}{sig}</div>{att}</td></tr>'
                f'<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
                f'<tr><td class="xgxx"><b>相关信息：</b><ul>{_rel(rng, others, 4, "{t}（{d}）")}</ul></td></tr></table></td></tr></table>'
                f'<table width="1002" align="center" bgcolor="#1e5aa8"><tr><td align="center"><font color="#ffffff">主办：重庆市南岸区交通运输委员会　地址：南岸区南坪某某路　电话：023-{_n(rng, 8)}<br>'
                f'渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号　网站标识码：5001080{_n(rng, 3)}</font></td></tr></table>')
        head = (f'<title>{esc(art["title"])}-重庆市南岸区交通运输委员会</title>'
                f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
                f'<meta name="ContentSource" content="区交通运输委"><meta name="ColumnName" content="通知公告">')
    else:
        one = (lambda i, p: f'<p style="text-indent:2em">{esc(p)}</p>')
        photo = (lambda cs: "".join(f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" oldsrc="W0{_n(rng, 9)}.jpg"></p>'
                                    f'<p style="text-align:center">{esc(c)}</p>' for c in cs))
        tip = ('<div class="wxts" style="border:1px solid #f0a020;background:#fffaf0;padding:10px 16px;margin-top:16px">'
               f'<h4>{esc(ex["X"][0])}</h4>' + "".join(f"<p>{esc(x)}</p>" for x in ex["X"][1:]) + "</div>")
        t = _hm(rng)
        url = f"http://www.cqjlp.gov.cn/bm/qjtj/zwxx_{_n(rng, 5)}/dt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        body = (f'<div class="top-bar"><div class="w1200"><span>欢迎访问重庆市九龙坡区人民政府网</span><a>无障碍</a><a>长者模式</a><a>English</a></div></div>'
                f'<div class="header"><img src="/images/logo.png" alt="九龙坡区人民政府"><div class="search"><input placeholder="请输入关键词"><button>搜索</button></div></div>'
                f'<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>走进九龙坡</a></div>'
                f'<div class="w1200 xl"><div class="crumb"><a>首页</a> &gt; <a>部门</a> &gt; <a>区交通局</a> &gt; <a>工作动态</a></div>'
                f'<div class="xl_con"><h2 class="xl_tit">{esc(art["title"])}</h2>'
                f'<div class="xl_info"><span>发布时间：{y}-{m}-{d} {t}</span><span>更新时间：{y}-{m}-{int(d) + 1:02d} 09:00</span>'
                f'<span>来源：区交通局</span><span class="zh">字号：<a>大</a><a>中</a><a>小</a></span></div>'
                f'<div class="view TRS_UEDITOR trs_paper_default trs_web">{_paras(art, one, photo)}</div>{tip}'
                f'<div class="xl_tools"><a>打印</a><a>关闭</a><span>分享到：</span><a class="wx"></a><a class="wb"></a></div>'
                f'<div class="xl_page"><p>上一篇：<a>{esc(others[2][0])}</a></p><p>下一篇：<a>{esc(others[3][0])}</a></p></div></div>'
                f'<div class="xgzx"><h3>相关资讯</h3><ul>{_rel(rng, others, 5)}</ul></div>'
                f'<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div></div>'
                + _gov_footer(rng, "重庆市九龙坡区人民政府办公室", "cqjlp"))
        head = (f'<title>{esc(art["title"])}_重庆市九龙坡区人民政府</title>'
                f'<meta name="SiteName" content="重庆市九龙坡区人民政府"><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ContentSource" content="区交通局">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 2. 党报 评论 column


def dangbao_pinglun_wangqi(art, rng, others):
    """w03: a provincial Party paper's site, 评论 column banner, `yyyy-mm-dd hh:mm 来源 作者` line,
    the 评论员 line ABOVE the text, one-sentence paragraphs between long ones, 责编, share, a
    往期评论 list with dates and a 评论排行. w04: NO visible date (a ``publishdate`` meta and the
    URL's date), a 湘论 column label over the title, the text as ``<br>`` lines in one div, an
    版权声明 and an 往期回顾 list whose dates are other days."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    wangqi = "".join(f'<li><span class="dt">{dd}</span><a href="#">{esc(t)}</a></li>' for t, dd in rng.sample(others, 8))
    if art["id"] == "w03":
        url = f"https://www.scdaily.cn/pinglun/{y}{m}{d}/{_n(rng, 8)}.html"
        body = (f'<div class="topbar">四川日报全媒体　<a>川观新闻</a>　<a>四川在线</a>　<a>登录</a></div>'
                f'<div class="header"><img src="/img/scrb_logo.png" alt="四川日报网"><ul class="nav"><li>首页</li><li>时政</li><li>经济</li><li>评论</li><li>区域</li><li>视频</li><li>电子版</li></ul></div>'
                f'<div class="column-banner"><img src="/img/chuanguan_pl.png" alt="川观评论"><span>有态度 有温度 有深度</span></div>'
                f'<div class="main clearfix"><div class="main-left"><div class="pos">首页 &gt; 评论 &gt; 正文</div>'
                f'<h1 class="article-title">{esc(art["title"])}</h1>'
                f'<div class="article-info">{y}-{m}-{d} {_hm(rng)}&nbsp;&nbsp;来源：四川日报&nbsp;&nbsp;<span class="cmt-num">评论 {rng.randint(0, 30)}</span></div>'
                f'<div class="article-content"><p class="author" style="text-align:center;font-family:楷体">{esc(ex["R"][0])}</p>'
                + "".join(f"<p>　　{esc(p)}</p>" for p in art["body"])
                + f'</div><div class="zebian">责编：{rng.choice(REPORTERS)}　值班编委：{rng.choice(REPORTERS)}</div>'
                f'<div class="share-bar">分享到：<a>微信</a><a>微博</a><a>QQ空间</a><a>复制链接</a></div>'
                f'<div class="wangqi"><h3>往期评论</h3><ul>{wangqi}</ul><a class="more">更多&gt;&gt;</a></div></div>'
                f'<div class="main-right"><h3>评论排行</h3><ol>{"".join(f"<li>{esc(t)}</li>" for t, _ in rng.sample(others, 6))}</ol>'
                f'<div class="ad"><img src="/img/ad_epaper.jpg" alt="四川日报电子版"></div></div></div>'
                f'<div class="footer">四川日报社版权所有　未经书面授权禁止使用<br>互联网新闻信息服务许可证：51120{_n(rng, 6)}　蜀ICP备{_n(rng, 8)}号　川公网安备 {_n(rng, 14)}号</div>')
        head = (f'<title>{esc(art["title"])}_评论_四川日报网</title><meta name="keywords" content="基层治理,评论">'
                f'<meta name="description" content="{esc(art["body"][0])}">')
    else:
        lines = "".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}<br><br>" for p in art["body"])
        url = f"https://hunan.voc.com.cn/xhn/pinglun/{y}/{m}/{d}/{_n(rng, 8)}.html"
        body = (f'<div class="voc-top"><a>华声在线</a><a>湖南日报</a><a>新湖南</a><a>三湘都市报</a></div>'
                f'<div class="voc-nav"><a>首页</a><a>湖南</a><a>时政</a><a>湘论</a><a>经济</a><a>文化</a><a>图片</a></div>'
                f'<div class="voc-main"><div class="voc-left"><div class="lanmu"><span class="tag">湘论</span></div>'
                f'<h1>{esc(art["title"])}</h1>'
                f'<div class="laiyuan">来源：湖南日报　作者：本报评论员　<span>编辑：{rng.choice(REPORTERS)}</span></div>'
                f'<div id="content" class="bt_content">{lines}</div>'
                f'<div class="copyright">[版权声明] 凡注明来源为“湖南日报”“华声在线”的所有作品，版权均属湖南日报社，未经授权不得转载、摘编或以其他方式使用。</div>'
                f'<div class="share"><span>分享到：</span><a>微信</a><a>微博</a></div>'
                f'<div class="wqhg"><h3>往期回顾</h3><ul>{wangqi}</ul></div></div>'
                f'<div class="voc-right"><h3>热门文章</h3><ul>{_rel(rng, others, 6, "{t}")}</ul></div></div>'
                f'<div class="voc-foot">华声在线股份有限公司 版权所有　湘ICP备{_n(rng, 8)}号<br>违法和不良信息举报电话：0731-{_n(rng, 8)}</div>')
        head = (f'<title>{esc(art["title"])}-湘论-华声在线</title>'
                f'<meta name="publishdate" content="{y}-{m}-{d} {_hms(rng)}"><meta name="source" content="湖南日报">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 3. 街道 公众号 社区活动


def jiedao_mp_huodong(art, rng, others):
    """A 街道 account's post: w05 a 报名 notice with coloured 一、… head bars, one-line 课程 and
    报名 items, a 活动回顾 head and photos with ▲ captions, a 扫码报名 QR and an 往期推荐 list;
    w06 an event report with a credit line ABOVE the text, 时间/地点/内容 items and captions."""
    ex = EXTRAS[art["id"]]
    span = 'style="font-size:15px;color:#333333;letter-spacing:1px;line-height:1.8em"'

    def one(i, p):
        if _is_head(p) and (p[1:2] == "、" or p == "活动回顾"):
            return (f'<section style="margin:20px 0 10px;text-align:center"><section style="display:inline-block;background:#ff8c1a;border-radius:14px;padding:4px 16px">'
                    f'<span style="color:#ffffff;font-size:16px"><strong>{esc(p)}</strong></span></section></section>')
        if p.startswith(("时间：", "地点：", "内容：")):
            k, v = p.split("：", 1)
            return f'<p><span {span}><strong><span style="color:#ff8c1a">{esc(k)}：</span></strong>{esc(v)}</span></p>'
        if len(p) <= 12 or p[:2] in ("1.", "2.", "3."):
            return f'<p style="text-align:left"><span {span}>{esc(p)}</span></p>'
        return f'<p style="text-indent:2em"><span {span}>{esc(p)}</span></p><p><br></p>'
    photo = (lambda cs: "".join(f'<section style="text-align:center"><img class="rich_pages wxw-img" data-ratio="0.75" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 12)}/640?wx_fmt=jpeg" style="width:100%"></section>'
                                f'<p style="text-align:center"><span style="font-size:12px;color:#888888">{esc(c)}</span></p>' for c in cs))
    if art["id"] == "w05":
        tail = (f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_n(rng, 10)}/640?wx_fmt=png" style="width:40%"></section>'
                '<p style="text-align:center"><span style="font-size:13px;color:#ff8c1a">扫码报名</span></p>'
                '<p><span style="font-size:12px;color:#999">来源：双凤桥街道新时代文明实践所<br>编辑：李娜　审核：陈刚</span></p>'
                '<section style="margin-top:18px"><p><strong>往期推荐</strong></p>'
                + "".join(f'<p><a href="#"><span style="font-size:14px">{esc(t)}</span></a></p>' for t, _ in rng.sample(others, 3)) + '</section>')
        content = ('<section style="text-align:center"><span style="font-size:12px;color:#ff8c1a">点击蓝字　关注我们</span></section>'
                   + _paras(art, one, photo) + tail)
        body, url = _wechat(art, rng, "渝北双凤桥", content, orig=True)
    else:
        credit = f'<p><span style="font-size:13px;color:#7f7f7f">{esc(ex["R"][0])}</span></p><p><br></p>'
        content = (credit + _paras(art, one, photo)
                   + '<section style="text-align:center;margin-top:24px"><span style="font-size:12px;color:#b2b2b2">— END —</span></section>'
                   + f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_n(rng, 10)}/640?wx_fmt=gif"></section>'
                   + '<p style="text-align:center"><span style="font-size:12px">分享 · 点赞 · 在看</span></p>')
        body, url = _wechat(art, rng, "南川东城", content, date_shape="{y}年{m}月{d}日 {t}")
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:type" content="article"><meta property="og:description" content="{esc(art["body"][1][:50])}">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 4. 统战部 民族团结


def tzb_minzu_tuanjie(art, rng, others):
    """w07: a 县委统战部 site in GBK, `发布时间：yyyy年mm月dd日` line, a photo with caption and a
    bordered 知识链接 table in the MIDDLE of the text. w08: a 区县 统战 site's 石榴籽故事 page, a
    kicker, `yyyy/m/d hh:mm:ss`, a grey 编者按 box above the text, bold 记者： questions, a bold
    坚持… line and a 小知识 box after the text."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    if art["id"] == "w07":
        one = (lambda i, p: f"<p>　　{esc(p)}</p>")
        photo = (lambda cs: "".join(f'<p align="center"><img src="/uploadfile/{y}/{m}{d}/{_n(rng, 14)}.jpg" width="600"></p>'
                                    f'<p align="center"><font face="楷体" size="2">{esc(c)}</font></p>' for c in cs))
        box = ('<table width="92%" align="center" cellpadding="8" style="border:2px solid #c81e1e;background:#fff7ef"><tr><td>'
               f'<p align="center"><font color="#c81e1e"><b>{esc(ex["X"][0])}</b></font></p>'
               + "".join(f'<p><font size="2">{esc(x)}</font></p>' for x in ex["X"][1:]) + '</td></tr></table>')
        url = f"http://www.xstzb.gov.cn/html/mztj/{y}{m}/{d}{_n(rng, 5)}.html"
        body = (f'<div id="top"><img src="/templets/img/tzb_top.jpg" alt="中共秀山县委统战部"><div class="rq">今天是：<script>document.write(showDate())</script></div></div>'
                f'<div id="nav"><a>首页</a><a>统战要闻</a><a>民族宗教</a><a>党外干部</a><a>同心工程</a><a>理论学习</a><a>统战知识</a></div>'
                f'<div id="main"><div class="place">您现在的位置：<a>首页</a> &gt; <a>民族宗教</a> &gt; 正文</div>'
                f'<div class="viewbox"><div class="title"><h2>{esc(art["title"])}</h2></div>'
                f'<div class="info"><small>发布时间：</small>{y}年{m}月{d}日<small>来源：</small>县委统战部<small>点击：</small><script src="/plus/count.php?aid={_n(rng, 4)}"></script>次'
                f'　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<div class="content">{_paras(art, one, photo, box)}</div>'
                f'<div class="context"><ul><li>上一篇：<a>{esc(others[0][0])}</a></li><li>下一篇：<a>{esc(others[1][0])}</a></li></ul></div>'
                f'<div class="actbox"><a>收藏</a> <a>打印</a> <a>关闭</a></div></div>'
                f'<div class="sidebar"><dl><dt>统战要闻</dt>{"".join(f"<dd>{esc(t[:18])}</dd>" for t, _ in rng.sample(others, 6))}</dl></div></div>'
                f'<div id="footer">中共秀山土家族苗族自治县委员会统一战线工作部 版权所有<br>地址：秀山县中和街道某某路　渝ICP备{_n(rng, 8)}号</div>')
        head = (f'<title>{esc(art["title"])}_中共秀山县委统战部</title><meta name="keywords" content="民族团结,秀山">'
                f'<meta name="description" content="{esc(art["body"][0][:60])}">')
    else:
        def one(i, p):
            if p.startswith("记者："):
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
            if p.startswith("坚持") and len(p) <= 24:
                return f'<p style="text-indent:2em"><strong><span style="color:#a50000">{esc(p)}</span></strong></p>'
            if "：" in p[:6]:
                k, v = p.split("：", 1)
                return f'<p style="text-indent:2em"><strong>{esc(k)}：</strong>{esc(v)}</p>'
            return f'<p style="text-indent:2em">{esc(p)}</p>'
        box = ('<div class="xzs" style="margin-top:18px;border-top:3px solid #a50000;background:#f9f1f1;padding:10px 14px">'
               f'<p class="xzs-t"><b>{esc(ex["X"][0])}</b></p>' + "".join(f"<p>{esc(x)}</p>" for x in ex["X"][1:]) + "</div>")
        url = f"http://www.pstzb.gov.cn/sliuzigs/{_n(rng, 6)}.jhtml"
        body = (f'<header><div class="logo"><img src="/r/cms/www/default/images/logo.png" alt="彭水统一战线"></div>'
                f'<nav><a>首页</a><a>工作动态</a><a>石榴籽故事</a><a>民族宗教</a><a>新的社会阶层</a><a>理论研究</a></nav></header>'
                f'<div class="container"><div class="location">当前位置：首页 » 石榴籽故事</div>'
                f'<div class="article_box"><div class="lanmu_tag">石榴籽故事</div><h1>{esc(art["title"])}</h1>'
                f'<div class="article_info"><span>{y}/{int(m)}/{int(d)} {_hms(rng)}</span>&nbsp;&nbsp;<span>来源：彭水县委统战部</span>&nbsp;&nbsp;<span>作者：石某某</span>&nbsp;&nbsp;<span>浏览：{_n(rng, 3)}</span></div>'
                f'<div class="bzan" style="background:#eeeeee;padding:10px;font-family:楷体;margin-bottom:14px">{esc(ex["E"][0])}</div>'
                f'<div class="article_con">{"".join(one(i, p) for i, p in enumerate(art["body"]))}</div>{box}'
                f'<div class="editor">（责任编辑：{rng.choice(REPORTERS)}）</div>'
                f'<div class="bdsharebuttonbox">分享到：<a class="bds_weixin"></a><a class="bds_tsina"></a><a class="bds_qzone"></a></div></div>'
                f'<div class="tjyd"><h4>推荐阅读</h4><ul>{_rel(rng, others, 4, "{t}　[{d}]")}</ul></div></div>'
                f'<footer><p>中共彭水苗族土家族自治县委统战部 主办</p><p>渝ICP备{_n(rng, 8)}号-2　渝公网安备 {_n(rng, 14)}号</p></footer>')
        head = f'<title>{esc(art["title"])} - 彭水统一战线</title><meta name="keywords" content="石榴籽,民族团结">'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 5. 人大 立法


def rd_lifa_tiaowen(art, rng, others):
    """w09: a 市人大 site's 立法动态 page, `日期：yyyy年mm月dd日 来源 作者` line, bold 一、… heads,
    paragraphs quoting 条文, bold 记者： questions and a named answerer, a 条例全文 link after the
    text and a 立法动态 list. w10: an old ASP 人大 CMS in GBK on table layout, the text as
    ``&nbsp;``-indented ``<font>`` lines joined by ``<br>`` in one cell, 时间/地点/参加人员 lines,
    `发布时间：yyyy-m-d` among 作者/来源/点击数, 上一篇/下一篇."""
    y, m, d = _ymd(art)
    if art["id"] == "w09":
        def one(i, p):
            if _is_head(p) and p[1:2] == "、":
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
            if p.startswith("记者："):
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
            if p.startswith("市人大城乡建设环境保护委员会负责人："):
                k, v = p.split("：", 1)
                return f'<p style="text-indent:2em"><strong>{esc(k)}：</strong>{esc(v)}</p>'
            return f'<p style="text-indent:2em">{esc(p)}</p>'
        url = f"https://www.ccpc.cq.cn/home/index/more/id/{_n(rng, 6)}.html"
        body = (f'<div class="rd-head"><img src="/static/images/rd_logo.png" alt="重庆人大"><div class="rd-search"><input type="text" value="站内搜索"></div></div>'
                f'<div class="rd-nav"><a>首页</a><a>要闻</a><a>立法工作</a><a>监督工作</a><a>代表工作</a><a>法规库</a><a>图说人大</a></div>'
                f'<div class="rd-main"><div class="rd-pos">当前位置：首页 &gt; 立法工作 &gt; 立法动态</div>'
                f'<div class="rd-article"><h1>{esc(art["title"])}</h1>'
                f'<div class="rd-info">日期：{y}年{m}月{d}日　来源：重庆日报　作者：记者 {rng.choice(REPORTERS)}　<a>【打印】</a></div>'
                f'<div class="rd-content">{"".join(one(i, p) for i, p in enumerate(art["body"]))}</div>'
                f'<div class="rd-fj"><a href="#">点击查看：《重庆市城市绿化条例》全文</a></div>'
                f'<div class="rd-bj">编辑：{rng.choice(REPORTERS)}</div></div>'
                f'<div class="rd-side"><h3>立法动态</h3><ul>{_rel(rng, others, 6, "{t}<em>{d}</em>")}</ul>'
                f'<h3>基层立法联系点</h3><p>意见征集：<a>《重庆市物业管理条例（修订草案）》</a></p></div></div>'
                f'<div class="rd-foot">重庆市人大常委会办公厅 主办　地址：重庆市渝北区某某路　渝ICP备{_n(rng, 8)}号</div>')
        head = (f'<title>{esc(art["title"])}--重庆人大</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    else:
        def one(i, p):
            if p.startswith(("时间：", "地点：", "参加人员：")):
                k, v = p.split("：", 1)
                return f'&nbsp;&nbsp;&nbsp;&nbsp;<font face="宋体"><b>{esc(k)}：</b>{esc(v)}</font><br>'
            return f'&nbsp;&nbsp;&nbsp;&nbsp;<font face="宋体">{esc(p)}</font><br><br>'
        url = f"http://www.dzrd.gov.cn/ShowArticle.asp?ArticleID={_n(rng, 4)}"
        body = (f'<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="120" background="images/rd_top.jpg"></td></tr>'
                f'<tr><td height="30" class="menu" bgcolor="#b40000"><a>网站首页</a> | <a>人大要闻</a> | <a>立法工作</a> | <a>监督视窗</a> | <a>代表之窗</a> | <a>乡镇人大</a> | <a>理论研讨</a></td></tr></table>'
                f'<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="700" valign="top">'
                f'<table width="100%" border="0" cellpadding="4"><tr><td class="nav_path">您现在的位置： <a>大足人大</a> &gt;&gt; <a>立法工作</a> &gt;&gt; 正文</td></tr>'
                f'<tr><td align="center" class="title"><font size="4" color="#b40000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center"><font color="#666666">作者：区人大常委会办公室　来源：本站原创　点击数：<script language="javascript" src="GetHits.asp?ArticleID={_n(rng, 4)}"></script>　发布时间：{y}-{int(m)}-{int(d)}</font></td></tr>'
                f'<tr><td class="content" style="font-size:14px;line-height:26px">{"".join(one(i, p) for i, p in enumerate(art["body"]))}</td></tr>'
                f'<tr><td align="right">【<a>发表评论</a>】【<a>加入收藏</a>】【<a>告诉好友</a>】【<a>打印此文</a>】【<a>关闭窗口</a>】</td></tr>'
                f'<tr><td>上一篇：<a>{esc(others[4][0])}</a><br>下一篇：<a>{esc(others[5][0])}</a></td></tr></table></td>'
                f'<td width="260" valign="top"><table width="100%"><tr><td class="rt">最新热门</td></tr>{"".join(f"<tr><td>·{esc(t[:17])}</td></tr>" for t, _ in rng.sample(others, 6))}</table></td></tr></table>'
                f'<table width="960" align="center"><tr><td align="center" class="foot">重庆市大足区人大常委会办公室 版权所有　Copyright 2008-{y}<br>渝ICP备{_n(rng, 8)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])} - 大足人大</title><meta name="keywords" content="立法听证">'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 6. e-paper 副刊


def epaper_fukan_shige(art, rng, others):
    """w11: a Founder-like e-paper 副刊 page (`yyyy年mm月dd日　星期X`, 第07版, 上一版/下一版, PDF,
    page map), a 散文 kicker, an `□ 作者` line, ``<p>　　…</p>`` paragraphs and the 作者简介 in
    楷体 INSIDE the content, 本版其他文章. w12: a ``<div>`` e-paper with a 版次 ``select``, the poem
    as ``<br>`` lines with bold section titles, the author's place and name under the title and the
    作者简介 after the poem in the same div."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    if art["id"] == "w11":
        url = f"http://epaper.yongchuan.gov.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
        body = (f'<div class="ep-head"><img src="../../../images/ycrb_logo.gif" alt="永川日报"><span class="ep-date">{y}年{m}月{d}日　{_week(art)}</span>'
                f'<a>PDF版下载</a>　<a>往期回顾</a></div>'
                f'<div class="ep-ban"><span>第07版：副刊·文化</span>　<a>上一版</a>　<a>下一版</a></div>'
                f'<table><tr><td valign="top" width="360"><img src="../../../page/{y}-{m}/{d}/07/P{_n(rng, 8)}.jpg" usemap="#PagePicMap" width="340">'
                f'<map name="PagePicMap"><area shape="polygon" coords="10,10,300,10,300,400"></map>'
                f'<div class="bmdh"><b>版面导航</b><ul><li>01：要闻</li><li>02：综合</li><li>07：副刊·文化</li><li>08：广告</li></ul></div></td>'
                f'<td valign="top"><div class="ep-art"><h3>散文</h3><h1>{esc(art["title"])}</h1><h4>□ 周远山</h4>'
                f'<div id="ozoom" class="founder-content">' + "".join(f"<p>　　{esc(p)}</p>" for p in art["body"])
                + f'<p>　　<font face="楷体">{esc(ex["P"][0])}</font></p></div></div>'
                f'<div class="bbqt"><b>本版其他文章</b><ul>{_rel(rng, others, 3, "{t}")}</ul></div></td></tr></table>'
                f'<div class="ep-foot">永川日报社版权所有　未经授权不得转载<br>渝ICP备{_n(rng, 8)}号</div>')
        head = f'<title>永川日报-{esc(art["title"])}</title><meta name="keywords" content="副刊">'
    else:
        def line(i, p):
            if _is_head(p) and len(p) <= 6 and i in (0, 5, 10):
                return ("<br>" if i else "") + f"<b>{esc(p)}</b><br>"
            return f"{esc(p)}<br>"
        opts = "".join(f'<option{" selected" if k == 6 else ""}>A{k:02d}版：{n}</option>'
                       for k, n in ((1, "要闻"), (2, "综合"), (3, "区县"), (6, "平湖·副刊"), (8, "专版")))
        url = f"https://epaper.wzrb.com.cn/wzrb/{y}{m}{d}/A06/{_n(rng, 6)}.html"
        body = (f'<div class="paper-top"><div class="logo">万州日报</div><div class="riqi">{y}年{m}月{d}日</div>'
                f'<select class="bc">{opts}</select><a>上一版</a><a>下一版</a><a>本版PDF</a></div>'
                f'<div class="paper-left"><img src="/wzrb/{y}{m}{d}/A06/page.jpg"></div>'
                f'<div class="paper-right"><div class="wz_title">{esc(art["title"])}</div>'
                f'<div class="wz_author">{esc(ex["R"][0])}</div>'
                f'<div class="wz_content">{"".join(line(i, p) for i, p in enumerate(art["body"]))}<br>'
                f'<font face="楷体" color="#555555">{esc(ex["P"][0])}</font></div>'
                f'<div class="paper-other"><b>本版稿件</b><ul>{_rel(rng, others, 3, "{t}")}</ul></div>'
                f'<div class="pn"><a>上一篇</a>　<a>返回目录</a>　<a>下一篇</a></div></div>'
                f'<div class="paper-foot">万州日报社主办　版权所有 未经许可不得复制</div>')
        head = (f'<title>{esc(art["title"])}--万州日报</title>'
                f'<meta name="publishdate" content="{y}-{m}-{d}">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 7. 税务局 公众号 政策问答


def swj_mp_zcwd(art, rng, others):
    """A 区 税务局 account's 政策问答 post: w13 with blue 问： labels, 答： turns, （一）… items,
    a bordered 税率 table, a 小编提醒 box and a 来源 line; w14 with a 一图读懂 image on top, 问/答
    turns in bordered sections, numbered items, an 延伸阅读 box and an 编辑/审核 line."""
    ex = EXTRAS[art["id"]]
    span = 'style="font-size:15px;color:#3f3f3f;line-height:1.75em"'

    def one(i, p):
        if p.startswith("问："):
            return f'<p><span {span}><strong><span style="color:#0052d9">问：</span>{esc(p[2:])}</strong></span></p>'
        if p.startswith("答："):
            return f'<p><span {span}><span style="color:#0052d9"><strong>答：</strong></span>{esc(p[2:])}</span></p><p><br></p>'
        return f'<p><span {span}>{esc(p)}</span></p>'
    box = ('<section style="border:1px dashed #0052d9;border-radius:8px;padding:10px 14px;margin:18px 0;background:#f2f7ff">'
           f'<p style="text-align:center"><strong><span style="color:#0052d9">{esc(ex["X"][0])}</span></strong></p>'
           + "".join(f'<p><span style="font-size:14px;color:#595959">{esc(x)}</span></p>' for x in ex["X"][1:]) + "</section>")
    if art["id"] == "w13":
        content = (f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_n(rng, 10)}/640?wx_fmt=gif" style="width:100%"></section>'
                   + _paras(art, one) + box
                   + f'<p style="text-align:right"><span style="font-size:12px;color:#888">{esc(ex["R"][0])}</span></p>'
                   + '<section><p><strong>往期推荐</strong></p>'
                   + "".join(f'<p><a href="#"><span style="font-size:14px">{esc(t)}</span></a></p>' for t, _ in rng.sample(others, 3))
                   + '</section><p style="text-align:center"><span style="font-size:12px">长按识别二维码　关注永川税务</span></p>')
        body, url = _wechat(art, rng, "永川税务", content)
    else:
        content = (f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 10)}/640?wx_fmt=jpeg" alt="一图读懂" style="width:100%"></section>'
                   '<p style="text-align:center"><span style="font-size:13px;color:#0052d9">▼ 问答来了 ▼</span></p>'
                   + _paras(art, one) + box
                   + f'<p><span style="font-size:12px;color:#999">{esc(ex["R"][0])}</span></p>'
                   + '<p style="text-align:center"><span style="font-size:12px">来源：国家税务总局重庆市沙坪坝区税务局</span></p>')
        body, url = _wechat(art, rng, "沙坪坝税务", content, orig=True, date_shape="{y}年{m}月{d}日 {t}")
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:type" content="article">')
    return head, body, url


TEMPLATES = {"jtj_shigong_tonggao": jtj_shigong_tonggao, "dangbao_pinglun_wangqi": dangbao_pinglun_wangqi,
             "jiedao_mp_huodong": jiedao_mp_huodong, "tzb_minzu_tuanjie": tzb_minzu_tuanjie,
             "rd_lifa_tiaowen": rd_lifa_tiaowen, "epaper_fukan_shige": epaper_fukan_shige, "swj_mp_zcwd": swj_mp_zcwd}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages36", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
