"""Build the hundred-and-third saved-page set (``pages103``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 农业农村委 portal 高标准农田 公示 with a 项目 table
and 春耕 news dated only by meta (``nyw_gbzt103``), a 市 红十字会 公众号 献血 倡议书 and 问：/答： post
(``hsh_mp_xx103``), a 县政府网 常务会议 page on an old table layout (``xzf_cwhy103``), a 新浪-like 地方
新闻 page with 原标题, 相关阅读 and a 评论区 (``sina_dfxw103``), a 区 退役军人局 portal 优待证 办理指南
(``tyjr_bszn103``), a 街道 公众号 垃圾分类 post (``jd_mp_ljfl103``) and a 区报 e-paper 要闻版 with 转版
and 导读 (``sb_ywb103``). ``articles.txt`` holds the title, date and reference body; the furniture
(not body) is written here. See README.md.

    python tests/data/web/pages103/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["邓晓芸", "蒲志强", "唐雪梅", "熊文斌", "喻佳琪", "任德明", "龚婷婷", "黎光辉", "梁秀英"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: cells joined by single spaces, no sentence punctuation."""
    return " " in p and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…`` or a short line without punctuation)."""
    return (p.startswith(NUM_HEADS) or len(p) <= 10) and not any(c in p for c in "。，：；！？ ")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f"<table {attrs}><tbody>" + "".join(
        "<tr>" + "".join(f'<td style="text-align:center"><p>{esc(c)}</p></td>' for c in r.split(" ")) + "</tr>"
        for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, table=_table) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table, heads through ``head``,
    other lines through ``para``."""
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
        out.append(head(esc(p)) if head and _head(p) else para(esc(p)))
    return out


