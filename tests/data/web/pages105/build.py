"""Build the hundred-and-fifth saved-page set (``pages105``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 教委 portal 招生入学 政策解读 and 宣讲 news
(``jw_zsjd105``), a 区 公安分局 公众号 警情通报 / 典型警情 post (``gaj_mp_jqtb105``), a 县政府网
乡村振兴 典型案例 on an old table layout with photos (``xzf_xczx105``), a 腾讯新闻-like 地方新闻 page
with a video player (``qq_dfxw105``), a 区 市场监管局 portal 抽检信息 公告 and 你点我检 news
(``scjg_cjgg105``), a 社区 公众号 志愿者 招募 post (``sq_mp_zyzm105``) and a 晚报 e-paper 社区版 with a
便民信息 box (``wb_sqb105``). ``articles.txt`` holds the title, date and reference body; the furniture
(not body) is written here. See README.md.

    python tests/data/web/pages105/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["张晓燕", "李国强", "谭明辉", "冉丽萍", "何俊杰", "邓春梅", "周文斌", "熊小琴", "黄志远"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: cells joined by single spaces, no sentence punctuation."""
    return " " in p and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A subheading inside the text: ``一、…``, a short line without punctuation, ``案例一：…``, or a
    ``坚持…，推动…``-shaped two-clause head without a full stop."""
    if p.startswith("案例") and "：" in p[:5]:
        return True
    if "，" in p and "。" not in p and len(p) <= 20 and p.startswith(("坚持", "突出", "聚焦")):
        return True
    return (p.startswith(NUM_HEADS) or len(p) <= 10) and not any(c in p for c in "。，：！？ ")


def _paras(body, para, head=None, table=None) -> list[str]:
    """The body lines as HTML blocks: table rows grouped through ``table``, heads through ``head``,
    other lines through ``para`` (each wrapper takes escaped text)."""
    out, rows = [], []
    for p in list(body) + [None]:
        if table and p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(table(rows))
            rows = []
        if p is None:
            break
        out.append(head(esc(p)) if head and _head(p) else para(esc(p)))
    return out


def _rel(rng, others, k, fmt) -> str:
    """A related-articles list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="foot"><div class="foot-nav"><a>关于本网</a> | <a>网站地图</a> | <a>联系我们</a> | <a>纠错</a></div>'
            f'<p>主办单位：{host}&nbsp;&nbsp;&nbsp;&nbsp;技术支持：区大数据发展局</p>'
            f'<p>网站标识码：{code}&nbsp;&nbsp;<a>渝ICP备{_n(rng, 8)}号-1</a>&nbsp;&nbsp;渝公网安备 {_n(rng, 14)}号</p>'
            f'<p><img src="/images/zfwzjc.png"> <img src="/images/dzjg.png"></p></div>')


