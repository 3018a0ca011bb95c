"""Build the twenty-ninth saved-page set (``pages29``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier
set used, each chosen to be hard for an extractor: a 区 发改委 portal's 政策解读 on an old table
layout with a 名词解释/知识链接 box inside the text (``fgw_zcjd_mingci``), a 街道 公众号 post with
温馨提示 and 办事指南 boxes after the text (``jiedao_mp_wenxin``), a 省级 党报 客户端 article
with 引题, 副题 and a 相关专题 strip (``dangbao_app_yinti``), a 县委宣传部 网站 典型人物 story with
a 人物名片 card in the middle (``xcb_dianxing_renwu``), a 地方 电视台 网站 news page with a video
player and 时长/来源 lines (``dst_video_news``), a 政府网 图片新闻 page with a 图集 1/N viewer
inside the text (``zfw_tuji_viewer``) and an e-paper 理论版 with an 编者按 and an 作者单位 line
(``epaper_lilun_bianzhe``). Besides ``T``/``B``/``F`` lines, ``articles.txt`` holds layout-only
lines read by :func:`extras`. See README.md.

    python tests/data/web/pages29/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402
from pageset import hm as _hm, hms as _hms, digits as _n, ymd as _ymd  # noqa: E402

ENDS = ("。", "？", "！", "；", "：", "”", "…", "）")
PLACES = {"banan": "巴南", "kaizhou": "开州", "dadukou": "大渡口", "nanan": "南岸", "yibin": "宜宾",
          "zunyi": "遵义", "pengshui": "彭水", "wuxi": "巫溪", "rongchang": "荣昌", "wulong": "武隆",
          "jiulongpo": "九龙坡", "shapingba": "沙坪坝", "yubei": "渝北", "fuling": "涪陵"}
ON = ' class="on"'
WEEK = "星期一 星期二 星期三 星期四 星期五 星期六 星期日".split()


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: captions ``C`` ``{n: [text]}``,
    the card position ``K`` (int, -1 if none), the lists ``P N Y U E A R S V Z L`` and ``W``
    (paragraph indices of table rows)."""
    out, cur = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            cur = out.setdefault(line.split()[1], {"C": {}, "K": -1, "W": [], **{k: [] for k in "PNYUEARSVZL"}})
        elif line.startswith("C "):
            n, text = line[2:].split(" ", 1)
            cur["C"].setdefault(int(n), []).append(text)
        elif line.startswith("K "):
            cur["K"] = int(line[2:])
        elif line.startswith("W "):
            cur["W"] = [int(x) for x in line[2:].split()]
        elif line[:2] in tuple(f"{k} " for k in "PNYUEARSVZL"):
            cur[line[0]].append(line[2:])
    return out


EXTRAS = extras(HERE / "articles.txt")


def _week(art) -> str:
    return WEEK[datetime.date.fromisoformat(art["date"]).weekday()]


def _is_head(p: str) -> bool:
    """A subheading: short with no sentence end (一、出台背景, 坚持党建引领，把…)."""
    return len(p) <= 30 and not p.endswith(ENDS)


def _rel(rng, others, k, fmt="{t}<span>{d}</span>") -> str:
    return "".join(f'<li><a href="#" target="_blank">{fmt.format(t=esc(t), d=d)}</a></li>' for t, d in rng.sample(others, k))


def _img(rng, y, m) -> str:
    return f"/{y}{m}/W0{y}{m}{_n(rng, 6)}{_n(rng, 6)}.jpg"


def _paras(art, one, card=None, photo=None) -> str:
    """``one(i, p)`` per paragraph, ``card()`` after paragraph ``K``, ``photo(captions)`` after
    paragraph n for each ``C n`` group."""
    ex = EXTRAS[art["id"]]
    out = []
    for i, p in enumerate(art["body"]):
        out.append(one(i, p))
        if i == ex["K"] and card:
            out.append(card(ex["P"]))
        if i in ex["C"] and photo:
            out.append(photo(ex["C"][i]))
    return "".join(out)


