"""Build the hundred-and-nineteenth saved-page set (``pages119``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 城市管理局 (市政园林) portal 公园改造 征求意见 公告
and 完工 news (``szyl_gyzx119``), a 市 中级法院 公众号 典型案例 发布 post (``fy_mp_dxal119``), a 县政府网
人大代表 视察 / 联络站 page (``xzf_rdsc119``), a 天眼新闻-like 地方新闻 page with a video
(``tyxw_sp119``), a 区 生态环境局 portal 排污许可 公示 with a table and 证后监管 news
(``sthj_pwxk119``), a 镇 公众号 农产品展销会 post (``zh_mp_zxh119``) and a 都市报 e-paper 民生版
with 读者来电 (``dsb_msb119``). ``articles.txt`` holds the title, date and reference body; the
furniture (not body) is written here. See README.md.

    python tests/data/web/pages119/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["何志强", "张丽萍", "吴晓东", "罗晶", "李德明", "付婷婷", "王成刚", "周燕", "简雨欣", "蒲国华"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")
GUIDE = ["轻轨站旁的共享单车乱停放 已清理", "小区二次供水水箱多久清洗一次？", "社区食堂开进老旧小区",
         "市民来信：希望增设过街天桥", "便民信息：本周停水停电通知"]  # the e-paper page's other reports


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    out = ("<tr>" + "".join(f'<td align="center" valign="middle"><p class="MsoNormal" align="center">{esc(c)}</p></td>'
                            for c in r.split(" ")) + "</tr>" for r in rows)
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
    return (f'<div class="foot"><div class="foot-link"><a>关于本网</a>|<a>网站地图</a>|<a>联系我们</a>|<a>纠错</a></div>'
            f'<p>主办：{sponsor or host}&nbsp;&nbsp;承办：{host}</p>'
            f'<p>网站标识码：{code}&nbsp;&nbsp;<a>渝ICP备{_n(rng, 8)}号</a>&nbsp;&nbsp;渝公网安备 {_n(rng, 14)}号</p>'
            f'<p><img src="/images/dzjg.png"> <img src="/images/zfzc.png"></p></div>')


def _wx_tail(rng, src, who, others, k=3) -> str:
    return (f'<p style="text-align:right"><span style="font-size:12px;color:#888">来源：{src}</span></p>'
            f'<p style="text-align:right"><span style="font-size:12px;color:#888">编辑：{who[0]}　审核：{who[1]}</span></p>'
            f'<section style="margin-top:20px"><p><strong><span style="color:#576b95">往期推荐</span></strong></p>'
            + _rel(rng, others, k, lambda t, d: f'<p><a class="weui-link"><span style="font-size:14px">{t}</span></a></p>') + '</section>')


def _wx_page(rng, art, nick, when, inner, url) -> str:
    """A WeChat ``rich_media`` page around ``inner`` with the visible ``publish_time`` ``when`` and the
    script's ``ct``."""
    t = when.split(" ")[-1]
    return (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n          </h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">{nick}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{when}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">发表于<span id="js_ip_wording">重庆</span></em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">{inner}</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(800, 9000)}</span>'
            f'<a class="like_btn">点赞 {rng.randint(20, 200)}</a><a class="share_btn">分享</a><a class="sg_btn">在看 {rng.randint(5, 60)}</a></div>'
            f'<div class="qr_code_pc_outer"><img class="qr_code_pc_img" src="/mp/qrcode?scene=10000004&size=102"><p>微信扫一扫<br>关注该公众号</p></div>'
            f'</div></div></div><script>var ct = "{_epoch(art, t)}"; var nickname = "{nick}"; var msg_link = "{url}";</script>')


