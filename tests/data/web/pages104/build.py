"""Build the hundred-and-fourth saved-page set (``pages104``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 图书馆 公众号 讲座 预告/回顾 post with a 嘉宾简介
card (``tsg_mp_jz104``), a 县 卫健委 疫苗 接种 通告 on an old table portal and 接种 news with a table
(``xzf_ymtg104``), a 凤凰网-like 地方 频道 人物 故事 (``ifeng_rw104``), a 区 商务委 portal 消费券 问答
and 消费券 news (``swk_xfq104``), a 村 公众号 村规民约 post (``cun_mp_cgmy104``), a 县报 e-paper 第02版
(``xb_ep02_104``, one page with two 简讯 under the article) and a 省级 news portal 区县 频道 article
(``sjxw_qxpd104``). ``articles.txt`` holds the title, date and reference body; the furniture (not
body) is written here. See README.md.

    python tests/data/web/pages104/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["谭晓琴", "冉启明", "向丽萍", "何家宏", "秦雪梅", "黄志刚", "邓春兰", "熊俊杰", "周小燕"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: cells joined by single spaces, no sentence punctuation."""
    return " " in p and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A subheading inside the text: ``一、…``, a ``坚持…，推动…`` line, or a short line without a full stop."""
    if _row(p) or any(c in p for c in "。！？：；"):
        return False
    return p.startswith(NUM_HEADS) or p.startswith("坚持") or len(p) <= 8


def _table(rows) -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%"><tbody>' + "".join(
        "<tr>" + "".join(f'<td valign="center"><p style="text-align:center">{esc(c)}</p></td>' for c in r.split(" ")) + "</tr>"
        for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, turn=None, names=(), table=_table) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table, heads and Q&A turns (lines
    opening with ``记者：``/``问：``/``答：`` or one of ``names`` and a colon) through their wrappers."""
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
        q = p.split("：", 1)[0] if "：" in p else ""
        if head and _head(p):
            out.append(head(esc(p)))
        elif turn and (q in ("记者", "问", "答") or q in names):
            out.append(turn(esc(q), esc(p.split("：", 1)[1])))
        else:
            out.append(para(esc(p)))
    return out


def _rel(rng, others, k, fmt) -> str:
    """A related-articles list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _wx(art, rng, account, blocks, date_el, t, url) -> tuple[str, str]:
    """A WeChat post shell: title, account line with ``date_el``, the text, the toolbar and the ``ct`` script."""
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{account}</a></span>{date_el}'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">' + "".join(blocks) + '</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span><span>点赞 {rng.randint(10, 99)}</span><span>在看 {rng.randint(3, 50)}</span></div>'
            f'<div class="rich_media_extra"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "{account}"; var msg_title = "{esc(art["title"])}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}"><meta name="description" content="{esc(art["body"][0][:40])}">')
    return head, body


def tsg_mp_jz104(art, rng, others):
    """区 图书馆 公众号: p01 a 讲座预告 with bar heads (讲座信息/讲座内容/参与方式), 时间：/地点：/主讲人： lines and
    `1.` items (body), a 嘉宾简介 card after the 主讲人 line and a 扫码报名 QR box (not body), a date inside the
    text (4月23日) that is not the publication date; p02 a 讲座回顾 with a `▲` caption mid-text and a
    `publish_time` in `YYYY年M月D日 hh:mm`; both end with 编辑/审核, 往期回顾 and an 👇 阅读原文 line."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    blocks = _paras(art["body"], lambda x: f'<p style="text-indent:2em;line-height:1.8em"><span style="font-size:15px;color:#3e3e3e">{x}</span></p>',
                    head=lambda x: (f'<section style="margin:20px 0 10px;text-align:center"><section style="display:inline-block;background:#8b5a2b;padding:4px 18px">'
                                    f'<p><span style="color:#fff;font-size:16px"><strong>{x}</strong></span></p></section></section>'))
    if p01:
        i = next(k for k, p in enumerate(art["body"]) if p.startswith("主讲人"))
        blocks.insert(i + 1, '<section style="border:1px solid #8b5a2b;padding:10px;margin:10px 0;background:#fbf6ef">'
                             '<p><strong>嘉宾简介</strong></p><p><span style="font-size:13px">周明远，长寿区地方志办公室退休干部，区作家协会会员，'
                             '长期从事长寿地方文史研究，著有《长寿老街》《湖畔旧事》等。</span></p></section>')
        blocks.append('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/qr_signup.png">'
                      '<p><span style="font-size:12px">扫码预约讲座</span></p></section>')
        date_el = f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
    else:
        blocks.insert(3, f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></section>'
                         '<p style="text-align:center"><span style="font-size:12px;color:#888">▲ 讲座现场，读者们认真聆听</span></p>')
        date_el = f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {t}</em>'
    blocks.append(f'<p style="font-size:12px;color:#999">文字：{rng.choice(WHO)}<br>图片：{rng.choice(WHO)}<br>编辑：{rng.choice(WHO)}<br>审核：{rng.choice(WHO)}</p>'
                  '<section><p><strong>往期回顾</strong></p>' + _rel(rng, others, 3, lambda a, b: f'<p>▶ <a>{a}</a></p>') + '</section>'
                  '<p style="text-align:center"><span style="font-size:13px">👇点击“阅读原文”查看讲座合集</span></p>')
    head, body = _wx(art, rng, "长寿区图书馆", blocks, date_el, t, url)
    return head, body, url


