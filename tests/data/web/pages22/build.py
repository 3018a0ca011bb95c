"""Build the twenty-second saved-page set (``pages22``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier
set used, each chosen to be hard for an extractor: a 央视网/国际在线-like video+text news page
(``cctv_video_text``), a provincial 党委 website's 领导活动 page (``swld_activity``), a 区县 人大
site's 代表风采 profile with a 代表档案 box (``rd_daibiao_profile``), a 纪委监委 通报 of typical
cases with numbered items (``jjjc_tongbao_cases``), a government portal's 互动交流 留言/回复 page
(``hdjl_liuyan_reply``), an e-paper 图片版 article under a big photo (``epaper_photo_ban``) and a
头条号/百家号-like page with an author card, follow buttons and 举报 links (``toutiao_baijia``).
Besides ``T``/``B``/``F`` lines, ``articles.txt`` holds layout-only lines read by :func:`extras`
(none of them body). See README.md.

    python tests/data/web/pages22/build.py
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402
from pageset import hm as _hm, hms as _hms, digits as _n  # noqa: E402

XML_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n')
PLACES = {"chongqing": "重庆市", "wanzhou": "万州区", "sichuan": "四川省", "guizhou": "贵州省",
          "jiulongpo": "九龙坡区", "kaizhou": "开州区", "changshou": "长寿区", "fengdu": "丰都县",
          "yuzhong": "渝中区", "dazu": "大足区", "jiangbei": "江北区", "yichang": "宜昌市", "qianjiang": "黔江区"}
ENDS = ("。", "？", "！", "；", "：", "”", "…")


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: captions ``C`` ``{n: [text]}``,
    引题 ``K``, video/picture notes ``V``, signature and date ``S``, 附件 ``X``, a 留言 page's
    fields ``Q`` (留言人, 留言时间, 办理单位) and a deputy's 代表档案 lines ``P``."""
    out, cur = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            cur = out.setdefault(line.split()[1], {"C": {}, "K": [], "V": [], "S": [], "X": [], "Q": [], "P": []})
        elif line.startswith("C "):
            n, text = line[2:].split(" ", 1)
            cur["C"].setdefault(int(n), []).append(text)
        elif line[:2] in ("K ", "V ", "S ", "X ", "P "):
            cur[line[0]].append(line[2:])
        elif line.startswith("Q "):
            cur["Q"] = line[2:].split("|")
    return out


EXTRAS = extras(HERE / "articles.txt")


def _is_head(p: str) -> bool:
    """A subheading: short, no sentence end (俯下身子听民声), or a short numbered line (一、…。)."""
    return (len(p) <= 14 and not p.endswith(ENDS)) or (len(p) <= 14 and p[1:2] == "、")


def _rel(rng, others, k, fmt="{t}<span>{d}</span>") -> str:
    return "".join(f'<li><a href="#" target="_blank">{fmt.format(t=esc(t), d=d)}</a></li>' for t, d in rng.sample(others, k))


