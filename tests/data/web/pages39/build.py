"""Build the thirty-ninth saved-page set (``pages39``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 生态环境局 portal 执法 通报 with cases and a
news page with bold 突出…，… heads (``sthjj_zhifa_tongbao``), a 县/区 农业农村委 公众号 技术指导 post
with a 小贴士 box (``nyw_mp_jszd``), a 区 政府网 图片新闻 page with a gallery viewer
(``zfw_tupian_gallery``), a 区 人大 公众号 代表风采 post with an 编者按 and a 代表名片
(``rd_mp_dbfc``), a 新华网-like 专题 article with 专题导航 and 相关专题 (``xhw_zhuanti_dh``), a 区
税务局 portal 政策解读 with 问/答 turns or a table (``swj_zcjd_wenda``) and a 区报 e-paper 要闻版 with
a 下转 line and a second report (``xianbao_yaowen_xiazhuan``). Besides ``T``/``B``/``F`` lines,
``articles.txt`` holds layout-only lines read by :func:`extras`. See README.md.

    python tests/data/web/pages39/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import hm as _hm, hms as _hms, digits as _n, epoch as _epoch, weekday as _week, ymd as _ymd  # noqa: E402

LISTS = "XSJERKPLY"


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: captions ``C`` ``{n: [text]}``,
    the box anchor ``A`` (an int, None when absent), table rows ``W`` (paragraph indices) and the
    text lists of :data:`LISTS` (box, signature, attachment/jump line, editor's note, credit,
    kicker, card, dateline, second report)."""
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
    """A subheading: short or a 一、… line, no sentence end (一、适时收获油菜, 社区里的“百事通”)."""
    return ((len(p) <= 26 or p[1:2] == "、") and "：" not in p
            and not p.endswith(("。", "？", "！", "；", "：", "）", "，")))


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
                out.append('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="90%" align="center">'
                           + "".join("<tr>" + "".join(f'<td valign="center"><p align="center">{esc(c)}</p></td>' for c in r.split(" ", 2)) + "</tr>" for r in rows)
                           + "</table>")
                rows = []
        else:
            out.append(one(i, p))
        if photo and i in ex["C"]:
            out.append(photo(ex["C"][i]))
        if box and ex["A"] == i:
            out.append(box)
    return "".join(out)


def _gov_footer(rng, org, host, prov="渝") -> str:
    return (f'<div class="footer"><div class="wrap"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">网站声明</a></p>'
            f'<p>主办单位：{org}　技术支持：{host}</p>'
            f'<p><a href="https://beian.miit.gov.cn">{prov}ICP备{_n(rng, 8)}号</a>　<img src="/images/ga.png">{prov}公网安备 {_n(rng, 14)}号　网站标识码：50011{_n(rng, 5)}</p>'
            f'<p><img src="/images/jiucuo.png" alt="政府网站找错">　<img src="/images/dzjg.png" alt="党政机关"></p></div></div>')


def _wechat(art, rng, acct, content, *, t=None, date_shape="{y}-{m}-{d} {t}", ip="重庆") -> tuple[str, str]:
    """WeChat's shell around ``content``: title, account, ``publish_time`` in ``date_shape``,
    the 阅读原文/赞/分享/在看 row, QR and the ``var ct`` stamp; gives ``(body, url)``."""
    y, m, d = _ymd(art)
    t = t or _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKLMNabcdefghijkmnpqrstuvwxyz0123456789_-') for _ in range(22))}"
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title " id="activity-name">\n              {esc(art["title"])}\n            </h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">\n                {esc(acct)}\n              </a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{date_shape.format(y=y, m=m, d=d, t=t)}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta_area">发表于{ip}</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">{content}</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source" href="#">阅读原文</a>'
            f'<div class="media_tool_meta">阅读 <span id="readNum3">{rng.randint(400, 9000)}</span></div>'
            f'<span class="like_btn">赞 {rng.randint(3, 120)}</span><span class="share_btn">分享</span>'
            f'<span class="like_btn">在看 {rng.randint(1, 40)}</span><span>写留言</span></div>'
            f'<div class="qr_code_pc"><img class="qr_code_pc_img" src="/mp/qrcode?scene=10000004&amp;size=102"><p>微信扫一扫<br>关注该公众号</p></div>'
            f'</div></div></div><script>var ct = "{_epoch(art, t)}"; var nickname = "{acct}"; var msg_title = "{esc(art["title"])}";</script>')
    return body, url


