"""Build the hundred-and-forty-fourth saved-page set (``pages144``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used: 区 体育局 portal pages, a GBK 赛事 报名 通知 and a 马拉松 news page (``tyj_ssbm144``), a 交警
公众号 节日 出行 提示 post (``jj_mp_cxts144``), 县政府网 招商引资 pages, a 项目 签约 report and a GBK
优惠政策 page (``xzf_zsyz144``), 澎湃-like 市民来信 回复 pages (``pp_ldhf144``), 县 粮食 pages, a GBK
储备粮 轮换 公告 with a table and a 秋粮收购 news page (``lc_gg144``), an 养老院 公众号 生日会 post
(``yly_mp_srh144``) and a 县报 e-paper 第02版 要闻 page in two articles (``xb_02yw144``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages144/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["龚丽", "陶然", "谢明轩", "简红", "牟思远", "付晓", "罗帆", "隆玉", "汪洋"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：！？")


def _head(p: str) -> bool:
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, th=False, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"') -> str:
    out = []
    for i, r in enumerate(rows):
        tag = "th" if th and i == 0 else "td"
        out.append("<tr>" + "".join(f'<{tag} align="center">{"<b>" if i == 0 and not th else ""}{esc(c)}{"</b>" if i == 0 and not th else ""}</{tag}>'
                                    for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None, th=False) -> list[str]:
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(_table(rows, th))
            rows = []
        if p is None:
            break
        got = special(p) if special else None
        if got is not None:
            out.append(got)
        elif head and _head(p):
            out.append(head(esc(p)))
        else:
            out.append(para(esc(p)))
    return out


def _rel(rng, others, k, fmt) -> str:
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def tyj_ssbm144(art, rng, others):
    """区 体育局 portal: p01 (GBK) a 联赛 报名 通知 on an old table layout — info glued in one cell with no
    whitespace (``发布时间：YYYY-MM-DD来源：区体育局浏览次数：``+``document.write``), a 文号 line, the 主送
    line, ``<b>一、…</b>`` heads, a 竞赛项目 table, ``1.…；`` items, 联系人/电话/邮箱 lines, 特此通知 (body),
    the 落款 and a date a day earlier, an 附件 报名表 line (not body); p02 a 马拉松 news page with
    ``[YYYY-MM-DD]`` date, a photo + ▲ caption with a 摄 credit, a slogan line, 责任编辑, 上一条/下一条,
    a 赛事速览 card (its own dates and numbers) and 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.cqbs.gov.cn/bm/qtyj/{'tzgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    nav = ('<div class="head"><img src="/images/tyj_banner.jpg" alt="璧山区体育局"></div>'
           '<div class="nav"><a>首页</a>&nbsp;|&nbsp;<a>机构概况</a>&nbsp;|&nbsp;<a>体育动态</a>&nbsp;|&nbsp;<a>通知公告</a>&nbsp;|&nbsp;<a>全民健身</a>&nbsp;|&nbsp;<a>竞技体育</a>&nbsp;|&nbsp;<a>政务公开</a></div>')
    if p01:
        para = lambda t: f'<p style="text-indent:2em"><font face="仿宋_GB2312" size="4">{t}</font></p>'  # noqa: E731
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em"><font face="黑体" size="4"><b>{t}</b></font></p>')
        blocks[0] = f'<p><font face="仿宋_GB2312" size="4">{esc(art["body"][0])}</font></p>'
        dd = int(d) - 1
        main = ('<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td width="220" valign="top" class="left">'
                '<div class="lm">通知公告</div><ul><li>体育动态</li><li>通知公告</li><li>赛事信息</li><li>健身指导</li></ul></td>'
                '<td valign="top"><div class="wz">当前位置：首页 &gt; 通知公告</div>'
                f'<table width="100%"><tr><td align="center" class="title"><font size="5" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布时间：{y}-{m}-{d}来源：区体育局浏览次数：<script>document.write({_n(rng, 3)})</script>【<a>打印</a>】【<a>关闭</a>】</td></tr>'
                f'<tr><td align="center"><font face="仿宋_GB2312">璧体发〔{y}〕{rng.randint(8, 30)}号</font></td></tr>'
                '<tr><td class="content">' + "".join(blocks)
                + '<p>&nbsp;</p><p>附件：<a href="/uploads/bm.xls">璧山区第五届职工羽毛球联赛报名表.xls</a></p>'
                '<p align="right"><font face="仿宋_GB2312" size="4">璧山区体育局</font></p>'
                f'<p align="right"><font face="仿宋_GB2312" size="4">{y}年{int(m)}月{dd}日</font></p>'
                '</td></tr></table></td></tr></table>')
    else:
        para = lambda t: f'<p style="text-indent:2em">{t}</p>'  # noqa: E731
        special = lambda p: f'<p style="text-align:center"><strong>{esc(p)}</strong></p>' if p == "跑出健康，跑出活力。" else None  # noqa: E731
        blocks = _blocks(art["body"], para, special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="640"></p>'
                         f'<p style="text-align:center;font-family:楷体">▲选手们从秀湖公园南门出发。{who[0]} 摄</p>')
        pn = rng.sample(others, 2)
        main = ('<div class="w1000"><div class="wz">当前位置：首页 &gt; 体育动态</div>'
                f'<div class="article"><h1>{esc(art["title"])}</h1><div class="date">[{y}-{m}-{d}]</div>'
                '<div class="card"><h4>赛事速览</h4><p>比赛日期：2025年4月13日</p><p>起终点：秀湖公园南门</p><p>参赛规模：8000人</p></div>'
                '<div class="content">' + "".join(blocks) + '</div>'
                f'<p class="zr">责任编辑：{who[1]}</p>'
                f'<div class="sx"><p>上一条：<a>{esc(pn[0][0])}</a></p><p>下一条：<a>{esc(pn[1][0])}</a></p></div>'
                '<div class="xg"><h3>相关新闻</h3><ul>' + _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>') + '</ul></div></div></div>')
    body = (nav + main + '<div class="foot"><p>主办：重庆市璧山区体育局　地址：璧山区璧泉街道双星大道</p>'
            f'<p>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号　网站标识码：5002270{_n(rng, 3)}</p></div>')
    head = f'<title>{esc(art["title"])}_璧山区体育局</title>'
    return head, body, url


def jj_mp_cxts144(art, rng, others):
    """交警 公众号 节日 出行 提示: nickname, a visible publish_time ``YYYY-MM-DD hh:mm``, a 点击蓝字关注 banner,
    blue bar heads ``一、…`` (body), ``1.…；`` 路段 items, bold 问：/答： turns, a slogan (body); a ▲ 示意图
    caption, a 出行小贴士 box (its own dates), a QR 长按关注, 来源/编辑/审核 lines, 往期推荐, 阅读/在看
    (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    out = []
    for p in art["body"]:
        e = esc(p)
        if _head(p):
            out.append(f'<section style="background:#1e6fd9;padding:6px 12px;margin:16px 0"><p><span style="color:#fff;font-size:16px"><strong>{e}</strong></span></p></section>')
        elif p.startswith("问："):
            out.append(f'<p><strong><span style="color:#1e6fd9">{e}</span></strong></p>')
        elif p == "安全出行，平安回家！":
            out.append(f'<p style="text-align:center"><span style="color:#c00;font-size:18px"><strong>{e}</strong></span></p>')
        else:
            out.append(f'<p><span style="font-size:15px">{e}</span></p>')
        if p.startswith("4.大瀑布"):
            out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/x/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲易拥堵路段示意图</span></p>')
    box = ('<section style="border:1px dashed #1e6fd9;padding:10px"><p><strong>出行小贴士</strong></p>'
           '<p>出发前可通过导航软件查看实时路况。</p><p>10月1日至10月8日，全区交巡警将全员上岗。</p></section>')
    body = (f'<div id="js_article" class="rich_media"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content"><span class="rich_media_meta_nickname"><a id="js_name">万州交巡警</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em><em>发表于重庆</em></div>'
            '<div class="rich_media_content" id="js_content">'
            '<p style="text-align:center"><span style="font-size:12px;color:#1e6fd9">点击上方蓝字 关注我们</span></p>'
            + "".join(out) + box +
            '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr/640"></p><p style="text-align:center"><span style="font-size:12px">长按识别二维码 关注万州交巡警</span></p>'
            f'<p><span style="font-size:12px;color:#999">来源：万州区公安局交通巡逻警察支队</span></p><p><span style="font-size:12px;color:#999">编辑：{rng.choice(WHO)}　审核：{rng.choice(WHO)}</span></p>'
            '<section><p><strong>往期推荐</strong></p>' + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="color:#576b95">{tt}</span></p>') + '</section></div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(3000, 20000)}</span><a>在看 {rng.randint(10, 99)}</a></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "万州交巡警";</script>')
    return f'<title>{esc(art["title"])}</title>', body, url


def xzf_zsyz144(art, rng, others):
    """县政府网 招商引资: p04 a 签约 report with ``发布时间：YYYY-MM-DD hh:mm`` + 来源 + 字号 spans, a photo +
    caption, a 签约项目 ``<th>`` table inside the text (body), 责任编辑, a 相关链接 box, 分享 bar; p05 (GBK)
    a 优惠政策 page under an 信息公开 grid (索引号/发布机构/成文日期 with its own date/发布日期), ``1.…；``
    items with bold lead phrases, an 咨询电话 line (body), the 落款 and a 政策解读 link, a later
    更新时间 (not body)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.rongchang.gov.cn/zwxx_175/{'bmdt' if p04 else 'zcwj'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    para = lambda t: f'<p style="text-indent:2em;line-height:2">{t}</p>'  # noqa: E731
    if p04:
        blocks = _blocks(art["body"], para, th=True)
        blocks.insert(1, f'<p style="text-align:center"><img src="./W0{_n(rng, 12)}.jpg"></p><p style="text-align:center;font-family:楷体">签约活动现场。（区招商投资促进局供图）</p>')
        info = (f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：区招商投资促进局</span>'
                '<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>')
        tail = (f'<p class="zrbj">【责任编辑：{who[0]}】</p>'
                '<div class="xglj"><h4>相关链接</h4><ul><li><a>荣昌区支持先进制造业项目落地若干优惠政策</a></li><li><a>荣昌高新区简介</a></li></ul></div>')
        grid = ""
    else:
        def special(p):
            if p[:2] in ("1.", "2.", "3.", "4.", "5.") and "：" in p:
                a, b = p.split("：", 1)
                return f'<p style="text-indent:2em;line-height:2"><b>{esc(a)}：</b>{esc(b)}</p>'
            return None
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:2"><font face="黑体">{t}</font></p>', special=special)
        info = f'<div class="info"><span>更新时间：{y}-{m}-{int(d) + 3:02d} {_hm(rng)}</span>　<span>【<a>打印</a>】【<a>关闭</a>】</span></div>'
        grid = (f'<table class="xxgk" width="100%"><tr><td>索引号：</td><td>11500226MB1{_n(rng, 5)}/{y}-0{_n(rng, 4)}</td><td>主题分类：</td><td>招商引资</td></tr>'
                f'<tr><td>发布机构：</td><td>荣昌区招商投资促进局</td><td>成文日期：</td><td>{y}-{m}-{int(d) - 2:02d}</td></tr>'
                f'<tr><td>标题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><td>发布日期：</td><td>{y}-{m}-{d}</td><td>有效性：</td><td>有效</td></tr></table>')
        tail = ('<p style="text-align:right">重庆市荣昌区招商投资促进局</p>'
                f'<p style="text-align:right">{y}年{int(m)}月{int(d) - 2}日</p>'
                '<div class="jd"><a>【政策解读】《荣昌区支持先进制造业项目落地若干优惠政策》解读</a></div>')
    body = ('<div class="top"><span>重庆市荣昌区人民政府</span><span><a>无障碍</a> <a>长者模式</a> <a>English</a></span></div>'
            '<div class="nav"><ul><li>首页</li><li>要闻动态</li><li>政务公开</li><li>政务服务</li><li>投资荣昌</li><li>走进荣昌</li></ul></div>'
            f'<div class="wz">当前位置：<a>首页</a> &gt; <a>投资荣昌</a> &gt; <a>{"招商动态" if p04 else "优惠政策"}</a></div>'
            f'<div class="main">{grid}<h1>{esc(art["title"])}</h1>{info}<div class="view TRS_UEDITOR">' + "".join(blocks) + tail + '</div>'
            '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            '<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div></div>'
            f'<div class="footer"><p>主办：重庆市荣昌区人民政府办公室</p><p>网站标识码：5002260001　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</p></div>')
    head = f'<title>{esc(art["title"])}_重庆市荣昌区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
    return head, body, url


def pp_ldhf144(art, rng, others):
    """澎湃-like 市民来信 回复 pages: a column tag (问政), the headline, an author/来源 line and a date line
    ``YYYY-MM-DD hh:mm`` with 来源：澎湃新闻·问政 (p06), the 来信/回复/回访 turns with bold labels
    (body), a 栏目说明 box, 责任编辑/校对, 举报, 热评 with places and dates, 相关推荐; p07 no visible date
    (meta ``publishdate``, the URL agrees) and an 来信方式 card after the text."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://www.thepaper.cn/newsDetail_forward_{_n(rng, 8)}" + ("" if p06 else f"?d={y}{m}{d}")
    who = rng.sample(WHO, 3)

    def para(p):
        e = esc(p)
        for lab in ("九龙坡区交通局回复：", "九龙坡区住房城乡建委回复：", "记者回访："):
            if p == lab:
                return f'<p><strong>{e}</strong></p>'
        if p.startswith(("市民刘先生来信：", "市民来信：")):
            a, b = p.split("：", 1)
            return f'<p><strong>{esc(a)}：</strong>{esc(b)}</p>'
        return f'<p>{e}</p>'
    date_line = (f'<div class="index_left"><span>{y}-{m}-{d} {_hm(rng)}</span>　<span>来源：澎湃新闻·问政</span></div>' if p06 else
                 '<div class="index_left"><span>来源：澎湃新闻·问政</span></div>')
    card = ('' if p06 else '<div class="lxfs"><h4>来信方式</h4><p>您可以通过澎湃问政频道留言，或发送邮件至wenzheng@example.cn，我们将转交相关部门办理。</p></div>')
    coms = "".join(f'<div class="comment"><span class="nick">{n}</span><span class="loc">{loc}</span><p>{c}</p><span class="t">{dd}</span></div>'
                   for n, loc, c, dd in [("山城小鱼", "重庆", "给回复点个赞，希望能落实到位。", f"{int(m)}月{int(d) + 1}日"),
                                         ("谢家湾老住户", "重庆", "我们小区也有同样的问题。", f"{int(m)}月{int(d) + 1}日")])
    body = ('<div class="header"><a class="logo">澎湃新闻</a><ul><li>要闻</li><li>深度</li><li>视频</li><li>问政</li><li>城市</li></ul><a>登录</a></div>'
            f'<div class="main"><div class="news_path"><a>问政</a> &gt; <a>市民来信</a></div>'
            f'<h1 class="news_title">{esc(art["title"])}</h1><div class="news_about"><p>澎湃新闻记者 {who[0]}</p>{date_line}</div>'
            '<div class="lmsm">【编者按】“市民来信”栏目收集读者反映的身边问题，转交有关部门办理并刊发回复。</div>'
            '<div class="news_txt">' + "".join(para(p) for p in art["body"]) + '</div>' + card +
            f'<p class="editor">责任编辑：{who[1]}　图片编辑：{who[2]}</p><p class="jiaodui">校对：{rng.choice(WHO)}</p>'
            '<div class="report"><a>举报</a></div><div class="hot"><h3>热评</h3>' + coms + '</div>'
            '<div class="tj"><h3>相关推荐</h3><ul>' + _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>') + '</ul></div></div>'
            '<div class="foot">沪ICP备14003370号　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006</div>')
    head = f'<title>{esc(art["title"])}_澎湃新闻-The Paper</title>'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}">'
    return head, body, url


def lc_gg144(art, rng, others):
    """县 粮食 pages on the 县 发展改革委 portal: p08 (GBK) a 储备粮 轮换 公告 — info spans in square
    brackets glued together (``[发布日期：YYYY-MM-DD][来源：…][浏览：]``), ``<strong>一、…</strong>`` heads, a
    标的 table, 竞价时间 line, ``1.…；`` items, 联系人/联系电话, 特此公告 (body), a two-issuer 落款 and its
    date, 附件 lines and a 粮食安全小知识 box (not body); p09 a 秋粮 news page whose only visible date is
    a later 更新时间 (meta ``PubDate`` and the URL), a photo + 图为 caption, 责任编辑, 上一篇/下一篇."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.cqdj.gov.cn/bm/xfzggw/zwxx_{'tzgg' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    para = lambda t: f'<p style="text-indent:2em;line-height:28px">{t}</p>'  # noqa: E731
    if p08:
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:28px"><strong>{t}</strong></p>')
        info = (f'<div class="info">[发布日期：{y}-{m}-{d}][来源：县发展改革委][浏览：<script>document.write("{_n(rng, 3)}")</script>]</div>')
        tail = ('<p style="text-align:right">垫江县发展和改革委员会　垫江县粮食收储有限公司</p>'
                f'<p style="text-align:right">{y}年{int(m)}月{int(d) - 1}日</p>'
                '<p>附件：1.竞买承诺书.doc</p><p>　　　2.储备粮质量检验报告.pdf</p>'
                '<div class="box"><h4>粮食安全小知识</h4><p>储备粮一般每3年左右轮换一次，推陈储新，保证储存粮食的品质。</p></div>')
        extra = ""
    else:
        blocks = _blocks(art["body"], para)
        blocks.insert(3, f'<p style="text-align:center"><img src="./W0{_n(rng, 12)}.jpg" width="600"></p><p style="text-align:center">图为沙坪粮库工作人员检验稻谷质量。</p>')
        info = f'<div class="info">更新时间：{y}-{m}-{int(d) + 2:02d}　来源：县粮食收储公司　【<a>打印</a>】</div>'
        pn = rng.sample(others, 2)
        tail = f'<p style="text-align:right">（责任编辑：{who[0]}）</p>'
        extra = f'<div class="sxp"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>'
    body = ('<div class="head"><img src="/images/dj_logo.png"><span>垫江县发展和改革委员会</span></div>'
            '<div class="nav"><a>首页</a><a>机构概况</a><a>工作动态</a><a>通知公告</a><a>粮食物资</a><a>政务公开</a></div>'
            f'<div class="wz">您的位置：首页 &gt; {"通知公告" if p08 else "工作动态"}</div>'
            f'<div class="detail"><h2>{esc(art["title"])}</h2>{info}<div class="TRS_Editor">' + "".join(blocks) + tail + f'</div>{extra}</div>'
            f'<div class="foot">垫江县发展和改革委员会 主办　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</div>')
    head = f'<title>{esc(art["title"])}-垫江县发展和改革委员会</title>'
    if not p08:
        head += f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
    return head, body, url


def yly_mp_srh144(art, rng, others):
    """养老院 公众号 生日会 post: nickname, an empty publish_time (dated by the script's ``ct`` only), a
    寿星名单 card (names and ages, not body), three ▲ captions, a bold ``郑婆婆：`` turn and a centred
    slogan (body), 文字/图片 credits, a 下月预告 box, 阅读原文, 在看."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    caps = {2: "▲护理员为寿星们戴上生日帽", 6: "▲学生志愿者表演快板", 8: "▲钱大爷吹蜡烛许愿"}
    out = []
    for i, p in enumerate(art["body"]):
        e = esc(p)
        if p.startswith("郑婆婆："):
            out.append(f'<p><strong>郑婆婆：</strong>{esc(p[4:])}</p>')
        elif p == "您的生日，我们记得！":
            out.append(f'<p style="text-align:center"><span style="color:#e3007f;font-size:18px"><strong>{e}</strong></span></p>')
        else:
            out.append(f'<p style="text-indent:2em"><span style="font-size:15px">{e}</span></p>')
        if i == 1:
            out.append('<section style="background:#fff3f6;padding:10px"><p><strong>6月寿星</strong></p><p>郑玉芬 91岁　钱德贵 86岁　周秀兰 96岁</p><p>……共14位</p></section>')
        if i in caps:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/y/{i}"></p><p style="text-align:center"><span style="font-size:12px;color:#999">{caps[i]}</span></p>')
    body = ('<div id="js_article" class="rich_media"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content"><a id="js_name">南岸颐养之家</a><em id="publish_time"></em></div>'
            '<div class="rich_media_content" id="js_content">' + "".join(out) +
            f'<p><span style="font-size:12px;color:#999">文字：{rng.choice(WHO)}　图片：{rng.choice(WHO)}</span></p>'
            '<section style="border:1px solid #e3007f;padding:8px"><p><strong>下月预告</strong></p><p>7月生日会将于7月下旬举行，欢迎家属一同参加。</p></section>'
            '</div><a id="js_view_source">阅读原文</a>'
            f'<div class="tool"><span>阅读 {rng.randint(200, 900)}</span><a>在看 {rng.randint(3, 30)}</a></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "南岸颐养之家";</script>')
    return f'<title>{esc(art["title"])}</title>', body, url


def xb_02yw144(art, rng, others):
    """县报 e-paper 第02版：要闻: masthead ``YYYY年M月D日　星期X`` (the only visible date; the URL agrees),
    版次 list, 上一版/下一版/PDF, 版面导航 with both titles, the 引题 (p11) or 副题 (p12) line, a caption
    table with a 摄 credit, a 简讯 column (two short items, not body), 责任编辑 and copyright. p11 (GBK):
    text as ``<br>`` lines in one ``<founder-content>``; p12: ``<P>`` paragraphs with bold 记者： turns."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.lpxw.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 2)
    other = [o for o in others if o[1] == art["date"]][0][0]
    if p11:
        text = '<founder-content>' + "<br>".join(f"　　{esc(p)}" for p in art["body"]) + '<br></founder-content>'
        kicker = '<h3 class="yt">抢抓农时不误春</h3>'
        sub = ""
        cap = '<table align="center"><tr><td><img src="../../../res/1.jpg"></td></tr><tr><td class="ct">礼让镇川西村，农机手正在翻耕水田。（记者 覃晓峰 摄）</td></tr></table>'
        text = cap + text
    else:
        def pp(p):
            if p.startswith("记者："):
                return f'<P><B>记者：</B>{esc(p[3:])}</P>'
            return f"<P>　　{esc(p)}</P>"
        kicker = ""
        sub = '<h3 class="ft">——金带街道以花为媒发展乡村旅游</h3>'
        text = '<div id="ozoom">' + "".join(pp(p) for p in art["body"]) + '</div>'
    brief = ('<div class="jx"><h4>简讯</h4><p>■ 区图书馆开展“世界读书日”系列活动，持续至4月底。</p>'
             '<p>■ 区人民医院新开设夜间门诊，服务时间为每天18时至21时。</p></div>')
    body = (f'<div class="mast"><img src="../../../images/lpb.gif" alt="梁平报"><p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>国内统一连续出版物号 CN50-0000</p></div>'
            '<div class="bc"><ul><li><a>第01版：头版</a></li><li class="on"><a>第02版：要闻</a></li><li><a>第03版：综合</a></li><li><a>第04版：副刊</a></li></ul>'
            f'<a>上一版</a>　<a>下一版</a>　<a href="../../../page/{y}{m}{d}_02.pdf">PDF版</a></div>'
            f'<table width="1000"><tr><td width="300" valign="top"><div class="bmt"><img src="../../../page/{y}{m}{d}_02.jpg"></div>'
            f'<div class="dh"><h4>版面导航</h4><ul><li><a>{esc(art["title"])}</a></li><li><a>{esc(other)}</a></li><li><a>简讯</a></li></ul></div></td>'
            f'<td valign="top"><div class="art">{kicker}<h1>{esc(art["title"])}</h1>{sub}{text}</div>{brief}'
            f'<p class="bj">本版责任编辑：{who[0]}　校对：{who[1]}</p></td></tr></table>'
            f'<div class="copy">梁平报社版权所有　未经授权不得转载　渝ICP备{_n(rng, 8)}号</div>')
    head = '<title>梁平报数字报-第02版：要闻</title>'
    return head, body, url


TEMPLATES = {"tyj_ssbm144": tyj_ssbm144, "jj_mp_cxts144": jj_mp_cxts144, "xzf_zsyz144": xzf_zsyz144,
             "pp_ldhf144": pp_ldhf144, "lc_gg144": lc_gg144, "yly_mp_srh144": yly_mp_srh144,
             "xb_02yw144": xb_02yw144}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages144", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
