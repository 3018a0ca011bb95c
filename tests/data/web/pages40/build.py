"""Build the fortieth saved-page set (``pages40``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 水利局 portal 河长制 工作动态 page
(``slj_hzz_gzdt``), a 区 市场监管局 公众号 消费提示 post (``scjg_mp_xfts``), a 县 融媒体 H5 with a
投票 widget and 相关阅读 (``rmt_h5_toupiao``), a 省 政府网 部门动态 page with a 信息公开 grid
(``szf_bmdt_xxgk``), a 区 检察院 公众号 检察开放日 post (``jcy_mp_kfr``), a 县报 e-paper 要闻版 with
an 编者按 and a 图片说明 (``xianbao_yaowen_bianzhe``) and a 新闻客户端 专题 article with 专题导航 and
相关专题 (``khd_zhuanti_dh``). Besides ``T``/``B``/``F`` lines, ``articles.txt`` holds layout-only
lines read by :func:`extras`. See README.md.

    python tests/data/web/pages40/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import hm as _hm, hms as _hms, digits as _n, epoch as _epoch, weekday as _week, ymd as _ymd  # noqa: E402

LISTS = "XSJERKY"


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: captions ``C`` ``{n: [text]}``,
    the box anchor ``A``, table rows ``W`` (paragraph indices) and the text lists of
    :data:`LISTS` (box, signature, attachment, editor's note, credit, kicker, second report)."""
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
    """A subheading inside the text: short or a 一、… line, no sentence end."""
    return ((len(p) <= 20 or p[1:2] == "、") and "：" not in p
            and not p.endswith(("。", "？", "！", "；", "：", "）", "，")))


def _rel(rng, others, k, fmt="{t}<span>{d}</span>") -> str:
    return "".join(f'<li><a href="#" target="_blank">{fmt.format(t=esc(t), d=d)}</a></li>' for t, d in rng.sample(others, k))


def _paras(art, one, photo=None, box="") -> str:
    """``one(i, p)`` per paragraph, table rows (``W``) as one bordered table, ``photo(captions)``
    after paragraph n for its ``C n`` lines, ``box`` after paragraph ``A``."""
    ex = EXTRAS[art["id"]]
    out, rows = [], []
    for i, p in enumerate(art["body"]):
        if i in ex["W"]:
            rows.append(p)
            if i + 1 not in ex["W"]:
                out.append('<table border="1" cellspacing="0" cellpadding="0" width="86%" align="center" class="MsoTableGrid">'
                           + "".join("<tr>" + "".join(f'<td><p style="text-align:center">{esc(c)}</p></td>' for c in r.split(" ", 2)) + "</tr>" for r in rows)
                           + "</table>")
                rows = []
        else:
            out.append(one(i, p))
        if photo and i in ex["C"]:
            out.append(photo(ex["C"][i]))
        if box and ex["A"] == i:
            out.append(box)
    return "".join(out)


def _gov_footer(rng, org, prov="渝", code="5001") -> str:
    return (f'<div class="footer"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">网站声明</a></p>'
            f'<p>主办：{org}　承办：{org}办公室</p>'
            f'<p>{prov}ICP备{_n(rng, 8)}号-1　{prov}公网安备 {_n(rng, 14)}号　网站标识码：{code}{_n(rng, 6)}</p>'
            f'<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>')


