"""Build the sixty-ninth saved-page set (``pages69``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 住建委 portal 物业服务 通报/news page with a
企业名单 table (``zjw_wuye_tongbao``), a 区 残联 portal 就业帮扶 news page (``cl_jiuye_bangfu``),
a 县 融媒体 公众号 夜市 post with 摊位 items (``rmt_mp_yeshi``), a 央广网-like 地方 news page with
an audio player (``cnr_difang_yinpin``), a 区 水利局 portal 河道清淤 公示/news page
(``slj_qingyu_gongshi``), a 街道 公众号 志愿者招募 post with 报名方式 items
(``jd_mp_zhiyuanzhe_zhaomu``) and a 晚报 e-paper 专版 page with 编者按 and a QR line
(``wanbao_zhuanban_bianzhean``). ``articles.txt`` holds the title, date and reference body; the
furniture (not body) is written here. See README.md.

    python tests/data/web/pages69/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _table(rows, attrs: str) -> str:
    """Table rows (cells joined by single spaces) as one ``<table>``, the first row in ``<th>``."""
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


def _gov_footer(site: str, rng) -> str:
    return (f'<div class="footer"><p>主办：{site}　承办：{site}办公室　联系电话：023-{_n(rng, 8)}</p>'
            f'<p>渝ICP备{_n(rng, 8)}号　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">无障碍浏览</a></p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>')


def _old_foot(site: str, rng) -> str:
    return (f'<table width="1000" align="center"><tr><td class="foot" align="center">版权所有：{site}<br>'
            f'渝ICP备{_n(rng, 8)}号-1　渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}<br>'
            '建议使用1280*1024分辨率浏览</td></tr></table>')


def _wx(art, rng, others, acc: str, date: str, content: str) -> tuple[str, str]:
    """A WeChat post's shell: meta row, ``content``, the 阅读原文/阅读/点赞/在看 row, 写留言, 推荐."""
    y, m, d = _ymd(art)
    t = date.split(" ")[-1]
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">\n      {esc(art["title"])}\n</h1>'
            '<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">{acc}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{date}</em>'
            '<em class="rich_media_meta rich_media_meta_text" id="js_ip_wording_wrp">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content" style="visibility: visible;">{content}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a>'
            f'<span>阅读 {_n(rng, 4)}</span><span>分享</span><span>点赞 {_n(rng, 2)}</span><span>在看 {_n(rng, 1)}</span></div>'
            '<div class="discuss_container"><a>写留言</a></div>'
            '<div class="rich_media_extra"><p>喜欢此内容的人还喜欢</p>'
            + "".join(f"<p><a>{esc(tt)}</a></p>" for tt, _ in others[1:4]) + '</div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}";var nickname = "{acc}";var publish_time = "{y}-{m}-{d}" || "";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            '<meta name="viewport" content="width=device-width,initial-scale=1.0">')
    return head, body


