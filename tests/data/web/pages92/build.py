"""Build the ninety-second saved-page set (``pages92``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 市场监管局 portal 价格 提醒告诫 news and notice
(``scjg_gjs92``), a 团区委 公众号 青年人物 访谈 post (``tw_mp_ft92``), a 县政府网 招聘 成绩公告 with a
score table on GBK pages (``xzf_zpcj92``), a 新华网-like 地方经济 快讯 (``xhw_kx92``), a 区 卫健委
portal 义诊 news on an old table layout (``wjw_yz92``), a 村 公众号 乡村旅游 post (``cun_mp_ly92``)
and a 晚报 e-paper 健康版 专家问答 (``wb_epaper_jk92``). ``articles.txt`` holds the title, date and
reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages92/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["冉小琴", "唐建国", "杨明月", "龚晓东", "谢佳怡", "刘远山", "程露", "江海波", "陶文静"]
HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text: ``一、…`` without a full stop or colon."""
    return p.startswith(HEADS) and "。" not in p and "：" not in p


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"', cell="td") -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f"<table {attrs}><tbody>" + "".join(
        "<tr>" + "".join(f'<{cell} style="text-align:center">{esc(c)}</{cell}>' for c in r.split(" ")) + "</tr>"
        for r in rows) + "</tbody></table>")


