"""Build the hundred-and-twenty-second saved-page set (``pages122``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 市 水利局 portal 河长制 巡河 情况通报 with a table
and a 巡河 news page (``slj_hzz122``), a 区 图书馆 公众号 月度书单 post (``tsg_mp_sd122``), 县政府网
统计公报 pages (a GBK 统计公报 with tables and 注 lines, a 解读 page; ``xzf_tjgb122``), 新京报-like
地方 调查 pages with comments (``xjw_dc122``), a 区 民政局 portal 低保 公示 and 核查 news
(``mzj_db122``), a 社区 公众号 电动车充电桩 通知 (``sq_mp_cdz122``) and a 晚报 e-paper 文化版
(``wb_wh122``). ``articles.txt`` holds the title, date and reference body; the furniture (not body)
is written here. See README.md.

    python tests/data/web/pages122/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["覃小军", "王雪", "向丽娟", "李振华", "周敏", "杜鹏", "郑婷", "万俊", "易晓峰", "胡蓉"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？；")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="4" width="96%" align="center"') -> str:
    out = []
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f'<{tag} align="center">{esc(c)}</{tag}>' for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None, after_table=None) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table (then ``after_table(k)``,
    the k-th table's note, when given), ``special(p)`` first, numbered heads through ``head``, other
    lines through ``para``."""
    out, rows, k = [], [], 0
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(_table(rows))
            if after_table:
                out.append(after_table(k))
            k += 1
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
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789") for _ in range(22))


def _foot(rng, sponsor: str, code: str) -> str:
    return (f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a></p>'
            f'<p>主办单位：{sponsor}　网站标识码：{code}</p>'
            f'<p><a>鄂ICP备{_n(rng, 8)}号</a>　<img src="/images/ga.png">鄂公网安备 {_n(rng, 14)}号</p></div>')


