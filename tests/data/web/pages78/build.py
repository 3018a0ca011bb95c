"""Build the seventy-eighth saved-page set (``pages78``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 文旅委 公众号 景区 门票优惠 post
(``wlw_mp_jqyh``), a 市 住建委 portal 安全生产月 news page (``zjw_aqsy_portal``), a 县政府网 人大
视察 page on an old GBK table layout (``xzf_rdsc_gbk``), a 华龙网-like 区县 专访 page
(``hlw_qxzf78``), a 区 税务局 portal 减税降费 解读 with 问/答 (``swj_jsjf_wenda``), a 乡镇 公众号
健康义诊 notice (``xz_mp_yizhen``) and a 县报 e-paper 头版 with 导读 and 图片新闻
(``xb_tb_daodu_tpxw``). ``articles.txt`` holds the title, date and reference body; the furniture
(not body) is written here. See README.md.

    python tests/data/web/pages78/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["冉小川", "谭静怡", "向宏伟", "杨秋月", "石磊", "邹婷婷", "冯志刚", "曾雨萱", "黎明辉", "熊倩"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…`` or a short line without a full stop or colon)."""
    return (p.startswith(NUM_HEADS) or len(p) <= 6) and "。" not in p and "：" not in p


def _turn(p: str) -> bool:
    """A question turn of an interview or Q&A (``记者：``/``问：``)."""
    return p.startswith(("记者：", "问："))


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f"<table {attrs}><tbody>" + "".join(
        "<tr>" + "".join(f"<td><p style=\"text-align:center\">{esc(c)}</p></td>" for c in r.split(" ")) + "</tr>"
        for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, turn=None) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table, heads and turns marked."""
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
        if head and _head(p):
            out.append(head(esc(p)))
        elif turn and _turn(p):
            q, rest = p.split("：", 1)
            out.append(turn(esc(q), esc(rest)))
        else:
            out.append(para(esc(p)))
    return out


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def wlw_mp_jqyh(art, rng, others):
    """区 文旅委 公众号: 门票优惠 items as body, coloured ▍heads, ▲ caption, 温馨提示 box, 阅读原文 row."""
    y, m, d = _ymd(art)
    acct = f"{art['place']}文旅"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    blocks = _paras(art["body"],
                    lambda t: f'<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;">{t}</span></p>',
                    head=lambda t: (f'<section style="margin:20px 0 10px;border-left:4px solid #0a8f6a;padding-left:8px;">'
                                    f'<p><strong><span style="color:#0a8f6a;font-size:17px;">{t}</span></strong></p></section>'))
    img = (f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"'
           f' data-ratio="0.6667" data-w="1080"></p><p style="text-align:center"><span style="font-size:12px;color:#888">'
           f'▲{esc(rng.choice(["资料图", "景区风光（资料图）", "游客在景区游览"]))}</span></p>')
    blocks.insert(2, img)
    tip = ('<section style="background:#f3faf7;border:1px dashed #0a8f6a;padding:12px;margin:16px 0;">'
           '<p style="text-align:center"><strong>温馨提示</strong></p>'
           '<p style="font-size:14px">出行前请关注景区公告，提前预约购票；</p>'
           '<p style="font-size:14px">山区早晚温差大，请备好衣物，注意安全。</p></section>')
    tail = (f'<p style="text-align:center"><span style="font-size:12px;color:#b2b2b2">来源：{esc(art["place"])}区文化旅游委</span></p>'
            f'<p style="text-align:center"><span style="font-size:12px;color:#b2b2b2">编辑：{WHO[rng.randint(0, 9)]}&nbsp;&nbsp;审核：{WHO[rng.randint(0, 9)]}</span></p>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/0"></p>'
            f'<p style="text-align:center"><span style="font-size:13px">长按识别二维码 关注{esc(acct)}</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {_hm(rng)}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:visible;">'
            + "".join(blocks) + tip + tail +
            f'</div><div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a>'
            f'<span>阅读 {_n(rng, 4)}</span><span class="sns_opr_btn">分享</span><span>点赞 {rng.randint(20, 300)}</span>'
            f'<span>在看 {rng.randint(5, 90)}</span></div>'
            f'<div class="rich_media_extra"><p>写留言</p><p>留言</p><p>暂无留言</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:type" content="article"><meta name="description" content="{esc(art["body"][0])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";</script>')
    return head, body, url


def zjw_aqsy_portal(art, rng, others):
    """市 住建委 portal: TRS_Editor text with bold 一、 heads, 发布时间 + later 更新时间, 相关链接, 字号, footer."""
    y, m, d = _ymd(art)
    url = f"https://zfcxjw.cq.gov.cn/zwxx_166/bmdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em;"><strong>{t}</strong></p>')
    upd = f"{y}-{m}-{min(int(d) + rng.randint(1, 5), 28):02d}"
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a href="#">{t}</a><span>{dd}</span></li>')
    body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="重庆市住房和城乡建设委员会"></div>'
            f'<ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>专题专栏</li></ul></div>'
            f'<div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>部门动态</a></div>'
            f'<div class="xl_con"><div class="xl_tit"><p class="tit">{esc(art["title"])}</p>'
            f'<div class="xl_info"><span>发布时间：{y}年{m}月{d}日</span>&nbsp;&nbsp;<span>来源：市住房城乡建委</span>'
            f'&nbsp;&nbsp;<span>浏览次数：<script>document.write("{_n(rng, 3)}")</script></span>'
            f'&nbsp;&nbsp;<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div></div>'
            f'<div class="view TRS_UEDITOR trs_paper_default trs_word"><div class="TRS_Editor">'
            + "".join(blocks) +
            f'</div></div><div class="xl_bot"><p>更新时间：{upd} {_hms(rng)}</p><p>【责任编辑：{rng.choice(WHO)}】</p>'
            f'<p><a>打印本页</a>&nbsp;&nbsp;<a>关闭窗口</a></p><div class="bdsharebuttonbox">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div></div></div>'
            f'<div class="xglj"><h3>相关链接</h3><ul>{rel}</ul></div>'
            f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a></p>'
            f'<p>主办：重庆市住房和城乡建设委员会　地址：重庆市渝北区旗山路</p>'
            f'<p>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号　网站标识码：5000000{_n(rng, 3)}</p></div>')
    head = (f'<title>{esc(art["title"])}_重庆市住房和城乡建设委员会</title>'
            f'<meta name="SiteName" content="重庆市住房和城乡建设委员会"><meta name="ColumnName" content="部门动态">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ContentSource" content="市住房城乡建委">')
    return head, body, url


def xzf_rdsc_gbk(art, rng, others):
    """县政府网 人大 视察: old GBK table layout, `<br>`/`<font>` text in one cell, a caption inside,
    a visible `Y/M/D` line (p05) or only a PubDate meta (p06), 【关闭窗口】, 上一篇/下一篇."""
    y, m, d = _ymd(art)
    url = f"http://www.cqck.gov.cn/zwxx/xzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    visible = art["id"] == "p05"
    text = "<br>\n".join(f"{IND}{esc(p)}" for p in art["body"])
    text = ('<font style="font-size:14px;line-height:200%">' + text.replace("<br>\n", "<br>\n", 1) + "</font>")
    pic = (f'<p align="center"><img src="/picture/0/{_n(rng, 9)}.jpg" width="500" border="0"></p>'
           f'<p align="center"><font color="#666666">视察组在{esc(rng.choice(["现场", "水厂", "基地"]))}察看情况（{rng.choice(WHO)} 摄）</font></p>')
    info = (f'<tr><td align="center" class="hui12">发布时间：{int(y)}/{int(m)}/{int(d)}&nbsp;&nbsp;&nbsp;来源：县人大常委会办公室&nbsp;&nbsp;&nbsp;'
            f'点击数：<script language="javascript">document.write({_n(rng, 3)});</script></td></tr>' if visible else
            '<tr><td align="center" class="hui12">来源：县人大常委会办公室&nbsp;&nbsp;【<a href="javascript:window.print()">打印</a>】</td></tr>')
    prev_t, next_t = rng.sample(others, 2)
    body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td><img src="/images/top_banner.jpg" width="1000" height="160" alt="城口县人民政府"></td></tr>'
            f'<tr><td class="nav_bg"><a>首页</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>乡镇动态</a>&nbsp;|&nbsp;<a>人大政协</a>&nbsp;|&nbsp;<a>互动交流</a></td></tr></table>'
            f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td width="220" valign="top" class="left_bg"><table width="100%"><tr><td class="lm_tit">人大政协</td></tr>'
            f'<tr><td><a>人大动态</a></td></tr><tr><td><a>政协动态</a></td></tr><tr><td><a>代表风采</a></td></tr></table></td>'
            f'<td width="780" valign="top"><table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td height="30" class="dqwz">您现在的位置：首页 &gt;&gt; 人大政协 &gt;&gt; 人大动态</td></tr>'
            f'<tr><td align="center" class="bt_title" height="60"><b><font size="4" color="#0B4E9B">{esc(art["title"])}</font></b></td></tr>'
            f'{info}<tr><td class="bt_content" style="padding:15px">{pic}{text}</td></tr>'
            f'<tr><td align="right">【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
            f'<tr><td>上一篇：<a>{esc(prev_t[0])}</a><br>下一篇：<a>{esc(next_t[0])}</a></td></tr></table></td></tr></table>'
            f'<table width="1000" border="0" align="center" class="foot"><tr><td align="center">'
            f'版权所有：城口县人民政府办公室&nbsp;&nbsp;技术支持：县大数据发展中心<br>'
            f'渝ICP备{_n(rng, 8)}号-1&nbsp;&nbsp;网站标识码：5002290{_n(rng, 3)}</td></tr></table>')
    head = (f'<title>{esc(art["title"])}--城口县人民政府</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    return head, body, url


def hlw_qxzf78(art, rng, others):
    """华龙网-like 区县 专访: 记者：/name： turns (bold question), 人物名片 box beside, 摘要, video box,
    `YYYY-MM-DD hh:mm:ss` info line, 责任编辑, 版权声明, 相关阅读 with dates, comment counter."""
    y, m, d = _ymd(art)
    url = f"https://cq.cqnews.net/html/{y}-{m}/{d}/content_{_n(rng, 9)}.html"
    blocks = _paras(art["body"], lambda t: f"<p>{IND}{t}</p>",
                    turn=lambda q, r: f"<p>{IND}<strong>{q}：{r}</strong></p>")
    # the answer's speaker name in bold too, as such pages print it
    blocks = [b.replace(f"<p>{IND}罗明江：", f"<p>{IND}<strong>罗明江：</strong>").replace(
        f"<p>{IND}秦德文：", f"<p>{IND}<strong>秦德文：</strong>") for b in blocks]
    if art["id"] == "p07":
        blocks.insert(2, '<div class="video-box"><video src="https://video.cqnews.net/v/x.mp4" controls></video>'
                         '<p class="video-tit">视频：东溪古镇航拍</p></div>')
    card = ('<div class="rwmp" style="border:1px solid #ddd;padding:10px"><h4>人物名片</h4>'
            '<p>罗明江，1979年生，重庆綦江人，现任东溪镇党委书记。</p></div>' if art["id"] == "p07" else
            '<div class="zhuanti"><h4>专题</h4><p>基层治理看重庆</p></div>')
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><a>{t}</a><em>{dd}</em></li>')
    body = (f'<div class="top_bar"><a>华龙网首页</a><a>新闻</a><a>区县</a><a>视频</a><a>登录</a></div>'
            f'<div class="crumbs"><a>华龙网</a> &gt; <a>区县</a> &gt; <a>{esc(art["place"])}</a></div>'
            f'<div class="main_l"><h1 class="title">{esc(art["title"])}</h1>'
            f'<div class="info"><span class="time">{y}-{m}-{d} {_hms(rng)}</span><span class="source">来源：华龙网</span>'
            f'<span class="comment">评论：<em>{rng.randint(0, 40)}</em></span></div>'
            f'<div class="summary"><b>[摘要]</b>{esc(art["body"][1][:30])}……</div>'
            f'<div class="content" id="main_text">' + "".join(blocks) +
            f'<p class="editor">（责任编辑：{rng.choice(WHO)}）</p></div>'
            f'<div class="copyright"><p>版权声明：凡注明“来源：华龙网”的所有作品，版权均属华龙网所有，未经授权禁止转载。</p></div>'
            f'<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ</a></div>'
            f'<div class="xgyd"><h3>相关阅读</h3><ul>{rel}</ul></div>'
            f'<div class="pl"><h3>网友评论</h3><p>{rng.randint(0, 30)}条评论 · 已有{rng.randint(100, 999)}人参与</p></div></div>'
            f'<div class="main_r">{card}<div class="hot"><h4>24小时热点</h4><ol>'
            + _rel(rng, others, 3, lambda t, dd: f"<li>{t}</li>") + '</ol></div></div>'
            f'<div class="footer"><p>华龙网-重庆市重点新闻网站 渝ICP备{_n(rng, 8)}号</p><p>违法和不良信息举报电话：023-{_n(rng, 8)}</p></div>')
    head = (f'<title>{esc(art["title"])}_区县新闻_华龙网</title><meta name="keywords" content="{esc(art["place"])},专访">'
            f'<meta name="publishdate" content="{y}-{m}-{d}">')
    return head, body, url


def swj_jsjf_wenda(art, rng, others):
    """区 税务局 portal: 信息公开 grid (索引号, 成文日期), 问：/答： turns, bold 一、 heads, a table,
    落款 + 附件 lines after the 解读 (not body), 发布日期 line; GBK for p09."""
    y, m, d = _ymd(art)
    url = f"http://chongqing.chinatax.gov.cn/cqtax/spbqswj/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    blocks = _paras(art["body"], lambda t: f"<p>{IND}{t}</p>",
                    head=lambda t: f"<p>{IND}<b>{t}</b></p>",
                    turn=lambda q, r: f"<p>{IND}<b>{q}：</b>{r}</p>")
    blocks = [b.replace(f"<p>{IND}答：", f"<p>{IND}<b>答：</b>") for b in blocks]
    jiedu = "解读" in art["title"]
    grid = ""
    tail = ""
    if jiedu:
        cw = f"{y}-{m}-{int(d) - 2:02d}"
        grid = (f'<table class="xxgk_table" width="100%" border="1"><tr><td>索引号：</td><td>11500106MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td>'
                f'<td>发布机构：</td><td>国家税务总局重庆市沙坪坝区税务局</td></tr>'
                f'<tr><td>成文日期：</td><td>{cw}</td><td>主题分类：</td><td>税收政策解读</td></tr></table>')
        tail = (f'<p style="text-align:right">国家税务总局重庆市沙坪坝区税务局</p>'
                f'<p style="text-align:right">{y}年{int(m)}月{int(d)}日</p>'
                f'<p>附件：<a href="/u/cms/{_n(rng, 6)}.pdf">小规模纳税人增值税优惠政策问答.pdf</a></p>')
    else:
        blocks.insert(1, f'<p style="text-align:center"><img src="/img/{_n(rng, 8)}.jpg"></p>'
                         f'<p style="text-align:center">税务干部为企业财务人员讲解政策（{rng.choice(WHO)} 摄）</p>')
    rel = _rel(rng, others, 3, lambda t, dd: f'<li>·<a>{t}</a>（{dd}）</li>')
    body = (f'<div class="top"><span>国家税务总局重庆市税务局</span><a>English</a><a>无障碍</a></div>'
            f'<div class="menu"><a>首页</a><a>新闻动态</a><a>信息公开</a><a>纳税服务</a><a>互动交流</a></div>'
            f'<div class="dqwz">当前位置：首页 &gt; 区县局 &gt; 沙坪坝区税务局 &gt; {"政策解读" if jiedu else "工作动态"}</div>'
            f'<div class="article">{grid}<h2 class="art-title">{esc(art["title"])}</h2>'
            f'<div class="art-info"><span>发布日期：{y}-{m}-{d}</span><span>信息来源：沙坪坝区税务局</span>'
            f'<span>字号：[ <a>大</a> <a>中</a> <a>小</a> ]</span><span><a>打印</a></span></div>'
            f'<div id="zoom" class="con">' + "".join(blocks) + tail + '</div>'
            f'<div class="tip-box"><b>温馨提示：</b>纳税人如有疑问，可拨打12366纳税缴费服务热线咨询。</div>'
            f'<div class="xgwz"><h4>相关文章</h4><ul>{rel}</ul></div></div>'
            f'<div class="foot"><p>主办单位：国家税务总局重庆市税务局　承办单位：国家税务总局重庆市沙坪坝区税务局</p>'
            f'<p>京ICP备{_n(rng, 8)}号　网站标识码：bm29{_n(rng, 6)}</p><p>扫一扫在手机上查看当前页面</p></div>')
    head = (f'<title>{esc(art["title"])}-国家税务总局重庆市税务局</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d}">')
    return head, body, url


def xz_mp_yizhen(art, rng, others):
    """乡镇 公众号 义诊 notice: bold 时间：/地点：/参加人员： lines and `1.` items (body), a 落款 with its
    date (not body), a poster image, a QR and 阅读/在看 row; the date only in the post's em."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    acct = "龙潭镇人民政府"

    def para(t):
        if "：" in t[:6]:
            k, v = t.split("：", 1)
            return f'<p style="line-height:2em;"><strong><span style="color:#c00000">{k}：</span></strong><span>{v}</span></p>'
        return f'<p style="line-height:2em;text-indent:2em;"><span>{t}</span></p>'
    blocks = _paras(art["body"], para,
                    head=lambda t: f'<section style="background:#c00000;color:#fff;padding:4px 10px;display:inline-block">{t}</section>')
    blocks.insert(1, f'<p><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640" data-type="png"></p>')
    sign = (f'<p style="text-align:right"><span>龙潭镇人民政府</span></p>'
            f'<p style="text-align:right"><span>{y}年{int(m)}月{int(d)}日</span></p>')
    tail = (f'<p><br></p><section style="font-size:12px;color:#999;text-align:center"><p>供稿：龙潭镇社会事务办</p>'
            f'<p>编辑：{rng.choice(WHO)}｜审核：{rng.choice(WHO)}</p></section>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/0"></p>'
            f'<p style="text-align:center;font-size:12px">扫码关注 了解更多龙潭资讯</p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_area_primary_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content"><span class="rich_media_meta_nickname"><a id="js_name">{acct}</a></span>'
            f'<em id="publish_time">{y}年{int(m)}月{int(d)}日 {_hm(rng)}</em><em>重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(blocks) + sign + tail + '</div>'
            f'<div id="js_tags"><span>#健康义诊</span><span>#家门口服务</span></div>'
            f'<div class="rich_media_tool"><span>阅读 {_n(rng, 3)}</span><span>分享</span><span>点赞</span><span>在看</span></div>'
            f'<div class="rich_media_extra"><h3>推荐阅读</h3><ul>'
            + _rel(rng, others, 3, lambda t, dd: f"<li>{t}</li>") + '</ul></div></div></div>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xb_tb_daodu_tpxw(art, rng, others):
    """县报 e-paper 头版: 版次 selector, 今日导读 box, 图片新闻 beside, the text in
    `<br>` lines inside one `<founder-content>`, 引题, a 转第2版 line, 上一篇/下一篇, PDF link."""
    y, m, d = _ymd(art)
    url = f"http://epaper.xsxw.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    text = "<br />\n".join(f"{IND}{esc(p)}" for p in art["body"])
    daodu = _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a>（第{rng.randint(2, 4)}版）</li>')
    tpxw = (f'<div class="tpxw"><h4>图片新闻</h4><img src="../../../res/{y}-{m}/{d}/{_n(rng, 6)}.jpg" />'
            f'<p>9月18日，游客在边城洪安古镇游览。 通讯员 {rng.choice(WHO)} 摄</p></div>')
    body = (f'<table width="1000" class="banner"><tr><td>秀山报 数字报刊</td><td>{y}年{m}月{d}日 {_week(art)}</td></tr></table>'
            f'<div class="bmnav"><span>第01版：要闻</span> <a>版面导航</a> <a>上一版</a> <a>下一版</a> '
            f'<a href="../../../page/{y}-{m}/{d}/01/{_n(rng, 6)}.pdf">PDF下载</a> <a>往期回顾</a></div>'
            f'<table width="1000"><tr><td width="320" valign="top"><div class="bm_img"><img src="../../../page/{y}-{m}/{d}/01/s.jpg" /></div>'
            f'<div class="daodu"><h4>今日导读</h4><ul>{daodu}</ul></div></td>'
            f'<td valign="top"><table width="100%"><tr><td class="yt" align="center">项目为王 聚力攻坚</td></tr>'
            f'<tr><td class="bt" align="center"><strong style="font-size:24px">{esc(art["title"])}</strong></td></tr>'
            f'<tr><td class="ft" align="center">18个项目总投资46.3亿元</td></tr>'
            f'<tr><td class="zw"><founder-content>{text}<br />\n{IND}（下转第2版）</founder-content></td></tr></table>'
            f'{tpxw}<div class="sxp"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[1][0])}</a></p></div>'
            f'</td></tr></table><div class="foot">秀山报社 版权所有 未经书面授权 不得复制或建立镜像</div>')
    head = f'<title>秀山报-{esc(art["title"])}</title><meta name="description" content="{esc(art["title"])}" />'
    return head, body, url


TEMPLATES = {"wlw_mp_jqyh": wlw_mp_jqyh, "zjw_aqsy_portal": zjw_aqsy_portal, "xzf_rdsc_gbk": xzf_rdsc_gbk,
             "hlw_qxzf78": hlw_qxzf78, "swj_jsjf_wenda": swj_jsjf_wenda, "xz_mp_yizhen": xz_mp_yizhen,
             "xb_tb_daodu_tpxw": xb_tb_daodu_tpxw}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages78", TEMPLATES, lambda art: "held-apart")


if __name__ == "__main__":
    main()
