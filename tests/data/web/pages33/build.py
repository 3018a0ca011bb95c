"""Build the thirty-third saved-page set (``pages33``): a development set for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier
set used, each chosen to be hard for an extractor: a 生态环境局 环评公示 with a data table or a
key-value grid, a signature and 附件 (``sthjj_hpgs``), a 区/市 档案馆 党史故事 with a 史料 box and
尾注 (``dag_dangshi_shiliao``), a 村 公众号 村务公开 post with money tables or 时间/地点 items
(``cun_mp_cwgk``), a 科协 科普 page with a 知识链接 box and 记者： turns (``kx_kepu_zhishi``), a
宣传部 网评 article signed by its author at the end (``xcb_wangping_shuming``), an e-paper 周刊 long
feature with 小标题 and 尾注 (``epaper_zhoukan_weizhu``) and a 省纪委监委 审查调查/通报 page
(``sjw_scdc_tongbao``). Besides ``T``/``B``/``F`` lines, ``articles.txt`` holds layout-only lines
read by :func:`extras`. See README.md.

    python tests/data/web/pages33/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402
from pageset import hm as _hm, hms as _hms, digits as _n, epoch as _epoch, weekday as _week, ymd as _ymd  # noqa: E402

PLACES = {"wanzhou": "万州", "ziyang": "资阳", "fuling": "涪陵", "linyi": "临沂", "tongnan": "潼南",
          "anji": "安吉", "yunyang": "云阳", "jiangbei": "江北", "banan": "巴南", "yongchuan": "永川",
          "xiushan": "秀山", "qujing": "曲靖", "guizhou": "贵州", "hunan": "湖南"}
LISTS = "SXEPGKDNRVOQ"


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
    """A subheading: short, no sentence end (一、公示期限, 【保护】, 从艺四十年)."""
    return len(p) <= 20 and not p.endswith(("。", "？", "！", "；", "：", "）", "”"))


def _rel(rng, others, k, fmt="{t}<span>{d}</span>") -> str:
    return "".join(f'<li><a href="#" target="_blank">{fmt.format(t=esc(t), d=d)}</a></li>' for t, d in rng.sample(others, k))


def _paras(art, one, photo=None, box="") -> str:
    """``one(i, p)`` per paragraph that is not a table row, table rows (``W``) as one ``<table>``
    where they start, ``photo(captions)`` after paragraph n for its ``C n`` lines, ``box`` after
    paragraph ``A`` (before the first when ``A`` is -1)."""
    ex = EXTRAS[art["id"]]
    out = [box] if box and ex["A"] == -1 else []
    rows = ex["W"]
    i = 0
    body = art["body"]
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


def _table(rows) -> str:
    """Body rows as a bordered table, the cells of each row split on single spaces."""
    trs = []
    for r in rows:
        cells = r.split(" ")
        trs.append("<tr>" + "".join(f'<td style="border:1px solid #999;padding:4px">{esc(c)}</td>' for c in cells) + "</tr>")
    return ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" '
            'style="border-collapse:collapse"><tbody>' + "".join(trs) + "</tbody></table>")


def _gov_metas(art, site, column, source, pub) -> str:
    return (f'<meta name="SiteName" content="{site}"><meta name="ColumnName" content="{column}">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{pub}">'
            f'<meta name="ContentSource" content="{source}">')


def _gov_footer(rng, host, org, prov="渝") -> str:
    return (f'<div class="footer"><p>主办：{org}　承办：{org}办公室</p>'
            f'<p>网站标识码：{_n(rng, 10)}　<a>{prov}ICP备{_n(rng, 8)}号-{rng.randint(1, 3)}</a>　'
            f'<img src="/images/ga.png"><a>{prov}公网安备 {_n(rng, 14)}号</a></p>'
            f'<p><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a>　建议使用1366×768分辨率浏览</p></div>')


# ---------------------------------------------------------------------------------------------
# 1. 生态环境局 环评公示


def sthjj_hpgs(art, rng, others):
    """A 生态环境局's 环评 公示: v01 an old table-layout district portal in GBK (`发布日期：`, a
    受理 table, a signature dated three days before, 附件 links); v02 a 市 portal with a
    key-value grid, 发布时间 and a later 更新时间 side by side as spans with no whitespace."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    att = "".join(f'<p style="text-indent:2em"><a href="./P0{y}{m}{d}{_n(rng, 6)}.pdf">{esc(x)}</a></p>' for x in ex["X"])
    sig = "".join(f'<p style="text-align:right">{esc(s)}</p>' for s in ex["S"])
    if art["id"] == "v01":
        one = (lambda i, p: f'<p style="text-indent:2em"><font face="黑体">{esc(p)}</font></p>' if _is_head(p)
               else f'<p style="text-indent:2em"><font face="仿宋_GB2312" size="3">{esc(p)}</font></p>')
        url = f"http://www.wz.gov.cn/bm/sthjj/zwgk_{_n(rng, 5)}/hjyxpj/slqk/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        body = (f'<table width="1002" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="../../images/top_sthjj.jpg" width="1002" height="150"></td></tr>'
                f'<tr><td class="nav" bgcolor="#1a7f3c">&nbsp;<a>首页</a>&nbsp;|&nbsp;<a>机构职能</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>环境质量</a>&nbsp;|&nbsp;<a>环评审批</a>&nbsp;|&nbsp;<a>执法监督</a>&nbsp;|&nbsp;<a>互动交流</a></td></tr></table>'
                f'<table width="1002" border="0" align="center" cellspacing="0"><tr><td width="240" valign="top" class="left">'
                f'<table width="100%"><tr><td class="lmmc">环境影响评价</td></tr><tr><td>·<a>受理情况公示</a></td></tr><tr><td>·<a>拟审批公示</a></td></tr><tr><td>·<a>审批决定公告</a></td></tr>'
                f'<tr><td>·<a>验收公示</a></td></tr></table><table width="100%" class="lxfs"><tr><td>环保举报热线<br><b>12345</b></td></tr></table></td>'
                f'<td valign="top"><table width="100%" cellpadding="5"><tr><td class="dqwz">当前位置：<a>首页</a>&nbsp;&gt;&gt;&nbsp;<a>环评审批</a>&nbsp;&gt;&gt;&nbsp;<a>受理情况公示</a></td></tr>'
                f'<tr><td align="center"><font size="4" color="#1a7f3c"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="fbsj">发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;信息来源：万州区生态环境局&nbsp;&nbsp;&nbsp;&nbsp;'
                f'浏览次数：<script>document.write({_n(rng, 3)});</script>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a>&nbsp;<a>中</a>&nbsp;<a>小</a>】</td></tr>'
                f'<tr><td><div class="TRS_Editor">{_paras(art, one)}<p>&nbsp;</p>{sig}<p>&nbsp;</p>{att}</div></td></tr>'
                f'<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
                f'<tr><td class="xgxx"><b>相关信息：</b><ul>{_rel(rng, others, 3, "{t}&nbsp;({d})")}</ul></td></tr></table></td></tr></table>'
                f'<table width="1002" align="center" class="bottom"><tr><td align="center">主办单位：重庆市万州区生态环境局　地址：万州区江南新区某某路66号　邮编：404000<br>'
                f'网站标识码：500101{_n(rng, 4)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = (f'<title>{esc(art["title"])}</title>'
                + _gov_metas(art, "重庆市万州区人民政府", "受理情况公示", "万州区生态环境局", f"{y}-{m}-{d} {_hm(rng)}"))
    else:
        one = (lambda i, p: f'<p style="text-indent:2em;line-height:1.75">{esc(p)}</p>')
        url = f"https://sthjj.ziyang.gov.cn/xxgk/hpgs/{_n(rng, 8)}.html"
        info = (f'<div class="xl_info"><span class="time">发布时间：{y}年{m}月{d}日 {_hm(rng)}</span><span>更新时间：{ex["V"][0]}</span>'
                f'<span>来源：资阳市生态环境局</span><span>浏览量：<em id="hits">{_n(rng, 3)}</em></span>'
                f'<span class="font">字号：<a>大</a><a>中</a><a>小</a></span></div>')
        body = (f'<div class="top"><div class="w1200"><span>欢迎访问资阳市生态环境局网站！</span><a>无障碍</a><a>长者模式</a><a>English</a></div></div>'
                f'<div class="header"><img src="/images/logo.png" alt="资阳市生态环境局"><div class="sousuo"><input type="text"><button>搜索</button></div></div>'
                f'<div class="nav"><ul><li>首页</li><li>机构概况</li><li>信息公开</li><li>环评审批</li><li>环境监测</li><li>政民互动</li></ul></div>'
                f'<div class="w1200 main"><div class="location">您现在的位置：<a>首页</a> &gt; <a>信息公开</a> &gt; <a>环评公示</a></div>'
                f'<div class="xl_con"><div class="bt_content"><h2 class="xl_title">{esc(art["title"])}</h2>{info}'
                f'<div class="xl_zw" id="zoom"><div class="TRS_UEDITOR">{_paras(art, one)}{sig}{att}</div></div></div>'
                f'<div class="xl_tools"><a class="print">打印</a><a class="close">关闭</a><span class="share">分享到：<a>微信</a><a>微博</a><a>QQ</a></span></div>'
                f'<div class="pre_next"><p>上一篇：<a>{esc(others[1][0])}</a></p><p>下一篇：<a>{esc(others[2][0])}</a></p></div></div>'
                f'<div class="ewm"><img src="/images/ewm.jpg"><p>扫一扫在手机上查看当前页面</p></div></div>'
                + _gov_footer(rng, "sthjj.ziyang.gov.cn", "资阳市生态环境局", "蜀"))
        head = (f'<title>{esc(art["title"])}-资阳市生态环境局</title>'
                + _gov_metas(art, "资阳市生态环境局", "环评公示", "资阳市生态环境局", f"{y}-{m}-{d}"))
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 2. 档案馆 党史故事