def _wechat(art, rng, acct, content, *, date_shape="{y}-{m}-{d} {t}", ip="重庆") -> tuple[str, str]:
    """WeChat's shell around ``content``: title, account, ``publish_time``, the
    阅读原文/赞/分享/在看 row, QR and the ``var ct`` stamp; gives ``(body, url)``."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKLMNabcdefghijkmnpqrstuvwxyz0123456789_-') for _ in range(22))}"
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title " id="activity-name">\n              {esc(art["title"])}\n            </h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta rich_media_meta_text">原创</span>'
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


def _sec(p, style="text-indent:2em;line-height:1.75em;") -> str:
    return f'<section style="{style}"><span style="font-size:15px;">{esc(p)}</span></section>'


# ---------------------------------------------------------------------------------------------
# 1. 区 水利局 河长制 工作动态


def slj_hzz_gzdt(art, rng, others):
    """p01: an old table-layout bureau portal in GBK: banner, ``当前位置``, the title in a cell,
    ``信息来源 发布日期 【字体：大 中 小】`` with ``&nbsp;`` runs, ``<font>`` paragraphs with
    ``　　`` (a numbered list of places as body), 【打印本页】【关闭窗口】, footer. p02: a modern
    portal with adjacent spans (no whitespace) and a ``document.write`` counter, bold ``一、`` heads,
    a right-aligned credit line, an 更新时间 line, 分享到, 相关阅读 with ``[date]``."""
    ex, (y, m, d), place = EXTRAS[art["id"]], _ymd(art), {"qijiang": "綦江区", "beibei": "北碚区"}[art["place"]]
    aid = _n(rng, 7)
    url = f"http://www.cq{art['place']}.gov.cn/bm/qslj/zwxx_{_n(rng, 5)}/gzdt/{y}{m}/t{y}{m}{d}_{aid}.html"
    head = (f'<title>{esc(art["title"])}_{place}水利局_{place}人民政府</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{art["date"]} {_hm(rng)}">'
            f'<meta name="ContentSource" content="{place}水利局"><meta name="ColumnName" content="工作动态">')
    if art["id"] == "p01":
        paras = "".join(f'<p><font style="font-size:14px" face="宋体">　　{esc(p)}</font></p>' for p in art["body"])
        body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner_slj.jpg" width="1000" height="120"></td></tr>'
                f'<tr><td class="menu"><a href="#">首页</a> | <a href="#">机构概况</a> | <a href="#">工作动态</a> | <a href="#">河长制</a> | <a href="#">水旱灾害防御</a> | <a href="#">政务公开</a></td></tr>'
                f'<tr><td class="dqwz" height="30">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">河长制</a> &gt;&gt; <a href="#">工作动态</a></td></tr>'
                f'<tr><td align="center" class="bt" height="60"><b><font size="4" color="#0a4fa0">{esc(art["title"])}</font></b></td></tr>'
                f'<tr><td align="center" class="xx" bgcolor="#f2f2f2">{esc(ex["X"][0])}&nbsp;&nbsp;&nbsp;&nbsp;{esc(ex["X"][1])}&nbsp;&nbsp;&nbsp;&nbsp;'
                f'浏览次数：<script language="javascript">document.write({rng.randint(100, 900)});</script>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>'
                f'<tr><td class="zw" style="padding:20px 40px"><div class="TRS_Editor">{paras}</div></td></tr>'
                f'<tr><td align="right" height="40"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
                f'<tr><td>{_gov_footer(rng, f"重庆市{place}水利局")}</td></tr></table>')
        return head, body, url
    def one(i, p):
        if _is_head(p):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'
    body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="{place}人民政府"></div>'
            f'<ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进{place}</li></ul></div>'
            f'<div class="crumb"><a href="#">首页</a> &gt; <a href="#">部门</a> &gt; <a href="#">区水利局</a> &gt; <a href="#">工作动态</a></div>'
            f'<div class="xl_con"><div class="xl_title"><h1>{esc(art["title"])}</h1>'
            f'<div class="xl_info"><span>发布时间：{art["date"]} {_hms(rng)}</span><span>来源：{place}河长办</span>'
            f'<span>浏览次数：<script>document.write("{rng.randint(200, 2000)}")</script></span><span>字号：<a>大</a> <a>中</a> <a>小</a></span></div></div>'
            f'<div class="xl_zw" id="zoom">{_paras(art, one)}<p style="text-align:right">{esc(ex["R"][0])}</p></div>'
            f'<div class="gxsj">{esc(ex["X"][0])}</div>'
            f'<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>'
            f'<div class="xgyd"><h3>相关阅读</h3><ul>{_rel(rng, others, 3, "{t}<span>[{d}]</span>")}</ul></div></div>'
            f'{_gov_footer(rng, f"重庆市{place}人民政府办公室")}')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 2. 区 市场监管局 公众号 消费提示


def scjg_mp_xfts(art, rng, others):
    """p03: bold blue ``一、`` heads, short paragraphs, a 温馨提示 box after the text, 来源 and
    编辑/审核 lines. p04: a kicker banner above the text, a photo with a caption, bold ``记者：``
    questions, 往期推荐 titles, 长按识别二维码."""
    ex = EXTRAS[art["id"]]
    acct = {"yubei": "渝北市场监管", "jiulongpo": "九龙坡市场监管"}[art["place"]]
    def one(i, p):
        if _is_head(p):
            return (f'<section style="margin:20px 0 10px;text-align:center;"><span style="background:#1e6fd9;color:#fff;padding:4px 12px;">'
                    f'<strong>{esc(p)}</strong></span></section>')
        if p.startswith("记者："):
            return f'<p style="text-indent:2em;"><strong><span style="color:#1e6fd9;">{esc(p)}</span></strong></p>'
        return _sec(p)
    if art["id"] == "p03":
        box = ('<section style="border:1px dashed #1e6fd9;padding:10px;margin-top:20px;">'
               + "".join(f'<p style="text-align:center;"><span style="font-size:14px;">{esc(x)}</span></p>' for x in ex["X"]) + "</section>")
        content = (_paras(art, one) + box
                   + "".join(f'<p style="text-align:right;"><span style="font-size:12px;color:#888;">{esc(r)}</span></p>' for r in ex["R"]))
        body, url = _wechat(art, rng, acct, content, date_shape="{y}年{m}月{d}日 {t}")
    else:
        content = (f'<section style="background:#1e6fd9;padding:8px;"><p style="text-align:center;"><span style="color:#fff;"><strong>{esc(ex["K"][0])}</strong></span></p></section>'
                   + _paras(art, one, photo=lambda caps: "".join(f'<p style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 12)}/640"></p>'
                                                                 f'<p style="text-align:center;"><span style="font-size:12px;color:#999;">{esc(c)}</span></p>' for c in caps))
                   + f'<p><br></p><p><strong>{esc(ex["X"][0])}</strong></p>'
                   + "".join(f'<p><a href="#" class="weapp_text_link">{esc(x)}</a></p>' for x in ex["X"][1:])
                   + '<p style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/qrcode.jpg"></p><p style="text-align:center;">长按识别二维码 关注我们</p>')
        body, url = _wechat(art, rng, acct, content)
    return f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">', body, url


# ---------------------------------------------------------------------------------------------
# 3. 县 融媒体 H5 with a 投票 widget


def rmt_h5_toupiao(art, rng, others):
    """p05: an app share page: 打开APP bar, title, ``酉阳融媒 06-11 hh:mm`` line (year only in the
    URL and meta), body paragraphs, a 投票 widget with candidates, votes and 投票 buttons after
    the fourth paragraph, a credit line, 相关阅读 with dates, a comment counter, 下载 prompt."""
    ex, (y, m, d) = EXTRAS[art["id"]], _ymd(art)
    names = ["冉德海", "田晓露", "白玉成", "何秀英", "彭代军", "石小梅"]
    vote = ('<div class="vote-box"><div class="vote-title">投票进行中 · 截止6月20日24:00</div><ul class="vote-list">'
            + "".join(f'<li><img src="/vote/{i}.jpg"><p class="vname">{i + 1:02d}号 {n}</p><p class="vnum">{rng.randint(200, 9000)}票</p>'
                      f'<a class="vbtn" href="javascript:;">投票</a></li>' for i, n in enumerate(names))
            + '</ul><div class="vote-more">查看全部20名候选人 &gt;</div></div>')
    url = f"https://h5.youyangrm.cn/app/{y}{m}{d}/{_n(rng, 8)}.html?share=wechat"
    head = (f'<title>{esc(art["title"])}</title><meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<meta name="publishdate" content="{art["date"]}">')
    body = (f'<div class="open-app"><img src="/img/logo.png"><span>掌上酉阳</span><a class="btn">打开APP</a></div>'
            f'<div class="article"><div class="art-title">{esc(art["title"])}</div>'
            f'<div class="art-info"><span class="src">酉阳融媒</span><span class="time">{m}-{d} {_hm(rng)}</span><span class="read">{rng.randint(3000, 40000)}阅读</span></div>'
            f'<div class="art-content">{_paras(art, lambda i, p: f"<p>{esc(p)}</p>", box=vote)}</div>'
            f'<div class="art-editor">{esc(ex["R"][0])}</div>'
            f'<div class="art-like"><span>点赞 {rng.randint(10, 300)}</span><span>分享</span><span>评论 {rng.randint(0, 60)}</span></div></div>'
            f'<div class="related"><div class="rel-h">{esc(ex["X"][0])}</div><ul>{_rel(rng, others, 4, "<p>{t}</p><span>{d}</span>")}</ul></div>'
            f'<div class="comment"><div class="c-h">热门评论（{rng.randint(3, 30)}）</div><p>为家乡的带头人点赞！</p></div>'
            f'<div class="down">下载掌上酉阳APP，看更多本地新闻</div>')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 4. 省 政府网 部门动态 with a 信息公开 grid


def szf_bmdt_xxgk(art, rng, others):
    """p06 (GBK): a 信息公开 grid (索引号/发布机构/成文日期/主题分类) above the title, the visible
    line ``2021年11月30日 来源：…`` and 【打印】【关闭】. p07: the grid (成文日期, 更新时间) as a
    table, a visible line with only 来源 and 字号 (date in ``PubDate`` and URL), a data table in
    the text, 扫一扫 QR, 相关文章."""
    ex, (y, m, d) = EXTRAS[art["id"]], _ymd(art)
    prov, host, src = {"sichuan": ("四川省人民政府", "www.sc.gov.cn", "省农业农村厅"),
                       "guizhou": ("贵州省人民政府", "www.guizhou.gov.cn", "省生态环境厅")}[art["place"]]
    url = f"https://{host}/zwgk/bmdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    head = (f'<title>{esc(art["title"])}- {prov}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="{src}"><meta name="ColumnName" content="部门动态">')
    pairs = [x.split("：", 1) for x in ex["X"]]
    grid = ('<table class="xxgk_table" width="100%" border="1" cellspacing="0">'
            + "".join("<tr>" + "".join(f'<td class="tit">{esc(k)}：</td><td>{esc(v)}</td>' for k, v in pairs[i:i + 2]) + "</tr>" for i in range(0, len(pairs), 2))
            + "</table>")
    one = lambda i, p: f'<p style="text-indent:2em;">{esc(p)}</p>'
    top = (f'<div class="top">{prov}<span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span>'
           f'<a>无障碍浏览</a><a>长者模式</a></div><div class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>数据开放</li></div>'
           f'<div class="position">您当前的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>部门动态</a></div>')
    if art["id"] == "p06":
        info = f'<div class="info">{int(y)}年{m}月{d}日&nbsp;&nbsp;来源：{src}&nbsp;&nbsp;【<a>打印</a>】【<a>关闭</a>】</div>'
        ftr = _gov_footer(rng, "四川省人民政府办公厅", prov="川", code="5100")
    else:
        info = f'<div class="info"><span>来源：{src}</span><span>【字号 <a>大</a> <a>中</a> <a>小</a>】</span><span>【<a>打印</a>】</span></div>'
        ftr = _gov_footer(rng, "贵州省人民政府办公厅", prov="黔", code="5200")
    body = (f'{top}<div class="content">{grid}<h1 class="title">{esc(art["title"])}</h1>{info}'
            f'<div class="view TRS_UEDITOR">{_paras(art, one)}</div>'
            f'<div class="ewm"><img src="/qr.png"><p>扫一扫在手机打开当前页</p></div>'
            f'<div class="xgwz"><h4>相关文章</h4><ul>{_rel(rng, others, 3, "{t}<span>{d}</span>")}</ul></div></div>{ftr}')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 5. 区 检察院 公众号 检察开放日


def jcy_mp_kfr(art, rng, others):
    """p08: a grey 编者按 section above the text, a photo with a caption after the third
    paragraph, 供稿 and 编辑/审核 lines. p09: 时间/地点/参加人员 items (body), an 报名 box after
    the text, a 来源 line, 点击“在看” prompt."""
    ex = EXTRAS[art["id"]]
    acct = {"dadukou": "大渡口检察", "rongchang": "荣昌检察"}[art["place"]]
    def one(i, p):
        if p[:3] in ("时间：", "地点：") or p.startswith("参加人员："):
            k, v = p.split("：", 1)
            return f'<p style="margin-left:2em;"><strong>{esc(k)}：</strong>{esc(v)}</p>'
        return _sec(p)
    photo = lambda caps: "".join(f'<p style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 12)}/640"></p>'
                                 f'<p style="text-align:center;"><span style="font-size:12px;color:#888;">▲{esc(c)}</span></p>' for c in caps)
    pre = (f'<section style="background:#f3f3f3;padding:12px;"><p><span style="color:#555;font-size:14px;">{esc(ex["E"][0])}</span></p></section>' if ex["E"] else "")
    post = ("".join(f'<section style="border-left:4px solid #0b3a8c;padding-left:8px;"><p>{esc(x)}</p></section>' for x in ex["X"])
            + "".join(f'<p style="text-align:left;"><span style="font-size:12px;color:#888;">{esc(r)}</span></p>' for r in ex["R"])
            + '<p style="text-align:center;">点击“在看”，让更多人看到</p>')
    body, url = _wechat(art, rng, acct, pre + _paras(art, one, photo=photo) + post,
                        date_shape="{y}年{m}月{d}日 {t}" if art["id"] == "p08" else "{y}-{m}-{d} {t}")
    return f'<title>{esc(art["title"])}</title>', body, url


# ---------------------------------------------------------------------------------------------
# 6. 县报 e-paper 要闻版 with an 编者按 and a 图片说明


def xianbao_yaowen_bianzhe(art, rng, others):
    """p10 (GBK): ``武隆日报 yyyy年mm月dd日 星期X 第01版：要闻 PDF 上一版 下一版``, an 编者按
    in a box above the headline, a byline line, paragraphs as ``&nbsp;`` runs joined by ``<br>``
    in one ``div``, a photo with ``图片说明`` inside the text, a second report, 本版文章 list."""
    ex, (y, m, d) = EXTRAS[art["id"]], _ymd(art)
    url = f"http://epaper.wlrb.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    head = f'<title>武隆日报数字报-{esc(art["title"])}</title><meta name="description" content="武隆日报电子版">'
    parts = []
    for i, p in enumerate(art["body"]):
        parts.append("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p) + "<br>")
        if i in ex["C"]:
            parts.append(f'<table align="center"><tr><td><img src="../../../res/1/{_n(rng, 9)}.jpg" width="400"></td></tr>'
                         f'<tr><td class="tpsm"><font color="#0000aa">{esc(ex["C"][i][0])}</font></td></tr></table>')
    sec = ex["Y"]
    body = (f'<table width="1000" align="center"><tr><td class="bc">武隆日报　{int(y)}年{m}月{d}日　{_week(art)}　'
            f'第01版：要闻　<a href="#">PDF下载</a>　<a href="#">上一版</a>　<a href="#">下一版</a></td></tr>'
            f'<tr><td width="340" valign="top"><img src="../../../page/1/{y}-{m}/{d}/01/b01.jpg" usemap="#PagePicMap"><div class="bmdh">版面导航：'
            + "".join(f'<a href="#">第0{k}版：{n}</a> ' for k, n in enumerate(["要闻", "综合", "专版", "副刊"], 1))
            + f'</div></td><td valign="top"><div class="bza"><font color="#aa0000">{esc(ex["E"][0])}</font></div>'
            f'<h1>{esc(art["title"])}</h1><div class="zz">{esc(ex["R"][0])}</div>'
            f'<div id="ozoom" class="wz">{"".join(parts)}</div>'
            f'<hr><h3>{esc(sec[0])}</h3><div class="wz">' + "".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(s)}<br>" for s in sec[1:]) + '</div>'
            f'<div class="bbwz">本版文章：<br>· {esc(art["title"])}<br>· {esc(sec[0])}<br>· 县委常委会召开会议</div></td></tr>'
            f'<tr><td colspan="2" class="foot">武隆日报社版权所有　未经书面授权禁止转载　渝ICP备{_n(rng, 8)}号</td></tr></table>')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 7. 新闻客户端 专题 article


def khd_zhuanti_dh(art, rng, others):
    """p11: a 专题 banner (the 专题 name) and 专题导航 tabs above the article, ``重庆日报客户端
    yyyy-mm-dd hh:mm`` line, bold short subheads in the text, a byline after the title, 相关专题
    cards, 版权声明. p12: the same shell with NO visible date (``publishdate`` meta and the URL)."""
    ex, (y, m, d) = EXTRAS[art["id"]], _ymd(art)
    url = f"https://app.cqrb.cn/html/{y}-{m}/{d}/content_{_n(rng, 9)}.html"
    head = (f'<title>{esc(art["title"])} - 重庆日报客户端</title><meta name="keywords" content="{esc(ex["K"][0])}">'
            f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="description" content="{esc(art["body"][0][:60])}">')
    one = lambda i, p: (f'<p style="text-align:center;"><strong>{esc(p)}</strong></p>' if _is_head(p) else f"<p>　　{esc(p)}</p>")
    info = (f'<span class="src">重庆日报客户端</span><span class="time">{y}-{m}-{d} {_hm(rng)}</span>' if art["id"] == "p11"
            else f'<span class="src">来源：重庆日报客户端</span>')
    body = (f'<div class="zt-banner"><img src="/zt/banner.jpg" alt="{esc(ex["K"][0])}"><h2>{esc(ex["K"][0])}</h2></div>'
            f'<div class="zt-nav"><span>{esc(ex["X"][0])}</span><a>首页</a><a>权威发布</a><a>区县行动</a><a>图说</a><a>视频</a><a>评论</a></div>'
            f'<div class="art"><h1>{esc(art["title"])}</h1><div class="info">{info}<span class="fx">分享到：<a>微信</a><a>微博</a></span></div>'
            f'<div class="author">{esc(ex["R"][0])}</div><div class="txt">{_paras(art, one)}</div>'
            f'<div class="editor">责任编辑：{rng.choice(["李想", "陈丹", "王一鸣"])}</div></div>'
            f'<div class="xgzt"><h4>相关专题</h4><ul><li><img src="/zt/1.jpg"><p>喜迎二十大</p></li><li><img src="/zt/2.jpg"><p>长江大保护在重庆</p></li></ul></div>'
            f'<div class="copy">版权声明：凡注明“来源：重庆日报客户端”的作品，未经授权禁止转载。</div>')
    return head, body, url


TEMPLATES = {f.__name__: f for f in (slj_hzz_gzdt, scjg_mp_xfts, rmt_h5_toupiao, szf_bmdt_xxgk, jcy_mp_kfr,
                                     xianbao_yaowen_bianzhe, khd_zhuanti_dh)}

if __name__ == "__main__":
    write_set(HERE, "pages40", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
