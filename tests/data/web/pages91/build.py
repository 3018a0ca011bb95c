"""Build the ninety-first saved-page set (``pages91``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 公共资源交易中心 portal (中标结果公示 with a
table; 中心 news) (``ggzy_zbgs91``), a 区 总工会 公众号 职工 疗休养 post (``zgh_mp_lxy91``), a 县
政府网 政务服务 便民 news (``xzf_bmfw91``), a 人民网-like 地方 领导 调研 报道 (``rmw_ldyd91``), a 区
林业局 portal 林长制 news (``lyj_lzz91``), a 社区 公众号 夏令营 报名 post (``sq_mp_xly91``) and a
县报 e-paper 第03版 通讯 (``xb_epaper_tx91``). ``articles.txt`` holds the title, date and reference
body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages91/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["冉晓峰", "谭丽娟", "向明杰", "秦雪", "邓永刚", "黄小燕", "牟俊", "熊丹丹", "田宏伟"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")
KV = ("时间：", "地点：", "对象：", "人数：", "方式：", "编号：", "招标人：", "代理机构：")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：")


def _head(p: str) -> bool:
    """A subheading inside the text: ``一、…`` or a short line with no sentence or colon punctuation."""
    return (p.startswith(NUM_HEADS) or (len(p) <= 26 and not p[0].isdigit())) and not any(c in p for c in "。？！；：")


def _turn(p: str) -> str:
    """``q`` for a question turn (``问：``/``记者：``), ``a`` for a name's answer, '' otherwise."""
    if p.startswith(("问：", "记者：")):
        return "q"
    k = p.split("：", 1)[0]
    return "a" if "：" in p and 2 <= len(k) <= 3 and not any(c in k for c in "，。") else ""


def _kv(p: str) -> bool:
    """A notice's ``活动时间：…``-style item (label up to the first colon)."""
    k = p.split("：", 1)[0] + "："
    return "：" in p and len(k) <= 7 and k.endswith(KV)


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f"<table {attrs}><tbody>" + "".join(
        "<tr>" + "".join(f'<td style="text-align:center"><span>{esc(c)}</span></td>' for c in r.split(" ")) + "</tr>"
        for r in rows) + "</tbody></table>")


