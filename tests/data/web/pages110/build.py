"""Build the hundred-and-tenth saved-page set (``pages110``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 供销社 portal 农资 保供 news page on an old GBK
table layout and a modern one (``gxs_nzbg110``), a 市 血液中心 公众号 用血指南 问答 and 献血屋 posts
(``xyzx_mp_yxzn110``), a 县政府网 土地征收 预公告 with a table, 落款 and 附件 (``xzf_tdzs110``), a
新华网-like 区县 民生 报道 with a video player (``xhw_qxms110``), a 区 审计局 整改情况 公告 and news
(``sjj_zggg110``), a 村 公众号 老年协会 重阳 post (``cun_mp_lnxh110``) and a 晚报 e-paper 消费版 with
价格 tables (``wb_xfb110``). ``articles.txt`` holds the title, date and reference body; the
furniture (not body) is written here. See README.md.

    python tests/data/web/pages110/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["向晓燕", "陶志刚", "黎思琪", "冯家俊", "汪丽萍", "熊川", "苟小梅", "屈明亮", "庞雪", "蒲永红"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")
SUB_HEADS = ("（一）", "（二）", "（三）")
XF = ["腊八节民俗市集人气旺", "网购年货谨防“低价陷阱”", "家电以旧换新补贴申领指南", "老字号餐饮年夜饭预订火热"]  # other headlines of the e-paper page


def _row(p: str) -> bool:
    """A data-table row inside the text: two or more cells joined by single spaces, no sentence
    punctuation."""
    return " " in p and not any(c in p for c in "。，；：　！？、")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` or ``（一）…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS + SUB_HEADS) and not any(c in p for c in "。，：！？")


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
    return (f'<div class="footer"><div class="ft-link"><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a> | <a>隐私声明</a></div>'
            f'<p>主办单位：{host}　承办单位：{host}办公室　联系电话：023-{_n(rng, 8)}</p>'
            f'<p>网站标识码：{code}　<a>渝ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jg"><img src="/images/red.png"><img src="/images/zfjc.png"></div></div>')


def gxs_nzbg110(art, rng, others):
    """区 供销社 portal: p01 (GBK) an old table layout with ``发布时间：YYYY/M/D`` in one ``<td>``, the text as
    ``<br>``-separated ``　　`` lines in one ``<font>`` (``1.`` 直供点 items, a one-line paragraph), a
    photo + centred caption, a 供销要闻 side column and an ``（编辑：…）`` line (not body); p02 a modern page
    with glued info spans (date ``YYYY-MM-DD hh:mm``), bold ``坚持…，…`` heads, a photo + caption, 相关阅读
    with dates and a share bar."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    who = rng.sample(WHO, 3)
    if p01:
        url = f"http://www.cqtlgxs.cn/news_view.asp?id={_n(rng, 4)}&classid=3"
        lines = [f"　　{esc(p)}" for p in art["body"]]
        photo = (f'<center><img src="/UploadFile/{y}{m}/{_n(rng, 14)}.jpg" width="520" border="0"></center>'
                 f'<center><font face="楷体_GB2312" size="2" color="#333333">区供销社工作人员在直供点清点化肥库存</font></center>')
        text = (f'<font face="宋体" style="font-size:15px;line-height:28px">' + "<br>".join(lines[:3]) + f'<br></font>{photo}'
                f'<font face="宋体" style="font-size:15px;line-height:28px">' + "<br>".join(lines[3:]) + '</font>'
                f'<br><br><div align="right">（编辑：{who[1]}　审核：{who[2]}）</div>')
        side = ('<td width="240" valign="top" class="left"><table width="100%" cellpadding="4">'
                '<tr><td class="lmbt" background="/images/lm_bg.gif"><b>供销要闻</b></td></tr><tr><td>'
                + _rel(rng, others, 6, lambda t, dd: f'<img src="/images/dot.gif"> <a>{t}</a><br>')
                + '</td></tr><tr><td class="lmbt"><b>便民服务</b></td></tr><tr><td><a>农资价格查询</a><br><a>庄稼医院</a><br><a>再生资源回收</a></td></tr></table></td>')
        body = (f'<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">'
                f'<tr><td><img src="/images/top.jpg" width="980" height="150" alt="铜梁区供销合作社"></td></tr>'
                f'<tr><td class="menu" height="38" background="/images/menu_bg.gif"><a>网站首页</a>｜<a>供销概况</a>｜<a>供销要闻</a>｜<a>基层动态</a>｜<a>为农服务</a>｜<a>政策法规</a>｜<a>党建工作</a></td></tr></table>'
                f'<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr>{side}<td width="10"></td><td valign="top">'
                f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="wz" height="30">当前位置：<a>首页</a> &gt;&gt; <a>供销要闻</a> &gt;&gt; 正文</td></tr>'
                f'<tr><td align="center" height="50"><font style="font-size:20px;color:#b5121b"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布时间：{y}/{int(m)}/{int(d)}　来源：铜梁区供销合作社　作者：{who[0]}　浏览次数：<script>document.write({_n(rng, 3)})</script></td></tr>'
                f'<tr><td height="1" bgcolor="#cccccc"></td></tr>'
                f'<tr><td class="zw" style="padding:15px">{text}</td></tr>'
                f'<tr><td align="right" height="40"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
                f'</table></td></tr></table>'
                f'<table width="980" align="center" class="bottom"><tr><td align="center" height="80">'
                f'Copyright&copy; 重庆市铜梁区供销合作社 版权所有　地址：铜梁区巴川街道龙城大道{rng.randint(10, 99)}号<br>'
                f'电话：023-4563{_n(rng, 4)}　渝ICP备{_n(rng, 8)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])}--铜梁区供销合作社</title><meta name="keywords" content="供销社,农资,春耕">'
        return head, body, url
    url = f"http://www.cqtl.gov.cn/bm/qgxs/zwxx_{_n(rng, 5)}/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"

    def special(p):
        if p.startswith("坚持") and len(p) < 30:
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>', special=special)
    blocks.insert(6, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600" title="" alt=""></p>'
                     f'<p style="text-align:center">图为农技专家在田间为村民讲解水稻病虫害绿色防控技术。（区供销社供图）</p>')
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>')
    body = (f'<div class="top-bar"><div class="w1200"><span>重庆市铜梁区人民政府</span><a>无障碍浏览</a><a>长者模式</a><a>English</a></div></div>'
            f'<div class="header"><img src="/images/logo.png"><div class="sch"><input placeholder="请输入关键字"><button>搜索</button></div></div>'
            f'<div class="nav"><ul><li>首页</li><li>机构职能</li><li>政务公开</li><li>为农服务</li><li>互动交流</li></ul></div>'
            f'<div class="w1200 crumbs">当前位置：<a>首页</a>&gt;<a>部门网站</a>&gt;<a>区供销合作社</a>&gt;<a>工作动态</a></div>'
            f'<div class="w1200 detail"><div class="tit"><h1>{esc(art["title"])}</h1>'
            f'<div class="detail-info"><span>{y}-{m}-{d} {_hm(rng)}</span><span>来源：铜梁区供销合作社</span>'
            f'<span>字号：<a>大</a><a>中</a><a>小</a></span><span class="fx">分享到：<a class="wx"></a><a class="wb"></a></span></div></div>'
            f'<div class="con"><div class="view TRS_UEDITOR trs_paper_default trs_web">' + "".join(blocks) + '</div></div>'
            f'<div class="detail-bot"><div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div>'
            f'<div class="btns"><a>打印本页</a><a>关闭窗口</a></div></div>'
            f'<div class="xgyd"><div class="xgyd-t">相关阅读</div><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "重庆市铜梁区人民政府办公室", f"500151{_n(rng, 4)}"))
    head = (f'<title>{esc(art["title"])}_铜梁区人民政府</title><meta name="SiteName" content="重庆市铜梁区人民政府">'
            f'<meta name="ColumnName" content="工作动态"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="铜梁区供销合作社">')
    return head, body, url


def xyzx_mp_yxzn110(art, rng, others):
    """市 血液中心 公众号: p03 a 用血指南 with bold blue ``问：`` turns and ``答：`` answers, ``1.`` 材料 items, a
    咨询电话 line and a closing slogan (body), a ``点击蓝字 关注我们`` header, a 小贴士 card, a 来源/编辑/审核
    block and 往期推荐 (not body); ``publish_time`` ``YYYY-MM-DD hh:mm``; p04 a 献血屋 list with an
    开放时间 line (body), a map image with a ``▲`` caption and a 献血须知 card (not body), ``publish_time``
    empty (dated by the script's ``ct``), a date inside the text that is not the publication date."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    p03 = art["id"] == "p03"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 3)

    def special(p):
        if p.startswith("问："):
            return (f'<section style="margin-top:18px"><p style="line-height:1.8em"><strong><span style="color:#c00000;font-size:16px">问：</span>'
                    f'<span style="color:#c00000;font-size:16px">{esc(p[2:])}</span></strong></p></section>')
        if p.startswith("答："):
            return f'<p style="line-height:1.8em"><span style="font-size:15px"><strong>答：</strong>{esc(p[2:])}</span></p>'
        if len(p) < 20 and p.endswith(("。", "爱。")) and p in art["body"][-1:]:
            return f'<p style="text-align:center"><strong><span style="color:#c00000;font-size:17px">{esc(p)}</span></strong></p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px">{x}</span></p>',
                     special=special)
    if not p03:
        blocks.insert(3, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640" class="rich_pages wxw-img"></p>'
                         '<p style="text-align:center"><span style="font-size:12px;color:#888">▲主城部分献血屋分布图（点击放大）</span></p>')
    top = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/follow/640"><p><span style="font-size:13px;color:#c00000">'
           '点击蓝字 关注我们</span></p></section>')
    if p03:
        card = ('<section style="border:1px solid #f3b4b4;border-radius:6px;padding:12px;margin-top:20px;background:#fff5f5">'
                '<p><strong><span style="color:#c00000">💡小贴士</span></strong></p>'
                '<p><span style="font-size:14px">献血证丢失的，可凭本人身份证到任一献血点查询献血记录，电子献血证可在“重庆献血”小程序中领取。</span></p></section>')
    else:
        card = ('<section style="border:1px solid #f3b4b4;border-radius:6px;padding:12px;margin-top:20px;background:#fff5f5">'
                '<p><strong><span style="color:#c00000">献血须知</span></strong></p>'
                '<p><span style="font-size:14px">1.献血前请吃清淡早餐；</span></p><p><span style="font-size:14px">2.献血后24小时内不做剧烈运动；</span></p>'
                '<p><span style="font-size:14px">3.针眼处保持干燥，4小时后可取下棉签。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#a0a0a0">来源：重庆市血液中心{"献血服务科" if p03 else "宣传科"}</span></p>'
            f'<p><span style="font-size:12px;color:#a0a0a0">编辑：{who[0]}｜审核：{who[1]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><a><span style="font-size:14px">{tt}</span></a></p>') +
            '</section><section style="text-align:center"><p><span style="font-size:13px">献血，让生命延续</span></p>'
            '<p><span style="font-size:13px">分享 · 点赞 · 在看 ❤</span></p></section>')
    stamp = f"{y}-{m}-{d} {t}" if p03 else ""
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            + ('<span id="copyright_logo" class="rich_media_meta meta_tag_text">原创</span>' if p03 else '')
            + f'<span class="rich_media_meta rich_media_meta_text">重庆市血液中心</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">重庆献血</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{stamp}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta"><span id="js_ip_wording">重庆</span></em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">{top}' + "".join(blocks) + card + tail + '</div>'
            f'<div id="js_tags" class="article-tag__list"><span>#无偿献血</span><span>#{"临床用血" if p03 else "世界献血者日"}</span></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(1000, 20000)}</span>'
            f'<a>分享</a><a>点赞 {rng.randint(20, 300)}</a><a>在看 {rng.randint(5, 80)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "重庆献血"; var msg_title = "{esc(art["title"])}";'
            f' var msg_desc = "{"用血报销，一文读懂" if p03 else "周末也能献血"}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}"><meta name="description" content="{"用血报销，一文读懂" if p03 else "周末也能献血"}">')
    return head, body, url


def xzf_tdzs110(art, rng, others):
    """县政府网 土地征收 预公告 (GBK): an 信息公开 grid (索引号, 成文日期 a day before, 发文字号, 发布日期), a
    ``发布时间：YYYY-MM-DD`` info bar with 【字体】, a 文号 line above the text, 黑体 ``一、`` heads, a
    bordered 现状 table with a ``：``-ended lead-in, a 联系人 line (body); the 落款 (县人民政府) and its date
    and two 附件 lines inside the TRS div, a 相关解读 box, 扫一扫 and a footer (not body)."""
    y, m, d = _ymd(art)
    url = f"http://www.cqwx.gov.cn/zwgk_{_n(rng, 3)}/fdzdgknr/zdly/tdzs/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    num = rng.randint(20, 60)
    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">{x}</span></p>',
                     head=lambda x: f'<p style="text-indent:2em;line-height:28pt"><span style="font-family:黑体;font-size:16pt">{x}</span></p>',
                     table=lambda rows: _table(rows, 'class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" width="95%" style="border-collapse:collapse"'))
    grid = (f'<div class="xxgk_tab"><table width="100%" border="0"><tr><th>索 引 号：</th><td>11500238009{_n(rng, 6)}/{y}-{_n(rng, 5)}</td>'
            f'<th>主题分类：</th><td>国土资源、能源\\土地</td></tr>'
            f'<tr><th>发布机构：</th><td>巫溪县人民政府</td><th>成文日期：</th><td>{y}-{m}-{int(d) - 1:02d}</td></tr>'
            f'<tr><th>标　　题：</th><td colspan="3">{esc(art["title"])}</td></tr>'
            f'<tr><th>发文字号：</th><td>巫溪府地预〔{y}〕{num}号</td><th>发布日期：</th><td>{y}-{m}-{d}</td></tr>'
            f'<tr><th>有 效 性：</th><td colspan="3">有效</td></tr></table></div>')
    text = (f'<p style="text-align:center;line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">巫溪府地预〔{y}〕{num}号</span></p>'
            + "".join(blocks)
            + f'<p style="text-align:right;line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">巫溪县人民政府</span></p>'
            f'<p style="text-align:right;line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">{y}年{int(m)}月{int(d) - 1}日</span></p>'
            f'<p class="fj">附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.pdf">1.拟征收土地勘测定界图.pdf</a></p>'
            f'<p class="fj">　　　<a href="./P0{y}{m}{d}{_n(rng, 6)}.pdf">2.拟征收土地位置示意图.pdf</a></p>')
    body = (f'<div class="topbar"><span>今天是：<span id="today"></span></span><a>无障碍</a><a>适老化</a><a>繁體</a></div>'
            f'<div class="banner"><img src="/images/wx_banner.jpg" alt="巫溪县人民政府"></div>'
            f'<div class="menu"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进巫溪</a></div>'
            f'<div class="position">您所在的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>法定主动公开内容</a> &gt; <a>重点领域信息</a> &gt; <a>土地征收</a></div>'
            f'<div class="zw_box">{grid}<div class="zw_title"><h1>{esc(art["title"])}</h1>'
            f'<div class="zw_info">发布时间：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;来源：县规划自然资源局&nbsp;&nbsp;&nbsp;&nbsp;'
            f'【字体：<a>大</a> <a>中</a> <a>小</a>】</div></div>'
            f'<div class="zw_con"><div class="TRS_Editor">{text}</div></div>'
            f'<div class="xgjd"><h4>相关解读</h4><ul><li><a>一图读懂：土地征收前期工作有哪些程序</a></li></ul></div>'
            f'<div class="zw_ewm"><img src="/images/ewm.png"><span>扫一扫在手机打开当前页</span></div>'
            f'<div class="zw_btn"><a>[打印本页]</a> <a>[关闭窗口]</a></div></div>'
            + _gov_foot(rng, "巫溪县人民政府办公室", f"500238{_n(rng, 4)}"))
    head = (f'<title>{esc(art["title"])}_巫溪县人民政府</title><meta name="SiteName" content="巫溪县人民政府">'
            f'<meta name="ColumnName" content="土地征收"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="县规划自然资源局">')
    return head, body, url


def xhw_qxms110(art, rng, others):
    """新华网-like 区县 民生 报道 (newer layout): p06 split date boxes (``YYYY``, ``MM/DD``, ``hh:mm:ss``), a
    ``新华全媒+`` kicker, a video player with ``视频：…（时长…）`` after the second paragraph and a photo with a
    ``新华社记者 … 摄`` caption; p07 no visible date (meta ``publishdate`` and the URL only), the player above
    the text and a 更多视频 strip; both with the 新华社 dateline opening the first paragraph (body),
    ``【纠错】``, ``[责任编辑: …]``, 分享 and 相关新闻 (not body)."""
    y, m, d = _ymd(art)
    t = _hms(rng)
    p06 = art["id"] == "p06"
    cid = _n(rng, 10)
    url = f"http://www.news.cn/local/{y}-{m}/{d}/c_{cid}.htm"
    who = rng.sample(WHO, 3)
    video = (f'<div class="video-wrap" id="player"><video src="https://vodpub6.v.news.cn/yqfbzx-original/{y}{m}{d}/{_n(rng, 16)}.mp4" '
             f'poster="/{y}{m}{d}/{cid}_poster.jpg" controls="controls"></video>'
             f'<p class="video-tit">视频：{esc(art["title"].split("：")[1])}（时长0{rng.randint(1, 4)}:{rng.randint(10, 59)}）</p></div>')
    blocks = [f'<p>{esc(p)}</p>' for p in art["body"]]
    if p06:
        blocks.insert(2, video)
        blocks.insert(5, f'<p style="text-align:center"><img src="{y}{m}{d}{cid}_{_n(rng, 6)}.jpg"></p>'
                         f'<p style="text-align:center">4月21日，老人在开州区汉丰街道安康社区养老服务站参加剪纸活动。新华社记者　{who[1]}　摄</p>')
        info = (f'<div class="header-time left"><span class="year"><em>{y}</em></span><span class="day"><em>{m}</em>/<em>{d}</em></span>'
                f'<span class="time">{t}</span></div><div class="source">来源：新华网</div>')
        pre, more = '<div class="kicker">新华全媒+</div>', ""
    else:
        info = '<div class="source">来源：新华网 | 编辑：' + who[2] + '</div>'
        pre = video
        more = ('<div class="more-video"><h3>更多视频</h3><ul>'
                + _rel(rng, others, 4, lambda tt, dd: f'<li><img src="/v/{_n(rng, 6)}.jpg"><p>{tt}</p></li>') + '</ul></div>')
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
    body = (f'<div class="topnav"><a>新华网</a><a>时政</a><a>地方</a><a>国际</a><a>财经</a><a>视频</a><a>客户端</a></div>'
            f'<div class="header"><div class="logo"><img src="//www.news.cn/images/logo.png"></div>'
            f'<div class="crumb"><a>新华网</a> &gt; <a>地方</a> &gt; <a>重庆</a> &gt; 正文</div></div>'
            f'<div class="main clearfix"><div class="main-left left">'
            f'<div class="head-line clearfix">{pre if p06 else ""}<h1><span class="title">{esc(art["title"])}</span></h1>'
            f'<div class="header-cont clearfix">{info}<div class="pageShare"><span>分享</span><a class="wx"></a><a class="wb"></a></div>'
            f'<div class="fontSize"><span>字体：</span><a>小</a><a>中</a><a>大</a></div></div></div>'
            f'<div id="detail"><div id="detailContent">{"" if p06 else pre}' + "".join(blocks) + '</div></div>'
            f'<div class="editor"><span class="jc"><a>【纠错】</a></span><span class="bj">[责任编辑: {who[0]} ]</span></div>'
            f'{more}<div class="relate"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
            f'<div class="main-right right"><div class="rank"><h3>热点推荐</h3><ul>'
            + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a></li>') + '</ul></div></div></div>'
            f'<div class="foot"><p>Copyright &copy; 2000-{y} XINHUANET.com All Rights Reserved.</p>'
            f'<p>制作单位：新华网股份有限公司 版权所有 新华网股份有限公司</p></div>')
    head = (f'<title>{esc(art["title"])}-新华网</title><meta name="keywords" content="{"养老,开州" if p06 else "老旧小区,大足"}">'
            f'<meta name="description" content="{esc(art["title"])}---{esc(art["body"][0][:60])}">'
            f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="source" content="新华网">')
    return head, body, url


def sjj_zggg110(art, rng, others):
    """区 审计局 portal: p08 (GBK) an 整改情况 公告 with an 信息公开 ``<ul>`` (索引号, 生成日期), ``发布时间：YYYY年MM月DD日``
    spans with ``&nbsp;`` separators and a ``document.write`` counter, bold ``一、`` and ``（一）`` heads, ``一是…``
    lines, a ``：``-ended lead-in and a 整改 table (body), the 落款 (审计局) and its date (not body); p09 news with
    ``发布时间`` and a later ``更新时间``, a photo + 楷体 caption in the text, an 审计小课堂 box, 上一篇/下一篇."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.cqnc.gov.cn/bm/qsjj/zwgk_{_n(rng, 5)}/{'sjgg' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2em"><font face="仿宋" style="font-size:16pt">{x}</font></p>',
                     head=lambda x: f'<p style="text-indent:2em;line-height:2em"><b><font face="{"黑体" if x.startswith(NUM_HEADS) else "楷体"}" style="font-size:16pt">{x}</font></b></p>',
                     table=lambda rows: _table(rows, 'border="1" cellspacing="0" cellpadding="4" align="center" width="90%"', cell="th"))
    if p08:
        meta = (f'<ul class="xxgk_info"><li><b>索引号：</b>11500119MB{_n(rng, 7)}/{y}-00{_n(rng, 3)}</li><li><b>主题分类：</b>审计</li>'
                f'<li><b>发布机构：</b>南川区审计局</li><li><b>生成日期：</b>{y}-{m}-{int(d) - 2:02d}</li>'
                f'<li><b>名　　称：</b>{esc(art["title"])}</li></ul>')
        info = (f'<span>发布时间：{y}年{m}月{d}日</span>&nbsp;&nbsp;&nbsp;<span>来源：区审计局</span>&nbsp;&nbsp;&nbsp;'
                f'<span>浏览次数：<script>document.write({_n(rng, 4)})</script></span>&nbsp;&nbsp;&nbsp;<span>【<a>打印</a>】【<a>关闭</a>】</span>')
        tail = (f'<p style="text-align:right;line-height:2em"><font face="仿宋" style="font-size:16pt">重庆市南川区审计局</font></p>'
                f'<p style="text-align:right;line-height:2em"><font face="仿宋" style="font-size:16pt">{y}年{int(m)}月{int(d) - 2}日</font></p>')
        box, pager = "", ""
    else:
        blocks.insert(3, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                         f'<p style="text-align:center"><font face="楷体">培训现场。（南川区审计局供图）</font></p>')
        meta = ""
        info = (f'<span>发布时间：{y}-{m}-{d} {_hm(rng)}</span>&nbsp;&nbsp;<span>更新时间：{y}-{int(m) + 1:02d}-04 15:20</span>&nbsp;&nbsp;'
                f'<span>来源：南川区审计局</span>&nbsp;&nbsp;<span>字号：<a>大</a> <a>中</a> <a>小</a></span>')
        tail = ""
        box = ('<div class="sjxkt"><h4>审计小课堂</h4><p>村级“三资”是指村集体的资金、资产和资源。村级重大事项须经“四议两公开”程序决策。</p></div>')
        prev, nxt = rng.sample(others, 2)
        pager = f'<div class="pager"><p>上一篇：<a>{esc(prev[0])}</a></p><p>下一篇：<a>{esc(nxt[0])}</a></p></div>'
    body = (f'<div class="top"><span>重庆市南川区人民政府</span><a>无障碍</a><a>长者版</a></div>'
            f'<div class="banner"><img src="/images/sjj_banner.png" alt="南川区审计局"></div>'
            f'<div class="menu"><a>首页</a><a>机构概况</a><a>政务公开</a><a>审计公告</a><a>审计文化</a><a>互动交流</a></div>'
            f'<div class="location">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>{"审计公告" if p08 else "工作动态"}</a></div>'
            f'<div class="article">{meta}<div class="article-title"><h2>{esc(art["title"])}</h2><div class="article-info">{info}</div></div>'
            f'<div class="article-content"><div id="zoom" class="zw">' + "".join(blocks) + tail + f'</div></div>{box}{pager}'
            f'<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>'
            f'<div class="ewm"><img src="/images/qrcode.png"><p>扫一扫在手机打开当前页</p></div></div>'
            + _gov_foot(rng, "重庆市南川区审计局", f"500119{_n(rng, 4)}"))
    head = (f'<title>{esc(art["title"])}-南川区审计局</title><meta name="SiteName" content="重庆市南川区人民政府">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d}">')
    return head, body, url


def cun_mp_lnxh110(art, rng, others):
    """村 公众号 老年协会 重阳 post: an ornament gif, bold orange ``时间：``/``地点：``/``参加人员：`` items, orange
    ``活动内容一：…`` bar heads, a quote and a centred slogan (body); ``▲`` photo captions, a 文字/图片/审核
    credit block, 往期推荐, 分享/点赞/在看 (not body); ``publish_time`` ``YYYY年MM月DD日 hh:mm``."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s?__biz=Mzk{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=1&sn={_wx_id(rng)[:16]}&chksm={_n(rng, 8)}"
    who = rng.sample(WHO, 3)

    def special(p):
        for lab in ("时间：", "地点：", "参加人员："):
            if p.startswith(lab):
                return (f'<p style="line-height:2em"><span style="font-size:15px"><strong><span style="color:#e36c09">{lab}</span></strong>'
                        f'{esc(p[len(lab):])}</span></p>')
        if p.startswith("活动内容"):
            return (f'<section style="margin:18px 0 8px"><section style="display:inline-block;background:#e36c09;padding:3px 12px;border-radius:4px">'
                    f'<span style="color:#fff;font-size:15px"><strong>{esc(p)}</strong></span></section></section>')
        if p.endswith("！") and len(p) < 15:
            return f'<p style="text-align:center"><strong><span style="color:#c00000;font-size:18px">{esc(p)}</span></strong></p>'
        return None

    caps = ["▲老年协会腰鼓队表演", "▲医生为老人测量血压", "▲为高龄老人送上长寿面"]
    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2em"><span style="font-size:15px">{x}</span></p>',
                     special=special)
    for pos, cap in zip((10, 8, 6), reversed(caps)):
        blocks.insert(pos, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                           f'<p style="text-align:center"><span style="font-size:12px;color:#7f7f7f">{cap}</span></p>')
    content = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/chongyang/640"></section>'
               + "".join(blocks)
               + f'<section style="margin-top:20px"><p><span style="font-size:12px;color:#888">文字：{who[0]}</span></p>'
               f'<p><span style="font-size:12px;color:#888">图片：{who[1]}</span></p><p><span style="font-size:12px;color:#888">审核：{who[2]}</span></p></section>'
               '<section><p><strong><span style="color:#e36c09">往期推荐</span></strong></p>'
               + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px">{tt}</span></p>') + '</section>'
               '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/qr/640"><p><span style="font-size:12px">长按识别二维码 关注双河村</span></p></section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">荣昌双河村</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{content}</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(300, 2000)}</span><a>分享</a><a>点赞 {rng.randint(10, 90)}</a><a>在看 {rng.randint(2, 30)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "荣昌双河村";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}"><meta property="og:type" content="article">'
    return head, body, url


def wb_xfb110(art, rng, others):
    """晚报 e-paper 消费版: the masthead date (the only visible date; the URL agrees), a 版次 bar (上一版/下一版/
    PDF), 本版标题 list and 版面导航, an 引题 over the headline, a ``记者`` byline, a photo + caption, 责任编辑 and
    copyright (not body); p11 (GBK) an old table layout whose text is ``<br>``-separated ``　　`` paragraphs in
    one ``<div id="ozoom">`` with a 价格 table inside and a 相关链接 box; p12 a div layout with ``<p>`` paragraphs,
    an ``（上接A01版）`` line above the text, a two-column 价格 table and a second short report (消费提醒) below."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    ban = "A07" if p11 else "A08"
    url = f"https://epaper.cqwb.com.cn/{'html' if p11 else 'wb'}/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 4)
    kicker = "迎春节 备年货" if p11 else "消费观察"
    parts, rows = [], []
    for p in list(art["body"]) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            parts.append(_table(rows, 'class="price" border="1" cellspacing="0" cellpadding="3" width="80%" align="center"'))
            rows = []
        if p is not None:
            parts.append(f"　　{esc(p)}<br>" if p11 else f"<p>　　{esc(p)}</p>")
    text = "".join(parts)
    same = "".join(f'<li><a>{esc(x)}</a></li>' for x in rng.sample(XF, 3))
    bylines = f"本报记者　{who[0]}" + ("" if p11 else f"　实习生　{who[1]}")
    cap = "市民在超市选购年货。　本报记者　" + who[2] + "　摄" if p11 else "家长带孩子选购文具。　本报记者　" + who[2] + "　摄"
    nav = " ".join(f"<a>{c}</a>" for c in ("A01：头版", "A02：要闻", "A03：重庆", "A05：城事", f"{ban}：消费", "A09：文体"))
    if p11:
        box = ('<table width="90%" align="center" class="xglj" border="0"><tr><td bgcolor="#f5f5f5"><b>相关链接</b><br>'
               '春节前夕，市商务委将在主城设立12个年货集市，时间为1月22日至27日。</td></tr></table>')
        article = (f'<table width="100%"><tr><td align="center" class="yt">{esc(kicker)}</td></tr>'
                   f'<tr><td align="center"><font style="font-size:22px"><b>{esc(art["title"])}</b></font></td></tr>'
                   f'<tr><td align="center" class="zz">{bylines}</td></tr>'
                   f'<tr><td align="center"><img src="../../../res/1/{y}{m}{d}/{_n(rng, 13)}.jpg" width="450"><br><font size="2">{esc(cap)}</font></td></tr>'
                   f'<tr><td><div id="ozoom" style="font-size:15px;line-height:26px"><!--enpcontent-->{text}<!--/enpcontent--></div>{box}</td></tr>'
                   f'<tr><td align="right">责任编辑：{who[3]}　校对：{who[1]}</td></tr></table>')
        body = (f'<table width="1000" align="center" class="paper-top"><tr><td><img src="../../../images/wb_logo.gif" alt="城市晚报"></td>'
                f'<td align="right">{y}年{int(m)}月{int(d)}日　{_week(art)}　<a>往期回顾</a>　<a>数字报首页</a></td></tr></table>'
                f'<table width="1000" align="center"><tr><td width="400" valign="top">'
                f'<div class="bc">第{ban}版：消费　<a href="node_6.htm">上一版</a>　<a href="node_8.htm">下一版</a>　<a href="../../../page/{y}-{m}/{d}/{ban}/{_n(rng, 8)}.pdf">PDF版</a></div>'
                f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/{ban}/{y}{m}{d}{ban}_b.jpg" usemap="#PagePicMap" width="380"></div>'
                f'<div class="bmlist"><b>本版标题</b><ul><li><a>{esc(art["title"])}</a></li>{same}</ul></div>'
                f'<div class="bmnav"><b>版面导航</b><br>{nav}</div></td><td valign="top">{article}</td></tr></table>'
                f'<table width="1000" align="center"><tr><td align="center" class="copy">城市晚报社版权所有　未经书面授权，不得复制或建立镜像<br>渝ICP备{_n(rng, 8)}号</td></tr></table>')
        head = f'<title>城市晚报数字报-{esc(art["title"])}</title><meta name="keywords" content="城市晚报,数字报,消费">'
        return head, body, url
    second = ('<div class="article second"><h3>网购学习用品 注意“七天无理由”例外</h3>'
              '<p>　　本报讯　市消委会提醒，定制类商品、已拆封的音像制品和计算机软件等不适用七天无理由退货，下单前请看清商品页面说明。（记者　'
              + who[3] + '）</p></div>')
    body = (f'<div class="paper-head"><div class="logo"><img src="/images/wb_logo.png" alt="城市晚报"></div>'
            f'<div class="paper-date">{y}年{m}月{d}日　{_week(art)}</div><div class="links"><a>往期回顾</a><a>报纸订阅</a></div></div>'
            f'<div class="paper-main"><div class="left-col"><div class="bc"><span>{ban}：消费周刊</span>'
            f'<a>上一版</a><a>下一版</a><a href="/wb/{y}-{m}/{d}/{ban}.pdf">PDF下载</a></div>'
            f'<div class="bmt"><img src="/wb/{y}-{m}/{d}/{ban}_s.jpg"></div>'
            f'<div class="bmlist"><h4>本版新闻</h4><ul><li><a>{esc(art["title"])}</a></li>{same}</ul></div>'
            f'<div class="bmnav"><h4>版面导航</h4>{nav}</div></div>'
            f'<div class="right-col"><div class="article"><div class="yt">{esc(kicker)}</div><h1>{esc(art["title"])}</h1>'
            f'<div class="author">{bylines}</div><div class="jump">（上接A01版）</div>'
            f'<div class="pic"><img src="/wb/res/{y}{m}{d}/{_n(rng, 13)}.jpg"><p>{esc(cap)}</p></div>'
            f'<div class="content" id="ozoom">{text}</div>'
            f'<div class="editor">责任编辑：{who[2]}　美编：{who[1]}</div></div>{second}'
            f'<div class="sx"><a>上一篇</a>　<a>下一篇</a></div></div></div>'
            f'<div class="copyright">城市晚报社 版权所有　本网站所刊登的各种新闻、信息和专栏资料，未经协议授权，不得使用或转载　渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>城市晚报-{ban}：消费周刊</title><meta name="keywords" content="城市晚报,电子版">'
    return head, body, url


TEMPLATES = {"gxs_nzbg110": gxs_nzbg110, "xyzx_mp_yxzn110": xyzx_mp_yxzn110, "xzf_tdzs110": xzf_tdzs110,
             "xhw_qxms110": xhw_qxms110, "sjj_zggg110": sjj_zggg110, "cun_mp_lnxh110": cun_mp_lnxh110,
             "wb_xfb110": wb_xfb110}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages110", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
