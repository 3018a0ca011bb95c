"""Build the twenty-fifth saved-page set (``pages25``): a development set for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier
set used, each chosen to be hard for an extractor: a 区县 统计局 统计公报 with numbered sections,
data tables and 注 lines (``tjj_tjgb``), a 检察院 portal's 检察动态 article (``jcy_jcdt``), a 政协
提案办理 答复 page with a 提案人/答复单位 header grid (``zx_tabl_dafu``), a 党报 网站 署名评论
column with an 作者简介 box (``dangbao_shuming_pinglun``), page 1 of a 地方新闻网 article split over
pages (``dfxw_paged_interview``), a 共青团 区委/县委 account post with emoji, 往期回顾 cards and
青年大学习 lines (``tuanqu_mp_emoji``) and an e-paper page with the 版面导航 list on the left and
本版其他文章 under the article (``epaper_bmdh_left``). Besides ``T``/``B``/``F`` lines,
``articles.txt`` holds layout-only lines read by :func:`extras`. See README.md.

    python tests/data/web/pages25/build.py
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402
from pageset import hm as _hm, hms as _hms, digits as _n, ymd as _ymd  # noqa: E402

ENDS = ("。", "？", "！", "；", "：", "”", "…", "）")


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: captions ``C`` ``{n: [text]}``,
    table-row indices ``W`` and the lists ``S`` ``X`` ``U`` ``E`` ``P`` ``G`` ``L`` ``M`` ``J`` ``N``."""
    out, cur = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            cur = out.setdefault(line.split()[1], {"C": {}, "W": [], **{k: [] for k in "SXUEPGLMJN"}})
        elif line.startswith("C "):
            n, text = line[2:].split(" ", 1)
            cur["C"].setdefault(int(n), []).append(text)
        elif line.startswith("W "):
            cur["W"] = [int(x) for x in line[2:].split()]
        elif line[:2] in tuple(f"{k} " for k in "SXUEPGLMJN"):
            cur[line[0]].append(line[2:])
    return out


EXTRAS = extras(HERE / "articles.txt")


def _meta_date(art) -> str:
    ex = EXTRAS[art["id"]]
    return ex["M"][0] if ex["M"] else art["date"]


def _is_head(p: str) -> bool:
    """A subheading: short with no sentence end (一、综合, 听取通报　提出建议, 🏅五四红旗团委)."""
    return len(p) <= 30 and not p.endswith(ENDS)


def _rel(rng, others, k, fmt="{t}<span>{d}</span>") -> str:
    return "".join(f'<li><a href="#" target="_blank">{fmt.format(t=esc(t), d=d)}</a></li>' for t, d in rng.sample(others, k))


def _img(rng, y, m) -> str:
    return f"/{y}{m}/W0{y}{m}{_n(rng, 6)}{_n(rng, 6)}.jpg"


def _paras(art, one, photo, table=None) -> str:
    """``one(i, p)`` per paragraph, ``photo(caption)`` after paragraph n for each ``C n`` line;
    runs of ``W`` rows go through ``table(rows)`` as one block."""
    ex = EXTRAS[art["id"]]
    rows = set(ex["W"])
    out, run = [], []
    for i, p in enumerate(art["body"]):
        if i in rows:
            run.append(p)
            if i + 1 not in rows:
                out.append(table(run))
                run = []
            continue
        out.append(one(i, p))
        out.extend(photo(c) for c in ex["C"].get(i, []))
    return "".join(out)


def _gov_footer(rng, org, prov="渝") -> str:
    return (f'<div class="footer"><p>主办：{org}　承办：{org}办公室</p>'
            f'<p>网站标识码：{_n(rng, 10)}　<a>{prov}ICP备{_n(rng, 8)}号-{rng.randint(1, 9)}</a>　'
            f'<img src="/images/ga.png"><a>{prov}公网安备 {_n(rng, 14)}号</a></p>'
            f'<p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a></p><div class="dzjg"><img src="/images/red.png"></div></div>')


def _gbk_safe(art, others):
    """On a GBK page, only the other articles whose titles GBK can hold (no emoji) as teasers."""
    if "gbk" not in art["flags"]:
        return others
    return [o for o in others if all(ord(ch) < 0x10000 and ch.encode("gbk", "ignore") for ch in o[0])]


def _weekday(y, m, d) -> str:
    return "一二三四五六日"[datetime(int(y), int(m), int(d)).weekday()]


