"""Build the hundred-and-ninth saved-page set (``pages109``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 城市管理局 portal 占道施工许可 公示 with a table
and an 整治 news page dated only by meta and URL (``cgj_zdsg109``), a 市 总工会 公众号 职工疗休养
报名 post (``zgh_mp_lxy109``), a 县政府网 领导分工调整 通知 and a 常务会议 news page with an
更新时间 (``xzf_ldfg109``), 澎湃-like 政务号 区县 通报 with photos (``pp_qxtb109``), a provincial news
portal's 市州 interview with ``记者：`` turns (``scxw_szft109``), a 社区 公众号 暑期托管班 招生 post
(``sq_mp_tgb109``) and a 县报 e-paper 第03版 with two 通讯 and a 图片新闻 beside them (``xb_ep03_109``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages109/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["冉晓东", "罗佳", "付文静", "谢宏伟", "邓丽萍", "黎川", "秦小雨", "袁志强", "甘露"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")
PUNCT = "。，；：！？"


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in PUNCT + "　")


def _head(p: str) -> bool:
    """A subheading inside the text: ``一、…`` or a short line (a name, a 通讯 section head) with
    no sentence punctuation and no digits."""
    if _row(p) or any(c in p for c in PUNCT):
        return False
    return p.startswith(NUM_HEADS) or (len(p) <= 12 and not any(c.isdigit() for c in p))


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"', cell=None) -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; the first row
    bold through ``cell``)."""
    cell = cell or (lambda c: f"<strong>{c}</strong>")
    out = []
    for i, r in enumerate(rows):
        cells = "".join(f'<td align="center" valign="middle">{cell(esc(c)) if i == 0 else esc(c)}</td>' for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head, table=_table) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table, subheadings through
    ``head``, other lines through ``para`` (both get the escaped line)."""
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
        out.append(head(esc(p)) if _head(p) else para(esc(p)))
    return out


def _rel(rng, others, k, fmt) -> str:
    """A related-articles list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _label(p: str) -> tuple[str, str] | None:
    """A ``标签：内容`` item's label and rest (label of 2-6 characters), or None."""
    k = p.find("：")
    return (p[:k + 1], p[k + 1:]) if 2 <= k <= 6 and p[k + 1:] else None


