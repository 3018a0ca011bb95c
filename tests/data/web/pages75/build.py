"""Build the seventy-fifth saved-page set (``pages75``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 卫健委 portal 健康促进 活动 news page
(``wjw_jkcj_huodong``), a 区 公安分局 portal 户籍迁移 提示 with 办理材料 items
(``gaj_hjqy_tishi``), a 县 融媒体 公众号 直播带货 post (``xrm_mp_zhibo``), a 央视网-like 地方 报道
with a video player (``cctv_dfbd_video``), a 区 司法局 portal 以案释法 调解案例 with 法条链接
(``sfj_tjal_fatiao``), a 镇 公众号 森林防火 通告 / news post (``zhen_mp_fhtg``) and a 区报 e-paper
第三版 人物故事 (``qubao_sanban_renwu``). ``articles.txt`` holds the title, date and reference body;
the furniture (not body) is written here. See README.md.

    python tests/data/web/pages75/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["唐晓雯", "袁野", "付春梅", "冉启明", "谭丽娟", "熊浩", "牟小川", "向雪", "江涛"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…`` or ``【…】`` without a full stop)."""
    return (p.startswith(NUM_HEADS) or (p.startswith("【") and p.endswith("】"))) and "。" not in p


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _icp(rng) -> str:
    return f"渝ICP备{_n(rng, 8)}号-{rng.randint(1, 3)}"


def wjw_jkcj_huodong(art, rng, others):
    """区 卫健委 portal news: adjacent info spans with &nbsp;, a photo + caption after the lead,
    p02 bold 一、 heads and an 活动安排 table (rows body)."""
    y, m, d = _ymd(art)
    url = f"http://www.ddk.gov.cn/bm/qwsjkw/zwxx_97185/dt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    out, rows = [], []
    for i, p in enumerate(art["body"] + [None]):
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append('<table border="1" cellpadding="4" style="border-collapse:collapse" align="center"><tbody>'
                       + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r.split(" ")) + "</tr>" for r in rows)
                       + "</tbody></table>")
            rows = []
        if p is None:
            break
        if _head(p):
            out.append(f'<p style="text-indent:2em;"><strong>{esc(p)}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;">{esc(p)}</p>')
        if i == 0:
            out.append(f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                       f'<p style="text-align:center">{"图为医务人员为居民测量血压。" if art["id"] == "p01" else "图为启动仪式现场。"}'
                       f'（区卫生健康委供图）</p>')
    t = _hms(rng)
    rel = _rel(rng, others, 5, lambda tt, dd: f'<li><span>{dd}</span><a href="#">{tt}</a></li>')
    body = (f'<div class="top-bar"><span>欢迎访问重庆市大渡口区人民政府网站</span><a>无障碍</a><a>长者模式</a>'
            f'<a>English</a></div><div class="banner"><img src="/images/logo.png" alt="重庆市大渡口区人民政府"></div>'
            f'<div class="menu"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进大渡口</a></div>'
            f'<div class="dqwz">当前位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区卫生健康委</a> &gt; <a>工作动态</a></div>'
            f'<div class="xl_con"><div class="xl_title"><h2>{esc(art["title"])}</h2></div>'
            f'<div class="xl_info"><span>发布日期：{y}-{m}-{d} {t}</span>&nbsp;&nbsp;&nbsp;<span>来源：区卫生健康委</span>'
            f'&nbsp;&nbsp;&nbsp;<span>浏览次数：<script>document.write({_n(rng, 3)})</script></span>&nbsp;&nbsp;&nbsp;'
            f'<span>字号：[ <a>大</a> <a>中</a> <a>小</a> ]</span></div>'
            f'<div class="TRS_Editor"><div class="view">{"".join(out)}</div></div>'
            f'<div class="bjxx">（责任编辑：{rng.choice(WHO)}）</div>'
            f'<div class="fx"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="dy"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
            f'<div class="xgwz"><h3>相关文章</h3><ul>{rel}</ul></div>'
            f'<div class="footer"><p>主办：重庆市大渡口区人民政府办公室　承办：重庆市大渡口区大数据应用发展管理中心</p>'
            f'<p>{_icp(rng)}　渝公网安备 5001040200{_n(rng, 4)}号　网站标识码：5001040001</p></div>')
    head = (f'<title>{esc(art["title"])}_工作动态_重庆市大渡口区人民政府</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {t[:5]}">'
            f'<meta name="ColumnName" content="工作动态">')
    return head, body, url


