"""Build the seventy-first saved-page set (``pages71``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 应急局 公众号 防灾知识 post with a 小贴士 box
(``yjj_mp_fangzai_tieshi``), a 区 档案馆 portal 档案征集 公告/news page (``dag_zhengji_gonggao``),
a 县 政府网 招聘公告 with a 岗位 table in GBK (``xzf_zhaopin_gangwei_gbk``), a 中新网-like 地方
图文 report (``zxw_difang_tuwen``), a 社区 公众号 垃圾分类积分 post (``sq_mp_jifen_laji``), an
e-paper 周末版 人物专访 with a 人物名片 (``zmb_renwu_mingpian``) and a 华龙网-like 区县 访谈 with
``记者：`` turns (``hlw_qx_fangtan_jizhe``). ``articles.txt`` holds the title, date and reference
body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages71/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
sys.path.insert(0, str(HERE.parent))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _table(rows, attrs: str) -> str:
    """Table rows (cells joined by single spaces) as one ``<table>``, the first row a header."""
    out = []
    for k, r in enumerate(rows):
        tag = "th" if k == 0 else "td"
        out.append("<tr>" + "".join(f'<{tag} align="center">{esc(c)}</{tag}>' for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _paras(body, para_fn, attrs: str, after=None) -> str:
    """Paragraphs through ``para_fn``, runs of table rows as one table; ``after(i)`` may add
    furniture after paragraph ``i``."""
    out, run = [], []
    for i, p in enumerate(body + [None]):
        if p is not None and _row(p):
            run.append(p)
            continue
        if run:
            out.append(_table(run, attrs))
            run = []
        if p is not None:
            out.append(para_fn(p))
            if after:
                out.append(after(i))
    return "".join(out)


def _related(others, n, fmt) -> str:
    return "".join(f'<li><a href="#">{esc(t)}</a><span>{fmt(d)}</span></li>' for t, d in others[:n])


def _gov_footer(site: str, rng) -> str:
    return (f'<div class="footer"><p>主办：{site}　承办：{site}办公室</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>')


def _old_foot(site: str, rng) -> str:
    return (f'<table width="1000" align="center"><tr><td class="foot" align="center">版权所有：{site}　'
            f'技术支持：重庆市大数据应用发展管理局<br>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号　'
            f'网站标识码：{_n(rng, 10)}<br>建议使用1280*1024分辨率浏览</td></tr></table>')


def _mp_shell(title, account, stamp, content, tail, rng) -> str:
    """A saved 公众号 post: headline, account row with the publish time, ``#js_content`` and the
    reading/like row after it."""
    return ('<div id="page-content" class="rich_media_area_primary"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(title)}\n          </h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">{account}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{stamp}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:visible">{content}</div>'
            f'{tail}'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a>'
            f'<span id="readNum3">阅读 {_n(rng, 4)}</span><span class="like_num">{_n(rng, 2)}</span><span>在看</span>'
            '<span>分享</span><span>收藏</span></div>'
            '<div class="discuss_container"><a>写留言</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div>')


def yjj_mp_fangzai_tieshi(art, rng, others):
    """区 应急局 公众号 防灾知识. p01: 点击蓝字 banner, `一、` heads as white-on-blue ``<strong>``
    sections, a 小贴士 box after the third head's paragraphs, a photo with a `▲` caption, a
    one-line slogan, the 值班电话 line (body), 来源/编辑/审核, 往期推荐. p02: publish time only as
    ``2024年01月09日 20:15``, `1.…` items as ``<section>``s with ``<br>`` inside, a 安全提示
    picture card, a 119 line, 来源 line, 往期推荐 with dates."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    acc = "平安北碚" if art["id"] == "p01" else "合川应急"
    banner = ('<section style="text-align:center"><img src="https://mmbiz.qpic.cn/mmbiz_gif/' f'{_n(rng, 12)}/640?wx_fmt=gif"></section>'
              f'<section style="text-align:center;font-size:12px;color:#888">点击蓝字　关注我们</section>')
    if art["id"] == "p01":
        def para(p):
            if p.startswith(HEADS):
                return ('<section style="margin:20px 0 10px"><section style="display:inline-block;background:#1e6fd9;padding:4px 12px">'
                        f'<strong><span style="color:#ffffff;font-size:16px">{esc(p)}</span></strong></section></section>')
            return f'<p style="line-height:1.75em;letter-spacing:1px"><span style="font-size:15px">{esc(p)}</span></p>'

        def after(i):
            if i == 1:
                return ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/' f'{_n(rng, 12)}/640"></p>'
                        '<p style="text-align:center"><span style="font-size:12px;color:#888">▲应急救援队伍开展防汛演练（资料图）</span></p>')
            if i == 10:
                return ('<section style="border:1px dashed #1e6fd9;padding:10px;margin:15px 0;background:#f2f7ff">'
                        '<p><strong><span style="color:#1e6fd9">💡小贴士</span></strong></p>'
                        '<p><span style="font-size:14px">山洪来临前常有征兆：河水突然变浑、水位急涨，上游传来轰鸣声。遇到这些情况，请立即向两侧山坡高处转移。</span></p></section>')
            return ""
        content = banner + _paras(art["body"], para, "", after=after)
        tail = ('<p style="font-size:12px;color:#999">来源：北碚区应急管理局<br>编辑：何静　审核：罗斌</p>'
                '<section class="wqtj"><p><strong>往期推荐</strong></p>' + "".join(f'<p><a>{esc(tt)}</a></p>' for tt, _ in others[:3])
                + '</section>')
        stamp = f"{y}-{m}-{d} {t}"
    else:
        def para(p):
            if p[:2] in ("1.", "2.", "3.", "4."):
                return (f'<section style="background:#fff7f0;padding:8px;margin:6px 0"><span style="color:#e8590c"><strong>{p[:2]}</strong></span>'
                        f'<br><span style="font-size:15px">{esc(p[2:])}</span></section>')
            return f'<p style="text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>'

        def after(i):
            if i == 2:
                return ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/' f'{_n(rng, 12)}/640">'
                        '<p><span style="font-size:12px">冬季用火用电安全提示</span></p></section>')
            return ""
        content = banner + "".join(para(p) + after(i) for i, p in enumerate(art["body"]))
        tail = ('<p style="font-size:12px;color:#999">来源：合川区应急管理局　合川区消防救援支队</p>'
                '<section><p><strong>▌往期推荐</strong></p>' + "".join(f'<p><a>{esc(tt)}</a>（{dd}）</p>' for tt, dd in others[2:5])
                + '</section>')
        stamp = f"{y}年{m}月{d}日 {t}"
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:site_name" content="微信公众平台"><script>var ct = "{_n(rng, 10)}";</script>')
    body = _mp_shell(art["title"], acc, stamp, content, tail, rng)
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 12)}Zk{_n(rng, 6)}"


