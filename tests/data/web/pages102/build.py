"""Build the hundred-and-second saved-page set (``pages102``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 民宗委 portal 宗教场所 安全检查 通报 and 汛期 news
(``mzw_aqjc102``), a 市 总工会 公众号 技能竞赛 结果 post with 获奖名单 and an interview
(``zgh_mp_jnjs102``), a 县政府网 政府工作报告 全文 on an old table layout (``xzf_gzbg102``), a
光明网-like 地方 理论 文章 with 注释 (``gmw_llwz102``), a 区 生态环境局 portal 环评 受理 公示 and news
(``sthj_hpsl102``), a 镇 公众号 秋收 post (``xz_mp_qs102``) and a 都市报 e-paper 教育版 with 问答
(``dsb_jyb102``). ``articles.txt`` holds the title, date and reference body; the furniture
(not body) is written here. See README.md.

    python tests/data/web/pages102/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["向红梅", "谭永福", "秦思源", "冉晓燕", "陈国栋", "彭丽娟", "罗建华", "付小川", "杨静怡"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: cells joined by single spaces, no sentence punctuation."""
    return " " in p and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…`` or a short line without punctuation)."""
    return (p.startswith(NUM_HEADS) or len(p) <= 10) and not any(c in p for c in "。，：！？ ")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f"<table {attrs}><tbody>" + "".join(
        "<tr>" + "".join(f'<td style="text-align:center">{esc(c)}</td>' for c in r.split(" ")) + "</tr>"
        for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, turn=None, table=_table) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table, heads and turns through
    their wrappers, other lines through ``para``."""
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
        if head and _head(p):
            out.append(head(esc(p)))
        elif turn and p.startswith(("记者：", "问：", "答：")) or turn and "：" in p[:5] and len(p.split("：")[0]) <= 3:
            q, rest = p.split("：", 1)
            out.append(turn(esc(q), esc(rest)))
        else:
            out.append(para(esc(p)))
    return out


def _rel(rng, others, k, fmt) -> str:
    """A related-articles list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="footer"><div class="ft-link"><a>网站地图</a>|<a>联系我们</a>|<a>使用帮助</a>|<a>隐私声明</a></div>'
            f'<p>主办：{host}&nbsp;&nbsp;&nbsp;承办：{host}办公室</p>'
            f'<p>网站标识码：{code}&nbsp;&nbsp;<a>渝ICP备{_n(rng, 8)}号</a>&nbsp;&nbsp;<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jg"><img src="/images/red.png"><img src="/images/zfjc.png"></div></div>')


def mzw_aqjc102(art, rng, others):
    """区 民宗委 portal: p01 (GBK) a 通报 under a 政务公开 `[ 索引号 ]` table whose 成文日期 is the day before
    publication, `<strong>一、</strong>` heads and `1.` items (body), a right-aligned 落款 + date and an 附件 line
    (not body), info glued spans with a `<script>` counter; p02 a news page with a photo + `图为…` caption inside
    the text, `发布时间：YYYY/MM/DD` then `更新时间` (a later date), 相关信息 with dates; footer with 网站标识码."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    col = "tzgg" if p01 else "gzdt"
    url = f"http://www.cqjlp.gov.cn/bm/qmzw/zwgk_{_n(rng, 5)}/{col}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;text-align:justify">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em"><strong>{t}</strong></p>')
    if p01:
        meta = (f'<table class="xxgk-table"><tr><td>[ 索引号 ]</td><td>11500107MB{_n(rng, 7)}/{y}-000{rng.randint(10, 99)}</td>'
                f'<td>[ 发文字号 ]</td><td>九龙坡民宗发〔{y}〕{rng.randint(5, 30)}号</td></tr>'
                f'<tr><td>[ 主题分类 ]</td><td>宗教事务</td><td>[ 体裁分类 ]</td><td>通报</td></tr>'
                f'<tr><td>[ 发布机构 ]</td><td>九龙坡区民族宗教委</td><td></td><td></td></tr>'
                f'<tr><td>[ 成文日期 ]</td><td>{y}-{m}-{int(d) - 1:02d}</td><td>[ 发布日期 ]</td><td>{y}-{m}-{d}</td></tr></table>')
        info = (f'<div class="detail-info"><span>发布日期：{y}-{m}-{d}</span><span>来源：区民宗委</span>'
                f'<span>浏览次数：<script>document.write(Math.floor({_n(rng, 3)}))</script></span>'
                f'<span class="zh">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = (f'<p style="text-align:right">重庆市九龙坡区民族宗教事务委员会</p>'
                f'<p style="text-align:right">{y}年{int(m)}月{int(d) - 1}日</p>'
                f'<p>附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.docx">第一季度宗教活动场所安全检查问题清单.docx</a></p>')
    else:
        blocks.insert(2, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" border="0"></p>'
                         f'<p style="text-align:center;text-indent:0"><font face="楷体">图为排查组在场所后山查看排水沟情况。（区民宗委供图）</font></p>')
        meta = ""
        info = (f'<div class="detail-info"><span>发布时间：{y}/{m}/{d} {_hm(rng)}</span>&nbsp;&nbsp;'
                f'<span>更新时间：{y}/{m}/{int(d) + 1:02d} {_hm(rng)}</span>&nbsp;&nbsp;<span>来源：区民宗委</span>&nbsp;&nbsp;'
                f'<span>作者：{rng.choice(WHO)}</span></div>')
        tail = ""
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>')
    body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="九龙坡区人民政府"></div>'
            f'<div class="tool"><a>无障碍</a> <a>长者模式</a> <a>English</a></div></div>'
            f'<div class="navbar"><ul class="nav"><li>首页</li><li>部门概况</li><li>政务公开</li><li>工作动态</li><li>民族工作</li><li>宗教工作</li><li>互动交流</li></ul></div>'
            f'<div class="position">当前位置：<a>首页</a> &gt; <a>区民宗委</a> &gt; <a>{"通知公告" if p01 else "工作动态"}</a></div>'
            f'<div class="article">{meta}<h1 class="title">{esc(art["title"])}</h1>{info}'
            f'<div class="view TRS_UEDITOR trs_paper_default trs_web">' + "".join(blocks) + tail + '</div>'
            f'<div class="ewm"><img src="/images/qr.png"><p>扫一扫在手机打开当前页</p></div>'
            f'<div class="btns"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>'
            f'<div class="xgxx"><div class="tit">相关信息</div><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "重庆市九龙坡区民族宗教事务委员会", f"5001070{_n(rng, 3)}"))
    head = (f'<title>{esc(art["title"])}_九龙坡区人民政府</title><meta name="SiteName" content="九龙坡区人民政府">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ContentSource" content="区民宗委">')
    return head, body, url