def gaj_hjqy_tishi(art, rng, others):
    """区 公安分局 portal 户政 page: p03 no visible date (only meta/URL), bold heads, 办理材料 items;
    a 办事指南 card and a 警方提示 tip box beside the text, 扫一扫 QR line."""
    y, m, d = _ymd(art)
    url = f"http://gaj.cq.gov.cn/jlpfj/jwgk/hzgl/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    paras = "".join(f'<p style="text-indent:2em"><b>{esc(p)}</b></p>' if _head(p)
                    else f'<p style="text-indent:2em">{esc(p)}</p>' for p in art["body"])
    t = _hm(rng)
    date_span = "" if art["id"] == "p03" else f"<span>发布时间：{y}年{m}月{d}日</span>"
    info = (f'{date_span}<span>信息来源：九龙坡区公安分局</span><span>阅读次数：{_n(rng, 4)}</span>'
            f'<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span>')
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a href="#">{tt}</a>&nbsp;&nbsp;{dd.replace("-", "/")}</li>')
    body = (f'<div id="head"><div class="logo">重庆市公安局九龙坡区分局</div><div class="jh"><img src="/img/jh.png"></div></div>'
            f'<div id="nav"><a>首页</a><a>警务公开</a><a>办事服务</a><a>警民互动</a><a>警方提示</a></div>'
            f'<div class="wz">您所在的位置：首页 &gt;&gt; 警务公开 &gt;&gt; 户政管理</div>'
            f'<div class="main"><div class="con"><div class="bt">{esc(art["title"])}</div>'
            f'<div class="sj">{info}</div><div class="zw">{paras}</div>'
            f'<div class="zrbj">【责任编辑：{rng.choice(WHO)}】</div>'
            f'<div class="gj"><a>【打印】</a><a>【关闭】</a><span>扫一扫在手机打开当前页<img src="/qr.png"></span></div></div>'
            f'<div class="right"><div class="card" style="border:1px solid #1d4f91"><h4>办事指南</h4>'
            f'<p>户籍业务办理时间：周一至周五 9:00-12:00 14:00-17:30</p><p>办理地点：各派出所户籍窗口</p>'
            f'<p>监督电话：023-68780000</p></div>'
            f'<div class="tip" style="background:#fff7e6"><h4>警方提示</h4><p>办理户籍业务不收取任何费用，'
            f'请勿轻信“代办”“加急”等信息。</p></div>'
            f'<div class="xg"><h4>相关信息</h4><ul>{rel}</ul></div></div></div>'
            f'<div class="foot">重庆市公安局九龙坡区分局 版权所有　地址：九龙坡区杨家坪正街<br>{_icp(rng)}　网站标识码：5000000041</div>')
    head = (f'<title>{esc(art["title"])}-重庆市公安局九龙坡区分局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="publishdate" content="{y}-{m}-{d} {t}:00"><meta name="keywords" content="户籍,户口迁移">')
    return head, body, url


