"""Build the ninety-eighth saved-page set (``pages98``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 城乡建委 portal 工程质量 通报/观摩 news
(``cjw_zlth98``), a 区 税务局 公众号 个税 汇算 问答 post (``swj_mp_gs98``), a 县政府网 政协提案 办理 page
(``xzf_zxta98``), a 人民网-like 地方 人物 专访 (``rmw_rwzf98``), a 区 文化馆 portal 非遗 展演 news
(``whg_fy98``), a 村 公众号 民宿 推介 post (``cun_mp_ms98``) and a 晚报 e-paper 文娱版 with 演出 预告
(``wb_wyb98``). ``articles.txt`` holds the title, date and reference body; the furniture (not body)
is written here. See README.md.

    python tests/data/web/pages98/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["罗文静", "况德明", "蒲晓东", "付丽萍", "段永刚", "蒋思琪", "符建军", "龚雨桐", "彭小川"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")


def _shift(art, days: int) -> datetime.date:
    """The article's date moved by ``days`` (a 成文日期 before it, an 更新时间 after it)."""
    return datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=days)


def _cn(day: datetime.date) -> str:
    """A date as a 落款 writes it (``2023年6月28日``)."""
    return f"{day.year}年{day.month}月{day.day}日"


def _row(p: str) -> bool:
    """A data-table row inside the text: cells joined by single spaces, no sentence punctuation."""
    return " " in p and not any(c in p for c in "。，；：　")


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…``)."""
    return p.startswith(NUM_HEADS) and "。" not in p and "：" not in p


def _turn(p: str) -> bool:
    """An interview or Q&A turn (``记者：``, ``问：``, ``答：`` or a short ``name：``)."""
    return "：" in p[:12] and not p.startswith(("时间", "地点", "内容", "票价", "参加方式"))


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows) -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%"><tbody>' + "".join(
        "<tr>" + "".join(f'<td valign="center"><p align="center"><span style="font-size:12pt">{esc(c)}</span></p></td>'
                         for c in r.split(" ")) + "</tr>" for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, turn=None) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table, heads and turns through
    their wrappers, other lines through ``para``."""
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
        else:
            out.append(para(esc(p)))
    return out


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="footer"><div class="f-links"><a>网站地图</a>|<a>联系我们</a>|<a>使用帮助</a>|<a>隐私声明</a></div>'
            f'<p>主办：{host}&nbsp;&nbsp;承办：{host}办公室&nbsp;&nbsp;技术支持：重庆市大数据应用发展管理局</p>'
            f'<p>渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：{code}</p>'
            f'<div class="f-ewm"><img src="/images/wx.jpg"><p>扫一扫在手机上查看当前页面</p></div>'
            f'<span id="_ideConac"><img src="/images/dzjg.png"></span><span id="_span_jiucuo"><img src="/images/jiucuo.png"></span></div>')