def cgj_zdsg109(art, rng, others):
    """区 城市管理局 portal: p01 (GBK) a 占道施工许可 公示 with glued info spans (发布时间 ``YYYY年MM月DD日``
    and a later 更新时间), bold ``一、`` heads, a bordered table, 联系 lines (body), a right-aligned 落款
    + date and an 附件 link (not body); p02 an 整治 news page with no visible date (meta ``PubDate`` and
    the URL only), a photo + caption inside the text and a 图片新闻 side box."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    col = "gsgg" if p01 else "gzdt"
    url = f"http://www.cqjb.gov.cn/bm/qcgj/zwgk_{_n(rng, 5)}/{col}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;">{t}</p>',
                     lambda t: f'<p style="text-indent:2em;"><strong>{t}</strong></p>')
    if p01:
        info = (f'<div class="detail-info"><span>发布时间：{y}年{m}月{d}日</span><span>更新时间：{y}年{m}月{int(d) + 2:02d}日</span>'
                f'<span>来源：区城市管理局</span><span>字号：<a>大</a><a>中</a><a>小</a></span></div>')
        tail = (f'<p style="text-align:right;">重庆市江北区城市管理局</p><p style="text-align:right;">{y}年{int(m)}月{int(d)}日</p>'
                f'<div class="fujian"><p>附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.pdf">占道施工位置示意图.pdf</a></p></div>')
        side = ""
    else:
        blocks.insert(4, f'<p style="text-align:center;"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600" height="400" /></p>'
                         f'<p style="text-align:center;">图为执法队员在观音桥商圈向商户宣传规范经营要求。（区城市管理局供图）</p>')
        info = (f'<div class="detail-info"><span>来源：区城市管理局</span><span>作者：{rng.choice(WHO)}</span>'
                f'<span>浏览次数：<script>document.write({_n(rng, 3)})</script></span><span>字号：<a>大</a><a>中</a><a>小</a></span></div>')
        tail = ""
        side = (f'<div class="side"><div class="tpxw"><h4>图片新闻</h4><img src="/images/tp{_n(rng, 3)}.jpg">'
                f'<p>城管执法队员开展夜间巡查</p></div><div class="rmfw"><h4>热门服务</h4><ul><li>户外广告设置审批</li>'
                f'<li>城市道路占用挖掘许可</li><li>12319热线</li></ul></div></div>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span class="date">{dd}</span></li>')
    body = (f'<div class="topbar"><div class="w1200"><span>{y}年{int(m)}月{int(d)}日</span><a>无障碍</a><a>长者模式</a><a>登录</a></div></div>'
            f'<div class="header"><img src="/images/logo.png" alt="重庆市江北区人民政府"><span class="dept">区城市管理局</span>'
            f'<div class="search"><input type="text" placeholder="请输入搜索内容"><button>搜索</button></div></div>'
            f'<div class="nav"><ul><li>首页</li><li>机构职能</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>'
            f'<div class="location">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>{"公示公告" if p01 else "工作动态"}</a></div>'
            f'<div class="w1200 clearfix"><div class="left-con"><div class="detail">'
            f'<div class="detail-title"><h1>{esc(art["title"])}</h1>{info}</div>'
            f'<div class="view TRS_UEDITOR trs_paper_default trs_web">' + "".join(blocks) + tail + '</div>'
            f'<div class="detail-share"><span>分享到：</span><a class="wx"></a><a class="wb"></a><a class="qq"></a></div>'
            f'<div class="detail-ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div>'
            f'<div class="detail-btn"><a onclick="window.print()">打印本页</a><a onclick="window.close()">关闭窗口</a></div></div>'
            f'<div class="xglj"><div class="tt">相关链接</div><ul>{rel}</ul></div></div>{side}</div>'
            f'<div class="footer"><p><a>网站地图</a>|<a>联系我们</a>|<a>隐私声明</a></p>'
            f'<p>主办单位：重庆市江北区人民政府办公室　承办单位：重庆市江北区城市管理局</p>'
            f'<p>网站标识码：500105{_n(rng, 4)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_重庆市江北区人民政府</title><meta name="SiteName" content="重庆市江北区人民政府">'
            f'<meta name="ColumnName" content="{"公示公告" if p01 else "工作动态"}"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区城市管理局">')
    return head, body, url


def zgh_mp_lxy109(art, rng, others):
    """市 总工会 公众号 报名 post: a 关注 kicker and a banner, red ``一、`` heads in sections, ``1.`` 线路
    items, bold ``报名时间：`` labels, a ▲ photo caption (not body), a 温馨提示 card, 来源/编辑/审核, 往期推荐,
    阅读原文 and the 阅读/点赞/在看 row (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    who = rng.sample(WHO, 3)

    def para(s):
        lab = _label(s)
        if lab and not s[0].isdigit():
            s = f'<strong><span style="color:#c00000;">{lab[0]}</span></strong>{lab[1]}'
        return f'<section style="line-height:1.75em;margin-bottom:8px;"><span style="font-size:15px;letter-spacing:1px;">{s}</span></section>'

    blocks = _blocks(art["body"], para,
                     lambda s: f'<section style="text-align:center;margin:20px 0 10px;"><section style="display:inline-block;'
                               f'background:#c00000;padding:4px 16px;border-radius:14px;"><strong><span style="color:#fff;">{s}</span></strong></section></section>')
    blocks.insert(1, f'<section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640" style="width:100%;"></section>'
                     f'<section style="text-align:center;"><span style="font-size:12px;color:#888;">▲{int(y) - 1}年疗休养职工在武隆仙女山（资料图）</span></section>')
    rec = _rel(rng, others, 3, lambda tt, dd: f'<p><span style="color:#c00000;">▶</span><a>{tt}</a></p>')
    content = ('<section style="text-align:center;"><span style="color:#888;font-size:12px;">点击蓝字　关注我们</span></section>'
               f'<section><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/640"></section>'
               + "".join(blocks) +
               '<section style="border:1px dashed #c00000;padding:10px;margin:16px 0;"><p><strong>温馨提示</strong></p>'
               '<p><span style="font-size:13px;">名额按报名先后顺序分配，具体出行时间以所在单位工会通知为准。</span></p></section>'
               f'<p style="font-size:12px;color:#888;">来源：市总工会职工服务中心</p>'
               f'<p style="font-size:12px;color:#888;">编辑：{who[0]}　审核：{who[1]}　终审：{who[2]}</p>'
               f'<section><p><strong>往期推荐</strong></p>{rec}</section>'
               '<section style="text-align:center;"><img data-src="/mmbiz/qrcode.jpg"><p style="font-size:12px;">长按识别二维码　关注渝工之家</p></section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_area_primary"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">重庆市总工会</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">渝工之家</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden;">{content}</div>'
            f'<div class="original_area"><a id="js_view_source">阅读原文</a></div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(2, 9)}.{rng.randint(1, 9)}万</span><span>分享</span>'
            f'<span>赞 {_n(rng, 3)}</span><span>在看 {_n(rng, 2)}</span></div></div></div></div>'
            f'<script>var ct = "{_n(rng, 10)}"; var nickname = "渝工之家";</script>')
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    return f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">', body, url


def xzf_ldfg109(art, rng, others):
    """县政府网: p04 (GBK) a 领导分工调整 通知 under an 信息公开 grid (成文日期 three days before 发布日期),
    the 文号 under the title, an addressee line, bold ``name + 职务`` heads (body), the 落款 + date and
    ``（此件公开发布）`` (not body); p05 a 常务会议 news page as ``<br>`` lines in one div, ``发布日期：YYYY/M/D``
    beside a later 更新时间, a date inside the text, a 责任编辑 line and a 热点专题 side column."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    who = rng.sample(WHO, 2)
    if p04:
        url = f"http://www.cqck.gov.cn/zwgk_{_n(rng, 3)}/fdzdgknr/zcwj/qtwj/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        grid = (f'<table class="xxgk_table" width="100%" cellspacing="0"><tr><th>索 引 号：</th><td>11500229009{_n(rng, 6)}/{y}-{_n(rng, 5)}</td>'
                f'<th>主题分类：</th><td>人事</td></tr><tr><th>发布机构：</th><td>城口县人民政府办公室</td><th>成文日期：</th><td>{y}-{m}-{int(d) - 3:02d}</td></tr>'
                f'<tr><th>标　　题：</th><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><th>发文字号：</th><td>城府发〔{y}〕5号</td><th>发布日期：</th><td>{y}-{m}-{d}</td></tr>'
                f'<tr><th>有 效 性：</th><td>有效</td><th>废止日期：</th><td></td></tr></table>')
        blocks = _blocks(art["body"], lambda s: f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{s}</p>',
                         lambda s: f'<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>{s}</strong></p>')
        text = (f'<p style="text-align:center;">城府发〔{y}〕5号</p>' + "".join(blocks) +
                f'<p style="text-align:right;">城口县人民政府</p><p style="text-align:right;">{y}年{int(m)}月{int(d) - 3}日</p>'
                '<p>&nbsp;&nbsp;&nbsp;&nbsp;（此件公开发布）</p>')
        info = '<div class="zw_info"><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span><span><a>打印</a></span></div>'
        side = ('<div class="zcjd"><h4>相关解读</h4><ul><li><a>图解：县政府领导同志工作分工</a></li></ul></div>')
        content = f'<div id="zoom" class="zw_con">{text}</div>'
    else:
        url = f"http://www.cqck.gov.cn/zwxx_{_n(rng, 3)}/zwdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        grid = ""
        lines = "<br>".join(f"　　{esc(s)}" for s in art["body"])
        content = (f'<div class="bt_content" id="zoom">{lines}<br><br>'
                   f'<div style="text-align:right;">（责任编辑：{who[0]}　审核：{who[1]}）</div></div>')
        info = (f'<div class="zw_info">发布日期：{y}/{int(m)}/{int(d)}&nbsp;&nbsp;&nbsp;&nbsp;更新时间：{y}-{m}-{int(d) + 1:02d} {_hm(rng)}'
                f'&nbsp;&nbsp;&nbsp;&nbsp;来源：县政府办公室&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<script>document.write("{_n(rng, 4)}");</script>'
                '&nbsp;&nbsp;&nbsp;&nbsp;【<a>大</a> <a>中</a> <a>小</a>】</div>')
        hot = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a></li>')
        side = (f'<div class="rdzt"><h4>热点专题</h4><a><img src="/images/zt1.jpg" alt="优化营商环境"></a>'
                f'<a><img src="/images/zt2.jpg" alt="森林防火"></a></div><div class="zxxx"><h4>最新信息</h4><ul>{hot}</ul></div>')
    body = (f'<div class="top"><div class="w"><span>今天是：{y}年{int(m)}月{int(d)}日 {_week(art)}</span><a>简</a>|<a>繁</a><a>无障碍浏览</a></div></div>'
            '<div class="banner"><img src="/images/banner.jpg" alt="城口县人民政府"></div>'
            '<div class="menu"><a>首页</a><a>走进城口</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>专题专栏</a></div>'
            f'<div class="weizhi">您现在的位置：<a>首页</a>&gt;&gt;<a>政务公开</a>&gt;&gt;<a>{"政策文件" if p04 else "政务动态"}</a></div>'
            f'<div class="w clearfix"><div class="main">{grid}<div class="zw_tit"><h2>{esc(art["title"])}</h2>{info}</div>{content}'
            '<div class="zw_btn"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
            f'<div class="aside">{side}</div></div>'
            '<div class="foot"><p>版权所有：城口县人民政府办公室　主办：城口县人民政府办公室</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1　网站标识码：500229{_n(rng, 4)}　渝公网安备 {_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}-城口县人民政府</title><meta name="SiteName" content="城口县人民政府">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}:00">' if not p04 else
            f'<title>{esc(art["title"])}-城口县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="publishdate" content="{y}-{m}-{d}">')
    return head, body, url


def pp_qxtb109(art, rng, others):
    """澎湃-like 政务号 通报: the 政务号 name and ``YYYY-MM-DD hh:mm 来源：澎湃新闻·澎湃号·政务`` lines,
    p06 a ``原标题：`` line and the text as ``<br><br>`` runs in one div, p07 ``<p>`` paragraphs with bold
    ``一、`` heads and a data table; a photo + caption inside the text, 特别声明, the 澎湃号 card,
    相关推荐 with dates, comment and share widgets (not body)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    acct = "大足纪检监察" if p06 else "平安铜梁应急"
    cap = ("区纪委监委工作人员在餐饮场所开展明察暗访。" if p06 else "执法人员在企业检查有限空间作业情况。")
    img = (f'<div class="contheight"></div><p style="text-align:center;"><img src="https://imagecloud.thepaper.cn/thepaper/image/{_n(rng, 3)}/{_n(rng, 3)}/{_n(rng, 3)}.jpg"></p>'
           f'<p style="text-align:center;"><span style="color:#888;font-size:14px;">{cap}{"大足区纪委监委" if p06 else "铜梁区应急管理局"} 供图</span></p>')
    if p06:
        parts = [esc(s) for s in art["body"]]
        text = (f'<div class="news_txt" data-size="standard">原标题：大足区纪委监委关于3起违规吃喝典型问题的通报<br/><br/>'
                + "<br/><br/>".join(parts[:4]) + img + "<br/><br/>".join(parts[4:]) + '</div>')
    else:
        blocks = _blocks(art["body"], lambda s: f'<p>{s}</p>', lambda s: f'<p><strong>{s}</strong></p>')
        blocks.insert(7, img)
        text = '<div class="news_txt" data-size="standard">' + "".join(blocks) + '</div>'
    rec = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><p class="pdtt_trbs"><span>{acct}</span><span>{dd}</span></p></li>')
    body = (f'<div class="head_banner"><a class="logo"><img src="/img/logo.png" alt="澎湃新闻"></a>'
            '<ul class="head_nav"><li>要闻</li><li>深度</li><li>视频</li><li>澎湃号</li><li>问政</li></ul><a>下载客户端</a><a>登录</a></div>'
            f'<div class="newscontent"><h1 class="news_title">{esc(art["title"])}</h1>'
            f'<div class="news_about"><p><a>{acct}</a></p><p>{y}-{m}-{d} {_hm(rng)}<span>来源：澎湃新闻·澎湃号·政务</span></p>'
            '<span class="fontsize">字号</span></div>' + text +
            '<div class="news_declare"><p>特别声明</p><p>本文由澎湃号入驻机构上传发布，观点仅代表发布者本人，澎湃新闻只提供信息发布平台。</p></div>'
            f'<div class="news_keyword">关键词 &gt;&gt; 通报</div>'
            f'<div class="news_love"><a>{_n(rng, 2)}</a><span>收藏</span><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a></div></div>'
            f'<div class="pph_card"><img src="/img/pph.png"><h3>{acct}</h3><p>{"大足区纪委监委" if p06 else "铜梁区应急管理局"}官方澎湃号</p>'
            f'<span>{_n(rng, 3)}篇原创 · {_n(rng, 4)}人关注</span><a>+ 关注</a></div>'
            f'<div class="ctread"><h2>相关推荐</h2><ul>{rec}</ul></div>'
            f'<div class="comment"><h2>评论（{rng.randint(0, 20)}）</h2><textarea placeholder="我来说两句"></textarea><a>发表</a></div>'
            f'<div class="foot"><p>沪ICP备{_n(rng, 8)}号　互联网新闻信息服务许可证：{_n(rng, 11)}</p>'
            '<p>上海东方报业有限公司 版权所有</p></div>')
    url = f"https://www.thepaper.cn/newsDetail_forward_{_n(rng, 8)}"
    return (f'<title>{esc(art["title"])}_澎湃号·政务_澎湃新闻-The Paper</title>'
            f'<meta name="Description" content="{esc(art["body"][0][:60])}">'), body, url


def scxw_szft109(art, rng, others):
    """Provincial news portal's 市州 channel interview: ``YYYY/M/D h:mm:ss`` in a time span, 来源 and
    作者 spans, ``　　`` paragraphs with bold ``记者：`` questions and bold ``name：`` answer labels, a photo
    + credit caption after the lead, 编辑/责编, a 版权声明, 相关新闻 with dates and a 热点排行 column."""
    y, m, d = _ymd(art)
    who = rng.sample(WHO, 3)
    name = "罗建华"

    def para(s):
        if s.startswith("记者："):
            return f'<p>　　<strong>{s}</strong></p>'
        if s.startswith(name + "："):
            return f'<p>　　<strong>{name}：</strong>{s[len(name) + 1:]}</p>'
        return f'<p>　　{s}</p>'

    blocks = _blocks(art["body"], para, lambda s: f'<p>　　<strong>{s}</strong></p>')
    blocks.insert(1, f'<p style="text-align:center;"><img src="/uploadfile/{y}/{m}{d}/{_n(rng, 14)}.jpg" border="0"></p>'
                     f'<p style="text-align:center;">罗建华接受记者采访。记者 {who[0]} 摄</p>')
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
    hot = _rel(rng, others, 5, lambda tt, dd: f'<li><em></em><a>{tt}</a></li>')
    h, mi = _hm(rng).split(":")
    body = (f'<div class="topnav"><a>四川新闻网</a>|<a>麻辣社区</a>|<a>四川手机报</a>|<a>网络问政</a><span>{y}年{int(m)}月{int(d)}日</span></div>'
            '<div class="logo_area"><img src="/images/logo.gif" alt="四川新闻网"><img src="/images/ad_top.jpg"></div>'
            '<div class="mainnav"><a>首页</a><a>时政</a><a>市州</a><a>财经</a><a>文旅</a><a>评论</a><a>视频</a></div>'
            '<div class="weizhi">当前位置：<a>首页</a> &gt; <a>市州新闻</a> &gt; <a>宜宾</a> &gt; 正文</div>'
            f'<div class="main_l"><div class="title"><h1>{esc(art["title"])}</h1></div>'
            f'<div class="info"><span class="time">{y}/{int(m)}/{int(d)} {int(h)}:{mi}:{_n(rng, 2)}</span><span class="source">来源：四川新闻网</span>'
            f'<span class="author">作者：记者 {who[0]}</span><span class="bigsmall">【<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div class="content" id="ctrlfscont">' + "".join(blocks) + '</div>'
            f'<div class="editor">【编辑：{who[1]}】</div><div class="zeren">责编：{who[2]}</div>'
            '<div class="sm"><p>版权声明：凡注明“来源：四川新闻网”的作品，版权均属四川新闻网，未经授权不得转载、摘编或利用其它方式使用；'
            '已经授权使用作品的，应在授权范围内使用，并注明来源。</p></div>'
            '<div class="share"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ</a></div>'
            f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
            f'<div class="main_r"><div class="phb"><h3>热点排行</h3><ul>{hot}</ul></div>'
            '<div class="ewm"><img src="/images/ewm.jpg"><p>扫一扫 关注四川新闻网微信</p></div></div>'
            f'<div class="footer"><p>四川新闻网 版权所有　川ICP备{_n(rng, 8)}号　川公网安备 {_n(rng, 14)}号</p>'
            '<p>违法和不良信息举报电话：028-12345678</p></div>')
    url = f"https://yb.newssc.org/system/{y}{m}{d}/{_n(rng, 9)}.html"
    return f'<title>{esc(art["title"])}_四川新闻网</title><meta name="keywords" content="叙州,早茶,茶产业">', body, url


def sq_mp_tgb109(art, rng, others):
    """社区 公众号 招生 post: an emoji kicker, bold ``招生对象：`` labels, coloured bar heads, a 课程安排 table
    in ``<section>`` cells, dates inside the text that are not the publication date, the 落款 + date, 来源/编辑/
    审核, QR and the 阅读/点赞/在看 row (not body)."""
    y, m, d = _ymd(art)
    who = rng.sample(WHO, 3)

    def para(s):
        lab = _label(s)
        if lab:
            s = f'<strong>{lab[0]}</strong>{lab[1]}'
        return f'<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;">{s}</span></p>'

    def table(rows):
        out = []
        for i, r in enumerate(rows):
            style = "background:#ffe4c4;" if i == 0 else ""
            out.append("<tr>" + "".join(f'<td style="border:1px solid #f7a35c;{style}"><section style="text-align:center;">{esc(c)}</section></td>'
                                        for c in r.split(" ")) + "</tr>")
        return '<table style="width:100%;border-collapse:collapse;"><tbody>' + "".join(out) + "</tbody></table>"

    blocks = _blocks(art["body"], para,
                     lambda s: f'<section style="margin:18px 0 8px;"><section style="border-left:4px solid #f7a35c;padding-left:8px;">'
                               f'<strong><span style="color:#f7a35c;font-size:17px;">{s}</span></strong></section></section>', table)
    content = ('<section style="text-align:center;"><span style="font-size:18px;color:#f7a35c;"><strong>🌞 暑期托管来啦 🌞</strong></span></section>'
               f'<section><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></section>'
               + "".join(blocks) +
               f'<p style="text-align:right;">花园路社区居民委员会</p><p style="text-align:right;">{y}年{int(m)}月{int(d)}日</p>'
               f'<p style="font-size:12px;color:#999;">来源：花园路社区　编辑：{who[0]}　审核：{who[1]}</p>'
               '<section style="text-align:center;"><img data-src="/mmbiz/qr.jpg"><p style="font-size:12px;">👆长按识别二维码 关注我们</p></section>')
    t = _hm(rng)
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">南岸花园路社区</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em></div>'
            f'<div class="rich_media_content" id="js_content">{content}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 3)}</span><span>赞 {_n(rng, 2)}</span>'
            f'<span>分享</span><span>在看 {rng.randint(1, 9)}</span></div>'
            '<div class="rich_media_extra"><p>留言</p><p>写留言</p></div></div></div>')
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    return f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">', body, url