def dag_zhengji_gonggao(art, rng, others):
    """区 档案馆 portal. p03 (GBK): old table layout, ``发布日期：YYYY年MM月DD日`` line with
    【字体：大 中 小】, the whole notice ``<br>``-separated with ``　　`` in one ``<div id="zoom">``,
    the 落款 (档案馆, a day earlier) and an 附件 line inside the same div, 打印本页/关闭窗口.
    p04: ``<span>``s with no whitespace (``发布时间：2023/9/7``, 浏览量), a photo and its caption
    inside the text, 扫一扫 QR, 相关阅读 with dates, 责任编辑, footer."""
    y, m, d = _ymd(art)
    site = "重庆市江津区档案馆"
    if art["id"] == "p03":
        text = "<br>\n".join(IND + ("&nbsp;" if p.startswith(HEADS) else "") + esc(p) for p in art["body"])
        text += (f'<br>\n<br>\n<div align="right">江津区档案馆&nbsp;&nbsp;&nbsp;&nbsp;<br>{y}年{int(m)}月{int(d) - 1}日&nbsp;&nbsp;&nbsp;&nbsp;</div>'
                 '<br>附件：<a href="/uploadfile/2022/zjdjb.doc">江津区档案馆档案资料捐赠登记表.doc</a>')
        body = (f'<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td><img src="/images/dag_banner.jpg" alt="{site}"></td></tr>'
                '<tr><td class="menu"><a>首页</a> | <a>机构概况</a> | <a>档案工作</a> | <a>通知公告</a> | <a>档案征集</a> | <a>江津记忆</a> | <a>查档服务</a></td></tr></table>'
                '<table width="1000" align="center"><tr><td width="220" valign="top" class="left"><div class="lm">通知公告</div>'
                '<ul><li><a>工作动态</a></li><li><a>通知公告</a></li><li><a>档案征集</a></li></ul></td>'
                '<td valign="top"><div class="dqwz">当前位置：首页 &gt;&gt; 通知公告</div>'
                f'<table width="100%"><tr><td align="center" class="bt"><font size="4" color="#990000"><strong>{esc(art["title"])}</strong></font></td></tr>'
                f'<tr><td align="center" class="xx" bgcolor="#f4f4f4">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;信息来源：区档案馆&nbsp;&nbsp;&nbsp;&nbsp;'
                '【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="nr"><div id="zoom" style="font-size:16px;line-height:30px">{text}</div></td></tr>'
                '<tr><td align="right"><a href="javascript:window.print()">[打印本页]</a>&nbsp;<a href="javascript:window.close()">[关闭窗口]</a></td></tr>'
                '</table></td></tr></table>' + _old_foot(site, rng))
        head = (f'<title>{esc(art["title"])}--{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="通知公告">')
        return head, body, f"http://www.jjdaj.gov.cn/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"

    def para(p):
        return f'<p style="text-indent:2em">{esc(p)}</p>'

    def after(i):
        if i == 0:
            return ('<p style="text-align:center"><img src="./W0' f'{_n(rng, 14)}.jpg" width="600"></p>'
                    '<p style="text-align:center">图为工作人员清点捐赠资料。（区档案馆供图）</p>')
        return ""
    text = "".join(para(p) + after(i) for i, p in enumerate(art["body"]))
    body = ('<div class="header"><div class="logo"><img src="/images/logo.png"></div><div class="search"><input value="请输入关键词"><a>搜索</a></div></div>'
            '<div class="nav"><ul><li>首页</li><li>档案动态</li><li>政务公开</li><li>档案征集</li><li>档案利用</li><li>江津记忆</li></ul></div>'
            '<div class="wz">您的位置：<a>首页</a>&gt;<a>档案动态</a>&gt;<a>工作动态</a></div>'
            f'<div class="article-box"><div class="tit">{esc(art["title"])}</div>'
            f'<div class="info"><span>发布时间：{y}/{int(m)}/{int(d)}</span><span>来源：江津区档案馆</span><span>浏览量：{_n(rng, 3)}</span>'
            '<span class="fx">分享：<a>微信</a><a>微博</a></span></div>'
            f'<div class="xl_con"><div class="TRS_Editor">{text}</div></div>'
            '<div class="zrbj">责任编辑：唐丽</div>'
            '<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div>'
            '<div class="xgyd"><h4>相关阅读</h4><ul>' + _related(others, 4, lambda dd: dd) + '</ul></div></div>'
            + _gov_footer("重庆市江津区档案馆", rng))
    head = f'<title>{esc(art["title"])}_工作动态_江津档案</title><meta name="publishdate" content="{y}-{m}-{d}">'
    return head, body, f"http://www.jjdaj.gov.cn/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"