def cctv_video_text(art, rng, others):
    """A national portal's video+text page: a player box above (k01, 央视网-like) or inside the
    article (k02, 国际在线-like), the text under it, 编辑/责任编辑 lines, 热点推荐 with dates."""
    y, m, d = art["date"].split("-")
    ex = EXTRAS[art["id"]]
    ed, zb = rng.sample(REPORTERS, 2)
    if art["id"] == "k01":
        url = f"https://news.cctv.com/{y}/{m}/{d}/ARTI{_n(rng, 8):x}{y[2:]}{m}{d}.shtml"
        text = "<!--repaste.body.begin-->" + "".join(f"<p>　　{esc(p)}</p>" for p in art["body"]) + "<!--repaste.body.end-->"
        hot = "".join(f'<li><a href="#"><img src="//p1.img.cctvpic.com/photo/{_n(rng, 9)}.jpg"><span>{esc(t)}</span></a><i>{dd[5:]}</i></li>'
                      for t, dd in rng.sample(others, 6))
        body = (f'<div class="header_nav"><a class="logo">央视网</a><ul><li>首页</li><li>新闻</li><li>体育</li><li>综艺</li><li>直播</li>'
                f'<li>片库</li><li>CCTV节目官网</li></ul><a>登录</a><a>注册</a></div>'
                f'<div class="column_wrapper"><div class="col_w660"><div class="cnt_nav"><a>央视网</a> &gt; <a>新闻频道</a> &gt; <a>国内新闻</a> &gt; 正文</div>'
                f'<div class="video_box"><div id="myFlash"></div><script>var guid = "{_n(rng, 16):x}"; createVodPlayer("myFlash", guid);</script>'
                f'<div class="video_info"><span class="time">{esc(ex["V"][0])}</span><a class="relay">转发</a><a class="app">APP打开</a></div></div>'
                f'<div class="cnt_bd"><h1>{esc(art["title"])}</h1><div class="function"><span class="info"><i><a>央视网</a></i>　|　<i>{y}年{m}月{d}日 {_hm(rng)}</i></span>'
                f'<span class="fr">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></span></div>'
                f'{text}<div class="zebian"><p>编辑：{ed}　责任编辑：{zb}</p></div></div>'
                f'<div class="tuijian"><div class="tit">热点推荐</div><ul>{hot}</ul></div>'
                f'<div class="pinglun"><div class="tit">评论</div><textarea placeholder="我来说两句"></textarea><a>发表</a><span>0条评论</span></div></div>'
                f'<div class="col_w300"><div class="tit">24小时排行</div><ol>{_rel(rng, others, 8, "{t}")}</ol></div></div>'
                f'<div class="footer"><p><a>央视网简介</a> | <a>版权声明</a> | <a>联系我们</a></p>'
                f'<p>Copyright &copy; 1996-{y} China Central Television. All Rights Reserved</p>'
                f'<p>京ICP证060535号　京公网安备11000002000008号　网络视听许可证0102004号</p></div>')
        head = (f'<title>{esc(art["title"])}_新闻频道_央视网(cctv.com)</title><meta name="keywords" content="滨江公园 码头 城市更新">'
                f'<meta name="description" content="{esc(art["body"][0][:60])}"><meta name="contentid" content="ARTI{_n(rng, 10)}">')
        return head, body, url
    url = f"https://cq.cri.cn/{y}{m}{d}/{_n(rng, 8):x}-{_n(rng, 4):x}-{_n(rng, 4):x}.html"
    paras = "".join(f'<p style="text-indent:2em">{esc(p)}</p>' for p in art["body"])
    body = (f'<div class="topbar"><a>国际在线</a><a>CRI中文</a><a>English</a><span>{y}年{int(m)}月{int(d)}日</span></div>'
            f'<div class="head"><img src="/images/cri_logo.png" alt="国际在线"><span>重庆频道</span></div>'
            f'<div class="nav"><a>首页</a><a>要闻</a><a>区县</a><a>经济</a><a>文旅</a><a>视频</a></div>'
            f'<div class="w1000"><div class="crumbs"><a>国际在线</a> &gt; <a>重庆频道</a> &gt; <a>区县</a></div>'
            f'<div class="article-left"><h1 class="atitle">{esc(art["title"])}</h1>'
            f'<div class="asource"><span id="asource">来源：<a>国际在线</a></span><span id="apublishtime">{y}-{m}-{d} {_hms(rng)}</span>'
            f'<span id="aeditor">编辑：{ed}</span></div>'
            f'<div class="abody" id="abody"><div class="video-wrap"><video controls="controls" poster="/v/{_n(rng, 8)}.jpg" '
            f'src="https://vod.cri.cn/{_n(rng, 12)}.mp4" width="640"></video><p class="vnote">{esc(ex["V"][0])}</p></div>{paras}</div>'
            f'<div class="mark">【责任编辑：{zb}】</div><div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ</a></div>'
            f'<div class="statement">版权声明：凡注明“来源：国际在线”的所有作品，版权均属于国际在线，未经授权不得转载、摘编或利用其它方式使用上述作品。</div>'
            f'<div class="tj"><h3>推荐阅读</h3><ul>{_rel(rng, others, 5)}</ul></div></div>'
            f'<div class="article-right"><h3>热门视频</h3><ul>{_rel(rng, others, 4, "{t}")}</ul></div></div>'
            f'<div class="footer">国际在线 版权所有　京ICP证080144号　京公网安备110000000042号</div>')
    head = (f'<title>{esc(art["title"])}_国际在线</title><meta name="publishdate" content="{y}-{m}-{d}">'
            f'<meta name="source" content="国际在线"><meta name="author" content="{ed}">')
    return head, body, url


