"""Build the seventy-fourth saved-page set (``pages74``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 教委 公众号 课后服务 post with a 课程表
(``jwmp_khfw74``), a 市 生态环境局 portal 环境执法 news page with bold 坚持… heads and an 更新时间
(``sthjj_zfxw74``), a 县政府网 招商推介 page on an old GBK table layout with ``<br>`` paragraphs
(``xzf_zstj74``), a 新华网-like 地方 产业 report with a data table or 记者： turns (``xhw_cyyb74``),
a 区 人社局 portal 社保待遇 解读 with 问：/答： turns and an 信息公开 grid (``rsj_sbjd74``), a 村
公众号 乡贤座谈 post with 时间/地点/参加人员 lines and an 编者按 (``cmp_xxzt74``) and a 晚报 e-paper
民生版 热线回音 page in GBK ``<br>`` lines with a second report (``wb_msb74``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written
here. See README.md.

    python tests/data/web/pages74/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["陈思远", "刘小芹", "谭伟", "冉雪", "向东", "牟丽娟", "黄渝", "周立", "秦川", "杨帆"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…`` or ``坚持…，…``) without a full stop."""
    return (p.startswith(NUM_HEADS) or p.startswith("坚持")) and "。" not in p and len(p) < 30


def _paras(art, para, head, table) -> list[str]:
    """The body's HTML pieces: runs of table rows through ``table(rows)``, subheadings through
    ``head(p)``, other paragraphs through ``para(p)`` (all escaped)."""
    out, rows = [], []
    for p in art["body"] + [None]:
        if p is not None and _row(p):
            rows.append([esc(c) for c in p.split(" ")])
            continue
        if rows:
            out.append(table(rows))
            rows = []
        if p is None:
            break
        out.append(head(esc(p)) if _head(p) else para(esc(p)))
    return out


def _grid(rows, td="td") -> str:
    """A plain bordered table of escaped cell rows."""
    return ('<table border="1" cellspacing="0" cellpadding="4" align="center" width="90%"><tbody>'
            + "".join("<tr>" + "".join(f"<{td}>{c}</{td}>" for c in r) + "</tr>" for r in rows) + "</tbody></table>")


def _rel(rng, others, k, fmt) -> str:
    """A related-articles list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _gov_footer(unit: str, rng) -> str:
    """A government portal's footer: 主办/承办, ICP, 公网安备 and 网站标识码 lines."""
    return (f'<div class="footer"><p>主办：{unit}&nbsp;&nbsp;承办：{unit}办公室</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1&nbsp;&nbsp;<img src="/images/gaba.png">渝公网安备 {_n(rng, 14)}号</p>'
            f'<p>网站标识码：{_n(rng, 10)}&nbsp;&nbsp;联系电话：023-{_n(rng, 8)}</p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"><img src="/images/dzjg.png" alt="党政机关"></p></div>')


def _wx_tail(rng, others, account: str) -> str:
    """A WeChat post's tail: 阅读原文, 点赞/在看/分享 row, 往期推荐 and the QR line (furniture)."""
    rel = _rel(rng, others, 3, lambda t, d: f'<p><a href="https://mp.weixin.qq.com/s/{_n(rng, 9)}">{t}</a></p>')
    return (f'<section style="margin-top:20px"><p style="text-align:center"><strong>往期推荐</strong></p>{rel}</section>'
            f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr{_n(rng, 6)}.jpg">'
            f'<p>扫一扫关注{account}</p><p>长按识别二维码</p></section></div>'
            f'<div id="js_sg_bar"><a id="js_view_source">阅读原文</a></div>'
            f'<div class="rich_media_tool"><span>阅读 {_n(rng, 4)}</span><span>分享</span><span>点赞 {rng.randint(20, 300)}</span>'
            f'<span>在看 {rng.randint(5, 90)}</span></div>'
            '<div class="rich_media_extra"><span>写留言</span><p>留言</p></div>')