def jw_zsjd105(art, rng, others):
    """区 教委 portal: p01 (GBK) a 政策解读 with a 信息公开 grid (成文日期 two days before), glued info spans with a
    `<script>` counter and 【字体】, `　　` paragraphs, `<strong>一、</strong>` heads and bold `问：` / plain `答：` turns
    (body), then a 解读机关/解读人/联系电话 block and a 相关文件 link (not body); p02 a news page with only an
    `更新时间` (the day after) visible, dated by meta `PubDate`, a photo + `图为…` caption inside the text and
    `时间：`/`地点：`/`参加人员：` lines (body); 扫一扫, 打印本页/关闭窗口, 相关链接, footer."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.ybq.gov.cn/bm/qjw/zwgk_{_n(rng, 5)}/{'zcjd' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"

    def para(t):
        if t.startswith("问："):
            return f'<p style="text-indent:2em"><strong>{t}</strong></p>'
        return f'<p style="text-indent:2em">{"　　" if p01 else ""}{t}</p>'

    blocks = _paras(art["body"], para, head=lambda t: f'<p style="text-indent:2em"><strong>{t}</strong></p>')
    if p01:
        grid = (f'<div class="xxgk_table"><table><tr><th>索&nbsp;引&nbsp;号：</th><td>11500112009{_n(rng, 6)}/{y}-00{rng.randint(100, 999)}</td>'
                f'<th>主题分类：</th><td>教育</td></tr><tr><th>发布机构：</th><td>渝北区教委</td><th>成文日期：</th><td>{y}-{m}-{int(d) - 2:02d}</td></tr>'
                f'<tr><th>标&nbsp;&nbsp;&nbsp;&nbsp;题：</th><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><th>发文字号：</th><td></td><th>发布日期：</th><td>{y}-{m}-{d}</td></tr></table></div>')
        info = (f'<div class="zwxl-info"><span>发布时间：{y}-{m}-{d}</span><span>来源：区教委</span>'
                f'<span>阅读量：<script>document.write("{_n(rng, 4)}")</script></span>'
                f'<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = (f'<div class="jdjg"><p>解读机关：重庆市渝北区教育委员会</p><p>解读人：{rng.choice(WHO)}</p>'
                f'<p>联系电话：023-6782{_n(rng, 4)}</p></div>'
                f'<div class="xgwj">相关文件：<a>重庆市渝北区教育委员会关于印发《渝北区{y}年义务教育学校招生入学工作实施意见》的通知</a></div>')
    else:
        blocks.insert(3, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" title="宣讲现场"></p>'
                         f'<p style="text-align:center">图为工作人员向家长讲解入学服务平台操作流程。（区教委供图）</p>')
        grid = ""
        info = (f'<div class="zwxl-info"><span>更新时间：{y}-{m}-{int(d) + 1:02d} {_hm(rng)}</span>&nbsp;&nbsp;'
                f'<span>来源：区教委</span>&nbsp;&nbsp;<span>作者：{rng.choice(WHO)}</span>&nbsp;&nbsp;'
                f'<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = ""
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span class="date">[{dd}]</span></li>')
    body = (f'<div class="top"><div class="top-w"><span>欢迎访问渝北区人民政府网站</span><a>无障碍浏览</a><a>关怀版</a><a>登录</a></div></div>'
            f'<div class="banner"><img src="/images/logo_yb.png" alt="重庆市渝北区人民政府"></div>'
            f'<div class="nav"><ul><li>首页</li><li>走进渝北</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>专题专栏</li></ul></div>'
            f'<div class="crumb">您当前的位置：<a>首页</a>&gt;<a>区教委</a>&gt;<a>{"政策解读" if p01 else "工作动态"}</a></div>'
            f'<div class="zwxl">{grid}<div class="zwxl-title"><p class="tit">{esc(art["title"])}</p></div>{info}'
            f'<div class="zwxl-article zw" id="zoom"><div class="TRS_Editor">' + "".join(blocks) + '</div></div>' + tail +
            f'<div class="zwxl-tool"><div class="ewm"><img src="/images/ewm.png">扫一扫在手机打开当前页</div>'
            f'<a href="javascript:window.print()">打印本页</a>&nbsp;<a href="javascript:window.close()">关闭窗口</a></div>'
            f'<div class="xglj"><h3>相关链接</h3><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "重庆市渝北区人民政府办公室", f"5001120{_n(rng, 3)}"))
    head = (f'<title>{esc(art["title"])}_重庆市渝北区人民政府</title><meta name="SiteName" content="重庆市渝北区人民政府">'
            f'<meta name="ColumnName" content="{"政策解读" if p01 else "工作动态"}"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区教委">')
    return head, body, url


def gaj_mp_jqtb105(art, rng, others):
    """区 公安分局 公众号: p03 a bare `警情通报` (title only that word) with a blue 警情通报 banner image, `text-indent`
    paragraphs, a right-aligned 落款 (分局名) and date (not body), a 安全提示 card of numbered tips after it (not body),
    publish_time `YYYY-MM-DD hh:mm`; p04 an 原创 典型警情 post with a `点击上方蓝字` kicker, `案例一：` heads in
    bordered `<section>` bars, `一是…；` lines (body), a 反诈口诀 box and 往期推荐 (not body), publish_time
    `YYYY年MM月DD日 hh:mm`; 来源/编辑/审核, 阅读原文/分享/点赞/在看, QR."""
    y, m, d = _ymd(art)
    p03 = art["id"] == "p03"
    name = "平安綦江" if p03 else "大足公安"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    para = lambda x: f'<p style="text-indent:2em;line-height:1.75em;margin-bottom:8px"><span style="font-size:16px;letter-spacing:1px">{x}</span></p>'
    head_ = lambda x: (f'<section style="border-left:5px solid #1a4fa0;background:#eef3fb;padding:6px 10px;margin:14px 0">'
                       f'<p><strong><span style="color:#1a4fa0;font-size:16px">{x}</span></strong></p></section>')
    blocks = _paras(art["body"], para, head=head_)
    if p03:
        pre = f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640?wx_fmt=png" alt="警情通报"></section>'
        tail = (f'<p style="text-align:right;line-height:1.75em"><span style="font-size:16px">重庆市公安局綦江区分局</span></p>'
                f'<p style="text-align:right;line-height:1.75em"><span style="font-size:16px">{y}年{int(m)}月{int(d)}日</span></p>'
                '<section style="border:1px dashed #1a4fa0;padding:10px;margin-top:20px"><p><strong>安全提示</strong></p>'
                '<p>1.使用燃气时人不离火，用完及时关闭灶具开关和气源总阀；</p><p>2.燃气软管使用期限一般不超过18个月，发现老化、龟裂要及时更换；</p>'
                '<p>3.闻到异味不要开灯、打电话，不要在室内使用明火。</p></section>')
        date_el = f'{y}-{m}-{d} {t}'
        orig = ""
    else:
        pre = ('<section style="text-align:center"><p><span style="font-size:13px;color:#1a4fa0">点击上方蓝字 关注我们</span></p></section>'
               f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/640?wx_fmt=gif"></section>')
        tail = ('<section style="background:#fff7e6;padding:10px;margin-top:16px;text-align:center"><p><strong>反诈口诀</strong></p>'
                '<p>陌生来电要警惕，刷单返利是陷阱</p><p>屏幕共享不能开，转账之前先核实</p></section>'
                '<p><strong>往期推荐</strong></p>' + _rel(rng, others, 3, lambda a, b: f'<p><a>{a}</a></p>'))
        date_el = f'{y}年{m}月{d}日 {t}'
        orig = '<span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
    tail += (f'<p style="font-size:12px;color:#999;margin-top:20px">来源：{"綦江区公安分局" if p03 else "大足区公安局反诈中心"}</p>'
             f'<p style="font-size:12px;color:#999">编辑：{rng.choice(WHO)}&nbsp;&nbsp;审核：{rng.choice(WHO)}</p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">\n{esc(art["title"])}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">{orig}'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{name}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{date_el}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden;">{pre}' + "".join(blocks) + tail + '</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span id="readNum3">阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span><span>点赞 {rng.randint(10, 300)}</span><span>在看 {rng.randint(3, 80)}</span></div>'
            f'<div class="qr_code_pc_inner"><img src="/mp/qrcode?scene=10000004&amp;size=102"><p>微信扫一扫<br>关注该公众号</p></div>'
            f'</div></div></div><script>var ct = "{_epoch(art, t)}"; var nickname = "{name}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}"><meta property="og:site_name" content="微信公众平台">'
            f'<meta name="description" content="{esc(art["body"][0][:50])}">')
    return head, body, url


def xzf_xczx105(art, rng, others):
    """县政府网 old table layout (GBK): a 乡村振兴 典型案例 with an 编者按 (`<font color>`, not body) above the text, the
    text as `<br>`-separated `　　` lines in one `<font>` cell, bold `坚持…，推动…` heads, two photos with
    `图为…（…供图）` captions between the lines (not body), `发布日期：YYYY年MM月DD日` with a `<script>` 点击数,
    【打印本页】【关闭窗口】, 上一篇/下一篇, a 专栏 side list, footer table."""
    y, m, d = _ymd(art)
    url = f"http://www.cqck.gov.cn/zwxx_{_n(rng, 3)}/zt/xczx/dxal/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    lines = []
    for i, p in enumerate(art["body"]):
        lines.append(f"<b>{esc(p)}</b>" if _head(p) else f"　　{esc(p)}")
        if i in (4, 7):
            cap = "图为岚天乡避暑营地。" if i == 4 else "图为岚溪村村民在自家民宿前打扫庭院。"
            lines.append(f'<center><img src="/upload/{y}{m}/W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"><br>'
                         f'<font color="#333333" size="2">{cap}（城口县融媒体中心供图）</font></center>')
    note = ('<font color="#666666">编者按：为总结推广全县乡村振兴工作中的好经验、好做法，本网开设“乡村振兴典型案例”专栏，'
            '陆续刊发各乡镇（街道）的典型案例，敬请关注。</font>')
    side = "".join(f"<tr><td>·<a>{esc(t)}</a></td></tr>" for t in ("城口县乡村振兴典型案例之一：修齐镇发展山地鸡养殖",
                                                               "城口县乡村振兴典型案例之二：东安镇打造“亢谷”旅游品牌"))
    body = (f'<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.jpg" width="1002" height="150"></td></tr>'
            f'<tr><td height="36" background="/images/navbg.gif" class="nav">&nbsp;<a>首页</a>&nbsp;|&nbsp;<a>城口概况</a>&nbsp;|&nbsp;<a>政务公开</a>'
            f'&nbsp;|&nbsp;<a>乡村振兴</a>&nbsp;|&nbsp;<a>办事服务</a>&nbsp;|&nbsp;<a>公众参与</a></td></tr></table>'
            f'<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td width="230" valign="top"><table width="100%" class="left"><tr><td class="lmtit">典型案例</td></tr>{side}</table></td>'
            f'<td width="10"></td><td valign="top"><table width="100%" border="0" cellpadding="0" cellspacing="0">'
            f'<tr><td height="30" class="wz">当前位置：<a>首页</a> &gt;&gt; <a>乡村振兴</a> &gt;&gt; <a>典型案例</a></td></tr>'
            f'<tr><td align="center" height="60" class="title"><font size="4" color="#B40000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" height="30" bgcolor="#F5F5F5">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;来源：县乡村振兴局&nbsp;&nbsp;&nbsp;&nbsp;'
            f'点击数：<script language="javascript">document.write("{_n(rng, 3)}");</script>&nbsp;&nbsp;&nbsp;&nbsp;'
            f'【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
            f'<tr><td style="padding:10px">{note}</td></tr>'
            f'<tr><td id="zoom" class="content" style="font-size:16px;line-height:32px;padding:10px"><font face="宋体">' + "<br>".join(lines) + '</font></td></tr>'
            f'<tr><td class="sxp">上一篇：<a>{esc(others[0][0])}</a><br>下一篇：<a>{esc(others[5][0])}</a></td></tr>'
            f'</table></td></tr></table>'
            f'<table width="1002" border="0" align="center" bgcolor="#B40000"><tr><td align="center"><font color="#FFFFFF">'
            f'版权所有：城口县人民政府　主办：城口县人民政府办公室<br>'
            f'网站标识码：5002290{_n(rng, 3)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</font></td></tr></table>')
    head = (f'<title>{esc(art["title"])}-城口县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ColumnName" content="典型案例">')
    return head, body, url


def qq_dfxw105(art, rng, others):
    """腾讯新闻-like 地方新闻 page: a video player block (poster, 视频加载中, 00:00 / 01:xx) at the top of the text,
    `<p class="one-p">` paragraphs, a `（原标题：…）` line and a 免责声明 (not body); p06 a visible
    `YYYY-MM-DD hh:mm` + 发布于重庆 line; p07 only 发布于贵州 visible, dated by `article:published_time` meta,
    a `window.DATA` pubtime and the URL; 写评论/评论数, 分享, 相关推荐 with dates, 24小时热文 sidebar."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    aid = f"{y}{m}{d}A0{rng.choice('123456789ABCDEF')}{_n(rng, 4)}00"
    url = f"https://new.qq.com/rain/a/{aid}"
    t = _hms(rng)
    src = "上游新闻" if p06 else "遵义发布"
    paras = "".join(f'<p class="one-p">{esc(p)}</p>' for p in art["body"])
    player = (f'<div class="txpdiv" id="video-player"><div class="txp_poster"><img src="https://inews.gtimg.com/om_bt/{_wx_id(rng)}/641"></div>'
              f'<div class="txp_loading">视频加载中...</div><div class="txp_time"><span>00:00</span> / <span>0{rng.randint(1, 2)}:{rng.randint(10, 59)}</span></div></div>'
              f'<p class="one-p video-desc">{"视频：记者现场拍摄" if p06 else "视频来源：播州区融媒体中心"}</p>')
    orig = ('<p class="one-p">（原标题：两年多没下楼的八旬婆婆，这回坐着电梯去晒太阳了）</p>' if p06
            else '<p class="one-p">（原标题：好消息！高坪村通公交了）</p>')
    info = (f'<div class="media-info"><a class="author">{src}</a><span class="time">{y}-{m}-{d} {t[:5]}</span><span class="ip">发布于重庆</span></div>' if p06
            else f'<div class="media-info"><a class="author">{src}</a><span class="ip">发布于贵州</span><a class="follow">+关注</a></div>')
    rel = _rel(rng, others, 4, lambda a, b: f'<li><a>{a}</a><div class="info"><span>{b}</span><span>{rng.randint(2, 99)}评</span></div></li>')
    hot = _rel(rng, others, 5, lambda a, b: f'<li><a>{a}</a></li>')
    body = (f'<div class="qq-top"><a>腾讯网</a><a>新闻</a><a>视频</a><a>图片</a><a>军事</a><a>体育</a><a>NBA</a><a>娱乐</a><a>财经</a><a>科技</a><a>更多</a>'
            f'<span>下载客户端</span><span>登录</span></div>'
            f'<div class="qq-main"><div class="LEFT"><h1>{esc(art["title"])}</h1>{info}'
            f'<div class="content clearfix"><div class="content-article">{player}{paras}{orig}</div>'
            f'<div class="disclaimer">免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</div>'
            f'<div class="article-bottom"><span class="zan">赞 {rng.randint(5, 500)}</span><span>分享</span><span>举报</span></div>'
            f'<div class="comment"><a>写评论</a> <span>{rng.randint(10, 400)}条评论</span></div></div>'
            f'<div class="recommend"><h3>相关推荐</h3><ul>{rel}</ul></div></div>'
            f'<div class="RIGHT"><div class="hot"><h3>24小时热文</h3><ol>{hot}</ol></div>'
            f'<div class="app"><img src="/qrcode.png"><p>扫码下载腾讯新闻客户端</p></div></div></div>'
            f'<div class="qq-foot">Copyright © 1998 - {y} Tencent. All Rights Reserved</div>'
            f'<script>window.DATA = {{"article_id":"{aid}","title":"{esc(art["title"])}","media":"{src}","pubtime":"{y}-{m}-{d} {t}","catalog1":"local"}};</script>')
    head = (f'<title>{esc(art["title"])}_腾讯新闻</title><meta name="keywords" content="{"加装电梯,老旧小区" if p06 else "农村公交,遵义"}">'
            f'<meta name="description" content="{esc(art["body"][0][:60])}">'
            + ("" if p06 else f'<meta property="article:published_time" content="{y}-{m}-{d}T{t}+08:00">'))
    return head, body, url


