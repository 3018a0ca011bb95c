"""Build the hundred-and-eighth saved-page set (``pages108``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 档案馆 portal 档案开放 公告 and 档案日 news
(``dag_kfgg108``), a 区 文明办 公众号 好人榜 post with 事迹 (``wmb_mp_hrb108``), a 界面-like 地方 财经
报道 with data and an interview (``jmw_cjbd108``), a 县政府网 公开接访 安排 and 接访 news on an old table
layout (``xzf_xfjdr108``), a 区 医保局 portal 缴费提醒 and news (``ybj_jfts108``), a 小区 公众号 物业
停水通知 (``xq_mp_wytz108``) and a 都市报 e-paper 体育版 with 比分/成绩 tables (``dsb_tyb108``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages108/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["谭晓琳", "冉建军", "邱思雨", "蒋文博", "牟丽君", "何川", "易小凤", "程立新", "詹雪"]
SPORTS = ["市运会游泳项目决出18枚金牌", "全民健身线上运动会本月启动", "少儿篮球联赛渝中赛区开赛",
          "社区运动会比拼趣味项目", "市青少年田径锦标赛落幕"]  # the e-paper page's other headlines
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"', cell="td") -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; the first row
    through ``cell``)."""
    out = []
    for i, r in enumerate(rows):
        tag = cell if i == 0 else "td"
        out.append("<tr>" + "".join(f'<{tag} align="center" valign="middle">{esc(c)}</{tag}>' for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, table=_table, special=None) -> list[str]:
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


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="footer"><div class="ft-link"><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a></div>'
            f'<p>主办单位：{host}　承办单位：{host}办公室</p>'
            f'<p>网站标识码：{code}　<a>渝ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p>'
            f'<p>建议使用1920×1080分辨率浏览本站</p><div class="jg"><img src="/images/red.png"><img src="/images/zfjc.png"></div></div>')