def dag_dangshi_shiliao(art, rng, others):
    """A 档案馆 site's 党史故事: v03 a 区档案馆 portal page with `时间：2022/7/1`, bold ``一、…``
    heads, a 馆藏 photo with caption, a 【史料链接】 box in the text and numbered 注 lines after
    it; v04 a 市档案馆 page on an old CMS with NO visible date (PubDate meta and the URL), an
    编者按, the text as ``<br>``-separated lines in one ``<div>`` with a 史料卡片 table in it,
    an item list as body and 参考文献 lines."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    notes = "".join(f'<p style="font-size:12px;color:#666">{esc(x)}</p>' for x in ex["N"])
    if art["id"] == "v03":
        one = (lambda i, p: f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>' if _is_head(p)
               else f'<p style="text-indent:2em">{esc(p)}</p>')
        photo = (lambda cs: "".join(f'<p style="text-align:center"><img src="/uploadfiles/{y}{m}/{_n(rng, 12)}.jpg" width="560"></p>'
                                    f'<p style="text-align:center;font-size:14px">{esc(c)}</p>' for c in cs))
        box = ('<div class="slk" style="border-left:4px solid #b22;background:#faf3ec;padding:8px 14px;margin:12px 0">'
               f'<p><b>{esc(ex["P"][0])}</b></p>' + "".join(f'<p style="font-size:14px">{esc(x)}</p>' for x in ex["P"][1:]) + '</div>')
        url = f"http://www.fl.gov.cn/zwxx_{_n(rng, 5)}/bmdt/dag/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        body = (f'<div class="head"><img src="/images/dag_logo.png" alt="涪陵区档案馆"><ul class="menu"><li>首页</li><li>馆情简介</li><li>档案工作</li><li>档案查询</li><li>档案文化</li><li>党史故事</li></ul></div>'
                f'<div class="wrap"><div class="wz">您所在的位置：<a>首页</a>&gt;<a>档案文化</a>&gt;<a>党史故事</a></div>'
                f'<div class="article"><div class="title">{esc(art["title"])}</div>'
                f'<div class="sx"><span>时间：{y}/{int(m)}/{int(d)}</span>&nbsp;&nbsp;<span>来源：涪陵区档案馆</span>&nbsp;&nbsp;<span>作者：编研科</span>&nbsp;&nbsp;'
                f'<span>阅读：<script>document.write("{_n(rng, 4)}")</script></span></div>'
                f'<div class="con">{_paras(art, one, photo, box)}<hr style="width:30%;margin-left:0">{notes}</div>'
                f'<div class="zrbj">责任编辑：{rng.choice(REPORTERS)}</div>'
                f'<div class="fx">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a>　<a>打印</a>　<a>关闭</a></div></div>'
                f'<div class="right"><h3>档案里的党史</h3><ul>{_rel(rng, others, 5, "{t}")}</ul>'
                f'<h3>馆藏精品</h3><div class="pic"><img src="/images/jp1.jpg"><p>馆藏精品档案展</p></div></div></div>'
                + _gov_footer(rng, "www.fl.gov.cn", "重庆市涪陵区档案馆"))
        head = f'<title>{esc(art["title"])}_涪陵区档案馆</title><meta name="keywords" content="党史故事,红色档案">'
    else:
        one = (lambda i, p: f'&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}<br>')
        card = ('<table border="1" cellpadding="6" cellspacing="0" width="70%" align="center" bordercolor="#c9a46b" bgcolor="#fbf6ec">'
                f'<tr><td colspan="2" align="center"><b>{esc(ex["P"][0])}</b></td></tr>'
                + "".join(f'<tr><td width="30%">{esc(x.split("：", 1)[0])}</td><td>{esc(x.split("：", 1)[1])}</td></tr>' for x in ex["P"][1:])
                + '</table><br>')
        url = f"http://www.lydaj.gov.cn/html/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.html"
        body = (f'<table width="980" align="center" cellspacing="0" cellpadding="0"><tr><td><img src="/images/banner_da.jpg" width="980" height="120"></td></tr>'
                f'<tr><td class="menu">&nbsp;<a>首页</a>&nbsp;&nbsp;<a>机构概况</a>&nbsp;&nbsp;<a>工作动态</a>&nbsp;&nbsp;<a>档案编研</a>&nbsp;&nbsp;<a>档案里的党史</a>&nbsp;&nbsp;<a>查档指南</a></td></tr></table>'
                f'<table width="980" align="center"><tr><td valign="top" width="720">'
                f'<div class="position">当前位置：首页 &gt;&gt; 档案里的党史 &gt;&gt; 正文</div>'
                f'<h1 style="text-align:center;font-size:22px">{esc(art["title"])}</h1>'
                f'<div class="attr" align="center">文章来源：市档案馆编研科&nbsp;&nbsp;&nbsp;&nbsp;点击数：<span id="ClickNum">{_n(rng, 3)}</span>&nbsp;&nbsp;&nbsp;&nbsp;【<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<div class="bza" style="background:#f2f2f2;padding:8px;font-family:楷体">{esc(ex["E"][0])}</div>'
                f'<div id="article_content" style="line-height:30px">{_paras(art, one, None, card)}</div>'
                f'<div class="ckwx" style="margin-top:20px">{notes}</div>'
                f'<div class="pn">上一篇：<a>{esc(others[5][0])}</a><br>下一篇：<a>{esc(others[6][0])}</a></div></td>'
                f'<td width="240" valign="top"><div class="rlist"><b>热点文章</b><ul>{_rel(rng, others, 5, "{t}")}</ul></div></td></tr></table>'
                f'<div class="copyright">版权所有：临沂市档案馆　地址：临沂市北城新区某某路　鲁ICP备{_n(rng, 8)}号<br>'
                f'<img src="/images/ga.png">鲁公网安备 {_n(rng, 14)}号　网站标识码：3713000{_n(rng, 3)}</div>')
        head = (f'<title>{esc(art["title"])}--临沂市档案馆</title><meta name="PubDate" content="{y}-{m}-{d} {_hms(rng)}">'
                f'<meta name="description" content="{esc(art["body"][0])}">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 3. 村 公众号 村务公开


def cun_mp_cwgk(art, rng, others):
    """A village account's post in WeChat's shell: v05 a 村务公开 with money tables, 公开时间/地点
    lines, a 监督电话 box and a two-organisation signature (the text naming 2023年12月31日); v06 a
    村民代表会议 post with 会议时间/地点/参加人员 items, a numbered list, a ▲ caption and a credit
    line above the text."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    t = _hm(rng)
    acct = "双江镇某某村" if art["id"] == "v05" else "美丽余村"
    span = 'style="font-size:15px;color:#3e3e3e;line-height:1.75em;letter-spacing:1px"'

    def one(i, p):
        if _is_head(p) and p[1:2] == "、":
            return f'<p><span {span}><strong><span style="color:#c00000">{esc(p)}</span></strong></span></p>'
        if p.startswith(("会议时间", "会议地点", "参加人员", "公开时间", "公开地点")):
            k, v = p.split("：", 1)
            return f'<p><span {span}><strong>{esc(k)}：</strong>{esc(v)}</span></p>'
        return f'<p style="text-indent:2em"><span {span}>{esc(p)}</span></p>'
    photo = (lambda cs: "".join(f'<section style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 9)}/640?wx_fmt=jpeg" style="width:100%"></section>'
                                f'<section style="text-align:center"><span style="font-size:12px;color:#a5a5a5">{esc(c)}</span></section>' for c in cs))
    box = ""
    if ex["P"]:
        box = ('<section style="border:1px solid #c00000;border-radius:6px;padding:8px 12px;margin:16px 0">'
               f'<section style="text-align:center"><span style="color:#c00000"><strong>☎ {esc(ex["P"][0])}</strong></span></section>'
               + "".join(f'<p><span style="font-size:14px">{esc(x)}</span></p>' for x in ex["P"][1:]) + '</section>')
    sig = "".join(f'<p style="text-align:right"><span {span}>{esc(s)}</span></p>' for s in ex["S"])
    credit = (f'<section style="text-align:left;margin-bottom:12px"><span style="font-size:13px;color:#888">{esc(ex["R"][0])}</span></section>'
              if ex["R"] else "")
    content = (f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_n(rng, 8)}/640?wx_fmt=gif"></section>'
               + credit + _paras(art, one, photo, box) + sig
               + '<section style="text-align:center;margin-top:20px"><span style="font-size:12px;color:#b2b2b2">— END —</span></section>'
               + f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_n(rng, 8)}/640?wx_fmt=png" style="width:50%"></section>'
               + '<p style="text-align:center"><span style="font-size:12px;color:#888">长按二维码关注我们</span></p>')
    orig = '<span class="rich_media_meta rich_media_meta_text">原创</span>' if art["id"] == "v06" else ""
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKabcdefghijkmnpqrstuvwxyz0123456789_-') for _ in range(22))}"
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n          </h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'{orig}'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta_area">发表于{"重庆" if art["id"] == "v05" else "浙江"}</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">{content}</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(300, 2999)}</span>'
            f'<span class="like">赞 {rng.randint(5, 90)}</span><span>分享</span><span>在看 {rng.randint(2, 30)}</span><span>写留言</span></div>'
            f'<div class="qr_code_pc_inner"><img class="qr_code_pc_img" src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div>'
            f'<div id="js_cmt_area"><p class="discuss_title">精选留言</p><p>村民老王：支持公开透明！</p><p>作者：谢谢关注</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "{acct}"; var msg_title = "{esc(art["title"])}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:type" content="article"><meta name="description" content="{esc(art["body"][1][:40])}">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 4. 科协 科普


