"""Build the hundred-and-fortieth saved-page set (``pages140``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used: 区 商务委 portal pages (a GBK 消费券 发放 公告 and a 夜市 news page, ``swj_xfq140``), a 公安
公众号 反诈 案例 post (``ga_mp_fz140``), 县政府网 财政 预算 pages (a GBK 预算说明 with tables and a
解读, ``xzf_ys140``), 央视网-like 地方 新闻 video pages (``ysw_sp140``), 区 城管局 pages (a GBK 占道
审批 公示 with a table and an 整治 news page, ``cgj_zd140``), a 小学 公众号 研学 post
(``xx_mp_yx140``) and 日报 e-paper 第02版 综合 pages (``rb_02zh140``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages140/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["罗晓燕", "秦川", "冉丽", "邓博文", "孙悦", "龚平", "白雪", "廖志成", "韦晴", "熊磊"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row: three or more cells joined by single spaces, no sentence punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"', th=False) -> str:
    out = []
    for i, r in enumerate(rows):
        tag = "th" if (th and i == 0) else "td"
        cells = "".join(f'<{tag} align="center">{"<b>" if i == 0 and not th else ""}{esc(c)}{"</b>" if i == 0 and not th else ""}</{tag}>'
                        for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None, th=False) -> list[str]:
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(_table(rows, th=th))
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


def _foot(rng, host: str, code: str) -> str:
    return (f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a></p>'
            f'<p>主办单位：{host}　网站标识码：{code}</p>'
            f'<p><a>渝ICP备{_n(rng, 8)}号-1</a>　渝公网安备 {_n(rng, 14)}号</p></div>')


def swj_xfq140(art, rng, others):
    """区 商务委 portal: p01 (GBK) a 消费券 公告 on an old table layout — info glued with no whitespace
    (发布时间/来源/浏览次数 with ``document.write``), a 文号 line, ``<b>一、</b>`` heads, a 券种 table,
    ``1.`` items, a 咨询电话 line and 特此公告 (body), 落款 a day earlier, 附件 and a 温馨提示 box (not
    body); p02 a 夜市 news page with ``发布时间`` beside a later ``更新时间``, red bold 坚持…，… heads, a
    楷体 caption, 责任编辑, 上一篇/下一篇 and 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.cqbn.gov.cn/bm/qsww/{'tzgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    if p01:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:28px"><font size="3">{t}</font></p>',
                         head=lambda t: f'<p style="text-indent:2em;line-height:28px"><b><font face="黑体">{t}</font></b></p>')
        before = datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=1)
        body = ('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/swj_banner.jpg" width="1000"></td></tr>'
                '<tr><td class="nav">首页&nbsp;|&nbsp;机构职能&nbsp;|&nbsp;政务公开&nbsp;|&nbsp;商务动态&nbsp;|&nbsp;通知公告&nbsp;|&nbsp;办事服务</td></tr></table>'
                '<table width="1000" align="center"><tr><td class="wz">您现在的位置：首页 &gt;&gt; 通知公告</td></tr>'
                f'<tr><td align="center"><font size="5" color="#b40000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布时间：{y}-{m}-{d}来源：区商务委浏览次数：<script>document.write("{_n(rng, 4)}")</script>【<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td align="center">巴南商务发〔{y}〕{rng.randint(20, 60)}号</td></tr>'
                '<tr><td id="zoom">' + "".join(blocks)
                + '<p align="right">重庆市巴南区商务委员会</p>'
                f'<p align="right">{before.year}年{before.month}月{before.day}日</p>'
                f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.xls">巴南区第二轮餐饮消费券参与商户名单.xls</a></p></td></tr>'
                '<tr><td><div class="wxts" style="border:1px solid #e0a000;padding:8px"><b>温馨提示</b><br>'
                '请通过官方渠道领取消费券，不要点击陌生链接，谨防以“代抢券”为名的诈骗。</div></td></tr>'
                '<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">版权所有：重庆市巴南区商务委员会　地址：巴南区龙洲湾街道{rng.randint(10, 99)}号<br>'
                f'渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])}-巴南区商务委员会</title><meta name="keywords" content="消费券,惠购巴南">'
    else:
        def special(p):
            if p.startswith("坚持") and "，" in p and "。" not in p:
                return f'<p style="text-align:center"><strong><span style="color:#c00000">{esc(p)}</span></strong></p>'
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>', special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 10)}.jpg" width="600"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体">市民在“巴滨夜巷”夜市选购小吃。（区商务委供图）</span></p>')
        pn = rng.sample(others, 2)
        body = ('<div class="header"><img src="/images/logo_bn.png" alt="重庆市巴南区人民政府"></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进巴南</li></ul></div>'
                '<div class="crumb">当前位置：首页 &gt; 部门 &gt; 区商务委 &gt; 工作动态</div>'
                f'<div class="detail"><h1>{esc(art["title"])}</h1>'
                f'<div class="attr"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>更新时间：{y}-{m}-{int(d) + 3:02d} {_hm(rng)}</span>'
                '<span>来源：区商务委</span><span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
                '<div class="TRS_Editor">' + "".join(blocks) + '</div>'
                f'<p class="zrbj">责任编辑：{who[0]}</p>'
                '<div class="share">分享到：<a class="wx"></a><a class="wb"></a>　<a>【打印】</a><a>【关闭】</a></div>'
                f'<div class="pn"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>'
                '<div class="xgxw"><h3>相关新闻</h3><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>') + '</ul></div></div>'
                + _foot(rng, "重庆市巴南区人民政府办公室", f"500113{_n(rng, 4)}"))
        head = (f'<title>{esc(art["title"])}_重庆市巴南区人民政府</title>'
                f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ContentSource" content="区商务委">')
    return head, body, url


def ga_mp_fz140(art, rng, others):
    """公安 公众号 反诈 post: publish_time with IP 属地, a ``点击蓝字关注`` banner, blue bar heads
    (案例一：…, 民警提醒), ``1.`` items, bold 记者： and ``反诈民警 name：`` turns, a red slogan (body);
    a 案例 screenshot with a ▲ caption, a 反诈小课堂 box, a 96110 prompt, 来源/编辑/审核, 往期推荐,
    a QR prompt, 阅读/在看 and 留言 (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    y, m, d = _ymd(art)
    t = _hm(rng)
    who = rng.sample(WHO, 3)
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith("案例") or p == "民警提醒":
            out.append(f'<section style="background:#1f5fbf;padding:6px 12px;margin:20px 0 10px"><p><strong><span style="color:#fff;font-size:16px">{esc(p)}</span></strong></p></section>')
        elif p.startswith(("记者：", "反诈民警 王海：")):
            k = p.index("：") + 1
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px"><strong>{esc(p[:k])}</strong>{esc(p[k:])}</span></p>')
        elif p.endswith("！") and len(p) < 20:
            out.append(f'<p style="text-align:center"><span style="color:#d40000;font-size:18px"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 4:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲小陈与“房东”的聊天记录（已做脱敏处理）</span></p>')
    box = ('<section style="border:1px dashed #1f5fbf;padding:10px;margin-top:16px"><p><strong>反诈小课堂</strong></p>'
           '<p><span style="font-size:14px">接到96110来电，请务必接听；这是反诈预警专线，可能是您或家人正在遭遇诈骗。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">来源：九龙坡区公安分局　编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>' + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="color:#576b95">{tt}</span></p>') + '</section>'
            '<p style="text-align:center"><span style="font-size:13px;color:#999">长按识别二维码　关注九龙坡公安</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta_nickname"><a id="js_name">平安九龙坡</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            '<em id="js_ip_wording">重庆</em></div>'
            '<div class="rich_media_content" id="js_content">'
            '<p style="text-align:center"><span style="font-size:12px;color:#1f5fbf">点击上方蓝字　关注我们</span></p>'
            + "".join(out) + box + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(2000, 9000)}</span><a>赞 {rng.randint(20, 200)}</a><a>在看 {rng.randint(5, 60)}</a></div>'
            '<div class="discuss"><h3>留言</h3><ul><li><span>山城小王</span><p>去年差点就被骗了，转发给室友看看</p></li>'
            '<li><span>作者</span><p>谢谢关注，租房一定要核实身份。</p></li></ul></div>'
            '<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "平安九龙坡";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xzf_ys140(art, rng, others):
    """县政府网 财政 预算: p04 (GBK) a 预算说明 under an 索引号/发布机构/成文日期 grid on an old table
    layout, glued 发布日期/来源/更新时间 cell, ``<b>一、</b>`` heads, two tables with ``<th>`` heads,
    ``1.`` items (body); a 注 line, the 县财政局 落款, 附件 lines (not body); p05 a 解读 page with bold
    问： and 答： turns and 一是… lines (body), a 政策原文 box, 相关解读 list; its only visible date is a
    later 更新时间 (meta PubDate and the URL give the date)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.ps.gov.cn/zwgk/czxx/{'yjs' if p04 else 'zcjd'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 2)
    if p04:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em"><font size="3" face="仿宋_GB2312">{t}</font></p>',
                         head=lambda t: f'<p style="text-indent:2em"><b>{t}</b></p>', th=True)
        blocks.insert(4, '<p style="text-indent:2em"><font size="2">注：2024年执行数为快报数，最终以决算数据为准。</font></p>')
        grid = ('<table class="xxgk" width="100%" border="1" cellspacing="0"><tr><td>索引号：</td><td>11500243008xxxxx/2025-00012</td><td>发布机构：</td><td>彭水县财政局</td></tr>'
                f'<tr><td>主题分类：</td><td>财政预算</td><td>成文日期：</td><td>{y}-{m}-{int(d) - 3:02d}</td></tr>'
                f'<tr><td>名　　称：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
        body = ('<table width="1002" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/ps_top.jpg" width="1002"></td></tr>'
                '<tr><td class="nav">首页 | 政务公开 | 政务服务 | 互动交流 | 走进彭水</td></tr></table>'
                '<table width="1002" align="center"><tr><td class="wz">当前位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 预决算公开</td></tr>'
                f'<tr><td>{grid}</td></tr>'
                f'<tr><td align="center"><font size="5"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}-{m}-{d}信息来源：县财政局更新时间：{y}-{m}-{int(d) + 4:02d}</td></tr>'
                '<tr><td id="zoom">' + "".join(blocks)
                + '<p align="right">彭水苗族土家族自治县财政局</p>'
                f'<p align="right">{y}年{int(m)}月{int(d) - 3}日</p>'
                '<p>附件：1.彭水县2025年县级一般公共预算收支表.xls</p><p>　　　2.彭水县2025年县级政府性基金预算收支表.xls</p></td></tr>'
                '<tr><td align="center">【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr></table>'
                f'<table width="1002" align="center"><tr><td align="center">主办：彭水苗族土家族自治县人民政府办公室　渝ICP备{_n(rng, 8)}号<br>'
                f'渝公网安备 {_n(rng, 14)}号　网站标识码：5002430001</td></tr></table>')
        head = f'<title>{esc(art["title"])}-彭水县人民政府</title>'
    else:
        def special(p):
            if p.startswith(("问：", "答：")):
                return f'<p style="text-indent:2em"><strong>{esc(p[:2])}</strong>{esc(p[2:])}</p>'
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>', special=special)
        box = ('<div class="zcyw" style="border:1px solid #ccc;padding:10px"><h4>政策原文</h4>'
               '<p><a>彭水苗族土家族自治县2025年县级一般公共预算说明</a></p><p><a>关于彭水县2024年预算执行情况和2025年预算草案的报告</a></p></div>')
        body = ('<div class="top"><img src="/images/logo_ps.png" alt="彭水苗族土家族自治县人民政府"></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进彭水</li></ul></div>'
                '<div class="crumb">您的位置：首页 &gt; 政务公开 &gt; 政策解读</div>'
                f'<div class="content"><h1>{esc(art["title"])}</h1>'
                f'<div class="meta"><span>来源：县财政局</span>　<span>更新时间：{y}-{m}-{int(d) + 6:02d} {_hm(rng)}</span>　<span>【字号 <a>大</a> <a>中</a> <a>小</a>】</span></div>'
                '<div class="TRS_Editor">' + "".join(blocks) + '</div>' + box
                + f'<p class="bj">（责任编辑：{who[0]}）</p>'
                '<div class="xgjd"><h3>相关解读</h3><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>') + '</ul></div></div>'
                + _foot(rng, "彭水苗族土家族自治县人民政府办公室", "5002430001"))
        head = (f'<title>{esc(art["title"])}-彭水县人民政府</title><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
                f'<meta name="ArticleTitle" content="{esc(art["title"])}">')
    return head, body, url


