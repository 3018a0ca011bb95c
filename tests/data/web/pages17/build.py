"""Build the seventeenth saved-page set (``pages17``): held apart for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand like ``../pages``) in seven
designs no earlier set used, with long bodies and the body content that is hard to keep (bold
subheadings, ``问：``/``记者：`` interview turns, numbered lists, a notice's time/place/participant
items, photos with captions in the text, ``<br>`` paragraphs in one cell, ``<font>`` tags,
``　　`` and ``&nbsp;`` indentation). Designs: a provincial government portal's 部门动态 page in
Hanweb-like markup (``hanweb_prov_bmdt``), a city people's congress site on an old ASP CMS
(``rd_asp_cms``, GBK), a 组工网 article page (``zugong_site``), a national ministry's 工作动态 page
(``ministry_gzdt``), a 中新网 regional channel page (``chinanews_channel``), a 学习强国-like article
saved from the browser (``xuexi_article``) and a county portal's 通知公告 page in GBK
(``county_tzgg_gbk``). Every page is held apart (README.md).

Besides ``T``/``B``/``F`` lines, ``articles.txt`` holds lines this script reads for the layout
only (never body): ``C n text`` a caption after body paragraph ``n``, ``S`` a notice's
signature, ``D`` its date, ``A`` an attachment's file name.

    python tests/data/web/pages17/build.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402

PLACES = {"chengdu": ("四川", "成都市"), "mianyang": ("四川", "绵阳市"), "yubei": ("重庆", "渝北区"),
          "qianjiang": ("重庆", "黔江区"), "chongqing": ("重庆", "重庆市"), "wulong": ("重庆", "武隆区"),
          "jiangjin": ("重庆", "江津区"), "bishan": ("重庆", "璧山区"), "shizhu": ("重庆", "石柱县"),
          "fengjie": ("重庆", "奉节县")}
#: A short line opening with 一、 or 坚持 is a subheading in the text (set in bold on the page).
SUBHEAD = re.compile(r"^(?:[一二三四五六七八九十]+、|坚持)")


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: captions ``{n: text}`` and a
    notice's ``S`` signature, ``D`` date and ``A`` attachment (none of them body)."""
    out, cur = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            cur = out.setdefault(line.split()[1], {"C": {}, "S": "", "D": "", "A": ""})
        elif line.startswith("C "):
            n, text = line[2:].split(" ", 1)
            cur["C"][int(n)] = text
        elif line[:2] in ("S ", "D ", "A "):
            cur[line[0]] = line[2:]
    return out


EXTRAS = extras(HERE / "articles.txt")


def _is_sub(p: str) -> bool:
    return bool(SUBHEAD.match(p)) and len(p) <= 24 and not p.endswith("。")


def _hm(rng) -> str:
    return f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"


def _related(rng, others, n, fmt) -> str:
    return "".join(fmt(t, d) for t, d in rng.sample(others, n))


def _caption_after(art, i) -> str | None:
    return EXTRAS[art["id"]]["C"].get(i)


