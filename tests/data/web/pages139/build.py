"""Build the hundred-and-thirty-ninth saved-page set (``pages139``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used: 区 卫健委 portal pages, a GBK 医疗机构 校验 结果 公示 with a table and a 家庭医生 签约 news page
(``wjw_jyjg139``), a 疾控 公众号 流感 防控 提示 post (``jk_mp_lg139``), 县政府网 重大行政决策 pages, a GBK
目录 公告 with a table and a 听证会 公告 (``xzf_zdjc139``), 人民网-like 地方 领导留言板 回复 pages
(``rmw_lyb139``), 区 住建委 物业 企业 信用 评价 通报 (GBK, table) and a 检查 news page (``zjw_wyxy139``),
a 社区 公众号 老年食堂 开业 post (``sq_mp_st139``) and a 晚报 e-paper 第12版 副刊 (``wb_12fk139``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages139/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["周敏", "罗晓峰", "蒋雯", "邓宇", "唐静", "付强", "梁雪", "袁志刚", "冯丹", "郑凯"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？“")


def _head(p: str) -> bool:
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"', th=False) -> str:
    out = []
    for i, r in enumerate(rows):
        tag = "th" if (th and i == 0) else "td"
        cells = "".join(f'<{tag} align="center">{"<b>" if i == 0 and not th else ""}{esc(c)}{"</b>" if i == 0 and not th else ""}</{tag}>'
                        for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None, th=False) -> list[str]:
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(_table(rows, th=th))
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


def _before(art, days):
    return datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=days)


def _later(art, days):
    return datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=days)


def _foot(rng, sponsor, code) -> str:
    return (f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a></p>'
            f'<p>主办单位：{sponsor}　网站标识码：{code}</p>'
            f'<p><a>渝ICP备{_n(rng, 8)}号</a>　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p></div>')


def wjw_jyjg139(art, rng, others):
    """区 卫健委 portal: p01 (GBK) a 校验 结果 公示 on an old table layout — info glued with no
    whitespace (发布时间/来源/浏览次数 ``document.write``), ``<b>一、</b>`` heads, a 暂缓 table, 公示期
    and 联系电话/通讯地址 lines, 特此公示 (body); the 落款 and its date, an 附件 line (not body); p02 a
    家庭医生 news page showing only a later 更新时间 (meta PubDate and the URL give the date), bold bar
    heads, a photo + 图为 caption, a 小贴士 box, 责任编辑, 上一篇/下一篇, 相关新闻."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.cqjb.gov.cn/bm/qwsjkw/zwgk_{'tzgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    if p01:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:28px"><font face="仿宋_GB2312" size="4">{t}</font></p>',
                         head=lambda t: f'<p style="text-indent:2em;line-height:28px"><b><font face="黑体" size="4">{t}</font></b></p>')
        sig = ('<p align="right" style="line-height:28px">重庆市江北区卫生健康委员会</p>'
               f'<p align="right" style="line-height:28px">{y}年{int(m)}月{int(d) - 1}日</p>'
               f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.xls">江北区2024年度医疗机构校验合格名单.xls</a></p>')
        body = ('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/jbwjw_banner.jpg" width="1000"></td></tr></table>'
                '<table width="1000" align="center"><tr><td class="nav">首页 | 机构职能 | 政务公开 | 医政医管 | 疾病预防 | 健康科普 | 互动交流</td></tr></table>'
                '<table width="1000" align="center"><tr><td class="wz">您现在的位置：首页 &gt; 政务公开 &gt; 公示公告</td></tr></table>'
                '<table width="1000" align="center" class="xxgk" border="1" cellspacing="0"><tr>'
                f'<td>索引号：11500105MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td><td>发布机构：江北区卫生健康委</td></tr>'
                f'<tr><td>主题分类：卫生、体育</td><td>成文日期：{y}-{m}-{int(d) - 1:02d}</td></tr></table>'
                f'<table width="1000" align="center"><tr><td align="center"><font size="5" color="#b40000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布时间：{y}-{m}-{d} {_hm(rng)}来源：医政医管科浏览次数：<script>document.write("{_n(rng, 3)}")</script>【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                '<tr><td id="zoom">' + "".join(blocks) + sig + '</td></tr>'
                '<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">版权所有：重庆市江北区卫生健康委员会　渝ICP备{_n(rng, 8)}号<br>'
                f'地址：江北区建新东路{rng.randint(10, 99)}号　技术支持：重庆某信息技术有限公司</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="医疗机构,校验,公示">'
    else:
        def special(p):
            if len(p) < 20 and "。" not in p and "，" not in p and "“" in p:
                return f'<p style="text-indent:2em"><strong><span style="color:#0a6ebd">{esc(p)}</span></strong></p>'
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2em">{t}</p>', special=special)
        blocks.insert(3, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="600"></p>'
                         '<p style="text-align:center;font-family:楷体">图为家庭医生为社区老人测量血压。</p>')
        upd = _later(art, 2)
        box = ('<div class="xtx" style="background:#eef6fb;padding:10px"><p><b>家庭医生小贴士</b></p>'
               '<p>居民可携带身份证到就近的社区卫生服务中心签约，签约周期一般为一年，到期可续签。</p></div>')
        body = ('<div class="top"><img src="/images/logo.png" alt="重庆市江北区人民政府"><div class="ss"><input value="请输入关键字"></div></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进江北</li></ul></div>'
                '<div class="crumb">当前位置：<a>首页</a> &gt; <a>区卫生健康委</a> &gt; <a>工作动态</a></div>'
                f'<div class="article"><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span>来源：区卫生健康委</span>　<span>更新时间：{upd.year}-{upd.month:02d}-{upd.day:02d} {_hm(rng)}</span>　<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
                '<div class="TRS_Editor">' + "".join(blocks) + f'</div>{box}'
                f'<p class="zb">（责任编辑：{who[0]}）</p>'
                '<div class="fx">分享到：<a class="wx"></a><a class="wb"></a> <a>【打印】</a><a>【关闭】</a></div>'
                + '<div class="sxp">' + _rel(rng, others, 2, lambda tt, dd: f'<p>上一篇：<a>{tt}</a></p>')[::-1].replace("篇一上", "篇一下", 1)[::-1] + '</div>'
                '<div class="xgxw"><h3>相关新闻</h3><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>') + '</ul></div></div>'
                + _foot(rng, "重庆市江北区人民政府办公室", f"500105{_n(rng, 4)}"))
        head = (f'<title>{esc(art["title"])}_重庆市江北区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区卫生健康委">')
    return head, body, url


def jk_mp_lg139(art, rng, others):
    """疾控 公众号 流感 提示 post: 原创 label, visible publish_time, a 点击上方蓝字 banner, ``一、…？`` bar
    heads, ``1.`` items, bold 问：/答： turns and a centred slogan (body); a ▲ caption, a 疫苗接种 温馨提示
    box, 来源/编辑/审核 credits, 往期推荐, 阅读原文, 在看, QR (not body)."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 3)
    out = ['<p style="text-align:center"><span style="font-size:12px;color:#1e88e5">点击上方蓝字 关注我们</span></p>']
    for i, p in enumerate(art["body"]):
        if _head(p) or (p.startswith(NUM_HEADS) and p.endswith("？")):
            out.append(f'<section style="background:#1e88e5;border-radius:4px;padding:4px 10px;margin:16px 0"><p><span style="color:#fff"><strong>{esc(p)}</strong></span></p></section>')
        elif p.startswith(("问：", "答：")):
            out.append(f'<p style="line-height:1.75em"><strong>{esc(p[:2])}</strong>{esc(p[2:])}</p>')
        elif p.endswith("！") and len(p) < 14:
            out.append(f'<p style="text-align:center"><strong><span style="color:#1e88e5;font-size:18px">{esc(p)}</span></strong></p>')
        else:
            out.append(f'<p style="line-height:1.75em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 1:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">▲流感与普通感冒症状对比</span></p>')
    box = ('<section style="border:1px dashed #1e88e5;padding:10px;margin:16px 0"><p><strong>温馨提示</strong></p>'
           '<p><span style="font-size:14px">全区各社区卫生服务中心均可接种流感疫苗，接种前请通过“健康渝北”小程序预约，咨询电话：023-67821395。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#888">来源：区疾控中心传染病防制科　编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>' + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="color:#576b95">{tt}</span></p>') + '</section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{who[2]}</span>'
            f'<span class="rich_media_meta_nickname"><a id="js_name">渝北疾控</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em><span id="js_ip_wording">重庆</span></div>'
            '<div class="rich_media_content" id="js_content">' + "".join(out) + box + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(1000, 9000)}</span><a>赞 {rng.randint(10, 90)}</a><a>在看 {rng.randint(5, 40)}</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "渝北疾控";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xzf_zdjc139(art, rng, others):
    """县政府网 重大行政决策: p04 (GBK) a 目录 公告 on an old table layout under an 信息公开 grid with
    成文日期, a centred 文号 line, ``<br><br>`` lines in one ``<font>`` cell, a 目录 ``<th>`` table, 特此公告
    (body), the 落款 and date, an 附件 line, a later 更新时间 beside 发布日期; p05 a 听证会 公告 with
    ``时间：Y/M/D hh:mm`` spans, 黑体 一、 heads, 时间：/地点： lines, ``1.`` items, 联系人/联系电话 lines (body),
    the 落款, an 附件 报名表 line, a 相关链接 box, share bar, footer (not body)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.cqlp.gov.cn/zwgk_{'zfgb' if p04 else 'tzgg'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    if p04:
        lines, rows, parts = [], [], []
        for p in art["body"] + [None]:
            if p is not None and _row(p):
                rows.append(p)
                continue
            if rows:
                parts.append('<font face="仿宋_GB2312" size="4">' + "<br><br>".join(lines) + '</font>')
                parts.append(_table(rows, th=True))
                lines, rows = [], []
            if p is None:
                break
            lines.append(f"　　{esc(p)}")
        parts.append('<font face="仿宋_GB2312" size="4">' + "<br><br>".join(lines) + '</font>')
        sig = (f'<p align="right">重庆市梁平区人民政府</p><p align="right">{y}年{int(m)}月{int(d) - 2}日</p>'
               f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.pdf">梁平区2025年度重大行政决策事项目录.pdf</a></p>')
        upd = _later(art, 5)
        body = ('<table width="1000" align="center"><tr><td><img src="/images/lp_top.jpg" width="1000"></td></tr>'
                '<tr><td class="menu">首页&nbsp;|&nbsp;政务公开&nbsp;|&nbsp;政务服务&nbsp;|&nbsp;政民互动&nbsp;|&nbsp;走进梁平</td></tr></table>'
                '<table width="1000" align="center"><tr><td class="wz">您现在的位置：首页 &gt; 政府信息公开 &gt; 重大行政决策</td></tr></table>'
                '<table width="1000" align="center" border="1" cellspacing="0" class="xxgk">'
                f'<tr><td>索引号：11500228{_n(rng, 6)}/{y}-{_n(rng, 5)}</td><td>发布机构：梁平区人民政府办公室</td></tr>'
                f'<tr><td>成文日期：{y}-{m}-{int(d) - 2:02d}</td><td>文号：梁平府告〔{y}〕3号</td></tr></table>'
                f'<table width="1000" align="center"><tr><td align="center"><font size="5"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}年{m}月{d}日　更新时间：{upd.year}年{upd.month:02d}月{upd.day:02d}日　信息来源：区司法局　【字体：大 中 小】</td></tr>'
                f'<tr><td align="center">梁平府告〔{y}〕3号</td></tr>'
                '<tr><td class="zw">' + "".join(parts) + sig + '</td></tr>'
                '<tr><td align="right">【打印本页】【关闭窗口】</td></tr></table>'
                f'<table width="1000" align="center"><tr><td align="center">主办：重庆市梁平区人民政府办公室　渝ICP备{_n(rng, 8)}号　网站标识码：5002280001</td></tr></table>')
        head = f'<title>{esc(art["title"])}_梁平区人民政府</title>'
    else:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:30px">{t}</p>',
                         head=lambda t: f'<p style="text-indent:2em;line-height:30px"><span style="font-family:黑体">{t}</span></p>')
        sig = (f'<p style="text-align:right">梁平区发展和改革委员会</p><p style="text-align:right">{y}年{int(m)}月{int(d)}日</p>'
               f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.docx">听证会消费者参加人报名表.docx</a></p>')
        box = ('<div class="xglj"><h4>相关链接</h4><ul><li><a>梁平区人民政府关于公布2025年度重大行政决策事项目录的公告</a></li>'
               '<li><a>政府制定价格听证办法</a></li></ul></div>')
        body = ('<div class="header"><img src="/images/logo_lp.png" alt="梁平区人民政府"></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li></ul></div>'
                '<div class="dqwz">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>'
                f'<div class="detail"><h2>{esc(art["title"])}</h2>'
                f'<div class="msg"><span>时间：{y}/{m}/{d} {_hm(rng)}</span><span>来源：区发展改革委</span><span>作者：{who[0]}</span><span>字号：大 中 小</span></div>'
                '<div class="TRS_Editor">' + "".join(blocks) + sig + f'</div>{box}'
                '<div class="share">分享到：<a>微信</a><a>微博</a>　<a>打印</a>　<a>关闭</a></div></div>'
                + _foot(rng, "重庆市梁平区人民政府办公室", "5002280001"))
        head = (f'<title>{esc(art["title"])}_梁平区人民政府</title><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    return head, body, url


def rmw_lyb139(art, rng, others):
    """人民网-like 领导留言板 回复 pages: p06 a glued ``YYYY年MM月DD日hh:mm | 来源：`` line, a photo + credit
    caption, 责编, 分享, 相关新闻 with dates, a 留言板 app prompt, 版权 footer; p07 no visible date (meta
    publishdate and the URL), the ``人民网重庆M月D日电`` opening (body), bold 网民留言：/璧山区回复： bar heads
    (body), a 留言办理 card (not body)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"http://cq.people.com.cn/n2/{y}/{m}{d}/c365{_n(rng, 3)}-{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    out = []
    for i, p in enumerate(art["body"]):
        if p.endswith("：") and len(p) < 10:
            out.append(f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;">{esc(p)}</p>')
        if p06 and i == 3:
            out.append(f'<p style="text-align:center"><img src="/NMediaFile/{y}/{m}{d}/LOCAL{_n(rng, 12)}.jpg"></p>'
                       '<p style="text-align:center" class="pictext">改造后的路段。綦江区城市管理局供图</p>')
    card = ('<div class="lyb_card"><p>留言办理情况</p><p>留言对象：綦江区委书记</p><p>办理状态：已回复</p><p>网友评价：满意</p></div>'
            if p06 else
            '<div class="lyb_card"><p>留言对象：璧山区区长</p><p>留言类型：建言</p><p>领域：交通</p><p>办理状态：已办理</p></div>')
    info = (f'<div class="col-1-1 fl">{y}年{m}月{d}日{_hm(rng)} | 来源：<a>人民网－重庆频道</a></div>' if p06 else
            '<div class="col-1-1 fl">来源：<a>人民网－重庆频道</a></div>')
    body = ('<div class="header"><a><img src="/img/logo_people.png"></a><div class="nav">首页 | 时政 | 社会 | 区县 | 留言板 | 视频</div></div>'
            '<div class="route"><a>人民网</a>&gt;&gt;<a>重庆频道</a>&gt;&gt;<a>区县</a></div>'
            f'<div class="layout rm_txt cf"><div class="col col-1 fl"><h1>{esc(art["title"])}</h1>'
            f'<div class="channel cf">{info}<div class="fr">分享到：<a>微信</a><a>微博</a></div></div>'
            '<div class="rm_txt_con cf">' + "".join(out) + card +
            f'<div class="edit cf">(责编：{who[0]}、{who[1]})</div></div>'
            '<div class="lyb_app">下载人民网+客户端 留言更方便</div>'
            '<div class="rm_relevant"><h2>相关新闻</h2><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a> <span>{dd}</span></li>') + '</ul></div></div>'
            '<div class="col col-2 fr"><h3>留言板热帖</h3><ul><li>小区加装电梯何时能落地</li><li>建议增设学校门口人行横道</li></ul></div></div>'
            '<div class="footer"><p>人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明</p>'
            '<p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p><p>Copyright © 1997-2025 by www.people.com.cn. all rights reserved</p></div>')
    head = f'<title>{esc(art["title"])}--重庆频道--人民网</title>'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="source" content="人民网－重庆频道">'
    return head, body, url


def zjw_wyxy139(art, rng, others):
    """区 住建委 物业: p08 (GBK) a 信用 评价 通报 — bracketed info spans glued with no whitespace, a 文号
    line, the 主送 line, ``<strong>一、</strong>`` heads, a 等级 table, ``1.`` items, 联系电话 (body), the
    落款, two 附件 lines (not body); p09 a 检查 news page with 发布时间 beside a later 更新时间, a ▲ caption,
    a closing one-line sentence, 责任编辑, 上一篇/下一篇, 相关新闻."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.cqjlp.gov.cn/bm/qzfcxjw/zwxx_{'tzgg' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    if p08:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:30px">{t}</p>',
                         head=lambda t: f'<p style="text-indent:2em;line-height:30px"><strong>{t}</strong></p>')
        blocks[0] = f'<p style="line-height:30px">{esc(art["body"][0])}</p>'
        sig = ('<p style="text-align:right">重庆市九龙坡区住房和城乡建设委员会</p>'
               f'<p style="text-align:right">{y}年{int(m)}月{int(d) - 1}日</p>'
               '<p>附件：1.九龙坡区2024年度物业服务企业信用评价结果（AAA级）</p>'
               '<p>　　　2.九龙坡区2024年度物业服务企业信用评价结果（C级）</p>')
        body = ('<div class="top"><img src="/images/jlp_logo.png"></div>'
                '<div class="nav">首页 | 政务公开 | 政务服务 | 互动交流 | 魅力九龙坡</div>'
                '<div class="crumb">您的位置：首页 &gt;&gt; 区住房城乡建委 &gt;&gt; 通知公告</div>'
                f'<div class="zw_con"><h1>{esc(art["title"])}</h1>'
                f'<div class="zw_info">[发布时间：{y}-{m}-{d}][来源：区住房城乡建委][浏览次数：<script>document.write("{_n(rng, 3)}")</script>][字体：大 中 小]</div>'
                f'<p style="text-align:center">九龙坡建委发〔{y}〕{rng.randint(20, 90)}号</p>'
                '<div class="zoom">' + "".join(blocks) + sig + '</div>'
                '<div class="tool"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
                + _foot(rng, "重庆市九龙坡区人民政府办公室", f"500107{_n(rng, 4)}"))
        head = f'<title>{esc(art["title"])}-九龙坡区人民政府</title>'
    else:
        out = []
        for i, p in enumerate(art["body"]):
            if i == len(art["body"]) - 1:
                out.append(f'<p style="text-align:center"><strong>{esc(p)}</strong></p>')
            else:
                out.append(f'<p style="text-indent:2em;line-height:2em">{esc(p)}</p>')
            if i == 2:
                out.append(f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="600"></p>'
                           '<p style="text-align:center;font-family:楷体">▲检查人员查看小区消防通道。区住房城乡建委供图</p>')
        upd = _later(art, 1)
        body = ('<div class="top"><img src="/images/jlp_logo.png"></div>'
                '<div class="nav">首页 | 政务公开 | 政务服务 | 互动交流 | 魅力九龙坡</div>'
                '<div class="crumb">您的位置：首页 &gt;&gt; 区住房城乡建委 &gt;&gt; 工作动态</div>'
                f'<div class="zw_con"><h1>{esc(art["title"])}</h1>'
                f'<div class="zw_info"><span>发布时间：{y}-{m}-{d}</span> <span>更新时间：{upd.isoformat()}</span> <span>来源：区住房城乡建委</span></div>'
                '<div class="zoom">' + "".join(out) + '</div>'
                f'<p class="bj">责任编辑：{who[0]}</p>'
                + _rel(rng, others, 2, lambda tt, dd: f'<p class="sxp"><a>{tt}</a></p>').replace('<p class="sxp"><a>', '<p class="sxp">上一篇：<a>', 1).replace('<p class="sxp"><a>', '<p class="sxp">下一篇：<a>', 1)
                + '<div class="xgxw"><h3>相关新闻</h3><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a>[{dd}]</li>') + '</ul></div></div>'
                + _foot(rng, "重庆市九龙坡区人民政府办公室", f"500107{_n(rng, 4)}"))
        head = f'<title>{esc(art["title"])}-九龙坡区人民政府</title><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
    return head, body, url


def sq_mp_st139(art, rng, others):
    """社区 公众号 老年食堂 post: an empty publish_time (the script's ``ct``), a question bar head, 营业时间
    lines, a 订餐电话 line and a centred slogan (body); ▲ captions, a 就餐须知 card, 文字/图片/编辑, 精选留言
    (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 3)
    out = []
    for i, p in enumerate(art["body"]):
        if p.endswith("？") and len(p) < 10:
            out.append(f'<section style="text-align:center;margin:18px 0"><span style="background:#f39c12;color:#fff;padding:4px 14px;border-radius:14px"><strong>{esc(p)}</strong></span></section>')
        elif p.endswith("：") and len(p) < 8:
            out.append(f'<p><strong><span style="color:#e67e22">{esc(p)}</span></strong></p>')
        elif i == len(art["body"]) - 1:
            out.append(f'<p style="text-align:center"><span style="color:#e67e22;font-size:17px"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i in (1, 8):
            cap = "▲开业当天，老人们在食堂就餐" if i == 1 else "▲志愿者为老人打菜"
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#999">{cap}</span></p>')
    card = ('<section style="border:1px solid #f39c12;border-radius:8px;padding:10px"><p><strong>就餐须知</strong></p>'
            '<p><span style="font-size:14px">1.首次就餐请携带身份证办理就餐卡；2.请文明就餐，按需取餐，杜绝浪费。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">文字：{who[0]}　图片：{who[1]}　编辑：{who[2]}</span></p>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">喜欢就点个“在看”吧</span></p>')
    comments = ('<div class="discuss"><h3>精选留言</h3>'
                '<div><p>晴天</p><p>给社区点赞，我妈天天去吃！</p><p>12赞</p></div>'
                '<div><p>老李</p><p>晚餐能不能延长到七点？</p><p>作者回复：已收到建议，我们会考虑调整。</p></div></div>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">井口镇美丽社区</a></span>'
            '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            '<div class="rich_media_content" id="js_content">' + "".join(out) + card + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(500, 3000)}</span><a>赞 {rng.randint(20, 90)}</a><a>在看 {rng.randint(5, 30)}</a></div>'
            f'{comments}</div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "井口镇美丽社区";</script>')
    head = f'<title>{esc(art["title"])}</title>'
    return head, body, url


def wb_12fk139(art, rng, others):
    """晚报 e-paper 第12版 副刊: masthead ``YYYY年M月D日　星期X`` (the only visible date; URL agrees), a 版次
    list, 上一版/下一版/PDF, 本版标题, 栏目 name, an author line (not body); p11 (GBK) the 散文 as ``<br>``
    lines in one ``founder-content`` with an 作者简介; p12 ``<P>`` paragraphs in ``#ozoom`` with an 插图
    credit and a second piece in full."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://www.byb.cn/html/{y}-{m}/{d}/node_12.htm"
    who = rng.sample(WHO, 4)
    if p11:
        text = '<!--enpcontent--><founder-content>' + "<br>".join(f"　　{esc(p)}" for p in art["body"]) + '<br></founder-content><!--/enpcontent-->'
        by = f'<div class="author">□ {who[0]}</div>'
        after = f'<div class="zzjj"><p>（作者系重庆市作家协会会员，现居万州）</p></div>'
    else:
        text = '<div id="ozoom"><founder-content>' + "".join(f"<P>　　{esc(p)}</P>" for p in art["body"]) + '</founder-content></div>'
        by = f'<div class="author">文/{who[0]}</div>'
        after = (f'<p class="ct">（插图　{who[1]}）</p>'
                 f'<div class="other"><h3>蝉声</h3><div class="author">□ {who[2]}</div>'
                 '<P>　　立秋过后，蝉声反倒更密了。</P><P>　　午后窗外的黄葛树上，它们一阵一阵地叫，像是要把剩下的夏天一口气唱完。</P></div>')
    body = (f'<div class="masthead"><img src="../../../images/byb_logo.gif" alt="巴渝晚报"><div class="mast-r">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>巴渝晚报社出版</p></div></div>'
            '<div class="bc"><ul><li><a>第01版：要闻</a></li><li><a>第05版：城事</a></li><li><a>第09版：文体</a></li><li class="on"><a>第12版：副刊</a></li></ul>'
            f'<a href="node_11.htm">上一版</a>　<a>下一版</a>　<a href="../../../page/{y}-{m}/{d}/12/{_n(rng, 8)}.pdf">PDF下载</a>　<a>往期回顾</a></div>'
            '<table width="1000" align="center"><tr><td width="360" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/12/{y}{m}{d}12_b.jpg" width="340"></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li><li><a>{"蝉声" if not p11 else "秋风起"}</a></li><li><a>书讯</a></li></ul></div></td>'
            f'<td valign="top"><div class="article"><div class="lanmu">山城夜话</div><h1>{esc(art["title"])}</h1>{by}{text}{after}'
            f'<div class="bj">责任编辑：{who[3]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">巴渝晚报社 版权所有　未经书面授权不得转载　渝ICP备{_n(rng, 8)}号</div>')
    head = '<title>巴渝晚报-第12版：副刊</title>'
    return head, body, url


TEMPLATES = {"wjw_jyjg139": wjw_jyjg139, "jk_mp_lg139": jk_mp_lg139, "xzf_zdjc139": xzf_zdjc139,
             "rmw_lyb139": rmw_lyb139, "zjw_wyxy139": zjw_wyxy139, "sq_mp_st139": sq_mp_st139,
             "wb_12fk139": wb_12fk139}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages139", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