def xrm_mp_zhibo(art, rng, others):
    """县 融媒体 公众号 post: 点击蓝字 banner, a 编者按-like lead box, photos with ▲ captions, bold
    list items, 时间/地点 lines (p06), credits, QR, 阅读原文/赞/在看 row, 往期推荐."""
    y, m, d = _ymd(art)
    url = "https://mp.weixin.qq.com/s/" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTabcdefghjkmnpqrs0123456789_-") for _ in range(22))
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith(("1.", "2.", "3.")):
            out.append(f'<section style="margin-left:16px"><p><strong><span style="color:#e6550d">{esc(p)}</span></strong></p></section>')
        elif p.startswith(("报名时间：", "报名地点：")):
            k, v = p.split("：", 1)
            out.append(f'<p><span style="color:#c00000"><strong>{k}：</strong></span><span>{esc(v)}</span></p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i in (1, 4):
            cap = {("p05", 1): "▲直播现场", ("p05", 4): "▲工作人员分拣打包夏橙", ("p06", 1): "▲培训现场",
                   ("p06", 4): "▲学员在直播间实操"}[(art["id"], i)]
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 9)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{cap}</span></p>')
    who = rng.sample(WHO, 4)
    content = ('<section><p style="text-align:center"><span style="color:#1e6fd9">点击蓝字 关注我们</span></p></section>'
               + "".join(out)
               + f'<p style="font-size:12px;color:#999">记者：{who[0]} {who[1]}</p>'
               f'<p style="font-size:12px;color:#999">编辑：{who[2]}　责编：{who[3]}　审核：{who[0]}</p>'
               f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr/{_n(rng, 6)}/640"></p>'
               f'<p style="text-align:center;font-size:12px">长按二维码 关注“奉节发布”</p>'
               f'<p style="text-align:center;font-size:12px">来源：奉节县融媒体中心</p>')
    t = _hm(rng)
    rec = _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a></li>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="wx_tap_link">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">奉节县融媒体中心</span>'
            f'<span class="rich_media_meta_nickname"><a id="js_name">奉节发布</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            f'<em id="js_ip_wording_wrp">发表于重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{content}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<a>分享</a><a>点赞 {rng.randint(10, 99)}</a><a>在看 {rng.randint(3, 40)}</a></div>'
            f'<div class="rich_media_extra"><h3>往期推荐</h3><ul>{rec}</ul></div>'
            f'<div id="js_cmt_area"><p>写留言</p></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}";var nickname = "奉节发布";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}"><meta property="og:url" content="{url}">'
    return head, body, url


def cctv_dfbd_video(art, rng, others):
    """央视网-like 地方 报道: a video player with 播放/时长/播放量 before the text, kicker, split
    date line, 编辑/责任编辑 line, a second short 相关 story, share + 热播 list."""
    y, m, d = _ymd(art)
    url = f"https://news.cctv.com/{y}/{m}/{d}/ARTI{''.join(rng.choice('ABCDEFGHabcdefgh0123456789') for _ in range(22))}{y[2:]}{m}{d}.shtml"
    paras = "".join(f"<p>{IND}{esc(p)}</p>" for p in art["body"])
    t = _hm(rng)
    hot = _rel(rng, others, 5, lambda tt, dd: f'<li><a>{tt}</a><span class="time">{dd[5:]}</span></li>')
    who = rng.sample(WHO, 2)
    body = (f'<div class="head_nav"><a>央视网</a><a>新闻</a><a>体育</a><a>综艺</a><a>直播</a><a>片库</a></div>'
            f'<div class="column_wrapper"><div class="col_w660"><div class="title_area">'
            f'<div class="kicker">【地方联播】</div><h1>{esc(art["title"])}</h1>'
            f'<div class="info1">来源：<a>央视网</a>&nbsp;|&nbsp;{y}年{m}月{d}日 {t}</div></div>'
            f'<div class="video_box" id="myFlash"><div class="player"><span>播放</span><span>00:00 / 01:{rng.randint(10, 59)}</span>'
            f'<span>高清</span><span>全屏</span></div><p class="vtitle">[新闻直播间]{esc(art["title"])}</p>'
            f'<p class="vcount">播放量：{rng.randint(2, 9)}.{rng.randint(0, 9)}万</p></div>'
            f'<div class="content_area" id="content_area">{paras}'
            f'<div class="zebian"><span>编辑：{who[0]}</span>　<span>责任编辑：{who[1]}</span></div></div>'
            f'<div class="more_story"><h3>相关报道</h3><p class="t">重庆黔江：冰雪季开启 游客体验山地滑雪</p>'
            f'<p>{IND}连日来，黔江区多个景区迎来冰雪游客流，当地推出冬季门票优惠，吸引周边游客前来游玩。</p>'
            f'<p class="src">（来源：重庆广播电视台）</p></div>'
            f'<div class="share"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ</a></div></div>'
            f'<div class="col_w300"><div class="hot"><h3>热播</h3><ul>{hot}</ul></div></div></div>'
            f'<div class="footer"><p>中央广播电视总台 版权所有 未经授权禁止转载</p><p>京ICP证060535号 网上传播视听节目许可证（0102004）号</p></div>')
    head = (f'<title>{esc(art["title"])}_新闻频道_央视网(cctv.com)</title><meta name="description" content="{esc(art["body"][0][:60])}">'
            f'<meta name="publishdate" content="{y}-{m}-{d}">')
    return head, body, url


