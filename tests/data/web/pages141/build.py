"""Build the hundred-and-forty-first saved-page set (``pages141``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used: 区 科协 portal pages (a GBK 科普教育基地 拟认定名单 公示 and a 科普日 news page, ``kx_kpjd141``),
an 妇联 公众号 家庭教育 讲座 post (``fl_mp_jtjy141``), 县政府网 乡镇动态 pages (a GBK 镇 工作简报 and a 村
项目 公示 with a table, ``xzf_xzdt141``), 新浪-like 地方 政务微博 文章 pages (``wb_zwwz141``), 区 退役军人
事务局 优待证 pages (a GBK 办理指南 and a 发放 news page, ``tyjrj_ydz141``), an 物业 公众号 停水 通知
(``wy_mp_ts141``) and 县报 e-paper 第03版 民生 pages (``xb_03ms141``). ``articles.txt`` holds the
title, date and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages141/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["谭晓琳", "何俊", "刘思雨", "冉光明", "陈佳", "向东", "杨露", "黄志强", "田甜", "邹凯"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, th=False) -> str:
    out = []
    for i, r in enumerate(rows):
        tag = "th" if th and i == 0 else "td"
        out.append("<tr>" + "".join(f'<{tag} align="center">{esc(c)}</{tag}>' for c in r.split(" ")) + "</tr>")
    return '<table border="1" cellspacing="0" cellpadding="4" width="96%" align="center" style="border-collapse:collapse">' + "".join(out) + "</table>"


def _blocks(body, para, head=None, special=None, th=False) -> list[str]:
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
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _foot(rng, host: str, code: str) -> str:
    return (f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a></p>'
            f'<p>主办单位：{host}　地址：重庆市　网站标识码：{code}</p>'
            f'<p><a>渝ICP备{_n(rng, 8)}号-1</a>　渝公网安备 {_n(rng, 14)}号</p></div>')


def kx_kpjd141(art, rng, others):
    """区 科协 portal: p01 (GBK) a 名单 公示 — 发布时间/来源/浏览次数 glued with no whitespace, a 主送
    line, 黑体 一、 heads, a 名单 table, 联系人/联系电话/通讯地址 lines, 特此公示 (body); 落款 and date, 附件
    (not body). p02 科普日 news: 发布时间 beside a later 更新时间, a 楷体 caption, a 科普小贴士 box,
    责任编辑, 上一篇/下一篇, 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.bbkx.org.cn/{'tzgg' if p01 else 'kxdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 2)
    para = lambda t: f'<p style="text-indent:2em;line-height:2">{t}</p>'  # noqa: E731
    if p01:
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em"><strong><span style="font-family:黑体">{t}</span></strong></p>',
                         special=lambda p: '<p style="line-height:2">各有关单位：</p>' if p == "各有关单位：" else None)
        info = f'<div class="info">发布时间：{y}-{m}-{d}来源：区科协科普部浏览次数：<script>document.write("{_n(rng, 3)}")</script></div>'
        tail = ('<p style="text-align:right">北碚区科学技术协会</p>'
                f'<p style="text-align:right">{y}年{int(m)}月{int(d) - 1}日</p>'
                f'<p>附件：<a href="/uploads/{_n(rng, 9)}.docx">2025年度北碚区科普教育基地拟认定单位简介.docx</a></p>')
        extra = ''
    else:
        blocks = _blocks(art["body"], para)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 8)}.jpg"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体_GB2312">小朋友在人工智能展区观看机械臂下象棋。</span></p>')
        info = (f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span>　<span>更新时间：{y}-{m}-{int(d) + 1:02d} {_hm(rng)}</span>'
                f'　<span>来源：区科协</span>　<span>【字号 <a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = (f'<div class="tips"><p><b>科普小贴士</b></p><p>全国科普日设立于2005年，每年9月第三个公休日前后举办。</p></div>'
                f'<p style="text-align:right">（责任编辑：{who[0]}）</p>')
        pn = rng.sample(others, 2)
        extra = (f'<div class="sxp"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>'
                 '<div class="xgxw"><h3>相关新闻</h3><ul>' + _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>') + '</ul></div>')
    body = ('<div class="top">北碚区科学技术协会　<a>设为首页</a> <a>加入收藏</a></div>'
            '<div class="nav"><ul><li>首页</li><li>科协动态</li><li>通知公告</li><li>科普活动</li><li>学会工作</li><li>科普基地</li></ul></div>'
            f'<div class="loc">当前位置：<a>首页</a> &gt; <a>{"通知公告" if p01 else "科协动态"}</a></div>'
            f'<div class="article"><h1>{esc(art["title"])}</h1>{info}<div class="content">' + "".join(blocks) + tail + f'</div>{extra}'
            '<div class="share">分享到：<a>微信</a> <a>微博</a>　<a>【打印本页】</a> <a>【关闭窗口】</a></div></div>'
            + _foot(rng, "北碚区科学技术协会", "5001090023"))
    head = f'<title>{esc(art["title"])}-北碚区科学技术协会</title>'
    return head, body, url


def fl_mp_jtjy141(art, rng, others):
    """妇联 公众号 post: bar heads (short lines without punctuation), ``1.`` items, bold name： turns,
    a slogan (body); nickname, publish_time, a 讲座预告 box, ▲ captions, 主讲人 card, 来源/编辑/审核,
    阅读原文 and 在看 (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_n(rng, 10)}"
    who = rng.sample(WHO, 3)
    out = []
    for i, p in enumerate(art["body"]):
        e = esc(p)
        if len(p) <= 12 and not any(c in p for c in "。，：！？"):
            out.append(f'<section style="background:#e94f7a;padding:4px 12px;border-radius:12px"><p><span style="color:#fff"><strong>{e}</strong></span></p></section>')
        elif p.startswith(("家长王先生：", "周晓岚：")):
            n, r = p.split("：", 1)
            out.append(f'<p><strong>{esc(n)}：</strong>{esc(r)}</p>')
        elif p.endswith("！") and len(p) < 16:
            out.append(f'<p style="text-align:center"><span style="color:#e94f7a;font-size:18px"><strong>{e}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.75em"><span style="font-size:15px">{e}</span></p>')
        if i == 1:
            out.append('<section class="card" style="border:1px dashed #e94f7a"><p><strong>主讲人简介</strong></p>'
                       '<p>周晓岚，国家二级心理咨询师，从事家庭教育指导工作十五年。</p></section>')
        if i == 5:
            out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/x.jpg"></p><p style="text-align:center"><span style="font-size:12px;color:#888">▲讲座现场</span></p>')
    tail = (f'<section><p><strong>下期预告</strong></p><p>第七期将于7月举办，主题为“暑假如何安排孩子的作息”，敬请关注。</p></section>'
            f'<p><span style="font-size:12px;color:#999">来源：区妇联家庭和儿童工作部　编辑：{who[0]}　审核：{who[1]}</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content"><span class="rich_media_meta_nickname"><a id="js_name">渝北女性</a></span>'
            f'<em id="publish_time">{y}-{m}-{d} {t}</em><span id="js_ip_wording">重庆</span></div>'
            f'<div class="rich_media_content" id="js_content"><p style="text-align:center"><span style="font-size:12px">点击蓝字 关注我们</span></p>' + "".join(out) + tail + '</div>'
            f'<div id="js_read_area"><a>阅读原文</a><span>阅读 {rng.randint(500, 3000)}</span><a>在看 {rng.randint(3, 40)}</a></div>'
            '<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "渝北女性";</script>')
    return f'<title>{esc(art["title"])}</title>', body, url


def xzf_xzdt141(art, rng, others):
    """县政府网 乡镇动态: p04 (GBK) an old table layout, 镇 工作简报 as ``<br><br>`` lines in one
    ``<font>`` with ``<b>`` 一、 heads and ``1.`` items; glued 发布时间/信息来源/点击, a 期号 line, 报/送
    lines and a later 更新时间 (not body); p05 a 村 项目 公示 with a ``<th>`` table, 公示时间 and 监督电话
    lines (body), the 村 落款 and date (not body), dated only by meta PubDate and the URL."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.cqstl.gov.cn/zwxx/xzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    side = "".join(f'<tr><td>·<a>{esc(t)}</a></td></tr>' for t, _ in rng.sample(others, 4))
    if p04:
        lines = [f"<b>{esc(p)}</b>" if _head(p) else "　　" + esc(p) for p in art["body"]]
        text = ('<p align="center">第3期</p><p align="center">石鱼镇党政办公室　　' + f'{y}年{int(m)}月{int(d) - 2}日</p>'
                '<font style="font-size:12pt;line-height:200%">' + "<br><br>".join(lines) + '</font>'
                '<p>报：县委办公室、县政府办公室</p><p>送：镇党委、政府领导班子成员</p>')
        info = f'<td class="info">发布时间：{y}-{m}-{d}信息来源：石鱼镇点击：<script>document.write({_n(rng, 3)})</script>更新时间：{y}-{m}-{int(d) + 3:02d}</td>'
        meta = ''
    else:
        text = "".join(_blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>', th=True))
        text += f'<p style="text-align:right">旧县街道新桥村民委员会</p><p style="text-align:right">{y}年{int(m)}月{int(d)}日</p>'
        info = f'<td class="info">信息来源：旧县街道　浏览：<span id="cnt">{_n(rng, 3)}</span>　更新时间：{y}-{m}-{int(d) + 2:02d} {_hms(rng)}</td>'
        meta = f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
    body = ('<table width="1000" align="center"><tr><td><img src="/images/banner.jpg" alt="铜梁区人民政府"></td></tr>'
            '<tr><td class="menu"><a>首页</a>&nbsp;|&nbsp;<a>政务信息</a>&nbsp;|&nbsp;<a>乡镇动态</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>互动交流</a></td></tr></table>'
            '<table width="1000" align="center"><tr><td width="240" valign="top"><table><tr><td class="lm">乡镇动态</td></tr>' + side + '</table></td>'
            f'<td valign="top"><table width="100%"><tr><td>您现在的位置：首页 &gt; 政务信息 &gt; 乡镇动态</td></tr>'
            f'<tr><td align="center"><font size="5"><b>{esc(art["title"])}</b></font></td></tr><tr>{info}</tr>'
            f'<tr><td>{text}</td></tr><tr><td align="right"><a>【打印本页】</a> <a>【关闭窗口】</a></td></tr></table></td></tr></table>'
            + _foot(rng, "重庆市铜梁区人民政府办公室", "5001510003"))
    head = f'<title>{esc(art["title"])}_铜梁区人民政府</title>{meta}'
    return head, body, url


def wb_zwwz141(art, rng, others):
    """新浪-like 政务微博 文章 page: the account card (avatar, name, 粉丝), 发布于 date (p06) or none
    (p07: meta ``publishdate`` and the URL), a caption, bold 问： and 答： turns (p07), 阅读/转发/评论/
    赞 counts, comments with dates, 相关文章, footer (not body except the text)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://weibo.com/ttarticle/p/show?id=2309{_n(rng, 12)}&date={y}{m}{d}" if p06 else f"https://weibo.com/ttarticle/p/{y}{m}{d}/{_n(rng, 10)}"
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith(("问：", "答：")):
            out.append(f'<p><strong>{esc(p[:2])}</strong>{esc(p[2:])}</p>')
        else:
            out.append(f'<p>{esc(p)}</p>')
        if p06 and i == 0:
            out.append('<p class="pic"><img src="https://wx1.sinaimg.cn/large/x.jpg"></p><p class="picinfo">村民在“夜间课堂”上学习柑橘管护技术（江津区融媒体中心供图）</p>')
    date = f'<span class="time">发布于 {y}-{m}-{d} {_hm(rng)}</span>' if p06 else ''
    comments = "".join(f'<div class="cmt"><span class="u">{n}</span>：{c}<span class="t">{int(m)}月{int(d) + k}日 {_hm(rng)}</span></div>'
                       for k, (n, c) in enumerate([("江津小陈", "这个办法好，点赞！"), ("听雨的猫", "希望我们镇也能开"), ("老刘在几江", "实实在在为老百姓办事")]))
    body = ('<div class="WB_global_nav"><a>微博</a> <a>首页</a> <a>发现</a> <a>登录</a> <a>注册</a></div>'
            '<div class="main"><div class="author"><img src="avatar.jpg"><a class="name">江津发布</a><span>重庆市江津区人民政府新闻办公室官方微博</span><span>粉丝 62.3万</span><a>+关注</a></div>'
            f'<div class="article"><div class="title">{esc(art["title"])}</div>{date}<div class="WB_editor_iframe">' + "".join(out) + '</div>'
            f'<div class="handle"><span>阅读 {rng.randint(1, 9)}.{rng.randint(0, 9)}万</span><a>转发 {rng.randint(10, 99)}</a><a>评论 {rng.randint(10, 99)}</a><a>赞 {rng.randint(100, 999)}</a></div>'
            f'<div class="comments"><h4>评论</h4>{comments}</div>'
            '<div class="related"><h4>相关文章</h4><ul>' + _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a></li>') + '</ul></div></div></div>'
            '<div class="footer">新浪网 版权所有　京ICP证100780号　<a>微博客服</a> <a>举报处理</a></div>')
    head = f'<title>{esc(art["title"])} - 微博</title>'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}">'
    return head, body, url


def tyjrj_ydz141(art, rng, others):
    """区 退役军人事务局: p08 (GBK) a 办理指南 with an 索引号 grid, 一、 heads, ``1.`` items, 咨询电话/办公地址
    lines (body); a 办事小贴士 box and 相关链接 (not body); p09 a 发放 news page with `[YYYY-MM-DD]`, a
    caption, a closing slogan, 编辑/审核 and 上一篇/下一篇 (not body except the text)."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.cqcs.gov.cn/bm/qtyjrswj/{'bszn' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 2)
    para = lambda t: f'<p style="text-indent:2em">{t}</p>'  # noqa: E731
    if p08:
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em"><b>{t}</b></p>')
        grid = (f'<table class="xxgk"><tr><td>索引号：</td><td>11500115MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td><td>发布机构：</td><td>长寿区退役军人事务局</td></tr>'
                f'<tr><td>主题分类：</td><td>优抚安置</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
        info = ''
        tail = ('<div class="tip"><p><b>办事小贴士</b></p><p>可通过“渝快办”查询办理进度，无需多次往返。</p></div>'
                '<div class="xglj"><p>相关链接：</p><p><a>退役军人优待证使用说明</a></p><p><a>长寿区镇街退役军人服务站联系方式</a></p></div>')
    else:
        blocks = _blocks(art["body"], para, special=lambda p: f'<p style="text-align:center"><b>{esc(p)}</b></p>' if p.startswith("让军人") else None)
        blocks.insert(1, '<p style="text-align:center"><img src="/u/1.jpg"></p><p style="text-align:center">工作人员为退役军人发放优待证。</p>')
        grid = ''
        info = f'<div class="info">[{y}-{m}-{d}]　来源：区退役军人事务局　<a>【大</a> <a>中</a> <a>小】</a></div>'
        pn = rng.sample(others, 2)
        tail = (f'<p style="text-align:right">编辑：{who[0]}　审核：{who[1]}</p>'
                f'<p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p>')
    body = ('<div class="head"><img src="/images/logo.png" alt="重庆市长寿区人民政府"></div>'
            '<div class="nav"><a>首页</a><a>政务公开</a><a>办事服务</a><a>互动交流</a></div>'
            f'<div class="crumb">当前位置：首页 &gt; 部门 &gt; 区退役军人事务局 &gt; {"办事指南" if p08 else "工作动态"}</div>'
            f'{grid}<div class="art"><h2>{esc(art["title"])}</h2>{info}<div class="txt">' + "".join(blocks) + '</div>' + tail
            + '<div class="print"><a>【打印】</a><a>【关闭】</a></div></div>' + _foot(rng, "重庆市长寿区人民政府办公室", "5001150004"))
    return f'<title>{esc(art["title"])}_重庆市长寿区人民政府</title>', body, url


def wy_mp_ts141(art, rng, others):
    """物业 公众号 停水 通知: a salutation line, 停水时间/停水范围 lines, a 值班电话 line, 特此通知 (body);
    a 落款 with its date, a 温馨提示 card, a ▲ caption, nickname and an empty publish_time (dated by
    the script's ``ct`` only), 阅读/在看 (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_n(rng, 11)}"
    out = []
    for p in art["body"]:
        e = esc(p)
        if p.startswith(("停水时间", "停水范围")):
            n, r = p.split("：", 1)
            out.append(f'<p><span style="color:#1e6fd9"><strong>{esc(n)}：</strong></span>{esc(r)}</p>')
        elif p.startswith("尊敬的"):
            out.append(f'<p><strong>{e}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em">{e}</p>')
    out.append(f'<p style="text-align:right">锦苑物业服务中心</p><p style="text-align:right">{y}年{int(m)}月{int(d)}日</p>')
    out.append('<section style="background:#eef5ff;padding:10px"><p><strong>温馨提示</strong></p><p>储水请使用干净容器，并注意防止儿童接触。</p></section>')
    out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/y.jpg"></p><p style="text-align:center"><span style="font-size:12px;color:#999">▲停水范围示意图</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_area_primary">'
            f'<h1 class="rich_media_title">{esc(art["title"])}</h1>'
            f'<div id="meta_content"><span class="rich_media_meta_nickname"><a id="js_name">锦苑物业服务中心</a></span><em id="publish_time"></em></div>'
            '<div class="rich_media_content" id="js_content">' + "".join(out) + '</div>'
            f'<div class="tool"><span>阅读 {rng.randint(300, 1500)}</span><a>在看 {rng.randint(1, 20)}</a></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}";</script>')
    return f'<title>{esc(art["title"])}</title>', body, url


def xb_03ms141(art, rng, others):
    """县报 e-paper 第03版 民生: masthead with the date (the only visible date; the URL agrees), 版次
    select, 上一版/下一版, 本版标题; p11 (GBK) the text as ``<br>`` lines in ``founder-content`` with an
    引题 and a caption table; p12 ``<P>`` paragraphs with a 副题 and a second 短讯 in full (not body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.zxrb.cn/html/{y}-{m}/{d}/node_3.htm"
    others3 = "".join(f'<li><a>{esc(x)}</a></li>' for x in ["社区义剪进楼栋", "公交新开两条线路", "菜价平稳供应充足"])
    if p11:
        text = ('<h3 class="yt">民生实事暖人心</h3>' f'<h1>{esc(art["title"])}</h1>'
                '<founder-content>' + "<br>".join("　　" + esc(p) for p in art["body"][:4]) +
                '<table align="center"><tr><td><img src="pic1.jpg"></td></tr><tr><td>居民在新建的便民晾晒点晾晒衣物。　记者 何静 摄</td></tr></table>'
                + "<br>".join("　　" + esc(p) for p in art["body"][4:]) + '</founder-content>')
        after = ''
    else:
        text = (f'<h1>{esc(art["title"])}</h1><h3 class="ft">——玉屏社区长者食堂开业见闻</h3>'
                '<div id="ozoom"><founder-content>' + "".join(f"<P>　　{esc(p)}</P>" for p in art["body"]) + '</founder-content></div>')
        after = ('<div class="other"><h2>社区义剪进楼栋</h2><P>　　本报讯　11月3日，白公街道组织理发志愿者走进老旧小区楼栋，为40余位老人免费理发。（张敏）</P></div>')
    body = (f'<div class="masthead"><img src="../../../images/zxrb.gif" alt="忠县日报"><span>{y}年{int(m)}月{int(d)}日　{_week(art)}</span></div>'
            '<div class="bc"><select><option>第01版：要闻</option><option>第02版：综合</option><option selected>第03版：民生</option><option>第04版：副刊</option></select>'
            '　<a href="node_2.htm">上一版</a>　<a href="node_4.htm">下一版</a>　<a>PDF版</a>　<a>往期回顾</a></div>'
            f'<table width="1000"><tr><td width="340" valign="top"><img src="page3.jpg" width="320"><div class="bmbt"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>{others3}</ul></div></td>'
            f'<td valign="top"><div class="article">{text}{after}<div class="bj">责任编辑：{rng.choice(WHO)}</div>'
            '<div><a>上一篇</a>　<a>下一篇</a></div></div></td></tr></table>'
            f'<div class="copyright">忠县日报社 版权所有　渝ICP备{_n(rng, 8)}号</div>')
    return '<title>忠县日报-第03版：民生</title>', body, url


TEMPLATES = {"kx_kpjd141": kx_kpjd141, "fl_mp_jtjy141": fl_mp_jtjy141, "xzf_xzdt141": xzf_xzdt141,
             "wb_zwwz141": wb_zwwz141, "tyjrj_ydz141": tyjrj_ydz141, "wy_mp_ts141": wy_mp_ts141,
             "xb_03ms141": xb_03ms141}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages141", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
