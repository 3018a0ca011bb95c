"""Build the twenty-third saved-page set (``pages23``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier
set used, each chosen to be hard for an extractor: a 新华网 地方频道 组图 article with a 1/6
picture viewer (``xinhua_zutu_gallery``), a 区县 政府 网站's 政策文件 page with a 文件 header block
and 第X条 articles (``qx_zcwj_file``), a 高校 党委 news page with 作者/摄影/审核 lines and an 编者按
(``gaoxiao_dangwei_news``), a 乡镇 公众号 meeting post with 时间/地点/参会人员 and 会议议程 items
(``town_mp_meeting``), a Party paper's 评论员文章 on its site and reprinted on a provincial portal
(``rmrb_pinglunyuan``), an app's H5 share page cut off by 展开全文 / 打开APP阅读全文
(``app_h5_expand``) and a 抖音/视频号-like short-video page (``douyin_short_video``).
Besides ``T``/``B``/``F`` lines, ``articles.txt`` holds layout-only lines read by :func:`extras`
(none of them body). See README.md.

    python tests/data/web/pages23/build.py
"""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402
from pageset import hm as _hm, hms as _hms, digits as _n  # noqa: E402

ENDS = ("。", "？", "！", "；", "：", "”", "…")


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: captions ``C`` ``{n: [text]}``,
    gallery notes ``G``, signature and date ``S``, 附件 ``X``, 编者按 ``E``, meta date ``M``,
    文号 ``N`` and credit lines ``U``."""
    out, cur = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            cur = out.setdefault(line.split()[1], {"C": {}, "G": [], "S": [], "X": [], "E": [], "M": [], "N": [], "U": []})
        elif line.startswith("C "):
            n, text = line[2:].split(" ", 1)
            cur["C"].setdefault(int(n), []).append(text)
        elif line[:2] in ("G ", "S ", "X ", "E ", "M ", "N ", "U "):
            cur[line[0]].append(line[2:])
    return out


EXTRAS = extras(HERE / "articles.txt")


def _meta_date(art) -> str:
    """The date the page's meta tags carry: the ``M`` line when it differs, else the article's."""
    ex = EXTRAS[art["id"]]
    return ex["M"][0] if ex["M"] else art["date"]


def _is_head(p: str) -> bool:
    """A subheading: short with no sentence end (一、落实稳岗返还政策, 会议议程, a file's own name)."""
    return len(p) <= 26 and not p.endswith(ENDS)


def _rel(rng, others, k, fmt="{t}<span>{d}</span>") -> str:
    return "".join(f'<li><a href="#" target="_blank">{fmt.format(t=esc(t), d=d)}</a></li>' for t, d in rng.sample(others, k))


def _img(rng, y, m) -> str:
    return f"/{y}{m}/W0{y}{m}{_n(rng, 6)}{_n(rng, 6)}.jpg"


def _paras(art, one, photo) -> str:
    """The body as markup: ``one(p)`` per paragraph, ``photo(caption)`` after paragraph n for each
    ``C n`` line."""
    caps = EXTRAS[art["id"]]["C"]
    out = []
    for i, p in enumerate(art["body"]):
        out.append(one(p))
        out.extend(photo(c) for c in caps.get(i, []))
    return "".join(out)


def xinhua_zutu_gallery(art, rng, others):
    """A 新华网 地方频道 组图 article: a picture viewer (1/6, 上一张/下一张, thumbnails with their notes)
    above the text, photos with captions inside it, 【纠错】 [责任编辑: ] and 相关新闻."""
    y, m, d = art["date"].split("-")
    ex = EXTRAS[art["id"]]
    zb = rng.choice(REPORTERS)
    chan, site = ("重庆频道", "cq") if art["id"] == "m01" else ("湖北频道", "hb")
    url = f"http://{site}.news.cn/{y}-{m}/{d}/c_{_n(rng, 10)}.htm"
    thumbs = "".join(f'<li><a href="#"><img src="{_img(rng, y, m)}" alt="{esc(g)}"></a></li>' for g in ex["G"])
    photo = (lambda c: f'<p align="center"><img id="{_n(rng, 9)}" src="{_img(rng, y, m)}" border="0"></p>'
             f'<p align="center"><font color="navy" face="楷体_GB2312">{esc(c)}</font></p>')
    text = _paras(art, lambda p: f"<p>　　{esc(p)}</p>", photo)
    viewer = (f'<div id="picBox" class="pic-box"><div class="pageNum"><span class="curr">1</span>/<span class="all">{len(ex["G"])}</span></div>'
              f'<a class="prev" href="#">上一张</a><div class="bigPic"><img src="{_img(rng, y, m)}"></div><a class="next" href="#">下一张</a>'
              f'<div class="picTxt">{esc(ex["G"][0])}</div><div class="fullScreen"><a>全屏查看</a></div><ul class="thumbs">{thumbs}</ul></div>')
    if art["id"] == "m01":
        info = f'<div class="h-info"><span class="h-time">{y}-{m}-{d} {_hms(rng)}</span><span>来源：新华网</span></div>'
        pager = ""
    else:
        info = (f'<div class="info">{y}年{m}月{d}日 {_hms(rng)}&nbsp;&nbsp;来源：'
                f'<span id="source">新华网</span></div>')
        pager = '<div id="div_currpage"><span class="page-Article">1</span><a href="#" class="page-Article">2</a><a class="nextpage">下一页</a></div>'
    body = (f'<div class="topBar"><a>新华网</a> | <a>新华网{chan}</a><span class="fr"><a>手机版</a><a>客户端</a></span></div>'
            f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="新华网"></div><div class="chan">{chan}</div>'
            f'<ul class="nav"><li>首页</li><li>时政</li><li>区县</li><li>图片</li><li>视频</li><li>专题</li></ul></div>'
            f'<div class="main clearfix"><div class="news-crumbs"><a>新华网</a> &gt; <a>{chan}</a> &gt; <a>图片</a> &gt; 正文</div>'
            f'<div class="h-title">{esc(art["title"])}</div>{info}'
            f'<div class="h-share"><span>分享到：</span><a class="wx"></a><a class="wb"></a><a class="qzone"></a></div>{viewer}'
            f'<div id="detail" class="content">{text}{pager}</div>'
            f'<div class="p-tags"><span class="editor">【纠错】</span> <span class="zb">[责任编辑: {zb} ]</span></div>'
            f'<div class="relate"><div class="tit">相关新闻</div><ul>{_rel(rng, others, 5)}</ul></div>'
            f'<div class="picList"><div class="tit">{chan}图片</div><ul>{_rel(rng, others, 4, "<img>{t}")}</ul></div></div>'
            f'<div class="foot"><p><a>关于我们</a> | <a>版权声明</a> | <a>联系我们</a></p><p>Copyright &copy; 2000-{y} XINHUANET.com All rights reserved.</p>'
            f'<p>制作单位：新华网{chan}</p></div>')
    head = (f'<title>{esc(art["title"])}-新华网</title><meta name="publishdate" content="{_meta_date(art)}">'
            f'<meta name="description" content="{esc(art["title"])}">')
    return head, body, url


def qx_zcwj_file(art, rng, others):
    """A 区县 政府 网站's 政策文件 page: an 索引号/发文机关/文号/成文日期/发布日期 header block, the
    document's own heading and 文号, 第X条 articles, a right-aligned signature and date, 附件 links,
    【字体：大 中 小】, 打印/关闭, 扫一扫 and a 主办/网站标识码/ICP footer."""
    y, m, d = art["date"].split("-")
    ex = EXTRAS[art["id"]]
    wh = ex["N"][0]
    sign, cw = ex["S"]
    cy, cm, cd = (int(x) for x in cw.replace("年", " ").replace("月", " ").replace("日", "").split())
    organ = sign
    place = "璧山区" if art["id"] == "m03" else "江津区"
    idx = f"11500{_n(rng, 3)}MB{_n(rng, 7)}{rng.choice('XYK')}/{y}-{_n(rng, 5)}"

    def one(p):
        if p.startswith("第") and "条　" in p[:6]:
            k, rest = p.split("　", 1)
            return f'<p style="text-indent: 2em;"><strong>{esc(k)}</strong>　{esc(rest)}</p>'
        if _is_head(p):
            return (f'<p style="text-align: center;"><strong>{esc(p)}</strong></p>' if "办法" in p or "措施" in p
                    else f'<p style="text-indent: 2em;"><span style="font-family:黑体">{esc(p)}</span></p>')
        if p.endswith("：") and p.startswith("各"):
            return f"<p>{esc(p)}</p>"
        return f'<p style="text-indent: 2em;">{esc(p)}</p>'

    text = "".join(one(p) for p in art["body"])
    tail = (f'<p style="text-align: right;">{esc(sign)}</p><p style="text-align: right;">{esc(cw)}</p>'
            + ('<p>（此件公开发布）</p>' if art["id"] == "m04" else ""))
    att = "".join(f'<p><a href="./P0{y}{m}{d}{_n(rng, 6)}.doc">{esc(x)}</a></p>' for x in ex["X"])
    if art["id"] == "m03":
        url = f"http://www.bishan.gov.cn/zwgk_176/zfxxgkml/zcwj/qtwj/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        grid = (f'<table class="xxgk_table" width="100%" border="1" cellspacing="0" cellpadding="0">'
                f'<tr><td class="t">索 引 号：</td><td>{idx}</td><td class="t">主题分类：</td><td>农业、林业、水利</td></tr>'
                f'<tr><td class="t">发文机关：</td><td>{esc(organ)}</td><td class="t">成文日期：</td><td>{cy}-{cm:02d}-{cd:02d}</td></tr>'
                f'<tr><td class="t">标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><td class="t">发文字号：</td><td>{esc(wh)}</td><td class="t">发布日期：</td><td>{y}-{m}-{d}</td></tr>'
                f'<tr><td class="t">有 效 性：</td><td colspan="3">有效</td></tr></table>')
        body = (f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner_bs.jpg"></td></tr>'
                f'<tr><td class="nav"><a>首页</a>　<a>政务公开</a>　<a>政务服务</a>　<a>互动交流</a>　<a>走进璧山</a></td></tr>'
                f'<tr><td class="dqwz">您当前的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政府信息公开目录</a> &gt; <a>政策文件</a> &gt; <a>其他文件</a></td></tr>'
                f'<tr><td>{grid}</td></tr><tr><td class="zwxl-title"><h2 align="center">{esc(art["title"])}</h2></td></tr>'
                f'<tr><td class="zwxl-bar">【字体：<a>大</a> <a>中</a> <a>小</a>】　<a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></td></tr>'
                f'<tr><td class="zwxl-article"><div class="TRS_Editor"><p style="text-align: center;">{esc(wh)}</p>{text}{tail}</div>'
                f'<div class="fj">{att}</div></td></tr>'
                f'<tr><td class="ewm"><img src="/images/qr.png"><span>扫一扫在手机打开当前页</span></td></tr></table>'
                f'<div class="footer"><p>主办：{esc(organ)}　承办：璧山区大数据应用发展管理局</p>'
                f'<p>网站标识码：5001200001　<a>渝ICP备05003300号</a>　<img src="/images/ga.png">渝公网安备 50012002000{_n(rng, 3)}号</p>'
                f'<p>联系电话：023-4142{_n(rng, 4)}　建议使用1024*768分辨率浏览</p></div>')
    else:
        url = f"http://www.jiangjin.gov.cn/zwgk_180/zfxxgkml/zcwj/gfxwj/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        li = lambda k, v: f"<li><span>{k}</span><p>{v}</p></li>"  # noqa: E731
        grid = ('<div class="zwxl-table"><ul class="clearfix">' + li("【索引号】", idx) + li("【发文字号】", esc(wh))
                + li("【发布机构】", esc(organ)) + li("【主题分类】", "劳动、人事、监察") + li("【成文日期】", f"{cy}-{cm:02d}-{cd:02d}")
                + li("【发布日期】", f"{y}-{m}-{d}") + li("【有效性】", "有效") + "</ul></div>")
        body = (f'<div class="gov-top"><span>重庆市江津区人民政府</span><a>无障碍</a><a>长者模式</a><a>English</a></div>'
                f'<div class="gov-nav"><a>首页</a><a>要闻动态</a><a class="on">政务公开</a><a>政务服务</a><a>政民互动</a></div>'
                f'<div class="zwxl-crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政策文件</a> &gt; <a>规范性文件</a></div>'
                f'<div class="zwxl-main">{grid}<div class="zwxl-title"><p class="tit">{esc(art["title"])}</p></div>'
                f'<div class="zwxl-tool"><span>字号：<a>大</a><a>中</a><a>小</a></span><span>分享到：<a class="wx"></a><a class="wb"></a></span></div>'
                f'<div class="zwxl-article"><div class="view TRS_UEDITOR trs_paper_default trs_web"><p style="text-align: center;">{esc(wh)}</p>{text}{tail}</div>'
                f'<div class="zwxl-fj"><p>附件：</p>{att}</div></div>'
                f'<div class="zwxl-jd"><span>相关解读：</span><a>《江津区促进中小微企业稳岗扩岗若干措施》政策解读</a></div>'
                f'<div class="zwxl-btn"><a>【打印】</a><a>【关闭】</a></div></div>'
                f'<div class="gov-foot"><p>主办：重庆市江津区人民政府办公室　承办：江津区大数据发展局</p><p>政府网站标识码：5001160001　'
                f'渝ICP备2022{_n(rng, 6)}号-1　渝公网安备 50011602500{_n(rng, 3)}号</p><p><img src="/images/jiucuo.png">政府网站找错</p></div>')
    wj = f"{y}-{m}-{d} {_hm(rng)}" if art["id"] == "m03" else f"{_meta_date(art)} {_hm(rng)}"
    head = (f'<title>{esc(art["title"])}_{place}人民政府</title><meta name="SiteName" content="重庆市{place}人民政府">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{wj}">'
            f'<meta name="ColumnName" content="政策文件"><meta name="ContentSource" content="{esc(organ)}">')
    return head, body, url


