"""Build the hundred-and-twenty-eighth saved-page set (``pages128``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 发改局 portal 价格听证 公告 (GBK) and a 节前 价格巡查
news page (``fgw_jgtz128``), a 区 妇联 公众号 最美家庭 post (``fl_mp_jf128``), a 县政府网 河道采砂 禁采区
通告 (GBK) and a 汛期 巡查 news page (``xzf_hdcs128``), 环球网-like 地方 pages (``hqw_df128``), a 区 城管局
portal 共享单车 停放 通告 and a GBK 整治 news page (``cgj_gxdc128``), a 学校 公众号 家长学校 post
(``xx_mp_jzkt128``) and a 区报 e-paper 第03版 文旅 page (``qb_03wl128``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages128/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["李婉清", "王浩", "张晓燕", "刘家豪", "陈思远", "杨帆", "赵丽娟", "周毅", "吴倩", "郑凯"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")
WL_OTHERS = ["黄龙溪古镇国庆假期推出夜间灯会", "区文化馆“周末大讲堂”开讲", "龙泉山观景平台迎来赏秋客流", "乡村民宿提质升级培训班开班"]


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; the first row
    bold)."""
    out = []
    for i, r in enumerate(rows):
        cells = "".join(f'<td align="center">{"<b>" if i == 0 else ""}{esc(c)}{"</b>" if i == 0 else ""}</td>'
                        for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table, ``special(p)`` (when it
    gives markup) first, numbered heads through ``head``, other lines through ``para``."""
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


def _gov_foot(rng, host: str, code: str, sponsor: str = "") -> str:
    return (f'<div class="footer"><div class="ft-link"><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a></div>'
            f'<p>主办单位：{sponsor or host}　承办单位：{host}</p>'
            f'<p>网站标识码：{code}　<a>蜀ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png">川公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jg"><img src="/images/red.png"><img src="/images/zfjc.png"></div></div>')


def fgw_jgtz128(art, rng, others):
    """区 发改局 portal: p01 (GBK) a 价格听证 公告 under an 信息公开 grid (索引号/发布机构/成文日期/文号),
    info spans glued with no whitespace (``发布时间：…来源：…浏览次数：`` + ``document.write``), 黑体 ``一、``
    heads, 时间：/地点： lines, a 方案 table, ``1.`` items, 报名电话/电子邮箱/地址 lines and 特此公告 (body),
    the 落款 and its date, an 附件 line (not body); p02 a 价格巡查 news page whose only visible date is a
    later ``更新时间`` (meta ``PubDate`` and the URL give the date), bar heads, a quote, a caption, a
    价格小知识 box, 责任编辑, 上一篇/下一篇 and 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.xindu.gov.cn/xdqfgj/c{'131745' if p01 else '131742'}/{y}-{m}/{d}/content_{_n(rng, 32 // 4)}.shtml"
    who = rng.sample(WHO, 3)
    nav = ('<div class="top"><img src="/images/xd_logo.png" alt="成都市新都区人民政府"><div class="top-r"><a>无障碍</a> | <a>长者模式</a> | <a>English</a></div></div>'
           '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进新都</li></ul></div>')
    if p01:
        head = lambda t: f'<p style="text-indent:2em;line-height:32px"><span style="font-family:黑体">{t}</span></p>'  # noqa: E731
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:32px"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>', head=head)
        grid = ('<table class="xxgk" width="100%" border="1" cellspacing="0"><tr><td width="12%">索引号：</td>'
                f'<td>{_n(rng, 9)}/{y}-{_n(rng, 5)}</td><td width="12%">发布机构：</td><td>新都区发展和改革局</td></tr>'
                f'<tr><td>成文日期：</td><td>{y}-{m}-{d}</td><td>文　　号：</td><td>新都发改〔{y}〕{rng.randint(10, 40)}号</td></tr>'
                f'<tr><td>主题分类：</td><td>价格管理</td><td>有 效 性：</td><td>有效</td></tr></table>')
        info = (f'<div class="info">发布时间：{y}-{m}-{d}来源：区发展和改革局浏览次数：'
                f'<script>document.write("{_n(rng, 4)}")</script>【字体：<a>大</a> <a>中</a> <a>小</a>】</div>')
        tail = ('<p style="text-align:right;line-height:32px">成都市新都区发展和改革局</p>'
                f'<p style="text-align:right;line-height:32px">{y}年{int(m)}月{int(d)}日</p>'
                f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.doc">新都区城区管道天然气居民用气阶梯价格调整听证会参加人报名表.doc</a></p>')
        body = (nav + '<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>区发展和改革局</a> &gt; <a>通知公告</a></div>'
                f'<div class="main">{grid}<h1 class="title">{esc(art["title"])}</h1>{info}'
                '<div class="content" id="zoom">' + "".join(blocks) + tail + '</div>'
                '<div class="tool"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
                + _gov_foot(rng, "成都市新都区发展和改革局", f"5101140{_n(rng, 3)}", "成都市新都区人民政府办公室"))
        hd = (f'<title>{esc(art["title"])}-成都市新都区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
              '<meta name="ContentSource" content="区发展和改革局">')
        return hd, body, url
    heads = {p for p in art["body"] if "，" not in p and "。" not in p and len(p) < 20}
    blocks = []
    for i, p in enumerate(art["body"]):
        if p in heads:
            blocks.append(f'<p style="margin:16px 0;border-left:5px solid #1a5fb4;padding-left:10px"><strong>{esc(p)}</strong></p>')
        else:
            blocks.append(f'<p style="text-indent:2em;line-height:30px">{esc(p)}</p>')
        if i == 2:
            blocks.append(f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="600"></p>'
                          '<p style="text-align:center;font-family:楷体">图为巡查人员在农贸市场查看蔬菜摊位价格标签</p>')
    upd = datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=1)
    box = ('<div class="xzs" style="background:#eef4fb;padding:12px;margin-top:16px"><h4>价格小知识</h4>'
           '<p>明码标价，是指经营者在销售商品或者提供服务时，应当标明价格，注明品名、产地、规格、计价单位等有关情况。</p></div>')
    body = (nav + '<div class="crumb">当前位置：<a>首页</a> &gt; <a>区发展和改革局</a> &gt; <a>工作动态</a></div>'
            f'<div class="main"><h1 class="title">{esc(art["title"])}</h1>'
            f'<div class="info"><span>来源：区发展和改革局</span>　<span>更新时间：{upd.isoformat()} {_hm(rng)}</span>　<span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
            '<div class="content" id="zoom">' + "".join(blocks) + f'</div>{box}'
            f'<div class="zrbj">（责任编辑：{who[0]}）</div>'
            f'<div class="sxp"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[2][0])}</a></p></div>'
            '<div class="share">分享到：<a>微信</a><a>微博</a>　<a>【打印】</a><a>【关闭】</a></div>'
            '<div class="xgxw"><h3>相关新闻</h3><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>') + '</ul></div></div>'
            + _gov_foot(rng, "成都市新都区发展和改革局", f"5101140{_n(rng, 3)}", "成都市新都区人民政府办公室"))
    hd = (f'<title>{esc(art["title"])}-成都市新都区人民政府</title><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
          f'<meta name="ArticleTitle" content="{esc(art["title"])}">')
    return hd, body, url


def fl_mp_jf128(art, rng, others):
    """区 妇联 公众号 最美家庭 post: 原创 label, nickname and a visible ``publish_time``, a 蓝字关注 banner,
    ``01`` badge heads, a 家庭名片 card, ``▲`` captions, a bold ``记者：`` turn and ``name：`` answer, a
    centred slogan (body); 来源/编辑/审核, 推荐阅读, 阅读原文, 在看, 留言 (not body)."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 3)
    card = ('<section style="border:1px solid #e88ca6;border-radius:6px;padding:10px 14px;margin:16px 0;background:#fff5f8">'
            '<p><strong><span style="color:#d0486f">家庭名片</span></strong></p>'
            '<p><span style="font-size:14px">杨德福家庭，万春镇某村村民，家庭成员5人。曾获温江区“文明家庭”“绿色家庭”称号，2025年被评为温江区“最美家庭”。</span></p></section>')
    out = ['<section style="text-align:center"><p><span style="font-size:12px;color:#d0486f">点击上方蓝字 关注我们</span></p></section>']
    for i, p in enumerate(art["body"]):
        if p[:2] in ("01", "02", "03"):
            out.append(f'<section style="margin:20px 0 10px"><p><span style="display:inline-block;background:#d0486f;color:#fff;padding:2px 8px;border-radius:10px">{p[:2]}</span>'
                       f' <strong><span style="color:#d0486f;font-size:17px">{esc(p[3:])}</span></strong></p></section>')
        elif p.startswith("记者："):
            out.append(f'<p style="line-height:1.8em"><strong><span style="font-size:15px;color:#555">{esc(p)}</span></strong></p>')
        elif p.startswith("杨建华："):
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px"><strong>杨建华：</strong>{esc(p[4:])}</span></p>')
        elif p.endswith("！"):
            out.append(f'<p style="text-align:center;margin-top:20px"><strong><span style="color:#d0486f;font-size:18px">{esc(p)}</span></strong></p>')
        else:
            out.append(f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 1:
            out.append(card)
        if i in (5, 12):
            cap = "▲杨德福翻看自己的巡河本" if i == 5 else "▲杨思琪带着孩子们在河边认识水生植物"
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{cap}</span></p>')
    tail = (f'<p><span style="font-size:12px;color:#999">来源：温江区妇联　编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong>推荐阅读</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>'
            '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr/640"></p>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">长按识别二维码　关注温江女性</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">温江区妇联</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">温江女性</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta">四川</em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(out) + tail + '</div>'
            '<div id="js_read_area"><a id="js_view_source">阅读原文</a>'
            f'<span>阅读 {rng.randint(800, 6000)}</span><a>赞 {rng.randint(20, 200)}</a><a>在看 {rng.randint(5, 60)}</a></div>'
            '<div class="discuss"><a>写留言</a><ul><li><span>蓉城小雨</span><p>为这一家人点赞！</p></li>'
            '<li><span>温江人</span><p>杨大爷我认识，每天都在河边转。</p></li></ul></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "温江女性"; var msg_title = "{esc(art["title"])}";</script>')
    hd = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return hd, body, url


def xzf_hdcs128(art, rng, others):
    """县政府网 河道采砂: p04 (GBK) a 禁采区 通告 on an old table layout — ``<font size=5>`` headline, an info
    ``<td>`` with ``发布日期：`` and a later ``更新时间``, a centred 文号 line, the text as ``<br><br>`` lines in
    one ``<font>`` with ``<b>一、</b>`` heads, ``1.`` items, a 举报电话 line and 特此通告 (body), the 落款 and an
    earlier date, 附件 lines (not body); p05 a 巡查 news page with ``时间：YYYY/MM/DD hh:mm`` spans, a quote, a
    caption, a 相关链接 box, 扫一扫, 相关信息 with dates."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.hejiang.gov.cn/gongkai/{'tzgg' if p04 else 'zwdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 3)
    if p04:
        lines = []
        for p in art["body"]:
            lines.append(f"<b>{esc(p)}</b>" if _head(p) else f"　　{esc(p)}")
        before = datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=2)
        upd = datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=5)
        side = "".join(f'<tr><td>·<a>{esc(tt)}</a></td></tr>' for tt, _ in rng.sample(others, 4))
        body = ('<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/hj_banner.jpg" width="980"></td></tr></table>'
                '<table width="980" align="center" bgcolor="#0b4f9c"><tr><td class="nav"><a>首页</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>政务服务</a>&nbsp;|&nbsp;<a>政民互动</a>&nbsp;|&nbsp;<a>走进合江</a></td></tr></table>'
                '<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td width="220" valign="top">'
                '<table width="100%"><tr><td class="lmt">政务公开目录</td></tr><tr><td>·通知公告</td></tr><tr><td>·政策文件</td></tr><tr><td>·规划计划</td></tr></table>'
                f'<table width="100%"><tr><td class="lmt">最新公开</td></tr>{side}</table></td>'
                '<td width="760" valign="top"><table width="100%"><tr><td class="wz">您现在的位置：首页 &gt;&gt; 政务公开 &gt;&gt; 通知公告</td></tr>'
                f'<tr><td align="center"><font size="5" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="xx">发布日期：{y}年{m}月{d}日　更新时间：{upd.year}年{upd.month:02d}月{upd.day:02d}日　信息来源：县水务局　【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td align="center">合府通〔{y}〕{rng.randint(2, 9)}号</td></tr>'
                '<tr><td class="zw"><font style="font-size:16px;line-height:30px">' + "<br><br>".join(lines) + '</font></td></tr>'
                '<tr><td align="right">合江县人民政府<br>' + f'{before.year}年{before.month}月{before.day}日</td></tr>'
                f'<tr><td>附件：1.{y}年度长江合江段河道禁采区示意图.jpg<br>　　　2.合江县河道采砂举报奖励办法.doc</td></tr>'
                '<tr><td align="center">【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr></table></td></tr></table>'
                f'<table width="980" align="center" class="foot"><tr><td align="center">主办：合江县人民政府办公室　承办：合江县大数据中心<br>'
                f'蜀ICP备{_n(rng, 8)}号　川公网安备 {_n(rng, 14)}号　网站标识码：5105220{_n(rng, 3)}</td></tr></table>')
        hd = f'<title>{esc(art["title"])}</title><meta name="keywords" content="合江县,河道采砂,禁采区">'
        return hd, body, url
    blocks = []
    for i, p in enumerate(art["body"]):
        blocks.append(f'<p style="text-indent:2em;line-height:2em">{esc(p)}</p>')
        if i == 1:
            blocks.append(f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="580"></p>'
                          '<p style="text-align:center;color:#555">▲联合巡查组在长江合江段检查砂石码头</p>')
    box = ('<div class="xglj" style="border:1px solid #ccd;padding:10px;margin-top:14px"><h4>相关链接</h4>'
           '<p><a>合江县人民政府关于划定2025年度长江合江段河道禁采区和禁采期的通告</a></p>'
           '<p><a>《四川省河道采砂管理条例》全文</a></p></div>')
    body = ('<div class="header"><img src="/images/hj_logo.png" alt="合江县人民政府"><div class="search"><input value="请输入关键字"></div></div>'
            '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>走进合江</li></ul></div>'
            '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政务动态 &gt; 部门动态</div>'
            f'<div class="article"><h1>{esc(art["title"])}</h1>'
            f'<div class="info"><span>时间：{y}/{m}/{d} {_hm(rng)}</span><span>来源：县水务局</span><span>作者：{who[0]}</span>'
            '<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
            '<div class="zw">' + "".join(blocks) + f'</div>{box}'
            f'<div class="zrbj">责任编辑：{who[1]}</div>'
            '<div class="tools"><span>分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></span><span class="ewm"><img src="/images/ewm.png">扫一扫在手机打开当前页</span></div>'
            '<div class="xgxx"><h3>相关信息</h3><ul>' + _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><em>{dd}</em></li>') + '</ul></div></div>'
            + _gov_foot(rng, "合江县人民政府办公室", f"5105220{_n(rng, 3)}"))
    hd = f'<title>{esc(art["title"])}_合江县人民政府</title>'
    return hd, body, url


