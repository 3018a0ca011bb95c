"""Build the sixty-eighth saved-page set (``pages68``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 司法局 公众号 普法 问答 post with 法条 quotes
(``sfj_mp_pufa_wenda``), a 市 科技局 portal 成果转化 news page (``kjj_cgzh_dongtai``), a 县政府网
乡镇 领导活动 page (``xzf_xzld_huodong``), a 新华网-like 地方 经济数据 解读 with a table
(``xhw_jjsj_jiedu``), a 区 文旅委 portal 景区开放 公告 with 开放时间 items (``wlw_jqkf_gonggao``),
a 村 公众号 丰收节 post with a 节目单 (``cun_mp_fsj_jiemudan``) and a 区报 e-paper 第二版 page with
a 言论 column beside the article (``qubao_erban_yanlun``). ``articles.txt`` holds the title,
date and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages68/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _table(rows, attrs: str) -> str:
    """Table rows (cells joined by single spaces) as one ``<table>``, the first row as a header."""
    out = []
    for k, r in enumerate(rows):
        tag = "th" if k == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r.split(" ")) + "</tr>")
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
    return (f'<div class="foot"><p>主办单位：{site}　承办：{site}办公室　地址：重庆市　邮编：40{_n(rng, 4)}</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1　<img src="/img/beian.png">渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a>网站地图</a>　<a>联系我们</a>　<a>隐私声明</a>　<a>长者模式</a></p>'
            '<p><img src="/img/zfzc.png" alt="政府网站找错"> <img src="/img/red.png" alt="党政机关"></p></div>')


def _old_foot(site: str, rng) -> str:
    return (f'<table width="1002" align="center" bgcolor="#eeeeee"><tr><td align="center" class="bottom">版权所有：{site}<br>'
            f'渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}<br>'
            '技术支持：县大数据应用发展管理局　建议使用1280*1024分辨率浏览</td></tr></table>')


def _wx(art, rng, others, acc: str, date: str, content: str) -> tuple[str, str]:
    """A WeChat post's shell: meta row (account, visible publish time), ``content``, the
    阅读原文/阅读/赞/在看 row, 留言 and 推荐."""
    y, m, d = _ymd(art)
    t = date.split(" ")[-1]
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_area_primary_inner"><div id="img-content">'
            f'<h1 class="rich_media_title " id="activity-name">\n    {esc(art["title"])}\n</h1>'
            '<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{acc}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{date}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta_text">发表于重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">{content}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span><span>点赞 {_n(rng, 2)}</span><span>在看 {_n(rng, 1)}</span></div>'
            f'<div class="discuss"><p>留言</p><p>写留言</p><p>精选留言 {_n(rng, 1)}</p></div>'
            '<div class="rich_media_extra"><p>推荐阅读</p>'
            + "".join(f"<p><a>{esc(tt)}</a></p>" for tt, _ in others[2:5]) + '</div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}";var nickname = "{acc}";var publish_time = "{y}-{m}-{d}" || "";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:40])}">'
            '<meta name="viewport" content="width=device-width,initial-scale=1.0">')
    return head, body


def sfj_mp_pufa_wenda(art, rng, others):
    """区 司法局 公众号 普法 问答. p01: a 编者按 box above the text, 问： turns in bold colour,
    bold ``刘律师：`` answer labels, a 法条 quote in a grey ``<section>`` (body), a 律师名片 card
    (not body), 12348 banner, credits, QR. p02: bold 一、 question heads, ``记者：`` turns, a
    ``▲`` photo caption, a 法律小贴士 box, 来源/编辑/审核 lines."""
    y, m, d = _ymd(art)
    top = ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/sfj_top.gif"></p>'
           '<p style="text-align:center"><span style="font-size:12px;color:#1e5aa8">点击上方蓝字 关注我们</span></p>')
    out = [top]
    if art["id"] == "p01":
        out.append('<section style="background:#f2f6fc;padding:12px;margin-bottom:16px"><p><strong>编者按：</strong>'
                   '<span style="font-size:14px">“普法问答”栏目每周二推出，聚焦群众身边的法律问题，欢迎在后台留言提问。</span></p></section>')
        for p in art["body"]:
            if p.startswith("问："):
                out.append(f'<p style="line-height:1.75em"><strong><span style="color:#1e5aa8">{esc(p)}</span></strong></p>')
            elif p.startswith("刘律师："):
                out.append(f'<p style="line-height:1.75em;text-indent:2em"><strong>刘律师：</strong><span>{esc(p[4:])}</span></p>')
            elif p.startswith("《"):
                out.append(f'<section style="background:#f5f5f5;border-left:3px solid #1e5aa8;padding:8px 12px"><p><span style="font-size:14px;color:#555">{esc(p)}</span></p></section>')
            else:
                out.append(f'<p style="line-height:1.75em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        out.append('<section style="border:1px dashed #1e5aa8;padding:10px;margin-top:16px"><p><strong>律师名片</strong></p>'
                   '<p style="font-size:13px">刘洋，重庆某律师事务所执业律师，区公共法律服务中心志愿律师，擅长婚姻家庭、房屋租赁纠纷。</p></section>'
                   '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/12348.png"></p>'
                   '<p style="text-align:center"><span style="font-size:12px">有法律问题 请拨12348</span></p>'
                   '<p><span style="font-size:12px;color:#999">供稿：区公共法律服务中心</span></p>'
                   '<p><span style="font-size:12px;color:#999">编辑：何佳　审核：张勇</span></p>')
        head, body = _wx(art, rng, others, "沙坪坝司法", f"{y}-{m}-{d} 18:30", "".join(out))
        return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 8)}Sp{_n(rng, 6)}"
    for i, p in enumerate(art["body"]):
        if p.startswith(HEADS):
            out.append(f'<p style="text-align:left"><strong><span style="color:#c00000;font-size:17px">{esc(p)}</span></strong></p>')
        elif p.startswith("记者："):
            out.append(f'<p style="text-indent:2em"><strong>记者：</strong>{esc(p[3:])}</p>')
        elif "：" in p[:12] and not p.startswith("《"):
            name, rest = p.split("：", 1)
            out.append(f'<p style="text-indent:2em"><strong>{esc(name)}：</strong>{esc(rest)}</p>')
        else:
            out.append(f'<p style="text-indent:2em"><span style="letter-spacing:1px">{esc(p)}</span></p>')
        if i == 0:
            out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/falvyuanzhu.jpg"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲法律援助律师为学生讲解劳动法律知识</span></p>')
    out.append('<section style="background:#fff4e5;padding:10px"><p><strong>法律小贴士</strong></p>'
               '<p style="font-size:14px">求职时不轻信“日结高薪”，不随意提供身份证、银行卡，保留好考勤和工资记录。</p></section>'
               '<p><span style="font-size:12px;color:#999">来源：巴南区法律援助中心</span></p>'
               '<p><span style="font-size:12px;color:#999">编辑：罗丹丹　初审：周洁　终审：吴刚</span></p>'
               '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/qr_banan.png"></p>'
               '<p style="text-align:center"><span style="font-size:12px">扫码关注 巴南司法</span></p>')
    head, body = _wx(art, rng, others, "巴南司法", f"{y}年{int(m)}月{int(d)}日 12:05", "".join(out))
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 8)}Bn{_n(rng, 6)}"


def kjj_cgzh_dongtai(art, rng, others):
    """市 科技局 portal. p03: adjacent ``<span>``s with no whitespace (发布时间 ``YYYY-MM-DD hh:mm``,
    更新时间 a day later, 来源, 字号), a photo + caption in the text, bold ``畅通…，推动…`` heads, a
    quoted sentence, a 相关链接 strip and 责任编辑. p04 (GBK): an 信息公开 grid (索引号, 成文日期
    a day before, 发布日期), bold 一、 heads, a data table, 落款 and an 附件 line, 扫一扫."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    site = "重庆市科学技术局"
    nav = ('<div class="header"><div class="logo"><img src="/images/kjj_logo.png" alt="重庆市科学技术局"></div>'
           '<div class="h-right"><a>无障碍</a><a>长者模式</a><a>English</a><input placeholder="请输入关键词"><a>搜索</a></div></div>'
           '<ul class="nav"><li>首页</li><li>机构设置</li><li>科技动态</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>专题专栏</li></ul>')
    if art["id"] == "p03":
        def para(p):
            if p.startswith(("畅通", "强化")):
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
            return f'<p style="text-indent:2em">{esc(p)}</p>'

        def after(i):
            if i == 2:
                return ('<p style="text-align:center"><img src="./W0202211' f'{_n(rng, 12)}.jpg" oldsrc="W0202211.jpg"></p>'
                        '<p style="text-align:center"><span style="font-family:楷体">图为路演现场。（市科技局供图）</span></p>')
            return ""
        upd = f"{y}-{m}-{int(d) + 1:02d} 09:12"
        body = (nav + '<div class="crumb">当前位置：<a>首页</a> &gt; <a>科技动态</a> &gt; <a>工作动态</a></div>'
                f'<div class="xl_con"><h1 class="xl_tit">{esc(art["title"])}</h1>'
                f'<div class="xl_info"><span>发布时间：{y}-{m}-{d} {t}</span><span>更新时间：{upd}</span><span>来源：成果转化处</span>'
                '<span>字号：<a>大</a><a>中</a><a>小</a></span><span><a>打印</a></span></div>'
                f'<div class="zw"><div class="TRS_Editor">{_paras(art["body"], para, "", after=after)}</div></div>'
                '<div class="zrbj">（责任编辑：邓莉）</div>'
                '<div class="xglj"><h3>相关链接</h3><ul><li><a>重庆市促进科技成果转化条例</a></li><li><a>科技成果登记系统</a></li>'
                '<li><a>重庆科技资源共享平台</a></li></ul></div>'
                '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
                '<div class="xgxw"><h3>相关新闻</h3><ul>' + _related(others, 4, lambda dd: dd) + '</ul></div></div>'
                + _gov_footer(site, rng))
        head = (f'<title>{esc(art["title"])}_工作动态_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ContentSource" content="成果转化处">'
                '<meta name="ColumnName" content="工作动态"><meta name="SiteName" content="重庆市科学技术局">')
        return head, body, f"https://kjj.cq.gov.cn/zwxx_176/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"

    def para2(p):
        if p.startswith(HEADS):
            return f'<p style="text-indent:2em"><strong><font face="黑体">{esc(p)}</font></strong></p>'
        return f'<p style="text-indent:2em"><font face="仿宋_GB2312">{esc(p)}</font></p>'
    text = _paras(art["body"], para2, 'border="1" cellspacing="0" cellpadding="0" width="90%" align="center"')
    text += (f'<p style="text-align:right"><font face="仿宋_GB2312">重庆市科学技术局</font></p>'
             f'<p style="text-align:right"><font face="仿宋_GB2312">{y}年{int(m)}月{int(d) - 1}日</font></p>'
             '<p>附件：<a href="./P020230602.xlsx">1.2023年1-5月各区县技术合同登记情况.xlsx</a></p>')
    grid = ('<table class="zwxl-table" width="100%" border="1" cellspacing="0"><tbody>'
            f'<tr><td class="t1">索引号：</td><td>11500000MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td><td class="t1">主题分类：</td><td>科技</td></tr>'
            f'<tr><td class="t1">发布机构：</td><td>{site}</td><td class="t1">成文日期：</td><td>{y}-{m}-{int(d) - 1:02d}</td></tr>'
            f'<tr><td class="t1">标题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
            f'<tr><td class="t1">发文字号：</td><td>渝科局发〔{y}〕{_n(rng, 2)}号</td><td class="t1">发布日期：</td><td>{y}-{m}-{d}</td></tr></tbody></table>')
    body = (nav + '<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>法定主动公开内容</a> &gt; <a>统计信息</a></div>'
            f'<div class="zwxl-article">{grid}<div class="zwxl-title"><p class="tit">{esc(art["title"])}</p></div>'
            f'<div class="zwxl-bar">来源：政策法规处 | 字号：<a>大</a> <a>中</a> <a>小</a> | <a>打印</a> | <a>关闭</a></div>'
            f'<div class="view TRS_UEDITOR trs_paper_default">{text}</div>'
            '<div class="ewm"><img src="/images/ewm.png"><span>扫一扫在手机打开当前页</span></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ColumnName" content="统计信息">')
    return head, body, f"https://kjj.cq.gov.cn/zwgk_176/fdzdgknr/tjxx/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def xzf_xzld_huodong(art, rng, others):
    """县政府网 领导活动. p05 (GBK): old table layout, a 领导之窗 sidebar (name, 分管 duties) beside the
    text, ``YYYY/M/D hh:mm:ss`` with a ``次浏览`` counter, ``<br>``-separated ``　　&nbsp;`` lines
    in one ``<td>``, a photo + caption, 上一条/下一条. p06: NO visible date (meta publishdate and
    URL only), a 来源 | 字号 | 视力保护色 bar, a one-line ``强调：`` paragraph and a quoted slogan,
    a video player box, a 领导活动 list with dates, 责任编辑."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    if art["id"] == "p05":
        site = "巫溪县人民政府"
        lines = []
        for i, p in enumerate(art["body"]):
            lines.append(f"{IND}&nbsp;{esc(p)}<br>")
            if i == 1:
                lines.append(f'<div align="center"><img src="/UploadFiles/{y}{m}/{_n(rng, 10)}.jpg" width="560"><br>'
                             '<font color="#333333" face="楷体_GB2312">调研现场（县政府办公室供图）</font></div>')
        side = ('<table width="100%" class="ldzc"><tr><td class="lmt">领导之窗</td></tr>'
                '<tr><td><img src="/images/ld01.jpg"><br>县长<br>主持县政府全面工作。</td></tr>'
                '<tr><td>·<a>常务副县长</a></td></tr><tr><td>·<a>副县长</a></td></tr></table>')
        body = (f'<table width="1002" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="/images/wx_banner.jpg" alt="{site}"></td></tr>'
                '<tr><td class="menu"><a>首页</a> | <a>走进巫溪</a> | <a>政务公开</a> | <a>领导之窗</a> | <a>政务服务</a> | <a>政民互动</a></td></tr></table>'
                '<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                f'<td width="240" valign="top">{side}</td><td valign="top"><table width="100%">'
                '<tr><td class="dqwz">当前位置：<a>首页</a> &gt; <a>领导之窗</a> &gt; <a>领导活动</a></td></tr>'
                f'<tr><td align="center" height="60" class="bt"><strong><font size="4">{esc(art["title"])}</font></strong></td></tr>'
                f'<tr><td align="center"><font color="#999999">{y}/{int(m)}/{int(d)} {t}:{_n(rng, 2) % 60:02d}&nbsp;&nbsp;'
                f'<script>document.write("{_n(rng, 3)}")</script>次浏览&nbsp;&nbsp;分类:领导活动&nbsp;&nbsp;来源:县政府办公室</font></td></tr>'
                f'<tr><td class="nr" style="line-height:28px;font-size:15px">{"".join(lines)}</td></tr>'
                f'<tr><td>上一条：<a>{esc(others[0][0])}</a><br>下一条：<a>{esc(others[1][0])}</a></td></tr>'
                '<tr><td align="right">【<a>打印本页</a>】　【<a>关闭窗口</a>】</td></tr></table></td></tr></table>'
                + _old_foot(site, rng))
        head = f'<title>{esc(art["title"])}-{site}</title><meta name="keywords" content="领导活动">'
        return head, body, f"http://www.cqwx.gov.cn/ldzc/ldhd/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    site = "重庆市垫江县人民政府"

    def para(p):
        if p.startswith("“"):
            return f'<p style="text-align:center"><strong>{esc(p)}</strong></p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'
    video = ('<div class="video-box"><video src="/video/ldhd.mp4" poster="/video/ldhd.jpg" controls></video>'
             '<p>视频：副县长督导春耕生产（来源：垫江县融媒体中心）</p><span>00:00 / 02:16</span></div>')
    body = (f'<div class="head"><img src="/images/dj_logo.png" alt="{site}"><span>垫江县人民政府</span></div>'
            '<div class="nav"><a>首页</a><a>政务公开</a><a>领导之窗</a><a>办事服务</a><a>互动交流</a><a>走进垫江</a></div>'
            '<div class="crumb">首页 &gt; 领导之窗 &gt; 领导活动</div>'
            f'<div class="article"><h1>{esc(art["title"])}</h1>'
            '<div class="tool">来源：县政府办公室 | 字号：<a>大</a> <a>中</a> <a>小</a> | <a>视力保护色</a> | <a>打印</a></div>'
            f'{video}<div class="article-box">{"".join(para(p) for p in art["body"])}</div>'
            '<div class="bj">责任编辑：冯敏</div></div>'
            '<div class="ldhd"><h3>领导活动</h3><ul>' + _related(others[4:], 5, lambda dd: dd.replace("-", ".")) + '</ul></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_领导活动_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="publishdate" content="{y}-{m}-{d} {t}:00"><meta name="ColumnName" content="领导活动">')
    return head, body, f"http://www.cqdj.gov.cn/zwgk_197/ldzc/ldhd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def xhw_jjsj_jiedu(art, rng, others):
    """新华网-like 地方 经济数据 解读. p07: a 频道 header, ``YYYY-MM-DD hh:mm:ss 来源：新华网`` info,
    a 字号/分享 bar, a one-line bold lead-in paragraph, the data table with a header row inside
    the text, a 数据来源 note under the table (not body), ``[责任编辑: …]``, 纠错, 相关新闻. p08:
    ``YYYY年MM月DD日 hh:mm`` with 来源：新华社客户端, an 图解 image with caption, the table, a 名词解释
    box beside the text (not body), 【纠错】, 推荐阅读 with dates."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    ed = rng.choice(["刘洋", "王超", "徐静"])
    if art["id"] == "p07":
        def para(p):
            if len(p) < 14:
                return f'<p><strong>{esc(p)}</strong></p>'
            # the table's source note sits right under the table, before the next paragraph
            note = '<p style="font-size:12px;color:#666">数据来源：永川区统计局　制表：新华网</p>' if p.startswith("消费市场") else ""
            dateline = f"新华网重庆{int(m)}月{int(d)}日电　" if p == art["body"][0] else ""
            return f'{note}<p>{IND}{dateline}{esc(p)}</p>'
        text = _paras(art["body"], para, 'class="dataTable" border="1"')
        info = (f'<div class="header-cont"><div class="info"><span class="year"><em>{y}</em></span>'
                f'<span class="day"><em>{m}</em>/<em>{d}</em></span><span class="time">{t}:{_n(rng, 2) % 60:02d}</span>'
                '<div class="source">来源：新华网</div></div>')
        body = ('<div class="nav-top"><a>新华网</a> &gt; <a>重庆频道</a> &gt; <a>区县</a> &gt; 正文</div>'
                f'<div class="head-line"><h1><span class="title">{esc(art["title"])}</span></h1>{info}'
                '<div class="setFont">字体：<span>小</span><span>中</span><span>大</span></div><div class="share">分享到：<a>微信</a><a>微博</a></div></div></div>'
                f'<div class="main-left"><div id="detail">{text}</div>'
                f'<div class="editor">[责任编辑: {ed}]</div><div class="jiucuo">【纠错】</div>'
                '<div class="related"><h3>相关新闻</h3><ul>' + _related(others, 4, lambda dd: dd) + '</ul></div></div>'
                '<div class="foot">Copyright © 2000-' + y + ' XINHUANET.com All Rights Reserved. 制作单位：新华网重庆分公司　版权所有：新华网</div>')
        head = (f'<title>{esc(art["title"])}-新华网</title><meta name="keywords" content="永川,经济">'
                f'<meta name="description" content="{esc(art["title"])}---新华网">')
        return head, body, f"http://www.cq.xinhuanet.com/{y}-{m}/{d}/c_{_n(rng, 10)}.htm"

    def para2(p):
        return f'<p>{IND}{esc(p)}</p>'

    def after2(i):
        if i == 0:
            return (f'<p style="text-align:center"><img src="{y}{m}{d}_tujie.jpg"></p>'
                    '<p style="text-align:center;font-size:14px">图解：合川区2023年居民收入主要数据（新华网 制图）</p>')
        return ""
    text = _paras(art["body"], para2, 'border="1" align="center"', after=after2)
    body = ('<div class="topBar"><a>新华网首页</a><a>时政</a><a>地方</a><a>财经</a><a>新华全媒+</a><a>客户端</a></div>'
            '<div class="crumb"><a>新华网</a> &gt; <a>地方</a> &gt; 正文</div>'
            f'<div class="main"><h1>{esc(art["title"])}</h1>'
            f'<div class="pinfo"><span>{y}年{m}月{d}日 {t}</span><span>来源：新华社客户端</span></div>'
            f'<div class="article">{text}</div>'
            '<div class="mcjs"><h4>名词解释</h4><p>人均可支配收入：居民可用于最终消费支出和储蓄的总和，包括现金收入和实物收入。</p></div>'
            f'<div class="p-editor">【纠错】 [责任编辑：{ed}]</div>'
            '<div class="tjyd"><h3>推荐阅读</h3><ul>' + _related(others[3:], 5, lambda dd: f"（{dd}）") + '</ul></div></div>'
            '<div class="foot">新华网版权所有　未经协议授权禁止转载</div>')
    head = f'<title>{esc(art["title"])}-新华网</title><meta name="pubdate" content="{y}-{m}-{d}">'
    return head, body, f"http://www.news.cn/local/{y}{m}{d}/{_n(rng, 16)}c/c.html"


