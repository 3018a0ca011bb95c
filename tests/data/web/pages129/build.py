"""Build the hundred-and-twenty-ninth saved-page set (``pages129``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 民宗委 portal 节日安全 通知 and a 座谈 news page
(``mzw_jrtz129``), a 市 急救中心 公众号 急救科普 post (``jjzx_mp_kp129``), a 县政府网 国有建设用地 挂牌出让
公告 with a 地块 table and its 成交 news (``xzf_tdcr129``), 新浪-like 财经 地方 pages with a stock card
(``xlcj_df129``), a 区 水务局 portal 节水 news pair (``swj_js129``), a 村 公众号 丰收节 post
(``cun_mp_fsj129``) and a 党报 e-paper 第07版 理论 page pair (``db_07ll129``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages129/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["周晓燕", "李航", "王雪梅", "赵磊", "陈璐", "孙浩然", "吴静", "郑伟", "冯婷", "蒋超"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。：！？")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; the first row
    bold)."""
    out = []
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        cells = "".join(f'<{tag} align="center"><span style="font-size:14px">{esc(c)}</span></{tag}>' for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None, after=None) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table (``after`` appended to the
    table, a note), ``special(p)`` (when it gives markup) first, numbered heads through ``head``, other
    lines through ``para``."""
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(_table(rows) + (after or ""))
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
    """A related-articles list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _day(art, k: int) -> datetime.date:
    return datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=k)


