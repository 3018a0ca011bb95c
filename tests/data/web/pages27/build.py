"""Build the twenty-seventh saved-page set (``pages27``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier
set used, each chosen to be hard for an extractor: an 应急管理局 安全提示 page with numbered
tips under ``一、…`` heads and a closing signature (``yjj_aqts_tips``), a 税务局 news page with
问/答 or 记者/answer turns and a data table (``swj_nsr_qa``), a 县人民医院 公众号 post with a
专家简介 box and a 就诊指南 box (``yiyuan_mp_post``), a 上游新闻-like 客户端 H5 share page with a
原创 label and 打开APP prompts (``shangyou_h5_yuanchuang``), a 政府门户 领导之窗 activity page with
the leader's 简历/分工 box (``ldzc_huodong``), an 央广网-like news page with an audio player and a
transcript of speakers' turns (``cnr_audio_transcript``) and a 区县 e-paper with a PDF版/html版
switch, 本版导航 and a 下转 line (``epaper_pdf_html``). Besides ``T``/``B``/``F`` lines,
``articles.txt`` holds layout-only lines read by :func:`extras`. See README.md.

    python tests/data/web/pages27/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402
from pageset import hm as _hm, hms as _hms, digits as _n, ymd as _ymd  # noqa: E402

ENDS = ("。", "？", "！", "；", "：", "”", "…", "）")
PLACES = {"qijiang": "綦江", "wanzhou": "万州", "jiangbei": "江北", "hechuan": "合川", "dianjiang": "垫江",
          "xiushan": "秀山", "yongchuan": "永川", "liangping": "梁平", "beibei": "北碚", "chengkou": "城口",
          "shizhu": "石柱", "gongxian": "珙县", "tongnan": "潼南", "fengjie": "奉节"}
WEEK = {"2023-04-11": "星期二", "2021-10-22": "星期五"}


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: captions ``C`` ``{n: [text]}``,
    the lists ``S`` ``X`` ``E`` ``P`` ``G`` ``J`` ``R`` ``M`` ``V`` and ``W`` (paragraph indices)."""
    out, cur = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            cur = out.setdefault(line.split()[1], {"C": {}, **{k: [] for k in "SXEPGJRMVW"}})
        elif line.startswith("C "):
            n, text = line[2:].split(" ", 1)
            cur["C"].setdefault(int(n), []).append(text)
        elif line.startswith("W "):
            cur["W"] = [int(x) for x in line[2:].split()]
        elif line[:2] in tuple(f"{k} " for k in "SXEPGJRMV"):
            cur[line[0]].append(line[2:])
    return out


EXTRAS = extras(HERE / "articles.txt")


def _is_head(p: str) -> bool:
    """A subheading: short with no sentence end (一、密切关注天气变化, 防范火灾)."""
    return len(p) <= 30 and not p.endswith(ENDS)


def _rel(rng, others, k, fmt="{t}<span>{d}</span>") -> str:
    return "".join(f'<li><a href="#" target="_blank">{fmt.format(t=esc(t), d=d)}</a></li>' for t, d in rng.sample(others, k))


def _img(rng, y, m) -> str:
    return f"/{y}{m}/W0{y}{m}{_n(rng, 6)}{_n(rng, 6)}.jpg"


def _table(art, rows, attrs='border="1" cellspacing="0" cellpadding="4" width="90%" align="center"') -> str:
    trs = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in art["body"][i].split(" ")) + "</tr>" for i in rows)
    return f'<table {attrs}><tbody>{trs}</tbody></table>'


def _paras(art, one, photo, table=None) -> str:
    """``one(i, p)`` per paragraph, ``photo(caption)`` after paragraph n for each ``C n`` line;
    the ``W`` rows as one table by ``table(rows)`` where the first of them stands."""
    ex = EXTRAS[art["id"]]
    out = []
    for i, p in enumerate(art["body"]):
        if i in ex["W"]:
            if i == ex["W"][0]:
                out.append(table(ex["W"]))
        else:
            out.append(one(i, p))
        out.extend(photo(c) for c in ex["C"].get(i, []))
    return "".join(out)


