"""Build the hundred-and-twenty-sixth saved-page set (``pages126``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: 区 司法局 portal pages, a GBK 法律援助 服务指南 and a
法律援助 案例 news page (``sfj_flzn126``), a 团区委 公众号 青年夜校 post (``twq_mp_yxyx126``), 县政府网
食品安全 抽检 pages, a GBK 抽检 公告 with a table and a 培训 news page (``xzf_spcj126``), 凤凰网-like
区域 news pages (``fhw_qy126``), 区 住建委 物业 星级 评定 pages, a 公示 with a table and a GBK 总结会
news page (``zjw_wyxj126``), a 社区 公众号 家门口就业 post (``sq_mp_jy126``) and a 党报 e-paper 第06版
科教 page (``dbb_06kj126``). ``articles.txt`` holds the title, date and reference body; the furniture
(not body) is written here. See README.md.

    python tests/data/web/pages126/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["龙佳怡", "谢伟", "彭丽", "袁斌", "易晓蕾", "肖军", "贺敏", "曾凡", "段雪", "汤波"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"', note="") -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; the first row a
    header)."""
    out = []
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f'<{tag} align="center">{esc(c)}</{tag}>' for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>" + note


def _blocks(body, para, head=None, special=None, table=_table) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table, ``special(p)`` first,
    numbered heads through ``head``, other lines through ``para``."""
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


def _later(art, days: int) -> datetime.date:
    return datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=days)


def sfj_flzn126(art, rng, others):
    """区 司法局 portal: p01 (GBK) a 法律援助 服务指南 — an 长者助手/无障碍 top bar, info glued with no
    whitespace (``发布时间：…来源：…浏览次数：`` + ``document.write``), ``<strong>一、…</strong>`` heads,
    ``1.…；`` items, 办理地点/办公时间/咨询电话 lines (body), a 温馨提示 box, an 附件 line and a 相关链接
    box (not body); p02 an 案例 news page whose only visible date is a later 更新时间 (meta ``PubDate``
    and the URL give the date), centred bold bar heads, ``问：`` and ``刘律师：`` turns, a photo + 图为
    caption, a 律师提醒 card after the text, 责任编辑, 上一篇/下一篇."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.yuhua.gov.cn/zwgk/bmxxgk/sfj/{'ggflfw' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    para = lambda t: f'<p style="text-indent:2em;line-height:2">{t}</p>'  # noqa: E731
    if p01:
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:2"><strong>{t}</strong></p>')
        info = (f'<div class="xxxq_info">发布时间：{y}-{m}-{d} {_hms(rng)}来源：雨花区司法局浏览次数：'
                f'<script>document.write("{_n(rng, 4)}")</script>【字体：<a>大</a> <a>中</a> <a>小</a>】</div>')
        tail = ('<div class="wxts" style="border:1px solid #e3c27a;background:#fffaf0;padding:8px 14px;margin:14px 0">'
                '<p><b>温馨提示</b></p><p>申请人可登录“湖南法律服务网”或拨打12348热线在线预约，到窗口办理时请携带身份证原件。</p></div>'
                f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.doc">法律援助申请表.doc</a></p>'
                '<div class="xglj"><h4>相关链接</h4><ul><li><a>中国法律服务网</a></li><li><a>湖南法律服务网</a></li><li><a>长沙市司法局</a></li></ul></div>')
        crumb = "公共法律服务"
    else:
        def special(p):
            if "，" in p and "。" not in p and len(p) < 14:
                return f'<p style="text-align:center;line-height:2"><strong><span style="color:#b5121b">{esc(p)}</span></strong></p>'
            if p.startswith("问："):
                return f'<p style="text-indent:2em;line-height:2"><strong>{esc(p)}</strong></p>'
            if p.startswith("刘律师："):
                return f'<p style="text-indent:2em;line-height:2"><strong>刘律师：</strong>{esc(p[4:])}</p>'
            return None
        blocks = _blocks(art["body"], para, special=special)
        blocks.insert(4, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 10)}.jpg" width="560"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体">图为法律援助律师向农民工了解讨薪经过。</span></p>')
        up = _later(art, 3)
        info = (f'<div class="xxxq_info"><span>来源：区司法局法律援助中心</span>　<span>更新时间：{up.isoformat()} {_hm(rng)}</span>'
                '　<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        pn = rng.sample(others, 2)
        tail = ('<div class="lstx" style="border:1px dashed #b5121b;padding:8px 14px;margin:14px 0"><p><b>律师提醒</b></p>'
                '<p>外出务工时，应尽量签订书面劳动合同，保存好考勤记录、工资条和转账凭证；遇到欠薪，可拨打12348或到当地法律援助中心求助。</p></div>'
                f'<p class="zrbj" style="text-align:right">（责任编辑：{who[0]}）</p>'
                f'<div class="sxp"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>')
        crumb = "工作动态"
    body = ('<div class="topbar"><span>长沙市雨花区人民政府</span><span class="r"><a>长者助手</a> | <a>无障碍阅读</a> | <a>繁体版</a> | <a>网站支持IPv6</a></span></div>'
            '<div class="header"><img src="/images/yh_logo.png" alt="雨花区人民政府门户网站"></div>'
            '<div class="nav"><ul><li>首页</li><li>走进雨花</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>专题专栏</li></ul></div>'
            f'<div class="crumb">首页 &gt; 政务公开 &gt; 部门信息公开 &gt; 区司法局 &gt; {crumb}</div>'
            f'<div class="xxxq"><h1>{esc(art["title"])}</h1>{info}<div class="xxxq_content" id="zoom">' + "".join(blocks) + '</div>'
            + tail + '<div class="xxxq_tool"><span>分享到：<a class="wx"></a><a class="wb"></a></span><a>【打印】</a><a>【关闭】</a></div></div>'
            f'<div class="footer"><p>主办：长沙市雨花区人民政府办公室　承办：雨花区政务服务中心</p>'
            f'<p>网站标识码：4301110001　<a>湘ICP备{_n(rng, 8)}号</a>　湘公网安备 {_n(rng, 14)}号</p></div>')
    head = f'<title>{esc(art["title"])} - 长沙市雨花区人民政府</title><meta name="SiteName" content="长沙市雨花区人民政府">'
    if not p01:
        head += f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ArticleTitle" content="{esc(art["title"])}">'
    return head, body, url


def twq_mp_yxyx126(art, rng, others):
    """团区委 公众号 青年夜校 post: 原创 label, ``publish_time``, a banner GIF, pill-shaped bar heads
    (``课程一览``, ``报名须知``), a 课程 table, ``1.…；`` items and ``问：``/``答：`` turns (body); ``▲``
    captions, a ``扫码报名`` QR, a ``↓`` teaser, 来源/编辑/审核 credits, 往期推荐, 阅读原文 (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 3)
    caps = iter(["▲春季班川剧变脸课堂", "▲春季班学员在城市夜跑中合影"])

    def special(p):
        if p in ("课程一览", "报名须知"):
            return (f'<section style="text-align:center;margin:26px 0 12px"><section style="display:inline-block;background:#e8380d;'
                    f'border-radius:20px;padding:3px 20px"><p><span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></p></section></section>')
        if p.startswith(("问：", "答：")):
            return f'<p style="line-height:1.8em"><span style="font-size:15px"><strong>{esc(p[:2])}</strong>{esc(p[2:])}</span></p>'
        if p.endswith("！") and "夜校的灯" in p:
            return f'<p style="text-align:center;margin-top:22px"><span style="color:#e8380d;font-size:17px"><strong>{esc(p)}</strong></span></p>'
        return None

    def table(rows):
        return ('<section style="overflow-x:auto"><table style="width:100%;border-collapse:collapse;font-size:13px"><tbody>'
                + "".join("<tr>" + "".join(f'<td style="border:1px solid #f2a48f;padding:4px;text-align:center">'
                                            f'{"<strong>" if i == 0 else ""}{esc(c)}{"</strong>" if i == 0 else ""}</td>' for c in r.split(" ")) + "</tr>"
                          for i, r in enumerate(rows)) + '</tbody></table></section>')

    out = []
    for b in _blocks(art["body"], lambda x: f'<p style="line-height:1.8em;margin-bottom:10px"><span style="font-size:15px;color:#333">{x}</span></p>',
                     special=special, table=table):
        out.append(b)
        if any(k in b for k in ("一抢而空", "扩容升级")):
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#999">{next(caps)}</span></p>')
    banner = '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/pdgqt_top/640?wx_fmt=gif"></section>'
    tail = ('<p style="text-align:center"><span style="font-size:14px;color:#e8380d">↓↓↓扫描下方二维码或点击阅读原文报名↓↓↓</span></p>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">扫码报名</span></p>'
            f'<p><span style="font-size:12px;color:#999">来源：郫都共青团　编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><a><span style="font-size:14px;color:#576b95">{tt}</span></a></p>') + '</section>')
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">小郫</span>'
            '<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">郫都共青团</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta">四川</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{banner}' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(2000, 9000)}</span>'
            f'<a>点赞 {rng.randint(30, 300)}</a><a>在看 {rng.randint(10, 80)}</a></div>'
            '<div class="discuss_container"><a>写留言</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "郫都共青团"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xzf_spcj126(art, rng, others):
    """县政府网 食品安全 抽检: p04 (GBK) a 抽检 公告 on an 信息公开 page — an 索引号/发布机构/生成日期
    table, a ``发布时间`` line with a later 更新时间, a 文号 line, ``一、…`` heads, an 不合格 table with a
    ``注：`` note under it, 特此公告 (body), the 落款 a day earlier, two 附件 lines; p05 a 培训 news page
    (``时间：YYYY/MM/DD`` spans, 来源/作者/字号), a photo + 图为 caption, 责任编辑, 上一篇/下一篇, 相关信息."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.pujiang.gov.cn/pjxzf/c{_n(rng, 6)}/{y}-{m}/{d}/content_{_n(rng, 32 // 4)}.shtml"
    who = rng.sample(WHO, 3)
    para = lambda t: f'<p style="text-indent:2em;line-height:1.9;font-family:仿宋_GB2312">{t}</p>'  # noqa: E731
    foot = ('<div class="foot"><p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a></p><p>主办：蒲江县人民政府办公室　'
            f'网站标识码：5101310001　<a>蜀ICP备{_n(rng, 8)}号</a>　川公网安备 {_n(rng, 14)}号</p></div>')
    top = ('<div class="top"><img src="/images/pj_banner.jpg" alt="蒲江县人民政府"><div class="tools">长者模式 | 无障碍</div></div>'
           '<div class="menu"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进蒲江</a></div>')
    if p04:
        def table(rows):
            return _table(rows, note='<p style="font-size:12px">注：检验结果仅对所抽检样品负责，不合格项目判定依据为GB 2763、GB 2760等食品安全国家标准。</p>')
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:1.9;font-family:黑体">{t}</p>', table=table)
        up = _later(art, 4)
        body = (top + '<div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 法定主动公开内容 &gt; 食品安全</div>'
                '<table class="xxgk" width="100%" border="1" cellspacing="0"><tr><td>索引号：</td>'
                f'<td>00925301-{_n(rng, 1)}/{y}-{_n(rng, 5)}</td><td>信息分类：</td><td>食品安全</td></tr>'
                f'<tr><td>发布机构：</td><td>蒲江县市场监督管理局</td><td>生成日期：</td><td>{y}-{m}-{int(d) - 1:02d}</td></tr></table>'
                f'<h1 class="tit">{esc(art["title"])}</h1>'
                f'<div class="sj">发布时间：{y}-{m}-{d} {_hm(rng)}　　更新时间：{up.isoformat()}　　浏览次数：<span id="hits">{_n(rng, 3)}</span></div>'
                f'<p style="text-align:center;font-family:仿宋_GB2312">蒲市监公告〔{y}〕{rng.randint(10, 30)}号</p>'
                '<div class="zw" id="fontzoom">' + "".join(blocks)
                + '<p style="text-align:right">蒲江县市场监督管理局</p>'
                f'<p style="text-align:right">{y}年{int(m)}月{int(d) - 1}日</p>'
                f'<p>附件：1.<a href="/uploads/{_n(rng, 9)}.xlsx">食品安全监督抽检合格产品信息.xlsx</a></p>'
                f'<p>　　　2.<a href="/uploads/{_n(rng, 9)}.xlsx">食品安全监督抽检不合格产品信息.xlsx</a></p></div>'
                '<div class="dy">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>' + foot)
        head = f'<title>{esc(art["title"])}_蒲江县人民政府</title><meta name="keywords" content="食品安全,抽检,公告">'
    else:
        blocks = _blocks(art["body"], para)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="600"></p>'
                         '<p style="text-align:center;font-family:楷体">图为学员在超市开展食用农产品快速检测实操。</p>')
        pn = rng.sample(others, 2)
        body = (top + '<div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 部门动态</div>'
                f'<div class="article"><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span>时间：{y}/{m}/{d}</span><span>来源：县市场监管局</span><span>作者：{who[0]}</span>'
                '<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
                '<div class="zw">' + "".join(blocks) + f'</div><p class="bj" style="text-align:right">责任编辑：{who[1]}</p>'
                f'<div class="sxp">上一篇：<a>{esc(pn[0][0])}</a><br>下一篇：<a>{esc(pn[1][0])}</a></div>'
                '<div class="xgxx"><h3>相关信息</h3><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
                + '</ul></div></div>' + foot)
        head = f'<title>{esc(art["title"])}_蒲江县人民政府</title>'
    return head, body, url