def gaoxiao_dangwei_news(art, rng, others):
    """A 高校 党委 news page in a 党建工作 column: 作者/摄影/审核/发布时间/浏览次数 spans (m05, a
    WebPlus-like CMS) or an 编者按 above the text and the credit line under it (m06, a 博达-like CMS),
    photos with captions inside the text, 上一条/下一条."""
    y, m, d = art["date"].split("-")
    ex = EXTRAS[art["id"]]
    photo = (lambda c: f'<p style="text-align:center"><img src="/__local/{_n(rng, 4):X}/{_n(rng, 8):X}.jpg" width="600"></p>'
             f'<p style="text-align:center">{esc(c)}</p>')
    prev_next = ''.join(f'<p>{k}：<a href="#">{esc(t)}</a></p>' for k, (t, _) in zip(("上一条", "下一条"), rng.sample(others, 2)))
    if art["id"] == "m05":
        url = f"https://dwxcb.cqxxxy.edu.cn/{y}/{m}{d}/c{_n(rng, 4)}a{_n(rng, 6)}/page.htm"
        text = _paras(art, lambda p: f'<p style="text-indent:2em;"><span style="font-size:16px;font-family:宋体">{esc(p)}</span></p>', photo)
        metas = (f'<span class="arti_publisher">{esc(ex["U"][0].split("　")[0])}</span><span>{esc(ex["U"][0].split("　")[1])}</span>'
                 f'<span>{esc(ex["U"][0].split("　")[2])}</span><span class="arti_update">发布时间：{y}-{m}-{d}</span>'
                 f'<span class="arti_views">浏览次数：<span class="WP_VisitCount" url="/_visitcountdisplay?siteId=120&type=3&articleId={_n(rng, 6)}">{_n(rng, 3)}</span></span>')
        body = (f'<div class="header"><img src="/_upload/tpl/logo.png"><span>党委宣传部</span></div>'
                f'<div class="nav"><ul><li>首页</li><li>部门概况</li><li>新闻动态</li><li class="on">党建工作</li><li>理论学习</li><li>媒体关注</li></ul></div>'
                f'<div class="wrapper"><div class="col_menu"><h2>党建工作</h2><ul><li>组织建设</li><li>理论武装</li><li>党史学习教育</li></ul></div>'
                f'<div class="col_news"><div class="col_path">当前位置：<a>首页</a>&gt;<a>党建工作</a>&gt;正文</div>'
                f'<div class="article"><h1 class="arti_title">{esc(art["title"])}</h1><p class="arti_metas">{metas}</p>'
                f'<div class="entry"><div class="read"><div class="wp_articlecontent">{text}</div></div></div>'
                f'<div class="prev_next">{prev_next}</div></div></div></div>'
                f'<div class="footer">版权所有：重庆信息学院党委宣传部　地址：重庆市沙坪坝区大学城中路{_n(rng, 2)}号　渝ICP备0500{_n(rng, 4)}号</div>')
        head = f'<title>{esc(art["title"])}</title><meta name="description" content="{esc(art["body"][0][:50])}">'
        return head, body, url
    url = f"https://www.myzyjsxy.edu.cn/info/{_n(rng, 4)}/{_n(rng, 5)}.htm"
    text = _paras(art, lambda p: f'<p class="vsbcontent_start" style="text-indent:2em">{esc(p)}</p>', photo)
    bzan = f'<div class="bza" style="border:1px dashed #c00;padding:8px"><p><strong>编者按：</strong>{esc(ex["E"][0][4:])}</p></div>'
    body = (f'<div class="top"><a>学校首页</a><a>信息门户</a></div><div class="banner"><img src="/images/djw_banner.jpg" alt="党建工作网"></div>'
            f'<div class="menu"><a>首页</a><a>组织工作</a><a>宣传思想</a><a class="on">支部风采</a><a>党风廉政</a><a>统战工作</a></div>'
            f'<div class="main"><div class="pos">您的位置：<a>首页</a>&gt;&gt;<a>支部风采</a>&gt;&gt;正文</div>'
            f'<form name="_newscontent_fromname"><div align="center"><h1>{esc(art["title"])}</h1></div>'
            f'<div align="center" class="info">发布时间：{y}年{m}月{d}日 {_hm(rng)}&nbsp;&nbsp;&nbsp;&nbsp;点击数：'
            f'<script>_showDynClicks("wbnews", 1597{_n(rng, 6)}, {_n(rng, 5)})</script>&nbsp;&nbsp;&nbsp;&nbsp;来源：学院党委</div>'
            f'<div id="vsb_content"><div class="v_news_content">{bzan}{text}'
            f'<p style="text-align:right">（{esc(ex["U"][0])}）</p></div></div>'
            f'<div class="fx">分享到：<a>微信</a><a>QQ空间</a><a>新浪微博</a></div>{prev_next}'
            f'<div class="close"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div></form>'
            f'<div class="xgwz"><div class="t">相关文章</div><ul>{_rel(rng, others, 4, "{t}（{d}）")}</ul></div></div>'
            f'<div class="foot">Copyright&copy;{y} 绵阳职业技术学院党委 All Rights Reserved　蜀ICP备0501{_n(rng, 4)}号　川公网安备 51070302000{_n(rng, 3)}号</div>')
    head = (f'<title>{esc(art["title"])}-党建工作网</title><meta name="publishdate" content="{_meta_date(art)}">'
            f'<meta name="description" content="{esc(ex["E"][0][4:60])}">')
    return head, body, url