def swld_activity(art, rng, others):
    """A provincial 党委 website's 领导活动 page: left leader menu, 来源 and date, the report with
    quoted speech (k04: a GBK table layout, ``<br>``-separated text, bold numbered headings)."""
    y, m, d = art["date"].split("-")
    prov = PLACES[art["place"]]
    ab = {"四川省": ("sc", "蜀", "川", "四川日报"), "贵州省": ("gz", "黔", "贵", "贵州日报")}[prov]
    url = f"http://www.{ab[0]}dj.gov.cn/ldhd/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    side = "".join(f"<li><a>{t}</a></li>" for t in ("省委书记", "省长", "省人大常委会主任", "省政协主席", "其他省领导"))
    zb = rng.choice(REPORTERS)
    if "gbk" not in art["flags"]:
        text = "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in art["body"])
        body = (f'<div class="top"><div class="w"><span>{y}年{int(m)}月{int(d)}日</span><a>设为首页</a><a>加入收藏</a></div></div>'
                f'<div class="banner"><img src="/images/banner.jpg" alt="中共{prov[:-1]}省委"></div>'
                f'<div class="nav"><a>首页</a><a class="on">领导活动</a><a>要闻动态</a><a>政策文件</a><a>党建工作</a><a>市州动态</a><a>专题</a></div>'
                f'<div class="w main"><div class="left"><div class="lm">领导活动</div><ul>{side}</ul></div>'
                f'<div class="right"><div class="dqwz">当前位置：<a>首页</a> &gt; <a>领导活动</a> &gt; <a>省委书记</a></div>'
                f'<div class="detail"><div class="title">{esc(art["title"])}</div>'
                f'<div class="source">来源：{ab[3]}<span>{y}-{m}-{d} {_hm(rng)}</span><span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
                f'<div class="zw TRS_Editor">{text}</div><div class="zrbj">责任编辑：{zb}</div>'
                f'<div class="tools"><a>打印本页</a>　<a>关闭窗口</a></div>'
                f'<div class="xgwz"><div class="xg_t">相关文章</div><ul>{_rel(rng, others, 5)}</ul></div></div></div></div>'
                f'<div class="footer"><p>主办：中共{prov[:-1]}省委办公厅　承办：{prov}大数据中心</p>'
                f'<p>{ab[1]}ICP备{_n(rng, 8)}号-1　{ab[2]}公网安备 {_n(rng, 14)}号</p></div>')
        head = (f'<title>{esc(art["title"])}_领导活动_中共{prov[:-1]}省委网站</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="领导活动">')
        return head, body, url
    lines = [f"<b>　　{esc(p)}</b>" if _is_head(p) else f"　　{esc(p)}" for p in art["body"]]
    body = (f'<table width="990" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.jpg" width="990" height="140"></td></tr>'
            f'<tr><td class="nav" height="35"><a>首　页</a> | <a>领导活动</a> | <a>要闻动态</a> | <a>通知公告</a> | <a>市州动态</a> | <a>理论学习</a></td></tr></table>'
            f'<table width="990" align="center"><tr><td width="220" valign="top" class="left"><div class="lm">领导活动</div><ul>{side}</ul>'
            f'<div class="lm">热点专题</div><p><img src="/zt/01.jpg"></p><p><img src="/zt/02.jpg"></p></td>'
            f'<td width="770" valign="top"><table width="100%"><tr><td class="wz">您现在的位置：<a>首页</a>&gt;&gt;<a>领导活动</a>&gt;&gt;正文</td></tr>'
            f'<tr><td align="center" height="60"><font size="5" color="#B40000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="dt">发布时间：{y}年{m}月{d}日&nbsp;&nbsp;作者：&nbsp;&nbsp;来源：{ab[3]}&nbsp;&nbsp;'
            f'点击数：<script>document.write("{rng.randint(300, 9000)}")</script>&nbsp;&nbsp;【<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
            f'<tr><td height="1" bgcolor="#cccccc"></td></tr>'
            f'<tr><td class="content" style="font-size:16px;line-height:30px">{"<br>".join(lines)}<br></td></tr>'
            f'<tr><td align="right">（责任编辑：{zb}）</td></tr>'
            f'<tr><td align="center"><a>【打印本页】</a>　<a>【关闭窗口】</a></td></tr>'
            f'<tr><td class="xg"><b>相关文章：</b><br>' + "<br>".join(f"·<a>{esc(t)}</a>（{dd}）" for t, dd in rng.sample(others, 5))
            + f'</td></tr></table></td></tr></table>'
            f'<table width="990" align="center" class="bottom"><tr><td align="center">版权所有：中共{prov[:-1]}省委办公厅　'
            f'{ab[1]}ICP备{_n(rng, 8)}号<br>技术支持：{prov}信息中心　建议使用1024*768分辨率浏览</td></tr></table>')
    head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="省委常委会,全国两会">'
    return head, body, url


def _photo(rng, cap: str, src: str) -> str:
    return f'<p style="text-align:center"><img src="{src}{_n(rng, 8)}.jpg" border="0"></p><p style="text-align:center">{esc(cap)}</p>'