def szyl_gyzx119(art, rng, others):
    """区 城市管理局 (市政园林) portal: p01 (GBK) a 公园改造 征求意见 公告 under an 信息公开 ``<ul>`` grid,
    glued info spans (``发布日期：YYYY-MM-DD``, 来源, ``document.write`` 浏览次数), ``<strong>`` ``一、`` heads,
    ``1.`` 反馈方式 items, ``时间：``/``地点：``/``参加人员：`` lines and a 联系人 line (body), the 落款 and its
    date and two 附件 lines (not body); p02 a 完工 news page with no visible date (meta ``PubDate`` and the
    URL give it), a photo + caption in the text, 相关阅读 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.cqjlp.gov.cn/bm/qcsglj/{'zwgk_tzgg' if p01 else 'zwdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    para = lambda x: f'<p style="text-indent:2em;line-height:1.8"><font face="仿宋_GB2312" style="font-size:16pt">{x}</font></p>'  # noqa: E731
    blocks = _blocks(art["body"], para,
                     head=lambda x: f'<p style="text-indent:2em;line-height:1.8"><strong><font face="黑体" style="font-size:16pt">{x}</font></strong></p>')
    if p01:
        grid = (f'<div class="xxgk-info"><ul><li><b>索引号：</b>11500107MB1{_n(rng, 6)}/{y}-00{_n(rng, 3)}</li>'
                f'<li><b>发文机关：</b>九龙坡区城市管理局</li><li><b>主题分类：</b>城乡建设、环境保护</li>'
                f'<li><b>成文日期：</b>{y}-{m}-{int(d) - 3:02d}</li><li><b>标题：</b>{esc(art["title"])}</li>'
                f'<li><b>发文字号：</b></li><li><b>发布日期：</b>{y}-{m}-{d}</li></ul></div>')
        info = (f'<div class="detail-info"><span>发布日期：{y}-{m}-{d}</span><span>来源：九龙坡区城市管理局</span>'
                f'<span>浏览次数：<script>document.write("{_n(rng, 4)}")</script></span><span class="zh">字号：<a>大</a><a>中</a><a>小</a></span></div>')
        tail = ('<p style="text-align:right;line-height:1.8"><font face="仿宋_GB2312" style="font-size:16pt">重庆市九龙坡区城市管理局</font></p>'
                f'<p style="text-align:right;line-height:1.8"><font face="仿宋_GB2312" style="font-size:16pt">{y}年{int(m)}月{int(d)}日</font></p>'
                f'<p class="fj">附件：1.<a href="./P0{y}{m}{d}{_n(rng, 6)}.pdf">彩云湖公园提升改造方案（征求意见稿）.pdf</a></p>'
                f'<p class="fj">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2.<a href="./P0{y}{m}{d}{_n(rng, 6)}.docx">意见反馈表.docx</a></p>')
    else:
        grid = ""
        blocks.insert(4, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600" oldsrc="W0{y}{m}{d}.jpg"></p>'
                         f'<p style="text-align:center"><font face="楷体_GB2312">图为改造后的彩云湖公园环湖步道。（区城市管理局供图）</font></p>')
        info = (f'<div class="detail-info"><span>来源：九龙坡区城市管理局</span>&nbsp;&nbsp;<span>作者：{who[0]}</span>'
                f'&nbsp;&nbsp;<span class="zh">字号：<a>大</a><a>中</a><a>小</a></span></div>')
        tail = ""
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span class="date">[{dd}]</span></li>')
    body = (f'<div class="topbar"><span>今天是：<script>showDate()</script></span><a>长者模式</a><a>无障碍</a><a>English</a></div>'
            f'<div class="banner"><img src="/images/jlp_logo.png" alt="重庆市九龙坡区人民政府"><div class="so"><input placeholder="请输入关键词"><a>搜索</a></div></div>'
            f'<div class="mainnav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>数据开放</a><a>走进九龙坡</a></div>'
            f'<div class="location">您当前的位置：<a>首页</a>&gt;<a>区级部门</a>&gt;<a>区城市管理局</a>&gt;<a>{"通知公告" if p01 else "工作动态"}</a></div>'
            f'<div class="con">{grid}<div class="detail"><h1 class="detail-tit">{esc(art["title"])}</h1>{info}'
            f'<div class="zw" id="zoomcon"><div class="TRS_Editor">' + "".join(blocks) + tail + '</div></div>'
            f'<div class="detail-bot"><div class="bdsharebuttonbox">分享到：<a class="bds_weixin"></a><a class="bds_tsina"></a><a class="bds_qzone"></a></div>'
            f'<div class="qrcode"><img src="/images/qr.png"><span>扫一扫在手机打开当前页</span></div>'
            f'<a onclick="window.print()">打印本页</a> <a onclick="window.close()">关闭窗口</a></div>'
            f'<div class="xgyd"><div class="xgyd-t">相关阅读</div><ul>{rel}</ul></div></div></div>'
            + _gov_foot(rng, "重庆市九龙坡区城市管理局", f"500107{_n(rng, 4)}", "重庆市九龙坡区人民政府办公室"))
    head = (f'<title>{esc(art["title"])}_重庆市九龙坡区人民政府</title><meta name="SiteName" content="重庆市九龙坡区人民政府">'
            f'<meta name="ColumnName" content="{"通知公告" if p01 else "工作动态"}"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区城市管理局">')
    return head, body, url


def fy_mp_dxal119(art, rng, others):
    """市 中级法院 公众号 典型案例 发布 post: an 编者按 box above the text, a ``▲`` photo caption and a
    温馨提示 card (not body); 案例 bar heads, ``【基本案情】``/``【裁判结果】``/``【法官说法】`` label lines,
    in-text dates (2019年, 2023年5月) that are not the publication date (body); ``publish_time``
    ``YYYY-MM-DD hh:mm``."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 2)

    def special(p):
        if p.startswith("案例") and "：" in p[:5]:
            return (f'<section style="margin:28px 0 10px;text-align:center"><section style="display:inline-block;background:#a31f24;'
                    f'padding:4px 16px;border-radius:4px"><p><span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></p></section></section>')
        if p.startswith("【") and p.endswith("】"):
            return f'<p style="margin-top:10px"><strong><span style="color:#a31f24;font-size:15px">{esc(p)}</span></strong></p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p style="text-align:justify;line-height:1.75em"><span style="font-size:15px;letter-spacing:1px">{x}</span></p>',
                     special=special)
    blocks.insert(1, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg" class="rich_pages wxw-img"></p>'
                     f'<p style="text-align:center"><span style="font-size:12px;color:#888">▲新闻发布会现场</span></p>')
    note = ('<section style="border:1px dashed #a31f24;padding:12px;margin-bottom:18px;background:#fdf6f0">'
            '<p><strong><span style="color:#a31f24">编者按</span></strong></p>'
            '<p><span style="font-size:14px;color:#666">今年是全市法院开展“银龄守护”专项行动的第二年。重阳节前后，我们推出系列报道，讲述法院守护老年人合法权益的故事。今天推出第三篇。</span></p></section>')
    card = ('<section style="background:#f7f7f7;border-radius:8px;padding:12px;margin-top:20px"><p><strong>温馨提示</strong></p>'
            '<p><span style="font-size:14px">老年人遇到赡养、消费等纠纷，可拨打12368诉讼服务热线咨询，也可以到就近的人民法庭申请调解。</span></p></section>')
    inner = note + "".join(blocks) + card + _wx_tail(rng, "遵义中院", who, others)
    body = _wx_page(rng, art, "遵义市中级人民法院", f"{y}-{m}-{d} {t}", inner, url)
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:40])}">')
    return head, body, url


