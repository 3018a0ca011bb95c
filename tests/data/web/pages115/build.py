"""Build the hundred-and-fifteenth saved-page set (``pages115``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 住房公积金 分中心 portal 提取政策调整 公告 and its
问答 解读 (``gjj_tqgg115``), a 市 作协 公众号 征文 获奖名单 post (``zx_mp_zwhj115``), a 县政府网 安全生产
专项整治 通报 and 夜查 news (``xzf_aqzz115``), a 网易-like 地方新闻 page with 跟帖 and 热门推荐
(``wy_dfxw115``), a 区 气象局 portal 雷电预警 and 防雷检查 news (``qxj_ldyj115``), a 村 公众号 人居环境
红黑榜 post (``c_mp_rjhj115``) and a 市报 e-paper 第05版 专版 with 广告 (``sb_dzb115``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages115/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["向晓东", "蒲丽", "冉海燕", "邓志强", "何雨桐", "谭军", "苏婷婷", "熊磊", "黄春梅", "杜宇航"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")
COMMENTS = ["重庆网友 [四川省成都市网友]：这种改造才是实实在在的民生工程，点赞", "山城老幺：我们小区什么时候能轮到",
            "网易用户_0931：加装电梯最难的是低楼层住户同意", "渝中小雨：周末带娃去看看", "嘉陵江边的风：希望后续管护也跟上"]


def _shift(art, days: int) -> datetime.date:
    """The article's date moved by ``days`` (a 成文日期 before it, an 更新时间 after it)."""
    return datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=days)


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    out = ["<tr>" + "".join(f'<td align="center" valign="middle"><p>{esc(c)}</p></td>' for c in r.split(" ")) + "</tr>"
           for r in rows]
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
            f'<p>主办单位：{sponsor or host}&nbsp;&nbsp;承办单位：{host}</p>'
            f'<p>网站标识码：{code}&nbsp;&nbsp;<a>渝ICP备{_n(rng, 8)}号-1</a>&nbsp;&nbsp;<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jg"><img src="/images/red.png"><img src="/images/zfjc.png"></div></div>')


