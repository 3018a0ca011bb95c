"""Build the hundred-and-sixth saved-page set (``pages106``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 林业局 portal 森林防火 禁火令 通告 and 督查 news
(``lyj_jhl106``), a 区 妇联 公众号 家庭教育 讲座 post with 问/答 turns and a 公益课堂 报名 post
(``fl_mp_jtjy106``), a 县政府网 重大行政决策 征求意见 公告 on an old table layout with 附件 and an 意见
form (``xzf_zdjc106``), a 上游新闻-like 区县 报道 with an in-text 图集 and 延伸阅读 (``sy_qx106``), a 区
交通局 portal 施工 交通管制 公告 and 养护检查 news with a table (``jtj_sgfb106``), a 学校 公众号 开学第一课
post (``xx_mp_kxdyk106``) and a 党报 e-paper 理论版 with 注释 and 作者简介 (``db_llb106``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages106/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["冉光明", "谭晓琴", "向宇航", "陈思雨", "熊德兵", "刘佳怡", "黄文斌", "余小兰", "蒋志强"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: cells joined by single spaces, no sentence punctuation."""
    return " " in p and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…`` or a short line without punctuation)."""
    return (p.startswith(NUM_HEADS) or len(p) <= 10) and not any(c in p for c in "。，：！？；")


def _rel(rng, others, k, fmt) -> str:
    """A related-articles list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _cn_date(y: str, m: str, d: int) -> str:
    """A 落款 date as GB/T 9704 prints it (``2025年2月25日``)."""
    return f"{y}年{int(m)}月{d}日"


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="foot"><div class="foot-nav"><a>关于我们</a> | <a>网站地图</a> | <a>联系我们</a> | <a>纠错</a></div>'
            f'<p>主办单位：{host}&nbsp;&nbsp;承办单位：{host}办公室&nbsp;&nbsp;联系电话：023-{_n(rng, 8)}</p>'
            f'<p>网站标识码：{code}&nbsp;&nbsp;渝ICP备{_n(rng, 8)}号-1&nbsp;&nbsp;渝公网安备 {_n(rng, 14)}号</p>'
            f'<p><img src="/images/dzjg.png" alt="党政机关"><img src="/images/jiucuo.png" alt="政府网站找错"></p></div>')