def rd_daibiao_profile(art, rng, others):
    """A 区县 人大 site's 代表风采 page: a 代表档案 box above the text, centred bold headings or
    bold 记者： questions, a captioned photo inside the text (k05: an old GBK CMS)."""
    y, m, d = art["date"].split("-")
    place = PLACES[art["place"]]
    ex = EXTRAS[art["id"]]
    zb = rng.choice(REPORTERS)
    out = []
    for i, p in enumerate(art["body"]):
        if _is_head(p):
            out.append(f'<p style="text-align:center"><strong>{esc(p)}</strong></p>')
        elif p.startswith("记者："):
            out.append(f"<p>　　<strong>{esc(p)}</strong></p>")
        elif "：" in p[:5]:
            who, rest = p.split("：", 1)
            out.append(f"<p>　　<strong>{esc(who)}：</strong>{esc(rest)}</p>")
        else:
            out.append(f"<p>　　{esc(p)}</p>")
        for cap in ex["C"].get(i, []):
            out.append(_photo(rng, cap, f"/UploadFiles/{y}{m}/"))
    if "gbk" in art["flags"]:
        box = ('<table class="dbda" width="90%" border="1" cellspacing="0" cellpadding="4" align="center" bordercolor="#e0c9a0">'
               f'<tr><td bgcolor="#f7efe0"><b>{esc(ex["P"][0])}</b></td></tr>'
               + "".join(f"<tr><td>{esc(x)}</td></tr>" for x in ex["P"][1:]) + "</table>")
        url = f"http://www.jlprd.gov.cn/Article/ShowArticle.asp?ArticleID={_n(rng, 4)}"
        body = (f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/Skin/rd_top.jpg"></td></tr>'
                f'<tr><td class="menu"><a>网站首页</a> | <a>人大要闻</a> | <a>代表工作</a> | <a>代表风采</a> | <a>监督工作</a> | <a>基层人大</a> | <a>理论研究</a></td></tr>'
                f'<tr><td class="gg"><marquee>热烈庆祝{place}人民代表大会设立六十五周年</marquee></td></tr></table>'
                f'<table width="1000" align="center"><tr><td class="wz">您现在的位置：<a>{place}人大</a> &gt;&gt; <a>代表工作</a> &gt;&gt; <a>代表风采</a> &gt;&gt; 正文</td></tr>'
                f'<tr><td class="bt" align="center"><b>{esc(art["title"])}</b></td></tr>'
                f'<tr><td align="center" class="xx">时间：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;来源：区人大常委会研究室&nbsp;&nbsp;&nbsp;'
                f'作者：{zb}&nbsp;&nbsp;&nbsp;点击数：<span id="hits">{rng.randint(50, 900)}</span></td></tr>'
                f'<tr><td class="nr">{box}{"".join(out)}</td></tr>'
                f'<tr><td>上一篇：<a>{esc(others[0][0])}</a><br>下一篇：<a>{esc(others[1][0])}</a></td></tr>'
                f'<tr><td align="right"><a>【发表评论】</a><a>【告诉好友】</a><a>【打印此文】</a><a>【关闭窗口】</a></td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">版权所有：{place}人大常委会办公室　'
                f'渝ICP备{_n(rng, 8)}号<br>地址：{place}杨家坪　联系电话：023-{_n(rng, 8)}</td></tr></table>')
        head = f'<title>{esc(art["title"])}-{place}人大</title><meta name="keywords" content="代表风采">'
        return head, body, url
    box = (f'<div class="dbda"><div class="dbda_t">{esc(ex["P"][0])}</div><img src="/images/db/{_n(rng, 6)}.jpg">'
           + "".join(f"<p>{esc(x)}</p>" for x in ex["P"][1:]) + "</div>")
    url = f"http://www.kzrd.gov.cn/dbfc/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.html"
    body = (f'<div class="header"><img src="/images/kzrd_logo.png" alt="{place}人大"><div class="search"><input><a>搜索</a></div></div>'
            f'<div class="nav"><a>首页</a><a>人大要闻</a><a>常委会工作</a><a class="on">代表风采</a><a>代表建议</a><a>乡镇人大</a><a>人大制度</a></div>'
            f'<div class="w"><div class="position">当前位置：<a>首页</a> &gt; <a>代表风采</a></div>'
            f'<div class="content"><h1>{esc(art["title"])}</h1><div class="info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span>'
            f'<span>来源：{place}人大常委会</span><span>浏览：{rng.randint(80, 1500)}</span></div>'
            f'{box}<div class="text">{"".join(out)}</div><p class="editor">（责任编辑：{zb}）</p>'
            f'<div class="prev_next"><p>上一篇：<a>{esc(others[2][0])}</a></p><p>下一篇：<a>{esc(others[3][0])}</a></p></div></div></div>'
            f'<div class="footer"><p>主办：{place}人大常委会办公室</p><p>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_{place}人大</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}">')
    return head, body, url