def hanweb_prov_bmdt(art, rng, others):
    y, m, d = art["date"].split("-")
    src = "四川省" + re.match(r"省(\S+?[厅局委])", art["title"]).group(1)
    url = f"https://www.sc.gov.cn/10462/10464/10465/10595/{y}/{int(m)}/{int(d)}/{rng.randint(10 ** 15, 10 ** 16)}.shtml"
    hm = _hm(rng)
    sep = "&nbsp;&nbsp;&nbsp;&nbsp;" if "gbk" in art["flags"] else ""
    out = []
    for i, p in enumerate(art["body"]):
        if _is_sub(p):
            out.append(f'<p style="text-indent:2em;"><strong>{esc(p)}</strong></p>')
        elif re.match(r"\d\.", p):
            out.append(f'<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>')
        else:
            out.append(f'<p style="text-indent:2em;">{esc(p)}</p>')
        cap = _caption_after(art, i)
        if cap:
            out.append(f'<p style="text-align:center;"><img src="/Uploadfiles/{y}{m}/{rng.randint(10 ** 7, 10 ** 8)}.jpg" '
                       f'oldsrc="W0{y}{m}{d}.jpg" /></p><p style="text-align:center;">{esc(cap)}</p>')
    rel = _related(rng, others, 5, lambda t, dd: f'<li><a href="#" target="_blank">{esc(t)}</a><span>{dd}</span></li>')
    body = (f'<div class="topbar"><div class="w1200"><span>欢迎访问四川省人民政府网站</span><a>无障碍</a><a>长者模式</a>'
            f'<a>繁體</a><a>English</a><a>登录</a><a>注册</a></div></div>'
            f'<div class="header"><img src="/images/logo.png" alt="四川省人民政府"><div class="search"><input value="请输入关键词"><a>搜索</a></div></div>'
            f'<div class="nav"><ul><li>首页</li><li>省情</li><li>要闻动态</li><li>信息公开</li><li>政务服务</li><li>互动交流</li><li>数据开放</li></ul></div>'
            f'<div class="dqwz">当前位置：<a href="#">首页</a> &gt; <a href="#">要闻动态</a> &gt; <a href="#">部门动态</a></div>'
            f'<div class="contText"><div class="contTit"><h1 id="ivs_title">{esc(art["title"])}</h1></div>'
            f'<div class="contInfo"><span class="ly">信息来源：{src}</span>{sep}<span class="fbsj">发布时间：{y}-{m}-{d} {hm}</span>{sep}'
            f'<span class="zh">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
            f'<a href="javascript:doZoom(14)">小</a>】</span>{sep}<span class="dy"><a href="javascript:window.print()">打印</a></span></div>'
            f'<!--ZJEG_RSS.content.begin--><meta name="ContentStart"><div id="zoom" class="contText_con">{"".join(out)}</div>'
            f'<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->'
            f'<div class="fx"><span>分享到：</span><a class="wx" title="微信"></a><a class="wb" title="微博"></a><a class="qq" title="QQ空间"></a></div>'
            f'<div class="ewm"><img src="/images/qr.png"><p>扫一扫在手机打开当前页</p></div>'
            f'<div class="gnbtn"><a>【我要纠错】</a><a href="javascript:window.close()">【关闭窗口】</a></div></div>'
            f'<div class="xgxx"><div class="xgxx_tit">相关信息</div><ul>{rel}</ul></div>'
            f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a></p>'
            f'<p>主办：四川省人民政府办公厅　承办：四川省大数据中心</p>'
            f'<p>网站标识码：5100000062　蜀ICP备05003828号-2　<img src="/images/ga.png">川公网安备 51010402000{rng.randint(100, 999)}号</p>'
            f'<p><script type="text/javascript">document.write(unescape("%3Cspan id=\'_ideConac\' %3E%3C/span%3E"));</script></p></div>')
    head = (f'<title>{esc(art["title"])}- 四川省人民政府网站</title>'
            f'<meta name="SiteName" content="四川省人民政府"><meta name="SiteDomain" content="www.sc.gov.cn">'
            f'<meta name="SiteIDCode" content="5100000062"><meta name="ColumnName" content="部门动态">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {hm}">'
            f'<meta name="ContentSource" content="{src}"><meta name="Keywords" content="">')
    return head, body, url