def gjj_tqgg115(art, rng, others):
    """住房公积金 分中心 portal: p01 (GBK) the 提取政策 公告 under an 信息公开 grid (成文日期 three days
    before, 文号), ``&nbsp;``-separated info spans with a ``document.write`` counter, 黑体 ``一、`` heads,
    ``（一）`` items, a 额度 table, a 咨询电话 line and ``特此公告。`` (body), a 落款 + date, two 附件 links,
    a 12329 card and a 相关政策 box (not body); p02 the 问答 解读 page, bold ``问：`` and plain ``答：``
    turns (body), an 图解 strip and 相关文件 link (not body); the only visible date is a later 更新时间
    (meta ``PubDate`` and the URL give the publication date)."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    col = "tzgg" if p01 else "zcjd"
    url = f"https://gjj.wz.gov.cn/zwgk_{_n(rng, 5)}/{col}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    para = lambda x: f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">{x}</span></p>'  # noqa: E731

    def special(p):
        if p.startswith("问："):
            return (f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><b><span style="font-family:仿宋_GB2312;font-size:16pt">'
                    f'{esc(p)}</span></b></p>')
        return None

    blocks = _blocks(art["body"], para, special=special,
                     head=lambda x: f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-family:黑体;font-size:16pt">{x}</span></p>',
                     table=lambda rows: _table(rows, 'class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" align="center" style="border-collapse:collapse;border:none"'))
    made = _shift(art, -3)
    later = _shift(art, 8)
    if p01:
        grid = (f'<div class="xxgk-info"><table><tr><td class="t">索引号：</td><td>11500101{_n(rng, 6)}Q/{y}-00{_n(rng, 3)}</td>'
                f'<td class="t">主题分类：</td><td>住房公积金</td></tr>'
                f'<tr><td class="t">发布机构：</td><td>重庆市住房公积金管理中心万州分中心</td><td class="t">成文日期：</td><td>{made.year}年{made.month:02d}月{made.day:02d}日</td></tr>'
                f'<tr><td class="t">发文字号：</td><td>渝公积金万州发〔{y}〕{rng.randint(10, 40)}号</td><td class="t">有效性：</td><td>有效</td></tr>'
                f'<tr><td class="t">标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr></table></div>')
        info = (f'<div class="info"><span>发布日期：{y}-{m}-{d}</span>&nbsp;&nbsp;&nbsp;&nbsp;<span>来源：万州分中心</span>&nbsp;&nbsp;&nbsp;&nbsp;'
                f'<span>浏览量：<script>document.write({_n(rng, 4)})</script></span>&nbsp;&nbsp;&nbsp;&nbsp;<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = ('<p class="MsoNormal" style="text-align:right;line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">重庆市住房公积金管理中心万州分中心</span></p>'
                f'<p class="MsoNormal" style="text-align:right;line-height:28pt;margin-right:32pt"><span style="font-family:仿宋_GB2312;font-size:16pt">{y}年{int(m)}月{int(d)}日</span></p>'
                f'<div class="fj"><p>附件：</p><p><a href="./P0{y}{m}{d}{_n(rng, 6)}.pdf">1.住房公积金租房提取申请表.pdf</a></p>'
                f'<p><a href="./P0{y}{m}{d}{_n(rng, 6)}.doc">2.既有住房加装电梯提取承诺书.doc</a></p></div>')
        extra = ('<div class="xgzc"><h4>相关政策</h4><ul><li><a>重庆市住房公积金提取管理办法</a><span>2022-03-18</span></li>'
                 '<li><a>关于支持多子女家庭使用住房公积金的通知</a><span>2023-08-09</span></li></ul></div>')
    else:
        grid = ""
        info = (f'<div class="info"><span>更新时间：{later.isoformat()} {_hm(rng)}</span>&nbsp;&nbsp;&nbsp;&nbsp;<span>来源：万州分中心</span>'
                f'&nbsp;&nbsp;&nbsp;&nbsp;<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = '<p class="xgwj">相关文件：<a>关于调整住房公积金部分提取政策的公告</a></p>'
        extra = ('<div class="tj"><h4>图解</h4><a><img src="/images/tj_tq.jpg"><span>一图读懂｜住房公积金提取新政</span></a></div>')
    card = ('<div class="side-card"><h4>12329服务热线</h4><p>工作日 9:00-17:00</p><p>手机APP　微信公众号　渝快办</p>'
            '<img src="/images/app_ewm.png"><p>扫码下载重庆公积金APP</p></div>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>[{dd}]</span></li>')
    body = (f'<div class="topbar"><span>重庆市住房公积金管理中心万州分中心欢迎您！</span><a>无障碍</a><a>关怀版</a><a>English</a></div>'
            f'<div class="logo"><img src="/images/logo.png" alt="万州住房公积金"><div class="ss"><input value="搜索"></div></div>'
            f'<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政策法规</li><li>办事指南</li><li>互动交流</li><li>数据发布</li></ul></div>'
            f'<div class="main"><div class="left">{card}</div><div class="right">'
            f'<div class="dqwz">您当前的位置：<a>首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>{"通知公告" if p01 else "政策解读"}</a></div>'
            f'{grid}<div class="con"><h2 class="bt">{esc(art["title"])}</h2>{info}'
            f'<div class="zw TRS_Editor">' + "".join(blocks) + tail + f'</div>{extra}'
            f'<div class="fx">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ</a></div>'
            f'<div class="dy"><a href="javascript:window.print()">打印本页</a>&nbsp;<a href="javascript:window.close()">关闭窗口</a></div></div>'
            f'<div class="xgxx"><h3>相关信息</h3><ul>{rel}</ul></div></div></div>'
            + _gov_foot(rng, "重庆市住房公积金管理中心万州分中心", f"CQ{_n(rng, 8)}", "重庆市住房公积金管理中心"))
    head = (f'<title>{esc(art["title"])}_重庆市住房公积金管理中心万州分中心</title><meta name="SiteName" content="重庆市住房公积金管理中心万州分中心">'
            f'<meta name="ColumnName" content="{"通知公告" if p01 else "政策解读"}"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="万州分中心">')
    return head, body, url


def zx_mp_zwhj115(art, rng, others):
    """市 作协 公众号 征文 获奖名单 post: a ``点击上方蓝字关注我们`` banner, an 编者按-like cover line, 奖项
    bar heads and ``《…》　作者：…`` entries (body), the 评委会 落款 + date, a 投稿须知 box, 编辑/校对/审核
    lines, 往期回顾, 阅读原文 (not body); ``publish_time`` ``YYYY-MM-DD hh:mm``."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 3)

    def special(p):
        if "等奖（" in p:
            return (f'<section style="margin:20px 0 10px;text-align:center"><section style="display:inline-block;background:#8b1a1a;'
                    f'padding:4px 18px;border-radius:2px"><p><span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></p></section></section>')
        if p.startswith("《"):
            title, _, rest = p.partition("》")
            return (f'<p style="text-align:center;line-height:2em"><span style="font-size:15px"><strong>{esc(title)}》</strong>'
                    f'{esc(rest)}</span></p>')
        return None

    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:1.75em;letter-spacing:1px"><span style="font-size:15px;color:#3f3f3f">{x}</span></p>',
                     special=special)
    banner = ('<section style="text-align:center"><p><span style="font-size:12px;color:#8b1a1a">点击上方蓝字关注我们</span></p>'
              '<img data-src="https://mmbiz.qpic.cn/mmbiz_png/top/640" class="rich_pages"></section>'
              '<section style="border-left:4px solid #8b1a1a;padding:6px 10px;background:#faf6f0;margin:10px 0"><p><span style="font-size:14px;color:#888">'
              '巴山渠水，文脉绵长。感谢每一位投稿的写作者。</span></p></section>')
    sign = (f'<p style="text-align:right"><span style="font-size:15px">“巴山新韵”主题征文评委会</span></p>'
            f'<p style="text-align:right"><span style="font-size:15px">{y}年{int(m)}月{int(d)}日</span></p>')
    box = ('<section style="border:1px dashed #8b1a1a;padding:10px;margin-top:18px"><p><strong>投稿须知</strong></p>'
           '<p><span style="font-size:13px">常年征稿，投稿邮箱：bsxy_dz@163.com，来稿请注明姓名、电话和通讯地址。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#a0a0a0">编辑：{who[0]}</span></p><p><span style="font-size:12px;color:#a0a0a0">校对：{who[1]}　审核：{who[2]}</span></p>'
            f'<section><p><strong>往期回顾</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><a style="color:#576b95">{tt}</a></p>') + '</section>'
            '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/qr/640"><p><span style="font-size:12px">长按识别二维码 关注达州作协</span></p></section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">达州作协</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">达州市作家协会</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">四川</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{banner}' + "".join(blocks) + sign + box + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(1000, 6000)}</span>'
            f'<a>分享</a><a>点赞 {rng.randint(30, 200)}</a><a>在看 {rng.randint(5, 60)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "达州市作家协会"; var msg_title = "{esc(art["title"])}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}">')
    return head, body, url