def mzw_jrtz129(art, rng, others):
    """区 民宗委 portal: p01 (GBK) a 节日安全 通知 — an 信息公开 grid (索引号/发布机构/文号/发布日期), info
    spans glued with no whitespace (``发布时间：YYYY-MM-DD``, 来源, ``浏览次数：`` + ``document.write``), a
    centred 文号 line, the 主送 line, ``<strong>一、…</strong>`` heads, ``1.`` items, the 值班时间 line and
    值班电话 lines, 特此通知 (body), the 落款 and the day-before date, an 附件 line (not body); p02 a 座谈
    news page whose only visible date is a later ``更新时间`` (meta ``PubDate`` and the URL give the
    date), bold ``name：`` turns, red bold ``坚持…，…`` heads, a ``▲`` caption, 责任编辑, 相关新闻."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.cdwh.gov.cn/wuhou/c{_n(rng, 6)}/{y}-{m}/{d}/content_{_n(rng, 32 // 4)}.shtml"
    who = rng.sample(WHO, 3)
    para = lambda t: f'<p style="text-indent:2em;line-height:1.8">{t}</p>'  # noqa: E731
    if p01:
        def special(p):
            if p.endswith("：") and p.startswith("各街道"):
                return f'<p style="line-height:1.8">{esc(p)}</p>'
            return None
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:1.8"><strong>{t}</strong></p>', special=special)
        no = "武民宗发〔2025〕3号"
        before = _day(art, -1)
        grid = ('<table class="xxgk" width="100%"><tr><td>索引号：</td><td>11510107MB0L' + str(_n(rng, 6)) + '/2025-00' + str(_n(rng, 3)) + '</td>'
                '<td>发布机构：</td><td>武侯区民族宗教事务委员会</td></tr>'
                f'<tr><td>文　号：</td><td>{no}</td><td>主题分类：</td><td>民族、宗教</td></tr></table>')
        info = (f'<div class="info">发布时间：{y}-{m}-{d}来源：区民宗委浏览次数：<script>document.write("{_n(rng, 3)}")</script>'
                '<span class="zh">【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        text = (f'<p style="text-align:center">{no}</p>' + "".join(blocks)
                + '<p style="text-align:right">成都市武侯区民族宗教事务委员会</p>'
                + f'<p style="text-align:right">{before.year}年{before.month}月{before.day}日</p>'
                + f'<p>附件：<a href="/uploads/{_n(rng, 10)}.xls">宗教活动场所节日安全检查表.xls</a></p>')
        tail = ""
        crumb = "通知公告"
    else:
        def special(p):
            if p.startswith("坚") and "，" in p and "。" not in p:
                return f'<p style="text-indent:2em;line-height:1.8"><strong><span style="color:#c00">{esc(p)}</span></strong></p>'
            if "：" in p[:16] and p.startswith("区") and "会" in p[:8]:
                k = p.index("：") + 1
                return f'<p style="text-indent:2em;line-height:1.8"><strong>{esc(p[:k])}</strong>{esc(p[k:])}</p>'
            return None
        blocks = _blocks(art["body"], para, special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="600"></p>'
                         '<p style="text-align:center;font-family:楷体">▲迎新春座谈会现场</p>')
        upd = _day(art, 3)
        info = (f'<div class="info"><span>来源：区民宗委</span>&nbsp;&nbsp;<span>更新时间：{upd.isoformat()} {_hm(rng)}</span>&nbsp;&nbsp;'
                f'<span>浏览次数：<script>document.write("{_n(rng, 3)}")</script></span></div>')
        grid = ""
        text = "".join(blocks) + f'<p style="text-align:right">（责任编辑：{who[0]}）</p>'
        pn = rng.sample(others, 2)
        tail = (f'<div class="sxp"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>'
                '<div class="xgxw"><h3>相关新闻</h3><ul>' + _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>') + '</ul></div>')
        crumb = "工作动态"
    body = ('<div class="top"><span>成都市武侯区人民政府</span><span class="r"><a>无障碍</a> | <a>长者模式</a> | <a>English</a></span></div>'
            '<div class="banner"><img src="/images/wh_banner.jpg" alt="武侯区人民政府"><div class="search"><input value="请输入关键字"><a>搜索</a></div></div>'
            '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进武侯</li></ul></div>'
            f'<div class="main"><div class="crumb">当前位置：<a>首页</a> &gt; <a>部门信息</a> &gt; <a>区民宗委</a> &gt; <a>{crumb}</a></div>{grid}'
            f'<div class="article"><h1>{esc(art["title"])}</h1>{info}<div class="TRS_Editor" id="zoom">{text}</div>{tail}'
            '<div class="tools"><span>分享到：<a class="wx"></a><a class="wb"></a></span><a>【打印本页】</a><a>【关闭窗口】</a></div></div></div>'
            '<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a></p>'
            '<p>主办：成都市武侯区人民政府办公室　承办：武侯区大数据中心</p>'
            f'<p>网站标识码：5101070{_n(rng, 3)}　<a>蜀ICP备{_n(rng, 8)}号</a>　川公网安备 {_n(rng, 14)}号</p></div>')
    head = f'<title>{esc(art["title"])}_成都市武侯区人民政府</title><meta name="SiteName" content="成都市武侯区人民政府">'
    if not p01:
        head += f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ArticleTitle" content="{esc(art["title"])}">'
    return head, body, url


def jjzx_mp_kp129(art, rng, others):
    """市 急救中心 公众号 急救科普 post: a ``点击蓝字 关注我们`` banner, 原创, author, ``publish_time``;
    ``第一步：…`` bar heads, ``1.`` items, ``问：``/``答：`` turns and the closing exclamation (body);
    ``▲`` captions, a 急救专家 人物名片 card, an 急救小贴士 box, credits, 往期推荐, 阅读原文, 在看 (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 3)
    caps = iter(["▲急救中心医生在江边社区演示心肺复苏", "▲胸外按压的正确手势"])

    def special(p):
        if p.startswith("第") and "步：" in p[:4]:
            return (f'<section style="margin:24px 0 8px"><section style="display:inline-block;border-left:5px solid #d92b2b;padding:2px 10px;background:#fdeaea">'
                    f'<p><span style="font-size:16px;color:#d92b2b"><strong>{esc(p)}</strong></span></p></section></section>')
        if p.startswith("问："):
            return f'<p style="line-height:1.75em"><span style="font-size:15px;color:#d92b2b"><strong>{esc(p)}</strong></span></p>'
        if p.startswith("答："):
            return f'<p style="line-height:1.75em"><span style="font-size:15px"><strong>答：</strong>{esc(p[2:])}</span></p>'
        if p.endswith("！") and len(p) < 22:
            return f'<p style="text-align:center"><span style="font-size:16px;color:#d92b2b"><strong>{esc(p)}</strong></span></p>'
        return None

    out = []
    for i, b in enumerate(_blocks(art["body"], lambda x: f'<p style="line-height:1.75em;margin-bottom:10px"><span style="font-size:15px;color:#333">{x}</span></p>', special=special)):
        out.append(b)
        if i == 2:
            out.append('<section style="border:1px solid #d92b2b;border-radius:6px;padding:10px 12px;margin:16px 0">'
                       '<p><strong><span style="color:#d92b2b">人物名片</span></strong></p>'
                       f'<p><span style="font-size:14px">{who[0]}，市急救中心急诊科副主任医师，从事院前急救工作15年，市级心肺复苏培训导师。</span></p></section>')
        if "人工呼吸，再进行" in b or "通畅" in b:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{next(caps)}</span></p>')
    banner = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/jj_top/640?wx_fmt=gif">'
              '<p><span style="font-size:12px;color:#999">点击蓝字 关注我们</span></p></section>')
    box = ('<section style="background:#fff6e5;padding:10px 14px;margin-top:20px"><p><strong>急救小贴士</strong></p>'
           '<p><span style="font-size:14px">拨打120时请说清详细地址、病人情况和联系电话，并派人到路口接应救护车。</span></p></section>'
           f'<p><span style="font-size:12px;color:#999">来源：市急救中心　文字：{who[1]}　编辑：{who[2]}</span></p>'
           '<section><p><strong>往期推荐</strong></p>'
           + _rel(rng, others, 3, lambda tt, dd: f'<p><a><span style="font-size:14px;color:#576b95">{tt}</span></a></p>') + '</section>'
           '<p style="text-align:center"><span style="font-size:12px;color:#999">长按二维码关注 学习更多急救知识</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta meta_original_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{who[1]}</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">宜昌急救120</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">湖北</em></div>'
            f'<div class="rich_media_content" id="js_content">{banner}' + "".join(out) + box + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(2000, 9000)}</span>'
            f'<a>分享</a><a>点赞 {rng.randint(30, 300)}</a><a>在看 {rng.randint(10, 80)}</a></div>'
            '<div class="discuss_container"><a>写留言</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "宜昌急救120"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xzf_tdcr129(art, rng, others):
    """县政府网 土地出让: p04 (GBK) a 挂牌出让公告 on an old table layout — ``发布日期：`` with a later
    更新时间 in one ``<td>``, a 文号 line, ``<b>一、…</b>`` heads, a 地块 table with a ``注：`` line after
    it, 挂牌时间/地点 lines, ``1.`` items, 联系人/联系电话 lines, 特此公告 (body), the 落款 and the
    day-before date, 附件 lines (not body); p05 a 成交 news page (``时间：YYYY/MM/DD`` spans with
    来源/作者), a photo + ``图为…`` caption, a 相关链接 box, 上一篇/下一篇."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.anhua.gov.cn/{'zwgk/tzgg' if p04 else 'xxgk/gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    if p04:
        note = '<p style="font-size:12px">注：出让面积以实测为准，具体规划指标以县自然资源局出具的规划条件为准。</p>'
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:28px"><font face="仿宋_GB2312" size="4">{x}</font></p>',
                         head=lambda x: f'<p style="text-indent:2em;line-height:28px"><font face="黑体" size="4"><b>{x}</b></font></p>', after=note)
        before = _day(art, -1)
        text = ('<p align="center"><font face="仿宋_GB2312">安自然资告字〔2025〕6号</font></p>' + "".join(blocks)
                + '<p align="right">安化县自然资源局</p>' + f'<p align="right">{before.year}年{before.month}月{before.day}日</p>'
                + f'<p>附件：1.<a href="/uploads/{_n(rng, 9)}.pdf">挂牌出让须知.pdf</a></p>'
                + f'<p>　　　2.<a href="/uploads/{_n(rng, 9)}.doc">竞买申请书.doc</a></p>')
        upd = _day(art, 2)
        body = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/ah_banner.jpg" width="1000" height="150"></td></tr>'
                '<tr><td class="nav">首页&nbsp;|&nbsp;政务公开&nbsp;|&nbsp;政务服务&nbsp;|&nbsp;互动交流&nbsp;|&nbsp;走进安化</td></tr></table>'
                '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td width="220" valign="top" class="left">'
                '<div class="lm">政务公开</div><ul><li>政策文件</li><li>通知公告</li><li>规划计划</li><li>土地出让</li></ul></td>'
                '<td valign="top"><div class="wz">您现在的位置：首页 &gt; 政务公开 &gt; 通知公告</div>'
                f'<table width="100%"><tr><td align="center"><font size="5" color="#b40000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}-{m}-{d}　更新时间：{upd.isoformat()}　信息来源：县自然资源局　【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td><div id="zoom">{text}</div></td></tr>'
                '<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr></table></td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">主办：安化县人民政府办公室　承办：安化县融媒体中心<br>'
                f'湘ICP备{_n(rng, 8)}号　湘公网安备 {_n(rng, 14)}号　网站标识码：4309230{_n(rng, 3)}</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="土地出让,挂牌,安化">'
    else:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2em">{x}</p>')
        blocks.insert(1, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="600"></p>'
                         '<p style="text-align:center">图为挂牌出让现场。</p>')
        pn = rng.sample(others, 2)
        body = ('<div class="head"><img src="/images/ah_logo.png" alt="安化县人民政府"></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进安化</li></ul></div>'
                '<div class="crumb">当前位置：<a>首页</a> &gt; <a>信息公开</a> &gt; <a>工作动态</a></div>'
                f'<div class="detail"><h2>{esc(art["title"])}</h2>'
                f'<div class="property"><span>时间：{y}/{m}/{d} {_hm(rng)}</span><span>来源：安化县融媒体中心</span><span>作者：{who[0]}</span>'
                '<span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
                '<div class="TRS_Editor">' + "".join(blocks) + '</div>'
                f'<div class="zrbj">责任编辑：{who[1]}</div>'
                '<div class="xglj"><h4>相关链接</h4><ul><li><a>安化县2025年国有建设用地供应计划</a></li><li><a>安化县自然资源局国有建设用地使用权挂牌出让公告</a></li></ul></div>'
                f'<div class="sxp"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>'
                '<div class="fx">分享：<a>微信</a><a>微博</a>　<a>【打印】</a><a>【关闭】</a></div></div>'
                f'<div class="foot">主办：安化县人民政府办公室　湘ICP备{_n(rng, 8)}号　湘公网安备 {_n(rng, 14)}号</div>')
        head = f'<title>{esc(art["title"])}_安化县人民政府</title>'
    return head, body, url


def xlcj_df129(art, rng, others):
    """新浪-like 财经 地方 page: ``新浪财经讯`` opening run into the lead (body), a stock card (name, code,
    price, change) inside the text, 记者：/负责人： turns or a data table (body); a ``海量资讯、精准解读``
    app prompt, 责任编辑, 相关阅读, 新浪财经公众号 QR, 热门评论, 7x24 sidebar (not body). p06 shows
    ``YYYY年MM月DD日 hh:mm 新浪财经``; p07 no visible date (the URL gives it)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://finance.sina.com.cn/jjxw/{y}-{m}-{d}/doc-in{_wx_id(rng)[:12].lower()}.shtml"
    who = rng.sample(WHO, 2)

    def special(p):
        if p.startswith(("记者：", "负责人：")):
            k = p.index("：") + 1
            return f'<p><strong>{esc(p[:k])}</strong>{esc(p[k:])}</p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p>　　{x}</p>', special=special)
    if p06:
        card = ('<div class="stock-card"><a class="s-name">皖能新材</a><span class="s-code">sz300' + str(_n(rng, 3)) + '</span>'
                '<span class="s-price">18.62</span><span class="s-chg">+0.61 (+3.39%)</span><a class="s-more">行情</a><a>股吧</a></div>')
    else:
        card = ('<div class="stock-card"><a class="s-name">上证指数</a><span class="s-code">sh000001</span>'
                '<span class="s-price">3378.10</span><span class="s-chg">-0.32%</span></div>')
    blocks.insert(2, card)
    date = (f'<div class="date-source"><span class="date">{y}年{m}月{d}日 {_hm(rng)}</span><a class="source">新浪财经</a></div>' if p06
            else '<div class="date-source"><a class="source">新浪财经-自媒体综合</a></div>')
    hot = "".join(f'<li><a>{esc(tt)}</a></li>' for tt, _ in rng.sample(others, 4))
    body = ('<div class="top-nav"><a>新浪首页</a> <a>新闻</a> <a>体育</a> <a>财经</a> <a>娱乐</a> <a>科技</a> <a>博客</a></div>'
            '<div class="path"><a>新浪财经</a> &gt; <a>经济新闻</a> &gt; 正文</div>'
            f'<div class="main-content"><h1 class="main-title">{esc(art["title"])}</h1>{date}'
            '<div class="share-bar"><a>微博</a><a>微信</a><a>收藏</a><span class="cmt">评论</span></div>'
            '<div class="article" id="artibody">' + "".join(blocks)
            + '<p class="app-kSpromote"><a>海量资讯、精准解读，尽在新浪财经APP</a></p></div>'
            f'<p class="show_author">责任编辑：{who[0]}</p>'
            '<div class="tags">相关专题：<a>安徽</a> <a>上市公司</a></div>'
            '<div class="related"><h3>相关阅读</h3><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>') + '</ul></div>'
            '<div class="wx-qr"><img src="//n.sinaimg.cn/finance/qr.png"><p>新浪财经公众号</p><p>24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（sinafinance）</p></div>'
            f'<div class="comment"><h3>热门评论</h3><div class="c-item"><span>安徽网友</span><p>合肥这几年确实发展很快。</p></div>'
            f'<div class="c-item"><span>财迷{_n(rng, 4)}</span><p>关注后续业绩兑现情况。</p></div></div></div>'
            f'<div class="side"><h3>7X24小时</h3><ul>{hot}</ul></div>'
            '<div class="footer"><a>新浪简介</a> | <a>广告服务</a> | <a>联系我们</a><p>Copyright © 1996-2025 SINA Corporation, All Rights Reserved</p></div>')
    head = (f'<title>{esc(art["title"])}_新浪财经_新浪网</title><meta name="keywords" content="安徽,合肥,上市公司">'
            f'<meta property="og:type" content="news"><meta property="og:title" content="{esc(art["title"])}">')
    return head, body, url