def zjw_wuye_tongbao(art, rng, others):
    """区 住建委 portal. p01 (GBK): old table layout, 信息公开 grid, ``<font>`` title, info line with a
    ``document.write`` counter, ``　　`` paragraphs with bold 一、 heads, a 企业名单 table, the 落款
    (unit and an earlier 成文 date) and an 附件 line. p02: ``<span>``s with no whitespace (发布时间,
    来源, 字号), bold ``坚持…`` heads, a photo and caption, a 相关链接 strip, 责任编辑, footer."""
    y, m, d = _ymd(art)
    place = art["place"]
    site = f"重庆市{place}区住房和城乡建设委员会"
    if art["id"] == "p01":
        def para(p):
            if p.startswith(HEADS):
                return f'<p>{IND}<font face="黑体">{esc(p)}</font></p>'
            return f'<p><font face="仿宋_GB2312">{IND}{esc(p)}</font></p>'
        text = _paras(art["body"], para, 'width="95%" border="1" cellspacing="0" cellpadding="4" align="center"')
        text += (f'<p>&nbsp;</p><p align="right">重庆市{place}区住房和城乡建设委员会</p>'
                 f'<p align="right">{y}年{int(m)}月{int(d) - 3}日</p>'
                 '<p>附件：<a href="/u/cms/zjw/202306/wyjc.xlsx">2023年第二季度物业服务专项检查结果汇总表.xlsx</a></p>')
        grid = (f'<table class="xxgk" width="100%" border="1"><tr><td>索引号：</td><td>11500106MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td>'
                f'<td>主题分类：</td><td>城乡建设</td></tr><tr><td>发布机构：</td><td>{site}</td><td>成文日期：</td>'
                f'<td>{y}-{m}-{int(d) - 3:02d}</td></tr><tr><td>发文字号：</td><td>沙建委发〔{y}〕{_n(rng, 2)}号</td>'
                f'<td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
        body = (f'<table width="1000" align="center"><tr><td><img src="/images/zjw_top.jpg" alt="{site}"></td></tr>'
                '<tr><td class="nav"><a>首页</a>|<a>机构概况</a>|<a>政务公开</a>|<a>物业管理</a>|<a>建筑市场</a>|<a>互动交流</a></td></tr></table>'
                '<table width="1000" align="center"><tr><td class="wz">您现在的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>通知公告</a></td></tr>'
                f'<tr><td>{grid}</td></tr>'
                f'<tr><td align="center" height="60"><font size="5" color="#0b3b8c"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}-{m}-{d}&nbsp;&nbsp;来源：物业管理科&nbsp;&nbsp;访问量：'
                f'<script>document.write({_n(rng, 3)})</script>&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="bt_content"><div class="TRS_Editor">{text}</div></td></tr>'
                '<tr><td align="right">【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr>'
                f'<tr><td>上一条：<a>{esc(others[0][0])}</a><br>下一条：<a>{esc(others[1][0])}</a></td></tr></table>'
                + _old_foot(site, rng))
        head = (f'<title>{esc(art["title"])}_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
        return head, body, f"http://zjw.cqspb.gov.cn/zwgk_{_n(rng, 3)}/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"

    def para(p):
        if p.startswith("坚持"):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'

    def after(i):
        if i == 3:
            return ('<p style="text-align:center"><img src="/u/cms/ybzjw/202403/wy01.jpg"></p>'
                    '<p style="text-align:center">图为工作人员在小区检查消防设施。（区住房城乡建委供图）</p>')
        return ""
    text = _paras(art["body"], para, after=after)
    rel = "".join(f'<li><a>{esc(t)}</a><span>{dd}</span></li>' for t, dd in others[4:7])
    body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>'
            '<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>'
            '<div class="nav"><ul><li>首页</li><li>新闻动态</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>'
            '<div class="position">当前位置：<a>首页</a>&gt;<a>新闻动态</a>&gt;<a>工作动态</a></div>'
            f'<div class="xl_con"><h2 class="title">{esc(art["title"])}</h2>'
            f'<div class="fbxx"><span>发布时间：{y}-{m}-{d} {_hms(rng)}</span><span>来源：渝北区住房城乡建委</span>'
            '<span>字号：<a>大</a><a>中</a><a>小</a></span><span><a>打印</a></span></div>'
            f'<div class="con">{text}</div>'
            f'<div class="zrbj">责任编辑：{rng.choice(["李娜", "张涛", "何静"])}</div>'
            '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="xgxx"><h4>相关链接</h4><ul>{rel}</ul></div></div>'
            + _gov_footer(site, rng))
    head = f'<title>{esc(art["title"])}-{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
    return head, body, f"https://www.ybq.gov.cn/zjw/xwdt/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def cl_jiuye_bangfu(art, rng, others):
    """区 残联 portal 就业帮扶 news. p03: info bar with ``&nbsp;`` separators, an 更新时间 later than the
    publication date, photo + caption inside the text, a 助残热线 tip box, 相关阅读 with dates.
    p04: NO visible date (meta ``publishdate`` only), ``记者：``/name turns with bold questions,
    【字体：大 中 小】, 打印本页 关闭窗口, a 政策链接 card after the text."""
    y, m, d = _ymd(art)
    place = art["place"]
    site = f"重庆市{place}区残疾人联合会"
    if art["id"] == "p03":
        def after(i):
            if i == 1:
                return ('<p style="text-align:center"><img src="/upload/2022/11/zph.jpg" alt=""></p>'
                        '<p style="text-align:center">图为招聘会现场。（万州区残联 供图）</p>')
            return ""
        text = _paras(art["body"], lambda p: f"<p>{IND}{esc(p)}</p>", after=after)
        rel = "".join(f'<li><a>{esc(t)}</a><em>{dd}</em></li>' for t, dd in others[2:6])
        body = (f'<div class="top"><span>欢迎访问{site}网站</span><span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span></div>'
                '<div class="menu"><a>首页</a><a>残联概况</a><a>工作动态</a><a>康复服务</a><a>就业扶贫</a><a>维权信访</a></div>'
                '<div class="local">首页 &gt;&gt; 就业扶贫 &gt;&gt; 就业帮扶</div>'
                f'<div class="article-box"><h1>{esc(art["title"])}</h1>'
                f'<div class="source">发布时间：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;来源：区残联就业服务中心&nbsp;&nbsp;&nbsp;'
                f'更新时间：{y}-{m}-{int(d) + 2:02d} {_hm(rng)}&nbsp;&nbsp;&nbsp;浏览：<span id="hits">{_n(rng, 3)}</span></div>'
                f'<div class="zw">{text}</div>'
                f'<div class="tipbox"><b>助残热线</b><p>残疾人就业咨询：023-{_n(rng, 8)}（工作日 9:00-17:00）</p></div>'
                '<div class="tool"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
                f'<div class="relate"><h3>相关阅读</h3><ul>{rel}</ul></div>'
                + _gov_footer(site, rng))
        head = f'<title>{esc(art["title"])}--{site}</title>'
        return head, body, f"http://www.wzcl.org.cn/news/jyfp/{_n(rng, 5)}.html"

    def para(p):
        if p.startswith("记者："):
            return f'<p>{IND}<strong>{esc(p)}</strong></p>'
        return f'<p>{IND}{esc(p)}</p>'
    text = _paras(art["body"], para)
    body = (f'<div class="head"><img src="/static/jbcl/logo.png" alt="{site}"></div>'
            '<div class="nav"><a>首页</a><a>新闻中心</a><a>政策法规</a><a>办事服务</a></div>'
            '<div class="crumbs"><a>首页</a> / <a>新闻中心</a> / <a>基层动态</a></div>'
            f'<div class="detail"><div class="detail-title">{esc(art["title"])}</div>'
            '<div class="detail-info">来源：江北区残联　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
            f'<div class="detail-con">{text}</div>'
            '<div class="card"><h5>政策链接</h5><p>《重庆市残疾人就业促进办法》规定，用人单位安排残疾人就业达到规定比例的，可按规定享受相关优惠。</p></div>'
            '<div class="bottom-tool">打印本页　关闭窗口</div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="publishdate" content="{y}-{m}-{d}">'
            f'<meta name="description" content="{esc(art["body"][0][:30])}">')
    return head, body, f"https://www.jbcl.org.cn/xwzx/jcdt/{_n(rng, 6)}.html"


def rmt_mp_yeshi(art, rng, others):
    """县 融媒体 公众号 夜市 post. p05: 点击蓝字关注 banner, ``1.…；`` 摊位 items and a lead-in, a photo
    with a ``▲`` caption, 来源/记者/编辑/审核 lines, a 往期回顾 list. p06: ``时间：``/``地点：`` items
    with bold labels, a 视频号 card, 扫码 QR and a 监制/终审 credit line."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    acc = f"{art['place']}发布" if art["id"] == "p05" else f"{art['place']}融媒"
    banner = ('<section style="text-align:center"><span style="color:#1e6fff;font-size:12px">点击蓝字 关注我们</span></section>')
    if art["id"] == "p05":
        def para(p):
            return f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>'

        def after(i):
            if i == 1:
                return ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/ys01/640"></p>'
                        '<p style="text-align:center"><span style="color:#888;font-size:12px">▲夜市开市首晚人头攒动</span></p>')
            return ""
        content = banner + _paras(art["body"], para, after=after)
        content += ('<p><span style="font-size:12px;color:#888">来源：石柱县融媒体中心</span></p>'
                    '<p><span style="font-size:12px;color:#888">记者：马云飞　谭晶</span></p>'
                    '<p><span style="font-size:12px;color:#888">编辑：陈一　审核：冉冬</span></p>'
                    '<section><p><strong>往期回顾</strong></p>'
                    + "".join(f'<p><a>{esc(tt)}</a></p>' for tt, _ in others[5:8]) + '</section>')
        head, body = _wx(art, rng, others, acc, f"{y}-{m}-{d} {t}", content)
        return head, body, f"https://mp.weixin.qq.com/s/{''.join(rng.choice('abcdefghkmnpqrstuvwxyzABCDEFGHJK0123456789') for _ in range(22))}"

    def para(p):
        if p.startswith(("时间：", "地点：")):
            k, v = p.split("：", 1)
            return f'<p style="margin-left:1em"><strong><span style="color:#c00">{k}：</span></strong><span>{esc(v)}</span></p>'
        return f'<p>{esc(p)}</p>'

    def after(i):
        if i == 3:
            return ('<section class="channels_iframe_wrp"><p>视频号</p><p>彭水融媒</p><p>乌江夜市来啦，一起去逛逛</p></section>')
        return ""
    content = banner + _paras(art["body"], para, after=after)
    content += ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/qr/0"></p>'
                '<p style="text-align:center"><span style="font-size:12px">长按识别二维码 关注我们</span></p>'
                '<p><span style="font-size:12px;color:#999">文字：何晓　图片：向林　编辑：田甜　监制：冉军　终审：罗平</span></p>')
    head, body = _wx(art, rng, others, acc, f"{y}年{int(m)}月{int(d)}日 {t}", content)
    return head, body, f"https://mp.weixin.qq.com/s/{''.join(rng.choice('abcdefghkmnpqrstuvwxyzABCDEFGHJK0123456789') for _ in range(22))}"


def cnr_difang_yinpin(art, rng, others):
    """央广网-like 地方 news page with an audio player above the text. p07: ``<span>``s with no whitespace
    (date, 来源：央广网), a 收听 player with a duration, a 原标题 line, ``编辑：``/``责编：`` lines,
    share row, 相关新闻 with dates, 版权声明. p08 (GBK): date as ``2024年04月09日 08:21``,
    player INSIDE the text's ``<div>`` after the first paragraph, 热门推荐, 未经授权禁止转载."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    player = (f'<div class="audio-box"><audio src="https://mp3.cnr.cn/{y}{m}{d}/{_n(rng, 6)}.mp3"></audio>'
              f'<span class="play">收听</span><span class="time">00:00/0{rng.randint(1, 4)}:{rng.randint(10, 59)}</span>'
              '<span>语速：<a>0.8x</a><a>1.0x</a><a>1.5x</a></span></div>')
    rel = "".join(f'<li><a>{esc(tt)}</a><span>{dd}</span></li>' for tt, dd in others[3:7])
    if art["id"] == "p07":
        text = "".join(f"<p>{IND}{esc(p)}</p>" for p in art["body"])
        body = ('<div class="topbar"><a>央广网首页</a><a>新闻</a><a>财经</a><a>地方</a><a>云听</a></div>'
                '<div class="crumb"><a>央广网</a> &gt; <a>地方</a> &gt; <a>重庆</a></div>'
                f'<div class="article-header"><h1>{esc(art["title"])}</h1>'
                f'<div class="source"><span>{y}-{m}-{d} {t}:{_n(rng, 2) % 60:02d}</span><span>来源：央广网</span></div></div>'
                f'{player}<div class="article-content"><div class="TRS_Editor">'
                f'<p>{IND}原标题：涪陵榨菜“链”出富民新路</p>{text}</div></div>'
                f'<div class="editor"><p>编辑：{rng.choice(["郭倩", "杨帆"])}</p><p>责编：{rng.choice(["王宁", "赵磊"])}</p></div>'
                '<div class="share">分享到：<a>微信</a><a>微博</a><a>复制链接</a></div>'
                f'<div class="related"><h3>相关新闻</h3><ul>{rel}</ul></div>'
                '<div class="copyright"><p>版权声明：本文章版权归属央广网所有，未经授权不得转载。</p>'
                '<p>转载请联系：cnrbanquan@cnr.cn，不尊重原创的行为我们将追究责任。</p></div>'
                '<div class="footer">央广网 版权所有　京ICP证060607号</div>')
        return f'<title>{esc(art["title"])}_央广网</title>', body, f"https://cq.cnr.cn/dfpd/{y}{m}{d}/t{y}{m}{d}_{_n(rng, 9)}.shtml"
    paras = [f"<p>{IND}{esc(p)}</p>" for p in art["body"]]
    paras.insert(1, player)
    body = ('<div class="header"><a>央广网</a><span>地方频道</span></div>'
            f'<div class="wh"><div class="Atitle"><h1>{esc(art["title"])}</h1></div>'
            f'<div class="sourceTime"><span>{y}年{m}月{d}日 {t}</span>&nbsp;&nbsp;<span>来源：央广网</span>'
            '&nbsp;&nbsp;<span>作者：刘杨</span></div>'
            f'<div class="TRS_Editor" id="zoom">{"".join(paras)}</div>'
            f'<p class="bjs">（编辑：{rng.choice(["周琳", "孙悦"])}）</p></div>'
            f'<div class="hot"><h3>热门推荐</h3><ul>{rel}</ul></div>'
            '<div class="bq">央广网版权所有，未经授权禁止转载、摘编或利用其它方式使用上述作品。</div>')
    return f'<title>{esc(art["title"])}_地方_央广网</title>', body, f"https://www.cnr.cn/cq/{y}{m}{d}/t{y}{m}{d}_{_n(rng, 9)}.shtml"