def xb_ep03_109(art, rng, others):
    """县报 e-paper 第03版 (通讯): the masthead date ``YYYY年MM月DD日 星期X`` (the only visible date; the URL
    agrees) beside a 往期 select of earlier dates, 版次 bar, 本版标题 list naming the page's other 通讯 and
    its 图片新闻 (caption in a side box), an 引题 and a 副题, a ``本报记者`` byline, bold section heads, a photo
    + ▲ caption inside the text, 责任编辑, 上一篇/下一篇, copyright; p12's text as ``<br>`` lines in one ``<td>``."""
    y, m, d = _ymd(art)
    who = rng.sample(WHO, 4)
    kicker, sub = {"p10": ("基层干部风采录", ""), "p11": ("", "——记县供电公司运维班的夏日坚守"),
                   "p12": ("教师节特别报道", "——记石黄镇中心小学教师谭晓梅")}[art["id"]]
    caps = {"p10": "▲杨德华（左）在柑橘园查看果树长势。", "p11": "▲运维人员在变电站开展设备测温。",
            "p12": "▲谭晓梅在给学生上阅读课。"}
    photo = (f'<p style="text-align:center;"><img src="../../../res/{y}-{m}/{d}/03/res0{rng.randint(1, 4)}_attpic_brief.jpg"></p>'
             f'<p style="text-align:center;">{caps[art["id"]]}本报记者 {who[0]} 摄</p>')
    if art["id"] == "p12":
        lines = [f"　　{esc(s)}" for s in art["body"]]
        text = ('<table width="100%"><tr><td class="content_tt" id="ozoom">' + "<br>".join(lines[:5]) + "<br>" + photo
                + "<br>".join(lines[5:]) + "</td></tr></table>")
    else:
        blocks = _blocks(art["body"], lambda s: f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{s}</p>', lambda s: f'<p><b>&nbsp;&nbsp;&nbsp;&nbsp;{s}</b></p>')
        blocks.insert(5, photo)
        text = '<div id="ozoom" class="article-content">' + "".join(blocks) + "</div>"
    same = [("杨德华：把“空心村”变成“产业村”", "高温下的电力“护航员”")] if art["date"] == "2024-08-06" else [(art["title"], "乡村学校迎来新学期")]
    titles = list(same[0]) + ["图片新闻"]
    lst = "".join(f'<li><a>{esc(tt)}</a></li>' for tt in titles)
    pic = ("近日，县城滨江公园荷花竞相开放，吸引市民前来观赏。" if art["date"] == "2024-08-06"
           else "新学期开学，各中小学校开展入学教育活动。")
    opts = "".join(f'<option>{y}-{m}-{int(d) - k:02d}</option>' for k in (1, 2, 3))
    byline = f"本报记者 {who[1]}" + (f"　通讯员 {who[2]}" if art["id"] != "p12" else "")
    body = (f'<table width="1000" align="center" class="top"><tr><td><img src="../../../images/masthead.gif" alt="今日忠县"></td>'
            f'<td class="rq">{y}年{m}月{d}日　{_week(art)}</td><td>往期回顾：<select><option>{y}-{m}-{d}</option>{opts}</select></td></tr></table>'
            '<table width="1000" align="center" class="bc"><tr><td>第03版：通讯</td><td><a>上一版</a>　<a>下一版</a></td>'
            f'<td><a href="../../../page/{y}-{m}/{d}/03/{y}{m}{d}03_pdf.pdf">PDF版</a></td></tr></table>'
            '<table width="1000" align="center"><tr><td width="330" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/03/{y}{m}{d}03_brief.jpg" usemap="#PagePicMap"><map name="PagePicMap"></map></div>'
            f'<div class="bmdh"><h4>本版标题</h4><ul>{lst}</ul></div>'
            f'<div class="tpxw"><h4>图片新闻</h4><img src="../../../res/{y}-{m}/{d}/03/tp.jpg"><p>{pic}（通讯员 {who[3]} 摄）</p></div>'
            '<div class="bmnav"><h4>版面导航</h4><a>第01版：要闻</a><a>第02版：综合</a><a>第03版：通讯</a><a>第04版：文化</a></div></td>'
            '<td width="670" valign="top"><div class="wz">'
            + (f'<h3 class="yt">{kicker}</h3>' if kicker else "") + f'<h1>{esc(art["title"])}</h1>'
            + (f'<h2 class="ft">{sub}</h2>' if sub else "") + f'<div class="zz">{byline}</div>' + text +
            f'<div class="bj">责任编辑：{who[3]}　校对：{who[0]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">忠县融媒体中心 版权所有　未经授权，不得转载　渝ICP备{_n(rng, 8)}号</div>')
    url = f"http://epaper.zxrmt.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    head = (f'<title>今日忠县-{esc(art["title"])}</title>' if art["id"] != "p11" else '<title>今日忠县-第03版:通讯</title>')
    return head + '<meta name="keywords" content="今日忠县,数字报">', body, url


TEMPLATES = {"cgj_zdsg109": cgj_zdsg109, "zgh_mp_lxy109": zgh_mp_lxy109, "xzf_ldfg109": xzf_ldfg109,
             "pp_qxtb109": pp_qxtb109, "scxw_szft109": scxw_szft109, "sq_mp_tgb109": sq_mp_tgb109,
             "xb_ep03_109": xb_ep03_109}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages109", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
