"""Build the eightieth saved-page set (``pages80``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 市场监管局 portal 抽检 公告/通报 with a 名单
table, 落款 and 附件 (``scjg_ccjg_mingdan80``), a 区 团委 公众号 青年志愿者 post with 编者按 and
问/答 turns or a 招募令 (``tw_mp_qnzy80``), a 县政府网 领导活动 page on an old GBK table layout
with a 相关稿件 strip (``xzf_ldhd_xggj80``), a 东方网-like 城市 报道 with a 直播 player
(``dfw_csbd_zhibo80``), a 区 退役军人事务局 portal 优抚 政策解读 (``tyjrj_yfzc_jiedu80``), a 街道
公众号 垃圾分类 积分 post (``jd_mp_fljf80``) and a 晚报 XHTML e-paper 体育版 with 比分 rows
(``wb_tywb_bifen80``). ``articles.txt`` holds the title, date and reference body; the furniture
(not body) is written here. See README.md.

    python tests/data/web/pages80/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["冉小川", "谭静怡", "向宏伟", "杨秋月", "石磊", "邹婷婷", "冯志刚", "曾雨萱", "黎明辉", "熊倩"]
CAPTIONS = {"p05": "4月10日，王建平在乌江航道提档升级工程施工现场调研。", "p06": "8月26日，防汛抗旱工作调度会现场。"}
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")
FOOT_GOV = ("<p>主办：{org}&nbsp;&nbsp;承办：{org}办公室</p><p>渝ICP备{icp}号-1&nbsp;&nbsp;"
            "<img src=\"/images/ga.png\">渝公网安备 500{ga}号&nbsp;&nbsp;网站标识码：500{bs}</p>"
            "<p>联系电话：023-{tel}&nbsp;&nbsp;建议使用1920×1080分辨率浏览</p>")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…`` or a short line without a full stop or colon)."""
    return (p.startswith(NUM_HEADS) or len(p) <= 6) and "。" not in p and "：" not in p and "！" not in p


