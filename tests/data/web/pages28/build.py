"""Build the twenty-eighth saved-page set (``pages28``): a development set for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区卫健委 portal's 健康科普 article with a 专家简介
card in the middle of the text and a 温馨提示 box, or its 义诊 notice with an 办事指南 box
(``wjw_jkkp_card``); a 县 融媒体 article with an 引题/主标题/副题 stack and a video player
(``rmt_yinti_video``); a 组工 公众号 post on a 村支书 with a 人物名片 card (``zzb_mp_renwu``); an
农业农村委 page with 知识链接/名词解释/小贴士 boxes (``nyncw_zhishi``); an 人民网 地方领导 page with a
干部简历 box (``rmw_ganbu_jianli``); an e-paper 专版 page with an 编者按 and 小标题 sections
(``epaper_zhuanban_bza``); a 新华网 地方频道 图集 page with a 1/8 viewer and the text beside it
(``xinhua_tuji_caption``). Besides ``T``/``B``/``F`` lines, ``articles.txt`` holds layout-only
lines read by :func:`extras` (none of them body). See README.md.

    python tests/data/web/pages28/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402
from pageset import hm as _hm, hms as _hms, digits as _n, ymd as _ymd  # noqa: E402

ENDS = ("。", "？", "！", "；", "：", "”", "…", "）")
PLACES = {"jiulongpo": "九龙坡", "nanan": "南岸", "tongliang": "铜梁", "pengshui": "彭水", "wulong": "武隆",
          "guangan": "广安", "kaizhou": "开州", "dazu": "大足", "fengjie": "奉节", "yongchuan": "永川",
          "zunyi": "遵义", "qianjiang": "黔江"}


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: captions ``C`` ``{n: [text]}``,
    the card's and box's places ``K``/``N`` (a paragraph index, -1 for beside the text) and the
    lists of every other one-letter line (``P Z Y G A D E S X R V L Q U``)."""
    out, cur = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            cur = out.setdefault(line.split()[1], {"C": {}, "K": None, "N": None})
        elif cur is None or len(line) < 2 or line[1] != " " or line[0] in "TBF#":
            continue
        elif line[0] == "C":
            n, text = line[2:].split(" ", 1)
            cur["C"].setdefault(int(n), []).append(text)
        elif line[0] in "KN":
            cur[line[0]] = int(line[2:])
        else:
            cur.setdefault(line[0], []).append(line[2:])
    return out


EXTRAS = extras(HERE / "articles.txt")


def _is_head(p: str) -> bool:
    """A subheading: short with no sentence end (一、活动时间, 抓班子，先立规矩)."""
    return len(p) <= 30 and not p.endswith(ENDS)


def _rel(rng, others, k, fmt="{t}<span>{d}</span>") -> str:
    return "".join(f'<li><a href="#" target="_blank">{fmt.format(t=esc(t), d=d)}</a></li>' for t, d in rng.sample(others, k))


def _img(rng, y, m) -> str:
    return f"/{y}{m}/W0{y}{m}{_n(rng, 6)}{_n(rng, 6)}.jpg"


def _paras(art, one, photo=None, at=None) -> str:
    """``one(i, p)`` per paragraph, ``photo(caption)`` after paragraph n for each ``C n`` line,
    ``at[n]`` (a card or a box) after paragraph n."""
    ex = EXTRAS[art["id"]]
    at = at or {}
    out = []
    for i, p in enumerate(art["body"]):
        out.append(one(i, p))
        out.extend(photo(c) for c in ex["C"].get(i, []))
        out.append(at.get(i, ""))
    return "".join(out)


def _gov_footer(rng, org, prov="渝") -> str:
    run = org[:-7] + "大数据发展局" if org.endswith("人民政府办公室") else org + "办公室"
    return (f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a></p><p>主办：{org}　承办：{run}</p>'
            f'<p>网站标识码：{_n(rng, 10)}　<a>{prov}ICP备{_n(rng, 8)}号-{rng.randint(1, 9)}</a>　'
            f'<img src="/images/ga.png"><a>{prov}公网安备 {_n(rng, 14)}号</a></p><div class="dzjg"><img src="/images/red.png"></div></div>')


def _gov_metas(art, site, column, source, pub) -> str:
    return (f'<meta name="SiteName" content="{site}"><meta name="ColumnName" content="{column}">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{pub}">'
            f'<meta name="ContentSource" content="{source}">')