def town_mp_meeting(art, rng, others):
    """A 乡镇 公众号 post about a meeting: the WeChat article shell, 时间/地点/参会人员 lines with bold
    labels, the 会议议程 items, a photo, 编辑/审核 lines, then 阅读原文, 扫一扫, 点赞/在看/分享 and 留言.
    m07's visible publish time is empty (filled by script from ``var ct``)."""
    y, m, d = art["date"].split("-")
    ex = EXTRAS[art["id"]]
    acct = "忠县新立镇" if art["id"] == "m07" else "遵义虾子镇"
    biz = f"MzI{_n(rng, 6)}NDQ{_n(rng, 2)}Mw=="
    url = f"https://mp.weixin.qq.com/s?__biz={biz}&mid=22474{_n(rng, 5)}&idx=1&sn={_n(rng, 16):x}"
    hm = _hm(rng)
    ct = int(datetime(int(y), int(m), int(d), int(hm[:2]), int(hm[3:]), tzinfo=timezone.utc).timestamp()) - 8 * 3600

    def one(p):
        label = next((k for k in ("时间：", "地点：", "参会人员：") if p.startswith(k)), None)
        if label:
            return (f'<section style="margin-bottom:8px"><span leaf=""><strong><span style="color:#c00000">{label}</span></strong>'
                    f'{esc(p[len(label):])}</span></section>')
        if _is_head(p):
            return (f'<section style="text-align:center;margin:16px 0"><span style="background:#c00000;color:#fff;padding:4px 12px">'
                    f'<strong>{esc(p.rstrip("："))}</strong></span></section>' if art["id"] == "m08"
                    else f'<p><strong><span style="font-size:17px">{esc(p)}</span></strong></p>')
        if p[:2] in ("1.", "2.", "3.", "4.") or p[1:2] == "、":
            return f'<section style="padding-left:1em;border-left:3px solid #c00000"><span leaf="">{esc(p)}</span></section>'
        return f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px;letter-spacing:1px">{esc(p)}</span></p>'

    photo = (lambda c: f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 12):x}/640?wx_fmt=jpeg">'
             f'</p><p style="text-align:center"><span style="font-size:12px;color:#888">{esc(c)}</span></p>')
    text = _paras(art, one, photo)
    cred = "".join(f'<p style="text-align:right"><span style="font-size:13px;color:#7f7f7f">{esc(u)}</span></p>' for u in ex["U"][0].split("　"))
    visible = "" if art["id"] == "m07" else f"{y}-{m}-{d} {hm}"
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">\n{esc(art["title"])}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{acct}党政办</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{acct}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{visible}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于<span id="js_ip_wording">{"重庆" if art["id"] == "m07" else "贵州"}</span></em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">'
            f'<section><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_n(rng, 10):x}/640?wx_fmt=gif"></section>'
            f'{text}<p><br></p>{cred}'
            f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_n(rng, 10):x}/640?wx_fmt=png">'
            f'<p><span style="font-size:12px">长按识别二维码　关注{acct}</span></p></section></div>'
            f'<div id="js_tags" class="article-tag_list">#乡村振兴 #基层动态</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(300, 3000)}</span></div>'
            f'<div id="js_pc_qr_code"><p>微信扫一扫<br>关注该公众号</p></div>'
            f'<div class="interaction_bar"><span class="like">赞 {rng.randint(5, 60)}</span><span class="share">分享</span><span class="in-look">在看 {rng.randint(2, 30)}</span></div>'
            f'<div class="rich_media_extra"><div class="tit">喜欢此内容的人还喜欢</div><ul>{_rel(rng, others, 3, "{t}")}</ul></div>'
            f'<div id="js_cmt_area"><div class="discuss_title">留言</div><p>写留言</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}"><meta property="og:site_name" content="微信公众平台">'
            f'<script>var nickname = "{acct}"; var ct = "{ct}"; var create_time = "{ct}" * 1;</script>')
    return head, body, url


