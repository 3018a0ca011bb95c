"""Build the thirty-first saved-page set (``pages31``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier
set used, each chosen to be hard for an extractor: a 区 政务公开 人事任免 notice and a 任前公示
with a metadata grid, a 文号, a signature and date (``qx_rsrm``), a 区委统战部 site's news page
with bold ``坚持…`` heads, an 编者按, a 记者： interview and 统战知识 boxes (``tzb_site``), a 区妇联
公众号 post with a numbered list, 问/答 turns, 时间/地点 lines, a 小贴士 box and a 12338 box
(``fl_mp``), a 区 广播电视台 app's H5 article with an 音频 bar (``gbdst_app_audio``), a 市国资委
portal's 国企动态 page (``gzw_gqdt``), a 商务委/商务局 外贸数据 release with a table and a 注 line
(``swj_waimao``) and a 县报 e-paper page with a 图片新闻 bar (``xb_epaper_tupian``).
Besides ``T``/``B``/``F`` lines, ``articles.txt`` holds layout-only lines read by :func:`extras`.
See README.md.

    python tests/data/web/pages31/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import hm as _hm, digits as _n, epoch as _epoch, weekday as _week, ymd as _ymd  # noqa: E402

PLACES = {"nanan": "南岸", "dazu": "大足", "jiangjin": "江津", "beibei": "北碚", "yongchuan": "永川",
          "qianjiang": "黔江", "wanzhou": "万州", "kaizhou": "开州", "yuzhong": "渝中", "zunyi": "遵义",
          "xiushan": "秀山", "chengkou": "城口"}
LISTS = "SXNEPGKDRVJI"


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: captions ``C`` ``{n: [text]}``,
    the box anchor ``A`` (an int, None when absent), the metadata grid ``M`` (field, value) and
    the text lists of :data:`LISTS`."""
    out, cur = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            cur = out.setdefault(line.split()[1], {"C": {}, "A": None, "M": [], **{k: [] for k in LISTS}})
        elif line.startswith("C "):
            n, text = line[2:].split(" ", 1)
            cur["C"].setdefault(int(n), []).append(text)
        elif line.startswith("A "):
            cur["A"] = int(line[2:])
        elif line.startswith("M "):
            cur["M"].append(tuple(line[2:].split("|", 1)))
        elif line[:2] in tuple(f"{k} " for k in LISTS):
            cur[line[0]].append(line[2:])
    return out


EXTRAS = extras(HERE / "articles.txt")


def _is_head(p: str) -> bool:
    """A subheading: short, no sentence end (一、公示对象, 坚持问题导向，帮助纾困解难)."""
    return len(p) <= 20 and not p.endswith(("。", "？", "！", "；", "：", "）", "”"))


def _rel(rng, others, k, fmt="{t}<span>{d}</span>") -> str:
    return "".join(f'<li><a href="/art/{_n(rng, 6)}.html" target="_blank">{fmt.format(t=esc(t), d=d)}</a></li>'
                   for t, d in rng.sample(others, k))


def _paras(art, one, photo=None, box="") -> str:
    """``one(i, p)`` per paragraph, ``photo(captions)`` after paragraph n for its ``C n`` lines,
    ``box`` after paragraph ``A`` (before the first when ``A`` is -1)."""
    ex = EXTRAS[art["id"]]
    out = [box] if box and ex["A"] == -1 else []
    for i, p in enumerate(art["body"]):
        out.append(one(i, p))
        if photo and i in ex["C"]:
            out.append(photo(ex["C"][i]))
        if box and ex["A"] == i:
            out.append(box)
    return "".join(out)


def _gov_metas(art, site, column, source, pub) -> str:
    return (f'<meta name="SiteName" content="{site}"><meta name="ColumnName" content="{column}">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{pub}">'
            f'<meta name="ContentSource" content="{source}">')


def _photo(rng, cls="pic"):
    return lambda cs: "".join(f'<p style="text-align:center"><img src="/uploadfiles/{_n(rng, 8)}.jpg" border="0" width="600"></p>'
                              f'<p style="text-align:center" class="{cls}">{esc(c)}</p>' for c in cs)


def _gov_foot(rng, org, host) -> str:
    return (f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a></p>'
            f'<p>主办：{org}　承办：{host}　</p><p>网站标识码：500{_n(rng, 7)}　<a>渝ICP备{_n(rng, 8)}号-1</a>'
            f'　<a><img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</a></p>'
            f'<p><img src="/images/jiucuo.png" alt="政府网站找错"></p></div>')


# ---------------------------------------------------------------------------------------------
# 1. 区 政务公开 人事任免 / 任前公示