def _blocks(body, para, head=None, turn=None, kv=None, table=_table) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table; heads, turns
    (``记者：``/``问：``) and ``时间：``/``地点：`` items through their own wrappers."""
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
        if head and _head(p):
            out.append(head(esc(p)))
        elif turn and p.startswith(("记者：", "问：")):
            q, rest = p.split("：", 1)
            out.append(turn(esc(q), esc(rest)))
        elif kv and p.startswith(("时间：", "地点：")):
            k, v = p.split("：", 1)
            out.append(kv(esc(k), esc(v)))
        else:
            out.append(para(esc(p)))
    return out


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="foot"><div class="foot-nav"><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a></div>'
            f'<p>主办单位：{host}&nbsp;&nbsp;&nbsp;技术支持：重庆市大数据应用发展管理局</p>'
            f'<p>网站标识码：{code}&nbsp;&nbsp;<a>渝ICP备{_n(rng, 8)}号</a>&nbsp;&nbsp;<a>渝公网安备 {_n(rng, 14)}号</a></p>'
            f'<div class="jg"><img src="/images/jiucuo.png"><img src="/images/dzjg.png"></div>'
            f'<div class="wx"><img src="/images/qr.jpg"><span>扫一扫 手机浏览</span></div></div>')


def scjg_gjs92(art, rng, others):
    """区 市场监管局 portal: p01 (GBK) 提醒告诫会 news, info `<span>`s glued with no whitespace
    (`发布日期：YYYY年MM月DD日`, 来源, 浏览量 `<script>`), bold 一、 heads, a photo with `图为…` caption;
    p02 the 提醒告诫书 itself, date only in meta `PubDate` and URL, the 落款 with an earlier date and an
    附件 line after the text; 【字体】, 打印本页/关闭窗口, 分享, 相关信息 with dates, footer."""
    y, m, d = _ymd(art)
    place = art["place"]
    p01 = art["id"] == "p01"
    url = f"http://www.ybq.gov.cn/bm/qscjgj/zwgk_{_n(rng, 5)}/{'gzdt' if p01 else 'tzgg'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2;">{t}</p>',
                     head=lambda t: f'<p style="text-indent:2em;line-height:2;"><strong>{t}</strong></p>')
    if p01:
        blocks.insert(2, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" border="0"></p>'
                         f'<p style="text-align:center;">图为提醒告诫会现场。（区市场监管局供图）</p>')
        info = (f'<div class="detail-info"><span>发布日期：{y}年{m}月{d}日</span><span>来源：区市场监管局</span>'
                f'<span>浏览量：<script>document.write({_n(rng, 3)})</script></span>'
                f'<span class="font">【字体：<a>大</a><a>中</a><a>小</a>】</span></div>')
        tail = ""
    else:
        info = (f'<div class="detail-info"><span>来源：重庆市{place}区市场监督管理局</span>&nbsp;|&nbsp;'
                f'<span class="font">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = (f'<p style="text-align:right;">重庆市{place}区市场监督管理局&nbsp;&nbsp;</p>'
                f'<p style="text-align:right;">{y}年{int(m)}月{int(d) - 2}日&nbsp;&nbsp;</p>'
                f'<p>附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.docx">价格违法行为举报渠道.docx</a></p>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><span class="date">{dd}</span><a title="{t}">{t}</a></li>')
    body = (f'<div class="top"><span>欢迎访问重庆市{place}区人民政府网站</span><a>无障碍</a><a>长者模式</a></div>'
            f'<div class="banner"><img src="/images/banner_scjg.jpg" alt="{place}区市场监督管理局"></div>'
            f'<div class="nav"><ul><li>首页</li><li>机构概况</li><li>政务公开</li><li>办事服务</li><li>互动交流</li></ul></div>'
            f'<div class="position">您当前的位置：<a>首页</a>&gt;<a>政务公开</a>&gt;<a>{"工作动态" if p01 else "通知公告"}</a></div>'
            f'<div class="detail"><h1 class="detail-title">{esc(art["title"])}</h1>{info}'
            f'<div class="con TRS_Editor"><div class="TRS_UEDITOR">' + "".join(blocks) + tail + '</div></div>'
            f'<div class="detail-tool"><a href="javascript:window.print()">打印本页</a>&nbsp;&nbsp;<a href="javascript:window.close()">关闭窗口</a>'
            f'<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div></div>'
            f'<div class="xgxx"><div class="tit">相关信息</div><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, f"重庆市{place}区人民政府办公室", f"500112{_n(rng, 4)}"))
    head = (f'<title>{esc(art["title"])}_重庆市{place}区人民政府</title><meta name="SiteName" content="重庆市{place}区人民政府">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="ColumnName" content="{"工作动态" if p01 else "通知公告"}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区市场监管局">')
    return head, body, url


def tw_mp_ft92(art, rng, others):
    """团区委 公众号 青年人物 访谈: a 编者按 box above the text, a 人物名片 card after the lead, bold
    `记者：`/`问：` turns and bold-name answers, a portrait with `▲` caption, a slogan line; p03
    publish_time `YYYY-MM-DD hh:mm`, p04 `YYYY年M月D日 hh:mm`; 来源/文字/图片/编辑/审核, 推荐阅读,
    关注 QR, 阅读原文/分享/点赞/在看, 留言."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    p03 = art["id"] == "p03"
    who = rng.sample(WHO, 5)
    name = art["body"][5 if p03 else 4].split("：")[0]
    blocks = _blocks(art["body"],
                     lambda t: f'<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;letter-spacing:1px;">{t}</span></p>',
                     turn=lambda q, r: (f'<p style="line-height:1.75em;"><span style="font-size:15px;color:#c8161d;">'
                                        f'<strong>{q}：{r}</strong></span></p>'))
    blocks = [b.replace(f'letter-spacing:1px;">{name}：', f'letter-spacing:1px;"><strong>{name}：</strong>') for b in blocks]
    card = ('<section style="border:1px solid #c8161d;border-radius:6px;padding:12px;margin:16px 0;">'
            '<p style="text-align:center"><strong><span style="color:#c8161d">人物名片</span></strong></p>'
            + (f'<p><span style="font-size:14px">{name}，1992年生，中梁镇茶叶专业合作社理事长，区级青年致富带头人。</span></p>' if p03 else
               f'<p><span style="font-size:14px">{name}，1997年生，新桥社区网格员，社区青年突击队队长，曾获区“优秀共青团员”称号。</span></p>')
            + '</section>')
    blocks.insert(3, card)
    blocks.insert(5, f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></p>'
                     f'<p style="text-align:center"><span style="font-size:12px;color:#999">▲{name}{"在茶园查看茶树长势" if p03 else "走访社区居民"}</span></p>')
    note = ('<section style="background:#fdf1f1;padding:12px;margin-bottom:18px;"><p><span style="font-size:14px;color:#888">'
            '<strong>编者按：</strong>他们扎根基层一线，在平凡岗位上书写青春答卷。即日起，“青春沙坪坝”推出“青春在一线”专栏，'
            '讲述身边青年的奋斗故事。</span></p></section>')
    when = f"{y}-{m}-{d} {_hm(rng)}" if p03 else f"{y}年{int(m)}月{int(d)}日 {_hm(rng)}"
    tail = (f'<p style="text-align:center"><span style="color:#c8161d;font-size:14px">— END —</span></p>'
            f'<p><span style="font-size:12px;color:#888">来源：团区委青年发展部</span></p>'
            f'<p><span style="font-size:12px;color:#888">文字：{who[0]}　图片：{who[1]}</span></p>'
            f'<p><span style="font-size:12px;color:#888">编辑：{who[2]}　审核：{who[3]}</span></p>')
    rec = _rel(rng, others, 3, lambda t, dd: f'<p><a><span style="font-size:14px;color:#576b95">▶ {t}</span></a></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n  {esc(art["title"])}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{who[4]}</span>'
            f'<span class="rich_media_meta_nickname"><a id="js_name">青春沙坪坝</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{when}</em><em id="js_ip_wording">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">{note}' + "".join(blocks) + tail +
            f'<section><p><strong><span style="color:#c8161d">推荐阅读</span></strong></p>{rec}</section>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640?wx_fmt=png"></p>'
            f'<p style="text-align:center"><span style="font-size:12px">长按识别二维码 关注青春沙坪坝</span></p></div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span><span>点赞 {rng.randint(10, 99)}</span><span>在看 {rng.randint(2, 30)}</span></div>'
            f'<div class="rich_media_extra"><p>留言</p><p>写留言</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="他们扎根基层一线">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";var nickname = "青春沙坪坝";</script>')
    return head, body, url