def _gov_footer(rng, org, prov="渝") -> str:
    return (f'<div class="footer"><p>主办：{org}　承办：{org}办公室</p>'
            f'<p>网站标识码：{_n(rng, 10)}　<a>{prov}ICP备{_n(rng, 8)}号-{rng.randint(1, 9)}</a>　'
            f'<img src="/images/ga.png"><a>{prov}公网安备 {_n(rng, 14)}号</a></p>'
            f'<p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a></p><div class="dzjg"><img src="/images/red.png"></div></div>')


def _gov_metas(art, site, column, source, pub) -> str:
    return (f'<meta name="SiteName" content="{site}"><meta name="ColumnName" content="{column}">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{pub}">'
            f'<meta name="ContentSource" content="{source}">')


# ---------------------------------------------------------------------------------------------
# 1. 应急管理局 安全提示


def yjj_aqts_tips(art, rng, others):
    """An 应急管理局's 安全提示: numbered tips under ``一、…`` heads (r01) or short heads (r02),
    a right-aligned signature and date (r01), a photo (r02), a second 更新时间 (r02)."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    org = f"{place}区应急管理局"
    if art["id"] == "r01":
        url = f"http://www.cqqj.gov.cn/bm/qyjj/zwgk_{_n(rng, 5)}/aqts/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        one = (lambda i, p: f'<p><strong><font face="黑体">{esc(p)}</font></strong></p>' if _is_head(p)
               else f'<p style="text-indent:2em"><font size="3">{esc(p)}</font></p>')
        sig = "".join(f'<p style="text-align:right"><font size="3">{esc(s)}</font></p>' for s in ex["S"])
        body = (f'<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/qjyjj_banner.jpg" width="1002" height="150"></td></tr>'
                f'<tr><td class="nav"><a>首页</a>&nbsp;|&nbsp;<a>机构概况</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>安全生产</a>&nbsp;|&nbsp;<a>防灾减灾</a>&nbsp;|&nbsp;<a>应急救援</a>&nbsp;|&nbsp;<a>安全提示</a></td></tr></table>'
                f'<table width="1002" align="center"><tr><td width="240" valign="top" class="left"><div class="lm">安全提示</div><ul><li><a>通知公告</a></li><li><a>工作动态</a></li><li><a>安全提示</a></li><li><a>应急预案</a></li></ul>'
                f'<div class="tel">值班电话<br>023-48661234</div></td><td valign="top">'
                f'<table width="100%"><tr><td class="wz">您当前的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>安全提示</a></td></tr>'
                f'<tr><td align="center" class="title"><b>{esc(art["title"])}</b></td></tr>'
                f'<tr><td align="center" class="info">发布时间：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;来源：{org}&nbsp;&nbsp;&nbsp;浏览次数：<script language="javascript">document.write("{_n(rng, 3)}");</script>&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td><div class="TRS_Editor">{_paras(art, one, None)}{sig}</div></td></tr>'
                f'<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
                f'<tr><td class="xg"><b>相关信息</b><ul>{_rel(rng, others, 4, "{t}　({d})")}</ul></td></tr></table></td></tr></table>'
                f'<table width="1002" align="center" class="bottom"><tr><td>主办单位：重庆市綦江区人民政府办公室　承办单位：{org}<br>'
                f'网站标识码：500110{_n(rng, 4)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号<br>技术支持：重庆某信息技术有限公司</td></tr></table>')
        head = (f'<title>{esc(art["title"])}-重庆市綦江区人民政府</title>'
                + _gov_metas(art, "重庆市綦江区人民政府", "安全提示", org, f"{y}-{m}-{d} {_hm(rng)}"))
    else:
        url = f"http://www.wz.gov.cn/bmjz/qyjj/bmdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        one = (lambda i, p: f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>' if _is_head(p)
               else f'<p style="text-indent:2em">{esc(p)}</p>')
        photo = (lambda c: f'<p style="text-align:center"><img src="{_img(rng, y, m)}" width="600"></p>'
                 f'<p style="text-align:center;text-indent:0">{esc(c)}</p>')
        info = (f'<div class="info"><span>发布日期：{y}年{m}月{d}日</span><span>更新时间：{ex["V"][0]}</span>'
                f'<span>来源：{org}</span><span>字号：<a>大</a><a>中</a><a>小</a></span><span class="fx">分享到：<a>微信</a><a>微博</a></span></div>')
        body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="重庆市万州区人民政府"></div>'
                f'<div class="search"><input type="text" placeholder="请输入关键字"><a>搜索</a></div></div>'
                f'<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进万州</li></ul></div>'
                f'<div class="w1200"><div class="crumb"><a>首页</a><span>&gt;</span><a>区级部门</a><span>&gt;</span><a>区应急局</a><span>&gt;</span><a>部门动态</a></div>'
                f'<div class="xl_con"><h1 class="tit">{esc(art["title"])}</h1>{info}'
                f'<div class="zw TRS_UEDITOR trs_paper_default">{_paras(art, one, photo)}</div>'
                f'<div class="zrbj">（责任编辑：{rng.choice(REPORTERS)}）</div>'
                f'<div class="dy"><a>【打印】</a><a>【关闭】</a></div></div>'
                f'<div class="xgyd"><h4>相关阅读</h4><ul>{_rel(rng, others, 4)}</ul></div>'
                f'<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div></div>'
                + _gov_footer(rng, "重庆市万州区人民政府办公室"))
        head = (f'<title>{esc(art["title"])}_重庆市万州区人民政府</title>'
                + _gov_metas(art, "重庆市万州区人民政府", "部门动态", org, f"{y}-{m}-{d} {_hm(rng)}"))
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 2. 税务局 news with 问/答 turns


def swj_nsr_qa(art, rng, others):
    """A 区税务局 news page on the provincial 税务局 site: 问：/答： turns with bold 问 (r03, GBK,
    old layout), 纳税人/记者 turns and a data table (r04)."""
    y, m, d = _ymd(art)
    place = PLACES[art["place"]]
    org = f"国家税务总局重庆市{place}区税务局"
    photo = (lambda c: f'<p align="center"><img src="{_img(rng, y, m)}" border="0"></p>'
             f'<p align="center"><font color="#333333">{esc(c)}</font></p>')
    if art["id"] == "r03":
        url = f"https://chongqing.chinatax.gov.cn/cqtax/xwdt/jcdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"

        def one(i, p):
            if p.startswith(("问：", "答：")):
                tag = p[:2]
                inner = f"<b>{tag}</b>{esc(p[2:])}" if tag == "问：" else esc(p)
                return f"<p>　　{inner}</p>"
            return f"<p>　　{esc(p)}</p>"
        body = (f'<div class="top"><div class="w"><span>国家税务总局重庆市税务局</span><span class="r"><a>无障碍</a> | <a>长者模式</a> | <a>English</a></span></div></div>'
                f'<div class="banner"><img src="/images/top.jpg"></div>'
                f'<div class="nav"><a>首页</a><a>信息公开</a><a>新闻动态</a><a>纳税服务</a><a>互动交流</a><a>专题专栏</a></div>'
                f'<div class="w"><div class="position">当前位置：<a>首页</a> &gt; <a>新闻动态</a> &gt; <a>基层动态</a></div>'
                f'<div class="article"><h2 class="title">{esc(art["title"])}</h2>'
                f'<p class="fbt">{y}-{m}-{d} {_hm(rng)}&nbsp;&nbsp;&nbsp;&nbsp;来源：{place}区税务局&nbsp;&nbsp;&nbsp;&nbsp;【<a>大</a> <a>中</a> <a>小</a>】&nbsp;&nbsp;<a>【打印】</a></p>'
                f'<div class="TRS_Editor">{_paras(art, one, photo)}</div>'
                f'<p class="zrbj" align="right">【责任编辑：{rng.choice(REPORTERS)}】</p></div>'
                f'<div class="xgxw"><div class="hd">相关新闻</div><ul>{_rel(rng, others, 5, "{t}<em>{d}</em>")}</ul></div>'
                f'<div class="rx"><img src="/images/12366.png" alt="12366"><p>纳税服务热线：12366</p></div></div>'
                f'<div class="footer"><p>国家税务总局重庆市税务局 版权所有</p><p>地址：重庆市渝北区某某路1号　邮编：401147</p>'
                f'<p>渝ICP备{_n(rng, 8)}号　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号　网站标识码：bm29{_n(rng, 6)}</p></div>')
        head = (f'<title>{esc(art["title"])}_国家税务总局重庆市税务局</title>'
                f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ContentSource" content="{place}区税务局">')
    else:
        url = f"https://chongqing.chinatax.gov.cn/cqtax/xwdt/jcdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"

        def one(i, p):
            if p.startswith("记者："):
                return f'<p style="text-indent:2em"><strong>记者：</strong><strong>{esc(p[3:])}</strong></p>'
            return f'<p style="text-indent:2em">{esc(p)}</p>'
        table = lambda rows: _table(art, rows, 'class="MsoTableGrid" border="1" cellspacing="0" style="border-collapse:collapse;margin:0 auto"')
        body = (f'<div class="header"><div class="logo"><img src="/images/logo.png"><span>国家税务总局重庆市税务局</span></div>'
                f'<div class="menu"><a>首页</a><a>税务要闻</a><a>基层动态</a><a>政策文件</a><a>纳税服务</a></div></div>'
                f'<div class="main"><div class="loc"><a>首页</a>&gt;<a>新闻动态</a>&gt;<a>基层动态</a></div>'
                f'<div class="detail"><div class="detail-title">{esc(art["title"])}</div>'
                f'<div class="detail-info"><span>信息来源：{place}区税务局</span><span>发布时间：{y}/{int(m)}/{int(d)}</span>'
                f'<span>浏览量：<i id="views">{_n(rng, 3)}</i></span></div>'
                f'<div class="detail-con">{_paras(art, one, photo, table)}'
                f'<p style="text-align:right">（供稿：{place}区税务局　{rng.choice(REPORTERS)}）</p></div>'
                f'<div class="share"><span>分享到：</span><a class="wx"></a><a class="wb"></a></div>'
                f'<div class="pn"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[1][0])}</a></p></div></div>'
                f'<div class="tj"><h3>相关推荐</h3><ul>{_rel(rng, others, 4)}</ul></div></div>'
                f'<div class="footer"><p>主办单位：国家税务总局重庆市税务局</p><p>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号　网站标识码：bm29{_n(rng, 6)}</p></div>')
        head = f'<title>{esc(art["title"])}-国家税务总局重庆市税务局</title><meta name="publishdate" content="{y}-{m}-{d}">'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 3. 县人民医院 公众号


def _wx_shell(art, rng, others, acct, content, y, m, d) -> tuple[str, str]:
    """The WeChat article shell around ``content``: 原创 tag, account, ``publish_time``, tags,
    阅读原文/阅读/赞/分享/在看 row, QR, 喜欢此内容的人还喜欢, 留言; ``var publish_time``."""
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKLMNPQRSTabcdefghjkmnpqrst0123456789_-') for _ in range(22))}"
    t = _hm(rng)
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_tag_text">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{esc(acct)}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {t}</em>'
            f'<em id="js_ip_wording_wrp">发表于重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">{content}</div>'
            f'<div id="js_tags" class="article-tag_list"><span>#医院动态</span><span>#健康科普</span></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>赞 {rng.randint(10, 99)}</span><span>分享</span><span>在看 {rng.randint(3, 40)}</span></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode"><p>微信扫一扫<br>关注该公众号</p></div>'
            f'<div class="like_list"><h4>喜欢此内容的人还喜欢</h4>{"".join(f"<p>{esc(t)}</p>" for t, _ in rng.sample(others, 3))}</div>'
            f'<div id="js_cmt_area"><p>留言</p><p>写留言</p></div></div></div></div>'
            f'<script>var ct = "{_n(rng, 2)}"; var publish_time = "{y}-{m}-{d} {t}";</script>')
    return body, url


def yiyuan_mp_post(art, rng, others):
    """A 县人民医院's account post: 点击蓝字 header, ▲ captions, a 专家简介 card (at the end, r05;
    in the middle after the 主任's quote, r06), a 就诊指南 box, credits, WeChat tool row."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    acct = f"{place}县人民医院"
    span = 'style="font-size:15px;letter-spacing:1px;line-height:1.75em;color:#3e3e3e"'
    photo = (lambda c: f'<section style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 9)}/640" style="width:100%"></section>'
             f'<p style="text-align:center"><span style="font-size:12px;color:#888888">{esc(c)}</span></p>')
    lines = "".join(f'<p><span style="font-size:14px">{esc(x)}</span></p>' for x in ex["P"][1:])
    prof = (f'<section style="border:1px solid #1e9fff;border-radius:6px;padding:10px;margin:15px 0">'
            f'<section style="background:#1e9fff;color:#fff;display:inline-block;padding:2px 12px"><strong>{esc(ex["P"][0])}</strong></section>'
            f'<section style="display:flex"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_n(rng, 9)}/640" style="width:30%">'
            f'<section>{lines}</section></section></section>')
    guide = (f'<section style="background:#f2f8ff;padding:12px;margin-top:20px"><p style="text-align:center"><strong><span style="color:#1e9fff">{esc(ex["G"][0])}</span></strong></p>'
             + "".join(f'<p><span style="font-size:13px">{esc(x)}</span></p>' for x in ex["G"][1:]) + '</section>')
    credit = f'<p style="text-align:right"><span style="font-size:12px;color:#999">{esc(ex["R"][0])}</span></p>'
    top = ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/gzdx/640?wx_fmt=gif"></p>'
           '<p style="text-align:center"><span style="font-size:12px;color:#1e9fff">点击蓝字 关注我们</span></p>')
    # r06: the 专家简介 card interrupts the text after the 主任's quote (paragraph 5)
    one = lambda i, p: ((prof if art["id"] == "r06" and i == 6 else "")
                        + f'<p style="text-indent:2em;margin-bottom:10px"><span {span}>{esc(p)}</span></p>')
    if art["id"] == "r05":
        content = top + _paras(art, one, photo) + credit + prof + guide
    else:
        content = top + _paras(art, one, photo) + guide + credit
    content += ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/end/640"></p>'
                f'<p style="text-align:center"><span style="font-size:12px">长按二维码关注{esc(acct)}</span></p>')
    body, url = _wx_shell(art, rng, others, acct, content, y, m, d)
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:type" content="article"><meta name="description" content="{esc(art["body"][0][:40])}">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 4. 上游新闻-like 客户端 H5


