"""Build the seventy-sixth saved-page set (``pages76``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 水利局 公众号 节水/河长 post (``slj_mp_jieshui76``),
a 市 商务委 portal 外贸数据 发布 with a table and 注 line (``swj_wmsj76``), a 县政府网 防返贫 监测 page
on an old table layout with ``<br>`` paragraphs in GBK (``xzf_ffpjc76``), a 光明网-like 地方 文化 报道
(``gmw_wenhua76``), a 区 应急局 portal 危化品 检查 通报 with 文号, 落款 and 附件 (``yjj_whp_tb76``), a
街道 公众号 暑期托管 post with 时间/地点/报名 items (``jd_mp_shuqi76``) and a 市党报 e-paper 要闻版
with a 短评 (``sdb_ywb_dp76``). ``articles.txt`` holds the title, date and reference body; the
furniture (not body) is written here. See README.md.

    python tests/data/web/pages76/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["谭晓雯", "冉刚", "蒲玲", "向东", "熊丽娟", "古强", "雷静", "程浩", "瞿敏", "付云"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…`` without a full stop)."""
    return p.startswith(NUM_HEADS) and "。" not in p


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _mp_tail(rng, acct, who) -> str:
    """A WeChat post's furniture after the text: credits, QR, 阅读原文/赞/在看 row, 往期推荐."""
    return (f'<section style="font-size:12px;color:#999"><p>来源：{acct}</p><p>编辑：{who[0]}｜审核：{who[1]}｜终审：{who[2]}</p></section>'
            f'<section style="text-align:center"><img data-src="/mmbiz_qr/{_n(rng, 5)}.png"><p>长按识别二维码 关注我们</p></section>')


def _mp_page(art, rng, others, acct, content, stamp):
    """A 公众号 post around ``content`` (the rich_media_content's inner HTML)."""
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKLMNPQRabcdefghjkmnpqr0123456789_-') for _ in range(22))}"
    rec = _rel(rng, others, 3, lambda t, d: f'<li><a class="weui-link">{t}</a></li>')
    body = (f'<div class="rich_media_area_primary"><div id="img-content" class="rich_media_wrp">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta_nickname"><a id="js_name">{acct}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{stamp}</em>'
            f'<em id="js_ip_wording_wrp">发表于重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:visible">{content}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(300, 5000)}</span>'
            f'<a>分享</a><a>赞 {rng.randint(5, 90)}</a><a>在看 {rng.randint(1, 30)}</a></div>'
            f'<div class="js_comment_area"><a>写留言</a></div>'
            f'<div class="related"><h3>往期推荐</h3><ul>{rec}</ul></div></div></div>')
    return f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">', body, url


def slj_mp_jieshui76(art, rng, others):
    """区 水利局 公众号: bold ``一、`` heads in ``<strong>``, a photo + ``▲`` caption, a 小知识 tip box
    inside the text (not body), credits/QR/阅读原文 after it."""
    y, m, d = _ymd(art)
    acct = "大渡口水利"
    who = rng.sample(WHO, 3)
    parts = [f'<section style="text-align:center"><img data-src="/mmbiz_png/{_n(rng, 6)}.png"></section>'
             f'<section style="text-align:center;color:#0080ff"><p>点击蓝字 关注我们</p></section>']
    for i, p in enumerate(art["body"]):
        if _head(p):
            parts.append(f'<section style="margin-top:20px"><p><strong><span style="color:#0052a3;font-size:17px">{esc(p)}</span></strong></p></section>')
        else:
            parts.append(f'<section><p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p></section>')
        if i == 3:
            parts.append(f'<section style="text-align:center"><img data-src="/mmbiz_jpg/{_n(rng, 6)}.jpg"></section>'
                         f'<section style="text-align:center"><p><span style="font-size:12px;color:#888">▲ {rng.choice(["活动现场", "工作人员现场讲解"])}</span></p></section>')
        if i == 5:
            parts.append('<section style="border:1px dashed #4a90e2;padding:10px;background:#f2f8ff"><p><strong>节水小知识</strong></p>'
                         '<p>一个关不紧的水龙头，一个月可以流掉1至6立方米水；淘米水、洗菜水可以用来浇花冲厕。</p></section>')
    stamp = f"{y}-{m}-{d} {_hm(rng)}" if art["id"] == "p01" else f"{int(y)}年{int(m)}月{int(d)}日 {_hm(rng)}"
    return _mp_page(art, rng, others, acct, "".join(parts) + _mp_tail(rng, acct, who), stamp)