def _sig(ex) -> str:
    return "".join(f'<p style="text-align:right">{esc(s)}</p>' for s in ex.get("S", []))


def _fujian(ex, y, m) -> str:
    return "".join(f'<p style="text-indent:2em"><a href="/{y}{m}/P0{y}{m}{k}.{x.rsplit(".", 1)[-1] if "." in x[-6:] else "docx"}">{esc(x)}</a></p>'
                   for k, x in enumerate(ex.get("X", [])))


# ---------------------------------------------------------------------------------------------
# 1. 区卫健委 健康科普 / 义诊 notice


def wjw_jkkp_card(art, rng, others):
    """A 区卫生健康委 portal page: t01 (GBK, table layout) a 健康科普 article with the 专家简介 card
    (a bordered table) in the middle of the text and a 温馨提示 box after it, 发布时间 beside a later
    更新时间; t02 an 义诊 notice with 时间/地点/参加人员 heads, signature, date, 附件 links and an
    办事指南 box, the info spans with no whitespace between them."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    org = f"重庆市{place}区卫生健康委员会"
    box = (f'<div class="wxts" style="border:1px dashed #c00;padding:10px;margin-top:15px"><p style="color:#c00"><b>{esc(ex["G"][0])}</b></p>'
           + "".join(f"<p>{esc(x)}</p>" for x in ex["G"][1:]) + "</div>")
    if art["id"] == "t01":
        url = f"http://www.cqjlp.gov.cn/bm/qwsjkw/jkkp/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        one = (lambda i, p: f'<p><strong><font face="黑体">{esc(p)}</font></strong></p>' if _is_head(p)
               else f'<p style="text-indent:2em"><font size="3">{esc(p)}</font></p>')
        card = (f'<table border="1" cellspacing="0" cellpadding="6" width="85%" align="center" style="border-collapse:collapse;background:#f5fbff">'
                f'<tr><td rowspan="{len(ex["P"])}" width="120"><img src="/{y}{m}/zj_{_n(rng, 4)}.jpg" width="110"></td>'
                f'<td><b>{esc(ex["P"][0])}</b></td></tr>' + "".join(f"<tr><td>{esc(x)}</td></tr>" for x in ex["P"][1:]) + '</table>')
        body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/wjw_banner.jpg" width="1000" height="140"></td></tr>'
                f'<tr><td class="nav"><a>首页</a>&nbsp;|&nbsp;<a>机构职能</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>卫生健康动态</a>&nbsp;|&nbsp;<a>健康科普</a>&nbsp;|&nbsp;<a>办事服务</a></td></tr></table>'
                f'<table width="1000" align="center"><tr><td width="230" valign="top" class="left"><div class="lmmc">健康科普</div>'
                f'<ul><li><a>健康科普</a></li><li><a>疾病预防</a></li><li><a>妇幼健康</a></li><li><a>老龄健康</a></li></ul></td><td valign="top">'
                f'<table width="100%"><tr><td class="wz">您现在的位置：<a>首页</a>&nbsp;&gt;&nbsp;<a>健康科普</a></td></tr>'
                f'<tr><td align="center" class="bt"><font size="5"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="sj">发布时间：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;更新时间：{ex["V"][0]}&nbsp;&nbsp;&nbsp;信息来源：区卫生健康委'
                f'&nbsp;&nbsp;&nbsp;浏览次数：<script language="javascript">document.write("{_n(rng, 4)}");</script>&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td><div class="TRS_Editor">{_paras(art, one, at={ex["K"]: card})}</div>{box}</td></tr>'
                f'<tr><td align="right"><a href="javascript:window.print()">打印本页</a>&nbsp;&nbsp;<a href="javascript:window.close()">关闭窗口</a></td></tr>'
                f'<tr><td class="xglj"><b>相关链接：</b><ul>{_rel(rng, others, 4, "{t}　{d}")}</ul></td></tr></table></td></tr></table>'
                f'<table width="1000" align="center" class="bottom"><tr><td>主办单位：{org}　地址：{place}区杨家坪某路56号<br>'
                f'网站标识码：500107{_n(rng, 4)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = (f'<title>{esc(art["title"])}-{org}</title>'
                + _gov_metas(art, org, "健康科普", "区卫生健康委", f"{y}-{m}-{d} {_hm(rng)}"))
    else:
        url = f"http://www.cqnanan.gov.cn/bm/qwsjkw/zwgk_{_n(rng, 5)}/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        one = (lambda i, p: f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>' if _is_head(p)
               else f'<p>{esc(p)}</p>' if i == 0 else f'<p style="text-indent:2em">{esc(p)}</p>')
        info = (f'<div class="info"><span>发布日期：{y}-{m}-{d} {_hm(rng)}</span><span>来源：{place}区卫生健康委</span>'
                f'<span>字号：<a>大</a><a>中</a><a>小</a></span><span class="fx">分享到：<a>微信</a><a>微博</a></span></div>')
        body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="重庆市{place}区人民政府"></div>'
                f'<div class="search"><input type="text" placeholder="请输入关键字"><a>搜索</a></div></div>'
                f'<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进{place}</li></ul></div>'
                f'<div class="w1200"><div class="crumb"><a>首页</a><span>&gt;</span><a>区级部门</a><span>&gt;</span><a>区卫生健康委</a><span>&gt;</span><a>通知公告</a></div>'
                f'<div class="xl_con"><h1 class="tit">{esc(art["title"])}</h1>{info}'
                f'<div class="zw TRS_UEDITOR trs_paper_default">{_paras(art, one)}{_sig(ex)}{_fujian(ex, y, m)}</div>'
                f'{box}<div class="dy"><a>【打印】</a><a>【关闭】</a></div></div>'
                f'<div class="xgyd"><h4>相关阅读</h4><ul>{_rel(rng, others, 4)}</ul></div>'
                f'<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div></div>'
                + _gov_footer(rng, f"重庆市{place}区人民政府办公室"))
        head = (f'<title>{esc(art["title"])}_重庆市{place}区人民政府</title>'
                + _gov_metas(art, f"重庆市{place}区人民政府", "通知公告", f"{place}区卫生健康委", f"{y}-{m}-{d} {_hm(rng)}"))
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 2. 县 融媒体 引题/主标题/副题 + video


def rmt_yinti_video(art, rng, others):
    """A 区县 融媒体中心 news site: 引题 above the ``h1`` and 副题 below it, a video player with its
    时长 and 来源 line (above the text, t03; after the lead, t04), a photo, 延伸阅读 with full
    sentences (t04), 责任编辑, 相关新闻, comment counter; t04 shows no date (``publishdate`` meta
    and the URL only)."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    unit = f"{place}{'县' if place == '彭水' else '区'}"
    video = (f'<div class="video-box"><div class="prism-player" id="player_{_n(rng, 6)}"><video src="https://vod.{art["place"]}.cn/{y}{m}{d}/{_n(rng, 8)}.mp4" '
             f'poster="/{y}{m}/{_n(rng, 6)}.jpg" controls="controls"></video></div><p class="video-info">{esc(ex["U"][0])}</p></div>')
    photo = (lambda c: f'<p style="text-align:center"><img src="{_img(rng, y, m)}"></p><p style="text-align:center;color:#666">{esc(c)}</p>')
    who = rng.sample(REPORTERS, 2)
    if art["id"] == "t03":
        url = f"https://www.cqtl.gov.cn/tlxw/bdxw/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        one = lambda i, p: f"<p>　　{esc(p)}</p>"
        body = (f'<div class="top-bar"><span>{unit}融媒体中心主办</span><a>登录</a> | <a>注册</a></div>'
                f'<div class="header"><img src="/images/logo_tl.png" alt="铜梁网"><div class="nav"><a>首页</a><a>本地新闻</a><a>视听铜梁</a><a>龙乡文化</a><a>专题</a></div></div>'
                f'<div class="main"><div class="crumb">首页 &gt; 本地新闻 &gt; 正文</div>'
                f'<div class="art-head"><div class="yt">{esc(ex["A"][0])}</div><h1>{esc(art["title"])}</h1><div class="ft">{esc(ex["D"][0])}</div>'
                f'<div class="art-info"><span>{y}/{int(m)}/{int(d)} {_hm(rng)}</span>&nbsp;&nbsp;<span>来源：{unit}融媒体中心</span>&nbsp;&nbsp;'
                f'<span>阅读：<script>document.write("{_n(rng, 4)}")</script></span></div></div>'
                f'{video}<p class="author">{esc(ex["R"][0])}</p>'
                f'<div class="con_txt">{_paras(art, one, photo)}</div>'
                f'<div class="zrbj">责任编辑：{who[0]}</div>'
                f'<div class="bdsharebuttonbox"><span>分享到：</span><a class="bds_weixin"></a><a class="bds_tsina"></a><a class="bds_qzone"></a></div>'
                f'<div class="xgxw"><h3>相关新闻</h3><ul>{_rel(rng, others, 5, "{t}<em>{d}</em>")}</ul></div>'
                f'<div class="cmt"><span>网友评论</span><em>{rng.randint(2, 40)}</em>条</div></div>'
                f'<div class="footer"><p>{unit}融媒体中心 版权所有　未经授权禁止转载</p><p>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</p></div>')
        head = f'<title>{esc(art["title"])}_铜梁网</title><meta name="keywords" content="铜梁龙灯,夜市">'
    else:
        url = f"http://www.psxw.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.html"
        one = lambda i, p: f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>' + (video if i == 0 else "")
        ext = ('<div class="ycyd" style="background:#f4f4f4;padding:10px"><h4>延伸阅读</h4>'
               + "".join(f"<p>{esc(x)}</p>" for x in ex["L"]) + "</div>")
        body = (f'<div class="header"><img src="/images/psxw_logo.png" alt="彭水新闻网"><span class="date">今天是：2026年{rng.randint(1, 11)}月{rng.randint(1, 28)}日</span></div>'
                f'<div class="nav"><a>首页</a>|<a>彭水要闻</a>|<a>乡镇动态</a>|<a>视频新闻</a>|<a>苗乡文旅</a>|<a>专题专栏</a></div>'
                f'<div class="wrap"><div class="weizhi">当前位置：<a>首页</a> &gt;&gt; <a>彭水要闻</a></div>'
                f'<div class="article"><h3 class="yinti">{esc(ex["A"][0])}</h3><h1>{esc(art["title"])}</h1><h2 class="futi">{esc(ex["D"][0])}</h2>'
                f'<div class="laiyuan">来源：{unit}融媒体中心&nbsp;&nbsp;&nbsp;作者：{who[0]}&nbsp;&nbsp;&nbsp;点击数：<span id="hits">{_n(rng, 3)}</span></div>'
                f'<div class="content">{_paras(art, one)}</div>{ext}'
                f'<div class="bj">编辑：{who[1]}　审核：{rng.choice(REPORTERS)}</div>'
                f'<div class="fx">分享到：<a>微信</a> <a>微博</a></div>'
                f'<div class="sxp"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[1][0])}</a></p></div></div>'
                f'<div class="rdtj"><h3>热点推荐</h3><ul>{_rel(rng, others, 5, "{t}")}</ul></div></div>'
                f'<div class="footer">彭水新闻网 版权所有 (C) 未经书面授权不得转载<br>渝ICP备{_n(rng, 8)}号</div>')
        head = f'<title>{esc(art["title"])}-彭水新闻网</title><meta name="publishdate" content="{y}-{m}-{d}">'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 3. 组工 公众号 post on a 村支书