def shangyou_h5_yuanchuang(art, rng, others):
    """An app's H5 share page: 打开APP bars, a 原创 label (in the info line, r07; inside the
    ``h1``, r08), a byline above the text, the date without a year (r07) or with an 更新于 (r08),
    原创 notice, 热门推荐 with comment counts, comments."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    url = f"https://www.cqcb.com/shangyou_h5/{y}-{m}-{d}/{_n(rng, 7)}_pc.html"
    one = lambda i, p: f'<p>{esc(p)}</p>'
    photo = (lambda c: f'<div class="img-box"><img src="https://img.cqcb.com/{y}{m}{d}/{_n(rng, 8)}.jpg"><p class="img-desc">{esc(c)}</p></div>')
    hot = "".join(f'<li><a><p class="t">{esc(t)}</p><p class="s"><span>上游新闻</span><span>{rng.randint(1, 99)}评</span></p></a></li>' for t, _ in rng.sample(others, 4))
    cmts = "".join(f'<div class="cmt"><span class="nick">{u}</span><span class="loc">{loc}</span><p>{c}</p></div>'
                   for u, loc, c in (("上游网友3527", "重庆", "点赞！"), ("山城小雨", "四川", "家乡越来越好了。")))
    if art["id"] == "r07":
        info = (f'<div class="info"><span class="yc">原创</span><span class="src">上游新闻</span>'
                f'<span class="time">{m}-{d} {_hm(rng)}</span></div>')
        h1 = f'<h1 class="title">{esc(art["title"])}</h1>'
        head = (f'<title>{esc(art["title"])}</title><meta name="publishdate" content="{y}-{m}-{d}">'
                f'<meta property="og:site_name" content="上游新闻">')
    else:
        info = (f'<div class="info">来源：上游新闻 | {y}年{m}月{d}日 {_hm(rng)} | 更新于 {ex["V"][0]}</div>')
        h1 = f'<h1 class="title"><span class="tag-yc">原创</span>{esc(art["title"])}</h1>'
        head = f'<title>{esc(art["title"])}-上游新闻 汇聚向上的力量</title>'
    body = (f'<div class="open-app-bar"><img src="/static/logo_sy.png"><span>上游新闻</span><span>汇聚向上的力量</span><a class="btn">打开APP</a></div>'
            f'<div class="article-box">{h1}{info}'
            f'<div class="author">{esc(ex["R"][0])}</div>'
            f'<div class="bt_content">{_paras(art, one, photo)}</div>'
            f'<div class="editor">责编：{rng.choice(REPORTERS)}</div>'
            f'<div class="copyright">原创稿件，未经授权不得转载，违者必究。</div>'
            f'<div class="btns"><a class="zan">赞 {rng.randint(10, 300)}</a><a class="fx">分享</a></div>'
            f'<a class="open-btn">打开上游新闻APP，查看更多精彩内容</a></div>'
            f'<div class="hot"><h3>热门推荐</h3><ul>{hot}</ul></div>'
            f'<div class="cmt-box"><h3>评论（{rng.randint(2, 50)}）</h3>{cmts}<a class="more">打开APP查看更多评论</a></div>'
            f'<div class="foot">重庆商报·上游新闻 版权所有 渝ICP备{_n(rng, 8)}号</div>')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 5. 政府门户 领导之窗


def ldzc_huodong(art, rng, others):
    """A portal's 领导之窗 activity page: the leader's photo with 职务/简历/分工 in a box, tabs,
    the activity report with ``一要…`` items; the date in the info line (r09) or only in the meta
    tags and the URL (r10)."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    one = lambda i, p: f'<p style="text-indent:2em;line-height:2em">{esc(p)}</p>'
    if art["id"] == "r09":
        site = f"重庆市{place}区人民政府"
        url = f"http://www.beibei.gov.cn/zwxx_209/ldzc/qz/ldhd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        prof = (f'<div class="ld-box"><div class="ld-pic"><img src="/ldzc/images/qz.jpg"></div>'
                f'<div class="ld-txt"><h3>{esc(ex["P"][0])}</h3><p class="zw">{esc(ex["P"][1])}</p>'
                + "".join(f"<p>{esc(x)}</p>" for x in ex["P"][2:]) + '</div></div>')
        body = (f'<div class="head"><img src="/images/logo.png" alt="{site}"><div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进{place}</a></div></div>'
                f'<div class="main"><div class="crumb">当前位置：<a>首页</a> &gt; <a>领导之窗</a> &gt; <a>区长</a> &gt; <a>领导活动</a></div>'
                f'<div class="left">{prof}<ul class="ld-menu"><li class="on">领导活动</li><li>讲话文章</li><li>领导简历</li></ul></div>'
                f'<div class="right"><div class="article"><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span>时间：{y}-{m}-{d}</span>&nbsp;&nbsp;<span>来源：区政府办公室</span>&nbsp;&nbsp;'
                f'<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
                f'<div class="TRS_Editor">{_paras(art, one, None)}</div>'
                f'<div class="print"><a>【打印本页】</a> <a>【关闭窗口】</a></div></div>'
                f'<div class="more-hd"><h4>领导活动</h4><ul>{_rel(rng, others, 5, "{t}<span>[{d}]</span>")}</ul></div></div></div>'
                + _gov_footer(rng, f"重庆市{place}区人民政府办公室"))
    else:
        site = f"{place}县人民政府"
        url = f"http://www.cqck.gov.cn/ldzc/xz/ldhd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        prof = (f'<table class="ldjj" width="100%"><tr><td rowspan="3" width="150"><img src="/ldzc/xz.jpg" width="130"></td>'
                f'<td class="name">{esc(ex["P"][0])}</td></tr><tr><td>{esc(ex["P"][1])}</td></tr><tr><td>{esc(ex["P"][2])}</td></tr>'
                f'<tr><td colspan="2" align="right"><a>更多&gt;&gt;</a></td></tr></table>')
        leaders = "".join(f"<li><a>{n}</a></li>" for n in ("县长", "常务副县长", "副县长", "副县长", "副县长"))
        body = (f'<table width="1000" align="center"><tr><td><img src="/images/top_banner.jpg"></td></tr></table>'
                f'<table width="1000" align="center"><tr><td width="220" valign="top"><div class="ldzc">领导之窗</div><ul>{leaders}</ul></td>'
                f'<td valign="top"><div class="wz">您现在的位置：首页 &gt;&gt; 领导之窗 &gt;&gt; 县长 &gt;&gt; 工作动态</div>{prof}'
                f'<div class="bt">{esc(art["title"])}</div>'
                f'<div class="ly">来源：{site}办公室&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">{_n(rng, 3)}</span>&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<div class="con">{_paras(art, one, None)}</div>'
                f'<div class="fx">分享到：<a>微信</a> <a>微博</a>　<a>【打印】</a> <a>【关闭】</a></div></td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td>主办：{site}办公室　网站标识码：500229{_n(rng, 4)}<br>'
                f'渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号　建议使用1280×800分辨率浏览</td></tr></table>')
    head = (f'<title>{esc(art["title"])}-{site}</title>'
            + _gov_metas(art, site, "领导活动", f"{site}办公室", f"{y}-{m}-{d} {_hms(rng)}"))
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 6. 央广网-like news page with audio


