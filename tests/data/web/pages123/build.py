"""Build the hundred-and-twenty-third saved-page set (``pages123``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: 区 教委 portal pages (a GBK 学区划片 公告 with 划片
tables and a 入学 news page, ``jw_hpgg123``), a 医院 公众号 专家门诊 排班 post (``yy_mp_pb123``), 县政府网
政协提案 答复 pages (a GBK 答复函 with 落款, 联系人 and 抄送; a 办理 面商会 news page, ``xzf_zxta123``),
澎湃-like 地方 报道 with 评论 (``pp_dfbd123``), 区 人社局 portal 就业补贴 pages (a 公示 with a table; a GBK
问：/答： page, ``rsj_jybt123``), a 镇 公众号 采茶节 post (``zhen_mp_ccj123``) and 日报 e-paper 经济版 pages
(``rb_jjb123``). ``articles.txt`` holds the title, date and reference body; the furniture (not body)
is written here. See README.md.

    python tests/data/web/pages123/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["罗娟", "何晓峰", "沈洁", "杨帆", "黄晓丽", "周凯", "邓小兵", "唐静", "马骁", "秦雪"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _short_head(p: str) -> bool:
    """An unnumbered subheading inside the text: short, no sentence punctuation."""
    return len(p) <= 20 and not any(c in p for c in "。，：；！？") and " " not in p


def _comma_head(p: str) -> bool:
    """A short subheading that may hold a comma (``学位更足了，家门口上学不再难``): no full stop, colon
    or quote."""
    return len(p) <= 16 and not any(c in p for c in "。：；！？“”") and " " not in p


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"', cell=None) -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; the first row bold)."""
    out = []
    for i, r in enumerate(rows):
        cs = r.split(" ")
        if cell:
            out.append("<tr>" + "".join(cell(esc(c), i) for c in cs) + "</tr>")
        else:
            out.append("<tr>" + "".join(f'<td align="center">{"<b>" if i == 0 else ""}{esc(c)}{"</b>" if i == 0 else ""}</td>' for c in cs) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None, table=_table) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table, ``special(p)`` (when it
    gives markup) first, numbered heads through ``head``, other lines through ``para``."""
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(table(rows))
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


def _before(art, days=1) -> datetime.date:
    return datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=days)


def _turn(p: str):
    """A ``name：`` turn (``学生家长 刘建华：…``, ``记者：…``, ``问：…``): the label and the rest, or None."""
    i = p.find("：")
    if 0 < i <= 12 and "，" not in p[:i] and "。" not in p[:i] and "“" not in p[:i]:
        return p[:i + 1], p[i + 1:]
    return None


def jw_hpgg123(art, rng, others):
    """区 教委 portal: p01 (GBK) a 学区划片 公告 on an old table layout — an 信息公开 grid (索引号,
    成文日期 a day earlier, 文号), glued info spans (``发布时间：…来源：…浏览次数：`` with a
    ``document.write`` counter), the 主送 line, ``<b>一、…</b>`` heads, two 划片 tables, ``1.`` items,
    网上报名时间/咨询电话 lines and 特此公告 (body), the 落款 and its date, an 附件 line, 上一篇/下一篇
    (not body); p02 a 入学 news page with 发布时间 beside a later 更新时间, bold short heads, a photo
    and caption, bold ``学生家长 name：`` turns, 责任编辑 and 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.cqjlp.gov.cn/bm/qjw/{'tzgg' if p01 else 'jydt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    if p01:
        sign = _before(art)

        def special(p):
            if p.endswith("：") and "家长" in p:
                return f'<p class="MsoNormal" style="line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">{esc(p)}</span></p>'
            return None
        blocks = _blocks(art["body"],
                         lambda t: f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>',
                         head=lambda t: f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><b><span style="font-family:黑体;font-size:16pt">{t}</span></b></p>',
                         special=special)
        grid = ('<table class="xxgk" width="100%" border="1" cellpadding="3" style="border-collapse:collapse;font-size:12px">'
                f'<tr><td>索引号：</td><td>11500107MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td><td>发布机构：</td><td>九龙坡区教委</td></tr>'
                f'<tr><td>成文日期：</td><td>{sign.isoformat()}</td><td>主题分类：</td><td>教育</td></tr>'
                f'<tr><td>发文字号：</td><td>九龙坡教委发〔{y}〕{rng.randint(30, 90)}号</td><td>有效性：</td><td>有效</td></tr></table>')
        body = ('<table width="1002" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/jlp_top.jpg" width="1002" height="150"></td></tr>'
                '<tr><td class="nav" bgcolor="#0d5aa7">&nbsp;首页&nbsp;|&nbsp;机构概况&nbsp;|&nbsp;政务公开&nbsp;|&nbsp;教育动态&nbsp;|&nbsp;招生考试&nbsp;|&nbsp;办事服务</td></tr></table>'
                '<table width="1002" align="center" cellpadding="0" cellspacing="0"><tr><td class="wz">您当前的位置：<a>首页</a>&gt;&gt;<a>招生考试</a>&gt;&gt;<a>通知公告</a></td></tr>'
                f'<tr><td>{grid}</td></tr>'
                f'<tr><td align="center" class="bt"><font size="5" color="#c00"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="xx">发布时间：{y}-{m}-{d} {_hms(rng)}来源：区教委浏览次数：<script>document.write("{_n(rng, 4)}")</script>字号：<a>大</a> <a>中</a> <a>小</a></td></tr>'
                '<tr><td class="zw"><div class="TRS_Editor">' + "".join(blocks)
                + '<p class="MsoNormal" align="right" style="text-align:right;line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">重庆市九龙坡区教育委员会</span></p>'
                + f'<p class="MsoNormal" align="right" style="text-align:right;line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">{sign.year}年{sign.month}月{sign.day}日</span></p></div>'
                + f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.pdf">{y}年九龙坡区公办中小学招生划片示意图.pdf</a></p></td></tr>'
                + '<tr><td class="sx">上一篇：<a>' + esc(others[0][0]) + '</a><br>下一篇：<a>' + esc(others[1][0]) + '</a></td></tr>'
                '<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>'
                f'<table width="1002" align="center" class="foot"><tr><td align="center">主办：重庆市九龙坡区教育委员会　地址：九龙坡区杨家坪西郊路{rng.randint(10, 99)}号<br>'
                f'渝ICP备{_n(rng, 8)}号-1　渝公网安备 {_n(rng, 14)}号　网站标识码：500107{_n(rng, 4)}</td></tr></table>')
        head = (f'<title>{esc(art["title"])}-九龙坡区教育委员会</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ContentSource" content="区教委">')
    else:
        def special(p):
            if _comma_head(p):
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
            t = _turn(p)
            if t and " " in t[0]:
                return f'<p style="text-indent:2em"><strong>{esc(t[0])}</strong>{esc(t[1])}</p>'
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>', special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 10)}.jpg" width="600"></p>'
                         f'<p style="text-align:center"><span style="font-family:楷体">开学首日，老师在校门口迎接一年级新生。（区教委供图）</span></p>')
        upd = datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=1)
        body = ('<div class="header"><img src="/images/logo_jw.png" alt="重庆市九龙坡区教育委员会"><div class="so"><input placeholder="请输入关键词"></div></div>'
                '<div class="menu"><ul><li>首页</li><li>教育动态</li><li>政务公开</li><li>招生考试</li><li>互动交流</li></ul></div>'
                '<div class="crumb">当前位置：<a>首页</a> &gt; <a>教育动态</a> &gt; <a>区县动态</a></div>'
                f'<div class="detail"><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span>　<span>更新时间：{upd.isoformat()} {_hm(rng)}</span>　<span>来源：区教委</span>　<span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
                '<div class="content" id="zoom">' + "".join(blocks) + '</div>'
                f'<p class="zrbj">（责任编辑：{who[0]}）</p>'
                '<div class="fx">分享到：<a class="wx"></a><a class="wb"></a><a class="qzone"></a></div>'
                '<div class="xgxw"><h3>相关新闻</h3><ul>' + _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>') + '</ul></div></div>'
                f'<div class="footer"><p>主办单位：重庆市九龙坡区教育委员会</p><p>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</p></div>')
        head = f'<title>{esc(art["title"])}_九龙坡区教育委员会</title><meta name="keywords" content="开学,新建学校,学位">'
    return head, body, url