def _wx_shell(rng, others, acct, art, content, when) -> tuple[str, str]:
    """The WeChat article shell around ``content``: account, ``publish_time`` (shown as ``when``),
    阅读原文/阅读/赞/分享/在看 row, QR, 往期推荐, 留言; ``var publish_time``."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKLMNPQRSTabcdefghjkmnpqrst0123456789_-') for _ in range(22))}"
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{when}</em></div>'
            f'<div class="rich_media_content" id="js_content" style="visibility: hidden;">{content}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>赞 {rng.randint(10, 99)}</span><span>分享</span><span>在看 {rng.randint(3, 40)}</span></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode"><p>微信扫一扫<br>关注该公众号</p></div>'
            f'<div class="like_list"><h4>往期推荐</h4>{"".join(f"<p>{esc(t)}</p>" for t, _ in rng.sample(others, 3))}</div>'
            f'<div id="js_cmt_area"><p>留言</p><p>写留言</p></div></div></div></div>'
            f'<script>var ct = "{_n(rng, 10)}"; var publish_time = "{y}-{m}-{d} {_hm(rng)}";</script>')
    return body, url


def zzb_mp_renwu(art, rng, others):
    """A 组织部's account post on a 村支书: 人物名片 card after the lead (t06) or in the middle
    (t05), 记者：/name： interview turns (t05), 小标题 in coloured sections (t06), credits."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    span = 'style="font-size:15px;letter-spacing:1px;line-height:1.75em;color:#333"'
    card = (f'<section style="border:2px solid #c00;border-radius:8px;padding:12px;margin:20px 0">'
            f'<section style="text-align:center"><span style="background:#c00;color:#fff;padding:3px 15px"><strong>{esc(ex["P"][0])}</strong></span></section>'
            + "".join(f'<p><span style="font-size:14px;color:#555">{esc(x)}</span></p>' for x in ex["P"][1:]) + '</section>')
    photo = (lambda c: f'<section style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 9)}/640" style="width:100%"></section>'
             f'<p style="text-align:center"><span style="font-size:12px;color:#999">▲{esc(c)}</span></p>')
    top = ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/zg/640?wx_fmt=gif"></p>'
           '<p style="text-align:center"><span style="font-size:13px;color:#c00">点击上方蓝字关注我们</span></p>')

    def one(i, p):
        if _is_head(p):
            return (f'<section style="margin:20px 0 10px;text-align:center"><section style="display:inline-block;background:#c00;color:#fff;padding:4px 12px">'
                    f'<strong><span style="font-size:16px">{esc(p)}</span></strong></section></section>')
        if p.startswith("记者："):
            return f'<p style="margin-bottom:12px"><strong><span {span}>{esc(p)}</span></strong></p>'
        if "：" in p[:6]:
            who, rest = p.split("：", 1)
            return f'<p style="margin-bottom:12px"><span {span}><strong>{esc(who)}：</strong>{esc(rest)}</span></p>'
        return f'<p style="margin-bottom:12px"><span {span}>{esc(p)}</span></p>'
    if art["id"] == "t05":
        acct, when = "山城组工", f"{y}年{int(m)}月{int(d)}日 {_hm(rng)}"
        tail = f'<p style="text-align:right"><span style="font-size:12px;color:#999">{esc(ex["R"][0])}</span></p>'
    else:
        acct, when = "广安组工", f"{y}-{m}-{d} {_hm(rng)}"
        tail = (f'<p><span style="font-size:12px;color:#999">来源：前锋区委组织部</span></p>'
                f'<p><span style="font-size:12px;color:#999">编辑：{rng.choice(REPORTERS)}　责任编辑：{rng.choice(REPORTERS)}</span></p>')
    content = (top + _paras(art, one, photo, {ex["K"]: card}) + tail
               + '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/end/640"></p>'
               f'<p style="text-align:center"><span style="font-size:12px">长按识别二维码　关注{acct}</span></p>')
    body, url = _wx_shell(rng, others, acct, art, content, when)
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:type" content="article"><meta name="description" content="{esc(art["body"][0][:40])}">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 4. 农业农村委 with 知识链接/名词解释/小贴士 boxes


