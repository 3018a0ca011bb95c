"""Build the hundred-and-thirty-seventh saved-page set (``pages137``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: 区 民政局 portal pages, a GBK 社会组织 年检 结果 公告
and a 养老 服务 news page (``mzj_shzz137``), a 法院 公众号 执行 悬赏 公告 post (``fy_mp_xs137``), 县政府网
统计公报 pages, a GBK 公报 with tables and 注释 and its 数据 解读 (``xzf_tjgb137``), 人民日报客户端-like
article pages (``rmrb_khd137``), 区 交通运输局 pages, a GBK 绕行 通告 and a 公交 调整 news page
(``jtj_rx137``), a 党支部 公众号 主题党日 post (``dzb_mp_ztdr137``) and 日报 e-paper 第07版 理论 pages
(``rb_07ll137``). ``articles.txt`` holds the title, date and reference body; the furniture (not body)
is written here. See README.md.

    python tests/data/web/pages137/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["李雪梅", "张弛", "王一帆", "赵建国", "邓丽", "曾凡", "罗佳", "吴昊", "彭静", "蒋涛"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"', th=False) -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits); the first row
    in ``<th>`` cells when ``th``, else bold ``<td>`` cells."""
    out = []
    for i, r in enumerate(rows):
        if i == 0 and th:
            cells = "".join(f'<th>{esc(c)}</th>' for c in r.split(" "))
        else:
            cells = "".join(f'<td align="center">{"<b>" if i == 0 else ""}{esc(c)}{"</b>" if i == 0 else ""}</td>' for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None, after_table="", th=False) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table (followed by
    ``after_table``), ``special(p)`` (when it gives markup) first, numbered heads through ``head``,
    other lines through ``para``."""
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(_table(rows, th=th) + after_table)
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


def _later(art, days: int) -> datetime.date:
    return datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=days)


def _gov_foot(rng, host: str, code: str, sponsor: str = "") -> str:
    return (f'<div class="footer"><div class="ft-link"><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a> | <a>无障碍浏览</a></div>'
            f'<p>主办单位：{sponsor or host}　承办单位：{host}</p>'
            f'<p>网站标识码：{code}　<a>蜀ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png">川公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jg"><img src="/images/red.png"><img src="/images/zfjc.png"></div></div>')


def mzj_shzz137(art, rng, others):
    """区 民政局 portal: p01 (GBK) a 社会组织 年检 结果 公告 — an 信息公开 grid (索引号/发布机构/成文日期),
    info spans glued with no whitespace (``发布时间：YYYY-MM-DD hh:mm:ss来源：…浏览次数：``), ``<strong>一、…
    </strong>`` heads, a 结果 table and its 注： note, ``1.`` items, 咨询电话/办公地址 lines and 特此公告
    (body), the 落款 and its date two days earlier, two 附件 lines, a 相关链接 box (not body); p02 a
    养老 news page with 发布时间 beside a later 更新时间, centred bar heads, a photo + ``图为…`` caption, a
    服务小贴士 box, 责任编辑, 上一篇/下一篇 and 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.cdwh.gov.cn/wuhou/c{_n(rng, 6)}/{y}-{m}/{d}/content_{_wx_id(rng)[:12].lower()}.shtml"
    who = rng.sample(WHO, 3)
    head_ = (f'<div class="top"><span>欢迎访问成都市武侯区人民政府网站</span><a>无障碍</a><a>长者模式</a><a>English</a></div>'
             '<div class="banner"><img src="/images/wh_logo.png" alt="成都市武侯区人民政府"></div>'
             '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进武侯</li></ul></div>')
    if p01:
        para = lambda t: f'<p style="text-indent:2em;line-height:32px"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>'  # noqa: E731
        note = '<p style="line-height:26px"><span style="font-size:12pt">注：年检结论为“基本合格”“不合格”的社会组织名单见附件2。</span></p>'
        blocks = _blocks(art["body"], para,
                         head=lambda t: f'<p style="text-indent:2em;line-height:32px"><strong><span style="font-family:黑体;font-size:16pt">{t}</span></strong></p>',
                         after_table=note)
        signed = _later(art, -2)
        grid = ('<table class="xxgk" width="100%"><tr><td>索引号：</td><td>' f'11510107MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td>'
                '<td>发布机构：</td><td>武侯区民政局</td></tr>'
                f'<tr><td>成文日期：</td><td>{signed.year}-{signed.month:02d}-{signed.day:02d}</td><td>主题分类：</td><td>民政、扶贫、救灾</td></tr></table>')
        info = (f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hms(rng)}</span><span>来源：武侯区民政局</span>'
                f'<span>浏览次数：<script>document.write("{_n(rng, 3)}")</script></span><span>【<a>打印</a>】</span></div>')
        tail = ('<p style="text-align:right;line-height:32px;padding-right:4em">成都市武侯区民政局</p>'
                f'<p style="text-align:right;line-height:32px;padding-right:4em">{signed.year}年{signed.month}月{signed.day}日</p>'
                f'<p>附件：1.<a href="/uploads/{y}{m}/{_n(rng, 10)}.xls">2023年度年检合格社会组织名单.xls</a></p>'
                f'<p>　　　2.<a href="/uploads/{y}{m}/{_n(rng, 10)}.xls">2023年度年检基本合格和不合格社会组织名单.xls</a></p>')
        links = ('<div class="xglj"><h4>相关链接</h4><ul><li><a>四川省社会组织信用信息公示平台</a></li>'
                 '<li><a>民政部社会组织年度检查办法</a></li></ul></div>')
        body = (head_ + '<div class="crumb">您当前的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>区民政局</a> &gt; <a>通知公告</a></div>'
                f'<div class="main">{grid}<h1 class="title">{esc(art["title"])}</h1>{info}'
                '<div class="content" id="zoom">' + "".join(blocks) + tail + f'</div>{links}'
                '<div class="tool"><a>【关闭窗口】</a><a>【打印本页】</a></div></div>'
                + _gov_foot(rng, "成都市武侯区人民政府办公室", f"510107{_n(rng, 4)}"))
        head = (f'<title>{esc(art["title"])}- 成都市武侯区人民政府门户网站</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ColumnName" content="通知公告">')
    else:
        heads = {"把服务送到家门口", "让照护更专业"}

        def special(p):
            if p in heads:
                return (f'<p style="text-align:center;margin:18px 0"><span style="display:inline-block;background:#1f6fb2;color:#fff;'
                        f'padding:4px 18px;font-weight:bold">{esc(p)}</span></p>')
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>', special=special)
        blocks.insert(3, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="600"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体">图为老人在综合体助餐点就餐。</span></p>')
        upd = _later(art, 5)
        tip = ('<div class="xts" style="background:#f3f8fd;padding:10px 16px;margin-top:14px"><p><b>服务小贴士</b></p>'
               '<p>辖区60周岁以上老年人可凭身份证到综合体登记办理助餐卡；80周岁以上老人及特殊困难老人可享受额外补贴。</p>'
               f'<p>服务时间：每日8:00—18:00　咨询电话：028-8507{_n(rng, 4)}</p></div>')
        rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>[{dd}]</span></li>')
        body = (head_ + '<div class="crumb">您当前的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>部门动态</a></div>'
                f'<div class="main"><h1 class="title">{esc(art["title"])}</h1>'
                f'<div class="info"><span>发布时间：{y}-{m}-{d}</span>　<span>更新时间：{upd.isoformat()}</span>　'
                f'<span>来源：区民政局</span>　<span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
                '<div class="content" id="zoom">' + "".join(blocks) + f'</div>{tip}'
                f'<p class="zrbj">（责任编辑：{who[0]}）</p>'
                '<div class="share">分享到：<a class="wx"></a><a class="wb"></a><a class="qzone"></a></div>'
                f'<div class="sxp"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[1][0])}</a></p></div>'
                f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
                + _gov_foot(rng, "成都市武侯区人民政府办公室", f"510107{_n(rng, 4)}"))
        head = (f'<title>{esc(art["title"])}- 成都市武侯区人民政府门户网站</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区民政局">')
    return head, body, url


def fy_mp_xs137(art, rng, others):
    """法院 公众号 执行 悬赏 公告 post: 原创 label, nickname, a visible ``publish_time`` (``YYYY-MM-DD hh:mm``),
    a ``点击蓝字 关注我们`` banner, a 悬赏 table with ``<th>`` heads, red ``一、`` bar heads, ``1.`` items and
    特此公告 (body), the 落款 with a date in Chinese numerals, a 法官提醒 box, 来源/编辑/审核 credits,
    往期回顾, 阅读原文, 在看, 写留言 and a QR (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    y, m, d = _ymd(art)
    t = _hm(rng)
    who = rng.sample(WHO, 3)
    cn = "〇一二三四五六七八九"
    cyear = "".join(cn[int(c)] for c in y)
    cnum = lambda k: ("十" + (cn[k - 10] if k > 10 else "")) if 10 <= k < 20 else (cn[k // 10] + "十" + (cn[k % 10] if k % 10 else "") if k >= 20 else cn[k])  # noqa: E731

    def special(p):
        if _head(p):
            return (f'<section style="margin:20px 0 10px"><p><span style="background:#a61b1b;color:#fff;padding:3px 12px;font-size:16px">'
                    f'<strong>{esc(p)}</strong></span></p></section>')
        return None
    blocks = _blocks(art["body"], lambda x: f'<p style="line-height:1.75em;text-indent:2em"><span style="font-size:15px">{x}</span></p>',
                     special=special, th=True)
    banner = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/' + _wx_id(rng) + '/640">'
              '<p><span style="font-size:12px;color:#a61b1b">点击蓝字 关注我们</span></p></section>')
    sig = ('<p style="text-align:right;line-height:1.75em"><span style="font-size:15px">四川省成都市新都区人民法院</span></p>'
           f'<p style="text-align:right;line-height:1.75em"><span style="font-size:15px">{cyear}年{cnum(int(m))}月{cnum(int(d))}日</span></p>')
    box = ('<section style="border:1px solid #a61b1b;padding:12px;margin:20px 0"><p><strong><span style="color:#a61b1b">法官提醒</span></strong></p>'
           '<p><span style="font-size:14px">对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，可能构成拒不执行判决、裁定罪，'
           '依法处三年以下有期徒刑、拘役或者罚金。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#888">来源：执行局　编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong>往期回顾</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">长按二维码 关注新都法院</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta icon_appmsg_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">新都法院</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">新都法院</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta_text">发表于四川</em></div>'
            f'<div class="rich_media_content" id="js_content">{banner}' + "".join(blocks) + sig + box + tail + '</div>'
            '<div id="js_read_area"><a id="js_view_source">阅读原文</a>'
            f'<span>阅读 {rng.randint(1000, 9000)}</span><a>分享</a><a>点赞 {rng.randint(10, 90)}</a><a>在看 {rng.randint(5, 40)}</a></div>'
            '<div class="discuss"><a>写留言</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "新都法院"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xzf_tjgb137(art, rng, others):
    """县政府网 统计公报 pages: p04 (GBK) the 公报 on an old table layout — ``发布时间：YYYY-MM-DD hh:mm信息来源：
    …`` glued in one cell, an issuer + date line under the title (a date two days earlier), ``<b>一、…</b>``
    heads, a 农产品 table with its ``注：`` line, a ``图1：`` chart caption, an 注释 block after the text and
    a later 更新时间 (not body apart from the text, the heads and the table rows); p05 a 解读 page with a
    副题 line, bold heads, a 名词解释 box, 上一篇/下一篇; its only visible date is a later 更新时间 (meta
    ``PubDate`` and the URL give the publication date)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.dayi.gov.cn/dyxrmzf/c{_n(rng, 6)}/{y}-{m}/{d}/content_{_wx_id(rng)[:16].lower()}.shtml"
    who = rng.sample(WHO, 2)
    if p04:
        note = '<p><font size="2">注：生猪出栏数据来源于县农业农村局。</font></p>'
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em"><font size="3">{x}</font></p>',
                         head=lambda x: f'<p style="text-indent:2em"><font size="3"><b>{x}</b></font></p>', after_table=note)
        i = next(k for k, b in enumerate(blocks) if "固定资产投资" in b)
        blocks.insert(i, f'<p align="center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.png" width="520"></p>'
                         '<p align="center"><font size="2">图1：2019—2023年全县地区生产总值及增长速度</font></p>')
        signed = _later(art, -2)
        upd = _later(art, 6)
        notes = ('<div class="zs"><p><b>注释：</b></p><p>1.本公报中部分数据为初步统计数，最终数据以《大邑统计年鉴》为准。</p>'
                 '<p>2.地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。</p>'
                 '<p>3.部分数据因四舍五入，存在总计与分项合计不等的情况。</p></div>')
        body = ('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/dy_top.jpg" width="1000" height="150"></td></tr>'
                '<tr><td class="nav" height="34">&nbsp;<a>首页</a>&nbsp;|&nbsp;<a>政府信息公开</a>&nbsp;|&nbsp;<a>统计信息</a>&nbsp;|&nbsp;<a>办事服务</a>&nbsp;|&nbsp;<a>公众参与</a></td></tr></table>'
                '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="220" valign="top"><div class="lm">统计信息</div><ul><li><a>统计公报</a></li><li><a>统计数据</a></li><li><a>统计分析</a></li><li><a>统计法规</a></li></ul></td>'
                '<td width="780" valign="top"><table width="100%"><tr><td class="wz">当前位置：<a>首页</a> &gt;&gt; <a>统计信息</a> &gt;&gt; <a>统计公报</a></td></tr>'
                f'<tr><td align="center" height="56"><font size="5"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布时间：{y}-{m}-{d} {_hm(rng)}信息来源：大邑县统计局更新时间：{upd.isoformat()}</td></tr>'
                f'<tr><td align="center"><font size="3">大邑县统计局　国家统计局大邑调查队<br>（{signed.year}年{signed.month}月{signed.day}日）</font></td></tr>'
                '<tr><td class="zw" id="zoom">' + "".join(blocks) + notes + '</td></tr>'
                '<tr><td align="right"><a href="javascript:window.print()">【打印】</a>&nbsp;<a href="javascript:window.close()">【关闭】</a></td></tr>'
                '</table></td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">主办：大邑县人民政府办公室　承办：大邑县政务服务和网络理政办公室<br>'
                f'网站标识码：5101290{_n(rng, 3)}　蜀ICP备{_n(rng, 8)}号　川公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = (f'<title>{esc(art["title"])}-大邑县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="ColumnName" content="统计公报"><meta name="ContentSource" content="县统计局">')
    else:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2">{x}</p>',
                         head=lambda x: f'<p style="text-indent:2em;line-height:2"><strong>{x}</strong></p>')
        upd = _later(art, 3)
        box = ('<div class="mcjs" style="border:1px solid #c9d8ea;padding:10px 14px;margin:16px 0"><h4>名词解释</h4>'
               '<p>居民人均可支配收入：指居民可用于最终消费支出和储蓄的总和，既包括现金收入，也包括实物收入。</p>'
               '<p>城乡居民收入比：城镇居民人均可支配收入与农村居民人均可支配收入之比。</p></div>')
        body = ('<div class="header"><img src="/images/dy_logo.png" alt="大邑县人民政府"><div class="search"><input placeholder="搜索"></div></div>'
                '<div class="nav"><ul><li>首页</li><li>政府信息公开</li><li>政务服务</li><li>政民互动</li><li>魅力大邑</li></ul></div>'
                '<div class="crumb">当前位置：<a>首页</a> &gt; <a>统计信息</a> &gt; <a>统计分析</a></div>'
                f'<div class="article"><h1>{esc(art["title"])}</h1>'
                '<h3 class="subtitle">——《大邑县2023年国民经济和社会发展统计公报》解读</h3>'
                f'<div class="info"><span>更新时间：{upd.year}年{upd.month:02d}月{upd.day:02d}日</span><span>来源：县统计局</span>'
                '<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
                '<div class="content" id="zoom">' + "".join(blocks) + f'</div>{box}'
                f'<div class="sxp"><p>上一篇：<a>{esc(others[2][0])}</a></p><p>下一篇：<a>{esc(others[5][0])}</a></p></div>'
                '<div class="tool"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div></div>'
                + _gov_foot(rng, "大邑县政务服务和网络理政办公室", f"510129{_n(rng, 4)}", "大邑县人民政府办公室"))
        head = (f'<title>{esc(art["title"])}-大邑县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="统计分析">')
    return head, body, url


