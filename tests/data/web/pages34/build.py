"""Build the thirty-fourth saved-page set (``pages34``): held apart for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 住建委 portal's 工作动态 page
(``zjw_gzdt_qu``), a 气象局 预警发布 page with 防御 items or a rainfall table
(``qxj_yjfb``), a 县 卫健委 公众号 健康 post with 问/答 turns and a 小贴士 box
(``wjw_gzh_jiankang``), a 人民网 地方领导留言板 page of the list+reply layout (``rmw_lyb_dfld``),
a 省政府网 新闻发布会 图文实录 (``sfb_fbh_twsl``), a 区报 e-paper page with a 导读 column and a
second short report (``qubao_daodu``) and a 乡镇 公众号 党建 post with 学习 notes
(``xz_gzh_dangjian``). Besides ``T``/``B``/``F`` lines, ``articles.txt`` holds layout-only
lines read by :func:`extras`. See README.md.

    python tests/data/web/pages34/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402
from pageset import hm as _hm, hms as _hms, digits as _n, epoch as _epoch, weekday as _week, ymd as _ymd  # noqa: E402

LISTS = "SXEPGKDRVULOQ"


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: captions ``C`` ``{n: [text]}``,
    the box anchor ``A`` and the 留言's last paragraph ``H`` (ints, None when absent), table rows
    ``W`` and the text lists of :data:`LISTS`."""
    out, cur = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            cur = out.setdefault(line.split()[1], {"C": {}, "A": None, "H": None, "W": [], **{k: [] for k in LISTS}})
        elif line.startswith("C "):
            n, text = line[2:].split(" ", 1)
            cur["C"].setdefault(int(n), []).append(text)
        elif line[:2] in ("A ", "H "):
            cur[line[0]] = int(line[2:])
        elif line.startswith("W "):
            cur["W"] = [int(x) for x in line[2:].split()]
        elif line[:2] in tuple(f"{k} " for k in LISTS):
            cur[line[0]].append(line[2:])
    return out


EXTRAS = extras(HERE / "articles.txt")


def _is_head(p: str) -> bool:
    """A subheading: short, no sentence end (一、在建项目, 学习笔记一)."""
    return len(p) <= 12 and not p.endswith(("。", "？", "！", "；", "：", "）", "”"))


def _rel(rng, others, k, fmt="{t}<span>{d}</span>") -> str:
    return "".join(f'<li><a href="#" target="_blank">{fmt.format(t=esc(t), d=d)}</a></li>' for t, d in rng.sample(others, k))


def _table(rows, head_bold=True) -> str:
    """Body rows as a bordered table, the cells of each row split on single spaces."""
    trs = []
    for k, r in enumerate(rows):
        tag = "th" if head_bold and k == 0 else "td"
        trs.append("<tr>" + "".join(f'<{tag} style="border:1px solid #999;padding:4px">{esc(c)}</{tag}>' for c in r.split(" ")) + "</tr>")
    return '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;margin:0 auto"><tbody>' + "".join(trs) + "</tbody></table>"


def _paras(art, one, photo=None, box="", rng_rows=None) -> str:
    """``one(i, p)`` per paragraph that is not a table row, table rows (``W``) as one ``<table>``,
    ``photo(captions)`` after paragraph n for its ``C n`` lines, ``box`` after paragraph ``A``."""
    ex = EXTRAS[art["id"]]
    out, body, rows, i = [], art["body"], ex["W"], 0
    while i < len(body):
        if i in rows:
            run = []
            while i in rows:
                run.append(body[i])
                i += 1
            out.append(_table(run))
            last = i - 1
        else:
            out.append(one(i, body[i]))
            last = i
            i += 1
        if photo and last in ex["C"]:
            out.append(photo(ex["C"][last]))
        if box and ex["A"] == last:
            out.append(box)
    return "".join(out)


def _gov_metas(art, site, column, source, pub) -> str:
    return (f'<meta name="SiteName" content="{site}"><meta name="ColumnName" content="{column}">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{pub}">'
            f'<meta name="ContentSource" content="{source}">')


def _gov_footer(rng, org, prov="渝") -> str:
    return (f'<div class="footer"><p>主办：{org}　承办：{org}办公室　联系电话：023-{_n(rng, 8)}</p>'
            f'<p>网站标识码：{_n(rng, 10)}　<a>{prov}ICP备{_n(rng, 8)}号-{rng.randint(1, 3)}</a>　'
            f'<img src="/images/ga.png"><a>{prov}公网安备 {_n(rng, 14)}号</a></p>'
            f'<p><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a></p></div>')