def slj_qingyu_gongshi(art, rng, others):
    """区 水利局 portal. p09 (GBK): 公示 on an old table portal, ``<br>``-separated ``　　`` lines in one
    ``<div>`` with ``<font>`` and ``&nbsp;`` runs, the 落款 (unit, ``2022年10月21日``) and two 附件
    lines, 【字体】 and ``document.write`` counter. p10: the date only in the URL (no visible line,
    no meta), ``<b>一、…</b>`` heads, a quoted-speech paragraph, a 水利小知识 box, 上一篇/下一篇."""
    y, m, d = _ymd(art)
    place = art["place"]
    site = f"重庆市{place}区水利局"
    if art["id"] == "p09":
        lines = []
        for p in art["body"]:
            lines.append(f'{IND}<font face="黑体">{esc(p)}</font><br>' if p.startswith(HEADS) else f'&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}<br>')
        text = ('<div id="Zoom" class="zw"><font style="font-size:16px">' + "\n".join(lines) + "</font>"
                f'<br><br><div style="text-align:right">{site}<br>{y}年{int(m)}月{int(d) - 3}日</div>'
                '<br>附件：1.<a>濑溪河城区段河道清淤工程平面布置图.pdf</a><br>'
                '　　　2.<a>意见反馈表.doc</a></div>')
        body = (f'<table width="1002" border="0" align="center"><tr><td><img src="/images/slj_banner.jpg" alt="{site}"></td></tr>'
                '<tr><td class="daohang"><a>首页</a>　<a>机构职能</a>　<a>政务公开</a>　<a>水利工程</a>　<a>河长制</a>　<a>公众参与</a></td></tr></table>'
                '<table width="1002" border="0" align="center"><tr><td class="weizhi">当前位置：首页 &gt; 公示公告</td></tr>'
                f'<tr><td align="center"><h1 style="font-size:22px">{esc(art["title"])}</h1></td></tr>'
                f'<tr><td align="center" class="xx">{y}-{int(m)}-{int(d)}&nbsp;&nbsp;&nbsp;&nbsp;来源：规划建设科&nbsp;&nbsp;&nbsp;&nbsp;'
                f'浏览次数：<script language="javascript">document.write("{_n(rng, 3)}");</script>'
                '&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td>{text}</td></tr>'
                '<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>'
                + _old_foot(site, rng))
        head = f'<title>{site}-{esc(art["title"])}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
        return head, body, f"http://slj.dazu.gov.cn/gsgg/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"

    def para(p):
        if p.startswith(HEADS):
            return f'<p style="text-indent:2em"><b>{esc(p)}</b></p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'
    text = _paras(art["body"], para)
    body = (f'<div class="top"><div class="logo">{site}</div><div class="tools"><a>无障碍</a><a>长者模式</a><a>English</a></div></div>'
            '<div class="nav"><a>首页</a><a>水利要闻</a><a>通知公告</a><a>政策文件</a><a>河长制</a></div>'
            '<div class="dqwz">您所在的位置：首页 &gt; 水利要闻</div>'
            f'<div class="zw-main"><h3>{esc(art["title"])}</h3><div class="zw-info">来源：区水利局　作者：水利局办公室　'
            f'<span>阅读：<span id="readcount">{_n(rng, 3)}</span></span></div>'
            f'<div class="zw-text">{text}</div>'
            '<div class="box"><h5>水利小知识</h5><p>河道清淤可以恢复河道过水断面，提高防洪排涝能力。</p></div>'
            f'<div class="pre">上一篇：<a>{esc(others[6][0])}</a></div><div class="next">下一篇：<a>{esc(others[7][0])}</a></div>'
            '<div class="print"><a>【打印】</a><a>【关闭】</a></div></div>'
            + _gov_footer(site, rng))
    head = f'<title>{esc(art["title"])}_{site}</title>'
    return head, body, f"http://www.bishan.gov.cn/bmjz/slj/slyw/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def jd_mp_zhiyuanzhe_zhaomu(art, rng, others):
    """街道 公众号 志愿者招募 post: a 招募令 poster image, 一、 heads in ``<section>`` boxes with a
    coloured background, ``1.…；`` items, a 报名二维码 and a 温馨提示 box after the text, the 来源/编辑
    lines, a date written ``2024年06月21日 17:05``."""
    y, m, d = _ymd(art)
    t = _hm(rng)

    def para(p):
        if p.startswith(HEADS):
            return (f'<section style="background:#e84d3d;padding:4px 10px;display:inline-block">'
                    f'<span style="color:#fff"><strong>{esc(p)}</strong></span></section>')
        return f'<section><p style="line-height:2em"><span style="font-size:15px">{esc(p)}</span></p></section>'
    content = ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/zmfl/640"></p>'
               + _paras(art["body"], para)
               + '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/bmqr/640"></p>'
               '<p style="text-align:center"><span style="font-size:12px">扫码报名</span></p>'
               '<section style="border:1px dashed #e84d3d;padding:8px"><p><strong>温馨提示</strong></p>'
               '<p>未成年人参与志愿服务须由监护人陪同。</p></section>'
               '<p><span style="font-size:12px;color:#999">来源：杨家坪街道团工委</span></p>'
               '<p><span style="font-size:12px;color:#999">编辑：刘思雨｜审核：邓军</span></p>')
    head, body = _wx(art, rng, others, "杨家坪街道", f"{y}年{m}月{d}日 {t}", content)
    return head, body, f"https://mp.weixin.qq.com/s/{''.join(rng.choice('abcdefghkmnpqrstuvwxyzABCDEFGHJK0123456789') for _ in range(22))}"