# ---------------------------------------------------------------------------------------------
# 1. 生态环境局 执法通报 / 执法行动


def sthjj_zhifa_tongbao(art, rng, others):
    """p01: a 生态环境局 通报 on an old table-layout portal in GBK: a 信息公开 grid (not body)
    above the title, 发布日期 with 【字体：大 中 小】, bold 一、…案 heads, a signature and date (not
    body, GB/T 9704), 打印本页 关闭窗口. p02: a news page on a newer portal, adjacent spans with
    no whitespace (发布时间…来源…浏览次数 by ``document.write``), a 更新时间 line, bold 突出…，…
    heads, a one-line paragraph, a reporter line after the text and 相关阅读 with dates."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    if art["id"] == "p01":
        def one(i, p):
            if _is_head(p):
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
            return f'<p>　　{esc(p)}</p>'
        grid = ('<table class="xxgk_table" width="100%" border="0" cellspacing="1" bgcolor="#cccccc">'
                + "".join(f'<tr><td bgcolor="#f5f5f5" width="20%">{esc(x.split("：")[0])}：</td><td bgcolor="#ffffff">{esc(x.split("：", 1)[1])}</td></tr>'
                          for x in ex["X"][1:]) + "</table>")
        sig = "".join(f'<p align="right">{esc(s)}</p>' for s in ex["S"])
        body = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner_sthjj.jpg" width="1000" height="120"></td></tr>'
                '<tr><td class="nav"><a href="#">首页</a>|<a href="#">机构概况</a>|<a href="#">政务公开</a>|<a href="#">环境质量</a>|<a href="#">执法监督</a>|<a href="#">互动交流</a></td></tr>'
                '<tr><td class="weizhi">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">执法监督</a> &gt;&gt; <a href="#">执法通报</a></td></tr>'
                f'<tr><td>{grid}</td></tr>'
                f'<tr><td align="center" class="bt_title"><font size="4" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="bt_time">发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;来源：巴南区生态环境局&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>'
                f'<tr><td class="bt_content"><div class="TRS_Editor">{_paras(art, one)}{sig}</div></td></tr>'
                '<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
                f'<tr><td>{_gov_footer(rng, "重庆市巴南区生态环境局", "巴南区大数据中心")}</td></tr></table>')
        head = (f'<title>{esc(art["title"])}-巴南区生态环境局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="巴南区生态环境局">')
        return head, body, f"http://www.cqbn.gov.cn/bmjz/qsthjj/zfjd/zftb/202208/t{y}{m}{d}_{_n(rng, 8)}.html"

    def one(i, p):
        if _is_head(p):
            return f'<p style="text-indent:2em;"><strong><span style="font-family:黑体">{esc(p)}</span></strong></p>'
        return f'<p style="text-indent:2em;">{esc(p)}</p>'
    t = _hms(rng)
    body = ('<div class="header"><div class="logo"><img src="/images/logo.png" alt="重庆市长寿区人民政府"></div>'
            '<ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进长寿</li></ul></div>'
            '<div class="location">您当前的位置：<a href="#">首页</a>&gt;<a href="#">部门动态</a>&gt;<a href="#">区生态环境局</a></div>'
            f'<div class="article"><div class="tit"><h1>{esc(art["title"])}</h1></div>'
            f'<div class="info"><span>发布时间：{y}-{m}-{d} {t}</span><span>来源：长寿区生态环境局</span>'
            f'<span>浏览次数：<script>document.write("{rng.randint(200, 3000)}")</script></span>'
            '<span class="fontsize">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>'
            f'<div class="xl_con" id="zoom"><div class="TRS_Editor">{_paras(art, one)}'
            f'<p style="text-align:right">{esc(ex["R"][0])}</p></div></div>'
            f'<div class="gxsj">更新时间：{y}-{m}-{int(d) + 1:02d} 09:30</div>'
            '<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>'
            f'<div class="xgyd"><h3>相关阅读</h3><ul>{_rel(rng, others, 4, fmt="{t}<span>[{d}]</span>")}</ul></div></div>'
            + _gov_footer(rng, "重庆市长寿区人民政府办公室", "长寿区大数据发展局"))
    head = (f'<title>{esc(art["title"])}_部门动态_重庆市长寿区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t[:5]}"><meta name="ColumnName" content="部门动态">')
    return head, body, f"http://www.cqcs.gov.cn/bm/sthjj/dt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


# ---------------------------------------------------------------------------------------------
# 2. 农业农村委 公众号 技术指导


def nyw_mp_jszd(art, rng, others):
    """p03: a 农业农村委 account's 技术指导 post: 一、… heads in coloured sections, one-sentence
    paragraphs, a 小贴士 box and 来源/编辑/审核 credits after the text. p04: a kicker section above
    the text (not body), 记者：/向明德： turns, a photo with caption, a 小贴士 box, 往期推荐."""
    ex = EXTRAS[art["id"]]
    col = "#2e8b57"
    box = ('<section style="margin:20px 8px;border:1px solid #9cd3a8;border-radius:6px;background:#f3fbf5;padding:12px">'
           f'<section style="display:inline-block;background:{col};color:#fff;padding:2px 10px;border-radius:4px"><strong>{esc(ex["X"][0])}</strong></section>'
           + "".join(f'<p><span style="font-size:14px;color:#555">{esc(x)}</span></p>' for x in ex["X"][1:]) + "</section>")

    def photo(caps):
        return (f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 10)}/640?wx_fmt=jpeg" style="width:100%"></p>'
                + "".join(f'<p style="text-align:center"><span style="font-size:12px;color:#888">{esc(c)}</span></p>' for c in caps))
    if art["id"] == "p03":
        def one(i, p):
            if _is_head(p):
                return (f'<section style="margin:16px 0 8px;border-left:4px solid {col};padding-left:8px">'
                        f'<p><strong><span style="color:{col};font-size:16px">{esc(p)}</span></strong></p></section>')
            return f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>'
        content = (_paras(art, one) + box
                   + "".join(f'<p style="text-align:right"><span style="font-size:12px;color:#999">{esc(r)}</span></p>' for r in ex["R"]))
        body, url = _wechat(art, rng, "酉阳农业农村", content, date_shape="{y}年{m}月{d}日 {t}")
    else:
        def one(i, p):
            if p.startswith("记者："):
                return f'<p><strong><span style="color:{col}">记者：</span>{esc(p[3:])}</strong></p>'
            if p.startswith("向明德："):
                return f'<p><span style="color:{col}"><strong>向明德：</strong></span>{esc(p[4:])}</p>'
            return f'<p><span style="font-size:15px">{esc(p)}</span></p>'
        content = (f'<section style="text-align:center;background:{col};color:#fff;padding:8px"><p><strong>{esc(ex["K"][0])}</strong></p></section>'
                   f'<p><br></p>{_paras(art, one, photo)}{box}'
                   '<section><p><strong>往期推荐</strong></p>'
                   + "".join(f'<p><a href="#"><span style="font-size:14px">{esc(t)}</span></a></p>' for t, _ in rng.sample(others, 3))
                   + '</section><p style="text-align:center"><span style="font-size:12px">长按识别二维码　关注开州农业</span></p>')
        body, url = _wechat(art, rng, "开州农业农村", content)
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 3. 政府网 图片新闻


def zfw_tupian_gallery(art, rng, others):
    """p05: a 区 政府网 图片新闻 page in GBK: date as ``2021/10/22`` in the info line, photos with
    centred 图为…（记者 X 摄） captions inside the text, a gallery viewer with ``1/3``, thumbnails
    whose ``alt`` repeats the captions, 上一篇/下一篇 and a footer."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    shots = [c for i in sorted(ex["C"]) for c in ex["C"][i]]

    def photo(caps):
        return ('<p style="text-align:center"><img src="/images/2021-10/' + str(_n(rng, 12)) + '.jpg" border="0"></p>'
                + "".join(f'<p style="text-align:center"><font color="#0000ff">{esc(c)}（记者　唐　勇　摄）</font></p>' for c in caps))
    one = lambda i, p: f'<p>　　{esc(p)}</p>'  # noqa: E731
    viewer = ('<div class="pic_viewer"><div class="big"><img src="/images/2021-10/big.jpg"></div>'
              f'<div class="ctrl"><a class="prev">上一张</a><span class="num">1/{len(shots)}</span><a class="next">下一张</a></div>'
              '<ul class="thumbs">' + "".join(f'<li><img src="/images/t{k}.jpg" alt="{esc(c)}"></li>' for k, c in enumerate(shots)) + '</ul></div>')
    body = ('<div class="top"><span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span><a href="#">无障碍</a> <a href="#">长者模式</a></div>'
            '<div class="head"><img src="/images/tl_logo.png" alt="重庆市铜梁区人民政府"></div>'
            '<div class="dqwz">当前位置：首页 &gt; 新闻中心 &gt; 图片新闻</div>'
            f'<div class="con"><div class="con_t">{esc(art["title"])}</div>'
            f'<div class="con_s">{y}/{int(m)}/{int(d)}&nbsp;&nbsp;&nbsp;来源：铜梁区融媒体中心&nbsp;&nbsp;&nbsp;点击：{rng.randint(300, 4000)}</div>'
            f'{viewer}<div class="zw">{_paras(art, one, photo)}</div>'
            f'<div class="bj">【责任编辑：陈　亮】</div>'
            f'<div class="sxp"><p>上一篇：<a href="#">{esc(others[0][0])}</a></p><p>下一篇：<a href="#">{esc(others[1][0])}</a></p></div></div>'
            + _gov_footer(rng, "重庆市铜梁区人民政府办公室", "铜梁区大数据应用发展管理局"))
    head = (f'<title>{esc(art["title"])} - 重庆市铜梁区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    return head, body, f"http://www.cqstl.gov.cn/zwxx_208/tpxw/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"


# ---------------------------------------------------------------------------------------------
# 4. 人大 公众号 代表风采


def rd_mp_dbfc(art, rng, others):
    """p06: a 区 人大 account's 代表风采 post: an 编者按 section above the text (not body), short
    subheads in ribbons, a quoted slogan paragraph, a 代表名片 card after paragraph A, 供稿/编辑/审核
    credits. p07: a 代表名片 card after paragraph A, a photo and caption, 记者：/田茂林： turns."""
    ex = EXTRAS[art["id"]]
    red = "#c00000"
    card = ('<section style="margin:16px 0;padding:12px;border:2px solid #e8b4b4;background:#fff6f4">'
            f'<p style="text-align:center"><strong><span style="color:{red}">{esc(ex["P"][0])}</span></strong></p>'
            + "".join(f'<p><span style="font-size:14px">{esc(x)}</span></p>' for x in ex["P"][1:]) + "</section>")

    def photo(caps):
        return (f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 10)}/640?wx_fmt=jpeg"></p>'
                + "".join(f'<p style="text-align:center"><span style="font-size:12px;color:#7f7f7f">▲{esc(c)}</span></p>' for c in caps))

    def one(i, p):
        if _is_head(p) and i > 0:
            return (f'<section style="text-align:center;margin:18px 0"><section style="display:inline-block;background:{red};color:#fff;padding:4px 16px">'
                    f'<p><strong>{esc(p)}</strong></p></section></section>')
        if p.startswith(("记者：", "田茂林：")):
            who, rest = p.split("：", 1)
            return f'<p><strong><span style="color:{red}">{esc(who)}：</span></strong>{esc(rest)}</p>'
        return f'<p style="text-indent:2em"><span style="font-size:15px;letter-spacing:1px">{esc(p)}</span></p>'
    if art["id"] == "p06":
        content = (f'<section style="background:#f7f7f7;padding:10px;margin-bottom:12px"><p><span style="font-size:14px;color:#666">{esc(ex["E"][0])}</span></p></section>'
                   + _paras(art, one, photo, card)
                   + "".join(f'<p style="text-align:right"><span style="font-size:12px;color:#999">{esc(r)}</span></p>' for r in ex["R"]))
        body, url = _wechat(art, rng, "大渡口人大", content, date_shape="{y}-{m}-{d} {t}")
    else:
        content = (f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_n(rng, 10)}/640?wx_fmt=gif"></p>'
                   + _paras(art, one, photo, card)
                   + '<p style="text-align:center"><span style="font-size:12px;color:#999">来源：黔江区人大常委会研究室</span></p>'
                   + '<p style="text-align:center"><span style="font-size:12px">点击“在看”　分享给更多人</span></p>')
        body, url = _wechat(art, rng, "黔江人大", content, date_shape="{y}年{m}月{d}日 {t}")
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 5. 新华网 专题 article


