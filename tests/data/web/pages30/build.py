"""Build the thirtieth saved-page set (``pages30``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier
set used, each chosen to be hard for an extractor: a 司法局 portal's 以案释法 page with a 法条链接 /
知识链接 box inside the text and a 温馨提示 box after it (``sfj_yianshifa``), a 乡镇/街道 site on an
old table layout in GBK with a 干部简历 box (in the text or beside it) and a notice with 时间/地点
items, 附件 and a signature (``xz_gbk_jianli``), a 教委/教育局 公众号 post with a 小贴士 box and a
报名方式 box (``jw_mp_baoming``), a 中新网-like 地方 page with a 引题 or 副题 and a 视频 player
(``zxw_difang_video``), a 区 融媒体 H5 with a 图集 1/8 viewer and 延伸阅读 sentences
(``rongmei_h5_tuji``), a 总工会 site's 劳模 story with a 人物名片 card (``zgh_laomo_mingpian``) and
an e-paper 要闻版 with two articles, a 引题/副题 and a 下转 line (``epaper_yaowen_xiazhuan``).
Besides ``T``/``B``/``F`` lines, ``articles.txt`` holds layout-only lines read by :func:`extras`.
See README.md.

    python tests/data/web/pages30/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402
from pageset import hm as _hm, digits as _n, epoch as _epoch, weekday as _week, ymd as _ymd  # noqa: E402

PLACES = {"yubei": "渝北", "jiangbei": "江北", "meitan": "湄潭", "wulong": "武隆", "shizhu": "石柱",
          "liuyang": "浏阳", "tongliang": "铜梁", "dazu": "大足", "qianjiang": "黔江", "changshou": "长寿",
          "yongchuan": "永川", "kaizhou": "开州", "rongchang": "荣昌"}
LISTS = "SXEPGKDYJRVOQ"


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: captions ``C`` ``{n: [text]}``,
    the box anchor ``A`` (an int, None when absent), table rows ``W`` and the text lists of
    :data:`LISTS`."""
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
    """A subheading: short, no sentence end (一、案情回顾, 【基本案情】, 三、参加人员)."""
    return len(p) <= 20 and not p.endswith(("。", "？", "！", "；", "：", "）"))


def _rel(rng, others, k, fmt="{t}<span>{d}</span>") -> str:
    return "".join(f'<li><a href="#" target="_blank">{fmt.format(t=esc(t), d=d)}</a></li>' for t, d in rng.sample(others, k))


def _paras(art, one, photo, box="") -> str:
    """``one(i, p)`` per paragraph, ``photo(captions)`` after paragraph n for its ``C n`` lines,
    ``box`` after paragraph ``A`` (before the first when ``A`` is -1)."""
    ex = EXTRAS[art["id"]]
    out = [box] if box and ex["A"] == -1 else []
    for i, p in enumerate(art["body"]):
        out.append(one(i, p))
        if i in ex["C"]:
            out.append(photo(ex["C"][i]))
        if box and ex["A"] == i:
            out.append(box)
    return "".join(out)


def _gov_metas(art, site, column, source, pub) -> str:
    return (f'<meta name="SiteName" content="{site}"><meta name="ColumnName" content="{column}">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{pub}">'
            f'<meta name="ContentSource" content="{source}">')


# ---------------------------------------------------------------------------------------------
# 1. 司法局 以案释法