def zgh_mp_jnjs102(art, rng, others):
    """市 总工会 公众号: p03 a 竞赛结果 post with a `点击蓝字关注` kicker, a `▼` 一等奖获奖名单 head and a `<section>`
    名单 table (body), a 来源/编辑/审核 block and 往期推荐 list (not body), `publish_time` `YYYY-MM-DD hh:mm`;
    p04 an interview with `<strong>记者：</strong>` turns and name-colon answers, a photo + caption, no visible
    date (only the `ct` epoch in a script); 阅读原文/分享/点赞/在看 row."""
    y, m, d = _ymd(art)
    p03 = art["id"] == "p03"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)

    def table(rows):
        return ('<section style="margin:10px 0"><table style="width:100%;border-collapse:collapse"><tbody>' + "".join(
            "<tr>" + "".join(f'<td style="border:1px solid #c00;padding:4px"><span style="font-size:14px">{esc(c)}</span></td>'
                             for c in r.split(" ")) + "</tr>" for r in rows) + "</tbody></table></section>")

    blocks = _paras(art["body"], lambda x: f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{x}</span></p>',
                    head=lambda x: f'<section style="text-align:center;color:#c00"><p><strong>▼ {x} ▼</strong></p></section>',
                    turn=lambda q, r: (f'<p style="line-height:1.75em"><strong><span style="color:#c00">{q}：</span>{r}</strong></p>' if q == "记者"
                                       else f'<p style="text-indent:2em;line-height:1.75em"><span>{q}：{r}</span></p>'),
                    table=table)
    pic = (f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></section>'
           f'<p style="text-align:center"><span style="font-size:12px;color:#888">{"▲ 比赛现场" if p03 else "▲ 唐春燕（左）在指导徒弟进行护理操作"}</span></p>')
    blocks.insert(1, pic)
    kicker = ('<section style="text-align:center"><p><span style="color:#c00;font-size:13px">点击蓝字 关注我们</span></p></section>'
              f'<p style="font-size:13px;color:#888">来源：{"重庆工人报" if p03 else "重庆工会"}</p>')
    tail = (f'<p style="font-size:12px;color:#999">来源：市总工会劳动和经济工作部</p>'
            f'<p style="font-size:12px;color:#999">编辑：{rng.choice(WHO)}　审核：{rng.choice(WHO)}</p>'
            f'<section><p><strong>往期推荐</strong></p>' + _rel(rng, others, 3, lambda a, b: f'<p><a>{a}</a></p>') + '</section>'
            '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/qr.gif"><p>长按二维码 关注重庆工会</p></section>')
    date_el = f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>' if p03 else '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>'
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">重庆工会</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">重庆工会</a></span>{date_el}'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">{kicker}' + "".join(blocks) + tail + '</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span><span>点赞 {rng.randint(10, 99)}</span><span>在看 {rng.randint(3, 50)}</span></div>'
            f'<div class="rich_media_extra"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "重庆工会"; var msg_title = "{esc(art["title"])}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}"><meta name="description" content="{esc(art["body"][0][:40])}">')
    return head, body, url


