"""Build the fifty-seventh saved-page set (``pages57``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 妇联 portal 巾帼建功 news page with a 获奖名单
list (``fulian_jgjg_mingdan``), a 市 教委 portal 招生 政策问答 page (``jwportal_zhaosheng_wenda``), a
县 融媒体 客户端 快讯 page with a 24小时 feed (``rmt_khd_kuaixun_feed``), a 人民网-like 地方频道 调查
report with a 记者手记 box (``rmw_dfpd_diaocha_shouji``), a 区 残联 公众号 助残日 post
(``cl_mp_zhucanri``), a 区 档案馆 portal 档案开放 公告 with a 目录 table (``dag_kaifang_mulu``) and a
县报 e-paper 第04版 读者来信 page with 编辑回复 (``xianbao_siban_duzhe``). ``articles.txt`` holds the
title, date and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages57/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _table(rows, cls: str, th: bool = False) -> str:
    """Table rows (cells joined by single spaces) as one ``<table>``; the first row as ``<th>`` if ``th``."""
    out = []
    for k, r in enumerate(rows):
        tag = "th" if th and k == 0 else "td"
        out.append("<tr>" + "".join(f'<{tag} align="center">{esc(c)}</{tag}>' for c in r.split(" ")) + "</tr>")
    return f'<table class="{cls}" border="1" cellspacing="0" cellpadding="4" width="100%">' + "".join(out) + "</table>"


def _paras(body, para_fn, cls: str = "tb", th: bool = False, after=None) -> str:
    """Paragraphs through ``para_fn``, runs of table rows as one table; ``after(i)`` may add
    furniture after paragraph ``i``."""
    out, run = [], []
    for i, p in enumerate(body + [None]):
        if p is not None and _row(p):
            run.append(p)
            continue
        if run:
            out.append(_table(run, cls, th))
            run = []
        if p is not None:
            out.append(para_fn(p))
            if after:
                out.append(after(i) or "")
    return "".join(out)


def _related(others, n, fmt) -> str:
    return "".join(f'<li><a href="#">{esc(t)}</a><span class="date">{fmt(d)}</span></li>' for t, d in others[:n])


def _gov_footer(site: str, rng) -> str:
    return (f'<div class="footer"><p>主办：{site}　承办：{site}办公室　联系电话：023-{_n(rng, 8)}</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1　渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p></div>')


def _photo(src: str, cap: str) -> str:
    return (f'<p style="text-align:center"><img src="{src}" border="0"></p>'
            f'<p style="text-align:center">{esc(cap)}</p>')


def fulian_jgjg_mingdan(art, rng, others):
    """区 妇联 portal 巾帼建功 news: p01 (GBK) an old table layout with a ``<font>`` title, a
    counter script, 【字体】, 　　-indented paragraphs, a photo and caption in the text and a 附件
    line; p02 a modern portal with bold 一、 heads, a 巾帼风采 card and 相关阅读."""
    y, m, d = _ymd(art)
    pid = art["id"]
    site = "大渡口区妇女联合会" if pid == "p01" else "璧山区妇女联合会"
    if pid == "p01":
        def para(p):
            return f"<p>{IND}{esc(p)}</p>"

        def after(i):
            if i == 0:
                return _photo(f"/UploadFiles/{y}{m}/{_n(rng, 6)}.jpg", "图为表彰会现场。（区妇联供图）")
            return ""
        text = _paras(art["body"], para, after=after)
        body = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>'
                '<img src="/images/top_banner.jpg"></td></tr><tr><td class="nav">'
                '<a href="/">首页</a> | <a href="#">机构概况</a> | <a href="#">工作动态</a> | <a href="#">巾帼建功</a> | '
                '<a href="#">家庭家教家风</a> | <a href="#">维权服务</a></td></tr></table>'
                '<table width="1000" border="0" align="center"><tr><td width="240" valign="top" class="left">'
                '<div class="lm">巾帼建功</div><ul><li><a href="#">创业就业</a></li><li><a href="#">巾帼文明岗</a></li>'
                '<li><a href="#">三八红旗手</a></li></ul></td><td valign="top">'
                '<div class="weizhi">当前位置：<a href="/">首页</a> &gt;&gt; <a href="#">巾帼建功</a> &gt;&gt; 正文</div>'
                f'<table width="100%"><tr><td align="center" height="50"><font size="4" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;来源：区妇联&nbsp;&nbsp;&nbsp;&nbsp;'
                f'浏览次数：<script>document.write("{_n(rng, 3)}")</script>&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>'
                f'<tr><td class="zw"><div id="zoom">{text}'
                '<p>附件：<a href="/UploadFiles/mingdan.doc">大渡口区巾帼建功先进个人名单.doc</a></p></div></td></tr>'
                '<tr><td align="right"><a href="javascript:window.print()">打印本页</a>&nbsp;&nbsp;<a href="javascript:window.close()">关闭窗口</a></td></tr>'
                f'<tr><td>上一篇：<a href="#">{esc(others[0][0])}</a><br>下一篇：<a href="#">{esc(others[1][0])}</a></td></tr></table>'
                '</td></tr></table>'
                '<table width="1000" align="center"><tr><td align="center" class="foot">'
                f'版权所有：{site}　地址：重庆市大渡口区文体路{_n(rng, 2)}号<br>渝ICP备{_n(rng, 8)}号　'
                '技术支持：重庆某网络科技有限公司</td></tr></table>')
        url = f"http://www.ddkfl.gov.cn/jgjg/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.html"
        head = f'<title>{esc(art["title"])}--{site}</title><meta name="keywords" content="巾帼建功,表彰">'
        return head, body, url

    def para(p):
        if p.startswith(HEADS):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'
    t = _hm(rng)
    text = _paras(art["body"], para)
    body = ('<div class="header"><div class="logo"><img src="/images/logo.png" alt="璧山妇联"></div>'
            '<ul class="nav"><li>首页</li><li>新闻动态</li><li>巾帼建功</li><li>权益服务</li><li>家庭工作</li></ul></div>'
            '<div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="#">巾帼建功</a></div>'
            f'<div class="article-box"><h2 class="bt">{esc(art["title"])}</h2>'
            f'<div class="xx"><span>{y}年{m}月{d}日 {t}</span><span>来源：璧山区妇联</span><span>作者：宣传部</span>'
            f'<span>更新时间：{y}-{m}-{int(d) + 1:02d}</span></div>'
            f'<div class="bt_content">{text}</div>'
            '<div class="card"><h4>巾帼风采</h4><p>陈燕，璧泉街道某电子企业质检班长，曾获区“技术能手”称号。</p>'
            '<p>李红梅，正兴镇卫生院护士长，从事乡村护理工作17年。</p></div>'
            '<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ</a></div>'
            '<div class="xgyd"><h3>相关阅读</h3><ul>' + _related(others, 5, lambda dd: dd) + '</ul></div></div>'
            + _gov_footer(site, rng))
    url = f"https://www.bsfl.gov.cn/jgjg/{y}-{m}/{d}/content_{_n(rng, 5)}.html"
    head = (f'<title>{esc(art["title"])}_巾帼建功_{site}</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {t}">')
    return head, body, url


def jwportal_zhaosheng_wenda(art, rng, others):
    """市 教委 portal 招生 政策问答: p03 no visible date (``PubDate`` meta and the URL only), bold 问：
    turns, a 政策原文 box, QR line; p04 an 信息公开 grid above the title, ``发布时间：2024/5/20``,
    bold ``记者：`` turns and 一是 items, 相关解读 and 打印/关闭."""
    y, m, d = _ymd(art)
    pid = art["id"]
    t = _hms(rng)
    site = "重庆市教育委员会"

    def para(p):
        for lab in ("问：", "记者："):
            if p.startswith(lab):
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        if p.startswith("市教委相关负责人："):
            return f'<p style="text-indent:2em"><strong>市教委相关负责人：</strong>{esc(p[9:])}</p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'
    text = _paras(art["body"], para)
    top = ('<div class="top"><a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">English</a></div>'
           '<div class="head"><img src="/images/jw_logo.png" alt="重庆市教育委员会"></div>'
           '<div class="nav"><a>首页</a><a>新闻动态</a><a>政务公开</a><a>政务服务</a><a>互动交流</a></div>')
    if pid == "p03":
        body = (top + '<div class="crumb"><a href="/">首页</a> &gt; <a href="#">政策解读</a></div>'
                f'<div class="xl_con"><h1>{esc(art["title"])}</h1>'
                '<div class="xl_info"><span>来源：市教委</span>&nbsp;&nbsp;<span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
                f'<div class="TRS_Editor">{text}</div>'
                '<div class="yuanwen"><p>政策原文：<a href="#">重庆市教育委员会关于做好2024年普通高中招生工作的通知</a></p></div>'
                '<div class="xgjd"><h4>相关解读</h4><ul>' + _related(others, 3, lambda dd: dd) + '</ul></div>'
                '<div class="ewm"><img src="/images/qr.png"><p>扫一扫在手机打开当前页</p></div></div>'
                + _gov_footer(site, rng))
        url = f"https://jw.cq.gov.cn/zwgk/zcjd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
        head = (f'<title>{esc(art["title"])}_政策解读_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ColumnName" content="政策解读">')
        return head, body, url
    grid = ('<table class="xxgk_table"><tr><td>索引号：</td><td>11500000MB1{0}/{1}-0{2}</td><td>发布机构：</td><td>{3}</td></tr>'
            '<tr><td>成文日期：</td><td>{4}-{5}-{6}</td><td>发布日期：</td><td>{4}-{5}-{7}</td></tr>'
            '<tr><td>主题分类：</td><td>教育</td><td>文号：</td><td></td></tr></table>').format(
                _n(rng, 6), y, _n(rng, 5), site, y, m, f"{int(d) - 3:02d}", d)
    body = (top + '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a></div>'
            f'<div class="con">{grid}<h2 class="title">{esc(art["title"])}</h2>'
            f'<div class="info"><span>发布时间：{y}/{int(m)}/{int(d)}</span><span>来源：市教委宣传处</span>'
            f'<span>浏览次数：<script>document.write({_n(rng, 4)})</script></span><span>【字体：大 中 小】</span></div>'
            f'<div class="zw" id="zoom">{text}</div>'
            '<div class="zerenbj">（责任编辑：彭小燕）</div>'
            '<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>'
            '<div class="xgwz"><h4>相关文章</h4><ul>' + _related(others[3:], 4, lambda dd: dd.replace("-", "/")) + '</ul></div></div>'
            + _gov_footer(site, rng))
    url = f"https://jw.cq.gov.cn/zwgk/zcjd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    head = (f'<title>{esc(art["title"])}-{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="publishdate" content="{y}-{m}-{d}">')
    return head, body, url


def rmt_khd_kuaixun_feed(art, rng, others):
    """县 融媒体 客户端 快讯 share page: app bar, kicker 快讯, ``来源：奉节融媒客户端`` line, 记者/通讯员
    credit above the text, bold 夜N路： items, 责任编辑/审核, then a 24小时 feed of other items with
    times and dates."""
    y, m, d = _ymd(art)
    t = _hm(rng)

    def para(p):
        if p.startswith("夜") and "：" in p[:5]:
            k = p.index("：") + 1
            return f'<p><strong>{esc(p[:k])}</strong>{esc(p[k:])}</p>'
        return f"<p>{esc(p)}</p>"
    text = _paras(art["body"], para)
    feed = "".join(f'<li><span class="time">{dd[5:]} {_hm(rng)}</span><a href="#">{esc(tt)}</a></li>'
                   for tt, dd in others[:6])
    body = ('<div class="app-bar"><img src="/static/app_icon.png"><span>奉节融媒</span><a class="open">打开APP</a></div>'
            '<div class="main"><div class="kicker">快讯</div>'
            f'<h1 class="art-title">{esc(art["title"])}</h1>'
            f'<div class="art-meta"><span class="src">来源：奉节融媒客户端</span> <span class="pub">{y}-{m}-{d} {t}</span> '
            f'<span class="read">阅读 {_n(rng, 4)}</span></div>'
            '<div class="author">记者 刘洋　通讯员 张敏</div>'
            f'<div class="art-content">{text}</div>'
            '<div class="editor">责任编辑：谭晓　审核：黄伟</div>'
            '<div class="praise"><span>点赞 ' + str(_n(rng, 2)) + '</span><span>分享</span></div>'
            f'<div class="feed"><h3>24小时</h3><ul>{feed}</ul><a class="more">打开APP 阅读更多</a></div>'
            '<div class="copy">奉节县融媒体中心 版权所有 未经授权禁止转载</div></div>')
    url = f"https://app.fjrmt.cn/share/news/{_n(rng, 7)}.html?time={_epoch(art, t)}"
    head = (f'<title>{esc(art["title"])}</title><meta name="description" content="{esc(art["body"][0][:50])}">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">')
    return head, body, url


def rmw_dfpd_diaocha_shouji(art, rng, others):
    """人民网-like 地方频道 调查 report: a kicker (``<h3 class="pre">``) above the title, the
    ``YYYY年MM月DDhh:mm | 来源：人民网－重庆频道`` line, bold centred heads, a photo and caption in
    the text, a 记者手记 box after the text, 责编, 分享, 相关新闻, copyright footer."""
    y, m, d = _ymd(art)
    pid = art["id"]
    t = _hm(rng)
    heads = ("传统工艺如何对接现代市场？", "人才短缺仍是难题") if pid == "p06" else HEADS

    def para(p):
        if p.startswith(heads):
            return f'<p style="text-align: center;"><strong>{esc(p)}</strong></p>'
        return f"<p>{IND}{esc(p)}</p>"
    cap_at = 5 if pid == "p06" else 2
    cap = "图为荣昌夏布工作室里的夏布文创产品。人民网 记者 陈卓 摄" if pid == "p06" else "图为王静在村小上音乐课。人民网 记者 孙杰 摄"

    def after(i):
        return _photo(f"http://cq.people.com.cn/NMediaFile/{y}/{m}{d}/LOCAL{_n(rng, 12)}.jpg", cap) if i == cap_at else ""
    text = _paras(art["body"], para, after=after)
    note = ("采访中，记者注意到，不少年轻设计师开始主动到作坊里学织布。传统技艺的未来，或许就藏在这些新面孔里。"
            if pid == "p06" else "跟着王静走了一天山路，记者最深的感受是：乡村教育的每一点进步，都是一程一程“走”出来的。")
    kicker = "【地方调查】" if pid == "p06" else "基层观察·乡村教育"
    body = ('<div class="top_nav"><a href="http://www.people.com.cn">人民网</a> &gt;&gt; <a href="#">重庆频道</a> &gt;&gt; <a href="#">区县</a></div>'
            f'<div class="col col-1"><h3 class="pre">{esc(kicker)}</h3><h1>{esc(art["title"])}</h1><h4 class="sub"></h4>'
            f'<div class="col-1-1 fl">{y}年{m}月{d}日{t} | 来源：<a href="#">人民网－重庆频道</a></div>'
            '<div class="col-1-1 fr"><span>分享到：</span><a class="wx"></a><a class="wb"></a><a class="qq"></a></div>'
            f'<div class="rm_txt_con cf">{text}'
            f'<div class="box_jszj"><h5>记者手记</h5><p>{IND}{esc(note)}</p></div>'
            f'<div class="edit cf">(责编：{"陈琳" if pid == "p06" else "周洁"}、杨柳)</div></div>'
            '<div class="share-demo">分享让更多人看到</div>'
            '<div class="rm_relevant"><h3>相关新闻</h3><ul>' + _related(others[2:], 4, lambda dd: dd) + '</ul></div>'
            '<div class="rm_ranking"><h3>热点推荐</h3><ul>' + "".join(f"<li>{esc(tt)}</li>" for tt, _ in others[6:10]) + '</ul></div></div>'
            '<div class="footer"><p>人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟</p>'
            '<p>人民网版权所有，未经书面授权禁止使用</p><p>Copyright © 1997-2023 by www.people.com.cn. all rights reserved</p></div>')
    url = f"http://cq.people.com.cn/n2/{y}/{m}{d}/c{_n(rng, 6)}-{_n(rng, 8)}.html"
    head = (f'<title>{esc(art["title"])}--重庆频道--人民网</title>'
            f'<meta name="description" content="{esc(art["body"][0])}"><meta name="publishdate" content="{y}-{m}-{d}">'
            '<meta name="source" content="来源：人民网－重庆频道">')
    return head, body, url


def cl_mp_zhucanri(art, rng, others):
    """区 残联 公众号 助残日 post: 点击蓝字 banner, a poster, 【…】 heads in coloured boxes, ▲ photo
    captions, bold 时间/地点/内容 labels, a 温馨提示 box, 来源/编辑/审核, QR and 分享点赞在看 lines."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith("【"):
            out.append('<section style="text-align:center;margin:20px 0 10px"><section style="display:inline-block;'
                       f'background:#e8590c;color:#fff;padding:4px 14px;border-radius:14px"><p><strong>{esc(p)}</strong></p></section></section>')
        elif p[:3] in ("时间：", "地点：", "内容："):
            out.append(f'<p style="margin-left:16px"><span style="font-size:15px"><strong>{esc(p[:3])}</strong>{esc(p[3:])}</span></p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i in (3, 5):
            cap = "▲义诊现场" if i == 3 else "▲招聘会上，求职者与用人单位交流"
            out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/zc.jpg"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#999">{cap}</span></p>')
    content = ('<p style="text-align:center"><span style="font-size:12px;color:#e8590c">点击蓝字 关注我们</span></p>'
               '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/poster.png"></p>'
               + "".join(out)
               + '<section style="border:1px solid #e8590c;padding:10px;margin:14px 0"><p><strong>温馨提示</strong></p>'
               '<p style="font-size:14px">有就业、康复需求的残疾人朋友，可就近到所在街镇残疾人之家登记，也可拨打区残联服务热线咨询。</p></section>'
               '<p><span style="font-size:12px;color:#999">来源：区残联宣文科</span></p>'
               '<p><span style="font-size:12px;color:#999">编辑：罗婷　审核：邓建国</span></p>'
               '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qrcode.jpg"></p>'
               '<p style="text-align:center"><span style="font-size:12px">扫码关注 沙坪坝残联</span></p>'
               '<p style="text-align:center"><span style="font-size:12px">分享、点赞、在看，让更多人看到</span></p>')
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n</h1>'
            '<div id="meta_content" class="rich_media_meta_list">'
            '<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">沙坪坝残联</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {t}</em>'
            '<em class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content" style="visibility: visible;">{content}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>赞 {_n(rng, 2)}</span><span>分享</span><span>在看 {_n(rng, 1)}</span></div>'
            '<div class="discuss_container"><a>写留言</a></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}";var nickname = "沙坪坝残联";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:40])}">')
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('abcdefghijkmnpqrstuvwxyzABCDEFGH0123456789') for _ in range(22))}"
    return head, body, url