def _wx_shell(art, rng, acct, content, place, orig=False) -> tuple[str, str]:
    """WeChat's article shell around ``content``: title with whitespace, account, publish_time,
    发表于, 阅读原文/阅读/赞/分享/在看, QR, 留言; returns ``(body, time)``."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    tag = '<span class="rich_media_meta rich_media_meta_text">原创</span>' if orig else ""
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n          </h1>'
            f'<div id="meta_content" class="rich_media_meta_list">{tag}'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta_area">发表于{place}</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">{content}</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(300, 4999)}</span>'
            f'<span class="like">赞 {rng.randint(5, 90)}</span><span>分享</span><span>在看 {rng.randint(2, 30)}</span><span>写留言</span></div>'
            f'<div class="qr_code_pc_inner"><img class="qr_code_pc_img" src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div>'
            f'<div class="discuss_container"><h3>留言</h3><ul><li><strong>{rng.choice(["小雨", "山城人", "向日葵", "老张"])}</strong><p>点赞！</p><span>{rng.randint(1, 40)}</span></li></ul></div>'
            f'</div></div></div><script>var ct = "{_epoch(art, t)}"; var nickname = "{esc(acct)}";</script>')
    return body, t


# ---------------------------------------------------------------------------------------------
# 1. 区 住建委 工作动态


def zjw_gzdt_qu(art, rng, others):
    """A 区 住房城乡建委 portal's 工作动态: w01 an old table layout in GBK (`发布时间：yyyy年mm月dd日`,
    ``<font>`` paragraphs with ``　　``, bare 一、 heads, a quoted one-line paragraph); w02 a modern
    portal with 发布日期/更新时间 spans and no whitespace, 坚持… items, a photo with caption."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    if art["id"] == "w01":
        one = lambda i, p: f'<p><font size="3" face="宋体">　　{esc(p)}</font></p>'
        url = f"http://www.ddk.gov.cn/bm/qzfcxjsw/zwxx_{_n(rng, 5)}/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        body = (f'<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="../../images/banner_zjw.jpg" width="980" height="120"></td></tr>'
                f'<tr><td bgcolor="#0b5aa2" height="36">&nbsp;&nbsp;<a>首页</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a>机构概况</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a>工作动态</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a>政策法规</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a>建筑市场</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a>房地产</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a>公众参与</a></td></tr></table>'
                f'<table width="980" border="0" align="center" cellspacing="0"><tr><td height="30" class="wz">您当前的位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区住房城乡建委</a> &gt; <a>工作动态</a></td></tr>'
                f'<tr><td align="center" height="60"><span class="bt"><font size="5" color="#0b5aa2"><b>{esc(art["title"])}</b></font></span></td></tr>'
                f'<tr><td align="center" class="sj" style="border-bottom:1px dashed #ccc">发布时间：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;来源：区住房城乡建委&nbsp;&nbsp;&nbsp;'
                f'点击数：<script language="javascript">document.write("{_n(rng, 3)}");</script>&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="zw" style="line-height:200%">{"".join(one(i, p) for i, p in enumerate(art["body"]))}</td></tr>'
                f'<tr><td align="right"><a href="javascript:window.print()">打印本页</a>&nbsp;&nbsp;<a href="javascript:window.close()">关闭窗口</a></td></tr>'
                f'<tr><td><table width="100%" class="xgxw"><tr><td><b>相关新闻</b></td></tr>'
                + "".join(f'<tr><td>·<a>{esc(t)}</a></td><td width="100">{dd}</td></tr>' for t, dd in rng.sample(others, 4))
                + f'</table></td></tr></table>'
                f'<table width="980" align="center" bgcolor="#eeeeee"><tr><td align="center">版权所有：重庆市大渡口区住房和城乡建设委员会&nbsp;&nbsp;地址：大渡口区某某路8号<br>'
                f'网站标识码：500104{_n(rng, 4)}&nbsp;&nbsp;渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;渝公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = (f'<title>{esc(art["title"])}_重庆市大渡口区人民政府</title>'
                + _gov_metas(art, "重庆市大渡口区人民政府", "工作动态", "区住房城乡建委", f"{y}-{m}-{d} {_hm(rng)}"))
    else:
        def one(i, p):
            if p.startswith("坚持"):
                k, v = p.split("，", 1)
                return f'<p style="text-indent:2em"><strong>{esc(k)}，</strong>{esc(v)}</p>'
            return f'<p style="text-indent:2em">{esc(p)}</p>'
        photo = (lambda cs: f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                 + "".join(f'<p style="text-align:center">{esc(c)}</p>' for c in cs))
        url = f"http://www.ybq.gov.cn/bm/qzfcxjw/zwdt/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        info = (f'<div class="info"><span>发布日期：{y}-{m}-{d}</span><span>更新时间：{ex["V"][0]}</span>'
                f'<span>来源：渝北区住房城乡建委</span><span>字号：<a>大</a><a>中</a><a>小</a></span></div>')
        body = (f'<div class="topbar"><span>您好，欢迎访问重庆市渝北区人民政府网站！</span><a>无障碍浏览</a><a>长者模式</a><a>繁體</a></div>'
                f'<div class="header"><img src="/images/logo_yb.png" alt="渝北区人民政府"><div class="search"><input placeholder="请输入关键词"><button>搜索</button></div></div>'
                f'<ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进渝北</li></ul>'
                f'<div class="container"><div class="crumb"><a>首页</a> &gt; <a>部门信息公开</a> &gt; <a>区住房城乡建委</a> &gt; <a>工作动态</a></div>'
                f'<div class="article-box"><h1 class="title">{esc(art["title"])}</h1>{info}'
                f'<div class="view TRS_UEDITOR trs_paper_default">{_paras(art, one, photo)}</div>'
                f'<div class="tools"><span>【<a>打印</a>】</span><span>【<a>关闭</a>】</span><div class="bdsharebuttonbox">分享到：<a class="bds_weixin"></a><a class="bds_tsina"></a></div></div>'
                f'<div class="pages"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[3][0])}</a></p></div></div>'
                f'<div class="ewm"><img src="/images/ewm_yb.jpg"><p>扫一扫在手机打开当前页</p></div></div>'
                + _gov_footer(rng, "重庆市渝北区人民政府办公室"))
        head = (f'<title>{esc(art["title"])}_重庆市渝北区人民政府</title>'
                + _gov_metas(art, "重庆市渝北区人民政府", "工作动态", "渝北区住房城乡建委", f"{y}-{m}-{d}"))
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 2. 气象局 预警发布