def _gov_metas(art, site, column, source, pub) -> str:
    return (f'<meta name="SiteName" content="{site}"><meta name="ColumnName" content="{column}">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{pub}">'
            f'<meta name="ContentSource" content="{source}">')


def _gov_footer(rng, org) -> str:
    return (f'<div class="footer"><p>主办：{org}　承办：{org}办公室</p>'
            f'<p>网站标识码：500{_n(rng, 7)}　<a>渝ICP备{_n(rng, 8)}号</a>　'
            f'<img src="/images/ga.png"><a>渝公网安备 {_n(rng, 14)}号</a></p>'
            f'<p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a></p><div class="dzjg"><img src="/images/red.png"></div></div>')


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTabcdefghjkmnpqrst0123456789_-") for _ in range(22))


# ---------------------------------------------------------------------------------------------
# 1. 区 发改委 政策解读


def fgw_zcjd_mingci(art, rng, others):
    """A 区 发改委's 政策解读 on a government portal: an old table layout with ``<font>`` and
    ``　　`` (q01, GBK, signature and date under the text) or a newer ``xl_con`` page with a
    发布日期 in slashes and an 更新时间 (q02); a 名词解释/知识链接 box after paragraph K."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    org = f"{place}区发展和改革委员会"
    site = f"重庆市{place}区人民政府"
    if art["id"] == "q01":
        url = f"http://www.cqbn.gov.cn/bmjz/bm/qfzggw/zwgk_97123/zcjd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        one = (lambda i, p: f'<p><strong><font face="黑体">{esc(p)}</font></strong></p>' if _is_head(p)
               else f'<p><font size="3">　　{esc(p)}</font></p>')
        card = (lambda ps: f'<table width="92%" border="1" cellspacing="0" cellpadding="6" align="center" bgcolor="#f3f7fb" class="mcjs">'
                + "".join(f'<tr><td>{"<b>" if j == 0 else ""}{esc(x)}{"</b>" if j == 0 else ""}</td></tr>' for j, x in enumerate(ps))
                + '</table>')
        sig = "".join(f'<p align="right"><font size="3">{esc(s)}</font></p>' for s in ex["S"])
        body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner_fgw.jpg" width="1000" height="120"></td></tr>'
                f'<tr><td class="dh"><a>首页</a>&nbsp;|&nbsp;<a>机构职能</a>&nbsp;|&nbsp;<a>政策文件</a>&nbsp;|&nbsp;<a>政策解读</a>&nbsp;|&nbsp;<a>发展规划</a>&nbsp;|&nbsp;<a>价格收费</a>&nbsp;|&nbsp;<a>互动交流</a></td></tr></table>'
                f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td width="230" valign="top" class="left">'
                f'<div class="lmbt">政策解读</div><ul><li><a>文字解读</a></li><li><a>图文解读</a></li><li><a>媒体解读</a></li></ul>'
                f'<div class="ewm"><img src="/images/wx.jpg"><br>扫一扫关注“巴南发布”</div></td><td width="20"></td><td valign="top">'
                f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="dqwz">当前位置：<a>首页</a>&gt;&gt;<a>部门</a>&gt;&gt;<a>区发展改革委</a>&gt;&gt;<a>政策解读</a></td></tr>'
                f'<tr><td height="60" align="center" class="bt"><font color="#c00" size="5"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="sj">发布时间：{y}-{m}-{d} {_hm(rng)}&nbsp;&nbsp;&nbsp;&nbsp;来源：{org}&nbsp;&nbsp;&nbsp;&nbsp;'
                f'浏览次数：<script language="javascript">document.write("{_n(rng, 3)}")</script>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td><div class="TRS_Editor"><div class="Custom_UnionStyle">{_paras(art, one, card)}{sig}</div></div></td></tr>'
                f'<tr><td class="fj">相关文件：<a>巴南区人民政府办公室关于印发巴南区促进民营经济高质量发展若干措施的通知</a></td></tr>'
                f'<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
                f'<tr><td class="xgxx"><b>相关解读</b><ul>{_rel(rng, others, 4, "{t}　{d}")}</ul></td></tr></table></td></tr></table>'
                f'<table width="1000" align="center" class="bottom"><tr><td align="center">主办单位：{site}办公室　承办单位：{org}<br>'
                f'网站标识码：500113{_n(rng, 4)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号<br>建议使用1024×768分辨率浏览</td></tr></table>')
        head = f'<title>{esc(art["title"])}_{site}</title>' + _gov_metas(art, site, "政策解读", org, f"{y}-{m}-{d}")
    else:
        url = f"http://www.cqkz.gov.cn/bm/qfzggw/zwxx_99345/zcjd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        one = (lambda i, p: f'<p style="text-indent:2em"><strong>{esc(p[:6])}</strong>{esc(p[6:])}</p>' if p.startswith("坚持")
               else f'<p style="text-indent:2em">{esc(p)}</p>')
        card = (lambda ps: f'<div style="border:1px dashed #3a7bd5;background:#eef4fc;margin:10px 30px;padding:8px">'
                f'<p style="color:#3a7bd5;font-weight:bold">【{esc(ps[0])}】</p>'
                + "".join(f'<p style="font-size:14px">{esc(x)}</p>' for x in ps[1:]) + '</div>')
        photo = lambda cs: ""
        dm = int(m), int(d)
        body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>'
                f'<div class="search"><input type="text" value="请输入关键字"><button>搜索</button></div></div>'
                f'<div class="nav"><ul><li><a>首页</a></li><li><a>政务公开</a></li><li><a>政务服务</a></li><li><a>互动交流</a></li><li><a>走进开州</a></li></ul></div>'
                f'<div class="position">您的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政策解读</a> &gt; <a>图文解读</a></div>'
                f'<div class="detail"><div class="xl_title"><h1>{esc(art["title"])}</h1></div>'
                f'<div class="xl_info"><span>发布日期：{y}/{dm[0]}/{dm[1]}</span><span>更新时间：{ex["V"][0]}</span><span>来源：{org}</span>'
                f'<span>字号：[ <a>大</a> <a>中</a> <a>小</a> ]</span></div>'
                f'<div class="xl_con"><div class="view TRS_UEDITOR trs_paper_default"><p style="text-align:center"><img src="{_img(rng, y, m)}" width="640"></p>'
                f'{_paras(art, one, card, photo)}</div></div>'
                f'<div class="xl_share"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>'
                f'<div class="xl_tools"><a>【打印】</a><a>【关闭】</a></div>'
                f'<div class="xl_rel"><h3>相关阅读</h3><ul>{_rel(rng, others, 3)}</ul></div></div>'
                + _gov_footer(rng, site))
        head = f'<title>{esc(art["title"])}-{site}</title>' + _gov_metas(art, site, "图文解读", org, f"{y}-{m}-{d} {_hms(rng)}")
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 2. 街道 公众号 post


def jiedao_mp_wenxin(art, rng, others):
    """A 街道 公众号 post: ``<section>``/``<span leaf>`` markup (q03, visible 年月日 time) or old
    ``<p><span>`` with ``&nbsp;`` runs (q04, the time filled by script: only ``var ct``/
    ``publish_time`` carry it); 温馨提示 and 办事指南 boxes, credits and 阅读原文/点赞/在看 after."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    street = art["title"][:4] if art["id"] == "q04" else "春晖路街道"
    acct = rng.choice([f"{street}发布", f"{place}{street}"])
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    n_tip = ex["N"].index("办事指南")
    tips, guide = ex["N"][1:n_tip], ex["N"][n_tip + 1:]
    if art["id"] == "q03":
        one = lambda i, p: f'<section style="margin-bottom:12px;line-height:1.75em;text-indent:2em"><span leaf="">{esc(p)}</span></section>'
        photo = (lambda cs: f'<section style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></section>'
                 + "".join(f'<section style="text-align:center;font-size:12px;color:#888"><span leaf="">{esc(c)}</span></section>' for c in cs))
        shown = f"{y}年{m}月{d}日 {_hm(rng)}"
    else:
        one = lambda i, p: f'<p style="line-height:2em"><span style="font-size:15px">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</span></p>'
        photo = lambda cs: ""
        shown = ""
    boxes = (f'<section style="border:1px solid #f0a020;border-radius:6px;margin:16px 8px;padding:10px">'
             f'<section style="color:#f0a020;font-weight:bold;text-align:center"><span leaf="">{esc(ex["N"][0])}</span></section>'
             + "".join(f'<p style="font-size:14px"><span leaf="">{esc(t)}</span></p>' for t in tips) + '</section>'
             f'<section style="background:#eef6ee;margin:16px 8px;padding:10px">'
             f'<section style="color:#2a8a3a;font-weight:bold"><span leaf="">▍办事指南</span></section>'
             + "".join(f'<p style="font-size:14px"><span leaf="">{esc(t)}</span></p>' for t in guide) + '</section>')
    creds = "".join(f'<p style="text-align:right;font-size:12px;color:#999"><span leaf="">{esc(r)}</span></p>' for r in ex["R"])
    ending = (f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/0"></p>'
              f'<p style="text-align:center;font-size:12px"><span leaf="">{esc(rng.choice(["长按识别二维码 关注我们", "点亮“在看”，和小编一起关注社区事"]))}</span></p>')
    # the epoch of a Beijing-time moment on the publication day (07:00-21:59)
    ct = (datetime.date.fromisoformat(art["date"]) - datetime.date(1970, 1, 1)).days * 86400 + rng.randint(7 * 3600, 22 * 3600 - 1) - 8 * 3600
    content = _paras(art, one, None, photo) + boxes + creds + ending
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta rich_media_meta_text">{rng.choice(["原创", ""])}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{shown}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:visible">{content}</div>'
            f'<div id="js_tags" class="article-tag_list">#{esc(street)} #便民服务</div></div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a>'
            f'<span>阅读 {rng.randint(300, 5000)}</span><a>分享</a><a>点赞 {rng.randint(5, 90)}</a><a>在看 {rng.randint(1, 30)}</a></div>'
            f'<div class="rich_media_area_extra"><p>写留言</p><p>留言 {rng.randint(0, 12)}</p></div></div></div>'
            f'<script>var ct = "{ct}"; var publish_time = "{art["date"] if art["id"] == "q04" else shown}" || ""; var nickname = "{esc(acct)}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:site_name" content="微信公众平台"><meta property="og:url" content="{url}">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 3. 省级 党报 客户端


