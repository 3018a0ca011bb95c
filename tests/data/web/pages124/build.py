"""Build the hundred-and-twenty-fourth saved-page set (``pages124``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 城乡建委 portal 燃气安全 专项整治 通告 and a 夜查
news page (``cjw_rqzz124``), a 区 老干局 公众号 银龄风采 post (``lgj_mp_yl124``), 县政府网 衔接资金 项目
公告 with a 项目 table and a 问答 解读 page (``xzf_xjzj124``), 新浪-like 地方 news with 相关阅读
(``xl_dfxw124``), 区 交巡警 portal 交通管制 通告 (``jxj_jtgz124``), a 学校 公众号 毕业典礼 post
(``xx_mp_byd124``) and a 县报 e-paper 第03版 专版 (``xb_03zb124``). ``articles.txt`` holds the title,
date and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages124/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["龚雪", "石磊", "徐静怡", "彭浩", "唐敏", "任小川", "郑慧", "骆俊", "袁媛", "蒲建平"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without a full stop)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。：！？")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"') -> str:
    out = []
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f'<{tag} align="center">{esc(c)}</{tag}>' for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table, ``special(p)`` first,
    numbered heads through ``head``, other lines through ``para``."""
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
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _foot(rng, host: str, code: str) -> str:
    return (f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a></p>'
            f'<p>主办：{host}　承办：{host}办公室</p>'
            f'<p>政府网站标识码{code}　渝公网安备{_n(rng, 14)}　渝ICP备{_n(rng, 8)}号-1</p></div>')