def sfj_yianshifa(art, rng, others):
    """A 区司法局's 以案释法 page: bold 【…】 or 一、… heads, a 法条链接 / 知识链接 box inside the
    text, a credit line (r01, old table layout, GBK); a photo, a 温馨提示 box, a 相关专题 strip and
    a later 更新时间 (q02)."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    org = f"{place}区司法局"
    if art["id"] == "q01":
        url = f"http://sfj.cqyb.gov.cn/zwgk_{_n(rng, 3)}/yasf/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        one = (lambda i, p: f'<p align="left"><b><font color="#c00000">{esc(p)}</font></b></p>' if _is_head(p)
               else f'<p style="text-indent:2em;line-height:200%"><font size="3" face="仿宋_GB2312">{esc(p)}</font></p>')
        box = ('<table width="92%" border="1" bordercolor="#d9b38c" cellspacing="0" cellpadding="8" align="center" bgcolor="#fdf6ec"><tr><td>'
               + f'<p><b>{esc(ex["P"][0])}</b></p>' + "".join(f'<p><font size="2">{esc(x)}</font></p>' for x in ex["P"][1:])
               + '</td></tr></table>')
        body = (f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="/images/sfj_top.jpg" width="1000" height="160"></td></tr>'
                f'<tr><td class="menu" bgcolor="#1d5fa8"><a>网站首页</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a>机构概况</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a>政务公开</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a>公共法律服务</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a>普法依法治理</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a>人民调解</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a>以案释法</a></td></tr></table>'
                f'<table width="1000" border="0" align="center"><tr><td width="230" valign="top"><table width="100%"><tr><td class="lmbt">以案释法</td></tr>'
                f'<tr><td><a>典型案例</a></td></tr><tr><td><a>以案释法</a></td></tr><tr><td><a>法律问答</a></td></tr></table>'
                f'<table width="100%" class="rx"><tr><td>公共法律服务热线<br><b>12348</b></td></tr></table></td>'
                f'<td valign="top"><table width="100%"><tr><td class="dqwz">您当前所在位置：<a>首页</a>&gt;&gt;<a>普法依法治理</a>&gt;&gt;<a>以案释法</a></td></tr>'
                f'<tr><td align="center" height="50"><font size="5" color="#1d5fa8"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布时间：{y}-{m}-{d} {_hm(rng)}&nbsp;&nbsp;&nbsp;&nbsp;来源：{org}&nbsp;&nbsp;&nbsp;&nbsp;'
                f'浏览次数：<script language="javascript">document.write("{_n(rng, 3)}");</script>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td><hr size="1" color="#cccccc"></td></tr>'
                f'<tr><td><div class="TRS_Editor">{_paras(art, one, None, box)}'
                f'<p align="right"><font size="3">{esc(ex["R"][0])}</font></p></div></td></tr>'
                f'<tr><td align="right"><a href="javascript:window.print()">[打印本页]</a>&nbsp;<a href="javascript:window.close()">[关闭窗口]</a></td></tr>'
                f'<tr><td>上一篇：<a>{esc(others[3][0])}</a><br>下一篇：<a>{esc(others[4][0])}</a></td></tr>'
                f'<tr><td class="xgwz"><b>相关文章</b><ul>{_rel(rng, others, 4, "{t}&nbsp;&nbsp;{d}")}</ul></td></tr></table></td></tr></table>'
                f'<table width="1000" align="center" class="bottom"><tr><td align="center">主办单位：重庆市渝北区司法局　地址：渝北区某某路18号　联系电话：023-{_n(rng, 8)}<br>'
                f'网站标识码：500112{_n(rng, 4)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号<br>建议使用IE8.0以上浏览器　1024*768分辨率浏览</td></tr></table>')
        head = (f'<title>{esc(art["title"])}-重庆市渝北区司法局</title>'
                + _gov_metas(art, "重庆市渝北区司法局", "以案释法", org, f"{y}-{m}-{d}"))
    else:
        url = f"http://www.cqjb.gov.cn/bm/qsfj/zwxx_{_n(rng, 5)}/yasf/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        one = (lambda i, p: f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>' if _is_head(p)
               else f'<p style="text-indent:2em">{esc(p)}</p>')
        photo = (lambda cs: "".join(f'<p style="text-align:center"><img src="/{y}{m}/W0{y}{m}{d}{_n(rng, 8)}.jpg" width="600"></p>'
                                    f'<p style="text-align:center;text-indent:0">{esc(c)}</p>' for c in cs))
        box = ('<div class="zsk" style="border:1px solid #9ec2e6;background:#f3f8fd;padding:10px 16px;margin:10px 0">'
               f'<p style="color:#1d5fa8"><strong>{esc(ex["P"][0])}</strong></p>'
               + "".join(f'<p style="font-size:14px">{esc(x)}</p>' for x in ex["P"][1:]) + '</div>')
        tip = ('<div class="wxts" style="background:#fff7e6;padding:12px;margin-top:16px">'
               f'<h4 style="color:#e67e22">{esc(ex["G"][0])}</h4>' + "".join(f"<p>{esc(x)}</p>" for x in ex["G"][1:]) + '</div>')
        info = (f'<div class="info"><span>发布日期：{y}年{m}月{d}日</span><span>更新时间：{ex["V"][0]}</span>'
                f'<span>来源：{org}</span><span>字号：<a>大</a><a>中</a><a>小</a></span><span class="fx">分享到：<a>微信</a><a>微博</a></span></div>')
        zt = "".join(f'<a><img src="/images/zt{k}.jpg" alt="{a}"><span>{a}</span></a>'
                     for k, a in enumerate(("美好生活·民法典相伴", "八五普法进行时", "法律援助惠民生"), 1))
        body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="重庆市江北区人民政府"></div>'
                f'<div class="search"><input type="text" placeholder="请输入关键字"><a>搜索</a></div></div>'
                f'<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>数据发布</li></ul></div>'
                f'<div class="w1200"><div class="crumb"><a>首页</a><span>&gt;</span><a>区级部门</a><span>&gt;</span><a>区司法局</a><span>&gt;</span><a>以案释法</a></div>'
                f'<div class="xl_con"><h1 class="tit">{esc(art["title"])}</h1>{info}'
                f'<div class="zw TRS_UEDITOR trs_paper_default">{_paras(art, one, photo, box)}</div>{tip}'
                f'<div class="zrbj">（责任编辑：{rng.choice(REPORTERS)}）</div>'
                f'<div class="dy"><a>【打印】</a><a>【关闭】</a></div></div>'
                f'<div class="xgzt"><h4>相关专题</h4><div class="ztlist">{zt}</div></div>'
                f'<div class="xgyd"><h4>相关阅读</h4><ul>{_rel(rng, others, 4)}</ul></div>'
                f'<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div></div>'
                f'<div class="footer"><p>主办：重庆市江北区人民政府办公室　承办：重庆市江北区大数据应用发展管理局</p>'
                f'<p>网站标识码：5001050{_n(rng, 3)}　<a>渝ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png"><a>渝公网安备 {_n(rng, 14)}号</a></p>'
                f'<p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a></p></div>')
        head = (f'<title>{esc(art["title"])}_重庆市江北区人民政府</title>'
                + _gov_metas(art, "重庆市江北区人民政府", "以案释法", org, f"{y}-{m}-{d} {_hm(rng)}"))
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 2. 乡镇/街道 site, old table layout, GBK


def xz_gbk_jianli(art, rng, others):
    """A 乡镇 (q03) or 街道 (q04) site on an old table layout: the text as ``&nbsp;``-indented
    lines joined by ``<br>`` in one ``<div>`` with a 干部简历 table in the middle (q03); a notice
    with 时间/地点/参加人员 items, 附件 links and a signature, a 领导简历 box in the left column and
    no visible date (q04: the date only in a meta tag and the URL)."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    if art["id"] == "q03":
        site, host = "湄潭县兴隆镇人民政府", "xl.meitan.gov.cn"
    else:
        site, host = "重庆市武隆区仙女山街道办事处", "xns.cqwulong.gov.cn"
    url = f"http://{host}/Item/Show.asp?m=1&d={_n(rng, 4)}" if art["id"] == "q03" else f"http://{host}/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.html"
    prof_lines = "".join(f"<tr><td>{esc(x)}</td></tr>" for x in ex["P"][1:])
    prof = (f'<table width="90%" border="1" cellpadding="6" cellspacing="0" bordercolor="#99bbdd" align="center">'
            f'<tr><td rowspan="{len(ex["P"])}" width="110"><img src="/UploadFiles/ld{_n(rng, 3)}.jpg" width="100"></td>'
            f'<td bgcolor="#e8f0f8"><b>{esc(ex["P"][0])}</b></td></tr>{prof_lines}</table>')
    nav = "&nbsp;|&nbsp;".join(f"<a>{x}</a>" for x in ("首页", "镇情概况", "政务公开", "通知公告", "工作动态", "招商引资", "领导之窗", "办事指南"))
    left = ('<table width="100%" border="0"><tr><td class="lbt">通知公告</td></tr>'
            + "".join(f"<tr><td>·<a>{esc(t[:14])}…</a></td></tr>" for t, _ in rng.sample(others, 4)) + '</table>')
    if art["id"] == "q03":
        def one(i, p):
            return f'&nbsp;&nbsp;&nbsp;&nbsp;<font face="宋体" size="3">{esc(p)}</font><br>'
        photo = (lambda cs: "".join(f'<center><img src="/UploadFiles/{y}{m}/{_n(rng, 10)}.jpg" border="0" width="500"><br>'
                                    f'<font size="2">{esc(c)}</font></center>' for c in cs))
        text = _paras(art, one, photo, "<br>" + prof + "<br>")
        main = (f'<tr><td class="wz">当前位置：<a>首页</a> &gt;&gt; <a>工作动态</a> &gt;&gt; 正文</td></tr>'
                f'<tr><td align="center"><font size="4" color="#b40000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" bgcolor="#f2f2f2"><font size="2">日期：{y}/{int(m)}/{int(d)}&nbsp;&nbsp;&nbsp;作者：党政办&nbsp;&nbsp;&nbsp;来源：本站原创&nbsp;&nbsp;&nbsp;点击：<script src="/Item/GetHits.asp?id={_n(rng, 4)}"></script>{_n(rng, 3)}</font></td></tr>'
                f'<tr><td><div id="zoom" style="line-height:28px">{text}<p align="right">{esc(ex["R"][0])}</p></div></td></tr>')
        head = f'<title>{esc(art["title"])} - {site}</title><meta name="keywords" content="兴隆镇,茶产业">'
    else:
        def one(i, p):
            if i == 0:
                return f'<p><font size="3">{esc(p)}</font></p>'
            if _is_head(p):
                return f'<p style="text-indent:2em"><font face="黑体" size="3">{esc(p)}</font></p>'
            return f'<p style="text-indent:2em"><font size="3">{esc(p)}</font></p>'
        att = "".join(f'<p style="text-indent:2em"><a href="/UploadFiles/{y}{m}/{_n(rng, 8)}.{x.rsplit(".", 1)[1]}">{esc(x)}</a></p>' for x in ex["X"])
        sig = "".join(f'<p align="right"><font size="3">{esc(s)}</font></p>' for s in ex["S"])
        left = (f'<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#cccccc"><tr><td class="lbt">领导之窗</td></tr><tr><td>{prof}</td></tr></table>' + left)
        main = (f'<tr><td class="wz">您现在的位置：<a>首页</a>&nbsp;&gt;&nbsp;<a>政务公开</a>&nbsp;&gt;&nbsp;<a>通知公告</a></td></tr>'
                f'<tr><td align="center" height="60"><font size="4"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center"><font size="2" color="#666666">信息来源：街道党政办&nbsp;&nbsp;&nbsp;&nbsp;阅读次数：<span id="hits">{_n(rng, 3)}</span>&nbsp;&nbsp;&nbsp;&nbsp;【<a>大</a>&nbsp;<a>中</a>&nbsp;<a>小</a>】</font></td></tr>'
                f'<tr><td><div class="con">{_paras(art, one, None)}<p>&nbsp;</p>{att}<p>&nbsp;</p>{sig}</div></td></tr>')
        head = (f'<title>{esc(art["title"])}</title><meta name="publishdate" content="{y}-{m}-{d}">'
                f'<meta name="description" content="{esc(art["title"])}">')
    body = (f'<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="/images/banner.jpg" width="980" height="140" alt="{site}"></td></tr>'
            f'<tr><td height="32" bgcolor="#0b5aa6" align="center" class="nav">{nav}</td></tr>'
            f'<tr><td height="26"><marquee scrollamount="3">欢迎访问{site}网站！</marquee></td></tr></table>'
            f'<table width="980" border="0" align="center" cellspacing="0" cellpadding="0"><tr><td width="220" valign="top">{left}</td>'
            f'<td width="10"></td><td valign="top"><table width="100%" border="0" cellpadding="4">{main}'
            f'<tr><td align="center"><a href="javascript:window.print()">【打印此页】</a>&nbsp;&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
            f'</table></td></tr></table>'
            f'<table width="980" align="center" bgcolor="#0b5aa6"><tr><td align="center"><font color="#ffffff" size="2">版权所有：{site}　联系电话：{"0851-" if art["id"] == "q03" else "023-"}{_n(rng, 8)}<br>'
            f'{"黔" if art["id"] == "q03" else "渝"}ICP备{_n(rng, 8)}号　技术支持：某某网络科技有限公司</font></td></tr></table>')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 3. 教委/教育局 公众号