def sfj_tjal_fatiao(art, rng, others):
    """区 司法局 old table-layout portal: 【…】 heads, a 法条链接, <font> paragraphs, 更新时间 beside
    发布时间, 以案释法 kicker above the title (part of the headline here), a 普法 card."""
    y, m, d = _ymd(art)
    url = f"http://www.cqbn.gov.cn/bm/sfj/zwxx/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    lines = "".join(f'<font face="宋体" size="3">{IND}{"<b>" + esc(p) + "</b>" if _head(p) else esc(p)}</font><br><br>'
                    for p in art["body"])
    upd = f"{y}-{int(m)}-{int(d) + 1}"
    t = _hms(rng)
    rel = _rel(rng, others, 4, lambda tt, dd: f'<tr><td>·<a href="#">{tt}</a></td><td align="right">{dd}</td></tr>')
    body = (f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/sfj_banner.jpg"></td></tr>'
            f'<tr><td class="nav"><a>首页</a> | <a>机构概况</a> | <a>工作动态</a> | <a>法治宣传</a> | <a>人民调解</a> | <a>公共法律服务</a></td></tr></table>'
            f'<table width="1000" align="center"><tr><td width="220" valign="top" class="left"><div class="lm">工作动态</div>'
            f'<ul><li>司法动态</li><li>以案释法</li><li>通知公告</li></ul>'
            f'<div class="pfk" style="border:1px solid #ccc"><b>法律援助</b><br>热线电话：12348<br>地址：巴南区鱼洞街道龙洲大道</div></td>'
            f'<td valign="top"><div class="position">您现在的位置：首页 &gt; 工作动态 &gt; 以案释法</div>'
            f'<table width="100%"><tr><td align="center" class="bt_title"><font size="5" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="bt_info">发布时间：{y}-{m}-{d}&nbsp;&nbsp;更新时间：{upd}&nbsp;&nbsp;来源：巴南区司法局&nbsp;&nbsp;'
            f'【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
            f'<tr><td class="bt_content" id="zoom">{lines}</td></tr>'
            f'<tr><td align="right">（供稿：{rng.choice(["李家沱司法所", "龙洲湾司法所"])}　编辑：{rng.choice(WHO)}）</td></tr>'
            f'<tr><td align="center"><a>【打印本页】</a>&nbsp;<a>【关闭窗口】</a>&nbsp;<a>【返回顶部】</a></td></tr></table>'
            f'<table width="100%" class="xgxx"><tr><td colspan="2"><b>相关信息</b></td></tr>{rel}</table></td></tr></table>'
            f'<table width="1000" align="center" class="foot"><tr><td align="center">主办单位：重庆市巴南区司法局　'
            f'技术支持：巴南区大数据中心<br>{_icp(rng)}　渝公网安备50011302{_n(rng, 6)}号　网站标识码：5001130022</td></tr></table>')
    head = (f'<title>{esc(art["title"])}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}">')
    return head, body, url