def _turn(p: str) -> bool:
    """A question turn of an interview or Q&A (``问：``)."""
    return p.startswith(("记者：", "问："))


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f"<table {attrs}><tbody>" + "".join(
        "<tr>" + "".join(f"<td><p style=\"text-align:center\"><span style=\"font-size:14px\">{esc(c)}</span></p></td>"
                         for c in r.split(" ")) + "</tr>"
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


def _foot(rng, org) -> str:
    return FOOT_GOV.format(org=org, icp=_n(rng, 8), ga=_n(rng, 11), bs=_n(rng, 5), tel=_n(rng, 8))


def scjg_ccjg_mingdan80(art, rng, others):
    """区 市场监管局 portal: 信息公开 grid (成文日期 earlier), 发布日期 spans, TRS_Editor text with
    bold 一、 heads and a 名单 table, then 落款/日期 and 附件 lines (not body), 相关公告, footer."""
    y, m, d = _ymd(art)
    org = f"重庆市{art['place']}区市场监督管理局"
    url = f"http://www.cq{rng.choice(['jlp', 'na'])}.gov.cn/bm/qscjgj/zwgk_{_n(rng, 5)}/fdzdgknr/jdjc/202{y[3]}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    cw = f"{y}-{m}-{int(d) - 2:02d}"
    shown = f"{y}-{m}-{d}" if "gbk" in art["flags"] else f"{y}年{m}月{d}日 {_hm(rng)}"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em;"><strong>{t}</strong></p>')
    sig_date = f"{y}年{int(m)}月{int(d)}日"
    att = "食品安全监督抽检产品" if art["id"] == "p01" else "电动自行车产品质量监督抽查"
    text = ("".join(blocks) + f'<p style="text-align:right;">{esc(org[3:])}</p>'
            f'<p style="text-align:right;">{sig_date}</p>'
            f'<p>附件：<a href="./P0{_n(rng, 9)}.xls">1.{att}合格信息.xls</a></p>'
            f'<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<a href="./P0{_n(rng, 9)}.xls">2.{att}不合格信息.xls</a></p>')
    grid = (f'<table class="xxgk_table"><tr><td>索引号：</td><td>11500107MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td>'
            f'<td>发布机构：</td><td>{esc(org)}</td></tr><tr><td>主题分类：</td><td>市场监管、安全生产监管</td>'
            f'<td>成文日期：</td><td>{cw}</td></tr><tr><td>标题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
            f'<tr><td>发文字号：</td><td></td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a href="#">{t}</a><span>{dd}</span></li>')
    body = (f'<div class="top"><div class="w1200"><span>{y}年{int(m)}月{int(d)}日 {_week(art)}</span>'
            f'<a>无障碍浏览</a><a>长者模式</a><a>English</a></div></div>'
            f'<div class="header"><img src="/images/logo.png" alt="{esc(org)}"><div class="search"><input>搜索</div></div>'
            f'<ul class="nav"><li>首页</li><li>机构职能</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul>'
            f'<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>法定主动公开内容</a> &gt; <a>监督检查</a></div>'
            f'<div class="w1200 detail">{grid}<div class="xl_tit">{esc(art["title"])}</div>'
            f'<div class="xl_info"><span>发布日期：{shown}</span><span>来源：{esc(org[3:])}</span>'
            f'<span>字号：<a>大</a> <a>中</a> <a>小</a></span><span><a onclick="window.print()">打印</a></span></div>'
            f'<div class="xl_con"><div class="view TRS_UEDITOR trs_paper_default trs_web">{text}</div></div>'
            f'<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="xl_close"><a onclick="window.print()">打印本页</a> <a onclick="window.close()">关闭窗口</a></div>'
            f'<div class="xggg"><h4>相关公告</h4><ul>{rel}</ul></div></div>'
            f'<div class="footer">{_foot(rng, esc(org))}</div>')
    head = (f'<title>{esc(art["title"])}_{esc(org)}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="{esc(org[3:])}">'
            f'<meta name="ColumnName" content="监督检查"><meta name="SiteName" content="{esc(org)}">')
    return head, body, url


def tw_mp_qnzy80(art, rng, others):
    """区 团委 公众号: 编者按 box (p03) or a poster (p04), bold 问： turns with name： answers,
    red heads, 落款 (p04), 来源/编辑/审核, QR, #tags, 阅读原文/点赞/在看 row."""
    y, m, d = _ymd(art)
    acct = "青春万州"
    url = f"https://mp.weixin.qq.com/s?__biz=MzA{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 8)}"
    blocks = _paras(art["body"],
                    lambda t: (f'<p style="line-height:1.75em;margin-bottom:12px;"><span style="font-size:15px;'
                               f'letter-spacing:1px;">{t}</span></p>'),
                    head=lambda t: (f'<section style="text-align:center;margin:20px 0;"><section style="display:inline-block;'
                                    f'background:#d7281f;padding:4px 16px;border-radius:14px;"><p><span style="color:#fff;">'
                                    f'<strong>{t}</strong></span></p></section></section>'),
                    turn=lambda q, r: (f'<p style="line-height:1.75em;"><span style="color:#d7281f;"><strong>{q}：{r}'
                                       f'</strong></span></p>'))
    # answers open with a name and a colon: bold only the name, as editors do
    blocks = [b.replace('letter-spacing:1px;">谭晓雨：', 'letter-spacing:1px;"><strong>谭晓雨：</strong>') for b in blocks]
    if art["id"] == "p03":
        lead = ('<section style="border:1px solid #d7281f;padding:10px 14px;margin-bottom:18px;"><p><span style="font-size:14px;'
                'color:#888;"><strong>编者按：</strong>学雷锋纪念日来临之际，“青春万州”推出“青春志愿”系列报道，'
                '讲述身边青年志愿者的故事。今天，我们走近“青春护河”志愿服务队。</span></p></section>')
        blocks.insert(4, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                         '<p style="text-align:center"><span style="font-size:12px;color:#999">志愿者在长江岸边拾捡垃圾</span></p>')
        close = ""
    else:
        lead = f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640" data-w="1080"></p>'
        close = ('<p style="text-align:right"><span style="font-size:15px;">共青团重庆市万州区委员会</span></p>'
                 f'<p style="text-align:right"><span style="font-size:15px;">{y}年{int(m)}月{int(d) - 1}日</span></p>'
                 f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/0"></p>'
                 '<p style="text-align:center"><span style="font-size:13px">扫码报名</span></p>')
    tail = (f'<p><br></p><p style="text-align:left"><span style="font-size:12px;color:#a5a5a5">来源：团区委青年发展部</span></p>'
            f'<p><span style="font-size:12px;color:#a5a5a5">编辑：{rng.choice(WHO)}｜审核：{rng.choice(WHO)}</span></p>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/0"></p>'
            '<p style="text-align:center"><span style="font-size:12px">青春万州 | 万州青年的精神家园</span></p>'
            '<p style="text-align:center"><span style="font-size:12px">点击“在看”，把青春正能量传递给更多人</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{acct}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {_hm(rng)}</em>'
            f'<em class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">{lead}' + "".join(blocks) + close + tail +
            f'</div><div class="article-tag"><span>#青春志愿</span><span>#共青团</span></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span><span>点赞 {rng.randint(30, 400)}</span><span>在看 {rng.randint(5, 80)}</span></div>'
            f'<div class="rich_media_extra"><p>喜欢此内容的人还喜欢</p><p>{esc(others[0][0])}</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta name="description" content="{esc(art["body"][0])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}"; var nickname = "{acct}";</script>')
    return head, body, url


def xzf_ldhd_xggj80(art, rng, others):
    """县政府网 领导活动 on an old GBK table layout: the text as ``　　`` ``<br>`` lines in one
    ``<font>``; p05 a visible 发布时间 line with a counter, p06 the date only in meta and URL;
    photo and caption at the top, 相关稿件 strip with dates, 【打印】【关闭】, footer."""
    y, m, d = _ymd(art)
    url = f"http://www.psx.gov.cn/zwxx/ldhd/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    text = "<br>\n".join(IND + esc(p) for p in art["body"])
    cnt = f'<script language="javascript">document.write(getClick("{_n(rng, 6)}"));</script>'
    if art["id"] == "p05":
        info = (f'<font color="#666666">发布时间：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;来源：县政府办公室&nbsp;&nbsp;&nbsp;'
                f'作者：{rng.choice(WHO)}&nbsp;&nbsp;&nbsp;浏览量：{cnt}</font>')
    else:
        info = f'<font color="#666666">来源：县政府办公室&nbsp;&nbsp;&nbsp;【<a href="javascript:window.print()">打印</a>】</font>'
    photo = (f'<p align="center"><img src="/UploadFiles/{y}{m}/{_n(rng, 12)}.jpg" border="0" width="600"></p>'
             f'<p align="center"><font size="2">{CAPTIONS[art["id"]]}（记者 {rng.choice(WHO)} 摄）</font></p>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<tr><td>·<a href="#">{t}</a></td><td align="right">[{dd}]</td></tr>')
    body = (f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td><img src="/images/banner.jpg" width="980" height="150"></td></tr><tr><td class="nav">'
            f'<a>首页</a> | <a>政务信息</a> | <a>政务公开</a> | <a>网上办事</a> | <a>政民互动</a> | <a>走进彭水</a></td></tr></table>'
            f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td width="200" valign="top" class="left"><table width="100%"><tr><td class="lm">政务信息</td></tr>'
            f'<tr><td><a>领导活动</a></td></tr><tr><td><a>政务要闻</a></td></tr><tr><td><a>部门动态</a></td></tr>'
            f'<tr><td><a>乡镇动态</a></td></tr></table></td><td width="10"></td>'
            f'<td valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">'
            f'<tr><td class="weizhi">您现在的位置：<a>首页</a> &gt;&gt; <a>政务信息</a> &gt;&gt; 领导活动</td></tr>'
            f'<tr><td height="50" align="center"><font size="4" color="#CC0000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" height="30">{info}</td></tr><tr><td><hr size="1" color="#CCCCCC"></td></tr>'
            f'<tr><td class="zw" style="font-size:14px;line-height:28px">{photo}<font style="font-size:14px">{text}</font></td></tr>'
            f'<tr><td align="right">【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
            f'<tr><td><table width="100%" class="xggj"><tr><td colspan="2"><b>相关稿件</b></td></tr>{rel}</table></td></tr>'
            f'</table></td></tr></table>'
            f'<table width="980" align="center" class="foot"><tr><td align="center">'
            f'主办：彭水苗族土家族自治县人民政府办公室&nbsp;&nbsp;版权所有<br>渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;'
            f'网站标识码：500243{_n(rng, 4)}<br>地址：彭水县汉葭街道 邮编：409600</td></tr></table>')
    head = (f'<title>{esc(art["title"])}--彭水县人民政府网</title><meta name="keywords" content="领导活动">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hms(rng)}"><meta name="ArticleTitle" content="{esc(art["title"])}">')
    return head, body, url


def dfw_csbd_zhibo80(art, rng, others):
    """东方网-like city report: kicker above the headline, time/来源/作者 spans with no space
    between them, a 直播 player (p07) with 观看 counter, or a photo with caption (p08), 责任编辑,
    版权声明, share row, 相关新闻 with dates, 热门 box, footer."""
    y, m, d = _ymd(art)
    url = f"https://j.eastday.com/p/{_n(rng, 13)}?newsid={y}{m}{d}{_n(rng, 6)}"
    blocks = [f"<p>{IND}{esc(p)}</p>" for p in art["body"]]
    if art["id"] == "p07":
        player = (f'<div class="live-box"><div class="live-tag">直播</div><div id="player_{_n(rng, 5)}" class="prism-player">'
                  f'<video poster="https://imgs.eastday.com/{_n(rng, 9)}.jpg"></video></div>'
                  f'<p class="live-title">【直播回看】人民城市 滨江共享——徐汇滨江“城市会客厅”开放活动</p>'
                  f'<p class="live-num">{rng.randint(10, 12)}.{rng.randint(1, 9)}万人观看</p></div>')
        blocks.insert(4, player)
        kicker = "人民城市"
        stamp = f"{y}-{m}-{d} {_hms(rng)}"
    else:
        blocks.insert(9, f'<p style="text-align:center"><img src="https://imgs.eastday.com/{_n(rng, 9)}.jpg"></p>'
                         f'<p style="text-align:center">定海路社区花园一角 东方网记者 陈一鸣 摄</p>')
        kicker = "一江一河"
        stamp = f"{y}年{m}月{d}日 {_hm(rng)}"
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a href="#">{t}</a><em>{dd.replace("-", "/")}</em></li>')
    hot = _rel(rng, others, 3, lambda t, dd: f'<li><i>{rng.randint(1, 9)}</i><a>{t}</a></li>')
    body = (f'<div class="topbar"><a>东方网首页</a><a>新闻</a><a>上海</a><a>财经</a><a>体育</a><a>登录</a></div>'
            f'<div class="crumbs"><a>东方网</a> &gt; <a>上海新闻</a> &gt; 正文</div>'
            f'<div class="main"><div class="article-box"><div class="kicker">{kicker}</div>'
            f'<h1 class="article-title">{esc(art["title"])}</h1>'
            f'<div class="time_source"><span class="time">{stamp}</span><span class="source">来源：东方网</span>'
            f'<span class="author">作者：{esc(art["body"][0][5:8])}</span><span class="cmt">评论 {rng.randint(0, 60)}</span></div>'
            f'<div class="bt_content" id="zw">' + "".join(blocks) +
            f'<p class="editor">（责任编辑：{rng.choice(WHO)}）</p></div>'
            f'<div class="copyright">版权声明：本文为东方网原创稿件，未经授权禁止转载、摘编或以其他方式使用。</div>'
            f'<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ</a><a>复制链接</a></div>'
            f'<div class="related"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
            f'<div class="aside"><div class="hot"><h3>热门推荐</h3><ol>{hot}</ol></div>'
            f'<div class="app"><img src="/qr.png"><p>扫一扫 下载东方新闻客户端</p></div></div></div>'
            f'<div class="footer"><p>东方网 版权所有 沪ICP证：沪B2-{_n(rng, 8)}</p><p>违法和不良信息举报电话：021-{_n(rng, 8)}</p></div>')
    head = (f'<title>{esc(art["title"])}-东方网</title><meta name="keywords" content="{kicker}">'
            f'<meta name="description" content="{esc(art["body"][0])}">'
            f'<meta property="article:published_time" content="{y}-{m}-{d}T{_hm(rng)}:00+08:00">')
    return head, body, url


def tyjrj_yfzc_jiedu80(art, rng, others):
    """区 退役军人事务局 portal 政策解读: 文件 link box and 解读机构 line above the text, bold 一、
    heads, bold 问： turns, plain 答： answers, 发布时间 spans and a later 更新时间, 扫一扫, 相关文件."""
    y, m, d = _ymd(art)
    url = f"https://www.ddk.gov.cn/bm/qtyjrswj/zwgk_{_n(rng, 5)}/zcjd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f"<p>{IND}{t}</p>", head=lambda t: f"<p>{IND}<strong>{t}</strong></p>",
                    turn=lambda q, r: f"<p>{IND}<strong>{q}：{r}</strong></p>")
    upd = f"{y}-{m}-{int(d) + 3:02d} {_hms(rng)}"
    rel = _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a><span>[{dd}]</span></li>')
    body = (f'<div class="header"><img src="/images/logo_ddk.png"><span>重庆市大渡口区退役军人事务局</span></div>'
            f'<div class="nav"><a>首页</a><a>政务公开</a><a>政策文件</a><a>政策解读</a><a>办事服务</a></div>'
            f'<div class="position">当前位置：首页&gt;政务公开&gt;政策解读</div>'
            f'<div class="con"><h1 class="zcjd_tit">{esc(art["title"])}</h1>'
            f'<div class="zcjd_info"><span>发布时间：{y}-{m}-{d}</span>&nbsp;<span>来源：区退役军人事务局</span>&nbsp;'
            f'<span>浏览次数：<script>document.write("{_n(rng, 3)}")</script></span>&nbsp;<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div class="jd_file"><p>文件：<a>大渡口区退役军人事务局关于印发《大渡口区退役军人及其他优抚对象优待办法》的通知</a></p>'
            f'<p>解读机构：大渡口区退役军人事务局&nbsp;&nbsp;解读人：{rng.choice(WHO)}</p></div>'
            f'<div class="zw TRS_Editor">' + "".join(blocks) + '</div>'
            f'<div class="upd">更新时间：{upd}</div><div class="tools"><a>打印本页</a> <a>关闭窗口</a></div>'
            f'<div class="xgwj"><h4>相关文件</h4><ul>{rel}</ul></div></div>'
            f'<div class="footer"><img src="/images/qr.png"><p>扫一扫在手机打开当前页</p>{_foot(rng, "重庆市大渡口区退役军人事务局")}</div>')
    head = (f'<title>{esc(art["title"])} - 重庆市大渡口区退役军人事务局</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="publishdate" content="{y}-{m}-{d}">'
            f'<meta name="ColumnName" content="政策解读">')
    return head, body, url