def jw_mp_baoming(art, rng, others):
    """A 县教委 (q05) or 市教育局 (q06) account post: pill-shaped ``一、…`` heads and a numbered
    list of schools (q05) or bold 问： turns (q06), a dashed 小贴士 box inside the text, a 报名方式
    box after it, a credit line, WeChat's shell; the text names later dates (7月10日, 8月20日)."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    acct = f"{place}教育" if art["id"] == "q05" else f"{place}市教育局"
    t = _hm(rng)
    span = 'style="font-size:16px;letter-spacing:1px;line-height:1.8em;color:#333"'

    def one(i, p):
        if _is_head(p) and p[1:2] == "、":
            return (f'<section style="text-align:center;margin:18px 0 8px"><span style="background:#2f7bd9;color:#fff;padding:3px 14px;border-radius:14px">'
                    f'<strong>{esc(p)}</strong></span></section>')
        if p.startswith("问："):
            return f'<p style="margin-top:12px"><span {span}><strong><span style="color:#2f7bd9">问：</span>{esc(p[2:])}</strong></span></p>'
        if p.startswith("答："):
            return f'<p><span {span}><strong>答：</strong>{esc(p[2:])}</span></p>'
        if p[:1].isdigit():
            return f'<p style="margin-left:2em"><span {span}>{esc(p)}</span></p>'
        return f'<p style="text-indent:2em"><span {span}>{esc(p)}</span></p>'
    photo = (lambda cs: "".join(f'<section style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 9)}/640" style="width:100%"></section>'
                                f'<p style="text-align:center"><span style="font-size:12px;color:#888">{esc(c)}</span></p>' for c in cs))
    tip = (f'<section style="border:1px dashed #f0a020;background:#fffaf0;padding:10px 14px;margin:14px 0">'
           f'<p><span style="color:#f08020;font-size:15px"><strong>💡 {esc(ex["P"][0])}</strong></span></p>'
           + "".join(f'<p><span style="font-size:14px;color:#666">{esc(x)}</span></p>' for x in ex["P"][1:]) + '</section>')
    how = (f'<section style="background:#eef5ff;border-radius:8px;padding:12px 16px;margin-top:20px">'
           f'<section style="text-align:center"><span style="font-size:17px;color:#2f7bd9"><strong>— {esc(ex["G"][0])} —</strong></span></section>'
           + "".join(f'<p><span style="font-size:14px">{esc(x)}</span></p>' for x in ex["G"][1:])
           + f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_n(rng, 9)}/640" style="width:40%"></section>'
           '<p style="text-align:center"><span style="font-size:12px;color:#999">长按识别二维码进入报名页面</span></p></section>')
    content = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/top/640?wx_fmt=gif"></section>'
               + _paras(art, one, photo, tip) + how
               + f'<p style="text-align:right"><span style="font-size:12px;color:#999">{esc(ex["R"][0])}</span></p>'
               '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/end/640"></section>'
               '<p style="text-align:center"><span style="font-size:12px;color:#aaa">分享 · 点赞 · 在看 三连支持</span></p>')
    url = f"https://mp.weixin.qq.com/s?__biz=MzA{_n(rng, 7)}==&mid=26{_n(rng, 8)}&idx=1&sn={_n(rng, 10):x}&chksm={_n(rng, 8)}#rd"
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n          {esc(art["title"])}\n        </h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta_area">发表于{"重庆" if art["id"] == "q05" else "湖南"}</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">{content}</div>'
            f'<div id="js_tags" class="article-tag_list"><span>#招生入学</span><span>#教育资讯</span></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(2, 9)}.{rng.randint(0, 9)}万</span>'
            f'<span>赞 {rng.randint(20, 300)}</span><span>分享</span><span>在看 {rng.randint(5, 80)}</span></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode"><p>微信扫一扫<br>关注该公众号</p></div>'
            f'<div id="js_cmt_area"><p>留言</p>{"".join(f"<p>{n}：{c}</p>" for n, c in (("家长", "请问托管可以选择部分时段吗？"), ("小鱼妈妈", "已报名，感谢！")))}</div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "{acct}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:type" content="article"><meta name="description" content="{esc(art["body"][0][:40])}">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 4. 中新网-like 地方 page with video


def zxw_difang_video(art, rng, others):
    """A 中新网-like 地方 page: a 视频 player with its 时长 and 来源 line, a 引题 above the ``h1``
    (q07) or a 副题 under it (q08), the ``中新网X月X日电`` formula, 记者：/name： turns and a photo
    table (q07), an 【编辑:…】 line, a reprint notice, 相关新闻, footer."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    t = _hm(rng)
    prov = "cq" if art["id"] == "q07" else "gz"
    url = f"https://www.{prov}.chinanews.com.cn/news/{y}/{m}-{d}/{_n(rng, 6)}.shtml"
    vid = (f'<div class="video_con"><video id="vjs" class="video-js" controls preload="none" poster="//i2.chinanews.com/simg/{y}/{m}{d}/{_n(rng, 8)}.jpg">'
           f'<source src="//video.chinanews.com/flv/{y}/{m}/{d}/{_n(rng, 6)}.mp4" type="video/mp4"></video>'
           f'<div class="video_info"><p class="vt">视频：{esc(art["title"].split("：")[-1])}</p>'
           f'<p class="vs">时长：00:0{rng.randint(1, 3)}:{rng.randint(10, 59)}　来源：中新网{"重庆" if prov == "cq" else "贵州"}</p></div></div>')
    one = lambda i, p: f'<p>　　{esc(p)}</p>'
    photo = (lambda cs: "".join(f'<table border="0" cellspacing="0" cellpadding="0" align="center"><tbody><tr><td><img src="//i2.chinanews.com/simg/cmshd/{y}{m}{d}/{_n(rng, 8)}.jpg" alt="" width="600"></td></tr>'
                                f'<tr><td class="pictext" align="center">　　{esc(c)}</td></tr></tbody></table>' for c in cs))
    kicker = f'<div class="content_title_yt">{esc(ex["K"][0])}</div>' if ex["K"] else ""
    sub = f'<h2 class="content_title_ft">{esc(ex["D"][0])}</h2>' if ex["D"] else ""
    info = (f'<div class="content_left_time">{y}年{m}月{d}日 {t}　来源：中国新闻网</div>' if art["id"] == "q07"
            else f'<div class="content_left_time">{y}-{m}-{d} {t}　来源：中新网贵州</div>')
    text = _paras(art, one, photo)
    body = (f'<div class="topbar"><a>中新网</a><a>首页</a><a>滚动</a><a>时政</a><a>国际</a><a>社会</a><a>财经</a><a>地方</a><a>视频</a><a>图片</a></div>'
            f'<div class="channel-nav">中新网{"重庆" if prov == "cq" else "贵州"} | <a>要闻</a><a>区县</a><a>文旅</a><a>经济</a></div>'
            f'<div class="con_left"><div class="content_maincontent_more">{kicker}<h1 class="content_left_title">{esc(art["title"])}</h1>{sub}'
            f'<div class="content_left_share">{info}<div class="share"><span>分享到：</span><a class="wx"></a><a class="wb"></a><a class="qq"></a>'
            f'<a>大字体</a><a>小字体</a></div></div>'
            f'<div class="content_maincontent_content">{vid}<div class="left_zw" style="position:relative">{text}</div>'
            f'<div id="function_code_page"></div><div class="adEditor"><div class="left_name"><div class="left_name">{esc(ex["R"][0])}</div></div></div></div>'
            f'<div class="statement"><p>本网站所刊载信息，不代表中新社和中新网观点。刊用本网站稿件，务经书面授权。</p>'
            f'<p>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p></div>'
            f'<div class="xgxw"><div class="title">相关新闻</div><ul>{_rel(rng, others, 5, "{t}<span>{d}</span>")}</ul></div>'
            f'<div class="ph"><div class="title">排行榜</div><ol>{"".join(f"<li>{esc(tt)}</li>" for tt, _ in rng.sample(others, 4))}</ol></div></div></div>'
            f'<div class="footer"><p><a>关于我们</a> | <a>About us</a> | <a>联系我们</a> | <a>广告服务</a> | <a>供稿服务</a> | <a>法律声明</a> | <a>招聘信息</a> | <a>网站地图</a></p>'
            f'<p>本网站所刊载信息，不代表中新社和中新网观点。刊用本网站稿件，务经书面授权。</p>'
            f'<p>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p>'
            f'<p>[网上传播视听节目许可证（0106168)] [京ICP证040655号] [京公网安备：110102003042-1] [京ICP备05004340号-1] 总机：86-10-87826688</p>'
            f'<p>违法和不良信息举报电话：15699788000 举报邮箱：jubao@chinanews.com.cn 举报受理和处置管理办法</p>'
            f'<p>Copyright ©1999-{y} chinanews.com. All Rights Reserved</p></div>')
    head = (f'<title>{esc(art["title"])}-中新网</title><meta name="keywords" content="{esc(art["title"])}">'
            f'<meta name="pubdate" content="{y}-{m}-{d} {t}:00"><meta name="author" content="{esc(ex["R"][0].strip("【】"))}">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 5. 区 融媒体 H5 with a 图集 viewer


def rongmei_h5_tuji(art, rng, others):
    """A 区融媒体中心 client's H5 share page: 打开APP bar, a credit line above the text, a 图集
    viewer (slides numbered 1/8 … 8/8 with captions) inside the text, a 延伸阅读 box of full
    sentences after it, an 编者按 (q10); a visible date (q09) or none (q10: meta and URL only)."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    app = f"{place}发布" if art["id"] == "q09" else f"{place}融媒"
    n = len(next(iter(ex["C"].values())))
    photo = (lambda cs: '<div class="swiper-container atlas"><div class="swiper-wrapper">'
             + "".join(f'<div class="swiper-slide"><img src="https://rmt.{art["place"]}.cn/upload/{y}{m}/{_n(rng, 10)}.jpg">'
                       f'<div class="desc"><span class="num"><em>{k}</em>/{n}</span><p>{esc(c)}</p></div></div>' for k, c in enumerate(cs, 1))
             + '</div><div class="swiper-pagination"></div><a class="atlas-full">查看图集</a></div>')
    one = lambda i, p: f'<p style="text-indent:2em">{esc(p)}</p>'
    editor = (f'<p style="border-left:4px solid #c00;background:#f7f7f7;padding:8px;color:#555"><strong>编者按：</strong>{esc(ex["E"][0][4:])}</p>'
              if ex["E"] else "")
    ysyd = ('<div class="extend-read"><h3>延伸阅读</h3>' + "".join(f'<p>{esc(x)}</p>' for x in ex["Y"]) + '</div>')
    url = f"https://app.{art['place']}.cn/h5/detail/{y}-{m}/{d}/content_{_n(rng, 7)}.html?share=wx"
    if art["id"] == "q09":
        info = (f'<div class="art-info"><span class="src">来源：{app}客户端</span><span class="time">{y}-{m}-{d} {_hm(rng)}</span>'
                f'<span class="read">阅读 {rng.randint(1, 9)}.{rng.randint(0, 9)}万</span></div>')
        head = f'<title>{esc(art["title"])}</title>'
    else:
        info = f'<div class="art-info"><span class="src">{app}</span><span class="read">{_n(rng, 4)}人浏览</span></div>'
        head = (f'<title>{esc(art["title"])}-{app}</title><meta name="publishdate" content="{y}-{m}-{d}">'
                f'<meta name="description" content="{esc(art["body"][0][:30])}">')
    body = (f'<div class="download-bar"><img src="/static/logo_{art["place"]}.png"><div><p>{app}</p><p>看{place}，就上{app}</p></div><a class="open">打开APP</a></div>'
            f'<div class="article"><h1 class="art-title">{esc(art["title"])}</h1>{info}'
            f'<div class="art-author">{esc(ex["R"][0])}</div>'
            f'<div class="art-content">{editor}{_paras(art, one, photo)}</div>{ysyd}'
            f'<div class="art-bottom"><a class="like">点赞 {rng.randint(10, 500)}</a><a class="share">分享</a></div>'
            f'<div class="copyright">版权声明：本文为{place}区融媒体中心原创作品，未经授权不得转载。</div></div>'
            f'<div class="recommend"><h3>相关推荐</h3><ul>{_rel(rng, others, 4, "<p>{t}</p><span>{d}</span>")}</ul></div>'
            f'<div class="comment"><h3>评论 <em>{rng.randint(3, 60)}</em></h3><p>{place}网友：为家乡点赞！</p><a>打开APP查看更多评论</a></div>'
            f'<div class="foot">{place}区融媒体中心 主办　互联网新闻信息服务许可证：500{_n(rng, 8)}</div>')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 6. 总工会 劳模 story


def zgh_laomo_mingpian(art, rng, others):
    """A 总工会 site's 劳模 page: a 人物名片 card floated in the middle of the text (q11) or
    before it (q12), bold ``一、…`` heads (q11) or paragraphs opening with a bold sentence
    (``坚持…，…。``, q12), a photo, a credit line, 上一篇/下一篇, footer."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    site = "重庆市总工会"
    url = f"https://www.cqgh.org/{'lmfc' if art['id'] == 'q11' else 'qxgh'}/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.html"
    card = ('<div class="rwmp" style="float:right;width:260px;margin:0 0 10px 16px;border:1px solid #c8161d">'
            f'<div style="background:#c8161d;color:#fff;padding:4px 10px"><b>{esc(ex["P"][0])}</b></div>'
            f'<img src="/uploads/{y}{m}/{_n(rng, 8)}.jpg" width="240">'
            + "".join(f'<p style="font-size:13px;padding:0 8px">{esc(x)}</p>' for x in ex["P"][1:]) + '</div>')

    def one(i, p):
        if _is_head(p):
            return f'<p style="text-indent:2em"><strong><span style="color:#c8161d">{esc(p)}</span></strong></p>'
        if p.startswith("坚持") and "。" in p:
            lead, rest = p.split("。", 1)
            return f'<p style="text-indent:2em"><strong>{esc(lead)}。</strong>{esc(rest)}</p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'
    photo = (lambda cs: "".join(f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 8)}.jpg" width="560"></p>'
                                f'<p style="text-align:center;font-size:14px;color:#555">{esc(c)}</p>' for c in cs))
    if art["id"] == "q11":
        info = (f'<div class="info">发布时间：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;来源：长寿区总工会&nbsp;&nbsp;&nbsp;&nbsp;'
                f'作者：&nbsp;&nbsp;&nbsp;&nbsp;浏览：<span id="clicks">{_n(rng, 3)}</span>次</div>')
        crumb, credit = "劳模风采", f'<p style="text-align:right">{esc(ex["R"][0])}</p>'
    else:
        info = (f'<div class="info"><span>{y}年{m}月{d}日 {_hm(rng)}</span><span>来源：永川区总工会</span>'
                f'<span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        crumb, credit = "区县工会", f'<p class="bj">{esc(ex["R"][0])}</p>'
    body = (f'<div class="top"><div class="w"><span>欢迎访问重庆市总工会网站</span><a>登录</a><a>注册</a><a>无障碍</a></div></div>'
            f'<div class="banner"><img src="/images/cqgh_logo.png" alt="{site}"></div>'
            f'<div class="menu"><a>首页</a><a>工会要闻</a><a>区县工会</a><a>产业工会</a><a>劳模风采</a><a>职工服务</a><a>网上工会</a></div>'
            f'<div class="w"><div class="location">当前位置：<a>首页</a> &gt; <a>{crumb}</a> &gt; 正文</div>'
            f'<div class="article"><h1>{esc(art["title"])}</h1>{info}'
            f'<div class="article-con">{_paras(art, one, photo, card)}<div style="clear:both"></div>{credit}</div>'
            f'<div class="tools"><a>【打印】</a><a>【关闭】</a><span>分享到：</span><a>微信</a><a>微博</a></div>'
            f'<div class="prenext"><p>上一篇：<a>{esc(others[5][0])}</a></p><p>下一篇：<a>{esc(others[6][0])}</a></p></div></div>'
            f'<div class="side"><h3>工会要闻</h3><ul>{_rel(rng, others, 5, "{t}")}</ul><div class="rx"><img src="/images/12351.png"><p>职工服务热线 12351</p></div></div></div>'
            f'<div class="footer"><p>主办：{site}　地址：重庆市渝中区某某路2号　邮编：400015</p>'
            f'<p>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</p><p>版权所有 © {site} 未经许可不得复制、转载</p></div>')
    head = f'<title>{esc(art["title"])}-{site}</title><meta name="description" content="{esc(art["body"][0][:50])}">'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 7. e-paper 要闻版 with two articles


def epaper_yaowen_xiazhuan(art, rng, others):
    """A 区 paper's e-paper 要闻 page: date and weekday header, 版次 ``select``, 上一版/下一版,
    PDF, a page image; the article with a 引题 (and a 副题, q13), a byline, the text (``<p>``
    with ``　　``, q13; ``&nbsp;``-indented ``<br>`` lines in one ``div``, q14) ending in a
    下转 line, then a second article's title and text on the same page, 本版标题导航."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    place = PLACES[art["place"]]
    paper = f"{place}日报" if art["id"] == "q13" else f"{place}报"
    url = f"http://epaper.{art['place']}.cn/{'html' if art['id'] == 'q13' else 'Html'}/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    nav = [art["title"], ex["O"][0]] + [t for t, _ in rng.sample(others, 2)]
    top = (f'<table width="1000" align="center" class="ep-head"><tr><td><img src="/images/{art["place"]}_logo.gif"></td>'
           f'<td>{y}年{m}月{d}日　{_week(art)}</td><td><a>第01版：要闻</a>　<a>上一版</a>　<a>下一版</a>　<a>PDF下载</a>　<a>往期回顾</a></td></tr></table>'
           f'<div class="ep-page"><img src="/images/{y}-{m}/{d}/01/{_n(rng, 7)}_b.jpg" usemap="#PagePicMap" width="320">'
           f'<select><option>第01版：要闻</option><option>第02版：综合</option><option>第03版：经济</option><option>第04版：副刊</option></select></div>')
    kick = f'<h3 class="yt">{esc(ex["K"][0])}</h3>'
    sub = f'<h3 class="ft">{esc(ex["D"][0])}</h3>' if ex["D"] else ""
    if art["id"] == "q13":
        text = "".join(f"<p>　　{esc(p)}</p>" for p in art["body"]) + f"<p>　　{esc(ex['J'][0])}</p>"
        other = "".join(f"<p>　　{esc(p)}</p>" for p in ex["Q"])
        head = f'<title>{paper}数字报</title><meta name="description" content="{paper}电子版">'
    else:
        text = "<br>".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in art["body"]) + f"<br>&nbsp;&nbsp;&nbsp;&nbsp;{esc(ex['J'][0])}"
        other = "<br>".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in ex["Q"])
        head = f'<title>{esc(art["title"])}_{paper}</title>'
    body = (top + f'<div class="ep-main"><div class="ep-article">{kick}<h1>{esc(art["title"])}</h1>{sub}'
            f'<p class="zz">{esc(ex["R"][0])}</p><div id="ozoom"><founder-content>{text}</founder-content></div></div>'
            f'<div class="ep-article"><h1>{esc(ex["O"][0])}</h1><div class="ozoom2"><founder-content>{other}</founder-content></div></div>'
            f'<div class="pn"><a>上一篇</a>　<a>返回目录</a>　<a>下一篇</a></div>'
            f'<div class="bbdh"><h4>本版标题导航</h4><ul>{"".join(f"<li><a>{esc(t)}</a></li>" for t in nav)}</ul></div></div>'
            f'<div class="ep-foot">{paper}社版权所有　本站所有内容未经书面授权不得转载、摘编　渝ICP备{_n(rng, 8)}号</div>')
    return head, body, url


TEMPLATES = {"sfj_yianshifa": sfj_yianshifa, "xz_gbk_jianli": xz_gbk_jianli, "jw_mp_baoming": jw_mp_baoming,
             "zxw_difang_video": zxw_difang_video, "rongmei_h5_tuji": rongmei_h5_tuji,
             "zgh_laomo_mingpian": zgh_laomo_mingpian, "epaper_yaowen_xiazhuan": epaper_yaowen_xiazhuan}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages30", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
