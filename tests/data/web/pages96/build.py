"""Build the ninety-sixth saved-page set (``pages96``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 水务集团 portal 停水通知/企业新闻 (``swjt_tsgg96``),
a 市 文旅委 公众号 博物馆 展览 post (``wlw_mp_zl96``), a 县政府网 人大常委会 会议 page on an old table
layout (``xzf_rdcwh96``), a 中新网-like 地方 经济 报道 (``zxw_dfjj96``), a 区 医保局 portal 政策解读
(``ybj_zcjd96``), a 村 公众号 红白喜事 新规 post (``cun_mp_hbxs96``) and a 都市报 e-paper 法治版 with
以案说法 (``dsb_fzb96``). ``articles.txt`` holds the title, date and reference body; the furniture
(not body) is written here. See README.md.

    python tests/data/web/pages96/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["谭雪梅", "冉光明", "向俊杰", "秦晓丽", "邓志强", "黄诗雨", "牟永红", "熊立新", "田甜"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、", "第一单元", "第二单元", "第三单元", "第四单元")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells or two short cells joined by single spaces."""
    return " " in p and "。" not in p and "，" not in p and "；" not in p and "：" not in p and "　" not in p


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…``, ``第一单元…`` or a short line without punctuation)."""
    return (p.startswith(NUM_HEADS) or len(p) <= 6) and "。" not in p and "：" not in p and "！" not in p


def _turn(p: str) -> bool:
    """A question turn of an interview or Q&A (``记者：``/``问：``)."""
    return p.startswith(("记者：", "问："))


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows) -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return ('<table border="1" cellspacing="0" cellpadding="4" align="center"><tbody>' + "".join(
        "<tr>" + "".join(f'<td><p style="text-align:center">{esc(c)}</p></td>' for c in r.split(" ")) + "</tr>"
        for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, turn=None) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table, heads and turns marked
    by the given wrappers, other lines through ``para``."""
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


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="bottom"><p><a>关于我们</a> | <a>网站地图</a> | <a>联系我们</a></p>'
            f'<p>主办单位：{host}　承办单位：{host}办公室</p>'
            f'<p>渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：{code}</p>'
            f'<p><img src="/images/jiucuo.png">政府网站找错</p><div class="ewm"><img src="/images/ewm.jpg"><span>扫一扫 手机浏览</span></div></div>')


def swjt_tsgg96(art, rng, others):
    """区 水务集团 portal: p01 (GBK) a 停水通知 whose `一、` heads and `1.` 范围 items are body and whose
    落款 (集团名) and date are not, info `发布时间：YYYY/M/D` glued spans with a `<script>` counter and a
    `温馨提示` box; p02 企业新闻 with a 改造 table, a photo and `图为…（XX 摄）` caption, date only in
    `<meta name="PubDate">` and the URL; 相关新闻 with dates, 打印/关闭, footer."""
    y, m, d = _ymd(art)
    url = f"http://www.spbsw.com.cn/news/{'tzgg' if art['id'] == 'p01' else 'qyxw'}/{y}{m}/{d}/{_n(rng, 6)}.html"
    p01 = art["id"] == "p01"
    blocks = _paras(art["body"], lambda t: f'<p>　　{t}</p>', head=lambda t: f'<p>　　<strong>{t}</strong></p>')
    if p01:
        info = (f'<div class="info"><span>发布时间：{y}/{int(m)}/{int(d)} {_hm(rng)}</span><span>发布部门：客户服务中心</span>'
                f'<span>点击：<script>document.write("{_n(rng, 4)}")</script>次</span></div>')
        tail = (f'<p style="text-align:right">重庆市沙坪坝区水务集团有限公司</p>'
                f'<p style="text-align:right">{y}年{int(m)}月{int(d) - 1}日</p>')
        box = ('<div class="wxts"><h4>温馨提示</h4><p>关注“沙坪坝水务”微信公众号，可第一时间获取停水信息、在线缴费、报修。</p></div>')
    else:
        blocks.insert(3, f'<p style="text-align:center"><img src="/uploadfile/{y}{m}/{_n(rng, 10)}.jpg"></p>'
                         f'<p style="text-align:center">图为施工人员在井口片区更换供水管道。（{rng.choice(WHO)} 摄）</p>')
        info = f'<div class="info"><span>来源：集团办公室</span>&nbsp;&nbsp;<span>作者：{rng.choice(WHO)}</span>&nbsp;&nbsp;<span>【<a>大</a> <a>中</a> <a>小</a>】</span></div>'
        tail, box = "", '<div class="fx">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>'
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><span class="date">[{dd}]</span><a>{t}</a></li>')
    body = (f'<div class="top"><img src="/images/logo.png" alt="沙坪坝区水务集团"><div class="tel">24小时服务热线：023-65510001</div></div>'
            f'<div class="nav"><ul><li>首页</li><li>集团概况</li><li>新闻中心</li><li>停水公告</li><li>客户服务</li><li>党建园地</li></ul></div>'
            f'<div class="weizhi">您当前的位置：<a>首页</a>&gt;<a>新闻中心</a>&gt;<a>{"停水公告" if p01 else "企业新闻"}</a></div>'
            f'<div class="con"><h1>{esc(art["title"])}</h1>{info}<div class="zw">' + "".join(blocks) + tail + f'</div>{box}'
            f'<div class="dy"><a>【打印此页】</a> <a>【关闭窗口】</a></div>'
            f'<div class="sxp"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[1][0])}</a></p></div>'
            f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
            f'<div class="foot"><p>版权所有：重庆市沙坪坝区水务集团有限公司　地址：沙坪坝区天星桥正街{rng.randint(10, 99)}号</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-2</p></div>')
    head = f'<title>{esc(art["title"])}-沙坪坝区水务集团</title>'
    if not p01:
        head += f'<meta name="PubDate" content="{y}-{m}-{d} {_hms(rng)}">'
    return head, body, url


