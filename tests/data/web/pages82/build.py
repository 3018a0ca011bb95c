"""Build the eighty-second saved-page set (``pages82``): all held apart, for issue #23.

Thirteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 统计局 portal 统计公报 解读 with a data table
(``tjj_gbjd82``), a 区 消防救援支队 公众号 安全提示 post (``xfzd_mp_tishi82``), a 县政府网 常务会议
page on an old GBK table layout (``xzf_cwhy82``), a 腾讯新闻-like 地方 报道 (``txxw_dfbd82``), a 区
规划和自然资源局 批前公示 (``zrzyj_pqgs82``), a 社区 公众号 老年食堂 post (``sq_mp_lnst82``) and a 县报
e-paper 副刊 page with a 散文 or a 组诗 (``xb_fk_sanwen82``). ``articles.txt`` holds the title, date
and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages82/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["何晓东", "陈思雨", "谭国庆", "罗佳", "蒋文斌", "秦月", "付强", "唐晓琳", "龚俊", "孙丽萍"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…`` or a short line without a full stop or colon)."""
    return (p.startswith(NUM_HEADS) or len(p) <= 6) and "。" not in p and "：" not in p


def _turn(p: str) -> bool:
    """A question turn of an interview or Q&A (``记者：``/``问：``)."""
    return p.startswith(("记者：", "问："))


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f"<table {attrs}><tbody>" + "".join(
        "<tr>" + "".join(f"<td><p style=\"text-align:center\">{esc(c)}</p></td>" for c in r.split(" ")) + "</tr>"
        for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, turn=None) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table, heads and turns marked."""
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
        if head and _head(p):
            out.append(head(esc(p)))
        elif turn and _turn(p):
            q, rest = p.split("：", 1)
            out.append(turn(esc(q), esc(rest)))
        else:
            out.append(para(esc(p)))
    return out


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def tjj_gbjd82(art, rng, others):
    """区 统计局 portal 解读: 发表单位/发表时间 [打印] [关闭] line (p01, GBK, with a later 更新时间) or
    发布日期 spans (p02), bold 一、 heads, a data table, a 数据来源/注 line and an 相关解读 strip (not body)."""
    y, m, d = _ymd(art)
    place = art["place"]
    url = f"http://www.cq{'bb' if place == '北碚' else 'ddk'}.gov.cn/bm/qtjj/zwgk_{_n(rng, 5)}/fdzdgknr/tjxx/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;font-family:仿宋_GB2312;font-size:16pt">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em;"><strong><span style="font-family:黑体">{t}</span></strong></p>')
    note = '<p style="font-size:10.5pt">注：1.地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价计算；2.部分数据因四舍五入，存在总计与分项合计不等的情况。</p>'
    if art["id"] == "p01":
        info = (f'<div class="info">发表单位：区统计局&nbsp;&nbsp;发表时间：{y}-{m}-{d}&nbsp;&nbsp;'
                f'<a href="javascript:window.print()">[打印]</a>&nbsp;&nbsp;<a href="javascript:window.close()">[关闭]</a></div>')
        tail = f'<div class="upd">更新时间：{y}-{m}-{int(d) + 3:02d} {_hms(rng)}</div>'
    else:
        info = (f'<div class="info"><span>发布日期：{y}年{m}月{d}日</span><span>来源：区统计局</span>'
                f'<span>阅读次数：<i id="hits">{_n(rng, 3)}</i></span><span>字号：<a>大</a><a>中</a><a>小</a></span></div>')
        tail = ""
    grid = (f'<table class="gk-grid"><tr><th>索引号</th><td>11500104MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td><th>主题分类</th><td>统计</td></tr>'
            f'<tr><th>发布机构</th><td>{esc(place)}区统计局</td><th>发文日期</th><td>{y}-{m}-{d}</td></tr></table>')
    rel = _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a><span>[{dd}]</span></li>')
    body = (f'<div class="top"><div class="top-w"><span>重庆市{esc(place)}区人民政府</span><a>无障碍浏览</a><a>长者模式</a></div></div>'
            f'<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>走进{esc(place)}</li></ul></div>'
            f'<div class="crumb">您当前的位置：<a>首页</a>&gt;<a>部门</a>&gt;<a>区统计局</a>&gt;<a>统计信息</a>&gt;<a>统计解读</a></div>'
            f'<div class="zw-box">{grid}<div class="zw-tit"><h1>{esc(art["title"])}</h1>{info}</div>'
            f'<div class="zw-con" id="zoom"><div class="TRS_UEDITOR trs_paper_default">' + "".join(blocks) + note +
            f'</div></div>{tail}<div class="fx">分享到：<a class="wx">微信</a><a class="wb">微博</a></div>'
            f'<div class="xgjd"><h4>相关解读</h4><ul>{rel}</ul></div></div>'
            f'<div class="foot"><p>主办：重庆市{esc(place)}区人民政府办公室　承办：{esc(place)}区大数据发展局</p>'
            f'<p>渝ICP备{_n(rng, 8)}号　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号　网站标识码：5001{_n(rng, 6)}</p>'
            f'<p><img src="/images/jiucuo.png">政府网站找错</p></div>')
    head = (f'<title>{esc(art["title"])}_重庆市{esc(place)}区人民政府</title>'
            f'<meta name="SiteName" content="重庆市{esc(place)}区人民政府"><meta name="ColumnName" content="统计解读">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    return head, body, url


def xfzd_mp_tishi82(art, rng, others):
    """区 消防救援支队 公众号: a 119 banner image, red bold 一、 heads in `<section>`s, `1.` tips,
    bold 问： turns, an 火灾案例 photo with a ▼ caption, a 温馨提示 box, 来源/编辑/审核, 关注 QR,
    阅读原文/点赞/在看 row; p03 dated in publish_time, p04 only in the script's ``ct``."""
    y, m, d = _ymd(art)
    acct = f"{art['place']}消防"
    url = f"https://mp.weixin.qq.com/s?__biz=Mz{_n(rng, 9)}==&mid={_n(rng, 10)}&idx=1&sn={_wx_id(rng)[:16]}"
    blocks = _paras(art["body"],
                    lambda t: f'<p style="line-height:1.75em;margin-bottom:12px;"><span style="font-size:15px;letter-spacing:1px;">{t}</span></p>',
                    head=lambda t: (f'<section style="text-align:center;margin:18px 0;"><section style="display:inline-block;background:#d9251d;'
                                    f'padding:4px 14px;border-radius:14px;"><p><strong><span style="color:#fff;">{t}</span></strong></p></section></section>'),
                    turn=lambda q, r: f'<p style="line-height:1.75em;"><strong><span style="color:#d9251d;">{q}：{r}</span></strong></p>')
    blocks = [b.replace('<span style="font-size:15px;letter-spacing:1px;">答：', '<span style="font-size:15px;letter-spacing:1px;"><strong>答：</strong>')
              for b in blocks]
    blocks.insert(0, f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/640?wx_fmt=gif" data-type="gif"></p>')
    blocks.insert(3, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></p>'
                     f'<p style="text-align:center"><span style="font-size:12px;color:#a0a0a0">▼{"火灾现场" if art["id"] == "p03" else "消防员为学生讲解灭火器使用方法"}</span></p>')
    tip = ('<section style="border:1px solid #d9251d;padding:10px 12px;margin:20px 0;background:#fff6f5;">'
           '<p><strong>温馨提示</strong></p><p style="font-size:14px">家中可配备家用灭火器、灭火毯和逃生面具；</p>'
           '<p style="font-size:14px">牢记火警电话119，报警时讲清详细地址。</p></section>')
    tail = (f'<p style="text-align:center;font-size:12px;color:#888">来源：{esc(art["place"])}区消防救援支队</p>'
            f'<p style="text-align:center;font-size:12px;color:#888">编辑：{rng.choice(WHO)}　审核：{rng.choice(WHO)}</p>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
            f'<p style="text-align:center;font-size:13px">关注“{esc(acct)}”　消防知识早知道</p>')
    vis = art["id"] == "p03"
    when = f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {_hm(rng)}</em>' if vis else \
        '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>'
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">\n  {esc(art["title"])}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{esc(art["place"])}消防</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">{esc(acct)}</a></span>{when}</div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">' + "".join(blocks) + tip + tail +
            f'</div><div id="js_tags" class="article-tag__list">#消防安全 <span>{rng.randint(10, 60)}个</span></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span><span>收藏</span><span>赞 {rng.randint(10, 99)}</span><span>在看 {rng.randint(2, 30)}</span></div>'
            f'<div class="rich_media_extra"><h3>往期推荐</h3><ul>' + _rel(rng, others, 3, lambda t, dd: f"<li>{t}</li>") +
            '</ul><p>写留言</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}"; var nickname = "{esc(acct)}";</script>')
    return head, body, url