def jjjc_tongbao_cases(art, rng, others):
    """A 纪委监委 site's 通报: numbered cases whose heading sentence is bold inside the paragraph,
    a 12388 举报 box and 扫一扫 beside the text (k08: an old GBK table layout, 黑体 headings)."""
    y, m, d = art["date"].split("-")
    place = PLACES[art["place"]]
    short = place[:-1]
    out = []
    for p in art["body"]:
        head_, sep, rest = p.partition("问题。")
        if sep and p[:2] in ("1.", "2.", "3.", "4.", "一、", "二、", "三、"):
            tag = ("<strong>", "</strong>") if "gbk" not in art["flags"] else ('<font face="黑体">', "</font>")
            out.append(f"<p>　　{tag[0]}{esc(head_ + sep)}{tag[1]}{esc(rest)}</p>")
        else:
            out.append(f"<p>　　{esc(p)}</p>")
    jb = ('<div class="jubao"><p>中央纪委国家监委举报网站</p><p>12388</p><p>重庆市纪委监委举报电话：023-12388</p>'
          f'<p>{place}纪委监委举报电话：023-{_n(rng, 8)}</p></div>')
    if "gbk" not in art["flags"]:
        url = f"http://www.qfcs.gov.cn/bgt/dxal/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.html"
        body = (f'<div class="top"><img src="/images/logo.png" alt="清风{short}"><span>中共重庆市{place}纪律检查委员会　重庆市{place}监察委员会</span></div>'
                f'<div class="nav"><a>首页</a><a>工作动态</a><a>审查调查</a><a class="on">曝光台</a><a>廉政教育</a><a>巡察工作</a><a>举报指南</a></div>'
                f'<div class="w clearfix"><div class="crumb">当前位置：<a>首页</a>&gt;<a>曝光台</a>&gt;<a>典型案例</a></div>'
                f'<div class="article"><h2>{esc(art["title"])}</h2><div class="ainfo">发布时间：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;来源：区纪委监委'
                f'&nbsp;&nbsp;&nbsp;&nbsp;字号：【<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<div class="acontent">{"".join(out)}</div>'
                f'<div class="ashare">分享到：<a>微信</a> <a>微博</a><div class="ewm"><img src="/qr.png"><p>扫一扫在手机打开当前页</p></div></div>'
                f'<div class="pn"><p>上一篇：<a>{esc(others[4][0])}</a></p><p>下一篇：<a>{esc(others[5][0])}</a></p></div></div>'
                f'<div class="side">{jb}<div class="sd_t">曝光台</div><ul>{_rel(rng, others, 5)}</ul></div></div>'
                f'<div class="footer"><p>主办：中共重庆市{place}纪律检查委员会　重庆市{place}监察委员会</p>'
                f'<p>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p><p>建议使用IE9以上浏览器　1366*768分辨率</p></div>')
        head = (f'<title>{esc(art["title"])}_典型案例_清风{short}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="{place}纪委监委">')
        return head, body, url
    url = f"http://www.fdjjjc.gov.cn/html/bgt/{y}{m}{d}/{_n(rng, 4)}.html"
    body = (f'<table width="1000" align="center" cellspacing="0" cellpadding="0"><tr><td><img src="/images/fd_top.jpg" alt="清风丰都"></td></tr>'
            f'<tr><td class="nav"><a>首页</a>&nbsp;|&nbsp;<a>要闻</a>&nbsp;|&nbsp;<a>纪检动态</a>&nbsp;|&nbsp;<a>曝光台</a>&nbsp;|&nbsp;<a>警示教育</a>&nbsp;|&nbsp;<a>廉政文化</a></td></tr></table>'
            f'<table width="1000" align="center"><tr><td width="730" valign="top">'
            f'<table width="100%"><tr><td class="wz">当前位置：<a>首页</a> &gt; <a>曝光台</a></td></tr>'
            f'<tr><td align="center" class="bt"><font style="font-size:22px" color="#c00"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="sj"><font color="#888">{y}-{int(m)}-{int(d)} {_hms(rng)}&nbsp;&nbsp;&nbsp;来源：县纪委监委&nbsp;&nbsp;&nbsp;'
            f'阅读：<script>document.write("{rng.randint(200, 5000)}")</script>次</font></td></tr>'
            f'<tr><td class="zw" style="line-height:2">{"".join(out)}</td></tr>'
            f'<tr><td align="right">【<a>打印</a>】【<a>关闭</a>】</td></tr></table></td>'
            f'<td width="20"></td><td width="250" valign="top">{jb}<div class="sd_t">警示教育</div><ul>{_rel(rng, others, 4, "{t}")}</ul></td></tr></table>'
            f'<table width="1000" align="center" class="foot"><tr><td align="center">主办：中共{place}纪委　{place}监委　'
            f'渝ICP备{_n(rng, 8)}号<br>地址：{place}三合街道　邮编：408200</td></tr></table>')
    head = f'<title>{esc(art["title"])}--清风丰都</title><meta name="publishdate" content="{y}-{m}-{d}">'
    return head, body, url