def xzf_zhaopin_gangwei_gbk(art, rng, others):
    """县 政府网 招聘公告 (GBK). p05: 信息公开 grid (索引号, 成文日期 a day earlier, 发布日期), a
    ``<font>`` title, a 岗位 table with a header row inside the text, ``　　`` ``<p>``s with bold
    `一、` heads, the 落款 and two 附件 lines. p06: an info line with NO date (来源, 浏览次数
    ``document.write``) — the date only in ``<meta name="publishdate">`` and the URL; `1.…` items
    with ``&nbsp;`` runs; a 服务社区 table; the 落款 (三天前); 相关公告 list; 【打印】【关闭】."""
    y, m, d = _ymd(art)
    county = "城口县" if art["id"] == "p05" else "巫溪县"
    site = f"重庆市{county}人民政府"
    unit = "城口县人力资源和社会保障局" if art["id"] == "p05" else "巫溪县民政局"
    sign_day = int(d) - 1 if art["id"] == "p05" else int(d) - 3

    def para(p):
        if p.startswith(HEADS):
            return f'<p style="text-indent:2em"><b>{esc(p)}</b></p>'
        if p[:2] in ("1.", "2.", "3.", "4."):
            return f'<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>'
        return f'<p>{IND}{esc(p)}</p>'
    text = _paras(art["body"], para, 'width="90%" border="1" cellspacing="0" cellpadding="3" align="center" style="border-collapse:collapse"')
    text += (f'<p align="right">{unit}</p><p align="right">{y}年{int(m)}月{sign_day}日</p>')
    if art["id"] == "p05":
        text += ('<p>附件1：<a href="/u/bmb.doc">城口县2023年第一季度公开招聘事业单位工作人员报名表.doc</a></p>'
                 '<p>附件2：<a href="/u/gwb.xls">岗位一览表.xls</a></p>')
        grid = ('<table class="xxgk" width="100%" border="1" cellspacing="0" bordercolor="#cccccc">'
                f'<tr><td>索引号：</td><td>11500229{_n(rng, 4)}/{y}-{_n(rng, 5)}</td><td>发布机构：</td><td>县人力社保局</td></tr>'
                f'<tr><td>成文日期：</td><td>{y}-{m}-{sign_day:02d}</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr>'
                f'<tr><td>主题分类：</td><td colspan="3">劳动、人事、监察</td></tr></table>')
        info = f'发布时间：{y}-{m}-{d}&nbsp;&nbsp;来源：县人力社保局&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】'
        head = (f'<title>{esc(art["title"])}_重庆市{county}人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    else:
        grid = ""
        info = f'来源：县民政局&nbsp;&nbsp;&nbsp;浏览次数：<script language="javascript">document.write({_n(rng, 3)});</script>次'
        head = (f'<title>{esc(art["title"])}-{site}</title><meta name="publishdate" content="{y}-{m}-{d}">'
                '<meta name="keywords" content="招聘,社区工作者">')
    body = (f'<table width="1002" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.jpg" alt="{site}"></td></tr>'
            '<tr><td class="dh"><a>网站首页</a>　<a>走进' + county + '</a>　<a>政务公开</a>　<a>政务服务</a>　<a>互动交流</a>　<a>人事信息</a></td></tr></table>'
            '<table width="1002" align="center"><tr><td class="wz">您当前的位置：首页 &gt; 政务公开 &gt; 人事信息</td></tr>'
            f'<tr><td>{grid}</td></tr>'
            f'<tr><td align="center" height="60"><font style="font-size:22px;color:#c00"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="ly">{info}</td></tr>'
            f'<tr><td class="bt_content" style="font-size:16px;line-height:32px">{text}</td></tr>'
            '<tr><td align="center">【<a>打印</a>】【<a>关闭</a>】</td></tr>'
            '<tr><td><div class="xggg"><b>相关公告：</b><ul>' + _related(others[4:], 3, lambda dd: f"[{dd}]") + '</ul></div></td></tr></table>'
            + _old_foot(site, rng))
    host = "www.cqck.gov.cn" if art["id"] == "p05" else "www.cqwx.gov.cn"
    return head, body, f"http://{host}/zwgk/rsxx/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"


def zxw_difang_tuwen(art, rng, others):
    """中新网-like 地方 图文. ``YYYY年MM月DD日 hh:mm　来源：中国新闻网`` line, a 大字体/小字体
    bar, paragraphs with ``　　`` in ``.left_zw``, two photos inside the text each in a ``<table>``
    with a caption ``（中新网记者 … 摄）``; ``（完）`` after the last paragraph, 【编辑:…】,
    关键词 box, share, 社会新闻精选 strip, 图片报道 box, the 本网站 版权 notice."""
    y, m, d = _ymd(art)
    t = _hm(rng)

    def pic(cap):
        return ('<table border="0" cellspacing="0" cellpadding="0" align="center"><tr><td align="center">'
                f'<img src="//i2.chinanews.com.cn/simg/cmshd/{y}/{m}{d}/{_n(rng, 8)}.jpg" alt="{cap}"></td></tr>'
                f'<tr><td align="center" class="pictext">　　{cap}</td></tr></table>')
    caps = (("版画传承人陈桂兰（右）向居民演示拓印。　中新网记者 何蓬磊 摄", "居民在展厅观看农民版画作品。　中新网记者 何蓬磊 摄")
            if art["id"] == "p07" else ("果农在柑橘园修剪枝条。　中新网记者 周毅 摄", "技术员在田间讲解春季管护要点。　中新网记者 周毅 摄"))
    paras = []
    for i, p in enumerate(art["body"]):
        paras.append(f"<p>{IND}{esc(p)}</p>")
        if i == 0:
            paras.append(pic(caps[0]))
        if i == 3:
            paras.append(pic(caps[1]))
    paras[-1] = paras[-1].replace("</p>", "（完）</p>")
    body = ('<div class="top_nav"><a>首页</a> <a>新闻</a> <a>财经</a> <a>国际</a> <a>地方</a> <a>视频</a> <a>图片</a></div>'
            '<div id="nav">中新网首页 &gt; <a>地方</a> &gt; <a>重庆</a> &gt; 正文</div>'
            f'<div class="content_maincontent_more"><h1>{esc(art["title"])}</h1>'
            f'<div class="content_left_time">{y}年{m}月{d}日 {t}　来源：中国新闻网　<span>大字体</span><span>小字体</span></div>'
            f'<div class="left_zw" style="position:relative">{"".join(paras)}'
            f'<div class="adEditor"><div class="left_name"><div class="left_name">【编辑:{"王琴" if art["id"] == "p07" else "李岩"}】</div></div></div></div>'
            f'<div class="keywords">关键词：{"农民版画 綦江" if art["id"] == "p07" else "忠县 柑橘"}</div>'
            '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            '<div class="jxtj"><h3>社会新闻精选：</h3><ul>' + _related(others, 5, lambda dd: dd[5:]) + '</ul></div>'
            '<div class="tpbd"><h3>图片报道</h3><p><img src="/tp1.jpg"><a>重庆多地开展秋季植绿活动</a></p></div></div>'
            '<div class="footer">本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。<br>'
            f'未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。<br>Copyright ©1999-{y} chinanews.com. All Rights Reserved</div>')
    head = (f'<title>{esc(art["title"])}-中新网</title><meta name="keywords" content="重庆">'
            f'<meta name="description" content="{esc(art["body"][0][:60])}">')
    return head, body, f"https://www.chinanews.com.cn/df/{y}/{m}-{d}/{_n(rng, 8)}.shtml"


def sq_mp_jifen_laji(art, rng, others):
    """社区 公众号 垃圾分类积分 post. Emoji banner, a one-line slogan, question heads (``积分怎么攒？``)
    in a green bar, `每天…积1分；` items as short ``<p>``s with a ✅ image, ``时间：``/``地点：`` with the
    labels bold, a poster with 扫码 caption, 来源/编辑/审核/投稿 lines, a 相关链接 strip."""
    y, m, d = _ymd(art)

    def para(p):
        if p.endswith("？"):
            return ('<section style="background:#3aa757;border-radius:20px;padding:5px 15px;margin:15px auto;width:60%;text-align:center">'
                    f'<span style="color:#fff"><strong>{esc(p)}</strong></span></section>')
        if p.startswith(("时间：", "地点：")):
            return f'<p><strong><span style="color:#3aa757">{p[:3]}</span></strong>{esc(p[3:])}</p>'
        if p.endswith("；"):
            return f'<p><img class="emoji" src="/emoji/2705.png" alt="✅"><span>{esc(p)}</span></p>'
        return f'<p style="text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>'

    def after(i):
        if i == 1:
            return ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/' f'{_n(rng, 12)}/640"></p>'
                    '<p style="text-align:center"><span style="font-size:12px">▲社区“绿色小站”兑换现场</span></p>')
        if i == 8:
            return ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/' f'{_n(rng, 12)}/640"></p>'
                    '<p style="text-align:center"><span style="font-size:12px">长按扫码，查询我的积分</span></p>')
        return ""
    content = ('<section style="text-align:center">🌱🌱🌱 <span style="color:#3aa757">垃圾分类　从我做起</span> 🌱🌱🌱</section>'
               + "".join(para(p) + after(i) for i, p in enumerate(art["body"]))
               + '<section style="text-align:center">— END —</section>')
    tail = ('<p style="font-size:12px;color:#888">来源：大坪街道某社区<br>编辑：小绿　审核：陈琳<br>投稿邮箱：dpjd_sq@163.com</p>'
            '<section><p>相关链接</p>' + "".join(f'<p><a>{esc(tt)}</a></p>' for tt, _ in others[5:7]) + '</section>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    body = _mp_shell(art["title"], "大坪街道某社区", f"{y}-{m}-{d} {_hm(rng)}", content, tail, rng)
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 10)}Qw{_n(rng, 8)}"