def xzf_cwhy82(art, rng, others):
    """县政府网 常务会议, old GBK table layout: the text as `　　` `<br>` lines in one `<td>` with
    `&nbsp;` runs, 议题 items, a 发布时间 line with a `document.write` counter (p05) or only a PubDate
    meta and the URL (p06), 【字体：大 中 小】, 打印本页 关闭窗口, a 相关文章 table, footer."""
    y, m, d = _ymd(art)
    dom = "cqwx" if art["place"] == "巫溪" else "cqck"
    url = f"http://www.{dom}.gov.cn/zwgk_{_n(rng, 3)}/zfxx/ldhd/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    text = "<br>\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" if rng.random() < 0.5 else f"{IND}{esc(p)}" for p in art["body"])
    vis = art["id"] == "p05"
    info = (f'<td align="center" class="hui12" height="28">发布时间：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;来源：县政府办公室&nbsp;&nbsp;&nbsp;&nbsp;'
            f'浏览：<script language="javascript">document.write("{_n(rng, 3)}");</script>次&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td>'
            if vis else
            '<td align="center" class="hui12" height="28">信息来源：县政府办公室&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<tr><td class="hui12">·<a>{t}</a></td><td class="hui12" align="right">{dd}</td></tr>')
    body = (f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td><img src="/images/head_{dom}.jpg" width="980" height="150"></td></tr>'
            f'<tr><td class="menu"><a>网站首页</a>&nbsp;&nbsp;<a>政务公开</a>&nbsp;&nbsp;<a>网上办事</a>&nbsp;&nbsp;<a>公众参与</a>&nbsp;&nbsp;<a>县情概况</a></td></tr></table>'
            f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">'
            f'<tr><td class="weizhi" height="30">&nbsp;当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>领导活动</a></td></tr>'
            f'<tr><td align="center" height="50"><font size="5" color="#C00000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr>{info}</tr><tr><td height="1" bgcolor="#CCCCCC"></td></tr>'
            f'<tr><td class="zw" style="line-height:30px;font-size:16px;padding:10px 30px">{text}</td></tr>'
            f'<tr><td align="right" height="30"><a href="javascript:window.print()">打印本页</a>&nbsp;&nbsp;<a href="javascript:window.close()">关闭窗口</a></td></tr>'
            f'<tr><td><table width="100%" class="xgwz"><tr><td class="lm" colspan="2">相关文章</td></tr>{rel}</table></td></tr></table>'
            f'<table width="980" border="0" align="center" class="bottom"><tr><td align="center">'
            f'主办：{esc(art["place"])}县人民政府办公室&nbsp;&nbsp;承办：{esc(art["place"])}县大数据应用发展管理局<br>'
            f'渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;渝公网安备{_n(rng, 14)}号&nbsp;&nbsp;网站标识码：5002{_n(rng, 6)}</td></tr></table>')
    head = (f'<title>{esc(art["title"])}-{esc(art["place"])}县人民政府</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ContentSource" content="县政府办公室">')
    return head, body, url