def xzf_rdsc119(art, rng, others):
    """县政府网 人大 news: p04 (GBK) an old table layout, the text as ``<br>``-separated ``　　`` lines in one
    ``<font>`` with ``1.`` places, an info ``<td>`` ``发布日期：YYYY-M-D`` then a later ``更新日期`` and a
    ``<script>`` counter, a side column and ``（责任编辑：…）`` (not body); p05 a modern page with
    ``发布时间：YYYY年MM月DD日 hh:mm``, bold ``记者：`` questions and ``name：`` answers, a photo + caption,
    上一篇/下一篇 (not body)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.ps.gov.cn/{'zwxx_209/bmdt' if p04 else 'zwxx_209/psyw'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 3)
    if p04:
        text = ('<font style="font-size:14px;line-height:28px" face="宋体">' + "<br>".join(f"　　{esc(p)}" for p in art["body"])
                + f'</font><br><br><div align="right">（责任编辑：{who[0]}）</div>')
        side = ('<td width="230" valign="top" class="left-bg"><table width="100%" cellpadding="4"><tr><td class="lm-t">部门动态</td></tr>'
                '<tr><td>' + _rel(rng, others, 5, lambda t, dd: f'<img src="/images/dot.gif"> <a>{t}</a><br>') + '</td></tr>'
                '<tr><td class="lm-t">便民服务</td></tr><tr><td><a>社保查询</a> <a>公积金查询</a> <a>违章查询</a></td></tr></table></td>')
        body = (f'<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td><img src="/images/ps_top.jpg" width="1000" height="160"></td></tr>'
                f'<tr><td class="nav" bgcolor="#b50000" height="36"><a>网站首页</a>　<a>彭水概况</a>　<a>政务公开</a>　<a>办事服务</a>　<a>互动交流</a></td></tr>'
                f'<tr><td height="30">&nbsp;当前位置：<a>首页</a> &gt;&gt; <a>政务信息</a> &gt;&gt; <a>部门动态</a></td></tr></table>'
                f'<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center"><tr>{side}<td width="10"></td><td valign="top">'
                f'<table width="100%" cellpadding="5" cellspacing="0"><tr><td align="center" height="60"><font size="4" color="#b50000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" bgcolor="#f2f2f2"><font color="#666666">发布日期：{y}-{int(m)}-{int(d)}&nbsp;&nbsp;&nbsp;&nbsp;更新日期：{y}-{int(m)}-{int(d) + 2}'
                f'&nbsp;&nbsp;&nbsp;&nbsp;来源：县人大常委会办公室&nbsp;&nbsp;&nbsp;&nbsp;浏览：<script>document.write({_n(rng, 3)})</script>次</font></td></tr>'
                f'<tr><td class="zw_con">{text}</td></tr>'
                f'<tr><td align="center"><a href="javascript:window.print()">[打印本页]</a>&nbsp;<a href="javascript:window.close()">[关闭窗口]</a></td></tr></table></td></tr></table>'
                f'<table width="1000" align="center" bgcolor="#eeeeee"><tr><td align="center" height="80">版权所有：彭水苗族土家族自治县人民政府　'
                f'网站标识码：5002430001<br>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</td></tr></table>')
    else:
        def special(p):
            if p.startswith("记者："):
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
            if p.startswith("杨秀兰："):
                return f'<p style="text-indent:2em"><strong>杨秀兰：</strong>{esc(p[4:])}</p>'
            return None

        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>', special=special)
        blocks.insert(3, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" title="" alt=""></p>'
                         f'<p style="text-align:center">杨秀兰（右）在代表联络站接待群众。记者 {who[1]} 摄</p>')
        prev, nxt = rng.sample(others, 2)
        body = (f'<div class="header"><div class="w1200"><img src="/images/logo.png" alt="彭水苗族土家族自治县人民政府"><div class="hd-tool"><a>无障碍</a><a>关怀版</a></div></div></div>'
                f'<div class="nav w1200"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>走进彭水</li></ul></div>'
                f'<div class="crumb w1200">当前位置：<a>首页</a> &gt; <a>政务信息</a> &gt; <a>彭水要闻</a></div>'
                f'<div class="xl-main w1200"><div class="xl-tit">{esc(art["title"])}</div>'
                f'<div class="xl-info"><span>发布时间：{y}年{m}月{d}日 {_hm(rng)}</span><span>信息来源：彭水县融媒体中心</span>'
                f'<span>作者：{who[1]}</span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
                f'<div class="xl-con"><div class="TRS_Editor">' + "".join(blocks) + '</div></div>'
                f'<div class="xl-bj">【责任编辑：{who[2]}】</div>'
                f'<div class="xl-page"><p>上一篇：<a>{esc(prev[0])}</a></p><p>下一篇：<a>{esc(nxt[0])}</a></p></div>'
                f'<div class="xl-share">分享：<a>微信</a><a>微博</a><a>QQ空间</a> <a>打印</a> <a>关闭</a></div></div>'
                + _gov_foot(rng, "彭水苗族土家族自治县人民政府办公室", "5002430001"))
    head = (f'<title>{esc(art["title"])}--彭水苗族土家族自治县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="ColumnName" content="{"部门动态" if p04 else "彭水要闻"}">'
            + ("" if p04 else f'<meta name="PubDate" content="{y}-{m}-{d}">'))
    return head, body, url


def tyxw_sp119(art, rng, others):
    """天眼新闻-like 地方新闻 page with a video: p06 the player above the headline, an info row (source,
    ``YYYY-MM-DD hh:mm``), a reporter line, an 编辑/二审/三审 chain, a ``来源：天眼新闻客户端`` 版权声明 and
    推荐阅读 with dates, a 下载APP box (not body); p07 ``YYYY年MM月DD日 hh:mm`` glued to the source, a second
    player with a ``视频：…`` credit inside the text, ``记者：``/``name：`` turns in plain paragraphs (body)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://jgz.app.todayguizhou.com/news/news-news_detail-news_id-{_n(rng, 11)}.html"
    who = rng.sample(WHO, 5)
    dur = f"0{rng.randint(1, 3)}:{rng.randint(10, 59)}"

    def player(cls):
        return (f'<div class="{cls}"><video controls preload="none" poster="https://img.todayguizhou.com/{y}{m}{d}/{_n(rng, 10)}.jpg" '
                f'src="https://v.todayguizhou.com/{y}{m}{d}/{_n(rng, 12)}.mp4"></video><span class="v-dur">{dur}</span></div>')

    blocks = _blocks(art["body"], lambda x: f'<p>{x}</p>')
    if p06:
        top = player("video-top")
        info = f'<div class="news-info"><span class="src">天眼新闻</span><span class="time">{y}-{m}-{d} {_hm(rng)}</span></div>'
    else:
        top = ""
        blocks.insert(3, player("video-in") + f'<p class="v-credit">视频：雷山县融媒体中心</p>')
        info = f'<div class="news-info"><span class="src">天眼新闻</span>{y}年{m}月{d}日 {_hm(rng)}</div>'
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a><p class="t">{t}</p><p class="d">{dd}</p></a></li>')
    body = (f'<div class="app-head"><img src="/static/tyxw_logo.png" alt="天眼新闻"><a class="open-app">打开APP</a></div>'
            f'<div class="news-detail">{top}<h1 class="news-title">{esc(art["title"])}</h1>{info}'
            f'<div class="news-content article-box">' + "".join(blocks) + '</div>'
            f'<div class="reporter">天眼新闻记者 {who[0]} 通讯员 {who[1]}</div>'
            f'<div class="editor">编辑 {who[2]}<br>二审 {who[3]}<br>三审 {who[4]}</div>'
            f'<div class="copyright">来源：天眼新闻客户端<br>版权声明：凡注明“来源：天眼新闻客户端”的所有作品，版权均属于贵州日报报刊社，未经授权不得转载、摘编或利用其他方式使用。</div>'
            f'<div class="like-bar"><span>点赞 {rng.randint(10, 300)}</span><span>评论 {rng.randint(0, 30)}</span><span>分享</span></div>'
            f'<div class="recommend"><h3>推荐阅读</h3><ul>{rel}</ul></div>'
            f'<div class="download"><img src="/static/qr.png"><p>扫码下载天眼新闻APP</p><p>贵州日报报刊社主办</p></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta name="description" content="{esc(art["body"][0][:50])}">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">')
    return head, body, url