def rd_asp_cms(art, rng, others):
    y, m, d = art["date"].split("-")
    city = PLACES[art["place"]][1]
    aid = rng.randint(1000, 9999)
    url = f"http://www.{art['place']}rd.gov.cn/Article/ShowArticle.asp?ArticleID={aid}"
    parts = []
    for p in art["body"]:
        if p.startswith("问："):
            parts.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<b>{esc(p)}</b>")
        elif re.match(r"^\S{2,4}：", p) and "interview" in art["flags"]:
            name, rest = p.split("：", 1)
            parts.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<b>{esc(name)}：</b>{esc(rest)}")
        else:
            parts.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}")
    text = "<br><br>".join(parts)
    prev, nxt = rng.sample(others, 2)
    rel = _related(rng, others, 5, lambda t, dd: f'<tr><td>·<a href="#">{esc(t)}</a>&nbsp;&nbsp;<font color="#999999">'
                                                 f'{int(dd[5:7])}-{int(dd[8:])}</font></td></tr>')
    nav = "".join(f'<td class="menu"><a href="#">{x}</a></td>'
                  for x in ("网站首页", "人大要闻", "工作动态", "代表工作", "法规文件", "理论研究", "人大信箱"))
    body = (f'<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td><img src="/Skin/blue/top_banner.jpg" width="960" height="110" alt="{city}人大网"></td></tr>'
            f'<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>{nav}</tr></table></td></tr></table>'
            f'<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td class="main_title_760">您现在的位置： <a href="#">{city}人大网</a> &gt;&gt; <a href="#">人大要闻</a> &gt;&gt; '
            f'<a href="#">工作动态</a> &gt;&gt; 正文</td></tr></table>'
            f'<table width="960" border="0" align="center" cellpadding="0" cellspacing="5" class="border">'
            f'<tr><td class="main_ArticleTitle" align="center"><font size="4"><strong>{esc(art["title"])}</strong></font></td></tr>'
            f'<tr><td class="main_ArticleSubheading" align="center"></td></tr>'
            f'<tr><td class="Article_tdbgall" align="center">作者：佚名&nbsp;&nbsp;&nbsp;&nbsp;文章来源：本站原创&nbsp;&nbsp;&nbsp;&nbsp;'
            f'点击数：<script language="javascript" src="/Article/GetHits.asp?ArticleID={aid}"></script>&nbsp;&nbsp;&nbsp;&nbsp;'
            f'更新时间：{y}-{int(m)}-{int(d)} {_hm(rng)}:{rng.randint(10, 59)}&nbsp;&nbsp;&nbsp;&nbsp;文章录入：admin</td></tr>'
            f'<tr><td height="1" bgcolor="#cccccc"></td></tr>'
            f'<tr><td id="fontzoom" class="main_ArticleContent"><font face="宋体" style="font-size:14px;line-height:200%">{text}</font></td></tr>'
            f'<tr><td align="right">【<a href="#">发表评论</a>】【<a href="#">加入收藏</a>】【<a href="#">告诉好友</a>】'
            f'【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
            f'<tr><td><li>上一篇文章： <a href="#">{esc(prev[0])}</a></li><li>下一篇文章： <a href="#">{esc(nxt[0])}</a></li></td></tr></table>'
            f'<table width="960" border="0" align="center"><tr><td class="main_title"><b>相关文章</b></td></tr>{rel}</table>'
            f'<table width="960" border="0" align="center"><tr><td class="main_title"><b>网友评论：</b>（只显示最新10条。'
            f'评论内容只代表网友观点，与本站立场无关！）</td></tr><tr><td>没有任何评论</td></tr></table>'
            f'<table width="960" border="0" align="center" class="bottom"><tr><td align="center">'
            f'<a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">联系站长</a> | <a href="#">友情链接</a> | <a href="#">版权申明</a><br>'
            f'版权所有：{city}人大常委会办公室&nbsp;&nbsp;地址：{city}临园路{rng.randint(10, 99)}号&nbsp;&nbsp;电话：0816-22{rng.randint(10000, 99999)}<br>'
            f'蜀ICP备{rng.randint(10 ** 7, 10 ** 8)}号&nbsp;&nbsp;技术支持：动易网络</td></tr></table>')
    head = (f'<title>{esc(art["title"])} - {city}人大网</title>'
            f'<meta name="keywords" content="{city}人大,人大常委会"><meta name="description" content="{esc(art["title"])}">')
    return head, body, url