def xzf_ymtg104(art, rng, others):
    """县 政府网: p03 (GBK) an old table portal 通告 with `<b>一、</b>` heads and `1.` 接种点 items as `<font>`
    paragraphs, a right-aligned 落款 (卫健委 + the day before) and an 附件 line (not body), `发布时间：YYYY年MM月DD日`
    in a `<td>` with `&nbsp;` runs; p04 a modern 工作动态 page with a 接种 table, `发布日期：YYYY-MM-DD hh:mm`
    then a later `更新时间`, 分享到 and 相关阅读 with dates; ArticleTitle/PubDate meta on both."""
    y, m, d = _ymd(art)
    p03 = art["id"] == "p03"
    url = f"http://www.psx.gov.cn/zwgk_{_n(rng, 3)}/{'tzgg' if p03 else 'bmdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    rel = _rel(rng, others, 4, lambda a, b: f'<li><a>{a}</a><span class="date">[{b}]</span></li>')
    foot_host = "彭水苗族土家族自治县人民政府办公室"
    foot = (f'<p>主办：{foot_host}　承办：县大数据发展中心</p><p>网站标识码：5002430{_n(rng, 3)}　渝ICP备{_n(rng, 8)}号-1　'
            f'渝公网安备 {_n(rng, 14)}号</p><p>建议使用1366×768分辨率浏览本网站</p>')
    if p03:
        blocks = _paras(art["body"], lambda x: f'<p style="line-height:28px"><font face="仿宋_GB2312" size="4">　　{x}</font></p>',
                        head=lambda x: f'<p style="line-height:28px"><font face="黑体" size="4">　　<b>{x}</b></font></p>')
        tail = (f'<p align="right"><font face="仿宋_GB2312" size="4">彭水县卫生健康委员会&nbsp;&nbsp;&nbsp;&nbsp;</font></p>'
                f'<p align="right"><font face="仿宋_GB2312" size="4">{y}年{int(m)}月{int(d) - 3}日&nbsp;&nbsp;&nbsp;&nbsp;</font></p>'
                f'<p><font size="3">附件：<a href="/uploadfiles/{y}{m}/{_n(rng, 10)}.doc">HPV疫苗接种知情同意书.doc</a></font></p>')
        body = (f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner.jpg" width="980" height="150"></td></tr>'
                f'<tr><td bgcolor="#0B5FA5" height="36" class="nav"><a>首页</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a>政务公开</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a>通知公告</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a>政务服务</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a>走进彭水</a></td></tr></table>'
                f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="wz" height="30">当前位置：<a>首页</a>&gt;&gt;<a>政务公开</a>&gt;&gt;<a>通知公告</a></td></tr>'
                f'<tr><td align="center" height="60"><font size="5" color="#0B3D91"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" bgcolor="#EEF3F9" height="28"><font size="2" color="#666666">发布时间：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;来源：县卫生健康委&nbsp;&nbsp;&nbsp;&nbsp;'
                f'点击数：<script language="javascript">document.write("{_n(rng, 4)}");</script>&nbsp;&nbsp;&nbsp;&nbsp;【<a>大</a> <a>中</a> <a>小</a>】</font></td></tr>'
                f'<tr><td class="zw" style="padding:10px 30px">' + "".join(blocks) + tail + '</td></tr>'
                f'<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
                f'<tr><td><table width="100%"><tr><td class="xgwz"><b>相关文章</b><ul>{rel}</ul></td></tr></table></td></tr></table>'
                f'<table width="980" align="center" bgcolor="#0B5FA5"><tr><td align="center"><font color="#FFFFFF">{foot}</font></td></tr></table>')
        pub = f"{y}-{m}-{d}"
    else:
        blocks = _paras(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>')
        body = (f'<div class="top"><div class="w1200"><span class="fl">欢迎访问彭水苗族土家族自治县人民政府网站</span><span class="fr"><a>无障碍浏览</a> <a>长者模式</a></span></div></div>'
                f'<div class="header"><img src="/images/logo.png" alt="彭水县人民政府"><div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div>'
                f'<div class="menu"><ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>数据开放</li><li>走进彭水</li></ul></div>'
                f'<div class="w1200"><div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 部门动态</div>'
                f'<div class="xl_con"><div class="xl_title">{esc(art["title"])}</div>'
                f'<div class="xl_info">发布日期：{y}-{m}-{d} {_hm(rng)}&nbsp;&nbsp;&nbsp;&nbsp;更新时间：{y}-{m}-{int(d) + 3} {_hm(rng)}&nbsp;&nbsp;&nbsp;&nbsp;来源：县卫生健康委&nbsp;&nbsp;&nbsp;&nbsp;字号：<a>大</a> <a>中</a> <a>小</a></div>'
                f'<div class="zw TRS_Editor">' + "".join(blocks) + '</div>'
                f'<div class="share">分享到：<a class="wx"></a><a class="wb"></a><a class="qq"></a></div>'
                f'<div class="dy"><a>【打印】</a><a>【关闭】</a></div>'
                f'<div class="xgyd"><h3>相关阅读</h3><ul>{rel}</ul></div></div></div>'
                f'<div class="footer">{foot}</div>')
        pub = f"{y}-{m}-{d} {_hm(rng)}"
    head = (f'<title>{esc(art["title"])}-彭水苗族土家族自治县人民政府</title><meta name="SiteName" content="彭水苗族土家族自治县人民政府">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{pub}">'
            f'<meta name="ContentSource" content="县卫生健康委">')
    return head, body, url


def ifeng_rw104(art, rng, others):
    """凤凰网-like 地方 频道 人物 story: p05 an 引题 kicker above the headline, `YYYY年MM月DD日 hh:mm:ss 来自：凤凰网重庆`,
    `记者：` turns in bold and name-colon answers, a photo with a caption line after the opening paragraphs,
    a comment counter, 相关推荐 with dates; p06 no visible date (only `publishdate` meta and the page's
    `allData` script), a 原标题/来源 line above the text and a 版权声明 box after it."""
    y, m, d = _ymd(art)
    p05 = art["id"] == "p05"
    url = f"https://cq.ifeng.com/c/8{_wx_id(rng)[:10]}"
    ts = f"{y}-{m}-{d} {_hms(rng)}"
    blocks = _paras(art["body"], lambda x: f'<p>{x}</p>',
                    turn=lambda q, r: (f'<p><strong>{q}：{r}</strong></p>' if q == "记者" else f'<p>{q}：{r}</p>'),
                    names=("向春梅",))
    blocks.insert(2, f'<p class="detailPic"><img src="https://x0.ifengimg.com/ucms/{y}_{int(m)}/{_wx_id(rng)[:12]}.jpg" alt=""></p>'
                     f'<p class="picIntro">{"向春梅在果园里直播。受访者供图" if p05 else "李德华在山路上送邮件。通讯员 " + rng.choice(WHO) + " 摄"}</p>')
    rel = _rel(rng, others, 4, lambda a, b: f'<li><a>{a}</a><span class="time">{b[5:]}</span></li>')
    if p05:
        kicker = '<div class="index_sub-title">乡村振兴·新农人</div>'
        info = (f'<div class="index_info"><p class="index_time"><span>{y}年{m}月{d}日 {ts[11:]}</span></p>'
                f'<p class="index_source">来自：<a>凤凰网重庆</a></p><span class="index_comment"><a>{rng.randint(10, 90)}</a>评论</span></div>')
        above, below = "", ""
    else:
        kicker = ""
        info = f'<div class="index_info"><p class="index_source">来自：<a>凤凰网重庆</a></p><span class="index_comment"><a>{rng.randint(10, 90)}</a>评论</span></div>'
        above = f'<p class="index_orig">原标题：{esc(art["title"])}　28年，他把山路走成了“民心路”</p><p class="index_orig">来源：黔江区融媒体中心</p>'
        below = '<div class="index_copyright">［版权声明］凤凰网所有自有内容，未经书面授权，不得转载、摘编或以其他方式使用，违者必究。</div>'
    body = (f'<div class="index_header"><a class="logo">凤凰网重庆</a><ul class="nav"><li>首页</li><li>资讯</li><li>区县</li><li>文旅</li><li>美食</li><li>财经</li></ul></div>'
            f'<div class="index_main"><div class="index_left"><div class="index_artical">{kicker}'
            f'<h1 class="index_topic">{esc(art["title"])}</h1>{info}'
            f'<div class="index_text">{above}<div class="index_main_content">' + "".join(blocks) + f'</div>{below}</div>'
            f'<div class="index_editor">[责任编辑：{rng.choice(WHO)} PN{_n(rng, 3)}]</div>'
            f'<div class="index_share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="index_comment_box"><p>已有 {rng.randint(10, 90)} 人参与评论</p><textarea>文明上网，理性发言</textarea></div></div></div>'
            f'<div class="index_right"><div class="index_rec"><h3>相关推荐</h3><ul>{rel}</ul></div>'
            f'<div class="index_hot"><h3>24小时热榜</h3><ol><li>重庆发布高温橙色预警</li><li>轨道交通新线开通时间确定</li></ol></div></div></div>'
            f'<div class="index_footer"><p>凤凰网重庆 版权所有 Copyright © {y} Phoenix New Media Limited All Rights Reserved.</p></div>'
            f'<script>var allData = {{"docData":{{"newsTime":"{ts}","title":"{esc(art["title"])}","source":"凤凰网重庆"}}}};</script>')
    head = (f'<title>{esc(art["title"])}_凤凰网重庆</title><meta name="keywords" content="{art["place"]},人物">'
            f'<meta property="og:title" content="{esc(art["title"])}">' + ('' if p05 else f'<meta name="publishdate" content="{y}-{m}-{d}">'))
    return head, body, url


def swk_xfq104(art, rng, others):
    """区 商务委 portal: p07 (GBK) a 政策问答 with `<strong>问：</strong>` and `答：` turns, info spans glued with no
    whitespace (发布时间, 来源, a `<script>document.write` 浏览次数), 【字体：大 中 小】, a 相关文件 box and a
    解读机关 line after the text (not body); p08 news with bold `一、` heads, `发布时间：YYYY/M/D hh:mm:ss`, a
    温馨提示 box after the text; 打印本页/关闭窗口, 扫一扫, footer with 网站标识码."""
    y, m, d = _ymd(art)
    p07 = art["id"] == "p07"
    url = f"http://www.cqstn.gov.cn/bm/qswj/zwxx_{_n(rng, 5)}/{'zcjd' if p07 else 'dt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2em">{x}</p>',
                    head=lambda x: f'<p style="text-indent:2em;line-height:2em"><strong>{x}</strong></p>',
                    turn=lambda q, r: (f'<p style="text-indent:2em;line-height:2em"><strong>问：{r}</strong></p>' if q == "问"
                                       else f'<p style="text-indent:2em;line-height:2em">答：{r}</p>'))
    if p07:
        info = (f'<div class="xl-info"><span>发布时间：{y}-{m}-{d}</span><span>来源：区商务委</span>'
                f'<span>浏览次数：<script>document.write({_n(rng, 3)})</script></span>'
                f'<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = ('<div class="xgwj"><p><strong>相关文件：</strong></p><p><a>潼南区2023年“惠享潼南”消费券发放实施方案</a></p></div>'
                '<p class="jdjg">解读机关：潼南区商务委员会　解读人：区商务委市场运行科</p>')
    else:
        info = (f'<div class="xl-info"><span>发布时间：{y}/{int(m)}/{int(d)} {_hms(rng)}</span>&nbsp;&nbsp;'
                f'<span>来源：区商务委</span>&nbsp;&nbsp;<span>作者：{rng.choice(WHO)}</span></div>')
        tail = ('<div class="wxts" style="border:1px dashed #c00;padding:8px"><p><strong>温馨提示</strong></p>'
                '<p>消费券仅限本人在参与活动的商户使用，不得转让、兑换现金，请勿相信“代领”“高价回收”等信息。</p></div>')
    rel = _rel(rng, others, 3, lambda a, b: f'<li><a>{a}</a>&nbsp;<span>{b}</span></li>')
    body = (f'<div class="head"><img src="/images/logo_tn.png" alt="潼南区人民政府"><div class="ss"><input><a>搜索</a></div></div>'
            f'<div class="nav"><a>首页</a><a>机构概况</a><a>政务公开</a><a>政策解读</a><a>工作动态</a><a>互动交流</a></div>'
            f'<div class="dqwz">当前位置：<a>首页</a>&gt;<a>区商务委</a>&gt;<a>{"政策解读" if p07 else "工作动态"}</a></div>'
            f'<div class="con"><h2 class="tit">{esc(art["title"])}</h2>{info}'
            f'<div class="bt_content TRS_Editor">' + "".join(blocks) + f'</div>{tail}'
            f'<div class="ewm"><img src="/images/ewm.png"><span>扫一扫在手机打开当前页</span></div>'
            f'<div class="btns"><a>打印本页</a>&nbsp;&nbsp;<a>关闭窗口</a></div>'
            f'<div class="xgxx"><p class="t">相关信息</p><ul>{rel}</ul></div></div>'
            f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a></p><p>主办：重庆市潼南区商务委员会　承办：潼南区商务委办公室</p>'
            f'<p>网站标识码：5001520{_n(rng, 3)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_重庆市潼南区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="{"政策解读" if p07 else "工作动态"}">')
    return head, body, url


