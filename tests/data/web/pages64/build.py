"""Build the sixty-fourth saved-page set (``pages64``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 文化旅游委 portal 文物普查 news page
(``wlw_wenwu_pucha``), a 区 医保局 公众号 post with 问：/答： turns (``ybj_mp_jiaofei_wenda``), a
县 政府网 农村公路 项目 公示 with a 项目 table, 落款 and 附件 (``xzf_gonglu_xiangmu_gongshi``), a
provincial news portal's 区县 page with a 评论 counter and 热评 (``sxmh_difang_pinglunqu``), a Party
paper site's 调研 page with 编者按 and 执笔 lines (``dbw_diaoyan_tiaocha``), a 镇 公众号 秸秆禁烧
倡议书 (``zhen_mp_jiegan_jinshao_changyi``) and a 区报 e-paper 法治版 以案说法 page
(``qubao_zhengfa_yianshuofa``). ``articles.txt`` holds the title, date and reference body; the
furniture (not body) is written here. See README.md.

    python tests/data/web/pages64/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
HEADS = ("一、", "二、", "三、", "四、", "五、")
SUBS = ("（一）", "（二）", "（三）", "（四）")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _table(rows, attrs: str, th: bool) -> str:
    """Table rows (cells joined by single spaces) as one ``<table>``; the first row as ``<th>`` if ``th``."""
    out = []
    for k, r in enumerate(rows):
        tag = "th" if th and k == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _paras(body, para_fn, attrs: str, th: bool = True, after=None) -> str:
    """Paragraphs through ``para_fn``, runs of table rows as one table; ``after(i)`` may add
    furniture after paragraph ``i``."""
    out, run = [], []
    for i, p in enumerate(body + [None]):
        if p is not None and _row(p):
            run.append(p)
            continue
        if run:
            out.append(_table(run, attrs, th))
            run = []
        if p is not None:
            out.append(para_fn(p))
            if after:
                out.append(after(i))
    return "".join(out)


def _related(others, n, fmt) -> str:
    return "".join(f'<li><a href="#">{esc(t)}</a><span>{fmt(d)}</span></li>' for t, d in others[:n])


def _gov_footer(site: str, rng, region: str = "渝") -> str:
    return (f'<div class="footer"><p>主办：{site}　承办：{site}办公室　联系电话：023-{_n(rng, 8)}</p>'
            f'<p>{region}ICP备{_n(rng, 8)}号　<img src="/images/ga.png">{region}公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">无障碍浏览</a></p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>')


def _wx(art, rng, others, acc: str, date: str, content: str) -> tuple[str, str]:
    """A WeChat post's shell: meta row (原创, account, visible publish time), ``content``, the
    阅读原文/阅读/赞/在看 row, 写留言 and 喜欢此内容的人还喜欢."""
    y, m, d = _ymd(art)
    t = date.split(" ")[-1]
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n</h1>'
            '<div id="meta_content" class="rich_media_meta_list">'
            '<span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{acc}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{acc}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{date}</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">{content}</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a>'
            f'<span id="readNum3">阅读 {_n(rng, 4)}</span><span>分享</span><span>收藏</span>'
            f'<span id="like3">点赞 {_n(rng, 2)}</span><span>在看 {_n(rng, 1)}</span></div>'
            '<div class="discuss_container"><a>写留言</a></div>'
            '<div class="rich_media_extra"><p>喜欢此内容的人还喜欢</p>'
            + "".join(f"<p><a>{esc(tt)}</a></p>" for tt, _ in others[3:6]) + '</div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}";var nickname = "{acc}";var publish_time = "{y}-{m}-{d}" || "";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:40])}">'
            '<meta name="viewport" content="width=device-width,initial-scale=1.0">')
    return head, body



def wlw_wenwu_pucha(art, rng, others):
    """区 文化旅游委 portal 文物普查 news. p01: old table layout, ``<font>`` title, a ``【来源：…|发布日期：…】``
    line with a ``document.write`` counter, paragraphs as ``&nbsp;`` runs ``<br>``-separated in one
    ``<div>`` with a photo and caption among them, 扫一扫 QR, 打印本页/关闭窗口, 上一篇/下一篇. p02:
    info ``<span>``s with no whitespace (发布时间, 更新时间), bold 一、 heads, ``1.`` items, a photo +
    caption, a 文物小知识 box, 相关阅读 with dates, footer."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    if art["id"] == "p01":
        site = "重庆市江津区文化和旅游发展委员会"
        lines = []
        for i, p in enumerate(art["body"]):
            lines.append("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p))
            if i == 1:
                lines.append(f'<div align="center"><img src="/UploadFiles/{y}{m}/{_n(rng, 12)}.jpg" border="0"><br>'
                             '<font color="#666666">启动会现场（区文物管理所供图）</font></div>')
        text = "<br>\n".join(lines)
        body = (f'<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td height="120" background="/images/banner.jpg"></td></tr>'
                '<tr><td class="dh"><a>网站首页</a>|<a>机构职能</a>|<a>文旅动态</a>|<a>公共服务</a>|<a>文物保护</a>|<a>旅游资讯</a>|<a>政务公开</a></td></tr></table>'
                '<table width="980" align="center" border="0"><tr><td class="lmdh"><img src="/images/ico.gif"> 您现在的位置：<a>首页</a> &gt; <a>文物保护</a> &gt; <a>工作动态</a></td></tr>'
                f'<tr><td align="center" style="padding:15px"><font size="4" color="#0a3c82"><strong>{esc(art["title"])}</strong></font></td></tr>'
                f'<tr><td align="center" bgcolor="#f2f2f2" class="hui">【来源：区文物管理所|发布日期：{y}年{m}月{d}日】&nbsp;&nbsp;【点击：'
                f'<script type="text/javascript">document.write({_n(rng, 3)})</script>】&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="xw_nr"><div id="fontzoom" style="line-height:30px">{text}</div></td></tr>'
                '<tr><td align="right">责任编辑：刘小燕&nbsp;&nbsp;</td></tr>'
                '<tr><td align="center"><img src="/images/qr.png" width="80"><br>扫一扫在手机打开当前页</td></tr>'
                '<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】&nbsp;【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
                f'<tr><td>上一篇：<a>{esc(others[0][0])}</a></td></tr><tr><td>下一篇：<a>{esc(others[1][0])}</a></td></tr></table>'
                f'<table width="980" align="center"><tr><td class="bottom">主办：{site}　地址：江津区几江街道<br>'
                f'渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</td></tr></table>')
        head = (f'<title>{esc(art["title"])}--{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {t}">')
        return head, body, f"http://wlw.jiangjin.gov.cn/Item/Show.asp?m=1&d={_n(rng, 4)}"
    site = "重庆市合川区文化和旅游发展委员会"

    def para(p):
        if p.startswith(HEADS):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        if p[:2].rstrip(".").isdigit():
            return f'<p style="text-indent:2em">&nbsp;&nbsp;&nbsp;{esc(p)}</p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'

    def after(i):
        if i == 4:
            return (f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 8)}.jpg"></p>'
                    '<p style="text-align:center">图为钱塘镇新发现的三孔石拱桥。（合川区文化旅游委供图）</p>')
        return ""
    text = _paras(art["body"], para, "", after=after)
    upd = f"{y}-{m}-{int(d) + 2:02d} 16:03"
    body = (f'<div class="top"><img src="/images/logo.png" alt="{site}"><div class="ss"><input value="请输入关键词"><a>搜索</a></div></div>'
            '<ul class="nav"><li>首页</li><li>机构概况</li><li>政务公开</li><li>文旅动态</li><li>文物保护</li><li>办事服务</li></ul>'
            '<div class="dqwz">当前位置：<a>首页</a>&gt;<a>文旅动态</a>&gt;<a>部门动态</a></div>'
            f'<div class="zwxl"><div class="zwxl-title"><p>{esc(art["title"])}</p></div>'
            f'<div class="zwxl-bar"><span>发布时间：{y}-{m}-{d} {t}</span><span>更新时间：{upd}</span><span>来源：区文化旅游委</span>'
            '<span>字号：<a>大</a><a>中</a><a>小</a></span><span><a>打印</a></span></div>'
            f'<div class="zwxl-article"><div class="view TRS_UEDITOR trs_paper_default">{text}</div></div>'
            '<div class="zsk"><p class="zsk-t">文物小知识</p><p>不可移动文物包括古文化遗址、古墓葬、古建筑、石窟寺和石刻、'
            '近现代重要史迹及代表性建筑等，任何单位和个人不得损毁。</p></div>'
            '<div class="fx"><span>扫一扫在手机打开当前页</span><img src="/images/qrcode.png"></div>'
            '<div class="xgyd"><p>相关阅读</p><ul>' + _related(others, 5, lambda dd: dd) + '</ul></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_重庆市合川区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ColumnName" content="部门动态">')
    return head, body, f"http://www.hc.gov.cn/bm/qwlw/zwgk_0/bmdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def ybj_mp_jiaofei_wenda(art, rng, others):
    """区 医保局 公众号 post. p03: 问： turns in bold colour, 答： answers, ``1.`` channel items, a
    缴费标准 image, a 温馨提示 box, 来源/编辑/审核, 往期推荐. p04: news post with ▲ captions, a
    视频号 card, a QR 关注 line, credits."""
    y, m, d = _ymd(art)
    top = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/yb_top.gif"></section>'
           '<p style="text-align:center"><span style="font-size:12px;color:#00a0e9">关注我们 了解更多医保资讯</span></p>')
    out = [top]
    if art["id"] == "p03":
        for i, p in enumerate(art["body"]):
            if p.startswith("问："):
                out.append('<section style="margin-top:16px"><p><span style="color:#00a0e9"><strong>问：</strong></span>'
                           f'<span style="color:#00a0e9"><strong>{esc(p[2:])}</strong></span></p></section>')
            elif p.startswith("答："):
                out.append(f'<p style="line-height:1.75em"><strong>答：</strong>{esc(p[2:])}</p>')
            elif p[:2].rstrip(".").isdigit():
                out.append(f'<p style="line-height:1.75em;padding-left:1em">{esc(p)}</p>')
            else:
                out.append(f'<p style="line-height:1.75em;text-indent:2em">{esc(p)}</p>')
            if i == 3:
                out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/biaozhun.png"></p>')
        out.append('<section style="border:1px dashed #00a0e9;padding:10px;margin:14px 0"><p><strong>温馨提示</strong></p>'
                   '<p style="font-size:14px">医保部门不会通过电话、短信要求您转账缴费，请通过官方渠道缴费，谨防诈骗！</p></section>'
                   '<p><span style="font-size:12px;color:#999">来源：区医保局待遇保障科</span></p>'
                   '<p><span style="font-size:12px;color:#999">编辑：吴倩　审核：陶勇</span></p>'
                   '<section><p><strong>往期推荐</strong></p>' + "".join(f"<p>● {esc(tt)}</p>" for tt, _ in others[:3]) + '</section>')
        head, body = _wx(art, rng, others, "北碚医保", f"{y}年{m}月{d}日 18:20", "".join(out))
        return head, body, f"https://mp.weixin.qq.com/s/Bb{_n(rng, 9)}yb{_n(rng, 5)}"
    for i, p in enumerate(art["body"]):
        out.append(f'<p style="line-height:1.75em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i in (2, 4):
            cap = "工作人员为群众解答医保政策" if i == 2 else "宣讲小分队走进企业"
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/q{i}.jpg"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#999">▲{cap}</span></p>')
        if i == 3:
            out.append('<mpvideosnap class="js_uneditable"><section class="channels_card">视频号 · 黔江医保'
                       '<br>医保政策进万家，一起来看现场 ▶</section></mpvideosnap>')
    out.append('<p><span style="font-size:12px;color:#999">文字：杨帆　图片：冉静</span></p>'
               '<p><span style="font-size:12px;color:#999">编辑：何露　审核：李明</span></p>'
               '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr.jpg"></p>'
               '<p style="text-align:center"><span style="font-size:12px">长按二维码 关注黔江医保</span></p>')
    head, body = _wx(art, rng, others, "黔江医保", f"{y}-{m}-{d} 07:45", "".join(out))
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 8)}Qj{_n(rng, 7)}"