def sthj_pwxk119(art, rng, others):
    """区 生态环境局 portal: p08 (GBK) an 拟核发排污许可证 公示 under an 索引号 ``<table>`` grid, an
    ``&nbsp;``-separated info line (``发布日期：YYYY年MM月DD日``), a MsoNormalTable of 企业 rows, a 公示期 line,
    ``1.`` 反映方式 items (body), the 落款 + date and an 附件 line (not body); p09 a news page with glued
    spans ``发布时间：YYYY/MM/DD``, bold ``坚持…，推动…`` heads, ``1.`` items, a photo + caption and a
    推荐阅读 list (not body)."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.cqcs.gov.cn/bm/qsthjj/{'zwgk_71/fdzdgknr/hjgl' if p08 else 'zwdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    para = lambda x: f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-family:方正仿宋_GBK;font-size:16pt">{x}</span></p>'  # noqa: E731
    if p08:
        blocks = _blocks(art["body"], para, table=lambda rows: _table(rows, 'class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" '
                                                                          'style="border-collapse:collapse;width:98%"'))
        grid = (f'<table class="gkxx" width="100%"><tr><td class="l">索 引 号：</td><td>11500115009{_n(rng, 5)}R/{y}-00{_n(rng, 3)}</td>'
                f'<td class="l">主题分类：</td><td>环境监测、保护与治理</td></tr><tr><td class="l">发布机构：</td><td>长寿区生态环境局</td>'
                f'<td class="l">成文日期：</td><td>{y}-{m}-{int(d) - 1:02d}</td></tr><tr><td class="l">标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
        info = f'<div class="info">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;来源：长寿区生态环境局&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
        tail = ('<p style="text-align:right;line-height:28pt"><span style="font-family:方正仿宋_GBK;font-size:16pt">重庆市长寿区生态环境局</span></p>'
                f'<p style="text-align:right;line-height:28pt"><span style="font-family:方正仿宋_GBK;font-size:16pt">{y}年{int(m)}月{int(d)}日</span></p>'
                f'<p>附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.zip">排污许可证副本（公示稿）.zip</a></p>')
        rel = ""
    else:
        def special(p):
            if p.startswith("坚持") and "，推动" in p and len(p) < 24:
                return f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><strong><span style="font-family:方正黑体_GBK;font-size:16pt">{esc(p)}</span></strong></p>'
            return None

        blocks = _blocks(art["body"], para, special=special)
        blocks.insert(4, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.png" width="560"></p>'
                         f'<p style="text-align:center"><span style="font-family:楷体">帮扶小组在长寿经开区企业指导填报执行报告。</span></p>')
        grid = ""
        info = (f'<div class="info"><span>发布时间：{y}/{m}/{d}</span><span>来源：区生态环境局</span><span>作者：{who[0]}</span>'
                f'<span>阅读：<em id="readnum">{_n(rng, 3)}</em></span></div>')
        tail = ""
        rel = '<div class="tjyd"><h4>推荐阅读</h4><ul>' + _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a><i>{dd}</i></li>') + '</ul></div>'
    body = (f'<div class="head"><img src="/images/cs_logo.png" alt="重庆市长寿区人民政府"><div class="head-r"><a>登录</a><a>无障碍</a></div></div>'
            f'<div class="menu"><a>首页</a><a>新闻中心</a><a>政务公开</a><a>政务服务</a><a>互动交流</a></div>'
            f'<div class="dqwz">当前位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区生态环境局</a> &gt; <a>{"环境管理" if p08 else "工作动态"}</a></div>'
            f'<div class="xl-box">{grid}<h2 class="xl-bt">{esc(art["title"])}</h2>{info}'
            f'<div class="bt_content" id="zoom">' + "".join(blocks) + tail + f'</div>{rel}'
            f'<div class="xl-tool"><span>扫一扫在手机打开当前页</span><img src="/images/ewm.png"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
            + _gov_foot(rng, "重庆市长寿区生态环境局", f"500115{_n(rng, 4)}", "重庆市长寿区人民政府办公室"))
    head = (f'<title>{esc(art["title"])}_重庆市长寿区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="长寿区生态环境局">')
    return head, body, url


def zh_mp_zxh119(art, rng, others):
    """镇 公众号 农产品展销会 post: ``时间：``/``地点：`` lines in a framed section, ``01 …`` ornament heads,
    a centred slogan (body); a ``关注我们`` banner, two ``▲`` captions, a 来源/编辑 line, 往期推荐 (not body);
    ``publish_time`` ``YYYY年MM月DD日 hh:mm``."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s?__biz=Mzg{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=1&sn={_wx_id(rng)[:16]}"
    who = rng.sample(WHO, 2)
    caps = iter(["▲展销会现场人头攒动", "▲“新农人”主播直播带货"])

    def special(p):
        if p[:2] in ("01", "02", "03") and p[2] == " ":
            return (f'<section style="margin:24px 0 10px;display:flex;align-items:center"><section style="font-size:28px;color:#f08c00;font-weight:bold">{p[:2]}</section>'
                    f'<section style="margin-left:8px;border-bottom:2px solid #f08c00"><p><strong><span style="font-size:16px">{esc(p[3:])}</span></strong></p></section></section>')
        for lab in ("时间：", "地点："):
            if p.startswith(lab):
                return f'<p style="margin:2px 0"><span style="font-size:15px;color:#f08c00"><strong>{lab}</strong></span><span style="font-size:15px">{esc(p[3:])}</span></p>'
        if p.endswith("！") and len(p) < 16:
            return f'<p style="text-align:center;margin-top:18px"><strong><span style="font-size:18px;color:#f08c00">{esc(p)}</span></strong></p>'
        return None

    out = []
    for b in _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{x}</span></p>', special=special):
        out.append(b)
        if "一筐筐脐橙" in b or "新农人" in b:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640" class="rich_pages wxw-img"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#999">{next(caps)}</span></p>')
    # the 时间/地点 lines sit in one framed section, as editors box them
    i = next(k for k, b in enumerate(out) if "时间：" in b)
    out[i:i + 2] = ['<section style="border:1px solid #f08c00;border-radius:6px;padding:8px 12px;margin:10px 0">' + out[i] + out[i + 1] + '</section>']
    banner = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/guanzhu/640"></section>'
              '<p style="text-align:center"><span style="font-size:12px;color:#f08c00">点击上方蓝字 关注我们</span></p>')
    inner = banner + "".join(out) + _wx_tail(rng, "草堂镇人民政府", who, others)
    body = _wx_page(rng, art, "奉节草堂", f"{y}年{m}月{d}日 {t}", inner, url)
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}"><meta property="og:type" content="article">'
    return head, body, url


