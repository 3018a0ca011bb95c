"""Build the hundred-and-thirty-fourth saved-page set (``pages134``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: 区 教委 portal pages, a GBK 义务教育 入学 政策 公告 and
a 开学 news page (``jw_rxzc134``), a 消防 公众号 冬季 防火 提示 post (``xf_mp_aq134``), 县政府网 人大代表
建议 pages, a GBK 答复函 with an A类 mark, a 文号 and a 落款 and an 办理情况 summary with a table
(``xzf_rdjy134``), 中国新闻网-like 地方 news pages with a 图集 strip (``zxw_df134``), 区 水利局 河长
pages, a GBK 河长 调整 公示 with a table and a 清四乱 news page (``slj_hzgs134``), a 学校 公众号 家长会
通知 post (``xx_mp_jzh134``) and 日报 e-paper 第03版 经济 pages (``rb_03jj134``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages134/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["周雪梅", "谭伟", "李佳宁", "冉小东", "陈思琪", "向阳", "杨蕾", "黄志刚", "田园", "邹宇航"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"', th=False) -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; the first row
    a header, as ``<th>`` cells when ``th``)."""
    out = []
    for i, r in enumerate(rows):
        tag = "th" if th and i == 0 else "td"
        cells = "".join(f'<{tag} align="center">{"<b>" if i == 0 and not th else ""}{esc(c)}{"</b>" if i == 0 and not th else ""}</{tag}>'
                        for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None, th=False) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table, ``special(p)`` (when it
    gives markup) first, numbered heads through ``head``, other lines through ``para``."""
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
    """A related-articles list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _day(art, k: int) -> datetime.date:
    return datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=k)


def _cn(dt: datetime.date) -> str:
    return f"{dt.year}年{dt.month}月{dt.day}日"


