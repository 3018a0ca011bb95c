"""Build the fifteenth saved-page set (``pages15``): held apart, measured once before any rule saw it.

Fourteen reports (``articles.txt``, own sentences, labelled by hand like ``../pages``; 7 to 14
paragraphs each) in seven site designs no earlier set used, their shapes modelled on real
pages (see README.md): a district government portal's 政务动态 page (``qx_zwdt``), an old
table-layout county portal in GBK (``old_table_portal``), a government notice with its 索引号
table (``xxgk_notice``), a city Party paper's website (``city_daily_net``), a provincial Party
paper's e-paper article view (``prov_epaper_xhtml``), a national news portal's local channel
(``national_local_channel``: 央广网 and 新华网 shapes) and a county account's post as saved
from the browser (``county_mp_saved``). Every page is held apart.

``articles.txt`` lines opening with ``@`` are layout hints read here only (bold subheading,
right-aligned signature, photo with caption, attachment line, kicker); they never enter the
reference body.

    python tests/data/web/pages15/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402

PLACES = {"jiangjin": "江津", "banan": "巴南", "chengkou": "城口", "xiushan": "秀山", "dazu": "大足",
          "liangping": "梁平", "wanzhou": "万州", "yongchuan": "永川", "guangan": "广安", "yibin": "宜宾",
          "zunyi": "遵义", "qianjiang": "黔江", "youyang": "酉阳", "wulong": "武隆"}
COUNTIES = {"chengkou", "xiushan", "youyang"}
SOURCES = {"q01": "区应急管理局", "q02": "区林业局", "q03": "县委宣传部", "q04": "县市场监管局",
           "q05": "区政府办公室", "q06": "区农业农村委"}


def layout(path: Path) -> dict[str, list[tuple[str, str, set]]]:
    """Per article id, its content in page order: ``("B", text, hints)`` for a body paragraph
    (hints from the ``@strong``/``@right`` lines above it), ``("img", caption, set())``,
    ``("tail", text, set())``, ``("kicker", text, set())``."""
    out, cur, hints = {}, None, set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            cur = out.setdefault(line.split()[1], [])
        elif line in ("@strong", "@right"):
            hints.add(line[1:])
        elif line.startswith("@"):
            tag, text = line[1:].split(" ", 1)
            cur.append((tag, text, set()))
        elif line.startswith("B "):
            cur.append(("B", line[2:], hints))
            hints = set()
    return out


LAYOUT = layout(HERE / "articles.txt")


def unit(art) -> str:
    return PLACES[art["place"]] + ("县" if art["place"] in COUNTIES else "区")


def paras_p(art, rng, indent: str = "css") -> str:
    """The content as ``<p>`` paragraphs: bold subheadings, right-aligned signature lines,
    a photo with its caption, an attachment line after the text."""
    out = []
    for tag, text, hints in LAYOUT[art["id"]]:
        if tag == "img":
            out.append(f'<p style="text-align: center;"><img src="/u/cms/www/{art["date"][:7].replace("-", "")}/'
                       f'{rng.randint(10 ** 8, 10 ** 9)}.jpg" border="0"></p>'
                       f'<p style="text-align: center;">{esc(text)}</p>')
        elif tag == "tail":
            name = text.split("：", 1)[1]
            out.append(f'<p style="line-height: 2em;">附件：<a href="/zwgk/P0{rng.randint(10 ** 9, 10 ** 10)}.{name.rsplit(".", 1)[1]}"'
                       f' target="_blank">{esc(name)}</a></p>')
        elif tag == "B":
            if "right" in hints:
                out.append(f'<p style="text-align: right; line-height: 2em;">{esc(text)}</p>')
            elif "strong" in hints:
                out.append(f'<p style="text-indent: 2em; line-height: 2em;"><strong>{esc(text)}</strong></p>')
            elif indent == "css":
                out.append(f'<p style="text-indent: 2em; line-height: 2em;">{esc(text)}</p>')
            else:
                out.append(f"<p>　　{esc(text)}</p>")
    return "".join(out)


def related(rng, others, n: int, fmt: str) -> str:
    return "".join(f'<li><a href="/{rng.randint(10 ** 6, 10 ** 7)}.html" target="_blank">{esc(t)}</a>'
                   f'<span>{fmt.format(y=d[:4], m=d[5:7], d=d[8:])}</span></li>' for t, d in rng.sample(others, n))


def qx_zwdt(art, rng, others):
    """A district government portal's 政务动态 article (TRS-style content box)."""
    place, u = PLACES[art["place"]], unit(art)
    y, m, d = art["date"].split("-")
    hm = f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
    url = f"http://www.cq{art['place']}.gov.cn/zwxx_2{rng.randint(10, 99)}/zwdt/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 7, 10 ** 8)}.html"
    sep = rng.choice(["", "&nbsp;&nbsp;&nbsp;"])
    info = (f'<span>发布日期：{y}-{m}-{d} {hm}</span>{sep}<span>来源：{SOURCES[art["id"]]}</span>{sep}'
            f'<span>浏览次数：<script>document.write(getClickCount("{rng.randint(10 ** 6, 10 ** 7)}"))</script></span>{sep}'
            f'<span class="zh">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
            f'<a href="javascript:doZoom(14)">小</a>】</span>')
    body = (f'<div class="top-bar"><div class="w1200"><span>欢迎访问重庆市{u}人民政府网站！</span>'
            f'<a>无障碍浏览</a><a>长者模式</a><a>繁體</a><a>登录</a></div></div>'
            f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="重庆市{u}人民政府"></div>'
            f'<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>'
            f'<div class="nav"><ul><li><a>首页</a></li><li><a>走进{place}</a></li><li><a>政务公开</a></li>'
            f'<li><a>政务服务</a></li><li><a>互动交流</a></li><li><a>专题专栏</a></li></ul></div>'
            f'<div class="w1200"><div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a>政务公开</a> &gt; '
            f'<a>政务信息</a> &gt; <a>政务动态</a></div>'
            f'<div class="xl_con"><h1 class="xl_title">{esc(art["title"])}</h1><div class="xl_info">{info}</div>'
            f'<div class="xl_txt"><div class="TRS_Editor">{paras_p(art, rng)}</div></div>'
            f'<div class="xl_bottom"><span>【<a href="javascript:window.print()">打印本页</a>】</span>'
            f'<span>【<a href="javascript:window.close()">关闭窗口</a>】</span>'
            f'<div class="fx">分享到：<a class="wx"></a><a class="wb"></a><a class="qq"></a></div></div>'
            f'<div class="xgxx"><div class="xgxx_t">相关信息</div><ul>{related(rng, others, 4, "{y}-{m}-{d}")}</ul></div></div></div>'
            f'<div class="footer"><div class="w1200"><div class="ft_ewm"><p>扫一扫在手机打开当前页</p>'
            f'<p>政务微信</p><p>政务微博</p></div>'
            f'<p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a> | <a>隐私声明</a></p>'
            f'<p>主办：重庆市{u}人民政府办公室&nbsp;&nbsp;承办：重庆市{u}大数据应用发展管理局</p>'
            f'<p>网站标识码：50011{rng.randint(10000, 99999)}&nbsp;&nbsp;<a>渝ICP备{rng.randint(10 ** 7, 10 ** 8)}号</a>&nbsp;&nbsp;'
            f'<a><img src="/images/ga.png">渝公网安备 5001{rng.randint(10 ** 9, 10 ** 10)}号</a></p>'
            f'<p>联系电话：023-{rng.randint(40000000, 49999999)}</p></div></div>')
    head = (f'<title>{esc(art["title"])}_重庆市{u}人民政府</title>'
            f'<meta name="SiteName" content="重庆市{u}人民政府"><meta name="ColumnName" content="政务动态">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {hm}">'
            f'<meta name="ContentSource" content="{SOURCES[art["id"]]}">')
    return head, body, url


