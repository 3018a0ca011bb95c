"""Build the hundred-and-forty-fifth saved-page set (``pages145``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: 区 水利和湖泊局 portal pages, a GBK 河道采砂 许可 公示
with a 可采区 table and a 防汛 演练 news page (``slj_cs145``), a 市 气象台 公众号 暴雨 预警 post
(``qx_mp_by145``), 县政府网 人大 代表 建议 pages, a GBK 答复 with a 文号 and a 落款 and an 办理 情况 通报
(``xzf_rdjy145``), 腾讯新闻-like 地方 news pages (``txxw_df145``), 区 民政局 pages, a GBK 社会组织 年检
结果 公告 with a table and a 年检 问答 (``mzj_nj145``), a 幼儿园 公众号 招生 post (``yey_mp_zs145``) and a
晚报 e-paper 第05版 城事 page with two reports (``wb_05cs145``). ``articles.txt`` holds the title, date
and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages145/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["周晓燕", "刘建国", "陈思琪", "王海涛", "李雯", "黄俊杰", "张倩", "罗文斌", "吴敏", "杨志远"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")
TURN = ("记者：", "问：", "答：")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, th=False, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; the first row as
    ``<th>`` cells or bold)."""
    out = []
    for i, r in enumerate(rows):
        if i == 0 and th:
            cells = "".join(f'<th align="center">{esc(c)}</th>' for c in r.split(" "))
        else:
            cells = "".join(f'<td align="center">{"<b>" if i == 0 else ""}{esc(c)}{"</b>" if i == 0 else ""}</td>'
                            for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None, th=False) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table, ``special(p)`` (when it
    gives markup) first, numbered heads through ``head``, other lines through ``para``."""
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(_table(rows, th))
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


def _before(art, days: int) -> datetime.date:
    return datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=days)


def _cn(d: datetime.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _gov_foot(rng, host: str, code: str, prov: str, sponsor: str = "") -> str:
    return (f'<div class="footer"><div class="ft-link"><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a> | <a>隐私声明</a></div>'
            f'<p>主办单位：{sponsor or host}　承办单位：{host}</p>'
            f'<p>网站标识码：{code}　<a>{prov}ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png">{prov}公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jg"><img src="/images/red.png"><img src="/images/zfjc.png"></div></div>')


def slj_cs145(art, rng, others):
    """区 水利和湖泊局 portal: p01 (GBK) a 河道采砂 许可 公示 — one info line glued with no whitespace
    (``发布时间：…来源：…浏览次数：`` with a ``document.write`` counter), ``<strong>一、…</strong>`` heads, a
    可采区 table, ``1.`` items, a 公示时间 line, 联系 lines and 特此公示 (body); the 落款 a day earlier,
    an 附件 line and a 相关链接 box (not body). p02 a 防汛 演练 news page whose only visible date is a
    later ``更新时间`` (meta ``PubDate`` and the URL give the date), a quoted one-line paragraph, blue bar
    heads, a 楷体 caption, 责任编辑 and 上一篇/下一篇."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.jiangxia.gov.cn/bm/qslhj/{'tzgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.shtml"
    who = rng.sample(WHO, 3)
    para = lambda t: f'<p style="text-indent:2em;line-height:32px;font-family:仿宋">{t}</p>'  # noqa: E731
    top = ('<div class="top"><img src="/images/jx_logo.png" alt="武汉市江夏区人民政府"><div class="topr"><a>无障碍</a> | <a>长者模式</a> | <a>English</a></div></div>'
           '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>走进江夏</li></ul></div>')
    if p01:
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:32px"><strong><span style="font-family:黑体">{t}</span></strong></p>')
        sig = ('<p style="text-align:right;line-height:32px">武汉市江夏区水利和湖泊局</p>'
               f'<p style="text-align:right;line-height:32px">{_cn(_before(art, 1))}</p>')
        att = f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.pdf">江夏区2025年度河道采砂可采区平面示意图.pdf</a></p>'
        box = ('<div class="xglj"><h4>相关链接</h4><ul><li><a>湖北省河道采砂管理条例</a></li>'
               '<li><a>江夏区2021—2025年河道采砂规划</a></li><li><a>非法采砂举报途径</a></li></ul></div>')
        body = (top + '<div class="crumb">您当前的位置：<a>首页</a>&gt;<a>部门</a>&gt;<a>区水利和湖泊局</a>&gt;<a>通知公告</a></div>'
                f'<div class="article"><h1>{esc(art["title"])}</h1>'
                f'<div class="info">发布时间：{y}-{m}-{d} {_hms(rng)}来源：区水利和湖泊局浏览次数：<script>document.write("{_n(rng, 3)}")</script>【字体：<a>大</a><a>中</a><a>小</a>】</div>'
                '<div class="TRS_Editor">' + "".join(blocks) + sig + att + f'</div>{box}'
                '<div class="tool"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
                + _gov_foot(rng, "武汉市江夏区水利和湖泊局", f"4201150{_n(rng, 3)}", "鄂", "武汉市江夏区人民政府办公室"))
        head = f'<title>{esc(art["title"])}-武汉市江夏区人民政府</title><meta name="keywords" content="河道采砂,许可,公示">'
    else:
        quote = art["body"][2]

        def special(p):
            if p == quote:
                return f'<p style="text-indent:2em;line-height:32px"><strong>{esc(p)}</strong></p>'
            if len(p) < 14 and "，" in p and "。" not in p:
                return (f'<div style="margin:18px 0;border-left:5px solid #1565c0;background:#eaf2fb;padding:6px 12px">'
                        f'<span style="color:#1565c0;font-size:17px;font-weight:bold">{esc(p)}</span></div>')
            return None
        blocks = _blocks(art["body"], para, special=special)
        blocks.insert(4, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="600"></p>'
                         '<p style="text-align:center;font-family:楷体">抢险队员用反滤围井处置模拟管涌险情</p>')
        upd = f"{y}-{m}-{int(d) + 2:02d} {_hms(rng)}"
        body = (top + '<div class="crumb">您当前的位置：<a>首页</a>&gt;<a>部门</a>&gt;<a>区水利和湖泊局</a>&gt;<a>工作动态</a></div>'
                f'<div class="article"><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span>来源：区水利和湖泊局</span>　<span>更新时间：{upd}</span>　<span>【<a>打印</a>】</span></div>'
                '<div class="TRS_Editor">' + "".join(blocks) + '</div>'
                f'<div class="zrbj">（责任编辑：{who[0]}）</div>'
                + "".join(f'<p class="sxp">{lab}：<a>{esc(tt)}</a></p>' for lab, (tt, _) in zip(("上一篇", "下一篇"), rng.sample(others, 2)))
                + '<div class="share">分享到：<a class="wx"></a><a class="wb"></a></div></div>'
                + _gov_foot(rng, "武汉市江夏区水利和湖泊局", f"4201150{_n(rng, 3)}", "鄂", "武汉市江夏区人民政府办公室"))
        head = (f'<title>{esc(art["title"])}-武汉市江夏区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区水利和湖泊局">')
    return head, body, url


