"""Build the ninety-ninth saved-page set (``pages99``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 统计局 portal 人口普查 公报/解读 (``tjj_pcgb99``),
a 市 消委会 公众号 消费警示 post (``xfx_mp_jsts99``), a 县政府网 扶贫 项目 公示 on an old table layout
(``xzf_fpgs99``), a 澎湃-like 地方 调查 报道 with a 图集 (``pp_dcbd99``), a 区 国资委 portal 国企改革
news (``gzw_qygg99``), a 镇 公众号 防溺水 告家长书 (``zhen_mp_fnsb99``) and a 党报 e-paper 评论版 with
来论 (``db_epaper_pl99``). ``articles.txt`` holds the title, date and reference body; the furniture
(not body) is written here. See README.md.

    python tests/data/web/pages99/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["周小燕", "何建国", "罗晓东", "蒋丽萍", "王海涛", "陈思宇", "刘红梅", "杨帆", "冯敏"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "坚持")


def _row(p: str) -> bool:
    """A data-table row inside the text: cells joined by single spaces, no sentence punctuation."""
    return " " in p and not any(c in p for c in "。，；：　")


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…``, ``坚持…，推动…`` or a short line without punctuation)."""
    return (p.startswith(NUM_HEADS) or len(p) <= 8) and not any(c in p for c in "。：！；")


