"""Build the hundred-and-forty-ninth saved-page set (``pages149``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used: 区 应急管理局 portal pages, a GBK 应急避难场所 名录 公告 and a 疏散演练 news page
(``yjj_bncs149``), a 博物馆 公众号 展览 预告 post (``bwg_mp_zl149``), 县政府网 巡察 整改 pages, a GBK
整改进展 公告 and a 反馈会 report (``xzf_xczg149``), 华龙网-like 区县 news pages with a 图集
(``hlw_qxtj149``), 区 交通运输局 pages, a GBK 道路施工 封闭 通告 and a 施工进展 news page
(``jtj_sgfb149``), an 企业 公众号 党建 主题党日 post (``qy_mp_dj149``) and a 晚报 e-paper 第03版 要闻
page (``wb_03yw149``). ``articles.txt`` holds the title, date and reference body; the furniture
(not body) is written here. See README.md.

    python tests/data/web/pages149/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["李晓燕", "王浩然", "张玉婷", "刘子涵", "陈建国", "杨思琪", "赵宇航", "黄丽娟", "周永强", "吴佳怡"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？（")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, th=False, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; the first row
    as ``<th>`` cells or bold)."""
    out = []
    for i, r in enumerate(rows):
        if i == 0 and th:
            cells = "".join(f"<th>{esc(c)}</th>" for c in r.split(" "))
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


def _after(art, days: int) -> datetime.date:
    return datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=days)