def hdjl_liuyan_reply(art, rng, others):
    """A government portal's 互动交流 page: the 留言 (title, 留言人, 留言时间, 留言内容) and the
    reply (办理单位, 回复时间, 回复内容 with its signature and date) in label/value tables, a
    满意度评价 row (k10: an old GBK 信件 page with ``<br>``-separated text)."""
    y, m, d = art["date"].split("-")
    place = PLACES[art["place"]]
    ex = EXTRAS[art["id"]]
    who, asked, unit = ex["Q"]
    n_q = 1 if art["id"] == "k09" else 2  # the citizen's paragraphs come first
    q, a = art["body"][:n_q], art["body"][n_q:]
    replied = f"{y}-{m}-{d} {_hms(rng)}"
    if "gbk" not in art["flags"]:
        reply = "".join(f"<p>　　{esc(p)}</p>" for p in a) + "".join(f'<p style="text-align:right">{esc(s)}</p>' for s in ex["S"])
        url = f"http://www.cqyz.gov.cn/hdjl/wsxf/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        body = (f'<div class="top"><span>欢迎访问{place}人民政府网站</span><a>无障碍</a><a>长者模式</a><a>English</a></div>'
                f'<div class="header"><img src="/images/logo.png" alt="重庆市{place}人民政府"></div>'
                f'<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a class="on">互动交流</a><a>走进{place[:-1]}</a></div>'
                f'<div class="w1200"><div class="crumb">当前位置：<a>首页</a> &gt; <a>互动交流</a> &gt; <a>区长信箱</a></div>'
                f'<div class="hd_detail"><table class="hd_table" width="100%"><tr><th width="120">留言标题：</th><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><th>留言人：</th><td>{esc(who)}</td><th width="120">留言时间：</th><td>{asked}</td></tr>'
                f'<tr><th>留言内容：</th><td colspan="3"><div class="lynr">{"".join(f"<p>{esc(p)}</p>" for p in q)}</div></td></tr></table>'
                f'<div class="reply_t">回复信息</div><table class="hd_table" width="100%"><tr><th width="120">办理单位：</th><td>{esc(unit)}</td>'
                f'<th width="120">回复时间：</th><td>{replied}</td></tr><tr><th>回复内容：</th><td colspan="3"><div class="hfnr">{reply}</div></td></tr></table>'
                f'<div class="myd">满意度评价：<label><input type="radio" name="myd">满意</label><label><input type="radio" name="myd">基本满意</label>'
                f'<label><input type="radio" name="myd">不满意</label><a class="btn">提交</a></div>'
                f'<div class="btns"><a class="xx">我要写信</a><a>信件查询</a><a>返回列表</a></div></div></div>'
                f'<div class="footer"><p>主办：重庆市{place}人民政府办公室　承办：{place}大数据应用发展管理局</p>'
                f'<p>网站标识码：{_n(rng, 10)}　渝ICP备{_n(rng, 8)}号　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p>'
                f'<p><img src="/images/dzjg.png">　<img src="/images/jiucuo.png"></p></div>')
        head = (f'<title>{esc(art["title"])}-互动交流-重庆市{place}人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{replied}"><meta name="ColumnName" content="区长信箱">')
        return head, body, url
    url = f"http://www.dazu.gov.cn/hdjl/xjxx.asp?id={_n(rng, 5)}"
    reply = "<br>".join(f"　　{esc(p)}" for p in a) + '<div align="right">' + "<br>".join(esc(s) for s in ex["S"]) + "</div>"
    body = (f'<table width="1002" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/dz_top.jpg"></td></tr>'
            f'<tr><td class="dh"><a>首页</a> | <a>政务公开</a> | <a>网上办事</a> | <a>公众参与</a> | <a>魅力大足</a></td></tr></table>'
            f'<table width="1002" align="center"><tr><td class="wz">您的位置：首页 &gt; 公众参与 &gt; 部门信箱 &gt; 信件详情</td></tr>'
            f'<tr><td align="center" class="title" height="50"><b>{esc(art["title"])}</b></td></tr>'
            f'<tr><td><table width="96%" border="1" bordercolor="#d6e2f0" cellspacing="0" cellpadding="6" align="center">'
            f'<tr><td width="15%" bgcolor="#eef3fa">信件编号</td><td width="35%">{y}{asked[5:7]}{asked[8:10]}{_n(rng, 5)}</td>'
            f'<td width="15%" bgcolor="#eef3fa">信件类型</td><td>投诉</td></tr>'
            f'<tr><td bgcolor="#eef3fa">来信人</td><td>{esc(who)}</td><td bgcolor="#eef3fa">来信时间</td><td>{asked}</td></tr>'
            f'<tr><td bgcolor="#eef3fa">处理状态</td><td><font color="green">已办结</font></td><td bgcolor="#eef3fa">受理单位</td><td>{esc(unit)}</td></tr>'
            f'<tr><td bgcolor="#eef3fa">来信内容</td><td colspan="3">{"<br>".join(esc(p) for p in q)}</td></tr>'
            f'<tr><td bgcolor="#eef3fa">回复单位</td><td>{esc(unit)}</td><td bgcolor="#eef3fa">回复时间</td><td>{replied}</td></tr>'
            f'<tr><td bgcolor="#eef3fa">回复内容</td><td colspan="3">{reply}</td></tr></table></td></tr>'
            f'<tr><td align="center"><a>【我要写信】</a>　<a>【返回】</a>　<a>【关闭窗口】</a></td></tr></table>'
            f'<table width="1002" align="center" class="bottom"><tr><td align="center">主办：{place}人民政府办公室　'
            f'网站标识码：{_n(rng, 10)}<br>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</td></tr></table>')
    head = f'<title>{place}人民政府--信件详情</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
    return head, body, url