def ysw_sp140(art, rng, others):
    """央视网-like 地方 新闻 video page: top nav, crumb, a video player with a duration and an
    ``[视频]`` label, 来源 + date (p06) or nothing visible (p07, meta ``publishdate`` and the URL),
    the ``央视网消息：`` opening, bold ``记者：``/``role name：`` turns (body); 编辑/责任编辑, a
    ``（完）``-less 更多视频 strip, 相关推荐, 热播视频, copyright footer (not body)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://news.cctv.com/{y}/{m}/{d}/ARTI{_wx_id(rng)[:18]}{y[2:]}{m}{d}.shtml"
    who = rng.sample(WHO, 2)
    out = []
    for p in art["body"]:
        k = p.find("：")
        if 0 < k < 22 and not p.startswith("央视网消息") and "，" not in p[:k]:
            out.append(f'<p><strong>{esc(p[:k + 1])}</strong>{esc(p[k + 1:])}</p>')
        else:
            out.append(f'<p>{esc(p)}</p>')
    info = f'<div class="info1"><span>来源：央视新闻</span> | <span>{y}年{m}月{d}日 {_hm(rng)}</span></div>' if p06 else ''
    more = "".join(f'<li><img src="/img/v{i}.jpg"><p>{esc(tt)}</p></li>' for i, (tt, _) in enumerate(rng.sample(others, 3)))
    body = ('<div class="headbar"><a class="logo">央视网</a><ul><li>首页</li><li>新闻</li><li>视频</li><li>地方</li><li>直播</li></ul></div>'
            '<div class="crumb">央视网 &gt; 新闻频道 &gt; 地方新闻</div>'
            f'<div class="col_w660"><h1>[视频]{esc(art["title"])}</h1>{info}'
            f'<div class="video_box" id="myFlash"><div class="player"></div><span class="dur">0{rng.randint(1, 3)}:{rng.randint(10, 59)}</span></div>'
            '<div class="cnt_bd" id="content_area">' + "".join(out) + '</div>'
            f'<div class="zebian"><span>编辑：{who[0]}</span>　<span>责任编辑：{who[1]}</span></div>'
            f'<div class="morevideo"><h3>更多视频</h3><ul>{more}</ul></div>'
            '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            '<div class="tuijian"><h3>相关推荐</h3><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><i>{dd}</i></li>') + '</ul></div></div>'
            '<div class="col_w300"><h3>热播视频</h3><ol><li>海拔4000米的“天路”养护工</li><li>夏粮收购 一线见闻</li><li>江南古镇的夜</li></ol></div>'
            '<div class="footer">央视网版权所有 未经许可不得转载 京ICP证060535号 京公网安备11010502000000号</div>')
    head = f'<title>[视频]{esc(art["title"])}_新闻频道_央视网(cctv.com)</title>'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="description" content="{esc(art["body"][0][:40])}">'
    return head, body, url


def cgj_zd140(art, rng, others):
    """区 城管局 portal: p08 (GBK) an 占道 审批 公示 — an old table layout, glued ``[发布时间：…]``
    cell with 来源 and 点击 ``document.write``, a ``<th>`` 事项 table, 公示时间 and 联系电话/联系地址
    lines, 特此公示 (body), 落款 and date, a 办事指南 link box (not body); p09 an 整治 news page with a
    ``YYYY/MM/DD`` line, 黑体 ``一、…`` heads, a 摄 caption, a quote, a one-sentence close (body), a
    相关链接 box, 上一篇/下一篇."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.cqspb.gov.cn/bm/qcgj/{'gsgg' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 2)
    if p08:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:26px">{t}</p>', th=True)
        body = ('<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/cgj_top.jpg" width="980"></td></tr>'
                '<tr><td class="menu">网站首页 | 机构概况 | 政务公开 | 城管动态 | 公示公告 | 网上办事</td></tr></table>'
                '<table width="980" align="center"><tr><td width="220" valign="top"><div class="lm">公示公告</div><ul>'
                + "".join(f'<li><a>{esc(tt)}</a></li>' for tt, _ in rng.sample(others, 3)) + '</ul>'
                '<div class="bszn"><b>办事指南</b><br><a>城市道路临时占用许可</a><br><a>户外广告设置许可</a></div></td>'
                '<td width="760" valign="top"><div class="wz">当前位置：首页 &gt; 公示公告</div>'
                f'<div align="center"><font size="4"><b>{esc(art["title"])}</b></font></div>'
                f'<div align="center" class="xx">[发布时间：{y}-{m}-{d}][来源：市政设施科][点击：<script>document.write("{_n(rng, 3)}")</script>]</div>'
                '<div id="zoom">' + "".join(blocks)
                + '<p align="right">重庆市沙坪坝区城市管理局</p>'
                f'<p align="right">{y}年{int(m)}月{int(d)}日</p></div>'
                '<div align="center">【<a>打印</a>】【<a>关闭</a>】</div></td></tr></table>'
                f'<table width="980" align="center"><tr><td align="center">版权所有：重庆市沙坪坝区城市管理局　渝ICP备{_n(rng, 8)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="占道,审批,公示">'
    else:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>',
                         special=lambda t: f'<p style="text-indent:2em"><span style="font-family:黑体">{esc(t)}</span></p>' if t.startswith(NUM_HEADS) else None)
        blocks.insert(4, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg"></p>'
                         f'<p style="text-align:center">执法队员在小龙坎街道劝导摊主规范经营。{who[0]} 摄</p>')
        pn = rng.sample(others, 2)
        body = ('<div class="top"><img src="/images/logo_spb.png"></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>城管动态</li><li>便民服务</li></ul></div>'
                '<div class="crumb">当前位置：首页 &gt; 城管动态</div>'
                f'<div class="art"><h1>{esc(art["title"])}</h1><div class="art-info">{y}/{m}/{d}　来源：区城市管理局　'
                '<span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
                '<div class="art-con">' + "".join(blocks) + '</div>'
                '<div class="xglj"><h4>相关链接</h4><p><a>沙坪坝区便民疏导点分布一览</a></p><p><a>市容环境“门前三包”责任制规定</a></p></div>'
                f'<p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>'
                + _foot(rng, "重庆市沙坪坝区城市管理局", f"500106{_n(rng, 4)}"))
        head = f'<title>{esc(art["title"])}_沙坪坝区城市管理局</title>'
    return head, body, url