def dsb_msb119(art, rng, others):
    """都市报 e-paper 民生版 (第06版) with 读者来电: the masthead date (the only visible date; the URL agrees),
    a 版次 bar with PDF and 上一版/下一版, 版面导航 with the page's other reports, an 引题 (p11 ``新闻热线追踪``,
    p12 ``读者来电``) and a 副题 (p12), a ``本报记者`` byline, a 新闻热线 box, 上一篇/下一篇 and copyright (not
    body); p11 (GBK) the text as ``<br>`` lines in ``#ozoom``, p12 ``<P>`` paragraphs with a photo + caption
    table inside; the ``本报讯　`` opening kept."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"https://epaper.yzdsb.com.cn/{'html' if p11 else 'content'}/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 3)
    same = "".join(f'<li><a href="content_{_n(rng, 6)}.htm">{esc(x)}</a></li>' for x in rng.sample(GUIDE, 3))
    if p11:
        text = '<div id="ozoom"><!--enpcontent-->' + "<br>".join(f"　　{esc(p)}" for p in art["body"]) + '<!--/enpcontent--></div>'
        top = f'<h3 class="yt">新闻热线追踪</h3><h1>{esc(art["title"])}</h1>'
    else:
        paras = [f"<P>　　{esc(p)}</P>" for p in art["body"]]
        photo = (f'<table class="pic" align="center" width="480"><tr><td><img src="../../../res/1/{y}{m}{d}/{_n(rng, 13)}.jpg" width="480"></td></tr>'
                 f'<tr><td class="picdesc">临时站台距原站台约500米。　本报记者　{who[1]}　摄</td></tr></table>')
        text = '<div id="ozoom"><founder-content>' + "".join(paras[:3]) + photo + "".join(paras[3:]) + '</founder-content></div>'
        top = f'<h3 class="yt">读者来电</h3><h1>{esc(art["title"])}</h1><h2 class="ft">记者跟进后，临时指引牌已立起</h2>'
    hotline = ('<div class="rxbox"><b>民生热线</b>　您身边有什么烦心事、揪心事？欢迎拨打本报新闻热线966966，'
               '或在渝州都市报客户端“帮忙”栏目留言，我们将第一时间跟进。</div>')
    body = (f'<div class="masthead"><img src="../../../images/yzdsb_logo.png" alt="渝州都市报"><div class="mh-r">'
            f'<span>{y}年{m}月{d}日　{_week(art)}</span><span>国内统一连续出版物号：CN50-00{_n(rng, 2)}</span></div></div>'
            f'<div class="bcbar">第06版：民生·热线　<a href="node_5.htm">上一版</a>　<a href="node_7.htm">下一版</a>　'
            f'<a href="../../../page/{y}-{m}/{d}/06/{_n(rng, 8)}.pdf">PDF版</a>　<a>往期查询</a></div>'
            f'<table width="1100" align="center" cellpadding="0" cellspacing="0"><tr><td width="380" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/06/{y}{m}{d}06_b.jpg" width="360" usemap="#PagePicMap"></div>'
            f'<div class="bmdh"><h4>版面导航</h4><ul><li><a>{esc(art["title"])}</a></li>{same}</ul></div></td>'
            f'<td valign="top"><div class="article">{top}<div class="byline">本报记者　{who[0]}</div>{text}{hotline}'
            f'<div class="zbj">责任编辑：{who[2]}　美术编辑：{who[1]}</div>'
            f'<div class="pn"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">渝州都市报社版权所有 未经书面授权禁止转载或建立镜像　渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>渝州都市报-第06版：民生·热线</title><meta name="keywords" content="渝州都市报,数字报,电子版">'
    return head, body, url


TEMPLATES = {"szyl_gyzx119": szyl_gyzx119, "fy_mp_dxal119": fy_mp_dxal119, "xzf_rdsc119": xzf_rdsc119,
             "tyxw_sp119": tyxw_sp119, "sthj_pwxk119": sthj_pwxk119, "zh_mp_zxh119": zh_mp_zxh119, "dsb_msb119": dsb_msb119}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages119", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