def dangbao_app_yinti(art, rng, others):
    """A provincial Party paper's app article (川观新闻-like q05 with a visible time; 天眼新闻-like
    q06 with the date only in ``publishdate`` and the URL): 引题 above the headline, 副题 below,
    the reporter line as the first paragraph, a 相关专题 strip and 打开APP prompts."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    who = rng.sample(REPORTERS, 2)
    zt = "".join(f'<a class="zt-item"><img src="/zt/{_n(rng, 5)}.jpg"><span>{esc(z)}</span></a>' for z in ex["Z"])
    if art["id"] == "q05":
        app, paper = "川观新闻", "四川日报"
        url = f"https://cbgc.scol.com.cn/news/{_n(rng, 7)}"
        info = f'<div class="info"><span class="src">来源：{app}</span><span class="time">{y}-{m}-{d} {_hm(rng)}</span></div>'
        meta = ""
        one = (lambda i, p: f'<p><strong>{esc(p)}</strong></p>' if _is_head(p) else f'<p>{esc(p)}</p>')
    else:
        app, paper = "天眼新闻", "贵州日报"
        url = f"https://jgz.app.todayguizhou.com/news/{y}/{m}/{d}/{_n(rng, 8)}.html"
        info = f'<div class="info"><span class="src">来源：{app}客户端</span><span class="read">阅读 {_n(rng, 4)}</span></div>'
        meta = f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="description" content="{esc(art["body"][0])}">'
        one = (lambda i, p: f'<p style="text-indent:2em"><b>{esc(p)}</b></p>' if _is_head(p) else f'<p style="text-indent:2em">{esc(p)}</p>')
    body = (f'<div class="app-top"><img src="/static/logo_{app}.png"><span>{app}</span><a class="open">打开APP</a></div>'
            f'<div class="article"><div class="yinti">{esc(ex["Y"][0])}</div><h1 class="title">{esc(art["title"])}</h1>'
            f'<h2 class="fuTi">——{esc(ex["U"][0])}</h2>{info}'
            f'<div class="content"><p>{esc(ex["R"][0])}</p>{_paras(art, one)}</div>'
            f'<div class="editor">责任编辑：{who[0]}　值班编辑：{who[1]}</div>'
            f'<div class="copyright">版权声明：本文为{app}原创，未经授权禁止转载。</div>'
            f'<div class="zt"><h3>相关专题</h3><div class="zt-list">{zt}</div></div>'
            f'<div class="like"><a>赞 {rng.randint(10, 300)}</a><a>分享</a></div>'
            f'<div class="tuijian"><h3>推荐阅读</h3><ul>{_rel(rng, others, 4, "{t}<em>{d}</em>")}</ul></div>'
            f'<div class="more"><a class="open">打开{app}APP，阅读更多精彩内容</a></div></div>'
            f'<div class="foot">{paper}全媒体 版权所有</div>')
    head = f'<title>{esc(art["title"])}_{app}</title>{meta}'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 4. 县委宣传部 典型人物


def xcb_dianxing_renwu(art, rng, others):
    """A 县委宣传部 site's 典型人物 story (both GBK): a ``con`` div of ``<p>`` with ``　　`` and bold
    subheads and a photo (q07), or one ``zoom`` div of ``<br>``-separated paragraphs with
    ``<b>记者：</b>`` turns (q08); a 人物名片 card after paragraph K; a credit line."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    county = f"{place}县" if place == "巫溪" else "彭水苗族土家族自治县"
    site = f"{place}宣传网" if place == "巫溪" else "彭水宣传"
    card = (lambda ps: f'<div class="rwmp" style="float:right;width:240px;border:1px solid #c00;margin:8px;padding:6px">'
            f'<div class="rwmp-t" style="background:#c00;color:#fff">{esc(ps[0])}</div>'
            + "".join(f'<div class="rwmp-c">{esc(x)}</div>' for x in ps[1:]) + '</div>')
    if art["id"] == "q07":
        url = f"http://www.pswxcb.gov.cn/dxrw/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.html"
        one = (lambda i, p: f'<p style="text-align:center"><strong>{esc(p)}</strong></p>' if _is_head(p)
               else f'<p>　　{esc(p)}</p>')
        photo = (lambda cs: f'<p style="text-align:center"><img src="{_img(rng, y, m)}" border="0"></p>'
                 + "".join(f'<p style="text-align:center"><font color="#666">{esc(c)}</font></p>' for c in cs))
        info = (f'<div class="info">时间：{y}年{m}月{d}日&nbsp;&nbsp;来源：{esc(ex["R"][0][:7])}&nbsp;&nbsp;'
                f'点击：<span id="hits">{_n(rng, 3)}</span></div>')
        inner = f'<div class="con">{_paras(art, one, card, photo)}<p style="text-align:right">（{esc(ex["R"][0])}）</p></div>'
    else:
        url = f"http://www.wxxcb.cn/html/dxrw/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
        parts = []
        for i, p in enumerate(art["body"]):
            if p.startswith("记者："):
                parts.append(f'　　<b>记者：</b>{esc(p[3:])}<br>')
            elif p.startswith("刘德明："):
                parts.append(f'　　<b>刘德明：</b>{esc(p[4:])}<br>')
            else:
                parts.append(f'　　{esc(p)}<br>')
            if i == ex["K"]:
                parts.append('<table align="center" width="80%" border="1" cellspacing="0" bgcolor="#fff8e8"><tr><td>'
                             + "<br>".join(esc(x) for x in ex["P"]) + '</td></tr></table>')
            parts.append('<br>' if rng.random() < 0.5 else '')
        info = f'<div class="info">[{y}-{m}-{d}]&nbsp;&nbsp;{esc(ex["R"][0])}&nbsp;&nbsp;【<a>打印</a>】【<a>关闭</a>】</div>'
        inner = f'<div id="zoom"><font style="font-size:16px;line-height:30px">{"".join(parts)}</font></div>'
    body = (f'<div class="top"><span>{county}委宣传部主办</span><a>设为首页</a><a>加入收藏</a></div>'
            f'<div class="banner"><img src="/images/banner.jpg"></div>'
            f'<div class="menu"><a>首页</a><a>工作动态</a><a>理论学习</a><a>文明创建</a><a>典型人物</a><a>网络文明</a></div>'
            f'<div class="main"><div class="left"><div class="wz">当前位置：首页 &gt; 典型人物 &gt; 正文</div>'
            f'<div class="article"><h1>{esc(art["title"])}</h1>{info}{inner}'
            f'<div class="bj">责任编辑：{rng.choice(REPORTERS)}</div></div>'
            f'<div class="sxp"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[1][0])}</a></p></div></div>'
            f'<div class="right"><h3>典型人物</h3><ul>{_rel(rng, others, 5, "{t}")}</ul>'
            f'<h3>好人榜</h3><p>“重庆好人”候选人推荐</p></div></div>'
            f'<div class="footer">版权所有：中共{county}委宣传部　地址：{county}{rng.choice(["城厢镇", "靛水街道"])}　'
            f'渝ICP备{_n(rng, 8)}号<br>未经授权，禁止转载、摘编、复制或建立镜像</div>')
    head = f'<title>{esc(art["title"])}--{site}</title><meta name="keywords" content="典型人物,{place}">'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 5. 地方 电视台 网站 video news