def txxw_dfbd82(art, rng, others):
    """腾讯新闻-like 地方 报道: an author card (media name, 来源：…客户端), the time span with no space
    before the source, a 视频 box (p07), bold `记者：` turns and `name：` answers, a 关注 card, an
    免责声明, 热点精选 cards with dates, a comment counter; date in the span and the URL (``YYYYMMDD``)."""
    y, m, d = _ymd(art)
    url = f"https://new.qq.com/rain/a/{y}{m}{d}A0{_n(rng, 4)}00"
    media = "上游新闻" if art["id"] == "p07" else "重庆日报"
    blocks = _paras(art["body"], lambda t: f'<p class="one-p">{t}</p>',
                    turn=lambda q, r: f'<p class="one-p"><strong>{q}：{r}</strong></p>')
    if art["id"] == "p07":
        blocks.insert(1, '<div class="txp_player" data-vid="x0035' + str(_n(rng, 6)) + '"><div class="txp_shadow"></div>'
                         '<div class="txp_time">00:00 / 01:46</div><div class="txp_btn_play">播放</div></div>'
                         '<p class="one-p" style="text-align:center"><span class="pic-cap">视频加载中...</span></p>')
    else:
        blocks.insert(3, f'<p class="one-p"><img class="content-picture" src="https://inews.gtimg.com/om_bt/O{_n(rng, 9)}/641"></p>'
                         f'<p class="one-p" style="text-align:center">菜农运送青菜头。记者 {rng.choice(WHO)} 摄</p>')
    hot = _rel(rng, others, 4, lambda t, dd: f'<li class="card"><div class="card-tit">{t}</div><div class="card-info">{media}&nbsp;{dd}</div></li>')
    body = (f'<div id="TopNav"><a>腾讯新闻</a><a>要闻</a><a>视频</a><a>重庆</a><a>下载APP</a><a>登录</a></div>'
            f'<div class="LEFT"><h1>{esc(art["title"])}</h1>'
            f'<div class="media-info"><a class="author"><img src="https://inews.gtimg.com/news_ls/{_n(rng, 8)}.jpg"><span>{media}</span></a>'
            f'<span class="time">{y}-{m}-{d} {_hm(rng)}</span><span class="src">发布于重庆</span><span class="foucs">+关注</span></div>'
            f'<div class="content-article">' + "".join(blocks) +
            f'<p class="one-p">来源：{media}客户端</p></div>'
            f'<div class="statement">免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</div>'
            f'<div class="toolbar"><span>举报</span><span>分享</span><span class="cmt">{rng.randint(3, 99)}评论</span><span class="like">{rng.randint(10, 999)}</span></div>'
            f'<div class="hot-recommend"><h3>热点精选</h3><ul>{hot}</ul></div></div>'
            f'<div class="RIGHT"><div class="author-card"><h4>{media}</h4><p>{_n(rng, 3)}万粉丝 · {_n(rng, 5)}篇内容</p><a>关注</a></div>'
            f'<div class="rank"><h4>24小时热榜</h4><ol>' + _rel(rng, others, 3, lambda t, dd: f"<li>{t}</li>") + '</ol></div></div>'
            f'<div class="footer">Copyright © 1998 - {y} Tencent. All Rights Reserved. 腾讯公司 版权所有</div>')
    head = (f'<title>{esc(art["title"])}_腾讯新闻</title><meta name="keywords" content="{esc(art["place"])}">'
            f'<meta name="description" content="{esc(art["body"][0][:60])}">'
            f'<script>window.DATA = {{"article_id":"{y}{m}{d}A0{_n(rng, 4)}00","media":"{media}","pubtime":"{y}-{m}-{d} {_hms(rng)}"}};</script>')
    return head, body, url