def qx_rsrm(art, rng, others):
    """A district portal's 政务公开 人事任免 page: an old table layout in GBK with a 信息公开目录
    tree, a metadata grid (索引号/发布机构/成文日期/发布日期/文号, the title again), a centred 文号,
    the notice's salutation and items, a signature and date, 此件公开发布 (r01); a ``div``
    portal's 任前公示 with adjacent info spans, bold heads, a signature and a 最后更新 line (r02)."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    org = f"重庆市{place}区人民政府"
    sig = "".join(f'<p align="right" style="text-align:right">{esc(s)}</p>' for s in ex["S"])
    if art["id"] == "r01":
        url = f"http://www.cqna.gov.cn/zwgk_{_n(rng, 3)}/fdzdgknr/rsxx/rsrm/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        grid = dict(ex["M"])
        rows = (f'<tr><td class="t1" width="12%">索 引 号：</td><td width="38%">{grid["索引号"]}</td><td class="t1" width="12%">发布机构：</td><td>{grid["发布机构"]}</td></tr>'
                f'<tr><td class="t1">主题分类：</td><td>{grid["主题分类"]}</td><td class="t1">成文日期：</td><td>{grid["成文日期"]}</td></tr>'
                f'<tr><td class="t1">文　　号：</td><td>{grid["文号"]}</td><td class="t1">发布日期：</td><td>{grid["发布日期"]}</td></tr>'
                f'<tr><td class="t1">名　　称：</td><td colspan="3">{esc(art["title"])}</td></tr>')
        one = (lambda i, p: f'<p style="text-align:justify">{esc(p)}</p>' if i == 0
               else f'<p style="text-indent:2em;text-align:justify">{esc(p)}</p>')
        tree = "".join(f'<tr><td class="tree{lv}">{"&nbsp;" * (4 * lv)}<a>{x}</a></td></tr>' for lv, x in (
            (0, "政府信息公开指南"), (0, "政府信息公开制度"), (0, "法定主动公开内容"), (1, "机构职能"), (1, "规范性文件"),
            (1, "人事信息"), (2, "人事任免"), (2, "公务员招考"), (1, "财政信息"), (0, "政府信息公开年报"), (0, "依申请公开")))
        body = (f'<table width="1002" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="/images/zwgk_banner.jpg" width="1002" height="130"></td></tr>'
                f'<tr><td class="nav" bgcolor="#b50c0c"><a>首页</a>｜<a>走进南岸</a>｜<a>政务公开</a>｜<a>政务服务</a>｜<a>互动交流</a>｜<a>专题专栏</a></td></tr></table>'
                f'<table width="1002" border="0" cellspacing="0" cellpadding="0" align="center"><tr>'
                f'<td width="230" valign="top" class="left"><table width="100%"><tr><td class="lm"><b>政府信息公开目录</b></td></tr>{tree}</table>'
                f'<table width="100%" class="sq"><tr><td><a><img src="/images/ysqgk.gif" alt="依申请公开"></a></td></tr></table></td>'
                f'<td width="15"></td><td valign="top"><table width="100%"><tr><td class="dqwz">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; '
                f'<a>法定主动公开内容</a> &gt; <a>人事信息</a> &gt; <a>人事任免</a></td></tr></table>'
                f'<table width="100%" border="1" bordercolor="#e3e3e3" cellspacing="0" cellpadding="6" class="xxgk_table">{rows}</table>'
                f'<table width="100%"><tr><td align="center" height="70"><font style="font-size:22px;color:#b50c0c"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center"><font style="font-size:15px">{esc(ex["N"][0])}</font></td></tr>'
                f'<tr><td><div class="TRS_Editor" id="zoom">{_paras(art, one)}<p>&nbsp;</p>{sig}'
                f'<p style="text-indent:2em">{esc(ex["X"][0])}</p></div></td></tr>'
                f'<tr><td align="right" class="gn">【字体：<a>大</a> <a>中</a> <a>小</a>】&nbsp;&nbsp;<a href="javascript:window.print()">【打印本页】</a>'
                f'&nbsp;&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
                f'<tr><td align="center"><img src="/qrcode/{_n(rng, 6)}.png" width="90"><br>扫一扫在手机打开当前页</td></tr></table></td></tr></table>'
                f'<table width="1002" align="center" class="bottom"><tr><td align="center">主办：重庆市南岸区人民政府办公室　承办：重庆市南岸区大数据应用发展管理中心<br>'
                f'地址：重庆市南岸区某某路{_n(rng, 2)}号　邮编：400060　网站标识码：500108{_n(rng, 4)}<br>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = (f'<title>{esc(art["title"])}_重庆市南岸区人民政府</title>'
                + _gov_metas(art, org, "人事任免", "南岸区政府办公室", f"{y}-{m}-{d} {_hm(rng)}"))
        return head, body, url
    url = f"http://www.dazu.gov.cn/zwgk_{_n(rng, 3)}/rsxx/rqgs/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    t = _hm(rng)

    def one(i, p):
        if _is_head(p):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'
    rel = _rel(rng, others, 4, '{t}</a><span class="date">{d}</span><a>')
    body = (f'<div class="top"><div class="w1200"><span class="welcome">您好，欢迎访问重庆市大足区人民政府网站！</span>'
            f'<a>无障碍浏览</a><a>长者模式</a><a>English</a></div></div>'
            f'<div class="header"><img src="/images/logo.png" alt="重庆市大足区人民政府"><div class="search"><input placeholder="请输入关键词"><a>搜索</a></div></div>'
            f'<div class="nav"><ul><li><a>首页</a></li><li><a>要闻动态</a></li><li><a class="on">政务公开</a></li><li><a>政务服务</a></li><li><a>政民互动</a></li><li><a>走进大足</a></li></ul></div>'
            f'<div class="w1200 clearfix"><div class="zwgk-left"><h3>政府信息公开</h3><ul><li><a>政府信息公开指南</a></li><li><a>政府信息公开制度</a></li>'
            f'<li class="on"><a>人事信息</a><ul><li><a>人事任免</a></li><li><a>任前公示</a></li><li><a>公务员招录</a></li></ul></li><li><a>政府信息公开年报</a></li></ul></div>'
            f'<div class="zwgk-right"><div class="crumb"><a>首页</a><span>&gt;</span><a>政务公开</a><span>&gt;</span><a>人事信息</a><span>&gt;</span><a>任前公示</a></div>'
            f'<div class="xl_con"><h1 class="tit">{esc(art["title"])}</h1>'
            f'<div class="info"><span>发布时间：{y}-{m}-{d} {t}</span><span>来源：区委组织部</span>'
            f'<span>浏览量：<script>document.write("{_n(rng, 4)}")</script></span><span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
            f'<div class="zw TRS_UEDITOR">{_paras(art, one)}{sig}</div>'
            f'<div class="zw-update">最后更新：{ex["V"][0]}</div>'
            f'<div class="zw-tool"><a>【打印】</a><a>【关闭】</a><span class="share">分享到：<a class="wx"></a><a class="wb"></a><a class="qq"></a></span></div>'
            f'<div class="xgwj"><h4>相关信息</h4><ul>{rel}</ul></div></div></div></div>'
            + _gov_foot(rng, "重庆市大足区人民政府办公室", "重庆市大足区大数据发展中心"))
    head = (f'<title>{esc(art["title"])}_重庆市大足区人民政府</title>'
            + _gov_metas(art, "重庆市大足区人民政府", "任前公示", "区委组织部", f"{y}-{m}-{d} {t}"))
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 2. 区委统战部 网站


def tzb_site(art, rng, others):
    """A 区委统战部 site's page: date as ``2023/05/16`` with a ``document.write`` counter, bold
    ``坚持…`` heads, a photo and caption, a 统战知识 box after the text and a 责任编辑 line (r03);
    ``2021年11月02日 hh:mm``, an 编者按 and a ``文/…　图/…`` credit above the text, 记者： turns, a
    统战知识 box in the middle of the text, a reprint notice (r04)."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    org = f"中共重庆市{place}区委统一战线工作部"
    site = f"同心{place}"
    url = f"http://tzb.{art['place']}.gov.cn/{'tzyw' if art['id'] == 'r03' else 'txft'}/{y}{m}{d}/{_n(rng, 5)}.html"
    nav = "".join(f"<li><a>{x}</a></li>" for x in ("首页", "统战要闻", "多党合作", "民族宗教", "非公经济", "新的社会阶层", "港澳台侨", "理论研究", "同心访谈"))
    side = (f'<div class="side"><div class="sbox"><h3>图片新闻</h3><ul>{_rel(rng, others, 3, "<img src=/pic/1.jpg><p>{t}</p>")}</ul></div>'
            f'<div class="sbox"><h3>统战要闻</h3><ul>{_rel(rng, others, 5, "{t}")}</ul></div>'
            f'<div class="sbox"><a><img src="/images/tzzs.jpg" alt="统战知识100问"></a></div></div>')
    top = (f'<div class="head"><div class="logo"><img src="/images/logo.png"><span>{org}</span><em>{site}</em></div>'
           f'<div class="date">今天是：<script>showDate()</script></div></div><div class="menu"><ul>{nav}</ul></div>')
    foot = (f'<div class="foot"><p>{org}　主办</p><p>地址：重庆市{place}区某某路{_n(rng, 2)}号　电话：023-{_n(rng, 8)}</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-2　渝公网安备 {_n(rng, 14)}号</p></div>')
    if art["id"] == "r03":
        def one(i, p):
            if _is_head(p):
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
            return f"<p>　　{esc(p)}</p>"
        box = (f'<div class="tzzs" style="border:1px solid #e0b0b0;background:#fff7f0;padding:10px;margin:15px 0">'
               f'<h5 style="color:#c00">{esc(ex["G"][0])}</h5>' + "".join(f"<p>{esc(x)}</p>" for x in ex["G"][1:]) + "</div>")
        main = (f'<div class="crumb">您现在的位置：<a>首页</a> &gt; <a>统战要闻</a> &gt; 正文</div>'
                f'<div class="article"><h2 class="title">{esc(art["title"])}</h2>'
                f'<div class="property">发布时间：{y}/{m}/{d}　来源：区委统战部　作者：　点击数：<script>document.write({_n(rng, 3)})</script></div>'
                f'<div class="content">{_paras(art, one, _photo(rng))}</div>{box}'
                f'<div class="editor">{esc(ex["R"][0])}</div>'
                f'<div class="prenext"><p>上一篇：<a>{esc(others[1][0])}</a></p><p>下一篇：<a>{esc(others[2][0])}</a></p></div>'
                f'<div class="xglj"><h4>相关链接</h4><ul>{_rel(rng, others, 4, "{t}</a>（{d}）<a>")}</ul></div></div>')
        head = f'<title>{esc(art["title"])}--{site}</title><meta name="keywords" content="统战,民营经济,座谈会">'
    else:
        t = _hm(rng)

        def one(i, p):
            if p.startswith("记者："):
                return f'<p>　　<strong>记者：{esc(p[3:])}</strong></p>'
            if p.startswith("谭明："):
                return f'<p>　　<strong>谭明：</strong>{esc(p[3:])}</p>'
            return f"<p>　　{esc(p)}</p>"
        box = (f'<table class="zsbox" width="90%" align="center" border="0" bgcolor="#f3f8ff" style="border-left:4px solid #3a7bd5"><tr><td>'
               + "".join(f"<p>{esc(x)}</p>" for x in ex["P"]) + "</td></tr></table>")
        main = (f'<div class="crumb">您现在的位置：<a>首页</a> &gt; <a>同心访谈</a></div>'
                f'<div class="article"><h2 class="title">{esc(art["title"])}</h2>'
                f'<div class="property">时间：{y}年{m}月{d}日 {t}　来源：{place}区委统战部　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<div class="content"><p style="color:#666;font-family:楷体"><strong>{esc(ex["E"][0][:4])}</strong>{esc(ex["E"][0][4:])}</p>'
                f'<p style="text-align:center;color:#888">{esc(ex["R"][0])}</p>{_paras(art, one, None, box)}</div>'
                f'<p class="bq">（本网原创稿件，转载请注明来源“{site}”）</p>'
                f'<div class="bdsharebuttonbox">分享到：<a class="bds_weixin"></a><a class="bds_tsina"></a><a class="bds_qzone"></a></div>'
                f'<div class="xglj"><h4>相关阅读</h4><ul>{_rel(rng, others, 4, "{t}</a><span>{d}</span><a>")}</ul></div></div>')
        head = (f'<title>{esc(art["title"])}_{site}</title>'
                f'<meta name="description" content="{esc(art["body"][0][:60])}">')
    body = top + f'<div class="main clearfix"><div class="left">{main}</div>{side}</div>' + foot
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 3. 区妇联 公众号