def cun_mp_cgmy104(art, rng, others):
    """村 公众号: the 村规民约 as `第X条` paragraphs with the article number bold, a `▲` photo caption, a centred
    slogan at the end (body), the 落款 (村民委员会 + an earlier date) right-aligned after the 条文 (not body),
    a `#村规民约#` hashtag line, 来源/编辑 lines and 往期推荐."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    blocks = []
    for p in art["body"]:
        if p.startswith("第") and "条 " in p[:5]:
            n, rest = p.split(" ", 1)
            blocks.append(f'<p style="line-height:1.75em"><span style="font-size:15px"><strong><span style="color:#b30000">{esc(n)}</span></strong> {esc(rest)}</span></p>')
        elif p.endswith("！") and len(p) < 16:
            blocks.append(f'<p style="text-align:center"><strong><span style="font-size:17px;color:#b30000">{esc(p)}</span></strong></p>')
        else:
            blocks.append(f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
    i = next(k for k, p in enumerate(art["body"]) if p.startswith("第八条"))
    blocks.insert(i + 1, f'<p style="text-align:right"><span style="font-size:14px">荣昌区双河街道双河村村民委员会</span></p>'
                         f'<p style="text-align:right"><span style="font-size:14px">{y}年{int(m)}月{int(d) - 4}日</span></p>')
    blocks.insert(2, f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></section>'
                     '<p style="text-align:center"><span style="font-size:12px;color:#888">▲ 院坝会上，村民们对村规民约草案提出意见</span></p>')
    blocks.insert(0, '<p><span style="color:#576b95;font-size:14px">#村规民约# #乡村治理#</span></p>')
    blocks.append(f'<p style="font-size:12px;color:#999">来源：双河村村委会<br>编辑：{rng.choice(WHO)}</p>'
                  '<section><p><strong>往期推荐</strong></p>' + _rel(rng, others, 3, lambda a, b: f'<p><a>{a}</a></p>') + '</section>')
    date_el = f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
    head, body = _wx(art, rng, "荣昌双河村", blocks, date_el, t, url)
    return head, body, url


# The 第02版 titles beside each e-paper article (the page map lists the article itself last).
BM02 = {"p10": ["县人大常委会召开第十四次会议", "高安镇柑橘喜获丰收", "县图书馆新增24小时自助借阅点"],
        "p11": ["我县召开冬季安全生产工作会", "垫江牡丹文化节筹备工作启动", "县城新增3处口袋公园"]}


def xb_ep02_104(art, rng, others):
    """县报 e-paper 第02版 article page: masthead date `YYYY年MM月DD日 星期X` (the only visible date; the URL's
    path agrees), 版次 selector (上一版/下一版/PDF), 版面图, 本版其他文章; p10 (GBK) the text as `<br>`-separated
    `　　` lines in one `<div>` and, below it in the same content box, a `本版简讯` strip with two short
    messages (a second and third article, not body); p11 `<p>` paragraphs under an 引题 with a photo caption
    (`图为…（XX 摄）`) in the text and a `□ 记者` byline; 责任编辑, 上一篇/下一篇; `<title>` the paper and 版名."""
    y, m, d = _ymd(art)
    p10 = art["id"] == "p10"
    url = f"http://epaper.djxw.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    if p10:
        text = ('<div id="ozoom" class="content">' + "<br>".join("　　" + esc(p) for p in art["body"]) + "<br>"
                '<div class="jx"><br><b>■本版简讯</b><br><b>县图书馆新增24小时自助借阅点</b><br>　　近日，县图书馆在桂溪街道新设一处24小时自助借阅点，'
                '配置图书3000余册，市民刷身份证即可借还。<br><b>太平镇开展冬季森林防火宣传</b><br>　　12月10日，太平镇组织干部职工深入各村，'
                '发放森林防火宣传资料2000余份，提醒村民冬季野外严禁用火。</div></div>')
        yt, by = "", f'<div class="zz">本报记者　{rng.choice(WHO)}　通讯员　{rng.choice(WHO)}</div>'
    else:
        ps = [f"<p>　　{esc(p)}</p>" for p in art["body"]]
        ps.insert(2, '<p style="text-align:center"><img src="../../../res/1/20/{0}/{1}.jpg"></p>'
                     '<p style="text-align:center">图为高岭村院坝议事会现场。（通讯员　{2}　摄）</p>'.format(y, _n(rng, 6), rng.choice(WHO)))
        text = '<div id="ozoom" class="content"><founder-content>' + "".join(ps) + '</founder-content></div>'
        yt, by = '<h3 class="yt">基层治理·创新实践</h3>', f'<div class="zz">□ 记者　{rng.choice(WHO)}</div>'
    bm = "".join(f"<li><a>{t}</a></li>" for t in (BM02[art["id"]] + [esc(art["title"])]))
    body = (f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td class="masthead">'
            f'<img src="../../../images/djb_logo.gif" alt="垫江日报"><span class="rq">{y}年{m}月{d}日　{_week(art)}</span></td></tr>'
            f'<tr><td class="bcbar">第02版：综合新闻&nbsp;&nbsp;<a>上一版</a>&nbsp;&nbsp;<a>下一版</a>&nbsp;&nbsp;<a href="../../../page/{y}-{m}/{d}/02/P{y}{m}{d}02.pdf">PDF下载</a>&nbsp;&nbsp;<a>往期回顾</a></td></tr></table>'
            f'<table width="1000" align="center"><tr><td width="340" valign="top"><img src="../../../page/{y}-{m}/{d}/02/{y}{m}{d}02_brief.jpg" usemap="#PagePicMap">'
            f'<div class="bbqt"><p>本版其他文章</p><ul>{bm}</ul></div></td>'
            f'<td valign="top"><div class="wz">{yt}<h1>{esc(art["title"])}</h1>{by}{text}'
            f'<div class="zbj">责任编辑：{rng.choice(WHO)}　校对：{rng.choice(WHO)}</div>'
            f'<div class="sxp"><a>上一篇</a>　<a>下一篇</a></div></div></td></tr></table>'
            f'<div class="foot">垫江日报社版权所有　未经授权禁止转载　渝ICP备{_n(rng, 8)}号</div>')
    head = '<title>垫江日报-第02版：综合新闻</title>'
    return head, body, url


def sjxw_qxpd104(art, rng, others):
    """省级 news portal 区县 频道 (华龙网-like): `<strong>坚持…，推动…</strong>` heads, a photo + `图为…（XX 摄）` caption
    in the text (not body), quotes; info `YYYY-MM-DD hh:mm:ss 来源：新重庆客户端` with a 字号 switch, a 责任编辑
    line, a 版权声明 box, 相关阅读 with dates; `<title>` with a site suffix."""
    y, m, d = _ymd(art)
    url = f"https://cq.cqnews.net/html/{y}-{m}/{d}/content_{_n(rng, 9)}.html"
    blocks = _paras(art["body"], lambda x: f'<p>　　{x}</p>', head=lambda x: f'<p>　　<strong>{x}</strong></p>')
    blocks.insert(1, f'<p style="text-align:center"><img src="https://img.cqnews.net/{y}{m}/{_n(rng, 9)}.jpg"></p>'
                     f'<p style="text-align:center">图为双桂湖国家湿地公园。（梁平区融媒体中心供图）</p>')
    rel = _rel(rng, others, 4, lambda a, b: f'<li><a>{a}</a><em>{b}</em></li>')
    body = (f'<div class="topbar"><a>华龙网首页</a> <a>新重庆客户端</a> <a>登录</a></div>'
            f'<div class="header"><img src="/images/hlw_logo.png"><ul class="channel"><li>重庆</li><li>区县</li><li>评论</li><li>财经</li><li>视频</li></ul></div>'
            f'<div class="breadcrumb">华龙网 &gt; 区县 &gt; 梁平 &gt; 正文</div>'
            f'<div class="article-box"><h1>{esc(art["title"])}</h1>'
            f'<div class="info"><span class="time">{y}-{m}-{d} {_hms(rng)}</span><span class="source">来源：新重庆客户端</span>'
            f'<span class="font">字号：<a>大</a><a>中</a><a>小</a></span></div>'
            f'<div class="content">' + "".join(blocks) + '</div>'
            f'<div class="editor">责任编辑：{rng.choice(WHO)}</div>'
            f'<div class="copyright">版权声明：本文系华龙网原创，转载请注明出处。未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</div>'
            f'<div class="share">分享到：<a>微信</a><a>微博</a></div>'
            f'<div class="related"><h3>相关阅读</h3><ul>{rel}</ul></div></div>'
            f'<div class="footer"><p>华龙网版权所有　互联网新闻信息服务许可证 50120170001</p><p>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_区县_华龙网</title><meta name="keywords" content="梁平,双桂湖,水环境">'
            f'<meta name="description" content="{esc(art["body"][1][:50])}">')
    return head, body, url


TEMPLATES = {"tsg_mp_jz104": tsg_mp_jz104, "xzf_ymtg104": xzf_ymtg104, "ifeng_rw104": ifeng_rw104,
             "swk_xfq104": swk_xfq104, "cun_mp_cgmy104": cun_mp_cgmy104, "xb_ep02_104": xb_ep02_104,
             "sjxw_qxpd104": sjxw_qxpd104}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages104", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used


if __name__ == "__main__":
    main()