def _turn(p: str) -> bool:
    """A question turn of an interview (``记者：``/``问：``)."""
    return p.startswith(("记者：", "问："))


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="90%" align="center"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f'<table {attrs}><tbody>' + "".join(
        "<tr>" + "".join(f'<td style="text-align:center"><span style="font-size:14px">{esc(c)}</span></td>'
                         for c in r.split(" ")) + "</tr>" for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, turn=None) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table, heads and turns through
    the given wrappers, other lines through ``para``."""
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
    return (f'<div class="footer"><div class="f_nav"><a>网站地图</a>|<a>联系我们</a>|<a>使用帮助</a>|<a>隐私声明</a></div>'
            f'<p>主办：{host}&nbsp;&nbsp;承办：{host}办公室&nbsp;&nbsp;联系电话：023-{_n(rng, 8)}</p>'
            f'<p>渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：{code}</p>'
            f'<p><span><img src="/images/dzjg.png"></span><span><img src="/images/jiucuo.png"></span></p>'
            f'<div class="ewm"><img src="/images/wx.jpg"><p>扫一扫在手机打开当前页</p></div></div>')


def tjj_pcgb99(art, rng, others):
    """区 统计局 portal: p01 (GBK) a 人口普查 公报 with bold `一、` heads and a 街镇 table (body), an
    信息公开 grid (索引号, 发布机构, 成文日期 a day before), glued info spans with a `<script>` counter, a
    `注：` line under the table, the 落款 (统计局 + 普查办 + date) and a later 更新时间 (not body);
    p02 a 解读 with bold `记者：` turns, dated only by `<meta name="publishdate">` and the URL."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.ddk.gov.cn/bm/qtjj/zwgk_{'tjgb' if p01 else 'zcjd'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em;"><strong>{t}</strong></p>',
                    turn=lambda q, r: f'<p style="text-indent:2em;"><strong>{q}：</strong>{r}</p>')
    if p01:
        i = next(k for k, b in enumerate(blocks) if b.startswith("<table"))
        blocks.insert(i + 1, '<p style="text-indent:2em;"><span style="font-size:12px">注：各街镇人口数据为常住人口，比重数据因四舍五入存在总计与分项合计不等的情况。</span></p>')
        tail = (f'<p style="text-align:right">重庆市大渡口区统计局</p><p style="text-align:right">重庆市大渡口区第七次全国人口普查领导小组办公室</p>'
                f'<p style="text-align:right">{y}年{int(m)}月{int(d) - 1}日</p>')
        grid = (f'<table class="xxgk"><tr><td>索引号：</td><td>11500104{_n(rng, 4)}X/{y}-{_n(rng, 5)}</td><td>主题分类：</td><td>统计</td></tr>'
                f'<tr><td>发布机构：</td><td>大渡口区统计局</td><td>成文日期：</td><td>{y}-{m}-{int(d) - 1:02d}</td></tr>'
                f'<tr><td>标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><td>发文字号：</td><td></td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
        info = (f'<div class="xl_info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：区统计局</span>'
                f'<span>浏览次数：<script>document.write(getClick("{_n(rng, 6)}"))</script></span><span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        upd = f'<div class="gxsj">更新时间：{y}-{m}-{int(d) + 3:02d} {_hms(rng)}</div>'
    else:
        tail, grid, upd = "", "", ""
        info = (f'<div class="xl_info"><span>来源：区统计局</span>&nbsp;&nbsp;&nbsp;<span>作者：{rng.choice(WHO)}</span>'
                f'&nbsp;&nbsp;&nbsp;<span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>')
    body = (f'<div class="head"><div class="logo"><img src="/images/logo.png" alt="重庆市大渡口区人民政府"></div>'
            f'<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>'
            f'<div class="menu"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进大渡口</li></ul></div>'
            f'<div class="dqwz">当前位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区统计局</a> &gt; <a>{"统计公报" if p01 else "政策解读"}</a></div>'
            f'<div class="xl_con">{grid}<div class="xl_title"><h2>{esc(art["title"])}</h2></div>{info}'
            f'<div class="TRS_Editor">' + "".join(blocks) + tail + f'</div>{upd}'
            f'<div class="xl_tool"><a>【打印本页】</a><a>【关闭窗口】</a></div>'
            f'<div class="xgwz"><div class="xg_t">相关文章</div><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "重庆市大渡口区人民政府办公室", f"50010400{_n(rng, 2)}"))
    head = (f'<title>{esc(art["title"])}_大渡口区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="ColumnName" content="{"统计公报" if p01 else "政策解读"}"><meta name="SiteName" content="重庆市大渡口区人民政府">')
    if p01:
        head += f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
    else:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}">'
    return head, body, url


def xfx_mp_jsts99(art, rng, others):
    """市 消委会 公众号: p03 a 消费警示 with a short `典型案例` head, `1.`…`5.` tips with bold lead phrases
    and a one-line closing (body), a 投诉 QR box and a 温馨提示 card (not body), publish_time `YYYY-MM-DD hh:mm`;
    p04 `记者：` turns with bold-name answers, an 编者按 box above the text, a `▲` photo caption,
    publish_time empty (dated only by the script's ``ct``); 来源/编辑/审核, 往期推荐, 阅读原文/分享/点赞/在看."""
    p03 = art["id"] == "p03"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"

    def para(t):
        if t[:2] in ("1.", "2.", "3.", "4.", "5.") and "。" in t:
            a, b = t.split("。", 1)
            return f'<p style="line-height:1.75em;"><span style="font-size:15px;"><strong>{a}。</strong>{b}</span></p>'
        return f'<p style="line-height:1.75em;"><span style="font-size:15px;">{t}</span></p>'
    blocks = _paras(art["body"], para,
                    head=lambda t: (f'<section style="text-align:center;"><section style="display:inline-block;border-bottom:2px solid #d7261e;">'
                                    f'<p><span style="color:#d7261e;"><strong>{t}</strong></span></p></section></section>'),
                    turn=lambda q, r: f'<p style="line-height:1.75em;"><strong><span style="color:#1a5fa8;">{q}：</span>{r}</strong></p>')
    blocks = [b.replace('font-size:15px;">陈立：', 'font-size:15px;"><strong>陈立：</strong>') for b in blocks]
    y, m, d = _ymd(art)
    if p03:
        box = ('<section style="background:#fff4e5;padding:10px;border-radius:6px;"><p><strong>温馨提示</strong></p>'
               '<p><span style="font-size:13px;">消费者可通过“全国12315平台”小程序或拨打12315热线进行投诉。</span></p></section>'
               '<section style="text-align:center;"><p><img data-src="https://mmbiz.qpic.cn/qr.png"></p><p><span style="font-size:12px;">扫码进入投诉通道</span></p></section>')
        meta = f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {_hm(rng)}</em>'
    else:
        blocks.insert(0, '<section style="border-left:4px solid #1a5fa8;padding:6px 10px;background:#f2f6fb;"><p><span style="font-size:14px;color:#555;">'
                         '编者按：暑期是研学游消费旺季。本期“律师说消费”栏目，邀请律师为家长支招。</span></p></section>')
        blocks.insert(4, f'<p style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                         '<p style="text-align:center;"><span style="font-size:12px;color:#888;">▲资料图片</span></p>')
        box = '<p style="text-align:center;"><span style="font-size:12px;color:#999;">- END -</span></p>'
        meta = '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>'
    who = rng.sample(WHO, 2)
    tail = (f'<p><span style="font-size:12px;color:#888">来源：重庆市消费者权益保护委员会</span></p>'
            f'<p><span style="font-size:12px;color:#888">编辑：{who[0]}　审核：{who[1]}</span></p>')
    rec = _rel(rng, others, 3, lambda t, dd: f'<p><a href="#"><span style="color:#576b95">{t}</span></a></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n          </h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta_nickname"><a id="js_name">重庆消费维权</a></span>{meta}<em id="js_ip_wording_wrp">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content" style="visibility:hidden;">' + "".join(blocks) + box + tail +
            f'<section><p><strong>往期推荐</strong></p>{rec}</section></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span><span>点赞 {rng.randint(5, 90)}</span><span>在看 {rng.randint(1, 40)}</span></div>'
            f'<div class="rich_media_extra"><p>写留言</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:30])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";var nickname = "重庆消费维权";</script>')
    return head, body, url


def xzf_fpgs99(art, rng, others):
    """县政府网 on an old table layout: p05 (GBK) a 扶贫 项目 公示 with `一、` heads in `<b>`, a 项目 table
    (body), a 公示时间 line with dates that are not the publication date, 监督电话 (body), the 落款
    and 附件 link (not body), `发布日期：YYYY年MM月DD日` and a later 更新时间; p06 a meeting report as
    `<br>`-separated `　　` lines in one `<font>`, `&nbsp;` runs, dated only by meta PubDate and URL."""
    y, m, d = _ymd(art)
    p05 = art["id"] == "p05"
    url = f"http://www.cqck.gov.cn/zwgk_{'fpgs' if p05 else 'fpdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.html"
    if p05:
        blocks = _paras(art["body"], lambda t: f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{t}</p>', head=lambda t: f'<p>&nbsp;&nbsp;&nbsp;&nbsp;<b>{t}</b></p>')
        text = ('<font style="font-size:15px" face="仿宋_GB2312">' + "".join(blocks) +
                f'<p>&nbsp;</p><p>&nbsp;&nbsp;&nbsp;&nbsp;附件：<a href="/uploadfiles/{y}{m}/{_n(rng, 10)}.xls">城口县2020年度第二批扶贫项目计划表.xls</a></p>'
                f'<p align="right">城口县乡村振兴局&nbsp;&nbsp;</p><p align="right">城口县财政局&nbsp;&nbsp;</p>'
                f'<p align="right">{y}年{int(m)}月{int(d)}日&nbsp;&nbsp;</p></font>')
        info = f'发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;信息来源：县乡村振兴局&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】'
        upd = f'<tr><td align="right"><font color="#888888">更新时间：{y}-{m}-{int(d) + 4:02d}</font></td></tr>'
    else:
        text = ('<font style="font-size:16px;line-height:30px">' + "<br>".join(f"　　{esc(p)}" for p in art["body"]) +
                f'<br>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</font>')
        info = f'信息来源：县乡村振兴局&nbsp;&nbsp;&nbsp;&nbsp;作者：{rng.choice(WHO)}&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】'
        upd = ""
    rel = _rel(rng, others, 5, lambda t, dd: f'<tr><td height="24">·<a>{t}</a></td><td width="90" align="right">{dd}</td></tr>')
    body = (f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.jpg" width="980" height="160"></td></tr>'
            f'<tr><td class="menu" background="/images/menubg.gif"><a>首页</a>&nbsp;|&nbsp;<a>走进城口</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>脱贫攻坚</a>&nbsp;|&nbsp;<a>办事服务</a>&nbsp;|&nbsp;<a>政民互动</a></td></tr></table>'
            f'<table width="980" align="center" border="0" cellpadding="0" cellspacing="0"><tr>'
            f'<td width="230" valign="top" class="left"><table width="100%"><tr><td class="lm_t">脱贫攻坚</td></tr>'
            f'<tr><td>·<a>政策文件</a></td></tr><tr><td>·<a>项目公示</a></td></tr><tr><td>·<a>工作动态</a></td></tr><tr><td>·<a>资金公告</a></td></tr></table></td>'
            f'<td valign="top"><table width="100%" border="0" cellpadding="0" cellspacing="0">'
            f'<tr><td class="dqwz">您现在的位置：<a>首页</a> &gt;&gt; <a>脱贫攻坚</a> &gt;&gt; {"项目公示" if p05 else "工作动态"}</td></tr>'
            f'<tr><td align="center" height="50"><font size="4" color="#b00000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="xx" bgcolor="#f2f2f2">{info}</td></tr>'
            f'<tr><td class="zw" id="fontzoom">{text}</td></tr>{upd}'
            f'<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
            f'<tr><td><table width="100%"><tr><td class="xg">相关链接</td></tr>{rel}</table></td></tr></table></td></tr></table>'
            + _gov_foot(rng, "城口县人民政府", f"50022{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}--城口县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="县乡村振兴局">')
    return head, body, url


def pp_dcbd99(art, rng, others):
    """澎湃-like 地方 报道: p07 an 调查 with short bold heads, a quoted speech, a `记者：` turn and a name answer
    (body), a 图集 viewer (1/6, captions) before the text, a summary box, an `澎湃新闻记者 X` byline;
    p08 a 直击 with a video player and an in-text `图为…（XX 摄）` caption; info `YYYY-MM-DD hh:mm 来源：澎湃新闻`
    split over spans, 责任编辑/校对, 特别声明, 推荐 cards with dates, 评论 counter."""
    y, m, d = _ymd(art)
    p07 = art["id"] == "p07"
    url = f"https://www.thepaper.cn/newsDetail_forward_{_n(rng, 8)}"
    blocks = _paras(art["body"], lambda t: f'<p>{t}</p>', head=lambda t: f'<p><strong>{t}</strong></p>',
                    turn=lambda q, r: f'<p><strong>{q}：</strong>{r}</p>')
    if p07:
        pics = "".join(f'<li><img src="https://imagepphcloud.thepaper.cn/pph/image/{_n(rng, 6)}.jpg"><p class="tj_cap">{i}/4　{c}</p></li>'
                       for i, c in enumerate(["停工的路基上长满杂草。", "公路在山腰处中断。", "村民指着未硬化的路面。", "项目公示牌照片。"], 1))
        lead = (f'<div class="atlas"><div class="atlas_t">图集</div><ul>{pics}</ul><a>查看全部</a></div>'
                '<div class="summary">摘要：一条修了一半的公路，在山腰处一停五年。</div>')
    else:
        blocks.insert(5, f'<p style="text-align:center"><img src="https://imagepphcloud.thepaper.cn/pph/image/{_n(rng, 6)}.jpg"></p>'
                         f'<p style="text-align:center">图为主播在果园直播销售柑橘。（{rng.choice(WHO)} 摄）</p>')
        lead = (f'<div class="video_box"><video src="https://cloudvideo.thepaper.cn/{_n(rng, 8)}.mp4" poster="p.jpg"></video>'
                f'<div class="v_time">02:{rng.randint(10, 59)}</div></div>')
    who = rng.sample(WHO, 3)
    rec = _rel(rng, others, 4, lambda t, dd: f'<div class="card"><a>{t}</a><div class="c_info"><span>澎湃新闻</span><span>{dd}</span><span>{rng.randint(2, 90)}</span></div></div>')
    body = (f'<div class="header"><a class="logo">澎湃</a><ul class="nav"><li>要闻</li><li>深度</li><li>思想</li><li>生活</li><li>视频</li></ul></div>'
            f'<div class="newsdetail_content"><div class="news_path"><a>中国政库</a>&gt;<a>{"一线" if p07 else "直击现场"}</a></div>'
            f'<h1 class="news_title">{esc(art["title"])}</h1>'
            f'<div class="news_about"><p>澎湃新闻记者 {who[0]}</p><p><span>{y}-{m}-{d} {_hm(rng)}</span><span>来源：澎湃新闻</span></p></div>'
            f'{lead}<div class="news_txt">' + "".join(blocks) + f'</div>'
            f'<div class="news_editor">责任编辑：{who[1]}　图片编辑：{who[2]}</div><div class="news_editor">校对：{rng.choice(WHO)}</div>'
            f'<div class="statement">特别声明：本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点。</div>'
            f'<div class="news_keyword">#{"乡村公路" if p07 else "柑橘"} #重庆</div>'
            f'<div class="share"><span>分享到</span><a>微信</a><a>微博</a></div><div class="comment">{rng.randint(20, 900)}条评论</div>'
            f'<div class="recommend"><h3>推荐阅读</h3>{rec}</div></div>'
            f'<div class="footer"><p>沪ICP备{_n(rng, 8)}号　互联网新闻信息服务许可证：{_n(rng, 11)}</p><p>© 2014-{y} 上海东方报业有限公司</p></div>')
    head = (f'<title>{esc(art["title"])}_澎湃新闻-The Paper</title><meta name="Keywords" content="{"乡村公路" if p07 else "柑橘"}">'
            f'<meta property="og:title" content="{esc(art["title"])}">')
    return head, body, url


def gzw_qygg99(art, rng, others):
    """区 国资委 portal (GBK): centred bold `坚持…，推动…` heads (body), info spans glued with no space
    (`时间：YYYY/M/D`, 来源, 访问量 via `<script>document.write`), a 图为 caption inside the text, a
    `延伸阅读` box after the text, a later 更新时间, 分享, 上一篇/下一篇, footer."""
    y, m, d = _ymd(art)
    url = f"http://www.cqjlp.gov.cn/bm/qgzw/zwxx_{_n(rng, 5)}/dt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>',
                    head=lambda t: f'<p style="text-align:center"><strong>{t}</strong></p>')
    blocks.insert(3, f'<p style="text-align:center"><img src="/uploadfile/{y}{m}/W0{_n(rng, 9)}.jpg"></p>'
                     f'<p style="text-align:center"><font face="楷体">图为区属国企召开改革推进会。（{rng.choice(WHO)} 摄）</font></p>')
    info = (f'<div class="info"><span>时间：{y}/{int(m)}/{int(d)}</span><span>来源：区国资委</span>'
            f'<span>访问量：<script>document.write(Math.floor({_n(rng, 3)}))</script></span><span>字体：<a>大</a><a>中</a><a>小</a></span></div>')
    box = ('<div class="ycyd"><div class="ycyd_t">延伸阅读</div><p>国企改革三年行动是落实国有企业改革“1+N”政策体系和顶层设计的具体施工图，'
           '时间为2020年至2022年。</p></div>')
    body = (f'<div class="top"><img src="/images/gzw_logo.png"><span>重庆市九龙坡区国有资产监督管理委员会</span></div>'
            f'<div class="nav"><a>首页</a><a>机构概况</a><a>国资动态</a><a>企业改革</a><a>党建工作</a><a>信息公开</a></div>'
            f'<div class="position">当前位置：首页 &gt; 国资动态 &gt; 企业改革</div>'
            f'<div class="article-box"><div class="bt">{esc(art["title"])}</div>{info}'
            f'<div class="con" id="zoomcon">' + "".join(blocks) + f'</div>{box}'
            f'<div class="gxsj">更新时间：{y}-{m}-{int(d) + 1:02d} {_hms(rng)}</div>'
            f'<div class="fx">分享到：<a>微信</a><a>微博</a><a>QQ</a></div>'
            f'<div class="prev">上一篇：<a>{esc(others[2][0])}</a></div><div class="next">下一篇：<a>{esc(others[3][0])}</a></div></div>'
            + _gov_foot(rng, "重庆市九龙坡区国有资产监督管理委员会", f"50010700{_n(rng, 2)}"))
    head = (f'<title>{esc(art["title"])}-九龙坡区国资委</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    return head, body, url


def zhen_mp_fnsb99(art, rng, others):
    """镇 公众号 防溺水 告家长书: salutation, red `一、` heads, `1.`…`6.` items ending `；`, a one-line slogan
    (body); a 落款 (镇人民政府, 中心校, date) and a 家长回执 box after the text, a 紧急电话 card, `▲` caption
    under a poster, 编辑/审核, QR; publish_time `YYYY年M月D日 hh:mm`."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2em;"><span style="font-size:16px;">{t}</span></p>',
                    head=lambda t: f'<p><span style="color:#c00000;font-size:17px;"><strong>{t}</strong></span></p>')
    blocks[0] = blocks[0].replace('text-indent:2em;', '')
    blocks.insert(3, f'<p style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
                     '<p style="text-align:center;"><span style="font-size:12px;color:#888;">▲防溺水宣传海报</span></p>')
    blocks[-1] = blocks[-1].replace('text-indent:2em;', 'text-align:center;')
    tail = (f'<p style="text-align:right;">彭水县保家镇人民政府</p><p style="text-align:right;">保家镇中心校</p>'
            f'<p style="text-align:right;">{y}年{int(m)}月{int(d) - 1}日</p>'
            '<section style="border:1px dashed #c00000;padding:10px;"><p><strong>家长回执</strong></p>'
            '<p>本人已认真阅读《防溺水安全告家长书》，将切实履行监护职责。</p><p>学生姓名：________　家长签名：________</p></section>'
            '<section style="background:#e8f4ff;padding:8px;"><p>紧急求助电话：110　120　119</p></section>')
    who = rng.sample(WHO, 2)
    body = (f'<div id="js_article" class="rich_media"><div id="page-content"><div class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content"><span class="rich_media_meta_nickname"><a id="js_name">保家镇发布</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {_hm(rng)}</em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(blocks) + tail +
            f'<p><span style="font-size:12px;color:#999;">编辑：{who[0]}　审核：{who[1]}</span></p>'
            f'<section style="text-align:center;"><img data-src="qr.jpg"><p>长按关注 保家镇发布</p></section></div>'
            f'<div class="rich_media_tool"><span>阅读 {_n(rng, 3)}</span><span>分享</span><span>点赞 {rng.randint(3, 40)}</span><span>在看 {rng.randint(1, 20)}</span></div>'
            f'</div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";</script>')
    return head, body, url


def db_epaper_pl99(art, rng, others):
    """党报 e-paper 评论版: the 来论 as `　　` `<br>` lines inside one div (body); the 栏目 kicker (来论/今日谈),
    the author line and 作者单位 note, a second article (短评) below, 版次 bar (上一版/下一版/PDF), 版面 list,
    banner date; p11 GBK HTML, p12 XHTML with an XML declaration; dated by the banner and the URL."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"https://epaper.cqrb.cn/html/cqrb/{y}-{m}/{d}/004/content_{_n(rng, 6)}.htm"
    text = "<br />".join(f"　　{esc(p)}" for p in art["body"])
    author = rng.choice(WHO)
    second = ('<div class="second"><h3>短评｜基层减负要落到实处</h3><div>　　减负不是减责任，而是让基层干部把更多精力用在抓落实上。'
              '<br />　　文件少一点、会议短一点，群众的获得感就会多一点。</div></div>')
    bm = "".join(f"<li><a>{esc(t)}</a></li>" for t in [art["title"], *(o[0] for o in others[:4])])
    inner = (f'<div class="banner"><img src="../../../images/logo.gif" alt="重庆日报"><span>{y}年{int(m)}月{int(d)}日　{_week(art)}</span></div>'
             f'<div class="bc"><span>第004版：评论</span>　<a>上一版</a>　<a>下一版</a>　<a href="../../../images/{y}-{m}/{d}/004/cqrb{y}{m}{d}004.pdf">PDF版</a>　<a>返回目录</a></div>'
             f'<table width="100%" border="0"><tr><td width="320" valign="top"><div class="bmt"><img src="../../../images/{y}-{m}/{d}/004/s_{_n(rng, 6)}.jpg" usemap="#PagePicMap" /></div>'
             f'<ul class="bmlist">{bm}</ul></td><td valign="top"><div class="article">'
             f'<p class="kicker">{"来论" if p11 else "今日谈"}</p><h1>{esc(art["title"])}</h1><p class="author">{author}</p>'
             f'<div id="ozoom" class="content">{text}</div>'
             f'<p class="note">（作者单位：{"重庆市委党校" if p11 else "重庆工商大学"}）</p>'
             f'{second if p11 else ""}<div class="sxp"><a>上一篇</a>　<a>下一篇</a></div></div></td></tr></table>'
             f'<div class="copyright">重庆日报报业集团版权所有　未经授权，不得转载、摘编</div>')
    head = '<title>重庆日报数字报</title><meta name="description" content="重庆日报">'
    return head, inner, url


TEMPLATES = {"tjj_pcgb99": tjj_pcgb99, "xfx_mp_jsts99": xfx_mp_jsts99, "xzf_fpgs99": xzf_fpgs99,
             "pp_dcbd99": pp_dcbd99, "gzw_qygg99": gzw_qygg99, "zhen_mp_fnsb99": zhen_mp_fnsb99,
             "db_epaper_pl99": db_epaper_pl99}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``); p12 is rewritten as
    XHTML with an XML declaration (its reference is unchanged)."""
    refs = write_set(HERE, "pages99", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    name = next(n for n in refs if n.startswith("p12_"))
    html = (HERE / name).read_text(encoding="utf-8")
    html = html.replace("<!DOCTYPE html>\n", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 '
                        'Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n', 1)
    html = html.replace("<html>", '<html xmlns="http://www.w3.org/1999/xhtml">', 1)
    (HERE / name).write_bytes(html.encode("utf-8"))


if __name__ == "__main__":
    main()
