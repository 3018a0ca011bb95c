"""Build the sixty-sixth saved-page set (``pages66``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 商务委 portal 消费券 发放 公告/news page
(``swj_xfq_gonggao``), a 市 体育局 portal 全民健身 news page (``tyj_qmjs_dongtai``), a 县 融媒体
客户端 图集 share page with a 1/6 viewer (``rmt_tuji_kehuduan``), a 光明网-like 理论 article with
注释 (``gmw_lilun_zhushi``), a 区 退役军人事务局 公众号 优抚 post (``tyjr_mp_youfu``), a 乡镇 portal
村务公开 page in GBK (``xz_cwgk_gbk``) and a 县报 e-paper 第01版 page with 报眼 and 导读
(``xianbao_toub_baoyan``). ``articles.txt`` holds the title, date and reference body; the
furniture (not body) is written here. See README.md.

    python tests/data/web/pages66/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _table(rows, attrs: str, th: bool) -> str:
    """Table rows (cells joined by single spaces) as one ``<table>``; the first row as ``<th>`` if ``th``."""
    out = []
    for k, r in enumerate(rows):
        tag = "th" if th and k == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _paras(body, para_fn, attrs: str, th: bool = True, after=None) -> str:
    """Paragraphs through ``para_fn``, runs of table rows as one table; ``after(i)`` may add
    furniture after paragraph ``i``."""
    out, run = [], []
    for i, p in enumerate(body + [None]):
        if p is not None and _row(p):
            run.append(p)
            continue
        if run:
            out.append(_table(run, attrs, th))
            run = []
        if p is not None:
            out.append(para_fn(p))
            if after:
                out.append(after(i))
    return "".join(out)


def _related(others, n, fmt) -> str:
    return "".join(f'<li><a href="#">{esc(t)}</a><span>{fmt(d)}</span></li>' for t, d in others[:n])


def _gov_footer(site: str, rng, region: str = "渝") -> str:
    return (f'<div class="footer"><p>主办：{site}　承办：{site}办公室　联系电话：023-{_n(rng, 8)}</p>'
            f'<p>{region}ICP备{_n(rng, 8)}号　<img src="/images/ga.png">{region}公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">无障碍浏览</a></p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>')


def _old_foot(site: str, rng) -> str:
    return (f'<table width="980" align="center"><tr><td class="foot" align="center">版权所有：{site}　技术支持：县大数据发展局<br>'
            f'渝ICP备{_n(rng, 8)}号-1　渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}<br>'
            '建议使用1024*768分辨率 IE8.0以上浏览器浏览</td></tr></table>')


def swj_xfq_gonggao(art, rng, others):
    """区 商务委 portal 消费券. p01 (GBK): an old table layout with a 信息公开 grid, a ``<font>``
    title, an info line with a ``document.write`` counter, ``　　`` paragraphs with bold 一、
    heads and ``1.`` rules, the 落款 (unit, date) and an 附件 line. p02: info ``<span>``s with no
    whitespace (发布时间, 更新时间), a 券种 table with a header row, a 领券指南 card, share, 相关阅读."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    if art["id"] == "p01":
        site = "重庆市九龙坡区商务委员会"
        ps = []
        for p in art["body"]:
            if p.startswith(HEADS):
                ps.append(f'<p style="text-indent:2em"><font face="黑体">{esc(p)}</font></p>')
            else:
                ps.append(f'<p>{IND}<font face="仿宋_GB2312" size="4">{esc(p)}</font></p>')
        ps.append(f'<p align="right"><font face="仿宋_GB2312" size="4">九龙坡区商务委员会</font></p>'
                  f'<p align="right"><font face="仿宋_GB2312" size="4">{y}年{int(m)}月{int(d) - 1}日</font></p>'
                  '<p>附件：<a href="/uploadfiles/202209/xfq_shanghu.xls">九龙坡区“金秋惠购”参与活动商户名单（第一批）.xls</a></p>')
        grid = ('<table class="xxgk" width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#d8d8d8">'
                f'<tr><td width="15%">索 引 号：</td><td>11500107{_n(rng, 4)}X/{y}-{_n(rng, 5)}</td><td width="15%">主题分类：</td><td>商贸、海关、旅游</td></tr>'
                f'<tr><td>发布机构：</td><td>区商务委</td><td>成文日期：</td><td>{y}-{m}-{int(d) - 1:02d}</td></tr>'
                f'<tr><td>标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><td>发文字号：</td><td>九龙坡商务发〔{y}〕{_n(rng, 2)}号</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
        body = (f'<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="/images/jlp_top.jpg" alt="{site}"></td></tr>'
                '<tr><td class="nav" background="/images/navbg.gif"><a>首页</a>　<a>机构职能</a>　<a>政务公开</a>　<a>商务动态</a>　<a>促进消费</a>　<a>办事服务</a>　<a>互动交流</a></td></tr></table>'
                '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top">'
                '<table width="100%"><tr><td class="wz" height="30">&nbsp;您现在的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>通知公告</a></td></tr>'
                f'<tr><td>{grid}</td></tr>'
                f'<tr><td align="center" height="70"><font size="5" color="#0a3b8c"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;来源：区商务委&nbsp;&nbsp;&nbsp;'
                f'访问量：<script language="javascript">document.write("{_n(rng, 4)}");</script>&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                '<tr><td><hr size="1" color="#cccccc"></td></tr>'
                f'<tr><td class="zw"><div id="Zoom">{"".join(ps)}</div></td></tr>'
                '<tr><td align="center" height="40">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
                f'<tr><td>上一条：<a>{esc(others[0][0])}</a><br>下一条：<a>{esc(others[1][0])}</a></td></tr></table></td></tr></table>'
                + _old_foot(site, rng))
        head = (f'<title>{esc(art["title"])}-{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ContentSource" content="区商务委">'
                '<meta name="ColumnName" content="通知公告">')
        return head, body, f"http://www.cqjlp.gov.cn/bm/swjw/zwgk_1/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    site = "重庆市南岸区商务委员会"

    def para(p):
        return f'<p style="text-indent:2em;line-height:2em">{esc(p)}</p>'

    def after(i):
        if i == 0:
            return ('<p style="text-align:center"><img src="./W020230427' f'{_n(rng, 9)}.jpg"></p>'
                    '<p style="text-align:center;font-family:楷体">图为市民在家电卖场选购商品。（资料图）</p>')
        return ""
    text = _paras(art["body"], para, 'border="1" cellspacing="0" cellpadding="6" style="margin:0 auto;text-align:center"', after=after)
    upd = f"{y}-{m}-{int(d) + 1:02d} 10:02"
    body = (f'<div class="top"><div class="logo"><img src="/images/logo.png" alt="{site}"></div><div class="search"><input value="请输入关键字"><button>搜索</button></div></div>'
            '<ul class="nav"><li>首页</li><li>商务动态</li><li>政务公开</li><li>促消费</li><li>招商引资</li><li>对外开放</li></ul>'
            '<div class="position">当前位置：<a>首页</a>&gt;<a>商务动态</a>&gt;<a>工作动态</a></div>'
            f'<div class="detail"><div class="detail-tit"><h2>{esc(art["title"])}</h2></div>'
            f'<div class="detail-info"><span>发布时间：{y}-{m}-{d} {t}</span><span>更新时间：{upd}</span><span>来源：重庆日报</span>'
            '<span class="zh">字号：<a>大</a><a>中</a><a>小</a></span></div>'
            f'<div class="con"><div class="TRS_Editor">{text}</div></div>'
            '<div class="card"><h4>领券指南</h4><p>第一步：关注“南岸商务”微信公众号；</p><p>第二步：点击菜单栏“消费券”完成实名注册；</p>'
            '<p>第三步：在发放时段内进入活动页面领取。</p></div>'
            '<div class="editor">责任编辑：陈露</div>'
            '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            '<div class="opt"><a>【打印】</a><a>【关闭】</a></div>'
            '<div class="xgyd"><h3>相关阅读</h3><ul>' + _related(others, 4, lambda dd: dd) + '</ul></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_工作动态_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ColumnName" content="工作动态">')
    return head, body, f"http://www.cqna.gov.cn/bm/swj/zwxx/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def tyj_qmjs_dongtai(art, rng, others):
    """市 体育局 portal 全民健身 news. p03: ``发布时间：YYYY年MM月DD日`` in an info line with
    ``&nbsp;`` runs, a photo + caption after the lead, bold ``坚持…，推动…`` heads, 责任编辑,
    相关新闻 with dates. p04: NO visible date (meta PubDate and the URL only), a 来源|字号|打印 bar,
    a numbered list of venues indented with ``&nbsp;``, an 扫一扫 QR line."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    site = "重庆市体育局"
    if art["id"] == "p03":
        def para(p):
            if p.startswith("坚持"):
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
            return f'<p style="text-indent:2em">{esc(p)}</p>'

        def after(i):
            if i == 1:
                return ('<p style="text-align:center"><img src="/u/cms/www/202308/08' f'{_n(rng, 6)}.jpg"></p>'
                        '<p style="text-align:center">图为市民在崖线步道参加健步走活动。（市体育局供图）</p>')
            return ""
        text = _paras(art["body"], para, "", after=after)
        body = (f'<div class="header"><img src="/r/cms/tyj/img/logo.png" alt="{site}"><div class="date">今天是：<script>document.write(new Date().toLocaleDateString());</script></div></div>'
                '<div class="menu"><a>首页</a><a>机构概况</a><a>体育要闻</a><a>全民健身</a><a>竞技体育</a><a>体育产业</a><a>政务公开</a></div>'
                '<div class="location">当前位置： <a>首页</a> &gt; <a>全民健身</a> &gt; <a>健身动态</a></div>'
                f'<div class="article"><div class="art_title">{esc(art["title"])}</div>'
                f'<div class="art_info">发布时间：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;来源：群众体育处&nbsp;&nbsp;&nbsp;&nbsp;'
                f'浏览次数：<span id="hits">{_n(rng, 4)}</span>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<div class="bt_content">{text}</div>'
                '<div class="zrbj">【责任编辑：胡晓】</div>'
                '<div class="print">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>'
                '<div class="xgxw"><div class="hd">相关新闻</div><ul>' + _related(others, 5, lambda dd: f"[{dd}]") + '</ul></div></div>'
                + _gov_footer(site, rng))
        head = (f'<title>{esc(art["title"])} - {site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {t}">')
        return head, body, f"https://tyj.cq.gov.cn/qmjs/jsdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"

    def para2(p):
        if p[:2].rstrip(".").isdigit():
            return f'<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'
    text = _paras(art["body"], para2, "")
    body = (f'<div class="header"><img src="/r/cms/tyj/img/logo.png" alt="{site}"></div>'
            '<div class="menu"><a>首页</a><a>机构概况</a><a>体育要闻</a><a>全民健身</a><a>竞技体育</a><a>体育产业</a><a>政务公开</a></div>'
            '<div class="location">当前位置： <a>首页</a> &gt; <a>政务公开</a> &gt; <a>工作动态</a></div>'
            f'<div class="article"><h1>{esc(art["title"])}</h1>'
            '<div class="tools"><span>来源：市体育局</span> | <span>字号：<a>大</a> <a>中</a> <a>小</a></span> | <a>打印</a></div>'
            f'<div class="zw_con">{text}</div>'
            '<div class="qr"><img src="/images/qr_page.png"><p>扫一扫在手机打开当前页</p></div>'
            '<div class="xgxw"><div class="hd">相关信息</div><ul>' + _related(others[3:], 4, lambda dd: dd) + '</ul></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ColumnName" content="工作动态">')
    return head, body, f"https://tyj.cq.gov.cn/zwgk/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def rmt_tuji_kehuduan(art, rng, others):
    """县 融媒体 客户端 图集 share page: 打开APP banner, a 来源/time/阅读 row, the lead paragraphs,
    a swiper viewer with a ``1/6`` counter and six slide captions (not body) after paragraph 1,
    the rest of the text, 编辑/审核 credits, 推荐阅读 and a 版权声明."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    slides = ["鱼池边，工人们正在捕捞鲟鱼。", "工人将捞起的虹鳟鱼称重。", "装车待运的鲜鱼。",
              "高山泉水引入养殖池。", "村民在基地务工。", "航拍万胜坝村冷水鱼养殖基地。"]
    sw = "".join(f'<div class="swiper-slide"><img src="https://img.szrmt.cn/{y}{m}{d}/{_n(rng, 10)}.jpg">'
                 f'<div class="desc"><span class="num">{k + 1}/6</span>{s}（记者 谭悦 摄）</div></div>'
                 for k, s in enumerate(slides))
    viewer = (f'<div class="atlas"><div class="swiper-wrapper">{sw}</div>'
              '<div class="swiper-pagination"><span class="cur">1</span>/<span class="all">6</span></div>'
              '<a class="prev">上一张</a><a class="next">下一张</a><a class="full">查看原图</a></div>')
    ps = []
    for i, p in enumerate(art["body"]):
        ps.append(f'<p>{esc(p)}</p>')
        if i == 1:
            ps.append(viewer)
    body = ('<div class="openapp"><img src="/h5/img/applogo.png"><span>石柱融媒</span><span>看石柱 上石柱融媒</span><a>打开APP</a></div>'
            f'<div class="detail"><h1 class="d-title">{esc(art["title"])}</h1>'
            f'<div class="d-info"><span class="src">石柱县融媒体中心</span><span class="time">{y}-{m}-{d} {t}</span><span class="read">阅读 {_n(rng, 4)}</span></div>'
            f'<div class="d-content">{"".join(ps)}</div>'
            '<div class="d-editor"><p>记者：谭悦　编辑：刘丹</p><p>责编：向阳　审核：冉东</p></div>'
            f'<div class="d-like"><span>点赞 {_n(rng, 2)}</span><span>分享</span></div>'
            '<div class="recommend"><h3>推荐阅读</h3>'
            + "".join(f'<div class="item"><p>{esc(tt)}</p><span>{dd}</span></div>' for tt, dd in others[:4]) +
            '</div><div class="statement">版权声明：本文为石柱融媒原创，未经授权禁止转载，违者必究。</div>'
            '<div class="openapp-bottom"><a>打开石柱融媒APP，查看更多精彩内容</a></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<meta name="description" content="{esc(art["body"][0][:30])}">')
    return head, body, f"https://h5.szrmt.cn/share/news/detail.html?id={_n(rng, 7)}&type=atlas"