def dag_kfgg108(art, rng, others):
    """区 档案馆 portal: p01 (GBK) a 开放公告 under an 信息公开 grid (成文日期 two days before publication),
    glued info spans with a ``document.write`` counter, bold ``一、`` heads, ``1.`` 全宗 items, 时间：/地点：
    lines and a 联系电话 line (body), a right-aligned 落款 + date and an 附件 link (not body); p02 a news
    page with no visible date (meta ``PubDate`` and the URL only), a photo + ``图为…`` caption in the text."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    col = "tzgg" if p01 else "gzdt"
    url = f"http://www.cqbs.gov.cn/bm/qdag/zwxx_{_n(rng, 5)}/{col}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2em">{t}</p>',
                     head=lambda t: f'<p style="text-indent:2em;line-height:2em"><strong><span style="font-family:黑体">{t}</span></strong></p>')
    if p01:
        meta = (f'<div class="xxgk"><table><tr><td class="lab">索 引 号：</td><td>11500120MB{_n(rng, 7)}/{y}-0{_n(rng, 4)}</td>'
                f'<td class="lab">主题分类：</td><td>档案</td></tr>'
                f'<tr><td class="lab">发布机构：</td><td>璧山区档案馆</td><td class="lab">成文日期：</td><td>{y}-{m}-{int(d) - 2:02d}</td></tr>'
                f'<tr><td class="lab">标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><td class="lab">发文字号：</td><td>璧档〔{y}〕{rng.randint(3, 20)}号</td><td class="lab">发布日期：</td><td>{y}-{m}-{d}</td></tr></table></div>')
        info = (f'<div class="xl_tit_info"><span>发布日期：{y}-{m}-{d}</span><span>来源：区档案馆</span>'
                f'<span>浏览量：<script>document.write({_n(rng, 3)})</script></span>'
                f'<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = (f'<p style="text-align:right;line-height:2em">重庆市璧山区档案馆</p>'
                f'<p style="text-align:right;line-height:2em">{y}年{int(m)}月{int(d) - 2}日</p>'
                f'<p class="fj">附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.xls">璧山区档案馆第三批开放档案目录.xls</a></p>')
    else:
        blocks.insert(2, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                         f'<p style="text-align:center"><span style="font-family:楷体">图为市民在活动现场观看档案展板。（区档案馆供图）</span></p>')
        meta = ""
        info = (f'<div class="xl_tit_info"><span>来源：璧山区档案馆</span>&nbsp;&nbsp;&nbsp;<span>作者：{rng.choice(WHO)}</span>'
                f'&nbsp;&nbsp;&nbsp;<span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = ""
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>[{dd}]</span></li>')
    body = (f'<div class="head"><div class="logo"><img src="/images/logo.png" alt="璧山区人民政府"><span>璧山区档案馆</span></div>'
            f'<div class="search"><input type="text" value="请输入关键词"><a>搜索</a></div></div>'
            f'<div class="nav"><ul><li>首页</li><li>机构概况</li><li>政务信息</li><li>档案业务</li><li>档案利用</li><li>档案文化</li><li>互动交流</li></ul></div>'
            f'<div class="crumb">您当前的位置：<a>首页</a>&gt;<a>政务信息</a>&gt;<a>{"通知公告" if p01 else "工作动态"}</a></div>'
            f'<div class="xl_main">{meta}<div class="xl_tit"><h2>{esc(art["title"])}</h2>{info}</div>'
            f'<div class="xl_con"><div class="TRS_Editor">' + "".join(blocks) + tail + '</div></div>'
            f'<div class="xl_ewm"><img src="/images/ewm.png"><span>扫一扫在手机打开当前页</span></div>'
            f'<div class="xl_btn"><a href="javascript:window.print()">[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a></div>'
            f'<div class="xgwz"><h3>相关文章</h3><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "重庆市璧山区档案馆", f"500120{_n(rng, 4)}"))
    head = (f'<title>{esc(art["title"])}-璧山区档案馆</title><meta name="SiteName" content="重庆市璧山区人民政府">'
            f'<meta name="ColumnName" content="{"通知公告" if p01 else "工作动态"}">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ContentSource" content="区档案馆">')
    return head, body, url


def wmb_mp_hrb108(art, rng, others):
    """区 文明办 公众号 好人榜 post: an 编者按 box at the top of the text, ``类别好人 姓名`` bar heads and
    their 事迹 paragraphs, a quote, a centred slogan (body); a ``▲`` photo caption, a 推荐方式 box, a
    来源/编辑/审核 block, 往期回顾 and 阅读原文 lines (not body); ``publish_time`` ``YYYY年MM月DD日 hh:mm``."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 3)

    def special(p):
        if "好人 " in p:
            return (f'<section style="margin:20px 0 10px;text-align:center"><section style="display:inline-block;padding:4px 16px;'
                    f'background:#c8161d;border-radius:14px"><strong><span style="color:#fff;font-size:16px">{esc(p)}</span></strong></section></section>')
        if p.endswith("！") and len(p) < 20:
            return f'<p style="text-align:center"><strong><span style="color:#c8161d;font-size:17px">{esc(p)}</span></strong></p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{x}</span></p>',
                     special=special)
    blocks.insert(4, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640" class="rich_pages wxw-img"></p>'
                     f'<p style="text-align:center"><span style="font-size:12px;color:#888">▲何桂英（左）在独居老人家中打扫卫生</span></p>')
    note = ('<section style="border:1px dashed #c8161d;padding:10px;margin-bottom:16px"><p><span style="font-size:14px;color:#666">'
            '<strong>编者按：</strong>他们是平凡的你我，却用行动诠释着向上向善的力量。本期推出我区新入选“重庆好人榜”的5位身边好人，一起感受平凡中的不平凡。</span></p></section>')
    box = ('<section style="background:#fdf3f3;padding:12px;margin-top:20px"><p><strong>推荐身边好人</strong></p>'
           '<p><span style="font-size:14px">如果您身边也有值得学习的好人好事，欢迎通过后台留言或拨打电话023-49870321向我们推荐。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">来源：永川区文明办</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}　终审：{who[2]}</span></p>'
            f'<section><p><strong>往期回顾</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px">▶ {tt}</span></p>') +
            '</section><p style="text-align:center"><span style="font-size:13px">点击“阅读原文”，为身边好人点赞</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">永川文明</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">文明永川</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{note}' + "".join(blocks) + box + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(800, 5000)}</span>'
            f'<a>分享</a><a>收藏</a><a>点赞 {rng.randint(20, 200)}</a><a>在看 {rng.randint(5, 60)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "文明永川"; var msg_title = "{esc(art["title"])}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}"><meta property="twitter:card" content="summary">')
    return head, body, url


