"""Build the sixtieth saved-page set (``pages60``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 应急管理局 portal 地震应急演练 news page
(``yjj_dizhen_yanlian``), a 人社局 公众号 技能大赛 post with its 获奖名单 (``rsj_mp_jineng_dasai``),
a 县 政府网 人大代表建议 办理答复 page (``xzf_rddb_jianyi_dafu``), a 光明网-like 评论 page with
作者简介 (``gmw_pinglun_zuozhe``), a 区 统战部 portal 新的社会阶层 活动 news page
(``tzb_xinjieceng_news``), a 中学 公众号 开学典礼 post with the 校长讲话 (``zx_mp_kaixue_dianli``)
and a 县报 e-paper 第03版 page with two 短消息 (``epaper_xianbao_duanxiao``). ``articles.txt``
holds the title, date and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages60/build.py
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


def yjj_dizhen_yanlian(art, rng, others):
    """区 应急管理局 portal 地震应急演练 news. p01: old table layout, ``<font>`` title, info line with
    ``&nbsp;`` runs and a ``document.write`` counter, all paragraphs ``<br>``-separated in one ``<div>``
    with a photo and its caption among them. p02: info ``<span>``s with no whitespace (发布时间 and
    更新时间), ``TRS_Editor`` paragraphs, bold 一、 heads, ``1.`` school items, a photo + caption, an
    应急小贴士 box, share, 相关阅读 with dates."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    pid = art["id"]
    if pid == "p01":
        site = "重庆市渝北区应急管理局"
        lines = []
        for i, p in enumerate(art["body"]):
            lines.append(IND + esc(p))
            if i == 3:
                lines.append('<p align="center"><img src="/uploadfiles/202305/12/2023051209' f'{_n(rng, 5)}.jpg" border="0"></p>'
                             '<p align="center">图为演练现场，消防救援人员对“坍塌建筑”开展破拆救援。（区应急管理局供图）</p>')
        text = "<br>\n".join(lines)
        body = (f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="/images/top_banner.jpg" alt="{site}"></td></tr>'
                '<tr><td class="nav"><a>首页</a> | <a>机构概况</a> | <a>应急要闻</a> | <a>政务公开</a> | <a>安全生产</a> | <a>防灾减灾</a> | <a>互动交流</a></td></tr></table>'
                '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="240" valign="top" class="left">'
                '<table width="100%"><tr><td class="lm">防灾减灾</td></tr><tr><td><a>地震地质</a></td></tr><tr><td><a>森林防火</a></td></tr><tr><td><a>防汛抗旱</a></td></tr></table></td>'
                '<td valign="top"><table width="100%"><tr><td class="wz">当前位置：<a>首页</a> &gt;&gt; <a>防灾减灾</a> &gt;&gt; <a>地震地质</a></td></tr>'
                f'<tr><td align="center" height="60"><font size="5" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;来源：区应急管理局&nbsp;&nbsp;&nbsp;&nbsp;'
                f'浏览次数：<script language="javascript">document.write("{_n(rng, 3)}");</script>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="zw"><div id="zoom"><font face="宋体" style="font-size:16px;line-height:28px">{text}</font></div></td></tr>'
                '<tr><td align="right">（责任编辑：王琳）</td></tr>'
                '<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
                f'<tr><td>上一篇：<a>{esc(others[0][0])}</a><br>下一篇：<a>{esc(others[1][0])}</a></td></tr></table></td></tr></table>'
                f'<table width="1000" align="center"><tr><td class="foot">版权所有：{site}　地址：渝北区双龙大道 邮编：401120<br>'
                f'渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</td></tr></table>')
        head = (f'<title>{esc(art["title"])}-{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ContentSource" content="区应急管理局">')
        return head, body, f"http://www.ybq.gov.cn/yjj/fzjz/dzdz/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    site = "重庆市巴南区应急管理局"

    def para(p):
        if p.startswith(HEADS):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        if p[:2].rstrip(".").isdigit():
            return f'<p style="text-indent:2em">&nbsp;&nbsp;{esc(p)}</p>'
        return f'<p style="text-indent:2em;text-align:justify">{esc(p)}</p>'

    def after(i):
        if i == 3:
            return ('<p style="text-align:center"><img src="./W020240328' f'{_n(rng, 9)}.jpg" oldsrc="W0202403.jpg"></p>'
                    '<p style="text-align:center">图为学生有序撤离至学校操场。（巴南区应急管理局供图）</p>')
        return ""
    text = _paras(art["body"], para, "", after=after)
    upd = f"{y}-{m}-{int(d) + 1:02d} 09:15"
    body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>'
            '<ul class="nav"><li>首页</li><li>政务公开</li><li>应急管理</li><li>安全生产</li><li>防灾减灾</li><li>互动交流</li></ul></div>'
            '<div class="crumb">您当前的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>工作动态</a></div>'
            f'<div class="xl_main"><h1 class="xl_tit">{esc(art["title"])}</h1>'
            f'<div class="xl_info"><span>发布时间：{y}-{m}-{d} {t}</span><span>更新时间：{upd}</span>'
            f'<span>来源：巴南区应急管理局</span><span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
            f'<div class="xl_con"><div class="TRS_Editor">{text}</div></div>'
            '<div class="tips"><h4>应急小贴士</h4><p>地震发生时，在室内应就近躲避在坚固的桌子下或墙角，用手或书包护住头部；'
            '震后迅速有序撤离，不要乘坐电梯。</p></div>'
            '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            '<div class="opt"><a>【打印】</a><a>【关闭】</a></div>'
            '<div class="xgyd"><h3>相关阅读</h3><ul>' + _related(others, 4, lambda dd: dd) + '</ul></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_工作动态_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ColumnName" content="工作动态">')
    return head, body, f"http://www.cqbn.gov.cn/bmjz/bm/yjj/zwgk_1/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def rsj_mp_jineng_dasai(art, rng, others):
    """人社局 公众号 技能大赛 post. p03: 获奖名单 as a table with a header row (rows body), a
    ``（表格来源：…）`` note, ▲ captions, a 小贴士 box, credits, 往期推荐. p04: blue-banner heads, the
    一等奖 list with bold ``项目：`` labels, a 视频号 card, a QR 完整名单 line, credits."""
    y, m, d = _ymd(art)
    pid = art["id"]
    top = ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/guanzhu.gif"></p>'
           '<p style="text-align:center"><span style="font-size:12px;color:#1e6fd9">点击蓝字 关注我们</span></p>')
    if pid == "p03":
        def para(p):
            return f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>'

        def after(i):
            if i == 0:
                return ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/bimu.jpg"></p>'
                        '<p style="text-align:center"><span style="font-size:12px;color:#888">▲大赛闭幕式现场</span></p>')
            if i == 10:
                return '<p style="text-align:right"><span style="font-size:12px;color:#888">（表格来源：市职业技能鉴定指导中心）</span></p>'
            return ""
        content = top + _paras(art["body"], para, 'style="width:100%;border-collapse:collapse;font-size:14px" border="1"', after=after)
        content += ('<section style="background:#eef5ff;padding:10px;margin:12px 0"><p><strong>小贴士</strong></p>'
                    '<p style="font-size:14px">“技术能手”是政府对技能人才的一项表彰，获评人员在职业技能等级晋升、'
                    '评优评先等方面可按规定享受相关政策。</p></section>'
                    '<p><span style="font-size:12px;color:#888">来源：市职业能力建设科</span></p>'
                    '<p><span style="font-size:12px;color:#888">编辑：范婷　审核：余建</span></p>'
                    '<section><p><strong>往期推荐</strong></p>' + "".join(f"<p>▶ {esc(t)}</p>" for t, _ in others[:3]) + '</section>')
        head, body = _wx(art, rng, others, "宜宾人社", f"{y}-{m}-{d} 18:05", content)
        return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 9)}Yb{_n(rng, 6)}"
    out = [top]
    for i, p in enumerate(art["body"]):
        if p.startswith("以赛"):
            out.append('<section style="background:#1e6fd9;padding:4px 10px;margin:14px 0;border-radius:4px">'
                       f'<p><span style="color:#ffffff"><strong>{esc(p)}</strong></span></p></section>')
        elif "：" in p[:6] and p.endswith("）"):
            lab, rest = p.split("：", 1)
            out.append(f'<p style="text-align:left"><strong><span style="color:#1e6fd9">{esc(lab)}：</span></strong>{esc(rest)}</p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em">{esc(p)}</p>')
        if i == 3:
            out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/qc.jpg"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">▲汽车维修项目比赛现场</span></p>')
        if i == 6:
            out.append('<mpvideosnap class="js_uneditable"><section class="channels_card">视频号 · 铜梁人社'
                       '<br>龙乡工匠技能大赛精彩瞬间 ▶</section></mpvideosnap>')
    out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/qr.png"></p>'
               '<p style="text-align:center"><span style="font-size:12px">扫码查看完整获奖名单</span></p>'
               '<p><span style="font-size:12px;color:#888">来源：区人力社保局职业能力建设科</span></p>'
               '<p><span style="font-size:12px;color:#888">图片：罗文　编辑：秦露　审核：何军</span></p>')
    head, body = _wx(art, rng, others, "铜梁人社", f"{y}年{m}月{d}日 19:30", "".join(out))
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 8)}Tl{_n(rng, 7)}"