def swj_wmsj76(art, rng, others):
    """市 商务委 portal: an info grid, adjacent ``<span>``s with no whitespace, a TRS_Editor text with
    a data table (header row included) and a ``注：`` line under it (not body), 相关解读 box."""
    y, m, d = _ymd(art)
    url = f"http://sww.cq.gov.cn/zwgk_247/zfxxgkml/tjxx/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    out, rows = [], []
    for p in art["body"] + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append('<table border="1" cellspacing="0" cellpadding="0" align="center" style="border-collapse:collapse"><tbody>'
                       + "".join("<tr>" + "".join(f'<td valign="center"><p align="center"><font face="仿宋_GB2312">{esc(c)}</font></p></td>'
                                                  for c in r.split(" ")) + "</tr>" for r in rows)
                       + '</tbody></table><p style="font-size:12px">注：本表数据为初步统计数，部分数据因四舍五入，存在总计与分项合计不等的情况。</p>')
            rows = []
        if p is None:
            break
        out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
    if art["id"] == "p04":
        out.insert(3, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg"></p>'
                      f'<p style="text-align:center">座谈会现场。（市商务委供图）</p>')
        info = (f'<span>发布日期：{y}年{m}月{d}日</span><span>来源：市商务委</span>'
                f'<span>更新时间：{y}-{m}-{int(d) + 1:02d}</span>')
    else:
        info = f'<span>发布日期：{y}-{m}-{d}</span><span>来源：市商务委</span><span>作者：综合处</span>'
    grid = (f'<table class="xxgk"><tr><td>索引号：</td><td>11500000MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td><td>主题分类：</td><td>商贸、海关、旅游</td></tr>'
            f'<tr><td>发布机构：</td><td>重庆市商务委员会</td><td>发文字号：</td><td></td></tr></table>') if art["id"] == "p03" else ""
    body = (f'<div class="header"><img src="/images/logo.png"><span>重庆市商务委员会</span><a>无障碍</a><a>长者模式</a></div>'
            f'<ul class="nav"><li>首页</li><li>机构概况</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul>'
            f'<div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>{"统计信息" if grid else "工作动态"}</a></div>'
            f'<div class="detail">{grid}<div class="detail-title"><p class="tit">{esc(art["title"])}</p></div>'
            f'<div class="detail-time">{info}<span class="fz">字号：<a>大</a><a>中</a><a>小</a></span></div>'
            f'<div class="detail-content"><div class="view TRS_UEDITOR trs_paper_default trs_web">{"".join(out)}</div></div>'
            f'<div class="editor">责任编辑：{who[0]}</div>'
            f'<div class="detail-tool"><a>【打印本页】</a><a>【关闭窗口】</a><span>分享到：</span><a>微信</a><a>微博</a></div>'
            f'<div class="xgjd"><h4>相关解读</h4><ul>{_rel(rng, others, 2, lambda t, dd: f"<li><a>{t}</a><span>{dd}</span></li>")}</ul></div></div>'
            f'<div class="footer"><p>主办：重庆市商务委员会</p><p>地址：重庆市渝北区青枫北路{rng.randint(10, 99)}号</p>'
            f'<p>网站标识码：500000{_n(rng, 4)}　渝ICP备{_n(rng, 8)}号　渝公网安备 500112{_n(rng, 8)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_重庆市商务委员会</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="统计信息">')
    return head, body, url