def _blocks(body, para, head=None, turn=None, ans=None, kv=None) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table; heads, turns, answers
    and ``时间：`` items through the given wrappers (plain ``para`` when a wrapper is None)."""
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
        t = _turn(p)
        if turn and t == "q":
            k, v = p.split("：", 1)
            out.append(turn(esc(k), esc(v)))
        elif ans and t == "a":
            k, v = p.split("：", 1)
            out.append(ans(esc(k), esc(v)))
        elif kv and _kv(p):
            k, v = p.split("：", 1)
            out.append(kv(esc(k), esc(v)))
        elif head and _head(p):
            out.append(head(esc(p)))
        else:
            out.append(para(esc(p)))
    return out


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="footer"><div class="ft-links"><a>网站地图</a>|<a>联系我们</a>|<a>网站声明</a>|<a>纠错</a></div>'
            f'<p>主办：{host}&nbsp;&nbsp;承办：{host}办公室</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1&nbsp;&nbsp;<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：{code}</p>'
            f'<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div></div>')


def _wx_tail(rng, acct: str, who) -> str:
    return (f'<section style="margin-top:20px;font-size:13px;color:#888"><p>来源：{esc(acct)}</p>'
            f'<p>编辑：{who[0]}&nbsp; 审核：{who[1]}</p></section>'
            f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr_{_n(rng, 6)}.png"><p>长按识别二维码 关注我们</p></section></div>'
            f'<div id="js_tags" class="article-tag__list"></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<a class="like">分享</a><a class="praise">点赞 {rng.randint(5, 90)}</a><a>在看 {rng.randint(1, 40)}</a></div>'
            f'<div class="rich_media_area_extra"><p>写留言</p><p>留言</p><p>暂无留言</p></div>')


def ggzy_zbgs91(art, rng, others):
    """区 公共资源交易中心 portal (Epoint-like ``ewb-`` classes): p01 (GBK) a 中标结果公示 with a
    candidates table, `项目编号：` items and 一、 heads; signature (招标人/代理机构 and date) and an
    附件 line inside the text div (not body); `【信息时间：YYYY-MM-DD 阅读次数：<script>】` bar. p02 中心
    news with `1.` items and no visible date (meta PubDate and URL only)."""
    y, m, d = _ymd(art)
    place = art["place"]
    first = art["id"] == "p01"
    col = "中标结果公示" if first else "中心动态"
    url = (f"https://ggzy.{'cqqj' if first else 'bishan'}.gov.cn/jyxx/{'003001/003001004' if first else 'zxdt'}/"
           f"{y}{m}{d}/{_n(rng, 8)}-{_n(rng, 4)}-{_n(rng, 4)}.html")
    blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2;"><span style="font-size:16px;">{t}</span></p>',
                     head=lambda t: f'<p style="text-indent:2em;"><b><span style="font-size:16px;">{t}</span></b></p>',
                     kv=lambda k, v: f'<p style="text-indent:2em;"><span>{k}：</span><span>{v}</span></p>')
    if first:
        tail = (f'<p style="text-align:right;">招标人：重庆市綦江区古南街道办事处</p>'
                f'<p style="text-align:right;">招标代理机构：重庆恒远工程咨询有限公司</p>'
                f'<p style="text-align:right;">{int(y)}年{int(m)}月{int(d)}日</p>'
                f'<p>附件：<a href="/attach/{_n(rng, 6)}.pdf">中标候选人公示表.pdf</a></p>')
        intro = (f'<div class="ewb-info-intro">【信息时间：<span id="infodate">{y}-{m}-{d}</span>&nbsp;&nbsp;&nbsp;'
                 f'阅读次数：<span id="infoViewCount"><script>document.write({_n(rng, 3)})</script></span>】'
                 f'&nbsp;&nbsp;【<a>我要打印</a>】&nbsp;&nbsp;【<a>关闭</a>】</div>')
        meta = ""
    else:
        tail = ""
        intro = (f'<div class="ewb-info-intro">信息来源：{place}区公共资源交易中心&nbsp;&nbsp;&nbsp;'
                 f'【字号：<a>大</a> <a>中</a> <a>小</a>】&nbsp;&nbsp;【<a>我要打印</a>】</div>')
        meta = f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
    side = "".join(f"<li><a>{x}</a></li>" for x in ("招标公告", "变更公告", "中标候选人公示", "中标结果公示", "合同公示", "异常公告"))
    rel = _rel(rng, others, 4, lambda t, dd: f'<li class="ewb-list-node"><a title="{t}">{t}</a><span class="ewb-list-date">{dd}</span></li>')
    body = (f'<div class="ewb-header"><img src="/images/logo.png" alt="{place}区公共资源交易网"><div class="ewb-login"><a>主体登录</a><a>CA办理</a><a>专家登录</a></div></div>'
            f'<div class="ewb-nav"><ul><li>首页</li><li>交易信息</li><li>中心动态</li><li>政策法规</li><li>办事指南</li><li>信用信息</li><li>下载专区</li></ul></div>'
            f'<div class="ewb-location">您现在的位置：<a>首页</a> &gt; <a>交易信息</a> &gt; <a>工程建设</a> &gt; <a>{col}</a></div>'
            f'<div class="ewb-container"><div class="ewb-left"><h3>工程建设</h3><ul>{side}</ul></div>'
            f'<div class="ewb-right"><div class="ewb-info"><h3 class="ewb-info-tt">{esc(art["title"])}</h3>{intro}'
            f'<div class="ewb-info-bd" id="mainContent">' + "".join(blocks) + tail + '</div></div>'
            f'<div class="ewb-relate"><h4>相关信息</h4><ul>{rel}</ul></div></div></div>'
            f'<div class="ewb-footer"><p>主办单位：{place}区公共资源交易中心&nbsp; 技术支持：国泰新点软件股份有限公司</p>'
            f'<p>服务热线：023-{_n(rng, 8)}&nbsp; 渝ICP备{_n(rng, 8)}号&nbsp; 渝公网安备 {_n(rng, 14)}号</p>'
            f'<p>建议使用1366*768分辨率 IE9以上浏览器</p></div>')
    head = f'<title>{esc(art["title"])}-{place}区公共资源交易网</title>{meta}'
    return head, body, url


def zgh_mp_lxy91(art, rng, others):
    """区 总工会 公众号: p03 a 疗休养 报名 notice (一、 heads in coloured section bars, `1.` items, a
    温馨提示 box, signature, 附件 line, visible `YYYY-MM-DD hh:mm`); p04 a 回访 with bold `问：` turns,
    name answers, a ▲ caption, 文/图 credit, dated only in the script's ``ct``."""
    y, m, d = _ymd(art)
    place = art["place"]
    acct = f"{place}工会"
    who = rng.sample(WHO, 3)
    first = art["id"] == "p03"
    blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;">{t}</span></p>',
                     head=lambda t: (f'<section style="margin:16px 0 8px;"><section style="display:inline-block;background:#c8161d;color:#fff;padding:3px 12px;border-radius:12px;">'
                                     f'<p><strong>{t}</strong></p></section></section>'),
                     turn=lambda k, v: f'<p style="line-height:1.75em;"><strong><span style="color:#c8161d;">{k}：{v}</span></strong></p>',
                     ans=lambda k, v: f'<p style="text-indent:2em;line-height:1.75em;"><strong>{k}：</strong>{v}</p>')
    if first:
        blocks.append(f'<section style="border:1px dashed #c8161d;padding:10px;margin:15px 0;"><p><strong>温馨提示</strong></p>'
                      f'<p>参加疗休养的职工请自备常用药品和换洗衣物，基地海拔较高，早晚温差大，请注意添衣保暖。</p></section>')
        blocks.append(f'<p style="text-align:right;">{place}区总工会</p><p style="text-align:right;">{y}年{int(m)}月{int(d)}日</p>'
                      f'<p style="font-size:13px;">附件：{place}区一线职工疗休养推荐表（点击文末“阅读原文”下载）</p>')
        pt = f"{y}-{m}-{d} {_hm(rng)}"
        script = ""
    else:
        blocks.insert(3, f'<p style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                         f'<p style="text-align:center;"><span style="font-size:12px;color:#888;">▲职工在濯水古镇参加健康讲座</span></p>')
        blocks.append(f'<p style="text-align:right;font-size:13px;color:#888;">文/图：{who[2]}</p>'
                      f'<section><p><strong>往期推荐</strong></p>' + _rel(rng, others, 3, lambda t, dd: f"<p><a>{t}</a></p>") + '</section>')
        pt = ""
        script = f'<script>var ct = "{_epoch(art, _hm(rng))}";var nickname = "{acct}";</script>'
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{"原创" if first else ""}</span>'
            f'<span class="rich_media_meta_nickname"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{pt}</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">'
            f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/640"></section>'
            + "".join(blocks) + _wx_tail(rng, acct, who) + '</div></div></div>' + script)
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}"><meta property="og:url" content="https://mp.weixin.qq.com/s/{_wx_id(rng)}">'
    return head, body, f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"