def xzf_gonglu_xiangmu_gongshi(art, rng, others):
    """县 政府网 农村公路 项目 公示. p05: 信息公开 grid (索引号/发布机构/成文日期/发布日期) above the
    title, bold 一、 heads, a 项目 table with a header row, 联系电话/地址 lines (body), the 落款 (unit
    and date), an 附件 link, 打印/关闭. p06: NO visible date (``PubDate`` meta and the URL's date),
    a 路段 table, the 落款, an 附件 link, a 相关解读 box, share, 相关文件 with ``[date]``."""
    y, m, d = _ymd(art)
    t = _hm(rng)

    def para(p):
        if p.startswith(HEADS):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'
    text = _paras(art["body"], para, 'border="1" cellspacing="0" cellpadding="0" width="90%" align="center" style="border-collapse:collapse"')
    if art["id"] == "p05":
        site, unit = "酉阳土家族苗族自治县人民政府", "酉阳土家族苗族自治县交通局"
        text += (f'<p style="text-align:right">{unit}</p><p style="text-align:right">2022年8月19日</p>'
                 '<p>附件：<a href="./P020220822.xls">酉阳县2022年农村公路建设项目计划表.xls</a></p>')
        grid = ('<table class="gk-table" width="100%" border="1"><tr>'
                f'<td>索引号：</td><td>11500242{_n(rng, 6)}A/{y}-{_n(rng, 5)}</td><td>发布机构：</td><td>县交通局</td></tr>'
                f'<tr><td>主题分类：</td><td>交通运输</td><td>体裁分类：</td><td>公示公告</td></tr>'
                f'<tr><td>成文日期：</td><td>{y}-08-19</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
        body = (f'<div class="header"><img src="/images/head.jpg" alt="{site}"></div>'
                '<div class="menu"><a>首页</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>数据开放</a><a>走进酉阳</a></div>'
                '<div class="weizhi">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>法定主动公开内容</a> &gt; <a>公示公告</a></div>'
                f'<div class="zwgk-con">{grid}<div class="zwgk-tit">{esc(art["title"])}</div>'
                f'<div class="zwgk-info">发布日期：{y}-{m}-{d}　　信息来源：县交通局　　浏览次数：<span id="hits">{_n(rng, 3)}</span>　　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<div class="zwgk-zw"><div class="TRS_Editor">{text}</div></div>'
                '<div class="dy"><a>【打印本页】</a>　<a>【关闭窗口】</a></div></div>'
                + _gov_footer(site, rng))
        url = f"http://www.youyang.gov.cn/zwgk_176/fdzdgknr/gsgg/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    else:
        site, unit = "重庆市武隆区人民政府", "重庆市武隆区交通运输委员会"
        text += (f'<p style="text-align:right">{unit}</p><p style="text-align:right">2023年5月26日</p>'
                 '<p>附件：<a href="./P020230530.pdf">武隆区2023年农村公路安全生命防护工程项目表.pdf</a></p>')
        body = (f'<div class="head"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>'
                '<div class="search"><input type="text" placeholder="全站搜索"><button>搜索</button></div></div>'
                '<ul class="mainnav"><li>首页</li><li>要闻动态</li><li>政务公开</li><li>办事服务</li><li>互动交流</li><li>数据发布</li></ul>'
                '<div class="crumbs"><a>首页</a> &gt; <a>政务公开</a> &gt; <a>重点领域信息公开</a> &gt; <a>交通运输</a></div>'
                f'<div class="detail"><h1 class="detail-tit">{esc(art["title"])}</h1>'
                '<div class="detail-bar"><span>来源：区交通运输委</span><span class="sep">|</span><span>字号：<a>大</a> <a>中</a> <a>小</a></span>'
                '<span class="sep">|</span><span><a>打印</a></span></div>'
                f'<div class="detail-con">{text}</div>'
                '<div class="xgjd"><p>相关解读：</p><ul><li><a>一图读懂武隆区农村公路安全生命防护工程</a></li></ul></div>'
                '<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>'
                '<div class="xgwj"><h4>相关文件</h4><ul>' + _related(others, 4, lambda dd: f"[{dd}]") + '</ul></div></div>'
                + _gov_footer(site, rng))
        url = f"http://www.cqwl.gov.cn/zwgk_167/zdlyxxgk/jtys/{y}-{m}/{d}/content_{_n(rng, 6)}.html"
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ContentSource" content="{unit}">')
    return head, body, url


def sxmh_difang_pinglunqu(art, rng, others):
    """Provincial news portal's 区县 page (华龙网-like). p07: a video player with 播放量 above the
    text, a ``来源：…客户端`` line, a 记者 byline, paragraphs in ``<p>`` with ``　　``, a comment counter
    and a 热门评论 list of readers' comments, 责任编辑, 下载客户端 banner. p08: 原标题 line, a photo
    and ``（记者 … 摄）`` caption, a 延伸阅读 strip mid-text, 点赞/评论 counters, 热评, 相关新闻."""
    y, m, d = _ymd(art)
    pid = art["id"]
    paras = []
    for i, p in enumerate(art["body"]):
        paras.append(f"<p>　　{esc(p)}</p>")
        if pid == "p08" and i == 1:
            paras.append('<p style="text-align:center"><img src="https://img.cqnews.net/' f'{y}{m}/{_n(rng, 10)}.jpg"></p>'
                         '<p style="text-align:center">汉丰湖上成群的候鸟。（记者 向东 摄）</p>')
        if pid == "p08" and i == 4:
            paras.append(f'<div class="ycyd"><b>延伸阅读</b><a>{esc(others[2][0])}</a></div>')
    if pid == "p07":
        place, t = "万州", "14:18"
        pre = ('<div class="video-box"><video src="https://v.cqnews.net/' f'{_n(rng, 8)}.mp4" poster="p.jpg" controls></video>'
               f'<div class="vinfo">播放量：{_n(rng, 4)}　时长 01:42</div></div>')
        info = f'<span class="time">{y}-{m}-{d} {t}</span><span class="source">来源：上游新闻客户端</span>'
        byline = '<p class="author">上游新闻记者 谭亮</p>'
        orig = ""
    else:
        place, t = "开州", "09:05"
        pre = ""
        info = f'<span class="time">{y}年{m}月{d}日 {t}</span>&nbsp;<span class="source">来源：华龙网</span>&nbsp;<span>作者：向东</span>'
        byline = ""
        orig = f'<p class="yuanbt">原标题：汉丰湖成了候鸟“天堂” 越冬候鸟超2万只</p>'
    hot = ("".join(f'<li><span class="nick">{nk}</span><span class="ip">{ip}</span><p>{c}</p><span class="zan">{_n(rng, 2)}</span></li>'
                   for nk, ip, c in (("山城小李", "重庆", "支持！希望越来越好。"), ("江边散步的人", "四川", "上周去过，确实不错，就是停车有点难。"),
                                     ("老重庆", "重庆", "点赞家乡。"))))
    body = ('<div class="topbar"><a>首页</a> <a>重庆</a> <a>区县</a> <a>财经</a> <a>教育</a> <a>健康</a> <a>下载客户端</a></div>'
            f'<div class="crumb"><a>首页</a> &gt; <a>区县</a> &gt; <a>{place}</a> &gt; 正文</div>'
            f'<div class="main-left"><h1 class="title">{esc(art["title"])}</h1><div class="info">{info}</div>'
            f'<div class="content" id="main_text">{pre}{orig}{byline}{"".join(paras)}</div>'
            f'<div class="editor">责任编辑：{"邓敏" if pid == "p07" else "黄雪"}</div>'
            f'<div class="actions"><span class="like">点赞 {_n(rng, 3)}</span><span class="cmt">评论（{_n(rng, 2)}）</span><span>分享</span></div>'
            f'<div class="comment"><h3>热门评论</h3><ul>{hot}</ul><a>查看更多评论</a></div>'
            '<div class="xgxw"><h3>相关新闻</h3><ul>' + _related(others, 4, lambda dd: dd[5:]) + '</ul></div></div>'
            '<div class="app-dl"><img src="/qr_app.png">下载客户端，阅读更多区县新闻</div>'
            '<div class="footer"><p>版权声明：本网站所刊载信息，未经授权禁止转载、摘编、复制及建立镜像。</p>'
            f'<p>互联网新闻信息服务许可证：{_n(rng, 11)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_{place}_区县_华龙网</title><meta name="keywords" content="{place}">'
            f'<meta name="description" content="{esc(art["body"][0][:50])}">')
    return head, body, f"https://cq.cqnews.net/qx/{place}/{y}{m}/{d}/c{_n(rng, 7)}.html"


def dbw_diaoyan_tiaocha(art, rng, others):
    """Party paper site's 调研 page. p09 (GBK): old layout, ``YYYY/M/D hh:mm　来源：…`` line, an 编者按
    box before the text, the byline ``本报调研组``, bold 一、 heads, a closing ``（执笔：…）`` line, 责编,
    share, 相关新闻. p10: an 引题 above the headline and a ``——…`` subtitle below it,
    ``发稿时间：…`` line, a photo + caption, a 调研手记 box after the text, 分享 and 版权声明."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    if art["id"] == "p09":
        paras = []
        for p in art["body"]:
            if p.startswith(HEADS):
                paras.append(f"<p>　　<b>{esc(p)}</b></p>")
            else:
                paras.append(f"<p>　　{esc(p)}</p>")
        body = ('<table width="960" align="center"><tr><td><img src="/images/cqrb_logo.gif"> <a>首页</a> | <a>时政</a> | <a>区县</a> | <a>调研</a> | <a>理论</a> | <a>数字报</a></td></tr></table>'
                '<div class="w960"><div class="path">当前位置：<a>重庆日报网</a> &gt;&gt; <a>调研</a></div>'
                f'<h1 id="p_title">{esc(art["title"])}</h1>'
                f'<div class="p_info">{y}/{int(m)}/{int(d)} {t}　来源：重庆日报　<a>手机看</a></div>'
                '<div id="p_content"><div class="bza"><p><font color="#004c99">【编者按】</font>乡村振兴，集体经济是重要支撑。'
                '本报调研组近期深入綦江区，就村集体经济发展进行调研，今日刊发调研报告，敬请关注。</p></div>'
                '<p>　　本报调研组</p>' + "".join(paras) + '<p>　　（执笔：周洁　刘一鸣）</p></div>'
                '<div class="p_editor">(责编：杨帆)</div>'
                '<div class="share">分享到：<a>微信</a> <a>微博</a> <a>人人</a></div>'
                '<div class="xgxw"><b>相关新闻</b><ul>' + _related(others, 4, lambda dd: dd) + '</ul></div></div>'
                f'<div class="foot">重庆日报报业集团版权所有　未经书面授权禁止转载<br>渝ICP备{_n(rng, 8)}号</div>')
        head = f'<title>{esc(art["title"])}--重庆日报网</title><meta name="keywords" content="村集体经济,调研">'
        return head, body, f"http://www.cqrb.cn/content/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    paras = []
    for i, p in enumerate(art["body"]):
        paras.append(f'<p style="text-indent:2em">{esc(p)}</p>')
        if i == 4:
            paras.append(f'<p style="text-align:center"><img src="/images/{y}-{m}/{d}/{_n(rng, 9)}.jpg"></p>'
                         '<p style="text-align:center"><font face="楷体">工人在生产车间加工牡丹籽油。记者 陈秋 摄</font></p>')
    body = ('<div class="g-head"><img src="/logo.png" alt="重庆日报网"><a>首页</a><a>要闻</a><a>区县</a><a>调研</a><a>视频</a></div>'
            '<div class="m-crumb"><a>首页</a> &gt; <a>调研</a> &gt; 正文</div>'
            '<div class="m-art"><h3 class="yt">县域特色产业观察</h3>'
            f'<h1>{esc(art["title"])}</h1><h2 class="fbt">——垫江县牡丹产业发展调查</h2>'
            f'<div class="m-info">发稿时间：{y}-{m}-{d} 08:30　来源：重庆日报　记者：陈秋　王伟</div>'
            f'<div class="m-text">{"".join(paras)}</div>'
            '<div class="m-shouji"><h4>调研手记</h4><p>产业兴旺，关键在链。从一朵花到一瓶油，延伸的不只是产业链，'
            '更是农民增收的路子。</p></div>'
            '<div class="m-share">分享：<a>微信</a> <a>微博</a> <a>复制链接</a></div>'
            '<div class="m-tui"><h4>推荐阅读</h4><ul>' + _related(others, 4, lambda dd: dd) + '</ul></div></div>'
            '<div class="g-foot"><p>版权声明：重庆日报网所有原创作品，未经授权禁止转载。</p>'
            f'<p>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_重庆日报网</title><meta name="description" content="{esc(art["body"][0][:50])}">'
            f'<meta name="publishdate" content="{y}-{m}-{d}">')
    return head, body, f"https://www.cqrb.cn/diaoyan/{y}-{m}/{d}/content_{_n(rng, 7)}.html"


def zhen_mp_jiegan_jinshao_changyi(art, rng, others):
    """镇 公众号 秸秆禁烧 倡议书: a ``倡议书`` banner line, the salutation, 一、 heads in tinted boxes,
    the 综合利用 items, the 落款 (镇党委 镇人民政府 and date, NOT body), a 秸秆利用 image card,
    来源/编辑/审核 credits, a QR line, WeChat shell."""
    y, m, d = _ymd(art)
    out = ['<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/banner.gif"></p>'
           '<p style="text-align:center"><strong><span style="font-size:20px;color:#d0021b">倡 议 书</span></strong></p>']
    for i, p in enumerate(art["body"]):
        if p.startswith(HEADS):
            out.append('<section style="background:#e8f4ff;border-left:4px solid #1e6fd9;padding:4px 8px;margin:12px 0">'
                       f'<p><strong><span style="color:#1e6fd9">{esc(p)}</span></strong></p></section>')
        elif p.endswith("；") or p.startswith("秸秆打捆"):
            out.append(f'<p style="line-height:1.75em;padding-left:2em"><span style="font-size:15px">◆ {esc(p)}</span></p>')
        elif p.endswith("：") and i == 0:
            out.append(f'<p style="line-height:1.75em"><strong>{esc(p)}</strong></p>')
        else:
            out.append(f'<p style="line-height:1.75em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 8:
            out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/jiegan_liyong.png"></p>')
    out.append('<p style="text-align:right">中共潼南区米心镇委员会</p><p style="text-align:right">潼南区米心镇人民政府</p>'
               f'<p style="text-align:right">{y}年{int(m)}月{int(d)}日</p>'
               '<p><span style="font-size:12px;color:#888">来源：米心镇农业服务中心</span></p>'
               '<p><span style="font-size:12px;color:#888">编辑：谭雪　审核：秦刚</span></p>'
               '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr.jpg"></p>'
               '<p style="text-align:center"><span style="font-size:12px">扫码关注“米心发布”</span></p>')
    head, body = _wx(art, rng, others, "米心发布", f"{y}-{m}-{d} 16:30", "".join(out))
    return head, body, f"https://mp.weixin.qq.com/s/Sh{_n(rng, 10)}fn{_n(rng, 3)}"


def qubao_zhengfa_yianshuofa(art, rng, others):
    """区报 e-paper 第04版 法治 page: issue line, 版次 selector with 上一版/下一版/PDF, 本版标题
    list, the column 引题 ``以案说法``, a byline, ``【案情】``/``【审理】``/``【说法】`` heads and text as
    ``<br>``-separated ``　　`` lines in ``#ozoom``, a ``（文中当事人均为化名）`` note, an 本版编辑 line,
    上一篇/下一篇, copyright."""
    y, m, d = _ymd(art)
    paper = "大渡口报"
    lines = "<br>\n".join(IND + esc(p) for p in art["body"])
    body = (f'<div class="header"><img src="/images/dadukoubao.gif" alt="{paper}"><span class="riqi">{y}年{m}月{d}日　{_week(art)}</span>'
            '<span class="qihao">第2871期</span></div>'
            '<div class="bcnav"><select><option>第01版：要闻</option><option>第02版：综合</option><option>第03版：区域</option>'
            '<option selected>第04版：法治</option></select>　<a>上一版</a>　<a>下一版</a>　<a>PDF版</a>　<a>往期回顾</a></div>'
            '<div class="wrap"><div class="bmt"><img src="/page/04.jpg" usemap="#pagemap"><h4>本版标题</h4><ul>'
            f'<li><a>{esc(art["title"])}</a></li><li><a>区司法局开展“法律明白人”培训</a></li><li><a>普法小课堂</a></li></ul></div>'
            '<div class="art"><h4 class="yt">以案说法</h4>'
            f'<h1 class="bt">{esc(art["title"])}</h1>'
            '<p class="zz">本报通讯员　邓　琳</p>'
            f'<div id="ozoom"><founder-content>{lines}<br>\n　　（文中当事人均为化名）<br>\n</founder-content></div>'
            '<p class="bj">本版编辑：黄　燕</p>'
            f'<div class="sxp">上一篇：<a>{esc(others[5][0])}</a><br>下一篇：<a>区司法局开展“法律明白人”培训</a></div></div></div>'
            f'<div class="copyright">{paper}社版权所有　未经书面授权不得转载<br>渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>{paper}数字报-{esc(art["title"])}</title><meta name="description" content="{paper}数字报">'
    return head, body, f"http://epaper.ddk.cn/html/{y}-{m}/{d}/content_{_n(rng, 4)}.htm"


TEMPLATES = {"wlw_wenwu_pucha": wlw_wenwu_pucha, "ybj_mp_jiaofei_wenda": ybj_mp_jiaofei_wenda,
             "xzf_gonglu_xiangmu_gongshi": xzf_gonglu_xiangmu_gongshi, "sxmh_difang_pinglunqu": sxmh_difang_pinglunqu,
             "dbw_diaoyan_tiaocha": dbw_diaoyan_tiaocha, "zhen_mp_jiegan_jinshao_changyi": zhen_mp_jiegan_jinshao_changyi,
             "qubao_zhengfa_yianshuofa": qubao_zhengfa_yianshuofa}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages64", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
