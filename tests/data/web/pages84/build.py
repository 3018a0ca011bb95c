"""Build the eighty-fourth saved-page set (``pages84``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 信访局 portal 领导接访 公告/通知
(``xfj_jfap_gg``), a 区 体育局 公众号 全民健身 赛事 post with a 赛程 table (``tyj_mp_qmjs84``), a
县政府网 防汛 page on an old GBK table layout (``xzf_fxbs_gbk``), a 凤凰网-like 地方 报道 with a
player and 相关新闻 (``ifeng_dfbd_video``), a 区 城管局 portal 停车收费 听证 公告 (``cgj_tcsf_tzgg``),
a 学校 公众号 开学典礼 post (``xx_mp_kxdl``) and a 行业报 e-paper 专版 with a 企业宣传 box
(``hyb_epaper_zb``). ``articles.txt`` holds the title, date and reference body; the furniture
(not body) is written here. See README.md.

    python tests/data/web/pages84/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["何思远", "彭丽娟", "唐国栋", "罗晓雯", "蒋涛", "余佳琪", "廖建平", "付晓燕", "龚浩然", "陶静"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…`` or a short line without a full stop or colon)."""
    return (p.startswith(NUM_HEADS) or len(p) <= 6) and "。" not in p and "：" not in p


def _turn(p: str) -> bool:
    """A question turn of an interview (``记者：``/``问：``)."""
    return p.startswith(("记者：", "问："))


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f"<table {attrs}><tbody>" + "".join(
        "<tr>" + "".join(f'<td style="text-align:center"><span>{esc(c)}</span></td>' for c in r.split(" ")) + "</tr>"
        for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, turn=None, kv=None) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table, heads, turns and
    ``时间：``-style items marked by the given wrappers."""
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
        elif kv and p[:5].count("：") == 1 and p.startswith(("时间", "地点", "参加人员", "联系电话")):
            k, v = p.split("：", 1)
            out.append(kv(esc(k), esc(v)))
        else:
            out.append(para(esc(p)))
    return out


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="footer"><div class="ft-links"><a>网站地图</a>|<a>联系我们</a>|<a>网站声明</a></div>'
            f'<p>主办：{host}&nbsp;&nbsp;承办：{host}办公室</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1&nbsp;&nbsp;<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：{code}</p>'
            f'<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div></div>')


def xfj_jfap_gg(art, rng, others):
    """区 信访局 portal: 公告/通知 with an 接访 table or 时间：/地点： items (body), the 落款 and its date and
    附件 lines after the text (not body); p01 a visible 发布日期 line and 信息公开 grid, p02 the date only
    in meta PubDate and URL (its 落款 dated the day before)."""
    y, m, d = _ymd(art)
    place = art["place"]
    url = f"http://www.{'ddk' if place == '大渡口' else 'beibei'}.gov.cn/bm/qxfb/zwgk_{_n(rng, 5)}/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    visible = art["id"] == "p01"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em;"><strong>{t}</strong></p>',
                    kv=lambda k, v: f'<p style="text-indent:2em;"><span style="font-family:黑体">{k}：</span>{v}</p>')
    sd = int(d) if visible else int(d) - 1
    sign = (f'<p style="text-align:right;">{place}区信访办公室</p>'
            f'<p style="text-align:right;">{y}年{int(m)}月{sd}日</p>')
    att = (f'<p>附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.docx">{"接访预约登记表" if visible else "接访活动安排表"}.docx</a></p>')
    grid = (f'<table class="gkxx" width="100%"><tr><td>索引号：</td><td>1150010{_n(rng, 4)}/{y}-{_n(rng, 5)}</td><td>主题分类：</td><td>信访</td></tr>'
            f'<tr><td>发布机构：</td><td>{place}区信访办公室</td><td>成文日期：</td><td>{y}-{m}-{int(d) - 1:02d}</td></tr>'
            f'<tr><td>标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr></table>') if visible else ""
    info = (f'<div class="xl-info"><span>发布日期：{y}-{m}-{d}</span><span>来源：{place}区信访办</span>'
            f'<span>浏览次数：<script>document.write({_n(rng, 3)})</script></span>'
            f'<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>' if visible else
            f'<div class="xl-info"><span>来源：{place}区信访办</span>&nbsp;&nbsp;<span>【<a>打印本页</a>】【<a>关闭窗口</a>】</span></div>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span class="date">{dd.replace("-", "/")}</span></li>')
    body = (f'<div class="top"><span>{place}区人民政府</span><a>无障碍</a><a>长者模式</a><a>English</a></div>'
            f'<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进{place}</li></ul></div>'
            f'<div class="weizhi">您当前的位置：<a>首页</a>&gt;<a>部门</a>&gt;<a>区信访办</a>&gt;<a>通知公告</a></div>'
            f'<div class="con">{grid}<div class="xl-tit"><h1>{esc(art["title"])}</h1></div>{info}'
            f'<div class="zw TRS_Editor" id="zoom">' + "".join(blocks) + sign + att + '</div>'
            f'<div class="fx"><span>分享：</span><a class="wx"></a><a class="wb"></a><a class="qq"></a></div>'
            f'<div class="xl-tool"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
            f'<div class="xgxx"><div class="tit">相关信息</div><ul>{rel}</ul></div>'
            + _gov_foot(rng, f"重庆市{place}区人民政府", f"50010{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}_{place}区人民政府</title><meta name="SiteName" content="重庆市{place}区人民政府">'
            f'<meta name="ColumnName" content="通知公告"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="{place}区信访办">')
    return head, body, url


def tyj_mp_qmjs84(art, rng, others):
    """区 体育局 公众号: heads in coloured bars, a 赛程/成绩 table, a poster or a 图为 photo caption,
    a 报名 QR box, 来源/编辑/审核, 往期推荐, 阅读原文/点赞/在看 row."""
    y, m, d = _ymd(art)
    acct = f"{art['place']}体育"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    blocks = _paras(art["body"],
                    lambda t: f'<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;letter-spacing:1px;">{t}</span></p>',
                    head=lambda t: (f'<section style="text-align:center;margin:24px 0 12px;"><section style="display:inline-block;'
                                    f'background:#e8542f;color:#fff;padding:4px 16px;border-radius:14px;"><p><strong>{t}</strong></p></section></section>'))
    if art["id"] == "p03":
        blocks.insert(1, f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
                         '<p style="text-align:center"><span style="font-size:12px;color:#888">（海报设计：区体育局）</span></p>')
        extra = ('<section style="border:1px solid #e8542f;padding:10px;margin:16px 0;"><p style="text-align:center"><strong>扫码报名</strong></p>'
                 f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/0"></p>'
                 '<p style="text-align:center;font-size:13px;">长按识别二维码进入报名通道</p></section>')
        when = f"{y}年{int(m)}月{int(d)}日 {_hm(rng)}"
    else:
        blocks.insert(2, f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                         f'<p style="text-align:center"><span style="font-size:12px;color:#888">图为比赛现场，跑者沿长寿湖奔跑。（{rng.choice(WHO)} 摄）</span></p>')
        extra = ('<section style="background:#fff6f2;padding:10px;margin:16px 0;"><p><strong>小贴士</strong></p>'
                 '<p style="font-size:14px">赛后请及时补水、拉伸放松，如有不适请立即就医。</p></section>')
        when = f"{y}-{m}-{d} {_hm(rng)}"
    tail = (f'<p style="text-align:right"><span style="font-size:12px;color:#b2b2b2">来源：{esc(art["place"])}区体育局</span></p>'
            f'<p style="text-align:right"><span style="font-size:12px;color:#b2b2b2">编辑：{rng.choice(WHO)}&nbsp;|&nbsp;审核：{rng.choice(WHO)}</span></p>')
    rec = _rel(rng, others, 3, lambda t, dd: f'<p><a href="#"><span>▶ {t}</span></a></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n  {esc(art["title"])}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname" id="profileBt">'
            f'<a id="js_name">{esc(acct)}</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">{when}</em>'
            f'<em id="js_ip_wording_wrp">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(blocks) + extra + tail +
            f'<section><p style="text-align:center"><strong>往期推荐</strong></p>{rec}</section></div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span class="sns_opr_btn">分享</span><span>点赞 {rng.randint(10, 200)}</span><span>在看 {rng.randint(2, 60)}</span></div>'
            f'<div class="rich_media_extra"><p>留言</p><p>写留言</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0])}"><script>var ct = "{_epoch(art, _hm(rng))}";</script>')
    return head, body, url


def xzf_fxbs_gbk(art, rng, others):
    """县政府网 防汛: old GBK table layout, the text as `　　` `<br>` lines inside one `<font>` in one cell,
    a photo and caption at its top, p05 a `发布时间：YYYY年MM月DD日` line, p06 `日期：Y/M/D` and a later
    `更新时间`, 相关新闻 table with dates, 【打印】【关闭】, footer."""
    y, m, d = _ymd(art)
    place = art["place"]
    url = f"http://www.{'zhongxian' if place == '忠县' else 'cqdj'}.gov.cn/zwgk/zwdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    text = "<br>\n".join(f"{IND}{esc(p)}" for p in art["body"])
    text = f'<font style="font-size:15px;line-height:210%" face="宋体">{text}</font>'
    pic = (f'<p align="center"><img src="/picture/0/{_n(rng, 9)}.jpg" width="560" border="0"></p>'
           f'<p align="center"><font color="#555555" size="2">{"会议现场" if art["id"] == "p05" else "演练现场，救援人员驾驶冲锋舟转移群众"}（{rng.choice(WHO)} 摄）</font></p>')
    if art["id"] == "p05":
        info = (f'<td align="center" class="f12hui">发布时间：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;来源：县应急管理局&nbsp;&nbsp;&nbsp;&nbsp;'
                f'作者：{rng.choice(WHO)}&nbsp;&nbsp;&nbsp;&nbsp;点击：<script language="javascript">document.write({_n(rng, 3)});</script>次</td>')
        after = ""
    else:
        info = (f'<td align="center" class="f12hui">日期：{int(y)}/{int(m)}/{int(d)}&nbsp;&nbsp;信息来源：县防汛抗旱指挥部办公室'
                f'&nbsp;&nbsp;【字号：<a>大</a>&nbsp;<a>中</a>&nbsp;<a>小</a>】</td>')
        after = f'<tr><td align="right" class="f12hui">【更新时间：{y}-{m}-{int(d) + 2:02d} {_hms(rng)}】</td></tr>'
    rel = _rel(rng, others, 4, lambda t, dd: f'<tr><td>·<a>{t}</a></td><td width="90">{dd}</td></tr>')
    body = (f'<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td><img src="/images/banner.jpg" width="1002" height="150" alt="{place}人民政府"></td></tr>'
            f'<tr><td class="daohang" height="36"><a>网站首页</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>政务动态</a>'
            f'&nbsp;|&nbsp;<a>办事服务</a>&nbsp;|&nbsp;<a>政民互动</a>&nbsp;|&nbsp;<a>专题专栏</a></td></tr></table>'
            f'<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF"><tr>'
            f'<td height="32" class="weizhi">&nbsp;&nbsp;当前位置：<a>首页</a> &gt;&gt; <a>政务动态</a> &gt;&gt; <a>部门动态</a></td></tr>'
            f'<tr><td><table width="92%" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td height="70" align="center"><font size="5" color="#C00000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr>{info}</tr><tr><td height="10"><hr size="1" color="#cccccc"></td></tr>'
            f'<tr><td class="zw" valign="top">{pic}{text}</td></tr>{after}'
            f'<tr><td align="right"><a href="javascript:window.print()">【打印】</a>&nbsp;<a href="javascript:window.close()">【关闭】</a></td></tr>'
            f'<tr><td><table width="100%" class="xgxw"><tr><td colspan="2"><b>相关新闻</b></td></tr>{rel}</table></td></tr>'
            f'</table></td></tr></table>'
            f'<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom"><tr><td align="center">'
            f'<font color="#666666">主办单位：{place}人民政府办公室&nbsp;&nbsp;联系电话：023-{_n(rng, 8)}<br>'
            f'渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;网站标识码：500{_n(rng, 7)}&nbsp;&nbsp;渝公网安备{_n(rng, 14)}号</font></td></tr></table>')
    head = (f'<title>{esc(art["title"])}-{place}人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="keywords" content="防汛">')
    return head, body, url


def ifeng_dfbd_video(art, rng, others):
    """凤凰网-like 地方 报道: a player with its title and duration at the text's top, a 图为 caption, 记者：
    turns (p08), （编辑…）, a 原标题 line (p07), 相关新闻 with dates, 推荐视频 strip, 热点排行, footer."""
    y, m, d = _ymd(art)
    url = f"https://cq.ifeng.com/c/{_n(rng, 2)}{_wx_id(rng)[:9]}"
    blocks = _paras(art["body"], lambda t: f"<p>{t}</p>",
                    turn=lambda q, r: f"<p><strong>{q}：{r}</strong></p>")
    blocks = [b.replace("<p>县农业农村委负责人：", "<p><strong>县农业农村委负责人：</strong>") for b in blocks]
    player = (f'<div class="video_box" data-guid="{_wx_id(rng)}"><div class="player"><video poster="//x0.ifengimg.com/{_n(rng, 8)}.jpg" controls></video>'
              f'<span class="duration">0{rng.randint(1, 4)}:{rng.randint(10, 59)}</span></div>'
              f'<p class="video_title">{"视频｜" + esc(art["place"]) + "：柠檬丰收季" if art["id"] == "p07" else "视频｜智慧果园一键浇水"}</p></div>')
    photo = (f'<p class="detailPic"><img src="//x0.ifengimg.com/res/{y}/{_n(rng, 10)}.jpg"></p>'
             f'<p class="picIntro">图为{"工人在基地采摘柠檬" if art["id"] == "p07" else "果农用手机操控水肥一体化设备"}。{esc(rng.choice(WHO))} 摄</p>')
    blocks.insert(0, player)
    blocks.insert(4, photo)
    orig = (f'<p class="orig">原标题：{esc(art["place"])}返乡青年的“柠檬经”</p>' if art["id"] == "p07" else "")
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><a>{t}</a><span>{dd[5:]}</span></li>')
    vids = _rel(rng, others, 3, lambda t, dd: f'<div class="vitem"><img src="//x0.ifengimg.com/v.jpg"><p>{t}</p><span>03:1{rng.randint(0, 9)}</span></div>')
    body = (f'<div class="header"><a class="logo">凤凰网</a><ul class="nav"><li>资讯</li><li>财经</li><li>娱乐</li><li>视频</li><li>重庆</li></ul>'
            f'<div class="login">登录</div></div>'
            f'<div class="crumb"><a>凤凰网重庆</a> &gt; <a>区县</a> &gt; <a>正文</a></div>'
            f'<div class="main-left"><h1 class="topic">{esc(art["title"])}</h1>'
            f'<div class="info"><p class="time"><span>{y}年{m}月{d}日 {_hms(rng)}</span><span>来源：凤凰网重庆综合</span>'
            f'<span class="comment"><a>{rng.randint(0, 60)}</a>评论</span><span class="share-btn">分享</span></p></div>'
            f'<div class="main_content" id="main_content"><div class="text-3w2e3DBc">' + "".join(blocks) + orig +
            f'<p class="editor">（编辑 {rng.choice(WHO)}）</p></div></div>'
            f'<div class="copyright">凤凰网重庆原创，未经授权不得转载</div>'
            f'<div class="share"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="related"><h3>相关新闻</h3><ul>{rel}</ul></div>'
            f'<div class="videos"><h3>推荐视频</h3>{vids}</div>'
            f'<div class="cmt"><h3>网友评论</h3><textarea placeholder="文明上网，登录评论"></textarea><p>已有{rng.randint(0, 99)}人参与</p></div></div>'
            f'<div class="main-right"><div class="hot"><h3>热点排行</h3><ol>'
            + _rel(rng, others, 4, lambda t, dd: f"<li><a>{t}</a></li>") + '</ol></div></div>'
            f'<div class="footer"><p>凤凰新媒体 版权所有 Copyright © {y} Phoenix New Media Limited All Rights Reserved.</p>'
            f'<p>京ICP证{_n(rng, 6)}号 京公网安备{_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_凤凰网重庆_凤凰网</title><meta name="og:time " content="{y}-{m}-{d} {_hms(rng)}">'
            f'<meta name="keywords" content="{esc(art["place"])} 乡村振兴"><meta name="description" content="{esc(art["body"][0][:40])}">')
    return head, body, url


def cgj_tcsf_tzgg(art, rng, others):
    """区 城管局 portal: p09 a 听证 公告 (GBK) with 时间：/地点： items and a 收费 table (body), the 落款 and
    date and two 附件 lines (not body), info spans glued with no spaces; p10 news with a photo and
    `图为…（… 摄）` caption, 发布日期 `YYYY年MM月DD日` spans, 政务新媒体 QR box beside."""
    y, m, d = _ymd(art)
    place = art["place"]
    url = f"http://www.{'bishan' if place == '璧山' else 'rongchang'}.gov.cn/bm/qcsglj/zwxx_{_n(rng, 5)}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    gg = art["id"] == "p09"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;"><font face="仿宋_GB2312">{t}</font></p>',
                    head=lambda t: f'<p style="text-indent:2em;"><font face="黑体">{t}</font></p>',
                    kv=lambda k, v: f'<p style="text-indent:2em;"><font face="仿宋_GB2312">{k}：{v}</font></p>')
    if gg:
        tail = (f'<p style="text-indent:2em;">&nbsp;</p>'
                f'<p style="text-indent:2em;">附件：1.<a href="./P0{_n(rng, 8)}.doc">听证会参加人报名表</a></p>'
                f'<p style="text-indent:5em;">2.<a href="./P0{_n(rng, 8)}.pdf">停车泊位收费标准调整方案（征求意见稿）</a></p>'
                f'<p style="text-align:right;">{place}区城市管理局</p><p style="text-align:right;">{y}年{int(m)}月{int(d)}日</p>')
        info = (f'<div class="detail-info"><span>发布时间：{y}-{m}-{d} {_hms(rng)}</span><span>来源：{place}区城市管理局</span>'
                f'<span>作者：停车管理科</span><span>【字体：<a>大</a><a>中</a><a>小</a>】</span></div>')
    else:
        blocks.insert(2, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg"></p>'
                         f'<p style="text-align:center"><font face="楷体">图为听证会现场。（{rng.choice(WHO)} 摄）</font></p>')
        tail = ""
        info = (f'<div class="detail-info"><span>来源：{place}区城市管理局</span>&nbsp;&nbsp;&nbsp;<span>发布日期：{y}年{m}月{d}日</span>'
                f'&nbsp;&nbsp;&nbsp;<span>浏览量：<script>document.write("{_n(rng, 3)}")</script></span></div>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><span>[{dd}]</span><a>{t}</a></li>')
    body = (f'<div class="head"><div class="logo"><img src="/images/logo.png" alt="重庆市{place}区人民政府"></div>'
            f'<div class="search"><input value="请输入关键字"><a>搜索</a></div></div>'
            f'<div class="menu"><a>首页</a><a>机构概况</a><a>政务公开</a><a>城管动态</a><a>通知公告</a><a>互动交流</a></div>'
            f'<div class="location">当前位置：<a>首页</a> &gt; <a>区城市管理局</a> &gt; <a>{"通知公告" if gg else "城管动态"}</a></div>'
            f'<div class="detail"><div class="detail-title">{esc(art["title"])}</div>{info}'
            f'<div class="bt_content xl_con">' + "".join(blocks) + tail + '</div>'
            f'<div class="detail-bottom"><span>【责任编辑：{rng.choice(WHO)}】</span><a>【打印】</a><a>【关闭】</a></div>'
            f'<div class="detail-share">分享到：<a>微信</a><a>微博</a></div>'
            f'<div class="xgyd"><h4>相关阅读</h4><ul>{rel}</ul></div></div>'
            f'<div class="side"><div class="xmt"><h4>政务新媒体</h4><img src="/images/wx.jpg"><p>“{place}城管”微信公众号</p></div></div>'
            + _gov_foot(rng, f"重庆市{place}区城市管理局", f"50022{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}-重庆市{place}区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="{"通知公告" if gg else "城管动态"}">')
    return head, body, url


def xx_mp_kxdl(art, rng, others):
    """学校 公众号 开学典礼: a banner image, a 图为 caption, `1.` items and quoted speech (body), a boxed
    校训 slogan, 文字｜图片｜编辑｜审核 credits, 往期推荐, 阅读原文/点赞/在看 row."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s?__biz={_wx_id(rng)[:14]}==&mid={_n(rng, 10)}&idx=1&sn={_wx_id(rng)}"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2em;"><span style="font-size:16px;">{t}</span></p>')
    blocks.insert(0, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/640"></p>')
    blocks.insert(4, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                     f'<p style="text-align:center"><span style="font-size:12px;color:#7f7f7f">图为校长在开学典礼上讲话</span></p>')
    motto = ('<section style="border:2px solid #1e50a2;padding:12px;margin:20px 0;text-align:center">'
             '<p><strong><span style="color:#1e50a2">校训：厚德 励志 博学 笃行</span></strong></p></section>')
    who = rng.sample(WHO, 4)
    tail = ''.join(f'<p style="text-align:left"><span style="font-size:12px;color:#a5a5a5">{c}</span></p>'
                   for c in (f"文字｜{who[0]}", f"图片｜{who[1]}", f"编辑｜{who[2]}", f"审核｜{who[3]}"))
    rec = _rel(rng, others, 3, lambda t, dd: f'<p><a><span style="font-size:14px">{t}</span></a></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{esc(art["place"])}中学团委</span>'
            f'<span class="rich_media_meta_nickname"><a id="js_name">{esc(art["place"])}中学</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {_hm(rng)}</em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(blocks) + motto + tail +
            f'<section style="margin-top:20px"><p style="text-align:center"><strong>往期推荐</strong></p>{rec}</section>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/0"></p>'
            f'<p style="text-align:center"><span style="font-size:12px">分享 · 点赞 · 在看</span></p></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span><span>点赞</span><span>在看</span></div>'
            f'</div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";var nickname = "{esc(art["place"])}中学";</script>')
    return head, body, url


def hyb_epaper_zb(art, rng, others):
    """行业报 e-paper 专版: banner with date/weekday, 版次 selector (上一版/下一版/PDF), 版面 list, the 引题
    and 副题, a byline, the text as `<br>` lines in one div (bold-less 小标题 lines), a 企业宣传 box,
    责任编辑, 上一篇/下一篇, copyright."""
    y, m, d = _ymd(art)
    url = f"http://epaper.nongyecy.com/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    text = "<br/>\n".join(f"{IND}{esc(p)}" for p in art["body"])
    pages = "".join(f'<li><a>第A{i:02d}版：{n}</a></li>' for i, n in
                    enumerate(("要闻", "综合", "产业", "县域经济·丰都专版", "市场"), start=4))
    ad = ('<div class="zb-ad" style="border:1px solid #c60;padding:8px;margin-top:12px">'
          '<p><b>重庆丰牛食品有限公司</b></p><p>专注高品质牛肉20年 · 从牧场到餐桌</p>'
          f'<p>招商热线：400-{_n(rng, 3)}-{_n(rng, 4)}</p></div>')
    body = (f'<div class="banner"><img src="../../../images/logo.gif" alt="农业产业报"><span>{y}年{m}月{d}日 {_week(art)}</span>'
            f'<span>国内统一连续出版物号：CN11-{_n(rng, 4)}</span></div>'
            f'<div class="bcnav"><span id="bc">第A07版：县域经济·丰都专版</span>&nbsp;'
            f'<a>上一版</a>&nbsp;<a>下一版</a>&nbsp;<a href="../../../page/{y}-{m}/{d}/A07/{y}{m}{d}A07_pdf.pdf">PDF版</a>&nbsp;<a>往期查阅</a></div>'
            f'<div class="left"><div class="bmt"><img src="../../../page/{y}-{m}/{d}/A07/s.jpg"></div><ul class="bmlist">{pages}</ul>'
            f'<div class="bmarticles"><h4>本版新闻</h4><ul>' + _rel(rng, others, 3, lambda t, dd: f"<li><a>{t}</a></li>") + '</ul></div></div>'
            f'<div class="right"><div class="article">'
            f'<p class="yt">产业兴旺看县域</p><h1>{esc(art["title"])}</h1><p class="ft">全产业链综合产值突破60亿元</p>'
            f'<p class="author">本报记者 {rng.choice(WHO)} 通讯员 {rng.choice(WHO)}</p>'
            f'<div id="ozoom"><div class="content">{text}</div></div>{ad}'
            f'<p class="zb">责任编辑：{rng.choice(WHO)}</p>'
            f'<div class="sxp"><a>上一篇：{esc(others[0][0])}</a><br/><a>下一篇：{esc(others[1][0])}</a></div></div></div>'
            f'<div class="foot">农业产业报社 版权所有 未经授权禁止转载、摘编、复制或建立镜像</div>')
    head = (f'<title>{esc(art["title"])}--农业产业报</title><meta name="keywords" content="县域经济 肉牛">')
    return head, body, url


TEMPLATES = {"xfj_jfap_gg": xfj_jfap_gg, "tyj_mp_qmjs84": tyj_mp_qmjs84, "xzf_fxbs_gbk": xzf_fxbs_gbk,
             "ifeng_dfbd_video": ifeng_dfbd_video, "cgj_tcsf_tzgg": cgj_tcsf_tzgg, "xx_mp_kxdl": xx_mp_kxdl,
             "hyb_epaper_zb": hyb_epaper_zb}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages84", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used


if __name__ == "__main__":
    main()