def zugong_site(art, rng, others):
    y, m, d = art["date"].split("-")
    county = PLACES[art["place"]][1]
    who = rng.sample(REPORTERS, 2)
    url = f"https://www.12371.gov.cn/cq/qxcz/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 5, 10 ** 6)}.html"
    out = []
    for i, p in enumerate(art["body"]):
        out.append(f"<p>　　<strong>{esc(p)}</strong></p>" if _is_sub(p) else f"<p>　　{esc(p)}</p>")
        cap = _caption_after(art, i)
        if cap:
            out.append(f'<p style="text-align: center;"><img src="/upload/{y}{m}/{rng.randint(10 ** 5, 10 ** 6)}.jpg" '
                       f'title="" alt=""></p><p style="text-align: center;"><span style="font-family: 楷体; font-size: 14px;">'
                       f'{esc(cap)}</span></p>')
    rel = _related(rng, others, 6, lambda t, dd: f'<li><span class="date">{dd}</span><a href="#">{esc(t)}</a></li>')
    body = (f'<div class="header"><div class="w1100"><img class="logo" src="/images/logo.png" alt="重庆组工网">'
            f'<div class="hdate"><script>var d=new Date();document.write(d.getFullYear()+"年");</script></div></div></div>'
            f'<div class="nav"><ul><li><a>首页</a></li><li><a>工作动态</a></li><li><a>基层党建</a></li><li><a>干部工作</a></li>'
            f'<li><a>人才工作</a></li><li><a>区县传真</a></li><li><a>党员教育</a></li><li><a>信息公开</a></li></ul></div>'
            f'<div class="location"><span>您的位置：</span><a href="#">首页</a>&gt;<a href="#">区县传真</a></div>'
            f'<div class="article-box"><div class="article-title">{esc(art["title"])}</div>'
            f'<div class="article-attr"><span class="time">发布时间：{y}年{m}月{d}日</span>'
            f'<span class="source">来源：{county}委组织部</span><span class="views">浏览量：<i id="hits">{rng.randint(200, 3000)}</i></span></div>'
            f'<div class="article-con TRS_Editor">{"".join(out)}</div>'
            f'<div class="article-ed">责任编辑：{who[0]}</div>'
            f'<div class="article-bottom"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a>'
            f'<a href="#">【返回顶部】</a></div></div>'
            f'<div class="xgwz"><div class="xgwz-t">相关文章</div><ul>{rel}</ul></div>'
            f'<div class="footer"><p>主办：中共重庆市委组织部　承办：重庆市委组织部信息中心</p>'
            f'<p>本网站所刊登的新闻、信息和专题资料，均为重庆组工网版权所有，未经协议授权，禁止下载使用</p>'
            f'<p>渝ICP备{rng.randint(10 ** 7, 10 ** 8)}号　<img src="/images/ga.png">渝公网安备 50010302000{rng.randint(100, 999)}号</p></div>')
    head = (f'<title>{esc(art["title"])}-重庆组工网</title><meta name="keywords" content="组织工作,{county}">'
            f'<meta name="description" content="{esc(art["body"][0][:50])}">')
    return head, body, url


def ministry_gzdt(art, rng, others):
    y, m, d = art["date"].split("-")
    ministry = re.match(r"(\S{2}部)", art["title"]).group(1)
    full = {"民政部": "中华人民共和国民政部", "水利部": "中华人民共和国水利部"}[ministry]
    dom = {"民政部": "www.mca.gov.cn", "水利部": "www.mwr.gov.cn"}[ministry]
    src = {"民政部": "养老服务司", "水利部": "农村水利水电司"}[ministry]
    who = rng.sample(REPORTERS, 2)
    url = f"https://{dom}/n152/n166/c{rng.randint(10 ** 11, 10 ** 12)}/content.html"
    hm = _hm(rng)
    out = "".join(f'<p style="text-indent: 2em; text-align: justify;">{esc(p)}</p>' for p in art["body"])
    rel = _related(rng, others, 4, lambda t, dd: f'<li><a href="#">{esc(t)}</a><span>{dd}</span></li>')
    body = (f'<div class="topBar"><div class="w1200"><a>中国政府网</a><span>|</span><a>无障碍浏览</a><span>|</span>'
            f'<a>English</a><span class="date"></span></div></div>'
            f'<div class="header"><img src="/images/logo.png" alt="{full}"><div class="search"><input placeholder="请输入关键词"></div></div>'
            f'<div class="navBar"><ul><li>首页</li><li>机构概况</li><li>新闻中心</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>专题专栏</li></ul></div>'
            f'<div class="BreadcrumbNav"><a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">工作动态</a></div>'
            f'<div class="article oneColumn pub_border"><h1>{esc(art["title"])}</h1>'
            f'<div class="pages-date">{y}-{m}-{d} {hm}<span class="font">来源：{src}</span>'
            f'<span class="font index_switchsize">【字体：<span>大</span> <span>中</span> <span>小</span>】</span>'
            f'<span class="printIco"><a href="javascript:window.print()">打印</a></span></div>'
            f'<div class="pages_content" id="UCAP-CONTENT">{out}</div>'
            f'<div class="editor">【<a>我要纠错</a>】　责任编辑：{who[0]}</div>'
            f'<div class="share"><span>分享到：</span><a class="wx"></a><a class="wb"></a></div>'
            f'<div class="pages_print"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>'
            f'<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div></div>'
            f'<div class="related"><h4>相关稿件</h4><ul>{rel}</ul></div>'
            f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a></p>'
            f'<p>主办单位：{full}　版权所有：{full}</p>'
            f'<p>网站标识码：bm{rng.randint(10 ** 7, 10 ** 8)}　京ICP备{rng.randint(10 ** 7, 10 ** 8)}号　'
            f'<img src="/images/ga.png">京公网安备 110102000{rng.randint(10 ** 4, 10 ** 5)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_{full}</title>'
            f'<meta name="SiteName" content="{full}"><meta name="SiteDomain" content="{dom}">'
            f'<meta name="ColumnName" content="工作动态"><meta name="ColumnType" content="工作动态">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {hm}">'
            f'<meta name="ContentSource" content="{src}"><meta name="Keywords" content="">')
    return head, body, url


