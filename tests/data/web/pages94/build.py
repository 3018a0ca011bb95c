"""Build the ninety-fourth saved-page set (``pages94``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 住建委 portal 预售许可 公示 with a table and a
监管 news (``zjw_ysxk94``), a 市 科协 公众号 科技活动周 post (``kx_mp_kjz94``), a 县政府网 安全隐患
排查 news on an old GBK table layout (``xzf_aqpc94``), a 澎湃-like 地方 社会 新闻 (``pp_sh94``), a 区
司法局 portal 法律援助 案例 (``sfj_flyz94``), a 学校 公众号 家长学校 post (``xx_mp_jzxx94``) and a 区报
e-paper 第02版 with a 简讯 column (``qb_epaper_jx94``). ``articles.txt`` holds the title, date and
reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages94/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["向红梅", "谭子涵", "冉建国", "秦雨桐", "罗文军", "彭丽萍", "余海波", "陶思琪", "蒲永胜"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: four or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 3 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text: ``一、…``, ``【…】`` or a short line with no stop or colon."""
    return ((p.startswith(NUM_HEADS) or p.startswith("【") or len(p) <= 16)
            and not p.endswith(("。", "！", "：")) and "：" not in p)


def _kv(p: str) -> bool:
    """A notice's ``时间：``/``地点：``-style item."""
    return p.startswith(("时间：", "地点：", "参加人员：", "联系电话："))


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows) -> str:
    """The text's data-table rows as an old-style bordered table (cells from single-space splits)."""
    return ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%"><tbody>'
            + "".join("<tr>" + "".join(f'<td valign="center"><p align="center"><span style="font-size:10.5pt">{esc(c)}</span></p></td>'
                                       for c in r.split(" ")) + "</tr>" for r in rows) + "</tbody></table>")


def _blocks(body, para, head=None, kv=None, turn=None) -> list[str]:
    """The body lines as HTML blocks: table rows grouped, heads, ``时间：`` items and interview turns
    through the given wrappers (each takes the escaped text)."""
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
        if turn and "：" in p[:8] and (p.startswith("记者：") or p.split("：", 1)[0] in ("何雨航", "物业负责人")):
            out.append(turn(*(esc(x) for x in p.split("：", 1))))
        elif kv and _kv(p):
            out.append(kv(*(esc(x) for x in p.split("：", 1))))
        elif head and _head(p):
            out.append(head(esc(p)))
        else:
            out.append(para(esc(p)))
    return out


def _wx(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="footer"><div class="links"><a>关于我们</a> | <a>网站地图</a> | <a>联系我们</a> | <a>纠错</a></div>'
            f'<p>主办单位：{host}&nbsp;&nbsp;&nbsp;承办单位：{host}办公室</p>'
            f'<p><a>渝ICP备{_n(rng, 8)}号</a>&nbsp;&nbsp;<img src="/images/gaba.png"><a>渝公网安备 {_n(rng, 14)}号</a>&nbsp;&nbsp;网站标识码：{code}</p>'
            f'<div class="dzjg"><img src="/images/red.png"></div><div class="ewm"><img src="/images/qr.png"><span>扫一扫在手机上查看当前页面</span></div></div>')