def jw_rxzc134(art, rng, others):
    """区 教委 portal: p01 (GBK) an 入学 政策 公告 on an old table layout under an 信息公开 grid (索引号,
    发文机关, 成文日期 a day earlier, 发布日期), a 文号 line, ``<b>一、…</b>`` heads, ``1.`` items, 报名/审核
    时间 lines, 咨询/监督电话 lines and 特此公告 (body), the 落款 and its date, two 附件 lines and a 小贴士
    box (not body); p02 a 开学 news page with an info line glued with no whitespace (``发布时间：…来源：…
    浏览次数：`` with a ``document.write`` counter), bar heads, a ``学生：`` turn, a photo and a 楷体
    caption, 责任编辑, 上一篇/下一篇 and 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://jw.cqbishan.gov.cn/zwgk_{_n(rng, 3)}/{'tzgg' if p01 else 'jyyw'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    if p01:
        before = _day(art, -1)
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:28px"><font face="仿宋_GB2312" size="4">{x}</font></p>',
                         head=lambda x: f'<p style="text-indent:2em;line-height:28px"><font face="黑体" size="4"><b>{x}</b></font></p>')
        grid = ('<table class="xxgk" width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#cfd8e6">'
                f'<tr><td width="15%" bgcolor="#eef3fa">索引号：</td><td width="35%">11500227MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td>'
                '<td width="15%" bgcolor="#eef3fa">主题分类：</td><td>教育</td></tr>'
                '<tr><td bgcolor="#eef3fa">发文机关：</td><td>重庆市璧山区教育委员会</td>'
                f'<td bgcolor="#eef3fa">成文日期：</td><td>{before.isoformat()}</td></tr>'
                f'<tr><td bgcolor="#eef3fa">标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><td bgcolor="#eef3fa">发文字号：</td><td>璧山教委发〔{y}〕42号</td>'
                f'<td bgcolor="#eef3fa">发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
        sig = (f'<p align="right"><font face="仿宋_GB2312" size="4">重庆市璧山区教育委员会</font></p>'
               f'<p align="right"><font face="仿宋_GB2312" size="4">{_cn(before)}</font></p>'
               f'<p><font face="仿宋_GB2312" size="4">附件：1.<a href="/uploads/{_n(rng, 9)}.xls">{y}年璧山区公办小学服务片区划分表.xls</a></font></p>'
               f'<p><font face="仿宋_GB2312" size="4">　　　2.<a href="/uploads/{_n(rng, 9)}.xls">{y}年璧山区公办初中服务片区划分表.xls</a></font></p>')
        tip = ('<table width="100%" class="xts" style="border:1px dashed #2e7bc4"><tr><td><b>小贴士</b><br>'
               '报名前请准备好户口簿、房屋产权证明或居住证等材料的电子照片；同一名儿童只能填报一次，重复报名的以最后一次提交的信息为准。</td></tr></table>')
        body = ('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/jw_banner.jpg" width="1000" height="150"></td></tr>'
                '<tr><td class="nav" bgcolor="#2e7bc4" height="34">&nbsp;<a>首页</a>&nbsp;|&nbsp;<a>机构概况</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>教育动态</a>&nbsp;|&nbsp;<a>招生考试</a>&nbsp;|&nbsp;<a>互动交流</a></td></tr></table>'
                '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="200" valign="top" class="left"><div class="lmt">招生考试</div><ul><li><a>招生政策</a></li><li><a>划片范围</a></li>'
                '<li><a>中考中招</a></li><li><a>高考服务</a></li></ul></td>'
                '<td width="800" valign="top"><div class="wz">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>通知公告</a></div>'
                f'{grid}<table width="100%"><tr><td align="center" height="64"><font size="5" color="#a50000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center"><font face="仿宋_GB2312" size="4">璧山教委发〔{y}〕42号</font></td></tr>'
                f'<tr><td class="info" align="center">【字体：<a>大</a> <a>中</a> <a>小</a>】&nbsp;&nbsp;浏览次数：<script>document.write("{_n(rng, 4)}")</script></td></tr>'
                '<tr><td id="zoom">' + "".join(blocks) + sig + f'</td></tr><tr><td>{tip}</td></tr>'
                '<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
                '</table></td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">主办：重庆市璧山区教育委员会　地址：璧山区璧城街道文星路{rng.randint(10, 99)}号<br>'
                f'网站标识码：5002270{_n(rng, 3)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = (f'<title>{esc(art["title"])}--重庆市璧山区教育委员会</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                '<meta name="ColumnName" content="通知公告">')
        return head, body, url

    def special(p):
        if "，" in p and "。" not in p and len(p) < 16:
            return (f'<p style="margin:18px 0 8px"><span style="display:inline-block;border-left:5px solid #2e7bc4;padding-left:8px;'
                    f'font-weight:bold;color:#2e7bc4">{esc(p)}</span></p>')
        if p.startswith("学生："):
            return f'<p style="text-indent:2em"><b>学生：</b>{esc(p[3:])}</p>'
        return None
    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:30px">{x}</p>', special=special)
    blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 10)}.jpg" width="600"></p>'
                     '<p style="text-align:center"><span style="font-family:楷体">一年级新生在老师带领下走进校园。（璧城街道第二小学供图）</span></p>')
    pn = rng.sample(others, 2)
    body = ('<div class="top"><div class="w1200">重庆市璧山区教育委员会<span class="r"><a>无障碍</a> <a>长者模式</a></span></div></div>'
            '<div class="header"><img src="/images/jw_logo.png" alt="璧山教育"><div class="search"><input placeholder="请输入关键字"><a>搜索</a></div></div>'
            '<div class="nav"><ul><li>首页</li><li>机构概况</li><li>政务公开</li><li>教育动态</li><li>招生考试</li><li>互动交流</li></ul></div>'
            '<div class="w1200"><div class="crumb">您所在的位置：<a>首页</a>&gt;<a>教育动态</a>&gt;<a>教育要闻</a></div>'
            f'<div class="article"><h1>{esc(art["title"])}</h1>'
            f'<div class="info">发布时间：{y}-{m}-{d} {_hm(rng)}来源：区教委办公室浏览次数：<script>document.write("{_n(rng, 4)}")</script>'
            '【字号：<a>大</a><a>中</a><a>小</a>】</div>'
            '<div class="TRS_UEDITOR">' + "".join(blocks) + '</div>'
            f'<p class="zrbj" style="text-align:right">（责任编辑：{who[0]}）</p>'
            f'<div class="sxp"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>'
            '<div class="tool"><span>分享到：<a class="wx"></a><a class="wb"></a></span><a>【打印】</a><a>【关闭】</a></div>'
            '<div class="xgxw"><h3>相关新闻</h3><ul>' + _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>') + '</ul></div></div></div>'
            f'<div class="footer"><p>主办：重庆市璧山区教育委员会　联系电话：023-4142{_n(rng, 4)}</p>'
            f'<p>渝ICP备{_n(rng, 8)}号　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号　网站标识码：5002270{_n(rng, 3)}</p></div>')
    head = (f'<title>{esc(art["title"])}_重庆市璧山区教育委员会</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ColumnName" content="教育要闻">')
    return head, body, url


def xf_mp_aq134(art, rng, others):
    """消防 公众号 冬季 防火 提示 post: a 原创 label, ``publish_time``, a top GIF and a ``↓`` video teaser,
    ``提示一：…`` bar heads, ``1.`` items, a ``消防员：`` turn and a centred red slogan (body); ▲ captions,
    a 一图读懂 image, a 消防小贴士 box, 来源/编辑/审核 credits, 往期推荐, a QR prompt, 阅读/点赞/在看 and
    写留言 with two comments (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 3)
    caps = iter(["▲取暖器与可燃物的距离不少于1米", "▲电动自行车应在集中充电点充电", "▲消防员演示低姿逃生动作"])

    def special(p):
        if p.startswith("提示") and "：" in p[:4]:
            return (f'<section style="margin:26px 0 10px"><section style="display:inline-block;background:#d8261c;padding:3px 14px;'
                    f'border-radius:0 14px 14px 0"><p><span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></p></section></section>')
        if p.startswith("消防员："):
            return f'<p style="line-height:1.75em"><span style="font-size:15px"><strong><span style="color:#d8261c">消防员：</span></strong>{esc(p[4:])}</span></p>'
        if p.endswith("！") and len(p) < 14:
            return f'<p style="text-align:center;margin-top:24px"><span style="color:#d8261c;font-size:18px"><strong>{esc(p)}</strong></span></p>'
        return None
    out = []
    for b in _blocks(art["body"], lambda x: f'<p style="line-height:1.75em;margin-bottom:12px"><span style="font-size:15px;color:#333">{x}</span></p>',
                     special=special):
        out.append(b)
        if any(k in b for k in ("烘烤衣物", "出现鼓包", "鼓包、发热", "切勿乘坐电梯")):
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg" class="rich_pages wxw-img"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{next(caps)}</span></p>')
        if "有关" in b and "四成" in b:
            out.append('<p style="text-align:center"><span style="font-size:14px;color:#d8261c">点击下方视频，看消防员教你冬季防火↓</span></p>'
                       f'<p><mpvideo data-vid="wxv_{_n(rng, 19)}"></mpvideo></p>')
    top = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/xf_top/640?wx_fmt=gif"></section>')
    box = ('<section style="background:#fff4f0;border:1px solid #f2b8a8;border-radius:6px;padding:10px 14px;margin-top:22px">'
           '<p><strong><span style="color:#d8261c">消防小贴士</span></strong></p>'
           '<p><span style="font-size:14px">家中常备灭火器、灭火毯和手电筒；灭火器使用口诀：一提、二拔、三瞄、四压。</span></p></section>'
           '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/xf_ytdd/640"></p>'
           '<p style="text-align:center"><span style="font-size:12px;color:#888">一图读懂冬季防火</span></p>')
    tail = (f'<p><span style="font-size:12px;color:#999">来源：江津消防宣传科　编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong><span style="color:#d8261c">往期推荐</span></strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><a><span style="font-size:14px;color:#576b95">{tt}</span></a></p>') + '</section>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
            '<p style="text-align:center"><span style="font-size:12px;color:#888">长按二维码关注“江津消防”</span></p>')
    comments = ('<div class="discuss_list"><div class="discuss_item"><span class="nickname">山城小王</span><span class="ip">重庆</span>'
                '<p>转发给家里老人看看，电热毯也要注意。</p><span class="like">12</span></div>'
                '<div class="discuss_item"><span class="nickname">阿梅</span><span class="ip">重庆</span>'
                '<p>我们小区的充电棚终于建好了。</p><span class="like">6</span></div></div>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">小江</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">江津消防</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{top}' + "".join(out) + box + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(2000, 9000)}</span><a>分享</a><a>点赞 {rng.randint(30, 200)}</a><a>在看 {rng.randint(10, 60)}</a></div>'
            f'<div class="discuss_container"><a>写留言</a>{comments}</div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "江津消防"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}"><meta property="og:type" content="article">'
    return head, body, url