def xzf_rddb_jianyi_dafu(art, rng, others):
    """县 政府网 人大代表建议 办理答复. p05: 信息公开 grid (索引号/发布机构/文号/成文日期/发布日期)
    above the title, ``TRS_Editor`` paragraphs, bold 一、 heads, the 落款 (unit and date), 联系人 and
    抄送 lines, 打印/关闭. p06: NO visible date (``PubDate`` meta and the URL's date only), a 培训
    table with a header row, the 落款, an 附件 link, 相关文件, share."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    pid = art["id"]
    if pid == "p05":
        site, unit, sign, no = "秀山土家族苗族自治县人民政府", "秀山土家族苗族自治县交通运输委员会", "2022年7月5日", "秀交委函〔2022〕45号"
    else:
        site, unit, sign, no = "城口县人民政府", "城口县农业农村委员会", "2023年6月26日", "城农委函〔2023〕31号"

    def para(p):
        if p.startswith(HEADS + SUBS):
            return f'<p style="text-indent:2em"><b>{esc(p)}</b></p>'
        if p.endswith("代表："):
            return f"<p>{esc(p)}</p>"
        return f'<p style="text-indent:2em">{esc(p)}</p>'
    text = _paras(art["body"], para, 'border="1" cellspacing="0" cellpadding="3" align="center" width="80%"')
    text += (f'<p style="text-align:right">{unit}</p><p style="text-align:right">{sign}</p>')
    if pid == "p05":
        text += (f'<p>（联系人：吴波；联系电话：023-7666{_n(rng, 4)}）</p>'
                 '<p>抄送：县人大常委会选联工委，县政府办公室。</p>')
        grid = ('<table class="xxgk_table" width="100%" border="1"><tr>'
                f'<td>索引号：</td><td>11500241{_n(rng, 6)}X/{y}-{_n(rng, 5)}</td><td>发布机构：</td><td>县交通运输委</td></tr>'
                f'<tr><td>主题分类：</td><td>建议提案办理</td><td>文号：</td><td>{no}</td></tr>'
                f'<tr><td>成文日期：</td><td>{y}-07-05</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
        body = (f'<div class="top"><img src="/images/banner.jpg" alt="{site}"></div>'
                '<div class="nav"><a>首页</a><a>要闻动态</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进秀山</a></div>'
                '<div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>建议提案办理</a> &gt; <a>人大代表建议</a></div>'
                f'<div class="con">{grid}<h2 class="bt">{esc(art["title"])}</h2>'
                f'<div class="info">发布日期：{y}-{m}-{d}　　来源：县交通运输委　　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<div class="zw"><div class="TRS_Editor">{text}</div></div>'
                '<div class="print"><a>【打印本页】</a>　<a>【关闭窗口】</a></div></div>'
                + _gov_footer(site, rng))
        url = f"http://www.cqxs.gov.cn/zwgk_221/jytabl/rddbjy/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    else:
        text += ('<p>附件：<a href="./P020230630.docx">城口县2023年中蜂养殖补助申报表.docx</a></p>')
        body = (f'<div class="head"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>'
                '<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>'
                '<ul class="menu"><li>首页</li><li>新闻中心</li><li>政务公开</li><li>办事服务</li><li>政民互动</li></ul>'
                '<div class="bread"><a>首页</a> &gt; <a>政务公开</a> &gt; <a>建议提案办理</a></div>'
                f'<div class="article"><div class="title"><p class="tit">{esc(art["title"])}</p></div>'
                '<div class="source"><span>来源：城口县农业农村委</span> | <span>字号：<a>大</a> <a>中</a> <a>小</a></span> | '
                '<span><a>打印</a></span></div>'
                f'<div class="bt_content">{text}</div>'
                '<div class="fx">分享：<a>微信</a> <a>微博</a> <a>QQ</a></div>'
                '<div class="xgwj"><h4>相关文件</h4><ul>' + _related(others, 3, lambda dd: f"[{dd}]") + '</ul></div></div>'
                + _gov_footer(site, rng))
        url = f"http://www.cqck.gov.cn/zwgk_168/jytabl/{y}-{m}/{d}/content_{_n(rng, 6)}.html"
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ContentSource" content="{unit}">')
    return head, body, url


def gmw_pinglun_zuozhe(art, rng, others):
    """光明网-like 评论 page. p07: a ``【光明时评】`` column line before the text, 作者 in the info bar,
    an 作者简介 box after the text, ``[ 责编：… ]``. p08: an 编者按 box before the text, bold
    ``坚持…，推动…`` heads, a closing ``（作者：…，系…）`` line; both share, 版权声明, 相关阅读."""
    y, m, d = _ymd(art)
    t = f"0{rng.randint(4, 6)}:{rng.randint(10, 59)}"
    pid = art["id"]
    if pid == "p07":
        pre = '<p>　　【光明时评】</p>'
        post = ('</div><div class="m-zzjj"><b>作者简介</b><p>周立新，重庆市委党校公共管理教研部教授，'
                '主要研究方向为基层治理与公共政策。</p></div>')
        author, src, ed = "周立新", '来源：<a>光明网</a>', "王思远"
    else:
        pre = ('<div class="m-editor-note"><p><b>编者按：</b>县域商业体系建设关系农民生活和农村消费。'
               '本期刊发专家文章，探讨如何以县域商业体系建设助力乡村振兴。</p></div>')
        post = '<p>　　（作者：何平，系四川省社会科学院研究员）</p></div>'
        author, src, ed = "何平", '来源：<a>光明网-《光明日报》</a>', "李雪"
    paras = []
    for p in art["body"]:
        if p.startswith("坚持"):
            paras.append(f"<p>　　<strong>{esc(p)}</strong></p>")
        else:
            paras.append(f"<p>　　{esc(p)}</p>")
    text = f'<div class="u-mainText">{pre}{"".join(paras)}{post}'
    body = ('<div class="g-top"><a>光明网</a> | <a>时评</a> | <a>理论</a> | <a>文化</a> | <a>教育</a> | <a>科技</a>'
            '<span class="login"><a>登录</a> <a>注册</a></span></div>'
            '<div class="m-crumb"><a>首页</a>&gt;<a>时评频道</a>&gt;<a>光明时评</a>&gt;正文</div>'
            f'<div class="g-main"><div class="m-title-box"><h1 class="u-title">{esc(art["title"])}</h1>'
            f'<div class="m-con-info"><span class="m-con-time">{y}-{m}-{d} {t}</span>'
            f'<span class="m-con-source">{src}</span><span class="m-con-author">作者：{author}</span></div></div>'
            f'<div class="u-mainText-box">{text}'
            f'<div class="m-editor">[ 责编：{ed} ]</div>'
            '<div class="m-share">分享到：<a>微信</a> <a>QQ空间</a> <a>新浪微博</a> <a>复制链接</a></div>'
            f'<div class="m-comment">已有{_n(rng, 2)}人参与 <a>我来说两句</a></div></div>'
            '<div class="m-xgyd"><h3>相关阅读</h3><ul>' + _related(others, 5, lambda dd: dd) + '</ul></div>'
            '<div class="m-hot"><h3>热点推荐</h3><ul>' + "".join(f"<li><a>{esc(tt)}</a></li>" for tt, _ in others[5:8]) + '</ul></div></div>'
            '<div class="g-footer"><p>光明网版权所有</p><p>版权声明：凡本网注明“来源：光明网”的所有作品，版权均属于光明网，'
            '未经本网授权不得转载、摘编或利用其它方式使用。</p>'
            f'<p>京ICP证{_n(rng, 6)}号 | 京公网安备{_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_光明网</title><meta name="keywords" content="评论,光明时评">'
            f'<meta name="description" content="{esc(art["body"][0][:60])}"><meta name="author" content="{author}">')
    return head, body, f"https://guancha.gmw.cn/{y}-{m}/{d}/content_{_n(rng, 8)}.htm"


def tzb_xinjieceng_news(art, rng, others):
    """区 统战部 portal 新的社会阶层 活动 news. p09: old table layout with a left menu, an info line
    with full-width spaces and a ``document.write`` counter, ``<font>`` paragraphs with ``　　``, a
    photo + caption, 打印此页/关闭窗口, 上一条/下一条. p10: info ``<span>``s joined by ``&nbsp;``
    (发布时间 ``Y/M/D`` and 更新时间), bold ``记者：`` turns and name answers, a photo + caption, 相关新闻
    with dates, share."""
    y, m, d = _ymd(art)
    pid = art["id"]
    if pid == "p09":
        site = "中共重庆市梁平区委统战部"
        paras = []
        for i, p in enumerate(art["body"]):
            paras.append(f'<p><font style="font-size:16px" face="仿宋_GB2312">{IND}{esc(p)}</font></p>')
            if i == 2:
                paras.append('<p align="center"><img src="/upload/2022/11/18/' f'{_n(rng, 6)}.jpg" width="600"></p>'
                             '<p align="center"><font style="font-size:14px" face="楷体_GB2312">图为联谊会会员在万年村开展助农直播。</font></p>')
        body = (f'<table width="1002" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.jpg" alt="{site}"></td></tr>'
                '<tr><td class="menu"><a>首页</a>　<a>部务信息</a>　<a>统战要闻</a>　<a>多党合作</a>　<a>民族宗教</a>　<a>新的社会阶层</a>　<a>理论研究</a></td></tr></table>'
                '<table width="1002" align="center" border="0"><tr><td width="230" valign="top"><table width="100%" class="leftmenu">'
                '<tr><td class="lmt">新的社会阶层</td></tr><tr><td><a>工作动态</a></td></tr><tr><td><a>政策法规</a></td></tr><tr><td><a>典型风采</a></td></tr></table></td>'
                '<td valign="top"><table width="100%"><tr><td class="dqwz">您现在的位置：<a>首页</a> → <a>新的社会阶层</a> → <a>工作动态</a></td></tr>'
                f'<tr><td align="center" class="title"><font color="#b40000" style="font-size:22px"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">作者：区委统战部　　发布时间：{y}年{m}月{d}日　　点击数：'
                f'<script>document.write("{_n(rng, 4)}")</script></td></tr>'
                f'<tr><td class="content">{"".join(paras)}</td></tr>'
                '<tr><td align="center">【<a>打印此页</a>】 【<a>关闭窗口</a>】</td></tr>'
                f'<tr><td>上一条：<a>{esc(others[2][0])}</a></td></tr><tr><td>下一条：<a>{esc(others[3][0])}</a></td></tr></table></td></tr></table>'
                f'<table width="1002" align="center"><tr><td class="copyright">版权所有：{site}　技术支持：梁平区大数据发展中心<br>'
                f'渝ICP备{_n(rng, 8)}号-2</td></tr></table>')
        head = f'<title>{esc(art["title"])}--{site}</title><meta name="keywords" content="新的社会阶层,统一战线">'
        return head, body, f"http://www.lptzb.gov.cn/news/show.asp?id={_n(rng, 4)}"
    site = "中共重庆市璧山区委统战部"

    def para(p):
        if p.startswith("记者："):
            return f'<p style="text-indent:2em"><strong>记者：</strong>{esc(p[3:])}</p>'
        if "：" in p[:4]:
            name, rest = p.split("：", 1)
            return f'<p style="text-indent:2em"><strong>{esc(name)}：</strong>{esc(rest)}</p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'

    def after(i):
        if i == 2:
            return ('<p style="text-align:center"><img src="/u/cms/www/202308/25' f'{_n(rng, 6)}.jpg"></p>'
                    '<p style="text-align:center"><span style="font-family:楷体">图为实践创新基地揭牌现场。（区委统战部供图）</span></p>')
        return ""
    text = _paras(art["body"], para, "", after=after)
    body = (f'<div class="header"><img src="/r/cms/www/default/images/logo.png" alt="{site}"></div>'
            '<div class="navbar"><a>首页</a><a>工作动态</a><a>新的社会阶层</a><a>同心璧山</a><a>政策法规</a><a>理论研究</a></div>'
            '<div class="location">当前位置：<a>首页</a> &gt; <a>新的社会阶层</a></div>'
            f'<div class="article-box"><h2>{esc(art["title"])}</h2>'
            f'<div class="mess"><span>发布时间：{y}/{int(m)}/{int(d)}</span>&nbsp;&nbsp;<span>更新时间：{y}/{int(m)}/{int(d) + 1}</span>&nbsp;&nbsp;'
            '<span>来源：区委统战部</span>&nbsp;&nbsp;<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div class="con">{text}</div>'
            '<div class="editor">（编辑：黄瑶　审核：张伟）</div>'
            '<div class="bshare">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>'
            '<div class="xgxw"><h4>相关新闻</h4><ul>' + _related(others, 4, lambda dd: dd) + '</ul></div></div>'
            f'<div class="foot">版权所有：{site}　地址：璧山区璧泉街道双星大道<br>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</div>')
    head = (f'<title>{esc(art["title"])}-{site}</title>'
            f'<meta name="publishdate" content="{y}-{m}-{d}">')
    return head, body, f"http://www.bstzb.gov.cn/xdshjc/{_n(rng, 5)}.jhtml"


def zx_mp_kaixue_dianli(art, rng, others):
    """中学 公众号 开学典礼 post: ``▍`` heads in tinted boxes, the 校长讲话 quoted in a bordered
    ``<section>``, photos with ▲ captions, a 校训 banner, 供稿/摄影/编辑/审核 credits, 往期回顾."""
    y, m, d = _ymd(art)
    out = ['<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/top.gif"></p>'
           '<section style="text-align:center;color:#a31f24;font-size:14px"><p>厚德　博学　笃行　自强</p></section>']
    quote = []
    for i, p in enumerate(art["body"]):
        if p.startswith("“") and p.endswith("”"):
            quote.append(f'<p style="line-height:1.75em;text-indent:2em"><span style="color:#333">{esc(p)}</span></p>')
            continue
        if quote:
            out.append('<section style="border-left:3px solid #a31f24;padding:6px 10px;background:#fbf4f4">' + "".join(quote) + '</section>')
            quote = []
        if p.startswith("▍"):
            out.append('<section style="margin:18px 0 8px;background:#a31f24;padding:3px 8px;display:inline-block">'
                       f'<p><strong><span style="color:#fff;font-size:16px">{esc(p)}</span></strong></p></section>')
        else:
            out.append(f'<p style="line-height:1.75em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i in (2, 11):
            cap = "国旗护卫队升旗" if i == 2 else "学校领导为获奖学生颁奖"
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/k{i}.jpg"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#999">▲{cap}</span></p>')
    out.append('<p style="text-align:center"><span style="font-size:12px;color:#888">供稿：政教处　摄影：宣传组</span></p>'
               '<p style="text-align:center"><span style="font-size:12px;color:#888">编辑：陈思　审核：刘强　王建国</span></p>'
               '<section><p><strong>往期回顾</strong></p>' + "".join(f"<p>◆ {esc(t)}</p>" for t, _ in others[:3]) + '</section>'
               '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qrcode.jpg"></p>'
               '<p style="text-align:center"><span style="font-size:12px">长按识别二维码 关注长寿中学</span></p>')
    head, body = _wx(art, rng, others, "重庆市长寿中学校", f"{y}-{m}-{d} 17:40", "".join(out))
    return head, body, f"https://mp.weixin.qq.com/s/Cs{_n(rng, 9)}zx{_n(rng, 4)}"


def epaper_xianbao_duanxiao(art, rng, others):
    """县报 e-paper 第03版 page with two 短消息: issue line, 版次 and 上一版/下一版/PDF, 本版导航, an
    引题 above the headline and a byline, the text as ``<br>``-separated ``　　`` lines in
    ``#ozoom``, then the page's SECOND 短消息 in full (title, byline, text), 上一篇/下一篇, copyright."""
    y, m, d = _ymd(art)
    paper = "忠州日报"
    second_t = "县农业农村委举办冬季农民技能培训班"
    second = ["本报讯（通讯员　冉　丽）12月5日，县农业农村委在拔山镇举办冬季农民技能培训班，80余名种植大户和农户参加培训。",
              "培训邀请县农技推广中心专家，围绕柑橘冬季修剪、病虫害防治等内容进行讲解，并到果园开展现场教学。",
              "据悉，今冬明春全县将举办各类农民技能培训班60期。"]
    lines = "<br>\n".join(IND + esc(p) for p in art["body"])
    sec = "<br>\n".join(IND + esc(p) for p in second)
    body = (f'<div class="top"><img src="/images/logo.gif" alt="{paper}"><div class="date-line">{paper}　{y}年{m}月{d}日　{_week(art)}</div></div>'
            f'<div class="ban">第03版：综合新闻　<a>上一版</a>　<a>下一版</a>　<a>PDF下载</a>　<a>往期回顾</a></div>'
            '<div class="main"><div class="left"><div class="bmdh"><h4>本版导航</h4><ul>'
            f'<li><a>{esc(art["title"])}</a></li><li><a>{second_t}</a></li><li><a>图片新闻</a></li></ul></div>'
            f'<img src="/pic/{y}{m}{d}/03_s.jpg" usemap="#PagePicMap"></div>'
            f'<div class="right"><div class="article"><h3 class="yt">首批20吨鲜果经凭祥口岸出关</h3><h1>{esc(art["title"])}</h1>'
            '<p class="author">本报记者　谭　静　通讯员　马　林</p>'
            f'<div id="ozoom">{lines}<br>\n</div></div>'
            f'<div class="article2"><h2>{second_t}</h2><div class="content2">{sec}</div></div>'
            f'<div class="pn">上一篇：<a>{esc(others[4][0])}</a>　下一篇：<a>{second_t}</a></div>'
            '<div class="tools">【<a>打印</a>】【<a>关闭</a>】【<a>返回目录</a>】</div></div></div>'
            f'<div class="copy">{paper}社版权所有　未经书面授权不得转载、摘编、复制<br>渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>{esc(art["title"])}--{paper}</title><meta name="description" content="{paper}数字报">'
    return head, body, f"http://epaper.zzrb.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"


TEMPLATES = {"yjj_dizhen_yanlian": yjj_dizhen_yanlian, "rsj_mp_jineng_dasai": rsj_mp_jineng_dasai,
             "xzf_rddb_jianyi_dafu": xzf_rddb_jianyi_dafu, "gmw_pinglun_zuozhe": gmw_pinglun_zuozhe,
             "tzb_xinjieceng_news": tzb_xinjieceng_news, "zx_mp_kaixue_dianli": zx_mp_kaixue_dianli,
             "epaper_xianbao_duanxiao": epaper_xianbao_duanxiao}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages60", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