def chinanews_channel(art, rng, others):
    y, m, d = art["date"].split("-")
    who = rng.sample(REPORTERS, 2)
    url = f"https://www.cq.chinanews.com.cn/news/{y}/{m}-{d}/{rng.randint(10 ** 5, 10 ** 6)}.shtml"
    out = []
    last = len(art["body"]) - 1
    for i, p in enumerate(art["body"]):
        tail = "(完)" if i == last else ""
        if p.startswith("记者："):
            out.append(f"<p>　　<strong>{esc(p)}</strong></p>")
        elif "interview" in art["flags"] and re.match(r"^\S{2,3}：", p):
            name, rest = p.split("：", 1)
            out.append(f"<p>　　<strong>{esc(name)}：</strong>{esc(rest)}{tail}</p>")
        else:
            out.append(f"<p>　　{esc(p)}{tail}</p>")
        cap = _caption_after(art, i)
        if cap:
            out.append(f'<table border="0" cellspacing="0" cellpadding="0" align="center" class="pic"><tr><td>'
                       f'<img src="//i2.chinanews.com.cn/simg/cmshd/{y}{m}/{d}/{rng.randint(10 ** 8, 10 ** 9)}.jpg" alt=""></td></tr>'
                       f'<tr><td class="picmz" align="center">　　{esc(cap)}</td></tr></table>')
    rel = _related(rng, others, 5, lambda t, dd: f'<li><a href="#">{esc(t)}</a><span>{dd[5:]}</span></li>')
    pics = _related(rng, others, 3, lambda t, dd: f'<li><img src="/img/t.jpg"><p>{esc(t[:12])}</p></li>')
    body = (f'<div id="navbar"><a>中新网首页</a> | <a>中新网重庆</a> | <a>时政</a> | <a>区县</a> | <a>财经</a> | <a>视频</a> | <a>图片</a></div>'
            f'<div class="crumbs"><a href="#">首页</a> &gt; <a href="#">区县新闻</a></div>'
            f'<div class="con_left"><div class="content"><h1 class="content_left_title">{esc(art["title"])}</h1>'
            f'<div class="left-t" style="display:block">{y}年{m}月{d}日 {_hm(rng)}&nbsp;&nbsp;&nbsp;来源：中新网重庆'
            f'&nbsp;&nbsp;&nbsp;<a href="#">参与互动</a></div>'
            f'<div class="left_zw" style="position:relative">{"".join(out)}</div>'
            f'<div class="adEditor"><div class="left_name"><div class="left_name">【编辑:{who[1]}】</div></div>'
            f'<a class="jiuc" href="#">【纠错】</a></div>'
            f'<div id="function_code_page"><span>分享到：</span><a class="wb"></a><a class="wx"></a><a class="qq"></a></div></div>'
            f'<div class="xwzxdd"><div class="xwzxdd-t">相关新闻</div><ul>{rel}</ul></div></div>'
            f'<div class="con_right"><div class="tpxw"><h3>图片新闻</h3><ul>{pics}</ul></div></div>'
            f'<div id="bottom"><p><a>关于我们</a> | <a>About us</a> | <a>联系我们</a> | <a>广告服务</a> | <a>供稿服务</a> | '
            f'<a>法律声明</a> | <a>网站地图</a></p>'
            f'<p>本网站所刊载的信息不代表本网观点，刊用本网站稿件须经书面授权，未经授权不得转载、摘编或建立镜像。</p>'
            f'<p>Copyright &copy;1999-{y} chinanews.com. All Rights Reserved</p></div>')
    head = (f'<title>{esc(art["title"])}-中新网重庆</title><meta name="keywords" content="">'
            f'<meta name="description" content="{esc(art["body"][0][:70])}"><meta name="filetype" content="0">'
            f'<meta name="publishedtype" content="1"><meta name="pagetype" content="1">')
    return head, body, url