def xzf_zpcj92(art, rng, others):
    """县政府网 招聘 成绩公告 (GBK) on an old table layout: an 信息公开 grid (索引号, 发布机构, 发布日期),
    the score table inside the text (rows are body), `一、` heads, 时间：/地点： lines, the 落款 and its
    date and 附件 lines (not body); p05 `发布时间：YYYY-MM-DD` info with a `<script>` 点击数 counter,
    p06 no visible date (meta `PubDate` and URL only), the text's dates (7月6日/10月26日) not the
    publication date; 【字体】, 打印/关闭, 相关链接, footer."""
    y, m, d = _ymd(art)
    place = art["place"]
    p05 = art["id"] == "p05"
    url = f"http://www.cqck.gov.cn/zwgk_{_n(rng, 3)}/fdzdgknr/rsxx/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    unit = "城口县人力资源和社会保障局" if p05 else "城口县教育委员会"
    tab = lambda rows: _table(rows, 'class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="90%" align="center"')
    blocks = _blocks(art["body"], lambda t: f'<p>　　<font face="仿宋_GB2312" size="3">{t}</font></p>',
                     head=lambda t: f'<p>　　<font face="黑体" size="3">{t}</font></p>',
                     kv=lambda k, v: f'<p>　　<font face="仿宋_GB2312" size="3"><b>{k}：</b>{v}</font></p>', table=tab)
    tail = (f'<p>　　附件：1.<a>{"资格复审登记表" if p05 else "体检须知"}.doc</a></p>'
            f'<p>　　　　　2.<a>{"笔试成绩汇总表" if p05 else "总成绩汇总表"}.xls</a></p><p>&nbsp;</p>'
            f'<p align="right">{unit}&nbsp;&nbsp;&nbsp;&nbsp;</p>'
            f'<p align="right">{y}年{int(m)}月{int(d) - 1}日&nbsp;&nbsp;&nbsp;&nbsp;</p>')
    grid = (f'<table class="xxgk" width="100%" border="1" cellspacing="0"><tr><td width="15%">索引号：</td><td>11500229{_n(rng, 6)}/{y}-{_n(rng, 5)}</td>'
            f'<td width="15%">主题分类：</td><td>人事</td></tr><tr><td>发布机构：</td><td>{unit}</td><td>发文字号：</td><td></td></tr>'
            + (f'<tr><td>成文日期：</td><td>{y}-{m}-{int(d) - 1:02d}</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr>' if p05 else '')
            + '</table>')
    if p05:
        info = (f'<tr><td align="center" class="info">发布时间：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;来源：县人力社保局&nbsp;&nbsp;&nbsp;&nbsp;'
                f'点击数：<script language="javascript">document.write("{_n(rng, 4)}");</script>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>')
    else:
        info = '<tr><td align="center" class="info">来源：县教委&nbsp;&nbsp;&nbsp;&nbsp;【<a>打印</a>】&nbsp;&nbsp;【<a>关闭</a>】</td></tr>'
    rel = _rel(rng, others, 4, lambda t, dd: f'<tr><td>·<a>{t}</a></td><td align="right">[{dd}]</td></tr>')
    body = (f'<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top_ck.jpg" width="1002" height="160"></td></tr>'
            f'<tr><td class="menu"><a>首页</a> | <a>城口概况</a> | <a>政务公开</a> | <a>政务服务</a> | <a>政民互动</a> | <a>专题专栏</a></td></tr></table>'
            f'<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">'
            f'<tr><td class="dqwz">当前位置：<a>首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>人事信息</a></td></tr>'
            f'<tr><td style="padding:15px 30px">{grid}</td></tr>'
            f'<tr><td align="center" class="title"><font size="5" color="#C00000"><b>{esc(art["title"])}</b></font></td></tr>{info}'
            f'<tr><td><hr size="1" color="#CCCCCC"></td></tr>'
            f'<tr><td class="zw" id="zoom" style="padding:10px 40px">' + "".join(blocks) + tail + '</td></tr>'
            f'<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:self.close()">【关闭窗口】</a></td></tr>'
            f'<tr><td><table width="100%" class="xglj"><tr><td colspan="2"><b>相关链接</b></td></tr>{rel}</table></td></tr></table>'
            f'<table width="1002" border="0" align="center" class="foot"><tr><td align="center">'
            f'主办：{place}县人民政府办公室&nbsp;&nbsp;承办：{place}县政府电子政务中心<br>'
            f'网站标识码：5002290{_n(rng, 3)}&nbsp;&nbsp;渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;渝公网安备 {_n(rng, 14)}号<br>'
            f'建议使用IE8以上浏览器&nbsp;&nbsp;1024*768分辨率</td></tr></table>')
    head = (f'<title>{esc(art["title"])}_{place}县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="人事信息">')
    return head, body, url


