"""Build the ninety-third saved-page set (``pages93``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 农业农村委 portal 农机 补贴 公示/news
(``nyw_njbt93``), a 区 公安局 公众号 交通安全 提示 post (``gaj_mp_jtaq93``), a 县政府网 领导讲话 全文
on GBK old table layouts (``xzf_ldjh93``), a 央视网-like 地方 新闻联播 文字稿 (``cctv_df_wzg93``), a
区 档案馆 portal 档案征集 公告 (``dag_zjgg93``), a 镇 公众号 文艺汇演 post with 节目 items
(``zhen_mp_wyhy93``) and a 党报 e-paper 要闻版 评论员文章 (``db_epaper_ywb93``). ``articles.txt``
holds the title, date and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages93/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["谭雪梅", "冉光明", "向俊杰", "秦晓丽", "邓志强", "黄诗雨", "牟永红", "熊立新", "田甜"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…`` or a short line without a full stop or colon)."""
    return (p.startswith(NUM_HEADS) or len(p) <= 6) and "。" not in p and "：" not in p


def _turn(p: str) -> bool:
    """A question turn of an interview (``记者：``/``问：``)."""
    return p.startswith(("记者：", "问："))


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f"<table {attrs}><tbody>" + "".join(
        "<tr>" + "".join(f'<td style="text-align:center"><span>{esc(c)}</span></td>' for c in r.split(" ")) + "</tr>"
        for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, turn=None, kv=None) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table, heads, turns and
    ``时间：``-style items marked by the given wrappers."""
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(_table(rows))
            rows = []
        if p is None:
            break
        if head and _head(p):
            out.append(head(esc(p)))
        elif turn and _turn(p):
            q, rest = p.split("：", 1)
            out.append(turn(esc(q), esc(rest)))
        elif kv and p[:5].count("：") == 1 and p.startswith(("时间", "地点", "参加人员", "联系电话")):
            k, v = p.split("：", 1)
            out.append(kv(esc(k), esc(v)))
        else:
            out.append(para(esc(p)))
    return out


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="footer"><div class="ft-links"><a>网站地图</a>|<a>联系我们</a>|<a>网站声明</a></div>'
            f'<p>主办：{host}&nbsp;&nbsp;承办：{host}办公室</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1&nbsp;&nbsp;<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：{code}</p>'
            f'<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div></div>')




def nyw_njbt93(art, rng, others):
    """区 农业农村委 portal 农机 补贴: p01 (GBK) a 公示 under an 信息公开 grid (索引号, 生成日期 a day before,
    发布日期), info spans glued with no whitespace and a `document.write` counter, `<b>` 一、 heads, a 兑付 table,
    a 监督电话 line and 特此公示 (body), the 落款 and its date and an 附件 line (not body); p02 news dated only
    in meta `PubDate` and the URL, a photo and its caption after the lead, bold 一、 heads, quoted speech and a
    `来源：…客户端` line; 【字体】, 打印/关闭, 相关信息 with dates, footer."""
    y, m, d = _ymd(art)
    place = art["place"]
    first = art["id"] == "p01"
    host = "cqqj" if first else "cqlp"
    url = f"http://www.{host}.gov.cn/bm/qnyncw/zwgk_{_n(rng, 5)}/fdzdgknr/{'tzgg' if first else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em;"><b>{t}</b></p>')
    if first:
        blocks.append(f'<p style="text-indent:2em;">附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.xls">{y}年第二批农机购置补贴资金兑付明细表.xls</a></p>'
                      f'<p style="text-align:right;">重庆市{place}区农业农村委员会</p>'
                      f'<p style="text-align:right;">{y}年{int(m)}月{int(d)}日</p>')
        grid = (f'<div class="xxgk"><table><tr><th>索引号：</th><td>11500110{_n(rng, 6)}/{y}-{_n(rng, 5)}</td><th>主题分类：</th><td>农业、林业、水利</td></tr>'
                f'<tr><th>发布机构：</th><td>{place}区农业农村委</td><th>生成日期：</th><td>{y}-{m}-{int(d) - 1:02d}</td></tr>'
                f'<tr><th>标题：</th><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><th>发文字号：</th><td></td><th>发布日期：</th><td>{y}-{m}-{d}</td></tr></table></div>')
        info = (f'<div class="info"><span>发布时间：{y}-{m}-{d}</span><span>来源：区农业农村委</span>'
                f'<span>浏览量：<script>document.write("{_n(rng, 3)}")</script></span>'
                f'<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
    else:
        blocks.insert(1, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                         f'<p style="text-align:center">图为礼让镇川西村，收割机正在收割稻谷。（通讯员 {rng.choice(WHO)} 摄）</p>')
        blocks.append(f'<p style="text-indent:2em;">来源：{place}发布客户端</p>')
        grid = ""
        info = (f'<div class="info"><span>来源：区农业农村委</span>&nbsp;|&nbsp;<span>作者：{rng.choice(WHO)}</span>'
                f'&nbsp;|&nbsp;<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><span class="date">[{dd}]</span><a title="{t}">{t}</a></li>')
    body = (f'<div class="head"><div class="logo"><img src="/images/logo.png" alt="{place}区人民政府"></div>'
            f'<div class="search"><input type="text" value="请输入关键字"><a>搜索</a></div></div>'
            f'<div class="nav"><ul><li>首页</li><li>要闻动态</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>'
            f'<div class="position">您当前的位置：<a>首页</a>&gt;<a>政务公开</a>&gt;<a>部门</a>&gt;<a>区农业农村委</a>&gt;<a>{"通知公告" if first else "工作动态"}</a></div>'
            f'<div class="article">{grid}<h1 class="tit">{esc(art["title"])}</h1>{info}'
            f'<div class="zw TRS_Editor"><div class="TRS_Editor">' + "".join(blocks) + '</div></div>'
            f'<div class="dy"><a href="javascript:window.print()">打印本页</a>&nbsp;&nbsp;<a href="javascript:window.close()">关闭窗口</a></div>'
            f'<div class="xgxx"><h3>相关信息</h3><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, f"重庆市{place}区人民政府", f"50011{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}-{place}区农业农村委</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="{"通知公告" if first else "工作动态"}">')
    return head, body, url


def gaj_mp_jtaq93(art, rng, others):
    """区 公安局 公众号 交通安全 提示: p03 a poster, 一、 heads in red bars, `1.` tips with bold leads, a
    one-line closing wish, a 警方提示 card and an `END` mark; p04 an 编者按-like lead box (not body), bold `问：`
    turns and name： answers, a slogan line (body), date only in the script's `ct`; 来源/编辑/审核, 往期推荐,
    阅读原文/分享/点赞/在看."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    p03 = art["id"] == "p03"
    place = art["place"]
    blocks = _paras(art["body"],
                    lambda t: f'<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:16px;">{t}</span></p>',
                    head=lambda t: (f'<section style="background:#c8161d;padding:4px 10px;display:inline-block;margin:16px 0 8px;">'
                                    f'<p><span style="color:#fff;font-size:16px;"><strong>{t}</strong></span></p></section>'),
                    turn=lambda q, r: f'<p style="line-height:1.75em;"><strong><span style="color:#1e50a2;">{q}：{r}</span></strong></p>')
    blocks = [b.replace(">刘晓峰：", "><strong>刘晓峰：</strong>") for b in blocks]
    if p03:
        blocks.insert(0, f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></p>')
        extra = ('<section style="border:2px solid #c8161d;border-radius:8px;padding:12px;margin:20px 0;">'
                 '<p style="text-align:center"><strong><span style="color:#c8161d">警方提示</span></strong></p>'
                 '<p><span style="font-size:14px">开车不喝酒 喝酒不开车</span></p><p><span style="font-size:14px">交通事故报警：122</span></p></section>'
                 '<p style="text-align:center"><span style="color:#c8161d;font-size:12px">END</span></p>')
        when = f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {_hm(rng)}</em>'
    else:
        blocks.insert(0, '<section style="background:#eef3fb;padding:12px;margin-bottom:16px;">'
                         '<p><span style="font-size:14px;color:#666">编者按：头盔虽小，关乎生命。针对网友关心的问题，本期“警民问答”栏目为您一一解答。</span></p></section>')
        extra = f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640?wx_fmt=png"></p>'
        when = '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>'
    who = rng.sample(WHO, 3)
    tail = (f'<p><span style="font-size:12px;color:#999">来源：{place}区公安局交巡警支队</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}｜审核：{who[1]}｜监制：{who[2]}</span></p>')
    rec = _rel(rng, others, 3, lambda t, dd: f'<p><a href="#"><span style="font-size:14px;color:#576b95">▶ {t}</span></a></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n          </h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">平安{esc(place)}</a></span>{when}'
            f'<em id="js_ip_wording_wrp">发表于重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden;">' + "".join(blocks) + extra + tail +
            f'<section><p><strong>往期推荐</strong></p>{rec}</section>'
            f'<p style="text-align:center"><span style="font-size:12px">长按识别二维码 关注“平安{esc(place)}”</span></p></div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span><span>点赞 {rng.randint(5, 90)}</span><span>在看 {rng.randint(1, 40)}</span></div>'
            f'<div class="rich_media_extra"><p>留言</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:30])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";var nickname = "平安{esc(place)}";var msg_title = "{esc(art["title"])}";</script>')
    return head, body, url


def xzf_ldjh93(art, rng, others):
    """县政府网 领导讲话 全文 on a GBK old table layout: the speaker and occasion as a 副题 line `——…` and a
    `（YYYY年M月D日）` line under the title (the meeting's date, a day before publication; not body), the text as
    `<br>`-separated `　　` lines inside one `<font>` (p05, bold 一、坚持… heads) or `<p>`s with `&nbsp;` runs (p06,
    bold 一要… one-line heads), a closing `（根据录音整理）` note (not body); p05 `发布日期：YYYY年MM月DD日`, p06
    `YYYY/M/D` plus a later 更新时间; 【字体】, 打印/关闭, 领导讲话 column list with dates, footer."""
    y, m, d = _ymd(art)
    place = art["place"]
    p05 = art["id"] == "p05"
    host = "cqwx" if p05 else "cqfj"
    url = f"http://www.{host}.gov.cn/zwxx_{_n(rng, 3)}/ldjh/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = "县长 " + ("邓建国" if p05 else "陈永福")
    meet = f"（{y}年{int(m)}月{int(d) - 1}日）"
    if p05:
        lines = []
        for p in art["body"]:
            lines.append(f"　　<b>{esc(p)}</b>" if p.startswith(("一、", "二、", "三、")) else f"　　{esc(p)}")
        text = f'<font style="font-size:16px;line-height:30px" face="仿宋_GB2312">' + "<br>".join(lines) + "<br>　　（根据录音整理）</font>"
        info = f'<td class="info" align="center">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;来源：县政府办公室&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td>'
        upd = ""
    else:
        paras = []
        for p in art["body"]:
            if p.startswith(("一要", "二要", "三要", "四要")):
                paras.append(f'<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>{esc(p)}</strong></p>')
            else:
                paras.append(f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}&nbsp;</p>')
        text = "".join(paras) + '<p style="text-align:right">（根据录音整理，有删节）</p>'
        info = (f'<td class="info" align="center">{int(y)}/{int(m)}/{int(d)}&nbsp;&nbsp;{_hm(rng)}&nbsp;&nbsp;'
                f'来源：{place}县人民政府&nbsp;&nbsp;点击：<script>document.write("{_n(rng, 4)}")</script></td>')
        upd = f'<tr><td align="right" class="gx">更新时间：{y}/{int(m)}/{int(d) + 2} {_hms(rng)}</td></tr>'
    rel = _rel(rng, others, 5, lambda t, dd: f'<tr><td>·<a>{t}</a></td><td width="90">{dd}</td></tr>')
    body = (f'<table width="980" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner.jpg" width="980"></td></tr>'
            f'<tr><td class="dh" bgcolor="#b40000"><a>网站首页</a> | <a>县情概况</a> | <a>政务公开</a> | <a>领导之窗</a> | <a>网上办事</a> | <a>公众参与</a></td></tr></table>'
            f'<table width="980" align="center" border="0" cellpadding="0" cellspacing="0"><tr>'
            f'<td width="230" valign="top" class="left"><table width="100%"><tr><td class="lm">领导之窗</td></tr>'
            f'<tr><td><a>领导简介</a></td></tr><tr><td><a>领导活动</a></td></tr><tr><td><a>领导讲话</a></td></tr></table></td>'
            f'<td width="750" valign="top"><table width="100%" border="0" cellpadding="0" cellspacing="0">'
            f'<tr><td class="wz">当前位置：<a>首页</a> &gt;&gt; <a>领导之窗</a> &gt;&gt; <a>领导讲话</a></td></tr>'
            f'<tr><td align="center" class="bt"><font size="5" color="#b40000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="fbt">——{who}</td></tr><tr><td align="center">{meet}</td></tr>'
            f'<tr>{info}</tr><tr><td class="nr" id="zoom" style="padding:10px 20px">{text}</td></tr>{upd}'
            f'<tr><td align="right"><a href="javascript:window.print()">【打印】</a>&nbsp;<a href="javascript:window.close()">【关闭】</a></td></tr>'
            f'<tr><td><table width="100%" class="xg"><tr><td colspan="2"><b>领导讲话</b></td></tr>{rel}</table></td></tr></table></td></tr></table>'
            f'<table width="980" align="center" class="foot"><tr><td align="center">版权所有：{place}县人民政府办公室&nbsp;&nbsp;技术支持：{place}县大数据应用发展中心<br>'
            f'渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：500238{_n(rng, 4)}</td></tr></table>')
    head = (f'<title>{esc(art["title"])}_{place}县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ColumnName" content="领导讲话">')
    return head, body, url


def cctv_df_wzg93(art, rng, others):
    """央视网-like 地方 新闻联播 文字稿: a video player with its 栏目 line and duration above the text, `央视网消息`
    opening the first paragraph (body), bold `记者：` and name： turns on p08; p07 the info line `YYYY年MM月DD日
    hh:mm | 来源：央视网` and an 编辑/责任编辑 line; p08 the date split over spans (`来源：央视网 | YYYY年MM月DD日
    hh:mm:ss`), a 原标题 line and a second related story in a box after the text; 分享, 相关新闻 with dates, 热点推荐,
    footer with 京ICP证."""
    y, m, d = _ymd(art)
    p07 = art["id"] == "p07"
    url = f"https://news.cctv.com/{y}/{m}/{d}/ARTI{_wx_id(rng)[:20]}{y[2:]}{m}{d}.shtml"
    blocks = _paras(art["body"], lambda t: f'<p>{t}</p>', turn=lambda q, r: f'<p><strong>{q}：</strong>{r}</p>')
    blocks = [b.replace("<p>李华：", "<p><strong>李华：</strong>") for b in blocks]
    player = (f'<div class="video_box" id="myFlash"><div class="player_tit">{"《新闻联播》" if p07 else "《朝闻天下》"} {y}{m}{d}</div>'
              f'<div id="player"><video src="https://hls.cntv.cn/asp/hls/{_n(rng, 8)}/main.m3u8" controls></video></div>'
              f'<span class="duration">{rng.randint(1, 3):02d}:{rng.randint(10, 59)}</span></div>')
    who = rng.sample(WHO, 2)
    if p07:
        info = f'<div class="info1">{y}年{m}月{d}日 {_hm(rng)} | 来源：央视网 <div class="function"><span>分享到：</span><a class="weixin"></a><a class="weibo"></a></div></div>'
        after = f'<div class="zebian"><span>编辑：{who[0]}</span>　<span>责任编辑：{who[1]}</span></div>'
    else:
        info = (f'<div class="info1"><span>来源：央视网</span> | <span>{y}年{m}月{d}日</span> <span>{_hms(rng)}</span>'
                f'<div class="function"><span>分享到：</span><a class="weixin"></a></div></div>')
        after = ('<p class="ybt">原标题：巫山脆李花开 赏花游持续升温</p>'
                 '<div class="xgbd"><div class="tit">相关报道</div><h3>重庆奉节：脐橙花海迎春来</h3>'
                 '<p>春分前后，奉节县漫山的脐橙树陆续开花，果农们忙着疏花、施肥，为新一季丰收做准备。</p></div>'
                 f'<div class="zebian"><span>责任编辑：{who[1]}</span></div>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>')
    body = (f'<div class="header_nav"><a>首页</a><a>新闻</a><a>体育</a><a>综艺</a><a>直播</a><a>片库</a></div>'
            f'<div class="column_wrapper"><div class="col_w660"><div class="cnt_nav"><a>央视网</a> &gt; <a>新闻频道</a> &gt; <a>地方</a></div>'
            f'<div class="cnt_bd"><h1>{esc(art["title"])}</h1>{info}{player}'
            f'<div class="content_area" id="content_area">' + "".join(blocks) + '</div>' + after +
            f'<div class="xgxw"><h4>相关新闻</h4><ul>{rel}</ul></div></div></div>'
            f'<div class="col_w300"><div class="rdtj"><h4>热点推荐</h4><ul><li>新闻联播 {y}{m}{d}</li><li>焦点访谈</li><li>东方时空</li></ul></div></div></div>'
            f'<div class="footer"><p>Copyright 1996-{y} CCTV. All Rights Reserved.</p><p>京ICP证{_n(rng, 6)}号 京公网安备{_n(rng, 14)}号</p>'
            f'<p>违法和不良信息举报电话：010-{_n(rng, 8)}</p></div>')
    head = (f'<title>{esc(art["title"])}_新闻频道_央视网(cctv.com)</title><meta name="keywords" content="{esc(art["place"])}">'
            f'<meta name="description" content="{esc(art["body"][0][:40])}">')
    return head, body, url


def dag_zjgg93(art, rng, others):
    """区 档案馆 portal 档案征集 公告 (GBK): a kicker `征集启事` above the title, `发布时间：YYYY年MM月DD日
    hh:mm 文章来源 阅读次数`, 一、 heads in `<strong>`, （一）… items ending `；`, a one-line 征集时间 paragraph, 地址：/
    联系人：/联系电话： lines (body), the 落款 (区档案馆) and its date (two days before publication) and an 附件
    登记表 line (not body); a 征集热线 box and 二维码 beside, 上一篇/下一篇, footer."""
    y, m, d = _ymd(art)
    place = art["place"]
    url = f"http://www.cqcs.gov.cn/dag/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2;">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em;"><strong>{t}</strong></p>')
    tail = (f'<p style="text-indent:2em;">附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.doc">长寿湖建设历史档案资料征集登记表.doc</a></p>'
            f'<p style="text-align:right;">重庆市{place}区档案馆</p><p style="text-align:right;">{y}年{int(m)}月{int(d) - 2}日</p>')
    box = ('<div class="zjrx"><h4>征集热线</h4><p>工作日 9:00—17:00</p><p>023-40245518</p>'
           '<img src="/images/dag_ewm.png"><p>扫码关注“长寿档案”</p></div>')
    prev, nxt = rng.sample(others, 2)
    body = (f'<div class="top"><img src="/images/dag_logo.png" alt="{place}区档案馆"><div class="top_r"><a>设为首页</a> <a>加入收藏</a></div></div>'
            f'<div class="menu"><a>首页</a><a>机构概况</a><a>档案工作</a><a>馆藏介绍</a><a>档案征集</a><a>档案利用</a><a>档案文化</a></div>'
            f'<div class="wrap"><div class="left_side"><div class="l_tit">档案征集</div><ul><li>征集公告</li><li>征集动态</li><li>捐赠名录</li></ul>{box}</div>'
            f'<div class="right_side"><div class="loc">当前位置：首页 &gt; 档案征集 &gt; 征集公告</div>'
            f'<div class="detail"><p class="yt">征集启事</p><h2>{esc(art["title"])}</h2>'
            f'<div class="attr">发布时间：{y}年{m}月{d}日 {_hm(rng)}&nbsp;&nbsp;文章来源：区档案馆&nbsp;&nbsp;阅读次数：<span id="hits">{_n(rng, 3)}</span></div>'
            f'<div class="detail_con">' + "".join(blocks) + tail + '</div>'
            f'<div class="pn"><p>上一篇：<a>{esc(prev[0])}</a></p><p>下一篇：<a>{esc(nxt[0])}</a></p></div></div></div></div>'
            f'<div class="foot"><p>主办单位：重庆市{place}区档案馆　地址：{place}区桃源大道1号　电话：023-40245518</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-2　渝公网安备 {_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}--重庆市{place}区档案馆</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="publishdate" content="{y}-{m}-{d}">')
    return head, body, url


def zhen_mp_wyhy93(art, rng, others):
    """镇 公众号 文艺汇演 post: account and `YYYY年MM月DD日 hh:mm`, a top GIF, a lead-in line then `1.`…`7.`
    节目 items as short `<p>`s (body), ▲ photo captions between paragraphs (not body), a quote, 时间：/地点： lines of
    the next events in a bordered box (body) and a one-line closing invitation; a 活动预告 poster, 文字/图片/编辑/
    审核 credits, 关注 QR, 阅读原文/点赞/在看."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s?__biz={_wx_id(rng)[:14]}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 9)}"
    out = [f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/640?wx_fmt=gif"></p>']
    caps = {"其中，": "▲夏布服饰秀", "小品《": "▲小品《新春回家》演出现场", "演出间隙": "▲群众参与有奖问答"}
    for p in art["body"]:
        for k, c in caps.items():
            if p.startswith(k):
                out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></p>'
                           f'<p style="text-align:center"><span style="font-size:12px;color:#888">{c}</span></p>')
        if p[:2] in ("时间", "地点"):
            k, v = p.split("：", 1)
            out.append(f'<section style="border-left:3px solid #d4237a;padding-left:8px;"><p><strong>{k}：</strong>{esc(v)}</p></section>')
        elif p[0].isdigit() and p[1] == ".":
            out.append(f'<p style="text-align:center;"><span style="color:#d4237a;">{esc(p)}</span></p>')
        else:
            out.append(f'<p style="line-height:1.8em;"><span style="font-size:15px;">{esc(p)}</span></p>')
    who = rng.sample(WHO, 4)
    tail = (f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></p>'
            '<p style="text-align:center"><span style="font-size:12px;color:#888">活动预告</span></p>'
            f'<p><span style="font-size:12px;color:#888">文字：{who[0]}　图片：{who[1]}</span></p>'
            f'<p><span style="font-size:12px;color:#888">编辑：{who[2]}　审核：{who[3]}</span></p>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640?wx_fmt=png"></p>'
            '<p style="text-align:center"><span style="font-size:12px">长按二维码 关注我们</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content"><span class="rich_media_meta_nickname"><a id="js_name">{art["place"]}万灵</a></span>'
            f'<em id="publish_time">{y}年{m}月{d}日 {_hm(rng)}</em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>喜欢此内容的人还喜欢</span>'
            f'<span>点赞 {rng.randint(10, 99)}</span><span>在看 {rng.randint(1, 30)}</span></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";</script>')
    return head, body, url


def db_epaper_ywb93(art, rng, others):
    """党报 e-paper 要闻版 本报评论员 文章: banner with the paper's date and weekday, 版次 selector (`第001版：要闻`,
    上一版/下一版, PDF), 版面 list, the article's `本报评论员` byline (not body) and the text in `<br>`-separated `　　`
    lines inside one div (p11, inside `<founder-content>`) or `<p>`s (p12, with an 【放大 缩小 默认】 bar and a second
    article, 短评, in the 本版 list's box after the text); 上一篇/下一篇, 版权声明; `<title>` is the paper's name and
    版次 only; the date only in the banner and the URL."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"https://epaper.cqrb.cn/html/cqrb/{y}-{m}/{d}/00{'1' if p11 else '3'}/content_{_n(rng, 6)}.htm"
    ban = f'<div class="banner"><img src="/images/cqrb_logo.png"><span>{y}年{m}月{d}日 {_week(art)}</span></div>'
    ban_no = "第001版：要闻" if p11 else "第003版：要闻"
    sel = (f'<div class="bcsel"><span>{ban_no}</span><a>上一版</a><a>下一版</a><a href="./page_{_n(rng, 2)}.pdf">PDF下载</a>'
           f'<select><option>{ban_no}</option><option>第002版：要闻</option><option>第004版：重庆新闻</option></select><a>往期回顾</a></div>')
    lst = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a></li>')
    if p11:
        text = '<founder-content>' + "<br>".join(f"　　{esc(p)}" for p in art["body"]) + '</founder-content>'
        extra = ""
    else:
        text = "".join(f'<p>　　{esc(p)}</p>' for p in art["body"])
        extra = ('<div class="dp"><h4>短评</h4><h3>让春节服务更暖心</h3>'
                 '<p>　　节日越近，越要把群众的冷暖放在心上。车站码头的引导、困难群众的走访、市场供应的保障，每一件都要落到实处。</p></div>')
    prev, nxt = rng.sample(others, 2)
    body = (f'{ban}{sel}<table width="1000" align="center"><tr>'
            f'<td width="330" valign="top"><div class="bmt"><img src="./page_{_n(rng, 3)}.jpg" width="320"></div>'
            f'<div class="bm_list"><h4>本版新闻</h4><ul><li><a>{esc(art["title"])}</a></li>{lst}</ul></div></td>'
            f'<td valign="top"><div class="article">'
            + ('' if p11 else '<div class="fd">【<a>放大</a> <a>缩小</a> <a>默认</a>】</div>') +
            f'<h1>{esc(art["title"])}</h1><div class="author">本报评论员</div>'
            f'<div class="content" id="ozoom">{text}</div>{extra}'
            f'<div class="sxp"><p>上一篇：<a>{esc(prev[0])}</a></p><p>下一篇：<a>{esc(nxt[0])}</a></p></div></div></td></tr></table>'
            f'<div class="copyright"><p>版权声明：本网所刊登的各种新闻﹑信息和各种专题专栏资料，未经协议授权，禁止下载使用。</p>'
            f'<p>重庆日报报业集团 版权所有 渝ICP备{_n(rng, 8)}号</p></div>')
    head = f'<title>重庆日报-{ban_no}</title><meta name="viewport" content="width=device-width">'
    return head, body, url


TEMPLATES = {"nyw_njbt93": nyw_njbt93, "gaj_mp_jtaq93": gaj_mp_jtaq93, "xzf_ldjh93": xzf_ldjh93,
             "cctv_df_wzg93": cctv_df_wzg93, "dag_zjgg93": dag_zjgg93, "zhen_mp_wyhy93": zhen_mp_wyhy93,
             "db_epaper_ywb93": db_epaper_ywb93}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages93", TEMPLATES, lambda art: "held-apart")


if __name__ == "__main__":
    main()