def yy_mp_pb123(art, rng, others):
    """医院 公众号 专家门诊 排班 post: 原创 label, author, nickname, ``publish_time`` and IP 属地, a
    ``点击上方蓝字`` banner, a ▲ caption, a 温馨提示 box, 编辑/审核, 往期推荐, 阅读原文 and 在看, a QR
    (not body); coloured bar heads ``一、内科``, 排班 tables as WeChat tables, ``1.`` items and
    one-sentence lines (body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = "17:30"
    y, m, d = _ymd(art)
    who = rng.sample(WHO, 2)

    def cell(c, i):
        bg = "background-color:#1e8c7e;color:#fff;" if i == 0 else ""
        return f'<td style="{bg}border:1px solid #bbb;padding:4px" valign="middle"><span style="font-size:14px">{c}</span></td>'

    def head(t_):
        return (f'<section style="margin:20px 0 10px;background:#1e8c7e;border-radius:4px;padding:6px 12px">'
                f'<p><span style="color:#fff;font-size:16px"><strong>{t_}</strong></span></p></section>')
    blocks = _blocks(art["body"], lambda x: f'<p style="line-height:1.75em"><span style="font-size:15px">{x}</span></p>', head=head,
                     table=lambda rows: _table(rows, 'style="width:100%;border-collapse:collapse"', cell))
    blocks.insert(1, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                     '<p style="text-align:center"><span style="font-size:12px;color:#888">▲门诊大厅自助挂号区</span></p>')
    box = ('<section style="border:1px dashed #1e8c7e;padding:10px 14px;margin-top:20px"><p><strong><span style="color:#1e8c7e">温馨提示</span></strong></p>'
           '<p><span style="font-size:14px">就诊时请携带身份证或医保电子凭证；65岁以上老年人可走门诊绿色通道，由导医协助挂号。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>'
            '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/qr/640"></p>'
            '<p style="text-align:center"><span style="font-size:12px">长按识别二维码 关注我们</span></p>')
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="wx_tap_link">原创</span>'
            '<span class="rich_media_meta rich_media_meta_text">门诊部</span>'
            '<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">璧山区人民医院</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {t}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            '<div class="rich_media_content" id="js_content">'
            '<p style="text-align:center"><span style="color:#1e8c7e;font-size:13px">点击上方蓝字 关注我们</span></p>'
            + "".join(blocks) + box + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(2000, 9000)}</span>'
            f'<a>点赞 {rng.randint(20, 200)}</a><a>在看 {rng.randint(5, 60)}</a></div><div class="discuss_container"><a>写留言</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "璧山区人民医院"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xzf_zxta123(art, rng, others):
    """县政府网 政协提案: p04 (GBK) an 答复函 on an old table layout — an ``A类`` mark, a centred 文号
    line, ``发布日期：YYYY年MM月DD日`` with 信息来源 and 【字体】, the 主送 line, ``一、`` heads,
    ``（一）`` and ``1.`` items (body), the 落款 and a date five days earlier, 联系人/联系电话 and 抄送
    lines (not body); p05 a 面商会 news page with no visible date (meta ``PubDate`` and the URL), bold
    ``县政协委员 name：`` turns, a caption, a 相关链接 box, 责任编辑 and 上一篇/下一篇."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.cqfd.gov.cn/zwgk_{_n(rng, 3)}/{'jyta' if p04 else 'zwdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    if p04:
        sign = _before(art, 5)

        def special(p):
            if p.endswith("委员："):
                return f'<p><font face="仿宋_GB2312" size="4">{esc(p)}</font></p>'
            if _head(p):
                return f'<p style="text-indent:2em"><font face="黑体" size="4">{esc(p)}</font></p>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em"><font face="仿宋_GB2312" size="4">{x}</font></p>', special=special)
        text = ('<div align="right"><font face="黑体" size="4">A类</font></div>'
                f'<div align="center"><font face="仿宋_GB2312" size="4">丰都农委函〔{y}〕{rng.randint(20, 60)}号</font></div>'
                + "".join(blocks)
                + '<p align="right"><font face="仿宋_GB2312" size="4">丰都县农业农村委员会</font></p>'
                + f'<p align="right"><font face="仿宋_GB2312" size="4">{sign.year}年{sign.month}月{sign.day}日</font></p>'
                + f'<p><font face="仿宋_GB2312" size="3">（联系人：{who[0]}；联系电话：023-7060{_n(rng, 4)}）</font></p>'
                + '<p><font face="仿宋_GB2312" size="3">抄送：县政府督查室，县政协提案委。</font></p>')
        body = ('<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/fd_banner.jpg" width="980" height="140"></td></tr>'
                '<tr><td class="nav" bgcolor="#a40000" height="34">&nbsp;<a>首页</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>建议提案</a>&nbsp;|&nbsp;<a>政务服务</a>&nbsp;|&nbsp;<a>魅力丰都</a></td></tr></table>'
                '<table width="980" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="200" valign="top" class="left"><div class="lm">建议提案办理</div><ul><li><a>人大代表建议</a></li><li><a>政协委员提案</a></li>'
                '<li><a>办理情况</a></li><li><a>办理制度</a></li></ul></td>'
                '<td width="780" valign="top"><table width="100%"><tr><td class="wz">您现在的位置：<a>首页</a> &gt; <a>建议提案</a> &gt; <a>政协委员提案</a></td></tr>'
                f'<tr><td align="center" height="60"><font size="5"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="xx">发布日期：{y}年{m}月{d}日　　信息来源：县农业农村委　　【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="zw"><div id="zoom">{text}</div></td></tr>'
                '<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table></td></tr></table>'
                f'<table width="980" align="center" class="foot"><tr><td align="center">丰都县人民政府办公室主办　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号<br>'
                f'网站标识码：5002300{_n(rng, 3)}　建议使用1024×768分辨率浏览</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="政协提案,答复">'
    else:
        def special(p):
            t = _turn(p)
            if t and " " in t[0]:
                return f'<p style="text-indent:2em"><strong>{esc(t[0])}</strong>{esc(t[1])}</p>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>', special=special)
        blocks.insert(3, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 10)}.jpg" width="600"></p>'
                         '<p style="text-align:center">面商会现场。</p>')
        body = ('<div class="top"><img src="/images/fd_logo.png" alt="丰都县人民政府"><ul class="topnav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>'
                '<div class="position">您所在的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政务动态</a></div>'
                f'<div class="article"><h1>{esc(art["title"])}</h1>'
                f'<div class="attr"><span>来源：县政府办公室</span><span>作者：{who[0]}</span><span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
                '<div class="view TRS_UEDITOR">' + "".join(blocks) + '</div>'
                '<div class="xglj"><h4>相关链接</h4><ul><li><a>县政协十五届四次会议提案办理情况一览表</a></li><li><a>提案办理答复全文公开</a></li></ul></div>'
                f'<p class="editor">责任编辑：{who[1]}</p>'
                + '<div class="pn"><p>上一篇：<a>' + esc(others[2][0]) + '</a></p><p>下一篇：<a>' + esc(others[4][0]) + '</a></p></div>'
                '<div class="share">分享到：<a class="wx"></a><a class="wb"></a>　<a>【打印】</a><a>【关闭】</a></div></div>'
                f'<div class="footer">丰都县人民政府办公室主办　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</div>')
        head = (f'<title>{esc(art["title"])}_丰都县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="县政府办公室">')
    return head, body, url