def old_table_portal(art, rng, others):
    """An old county portal laid out in nested tables, ``<font>`` and ``<br>``-separated text (GBK)."""
    place, u = PLACES[art["place"]], unit(art)
    y, m, d = art["date"].split("-")
    stamp = (f"{int(y)}/{int(m)}/{int(d)} {rng.randint(8, 17)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"
             if "slashdate" in art["flags"] else f"{y}年{m}月{d}日")
    url = f"http://www.cq{art['place']}.gov.cn/Article/ShowArticle.asp?ArticleID={rng.randint(10000, 99999)}"
    lines = "".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(t)}<br><br>" for tag, t, _ in LAYOUT[art["id"]] if tag == "B")
    left = "".join(f'<tr><td height="24">·<a href="/Article/ShowArticle.asp?ArticleID={rng.randint(10000, 99999)}" '
                   f'title="{esc(t)}">{esc(t[:14])}…</a></td></tr>' for t, _ in rng.sample(others, 6))
    prev, nxt = rng.sample(others, 2)
    body = (f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>'
            f'<img src="/images/top_banner.jpg" width="980" height="150"></td></tr></table>'
            f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#B60000"><tr>'
            f'<td height="32" align="center" class="nav"><a href="/">网站首页</a> | <a>县情概况</a> | <a>政务动态</a> | '
            f'<a>信息公开</a> | <a>办事指南</a> | <a>招商引资</a> | <a>旅游{place}</a> | <a>县长信箱</a></td></tr></table>'
            f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td width="230" valign="top" bgcolor="#F7F7F7"><table width="100%" border="0" cellspacing="0" cellpadding="0">'
            f'<tr><td height="30" class="lm_t"><font color="#FFFFFF"><b>最新信息</b></font></td></tr>{left}</table></td>'
            f'<td width="10"></td><td width="740" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">'
            f'<tr><td height="30" class="dqwz">您现在的位置：<a href="/">{esc(u)}人民政府</a> &gt;&gt; <a>政务动态</a> &gt;&gt; 正文</td></tr>'
            f'<tr><td height="50" align="center"><font size="4" color="#CC0000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td height="26" align="center" bgcolor="#EEEEEE"><font color="#666666">发布时间：{stamp}&nbsp;&nbsp;&nbsp;'
            f'来源：{SOURCES[art["id"]]}&nbsp;&nbsp;&nbsp;作者：{rng.choice(REPORTERS)}&nbsp;&nbsp;&nbsp;点击数：'
            f'<script language="javascript" src="/Article/GetHits.asp?ArticleID={rng.randint(10000, 99999)}"></script></font></td></tr>'
            f'<tr><td class="content" style="padding:15px"><font style="font-size:14px; line-height:28px">{lines}</font></td></tr>'
            f'<tr><td align="right" height="30">【<a href="javascript:window.print()">打印本页</a>】'
            f'【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
            f'<tr><td height="50">上一篇：<a>{esc(prev[0])}</a><br>下一篇：<a>{esc(nxt[0])}</a></td></tr>'
            f'</table></td></tr></table>'
            f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="foot"><tr>'
            f'<td align="center" height="90"><font color="#333333">版权所有：{u}人民政府办公室&nbsp;&nbsp;'
            f'技术支持：{place}信息网络有限公司<br>地址：{u}{rng.choice(["葛城街道", "中和街道"])}北大街{rng.randint(10, 99)}号&nbsp;&nbsp;'
            f'电话：023-{rng.randint(70000000, 79999999)}<br>渝ICP备0{rng.randint(1000000, 9999999)}号&nbsp;&nbsp;'
            f'网站标识码：50024{rng.randint(10000, 99999)}</font></td></tr></table>')
    head = f'<title>{esc(u)}人民政府--政务动态--{esc(art["title"])}</title><meta name="keywords" content="{esc(u)},政务动态">'
    return head, body, url