def rmrb_pinglunyuan(art, rng, others):
    """A Party paper's 评论员文章 with no photo: on its own site (m09, 人民网 观点-like: 本报评论员 line
    in the text, 《 人民日报 》（ date 01 版） line, (责编：…)) or reprinted on a provincial news portal
    (m10: 来源：人民日报 at top and bottom, 责编, a 版权声明 and a QR line)."""
    y, m, d = art["date"].split("-")
    ed1, ed2 = rng.sample(REPORTERS, 2)
    if art["id"] == "m09":
        url = f"http://opinion.people.com.cn/n1/{y}/{m}{d}/c1003-{_n(rng, 8)}.html"
        text = "".join(f"<p>　　{esc(p)}</p>" for p in art["body"])
        body = (f'<div class="topbar"><a>人民网</a> &gt;&gt; <a>观点</a></div><div class="nav"><a>首页</a>|<a>时政</a>|<a>社会</a>|<a>评论</a>|<a>理论</a>|<a>党建</a></div>'
                f'<div class="clearfix w1000_320 text_title"><h3 class="pre">人民日报评论员</h3><h1>{esc(art["title"])}</h1><h4 class="sub"></h4>'
                f'<p class="author"></p><div class="box01"><div class="fl">{y}年{m}月{d}日{_hm(rng)}&nbsp;&nbsp;|&nbsp;&nbsp;来源：<a href="http://paper.people.com.cn/">人民网－人民日报</a></div>'
                f'<div class="fr"><div class="fx"><span>分享到：</span><a class="wx"></a><a class="wb"></a></div></div></div></div>'
                f'<div class="clearfix w1000_320 text_con"><div class="fl text_con_left"><div class="box_pic"></div>'
                f'<div class="box_con" id="rwb_zw"><p>　　本报评论员</p>{text}<p>　　《 人民日报 》（ {y}年{m}月{d}日 01 版）</p></div>'
                f'<div class="edit clearfix">(责编：{ed1}、{ed2})</div><div class="box_down"><p>关注人民网官方微信</p><img src="/img/rmw_qr.png"></div>'
                f'<div class="rel"><h2>相关新闻</h2><ul>{_rel(rng, others, 5, "{t}<em>{d}</em>")}</ul></div></div>'
                f'<div class="fr text_con_right"><div class="ph"><h2>观点排行</h2><ol>{_rel(rng, others, 6, "{t}")}</ol></div></div></div>'
                f'<div id="copyright">人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br>Copyright &copy; 1997-{y} by www.people.com.cn. all rights reserved</div>')
        head = (f'<title>{esc(art["title"])}--观点--人民网</title><meta name="keywords" content="评论员文章">'
                f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="author" content="人民日报">')
        return head, body, url
    url = f"https://news.cqnews.net/1/detail/{_n(rng, 18)}.html"
    text = "".join(f'<p style="text-indent:2em">{esc(p)}</p>' for p in art["body"])
    body = (f'<div class="hl-top"><a>华龙网</a><a>新重庆客户端</a><span>{y}年{int(m)}月{int(d)}日</span></div>'
            f'<div class="hl-nav"><a>首页</a><a>时政</a><a>区县</a><a>评论</a><a>财经</a><a>视频</a></div>'
            f'<div class="hl-main"><div class="crumb">首页 &gt; 评论 &gt; 正文</div><h1 class="title">{esc(art["title"])}</h1>'
            f'<div class="info"><span>{y}-{m}-{d} {_hms(rng)}</span><span>来源：人民日报</span><span class="font">字号：<a>A+</a><a>A-</a></span></div>'
            f'<div class="content" id="main_text"><p style="text-align:center">人民日报评论员</p>{text}</div>'
            f'<div class="source">来源：人民日报</div><div class="editor">责编：{ed1}　审核：{ed2}</div>'
            f'<div class="jiucuo">【纠错】</div><div class="statement">版权声明：凡注明“来源：华龙网”或“来源：新重庆客户端”的所有作品，'
            f'版权均属于华龙网，未经授权不得转载、摘编或利用其他方式使用。</div>'
            f'<div class="qr"><img src="/img/xcq_qr.png"><p>扫码下载新重庆客户端</p></div>'
            f'<div class="recommend"><div class="t">推荐阅读</div><ul>{_rel(rng, others, 5, "{t}<i>{d}</i>")}</ul></div></div>'
            f'<div class="hl-foot"><p>华龙网-新重庆客户端 版权所有　渝ICP备05000{_n(rng, 3)}号　互联网新闻信息服务许可证50120170001</p></div>')
    head = f'<title>{esc(art["title"])}_华龙网</title><meta name="description" content="{esc(art["body"][1][:60])}">'
    return head, body, url


def app_h5_expand(art, rng, others):
    """An app's H5 share page: an 打开APP bar, the text in a height-limited box with a 展开全文
    button (m11) or an 打开APP阅读全文 mask (m12), credit lines, 阅读/点赞 counts, 相关推荐 with
    dates, 热门评论 and a 来源：…客户端 line."""
    y, m, d = art["date"].split("-")
    ex = EXTRAS[art["id"]]
    photo = (lambda c: f'<p style="text-align:center"><img src="https://img.cqrb.cn/{y}/{m}/{_n(rng, 10)}.jpg"></p>'
             f'<p class="img-desc" style="text-align:center">{esc(c)}</p>')
    text = _paras(art, lambda p: f"<p>{esc(p)}</p>", photo)
    rec = "".join(f'<li><a href="#"><p class="t">{esc(t)}</p><p class="s"><span>{rng.randint(1, 90)}评</span><span>{dd}</span></p></a></li>'
                  for t, dd in rng.sample(others, 4))
    cmts = "".join(f'<div class="cmt"><span class="u">{u}</span><p>{c}</p><span class="tm">{dd}</span><span class="zan">{rng.randint(1, 99)}</span></div>'
                   for u, c, dd in (("渝A网友", "点赞家乡！", "1天前"), ("山城小雨", "说得好，支持！", "2天前")))
    if art["id"] == "m11":
        url = f"https://h5.cqrb.cn/share/article.html?id={_n(rng, 7)}&from=timeline"
        body = (f'<div class="download-bar"><img src="/img/logo_app.png"><span>重庆日报客户端</span><span>打开APP 体验更佳</span><a class="open">打开</a></div>'
                f'<div class="article"><h1 class="article-title">{esc(art["title"])}</h1>'
                f'<div class="article-info"><span class="source">重庆日报</span><span class="time">{y}-{m}-{d} {_hm(rng)}</span></div>'
                f'<div class="article-author">{esc(ex["U"][0])}</div>'
                f'<div class="article-content" id="content" style="max-height:600px;overflow:hidden">{text}</div>'
                f'<div class="expand-mask"><a class="expand-btn" href="javascript:;">展开全文</a><i class="arrow"></i></div>'
                f'<div class="article-from">本文来源：重庆日报客户端</div>'
                f'<div class="article-stat"><span>阅读 {rng.randint(1, 9)}.{rng.randint(1, 9)}万</span><span class="like">{rng.randint(20, 300)}</span></div></div>'
                f'<div class="recommend"><div class="hd">相关推荐</div><ul>{rec}</ul></div>'
                f'<div class="comments"><div class="hd">热门评论</div>{cmts}<a class="more">打开APP查看更多评论</a></div>'
                f'<div class="bottom-bar"><a>打开重庆日报APP，阅读体验更佳</a></div>')
    else:
        url = f"https://m.voc.com.cn/xhn/news/{y}{m}/{_n(rng, 8)}.html"
        body = (f'<div class="app-top"><span class="logo">新湖南</span><span>湖南日报社主管主办</span><a>立即打开</a></div>'
                f'<div class="main"><div class="title"><h2>{esc(art["title"])}</h2></div>'
                f'<div class="info"><p>{esc(ex["U"][0])}</p><p>{y}/{int(m)}/{int(d)} {_hm(rng)}</p></div>'
                f'<div class="content zw" id="articleContent" style="height:520px;overflow:hidden">{text}'
                f'<p class="zrbj">[责任编辑：{rng.choice(REPORTERS)}]</p></div>'
                f'<div class="read-more"><div class="mask"></div><a class="open-app">打开APP阅读全文</a></div>'
                f'<div class="statement">版权声明：本文为新湖南原创稿件，未经授权不得转载。</div>'
                f'<div class="recommend"><div class="hd">为你推荐</div><ul>{rec}</ul></div>'
                f'<div class="comments"><div class="hd">评论（{rng.randint(3, 40)}）</div>{cmts}</div>'
                f'<div class="fixed-bottom"><a>打开新湖南，查看更多精彩内容</a></div>')
    head = (f'<title>{esc(art["title"])}</title><meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<meta name="publishdate" content="{_meta_date(art)}"><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:50])}">')
    return head, body, url


def douyin_short_video(art, rng, others):
    """A short-video page: a player, the account, the title and a few short description lines
    separated by ``<br>``, hashtags, 点赞/评论/收藏/分享 counts, comments and a related list;
    抖音-like (m13) or a 视频号 share page (m14)."""
    y, m, d = art["date"].split("-")
    ex = EXTRAS[art["id"]]
    acct = ex["U"][0]
    desc = "<br>".join(esc(p) for p in art["body"])
    cm = "".join(f'<div class="comment-item"><span class="nick">{u}</span><p>{c}</p><span class="meta">{t}·{ip}</span>'
                 f'<span class="digg">{rng.randint(1, 999)}</span><span>回复</span></div>'
                 for u, c, t, ip in (("小鱼儿", "好看！", "3天前", "重庆"), ("蓝天白云", "想去玩了", "2天前", "四川"), ("阿杰", "家乡越来越好", "1天前", "广东")))
    if art["id"] == "m13":
        url = f"https://www.douyin.com/video/72{_n(rng, 17)}"
        relv = "".join(f'<li><a href="#">{esc(t)}<span>{rng.randint(1, 99)}万</span></a></li>' for t, _ in rng.sample(others, 5))
        body = (f'<div id="douyin-header"><a class="logo">抖音</a><input placeholder="搜索你感兴趣的内容"><a>登录</a></div>'
                f'<div class="video-detail"><div class="xgplayer"><video src="blob:https://www.douyin.com/{_n(rng, 8):x}"></video>'
                f'<div class="xgplayer-time"><span>00:00</span>/<span>00:{rng.randint(20, 59)}</span></div></div>'
                f'<div class="video-info-detail"><h1><span>{esc(art["title"])}</span></h1>'
                f'<div class="video-desc"><span>{desc}</span></div>'
                f'<div class="tags"><a>#秀山花灯</a> <a>#非遗进校园</a> <a>#重庆</a></div>'
                f'<div class="video-create-time"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span></div>'
                f'<div class="video-action"><span>{rng.randint(1, 9)}.{rng.randint(1, 9)}万</span><span>{rng.randint(100, 999)}</span>'
                f'<span>{rng.randint(100, 2000)}</span><span>分享</span></div></div>'
                f'<div class="author-card"><a>@{esc(acct)}</a><p>{rng.randint(10, 90)}.{rng.randint(1, 9)}万粉丝 {rng.randint(100, 900)}万获赞</p><button>关注</button></div>'
                f'<div class="comment-mainContent"><div class="hd">全部评论({rng.randint(100, 900)})</div>{cm}</div>'
                f'<div class="related-video"><div class="hd">相关推荐</div><ul>{relv}</ul></div></div>'
                f'<div class="footer">京ICP备16016397号-3　京公网安备11000002002046号　网络文化经营许可证</div>')
    else:
        url = f"https://channels.weixin.qq.com/web/pages/feed?eid=export%2F{_n(rng, 12):x}"
        body = (f'<div class="weui-page"><div class="feed-player"><video poster="https://finder.video.qq.com/{_n(rng, 10)}.jpg"></video></div>'
                f'<div class="feed-author"><img class="avatar"><span class="nickname">{esc(acct)}</span><span class="auth">黔江区融媒体中心</span><a>关注</a></div>'
                f'<div class="feed-desc"><p class="title">{esc(art["title"])}</p><p class="desc">{desc}</p>'
                f'<p class="topic"><a>#黔江</a> <a>#濯水古镇</a> <a>#国庆假期</a></p></div>'
                f'<div class="feed-time">{y}年{int(m)}月{int(d)}日</div>'
                f'<div class="feed-ops"><span class="like">{rng.randint(1, 9)}.{rng.randint(1, 9)}万</span><span class="comment">{rng.randint(100, 999)}</span>'
                f'<span class="fav">{rng.randint(100, 999)}</span><span class="forward">转发</span></div>'
                f'<div class="feed-comments">{cm}</div><div class="open-wx"><a>在微信中打开</a><p>打开微信，看更多精彩视频</p></div></div>')
    head = (f'<title>{esc(art["title"])} - {"抖音" if art["id"] == "m13" else "视频号"}</title>'
            f'<meta name="description" content="{esc(art["body"][0])}">')
    return head, body, url


TEMPLATES = {"xinhua_zutu_gallery": xinhua_zutu_gallery, "qx_zcwj_file": qx_zcwj_file,
             "gaoxiao_dangwei_news": gaoxiao_dangwei_news, "town_mp_meeting": town_mp_meeting,
             "rmrb_pinglunyuan": rmrb_pinglunyuan, "app_h5_expand": app_h5_expand, "douyin_short_video": douyin_short_video}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages23", TEMPLATES, lambda art: "fresh")  # measured once held apart, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