def slj_hzz122(art, rng, others):
    """市 水利和湖泊局 portal: p01 (GBK) a 河长办 巡河 情况通报 under an 索引号 grid (文号, 发布日期),
    glued info spans with a ``document.write`` counter, the 主送 line, bold 一、 heads, a 巡河 table and
    its 注 line, 一是… lines, a 联系人 line (body); the 文号 line, 落款 a day earlier, 附件, 此件公开发布,
    a QR prompt (not body). p02 a 巡河 news page whose only visible date is a later 更新时间 (meta
    ``PubDate`` and the URL give the date), a caption in the text, 一要… lines, 责任编辑, 上一篇/下一篇 and
    相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://slj.yichang.gov.cn/{'hhzzd' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.shtml"
    who = rng.sample(WHO, 3)
    para = lambda t: f'<p style="text-indent:2em;line-height:1.8">{t}</p>'  # noqa: E731
    top = ('<div class="head"><div class="logo"><img src="/images/slj_logo.png" alt="宜昌市水利和湖泊局"></div>'
           '<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>'
           '<div class="nav"><ul><li>首页</li><li>机构概况</li><li>政务公开</li><li>河湖长制</li><li>水旱灾害防御</li><li>政务服务</li><li>互动交流</li></ul></div>')
    if p01:
        def special(p):
            if p.endswith("：") and "河长制" in p:
                return f'<p style="line-height:1.8">{esc(p)}</p>'
            return None
        note = lambda k: '<p style="font-size:13px;line-height:1.6">注：巡河率＝实巡次数÷应巡次数；发现问题、已整改数据来源于河长制信息平台，统计截至5月31日。</p>'  # noqa: E731
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:1.8"><b>{t}</b></p>',
                         special=special, after_table=note)
        grid = ('<table class="xxgk" width="100%"><tr><td>索引号：</td><td>011043726/2024-0' + str(_n(rng, 4)) + '</td><td>主题分类：</td><td>水利</td></tr>'
                f'<tr><td>发布机构：</td><td>宜昌市河长制办公室</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr>'
                '<tr><td>文号：</td><td>宜河办通〔2024〕9号</td><td>有效性：</td><td>有效</td></tr></table>')
        info = (f'<div class="info">发布时间：{y}-{m}-{d} {_hm(rng)}来源：市河长办浏览次数：<script>document.write("{_n(rng, 3)}")</script>'
                '<span class="zh">字号：<a>大</a> <a>中</a> <a>小</a></span></div>')
        tail = ('<p style="text-align:right;line-height:1.8">宜昌市河长制办公室</p>'
                f'<p style="text-align:right;line-height:1.8">{y}年{int(m)}月{int(d) - 1}日</p>'
                f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 9)}.xls">5月各县市区村级河长巡河明细表.xls</a></p>'
                '<p style="text-align:center">（此件公开发布）</p>')
        body = (top + '<div class="w1180"><div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>河湖长制</a> &gt; 正文</div>'
                f'{grid}<div class="article"><h1>{esc(art["title"])}</h1>{info}'
                '<p class="wh" style="text-align:center">宜河办通〔2024〕9号</p>'
                '<div class="TRS_Editor">' + "".join(blocks) + tail + '</div>'
                '<div class="ewm"><img src="/images/ewm.png"><p>扫描二维码随身看资讯</p></div>'
                '<div class="tools"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div></div></div>'
                + _foot(rng, "宜昌市水利和湖泊局", "4205000036"))
        head = f'<title>{esc(art["title"])}_宜昌市水利和湖泊局</title>'
        return head, body, url

    def special(p):
        if p.startswith(("一要", "二要", "三要")):
            return f'<p style="text-indent:2em;line-height:1.8"><strong>{esc(p[:2])}</strong>{esc(p[2:])}</p>'
        return None
    blocks = _blocks(art["body"], para, special=special)
    blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 10)}.jpg" width="620"></p>'
                     '<p style="text-align:center;font-family:楷体">巡河组在樟村坪镇查看废水处理设施运行情况。（市水利和湖泊局供图）</p>')
    upd = f"{y}-{m}-{int(d) + 3:02d} {_hms(rng)}"
    pn = rng.sample(others, 2)
    body = (top + '<div class="w1180"><div class="crumb">当前位置：<a>首页</a> &gt; <a>新闻中心</a> &gt; <a>工作动态</a></div>'
            f'<div class="article"><h1>{esc(art["title"])}</h1>'
            f'<div class="info"><span>来源：市水利和湖泊局</span>　<span>更新时间：{upd}</span>　<span>【<a>打印</a>】</span></div>'
            '<div class="TRS_Editor">' + "".join(blocks) + '</div>'
            f'<p class="zrbj" style="text-align:right">责任编辑：{who[0]}</p>'
            f'<div class="sxp"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>'
            '<div class="xgxw"><h3>相关新闻</h3><ul>'
            + _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>') + '</ul></div>'
            '<div class="share">分享到：<a class="wx"></a><a class="wb"></a></div></div></div>'
            + _foot(rng, "宜昌市水利和湖泊局", "4205000036"))
    head = (f'<title>{esc(art["title"])}_宜昌市水利和湖泊局</title>'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="工作动态">')
    return head, body, url


def tsg_mp_sd122(art, rng, others):
    """区 图书馆 公众号 月度书单 post: 原创 label, nickname, visible publish_time, a 点击蓝字关注 banner,
    coloured bar heads (``绘本推荐``), centred bold book titles, 索书号 lines, a name： quote and a
    closing line (body); cover images with ``▲`` captions, a 借阅小贴士 box, 往期书单, 编辑/审核,
    阅读原文, 阅读/在看, 留言 (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 3)
    out = []
    for i, p in enumerate(art["body"]):
        if p.endswith("推荐") and len(p) <= 6:
            out.append(f'<section style="background:#3d8b6e;padding:6px 12px;margin:24px 0 12px"><p><span style="color:#fff;font-size:17px"><strong>{esc(p)}</strong></span></p></section>')
        elif p.startswith("《") and p.endswith("》"):
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640" style="width:50%"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#999">▲图片来源：出版社</span></p>'
                       f'<p style="text-align:center"><strong><span style="font-size:16px;color:#3d8b6e">{esc(p)}</span></strong></p>')
        elif p.startswith("索书号："):
            out.append(f'<p style="text-align:center"><span style="font-size:13px;color:#888">{esc(p)}</span></p>')
        elif p.endswith("！") and len(p) < 16:
            out.append(f'<p style="text-align:center;margin-top:20px"><strong><span style="color:#3d8b6e">{esc(p)}</span></strong></p>')
        else:
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px">{esc(p)}</span></p>')
    tip = ('<section style="border:1px dashed #3d8b6e;padding:10px 14px;margin:20px 0"><p><strong>借阅小贴士</strong></p>'
           '<p><span style="font-size:14px">开放时间：周二至周日 9:00—17:30（周一闭馆）</span></p>'
           '<p><span style="font-size:14px">地址：伍家岗区城东大道少儿活动中心三楼</span></p>'
           '<p><span style="font-size:14px">每张读者证可同时借阅少儿图书5册，借期30天。</span></p></section>')
    tail = (tip + '<section><p><strong>往期书单</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}</span></p>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">长按识别二维码 关注伍家岗图书馆</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta icon_appmsg_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">少儿部</span>'
            '<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">伍家岗图书馆</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta_text">湖北</em></div>'
            '<div class="rich_media_content" id="js_content">'
            '<p style="text-align:center"><span style="font-size:12px;color:#3d8b6e">点击上方蓝字 关注我们</span></p>'
            + "".join(out) + tail + '</div>'
            '<div id="js_read_area" class="rich_media_tool"><a id="js_view_source">阅读原文</a>'
            f'<span>阅读 {rng.randint(600, 4000)}</span><a>在看 {rng.randint(5, 80)}</a></div>'
            '<div class="discuss_container"><p>写留言</p></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "伍家岗图书馆";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xzf_tjgb122(art, rng, others):
    """县政府网 (秭归) 统计公报 pages: p04 (GBK) an old table layout with a 政务公开 side column,
    ``发布日期：…信息来源：…`` glued in one cell, the issuer line and its date under the title, bold
    一、 heads, two tables each followed by a ``注：`` line and a ``图1``-style chart caption, an 附注
    block after the text (not body); p05 a 解读 page with no visible date (meta ``publishdate`` and the
    URL give it), bold 问： turns and 答： answers, an 一图读懂 image, a 相关文件 box, 分享/打印."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.zigui.gov.cn/zwgk/tjxx/{'tjgb' if p04 else 'zcjd'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 3)
    if p04:
        notes = ['<p style="font-size:12px">注：1.生猪出栏为全年累计数；2.本表绝对数按现价计算，增长速度按可比口径计算。</p>'
                 '<p align="center"><img src="chart1.png" width="500"></p><p align="center" style="font-size:12px">图1　2019—2023年柑橘产量及增长速度</p>',
                 '<p style="font-size:12px">注：数据来源于国家统计局秭归调查队住户收支抽样调查。</p>']
        para = lambda t: f'<p style="line-height:28px">&nbsp;&nbsp;&nbsp;&nbsp;{t}</p>'  # noqa: E731
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="line-height:28px"><b>&nbsp;&nbsp;&nbsp;&nbsp;{t}</b></p>',
                         after_table=lambda k: notes[k])
        side = ('<td width="200" valign="top" class="side"><div class="st">政务公开</div><ul>'
                '<li>政府文件</li><li>统计信息</li><li>财政资金</li><li>人事信息</li><li>政策解读</li></ul></td>')
        fz = ('<div class="fz"><p><b>附注：</b></p><p>1.本公报中部分数据为初步统计数，最终数据以《秭归统计年鉴》为准。</p>'
              '<p>2.地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。</p>'
              '<p>3.部分数据因四舍五入的原因，存在总计与分项合计不等的情况。</p></div>')
        body = ('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/zg_banner.jpg" width="1000"></td></tr>'
                '<tr><td class="menu">首页&nbsp;|&nbsp;走进秭归&nbsp;|&nbsp;政务公开&nbsp;|&nbsp;政务服务&nbsp;|&nbsp;互动交流</td></tr></table>'
                '<table width="1000" align="center"><tr>' + side + '<td valign="top">'
                '<div class="wz">您现在的位置：首页 &gt; 政务公开 &gt; 统计信息 &gt; 统计公报</div>'
                f'<table width="100%"><tr><td align="center"><font size="5"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}-{m}-{d}信息来源：县统计局点击数：<script>document.write({_n(rng, 4)})</script></td></tr>'
                '<tr><td align="center">秭归县统计局　国家统计局秭归调查队</td></tr>'
                f'<tr><td align="center">（{y}年{int(m)}月{int(d) - 3}日）</td></tr>'
                '<tr><td class="content">' + "".join(blocks) + fz + '</td></tr></table>'
                '<div class="tools">【<a>打印本页</a>】【<a>关闭窗口</a>】</div></td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">版权所有：秭归县人民政府办公室　鄂ICP备{_n(rng, 8)}号<br>'
                f'网站标识码：4205270001　鄂公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])}-秭归县人民政府</title><meta name="keywords" content="统计公报">'
        return head, body, url

    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith("问："):
            out.append(f'<p style="text-indent:2em;line-height:1.8"><strong>{esc(p)}</strong></p>')
        elif p.startswith("答："):
            out.append(f'<p style="text-indent:2em;line-height:1.8"><strong>答：</strong>{esc(p[2:])}</p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.8">{esc(p)}</p>')
        if i == 0:
            out.append(f'<p style="text-align:center"><img src="/uploads/{y}{m}/ytdd_{_n(rng, 6)}.jpg" width="640"></p>'
                       '<p style="text-align:center;font-size:13px">一图读懂2023年秭归经济社会发展</p>')
    body = ('<div class="top">秭归县人民政府　<a>无障碍</a> <a>长者模式</a></div><div class="banner"><img src="/images/zg_logo.png"></div>'
            '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进秭归</li></ul></div>'
            '<div class="container"><div class="crumb">首页 &gt; 政务公开 &gt; 政策解读</div>'
            f'<div class="detail"><h2>{esc(art["title"])}</h2><div class="fbxx"><span>文章来源：县统计局</span><span>字体：<a>大</a> <a>中</a> <a>小</a></span></div>'
            '<div class="view">' + "".join(out) + '</div>'
            '<div class="xgwj"><h4>相关文件</h4><p><a>秭归县2023年国民经济和社会发展统计公报</a></p></div>'
            f'<div class="editor">（编辑：{who[0]}　审核：{who[1]}）</div>'
            '<div class="share">分享：<a>微信</a> <a>微博</a>　<a href="javascript:window.print()">打印</a></div></div></div>'
            + _foot(rng, "秭归县人民政府办公室", "4205270001"))
    head = (f'<title>{esc(art["title"])}-秭归县人民政府</title><meta name="publishdate" content="{y}-{m}-{d}">'
            '<meta name="contentSource" content="县统计局">')
    return head, body, url


def xjw_dc122(art, rng, others):
    """新京报-like 调查 pages (新京网): a glued ``YYYY-MM-DD hh:mm 来源：新京网`` line, an author line
    (记者/编辑/校对), the ``新京网讯（记者 …）`` opening (body), ``<h3>`` bar heads, bold 记者： turns
    and name： answers; a caption, 热门评论 with user names and dates, 相关阅读, 热榜 sidebar, an ad
    and copyright (not body); p07 an 延伸阅读 box naming the first report."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://www.xinjingwang.com.cn/detail/{y}{m}{d}{_n(rng, 8)}.html"
    who = rng.sample(WHO, 4)
    heads = {"路面挖开三年", "补助款拨付过半", "年底前完工"}
    out = []
    for i, p in enumerate(art["body"]):
        if p in heads:
            out.append(f'<h3 class="subtitle"><span>{esc(p)}</span></h3>')
        elif p.startswith("记者："):
            out.append(f'<p><strong>记者：</strong>{esc(p[3:])}</p>')
        elif "：" in p[:16] and ("工作人员" in p[:14] or p.startswith("该工作人员")):
            k = p.index("：") + 1
            out.append(f'<p><strong>{esc(p[:k])}</strong>{esc(p[k:])}</p>')
        else:
            out.append(f'<p>{esc(p)}</p>')
        if i == 1:
            cap = "东河村停工的村道路基上长满了杂草。新京网记者 孙一鸣 摄" if p06 else "9月1日，东河村村道复工现场。新京网记者 孙一鸣 摄"
            out.append(f'<div class="img-box"><img src="https://img.xinjingwang.com.cn/{y}{m}/{_n(rng, 12)}.jpg"><p class="img-desc">{cap}</p></div>')
        if not p06 and i == 1:
            out.append('<div class="ext-read"><span>延伸阅读</span><a>调查｜村道修了三年还没通 一笔补助款去了哪里</a></div>')
    comments = "".join(
        f'<div class="cmt"><span class="cmt-name">{n}</span><p>{c}</p><span class="cmt-time">{y}-{m}-{int(d) + j:02d} {_hm(rng)}</span><span class="zan">{rng.randint(3, 400)}</span></div>'
        for j, (n, c) in enumerate(rng.sample([("京东小河", "支持记者一追到底，希望审计结果能公开。"), ("路过的老王", "我们村也有这样的半拉子工程。"),
                                               ("晴天", "村民的路比什么都重要。"), ("冀中平原", "钱到底去哪了，要给个说法。")], 3)))
    body = ('<div class="header"><div class="logo"><img src="/static/logo.png" alt="新京网"></div>'
            '<ul class="nav"><li>首页</li><li>时事</li><li>调查</li><li>评论</li><li>财经</li><li>视频</li></ul><a class="app">下载客户端</a></div>'
            '<div class="main"><div class="left"><div class="crumb">新京网 &gt; 调查</div>'
            f'<h1 class="title">{esc(art["title"])}</h1>'
            f'<div class="info"><span class="time">{y}-{m}-{d} {_hm(rng)}</span><span class="source">来源：新京网</span></div>'
            f'<div class="author">新京网记者 孙一鸣　编辑 {who[0]}　校对 {who[1]}</div>'
            '<div class="article-content">' + "".join(out) + '</div>'
            f'<div class="copyright-tip">本文为新京网原创内容，未经授权不得转载。</div>'
            '<div class="share">分享至：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="comment"><h4>热门评论（{rng.randint(20, 200)}）</h4>{comments}<a class="more">查看更多评论</a></div>'
            '<div class="related"><h4>相关阅读</h4><ul>'
            + _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>') + '</ul></div></div>'
            '<div class="right"><div class="hot"><h4>热榜</h4><ol><li>多地发布高温预警 注意防暑</li><li>秋季学期开学在即 这些新规要知道</li>'
            '<li>暴雨过后 这些路段暂时封闭</li></ol></div><div class="ad"><img src="/ad/300x250.jpg"></div></div></div>'
            f'<div class="footer">新京网 版权所有　京ICP备{_n(rng, 8)}号　京公网安备 {_n(rng, 14)}号　违法和不良信息举报电话：010-{_n(rng, 8)}</div>')
    head = f'<title>{esc(art["title"])} - 新京网</title><meta name="description" content="{esc(art["body"][0][:70])}">'
    return head, body, url


def mzj_db122(art, rng, others):
    """区 民政局 portal (西陵): p08 a 低保 新增对象 公示 under an 索引号 grid, glued info spans, bold 一、
    heads, a 名单 table, 公示时间 and 监督电话/来访地址 lines (body); the 落款 a day earlier, an 附件 line
    and a 社会救助政策 小贴士 box (not body). p09 (GBK) an old table layout with the text as
    ``<br><br>`` lines in one ``<font>``, a ``YYYY/M/D`` date with 更新时间 beside it, `1.` items, a
    caption, a 供稿 line and 近期动态 (not body)."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.xiling.gov.cn/mzj/{'tzgg' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.shtml"
    who = rng.sample(WHO, 3)
    if p08:
        para = lambda t: f'<p style="text-indent:2em;line-height:2">{t}</p>'  # noqa: E731
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:2"><strong>{t}</strong></p>')
        grid = ('<div class="xxgk-grid"><span>索引号：XL-MZJ-' + f'{y}-{_n(rng, 4)}</span><span>发布机构：西陵区民政局</span>'
                f'<span>成文日期：{y}-{m}-{int(d) - 1:02d}</span><span>公开方式：主动公开</span></div>')
        tail = ('<p style="text-align:right;line-height:2">西陵区民政局</p>'
                f'<p style="text-align:right;line-height:2">{y}年{int(m)}月{int(d) - 1}日</p>'
                f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 8)}.pdf">西陵区最低生活保障审核确认流程图.pdf</a></p>')
        tip = ('<div class="tips"><h4>小贴士</h4><p>城乡低保标准：城市每人每月690元，农村每人每月560元。</p>'
               '<p>申请低保可向户籍所在地街道便民服务中心提出，也可通过“鄂汇办”APP在线申请。</p></div>')
        body = ('<div class="top-bar">西陵区人民政府门户网站　<a>登录</a> <a>注册</a></div><div class="logo"><img src="/images/xl_logo.png"></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>部门信息</li><li>办事服务</li><li>政民互动</li></ul></div>'
                '<div class="wrap"><div class="pos">当前位置：首页 &gt; 部门信息 &gt; 区民政局 &gt; 通知公告</div>' + grid +
                f'<div class="art"><h1>{esc(art["title"])}</h1>'
                f'<div class="art-info">发布时间：{y}-{m}-{d}信息来源：区民政局阅读次数：<script>document.write({_n(rng, 3)})</script>次</div>'
                '<div class="art-con">' + "".join(blocks) + tail + '</div>' + tip +
                '<div class="art-tool"><a>【打印】</a><a>【关闭】</a></div></div></div>'
                + _foot(rng, "西陵区人民政府办公室", "4205020005"))
        head = f'<title>{esc(art["title"])}_西陵区人民政府</title>'
        return head, body, url

    lines = []
    for i, p in enumerate(art["body"]):
        lines.append("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p))
        if i == 4:
            lines.append('<center><img src="/uploads/' + f'{y}{m}/{_n(rng, 8)}.jpg" width="500"></center>'
                         '<center><font face="楷体">社区工作人员入户核查低保家庭情况</font></center>')
    text = '<font style="font-size:15px;line-height:28px">' + "<br><br>".join(lines) + '</font>'
    recent = "".join(f'<tr><td>·<a>{esc(t)}</a></td></tr>' for t, _ in rng.sample(others, 4))
    body = ('<table width="980" align="center" cellspacing="0" cellpadding="0"><tr><td><img src="/images/mzj_top.jpg" width="980"></td></tr>'
            '<tr><td class="menu">网站首页&nbsp;&nbsp;机构职能&nbsp;&nbsp;社会救助&nbsp;&nbsp;养老服务&nbsp;&nbsp;社会事务&nbsp;&nbsp;办事指南</td></tr></table>'
            '<table width="980" align="center"><tr><td width="240" valign="top"><table class="side"><tr><td class="st">近期动态</td></tr>' + recent + '</table></td>'
            '<td valign="top"><table width="100%"><tr><td class="pos">当前位置：网站首页 &gt;&gt; 工作动态</td></tr>'
            f'<tr><td align="center" class="bt"><b>{esc(art["title"])}</b></td></tr>'
            f'<tr><td align="center" class="info">{y}/{int(m)}/{int(d)}　　更新时间：{y}/{int(m)}/{int(d) + 1} {_hm(rng)}　　来源：区民政局　　字号：[大 中 小]</td></tr>'
            f'<tr><td class="con">{text}</td></tr>'
            f'<tr><td align="right">（供稿：社会救助科　{who[0]}）</td></tr>'
            '<tr><td align="center">【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr></table></td></tr></table>'
            f'<table width="980" align="center" class="foot"><tr><td align="center">宜昌市西陵区民政局 版权所有　地址：云集路18号<br>鄂ICP备{_n(rng, 8)}号</td></tr></table>')
    head = f'<title>{esc(art["title"])}--西陵区民政局</title>'
    return head, body, url


def sq_mp_cdz122(art, rng, others):
    """社区 公众号 充电桩 通知 (点军): nickname only, an empty publish_time (dated by the script's ``ct``
    only), a 主送 line, numbered bar heads, 1号/2号充电点 lines, `1.` items, a 服务电话 line, a centred
    slogan and 特此通知 (body); a ▲ caption, the 落款 (社区居委会 + 物业 + date), a 温馨提示 card, a QR
    prompt, 阅读/在看 (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s?__biz={_wx_id(rng)}&mid={_n(rng, 10)}&idx=1"
    out = []
    for i, p in enumerate(art["body"]):
        if _head(p):
            out.append(f'<section style="margin:20px 0 8px"><span style="background:#e86a2c;color:#fff;padding:3px 10px;border-radius:12px;font-size:15px">{esc(p)}</span></section>')
        elif p.endswith("！") and len(p) < 16:
            out.append(f'<p style="text-align:center;margin-top:18px"><span style="color:#e86a2c;font-size:17px"><strong>{esc(p)}</strong></span></p>')
        elif p.endswith("：") and len(p) < 12:
            out.append(f'<p><span style="font-size:15px"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 5:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">▲5栋与6栋之间新建成的充电车棚</span></p>')
    tail = ('<p style="text-align:right"><span style="font-size:15px">桥边社区居民委员会</span></p>'
            '<p style="text-align:right"><span style="font-size:15px">福润物业桥边项目服务中心</span></p>'
            f'<p style="text-align:right"><span style="font-size:15px">{y}年{int(m)}月{int(d)}日</span></p>'
            '<section style="background:#fff4ec;border-radius:8px;padding:10px 14px;margin:20px 0"><p><strong><span style="color:#e86a2c">温馨提示</span></strong></p>'
            '<p><span style="font-size:14px">电动自行车电池出现鼓包、发热、异味时应立即停止使用；请选购有3C认证的充电器和电池。</span></p></section>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">扫码关注“点军桥边社区” 获取更多社区资讯</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list">'
            '<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">点军桥边社区</a></span>'
            '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            '<div class="rich_media_content" id="js_content">' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(300, 3000)}</span><a>赞 {rng.randint(5, 90)}</a><a>在看 {rng.randint(2, 30)}</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "点军桥边社区"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def wb_wh122(art, rng, others):
    """晚报 e-paper 第07版：文化 (峡江晚报): masthead with ``YYYY年M月D日　星期X`` (the only visible date;
    the URL agrees), a 版次 list, 上一版/下一版/PDF, 版面图 with 本版标题, an 引题 or 副题, a byline,
    captions, 责任编辑/美编, copyright (not body). p11 (GBK): the text as ``<br>`` lines in one
    ``founder-content`` between ``<!--enpcontent-->`` markers and a 皮影戏小知识 box; p12: ``<P>``
    paragraphs in ``#ozoom``, a caption table inside the text, and a second short report in full."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.xjwb.com.cn/html/{y}-{m}/{d}/node_7.htm"
    who = rng.sample(WHO, 4)
    if p11:
        kicker = '<h3 class="yt">六旬艺人重拾竹签 老手艺走进新课堂</h3>'
        sub = ""
        by = f'<div class="by">本报记者 {who[0]} 通讯员 {who[1]}</div>'
        lines = ["　　" + esc(p) for p in art["body"]]
        lines.insert(4, f'<IMG src="../../../res/{y}-{m}/{d}/07/{_n(rng, 8)}.jpg"><br>何德厚（右）在教徒弟操作皮影。本报记者 {who[0]} 摄')
        text = ('<!--enpcontent--><founder-content>' + "<br>".join(lines) + '</founder-content><!--/enpcontent-->'
                '<div class="box"><b>皮影戏小知识</b><br>皮影戏又称“影子戏”，用灯光把兽皮或纸板做成的人物剪影投在幕布上，艺人在幕后操纵并配以唱腔。鄂西皮影多用牛皮雕刻。</div>')
        second = ""
    else:
        kicker = ""
        sub = '<h3 class="ft">——探访城区24小时城市书房</h3>'
        by = f'<div class="by">本报记者 {who[2]}</div>'
        ps = [f"<P>　　{esc(p)}</P>" for p in art["body"]]
        ps.insert(3, f'<table class="pic"><tr><td><img src="../../../res/{y}-{m}/{d}/07/{_n(rng, 8)}.jpg"></td></tr>'
                     f'<tr><td class="cap">深夜，读者在“江畔书房”内看书。本报记者 {who[2]} 摄</td></tr></table>')
        text = '<div id="ozoom"><founder-content>' + "".join(ps) + '</founder-content></div>'
        second = ('<div class="other"><h2>市博物馆推出冬季特展</h2><div class="by">本报讯（记者 ' + who[3] + '）</div>'
                  '<P>　　本周起，市博物馆推出“峡江船工号子”冬季特展，展出老照片、船具和录音资料一百余件，展期至明年2月底。</P>'
                  '<P>　　展览免费开放，市民可通过博物馆公众号预约参观。</P></div>')
    same = "".join(f"<li><a>{esc(t)}</a></li>" for t in ["老街里的皮影戏 又“活”了过来", "一座城市的“书房”夜夜亮灯", "市博物馆推出冬季特展", "峡江船工号子唱响音乐厅"])
    body = (f'<div class="masthead"><img src="../../../images/xjwb_logo.gif" alt="峡江晚报"><div class="date">{y}年{int(m)}月{int(d)}日　{_week(art)}</div>'
            '<div class="zb">宜昌日报传媒集团主办</div></div>'
            '<div class="bclist"><a>第01版：要闻</a> <a>第03版：城事</a> <a>第05版：民生</a> <a class="on">第07版：文化</a> <a>第08版：副刊</a></div>'
            f'<div class="bar"><a href="node_6.htm">上一版</a>　<a href="node_8.htm">下一版</a>　<a href="../../../pdf/{y}-{m}/{d}/07.pdf">PDF版</a>　<a>往期回顾</a></div>'
            '<table width="1000" align="center"><tr><td width="340" valign="top">'
            f'<div class="bmt"><img src="../../../res/{y}-{m}/{d}/07/b07_{y}{m}{d}.jpg" width="320"></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul>{same}</ul></div></td><td valign="top"><div class="article">'
            f'{kicker}<h1>{esc(art["title"])}</h1>{sub}{by}{text}'
            f'<div class="bj">责任编辑：{who[3] if p11 else who[0]}　美编：{who[1] if not p11 else who[2]}</div></div>{second}'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></td></tr></table>'
            f'<div class="copyright">峡江晚报社 版权所有　未经许可不得转载　鄂ICP备{_n(rng, 8)}号</div>')
    head = '<title>峡江晚报-第07版：文化</title><meta name="keywords" content="峡江晚报,数字报">'
    return head, body, url


TEMPLATES = {"slj_hzz122": slj_hzz122, "tsg_mp_sd122": tsg_mp_sd122, "xzf_tjgb122": xzf_tjgb122,
             "xjw_dc122": xjw_dc122, "mzj_db122": mzj_db122, "sq_mp_cdz122": sq_mp_cdz122,
             "wb_wh122": wb_wh122}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages122", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