def xzf_bmfw91(art, rng, others):
    """县 政府网 政务服务 便民 news: p05 (GBK) an old table layout, the text as `　　` `<br>` lines in one
    `<font>` cell, `发布时间：YYYY年MM月DD日` beside a `<script>` counter and a later `更新时间`; p06 a div page
    with `日期：Y/M/D`, a photo and its `图为…` caption inside the text, `1.` items, 相关链接."""
    y, m, d = _ymd(art)
    place = art["place"]
    if art["id"] == "p05":
        url = f"http://www.cqck.gov.cn/zwxx/bmdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
        text = "<br><br>".join(IND + esc(p) for p in art["body"])
        body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner.jpg" width="1000" height="160"></td></tr></table>'
                f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tr>'
                + "".join(f'<td align="center"><a>{x}</a></td>' for x in ("网站首页", "走进城口", "政务公开", "政务服务", "互动交流", "专题专栏")) +
                f'</tr></table><table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="30" class="dqwz">&nbsp;当前位置：<a>首页</a>&gt;&gt;<a>政务公开</a>&gt;&gt;<a>部门动态</a></td></tr></table>'
                f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF"><tr><td align="center" height="60" class="bt"><font size="5" color="#B40000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" height="30" class="xx">发布时间：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;来源：县政务服务管理办公室&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<script language="javascript">document.write("{_n(rng, 3)}")</script>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td><hr size="1" color="#CCCCCC"></td></tr>'
                f'<tr><td class="bt_content" style="padding:10px 30px;"><font style="font-size:16px;line-height:30px">{text}</font></td></tr>'
                f'<tr><td align="right" class="xx">（编辑：{rng.choice(WHO)}）&nbsp;&nbsp;更新时间：{y}-{m}-{int(d) + 2:02d} {_hms(rng)}</td></tr>'
                f'<tr><td align="center"><a>【打印本页】</a>&nbsp;&nbsp;<a>【关闭窗口】</a></td></tr></table>'
                f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot"><tr><td align="center">'
                f'主办：城口县人民政府办公室&nbsp;&nbsp;承办：城口县大数据应用发展管理中心<br>渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;网站标识码：50022{_n(rng, 5)}<br>'
                f'联系电话：023-{_n(rng, 8)}&nbsp;&nbsp;建议使用IE8以上版本浏览器</td></tr></table>')
    else:
        url = f"http://www.youyang.gov.cn/zwxx_{_n(rng, 3)}/qxdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;">{t}</p>')
        blocks.insert(2, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg"></p>'
                         f'<p style="text-align:center"><span style="font-family:楷体;">图为村级便民服务代办员为群众查询业务。（县政务服务中心供图）</span></p>')
        rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><em>{dd.replace("-", "/")}</em></li>')
        body = (f'<div class="top"><div class="w1200"><span>欢迎访问酉阳土家族苗族自治县人民政府网</span><a>无障碍</a><a>长者模式</a><a>English</a></div></div>'
                f'<div class="head"><img src="/images/logo.png"></div><div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>魅力酉阳</li></ul></div>'
                f'<div class="position"><span>您所在的位置：</span><a>首页</a> &gt; <a>政务公开</a> &gt; <a>区县动态</a></div>'
                f'<div class="zwxl"><div class="zwxl-title"><p class="tit">{esc(art["title"])}</p></div>'
                f'<div class="zwxl-info"><span>日期：{int(y)}/{int(m)}/{int(d)}</span>&nbsp;&nbsp;<span>来源：酉阳县政务服务管理办公室</span>&nbsp;&nbsp;'
                f'<span>字号：<a>大</a> <a>中</a> <a>小</a></span>&nbsp;&nbsp;<span><a>打印</a></span></div>'
                f'<div class="zwxl-article"><div class="view TRS_UEDITOR trs_paper_default">' + "".join(blocks) + '</div></div>'
                f'<div class="zwxl-share"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a></div>'
                f'<div class="xglj"><h4>相关链接</h4><ul>{rel}</ul></div></div>'
                + _gov_foot(rng, "酉阳土家族苗族自治县人民政府", f"50024{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}_{"城口县" if art["id"] == "p05" else "酉阳县"}人民政府</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="ColumnName" content="部门动态">')
    return head, body, url


def rmw_ldyd91(art, rng, others):
    """人民网-like 地方频道 领导 调研 报道: `YYYY年MM月DD日hh:mm | 来源：人民网－重庆频道` glued, a kicker
    (p07 引题, p08 副题), the `人民网重庆…电` dateline inside the first paragraph (body), a photo with
    a caption (p07) or a video box (p08), bold `坚持…，推动…` heads (p08), `(责编：…、…)`, 分享让更多人看到,
    相关新闻, 人民网 copyright footer."""
    y, m, d = _ymd(art)
    first = art["id"] == "p07"
    url = f"http://cq.people.com.cn/n2/{y}/{m}{d}/c{_n(rng, 6)}-{_n(rng, 8)}.html"
    ed = "、".join(rng.sample(WHO, 2))
    blocks = _blocks(art["body"], lambda t: f'<p style="text-indent: 2em;">{t}</p>',
                     head=lambda t: f'<p style="text-indent: 2em;"><strong>{t}</strong></p>')
    if first:
        blocks.insert(2, f'<p style="text-align: center;"><img src="/NMediaFile/{y}/{m}{d}/LOCAL{_n(rng, 12)}.jpg" width="600"></p>'
                         f'<p style="text-align: center;"><span desc="desc">调研组在企业生产车间了解榨菜加工情况。涪陵区委宣传部供图</span></p>')
        kick = '<h3 class="pre">把小榨菜做成大产业</h3>'
        sub = ""
    else:
        blocks.insert(0, f'<div class="video-box" style="text-align:center"><video src="http://v.people.cn/{_n(rng, 9)}.mp4" controls poster="/p.jpg"></video>'
                         f'<p>视频：调研现场</p></div>')
        kick = ""
        sub = '<h4 class="sub">围绕主导产业调整专业设置 推广订单班和现代学徒制</h4>'
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>')
    body = (f'<div class="top_nav"><a>人民网首页</a><a>时政</a><a>国际</a><a>财经</a><a>地方</a><a>观点</a><span>人民网&gt;&gt;重庆频道&gt;&gt;区县</span></div>'
            f'<div class="main"><div class="col-1">{kick}<h1>{esc(art["title"])}</h1>{sub}'
            f'<div class="col-1-1 fl">{y}年{m}月{d}日{_hm(rng)} | 来源：<a>人民网－重庆频道</a></div>'
            f'<div class="col-1-1 fr"><span>小字号</span><a>大字号</a></div></div>'
            f'<div class="rm_txt cf"><div class="col fl"><div class="rm_txt_con cf">' + "".join(blocks) +
            f'<div class="edit cf">(责编：{ed})</div></div>'
            f'<div class="share-box"><p>分享让更多人看到</p><a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="rm_relevant"><h2>相关新闻</h2><ul>{rel}</ul></div>'
            f'<div class="bjgg">人民网版权所有，未经书面授权禁止使用</div></div></div></div>'
            f'<div class="footer"><p>人民日报社概况|关于人民网|报社招聘|招聘英才|广告服务|合作加盟|供稿服务|网站声明|网站律师|信息保护|联系我们</p>'
            f'<p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p><p>Copyright &copy; 1997-{y} by www.people.com.cn. all rights reserved</p></div>')
    head = f'<title>{esc(art["title"])}--重庆频道--人民网</title><meta name="publishdate" content="{y}-{m}-{d}"><meta name="source" content="来源：人民网－重庆频道">'
    return head, body, url


def lyj_lzz91(art, rng, others):
    """区 林业局 portal 林长制 news: p09 (GBK) an 信息公开 grid (索引号, 发布机构, 成文日期 days before,
    发布日期), bold 一、 heads, `1.` places, a caption; p10 `YYYY年MM月DD日 hh:mm` in info spans glued
    with no whitespace, a 巡林 table, a later `更新时间`, 相关阅读 with dates."""
    y, m, d = _ymd(art)
    place = art["place"]
    first = art["id"] == "p09"
    url = f"http://www.{'cqwulong' if first else 'cqnc'}.gov.cn/bm/qlyj/zwxx_{_n(rng, 5)}/dt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;font-family:仿宋_GB2312;font-size:16pt;">{t}</p>',
                     head=lambda t: f'<p style="text-indent:2em;"><strong><span style="font-family:黑体;">{t}</span></strong></p>')
    if first:
        blocks.insert(1, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg"></p>'
                         f'<p style="text-align:center">图为护林员在白马山巡护。（区林业局供图）</p>')
        grid = (f'<table class="xxgk-grid"><tr><td>索引号：</td><td>11500232MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td><td>主题分类：</td><td>林业</td></tr>'
                f'<tr><td>发布机构：</td><td>{place}区林业局</td><td>成文日期：</td><td>{y}-{int(m) - 1:02d}-31</td></tr>'
                f'<tr><td>标题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><td>发文字号：</td><td></td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
        info = f'<div class="zwxl-info"><span>发布日期：{y}-{m}-{d}</span>&nbsp;&nbsp;<span>来源：区林业局</span>&nbsp;&nbsp;<span>字体：<a>大</a><a>中</a><a>小</a></span></div>'
        upd = ""
    else:
        grid = ""
        info = (f'<div class="info"><span>{y}年{m}月{d}日 {_hm(rng)}</span><span>来源：南川区林业局</span><span>作者：{rng.choice(WHO)}</span>'
                f'<span>阅读：<script>document.write("{_n(rng, 3)}")</script></span></div>')
        upd = f'<div class="gxsj" style="text-align:right">更新时间：{y}-{m}-{int(d) + 4:02d}</div>'
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><a>{t}</a><span>[{dd}]</span></li>')
    body = (f'<div class="header"><img src="/images/logo.png" alt="重庆市{place}区人民政府"><div class="search"><input type="text" value="请输入关键字"><a>搜索</a></div></div>'
            f'<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>专题专栏</li></ul></div>'
            f'<div class="crumbs">当前位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区林业局</a> &gt; <a>工作动态</a></div>'
            f'<div class="detail">{grid}<h1 class="detail-tit">{esc(art["title"])}</h1>{info}'
            f'<div class="detail-con TRS_Editor">' + "".join(blocks) + f'</div>{upd}'
            f'<div class="detail-tool"><a>【打印】</a><a>【关闭】</a><span>扫一扫在手机上查看当前页面</span></div>'
            f'<div class="xgyd"><h3>相关阅读</h3><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, f"重庆市{place}区人民政府", f"50011{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}_重庆市{place}区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区林业局">')
    return head, body, url


def sq_mp_xly91(art, rng, others):
    """社区 公众号 夏令营 报名: `YYYY年M月D日 hh:mm` publish_time, a banner GIF, bold `活动时间：` labels,
    `1.` courses, a 扫码报名 QR box and a 温馨提示 box, the 居委会 signature and date (not body)."""
    y, m, d = _ymd(art)
    acct = "沙坪坝区联芳街道石碾盘社区"
    who = rng.sample(WHO, 2)
    blocks = _blocks(art["body"], lambda t: f'<p style="line-height:2em;"><span style="font-size:15px;letter-spacing:1px;">{t}</span></p>',
                     kv=lambda k, v: f'<p style="line-height:2em;"><span style="color:#0070c0;"><strong>{k}：</strong></span><span>{v}</span></p>')
    blocks.insert(5, f'<section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></section>')
    blocks.append(f'<section style="background:#fff3e0;border-radius:8px;padding:10px;"><p><strong>温馨提示</strong></p>'
                  f'<p>1.请家长按时接送孩子；</p><p>2.活动期间请为孩子准备水杯和帽子。</p></section>'
                  f'<section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/qr_{_n(rng, 6)}.png"><p>扫码进入报名群</p></section>'
                  f'<p style="text-align:right;">石碾盘社区居委会</p><p style="text-align:right;">{y}年{int(m)}月{int(d)}日</p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">{acct}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {_hm(rng)}</em>'
            f'<em class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">'
            f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/640"></section>'
            + "".join(blocks) + _wx_tail(rng, acct, who) + '</div></div>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"


def xb_epaper_tx91(art, rng, others):
    """县报 e-paper 第03版 通讯 (GBK): banner with date and weekday, 版次 bar (上一版/下一版/PDF),
    版面 list, 引题/副题, the byline, `　　` `<br>` lines in one div with bold short heads and bold
    `记者：` turns, a photo caption inside the text, an 编辑 line, a second article (简讯) below."""
    y, m, d = _ymd(art)
    url = f"http://epaper.xsxww.cn/xsb/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    lines = []
    for p in art["body"]:
        t = _turn(p)
        if t == "q":
            lines.append(f"{IND}<b>{esc(p)}</b>")
        elif t == "a":
            k, v = p.split("：", 1)
            lines.append(f"{IND}<b>{esc(k)}：</b>{esc(v)}")
        elif _head(p):
            lines.append(f'<b>{IND}{esc(p)}</b>')
        else:
            lines.append(IND + esc(p))
    lines.insert(6, f'<img src="../../../res/{y}-{m}/{d}/03/res0{_n(rng, 2)}_attpic_brief.jpg"><br>'
                    f'{IND}<font color="#666">杨志华在茶园查看秋茶长势。 记者 {rng.choice(WHO)} 摄</font>')
    second = (f'<div class="second"><h3>钟灵镇茶叶品牌推介会在渝举行</h3><div id="ozoom2">{IND}本报讯 9月12日，钟灵镇在重庆主城举办茶叶品牌推介会，'
              f'6家合作社与采购商现场签订供货协议。（记者 {rng.choice(WHO)}）</div></div>')
    pages = "".join(f'<li><a>第0{i}版：{n}</a></li>' for i, n in enumerate(("要闻", "综合", "通讯", "副刊"), 1))
    body = (f'<div class="banner"><img src="../../../images/logo.gif"><span>{y}年{int(m)}月{int(d)}日 {_week(art)}</span></div>'
            f'<div class="bc"><span>第03版：通讯</span>&nbsp;<a>上一版</a>&nbsp;<a>下一版</a>&nbsp;<a>PDF版</a>&nbsp;<a>往期回顾</a></div>'
            f'<table width="100%"><tr><td width="35%" valign="top"><div class="bmt"><img src="../../../res/bmt03.jpg" usemap="#pagepicmap"></div>'
            f'<ul class="bmlist">{pages}</ul></td><td valign="top"><div class="article">'
            f'<h4 class="yt">扎根山乡 带富乡亲</h4><h1>{esc(art["title"])}</h1><h4 class="ft">——记钟灵镇凯堡村返乡创业青年杨志华</h4>'
            f'<div class="author">本报记者 {rng.choice(WHO)} 通讯员 {rng.choice(WHO)}</div>'
            f'<div id="ozoom"><founder-content>' + "<br>".join(lines) + '</founder-content></div>'
            f'<div class="bj">编辑：{rng.choice(WHO)}　校对：{rng.choice(WHO)}</div>{second}'
            f'<div class="pn"><a>上一篇</a>&nbsp;<a>下一篇</a></div></div></td></tr></table>'
            f'<div class="copy">秀山报社版权所有 未经授权禁止转载 渝ICP备{_n(rng, 8)}号</div>')
    head = '<title>秀山报</title><meta name="keywords" content="秀山报 数字报">'
    return head, body, url


TEMPLATES = {"ggzy_zbgs91": ggzy_zbgs91, "zgh_mp_lxy91": zgh_mp_lxy91, "xzf_bmfw91": xzf_bmfw91,
             "rmw_ldyd91": rmw_ldyd91, "lyj_lzz91": lyj_lzz91, "sq_mp_xly91": sq_mp_xly91,
             "xb_epaper_tx91": xb_epaper_tx91}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages91", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