def cjw_rqzz124(art, rng, others):
    """区 城乡建委 portal: p01 (GBK) a 燃气安全 专项整治 通告 — a glued ``来源：…发布时间：…浏览次数：``
    line (no whitespace), a 文号 line, ``<b>一、…</b>`` heads, ``1.`` items, 举报/抢险电话 lines and
    特此通告 (body); the 落款 and its date, an 附件 line, a 燃气安全小贴士 box, 扫一扫 (not body).
    p02 a 夜查 news page — ``发布时间：YYYY-MM-DD hh:mm`` beside a later 更新时间, a photo + caption
    (``图为…``), a quote, 责任编辑, 上一篇/下一篇, 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.cqspb.gov.cn/bm/qcxjw/{'tzgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    top = ('<div class="top"><div class="w1200"><span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span>'
           '<a>无障碍</a><a>长者模式</a><a>English</a></div></div>'
           '<div class="head"><img src="/images/logo.png" alt="重庆市沙坪坝区人民政府"><div class="ss"><input value="请输入关键字"><button>搜索</button></div></div>'
           '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>走进沙坪坝</li></ul></div>')
    if p01:
        para = lambda t: f'<p style="text-indent:2em;line-height:32px"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>'  # noqa: E731
        blocks = _blocks(art["body"], para,
                         head=lambda t: f'<p style="text-indent:2em;line-height:32px"><b><span style="font-family:黑体;font-size:16pt">{t}</span></b></p>')
        info = (f'<div class="xl-info">来源：区城乡建委发布时间：{y}-{m}-{d} {_hm(rng)}浏览次数：'
                f'<script>document.write("{_n(rng, 4)}")</script>字体：[<a>大</a> <a>中</a> <a>小</a>]收藏打印</div>')
        before = datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=1)  # signed the day before
        tail = ('<p style="text-align:right;line-height:32px;padding-right:4em">重庆市沙坪坝区城乡建设委员会</p>'
                f'<p style="text-align:right;line-height:32px;padding-right:4em">{before.year}年{before.month}月{before.day}日</p>'
                f'<p style="line-height:32px">附件：<a href="/uploads/{y}{m}/{_n(rng, 12)}.pdf">燃气安全隐患自查清单.pdf</a></p>')
        box = ('<div class="xts" style="border:1px solid #f0a020;background:#fffaf0;padding:12px;margin-top:20px">'
               '<p><b>燃气安全小贴士</b></p><p>1.用气时人不离灶，用完及时关闭灶前阀门。</p>'
               '<p>2.连接软管使用年限一般不超过两年，发现老化、龟裂应及时更换。</p>'
               '<p>3.闻到燃气异味，切勿开关电器，立即到户外拨打抢险电话。</p></div>')
        main = (f'<div class="crumb">您当前的位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区城乡建委</a> &gt; <a>通知公告</a></div>'
                f'<div class="xl-main"><h1>{esc(art["title"])}</h1>{info}'
                f'<p class="wh" style="text-align:center">沙建委〔{y}〕{rng.randint(20, 60)}号</p>'
                '<div class="TRS_Editor">' + "".join(blocks) + tail + f'</div>{box}'
                '<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div>'
                '<div class="gb"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div></div>')
        head = (f'<title>{esc(art["title"])}-沙坪坝区人民政府</title><meta name="ColumnName" content="通知公告">'
                f'<meta name="ContentSource" content="区城乡建委">')
    else:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>')
        blocks.insert(3, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 10)}.jpg" width="640"></p>'
                         '<p style="text-align:center;font-family:楷体">图为检查人员在餐饮店后厨检测燃气管道接口。</p>')
        later = datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=2)
        main = (f'<div class="crumb">您当前的位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区城乡建委</a> &gt; <a>工作动态</a></div>'
                f'<div class="xl-main"><h1>{esc(art["title"])}</h1>'
                f'<div class="xl-info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>更新时间：{later.isoformat()} {_hm(rng)}</span>'
                '<span>来源：区城乡建委</span><span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
                '<div class="TRS_Editor">' + "".join(blocks) + '</div>'
                f'<p class="zrbj" style="text-align:right">（责任编辑：{who[0]}）</p>'
                '<div class="fx">分享到：<a class="wx"></a><a class="wb"></a><a class="qq"></a></div>'
                f'<div class="sxp"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[2][0])}</a></p></div>'
                '<div class="xgxw"><h3>相关新闻</h3><ul>'
                + _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>') + '</ul></div></div>')
        head = f'<title>{esc(art["title"])}-沙坪坝区人民政府</title><meta name="PubDate" content="{y}-{m}-{d}">'
    body = top + main + _foot(rng, "重庆市沙坪坝区人民政府", f"500106{_n(rng, 4)}")
    return head, body, url


def lgj_mp_yl124(art, rng, others):
    """区 老干局 公众号 银龄风采 post: nickname, publish_time ``YYYY-MM-DD hh:mm``, an 人物名片 card
    after the third paragraph, green bar heads (``从竹篮到竹灯笼``), bold ``记者：`` turns and
    ``邓守成：`` answers, ▲ captions, a centred slogan (body except the card and captions); 来源/
    文字/图片/编辑/审核 lines, 往期回顾, 阅读原文, 阅读/在看, a QR prompt (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    y, m, d = _ymd(art)
    who = rng.sample(WHO, 4)
    bars = {"从竹篮到竹灯笼", "从一个人到一群人"}
    card = ('<section style="background:#eef6ec;border-left:4px solid #4c9a52;padding:10px 14px;margin:16px 0">'
            '<p><strong><span style="color:#4c9a52">人物名片</span></strong></p>'
            '<p><span style="font-size:14px">邓守成，1947年生，中共党员，原区交通局干部，2007年退休。现为杨家坪街道“银龄手艺队”队长。</span></p></section>')
    out = ['<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/top/640"></section>']
    for i, p in enumerate(art["body"]):
        if p in bars:
            out.append(f'<section style="margin:24px 0 12px;text-align:center"><section style="display:inline-block;background:#4c9a52;padding:4px 18px;border-radius:14px">'
                       f'<p><span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></p></section></section>')
        elif p.startswith("记者："):
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px;color:#4c9a52"><strong>{esc(p)}</strong></span></p>')
        elif p.startswith("邓守成："):
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px"><strong>邓守成：</strong>{esc(p[4:])}</span></p>')
        elif p.endswith("！") and len(p) < 12:
            out.append(f'<p style="text-align:center;margin-top:20px"><span style="font-size:17px;color:#c0392b"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 2:
            out.append(card)
        if i in (1, 9):
            cap = "▲邓守成教孩子们编竹蜻蜓" if i == 1 else "▲“银龄手艺队”成员和孩子们展示竹编作品"
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#999">{cap}</span></p>')
    tail = ('<p><span style="font-size:12px;color:#aaa">来源：杨家坪街道</span></p>'
            f'<p><span style="font-size:12px;color:#aaa">文字：{who[0]}　图片：{who[1]}</span></p>'
            f'<p><span style="font-size:12px;color:#aaa">编辑：{who[2]}　审核：{who[3]}</span></p>'
            '<section><p><strong>往期回顾</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>'
            '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/qr/640"></p>'
            '<p style="text-align:center"><span style="font-size:12px">长按识别二维码　关注九龙坡老干部</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{who[0]}</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">九龙坡老干部</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            f'<em id="js_ip_wording_wrp">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(out) + tail + '</div>'
            f'<div id="js_read_area"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(600, 4000)}</span>'
            f'<a>赞 {rng.randint(20, 150)}</a><a>在看 {rng.randint(5, 50)}</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "九龙坡老干部";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xzf_xjzj124(art, rng, others):
    """县政府网 衔接资金: p04 (GBK) a 项目计划 公告 on an old table layout — an 信息公开 grid (索引号,
    发布机构, 成文日期 earlier than the publication, 发布日期), a ``发布日期：YYYY年M月D日 点击：`` line,
    ``<b>一、…</b>`` heads, a 项目 table with a ``注：`` line under it (not body), 监督电话/通信地址
    lines, 特此公告 (body); the 落款 and date, two 附件 lines (not body). p05 a 问答 解读 page whose
    only visible date is a later 更新时间 (meta ``PubDate`` and the URL give the date): bold ``问：`` and
    ``答：`` turns, ``1.`` items, 相关文件 box, 解读机构 line."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.cqwx.gov.cn/zwgk_{'tzgg' if p04 else 'zcjd'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    if p04:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em"><font face="仿宋_GB2312" size="4">{t}</font></p>',
                         head=lambda t: f'<p style="text-indent:2em"><font face="黑体" size="4"><b>{t}</b></font></p>')
        # the 注： line right after the table
        k = next(i for i, b in enumerate(blocks) if b.startswith("<table"))
        blocks.insert(k + 1, '<p><font size="2">注：完整项目清单详见附件1。</font></p>')
        before = datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=1)
        grid = ('<table class="xxgk" width="100%" border="1" cellspacing="0" bordercolor="#cccccc">'
                f'<tr><td width="12%">索引号：</td><td width="38%">11500238MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td><td width="12%">主题分类：</td><td>农业、林业、水利</td></tr>'
                '<tr><td>发布机构：</td><td>巫溪县乡村振兴局</td><td>成文日期：</td>'
                f'<td>{before.year}-{before.month:02d}-{before.day:02d}</td></tr>'
                f'<tr><td>标题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><td>发文字号：</td><td>巫溪乡振发〔{y}〕{rng.randint(10, 40)}号</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
        sig = ('<p align="right"><font face="仿宋_GB2312" size="4">巫溪县乡村振兴局　　巫溪县财政局</font></p>'
               f'<p align="right"><font face="仿宋_GB2312" size="4">{before.year}年{before.month}月{before.day}日</font></p>'
               '<p><font size="3">附件：1.<a>巫溪县2025年度财政衔接资金第一批项目计划表.xls</a></font></p>'
               '<p><font size="3">　　　2.<a>项目资金公告公示回执单.doc</a></font></p>')
        side = "".join(f'<tr><td class="zs">·<a>{esc(tt)}</a></td></tr>' for tt, _ in rng.sample(others, 5))
        body = ('<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/wx_banner.jpg" width="980" height="150"></td></tr>'
                '<tr><td class="dh" bgcolor="#0b5ea8"><a>首页</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>乡村振兴</a>&nbsp;|&nbsp;<a>办事服务</a>&nbsp;|&nbsp;<a>互动交流</a></td></tr></table>'
                '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="220" valign="top"><table width="100%"><tr><td class="lmbt">通知公告</td></tr>' + side + '</table></td>'
                '<td width="10"></td><td valign="top"><table width="100%"><tr><td class="wz">当前位置：<a>首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>通知公告</a></td></tr>'
                f'<tr><td>{grid}</td></tr>'
                f'<tr><td align="center" height="60"><font size="5" color="#b80000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="xx">发布日期：{y}年{int(m)}月{int(d)}日&nbsp;&nbsp;&nbsp;点击：<script>document.write("{_n(rng, 3)}")</script>&nbsp;&nbsp;&nbsp;【<a>打印</a>】</td></tr>'
                '<tr><td class="zw">' + "".join(blocks) + sig + '</td></tr>'
                '<tr><td align="right"><a href="javascript:window.close()">【关闭窗口】</a></td></tr></table></td></tr></table>'
                f'<table width="980" align="center" class="foot"><tr><td align="center">巫溪县人民政府办公室主办　政府网站标识码：500238{_n(rng, 4)}<br>'
                f'渝ICP备{_n(rng, 8)}号　渝公网安备{_n(rng, 14)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="衔接资金,项目计划,公告">'
    else:
        def special(p):
            if p.startswith("问："):
                return f'<p style="text-indent:2em"><strong><span style="color:#0b5ea8">{esc(p)}</span></strong></p>'
            if p.startswith("答："):
                return f'<p style="text-indent:2em"><strong>答：</strong>{esc(p[2:])}</p>'
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>', special=special)
        later = datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=5)
        body = ('<div class="header"><img src="/images/wx_logo.png"><ul class="nav"><li>首页</li><li>政务公开</li><li>政策解读</li><li>办事服务</li></ul></div>'
                '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策解读 &gt; 部门解读</div>'
                f'<div class="article"><h2>{esc(art["title"])}</h2>'
                f'<div class="info"><span>更新时间：{later.year}-{later.month:02d}-{later.day:02d} {_hm(rng)}</span><span>来源：县乡村振兴局</span>'
                '<span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
                '<div class="view TRS_UEDITOR">' + "".join(blocks) + '</div>'
                f'<p class="jdjg">解读机构：巫溪县乡村振兴局　　解读人：{who[0]}　　联系电话：023-5152{_n(rng, 4)}</p>'
                '<div class="xgwj"><h4>相关文件</h4><ul><li><a>巫溪县2025年度财政衔接推进乡村振兴补助资金项目计划的公告</a></li>'
                '<li><a>巫溪县财政衔接推进乡村振兴补助资金管理办法</a></li></ul></div>'
                '<div class="tool"><a>【打印本页】</a><a>【关闭窗口】</a><span>分享到：<a class="wx"></a><a class="wb"></a></span></div></div>'
                + _foot(rng, "巫溪县人民政府", f"500238{_n(rng, 4)}"))
        head = (f'<title>{esc(art["title"])}_巫溪县人民政府</title><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
                f'<meta name="ArticleTitle" content="{esc(art["title"])}">')
    return head, body, url


def xl_dfxw124(art, rng, others):
    """新浪-like 地方 news: top bar, channel nav, ``date-source`` with ``YYYY年MM月DD日 hh:mm`` and
    source (p06) or no visible date (p07: meta ``publishdate`` and the URL), the ``新浪重庆讯`` opening
    (body), a photo + caption, bold ``记者：`` / ``谢国华：`` turns (p07), an inline 相关阅读 strip mid-text
    (p06), 责任编辑 line, 评论 count, 相关阅读 list after the text, 新闻排行 sidebar, copyright."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://cq.sina.com.cn/news/m/{y}-{m}-{d}/detail-inaf{_n(rng, 8)}.shtml"
    who = rng.sample(WHO, 2)

    def special(p):
        if p.startswith(("记者：", "谢国华：")):
            k = p.index("：") + 1
            return f'<p cms-style="font-L"><strong>{esc(p[:k])}</strong>{esc(p[k:])}</p>'
        return None
    blocks = _blocks(art["body"], lambda t: f'<p cms-style="font-L">{t}</p>', special=special)
    cap = "东林社区“共享菜园”里，居民正在打理菜地。" if p06 else "屏锦镇农户在稻田里收鱼。"
    blocks.insert(1, f'<div class="img_wrapper"><img src="//n.sinaimg.cn/cq/transform/{_n(rng, 6)}/w640h427/{y}{m}{d}/{_n(rng, 4)}.jpg">'
                     f'<span class="img_descr">{cap}（图片来源：{"受访者供图" if p06 else "新浪重庆 " + who[1] + " 摄"}）</span></div>')
    if p06:
        blocks.insert(6, '<div class="inline-xgyd"><span>相关阅读：</span><a>璧山多个社区试点“口袋公园”认领</a>　<a>重庆推进完整社区建设</a></div>')
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span class="time">{dd[5:].replace("-", "月")}日</span></li>')
    date = (f'<div class="date-source"><span class="date">{y}年{m}月{d}日 {_hm(rng)}</span><a class="source">新浪重庆</a></div>'
            if p06 else '<div class="date-source"><a class="source">新浪重庆</a></div>')
    hot = "".join(f'<li><i>{i + 1}</i><a>{esc(tt)}</a></li>' for i, (tt, _) in enumerate(rng.sample(others, 5)))
    body = ('<div class="top-nav"><a>新浪首页</a><a>新闻</a><a>体育</a><a>财经</a><a>娱乐</a><a>科技</a><span>登录</span></div>'
            '<div class="channel-nav"><img src="//n.sinaimg.cn/cq/logo.png"><a>重庆首页</a><a>区县</a><a>民生</a><a>美食</a><a>旅游</a></div>'
            '<div class="main-content w1240"><div class="article-content-left">'
            f'<h1 class="main-title">{esc(art["title"])}</h1>{date}'
            '<div class="article" id="article">' + "".join(blocks) +
            f'<p class="article-editor">责任编辑：{who[0]}</p></div>'
            f'<div class="article-bottom"><span>新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。</span></div>'
            f'<div class="comment-bar">评论 <em>{rng.randint(3, 90)}</em> 条　<a>我要评论</a>　分享到：<a>微博</a><a>微信</a></div>'
            f'<div class="related"><h3>相关阅读</h3><ul>{rel}</ul></div></div>'
            f'<div class="article-content-right"><h3>新闻排行</h3><ol>{hot}</ol><div class="ad">广告</div></div></div>'
            '<div class="footer"><p>新浪简介 | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | 通行证注册</p>'
            '<p>Copyright © 1996-2025 SINA Corporation, All Rights Reserved</p><p>新浪公司 版权所有</p></div>')
    head = f'<title>{esc(art["title"])}|重庆_新浪新闻</title><meta property="og:title" content="{esc(art["title"])}">'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="description" content="{esc(art["body"][0][:60])}">'
    return head, body, url


def jxj_jtgz124(art, rng, others):
    """区 交巡警 portal 交通管制 通告: p08 (GBK) a 半程马拉松 通告 — glued ``发布时间：YYYY-MM-DD来源：``
    spans, ``<b>一、…</b>`` heads, ``1.`` 路段 items, 交通咨询电话 and 特此通告 (body); a 管制示意图 with
    its caption, the 落款 (分局) and date, an 附件 line, an 出行提示 box (not body). p09 a 元旦 管制 page
    whose only visible date is a later 更新时间 (meta ``PubDate``, URL), bar heads ``一、…``, ``1.`` items,
    a 示意图 caption, 相关提示 list with dates."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.ybjxj.gov.cn/{'tzgg' if p08 else 'jtts'}/{y}{m}{d}/{_n(rng, 9)}.html"
    who = rng.sample(WHO, 2)
    top = ('<div class="hd"><img src="/images/jxj_logo.png" alt="渝北区公安分局交巡警支队"><span class="tel">报警求助 110　交通事故 122</span></div>'
           '<div class="nav"><a>首页</a><a>警务公开</a><a>通知公告</a><a>出行提示</a><a>办事指南</a><a>警民互动</a></div>')
    if p08:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:28px"><font size="3">{t}</font></p>',
                         head=lambda t: f'<p style="text-indent:2em;line-height:28px"><b><font size="3">{t}</font></b></p>')
        k = next(i for i, b in enumerate(blocks) if "四、" in b)
        blocks.insert(k, f'<p align="center"><img src="/upload/{y}{m}/{_n(rng, 10)}.jpg" width="600"></p>'
                         '<p align="center"><font face="楷体" size="2">比赛线路及管制区域示意图</font></p>')
        sig = ('<p align="right"><font size="3">重庆市公安局渝北区分局</font></p>'
               f'<p align="right"><font size="3">{y}年{int(m)}月{int(d)}日</font></p>'
               '<p><font size="3">附件：<a>2025渝北半程马拉松赛线路图.jpg</a></font></p>')
        box = ('<div class="cxts" style="background:#eef4fb;border:1px solid #7aa7d8;padding:10px"><p><b>出行提示</b></p>'
               '<p>赛事当天轨道交通3号线、10号线将提前至6时开始运营，建议市民优先选择公共交通出行。</p></div>')
        main = ('<div class="wz">您的位置：首页 &gt; 通知公告</div>'
                f'<div class="content"><h1>{esc(art["title"])}</h1>'
                f'<div class="info">发布时间：{y}-{m}-{d}来源：渝北区交巡警支队阅读：<script>document.write("{_n(rng, 4)}")</script>次</div>'
                '<div class="text">' + "".join(blocks) + sig + f'</div>{box}'
                '<div class="tool">【<a>打印</a>】【<a>关闭</a>】</div></div>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="交通管制,半程马拉松,渝北">'
    else:
        def head_(t):
            return (f'<section style="border-bottom:2px solid #1d5fb4;margin:18px 0 8px"><span style="background:#1d5fb4;color:#fff;padding:3px 12px;font-weight:bold">{t}</span></section>')
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>', head=head_)
        blocks.insert(4, f'<p style="text-align:center"><img src="/upload/{y}{m}/{_n(rng, 10)}.png" width="600"></p>'
                         '<p style="text-align:center;color:#666;font-size:14px">▲管制区域示意图（红色为禁行路段）</p>')
        later = datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=10)
        rel = _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><span>[{dd}]</span></li>')
        main = ('<div class="wz">您的位置：首页 &gt; 出行提示</div>'
                f'<div class="content"><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span>来源：渝北区交巡警支队</span>　<span>更新时间：{later.isoformat()}</span>　<span>浏览：<em id="hits">{_n(rng, 4)}</em></span></div>'
                '<div class="text">' + "".join(blocks) + '</div>'
                f'<div class="bj">（编辑：{who[0]}　审核：{who[1]}）</div>'
                f'<div class="xgts"><h3>相关提示</h3><ul>{rel}</ul></div>'
                '<div class="ewm"><img src="/images/wx.png"><p>关注“渝北交巡警”微信公众号，获取实时路况</p></div></div>')
        head = (f'<title>{esc(art["title"])}-渝北区公安分局交巡警支队</title>'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    body = top + main + (f'<div class="foot"><p>重庆市公安局渝北区分局交巡警支队 版权所有</p>'
                         f'<p>地址：渝北区双龙大道{rng.randint(100, 300)}号　渝ICP备{_n(rng, 8)}号　渝公网安备{_n(rng, 14)}号</p></div>')
    return head, body, url


def xx_mp_byd124(art, rng, others):
    """学校 公众号 毕业典礼 post: nickname only and an empty publish_time (the script's ``ct`` dates it),
    a 卷首 banner, red bar heads (``少年意气，青春无悔``), a quote, ``1.`` items after a ``：`` lead-in,
    a centred slogan (body); ▲ captions, a 图集 strip, 撰稿/摄影/编辑/审核, a 校园开放日 预告 box,
    点赞/在看 (not body)."""
    url = f"https://mp.weixin.qq.com/s?__biz=MzI{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=1"
    t = _hm(rng)
    who = rng.sample(WHO, 4)
    bars = {"少年意气，青春无悔", "师恩难忘，一路同行", "校长寄语，扬帆起航"}
    out = ['<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/banner/640"></section>']
    for i, p in enumerate(art["body"]):
        if p in bars:
            out.append(f'<section style="text-align:center;margin:26px 0 10px"><section style="display:inline-block;border:1px solid #c0392b;padding:2px">'
                       f'<section style="background:#c0392b;padding:4px 16px"><p><span style="color:#fff"><strong>{esc(p)}</strong></span></p></section></section></section>')
        elif p.endswith("！") and len(p) < 12:
            out.append(f'<p style="text-align:center"><span style="font-size:18px;color:#c0392b"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i in (1, 7, 13):
            cap = {1: "▲毕业典礼现场", 7: "▲校领导为优秀毕业生颁发证书", 13: "▲毕业生与老师拥抱告别"}[i]
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{cap}</span></p>')
    out.append('<section style="display:flex">' + "".join(
        f'<img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/300" style="width:33%">' for _ in range(3)) + '</section>')
    tail = (f'<p><span style="font-size:12px;color:#999">撰稿：{who[0]}　摄影：{who[1]}</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[2]}　审核：{who[3]}</span></p>'
            '<section style="background:#fdf2e9;padding:10px 14px;margin-top:14px"><p><strong>预告</strong></p>'
            '<p><span style="font-size:14px">7月5日上午9:00，学校将举办初一新生校园开放日，欢迎家长和同学们走进三中。</span></p></section>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">点个“在看”，为毕业生送上祝福</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">彭水三中</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(2000, 9000)}</span><a>赞 {rng.randint(50, 400)}</a><a>在看 {rng.randint(10, 90)}</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "彭水三中"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xb_03zb124(art, rng, others):
    """县报 e-paper 第03版 专版 (綦江): masthead with ``YYYY年M月D日　星期X`` (the only visible date;
    the URL agrees), a 版次 list, 上一版/下一版/PDF, 版面图 with hot areas, 本版标题, the 专版 name. p11
    (GBK): an 引题 and a 副题 (not body), a ``本报讯（记者 …）`` opening run into the lead (body),
    ``<b>一、…</b>`` heads and a quote, all as ``<br>`` lines in one ``founder-content``, a 图片新闻
    second piece (not body); p12: a 副题, a ``□本报记者`` byline, ``<P>`` paragraphs in ``#ozoom``,
    a caption table inside the text and a 记者手记 box (not body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.qjrb.cn/html/{y}-{m}/{d}/node_3.htm"
    who = rng.sample(WHO, 3)
    zb = "乡村振兴专版" if p11 else "基层治理专版"
    if p11:
        lines = []
        for p in art["body"]:
            lines.append(f"<b>{esc(p)}</b>" if _head(p) else f"　　{esc(p)}")
        text = ('<h3 class="yt">改一户成一户 用一户好一户</h3>' f'<h1>{esc(art["title"])}</h1>'
                '<h2 class="ft">今年已完工2860户，占年度任务的68%</h2>'
                '<!--enpcontent--><founder-content>' + "<br>".join(lines) + '<br></founder-content><!--/enpcontent-->')
        after = ('<div class="tpxw"><h4>图片新闻</h4>'
                 f'<img src="../../../res/{y}-{m}/{d}/03/{_n(rng, 6)}.jpg" width="300">'
                 '<p>7月9日，綦江区赶水镇农技人员在田间指导农户防治水稻病虫害。　本报记者　'
                 f'{who[1]}　摄</p></div>')
    else:
        paras = [f"<P>　　{esc(p)}</P>" for p in art["body"]]
        paras.insert(4, '<table class="pic" align="center"><tr><td><img src="../../../res/pic_jf.jpg" width="480"></td></tr>'
                        '<tr><td align="center"><font face="楷体">村民在“积分超市”兑换生活用品。本报记者　' + who[1] + '　摄</font></td></tr></table>')
        text = (f'<h1>{esc(art["title"])}</h1><h2 class="ft">——东溪镇永乐村推行“积分制”管理见闻</h2>'
                f'<div class="author">□本报记者　{who[0]}</div>'
                '<div id="ozoom"><founder-content>' + "".join(paras) + '</founder-content></div>')
        after = ('<div class="jzsj" style="border:1px solid #999;padding:8px"><p><b>记者手记</b></p>'
                 '<p>积分不在多少，贵在让村民的每一份付出都被看见。把评判权交给群众，乡村治理才能从“干部干、群众看”变成“大家一起干”。</p></div>')
    body = (f'<div class="masthead"><img src="../../../images/qjb_logo.gif" alt="綦江日报"><div class="mr">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>国内统一连续出版物号：CN50-00{_n(rng, 2)}</p></div></div>'
            f'<div class="bc"><span>第03版：{zb}</span>　<a href="node_2.htm">上一版</a>　<a href="node_4.htm">下一版</a>'
            f'　<a href="../../../page/{y}-{m}/{d}/03/{_n(rng, 8)}.pdf">PDF版</a>　<a>往期回顾</a></div>'
            '<table width="1000" align="center"><tr><td width="360" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/03/{y}{m}{d}03_b.jpg" width="340" usemap="#PagePicMap"><map name="PagePicMap"><area shape="rect" coords="10,20,330,300"></map></div>'
            '<div class="bclist"><ul><li><a>第01版：要闻</a></li><li><a>第02版：综合</a></li>'
            f'<li><a>第03版：{zb}</a></li><li><a>第04版：文化</a></li></ul></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li><li><a>图片新闻</a></li></ul></div></td>'
            f'<td valign="top"><div class="article">{text}{after}'
            f'<div class="bj">责任编辑：{who[2]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">綦江日报社 版权所有　未经授权不得转载　渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>綦江日报-第03版：{zb}</title><meta name="keywords" content="綦江日报,数字报">'
    return head, body, url


TEMPLATES = {"cjw_rqzz124": cjw_rqzz124, "lgj_mp_yl124": lgj_mp_yl124, "xzf_xjzj124": xzf_xjzj124,
             "xl_dfxw124": xl_dfxw124, "jxj_jtgz124": jxj_jtgz124, "xx_mp_byd124": xx_mp_byd124,
             "xb_03zb124": xb_03zb124}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages124", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