def rmrb_khd137(art, rng, others):
    """人民日报客户端-like article pages: app top bar and 下载 prompt, the headline, an author line
    (``人民日报客户端四川频道　记者 name``), 来源, a photo + ``图为…（name 摄）`` caption, bold ``记者：``
    questions and ``name：`` answers (p06), 本文来自 line, 责编, 打开APP 阅读全文 banner, 推荐阅读 with dates,
    a copyright footer (not body). p06 shows ``YYYY-MM-DD hh:mm`` beside the author line; p07 shows no
    date (meta ``publishdate`` and the URL give it)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://wap.peopleapp.com/article/{_n(rng, 7)}/{_n(rng, 7)}?pd={y}{m}{d}"
    who = rng.sample(WHO, 3)

    def special(p):
        if p.startswith("记者："):
            return f'<p><strong>记者：</strong>{esc(p[3:])}</p>'
        if p.startswith("郑晓川："):
            return f'<p><strong>郑晓川：</strong>{esc(p[4:])}</p>'
        return None
    blocks = _blocks(art["body"], lambda x: f'<p>{x}</p>', special=special)
    cap = ("图为郑晓川在果园里用手机查看果树生长数据。" if p06 else "图为游客在“窖池里”文创街区参观老窖池。")
    blocks.insert(2 if p06 else 1, f'<p style="text-align:center"><img src="https://rmrbcmsonline.peopleapp.com/upload/image/{y}{m}/{_n(rng, 12)}.jpg"></p>'
                                   f'<p class="pic-desc" style="text-align:center">{cap}（{who[2]} 摄）</p>')
    date = f'<span class="time">{y}-{m}-{d} {_hm(rng)}</span>' if p06 else ""
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
    body = ('<div class="top-bar"><img src="/static/img/logo_rmrb.png" alt="人民日报"><a class="open-app">打开APP</a></div>'
            f'<div class="article"><h1 class="title">{esc(art["title"])}</h1>'
            f'<div class="info"><span class="author">人民日报客户端四川频道　记者 {who[0]}</span>{date}</div>'
            '<div class="source">来源：人民日报客户端</div>'
            '<div class="content" id="article-content">' + "".join(blocks) + '</div>'
            '<p class="from">本文来自【人民日报客户端】，仅代表作者观点。全国党媒信息公共平台提供信息发布传播服务。</p>'
            f'<p class="editor">责编：{who[1]}</p></div>'
            '<div class="app-banner"><p>打开人民日报客户端</p><p>阅读全文 参与讨论</p></div>'
            f'<div class="recommend"><h3>推荐阅读</h3><ul>{rel}</ul></div>'
            '<div class="footer"><p>人民日报社 版权所有</p><p>ID:rmrbapp　违法和不良信息举报电话：010-65363263</p></div>')
    head = f'<title>{esc(art["title"])}</title><meta name="description" content="{esc(art["body"][0][:40])}">'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}">'
    return head, body, url


def jtj_rx137(art, rng, others):
    """区 交通运输局 pages: p08 (GBK) a 绕行 通告 — info glued with no whitespace (``发布日期：YYYY年MM月DD日
    来源：…阅读次数：`` with a ``document.write`` counter), a 文号 line, ``<strong>一、…</strong>`` heads, a
    one-line 施工时间 paragraph, ``1.`` 绕行 items, a 咨询电话 line and 特此通告 (body), a 示意图 caption,
    a two-issuer 落款 and its date three days earlier, an 附件 line, an 出行提示 box (not body); p09 a
    公交 调整 news page with a bracketed ``[YYYY-MM-DD]`` date, a ``：``-ended lead-in and ``1.`` items,
    a caption, 责任编辑 and 相关新闻."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.pidu.gov.cn/pdqzfmhwz/c{_n(rng, 6)}/{y}-{m}/{d}/content_{_wx_id(rng)[:16].lower()}.shtml"
    who = rng.sample(WHO, 2)
    head_ = ('<div class="head"><img src="/images/pd_logo.png" alt="成都市郫都区人民政府"></div>'
             '<div class="nav"><ul><li>首页</li><li>新闻中心</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>')
    if p08:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:30px">{x}</p>',
                         head=lambda x: f'<p style="text-indent:2em;line-height:30px"><strong>{x}</strong></p>')
        i = next(k for k, b in enumerate(blocks) if "四、其他事项" in b)
        blocks.insert(i, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="560"></p>'
                         '<p style="text-align:center">团结路施工期间交通绕行示意图</p>')
        signed = _later(art, -3)
        tail = ('<p style="text-align:right;line-height:30px">成都市郫都区交通运输局</p>'
                '<p style="text-align:right;line-height:30px">成都市公安局郫都区分局交通警察大队</p>'
                f'<p style="text-align:right;line-height:30px">{signed.year}年{signed.month}月{signed.day}日</p>'
                f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.pdf">团结路施工期间交通绕行示意图（高清版）.pdf</a></p>')
        box = ('<div class="cxts" style="border:1px solid #f0a020;padding:10px;margin-top:14px"><p><b>出行提示</b></p>'
               '<p>早晚高峰时段团结路周边车流量较大，请驾驶人提前规划路线，减速慢行，注意避让施工车辆和行人。</p></div>')
        body = (head_ + '<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>区交通运输局</a> &gt; <a>通知公告</a></div>'
                f'<div class="main"><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span>发布日期：{y}年{m}月{d}日</span><span>来源：区交通运输局</span>'
                f'<span>阅读次数：<script>document.write("{_n(rng, 4)}")</script></span></div>'
                f'<p style="text-align:center">郫交运通〔{y}〕{rng.randint(10, 40)}号</p>'
                '<div class="content" id="zoom">' + "".join(blocks) + tail + f'</div>{box}'
                '<div class="tool"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
                + _gov_foot(rng, "成都市郫都区人民政府办公室", f"510124{_n(rng, 4)}"))
        head = (f'<title>{esc(art["title"])}_成都市郫都区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d}">')
    else:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>')
        blocks.insert(1, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="600"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体">工作人员在团结路北站张贴线路调整告示。</span></p>')
        rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><em>{dd}</em></li>')
        body = (head_ + '<div class="crumb">当前位置：<a>首页</a> &gt; <a>新闻中心</a> &gt; <a>部门动态</a></div>'
                f'<div class="main"><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span>[{y}-{m}-{d}]</span>　<span>来源：郫都区交通运输局</span>　<span>作者：{who[0]}</span></div>'
                '<div class="content" id="zoom">' + "".join(blocks) + '</div>'
                f'<p class="zrbj">责任编辑：{who[1]}</p>'
                '<div class="share">分享到：<a class="wx"></a><a class="wb"></a></div>'
                f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
                + _gov_foot(rng, "成都市郫都区人民政府办公室", f"510124{_n(rng, 4)}"))
        head = f'<title>{esc(art["title"])}_成都市郫都区人民政府</title><meta name="keywords" content="公交,线路调整,团结路">'
    return head, body, url


def dzb_mp_ztdr137(art, rng, others):
    """党支部 公众号 主题党日 post: nickname, an empty ``publish_time`` (the script's ``ct`` gives the date),
    a top banner image, red ``一、`` bar heads, bold ``老党员 name：`` / ``青年党员 name：`` turns, two ``▲``
    captions, a centred slogan (body); an 活动预告 box, 供稿/编辑/审核 credits, 往期推荐, 在看 and QR (not
    body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 3)
    out = []
    for i, p in enumerate(art["body"]):
        if _head(p):
            out.append(f'<section style="margin:22px 0 12px;text-align:center"><section style="display:inline-block;border-bottom:2px solid #c00000;'
                       f'padding:0 10px"><p><span style="color:#c00000;font-size:17px"><strong>{esc(p)}</strong></span></p></section></section>')
        elif p.endswith("！") and len(p) < 14:
            out.append(f'<p style="text-align:center;margin-top:18px"><span style="color:#c00000;font-size:18px"><strong>{esc(p)}</strong></span></p>')
        elif "党员" in p.partition("：")[0] and "：" in p and len(p.partition("：")[0]) < 10:
            h, _, rest = p.partition("：")
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px"><strong>{esc(h)}：</strong>{esc(rest)}</span></p>')
        else:
            out.append(f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i in (3, 10):
            cap = "▲全体党员重温入党誓词" if i == 3 else "▲党员在花木基地帮助种植户修剪苗木"
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{cap}</span></p>')
    box = ('<section style="background:#fff4f0;padding:12px;margin:18px 0"><p><strong><span style="color:#c00000">活动预告</span></strong></p>'
           '<p><span style="font-size:14px">八月主题党日将走进区档案馆，开展“老物件里的党史故事”参观学习，欢迎辖区在职党员报名参加。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">供稿：{who[0]}　编辑：{who[1]}　审核：{who[2]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">和盛社区党支部</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            f'<div class="rich_media_content" id="js_content"><p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
            + "".join(out) + box + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(300, 2000)}</span><a>点赞 {rng.randint(20, 120)}</a><a>在看 {rng.randint(5, 50)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "和盛社区党支部"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def rb_07ll137(art, rng, others):
    """日报 e-paper 第07版 理论: masthead with ``YYYY年MM月DD日 星期X`` (the only visible date; the URL
    agrees), 版次 links, 上一版/下一版, 版面导航 list, the 栏目 name, an author line and an 作者单位 line, a
    核心提示 box (p11), a 嘉宾名片 card and a 引题 (p12), a second piece on the page in full, 责任编辑, 上一篇/
    下一篇, copyright (not body); ``<title>`` the paper and 版名 only. p11 (GBK): ``<P>`` paragraphs in
    ``<founder-content>`` with ``<B>一、…</B>`` heads and one-sentence paragraphs; p12: ``记者：`` /
    ``name：`` turns in ``<p>`` in ``#ozoom``."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"https://epaper.rongxidaily.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 4)
    titles = ["以“小切口”推动基层治理“大提升”", "让新型农村集体经济“活起来”", "读懂“枫桥经验”的新时代内涵"]
    nav = "".join(f'<li><a>{esc(x)}</a></li>' for x in titles)
    if p11:
        paras = []
        for p in art["body"]:
            if _head(p):
                paras.append(f"<P><B>{esc(p)}</B></P>")
            else:
                paras.append(f"<P>　　{esc(p)}</P>")
        text = ('<div class="hxts" style="border:1px solid #b22;padding:8px;margin:10px 0"><b>核心提示</b>　'
                '基层治理创新可以从群众身边的具体问题入手，以小切口带动机制完善，以制度化成果巩固治理成效。</div>'
                f'<div class="author">□ {who[0]}</div>'
                '<founder-content>' + "".join(paras) + '</founder-content>'
                '<p class="zzdw">（作者单位：中共成都市委党校公共管理教研部）</p>')
        other = ('<div class="other"><h3>读懂“枫桥经验”的新时代内涵</h3>'
                 f'<div class="author">□ {who[1]}</div>'
                 '<P>　　“枫桥经验”的精髓在于依靠群众就地化解矛盾。新时代坚持和发展“枫桥经验”，要把矛盾纠纷化解在基层、化解在萌芽状态。</P>'
                 '<P>　　这需要健全多元化纠纷解决机制，也需要让群众真正参与到矛盾调处中来。</P></div>')
    else:
        paras = []
        for p in art["body"]:
            h, sep, rest = p.partition("：")
            if sep and h in ("记者", "刘明德"):
                paras.append(f"<p><strong>{esc(h)}：</strong>{esc(rest)}</p>")
            else:
                paras.append(f"<p>{esc(p)}</p>")
        text = ('<h4 class="yt">——访省社科院农村发展研究所研究员刘明德</h4>'
                f'<div class="author">本报记者　{who[0]}</div>'
                '<div class="jbmp" style="background:#f5efe3;padding:8px;margin:10px 0"><b>嘉宾名片</b><br>'
                '刘明德，省社会科学院农村发展研究所研究员，长期从事农村集体产权制度改革研究。</div>'
                '<div id="ozoom"><founder-content>' + "".join(paras) + '</founder-content></div>')
        other = ('<div class="other"><h3>以“小切口”推动基层治理“大提升”</h3>'
                 '<P>　　基层是国家治理的末梢，也是服务群众的“最后一公里”……</P><a>详见本版</a></div>')
    body = (f'<div class="masthead"><img src="../../../images/rxrb_logo.png" alt="蓉西日报"><div class="mast-r">'
            f'<p>{y}年{m}月{d}日　{_week(art)}</p><p>中共成都市蓉西区委机关报　国内统一连续出版物号 CN51-{_n(rng, 4)}</p></div></div>'
            '<div class="bc"><a>第01版：要闻</a> <a>第02版：综合</a> <a>第03版：经济</a> <a>第04版：民生</a> <a>第05版：社会</a> '
            '<a>第06版：文化</a> <a class="cur">第07版：理论</a> <a>第08版：副刊</a></div>'
            '<div class="pn"><a>上一版</a>　<a>下一版</a>　<a>PDF下载</a>　<a>往期回顾</a></div>'
            '<table width="1000" align="center"><tr><td width="320" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}{m}/{d}/07/{y}{m}{d}07_s.jpg" width="300"></div>'
            f'<div class="bmdh"><h4>版面导航</h4><ul>{nav}</ul></div></td>'
            f'<td valign="top"><div class="article"><div class="lanmu">理论·学习</div><h1>{esc(art["title"])}</h1>{text}'
            f'<div class="zrbj">责任编辑：{who[2]}　校对：{who[3]}</div>{other}'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">蓉西日报社 版权所有　未经书面授权不得转载　蜀ICP备{_n(rng, 8)}号</div>')
    head = '<title>蓉西日报-第07版：理论</title><meta name="keywords" content="蓉西日报,数字报,理论">'
    return head, body, url


TEMPLATES = {"mzj_shzz137": mzj_shzz137, "fy_mp_xs137": fy_mp_xs137, "xzf_tjgb137": xzf_tjgb137,
             "rmrb_khd137": rmrb_khd137, "jtj_rx137": jtj_rx137, "dzb_mp_ztdr137": dzb_mp_ztdr137,
             "rb_07ll137": rb_07ll137}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages137", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