def xzf_rdjy134(art, rng, others):
    """县政府网 人大代表 建议: p04 (GBK) an 答复函 on an old table layout — an ``A类`` mark, the 文号 line,
    ``发布日期：YYYY年MM月DD日`` with a later 更新时间 in one ``<td>``, the text as ``<br>`` lines in one
    ``<font>`` with the flush-left 代表 salutation, ``<b>一、…</b>`` heads, （一） and ``1.`` items and
    联系人/联系电话 lines (body), the 落款 a week earlier, a 抄送 line (not body); p05 an 办理情况 news page
    with ``Y/M/D`` spans, an A/B/C table, red bold 坚持…，… heads, a quote, a 相关链接 box and 责任编辑."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.cqwuxi.gov.cn/zwgk_{_n(rng, 3)}/{'jyta' if p04 else 'zwdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    if p04:
        lines = []
        for p in art["body"]:
            if _head(p):
                lines.append(f"　　<b>{esc(p)}</b>")
            elif p.endswith("代表："):
                lines.append(esc(p))
            else:
                lines.append(f"　　{esc(p)}")
        sign = _day(art, -7)
        text = ('<div id="zoom"><p align="right"><font face="黑体" size="4">A类</font></p>'
                '<font face="仿宋_GB2312" size="4">' + "<br>".join(lines)
                + '<br><br><div align="right">巫溪县住房和城乡建设委员会<br>' + f'{_cn(sign)}</div><br>'
                + '（此件公开发布）<br><br>抄送：县人大常委会人代选工委，县政府督查室。</font></div>')
        body = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/wx_banner.jpg" width="1000" height="160"></td></tr>'
                '<tr><td class="nav" bgcolor="#0d5aa7" height="36">&nbsp;<a>首页</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>政务服务</a>&nbsp;|&nbsp;<a>互动交流</a>&nbsp;|&nbsp;<a>走进巫溪</a></td></tr></table>'
                '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="210" valign="top" class="left"><div class="lm">建议提案办理</div><ul><li><a>人大代表建议</a></li><li><a>政协委员提案</a></li>'
                '<li><a>办理工作动态</a></li></ul></td>'
                '<td width="790" valign="top"><table width="100%"><tr><td class="wz">您现在的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>建议提案办理</a> &gt; <a>人大代表建议</a></td></tr>'
                f'<tr><td align="center" height="60"><font size="5" color="#b40000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;更新时间：{_cn(_day(art, 3))}&nbsp;&nbsp;'
                f'信息来源：县住房城乡建委&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td align="center"><font face="仿宋_GB2312" size="4">溪住建函〔{y}〕61号</font></td></tr>'
                f'<tr><td class="zw">{text}</td></tr>'
                '<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
                '</table></td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">主办：重庆市巫溪县人民政府办公室　承办：巫溪县大数据发展中心<br>'
                f'网站标识码：5002380{_n(rng, 3)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = (f'<title>{esc(art["title"])}--重庆市巫溪县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                '<meta name="ColumnName" content="人大代表建议"><meta name="ContentSource" content="县住房城乡建委">')
        return head, body, url

    def special(p):
        if p.startswith("坚持") and "，" in p and "。" not in p:
            return f'<p style="text-indent:2em"><strong><span style="color:#c00000">{esc(p)}</span></strong></p>'
        return None
    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>', special=special, th=True)
    links = ('<div class="xglj" style="border:1px solid #bcd3ea;padding:10px;margin-top:14px"><h4>相关链接</h4><ul>'
             '<li><a>巫溪县人民政府关于人大代表建议办理工作的实施办法</a></li><li><a>县十八届人大五次会议代表建议交办清单</a></li></ul></div>')
    body = ('<div class="header"><img src="/images/logo_wx.png" alt="巫溪县人民政府"><div class="search"><input placeholder="请输入关键词"></div></div>'
            '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进巫溪</li></ul></div>'
            '<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政务动态</a></div>'
            f'<div class="xl_con"><h1>{esc(art["title"])}</h1>'
            f'<div class="xl_info"><span>时间：{y}/{m}/{d} {_hm(rng)}</span><span>来源：县政府督查室</span>'
            f'<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
            '<div class="zw TRS_UEDITOR">' + "".join(blocks) + f'</div>{links}'
            f'<p class="bj">责任编辑：{who[0]}</p>'
            '<div class="tool"><span>分享到：<a class="wx"></a><a class="wb"></a></span>'
            '<span class="ewm"><img src="/images/ewm.png">扫一扫在手机打开当前页</span>'
            '<a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>'
            '<div class="xgxx"><h3>相关信息</h3><ul>' + _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>') + '</ul></div></div>'
            '<div class="footer"><div class="ft-link"><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a></div>'
            f'<p>主办：重庆市巫溪县人民政府办公室　网站标识码：5002380{_n(rng, 3)}</p>'
            f'<p><a>渝ICP备{_n(rng, 8)}号</a>　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_重庆市巫溪县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ColumnName" content="政务动态">')
    return head, body, url


def zxw_df134(art, rng, others):
    """中国新闻网-like 地方 news: the ``中新网重庆M月D日电（记者 …）`` opening run into the lead, a photo
    with its ``图为…`` caption and ``中新网记者 … 摄`` credit, bold ``游客 name：`` / ``记者：`` turns (body
    as text), a ``（完）`` end mark, ``【编辑:…】``, a 图集 strip of four captioned thumbnails, 分享,
    相关新闻 with dates, 24小时排行 and a footer (not body). p06 shows ``YYYY年MM月DD日 hh:mm　来源：中国新闻网``;
    p07 shows none (meta ``publishdate`` and the URL give it)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://www.chinanews.com.cn/dwq/{y}/{m}-{d}/{_n(rng, 8)}.shtml"
    who = rng.sample(WHO, 2)

    def special(p):
        if p.startswith("记者："):
            return f'<p><strong>记者：</strong>{esc(p[3:])}</p>'
        h, sep, rest = p.partition("：")
        if sep and " " in h and len(h) <= 14 and "，" not in h:
            return f'<p>　　<strong>{esc(h)}：</strong>{esc(rest)}</p>'
        return None
    blocks = _blocks(art["body"], lambda x: f'<p>　　{x}</p>', special=special)
    cap = ("图为村民在稻田里捕捞稻花鱼。" if p06 else "图为改造后的江津老码头。")
    blocks.insert(2, f'<div class="left_ph"><img src="//i2.chinanews.com.cn/simg/cmshd/{y}/{m}{d}/{_n(rng, 6)}.jpg" width="600"></div>'
                     f'<div class="left_name"><div class="left_name">{cap}中新网记者 {who[0]} 摄</div></div>')
    thumbs = (["稻田捕鱼节游客体验抓鱼", "新米上市", "田埂上的孩子", "稻渔基地航拍"] if p06
              else ["老货仓变身展厅", "沿江步道夜景", "市民在观景平台休憩", "非遗手作工坊"])
    strip = ('<div class="tjtp"><div class="tjtp_t"><span>图集</span><a>更多&gt;&gt;</a></div><ul>'
             + "".join(f'<li><img src="//i2.chinanews.com.cn/simg/hd/{_n(rng, 7)}.jpg"><p>{esc(t)}</p></li>' for t in thumbs) + '</ul></div>')
    info = (f'<div class="content_left_time">{y}年{m}月{d}日 {_hm(rng)}　来源：中国新闻网　<a>参与互动</a></div>' if p06
            else '<div class="content_left_time">来源：中国新闻网　<a>参与互动</a></div>')
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
    rank = "".join(f'<li><em>{i}</em><a>{esc(tt)}</a></li>' for i, (tt, _) in enumerate(rng.sample(others, 4), 1))
    body = ('<div id="navbar"><a class="logo"><img src="//www.chinanews.com.cn/part/cns2012/logo.png" alt="中国新闻网"></a>'
            '<ul><li>首页</li><li>国内</li><li>国际</li><li>社会</li><li>财经</li><li>地方</li><li>图片</li><li>视频</li></ul></div>'
            '<div class="con_left"><div id="nav">中新网 &gt; <a>地方</a> &gt; 正文</div>'
            f'<div class="content"><h1 class="content_left_title">{esc(art["title"])}</h1>{info}'
            '<div class="share">分享到：<a class="wx"></a><a class="wb"></a></div>'
            '<div class="left_zw" style="position:relative">' + "".join(blocks) + '<p>　　（完）</p></div>'
            f'<div class="left_name"><div class="left_name">【编辑:{who[1]}】</div></div>{strip}'
            f'<div class="adEditor"><h3>相关新闻</h3><ul>{rel}</ul></div></div></div>'
            f'<div class="con_right"><h3>24小时排行</h3><ol>{rank}</ol></div>'
            '<div id="bottom">关于我们 | About us | 联系我们 | 广告服务 | 供稿服务 | 法律声明<br>'
            '本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。<br>'
            f'Copyright ©1999-{y} chinanews.com. All Rights Reserved　京ICP备05004340号-1</div>')
    head = f'<title>{esc(art["title"])}-中新网</title><meta name="keywords" content="江津,重庆">'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="description" content="{esc(art["body"][0][:60])}">'
    return head, body, url


