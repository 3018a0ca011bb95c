"""Build the twenty-sixth saved-page set (``pages26``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier
set used, each chosen to be hard for an extractor: a 退役军人事务局 portal's news page
(``tyjr_portal_news``), a 市场监管局 抽检结果 公告 with a data table, signature and 附件
(``scjg_choujian_gg``), a 乡村振兴 专题 article page under a 专题 banner and 专题导航 tabs
(``xczx_zhuanti_tabs``), a 网信办 portal article with an 编者按 and a 记者：/name： interview
(``wangxin_article``), a 晚报 website article with 热门排行/24小时热榜 sidebars and
编辑/校对/审核 credits (``wanbao_rebang``), a 学习强国 地方平台-like article with 来源/作者 lines
and 推荐阅读 (``xuexi_dfpt``) and a 澎湃号·政务-like page with the 政务号 card, a 关注 button and
the 特别声明 (``pengpai_zhengwu``). Besides ``T``/``B``/``F`` lines, ``articles.txt`` holds
layout-only lines read by :func:`extras`. See README.md.

    python tests/data/web/pages26/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import hm as _hm, hms as _hms, digits as _n, ymd as _ymd  # noqa: E402

ENDS = ("。", "？", "！", "；", "：", "”", "…", "）")
WEEK = "一二三四五六日"


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: captions ``C`` ``{n: [text]}``,
    the lists ``S`` ``X`` ``E`` ``M`` ``U`` ``R`` and the index lists ``W`` ``L``."""
    out, cur = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            cur = out.setdefault(line.split()[1], {"C": {}, **{k: [] for k in "SXEMURWL"}})
        elif line.startswith("C "):
            n, text = line[2:].split(" ", 1)
            cur["C"].setdefault(int(n), []).append(text)
        elif line[:2] in ("W ", "L "):
            cur[line[0]] = [int(x) for x in line[2:].split()]
        elif line[:2] in tuple(f"{k} " for k in "SXEMUR"):
            cur[line[0]].append(line[2:])
    return out


EXTRAS = extras(HERE / "articles.txt")


def _meta_date(art) -> str:
    ex = EXTRAS[art["id"]]
    return ex["M"][0] if ex["M"] else art["date"]


def _later(art, rng) -> str:
    """A day 3-40 days after publication with its weekday (``2022年10月02日 星期日``): the date
    the page was saved on, which a site's top bar prints, not the publication date."""
    from datetime import date, timedelta
    y, m, d = map(int, _ymd(art))
    t = date(y, m, d) + timedelta(days=rng.randint(3, 40))
    return f"{t.year}年{t.month:02d}月{t.day:02d}日 星期{WEEK[t.weekday()]}"


def _is_head(p: str) -> bool:
    """A subheading: short with no sentence end (一、不合格产品情况, 三、营造尊崇关爱的社会氛围)."""
    return len(p) <= 30 and not p.endswith(ENDS)


def _bold_lead(p: str) -> tuple[str, str]:
    """A paragraph split after its first sentence (the bold opening of ``L`` paragraphs)."""
    k = p.find("。")
    return (p, "") if k < 0 else (p[:k + 1], p[k + 1:])


def _speaker(p: str) -> tuple[str, str] | None:
    """A Q&A turn's speaker and text (``记者：…``, ``陈立新：…``), else None."""
    k = p.find("：")
    return (p[:k + 1], p[k + 1:]) if 1 < k <= 4 else None


def _rel(rng, others, k, fmt="{t}<span>{d}</span>") -> str:
    return "".join(f'<li><a href="#" target="_blank">{fmt.format(t=esc(t), d=d)}</a></li>' for t, d in rng.sample(others, k))


def _img(rng, y, m) -> str:
    return f"/{y}{m}/W0{y}{m}{_n(rng, 6)}{_n(rng, 6)}.jpg"


def _table(rows: list[str], th: bool, attrs: str) -> str:
    """Data-table rows (cells separated by single spaces) as a ``<table>``; the first row in ``th``
    cells when ``th``."""
    out = []
    for k, r in enumerate(rows):
        tag = "th" if th and k == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>{''.join(out)}</tbody></table>"


def _paras(art, one, photo, table=None) -> str:
    """``one(i, p)`` per paragraph, ``photo(caption)`` after paragraph n for each ``C n`` line,
    runs of ``W`` rows through ``table(rows)``."""
    ex = EXTRAS[art["id"]]
    out, body, i = [], art["body"], 0
    while i < len(body):
        if i in ex["W"] and table:
            j = i
            while j in ex["W"]:
                j += 1
            out.append(table(body[i:j]))
            i = j
            continue
        out.append(one(i, body[i]))
        out.extend(photo(c) for c in ex["C"].get(i, []))
        i += 1
    return "".join(out)