def xzf_ffpjc76(art, rng, others):
    """县政府网 on an old table layout (GBK): all paragraphs ``<br>``-separated in one ``<td>`` with
    ``　　`` and ``<font>``, bold heads; p05 shows no date (meta and URL only), p06 发布/更新时间."""
    y, m, d = _ymd(art)
    url = f"http://www.youyang.gov.cn/zwxx_208/bmdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 2)
    lines = [f"<b>{IND}{esc(p)}</b>" if _head(p) else f"{IND}{esc(p)}" for p in art["body"]]
    if art["id"] == "p06":
        lines.insert(1, f'</font><p align="center"><img src="/pic/{_n(rng, 6)}.jpg" border="0"></p>'
                        f'<p align="center"><font color="#333333">调研现场（{who[1]} 摄）</font></p><font face="宋体" style="font-size:15px">')
        info = (f'发布时间：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;更新时间：{y}-{m}-{int(d) + 1:02d}&nbsp;&nbsp;&nbsp;'
                f'信息来源：县政府办公室&nbsp;&nbsp;&nbsp;')
    else:
        info = f'信息来源：县乡村振兴局&nbsp;&nbsp;&nbsp;点击数：<script>document.write({_n(rng, 3)})</script>&nbsp;&nbsp;&nbsp;'
    menu = "".join(f'<tr><td height="28" class="lm"><a>{x}</a></td></tr>' for x in ["政务要闻", "部门动态", "乡镇动态", "乡村振兴", "通知公告"])
    body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner.jpg"></td></tr>'
            f'<tr><td class="nav"><a>首页</a> | <a>走进酉阳</a> | <a>政务公开</a> | <a>网上办事</a> | <a>政民互动</a></td></tr></table>'
            f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td width="220" valign="top"><table width="100%">{menu}</table></td>'
            f'<td width="780" valign="top"><table width="100%"><tr><td class="wz">您现在的位置：首页 &gt;&gt; 政务信息 &gt;&gt; 部门动态</td></tr>'
            f'<tr><td align="center" height="60"><font size="5" color="#0b4ea2"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="info">{info}【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
            f'<tr><td class="zw" style="line-height:28px"><font face="宋体" style="font-size:15px">{"<br>".join(lines)}</font></td></tr>'
            f'<tr><td align="right">（责任编辑：{who[0]}）</td></tr>'
            f'<tr><td align="center"><a>【打印本页】</a>&nbsp;<a>【关闭窗口】</a></td></tr>'
            f'<tr><td><b>相关信息</b><br>{_rel(rng, others, 3, lambda t, dd: f"·{t}&nbsp;&nbsp;{dd}<br>")}</td></tr></table></td></tr></table>'
            f'<table width="1000" align="center"><tr><td align="center" class="foot">主办：酉阳土家族苗族自治县人民政府办公室　承办：县大数据发展局<br>'
            f'网站标识码：5002420{_n(rng, 3)}　渝ICP备{_n(rng, 8)}号<br>渝公网安备 500242{_n(rng, 8)}号</td></tr></table>')
    head = (f'<title>{esc(art["title"])}_酉阳土家族苗族自治县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="SiteName" content="酉阳县人民政府">')
    return head, body, url


def gmw_wenhua76(art, rng, others):
    """光明网-like 地方 文化 报道: a kicker, split time/source spans, a photo + caption in the text, a
    延伸阅读 strip inside the text div (not body), 责编, share, 版权 footer."""
    y, m, d = _ymd(art)
    url = f"https://difang.gmw.cn/cq/{y}-{m}/{d}/content_{_n(rng, 8)}.htm"
    who = rng.sample(WHO, 2)
    paras = [f"<p>{IND}{esc(p)}</p>" for p in art["body"]]
    paras.insert(1, f'<p style="text-align:center"><img src="./attachement/jpg/site2/{y}{m}{d}/{_n(rng, 9)}.jpg"></p>'
                    f'<p style="text-align:center"><font color="#0000ff">游客在白鹤梁水下博物馆参观。（受访单位供图）</font></p>')
    paras.insert(6, '<div class="m-related"><p><strong>延伸阅读</strong></p>'
                    + _rel(rng, others, 2, lambda t, dd: f'<p><a>{t}</a></p>') + "</div>")
    body = (f'<div class="g-header"><a>光明网</a><a>时政</a><a>国际</a><a>文化</a><a>地方</a><a>光明日报</a></div>'
            f'<div class="m-breadcrumb"><a>首页</a> &gt; <a>地方频道</a> &gt; <a>重庆</a> &gt; 正文</div>'
            f'<div class="m-title-box"><div class="m-kicker">【光明网·文化中国行】</div><h1 class="u-title">{esc(art["title"])}</h1>'
            f'<div class="m-con-info"><span class="m-con-time">{y}-{m}-{d} {_hm(rng)}</span>'
            f'<span class="m-con-source">来源：<a>光明网</a></span><span class="m-con-author">作者：光明网记者 {who[0]}</span></div></div>'
            f'<div class="u-mainText" id="articleBox">{"".join(paras)}</div>'
            f'<div id="contentLiability">[责编：{who[1]}]</div>'
            f'<div class="m-share"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="m-pages">阅读剩余全文（<span>{rng.randint(10, 60)}</span>%）</div>'
            f'<div class="m-hot"><h3>24小时热文</h3><ul>{_rel(rng, others, 3, lambda t, dd: f"<li><a>{t}</a></li>")}</ul></div>'
            f'<div class="g-footer"><p>光明网版权所有</p><p>未经授权禁止转载、摘编、复制或建立镜像</p><p>京ICP备{_n(rng, 8)}号</p></div>')
    return f'<title>{esc(art["title"])}_光明网</title><meta name="publishdate" content="{y}-{m}-{d}">', body, url