# ---------------------------------------------------------------------------------------------
# 1. 区县 统计局 统计公报


def tjj_tjgb(art, rng, others):
    """A 统计公报 on a district portal's 统计信息 column: the issuing offices and date under the
    headline (``S``), numbered section headings, centred table titles, bordered tables (``W``
    rows), ``注：`` lines in 楷体, an 附件 link; q01 an old GBK table layout with 发布时间 and 更新时间
    (the ``PubDate`` meta holds the update), q02 a ``div`` page whose only date is the meta and URL."""
    others = _gbk_safe(art, others)
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    md = _meta_date(art)
    if art["id"] == "q01":
        org, url = "重庆市潼南区人民政府", f"http://www.cqstn.gov.cn/bm/qtjj/zwgk_70935/fdzdgknr/tjxx/tjgb/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"

        def one(i, p):
            if p.startswith("注："):
                return f'<p style="text-indent:2em"><font face="楷体_GB2312" size="2">{esc(p)}</font></p>'
            if p.startswith("表"):
                return f'<p align="center"><b>{esc(p)}</b></p>'
            if _is_head(p):
                return f'<p style="text-indent:2em"><font face="黑体">{esc(p)}</font></p>'
            return f'<p style="text-indent:2em">{esc(p)}</p>'

        def table(rows):
            trs = "".join("<tr>" + "".join(f'<td align="center" style="border:1px solid #000"><p>{esc(c)}</p></td>' for c in r.split(" ")) + "</tr>"
                          for r in rows)
            return f'<table class="MsoNormalTable" border="1" cellspacing="0" width="560" align="center">{trs}</table>'
        sign = "".join(f'<p align="center">{esc(s)}</p>' for s in ex["S"])
        rel = "".join(f'<tr><td>·<a>{esc(t)}</a></td><td width="90">{dd}</td></tr>' for t, dd in rng.sample(others, 5))
        body = (f'<table width="1000" align="center" cellspacing="0" cellpadding="0"><tr><td><img src="/images/top_tn.jpg" alt="{org}"></td></tr>'
                f'<tr><td class="nav"><a>首页</a>｜<a>政务公开</a>｜<a>政务服务</a>｜<a>互动交流</a>｜<a>走进潼南</a></td></tr></table>'
                f'<table width="1000" align="center"><tr><td width="220" valign="top" class="left">'
                f'<div class="lm">统计信息</div><ul><li><a>统计公报</a></li><li><a>统计月报</a></li><li><a>统计年鉴</a></li><li><a>数据解读</a></li></ul></td>'
                f'<td valign="top"><div class="dqwz">您当前所在位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区统计局</a> &gt; <a>统计信息</a> &gt; <a>统计公报</a></div>'
                f'<table width="100%"><tr><td class="title" align="center"><b>{esc(art["title"])}</b></td></tr>'
                f'<tr><td align="center" class="info">发布时间：{y}-{m}-{d} {_hms(rng)}&nbsp;&nbsp;&nbsp;&nbsp;更新时间：{md}&nbsp;&nbsp;&nbsp;&nbsp;'
                f'来源：区统计局&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td><div class="TRS_Editor">{sign}{_paras(art, one, lambda c: "", table)}</div></td></tr>'
                f'<tr><td class="fj">{"".join(f"<p><a>{esc(x)}</a></p>" for x in ex["X"])}</td></tr>'
                f'<tr><td align="right"><a>【打印本页】</a>　<a>【关闭窗口】</a></td></tr>'
                f'<tr><td><div class="xg">相关信息</div><table width="100%">{rel}</table></td></tr></table></td></tr></table>'
                f'<table width="1000" align="center"><tr><td class="foot">主办：{org}办公室　承办：潼南区统计局<br>'
                f'网站标识码：{_n(rng, 10)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = (f'<title>{esc(art["title"])}_{org}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{md} {_hm(rng)}"><meta name="ColumnName" content="统计公报">')
    else:
        org = "重庆市綦江区人民政府"
        url = f"http://www.cqqj.gov.cn/bm/qtjj/zwxx_51633/tjgb/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"

        def one(i, p):
            if p.startswith("注："):
                return f'<p style="text-indent:2em;font-family:楷体;font-size:12px">{esc(p)}</p>'
            if p.startswith("表"):
                return f'<p style="text-align:center"><strong>{esc(p)}</strong></p>'
            if _is_head(p):
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
            return f'<p style="text-indent:2em">{esc(p)}</p>'

        def table(rows):
            th = "".join(f"<th>{esc(c)}</th>" for c in rows[0].split(" "))
            trs = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r.split(" ")) + "</tr>" for r in rows[1:])
            return f'<div class="table-wrap"><table border="1" cellspacing="0"><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table></div>'
        body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="{org}"></div>'
                f'<ul class="nav"><li>首页</li><li>要闻动态</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>'
                f'<div class="w1200"><div class="crumb"><a>首页</a> &gt; <a>区统计局</a> &gt; <a>统计信息</a> &gt; <a>统计公报</a></div>'
                f'<div class="xl_con"><div class="tit">{esc(art["title"])}</div>'
                f'<div class="xx"><span>来源：区统计局</span><span>浏览次数：<script>document.write({_n(rng, 3)})</script></span>'
                f'<span>字号：<a>大</a><a>中</a><a>小</a></span><span class="share">分享到：<a class="wx"></a><a class="wb"></a></span></div>'
                f'<div class="zw TRS_UEDITOR">{_paras(art, one, lambda c: "", table)}</div>'
                f'<div class="btns"><a>【打印】</a><a>【关闭】</a></div></div>'
                f'<div class="xgyd"><div class="hd">相关公报</div><ul>{_rel(rng, others, 4)}</ul></div>'
                f'<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div></div>'
                + _gov_footer(rng, org))
        head = (f'<title>{esc(art["title"])}_{org}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{md} {_hm(rng)}"><meta name="ContentSource" content="区统计局">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 2. 检察院 portal's 检察动态


def jcy_jcdt(art, rng, others):
    """A 检察院 site's article: red banner, 检察动态 crumb, centred photos with captions, short
    bold or centred subheadings, an 通讯员 line, 责任编辑, 上一篇/下一篇, 12309 links; q03 a
    ``发布时间：yyyy年mm月dd日 hh:mm`` line, q04 only a ``publishdate`` meta and the URL."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    photo = (lambda c: f'<p style="text-align:center"><img src="{_img(rng, y, m)}" width="600"></p>'
             f'<p style="text-align:center;font-family:楷体">{esc(c)}</p>')
    if art["id"] == "q03":
        site, url = "重庆市渝北区人民检察院", f"https://www.cqyb.jcy.gov.cn/jcdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.shtml"

        def one(i, p):
            if _is_head(p):
                return f'<p style="text-align:center"><strong><span style="color:#b40000">{esc(p)}</span></strong></p>'
            return f'<p style="text-indent:2em;line-height:2em"><span style="font-size:16px">{esc(p)}</span></p>'
        info = (f'<div class="detail-info"><span>发布时间：{y}年{m}月{d}日 {_hm(rng)}</span>'
                f'<span>来源：{site}</span><span>{esc(ex["U"][0])}</span></div>')
        head = f'<title>{esc(art["title"])}-{site}</title><meta name="keywords" content="检察开放日,公益诉讼">'
    else:
        site, url = "遵义市汇川区人民检察院", f"http://www.zyhc.jcy.gov.cn/jcdt/{y}{m}{d}/{_n(rng, 6)}.html"

        def one(i, p):
            if p[1] == "、":
                return f'<p><b>　　{esc(p)}</b></p>'
            return f"<p>　　{esc(p)}</p>"
        info = (f'<div class="detail-info"><span>{esc(ex["U"][0])}</span>&nbsp;&nbsp;<span>作者：政治部</span>&nbsp;&nbsp;'
                f'<span>阅读：<script>document.write("{_n(rng, 3)}")</script></span></div>')
        head = (f'<title>{esc(art["title"])}_{site}</title><meta name="publishdate" content="{_meta_date(art)}">'
                f'<meta name="description" content="{esc(art["body"][0][:60])}">')
    rel = _rel(rng, others, 5, "{t}<em>{d}</em>")
    body = (f'<div class="jcy-top"><img src="/images/jianhui.png"><span class="name">{site}</span>'
            f'<div class="tel"><a>12309中国检察网</a> <a>检察服务热线：12309</a></div></div>'
            f'<div class="menu"><a>首页</a><a>检察动态</a><a>检务公开</a><a>案件信息</a><a>队伍建设</a><a>检察文化</a><a>12309</a></div>'
            f'<div class="container"><div class="position">当前位置：<a>首页</a> &gt; <a>检察动态</a></div>'
            f'<div class="detail"><h2 class="detail-title">{esc(art["title"])}</h2>{info}'
            f'<div class="detail-con">{_paras(art, one, photo)}</div>'
            f'<div class="zrbj">【责任编辑：{rng.choice(REPORTERS)}】</div>'
            f'<div class="pn"><p>上一篇：<a>{esc(others[2][0])}</a></p><p>下一篇：<a>{esc(others[3][0])}</a></p></div></div>'
            f'<div class="side"><div class="hd">检察要闻</div><ul>{rel}</ul></div></div>'
            f'<div class="foot"><p>版权所有：{site}　技术支持：检察日报社正义网</p><p>ICP备案号：{"渝" if art["id"] == "q03" else "黔"}ICP备{_n(rng, 8)}号</p></div>')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 3. 政协 提案办理 答复


def zx_tabl_dafu(art, rng, others):
    """A 提案 reply published on a portal's 建议提案办理 column: a 提案号/提案人/… header grid
    (``G``), the reply (salutation, numbered headings or （一） items), a right-aligned signature
    and date (``S``), 联系人/联系电话 (``L``) and an 抄送 line (``X``); q05 a GBK table layout with
    ``日期：yyyy/m/d``, q06 a ``div`` page with ``发布日期：yyyy年mm月dd日``."""
    others = _gbk_safe(art, others)
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    sign = "".join(f'<p style="text-align:right">{esc(s)}</p>' for s in ex["S"])
    contact = "".join(f"<p>{esc(x)}</p>" for x in ex["L"] + ex["X"])
    if art["id"] == "q05":
        org, url = "重庆市江北区人民政府", f"http://www.cqjb.gov.cn/zwgk_239/jyta/zxta/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        grid = "".join(f'<tr><td class="k" width="120">{esc(g.split("：", 1)[0])}</td><td>{esc(g.split("：", 1)[1])}</td></tr>' for g in ex["G"])

        def one(i, p):
            if _is_head(p) and p[1] == "、":
                return f'<p style="text-indent:2em"><font face="黑体">{esc(p)}</font></p>'
            if i == 0:
                return f"<p>{esc(p)}</p>"
            return f'<p style="text-indent:2em"><font face="仿宋_GB2312">{esc(p)}</font></p>'
        body = (f'<table width="1002" align="center"><tr><td><img src="/images/banner_jb.jpg"></td></tr>'
                f'<tr><td class="nav"><a>首页</a> <a>政务公开</a> <a>建议提案办理</a> <a>政务服务</a></td></tr></table>'
                f'<table width="1002" align="center"><tr><td class="wz">您现在的位置：首页 &gt; 政务公开 &gt; 建议提案办理 &gt; 政协提案</td></tr>'
                f'<tr><td><table class="xxgk-grid" border="1" width="100%"><tr><td class="k">索引号：</td><td>11500105{_n(rng, 4)}/{y}-{_n(rng, 5)}</td>'
                f'<td class="k">发布机构：</td><td>区住房城乡建委</td></tr>'
                f'<tr><td class="k">日期：</td><td>{y}/{int(m)}/{int(d)}</td><td class="k">主题分类：</td><td>城乡建设</td></tr></table></td></tr>'
                f'<tr><td align="center" class="bt"><b>{esc(art["title"])}</b></td></tr>'
                f'<tr><td><table class="ta" border="1" cellspacing="0" width="90%" align="center">{grid}</table></td></tr>'
                f'<tr><td><div class="TRS_Editor">{_paras(art, one, lambda c: "")}{sign}{contact}</div></td></tr>'
                f'<tr><td align="right">【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr></table>'
                f'<table width="1002" align="center"><tr><td class="foot">主办：{org}办公室　网站标识码：{_n(rng, 10)}<br>'
                f'渝ICP备{_n(rng, 8)}号-1　渝公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d}">'
    else:
        org, url = "成都市人民政府", f"https://gk.chengdu.gov.cn/govInfo/detail.action?id={_n(rng, 7)}&tn=2"
        grid = "".join(f'<li><span class="k">{esc(g.split("：", 1)[0])}：</span><span class="v">{esc(g.split("：", 1)[1])}</span></li>' for g in ex["G"])

        def one(i, p):
            return f"<p>{'' if i == 0 else '&nbsp;&nbsp;&nbsp;&nbsp;'}{esc(p)}</p>"
        body = (f'<div class="gk-top"><span>成都市政府信息公开</span><a>登录</a><a>无障碍</a></div>'
                f'<div class="gk-crumb">首页 / 建议提案 / 市政协提案 / 答复全文</div>'
                f'<div class="gk-main"><h1>{esc(art["title"])}</h1>'
                f'<div class="gk-date">发布日期：{y}年{m}月{d}日<span>信息来源：成都市民政局</span><span>浏览：{_n(rng, 3)}次</span></div>'
                f'<ul class="ta-info">{grid}</ul>'
                f'<div class="gk-content">{_paras(art, one, lambda c: "")}{sign}{contact}</div>'
                f'<div class="gk-tool"><a>打印</a><a>关闭</a><a>收藏</a></div>'
                f'<div class="gk-rel"><h4>相关答复</h4><ul>{_rel(rng, others, 3)}</ul></div></div>'
                + _gov_footer(rng, org, "蜀"))
        head = f'<title>成都市政府信息公开</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 4. 党报 网站 署名评论


def dangbao_shuming_pinglun(art, rng, others):
    """A signed comment column on a Party paper's site: column banner, headline, a ``文／…`` or
    ``作者：…`` byline, short one-sentence paragraphs as section openers, an 作者简介 box (``P``)
    after the text; q08 also an 编者按 (``E``) above the text; 评论 list, share widgets, copyright."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    if art["id"] == "q07":
        site, url = "重庆日报网", f"https://www.cqrb.cn/pl/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"

        def one(i, p):
            if len(p) <= 16:
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
            return f'<p style="text-indent:2em">{esc(p)}</p>'
        body = (f'<div class="topbar"><a>重庆日报网</a><a>首页</a><a>时政</a><a>评论</a><a>区县</a><a>数字报</a></div>'
                f'<div class="col-banner"><img src="/images/bypl.png"><span>巴渝论坛</span></div>'
                f'<div class="wrap"><div class="left"><div class="art"><h1>{esc(art["title"])}</h1>'
                f'<div class="art-info"><span class="time">{y}-{m}-{d} {rng.randint(6, 8):02d}:{rng.randint(0, 59):02d}</span>'
                f'<span class="src">来源：重庆日报</span><span class="au">{esc(ex["U"][0])}</span></div>'
                f'<div class="art-con" id="ozoom">{_paras(art, one, lambda c: "")}</div>'
                f'<div class="zzjj" style="background:#f5f5f5;border-left:4px solid #c00;padding:10px">{"".join(f"<p>{esc(x)}</p>" for x in ex["P"])}</div>'
                f'<div class="edit">责任编辑：{rng.choice(REPORTERS)}</div>'
                f'<div class="bdsharebuttonbox"><span>分享到：</span><a class="bds_weixin"></a><a class="bds_tsina"></a><a class="bds_qzone"></a></div></div></div>'
                f'<div class="right"><div class="hd">巴渝论坛</div><ul>{_rel(rng, others, 6, "{t}")}</ul></div></div>'
                f'<div class="footer"><p>重庆日报网版权所有，未经书面授权禁止使用</p><p>互联网新闻信息服务许可证：{_n(rng, 11)}　渝ICP备{_n(rng, 8)}号</p></div>')
        head = f'<title>{esc(art["title"])} - 重庆日报网</title><meta name="author" content="向东">'
    else:
        site, url = "川观新闻", f"https://cbgc.scol.com.cn/news/{_n(rng, 7)}?from=iosapp&date={y}{m}{d}"

        def one(i, p):
            if len(p) <= 16:
                return f'<p>　　<strong>{esc(p)}</strong></p>'
            return f"<p>　　{esc(p)}</p>"
        body = (f'<div class="app-bar"><img src="/img/cbgc.png"><span>川观新闻</span><a>打开APP</a></div>'
                f'<div class="news-detail"><div class="column-tag">川观评论·一线观察</div><h1 class="title">{esc(art["title"])}</h1>'
                f'<div class="meta">{y}年{m}月{d}日 {rng.randint(6, 8):02d}:{rng.randint(0, 59):02d}　来源：川观新闻</div>'
                f'<div class="author">{esc(ex["U"][0])}</div>'
                f'<div class="content"><div class="editor-note" style="color:#666;font-family:楷体">{esc(ex["E"][0])}</div>'
                f'{_paras(art, one, lambda c: "")}'
                f'<div class="author-intro"><img src="/img/avatar_{_n(rng, 4)}.jpg"><p>{esc(ex["P"][0])}</p></div></div>'
                f'<div class="statement">【版权声明】本文系川观新闻原创，未经授权禁止转载。</div>'
                f'<div class="actions"><span>点赞 {rng.randint(10, 300)}</span><span>评论 {rng.randint(0, 40)}</span><span>分享</span></div>'
                f'<div class="more"><h3>更多评论</h3><ul>{_rel(rng, others, 4)}</ul></div></div>'
                f'<div class="foot">四川日报全媒体集群 版权所有</div>')
        head = (f'<title>川观评论｜{esc(art["title"])}_川观新闻</title><meta property="og:title" content="{esc(art["title"])}">'
                f'<meta property="article:published_time" content="{y}-{m}-{d}T07:00:00+08:00">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 5. 地方新闻网 article split over pages (page 1 saved)


def dfxw_paged_interview(art, rng, others):
    """Page 1 of a city/district news site's article split over three pages (GBK): old table
    layout, ``yyyy-m-d h:mm:ss`` or ``发布时间：yyyy年m月d日`` info line with ``&nbsp;`` runs,
    ``<br>``-joined paragraphs in one cell (q09) or ``<p>`` with ``&nbsp;`` indents (q10), a
    ``第1页 2 3 下一页`` pager whose link titles show the later pages' opening lines (``N``)."""
    others = _gbk_safe(art, others)
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    pager = (f'<div class="pager" align="center"><b>第1页</b> <a href="_2.html" title="{esc(ex["N"][0][:16])}">2</a> '
             f'<a href="_3.html" title="{esc(ex["N"][1][:16])}">3</a> <a href="_2.html">下一页</a></div>')
    if art["id"] == "q09":
        site, url = "万州新闻网", f"http://www.wz.gov.cn.wzxww.com/news/{y}{m}/{d}/{_n(rng, 6)}.shtml"
        text = "<br><br>".join("　　" + (f"<b>{esc(p)}</b>" if p.startswith("记者：") else esc(p)) for p in art["body"])
        info = (f'{y}-{int(m)}-{int(d)} {int(_hm(rng)[:2])}:{rng.randint(10, 59)}:{rng.randint(10, 59)}&nbsp;&nbsp;&nbsp;来源：万州日报&nbsp;&nbsp;&nbsp;'
                f'{esc(ex["U"][0])}&nbsp;&nbsp;&nbsp;点击：<script>document.write("{_n(rng, 4)}")</script>')
        content = f'<td class="content" style="font-size:14px;line-height:28px">{text}</td>'
    else:
        site, url = "大足网", f"http://www.dazu.cn/html/xw/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
        text = "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in art["body"])
        info = f'发布时间：{y}年{int(m)}月{int(d)}日&nbsp;&nbsp;&nbsp;&nbsp;来源：大足网&nbsp;&nbsp;&nbsp;&nbsp;作者：罗静&nbsp;&nbsp;&nbsp;&nbsp;【<a>打印</a>】'
        content = f'<td class="content">{text}</td>'
    hot = "".join(f'<tr><td>{k + 1}</td><td><a>{esc(t)}</a></td></tr>' for k, (t, _) in enumerate(rng.sample(others, 5)))
    body = (f'<table width="960" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/{art["place"]}_logo.gif"></td>'
            f'<td align="right">{y}年{int(m)}月{int(d)}日 星期{_weekday(y, m, d)}　<a>设为首页</a> <a>加入收藏</a></td></tr>'
            f'<tr><td colspan="2" class="nav"><a>首页</a> | <a>本地新闻</a> | <a>专题</a> | <a>视频</a> | <a>图片</a> | <a>数字报</a></td></tr></table>'
            f'<table width="960" align="center"><tr><td width="650" valign="top">'
            f'<table width="100%"><tr><td class="wz">您的位置：<a>{site}</a> &gt;&gt; <a>本地新闻</a> &gt;&gt; 正文</td></tr>'
            f'<tr><td class="bt" align="center"><h1>{esc(art["title"])}</h1></td></tr>'
            f'<tr><td class="info" align="center">{info}</td></tr>'
            f'<tr>{content}</tr>'
            f'<tr><td>{pager}</td></tr>'
            f'<tr><td align="right">[责任编辑：{rng.choice(REPORTERS)}]</td></tr>'
            f'<tr><td class="cmt">网友评论　文明上网，理性发言　已有{rng.randint(0, 9)}人参与评论</td></tr></table></td>'
            f'<td width="290" valign="top"><div class="phb"><b>点击排行</b><table>{hot}</table></div></td></tr></table>'
            f'<table width="960" align="center"><tr><td class="foot">{site} 版权所有　未经授权，禁止转载、摘编、复制或建立镜像<br>'
            f'渝ICP备{_n(rng, 8)}号　违法和不良信息举报电话：023-{_n(rng, 8)}</td></tr></table>')
    head = f'<title>{esc(art["title"])}--{site}</title><meta name="keywords" content="{esc(art["title"][:8])}">'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 6. 共青团 区委/县委 公众号


def tuanqu_mp_emoji(art, rng, others):
    """A 共青团 account post: 点击蓝字 banner, emoji-led headings as coloured sections, name rows
    or numbered tips as short lines, ornaments, ``来源/编辑`` lines (``U``), a 青年大学习 banner,
    往期回顾 cards with pictures, 阅读原文/赞/在看, ``var ct``."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    acct = "共青团北碚区委" if art["id"] == "q11" else "巫溪共青团"
    hh, mm = rng.randint(17, 21), rng.randint(0, 59)
    ct = int(datetime(int(y), int(m), int(d), hh, mm, tzinfo=timezone(timedelta(hours=8))).timestamp())
    parts = []
    for i, p in enumerate(art["body"]):
        if len(p) <= 30 and ord(p[0]) > 0x2000 and not "\u3000" <= p[0] <= "\u9fff":  # 🏅/⚠️/🆘 headings
            parts.append(f'<section style="text-align:center;margin:16px 0"><span style="background:#e60012;color:#fff;padding:3px 12px;border-radius:12px">'
                         f'<strong>{esc(p)}</strong></span></section>')
        elif len(p) <= 30 and not p.endswith("。"):
            parts.append(f'<section style="text-align:center"><span style="font-size:15px;color:#333">{esc(p)}</span></section>')
        else:
            parts.append(f'<p style="line-height:1.75em;text-indent:2em"><span style="font-size:15px;letter-spacing:1px">{esc(p)}</span></p>')
    deco = '<section style="text-align:center;color:#e60012">— · — · —</section>'
    credits = "".join(f'<p style="text-align:right;font-size:12px;color:#999">{esc(u)}</p>' for u in ex["U"])
    lead = ex["C"].get(0, ["🎈 点击蓝字 关注我们 🎈"])[0] if art["id"] == "q11" else "🌊 戳蓝字 关注我们 🌊"
    cards = "".join(f'<section style="display:flex;margin:6px 0"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 12)}/640" style="width:90px">'
                    f'<span style="font-size:13px">{esc(t)}</span></section>' for t, _ in rng.sample(others, 3))
    dxx = rng.choice(["2024年第7期", "2023年第19期", "第十二季第8期"])
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">{acct}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{f"{y}-{m}-{d} {hh:02d}:{mm:02d}" if art["id"] == "q11" else f"{y}年{int(m)}月{int(d)}日 {hh:02d}:{mm:02d}"}</em>'
            f'<span id="js_ip_wording_wrp">发表于<span id="js_ip_wording">重庆</span></span></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">'
            f'<section style="text-align:center;color:#1e6fd9;font-size:13px">{esc(lead)}</section>'
            f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_n(rng, 12)}/640?wx_fmt=gif"></section>'
            f'{"".join(parts)}{deco}'
            f'<section style="text-align:center;font-size:14px;color:#e60012"><strong>👇👇👇 青年大学习{dxx}来啦！👇👇👇</strong></section>'
            f'<section style="text-align:center;font-size:13px">点击下方图片，一起学习吧~📚</section>'
            f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_n(rng, 12)}/640"></section>'
            f'<section style="font-size:14px;color:#1e6fd9"><strong>往期回顾</strong></section>{cards}'
            f'{credits}'
            f'<section style="text-align:center;font-size:12px">✨ 分享 · 点赞 · 在看 ✨ {"青春北碚" if art["id"] == "q11" else "青春巫溪"} 与你同行</section></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span class="like">赞 {rng.randint(10, 99)}</span><span>分享</span><span class="zaikan">在看 {rng.randint(3, 40)}</span></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?__biz={_n(rng, 10)}"><p>微信扫一扫<br>关注该公众号</p></div></div></div>'
            f'<script>var ct = "{ct}"; var nickname = "{acct}"; var msg_title = "{esc(art["title"])}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:type" content="article">')
    return head, body, url_mp(rng)


def url_mp(rng) -> str:
    return f"https://mp.weixin.qq.com/s/{_n(rng, 16):x}{_n(rng, 6):x}"


# ---------------------------------------------------------------------------------------------
# 7. e-paper: 版面导航 on the left, article on the right, 本版其他文章 under it


def epaper_bmdh_left(art, rng, others):
    """A county paper's e-paper article page: date bar, 版次 list, a left 版面导航 column listing
    every article of the page, the article with 引题-less headline, an author line (``U``),
    a 上接 line (``J``, if any) and ``<br>``-joined ``　　`` paragraphs (q13) or ``<p>``s (q14), a photo with
    its caption, then 本版其他文章 and 上一篇/下一篇; the date on the date bar and in the URL."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    wk = _weekday(y, m, d)
    picks = rng.sample(others, 4)
    nav = "".join(f'<li><a>{esc(t)}</a></li>' for t in [art["title"]] + [t for t, _ in picks])
    more = "".join(f'<li>·<a>{esc(t)}</a></li>' for t, _ in picks)
    photo = (lambda c: f'<table align="center"><tr><td><img src="../../../res/{y}-{m}/{d}/02/{_n(rng, 7)}.jpg" /></td></tr>'
             f'<tr><td class="pictext">{esc(c)}</td></tr></table>')
    if art["id"] == "q13":
        paper, ban = "开州日报", "第02版：综合新闻"
        url = f"http://epaper.kzrb.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
        jump = f"{esc(ex['J'][0])}<br />" if ex["J"] else ""
        text = jump + _paras(art, lambda i, p: f"　　{esc(p)}<br />", lambda c: "<br />" + photo(c) + "<br />")
        content = f'<div id="ozoom" class="content">{text}</div>'
    else:
        paper, ban = "秀山报", "A3版：经济"
        url = f"https://szb.xsxww.com/xsb/{y}{m}{d}/html/page_03_content_{_n(rng, 3)}.htm"
        content = '<div class="content">' + _paras(art, lambda i, p: f"<p>　　{esc(p)}</p>", lambda c: photo(c)) + "</div>"
    on = ' class="on"'
    bans = "".join(f'<li><a{on if b == ban else ""}>{b}</a></li>'
                   for b in ([ban, "第01版：要闻", "第03版：专版", "第04版：副刊"] if art["id"] == "q13" else ["A1版：要闻", "A2版：综合", ban, "A4版：文化"]))
    body = (f'<div class="top"><div class="logo">{paper}</div><div class="date">{y}年{m}月{d}日　星期{wk}</div>'
            f'<div class="tools"><a>往期回顾</a> <a>PDF下载</a> <a>上一版</a> <a>下一版</a> <a>返回目录</a></div></div>'
            f'<div class="main"><div class="leftbox"><div class="bmt"><img src="../../../res/{y}-{m}/{d}/b_s.jpg" /></div>'
            f'<div class="bmdh"><h3>版面导航</h3><ul>{bans}</ul></div>'
            f'<div class="bmml"><h3>{ban}</h3><ul>{nav}</ul></div></div>'
            f'<div class="rightbox"><div class="article"><h1>{esc(art["title"])}</h1>'
            f'<div class="author">{esc(ex["U"][0])}</div>{content}</div>'
            f'<div class="others"><h4>本版其他文章</h4><ul>{more}</ul></div>'
            f'<div class="pn"><a>上一篇</a>　<a>下一篇</a></div></div></div>'
            f'<div class="copyright">{paper}社 版权所有 未经授权禁止复制或建立镜像<br />渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>{paper}数字报-{esc(art["title"])}</title>'
    return head, body, url


TEMPLATES = {"tjj_tjgb": tjj_tjgb, "jcy_jcdt": jcy_jcdt, "zx_tabl_dafu": zx_tabl_dafu,
             "dangbao_shuming_pinglun": dangbao_shuming_pinglun, "dfxw_paged_interview": dfxw_paged_interview,
             "tuanqu_mp_emoji": tuanqu_mp_emoji, "epaper_bmdh_left": epaper_bmdh_left}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages25", TEMPLATES, lambda art: "dev")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
