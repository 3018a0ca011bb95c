"""Build the thirty-seventh saved-page set (``pages37``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in six designs no earlier set
used, each chosen to be hard for an extractor: a 区 应急管理局 安全生产检查 news page
(``yjj_aqsc_jiancha``), a 市 医保局 政策问答 page (``ybj_zcwd``), a 县 融媒体 公众号 乡村振兴 story
with a 村情简介 box (``rmt_gzh_cunqing``), a 省 党报 网站 要闻 page with 相关新闻 links inside the
text (``shengdangbao_yaowen``), a 区 教委 招生 notice with a table and 咨询电话 lines
(``jw_zhaosheng_tongzhi``) and a 县报 e-paper 第二版 page with a 图片新闻 and a 读者来信
(``xianbao_erban_duzhe``). Besides ``T``/``B``/``F`` lines, ``articles.txt`` holds layout-only
lines read by :func:`extras`. See README.md.

    python tests/data/web/pages37/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402
from pageset import hm as _hm, hms as _hms, digits as _n, weekday as _week, ymd as _ymd  # noqa: E402

LISTS = "XSJERKL"


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: captions ``C`` ``{n: [text]}``,
    the box anchor ``A`` (an int, None when absent), table rows ``W`` (paragraph indices) and the
    text lists of :data:`LISTS` (box, signature, attachment, editor's note, credit, kicker,
    related links)."""
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
    """A subheading: short, no sentence end (一、查问题隐患, 三、学校招生计划)."""
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
                out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;margin:0 auto" width="90%">'
                           + "".join("<tr>" + "".join(f"<td align=\"center\">{esc(c)}</td>" for c in r.rsplit(" ", 2)) + "</tr>" for r in rows)
                           + "</table>")
                rows = []
        else:
            out.append(one(i, p))
        if photo and i in ex["C"]:
            out.append(photo(ex["C"][i]))
        if box and ex["A"] == i:
            out.append(box)
    return "".join(out)


def _gov_footer(rng, org, prov="渝") -> str:
    return (f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a></p>'
            f'<p>主办单位：{org}　承办单位：{org}办公室　联系电话：023-{_n(rng, 8)}</p>'
            f'<p>{prov}ICP备{_n(rng, 8)}号-1　<img src="/images/gaba.png">{prov}公网安备 {_n(rng, 14)}号　网站标识码：50011{_n(rng, 5)}</p>'
            f'<p><img src="/images/jiucuo.png" alt="政府网站找错">　<img src="/images/dzjg.png" alt="党政机关"></p></div>')


def _photo(rng, y, m):
    return lambda cs: "".join(f'<p style="text-align:center"><img src="/u/{y}{m}/{_n(rng, 8)}.jpg" border="0"></p>'
                              f'<p style="text-align:center"><font face="楷体">{esc(c)}</font></p>' for c in cs)


# ---------------------------------------------------------------------------------------------
# 1. 应急管理局 安全生产检查