def xuexi_article(art, rng, others):
    y, m, d = art["date"].split("-")
    county = PLACES[art["place"]][1]
    who = rng.sample(REPORTERS, 3)
    url = f"https://www.xuexi.cn/lgpage/detail/index.html?id={rng.randint(10 ** 18, 10 ** 19)}&item_id={rng.randint(10 ** 18, 10 ** 19)}"
    out = []
    for i, p in enumerate(art["body"]):
        out.append(f'<p style="text-indent:2em;"><strong>{esc(p)}</strong></p>' if _is_sub(p)
                   else f'<p style="text-indent:2em;">{esc(p)}</p>')
        cap = _caption_after(art, i)
        if cap:
            out.append(f'<p style="text-align:center;"><img src="https://boot-img.xuexi.cn/image/{rng.randint(10 ** 9, 10 ** 10)}/'
                       f'{rng.randint(10 ** 9, 10 ** 10)}.jpg"></p><p style="text-align:center;">{esc(cap)}</p>')
    body = (f'<div id="root"><div class="layout-header"><div class="header-logo"><img src="//www.xuexi.cn/logo.png" alt="学习强国"></div>'
            f'<div class="header-tabs"><a>学习新思想</a><a>学习文化</a><a>环球视野</a><a>地方平台</a></div>'
            f'<div class="header-user"><a>登录</a><a>下载App</a></div></div>'
            f'<div class="render-detail-article"><div class="render-detail-article-title">'
            f'<div class="render-detail-title">{esc(art["title"])}</div></div>'
            f'<div class="render-detail-article-attr"><span class="render-detail-resource">来源：重庆学习平台</span>'
            f'<span class="render-detail-time">{y}-{m}-{d}</span></div>'
            f'<div class="render-detail-article-content"><div class="render-detail-content">{"".join(out)}</div></div>'
            f'<div class="render-detail-editor"><p>作者：{who[0]}</p><p>本文来源：{county}融媒体中心</p>'
            f'<p>责任编辑：{who[1]}</p></div>'
            f'<div class="render-detail-tools"><span class="tool-like">点赞</span><span class="tool-collect">收藏</span>'
            f'<span class="tool-share">分享到：<a>微信</a><a>微博</a><a>QQ</a></span></div></div>'
            f'<div class="render-detail-qrcode"><img src="/qrcode.png"><p>扫码下载“学习强国”App</p></div>'
            f'<div class="layout-footer"><p>“学习强国”学习平台 版权所有</p><p>京ICP备{rng.randint(10 ** 7, 10 ** 8)}号-1　'
            f'互联网新闻信息服务许可证：10120190001</p><p>违法和不良信息举报电话：010-{rng.randint(10 ** 7, 10 ** 8)}</p></div></div>')
    return "<title>学习强国</title><meta name=\"viewport\" content=\"width=device-width\">", body, url