def yjj_whp_tb76(art, rng, others):
    """区 应急局 portal: p08 a 通报 with an info grid (成文日期 the day before), 文号, bold heads,
    ``1.…；`` items, the 落款 and 附件 (not body); p09 a news page with a photo + caption."""
    y, m, d = _ymd(art)
    url = f"http://www.cqcs.gov.cn/bm/qyjj/zwgk_{_n(rng, 5)}/fdzdgknr/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    notice = art["id"] == "p08"
    paras = [f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>' if _head(p) else
             (f"<p>{esc(p)}</p>" if p.endswith("：") and p.startswith("各") else f'<p style="text-indent:2em">{esc(p)}</p>')
             for p in art["body"]]
    if notice:
        paras.insert(0, f'<p style="text-align:center">长寿应急发〔{y}〕{rng.randint(10, 60)}号</p>')
        paras += ['<p style="text-align:right">重庆市长寿区应急管理局</p>',
                  f'<p style="text-align:right">{int(y)}年{int(m)}月{int(d) - 1}日</p>',
                  '<p>（此件公开发布）</p>',
                  f'<p>附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.xlsx">1.第一季度危险化学品企业安全检查问题清单.xlsx</a></p>']
        grid = (f'<table class="gkxx"><tr><th>索引号</th><td>11500115MB{_n(rng, 7)}/{y}-00{_n(rng, 3)}</td><th>发布机构</th><td>长寿区应急管理局</td></tr>'
                f'<tr><th>成文日期</th><td>{y}-{m}-{int(d) - 1:02d}</td><th>发布日期</th><td>{y}-{m}-{d}</td></tr>'
                f'<tr><th>发文字号</th><td>长寿应急发〔{y}〕号</td><th>主题分类</th><td>安全生产监管</td></tr></table>')
        info = f'<span>发布时间：{y}/{int(m)}/{int(d)}</span>&nbsp;&nbsp;<span>来源：区应急管理局</span>'
    else:
        paras.insert(2, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg"></p>'
                        f'<p style="text-align:center">检查人员在企业中控室调阅报警记录。（区应急管理局供图）</p>')
        grid = ""
        info = f'<span>{y}-{m}-{d} {_hm(rng)}</span>&nbsp;&nbsp;<span>来源：长寿区应急管理局</span>&nbsp;&nbsp;<span>作者：{who[0]}</span>'
    body = (f'<div class="top-bar"><span>{y}年{int(m)}月{int(d)}日 {_week(art)}</span><a>登录</a><a>注册</a></div>'
            f'<div class="logo-search"><img src="/images/logo.png"><input placeholder="请输入关键词"><a>搜索</a></div>'
            f'<ul class="nav"><li>首页</li><li>机构职能</li><li>政务公开</li><li>应急管理</li><li>安全生产</li><li>防灾减灾</li></ul>'
            f'<div class="crumb">您所在的位置：首页 &gt; 政务公开 &gt; {"通知公告" if notice else "工作动态"}</div>'
            f'<div class="article">{grid}<h2 class="article-title">{esc(art["title"])}</h2>'
            f'<div class="article-info">{info}<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div class="article-content"><div class="TRS_Editor">{"".join(paras)}</div></div>'
            f'<div class="article-foot"><span>【我要纠错】</span><a>【打印】</a><a>【关闭】</a></div>'
            f'<div class="qr"><img src="/images/qr.png"><p>扫一扫在手机打开当前页</p></div></div>'
            f'<div class="side"><h3>应急科普</h3><ul><li>危化品泄漏怎么办？</li><li>家庭应急物资储备清单</li></ul>'
            f'<h3>相关文章</h3><ul>{_rel(rng, others, 3, lambda t, dd: f"<li><a>{t}</a><em>{dd}</em></li>")}</ul></div>'
            f'<div class="footer">主办单位：重庆市长寿区应急管理局　联系电话：023-4025{_n(rng, 4)}<br>'
            f'网站标识码：5001150{_n(rng, 3)}　渝ICP备{_n(rng, 8)}号-1</div>')
    head = (f'<title>{esc(art["title"])}_重庆市长寿区应急管理局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hms(rng)}">')
    return head, body, url