def dag_kaifang_mulu(art, rng, others):
    """区 档案馆 portal 档案开放 公告 with a 目录 table (rows body): p09 (GBK) an old table layout,
    ``发布时间：`` beside a counter, bold 一、 heads, the signature and an earlier 落款 date, a 附件
    line; p10 a modern portal with a ``<th>`` table header, ``日期：YYYY/M/D`` and 更新时间, the
    落款, 相关链接, share and a footer."""
    y, m, d = _ymd(art)
    pid = art["id"]
    org = "重庆市涪陵区档案馆" if pid == "p09" else "重庆市永川区档案馆"
    sign_d = f"{y}年{int(m)}月{int(d) - 1 if pid == 'p09' else int(d) - 2}日"

    def para(p):
        if p.startswith(HEADS):
            return f"<p>{IND}<b>{esc(p)}</b></p>" if pid == "p09" else f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        return f"<p>{IND}{esc(p)}</p>" if pid == "p09" else f'<p style="text-indent:2em">{esc(p)}</p>'
    text = _paras(art["body"], para, cls="MsoTableGrid" if pid == "p09" else "mulu", th=pid == "p10")
    sign = (f'<p style="text-align:right">{org}</p><p style="text-align:right">{sign_d}</p>')
    if pid == "p09":
        body = ('<table width="980" align="center" border="0"><tr><td><img src="/images/dag_banner.jpg"></td></tr>'
                '<tr><td class="menu"><a>首页</a> <a>馆情介绍</a> <a>档案工作</a> <a>通知公告</a> <a>档案查询</a> <a>档案文化</a></td></tr></table>'
                '<table width="980" align="center"><tr><td class="dqwz">您当前的位置：首页 &gt; 通知公告</td></tr>'
                f'<tr><td align="center"><h3>{esc(art["title"])}</h3></td></tr>'
                f'<tr><td align="center" class="fbsj">发布时间：{y}-{m}-{d}&nbsp;&nbsp;文章来源：区档案馆&nbsp;&nbsp;'
                f'点击数：<script src="/count.asp?id={_n(rng, 4)}"></script></td></tr>'
                f'<tr><td class="content"><div class="con">{text}{sign}'
                '<p>附件：<a href="/upload/mulu.xls">2022年第一批开放档案目录.xls</a></p></div></td></tr>'
                '<tr><td align="center">【<a href="javascript:window.print()">打印此页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
                f'<tr><td>上一条：<a>{esc(others[2][0])}</a></td></tr><tr><td>下一条：<a>{esc(others[3][0])}</a></td></tr></table>'
                f'<table width="980" align="center"><tr><td align="center" class="bottom">{org} 版权所有<br>'
                f'地址：涪陵区太极大道{_n(rng, 2)}号　电话：023-{_n(rng, 8)}<br>渝ICP备{_n(rng, 8)}号</td></tr></table>')
        url = f"http://www.flda.gov.cn/tzgg/{y}-{m}-{d}/{_n(rng, 4)}.html"
        head = f'<title>{esc(art["title"])}-{org}</title>'
        return head, body, url
    body = ('<div class="header"><div class="logo">永川区档案馆</div><div class="search"><input value="请输入关键词"></div></div>'
            '<div class="nav"><ul><li>首页</li><li>馆藏资源</li><li>开放鉴定</li><li>查档服务</li><li>档案文化</li></ul></div>'
            '<div class="position">当前位置：<a>首页</a> &gt; <a>开放鉴定</a></div>'
            f'<div class="detail"><div class="detail_title">{esc(art["title"])}</div>'
            f'<div class="detail_info">日期：{y}/{int(m)}/{int(d)}&nbsp;&nbsp;|&nbsp;&nbsp;更新时间：{y}-{m}-{int(d) + 1:02d}&nbsp;&nbsp;|&nbsp;&nbsp;'
            '来源：利用开放科&nbsp;&nbsp;|&nbsp;&nbsp;字号：<a>大</a> <a>中</a> <a>小</a></div>'
            f'<div class="detail_con">{text}{sign}</div>'
            '<div class="links"><h4>相关链接</h4><ul><li><a>档案查阅利用须知</a></li><li><a>查档预约指南</a></li></ul></div>'
            '<div class="share">分享：<a>微信</a> <a>微博</a></div>'
            '<div class="prevnext"><p>上一篇：<a>' + esc(others[4][0]) + '</a></p><p>下一篇：<a>' + esc(others[5][0]) + '</a></p></div></div>'
            + _gov_footer(org, rng))
    url = f"https://www.ycda.gov.cn/kfjd/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    head = (f'<title>{esc(art["title"])}_开放鉴定_{org}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}">')
    return head, body, url