def _cn(d: datetime.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _foot(rng, host: str, code: str, prov: str = "蜀") -> str:
    return (f'<div class="footer"><div class="flink"><a>网站地图</a> | <a>联系我们</a> | <a>无障碍</a> | <a>长辈版</a></div>'
            f'<p>主办：{host}　网站标识码：{code}</p>'
            f'<p><a>{prov}ICP备{_n(rng, 8)}号-1</a>　<img src="/images/gaba.png">川公网安备 {_n(rng, 14)}号</p>'
            '<div class="jg"><img src="/images/dzjg.png"><img src="/images/zfwzjc.png"></div></div>')


def yjj_bncs149(art, rng, others):
    """区 应急管理局 portal: p01 (GBK) an 应急避难场所 名录 公告 — an 索引号 grid, an info line glued with
    no whitespace (``发布时间:YYYY-MM-DD hh:mm来源:…浏览次数:`` with a ``document.write`` counter and
    字体), a 文号 line, ``<strong>一、…</strong>`` heads, a 名录 table, ``1.`` items, a 咨询电话 line,
    特此公告 (body), the 落款 two days earlier, two 附件 lines and an 避险小贴士 box (not body); p02 a
    疏散演练 news page — 发布时间 beside a later 更新时间, green bar heads, a 楷体 caption, a one-sentence
    paragraph, 责任编辑, 上一篇/下一篇 and 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.xindu.gov.cn/xdqyjglj/c{_n(rng, 6)}/{y}-{m}/{d}/content_{_n(rng, 32 // 4)}.shtml"
    who = rng.sample(WHO, 3)
    top = ('<div class="top"><span>四川省人民政府</span> <span>成都市人民政府</span><a>无障碍</a><a>长辈版</a><a>登录</a></div>'
           '<div class="banner"><img src="/images/xd_logo.png" alt="成都市新都区人民政府"></div>'
           '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进新都</li></ul></div>')
    if p01:
        para = lambda t: f'<p style="text-indent:2em;line-height:28px"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>'  # noqa: E731
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:28px"><strong><span style="font-family:黑体">{t}</span></strong></p>')
        sig = _before(art, 2)
        grid = ('<table class="xxgk" width="100%"><tr><td>索引号：</td><td>11510114MB1{0}/{1}-{2}</td><td>组配分类：</td><td>通知公告</td></tr>'
                '<tr><td>发布机构：</td><td>新都区应急管理局</td><td>主题分类：</td><td>安全生产</td></tr>'
                '<tr><td>名称：</td><td>{3}</td><td>文号：</td><td>新应急发〔{1}〕7号</td></tr>'
                '<tr><td>生成日期：</td><td>{4}</td><td>发布日期：</td><td>{1}-{5}-{6}</td></tr></table>').format(
                    _n(rng, 7), y, _n(rng, 5), esc(art["title"]), sig.isoformat(), m, d)
        info = (f'<div class="info">发布时间:{y}-{m}-{d} {_hm(rng)}来源:新都区应急管理局浏览次数:'
                f'<script>document.write("{_n(rng, 3)}")</script>字体:[<a>大</a> <a>中</a> <a>小</a>]</div>')
        tail = (f'<p style="text-align:right;line-height:28px">成都市新都区应急管理局</p>'
                f'<p style="text-align:right;line-height:28px">{_cn(sig)}</p>'
                f'<p>附件：1.<a href="/uploads/{y}{m}/{_n(rng, 10)}.xls">新都区2025年度应急避难场所名录（全部）.xls</a></p>'
                f'<p>　　　2.<a href="/uploads/{y}{m}/{_n(rng, 10)}.pdf">新都区应急避难场所分布示意图.pdf</a></p>')
        box = ('<div class="tips" style="border:1px solid #e0a800;padding:10px;margin:14px 0"><p><b>避险小贴士</b></p>'
               '<p>请提前了解离家最近的应急避难场所及疏散路线；避难场所入口设有绿色标志牌，夜间可见。</p></div>')
        body = (top + '<div class="crumb">您现在所在的位置：网站首页 &gt; 政府信息公开 &gt; 新都区应急管理局 &gt; 通知公告</div>'
                f'<div class="main">{grid}<h1 class="title">{esc(art["title"])}</h1>{info}'
                f'<p class="wh" style="text-align:center">新应急发〔{y}〕7号</p>'
                '<div class="TRS_Editor" id="zoom">' + "".join(blocks) + tail + f'</div>{box}'
                '<div class="tool"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
                + _foot(rng, "成都市新都区人民政府办公室", f"5101140{_n(rng, 3)}"))
        head = (f'<title>{esc(art["title"])}-成都市新都区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ContentSource" content="新都区应急管理局">')
    else:
        def special(p):
            if len(p) < 14 and "，" in p and "。" not in p:
                return (f'<div class="bar" style="border-left:5px solid #2e8b57;background:#eef7f1;padding:4px 10px;margin:12px 0">'
                        f'<p><strong>{esc(p)}</strong></p></div>')
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>', special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="600"></p>'
                         '<p style="text-align:center;font-family:楷体">居民在志愿者引导下进入应急避难场所。</p>')
        upd = _after(art, 3)
        rel = _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
        body = (top + '<div class="crumb">当前位置：首页 &gt; 部门动态 &gt; 区应急管理局</div>'
                f'<div class="main"><h1 class="title">{esc(art["title"])}</h1>'
                f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>更新时间：{upd.isoformat()} {_hm(rng)}</span>'
                f'<span>来源：新都区应急管理局</span></div>'
                '<div class="TRS_Editor" id="zoom">' + "".join(blocks) + '</div>'
                f'<div class="zrbj">（责任编辑：{who[0]}）</div>'
                f'<div class="prenext"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[2][0])}</a></p></div>'
                f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div>'
                '<div class="tool">分享到：<a class="wx"></a><a class="wb"></a>　<a>【打印】</a><a>【关闭】</a></div></div>'
                + _foot(rng, "成都市新都区人民政府办公室", f"5101140{_n(rng, 3)}"))
        head = f'<title>{esc(art["title"])}-成都市新都区人民政府</title><meta name="PubDate" content="{y}-{m}-{d}">'
    return head, body, url


def bwg_mp_zl149(art, rng, others):
    """博物馆 公众号 展览 预告: a visible ``publish_time`` (``YYYY年MM月DD日 hh:mm``) with IP 属地, a
    ``关注`` banner, ``第一单元　…`` ribbon heads, centred 展览时间/展览地点 lines, bold ``问：`` and
    ``策展人 name：`` turns, a closing slogan (body); ▲ captions, an 观展指南 box, 文字/摄影/编辑/审核,
    往期回顾, 阅读原文, 在看 and 精选留言 (not body)."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 4)
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith("第") and "单元　" in p:
            out.append(f'<section style="text-align:center;margin:22px 0 10px"><span style="background:#8b5a2b;color:#fff;padding:4px 14px;font-size:16px">'
                       f'<strong>{esc(p)}</strong></span></section>')
        elif p.startswith(("展览时间：", "展览地点：")):
            out.append(f'<p style="text-align:center"><span style="color:#8b5a2b;font-size:15px">{esc(p)}</span></p>')
        elif p.startswith("问："):
            out.append(f'<p><strong><span style="font-size:15px">{esc(p)}</span></strong></p>')
        elif p.startswith("策展人 "):
            name, rest = p.split("：", 1)
            out.append(f'<p><span style="font-size:15px"><strong>{esc(name)}：</strong>{esc(rest)}</span></p>')
        elif p.endswith("！") and len(p) < 20:
            out.append(f'<p style="text-align:center"><span style="color:#8b5a2b;font-size:17px"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i in (5, 7):
            cap = "▲夹砂红陶罐（局部）" if i == 5 else "▲复原的古码头石阶展项效果图"
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#999">{cap}</span></p>')
    banner = ('<p style="text-align:center"><span style="font-size:13px;color:#8b5a2b">点击上方蓝字 关注沱湾博物馆</span></p>')
    box = ('<section style="border:1px solid #8b5a2b;padding:12px;margin:20px 0"><p><strong>观展指南</strong></p>'
           '<p><span style="font-size:14px">开放时间：周二至周日9:00—17:00（16:30停止入馆），周一闭馆</span></p>'
           '<p><span style="font-size:14px">预约方式：关注本公众号，点击菜单栏“参观预约”，免费预约入馆</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">文字：{who[0]}　摄影：{who[1]}　编辑：{who[2]}　审核：{who[3]}</span></p>'
            '<section><p><strong>往期回顾</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{who[2]}</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">沱湾博物馆</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            f'<span id="js_ip_wording_wrp">四川</span></div>'
            f'<div class="rich_media_content" id="js_content">{banner}' + "".join(out) + box + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(2000, 9000)}</span>'
            f'<a>点赞 {rng.randint(40, 300)}</a><a>在看 {rng.randint(10, 80)}</a></div>'
            '<div class="discuss_container"><h3>精选留言</h3><div class="discuss_item"><span>小鹿</span><p>五一一定带孩子去看！</p></div>'
            '<div class="discuss_item"><span>老街坊</span><p>码头账册太想看了，期待。</p></div><a>写留言</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "沱湾博物馆"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xzf_xczg149(art, rng, others):
    """县政府网 巡察 整改: p04 (GBK) an 整改进展 公告 on an old table layout — ``发布日期：YYYY年MM月DD日``
    and a later ``更新时间`` in one cell with 信息来源 and 点击, the text as ``<br><br>`` lines in one
    ``<font>`` with ``<b>一、…</b>`` heads and ``1.`` items, an 整改 table between two ``<font>`` runs,
    联系电话/电子邮箱 lines (body), the 落款 and a date earlier, an 附件 line and a 相关链接 box (not
    body); p05 a 反馈会 report — only a later ``更新时间`` visible (meta ``PubDate`` and the URL give the
    date), red bold ``坚持…，推动…`` heads, a photo + caption, a quote, 责任编辑 and 相关信息 with dates."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.pengxi.gov.cn/xwzx/{'tzgg' if p04 else 'bmdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 2)
    if p04:
        runs, cur, table = [], [], None
        rows = [p for p in art["body"] if _row(p)]
        for p in art["body"]:
            if _row(p):
                if table is None:
                    runs.append(cur)
                    cur, table = [], _table(rows, attrs='border="1" cellspacing="0" cellpadding="3" width="96%" align="center" bordercolor="#666666"')
                continue
            cur.append(f"<b>{esc(p)}</b>" if _head(p) else "　　" + esc(p))
        runs.append(cur)
        text = (f'<font style="font-size:15px;line-height:28px">{"<br><br>".join(runs[0])}<br><br></font>{table}'
                f'<font style="font-size:15px;line-height:28px"><br>{"<br><br>".join(runs[1])}<br><br></font>')
        sig = _before(art, 3)
        upd = _after(art, 5)
        side = "".join(f'<tr><td class="lb">·<a>{esc(tt)}</a></td></tr>' for tt, _ in rng.sample(others, 4))
        body = ('<table width="990" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/px_top.jpg" width="990" height="150"></td></tr>'
                '<tr><td class="menu" height="36">&nbsp;首页&nbsp;|&nbsp;政务公开&nbsp;|&nbsp;巡察工作&nbsp;|&nbsp;政务服务&nbsp;|&nbsp;公众参与&nbsp;|&nbsp;魅力蓬溪</td></tr></table>'
                '<table width="990" align="center" cellpadding="0" cellspacing="0"><tr>'
                f'<td width="220" valign="top"><table width="100%"><tr><td class="lmt">巡察工作</td></tr>{side}</table></td>'
                '<td width="770" valign="top"><table width="100%"><tr><td class="wz">您现在的位置：首页 &gt;&gt; 巡察工作 &gt;&gt; 整改公开</td></tr>'
                f'<tr><td align="center" height="60"><font size="5" color="#b30000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="xx">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;更新时间：{upd.year}年{upd.month:02d}月{upd.day:02d}日&nbsp;&nbsp;'
                f'信息来源：县委巡察办&nbsp;&nbsp;点击：<script>document.write("{_n(rng, 3)}")</script>次</td></tr>'
                f'<tr><td class="zw">{text}'
                f'<p align="right">中共蓬溪县农业农村局党组</p><p align="right">{_cn(sig)}</p>'
                f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.doc">县农业农村局党组巡察整改问题清单.doc</a></p></td></tr>'
                '<tr><td><table class="xglj" width="100%"><tr><td><b>相关链接</b></td></tr>'
                '<tr><td>·<a>中共蓬溪县委巡察工作规划（2023—2027年）</a></td></tr><tr><td>·<a>县委巡察办受理信访举报方式</a></td></tr></table></td></tr>'
                '<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table></td></tr></table>'
                f'<table width="990" align="center" class="foot"><tr><td align="center">版权所有：蓬溪县人民政府办公室　蜀ICP备{_n(rng, 8)}号<br>'
                f'网站标识码：5109210{_n(rng, 3)}　川公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="巡察,整改,蓬溪县">'
    else:
        def special(p):
            if p.startswith("坚持") and "，" in p and "。" not in p:
                return f'<p style="text-indent:2em"><strong><span style="color:#c00000">{esc(p)}</span></strong></p>'
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2em">{t}</p>', special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="560"></p>'
                         '<p style="text-align:center">图为巡察情况反馈会现场。</p>')
        upd = _after(art, 2)
        rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>[{dd}]</span></li>')
        body = ('<div class="header"><img src="/images/px_logo.png" alt="蓬溪县人民政府"><div class="search"><input value="请输入关键词"></div></div>'
                '<div class="nav"><a>首页</a><a>政务公开</a><a>巡察工作</a><a>政务服务</a><a>魅力蓬溪</a></div>'
                '<div class="crumb">当前位置：首页 &gt; 巡察工作 &gt; 工作动态</div>'
                f'<div class="article"><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span>来源：县委巡察办</span><span>更新时间：{upd.isoformat()}</span><span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
                '<div class="content" id="zoom">' + "".join(blocks) + '</div>'
                f'<div class="zrbj">责任编辑：{who[0]}</div>'
                '<div class="share">分享到：<a class="wx"></a><a class="wb"></a><a class="qq"></a></div>'
                f'<div class="xgxx"><h3>相关信息</h3><ul>{rel}</ul></div></div>'
                + _foot(rng, "蓬溪县人民政府办公室", f"5109210{_n(rng, 3)}"))
        head = (f'<title>{esc(art["title"])}_蓬溪县人民政府</title><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
                f'<meta name="ContentSource" content="县委巡察办">')
    return head, body, url


def hlw_qxtj149(art, rng, others):
    """华龙网-like 区县 news with a 图集: a swiper of photos each with its own caption and ``1/5`` counter
    above the text, an 编辑/责任编辑 line, a 版权声明, 相关新闻 with dates, a 新重庆客户端 download
    prompt and a 区县 channel footer (not body); the ``华龙网-新重庆客户端…讯（…）`` opening run into the
    lead, ``记者：`` and ``name：`` turns, one-sentence paragraphs (body). p06 shows ``YYYY-MM-DD hh:mm:ss``
    with 来源; p07 shows no date (meta ``publishdate`` and the URL give it)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://cq.cqnews.net/qx/html/{y}-{m}/{d}/content_{_n(rng, 10)}.html"
    who = rng.sample(WHO, 3)
    caps = (["夜幕下的秀湖公园灯光步道。", "市民在湖畔舞台前观看演出。", "南门广场夜间集市。", "孩子们在草坪上玩耍。", "湖边的廊桥倒影。"] if p06
            else ["俯瞰金带街道稻田画。", "游客在观景台拍照。", "种植户在田间查看稻穗。", "稻田边的乡村集市。", "彩色水稻近景。"])
    slides = "".join(f'<div class="swiper-slide"><img src="https://img.cqnews.net/{y}{m}/{_n(rng, 12)}.jpg">'
                     f'<p class="pic-info"><span class="num">{i + 1}/{len(caps)}</span>{c}{"（通讯员 邓雪梅 摄）" if p06 and i == 0 else ""}</p></div>'
                     for i, c in enumerate(caps))
    gallery = f'<div class="photo-gallery"><div class="swiper-wrapper">{slides}</div><a class="prev">‹</a><a class="next">›</a></div>'

    def special(p):
        if p.startswith("记者："):
            return f'<p><strong>记者：</strong>{esc(p[3:])}</p>'
        if "：" in p and p.index("：") < 12 and "讯" not in p[:p.index("：")]:
            name, rest = p.split("：", 1)
            return f'<p><strong>{esc(name)}：</strong>{esc(rest)}</p>'
        return None
    blocks = _blocks(art["body"], lambda t: f'<p>{t}</p>', special=special)
    info = (f'<div class="info"><span class="time">{y}-{m}-{d} {_hm(rng)}:{rng.randint(10, 59)}</span><span class="source">来源：华龙网</span></div>' if p06
            else '<div class="info"><span class="source">来源：新重庆客户端</span></div>')
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
    body = ('<div class="topbar"><a>华龙网首页</a><a>新闻</a><a>区县</a><a>财经</a><a>文旅</a><a class="app">下载新重庆客户端</a></div>'
            f'<div class="qx-head"><img src="/images/qx_logo.png"><span>区县频道</span></div>'
            f'<div class="crumb">华龙网 &gt; 区县 &gt; {"璧山" if p06 else "梁平"}</div>'
            f'<div class="main"><h1>{esc(art["title"])}</h1>{info}{gallery}'
            '<div class="content" id="main_text">' + "".join(blocks) + '</div>'
            f'<div class="editor">[编辑：{who[0]}　责任编辑：{who[1]}]</div>'
            '<div class="statement">版权声明：凡注明“来源：华龙网”的所有作品，版权均属于华龙网，未经授权不得转载。</div>'
            '<div class="share">分享到：<a class="wx"></a><a class="wb"></a><a class="qq"></a></div>'
            f'<div class="related"><h3>相关新闻</h3><ul>{rel}</ul></div>'
            '<div class="app-prompt"><img src="/images/xcq_qr.png"><p>扫码下载新重庆客户端 看更多区县新闻</p></div></div>'
            f'<div class="footer">华龙网版权所有　互联网新闻信息服务许可证：50120170002　渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>{esc(art["title"])}_区县_华龙网</title><meta name="keywords" content="{"璧山" if p06 else "梁平"}">'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="description" content="{esc(art["body"][0][:60])}">'
    return head, body, url


def jtj_sgfb149(art, rng, others):
    """区 交通运输局 portal: p08 (GBK) a 道路施工 封闭 通告 — info spans glued with no whitespace
    (``【发布时间：YYYY-MM-DD】【来源：…】【浏览：N次】``), a 文号 line, ``一、…`` heads, one-line 封闭时间
    paragraphs, ``1.`` 绕行 items, a 咨询电话 line, 特此通告 (body), a 示意图 + caption, a two-issuer 落款
    and its date, an 附件 line and an 出行提示 box (not body); p09 a 施工进展 news page with a
    ``[YYYY-MM-DD]`` date, a photo + ``▲`` caption, a bold ``…负责人 name：`` quote, 相关阅读."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.wenjiang.gov.cn/wjzzw/c{_n(rng, 6)}/{y}-{m}/{d}/content_{_n(rng, 10)}.shtml"
    who = rng.sample(WHO, 2)
    top = ('<div class="head"><img src="/images/wj_logo.png" alt="成都市温江区交通运输局"></div>'
           '<div class="nav"><ul><li>首页</li><li>机构概况</li><li>通知公告</li><li>工作动态</li><li>政务公开</li><li>办事服务</li></ul></div>')
    if p08:
        para = lambda t: f'<p style="text-indent:2em;line-height:30px">{t}</p>'  # noqa: E731
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:30px"><span style="font-family:黑体">{t}</span></p>')
        i = next(k for k, p in enumerate(art["body"]) if p.startswith("三、"))
        blocks.insert(i, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.png" width="520"></p>'
                         '<p style="text-align:center">凤凰大道封闭施工绕行示意图</p>')
        box = ('<div class="cxts" style="background:#f3f8ff;border:1px solid #9cc3ef;padding:10px"><p><b>出行提示</b></p>'
               '<p>请广大驾驶人提前规划出行线路，可通过导航软件查询实时路况，尽量避开施工路段。</p></div>')
        body = (top + '<div class="wz">当前位置：首页 &gt; 通知公告</div>'
                f'<div class="con"><h2>{esc(art["title"])}</h2>'
                f'<div class="xx">【发布时间：{y}-{m}-{d}】【来源：区交通运输局】【浏览：<script>document.write("{_n(rng, 4)}")</script>次】【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<p style="text-align:center">温交通告〔{y}〕{rng.randint(8, 19)}号</p>'
                '<div class="zw">' + "".join(blocks)
                + '<p style="text-align:right">成都市温江区交通运输局　成都市公安局温江区分局</p>'
                f'<p style="text-align:right">{_cn(_before(art, 1))}</p>'
                f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.pdf">凤凰大道施工期间交通组织示意图.pdf</a></p></div>{box}'
                '<div class="tool"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
                + _foot(rng, "成都市温江区交通运输局", f"5101150{_n(rng, 3)}"))
        head = f'<title>{esc(art["title"])}-成都市温江区交通运输局</title><meta name="keywords" content="道路施工,交通封闭">'
    else:
        def special(p):
            if p.startswith("工程项目负责人 "):
                name, rest = p.split("：", 1)
                return f'<p style="text-indent:2em"><strong>{esc(name)}：</strong>{esc(rest)}</p>'
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>', special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="560"></p>'
                         '<p style="text-align:center;color:#666">▲工人正在吊装排水管道</p>')
        rel = _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a>[{dd}]</li>')
        body = (top + '<div class="wz">当前位置：首页 &gt; 工作动态</div>'
                f'<div class="con"><h2>{esc(art["title"])}</h2><div class="xx">[{y}-{m}-{d}]　来源：区交通运输局　作者：{who[0]}</div>'
                '<div class="zw">' + "".join(blocks) + '</div>'
                f'<div class="xgyd"><h3>相关阅读</h3><ul>{rel}</ul></div>'
                '<div class="tool"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
                + _foot(rng, "成都市温江区交通运输局", f"5101150{_n(rng, 3)}"))
        head = f'<title>{esc(art["title"])}-成都市温江区交通运输局</title>'
    return head, body, url


def qy_mp_dj149(art, rng, others):
    """企业 公众号 党建 主题党日 post: a red 党建 header image, red ribbon heads (``重温誓词，坚定初心``),
    bold ``老党员 name：``/``青年党员 name：`` turns, a centred slogan (body); ``▲`` captions, a 支部简介
    card, 来源/编辑/审核 credits, 推荐阅读, 在看 (not body); an empty ``publish_time`` (the script's
    ``ct`` gives the date)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 3)
    out = []
    for i, p in enumerate(art["body"]):
        if len(p) < 12 and "，" in p and "。" not in p and not p.endswith("！"):
            out.append(f'<section style="margin:20px 0 10px;text-align:center"><span style="display:inline-block;background:#c00000;color:#fff;padding:5px 18px;border-radius:14px">'
                       f'<strong>{esc(p)}</strong></span></section>')
        elif p.startswith(("老党员 ", "青年党员 ")):
            name, rest = p.split("：", 1)
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px"><strong><span style="color:#c00000">{esc(name)}：</span></strong>{esc(rest)}</span></p>')
        elif p.endswith("！") and len(p) < 14:
            out.append(f'<p style="text-align:center;margin-top:20px"><span style="color:#c00000;font-size:18px"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i in (2, 7):
            cap = "▲党员重温入党誓词" if i == 2 else "▲党员交流学习体会"
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{cap}</span></p>')
        if i == 0:
            out.append('<section style="border:1px dashed #c00000;padding:10px 14px;margin:16px 0"><p><strong><span style="color:#c00000">支部简介</span></strong></p>'
                       '<p><span style="font-size:14px">公司党委下设6个党支部，现有党员138名，先后获评区级“五好”党支部2个、党员示范岗9个。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">来源：公司党群工作部　编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong>推荐阅读</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>')
    head_img = f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640" alt="党建引领"></p>'
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">蜀能燃气</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            f'<div class="rich_media_content" id="js_content">{head_img}' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(500, 3000)}</span><a>点赞 {rng.randint(20, 200)}</a><a>在看 {rng.randint(5, 60)}</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "蜀能燃气"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def wb_03yw149(art, rng, others):
    """晚报 e-paper 第03版 要闻: masthead with ``YYYY年M月D日　星期X`` (the only visible date; the URL
    agrees), a 版次 ``<select>``, 上一版/下一版/PDF/往期, 版面图 with hotspot areas, 本版标题, 责任编辑,
    copyright (not body). p11 (GBK): an 引题 line above the headline, the text as ``<br>`` lines in one
    ``founder-content`` with the 本报讯 opening (body), a photo in a caption table with a 记者 摄 credit and
    a second 简讯 item shown in full (not body); p12: a 副题 line, a byline, ``<P>`` paragraphs in
    ``#ozoom`` with ``记者：`` and ``…负责人 name：`` turns (body) and a 数字看台 box (not body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.tjwb.cn/html/{y}-{m}/{d}/content_03_{_n(rng, 5)}.htm"
    who = rng.sample(WHO, 3)
    same = ["市民服务中心延长周末服务时间", "第十届沱江龙舟邀请赛开赛", "全市秋季征兵体检启动"]
    if p11:
        kicker = '<div class="yt">老旧小区周边、主要街道沿线“见缝插绿”</div>'
        text = ('<!--enpcontent--><founder-content>' + "<br>".join(f"　　{esc(p)}" for p in art["body"][:4])
                + '<br><table class="pic" align="center"><tr><td><img src="../../../res/1/' + f'{y}{m}{d}/{_n(rng, 12)}.jpg" width="480"></td></tr>'
                f'<tr><td align="center">市民在玉溪路口袋公园内休闲。　记者 {who[1]} 摄</td></tr></table>'
                + "<br>".join(f"　　{esc(p)}" for p in art["body"][4:]) + '<br></founder-content><!--/enpcontent-->')
        sub = ""
        by = ""
        after = ('<div class="other"><h3>■简讯</h3><h4>市民服务中心延长周末服务时间</h4>'
                 '<p>　　本报讯　从本月18日起，市民服务中心周六服务时间延长至下午5时，社保、医保、不动产登记等高频事项均可办理。（晚报记者）</p></div>')
    else:
        kicker = ""
        sub = '<div class="ft">东兴区双才镇晚稻机收率超过九成</div>'
        by = f'<div class="author">记者　{who[0]}　文/图</div>'

        def p_(p):
            if p.startswith("记者："):
                return f"<P>　　<B>记者：</B>{esc(p[3:])}</P>"
            if "：" in p and p.index("：") < 14 and "，" not in p[:p.index("：")]:
                name, rest = p.split("：", 1)
                return f"<P>　　<B>{esc(name)}：</B>{esc(rest)}</P>"
            return f"<P>　　{esc(p)}</P>"
        text = '<div id="ozoom"><founder-content>' + "".join(p_(p) for p in art["body"]) + '</founder-content></div>'
        after = ('<div class="box" style="border:1px solid #999;padding:8px"><p><b>数字看台</b></p>'
                 '<p>全镇农机合作社5家　联合收割机38台　粮食烘干中心2个</p></div>')
    bm = "".join(f'<li><a>{esc(x)}</a></li>' for x in rng.sample(same, 2))
    body = (f'<div class="masthead"><img src="../../../images/tjwb_logo.gif" alt="沱江晚报"><div class="mast-r">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>沱江日报社主管主办　国内统一连续出版物号 CN51-00{_n(rng, 2)}</p></div></div>'
            '<div class="bc"><select name="ban"><option>第01版：头版</option><option>第02版：要闻</option><option selected>第03版：要闻</option>'
            '<option>第04版：民生</option></select>'
            f'　<a href="node_02.htm">上一版</a>　<a href="node_04.htm">下一版</a>　<a href="../../../page/{y}-{m}/{d}/03/{_n(rng, 8)}.pdf">PDF下载</a>　<a>往期回顾</a></div>'
            '<table width="1000" align="center"><tr><td width="360" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/03/{y}{m}{d}03_b.jpg" width="340" usemap="#PagePicMap"></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>{bm}</ul></div></td>'
            f'<td valign="top"><div class="article">{kicker}<h1>{esc(art["title"])}</h1>{sub}{by}{text}{after}'
            f'<div class="bj">责任编辑：{who[2]}　校对：{who[1]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">沱江晚报社 版权所有　未经授权不得转载　蜀ICP备{_n(rng, 8)}号</div>')
    head = '<title>沱江晚报-第03版：要闻</title><meta name="keywords" content="沱江晚报,数字报">'
    return head, body, url


TEMPLATES = {"yjj_bncs149": yjj_bncs149, "bwg_mp_zl149": bwg_mp_zl149, "xzf_xczg149": xzf_xczg149,
             "hlw_qxtj149": hlw_qxtj149, "jtj_sgfb149": jtj_sgfb149, "qy_mp_dj149": qy_mp_dj149,
             "wb_03yw149": wb_03yw149}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages149", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