def hqw_df128(art, rng, others):
    """环球网-like 地方 page: logo and channel nav, crumb, a ``【环球网报道】`` opening (body), bold ``记者：``
    questions and ``name：`` answers, a photo with a ``图片来源`` credit, 责编, 版权声明, 相关新闻 with dates,
    热门推荐 sidebar, an app banner; p06 a ``来源：环球网`` + ``YYYY-MM-DD hh:mm`` line, p07 no visible date
    (meta ``publishdate``, the URL agrees)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    sid = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz") for _ in range(11))
    url = f"https://sc.huanqiu.com/article/{sid}" if p06 else f"https://sc.huanqiu.com/article/{y}{m}{d}/{sid}.html"
    who = rng.sample(WHO, 3)
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith("记者："):
            out.append(f'<p><strong>{esc(p)}</strong></p>')
        elif "：" in p[:12] and not p.startswith("【"):
            k = p.index("：") + 1
            out.append(f'<p><strong>{esc(p[:k])}</strong>{esc(p[k:])}</p>')
        else:
            out.append(f'<p>{esc(p)}</p>')
        if i == 1:
            src = "宜宾市文化广电旅游局供图" if p06 else "古蔺县融媒体中心供图"
            out.append(f'<p style="text-align:center"><img src="https://rs1.huanqiucdn.cn/dp/api/files/imageDir/{_wx_id(rng)}.jpg"></p>'
                       f'<p class="pic-source" style="text-align:center;color:#999">图片来源：{src}</p>')
    hot = "".join(f'<li><a>{esc(tt)}</a></li>' for tt, _ in rng.sample(others, 5))
    meta = (f'<div class="metadata"><span class="source">来源：<a>环球网</a></span><span class="time">{y}-{m}-{d} {_hm(rng)}</span></div>'
            if p06 else '<div class="metadata"><span class="source">来源：<a>环球网</a></span></div>')
    body = ('<div class="header"><a class="logo"><img src="/img/hq_logo.png" alt="环球网"></a><ul class="channel"><li>国际</li><li>国内</li><li>军事</li><li>台海</li><li>财经</li><li>科技</li><li>地方</li></ul>'
            '<div class="login"><a>登录</a> <a>注册</a></div></div>'
            f'<div class="crumb"><a>环球网</a> &gt; <a>地方</a> &gt; <a>四川</a> &gt; 正文</div>'
            f'<div class="l-con"><div class="t-container"><h1>{esc(art["title"])}</h1>{meta}</div>'
            '<div class="l-con-bar"><span>分享到：</span><a class="wx"></a><a class="wb"></a><a class="qz"></a><span class="font">A+ A-</span></div>'
            '<article><section data-type="rtext">' + "".join(out) + '</section></article>'
            f'<div class="editor">责编：{who[0]}</div>'
            '<div class="statement">本文为环球网原创，未经授权不得转载。</div>'
            '<div class="app">下载环球新闻APP，全球资讯尽在掌握</div>'
            '<div class="related"><h3>相关新闻</h3><ul>' + _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>') + '</ul></div></div>'
            f'<div class="r-con"><h3>热门推荐</h3><ol>{hot}</ol></div>'
            f'<div class="footer">Copyright © 1999-{y} Huanqiu.com All Rights Reserved　京ICP备{_n(rng, 8)}号　京公网安备{_n(rng, 14)}号</div>')
    hd = f'<title>{esc(art["title"])}_环球网</title><meta name="description" content="{esc(art["body"][0][8:60])}">'
    if not p06:
        hd += f'<meta name="publishdate" content="{y}-{m}-{d}">'
    return hd, body, url


def cgj_gxdc128(art, rng, others):
    """区 城管局 portal 共享单车: p08 a 停放 通告 — ``发布时间：``/来源/浏览 spans with a ``document.write``
    counter, a centred 文号 line, ``<strong>一、</strong>`` heads, ``1.`` items, an 电子围栏 table and
    特此通告 (body), the 落款 a day earlier, an 附件 line, a 文明骑行 温馨提示 box (not body); p09 (GBK) an
    整治 news page on an old table layout, the text as ``<br>`` lines in one ``<td>``, a ``Y/M/D`` date, a
    caption above the text and ``（编辑：…　审核：…）``."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.cdwh.gov.cn/whqcgj/{'c132601' if p08 else 'c132598'}/{y}-{m}/{d}/content_{_n(rng, 16)}.shtml"
    who = rng.sample(WHO, 2)
    if p08:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2em">{x}</p>',
                         head=lambda x: f'<p style="text-indent:2em;line-height:2em"><strong>{x}</strong></p>')
        before = datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=1)
        sig = ('<p style="text-align:right;line-height:2em">成都市武侯区城市管理局</p>'
               f'<p style="text-align:right;line-height:2em">{before.year}年{before.month}月{before.day}日</p>'
               f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.pdf">武侯区互联网租赁自行车重点管控区域示意图.pdf</a></p>')
        box = ('<div class="wxts" style="border:1px dashed #2a8c5f;padding:10px;margin-top:16px"><p><b>温馨提示</b></p>'
               '<p>文明骑行，规范停放。还车前请确认车辆已停入停放区并关锁，共同维护整洁有序的城市环境。</p></div>')
        body = ('<div class="head"><img src="/images/logo_wh.png" alt="成都市武侯区人民政府"><div class="search"><input value="全站搜索"></div></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进武侯</li></ul></div>'
                '<div class="dqwz">当前位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区城市管理局</a> &gt; <a>通知公告</a></div>'
                f'<div class="xl_con"><h2 class="tit">{esc(art["title"])}</h2>'
                f'<div class="xl_xx"><span>发布时间：{y}-{m}-{d}</span>&nbsp;&nbsp;<span>来源：区城市管理局</span>&nbsp;&nbsp;'
                f'<span>浏览：<script>document.write("{_n(rng, 4)}")</script>次</span>&nbsp;&nbsp;<span>【<a>打印</a>】</span></div>'
                f'<p style="text-align:center">武城管通〔{y}〕{rng.randint(3, 12)}号</p>'
                '<div class="TRS_Editor">' + "".join(blocks) + sig + f'</div>{box}'
                '<div class="xl_tool"><span>分享到：<a class="wx"></a><a class="wb"></a></span><a>【关闭】</a></div>'
                '<div class="xgyd"><h3>相关阅读</h3><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><em>{dd}</em></li>') + '</ul></div></div>'
                + _gov_foot(rng, "成都市武侯区城市管理局", f"5101070{_n(rng, 3)}", "成都市武侯区人民政府办公室"))
        hd = f'<title>{esc(art["title"])}-成都市武侯区人民政府</title><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
        return hd, body, url
    lines = "<br>".join(f"　　{esc(p)}" for p in art["body"])
    side = "".join(f'<li><a>{esc(tt)}</a></li>' for tt, _ in rng.sample(others, 4))
    body = ('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/cgj_top.jpg" width="1000"></td></tr></table>'
            '<table width="1000" align="center"><tr><td class="nav">首页 | 机构概况 | 政务公开 | 城管动态 | 便民服务 | 投诉举报</td></tr></table>'
            '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>'
            '<td width="240" valign="top"><div class="lmt">城管动态</div><ul class="list">' + side + '</ul></td>'
            '<td width="760" valign="top"><div class="wz">当前位置：首页 &gt;&gt; 城管动态</div>'
            f'<table width="100%"><tr><td class="title" align="center">{esc(art["title"])}</td></tr>'
            f'<tr><td align="center" class="source">{y}/{int(m)}/{int(d)}　　来源：区城市管理局执法大队　　阅读：<script>document.write("{_n(rng, 3)}")</script></td></tr>'
            f'<tr><td align="center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="560"><br>▲执法队员和运维人员在地铁站口整理共享单车</td></tr>'
            f'<tr><td class="zw" style="line-height:28px">{lines}</td></tr>'
            f'<tr><td align="right">（编辑：{who[0]}　审核：{who[1]}）</td></tr>'
            '<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table></td></tr></table>'
            f'<table width="1000" align="center" class="foot"><tr><td align="center">版权所有：成都市武侯区城市管理局　蜀ICP备{_n(rng, 8)}号<br>'
            f'地址：武侯区武侯祠大街{rng.randint(100, 299)}号　联系电话：028-8555{_n(rng, 4)}</td></tr></table>')
    hd = f'<title>{esc(art["title"])}</title><meta name="keywords" content="武侯区城管局,共享单车">'
    return hd, body, url