def lyj_jhl106(art, rng, others):
    """区 林业局 portal: p01 (GBK) a 禁火令 通告 under a `<table class="table_suoyin">` grid (成文日期 the day before),
    full-width indented `<p>` lines, `<strong>一、</strong>` heads, `1.` items and a 火警电话 line (body), a 落款 with
    date and an 附件 line (not body), a 防火提示 box after the text; p02 a 督查 news page with `发布时间` then a
    later `更新时间`, a photo + `图为…` caption inside the text, 分享到 and 相关阅读 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    col = "tzgg" if p01 else "gzdt"
    url = f"http://www.cqqj.gov.cn/bm/qlyj/zwgk_97{_n(rng, 3)}/{col}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = []
    for p in art["body"]:
        if _head(p):
            blocks.append(f"<p>　　<strong>{esc(p)}</strong></p>")
        elif p.startswith("森林火警"):
            blocks.append(f'<p>　　<strong><font color="#ff0000">{esc(p)}</font></strong></p>')
        else:
            blocks.append(f"<p>　　{esc(p)}</p>")
    if p01:
        grid = (f'<table class="table_suoyin" width="100%"><tr><th>索&nbsp;引&nbsp;号：</th><td>11500110009{_n(rng, 6)}/{y}-00{rng.randint(100, 999)}</td>'
                f'<th>主题分类：</th><td>农业、林业、水利</td></tr><tr><th>发布机构：</th><td>綦江区林业局</td><th>文&emsp;&emsp;号：</th><td>綦江森防指办发〔{y}〕{rng.randint(2, 9)}号</td></tr>'
                f'<tr><th>成文日期：</th><td>{y}-{m}-{int(d) - 1:02d}</td><th>发布日期：</th><td>{y}-{m}-{d}</td></tr></table>')
        info = (f'<div class="zwxl-info"><span>发布日期：{y}年{m}月{d}日</span><span>来源：区林业局</span>'
                f'<span>【字号：<a>大</a>&nbsp;<a>中</a>&nbsp;<a>小</a>】</span><span><a href="javascript:window.print()">打印</a></span></div>')
        tail = (f'<p style="text-align:right">綦江区人民政府森林防灭火指挥部办公室</p>'
                f'<p style="text-align:right">{_cn_date(y, m, int(d) - 1)}</p>'
                f'<p>附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.xlsx">綦江区重点林区检查卡点设置一览表.xlsx</a></p>')
        box = ('<div class="fhts"><h4>防火提示</h4><p>进山不带火，野外不用火。</p>'
               '<p>发现火情请立即拨打森林火警电话12119或110。</p></div>')
    else:
        blocks.insert(3, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" border="0" oldsrc="W0{y}{m}{d}.jpg"></p>'
                         '<p style="text-align:center">图为督查组在古南街道林区卡点检查登记台账。（区林业局供图）</p>')
        grid = ""
        info = (f'<div class="zwxl-info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span>&nbsp;&nbsp;'
                f'<span>更新时间：{y}-{m}-{int(d) + 2:02d} {_hm(rng)}</span>&nbsp;&nbsp;<span>来源：区林业局</span>&nbsp;&nbsp;'
                f'<span>作者：{rng.choice(WHO)}</span></div>')
        tail = ""
        box = '<div class="bshare">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span class="date">{dd}</span></li>')
    body = (f'<div class="top"><div class="top-in"><span>欢迎访问綦江区人民政府网站</span><a>无障碍浏览</a><a>关怀版</a><a>登录</a></div></div>'
            f'<div class="head"><img src="/images/logo.png" alt="綦江区人民政府"><form class="search"><input type="text" value="请输入关键词"><button>搜索</button></form></div>'
            f'<ul class="nav"><li>首页</li><li>走进綦江</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>专题专栏</li></ul>'
            f'<div class="crumb">当前位置：<a>首页</a>&gt;<a>区政府部门</a>&gt;<a>区林业局</a>&gt;<a>{"通知公告" if p01 else "工作动态"}</a></div>'
            f'<div class="zwxl">{grid}<h2 class="zwxl-title">{esc(art["title"])}</h2>{info}'
            f'<div class="zwxl-article"><div class="TRS_Editor">' + "".join(blocks) + tail + f'</div></div>{box}'
            f'<div class="zwxl-tool"><div class="ewm"><img src="/images/qr.png"><span>扫一扫在手机打开当前页</span></div>'
            f'<a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>'
            f'<div class="xgyd"><h3>相关阅读</h3><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "重庆市綦江区林业局", f"5001100{_n(rng, 3)}"))
    head = (f'<title>{esc(art["title"])}_綦江区人民政府</title><meta name="SiteName" content="綦江区人民政府">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ContentSource" content="区林业局"><meta name="ColumnName" content="{"通知公告" if p01 else "工作动态"}">')
    return head, body, url


def fl_mp_jtjy106(art, rng, others):
    """区 妇联 公众号: p03 a 讲座 post with a 关注 kicker, a `▲` caption, bold `问：` turns and `周雪梅：` answers (body),
    a 家庭教育小贴士 box, 来源/编辑/审核 and 往期推荐 (not body), `publish_time` `YYYY-MM-DD hh:mm`; p04 a 报名 post with a
    bar head, 第X课 lines and bold `时间：`/`地点：`/`参加人员：`/`报名方式：` items and a slogan (body), a QR + `长按识别`
    line (not body), an empty `publish_time` (dated by the script's `ct` only)."""
    y, m, d = _ymd(art)
    p03 = art["id"] == "p03"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    span = 'style="font-size:15px;letter-spacing:1px;line-height:1.75em"'
    blocks = []
    for p in art["body"]:
        if p.startswith("问："):
            blocks.append(f'<p {span}><strong><span style="color:#d4237a">问：</span></strong><span>{esc(p[2:])}</span></p>')
        elif p.startswith("周雪梅："):
            blocks.append(f'<p {span}><strong>周雪梅：</strong><span>{esc(p[4:])}</span></p>')
        elif p == "课程安排":
            blocks.append('<section style="margin:20px 0;text-align:center"><section style="display:inline-block;background:#d4237a;'
                          f'padding:4px 16px;border-radius:12px"><p style="color:#fff"><strong>{esc(p)}</strong></p></section></section>')
        elif p.split("：")[0] in ("时间", "地点", "参加人员", "报名方式"):
            k, v = p.split("：", 1)
            blocks.append(f'<p {span}><strong><span style="color:#d4237a">{k}：</span></strong>{esc(v)}</p>')
        elif p.startswith("第") and "课：" in p[:4]:
            blocks.append(f'<section style="border-left:3px solid #d4237a;padding-left:8px"><p {span}>{esc(p)}</p></section>')
        elif p.endswith("！") and len(p) < 20:
            blocks.append(f'<p style="text-align:center"><strong><span style="color:#d4237a;font-size:17px">{esc(p)}</span></strong></p>')
        else:
            blocks.append(f'<p {span}><span>{esc(p)}</span></p>')
    pic = (f'<section style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></section>'
           f'<p style="text-align:center"><span style="font-size:12px;color:#a0a0a0">{"▲讲座现场" if p03 else "▲往期课堂现场"}</span></p>')
    blocks.insert(2 if p03 else 1, pic)
    if p03:
        kicker = '<section style="text-align:center"><p><span style="font-size:12px;color:#d4237a">点击上方蓝字 关注渝北女性</span></p></section>'
        box = ('<section style="background:#fff0f5;border:1px dashed #d4237a;padding:10px;margin:16px 0"><p><strong>家庭教育小贴士</strong></p>'
               '<p><span style="font-size:14px">1. 每天留出15分钟，专心听孩子说话；</span></p>'
               '<p><span style="font-size:14px">2. 批评孩子时就事论事，不翻旧账；</span></p>'
               '<p><span style="font-size:14px">3. 家长情绪激动时，先暂停再沟通。</span></p></section>')
    else:
        kicker = '<p style="text-align:center"><span style="font-size:12px;color:#999">👆点击上方蓝字，关注我们</span></p>'
        box = ('<section style="text-align:center;margin:16px 0"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/qr_bm.png">'
               '<p><span style="font-size:13px;color:#888">👆长按识别二维码 立即报名</span></p></section>')
    tail = (f'<p style="font-size:12px;color:#999">来源：渝北区妇联</p>'
            f'<p style="font-size:12px;color:#999">编辑：{rng.choice(WHO)}<br>审核：{rng.choice(WHO)}</p>'
            '<section><p><strong>往期推荐</strong></p>' + _rel(rng, others, 3, lambda a, b: f'<p>▶ <a>{a}</a></p>') + '</section>'
            '<p style="text-align:center"><span style="color:#d4237a">分享、点赞、在看，3连击</span></p>')
    date_el = (f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>' if p03
               else '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text" id="js_author_name">渝北区妇联</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">渝北女性</a></span>{date_el}'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">{kicker}' + "".join(blocks) + box + tail + '</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span><span>收藏</span><span>点赞 {rng.randint(10, 99)}</span><span>在看 {rng.randint(3, 40)}</span></div>'
            f'<div class="rich_media_extra"><div class="qr_code_pc"><img src="qr.jpg"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "渝北女性"; var msg_title = "{esc(art["title"])}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}"><meta name="description" content="{esc(art["body"][0][:40])}">')
    return head, body, url


def xzf_zdjc106(art, rng, others):
    """县政府网 old table layout (GBK): a 重大行政决策 征求意见 公告 with a 征求意见 status bar (起止时间, 状态), an
    info `<td>` (发布日期, 来源, a `<script>` counter), the text as `<p>` lines inside `<font>` with `&nbsp;` indents,
    bold `一、` heads and （一） items (body), a 落款 + date (three days before) and two 附件 links (not body), an
    意见反馈 form and a 相关决策 list after it; ArticleTitle/PubDate meta."""
    y, m, d = _ymd(art)
    url = f"http://www.cqck.gov.cn/zwgk_258/zdjcgk/zqyj/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    lines = []
    for p in art["body"]:
        if _head(p):
            lines.append(f'<p><b>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</b></p>')
        else:
            lines.append(f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>')
    sign = (f'<p align="right">城口县人民政府&nbsp;&nbsp;&nbsp;&nbsp;</p><p align="right">{_cn_date(y, m, int(d) - 3)}&nbsp;&nbsp;&nbsp;&nbsp;</p>'
            f'<p>附件：1.<a href="./P0{y}{m}{d}{_n(rng, 6)}.doc">城口县城乡生活垃圾分类管理实施办法（征求意见稿）.doc</a></p>'
            f'<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2.<a href="./P0{y}{m}{d}{_n(rng, 6)}.doc">关于《城口县城乡生活垃圾分类管理实施办法（征求意见稿）》的起草说明.doc</a></p>')
    rel = _rel(rng, others, 3, lambda t, dd: f'<tr><td>·<a>{t}</a></td><td>{dd}</td></tr>')
    form = ('<table class="yjfk" width="100%"><tr><td colspan="2" class="yjfk-t">我要提意见</td></tr>'
            '<tr><td>姓　　名：</td><td><input type="text" name="xm"></td></tr><tr><td>联系电话：</td><td><input type="text" name="dh"></td></tr>'
            '<tr><td>意见内容：</td><td><textarea name="nr" rows="5"></textarea></td></tr>'
            '<tr><td colspan="2" align="center"><input type="submit" value="提交"> <input type="reset" value="重置"></td></tr></table>')
    body = (f'<table width="1002" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="/images/banner_ck.jpg" width="1002" height="160"></td></tr>'
            f'<tr><td class="nav" height="40"><a>首页</a> | <a>走进城口</a> | <a>政务公开</a> | <a>政务服务</a> | <a>政民互动</a> | <a>重大行政决策</a></td></tr></table>'
            f'<table width="1002" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td class="dqwz">您现在的位置：<a>首页</a> &gt;&gt; <a>重大行政决策</a> &gt;&gt; <a>决策草案意见征集</a></td></tr>'
            f'<tr><td><table class="zqzt" width="100%"><tr><td>征求意见时间：{y}-{m}-{d} 至 {y}-{int(m) + 1:02d}-20</td><td>状态：<font color="#009900">进行中</font></td>'
            f'<td>征集部门：县城市管理局</td></tr></table></td></tr>'
            f'<tr><td class="title" align="center" height="60"><b><font size="5">{esc(art["title"])}</font></b></td></tr>'
            f'<tr><td class="info" align="center">发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;来源：县城市管理局&nbsp;&nbsp;&nbsp;&nbsp;'
            f'浏览次数：<script language="javascript">document.write({_n(rng, 3)});</script>&nbsp;&nbsp;&nbsp;&nbsp;【<a>打印</a>】【<a>关闭</a>】</td></tr>'
            f'<tr><td class="bt_content" id="zoom"><font size="3" face="仿宋_GB2312">' + "".join(lines) + sign + '</font></td></tr>'
            f'<tr><td>{form}</td></tr>'
            f'<tr><td><table width="100%" class="xgjc"><tr><td colspan="2"><b>相关决策</b></td></tr>{rel}</table></td></tr></table>'
            f'<table width="1002" align="center" class="foot"><tr><td align="center">主办：城口县人民政府办公室　承办：城口县大数据应用发展管理中心<br>'
            f'网站标识码：500229{_n(rng, 4)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号<br>建议使用1280×768分辨率浏览</td></tr></table>')
    head = (f'<title>{esc(art["title"])}-城口县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="县城市管理局">'
            f'<meta name="Keywords" content="征求意见,垃圾分类">')
    return head, body, url


def sy_qx106(art, rng, others):
    """上游新闻-like 区县 报道: p06 a `上游新闻·…记者` byline, `YYYY-MM-DD hh:mm` time span, an in-text 图集 viewer
    (`1/4` counter, captions in `<p class="pic-desc">`), 延伸阅读 after the text; p07 a `原创` tag, a year-less
    `MM-DD hh:mm` time (the year only in meta `publishdate`), bold `记者：` turns, a 延伸阅读 box between two
    paragraphs; both an 打开APP banner, 举报, 评论 counter, 版权声明 and a 热门推荐 list with dates."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    aid = _n(rng, 6)
    url = f"https://www.cqcb.com/county/{'tongnan' if p06 else 'rongchang'}/{'tongnanxinwen' if p06 else 'rongchangxinwen'}/{y}-{m}-{d}/{aid}_pc.html"
    t = _hm(rng)
    blocks = []
    for p in art["body"]:
        if p.startswith("记者："):
            blocks.append(f'<p><strong>记者：{esc(p[3:])}</strong></p>')
        else:
            blocks.append(f"<p>{esc(p)}</p>")
    if p06:
        caps = ["崇龛镇万亩稻田进入收割期。", "收割机在田间作业。", "农户在晒场翻晒稻谷。", "市民在稻田边拍照。"]
        slides = "".join(f'<li class="swiper-slide"><img src="https://img.cqcb.com/{y}{m}{d}/{_n(rng, 9)}.jpg"><p class="pic-desc">{c}</p></li>'
                         for c in caps)
        gallery = (f'<div class="pic-swiper"><ul class="swiper-wrapper">{slides}</ul><div class="swiper-num"><em>1</em>/4</div>'
                   f'<p class="pic-credit">上游新闻记者 {rng.choice(WHO)} 摄</p></div>')
        blocks.insert(1, gallery)
        tag = ""
        when = f'<span class="time">{y}-{m}-{d} {t}</span>'
        by = f'<p class="author">上游新闻·重庆商报记者 {rng.choice(WHO)} 通讯员 {rng.choice(WHO)}</p>'
        ext = ('<div class="ycyd"><h4>延伸阅读</h4><ul>'
               + _rel(rng, others, 2, lambda a, b: f'<li><a>{a}</a></li>') + '</ul></div>')
        after = ext
    else:
        tag = '<span class="tag-yc">原创</span>'
        when = f'<span class="time">{m}-{d} {t}</span>'
        by = f'<p class="author">上游新闻记者 {rng.choice(WHO)}</p>'
        ext = ('<div class="ycyd ycyd-in"><h4>延伸阅读</h4><ul>'
               + _rel(rng, others, 2, lambda a, b: f'<li><a>{a}</a></li>') + '</ul></div>')
        blocks.insert(4, ext)
        blocks.insert(4, f'<p style="text-align:center"><img src="https://img.cqcb.com/{y}{m}{d}/{_n(rng, 9)}.jpg"></p>'
                         f'<p class="pic-desc" style="text-align:center">黄永清（左三）和居民在院坝里议事。受访者供图</p>')
        after = ""
    hot = _rel(rng, others, 5, lambda a, b: f'<li><a>{a}</a><span>{b}</span></li>')
    body = (f'<div class="header"><div class="logo"><img src="/static/img/logo.png" alt="上游新闻"><span>汇聚向上的力量</span></div>'
            f'<ul class="channel"><li>首页</li><li>重庆</li><li>区县</li><li>财经</li><li>视频</li><li>评论</li></ul></div>'
            f'<div class="main"><div class="left"><div class="crumb"><a>首页</a> &gt; <a>区县</a> &gt; <a>{"潼南" if p06 else "荣昌"}</a></div>'
            f'<div class="detail-wrap"><h1 class="detail-title">{tag}{esc(art["title"])}</h1>'
            f'<div class="info"><span class="source">上游新闻</span>{when}<span class="comment">评论 {rng.randint(2, 60)}</span></div>{by}'
            f'<div class="detail-content article-box">' + "".join(blocks) + '</div>'
            f'<p class="editor">编辑：{rng.choice(WHO)}　责编：{rng.choice(WHO)}　审核：{rng.choice(WHO)}</p>{after}'
            '<div class="copyright">版权声明：本文为上游新闻原创，未经授权禁止转载、摘编，违者必究。</div>'
            f'<div class="actions"><a class="jubao">举报</a><span class="like">赞 {rng.randint(5, 99)}</span><span class="share">分享到：微信 微博 QQ</span></div>'
            '<div class="openapp"><img src="/static/img/app.png"><span>打开上游新闻APP，阅读更多精彩内容</span><a>立即打开</a></div></div></div>'
            f'<div class="right"><div class="hot"><h3>热门推荐</h3><ul>{hot}</ul></div></div></div>'
            f'<div class="footer"><p>重庆商报社主办 上游新闻版权所有</p><p>互联网新闻信息服务许可证 50120170001　渝ICP备{_n(rng, 8)}号</p></div>')
    head = (f'<title>{esc(art["title"])}-上游新闻 汇聚向上的力量</title><meta name="keywords" content="区县,{art["place"]}">'
            f'<meta name="publishdate" content="{y}-{m}-{d} {t}:00"><meta property="og:title" content="{esc(art["title"])}">')
    return head, body, url


def jtj_sgfb106(art, rng, others):
    """区 交通局 portal: p08 (GBK) a 交通管制 公告 under a 信息公开 `<ul>` grid, a centred 文号 line above the text,
    `MsoNormal` paragraphs with `&nbsp;` runs, bold `一、` heads, `1.` items and 绕行 lines (body), a two-agency
    落款 + date and an 附件 示意图 line (not body); p09 a 养护检查 news page with a data table (body), an info line
    with no date (dated by meta PubDate and the URL), a 温馨提示 出行 box; on both a top bar `今天是…` with the
    day the page was saved (not the publication date); 字号, 打印/关闭, 相关文章, footer."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    wh_no = rng.randint(30, 90)
    saved = datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=rng.randint(3, 20))  # the day it was saved
    url = f"http://www.beibei.gov.cn/bm/qjtj/zwxx_71{_n(rng, 3)}/{'tzgg' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks, rows = [], []
    for p in art["body"] + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            blocks.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" width="600" align="center"><tbody>' + "".join(
                "<tr>" + "".join(f'<td width="150" valign="top"><p class="MsoNormal" align="center" style="text-align:center">'
                                 f'<span style="font-family:仿宋_GB2312;font-size:12pt">{esc(c)}</span></p></td>' for c in r.split(" ")) + "</tr>"
                for r in rows) + "</tbody></table>")
            rows = []
        if p is None:
            break
        if _head(p):
            blocks.append(f'<p class="MsoNormal" style="text-indent:32pt"><b><span style="font-family:黑体;font-size:16pt">{esc(p)}</span></b></p>')
        else:
            blocks.append(f'<p class="MsoNormal" style="text-indent:32pt"><span style="font-family:仿宋_GB2312;font-size:16pt">&nbsp;{esc(p)}</span></p>')
    if p08:
        grid = (f'<ul class="xxgk-info"><li><b>索引号：</b>11500109MB{_n(rng, 7)}/{y}-00{rng.randint(10, 99)}</li><li><b>发布机构：</b>北碚区交通局</li>'
                f'<li><b>文号：</b>北碚交发〔{y}〕{wh_no}号</li><li><b>成文日期：</b>{y}年{m}月{int(d) - 3:02d}日</li>'
                f'<li><b>发布日期：</b>{y}年{m}月{d}日</li><li><b>主题分类：</b>交通</li></ul>')
        info = (f'<div class="art-info"><span>发布时间：{y}-{m}-{d}</span>&nbsp;|&nbsp;<span>来源：北碚区交通局</span>&nbsp;|&nbsp;'
                f'<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>')
        wh = f'<p class="MsoNormal" align="center" style="text-align:center"><span style="font-family:仿宋_GB2312">北碚交发〔{y}〕{wh_no}号</span></p>'
        tail = ('<p class="MsoNormal" align="right" style="text-align:right"><span>重庆市北碚区交通局&nbsp;&nbsp;&nbsp;&nbsp;重庆市公安局北碚区分局</span></p>'
                f'<p class="MsoNormal" align="right" style="text-align:right"><span>{_cn_date(y, m, int(d) - 3)}</span></p>'
                f'<p class="MsoNormal">附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.jpg">云华路（童家溪段）施工期间绕行示意图</a></p>')
        box = ""
    else:
        grid, wh, tail = "", "", ""
        info = (f'<div class="art-info"><span>来源：北碚区交通局</span>&nbsp;|&nbsp;<span>浏览量：<script>document.write("{_n(rng, 3)}")</script></span>'
                f'&nbsp;|&nbsp;<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>')
        box = ('<div class="wxts"><p><b>温馨提示</b></p><p>国庆假期出行前，可通过“重庆交通”微信公众号查询实时路况。</p>'
               '<p>道路突发情况请拨打交通运输服务监督电话12328。</p></div>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><span>[{dd}]</span><a>{t}</a></li>')
    body = (f'<div class="w-top"><a>北碚区人民政府</a><a>区交通局</a><span>今天是{saved.year}年{saved.month}月{saved.day}日 星期{"一二三四五六日"[saved.weekday()]}</span></div>'
            f'<div class="w-head"><img src="/images/bb_logo.png"><ul class="nav"><li>首页</li><li>机构职能</li><li>政务公开</li><li>通知公告</li><li>办事服务</li></ul></div>'
            f'<div class="w-pos">您所在的位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区交通局</a> &gt; <a>{"通知公告" if p08 else "工作动态"}</a></div>'
            f'<div class="w-main con">{grid}<div class="art-title"><h1>{esc(art["title"])}</h1></div>{info}'
            f'<div class="zw TRS_Editor">{wh}' + "".join(blocks) + tail + f'</div>{box}'
            f'<div class="art-btns"><a>打印</a>&nbsp;&nbsp;<a>关闭</a></div><div class="xgwz"><h3>相关文章</h3><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "重庆市北碚区交通局", f"5001090{_n(rng, 3)}"))
    head = (f'<title>{esc(art["title"])} - 北碚区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="北碚区交通局">')
    return head, body, url


def xx_mp_kxdyk106(art, rng, others):
    """学校 公众号 开学第一课 post: an 编者按 box and a `▲` caption (not body), `<section>` bar heads, a quote, a
    `：`-ended lead-in and a centred bold slogan (body), 供稿/摄影/编辑/审核 lines, 往期回顾, a QR, publish_time
    `YYYY年M月D日 hh:mm`; 阅读原文/分享/点赞/在看 row."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    span = 'style="text-indent:2em;line-height:1.8em;margin-bottom:12px"'
    blocks = []
    for p in art["body"]:
        if _head(p):
            blocks.append('<section style="margin:24px 0 12px;text-align:center"><section style="display:inline-block;border-bottom:2px solid #1e6fd9">'
                          f'<p><strong><span style="color:#1e6fd9;font-size:17px">{esc(p)}</span></strong></p></section></section>')
        elif p.endswith("！") and len(p) < 20:
            blocks.append(f'<p style="text-align:center"><strong><span style="color:#c00;font-size:18px">{esc(p)}</span></strong></p>')
        else:
            blocks.append(f'<p {span}><span style="font-size:15px">{esc(p)}</span></p>')
    pics = [(3, "▲ 升旗仪式"), (7, "▲ 谭德顺爷爷为同学们讲述从军经历")]
    for i, cap in reversed(pics):
        blocks.insert(i, f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></section>'
                         f'<p style="text-align:center"><span style="font-size:12px;color:#888">{cap}</span></p>')
    note = ('<section style="background:#f2f7ff;padding:12px;border-radius:6px;margin-bottom:16px"><p><strong>编者按</strong></p>'
            '<p><span style="font-size:14px;color:#555">金秋九月，开学季如约而至。新的学期，新的起点，让我们跟随镜头一起走进开学第一课。</span></p></section>')
    tail = (f'<p style="font-size:12px;color:#999">供稿：德育处<br>摄影：{rng.choice(WHO)}<br>编辑：{rng.choice(WHO)}<br>审核：{rng.choice(WHO)}</p>'
            '<section><p><strong>往期回顾</strong></p>' + _rel(rng, others, 3, lambda a, b: f'<p><a>{a}</a></p>') + '</section>'
            '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/qr.png"><p><span style="font-size:12px">扫码关注我们</span></p></section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">德育处</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">万州区某实验小学</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">{note}' + "".join(blocks) + tail + '</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span><span>点赞 {rng.randint(10, 99)}</span><span>在看 {rng.randint(3, 40)}</span></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var msg_title = "{esc(art["title"])}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}">')
    return head, body, url


def db_llb106(art, rng, others):
    """党报 e-paper 理论版 (第11版 / 第10版): p11 (GBK) an old table e-paper with the text as `<br>`-separated
    `&nbsp;` lines in one `<div id="ozoom">`, bold `一、` heads (body), a `□ 作者` line, an 作者简介 box and a 注释
    list (not body), dated only by the masthead and the URL; p12 `<P>　　` paragraphs between `<!--enpcontent-->`
    markers, short bold heads (body), a `（作者单位：…）` line (not body), the date in the 版次 bar
    (`YYYY年MM月DD日 第10版：理论`); 上一版/下一版/PDF, 本版其他文章, 责任编辑, copyright."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    ver = "11" if p11 else "10"
    url = f"https://epaper.cqrb.cn/html/cqrb/{y}-{m}/{d}/{ver}/content_{_n(rng, 6)}.htm"
    if p11:
        lines = []
        for p in art["body"]:
            lines.append(f"<b>{esc(p)}</b>" if _head(p) else f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}")
        text = '<div id="ozoom" class="content">' + "<br>".join(lines) + "<br></div>"
        by = f'<p class="author">□ {rng.choice(WHO)}</p>'
        after = ('<div class="zzjj"><b>作者简介：</b>中共彭水县委党校副教授，主要研究方向为区域经济。</div>'
                 '<div class="zhushi"><b>注释：</b><br>①《中共中央关于进一步全面深化改革、推进中国式现代化的决定》，人民出版社。'
                 '<br>②参见本报理论版相关文章。</div>')
        bar = (f'<td class="bc">第{ver}版：理论</td><td><a>上一版</a></td><td><a>下一版</a></td>'
               f'<td><a href="../../../../page/{y}{m}{d}{ver}.pdf">PDF下载</a></td>')
        mast = f'<td class="rq">{y}年{m}月{d}日　{_week(art)}</td>'
    else:
        text = ("<!--enpcontent-->" + "".join(f"<P><STRONG>{esc(p)}</STRONG></P>" if _head(p) else f"<P>　　{esc(p)}</P>"
                                             for p in art["body"]) + "<!--/enpcontent-->")
        by = f'<p class="author">{rng.choice(WHO)}</p>'
        after = ('<P>　　（作者单位：重庆市委党校）</P>'
                 '<div class="zzjj"><b>作者简介</b>：法学博士，重庆市委党校副教授，重庆市基层治理研究中心研究员。</div>')
        bar = (f'<td class="bc">重庆日报　{y}年{m}月{d}日　第{ver}版：理论</td><td><a>上一版</a></td><td><a>下一版</a></td>'
               f'<td><a>PDF版</a></td><td><a>版面导航</a></td>')
        mast = '<td class="rq">往期回顾</td>'
    others_in = "".join(f"<li><a>{esc(t)}</a></li>" for t in [art["title"], *(o[0] for o in others[6:9])])
    body = (f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr>'
            f'<td class="logo"><img src="../../../../images/cqrb_logo.gif" alt="重庆日报"></td>{mast}</tr></table>'
            f'<table width="1000" border="0" align="center"><tr>{bar}</tr></table>'
            f'<table width="1000" border="0" align="center"><tr><td width="360" valign="top"><div class="bmt">'
            f'<img src="../../../../page/{y}{m}{d}{ver}.jpg" usemap="#PagePicMap"><map name="PagePicMap"><area shape="polygon"></map></div>'
            f'<div class="bmwz"><h4>本版其他文章</h4><ul>{others_in}</ul></div></td>'
            f'<td width="640" valign="top"><div class="article"><h1>{esc(art["title"])}</h1>{by}'
            f'{text}{after}<p class="bj">责任编辑：{rng.choice(WHO)}</p>'
            f'<div class="sxp"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="footer">重庆日报报业集团版权所有　未经书面授权，不得转载、摘编或以其他方式使用本网站内容。<br>渝ICP备{_n(rng, 8)}号</div>')
    head = (f'<title>{esc(art["title"])}--重庆日报数字报</title>' if p11 else '<title>重庆日报-第10版：理论</title>')
    head += '<meta name="keywords" content="理论,重庆日报">'
    return head, body, url


TEMPLATES = {"lyj_jhl106": lyj_jhl106, "fl_mp_jtjy106": fl_mp_jtjy106, "xzf_zdjc106": xzf_zdjc106,
             "sy_qx106": sy_qx106, "jtj_sgfb106": jtj_sgfb106, "xx_mp_kxdyk106": xx_mp_kxdyk106,
             "db_llb106": db_llb106}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages106", TEMPLATES, lambda art: "held-apart")


if __name__ == "__main__":
    main()