def xianbao_siban_duzhe(art, rng, others):
    """县报 e-paper 第04版 读者来信 page: issue line, 版次 selector, 上一版/下一版/PDF, 引题 above the
    title, the 读者来信 column label, the letter and its 【编辑回复】 (body), the letter-writer's
    signature (not body); p11 (GBK) all paragraphs ``<br>``-separated in one ``<div id="ozoom">``,
    p12 ``<p>`` paragraphs in ``<founder-content>`` and a 本版其他稿件 teaser."""
    y, m, d = _ymd(art)
    pid = art["id"]
    paper = "垫江日报" if pid == "p11" else "梁平报"
    reader = "垫江县某镇村民 陈某" if pid == "p11" else "双桂街道居民 李女士"
    cut = art["body"].index("【编辑回复】")
    letter, reply = art["body"][:cut], art["body"][cut:]
    issue = (f'<div class="issue">{paper}　{y}年{m}月{d}日　{_week(art)}</div>'
             '<div class="banci"><span>第04版：民生·读者来信</span> <a>上一版</a> <a>下一版</a> '
             f'<a href="/images/{y}-{m}/{d}/04/{_n(rng, 8)}.pdf">PDF下载</a> <a>往期回顾</a></div>'
             '<div class="bbdh"><h4>本版导航</h4><ul>'
             f'<li><a>{esc(art["title"])}</a></li>' + "".join(f"<li><a>{esc(tt)}</a></li>" for tt, _ in others[:3]) + '</ul></div>'
             '<div class="bmt"><img src="/images/bm04.jpg" usemap="#PagePicMap"></div>')
    lead = "民声直通车" if pid == "p11" else "读者来信·记者追踪"
    if pid == "p11":
        parts = [IND + esc(p) for p in letter] + [f"{IND}{IND}{IND}{IND}（{reader}）"] + [IND + esc(p) for p in reply]
        text = f'<div id="ozoom" style="font-size:14px"><founder-content>{"<br>".join(parts)}</founder-content></div>'
    else:
        def para(p):
            return f"<p><strong>{esc(p)}</strong></p>" if p == "【编辑回复】" else f"<p>{IND}{esc(p)}</p>"
        text = ('<div id="ozoom"><founder-content>' + "".join(para(p) for p in letter)
                + f'<p style="text-align:right">{reader}</p>' + "".join(para(p) for p in reply) + '</founder-content></div>')
    teaser = ""
    if pid == "p12":
        teaser = ('<div class="other"><h4>本版其他稿件</h4>'
                  f'<p><a>{esc(others[5][0])}</a></p><p>{IND}本报讯 近日，区消费者协会受理了一批关于预付式消费的投诉…… <a>详细&gt;&gt;</a></p></div>')
    body = ('<div class="toplogo"><img src="/images/paper_logo.gif"></div>' + issue
            + f'<div class="newsdetail"><div class="lanmu">读者来信</div><h3 class="yinti">{esc(lead)}</h3>'
            f'<h1>{esc(art["title"])}</h1><h2 class="futi"></h2>' + text
            + ('<div class="tools">【<a>打印</a>】【<a>关闭</a>】</div>' if pid == "p11" else "")
            + f'</div>{teaser}<div class="copyright">{paper}社版权所有 未经书面授权不得转载</div>')
    folder = "html" if pid == "p11" else "content"
    url = f"http://epaper.{'djrb' if pid == 'p11' else 'lpb'}.cn/{folder}/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    head = (f'<title>{esc(art["title"])}--{paper}</title><meta name="description" content="{esc(lead)}">')
    return head, body, url


TEMPLATES = {f.__name__: f for f in (fulian_jgjg_mingdan, jwportal_zhaosheng_wenda, rmt_khd_kuaixun_feed,
                                     rmw_dfpd_diaocha_shouji, cl_mp_zhucanri, dag_kaifang_mulu, xianbao_siban_duzhe)}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages57", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(f"{len(refs)} pages written to {HERE}")


if __name__ == "__main__":
    main()
