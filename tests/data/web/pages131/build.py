"""Build the hundred-and-thirty-first saved-page set (``pages131``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: 区 残联 portal pages, a GBK 辅助器具 适配 公告 and a
助残 news page (``cl_fjsp131``), a 区 图书馆 公众号 讲座 预告 post (``tsg_mp_jz131``), 县政府网 城乡低保
标准 调整 pages, a GBK 通知 with a 标准 table and a 解读 page (``xzf_dbbz131``), 人民网-like 观点 pages
with an 作者简介 (``rmw_gd131``), 区 住建委 portal 施工许可 公示 and a GBK 培训 news page
(``zjw_sgxk131``), a 镇 公众号 赶场天 post (``zhen_mp_gcr131``) and 县报 e-paper 第02版 要闻 pages
(``xb_02yw131``). ``articles.txt`` holds the title, date and reference body; the furniture (not
body) is written here. See README.md.

    python tests/data/web/pages131/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["王丽娟", "陈刚", "李思颖", "周建华", "赵敏", "胡海洋", "邓晓红", "刘波", "杨帆", "谢婷"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation but ``？``)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"', th=False) -> str:
    out = []
    for i, r in enumerate(rows):
        tag = "th" if th and i == 0 else "td"
        cells = "".join(f'<{tag} align="center"><p style="text-align:center">{"<b>" if i == 0 and not th else ""}{esc(c)}{"</b>" if i == 0 and not th else ""}</p></{tag}>'
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


def _gov_foot(rng, host: str, addr: str) -> str:
    return (f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>无障碍浏览</a></p>'
            f'<p>主办单位：{host}　地址：{addr}</p>'
            f'<p>网站标识码：500113{_n(rng, 4)}　<a>渝ICP备{_n(rng, 8)}号</a>　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p></div>')


def cl_fjsp131(art, rng, others):
    """区 残联 portal: p01 (GBK) a 辅助器具 适配 公告 — a glued ``来源：…发布时间：…浏览次数：`` span with a
    ``document.write`` counter, 黑体 ``一、`` heads, ``1.`` items, 受理时间/评估适配/咨询电话/服务地址 lines
    and 特此公告 (body), the 落款 and its date, an 附件 line and a 相关链接 box (not body); p02 a 上门
    适配 news page whose only visible date is a later ``更新时间`` (meta ``PubDate`` and the URL give
    the date), a photo + caption, a one-sentence paragraph, 责任编辑, 上一篇/下一篇."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.bnqcl.org.cn/{'tzgg' if p01 else 'cldt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.html"
    who = rng.sample(WHO, 3)
    para = lambda t: f'<p style="text-indent:2em;line-height:2"><font face="仿宋_GB2312" size="4">{t}</font></p>'  # noqa: E731
    if p01:
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:2"><font face="黑体" size="4">{t}</font></p>')
        info = (f'<div class="xxinfo">来源：巴南区残疾人联合会发布时间：{y}-{m}-{d}浏览次数：'
                f'<script language="javascript">document.write({_n(rng, 3)});</script></div>')
        tail = ('<p align="right" style="line-height:2"><font face="仿宋_GB2312" size="4">巴南区残疾人联合会</font></p>'
                f'<p align="right" style="line-height:2"><font face="仿宋_GB2312" size="4">{y}年{int(m)}月{int(d) - 1}日</font></p>'
                f'<p><font face="仿宋_GB2312" size="4">附件：<a href="/u/{_n(rng, 9)}.docx">巴南区残疾人辅助器具适配申请表.docx</a></font></p>')
        after = ('<div class="xglj"><div class="xglj-t">相关链接</div><ul>'
                 '<li><a>残疾人证办理指南</a></li><li><a>重度残疾人护理补贴申请流程</a></li><li><a>残疾人就业创业扶持政策一览</a></li></ul></div>')
        col = "通知公告"
    else:
        blocks = _blocks(art["body"], para)
        blocks.insert(4, f'<p align="center"><img src="/u/{y}{m}/{_n(rng, 10)}.jpg" width="580"></p>'
                         '<p align="center"><font face="楷体_GB2312">服务队技术人员为罗德华调整新轮椅的扶手高度。</font></p>')
        info = (f'<div class="xxinfo"><span>来源：区残联康复部</span>　<span>更新时间：{y}-{m}-{int(d) + 1:02d} {_hm(rng)}</span>'
                f'　<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = f'<p align="right">（责任编辑：{who[0]}）</p>'
        pn = rng.sample(others, 2)
        after = f'<div class="sxp"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>'
        col = "残联动态"
    body = (f'<div class="head"><img src="/images/cl_logo.png" alt="重庆市巴南区残疾人联合会"><span class="wza"><a>无障碍</a> <a>长辈版</a></span></div>'
            '<div class="nav"><ul><li>首页</li><li>残联动态</li><li>通知公告</li><li>政策法规</li><li>康复服务</li><li>就业培训</li><li>权益维护</li></ul></div>'
            f'<div class="main"><div class="dqwz">当前位置：<a>首页</a> &gt; <a>{col}</a> &gt; 正文</div>'
            f'<div class="article"><h2 class="art-title">{esc(art["title"])}</h2>{info}'
            '<div class="art-con">' + "".join(blocks) + tail + f'</div>{after}'
            '<div class="tool"><a>分享到：</a><a class="wx"></a><a class="wb"></a>　<a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div></div></div>'
            + _gov_foot(rng, "重庆市巴南区残疾人联合会", "巴南区鱼洞街道新市街88号"))
    head = f'<title>{esc(art["title"])}_巴南区残疾人联合会</title><meta name="keywords" content="残联,{col}">'
    if not p01:
        head += f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ArticleTitle" content="{esc(art["title"])}">'
    return head, body, url


def tsg_mp_jz131(art, rng, others):
    """区 图书馆 公众号 讲座 预告: a top banner, bar heads (讲座信息/讲座内容/报名方式), centred
    主题：/时间：/地点：/主讲人： lines, ``1.`` items and a closing line (body); a poster with a ▲
    caption, a 主讲人简介 card, a QR + 长按识别, 编辑/审核, 往期回顾, 阅读原文, 阅读/在看, 写留言 (not
    body); ``publish_time`` visible."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    who = rng.sample(WHO, 3)
    bars = ("讲座信息", "讲座内容", "报名方式")

    def special(p):
        if p in bars:
            return (f'<section style="margin:24px 0 12px;text-align:center"><section style="display:inline-block;border-bottom:2px solid #8b5a2b;padding:0 8px">'
                    f'<p><span style="font-size:17px;color:#8b5a2b"><strong>{esc(p)}</strong></span></p></section></section>')
        if p.split("：")[0] in ("主题", "时间", "地点", "主讲人"):
            k, v = p.split("：", 1)
            return f'<p style="text-align:center"><span style="color:#8b5a2b"><strong>{esc(k)}：</strong></span><span>{esc(v)}</span></p>'
        return None

    out = []
    for b in _blocks(art["body"], lambda x: f'<p style="line-height:1.8em;margin-bottom:10px"><span style="font-size:15px;color:#333">{x}</span></p>', special=special):
        out.append(b)
        if "主讲人：" in b:
            out.append('<section style="background:#f8f2ea;padding:12px;margin:14px 0"><p><strong><span style="color:#8b5a2b">主讲人简介</span></strong></p>'
                       '<p><span style="font-size:14px">唐怀远，重庆地方文史爱好者，江北区作家协会会员，长期关注两江水运史，著有《江岸旧事》等。</span></p></section>')
        if "老码头的变迁" in b or "二十多处码头" in b:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">▲上世纪八十年代的江北嘴码头（唐怀远 供图）</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">江图君</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">江北区图书馆</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content"><section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/jbtsg/640?wx_fmt=gif"></section>'
            + "".join(out)
            + f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">长按识别二维码 立即预约</span></p>'
            f'<p><span style="font-size:12px;color:#aaa">编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong>往期回顾</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><a><span style="font-size:14px;color:#576b95">{tt}</span></a></p>') + '</section></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(800, 5000)}</span>'
            f'<a>分享</a><a>在看 {rng.randint(5, 60)}</a></div><div class="discuss_container"><a>写留言</a></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "江北区图书馆";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"


def xzf_dbbz131(art, rng, others):
    """县政府网 低保: p04 (GBK) a 县政府办公室 通知 on an old table layout under an 信息公开 grid
    (索引号/发布机构/成文日期/发布日期), a centred 文号 line, the 主送 line, ``<b>`` 一、 heads, a
    ``：``-ended lead-in and a 标准 table (body), the 落款 a day earlier, 此件公开发布, a later 更新时间
    (not body); p05 a 解读 page with bold question heads, dated only by meta ``publishdate`` and the
    URL, with a 相关文件 box."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.cqsz.gov.cn/zwgk_{_n(rng, 3)}/{'zfxxgkml/tzgg' if p04 else 'zcjd'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    if p04:
        wh = f"石柱府办发〔{y}〕{rng.randint(20, 60)}号"
        para = lambda t: f'<p style="text-indent:2em"><font face="仿宋_GB2312">{t}</font></p>'  # noqa: E731

        def special(p):
            if p.endswith("：") and p.startswith("各乡镇"):
                return f'<p><font face="仿宋_GB2312">{esc(p)}</font></p>'
            return None
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em"><b>{t}</b></p>', special=special)
        grid = ('<table class="xxgk" width="100%" border="1" cellspacing="0"><tr>'
                f'<td>索引号：</td><td>11500240MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td><td>发布机构：</td><td>石柱县政府办公室</td></tr>'
                f'<tr><td>主题分类：</td><td>社会救助</td><td>成文日期：</td><td>{y}-{m}-{int(d) - 1:02d}</td></tr>'
                f'<tr><td>发文字号：</td><td>{wh}</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
        text = (f'<table width="100%"><tr><td align="center"><font size="5" color="#c00"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center"><font size="2">发布日期：{y}年{m}月{d}日　更新时间：{y}年{m}月{int(d) + 3:02d}日　【字体：大 中 小】</font></td></tr>'
                f'<tr><td align="center">{wh}</td></tr>'
                '<tr><td><div id="zoom">' + "".join(blocks)
                + '<p align="right"><font face="仿宋_GB2312">石柱土家族自治县人民政府办公室</font></p>'
                f'<p align="right"><font face="仿宋_GB2312">{y}年{int(m)}月{int(d) - 1}日</font></p>'
                '<p style="text-indent:2em"><font face="仿宋_GB2312">（此件公开发布）</font></p></div></td></tr></table>')
        body = ('<table width="1000" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td><img src="/images/sz_banner.jpg" width="1000" height="150"></td></tr>'
                '<tr><td class="menu"><a>首页</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>政务服务</a>&nbsp;|&nbsp;<a>政民互动</a>&nbsp;|&nbsp;<a>走进石柱</a></td></tr>'
                '<tr><td>您现在的位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; <a>通知公告</a></td></tr>'
                f'<tr><td>{grid}</td></tr><tr><td>{text}</td></tr>'
                '<tr><td align="center"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
                f'<tr><td class="foot">石柱土家族自治县人民政府办公室主办　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])}_石柱土家族自治县人民政府</title>'
    else:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:1.8">{t}</p>',
                         head=lambda t: f'<p style="text-indent:2em;line-height:1.8"><strong>{t}</strong></p>')
        box = ('<div class="xgwj"><h4>相关文件</h4><ul><li><a>石柱土家族自治县人民政府办公室关于调整城乡居民最低生活保障标准的通知</a></li>'
               '<li><a>重庆市最低生活保障审核确认办法</a></li></ul></div>')
        body = ('<div class="header"><img src="/images/sz_logo.png" alt="石柱土家族自治县人民政府"></div>'
                '<div class="nav"><a>首页</a><a>要闻动态</a><a>政务公开</a><a>政策解读</a><a>办事服务</a><a>互动交流</a></div>'
                '<div class="container"><div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策解读</div>'
                f'<div class="detail"><h1>{esc(art["title"])}</h1><div class="info"><span>来源：县民政局</span> <span>字号：<a>大</a> <a>中</a> <a>小</a></span>'
                '<span class="share">分享：<a class="wx"></a><a class="wb"></a></span></div>'
                '<div class="view TRS_UEDITOR">' + "".join(blocks) + f'</div>{box}</div></div>'
                + _gov_foot(rng, "石柱土家族自治县人民政府办公室", "石柱县南宾街道万寿大道"))
        head = (f'<title>{esc(art["title"])}_石柱土家族自治县人民政府</title>'
                f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="ColumnName" content="政策解读">')
    return head, body, url


def rmw_gd131(art, rng, others):
    """人民网-like 观点 pages: a 人民网 logo and channel nav, the headline, an author line under it,
    p06 a glued ``YYYY年MM月DD日hh:mm | 来源：人民网－人民日报`` line and one-sentence question
    paragraphs; p07 no visible date (meta ``publishdate`` and the URL), bold ``让农民唱主角，…`` heads;
    both an 作者简介 after the text, ``（责编：…）``, 分享, 相关新闻 and 热点排行 (not body)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"http://opinion.people.com.cn/n1/{y}/{m}{d}/c1003-{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    if p06:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent: 2em;">{t}</p>')
        dl = f'<div class="col-1-1 fl">{y}年{m}月{d}日{_hm(rng)} | 来源：<a>人民网－人民日报</a></div>'
        jj = f'<div class="zzjj"><p>（作者为重庆市社会科学院研究员）</p></div>'
        by = f'<p class="author">{who[0]}</p>'
    else:
        def special(p):
            if p.startswith("让农民唱主角，") and len(p) < 20:
                return f'<p style="text-indent: 2em;"><strong>{esc(p)}</strong></p>'
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent: 2em;">{t}</p>', special=special)
        dl = '<div class="col-1-1 fl">来源：<a>人民网－观点频道</a></div>'
        jj = f'<div class="zzjj"><p>作者简介：{who[0]}，西南大学乡村振兴研究院副教授，主要研究方向为农村社会学。</p></div>'
        by = f'<p class="author">作者：{who[0]}</p>'
    body = ('<div class="header"><a><img src="/img/2020wbc/imgs/logo.png" alt="人民网"></a><div class="nav"><a>首页</a>|<a>时政</a>|<a>观点</a>|<a>地方</a>|<a>财经</a></div></div>'
            '<div class="channel"><a>人民网</a>&gt;&gt;<a>观点</a></div>'
            f'<div class="main"><div class="layout rm_txt"><div class="col col-1 fl"><h1>{esc(art["title"])}</h1>{by}'
            f'<div class="channel cf">{dl}<div class="col-1-2 fr"><a>分享到</a></div></div>'
            '<div class="rm_txt_con cf">' + "".join(blocks) + jj
            + f'<div class="edit cf">（责编：{who[1]}、{who[2]}）</div></div>'
            '<div class="share"><a>分享让更多人看到</a></div>'
            '<div class="rm_relevant"><h3>相关新闻</h3><ul>'
            + _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a></li>') + '</ul></div></div>'
            '<div class="col col-2 fr"><div class="ph"><h3>热点排行</h3><ol><li><a>评论：把服务做到群众心坎上</a></li><li><a>人民时评：让基层减负落到实处</a></li></ol></div></div></div></div>'
            '<div class="footer">人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才<br>人民网版权所有，未经书面授权禁止使用<br>Copyright © 1997-2025 by www.people.com.cn. all rights reserved</div>')
    head = f'<title>{esc(art["title"])}--观点--人民网</title>'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="author" content="{who[0]}">'
    return head, body, url


def zjw_sgxk131(art, rng, others):
    """区 住建委 portal: p08 a 施工许可 公示 — glued 发布时间/来源/阅读 spans, a six-column table in the
    text, 公示期/联系电话/联系地址 lines (body), the 落款 and its date, an 附件 line (not body); p09 (GBK)
    a 培训 news page on an old table layout, the text as ``<br><br>``-separated lines in one ``<td>``
    with ``1.`` items after a lead-in, a ``Y/M/D`` date line, a caption above the text."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.beibei.gov.cn/bm/qzfcxjsw/{'zwgk/gsgg' if p08 else 'zwxx/gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    if p08:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:28px">{t}</p>', th=True)
        info = (f'<div class="xl-info">发布时间：{y}-{m}-{d} {_hm(rng)}来源：区住房城乡建委阅读：'
                f'<span id="readcount">{_n(rng, 3)}</span></div>')
        body = ('<div class="top-bar">北碚区人民政府 | <a>区住房和城乡建设委员会</a></div>'
                '<div class="banner"><img src="/images/bb_zjw.jpg"></div>'
                '<div class="nav"><a>首页</a><a>机构职能</a><a>政务公开</a><a>公示公告</a><a>办事服务</a></div>'
                '<div class="wrap"><div class="crumb">首页 &gt; 政务公开 &gt; 公示公告</div>'
                f'<div class="xl"><h1>{esc(art["title"])}</h1>{info}<div class="xl-con">' + "".join(blocks)
                + '<p style="text-align:right;line-height:28px">重庆市北碚区住房和城乡建设委员会</p>'
                f'<p style="text-align:right;line-height:28px">{y}年{int(m)}月{int(d)}日</p>'
                f'<p>附件：<a href="/u/{_n(rng, 10)}.pdf">施工许可证核发明细.pdf</a></p></div>'
                '<div class="tool">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div></div></div>'
                + _gov_foot(rng, "重庆市北碚区人民政府办公室", "北碚区碚峡西路125号"))
    else:
        lines = [f"　　{esc(p)}" for p in art["body"]]
        text = (f'<p align="center"><img src="/u/{y}{m}/{_n(rng, 9)}.jpg" width="550"></p>'
                '<p align="center"><font face="楷体_GB2312">培训现场</font></p>'
                '<font face="宋体" size="3">' + "<br><br>".join(lines) + '</font>')
        body = ('<table width="980" align="center" border="0" cellspacing="0" cellpadding="0"><tr><td><img src="/images/bb_zjw_top.jpg" width="980"></td></tr>'
                '<tr><td class="dh"><a>首页</a> | <a>工作动态</a> | <a>政策法规</a> | <a>公示公告</a> | <a>网上办事</a></td></tr>'
                '<tr><td><table width="100%"><tr><td width="220" valign="top" class="left"><div class="lm">工作动态</div><ul><li><a>建筑市场</a></li><li><a>质量安全</a></li><li><a>城市建设</a></li></ul></td>'
                f'<td valign="top"><table width="100%"><tr><td align="center" class="bt"><b>{esc(art["title"])}</b></td></tr>'
                f'<tr><td align="center" class="sj">{y}/{int(m)}/{int(d)}　来源：建筑业管理科　点击数：{_n(rng, 3)}</td></tr>'
                f'<tr><td class="nr">{text}</td></tr>'
                f'<tr><td align="right">（编辑：{who[0]}　审核：{who[1]}）</td></tr></table></td></tr></table></td></tr>'
                f'<tr><td class="foot" align="center">版权所有：重庆市北碚区住房和城乡建设委员会　渝ICP备{_n(rng, 8)}号</td></tr></table>')
    head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="住建委,施工许可">'
    return head, body, url


def zhen_mp_gcr131(art, rng, others):
    """镇 公众号 赶场天 post: an empty ``publish_time`` (dated by the script's ``ct`` only), ``01 …``
    badge heads, quote lines, a centred slogan (body); ▲ captions, a 赶场日历 box with its own dates,
    文字/图片/编辑, 分享/点赞/在看 (not body)."""
    t = _hm(rng)
    who = rng.sample(WHO, 3)
    caps = iter(["▲赶场天的火炉老街", "▲篾匠陈师傅在编背篓"])

    def special(p):
        if p[:3] in ("01 ", "02 ", "03 "):
            n, w = p.split(" ", 1)
            return (f'<section style="margin:22px 0 10px;display:flex;align-items:center"><section style="background:#d9534f;color:#fff;padding:2px 8px;border-radius:4px">'
                    f'<p><strong>{n}</strong></p></section><section style="padding-left:8px"><p><strong><span style="color:#d9534f">{esc(w)}</span></strong></p></section></section>')
        if p.endswith("！") and len(p) < 14 and "，" in p:
            return f'<p style="text-align:center"><span style="color:#d9534f;font-size:18px"><strong>{esc(p)}</strong></span></p>'
        return None

    out = []
    for b in _blocks(art["body"], lambda x: f'<p style="line-height:1.75em"><span style="font-size:15px">{x}</span></p>', special=special):
        out.append(b)
        if "重新规划" in b or "一只小背篓" in b:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{next(caps)}</span></p>')
    box = ('<section style="border:1px solid #d9534f;padding:10px;margin-top:20px"><p><strong>赶场日历</strong></p>'
           '<p><span style="font-size:14px">本月赶场日：农历十月初三、初六、初九、十三、十六、十九、廿三、廿六、廿九。</span></p>'
           '<p><span style="font-size:14px">自驾提示：老街停车场位于场镇东口，赶场天8:00—12:00车流较大，请错峰出行。</span></p></section>')
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">武隆火炉镇</a></span>'
            '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            '<div class="rich_media_content" id="js_content">' + "".join(out) + box
            + f'<p><span style="font-size:12px;color:#999">文字：{who[0]}　图片：{who[1]}　编辑：{who[2]}</span></p>'
            '<p style="text-align:center"><span style="font-size:13px;color:#888">分享、点赞、在看，让更多人看到火炉老街</span></p></div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(1000, 9000)}</span><a>分享</a><a>点赞 {rng.randint(20, 200)}</a><a>在看 {rng.randint(5, 50)}</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "武隆火炉镇";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"


def xb_02yw131(art, rng, others):
    """县报 e-paper 第02版 要闻: a masthead with ``YYYY年M月D日　星期X`` (the only visible date; the URL
    agrees), a 版次 list, 上一版/下一版, 版面图, 本版标题; p11 (GBK) an 引题 line, the text as ``<br>``
    lines in one ``<founder-content>``, a 图片新闻 piece after it (a caption and its credit); p12 a
    ``<P>`` page with a 副题, a caption table between paragraphs, unnumbered route items, and a
    second short report in full (not body); 责任编辑, copyright."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.djxw.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 2)
    same = _rel(rng, others, 2, lambda t, dd: f'<li><a>{t}</a></li>')
    if p11:
        kicker = '<h3 class="yt">抢抓农时促管护　蓄力来年再丰收</h3>'
        sub = ""
        text = '<!--enpcontent--><founder-content>' + "<br>".join(f"　　{esc(p)}" for p in art["body"]) + '<br></founder-content><!--/enpcontent-->'
        after = ('<div class="tpxw"><h3>图片新闻</h3><img src="../../../res/1/20251202/tp01.jpg">'
                 '<p>12月1日，桂溪街道志愿者在牡丹湖公园开展环境清洁活动。</p><p>（记者 刘洋 摄）</p></div>')
    else:
        kicker = ""
        sub = '<h2 class="ft">——覆盖高铁站、县人民医院、工业园区</h2>'
        ps = [f"<P>　　{esc(p)}</P>" for p in art["body"]]
        ps.insert(5, f'<table align="center"><tr><td><img src="../../../res/1/{y}{m}{d}/gj.jpg"></td></tr>'
                     '<tr><td class="bt">新开通的8路公交车驶过县人民医院站。（记者 冉静 摄）</td></tr></table>')
        text = '<div id="ozoom"><founder-content>' + "".join(ps) + '</founder-content></div>'
        after = ('<div class="other"><h3>县城区新增停车泊位600个</h3><P>　　本报讯　近日，县城区新施划的600个公共停车泊位投入使用，'
                 '主要分布在老城区学校、医院和农贸市场周边，前30分钟免费停放。</P></div>')
    body = (f'<div class="masthead"><img src="../../../images/djb_logo.gif" alt="垫江报"><div class="r">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>中共垫江县委主管主办</p></div></div>'
            '<div class="bc"><ul><li><a>第01版：头版</a></li><li class="on"><a>第02版：要闻</a></li><li><a>第03版：综合</a></li><li><a>第04版：牡丹副刊</a></li></ul>'
            '<a>上一版</a>　<a>下一版</a>　<a>PDF版</a>　<a>往期</a></div>'
            '<table width="1000" align="center"><tr><td width="350" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}{m}{d}02.jpg" width="330"></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>{same}</ul></div></td>'
            f'<td valign="top"><div class="article">{kicker}<h1>{esc(art["title"])}</h1>{sub}{text}{after}'
            f'<div class="bj">责任编辑：{who[0]}　校对：{who[1]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a></div></div></td></tr></table>'
            f'<div class="copyright">垫江报社版权所有　渝ICP备{_n(rng, 8)}号</div>')
    head = '<title>垫江报-第02版：要闻</title><meta name="keywords" content="垫江报,数字报">'
    return head, body, url


TEMPLATES = {"cl_fjsp131": cl_fjsp131, "tsg_mp_jz131": tsg_mp_jz131, "xzf_dbbz131": xzf_dbbz131,
             "rmw_gd131": rmw_gd131, "zjw_sgxk131": zjw_sgxk131, "zhen_mp_gcr131": zhen_mp_gcr131,
             "xb_02yw131": xb_02yw131}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages131", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