def gmw_lilun_zhushi(art, rng, others):
    """光明网-like 理论 article: top links, crumb, ``YYYY-MM-DD hh:mm`` / 来源 / 作者 spans, the
    text with ①② marks in it, bold 一、 heads or one-line 其一 paragraphs; then 注释 lines and an
    作者单位 line INSIDE the same text ``<div>`` (not body); p07 also a 内容摘要 box above the text;
    ``[ 责编：… ]``, share, 相关阅读, 版权声明."""
    y, m, d = _ymd(art)
    t = f"0{rng.randint(3, 6)}:{rng.randint(0, 59):02d}"
    site = "光明网"
    if art["id"] == "p06":
        author, src = "周立新", "光明日报"
        notes = ["①参见俞可平：《论国家治理现代化》，社会科学文献出版社2014年版，第3页。",
                 "②王敏：《基层治理“最后一公里”的困境与破解》，《中国行政管理》2021年第6期。"]
        unit = "（作者单位：中共四川省委党校公共管理教研部）"
        summary = ""
    else:
        author, src = "许建军 刘婉", "光明网-理论频道"
        notes = ["①数据来源：商务部《县域商业建设行动工作进展情况通报》。",
                 "②参见陈文玲：《城乡流通体系建设研究》，中国经济出版社2022年版，第112页。"]
        unit = "（作者系重庆工商大学经济学院教授、硕士生导师）"
        summary = ('<div class="abstract"><p><strong>内容摘要：</strong>县域商业体系是畅通国内大循环的重要基础。本文从实践层面'
                   '梳理县域商业体系建设的主要特点，并提出推进路径。</p><p><strong>关键词：</strong>县域商业；城乡融合；流通体系</p></div>')

    def para(p):
        if p.startswith(HEADS):
            return f'<p><strong>{esc(p)}</strong></p>'
        return f'<p>{IND}{esc(p)}</p>'
    text = "".join(para(p) for p in art["body"])
    text += ('<p>' + IND + '<strong>注释：</strong></p>' + "".join(f'<p><span style="font-size:14px">{esc(nn)}</span></p>' for nn in notes)
             + f'<p style="text-align:right">{unit}</p>')
    body = ('<div class="g-top"><a>光明网首页</a> | <a>时政</a> <a>国际</a> <a>时评</a> <a>理论</a> <a>文化</a> <a>科技</a> <a>教育</a> | <a>登录</a> <a>注册</a></div>'
            '<div class="g-crumbs"><a>首页</a> &gt; <a>理论</a> &gt; <a>理论前沿</a></div>'
            f'<div class="m-title-box"><h1 class="u-title">{esc(art["title"])}</h1>'
            f'<div class="m-con-info"><span class="m-con-time">{y}-{m}-{d} {t}</span><span class="m-con-source">来源：<a>{src}</a></span>'
            f'<span class="m-con-author">作者：{author}</span></div></div>'
            f'<div class="u-mainText">{summary}{text}</div>'
            f'<div class="m-editor">[ 责编：{rng.choice(["张佳", "李昊", "孙然"])} ]</div>'
            '<div class="m-share">分享到：<a>微信</a><a>微博</a><a>QQ</a></div>'
            f'<div class="m-comment">评论 <span>{_n(rng, 2)}</span></div>'
            '<div class="m-related"><h3>相关阅读</h3><ul>' + _related(others, 4, lambda dd: dd) + '</ul></div>'
            '<div class="m-hot"><h3>热点推荐</h3><ul>' + "".join(f"<li><a>{esc(tt)}</a></li>" for tt, _ in others[5:8]) + '</ul></div>'
            '<div class="m-copyright">版权声明：凡光明网（www.gmw.cn）刊载的稿件均为光明网独家版权所有，未经协议授权，禁止下载使用。</div>'
            f'<div class="footer">光明网版权所有 京ICP证{_n(rng, 6)}号</div>')
    head = f'<title>{esc(art["title"])}_{site}</title><meta name="keywords" content="理论">'
    return head, body, f"https://theory.gmw.cn/{y}-{m}/{d}/content_{_n(rng, 8)}.htm"