def _gov_footer(rng, org, prov="渝") -> str:
    return (f'<div class="footer"><p>主办：{org}　承办：{org}办公室</p>'
            f'<p>网站标识码：{_n(rng, 10)}　<a>{prov}ICP备{_n(rng, 8)}号-{rng.randint(1, 9)}</a>　'
            f'<img src="/images/ga.png"><a>{prov}公网安备 {_n(rng, 14)}号</a></p>'
            f'<p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a></p><div class="dzjg"><img src="/images/red.png"></div></div>')


def _hits(rng) -> str:
    return f'<script language="javascript">document.write({_n(rng, 3)});</script>'


# ---------------------------------------------------------------------------------------------
# 1. 退役军人事务局 portal news


def tyjr_portal_news(art, rng, others):
    """A 退役军人事务局 news page: a01 a modern portal page with adjacent info spans and bold
    ``一、`` heads and a photo; a02 an old table-layout site in GBK with ``<br>``-joined paragraphs
    in ``<font>`` and a ``PubDate`` meta a day earlier than the visible 发布日期."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    if art["id"] == "a01":
        org = "重庆市铜梁区退役军人事务局"

        def one(i, p):
            return (f'<p style="text-align:left"><strong>{esc(p)}</strong></p>' if _is_head(p)
                    else f'<p style="text-indent:2em">{esc(p)}</p>')

        photo = (lambda c: f'<p style="text-align:center"><img src="{_img(rng, y, m)}" border="0"></p>'
                 f'<p style="text-align:center"><span style="font-family:楷体">{esc(c)}</span></p>')
        stamp = f"{y}-{m}-{d} {_hm(rng)}"
        url = f"http://www.cqstl.gov.cn/bm/qtyjrswj/zwxx_97146/dt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        body = (f'<div class="topbar"><span>欢迎访问重庆市铜梁区人民政府网站</span><a>无障碍浏览</a><a>长者模式</a><a>登录</a></div>'
                f'<div class="header"><img src="/images/bm_logo.png" alt="{org}"><div class="search"><input placeholder="请输入关键字"><button>搜索</button></div></div>'
                f'<ul class="nav"><li>首页</li><li>机构职能</li><li>政策文件</li><li>工作动态</li><li>优待抚恤</li><li>就业创业</li><li>互动交流</li></ul>'
                f'<div class="w1200"><div class="crumb">当前位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区退役军人事务局</a> &gt; <a>工作动态</a></div>'
                f'<div class="xl_con"><h1>{esc(art["title"])}</h1>'
                f'<div class="xl_info"><span>发布时间：{stamp}</span><span>来源：区退役军人事务局</span>'
                f'<span>字号：<a>大</a><a>中</a><a>小</a></span><span class="bdshare">分享到：<a class="bds_weixin"></a><a class="bds_tsina"></a><a class="bds_qzone"></a></span></div>'
                f'<div class="zw TRS_UEDITOR trs_paper_default">{_paras(art, one, photo)}</div>'
                f'<div class="zrbj">【{esc(ex["U"][0])}】</div>'
                f'<div class="xl_btn"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div></div>'
                f'<div class="xgyd"><div class="hd"><span>相关阅读</span></div><ul>{_rel(rng, others, 4)}</ul></div>'
                f'<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div></div>'
                + _gov_footer(rng, org))
        head = (f'<title>{esc(art["title"])}_重庆市铜梁区人民政府</title><meta name="SiteName" content="重庆市铜梁区人民政府">'
                f'<meta name="ColumnName" content="工作动态"><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{stamp}"><meta name="ContentSource" content="区退役军人事务局">')
    else:
        org = "奉节县退役军人事务局"
        md = _meta_date(art)
        text = "<br>\n".join(f"　　{esc(p)}" for p in art["body"])
        url = f"http://www.cqfj.gov.cn/bm/xtyjrswj/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/tyjr_banner.jpg" width="1000" height="160"></td></tr>'
                f'<tr><td class="nav" height="36"><a>首页</a>&nbsp;|&nbsp;<a>机构概况</a>&nbsp;|&nbsp;<a>工作动态</a>&nbsp;|&nbsp;<a>政策法规</a>&nbsp;|&nbsp;<a>褒扬纪念</a>&nbsp;|&nbsp;<a>办事指南</a></td></tr></table>'
                f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="wz" height="30">&nbsp;您现在的位置：<a>首页</a> &gt;&gt; <a>工作动态</a> &gt;&gt; 正文</td></tr>'
                f'<tr><td align="center" class="title_con" height="60"><font size="5" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info" bgcolor="#f5f5f5">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;信息来源：县退役军人事务局&nbsp;&nbsp;&nbsp;'
                f'浏览次数：{_hits(rng)}&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td><div class="con" id="zoom"><font size="3" face="宋体">{text}</font></div></td></tr>'
                f'<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
                f'<tr><td class="sxp">上一篇：<a>{esc(others[2][0])}</a><br>下一篇：<a>{esc(others[7][0])}</a></td></tr></table>'
                f'<table width="1000" align="center" class="bottom"><tr><td align="center">版权所有：{org}&nbsp;&nbsp;地址：奉节县永安街道{rng.randint(10, 99)}号&nbsp;&nbsp;电话：023-{_n(rng, 8)}<br>'
                f'渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;网站标识码：{_n(rng, 10)}</td></tr></table>')
        head = (f'<title>{org}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{md} {_hm(rng)}"><meta name="ColumnName" content="工作动态">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 2. 市场监管局 抽检结果 公告


def scjg_choujian_gg(art, rng, others):
    """A 抽检 公告: a03 an 信息公开 page in GBK with an 索引号/成文日期/发布日期 grid, the table in
    ``TRS_Editor``, a right-aligned signature and date (three days before publication) and two
    附件 links; a04 a 市场监管局 site with a ``th`` header table, a ``hh:mm:ss`` stamp and 附件."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    sig = "".join(f'<p style="text-align:right">{esc(s)}</p>' for s in ex["S"])
    if art["id"] == "a03":
        org = "重庆市大足区市场监督管理局"
        ry, rm, rd = ex["R"][0].split("-")

        def one(i, p):
            return (f'<p style="text-indent:2em"><b>{esc(p)}</b></p>' if _is_head(p)
                    else f'<p style="text-indent:2em"><font face="仿宋_GB2312">{esc(p)}</font></p>')

        tab = lambda rows: _table(rows, False, 'border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse"')
        att = "".join(f'<p><a href="./P0{y}{m}{d}{_n(rng, 6)}.xls">{esc(x.removeprefix("附件："))}</a></p>' for x in ex["X"])
        url = f"http://www.dazu.gov.cn/bm/qscjgj/zwgk_71547/fdzdgknr/ssjgk/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        grid = (f'<table class="xxgk_table" width="100%"><tr><td class="t">索&nbsp;引&nbsp;号：</td><td>11500111MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td>'
                f'<td class="t">主题分类：</td><td>市场监管、安全生产监管</td></tr>'
                f'<tr><td class="t">发布机构：</td><td>{org}</td><td class="t">成文日期：</td><td>{ry}-{rm}-{rd}</td></tr>'
                f'<tr><td class="t">标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><td class="t">发文字号：</td><td></td><td class="t">发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
        body = (f'<div class="top"><div class="w1000"><span>{_later(art, rng)}</span><a>设为首页</a> | <a>加入收藏</a></div></div>'
                f'<div class="banner"><img src="/images/gov_logo.png" alt="重庆市大足区人民政府"></div>'
                f'<div class="menu"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进大足</a></div>'
                f'<div class="w1000"><div class="dqwz">当前位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; <a>区市场监管局</a> &gt; <a>法定主动公开内容</a> &gt; <a>双随机公开</a></div>'
                f'{grid}<div class="xxgk_con"><div class="title">{esc(art["title"])}</div>'
                f'<div class="TRS_Editor">{_paras(art, one, None, tab)}{sig}</div>'
                f'<div class="fj"><span>附件：</span>{att}</div>'
                f'<div class="tools">【<a>打印本页</a>】【<a>关闭窗口</a>】</div></div></div>'
                + _gov_footer(rng, "重庆市大足区人民政府"))
        head = (f'<title>{esc(art["title"])}_重庆市大足区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区市场监管局">'
                f'<meta name="ColumnName" content="双随机公开">')
    else:
        org = "宜宾市叙州区市场监督管理局"

        def one(i, p):
            return f'<p>　　{esc(p)}</p>'

        tab = lambda rows: '<div class="tb">' + _table(rows, True, 'class="table" border="1"') + '</div>'
        att = "".join(f'<li><img src="/images/pdf.gif"><a href="/uploadfile/{y}/{m}{d}/{_n(rng, 14)}.pdf">{esc(x)}</a></li>' for x in ex["X"])
        url = f"http://www.ybxz.gov.cn/xxgk/bmxxgk/qscjgj/ccjg/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        body = (f'<div class="head"><div class="logo"><img alt="宜宾市叙州区人民政府"></div><div class="weather">叙州 多云 {rng.randint(9, 16)}℃</div></div>'
                f'<ul class="nav"><li>首页</li><li>叙州概况</li><li>信息公开</li><li>政务服务</li><li>政民互动</li><li>专题专栏</li></ul>'
                f'<div class="container"><div class="location">首页 &gt; 信息公开 &gt; 部门信息公开 &gt; 区市场监管局 &gt; 抽查结果</div>'
                f'<div class="detail"><h2>{esc(art["title"])}</h2>'
                f'<div class="info">{y}-{m}-{d} {_hms(rng)}&nbsp;&nbsp;来源：叙州区市场监管局&nbsp;&nbsp;阅读：<span id="hits">{_n(rng, 4)}</span></div>'
                f'<div class="content" id="con">{_paras(art, one, None, tab)}{sig}'
                f'<div class="attach"><p>附件：</p><ul>{att}</ul></div></div>'
                f'<div class="ewm"><img src="/images/qr.png"><span>扫一扫在手机上查看当前页面</span></div></div>'
                f'<div class="xglj"><h3>相关链接</h3><ul>{_rel(rng, others, 3, "{t}（{d}）")}</ul></div></div>'
                + _gov_footer(rng, "宜宾市叙州区人民政府", prov="蜀"))
        head = (f'<title>{esc(art["title"])}-宜宾市叙州区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="keywords" content="抽查,电动自行车,充电器">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 3. 乡村振兴 专题 article


def xczx_zhuanti_tabs(art, rng, others):
    """A 专题 article page: a 专题 banner, 专题导航 tabs and breadcrumb above the text. a05 has
    bold opening sentences (``L``) and a photo; a06 (GBK) shows no date at all: only the
    ``publishdate`` meta and the URL carry it."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    tabs = ("专题首页", "政策文件", "工作动态", "典型案例", "图说振兴", "有效衔接")
    if art["id"] == "a05":
        def one(i, p):
            if i in ex["L"]:
                a, b = _bold_lead(p)
                return f'<p>　　<strong>{esc(a)}</strong>{esc(b)}</p>'
            return f'<p>　　{esc(p)}</p>'

        photo = (lambda c: f'<p style="text-align:center"><img src="{_img(rng, y, m)}" width="600"></p>'
                 f'<p style="text-align:center">{esc(c)}</p>')
        url = f"http://www.cqck.gov.cn/zt/xczx/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        body = (f'<div class="zt_top"><a>城口县人民政府</a> | <a>返回首页</a></div>'
                f'<div class="zt_banner"><img src="/zt/xczx/images/banner.jpg" alt="巩固拓展脱贫攻坚成果 全面推进乡村振兴"><h2>巩固拓展脱贫攻坚成果 全面推进乡村振兴</h2></div>'
                f'<div class="zt_nav"><ul>' + "".join(f'<li{" class=on" if t == "工作动态" else ""}><a>{t}</a></li>' for t in tabs) + '</ul></div>'
                f'<div class="zt_main"><div class="zt_crumb">当前位置：<a>首页</a> &gt; <a>专题专栏</a> &gt; <a>乡村振兴</a> &gt; <a>工作动态</a></div>'
                f'<div class="zt_article"><h2 class="zt_tit">{esc(art["title"])}</h2>'
                f'<div class="zt_info">来源：城口县融媒体中心 | 发布时间：{y}年{m}月{d}日 | 浏览：<span>{_n(rng, 3)}</span>次</div>'
                f'<div class="zt_con">{_paras(art, one, photo)}</div>'
                f'<div class="zt_share">分享到：<a>微信</a> <a>微博</a></div></div>'
                f'<div class="zt_side"><div class="hd">典型案例</div><ul>{_rel(rng, others, 4, "{t}")}</ul>'
                f'<div class="hd">图说振兴</div><ul><li><img src="{_img(rng, y, m)}"><p>修齐镇东河村的茶园</p></li></ul></div></div>'
                f'<div class="zt_foot"><p>主办：城口县人民政府办公室　承办：城口县乡村振兴局</p><p>渝ICP备{_n(rng, 8)}号　网站标识码：{_n(rng, 10)}</p></div>')
        head = (f'<title>{esc(art["title"])}_乡村振兴_城口县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    else:
        def one(i, p):
            return (f'<p style="text-indent:2em"><b>{esc(p)}</b></p>' if _is_head(p)
                    else f'<p style="text-indent:2em">{esc(p)}</p>')

        url = f"http://www.bozhou.gov.cn/ztzl/xczxzt/gzdt_{_n(rng, 5)}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        body = (f'<table width="1100" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/ztzl/xczxzt/images/top.jpg" alt="乡村振兴专题"></td></tr></table>'
                f'<div class="ztdh"><span class="t">专题导航</span>' + "".join(f'<a>{t}</a>' for t in tabs) + '</div>'
                f'<div class="main1100"><div class="position">您当前的位置：<a>播州区人民政府</a> &gt; <a>专题专栏</a> &gt; <a>乡村振兴</a> &gt; <a>工作动态</a></div>'
                f'<div class="view"><div class="view_tit">{esc(art["title"])}</div>'
                f'<div class="view_info">信息来源：播州区农业农村局　　【字体：<a>大</a> <a>中</a> <a>小</a>】　　<a>【打印】</a></div>'
                f'<div class="view_con TRS_Editor">{_paras(art, one, None)}</div>'
                f'<div class="view_foot"><span>上一篇：<a>{esc(others[1][0])}</a></span><span>下一篇：<a>{esc(others[4][0])}</a></span></div></div>'
                f'<div class="ztlb"><div class="hd">政策文件</div><ul>{_rel(rng, others, 4, "{t}")}</ul></div></div>'
                f'<div class="foot">主办：遵义市播州区人民政府办公室　黔ICP备{_n(rng, 8)}号　黔公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</div>')
        head = (f'<title>乡村振兴专题--播州区人民政府</title><meta name="publishdate" content="{y}-{m}-{d}">'
                f'<meta name="keywords" content="乡村振兴,积分制,乡村治理">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 4. 网信办 portal article


def wangxin_article(art, rng, others):
    """A 网信办 site's article: a07 with an 编者按 box, a 记者：/name： interview in bold, a
    更新时间 beside the 发布时间 and the source credit at the end; a08 with ``（一）…；`` items and
    a 最后更新 line a few days later under the text."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    uy, um, ud = ex["R"][0].split("-")
    if art["id"] == "a07":
        def one(i, p):
            sp = _speaker(p)
            if sp and sp[0] == "记者：":
                return f'<p>　　<strong>{esc(p)}</strong></p>'
            if sp:
                return f'<p>　　<strong>{esc(sp[0])}</strong>{esc(sp[1])}</p>'
            return f'<p>　　{esc(p)}</p>'

        url = f"http://www.cqwx.gov.cn/wxdt/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        ed = ex["E"][0]
        body = (f'<div class="header"><div class="logo"><img alt="网信重庆"></div><div class="srh"><input><a>搜索</a></div></div>'
                f'<div class="menu"><a>首页</a><a>网信动态</a><a>政策法规</a><a>网络安全</a><a>网络文明</a><a>举报中心</a></div>'
                f'<div class="wrap"><div class="bread">首页 &gt; 网信动态 &gt; 工作动态</div>'
                f'<div class="article"><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>更新时间：{uy}-{um}-{ud} {_hm(rng)}</span>'
                f'<span>来源：重庆日报</span><span class="font">字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
                f'<div class="bzan" style="border:1px dashed #ccc;background:#f8f8f8;padding:10px"><p><b>{esc(ed[:4])}</b>{esc(ed[4:])}</p></div>'
                f'<div class="article-con">{_paras(art, one, None)}'
                f'<p style="text-align:right">（{esc(ex["U"][0])}）</p></div>'
                f'<div class="share">分享：<a>微信</a><a>微博</a><a>QQ</a></div></div>'
                f'<div class="rel"><h3>相关新闻</h3><ul>{_rel(rng, others, 5)}</ul></div></div>'
                f'<div class="footer"><p>主办单位：中共重庆市委网络安全和信息化委员会办公室</p>'
                f'<p>违法和不良信息举报电话：12377　渝ICP备{_n(rng, 8)}号　渝公网安备{_n(rng, 14)}号</p></div>')
        head = (f'<title>{esc(art["title"])}-网信重庆</title><meta name="description" content="{esc(art["body"][0][:60])}">'
                f'<meta name="publishdate" content="{y}-{m}-{d}">')
    else:
        def one(i, p):
            return f'<p style="text-indent:2em;line-height:2">{esc(p)}</p>'

        url = f"https://www.xxwx.gov.cn/content/{y}/{m}/{d}/{_n(rng, 8)}.html"
        body = (f'<div class="hd"><img src="/img/logo.png" alt="网信湘西"><div class="date">今天是：<script>document.write(new Date().toLocaleDateString())</script></div></div>'
                f'<div class="nav"><ul><li>首页</li><li>工作动态</li><li>县市网信</li><li>清朗行动</li><li>网络安全</li><li>举报受理</li></ul></div>'
                f'<div class="w1100"><div class="pos">位置：<a>首页</a>&gt;<a>工作动态</a></div>'
                f'<div class="bt_title">{esc(art["title"])}</div>'
                f'<div class="bt_info">发布时间：{y}年{m}月{d}日　　来源：州委网信办　　作者：{rng.choice(["向红", "彭莉", "田野"])}　　【字号：<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<div class="bt_content">{_paras(art, one, None)}</div>'
                f'<div class="upd">最后更新：{uy}-{um}-{ud} {_hm(rng)}</div>'
                f'<div class="pn"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[5][0])}</a></p></div>'
                f'<div class="tj"><div class="tt">推荐阅读</div><ul>{_rel(rng, others, 4)}</ul></div></div>'
                f'<div class="ft">版权所有：中共湘西州委网信办　湘ICP备{_n(rng, 8)}号　互联网违法和不良信息举报：0743-12377</div>')
        head = f'<title>{esc(art["title"])}_网信湘西</title>'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 5. 晚报 website article with 热榜 sidebars


def _rank(rng, others, k, hits) -> str:
    return "".join(f'<li><em class="n{j + 1}">{j + 1}</em><a>{esc(t)}</a>' + (f'<span>{_n(rng, 4)}</span>' if hits else "") + "</li>"
                   for j, (t, _) in enumerate(rng.sample(others, k)))


def wanbao_rebang(art, rng, others):
    """A 晚报's site: the article between a 24小时热榜 and a 热门排行 sidebar, 编辑/校对/审核
    credits under the text, a comment counter. a09 with a reporter span; a10 with ``&nbsp;``-run
    indentation and a 版权声明."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    if art["id"] == "a09":
        paper = "渝州晚报"
        url = f"https://www.yzwb.net/news/{y}{m}/{d}/{_n(rng, 7)}.shtml"

        def one(i, p):
            return f"<p>{esc(p)}</p>"

        body = (f'<div class="top-nav"><a>{paper}</a><a>上游新闻</a><a>数字报</a><span>{_later(art, rng)}</span></div>'
                f'<div class="channel"><a>首页</a><a>重庆</a><a>区县</a><a>民生</a><a>财经</a><a>文娱</a><a>视频</a></div>'
                f'<div class="main"><div class="left"><div class="crumb"><a>{paper}网</a> &gt; <a>重庆</a> &gt; 正文</div>'
                f'<h1>{esc(art["title"])}</h1><div class="info"><span class="time">{y}-{m}-{d} {_hm(rng)}</span><span class="source">来源：{paper}</span>'
                f'<span class="author">记者 李欣</span><span class="cmt">评论({rng.randint(5, 90)})</span></div>'
                f'<div class="article-box">{_paras(art, one, None)}</div>'
                f'<p class="credit">{esc(ex["U"][0])}</p>'
                f'<div class="share-bar"><a>微信</a><a>微博</a><a>复制链接</a></div>'
                f'<div class="cmt-box"><h3>网友评论</h3><p>已有{rng.randint(5, 90)}人参与</p><textarea>文明上网，理性发言</textarea></div></div>'
                f'<div class="right"><div class="box"><h3>24小时热榜</h3><ol>{_rank(rng, others, 8, True)}</ol></div>'
                f'<div class="box"><h3>热门排行</h3><div class="tabs"><a class="on">日</a><a>周</a><a>月</a></div><ol>{_rank(rng, others, 6, False)}</ol></div>'
                f'<div class="box"><h3>今日推荐</h3><ul>{_rel(rng, others, 3)}</ul></div></div></div>'
                f'<div class="foot"><p>{paper}社版权所有　未经书面授权禁止转载</p><p>渝ICP备{_n(rng, 8)}号　互联网新闻信息服务许可证 {_n(rng, 11)}</p></div>')
        head = f'<title>{esc(art["title"])}_{paper}网</title><meta name="keywords" content="加装电梯,老旧小区,渝北">'
    else:
        paper = "章江晚报"
        url = f"http://www.zjwb.com.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"

        def one(i, p):
            return f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>"

        body = (f'<div class="logo-bar"><img alt="{paper}"><a>登录</a><a>注册</a></div>'
                f'<ul class="nav"><li>首页</li><li>本地</li><li>社会</li><li>教育</li><li>健康</li><li>房产</li><li>电子报</li></ul>'
                f'<div class="container"><div class="col-l"><p class="pos">当前位置：首页 &gt; 本地</p>'
                f'<h2 class="title">{esc(art["title"])}</h2>'
                f'<p class="time">{y}年{m}月{d}日 {_hm(rng)}　来源：{paper}　</p>'
                f'<div id="content" class="bt_content">{_paras(art, one, None)}</div>'
                f'<div class="credit">{esc(ex["U"][0])}</div>'
                f'<div class="copyright">版权声明：凡注明“来源：{paper}”的作品，版权均属{paper}社所有，未经授权禁止转载、摘编。</div>'
                f'<div class="tools"><span>阅读：{_n(rng, 4)}</span><span>点赞：{rng.randint(3, 80)}</span><span>评论：{rng.randint(0, 30)}</span></div></div>'
                f'<div class="col-r"><div class="b"><div class="b-t">热门排行</div><ol>{_rank(rng, others, 7, False)}</ol></div>'
                f'<div class="b"><div class="b-t">24小时热榜</div><ol>{_rank(rng, others, 5, True)}</ol></div></div></div>'
                f'<div class="footer">{paper}社主办　赣ICP备{_n(rng, 8)}号　赣公网安备{_n(rng, 14)}号</div>')
        head = (f'<title>{esc(art["title"])} - {paper}</title><meta name="publishdate" content="{y}-{m}-{d}">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 6. 学习强国 地方平台-like article


def xuexi_dfpt(art, rng, others):
    """A 学习强国 地方学习平台-like article: 来源 and 作者 lines over the text, 责任编辑 and 推荐阅读
    under it. a11 with ``render-detail`` blocks and ``<p>`` text; a12 with 来源/作者/发布时间 on
    one line and the text as ``<br>``-joined lines in one ``<div>``."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    src, au = ex["U"]
    if art["id"] == "a11":
        url = f"https://www.xuexi.cn/lgpage/detail/index.html?id={_n(rng, 19)}&item_id={_n(rng, 19)}"
        body = (f'<div class="header"><img class="logo" alt="学习强国"><span class="pt">重庆学习平台</span><a>登录</a></div>'
                f'<div class="layout-main"><div class="render-detail-title">{esc(art["title"])}</div>'
                f'<div class="render-detail-resource">{esc(src)}</div><div class="render-detail-author">{esc(au)}</div>'
                f'<div class="render-detail-time">{y}-{m}-{d}</div>'
                f'<div class="render-detail-article-content">{_paras(art, lambda i, p: f"<p>{esc(p)}</p>", None)}</div>'
                f'<div class="render-detail-editor"><span>责任编辑：{rng.choice(["刘洋", "蒋丹", "罗兰"])}</span></div>'
                f'<div class="render-detail-copyright">本文来源于“学习强国”学习平台</div>'
                f'<div class="recommend"><div class="rt">推荐阅读</div><ul>{_rel(rng, others, 4, "{t}")}</ul></div></div>'
                f'<div class="footer"><img class="qr"><p>扫码下载“学习强国”客户端</p><p>京ICP备{_n(rng, 8)}号</p></div>')
        head = f'<title>学习强国</title><meta name="description" content="{esc(art["title"])}">'
    else:
        url = f"https://www.xuexi.cn/local/detail/{_n(rng, 20)}.html"
        text = "<br>".join("　　" + esc(p) for p in art["body"])
        body = (f'<div class="top"><span>学习强国</span>·<span>陕西学习平台</span></div>'
                f'<div class="tabs"><a>推荐</a><a>要闻</a><a>地方</a><a>三秦风采</a></div>'
                f'<div class="article"><h1 class="art-title">{esc(art["title"])}</h1>'
                f'<div class="art-meta">{esc(src)}　{esc(au)}　发布时间：{y}年{int(m)}月{int(d)}日</div>'
                f'<div class="art-text">{text}</div>'
                f'<div class="art-op"><a>收藏</a><a>分享</a><a>评论</a><span>观点</span></div>'
                f'<div class="recommend"><h3>推荐阅读</h3><ul>{_rel(rng, others, 5, "{t}<i>{d}</i>")}</ul></div></div>'
                f'<div class="ft">“学习强国”学习平台　版权所有</div>')
        head = (f'<title>{esc(art["title"])}</title><meta name="publishdate" content="{y}-{m}-{d}">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 7. 澎湃号·政务-like page


def pengpai_zhengwu(art, rng, others):
    """A 澎湃号·政务 page: the 政务号's name and the time over the text, a 政务号 card with a
    关注 button and follower counts, the 特别声明 under the text, comments and a feed. a13 with
    bold opening sentences; a14 a mobile page whose ``og`` date is a day earlier."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    acct = ex["U"][0].split("：")[1]
    stmt = ('<div class="statement"><p>特别声明</p><p>本文由澎湃号作者或机构上传发布，仅代表其本人观点，不代表澎湃新闻立场，'
            '澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。</p></div>')

    def one(i, p):
        if i in ex["L"]:
            a, b = _bold_lead(p)
            return f'<p><strong>{esc(a)}</strong>{esc(b)}</p>'
        return f"<p>{esc(p)}</p>"

    if art["id"] == "a13":
        url = f"https://www.thepaper.cn/newsDetail_forward_{_n(rng, 8)}"
        body = (f'<div class="header"><img alt="澎湃"><ul class="nav"><li>要闻</li><li>深度</li><li>直播</li><li>视频</li><li>澎湃号</li><li>更多</li></ul><a>下载客户端</a><a>登录</a></div>'
                f'<div class="index_main"><div class="index_left"><h1 class="index_title">{esc(art["title"])}</h1>'
                f'<div class="ant-space"><div class="author"><a>{acct}</a></div><div class="headerContent"><span>{y}-{m}-{d} {_hm(rng)}</span>'
                f'<span>来源：澎湃新闻·澎湃号·政务</span></div><div class="fontsize">字号</div></div>'
                f'<div class="index_cententWrap">{_paras(art, one, None)}<p>{esc(ex["U"][0])}</p></div>'
                f'{stmt}<div class="op"><span>{rng.randint(1, 9)}</span><a>分享至</a><a>收藏</a></div>'
                f'<div class="comment"><h3>评论（0）</h3><p>暂无评论</p></div>'
                f'<div class="feed"><h3>推荐阅读</h3><ul>{_rel(rng, others, 4, "{t}<span>澎湃号·政务</span>")}</ul></div></div>'
                f'<div class="index_right"><div class="pph_card"><img class="avatar"><div class="name">{acct}</div>'
                f'<div class="desc">重庆市梁平区委宣传部官方政务号</div><button class="follow">+ 关注</button>'
                f'<div class="num"><span>粉丝 {rng.randint(2, 9)}.{rng.randint(1, 9)}万</span><span>文章 {_n(rng, 5)}</span></div></div>'
                f'<div class="more"><h3>{acct} 的其他内容</h3><ul>{_rel(rng, others, 3, "{t}")}</ul></div></div></div>'
                f'<div class="footer"><p>沪ICP备{_n(rng, 8)}号-{rng.randint(1, 9)}　沪公网安备{_n(rng, 14)}号</p><p>上海东方报业有限公司</p></div>')
        head = (f'<title>{esc(art["title"])}_澎湃号·政务_澎湃新闻-The Paper</title>'
                f'<meta name="Keywords" content="营商环境"><meta property="og:title" content="{esc(art["title"])}">')
    else:
        md = _meta_date(art)
        url = f"https://m.thepaper.cn/newsDetail_forward_{_n(rng, 8)}"
        body = (f'<div class="m-top"><img alt="澎湃新闻"><a class="open">打开APP</a></div>'
                f'<div class="m-art"><h1>{esc(art["title"])}</h1>'
                f'<div class="pph"><img class="avatar"><div><p class="name">{acct}</p><p class="tag">澎湃号·政务</p></div><a class="gz">关注</a></div>'
                f'<div class="m-time">{y}-{m}-{d} {_hm(rng)}</div>'
                f'<div class="m-con">{_paras(art, one, None)}</div><p class="src">{esc(ex["U"][0])}</p>'
                f'{stmt}<div class="m-op"><a>点赞</a><a>分享</a></div>'
                f'<div class="m-rec"><h3>相关推荐</h3><ul>{_rel(rng, others, 4)}</ul></div>'
                f'<div class="m-open">打开澎湃新闻APP，阅读体验更佳</div></div>')
        head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
                f'<meta property="article:published_time" content="{md}T{_hm(rng)}:00+08:00">'
                f'<meta name="viewport" content="width=device-width">')
    return head, body, url


TEMPLATES = {"tyjr_portal_news": tyjr_portal_news, "scjg_choujian_gg": scjg_choujian_gg,
             "xczx_zhuanti_tabs": xczx_zhuanti_tabs, "wangxin_article": wangxin_article,
             "wanbao_rebang": wanbao_rebang, "xuexi_dfpt": xuexi_dfpt, "pengpai_zhengwu": pengpai_zhengwu}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages26", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