def _rel(rng, others, k, fmt) -> str:
    """A related-articles list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="foot"><div class="foot-nav"><a>关于我们</a> | <a>网站地图</a> | <a>联系我们</a> | <a>纠错</a></div>'
            f'<p>主办单位：{host}　　承办单位：{host}办公室</p>'
            f'<p><a>渝ICP备{_n(rng, 8)}号-1</a>　<img src="/images/beian.png">渝公网安备 {_n(rng, 14)}号　网站标识码：{code}</p>'
            f'<p><img src="/images/jiucuo.png"><img src="/images/dzjg.png"></p></div>')


def nyw_gbzt103(art, rng, others):
    """区 农业农村委 portal: p01 (GBK) a 高标准农田 公示 under an `<ul class="xxgk">` 索引号 list whose 生成日期 is
    the day before, `<b>一、</b>` heads, a 项目 table of four-cell rows and 联系电话/通讯地址 lines (body), a 落款 +
    date (the day before) and an 附件 link (not body), info `发布日期：YYYY年MM月DD日` with `&nbsp;` runs and
    【字体：大 中 小】; p02 a 春耕 news page with a photo + `<font>` caption inside the text, an info line WITHOUT a
    date (来源, 浏览次数 `<script>document.write`), dated by meta PubDate and the URL; 相关文章 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.cqqj.gov.cn/bm/qnyncw/zwgk_{_n(rng, 5)}/{'gsgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2em">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em;line-height:2em"><b>{t}</b></p>',
                    table=lambda rows: _table(rows, 'class="MsoTableGrid" border="1" cellspacing="0" align="center"'))
    if p01:
        xxgk = (f'<ul class="xxgk clearfix"><li><b>索 引 号：</b>11500110MB{_n(rng, 7)}/{y}-0{_n(rng, 4)}</li>'
                f'<li><b>发布机构：</b>綦江区农业农村委</li><li><b>主题分类：</b>农业、林业、水利</li>'
                f'<li><b>生成日期：</b>{y}-{m}-{int(d) - 1:02d}</li><li><b>文　　号：</b></li><li><b>公开方式：</b>主动公开</li></ul>')
        info = (f'<div class="zwxl-info">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;来源：綦江区农业农村委&nbsp;&nbsp;&nbsp;&nbsp;'
                f'<span class="zh">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = (f'<p style="text-align:right;line-height:2em">重庆市綦江区农业农村委员会</p>'
                f'<p style="text-align:right;line-height:2em">{y}年{int(m)}月{int(d) - 1}日</p>'
                f'<p style="line-height:2em">附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.xls">2024年度高标准农田建设项目清单.xls</a></p>')
    else:
        xxgk = ""
        blocks.insert(3, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                         f'<p style="text-align:center"><font color="#0000ff" face="楷体">旋耕机在新建成的高标准农田里作业。（{rng.choice(WHO)} 摄）</font></p>')
        info = (f'<div class="zwxl-info">来源：三角镇&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<script>document.write(Math.floor({_n(rng, 3)}))</script>'
                f'&nbsp;&nbsp;&nbsp;&nbsp;<span class="zh">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = ""
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><a title="{t}">{t}</a><span>[{dd}]</span></li>')
    body = (f'<div class="top"><div class="w1200"><span>欢迎访问綦江区人民政府网！</span><a>无障碍浏览</a> <a>长者模式</a></div></div>'
            f'<div class="banner"><img src="/images/qj_banner.jpg"></div>'
            f'<div class="nav"><ul><li>首页</li><li>机构概况</li><li>政务公开</li><li>农业农村</li><li>乡村振兴</li><li>办事服务</li></ul></div>'
            f'<div class="crumbs">您当前的位置：<a>首页</a>&gt;<a>区农业农村委</a>&gt;<a>{"公示公告" if p01 else "工作动态"}</a></div>'
            f'<div class="zwxl">{xxgk}<h2 class="zwxl-title">{esc(art["title"])}</h2>{info}'
            f'<div class="zwxl-article" id="zoom"><div class="TRS_Editor">' + "".join(blocks) + tail + '</div></div>'
            f'<div class="zwxl-bot"><span class="ewm">扫一扫在手机打开当前页<img src="/images/qr.png"></span>'
            f'<a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>'
            f'<div class="xgwz"><h3>相关文章</h3><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "重庆市綦江区农业农村委员会", f"5001100{_n(rng, 3)}"))
    head = (f'<title>{esc(art["title"])}_重庆市綦江区人民政府</title><meta name="SiteName" content="重庆市綦江区人民政府">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ContentSource" content="{"綦江区农业农村委" if p01 else "三角镇"}"><meta name="ColumnName" content="{"公示公告" if p01 else "工作动态"}">')
    return head, body, url


def hsh_mp_xx103(art, rng, others):
    """市 红十字会 公众号: p03 a 倡议书 with a `点击上方蓝字关注我们` kicker and a banner, `<section>` bar heads
    (`一、…`), `1.`…`5.` 献血点 lines and a centred slogan (body), the 倡议 units' 落款 and date (the day before,
    not body), publish_time `YYYY-MM-DD hh:mm`; p04 bold `问：` turns and `答：` lines, a 专家提醒 card after the text
    (not body), an empty publish_time (dated by the script's `ct` only); 来源/编辑/审核, 往期推荐, QR, 阅读原文 row."""
    y, m, d = _ymd(art)
    p03 = art["id"] == "p03"
    url = f"https://mp.weixin.qq.com/s?__biz=MzA{_n(rng, 8)}==&mid={_n(rng, 10)}&idx={1 if p03 else 2}&sn={_wx_id(rng)[:16].lower()}"
    t = _hm(rng)
    blocks = []
    for p in art["body"]:
        e = esc(p)
        if p.startswith(NUM_HEADS):
            blocks.append(f'<section style="margin:16px 0;background:#c8161d;padding:4px 10px"><p><strong><span style="color:#fff;font-size:16px">{e}</span></strong></p></section>')
        elif p.startswith("问："):
            blocks.append(f'<p style="line-height:1.8em;margin-top:12px"><strong><span style="color:#c8161d">{e}</span></strong></p>')
        elif p.endswith("！"):
            blocks.append(f'<p style="text-align:center"><strong><span style="font-size:18px;color:#c8161d">{e}</span></strong></p>')
        elif p[:2] in ("1.", "2.", "3.", "4.", "5."):
            blocks.append(f'<p style="line-height:1.8em;padding-left:2em"><span style="font-size:15px">{e}</span></p>')
        else:
            blocks.append(f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px;color:#333">{e}</span></p>')
    kicker = ('<section style="text-align:center"><p><span style="font-size:12px;color:#888">点击上方蓝字关注我们</span></p></section>'
              f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640?wx_fmt=png"></section>')
    if p03:
        tail = (f'<p style="text-align:right;line-height:1.8em">重庆市红十字会</p><p style="text-align:right;line-height:1.8em">重庆市卫生健康委员会</p>'
                f'<p style="text-align:right;line-height:1.8em">重庆市中心血站</p><p style="text-align:right;line-height:1.8em">{y}年{int(m)}月{int(d) - 1}日</p>')
        date_el = f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
    else:
        tail = ('<section style="border:1px dashed #c8161d;padding:10px;margin:16px 0"><p><strong>专家提醒</strong></p>'
                '<p><span style="font-size:14px">感冒、服药期间以及女性生理期内暂不宜献血，具体以现场医务人员评估为准。</span></p></section>')
        date_el = '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>'
    tail += (f'<p style="font-size:12px;color:#999">来源：重庆市中心血站</p><p style="font-size:12px;color:#999">'
             f'编辑：{rng.choice(WHO)}　审核：{rng.choice(WHO)}</p>'
             '<section><p><strong>往期推荐</strong></p>' + _rel(rng, others, 3, lambda a, b: f'<p>● <a>{a}</a></p>') + '</section>'
             '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/qrcode/0"><p>人道 博爱 奉献</p><p>长按识别二维码关注我们</p></section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">重庆红十字</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">重庆红十字</a></span>{date_el}'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{kicker}' + "".join(blocks) + tail + '</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span><span>点赞 {rng.randint(10, 99)}</span><span>在看 {rng.randint(3, 50)}</span></div>'
            f'<div class="rich_media_extra"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "重庆红十字"; var msg_title = "{esc(art["title"])}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}"><meta property="og:description" content="{esc(art["body"][1][:30])}">')
    return head, body, url


def xzf_cwhy103(art, rng, others):
    """县政府网 old table layout (GBK): a 常务会议 report as `<br>`-separated `　　` lines in one `<td>` inside
    `<font>`, a meeting date (7月10日) inside the text that is NOT the publication date, info
    `发布日期：YYYY/M/D` with a `<script>document.write` 点击数, 【字体：大 中 小】【打印本页】【关闭窗口】, 责任编辑 line,
    上一篇/下一篇 and 相关链接 (not body); ArticleTitle/PubDate meta."""
    y, m, d = _ymd(art)
    url = f"http://www.youyang.gov.cn/zwxx_{_n(rng, 3)}/zwdt/cwhy/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    text = "<br>".join(f"　　{esc(p)}" for p in art["body"])
    rel = _rel(rng, others, 4, lambda t, dd: f'<tr><td height="24">·<a>{t}</a></td><td width="90"><font color="#999999">{dd}</font></td></tr>')
    pr, nx = rng.sample(others, 2)
    body = (f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/yy_top.jpg" width="980" height="150"></td></tr>'
            f'<tr><td height="36" bgcolor="#B40000" class="menu"><a>网站首页</a>　<a>走进酉阳</a>　<a>政务信息</a>　<a>信息公开</a>　<a>网上办事</a>　<a>公众参与</a></td></tr>'
            f'<tr><td height="30" class="dqwz">&nbsp;&nbsp;当前位置：<a>首页</a> &gt;&gt; <a>政务信息</a> &gt;&gt; <a>常务会议</a></td></tr></table>'
            f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF"><tr><td valign="top">'
            f'<table width="94%" border="0" align="center"><tr><td align="center" height="60"><font style="font-size:22px;color:#B40000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" height="30" style="border-bottom:1px dashed #ccc"><font color="#666666">'
            f'发布日期：{y}/{int(m)}/{int(d)}&nbsp;&nbsp;&nbsp;信息来源：县政府办公室&nbsp;&nbsp;&nbsp;点击数：<script>document.write("{_n(rng, 3)}");</script>'
            f'&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</font></td></tr>'
            f'<tr><td class="content" style="font-size:16px;line-height:32px;padding:20px 0"><font face="仿宋_GB2312">{text}</font></td></tr>'
            f'<tr><td align="right"><font color="#666666">责任编辑：{rng.choice(WHO)}</font></td></tr>'
            f'<tr><td align="center" height="40">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
            f'<tr><td>上一篇：<a>{esc(pr[0])}</a><br>下一篇：<a>{esc(nx[0])}</a></td></tr>'
            f'<tr><td><table width="100%" class="xglj"><tr><td colspan="2" bgcolor="#F5F5F5"><b>相关链接</b></td></tr>{rel}</table></td></tr>'
            f'</table></td></tr></table>'
            f'<table width="980" border="0" align="center" bgcolor="#B40000"><tr><td align="center" height="80"><font color="#FFFFFF">'
            f'版权所有：酉阳土家族苗族自治县人民政府　主办：酉阳土家族苗族自治县人民政府办公室<br>'
            f'渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号　网站标识码：5002420{_n(rng, 3)}</font></td></tr></table>')
    head = (f'<title>{esc(art["title"])}--酉阳土家族苗族自治县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="常务会议">')
    return head, body, url


def sina_dfxw103(art, rng, others):
    """新浪-like 地方 新闻: the text in `#artibody` as `<p>　　` paragraphs after a `原标题：…` line (not body);
    p06 date `YYYY年MM月DD日 hh:mm` + 来源 上游新闻, a photo in an `img_wrapper` with `img_descr`, 来源 and
    责任编辑 lines, 相关阅读 with dates, a 评论区 with three comments (user, text, time); p07 date `YYYY-MM-DD hh:mm`,
    a video player with 视频加载中, a 新浪新闻客户端 promo box, 意见反馈; keywords, 分享到, copyright."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://cq.sina.com.cn/news/{'m' if p06 else 'b'}/{y}-{m}-{d}/detail-ina{_wx_id(rng)[:12].lower()}.shtml"
    paras = [f'<p cms-style="font-L">　　{esc(p)}</p>' for p in art["body"]]
    orig = "万州白岩社区食堂开业 两荤一素十元钱" if p06 else "扫码过磅当场结算 涪陵青菜头收购用上数字系统"
    paras.insert(0, f'<p cms-style="font-L">　　原标题：{orig}</p>')
    if p06:
        paras.insert(4, f'<div class="img_wrapper"><img src="https://n.sinaimg.cn/cq/transform/{_n(rng, 3)}/w600h400/{y}{m}{d}/{_wx_id(rng)[:4]}-{_n(rng, 7)}.jpg">'
                        '<span class="img_descr">老人们在社区食堂就餐。</span></div>')
        date = f'{y}年{m}月{d}日 {_hm(rng)}'
        src = "上游新闻"
        extra = ('<div class="comment" id="comment"><div class="cmnt-hd">我有话说 <span>已有<em>3</em>条评论</span></div>'
                 f'<div class="cmnt-item"><span class="user">重庆网友_{_n(rng, 4)}</span><p>这个好，希望我们小区也能开一个，老人吃饭确实是个大问题。</p><span class="time">{int(m)}月{int(d)}日 {_hm(rng)}</span><a>赞({rng.randint(5, 80)})</a></div>'
                 f'<div class="cmnt-item"><span class="user">手机用户{_n(rng, 10)}</span><p>十块钱两荤一素，能坚持下去就是实事。</p><span class="time">{int(m)}月{int(d)}日 {_hm(rng)}</span><a>赞({rng.randint(5, 80)})</a></div>'
                 f'<div class="cmnt-item"><span class="user">山城小雨</span><p>建议增加早餐，上班族也能用上。</p><span class="time">{int(m)}月{int(d) + 1}日 {_hm(rng)}</span><a>赞({rng.randint(5, 80)})</a></div>'
                 '<div class="cmnt-more"><a>查看更多评论</a></div></div>')
        player = ""
    else:
        date = f'{y}-{m}-{d} {_hm(rng)}'
        src = "涪陵发布"
        player = ('<div class="video-wrap" id="video_player"><div class="vplayer"><span>视频加载中，请稍候...</span></div>'
                  '<p class="video-title">视频：百胜镇收购点现场</p><span class="vtime">01:36</span></div>')
        extra = ('<div class="app-ad"><img src="https://n.sinaimg.cn/news/app.png"><p>新浪新闻客户端</p><p>海量资讯、精准解读，尽在新浪新闻APP</p></div>'
                 '<div class="feedback"><a>意见反馈</a></div><div class="cmnt-hd">我要评论 <span>已有<em>0</em>条评论</span></div>')
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><a>{t}</a><span class="time">{dd[5:]}</span></li>')
    body = (f'<div class="top-bar"><a>新浪首页</a> <a>新闻</a> <a>体育</a> <a>财经</a> <a>娱乐</a> <a>科技</a> <a>重庆</a> <span>登录</span></div>'
            f'<div class="channel-path"><a>新浪重庆</a> &gt; <a>{"民生" if p06 else "区县"}</a> &gt; 正文</div>'
            f'<h1 class="main-title">{esc(art["title"])}</h1>'
            f'<div class="top-bar-wrap"><div class="date-source"><span class="date">{date}</span><a class="source ent-source">{src}</a></div>'
            f'<div class="share">分享到：<a>微博</a><a>微信</a><a>QQ空间</a></div></div>'
            f'<div class="article-content"><div class="article" id="artibody">{player}' + "".join(paras) +
            f'<p class="article-editor">责任编辑：{rng.choice(WHO)}</p></div>'
            f'<div class="keywords">文章关键词：<a>{"社区食堂" if p06 else "榨菜"}</a> <a>{"万州" if p06 else "涪陵"}</a></div>'
            f'<div class="related"><h3>相关阅读</h3><ul>{rel}</ul></div>{extra}</div>'
            f'<div class="footer"><p><a>新浪简介</a> | <a>广告服务</a> | <a>联系我们</a> | <a>招聘信息</a> | <a>网站律师</a></p>'
            f'<p>Copyright © 1996-{y} SINA Corporation, All Rights Reserved</p><p>新浪公司 版权所有</p></div>')
    head = (f'<title>{esc(art["title"])}|{"社区食堂" if p06 else "榨菜"}_新浪网</title><meta name="keywords" content="{"社区食堂,万州" if p06 else "榨菜,涪陵"}">'
            f'<meta property="og:type" content="news"><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="article:published_time" content="{y}-{m}-{d}T{_hms(rng)}+08:00"><meta name="mediaid" content="{src}">')
    return head, body, url


def tyjr_bszn103(art, rng, others):
    """区 退役军人局 portal 办事指南 (GBK): glued info spans `发布时间：YYYY-MM-DD` then a later `更新时间`, bold
    `一、` heads, `1.` items ending `；`, a two-column 办理地点 table and a 咨询电话 line (body), a 落款 and date
    (the day before, not body), a 温馨提示 box and a 办事指南 side list; 扫一扫, 打印/关闭, footer."""
    y, m, d = _ymd(art)
    url = f"http://www.cqnc.gov.cn/bm/qtyjrswj/bsfw/bszn/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em"><font size="3">{t}</font></p>',
                    head=lambda t: f'<p style="text-indent:2em"><strong><font size="3">{t}</font></strong></p>',
                    table=lambda rows: _table(rows, 'width="90%" border="1" cellpadding="4" style="border-collapse:collapse;margin:0 auto"'))
    upd = f"{int(y) + 1}-01-{rng.randint(10, 28)}"
    side = "".join(f"<li><a>{x}</a></li>" for x in ("退役军人优待证办理", "退役士兵自主就业一次性经济补助", "伤残抚恤关系转移", "光荣牌悬挂", "军人公墓安葬申请"))
    body = (f'<div class="header"><img src="/images/nc_logo.png" alt="南川区人民政府"><div class="search"><input value="请输入关键词"><button>搜索</button></div></div>'
            f'<div class="menu"><a>首页</a><a>政务公开</a><a>办事服务</a><a>政策解读</a><a>互动交流</a></div>'
            f'<div class="location">当前位置：<a>首页</a> &gt; <a>区退役军人事务局</a> &gt; <a>办事服务</a> &gt; <a>办事指南</a></div>'
            f'<div class="main"><div class="left"><div class="lm">办事指南</div><ul>{side}</ul></div>'
            f'<div class="right"><div class="bt">{esc(art["title"])}</div>'
            f'<div class="sj"><span>发布时间：{y}-{m}-{d}</span><span>更新时间：{upd}</span><span>来源：区退役军人事务局</span><span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div class="bt_content" id="zoom">' + "".join(blocks) +
            f'<p style="text-align:right"><font size="3">重庆市南川区退役军人事务局</font></p><p style="text-align:right"><font size="3">{y}年{int(m)}月{int(d) - 1}日</font></p></div>'
            f'<div class="wxts" style="border:1px solid #f0c36d;background:#fffbe6"><b>温馨提示：</b>办理前请先电话咨询，工作日上午9:00-12:00，下午14:00-17:30。</div>'
            f'<div class="tools"><span>扫一扫在手机打开当前页</span><a>【打印】</a><a>【关闭】</a></div></div></div>'
            + _gov_foot(rng, "重庆市南川区退役军人事务局", f"5001190{_n(rng, 3)}"))
    head = (f'<title>{esc(art["title"])}-重庆市南川区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ColumnName" content="办事指南"><meta name="ColumnType" content="办事服务">')
    return head, body, url


def jd_mp_ljfl103(art, rng, others):
    """街道 公众号 垃圾分类 post: emoji-framed bar heads (`垃圾分类小知识`, `下一场活动预告`), `可回收物：…` items with
    the key in a coloured `<strong>`, `时间：`/`地点：`/`内容：` lines, a closing slogan (body); two photos with
    `▲` captions, a `文字/图片/编辑` credit, a 温馨提示 card, 往期回顾, QR (not body); publish_time
    `YYYY年M月D日 hh:mm`; 分享/收藏/点赞/在看 row."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    blocks = []
    for i, p in enumerate(art["body"]):
        e = esc(p)
        if _head(p):
            blocks.append(f'<section style="text-align:center;margin:20px 0"><section style="display:inline-block;background:#2e9b4f;border-radius:14px;padding:3px 14px">'
                          f'<p><span style="color:#fff"><strong>🌱 {e} 🌱</strong></span></p></section></section>')
        elif "：" in p[:6]:
            k, v = e.split("：", 1)
            blocks.append(f'<p style="line-height:2em"><strong><span style="color:#2e9b4f">{k}：</span></strong><span>{v}</span></p>')
        elif p.endswith("！") and len(p) <= 12:
            blocks.append(f'<p style="text-align:center"><strong><span style="font-size:18px;color:#2e9b4f">{e}</span></strong></p>')
        else:
            blocks.append(f'<p style="line-height:2em;text-indent:2em"><span style="font-size:15px">{e}</span></p>')
        if i in (1, 2):
            blocks.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                          f'<p style="text-align:center"><span style="font-size:12px;color:#999">{"▲ 志愿者向居民讲解分类知识" if i == 1 else "▲ 小朋友参加分类投放游戏"}</span></p>')
    tail = ('<section style="background:#f1f8f2;padding:10px;margin:16px 0"><p><strong>温馨提示</strong></p>'
            '<p><span style="font-size:14px">活动名额有限，请提前联系所在社区报名。</span></p></section>'
            f'<p style="font-size:12px;color:#999">文字：{rng.choice(WHO)}<br>图片：{rng.choice(WHO)}<br>编辑：{rng.choice(WHO)}</p>'
            '<p><strong>往期回顾</strong></p>' + _rel(rng, others, 3, lambda a, b: f'<p>👉 <a>{a}</a></p>') +
            '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr.jpg"><p>童家桥发布</p><p>长按识别二维码 关注我们</p></section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_area_primary"><div class="rich_media_area_primary_inner">'
            f'<h1 class="rich_media_title">{esc(art["title"])}</h1>'
            f'<div class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">童家桥街道</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname"><a>童家桥发布</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {t}</em>'
            f'<em class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content"><section>' + "".join(blocks) + tail + '</section></div>'
            f'<div class="rich_media_tool"><a>阅读原文</a><span>分享</span><span>收藏</span><span>点赞 {rng.randint(20, 200)}</span><span>在看 {rng.randint(5, 60)}</span></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}"><meta property="og:type" content="article">'
    return head, body, url


def sb_ywb103(art, rng, others):
    """区报 e-paper 要闻版: p10 (第01版) an 引题 above the headline, `<P>　　` paragraphs between `<!--enpcontent-->`
    markers, a `（转第3版）` jump line at the end and a 导读 box (not body); p11 (GBK, 第03版) a `<div>` of
    `<br>`-separated `&nbsp;` lines opening with a `本报记者` byline (not body), a second short 简讯 below the
    article and 本版其他文章; p12 (第02版) a photo + `图为…　记者　XX　摄` caption inside the text; masthead date
    `YYYY年MM月DD日　星期X` the only visible date; 版次/PDF/上一版/下一版, 责任编辑, copyright."""
    y, m, d = _ymd(art)
    pid = art["id"]
    ban = {"p10": "01", "p11": "03", "p12": "02"}[pid]
    bname = {"p10": "要闻", "p11": "要闻", "p12": "综合新闻"}[pid]
    url = f"http://epaper.jjrb.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    if pid == "p11":
        lines = [f"&nbsp;&nbsp;&nbsp;&nbsp;本报记者&nbsp;&nbsp;{esc('谭永福')}"] + [f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in art["body"]]
        text = '<div id="ozoom" class="ozoom"><div class="content_text">' + "<br>".join(lines) + "</div></div>"
        second = ('<div class="jx"><h4>简讯</h4><div>&nbsp;&nbsp;&nbsp;&nbsp;本报讯　近日，区城市管理局组织开展户外广告招牌安全专项检查，'
                  '共排查各类招牌1200余块，督促整改安全隐患37处。（记者　' + rng.choice(WHO) + '）</div></div>')
    else:
        paras = [f"<P>　　{esc(p)}</P>" for p in art["body"]]
        if pid == "p10":
            paras.append("<P>　　（转第3版）</P>")
        else:
            paras.insert(3, f'<P align="center"><IMG src="../../../res/{y}-{m}/{d}/02/res0{rng.randint(1, 9)}_attpic_brief.jpg"></P>'
                            f'<P align="center">图为丰收节上的农产品展销现场。　记者　{rng.choice(WHO)}　摄</P>')
        text = '<div id="ozoom" class="ozoom"><!--enpcontent-->' + "".join(paras) + "<!--/enpcontent--></div>"
        second = ""
    daodu = ('<div class="daodu"><b>导读</b><ul><li>一张网管好全城“表情”　（3版）</li><li>我区开展户外招牌安全检查　（3版）</li>'
             '<li>秋季森林防火进入关键期　（4版）</li></ul></div>') if pid == "p10" else ""
    yt = '<h3 class="yt">聚焦四季度　冲刺全年目标</h3>' if pid == "p10" else ""
    bm = "".join(f"<li><a>{esc(t)}</a></li>" for t in [art["title"], *(o[0] for o in others[2:5])])
    body = (f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td class="masthead">'
            f'<img src="../../../images/jjrb_logo.gif" alt="江津日报"><span class="date">{y}年{m}月{d}日　{_week(art)}</span></td></tr>'
            f'<tr><td class="banci"><span>第{ban}版：{bname}</span>&nbsp;&nbsp;<a>上一版</a>&nbsp;&nbsp;<a>下一版</a>&nbsp;&nbsp;'
            f'<a href="../../../page/{y}-{m}/{d}/{ban}/{y}{m}{d}{ban}_pdf.pdf">PDF</a>&nbsp;&nbsp;<a>版面导航</a>&nbsp;&nbsp;<a>标题导航</a></td></tr></table>'
            f'<table width="1000" align="center"><tr><td width="340" valign="top"><div class="bmt"><img src="../../../page/{y}-{m}/{d}/{ban}/P{y}{m}{d}{ban}.jpg" usemap="#PagePicMap"></div>'
            f'<div class="bmwz"><h4>本版其他文章</h4><ul>{bm}</ul></div>{daodu}</td>'
            f'<td valign="top"><div class="article">{yt}<h1 class="bt">{esc(art["title"])}</h1>'
            f'{text}{second}'
            f'<p class="zrbj">责任编辑：{rng.choice(WHO)}　校对：{rng.choice(WHO)}</p>'
            f'<div class="fy"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">江津日报社版权所有　未经书面授权禁止转载、摘编<br>渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>江津日报-第{ban}版：{bname}</title><meta name="description" content="江津日报数字报">'
    return head, body, url


TEMPLATES = {"nyw_gbzt103": nyw_gbzt103, "hsh_mp_xx103": hsh_mp_xx103, "xzf_cwhy103": xzf_cwhy103,
             "sina_dfxw103": sina_dfxw103, "tyjr_bszn103": tyjr_bszn103, "jd_mp_ljfl103": jd_mp_ljfl103,
             "sb_ywb103": sb_ywb103}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages103", TEMPLATES, lambda art: "held-apart")


if __name__ == "__main__":
    main()