def _wx(art, rng, others, acc: str, date: str, content: str) -> tuple[str, str]:
    """A WeChat post's shell: meta row (account, visible publish time), ``content``, the
    阅读原文/阅读/赞/在看 row, 写留言 and 喜欢此内容的人还喜欢."""
    y, m, d = _ymd(art)
    t = date.split(" ")[-1]
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n</h1>'
            '<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{acc}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{date}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">{content}</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a>'
            f'<span id="readNum3">阅读 {_n(rng, 4)}</span><span>分享</span><span>收藏</span>'
            f'<span id="like3">点赞 {_n(rng, 2)}</span><span>在看 {_n(rng, 1)}</span></div>'
            '<div class="discuss_container"><a>写留言</a></div>'
            '<div class="rich_media_extra"><p>喜欢此内容的人还喜欢</p>'
            + "".join(f"<p><a>{esc(tt)}</a></p>" for tt, _ in others[3:6]) + '</div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}";var nickname = "{acc}";var publish_time = "{y}-{m}-{d}" || "";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            '<meta name="viewport" content="width=device-width,initial-scale=1.0">')
    return head, body


def tyjr_mp_youfu(art, rng, others):
    """区 退役军人事务局 公众号 优抚 post. p08: 问： turns in bold colour and bold ``name：`` answer
    labels, a 政策链接 card after the text, 来源/编辑/审核, 往期推荐. p09: a photo with a ▲ caption,
    ``一是…`` items, bold 时间：/地点：/参加人员： labels, a 视频号 card, a QR line."""
    y, m, d = _ymd(art)
    top = ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/top_tyjr.gif"></p>'
           '<p style="text-align:center"><span style="font-size:12px;color:#b40000">点击蓝字 关注我们</span></p>')
    if art["id"] == "p08":
        out = [top]
        for p in art["body"]:
            if p.startswith("问："):
                out.append(f'<p style="line-height:1.75em"><strong><span style="color:#b40000">{esc(p)}</span></strong></p>')
            elif "：" in p[:5]:
                name, rest = p.split("：", 1)
                out.append(f'<p style="line-height:1.75em;text-indent:2em"><strong>{esc(name)}：</strong>{esc(rest)}</p>')
            else:
                out.append(f'<p style="line-height:1.75em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        out.append('<section style="border:1px solid #b40000;padding:10px;margin:14px 0"><p><strong>政策链接</strong></p>'
                   '<p style="font-size:14px">《军人抚恤优待条例》规定，抚恤优待对象享受的抚恤和优待标准，随经济社会发展逐步提高。</p></section>'
                   '<p><span style="font-size:12px;color:#888">来源：荣昌区退役军人事务局</span></p>'
                   '<p><span style="font-size:12px;color:#888">编辑：邓雪　审核：罗军</span></p>'
                   '<section><p><strong>往期推荐</strong></p>' + "".join(f"<p>▶ {esc(tt)}</p>" for tt, _ in others[:3]) + '</section>')
        head, body = _wx(art, rng, others, "荣昌退役军人", f"{y}-{m}-{d} 17:20", "".join(out))
        return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 9)}Rc{_n(rng, 5)}"
    out = [top]
    for i, p in enumerate(art["body"]):
        lab = next((k for k in ("时间：", "地点：", "参加人员：") if p.startswith(k)), None)
        if lab:
            out.append(f'<p style="line-height:1.75em"><strong><span style="color:#b40000">{lab}</span></strong>{esc(p[len(lab):])}</p>')
        else:
            out.append(f'<p style="line-height:1.75em;text-indent:2em">{esc(p)}</p>')
        if i == 1:
            out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/weiwen.jpg"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲区领导走访慰问伤残军人</span></p>')
    out.append('<section class="channels_iframe_wrp"><p>潼南退役军人</p><p>视频号 · 走访慰问现场</p></section>'
               '<p><span style="font-size:12px;color:#888">来源：区退役军人事务局　编辑：唐敏　审核：吴涛</span></p>'
               '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/qr.png"></p>'
               '<p style="text-align:center"><span style="font-size:12px">长按识别二维码 关注我们</span></p>')
    head, body = _wx(art, rng, others, "潼南退役军人", f"{y}年{m}月{d}日 20:05", "".join(out))
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 9)}Tn{_n(rng, 5)}"