def kx_kepu_zhishi(art, rng, others):
    """A 科协 site's 科普 page: v07 a 县科协 site in GBK with `2021-09-18 09:32` in a ``<font>``
    info line, bold 记者： turns, a centred photo, a 知识链接 table inside the text and a credit
    line; v08 a 区科协 page with a 全国科技活动周 kicker, `发布日期：2023年05月22日` (the text naming
    5月20日), one-line list items, a 知识链接 box, 科普中国 badge, 相关推荐 and comments."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    photo = (lambda cs: "".join(f'<p style="text-align:center"><img src="/upload/{y}{m}/{_n(rng, 10)}.jpg" border="0"></p>'
                                f'<p style="text-align:center"><font color="#666666">{esc(c)}</font></p>' for c in cs))
    if art["id"] == "v07":
        def one(i, p):
            if p.startswith("记者："):
                return f'<p style="text-indent:2em"><b>记者：</b><b>{esc(p[3:])}</b></p>'
            if "：" in p[:5]:
                k, v = p.split("：", 1)
                return f'<p style="text-indent:2em"><b>{esc(k)}：</b>{esc(v)}</p>'
            return f'<p style="text-indent:2em">{esc(p)}</p>'
        box = ('<table width="90%" align="center" border="0" cellpadding="8" bgcolor="#e9f5ff" style="border:1px dashed #3b8fd6"><tr><td>'
               f'<p><font color="#1b6fb8"><b>{esc(ex["P"][0])}</b></font></p>' + "".join(f"<p><font size=\"2\">{esc(x)}</font></p>" for x in ex["P"][1:]) + '</td></tr></table>')
        url = f"http://www.yykx.org.cn/show.asp?id={_n(rng, 4)}"
        body = (f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="images/kx_top.jpg" width="1000" height="130" alt="云阳县科学技术协会"></td></tr>'
                f'<tr><td class="dh" background="images/dh_bg.gif"><a>首 页</a> <a>科协概况</a> <a>工作动态</a> <a>科普天地</a> <a>学会工作</a> <a>科技服务</a> <a>党建园地</a></td></tr></table>'
                f'<table width="1000" align="center"><tr><td width="700" valign="top">'
                f'<table width="100%"><tr><td class="wz">您的位置：<a>首页</a> → <a>科普天地</a> → 正文</td></tr>'
                f'<tr><td align="center"><font size="4"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center"><font color="#999999" size="2">{y}-{m}-{d} {_hm(rng)}&nbsp;&nbsp;来源：县科协&nbsp;&nbsp;编辑：{rng.choice(REPORTERS)}&nbsp;&nbsp;浏览：<script>document.write("{_n(rng, 3)}")</script>次</font></td></tr>'
                f'<tr><td class="content" style="font-size:15px;line-height:28px">{_paras(art, one, photo, box)}<p align="right">{esc(ex["R"][0])}</p></td></tr>'
                f'<tr><td align="right">【<a>收藏</a>】【<a>打印</a>】【<a>关闭</a>】</td></tr></table></td>'
                f'<td width="290" valign="top"><table width="100%"><tr><td class="bt">科普视频</td></tr><tr><td><img src="images/sp1.jpg"><br>科学防治柑橘黄龙病</td></tr>'
                f'<tr><td class="bt">最新动态</td></tr>{"".join(f"<tr><td>·{esc(t[:16])}</td></tr>" for t, _ in rng.sample(others, 5))}</table></td></tr></table>'
                f'<table width="1000" align="center" bgcolor="#1b6fb8"><tr><td align="center"><font color="#ffffff">云阳县科学技术协会 版权所有　地址：云阳县青龙街道某某路　电话：023-55{_n(rng, 6)}<br>渝ICP备{_n(rng, 8)}号</font></td></tr></table>')
        head = f'<title>{esc(art["title"])}-云阳县科学技术协会</title><meta name="keywords" content="科普,柑橘">'
    else:
        span = lambda p: f'<p style="text-indent:2em">{esc(p)}</p>'
        one = lambda i, p: (f'<p style="text-indent:2em">● {esc(p)}</p>' if p.endswith("；") or (p.endswith("。") and len(p) <= 8) else span(p))
        box = ('<div class="zslj" style="background:#f5fbf2;border:1px solid #8cc26e;padding:12px;margin:14px 0">'
               f'<h4 style="color:#3d8b1e">{esc(ex["P"][0])}</h4>' + "".join(f"<p>{esc(x)}</p>" for x in ex["P"][1:]) + '</div>')
        url = f"https://www.cqjbkx.org.cn/kpzx/{y}-{m}/{d}/content_{_n(rng, 6)}.html"
        body = (f'<div class="topnav"><div class="w"><span>重庆市江北区科学技术协会</span><a>科普中国</a><a>移动端</a></div></div>'
                f'<div class="banner"><img src="/static/img/banner.jpg"></div>'
                f'<div class="menu"><a>首页</a><a>科协动态</a><a>科普资讯</a><a>学会之窗</a><a>科技工作者之家</a><a>政务公开</a></div>'
                f'<div class="w main"><div class="crumbs"><a>首页</a> / <a>科普资讯</a> / <span>正文</span></div>'
                f'<div class="article-box"><p class="yt">{esc(ex["K"][0])}</p><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span>发布日期：{y}年{m}月{d}日</span><span>来源：江北区科协</span><span>作者：科普部</span></div>'
                f'<div class="article-content">{_paras(art, one, photo, box)}</div>'
                f'<div class="kpzg"><img src="/static/img/kpzg.png"><span>本文已接入科普中国信息员平台</span></div>'
                f'<div class="bianji">审核：{rng.choice(REPORTERS)}　编辑：{rng.choice(REPORTERS)}</div>'
                f'<div class="share">分享：<a>微信</a><a>微博</a><a>QQ</a></div>'
                f'<div class="related"><h3>相关推荐</h3><ul>{_rel(rng, others, 4)}</ul></div>'
                f'<div class="comment">评论（{rng.randint(0, 9)}）<textarea placeholder="说点什么吧"></textarea><button>发表</button></div></div></div>'
                f'<div class="foot"><p>主办：重庆市江北区科学技术协会　技术支持：某某科技</p><p>渝ICP备{_n(rng, 8)}号-1　渝公网安备 {_n(rng, 14)}号</p></div>')
        head = (f'<title>{esc(art["title"])} - 江北科协</title><meta name="publishdate" content="{y}-{m}-{d}">'
                f'<meta property="og:title" content="{esc(art["title"])}">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 5. 宣传部 网评


def xcb_wangping_shuming(art, rng, others):
    """A signed 网评: v09 on a 区 news site (`2022-10-11 08:15:33　来源：华龙网`), one-line
    paragraphs between long ones, the author's line at the end, a 版权声明; v10 on a 宣传部 网评
    channel with `2023.06.28`, paragraphs whose bold opening sentence is a subheading, the
    author and unit line ABOVE the text and an original-content note after it."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    if art["id"] == "v09":
        one = lambda i, p: f'<p>　　{esc(p)}</p>'
        url = f"https://www.cqbn.gov.cn/wp/{y}{m}{d}/{_n(rng, 7)}.shtml"
        body = (f'<div class="bn-top"><a>巴南网</a> <a>首页</a> <a>时政</a> <a>区县</a> <a>网评</a> <a>视频</a> <a>专题</a><span class="login">登录</span></div>'
                f'<div class="bn-wrap"><div class="bn-crumb">巴南网 &gt; 网评 &gt; 正文</div>'
                f'<div class="bn-left"><h1 class="bn-title">{esc(art["title"])}</h1>'
                f'<div class="bn-info"><span>{y}-{m}-{d} {_hms(rng)}</span>　<span>来源：华龙网</span>　<span>评论 <b>{rng.randint(0, 40)}</b></span></div>'
                f'<div class="bn-content" id="main_text">{"".join(one(i, p) for i, p in enumerate(art["body"]))}'
                f'<p style="text-align:right">{esc(ex["R"][0])}</p></div>'
                f'<div class="bn-copyright">【版权声明】凡注明“来源：巴南网”的作品，版权均属巴南区融媒体中心所有，未经授权不得转载、摘编或利用其它方式使用。</div>'
                f'<div class="bn-editor">责任编辑：{rng.choice(REPORTERS)}</div>'
                f'<div class="bn-share"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ</a><a class="copy">复制链接</a></div>'
                f'<div class="bn-rel"><h3>相关阅读</h3><ul>{_rel(rng, others, 4, "{t}　{d}")}</ul></div>'
                f'<div class="bn-cmt"><span>网友评论</span><p>已有{rng.randint(10, 300)}人参与，<a>查看全部评论</a></p></div></div>'
                f'<div class="bn-right"><h3>网评热榜</h3><ol>{"".join(f"<li>{esc(t)}</li>" for t, _ in rng.sample(others, 5))}</ol></div></div>'
                f'<div class="bn-foot">巴南区融媒体中心主办　互联网新闻信息服务许可证：500120{_n(rng, 6)}　渝ICP备{_n(rng, 8)}号<br>违法和不良信息举报电话：023-{_n(rng, 8)}</div>')
        head = (f'<title>{esc(art["title"])}_巴南网</title><meta name="keywords" content="网评,网格">'
                f'<meta property="article:published_time" content="{y}-{m}-{d}T08:15:00+08:00">')
    else:
        def one(i, p):
            if p.startswith("坚持") and p.endswith("。") and len(p) <= 24:
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
            return f'<p style="text-indent:2em">{esc(p)}</p>'
        url = f"http://www.cqyc.gov.cn/ycwp/content_{_n(rng, 6)}.html"
        body = (f'<div class="header"><div class="logo">永川网评</div><div class="date" id="today"><script>document.write(new Date().toLocaleDateString())</script></div></div>'
                f'<div class="nav"><ul><li>首页</li><li>网评原创</li><li>网评转载</li><li>网评员风采</li><li>投稿须知</li></ul></div>'
                f'<div class="container"><div class="position">首页 &gt; 网评原创</div>'
                f'<div class="detail"><h1>{esc(art["title"])}</h1>'
                f'<div class="source">{y}.{m}.{d}&nbsp;&nbsp;|&nbsp;&nbsp;浏览：{_n(rng, 3)}&nbsp;&nbsp;|&nbsp;&nbsp;<a>字号 A+</a> <a>A-</a></div>'
                f'<div class="author" style="text-align:center;color:#666">{esc(ex["R"][0])}</div>'
                f'<div class="text">{"".join(one(i, p) for i, p in enumerate(art["body"]))}</div>'
                f'<div class="note" style="color:#999;font-size:12px">{esc(ex["N"][0])}</div>'
                f'<div class="fn"><a>【打印】</a><a>【关闭】</a><a>【返回顶部】</a></div>'
                f'<div class="prev">上一篇：<a>{esc(others[0][0])}</a></div><div class="next">下一篇：<a>{esc(others[8][0])}</a></div></div>'
                f'<div class="tuijian"><h4>网评推荐</h4><ul>{_rel(rng, others, 4, "{t} [{d}]")}</ul></div></div>'
                f'<div class="footer">中共重庆市永川区委宣传部 主办　渝ICP备{_n(rng, 8)}号</div>')
        head = (f'<title>{esc(art["title"])}_永川网评</title><meta name="publishdate" content="{y}-{m}-{d}">'
                f'<meta name="author" content="{esc(ex["R"][0])}">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 6. e-paper 周刊 long feature


def epaper_zhoukan_weizhu(art, rng, others):
    """An e-paper 周刊 page with a long feature: v11 a 县 paper's Founder e-paper (XHTML-style
    ``<br/>`` and ``<img/>``, a 栏目 kicker, a 副题, a 文/图 byline, bare ``<p>`` 小标题, a photo
    table with caption and two 尾注 lines); v12 a 市 paper's 周刊 with the text as
    ``<br>``-separated ``　　`` lines in one ``<div>``, 【…】 小标题, a ① note mark in the text and
    注 lines after it, the date only in the header and the URL."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    notes = "".join(f"<p>{esc(x)}</p>" for x in ex["N"])
    if art["id"] == "v11":
        paper, ban = "秀山报", "第05版：周末·人文"
        one = (lambda i, p: f'<p><b>{esc(p)}</b></p>' if _is_head(p) else f'<p>　　{esc(p)}</p>')
        photo = (lambda cs: "".join(f'<table class="pic"><tr><td><img src="../../../res/{y}-{m}/{d}/05/res0{k}_attpic_brief.jpg"/></td></tr>'
                                    f'<tr><td class="picintro">{esc(c)}</td></tr></table>' for k, c in enumerate(cs, 1)))
        url = f"http://epaper.xsxww.com/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
        text = _paras(art, one, photo)
        body = (f'<table class="top" width="1000" align="center"><tr><td><img src="../../../images/logo_xsb.gif"/></td>'
                f'<td align="right">{y}年{m}月{d}日　{_week(art)}　<a>返回首页</a>　<a>往期回顾</a></td></tr></table>'
                f'<table width="1000" align="center"><tr><td width="360" valign="top">'
                f'<div class="bc">{ban}　<a>上一版</a>　<a>下一版</a></div>'
                f'<img src="../../../page/{y}-{m}/{d}/05/{_n(rng, 8)}_brief.jpg" usemap="#PagePicMap" width="340"/>'
                f'<div class="pdf"><a href="../../../page/{y}-{m}/{d}/05/{y}{m}{d}05_pdf.pdf">PDF版下载</a></div>'
                f'<div class="bmnav"><b>版面导航</b><br/>{"<br/>".join(f"<a>{n:02d}版：{c}</a>" for n, c in ((1, "要闻"), (2, "综合"), (3, "乡村振兴"), (4, "文化"), (5, "周末·人文")))}</div></td>'
                f'<td valign="top"><div class="art">'
                f'<h4 class="yt">{esc(ex["K"][0])}</h4><h1>{esc(art["title"])}</h1><h3>{esc(ex["D"][0])}</h3>'
                f'<div class="zz">{esc(ex["R"][0])}</div>'
                f'<div id="ozoom"><founder-content>{text}<p>　　{esc(ex["N"][0])}</p></founder-content></div>'
                f'<p class="tuzhu" style="color:#888">{esc(ex["N"][1])}</p></div>'
                f'<div class="bbdh"><b>本版标题导航</b><ul><li><a>{esc(art["title"])}</a></li>{"".join(f"<li><a>{esc(t)}</a></li>" for t, _ in rng.sample(others, 2))}</ul></div></td></tr></table>'
                f'<div class="foot">{paper}社 版权所有　未经授权不得转载　渝ICP备{_n(rng, 8)}号</div>')
        head = f'<title>{paper}数字报-{esc(art["title"])}</title><meta name="robots" content="index,follow">'
    else:
        paper = "曲靖日报"
        one = (lambda i, p: f'<b>　　{esc(p)}</b><br>' if _is_head(p) else f'　　{esc(p)}<br>')
        photo = (lambda cs: "".join(f'<div class="img"><img src="/res/{y}{m}/{d}/{_n(rng, 8)}.jpg"><span>{esc(c)}</span></div>' for c in cs))
        url = f"http://www.qjrb.cn/epaper/qjrb/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
        body = (f'<div class="ep-head"><div class="logo">{paper}</div><div class="ep-date">{y}年{int(m)}月{int(d)}日 {_week(art)}　<a>第09版：珠江源周刊</a>　'
                f'<select><option>第01版：要闻</option><option selected>第09版：珠江源周刊</option><option>第10版：副刊</option></select>'
                f'　<a>上一版</a> <a>下一版</a> <a>PDF</a></div></div>'
                f'<div class="ep-body"><div class="ep-left"><img src="/page/{y}{m}/{d}/09/ban.jpg" usemap="#m" width="320"><map name="m"></map></div>'
                f'<div class="ep-right"><div class="yt">{esc(ex["K"][0])}</div><div class="bt">{esc(art["title"])}</div>'
                f'<div class="au">{esc(ex["R"][0])}</div>'
                f'<div class="content" id="ozoom">{_paras(art, one, photo)}</div>'
                f'<div class="zhu" style="font-size:12px">{notes}</div>'
                f'<div class="pn"><a>上一篇</a> <a>返回目录</a> <a>下一篇</a></div></div></div>'
                f'<div class="ep-foot">曲靖日报社主办　版权所有 未经书面许可不得转载　滇ICP备{_n(rng, 8)}号</div>')
        head = f'<title>{esc(art["title"])}--{paper}</title>'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 7. 省纪委监委 审查调查 / 通报


def sjw_scdc_tongbao(art, rng, others):
    """A 省纪委监委 site: v13 a 通报 of five cases (numbered paragraphs) on a GBK page with
    `发布时间：2023-11-24 17:05`, 来源 and 扫一扫; v14 a 审查调查 notice whose 简历 (a bold head and
    date-range lines) is part of the text, a second article (a meeting report) below it in a
    要闻 strip, `2024-07-03` only in a ``<time>`` element's visible text."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    if art["id"] == "v13":
        one = lambda i, p: f'<p style="text-indent:2em"><font face="仿宋">{esc(p)}</font></p>'
        url = f"http://www.gzdis.gov.cn/gzdt/tbbg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        body = (f'<div class="top"><img src="/images/gzlz_logo.png" alt="贵州省纪委监委网站"><span>廉洁贵州</span></div>'
                f'<div class="nav"><a>首页</a><a>要闻</a><a>审查调查</a><a>通报曝光</a><a>巡视巡察</a><a>纪法课堂</a><a>廉政文化</a><a>我要举报</a></div>'
                f'<div class="main"><div class="dqwz">当前位置：<a>首页</a> &gt; <a>通报曝光</a></div>'
                f'<div class="detail"><h2>{esc(art["title"])}</h2>'
                f'<div class="xx"><span>来源：贵州省纪委监委网站</span><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span>'
                f'<span>【<a>大</a> <a>中</a> <a>小</a>】</span><span><a>打印</a></span></div>'
                f'<div class="TRS_Editor" id="Zoom">{"".join(one(i, p) for i, p in enumerate(art["body"]))}</div>'
                f'<div class="bj">【责任编辑：{rng.choice(REPORTERS)}】</div>'
                f'<div class="ewm"><img src="/images/ewm_gzlz.png"><p>扫一扫<br>分享到手机</p></div>'
                f'<div class="xgwz"><h3>相关文章</h3><ul>{_rel(rng, others, 4, "{t}　{d}")}</ul></div></div>'
                f'<div class="jbdh"><img src="/images/12388.png"><p>举报电话：12388</p></div></div>'
                f'<div class="foot">中共贵州省纪律检查委员会　贵州省监察委员会 主办<br>黔ICP备{_n(rng, 8)}号　黔公网安备 {_n(rng, 14)}号　网站标识码：5200000{_n(rng, 3)}</div>')
        head = (f'<title>{esc(art["title"])}_廉洁贵州</title>'
                + _gov_metas(art, "贵州省纪委监委网站", "通报曝光", "贵州省纪委监委网站", f"{y}-{m}-{d}"))
    else:
        def one(i, p):
            if _is_head(p):
                return f'<p style="text-align:center"><strong>{esc(p)}</strong></p>'
            if p[:4].isdigit():
                return f'<p>{esc(p)}</p>'
            return f'<p style="text-indent:2em">{esc(p)}</p>'
        t = _hm(rng)
        url = f"https://www.sxfj.gov.cn/scdc/sggb/{_n(rng, 6)}.html"
        other = "".join(f'<p style="text-indent:2em">{esc(q)}</p>' for q in ex["Q"])
        body = (f'<header class="hd"><div class="logo"><img src="/static/logo.png" alt="三湘风纪"></div>'
                f'<nav><a>首页</a><a>要闻</a><a>审查调查</a><a>巡视巡察</a><a>清风湖南</a><a>视频</a><a>举报</a></nav></header>'
                f'<div class="bread"><a>首页</a> &gt; <a>审查调查</a> &gt; <a>省管干部</a></div>'
                f'<article class="art"><h1>{esc(art["title"])}</h1>'
                f'<div class="meta"><time>{y}-{m}-{d} {t}</time><span class="src">来源：湖南省纪委监委</span><span class="hits">阅读量：<i>{_n(rng, 5)}</i></span></div>'
                f'<div class="art-con">{"".join(one(i, p) for i, p in enumerate(art["body"]))}</div>'
                f'<div class="share"><span>分享：</span><i class="wx"></i><i class="wb"></i><i class="qq"></i></div></article>'
                f'<section class="yw"><h3>要闻</h3><div class="yw-item"><h2>{esc(ex["O"][0])}</h2><div class="yw-con">{other}</div><a>阅读全文&gt;&gt;</a></div>'
                f'<ul>{_rel(rng, others, 3)}</ul></section>'
                f'<footer>中共湖南省纪律检查委员会　湖南省监察委员会　版权所有<br>湘ICP备{_n(rng, 8)}号　湘公网安备 {_n(rng, 14)}号</footer>'
                f'<script>var pubTime = "{y}-{m}-{d} {t}:00";</script>')
        head = f'<title>{esc(art["title"])}-三湘风纪网</title><meta name="keywords" content="审查调查">'
    return head, body, url


TEMPLATES = {"sthjj_hpgs": sthjj_hpgs, "dag_dangshi_shiliao": dag_dangshi_shiliao, "cun_mp_cwgk": cun_mp_cwgk,
             "kx_kepu_zhishi": kx_kepu_zhishi, "xcb_wangping_shuming": xcb_wangping_shuming,
             "epaper_zhoukan_weizhu": epaper_zhoukan_weizhu, "sjw_scdc_tongbao": sjw_scdc_tongbao}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages33", TEMPLATES, lambda art: "dev")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