def xzf_aqzz115(art, rng, others):
    """县政府网 安全生产: p04 (GBK) an old table layout, the 通报 as ``&nbsp;``-indented ``<br>`` lines in
    one ``<font>`` with ``<b>`` ``一、`` heads, ``一是`` lines and ``1.`` units (body), a 文号 line, the 落款 +
    date and a 抄送 line (not body), an info ``<td>`` with ``发布日期：YYYY/M/D`` and a counter; p05 a
    modern ``xl_con`` page ``发布日期：YYYY年MM月DD日`` with bold ``坚持…，推动…`` heads and a quote (body), a
    photo + caption, 来源/责任编辑 and 上一篇/下一篇 (not body)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.cqck.gov.cn/{'zwgk_207/fdzdgknr/aqsc' if p04 else 'zwxx_207/bmdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 3)
    if p04:
        lines = "".join(f"&nbsp;&nbsp;&nbsp;&nbsp;<b>{esc(p)}</b><br>" if _head(p)
                        else (f"{esc(p)}<br>" if p.endswith("：") and "单位" in p else f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}<br>")
                        for p in art["body"])
        text = (f'<p align="center">城安委〔{y}〕{rng.randint(5, 20)}号</p><font style="font-size:12pt;line-height:180%" face="宋体">' + lines + '</font>'
                f'<p align="right">城口县安全生产委员会<br>{y}年{int(m)}月{int(d)}日</p>'
                f'<p>抄送：县委办公室，县人大常委会办公室，县政协办公室。</p>')
        body = (f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center">'
                f'<tr><td><img src="/images/top_banner.jpg" width="1000" height="150" alt="城口县人民政府"></td></tr>'
                f'<tr><td class="menu" height="36"><a>首页</a> | <a>政务公开</a> | <a>新闻中心</a> | <a>网上办事</a> | <a>公众参与</a> | <a>走进城口</a></td></tr>'
                f'<tr><td height="30">&nbsp;您现在的位置：<a>首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>安全生产</a></td></tr>'
                f'<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
                f'<td width="200" valign="top" bgcolor="#eef3f9"><div class="lm">安全生产</div><div>·<a>工作动态</a><br>·<a>通知公告</a><br>·<a>隐患曝光</a><br>·<a>应急预案</a></div>'
                f'<div class="lm">热点信息</div><div>' + _rel(rng, others, 3, lambda tt, dd: f'·<a>{tt}</a><br>') + '</div></td>'
                f'<td valign="top" style="padding:10px"><table width="100%"><tr><td align="center" class="title" height="50"><strong>{esc(art["title"])}</strong></td></tr>'
                f'<tr><td align="center" bgcolor="#f2f2f2" height="26">发布日期：{y}/{int(m)}/{int(d)}&nbsp;&nbsp;&nbsp;&nbsp;信息来源：县应急管理局&nbsp;&nbsp;&nbsp;&nbsp;'
                f'浏览次数：<script language="javascript">document.write("{_n(rng, 3)}");</script>&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="zw" id="zoom">{text}</td></tr>'
                f'<tr><td align="right">【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr></table></td></tr></table></td></tr>'
                f'<tr><td align="center" bgcolor="#1f5fa8" style="color:#fff">城口县人民政府办公室主办　网站标识码：5002290001　渝ICP备{_n(rng, 8)}号<br>'
                f'渝公网安备 {_n(rng, 14)}号　建议使用1024×768分辨率浏览</td></tr></table>')
        head = (f'<title>{esc(art["title"])}--城口县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="ColumnName" content="安全生产">')
        return head, body, url

    def special(p):
        if p.startswith("坚持") and "，推动" in p and not p.endswith("。"):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>', special=special)
    blocks.insert(4, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" oldsrc="W0{y}{m}{d}.jpg"></p>'
                     f'<p style="text-align:center"><font face="楷体">检查人员查看宾馆消防设施。（县应急管理局供图）</font></p>')
    prev, nxt = rng.sample(others, 2)
    body = (f'<div class="header"><div class="w1200"><img src="/images/logo_ck.png" alt="城口县人民政府"><div class="hdr"><a>无障碍</a><a>长者模式</a><a>登录</a></div></div></div>'
            f'<div class="menu"><a>首页</a><a>新闻中心</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进城口</a></div>'
            f'<div class="crumbs w1200">当前位置：<a>首页</a>&gt;<a>新闻中心</a>&gt;<a>部门动态</a></div>'
            f'<div class="xl_box w1200"><h1 class="xl_tit">{esc(art["title"])}</h1>'
            f'<div class="xl_info"><span>发布日期：{y}年{m}月{d}日</span><span>来源：城口县融媒体中心</span><span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
            f'<div class="xl_con"><div class="TRS_Editor">' + "".join(blocks) + '</div></div>'
            f'<div class="xl_bj">责任编辑：{who[0]}</div>'
            f'<div class="xl_page"><p>上一篇：<a>{esc(prev[0])}</a></p><p>下一篇：<a>{esc(nxt[0])}</a></p></div>'
            f'<div class="xl_tools"><span>分享到：</span><a>微信</a><a>微博</a><a class="print">打印</a><a class="close">关闭</a></div></div>'
            + _gov_foot(rng, "城口县人民政府办公室", "5002290001"))
    head = (f'<title>{esc(art["title"])}_城口县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="部门动态">')
    return head, body, url


def wy_dfxw115(art, rng, others):
    """网易-like 地方新闻 (网易重庆): ``post_info`` ``YYYY-MM-DD hh:mm:ss　来源:`` with a 跟帖 count, p06 a
    ``f_center`` photo + caption, p07 a video player above the text and ``记者：``/``name：`` turns in plain
    paragraphs (body), 本文来源 and 责任编辑 ``name_NBJ…`` lines, 热门跟帖 comments, 热门推荐 with dates, a
    网易号 statement and footer (not body); p07 also carries ``article:published_time``."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    aid = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    url = f"https://www.163.com/local/article/{aid}.html"
    who = rng.sample(WHO, 2)
    t = _hms(rng)
    blocks = [f"<p>{esc(p)}</p>" for p in art["body"]]
    if p06:
        blocks.insert(2, f'<p class="f_center"><img src="https://nimg.ws.126.net/?url=http%3A%2F%2Fcms-bucket.ws.126.net%2F{y}%2F{m}{d}%2F{_n(rng, 10)}.jpeg&thumbnail=660x2147483647" alt="">'
                         f'<br>改造后的新工村小区口袋公园。上游新闻记者 {who[0]} 摄</p>')
        video = ""
    else:
        video = (f'<div class="video-wrap"><video poster="https://videoimg.ws.126.net/cover/{y}{m}{d}/{_n(rng, 8)}.jpg"></video>'
                 f'<div class="video-info"><span>夜市摊主的三年</span><span>02:{rng.randint(10, 59)}</span><span>{rng.randint(2, 9)}万次播放</span></div></div>')
    tie = rng.randint(60, 900)
    comments = "".join(f'<div class="tie-item"><span class="tie-user">{esc(c.split("：")[0])}</span><p class="tie-txt">{esc(c.split("：", 1)[1])}</p>'
                       f'<span class="tie-vote">顶[{rng.randint(2, 99)}]</span></div>' for c in rng.sample(COMMENTS, 3))
    hot = _rel(rng, others, 5, lambda tt, dd: f'<li><a>{tt}</a><span class="time">{dd[5:]}</span></li>')
    body = (f'<div class="N-nav-top"><a>网易首页</a><a>应用</a><a>新闻</a><a>体育</a><a>娱乐</a><a>财经</a><a>汽车</a><a>房产</a><a>登录</a></div>'
            f'<div class="channel-head"><img src="https://static.ws.126.net/cq/logo.png" alt="网易重庆"><span>网易重庆 &gt; 正文</span></div>'
            f'<div class="container clearfix"><div class="post_main"><h1 class="post_title">{esc(art["title"])}</h1>'
            f'<div class="post_info">{y}-{m}-{d} {t}　来源: <a>上游新闻</a>&nbsp;<a class="post_top_tie">{tie}</a>跟帖<a class="post_report">举报</a></div>'
            f'{video}<div class="post_body" id="content">' + "".join(blocks) + '</div>'
            f'<div class="post_statement">本文来源：上游新闻 作者：{who[1]}</div>'
            f'<div class="post_author"><img src="https://static.ws.126.net/img/author.png">责任编辑：{who[0]}_NBJ{_n(rng, 5)}</div>'
            f'<div class="post_share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="tie-area"><div class="tie-titlebar"><span>热门跟帖</span><a>{tie}人参与</a></div>{comments}'
            f'<div class="tie-input"><textarea placeholder="文明上网，理性发言"></textarea><a>发表跟帖</a></div></div>'
            f'<div class="post_declare">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</div></div>'
            f'<div class="post_side"><div class="side-box"><h3>热门推荐</h3><ul>{hot}</ul></div>'
            f'<div class="side-ad"><img src="https://static.ws.126.net/ad/{_n(rng, 6)}.jpg"><span>广告</span></div></div></div>'
            f'<div class="N-nav-bottom"><p>©1997-{y} 网易公司版权所有</p><p>About NetEase | 公司简介 | 联系方法 | 招聘信息 | 客户服务 | 隐私政策</p></div>')
    head = (f'<title>{esc(art["title"])}_网易订阅</title><meta name="keywords" content="重庆,{"老旧小区" if p06 else "夜市"}">'
            f'<meta name="description" content="{esc(art["body"][0][:70])}">'
            + ("" if p06 else f'<meta property="article:published_time" content="{y}-{m}-{d}T{t}+08:00">'))
    return head, body, url