def xx_mp_yx140(art, rng, others):
    """小学 公众号 研学 post: nickname only, an empty publish_time (the script's ``ct`` gives the
    date), ``第一站：`` pill heads, bold ``班级 name：`` / ``带队老师 name：`` turns, a centred slogan,
    a one-sentence close (body); a 研学名片 card, ▲ captions, 文字/图片/审核, a 预告 line and QR
    (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 3)
    card = ('<section style="background:#eef7ee;border-radius:8px;padding:10px 14px;margin:16px 0">'
            '<p><strong>研学名片</strong></p><p><span style="font-size:14px">研学地点：重庆中国三峡博物馆</span></p>'
            '<p><span style="font-size:14px">参与年级：四年级（共6个班）</span></p></section>')
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith("第") and "站：" in p:
            out.append(f'<section style="text-align:center;margin:18px 0"><span style="background:#2e8b57;color:#fff;padding:4px 16px;border-radius:14px">{esc(p)}</span></section>')
        elif p.startswith(("四（3）班 李沐阳：", "带队老师 张晓雯：")):
            k = p.index("：") + 1
            out.append(f'<p style="line-height:1.8em"><strong>{esc(p[:k])}</strong>{esc(p[k:])}</p>')
        elif p == "读万卷书，行万里路。":
            out.append(f'<p style="text-align:center"><span style="color:#2e8b57;font-size:17px"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.8em;text-indent:2em">{esc(p)}</p>')
        if i == 1:
            out.append(card)
        if i in (4, 8):
            cap = "▲同学们在展厅认真观察文物" if i == 4 else "▲小组成果展示"
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{cap}</span></p>')
    tail = (f'<p><span style="font-size:12px;color:#999">文字：{who[0]}　图片：{who[1]}　审核：{who[2]}</span></p>'
            '<p style="text-align:center"><span style="font-size:13px;color:#999">下期预告：五年级“红岩研学”即将出发，敬请期待</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">渝中区人和街小学分校</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            '<div class="rich_media_content" id="js_content">' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(500, 3000)}</span><a>赞 {rng.randint(20, 150)}</a><a>在看 {rng.randint(5, 40)}</a></div>'
            '<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "渝中区人和街小学分校";</script>')
    head = f'<title>{esc(art["title"])}</title>'
    return head, body, url


def rb_02zh140(art, rng, others):
    """日报 e-paper 第02版 综合: masthead ``YYYY年M月D日　星期X`` (the only visible date; the URL
    agrees), 版次 list, 上一版/下一版, 版面图 with 热区, 本版标题; p11 (GBK) the 本报讯 report as
    ``<br>`` lines in one ``founder-content`` with an 引题 above the title and a caption table, and a
    second 短讯 shown in full; p12 ``<P>`` paragraphs in ``#ozoom`` with a 副题, a 记者：/name： turn,
    a 记者手记 box (not body). The ``本报讯（记者 …）`` opening is body."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.wzrb.com.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 2)
    titles = "".join(f'<li><a>{esc(x)}</a></li>' for x in ["万州今年新增城市绿道42公里", "老旧小区装上电梯 居民上下楼不再犯难", "区消防救援支队开展夏季消防检查", "天城镇柑橘园迎来疏果期"])
    if p11:
        text = ('<table align="center"><tr><td><img src="../../../images/' + f'{y}{m}{d}02_01.jpg" width="400"></td></tr>'
                '<tr><td align="center"><font face="楷体">江南新区滨江绿道上，市民在散步健身。　记者 谭晓琳 摄</font></td></tr></table>'
                '<!--enpcontent--><founder-content>' + "<br>".join(f"　　{esc(p)}" for p in art["body"]) + '<br></founder-content><!--/enpcontent-->')
        top = '<h4 class="yt">推窗见绿 出门进园</h4>'
        sub = ''
        after = ('<div class="other"><h3>区消防救援支队开展夏季消防检查</h3>'
                 '<P>　　本报讯（通讯员 李欣）8月以来，区消防救援支队对全区28家大型商业综合体开展夏季消防安全检查，督促整改隐患43处。</P></div>')
    else:
        text = ('<div id="ozoom"><founder-content>' + "".join(f"<P>　　{esc(p)}</P>" for p in art["body"]) + '</founder-content></div>')
        top = ''
        sub = '<h3 class="ft">——高笋塘街道加装电梯工作见闻</h3>'
        after = ('<div class="jzsj" style="border:1px solid #999;padding:8px"><b>记者手记</b>'
                 '<P>　　一部电梯，连着的是邻里之间的理解与让步。协商会开了十一次，耐心换来的是一栋楼的方便。</P></div>')
    body = (f'<div class="masthead"><img src="../../../images/wzrb_logo.gif" alt="万州日报"><div class="date">'
            f'{y}年{int(m)}月{int(d)}日　{_week(art)}</div><p>中共重庆市万州区委主管主办</p></div>'
            '<div class="banci"><a>第01版：要闻</a><a class="cur">第02版：综合</a><a>第03版：区县</a><a>第04版：平湖</a>'
            f'　<a href="node_01.htm">上一版</a>　<a href="node_03.htm">下一版</a>　<a>PDF版</a>　<a>往期回顾</a></div>'
            '<table width="1000" align="center"><tr><td width="350" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}{m}{d}02_b.jpg" width="330" usemap="#PagePicMap"></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul>{titles}</ul></div></td>'
            f'<td valign="top"><div class="article">{top}<h1>{esc(art["title"])}</h1>{sub}{text}{after}'
            f'<div class="bj">责任编辑：{who[0]}　校对：{who[1]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回本版</a></div></div></td></tr></table>'
            f'<div class="copyright">万州日报社 版权所有　未经书面授权不得转载　渝ICP备{_n(rng, 8)}号</div>')
    head = '<title>万州日报-第02版：综合</title>'
    return head, body, url


TEMPLATES = {"swj_xfq140": swj_xfq140, "ga_mp_fz140": ga_mp_fz140, "xzf_ys140": xzf_ys140,
             "ysw_sp140": ysw_sp140, "cgj_zd140": cgj_zd140, "xx_mp_yx140": xx_mp_yx140,
             "rb_02zh140": rb_02zh140}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages140", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