def jd_mp_shuqi76(art, rng, others):
    """街道 公众号 暑期托管: emoji ornaments, bold ``托管时间：``-style labels, ``1.`` items, a bordered
    温馨提示 card and a 扫码报名 QR (not body); p11 photos with captions."""
    y, m, d = _ymd(art)
    acct = "杨家坪街道"
    who = rng.sample(WHO, 3)
    parts = ['<section style="text-align:center"><p>☀️ ☀️ ☀️</p></section>']
    for i, p in enumerate(art["body"]):
        if "：" in p[:6] and not p.endswith("："):
            k, v = p.split("：", 1)
            parts.append(f'<section><p><span style="color:#e8622c"><strong>{esc(k)}：</strong></span><span>{esc(v)}</span></p></section>')
        elif p.endswith("：") and len(p) < 10:
            parts.append(f'<section style="background:#fff4e6;padding:4px 8px"><p><strong>📌 {esc(p)}</strong></p></section>')
        else:
            parts.append(f'<section><p style="line-height:2em"><span style="font-size:15px;letter-spacing:1px">{esc(p)}</span></p></section>')
        if art["id"] == "p11" and i in (1, 3):
            parts.append(f'<section style="text-align:center"><img data-src="/mmbiz_jpg/{_n(rng, 7)}.jpg"></section>'
                         f'<section style="text-align:center"><p><span style="font-size:12px;color:#a0a0a0">'
                         f'{"书法班学员展示作品" if i == 1 else "结业仪式合影"}</span></p></section>')
    if art["id"] == "p10":
        parts.append('<section style="border:2px solid #f5a623;border-radius:8px;padding:10px"><p><strong>温馨提示</strong></p>'
                     '<p>报名时请如实填写孩子过敏史和紧急联系人，托管期间请家长按时接送。</p></section>'
                     f'<section style="text-align:center"><img data-src="/mmbiz_png/{_n(rng, 6)}.png"><p>👆 扫码预约报名</p></section>')
    parts.append('<section style="text-align:center"><p>— END —</p></section>')
    stamp = f"{y}-{m}-{d} {_hm(rng)}" if art["id"] == "p10" else f"{int(y)}年{int(m)}月{int(d)}日 {_hm(rng)}"
    return _mp_page(art, rng, others, acct, "".join(parts) + _mp_tail(rng, acct, who), stamp)


def sdb_ywb_dp76(art, rng, others):
    """市党报 e-paper 第001版 要闻 (GBK): issue line, 版次 select, 引题 kicker, the report ``<br>``-separated
    in ``founder-content`` with ``　　``, then a 短评 of the same page with its own credit (not body)."""
    y, m, d = _ymd(art)
    url = f"https://epaper.cqrb.cn/html/cqrb/{y}-{m}/{d}/001/content_{_n(rng, 6)}.htm"
    text = "<br>".join(f"{IND}{esc(p)}" for p in art["body"])
    opts = "".join(f'<option>第{i:03d}版：{n}</option>' for i, n in enumerate(["要闻", "要闻", "综合", "区县"], 1))
    titles = _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a></li>')
    body = (f'<table width="100%" class="issue"><tr><td>重庆日报&nbsp;&nbsp;{y}年{m}月{d}日&nbsp;&nbsp;{_week(art)}</td>'
            f'<td><a>往期回顾</a></td></tr></table>'
            f'<div class="ban"><select>{opts}</select><a>上一版</a><a>下一版</a><a>PDF下载</a></div>'
            f'<div class="layout"><img src="../../../../page_{_n(rng, 4)}.jpg" usemap="#PagePicMap"><h4>本版标题</h4><ul>{titles}</ul></div>'
            f'<div class="article"><h3 class="yt">抢抓晴好天气 确保颗粒归仓</h3><h1>{esc(art["title"])}</h1>'
            f'<div id="ozoom" class="ozoom"><founder-content>{text}</founder-content></div>'
            f'<div class="db"><h2>短评</h2><founder-content>{IND}秋收看似是农时里的寻常事，却关系着千家万户的饭碗。<br>'
            f'{IND}抢收要快，烘干要跟上，秋播也不能误了时节。各地既要算好“收”的账，也要算好“种”的账。<br>'
            f'{IND}把每一粒粮食收进仓里，才能把丰收的底气握在手中。（{rng.choice(WHO)}）</founder-content></div>'
            f'<div class="pn"><a>上一篇</a><a>下一篇</a><a>【打印】</a><a>【关闭】</a><a>【返回目录】</a></div></div>'
            f'<div class="copy">版权声明：重庆日报所有作品，未经授权不得转载、摘编或以其他方式使用。<br>'
            f'重庆日报报业集团　版权所有</div>')
    return f'<title>{esc(art["title"])}--重庆日报</title>', body, url


TEMPLATES = {"slj_mp_jieshui76": slj_mp_jieshui76, "swj_wmsj76": swj_wmsj76, "xzf_ffpjc76": xzf_ffpjc76,
             "gmw_wenhua76": gmw_wenhua76, "yjj_whp_tb76": yjj_whp_tb76, "jd_mp_shuqi76": jd_mp_shuqi76,
             "sdb_ywb_dp76": sdb_ywb_dp76}


def main() -> None:
    refs = write_set(HERE, "pages76", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