def jmw_cjbd108(art, rng, others):
    """界面-like 地方 财经 报道: a ``界面新闻记者 | 姓名`` author, ``YYYY/MM/DD hh:mm`` date, a 摘要 box and a
    photo credit before the text, a 相关股票 card and 标签 tags, 编辑 line, 版权声明, 推荐阅读 with dates (not
    body); the text has a one-sentence bold head, a data table with a ``<th>`` header row (p04) or
    ``记者：`` / ``name：`` turns (p05)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    p04 = art["id"] == "p04"
    url = f"https://www.jiemian.com/article/{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)

    def special(p):
        if p in ("汽车仍是拉动出口的主力。", "分类别看，升级类商品消费表现较好。"):
            return f'<p><strong>{esc(p)}</strong></p>'
        if p.startswith("记者："):
            return f'<p><strong>记者：{esc(p[3:])}</strong></p>'
        if p.startswith("周立群："):
            return f'<p><strong>周立群：</strong>{esc(p[4:])}</p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p>{x}</p>', special=special,
                     table=lambda rows: '<div class="table-box">' + _table(rows, 'class="data-table"', cell="th") + '</div>')
    if p04:
        blocks.insert(len(blocks) - 3, '<div class="stock-card"><span class="name">长安汽车</span><span class="code">000625.SZ</span>'
                                        f'<span class="price">{rng.randint(12, 16)}.{rng.randint(10, 99)}</span><span class="up">+2.{rng.randint(10, 99)}%</span></div>')
    summary = (rng.choice(["前三季度重庆出口汽车38.7万辆，新能源汽车出口增长43.5%。", "新能源汽车成出口新增长点。"]) if p04
               else "商圈客流恢复明显，但消费者更愿意“逛”而不是“买”。")
    tags = ["外贸", "重庆", "新能源汽车"] if p04 else ["消费", "成都", "商圈"]
    rec = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span class="date">{dd.replace("-", "/")}</span></li>')
    date_line = f"{y}/{m}/{d} {t}" if p04 else f"{y}-{m}-{d} {t}"
    body = (f'<div class="header-container"><a class="logo">界面新闻</a><ul class="nav"><li>首页</li><li>快讯</li><li>商业</li>'
            f'<li>财经</li><li>地方</li><li>科技</li><li>视频</li></ul><a>登录</a><a class="app">下载APP</a></div>'
            f'<div class="content"><div class="article-view"><div class="article-header"><h1>{esc(art["title"])}</h1>'
            f'<div class="article-info"><span class="author"><a>界面新闻记者 | {who[0]}</a></span>'
            f'<span class="date">{date_line}</span><span class="source">来源：界面新闻</span>'
            f'<span class="comment">评论 {rng.randint(0, 40)}</span></div></div>'
            f'<div class="article-summary"><p>{esc(summary)}</p></div>'
            f'<div class="article-img"><img src="https://img.jiemian.com/101/original/{y}{m}{d}/{_n(rng, 10)}.jpg">'
            f'<p class="img-source">图片来源：视觉中国</p></div>'
            f'<div class="article-content">' + "".join(blocks) + '</div>'
            f'<div class="article-tags">' + "".join(f"<a>{x}</a>" for x in tags) + '</div>'
            f'<div class="article-editor"><p>编辑：{who[1]}</p></div>'
            f'<div class="copyright"><p>未经正式授权严禁转载本文，侵权必究。</p></div>'
            f'<div class="article-tool"><a>打赏</a><a>点赞 {rng.randint(5, 90)}</a><a>分享至</a><a>微信</a><a>微博</a></div>'
            f'<div class="app-banner"><p>打开界面新闻APP，查看原文</p></div></div>'
            f'<div class="recommend"><h3>推荐阅读</h3><ul>{rec}</ul></div></div>'
            f'<div class="footer"><p>Copyright © {y} 界面新闻 All Rights Reserved</p><p>沪ICP备{_n(rng, 8)}号 沪公网安备{_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}|界面新闻 · 地方</title><meta name="description" content="{esc(summary)}">'
            f'<meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="article:published_time" content="{y}-{m}-{d}T{t}:00+08:00">')
    return head, body, url


def xzf_xfjdr108(art, rng, others):
    """县政府网 on an old table layout (GBK): p06 a 公开接访 安排 with a ``发布时间：YYYY年MM月DD日`` and a later
    ``更新时间`` in one ``<td>``, a bordered 安排 table, ``<b>一、</b>`` heads and a 咨询电话 line (body), a
    落款 + date (not body); p07 a news page whose text is ``<br>``-separated ``&nbsp;`` lines in one ``<font>``,
    a photo + centred caption, a 县领导之窗/最新信息 side column and a 责任编辑 line (not body)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"http://www.cqck.gov.cn/{'zwgk/xfgz' if p06 else 'ywdt/zwyw'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 2)
    if p06:
        blocks = _blocks(art["body"], lambda x: f'<p>　　<font face="宋体" size="3">{x}</font></p>',
                         head=lambda x: f'<p>　　<b><font face="黑体" size="3">{x}</font></b></p>',
                         table=lambda rows: _table(rows, 'border="1" cellspacing="0" cellpadding="4" width="90%" align="center" style="border-collapse:collapse"'))
        text = ("".join(blocks) + f'<p align="right"><font size="3">城口县信访办公室</font></p>'
                f'<p align="right"><font size="3">{y}年{int(m)}月{int(d) - 1}日</font></p>')
        info = (f'发布时间：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;更新时间：{y}年{int(m) + 1:02d}月08日&nbsp;&nbsp;&nbsp;&nbsp;'
                f'来源：县信访办&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script>document.write({_n(rng, 4)})</script>&nbsp;&nbsp;'
                f'【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】')
        side = ""
    else:
        lines = [f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in art["body"]]
        photo = (f'<center><img src="/uploadfiles/{y}{m}/{_n(rng, 12)}.jpg" width="500" border="0"></center>'
                 f'<center><font face="楷体" size="2">图为接访现场（县融媒体中心记者　{who[0]}　摄）</font></center>')
        text = (f'<font face="宋体" size="3">' + "<br><br>".join(lines[:2]) + f'<br><br></font>{photo}<font face="宋体" size="3"><br>'
                + "<br><br>".join(lines[2:]) + f'</font><br><br><p align="right">（责任编辑：{who[1]}）</p>')
        info = (f'发布日期：{y}-{m}-{d}&nbsp;&nbsp;文章来源：城口县融媒体中心&nbsp;&nbsp;作者：{who[0]}&nbsp;&nbsp;'
                f'阅读：<script>document.write({_n(rng, 3)})</script>')
        side = ('<td width="230" valign="top"><table width="100%"><tr><td class="lm">县领导之窗</td></tr>'
                '<tr><td><a>县委领导</a><br><a>县人大领导</a><br><a>县政府领导</a><br><a>县政协领导</a></td></tr>'
                '<tr><td class="lm">最新信息</td></tr><tr><td>'
                + _rel(rng, others, 5, lambda tt, dd: f'·<a>{tt}</a> <font color="#999">{dd[5:]}</font><br>') + '</td></tr></table></td>')
    body = (f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center">'
            f'<tr><td><img src="/images/top_banner.jpg" width="1000" height="160"></td></tr>'
            f'<tr><td class="nav" height="36"><a>首页</a> | <a>走进城口</a> | <a>政务公开</a> | <a>政务服务</a> | <a>互动交流</a> | <a>专题专栏</a></td></tr>'
            f'<tr><td height="30">您现在的位置：<a>首页</a> &gt;&gt; <a>{"政务公开" if p06 else "要闻动态"}</a> &gt;&gt; <a>{"信访工作" if p06 else "政务要闻"}</a></td></tr></table>'
            f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr>{side}<td valign="top">'
            f'<table width="100%" border="0" cellspacing="0" cellpadding="8">'
            f'<tr><td align="center" class="title"><font size="5" color="#c00"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="info" bgcolor="#f2f2f2">{info}</td></tr>'
            f'<tr><td class="bt_content"><div id="zoom">{text}</div></td></tr>'
            f'<tr><td align="right"><a>【发表评论】</a><a>【加入收藏】</a><a>【告诉好友】</a><a>【打印此文】</a><a>【关闭窗口】</a></td></tr>'
            f'</table></td></tr></table>'
            f'<table width="1000" align="center" class="foot"><tr><td align="center">'
            f'版权所有：城口县人民政府办公室　主办：城口县人民政府<br>渝ICP备{_n(rng, 8)}号　网站标识码：5002290001<br>'
            f'建议使用1024×768分辨率 IE8.0以上浏览器浏览</td></tr></table>')
    head = (f'<title>{esc(art["title"])}-城口县人民政府</title><meta name="keywords" content="城口,{"信访" if p06 else "接访"}">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}">' + (f'<meta name="PubDate" content="{y}-{m}-{d}">' if not p06 else ""))
    return head, body, url