def xxgk_notice(art, rng, others):
    """A government notice on a 信息公开 page: 索引号 table, title, text with bold items,
    signature and date, attachment link."""
    u = unit(art)
    y, m, d = art["date"].split("-")
    org = [t for tag, t, h in LAYOUT[art["id"]] if "right" in h][0]
    url = f"http://www.cq{art['place']}.gov.cn/zwgk_2{rng.randint(10, 99)}/fdzdgknr/tzgg/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 7, 10 ** 8)}.html"
    idx = f"1150{rng.randint(1000, 9999)}{rng.choice(['MB', 'XM'])}{rng.randint(10 ** 7, 10 ** 8)}/{y}-{rng.randint(100, 999):05d}"
    table = (f'<div class="zwxl-table"><table><tbody>'
             f'<tr><th>[ 索引号 ]</th><td>{idx}</td><th>[ 发文字号 ]</th><td></td></tr>'
             f'<tr><th>[ 主题分类 ]</th><td>{rng.choice(["安全生产监管", "农业、林业、水利"])}</td><th>[ 体裁分类 ]</th><td>{"通知" if "通知" in art["title"] else "公告"}</td></tr>'
             f'<tr><th>[ 发布机构 ]</th><td>{esc(org)}</td><th>[ 成文日期 ]</th><td>{y}-{m}-{d}</td></tr>'
             f'<tr><th>[ 发布日期 ]</th><td>{y}-{m}-{d}</td><th>[ 有效性 ]</th><td>有效</td></tr>'
             f'<tr><th>[ 名称 ]</th><td colspan="3">{esc(art["title"])}</td></tr></tbody></table></div>')
    body = (f'<div class="head"><div class="logo"><img src="/images/logo_zwgk.png" alt="重庆市{u}人民政府"></div>'
            f'<ul class="nav"><li><a>首页</a></li><li><a>政务公开</a></li><li><a>政务服务</a></li><li><a>互动交流</a></li></ul></div>'
            f'<div class="container"><div class="crumbs"><span>您当前的位置：</span><a>首页</a><span>&gt;</span><a>政府信息公开</a>'
            f'<span>&gt;</span><a>法定主动公开内容</a><span>&gt;</span><a>通知公告</a></div>{table}'
            f'<div class="zwxl-title"><p class="tit">{esc(art["title"])}</p></div>'
            f'<div class="zwxl-article"><div class="view TRS_UEDITOR trs_paper_default trs_web">{paras_p(art, rng)}</div></div>'
            f'<div class="zwxl-bar"><div class="fl"><span>【<a href="javascript:window.print()">打印</a>】</span>'
            f'<span>【<a href="javascript:window.close()">关闭</a>】</span></div>'
            f'<div class="fr">分享到：<a class="bds_weixin"></a><a class="bds_tsina"></a><a class="bds_qzone"></a></div></div></div>'
            f'<div class="foot"><p><a>关于本网</a>|<a>网站地图</a>|<a>联系我们</a></p>'
            f'<p>主办单位：重庆市{u}人民政府办公室 承办单位：重庆市{u}大数据应用发展管理局</p>'
            f'<p>政府网站标识码：500{rng.randint(10 ** 6, 10 ** 7)} <a>渝ICP备{rng.randint(10 ** 7, 10 ** 8)}号-1</a> '
            f'渝公网安备 500{rng.randint(10 ** 10, 10 ** 11)}号</p><p>您是本站第<span>{rng.randint(10 ** 6, 10 ** 7)}</span>位访客</p></div>')
    head = (f'<title>{esc(art["title"])}_重庆市{u}人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}">'
            f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="ColumnName" content="通知公告">')
    return head, body, url


def city_daily_net(art, rng, others):
    """A city Party paper's website: source/author/time spans, interview turns in bold,
    责任编辑, reprint notice, 相关阅读 with dates, comment counter, rankings."""
    place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    hm = f"{rng.randint(6, 11):02d}:{rng.randint(0, 59):02d}"
    site, paper = f"{place}网", f"{place}日报"
    url = f"http://www.{art['place']}ww.com/content/{y}-{m}/{d}/content_{rng.randint(10 ** 5, 10 ** 6)}.htm"
    who = rng.sample(REPORTERS, 3)
    interview = any(t.startswith("记者：") for t in art["body"])
    out = []
    for tag, text, _ in LAYOUT[art["id"]]:
        if text.startswith("记者："):
            out.append(f"<p><strong>{esc(text)}</strong></p>")
        elif tag == "B" and interview and "：" in text[:6]:
            name, rest = text.split("：", 1)
            out.append(f"<p><strong>{esc(name)}：</strong>{esc(rest)}</p>")
        elif tag == "B":
            out.append(f"<p>　　{esc(text)}</p>")
    rank = "".join(f'<li><em>{i}</em><a>{esc(t)}</a></li>' for i, (t, _) in enumerate(rng.sample(others, 5), start=1))
    body = (f'<div class="topbar">{paper}社主办 | <a>{paper}数字报</a> | <a>{place}手机台</a></div>'
            f'<div class="header"><a class="logo"><img src="/static/logo.png" alt="{site}"></a></div>'
            f'<div class="menu"><a>首页</a><a>时政</a><a>本地</a><a>区县</a><a>民生</a><a>图片</a><a>视频</a><a>专题</a></div>'
            f'<div class="main"><div class="left"><div class="local">{site} &gt; 新闻中心 &gt; 本地新闻</div>'
            f'<div class="article-box"><h1>{esc(art["title"])}</h1>'
            f'<div class="article-info"><span class="source">来源：{paper}</span><span class="author">作者：记者 {who[0]}</span>'
            f'<span class="time">{y}年{m}月{d}日 {hm}</span></div>'
            f'<div class="bt_content" id="bt_content">{"".join(out)}</div>'
            f'<div class="zb">责任编辑：{who[1]}</div>'
            f'<div class="bdsharebuttonbox"><span>分享到：</span><a class="bds_weixin"></a><a class="bds_tsina"></a><a class="bds_more"></a></div>'
            f'<div class="bqsm">版权声明：凡注明“来源：{paper}”或“来源：{site}”的所有作品，版权均属{paper}社所有，'
            f'未经授权禁止转载、摘编或利用其他方式使用上述作品。</div></div>'
            f'<div class="xgyd"><h3>相关阅读</h3><ul>{related(rng, others, 4, "{y}-{m}-{d}")}</ul></div>'
            f'<div class="pl"><span>网友评论</span><span>已有<em>{rng.randint(0, 40)}</em>条评论</span><a>我要评论</a></div></div>'
            f'<div class="right"><div class="box"><h3>热门排行</h3><ol>{rank}</ol></div>'
            f'<div class="box"><h3>扫一扫</h3><p>关注{paper}微信公众号</p></div></div></div>'
            f'<div class="footer"><p>{paper}社版权所有 未经书面授权 不得复制或建立镜像</p>'
            f'<p>互联网新闻信息服务许可证：50120{rng.randint(10 ** 4, 10 ** 5)} 渝ICP备{rng.randint(10 ** 7, 10 ** 8)}号</p>'
            f'<p>违法和不良信息举报电话：023-{rng.randint(50000000, 59999999)}</p></div>')
    head = (f'<title>{esc(art["title"])} - {site}</title><meta name="keywords" content="{place},{paper}">'
            f'<meta name="description" content="{esc(art["body"][0][:60])}">')
    return head, body, url


def prov_epaper_xhtml(art, rng, others):
    """A provincial Party paper's e-paper article view (XHTML markup): date, 版次 selector,
    PDF, 上一版/下一版, kicker, ``<br />``-separated text, 上一篇/下一篇, copyright."""
    y, m, d = art["date"].split("-")
    ban = rng.randint(5, 12)
    url = f"https://epaper.scdaily.cn/shtml/scrb/{y}{m}{d}/{rng.randint(10 ** 5, 10 ** 6)}.shtml"
    kicker = [t for tag, t, _ in LAYOUT[art["id"]] if tag == "kicker"]
    text = "".join(f"　　{esc(t)}<br />" for tag, t, _ in LAYOUT[art["id"]] if tag == "B")
    opts = "".join(f'<option value="{i:02d}">第{i:02d}版：{x}</option>' for i, x in
                   enumerate(["要闻", "要闻", "评论", "经济", "市州新闻", "市州新闻", "市州新闻", "文化"], start=1))
    titles = "".join(f'<li><a href="/shtml/scrb/{y}{m}{d}/{rng.randint(10 ** 5, 10 ** 6)}.shtml">{esc(t)}</a></li>'
                     for t, _ in rng.sample(others, 4))
    prev, nxt = rng.sample(others, 2)
    wd = "一二三四五六日"[datetime.date(int(y), int(m), int(d)).weekday()]
    body = (f'<div class="paper-top"><div class="paper-name">四川日报</div>'
            f'<div class="paper-date">{y}年{m}月{d}日 星期{wd}</div><a>往期回顾</a></div>'
            f'<div class="paper-bar"><span class="banci">第{ban:02d}版：市州新闻</span>'
            f'<select class="bc-select">{opts}</select><a class="pdf" href="/resfile/{y}-{m}-{d}/{ban:02d}/scrb{y}{m}{d}{ban:02d}.pdf">PDF下载</a>'
            f'<a>上一版</a><a>下一版</a></div>'
            f'<div class="paper-main"><div class="paper-left"><img src="/resfile/{y}-{m}-{d}/{ban:02d}/page.jpg" usemap="#pagemap" />'
            f'<div class="title-list"><h4>本版新闻</h4><ul>{titles}</ul></div></div>'
            f'<div class="paper-right"><div class="detail-title">'
            + (f'<p class="yt">{esc(kicker[0])}</p>' if kicker else "")
            + f'<h2 class="bt">{esc(art["title"])}</h2><p class="ft"></p></div>'
            f'<div class="detail-content" id="detailContent"><div class="txt">{text}</div></div>'
            f'<div class="detail-page"><p>上一篇：<a>{esc(prev[0])}</a></p><p>下一篇：<a>{esc(nxt[0])}</a></p></div></div></div>'
            f'<div class="paper-foot"><p>四川日报社 版权所有 未经书面授权 不得转载</p>'
            f'<p>蜀ICP备{rng.randint(10 ** 7, 10 ** 8)}号 川公网安备 51010{rng.randint(10 ** 9, 10 ** 10)}号</p></div>')
    head = (f'<title>四川日报数字版-{esc(art["title"])}</title>' if rng.random() < 0.5 else "<title>四川日报</title>")
    return head, body, url


def national_local_channel(art, rng, others):
    """A national portal's local channel: 央广网 or 新华网 shapes, chosen by the lead's formula."""
    y, m, d = art["date"].split("-")
    hms = f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    who = rng.sample(REPORTERS, 2)
    content = paras_p(art, rng, indent="space")
    if art["body"][0].startswith("央广网"):
        url = f"https://gz.cnr.cn/gzyw/{y}{m}{d}/t{y}{m}{d}_{rng.randint(10 ** 8, 10 ** 9)}.shtml"
        body = (f'<div class="topNav"><a>央广网首页</a><a>新闻</a><a>地方</a><a>云听</a><a>登录</a></div>'
                f'<div class="subNav"><a>央广网</a><em>&gt;</em><a>地方</a><em>&gt;</em><a>贵州</a></div>'
                f'<div class="wrapper"><div class="article-header"><h1>{esc(art["title"])}</h1>'
                f'<div class="source"><span>{y}-{m}-{d} {hms}</span><span>来源：央广网</span></div></div>'
                f'<div class="article-content"><div class="TRS_Editor">{content}</div></div>'
                f'<div class="editor">编辑：{who[0]}</div>'
                f'<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ</a></div>'
                f'<div class="disclaimer">本网站所刊载信息，不代表中央广播电视总台和央广网观点。 刊用本网站稿件，务经书面授权。</div>'
                f'<div class="related"><div class="t">相关新闻</div><ul>{related(rng, others, 4, "{y}-{m}-{d}")}</ul></div></div>'
                f'<div class="footer"><p><a>央广网简介</a> | <a>联系我们</a> | <a>广告服务</a> | <a>网站地图</a></p>'
                f'<p>央广网版权所有 Copyright &copy; 2002-{y} CNR All Rights Reserved.</p>'
                f'<p>京ICP证{rng.randint(10 ** 5, 10 ** 6)}号 京公网安备 11010{rng.randint(10 ** 9, 10 ** 10)}号</p></div>')
        head = (f'<title>{esc(art["title"])}_央广网</title><meta name="publishdate" content="{y}-{m}-{d}">'
                f'<meta name="source" content="央广网">')
    else:
        url = f"http://www.news.cn/local/{y}-{m}/{d}/c_{rng.randint(10 ** 9, 10 ** 10)}.htm"
        body = (f'<div class="nav-top"><a>新华网</a><a>首页</a><a>时政</a><a>地方</a><a>国际</a><a>财经</a></div>'
                f'<div class="header"><div class="header-cont"><div class="header-time"><span class="year"><em> {y}</em></span>'
                f'<span class="day"><em> {m}</em>/<em>{d}</em></span><span class="time"> {hms}</span></div>'
                f'<div class="source">来源：新华网</div><div class="head-line"><h1><span class="title">{esc(art["title"])}</span>'
                f'</h1></div><div class="pageShare"><span>分享到：</span><a class="wx"></a><a class="wb"></a></div></div></div>'
                f'<div class="main"><div id="detail">{content}</div>'
                f'<div id="articleEdit"><span class="tiyi1"><a>【纠错】</a></span><span class="editor">【责任编辑:{who[0]} 】</span></div>'
                f'<div class="box-news"><h3>相关新闻</h3><ul>{related(rng, others, 3, "{m}-{d}")}</ul></div>'
                f'<div class="box-news"><h3>推荐</h3><ul>{related(rng, others, 3, "")}</ul></div></div>'
                f'<div class="foot"><p>Copyright &copy; 2000-{y} XINHUANET.com All Rights Reserved.</p>'
                f'<p>制作单位：新华网股份有限公司 版权所有 新华网股份有限公司</p></div>')
        head = f'<title>{esc(art["title"])}-新华网</title><meta name="keywords" content="黔江">'
    return head, body, url


def county_mp_saved(art, rng, others):
    """A county account's post as saved from the browser: 原创 tag, account, time and IP
    place, section markup, credits, 阅读原文 and the like/share/在看 row."""
    place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    acct = f"{place}发布"
    who = rng.sample(REPORTERS, 4)
    url = "https://mp.weixin.qq.com/s/" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTabcdefghjkmnpqrst0123456789_-")
                                                  for _ in range(22))
    secs = []
    for tag, text, _ in LAYOUT[art["id"]]:
        if tag == "img":
            secs.append(f'<section style="text-align: center;margin-bottom: 0px;"><img class="rich_pages wxw-img" '
                        f'data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{rng.randint(10 ** 9, 10 ** 10)}/640?wx_fmt=jpeg" '
                        f'style="width:100%"></section><section style="text-align: center;"><span style="font-size: 12px;'
                        f'color: rgb(136, 136, 136);">{esc(text)}</span></section>')
        elif tag == "B":
            secs.append(f'<p style="text-indent: 2em;margin-bottom: 15px;line-height: 1.75em;"><span style="font-size: 15px;'
                        f'letter-spacing: 1px;">{esc(text)}</span></p>')
    credit = [rng.choice([f"来源：{unit(art)}融媒体中心", "来源：新重庆客户端"]), f"记者：{who[0]}　通讯员：{who[1]}",
              f"编辑：{who[2]} | 责编：{who[3]} | 审核：{who[0]}"]
    secs.append('<section style="margin-top: 20px;">' + "".join(
        f'<p style="font-size: 12px;color: rgb(127, 127, 127);"><span>{esc(c)}</span></p>' for c in credit) + "</section>")
    secs.insert(0, f'<section style="text-align: center;"><span style="color: rgb(0, 128, 255);font-size: 13px;">'
                   f'戳上方蓝字“{acct}”关注我们</span></section>')
    content = "".join(secs)
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<div class="rich_media_area_primary_inner"><div id="img-content" class="rich_media_wrp">'
            f'<h1 class="rich_media_title " id="activity-name">\n            {esc(art["title"])}\n          </h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta icon_appmsg_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{place}融媒</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{acct}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {rng.randint(17, 21)}:{rng.randint(10, 59)}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于<span id="js_ip_wording">重庆</span></em></div>'
            f'<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: visible;">'
            f'{content}</div>'
            f'<div id="js_tags_preview_toast" class="article-tag__error-tips">预览时标签不可点</div>'
            f'<div class="rich_media_tool"><a id="js_view_source" href="javascript:void(0);">阅读原文</a></div></div>'
            f'<div class="like_comment_wrp"><span class="like_comment_primary_wrp">微信扫一扫<br>关注该公众号</span></div>'
            f'<div id="unlogin_bottom_bar"><span>继续滑动看下一个</span><span>{acct}</span><span>向上滑动看下一个</span></div>'
            f'<div class="wx_stream_article_slide_tip">轻触阅读原文</div>'
            f'<div class="interaction_bar"><span>赞</span><span>分享</span><span>在看</span><span>写留言</span></div>'
            f'<div class="wx_expand_article_button_wrap">知道了</div>'
            f'<div id="js_pc_qr_code"><p>微信扫一扫可打开此内容，<br>使用完整服务</p></div>'
            f'<div class="weui-dialog__bd">：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏听过</div>'
            f'</div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}"><meta property="og:site_name" content="微信公众平台">'
            f'<meta property="twitter:card" content="summary">')
    return head, body, url


TEMPLATES = {"qx_zwdt": qx_zwdt, "old_table_portal": old_table_portal, "xxgk_notice": xxgk_notice,
             "city_daily_net": city_daily_net, "prov_epaper_xhtml": prov_epaper_xhtml,
             "national_local_channel": national_local_channel, "county_mp_saved": county_mp_saved}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages15", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