def yjj_aqsc_jiancha(art, rng, others):
    """x01: an old table-layout 应急管理局 portal in GBK, `<font>` paragraphs with bold 一、… heads,
    a photo and caption inside the text, date only in the info row beside a ``document.write``
    counter. x02: a modern portal, adjacent spans with no whitespace, a numbered list of places,
    a one-sentence last paragraph, a 温馨提示 box after the text, a 相关阅读 list with dates."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    if art["id"] == "x01":
        def one(i, p):
            if _is_head(p):
                return f'<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>{esc(p)}</strong></p>'
            return f'<p>&nbsp;&nbsp;&nbsp;&nbsp;<font size="3" face="宋体">{esc(p)}</font></p>'
        url = f"http://www.cqbn.gov.cn/bm/qyjj/zwxx_{_n(rng, 5)}/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        body = (f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/yjj_top.jpg" width="980" height="130"></td></tr>'
                f'<tr><td class="nav" bgcolor="#b40000">&nbsp;<a>网站首页</a>&nbsp;&nbsp;<a>机构职能</a>&nbsp;&nbsp;<a>工作动态</a>&nbsp;&nbsp;<a>安全生产</a>&nbsp;&nbsp;<a>应急救援</a>&nbsp;&nbsp;<a>防灾减灾</a>&nbsp;&nbsp;<a>政策法规</a></td></tr></table>'
                f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                f'<td width="230" valign="top"><table width="100%"><tr><td class="lmbt">工作动态</td></tr><tr><td>·<a>工作动态</a><br>·<a>基层动态</a><br>·<a>通知公告</a></td></tr>'
                f'<tr><td class="lmbt">应急值守</td></tr><tr><td>24小时值班电话：<br>023-{_n(rng, 8)}<br>安全生产举报：12350</td></tr></table></td>'
                f'<td width="750" valign="top"><table width="95%" align="center"><tr><td class="wz">您当前的位置：<a>首页</a>&nbsp;&gt;&nbsp;<a>工作动态</a></td></tr>'
                f'<tr><td align="center" height="50"><font size="5" color="#003399"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" bgcolor="#f2f2f2">{y}-{m}-{d}&nbsp;&nbsp;来源：区应急局&nbsp;&nbsp;浏览：<script language="javascript">document.write({_n(rng, 3)});</script>&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="zw"><div class="TRS_Editor">{_paras(art, one, _photo(rng, y, m))}</div></td></tr>'
                f'<tr><td align="right">【<a>打印本页</a>】&nbsp;【<a>关闭窗口</a>】</td></tr></table></td></tr></table>'
                f'<table width="980" align="center" bgcolor="#dddddd"><tr><td align="center">版权所有：重庆市巴南区应急管理局　地址：巴南区鱼洞街道某某路<br>'
                f'渝ICP备{_n(rng, 8)}号　网站标识码：5001130{_n(rng, 3)}</td></tr></table>')
        head = (f'<title>{esc(art["title"])}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="ColumnName" content="工作动态">')
    else:
        one = (lambda i, p: f'<p style="text-indent:2em;">{esc(p)}</p>')
        tip = ('<div class="tip-box" style="border:1px dashed #e60;padding:10px">'
               f'<p><strong>{esc(ex["X"][0])}</strong></p>' + "".join(f"<p>{esc(x)}</p>" for x in ex["X"][1:]) + "</div>")
        t = _hm(rng)
        url = f"http://www.ddk.gov.cn/bm/qyjj/gzdt_{_n(rng, 5)}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        body = (f'<div class="topbar"><span>欢迎访问大渡口区人民政府网站</span><a>无障碍浏览</a><a>关怀版</a></div>'
                f'<div class="header"><img src="/images/logo.png" alt="大渡口区人民政府"><input placeholder="搜索"></div>'
                f'<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>魅力大渡口</a></div>'
                f'<div class="w1200"><div class="location"><a>首页</a>&gt;<a>区应急局</a>&gt;<a>工作动态</a></div>'
                f'<div class="article-box"><div class="tit">{esc(art["title"])}</div>'
                f'<div class="info"><span>发布日期：{y}-{m}-{d}</span><span>来源：大渡口区应急局</span><span>作者：{rng.choice(REPORTERS)}</span><span>阅读：{_n(rng, 3)}</span></div>'
                f'<div class="con">{_paras(art, one)}</div>{tip}'
                f'<div class="tools"><span>【<a>打印</a>】</span><span>【<a>关闭</a>】</span><span class="share">分享：<a>微信</a><a>微博</a></span></div>'
                f'<div class="related"><div class="hd">相关阅读</div><ul>{_rel(rng, others, 5)}</ul></div></div>'
                f'<div class="qr"><img src="/images/qr.png"><p>扫一扫 手机浏览</p></div></div>'
                + _gov_footer(rng, "重庆市大渡口区人民政府办公室"))
        head = (f'<title>{esc(art["title"])}_重庆市大渡口区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="SiteName" content="重庆市大渡口区人民政府">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 2. 医保局 政策问答


def ybj_zcwd(art, rng, others):
    """x03: a 市 医保局 政策问答 page, a 编者按 box above the text, bold 问： turns and plain 答：
    turns, a 咨询电话 line after the text, date as ``yyyy年mm月dd日``. x04: an 一图读懂 page, an
    image above the text, 一、… heads, （一）… items, a 记者：/负责人： turn, a ``来源 更新时间``
    line AFTER the text carrying the next day's date, the publication date only in meta and URL."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    if art["id"] == "x03":
        def one(i, p):
            if p.startswith("问："):
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
            return f'<p style="text-indent:2em">{esc(p)}</p>'
        url = f"https://ylbzj.cq.gov.cn/zwgk_535/zcjd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        body = (f'<div class="head-top"><div class="w"><span>重庆市医疗保障局</span><a>无障碍</a><a>长者版</a><a>繁體</a></div></div>'
                f'<div class="nav"><a>首页</a><a>政务公开</a><a>政策解读</a><a>医保服务</a><a>互动交流</a></div>'
                f'<div class="w"><div class="crumbs">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政策解读</a></div>'
                f'<div class="zcjd-detail"><h1 class="title">{esc(art["title"])}</h1>'
                f'<div class="attr"><span>{y}年{m}月{d}日</span>&nbsp;&nbsp;<span>来源：市医保局</span>&nbsp;&nbsp;<span>【字号 <a>大</a> <a>中</a> <a>小</a>】</span></div>'
                f'<div class="bza" style="background:#f5f5f5;padding:12px;font-family:楷体">{esc(ex["E"][0])}</div>'
                f'<div class="zw TRS_UEDITOR">{_paras(art, one)}</div>'
                f'<p class="zxdh" style="color:#0b5ea8">{esc(ex["X"][0])}</p>'
                f'<div class="xgwj"><b>相关文件：</b><a>重庆市职工基本医疗保险门诊共济保障实施办法</a></div>'
                f'<div class="btns"><a>打印</a><a>关闭</a></div></div>'
                f'<div class="tjyd"><h3>推荐阅读</h3><ul>{_rel(rng, others, 4, "{t}　{d}")}</ul></div></div>'
                + _gov_footer(rng, "重庆市医疗保障局"))
        head = (f'<title>{esc(art["title"])}_重庆市医疗保障局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="政策解读">')
    else:
        def one(i, p):
            if _is_head(p):
                return f'<p><span style="color:#c00;font-weight:bold">{esc(p)}</span></p>'
            if p.startswith("记者："):
                return f'<p>　　<b>{esc(p)}</b></p>'
            return f'<p>　　{esc(p)}</p>'
        url = f"https://ylbzj.cq.gov.cn/ywxx/tjyd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}_wap.html"
        body = (f'<div class="m-header"><img src="/images/logo_m.png" alt="重庆医保"><a class="menu">栏目</a></div>'
                f'<div class="m-art"><h2>{esc(art["title"])}</h2>'
                f'<div class="m-img"><img src="/u/{y}{m}/ytdd_{_n(rng, 6)}.png" alt="一图读懂"></div>'
                f'<div class="m-con">{_paras(art, one)}</div>'
                f'<div class="m-src">{esc(ex["R"][0])}</div>'
                f'<div class="m-share">分享到：<a>微信</a><a>朋友圈</a><a>微博</a></div>'
                f'<div class="m-rel"><p class="h">更多解读</p><ul>{_rel(rng, others, 4, "{t}")}</ul></div></div>'
                f'<div class="m-foot">重庆市医疗保障局　版权所有<br>渝ICP备{_n(rng, 8)}号</div>')
        head = (f'<title>{esc(art["title"])}-重庆市医疗保障局</title><meta name="viewport" content="width=device-width">'
                f'<meta name="publishdate" content="{y}-{m}-{d}">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 3. 融媒体 公众号 村情简介


def rmt_gzh_cunqing(art, rng, others):
    """x05/x06: a 县 融媒体 公众号 乡村振兴 post in WeChat's shell, a 村情简介 box inside the text
    (after paragraph ``A``), ▲ captions under photos, a ``记者：…　编辑：…`` or ``来源：`` credit
    after the text, bold 坚持… lines (x06), 往期推荐 and a QR."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    acct = "酉阳融媒" if art["id"] == "x05" else "武隆发布"

    def one(i, p):
        if p.startswith("坚持"):
            return f'<p style="text-indent:2em"><strong><span style="color:rgb(0,112,192)">{esc(p)}</span></strong></p>'
        return f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>'
    photo = (lambda cs: "".join(f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 12)}/640"></p>'
                                f'<p style="text-align:center"><span style="font-size:12px;color:#888">{esc(c)}</span></p>' for c in cs))
    box = ('<section style="border:1px solid #3a8f3a;border-radius:6px;padding:10px;margin:12px 0">'
           f'<section style="background:#3a8f3a;color:#fff;display:inline-block;padding:2px 8px">{esc(ex["X"][0])}</section>'
           + "".join(f'<p style="font-size:14px">{esc(x)}</p>' for x in ex["X"][1:]) + "</section>")
    wq = "".join(f'<p><a href="#">{esc(t)}</a></p>' for t, _ in rng.sample(others, 3))
    content = (f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_n(rng, 10)}/0"></section>'
               f'{_paras(art, one, photo, box)}'
               f'<p style="text-align:right"><span style="font-size:12px;color:#999">{esc(ex["R"][0])}</span></p>'
               f'<p><strong>往期推荐</strong></p>{wq}'
               f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_n(rng, 10)}/0"><p>长按识别二维码关注我们</p></section>')
    t = _hm(rng)
    shape = f"{y}-{m}-{d} {t}" if art["id"] == "x05" else f"{y}年{m}月{d}日 {t}"
    tag = '<span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>' if art["id"] == "x05" else ""
    url = f"https://mp.weixin.qq.com/s?__biz=MzI{_n(rng, 8)}==&mid=2247{_n(rng, 6)}&idx=1&sn={_n(rng, 10):x}"
    ct = int(datetime.datetime.fromisoformat(f"{art['date']}T{t}:00+08:00").timestamp())
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title " id="activity-name">\n            {esc(art["title"])}\n          </h1>'
            f'<div id="meta_content" class="rich_media_meta_list">{tag}'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">\n              {acct}\n            </a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{shape}</em><em id="js_ip_wording_wrp">发表于重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">{content}</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a>'
            f'<div class="media_tool_meta">阅读 <span>{rng.randint(300, 9000)}</span></div>'
            f'<span class="like_btn">赞 {rng.randint(3, 99)}</span><span>分享</span><span>在看 {rng.randint(1, 30)}</span><span>写留言</span></div>'
            f'<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{ct}"; var nickname = "{acct}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 4. 省 党报 网站 要闻 with inline 相关新闻


def shengdangbao_yaowen(art, rng, others):
    """x07: a 四川在线-like 要闻 page, a 【要闻】 kicker, a reporter line ABOVE the text inside
    the content, a 相关新闻 strip of two links in the MIDDLE of the text (after paragraph ``A``),
    ``yyyy/mm/dd hh:mm`` date, 责任编辑, 版权声明. x08: a GBK 红网-like page, ``<br>``-joined
    paragraphs inside one div with the 相关新闻 links between them, date ``yyyy年m月d日`` in
    ``来源：湖南日报 作者： 发布时间：`` spans, 分享/纠错 row and 今日推荐."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    links = "".join(f'<a href="#" target="_blank">{esc(x)}</a><br>' for x in ex["L"])
    if art["id"] == "x07":
        box = f'<div class="xgxw" style="border-left:3px solid #c00;padding-left:8px"><b>相关新闻：</b><br>{links}</div>'
        one = (lambda i, p: f"<p>　　{esc(p)}</p>")
        url = f"https://sichuan.scol.com.cn/ggxw/{y}{m}/{_n(rng, 8)}.html"
        body = (f'<div class="scol-top"><a>四川在线</a> | <a>四川日报</a> | <a>川观新闻</a></div>'
                f'<div class="scol-nav"><a>首页</a><a>要闻</a><a>时政</a><a>市州</a><a>经济</a><a>图片</a></div>'
                f'<div class="scol-main"><div class="left"><div class="pos">四川在线 &gt; 要闻 &gt; 正文</div>'
                f'<div class="kicker">{esc(ex["K"][0])}</div><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span class="time">{y}/{m}/{d} {_hm(rng)}</span><span>来源：四川日报</span><span>编辑：{rng.choice(REPORTERS)}</span></div>'
                f'<div class="content" id="scrbcontent"><p style="text-align:left">{esc(ex["R"][0])}</p>{_paras(art, one, box=box)}</div>'
                f'<div class="zrbj">（责任编辑：{rng.choice(REPORTERS)}）</div>'
                f'<div class="bqsm">版权声明：本网站所刊载信息，未经授权禁止转载、摘编、复制及建立镜像。</div>'
                f'<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ</a></div></div>'
                f'<div class="right"><h3>要闻推荐</h3><ul>{_rel(rng, others, 6, "{t}")}</ul></div></div>'
                f'<div class="scol-foot">四川日报网站有限责任公司版权所有　蜀ICP备{_n(rng, 8)}号　川公网安备 {_n(rng, 14)}号</div>')
        head = f'<title>{esc(art["title"])} - 四川在线</title><meta name="keywords" content="农田水利,高标准农田">'
    else:
        lines = []
        for i, p in enumerate(art["body"]):
            lines.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}<br><br>")
            if ex["A"] == i:
                lines.append(f'<font color="#0033cc">相关新闻：</font><br>{links}<br>')
        url = f"https://hn.rednet.cn/content/{y}/{m}/{d}/{_n(rng, 7)}.html"
        body = (f'<div class="rn-top">红网首页 | 湖南日报 | 时刻新闻 | <a>登录</a></div>'
                f'<div class="rn-nav"><a>首页</a><a>湖南</a><a>要闻</a><a>生态</a><a>市州</a></div>'
                f'<div class="rn-main"><div class="rn-left"><div class="rn-pos">您的位置：红网 &gt; 湖南频道 &gt; 要闻</div>'
                f'<h1 class="rn-title">{esc(art["title"])}</h1>'
                f'<div class="rn-info"><span>来源：湖南日报</span><span>作者：{esc(ex["R"][0])}</span><span>编辑：{rng.choice(REPORTERS)}</span><span>{int(y)}年{int(m)}月{int(d)}日 {_hms(rng)}</span></div>'
                f'<div class="rn-content" id="rn-content">{"".join(lines)}</div>'
                f'<div class="rn-tool"><a>分享</a> <a>纠错</a> <a>打印</a></div>'
                f'<div class="rn-notice">[责任编辑：{rng.choice(REPORTERS)}]<br>本文为红网原创，未经授权不得转载。</div></div>'
                f'<div class="rn-right"><h3>今日推荐</h3><ul>{_rel(rng, others, 5, "{t}")}</ul></div></div>'
                f'<div class="rn-foot">红网版权所有　湘ICP备{_n(rng, 8)}号</div>')
        head = f'<title>{esc(art["title"])}_要闻_红网</title>'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 5. 教委 招生 notice