def jwmp_khfw74(art, rng, others):
    """区 教委 公众号: boxed section heads, a 课程表 table, a 小编提示 box (p01) or a caption (p02)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    sec = lambda p: f'<section style="line-height:1.75em;text-indent:2em"><span style="font-size:15px">{p}</span></section>'
    hd = (lambda p: f'<section style="background:#1e6fd9;color:#fff;padding:4px 10px;display:inline-block">'
          f'<strong><span style="font-size:16px">{p}</span></strong></section>')
    tbl = (lambda rows: '<section><table style="width:100%;border-collapse:collapse"><tbody>'
           + "".join("<tr>" + "".join(f'<td style="border:1px solid #9cc2f0;padding:4px">{c}</td>' for c in r)
                     + "</tr>" for r in rows) + "</tbody></table></section>")
    parts = _paras(art, sec, hd, tbl)
    pic = (f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 9)}/640"></section>'
           f'<section style="text-align:center"><span style="font-size:12px;color:#888">图为{"学生在课后服务时段练习花样跳绳" if art["id"] == "p01" else "推进会现场"}'
           f'（{rng.choice(WHO)} 摄）</span></section>')
    parts.insert(1 if art["id"] == "p01" else 3, pic)
    if art["id"] == "p01":
        parts.insert(len(parts) - 2, '<section style="border:1px dashed #1e6fd9;padding:10px;margin:10px 0">'
                     '<p><strong>小编提示</strong></p><p>各校课程安排以学校通知为准，家长可登录“渝北教育”小程序查看。</p></section>')
    url = f"https://mp.weixin.qq.com/s/{_n(rng, 11)}"
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">渝北教育</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">渝北教育</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            '<em id="js_ip_wording_wrp"><span id="js_ip_wording">重庆</span></em></div>'
            f'<div class="rich_media_content" id="js_content" style="visibility:hidden">{"".join(parts)}'
            f'<section><p style="font-size:13px;color:#999">来源：区教委基础教育科</p>'
            f'<p style="font-size:13px;color:#999">编辑：{rng.choice(WHO)}&nbsp;|&nbsp;审核：{rng.choice(WHO)}</p></section>'
            + _wx_tail(rng, others, "渝北教育") + '</div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def sthjj_zfxw74(art, rng, others):
    """市 生态环境局 portal: glued info spans with a counter script, 【字体：大 中 小】, bold 坚持… heads,
    a caption in the text, an 更新时间 below and a 相关链接 box."""
    y, m, d = _ymd(art)
    gbk = "gbk" in art["flags"]
    shown = f"{y}年{m}月{d}日" if gbk else f"{y}-{m}-{d}"
    par = lambda p: f'<p style="text-indent:2em;line-height:2"><font face="仿宋_GB2312" size="4">{p}</font></p>'
    hd = lambda p: f'<p style="text-indent:2em"><strong><font face="楷体_GB2312">{p}</font></strong></p>'
    parts = _paras(art, par, hd, _grid)
    cap = "执法人员使用无人机对工业园区开展巡查" if not gbk else "工作人员向市民讲解空气质量监测数据"
    parts.insert(3, f'<p style="text-align:center"><img src="/sthjj/uploads/{y}{m}/W0{_n(rng, 9)}.jpg" border="0"></p>'
                 f'<p style="text-align:center"><font face="楷体_GB2312">图为{cap}。（{rng.choice(WHO)} 摄）</font></p>')
    upd = f"{y}-{m}-{int(d) + 3:02d}"
    url = f"http://sthjj.wz.gov.cn/zwxx_{_n(rng, 3)}/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><a href="#">{t}</a><span>[{dd}]</span></li>')
    body = ('<div class="head"><div class="top-bar"><span>无障碍</span><span>长者模式</span><span>English</span></div>'
            '<div class="logo"><img src="/images/logo.png" alt="万州区生态环境局"></div>'
            '<div class="nav"><ul><li>首页</li><li>机构设置</li><li>政务公开</li><li>环境质量</li><li>环境执法</li>'
            '<li>政民互动</li></ul></div></div>'
            '<div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>工作动态</a></div>'
            f'<div class="xl_con"><div class="xl_title"><h2>{esc(art["title"])}</h2></div>'
            f'<div class="xl_info"><span>发布日期：{shown}</span><span>来源：区生态环境局</span>'
            '<span>浏览次数：<script>document.write(getClickCount());</script></span>'
            '<span class="zh">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div class="zw"><div class="TRS_Editor">{"".join(parts)}</div></div>'
            f'<div class="xl_gx">更新时间：{upd}</div>'
            '<div class="xl_tools"><a>【打印本页】</a><a>【关闭窗口】</a><span>分享到：</span><a>微信</a><a>微博</a></div>'
            f'<div class="xgxx"><h3>相关链接</h3><ul>{rel}</ul></div></div>'
            + _gov_footer("重庆市万州区生态环境局", rng))
    head = (f'<title>{esc(art["title"])}_重庆市万州区生态环境局</title>'
            f'<meta name="SiteName" content="重庆市万州区生态环境局"><meta name="ColumnName" content="工作动态">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区生态环境局">')
    return head, body, url


def xzf_zstj74(art, rng, others):
    """县政府网 on an old table layout (GBK): ``<br>``-separated paragraphs in one ``<font>``, bold
    一、 heads, a 热点新闻 sidebar with dates; p05 dated only in meta/URL, p06 shows ``Y/M/D``."""
    y, m, d = _ymd(art)
    parts = _paras(art, lambda p: f"{IND}{p}<br><br>", lambda p: f"{IND}<b>{p}</b><br><br>", _grid)
    shown = "" if art["id"] == "p05" else f"发布时间：{y}/{int(m)}/{int(d)}&nbsp;&nbsp;&nbsp;"
    url = f"http://www.cqfj.gov.cn/zwgk/zsyz/{y}{m}{d}/{_n(rng, 5)}.htm"
    rel = _rel(rng, others, 6, lambda t, dd: f'<tr><td class="list">·<a href="#">{t}</a></td><td>{dd[5:]}</td></tr>')
    body = ('<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            '<td><img src="/images/top_banner.jpg" width="1002" height="160"></td></tr>'
            '<tr><td class="nav" height="36"><a>首 页</a> | <a>走进奉节</a> | <a>政务公开</a> | <a>招商引资</a> | '
            '<a>办事服务</a> | <a>互动交流</a></td></tr></table>'
            '<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            '<td width="240" valign="top"><table width="100%"><tr><td class="lm_title">热点新闻</td></tr>'
            f'{rel}</table></td><td width="20"></td><td valign="top">'
            '<table width="100%"><tr><td class="weizhi">您现在的位置：首页 &gt;&gt; 招商引资 &gt;&gt; 招商动态</td></tr>'
            f'<tr><td align="center" class="title" height="50"><font size="5" color="#b30000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="info">{shown}来源：县商务委&nbsp;&nbsp;&nbsp;作者：{rng.choice(WHO)}&nbsp;&nbsp;&nbsp;'
            '点击数：<script src="/inc/count.asp?id=' + str(_n(rng, 5)) + '"></script></td></tr>'
            '<tr><td><hr size="1" color="#cccccc"></td></tr>'
            f'<tr><td class="content"><div id="zoom"><font face="宋体" style="font-size:14px;line-height:28px">{"".join(parts)}</font></div></td></tr>'
            '<tr><td align="right">【<a href="javascript:window.print()">打印此页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
            '</table></td></tr></table>'
            '<table width="1002" align="center"><tr><td class="bottom" align="center">'
            '版权所有：奉节县人民政府办公室&nbsp;&nbsp;技术支持：县大数据发展中心<br>'
            f'渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;网站标识码：{_n(rng, 10)}<br>建议使用1024×768分辨率浏览</td></tr></table>')
    head = (f'<title>{esc(art["title"])}-奉节县人民政府</title>'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="keywords" content="招商引资">')
    return head, body, url


def xhw_cyyb74(art, rng, others):
    """新华网-like 地方 page: split date spans, a data table (p07) or 记者： turns and a video box (p08),
    a caption in the text, 【纠错】 and 责任编辑, a 相关新闻 list with dates."""
    y, m, d = _ymd(art)
    t = _hms(rng)
    par = lambda p: f"<p>{IND}{p}</p>"
    parts = _paras(art, par, par, lambda rows: '<table class="data" align="center">' + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
    cap = "椒农在江津区先锋镇花椒基地修剪枝条" if art["id"] == "p07" else "手艺人在荣昌区一家夏布工坊织布"
    parts.insert(1, f'<p style="text-align:center"><img src="{_n(rng, 10)}_{y}{m}{d}_c.jpg" id="{{{_n(rng, 5)}}}"></p>'
                 f'<p style="text-align:center"><span style="font-family:楷体">{cap}。新华社记者 {rng.choice(WHO)} 摄</span></p>')
    if art["id"] == "p08":
        parts.insert(3, '<div class="video-box"><div class="pageVideo" poster="/v/poster.jpg">'
                     '<span>00:00 / 02:16</span><span>点击播放</span></div></div>')
    url = f"http://www.news.cn/local/{y}-{m}/{d}/c_{_n(rng, 10)}.htm"
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a href="#">{tt}</a><span class="time">{dd}</span></li>')
    body = ('<div class="header"><div class="logo"><a>新华网</a></div><div class="nav"><a>首页</a><a>时政</a>'
            '<a>地方</a><a>财经</a><a>国际</a></div></div>'
            '<div class="header-cont clearfix"><div class="header-time left">'
            f'<span class="year"><em>{y}</em></span><span class="day"><em>{m}</em>/<em>{d}</em></span>'
            f'<span class="time">{t}</span></div><div class="source">来源：新华网</div>'
            f'<div class="head-line clearfix"><h1><span class="title">{esc(art["title"])}</span></h1>'
            '<div class="pageShare"><span>分享到：</span><a class="wx"></a><a class="wb"></a><a class="qq"></a></div></div></div>'
            f'<div class="main clearfix"><div class="main-left left"><div id="detail"><span id="detailContent">{"".join(parts)}</span></div>'
            f'<div id="articleEdit"><span class="tiyi1"><a>【纠错】</a></span><span class="editor">【责任编辑:{rng.choice(WHO)} 】</span></div>'
            f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
            '<div class="main-right right"><div class="ewm"><img src="/ewm.png"><p>扫一扫，下载新华网客户端</p></div></div></div>'
            '<div class="foot"><p>Copyright &copy; 2000-2024 XINHUANET.com All Rights Reserved.</p>'
            '<p>制作单位：新华网股份有限公司&nbsp;&nbsp;版权所有：新华网股份有限公司</p></div>')
    head = (f'<title>{esc(art["title"])}-新华网</title><meta name="keywords" content="{esc(art["place"])}">'
            f'<meta name="description" content="{esc(art["title"])}---新华网">')
    return head, body, url


def rsj_sbjd74(art, rng, others):
    """区 人社局 portal: an 信息公开 grid with a 成文日期 (not the publication date), ``年月日`` date,
    bold 问： turns (p09) with a 解读机关 box and 相关文件 link, or a caption and 更新时间 (p10)."""
    y, m, d = _ymd(art)
    par = lambda p: (f'<p style="text-indent:2em"><strong>{p}</strong></p>' if p.startswith("问：")
                     else f'<p style="text-indent:2em">{p}</p>')
    parts = _paras(art, par, par, _grid)
    qa = art["id"] == "p09"
    if qa:
        parts.append('<p style="text-indent:2em">解读机关：九龙坡区人力社保局</p><p style="text-indent:2em">'
                     f'解读人：{rng.choice(WHO)}&nbsp;&nbsp;联系电话：023-{_n(rng, 8)}</p>')
        extra = ('<div class="xgwj"><span>相关文件：</span><a href="#">重庆市人力资源和社会保障局 重庆市财政局关于2024年调整'
                 '退休人员基本养老金的通知</a></div>')
    else:
        parts.insert(2, f'<p style="text-align:center"><img src="./W0{_n(rng, 12)}.jpg"></p>'
                     f'<p style="text-align:center">工作人员指导老人完成人脸识别认证</p>')
        extra = f'<div class="gxsj">更新时间：{y}-{m}-{int(d) + 1:02d} {_hm(rng)}</div>'
    made = f"{y}-{int(m) - 1:02d}-{rng.randint(10, 28)}" if qa else f"{y}-{m}-{d}"
    url = f"http://www.cqjlp.gov.cn/bm/qrlsbj/zwgk_{_n(rng, 5)}/{'zcjd' if qa else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    grid = ('<table class="xxgk_grid"><tr><td>索引号：</td><td>11500107' + str(_n(rng, 6)) + '/' + y + '-' + str(_n(rng, 5))
            + '</td><td>主题分类：</td><td>劳动、人事、监察</td></tr>'
            '<tr><td>发布机构：</td><td>九龙坡区人力社保局</td><td>成文日期：</td><td>' + made + '</td></tr>'
            f'<tr><td>标题：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
    body = ('<div class="header"><img src="/images/banner_rsj.jpg"><div class="nav"><a>首页</a><a>政务公开</a>'
            '<a>社会保障</a><a>就业创业</a><a>办事服务</a></div></div>'
            '<div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; ' + ("政策解读" if qa else "工作动态") + '</div>'
            f'<div class="article-box">{grid}<h1 class="bt">{esc(art["title"])}</h1>'
            f'<div class="info">&nbsp;发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;来源：区人力社保局&nbsp;&nbsp;&nbsp;&nbsp;'
            '字号：<a>大</a> <a>中</a> <a>小</a></div>'
            f'<div class="bt_content"><div class="view TRS_UEDITOR">{"".join(parts)}</div></div>{extra}'
            '<div class="tools"><a>打印本页</a>&nbsp;<a>关闭窗口</a></div>'
            '<div class="ewm-box"><img src="/images/ewm_wx.png"><p>扫一扫在手机打开当前页</p></div></div>'
            + _gov_footer("重庆市九龙坡区人力资源和社会保障局", rng))
    head = (f'<title>{esc(art["title"])}_重庆市九龙坡区人力资源和社会保障局</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="{"政策解读" if qa else "工作动态"}">')
    return head, body, url


def cmp_xxzt74(art, rng, others):
    """村 公众号: an 编者按 in a grey box, 时间：/地点：/参加人员： lines, ▲ captions, a quoted slogan,
    供稿/编辑 credits; the date as ``年月日 时:分``."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    par = lambda p: f'<p style="text-indent:2em;line-height:1.8"><span style="font-size:16px">{p}</span></p>'
    parts = _paras(art, par, par, _grid)
    parts.insert(4, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/sz_mmbiz_jpg/{_n(rng, 9)}/640"></p>'
                 '<p style="text-align:center"><span style="font-size:12px;color:#7f7f7f">▲座谈会现场</span></p>')
    parts.insert(7, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/sz_mmbiz_jpg/{_n(rng, 9)}/640"></p>'
                 '<p style="text-align:center"><span style="font-size:12px;color:#7f7f7f">▲乡贤代表发言</span></p>')
    note = ('<section style="background:#f2f2f2;padding:12px;border-left:4px solid #c00">'
            '<p><strong>编者按</strong></p><p>乡贤是连接城乡的纽带。春节期间，我们把在外的能人请回来，'
            '听听他们对家乡发展的想法。</p></section>')
    url = f"https://mp.weixin.qq.com/s?__biz=MzI{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=1"
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            '<span class="rich_media_meta_text">龙潭村村委会</span><a id="js_name">石柱龙潭村</a>'
            f'<em id="publish_time">{y}年{int(m)}月{int(d)}日 {t}</em></div>'
            f'<div class="rich_media_content" id="js_content">{note}{"".join(parts)}'
            f'<p style="font-size:13px;color:#888">供稿：村党群服务中心</p><p style="font-size:13px;color:#888">编辑：{rng.choice(WHO)}</p>'
            + _wx_tail(rng, others, "石柱龙潭村") + '</div></div>'
            f'<script>var ct = "{_epoch(art, t)}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def wb_msb74(art, rng, others):
    """晚报 e-paper 民生版 (GBK): 版次/PDF/上一版 bar, 引题 and 副题, ``<br>`` paragraphs, a byline, a
    热线 box, a second report on the 版面 and a 版面导航 list."""
    y, m, d = _ymd(art)
    parts = _paras(art, lambda p: f"{IND}{p}<br>", lambda p: f"{IND}{p}<br>", _grid)
    url = f"http://epaper.ycwb-cq.com/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    nav = _rel(rng, others, 3, lambda t, dd: f'<li><a href="#">{t}</a></li>')
    body = ('<table width="1000" align="center" class="top"><tr>'
            f'<td class="rq">{y}年{m}月{d}日 {_week(art)}</td><td>永川晚报</td>'
            '<td class="bc">第A06版：民生·热线回音</td>'
            '<td><a>PDF下载</a>&nbsp;<a>上一版</a>&nbsp;<a>下一版</a>&nbsp;<a>往期回顾</a></td></tr></table>'
            '<table width="1000" align="center"><tr><td width="360" valign="top">'
            f'<div class="bmt"><img src="../../../page/{_n(rng, 5)}.jpg" usemap="#PagePicMap"></div>'
            f'<div class="bmdh"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>'
            '<li><a>公交站台雨棚漏雨 公交公司已更换</a></li>' + nav + '</ul></div></td>'
            '<td valign="top"><div class="tit"><p class="yt">热线回音</p>'
            f'<h1>{esc(art["title"])}</h1><p class="ft">物业更换老化线缆，居民夜间出行不再“摸黑”</p></div>'
            f'<div class="author">本报记者 {rng.choice(WHO)}</div>'
            f'<div id="ozoom" class="content">{"".join(parts)}</div>'
            '<div class="rx"><b>本报民生热线</b><br>023-4938' + str(_n(rng, 4)) + '（24小时）<br>'
            '您身边有烦心事、揪心事，欢迎拨打热线或在“永川晚报”客户端爆料。</div>'
            '<div class="other"><h3>公交站台雨棚漏雨 公交公司已更换</h3>'
            f'{IND}近日，有市民反映人民广场公交站台雨棚漏雨，本报转交公交公司后，公交公司已于次日更换雨棚。<br>'
            f'{IND}公交公司表示，将对全区站台设施开展一次排查。（{rng.choice(WHO)}）<br></div>'
            '<div class="fx"><a>【打印】</a><a>【关闭】</a><a>【返回目录】</a></div></td></tr></table>'
            '<table width="1000" align="center"><tr><td class="copyright">永川晚报社 版权所有<br>'
            '版权声明：本网站所刊登的各种新闻、信息，未经协议授权，禁止下载使用。</td></tr></table>')
    head = f'<title>{esc(art["title"])}--永川晚报</title><meta name="description" content="{esc(art["title"])}">'
    return head, body, url


TEMPLATES = {"jwmp_khfw74": jwmp_khfw74, "sthjj_zfxw74": sthjj_zfxw74, "xzf_zstj74": xzf_zstj74,
             "xhw_cyyb74": xhw_cyyb74, "rsj_sbjd74": rsj_sbjd74, "cmp_xxzt74": cmp_xxzt74, "wb_msb74": wb_msb74}


def main() -> None:
    """Write the twelve pages and ``references.json`` (every page held apart)."""
    write_set(HERE, "pages74", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used


if __name__ == "__main__":
    main()