def wanbao_zhuanban_bianzhean(art, rng, others):
    """晚报 e-paper 专版 page (GBK): issue line with weekday, 版次 ``<select>``, 上一版/下一版/PDF, a 专版 banner, an 编者按 in 楷体,
    the headline with an 引题, byline, ``<br>``-separated ``　　`` paragraphs with a photo caption
    among them, a 扫描二维码 看更多 line and 本版责编/美编, 往期回顾."""
    y, m, d = _ymd(art)
    lines = [f"{IND}{esc(p)}<br>" for p in art["body"]]
    lines.insert(3, f'<center><img src="../../../res/1/{y}{m}{d}/{_n(rng, 10)}.jpg" /></center>'
                    f'{IND}<font face="楷体_GB2312">弹子石老街夜景。　记者 {rng.choice(["赵川", "钟雷"])} 摄</font><br>')
    body = (f'<div class="paper-top">重庆晚报　{y}年{m}月{d}日　{_week(art)}　<a>往期回顾</a></div>'
            '<div class="ban"><select><option>第01版：要闻</option><option selected="selected">第08版：城市更新·专版</option>'
            '<option>第09版：文体</option></select><a>上一版</a> <a>下一版</a> <a>PDF下载</a></div>'
            '<div class="zhuanban">城市更新·专版</div>'
            '<div class="bza"><font face="楷体_GB2312">【编者按】老街是城市的记忆。即日起，本报推出“老街新生”系列报道，'
            '走进主城各区，讲述老街区保护更新的故事。</font></div>'
            '<div class="article"><h3>——“老街新生”系列报道之一</h3>'
            f'<h1>{esc(art["title"])}</h1>'
            f'<p class="byline">本报记者　{rng.choice(["赵川", "钟雷"])}　实习生　王雨</p>'
            f'<div id="ozoom"><founder-content>{"".join(lines)}</founder-content></div></div>'
            '<div class="qr"><img src="/qr/wb0816.png" /> 扫描二维码 看更多老街故事</div>'
            f'<div class="bbzb">本版责编：{rng.choice(["杨洁", "吴敏"])}　美编：{rng.choice(["刘超", "黄岚"])}</div>'
            '<div class="wqhg"><h4>本版其他文章</h4><ul>'
            + "".join(f'<li><a>{esc(tt)}</a></li>' for tt, _ in others[8:10]) + '</ul></div>'
            '<div class="cr">重庆晚报 版权所有 未经书面授权不得复制或建立镜像</div>')
    head = (f'<title>重庆晚报-{esc(art["title"])}</title>'
            f'<meta name="description" content="重庆晚报 {y}-{m}-{d} 第08版">')
    return head, body, f"http://epaper.cqwb.com.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"


TEMPLATES = {"zjw_wuye_tongbao": zjw_wuye_tongbao, "cl_jiuye_bangfu": cl_jiuye_bangfu,
             "rmt_mp_yeshi": rmt_mp_yeshi, "cnr_difang_yinpin": cnr_difang_yinpin,
             "slj_qingyu_gongshi": slj_qingyu_gongshi, "jd_mp_zhiyuanzhe_zhaomu": jd_mp_zhiyuanzhe_zhaomu,
             "wanbao_zhuanban_bianzhean": wanbao_zhuanban_bianzhean}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages69", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
