"""Build the hundred-and-thirty-fifth saved-page set (``pages135``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: 区 农业农村委 portal pages, a GBK 农机购置补贴 兑付
公示 with a table and a 春耕 news page (``nyw_njbt135``), 医院 公众号 义诊 posts, a 预告 with a 专家
table and a 回顾 (``yy_mp_yz135``), 县政府网 领导活动 pages, a GBK 调研 report and a 常务会议 report with
参会 lines (``xzf_ldhd135``), 澎湃-like 政务号 article pages (``pp_zwh135``), a GBK 区 应急局 预警 提示
(``yjj_yjfb135``), a 老年大学 公众号 招生简章 post (``lndx_mp_zs135``) and a 县报 e-paper 第04版
专版 (``xb_04zb135``). ``articles.txt`` holds the title, date and reference body; the furniture (not
body) is written here. See README.md.

    python tests/data/web/pages135/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["曾丽华", "彭勇", "许婷", "秦川", "万小雨", "文涛", "苏敏", "熊建", "贺佳", "石磊"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"', th=False) -> str:
    out = []
    for i, r in enumerate(rows):
        tag = "th" if (th and i == 0) else "td"
        cells = "".join(f'<{tag} align="center"><span style="font-size:14px">{esc(c)}</span></{tag}>' for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None, table=_table) -> list[str]:
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
        got = special(p) if special else None
        if got is not None:
            out.append(got)
        elif head and _head(p):
            out.append(head(esc(p)))
        else:
            out.append(para(esc(p)))
    return out


def _rel(rng, others, k, fmt) -> str:
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a></p>'
            f'<p>主办：{host}　网站标识码：{code}</p>'
            f'<p><a>渝ICP备{_n(rng, 8)}号</a>　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p></div>')


def nyw_njbt135(art, rng, others):
    """区 农业农村委 portal: p01 (GBK) a 农机购置补贴 兑付 公示 — one info line glued with no whitespace
    (``发布时间：YYYY-MM-DD hh:mm:ss来源：…浏览次数：`` + ``document.write``), a 主送 line, ``<strong>一、…</strong>``
    heads, a 兑付 table (body) with a 注 line after it, 监督电话/通信地址 lines and 特此公示 (body), the 落款
    and its date, an 附件 and a 政策解读 相关链接 box (not body); p02 a 春耕 news page whose only visible date is a
    later 更新时间 (meta PubDate and URL give the date), green bold 抓好…，… heads, a photo + 图为 caption, a
    one-sentence paragraph, 责任编辑 and 上一篇/下一篇."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.bishan.gov.cn/bm/qnyncw/zwxx/{'tzgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    para = lambda t: f'<p style="text-indent:2em;line-height:1.9em;font-family:仿宋_GB2312;font-size:16pt">{t}</p>'  # noqa: E731
    top = ('<div class="top"><span>重庆市璧山区人民政府</span><span class="lang"><a>无障碍</a>|<a>长者模式</a>|<a>登录</a></span></div>'
           '<div class="banner"><img src="/images/banner_nyw.jpg" alt="璧山区农业农村委员会"></div>'
           '<div class="nav"><ul><li>首页</li><li>机构职能</li><li>政务公开</li><li>农业农村</li><li>办事服务</li><li>互动交流</li></ul></div>')
    if p01:
        def special(p):
            if p == "特此公示。":
                return f'<p style="text-indent:2em;line-height:1.9em">{esc(p)}</p>'
            return None
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:1.9em"><strong><span style="font-family:黑体">{t}</span></strong></p>',
                         special=special)
        ti = next(i for i, b in enumerate(blocks) if b.startswith("<table"))
        blocks.insert(ti + 1, '<p style="font-size:12pt;line-height:1.5em">注：本表仅列示部分兑付信息，完整名单见附件。</p>')
        info = (f'<div class="xxgk-info">发布时间：{y}-{m}-{d} {_hms(rng)}来源：区农业农村委浏览次数：'
                f'<script>document.write({_n(rng, 3)});</script>【字体：<a>大</a> <a>中</a> <a>小</a>】</div>')
        tail = ('<p style="text-align:right;line-height:1.9em">重庆市璧山区农业农村委员会</p>'
                f'<p style="text-align:right;line-height:1.9em">{y}年{int(m)}月{int(d)}日</p>'
                f'<p class="fj">附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.xls">璧山区2024年第一批农机购置与应用补贴资金兑付明细表.xls</a></p>')
        box = ('<div class="xglj"><div class="xglj-t">相关链接</div><ul>'
               '<li><a>【政策解读】2024—2026年农机购置与应用补贴政策问答</a></li>'
               '<li><a>【办事指南】农机购置与应用补贴申领流程</a></li></ul></div>')
        body = (top + '<div class="crumb">您当前的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>通知公告</a></div>'
                f'<div class="article"><h1>{esc(art["title"])}</h1>{info}'
                '<div class="view TRS_UEDITOR">' + "".join(blocks) + tail + f'</div>{box}'
                '<div class="tools"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
                + _gov_foot(rng, "重庆市璧山区农业农村委员会", f"500120{_n(rng, 4)}"))
        head = (f'<title>{esc(art["title"])}-重庆市璧山区人民政府</title>'
                f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d}">'
                '<meta name="ColumnName" content="通知公告">')
    else:
        def special(p):
            if p.startswith("抓好") and "，" in p and "。" not in p:
                return f'<p style="text-indent:2em;line-height:1.9em"><strong><span style="color:#1e7b34">{esc(p)}</span></strong></p>'
            return None
        blocks = _blocks(art["body"], para, special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="600"></p>'
                         '<p style="text-align:center;font-family:楷体">图为丁家街道高庙村育秧工厂内，工人正在操作播种流水线。</p>')
        later = datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=3)
        info = (f'<div class="info"><span>来源：区农业农村委</span>　<span>更新时间：{later.isoformat()} {_hm(rng)}</span>　'
                '<span>【<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        prev, nxt = rng.sample(others, 2)
        body = (top + '<div class="crumb">您当前的位置：<a>首页</a> &gt; <a>农业农村</a> &gt; <a>工作动态</a></div>'
                f'<div class="article"><h1>{esc(art["title"])}</h1>{info}'
                '<div class="view TRS_UEDITOR">' + "".join(blocks) + '</div>'
                f'<p class="zrbj">（责任编辑：{who[0]}）</p>'
                f'<div class="sxp"><p>上一篇：<a>{esc(prev[0])}</a></p><p>下一篇：<a>{esc(nxt[0])}</a></p></div>'
                '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div></div>'
                + _gov_foot(rng, "重庆市璧山区农业农村委员会", f"500120{_n(rng, 4)}"))
        head = (f'<title>{esc(art["title"])}-重庆市璧山区人民政府</title>'
                f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    return head, body, url


def yy_mp_yz135(art, rng, others):
    """医院 公众号 义诊 posts: p03 a 预告 — nickname, a visible publish_time, a 点击蓝字关注 banner, blue bar
    heads (活动时间/活动地点/义诊专家/服务项目) over one-line items, an 专家 table with a header row, ``1.``
    items, a closing line (body); a 温馨提示 box, a QR with 长按识别, 来源/编辑/审核, 阅读原文, 在看 (not
    body). p04 a 回顾 with an empty publish_time (the script's ``ct``): ▲ captions, a bold ``王德贵：`` turn,
    a centred slogan (body); an 义诊专家团队 card, 往期回顾 and 精选留言 (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    y, m, d = _ymd(art)
    who = rng.sample(WHO, 3)
    p03 = art["id"] == "p03"
    out = []
    bars = {"活动时间", "活动地点", "义诊专家", "服务项目"}
    if p03:
        def special(p):
            if p in bars:
                return ('<section style="margin:20px 0 8px;text-align:center"><section style="display:inline-block;background:#1a7fc1;'
                        f'color:#fff;padding:4px 18px;border-radius:14px"><p><strong>{esc(p)}</strong></p></section></section>')
            if p.endswith("！") and len(p) < 20:
                return f'<p style="text-align:center"><strong><span style="color:#1a7fc1">{esc(p)}</span></strong></p>'
            if p.startswith("2024年5月18日") or p.startswith("安居镇卫生院"):
                return f'<p style="text-align:center"><span style="font-size:16px">{esc(p)}</span></p>'
            return None
        out = _blocks(art["body"], lambda x: f'<p style="line-height:1.75em;text-indent:2em"><span style="font-size:15px">{x}</span></p>',
                      special=special, table=lambda r: _table(r, 'style="width:100%;border-collapse:collapse" border="1"', th=True))
        out.insert(0, '<p style="text-align:center"><span style="font-size:13px;color:#1a7fc1">点击上方蓝字 关注我们</span></p>')
        tail = ('<section style="background:#eef6fc;padding:12px;margin-top:18px"><p><strong>温馨提示</strong></p>'
                '<p><span style="font-size:14px">1.请携带身份证、医保卡及既往检查资料；</span></p>'
                '<p><span style="font-size:14px">2.需测空腹血糖者请勿进食早餐。</span></p></section>'
                f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
                '<p style="text-align:center"><span style="font-size:12px;color:#888">长按识别二维码 关注我们</span></p>'
                f'<p><span style="font-size:12px;color:#999">来源：医务部　编辑：{who[0]}　审核：{who[1]}</span></p>')
        pt = f"{y}-{m}-{d} {t}"
    else:
        for i, p in enumerate(art["body"]):
            if p.startswith("王德贵："):
                out.append(f'<p style="line-height:1.75em"><span style="font-size:15px"><strong>王德贵：</strong>{esc(p[4:])}</span></p>')
            elif i == len(art["body"]) - 1:
                out.append(f'<p style="text-align:center;margin-top:16px"><strong><span style="color:#1a7fc1;font-size:17px">{esc(p)}</span></strong></p>')
            else:
                out.append(f'<p style="line-height:1.75em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
            if i in (1, 6):
                cap = "▲义诊现场排起长队" if i == 1 else "▲眼科医生为老人筛查白内障"
                out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                           f'<p style="text-align:center"><span style="font-size:12px;color:#888">{cap}</span></p>')
            if i == 3:
                out.append('<section style="border:1px solid #1a7fc1;border-radius:6px;padding:10px;margin:14px 0">'
                           '<p><strong><span style="color:#1a7fc1">义诊专家团队</span></strong></p>'
                           '<p><span style="font-size:13px">心血管内科、内分泌科、骨科、眼科、中医科、康复医学科、护理部</span></p></section>')
        tail = (f'<p><span style="font-size:12px;color:#999">文/图：{who[0]}　编辑：{who[1]}</span></p>'
                '<section><p><strong>往期回顾</strong></p>'
                + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>')
        pt = ""
    comments = ""
    if not p03:
        comments = ('<div class="discuss"><h3>精选留言</h3>'
                    '<div class="item"><span class="nick">平安是福</span><p>专家很耐心，给我妈讲了半个小时，点赞！</p></div>'
                    '<div class="item"><span class="nick">蓝天</span><p>希望下次能到我们镇来。</p></div></div>')
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            '<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">铜梁区第二人民医院</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{pt}</em>'
            '<em id="js_ip_wording">重庆</em></div>'
            '<div class="rich_media_content" id="js_content">' + "".join(out) + tail + '</div>'
            '<div class="rich_media_tool"><a id="js_view_source">阅读原文</a>'
            f'<span>阅读 {rng.randint(1000, 9000)}</span><a>赞 {rng.randint(20, 300)}</a><a>在看 {rng.randint(5, 90)}</a></div>'
            f'{comments}<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "铜梁区第二人民医院"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xzf_ldhd135(art, rng, others):
    """县政府网 领导活动: p05 (GBK) a 调研 report on an old table layout — the text as ``<br><br>`` lines in
    one ``<td>`` inside ``<font>``, ``一要…`` lines after a ``：``-ended lead-in, the 参加调研 line (body);
    ``<font size=5>`` headline, ``[YYYY-MM-DD]`` date beside 信息来源 and 点击数, 领导活动 side column, a
    ``图为`` caption row, 【打印】【关闭】, footer table (not body). p06 a 常务会议 report: a glued
    ``发布时间：YYYY-MM-DD hh:mm:ss来源：县政府办公室字号：`` line, 出席/列席 lines (body); 责任编辑, 上一篇/下一篇,
    相关新闻 with dates, 分享到 and footer (not body)."""
    y, m, d = _ymd(art)
    p05 = art["id"] == "p05"
    url = f"http://www.yunyang.gov.cn/zwxx_206/ldhd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    if p05:
        lines = "<br><br>".join("　　" + esc(p) for p in art["body"])
        side = "".join(f'<tr><td class="dot">·<a>{esc(tt)}</a></td></tr>' for tt, _ in rng.sample(others, 4))
        body = ('<table width="980" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td><img src="/images/yy_top.jpg" width="980" height="150"></td></tr>'
                '<tr><td class="menu" bgcolor="#b40000"><font color="#ffffff">首页&nbsp;|&nbsp;政务公开&nbsp;|&nbsp;领导活动&nbsp;|&nbsp;政务服务&nbsp;|&nbsp;公众参与&nbsp;|&nbsp;走进云阳</font></td></tr></table>'
                '<table width="980" align="center" border="0" cellpadding="0" cellspacing="0"><tr>'
                '<td width="230" valign="top"><table width="220"><tr><td class="lmbt"><b>领导活动</b></td></tr>' + side + '</table></td>'
                '<td width="750" valign="top"><table width="740"><tr><td class="wz">当前位置：首页 &gt;&gt; 政务信息 &gt;&gt; 领导活动</td></tr>'
                f'<tr><td align="center" height="60"><font size="5" color="#b40000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="ly">[{y}-{m}-{d}]　信息来源：县委办公室　点击数：<script>document.write("{_n(rng, 4)}")</script></td></tr>'
                f'<tr><td align="center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="560"><br><font face="楷体">图为王建平在双丰村柑橘基地察看柑橘长势。</font></td></tr>'
                f'<tr><td class="zw" style="line-height:200%"><font size="3">{lines}</font></td></tr>'
                '<tr><td align="right"><a href="javascript:window.print()">【打印】</a>&nbsp;<a href="javascript:window.close()">【关闭】</a></td></tr></table></td></tr></table>'
                f'<table width="980" align="center" class="foot"><tr><td align="center">云阳县人民政府办公室主办　版权所有<br>渝ICP备{_n(rng, 8)}号　网站标识码：5002350{_n(rng, 3)}</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title>'
    else:
        blocks = [f'<p style="text-indent:2em">{esc(p)}</p>' for p in art["body"]]
        prev, nxt = rng.sample(others, 2)
        body = ('<div class="header"><img src="/images/logo_yy.png" alt="云阳县人民政府"><div class="sch"><input placeholder="请输入关键词"></div></div>'
                '<div class="mainnav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>数据发布</a></div>'
                '<div class="position">您所在的位置：<a>首页</a> &gt; <a>政务信息</a> &gt; <a>领导活动</a></div>'
                f'<div class="detail"><div class="title">{esc(art["title"])}</div>'
                f'<div class="msg">发布时间：{y}-{m}-{d} {_hms(rng)}来源：县政府办公室字号：<a>大</a><a>中</a><a>小</a></div>'
                '<div class="content" id="Zoom">' + "".join(blocks) + '</div>'
                f'<div class="edit">责任编辑：{who[0]}</div>'
                f'<div class="prenext"><p>上一篇：<a>{esc(prev[0])}</a></p><p>下一篇：<a>{esc(nxt[0])}</a></p></div>'
                '<div class="share">分享到：<a>微信</a><a>微博</a>　<a>【打印】</a><a>【关闭】</a></div>'
                '<div class="xgxw"><h4>相关新闻</h4><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>') + '</ul></div></div>'
                + _gov_foot(rng, "云阳县人民政府办公室", f"5002350{_n(rng, 3)}"))
        head = f'<title>{esc(art["title"])}_云阳县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
    return head, body, url


def pp_zwh135(art, rng, others):
    """澎湃-like 政务号 article page: a 澎湃号·政务 label, the account name with its 关注 button, the date
    (p07 ``YYYY-MM-DD hh:mm`` + ``来源：澎湃新闻·澎湃号·政务``; p08 none, dated by meta ``publishdate`` and the
    URL's ``newsDetail_forward`` has no date), a 字号 bar, a 免责声明 line, 相关推荐 with dates, a 下载客户端 QR,
    the copyright footer (not body). p07 centred bold ``从…到…`` heads, a quote, a caption; p08 ``问：``/``答：``
    turns (body)."""
    y, m, d = _ymd(art)
    p07 = art["id"] == "p07"
    url = f"https://www.thepaper.cn/newsDetail_forward_{_n(rng, 8)}"
    acct = "潼南发布"
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith("从") and "到" in p and not any(c in p for c in "。，"):
            out.append(f'<h2 style="text-align:center"><strong>{esc(p)}</strong></h2>')
        elif p.startswith(("问：", "答：")):
            out.append(f'<p><strong>{esc(p[:2])}</strong>{esc(p[2:])}</p>')
        else:
            out.append(f'<p>{esc(p)}</p>')
        if p07 and i == 3:
            out.append(f'<div class="contheight"></div><p style="text-align:center"><img src="https://imagecloud.thepaper.cn/thepaper/image/{_n(rng, 3)}/{_n(rng, 3)}/{_n(rng, 3)}.jpg"></p>'
                       '<p style="text-align:center"><span style="color:#999">工人在生产线上分拣柠檬鲜果。</span></p>')
    date_line = (f'<div class="ant-space"><span>{y}-{m}-{d} {_hm(rng)}</span><span>来源：澎湃新闻·澎湃号·政务</span></div>' if p07 else '')
    rec = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{acct}　{dd}</span></li>')
    body = ('<div class="header"><a class="logo">澎湃新闻</a><nav><a>要闻</a><a>深度</a><a>思想</a><a>生活</a><a>澎湃号</a></nav><a>下载客户端</a><a>登录</a></div>'
            '<div class="index_wrapper"><div class="leftcontent"><div class="index_header">澎湃号·政务 &gt;</div>'
            f'<h1 class="index_title">{esc(art["title"])}</h1>'
            f'<div class="index_left"><div class="author"><img src="/avatar/{_n(rng, 6)}.png"><a>{acct}</a><button>+关注</button></div>{date_line}</div>'
            '<div class="fontsize">字号</div>'
            '<div class="index_cententWrap">' + "".join(out) + '</div>'
            '<div class="disclaimer">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问https://renzheng.thepaper.cn。</div>'
            f'<div class="praise"><span>{rng.randint(2, 80)}</span><span>收藏</span><span>我要举报</span></div>'
            f'<div class="recommend"><h3>相关推荐</h3><ul>{rec}</ul></div></div>'
            f'<div class="rightcontent"><div class="qrcode"><img src="/img/app_qr.png"><p>扫码下载澎湃新闻客户端</p></div><div class="hot"><h3>{acct}</h3><p>重庆市潼南区委宣传部官方账号</p></div></div></div>'
            '<div class="footer">© 2014-2024 上海东方报业有限公司　沪ICP备14003370号　互联网新闻信息服务许可证：31120170006</div>')
    head = f'<title>{esc(art["title"])}_澎湃号·政务_澎湃新闻-The Paper</title>'
    if not p07:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="description" content="{esc(art["body"][0][:60])}">'
    return head, body, url


def yjj_yjfb135(art, rng, others):
    """区 应急局 预警 发布 page (GBK): an 预警信息 color badge, ``发布机构：…　发布时间：YYYY年MM月DD日 hh:mm``
    with 预警级别, a 主送 line, ``<b>一、…</b>`` heads, ``1.`` items, a quoted slogan inside a sentence, the
    值班电话 line (body); a 防御指南 box after the text, the 落款 and date, a ``（预警信息来源：…）`` note,
    a 预警信号 side list with dates, 【打印】【关闭】 and footer (not body)."""
    y, m, d = _ymd(art)
    url = f"http://www.jiangjin.gov.cn/bm/qyjj/yjxx/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:30px">{x}</p>',
                     head=lambda x: f'<p style="text-indent:2em;line-height:30px"><b>{x}</b></p>')
    blocks[0] = f'<p style="line-height:30px">{esc(art["body"][0])}</p>'
    recent = [("江津区气象台发布高温黄色预警信号", 6, 26), ("关于做好端午节假期安全防范工作的提示", 6, 7),
              ("江津区气象台发布暴雨蓝色预警信号", 5, 29), ("关于加强汛期地质灾害防范的提示", 5, 16)]
    side = "".join(f'<li><a>{tt}</a><span>{y}-{mm:02d}-{dd:02d}</span></li>' for tt, mm, dd in recent)
    body = ('<div class="top"><img src="/images/jj_yjj.png" alt="江津区应急管理局"></div>'
            '<div class="nav">首页 | 机构概况 | 应急要闻 | 预警信息 | 安全生产 | 防灾减灾 | 应急科普</div>'
            '<div class="main"><div class="left"><h3>近期预警</h3><ul>' + side + '</ul></div>'
            '<div class="right"><div class="loc">您现在的位置：首页 &gt; 预警信息</div>'
            '<div class="yj-badge"><span style="background:#f0b400;color:#fff;padding:2px 8px">预警提示</span>　预警级别：Ⅳ级（一般）</div>'
            f'<h1>{esc(art["title"])}</h1>'
            f'<div class="fbxx">发布机构：江津区应急管理局　发布时间：{y}年{m}月{d}日 {_hm(rng)}　阅读次数：<script>document.write({_n(rng, 3)})</script></div>'
            '<div class="zw">' + "".join(blocks) +
            '<p style="text-align:right;line-height:30px">重庆市江津区应急管理局</p>'
            f'<p style="text-align:right;line-height:30px">{y}年{int(m)}月{int(d)}日</p>'
            '<p style="font-size:12px;color:#666">（预警信息来源：江津区气象台、江津区突发事件预警信息发布中心）</p></div>'
            '<div class="fyzn" style="border:1px solid #f0b400;padding:10px"><p><b>防御指南</b></p>'
            '<p>1.暂停户外作业，远离河道、沟谷和陡坡；</p><p>2.驾车遇积水路段不要强行通过；</p><p>3.发现险情及时拨打119或12350报告。</p></div>'
            '<div class="tool"><a>【打印】</a><a>【关闭】</a></div></div></div>'
            + _gov_foot(rng, "重庆市江津区应急管理局", f"500116{_n(rng, 4)}"))
    head = (f'<title>{esc(art["title"])}_江津区应急管理局</title>'
            f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="keywords" content="预警,强降雨,江津">')
    return head, body, url


def lndx_mp_zs135(art, rng, others):
    """老年大学 公众号 招生简章 post: nickname, a visible publish_time ``YYYY年M月D日 hh:mm``; red ribbon heads ``一、招生对象``, a 专业 table with a header row, ``1.`` items, 开学时间 line, 咨询电话 and
    地址 lines, a closing slogan (body); a ▲ caption, an 报名小贴士 box, a ``点击阅读原文，查看全部专业课表↓``
    teaser, 编辑/审核, 在看, QR (not body)."""
    url = f"https://mp.weixin.qq.com/s?__biz={_wx_id(rng)[:16]}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 12)}"
    t = _hm(rng)
    y, m, d = _ymd(art)
    who = rng.sample(WHO, 2)

    def special(p):
        if _head(p):
            return ('<section style="margin:22px 0 10px"><section style="display:inline-block;border-left:5px solid #c8161d;'
                    f'background:#fdecea;padding:3px 12px"><p><strong><span style="color:#c8161d">{esc(p)}</span></strong></p></section></section>')
        if p.endswith("！") and len(p) < 12:
            return f'<p style="text-align:center;margin-top:20px"><strong><span style="color:#c8161d;font-size:18px">{esc(p)}</span></strong></p>'
        return None
    out = _blocks(art["body"], lambda x: f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px">{x}</span></p>',
                  special=special, table=lambda r: _table(r, 'style="width:100%;border-collapse:collapse" border="1" bordercolor="#c8161d"', th=True))
    out.insert(1, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                  '<p style="text-align:center"><span style="font-size:12px;color:#888">▲学员在书法课堂上练习</span></p>')
    tail = ('<section style="background:#fff7e6;padding:12px;margin-top:16px"><p><strong>报名小贴士</strong></p>'
            '<p><span style="font-size:14px">现场报名请携带身份证原件和一寸照片两张；线上报名遇到问题，可请子女协助或到教务处咨询。</span></p></section>'
            '<p style="text-align:center"><span style="font-size:14px;color:#576b95">点击阅读原文，查看全部专业课表↓</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}</span></p>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
            '<p style="text-align:center"><span style="font-size:12px;color:#888">扫码关注 北碚区老年大学</span></p>')
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list">'
            '<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">北碚区老年大学</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {t}</em></div>'
            '<div class="rich_media_content" id="js_content">' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(2000, 9999)}</span>'
            f'<a>分享</a><a>赞 {rng.randint(30, 300)}</a><a>在看 {rng.randint(10, 99)}</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "北碚区老年大学";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xb_04zb135(art, rng, others):
    """县报 e-paper 第04版 乡村振兴专版: masthead with ``YYYY年MM月DD日　星期X　第NNNN期`` (the only visible date;
    the URL agrees), a 版次 list, 上一版/下一版/PDF, 版面图 with hot areas, 本版标题, 阅读量/本文字数 line,
    an 引题 and a 副题 (p11), a byline (p12 ``□本报记者 name``), a caption table, 责任编辑/版式, 上一篇/下一篇,
    copyright (not body). p11 (GBK): ``本报讯`` run into the lead, the text as ``<br>`` lines in one
    ``founder-content`` with ``<b>一、…</b>`` heads, then a 图片新闻 in full; p12: ``<P>`` paragraphs in
    ``#ozoom`` with ``记者：``/``冉小军：`` turns and an 记者手记 box."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.fengdu.cn/fdb/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 3)
    issue = 4000 + int(m) * 10 + int(d) // 7
    if p11:
        lines = []
        for p in art["body"]:
            lines.append(f"<b>{esc(p)}</b>" if _head(p) else f"　　{esc(p)}")
        top = '<h3 class="yt">三合街道平都村：</h3>'
        sub = '<h2 class="fbt">“稻+鱼”模式让亩产增收 稻田变景区游客纷至沓来</h2>'
        by = ""
        text = '<!--enpcontent--><founder-content>' + "<br>".join(lines) + '</founder-content><!--/enpcontent-->'
        cap = (f'<table class="pic" align="center"><tr><td><img src="../../../res/{y}-{m}/{d}/04/{_n(rng, 8)}.jpg" width="520"></td></tr>'
               f'<tr><td class="caption">平都村村民在稻田里收割水稻。　记者 朱丽 摄</td></tr></table>')
        after = ('<div class="tpxw"><h4>【图片新闻】</h4><p>9月19日，包鸾镇飞仙洞村组织开展“晒秋”活动，村民们把玉米、辣椒挂满房前屋后，'
                 f'吸引不少游客前来拍照。　（{who[1]} 摄）</p></div>')
        text = cap + text
    else:
        top = ""
        sub = ""
        by = f'<div class="byline">□本报记者 {who[0]}</div>'
        text = '<div id="ozoom"><founder-content>' + "".join(
            f"<P>　　{esc(p)}</P>" if not p.startswith(("记者：", "冉小军：")) else f"<P>　　<B>{esc(p.split('：')[0])}：</B>{esc(p.split('：', 1)[1])}</P>"
            for p in art["body"]) + '</founder-content></div>'
        text = (f'<table class="pic" align="center"><tr><td><img src="../../../res/{y}-{m}/{d}/04/{_n(rng, 8)}.jpg" width="520"></td></tr>'
                f'<tr><td class="caption">冉小军在果园里查看龙眼长势。</td></tr></table>') + text
        after = ('<div class="jzsj" style="border:1px solid #999;padding:8px"><b>记者手记</b>'
                 '<p>采访结束时，冉小军的手机响个不停，都是来问龙眼的老客户。土地还是那片土地，种地的人换了思路，日子就有了新的样子。</p></div>')
    ban = "".join(f'<li{" class=cur" if i == 4 else ""}><a>第0{i}版：{n}</a></li>' for i, n in ((1, "要闻"), (2, "综合"), (3, "民生"), (4, "乡村振兴专版")))
    prev, nxt = rng.sample(others, 2)
    body = (f'<div class="masthead"><img src="../../../images/fdb_logo.png" alt="丰都报"><div class="mast-r">'
            f'<p>{y}年{m}月{d}日　{_week(art)}　第{issue}期</p><p>中共丰都县委主管主办　国内统一连续出版物号 CN50-0000</p></div></div>'
            '<div class="notice">这已经是最新一期了</div>'
            f'<div class="bc"><ul>{ban}</ul>　<a>上一版</a>　<a>下一版</a>　<a href="../../../pdf/{y}{m}{d}04.pdf">PDF下载</a></div>'
            '<table width="1000" align="center"><tr><td width="380" valign="top">'
            f'<div class="bmt"><img src="../../../res/{y}-{m}/{d}/04/b04.jpg" usemap="#pagepicmap" width="360"><map name="pagepicmap"><area shape="rect" coords="10,20,350,200"></map></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li><li><a>秋收时节话丰收</a></li><li><a>图片新闻</a></li></ul></div></td>'
            f'<td valign="top"><div class="article">{top}<h1>{esc(art["title"])}</h1>{sub}{by}'
            f'<div class="ydl">阅读量：{rng.randint(300, 3000)}　本文字数：{sum(len(p) for p in art["body"])}</div>{text}{after}'
            f'<div class="bj">责任编辑：{who[2]}　版式：{who[1]}</div>'
            f'<div class="sx"><p>上一篇：<a>{esc(prev[0])}</a></p><p>下一篇：<a>{esc(nxt[0])}</a></p></div></div></td></tr></table>'
            f'<div class="copyright">丰都报社版权所有　未经授权禁止转载　渝ICP备{_n(rng, 8)}号　地址：丰都县三合街道平都大道{rng.randint(10, 99)}号</div>')
    head = '<title>丰都报-第04版：乡村振兴专版</title><meta name="keywords" content="丰都报,数字报">'
    return head, body, url


TEMPLATES = {"nyw_njbt135": nyw_njbt135, "yy_mp_yz135": yy_mp_yz135, "xzf_ldhd135": xzf_ldhd135,
             "pp_zwh135": pp_zwh135, "yjj_yjfb135": yjj_yjfb135, "lndx_mp_zs135": lndx_mp_zs135,
             "xb_04zb135": xb_04zb135}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages135", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