def zjw_ysxk94(art, rng, others):
    """区 住建委 portal: p01 (GBK) 预售许可 公示 with an 信息公开 grid, 一、 heads, a project table, 时间：/地点：
    items, the 落款 and its date and an 附件 line (not body), `发布时间：YYYY-MM-DD` spans joined by `&nbsp;`;
    p02 a news page with no visible date (meta PubDate and URL only), a 来源 line and 【字号】; 打印/关闭,
    相关信息 with dates, footer."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.cqbn.gov.cn/bm/qzjw/zwgk_{_n(rng, 5)}/{'fdzdgknr/gsgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2em;"><span style="font-family:仿宋;font-size:16pt">{t}</span></p>',
                     head=lambda t: f'<p style="text-indent:2em;"><span style="font-family:黑体;font-size:16pt">{t}</span></p>',
                     kv=lambda k, v: f'<p style="text-indent:2em;"><span style="font-family:仿宋">{k}：{v}</span></p>')
    if p01:
        grid = (f'<table class="xxgk_table"><tr><td>索引号：</td><td>11500113{_n(rng, 5)}X/{y}-{_n(rng, 5)}</td><td>主题分类：</td><td>城乡建设</td></tr>'
                f'<tr><td>发布机构：</td><td>巴南区住房城乡建委</td><td>成文日期：</td><td>{y}-{m}-{int(d) - 1:02d}</td></tr>'
                f'<tr><td>标题：</td><td colspan="3">{esc(art["title"])}</td></tr><tr><td>发文字号：</td><td></td><td>有效性：</td><td>有效</td></tr></table>')
        info = (f'<div class="info">发布时间：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;来源：巴南区住房城乡建委&nbsp;&nbsp;&nbsp;&nbsp;'
                f'浏览次数：<span id="clicks"><script>document.write("{_n(rng, 3)}")</script></span>&nbsp;&nbsp;'
                f'【字号：<a>大</a>&nbsp;<a>中</a>&nbsp;<a>小</a>】</div>')
        tail = (f'<p style="text-align:right;"><span style="font-family:仿宋">巴南区住房和城乡建设委员会</span></p>'
                f'<p style="text-align:right;"><span style="font-family:仿宋">{y}年{int(m)}月{int(d) - 1}日</span></p>'
                f'<p>附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.xls">预售项目明细表.xls</a></p>')
    else:
        grid = ""
        info = (f'<div class="info"><span>来源：区住房城乡建委</span>&nbsp;&nbsp;<span>作者：{rng.choice(WHO)}</span>&nbsp;&nbsp;'
                f'<span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = ""
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><span class="date">{dd}</span><a title="{t}">{t}</a></li>')
    body = (f'<div class="top"><div class="wrap"><span>重庆市巴南区人民政府</span><a>长者模式</a><a>无障碍</a><a>English</a></div></div>'
            f'<div class="banner"><img src="/images/bn_banner.jpg"></div>'
            f'<div class="menu"><ul class="nav"><li>首页</li><li>要闻动态</li><li>政务公开</li><li>办事服务</li><li>互动交流</li></ul></div>'
            f'<div class="wz">您的位置：<a>首页</a>&gt;<a>部门</a>&gt;<a>区住房城乡建委</a>&gt;<a>{"公示公告" if p01 else "工作动态"}</a></div>'
            f'<div class="con">{grid}<div class="bt"><h1>{esc(art["title"])}</h1></div>{info}'
            f'<div class="zw"><div class="TRS_Editor">' + "".join(blocks) + tail + '</div></div>'
            f'<div class="dy"><a>【打印本页】</a>&nbsp;<a>【关闭窗口】</a></div>'
            f'<div class="share"><span>分享：</span><a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="xgxx"><h3>相关信息</h3><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "重庆市巴南区人民政府办公室", f"50011300{_n(rng, 2)}"))
    head = (f'<title>{esc(art["title"])}-重庆市巴南区人民政府</title><meta name="SiteName" content="重庆市巴南区人民政府">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ContentSource" content="区住房城乡建委"><meta name="ColumnName" content="{"公示公告" if p01 else "工作动态"}">')
    return head, body, url


def kx_mp_kjz94(art, rng, others):
    """市 科协 公众号 科技活动周 post: 点击蓝字 banner, p03 short heads in coloured `<section>` bars, 时间：/
    地点：/参加人员： lines, `1.` lab entries, a QR 预约 card; p04 `记者：` and name： turns in bold, a 人物 card
    before the text; publish_time empty in the markup (date only in the `ct` script variable on p04,
    `YYYY-MM-DD` on p03); 来源/编辑/审核, 推荐阅读, 分享/点赞/在看, 阅读原文."""
    y, m, d = _ymd(art)
    p03 = art["id"] == "p03"
    url = f"https://mp.weixin.qq.com/s?__biz=MzA{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 8):x}"
    sp = lambda t: f'<p style="margin:0 8px 16px;line-height:1.8;letter-spacing:1px"><span style="font-size:15px">{t}</span></p>'
    blocks = _blocks(art["body"], sp,
                     head=(lambda t: f'<section style="margin:24px 0 12px;text-align:center"><section style="display:inline-block;background:#1e6fd9;color:#fff;padding:4px 16px;border-radius:14px"><p><strong>{t}</strong></p></section></section>') if p03 else None,
                     kv=lambda k, v: f'<p style="margin:0 8px 8px"><span style="color:#1e6fd9"><strong>{k}：</strong></span><span>{v}</span></p>',
                     turn=lambda q, r: (f'<p style="margin:0 8px 16px"><strong><span style="color:#1e6fd9">{q}：</span>{r}</strong></p>' if q == "记者"
                                        else f'<p style="margin:0 8px 16px"><strong>{q}：</strong>{r}</p>'))
    top = (f'<section style="text-align:center"><p><span style="font-size:12px;color:#888">点击蓝字 关注我们</span></p></section>'
           f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx(rng)}/640?wx_fmt=gif" class="rich_pages"></p>')
    if p03:
        card = (f'<section style="border:1px solid #1e6fd9;padding:12px;margin:20px 8px;text-align:center"><p><strong>扫码预约实验室开放日</strong></p>'
                f'<p><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx(rng)}/640?wx_fmt=png"></p><p><span style="font-size:12px">名额有限 先约先得</span></p></section>')
        blocks.insert(len(blocks) - 3, card)
        when = f"{y}-{m}-{d}"
        ct = ""
    else:
        top += ('<section style="background:#f3f7fd;padding:12px;margin:0 8px 20px"><p><span style="font-size:13px;color:#666">'
                '人物名片</span></p><p><span style="font-size:13px;color:#666">何雨航，重庆大学电气工程学院讲师，市科协青年科普宣讲团成员，'
                '主要从事智能电网方面研究。</span></p></section>')
        when = ""
        ct = f'var ct = "{_epoch(art, _hm(rng))}";'
    who = rng.sample(WHO, 3)
    tail = (f'<p style="text-align:right"><span style="font-size:12px;color:#999">来源：重庆市科协科普部</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑｜{who[0]}　初审｜{who[1]}　终审｜{who[2]}</span></p>'
            f'<section><p><strong>推荐阅读</strong></p>'
            + _rel(rng, others, 3, lambda t, dd: f'<p><a class="weui-link"><span style="font-size:14px">▶ {t}</span></a></p>') + '</section>'
            f'<p style="text-align:center"><span style="font-size:12px">觉得有用，就点个“在看”吧</span></p>')
    body = (f'<div class="rich_media_area_primary"><div class="rich_media_area_primary_inner"><div id="img-content" class="rich_media_wrp">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname" id="profileBt">'
            f'<a id="js_name">重庆科协</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">{when}</em></div>'
            f'<div class="rich_media_content" id="js_content">{top}' + "".join(blocks) + tail + '</div>'
            f'<div id="js_tags_preview_toast"></div><div class="rich_media_tool"><a id="js_view_source">阅读原文</a>'
            f'<span class="like">分享</span><span>赞 {rng.randint(10, 99)}</span><span>在看 {rng.randint(2, 30)}</span></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=1"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:site_name" content="微信公众平台"><script>var msg_title = "{esc(art["title"])}";{ct}</script>')
    return head, body, url


def xzf_aqpc94(art, rng, others):
    """县政府网 news on an old table layout (GBK): the text as `　　` `<br>` lines in one `<td>` in `<font>`,
    p05 `<b>一、…</b>` heads and a `日期：Y年M月D日　作者　来源　点击：<script>` line; p06 no visible date
    (meta publishdate and URL), a `更新时间` line under the text, a date inside the text; 打印/关闭,
    上一条/下一条, 相关新闻 with dates, 版权所有 footer."""
    y, m, d = _ymd(art)
    p05 = art["id"] == "p05"
    url = f"http://www.cqszx.gov.cn/zwxx_{_n(rng, 3)}/{'zwdt' if p05 else 'xzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    lines = []
    for p in art["body"]:
        lines.append(f"<b>{IND}{esc(p)}</b>" if p.startswith(NUM_HEADS) and "。" not in p else IND + esc(p))
    text = "<br>\n".join(lines) + "<br>"
    if p05:
        info = (f'<tr><td align="center" height="30"><font color="#666666" style="font-size:12px">日期：{y}年{int(m)}月{int(d)}日　'
                f'作者：{rng.choice(WHO)}　来源：县应急管理局　点击：<script>document.write({_n(rng, 3)});</script></font></td></tr>')
        upd = ""
    else:
        info = ('<tr><td align="center" height="30"><font color="#666666" style="font-size:12px">信息来源：县规划自然资源局　'
                '【<a>大</a> <a>中</a> <a>小</a>】</font></td></tr>')
        upd = (f'<tr><td align="right"><font color="#999999" style="font-size:12px">更新时间：{y}-{m}-{int(d) + 2:02d} {_hms(rng)}</font></td></tr>')
    rel = _rel(rng, others, 5, lambda t, dd: f'<tr><td>·<a>{t}</a></td><td width="90">{dd}</td></tr>')
    body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top_banner.jpg" width="1000" height="150"></td></tr>'
            f'<tr><td class="nav" bgcolor="#0B4EA2"><a>网站首页</a>&nbsp;|&nbsp;<a>县情概况</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>网上办事</a>&nbsp;|&nbsp;<a>公众参与</a>&nbsp;|&nbsp;<a>土家风情</a></td></tr></table>'
            f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="28">&nbsp;当前位置：<a>首页</a>&nbsp;&gt;&gt;&nbsp;<a>政务信息</a>&nbsp;&gt;&gt;&nbsp;<a>{"部门动态" if p05 else "乡镇动态"}</a></td></tr></table>'
            f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bk"><tr><td align="center" height="50"><font size="5" color="#C00000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'{info}<tr><td><hr size="1" color="#CCCCCC"></td></tr>'
            f'<tr><td class="zw" style="line-height:28px;font-size:16px;padding:10px 20px"><font face="宋体">{text}</font></td></tr>{upd}'
            f'<tr><td align="right" height="40"><a>【打印此页】</a>&nbsp;&nbsp;<a>【关闭窗口】</a></td></tr>'
            f'<tr><td>上一条：<a>{esc(others[0][0])}</a><br>下一条：<a>{esc(others[1][0])}</a></td></tr></table>'
            f'<table width="1000" align="center" class="xgxw"><tr><td colspan="2"><b>相关新闻</b></td></tr>{rel}</table>'
            f'<table width="1000" align="center" bgcolor="#EEEEEE"><tr><td align="center" style="font-size:12px">'
            f'版权所有：石柱土家族自治县人民政府办公室　地址：石柱县南宾街道都督大道　电话：023-7333{_n(rng, 4)}<br>'
            f'渝ICP备{_n(rng, 8)}号　渝公网安备{_n(rng, 14)}号　网站标识码：500240{_n(rng, 4)}</td></tr></table>')
    head = (f'<title>{esc(art["title"])}--石柱土家族自治县人民政府</title><meta name="keywords" content="{esc(art["title"])}">'
            f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="ArticleTitle" content="{esc(art["title"])}">')
    return head, body, url


def pp_sh94(art, rng, others):
    """澎湃-like 地方 社会 新闻: header with channel tabs, `澎湃新闻记者 …` byline, `来源：澎湃新闻` and
    `YYYY-MM-DD hh:mm` in adjacent divs, a 字号 and 收藏 row; p07 a video player with its 视频 title and
    duration above the text and a photo with `…（受访者供图）` caption inside it; p08 a kicker and a
    summary box above the text, `记者：`/name： turns, 原标题-free; 责任编辑/校对, a 特别声明, 推荐 cards
    with times and comments, 澎湃 app QR footer."""
    y, m, d = _ymd(art)
    p07 = art["id"] == "p07"
    url = f"https://www.thepaper.cn/newsDetail_forward_{_n(rng, 8)}"
    blocks = _blocks(art["body"], lambda t: f"<p>{t}</p>",
                     turn=lambda q, r: f"<p><strong>{q}：</strong>{r}</p>")
    if p07:
        blocks.insert(3, f'<p style="text-align:center"><img src="https://imagecloud.thepaper.cn/thepaper/image/{_n(rng, 3)}/{_n(rng, 3)}/{_n(rng, 3)}.jpg"></p>'
                         '<p style="text-align:center"><span>搜救人员背老人下山。（受访者供图）</span></p>')
        lead = (f'<div class="video_box"><div class="video_title">视频｜82岁老人走失两天，民警村民连夜搜山</div>'
                f'<video src="https://cloudvideo.thepaper.cn/clt/{y}/{m}/{d}/{_wx(rng)}.mp4" controls></video>'
                f'<span class="duration">01:{rng.randint(10, 59)}</span><span>来源：澎湃新闻</span></div>')
    else:
        lead = ('<div class="kicker">城市民生观察</div>'
                '<div class="summary"><span>摘要：</span>投票人数一直达不到法定比例，电梯更换迟迟无法启动。</div>')
    cards = _rel(rng, others, 4, lambda t, dd: (f'<div class="news_card"><h2><a>{t}</a></h2><div class="pdtt_trbs">'
                                                 f'<span>澎湃新闻</span><span>{rng.randint(1, 23)}小时前</span><span>{rng.randint(1, 300)}评</span></div></div>'))
    body = (f'<div class="head"><a class="logo">澎湃新闻</a><ul class="tabs"><li>要闻</li><li>深度</li><li>时事</li><li>财经</li><li>思想</li><li>生活</li></ul>'
            f'<a>下载客户端</a><a>登录</a></div>'
            f'<div class="index_content"><div class="newscontent">{lead if not p07 else ""}<h1 class="news_title">{esc(art["title"])}</h1>'
            f'<div class="news_about"><p>澎湃新闻记者 {rng.choice(WHO)}</p><p><span>{y}-{m}-{d} {_hm(rng)}</span>&nbsp;来源：澎湃新闻·<a>澎湃人物</a></p>'
            f'<div class="ctrl"><span>字号</span><span>收藏</span><span>分享</span></div></div>'
            f'{lead if p07 else ""}<div class="news_txt" data-size="standard">' + "".join(blocks) + '</div>'
            f'<div class="news_editor">责任编辑：{rng.choice(WHO)}　　图片编辑：{rng.choice(WHO)}</div>'
            f'<div class="news_editor">校对：{rng.choice(WHO)}</div>'
            f'<div class="copyright">澎湃新闻报料：021-962866　澎湃新闻，未经授权不得转载</div>'
            f'<div class="news_love"><a>{rng.randint(5, 200)}</a><span>赞</span></div>'
            f'<div class="comment"><h3>评论（{rng.randint(10, 400)}）</h3><textarea placeholder="期待你的神评论……"></textarea></div></div>'
            f'<div class="main_rt"><h3>推荐</h3>{cards}</div></div>'
            f'<div class="foot"><img src="/img/qr_app.png"><p>澎湃新闻客户端 扫码下载</p><p>沪ICP备{_n(rng, 8)}号-1　互联网新闻信息服务许可证：310{_n(rng, 11)}</p>'
            f'<p>上海东方报业有限公司</p></div>')
    head = (f'<title>{esc(art["title"])}_澎湃新闻-The Paper</title><meta name="Keywords" content="走失,搜救,电梯">'
            f'<meta name="Description" content="{esc(art["body"][0][:40])}">')
    return head, body, url


def sfj_flyz94(art, rng, others):
    """区 司法局 portal 法律援助 案例 (GBK): left menu column, `发布日期：YYYY/M/D` with 作者/来源/字号 spans
    and no whitespace between them, `【案情简介】`-style heads in bold, a 12348 热线 box and a 承办律师 line
    after the text (not body), 上一篇/下一篇, 打印/关闭, footer."""
    y, m, d = _ymd(art)
    url = f"http://www.ddk.gov.cn/bm/qsfj/zwxx_{_n(rng, 5)}/flyz/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    blocks = _blocks(art["body"], lambda t: f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span>{t}</span></p>',
                     head=lambda t: f'<p class="MsoNormal" style="text-indent:32pt"><b><span>{t}</span></b></p>')
    menu = "".join(f"<li><a>{t}</a></li>" for t in ("机构概况", "工作动态", "法律援助", "人民调解", "社区矫正", "普法宣传"))
    body = (f'<div class="header"><img src="/images/ddk_logo.png" alt="重庆市大渡口区人民政府"><div class="search"><input value="请输入关键字"><a>搜索</a></div></div>'
            f'<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a></div>'
            f'<div class="main"><div class="left"><h3>区司法局</h3><ul>{menu}</ul>'
            f'<div class="rx"><b>12348</b><p>公共法律服务热线</p></div></div>'
            f'<div class="right"><div class="crumb">当前位置：首页 &gt; 区司法局 &gt; 法律援助</div>'
            f'<div class="article-box"><h1 class="bt_title">{esc(art["title"])}</h1>'
            f'<div class="bt_info"><span>发布日期：{y}/{int(m)}/{int(d)}</span><span>作者：区法律援助中心</span><span>来源：区司法局</span>'
            f'<span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
            f'<div class="bt_content" id="zoom">' + "".join(blocks) +
            f'<p style="text-align:right">（承办律师：{rng.choice(WHO)}　供稿：区法律援助中心）</p></div>'
            f'<div class="tip"><b>温馨提示：</b>经济困难的公民和符合法定条件的其他当事人，可以向法律援助机构申请法律援助。'
            f'申请地址：大渡口区公共法律服务中心一楼，咨询电话：023-6888{_n(rng, 4)}。</div>'
            f'<div class="pn"><p>上一篇：<a>{esc(others[2][0])}</a></p><p>下一篇：<a>{esc(others[3][0])}</a></p></div>'
            f'<div class="tools"><a>[打印]</a> <a>[关闭]</a></div></div></div></div>'
            + _gov_foot(rng, "重庆市大渡口区人民政府", f"50010400{_n(rng, 2)}"))
    head = (f'<title>{esc(art["title"])}_重庆市大渡口区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hms(rng)}"><meta name="ColumnName" content="法律援助">')
    return head, body, url


def xx_mp_jzxx94(art, rng, others):
    """学校 公众号 家长学校 post: account + `YYYY年MM月DD日 hh:mm` publish_time + IP wording, a 导读 box
    above the text, `<strong>一、…</strong>` heads in a coloured span, a quoted line, `1.` tips, two photos
    with `▲…` captions, a 下期预告 card (时间/主题) after the text, 文字/图片/编辑/审核, QR, 阅读原文 row."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx(rng)}"
    blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:16px">{t}</span></p>',
                     head=lambda t: f'<p style="line-height:1.75em"><span style="color:#e36c09;font-size:17px"><strong>{t}</strong></span></p>')
    img = lambda cap: (f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx(rng)}/640?wx_fmt=jpeg"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{cap}</span></p>')
    blocks.insert(2, img("▲讲座现场"))
    blocks.insert(len(blocks) - 2, img("▲家长与讲师交流"))
    lead = ('<section style="background:#fdf3e7;padding:12px;margin-bottom:20px"><p><span style="font-size:14px;color:#e36c09">导读</span></p>'
            '<p><span style="font-size:14px">每天晚上陪孩子写作业，是不是一场“拉锯战”？本期家长学校，我们请来了专业讲师支招↓↓↓</span></p></section>')
    nxt = ('<section style="border:1px dashed #e36c09;padding:12px;margin:20px 0"><p><strong>下期预告</strong></p>'
           '<p>时间：11月23日（周四）19:00</p><p>主题：孩子不愿说，家长怎么听</p></section>')
    who = rng.sample(WHO, 4)
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content"><span id="profileBt"><a id="js_name">涪陵区实验小学</a></span>'
            f'<em id="publish_time">{y}年{m}月{d}日 {_hm(rng)}</em><em id="js_ip_wording_wrp">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">{lead}' + "".join(blocks) + nxt +
            f'<p><span style="font-size:12px;color:#aaa">文字：{who[0]}　图片：{who[1]}</span></p>'
            f'<p><span style="font-size:12px;color:#aaa">编辑：{who[2]}　审核：{who[3]}</span></p>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx(rng)}/640?wx_fmt=png"></p>'
            f'<p style="text-align:center"><span style="font-size:12px">长按识别二维码 关注我们</span></p></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span><span>分享</span>'
            f'<span>点赞 {rng.randint(10, 99)}</span><span>在看 {rng.randint(1, 20)}</span></div></div></div></div>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def qb_epaper_jx94(art, rng, others):
    """区报 e-paper 第02版: banner with date/weekday/期号, 版次 select (上一版/下一版/PDF), 版面图, 本版导航;
    p11 the text as `　　` `<br>` lines in one div opening with `本报讯` (kept), a 引题, a byline and a
    `（记者 …）` credit, a 简讯 column beside the article (other short items: not body); p12 a page
    whose article is the 简讯 column itself, bold item heads and their items as `<p>`;
    上一篇/下一篇, 版权所有 footer; `<title>` is the paper's name only."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.bishan.gov.cn/bsb/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    if p11:
        text = "<br>\n".join(IND + esc(p) for p in art["body"]) + "<br>"
        text = f'<div id="ozoom" class="content">{text}</div>'
        side = ('<div class="jx"><h4>简讯</h4>'
                '<p><b>区税务局开展纳税服务月活动</b>　4月10日，区税务局启动纳税服务月活动，推出延时服务、预约办税等10项举措。</p>'
                '<p><b>青杠街道举办春季招聘会</b>　日前，青杠街道举办春季招聘会，30余家企业提供岗位600余个。</p></div>')
        pre = '<p class="yt">矛盾纠纷化解在基层</p>'
        credit = f'<p class="credit">（记者 {rng.choice(WHO)} 通讯员 {rng.choice(WHO)}）</p>'
    else:
        text = "".join(f'<p><b>{esc(p)}</b></p>' if len(p) <= 16 and "。" not in p else f"<p>{IND}{esc(p)}</p>" for p in art["body"])
        text = f'<div id="ozoom" class="content"><founder-content>{text}</founder-content></div>'
        side = ""
        pre = ""
        credit = f'<p class="credit">（本版稿件由记者 {rng.choice(WHO)} 整理）</p>'
    bm = "".join(f"<li><a>第0{i}版：{n}</a></li>" for i, n in enumerate(("要闻", "综合", "民生", "专题"), 1))
    body = (f'<div class="top"><img src="../../../images/logo_bsb.jpg" alt="璧山报"><span>{y}年{int(m)}月{int(d)}日　{_week(art)}　'
            f'第{rng.randint(1000, 3000)}期</span></div>'
            f'<div class="bcbar"><select><option>第02版：综合</option></select>　<a>上一版</a>　<a>下一版</a>　'
            f'<a href="../../../page/{y}-{m}/{d}/02/P{y}{m}{d}02.pdf">PDF版</a>　<a>往期检索</a></div>'
            f'<table width="1000"><tr><td width="360" valign="top"><img src="../../../page/{y}-{m}/{d}/02/{y}{m}{d}02_b.jpg" usemap="#map">'
            f'<ul class="bmdh">{bm}</ul></td><td valign="top"><div class="article">{pre}<h2>{esc(art["title"])}</h2>'
            f'{text}{credit}</div>{side}<div class="sxp">上一篇：<a>{esc(others[4][0])}</a>　下一篇：<a>{esc(others[5][0])}</a></div>'
            f'<div class="bbxw"><h4>本版新闻</h4><ul>' + _rel(rng, others, 3, lambda t, dd: f"<li><a>{t}</a></li>") + '</ul></div></td></tr></table>'
            f'<div class="footer">璧山报社 版权所有 未经许可不得转载　渝ICP备{_n(rng, 8)}号　地址：璧山区璧泉街道双星大道　联系电话：023-4142{_n(rng, 4)}</div>')
    head = '<title>璧山报</title><meta name="keywords" content="璧山报,数字报">'
    return head, body, url


TEMPLATES = {"zjw_ysxk94": zjw_ysxk94, "kx_mp_kjz94": kx_mp_kjz94, "xzf_aqpc94": xzf_aqpc94, "pp_sh94": pp_sh94,
             "sfj_flyz94": sfj_flyz94, "xx_mp_jzxx94": xx_mp_jzxx94, "qb_epaper_jx94": qb_epaper_jx94}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages94", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used


if __name__ == "__main__":
    main()