def zmb_renwu_mingpian(art, rng, others):
    """e-paper 周末版 人物专访. p10 (GBK): issue line ``2023年11月25日 星期六``, 版次 ``<select>``
    (第05版：人物周刊), 上一版/下一版/PDF, 引题 and 副题 around the headline, byline, a 人物名片 box
    after the text, every paragraph ``<br>``-separated with ``　　`` in one ``<div>`` and ``<font>``;
    本版其他文章 list. p11: upper-case ``<P>`` in ``<founder-content>``, an 编者按 at the top of the
    text, a photo and its caption, a 人物名片 box before the text, a 记者手记 box after it."""
    y, m, d = _ymd(art)
    paper = "三峡都市报" if art["id"] == "p10" else "南川日报"
    ban = "第05版：人物周刊" if art["id"] == "p10" else "第04版：周末·人物"
    sel = "".join(f'<option{" selected" if k == (5 if art["id"] == "p10" else 4) else ""}>第{k:02d}版</option>' for k in range(1, 9))
    top = (f'<table width="1000" align="center"><tr><td class="paper">{paper}　{y}年{m}月{d}日　{_week(art)}　<a>往期回顾</a></td></tr>'
           f'<tr><td>{ban}　<select>{sel}</select>　<a>上一版</a>　<a>下一版</a>　<a href="/pdf/{y}{m}{d}_05.pdf">PDF版下载</a></td></tr></table>')
    if art["id"] == "p10":
        text = "<br>\n".join(f'{IND}<font style="font-size:14px">{esc(p)}</font>' for p in art["body"])
        card = ('<div class="rwmp" style="border:1px solid #c00;padding:8px"><b>人物名片</b><br>刘建华，1965年生，万州区某机械厂钳工，高级技师。'
                '曾获全国技术能手、重庆市劳动模范等称号。<br></div>')
        main = (f'<div class="yt">——记全国技术能手、钳工刘建华</div>'
                f'<div id="ozoom" style="line-height:28px">{text}</div>{card}')
        kicker = '<div class="yinti">匠心</div>'
        byline = '<div class="zz">本报记者　谭晓　文/图</div>'
    else:
        ps = "".join(f"<P>{IND}{esc(p)}</P>" for p in art["body"])
        main = ('<div class="rwmp"><P><B>人物名片</B></P><P>赵雪梅，女，1993年生，南川区某村卫生室村医，2019年回乡执业。</P></div>'
                '<founder-content><P><B>编者按：</B>在广袤乡村，有这样一群年轻人，他们学成归来，扎根基层，用专业守护乡亲健康。本期“周末·人物”走近一位“90后”村医。</P>'
                f'<P align="center"><IMG src="/images/{y}-{m}/{d}/04/res02.jpg"></P><P align="center">赵雪梅为村民测量血压。　记者　黄玲　摄</P>'
                f'{ps}</founder-content>'
                '<div class="sj"><P><B>记者手记</B></P><P>采访那天下着小雨，她背着药箱走了一个多小时山路，裤腿上全是泥。</P></div>')
        kicker = ""
        byline = '<div class="zz">记者　黄玲</div>'
    others_list = '<div class="bbqt"><h4>本版其他文章</h4><ul>' + "".join(f"<li><a>{esc(tt)}</a></li>" for tt, _ in others[6:8]) + "</ul></div>"
    body = (top + '<table width="1000" align="center"><tr><td width="360" valign="top"><img src="/images/bm.jpg" usemap="#PagePicMap"></td>'
            f'<td valign="top"><div class="article">{kicker}<h1>{esc(art["title"])}</h1>{byline}{main}</div>{others_list}'
            '<div class="tools">【<a>打印</a>】【<a>关闭</a>】【<a>返回目录</a>】</div></td></tr></table>'
            f'<div class="copy">{paper}社版权所有　未经书面授权不得转载<br>渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>{paper}数字报-{esc(art["title"])}</title>'
    host = "epaper.sxdsb.com" if art["id"] == "p10" else "epaper.ncrb.cn"
    return head, body, f"http://{host}/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"


def hlw_qx_fangtan_jizhe(art, rng, others):
    """华龙网-like 区县 访谈. ``YYYY-MM-DD hh:mm:ss 来源： 华龙网`` line with a 新闻热线, a 摘要
    box, a video player before the text (时长, 播放量), ``记者：`` questions bold, answers opening with
    the name bold, a `1.…` place list as short ``<p>``s, 责任编辑, 热门评论 with counters, the
    华龙网 版权 notice, 相关新闻 with dates."""
    y, m, d = _ymd(art)

    def para(p):
        if p.startswith("记者："):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        if p.startswith("黄志强："):
            return f'<p style="text-indent:2em"><strong>黄志强：</strong>{esc(p[4:])}</p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'
    text = "".join(para(p) for p in art["body"])
    body = ('<div class="hlw-top"><a>华龙网首页</a> <a>重庆</a> <a>区县</a> <a>新重庆-重庆日报</a> <a>登录</a></div>'
            '<div class="crumb"><a>区县频道</a> &gt; <a>荣昌</a> &gt; 正文</div>'
            f'<div class="detail"><h1 class="title">{esc(art["title"])}</h1>'
            f'<div class="post_source"><span>{y}-{m}-{d} {_hms(rng)}</span> <span>来源： 华龙网</span> <span>新闻热线：023-63111111</span></div>'
            '<div class="summary"><b>[摘要]</b>稻田里养鱼虾，每亩增收1500元左右。</div>'
            f'<div class="video-box"><video src="//v.cqnews.net/{_n(rng, 9)}.mp4" poster="/p.jpg"></video><span class="dur">03:26</span><span>播放 {_n(rng, 4)}</span></div>'
            f'<div class="content" id="main_text">{text}</div>'
            '<div class="editor">责任编辑：丁琳</div>'
            '<div class="copyright">[版权声明] 凡注明“来源：华龙网”的所有作品，版权均属于华龙网，未经授权不得转载、摘编或利用其它方式使用上述作品。</div>'
            f'<div class="comments"><h4>热门评论</h4><p>荣昌网友：好模式，值得推广！<span>赞 {_n(rng, 2)}</span></p><p>共{_n(rng, 2)}条评论</p></div>'
            '<div class="xgxw"><h4>相关新闻</h4><ul>' + _related(others[3:], 4, lambda dd: dd) + '</ul></div></div>'
            '<div class="foot">华龙网版权所有　渝ICP备05005848号</div>')
    head = f'<title>{esc(art["title"])}_荣昌_华龙网</title><meta name="publishdate" content="{y}-{m}-{d}">'
    return head, body, f"https://cq.cqnews.net/qx/rongchang/{y}{m}/{d}/c{_n(rng, 7)}.html"


TEMPLATES = {"yjj_mp_fangzai_tieshi": yjj_mp_fangzai_tieshi, "dag_zhengji_gonggao": dag_zhengji_gonggao,
             "xzf_zhaopin_gangwei_gbk": xzf_zhaopin_gangwei_gbk, "zxw_difang_tuwen": zxw_difang_tuwen,
             "sq_mp_jifen_laji": sq_mp_jifen_laji, "zmb_renwu_mingpian": zmb_renwu_mingpian,
             "hlw_qx_fangtan_jizhe": hlw_qx_fangtan_jizhe}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages71", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