def xhw_zhuanti_dh(art, rng, others):
    """p08: a 新华网-like 专题 article: a 专题 banner (the kicker, not body) and 专题导航 tabs above
    the headline, ``2022-09-14 hh:mm:ss`` and 来源, the 新华社…电（记者 …） dateline running into
    the first ``　　`` paragraph (not body), 【纠错】【责任编辑】, 相关专题 and 相关新闻 with dates.
    p09: the same design with NO visible date (``publishdate`` meta and the URL's ``/20230605/``;
    the text names 6月5日), a numbered list of measures in the text, a 责任编辑 line."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    paras = []
    for i, p in enumerate(art["body"]):
        lead = f'{esc(ex["L"][0])}　' if i == 0 and ex["L"] else ""
        paras.append(f'<p>　　{lead}{esc(p)}</p>')
    info = (f'<div class="info"><span class="h-time">{y}-{m}-{d} {_hms(rng)}</span>　<span>来源：新华网</span></div>'
            if art["id"] == "p08" else '<div class="info"><span>来源：新华网</span></div>')
    zt = "".join(f'<li><a href="#">{x}</a></li>' for x in ("首页", "最新报道", "地方实践", "评论", "图片", "视频"))
    body = ('<div class="topbar"><a href="#">新华网</a> | <a href="#">新华社</a> | <a href="#">客户端</a> <span class="login">登录</span></div>'
            f'<div class="zt_banner"><img src="/zt/banner.jpg" alt="{esc(ex["K"][0])}"><h2>{esc(ex["K"][0])}</h2></div>'
            f'<div class="zt_nav"><ul>{zt}</ul></div>'
            f'<div class="main"><div class="crumb">专题首页 &gt; 地方实践 &gt; 正文</div><div class="h-title"><h1>{esc(art["title"])}</h1></div>{info}'
            '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a>　字体：<a>大</a><a>中</a><a>小</a></div>'
            f'<div id="detail" class="main-aticle">{"".join(paras)}</div>'
            f'<div class="editor">{esc(ex["R"][0])}</div>'
            '<div class="xgzt"><h3>相关专题</h3><ul><li><a href="#"><img src="/zt/1.jpg">美丽中国　绿色发展</a></li><li><a href="#"><img src="/zt/2.jpg">推动长江经济带高质量发展</a></li></ul></div>'
            f'<div class="xgxw"><h3>相关新闻</h3><ul>{_rel(rng, others, 4, fmt="{t}　<span>{d}</span>")}</ul></div></div>'
            '<div class="foot"><p>Copyright © 2000-2024 XINHUANET.com　All Rights Reserved.</p><p>版权所有　新华网　未经许可不得转载</p></div>')
    head = (f'<title>{esc(art["title"])}-新华网</title><meta name="keywords" content="{esc(ex["K"][0])}">'
            f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="description" content="{esc(art["body"][0][:40])}">')
    return head, body, f"http://www.news.cn/zt/{y}{m}{d}/{_n(rng, 8):x}/c.html"


# ---------------------------------------------------------------------------------------------
# 6. 税务局 政策解读


def swj_zcjd_wenda(art, rng, others):
    """p10: a 区 税务局 portal's 政策解读 in GBK: 发布时间 ``2023年02月10日``, ``<strong>问：</strong>``
    and 答： turns in ``<font>``, a 相关链接 box, a signature and date (not body), 打印/关闭.
    p11: a 政策解读 page with ``2024/1/17`` and 更新时间, 一、… heads, a table of the new standards
    (its rows body, cells by single spaces), 问：/答： turns, a 温馨提醒 paragraph (body) and a 来源
    line."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    if art["id"] == "p10":
        def one(i, p):
            if p.startswith("问："):
                return f'<p>　　<strong>问：{esc(p[2:])}</strong></p>'
            if p.startswith("答："):
                return f'<p>　　<font color="#333333">答：{esc(p[2:])}</font></p>'
            return f'<p>　　{esc(p)}</p>'
        links = (f'<div class="xglj"><b>{esc(ex["X"][0])}：</b>' + "".join(f'<a href="#">{esc(x)}</a>' for x in ex["X"][1:]) + "</div>")
        body = ('<div class="top">国家税务总局重庆市江北区税务局</div><div class="nav"><a>首页</a><a>税收新闻</a><a>政策解读</a><a>纳税服务</a></div>'
                '<div class="wz">当前位置：首页 &gt; 政策解读</div>'
                f'<div class="article"><h2 class="title">{esc(art["title"])}</h2>'
                f'<div class="sx">发布时间：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;信息来源：江北区税务局&nbsp;&nbsp;&nbsp;【<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<div class="con" id="fontzoom">{_paras(art, one)}'
                + "".join(f'<p align="right">{esc(s)}</p>' for s in ex["S"])
                + f'</div>{links}<div class="dy"><a>[打印本页]</a> <a>[关闭窗口]</a></div></div>'
                + _gov_footer(rng, "国家税务总局重庆市江北区税务局", "国家税务总局重庆市税务局"))
        head = (f'<title>{esc(art["title"])}--国家税务总局重庆市江北区税务局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d}">')
        return head, body, f"https://chongqing.chinatax.gov.cn/jbsw/zcjd/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"

    def one(i, p):
        if p[1:2] == "、":
            return f'<p style="text-indent:2em"><b>{esc(p)}</b></p>'
        if p.startswith(("问：", "答：")):
            return f'<p style="text-indent:2em"><span style="font-weight:{700 if p[0] == "问" else 400}">{esc(p)}</span></p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'
    body = ('<div class="header"><img src="/img/logo_bb.png"></div><div class="breadcrumb"><a>首页</a> / <a>政策解读</a></div>'
            f'<div class="article-box"><h1>{esc(art["title"])}</h1>'
            f'<div class="article-info"><span>{y}/{int(m)}/{int(d)} {_hm(rng)}</span>&nbsp;|&nbsp;<span>更新时间：{y}-{m}-{int(d) + 1:02d}</span>&nbsp;|&nbsp;<span>阅读：{rng.randint(100, 2000)}</span></div>'
            f'<div class="article-content">{_paras(art, one)}<p style="text-align:right">{esc(ex["R"][0])}</p></div>'
            '<div class="qr">扫一扫在手机打开当前页<img src="/img/qr.png"></div></div>'
            + _gov_footer(rng, "国家税务总局重庆市北碚区税务局", "国家税务总局重庆市税务局"))
    head = (f'<title>{esc(art["title"])}_政策解读_国家税务总局重庆市北碚区税务局</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d}">')
    return head, body, f"https://chongqing.chinatax.gov.cn/bbsw/zcjd/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"