def wlw_jqkf_gonggao(art, rng, others):
    """区 文旅委 portal 景区开放. p09 (GBK): a notice on an old table portal, ``发布日期：YYYY年MM月DD日``
    in a ``&nbsp;`` info line, bold 一、 heads, ``1.`` rules, a 咨询电话 line (body), the 落款 and
    date (not body) and a 附件 line, a 温馨提示 box beside. p10: info ``<span>``s with ``&nbsp;``
    separators (``YYYY/M/D``), 开放时间：/售票时间： items in bold labels (body), a photo +
    caption, 景区导览 card, 相关景区 strip."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    if art["id"] == "p09":
        site = "重庆市武隆区文化和旅游发展委员会"
        ps = []
        for p in art["body"]:
            if p.startswith(HEADS):
                ps.append(f'<p style="text-indent:2em"><b>{esc(p)}</b></p>')
            else:
                ps.append(f'<p>{IND}{esc(p)}</p>')
        ps.append(f'<p align="right">武隆区文化和旅游发展委员会</p><p align="right">{y}年{int(m)}月{int(d)}日</p>'
                  '<p>附件：<a href="/u/cms/wl/202304/xnsyy.doc">仙女山国家森林公园预约购票操作指南.doc</a></p>')
        body = (f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/wlw_head.jpg" alt="{site}"></td></tr>'
                '<tr><td class="menu"><a>首页</a>　<a>文旅资讯</a>　<a>通知公告</a>　<a>景区景点</a>　<a>政务公开</a>　<a>互动交流</a></td></tr></table>'
                '<table width="1000" align="center"><tr><td valign="top">'
                '<div class="wz">您当前的位置：首页 &gt; 通知公告</div>'
                f'<div class="con_title">{esc(art["title"])}</div>'
                f'<div class="con_info">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;信息来源：区文化旅游委&nbsp;&nbsp;&nbsp;&nbsp;'
                f'阅读次数：<script>document.write("{_n(rng, 4)}");</script>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<div class="con">{"".join(ps)}</div>'
                '<div class="dy">【<a>打印本页</a>】【<a>关闭窗口</a>】</div></td>'
                '<td width="260" valign="top"><div class="wxts"><h4>温馨提示</h4><p>景区实行分时段预约，请游客错峰出行。</p>'
                '<p>24小时旅游服务热线：023-77788888</p></div>'
                '<div class="tzgg"><h4>通知公告</h4><ul>' + _related(others, 4, lambda dd: dd) + '</ul></div></td></tr></table>'
                + _old_foot(site, rng))
        head = (f'<title>{esc(art["title"])}-{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {t}">')
        return head, body, f"http://www.cqwulong.gov.cn/bm/wlw/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    site = "重庆市南川区文化和旅游发展委员会"

    def para(p):
        if "：" in p[:6] and "，" not in p and "。" not in p:
            lab, rest = p.split("：", 1)
            return f'<p style="text-indent:2em"><strong>{esc(lab)}：</strong>{esc(rest)}</p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'

    def after(i):
        if i == 1:
            return ('<p style="text-align:center"><img src="./W020240927' f'{_n(rng, 9)}.jpg"></p>'
                    '<p style="text-align:center">金佛山北坡新建的观景平台。（区文化旅游委供图）</p>')
        return ""
    body = (f'<div class="top"><img src="/images/nc_logo.png" alt="{site}"><div class="so"><input value="站内搜索"></div></div>'
            '<div class="nav"><a>首页</a><a>机构概况</a><a>文旅动态</a><a>政务公开</a><a>景区景点</a><a>公共服务</a></div>'
            '<div class="local">当前位置：首页 &gt; 文旅动态 &gt; 景区动态</div>'
            f'<div class="main"><h2 class="bt">{esc(art["title"])}</h2>'
            f'<div class="ly"><span>{y}/{int(m)}/{int(d)}</span>&nbsp;&nbsp;<span>来源：华龙网</span>&nbsp;&nbsp;<span>作者：{rng.choice(["周凯", "李静"])}</span>'
            '&nbsp;&nbsp;<span>【字号：<a>大</a><a>中</a><a>小</a>】</span></div>'
            f'<div class="nr">{_paras(art["body"], para, "", after=after)}</div>'
            '<div class="card"><h4>景区导览</h4><p>地址：南川区金山镇金佛山北坡游客中心</p><p>自驾：渝湘高速南川东下道，沿金佛山大道行驶约40分钟</p></div>'
            '<div class="bj">【责任编辑：徐敏】</div>'
            '<div class="share"><span>分享到：</span><a>微信</a><a>微博</a></div>'
            '<div class="xgjq"><h3>相关景区</h3><ul><li>神龙峡景区</li><li>山王坪喀斯特国家生态公园</li><li>黎香湖</li></ul></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_景区动态_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}">')
    return head, body, f"http://www.cqnc.gov.cn/bm/wlw/wldt/jqdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def cun_mp_fsj_jiemudan(art, rng, others):
    """村 公众号 丰收节 post: a 导语 card above the text (not body), ``<br>`` inside sections, a
    centred bold 节目单 head and numbered programme lines (body), a photo strip with ▲ captions,
    a quoted sentence, a 活动预告 box, 文字/图片/编辑 credits, 分享/点赞/在看 prompt."""
    y, m, d = _ymd(art)
    out = ['<section style="background:#fff7e0;border-radius:8px;padding:12px;margin-bottom:15px">'
           '<p style="font-size:14px;color:#8a5a00">金秋九月，稻谷飘香。一年一度的农民丰收节，猎神村的乡亲们又聚在了一起……</p></section>']
    for i, p in enumerate(art["body"]):
        if p == "节目单":
            out.append('<p style="text-align:center"><strong><span style="font-size:18px;color:#d35400">— 节目单 —</span></strong></p>')
        elif p[:2].rstrip(".").isdigit():
            out.append(f'<section style="text-align:center"><span style="font-size:15px">{esc(p)}</span></section>')
        else:
            out.append(f'<section style="line-height:1.8;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></section>')
        if i == 1:
            out.append('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/fsj1.jpg"><br>'
                       '<span style="font-size:12px;color:#999">▲“丰收之星”颁奖现场</span></section>')
        if i == 9:
            out.append('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/fsj2.jpg">'
                       '<img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/fsj3.jpg"><br>'
                       '<span style="font-size:12px;color:#999">▲农产品展销区</span></section>')
    out.append('<section style="border:1px solid #d35400;padding:10px;margin-top:15px"><p><strong>活动预告</strong></p>'
               '<p style="font-size:14px">10月1日，猎神村将举办稻田摸鱼亲子活动，欢迎报名。报名电话：136****2781</p></section>'
               '<p style="font-size:12px;color:#999">文字：猎神村　图片：竹山镇宣传办</p>'
               '<p style="font-size:12px;color:#999">编辑：唐静　审核：何建</p>'
               '<p style="text-align:center;font-size:13px">觉得好看，请点个“在看”，分享给更多朋友！</p>')
    head, body = _wx(art, rng, others, "梁平竹山猎神村", f"{y}-{m}-{d} 21:14", "".join(out))
    return head, body, f"https://mp.weixin.qq.com/s?__biz=MzI{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 8)}"


def qubao_erban_yanlun(art, rng, others):
    """区报 e-paper 第02版: issue line with 星期, 版次 selector with 上一版/下一版/PDF, a 版面 image
    map, the headline with a 副题, 本报记者 byline, ``<br>``-separated ``　　`` paragraphs with
    ``&nbsp;`` runs, a 言论 column (``■ 短评``, a second short article, not body) after the text,
    the 本版新闻 list, 上一篇/下一篇, 返回目录 and copyright."""
    y, m, d = _ymd(art)
    paper = "北碚报"
    text = "<br>\n".join(IND + esc(p) + ("&nbsp;" if k % 3 == 0 else "") for k, p in enumerate(art["body"]))
    pages = "".join(f'<option>第0{k}版：{v}</option>' for k, v in enumerate(["要闻", "综合", "民生", "文化"], 1))
    yl = ('<div class="yanlun"><h3>言论</h3><h2>■ 短评　让“电梯梦”早日落地</h2><div class="yl-con">'
          f'{IND}加装电梯，装的是电梯，连的是民心。<br>{IND}从“协商难”到“签约快”，关键在于把工作做到居民家门口。'
          f'<br>{IND}期待更多老旧小区跟上步伐，让群众上下楼不再难。<br>{IND}（钟声）</div></div>')
    body = (f'<div class="top">{paper}　{y}年{m}月{d}日　{_week(art)}　<a>往期回顾</a>　<a>数字报首页</a></div>'
            f'<div class="banci"><select>{pages}</select>&nbsp;<a>上一版</a>&nbsp;<a>下一版</a>&nbsp;<a href="/images/{y}-{m}/{d}/02/BB02.pdf">PDF版</a></div>'
            '<table width="1000" align="center"><tr><td width="400" valign="top"><img src="/images/page02.jpg" usemap="#PagePicMap">'
            '<div class="bmlb"><h4>本版新闻</h4><ul>'
            f'<li><a>{esc(art["title"])}</a></li><li><a>让“电梯梦”早日落地</a></li><li><a>歇马街道开展消防演练</a></li></ul></div></td>'
            f'<td valign="top"><div class="detail"><h1>{esc(art["title"])}</h1><h3 class="ft">服务站上门协调 审批时限压缩三分之二</h3>'
            '<div class="au">本报记者　胡晓</div>'
            f'<div class="content" id="ozoom"><!--enpcontent-->{text}<!--/enpcontent--></div>{yl}'
            f'<div class="prevnext">上一篇：<a>{esc(others[0][0])}</a>　下一篇：<a>让“电梯梦”早日落地</a></div>'
            '<div class="tools">【<a>返回目录</a>】【<a>打印</a>】【<a>关闭</a>】</div></div></td></tr></table>'
            f'<div class="copy">{paper}社版权所有　未经授权禁止转载、摘编<br>渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>{paper}数字报-{esc(art["title"])}</title><meta name="description" content="{paper}">'
    return head, body, f"http://epaper.beibeibao.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"


TEMPLATES = {"sfj_mp_pufa_wenda": sfj_mp_pufa_wenda, "kjj_cgzh_dongtai": kjj_cgzh_dongtai,
             "xzf_xzld_huodong": xzf_xzld_huodong, "xhw_jjsj_jiedu": xhw_jjsj_jiedu,
             "wlw_jqkf_gonggao": wlw_jqkf_gonggao, "cun_mp_fsj_jiemudan": cun_mp_fsj_jiemudan,
             "qubao_erban_yanlun": qubao_erban_yanlun}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages68", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