COMMENTS = [("竹林深处", "这种书房每个村都该有一个，比打牌强多了。", "浙江"), ("老周说事", "希望能坚持下去，别开两个月就关门了。", "上海"),
            ("青山半亩", "农房利用得好，房东也愿意，双赢。", "江苏"), ("晴川", "错峰出游确实好，周末去哪都是人。", "江西"),
            ("一只小白", "工作日半价对退休老人太友好了。", "上海"), ("南山南", "希望商户也能工作日开门，不然逛着没意思。", "安徽")]


def pp_dfbd123(art, rng, others):
    """澎湃-like 地方 报道: p06 a desktop page — 澎湃新闻记者 byline, ``YYYY-MM-DD hh:mm 来源：澎湃新闻``,
    bold short heads, a photo + caption, 责任编辑/图片编辑/校对, 报料 line, 评论 with users, places,
    dates and 点赞 counts, 相关推荐 with dates and a 热新闻 sidebar (not body); p07 a phone share page
    with no visible date (meta ``publishdate``), bold ``记者：``/``name：`` turns, 热评 and an App banner."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://www.thepaper.cn/newsDetail_forward_{_n(rng, 8)}"
    who = rng.sample(WHO, 4)
    cms = COMMENTS[:3] if p06 else COMMENTS[3:]

    def special(p):
        if p06 and _short_head(p.replace("“", "").replace("”", "")):
            return f'<p><strong>{esc(p)}</strong></p>'
        t = _turn(p)
        if not p06 and t:
            return f'<p><strong>{esc(t[0])}</strong>{esc(t[1])}</p>'
        return None
    blocks = _blocks(art["body"], lambda x: f'<p>{x}</p>', special=special)
    cap = ("村民在“共享书房”里看书。澎湃新闻记者 " + who[0] + " 图") if p06 else "工作日的景区游客不多。受访者供图"
    blocks.insert(2, f'<div class="contentImgBox"><img src="https://imagecloud.thepaper.cn/thepaper/image/{_n(rng, 9)}.jpg"><p class="imgTxt">{cap}</p></div>')
    com = "".join(f'<div class="comment_item"><span class="user">{u}</span><p class="txt">{c}</p>'
                  f'<span class="loc">{loc}</span><span class="time">{int(m):02d}-{int(d) + i:02d}</span><span class="zan">{rng.randint(3, 300)}</span></div>'
                  for i, (u, c, loc) in enumerate(cms))
    if p06:
        body = ('<div class="header"><a class="logo"><img src="/img/logo.png" alt="澎湃新闻"></a><ul class="nav"><li>要闻</li><li>深度</li><li>视频</li><li>澎湃号</li><li>更多</li></ul></div>'
                '<div class="main"><div class="news_path"><a>澎湃新闻</a> &gt; <a>浙江</a></div>'
                f'<h1 class="news_title">{esc(art["title"])}</h1>'
                f'<div class="news_about"><p>澎湃新闻记者 {who[0]}</p><p>{y}-{m}-{d} {_hm(rng)} 来源：澎湃新闻<span class="ff">字号</span></p></div>'
                '<div class="news_txt">' + "".join(blocks) + '</div>'
                f'<div class="news_editor">责任编辑：{who[1]}　图片编辑：{who[2]}</div><div class="news_editor">校对：{who[3]}</div>'
                '<p class="news_bl">澎湃新闻报料：021-962866</p><p class="news_bq">澎湃新闻，未经授权不得转载</p>'
                '<div class="share"><a>微信</a><a>微博</a><a>收藏</a><a>分享</a></div>'
                f'<div class="comment"><h3>评论（{rng.randint(20, 90)}）</h3><div class="comment_input"><textarea placeholder="我来说两句"></textarea><a>发布</a></div>{com}</div>'
                '<div class="tuijian"><h3>相关推荐</h3><ul>' + _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>') + '</ul></div></div>'
                '<div class="aside"><h3>热新闻</h3><ol>' + "".join(f'<li><a>{esc(tt)}</a></li>' for tt, _ in rng.sample(others, 4)) + '</ol></div>'
                '<div class="footer"><p>上海东方报业有限公司 版权所有</p><p>沪ICP备14003370号　沪公网安备31010602000299号</p></div>')
        head = f'<title>{esc(art["title"])}_浙江_澎湃新闻-The Paper</title><meta name="description" content="{esc(art["body"][0][:60])}">'
    else:
        body = ('<div class="m_header"><img src="/img/m_logo.png" alt="澎湃新闻"><a class="open">打开App</a></div>'
                f'<div class="m_article"><h1>{esc(art["title"])}</h1>'
                f'<div class="m_author"><span>澎湃新闻记者 {who[0]}</span><span class="m_from">江西</span></div>'
                '<div class="m_txt">' + "".join(blocks) + '</div>'
                f'<p class="m_editor">责任编辑：{who[1]}　校对：{who[2]}</p></div>'
                f'<div class="m_comment"><h3>热评</h3>{com}<a class="more">查看全部评论</a></div>'
                '<div class="m_banner"><a>打开澎湃新闻App 查看更多精彩内容</a></div>'
                '<div class="m_rec"><h3>推荐阅读</h3><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a></li>') + '</ul></div>'
                '<div class="m_foot">© 2014-2025 上海东方报业有限公司</div>')
        head = (f'<title>{esc(art["title"])}</title><meta name="publishdate" content="{y}-{m}-{d}">'
                f'<meta property="og:title" content="{esc(art["title"])}"><meta name="viewport" content="width=device-width">')
    return head, body, url


def rsj_jybt123(art, rng, others):
    """区 人社局 portal: p08 a 就业补贴 公示 — an 信息公开 grid (成文日期 a day earlier), ``发布时间`` with
    来源 and a ``document.write`` counter, ``<strong>一、…</strong>`` heads, a 名单 table with a 合计 row,
    公示时间/联系电话/联系地址 lines and 特此公示 (body), the 落款 and its date, an 附件 line and 相关文件
    (not body); p09 (GBK) a 问：/答： page on an old table layout (``日期：YYYY/MM/DD``), bold ``问：``
    turns, ``1.`` items (body), a 小贴士 box and a 政策依据 box (not body)."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.ybq.gov.cn/bm/qrlsbj/{'gsgg' if p08 else 'zcjd'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    if p08:
        sign = _before(art)
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2em">{x}</p>',
                         head=lambda x: f'<p style="text-indent:2em;line-height:2em"><strong>{x}</strong></p>')
        grid = ('<div class="xxgk-info"><ul>'
                f'<li><span>索引号：</span>11500112009{_n(rng, 6)}/{y}-{_n(rng, 5)}</li><li><span>发布机构：</span>渝北区人力社保局</li>'
                f'<li><span>成文日期：</span>{sign.isoformat()}</li><li><span>发布日期：</span>{y}-{m}-{d}</li>'
                '<li><span>主题分类：</span>劳动、人事、监察</li><li><span>体裁分类：</span>公示公告</li></ul></div>')
        body = ('<div class="head"><img src="/images/logo_yb.png" alt="重庆市渝北区人民政府"></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>走进渝北</li></ul></div>'
                '<div class="crumb">当前位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区人力社保局</a> &gt; <a>公示公告</a></div>'
                f'{grid}<div class="zw-con"><h2>{esc(art["title"])}</h2>'
                f'<div class="zw-info">发布时间：{y}-{m}-{d} {_hm(rng)}　来源：区就业和人才中心　浏览次数：<script>document.write("{_n(rng, 3)}")</script></div>'
                '<div class="TRS_Editor">' + "".join(blocks)
                + '<p style="text-align:right;line-height:2em">重庆市渝北区就业和人才中心</p>'
                + f'<p style="text-align:right;line-height:2em">{sign.year}年{sign.month}月{sign.day}日</p></div>'
                + f'<p class="fj">附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.xlsx">2025年第三季度社会保险补贴拟发放人员明细.xlsx</a></p>'
                '<div class="xgwj"><h4>相关文件</h4><ul>' + _rel(rng, others, 2, lambda tt, dd: f'<li><a>{tt}</a><em>{dd}</em></li>') + '</ul></div>'
                '<div class="tools"><span>分享到：<a class="wx"></a><a class="wb"></a></span><a>【打印】</a><a>【关闭】</a></div></div>'
                f'<div class="footer"><p>主办：重庆市渝北区人民政府办公室　承办：渝北区人力资源和社会保障局</p><p>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号　网站标识码：5001120{_n(rng, 3)}</p></div>')
        head = (f'<title>{esc(art["title"])}_重庆市渝北区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d}">')
    else:
        def special(p):
            if p.startswith("问："):
                return f'<p style="text-indent:2em"><b>{esc(p)}</b></p>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>', special=special)
        body = ('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/rsj_top.jpg" width="1000"></td></tr>'
                '<tr><td class="nav">首页 | 机构职能 | 就业创业 | 社会保障 | 人才人事 | 劳动关系 | 政策解读</td></tr></table>'
                '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="wz">当前位置：首页 &gt;&gt; 政策解读</td></tr>'
                f'<tr><td align="center" class="title"><b>{esc(art["title"])}</b></td></tr>'
                f'<tr><td align="center" class="info">日期：{y}/{m}/{d}　　来源：区人力社保局　　点击：<script>document.write("{_n(rng, 3)}")</script></td></tr>'
                '<tr><td class="zw"><div id="zoom">' + "".join(blocks) + '</div>'
                '<div class="xts" style="border:1px solid #e0a000;padding:8px;margin-top:12px"><p><b>小贴士</b></p>'
                '<p>同一家企业招用多名符合条件人员的，可以合并一次申报；补贴资金只拨付到企业基本账户，不发放到个人。</p></div>'
                '<div class="zcyj" style="margin-top:12px"><p><b>政策依据</b></p><p>《重庆市就业补助资金管理办法》</p><p>《关于进一步做好高校毕业生等青年就业创业工作的通知》</p></div>'
                '</td></tr><tr><td align="center">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">版权所有：重庆市渝北区人力资源和社会保障局　渝ICP备{_n(rng, 8)}号<br>'
                f'地址：渝北区龙溪街道金石大道{rng.randint(100, 199)}号　电话：023-6782{_n(rng, 4)}</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="吸纳就业补贴,申领">'
    return head, body, url


def zhen_mp_ccj123(art, rng, others):
    """镇 公众号 采茶节 post: ``publish_time`` visible, ``01 开茶仪式`` number bar heads, a 时间/地点/内容
    frame and a centred red slogan (body); three ▲ captions, a 交通指南 card, 来源/编辑/审核, 往期推荐,
    a 点亮在看 line, 阅读/在看 and a QR (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    y, m, d = _ymd(art)
    who = rng.sample(WHO, 3)
    caps = {3: "▲开茶仪式上，茶农采下第一筐明前茶", 7: "▲采茶比赛现场", 9: "▲游客在茶旅市集选购茶叶"}
    out, frame = [], []
    for i, p in enumerate(art["body"]):
        if p.startswith(("时间：", "地点：", "内容：")):
            frame.append(f'<p style="line-height:2em"><span style="font-size:15px">{esc(p)}</span></p>')
            continue
        if frame:
            out.append('<section style="border:2px solid #5a8f29;border-radius:6px;padding:10px 16px;margin:12px 0">' + "".join(frame) + '</section>')
            frame = []
        if p[:2].isdigit() and p[2] == " ":
            out.append(f'<section style="margin:24px 0 10px;text-align:center"><span style="display:inline-block;background:#5a8f29;color:#fff;'
                       f'font-size:20px;padding:0 8px"><strong>{esc(p[:2])}</strong></span> <span style="font-size:17px;color:#5a8f29;margin-left:6px">'
                       f'<strong>{esc(p[3:])}</strong></span></section>')
        elif p.endswith("！") and "，" in p and len(p) < 24:
            out.append(f'<p style="text-align:center;margin-top:18px"><span style="color:#c00000;font-size:17px"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i in caps:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{caps[i]}</span></p>')
    card = ('<section style="background:#f1f7ea;padding:12px 14px;margin-top:18px"><p><strong><span style="color:#5a8f29">交通指南</span></strong></p>'
            '<p><span style="font-size:14px">自驾：从湄潭县城出发，沿兴隆方向行驶约25分钟即到；节日期间景区停车场免费开放。</span></p>'
            '<p><span style="font-size:14px">公交：县城客运站每30分钟一班开往龙凤村的旅游专线。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">来源：兴隆镇党政办　编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">点亮“在看”，你最好看</span></p>')
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">兴隆镇发布</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">贵州</em></div>'
            '<div class="rich_media_content" id="js_content">' + "".join(out) + card + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(1000, 8000)}</span><a>点赞 {rng.randint(20, 300)}</a><a>在看 {rng.randint(5, 80)}</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "兴隆镇发布"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def rb_jjb123(art, rng, others):
    """日报 e-paper 第03版 经济: masthead with ``YYYY年M月D日　星期X`` (the only visible date; the URL
    agrees), 版次 list, 上一版/下一版/PDF, 版面图, 本版标题, an 引题 (p11) or 副题 (p12), a byline, a
    caption table, 责任编辑 and copyright (not body). p11 (GBK): the text as ``<br>`` lines in one
    ``founder-content`` with ``<b>`` heads and the ``本报讯（记者 …）`` opening (body); p12: ``<P>``
    paragraphs in ``#ozoom`` with bold heads, a 记者手记 box and a second article in full (not body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.ybrbs.com/ybrb/{y}{m}/{d}/node_03.html"
    who = rng.sample(WHO, 3)
    same = ["我市举办新能源汽车消费季活动", "前5个月全市规上工业增加值增长9.2%", "农村电商服务站覆盖所有行政村"]
    if p11:
        lines = []
        for p in art["body"]:
            lines.append(f"<b>{esc(p)}</b>" if _comma_head(p) else f"　　{esc(p)}")
        text = '<!--enpcontent--><founder-content>' + "<br>".join(lines) + '<br></founder-content><!--/enpcontent-->'
        top = '<h3 class="yt">上半年新能源产品出口持续走强</h3>'
        sub, by = "", ""
        pic = (f'<table class="pic" align="center"><tr><td><img src="../../../res/{y}{m}/{d}/{_n(rng, 8)}.jpg" width="500"></td></tr>'
               f'<tr><td class="cap">6月17日，满载新能源产品的中欧班列从宜宾港驶出。记者 {who[0]} 摄</td></tr></table>')
        text = pic + text
        after = ""
    else:
        paras = []
        for i, p in enumerate(art["body"]):
            paras.append(f"<P><B>{esc(p)}</B></P>" if _comma_head(p) else f"<P>　　{esc(p)}</P>")
            if i == 1:
                paras.append(f'<table class="pic" align="center"><tr><td><img src="../../../res/{y}{m}/{d}/{_n(rng, 8)}.jpg" width="500"></td></tr>'
                             '<tr><td class="cap">市民在东街夜市选购小吃。</td></tr></table>')
        text = '<div id="ozoom"><founder-content>' + "".join(paras) + '</founder-content></div>'
        top = ""
        sub = '<h3 class="ft">——翠屏区东街夜市改造重开两个月见闻</h3>'
        by = f'<div class="author">本报记者 {who[0]} 文/图</div>'
        after = ('<div class="jzsj" style="border:1px solid #999;padding:8px"><p><b>记者手记</b></p>'
                 '<p>夜市的烟火气，考验的是城市管理的绣花功夫。既要让摊主赚到钱，也要让居民睡好觉，这份平衡需要一直用心去维护。</p></div>'
                 f'<div class="other"><h2>{same[0]}</h2>'
                 '<P>　　本报讯　7月8日，我市新能源汽车消费季活动在会展中心启动，20余家车企参展，活动将持续到8月底。</P>'
                 '<P>　　活动期间，购车市民可叠加享受企业让利和消费券优惠。</P></div>')
    body = (f'<div class="masthead"><img src="../../../images/ybrb_logo.gif" alt="宜宾日报"><div class="mh-r">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>中共宜宾市委机关报　国内统一刊号：CN51-0045</p></div></div>'
            '<div class="bc"><ul><li><a>第01版：要闻</a></li><li><a>第02版：综合</a></li><li class="on"><a>第03版：经济</a></li><li><a>第04版：民生</a></li></ul>'
            f'<a href="node_02.html">上一版</a>　<a href="node_04.html">下一版</a>　<a href="../../../page/{y}{m}/{d}/03/{_n(rng, 8)}.pdf">PDF下载</a>　<a>往期回顾</a></div>'
            '<table width="1000" align="center"><tr><td width="340" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}{m}/{d}/03/{y}{m}{d}03_b.jpg" width="320"></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>'
            + "".join(f'<li><a>{esc(x)}</a></li>' for x in same) + '</ul></div></td>'
            f'<td valign="top"><div class="article">{top}<h1>{esc(art["title"])}</h1>{sub}{by}{text}{after}'
            f'<div class="bj">责任编辑：{who[1]}　校对：{who[2]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">宜宾日报社 版权所有　未经书面授权不得转载　蜀ICP备{_n(rng, 8)}号</div>')
    head = '<title>宜宾日报数字报-第03版：经济</title><meta name="keywords" content="宜宾日报,数字报,经济">'
    return head, body, url


TEMPLATES = {"jw_hpgg123": jw_hpgg123, "yy_mp_pb123": yy_mp_pb123, "xzf_zxta123": xzf_zxta123,
             "pp_dfbd123": pp_dfbd123, "rsj_jybt123": rsj_jybt123, "zhen_mp_ccj123": zhen_mp_ccj123,
             "rb_jjb123": rb_jjb123}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages123", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