def swj_js129(art, rng, others):
    """区 水务局 portal 节水 news: p08 info glued with no whitespace (``发布时间：YYYY-MM-DD hh:mm来源：…浏览次数：``
    + ``document.write``), a photo + ``图为…`` caption, a bar head and a centred slogan (body), a 节水小贴士
    box, 上一篇/下一篇, footer; p09 (GBK) an older table layout, the text as ``<br><br>`` lines in one
    ``<td>`` with ``1.`` items and a quote, ``发布日期：YYYY年M月D日`` beside a 更新时间, a photo credit
    ``（区水务局供图）``, 相关新闻 with dates (not body)."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.szwz.gov.cn/szwzswj/{'gzdt' if p08 else 'jsgz'}/{y}{m}/{_wx_id(rng)[:16]}.shtml"
    who = rng.sample(WHO, 2)
    if p08:
        def special(p):
            if p == "节水从点滴做起":
                return (f'<p style="margin:18px 0 6px"><span style="display:inline-block;background:#1a7fc1;color:#fff;padding:2px 12px">'
                        f'<strong>{esc(p)}</strong></span></p>')
            if p.endswith("人人有责。"):
                return f'<p style="text-align:center"><strong><span style="color:#1a7fc1">{esc(p)}</span></strong></p>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>', special=special)
        blocks.insert(4, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="580"></p>'
                         '<p style="text-align:center;font-family:楷体">图为工作人员向市民演示节水器具。</p>')
        pn = rng.sample(others, 2)
        body = ('<div class="header"><img src="/images/wz_swj.png" alt="苏州市吴中区水务局"></div>'
                '<div class="nav"><ul><li>首页</li><li>机构职能</li><li>工作动态</li><li>节约用水</li><li>河长制</li><li>政务公开</li></ul></div>'
                '<div class="position">当前位置：首页 &gt; 工作动态</div>'
                f'<div class="article"><h1>{esc(art["title"])}</h1>'
                f'<div class="info">发布时间：{y}-{m}-{d} {_hm(rng)}来源：区水务局浏览次数：<script>document.write("{_n(rng, 3)}")</script></div>'
                '<div class="content" id="zoom">' + "".join(blocks) + '</div>'
                '<div class="tip" style="border:1px dashed #1a7fc1;padding:8px"><p><b>节水小贴士</b></p>'
                '<p>洗衣机洗少量衣物时选择低水位档；刷牙时用口杯接水，可比长流水节约大半。</p></div>'
                f'<div class="sxp"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>'
                '<div class="tools"><a>【打印】</a><a>【关闭】</a></div></div>'
                f'<div class="footer">版权所有：苏州市吴中区水务局　苏ICP备{_n(rng, 8)}号　苏公网安备 {_n(rng, 14)}号<br>地址：吴中区东吴北路{rng.randint(10, 99)}号</div>')
        head = f'<title>{esc(art["title"])}-苏州市吴中区水务局</title>'
    else:
        lines = [f"　　{esc(p)}" for p in art["body"]]
        lines.insert(3 + 5, '</td></tr><tr><td align="center"><img src="/uploads/js' + str(_n(rng, 8)) + '.jpg" width="500"><br><font color="#666">（区水务局供图）</font></td></tr><tr><td class="zw">')
        text = "<br><br>".join(lines[:8]) + lines[8] + "<br><br>".join(lines[9:])
        upd = _day(art, 1)
        rel = _rel(rng, others, 4, lambda tt, dd: f'<tr><td>·<a>{tt}</a></td><td align="right">{dd}</td></tr>')
        body = ('<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/swj_top.jpg" width="980"></td></tr>'
                '<tr><td class="nav">首页 | 工作动态 | 节约用水 | 水资源管理 | 政策法规</td></tr></table>'
                '<table width="980" align="center"><tr><td class="wz">当前位置：首页 &gt;&gt; 节约用水</td></tr>'
                f'<tr><td align="center" class="bt"><b>{esc(art["title"])}</b></td></tr>'
                f'<tr><td align="center" class="rq">发布日期：{y}年{int(m)}月{int(d)}日　更新时间：{upd.year}年{upd.month}月{upd.day}日　信息来源：区水务局</td></tr>'
                f'<tr><td class="zw">{text}</td></tr>'
                f'<tr><td align="right">（编辑：{who[0]}）</td></tr>'
                '<tr><td align="center">【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr></table>'
                f'<table width="980" align="center" class="xgxw"><tr><td colspan="2"><b>相关新闻</b></td></tr>{rel}</table>'
                f'<table width="980" align="center" class="foot"><tr><td align="center">苏州市吴中区水务局 版权所有　苏ICP备{_n(rng, 8)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="节水型小区,吴中">'
    return head, body, url


def cun_mp_fsj129(art, rng, others):
    """村 公众号 丰收节 post: short pill heads (``农事比拼``…), a ``：``-ended lead-in, a bold ``村民鲁大姐：``
    turn and a centred slogan (body); an 活动日程 card, two ``▲`` captions, a 交通指引 box, credits,
    往期推荐, 阅读/在看 (not body); an empty ``publish_time`` (the script's ``ct`` gives the date)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 3)
    heads = {"农事比拼", "丰收市集", "文艺汇演", "丰收宴"}
    out = []
    for i, p in enumerate(art["body"]):
        if p in heads:
            out.append(f'<section style="text-align:center;margin:20px 0 8px"><section style="display:inline-block;background:#e8a317;border-radius:14px;padding:3px 16px">'
                       f'<p><span style="color:#fff"><strong>{esc(p)}</strong></span></p></section></section>')
        elif p.startswith("村民鲁大姐："):
            out.append(f'<p style="line-height:1.8em"><strong>村民鲁大姐：</strong>{esc(p[6:])}</p>')
        elif p.endswith("！") and len(p) < 10:
            out.append(f'<p style="text-align:center"><span style="font-size:18px;color:#c0392b"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 2:
            out.append('<section style="border:1px solid #e8a317;padding:8px 12px;margin:14px 0"><p><strong>活动日程</strong></p>'
                       '<p><span style="font-size:14px">9:00 开幕式　9:30 农事比拼　10:00—16:00 丰收市集　11:30 丰收宴　14:00 文艺汇演</span></p></section>')
        if i in (5, 12):
            cap = "▲插秧比赛现场" if i == 5 else "▲百桌长街宴"
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{cap}</span></p>')
    tail = ('<section style="background:#f7f3e8;padding:10px"><p><strong>交通指引</strong></p>'
            '<p><span style="font-size:14px">自驾导航“鲁家村游客中心”，村口设有免费停车场；县城客运站有直达班车。</span></p></section>'
            f'<p><span style="font-size:12px;color:#999">文字：{who[0]}　图片：{who[1]}　编辑：{who[2]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">安吉鲁家村</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(800, 6000)}</span><a>点赞 {rng.randint(20, 200)}</a><a>在看 {rng.randint(5, 60)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "安吉鲁家村"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def db_07ll129(art, rng, others):
    """党报 e-paper 第07版 理论: masthead ``YYYY年M月D日　星期X`` (the only visible date; the URL agrees), a
    版次 list, 上一版/下一版/PDF, 版面图, 本版标题, a ``□ name`` byline, 责任编辑 (not body). p11 (GBK) the
    text as ``<br>`` lines in one ``founder-content`` with ``<b>一、…</b>`` heads, an ``（作者系…）`` line
    and a 理论观点 box with a second short piece (not body); p12 ``<P>`` paragraphs in ``#ozoom`` with a
    副题 under the headline, one-sentence ``宣讲要有…`` paragraphs and a quote (body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.hyrb.com.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 3)
    if p11:
        lines = [f"<b>　　{esc(p)}</b>" if _head(p) else f"　　{esc(p)}" for p in art["body"]]
        text = '<!--enpcontent--><founder-content>' + "<br>".join(lines) + '<br></founder-content><!--/enpcontent-->'
        sub = ""
        after = (f'<p class="zz">（作者系中共衡阳市委党校经济学教研部副教授）</p>'
                 '<div class="llgd"><h3>理论观点</h3><h4>数字乡村建设要防止“重建设轻运营”</h4>'
                 '<P>一些地方数字平台建成后使用率不高，应把群众实际需求作为建设出发点，建立长效运营机制。</P></div>')
    else:
        text = '<div id="ozoom"><founder-content>' + "".join(f"<P>　　{esc(p)}</P>" for p in art["body"]) + '</founder-content></div>'
        sub = '<h3 class="fu">——关于改进基层理论宣讲的几点思考</h3>'
        after = ""
    body = (f'<div class="masthead"><img src="../../../images/hyrb_logo.gif" alt="衡阳日报"><div class="mast-r">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>中共衡阳市委机关报　国内统一连续出版物号 CN43-00{_n(rng, 2)}</p></div></div>'
            '<div class="bc"><ul><li>第01版：要闻</li><li>第02版：综合</li><li>第03版：经济</li><li>第04版：民生</li>'
            '<li>第05版：县域</li><li>第06版：文体</li><li class="on">第07版：理论</li><li>第08版：副刊</li></ul>'
            f'<a>上一版</a>　<a>下一版</a>　<a href="../../../page/{y}{m}{d}/07.pdf">PDF版</a>　<a>往期查阅</a></div>'
            '<table width="1000" align="center"><tr><td width="380" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}{m}{d}/07_b.jpg" width="360"></div>'
            '<div class="bmlist"><h4>本版标题</h4><ul><li><a>以新质生产力赋能县域经济高质量发展</a></li><li><a>让基层理论宣讲更接地气</a></li>'
            '<li><a>数字乡村建设要防止“重建设轻运营”</a></li></ul></div></td>'
            f'<td valign="top"><div class="article"><h1>{esc(art["title"])}</h1>{sub}<div class="author">□ {who[0]}</div>{text}{after}'
            f'<div class="bj">责任编辑：{who[1]}　美编：{who[2]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">衡阳日报社 版权所有　未经书面授权不得转载　湘ICP备{_n(rng, 8)}号</div>')
    head = '<title>衡阳日报-第07版：理论</title><meta name="keywords" content="衡阳日报,数字报,理论">'
    return head, body, url


TEMPLATES = {"mzw_jrtz129": mzw_jrtz129, "jjzx_mp_kp129": jjzx_mp_kp129, "xzf_tdcr129": xzf_tdcr129,
             "xlcj_df129": xlcj_df129, "swj_js129": swj_js129, "cun_mp_fsj129": cun_mp_fsj129,
             "db_07ll129": db_07ll129}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages129", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