def epaper_photo_ban(art, rng, others):
    """An e-paper 图片版 page: date head, page picture, 版次 list with 上一版/下一版/PDF, the 引题,
    headline, a big photo with its 本报记者 摄 caption above the text and a second photo inside
    it (k12: a Founder XHTML page)."""
    y, m, d = art["date"].split("-")
    place = PLACES[art["place"]]
    ex = EXTRAS[art["id"]]
    paper = "江北报" if art["place"] == "jiangbei" else "三峡日报"
    wk = "一二三四五六日"[date(int(y), int(m), int(d)).weekday()]
    ban = rng.choice([4, 8])
    out = []
    for i, p in enumerate(art["body"]):
        out.append(f"<p>　　{esc(p)}</p>")
        for cap in ex["C"].get(i, []):
            out.append(_photo(rng, cap, f"../../../res/{y}-{m}/{d}/{ban:02d}/"))
    host = "epaper.jbrmt.com" if paper == "江北报" else "sxrb.cn3x.com.cn"
    url = f"http://{host}/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    bans = "".join(f'<li><a href="node_{k}.htm">第{k:02d}版：{t}</a></li>' for k, t in
                   enumerate(["要闻", "综合", "经济", "图片新闻", "民生", "专题", "文化", "副刊"][:ban], 1))
    nav = "".join(f'<li><a>{esc(t)}</a></li>' for t, _ in rng.sample(others, 3)) + f'<li><a>{esc(art["title"])}</a></li>'
    body = (f'<div class="head"><div class="logo">{paper}</div><div class="date">{y}年{m}月{d}日　星期{wk}</div><a>往期回顾</a> <a>数字报首页</a></div>'
            f'<div class="main"><div class="left"><div class="bm"><img src="../../../res/{y}-{m}/{d}/{ban:02d}/b_{_n(rng, 5)}.jpg" usemap="#PagePicMap">'
            f'<map name="PagePicMap"><area shape="poly" coords="10,10,300,10,300,400,10,400" href="#"></map></div>'
            f'<div class="bc">第{ban:02d}版：图片新闻　<a>上一版</a>　<a>下一版</a>　<a href="../../../page/{y}-{m}/{d}/{ban:02d}/P{_n(rng, 6)}.pdf">PDF版</a></div>'
            f'<ul class="banlist">{bans}</ul><div class="dh">本版标题导航</div><ul class="titlelist">{nav}</ul></div>'
            f'<div class="right"><table width="100%" class="art"><tr><td class="yt">{esc(ex["K"][0])}</td></tr>'
            f'<tr><td class="bt"><h1>{esc(art["title"])}</h1></td></tr><tr><td class="ft"></td></tr><tr><td class="zz"></td></tr></table>'
            f'<div class="bigpic"><img src="../../../res/{y}-{m}/{d}/{ban:02d}/{_n(rng, 8)}.jpg" width="600"><p class="pictext">{esc(ex["V"][0])}</p></div>'
            f'<div id="ozoom" class="content"><founder-content>{"".join(out)}</founder-content></div>'
            f'<div class="pn"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a>　<a>放大</a> <a>缩小</a> <a>默认</a></div></div></div>'
            f'<div class="foot">{paper}社版权所有　未经书面授权不得复制或建立镜像<br>地址：{place}　电话：0{rng.choice([23, 717])}-{_n(rng, 8)}</div>')
    head = (f'<title>{paper}数字报-{esc(art["title"])}</title><meta name="description" content="{paper}">'
            f'<meta name="founder" content="版面:{ban:02d}">')
    return head, body, url