def dst_video_news(art, rng, others):
    """A local TV station site's news page: a video player with 时长 and 来源 lines above the
    text, an info line with 发布时间 and an 更新时间 (q09) or a 年月日 stamp (q10), the credit
    line under the text, a 视频推荐 list with durations."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    station = f"{place}电视台"
    if art["id"] == "q09":
        url = f"http://www.rctv.cn/news/{y}{m}{d}/{_n(rng, 6)}.shtml"
        info = (f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>更新时间：{ex["V"][0]}</span>'
                f'<span>来源：{place}区融媒体中心</span></div>')
        player = (f'<div class="video-box"><video id="player" src="//vod.rctv.cn/{y}{m}/{_n(rng, 8)}.mp4" poster="/poster/{_n(rng, 6)}.jpg" controls></video>'
                  f'<div class="v-meta"><span>时长：{ex["L"][0]}</span><span>来源：{station}《{place}新闻》</span></div></div>')
        one = lambda i, p: f'<p>{esc(p)}</p>'
    else:
        url = f"https://www.cqwlnews.com/shipin/{y}-{m}/{d}/content_{_n(rng, 7)}.html"
        info = f'<div class="info">{y}年{m}月{d}日 {_hm(rng)}&nbsp;&nbsp;来源：{station}&nbsp;&nbsp;<span>浏览量：{_n(rng, 4)}</span></div>'
        player = (f'<div id="vplayer" class="player"><script>var vurl = "//vod.wlnews.cn/{_n(rng, 9)}.m3u8"; initPlayer("vplayer", vurl);</script>'
                  f'<div class="tip">视频加载中...</div></div><p class="vinfo">【时长】{ex["L"][0]}　【来源】{station}</p>')
        one = lambda i, p: f'<p style="text-indent:2em">{esc(p)}</p>'
    rec = "".join(f'<li><a><img src="/v/{_n(rng, 5)}.jpg"><span class="dur">0{rng.randint(1, 4)}:{rng.randint(10, 59)}</span><p>{esc(t)}</p></a></li>'
                  for t, _ in rng.sample(others, 4))
    body = (f'<div class="hd"><div class="logo">{station}</div><ul class="nav"><li><a>首页</a></li><li><a>新闻</a></li><li><a>视频</a></li>'
            f'<li><a>直播</a></li><li><a>专题</a></li><li><a>栏目</a></li></ul><a class="live">电视直播</a></div>'
            f'<div class="crumbs"><a>首页</a> / <a>视频新闻</a> / 正文</div>'
            f'<div class="bd"><div class="article-box"><h1>{esc(art["title"])}</h1>{info}{player}'
            f'<div class="bt_content">{_paras(art, one)}</div>'
            f'<p class="author">{esc(ex["R"][0])}</p>'
            f'<div class="share"><span>分享至：</span><a>微信</a><a>微博</a><a>QQ</a></div></div>'
            f'<div class="side"><h3>视频推荐</h3><ul>{rec}</ul><h3>热门排行</h3><ol>{_rel(rng, others, 3, "{t}")}</ol></div></div>'
            f'<div class="ft"><p>{station}版权所有　未经许可不得复制转载</p><p>广播电视节目制作经营许可证（渝）字第{_n(rng, 5)}号　'
            f'渝ICP备{_n(rng, 8)}号</p></div>')
    head = f'<title>{esc(art["title"])}_{station}网</title><meta name="keywords" content="视频,{place}">'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 6. 政府网 图片新闻 with a 图集 viewer


def zfw_tuji_viewer(art, rng, others):
    """A district portal's 图片新闻 page: a 图集 viewer (1/N counter, 上一张/下一张, a caption per
    photo in the thumbnails) inside the text after paragraph n; a visible 发布时间 with seconds
    and a photographer line (q11) or no visible date, only ``PubDate`` and the URL (q12)."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    site = f"重庆市{place}区人民政府"
    (n, caps), = ex["C"].items()
    lis = "".join(f'<li{ON if j == 0 else ""}><img src="{_img(rng, y, m)}"><p class="picinfo">{esc(c)}</p></li>'
                  for j, c in enumerate(caps))
    viewer = (f'<div class="tuji"><div class="big"><img id="bigimg" src="{_img(rng, y, m)}"></div>'
              f'<div class="tj-bar"><span class="num"><em>1</em>/{len(caps)}</span><a class="prev">上一张</a><a class="next">下一张</a>'
              f'<a class="play">自动播放</a></div><div class="tj-desc">{esc(caps[0])}</div><ul class="thumbs">{lis}</ul></div>')
    one = lambda i, p: f'<p style="text-indent:2em;line-height:2">{esc(p)}</p>'
    text = "".join(one(i, p) + (viewer if i == n else "") for i, p in enumerate(art["body"]))
    if art["id"] == "q11":
        url = f"http://www.cqjlp.gov.cn/zwxx_161/tpxw/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        info = (f'<div class="zwxl-info"><span>发布时间：{y}-{m}-{d} {_hms(rng)}</span>'
                f'<span>来源：九龙坡区融媒体中心</span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = f'<p class="zz">{esc(ex["R"][0])}</p>'
    else:
        url = f"http://www.cqspb.gov.cn/zwxx_265/tpxw/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        info = (f'<div class="zwxl-info"><span>信息来源：区城市管理局</span><span>阅读次数：<script>document.write({_n(rng, 3)})</script></span>'
                f'<span><a>打印</a></span></div>')
        tail = ""
    body = (f'<div class="head"><div class="logo"><img src="/images/logo.png"></div><div class="weather">{place}</div></div>'
            f'<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>图说{place}</a></div>'
            f'<div class="crumb">当前位置：<a>首页</a>&gt;<a>政务信息</a>&gt;<a>图片新闻</a></div>'
            f'<div class="zwxl"><div class="zwxl-title">{esc(art["title"])}</div>{info}'
            f'<div class="zwxl-con"><div class="TRS_Editor">{text}</div>{tail}</div>'
            f'<div class="zwxl-tool"><span>扫一扫在手机打开当前页</span><img src="/images/qr.png"><a>【关闭窗口】</a></div></div>'
            f'<div class="tpxw-more"><h3>更多图片新闻</h3><ul>{_rel(rng, others, 4, "<img src=/i.jpg><p>{t}</p>")}</ul></div>'
            + _gov_footer(rng, site))
    head = (f'<title>{esc(art["title"])}_{site}</title>'
            + _gov_metas(art, site, "图片新闻", "区融媒体中心" if art["id"] == "q11" else "区城市管理局", f"{y}-{m}-{d} {_hm(rng)}"))
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 7. e-paper 理论版