def zrzyj_pqgs82(art, rng, others):
    """区 规划和自然资源局 批前公示: an 信息公开 grid, bold 一、 heads, a 调整前/调整后 table (p09) or
    `时间：`/`地点：` lines and `1.` items (p10), the 落款 and its date and an 附件 (规划图) line after the
    text (not body), a 公示图 image; p09 dated on a visible 发布时间 line, p10 only in meta and URL."""
    y, m, d = _ymd(art)
    place = art["place"]
    url = f"http://www.{'cqbn' if place == '巴南' else 'bishan'}.gov.cn/bm/qghzyj/zwgk_{_n(rng, 5)}/gsgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f"<p>{IND}{t}</p>", head=lambda t: f"<p>{IND}<strong>{t}</strong></p>")
    sign = (f'<p style="text-align:right">重庆市{esc(place)}区规划和自然资源局</p>'
            f'<p style="text-align:right">{y}年{int(m)}月{int(d)}日</p>'
            f'<p>附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.pdf">{"L12-3地块规划调整示意图" if art["id"] == "p09" else "白鹤村村庄规划图"}.pdf</a></p>'
            f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" title="公示图"></p>')
    vis = art["id"] == "p09"
    info = (f'<div class="art-info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：区规划和自然资源局</span>'
            f'<span>【<a>打印</a>】</span><span>【<a>关闭</a>】</span></div>' if vis else
            '<div class="art-info"><span>来源：区规划和自然资源局</span><span>【<a>打印</a>】</span><span>【<a>关闭</a>】</span></div>')
    grid = (f'<div class="xxgk-grid"><ul><li><b>索引号：</b>11500113009{_n(rng, 6)}/{y}-{_n(rng, 5)}</li>'
            f'<li><b>发布机构：</b>{esc(place)}区规划和自然资源局</li><li><b>主题分类：</b>城乡建设、环境保护</li>'
            f'<li><b>体裁分类：</b>公示公告</li><li><b>有效性：</b>有效</li></ul></div>')
    rel = _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>')
    body = (f'<div class="head"><img src="/images/logo_{place}.png" alt="重庆市{esc(place)}区人民政府"><div class="search">搜索</div></div>'
            f'<div class="nav"><a>首页</a><a>新闻</a><a>政务公开</a><a>办事服务</a><a>互动交流</a></div>'
            f'<div class="location">当前位置：首页 &gt; 部门 &gt; 区规划和自然资源局 &gt; 公示公告</div>'
            f'<div class="detail">{grid}<h2 class="bt">{esc(art["title"])}</h2>{info}'
            f'<div class="xl_con" id="zoom">' + "".join(blocks) + sign + '</div>'
            f'<div class="share-box">分享：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div>'
            f'<div class="xgxx"><h4>相关信息</h4><ul>{rel}</ul></div></div>'
            f'<div class="footer"><p>主办单位：重庆市{esc(place)}区人民政府办公室</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1　渝公网安备{_n(rng, 14)}号　网站标识码：5001{_n(rng, 6)}</p></div>')
    head = (f'<title>{esc(art["title"])}_重庆市{esc(place)}区人民政府</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="ColumnName" content="公示公告">')
    return head, body, url


def sq_mp_lnst82(art, rng, others):
    """社区 公众号 老年食堂: a 菜单 photo with a caption inside the text, `问：` turns with a coloured
    answer speaker, emoji ornaments around a 🍲 heading banner, 供稿/编辑 lines, a 就餐指南 box
    (时间/地址/电话, not body), 长按关注 QR, 点赞/在看 row; date ``YYYY年M月D日`` in publish_time."""
    y, m, d = _ymd(art)
    acct = "花园路街道"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"

    def para(t):
        if "：" in t[:6] and not t.startswith("“"):
            k, v = t.split("：", 1)
            return f'<p style="line-height:1.8em"><span style="color:#e07b00;font-weight:bold">{k}：</span>{v}</p>'
        return f'<p style="line-height:1.8em;text-indent:2em">{t}</p>'
    blocks = _paras(art["body"], para, turn=lambda q, r: f'<p style="line-height:1.8em"><strong>{q}：{r}</strong></p>')
    blocks.insert(2, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                     f'<p style="text-align:center"><span style="font-size:12px;color:#999">图为老人们在食堂就餐（{rng.choice(WHO)} 摄）</span></p>')
    guide = ('<section style="background:#fff8ec;border-radius:8px;padding:12px;margin-top:20px">'
             '<p><strong>📌就餐指南</strong></p><p>就餐时间：每天11:00—12:30</p>'
             '<p>就餐地址：花园路街道某社区党群服务中心一楼</p><p>订餐电话：023-62881234</p></section>')
    tail = (f'<p style="text-align:center;font-size:12px;color:#aaa">供稿：某社区　编辑：{rng.choice(WHO)}</p>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/0"></p>'
            f'<p style="text-align:center;font-size:13px">长按二维码 关注我们</p><p style="text-align:center">🌸 🌸 🌸</p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_area_primary_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content"><span class="rich_media_meta_nickname"><a id="js_name">{acct}</a></span>'
            f'<em id="publish_time">{y}年{int(m)}月{int(d)}日 {_hm(rng)}</em><em id="js_ip_wording">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content"><p style="text-align:center">🍲 🍚 🥢</p>' + "".join(blocks) + guide + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {_n(rng, 3)}</span><span>分享</span><span>点赞 {rng.randint(5, 60)}</span><span>在看</span></div>'
            f'<div class="rich_media_extra"><p>留言</p><div class="discuss">张*华：这个好，给社区点赞！</div></div></div></div>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xb_fk_sanwen82(art, rng, others):
    """县报 e-paper 副刊: p12 a 散文 as `<br>` lines in one `<div>`, p13 (XHTML with an XML
    declaration) a 组诗 with short bold section titles and one line per `<p>`; the 栏目 name (汉丰湖/
    明月山 副刊), the 作者 line, an 作者简介 box, 版次 selector, 本版其他稿件, PDF link (not body)."""
    y, m, d = _ymd(art)
    paper = f"{art['place']}日报"
    url = f"http://epaper.{'kzxw' if art['place'] == '开州' else 'lpxw'}.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    author = "周远山" if art["id"] == "p12" else "马小禾"
    if art["id"] == "p12":
        text = ('<div class="article-content" id="ozoom">' +
                "<br>\n".join(f"{IND}{esc(p)}" for p in art["body"]) + "</div>")
    else:
        text = '<div class="article-content" id="ozoom">' + "".join(
            f'<p align="center"><b>{esc(p)}</b></p>' if len(p) <= 2 else f'<p align="center">{esc(p)}</p>'
            for p in art["body"]) + "</div>"
    bio = (f'<div class="zzjj"><p>作者简介：{author}，重庆市作家协会会员，作品散见于《红岩》《重庆晚报》等报刊。</p></div>')
    other = _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a></li>')
    body = (f'<div class="top"><span>{paper}</span><span>{y}年{m}月{d}日 {_week(art)}</span><a>往期回顾</a></div>'
            f'<div class="bc"><span>第04版：{"汉丰湖" if art["id"] == "p12" else "明月山"}·副刊</span>'
            f'<select><option>01版：要闻</option><option>02版：综合</option><option>03版：专题</option><option selected="selected">04版：副刊</option></select>'
            f'<a>上一版</a><a>下一版</a><a href="../../../images/{y}-{m}/{d}/04/{_n(rng, 8)}.pdf">PDF版</a></div>'
            f'<div class="left"><img src="../../../images/{y}-{m}/{d}/04/b.jpg" usemap="#PagePicMap" /><h4>本版其他稿件</h4><ul>{other}</ul></div>'
            f'<div class="right"><div class="lm">副刊</div><h1 class="title">{esc(art["title"])}</h1>'
            f'<p class="author">□ {author}</p>{text}{bio}'
            f'<div class="sxp"><a>上一篇</a> <a>下一篇</a> <a>返回目录</a></div></div>'
            f'<div class="copyright">{paper}社版权所有，未经书面授权禁止使用</div>')
    head = (f'<title>{paper}数字报-{esc(art["title"])}</title>'
            f'<meta name="description" content="{paper}数字报刊平台">')
    return head, body, url


TEMPLATES = {"tjj_gbjd82": tjj_gbjd82, "xfzd_mp_tishi82": xfzd_mp_tishi82, "xzf_cwhy82": xzf_cwhy82,
             "txxw_dfbd82": txxw_dfbd82, "zrzyj_pqgs82": zrzyj_pqgs82, "sq_mp_lnst82": sq_mp_lnst82,
             "xb_fk_sanwen82": xb_fk_sanwen82}


def main() -> None:
    """Write the thirteen pages and references.json (all split ``held-apart``); p13 as XHTML."""
    write_set(HERE, "pages82", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    p13 = HERE / "p13_xb_fk_sanwen82.html"
    html = p13.read_text(encoding="utf-8")
    html = html.replace("<!DOCTYPE html>\n", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC '
                        '"-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n', 1)
    html = html.replace("<html>", '<html xmlns="http://www.w3.org/1999/xhtml">', 1)
    p13.write_text(html, encoding="utf-8")


if __name__ == "__main__":
    main()