def xx_mp_jzkt128(art, rng, others):
    """学校 公众号 家长学校 post: an empty ``publish_time`` (the script's ``ct`` gives the date), bar heads
    (question heads, 家长问答), ``1.`` items, bold ``问：`` turns and ``陈敏：`` answers, a centred slogan
    (body); a 主讲嘉宾 card, ``▲`` captions, a 下期预告 box with 时间：/地点：/主题： lines, a ``↓`` teaser,
    文字/摄影/编辑/审核 credits, 阅读/在看 (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 4)
    bars = {"为什么孩子放不下手机？", "家长可以怎么做？", "家长问答"}
    card = ('<section style="border:1px solid #3d7bd9;border-radius:8px;padding:10px 14px;margin:16px 0;background:#f3f8ff">'
            '<p><strong><span style="color:#3d7bd9">主讲嘉宾</span></strong></p>'
            '<p><span style="font-size:14px">陈敏，国家二级心理咨询师，双流区未成年人心理健康辅导中心专职教师，长期从事青少年心理辅导工作。</span></p></section>')
    out = []
    for i, p in enumerate(art["body"]):
        if p in bars:
            out.append(f'<section style="margin:22px 0 12px;text-align:center"><section style="display:inline-block;background:#3d7bd9;padding:4px 16px;border-radius:4px">'
                       f'<p><strong><span style="color:#fff;font-size:16px">{esc(p)}</span></strong></p></section></section>')
        elif p.startswith("问："):
            out.append(f'<p style="line-height:1.8em"><strong><span style="color:#3d7bd9">{esc(p)}</span></strong></p>')
        elif p.startswith("陈敏："):
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px"><strong>陈敏：</strong>{esc(p[3:])}</span></p>')
        elif p.endswith("！") and len(p) < 12:
            out.append(f'<p style="text-align:center;margin-top:20px"><strong><span style="color:#3d7bd9;font-size:18px">{esc(p)}</span></strong></p>')
        else:
            out.append(f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 0:
            out.append(card)
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲家长学校讲座现场</span></p>')
        if i == 15:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲讲座结束后家长向陈老师咨询</span></p>')
    tail = ('<section style="background:#f7f7f7;padding:12px;margin-top:18px"><p><strong>下期预告</strong></p>'
            '<p><span style="font-size:14px">时间：12月5日（周五）19:00</span></p><p><span style="font-size:14px">地点：学校报告厅</span></p>'
            '<p><span style="font-size:14px">主题：如何陪伴孩子度过青春期</span></p></section>'
            '<p><span style="font-size:14px;color:#576b95">点击下方“阅读原文”，填写本期家长学校反馈问卷↓</span></p>'
            f'<p><span style="font-size:12px;color:#999">文字：{who[0]}　摄影：{who[1]}　编辑：{who[2]}　审核：{who[3]}</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">双流区棠湖实验小学</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(out) + tail + '</div>'
            '<div id="js_read_area"><a id="js_view_source">阅读原文</a>'
            f'<span>阅读 {rng.randint(800, 5000)}</span><a>点赞 {rng.randint(20, 200)}</a><a>在看 {rng.randint(5, 60)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "双流区棠湖实验小学"; var msg_title = "{esc(art["title"])}";</script>')
    hd = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return hd, body, url


def qb_03wl128(art, rng, others):
    """区报 e-paper 第03版 文旅: masthead with ``YYYY年M月D日　星期X`` (the only visible date; the URL
    agrees), a 版次 ``<select>``, 上一版/下一版/PDF, 版面图, 本版标题, 责任编辑, copyright (not body); p11
    (GBK) an 引题 above the headline, the text as ``<br>`` lines in one ``founder-content`` with the
    ``本报讯（记者 …）`` opening (body), a caption table and a second 图片新闻 piece in full (not body);
    p12 ``<P>`` paragraphs in ``#ozoom`` with a 副题, a caption table, bold ``记者：`` turns and a 链接 box."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.lqyrb.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 3)
    same = "".join(f'<li><a>{esc(x)}</a></li>' for x in rng.sample(WL_OTHERS, 2))
    cap_table = lambda src, cap: (f'<table align="center" width="90%"><tr><td align="center"><img src="../../../images/{y}-{m}/{d}/03/{src}.jpg" width="480"></td></tr>'  # noqa: E731
                                  f'<tr><td align="center" class="pic">{cap}</td></tr></table>')
    if p11:
        lines = [f"　　{esc(p)}" for p in art["body"]]
        lines.insert(3, cap_table(_n(rng, 8), f"▲游客在猕猴桃园采摘。　本报记者　{who[0]}　摄"))
        text = '<!--enpcontent--><founder-content>' + "<br>".join(lines) + '<br></founder-content><!--/enpcontent-->'
        title = f'<h3 class="yt">秋色正浓果飘香</h3><h1>{esc(art["title"])}</h1>'
        after = ('<div class="tpxw"><h3>图片新闻</h3>'
                 f'<P>　　9月20日，游客在龙泉山城市森林公园丹景台观景。国庆假期临近，公园各观景点游客逐日增多。（本报记者　{who[1]}　摄）</P></div>')
    else:
        ps = []
        for i, p in enumerate(art["body"]):
            ps.append(f"<P>　　<B>{esc(p)}</B></P>" if p.startswith("记者：") else f"<P>　　{esc(p)}</P>")
            if i == 1:
                ps.append(cap_table(_n(rng, 8), f"非遗传承人现场制作糖画。　本报记者　{who[0]}　摄"))
        text = '<div id="ozoom"><founder-content>' + "".join(ps) + '</founder-content></div>'
        title = f'<h1>{esc(art["title"])}</h1><h2 class="ft">——30余个非遗项目集中亮相 每周末开市至12月底</h2>'
        after = ('<div class="lj" style="border:1px solid #c9a063;padding:8px"><b>链接</b>'
                 '<P>洛带古镇位于龙泉驿区北部，是成都近郊重要的客家古镇，保存有广东、江西、湖广、川北四大会馆。</P></div>')
    body = (f'<div class="masthead"><img src="../../../images/lqyrb_logo.gif" alt="龙泉驿报"><div class="mast-r">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>中共成都市龙泉驿区委主管主办</p></div></div>'
            '<div class="bc"><select name="ban"><option>第01版：要闻</option><option>第02版：综合</option>'
            '<option selected>第03版：文旅</option><option>第04版：副刊</option></select>'
            f'　<a href="node_02.htm">上一版</a>　<a href="node_04.htm">下一版</a>　<a href="../../../page/{y}-{m}/{d}/03/{_n(rng, 8)}.pdf">PDF下载</a>　<a>往期回顾</a></div>'
            '<table width="1000" align="center"><tr><td width="360" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/03/{y}{m}{d}03_b.jpg" width="340"></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>{same}</ul></div></td>'
            f'<td valign="top"><div class="article">{title}{text}{after}'
            f'<div class="bj">责任编辑：{who[2]}　校对：{who[1]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">龙泉驿报社 版权所有　未经书面授权不得转载、摘编　蜀ICP备{_n(rng, 8)}号</div>')
    hd = '<title>龙泉驿报-第03版：文旅</title><meta name="keywords" content="龙泉驿报,数字报,文旅">'
    return hd, body, url


TEMPLATES = {"fgw_jgtz128": fgw_jgtz128, "fl_mp_jf128": fl_mp_jf128, "xzf_hdcs128": xzf_hdcs128,
             "hqw_df128": hqw_df128, "cgj_gxdc128": cgj_gxdc128, "xx_mp_jzkt128": xx_mp_jzkt128,
             "qb_03wl128": qb_03wl128}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages128", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
