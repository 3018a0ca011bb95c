"""Build the forty-first saved-page set (``pages41``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used: a 街道 portal 党建 news page on an old GBK table layout (``jdb_djxw_gbk``), a 区 退役军人事务局
公众号 光荣之家 post with an 编者按 and a photo caption (``tyjrj_mp_grzj``), a 县 政府网 领导活动
page with a 相关领导 box and an 更新时间 (``xzf_ldhd_xgld``), a 区 科技局 portal 项目申报 notice
with a table, 附件 and a signature (``kjj_xmsb_fujian``), a 区县 电视台 website's 新闻 文字稿 with
主持人 turns and a player (``dst_xwlb_zcr``), a 央视网-like 地方 video page (``yspw_dfsp_player``)
and a 区报 e-paper 综合版 article page showing the page's two other short reports
(``qubao_zonghe_three``). Layout-only text (boxes, captions, signatures) lives in :data:`EXTRA`.
See README.md.

    python tests/data/web/pages41/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import hm as _hm, hms as _hms, digits as _n, ymd as _ymd  # noqa: E402

# Per article: what the page shows that is NOT body (editor's note, caption, signature,
# attachment lines, leader box, other reports on the e-paper page).
EXTRA = {
    "p01": {"org": "重庆市渝北区双龙湖街道办事处", "host": "sl"},
    "p02": {"org": "重庆市江北区观音桥街道办事处", "host": "gyq"},
    "p03": {"acct": "荣昌退役军人", "note": "编者按：“光荣之家”栏目讲述我区退役军人在各条战线上建功立业的故事。本期走近返乡创业的退役军人刘建明。",
            "cap": "图为刘建明在养殖场查看生猪生长情况（区退役军人事务局供图）", "at": 3},
    "p04": {"county": "石柱土家族自治县", "host": "cqszx", "leaders": ["县长", "常务副县长", "副县长（分管农业农村）", "副县长（分管住建）"]},
    "p05": {"county": "酉阳土家族苗族自治县", "host": "youyang", "leaders": ["县长", "常务副县长", "副县长（分管应急）"], "upd": "2022-10-12 08:41"},
    "p06": {"dist": "沙坪坝区", "host": "cqspb", "sig": ["重庆市沙坪坝区科学技术局", "2022年3月8日"],
            "att": ["附件：1.2022年度区级科技创新项目申报指南.docx", "2.项目申报书模板.doc"], "rows": [3, 4, 5]},
    "p07": {"dist": "璧山区", "host": "bishan", "sig": ["重庆市璧山区科学技术局", "2022年7月19日"],
            "att": ["附件：参会回执.xlsx"], "rows": []},
    "p08": {"tv": "万州电视台", "host": "wzstv", "prog": "万州新闻"},
    "p09": {"tv": "黔江区融媒体中心", "host": "qjtv", "prog": "黔江新闻联播"},
    "p10": {},
    "p11": {"paper": "大渡口报", "host": "ddkb", "ban": "03", "banname": "综合",
            "others": [("跳磴镇开展冬季消防安全大排查", "本报讯 近日，跳磴镇组织应急、消防等部门对辖区小场所开展冬季消防安全检查，排查整改隐患37处。"),
                       ("区人社局举办专场招聘会", "本报讯 12月1日，区人社局在区就业服务中心举办专场招聘会，46家企业提供岗位1200余个。")]},
    "p12": {"paper": "九龙坡报", "host": "jlpb", "ban": "02", "banname": "综合新闻",
            "others": [("谢家湾街道“社区食堂”开张", "本报讯 12月6日，谢家湾街道首个社区食堂开门迎客，辖区70岁以上老人就餐可享优惠。"),
                       ("区消委会发布年末消费提示", "本报讯 临近年末，区消委会提醒市民理性消费，谨防预付式消费陷阱，留存购物凭证。")]},
}


def _rel(rng, others, k, shape="{t}</a><span>{d}</span>") -> str:
    return "".join(f'<li><a href="#" target="_blank">{shape.format(t=esc(t), d=d)}</li>' for t, d in rng.sample(others, k))


def _is_head(p: str) -> bool:
    """A subheading: a 一、… line with no sentence end."""
    return p[1:2] == "、" and not p.endswith(("。", "；", "："))


def jdb_djxw_gbk(art, rng, others):
    """An old table-layout 街道 portal in GBK: nested tables, ``<font>`` tags, 发布日期 and 点击数 in
    one cell with ``&nbsp;`` runs, 【字体：大 中 小】, 打印本页 关闭窗口; p01 in ``<p>`` with bold
    一、… heads, p02 as ``<br>``-separated lines inside one ``<td>``."""
    y, m, d = _ymd(art)
    ex = EXTRA[art["id"]]
    if art["id"] == "p01":
        text = "".join(f'<p><strong>{esc(p)}</strong></p>' if _is_head(p) else f'<p>　　{esc(p)}</p>' for p in art["body"])
    else:
        text = "<br>\n".join(f"　　{esc(p)}" for p in art["body"]) + "<br>"
    url = f"http://www.{ex['host']}.gov.cn/Article/ShowArticle.asp?ArticleID={_n(rng, 4)}"
    head = f"<title>{esc(art['title'])}-{esc(ex['org'][5:])}</title>"
    body = (f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="../images/top.jpg" width="980" height="120"></td></tr>'
            f'<tr><td class="nav" height="32" bgcolor="#B40000"><a href="#">首页</a> | <a href="#">街道概况</a> | <a href="#">党建动态</a> | <a href="#">政务公开</a> | <a href="#">社区风采</a> | <a href="#">办事指南</a></td></tr></table>'
            f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td width="220" valign="top"><table width="100%"><tr><td class="lm"><font color="#FFFFFF"><b>党建动态</b></font></td></tr>'
            f'<tr><td>·<a href="#">基层党建</a><br>·<a href="#">党风廉政</a><br>·<a href="#">两新组织</a><br>·<a href="#">学习园地</a></td></tr></table></td>'
            f'<td width="760" valign="top"><table width="100%"><tr><td height="30">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">党建动态</a> &gt;&gt; 正文</td></tr>'
            f'<tr><td align="center" height="50"><font size="4" color="#B40000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" bgcolor="#F2F2F2"><font color="#666666">作者：党建办&nbsp;&nbsp;&nbsp;&nbsp;文章来源：本站原创&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script>document.write("{rng.randint(80, 900)}")</script>&nbsp;&nbsp;&nbsp;&nbsp;'
            f'更新时间：{y}-{int(m)}-{int(d)}&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</font></td></tr>'
            f'<tr><td class="zw" style="font-size:14px;line-height:28px"><font face="宋体">{text}</font></td></tr>'
            f'<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
            f'<tr><td>上一篇：<a href="#">{esc(others[0][0])}</a><br>下一篇：<a href="#">{esc(others[1][0])}</a></td></tr></table></td></tr></table>'
            f'<table width="980" align="center"><tr><td align="center" bgcolor="#EEEEEE">版权所有：{esc(ex["org"])}　地址：{esc(ex["org"][3:6])}区　电话：023-6{_n(rng, 7)}<br>'
            f'渝ICP备{_n(rng, 8)}号　技术支持：重庆某网络科技有限公司</td></tr></table>')
    return head, body, url


def tyjrj_mp_grzj(art, rng, others):
    """A 退役军人事务局 公众号 光荣之家 post: a section banner, an 编者按 (not body), a photo with
    its caption (not body) inside the text, a 来源/编辑/审核 block, 阅读原文/赞/在看 row and QR."""
    y, m, d = _ymd(art)
    ex = EXTRA["p03"]
    paras = []
    for i, p in enumerate(art["body"]):
        paras.append(f'<p style="text-indent: 2em; line-height: 1.75em;"><span style="font-size: 15px;">{esc(p)}</span></p>')
        if i == ex["at"]:
            paras.append('<p style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/a.jpg"></p>'
                         f'<p style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">{esc(ex["cap"])}</span></p>')
    content = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/banner.gif"></section>'
               f'<section style="background:#f7f1e3;padding:10px;"><p><span style="color:#a00;font-size:14px;">{esc(ex["note"])}</span></p></section>'
               + "".join(paras)
               + '<p><br></p><p style="text-align:right"><span style="font-size:12px">来源：区退役军人事务局</span></p>'
               '<p style="text-align:right"><span style="font-size:12px">编辑：王 璐　审核：陈 杰</span></p>'
               '<section style="text-align:center"><p>长按二维码关注我们</p><img data-src="https://mmbiz.qpic.cn/qr.jpg"></section>')
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKabcdefghjk0123456789') for _ in range(22))}"
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n          </h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">{esc(ex["acct"])}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em><em class="rich_media_meta_area">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">{content}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(500, 5000)}</span>'
            f'<span class="like_btn">赞 {rng.randint(5, 90)}</span><span>分享</span><span>在看 {rng.randint(2, 30)}</span></div>'
            f'<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_n(rng, 10)}"; var msg_title = "{esc(art["title"])}";</script>')
    return "<title>" + esc(art["title"]) + "</title>", body, url


def xzf_ldhd_xgld(art, rng, others):
    """A 县 政府网 领导活动 page: ArticleTitle/PubDate metas, adjacent info spans with no
    whitespace, a 相关领导 box (not body) beside the text, an 更新时间 on p05, 相关阅读 with dates."""
    y, m, d = _ymd(art)
    ex = EXTRA[art["id"]]
    t = _hms(rng)
    url = f"http://www.{ex['host']}.gov.cn/zwxx_{_n(rng, 3)}/ldhd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    head = (f'<title>{esc(art["title"])}_{esc(ex["county"])}人民政府</title>'
            f'<meta name="SiteName" content="{esc(ex["county"])}人民政府"><meta name="ColumnName" content="领导活动">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {t[:5]}">'
            f'<meta name="ContentSource" content="县政府办公室">')
    upd = f'<span class="upd">更新时间：{ex["upd"]}</span>' if "upd" in ex else ""
    box = ('<div class="xgld"><div class="xgld-tit">相关领导</div><ul>'
           + "".join(f'<li><img src="/images/ld{i}.jpg"><p>{esc(x)}</p></li>' for i, x in enumerate(ex["leaders"]))
           + "</ul></div>")
    text = "".join(f'<p style="text-indent:2em;">{esc(p)}</p>' for p in art["body"])
    body = (f'<div class="top"><div class="w1200"><img src="/images/logo.png" alt="{esc(ex["county"])}人民政府"><div class="search"><input placeholder="请输入关键字"><button>搜索</button></div></div></div>'
            f'<div class="nav"><ul><li><a href="#">首页</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">走进{esc(art["place"])}</a></li></ul></div>'
            f'<div class="w1200 crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务信息</a> &gt; <a href="#">领导活动</a></div>'
            f'<div class="w1200 clearfix"><div class="xl_left">{box}</div><div class="xl_con">'
            f'<h2 class="tit">{esc(art["title"])}</h2>'
            f'<div class="info"><span>发布时间：{y}-{m}-{d} {t[:5]}</span><span>来源：县政府办公室</span>{upd}<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
            f'<div class="view TRS_UEDITOR trs_paper_default">{text}</div>'
            f'<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>'
            f'<div class="btns"><a href="javascript:window.print()">打印</a><a href="javascript:window.close()">关闭</a></div>'
            f'<div class="xgyd"><h4>相关阅读</h4><ul>{_rel(rng, others, 4)}</ul></div></div></div>'
            f'<div class="footer">主办：{esc(ex["county"])}人民政府办公室　承办：县大数据发展局<br>渝ICP备{_n(rng, 8)}号-1　渝公网安备 {_n(rng, 14)}号　网站标识码：5002{_n(rng, 6)}</div>')
    return head, body, url


def kjj_xmsb_fujian(art, rng, others):
    """A 区 科技局 portal notice: a 信息公开 metadata table (索引号/发文日期, not body), the
    notice with a 支持金额 table without a header row (rows are body, cells separated by single spaces), the closing
    signature and date and the 附件 lines (not body), 扫一扫 在手机打开, footer."""
    y, m, d = _ymd(art)
    ex = EXTRA[art["id"]]
    rows = ex["rows"]
    out, tab = [], []
    for i, p in enumerate(art["body"]):
        if i in rows:
            tab.append(p)
            if i + 1 not in rows:
                out.append('<table border="1" cellspacing="0" style="border-collapse:collapse;width:90%;margin:auto">'
                           + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r.split(" ", 2)) + "</tr>" for r in tab) + "</table>")
        elif _is_head(p):
            out.append(f'<p style="text-indent:2em;"><span style="font-family:黑体">{esc(p)}</span></p>')
        elif i == 0:
            out.append(f"<p>{esc(p)}</p>")
        else:
            out.append(f'<p style="text-indent:2em;">{esc(p)}</p>')
    out.append("<p>&nbsp;</p>")
    out += [f'<p style="text-indent:2em;"><a href="/u/cms/{_n(rng, 6)}.doc">{esc(a)}</a></p>' for a in ex["att"]]
    out.append("<p>&nbsp;</p>")
    out += [f'<p style="text-align:right;">{esc(s)}</p>' for s in ex["sig"]]
    idx = f"11500{_n(rng, 5)}{_n(rng, 3)}/{y}-{_n(rng, 5)}"
    url = f"http://www.{ex['host']}.gov.cn/bm/kjj/zwgk_{_n(rng, 5)}/fdzdgknr/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    head = (f'<title>{esc(art["title"])} - 重庆市{esc(ex["dist"])}人民政府</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="publishdate" content="{y}-{m}-{d}">')
    body = (f'<div class="header"><img src="/images/banner.png"><span>重庆市{esc(ex["dist"])}科学技术局</span></div>'
            f'<div class="crumb">您当前的位置：<a>首页</a>&gt;<a>政务公开</a>&gt;<a>法定主动公开内容</a>&gt;<a>通知公告</a></div>'
            f'<div class="con">'
            f'<table class="gk-table"><tr><th>索引号：</th><td>{idx}</td><th>主题分类：</th><td>科技</td></tr>'
            f'<tr><th>发布机构：</th><td>{esc(ex["dist"])}科技局</td><th>成文日期：</th><td>{y}-{m}-{d}</td></tr>'
            f'<tr><th>标题：</th><td colspan="3">{esc(art["title"])}</td></tr>'
            f'<tr><th>发文字号：</th><td></td><th>发布日期：</th><td>{y}-{m}-{d}</td></tr></table>'
            f'<div class="bt_content"><h1>{esc(art["title"])}</h1>'
            f'<div class="zwxl-bar"><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span><span>打印</span></div>'
            f'<div class="zw TRS_Editor">{"".join(out)}</div></div>'
            f'<div class="ewm">扫一扫在手机打开当前页</div><div class="close">【打印本页】【关闭窗口】</div></div>'
            f'<div class="footer"><p>主办单位：重庆市{esc(ex["dist"])}人民政府办公室　承办单位：重庆市{esc(ex["dist"])}科学技术局</p>'
            f'<p>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号　网站标识码：5001{_n(rng, 6)}</p></div>')
    return head, body, url


def dst_xwlb_zcr(art, rng, others):
    """A 区县 电视台 website's 新闻 文字稿: a video player with 播放量 and 时长, 主持人/interviewee
    turns (body), 栏目/期数 line, 编辑/责编 line, 往期回看 list with dates, 版权声明."""
    y, m, d = _ymd(art)
    ex = EXTRA[art["id"]]
    url = f"http://www.{ex['host']}.com/{y}/{m}{d}/{_n(rng, 6)}.shtml"
    text = "".join(f"<p>{esc(p)}</p>" for p in art["body"])
    body = (f'<div class="head"><a class="logo">{esc(ex["tv"])}</a><ul class="menu"><li>首页</li><li>新闻</li><li>直播</li><li>点播</li><li>专题</li></ul></div>'
            f'<div class="main"><div class="weizhi">首页 &gt; 点播 &gt; {esc(ex["prog"])}</div>'
            f'<div class="player"><video id="vjs" poster="/poster.jpg"></video><div class="ctl">00:00 / 0{rng.randint(2, 9)}:{rng.randint(10, 59)}　播放量：{rng.randint(1000, 30000)}</div></div>'
            f'<div class="article-box"><h1>{esc(art["title"])}</h1>'
            f'<div class="msg">栏目：{esc(ex["prog"])}　{y}/{int(m)}/{int(d)}　<span>{_hm(rng)}</span></div>'
            f'<div class="wzg"><div class="wzg-t">【文字稿】</div>{text}</div>'
            f'<div class="bj">记者：张 巍 谭 露　编辑：李 静　责编：何 川</div></div>'
            f'<div class="wqhk"><h3>往期回看</h3><ul>{_rel(rng, others, 5, "{t}</a><em>{d}</em>")}</ul></div>'
            f'<div class="bqsm">版权声明：本网站所刊载信息，未经授权禁止转载、摘编、复制及建立镜像。</div></div>'
            f'<div class="foot">{esc(ex["tv"])} 版权所有　渝ICP备{_n(rng, 8)}号　信息网络传播视听节目许可证：{_n(rng, 7)}</div>')
    return f"<title>{esc(art['title'])}-{esc(ex['prog'])}-{esc(ex['tv'])}</title>", body, url


def yspw_dfsp_player(art, rng, others):
    """A 央视网-like video page: 正在播放 bar, player, 来源：央视网 with date and time, the
    text under 视频简介, 责任编辑 line, 热播 list with durations, 举报 and footer."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://news.cctv.com/{y}/{m}/{d}/VIDE{''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') for _ in range(20))}{y[2:]}{m}{d}.shtml"
    head = (f'<title>[新闻直播间]{esc(art["title"])}_CCTV节目官网_央视网(cctv.com)</title>'
            f'<meta name="keywords" content="綦江 稻田 收割"><meta name="description" content="{esc(art["body"][0][:60])}">')
    text = "".join(f"<p>{esc(p)}</p>" for p in art["body"])
    hot = "".join(f'<li><a>[新闻直播间]{esc(x)}</a><span>0{rng.randint(1, 4)}:{rng.randint(10, 59)}</span></li>' for x, _ in rng.sample(others, 4))
    body = (f'<div id="page_head"><a class="logo">CCTV.com 央视网</a><ul><li>首页</li><li>新闻</li><li>体育</li><li>综艺</li><li>直播</li></ul></div>'
            f'<div class="playingVideo"><div class="tit">正在播放：<span>[新闻直播间]{esc(art["title"])}</span></div>'
            f'<div id="myFlash" class="video_box"></div>'
            f'<div class="bofang"><span class="share">分享到：</span><span>微信</span><span>微博</span><span>客户端</span><span class="jubao">举报</span></div></div>'
            f'<div class="cnt_bd"><h1>{esc(art["title"])}</h1>'
            f'<div class="info">来源：央视网 | {y}年{m}月{d}日 {t}</div>'
            f'<div class="jianjie"><span class="jj">视频简介</span>{text}</div>'
            f'<div class="zebian">责任编辑：王晓 | 编辑：刘 芳</div></div>'
            f'<div class="rebo"><h3>热播</h3><ul>{hot}</ul></div>'
            f'<div class="page_bottom">Copyright 1997-{y} by www.cctv.com. All rights reserved　京ICP证060535号</div>')
    return head, body, url