def qxj_yjfb(art, rng, others):
    """A 区 气象局 site's 预警发布: w03 GBK, a signal icon with its name, the text as ``<br>``
    lines in one ``<div>`` (issued time in the text, 1．… 防御 items), a 防御指南 box after it,
    `2021/7/8 hh:mm:ss` on the info line; w04 NO visible date (``publishdate`` meta and the
    URL), a 雨量分布图 with caption, a rainfall table with a header row, a ``var pubdate``."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    if art["id"] == "w03":
        text = "<br>".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in art["body"])
        guide = "".join(f"<p>{esc(g)}</p>" for g in ex["G"])
        url = f"http://cq.cma.gov.cn/wzqxj/qxyj/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        body = (f'<div id="head"><img src="/wzqxj/images/head.jpg"><div class="menu"><a>首页</a><a>机构概况</a><a>天气预报</a><a>预警信号</a><a>气象服务</a><a>科普宣传</a><a>政务公开</a></div></div>'
                f'<div id="main"><div class="left"><div class="lm">预警信号</div><ul><li class="on">当前预警</li><li>历史预警</li><li>预警标准</li></ul>'
                f'<div class="tq"><p>万州 今天</p><p>大雨 24~29℃</p></div></div>'
                f'<div class="right"><div class="position">当前位置：首页&gt;&gt;预警信号&gt;&gt;当前预警</div>'
                f'<div class="xxbt">{esc(art["title"])}</div>'
                f'<div class="xxsj">{int(y)}/{int(m)}/{int(d)} 16:{rng.randint(21, 40)}:{rng.randint(10, 59)}&nbsp;&nbsp;&nbsp;&nbsp;来源：万州区气象台&nbsp;&nbsp;&nbsp;&nbsp;浏览：{_n(rng, 4)}</div>'
                f'<div class="yjtb"><img src="/images/yj/byyellow.gif" alt="暴雨黄色预警"><span>暴雨黄色预警</span></div>'
                f'<div class="xxnr" id="fontzoom">{text}</div>'
                f'<div class="fyzn" style="background:#fff8dc;border:1px solid #e6c200;padding:8px">{guide}</div>'
                f'<div class="dy"><a href="javascript:print()">[打印]</a> <a href="javascript:close()">[关闭]</a></div>'
                f'<div class="lsyj"><h4>历史预警</h4><ul>{_rel(rng, others, 3, "{t}（{d}）")}</ul></div></div></div>'
                f'<div id="foot">重庆市万州区气象局 版权所有　地址：万州区某某路1号　联系电话：023-58{_n(rng, 6)}<br>渝ICP备{_n(rng, 8)}号</div>')
        head = f'<title>{esc(art["title"])}--万州区气象局</title><meta name="keywords" content="预警信号,暴雨">'
    else:
        one = lambda i, p: f'<p style="text-indent:2em;line-height:2">{esc(p)}</p>'
        photo = (lambda cs: f'<div class="pic"><img src="/upload/{y}{m}/{_n(rng, 10)}.png"></div>'
                 + "".join(f'<div class="pic_txt">{esc(c)}</div>' for c in cs))
        url = f"https://www.kaizhou.gov.cn/bm/qqxj/qxxx/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        body = (f'<div class="gov-top"><div class="w"><a>重庆市开州区人民政府</a><span>开州区气象局</span></div></div>'
                f'<div class="banner"><img src="/images/qxj_banner.jpg"></div>'
                f'<div class="nav-bar"><a>首页</a><a>天气实况</a><a>预报预警</a><a>气象科普</a><a>通知公告</a></div>'
                f'<div class="w detail"><div class="lm-tit"><span>预报预警</span><em>当前位置：首页 &gt; 预报预警 &gt; 天气实况</em></div>'
                f'<div class="bt_content"><div class="bt">{esc(art["title"])}</div>'
                f'<div class="share-bar"><span>分享：</span><a class="wx"></a><a class="wb"></a><span class="zh">字号：<a>A+</a><a>A-</a></span><span class="llcs">浏览次数：<b id="hits">{_n(rng, 3)}</b></span></div>'
                f'<div class="zw">{_paras(art, one, photo)}</div></div>'
                f'<div class="xgxx"><p class="xg-t">相关信息</p><ul>{_rel(rng, others, 4, "{t}<i>{d}</i>")}</ul></div></div>'
                + _gov_footer(rng, "重庆市开州区气象局")
                + f'<script>var pubdate = "{y}{m}{d}";</script>')
        head = (f'<title>{esc(art["title"])}-重庆市开州区人民政府</title><meta name="publishdate" content="{y}-{m}-{d}">'
                f'<meta name="ColumnName" content="预报预警"><meta name="ArticleTitle" content="{esc(art["title"])}">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 3. 县 卫健委 公众号 健康


def wjw_gzh_jiankang(art, rng, others):
    """A 县 卫健委 account's 健康 post: a kicker banner, a credit line above the text, bold
    ``问：`` questions and ``张某某：`` answers, a 小贴士 box in the text, a bold 预约方式 item."""
    ex = EXTRAS[art["id"]]
    span = 'style="font-size:16px;color:#333;line-height:1.8em"'

    def one(i, p):
        if p.startswith("问："):
            return f'<p><span {span}><strong><span style="color:#1e7fd6">{esc(p)}</span></strong></span></p>'
        if "：" in p[:6]:
            k, v = p.split("：", 1)
            return f'<p><span {span}><strong>{esc(k)}：</strong>{esc(v)}</span></p>'
        return f'<p style="text-indent:2em"><span {span}>{esc(p)}</span></p>'
    box = ('<section style="background:#eaf5ff;border-left:4px solid #1e7fd6;padding:10px;margin:14px 0">'
           f'<section><strong><span style="color:#1e7fd6">💡{esc(ex["P"][0])}</span></strong></section>'
           + "".join(f'<p><span style="font-size:14px;color:#555">{esc(x)}</span></p>' for x in ex["P"][1:]) + '</section>')
    content = (f'<section style="text-align:center;background:#1e7fd6;padding:6px"><span style="color:#fff;font-size:18px"><strong>{esc(ex["K"][0])}</strong></span></section>'
               f'<section style="margin:10px 0"><span style="font-size:13px;color:#999">{esc(ex["R"][0])}</span></section>'
               + _paras(art, one, None, box)
               + f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_n(rng, 9)}/640?wx_fmt=png"></section>'
               f'<p style="text-align:center"><span style="font-size:12px;color:#888">扫码关注“{esc(ex["K"][0])}”</span></p>'
               '<p style="text-align:right"><span style="font-size:12px;color:#888">▼ 点击“阅读原文”预约接种</span></p>')
    acct = "城口县卫生健康委" if art["id"] == "w05" else "巫溪县卫生健康委"
    body, t = _wx_shell(art, rng, acct, content, "重庆")
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKabcdefghijkmnpqrstuvwxyz0123456789_-') for _ in range(22))}"
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:site_name" content="微信公众平台">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 4. 人民网 地方领导留言板, list+reply layout


THREADS = ["小区电梯老化频繁故障，何时能更换", "建议在学校门口增设人行横道", "农村自来水水压不足", "咨询公租房申请条件",
           "夜间施工噪音扰民", "希望增开一条公交线路", "路灯不亮已经一个多月", "菜市场周边占道经营严重"]


def rmw_lyb_dfld(art, rng, others):
    """A 领导留言板 thread in the list+reply layout: the board's 留言列表 on the left with other
    threads and dates, the thread on the right (留言 with 留言时间, the 回复 block with the unit,
    答复时间 and the reply text; w06 a signature under the reply), a 满意度 bar; w07 a narrower
    page with the 留言 as ``<br>`` lines and a 评价 box."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    h = ex["H"]
    msg, reply = art["body"][:h + 1], art["body"][h + 1:]
    tid = _n(rng, 8)
    url = f"https://liuyan.people.com.cn/threads/content?tid={tid}"
    lst = "".join(f'<li><span class="t"><a>{esc(t)}</a></span><span class="state">已回复</span><span class="dt">{dd}</span></li>'
                  for t, (_, dd) in zip(rng.sample(THREADS, 5), rng.sample(others, 5)))
    total = _n(rng, 5)
    side = (f'<div class="lyb-left"><div class="fid-tit">{"重庆市合川区" if art["id"] == "w06" else "重庆市江津区"}领导留言板</div>'
            f'<div class="count"><span>留言总数 <b>{total}</b></span><span>已回复 <b>{total - rng.randint(20, 300)}</b></span></div>'
            f'<div class="tabs"><a class="on">全部</a><a>已回复</a><a>办理中</a></div><ul class="replyList">{lst}</ul>'
            f'<div class="page"><a>上一页</a><a>1</a><a>2</a><a>3</a><a>下一页</a></div></div>')
    top = ('<div class="lyb-top"><img src="/img/logo_lyb.png" alt="人民网领导留言板"><a>首页</a><a>地方领导留言板</a><a>部委领导留言板</a><a>我要留言</a>'
           '<input class="so" placeholder="搜索留言"><a>登录</a></div>')
    if art["id"] == "w06":
        mh = "".join(f"<p>{esc(p)}</p>" for p in msg)
        rh = "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in reply)
        sig = "".join(f'<p style="text-align:right">{esc(s)}</p>' for s in ex["S"])
        main = (f'<div class="lyb-right"><div class="crumb">当前位置：<a>地方领导留言板</a> &gt; <a>重庆市</a> &gt; <a>合川区</a> &gt; 留言详情</div>'
                f'<div class="replyInfoHead"><h1 class="tit">{esc(art["title"])}</h1>'
                f'<p class="typeNameD"><span>类型：投诉</span><span>领域：城建</span><span class="state">已办理</span></p>'
                f'<p class="sender"><span>网友：渝**</span><span class="date">{ex["V"][0]}</span><span>留言对象：合川区委书记</span></p></div>'
                f'<div class="replyContent" id="replyContentMain">{mh}</div>'
                f'<div class="replyHandle"><div class="handleTit"><h4>{esc(ex["U"][0])}</h4><span class="handleTime">答复时间：{y}-{m}-{d} {_hms(rng)}</span></div>'
                f'<div class="handleContent">{rh}{sig}</div></div>'
                f'<div class="evaluate"><span>网友评价：</span><span>解决程度：已解决</span><span>办理态度：满意</span><span>办理速度：满意</span></div>'
                f'<div class="tools"><a>点赞 {rng.randint(3, 60)}</a><a>分享</a><a>举报</a></div></div>')
        head = f'<title>{esc(art["title"])}--领导留言板--人民网</title><meta name="keywords" content="合川区,留言">'
    else:
        mh = "<br>".join(esc(p) for p in msg)
        rh = "".join(f"<p>{esc(p)}</p>" for p in reply)
        main = (f'<div class="lyb-right"><div class="crumb"><a>首页</a> › <a>重庆</a> › <a>江津区</a></div>'
                f'<div class="thread"><div class="th-head"><span class="lx">建言</span><span class="ly">交通</span><h2>{esc(art["title"])}</h2></div>'
                f'<div class="th-user"><img src="/img/avatar.png"><span class="nm">网友（匿名）</span><span class="tm">{ex["V"][0]}发布</span>'
                f'<span>向 江津区委书记 留言</span></div><div class="th-con">{mh}</div>'
                f'<div class="th-reply"><div class="rp-unit"><i class="icon-gov"></i>{esc(ex["U"][0])}<em>{y}-{m}-{d} {_hm(rng)}</em></div>'
                f'<div class="rp-con">{rh}</div></div>'
                f'<div class="pj"><p>评价：★★★★☆</p><p>评价内容：谢谢，盼早日修好！</p><p>{y}-{m}-{d}</p></div>'
                f'<div class="more"><a>查看更多江津区留言&gt;&gt;</a></div></div></div>')
        head = f'<title>领导留言板</title><meta name="description" content="{esc(art["title"])}">'
    body = top + f'<div class="lyb-main">{side}{main}</div><div class="lyb-foot">人民网版权所有，未经书面授权禁止使用<br>Copyright © 1997-{y} by www.people.com.cn. all rights reserved</div>'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 5. 省政府网 新闻发布会 图文实录