def ybj_jfts108(art, rng, others):
    """区 医保局 portal: p08 a 缴费提醒 with ``发布时间：YYYY-MM-DD hh:mm:ss`` spans, 黑体 ``一、`` heads, a
    MsoNormalTable 缴费标准, ``1.`` 渠道 items and 咨询电话 lines (body), a 落款 + date and a 温馨提示 box
    (not body); p09 a news page ``发布日期：YYYY年MM月DD日`` with a photo + caption in the text and
    上一篇/下一篇 links."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.cqna.gov.cn/bm/qybj/zwxx_{_n(rng, 5)}/{'tzgg' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _blocks(art["body"], lambda x: f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">{x}</span></p>',
                     head=lambda x: f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-family:黑体;font-size:16pt">{x}</span></p>',
                     table=lambda rows: _table(rows, 'class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" align="center"'))
    if p08:
        info = (f'<span>发布时间：{y}-{m}-{d} {_hms(rng)}</span>&nbsp;&nbsp;<span>来源：南岸区医保局</span>&nbsp;&nbsp;'
                f'<span>阅读次数：<script>document.write({_n(rng, 4)})</script></span>&nbsp;&nbsp;'
                f'<span class="zh">字号：<a>大</a><a>中</a><a>小</a></span>')
        tail = (f'<p style="text-align:right;line-height:28pt"><span style="font-size:16pt">重庆市南岸区医疗保障局</span></p>'
                f'<p style="text-align:right;line-height:28pt"><span style="font-size:16pt">{y}年{int(m)}月{int(d)}日</span></p>')
        box = ('<div class="wxts"><h4>温馨提示</h4><p>医保缴费请认准官方渠道，医保部门不会通过电话、短信要求您向个人账户转账，谨防诈骗。</p></div>')
        pager = ""
    else:
        blocks.insert(2, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" border="0" width="600"></p>'
                         f'<p style="text-align:center"><span style="font-family:楷体">图为工作人员为居民演示线上缴费操作。（南岸区医保局供图）</span></p>')
        info = f'<span>发布日期：{y}年{m}月{d}日</span><span>信息来源：南岸区医保局</span><span>【<a>打印</a>】</span>'
        tail, box = "", ""
        prev, nxt = rng.sample(others, 2)
        pager = f'<div class="pager"><p>上一篇：<a>{esc(prev[0])}</a></p><p>下一篇：<a>{esc(nxt[0])}</a></p></div>'
    body = (f'<div class="top"><div class="wrap"><span>南岸区人民政府</span><a>无障碍</a><a>长者版</a><a>登录</a></div></div>'
            f'<div class="banner"><img src="/images/ybj_banner.png" alt="南岸区医疗保障局"></div>'
            f'<div class="menu"><a>首页</a><a>机构职能</a><a>政务公开</a><a>医保政策</a><a>办事服务</a><a>互动交流</a></div>'
            f'<div class="location">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>{"通知公告" if p08 else "工作动态"}</a></div>'
            f'<div class="xl_box"><div class="xl_title"><h1>{esc(art["title"])}</h1><div class="xl_info">{info}</div></div>'
            f'<div class="xl_con"><div class="TRS_Editor">' + "".join(blocks) + tail + f'</div></div>{box}{pager}'
            f'<div class="xl_share"><span>分享到：</span><a class="wx"></a><a class="wb"></a><a class="qq"></a></div>'
            f'<div class="xl_ewm"><img src="/images/qrcode.png"><p>扫一扫在手机打开当前页</p></div>'
            f'<div class="xl_btn"><a>打印本页</a> <a>关闭窗口</a></div></div>'
            + _gov_foot(rng, "重庆市南岸区医疗保障局", f"500108{_n(rng, 4)}"))
    head = (f'<title>{esc(art["title"])}_南岸区人民政府</title><meta name="SiteName" content="重庆市南岸区人民政府">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ColumnName" content="{"通知公告" if p08 else "工作动态"}">')
    return head, body, url


def xq_mp_wytz108(art, rng, others):
    """小区 物业 公众号 停水通知: an emoji ``📢 重要通知`` kicker, an addressee line, bold ``停水时间：`` /
    ``影响范围：`` / ``恢复供水：`` items (body), a right-aligned 落款 + date, a 温馨提示 card and a 服务热线 card
    (not body); ``publish_time`` empty, dated by the script's ``ct`` only."""
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s?__biz=MzI{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 8)}"

    def special(p):
        for lab in ("停水时间：", "影响范围：", "恢复供水："):
            if p.startswith(lab):
                return (f'<p style="line-height:2em"><span style="font-size:15px"><strong><span style="color:#0070c0">{lab}</span></strong>'
                        f'{esc(p[len(lab):])}</span></p>')
        if p.endswith("：") and len(p) < 15:
            return f'<p style="line-height:2em"><span style="font-size:15px"><strong>{esc(p)}</strong></span></p>'
        return None

    y, m, d = _ymd(art)
    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2em"><span style="font-size:15px">{x}</span></p>',
                     special=special)
    content = ('<section style="text-align:center;margin-bottom:12px"><span style="font-size:18px;color:#d9001b"><strong>📢 重要通知 📢</strong></span></section>'
               + "".join(blocks) +
               f'<p style="text-align:right;line-height:2em"><span style="font-size:15px">金悦湾小区物业服务中心</span></p>'
               f'<p style="text-align:right;line-height:2em"><span style="font-size:15px">{y}年{int(m)}月{int(d)}日</span></p>'
               '<section style="background:#eef6ff;border-radius:8px;padding:10px;margin-top:16px"><p><span style="font-size:14px">💡<strong>温馨提示</strong></span></p>'
               '<p><span style="font-size:14px">停水期间请看护好家中老人和小孩，发现管道漏水请及时联系物业。</span></p></section>'
               '<section style="text-align:center;margin-top:12px"><p><span style="font-size:13px;color:#888">☎ 物业24小时服务热线：023-67{0}</span></p>'
               '<p><span style="font-size:13px;color:#888">👇 长按关注 获取更多小区资讯 👇</span></p></section>').replace("{0}", str(_n(rng, 6)))
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">金悦湾生活家</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">{content}</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(200, 1500)}</span><a>分享</a><a>点赞 {rng.randint(3, 30)}</a><a>在看 {rng.randint(0, 9)}</a></div>'
            f'<div id="js_pc_qr_code"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "金悦湾生活家"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def dsb_tyb108(art, rng, others):
    """都市报 e-paper 体育版 (第06版): the masthead date ``YYYY年M月D日　星期X`` (the only visible date; the URL
    agrees), 版次 selector (上一版/下一版/PDF), a 版面 map and 本版标题 list, 引题/副题 around the headline, a
    ``本报记者`` byline, a photo caption before the text, a ``注：`` footnote (p11) or ``（下转07版）`` jump line
    (p12), 责任编辑 and copyright (not body); the text as ``<br>`` paragraphs in one ``founder-content`` with a
    比分/成绩 table."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.scdsb.com/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 4)
    kicker, sub = (("市运会足球项目男子甲组决赛", "替补小将邓浩梅开二度") if p11 else ("2024重庆马拉松鸣枪", "中国选手何杰打破赛会国内选手纪录"))
    parts, rows = [], []
    for p in list(art["body"]) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            parts.append(_table(rows, 'class="score" border="1" cellspacing="0" width="90%"'))
            rows = []
        if p is not None:
            parts.append(f"　　{esc(p)}<br>")
    text = "".join(parts)
    extra = ('<p class="note">注：胜一场积3分，平一场积1分，负一场积0分。</p>' if p11
             else '<p class="jump">（下转07版）</p>')
    cap = (f"图为永川队球员庆祝进球。　　本报记者　{who[2]}　摄" if p11 else f"跑者经过千厮门大桥。　　本报记者　{who[2]}　摄")
    same = "".join(f'<li><a>{esc(x)}</a></li>' for x in rng.sample(SPORTS, 3))
    areas = "".join(f'<area shape="rect" coords="{rng.randint(0, 400)},{rng.randint(0, 600)},{rng.randint(400, 800)},{rng.randint(600, 1100)}" href="content_{_n(rng, 6)}.htm">'
                    for _ in range(4))
    body = (f'<div class="paper-head"><img src="../../../images/masthead.gif" alt="山城都市报"><div class="paper-date">{y}年{int(m)}月{int(d)}日　{_week(art)}</div>'
            f'<div class="paper-links"><a>往期回顾</a> <a>报纸订阅</a> <a>数字报首页</a></div></div>'
            f'<table width="1000" align="center"><tr><td width="420" valign="top">'
            f'<div class="bc">第06版：体育新闻　<a href="node_5.htm">上一版</a>　<a href="node_7.htm">下一版</a>　<a href="../../../page/{y}-{m}/{d}/06/{_n(rng, 8)}.pdf">PDF下载</a></div>'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/06/{y}{m}{d}06_b.jpg" usemap="#PagePicMap" width="400"><map name="PagePicMap">{areas}</map></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>{same}</ul></div>'
            f'<div class="bmnav"><h4>版面导航</h4><a>01：头版</a> <a>02：要闻</a> <a>03：都市</a> <a>05：体育新闻</a> <a>06：体育新闻</a> <a>07：体育新闻</a></div></td>'
            f'<td valign="top"><div class="article">'
            f'<div class="yt">{esc(kicker)}</div><h1>{esc(art["title"])}</h1><div class="ft">{esc(sub)}</div>'
            f'<div class="author">本报记者　{who[0]}{"" if p11 else "　实习生　" + who[1]}</div>'
            f'<div class="pic"><img src="../../../res/1/{y}{m}{d}/{_n(rng, 13)}.jpg"><p class="caption">{esc(cap)}</p></div>'
            f'<!--enpcontent--><founder-content>{text}</founder-content><!--/enpcontent-->{extra}'
            f'<div class="bj">责任编辑：{who[3]}　美术编辑：{who[1] if p11 else who[2]}</div>'
            f'<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">山城都市报社 版权所有　未经书面授权，不得复制或建立镜像　渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>山城都市报-第06版：体育新闻</title><meta name="keywords" content="山城都市报,数字报">'
    return head, body, url


TEMPLATES = {"dag_kfgg108": dag_kfgg108, "wmb_mp_hrb108": wmb_mp_hrb108, "jmw_cjbd108": jmw_cjbd108,
             "xzf_xfjdr108": xzf_xfjdr108, "ybj_jfts108": ybj_jfts108, "xq_mp_wytz108": xq_mp_wytz108,
             "dsb_tyb108": dsb_tyb108}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages108", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