def cnr_audio_transcript(art, rng, others):
    """A national broadcaster's news page: audio player above the text, the lead's
    ``央广网X月X日消息（记者…）`` formula, speakers' turns (``种植户谭大姐：…``), a photo,
    an 编辑 line, 热门推荐, licence footer; desktop (r11) or mobile (r12)."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    url = f"https://{'china' if art['id'] == 'r11' else 'm'}.cnr.cn/{'news' if art['id'] == 'r11' else 'jdt'}/{y}{m}{d}/t{y}{m}{d}_{_n(rng, 9)}.shtml"
    one = lambda i, p: f'<p>　　{esc(p)}</p>'
    photo = (lambda c: f'<p style="text-align: center;"><img src="https://img.cnr.cn/{y}{m}/{_n(rng, 10)}.jpg"></p>'
             f'<p style="text-align: center;">{esc(c)}</p>')
    dur = f"0{rng.randint(1, 4)}:{rng.randint(10, 59)}"
    if art["id"] == "r11":
        body = (f'<div class="top"><a>央广网</a><span>中央广播电视总台主办</span><a>登录</a></div>'
                f'<div class="nav"><a>首页</a><a>新闻</a><a>财经</a><a>军事</a><a>文旅</a><a>健康</a><a>三农</a><a>地方</a><a>云听</a></div>'
                f'<div class="subNav">央广网 &gt; 新闻 &gt; 地方新闻</div>'
                f'<div class="article-header"><h1>{esc(art["title"])}</h1>'
                f'<div class="source"><span>{y}-{m}-{d} {_hms(rng)}</span><span>来源：央广网</span></div></div>'
                f'<div class="audio-box"><audio src="https://mp3.cnr.cn/{y}{m}/{_n(rng, 8)}.mp3"></audio><span class="play">点击收听</span>'
                f'<span class="time">00:00/{dur}</span></div>'
                f'<div class="article-content"><div class="TRS_Editor">{_paras(art, one, photo)}</div></div>'
                f'<div class="editor">{esc(ex["R"][0])}</div>'
                f'<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
                f'<div class="wx-code"><img src="/images/cnr_wx.png"><p>央广网官方微信</p></div>'
                f'<div class="rmtj"><h3>热门推荐</h3><ul>{_rel(rng, others, 5, "{t}")}</ul></div>'
                f'<div class="footer"><p>央广网版权所有　未经书面授权禁止复制或建立镜像</p>'
                f'<p>互联网新闻信息服务许可证{_n(rng, 11)}　信息网络传播视听节目许可证0102004　京ICP证{_n(rng, 6)}号</p>'
                f'<p>京公网安备{_n(rng, 14)}号　违法和不良信息举报电话：010-{_n(rng, 8)}</p></div>')
        head = f'<title>{esc(art["title"])}_央广网</title><meta name="publishdate" content="{y}-{m}-{d}">'
    else:
        body = (f'<div class="m-top"><img src="/m/logo.png"><a>下载云听客户端</a></div>'
                f'<div class="m-article"><h2 class="m-title">{esc(art["title"])}</h2>'
                f'<p class="m-info">{y}年{m}月{d}日 {_hm(rng)}&nbsp;&nbsp;来源：央广网&nbsp;&nbsp;作者：{esc(art["body"][0].split("（记者")[1].split("）")[0])}</p>'
                f'<div class="m-audio"><i class="icon-play"></i><span>收听全文</span><em>{dur}</em></div>'
                f'<div class="m-con">{_paras(art, one, photo)}</div>'
                f'<p class="m-editor" style="text-align:right">{esc(ex["R"][0])}</p></div>'
                f'<div class="m-more"><h4>更多精彩</h4><ul>{_rel(rng, others, 4, "{t}<em>{d}</em>")}</ul></div>'
                f'<div class="m-foot">央广网 版权所有<br>打开央广网客户端，阅读体验更佳</div>')
        head = f'<title>{esc(art["title"])}_央广网</title>'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 7. 区县 e-paper with PDF版/html版 switch


def epaper_pdf_html(art, rng, others):
    """A 区县 paper's e-paper article page: PDF版/html版 switch, 版次 list, 上一版/下一版, 本版导航
    (this title among others), an 编者按 box (r13), the byline, the text as ``<br>``-joined
    ``　　`` lines in one ``div`` (r13, GBK) or ``<p>`` with a photo (r14), a 下转 line, 上一篇/下一篇."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    paper = f"{place}日报" if art["id"] == "r13" else f"{place}报"
    url = f"http://epaper.{art['place']}.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    nav = [art["title"]] + [t for t, _ in rng.sample(others, 3)]
    rng.shuffle(nav)
    banci = "".join(f'<li><a>第0{k}版：{n}</a></li>' for k, n in enumerate(("要闻", "综合", "经济", "文化"), 1))
    top = (f'<div class="ep-top"><span class="pname">{paper}</span><span class="pdate">{y}年{m}月{d}日　{WEEK[art["date"]]}</span>'
           f'<span class="switch"><a class="on">html版</a> | <a>PDF版</a></span><a>往期回顾</a></div>'
           f'<div class="ep-left"><div class="bc"><a>上一版</a><select><option>第01版：要闻</option></select><a>下一版</a></div>'
           f'<div class="pageimg"><img src="/images/{y}-{m}/{d}/01/{_n(rng, 6)}_b.jpg" usemap="#PagePicMap"></div>'
           f'<ul class="banci">{banci}</ul></div>')
    bbdh = "".join(f'<li><a>{esc(t)}</a></li>' for t in nav)
    if art["id"] == "r13":
        text = "<br>".join(f"　　{esc(p)}" for p in art["body"]) + f"<br>　　{esc(ex['J'][0])}"
        body = (top + f'<div class="ep-right"><div class="bbdh"><h4>本版导航</h4><ul>{bbdh}</ul></div>'
                f'<div class="art"><h1>{esc(art["title"])}</h1><p class="zz">{esc(ex["R"][0])}</p>'
                f'<div class="bza" style="border:1px dashed #999;padding:8px">{esc(ex["E"][0])}</div>'
                f'<div id="ozoom" style="font-size:14px"><founder-content>{text}</founder-content></div>'
                f'<div class="pn"><a>上一篇</a> <a>返回目录</a> <a>下一篇</a></div></div></div>'
                f'<div class="ep-foot">{paper}社版权所有　未经书面授权不得转载、摘编<br>地址：{place}区某某路8号　电话：023-{_n(rng, 8)}</div>')
        head = f'<title>{paper}数字报-{esc(art["title"])}</title>'
    else:
        one = lambda i, p: f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>'
        photo = (lambda c: f'<table align="center"><tr><td><img src="/images/{y}-{m}/{d}/03/{_n(rng, 6)}.jpg"></td></tr>'
                 f'<tr><td class="pic-t">{esc(c)}</td></tr></table>')
        body = (top + f'<div class="ep-right"><div class="art"><h4 class="yt">金秋时节</h4><h1>{esc(art["title"])}</h1>'
                f'<p class="zz">{esc(ex["R"][0])}</p>'
                f'<div class="content">{_paras(art, one, photo)}</div>'
                f'<div class="pn"><span>上一篇：<a>{esc(others[2][0])}</a></span><span>下一篇：<a>{esc(others[3][0])}</a></span></div></div>'
                f'<div class="bbdh"><h4>本版导航</h4><ul>{bbdh}</ul></div></div>'
                f'<div class="ep-foot">Copyright © {paper}社 版权所有　渝ICP备{_n(rng, 8)}号</div>')
        head = f'<title>{esc(art["title"])}--{paper}</title><meta name="description" content="{paper}电子版">'
    return head, body, url


TEMPLATES = {"yjj_aqts_tips": yjj_aqts_tips, "swj_nsr_qa": swj_nsr_qa, "yiyuan_mp_post": yiyuan_mp_post,
             "shangyou_h5_yuanchuang": shangyou_h5_yuanchuang, "ldzc_huodong": ldzc_huodong,
             "cnr_audio_transcript": cnr_audio_transcript, "epaper_pdf_html": epaper_pdf_html}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages27", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