def sfb_fbh_twsl(art, rng, others):
    """A 省政府网's 新闻发布会 图文实录: w08 GBK, an info table (发布时间 of the conference, the
    day before the page, 地点, 发布人), tabs, `发布日期：` line, turns opening with ``名：`` (bold
    names); w09 the speaker on a bold line of its own before each turn, a photo, a `来源 date`
    line and ``publishdate``, a 相关发布会 strip."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    if art["id"] == "w08":
        def one(i, p):
            if "：" in p[:6]:
                k, v = p.split("：", 1)
                return f'<p>　　<strong>{esc(k)}：</strong>{esc(v)}</p>'
            return f'<p>　　{esc(p)}</p>'
        url = f"https://www.sc.gov.cn/10462/10705/10707/{y}/{int(m)}/{int(d)}/{_n(rng, 32 // 2)}.shtml"
        body = (f'<div class="topline"><span>四川省人民政府</span><a>无障碍</a><a>长者版</a><a>English</a></div>'
                f'<div class="nav"><a>首页</a><a>省政府</a><a>新闻</a><a>信息公开</a><a>政务服务</a><a>互动</a><a>新闻发布</a></div>'
                f'<div class="crumb">您当前的位置：<a>首页</a>&gt;<a>新闻发布</a>&gt;<a>新闻发布会</a></div>'
                f'<div class="fbh"><h1 class="fbh-tit">{esc(art["title"])}</h1>'
                f'<table class="fbh-info" border="0"><tr><td>发布时间：</td><td>{ex["V"][0]}</td></tr><tr><td>发布地点：</td><td>省政府新闻发布厅</td></tr>'
                f'<tr><td>发布人：</td><td>省人力资源社会保障厅副厅长 王某某；省财政厅副厅长 李某某</td></tr></table>'
                f'<div class="tabs"><a class="on">文字实录</a><a>图片直播</a><a>视频回放</a><a>相关文件</a></div>'
                f'<div class="fbsj">发布日期：{y}-{m}-{d}&nbsp;&nbsp;信息来源：省政府新闻办&nbsp;&nbsp;【<a>大</a> <a>中</a> <a>小</a>】&nbsp;&nbsp;<a>打印</a></div>'
                f'<div class="TRS_Editor" id="cmsArticleContent">{"".join(one(i, p) for i, p in enumerate(art["body"]))}</div>'
                f'<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>'
                f'<div class="wqfbh"><h3>往期发布会</h3><ul>{_rel(rng, others, 4, "{t}　{d}")}</ul></div></div>'
                f'<div class="footer">主办：四川省人民政府办公厅　承办：四川省大数据中心<br>网站标识码：5100000{_n(rng, 3)}　蜀ICP备{_n(rng, 8)}号　川公网安备 {_n(rng, 14)}号</div>')
        head = (f'<title>{esc(art["title"])} - 四川省人民政府网站</title>'
                + _gov_metas(art, "四川省人民政府网站", "新闻发布会", "省政府新闻办", f"{y}-{m}-{d}"))
    else:
        def one(i, p):
            if p.endswith("：") and ("某某" in p or "记者" in p):
                return f'<p><strong><span style="color:#a00">{esc(p)}</span></strong></p>'
            return f'<p style="text-indent:2em">{esc(p)}</p>'
        photo = (lambda cs: f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 12)}.jpg" style="max-width:640px"></p>'
                 + "".join(f'<p style="text-align:center"><span style="font-size:14px">{esc(c)}</span></p>' for c in cs))
        url = f"https://www.guizhou.gov.cn/xwdt/xwfb/fbh/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        body = (f'<div class="head"><img src="/images/gz_logo.png" alt="贵州省人民政府"><div class="search"><input><a>搜索</a></div></div>'
                f'<div class="menu"><a>首页</a><a>省政府</a><a>新闻动态</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>多彩贵州</a></div>'
                f'<div class="location"><a>首页</a> &gt; <a>新闻动态</a> &gt; <a>新闻发布</a> &gt; <a>发布会</a></div>'
                f'<div class="Article_content"><div class="Article_title"><h1>{esc(art["title"])}</h1>'
                f'<div class="Article_ly"><span>来源：贵州省人民政府新闻办公室</span>　<span>{y}-{m}-{d} {_hm(rng)}</span>　<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div></div>'
                f'<div class="view TRS_UEDITOR">{_paras(art, one, photo)}</div>'
                f'<div class="Article_bj">责任编辑：{rng.choice(REPORTERS)}</div>'
                f'<div class="xgfbh"><div class="hd">相关发布会</div><ul>{_rel(rng, others, 3, "{t}<span>{d}</span>")}</ul></div></div>'
                + _gov_footer(rng, "贵州省人民政府办公厅", "黔"))
        head = (f'<title>{esc(art["title"])}_贵州省人民政府</title><meta name="publishdate" content="{y}-{m}-{d}">'
                f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="ColumnName" content="发布会">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 6. 区报 e-paper with a 导读 column


def qubao_daodu(art, rng, others):
    """A 区报 e-paper article page in GBK: `yyyy年mm月dd日 星期X` header, 第01版 要闻 select with
    上一版/下一版 and PDF, a 本期导读 column on the left, the headline, the byline, the text as
    ``<br>`` lines in one ``<div>`` (``　　`` indent), then a SECOND short report on the same page
    (its title and two paragraphs), 上一篇/下一篇."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    text = "<br>".join(f"　　{esc(p)}" for p in art["body"])
    other = "<br>".join(f"　　{esc(q)}" for q in ex["Q"])
    paper, host, col, ban = (("北碚报", "bbrb", "缙云", "01") if art["id"] == "w10" else ("璧山报", "bsrb", "璧山", "02"))
    url = f"http://epaper.{host}.com.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    dd = "".join(f'<li><a>{esc(x)}</a></li>' for x in ex["L"][1:])
    body = (f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="../../../images/{host}_logo.gif"></td>'
            f'<td align="right">{y}年{m}月{d}日　{_week(art)}</td></tr></table>'
            f'<table width="1000" align="center"><tr><td class="bc">第{ban}版：{"要闻" if ban == "01" else "综合"}　<select><option>第01版：要闻</option><option>第02版：综合</option><option>第03版：专题</option><option>第04版：{col}</option></select>'
            f'　<a>上一版</a>　<a>下一版</a>　<a href="../../../page/{y}-{m}/{d}/{ban}/{_n(rng, 6)}.pdf">PDF版</a></td></tr></table>'
            f'<table width="1000" align="center"><tr><td width="260" valign="top" class="dd"><div class="ddt">{esc(ex["L"][0])}</div><ul>{dd}</ul>'
            f'<div class="wq">往期回顾 <input type="text" value="{y}-{m}-{d}"><a>查看</a></div></td>'
            f'<td valign="top"><div class="art"><p class="tit1" align="center"><font size="5"><b>{esc(art["title"])}</b></font></p>'
            f'<p class="zz" align="center">{esc(ex["R"][0])}</p>'
            f'<div id="ozoom" class="con">{text}</div></div>'
            f'<div class="art2"><p class="tit2"><b>{esc(ex["O"][0])}</b></p><div class="con">{other}</div></div>'
            f'<div class="sx"><a>上一篇</a>　<a>返回目录</a>　<a>下一篇</a></div></td></tr></table>'
            f'<table width="1000" align="center"><tr><td align="center" class="copy">{paper}社版权所有　未经授权不得转载<br>渝ICP备{_n(rng, 8)}号</td></tr></table>')
    head = f'<title>{paper}数字报-{esc(art["title"])}</title><meta name="description" content="{paper}">'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 7. 乡镇 公众号 党建 post with 学习 notes