def epaper_lilun_bianzhe(art, rng, others):
    """An e-paper's 理论 page: the issue's date and 版次 in the header, PDF/上一版/下一版, an 编者按
    above the text, the author line (□ 名) and (作者单位：…) line, ``<br>``-separated paragraphs in
    one div with ``<b>`` heads (q13, GBK) or ``<P>`` with ``　　`` (q14); 本版其他文章 list."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    paper = f"{place}日报" if place == "涪陵" else "渝北时报"
    ban = rng.choice(["05", "06", "07"])
    url = f"http://epaper.{art['place']}.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    if art["id"] == "q13":
        paras = "".join((f'<b>{esc(p)}</b><br><br>' if _is_head(p) else f'　　{esc(p)}<br><br>') for p in art["body"])
        text = (f'<div class="bza">{esc(ex["E"][0])}</div><div class="author">{esc(ex["A"][0])}</div>'
                f'<div id="ozoom"><founder-content>{paras}{esc(ex["A"][1])}</founder-content></div>')
    else:
        paras = "".join((f'<P><STRONG>{esc(p)}</STRONG></P>' if _is_head(p) else f'<P>　　{esc(p)}</P>') for p in art["body"])
        text = (f'<div id="ozoom"><P><FONT color="#0000ff">{esc(ex["E"][0])}</FONT></P>'
                f'<P align="center">{esc(ex["A"][0])}</P>{paras}<P>{esc(ex["A"][1])}</P></div>')
    others_ban = "".join(f'<li><a>{esc(t)}</a></li>' for t, _ in rng.sample(others, 3))
    body = (f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="head">'
            f'<img src="../../../images/logo_{art["place"]}.gif"> {y}年{m}月{d}日 {_week(art)}</td>'
            f'<td align="right"><a>往期回顾</a> | <a>返回首页</a></td></tr></table>'
            f'<table width="1000" align="center"><tr><td width="320" valign="top" class="banmian">'
            f'<div class="bc">第{ban}版：理论</div><img src="../../../images/page_{ban}.jpg" width="300" usemap="#pagemap">'
            f'<div class="bsel"><a>上一版</a>&nbsp;<a>下一版</a>&nbsp;<a href="../../../page/{y}-{m}/{d}/{ban}/{ban}.pdf">PDF下载</a></div>'
            f'<div class="blist"><b>版面导航</b><ul><li><a>01版：要闻</a></li><li><a>02版：综合</a></li><li><a>{ban}版：理论</a></li></ul></div></td>'
            f'<td valign="top" class="wz"><div class="title-box"><h1>{esc(art["title"])}</h1></div>'
            f'{text}'
            f'<div class="bbqt"><b>本版其他文章</b><ul>{others_ban}</ul></div>'
            f'<div class="sxp"><a>上一篇</a>&nbsp;&nbsp;<a>下一篇</a></div></td></tr></table>'
            f'<div class="foot">{paper}社版权所有　未经书面授权不得复制或建立镜像<br>渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>{paper}数字报-{esc(art["title"])}</title><meta name="keywords" content="{paper},理论">'
    return head, body, url


TEMPLATES = {"fgw_zcjd_mingci": fgw_zcjd_mingci, "jiedao_mp_wenxin": jiedao_mp_wenxin,
             "dangbao_app_yinti": dangbao_app_yinti, "xcb_dianxing_renwu": xcb_dianxing_renwu,
             "dst_video_news": dst_video_news, "zfw_tuji_viewer": zfw_tuji_viewer,
             "epaper_lilun_bianzhe": epaper_lilun_bianzhe}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages29", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