def zhen_mp_fhtg(art, rng, others):
    """镇 公众号 post: p10 a 通告 with bold heads, items, 特此通告 and 落款 (signature + date, NOT body),
    a fire-safety slogan banner image; p11 时间/地点/参加人员 lines, quoted speech, a 防火口号 tip box."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s?__biz=MzI{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 8):x}"
    out = []
    for p in art["body"]:
        if _head(p):
            out.append(f'<p><strong><span style="color:#d92121">{esc(p)}</span></strong></p>')
        elif p.startswith(("时间：", "地点：", "参加人员：")):
            k, v = p.split("：", 1)
            out.append(f'<section><span style="font-weight:bold">{k}：</span>{esc(v)}</section>')
        else:
            out.append(f'<p style="text-indent:2em"><span>{esc(p)}</span></p>')
    if art["id"] == "p10":
        out.append(f'<p style="text-align:right"><span>坪坝镇人民政府</span></p>'
                   f'<p style="text-align:right"><span>{y}年{int(m)}月{int(d) - 1}日</span></p>')
        out.insert(0, '<section style="background:#fff3e0;padding:8px"><p style="text-align:center"><strong>'
                      '森林防火 人人有责</strong></p></section>')
    else:
        out.insert(2, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 9)}/640"></p>'
                      '<p style="text-align:center"><span style="font-size:12px">▲演练现场</span></p>')
        out.append('<section style="border:1px dashed #2e7d32;padding:10px"><p><strong>防火小贴士</strong></p>'
                   '<p>进山不带火，野外不用火，发现火情及时报告。</p><p>森林火警电话：12119</p></section>')
    who = rng.sample(WHO, 3)
    t = _hm(rng)
    content = ("".join(out) + f'<p style="font-size:12px;color:#aaa">供稿：镇应急办</p>'
               f'<p style="font-size:12px;color:#aaa">编辑｜{who[0]}　审核｜{who[1]}　终审｜{who[2]}</p>'
               '<p style="text-align:center">分享、点赞、在看，一键三连</p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title">{esc(art["title"])}</h1>'
            f'<div class="rich_media_meta_list"><a id="js_name">魅力坪坝</a>'
            f'<em id="publish_time">{y}年{int(m)}月{int(d)}日 {t}</em><em>重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">{content}</div>'
            f'<div class="bottom"><a>阅读原文</a><span>阅读 {_n(rng, 3)}</span><span>赞 {rng.randint(5, 60)}</span>'
            f'<span>分享</span><span>在看 {rng.randint(1, 20)}</span></div><div class="cmt"><p>留言</p></div></div></div>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def qubao_sanban_renwu(art, rng, others):
    """区报 e-paper 第03版 人物: issue line, 版次 select, 上一版/下一版/PDF, 引题 kicker, byline, <br>
    paragraphs with 　　 in one div, a photo caption inside, a 人物名片 box, a second short story."""
    y, m, d = _ymd(art)
    url = f"http://epaper.qjrb.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    lines = [f"{IND}{esc(p)}" for p in art["body"]]
    lines.insert(3, f'<img src="../../../res/1/{y}{m}{d}/{_n(rng, 13)}.jpg"><br>{IND}罗永福在检修供水阀门。　记者 {rng.choice(WHO)} 摄')
    sel = "".join(f'<option{" selected" if i == 3 else ""}>第{i:02d}版：{n}</option>'
                  for i, n in enumerate(["要闻", "综合", "人物", "副刊"], 1))
    titles = "".join(f"<li><a>{esc(tt)}</a></li>" for tt, _ in rng.sample(others, 2))
    body = (f'<table width="1000" align="center"><tr><td class="tb">綦江日报　{y}年{m}月{d}日　{_week(art)}　'
            f'<a>往期回顾</a></td></tr></table>'
            f'<div class="banmian"><select>{sel}</select><a>上一版</a> <a>下一版</a> <a>PDF下载</a>'
            f'<img src="../../../page/1/{y}-{m}/{d}/03/{_n(rng, 6)}.jpg" usemap="#PagePicMap"></div>'
            f'<div class="bbtm"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>{titles}</ul></div>'
            f'<div class="detail"><h3 class="yt">身边的榜样</h3><h1>{esc(art["title"])}</h1>'
            f'<div class="author">本报记者 {rng.choice(WHO)} 通讯员 {rng.choice(WHO)}</div>'
            f'<div id="ozoom" class="article-box">{"<br>".join(lines)}</div>'
            f'<div class="mp" style="border:1px solid #999"><b>人物名片</b><br>罗永福，东溪镇人，1992年起担任镇水管员，'
            f'曾获区“最美基层工作者”称号。</div>'
            f'<div class="second"><h3>“小水管”连着大民生</h3><p>{IND}农村供水是民生大事。像罗永福这样的水管员，'
            f'守护着千家万户的用水安全。（江涛）</p></div>'
            f'<div class="gj"><a>【打印】</a><a>【关闭】</a><a>【返回目录】</a></div></div>'
            f'<div class="copyright">版权声明：綦江日报社所有作品，未经授权禁止转载、摘编。</div>')
    head = f'<title>{esc(art["title"])}--綦江日报</title>'
    return head, body, url


TEMPLATES = {"wjw_jkcj_huodong": wjw_jkcj_huodong, "gaj_hjqy_tishi": gaj_hjqy_tishi, "xrm_mp_zhibo": xrm_mp_zhibo,
             "cctv_dfbd_video": cctv_dfbd_video, "sfj_tjal_fatiao": sfj_tjal_fatiao, "zhen_mp_fhtg": zhen_mp_fhtg,
             "qubao_sanban_renwu": qubao_sanban_renwu}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages75", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