def wlw_mp_zl96(art, rng, others):
    """市 文旅委 公众号: p03 a 博物馆日 展览 post with `第X单元` heads, a 展品 photo and `▲` caption, 开展时间/开放时间/
    展览地点 items (body), a 预约 QR box; p04 a 巡展 post with `记者：` turns and a quoted line; publish_time
    p03 `YYYY-MM-DD hh:mm`, p04 none visible (only the `ct` epoch in a script); 阅读原文/点赞/在看 row."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    p03 = art["id"] == "p03"
    blocks = _paras(art["body"],
                    lambda t: f'<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;">{t}</span></p>',
                    head=lambda t: (f'<section style="background:#8b2e1f;padding:4px 12px;display:inline-block;">'
                                    f'<p><span style="color:#fff;"><strong>{t}</strong></span></p></section>'),
                    turn=lambda q, r: f'<p><strong><span style="color:#8b2e1f;">{q}：</span>{r}</strong></p>')
    blocks = [b.replace("相关负责人：", "相关负责人：</strong>").replace('<span style="font-size:15px;">市文化旅游委相关负责人：</strong>',
                                                                  '<span style="font-size:15px;"><strong>市文化旅游委相关负责人：</strong>') for b in blocks]
    cap = (f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
           f'<p style="text-align:center"><span style="font-size:12px;color:#888;">▲{"汉代抚琴陶俑" if p03 else "展览现场"}</span></p>')
    blocks.insert(9 if p03 else 2, cap)
    if p03:
        blocks.insert(0, '<section style="border:1px solid #8b2e1f;padding:10px;"><p><span style="color:#8b2e1f;font-size:14px;">'
                         '编者按：博物馆是城市的记忆。今年国际博物馆日的主题是“博物馆、可持续性与美好生活”。</span></p></section>')
        extra = ('<section style="text-align:center;"><p><img data-src="qr.png"></p><p>长按识别二维码 预约观展</p></section>')
        meta = f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {_hm(rng)}</em>'
    else:
        extra = '<p style="text-align:center;"><span style="font-size:12px;">— END —</span></p>'
        meta = '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>'
    who = rng.sample(WHO, 3)
    tail = (f'<p><span style="font-size:12px;color:#888">来源：重庆文旅融媒</span></p>'
            f'<p><span style="font-size:12px;color:#888">责编：{who[0]}　审核：{who[1]}　终审：{who[2]}</span></p>')
    rec = _rel(rng, others, 3, lambda t, dd: f'<p><a href="#"><span style="color:#576b95">{t}</span></a></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n          </h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">重庆文旅</a></span>'
            f'{meta}<em id="js_ip_wording_wrp">发表于重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden;">' + "".join(blocks) + extra + tail +
            f'<section><p><strong>推荐阅读</strong></p>{rec}</section></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span><span>点赞 {rng.randint(5, 90)}</span><span>在看 {rng.randint(1, 40)}</span></div>'
            f'<div class="rich_media_extra"><p>留言</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";var nickname = "重庆文旅";</script>')
    return head, body, url


def xzf_rdcwh96(art, rng, others):
    """县政府网 人大 page on an old table layout: `<br>`-separated `　　` paragraphs inside one `<td>` in `<font>`
    (p05, GBK) or `<p>` (p06), info line `日期：YYYY年MM月DD日　来源：县人大常委会办公室　【字体：大 中 小】`
    (p05 with an `更新时间` later), ArticleTitle meta, 打印本页/关闭窗口, 相关信息 with dates, 网站标识码 footer."""
    y, m, d = _ymd(art)
    p05 = art["id"] == "p05"
    url = f"http://www.cqsz.gov.cn/rdzx/rdyw/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    if p05:
        text = ('<font style="font-size:16px" face="宋体">' + "<br>".join(f"　　{esc(p)}" for p in art["body"]) + "<br>&nbsp;</font>")
        upd = f'<tr><td align="right"><font color="#999999">更新时间：{y}-{m}-{int(d) + 2:02d} {_hms(rng)}</font></td></tr>'
        dt = f"{y}年{m}月{d}日"
    else:
        text = "".join(f'<p style="text-indent:2em">{esc(p)}</p>' for p in art["body"])
        upd, dt = "", f"{y}-{m}-{d}"
    rel = _rel(rng, others, 5, lambda t, dd: f'<tr><td>·<a>{t}</a></td><td width="90">{dd}</td></tr>')
    body = (f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner.jpg"></td></tr>'
            f'<tr><td class="nav"><a>首页</a> | <a>人大概况</a> | <a>人大要闻</a> | <a>代表工作</a> | <a>监督工作</a> | <a>履职平台</a></td></tr></table>'
            f'<table width="1000" align="center"><tr><td width="250" valign="top"><div class="left"><div class="lt">人大之窗</div>'
            f'<ul><li>常委会会议</li><li>主任会议</li><li>执法检查</li><li>代表风采</li></ul></div></td>'
            f'<td valign="top"><table width="100%"><tr><td class="wz">当前位置：<a>首页</a> &gt;&gt; <a>人大之窗</a> &gt;&gt; 人大要闻</td></tr>'
            f'<tr><td align="center" class="bt"><b><font size="5" color="#c00000">{esc(art["title"])}</font></b></td></tr>'
            f'<tr><td align="center" class="xx">日期：{dt}&nbsp;&nbsp;&nbsp;来源：县人大常委会办公室&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
            f'<tr><td class="bt_content" id="Zoom">{text}</td></tr>{upd}'
            f'<tr><td align="right"><a>【打印本页】</a>&nbsp;<a>【关闭窗口】</a></td></tr>'
            f'<tr><td><div class="xgxx">相关信息</div><table width="100%">{rel}</table></td></tr></table></td></tr></table>'
            + _gov_foot(rng, "石柱土家族自治县人民政府", f"50024{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}-石柱县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="人大要闻">')
    return head, body, url


def zxw_dfjj96(art, rng, others):
    """中新网-like 地方 经济 报道: `中新网重庆X月X日电` dateline opening the text (kept), `（完）` end kept, an
    info line `YYYY年MM月DD日 hh:mm　来源：中国新闻网` with 参与互动/分享, p07 a photo with `资料图：…` caption and
    `【编辑:…】`, p08 a 关键词 strip and 责任编辑; 图片新闻/热点推荐 side, 中新网 copyright footer."""
    y, m, d = _ymd(art)
    url = f"https://www.chinanews.com.cn/cj/{y}/{m}-{d}/{_n(rng, 7)}.shtml"
    p07 = art["id"] == "p07"
    blocks = [f"<p>　　{esc(p)}</p>" for p in art["body"]]
    if p07:
        blocks.insert(2, f'<div class="left_ph"><img src="//image.cns.com.cn/{y}/{m}-{d}/{_n(rng, 8)}.jpg">'
                         f'<div class="left_name"><p>资料图：工人在整车生产线上作业。中新社记者 {rng.choice(WHO)} 摄</p></div></div>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a></li>')
    body = (f'<div class="top_nav"><a>首页</a><a>国内</a><a>国际</a><a>社会</a><a>财经</a><a>地方</a><a>视频</a></div>'
            f'<div class="w1000"><div class="crumbs"><a>中新网</a> &gt; <a>财经</a> &gt; 正文</div>'
            f'<div class="content_left_wrap"><h1 class="content_left_title">{esc(art["title"])}</h1>'
            f'<div class="content_left_time">{y}年{m}月{d}日 {_hm(rng)}　来源：中国新闻网<span class="hd"><a>参与互动</a></span>'
            f'<div class="share"><a>分享</a></div></div>'
            f'<div class="left_zw" style="position:relative">' + "".join(blocks) +
            f'<p>　　</p></div>'
            f'<div class="adEditor"><div class="left_name"><div class="left_name">【编辑:{rng.choice(WHO)}】</div></div></div>'
            + ('' if p07 else f'<div class="keywords">关键词：<a>綦江</a> <a>工业</a> <a>技改</a></div>') +
            f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
            f'<div class="content_right"><h4>图片新闻</h4><ul><li>新春走基层</li><li>城市夜景</li></ul><h4>热点推荐</h4><ul><li>{esc(others[2][0])}</li></ul></div></div>'
            f'<div class="footer"><p>本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</p>'
            f'<p>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p>'
            f'<p>[网上传播视听节目许可证(0106168)] [京ICP证040655号] [京公网安备：110102003042-1]</p></div>')
    head = (f'<title>{esc(art["title"])}-中新网</title><meta name="keywords" content="新能源汽车,两江新区">'
            f'<meta name="description" content="{esc(art["body"][0][:60])}">')
    return head, body, url


def ybj_zcjd96(art, rng, others):
    """区 医保局 portal 政策解读: a 信息公开 grid (索引号, 发布机构, 生成日期 before, 发布日期), `问：` turns in bold
    and `答：` lines (body), a 资助 table, `1.` items; a 一图读懂 image strip and a 原文链接/相关文件 box after the
    text (not body), a 解读机关/解读人 line, 【字体】, 打印/关闭, footer."""
    y, m, d = _ymd(art)
    url = f"http://www.cqna.gov.cn/bm/qybj/zwgk_{_n(rng, 5)}/zcjd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;">{t}</p>',
                    turn=lambda q, r: f'<p style="text-indent:2em;"><strong>{q}：{r}</strong></p>')
    grid = (f'<table class="gkxx"><tr><td>索引号：</td><td>11500108MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td><td>主题分类：</td><td>卫生、体育</td></tr>'
            f'<tr><td>发布机构：</td><td>南岸区医疗保障局</td><td>生成日期：</td><td>{y}-{m}-{int(d) - 2:02d}</td></tr>'
            f'<tr><td>标题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
            f'<tr><td>发文字号：</td><td></td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
    after = ('<p style="text-align:center"><img src="./W02023122801.jpg"></p><p style="text-align:center"><img src="./W02023122802.jpg"></p>'
             '<div class="jdr"><p>解读机关：南岸区医疗保障局</p><p>解读人：待遇保障科 ' + rng.choice(WHO) + '</p><p>联系电话：023-6' + str(_n(rng, 7)) + '</p></div>'
             '<div class="ywlj">原文链接：<a>关于做好2024年度城乡居民基本医疗保险参保缴费工作的通知</a></div>')
    body = (f'<div class="head"><img src="/images/nanan_logo.png" alt="重庆市南岸区人民政府"><a>无障碍</a><a>长者模式</a></div>'
            f'<div class="nav"><span>首页</span><span>政务公开</span><span>政务服务</span><span>互动交流</span><span>走进南岸</span></div>'
            f'<div class="position">当前位置：首页 &gt; 部门 &gt; 区医保局 &gt; 政策解读</div>{grid}'
            f'<div class="article-box"><div class="tit">{esc(art["title"])}</div>'
            f'<div class="fbxx"><span>发布日期：{y}-{m}-{d}</span><span>来源：区医保局</span><span>字号：[ <a>大</a> <a>中</a> <a>小</a> ]</span></div>'
            f'<div class="view TRS_UEDITOR trs_paper_default trs_web">' + "".join(blocks) + '</div>' + after +
            f'<div class="tools"><a>[打印本页]</a> <a>[关闭窗口]</a></div></div>'
            + _gov_foot(rng, "重庆市南岸区人民政府办公室", f"50010{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}_重庆市南岸区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="政策解读">')
    return head, body, url


def cun_mp_hbxs96(art, rng, others):
    """村 公众号 红白喜事 新规: publish_time `YYYY年M月D日`, `一、` heads in coloured sections, a one-line slogan
    paragraph and a salutation line (body); the 落款 (村民委员会/红白理事会 and date) after the text, a 村规
    poster with `▲` caption, a 举报电话 box, 编辑/审核, QR and 阅读/分享/点赞/在看 row (not body)."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s?__biz={_wx_id(rng)}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 12)}"
    blocks = _paras(art["body"],
                    lambda t: f'<p style="line-height:2em;"><span style="font-size:16px;">　　{t}</span></p>',
                    head=lambda t: f'<section style="color:#c00;text-align:center;"><p><strong><span style="font-size:18px;">{t}</span></strong></p></section>')
    blocks.insert(3, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/{_wx_id(rng)}/640"></p>'
                     '<p style="text-align:center"><span style="font-size:12px;">▲村民代表大会表决现场</span></p>')
    who = rng.sample(WHO, 2)
    tail = (f'<p style="text-align:right">桃花源村民委员会</p><p style="text-align:right">桃花源村红白理事会</p>'
            f'<p style="text-align:right">{y}年{int(m)}月{int(d)}日</p>'
            f'<section style="border:1px solid #c00;padding:8px;"><p>红白理事会联系电话：{_n(rng, 11)}（冉会长）</p></section>'
            f'<p><span style="font-size:12px;color:#999;">编辑：{who[0]}　审核：{who[1]}</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content"><span class="rich_media_meta_nickname"><a id="js_name">酉阳桃花源村</a></span>'
            f'<em id="publish_time">{y}年{int(m)}月{int(d)}日 {_hm(rng)}</em><em id="js_ip_wording_wrp">发表于重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(blocks) + tail +
            f'<p style="text-align:center"><img data-src="qrcode.jpg"></p><p style="text-align:center">扫码关注 了解村里事</p></div>'
            f'<div class="rich_media_tool"><span>阅读 {_n(rng, 3)}</span><span>分享</span><span>点赞 {rng.randint(5, 90)}</span><span>在看 {rng.randint(1, 40)}</span></div>'
            f'</div></div>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def dsb_fzb96(art, rng, others):
    """都市报 e-paper 法治版 (第07版): the text as `<br>`-separated `　　` lines inside one div, `本报讯` opening
    kept; p11 (GBK) a short `法官说法` head (body), a 引题 and a 以案说法 kicker, a 法条链接 box after the text
    (not body); p12 `民警提醒：` then `1.` items; banner date `YYYY年M月D日 星期X`, 版次/PDF/上一版/下一版,
    版面 list, 编辑/校对, copyright; `<title>` the paper's name only."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"https://epaper.dscb.com.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    text = "<br>".join(f"　　{esc(p)}" for p in art["body"])
    box = ('<div class="ftlj"><p><b>法条链接</b></p><p>《中华人民共和国民法典》第五百七十七条：当事人一方不履行合同义务或者履行合同义务不符合约定的，'
           '应当承担继续履行、采取补救措施或者赔偿损失等违约责任。</p></div>') if p11 else ""
    bm = "".join(f"<li><a>{esc(t)}</a></li>" for t in [art["title"], *(o[0] for o in others[:3])])
    body = (f'<div class="epaper-top"><img src="../../../images/logo.gif" alt="都市晨报"><span>{y}年{int(m)}月{int(d)}日　{_week(art)}</span></div>'
            f'<div class="bc"><span>第07版：法治</span>　<a>上一版</a>　<a>下一版</a>　<a href="../../../page/{y}-{m}/{d}/07/{y}{m}{d}07_pdf.pdf">PDF下载</a>　<a>往期回顾</a></div>'
            f'<table width="100%"><tr><td width="300" valign="top"><img src="../../../page/{y}-{m}/{d}/07/P{y}{m}{d}07.jpg" usemap="#PagePicMap">'
            f'<ul class="bmlb">{bm}</ul></td><td valign="top"><div class="wz">'
            f'<p class="lm">{"以案说法" if p11 else "警方提示"}</p><p class="yt">{"付款后被拉黑，钱能要回来吗？" if p11 else "“免费领鸡蛋”背后的陷阱"}</p>'
            f'<h1>{esc(art["title"])}</h1><div id="ozoom" style="font-size:16px;line-height:28px">{text}</div>{box}'
            f'<p class="bj">本版编辑：{rng.choice(WHO)}　校对：{rng.choice(WHO)}　美编：{rng.choice(WHO)}</p>'
            f'<div class="sxp"><a>上一篇</a>　<a>下一篇</a></div></div></td></tr></table>'
            f'<div class="foot">都市晨报社版权所有 未经书面授权禁止转载、摘编或建立镜像　渝ICP备{_n(rng, 8)}号</div>')
    head = '<title>都市晨报数字报</title><meta name="keywords" content="法治">'
    return head, body, url


TEMPLATES = {"swjt_tsgg96": swjt_tsgg96, "wlw_mp_zl96": wlw_mp_zl96, "xzf_rdcwh96": xzf_rdcwh96,
             "zxw_dfjj96": zxw_dfjj96, "ybj_zcjd96": ybj_zcjd96, "cun_mp_hbxs96": cun_mp_hbxs96,
             "dsb_fzb96": dsb_fzb96}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages96", TEMPLATES, lambda art: "held-apart")


if __name__ == "__main__":
    main()