def cjw_zlth98(art, rng, others):
    """区 城乡建委 portal: p01 (GBK) a 质量安全 通报 with an 信息公开 grid (成文日期 a day before), glued info
    spans (`发布时间：YYYY-MM-DD` + 来源 + a `<script>` counter), bold `一、` heads, （一） items and a 名单 table
    (body), the 落款 and its date and an 附件 line inside the text div (not body); p02 a 观摩 news page with no
    visible date (meta `publishdate` and the URL), a photo and its `图为…` caption inside the text."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.cqbn.gov.cn/bm/qcxjw/zwgk_{_n(rng, 5)}/{'tzgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em;"><strong>{t}</strong></p>')
    if p01:
        grid = (f'<div class="xxgk-table"><table><tr><th>索引号：</th><td>11500113009{_n(rng, 6)}/{y}-{_n(rng, 5)}</td>'
                f'<th>主题分类：</th><td>城乡建设、环境保护</td></tr><tr><th>发布机构：</th><td>巴南区城乡建委</td>'
                f'<th>成文日期：</th><td>{_shift(art, -1)}</td></tr><tr><th>标题：</th><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><th>发文字号：</th><td>巴南建委发〔{y}〕{rng.randint(20, 90)}号</td><th>发布日期：</th><td>{y}-{m}-{d}</td></tr></table></div>')
        info = (f'<div class="detail-info"><span>发布时间：{y}-{m}-{d}</span><span>来源：区建设工程质量安全监督站</span>'
                f'<span>浏览次数：<script>document.write("{_n(rng, 3)}");</script></span><span>字体：[<a>大</a><a>中</a><a>小</a>]</span></div>')
        tail = (f'<p style="text-indent:2em;">附件：<a href="./P0{_n(rng, 9)}.xlsx">{y}年第一季度质量安全检查问题清单.xlsx</a></p>'
                f'<p style="text-align:right;">重庆市巴南区城乡建设委员会</p><p style="text-align:right;">{_cn(_shift(art, -1))}</p>'
                f'<p style="text-indent:2em;">（此件公开发布）</p>')
        head = f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
    else:
        grid = ""
        blocks.insert(2, f'<p style="text-align:center;"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" oldsrc="W0{y}.jpg"></p>'
                         f'<p style="text-align:center;">图为观摩人员在实体样板展示区参观。（区城乡建委供图）</p>')
        info = ('<div class="detail-info"><span>来源：区城乡建委</span>&nbsp;&nbsp;<span>浏览次数：<script>document.write("'
                f'{_n(rng, 3)}");</script></span>&nbsp;&nbsp;<span>字体：[<a>大</a><a>中</a><a>小</a>]</span>&nbsp;&nbsp;<span><a>分享</a></span></div>')
        tail = ""
        head = f'<meta name="publishdate" content="{y}-{m}-{d}">'
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>')
    body = (f'<div class="header"><div class="logo"><img src="/images/logo_bn.png" alt="重庆市巴南区人民政府"></div>'
            f'<div class="h-tools"><a>无障碍</a> <a>长者模式</a> <a>English</a></div></div>'
            f'<div class="menu"><a>首页</a><a>要闻动态</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进巴南</a></div>'
            f'<div class="location">当前位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区城乡建委</a> &gt; <a>{"通知公告" if p01 else "工作动态"}</a></div>'
            f'{grid}<div class="detail"><div class="detail-title">{esc(art["title"])}</div>{info}'
            f'<div class="detail-con"><div class="TRS_Editor"><div class="Custom_UnionStyle">' + "".join(blocks) + tail + '</div></div></div>'
            f'<div class="detail-tools"><a>【打印本页】</a><a>【关闭窗口】</a></div>'
            f'<div class="related"><div class="related-t">相关文章</div><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "重庆市巴南区人民政府办公室", f"50011{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}_重庆市巴南区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'{head}<meta name="ColumnName" content="{"通知公告" if p01 else "工作动态"}"><meta name="SiteName" content="重庆市巴南区人民政府">')
    return head, body, url


def swj_mp_gs98(art, rng, others):
    """区 税务局 公众号: p03 a 汇算 问答 post (bold coloured `问：` turns, plain `答：` turns, an 一图读懂 image with a
    `▲` caption, a 温馨提示 box and 推荐阅读), publish_time `YYYY-MM-DD hh:mm`, a date inside the text that is the
    汇算 period, not the publication; p04 a 办税厅 report with bold `记者：` and `name：` turns, publish_time empty
    (only the script's `ct`), a 来源：客户端 line; 点击蓝字 header, 阅读原文/分享/点赞/在看 row."""
    y, m, d = _ymd(art)
    p03 = art["id"] == "p03"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    para = lambda t: f'<p style="line-height:1.75em;letter-spacing:1px;"><span style="font-size:15px;color:#333;">{t}</span></p>'  # noqa: E731
    if p03:
        turn = lambda q, r: (f'<section style="margin-top:16px;"><p><span style="color:#0052a3;font-size:16px;"><strong>{q}：{r}</strong></span></p></section>'  # noqa: E731
                             if q == "问" else para(f"{q}：{r}"))
    else:
        turn = lambda q, r: f'<p style="line-height:1.75em;"><span style="font-size:15px;"><strong>{q}：</strong>{r}</span></p>'  # noqa: E731
    blocks = _paras(art["body"], para, turn=turn)
    top = ('<section style="text-align:center;"><p><span style="font-size:12px;color:#0052a3;">点击蓝字 关注我们</span></p></section>')
    if p03:
        blocks.insert(2, f'<p style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640?wx_fmt=png"></p>'
                         '<p style="text-align:center;"><span style="font-size:12px;color:#999;">▲一图读懂2023年度个税汇算</span></p>')
        extra = ('<section style="border:1px dashed #0052a3;padding:10px;margin:12px 0;"><p><strong>温馨提示</strong></p>'
                 '<p><span style="font-size:14px;">请通过官方渠道下载个人所得税App，谨防不法分子以“退税”为名实施诈骗。</span></p></section>')
        meta = f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {_hm(rng)}</em>'
        src = "来源：国家税务总局重庆市渝北区税务局"
    else:
        blocks.insert(7, f'<p style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                         '<p style="text-align:center;"><span style="font-size:12px;color:#999;">▲导税员帮助纳税人操作个税App</span></p>')
        extra = ""
        meta = '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>'
        src = "来源：渝北区融媒体中心·渝北发布客户端"
    who = rng.sample(WHO, 3)
    rec = _rel(rng, others, 3, lambda t, dd: f'<p><a href="#"><span style="color:#576b95;font-size:14px;">{t}</span></a></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">\n          {esc(art["title"])}\n        </h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span id="profileBt"><a id="js_name">渝北税务</a></span>'
            f'{meta}<em id="js_ip_wording_wrp"><span id="js_ip_wording">重庆</span></em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden;">{top}' + "".join(blocks) + extra +
            f'<p><span style="font-size:12px;color:#888;">{src}</span></p>'
            f'<p><span style="font-size:12px;color:#888;">编辑：{who[0]}　审核：{who[1]}　签发：{who[2]}</span></p>'
            f'<section><p><strong>推荐阅读</strong></p>{rec}</section>'
            f'<p style="text-align:center;"><img data-src="qrcode.jpg"></p><p style="text-align:center;"><span style="font-size:12px;">长按二维码 关注渝北税务</span></p></div>'
            f'<div id="js_tags_preview_toast"></div><div class="rich_media_tool"><a id="js_view_source">阅读原文</a>'
            f'<span>阅读 {_n(rng, 4)}</span><span>分享</span><span>点赞 {rng.randint(5, 90)}</span><span>在看 {rng.randint(1, 40)}</span></div>'
            f'<div class="rich_media_extra"><p>写留言</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:40])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";var nickname = "渝北税务";var user_name = "gh_{_n(rng, 12)}";</script>')
    return head, body, url


def xzf_zxta98(art, rng, others):
    """县政府网 政协提案 办理 pages on an old table layout: p05 (GBK) a 办理 news story as `<br>` lines of `　　`
    paragraphs in one `<font>`, info `发布日期：YYYY年MM月DD日　信息来源　浏览次数` and a later `更新时间`; p06 a 提案
    答复函 under an 信息公开 grid (成文日期 a week before) with the addressee line, bold `一、` heads, `一是…` lines and
    `1.` places (body), the 落款, its date, 联系人 and 抄送 lines (not body); 打印/关闭, 相关信息 with dates."""
    y, m, d = _ymd(art)
    p05 = art["id"] == "p05"
    url = f"http://www.cqdj.gov.cn/zwgk_{_n(rng, 3)}/{'zxtabl' if not p05 else 'bmdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    if p05:
        text = ('<font face="仿宋_GB2312" style="font-size:16pt;line-height:150%">'
                + "<br>".join(f"　　{esc(p)}" for p in art["body"]) + "<br>&nbsp;&nbsp;</font>")
        info = (f'发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;信息来源：县交通局&nbsp;&nbsp;&nbsp;&nbsp;'
                f'浏览次数：<script language="javascript">document.write({_n(rng, 3)})</script>')
        upd = f'<tr><td align="right" class="gray">更新时间：{_shift(art, 3)} {_hms(rng)}</td></tr>'
        grid = ""
    else:
        blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;line-height:28px;">{t}</p>',
                        head=lambda t: f'<p style="text-indent:2em;line-height:28px;"><b>{t}</b></p>')
        text = ('<p style="text-align:center;">垫江城管提〔' + y + '〕' + str(rng.randint(10, 60)) + '号</p>' + "".join(blocks)
                + f'<p style="text-align:right;">垫江县城市管理局</p><p style="text-align:right;">{_cn(_shift(art, -7))}</p>'
                f'<p>（联系人：{rng.choice(WHO)}；联系电话：023-7468{_n(rng, 4)}）</p><p>抄送：县政协提案委，县政府督查室。</p>')
        info = f'发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;信息来源：县城市管理局&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】'
        upd = ""
        grid = (f'<tr><td><table class="xxgk" width="100%" border="1"><tr><td>索引号</td><td>11500231MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td>'
                f'<td>发布机构</td><td>垫江县城市管理局</td></tr><tr><td>成文日期</td><td>{_shift(art, -7)}</td><td>发布日期</td><td>{y}-{m}-{d}</td></tr>'
                f'<tr><td>主题分类</td><td colspan="3">建议提案办理</td></tr></table></td></tr>')
    rel = _rel(rng, others, 5, lambda t, dd: f'<tr><td height="24">·<a>{t}</a></td><td width="90" class="gray">[{dd}]</td></tr>')
    body = (f'<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top_banner.jpg" width="1002"></td></tr>'
            f'<tr><td class="menu" bgcolor="#1b5fa9"><a>首页</a>　<a>走进垫江</a>　<a>政务公开</a>　<a>建议提案办理</a>　<a>政务服务</a>　<a>互动交流</a></td></tr></table>'
            f'<table width="1002" align="center" cellpadding="0" cellspacing="0"><tr><td width="240" valign="top" class="left">'
            f'<table width="100%"><tr><td class="lt">建议提案</td></tr><tr><td>·人大代表建议</td></tr><tr><td>·政协委员提案</td></tr><tr><td>·办理结果公开</td></tr></table></td>'
            f'<td valign="top"><table width="100%" cellpadding="0" cellspacing="0"><tr><td class="position">您现在的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>建议提案办理</a></td></tr>'
            f'{grid}<tr><td align="center" height="60"><font size="4" color="#0a3d8f"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="info" bgcolor="#f2f2f2">{info}</td></tr>'
            f'<tr><td class="content" id="zoom" style="padding:10px 20px;">{text}</td></tr>{upd}'
            f'<tr><td align="right"><a href="javascript:window.print()">打印本页</a>&nbsp;&nbsp;<a href="javascript:window.close()">关闭窗口</a></td></tr>'
            f'<tr><td><b>相关信息：</b><table width="100%">{rel}</table></td></tr></table></td></tr></table>'
            + _gov_foot(rng, "重庆市垫江县人民政府", f"50023{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}-垫江县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ColumnName" content="建议提案办理">')
    return head, body, url


def rmw_rwzf98(art, rng, others):
    """人民网-like 地方频道 人物 专访: bold `记者：` turns with `name：` answers, a photo with a `…人民网记者 X摄` caption
    inside the text, `(责编：…、…)`, 分享到, 相关新闻 with dates, 人民网 copyright; p07 info `YYYY年MM月DD日hh:mm | 来源：
    人民网－重庆频道` glued; p08 an 编者按 box above the text and a 人物名片 card, no visible date (meta `publishdate`
    and the URL `/n2/YYYY/MMDD/`)."""
    y, m, d = _ymd(art)
    p07 = art["id"] == "p07"
    url = f"http://cq.people.com.cn/n2/{y}/{m}{d}/c{_n(rng, 6)}-{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent: 2em;">{t}</p>',
                    turn=lambda q, r: (f'<p style="text-indent: 2em;"><strong>{q}：{r}</strong></p>' if q == "记者"
                                       else f'<p style="text-indent: 2em;">{q}：{r}</p>'))
    blocks.insert(2, f'<p style="text-align: center;"><img src="/NMediaFile/{y}/{m}{d}/LOCAL{_n(rng, 18)}.jpg" width="600"></p>'
                     f'<p class="pictext" style="text-align: center;">{"陈建平在工作室创作版画" if p07 else "冉小兵（右）在果园查看脆红李长势"}。人民网记者 {rng.choice(WHO)}摄</p>')
    if p07:
        info = f'<div class="col-1-1 fl">{y}年{m}月{d}日{_hm(rng)} | 来源：<a>人民网－重庆频道</a></div>'
        pre, card = "", ""
        head = ""
    else:
        info = '<div class="col-1-1 fl">来源：<a>人民网－重庆频道</a></div>'
        pre = ('<div class="bjz" style="border:1px solid #ddd;padding:10px;background:#f7f7f7;"><p>【编者按】乡村振兴，关键在人。人民网重庆频道推出'
               '“新农人说”系列访谈，讲述扎根乡村的干部群众的故事。</p></div>')
        card = ('<div class="rwmp"><h4>人物名片</h4><p>冉小兵，1984年生，黔江区濯水镇人，2015年返乡任村党支部书记，'
                '曾获评重庆市优秀共产党员。</p></div>')
        head = f'<meta name="publishdate" content="{y}-{m}-{d}">'
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a> <em>{dd}</em></li>')
    who = rng.sample(WHO, 2)
    body = (f'<div class="header"><div class="w1200"><a>人民网</a> &gt;&gt; <a>重庆频道</a> &gt;&gt; <a>区县</a></div></div>'
            f'<div class="nav"><a>首页</a><a>时政</a><a>区县</a><a>经济</a><a>社会</a><a>文旅</a><a>人民日报看重庆</a></div>'
            f'<div class="main"><div class="col col-1 fl"><div class="rwtj">{"新时代 新气象" if p07 else "新农人说"}</div>'
            f'<h1>{esc(art["title"])}</h1><div class="col-1-1 clearfix">{info}'
            f'<div class="fr"><span>分享到：</span><a class="weixin"></a><a class="weibo"></a><a class="qzone"></a></div></div>'
            f'{card}<div class="rm_txt_con cf">{pre}' + "".join(blocks) +
            f'<p class="paper_num"></p><div class="edit cf">(责编：{who[0]}、{who[1]})</div></div>'
            f'<div class="share"><span>分享让更多人看到</span></div>'
            f'<div class="rm_relevant"><div class="title">相关新闻</div><ul>{rel}</ul></div></div>'
            f'<div class="col col-2 fr"><h3>热点推荐</h3><ul><li>{esc(others[3][0])}</li><li>{esc(others[5][0])}</li></ul></div></div>'
            f'<div class="footer"><p>人民网版权所有，未经书面授权禁止使用</p><p>Copyright &copy; 1997-{y} by www.people.com.cn. all rights reserved</p></div>')
    head = f'<title>{esc(art["title"])}--重庆频道--人民网 </title><meta name="keywords" content="人物,访谈">{head}'
    return head, body, url


def whg_fy98(art, rng, others):
    """区 文化馆 portal 非遗 展演 news: info `发布时间：YYYY/M/D hh:mm:ss　点击数` in spans, a photo and caption after
    the second paragraph, `1.` 节目 lines, `时间：/地点：/内容：/参加方式：` lines (body), a `（文/图：…）` credit and
    a 非遗小知识 box after the text (not body), 上一篇/下一篇, 相关阅读 with dates, footer."""
    y, m, d = _ymd(art)
    url = f"https://www.cqbbwhg.cn/news/show-{_n(rng, 4)}.html"
    blocks = _paras(art["body"], lambda t: f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{t}</p>')
    blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/allimg/{y[2:]}{m}{d}/{_n(rng, 6)}-1.jpg" alt=""></p>'
                     f'<p style="text-align:center"><span style="font-size:14px">偏岩古镇舞龙表演（{rng.choice(WHO)} 摄）</span></p>')
    who = rng.sample(WHO, 2)
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><span>{dd}</span><a>{t}</a></li>')
    body = (f'<div class="top"><div class="logo"><img src="/templets/images/logo.png" alt="北碚区文化馆"></div>'
            f'<div class="search"><input type="text" value="请输入关键字"><a>搜索</a></div></div>'
            f'<div class="nav"><ul><li>网站首页</li><li>场馆介绍</li><li>新闻动态</li><li>非遗保护</li><li>公共培训</li><li>数字文化馆</li></ul></div>'
            f'<div class="xl_main"><div class="xl_left"><h3>新闻动态</h3><ul><li>馆内动态</li><li>通知公告</li><li>基层文化</li></ul></div>'
            f'<div class="xl_right"><div class="dq">当前位置：<a>首页</a> &gt; <a>新闻动态</a> &gt; <a>馆内动态</a></div>'
            f'<div class="xl_con"><h2>{esc(art["title"])}</h2>'
            f'<div class="xl_info"><span>来源：</span>&nbsp;&nbsp;&nbsp;&nbsp;<span>发布时间：{y}/{int(m)}/{int(d)} {_hms(rng)}</span>　<span>作者：{who[0]}</span>　'
            f'<span>点击数：<script src="/plus/count.php?view=yes&aid={_n(rng, 4)}"></script></span></div>'
            f'<div class="xl_txt">' + "".join(blocks) +
            f'<p style="text-align:right">（文/图：{who[0]}　审核：{who[1]}）</p></div>'
            f'<div class="fyxzs"><h4>非遗小知识</h4><p>每年6月的第二个星期六为我国“文化和自然遗产日”。</p></div>'
            f'<div class="prenext"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[1][0])}</a></p></div>'
            f'<div class="xgyd"><h4>相关阅读</h4><ul>{rel}</ul></div></div></div></div>'
            f'<div class="foot"><p>版权所有：重庆市北碚区文化馆　地址：北碚区云清路{rng.randint(10, 99)}号　电话：023-6828{_n(rng, 4)}</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1　<img src="/templets/images/ga.png">渝公网安备 {_n(rng, 14)}号</p></div>')
    head = f'<title>{esc(art["title"])}_北碚区文化馆</title><meta name="keywords" content="非遗,展演">'
    return head, body, url


def cun_mp_ms98(art, rng, others):
    """村 公众号 民宿 推介: publish_time `YYYY年M月D日 hh:mm`, ▲ photo captions between paragraphs, four short one-line
    list entries and a closing slogan (body); a 民宿名片 card, a 交通指南 box, 编辑/审核 and a QR after the text (not body)."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s?__biz={_wx_id(rng)}==&mid={_n(rng, 10)}&idx=2&sn={_n(rng, 12)}&chksm={_n(rng, 8)}#rd"
    blocks = _paras(art["body"], lambda t: f'<p style="text-align:justify;line-height:2em;"><span style="font-size:15px;">{t}</span></p>')
    out = []
    for i, b in enumerate(blocks):
        if 7 <= i <= 10:  # the list entries, each in its own bordered section
            b = f'<section style="border-left:3px solid #3a8a4e;padding-left:8px;margin:6px 0;">{b}</section>'
        out.append(b)
        if i in (1, 5):
            out.append(f'<p style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center;"><span style="font-size:12px;color:#aaa;">▲{"云雾中的花园村" if i == 1 else "民宿小院"}</span></p>')
    who = rng.sample(WHO, 2)
    tail = ('<section style="background:#f3f8f1;padding:12px;margin-top:20px;"><p><strong>民宿名片</strong></p>'
            f'<p>云上小院：花园村3组{rng.randint(10, 60)}号</p><p>预订电话：{_n(rng, 11)}</p><p>参考价格：180元至360元/晚</p></section>'
            '<section style="border:1px solid #3a8a4e;padding:12px;margin-top:10px;"><p><strong>交通指南</strong></p>'
            '<p>自驾：导航至“仙女山街道花园村村委会”即可。</p><p>公交：武隆城区乘坐至仙女山方向班车，在花园村站下车。</p></section>'
            f'<p><span style="font-size:12px;color:#999;">图文：花园村村委会　编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<p style="text-align:center;"><img data-src="qrcode.jpg"></p><p style="text-align:center;"><span style="font-size:12px;">扫码关注 花园村的四季</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta_nickname"><a id="js_name">武隆花园村</a></span>'
            f'<em id="publish_time">{y}年{int(m)}月{int(d)}日 {_hm(rng)}</em><em id="js_ip_wording_wrp">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 3)}</span><span>分享</span>'
            f'<span>点赞 {rng.randint(5, 90)}</span><span>在看 {rng.randint(1, 40)}</span></div><div class="rich_media_extra">留言</div></div></div>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def wb_wyb98(art, rng, others):
    """晚报 e-paper 文娱版 (第11版): banner date `YYYY年M月D日 星期X`, 版次 bar with 上一版/下一版/PDF, 版面 list, an 引题
    above the headline (not body); p11 (GBK) the text as `　　` `<br>` lines with the `本报讯` opening and 演出信息
    时间/地点/票价 lines (body) and a second short article (另讯) below (not body); p12 `<p>` paragraphs with a 惠民
    场次 table as `<br>` lines, a photo caption and an 观演小贴士 box; `<title>` the paper's name and page; date only
    in the banner and the URL."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"https://epaper.cqwb.com.cn/wb/{y}{m}/{d}/page_11/content_{_n(rng, 6)}.html"
    if p11:
        text = '<div id="ozoom" class="content">' + "<br>".join(f"　　{esc(p)}" for p in art["body"]) + "</div>"
        after = ('<div class="second"><h3>“山城冬日”摄影展在渝中开展</h3><p>　　本报讯（记者 龚雨桐）12月12日，“山城冬日”摄影作品展在渝中区一'
                 '美术馆开展，展出作品160余幅，展期至明年1月10日。</p></div>')
        yt = "五大非遗元素融入 裸眼3D投影首次亮相"
    else:
        paras, rows = [], []
        for p in art["body"] + [None]:
            if p is not None and _row(p):
                rows.append(esc(p))
                continue
            if rows:
                paras.append('<p class="rows">' + "<br>".join(rows) + "</p>")
                rows = []
            if p is not None:
                paras.append(f"<p>　　{esc(p)}</p>")
        paras.insert(3, f'<p class="pic" style="text-align:center"><img src="../../../res/{y}{m}{d}/{_n(rng, 8)}.jpg"></p>'
                        '<p class="pictxt" style="text-align:center">话剧《茶馆》剧照 主办方供图</p>')
        text = '<founder-content>' + "".join(paras) + '</founder-content>'
        after = ('<div class="tips"><p><b>观演小贴士</b></p><p>演出开始前30分钟检票入场，迟到观众请在幕间入场；剧场内请勿拍照录像。</p></div>')
        yt = "话剧、音乐会、儿童剧轮番上演"
    bm = "".join(f"<li><a>{esc(t)}</a></li>" for t in [art["title"], *(o[0] for o in others[4:7])])
    body = (f'<div class="head"><img src="../../../images/wb_logo.png" alt="重庆晚报"><div class="date">{y}年{int(m)}月{int(d)}日　{_week(art)}</div></div>'
            f'<div class="banci"><span>第11版：文娱</span>　<a>上一版</a>　<a>下一版</a>　<a href="../../../pdf/{y}{m}{d}/11.pdf">本版PDF</a>　'
            f'<select><option>第01版：要闻</option><option selected>第11版：文娱</option><option>第12版：副刊</option></select></div>'
            f'<div class="main"><div class="left"><img src="../../../res/{y}{m}{d}/11_s.jpg" usemap="#map"><ul class="bmlist">{bm}</ul></div>'
            f'<div class="right"><div class="article"><p class="yt">{yt}</p><h1>{esc(art["title"])}</h1>'
            f'{text}{after}<p class="editor">责任编辑：{rng.choice(WHO)}　校对：{rng.choice(WHO)}</p>'
            f'<div class="pn"><a>上一篇</a>　<a>下一篇</a></div></div></div></div>'
            f'<div class="foot">重庆晚报版权所有　未经授权不得转载　渝ICP备{_n(rng, 8)}号</div>')
    head = '<title>重庆晚报-第11版：文娱</title>'
    return head, body, url


TEMPLATES = {"cjw_zlth98": cjw_zlth98, "swj_mp_gs98": swj_mp_gs98, "xzf_zxta98": xzf_zxta98,
             "rmw_rwzf98": rmw_rwzf98, "whg_fy98": whg_fy98, "cun_mp_ms98": cun_mp_ms98, "wb_wyb98": wb_wyb98}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages98", TEMPLATES, lambda art: "held-apart")


if __name__ == "__main__":
    main()