def xzf_gzbg102(art, rng, others):
    """县政府网 old table layout (GBK): the 政府工作报告 as `<br>`-separated `&nbsp;` lines in one `<td>` inside
    `<font>`, a 目录 box of the two parts above it and a 名词解释 note below (not body), a 县长 byline, a 2024年1月19日
    inside the title that is NOT the publication date, info `发布时间：YYYY年MM月DD日`, 【打印】【关闭】."""
    y, m, d = _ymd(art)
    url = f"http://www.cqsz.gov.cn/zwgk_{_n(rng, 3)}/fdzdgknr/ghxx/zfgzbg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    lines = []
    for p in art["body"]:
        lines.append(f"<b>{esc(p)}</b>" if _head(p) and p.startswith(NUM_HEADS) else f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}")
    main_title, sub = art["title"].split("——", 1)
    body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top_banner.jpg" width="1000" height="160"></td></tr>'
            f'<tr><td class="nav" bgcolor="#1459A6"><a>首页</a>&nbsp;|&nbsp;<a>走进石柱</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>政务服务</a>&nbsp;|&nbsp;<a>互动交流</a></td></tr></table>'
            f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td width="220" valign="top" class="left"><div class="lm">政府工作报告</div><ul><li>{int(y) - 1}年政府工作报告</li><li>{int(y) - 2}年政府工作报告</li><li>{int(y) - 3}年政府工作报告</li></ul></td>'
            f'<td width="780" valign="top"><table width="100%" border="0"><tr><td class="wz">您现在的位置：<a>首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>政府工作报告</a></td></tr>'
            f'<tr><td align="center" height="50"><font size="5" color="#CC0000"><b>{esc(main_title)}</b></font></td></tr>'
            f'<tr><td align="center"><font size="3">——{esc(sub)}</font></td></tr>'
            f'<tr><td align="center"><font size="3" face="楷体_GB2312">县长　{rng.choice(WHO)}</font></td></tr>'
            f'<tr><td align="center" class="info" bgcolor="#F2F2F2">发布时间：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;信息来源：县政府办公室&nbsp;&nbsp;&nbsp;&nbsp;'
            f'浏览次数：<span id="hits">{_n(rng, 4)}</span>&nbsp;&nbsp;&nbsp;&nbsp;【<a>打印</a>】【<a>关闭</a>】</td></tr>'
            f'<tr><td><div class="mulu" style="border:1px dashed #999"><b>目录</b><br>一、2023年工作回顾<br>二、2024年主要工作</div></td></tr>'
            f'<tr><td class="content" style="font-size:16px;line-height:30px"><font face="宋体">' + "<br>".join(lines) + '</font></td></tr>'
            f'<tr><td><div class="mcjs"><font color="#666666">名词解释：<br>1.康养旅游：指以健康养生、休闲度假为主要内容的旅游活动。<br>2.口袋公园：指规模较小、分布零散的城市开放空间。</font></div></td></tr>'
            f'</table></td></tr></table>'
            f'<table width="1000" border="0" align="center" bgcolor="#1459A6"><tr><td align="center"><font color="#FFFFFF">'
            f'主办：石柱土家族自治县人民政府办公室　承办：石柱土家族自治县大数据发展中心<br>'
            f'网站标识码：5002400{_n(rng, 3)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号<br>建议使用1024×768分辨率浏览</font></td></tr></table>')
    head = (f'<title>{esc(art["title"])}_石柱土家族自治县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ColumnName" content="政府工作报告">')
    return head, body, url