def xhw_kx92(art, rng, others):
    """新华网-like 地方经济 快讯: the `新华社重庆X月X日电` dateline opening the first paragraph (body), a
    `YYYY-MM-DD hh:mm:ss 来源：新华网` info line, 【纠错】 and 责任编辑 after the text, p07 a short video
    player with its title above the text, p08 a data table inside the text and a `（记者 …）` credit;
    分享, 相关新闻, 新华网 side 热点, 版权 footer."""
    y, m, d = _ymd(art)
    url = f"http://www.news.cn/local/{y}-{m}/{d}/c_{_n(rng, 10)}.htm"
    p07 = art["id"] == "p07"
    who = rng.sample(WHO, 3)
    tab = lambda rows: _table(rows[:1], 'class="data" border="1" cellspacing="0" cellpadding="4" align="center"', "th")[:-16] + _table(rows[1:], "")[15:]
    blocks = _blocks(art["body"], lambda t: f"<p>　　{t}</p>", table=tab)
    video = ""
    if p07:
        video = (f'<div class="video-box"><div class="video-title">视频｜{esc(art["title"][5:])}</div>'
                 f'<video src="https://vodpub.news.cn/{y}{m}{d}/{_n(rng, 8)}.mp4" controls poster="/poster.jpg"></video>'
                 f'<p class="video-tip">时长 0{rng.randint(1, 3)}:{rng.randint(10, 59)}　|　播放 {_n(rng, 4)} 次</p></div>')
        credit = ""
    else:
        credit = f'<p style="text-align:right">（记者{who[2]}）</p>'
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span class="time">{dd}</span></li>')
    hot = _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a></li>')
    body = (f'<div class="header"><div class="logo"><img src="/logo_xhw.png" alt="新华网"></div>'
            f'<div class="nav"><a>首页</a><a>时政</a><a>国际</a><a>财经</a><a>地方</a><a>视频</a><a>客户端</a></div></div>'
            f'<div class="main"><div class="header-cont"><div class="h-p3">新华网 &gt; 地方 &gt; 正文</div>'
            f'<div class="h-title">{esc(art["title"])}</div>'
            f'<div class="h-info"><span class="h-time">{y}-{m}-{d} {_hms(rng)}</span><span>来源：新华网</span></div>'
            f'<div class="pageShare"><span>分享到：</span><a class="wx"></a><a class="wb"></a><a class="qq"></a></div></div>'
            f'<div class="main-left"><div id="detail">{video}' + "".join(blocks) + credit + '</div>'
            f'<div id="articleEdit"><span class="tiyi1"><a>【纠错】</a></span><span class="editor">【责任编辑:{who[0]} 】</span></div>'
            f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div>'
            f'<div class="comment">评论<span>登录</span><textarea placeholder="我来说两句"></textarea></div></div>'
            f'<div class="main-right"><h3>热点推荐</h3><ul>{hot}</ul><div class="ewm"><img src="/xhs_app.png"><p>新华社客户端 扫码下载</p></div></div></div>'
            f'<div class="foot"><p>Copyright © 2000-{y} XINHUANET.com All Rights Reserved.</p>'
            f'<p>制作单位：新华网股份有限公司　版权所有：新华网股份有限公司</p><p>未经授权禁止转载、摘编、复制及建立镜像</p></div>')
    head = (f'<title>{esc(art["title"])}-新华网</title><meta name="keywords" content="{esc(art["place"])},经济">'
            f'<meta name="description" content="{esc(art["title"])}---{esc(art["body"][0][:40])}">'
            f'<meta name="source" content="新华网">')
    return head, body, url


