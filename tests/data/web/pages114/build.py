"""Build the hundred-and-fourteenth saved-page set (``pages114``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 农业综合行政执法 portal 典型案例 公开 and 执法检查
news (``nyzf_aljs114``), a 区 文旅 公众号 赏花攻略 post with 路线 (``ly_mp_shgl114``), a 县政府网 重点民生
实事 进展 page with a table and an interview (``xzf_msss114``), a 央广网-like 地方频道 音频稿
(``yg_dfpd114``), a 区 税务局 portal 纳税信用A级 名单 公告 and 问答 (``sw_nsxy114``), a 社区 公众号 党员
志愿积分 post (``sq_mp_dyjf114``) and a 县报 e-paper 头版 with 导读 and 天气 (``xb_tb114``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages114/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["冉晓峰", "罗佳", "谭小雨", "秦永刚", "陈露", "田万里", "杨静怡", "彭辉", "龚雪莲", "黎明"]
FRONT = ["全县春节市场保供稳价工作有序推进", "县人大常委会召开主任会议", "边城文旅综合开发项目签约",
         "我县新增省级森林乡村4个", "农村电商培训班开班"]  # the e-paper page's other headlines
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


def _gov_foot(rng, host: str, code: str, sponsor: str = "") -> str:
    return (f'<div class="footer"><div class="ft-link"><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a> | <a>隐私声明</a></div>'
            f'<p>主办单位：{sponsor or host}　承办单位：{host}</p>'
            f'<p>网站标识码：{code}　<a>渝ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jg"><img src="/images/red.png"><img src="/images/zfjc.png"></div></div>')


def nyzf_aljs114(art, rng, others):
    """区 农业综合行政执法 portal: p01 (GBK) 典型案例 公开 under an 信息公开 grid (成文日期 two days
    before), info spans glued with no whitespace and a ``document.write`` counter, 黑体 ``一、…案`` heads,
    ``<strong>案情简介：</strong>``/``处理结果：`` paragraphs and a 举报电话 line (body), a 落款 + date, an 附件
    link and a 相关链接 strip (not body); p02 a 执法检查 news page whose only visible date is a later
    ``更新时间`` (meta ``PubDate`` and the URL give the publication date), ``1.`` places and a photo +
    caption in the text."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    col = "zfal" if p01 else "zfdt"
    url = f"http://www.fl.gov.cn/bm/qnyncw/zwgk_{_n(rng, 5)}/{col}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"

    def special(p):
        for lab in ("案情简介：", "处理结果："):
            if p.startswith(lab):
                return (f'<p style="text-indent:2em;line-height:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">'
                        f'<strong>{lab}</strong>{esc(p[len(lab):])}</span></p>')
        return None

    blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>',
                     head=lambda t: f'<p style="text-indent:2em;line-height:2em"><span style="font-family:黑体;font-size:16pt">{t}</span></p>',
                     special=special)
    if p01:
        meta = (f'<div class="gknb"><table class="gk-table"><tr><th>索引号：</th><td>11500102MB1{_n(rng, 6)}/{y}-00{_n(rng, 3)}</td>'
                f'<th>主题分类：</th><td>农业、林业、水利</td></tr>'
                f'<tr><th>发布机构：</th><td>涪陵区农业农村委</td><th>成文日期：</th><td>{y}-{m}-{int(d) - 2:02d}</td></tr>'
                f'<tr><th>标题：</th><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><th>发文字号：</th><td></td><th>发布日期：</th><td>{y}-{m}-{d}</td></tr></table></div>')
        info = (f'<div class="zwxl-info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：区农业综合行政执法支队</span>'
                f'<span>浏览次数：<script>document.write("{_n(rng, 3)}")</script></span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = ('<p style="text-align:right;line-height:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">重庆市涪陵区农业综合行政执法支队</span></p>'
                f'<p style="text-align:right;line-height:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">{y}年{int(m)}月{int(d) - 2}日</span></p>'
                f'<p class="fj">附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.pdf">行政处罚决定书（公开版）.pdf</a></p>')
        strip = ('<div class="xglj"><span>相关链接：</span><a>中国农业农村信息网</a> <a>重庆市农业农村委</a> <a>12316三农服务热线</a></div>')
    else:
        blocks.insert(8, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600" border="0"></p>'
                         f'<p style="text-align:center"><span style="font-family:楷体_GB2312">执法人员在珍溪镇一家农资门店检查农药经营台账。（区农业综合行政执法支队供图）</span></p>')
        meta = ""
        info = (f'<div class="zwxl-info"><span>来源：涪陵区农业农村委</span>&nbsp;&nbsp;<span>更新时间：{y}-{m}-{int(d) + 7:02d} {_hm(rng)}</span>'
                f'&nbsp;&nbsp;<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail, strip = "", ""
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>')
    body = (f'<div class="top-bar"><span>欢迎访问重庆市涪陵区人民政府网站</span><a>无障碍浏览</a><a>长者模式</a></div>'
            f'<div class="head"><img src="/images/logo_fl.png" alt="涪陵区人民政府"><div class="search"><input value="请输入关键字"><a>搜索</a></div></div>'
            f'<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进涪陵</li></ul></div>'
            f'<div class="position">当前位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区农业农村委</a> &gt; <a>{"执法案例" if p01 else "执法动态"}</a></div>'
            f'<div class="zwxl">{meta}<div class="zwxl-title"><p class="tit">{esc(art["title"])}</p>{info}</div>'
            f'<div class="zwxl-article"><div class="view TRS_UEDITOR trs_paper_default">' + "".join(blocks) + tail + f'</div></div>{strip}'
            f'<div class="zwxl-tool"><div class="share">分享到：<a class="wx"></a><a class="wb"></a></div>'
            f'<div class="ewm"><img src="/images/ewm.png"><span>扫一扫在手机打开当前页</span></div>'
            f'<a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>'
            f'<div class="xgxx"><h3>相关信息</h3><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "重庆市涪陵区农业农村委员会", f"500102{_n(rng, 4)}", "重庆市涪陵区人民政府办公室"))
    head = (f'<title>{esc(art["title"])}_重庆市涪陵区人民政府</title><meta name="SiteName" content="重庆市涪陵区人民政府">'
            f'<meta name="ColumnName" content="{"执法案例" if p01 else "执法动态"}"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区农业农村委">')
    return head, body, url


def ly_mp_shgl114(art, rng, others):
    """区 文旅 公众号 赏花攻略 post: a ``点击蓝字 关注我们`` banner, flower-name bar heads, bold
    ``最佳观赏期：``/``地址：`` lines, a ``推荐路线`` bar and ``路线一：`` lines (body); ``▲`` photo captions, a
    温馨提示 box, 来源/编辑/审核 lines, 往期推荐, 阅读原文 (not body); ``publish_time`` ``YYYY年MM月DD日 hh:mm``
    and an in-text ``3月15日起`` that is not the publication date."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 3)
    caps = iter(["▲金龙村的油菜花海（图/大观镇）", "▲兴隆镇李花（图/南川区融媒体中心）"])

    def special(p):
        if "·" in p and len(p) < 16:
            return (f'<section style="margin:24px 0 8px"><section style="display:inline-block;padding:3px 14px;background:#f29bb3;'
                    f'border-radius:0 14px 14px 0"><span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></section></section>')
        if p == "推荐路线":
            return (f'<section style="text-align:center;margin:24px 0 8px"><section style="display:inline-block;border-bottom:2px solid #5aa469;padding:2px 10px">'
                    f'<span style="color:#5aa469;font-size:17px"><strong>{esc(p)}</strong></span></section></section>')
        for lab in ("最佳观赏期：", "地址：", "路线一：", "路线二："):
            if p.startswith(lab):
                return (f'<p style="line-height:1.75em"><span style="font-size:15px;color:#595959"><strong>{lab}</strong>'
                        f'{esc(p[len(lab):])}</span></p>')
        return None

    out = []
    for b in _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{x}</span></p>',
                     special=special):
        out.append(b)
        if b.startswith("<p") and ("金龙村的千亩" in b or "兴隆镇的李子林" in b):
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640" class="rich_pages wxw-img"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#a5a5a5">{next(caps)}</span></p>')
    banner = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/top/640">'
              '<p><span style="font-size:12px;color:#f29bb3">点击蓝字 关注我们</span></p></section>')
    box = ('<section style="border:1px solid #f29bb3;border-radius:6px;padding:10px 12px;margin-top:20px">'
           '<p><strong><span style="color:#f29bb3">温馨提示</span></strong></p>'
           '<p><span style="font-size:14px">赏花时请文明游览，不攀折花枝、不踩踏农作物；周末车流量较大，请错峰出行，服从现场交通引导。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">来源：南川区文化旅游委</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}</span></p>'
            f'<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">南川文旅</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">南川文旅</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{banner}' + "".join(out) + box + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(2000, 9000)}</span>'
            f'<a>分享</a><a>收藏</a><a>点赞 {rng.randint(40, 300)}</a><a>在看 {rng.randint(10, 80)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "南川文旅"; var msg_title = "{esc(art["title"])}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}"><meta property="twitter:card" content="summary">')
    return head, body, url


def xzf_msss114(art, rng, others):
    """县政府网 重点民生实事: p04 (GBK) an old table layout whose text is ``<br><br>``-separated ``　　``
    lines in one ``<font>``, ``<b>`` ``一、`` heads and a 项目 table inside (body), an info ``<td>`` with
    ``发布时间：YYYY年MM月DD日`` and a later ``更新时间``, a 政务公开目录 side column and a 责任编辑 line (not body);
    p05 a modern page ``YYYY/MM/DD hh:mm`` with bold ``记者：`` turns and ``name：`` answers, a photo +
    caption before the last paragraph and a 相关链接 box (not body)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.cqsz.gov.cn/{'zwgk_264/zdlyxxgk/msss' if p04 else 'zwxx_264/szyw'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 3)
    if p04:
        parts, rows = [], []
        for p in list(art["body"]) + [None]:
            if p is not None and _row(p):
                rows.append(p)
                continue
            if rows:
                parts.append('</font>' + _table(rows, 'border="1" cellspacing="0" cellpadding="3" width="95%" align="center" bordercolor="#999999"')
                             + '<font face="宋体" style="font-size:12pt;line-height:200%">')
                rows = []
            if p is None:
                break
            parts.append(f"　　<b>{esc(p)}</b><br><br>" if _head(p) else f"　　{esc(p)}<br><br>")
        text = (f'<font face="宋体" style="font-size:12pt;line-height:200%">' + "".join(parts) + '</font>'
                f'<p align="right">（责任编辑：{who[0]}）</p>')
        side = ('<td width="220" valign="top" bgcolor="#f7f7f7"><table width="100%"><tr><td class="lmtit">政务公开目录</td></tr>'
                '<tr><td>·<a>机构职能</a><br>·<a>政策文件</a><br>·<a>规划计划</a><br>·<a>重点民生实事</a><br>·<a>财政资金</a><br>·<a>建议提案办理</a></td></tr>'
                '<tr><td class="lmtit">最新公开</td></tr><tr><td>'
                + _rel(rng, others, 4, lambda tt, dd: f'·<a>{tt}</a><br>') + '</td></tr></table></td>')
        body = (f'<table width="1002" border="0" cellspacing="0" cellpadding="0" align="center">'
                f'<tr><td><img src="/images/szbanner.jpg" width="1002" height="150"></td></tr>'
                f'<tr><td class="nav" height="34" bgcolor="#1a5fa8"><a>首页</a> | <a>石柱概况</a> | <a>政务公开</a> | <a>网上办事</a> | <a>政民互动</a></td></tr>'
                f'<tr><td height="28">您现在的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>重点领域信息公开</a> &gt; <a>民生实事</a></td></tr></table>'
                f'<table width="1002" border="0" cellspacing="0" cellpadding="0" align="center"><tr>{side}<td valign="top">'
                f'<table width="100%" border="0" cellspacing="0" cellpadding="6">'
                f'<tr><td align="center"><font size="5" color="#003399"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="hui12">发布时间：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;更新时间：{y}年{int(m) + 1:02d}月02日&nbsp;&nbsp;&nbsp;'
                f'来源：县发展改革委&nbsp;&nbsp;&nbsp;点击数：<script>document.write({_n(rng, 4)})</script>&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td><hr size="1" color="#cccccc"></td></tr>'
                f'<tr><td class="content" id="zoom">{text}</td></tr>'
                f'<tr><td align="right">【<a>打印本页</a>】【<a>关闭窗口</a>】【<a>返回顶部</a>】</td></tr></table></td></tr></table>'
                f'<table width="1002" align="center" class="bottom"><tr><td align="center">主办：石柱土家族自治县人民政府办公室　'
                f'网站标识码：5002400001　渝ICP备{_n(rng, 8)}号<br>渝公网安备 {_n(rng, 14)}号　建议使用IE8.0以上版本浏览器</td></tr></table>')
    else:
        def special(p):
            if p.startswith("记者："):
                return f'<p>　　<strong>记者：{esc(p[3:])}</strong></p>'
            if p.startswith("谭明亮："):
                return f'<p>　　<strong>谭明亮：</strong>{esc(p[4:])}</p>'
            return None

        blocks = _blocks(art["body"], lambda x: f'<p>　　{x}</p>', special=special)
        blocks.insert(len(blocks) - 1, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                                       f'<p style="text-align:center">南宾街道社区养老服务站里，老人们在活动室下棋。（记者　{who[1]}　摄）</p>')
        rel = _rel(rng, others, 2, lambda tt, dd: f'<li><a>{tt}</a></li>')
        body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="石柱土家族自治县人民政府"></div>'
                f'<div class="hd-r"><a>无障碍</a><a>English</a><input placeholder="搜索"></div></div>'
                f'<div class="menu"><a>首页</a><a>要闻动态</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>魅力石柱</a></div>'
                f'<div class="crumbs">当前位置：<a>首页</a>&gt;<a>要闻动态</a>&gt;<a>石柱要闻</a></div>'
                f'<div class="detail"><h1 class="detail-title">{esc(art["title"])}</h1>'
                f'<div class="detail-info"><span>时间：{y}/{m}/{d} {_hm(rng)}</span><span>来源：石柱县融媒体中心</span>'
                f'<span>作者：{who[1]}</span><span class="fs">字号：<a>大</a><a>中</a><a>小</a></span></div>'
                f'<div class="detail-con article-box"><div class="TRS_Editor">' + "".join(blocks) + '</div></div>'
                f'<div class="xglj-box"><h4>相关链接</h4><ul>{rel}</ul></div>'
                f'<div class="detail-bj">责任编辑：{who[2]}</div>'
                f'<div class="detail-tools"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ</a><a class="print">打印</a><a class="close">关闭</a></div></div>'
                + _gov_foot(rng, "石柱土家族自治县人民政府办公室", "5002400001"))
    head = (f'<title>{esc(art["title"])}-石柱土家族自治县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="ColumnName" content="{"民生实事" if p04 else "石柱要闻"}">'
            + ("" if p04 else f'<meta name="PubDate" content="{y}-{m}-{d}">'))
    return head, body, url


def yg_dfpd114(art, rng, others):
    """央广网-like 地方频道 音频稿: a 央广网 channel header and breadcrumb, an info line (p06
    ``YYYY-MM-DD hh:mm:ss``, p07 ``YYYY年MM月DD日 hh:mm``) with 来源, an 音频 player with 时长 and 语音播报, a
    photo + caption (p06), a 原标题 line (p07), 编辑/责任编辑, 相关阅读 with dates, a 版权声明 (not body); the
    text opens with the ``央广网X月X日消息（记者…）`` dateline (body) and p07 has ``记者：``/``name：`` turns."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    chan, host = (("重庆频道", "cq") if p06 else ("四川频道", "sc"))
    url = f"https://{host}.cnr.cn/{'qxxw' if p06 else 'scdt'}/{y}{m}{d}/t{y}{m}{d}_{_n(rng, 9)}.shtml"
    who = rng.sample(WHO, 2)
    blocks = _blocks(art["body"], lambda x: f'<p>　　{x}</p>')
    if p06:
        blocks.insert(3, f'<p style="text-align:center"><img src="//img.cnr.cn/{y}{m}{d}/{_n(rng, 12)}.jpg" border="0"></p>'
                         f'<p style="text-align:center">果农在曲尺乡柑园村修剪脆李树。（央广网发　巫山县委宣传部供图）</p>')
        date_line = f"{y}-{m}-{d} {_hms(rng)}"
        orig = ""
    else:
        date_line = f"{y}年{m}月{d}日 {_hm(rng)}"
        orig = '<p class="orig">原标题：一勺豆瓣“酿”出百亿产业</p>'
    dur = f"0{rng.randint(2, 4)}:{rng.randint(10, 59)}"
    player = (f'<div class="audio-box"><div class="audio-title">{"语音播报" if p06 else "中国之声《新闻纵横》"}</div>'
              f'<audio src="//audio.cnr.cn/{y}{m}{d}/{_n(rng, 10)}.mp3"></audio><span class="cur">00:00</span><span class="dur">{dur}</span></div>')
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
    body = (f'<div class="top"><a class="logo">央广网</a><span class="chan">{chan}</span><div class="topnav"><a>首页</a><a>时政</a>'
            f'<a>财经</a><a>地方</a><a>云听</a><a>中国之声</a></div></div>'
            f'<div class="path"><a>央广网首页</a> &gt; <a>{chan}</a> &gt; <a>{"区县新闻" if p06 else "四川动态"}</a></div>'
            f'<div class="article-main"><div class="article-header"><h1>{esc(art["title"])}</h1>'
            f'<div class="source"><span>{date_line}</span><span>来源：央广网</span></div></div>'
            f'{player}<div class="article-content"><div class="TRS_Editor">' + "".join(blocks) + '</div></div>'
            f'{orig}<div class="editor">{"编辑" if p06 else "责任编辑"}：{who[1]}</div>'
            f'<div class="share"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="relnews"><h3>相关阅读</h3><ul>{rel}</ul></div>'
            f'<div class="copyright">央广网版权声明：本网站所刊载信息，不代表中央广播电视总台和央广网观点。未经中央广播电视总台和央广网书面授权，不得转载、摘编、复制、链接。</div></div>'
            f'<div class="footer"><p>中央广播电视总台 版权所有</p><p>京ICP备{_n(rng, 8)}号 京公网安备{_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_央广网</title><meta name="keywords" content="{"巫山,脆李" if p06 else "郫都,豆瓣"}">'
            f'<meta name="description" content="{esc(art["body"][0][:60])}">')
    return head, body, url


def sw_nsxy114(art, rng, others):
    """区 税务局 portal: p08 (GBK) a 纳税信用A级名单 公告 under an 索引号 grid (成文日期 two days before), a
    ``…公告YYYY年第N号`` line, ``&nbsp;``-separated info spans, a 名单 table, ``（一）`` items, a 咨询电话 line and
    ``特此公告。`` (body), a 落款 + date and an 附件 link (not body); p09 a 政策问答 page ``发布时间：YYYY/MM/DD``
    with bold ``问：`` turns and ``答：`` answers (body) and a 相关文件 box (not body)."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"https://chongqing.chinatax.gov.cn/cqtax/jbq/{'tzgg' if p08 else 'zcjd'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    para = lambda x: f'<p class="MsoNormal" style="text-indent:2em;line-height:28px"><span style="font-family:仿宋;font-size:16px">{x}</span></p>'  # noqa: E731
    if p08:
        blocks = _blocks(art["body"], para,
                         head=lambda x: f'<p class="MsoNormal" style="text-indent:2em;line-height:28px"><b><span style="font-family:黑体;font-size:16px">{x}</span></b></p>',
                         table=lambda rows: _table(rows, 'class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse"'))
        grid = (f'<table class="xxgk-grid"><tr><td>索 引 号：</td><td>11500105{_n(rng, 6)}T/{y}-00{_n(rng, 3)}</td><td>信息分类：</td><td>纳税信用</td></tr>'
                f'<tr><td>发布机构：</td><td>国家税务总局重庆市江北区税务局</td><td>成文日期：</td><td>{y}年{m}月{int(d) - 2:02d}日</td></tr>'
                f'<tr><td>名　　称：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
        number = f'<p class="wh" style="text-align:center">国家税务总局重庆市江北区税务局公告{y}年第{rng.randint(2, 6)}号</p>'
        info = (f'<span>发布日期：{y}-{m}-{d}</span>&nbsp;&nbsp;&nbsp;<span>信息来源：江北区税务局</span>&nbsp;&nbsp;&nbsp;'
                f'<span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span>&nbsp;<span>【<a>打印</a>】</span>')
        tail = ('<p style="text-align:right;line-height:28px"><span style="font-family:仿宋;font-size:16px">国家税务总局重庆市江北区税务局</span></p>'
                f'<p style="text-align:right;line-height:28px"><span style="font-family:仿宋;font-size:16px">{y}年{int(m)}月{int(d)}日</span></p>'
                f'<div class="fj"><p>附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.xlsx">2024年度纳税信用A级纳税人名单.xlsx</a></p></div>')
        box = ""
    else:
        def special(p):
            if p.startswith("问："):
                return f'<p style="text-indent:2em;line-height:28px"><strong><span style="font-size:16px">{esc(p)}</span></strong></p>'
            return None

        blocks = _blocks(art["body"], para, special=special)
        grid, number = "", ""
        info = f'<span>发布时间：{y}/{m}/{d}</span><span>来源：江北区税务局</span><span>字体：<a>大</a> <a>中</a> <a>小</a></span>'
        tail = ""
        box = ('<div class="xgwj"><h4>相关文件</h4><ul><li><a>国家税务总局关于纳税信用修复有关事项的公告</a><span>2019-11-07</span></li>'
               '<li><a>纳税信用管理办法（试行）</a><span>2014-07-04</span></li></ul></div>')
    body = (f'<div class="header"><img src="/cqtax/images/logo.png" alt="国家税务总局重庆市税务局"><div class="hd-link"><a>电子税务局</a><a>12366</a><a>无障碍</a></div></div>'
            f'<div class="nav"><a>首页</a><a>信息公开</a><a>新闻动态</a><a>纳税服务</a><a>互动交流</a><a>专题专栏</a></div>'
            f'<div class="dqwz">当前位置：<a>首页</a> &gt; <a>区县局</a> &gt; <a>江北区税务局</a> &gt; <a>{"通知公告" if p08 else "政策解读"}</a></div>'
            f'<div class="article">{grid}<h2 class="bt">{esc(art["title"])}</h2>{number}<div class="sx">{info}</div>'
            f'<div class="zw" id="fontzoom">' + "".join(blocks) + tail + f'</div>{box}'
            f'<div class="ewm"><img src="/cqtax/images/ewm.png"><p>扫一扫在手机打开当前页</p></div>'
            f'<div class="gb"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
            + _gov_foot(rng, "国家税务总局重庆市江北区税务局", "bm29220001", "国家税务总局重庆市税务局"))
    head = (f'<title>{esc(art["title"])}-国家税务总局重庆市税务局</title><meta name="SiteName" content="国家税务总局重庆市税务局">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ColumnName" content="{"通知公告" if p08 else "政策解读"}">')
    return head, body, url


def sq_mp_dyjf114(art, rng, others):
    """社区 公众号 党员志愿积分 post: bold ``时间：``/``地点：``/``参加人员：`` lines in a bordered section, a
    ``：``-ended lead-in, ``1.`` 积分规则 items, a 积分 table, a quote and a centred slogan (body); a
    ``▲`` caption, an 积分小课堂 box, 来源/编辑 lines, 阅读/点赞/在看 (not body); ``publish_time`` empty, dated by
    the script's ``ct`` only."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s?__biz=MzU{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 8)}"
    who = rng.sample(WHO, 2)

    def special(p):
        for lab in ("时间：", "地点：", "参加人员："):
            if p.startswith(lab):
                return (f'<section style="border-left:3px solid #c00000;padding-left:8px;margin:4px 0"><p><span style="font-size:15px">'
                        f'<strong>{lab}</strong>{esc(p[len(lab):])}</span></p></section>')
        if p.endswith("！") and len(p) < 16:
            return f'<p style="text-align:center"><strong><span style="color:#c00000;font-size:18px">{esc(p)}</span></strong></p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:1.8em"><span style="font-size:15px">{x}</span></p>',
                     special=special, table=lambda rows: '<section style="overflow-x:auto">' + _table(rows, 'style="width:100%;border-collapse:collapse"') + '</section>')
    blocks.insert(len(blocks) - 3, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640" class="rich_pages"></p>'
                                   f'<p style="text-align:center"><span style="font-size:12px;color:#888">▲党员志愿者在兑换现场挑选物品</span></p>')
    box = ('<section style="background:#fff5f5;border-radius:8px;padding:12px;margin-top:16px"><p><strong><span style="color:#c00000">积分小课堂</span></strong></p>'
           '<p><span style="font-size:14px">积分当年有效，可在每季度最后一周到社区党群服务中心兑换，也可以捐给社区“微心愿”基金。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">来源：双巷子社区</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">渝碚路双巷子社区</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">' + "".join(blocks) + box + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(300, 1800)}</span><a>分享</a><a>点赞 {rng.randint(5, 60)}</a><a>在看 {rng.randint(1, 20)}</a></div>'
            f'<div id="js_pc_qr_code"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "渝碚路双巷子社区"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xb_tb114(art, rng, others):
    """县报 e-paper 头版 (第01版): the masthead with the date ``YYYY年M月D日　星期X`` (the only visible date;
    the URL agrees) and a 天气 line, a 版次 bar (上一版/下一版/PDF), 今日导读 with ``→X版`` pointers, 本版标题,
    an 引题 (p11) or 副题 (p12) around the headline, a ``记者`` byline, a ``（转第2版）`` jump (p11) or a
    photo + caption table inside the text (p12), 责任编辑 and copyright (not body); the text as ``<br>``
    lines in one ``founder-content`` (p11) or ``<P>`` paragraphs (p12), the ``本报讯　`` opening kept."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://xsb.xiushan.gov.cn/{'html' if p11 else 'epaper'}/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    who = rng.sample(WHO, 3)
    weather = ("多云　2℃～8℃　北风1级" if p11 else "小雨转阴　9℃～15℃　东南风2级")
    guide = ("<li>全县政法工作会议召开 →2版</li><li>冬季森林防火进入关键期 →3版</li><li>边城记忆：老街的年味 →4版</li>" if p11
             else "<li>县政协十一届四次会议开幕 →2版</li><li>春季植树造林全面启动 →3版</li><li>三月三 山歌会 →4版</li>")
    same = "".join(f'<li><a>{esc(x)}</a></li>' for x in rng.sample(FRONT, 3))
    if p11:
        text = ('<!--enpcontent--><founder-content>' + "".join(f"　　{esc(p)}<br>" for p in art["body"]) + '</founder-content><!--/enpcontent-->'
                '<p class="zb">（转第2版）</p>')
        top = f'<div class="yt">聚焦项目建设</div><h1>{esc(art["title"])}</h1>'
        byline = f'<div class="author">记者　{who[0]}</div>'
    else:
        paras = [f"<P>　　{esc(p)}</P>" for p in art["body"]]
        photo = (f'<table class="pic" align="center"><tr><td><img src="../../../res/{y}{m}{d}/{_n(rng, 12)}.jpg" width="480"></td></tr>'
                 f'<tr><td class="picdesc">大寨村村民在大棚里播撒稻种。　　记者　{who[1]}　摄</td></tr></table>')
        text = '<div id="ozoom"><founder-content>' + "".join(paras[:2]) + photo + "".join(paras[2:]) + '</founder-content></div>'
        top = f'<h1>{esc(art["title"])}</h1><div class="ft">全县已调运种子1100吨、化肥2.3万吨</div>'
        byline = f'<div class="author">记者　{who[0]}　通讯员　{who[2]}</div>'
    body = (f'<div class="masthead"><img src="../../../images/xsb_logo.gif" alt="秀山报"><div class="mast-r">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>今日天气：{weather}</p><p>中共秀山县委主管主办</p></div></div>'
            f'<div class="bc">第01版：要闻　<a>上一版</a>　<a href="node_2.htm">下一版</a>　<a href="../../../page/{y}-{m}/{d}/01/{_n(rng, 8)}.pdf">PDF下载</a>　<a>往期回顾</a></div>'
            f'<table width="1000" align="center"><tr><td width="360" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/01/{y}{m}{d}01_b.jpg" width="340"></div>'
            f'<div class="dd"><h4>今日导读</h4><ul>{guide}</ul></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>{same}</ul></div></td>'
            f'<td valign="top"><div class="article">{top}{byline}{text}'
            f'<div class="bj">责任编辑：{who[2] if p11 else who[1]}</div>'
            f'<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">秀山报社 版权所有　本站所有内容未经授权不得转载　渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>秀山报-第01版：要闻</title><meta name="keywords" content="秀山报,数字报">'
    return head, body, url


TEMPLATES = {"nyzf_aljs114": nyzf_aljs114, "ly_mp_shgl114": ly_mp_shgl114, "xzf_msss114": xzf_msss114,
             "yg_dfpd114": yg_dfpd114, "sw_nsxy114": sw_nsxy114, "sq_mp_dyjf114": sq_mp_dyjf114, "xb_tb114": xb_tb114}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages114", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