def slj_hzgs134(art, rng, others):
    """区 水利局 河长 pages: p08 (GBK) a 河长 调整 公示 — info glued with no whitespace (``发布时间：…来源：…
    浏览次数：`` with a ``document.write`` counter), a five-column table with a ``<th>`` header, 公示时间,
    监督电话/电子邮箱/通信地址 lines and 特此公示 (body), the 落款 and its date, a 河长制小知识 box (not body);
    p09 a 清四乱 news page whose only visible date is a later 更新时间 (meta ``PubDate`` and the URL give
    it), a photo and 楷体 caption, 责任编辑, 上一篇/下一篇 and 相关新闻."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.cqstl.gov.cn/bm/slj/zwxx_{_n(rng, 5)}/{'tzgg' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    para = lambda t: f'<p style="text-indent:2em;line-height:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>'  # noqa: E731
    blocks = _blocks(art["body"], para, th=p08)
    if p08:
        info = (f'<div class="info">发布时间：{y}-{m}-{d}来源：区河长制办公室浏览次数：<script>document.write("{_n(rng, 3)}")</script>'
                '【<a>大</a> <a>中</a> <a>小</a>】</div>')
        tail = ('<p style="text-align:right;line-height:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">重庆市铜梁区河长制办公室</span></p>'
                f'<p style="text-align:right;line-height:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">{_cn(_day(art, 0))}</span></p>')
        after = ('<div class="zs" style="background:#eef7fb;border-left:4px solid #1a8fc1;padding:8px 12px;margin-top:14px">'
                 '<p><b>河长制小知识</b></p><p>河长是河流管理保护的第一责任人，主要负责组织领导相应河湖的管理和保护工作，'
                 '包括水资源保护、水域岸线管理、水污染防治和水环境治理等。</p></div>')
        meta = ''
    else:
        blocks.insert(3, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体_GB2312">图为工作人员在琼江岸边清理建筑废料。（区河长办供图）</span></p>')
        info = (f'<div class="info"><span>来源：区河长制办公室</span>&nbsp;&nbsp;<span>更新时间：{_day(art, 2).isoformat()} {_hm(rng)}</span>'
                '&nbsp;&nbsp;<span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = f'<p class="zrbj" style="text-align:right">（责任编辑：{who[0]}）</p>'
        pn = rng.sample(others, 2)
        after = (f'<div class="sxp"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>'
                 '<div class="xgxw"><h3>相关新闻</h3><ul>' + _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a><span>[{dd}]</span></li>') + '</ul></div>')
        meta = f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
    body = ('<div class="head"><img src="/images/logo_tl.png" alt="重庆市铜梁区人民政府"><div class="search"><input value="全站搜索"></div></div>'
            '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进铜梁</li></ul></div>'
            f'<div class="dqwz">当前位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区水利局</a> &gt; <a>{"通知公告" if p08 else "工作动态"}</a></div>'
            f'<div class="xl_con"><h2 class="tit">{esc(art["title"])}</h2>{info}'
            '<div class="TRS_Editor">' + "".join(blocks) + tail + f'</div>{after}'
            '<div class="xl_tool"><span>分享到：<a class="wx"></a><a class="wb"></a></span><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
            '<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a></p>'
            f'<p>主办单位：重庆市铜梁区人民政府办公室　承办单位：重庆市铜梁区水利局</p>'
            f'<p>网站标识码：5002240{_n(rng, 3)}　渝ICP备{_n(rng, 8)}号-1　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_重庆市铜梁区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">' + meta)
    return head, body, url


def xx_mp_jzh134(art, rng, others):
    """学校 公众号 家长会 通知 post: nickname only and an empty ``publish_time`` (the script's ``ct``
    gives the date), a 校徽 banner, the ``尊敬的各位家长：`` salutation, green bar ``一、…`` heads,
    时间/地点 lines, ``1.`` items, a slogan and 特此通知 (body); the 落款 (school + date), a 温馨提示 card,
    a 校园 photo with a ▲ caption, 编辑/审核 credits, a QR and 阅读/点赞 (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 2)
    y, m, d = _ymd(art)
    out = []
    for p in art["body"]:
        if _head(p):
            out.append(f'<section style="margin:22px 0 10px;border-bottom:2px solid #2f8f4e"><p><span style="display:inline-block;background:#2f8f4e;'
                       f'color:#fff;padding:3px 12px;font-size:16px"><strong>{esc(p)}</strong></span></p></section>')
        elif p.endswith("！") and len(p) < 16:
            out.append(f'<p style="text-align:center;margin:20px 0"><span style="color:#2f8f4e;font-size:17px"><strong>{esc(p)}</strong></span></p>')
        elif p.startswith(("时间：", "地点：")):
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px"><strong>{esc(p[:3])}</strong>{esc(p[3:])}</span></p>')
        elif p.endswith("家长："):
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if p.startswith("地点："):
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲学校南门及各教学楼位置示意</span></p>')
    banner = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/xx_banner/640"></section>')
    sig = (f'<p style="text-align:right"><span style="font-size:15px">重庆市永川区萱花中学校</span></p>'
           f'<p style="text-align:right"><span style="font-size:15px">{_cn(_day(art, 0))}</span></p>')
    card = ('<section style="border:1px solid #2f8f4e;border-radius:8px;padding:10px 14px;margin:18px 0;background:#f3faf5">'
            '<p><strong><span style="color:#2f8f4e">温馨提示</span></strong></p>'
            '<p><span style="font-size:14px">1.近期早晚温差较大，请家长注意添衣保暖；</span></p>'
            '<p><span style="font-size:14px">2.会议期间学生在家完成周末作业，家长请妥善安排孩子看护。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/xx_qr/640"></p>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">萱花中学　家校同心</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">永川萱花中学</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            f'<div class="rich_media_content" id="js_content">{banner}' + "".join(out) + sig + card + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(900, 3000)}</span><a>点赞 {rng.randint(10, 90)}</a><a>在看 {rng.randint(3, 30)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "永川萱花中学"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def rb_03jj134(art, rng, others):
    """日报 e-paper 第03版 经济: masthead with ``YYYY年M月D日　星期X`` (the only visible date; the URL
    agrees), a 版次 list, 上一版/下一版/PDF, 版面图 with hot areas, 本版标题 (not body). p11 (GBK): an 引题
    above the title, the text as ``<br>`` lines in one ``founder-content`` between ``<!--enpcontent-->``
    markers with the ``本报讯（记者 …）`` opening run into the lead (body), a caption table with a
    photo credit and a second 图片新闻 piece in full after it (not body); p12: a 副题 under the title, a
    ``□本报记者`` byline, ``<P>`` paragraphs in ``#ozoom`` with ``记者：`` and ``椒农 name：`` turns (body), a
    caption table and a 花椒小知识 box (not body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.hcrb.cn/html/{y}-{m}/{d}/node_3.htm"
    who = rng.sample(WHO, 4)
    same = "".join(f'<li><a>{esc(x)}</a></li>' for x in ["数据赋能 工业企业提质增效", "前7月全区社会消费品零售总额同比增长6.8%", "合川桃片入选市级老字号"])
    cap = (f'<table class="pic"><tr><td><img src="../../../images/{y}-{m}/{d}/03/{_n(rng, 8)}.jpg" width="520"></td></tr>'
           f'<tr><td class="cap">{"8月13日，产业园一家企业的生产线正在运转。" if p11 else "太和镇椒农正在采摘青花椒。"}　记者　{who[1]}　摄</td></tr></table>')
    if p11:
        text = ('<!--enpcontent--><founder-content>' + "<br>".join(f"　　{esc(p)}" for p in art["body"])
                + '<br></founder-content><!--/enpcontent-->')
        top = '<h3 class="yt">延链补链　做强农产品加工</h3>'
        by = ''
        after = (cap + '<div class="second"><h2>图片新闻</h2><p>　　8月12日，合川区钱塘镇的农民在晾晒新收的稻谷。今年全区中稻种植面积稳定在38万亩，目前收割进度已过六成。</p>'
                 f'<p>　　特约通讯员　{who[2]}　摄</p></div>')
    else:
        def tp(p):
            h, sep, rest = p.partition("：")
            if p.startswith("记者：") or (sep and " " in h and len(h) <= 12):
                return f"<P>　　<B>{esc(h)}：</B>{esc(rest)}</P>"
            return f"<P>　　{esc(p)}</P>"
        text = '<div id="ozoom"><founder-content>' + "".join(tp(p) for p in art["body"]) + '</founder-content></div>'
        top = ''
        by = f'<h4 class="ft">——太和镇花椒产业发展见闻</h4><div class="author">□本报记者　{who[0]}　通讯员　{who[3]}</div>'
        after = (cap + '<div class="box" style="border:1px solid #c9a"><p><b>花椒小知识</b></p>'
                 '<p>青花椒多在7月至8月采收，红花椒则稍晚。鲜花椒宜冷藏保存，晒干后的花椒应密封存放于阴凉干燥处。</p></div>')
    body = (f'<div class="masthead"><img src="../../../images/hcrb_logo.gif" alt="合川日报"><div class="mast-r">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>中共重庆市合川区委主管主办　国内统一连续出版物号 CN50-00{_n(rng, 2)}</p></div></div>'
            '<div class="bc"><ul class="bclist"><li><a href="node_1.htm">第01版：要闻</a></li><li><a href="node_2.htm">第02版：综合</a></li>'
            '<li class="on"><a>第03版：经济</a></li><li><a href="node_4.htm">第04版：副刊</a></li></ul>'
            f'<a href="node_2.htm">上一版</a>　<a href="node_4.htm">下一版</a>　<a href="../../../images/{y}-{m}/{d}/03/{_n(rng, 8)}.pdf">PDF版</a>　<a>往期回顾</a></div>'
            '<table width="1000" align="center"><tr><td width="360" valign="top">'
            f'<div class="bmt"><img src="../../../images/{y}-{m}/{d}/03/{y}{m}{d}03_b.jpg" width="340" usemap="#PagePicMap"></div>'
            f'<map name="PagePicMap"><area shape="polygon" coords="10,10,330,10,330,200,10,200" href="content_{_n(rng, 6)}.htm"></map>'
            f'<div class="bmlist"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>{same}</ul></div></td>'
            f'<td valign="top"><div class="article">{top}<h1>{esc(art["title"])}</h1>{by}{text}{after}'
            f'<div class="bj">责任编辑：{who[3] if p11 else who[2]}　美编：{who[0] if p11 else who[1]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">合川日报社 版权所有　未经书面授权不得转载、摘编　渝ICP备{_n(rng, 8)}号</div>')
    head = '<title>合川日报-第03版：经济</title><meta name="keywords" content="合川日报,数字报,经济">'
    return head, body, url


TEMPLATES = {"jw_rxzc134": jw_rxzc134, "xf_mp_aq134": xf_mp_aq134, "xzf_rdjy134": xzf_rdjy134,
             "zxw_df134": zxw_df134, "slj_hzgs134": slj_hzgs134, "xx_mp_jzh134": xx_mp_jzh134,
             "rb_03jj134": rb_03jj134}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages134", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