def wjw_yz92(art, rng, others):
    """区 卫健委 portal 义诊 news on an old table layout: the whole text as `<br>`-separated lines with
    `　　` indentation and `&nbsp;` runs inside one `<td>` in `<font>`, a photo with `（…摄）` caption
    mid-text, a `1.`…`6.` list of hospitals (body), `发布日期：YYYY/M/D` in glued spans, a later
    `更新时间` and a 审核/责任编辑 line; 【打印】【关闭】, 上一条/下一条, 相关新闻 with dates, footer."""
    y, m, d = _ymd(art)
    place = art["place"]
    url = f"http://www.cqna.gov.cn/bm/qwsjkw/zwxx_{_n(rng, 5)}/dt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    lines = []
    for p in art["body"]:
        lead = "&nbsp;&nbsp;&nbsp;&nbsp;" if p[:2] in {f"{i}." for i in range(1, 10)} else "　　"
        lines.append(f'{lead}{esc(p)}')
    lines.insert(3, f'</font><div align="center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="560"><br>'
                    f'<font color="#666666" size="2">医务人员为居民测量血压（{who[0]} 摄）</font></div><font face="宋体" size="3">')
    text = "<br>".join(lines)
    rel = _rel(rng, others, 5, lambda t, dd: f'<tr><td class="dot">·<a>{t}</a></td><td>{dd.replace("-", "/")}</td></tr>')
    body = (f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/wjw_top.jpg" width="980"></td></tr>'
            f'<tr><td class="nav"><a>网站首页</a> | <a>机构职能</a> | <a>卫健要闻</a> | <a>政务公开</a> | <a>健康科普</a> | <a>办事服务</a></td></tr></table>'
            f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="wz">您的位置：首页 &gt; 卫健要闻 &gt; 工作动态</td></tr>'
            f'<tr><td align="center" class="bt"><font size="4" color="#0B4E8E"><strong>{esc(art["title"])}</strong></font></td></tr>'
            f'<tr><td align="center" class="sj"><span>发布日期：{int(y)}/{int(m)}/{int(d)}</span><span>&nbsp;来源：{place}区卫生健康委</span>'
            f'<span>&nbsp;作者：{who[1]}</span><span>&nbsp;【<a>大</a> <a>中</a> <a>小</a>】</span></td></tr>'
            f'<tr><td class="con" style="padding:20px 30px;line-height:200%"><font face="宋体" size="3">{text}</font>'
            f'<br><div align="right"><font size="2">（审核：{who[0]}　责任编辑：{who[1]}）</font></div></td></tr>'
            f'<tr><td align="right" class="gx"><font size="2" color="#999999">更新时间：{y}-{m}-{int(d) + 1:02d} {_hms(rng)}</font></td></tr>'
            f'<tr><td align="center"><a href="javascript:window.print();">【打印】</a>&nbsp;<a href="javascript:window.close();">【关闭】</a></td></tr>'
            f'<tr><td class="sxt">上一条：<a>{esc(others[0][0])}</a><br>下一条：<a>{esc(others[1][0])}</a></td></tr>'
            f'<tr><td><table width="100%" class="xgxw"><tr><td colspan="2" class="tt">相关新闻</td></tr>{rel}</table></td></tr></table>'
            + _gov_foot(rng, f"重庆市{place}区卫生健康委员会", f"500108{_n(rng, 4)}"))
    head = (f'<title>{esc(art["title"])}-{place}区卫生健康委员会</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ContentSource" content="区卫生健康委">')
    return head, body, url


