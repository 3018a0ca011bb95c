"""Build the hundred-and-twentieth saved-page set (``pages120``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 总工会 portal 劳模 评选 公示 with a 名单 table and
a 宣讲 news page (``zgh_lmpx120``), a 市 科技馆 公众号 展品 介绍 post (``kjg_mp_zp120``), a 区 政府网 防汛
抗旱指挥部 通知 and 会商 news (``xzf_fxkh120``), a 央视新闻-like 客户端 地方 报道 (``ysxw_khd120``), a 区
卫健委 portal 义诊 活动 安排 with a table and its 义诊 news (``wjw_yzap120``), a 村 公众号 乡贤 故事 post
(``cun_mp_xx120``) and a 县报 e-paper 第04版 副刊 with a 组诗 and a 散文 (``xb_04fk120``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages120/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["谭晓琳", "何俊", "刘思雨", "冉光明", "陈佳", "向东", "杨露", "黄志强", "田甜", "邹凯"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")
FK_OTHERS = ["老街的青石板", "母亲的菜园", "夜读", "五月的风", "在濑溪河边"]  # the 副刊 page's other pieces


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; the first row
    bold)."""
    out = []
    for i, r in enumerate(rows):
        cells = "".join(f'<td valign="middle"><p class="MsoNormal" align="center" style="text-align:center">'
                        f'<span style="font-family:仿宋_GB2312">{"<b>" if i == 0 else ""}{esc(c)}{"</b>" if i == 0 else ""}</span></p></td>'
                        for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table, ``special(p)`` (when it
    gives markup) first, numbered heads through ``head``, other lines through ``para``."""
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


def _gov_foot(rng, host: str, code: str, sponsor: str = "") -> str:
    return (f'<div class="footer"><div class="ft-link"><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a> | <a>隐私声明</a></div>'
            f'<p>主办单位：{sponsor or host}　承办单位：{host}</p>'
            f'<p>网站标识码：{code}　<a>渝ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jg"><img src="/images/red.png"><img src="/images/zfjc.png"></div></div>')


def zgh_lmpx120(art, rng, others):
    """区 总工会 portal: p01 (GBK) a 劳模 评选 公示 — info spans glued with no whitespace (``发布时间：
    YYYY年MM月DD日``, 作者, a ``document.write`` counter), ``<strong>一、…</strong>`` heads, a 名单 table,
    受理电话/来信地址/电子邮箱 lines (body), the 落款 and its date, an 附件 link and a 劳模风采 card strip
    (not body); p02 a 宣讲 news page whose only visible date is a later ``更新时间`` (meta ``PubDate``
    and the URL give the publication date), bold ``坚持…，…`` heads, a photo + caption in the text, a
    责任编辑 line, 上一篇/下一篇 and 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    col = "tzgg" if p01 else "ghyw"
    url = f"http://www.ddkzgh.org.cn/{col}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 3)
    para = lambda t: f'<p style="text-indent:2em;line-height:30px"><span style="font-size:16px">{t}</span></p>'  # noqa: E731
    if p01:
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:30px"><strong>{t}</strong></p>')
        info = (f'<div class="info"><span>发布时间：{y}年{m}月{d}日</span><span>作者：区总工会组织部</span>'
                f'<span>阅读：<script>document.write("{_n(rng, 4)}")</script>次</span><span>【<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = ('<p style="text-align:right;line-height:30px">大渡口区总工会</p>'
                f'<p style="text-align:right;line-height:30px">{y}年{int(m)}月{int(d)}日</p>'
                f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.doc">2024年大渡口区劳动模范和先进工作者拟推荐人选事迹简介.doc</a></p>')
        strip = ('<div class="lmfc"><div class="lmfc-t"><span>劳模风采</span><a>更多&gt;&gt;</a></div><ul>'
                 '<li><img src="/uploads/lm01.jpg"><p>王建军</p><p>全国劳动模范</p></li>'
                 '<li><img src="/uploads/lm02.jpg"><p>李红梅</p><p>重庆市劳动模范</p></li>'
                 '<li><img src="/uploads/lm03.jpg"><p>张永福</p><p>重庆市五一劳动奖章获得者</p></li></ul></div>')
        crumb = "通知公告"
    else:
        def special(p):
            if p.startswith("坚持") and "，" in p and "。" not in p:
                return f'<p style="text-indent:2em;line-height:30px"><strong><span style="color:#c00000">{esc(p)}</span></strong></p>'
            return None
        blocks = _blocks(art["body"], para, special=special)
        blocks.insert(1, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 10)}.jpg" width="600"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体">图为“劳模工匠进基层”宣讲活动启动仪式现场。（区总工会供图）</span></p>')
        info = (f'<div class="info"><span>来源：区总工会宣教部</span>&nbsp;&nbsp;<span>更新时间：{y}-{m}-{int(d) + 2:02d} {_hm(rng)}</span>'
                f'&nbsp;&nbsp;<span>阅读：<script>document.write("{_n(rng, 3)}")</script>次</span></div>')
        tail = f'<p class="zrbj" style="text-align:right">（责任编辑：{who[0]}）</p>'
        prev_next = rng.sample(others, 2)
        strip = (f'<div class="sxp"><p>上一篇：<a>{esc(prev_next[0][0])}</a></p><p>下一篇：<a>{esc(prev_next[1][0])}</a></p></div>'
                 '<div class="xgxw"><h3>相关新闻</h3><ul>'
                 + _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>[{dd}]</span></li>') + '</ul></div>')
        crumb = "工会要闻"
    body = (f'<div class="top"><div class="w1200"><span>重庆市大渡口区总工会</span><span class="r"><a>职工登录</a> <a>网上工会</a></span></div></div>'
            f'<div class="banner"><img src="/images/zgh_logo.png" alt="大渡口区总工会"></div>'
            f'<div class="nav"><ul><li>首页</li><li>工会要闻</li><li>基层动态</li><li>劳模风采</li><li>通知公告</li><li>职工服务</li><li>网上工会</li></ul></div>'
            f'<div class="w1200"><div class="weizhi">您的位置：<a>首页</a> &gt;&gt; <a>{crumb}</a></div>'
            f'<div class="con"><div class="bt">{esc(art["title"])}</div>{info}'
            f'<div class="bt_content"><div class="TRS_Editor">' + "".join(blocks) + tail + f'</div></div>{strip}'
            f'<div class="fx">分享到：<a class="bds_weixin"></a><a class="bds_tsina"></a><a class="bds_qzone"></a></div>'
            f'<div class="dy"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div></div></div>'
            f'<div class="foot"><p>主办：重庆市大渡口区总工会　地址：大渡口区文体路126号　电话：023-6883{_n(rng, 4)}</p>'
            f'<p>渝ICP备{_n(rng, 8)}号　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号　技术支持：重庆某网络科技有限公司</p></div>')
    head = (f'<title>{esc(art["title"])}-大渡口区总工会</title><meta name="keywords" content="大渡口,工会,{crumb}">'
            f'<meta name="description" content="{esc(art["body"][0][:60])}">')
    if not p01:
        head += f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ArticleTitle" content="{esc(art["title"])}">'
    return head, body, url


def kjg_mp_zp120(art, rng, others):
    """市 科技馆 公众号 展品 介绍 post: a ``点击上方蓝字关注我们`` banner, an 原创 label, ``展品一：…`` bar
    heads and ``展区：…`` one-line items (body), bold ``问：`` questions and ``刘婧：`` answers (body),
    ``▲`` photo captions, a 参观提示 box with its own dates, a 预约 QR line, 文字/图片/编辑/审核 credits,
    往期回顾, 阅读原文, 阅读/点赞/在看 and 写留言 (not body); ``publish_time`` ``YYYY年MM月DD日 hh:mm``."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 4)
    caps = iter(["▲磁悬浮列车模型", "▲小观众在体验手摇发电机", "▲地震体验平台"])

    def special(p):
        if p.startswith("展品") and "：" in p[:4]:
            return (f'<section style="margin:28px 0 10px;text-align:center"><section style="display:inline-block;padding:4px 18px;'
                    f'background:#1e6fd9;border-radius:16px"><p><span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></p></section></section>')
        if p.startswith("展区："):
            return f'<p style="text-align:center"><span style="font-size:14px;color:#1e6fd9">{esc(p)}</span></p>'
        if p.startswith("问："):
            return f'<p style="line-height:1.75em"><span style="font-size:15px"><strong>{esc(p)}</strong></span></p>'
        if p.startswith("刘婧："):
            return f'<p style="line-height:1.75em"><span style="font-size:15px"><span style="color:#1e6fd9">刘婧：</span>{esc(p[3:])}</span></p>'
        return None

    out = []
    for b in _blocks(art["body"], lambda x: f'<p style="line-height:1.75em;margin-bottom:12px"><span style="font-size:15px;color:#3f3f3f">{x}</span></p>',
                     special=special):
        out.append(b)
        if any(k in b for k in ("几乎听不到摩擦", "亮的灯越多", "就近躲避")):
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg" class="rich_pages wxw-img"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{next(caps)}</span></p>')
    banner = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/kjg_top/640?wx_fmt=gif">'
              '<p><span style="font-size:12px;color:#1e6fd9">点击上方蓝字关注我们</span></p></section>')
    box = ('<section style="border:1px dashed #1e6fd9;padding:10px 14px;margin-top:24px;background:#f3f8ff">'
           '<p><strong><span style="color:#1e6fd9">参观提示</span></strong></p>'
           '<p><span style="font-size:14px">开放时间：周二至周日9:30—17:00（16:30停止入馆），7月1日至8月31日暑期期间周一照常开放。</span></p>'
           '<p><span style="font-size:14px">预约方式：关注本公众号，点击菜单栏“参观预约”，凭身份证或预约码入馆。</span></p></section>'
           f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
           '<p style="text-align:center"><span style="font-size:12px;color:#888">长按识别二维码 预约参观</span></p>')
    tail = (f'<p><span style="font-size:12px;color:#999">文字：{who[0]}　图片：{who[1]}</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[2]}　审核：{who[3]}</span></p>'
            '<section><p><strong><span style="color:#1e6fd9">往期回顾</span></strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><a><span style="font-size:14px;color:#576b95">{tt}</span></a></p>') + '</section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">科普君</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">重庆科技馆</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{banner}' + "".join(out) + box + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(3000, 20000)}</span>'
            f'<a>分享</a><a>点赞 {rng.randint(50, 400)}</a><a>在看 {rng.randint(10, 90)}</a></div>'
            f'<div class="discuss_container"><a>写留言</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "重庆科技馆"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}"><meta property="og:type" content="article">'
    return head, body, url


def xzf_fxkh120(art, rng, others):
    """区 政府网 防汛: p04 (GBK) a 防汛抗旱指挥部 通知 on an old table layout — ``发布日期：YYYY年MM月DD日``
    beside a later ``更新时间`` in one ``<td>``, a centred 文号 line, the text as ``<br><br>``-separated
    ``　　`` lines in one ``<font>`` with ``<b>一、…</b>`` heads, the 主送 line, ``1.`` places and a 值班电话
    line (body), the 落款 and a date one day earlier, two 附件 lines (not body); p05 a 会商 news page
    (``时间：YYYY/MM/DD hh:mm`` spans with 来源/作者/字号), a photo + caption, a 防汛小知识 box after the
    text and a 相关链接 box."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.cqwulong.gov.cn/zwgk_{_n(rng, 3)}/{'tzgg' if p04 else 'zwdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    if p04:
        lines = []
        for p in art["body"]:
            if _head(p):
                lines.append(f"　　<b>{esc(p)}</b>")
            elif p.endswith("：") and p.startswith("各乡镇"):
                lines.append(esc(p))  # the 主送 line sits flush left
            else:
                lines.append(f"　　{esc(p)}")
        text = ('<div id="zoom"><font face="仿宋_GB2312" size="4">' + "<br><br>".join(lines)
                + '<br><br><br><div align="right">武隆区防汛抗旱指挥部<br>'
                + f'{y}年{int(m)}月{int(d) - 1}日</div><br>'
                + f'附件：1.<a href="/uploads/{_n(rng, 9)}.xls">主汛期防汛值班表.xls</a><br>'
                + f'　　　2.<a href="/uploads/{_n(rng, 9)}.doc">重点部位巡查清单.doc</a></font></div>')
        body = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/wl_banner.jpg" width="1000" height="160"></td></tr>'
                '<tr><td class="nav" bgcolor="#1b5fae" height="36">&nbsp;<a>首页</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>政务服务</a>&nbsp;|&nbsp;<a>互动交流</a>&nbsp;|&nbsp;<a>走进武隆</a></td></tr></table>'
                '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="210" valign="top" class="left"><div class="lm">政务公开目录</div><ul><li><a>政府文件</a></li><li><a>通知公告</a></li>'
                '<li><a>应急管理</a></li><li><a>人事信息</a></li><li><a>财政信息</a></li></ul></td>'
                '<td width="790" valign="top"><table width="100%"><tr><td class="wz">您现在的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>通知公告</a></td></tr>'
                f'<tr><td align="center" height="60"><font size="5" color="#b40000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;更新时间：{y}年{m}月{int(d) + 2:02d}日&nbsp;&nbsp;'
                f'信息来源：区防汛抗旱指挥部办公室&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td align="center"><font face="仿宋_GB2312" size="4">武隆防汛〔{y}〕5号</font></td></tr>'
                f'<tr><td class="zw">{text}</td></tr>'
                '<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
                '</table></td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">主办：重庆市武隆区人民政府办公室　承办：武隆区大数据发展局<br>'
                f'网站标识码：5002320{_n(rng, 3)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = (f'<title>{esc(art["title"])}--重庆市武隆区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="ColumnName" content="通知公告"><meta name="ContentSource" content="区防汛抗旱指挥部办公室">')
    else:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>')
        blocks.insert(3, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体_GB2312">图为防汛工作会商会现场。（区应急管理局供图）</span></p>')
        tip = ('<div class="fxzs" style="border:1px solid #9cc3e6;padding:10px;margin-top:16px"><h4>防汛小知识</h4>'
               '<p>暴雨来临前，请关注气象预警信息，远离河道、山洪沟和地质灾害隐患点；遇到险情，请拨打119或110求助。</p></div>')
        links = ('<div class="xglj"><h4>相关链接</h4><ul><li><a>武隆区防汛抗旱应急预案（2024年修订）</a></li>'
                 '<li><a>武隆区山洪灾害防御避险指南</a></li></ul></div>')
        rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
        body = ('<div class="header"><img src="/images/logo_wl.png" alt="武隆区人民政府"><div class="search"><input placeholder="请输入关键词"></div></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进武隆</li></ul></div>'
                '<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政务动态</a></div>'
                f'<div class="xl_con"><h1>{esc(art["title"])}</h1>'
                f'<div class="xl_info"><span>时间：{y}/{m}/{d} {_hm(rng)}</span><span>来源：区应急管理局</span><span>作者：{who[0]}</span>'
                f'<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
                f'<div class="zw TRS_UEDITOR">' + "".join(blocks) + f'</div>{tip}{links}'
                f'<p class="bj">责任编辑：{who[1]}</p>'
                '<div class="tool"><span>分享到：<a class="wx"></a><a class="wb"></a></span>'
                '<span class="ewm"><img src="/images/ewm.png">扫一扫在手机打开当前页</span>'
                '<a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>'
                f'<div class="xgxx"><h3>相关信息</h3><ul>{rel}</ul></div></div>'
                + _gov_foot(rng, "武隆区大数据发展局", f"500232{_n(rng, 4)}", "重庆市武隆区人民政府办公室"))
        head = (f'<title>{esc(art["title"])}_重庆市武隆区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ColumnName" content="政务动态">')
    return head, body, url


def ysxw_khd120(art, rng, others):
    """央视新闻-like 客户端 地方 报道: logo, channel crumb, headline, a video player with 时长, an
    ``打开央视新闻客户端`` banner, 编辑/责任编辑, 分享到, 相关推荐 with dates, a 热点排行 sidebar, an 延伸阅读
    teaser of another report (p06), 版权 footer (not body); the ``央视网消息：`` opening, ``记者：`` questions
    and ``name：`` / ``蚕农 name：`` turns (body). p06 shows ``来源：央视新闻客户端 YYYY年MM月DD日 hh:mm``;
    p07 no visible date (meta ``publishdate`` and the URL give it)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://news.cctv.com/{y}/{m}/{d}/ARTI{_wx_id(rng)[:20]}{y[2:]}{m}{d}.shtml"
    who = rng.sample(WHO, 2)

    def special(p):
        if p.startswith("记者："):
            return f'<p><strong>记者：</strong>{esc(p[3:])}</p>'
        head_, sep, rest = p.partition("：")
        if sep and len(head_) <= 26 and "，" not in head_ and "。" not in head_ and not p.startswith("央视网消息"):
            return f'<p><strong>{esc(head_)}：</strong>{esc(rest)}</p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p>　　{x}</p>', special=special)
    info = (f'<div class="info"><i>来源：央视新闻客户端</i><span>{y}年{m}月{d}日 {_hm(rng)}</span></div>' if p06
            else '<div class="info"><i>来源：央视网</i><span class="zt">|</span><span>重庆频道</span></div>')
    teaser = ('<div class="yanshen"><h3>延伸阅读</h3><p><a>重庆武陵山区：小蚕桑带动大产业</a></p>'
              '<p>在武陵山区，越来越多的农户通过种桑养蚕走上增收路，蚕桑综合利用水平不断提高。</p></div>' if p06 else "")
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
    hot = "".join(f'<li><em>{i}</em><a>{esc(tt)}</a></li>' for i, (tt, _) in enumerate(rng.sample(others, 3), 1))
    body = ('<div class="header_nav"><a class="logo"><img src="//p1.img.cctvpic.com/photoAlbum/templet/common/logo_nav.png" alt="央视网"></a>'
            '<ul><li>首页</li><li>新闻</li><li>体育</li><li>综艺</li><li>节目</li></ul></div>'
            '<div class="column_wrapper"><div class="crumb"><a>新闻频道</a> &gt; <a>地方</a> &gt; 正文</div>'
            f'<div class="title_area"><h1>{esc(art["title"])}</h1>{info}</div>'
            f'<div class="video_area"><div id="myFlash" class="player" data-guid="{_wx_id(rng)}"></div>'
            f'<p class="vtime">视频时长 0{rng.randint(1, 4)}:{rng.randint(10, 59)}</p></div>'
            '<div class="app_banner"><a>打开央视新闻客户端 看更多精彩视频</a></div>'
            '<div class="content_area" id="content_area">' + "".join(blocks) + '</div>'
            f'<div class="zebian"><span>编辑：{who[0]}</span><span>责任编辑：{who[1]}</span></div>{teaser}'
            '<div class="share">分享到：<a class="wx"></a><a class="wb"></a><a class="qq"></a></div>'
            f'<div class="tuijian"><h3>相关推荐</h3><ul>{rel}</ul></div></div>'
            f'<div class="right_side"><h3>热点排行</h3><ol>{hot}</ol></div>'
            '<div class="footer">央视网版权所有 未经许可不得转载 京ICP证060535号 网上传播视听节目许可证（0102004号）</div>')
    head = f'<title>{esc(art["title"])}_新闻频道_央视网(cctv.com)</title>'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="description" content="{esc(art["body"][0][:50])}">'
    return head, body, url


def wjw_yzap120(art, rng, others):
    """区 卫健委 portal: p08 an 义诊 活动 安排 page — ``发布日期：YYYY-MM-DD`` spans with ``&nbsp;``
    separators and a ``document.write`` counter, ``<strong>一、…</strong>`` heads, an 义诊 table (body), the
    落款 and an earlier date, a 温馨提示 box (not body); p09 (GBK) an 义诊 news page on an older layout
    with ``发布日期：YYYY年M月D日``, a photo + caption, ``1.`` places ending ``；``/``。`` (body) and a
    近期活动 side list."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.cqnadistrict.gov.cn/bm/qwsjkw/{'tzgg' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    if p08:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2em">{x}</p>',
                         head=lambda x: f'<p style="text-indent:2em;line-height:2em"><strong>{x}</strong></p>')
        before = datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=1)  # signed the day before
        sig = ('<p style="text-align:right;line-height:2em">重庆市南岸区卫生健康委员会</p>'
               f'<p style="text-align:right;line-height:2em">{before.year}年{before.month}月{before.day}日</p>')
        box = ('<div class="wxts" style="border:1px dashed #2a8c5f;padding:10px;margin-top:16px"><p><b>温馨提示</b></p>'
               '<p>参加义诊的群众请携带既往病历和正在服用的药品，测血糖者请空腹前往；现场人员较多，请有序排队。</p></div>')
        body = ('<div class="head"><img src="/images/logo_na.png" alt="重庆市南岸区人民政府"><div class="search"><input value="全站搜索"></div></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>魅力南岸</li></ul></div>'
                '<div class="dqwz">当前位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区卫生健康委</a> &gt; <a>通知公告</a></div>'
                f'<div class="xl_con"><h2 class="tit">{esc(art["title"])}</h2>'
                f'<div class="xl_xx"><span>发布日期：{y}-{m}-{d}</span>&nbsp;&nbsp;<span>来源：区卫生健康委</span>&nbsp;&nbsp;'
                f'<span>浏览量：<script>document.write("{_n(rng, 3)}")</script></span>&nbsp;&nbsp;<span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
                '<div class="TRS_Editor">' + "".join(blocks) + sig + f'</div>{box}'
                '<div class="xl_tool"><span>分享到：<a class="wx"></a><a class="wb"></a></span><a>【打印】</a><a>【关闭】</a></div>'
                '<div class="xgyd"><h3>相关阅读</h3><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><em>{dd}</em></li>') + '</ul></div></div>'
                + _gov_foot(rng, "重庆市南岸区卫生健康委员会", f"500108{_n(rng, 4)}", "重庆市南岸区人民政府办公室"))
        head = (f'<title>{esc(art["title"])}_重庆市南岸区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区卫生健康委">')
    else:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>')
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="560" border="0"></p>'
                         '<p style="text-align:center">图为区人民医院医生为社区居民测量血压。</p>')
        side = "".join(f'<li><a>{esc(tt)}</a></li>' for tt, _ in rng.sample(others, 4))
        body = ('<table width="1002" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/wjw_top.jpg" width="1002"></td></tr></table>'
                '<table width="1002" align="center"><tr><td class="nav">首页 | 机构概况 | 政务公开 | 卫生动态 | 健康科普 | 办事服务</td></tr></table>'
                '<table width="1002" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="250" valign="top"><div class="lmt">近期活动</div><ul class="jqhd">' + side + '</ul></td>'
                '<td width="752" valign="top"><div class="wz">当前位置：首页 &gt;&gt; 卫生动态</div>'
                f'<div class="article"><div class="title">{esc(art["title"])}</div>'
                f'<div class="source">发布日期：{y}年{int(m)}月{int(d)}日　　信息来源：区卫生健康委医政科　　点击：<script>document.write("{_n(rng, 3)}")</script></div>'
                '<div class="zw" id="zoom">' + "".join(blocks) + '</div>'
                f'<div class="editor">（编辑：{who[0]}　审核：{who[1]}）</div>'
                '<div class="dy">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div></div></td></tr></table>'
                f'<table width="1002" align="center" class="foot"><tr><td align="center">版权所有：重庆市南岸区卫生健康委员会　渝ICP备{_n(rng, 8)}号<br>'
                f'地址：南岸区南坪西路{rng.randint(10, 99)}号　联系电话：023-6298{_n(rng, 4)}</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="南岸区卫生健康委,义诊">'
    return head, body, url


def cun_mp_xx120(art, rng, others):
    """村 公众号 乡贤 故事 post: an 编者按 box above the text, a 乡贤名片 card after the second paragraph,
    ``▲`` captions, 文字/图片/编辑 credits, 往期推荐, 点赞/在看 (not body); ``村民何大娘：`` turn and the
    centred red slogan (body); an empty ``publish_time`` (the script's ``ct`` gives the date)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 3)
    note = ('<section style="background:#f6f1e7;padding:12px 14px;margin-bottom:18px"><p><span style="font-size:14px;color:#7a5c2e">'
            '<strong>编者按：</strong>乡村振兴，人才是关键。本号开设“乡贤故事”栏目，讲述从何家岩走出去又走回来的人。今天，我们走近茶园里的何明远。</span></p></section>')
    card = ('<section style="border:1px solid #7a9a3c;border-radius:8px;padding:10px 14px;margin:18px 0">'
            '<p><strong><span style="color:#7a9a3c">乡贤名片</span></strong></p>'
            '<p><span style="font-size:14px">何明远，1979年出生，何家岩村人，曾在广东务工创业十余年，现任花田乡茶叶专业合作社理事长。</span></p></section>')
    out = []
    for i, p in enumerate(art["body"]):
        if p.endswith("！") and len(p) < 16:
            out.append(f'<p style="text-align:center;margin-top:20px"><span style="color:#c00000;font-size:17px"><strong>{esc(p)}</strong></span></p>')
        elif p.startswith("村民何大娘："):
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px"><strong>村民何大娘：</strong>{esc(p[6:])}</span></p>')
        else:
            out.append(f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 1:
            out.append(card)
        if i in (3, 6):
            cap = "▲何明远在茶园里查看新芽" if i == 3 else "▲游客在何家岩村茶园体验采茶"
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{cap}</span></p>')
    tail = (f'<p><span style="font-size:12px;color:#999">文字：{who[0]}　图片：{who[1]}　编辑：{who[2]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">分享、点赞、在看，传递家乡正能量</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">花田何家岩</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            f'<div class="rich_media_content" id="js_content">{note}' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(800, 5000)}</span><a>点赞 {rng.randint(20, 200)}</a><a>在看 {rng.randint(5, 60)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "花田何家岩"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xb_04fk120(art, rng, others):
    """县报 e-paper 第04版 副刊: masthead with ``YYYY年M月D日　星期X``, a 版次 ``<select>`` (第01版…第04版),
    上一版/下一版/PDF/往期 links, 版面图, 本版标题, an author line (``□ name`` / ``◎ name``), an 作者简介
    (p11) or an 插图 credit and a second piece shown in full (p12), 责任编辑, copyright (not body). p11
    (GBK): a 组诗 as ``<br>`` lines in one ``founder-content``, stanza titles as ``<b>`` lines (body);
    p12: a 散文 as ``<P>`` paragraphs in ``#ozoom``. The masthead is the only visible date (the URL
    agrees)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://www.rcrb.cn/epaper/{y}{m}/{d}/node_04.htm"
    who = rng.sample(WHO, 3)
    same = "".join(f'<li><a>{esc(x)}</a></li>' for x in rng.sample(FK_OTHERS, 3))
    if p11:
        heads = {"夏布", "安陶", "濑溪河"}
        lines = []
        for p in art["body"]:
            if p in heads:
                if lines:
                    lines.append("")
                lines.append(f"<b>{esc(p)}</b>")
            else:
                lines.append(f"　　{esc(p)}")
        text = '<!--enpcontent--><founder-content>' + "<br>".join(lines) + '<br></founder-content><!--/enpcontent-->'
        by = f'<div class="author">□ {who[0]}</div>'
        after = (f'<div class="zzjj"><p>作者简介：{who[0]}，荣昌区作家协会会员，作品散见于《重庆日报》《红岩》《星星》等报刊。</p></div>')
    else:
        text = '<div id="ozoom"><founder-content>' + "".join(f"<P>　　{esc(p)}</P>" for p in art["body"]) + '</founder-content></div>'
        by = f'<div class="author">◎ {who[0]}</div>'
        after = (f'<p class="ct">（插图　{who[1]}）</p>'
                 f'<div class="other"><h3>五月的风</h3><div class="author">□ {who[2]}</div>'
                 '<P>五月的风从田埂上走过</P><P>稻秧就站直了身子</P><P>母亲把草帽往后推了推</P><P>说，今年是个好年成</P></div>')
    body = (f'<div class="masthead"><img src="../../images/rcb_logo.gif" alt="荣昌报"><div class="mast-r">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>中共重庆市荣昌区委主管主办</p></div></div>'
            '<div class="bc"><select name="ban"><option>第01版：要闻</option><option>第02版：综合</option><option>第03版：专题</option>'
            '<option selected>第04版：海棠副刊</option></select>'
            f'　<a href="node_03.htm">上一版</a>　<a>下一版</a>　<a href="../../page/{y}{m}/{d}/04/{_n(rng, 8)}.pdf">PDF下载</a>　<a>往期回顾</a></div>'
            '<table width="1000" align="center"><tr><td width="360" valign="top">'
            f'<div class="bmt"><img src="../../page/{y}{m}/{d}/04/{y}{m}{d}04_b.jpg" width="340"></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>{same}</ul></div></td>'
            f'<td valign="top"><div class="article"><div class="lanmu">海棠副刊</div><h1>{esc(art["title"])}</h1>{by}{text}{after}'
            f'<div class="bj">责任编辑：{who[2] if p11 else who[1]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">荣昌报社 版权所有　未经书面授权不得转载、摘编　渝ICP备{_n(rng, 8)}号</div>')
    head = '<title>荣昌报-第04版：海棠副刊</title><meta name="keywords" content="荣昌报,数字报,副刊">'
    return head, body, url


TEMPLATES = {"zgh_lmpx120": zgh_lmpx120, "kjg_mp_zp120": kjg_mp_zp120, "xzf_fxkh120": xzf_fxkh120,
             "ysxw_khd120": ysxw_khd120, "wjw_yzap120": wjw_yzap120, "cun_mp_xx120": cun_mp_xx120,
             "xb_04fk120": xb_04fk120}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages120", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