def qx_mp_by145(art, rng, others):
    """市 气象台 公众号 暴雨 预警 post: a visible publish_time with IP 属地, an orange 预警 banner image,
    orange bar heads ``一、…``, ``1.`` items, bold ``问：``/``答：`` turns and a closing slogan (body); a
    ``▲`` caption with a 雷达图 credit, a 预警信号 card, 来源/编辑/审核 credits, 往期推荐, 阅读/在看 and a
    QR prompt (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = "16:" + f"{rng.randint(20, 50)}"
    y, m, d = _ymd(art)
    who = rng.sample(WHO, 3)

    def special(p):
        if p.startswith(("问：", "答：")):
            return f'<p style="line-height:1.8em"><span style="font-size:15px"><strong>{p[:2]}</strong>{esc(p[2:])}</span></p>'
        if p.endswith("！") and len(p) < 10:
            return f'<p style="text-align:center"><strong><span style="color:#e65100;font-size:18px">{esc(p)}</span></strong></p>'
        return None
    bar = lambda t: (f'<section style="margin:20px 0 10px;background:#e65100;border-radius:4px;padding:4px 10px;display:inline-block">'  # noqa: E731
                     f'<span style="color:#fff;font-size:16px"><strong>{t}</strong></span></section>')
    blocks = _blocks(art["body"], lambda x: f'<p style="line-height:1.8em"><span style="font-size:15px">{x}</span></p>', head=bar, special=special)
    blocks.insert(5, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
                     '<p style="text-align:center"><span style="font-size:12px;color:#888">▲7月14日15时雷达回波图（来源：市气象台）</span></p>')
    card = ('<section style="border:1px solid #e65100;border-radius:6px;padding:10px 14px;margin:18px 0">'
            '<p><strong>暴雨预警信号分四级</strong></p><p><span style="font-size:13px;color:#666">蓝色：12小时内降雨量将达50毫米以上</span></p>'
            '<p><span style="font-size:13px;color:#666">红色：3小时内降雨量将达100毫米以上</span></p></section>')
    tail = (card + f'<p><span style="font-size:12px;color:#999">来源：市气象台　编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">点击“在看”，提醒更多朋友注意防范</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{who[2]}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">宜昌气象</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta_text">湖北</em></div>'
            f'<div class="rich_media_content" id="js_content"><p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/640"></p>'
            + "".join(blocks) + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(3000, 50000)}</span><a>赞 {rng.randint(20, 300)}</a><a>在看 {rng.randint(5, 90)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "宜昌气象"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xzf_rdjy145(art, rng, others):
    """县政府网 人大 代表 建议: p04 (GBK) a 答复 on an old table layout — one ``<td>`` with 发布日期 and a
    later 更新时间, a ``B类`` mark, the 文号 line, the text as ``<br><br>`` lines in one ``<font>`` with
    ``<b>一、…</b>`` heads, the 代表 salutation, ``1.`` items and 联系 lines (body), the 落款 nine days
    earlier and a 抄送 line (not body). p05 an 办理 情况 通报 under an 索引号 grid (发布日期 in the grid),
    bold lead phrases, a ``<th>`` table and a 相关链接 box."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.youxian.gov.cn/{'jyta' if p04 else 'zwgk'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 2)
    if p04:
        lines = []
        for p in art["body"]:
            if _head(p):
                lines.append(f"<b>{esc(p)}</b>")
            elif p.endswith("代表："):
                lines.append(esc(p))
            else:
                lines.append("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p))
        sig = _before(art, 9)
        text = ('<font style="font-size:16px;line-height:30px">' + "<br><br>".join(lines)
                + f'<br><br><div align="right">攸县水利局<br>{_cn(sig)}</div>'
                '<br>抄送：县人大常委会人事代表选举工作委员会，县人民政府督查室。</font>')
        side = "".join(f'<tr><td>·<a>{esc(tt)}</a></td></tr>' for tt, _ in rng.sample(others, 5))
        body = ('<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/yx_banner.jpg" width="980"></td></tr>'
                '<tr><td class="menu">首页&nbsp;|&nbsp;政务公开&nbsp;|&nbsp;建议提案&nbsp;|&nbsp;办事服务&nbsp;|&nbsp;互动交流</td></tr></table>'
                '<table width="980" align="center" cellpadding="0" cellspacing="0"><tr>'
                f'<td width="230" valign="top" class="left"><table width="100%"><tr><td class="lm">建议提案办理</td></tr>{side}</table></td>'
                '<td width="750" valign="top"><table width="100%"><tr><td class="wz">您现在的位置：首页 &gt; 建议提案 &gt; 人大代表建议</td></tr>'
                '<tr><td align="right"><font color="red" size="4">B</font></td></tr>'
                f'<tr><td align="center"><font size="5"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="rq">发布日期：{y}年{m}月{d}日　更新时间：{y}-{m}-{int(d) + 4:02d}　信息来源：县水利局　【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td align="center">攸水建复〔{y}〕{rng.randint(10, 40)}号</td></tr>'
                f'<tr><td class="nr">{text}</td></tr>'
                '<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table></td></tr></table>'
                f'<table width="980" align="center" class="foot"><tr><td align="center">主办：攸县人民政府办公室　承办：攸县政务服务中心<br>'
                f'湘ICP备{_n(rng, 8)}号　湘公网安备 {_n(rng, 14)}号　网站标识码：4302230{_n(rng, 3)}</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="人大代表建议,答复">'
    else:
        def special(p):
            if p.startswith(("领导领衔督办。", "面商沟通到位。")):
                k = p.index("。") + 1
                return f'<p style="text-indent:2em;line-height:2em"><strong>{esc(p[:k])}</strong>{esc(p[k:])}</p>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2em">{x}</p>',
                         head=lambda x: f'<p style="text-indent:2em;line-height:2em"><strong>{x}</strong></p>', special=special, th=True)
        grid = ('<table class="xxgk" width="100%"><tr><td>索引号：</td><td>43022300' + str(_n(rng, 2)) + f'/{y}-{_n(rng, 5)}</td><td>主题分类：</td><td>建议提案</td></tr>'
                f'<tr><td>发布机构：</td><td>攸县人民政府办公室</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr>'
                f'<tr><td>名　　称：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
        box = ('<div class="xglj"><h4>相关链接</h4><ul><li><a>攸县人大代表建议办理工作办法</a></li><li><a>建议提案办理结果公开专栏</a></li></ul></div>')
        body = ('<div class="head"><img src="/images/yx_logo.png" alt="攸县人民政府"></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>魅力攸县</li></ul></div>'
                '<div class="dqwz">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>建议提案办理</a></div>'
                f'<div class="xl">{grid}<h2>{esc(art["title"])}</h2>'
                f'<div class="xx">来源：县政府督查室　浏览：<script>document.write({_n(rng, 3)})</script>　【<a>大</a> <a>中</a> <a>小</a>】</div>'
                '<div class="TRS_Editor">' + "".join(blocks) + f'</div>{box}'
                '<div class="tool"><a>【打印】</a><a>【关闭】</a></div></div>'
                + _gov_foot(rng, "攸县人民政府办公室", f"4302230{_n(rng, 3)}", "湘"))
        head = f'<title>{esc(art["title"])}_攸县人民政府</title>'
    return head, body, url


def txxw_df145(art, rng, others):
    """腾讯新闻-like 地方 news page: an author card (account name and 认证), bold ``记者：`` questions and
    ``name：`` turns (body), a photo with a caption, 免责声明, 热门评论 with places, 相关推荐 and a
    下载 banner (not body). p06 shows ``YYYY-MM-DD hh:mm`` beside the account; p07 shows no date
    (``window.DATA`` ``pubtime`` and the URL give it) and a video."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    aid = f"{y}{m}{d}A0{_n(rng, 3)}{rng.choice('ABCDEFGH')}00"
    url = f"https://new.qq.com/rain/a/{aid}"
    who = rng.sample(WHO, 2)
    acct = "桂林临桂发布" if p06 else "广西新闻频道"

    def special(p):
        k = p.find("：")
        if 0 < k <= 12 and not any(c in p[:k] for c in "，。"):
            return f'<p class="one-p"><strong>{esc(p[:k + 1])}</strong>{esc(p[k + 1:])}</p>'
        return None
    blocks = _blocks(art["body"], lambda x: f'<p class="one-p">{x}</p>', special=special)
    cap = "改造后的老粮站保留了仓房结构和老标语" if p06 else "学生们在新食堂用餐"
    blocks.insert(2, f'<p class="one-p"><img class="content-picture" src="https://inews.gtimg.com/om_bt/{_wx_id(rng)}/641"></p>'
                     f'<p class="one-p" style="text-align:center;color:#666;font-size:14px">{cap}</p>')
    if p06:
        meta = (f'<div class="media-info"><a class="media-name">{acct}</a><span class="media-auth">临桂区融媒体中心官方账号</span>'
                f'<span class="time">{y}-{m}-{d} {_hm(rng)}</span><span class="ip">发布于广西</span></div>')
        video = ""
    else:
        meta = f'<div class="media-info"><a class="media-name">{acct}</a><span class="media-auth">广西广播电视台新闻频道官方账号</span><a class="follow">+关注</a></div>'
        video = (f'<div class="txp_player"><div class="txp_video_container" data-vid="{_wx_id(rng)[:11]}"></div>'
                 f'<span class="txp_time">0{rng.randint(1, 3)}:{rng.randint(10, 59)}</span></div>')
    comments = "".join(f'<li><span class="nick">{n}</span><span class="loc">{loc}</span><p>{c}</p><span class="zan">{rng.randint(2, 90)}</span></li>'
                       for n, loc, c in (("山水间", "广西", "这种改法好，既留住了回忆又能赚钱。" if p06 else "我们这边什么时候也能建一个。"),
                                         ("老桂林", "广东", "下次回家一定去看看。" if p06 else "明厨亮灶这个必须点赞！")))
    body = ('<div id="TopNav"><a class="logo">腾讯新闻</a><ul><li>要闻</li><li>财经</li><li>科技</li><li>娱乐</li><li>广西</li></ul>'
            '<a class="download">下载腾讯新闻APP</a></div>'
            f'<div class="LEFT"><h1>{esc(art["title"])}</h1>{meta}{video}'
            '<div class="content-article">' + "".join(blocks) + '</div>'
            '<div class="disclaimer">免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</div>'
            f'<div class="comment"><h3>热门评论</h3><ul>{comments}</ul></div>'
            '<div class="recommend"><h3>相关推荐</h3><ul>' + _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd[5:]}</span></li>') + '</ul></div></div>'
            '<div class="RIGHT"><div class="hot"><h3>24小时热文</h3><ol><li>多地发布高温预警</li><li>这些新规下月起施行</li><li>秋季开学安全提醒</li></ol></div>'
            '<div class="qrcode"><img src="/qr.png"><p>扫码下载腾讯新闻</p></div></div>'
            '<div class="footer">Copyright © 1998 - 2025 Tencent. All Rights Reserved. 腾讯公司 版权所有</div>')
    body += ('<script>window.DATA = {"article_id": "' + aid + '", "title": "' + esc(art["title"]) + '", "media": "' + acct
             + f'", "pubtime": "{y}-{m}-{d} {_hms(rng)}", "catalog1": "guangxi"}};</script>')
    head = f'<title>{esc(art["title"])}_腾讯新闻</title><meta name="description" content="{esc(art["body"][0][:60])}">'
    return head, body, url


def mzj_nj145(art, rng, others):
    """区 民政局 portal: p08 (GBK) a 社会组织 年检 结果 公告 — an info line glued with no whitespace
    (``发布日期：…信息来源：…访问量：``), a 文号 line, 黑体 ``一、`` heads, a 不合格 名单 table with its 注
    line, ``1.`` items, 咨询电话/办公地址 lines and 特此公告 (body), the 落款 two days earlier and two 附件
    lines (not body). p09 a 问答 page with bold ``问：`` and ``答：`` turns, a ``：``-ended answer before
    ``1.`` items, a 办事指南 box; its only visible date a later 更新时间 (meta ``PubDate`` and the URL)."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.wujiang.gov.cn/zgwj/mzj/{'tzgg' if p08 else 'zcjd'}/{y}{m}/{_wx_id(rng)[:16].lower()}.shtml"
    who = rng.sample(WHO, 2)
    top = ('<div class="header"><img src="/images/wj_logo.png" alt="苏州市吴江区人民政府"><div class="search"><input placeholder="请输入关键字"></div></div>'
           '<div class="nav"><ul><li>首页</li><li>信息公开</li><li>政务服务</li><li>政民互动</li><li>魅力吴江</li></ul></div>')
    para = lambda t: f'<p style="text-indent:2em;line-height:1.9">{t}</p>'  # noqa: E731
    if p08:
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:1.9"><span style="font-family:黑体">{t}</span></p>')
        k = next(i for i, b in enumerate(blocks) if b.startswith("<table")) + 1
        blocks.insert(k, '<p style="font-size:14px">注：年检基本合格的社会组织名单详见附件1。</p>')
        sig = _before(art, 2)
        tail = ('<p style="text-align:right">苏州市吴江区民政局</p>'
                f'<p style="text-align:right">{_cn(sig)}</p>'
                f'<p>附件：1.<a href="/uploads/{y}{m}/{_n(rng, 9)}.xls">2024年度年检基本合格社会组织名单.xls</a></p>'
                f'<p>　　　2.<a href="/uploads/{y}{m}/{_n(rng, 9)}.xls">2024年度年检合格社会组织名单.xls</a></p>')
        body = (top + '<div class="crumb">当前位置：首页 &gt; 区民政局 &gt; 通知公告</div>'
                f'<div class="art"><h1 class="title">{esc(art["title"])}</h1>'
                f'<div class="info">发布日期：{y}-{m}-{d}信息来源：区民政局访问量：<script>document.write("{_n(rng, 4)}")</script>【<a>打印</a>】</div>'
                f'<p style="text-align:center">吴民社〔{y}〕{rng.randint(5, 30)}号</p>'
                '<div id="zoom">' + "".join(blocks) + tail + '</div></div>'
                + _gov_foot(rng, "苏州市吴江区民政局", f"3205090{_n(rng, 3)}", "苏", "苏州市吴江区人民政府办公室"))
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="社会组织,年检,公告">'
    else:
        def special(p):
            if p.startswith(("问：", "答：")):
                return f'<p style="text-indent:2em;line-height:1.9"><strong>{p[:2]}</strong>{esc(p[2:])}</p>'
            return None
        blocks = _blocks(art["body"], para, special=special)
        box = ('<div class="bszn" style="border:1px solid #c8102e;padding:10px"><p><b>办事指南</b></p>'
               '<p>办理地点：区行政服务中心民政窗口</p><p>办理时间：工作日9:00-12:00，13:30-17:00</p></div>')
        upd = f"{y}-{m}-{int(d) + 6:02d}"
        body = (top + '<div class="crumb">当前位置：首页 &gt; 区民政局 &gt; 政策解读</div>'
                f'<div class="art"><h1 class="title">{esc(art["title"])}</h1>'
                f'<div class="info"><span>更新时间：{upd}</span><span>来源：区民政局社会组织管理科</span><span>【<a>大</a> <a>中</a> <a>小</a>】</span></div>'
                '<div id="zoom">' + "".join(blocks) + f'</div>{box}'
                f'<div class="bj">责任编辑：{who[0]}</div>'
                '<div class="xgwz"><h4>相关文章</h4><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><span>[{dd}]</span></li>') + '</ul></div></div>'
                + _gov_foot(rng, "苏州市吴江区民政局", f"3205090{_n(rng, 3)}", "苏", "苏州市吴江区人民政府办公室"))
        head = (f'<title>{esc(art["title"])}_苏州市吴江区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    return head, body, url


def yey_mp_zs145(art, rng, others):
    """幼儿园 公众号 招生 post: an empty publish_time (the script's ``ct`` gives the date), a 园所名片 card,
    green pill heads, the salutation, 报名时间/方式 lines, ``1.`` items, a bold ``园长 陈老师：`` turn, a
    咨询电话 line and a centred slogan (body); two ``▲`` captions, a 温馨提示 box, the 落款 (园 name +
    date), 图文/编辑/审核 credits, 在看/赞 and a QR (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    y, m, d = _ymd(art)
    who = rng.sample(WHO, 3)

    def special(p):
        if p.startswith("园长 陈老师："):
            return f'<p style="line-height:1.9em"><span style="font-size:15px"><strong>园长 陈老师：</strong>{esc(p[7:])}</span></p>'
        if p.endswith("！") and len(p) < 10:
            return f'<p style="text-align:center"><span style="color:#f57c00;font-size:18px"><strong>{esc(p)}</strong></span></p>'
        return None
    pill = lambda t: (f'<section style="text-align:center;margin:22px 0 10px"><span style="display:inline-block;background:#66bb6a;border-radius:16px;'  # noqa: E731
                      f'padding:4px 18px;color:#fff;font-size:16px"><strong>{t}</strong></span></section>')
    blocks = _blocks(art["body"], lambda x: f'<p style="line-height:1.9em"><span style="font-size:15px">{x}</span></p>', head=pill, special=special)
    card = ('<section style="border:2px dashed #66bb6a;border-radius:10px;padding:10px 14px;margin:16px 0">'
            '<p><strong><span style="color:#66bb6a">园所名片</span></strong></p>'
            '<p><span style="font-size:13px">郫都区蜀韵幼儿园为公办省级示范性幼儿园，现有12个教学班，占地约8000平方米。</span></p></section>')
    blocks.insert(2, card)
    for i, cap in ((6, "▲宝贝们在户外游戏区玩沙"), (12, "▲园所的绘本馆")):
        blocks.insert(i, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                         f'<p style="text-align:center"><span style="font-size:12px;color:#999">{cap}</span></p>')
    tail = ('<section style="background:#fff8e1;padding:10px 14px;margin-top:16px"><p><strong>温馨提示</strong></p>'
            '<p><span style="font-size:13px">报名平台开放期间访问量较大，请家长错峰登录；录取结果将于5月下旬通过平台和短信通知。</span></p></section>'
            '<p style="text-align:right"><span style="font-size:15px">郫都区蜀韵幼儿园</span></p>'
            f'<p style="text-align:right"><span style="font-size:15px">{y}年{int(m)}月{int(d)}日</span></p>'
            f'<p><span style="font-size:12px;color:#999">图文：{who[0]}　编辑：{who[1]}　审核：{who[2]}</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">郫都区蜀韵幼儿园</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            '<div class="rich_media_content" id="js_content">' + "".join(blocks) + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(1000, 9000)}</span><a>赞 {rng.randint(20, 200)}</a><a>在看 {rng.randint(5, 60)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "郫都区蜀韵幼儿园"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def wb_05cs145(art, rng, others):
    """晚报 e-paper 第05版 城事: masthead with ``YYYY年M月D日　星期X`` (the only visible date; the URL
    agrees), a 版次 list, 上一版/下一版/PDF, 版面导航, 本版标题 (not body). p11 (GBK): an 引题 line above
    the headline, the report as ``<br>`` lines in one ``founder-content`` with the 本报讯 opening (body),
    a caption table and a 城事速递 column of three short items (not body); p12: a ``<P>`` report with a
    副题 line, a byline, bold ``记者：`` and ``name：`` turns (body), a 记者手记 box and a second report in
    full (not body). Both: 责任编辑, 上一篇/下一篇, copyright."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.ybwb.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 3)
    titles = [a for a in others if a[1] == art["date"]]
    if p11:
        cap = ('<table align="center" width="90%"><tr><td align="center"><img src="../../../res/1/{0}.jpg" width="500"></td></tr>'
               '<tr><td align="center"><font size="2">居民乘坐新投用的加装电梯。　记者 罗雪梅 摄</font></td></tr></table>').format(_n(rng, 8))
        text = ('<!--enpcontent--><founder-content>' + "<br>".join("　　" + esc(p) for p in art["body"]) + '<br></founder-content><!--/enpcontent-->')
        top = '<div class="yt">全市已投用46部、在建31部，审批时间压缩至15个工作日</div>'
        after = ('<div class="other"><h3>城事速递</h3>'
                 '<p>■ 本周六起，市图书馆延长晚间开放时间至21时。</p>'
                 '<p>■ 西郊农贸市场改造完工，11月10日恢复营业。</p>'
                 '<p>■ 11路公交线路临时绕行，具体以站牌公告为准。（综合）</p></div>')
        by = ""
        core = cap + text
    else:
        top = ""
        by = f'<div class="sub">——三江口滨江步道照明改造完工</div><div class="author">□本报记者　{who[0]}　文/图</div>'

        def para(p):
            k = p.find("：")
            if 0 < k <= 16 and "，" not in p[:k]:
                return f"<P>　　<B>{esc(p[:k + 1])}</B>{esc(p[k + 1:])}</P>"
            return f"<P>　　{esc(p)}</P>"
        core = '<div id="ozoom"><founder-content>' + "".join(para(p) for p in art["body"]) + '</founder-content></div>'
        after = ('<div class="box"><h4>记者手记</h4><P>一条步道亮不亮，市民最有发言权。从一通热线到一百多盏新灯，回应快一点，城市就暖一点。</P></div>'
                 '<div class="other"><h3>江北公园银杏进入最佳观赏期</h3>'
                 '<P>本报讯（记者 何丽）连日来，江北公园内的200余株银杏叶片逐渐变黄，吸引不少市民前来拍照。公园管理处提醒，观赏期预计持续至11月下旬，周末游客较多，建议错峰出行。</P></div>')
    bmlist = "".join(f'<li><a>{esc(x)}</a></li>' for x in [art["title"]] + [t for t, _ in titles])
    body = (f'<div class="masthead"><img src="../../../images/ybwb_logo.gif" alt="宜宾晚报"><div class="mast-r">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>宜宾日报社主管主办　国内统一连续出版物号：CN51-00{_n(rng, 2)}</p></div></div>'
            '<div class="bc"><ul><li>第01版：要闻</li><li>第02版：综合</li><li>第03版：区县</li><li>第04版：民生</li><li class="cur">第05版：城事</li></ul>'
            f'　<a>上一版</a>　<a>下一版</a>　<a href="../../../page/{y}-{m}/{d}/05/{_n(rng, 8)}.pdf">PDF下载</a></div>'
            '<table width="1000" align="center"><tr><td width="340" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/05/{y}{m}{d}05_b.jpg" width="320"></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul>{bmlist}</ul></div></td>'
            f'<td valign="top"><div class="article"><div class="lanmu">城事</div>{top}<h1>{esc(art["title"])}</h1>{by}{core}{after}'
            f'<div class="bj">责任编辑：{who[2]}　美编：{who[1]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">宜宾晚报 版权所有　未经书面授权不得转载、摘编　蜀ICP备{_n(rng, 8)}号</div>')
    head = '<title>宜宾晚报-第05版：城事</title><meta name="keywords" content="宜宾晚报,数字报,城事">'
    return head, body, url


TEMPLATES = {"slj_cs145": slj_cs145, "qx_mp_by145": qx_mp_by145, "xzf_rdjy145": xzf_rdjy145,
             "txxw_df145": txxw_df145, "mzj_nj145": mzj_nj145, "yey_mp_zs145": yey_mp_zs145,
             "wb_05cs145": wb_05cs145}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages145", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