def fhw_qy126(art, rng, others):
    """凤凰网-like 区域 news: ``村民 name：`` turns and a bold ``记者：`` question (body); p06 a
    ``YYYY年MM月DD日 hh:mm:ss`` + 来源 line, a photo + caption, 编辑 line, 评论 count, 24小时热文, share
    bar, footer; p07 no visible date (meta ``publishdate``; the ``/c/`` URL has no date), a QR prompt."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://hn.ifeng.com/c/8{_wx_id(rng)[:10]}"
    who = rng.sample(WHO, 2)

    def special(p):
        if p.startswith("记者："):
            return f'<p><strong>{esc(p)}</strong></p>'
        for lab in ("村民 ", "大围山镇党委委员 ", "合作社理事长 "):
            if p.startswith(lab):
                k = p.index("：") + 1
                return f'<p><strong>{esc(p[:k])}</strong>{esc(p[k:])}</p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p>{x}</p>', special=special)
    cap = "屋场夜话现场。凤凰网湖南 图" if p06 else "草冲村村集体养殖场。受访者供图"
    blocks.insert(1, f'<p class="detailPic"><img src="https://x0.ifengimg.com/ucms/{y}_{m}/{_wx_id(rng)[:16]}_w1080.jpg"></p>'
                     f'<p class="picIntro"><span>{cap}</span></p>')
    info = (f'<div class="info-3"><span class="time">{y}年{m}月{d}日 {_hms(rng)}</span><span class="source">来源：凤凰网湖南综合</span></div>'
            if p06 else '<div class="info-3"><span class="source">凤凰网湖南</span></div>')
    hot = "".join(f'<li><span class="num">{i}</span><a>{esc(tt)}</a></li>' for i, (tt, _) in enumerate(rng.sample(others, 4), 1))
    qr = ('<div class="qr"><img src="//x0.ifengimg.com/fe/hn_qr.png"><p>扫码关注凤凰网湖南微信公众号</p></div>' if not p06 else "")
    body = ('<div class="header"><a class="logo"><img src="//x0.ifengimg.com/fe/logo.png" alt="凤凰网"></a><a>凤凰网湖南</a>'
            '<ul class="nav"><li>首页</li><li>资讯</li><li>区县</li><li>文旅</li><li>财经</li></ul></div>'
            f'<div class="main"><div class="artical"><h1 class="topic">{esc(art["title"])}</h1>{info}'
            '<div class="main_content" id="main_content"><div class="text-3">' + "".join(blocks) + '</div></div>'
            f'<p class="editor">编辑 {who[0]}</p>{qr}'
            f'<div class="comment">已有 {rng.randint(3, 60)} 人参与 <a>我要评论</a></div>'
            '<div class="share">分享：<a>微信</a><a>微博</a><a>QQ空间</a></div></div>'
            f'<div class="side"><h3>24小时热文</h3><ol>{hot}</ol></div></div>'
            '<div class="footer"><p>凤凰新媒体 版权所有 Copyright © 2024 Phoenix New Media Limited All Rights Reserved.</p></div>')
    head = f'<title>{esc(art["title"])}_凤凰网湖南_凤凰网</title>'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d} {_hms(rng)}"><meta name="description" content="{esc(art["body"][0][:50])}">'
    return head, body, url


def zjw_wyxj126(art, rng, others):
    """区 住建委 物业 星级 评定: p08 a 公示 — 信息来源/发布时间 in one line with ``|``, ``一、…`` heads, a
    名单 table, a 公示时间 paragraph, 联系电话/通讯地址 lines (body), the 落款 and date, a 附件 line, an
    ``扫一扫在手机打开当前页`` QR (not body); p09 (GBK) a 总结会 news page on an old table layout, its text
    as ``<br><br>`` lines in one ``<td>`` with ``1.…；`` items (body), a caption above the text, 编辑/审核."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.bjft.gov.cn/ftq/zjw/{'tzgg' if p08 else 'gzdt'}/{y}{m}/{_n(rng, 8)}.shtml"
    who = rng.sample(WHO, 2)
    foot = (f'<div class="foot">主办：北京市丰台区人民政府办公室　<a>京ICP备{_n(rng, 8)}号</a>　'
            f'京公网安备 {_n(rng, 14)}号　网站标识码：1101060001</div>')
    if p08:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:1.8">{x}</p>',
                         head=lambda x: f'<p style="text-indent:2em;line-height:1.8"><b>{x}</b></p>')
        body = ('<div class="head"><img src="/images/ft_logo.png" alt="北京市丰台区人民政府"></div>'
                '<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>走进丰台</a></div>'
                '<div class="position">当前位置：首页 &gt; 政务公开 &gt; 区住房城乡建设委 &gt; 通知公告</div>'
                f'<div class="detail"><h2>{esc(art["title"])}</h2>'
                f'<div class="detail_info">信息来源：丰台区住房和城乡建设委员会 | 发布时间：{y}年{m}月{d}日 | 【字号：<a>大</a> <a>中</a> <a>小</a>】</div>'
                '<div class="detail_con">' + "".join(blocks)
                + '<p style="text-align:right">北京市丰台区住房和城乡建设委员会</p>'
                f'<p style="text-align:right">{y}年{int(m)}月{int(d)}日</p>'
                f'<p>附件：<a href="/uploads/{_n(rng, 10)}.pdf">2024年度住宅小区物业服务星级评定测评细则.pdf</a></p></div>'
                '<div class="ewm"><img src="/qrcode.png"><p>扫一扫在手机打开当前页</p></div>'
                '<div class="tools"><a>【打印】</a><a>【关闭】</a></div></div>' + foot)
        head = f'<title>{esc(art["title"])}-北京市丰台区人民政府</title>'
    else:
        lines = []
        for p in art["body"]:
            lines.append(f"　　{esc(p)}")
        side = "".join(f'<li><a>{esc(tt)}</a></li>' for tt, _ in rng.sample(others, 4))
        body = ('<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/zjw_top.jpg" width="980"></td></tr></table>'
                '<table width="980" align="center"><tr><td class="nav">首页 | 机构职能 | 政务公开 | 工作动态 | 物业管理 | 办事指南</td></tr></table>'
                '<table width="980" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="230" valign="top"><div class="lmt">工作动态</div><ul>' + side + '</ul></td>'
                '<td width="750" valign="top"><div class="wz">当前位置：首页 &gt;&gt; 工作动态</div>'
                f'<table width="100%"><tr><td align="center" class="bt"><font size="5"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="xx">发布日期：{y}-{m}-{d}　点击数：<script>document.write("{_n(rng, 3)}")</script></td></tr>'
                f'<tr><td align="center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="500"><br>'
                '<font face="楷体_GB2312">总结会现场</font></td></tr>'
                '<tr><td class="zw" style="line-height:28px;font-size:15px">' + "<br><br>".join(lines) + '</td></tr>'
                f'<tr><td align="right">（编辑：{who[0]}　审核：{who[1]}）</td></tr></table></td></tr></table>'
                f'<table width="980" align="center" class="foot"><tr><td align="center">版权所有：北京市丰台区住房和城乡建设委员会<br>'
                f'京ICP备{_n(rng, 8)}号　地址：丰台区文体路2号</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="物业,星级评定">'
    return head, body, url


def sq_mp_jy126(art, rng, others):
    """社区 公众号 家门口就业 post: an empty ``publish_time`` (the script's ``ct`` gives the date), a
    ``点击上方蓝字`` banner, a bold centred question head, ``1.…；`` items, 服务时间/地点/电话 lines and
    the closing line (body); a 小贴士 box, a ``▲`` caption, 来源/编辑 credits, 往期推荐 and a
    ``点击下方名片`` prompt (not body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 2)
    out = []
    for i, p in enumerate(art["body"]):
        if p.endswith("？") and len(p) < 18:
            out.append(f'<p style="text-align:center;margin-top:18px"><span style="color:#0a7d4f;font-size:16px"><strong>{esc(p)}</strong></span></p>')
        elif p[:2] in ("1.", "2.", "3.", "4.") and "：" in p:
            k = p.index("：") + 1
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px"><strong>{esc(p[:k])}</strong>{esc(p[k:])}</span></p>')
        else:
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 3:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">▲工作人员为求职居民修改简历</span></p>')
        if i == 10:
            out.append('<section style="background:#eef8f2;border-left:4px solid #0a7d4f;padding:10px 12px;margin:16px 0">'
                       '<p><strong>小贴士</strong></p><p><span style="font-size:14px">符合条件的灵活就业人员可申请社会保险费补贴，'
                       '具体条件以人社部门最新政策为准，可到服务站现场咨询。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">来源：政立路居民区　编辑：{who[0]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">点击下方名片，关注我们</span></p>')
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list">'
            '<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">五角场政立路</a></span>'
            '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            '<div class="rich_media_content" id="js_content"><p style="text-align:center"><span style="font-size:12px;color:#0a7d4f">点击上方蓝字 关注我们</span></p>'
            + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(500, 3000)}</span><a>点赞 {rng.randint(10, 90)}</a><a>在看 {rng.randint(3, 40)}</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "五角场政立路"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def dbb_06kj126(art, rng, others):
    """党报 e-paper 第06版：科教: masthead ``YYYY年M月D日　星期X`` (the only visible date; the URL
    agrees), a 版次 list, 上一版/下一版, 版面图, 本版标题; p11 (GBK) an 引题 above the title, a photo +
    caption with a ``记者 name 摄`` credit, a second short item on the page in full; p12 a 副题
    (``——访…``) and a ``本报记者 name`` byline, bold ``记者：`` and ``陈立航：`` turns, a 人物名片 card."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.donghudaily.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 2)

    def para(x):
        for lab in ("记者：", "陈立航："):
            if x.startswith(lab):
                return f"<P>　　<B>{lab}</B>{x[len(lab):]}</P>"
        return f"<P>　　{x}</P>"

    text = "".join(para(esc(p)) for p in art["body"])
    if p11:
        top = '<h3 class="yt">洪山区中小学创客教育遍地开花</h3>'
        under = ""
        pic = (f'<table class="pic"><tr><td><img src="../../../images/{y}-{m}/{d}/06/{_n(rng, 9)}.jpg"></td></tr>'
               '<tr><td class="pictext">学生在调试智能垃圾分类箱。记者 程雨晴 摄</td></tr></table>')
        after = ('<div class="other"><h2>区科协举办青少年科普讲解大赛</h2><P>　　本报讯 日前，区科协举办第五届青少年科普讲解大赛，'
                 '来自全区28所学校的64名选手围绕航天、生命科学等主题同台竞技，评出一等奖6名。</P></div>')
    else:
        top = ""
        under = '<h3 class="ft">——访江城某高校材料学院教授陈立航</h3><div class="author">本报记者 蔡文静</div>'
        pic = ""
        after = ('<div class="card" style="border:1px solid #999;padding:8px"><p><b>人物名片</b></p>'
                 '<p>陈立航，材料学博士，江城某高校材料学院教授、博士生导师，长期从事海洋防腐材料研究。</p></div>')
    same = "".join(f'<li><a>{esc(tt)}</a></li>' for tt, _ in rng.sample(others, 3))
    body = (f'<div class="masthead"><img src="../../../images/dhrb_logo.gif" alt="东湖日报"><span class="date">{y}年{int(m)}月{int(d)}日　{_week(art)}</span></div>'
            '<div class="banci"><ul><li>第01版：要闻</li><li>第02版：综合</li><li>第03版：经济</li><li>第04版：城事</li><li>第05版：区县</li>'
            '<li class="on">第06版：科教</li><li>第07版：健康</li><li>第08版：副刊</li></ul>'
            '<a>上一版</a>　<a>下一版</a>　<a>PDF版</a>　<a>往期回顾</a></div>'
            '<table width="1000" align="center"><tr><td width="380" valign="top">'
            f'<img src="../../../images/{y}-{m}/{d}/06/{y}{m}{d}06_b.jpg" width="360" usemap="#PagePicMap">'
            f'<div class="bmbt"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>{same}</ul></div></td>'
            f'<td valign="top"><div class="article">{top}<h1>{esc(art["title"])}</h1>{under}{pic}'
            f'<div id="ozoom"><founder-content>{text}</founder-content></div>{after}'
            f'<div class="bj">责任编辑：{who[0]}</div><div class="sx"><a>上一篇</a>　<a>下一篇</a></div></div></td></tr></table>'
            f'<div class="copyright">东湖日报社版权所有　未经授权不得转载　鄂ICP备{_n(rng, 8)}号</div>')
    head = '<title>东湖日报-第06版：科教</title>'
    return head, body, url


TEMPLATES = {"sfj_flzn126": sfj_flzn126, "twq_mp_yxyx126": twq_mp_yxyx126, "xzf_spcj126": xzf_spcj126,
             "fhw_qy126": fhw_qy126, "zjw_wyxj126": zjw_wyxj126, "sq_mp_jy126": sq_mp_jy126,
             "dbb_06kj126": dbb_06kj126}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages126", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