def jd_mp_fljf80(art, rng, others):
    """街道 公众号 垃圾分类 积分 post: emoji meta row, bold 时间：/地点： lines, a ▍head, 1. items,
    a 积分榜 table, a quoted slogan on its own line, 温馨提示 card, 往期推荐, 阅读/在看 row."""
    y, m, d = _ymd(art)
    street = "覃家岗街道" if art["id"] == "p10" else "观音桥街道"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"

    def para(t):
        if t[:3] in ("时间：", "地点：") or t.startswith("参加人员："):
            k, v = t.split("：", 1)
            return f'<p style="line-height:2em;"><span style="color:#2e8b57;"><strong>{k}：</strong></span>{v}</p>'
        return f'<p style="line-height:2em;text-align:justify;">{t}</p>'
    blocks = _paras(art["body"], para,
                    head=lambda t: f'<p style="margin-top:16px;"><span style="color:#2e8b57;font-size:17px;"><strong>▍{t}</strong></span></p>')
    blocks.insert(2, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>')
    tip = ('<section style="background:#eef8f1;border-radius:8px;padding:12px;margin:14px 0;">'
           '<p><span style="font-size:14px;">💡温馨提示</span></p><p><span style="font-size:14px;">可回收物请清洁、干燥后投放，'
           '大件垃圾请预约上门回收。</span></p></section>')
    past = _rel(rng, others, 3, lambda t, dd: f'<p><a style="color:#576b95">👉{t}</a></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div class="rich_media_meta_list"><span class="rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta_text">{street}</span><a id="js_name">{street}</a>'
            f'<em id="publish_time">{y}-{m}-{d} {_hm(rng)}</em></div>'
            f'<div class="rich_media_content" id="js_content">'
            f'<p style="text-align:center"><span style="font-size:12px;color:#888">♻️ 点击蓝字 关注我们 ♻️</span></p>'
            + "".join(blocks) + tip +
            f'<p style="text-align:center"><span style="font-size:12px;color:#999">—— END ——</span></p>'
            f'<p><span style="font-size:12px;color:#999">供稿：{street}城管办</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{rng.choice(WHO)}&nbsp;&nbsp;审核：{rng.choice(WHO)}</span></p>'
            f'<p><strong>往期推荐</strong></p>{past}'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/0"></p></div>'
            f'<div class="rich_media_tool"><span>阅读 {_n(rng, 4)}</span><span>分享</span><span>点赞 {rng.randint(10, 99)}</span>'
            f'<span>在看 {rng.randint(1, 30)}</span></div><div class="comment"><p>留言</p><p>写留言</p></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";</script>')
    return head, body, url


def wb_tywb_bifen80(art, rng, others):
    """晚报 XHTML e-paper 第07版 体育: 版次 selector (上一版/下一版/PDF), 版面图 map, the 引题 above
    the headline, text as ``<br/>`` lines in one ``<div id="ozoom">`` with the 比分 rows inside,
    本版其他稿件 list, 上一篇/下一篇, copyright."""
    y, m, d = _ymd(art)
    url = f"https://epaper.cqwb.com.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    text = "<br />\n".join(IND + esc(p) for p in art["body"])
    other = _rel(rng, others, 3, lambda t, dd: f'<li><a href="#">{t}</a></li>')
    body = (f'<div class="banner"><img src="../../../images/logo.gif" alt="重庆晚报" /><span>{y}年{m}月{d}日 {_week(art)}</span></div>'
            f'<table width="1000" class="bc"><tr><td>第07版：体育</td><td><select><option>第01版：要闻</option>'
            f'<option selected="selected">第07版：体育</option><option>第08版：文化</option></select></td>'
            f'<td><a>上一版</a></td><td><a>下一版</a></td><td><a href="../../../page/{y}-{m}/{d}/07/{_n(rng, 7)}.pdf">PDF版</a></td>'
            f'<td><a>往期回顾</a></td></tr></table>'
            f'<table width="1000"><tr><td width="340" valign="top"><img src="../../../page/{y}-{m}/{d}/07/s.jpg" usemap="#PagePicMap" />'
            f'<map name="PagePicMap"><area shape="polygon" coords="1,2,3,4" href="#" /></map>'
            f'<div class="bbqt"><h4>本版其他稿件</h4><ul>{other}</ul></div></td>'
            f'<td valign="top"><div class="yt">中甲联赛第21轮</div><h1 class="bt">{esc(art["title"])}</h1>'
            f'<div class="ft"></div><div id="ozoom" class="content">{text}</div>'
            f'<div class="pic"><img src="../../../res/{y}-{m}/{d}/07/{_n(rng, 6)}.jpg" /><p>比赛中，铜梁龙球员（右）带球突破。 特约摄影 {rng.choice(WHO)}</p></div>'
            f'<div class="sxp"><span>上一篇：<a>{esc(others[2][0])}</a></span> <span>下一篇：<a>{esc(others[3][0])}</a></span></div>'
            f'</td></tr></table><div class="foot">重庆晚报 版权所有 Copyright {y} 未经许可不得转载</div>')
    head = f'<title>重庆晚报-{esc(art["title"])}</title><meta name="description" content="重庆晚报数字报" />'
    return head, body, url


TEMPLATES = {"scjg_ccjg_mingdan80": scjg_ccjg_mingdan80, "tw_mp_qnzy80": tw_mp_qnzy80,
             "xzf_ldhd_xggj80": xzf_ldhd_xggj80, "dfw_csbd_zhibo80": dfw_csbd_zhibo80,
             "tyjrj_yfzc_jiedu80": tyjrj_yfzc_jiedu80, "jd_mp_fljf80": jd_mp_fljf80, "wb_tywb_bifen80": wb_tywb_bifen80}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages80", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used


if __name__ == "__main__":
    main()