def xz_cwgk_gbk(art, rng, others):
    """乡镇 portal 村务公开 page (GBK, old table layout). p10: a ``<font>`` title, ``发布时间：Y-M-D``
    with a ``document.write`` counter, ``<br>``-separated ``　　`` lines in one ``<td>``, the
    收支 table with a header row, the 落款 (two units and a date) and a 监督电话 line. p11:
    DedeCMS-like ``时间:… 来源:… 作者:… 点击:`` line, ``<p>`` paragraphs, photo + caption,
    ``1.…；`` items, 上一篇/下一篇."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    if art["id"] == "p10":
        site = "酉阳县龙潭镇人民政府"
        chunks, run = [], []
        for p in art["body"] + [None]:
            if p is not None and _row(p):
                run.append(p)
                continue
            if run:
                chunks.append(_table(run, 'width="90%" border="1" cellspacing="0" cellpadding="3" align="center" bordercolor="#000000"', True))
                run = []
            if p is not None:
                chunks.append(IND + (f"<b>{esc(p)}</b>" if p.startswith(HEADS) else esc(p)) + "<br>")
        text = "\n".join(chunks)
        text += (f'<br><div align="right">梨耳村村民委员会<br>梨耳村村务监督委员会<br>{y}年{int(m)}月{int(d) - 2}日</div>'
                 f'<br>{IND}监督电话：023-{_n(rng, 8)}')
        body = (f'<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="/images/ltz_banner.jpg" alt="{site}"></td></tr>'
                '<tr><td class="nav"><a>网站首页</a> | <a>镇情概况</a> | <a>政务公开</a> | <a>村务公开</a> | <a>党建工作</a> | <a>便民服务</a></td></tr></table>'
                '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="220" valign="top"><table width="100%"><tr><td class="lm">村务公开</td></tr>'
                '<tr><td>·<a>财务公开</a></td></tr><tr><td>·<a>党务公开</a></td></tr><tr><td>·<a>项目公开</a></td></tr></table></td>'
                '<td valign="top"><table width="100%" border="0"><tr><td class="wz">当前位置：<a>首页</a> &gt;&gt; <a>村务公开</a> &gt;&gt; <a>财务公开</a></td></tr>'
                f'<tr><td align="center" height="50"><font size="4" color="#cc0000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center"><font color="#666666">发布时间：{y}-{int(m)}-{int(d)}&nbsp;&nbsp;&nbsp;&nbsp;点击：'
                f'<script>document.write("{_n(rng, 3)}")</script>次</font></td></tr>'
                f'<tr><td class="content" style="font-size:14px;line-height:26px">{text}</td></tr>'
                '<tr><td align="right">【<a>打印此页</a>】【<a>关闭窗口</a>】</td></tr></table></td></tr></table>'
                + _old_foot(site, rng))
        head = f'<title>{esc(art["title"])}--{site}</title><meta name="keywords" content="村务公开,梨耳村">'
        return head, body, f"http://www.ltz.youyang.gov.cn/cwgk/cwgk/{y}{m}/{d}{_n(rng, 4)}.html"
    site = "奉节县吐祥镇人民政府"

    def para(p):
        return f"<p>{IND}{esc(p)}</p>"

    def after(i):
        if i == 0:
            return ('<p align="center"><img src="/uploads/allimg/231016/1-231016' f'{_n(rng, 6)}.jpg" width="600"></p>'
                    '<p align="center"><font face="楷体_GB2312">推进会现场</font></p>')
        return ""
    text = _paras(art["body"], para, "", after=after)
    body = (f'<div class="top"><img src="/templets/default/images/logo.jpg" alt="{site}"></div>'
            '<div class="nav"><a>首页</a><a>走进吐祥</a><a>政务动态</a><a>村务公开</a><a>党建园地</a><a>乡村振兴</a></div>'
            '<div class="place"><strong>当前位置:</strong> <a>主页</a> &gt; <a>村务公开</a> &gt; </div>'
            f'<div class="viewbox"><div class="title"><h2>{esc(art["title"])}</h2></div>'
            f'<div class="info"><small>时间:</small>{y}-{m}-{d} {t}<small>来源:</small>吐祥镇<small>作者:</small>党政办<small>点击:</small>'
            f'<script src="/plus/count.php?view=yes&aid={_n(rng, 4)}&mid=1" type="text/javascript" language="javascript"></script>次</div>'
            f'<div class="content">{text}</div>'
            '<div class="context"><ul>'
            f'<li>上一篇：<a>{esc(others[2][0])}</a> </li><li>下一篇：<a>{esc(others[3][0])}</a> </li></ul></div></div>'
            + _old_foot(site, rng))
    head = (f'<title>{esc(art["title"])}_吐祥镇人民政府</title><meta name="keywords" content="村务公开">'
            '<meta name="description" content="吐祥镇召开村务公开工作推进会">')
    return head, body, f"http://www.tuxiang.fengjie.gov.cn/a/cwgk/{y}/{m}{d}/{_n(rng, 3)}.html"


def xianbao_toub_baoyan(art, rng, others):
    """县报 e-paper 第01版: issue line, 版次 selector with 上一版/下一版/PDF, a 报眼 box (a short
    notice) and a 今日导读 box above the article, the headline with an 引题, a byline, a photo
    with its caption, ``<br>``-separated ``　　`` paragraphs in ``#ozoom``, a （下转第2版） line,
    the 本版标题 list, copyright."""
    y, m, d = _ymd(art)
    paper = "云阳报"
    lines = [IND + esc(p) for p in art["body"]]
    text = "<br>\n".join(lines)
    pages = "".join(f'<option>第0{k}版：{v}</option>' for k, v in enumerate(["要闻", "综合", "乡村振兴", "副刊"], 1))
    body = (f'<div class="top">{paper}　{y}年{m}月{d}日　{_week(art)}　<a>往期回顾</a></div>'
            f'<div class="banci"><select>{pages}</select> <a>上一版</a> <a>下一版</a> <a href="/images/{y}-{m}/{d}/01/YY01.pdf">PDF下载</a></div>'
            '<table width="1000" align="center"><tr><td width="420" valign="top"><div class="bmt"><img src="/images/page01.jpg" usemap="#PagePicMap"></div>'
            '<div class="baoyan"><h4>报眼</h4><p>县委十五届六次全会召开</p><p>5月17日，中共云阳县委十五届六次全体会议召开，审议通过有关文件。（详见第2版）</p></div>'
            '<div class="daodu"><h4>今日导读</h4><ul><li>第2版　县人大常委会开展食品安全执法检查</li>'
            '<li>第3版　高山蔬菜进入采收期</li><li>第4版　五月的龙缸</li></ul></div></td>'
            '<td valign="top"><div class="article">'
            '<h3 class="yt">推行保底收购　破解“卖果难”</h3>'
            f'<h1>{esc(art["title"])}</h1>'
            '<div class="byline">本报记者　彭渝　通讯员　熊浩</div>'
            f'<div class="pic"><img src="/images/{y}-{m}/{d}/01/res01_attpic_brief.jpg"><p>双土镇果农在柑橘园里疏果。　记者　彭渝　摄</p></div>'
            f'<div id="ozoom"><founder-content>{text}<br>\n{IND}（下转第2版）</founder-content></div>'
            '<div class="bbt"><h4>本版标题</h4><ul><li><a>县委十五届六次全会召开</a></li>'
            f'<li><a>{esc(art["title"])}</a></li><li><a>全县安全生产工作会议召开</a></li></ul></div>'
            '<div class="tools">【<a>打印</a>】【<a>关闭</a>】【<a>返回目录</a>】</div></div></td></tr></table>'
            f'<div class="copy">{paper}社版权所有　未经书面授权不得转载、摘编、复制<br>渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>{esc(art["title"])}--{paper}</title><meta name="description" content="{paper}数字报">'
    return head, body, f"http://epaper.yunyangbao.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"


TEMPLATES = {"swj_xfq_gonggao": swj_xfq_gonggao, "tyj_qmjs_dongtai": tyj_qmjs_dongtai,
             "rmt_tuji_kehuduan": rmt_tuji_kehuduan, "gmw_lilun_zhushi": gmw_lilun_zhushi,
             "tyjr_mp_youfu": tyjr_mp_youfu, "xz_cwgk_gbk": xz_cwgk_gbk,
             "xianbao_toub_baoyan": xianbao_toub_baoyan}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages66", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