def qubao_zonghe_three(art, rng, others):
    """A 区报 e-paper (XHTML, Founder-like) 综合版 article page: 版次 selector with PDF,
    上一版/下一版, the chosen report, and the page's other two short reports shown in full below
    (not body); the date in the masthead, the 版次 line and the URL."""
    y, m, d = _ymd(art)
    ex = EXTRA[art["id"]]
    ban = ex["ban"]
    url = f"http://epaper.{ex['host']}.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    text = "<br/>\n".join(f"　　{esc(p)}" for p in art["body"])
    rest = "".join(f'<div class="other"><h3><a href="#">{esc(t)}</a></h3><div class="txt">　　{esc(x)}</div></div>' for t, x in ex["others"])
    body = (f'<table width="1000" align="center"><tr><td class="logo">{esc(ex["paper"])}</td>'
            f'<td class="date">{y}年{m}月{d}日 星期{"一二三四五六日"[datetime.date(int(y), int(m), int(d)).weekday()]}</td></tr></table>'
            f'<table width="1000" align="center"><tr><td width="300" valign="top">'
            f'<div class="bc">第{ban}版：{esc(ex["banname"])}　<a href="#">PDF下载</a></div>'
            f'<div class="bmnav"><a href="#">第01版：要闻</a><br/><a href="#">第02版：综合</a><br/><a href="#">第03版：综合</a><br/><a href="#">第04版：专刊</a></div>'
            f'<div class="sx"><a href="#">上一版</a> <a href="#">下一版</a></div>'
            f'<div class="bmlist"><p>本版标题导航</p><ul><li>{esc(art["title"])}</li>' + "".join(f"<li>{esc(t)}</li>" for t, _ in ex["others"]) + '</ul></div></td>'
            f'<td valign="top"><div class="article"><founder-title><h1>{esc(art["title"])}</h1></founder-title>'
            f'<div class="ver">{esc(ex["paper"])} {y}年{m}月{d}日 第{ban}版</div>'
            f'<div id="ozoom" class="content"><founder-content>{text}</founder-content></div></div>'
            f'<div class="others"><p class="ot">本版其他新闻</p>{rest}</div>'
            f'<div class="shangxia"><a href="#">上一篇</a>　<a href="#">下一篇</a></div></td></tr></table>'
            f'<div class="copyright">{esc(ex["paper"])}社版权所有 未经书面授权不得复制或建立镜像</div>')
    return f"<title>{esc(ex['paper'])}数字报-{esc(art['title'])}</title>", body, url


TEMPLATES = {f.__name__: f for f in (jdb_djxw_gbk, tyjrj_mp_grzj, xzf_ldhd_xgld, kjj_xmsb_fujian,
                                      dst_xwlb_zcr, yspw_dfsp_player, qubao_zonghe_three)}


def main() -> None:
    write_set(HERE, "pages41", TEMPLATES, lambda art: "held-apart")


if __name__ == "__main__":
    main()