def toutiao_baijia(art, rng, others):
    """A 头条号 (k13) or 百家号 (k14) page: author card with 关注, time and 发布于, captioned
    pictures, bold 问： questions, 举报 links, a 声明, 相关推荐 feed with comment counts."""
    y, m, d = art["date"].split("-")
    place = PLACES[art["place"]]
    ex = EXTRAS[art["id"]]
    acct = f"{place[:-1]}发布"
    hm = _hm(rng)
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith("问："):
            out.append(f"<p><strong>{esc(p)}</strong></p>")
        elif "：" in p[:5] and not p.startswith("“"):
            who, rest = p.split("：", 1)
            out.append(f"<p><strong>{esc(who)}：</strong>{esc(rest)}</p>")
        else:
            out.append(f"<p>{esc(p)}</p>")
        for cap in ex["C"].get(i, []):
            if art["id"] == "k13":
                out.append(f'<div class="pgc-img"><img src="https://p3-sign.toutiaoimg.com/tos-cn-i-qvj2lq49k0/{_n(rng, 16):x}~tplv-tt-large.image" '
                           f'img_width="1080" img_height="720"><p class="pgc-img-caption">{esc(cap)}</p></div>')
            else:
                out.append(f'<div class="_1NCGf"><img class="_1g4Ex" src="https://pics{rng.randint(0, 7)}.baidu.com/feed/{_n(rng, 16):x}.jpeg">'
                           f'</div><div class="bjh-image-caption">{esc(cap)}</div>')
    feed = "".join(f'<div class="feed-card"><a class="title">{esc(t)}</a><div class="meta"><span>{acct}</span>'
                   f'<span>{rng.randint(1, 300)}评论</span><span>{dd}</span></div></div>' for t, dd in rng.sample(others, 5))
    if art["id"] == "k13":
        url = f"https://www.toutiao.com/article/{_n(rng, 19)}/"
        body = (f'<div class="ttp-site-header"><a class="logo">今日头条</a><a>下载头条APP</a><a>添加到桌面</a><a>关于头条</a><a>反馈</a><a>侵权投诉</a><a class="login">登录</a></div>'
                f'<div class="main-content"><div class="left-sidebar"><div class="detail-interaction"><div>赞 {rng.randint(5, 90)}</div><div>评论 {rng.randint(1, 30)}</div><div>收藏</div><div>分享</div></div></div>'
                f'<div class="article-content"><h1>{esc(art["title"])}</h1><div class="article-meta"><span class="original-tag">原创</span>'
                f'<span>{y}-{m}-{d} {hm}</span><span class="name"><a>{acct}</a></span><span>发布于{place[:2]}</span></div>'
                f'<article class="syl-article-base tt-article-content syl-page-article syl-device-pc">{"".join(out)}</article>'
                f'<div class="report"><a>举报</a></div><div class="detail-end-tips">头条原创作品，未经授权禁止转载</div></div>'
                f'<div class="right-sidebar"><div class="author-info"><img class="avatar" src="https://p3.toutiaoimg.com/img/{_n(rng, 12)}~120x256.image">'
                f'<div class="name">{acct}</div><div class="desc">{place}委宣传部官方账号</div><div class="stat"><span>{rng.randint(2, 90)}万粉丝</span>'
                f'<span>{rng.randint(10, 900)}万获赞</span></div><button class="follow">关注</button></div>'
                f'<div class="author-articles"><div class="t">作者最新文章</div><ul>{_rel(rng, others, 3, "{t}")}</ul></div></div></div>'
                f'<div class="related"><div class="t">相关推荐</div>{feed}</div>'
                f'<div class="comment-box"><textarea placeholder="留下你的精彩评论吧"></textarea><button>评论</button></div>'
                f'<div class="ttp-footer">&copy; {y} 今日头条 www.toutiao.com　中国互联网举报中心　京ICP证140141号　京公网安备11000002002023号　'
                f'网络文化经营许可证　违法和不良信息举报电话：400-140-2108</div>')
        head = (f'<title>{esc(art["title"])} - 今日头条</title><meta name="description" content="{esc(art["body"][0][:50])}">'
                f'<meta property="og:type" content="news"><meta property="og:release_date" content="{y}-{m}-{d}T{hm}:00+08:00">')
        return head, body, url
    url = f"https://baijiahao.baidu.com/s?id={_n(rng, 19)}&wfr=spider&for=pc"
    body = (f'<div id="header"><a class="logo">百度</a><a>百家号</a><a>登录</a></div>'
            f'<div class="index-module_articleWrap_2Zphx"><div class="index-module_articleTitle_28fPT"><h2 class="index-module_articleTitle_28fPT">{esc(art["title"])}</h2></div>'
            f'<div class="index-module_authorWrap"><a class="index-module_authorImg"><img src="https://gips0.baidu.com/it/u={_n(rng, 10)}"></a>'
            f'<div class="index-module_authorInfo"><p class="index-module_authorName">{acct}</p><div class="index-module_articleSource">'
            f'<span class="index-module_date">{m}-{d}</span><span class="index-module_time">{hm}</span><span>重庆</span>'
            f'<span class="index-module_vip">{place}融媒体中心官方帐号</span></div></div><div class="index-module_followBtn">+关注</div></div>'
            f'<div data-testid="article" class="_18p7x"><div class="dpu8C _2kCxD">{"".join(out)}</div></div>'
            f'<div class="index-module_footer"><span>举报/反馈</span></div>'
            f'<div class="index-module_statement">声明：本文由入驻百家号平台的作者撰写，除百度官方账号外，观点仅代表作者本人，不代表百度立场。未经作者许可，不得转载。</div></div>'
            f'<div class="right"><div class="author-card"><p>{acct}</p><p>{rng.randint(1, 40)}万获赞 {rng.randint(1, 20)}万粉丝</p><a>关注</a>'
            f'<p>黔江区融媒体中心官方帐号</p></div><div class="hot"><div class="t">热门推荐</div>{feed}</div></div>'
            f'<div class="footer">&copy;{y} Baidu <a>使用百度前必读</a> <a>意见反馈</a> 京ICP证030173号 京公网安备11000002000001号</div>')
    head = (f'<title>{esc(art["title"])}</title><meta itemprop="dateUpdate" content="{y}-{m}-{d} {hm}:{rng.randint(0, 59):02d}">'
            f'<meta name="description" content="{esc(art["body"][0][:60])}">')
    return head, body, url


TEMPLATES = {"cctv_video_text": cctv_video_text, "swld_activity": swld_activity, "rd_daibiao_profile": rd_daibiao_profile,
             "jjjc_tongbao_cases": jjjc_tongbao_cases, "hdjl_liuyan_reply": hdjl_liuyan_reply,
             "epaper_photo_ban": epaper_photo_ban, "toutiao_baijia": toutiao_baijia}


def as_xhtml(path: Path) -> None:
    """Rewrite a written UTF-8 page as XHTML: an XML declaration and the XHTML doctype in place of
    ``<!DOCTYPE html>``, and the XHTML namespace on ``<html>`` (as Founder e-paper systems save them)."""
    text = path.read_text(encoding="utf-8")
    text = XML_HEAD + text.removeprefix("<!DOCTYPE html>\n").replace("<html>", '<html xmlns="http://www.w3.org/1999/xhtml">', 1)
    path.write_text(text, encoding="utf-8")


def main() -> None:
    refs = write_set(HERE, "zhframe-pages22", TEMPLATES, lambda art: "fresh")  # measured once held apart, then used
    for name, ref in refs.items():
        if "xhtml" in ref["flags"]:
            as_xhtml(HERE / name)
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