def qxj_ldyj115(art, rng, others):
    """区 气象局 portal: p08 the 雷电黄色预警 with a 预警 icon card, ``发布日期：YYYY年MM月DD日HH时MM分`` and 发布单位 spans, a
    ``：``-ended 防御指南 lead-in, ``1.`` items and a 预警区域 table (body), a 预警信息来源 line, a 签发 line and the 气象台 落款
    (not body), a 实况天气 sidebar; p09 (GBK) 防雷检查 news ``发布时间：YYYY年MM月DD日`` with a later
    ``更新时间``, ``&nbsp;`` indents, ``1.`` units, a quote, a photo + caption and a 供稿 line (not body)."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://cq.cma.gov.cn/qxxx/cs/{'yjxx' if p08 else 'qxdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 2)
    if p08:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:1.8">{x}</p>')
        top = ('<div class="yj-card"><img src="/images/yj/ld_yellow.png" alt="雷电黄色预警"><div><p class="yj-name">雷电黄色预警</p>'
               '<p class="yj-tip">6小时内可能发生雷电活动，可能会造成雷电灾害事故。</p></div></div>')
        info = (f'<span>发布日期：{y}年{m}月{d}日15时{rng.randint(40, 59)}分</span><span>发布单位：长寿区气象台</span>'
                f'<span>阅读：<script>document.write({_n(rng, 3)})</script></span>')
        tail = (f'<p>（预警信息来源：国家预警信息发布中心）</p><p style="text-align:right">长寿区气象台</p>'
                f'<p class="qf">签发：{who[0]}　　预报员：{who[1]}</p>')
    else:
        later = _shift(art, 1)
        blocks = [f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>' for p in art["body"]]
        blocks.insert(5, f'<p align="center"><img src="/u/cms/cs/{y}{m}/{_n(rng, 8)}.jpg" width="550"></p>'
                         f'<p align="center">检查人员在加油站测试接地电阻。</p>')
        top = ""
        info = (f'<span>发布时间：{y}年{m}月{d}日</span>&nbsp;&nbsp;<span>更新时间：{later.year}年{later.month:02d}月{later.day:02d}日</span>'
                f'&nbsp;&nbsp;<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span>')
        tail = '<p style="text-align:right">（长寿区气象局　供稿）</p>'
    side = (f'<div class="sk-box"><h4>长寿实况</h4><p>{rng.randint(26, 35)}℃</p><p>相对湿度 {rng.randint(55, 90)}%</p>'
            f'<p>东南风 {rng.randint(1, 3)}级</p><p>更新于 {rng.randint(10, 17)}:00</p></div>'
            '<div class="yb-box"><h4>未来三天</h4><p>今天 雷阵雨 25～34℃</p><p>明天 多云 26～35℃</p><p>后天 晴 27～36℃</p></div>')
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><em>{dd}</em></li>')
    body = (f'<div class="head"><img src="/images/cma_logo.png" alt="重庆市长寿区气象局"><div class="hd-r"><a>手机版</a><a>无障碍</a></div></div>'
            f'<div class="nav"><a>首页</a><a>机构概况</a><a>预警信息</a><a>天气预报</a><a>气象科普</a><a>政务公开</a></div>'
            f'<div class="location">当前位置：<a>首页</a> &gt; <a>{"预警信息" if p08 else "气象动态"}</a></div>'
            f'<div class="wrap"><div class="side">{side}</div><div class="detail">{top}<h1>{esc(art["title"])}</h1>'
            f'<div class="detail-info">{info}</div><div class="detail-text" id="text">' + "".join(blocks) + tail + '</div>'
            f'<div class="ewm"><img src="/images/wx_qr.jpg"><p>扫一扫关注“长寿气象”</p></div>'
            f'<div class="xg"><h3>相关文章</h3><ul>{rel}</ul></div></div></div>'
            + _gov_foot(rng, "重庆市长寿区气象局", "bm1700{0:04d}".format(rng.randint(1, 9999)), "重庆市气象局"))
    head = (f'<title>{esc(art["title"])} - 重庆市长寿区气象局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="ColumnName" content="{"预警信息" if p08 else "气象动态"}">'
            + (f'<meta name="PubDate" content="{y}-{m}-{d}">' if p08 else ""))
    return head, body, url


def c_mp_rjhj115(art, rng, others):
    """村 公众号 人居环境 红黑榜 post: a ``：``-ended 评比标准 lead-in and ``1.`` items, red and black bar
    heads, 红榜/黑榜 tables, a quote and a centred slogan (body); a ``▲`` caption, an 积分超市 兑换 card,
    来源/编辑/初审/终审 lines, 阅读/点赞/在看 (not body); ``publish_time`` ``YYYY年MM月DD日 hh:mm``."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s?__biz=MzI{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=2&sn={_n(rng, 8)}&chksm={_n(rng, 8)}"
    who = rng.sample(WHO, 3)

    def special(p):
        if p in ("红榜", "黑榜"):
            color = "#d81e06" if p == "红榜" else "#333333"
            return (f'<section style="margin:20px auto 8px;width:40%;text-align:center;background:{color};border-radius:16px">'
                    f'<p><span style="color:#fff;font-size:18px;letter-spacing:4px"><strong>{p}</strong></span></p></section>')
        if p.endswith("！") and "，" in p and len(p) < 20:
            return f'<p style="text-align:center"><strong><span style="color:#2e8b57;font-size:17px">{esc(p)}</span></strong></p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p style="line-height:1.8em"><span style="font-size:15px">{x}</span></p>',
                     special=special, table=lambda rows: _table(rows, 'style="width:100%;border-collapse:collapse;text-align:center" border="1"'))
    blocks.insert(2, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640" class="rich_pages wxw-img"></p>'
                     f'<p style="text-align:center"><span style="font-size:12px;color:#888">▲评比小组在一组村民家中查看庭院卫生</span></p>')
    card = ('<section style="background:#f3faf3;border-radius:8px;padding:12px;margin-top:14px"><p><strong><span style="color:#2e8b57">积分超市开放时间</span></strong></p>'
            '<p><span style="font-size:14px">每月5日、20日上午9:00-11:30，地点：村便民服务中心一楼。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">来源：中渡村村民委员会</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　初审：{who[1]}　终审：{who[2]}</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">潼南柏梓中渡村</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">' + "".join(blocks) + card + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(200, 1500)}</span><a>分享</a><a>点赞 {rng.randint(5, 60)}</a><a>在看 {rng.randint(1, 20)}</a></div>'
            f'<div id="js_pc_qr_code"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "潼南柏梓中渡村"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def sb_dzb115(art, rng, others):
    """市报 e-paper 第05版 (合江专版): a masthead with ``YYYY年MM月DD日 星期X`` (the only visible date; the URL
    agrees), a 版次 ``<select>`` with PDF/上一版/下一版, 版面图, an 广告 block on the page, 本版文章 list; p11
    (GBK) an 引题 over the headline, a ``□本报记者`` byline and the text as ``&nbsp;``-indented ``<br>`` lines in
    ``#ozoom``, a 转第6版 line; p12 a 引题, ``<P>`` paragraphs with a caption table, a 记者手记 box and a
    second short article (not body); 责任编辑/上一篇/下一篇/copyright (not body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.lzrb.com.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 3)
    opts = "".join(f'<option{" selected" if i == 5 else ""}>第0{i}版：{n}</option>' for i, n in
                   enumerate(["要闻", "要闻", "综合", "区县", "合江专版", "文化", "广告", "周刊"], 1))
    ad = (f'<div class="gg"><a><img src="../../../res/{y}-{m}/{d}/05/ad{_n(rng, 4)}.jpg" alt="合江荔枝酒"></a>'
          f'<p>合江荔枝酒　甜蜜礼赞　订购热线：0830-52{_n(rng, 5)}</p><span class="gg-tag">广告</span></div>')
    if p11:
        text = ('<div id="ozoom"><founder-content>' + "".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}<br>" for p in art["body"])
                + '</founder-content></div><p class="zb">（下转第6版）</p>')
        top = f'<h3 class="yt">延链补链　提质增效</h3><h1>{esc(art["title"])}</h1>'
        byline = f'<div class="author">□本报记者　{who[0]}　通讯员　{who[1]}</div>'
        extra = ""
    else:
        paras = [f"<P>　　{esc(p)}</P>" for p in art["body"]]
        photo = (f'<table class="pic" align="center" width="500"><tr><td><img src="../../../res/{y}-{m}/{d}/05/{_n(rng, 10)}.jpg" width="480"></td></tr>'
                 f'<tr><td class="picdesc">游客在石岭村竹林步道游览。　本报记者　{who[2]}　摄</td></tr></table>')
        text = '<div id="ozoom"><founder-content>' + "".join(paras[:3]) + photo + "".join(paras[3:]) + '</founder-content></div>'
        top = f'<h3 class="yt">乡村振兴看合江</h3><h1>{esc(art["title"])}</h1>'
        byline = f'<div class="author">本报记者　{who[2]}　文/图</div>'
        extra = ('<div class="sj"><h4>记者手记</h4><p>路是发展的先手棋。走进石岭村，记者看到的不只是一条新路，更是村民眼里的底气。</p></div>'
                 '<div class="second"><h3>合江举办秋季农产品展销会</h3><p>本报讯　9月10日，合江县秋季农产品展销会在县城滨江广场开幕，'
                 '120余家企业和合作社参展，展期3天。</p><p>展销会设有荔枝深加工、特色粮油等展区。</p></div>')
    same = "".join(f'<li><a>{esc(x[0])}</a></li>' for x in rng.sample(others, 3))
    body = (f'<div class="masthead"><img src="../../../images/lzrb_logo.gif" alt="泸州日报"><div class="mast-r">'
            f'<span>{y}年{m}月{d}日　{_week(art)}</span>　<a>往期回顾</a>　<a>数字报首页</a></div></div>'
            f'<div class="bcbar"><select name="bc">{opts}</select>　<a>上一版</a>　<a>下一版</a>　'
            f'<a href="../../../page/{y}-{m}/{d}/05/{_n(rng, 9)}.pdf">PDF版</a></div>'
            f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td width="360" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/05/{y}{m}{d}05_b.jpg" usemap="#pagepicmap" width="340"></div>{ad}'
            f'<div class="bmlist"><h4>本版文章</h4><ul><li><a>{esc(art["title"])}</a></li>{same}</ul></div></td>'
            f'<td valign="top"><div class="article">{top}{byline}{text}{extra}'
            f'<div class="bj">责任编辑：{who[1] if p11 else who[0]}　校对：{who[2] if p11 else who[1]}</div>'
            f'<div class="sx"><a>上一篇</a>　<a>下一篇</a></div></div></td></tr></table>'
            f'<div class="copyright">泸州日报社版权所有　未经书面授权禁止下载使用　蜀ICP备{_n(rng, 8)}号</div>')
    head = (f'<title>泸州日报数字报-{esc(art["title"])}</title><meta name="keywords" content="泸州日报,合江专版">'
            + (f'<meta name="publishdate" content="{y}-{m}-{d}">' if p11 else ""))
    return head, body, url


TEMPLATES = {"gjj_tqgg115": gjj_tqgg115, "zx_mp_zwhj115": zx_mp_zwhj115, "xzf_aqzz115": xzf_aqzz115,
             "wy_dfxw115": wy_dfxw115, "qxj_ldyj115": qxj_ldyj115, "c_mp_rjhj115": c_mp_rjhj115, "sb_dzb115": sb_dzb115}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages115", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