def xz_gzh_dangjian(art, rng, others):
    """A 乡镇 account's 党建 post: a kicker pill, an 编者按 box (w11), a credit line, bold
    会议时间/地点/参加人员 items, red bare heads (学习笔记一), a photo with a ▲ caption, quoted
    notes signed by members; w12 第X环节 items with bold labels and 1.“…”——… notes."""
    ex = EXTRAS[art["id"]]
    span = 'style="font-size:15px;color:#3e3e3e;line-height:1.75em;letter-spacing:1px"'

    def one(i, p):
        if _is_head(p):
            return f'<section style="text-align:center;margin:16px 0"><span style="background:#c00000;color:#fff;padding:2px 10px"><strong>{esc(p)}</strong></span></section>'
        if p.startswith(("会议时间", "会议地点", "参加人员", "第一环节", "第二环节", "第三环节")):
            k, v = p.split("：", 1)
            return f'<p><span {span}><strong><span style="color:#c00000">{esc(k)}：</span></strong>{esc(v)}</span></p>'
        if "　" in p[:24] and "：" in p:
            k, v = p.split("：", 1)
            return f'<p><span {span}><strong>{esc(k)}：</strong>{esc(v)}</span></p>'
        return f'<p style="text-indent:2em"><span {span}>{esc(p)}</span></p>'
    photo = (lambda cs: "".join(f'<section style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 9)}/640?wx_fmt=jpeg" style="width:100%"></section>'
                                f'<section style="text-align:center"><span style="font-size:12px;color:#a5a5a5">{esc(c)}</span></section>' for c in cs))
    note = (f'<section style="border:1px dashed #c00000;padding:10px;margin:10px 0;background:#fff7f0"><span style="font-size:14px;color:#7f7f7f">{esc(ex["E"][0])}</span></section>'
            if ex["E"] else "")
    content = (f'<section style="text-align:center"><span style="background:#c00000;color:#fff;border-radius:12px;padding:2px 14px">{esc(ex["K"][0])}</span></section>'
               + note
               + f'<section style="margin:8px 0"><span style="font-size:13px;color:#888">{esc(ex["R"][0])}</span></section>'
               + _paras(art, one, photo)
               + '<section style="text-align:center;margin-top:20px"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/end/640?wx_fmt=gif"></section>'
               + '<p style="text-align:center"><span style="font-size:12px;color:#888">点击蓝字 关注我们</span></p>')
    acct, place = ("安居镇发布", "重庆") if art["id"] == "w11" else ("奉节青龙", "重庆")
    body, t = _wx_shell(art, rng, acct, content, place, orig=art["id"] == "w11")
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKabcdefghijkmnpqrstuvwxyz0123456789_-') for _ in range(22))}"
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:site_name" content="微信公众平台">')
    return head, body, url


TEMPLATES = {"zjw_gzdt_qu": zjw_gzdt_qu, "qxj_yjfb": qxj_yjfb, "wjw_gzh_jiankang": wjw_gzh_jiankang,
             "rmw_lyb_dfld": rmw_lyb_dfld, "sfb_fbh_twsl": sfb_fbh_twsl, "qubao_daodu": qubao_daodu,
             "xz_gzh_dangjian": xz_gzh_dangjian}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages34", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