# ---------------------------------------------------------------------------------------------
# 7. 区报 e-paper 要闻版


def xianbao_yaowen_xiazhuan(art, rng, others):
    """p12: a 区报 e-paper 要闻版 page: 版次/PDF/上一版/下一版 selector, date ``2022年04月08日
    星期五``, headline with a 副题 under it (not body), ``<br>``-separated ``&nbsp;``-indented
    paragraphs inside one ``<div id="ozoom">`` with the 本报讯 dateline running into the first, a
    ``（下转第二版）`` line, then a second report on the same page with its own title."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    ind = "&nbsp;" * 4
    paras = "<br>".join(f'{ind}{esc(ex["L"][0]) if i == 0 else ""}{esc(p)}' for i, p in enumerate(art["body"]))
    second = (f'<div class="article2"><h3>{esc(ex["Y"][0])}</h3><div class="content">'
              + "<br>".join(f"{ind}{esc(p)}" for p in ex["Y"][1:]) + "</div></div>")
    body = (f'<div class="paper-top"><span>荣昌日报</span><span>{y}年{m}月{d}日　{_week(art)}</span>'
            f'<span class="bc">第01版：要闻</span><a href="#">PDF版</a><a href="#">上一版</a><a href="#">下一版</a></div>'
            '<table><tr><td class="left"><div class="bm"><img src="/images/page01s.jpg" usemap="#pagepicmap"></div>'
            '<ul class="bmdh"><li>第01版：要闻</li><li>第02版：综合</li><li>第03版：民生</li><li>第04版：副刊</li></ul></td>'
            f'<td class="right"><div class="article"><h1>{esc(art["title"])}</h1><h2 class="fubt">{esc(ex["K"][0])}</h2>'
            f'<div id="ozoom"><founder-content>{paras}<br>{ind}（{esc(ex["J"][0])}）</founder-content></div></div>'
            f'{second}<div class="bwlb"><b>本版文章</b><ul><li>{esc(art["title"])}</li><li>{esc(ex["Y"][0])}</li></ul></div></td></tr></table>'
            '<div class="copy">荣昌日报社版权所有　未经书面授权禁止转载</div>')
    head = f'<title>荣昌日报-{y}年{m}月{d}日-{esc(art["title"])}</title>'
    return head, body, f"http://epaper.rcnews.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"


TEMPLATES = {"sthjj_zhifa_tongbao": sthjj_zhifa_tongbao, "nyw_mp_jszd": nyw_mp_jszd,
             "zfw_tupian_gallery": zfw_tupian_gallery, "rd_mp_dbfc": rd_mp_dbfc,
             "xhw_zhuanti_dh": xhw_zhuanti_dh, "swj_zcjd_wenda": swj_zcjd_wenda,
             "xianbao_yaowen_xiazhuan": xianbao_yaowen_xiazhuan}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages39", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