def nyncw_zhishi(art, rng, others):
    """An 农业农村委 site: t07 (GBK) a report with a 知识链接 box in the text and a 名词解释 box at
    its end, ``yyyy/m/d`` date; t08 a 培训 notice with a 小贴士 box between its items, signature,
    date and 附件, and NO visible date (``PubDate`` meta and the URL)."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    org = f"重庆市{place}区农业农村委员会"
    zbox = (f'<div class="zslj" style="background:#eef7e9;border-left:4px solid #4a9b2f;padding:8px 12px;margin:10px 0">'
            f'<p><b>【{esc(ex["Z"][0])}】</b></p>' + "".join(f"<p>{esc(x)}</p>" for x in ex["Z"][1:]) + "</div>")
    photo = (lambda c: f'<p align="center"><img src="{_img(rng, y, m)}" border="0"></p><p align="center"><font color="#336699">{esc(c)}</font></p>')
    if art["id"] == "t07":
        url = f"http://nyncw.cqkz.gov.cn/nydt/qxdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        one = lambda i, p: f"<p>　　{esc(p)}</p>"
        ybox = (f'<table width="100%" border="0" cellpadding="8" bgcolor="#fffbe6"><tr><td><b>{esc(ex["Y"][0])}</b></td></tr>'
                + "".join(f"<tr><td>{esc(x)}</td></tr>" for x in ex["Y"][1:]) + "</table>")
        body = (f'<div id="top"><div class="logo"><img src="/images/nync_logo.png" alt="{org}"></div><div class="tq">今日开州：晴 22℃~31℃</div></div>'
                f'<div id="nav"><a>首页</a><a>机构设置</a><a>农业动态</a><a>政务公开</a><a>农业科技</a><a>乡村振兴</a></div>'
                f'<div id="main"><div class="dqwz">当前位置：首页 &raquo; 农业动态 &raquo; 区县动态</div>'
                f'<div class="wzbt">{esc(art["title"])}</div>'
                f'<div class="wzxx">{y}/{int(m)}/{int(d)}&nbsp;&nbsp;&nbsp;&nbsp;来源：{place}区农业农村委&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<div class="wznr">{_paras(art, one, photo, {ex["N"]: zbox})}{ybox}</div>'
                f'<div class="zrbj">（责任编辑：{rng.choice(REPORTERS)}）</div>'
                f'<div class="dygb"><a>[打印本页]</a> <a>[关闭窗口]</a></div>'
                f'<div class="xgwz"><div class="t">相关文章</div><ul>{_rel(rng, others, 4, "·{t}（{d}）")}</ul></div></div>'
                + _gov_footer(rng, org))
        head = f'<title>{esc(art["title"])}--{org}</title><meta name="keywords" content="稻渔综合种养">'
    else:
        url = f"http://www.dazu.gov.cn/bm/qnyncw/zwgk_{_n(rng, 5)}/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        one = (lambda i, p: f'<p style="text-indent:2em"><span style="font-family:黑体">{esc(p)}</span></p>' if _is_head(p)
               else f'<p>{esc(p)}</p>' if i == 0 else f'<p style="text-indent:2em">{esc(p)}</p>')
        body = (f'<div class="top"><span>重庆市{place}区人民政府</span><a>无障碍</a><a>长者模式</a></div>'
                f'<div class="head"><img src="/images/logo.png"></div><div class="menu"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a></div>'
                f'<div class="container"><div class="location">您所在的位置：<a>首页</a> &gt; <a>区农业农村委</a> &gt; <a>通知公告</a></div>'
                f'<div class="article"><div class="article-title">{esc(art["title"])}</div>'
                f'<div class="article-info">信息来源：{place}区农业农村委　　浏览次数：<span id="llcs">{_n(rng, 3)}</span>　　字号：<a>大</a> <a>中</a> <a>小</a></div>'
                f'<div class="view TRS_UEDITOR">{_paras(art, one, None, {ex["N"]: zbox})}{_sig(ex)}{_fujian(ex, y, m)}</div>'
                f'<div class="tools"><a>【打印】</a><a>【关闭】</a><span>分享：<a>微信</a><a>微博</a></span></div></div></div>'
                + _gov_footer(rng, f"重庆市{place}区人民政府办公室"))
        head = (f'<title>{esc(art["title"])}_重庆市{place}区人民政府</title>'
                + _gov_metas(art, f"重庆市{place}区人民政府", "通知公告", f"{place}区农业农村委", f"{y}-{m}-{d} {_hms(rng)}"))
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 5. 人民网 地方领导 with a 干部简历 box


def rmw_ganbu_jianli(art, rng, others):
    """A 人民网 地方频道 地方领导 page (GBK): the 干部简历 box beside the text (before it in the
    DOM, t09) or inside the text column after the second paragraph (t12), bold 坚持… heads, a
    相关专题 strip (after the text, t09; above the headline, t12), ``(责编：…)``, date and time
    run together (``2022年08月16日08:21``)."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    url = f"http://cq.people.com.cn/n2/{y}/{m}{d}/c{_n(rng, 6)}-{_n(rng, 8)}.html"
    one = (lambda i, p: f'<p style="text-indent: 2em;"><strong>{esc(p)}</strong></p>' if _is_head(p)
           else f'<p style="text-indent: 2em;">{esc(p)}</p>')
    card = (f'<div class="gbjl"><div class="gbjl_t">{esc(ex["P"][0])}</div><img src="/NMediaFile/{y}/{m}{d}/LOCAL{_n(rng, 12)}.jpg">'
            + "".join(f"<p>{esc(x)}</p>" for x in ex["P"][1:]) + '<a class="more">更多&gt;&gt;</a></div>')
    zt = f'<div class="xgzt">{esc(ex["L"][0].split("：")[0])}：<a href="#">{esc(ex["L"][0].split("：")[1])}</a></div>'
    hot = "".join(f'<li><a>{esc(t)}</a></li>' for t, _ in rng.sample(others, 5))
    top = (f'<div class="header_top"><a>人民网</a><span>&gt;&gt;</span><a>重庆频道</a><span>&gt;&gt;</span><a>地方领导</a></div>'
           f'<div class="nav_rm"><a>首页</a><a>时政</a><a>区县</a><a>地方领导</a><a>图片</a><a>视频</a><a>人民网领导留言板</a></div>')
    info = (f'<div class="box01"><div class="fl">{y}年{m}月{d}日{_hm(rng)}&nbsp;&nbsp;来源：<a href="#">人民网－重庆频道</a></div>'
            f'<div class="fr"><span>分享到：</span><a class="wx"></a><a class="wb"></a></div></div>')
    ed = f'<div class="edit clearfix">{esc(ex["R"][0])}</div>'
    foot = (f'<div class="footer"><p>人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明</p>'
            f'<p>人民网版权所有，未经书面授权禁止使用</p><p>Copyright &copy; 1997-{y} by www.people.com.cn. all rights reserved</p></div>')
    if art["id"] == "t09":
        body = (top + f'<div class="w1000 clearfix text_title"><h1>{esc(art["title"])}</h1>{info}</div>'
                f'<div class="w1000 clearfix text_con"><div class="fr side">{card}<div class="rdtj"><h3>热点推荐</h3><ul>{hot}</ul></div></div>'
                f'<div class="fl text_con_left"><div class="rm_txt_con cf">{_paras(art, one)}</div>{zt}{ed}'
                f'<div class="page_n"><a>上一篇</a> <a>下一篇</a></div></div></div>' + foot)
    else:
        body = (top + f'<div class="w1000 text_title">{zt}<h1>{esc(art["title"])}</h1>{info}</div>'
                f'<div class="w1000 text_con clearfix"><div class="fl text_con_left"><div class="rm_txt_con cf">{_paras(art, one, None, {ex["K"]: card})}</div>{ed}</div>'
                f'<div class="fr side"><div class="rdtj"><h3>24小时排行</h3><ol>{hot}</ol></div></div></div>' + foot)
    head = (f'<title>{esc(art["title"])}--重庆频道--人民网</title><meta name="publishdate" content="{y}-{m}-{d}">'
            f'<meta name="source" content="来源：人民网-重庆频道">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 6. e-paper 专版 with 编者按


def epaper_zhuanban_bza(art, rng, others):
    """A 区 paper's e-paper 专版 page: 版次 select, 上一版/下一版, PDF, 版面导航, an 编者按 box above
    the byline, the text as ``&nbsp;``-indented lines joined by ``<br>`` in one ``div`` with
    ``<b>`` 小标题, a photo table with caption, 上一篇/下一篇; the date in the header and URL."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    paper = f"{place}日报"
    url = f"http://epaper.ycrb.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    lines = []
    for i, p in enumerate(art["body"]):
        lines.append(f"<b>{esc(p)}</b>" if _is_head(p) else f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}")
        for c in ex["C"].get(i, []):
            lines.append(f'</div><table align="center"><tr><td><img src="/images/{y}-{m}/{d}/04/{_n(rng, 6)}.jpg"></td></tr>'
                         f'<tr><td class="pic-t">{esc(c)}</td></tr></table><div class="zw2">')
    text = "<br>".join(lines).replace("<br></div>", "</div>").replace('<div class="zw2"><br>', '<div class="zw2">')
    nav = [art["title"]] + [t for t, _ in rng.sample(others, 2)]
    rng.shuffle(nav)
    bmdh = "".join(f'<li><a>{esc(t)}</a></li>' for t in nav)
    body = (f'<div class="ep-head"><span class="pname">{paper}</span><span class="pdate">{y}年{m}月{d}日　星期四</span>'
            f'<a>往期回顾</a> <a>PDF下载</a></div>'
            f'<div class="ep-bar"><a>上一版</a><select><option>第01版：要闻</option><option selected="selected">第04版：职教专版</option></select><a>下一版</a></div>'
            f'<div class="ep-left"><div class="bm"><img src="/images/{y}-{m}/{d}/04/{_n(rng, 6)}_b.jpg" usemap="#PagePicMap"></div>'
            f'<div class="bmdh"><h4>版面导航</h4><ul>{bmdh}</ul></div></div>'
            f'<div class="ep-right"><div class="art"><h1>{esc(art["title"])}</h1>'
            f'<div class="bza" style="background:#f3f3f3;padding:8px;font-family:楷体">{esc(ex["E"][0])}</div>'
            f'<p class="zz">{esc(ex["R"][0])}</p>'
            f'<div id="ozoom"><div class="zw2">{text}</div></div>'
            f'<div class="pn"><a>上一篇</a>　<a>返回目录</a>　<a>下一篇</a></div></div></div>'
            f'<div class="ep-foot">{paper}社版权所有　未经书面授权不得转载、摘编<br>Copyright &copy; {paper}社 渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>{paper}数字报-{esc(art["title"])}</title>'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 7. 新华网 地方频道 图集


def xinhua_tuji_caption(art, rng, others):
    """A 新华网 地方频道 图集 page: a 1/8 viewer (上一张/下一张, the current picture's note,
    thumbnails whose ``alt`` are the notes) and the 图集's text beside it, a credit line, 【纠错】
    [责任编辑], 更多图集."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    url = f"http://gz.news.cn/{y}-{m}/{d}/c_{_n(rng, 10)}.htm"
    thumbs = "".join(f'<li><a href="#"><img src="{_img(rng, y, m)}" alt="{esc(q)}"></a></li>' for q in ex["Q"])
    viewer = (f'<div class="pic-viewer"><div class="pv-num"><span class="cur">1</span>/<span class="total">{len(ex["Q"])}</span></div>'
              f'<a class="pv-prev">上一张</a><div class="pv-big"><img src="{_img(rng, y, m)}"></div><a class="pv-next">下一张</a>'
              f'<div class="pv-note">{esc(ex["Q"][0])}　{esc(ex["R"][0])}</div><a class="pv-full">全屏</a><a class="pv-auto">自动播放</a>'
              f'<ul class="pv-thumbs">{thumbs}</ul></div>')
    text = "".join(f"<p>　　{esc(p)}</p>" for p in art["body"])
    more = "".join(f'<li><a><img src="{_img(rng, y, m)}"><p>{esc(t)}</p></a></li>' for t, _ in rng.sample(others, 4))
    body = (f'<div class="topBar"><a>新华网</a> | <a>新华网贵州频道</a><span class="fr"><a>手机版</a><a>客户端</a></span></div>'
            f'<div class="header"><img src="/images/logo.png" alt="新华网"><span class="chan">贵州频道</span>'
            f'<ul class="nav"><li>首页</li><li>时政</li><li>市州</li><li>图片</li><li>视频</li></ul></div>'
            f'<div class="main"><div class="crumb"><a>新华网</a> &gt; <a>贵州频道</a> &gt; <a>图片</a> &gt; 正文</div>'
            f'<div class="pic-title"><h1>{esc(art["title"])}</h1>'
            f'<div class="pic-info"><span class="time">{y}-{m}-{d} {_hms(rng)}</span><span class="source">来源：新华网</span>'
            f'<span class="share">分享到：<a>微信</a><a>微博</a></span></div></div>'
            f'<div class="pic-wrap">{viewer}<div class="pic-text" id="detail">{text}</div></div>'
            f'<div class="pic-edit">【纠错】　[责任编辑：{rng.choice(REPORTERS)} ]</div>'
            f'<div class="more-pic"><h3>更多图集</h3><ul>{more}</ul></div></div>'
            f'<div class="foot"><p>Copyright &copy; 2000-{y} XINHUANET.com　All Rights Reserved.</p><p>制作单位：新华网股份有限公司　版权所有　新华网</p></div>')
    head = (f'<title>{esc(art["title"])}-新华网</title><meta name="publishdate" content="{y}-{m}-{d}">'
            f'<meta name="description" content="{esc(art["title"])}">')
    return head, body, url


TEMPLATES = {"wjw_jkkp_card": wjw_jkkp_card, "rmt_yinti_video": rmt_yinti_video, "zzb_mp_renwu": zzb_mp_renwu,
             "nyncw_zhishi": nyncw_zhishi, "rmw_ganbu_jianli": rmw_ganbu_jianli,
             "epaper_zhuanban_bza": epaper_zhuanban_bza, "xinhua_tuji_caption": xinhua_tuji_caption}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages28", TEMPLATES, lambda art: "dev")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