def fl_mp(art, rng, others):
    """A 区妇联 account post: 原创 badge, ``点击蓝字 关注我们``, a numbered list of units and a ▲
    caption, a 12338 box and 往期回顾 after the text (r05); 问/答 turns, a 小贴士 box inside the
    text, 时间/地点/参加人员 lines (r06); right-aligned credit, 分享·点赞·在看, WeChat's shell."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    acct = f"{place}女性" if art["id"] == "r05" else f"{place}区妇联"
    t = _hm(rng)
    span = 'style="font-size:15px;letter-spacing:1px;line-height:1.75em;color:#3e3e3e"'

    def one(i, p):
        if p.startswith(("问：", "答：")):
            return f'<p><span {span}><strong><span style="color:#d6336c">{p[:2]}</span></strong>{esc(p[2:])}</span></p>'
        if p[:1].isdigit() or p.startswith(("时间：", "地点：", "参加人员：", "报名电话：")):
            return f'<p style="text-align:center"><span {span}>{esc(p)}</span></p>'
        return f'<p style="text-indent:2em"><span {span}>{esc(p)}</span></p>'
    photo = (lambda cs: "".join(f'<section style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 9)}/640" style="width:100%"></section>'
                                f'<p style="text-align:center"><span style="font-size:12px;color:#a5a5a5">{esc(c)}</span></p>' for c in cs))
    tip = ""
    if ex["P"]:
        tip = (f'<section style="border-radius:10px;background:#fff0f5;padding:12px 16px;margin:16px 0">'
               f'<p><span style="color:#d6336c;font-size:15px"><strong>{esc(ex["P"][0])}</strong></span></p>'
               + "".join(f'<p><span style="font-size:14px;color:#666">{esc(x)}</span></p>' for x in ex["P"][1:]) + "</section>")
    box = ""
    if ex["G"]:
        box = (f'<section style="border:1px solid #f3a0b8;padding:10px 14px;margin-top:18px">'
               f'<p style="text-align:center"><span style="color:#d6336c;font-size:16px"><strong>{esc(ex["G"][0])}</strong></span></p>'
               + "".join(f'<p><span style="font-size:14px">{esc(x)}</span></p>' for x in ex["G"][1:]) + "</section>")
    past = ""
    if art["id"] == "r05":
        past = ('<section style="margin-top:20px"><p><span style="color:#d6336c"><strong>往期回顾</strong></span></p>'
                + "".join(f'<p><a href="https://mp.weixin.qq.com/s/{_n(rng, 9)}"><span style="font-size:14px">{esc(tt)}</span></a></p>'
                          for tt, _ in rng.sample(others, 3)) + "</section>")
    content = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/blue/640?wx_fmt=gif"></section>'
               '<p style="text-align:center"><span style="font-size:12px;color:#d6336c">点击蓝字　关注我们</span></p>'
               + _paras(art, one, photo, tip) + box
               + f'<p style="text-align:right"><span style="font-size:12px;color:#999">{esc(ex["R"][0])}</span></p>'
               + past + '<p style="text-align:center"><span style="font-size:13px;color:#d6336c">分享 · 点赞 · 在看</span></p>')
    pub = f"{y}-{m}-{d} {t}" if art["id"] == "r05" else f"{y}年{int(m)}月{int(d)}日 {t}"
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKLMNPQRSTabcdefghjkmnpqrst0123456789_-') for _ in range(22))}"
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n          </h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            + ('<span id="copyright_logo" class="rich_media_meta icon_appmsg_tag">原创</span>' if art["id"] == "r05" else "")
            + f'<span class="rich_media_meta rich_media_meta_text">{esc(acct)}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{place}区妇联</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{pub}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta_area">发表于重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">{content}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>赞 {rng.randint(10, 200)}</span><span>分享</span><span>在看 {rng.randint(3, 60)}</span></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "{place}区妇联";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:type" content="article"><meta name="description" content="{esc(art["body"][0][:40])}">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 4. 区 广播电视台 app H5 with an audio bar


def gbdst_app_audio(art, rng, others):
    """A district broadcaster's app H5 page: 打开APP bar, title, 来源 + ``2023-09-08 hh:mm:ss`` +
    阅读 spans (r07; r08 with no date, only the ``publishdate`` meta and the URL's date), an 音频
    bar (听新闻, 00:00/03:26, 倍速, AI合成 note) above the text, a 记者/编辑/审核 credit after it,
    版权声明, 点赞/分享, 相关推荐 with dates, 评论 with 打开APP查看更多评论, 许可证 footer."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    app = f"{place}TV" if art["id"] == "r07" else f"{place}广电"
    t = f"{_hm(rng)}:{rng.randint(0, 59):02d}"
    url = f"https://h5.{art['place']}tv.cn/news/{y}-{m}/{d}/content_{_n(rng, 6)}.html"

    def one(i, p):
        if p.startswith(("记者：", "村民")):
            who, rest = p.split("：", 1)
            return f'<p><strong>{esc(who)}：</strong>{esc(rest)}</p>'
        return f"<p>{esc(p)}</p>"
    info = (f'<span class="src">来源：{place}广播电视台</span><span class="time">{y}-{m}-{d} {t}</span><span class="read">阅读 {rng.randint(1, 9)}.{rng.randint(0, 9)}万</span>'
            if art["id"] == "r07" else f'<span class="src">{app}</span><span class="read">阅读 {_n(rng, 4)}</span>')
    dur = f"0{rng.randint(2, 4)}:{rng.randint(10, 59)}"
    audio = (f'<div class="audio-bar"><audio preload="none" src="https://media.{art["place"]}tv.cn/audio/{y}{m}{d}/{_n(rng, 7)}.mp3"></audio>'
             + (f'<i class="icon-play"></i><span class="lbl">听新闻</span><span class="cur">00:00</span><span class="sep">/</span><span class="dur">{dur}</span>'
                f'<span class="rate">倍速 1.0X</span></div><p class="ai-tip">本文音频由AI合成，仅供参考</p>'
                if art["id"] == "r07" else
                f'<i class="icon-play"></i><span class="lbl">音频：{place}新闻</span><span class="dur">{dur}</span></div>'))
    body = (f'<div class="download-bar"><img src="/static/img/logo-{art["place"]}.png"><div><b>{app}</b><p>看{place}　听{place}　知{place}</p></div><a class="open">打开APP</a></div>'
            f'<div class="article-box"><h1 class="art-tit">{esc(art["title"])}</h1><div class="art-info">{info}</div>{audio}'
            f'<div class="bt_content">{_paras(art, one)}</div>'
            f'<div class="art-editor">{esc(ex["R"][0])}</div>'
            f'<div class="copyright">版权声明：本文为{app}原创内容，未经授权禁止转载，违者必究。</div>'
            f'<div class="art-op"><span class="like">点赞 {rng.randint(10, 500)}</span><span class="share">分享</span></div></div>'
            f'<div class="rec"><h3>相关推荐</h3><ul>{_rel(rng, others, 4, "<p>{t}</p><span>{d}</span>")}</ul></div>'
            f'<div class="cmt"><h3>评论 {rng.randint(3, 60)}</h3><div class="cmt-item"><b>山城小雨</b><p>点赞！</p></div>'
            f'<a class="more">打开APP查看更多评论</a></div>'
            f'<div class="ft"><p>{place}区融媒体中心（{place}广播电视台）版权所有</p><p>信息网络传播视听节目许可证：{_n(rng, 7)}号　渝ICP备{_n(rng, 8)}号</p></div>')
    head = f'<title>{esc(art["title"])}</title><meta name="viewport" content="width=device-width,initial-scale=1">'
    if art["id"] == "r08":
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="source" content="{app}">'
    else:
        head += f'<meta property="og:title" content="{esc(art["title"])}"><meta property="og:site_name" content="{app}">'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 5. 市国资委 portal 国企动态


def gzw_gqdt(art, rng, others):
    """A 市国资委 portal's 国企动态 page: an old table layout in GBK, ``>>`` crumb, 信息来源/
    发布日期 ``2022年07月21日``/浏览次数 with ``&nbsp;`` runs, ``<font>`` paragraphs with ``　　``,
    bold ``一、…`` heads, ``1.…；`` project items, 扫一扫 QR, 相关新闻 (r09); a ``div`` page with
    发布日期 and a later 更新时间 spans, a photo and caption, ``一是…`` items, a 责任编辑 line, a
    国企动态 sidebar with dates (r10)."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    url = f"http://gzw.cq.gov.cn/gzdt/gqdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    org = "重庆市国有资产监督管理委员会"
    if art["id"] == "r09":
        def one(i, p):
            if _is_head(p):
                return f'<p style="text-indent:2em"><font size="3"><b>{esc(p)}</b></font></p>'
            return f'<p><font size="3">　　{esc(p)}</font></p>'
        rel = "".join(f'<tr><td width="80%">·<a>{esc(tt)}</a></td><td>{dd}</td></tr>' for tt, dd in rng.sample(others, 4))
        body = (f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="/images/gzw_top.jpg" width="1000" height="120"></td></tr>'
                f'<tr><td class="nav" height="40" background="/images/navbg.gif">&nbsp;<a>首页</a>&nbsp;&nbsp;<a>机构概况</a>&nbsp;&nbsp;<a>国资动态</a>&nbsp;&nbsp;'
                f'<a>政务公开</a>&nbsp;&nbsp;<a>国企改革</a>&nbsp;&nbsp;<a>党的建设</a>&nbsp;&nbsp;<a>互动交流</a></td></tr></table>'
                f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#ffffff"><tr><td class="dqwz" height="32">&nbsp;您的位置：<a>首页</a>&gt;&gt;<a>国资动态</a>&gt;&gt;<a>国企动态</a></td></tr>'
                f'<tr><td align="center" height="60" class="bt"><font style="font-size:21px;font-weight:bold;color:#0b4a8b">{esc(art["title"])}</font></td></tr>'
                f'<tr><td align="center" class="xx" bgcolor="#f2f6fb">信息来源：重庆渝港物流集团&nbsp;&nbsp;&nbsp;&nbsp;发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;'
                f'浏览次数：<script language="javascript">document.write("{_n(rng, 3)}")</script>&nbsp;&nbsp;&nbsp;&nbsp;【<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td style="padding:20px 40px"><div id="zoom">{_paras(art, one)}</div></td></tr>'
                f'<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
                f'<tr><td align="center"><img src="/qrcode.png" width="80"><br><font size="2">扫一扫在手机打开当前页</font></td></tr>'
                f'<tr><td><table width="100%" class="xgxw"><tr><td colspan="2" class="xgxw_t"><b>相关新闻</b></td></tr>{rel}</table></td></tr></table>'
                f'<table width="1000" align="center" class="bottom" bgcolor="#0b4a8b"><tr><td align="center"><font color="#ffffff">主办单位：{org}　'
                f'地址：重庆市渝北区某某路{_n(rng, 3)}号<br>网站标识码：5000000{_n(rng, 3)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</font></td></tr></table>')
        head = (f'<title>{esc(art["title"])} - {org}</title>'
                + _gov_metas(art, org, "国企动态", "重庆渝港物流集团", f"{y}-{m}-{d}"))
        return head, body, url
    t = _hm(rng)

    def one(i, p):
        return f'<p style="text-indent:2em">{esc(p)}</p>'
    side = f'<div class="r-box"><div class="r-tit"><span>国企动态</span><a>更多&gt;&gt;</a></div><ul>{_rel(rng, others, 6, "{t}</a><em>{d}</em><a>")}</ul></div>'
    body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="{org}"></div>'
            f'<div class="h-r"><a>无障碍</a><a>关怀版</a><input placeholder="搜索"></div></div>'
            f'<div class="menu"><a>首页</a><a>机构概况</a><a class="cur">国资动态</a><a>政务公开</a><a>国企改革</a><a>党的建设</a><a>互动交流</a></div>'
            f'<div class="container"><div class="position">当前位置：<a>首页</a> &gt; <a>国资动态</a> &gt; <a>国企动态</a></div>'
            f'<div class="detail-l"><div class="article-box"><div class="a-tit">{esc(art["title"])}</div>'
            f'<div class="a-info"><span>发布日期：{y}-{m}-{d}</span><span>更新时间：{ex["V"][0]}</span><span>来源：市国资委</span>'
            f'<span class="fontsize">字号：<a>大</a><a>中</a><a>小</a></span></div>'
            f'<div class="a-con TRS_Editor">{_paras(art, one, _photo(rng, "pic-note"))}</div>'
            f'<div class="a-editor">{esc(ex["R"][0])}</div>'
            f'<div class="a-tool"><span>分享到：</span><a class="wx"></a><a class="wb"></a><a>【打印】</a><a>【关闭】</a></div></div></div>'
            f'<div class="detail-r">{side}<div class="r-box"><img src="/images/gqgg.jpg" alt="国企改革深化提升行动"></div></div></div>'
            + _gov_foot(rng, org, "重庆市国资委信息中心"))
    head = (f'<title>{esc(art["title"])}_{org}</title>'
            + _gov_metas(art, org, "国企动态", "市国资委", f"{y}-{m}-{d} {t}"))
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 6. 商务委 / 商务局 外贸数据


def _table_paras(art, title_cls, cell):
    """Body paragraphs with the table written as a table: the title line centred and bold, the
    header row and data rows (single-space-separated cells in the reference) as ``<tr>``, the
    ``注：`` line in small 楷体; other paragraphs through ``one``."""
    out, rows = [], []
    for p in art["body"]:
        if p.startswith("表"):
            out.append(f'<p align="center" class="{title_cls}"><b>{esc(p)}</b></p>')
        elif " " in p:
            rows.append(p.split(" "))
            continue
        elif p.startswith("注："):
            out.append(f'<p style="font-family:楷体;font-size:12px">{esc(p)}</p>')
        elif _is_head(p):
            out.append(f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
        if rows:
            out.insert(len(out) - 1, cell(rows))
            rows = []
    return "".join(out)


def swj_waimao(art, rng, others):
    """A 市商务委 数据发布 page (r11: ``div`` portal, left 数据发布 menu, 发布时间/来源/字号 line,
    bold heads, a ``MsoNormalTable`` with ``<td><p>`` cells, a 注 line, an 附件 .xls link, 相关
    数据解读) or a 市商务局 page on an old table layout in GBK (r12: ``日期：2022年4月22日``,
    ``<th>`` header row, 点击 counter)."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    if art["id"] == "r11":
        org = "重庆市商务委员会"
        url = f"http://sww.cq.gov.cn/zwgk_{_n(rng, 3)}/sjfb/wmsj/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"

        def cell(rows):
            trs = "".join("<tr>" + "".join(f'<td width="{100 // len(r)}%"><p align="center">{esc(c)}</p></td>' for c in r) + "</tr>" for r in rows)
            return f'<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="4" align="center" width="90%">{trs}</table>'
        menu = "".join(f"<li><a{' class=on' if x == '外贸数据' else ''}>{x}</a></li>" for x in ("统计数据", "外贸数据", "消费数据", "外资数据", "数据解读"))
        body = (f'<div class="topbar"><span>重庆市商务委员会</span><a>智能问答</a><a>无障碍</a></div>'
                f'<div class="nav"><a>首页</a><a>新闻动态</a><a>政务公开</a><a>数据发布</a><a>政务服务</a><a>互动交流</a></div>'
                f'<div class="w clearfix"><div class="l-menu"><h3>数据发布</h3><ul>{menu}</ul></div>'
                f'<div class="r-main"><div class="crumb">首页 &gt; 数据发布 &gt; 外贸数据</div>'
                f'<h1 class="title">{esc(art["title"])}</h1>'
                f'<div class="fbxx">发布时间：{y}-{m}-{d}　来源：市商务委　字号：【<a>大</a> <a>中</a> <a>小</a>】　<a>打印</a></div>'
                f'<div class="view TRS_UEDITOR">{_table_paras(art, "MsoNormal", cell)}</div>'
                f'<div class="fj"><a href="/u/{_n(rng, 8)}.xls">{esc(ex["X"][0])}</a></div>'
                f'<div class="xgjd"><h4>相关数据解读</h4><ul>{_rel(rng, others, 3, "{t}</a><span>{d}</span><a>")}</ul></div></div></div>'
                + _gov_foot(rng, org, "重庆市商务委员会办公室"))
        head = f'<title>{esc(art["title"])}_{org}</title>' + _gov_metas(art, org, "外贸数据", "市商务委", f"{y}-{m}-{d}")
        return head, body, url
    org = "遵义市商务局"
    url = f"http://swj.zunyi.gov.cn/sjfb/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"

    def cell(rows):
        head_row = "<tr>" + "".join(f'<th bgcolor="#e8eef7">{esc(c)}</th>' for c in rows[0]) + "</tr>"
        trs = "".join("<tr>" + "".join(f'<td align="center">{esc(c)}</td>' for c in r) + "</tr>" for r in rows[1:])
        return f'<table border="1" cellspacing="0" cellpadding="3" width="80%" align="center" style="border-collapse:collapse">{head_row}{trs}</table>'
    left = "".join(f'<tr><td height="30">&nbsp;·&nbsp;<a>{x}</a></td></tr>' for x in ("工作动态", "通知公告", "数据发布", "政策法规", "办事指南"))
    body = (f'<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="/images/banner.jpg" width="980" height="110"></td></tr>'
            f'<tr><td class="nav" bgcolor="#1f6fb5">&nbsp;<a>首　页</a>&nbsp;|&nbsp;<a>机构职能</a>&nbsp;|&nbsp;<a>工作动态</a>&nbsp;|&nbsp;<a>数据发布</a>&nbsp;|&nbsp;<a>政策法规</a></td></tr></table>'
            f'<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td width="200" valign="top"><table width="100%"><tr><td class="lmt"><b>栏目导航</b></td></tr>{left}</table></td>'
            f'<td valign="top" style="padding:0 15px"><table width="100%"><tr><td class="wz">当前位置：<a>首页</a> &gt;&gt; <a>数据发布</a></td></tr>'
            f'<tr><td align="center" height="56"><b><font size="4">{esc(art["title"])}</font></b></td></tr>'
            f'<tr><td align="center"><font color="#666666">日期：{y}年{int(m)}月{int(d)}日&nbsp;&nbsp;&nbsp;来源：市商务局&nbsp;&nbsp;&nbsp;点击：<script>document.write("{_n(rng, 3)}")</script></font></td></tr>'
            f'<tr><td><hr size="1" noshade color="#cccccc"></td></tr>'
            f'<tr><td class="content">{_table_paras(art, "bt", cell)}</td></tr>'
            f'<tr><td align="right"><a>【打印】</a>&nbsp;<a>【关闭】</a></td></tr></table></td></tr></table>'
            f'<table width="980" align="center" class="foot"><tr><td align="center">版权所有：{org}　技术支持：遵义市大数据中心<br>黔ICP备{_n(rng, 8)}号　网站标识码：5203000{_n(rng, 3)}</td></tr></table>')
    head = f'<title>{esc(art["title"])}-{org}</title><meta name="publishdate" content="{y}-{m}-{d}">'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 7. 县报 e-paper with a 图片新闻 bar


def xb_epaper_tupian(art, rng, others):
    """A 县报 e-paper page: paper + ``yyyy年mm月dd日　星期X`` + 第01版 header with 上一版/下一版/
    PDF, a 版面导航 list; the byline, the text (``<p>　　…</p>``, r13; ``&nbsp;``-indented lines
    joined by ``<br>`` in one ``div`` ending in a 转第2版 line, r14) and a 图片新闻 bar of other
    photos with captions on the same page (below the text, r13; above the headline, r14)."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    paper = f"{place}报"
    url = f"http://epaper.{art['place']}.cn/{'html' if art['id'] == 'r13' else 'Html'}/{y}-{m}/{d}/content_{_n(rng, 4)}_{_n(rng, 6)}.htm"
    bar = ('<div class="tpxw"><div class="tpxw-t">图片新闻</div><ul>'
           + "".join(f'<li><img src="/res/{y}{m}/{d}/{_n(rng, 6)}.jpg" width="200"><p>{esc(c)}</p></li>' for c in ex["I"]) + "</ul></div>")
    nav = [art["title"]] + [tt for tt, _ in rng.sample(others, 3)] + ["图片新闻"]
    head_bar = (f'<table width="1000" align="center" class="ep-head"><tr><td><img src="/images/{art["place"]}bao_logo.gif" alt="{paper}"></td>'
                f'<td>{y}年{m}月{d}日　{_week(art)}</td><td>第01版：要闻　<a>上一版</a>　<a>下一版</a>　<a href="/pdf/{y}{m}{d}01.pdf">PDF版</a>　<a>往期回顾</a></td></tr></table>')
    left = (f'<div class="ep-left"><img src="/res/{y}{m}/{d}/01_s.jpg" usemap="#pagemap" width="330"><map name="pagemap"></map>'
            f'<div class="bmdh"><h4>版面导航</h4><ul>{"".join(f"<li><a>{esc(x)}</a></li>" for x in nav)}</ul></div></div>')
    if art["id"] == "r13":
        text = "".join(f"<p>　　{esc(p)}</p>" for p in art["body"])
        article = (f'<div class="ep-article"><h1>{esc(art["title"])}</h1><p class="zz">{esc(ex["R"][0])}</p>'
                   f'<div id="ozoom"><founder-content>{text}</founder-content></div></div>{bar}')
        head = f'<title>{esc(art["title"])}-{paper}</title><meta name="description" content="{paper}数字报">'
    else:
        text = "<br>".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in art["body"]) + f"<br>&nbsp;&nbsp;&nbsp;&nbsp;{esc(ex['J'][0])}"
        article = (f'{bar}<div class="ep-article"><h1>{esc(art["title"])}</h1><p class="zz">{esc(ex["R"][0])}</p>'
                   f'<div class="ozoom" style="font-size:14px;line-height:26px">{text}</div></div>')
        head = f'<title>{paper}数字报</title>'
    body = (head_bar + f'<div class="ep-main">{left}<div class="ep-right">{article}'
            f'<div class="pn"><a>上一篇</a>　<a>返回目录</a>　<a>下一篇</a></div></div></div>'
            f'<div class="ep-foot">{paper}社版权所有　未经书面授权不得转载、摘编或建立镜像　渝ICP备{_n(rng, 8)}号</div>')
    return head, body, url


TEMPLATES = {"qx_rsrm": qx_rsrm, "tzb_site": tzb_site, "fl_mp": fl_mp, "gbdst_app_audio": gbdst_app_audio,
             "gzw_gqdt": gzw_gqdt, "swj_waimao": swj_waimao, "xb_epaper_tupian": xb_epaper_tupian}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages31", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