def scjg_cjgg105(art, rng, others):
    """区 市场监管局 portal: p08 (GBK) a 抽检信息 公告 under a 信息公开 `<table>` grid (生成日期 the day before), info
    `发布日期：YYYY-MM-DD` with `&nbsp;` separators, a bordered 不合格样品 table with its header row and bold `一、`
    heads (body), an 附件 list and the 落款 + date (not body); p09 a 你点我检 news page dated `时间：YYYY/M/D hh:mm:ss`
    with bold `突出…，…` heads, `1.`…`5.` places (body) and a photo + caption; 分享到, 相关文章 with dates, footer."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.cqcs.gov.cn/bm/qscjgj/zwxx_{_n(rng, 5)}/{'tzgg' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"

    def table(rows):
        return ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%"><tbody>' + "".join(
            "<tr>" + "".join(f'<td valign="center"><p style="text-align:center"><span style="font-size:14px">{esc(c)}</span></p></td>'
                             for c in r.split(" ")) + "</tr>" for r in rows) + "</tbody></table>")

    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;line-height:28px">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em;line-height:28px"><strong>{t}</strong></p>', table=table)
    if p08:
        grid = (f'<table class="gk-grid" width="100%"><tr><td class="l">索引号：</td><td>11500115MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td>'
                f'<td class="l">主题分类：</td><td>市场监管、安全生产监管</td></tr>'
                f'<tr><td class="l">发布机构：</td><td>长寿区市场监管局</td><td class="l">生成日期：</td><td>{y}-{m}-{int(d) - 1:02d}</td></tr>'
                f'<tr><td class="l">名称：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
        info = (f'<div class="xl-info">发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;信息来源：长寿区市场监管局&nbsp;&nbsp;&nbsp;&nbsp;'
                f'【字号：<a>大</a> <a>中</a> <a>小</a>】</div>')
        tail = ('<p>附件：<a>1.食品安全监督抽检不合格产品信息.xls</a></p><p style="text-indent:3em"><a>2.食品安全监督抽检合格产品信息.xls</a></p>'
                '<p style="text-indent:3em"><a>3.部分不合格检验项目小知识.docx</a></p>'
                f'<p style="text-align:right">重庆市长寿区市场监督管理局</p><p style="text-align:right">{y}年{int(m)}月{int(d) - 1}日</p>')
    else:
        blocks.insert(12, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                          f'<p style="text-align:center"><span style="font-family:楷体">市民代表见证抽样过程。（{rng.choice(WHO)} 摄）</span></p>')
        grid = ""
        info = (f'<div class="xl-info"><span>时间：{y}/{int(m)}/{int(d)} {_hms(rng)}</span><span>来源：长寿区市场监管局</span>'
                f'<span>浏览次数：<em id="hits">{_n(rng, 3)}</em></span></div>')
        tail = ""
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><span>{dd}</span><a>{t}</a></li>')
    body = (f'<div class="header"><div class="logo"><img src="/images/logo_cs.png" alt="长寿区人民政府"></div>'
            f'<div class="search"><input type="text" placeholder="搜索"><button>搜索</button></div></div>'
            f'<div class="nav"><a>首页</a><a>部门概况</a><a>政务公开</a><a>政务服务</a><a>质量安全</a><a>互动交流</a></div>'
            f'<div class="location">当前位置：<a>首页</a> &gt; <a>区市场监管局</a> &gt; <a>{"通知公告" if p08 else "工作动态"}</a></div>'
            f'<div class="xl-main">{grid}<h2 class="xl-title">{esc(art["title"])}</h2>{info}'
            f'<div class="xl-content bt_content" id="zoom"><div class="TRS_Editor">' + "".join(blocks) + tail + '</div></div>'
            f'<div class="bdsharebuttonbox">分享到：<a class="bds_weixin"></a><a class="bds_tsina"></a><a class="bds_qzone"></a></div>'
            f'<div class="print"><a>打印</a> <a>关闭</a></div>'
            f'<div class="xgwz"><h4>相关文章</h4><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "重庆市长寿区市场监督管理局", f"5001150{_n(rng, 3)}"))
    head = (f'<title>{esc(art["title"])}_重庆市长寿区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="长寿区市场监管局">')
    return head, body, url


def sq_mp_zyzm105(art, rng, others):
    """社区 公众号 志愿者 招募 post: a `👆点击蓝字` kicker and a banner image, heads in rounded orange `<section>` bars
    (`招募岗位`, `服务安排`), `1.`…`3.` 岗位 items, bold `时间：`/`地点：`/`招募要求：`/`报名方式：` lead-ins, a centred bold
    slogan (body); a 扫码报名 QR with its caption, 文字/图片/编辑/审核 lines, 往期回顾 (not body); publish_time
    `YYYY-MM-DD hh:mm`; 分享/收藏/点赞/在看."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s?__biz=Mz{_n(rng, 9)}==&mid={_n(rng, 10)}&idx=1&sn={_wx_id(rng)[:12]}&chksm={_n(rng, 8)}#rd"
    t = _hm(rng)
    blocks = []
    for p in art["body"]:
        if _head(p):
            blocks.append(f'<section style="text-align:center;margin:20px 0 10px"><section style="display:inline-block;background:#f58220;border-radius:20px;padding:4px 18px">'
                          f'<p><strong><span style="color:#fff;font-size:16px">{esc(p)}</span></strong></p></section></section>')
        elif p.endswith("！"):
            blocks.append(f'<p style="text-align:center;margin-top:16px"><strong><span style="color:#f58220;font-size:18px">{esc(p)}</span></strong></p>')
        elif "：" in p[:6] and not p[0].isdigit():
            k, v = p.split("：", 1)
            blocks.append(f'<p style="line-height:1.8em"><strong><span style="color:#f58220">{esc(k)}：</span></strong><span style="font-size:15px">{esc(v)}</span></p>')
        else:
            blocks.append(f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
    pre = ('<section style="text-align:center"><p><span style="font-size:12px;color:#f58220">👆点击蓝字 关注我们</span></p></section>'
           f'<section><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg" style="width:100%"></section>')
    tail = (f'<section style="text-align:center;margin-top:16px"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640?wx_fmt=png" style="width:40%">'
            '<p><span style="font-size:12px;color:#888">↑ 扫码报名 ↑</span></p></section>'
            f'<p style="font-size:12px;color:#aaa">文字：{rng.choice(WHO)}&nbsp;&nbsp;图片：{rng.choice(WHO)}</p>'
            f'<p style="font-size:12px;color:#aaa">编辑：{rng.choice(WHO)}&nbsp;&nbsp;审核：{rng.choice(WHO)}</p>'
            '<section><p><strong>往期回顾</strong></p>' + _rel(rng, others, 3, lambda a, b: f'<p>▶ <a>{a}</a></p>') + '</section>'
            '<section style="text-align:center"><p>🌟 分享 · 点赞 · 在看 🌟</p></section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">江龙社区</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            f'<em class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">{pre}' + "".join(blocks) + tail + '</div>'
            f'<div class="rich_media_tool"><span>分享</span><span>收藏</span><span>点赞 {rng.randint(10, 90)}</span><span>在看 {rng.randint(2, 40)}</span></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var msg_title = "{esc(art["title"])}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:40])}"><meta property="og:type" content="article">')
    return head, body, url


def wb_sqb105(art, rng, others):
    """晚报 e-paper 社区版: a masthead date `YYYY年MM月DD日 星期X` (the only visible date; URL agrees), a 版次
    `<select>`, 上一版/下一版/PDF, a 版面图 with `<area>` links and a 标题导航 list, the text as `<br>`-separated lines in
    one `<div id="ozoom">` (p11 GBK `　　` indents and a photo + `本报记者…摄` caption above; p12 `&nbsp;` indents, `<b>` heads,
    an 引题 and 副题 and a 记者 byline); a 便民信息 box below with its own dates (not body); 责任编辑, copyright."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    ban = "12" if p11 else "13"
    url = f"https://epaper.cqwb.com.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    ind = "　　" if p11 else "&nbsp;&nbsp;&nbsp;&nbsp;"
    lines = [f"<b>{esc(p)}</b>" if _head(p) else f"{ind}{esc(p)}" for p in art["body"]]
    text = '<div id="ozoom" class="content">' + "<br>".join(lines) + "</div>"
    yt = "" if p11 else '<h3 class="yt">社区治理一线</h3>'
    ft = "" if p11 else '<h2 class="ft">错时共享停车，112户居民已签约</h2>'
    by = (f'<div class="author">本报记者　{rng.choice(WHO)}　通讯员　{rng.choice(WHO)}</div>' if not p11 else "")
    pic = (f'<div class="pic"><img src="../../../res/{y}-{m}/{d}/{ban}/res0{rng.randint(1, 5)}_attpic_brief.jpg">'
           f'<p class="pic-txt">老人们在邻里食堂就餐。本报记者　{rng.choice(WHO)}　摄</p></div>') if p11 else ""
    box = (('<table class="bmxx" width="100%" border="1" bordercolor="#C9A96E"><tr><td><b>便民信息</b><br>'
            f'■停水通知：因管网改造，{int(m)}月21日9:00至18:00，弹子石街道部分区域停水，请居民提前储水。<br>'
            '■义诊：本周六上午，区中医院专家在南坪街道社区卫生服务中心开展免费义诊。<br>'
            '■咨询：社区养老服务热线 023-6252XXXX</td></tr></table>') if p11 else
           ('<table class="bmxx" width="100%" border="1" bordercolor="#C9A96E"><tr><td><b>便民信息</b><br>'
            f'■{int(m)}月28日至30日，杨家坪步行街开展“冬季消费季”惠民活动。<br>■九龙坡区政务服务中心周六上午正常办公。</td></tr></table>'))
    opts = "".join(f'<option{" selected" if n == ban else ""}>第{n}版：{v}</option>'
                   for n, v in (("01", "要闻"), ("12", "社区"), ("13", "社区"), ("14", "健康")))
    teasers = ("南坪街道开展冬季消防安全入户宣传", "社区书屋迎来“小小图书管理员”") if p11 else ("铜元局社区“楼栋长”上岗", "居民自治让背街小巷变了样")
    nav = "".join(f"<li><a>{esc(t)}</a></li>" for t in (art["title"], *teasers))
    body = (f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td class="masthead">'
            f'<img src="../../../images/logo_cqwb.gif" alt="重庆晚报"><span class="date">{y}年{m}月{d}日　{_week(art)}</span></td></tr>'
            f'<tr><td class="bc"><select name="ban">{opts}</select>&nbsp;<a>上一版</a>&nbsp;<a>下一版</a>&nbsp;'
            f'<a href="../../../page/{y}-{m}/{d}/{ban}/{y}{m}{d}{ban}_pdf.pdf">PDF下载</a>&nbsp;<a>往期回顾</a></td></tr></table>'
            f'<table width="1000" align="center"><tr><td width="380" valign="top"><div class="bmt"><img src="../../../page/{y}-{m}/{d}/{ban}/P{y}{m}{d}{ban}.jpg" usemap="#PagePicMap">'
            f'<map name="PagePicMap"><area shape="rect" coords="12,30,360,400" href="content_1.htm"></map></div>'
            f'<div class="btdh"><h4>标题导航</h4><ul>{nav}</ul></div></td>'
            f'<td valign="top"><div class="article">{yt}<h1>{esc(art["title"])}</h1>{ft}{by}{pic}{text}{box}'
            f'<p class="zb">责任编辑：{rng.choice(WHO)}</p><div class="sxp"><a>上一篇</a>　<a>下一篇</a></div></div></td></tr></table>'
            f'<div class="footer">重庆晚报数字报　版权所有　未经授权禁止转载、摘编、复制或建立镜像<br>渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>重庆晚报-第{ban}版：社区</title><meta name="keywords" content="社区,民生">'
    return head, body, url


TEMPLATES = {"jw_zsjd105": jw_zsjd105, "gaj_mp_jqtb105": gaj_mp_jqtb105, "xzf_xczx105": xzf_xczx105,
             "qq_dfxw105": qq_dfxw105, "scjg_cjgg105": scjg_cjgg105, "sq_mp_zyzm105": sq_mp_zyzm105,
             "wb_sqb105": wb_sqb105}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages105", TEMPLATES, lambda art: "held-apart")


if __name__ == "__main__":
    main()