def county_tzgg_gbk(art, rng, others):
    y, m, d = art["date"].split("-")
    county = PLACES[art["place"]][1]
    ex = EXTRAS[art["id"]]
    url = f"http://www.cqfj.gov.cn/zwgk_208/tzgg/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 6, 10 ** 7)}.html"
    out = []
    for i, p in enumerate(art["body"]):
        if i == 0 and p.endswith("：") and len(p) <= 40:
            out.append(f'<p style="text-align:justify">{esc(p)}</p>')  # the salutation sits flush left
        elif _is_sub(p):
            out.append(f'<p style="text-align:justify">　　<b>{esc(p)}</b></p>')
        else:
            out.append(f'<p style="text-align:justify">　　{esc(p)}</p>')
    out.append(f'<p>　　附件：<a href="./P0{y}{m}{d}{rng.randint(100, 999)}.{ex["A"].rsplit(".", 1)[1]}">{esc(ex["A"])}</a></p>'
               f'<p>&nbsp;</p><p style="text-align:right">{esc(ex["S"])}</p><p style="text-align:right">{esc(ex["D"])}</p>')
    src = ex["S"].split("　")[0].replace(county, "县")
    nav = "".join(f'<td><a href="#"><font color="#ffffff"><b>{x}</b></font></a></td>'
                  for x in ("首页", "走进奉节", "政务公开", "政务服务", "政民互动", "专题专栏"))
    body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td><img src="/images/top.jpg" width="1000" height="140" alt="{county}人民政府"></td></tr>'
            f'<tr><td bgcolor="#b40000"><table width="100%"><tr>{nav}</tr></table></td></tr></table>'
            f'<table width="1000" border="0" align="center"><tr><td class="dqwz">您现在的位置：<a href="#">首页</a>&nbsp;&gt;&gt;&nbsp;'
            f'<a href="#">政务公开</a>&nbsp;&gt;&gt;&nbsp;<a href="#">通知公告</a></td></tr></table>'
            f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">'
            f'<tr><td height="70" align="center" class="title"><font size="4" color="#000000"><strong>{esc(art["title"])}</strong></font></td></tr>'
            f'<tr><td align="center" class="xx" height="30">来源：{src}&nbsp;&nbsp;&nbsp;发布时间：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;'
            f'点击：<span id="hits">{rng.randint(100, 2000)}</span>&nbsp;&nbsp;&nbsp;【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>'
            f'<tr><td><hr size="1" noshade color="#dddddd"></td></tr>'
            f'<tr><td class="zw" style="padding:10px 40px"><div class="TRS_Editor"><font style="font-size:16px">{"".join(out)}</font></div></td></tr>'
            f'<tr><td align="right" height="40"><a href="javascript:window.print()">[打印本页]</a>&nbsp;&nbsp;'
            f'<a href="javascript:window.close()">[关闭窗口]</a></td></tr></table>'
            f'<table width="1000" border="0" align="center"><tr><td><b>相关附件：</b><a href="#">{esc(ex["A"])}</a></td></tr></table>'
            f'<table width="1000" border="0" align="center" class="foot"><tr><td align="center">'
            f'<a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a><br>'
            f'主办：{county}人民政府办公室&nbsp;&nbsp;承办：{county}大数据应用发展管理中心<br>'
            f'网站标识码：5002360001&nbsp;&nbsp;渝ICP备{rng.randint(10 ** 7, 10 ** 8)}号&nbsp;&nbsp;渝公网安备 50023602000{rng.randint(100, 999)}号<br>'
            f'建议使用1366*768分辨率浏览本站</td></tr></table>')
    head = (f'<title>{esc(art["title"])}--{county}人民政府</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ContentSource" content="{src}">')
    return head, body, url


TEMPLATES = {"hanweb_prov_bmdt": hanweb_prov_bmdt, "rd_asp_cms": rd_asp_cms, "zugong_site": zugong_site,
             "ministry_gzdt": ministry_gzdt, "chinanews_channel": chinanews_channel,
             "xuexi_article": xuexi_article, "county_tzgg_gbk": county_tzgg_gbk}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages17", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