def cun_mp_ly92(art, rng, others):
    """村 公众号 乡村旅游 post: a cover image and a `点击蓝字 关注我们` line above the text, bold
    `时间：`/`地点：` lines and `1.`…`4.` items (body), a photo strip with `▲` captions, a quoted
    slogan closing the text, a 温馨提示 box and a 交通指南/咨询电话 box after it (not body);
    publish_time `YYYY-MM-DD`, 来源/编辑, 阅读原文/分享/点赞/在看."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s?__biz={_wx_id(rng)[:16]}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 16):x}"
    who = rng.sample(WHO, 3)
    p = lambda t: f'<p style="line-height:1.8em;margin:0 8px 10px;"><span style="font-size:15px;">{t}</span></p>'
    blocks = _blocks(art["body"], p, kv=lambda k, v: f'<p style="margin:0 8px;"><span style="font-size:15px;"><strong>{k}：</strong>{v}</span></p>')
    blocks[-1] = f'<p style="text-align:center;"><span style="font-size:18px;color:#d4237a;"><strong>{esc(art["body"][-1])}</strong></span></p>'
    strip = "".join(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                    f'<p style="text-align:center"><span style="font-size:12px;color:#a5a5a5">▲{c}</span></p>'
                    for c in ("杜鹃花海", "花海步道", "村里的农家乐"))
    blocks.insert(2, strip)
    top = ('<p style="text-align:center"><span style="font-size:12px;color:#888">点击蓝字 关注我们</span></p>'
           f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/640?wx_fmt=gif"></p>')
    tips = ('<section style="background:#fff4f8;border-radius:8px;padding:12px;margin:16px 8px;">'
            '<p><strong><span style="color:#d4237a">温馨提示</span></strong></p>'
            '<p><span style="font-size:14px">山上早晚温差大，请携带外套；赏花请走步道，勿攀折花枝；节假日车辆较多，请听从工作人员指挥。</span></p></section>'
            '<section style="border:1px dashed #d4237a;padding:12px;margin:16px 8px;"><p><strong>交通指南</strong></p>'
            '<p><span style="font-size:14px">自驾：沪渝高速黄水出口下道，沿黄金路行驶约15公里即到。</span></p>'
            f'<p><span style="font-size:14px">咨询电话：023-7335{_n(rng, 4)}</span></p></section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta_nickname"><a id="js_name">金岭村村民委员会</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d}</em></div>'
            f'<div class="rich_media_content" id="js_content">{top}' + "".join(blocks) + tips +
            f'<p><span style="font-size:12px;color:#888">来源：金岭村村委会　编辑：{who[0]}　审核：{who[1]}</span></p>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
            f'<p style="text-align:center"><span style="font-size:12px">分享、点赞、在看，让更多人看见金岭</span></p></div>'
            f'<div class="rich_media_tool"><a>阅读原文</a><span>阅读 {_n(rng, 3)}</span><span>分享</span>'
            f'<span>点赞 {rng.randint(5, 60)}</span><span>在看 {rng.randint(1, 20)}</span></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";</script>')
    return head, body, url


def wb_epaper_jk92(art, rng, others):
    """晚报 e-paper 健康版: a banner with `YYYY年MM月DD日 星期X`, a 版次 bar (第X版：健康 上一版/下一版 PDF),
    版面 list, the 引题 above the title and a 副题 below it, the byline; the text as `<br>`-separated
    `　　` lines inside one div with bold `问：` turns; a 专家简介 box and, on p11, a `（下转第X版）`
    jump line and a 健康提示 strip; 上一篇/下一篇, 本版其他文章, 版权; `<title>` is the paper's name and
    版名 only."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    pg = rng.choice(["11", "14"])
    url = f"https://epaper.cqwb.com.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 3)
    name = "何静" if p11 else "罗文斌"
    lines = []
    for p in art["body"]:
        t = esc(p)
        if p.startswith("问："):
            t = f"<b>{t}</b>"
        elif "：" in p[:30] and p.split("：")[0].endswith(name):
            k, v = t.split("：", 1)
            t = f"<b>{k}：</b>{v}"
        lines.append("　　" + t)
    if p11:
        lines.append("　　（下转第15版）")
    kicker = "专家坐诊" if p11 else "健康关注"
    sub = "——访市第一人民医院变态反应科主任医师何静" if p11 else "——专家提醒：出现意识障碍须立即送医"
    box = (f'<div class="zjjj" style="border:1px solid #9c9;padding:8px"><b>专家简介</b><br>'
           + ("何静，主任医师，从事变应性疾病诊疗工作二十余年，擅长过敏性鼻炎、哮喘的诊治。<br>坐诊时间：每周二、周四上午" if p11 else
              "罗文斌，副主任医师，长期从事急危重症救治工作，擅长中暑、中毒等急症处理。")
           + '</div>')
    tip = ('<div class="tips"><b>健康提示</b>　本版内容仅供参考，具体诊疗请遵医嘱。</div>' if p11 else "")
    olist = _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a></li>')
    body = (f'<div class="top"><img src="../../../images/logo_wb.gif"><span class="riqi">{y}年{m}月{d}日 {_week(art)}</span>'
            f'<a>往期回顾</a><a>返回首页</a></div>'
            f'<table class="bc" width="100%"><tr><td>第{pg}版：健康</td><td><a>上一版</a>　<a>下一版</a></td>'
            f'<td><a href="../../../page/{y}-{m}/{d}/{pg}/{_n(rng, 6)}.pdf">PDF下载</a></td></tr></table>'
            f'<div class="left"><img src="../../../page/{y}-{m}/{d}/{pg}/page.jpg" usemap="#PagePicMap"><ul class="bmlist">'
            f'<li>第01版：要闻</li><li>第02版：重庆新闻</li><li>第{pg}版：健康</li></ul></div>'
            f'<div class="right"><div class="intitle">{kicker}</div><h1 class="title">{esc(art["title"])}</h1>'
            f'<div class="subtitle">{sub}</div>'
            f'<div class="author">本报记者 {who[0]}{"　通讯员 " + who[1] if p11 else ""}</div>'
            f'<div id="ozoom" class="content">' + "<br>".join(lines) + '</div>'
            f'{box}{tip}<div class="editor">编辑：{who[2]}　校对：{who[1]}</div>'
            f'<div class="pn"><a>上一篇</a>　<a>下一篇</a></div>'
            f'<div class="bbqt"><b>本版其他文章</b><ul>{olist}</ul></div></div>'
            f'<div class="copy">重庆晚报 版权所有 未经书面授权 不得复制或建立镜像<br>渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>重庆晚报-第{pg}版：健康</title><meta name="description" content="重庆晚报数字报">'
    return head, body, url


TEMPLATES = {f.__name__: f for f in (scjg_gjs92, tw_mp_ft92, xzf_zpcj92, xhw_kx92, wjw_yz92, cun_mp_ly92, wb_epaper_jk92)}


if __name__ == "__main__":
    write_set(HERE, "pages92", TEMPLATES, lambda art: "held-apart")