def jw_zhaosheng_tongzhi(art, rng, others):
    """x09: a 区 教委 portal notice: a 信息公开 grid with 发布日期 and 成文日期 (the day before),
    the 招生计划 table inside the text, 咨询电话 lines, a signature and date and two 附件 links.
    x10: the same kind on an old GBK portal, bold 时间：/地点： items, table, a signature, the
    date only in ``发布时间：yyyy/m/d`` and the URL."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]

    def one(i, p):
        if _is_head(p):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'
    sig = "".join(f'<p style="text-align:right">{esc(s)}</p>' for s in ex["S"])
    att = "".join(f'<p><a href="/u/{y}{m}/P0{_n(rng, 9)}.{a.rsplit(".", 1)[1]}">{esc(a)}</a></p>' for a in ex["J"])
    if art["id"] == "x09":
        sd = ex["S"][-1]
        grid = ('<table class="gk-table" width="100%" border="1" cellspacing="0">'
                f'<tr><td>索引号：</td><td>11500107MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td><td>发布机构：</td><td>九龙坡区教委</td></tr>'
                f'<tr><td>成文日期：</td><td>{sd}</td><td>发布日期：</td><td>{y}年{m}月{d}日</td></tr>'
                f'<tr><td>标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
        url = f"http://www.cqjlp.gov.cn/bm/qjw/zwgk_{_n(rng, 5)}/fdzdgknr/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        body = (f'<div class="top"><img src="/images/jw_logo.png" alt="九龙坡区教育委员会"></div>'
                f'<div class="nav"><a>首页</a><a>教育动态</a><a>通知公告</a><a>招生考试</a><a>信息公开</a></div>'
                f'<div class="wrap"><div class="pos">当前位置：首页 &gt; 通知公告</div>{grid}'
                f'<div class="xl_con"><h1>{esc(art["title"])}</h1>'
                f'<div class="xl_info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span>&nbsp;&nbsp;<span>来源：区教委</span>&nbsp;&nbsp;<span>浏览量：<script>document.write("{_n(rng, 4)}")</script></span></div>'
                f'<div class="xl_text TRS_Editor">{_paras(art, one)}{sig}</div><div class="fj">{att}</div>'
                f'<div class="xl_tool"><a>【打印本页】</a><a>【关闭窗口】</a></div>'
                f'<div class="xl_page">上一篇：<a>{esc(others[0][0])}</a><br>下一篇：<a>{esc(others[1][0])}</a></div></div></div>'
                + _gov_footer(rng, "重庆市九龙坡区教育委员会"))
        head = (f'<title>{esc(art["title"])}_九龙坡区教育委员会</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ContentSource" content="区教委">')
    else:
        def one(i, p):  # noqa: F811 - the old portal bolds 时间：/地点： labels
            if p[:3] in ("时间：", "地点："):
                return f'<p>&nbsp;&nbsp;&nbsp;&nbsp;<b>{esc(p[:3])}</b>{esc(p[3:])}</p>'
            if _is_head(p):
                return f'<p><font face="黑体">&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</font></p>'
            return f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>'
        url = f"http://www.cqstl.gov.cn/zwgk/jyw/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.html"
        body = (f'<table width="1000" align="center" border="0" cellspacing="0" cellpadding="0"><tr><td><img src="/img/banner.jpg"></td></tr>'
                f'<tr><td bgcolor="#0d5fb3"><font color="#fff">首页 | 教育新闻 | 通知公告 | 招生信息 | 办事指南</font></td></tr></table>'
                f'<table width="1000" align="center"><tr><td width="740" valign="top">'
                f'<table width="100%"><tr><td>您现在的位置：首页 &gt;&gt; 通知公告</td></tr>'
                f'<tr><td align="center"><h2>{esc(art["title"])}</h2></td></tr>'
                f'<tr><td align="center"><font color="#666">发布时间：{int(y)}/{int(m)}/{int(d)}&nbsp;&nbsp;|&nbsp;&nbsp;来源：铜梁区教委&nbsp;&nbsp;|&nbsp;&nbsp;点击：{_n(rng, 3)}</font></td></tr>'
                f'<tr><td id="zoom">{_paras(art, one)}{sig}</td></tr>'
                f'<tr><td align="right"><a>打印</a> <a>关闭</a></td></tr></table></td>'
                f'<td width="240" valign="top"><div class="rbox"><b>招生信息</b><ul>{_rel(rng, others, 5, "{t}")}</ul></div></td></tr></table>'
                f'<table width="1000" align="center"><tr><td align="center">主办：重庆市铜梁区教育委员会　渝ICP备{_n(rng, 8)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])}-铜梁区教育委员会</title>'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 6. 县报 e-paper 第二版


def xianbao_erban_duzhe(art, rng, others):
    """x11: a 县报 e-paper 第二版 (版次 select, PDF, 上一版/下一版, page image), a 图片新闻 with
    its photo and caption at the top, the text as ``<br>`` lines in one div, a 读者来信 box
    after the text (a second short item, not body). x12: a Founder-like e-paper, a 民生热线
    kicker and an author line, an 编者按 above the text, the reader's letter and the reporter's follow-up
    as the body, a caption inside the text, 本版其他稿件."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    paper, ban = ("开州日报", "第02版：综合新闻") if art["id"] == "x11" else ("垫江日报", "第02版：民生")
    others_ban = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t, _ in rng.sample(others, 4))
    bar = (f'<div class="paper-head"><img src="/images/{paper}.png" alt="{paper}"><span class="date">{int(y)}年{int(m)}月{int(d)}日　{_week(art)}</span></div>'
           f'<div class="paper-bar"><select><option>第01版：要闻</option><option selected>{ban}</option><option>第03版：专题</option><option>第04版：副刊</option></select>'
           f'<a>上一版</a> <a>下一版</a> <a>PDF版</a> <a>往期回顾</a></div>'
           f'<div class="paper-left"><img src="/epaper/{y}{m}/{d}/02/page.jpg" usemap="#pagemap"></div>')
    if art["id"] == "x11":
        cap = ex["C"][1][0]
        lines = "".join(f"　　{esc(p)}<br>" for p in art["body"])
        letter = (f'<div class="dzlx" style="border:1px solid #999;padding:8px"><b>{esc(ex["X"][0])}</b><br>'
                  + "<br>".join(esc(x) for x in ex["X"][1:]) + "</div>")
        url = f"http://epaper.kzxw.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
        body = (bar + f'<div class="paper-right"><div class="tpxw"><span class="lb">图片新闻</span><img src="/epaper/{y}{m}/{d}/02/{_n(rng, 6)}.jpg"><p class="cap">{esc(cap)}</p></div>'
                f'<h1 class="art-title">{esc(art["title"])}</h1>'
                f'<div id="ozoom" class="art-text">{lines}</div>{letter}'
                f'<div class="bbqt"><h4>本版其他稿件</h4><ul>{others_ban}</ul></div>'
                f'<div class="paper-nav"><a>上一篇</a> <a>返回目录</a> <a>下一篇</a></div></div>'
                f'<div class="paper-foot">{paper}社版权所有　未经授权禁止转载</div>')
        head = f'<title>{paper}-{esc(art["title"])}</title>'
        return head, body, url
    one = (lambda i, p: f"<p>　　{esc(p)}</p>")
    url = f"http://www.djrb.cn/epaper/{y}{m}{d}/02/{_n(rng, 6)}.shtml"
    body = (bar + f'<div class="paper-right"><h3 class="yt">民生热线</h3><h1>{esc(art["title"])}</h1>'
            f'<div class="author">本报记者　曾静</div>'
            f'<div class="bza"><font face="楷体">{esc(ex["E"][0])}</font></div>'
            f'<founder-content>{_paras(art, one, _photo(rng, y, m))}</founder-content>'
            f'<div class="bbqt"><h4>本版其他稿件</h4><ul>{others_ban}</ul></div>'
            f'<div class="paper-nav"><a>上一篇</a> <a>返回目录</a> <a>下一篇</a></div></div>'
            f'<div class="paper-foot">{paper}社版权所有　未经授权禁止转载</div>')
    head = f'<title>{esc(art["title"])}--{paper}</title><meta name="publishdate" content="{y}-{m}-{d}">'
    return head, body, url


TEMPLATES = {f.__name__: f for f in (yjj_aqsc_jiancha, ybj_zcwd, rmt_gzh_cunqing, shengdangbao_yaowen,
                                      jw_zhaosheng_tongzhi, xianbao_erban_duzhe)}

if __name__ == "__main__":
    refs = write_set(HERE, "pages37", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(f"wrote {len(refs)} pages to {HERE}")
