"""Build the hundred-and-forty-second saved-page set (``pages142``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 林业局 portal 林木采伐许可 公示 with a table and a
植树节 news page (``lyj_cfxk142``), a 供电 公众号 停电预告 post (``gd_mp_tdyg142``), a 县政府网 安全生产
事故通报 and 明查暗访 情况通报 with a table (``xzf_aqsc142``), 凤凰网-like 地方频道 news pages
(``fhw_dfpd142``), a 区 档案馆 开放档案 公告 and its 主题展 news (``dag_kfml142``), a 图书馆 公众号 新书
推荐 post (``tsg_mp_xs142``) and a 都市报 e-paper 第09版 健康 (``dsb_09jk142``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages142/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["罗晓燕", "张剑", "李思彤", "杜明辉", "高月", "邓宇", "钟琳", "蒲建国", "谢婷", "任涛"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, th=False, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; the first row a
    header, as ``<th>`` when ``th``, else bold cells)."""
    out = []
    for i, r in enumerate(rows):
        if i == 0 and th:
            cells = "".join(f"<th>{esc(c)}</th>" for c in r.split(" "))
        else:
            cells = "".join(f'<td align="center">{"<b>" if i == 0 else ""}{esc(c)}{"</b>" if i == 0 else ""}</td>'
                            for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None, th=False, after_table="") -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table (followed by
    ``after_table``), ``special(p)`` (when it gives markup) first, numbered heads through ``head``,
    other lines through ``para``."""
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(_table(rows, th=th) + after_table)
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


def _day(art, k: int) -> datetime.date:
    return datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=k)


def _cn(dd: datetime.date) -> str:
    return f"{dd.year}年{dd.month}月{dd.day}日"


def _gov_foot(rng, host: str, code: str, sponsor: str = "") -> str:
    return (f'<div class="footer"><div class="ft-link"><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a> | <a>纠错</a></div>'
            f'<p>主办单位：{sponsor or host}　承办单位：{host}</p>'
            f'<p>网站标识码：{code}　<a>蜀ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png">川公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jg"><img src="/images/red.png"><img src="/images/zfjc.png"></div></div>')


def lyj_cfxk142(art, rng, others):
    """区 林业局 portal: p01 (GBK) a 林木采伐许可 公示 — a glued ``发布时间：…来源：…浏览次数：`` line with a
    ``document.write`` counter, ``<strong>一、…</strong>`` heads, a 许可 table, 联系电话/通讯地址 lines and
    特此公示 (body), the 落款 with the previous day's date, an 附件 line and a 相关链接 box (not body);
    p02 a 植树节 news page with 发布时间 beside a later 更新时间, bar heads, a photo + 楷体 caption with a
    供图 credit, a closing slogan (body), 责任编辑, 上一篇/下一篇 and 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.ycq.gov.cn/bm/qlyj/{'tzgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 2)
    top = ('<div class="top"><span>欢迎访问雅安市雨城区人民政府网站</span><a>无障碍浏览</a><a>长者模式</a></div>'
           '<div class="banner"><img src="/images/yc_logo.png" alt="雅安市雨城区人民政府"></div>'
           '<div class="nav"><ul><li>首页</li><li>走进雨城</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>'
           f'<div class="wz">您的位置：<a>首页</a> &gt; <a>部门信息</a> &gt; <a>区林业局</a> &gt; <a>{"通知公告" if p01 else "工作动态"}</a></div>')
    if p01:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:28px">{x}</p>',
                         head=lambda x: f'<p style="text-indent:2em;line-height:28px"><strong>{x}</strong></p>')
        info = (f'<div class="info">发布时间：{y}-{m}-{d}来源：雨城区林业局浏览次数：'
                f'<script>document.write("{_n(rng, 3)}")</script></div>')
        sig = ('<p style="text-align:right;line-height:28px">雅安市雨城区林业局</p>'
               f'<p style="text-align:right;line-height:28px">{_cn(_day(art, -1))}</p>'
               f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.pdf">林木采伐许可证核发信息表（第二批）.pdf</a></p>')
        box = ('<div class="xglj"><h4>相关链接</h4><ul><li><a>四川省林木采伐管理办法</a></li>'
               '<li><a>雨城区2025年度森林采伐限额分解表</a></li><li><a>林木采伐许可证办理指南</a></li></ul></div>')
        body = (top + f'<div class="article"><h1>{esc(art["title"])}</h1>{info}'
                '<div class="TRS_Editor">' + "".join(blocks) + sig + f'</div>{box}'
                '<div class="tool"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
                + _gov_foot(rng, "雅安市雨城区林业局", f"511802{_n(rng, 4)}", "雅安市雨城区人民政府办公室"))
        head = (f'<title>{esc(art["title"])}-雅安市雨城区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="雨城区林业局">')
    else:
        heads = {"科学选苗，提高成活率", "认建认养，让绿色有人管", "建管并重，巩固造林成果"}

        def special(p):
            if p in heads:
                return ('<p style="margin:14px 0;padding:4px 10px;border-left:5px solid #2e7d32;background:#eef6ee">'
                        f'<span style="color:#2e7d32;font-weight:bold">{esc(p)}</span></p>')
            if p.endswith("！") and len(p) < 16:
                return f'<p style="text-align:center"><strong><span style="color:#2e7d32">{esc(p)}</span></strong></p>'
            return None

        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>', special=special)
        blocks.insert(3, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体">图为志愿者在周公山脚下栽种银杏树。（区林业局供图）</span></p>')
        up = _day(art, 1)
        info = (f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span>'
                f'<span>更新时间：{up.isoformat()} {_hm(rng)}</span><span>来源：区林业局</span>'
                '<span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        prev, nxt = rng.sample(others, 2)
        rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
        body = (top + f'<div class="article"><h1>{esc(art["title"])}</h1>{info}'
                '<div class="TRS_Editor">' + "".join(blocks) + '</div>'
                f'<div class="zrbj">（责任编辑：{who[0]}）</div>'
                '<div class="share">分享到：<a class="wx"></a><a class="wb"></a><a class="qzone"></a></div>'
                f'<div class="sxp"><p>上一篇：<a>{esc(prev[0])}</a></p><p>下一篇：<a>{esc(nxt[0])}</a></p></div>'
                f'<div class="xgxw"><h4>相关新闻</h4><ul>{rel}</ul></div></div>'
                + _gov_foot(rng, "雅安市雨城区林业局", f"511802{_n(rng, 4)}", "雅安市雨城区人民政府办公室"))
        head = (f'<title>{esc(art["title"])}-雅安市雨城区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d}">')
    return head, body, url


def gd_mp_tdyg142(art, rng, others):
    """供电 公众号 停电预告 post: 原创 label, author, nickname, a visible publish_time, a ``点击上方蓝字``
    banner, a ``▲`` caption with 资料图 credit, a 温馨提示 box, 文字/编辑/审核, 往期推荐, 阅读原文, 精选留言
    (not body); the ``各位用户：`` salutation, day bar heads, 停电时间/线路/范围 lines, the closing
    apology and the 服务热线 line (body)."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 3)
    out = []
    for i, p in enumerate(art["body"]):
        if p.endswith("）") and p.startswith("3月") and len(p) < 14:
            out.append('<section style="margin:20px 0 8px;text-align:center"><span style="display:inline-block;padding:4px 18px;'
                       f'background:#00706b;color:#fff;border-radius:14px;font-size:16px"><strong>{esc(p)}</strong></span></section>')
        elif p.startswith(("停电时间：", "停电线路：", "停电范围：")):
            k, _, v = p.partition("：")
            out.append(f'<p style="line-height:1.9em"><span style="font-size:15px"><strong><span style="color:#00706b">{k}：</span></strong>{esc(v)}</span></p>')
        elif p.endswith("！") and len(p) < 16:
            out.append(f'<p style="text-align:center"><strong><span style="font-size:16px">{esc(p)}</span></strong></p>')
        else:
            out.append(f'<p style="line-height:1.9em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 1:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲供电员工对10千伏线路开展巡视（资料图）</span></p>')
    banner = ('<section style="text-align:center"><span style="font-size:13px;color:#00706b">点击上方蓝字 关注我们</span></section>')
    tip = ('<section style="border:1px dashed #00706b;padding:10px 14px;margin:18px 0"><p><strong>温馨提示</strong></p>'
           '<p><span style="font-size:14px">停电前请备好手电、充电宝等应急物品；恢复供电时，建议先开照明，再逐一打开大功率电器。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">文字：{who[0]}　编辑：{who[1]}　审核：{who[2]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>'
            '<p style="text-align:center"><span style="font-size:13px;color:#999">点击“阅读原文”，查询更多停电信息</span></p>')
    comments = ('<div class="discuss"><h3>精选留言</h3><ul>'
                '<li><span class="nick">茶乡阿华</span><p>我们村21号也停吗？海棠村几组？</p><span>名山 · 3天前</span></li>'
                '<li><span class="nick">蒙顶山下</span><p>辛苦电力师傅了！</p><span>雅安 · 3天前</span></li></ul></div>')
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{who[0]}</span>'
            '<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">名山供电</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            '<span id="js_ip_wording">四川</span></div>'
            f'<div class="rich_media_content" id="js_content">{banner}' + "".join(out) + tip + tail + '</div>'
            '<div class="rich_media_tool"><a id="js_view_source">阅读原文</a>'
            f'<span>阅读 {rng.randint(2000, 9000)}</span><a>分享</a><a>赞 {rng.randint(10, 90)}</a><a>在看 {rng.randint(3, 40)}</a></div>'
            f'{comments}<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "名山供电"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xzf_aqsc142(art, rng, others):
    """县政府网 安全生产 pages: p04 (GBK) a 事故通报 on an old table layout — ``发布日期`` beside a later
    ``更新时间`` in one cell, a centred 文号 line, the text as ``<br><br>`` lines in one ``<font>``, the
    flush-left 主送 line, ``<b>一、…</b>`` heads, ``1.`` items, a 联系电话 line (body), the right-aligned
    落款 a day earlier (not body); p05 a 明查暗访 情况通报 that shows only a later ``更新时间`` (meta
    ``PubDate`` and the URL give the date), an 信息公开 grid, a ``<th>`` table with a 注 line under it,
    特此通报 (body), the 落款, an 附件 line and a 相关链接 box (not body)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.yingjing.gov.cn/xxgk/aqsc/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    if p04:
        lines = []
        for p in art["body"]:
            if _head(p):
                lines.append(f"　　<b>{esc(p)}</b>")
            elif p.startswith("各乡镇") and p.endswith("："):
                lines.append(esc(p))
            else:
                lines.append(f"　　{esc(p)}")
        text = ('<font face="仿宋_GB2312" size="4">' + "<br><br>".join(lines)
                + '<br><br><br><div align="right">荥经县安全生产委员会办公室<br>'
                + f'{_cn(_day(art, -1))}</div></font>')
        up = _day(art, 3)
        body = ('<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/yj_banner.jpg" width="980" height="150"></td></tr>'
                '<tr><td class="nav" bgcolor="#0b4d9c" height="34">&nbsp;<a>首页</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>安全生产</a>&nbsp;|&nbsp;<a>办事服务</a>&nbsp;|&nbsp;<a>魅力荥经</a></td></tr></table>'
                '<table width="980" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="200" valign="top" class="left"><div class="lm">安全生产</div><ul><li><a>工作动态</a></li><li><a>事故通报</a></li>'
                '<li><a>隐患排查</a></li><li><a>安全知识</a></li></ul></td>'
                '<td width="780" valign="top"><table width="100%"><tr><td class="wz">当前位置：<a>首页</a> &gt; <a>安全生产</a> &gt; <a>事故通报</a></td></tr>'
                f'<tr><td align="center" height="60"><font size="5" color="#b40000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;更新时间：{up.year}年{up.month:02d}月{up.day:02d}日&nbsp;&nbsp;'
                '信息来源：县应急管理局&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td align="center"><font face="仿宋_GB2312" size="4">荥安办〔{y}〕6号</font></td></tr>'
                f'<tr><td class="zw">{text}</td></tr>'
                '<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
                '</table></td></tr></table>'
                '<table width="980" align="center" class="foot"><tr><td align="center">主办：荥经县人民政府办公室　承办：荥经县融媒体中心<br>'
                f'网站标识码：5118220{_n(rng, 3)}　蜀ICP备{_n(rng, 8)}号　川公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = (f'<title>{esc(art["title"])}--荥经县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                '<meta name="ColumnName" content="事故通报">')
    else:
        note = '<p style="font-size:14px">注：隐患整改数据统计截至2025年3月31日。</p>'
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2em">{x}</p>',
                         head=lambda x: f'<p style="text-indent:2em;line-height:2em"><span style="font-family:黑体">{x}</span></p>',
                         th=True, after_table=note)
        sig = ('<p style="text-align:right">荥经县安全生产委员会办公室</p>'
               f'<p style="text-align:right">{_cn(_day(art, -1))}</p>'
               f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.xlsx">一季度明查暗访问题隐患清单.xlsx</a></p>')
        grid = ('<table class="xxgk"><tr><td>索引号：</td><td>' + f'0086{_n(rng, 5)}/{y}-{_n(rng, 5)}</td><td>发布机构：</td><td>荥经县安委办</td></tr>'
                '<tr><td>主题分类：</td><td>安全生产</td><td>文号：</td><td>' + f'荥安办〔{y}〕11号</td></tr></table>')
        up = _day(art, 2)
        box = ('<div class="xglj"><h4>相关链接</h4><ul><li><a>荥经县安全生产“十条硬措施”</a></li>'
               '<li><a>安全生产举报奖励办法</a></li></ul></div>')
        rel = _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><em>{dd}</em></li>')
        body = ('<div class="head"><img src="/images/yj_logo.png" alt="荥经县人民政府"><div class="search"><input value="请输入关键词"></div></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>魅力荥经</li></ul></div>'
                '<div class="dqwz">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>安全生产</a></div>'
                f'<div class="xl_con">{grid}<h2 class="tit">{esc(art["title"])}</h2>'
                f'<div class="xl_xx"><span>更新时间：{up.isoformat()} {_hm(rng)}</span>&nbsp;&nbsp;<span>来源：县安委办</span>&nbsp;&nbsp;'
                f'<span>浏览：<script>document.write("{_n(rng, 3)}")</script></span>&nbsp;&nbsp;<span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
                '<div class="TRS_Editor">' + "".join(blocks) + sig + f'</div>{box}'
                '<div class="xl_tool"><span>分享到：<a class="wx"></a><a class="wb"></a></span><a>【打印】</a><a>【关闭】</a></div>'
                f'<div class="xgyd"><h3>相关阅读</h3><ul>{rel}</ul></div></div>'
                + _gov_foot(rng, "荥经县融媒体中心", f"511822{_n(rng, 4)}", "荥经县人民政府办公室"))
        head = (f'<title>{esc(art["title"])}_荥经县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="县安委办">')
    return head, body, url


def fhw_dfpd142(art, rng, others):
    """凤凰网-like 地方频道 news page: top nav, channel crumb, a photo + 图为 caption with a 供图 credit,
    ``[责任编辑：name PN…]``, a 特别声明, 24小时热文, 相关推荐 with dates, a comment box, footer (not body);
    bold ``记者：`` questions, ``name：`` turns, ``从…到…`` heads (body). p06 shows the time and 来源 in
    one line; p07 no visible date (meta ``publishdate``)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://sc.ifeng.com/c/8{_wx_id(rng)[:10]}"
    who = rng.sample(WHO, 2)
    heads = {"从“种地人”到“飞手”", "从“单打独斗”到“抱团发展”"}

    def special(p):
        if p in heads:
            return f'<p><strong>{esc(p)}</strong></p>'
        if p.startswith("记者："):
            return f'<p><strong>记者：</strong>{esc(p[3:])}</p>'
        h, sep, rest = p.partition("：")
        if sep and len(h) <= 12 and not any(c in h for c in "，。“"):
            return f'<p><strong>{esc(h)}：</strong>{esc(rest)}</p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p>{x}</p>', special=special)
    cap = ("图为居民乘坐新装的电梯下楼。（受访者供图）" if p06 else "图为植保无人机在油菜田作业。（龙马潭区融媒体中心供图）")
    blocks.insert(2, f'<p class="detailPic"><img src="https://x0.ifengimg.com/ucms/{y}_{_n(rng, 2)}/{_wx_id(rng)[:16]}.jpg"></p>'
                     f'<p class="picIntro">{cap}</p>')
    info = (f'<div class="info"><span class="time">{y}年{m}月{d}日 {_hm(rng)}:{rng.randint(10, 59)}</span>'
            '<span class="source">来源：<a>凤凰网四川综合</a></span></div>' if p06
            else '<div class="info"><span class="source">来源：<a>凤凰网四川</a></span><span class="cmt">参与评论</span></div>')
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
    hot = "".join(f'<li><em>{i}</em><a>{esc(tt)}</a></li>' for i, (tt, _) in enumerate(rng.sample(others, 4), 1))
    body = ('<div class="topNav"><a class="logo">凤凰网</a><ul><li>首页</li><li>资讯</li><li>财经</li><li>娱乐</li><li>体育</li>'
            '<li>汽车</li><li>房产</li><li>科技</li><li>四川</li></ul><a>登录</a></div>'
            f'<div class="channel"><a>凤凰网四川</a> &gt; <a>{"宜宾" if p06 else "泸州"}</a> &gt; 正文</div>'
            f'<div class="main"><div class="artical"><h1 class="topic">{esc(art["title"])}</h1>{info}'
            '<div class="main_content" id="main_content">' + "".join(blocks) + '</div>'
            f'<p class="editor">[责任编辑：{who[0]} PN0{_n(rng, 2)}]</p>'
            '<div class="declare">特别声明：本文为凤凰网地方站发布内容，仅供参考；如涉及作品内容、版权等问题，请在发布后30日内与本站联系。</div>'
            '<div class="share">分享：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="recommend"><h3>相关推荐</h3><ul>{rel}</ul></div>'
            '<div class="comment"><textarea>文明上网，理性发言</textarea><button>发表</button><p>已有0人参与，点击查看</p></div></div>'
            f'<div class="side"><h3>24小时热文</h3><ol>{hot}</ol></div></div>'
            '<div class="footer"><p>凤凰新媒体 版权所有 Copyright © 2025 Phoenix New Media Limited All Rights Reserved.</p>'
            f'<p>京ICP证{_n(rng, 6)}号　互联网新闻信息服务许可证</p></div>')
    head = f'<title>{esc(art["title"])}_凤凰网四川_凤凰网</title>'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="description" content="{esc(art["body"][0][:48])}">'
    return head, body, url


def dag_kfml142(art, rng, others):
    """区 档案馆 pages: p08 (GBK) an 开放档案 公告 — an 信息公开 grid, a glued ``发布时间：…来源：…浏览次数：``
    line, 黑体 ``一、…`` heads, a 全宗 table, ``1.`` items, 查阅时间/地点/咨询电话 lines and 特此公告 (body),
    the 落款 a day earlier, an 附件 line and a 相关链接 box (not body); p09 a 主题展 news page with
    ``发布日期：YYYY年M月D日`` and 信息来源/点击数, a ``▲`` 楷体 caption, ``问：`` and ``修复师 name：`` turns
    (body), a 参观指南 box, ``（编辑：…　审核：…）`` and 上一篇/下一篇 (not body)."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.qingyang.gov.cn/qydag/{'tzgg' if p08 else 'dayw'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.shtml"
    who = rng.sample(WHO, 2)
    top = ('<div class="header"><img src="/images/qy_logo.png" alt="成都市青羊区人民政府"></div>'
           '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>走进青羊</li></ul></div>'
           f'<div class="position">当前位置：<a>首页</a> &gt; <a>区档案馆</a> &gt; <a>{"通知公告" if p08 else "档案要闻"}</a></div>')
    if p08:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:30px">{x}</p>',
                         head=lambda x: f'<p style="text-indent:2em;line-height:30px"><span style="font-family:黑体">{x}</span></p>')
        grid = ('<table class="xxgk_table"><tr><th>索引号</th><td>' + f'{_n(rng, 9)}/{y}-{_n(rng, 5)}</td><th>发布机构</th><td>成都市青羊区档案馆</td></tr>'
                '<tr><th>主题分类</th><td>档案管理</td><th>公开方式</th><td>主动公开</td></tr></table>')
        info = (f'<div class="info">发布时间：{y}-{m}-{d}来源：区档案馆浏览次数：'
                f'<script>document.write("{_n(rng, 3)}")</script></div>')
        sig = ('<p style="text-align:right;line-height:30px">成都市青羊区档案馆</p>'
               f'<p style="text-align:right;line-height:30px">{_cn(_day(art, -1))}</p>'
               f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.xls">青羊区档案馆2025年第一批开放档案目录.xls</a></p>')
        box = ('<div class="xglj"><h4>相关链接</h4><ul><li><a>档案查阅利用须知</a></li>'
               '<li><a>青羊区档案馆馆藏介绍</a></li></ul></div>')
        body = (top + f'<div class="content">{grid}<h1>{esc(art["title"])}</h1>{info}'
                '<div class="TRS_Editor">' + "".join(blocks) + sig + f'</div>{box}'
                '<div class="tool"><a>【打印】</a><a>【关闭】</a></div></div>'
                + _gov_foot(rng, "成都市青羊区档案馆", f"510105{_n(rng, 4)}", "成都市青羊区人民政府办公室"))
        head = (f'<title>{esc(art["title"])}-成都市青羊区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    else:
        def special(p):
            if p.startswith("问："):
                return f'<p style="text-indent:2em"><strong>问：</strong>{esc(p[2:])}</p>'
            if p.startswith("修复师 "):
                h, _, rest = p.partition("：")
                return f'<p style="text-indent:2em"><strong>{esc(h)}：</strong>{esc(rest)}</p>'
            return None

        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>', special=special)
        blocks.insert(3, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="580"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体">▲居民在展厅观看老照片</span></p>')
        box = ('<div class="cgzn" style="background:#f7f3ea;padding:10px"><h4>参观指南</h4>'
               '<p>开放时间：周二至周日9:00—17:00</p><p>地址：青羊区文家路88号区档案馆一楼展厅</p></div>')
        prev, nxt = rng.sample(others, 2)
        body = (top + f'<div class="content"><h1>{esc(art["title"])}</h1>'
                f'<div class="info">发布日期：{y}年{int(m)}月{int(d)}日　　信息来源：区档案馆　　点击数：<script>document.write("{_n(rng, 3)}")</script></div>'
                '<div class="TRS_Editor">' + "".join(blocks) + '</div>'
                f'{box}<div class="editor">（编辑：{who[0]}　审核：{who[1]}）</div>'
                f'<div class="sxp"><p>上一篇：<a>{esc(prev[0])}</a></p><p>下一篇：<a>{esc(nxt[0])}</a></p></div></div>'
                + _gov_foot(rng, "成都市青羊区档案馆", f"510105{_n(rng, 4)}", "成都市青羊区人民政府办公室"))
        head = f'<title>{esc(art["title"])}-成都市青羊区人民政府</title>'
    return head, body, url


def tsg_mp_xs142(art, rng, others):
    """图书馆 公众号 新书推荐 post: an empty publish_time (the script's ``ct`` gives the date), a
    ``点击蓝字`` banner, ``▲`` captions (展架, 书封), a 借阅小贴士 box, 编辑/审核, 往期推荐, 精选留言 (not body);
    the salutation, ``NO.x 《…》`` bar heads, 索书号/馆藏位置 lines, a ``读者 name：`` turn and the
    centred slogan (body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 2)
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith("NO."):
            no, _, name = p.partition(" ")
            out.append('<section style="margin:22px 0 10px"><span style="display:inline-block;background:#b5651d;color:#fff;padding:2px 10px;font-size:14px">'
                       f'{esc(no)}</span> <strong><span style="font-size:17px;color:#b5651d">{esc(name)}</span></strong></section>'
                       f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#999">▲{esc(name)}书封</span></p>')
            continue
        if p.startswith(("索书号：", "馆藏位置：")):
            out.append(f'<p><span style="font-size:13px;color:#7f7f7f">{esc(p)}</span></p>')
        elif p.startswith("读者 "):
            h, _, rest = p.partition("：")
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px"><strong>{esc(h)}：</strong>{esc(rest)}</span></p>')
        elif p.endswith("！") and len(p) < 16:
            out.append(f'<p style="text-align:center;margin-top:20px"><strong><span style="color:#b5651d;font-size:17px">{esc(p)}</span></strong></p>')
        else:
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 1:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">▲二楼新书展架</span></p>')
    tip = ('<section style="border:1px solid #b5651d;border-radius:6px;padding:10px 14px;margin:18px 0">'
           '<p><strong>借阅小贴士</strong></p><p><span style="font-size:14px">开放时间：周二至周日9:00—20:30，周一闭馆。每张读者证可同时外借图书10册，借期30天。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>')
    comments = ('<div class="discuss"><h3>精选留言</h3><ul>'
                '<li><span class="nick">爱看书的鱼</span><p>天文课那本给孩子借回家了，很喜欢！</p></li>'
                '<li><span class="nick">雨城老周</span><p>希望多进一些地方文史类的书。</p><p class="reply">作者：收到，已反馈给采编部～</p></li></ul></div>')
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list">'
            '<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">雨城区图书馆</a></span>'
            '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            '<div class="rich_media_content" id="js_content">'
            '<section style="text-align:center"><span style="font-size:13px;color:#b5651d">点击蓝字 关注我们</span></section>'
            + "".join(out) + tip + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(500, 3000)}</span><a>赞 {rng.randint(10, 90)}</a><a>在看 {rng.randint(3, 30)}</a></div>'
            f'{comments}<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "雨城区图书馆"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def dsb_09jk142(art, rng, others):
    """都市报 e-paper 第09版 健康: masthead with ``YYYY年M月D日　星期X`` (the only visible date; the URL
    agrees), a 版次 ``<select>``, 上一版/下一版/PDF, 版面图, 本版标题 (not body). p11 (GBK): an 引题 above
    the headline, the text as ``<br>`` lines in one ``founder-content`` with the ``本报讯（记者 …）``
    opening and ``1.`` items (body), a caption table with a 摄 credit and a 短讯 shown in full (not
    body); p12: a 副题 and a byline, ``<P>`` paragraphs in ``#ozoom`` with ``记者：``/``name：`` turns
    (body), a 专家名片 box (not body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.jcdsb.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 2)
    if p11:
        text = ('<!--enpcontent--><founder-content>' + "<br>".join(f"　　{esc(p)}" for p in art["body"])
                + '<br></founder-content><!--/enpcontent-->')
        pre = '<h3 class="yt">市二医院变态反应科门诊量增三成</h3>'
        post = ''
        mid = (f'<table class="pic" align="center"><tr><td><img src="../../../res/{y}-{m}/{d}/09/{_n(rng, 8)}.jpg" width="420"></td></tr>'
               '<tr><td class="cap">医生为患者进行过敏原检测。　记者 张蕾 摄</td></tr></table>')
        other = ('<div class="dx"><h4>短讯</h4><p><b>社区义诊进小区</b>　本报讯　日前，锦江区某社区卫生服务中心组织全科医生走进老旧小区，'
                 '为居民免费测量血压血糖，发放健康手册200余份。（王欣）</p></div>')
    else:
        text = '<div id="ozoom"><founder-content>' + "".join(
            f"<P>　　<B>{esc(p[:3])}</B>{esc(p[3:])}</P>" if p.startswith(("记者：", "许文：")) else f"<P>　　{esc(p)}</P>"
            for p in art["body"]) + '</founder-content></div>'
        pre = ''
        post = f'<h3 class="ft">——访市眼科医院小儿眼科主任医师许文</h3><div class="author">本报记者 {who[0]}</div>'
        mid = ''
        other = ('<div class="card" style="border:1px solid #ccc;padding:8px"><h4>专家名片</h4>'
                 '<p>许文，市眼科医院小儿眼科主任医师，从事儿童眼病诊治二十余年，擅长儿童近视、斜弱视的防治。</p></div>')
    titles = "".join(f'<li><a>{esc(t)}</a></li>' for t in ["春季过敏高发 专家提醒做好防护", "护眼别等近视了才开始", "社区义诊进小区"])
    body = ('<div class="masthead"><img src="../../../images/jcdsb_logo.gif" alt="锦城都市报"><div class="mast-r">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>国内统一连续出版物号 CN51-00{_n(rng, 2)}</p></div></div>'
            '<div class="bc"><select name="ban"><option>第01版：封面</option><option>第05版：成都新闻</option>'
            '<option selected>第09版：健康</option><option>第12版：副刊</option></select>'
            '　<a>上一版</a>　<a>下一版</a>　<a>PDF版</a>　<a>往期回顾</a></div>'
            '<table width="1000" align="center"><tr><td width="360" valign="top">'
            f'<div class="bmt"><img src="../../../res/{y}-{m}/{d}/09/{y}{m}{d}09_b.jpg" width="340"></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul>{titles}</ul></div></td>'
            f'<td valign="top"><div class="article">{pre}<h1>{esc(art["title"])}</h1>{post}{mid}{text}{other}'
            f'<div class="bj">本版责编：{who[1]}　美编：{who[0]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">锦城都市报社 版权所有　未经授权不得转载　蜀ICP备{_n(rng, 8)}号</div>')
    head = '<title>锦城都市报-第09版：健康</title><meta name="keywords" content="锦城都市报,数字报,健康">'
    return head, body, url


TEMPLATES = {"lyj_cfxk142": lyj_cfxk142, "gd_mp_tdyg142": gd_mp_tdyg142, "xzf_aqsc142": xzf_aqsc142,
             "fhw_dfpd142": fhw_dfpd142, "dag_kfml142": dag_kfml142, "tsg_mp_xs142": tsg_mp_xs142,
             "dsb_09jk142": dsb_09jk142}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages142", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