def gmw_llwz102(art, rng, others):
    """光明网-like 理论频道: p06 a 编者按 box, a 作者 byline, `<p><strong>一、</strong>` heads, a 注释 list and a
    [责编] line (not body), date `YYYY-MM-DD hh:mm` + 来源：光明日报; p07 short unnumbered heads (body), a
    （作者单位：…） credit (not body), no visible date (meta `publishdate` and URL only); 相关阅读, 版权声明."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://theory.gmw.cn/{y}-{m}/{d}/content_{_n(rng, 8)}.htm"
    blocks = _paras(art["body"], lambda t: f'<p>{t}</p>', head=lambda t: f'<p><strong>{t}</strong></p>')
    author = rng.choice(WHO)
    if p06:
        pre = ('<div class="m-editor-note"><p>【编者按】基层治理数字化是当前各地改革的重点。本期刊发一篇研究文章，'
               '探讨数字化改革与基层治理现代化的关系，敬请关注。</p></div>'
               f'<p style="text-align:right">作者：{author}（重庆市委党校教授）</p>')
        post = ('<div class="zs"><p>注释：</p><p>[1]参见《关于加强基层治理体系和治理能力现代化建设的意见》，人民出版社2021年版。</p>'
                '<p>[2]数据来源于重庆市相关部门公开发布的统计资料。</p></div>')
        info = (f'<div class="m-con-source"><span class="m-con-time">{y}-{m}-{d} {_hm(rng)}</span>'
                f'<span class="m-con-source">来源：<a>光明日报</a></span></div>')
    else:
        pre = f'<p>作者：{author}</p>'
        post = '<p>（作者单位：四川省社会科学院农村发展研究所）</p>'
        info = '<div class="m-con-source"><span class="m-con-source">来源：<a>光明网-理论频道</a></span></div>'
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span class="time">{dd}</span></li>')
    body = (f'<div class="g-top"><a>光明网</a> | <a>首页</a> <a>时政</a> <a>国际</a> <a>理论</a> <a>文化</a> <a>教育</a></div>'
            f'<div class="m-breadcrumb"><a>光明网</a> &gt; <a>理论频道</a> &gt; <a>{"理论视野" if p06 else "学术前沿"}</a></div>'
            f'<div class="m-title-box"><h1 class="u-title">{esc(art["title"])}</h1>{info}</div>'
            f'<div class="u-mainText" id="articleBox">{pre}' + "".join(blocks) + post + '</div>'
            f'<div class="m-zbTool liability"><span>[责编：{rng.choice(WHO)}]</span></div>'
            f'<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ</a></div>'
            f'<div class="m-relate"><h3>相关阅读</h3><ul>{rel}</ul></div>'
            f'<div class="m-copyright"><p>版权声明：凡注明“来源：光明网”或“光明网原创”的所有作品，未经本网授权不得转载、摘编或利用其它方式使用上述作品。</p></div>'
            f'<div class="g-foot"><p>光明网版权所有</p><p>京ICP备{_n(rng, 8)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_光明网</title><meta name="publishdate" content="{y}-{m}-{d}">'
            f'<meta name="source" content="{"光明日报" if p06 else "光明网-理论频道"}"><meta name="author" content="{author}">')
    return head, body, url


def sthj_hpsl102(art, rng, others):
    """区 生态环境局 portal: p08 a 环评受理公示 with a 项目 table of two-cell rows and 联系电话/通讯地址 lines (body), an
    附件 list and a 落款 + date (not body), info `发布时间：YYYY-MM-DD hh:mm:ss`; p09 (GBK) a 环境日 news page with a
    quoted line, a photo + caption, date `YYYY年MM月DD日` in a `<td>` info row, 6月5日 inside the text; 相关阅读 with
    dates, 分享到, 扫一扫 footer."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.bishan.gov.cn/bm/sthjj/zwgk_{_n(rng, 5)}/{'hjyxpj' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;">{t}</p>',
                    table=lambda rows: _table(rows, 'class="MsoNormalTable" border="1" cellspacing="0" style="border-collapse:collapse"'))
    if p08:
        tail = ('<p>附件：</p><p><a>1.年产5000吨环保涂料建设项目环境影响报告表（公示本）.pdf</a></p>'
                '<p><a>2.删除的涉及国家秘密、商业秘密等内容及删除依据和理由说明报告.pdf</a></p>'
                f'<p style="text-align:right">重庆市璧山区生态环境局</p><p style="text-align:right">{y}年{int(m)}月{int(d)}日</p>')
        info = (f'<div class="xl_info"><span>发布时间：{y}-{m}-{d} {_hms(rng)}</span><span>来源：璧山区生态环境局</span>'
                f'<span>字号：<a>大</a><a>中</a><a>小</a></span></div>')
    else:
        blocks.insert(3, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg"></p>'
                         f'<p style="text-align:center">图为工作人员向市民讲解垃圾分类知识。（{rng.choice(WHO)} 摄）</p>')
        tail = ""
        info = (f'<table class="xl_info" width="100%"><tr><td>{y}年{m}月{d}日</td><td>来源：区生态环境局</td>'
                f'<td>作者：{rng.choice(WHO)}</td><td>【<a>打印</a>】</td></tr></table>')
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><span class="fr">{dd}</span><a>{t}</a></li>')
    body = (f'<div class="head"><img src="/images/logo_bs.png"><div class="search"><input type="text" value="请输入关键字"><a>搜索</a></div></div>'
            f'<div class="menu"><a>首页</a><a>机构职能</a><a>政务公开</a><a>环境质量</a><a>环评公示</a><a>执法监督</a></div>'
            f'<div class="dqwz">当前位置：首页 &gt; 政务公开 &gt; {"环境影响评价" if p08 else "工作动态"}</div>'
            f'<div class="xl_main"><div class="xl_tit">{esc(art["title"])}</div>{info}'
            f'<div class="xl_con" id="zoom"><div class="TRS_Editor">' + "".join(blocks) + tail + '</div></div>'
            f'<div class="xl_fx">分享到：<a class="wx"></a><a class="wb"></a><a class="qq"></a></div>'
            f'<div class="xl_xg"><h4>相关阅读</h4><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "重庆市璧山区生态环境局", f"5001200{_n(rng, 3)}"))
    head = (f'<title>{esc(art["title"])}-璧山区生态环境局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}">')
    return head, body, url


def xz_mp_qs102(art, rng, others):
    """镇 公众号 秋收 post: a `#秋收#` hashtag line and an opening one-line paragraph, photos with `▲` captions,
    `<strong>时间：</strong>` / 地点 / 参加人员 items and a closing slogan (body), a 来源/编辑/审核/终审 block, 往期回顾,
    publish_time `YYYY年M月D日 hh:mm`; 分享/收藏/点赞/在看 row."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s?__biz=Mz{_n(rng, 9)}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 8)}"
    t = _hm(rng)
    blocks = []
    for i, p in enumerate(art["body"]):
        if p[:5].find("：") > 0:
            k, v = p.split("：", 1)
            blocks.append(f'<p style="line-height:2em"><strong><span style="color:#d48806">{esc(k)}：</span></strong><span>{esc(v)}</span></p>')
        elif len(p) <= 10 or p.endswith("！"):
            blocks.append(f'<p style="text-align:center"><strong><span style="font-size:17px;color:#d48806">{esc(p)}</span></strong></p>')
        else:
            blocks.append(f'<p style="line-height:2em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i in (1, 3):
            blocks.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                          f'<p style="text-align:center"><span style="font-size:12px;color:#999">{"▲ 收割机在稻田里作业" if i == 1 else "▲ 农户晾晒新谷"}</span></p>')
    pre = '<p style="font-size:13px;color:#576b95">#秋收# #丰都#</p>'
    tail = (f'<p style="font-size:12px;color:#aaa">来源：高家镇农业服务中心</p><p style="font-size:12px;color:#aaa">'
            f'编辑：{rng.choice(WHO)}<br>审核：{rng.choice(WHO)}<br>终审：{rng.choice(WHO)}</p>'
            '<p><strong>往期回顾</strong></p>' + _rel(rng, others, 3, lambda a, b: f'<p>▶ <a>{a}</a></p>') +
            '<p style="text-align:center">👇点击“阅读原文”查看更多</p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_area_primary">'
            f'<h1 class="rich_media_title">{esc(art["title"])}</h1>'
            f'<div class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname"><a>丰都高家</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {t}</em>'
            f'<em class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content"><section>{pre}' + "".join(blocks) + tail + '</section></div>'
            f'<div class="rich_media_tool"><a>阅读原文</a><span>分享</span><span>收藏</span><span>点赞 {rng.randint(20, 200)}</span><span>在看 {rng.randint(5, 60)}</span></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}"><meta property="og:type" content="article">'
    return head, body, url


def dsb_jyb102(art, rng, others):
    """都市报 e-paper 教育版 (第07版): the text between `<!--enpcontent-->` markers as `<P>` paragraphs, `问：` turns
    in bold; p11 (GBK) a 引题, a 副题, a `□本报记者` byline and a 填报提示 box (not body); p12 a one-sentence
    paragraph and a `（下转08版）` jump line (not body); banner date `YYYY年M月D日 星期X` only; 版次/PDF/上一版/
    下一版, 本版其他文章, 版权 notice; `<title>` the paper and 版名."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"https://epaper.cqcb.com/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    paras = []
    for p in art["body"]:
        if p.startswith("问："):
            paras.append(f"<P><B>{esc(p)}</B></P>")
        else:
            paras.append(f"<P>　　{esc(p)}</P>")
    if not p11:
        paras.append("<P>　　（下转08版）</P>")
    text = "<!--enpcontent-->" + "".join(paras) + "<!--/enpcontent-->"
    box = ('<table class="tsbox" border="1" bgcolor="#FFF8E1"><tr><td><b>填报提示</b><br>志愿填报入口：市教育考试院官网“中考中招”栏目'
           '<br>咨询电话：023-67868000（工作日9:00-17:00）</td></tr></table>') if p11 else ""
    yt = '<h3 class="yt">成绩公布在即</h3>' if p11 else ""
    ft = '<h2 class="ft">市教育考试院专家解读今年中考志愿填报政策</h2>' if p11 else ""
    by = f'<p class="zz">□本报记者　{rng.choice(WHO)}</p>' if p11 else f'<p class="zz">本报记者　{rng.choice(WHO)}　实习生　{rng.choice(WHO)}</p>'
    bm = "".join(f"<li><a>{esc(t)}</a></li>" for t in [art["title"], *(o[0] for o in others[4:7])])
    body = (f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td class="banner">'
            f'<img src="../../../images/masthead.gif" alt="重庆晨报"><span class="rq">{y}年{int(m)}月{int(d)}日　{_week(art)}</span></td></tr>'
            f'<tr><td class="bcxz"><span>第07版：教育</span>&nbsp;&nbsp;<a>上一版</a>&nbsp;&nbsp;<a>下一版</a>&nbsp;&nbsp;'
            f'<a href="../../../page/{y}-{m}/{d}/07/{y}{m}{d}07_pdf.pdf">PDF版</a>&nbsp;&nbsp;<a>版面导航</a>&nbsp;&nbsp;<a>往期查阅</a></td></tr></table>'
            f'<table width="1000" align="center"><tr><td width="360" valign="top"><div class="bmt"><img src="../../../page/{y}-{m}/{d}/07/P{y}{m}{d}07.jpg"></div>'
            f'<div class="bmwz"><h4>本版其他文章</h4><ul>{bm}</ul></div></td>'
            f'<td valign="top"><div class="article">{yt}<h1>{esc(art["title"])}</h1>{ft}{by}'
            f'<div id="ozoom" class="ozoom">{text}</div>{box}'
            f'<p class="bj">责任编辑：{rng.choice(WHO)}　美术编辑：{rng.choice(WHO)}</p>'
            f'<div class="sxp"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="footer">本网站所有内容属重庆晨报社所有，未经书面授权，不得转载、摘编或以其他方式使用。<br>渝ICP备{_n(rng, 8)}号</div>')
    head = '<title>重庆晨报-第07版：教育</title><meta name="keywords" content="教育,中考,开学">'
    return head, body, url


TEMPLATES = {"mzw_aqjc102": mzw_aqjc102, "zgh_mp_jnjs102": zgh_mp_jnjs102, "xzf_gzbg102": xzf_gzbg102,
             "gmw_llwz102": gmw_llwz102, "sthj_hpsl102": sthj_hpsl102, "xz_mp_qs102": xz_mp_qs102,
             "dsb_jyb102": dsb_jyb102}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages102", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used


if __name__ == "__main__":
    main()
