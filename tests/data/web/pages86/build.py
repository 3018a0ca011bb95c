"""Build the eighty-sixth saved-page set (``pages86``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 文旅委 portal 文物保护 news page
(``wlw_wwbh86``), a 市 生态环境局 公众号 环保科普 post (``sthjj_mp_kp86``), a 县政府网 政府信息公开
年报 page with tables on GBK portals (``xzf_ndbg86``), a 新华网-like 地方视频 news page with its date
split over spans (``xhw_dfsp86``), a 区人大 portal 代表建议答复 / 督办 page (``rd_dbjy86``), a 村
公众号 集体经济 分红 post (``cun_mp_jtjj86``) and a 县报 e-paper 副刊 with 书画 works inside the text
(``xb_epaper_shfk86``). ``articles.txt`` holds the title, date and reference body; the furniture
(not body) is written here. See README.md.

    python tests/data/web/pages86/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["吴海燕", "陈志刚", "冉小红", "杨帆", "谭伟", "向丽", "庞雪梅", "邓建军", "秦玉兰", "石磊"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: two or more cells joined by single spaces, no sentence
    punctuation (still body)."""
    return " " in p and not any(c in p for c in "。，：；")


def _head(p: str) -> bool:
    """A subheading inside the text: ``一、…`` or a ``坚持…，推动…`` line without a full stop."""
    return (p.startswith(NUM_HEADS) or p.startswith("坚持")) and "。" not in p


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f"<table {attrs}><tbody>" + "".join(
        "<tr>" + "".join(f'<td style="text-align:center"><p>{esc(c)}</p></td>' for c in r.split(" ")) + "</tr>"
        for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, turn=None, kv=None, table=_table) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into tables (a new table at a repeated
    header's first cell), heads, ``问：``/``记者：`` turns and ``时间：``-style items through the
    given wrappers."""
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p) and not (rows and p.split(" ")[0] == rows[0].split(" ")[0]):
            rows.append(p)
            continue
        if rows:
            out.append(table(rows))
            rows = []
        if p is None:
            break
        if _row(p):
            rows.append(p)
        elif head and _head(p):
            out.append(head(esc(p)))
        elif turn and p.startswith(("记者：", "问：", "答：")):
            q, rest = p.split("：", 1)
            out.append(turn(esc(q), esc(rest)))
        elif kv and p[:5].count("：") == 1 and p.startswith(("时间", "地点", "参加人员")):
            k, v = p.split("：", 1)
            out.append(kv(esc(k), esc(v)))
        else:
            out.append(para(esc(p)))
    return out


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str, prov: str = "渝") -> str:
    return (f'<div class="footer"><div class="ft-links"><a>网站地图</a>|<a>联系我们</a>|<a>网站声明</a>|<a>隐私保护</a></div>'
            f'<p>主办：{host}&nbsp;&nbsp;承办：{host}办公室</p>'
            f'<p>{prov}ICP备{_n(rng, 8)}号&nbsp;&nbsp;<img src="/images/ga.png">{prov}公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：{code}</p>'
            f'<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div></div>')


def wlw_wwbh86(art, rng, others):
    """区 文旅委 portal 文物保护 news: `坚持…` heads in `<strong>`, a photo with its 图为 caption inside the
    text; p01 info spans glued with no whitespace and a `document.write` counter, p02 the date only in
    meta PubDate and URL (a 专题 banner above the title), 相关阅读 with dates, 责任编辑, 上一篇/下一篇."""
    y, m, d = _ymd(art)
    place = art["place"]
    host = "dazu" if place == "大足" else "cqstn"
    url = f"http://www.{host}.gov.cn/bm/qwlw/zwxx_{_n(rng, 5)}/dtxx/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    visible = art["id"] == "p01"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em;"><strong>{t}</strong></p>')
    cap = "图为巡查人员在宝顶山片区检查消防设施。" if visible else "图为活动现场，市民参与文物知识问答。"
    blocks.insert(4 if visible else 3,
                  f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" title="" alt="" oldsrc="W0{_n(rng, 9)}.jpg"></p>'
                  f'<p style="text-align:center"><span style="font-family:楷体">{cap}（区文化旅游委供图）</span></p>')
    if visible:
        info = (f'<div class="xl-info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>信息来源：区文化旅游委</span>'
                f'<span>浏览次数：<script>document.write("{_n(rng, 3)}")</script></span>'
                f'<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        banner = ""
    else:
        info = (f'<div class="xl-info"><span>信息来源：区文化旅游委</span>&nbsp;&nbsp;&nbsp;&nbsp;'
                f'<span>【<a>打印本页</a>】【<a>关闭窗口</a>】</span></div>')
        banner = ('<div class="zt-banner"><a><img src="/images/zt_wenhuayichan.jpg" alt="文化和自然遗产日"></a>'
                  '<p>专题：保护文化遗产　守护精神家园</p></div>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>[{dd}]</span></li>')
    body = (f'<div class="head-top"><span>{place}区人民政府</span><a>无障碍浏览</a><a>关怀版</a><a>登录</a></div>'
            f'<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>文化旅游</li></ul></div>'
            f'<div class="crumb">当前位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区文化旅游委</a> &gt; <a>工作动态</a></div>'
            f'<div class="con">{banner}<div class="xl-tit"><h2>{esc(art["title"])}</h2></div>{info}'
            f'<div class="xl_con"><div class="TRS_Editor">' + "".join(blocks) + '</div></div>'
            f'<p class="zrbj">【责任编辑：{rng.choice(WHO)}】</p>'
            f'<div class="fx">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>'
            f'<div class="sxp"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[1][0])}</a></p></div></div>'
            f'<div class="xgyd"><h3>相关阅读</h3><ul>{rel}</ul></div>'
            + _gov_foot(rng, f"重庆市{place}区人民政府办公室", f"50011{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])} - 重庆市{place}区人民政府</title><meta name="SiteName" content="重庆市{place}区人民政府">'
            f'<meta name="ColumnName" content="工作动态"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            + ("" if visible else f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
            + '<meta name="ContentSource" content="区文化旅游委">')
    return head, body, url


def sthjj_mp_kp86(art, rng, others):
    """市 生态环境局 公众号 科普: `点击蓝字关注` line and header image, p03 `问：` turns in tinted
    sections and `答：` answers, a 投诉渠道 tip box; p04 `一是…` lines and a 节水小知识 card, its
    publish_time empty (the date only in the page script's ``ct``); 来源/编辑/审核, 往期推荐, 阅读原文."""
    y, m, d = _ymd(art)
    acct = "重庆生态环境"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    sp = lambda t: f'<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;">{t}</span></p>'  # noqa: E731
    blocks = _paras(art["body"], sp,
                    turn=lambda q, r: (f'<section style="background:#e9f5ee;padding:6px 10px;margin-top:16px;"><p><strong>'
                                       f'<span style="color:#1a7f46;">{q}：{r}</span></strong></p></section>') if q == "问"
                    else f'<p style="line-height:1.75em;"><span style="color:#1a7f46;">{q}：</span><span>{r}</span></p>')
    top = ('<section style="text-align:center"><p><span style="font-size:12px;color:#1a7f46;">点击蓝字　关注我们</span></p></section>'
           f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/640"></p>')
    if art["id"] == "p03":
        box = ('<section style="border:1px dashed #1a7f46;padding:10px;margin:16px 0;"><p><strong>📌 噪声投诉渠道</strong></p>'
               '<p style="font-size:13px">社会生活噪声：110</p><p style="font-size:13px">建筑施工、工业噪声：12345</p>'
               '<p style="font-size:13px">交通运输噪声：12328</p></section>')
        when = f"{y}-{m}-{d} {_hm(rng)}"
    else:
        box = ('<section style="background:#f2f8fc;padding:10px;margin:16px 0;border-radius:8px;"><p><strong>节水小知识</strong></p>'
               '<p style="font-size:13px">一个人每天的基本生活用水约为一百升。</p>'
               '<p style="font-size:13px">更换节水型马桶，每次冲水可节约三升左右。</p></section>')
        when = ""
    tail = ('<p><br></p><p style="text-align:right"><span style="font-size:12px;color:#999">来源：市生态环境局宣传教育处</span></p>'
            f'<p style="text-align:right"><span style="font-size:12px;color:#999">编辑：{rng.choice(WHO)}　审核：{rng.choice(WHO)}</span></p>')
    rec = _rel(rng, others, 3, lambda t, dd: f'<p><a><span style="font-size:14px;">● {t}</span></a></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname">'
            f'<a id="js_name">{acct}</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">{when}</em>'
            f'<em id="js_ip_wording_wrp">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{top}' + "".join(blocks) + box + tail +
            f'<section><p style="text-align:center"><span style="color:#1a7f46;"><strong>往期推荐</strong></span></p>{rec}</section>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/0"></p>'
            f'<p style="text-align:center"><span style="font-size:12px">长按二维码关注我们</span></p></div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span><span>赞 {rng.randint(10, 99)}</span><span>在看 {rng.randint(2, 30)}</span></div>'
            f'<div class="rich_media_extra"><p>留言</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][1])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";var nickname = "{acct}";</script>')
    return head, body, url


def xzf_ndbg86(art, rng, others):
    """县政府网 政府信息公开 年报 (GBK): a 信息公开 grid (索引号, 发布机构, 成文日期 before publication,
    文号), heads in `<strong>`, the 公开情况 tables; p05 a `发布日期：YYYY年MM月DD日` line and `<p>` text
    indented with `&nbsp;` runs, p06 `日期：Y/M/D` plus a later `【更新时间】` and the text as `<br>` lines
    in a `<font>` cell between tables; after the text the 落款 and date and a PDF 附件 line (not body)."""
    y, m, d = _ymd(art)
    place = art["place"] + "县"
    first = art["id"] == "p05"
    org = f"{place}人民政府" if first else f"{place}应急管理局"
    url = f"http://www.{'cqck' if first else 'cqwx'}.gov.cn/zwgk_{_n(rng, 3)}/zfxxgkndbg/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    tab = lambda rows: _table(rows, 'class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="600" align="center"')  # noqa: E731
    grid = (f'<table class="gk-grid" width="100%" border="0"><tr><td>索引号：</td><td>11500{_n(rng, 5)}{_n(rng, 3)}/{y}-{_n(rng, 5)}</td>'
            f'<td>主题分类：</td><td>政府信息公开年报</td></tr><tr><td>发布机构：</td><td>{org}</td>'
            f'<td>成文日期：</td><td>{y}-{m}-{int(d) - 6:02d}</td></tr><tr><td>文　　号：</td><td></td><td>有 效 性：</td><td>有效</td></tr>'
            f'<tr><td>名　　称：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
    sign = (f'<p align="right">{org}{"办公室" if first else ""}</p><p align="right">{y}年{int(m)}月{int(d) - 6}日</p>')
    att = f'<p>附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.pdf">{esc(art["title"])}.pdf</a></p>'
    if first:
        blocks = _paras(art["body"], lambda t: f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{t}</p>',
                        head=lambda t: f'<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>{t}</strong></p>', table=tab)
        text = f'<div class="zw" id="zoom">' + "".join(blocks) + sign + att + '</div>'
        info = (f'<tr><td align="center" class="hui12">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;来源：{org}办公室'
                f'&nbsp;&nbsp;&nbsp;&nbsp;【字号：<a>大</a> <a>中</a> <a>小</a>】</td></tr>')
        after = ""
    else:
        blocks = _paras(art["body"], lambda t: f"{IND}{t}<br>\n", head=lambda t: f"{IND}<b>{t}</b><br>\n",
                        table=lambda rows: "</font>" + tab(rows) + '<font face="宋体" style="font-size:15px;line-height:200%">')
        text = f'<font face="宋体" style="font-size:15px;line-height:200%">' + "".join(blocks) + '</font>' + sign + att
        info = (f'<tr><td align="center" class="hui12">日期：{int(y)}/{int(m)}/{int(d)}&nbsp;&nbsp;信息来源：{org}'
                f'&nbsp;&nbsp;<a>【打印】</a></td></tr>')
        after = f'<tr><td align="right" class="hui12">【更新时间：{y}-{m}-{int(d) + 3:02d} {_hms(rng)}】</td></tr>'
    rel = _rel(rng, others, 4, lambda t, dd: f'<tr><td>·<a>{t}</a></td><td width="90">{dd}</td></tr>')
    body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td><img src="/images/top_gk.jpg" width="1000" height="140" alt="{place}政府信息公开"></td></tr>'
            f'<tr><td class="nav" height="36"><a>首页</a>&nbsp;|&nbsp;<a>信息公开指南</a>&nbsp;|&nbsp;<a>信息公开制度</a>'
            f'&nbsp;|&nbsp;<a>法定主动公开内容</a>&nbsp;|&nbsp;<a>信息公开年报</a>&nbsp;|&nbsp;<a>依申请公开</a></td></tr></table>'
            f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">'
            f'<tr><td height="30">&nbsp;当前位置：<a>首页</a> &gt;&gt; <a>政府信息公开</a> &gt;&gt; <a>政府信息公开年报</a></td></tr>'
            f'<tr><td>{grid}</td></tr><tr><td><table width="94%" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td height="60" align="center"><font size="5" color="#B50000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'{info}<tr><td height="10"><hr size="1" color="#CCCCCC"></td></tr><tr><td class="content">{text}</td></tr>{after}'
            f'<tr><td align="right"><a>【打印本页】</a>&nbsp;<a>【关闭窗口】</a></td></tr></table></td></tr>'
            f'<tr><td><table width="94%" align="center"><tr><td class="xgtit" colspan="2">相关信息</td></tr>{rel}</table></td></tr></table>'
            f'<table width="1000" align="center"><tr><td align="center" class="foot">{place}人民政府办公室主办&nbsp;&nbsp;'
            f'渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：50023{_n(rng, 5)}<br>'
            f'建议使用1024×768分辨率浏览本站</td></tr></table>')
    head = (f'<title>{esc(art["title"])}_{place}人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="ColumnName" content="政府信息公开年报"><meta name="ContentSource" content="{org}">')
    return head, body, url


def xhw_dfsp86(art, rng, others):
    """新华网-like 地方视频 page: the date split over `<span class="year"><em>`/`day`/`time` spans, a
    `<video>` player with duration and a 视频 kicker line at the text's top, p07 a 记者 byline line at
    the end of the text, p08 an 编者按 and bold `记者：` turns with bold-name answers, 【纠错】
    责任编辑, 分享到, 相关新闻 with dates, 推荐视频, footer with 版权所有."""
    y, m, d = _ymd(art)
    url = f"http://www.news.cn/local/{y}-{m}/{d}/c_1129{_n(rng, 6)}.htm"

    def para(t):
        if "：" in t[:12] and not t.startswith("记者"):
            who, rest = t.split("：", 1)
            return f"<p><strong>{who}：</strong>{rest}</p>"
        return f"<p>{t}</p>"
    blocks = _paras(art["body"], para, turn=lambda q, r: f"<p><strong>{q}：{r}</strong></p>")
    t = _hms(rng)
    player = (f'<div class="pageVideo"><video id="player" src="//vodpub6.v.news.cn/original/{y}{m}{d}/{_wx_id(rng)}.mp4" '
              f'poster="{_wx_id(rng)}.jpg" controls></video><div class="video-tit">视频｜{esc(art["title"])}</div>'
              f'<span class="duration">0{rng.randint(1, 4)}:{rng.randint(10, 59)}</span></div>')
    note = ('<p class="bjan"><font color="#666">【编者按】国庆假期，各地红色旅游持续升温。本网记者走进革命老区，'
            '记录假日里的新气象。</font></p>') if art["id"] == "p08" else ""
    by = f'<p style="text-align:right">（记者：{rng.choice(WHO)}、{rng.choice(WHO)}）</p>' if art["id"] == "p07" else ""
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span class="date">{dd}</span></li>')
    vids = "".join(f'<li><img src="{_wx_id(rng)}.jpg"><p>视频｜{esc(tt)}</p></li>' for tt, _ in rng.sample(others, 3))
    body = (f'<div class="header"><div class="logo"><img src="//www.news.cn/images/logo.png"></div>'
            f'<ul class="nav"><li>首页</li><li>时政</li><li>地方</li><li>国际</li><li>财经</li><li>视频</li></ul></div>'
            f'<div class="header-cont clearfix"><div class="header-time left"><span class="year"><em> {y}</em></span>'
            f'<span class="day"><em> {m}</em>/<em>{d}</em></span><span class="time"> {t}</span></div>'
            f'<div class="source">来源：新华网</div><div class="head-line clearfix"><h1><span class="title">{esc(art["title"])}</span></h1></div>'
            f'<div class="pageShare"><span>分享到：</span><a class="wx"></a><a class="wb"></a></div></div>'
            f'<div class="main clearfix"><div class="main-left left">{player}<div id="detail">{note}'
            + "".join(blocks) + by + '</div>'
            f'<div id="articleEdit"><span class="tiyi1"><a>【纠错】</a></span><span class="editor">【责任编辑:{rng.choice(WHO)} 】</span></div>'
            f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div>'
            f'<div class="tjsp"><h3>推荐视频</h3><ul>{vids}</ul></div></div>'
            f'<div class="main-right right"><div class="phb"><h3>热点排行</h3><ol>'
            + "".join(f"<li>{esc(tt)}</li>" for tt, _ in rng.sample(others, 4)) + '</ol></div></div></div>'
            f'<div class="foot"><p>Copyright © 2000-{y} XINHUANET.com All Rights Reserved.</p><p>制作单位：新华网股份有限公司　版权所有：新华网股份有限公司</p></div>')
    head = (f'<title>{esc(art["title"])}-新华网</title><meta name="keywords" content="{esc(art["place"])}">'
            f'<meta name="description" content="{esc(art["title"])}-新华网">'
            + (f'<meta name="publishdate" content="{y}-{m}-{d}">' if art["id"] == "p08" else ""))
    return head, body, url


def rd_dbjy86(art, rng, others):
    """区人大 portal: p09 (GBK) a 代表建议答复 letter under a 答复类别 box, its addressee and `（一）`
    items as body, the 落款 (承办单位 and a date five days before publication), 联系人/电话 and 抄送 lines
    after it (not body), info with `&nbsp;` separators; p10 a 督办 news page with a 办理结果 table, a
    photo and caption, `YYYY年MM月DD日 hh:mm` info, 上一篇/下一篇, 扫一扫, footer."""
    y, m, d = _ymd(art)
    place = art["place"]
    host = "jbrd" if place == "江北" else "spbrd"
    url = f"http://www.{host}.gov.cn/{'dbjy/jydf' if art['id'] == 'p09' else 'rdyw'}/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;"><font face="仿宋_GB2312">{t}</font></p>',
                    head=lambda t: f'<p style="text-indent:2em;"><font face="黑体">{t}</font></p>')
    if art["id"] == "p09":
        box = ('<div class="dflb"><table border="1" cellspacing="0" width="100%"><tr><td>答复类别：A类</td>'
               '<td>是否同意公开：同意</td></tr><tr><td colspan="2">办理结果：所提问题已经解决或基本解决</td></tr></table></div>')
        tail = (f'<p style="text-align:right;"><font face="仿宋_GB2312">重庆市{place}区住房和城乡建设委员会</font></p>'
                f'<p style="text-align:right;"><font face="仿宋_GB2312">{y}年{int(m)}月{int(d) - 5}日</font></p>'
                f'<p><font face="仿宋_GB2312">（联系人：{rng.choice(WHO)}，联系电话：6{_n(rng, 7)}）</font></p>'
                '<p><font face="仿宋_GB2312">抄送：区人大常委会人代工委，区政府办公室。</font></p>')
        info = (f'<div class="info">发布时间：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;来源：区住房城乡建委&nbsp;&nbsp;&nbsp;&nbsp;'
                f'点击数：<span id="hits"><script>document.write({_n(rng, 3)})</script></span></div>')
        col = "建议答复"
    else:
        box = ""
        blocks.insert(6, f'<p style="text-align:center;"><img src="/uploadfiles/{y}{m}/{_n(rng, 10)}.jpg" width="600"></p>'
                         f'<p style="text-align:center;"><font face="楷体_GB2312">图为检查组察看新建公交站台。（{rng.choice(WHO)} 摄）</font></p>')
        tail = ""
        info = (f'<div class="info"><span>{y}年{m}月{d}日 {_hm(rng)}</span>&nbsp;<span>来源：{place}人大</span>&nbsp;'
                f'<span>作者：{rng.choice(WHO)}</span>&nbsp;<span>【<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        col = "人大要闻"
    body = (f'<div class="top"><img src="/images/rd_logo.png" alt="{place}人大"><div class="search"><input value="请输入关键字"><a>搜索</a></div></div>'
            f'<div class="menu"><a>首页</a><a>人大要闻</a><a>代表工作</a><a>建议答复</a><a>监督工作</a><a>人大制度</a></div>'
            f'<div class="position">您当前的位置：<a>首页</a>&gt;&gt;<a>{col}</a></div>'
            f'<div class="article"><div class="bt"><h1>{esc(art["title"])}</h1></div>{info}{box}'
            f'<div class="bt_content" id="zoom">' + "".join(blocks) + tail + '</div>'
            f'<div class="tools"><a>【打印】</a><a>【关闭】</a></div>'
            f'<div class="sxp">上一篇：<a>{esc(others[2][0])}</a><br>下一篇：<a>{esc(others[3][0])}</a></div></div>'
            f'<div class="wx-qr"><img src="/images/rd_wx.jpg"><p>扫一扫关注“{place}人大”微信公众号</p></div>'
            f'<div class="foot"><p>重庆市{place}区人大常委会办公室 版权所有</p><p>地址：重庆市{place}区行政中心　邮编：4000{_n(rng, 2)}</p>'
            f'<p>渝ICP备{_n(rng, 8)}号</p></div>')
    head = (f'<title>{esc(art["title"])}--{place}人大</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="keywords" content="代表建议">')
    return head, body, url


def cun_mp_jtjj86(art, rng, others):
    """村 公众号 集体经济 分红: emoji, `点击上方蓝字` line, `时间：`/`地点：`/`参加人员：` items in a bordered
    section (body), a 收入 table, photos with 图为 captions, a second article card, 来源/编辑/初审/终审,
    分享 点赞 在看, 阅读原文."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    blocks = _paras(art["body"],
                    lambda t: f'<p style="text-indent:2em;line-height:2em;"><span style="font-size:16px;">{t}</span></p>',
                    kv=lambda k, v: f'<p style="line-height:2em;"><span style="color:#c00;"><strong>{k}：</strong></span><span>{v}</span></p>')
    i = next(k for k, b in enumerate(blocks) if "时间" in b)
    blocks[i:i + 3] = ['<section style="border:2px solid #c00;border-radius:6px;padding:8px 12px;margin:12px 0;">'
                       + "".join(blocks[i:i + 3]) + '</section>']
    pic = lambda c: (f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'  # noqa: E731
                     f'<p style="text-align:center"><span style="font-size:12px;color:#888;">▲{c}</span></p>')
    blocks.insert(2, pic("分红大会现场"))
    blocks.insert(len(blocks) - 2, pic("村民领取分红款"))
    card = (f'<section style="background:#fafafa;border:1px solid #eee;padding:8px;margin-top:16px;"><p><span style="font-size:12px;color:#999">推荐阅读</span></p>'
            f'<p><a><strong>{esc(others[4][0])}</strong></a></p><p><span style="font-size:12px;color:#999">{others[4][1]}</span></p></section>')
    tail = (f'<p style="text-align:center">🎉🎉🎉</p><p><span style="font-size:12px;color:#999;">来源：万胜坝村村委会<br>'
            f'编辑：{rng.choice(WHO)}<br>初审：{rng.choice(WHO)}<br>终审：{rng.choice(WHO)}</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname">'
            f'<a id="js_name">美丽万胜坝</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">'
            f'{y}年{int(m)}月{int(d)}日 {_hm(rng)}</em><em id="js_ip_wording_wrp">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content"><p style="text-align:center"><span style="font-size:12px;color:#c00;">'
            f'👆点击上方蓝字关注我们</span></p>' + "".join(blocks) + tail + card + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>分享</span><span>点赞</span><span>在看</span></div>'
            f'</div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";var nickname = "美丽万胜坝";</script>')
    return head, body, url


def xb_epaper_shfk86(art, rng, others):
    """县报 e-paper 副刊 (GBK): banner with date and weekday, 版次 bar (上一版/下一版/PDF), 版面 list, the
    title with a 副题, a `□ 文/…` byline, the text as `&nbsp;`-indented `<br>` lines in one div with a
    table of 书画 works (images and 作品 captions) inside it, an 作者简介 box, 责任编辑, 上一篇/下一篇."""
    y, m, d = _ymd(art)
    url = f"http://epaper.xiushanbao.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    lines = [f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in art["body"]]
    works = ('<table width="100%" border="0" align="center"><tr>'
             + "".join(f'<td align="center"><img src="../../../res/{y}-{m}/{d}/04/res0{k}_attpic_brief.jpg" width="180"><br>{c}</td>'
                       for k, c in enumerate(("行书《川河盖即景》　杨怀远", "山水《云起边城》　田晓琴", "花鸟《春晖》　白明"), start=1))
             + '</tr></table>')
    text = "<br>\n".join(lines[:4]) + "<br>\n" + works + "\n" + "<br>\n".join(lines[4:])
    pages = "".join(f'<li><a>第{i:02d}版：{n}</a></li>' for i, n in enumerate(("要闻", "综合", "民生", "副刊"), start=1))
    body = (f'<div class="banner"><img src="../../../images/xsb_logo.gif" alt="秀山报"><span>{y}年{m}月{d}日　{_week(art)}</span></div>'
            f'<div class="bc"><span>第04版：副刊</span>&nbsp;<a>上一版</a>&nbsp;<a>下一版</a>&nbsp;'
            f'<a href="../../../page/{y}-{m}/{d}/04/{y}{m}{d}04_pdf.pdf">PDF版</a>&nbsp;<a>往期回顾</a></div>'
            f'<table width="1000" align="center" border="0"><tr><td width="300" valign="top"><div class="bmt"><img src="../../../page/{y}-{m}/{d}/04/s.jpg"></div>'
            f'<ul class="bmlist">{pages}</ul><div class="bbxw"><h4>本版标题</h4><ul>'
            + _rel(rng, others, 3, lambda t, dd: f"<li><a>{t}</a></li>") + '</ul></div></td>'
            f'<td valign="top"><div class="article"><h1>{esc(art["title"])}</h1><h3>——本土书画作品选登</h3>'
            f'<p class="author">□ 文/{rng.choice(WHO)}</p>'
            f'<div id="ozoom"><founder-content>{text}</founder-content></div>'
            f'<div class="zzjj" style="border-top:1px dashed #999;margin-top:10px"><p><b>作者简介：</b>{rng.choice(WHO)}，县作家协会会员，'
            f'长期从事地方文史写作。</p></div>'
            f'<p class="zb">责任编辑：{rng.choice(WHO)}</p>'
            f'<div class="sxp"><a>上一篇：{esc(others[0][0])}</a>&nbsp;&nbsp;<a>下一篇：{esc(others[1][0])}</a></div></div></td></tr></table>'
            f'<div class="foot">秀山报社 版权所有　未经书面授权，不得转载、摘编或建立镜像</div>')
    head = f'<title>秀山报--{esc(art["title"])}</title>'
    return head, body, url


TEMPLATES = {"wlw_wwbh86": wlw_wwbh86, "sthjj_mp_kp86": sthjj_mp_kp86, "xzf_ndbg86": xzf_ndbg86,
             "xhw_dfsp86": xhw_dfsp86, "rd_dbjy86": rd_dbjy86, "cun_mp_jtjj86": cun_mp_jtjj86,
             "xb_epaper_shfk86": xb_epaper_shfk86}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages86", TEMPLATES, lambda art: "held-apart")


if __name__ == "__main__":
    main()
