"""Build the seventieth saved-page set (``pages70``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 统计局 公众号 统计知识 科普 post
(``tjj_mp_kepu``), a 市 政务服务 portal 办事案例 news page in GBK (``zwfw_bsal_dongtai``), a 县/区
政府网 政策解读 with 问答 and 解读机关 (``xzf_zcjd_jdjg``), a 人民网-like 评论 page with 相关评论
(``rmw_pinglun_xgpl``), a 区 教委 portal 督导通报 with a 学校 table (``jw_duda_tongbao``), a 镇
公众号 敬老院 慰问 post (``zhen_mp_jinglaoyuan``) and a 县报 e-paper 头版 with 报眼 and 图片新闻
(``xianbao_toub_tpxw``). ``articles.txt`` holds the title, date and reference body; the
furniture (not body) is written here. See README.md.

    python tests/data/web/pages70/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import PLACE_NAMES, esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")
NAMES = {**PLACE_NAMES, "banan": "巴南", "dadukou": "大渡口", "wulong": "武隆", "xiushan": "秀山",
         "bishan": "璧山", "fengdu": "丰都", "chongqing": "重庆", "national": "全国"}
WX = "ABCDEFGHJKLMNPQRSTabcdefghjkmnpqrst0123456789_-"


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _table(rows, attrs: str) -> str:
    """Table rows (cells joined by single spaces) as one ``<table>``, the first row as ``<th>``."""
    out = []
    for k, r in enumerate(rows):
        tag = "th" if k == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _paras(body, para_fn, attrs: str = 'border="1" cellspacing="0"', after=None) -> str:
    """Paragraphs through ``para_fn``, runs of table rows as one table; ``after(i)`` may add
    furniture after paragraph ``i``."""
    out, run = [], []
    for i, p in enumerate(body + [None]):
        if p is not None and _row(p):
            run.append(p)
            continue
        if run:
            out.append(_table(run, attrs))
            run = []
        if p is not None:
            out.append(para_fn(p))
            if after:
                out.append(after(i))
    return "".join(out)


def _related(others, n, fmt) -> str:
    return "".join(f'<li><a href="#">{esc(t)}</a><span>{fmt(d)}</span></li>' for t, d in others[:n])


def _gov_footer(site: str, rng) -> str:
    return (f'<div class="footer"><p>主办：{site}　承办：{site}办公室</p>'
            f'<p>渝ICP备{_n(rng, 8)}号　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">无障碍</a></p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>')


def _wx(art, rng, acct, content, when):
    """A WeChat post: title, account and publish time row, ``js_content`` and the bottom rows."""
    url = "https://mp.weixin.qq.com/s/" + "".join(rng.choice(WX) for _ in range(22))
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta_nickname"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{when}</em>'
            f'<span id="js_ip_wording">重庆</span></div>'
            f'<div class="rich_media_content" id="js_content" style="visibility:visible">{content}</div>'
            '<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 '
            f'{_n(rng, 4)}</span><span>赞 {_n(rng, 2)}</span><span>在看 {_n(rng, 1)}</span><span>分享</span></div>'
            '<div class="discuss"><a>写留言</a></div>'
            '<div class="like_recommend"><h3>喜欢此内容的人还喜欢</h3><ul><li>扫码关注 获取更多资讯</li></ul></div>'
            '</div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<script>var ct = "{_epoch(art, when[-5:])}";var nickname = "{esc(acct)}";</script>')
    return head, body, url


def tjj_mp_kepu(art, rng, others):
    """区 统计局 公众号 统计知识 科普. Bold blue ``一、…`` heads in ``<section>``s, a 统计小课堂 banner
    at the top, a 知识卡片 box (not body) after the second head, an image of a 记账本 with caption,
    the closing 来源/编辑/审核 lines, 往期回顾 and a QR line. p01 publish time ``YYYY-MM-DD hh:mm``,
    p02 ``YYYY年MM月DD日 hh:mm``."""
    y, m, d = _ymd(art)
    place = NAMES[art["place"]]
    acct = f"{place}统计"
    t = _hm(rng)
    out = ['<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/banner.gif"></section>',
           f'<section style="text-align:center;color:#1e6fd9"><span>点击蓝字 关注{esc(acct)}</span></section>']
    for i, p in enumerate(art["body"]):
        if p.startswith(HEADS):
            out.append(f'<section style="margin:20px 0"><p style="background:#1e6fd9;color:#fff"><strong><span>{esc(p)}</span></strong></p></section>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 1:
            out.append('<section class="card" style="border:1px dashed #1e6fd9"><p><strong>知识卡片</strong></p>'
                       '<p>统计指标：反映总体数量特征的概念和数值。</p><p>—— 摘自《统计知识读本》</p></section>')
        if i == 5:
            out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/jizhang.jpg"></p>'
                       '<p style="text-align:center;color:#888"><span style="font-size:12px">▲ 记账户的收支记账本（资料图）</span></p>')
    out.append('<p><br></p><p style="font-size:12px;color:#999">来源：区统计局综合科</p>'
               f'<p style="font-size:12px;color:#999">编辑：{rng.choice(["刘婷", "张雨"])}　审核：{rng.choice(["周凯", "黄敏"])}</p>'
               '<section><p><strong>往期回顾</strong></p>'
               + "".join(f'<p><a>{esc(tt)}</a></p>' for tt, _ in others[:3]) + '</section>'
               '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qrcode.jpg"></p>'
               '<p style="text-align:center">长按识别二维码 关注我们</p>')
    when = f"{y}-{m}-{d} {t}" if art["id"] == "p01" else f"{y}年{m}月{d}日 {t}"
    return _wx(art, rng, acct, "".join(out), when)


def zwfw_bsal_dongtai(art, rng, others):
    """市 政务服务 portal 办事案例 news (GBK). Old table layout, ``<font>`` title, info line
    ``发布日期：YYYY/M/D``, body ``<p>``s with ``　　`` and ``&nbsp;`` runs, two short bold
    subheads, a 办事指引 box inside the text cell (not body), 相关链接, footer."""
    y, m, d = _ymd(art)
    site = "重庆市人民政府政务服务管理办公室"
    ps = []
    for i, p in enumerate(art["body"]):
        if len(p) <= 8:
            ps.append(f'<p style="text-indent:2em"><b>{esc(p)}</b></p>')
        else:
            ps.append(f'<p>{IND}{esc(p)}</p>' if i % 2 else f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>')
        if i == 3:
            ps.append('<table class="tip" width="90%" align="center" bgcolor="#f3f7fb"><tr><td><b>办事指引</b><br>'
                      '办理渠道：“渝快办”APP或各级政务服务大厅企业开办专区<br>咨询电话：12345</td></tr></table>')
    body = (f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/img/top.jpg" alt="{site}"></td></tr>'
            '<tr><td class="menu"><a>首页</a> | <a>政务公开</a> | <a>办事服务</a> | <a>办事案例</a> | <a>互动交流</a></td></tr></table>'
            '<table width="1000" align="center"><tr><td class="dqwz">当前位置：首页 &gt;&gt; 办事服务 &gt;&gt; 办事案例</td></tr>'
            f'<tr><td align="center" height="60"><font style="font-size:22px" color="#c00"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="sx">发布日期：{y}/{int(m)}/{int(d)}&nbsp;&nbsp;&nbsp;&nbsp;信息来源：市政务服务管理办&nbsp;&nbsp;&nbsp;&nbsp;'
            '【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
            f'<tr><td class="bt_content"><div class="TRS_Editor">{"".join(ps)}</div></td></tr>'
            '<tr><td align="right">【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr>'
            '<tr><td><b>相关链接：</b><br>' + "<br>".join(f'·<a>{esc(t)}</a>（{dd}）' for t, dd in others[:3]) + '</td></tr></table>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_重庆市政务服务网</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    return head, body, f"http://zwfw.cq.gov.cn/bsal/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def xzf_zcjd_jdjg(art, rng, others):
    """县/区 政府网 政策解读. p04: info ``<span>``s (发布时间：YYYY年MM月DD日, 解读机关, 解读人),
    ``问：`` turns in bold, ``答：`` answers, ``（一）…；`` items, then 政策原文 link, 解读机关/解读人/
    联系电话 lines (not body), share, 相关解读. p05 (GBK): a 一图看懂 image strip at the top (not
    body), NO visible date (``PubDate`` meta and URL), ``一、`` heads, 相关文件 box."""
    y, m, d = _ymd(art)
    place = NAMES[art["place"]]
    unit = f"{place}{'县' if place == '秀山' else '区'}"
    site = f"重庆市{unit}人民政府"
    if art["id"] == "p04":
        ps = "".join(f'<p><strong>{esc(p)}</strong></p>' if p.startswith("问：") else f'<p style="text-indent:2em">{esc(p)}</p>'
                     for p in art["body"])
        info = (f'<div class="xl-info"><span>发布时间：{y}年{m}月{d}日</span><span>解读机关：{unit}住房城乡建委</span>'
                f'<span>解读人：村镇建设科</span><span>浏览量：<i id="hits">{_n(rng, 3)}</i></span></div>')
        tail = ('<div class="zcyw">政策原文：<a>《武隆区农村危房改造补助实施办法》</a></div>'
                f'<p class="jd">解读机关：{unit}住房和城乡建设委员会</p><p class="jd">解读人：谭明，村镇建设科科长</p>'
                f'<p class="jd">联系电话：023-{_n(rng, 8)}</p>')
        meta = f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
    else:
        ps = ('<div class="ytdd"><p style="text-align:center"><img src="./W0' f'{_n(rng, 12)}.jpg" alt="一图看懂"></p>'
              '<p style="text-align:center">（点击图片查看大图）</p></div>'
              + "".join(f'<p style="text-indent:2em"><b>{esc(p)}</b></p>' if p.startswith(HEADS) else f'<p>{IND}{esc(p)}</p>'
                        for p in art["body"]))
        info = '<div class="xl-info"><span>来源：县发展改革委</span><span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span><span><a>打印</a></span></div>'
        tail = ('<div class="xgwj"><h4>相关文件</h4><ul><li><a>秀山县人民政府办公室关于印发秀山县促进民营经济发展十条措施的通知</a></li></ul></div>')
        meta = f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="县发展改革委">'
    body = (f'<div class="header"><img src="/images/logo.png" alt="{site}"><div class="ss"><input placeholder="搜索"></div></div>'
            '<ul class="nav"><li>首页</li><li>政务公开</li><li>政策文件</li><li>政策解读</li><li>办事服务</li></ul>'
            '<div class="dqwz">您当前的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政策解读</a></div>'
            f'<div class="xl_con"><h1 class="xl-tit">{esc(art["title"])}</h1>{info}'
            f'<div class="xl-zw" id="zoom">{ps}</div>{tail}'
            '<div class="share">分享：<a>微信</a><a>微博</a><a>QQ</a></div>'
            '<div class="xgjd"><h3>相关解读</h3><ul>' + _related(others, 4, lambda dd: dd) + '</ul></div></div>'
            + _gov_footer(site, rng))
    head = f'<title>{esc(art["title"])}_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">{meta}'
    return head, body, f"http://www.cq{art['place']}.gov.cn/zwgk_{_n(rng, 3)}/zcjd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def rmw_pinglun_xgpl(art, rng, others):
    """人民网-like 评论. Column kicker 人民时评 above the headline, byline 张晓 and 作者单位 line,
    ``YYYY年MM月DD日hh:mm | 来源：人民网－人民日报`` with no space, 分享到, a 《 人民日报 》（ date
    第 05 版） line, 编辑 note line, 相关评论 list with dates, 责编, comment counter, footer."""
    y, m, d = _ymd(art)
    t = f"0{rng.randint(5, 8)}:{rng.randint(10, 59)}"
    ps = "".join(f'<p style="text-indent: 2em;">{esc(p)}</p>' for p in art["body"])
    body = ('<div class="top"><a>人民网首页</a><a>登录</a><a>注册</a><a>人民日报客户端</a></div>'
            '<div class="path"><a>人民网</a>&gt;&gt;<a>观点</a></div>'
            '<div class="col col-1 fl"><h3 class="pre">人民时评</h3>'
            f'<h1>{esc(art["title"])}</h1><p class="sou">张晓</p>'
            f'<div class="col-1-1 fl">{y}年{m}月{d}日{t} | 来源：<a>人民网－人民日报</a></div>'
            '<div class="col-1-2 fr"><span>分享到：</span><a>微信</a><a>微博</a><a>小字号</a></div>'
            f'<div class="rm_txt_con cf"><p style="text-indent: 2em;">【编者按】议事协商如何走深走实，本版今起刊发系列评论，敬请关注。</p>{ps}'
            f'<p style="text-indent: 2em;">（作者单位：重庆市社会科学院）</p>'
            f'<p style="text-indent: 2em;">《 人民日报 》（ {y}年{m}月{d}日 05 版）</p>'
            f'<div class="edit cf">(责编：{rng.choice(["杨帆", "吴倩"])}、{rng.choice(["郑浩", "李静"])})</div></div>'
            '<div class="box_pl"><h2>相关评论</h2><ul>' + _related(others, 5, lambda dd: f"[{dd.replace('-', '/')}]") + '</ul></div>'
            f'<div class="pl">我要留言 <span>已有{_n(rng, 2)}人参与评论</span></div></div>'
            '<div class="foot"><p>人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务</p>'
            '<p>人民网版权所有，未经书面授权禁止使用</p><p>Copyright © 1997-2024 by www.people.com.cn. all rights reserved</p></div>')
    head = (f'<title>{esc(art["title"])}--观点--人民网</title><meta name="publishdate" content="{y}-{m}-{d}">'
            '<meta name="source" content="来源：人民网－人民日报">')
    return head, body, f"http://opinion.people.com.cn/n1/{y}/{m}{d}/c1003-{_n(rng, 8)}.html"


def jw_duda_tongbao(art, rng, others):
    """区 教委 portal 督导通报. p07: info ``<span>``s with no whitespace, the 主送 line and ``一、``
    heads bold, a 得分 table with a ``<th>`` row, ``1.…；`` items, then the 落款 (unit, 2023年10月24日)
    and 附件 (not body), 扫一扫, footer. p08 (GBK): old table layout, all paragraphs ``<br>``-separated
    in one ``<td>`` with ``　　``, a school list as short lines, ``点击数：<script>document.write</script>``."""
    y, m, d = _ymd(art)
    place = NAMES[art["place"]]
    site = f"重庆市{place}区教育委员会"
    if art["id"] == "p07":
        def para(p):
            if p.startswith(HEADS) or p.endswith("："):
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>' if p.startswith(HEADS) else f'<p>{esc(p)}</p>'
            return f'<p style="text-indent:2em;line-height:28px">{esc(p)}</p>'
        text = _paras(art["body"], para, 'class="MsoTable" border="1" cellspacing="0" width="80%" align="center"')
        text += (f'<p style="text-align:right">重庆市江津区教育督导室</p><p style="text-align:right">{y}年{int(m)}月{int(d) - 1}日</p>'
                 '<p>附件：<a href="./P0' f'{_n(rng, 9)}.docx">2023年秋季开学专项督导问题清单.docx</a></p>')
        body = (f'<div class="head"><img src="/images/jw_logo.png" alt="{site}"></div>'
                '<div class="nav"><a>首页</a><a>教育要闻</a><a>通知公告</a><a>教育督导</a><a>政务公开</a></div>'
                '<div class="crumbs">当前位置：首页 &gt; 教育督导 &gt; 督导通报</div>'
                f'<div class="article-box"><h2 class="tit">{esc(art["title"])}</h2>'
                f'<div class="msg"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：区教育督导室</span><span>浏览次数：{_n(rng, 3)}</span></div>'
                f'<div class="con">{text}</div>'
                '<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div>'
                '<div class="prev">上一篇：<a>' f'{esc(others[0][0])}</a></div><div class="next">下一篇：<a>{esc(others[1][0])}</a></div></div>'
                + _gov_footer(site, rng))
    else:
        lines = "<br>".join(f"{IND}{esc(p)}" for p in art["body"])
        body = (f'<table width="960" align="center" cellspacing="0" cellpadding="0"><tr><td><img src="/images/banner.jpg" alt="{site}"></td></tr>'
                '<tr><td class="dh"><a>网站首页</a>　<a>教育新闻</a>　<a>督导评估</a>　<a>通知公告</a></td></tr></table>'
                '<table width="960" align="center"><tr><td width="220" valign="top" class="left"><div class="lm">督导评估</div>'
                '<ul><li>督导动态</li><li>督导通报</li><li>责任督学</li></ul></td><td valign="top">'
                '<table width="100%"><tr><td class="wz">您的位置：首页 &gt; 督导评估 &gt; 督导通报</td></tr>'
                f'<tr><td align="center" class="bt"><font size="4"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="sj">时间：{y}-{int(m)}-{int(d)}　作者：区教育督导室　点击数：'
                f'<script>document.write("{_n(rng, 3)}")</script></td></tr>'
                f'<tr><td class="nr">{lines}</td></tr>'
                '<tr><td align="center"><a>【打印】</a> <a>【关闭】</a> <a>【返回顶部】</a></td></tr></table></td></tr></table>'
                f'<table width="960" align="center"><tr><td class="foot">版权所有：{site}　渝ICP备{_n(rng, 8)}号<br>地址：璧山区璧泉街道　电话：023-{_n(rng, 8)}</td></tr></table>')
    head = f'<title>{esc(art["title"])}-{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
    return head, body, f"http://jw.cq{art['place']}.gov.cn/ddtb/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"


def zhen_mp_jinglaoyuan(art, rng, others):
    """镇 公众号 敬老院 慰问. p09: two photos with ``▲`` captions inside the text, quoted speech,
    a ``文字｜图片｜编辑｜审核`` credit block, 阅读原文 row. p10: 时间：/地点：/参加人员： lines with
    the label in bold red, ``一是…`` items, a 温馨提示 box (not body), credits, QR."""
    y, m, d = _ymd(art)
    place = NAMES[art["place"]]
    town = "郁山镇" if art["id"] == "p09" else "西沱镇"
    acct = f"{'彭水' if art['id'] == 'p09' else '石柱'}{town}"
    out = []
    for i, p in enumerate(art["body"]):
        lab = p.split("：", 1)
        if art["id"] == "p10" and len(lab) == 2 and lab[0] in ("时间", "地点", "参加人员"):
            out.append(f'<p><span style="color:#c00"><strong>{lab[0]}：</strong></span><span>{esc(lab[1])}</span></p>')
        else:
            out.append(f'<p style="text-indent:2em"><span style="font-size:16px;letter-spacing:1px">{esc(p)}</span></p>')
        if i in (1, 4):
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/{_n(rng, 6)}.jpg"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">▲ {"慰问现场" if i == 1 else "活动现场"}</span></p>')
        if art["id"] == "p10" and i == 4:
            out.append('<section style="background:#fff4e5;padding:10px"><p><strong>温馨提示</strong></p>'
                       '<p>天气转凉，请老年朋友注意添衣保暖，合理膳食。</p></section>')
    out.append(f'<p style="font-size:12px;color:#999">文字｜{rng.choice(["冉丽", "谭静"])}　图片｜{rng.choice(["向东", "秦川"])}</p>'
               f'<p style="font-size:12px;color:#999">编辑｜{rng.choice(["刘婷", "杨帆"])}　审核｜{rng.choice(["周凯", "黄敏"])}</p>'
               f'<p style="text-align:center">{esc(acct)} · 关注我们</p>')
    when = f"{y}-{m}-{d} {_hm(rng)}"
    return _wx(art, rng, acct, "".join(out), when)


def xianbao_toub_tpxw(art, rng, others):
    """县报 e-paper 头版. Issue line ``开州日报　2023年5月16日　星期二``, 版次 select, 上一版/下一版/PDF,
    报眼 box (天气 and a one-line 短讯), a 图片新闻 item (a photo, its caption and a short second
    story: not body), the article with ``本报讯`` kept, byline lines after the headline, paragraphs
    ``<br>``-separated with ``　　`` in ``<founder-content>``, ``（下转第2版）`` after p12, 本版标题."""
    y, m, d = _ymd(art)
    place = NAMES[art["place"]]
    paper = f"{place}日报" if art["id"] == "p11" else f"{place}报"
    paras = "<br>".join(f"{IND}{esc(p)}" for p in art["body"])
    if art["id"] == "p12":
        paras += f"<br>{IND}（下转第2版）"
    who = rng.sample(["冉丽", "谭静", "秦川", "向东", "王晓东"], 2)
    pic = ('<div class="tpxw"><p><img src="../../../res/1/' f'{_n(rng, 6)}.jpg"></p>'
           f'<p class="tpsm">图片新闻　{int(m)}月{int(d) - 1}日，{place}城区一所小学的学生在老师带领下参观消防站，学习消防安全知识。（记者 {who[1]} 摄）</p></div>')
    body = (f'<div class="top"><span class="bz">{paper}</span><span>{y}年{int(m)}月{int(d)}日　{_week(art)}</span><a>往期回顾</a></div>'
            f'<div class="bc"><select><option>第01版：要闻</option><option>第02版：综合</option><option>第03版：专题</option><option>第04版：副刊</option></select>'
            '<a>上一版</a><a>下一版</a><a>PDF下载</a></div>'
            '<div class="bmt"><img src="../../../page/1/bm01.jpg" usemap="#PagePicMap"></div>'
            f'<div class="by"><h4>报眼</h4><p>今日天气：多云转晴　18℃～27℃</p><p>县政府第{_n(rng, 2)}次常务会议召开</p></div>'
            f'{pic}'
            f'<div class="article"><h1>{esc(art["title"])}</h1>'
            f'<p class="zz">记者　{who[0]}</p>'
            f'<div id="ozoom"><founder-content>{paras}</founder-content></div></div>'
            '<div class="bbbt"><h4>本版标题</h4><ul>' + "".join(f'<li>{esc(t)}</li>' for t, _ in others[:4]) + '</ul></div>'
            '<div class="btn"><a>【打印】</a><a>【关闭】</a><a>【返回目录】</a></div>'
            f'<div class="copy">{paper}社版权所有　未经授权禁止转载</div>')
    head = f'<title>{esc(art["title"])}--{paper}</title>'
    return head, body, f"http://epaper.{art['place']}.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"


TEMPLATES = {"tjj_mp_kepu": tjj_mp_kepu, "zwfw_bsal_dongtai": zwfw_bsal_dongtai, "xzf_zcjd_jdjg": xzf_zcjd_jdjg,
             "rmw_pinglun_xgpl": rmw_pinglun_xgpl, "jw_duda_tongbao": jw_duda_tongbao,
             "zhen_mp_jinglaoyuan": zhen_mp_jinglaoyuan, "xianbao_toub_tpxw": xianbao_toub_tpxw}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages70", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
