"""Build the forty-fifth saved-page set (``pages45``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 审计局 portal 审计结果公告 (``sjj_jggg_zhenggai``),
a 区 卫健委 通报 with numbered items (``wjw_tongbao_tiaomu``), a 区 融媒体 公众号 人物专访 with
记者：/问： turns (``rmt_mp_zhuanfang_qa``), a 新华网-like 组图 报道 with captions between the
paragraphs (``xhw_zutu_baodao``), a 高校 学院 网站 党建 news page (``gx_xy_djxw``), a 县报 e-paper
头版 with 今日导读 and a 天气 box (``xb_toutiao_tianqi``) and a 省级 news portal article with a
来源：客户端 line, 版权声明 and 推荐阅读 (``sjxw_khd_tuijian``). ``articles.txt`` holds the title,
date and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages45/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import hm as _hm, hms as _hms, digits as _n, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"


def _head(p: str) -> bool:
    """A subheading inside the text: short, no full stop or colon (still body)."""
    return len(p) <= 24 and "。" not in p and "：" not in p and "“" not in p[:1]


def _gov_footer(site: str, rng, code: str = "渝") -> str:
    """A government portal's footer: 主办/承办, ICP备, 公网安备, 网站标识码 (furniture)."""
    return (f'<div class="footer"><p>主办单位：{site}&nbsp;&nbsp;承办：{site}办公室</p>'
            f'<p>{code}ICP备{_n(rng, 8)}号&nbsp;&nbsp;<img src="/images/ga.png">{code}公网安备 {_n(rng, 14)}号&nbsp;&nbsp;'
            f'网站标识码：{_n(rng, 10)}</p><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | '
            '<a href="#">使用帮助</a></p><p><img src="/images/jiucuo.png" alt="政府网站找错"></p></div>')


def sjj_jggg_zhenggai(art, rng, others):
    """区 审计局 审计结果公告: p01 an old GBK table portal with an 信息公开 grid; p02 a TRS portal
    with a data table. Bold 一、 heads and （一） items are body; signature, date, 附件 are not."""
    y, m, d = _ymd(art)
    if art["id"] == "p01":
        site = "重庆市璧山区审计局"
        paras = "".join(f'<p>{IND}<b><font face="黑体">{esc(p)}</font></b></p>' if _head(p) and "、" in p[:2]
                        else f'<p>{IND}<font face="仿宋_GB2312" size="3">{esc(p)}</font></p>' for p in art["body"])
        body = (f'<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/sjj_top.jpg" alt="{site}"></td></tr>'
                '<tr><td class="nav" height="36"><a>首 页</a>｜<a>机构概况</a>｜<a>审计动态</a>｜<a>审计公告</a>｜<a>政务公开</a>｜<a>廉政建设</a></td></tr></table>'
                '<table width="1002" align="center"><tr><td class="wz">您当前的位置：<a>首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>审计结果公告</a></td></tr></table>'
                '<table width="960" align="center" border="1" bordercolor="#cccccc" class="xxgk_table">'
                f'<tr><td width="12%">索 引 号：</td><td>11500227MB1{_n(rng, 6)}/{y}-000{rng.randint(10, 99)}</td><td width="12%">主题分类：</td><td>审计</td></tr>'
                f'<tr><td>发布机构：</td><td>区审计局</td><td>成文日期：</td><td>{y}-{m}-{int(d) - 2:02d}</td></tr>'
                f'<tr><td>标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><td>发文字号：</td><td>璧审公告〔{y}〕3号</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>'
                f'<table width="960" align="center"><tr><td align="center" height="60"><font size="5" color="#cc0000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="zihao">【字体：<a>大</a> <a>中</a> <a>小</a>】&nbsp;&nbsp;浏览次数：<script language="javascript">document.write("{_n(rng, 3)}");</script></td></tr>'
                f'<tr><td><div class="TRS_Editor">{paras}'
                f'<p align="right"><font face="仿宋_GB2312" size="3">重庆市璧山区审计局</font></p>'
                f'<p align="right"><font face="仿宋_GB2312" size="3">{y}年{int(m)}月{int(d) - 2}日</font></p></div>'
                '<p>附件：<a href="#">区级部门预算执行审计发现问题清单.xls</a></p></td></tr>'
                '<tr><td align="center"><a>【打印本页】</a> <a>【关闭窗口】</a></td></tr>'
                '<tr><td align="right"><img src="qr.png">扫一扫在手机打开当前页</td></tr></table>'
                + _gov_footer(site, rng))
        url = f"http://www.bishan.gov.cn/bm/qsjj/zwgk_1/sjgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    else:
        site = "重庆市铜梁区审计局"
        rows = [p for p in art["body"] if p.count(" ") >= 3]
        out, table_done = [], False
        for p in art["body"]:
            if p in rows:
                if not table_done:
                    out.append('<table class="MsoNormalTable" border="1" cellspacing="0" align="center" style="border-collapse:collapse">'
                               + "".join("<tr>" + "".join(f'<td style="border:solid windowtext 1pt"><p align="center">'
                                                          f'<span style="font-size:12pt">{esc(c)}</span></p></td>'
                                                          for c in r.split(" ")) + "</tr>" for r in rows) + "</table>")
                    table_done = True
                continue
            if _head(p) and "、" in p[:2]:
                out.append(f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>')
            elif p.startswith("坚持"):
                out.append(f'<p style="text-indent:2em"><span style="font-family:楷体"><strong>{esc(p)}</strong></span></p>')
            else:
                out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
        body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>'
                '<ul class="menu"><li>首页</li><li>政务公开</li><li>审计公告</li><li>审计动态</li><li>互动交流</li></ul></div>'
                '<div class="location">当前位置：<a>首页</a>&gt;<a>政务公开</a>&gt;<a>审计结果公告</a></div>'
                f'<div class="article-box"><div class="tit"><h1>{esc(art["title"])}</h1></div>'
                f'<div class="info"><span>发布时间：{y}/{int(m)}/{int(d)}</span><span>来源：铜梁区审计局</span>'
                f'<span>浏览量：<script>document.write({_n(rng, 3)})</script></span><span class="fontsize">字号：<a>大</a><a>中</a><a>小</a></span></div>'
                f'<div class="view TRS_UEDITOR trs_paper_default trs_word">{"".join(out)}'
                f'<p style="text-align:right">重庆市铜梁区审计局</p><p style="text-align:right">{y}年{int(m)}月{int(d) - 2}日</p></div>'
                '<div class="fj"><p>附件：</p><p><a>1. 民生资金专项审计调查整改情况表.docx</a></p></div>'
                '<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a>'
                '<a onclick="window.print()">打印</a><a onclick="window.close()">关闭</a></div>'
                '<div class="xgwj"><h3>相关文件</h3><ul>'
                + "".join(f'<li><a>{esc(t)}</a><span>{dt}</span></li>' for t, dt in others[:4]) + '</ul></div></div>'
                + _gov_footer(site, rng))
        url = f"http://www.cqstl.gov.cn/bm/qsjj/zwgk_73413/fdzdgknr/sjgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="SiteName" content="{site}">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            '<meta name="ColumnName" content="审计结果公告"><meta name="ContentSource" content="区审计局">')
    return head, body, url


def wjw_tongbao_tiaomu(art, rng, others):
    """区 卫健委 通报: 1. items as body (p03 a list of hospitals, p04 bold 1.加强… starts); p03 GBK
    with 发布时间 and 更新时间; p04 shows only 更新时间 (the publication date is in meta and URL)."""
    y, m, d = _ymd(art)
    out = []
    for p in art["body"]:
        if _head(p) and "、" in p[:2]:
            out.append(f'<p style="text-indent:2em"><span style="font-family:黑体">{esc(p)}</span></p>')
        elif p[:2] in ("1.", "2.", "3.") and "。" in p:
            k = p.index("。") + 1
            out.append(f'<p style="text-indent:2em"><strong>{esc(p[:k])}</strong>{esc(p[k:])}</p>')
        elif p.endswith("：") and p.startswith("各"):
            out.append(f'<p>{esc(p)}</p>')
        else:
            out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
    if art["id"] == "p03":
        site = "重庆市黔江区卫生健康委员会"
        info = f'发布时间：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;更新时间：{y}年04月02日' 
        tail = (f'<p style="text-align:right">重庆市黔江区卫生健康委员会</p><p style="text-align:right">{y}年{int(m)}月{int(d) - 1}日</p>'
                '<p>（此件公开发布）</p>')
        box = ""
    else:
        site = "重庆市开州区卫生健康委员会"
        info = f'来源：区卫生健康委&nbsp;&nbsp;&nbsp;&nbsp;更新时间：{y}-{m}-{int(d) + 2:02d} {_hm(rng)}'
        tail = ""
        box = ('<div class="jkts" style="border:1px solid #9cc;background:#f3fbfb"><h4>健康提示</h4>'
               '<p>野生菌中毒潜伏期短则十几分钟，长则一两天，一旦出现恶心、呕吐、腹痛等症状，应立即停止食用并尽快就医。</p>'
               '<p>全区食品安全投诉举报电话：12315</p></div>')
    body = (f'<div class="top"><div class="logo"><img src="/img/wjw_logo.png" alt="{site}"></div>'
            '<div class="search"><input type="text" value="请输入关键字"><button>搜索</button></div></div>'
            '<div class="nav"><ul><li>首页</li><li>机构概况</li><li>政务公开</li><li>卫健动态</li><li>公共服务</li><li>互动交流</li></ul></div>'
            '<div class="crumb">您的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>通知公告</a></div>'
            f'<div class="xl_con"><div class="xl_title">{esc(art["title"])}</div>'
            f'<div class="xl_info">{info}&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
            f'<div class="xl_zw" id="zoom">{"".join(out)}{tail}</div>{box}'
            '<div class="xl_bottom"><a>打印本页</a>&nbsp;|&nbsp;<a>关闭窗口</a>&nbsp;|&nbsp;<a>收藏</a></div>'
            '<div class="xl_qr"><img src="ewm.png"><p>扫一扫在手机打开当前页</p></div>'
            '<div class="prev_next"><p>上一篇：<a>' + esc(others[0][0]) + '</a></p><p>下一篇：<a>' + esc(others[1][0]) + '</a></p></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}-{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="通知公告">')
    path = "qjq" if art["id"] == "p03" else "kzq"
    return head, body, f"http://www.cq{path}.gov.cn/bm/qwsjkw/zwgk/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


ZF = {"p05": ("梁平融媒", "编者按：乡村振兴，关键在人。即日起，梁平区融媒体中心推出“乡村振兴带头人”系列专访，"
              "走近扎根基层的年轻干部，听他们讲述自己的故事。今天推出第三期。",
              ["人物名片", "刘晓燕，1991年生，中共党员，2020年起任竹山镇猎神村党支部书记，曾获“梁平区优秀村党组织书记”称号。"],
              "▲刘晓燕（左）在竹编合作社查看产品", "记者：谭雪　摄影：王川　编辑：胡玲　审核：邓华"),
      "p06": ("荣昌发布", "【编者按】非遗是一座城市的记忆。本期《对话》栏目，我们走进盘龙镇，与一位老手艺人聊聊夏布。",
              ["受访者简介", "颜素珍，重庆市级非物质文化遗产代表性项目荣昌夏布织造技艺代表性传承人。"],
              "颜素珍在织布 罗杰 摄", "来源：荣昌区融媒体中心　文字：张燕　编辑：陈亮")}


def rmt_mp_zhuanfang_qa(art, rng, others):
    """区 融媒体 公众号 人物专访: 编者按 (not body), 记者：/问： turns and the answerer's name turns
    (body), a 人物名片 card and a photo caption after the second paragraph (not body)."""
    y, m, d = _ymd(art)
    acc, note, card, cap, credit = ZF[art["id"]]
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith(("记者：", "问：")):
            out.append(f'<p style="margin-top:16px"><strong><span style="color:#c00000">{esc(p)}</span></strong></p>')
        elif "：" in p[:5] and not p.startswith("“"):
            who, rest = p.split("：", 1)
            out.append(f'<p><strong>{esc(who)}：</strong><span style="font-size:15px">{esc(rest)}</span></p>')
        elif p.startswith("“") and len(p) < 30:
            out.append(f'<p style="text-align:center"><strong><span style="color:#0052a3">{esc(p)}</span></strong></p>')
        else:
            out.append(f'<p><span style="font-size:15px;letter-spacing:1px">{esc(p)}</span></p>')
        if i == 1:
            out.append(f'<section style="border:1px solid #0052a3;padding:10px"><p><strong>{card[0]}</strong></p>'
                       f'<p><span style="font-size:13px">{esc(card[1])}</span></p></section>'
                       '<p style="text-align:center"><img data-src="mmbiz_jpg_1.jpg"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{esc(cap)}</span></p>')
    pub = f"{y}-{m}-{d} {_hm(rng)}" if art["id"] == "p05" else f"{y}年{m}月{d}日 {_hm(rng)}"
    body = (f'<div class="rich_media_inner"><div id="page-content"><div id="img-content" class="rich_media_wrp">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{acc}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">{acc}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{pub}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta">发表于重庆</em></div>'
            '<div class="rich_media_content js_underline_content" id="js_content">'
            '<section style="text-align:center"><p><span style="color:#0052a3">点击上方蓝字 关注我们</span></p></section>'
            f'<section style="background:#f2f6fb;padding:12px"><p><span style="font-size:14px;color:#555">{esc(note)}</span></p></section>'
            f'{"".join(out)}'
            f'<p><span style="font-size:12px;color:#999">{credit}</span></p>'
            '<section><p><strong>往期回顾</strong></p>'
            + "".join(f'<p><a>{esc(t)}</a></p>' for t, _ in others[:3])
            + '</section><p style="text-align:center"><img src="qrcode.jpg"></p><p style="text-align:center">长按二维码 关注我们</p>'
            '<p style="text-align:center">你点的每个“在看”，我都认真当成了喜欢</p></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span><span>点赞 {_n(rng, 2)}</span><span>在看 {_n(rng, 2)}</span></div>'
            f'<div class="discuss">写留言</div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            '<meta property="og:type" content="article">')
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 6)}aZ{_n(rng, 8)}Kw"


CAPTIONS = ["这是6月17日拍摄的忠县新立镇双桂村柑橘园（无人机照片）。新华社记者 黄伟 摄",
            "6月17日，果农在忠县新立镇双桂村柑橘园里疏果。新华社记者 黄伟 摄",
            "6月17日，工作人员在忠县新立镇双桂村智慧果园查看果树长势监测数据。新华社记者 黄伟 摄",
            "6月17日，果农在忠县新立镇双桂村柑橘园里施肥。新华社发（刘洪 摄）",
            "这是6月17日拍摄的忠县一处柑橘加工车间。新华社发（刘洪 摄）"]


def xhw_zutu_baodao(art, rng, others):
    """新华网-like 组图 报道: photos with 新华社记者…摄 captions between the paragraphs (not body),
    a 2023-06-18 10:21:35 line, 【纠错】, 责任编辑, 相关新闻 with dates, copyright footer."""
    y, m, d = _ymd(art)
    out = []
    for i, p in enumerate(art["body"]):
        if i < len(CAPTIONS):
            out.append(f'<p style="text-align:center"><img src="{y}0618_{i + 1}.jpg" border="0"></p>'
                       f'<p style="text-align:center"><font color="navy">{esc(CAPTIONS[i])}</font></p>')
        out.append(f'<p>{IND}{esc(p)}</p>')
    body = ('<div class="topBar"><a>新华网</a> <a>新华社</a> <a>客户端</a> <a>地方</a> &gt; <a>重庆</a></div>'
            '<div class="header"><div class="logo"><img src="logo.png" alt="新华网"></div><div class="channel">重庆频道</div></div>'
            '<div class="head-line clearfix"><h1><span class="title">' + esc(art["title"]) + '</span></h1>'
            f'<div class="header-cont clearfix"><div class="info"><span class="year"><em>{y}</em></span>'
            f'<span class="day"><em>{m}</em>/<em>{d}</em></span><span class="time">{_hms(rng)}</span>'
            '<span class="source">来源：新华网</span></div>'
            '<div class="pageShare"><span>【纠错】</span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span><span>分享</span></div></div></div>'
            f'<div class="main clearfix"><div class="main-left"><div id="detail"><span id="detailContent">{"".join(out)}</span></div>'
            f'<div class="editor">【责任编辑:刘洋】</div>'
            '<div class="nextpage"><a>上一页</a> <span>1</span> <a>2</a> <a>下一页</a></div>'
            '<div class="relatedNews"><h2>相关新闻</h2><ul>'
            + "".join(f'<li><a>{esc(t)}</a><span>{dt}</span></li>' for t, dt in others[:5]) + '</ul></div></div>'
            '<div class="main-right"><div class="tit">热点推荐</div><ul>'
            + "".join(f"<li>{esc(t)}</li>" for t, _ in others[5:9]) + '</ul></div></div>'
            '<div class="foot"><p>Copyright © 2000-2023 XINHUANET.com All Rights Reserved.</p>'
            '<p>制作单位：新华网股份有限公司 版权所有：新华通讯社</p></div>')
    head = (f'<title>{esc(art["title"])}-新华网</title><meta name="keywords" content="柑橘,忠县">'
            f'<meta name="description" content="{esc(art["title"])}---{esc(art["body"][0][:40])}">')
    return head, body, f"http://www.news.cn/local/{y}-{m}/{d}/c_{_n(rng, 10)}.htm"


GX = {"p08": ("重庆江南学院经济管理学院", "（文/王婷　图/刘畅　审核/张立新）", "会议现场"),
      "p09": ("西南理工学院化学化工学院", "撰稿：李思雨　摄影：陈可　审核：周亮", "▲全体党员重温入党誓词")}


def gx_xy_djxw(art, rng, others):
    """高校 学院 网站 党建动态: p08 a VSB-like page (v_news_content, bold 坚持… heads); p09 an old GBK
    table page with bold 一、 heads. Photo caption, 文/图/审核 chain, 上一条/下一条 are not body."""
    y, m, d = _ymd(art)
    site, chain, cap = GX[art["id"]]
    if art["id"] == "p08":
        out = "".join(f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>' if p.startswith("坚持") and len(p) < 20
                      else f'<p style="text-indent:2em;line-height:1.75em"><span style="font-family:宋体;font-size:16px">{esc(p)}</span></p>'
                      for p in art["body"][:4])
        out += '<p style="text-align:center"><img src="/__local/A/B3/C1.jpg" width="600" vsbhref="vurl"></p>'
        out += f'<p style="text-align:center"><span style="font-size:14px">{cap}</span></p>'
        out += "".join(f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>' if p.startswith("坚持") and len(p) < 20
                       else f'<p style="text-indent:2em;line-height:1.75em"><span style="font-family:宋体;font-size:16px">{esc(p)}</span></p>'
                       for p in art["body"][4:])
        body = (f'<div class="head"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>'
                '<ul class="menu"><li>学院首页</li><li>学院概况</li><li>师资队伍</li><li>人才培养</li><li>党建工作</li><li>学生工作</li></ul></div>'
                '<div class="list_left"><h2>党建工作</h2><ul><li>党建动态</li><li>理论学习</li><li>支部风采</li></ul></div>'
                '<div class="list_right"><div class="dqwz">当前位置: <a>首页</a> &gt;&gt; <a>党建工作</a> &gt;&gt; <a>党建动态</a></div>'
                f'<form name="_newscontent_fromname"><div class="content-title"><h3>{esc(art["title"])}</h3></div>'
                f'<div class="content-info">作者：党委办公室&nbsp;&nbsp;来源：经济管理学院&nbsp;&nbsp;发布时间：{y}-{m}-{d}&nbsp;&nbsp;'
                f'浏览次数：<script>_showDynClicks("wbnews", {_n(rng, 10)}, {_n(rng, 4)})</script></div>'
                f'<div id="vsb_content"><div class="v_news_content">{out}</div></div>'
                f'<p class="zz">{chain}</p>'
                f'<div class="sxt"><p>上一条：<a>{esc(others[2][0])}</a></p><p>下一条：<a>{esc(others[3][0])}</a></p></div></form>'
                '<div class="close"><a onclick="window.print()">【打印此页】</a><a onclick="window.close()">【关闭窗口】</a></div></div>'
                f'<div class="footer">版权所有 © {site}　地址：重庆市南岸区学府大道xx号　邮编：400067　渝ICP备{_n(rng, 8)}号</div>')
        head = f'<title>{esc(art["title"])}-{site}</title><meta name="description" content="{esc(art["body"][0][:60])}">'
        url = f"https://jgxy.cqjnu.edu.cn/info/{_n(rng, 4)}/{_n(rng, 5)}.htm"
    else:
        out = []
        for i, p in enumerate(art["body"]):
            out.append(f'<p>{IND}<b>{esc(p)}</b></p>' if _head(p) and "、" in p[:2] else f'<p>{IND}{esc(p)}</p>')
            if i == 3:
                out.append(f'<p align="center"><img src="/UploadFiles/{y}{m}/{_n(rng, 12)}.jpg" border="0"></p>'
                           f'<p align="center">{cap}</p>')
        body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="images/top.jpg" alt="{site}"></td></tr>'
                '<tr><td class="menu"><a>首页</a> | <a>学院概况</a> | <a>党建工作</a> | <a>学生工作</a> | <a>招生就业</a></td></tr></table>'
                '<table width="1000" align="center"><tr><td width="230" valign="top" class="left"><div class="lmmc">党建工作</div>'
                '<ul><li>党建动态</li><li>支部建设</li><li>主题教育</li></ul></td><td valign="top">'
                '<div class="position">当前位置：首页 &gt; 党建工作 &gt; 党建动态</div>'
                f'<table width="100%"><tr><td align="center" class="title"><font size="4"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布者：化工学院&nbsp;&nbsp;发布时间：{y}年{m}月{d}日 {_hm(rng)}&nbsp;&nbsp;阅读：{_n(rng, 3)}次</td></tr>'
                f'<tr><td class="content"><div id="newsContent">{"".join(out)}<p align="right">{chain}</p></div></td></tr></table>'
                '<div align="center">【<a>打印本页</a>】【<a>关闭窗口</a>】</div></td></tr></table>'
                f'<table width="1000" align="center" class="bottom"><tr><td align="center">Copyright 2012-{y} {site} 版权所有<br>地址：重庆市北碚区天生路xx号</td></tr></table>')
        head = f'<title>{site}--{esc(art["title"])}</title>'
        url = f"http://hgxy.swtu.edu.cn/ShowArticle.asp?ArticleID={_n(rng, 4)}"
    return head, body, url


def xb_toutiao_tianqi(art, rng, others):
    """县报 e-paper 头版: issue line with weekday, 版次/PDF/上一版/下一版, 今日导读 and 天气 boxes,
    a byline, the text as <br>-separated paragraphs in one founder-content, a 下转 line."""
    y, m, d = _ymd(art)
    text = "<br>".join(f"{IND}{esc(p)}" for p in art["body"])
    body = (f'<div class="head"><img src="../../../images/logo_jrdj.png" alt="今日垫江"><div class="date">{y}年{m}月{d}日 {_week(art)}</div>'
            '<div class="qi">第4126期</div></div>'
            '<table width="1000" align="center"><tr><td width="420" valign="top" class="leftbm">'
            '<div class="bmname">第01版：头版</div><div class="bmsel"><a>上一版</a> <a>下一版</a> '
            '<select><option>第01版：头版</option><option>第02版：要闻</option><option>第03版：综合</option><option>第04版：牡丹副刊</option></select>'
            ' <a href="../../../page/1/2024-01/15/01/2024011501_pdf.pdf">PDF版</a></div>'
            '<img src="../../../page/1/2024-01/15/01/2024011501_brow.jpg" usemap="#PagePicMap">'
            '<div class="tianqi" style="border:1px solid #9bc"><b>今日天气</b><br>阴转小雨　3℃～8℃<br>东北风1-2级　空气质量：良</div>'
            '<div class="daodu"><b>今日导读</b><ul>'
            + "".join(f'<li><a>{esc(t)}</a>（第0{k + 2}版）</li>' for k, (t, _) in enumerate(others[:3])) + '</ul></div></td>'
            f'<td valign="top" class="rightcon"><table><tr><td class="yt">全面总结2023年工作 科学部署2024年任务</td></tr>'
            f'<tr><td class="bt"><h1>{esc(art["title"])}</h1></td></tr>'
            '<tr><td class="zz">本报记者　周林　冉丽</td></tr>'
            f'<tr><td><div id="ozoom"><founder-content>{text}</founder-content></div>'
            '<p align="right">（下转2版）</p></td></tr></table>'
            '<div class="bbwz"><b>本版文章</b><ul><li>' + esc(art["title"]) + '</li>'
            + "".join(f'<li><a>{esc(t)}</a></li>' for t, _ in others[3:6]) + '</ul></div></td></tr></table>'
            '<div class="copy">今日垫江报社版权所有　未经书面授权，不得复制或建立镜像　渝ICP备xxxxxxxx号</div>')
    head = f'<title>今日垫江-{esc(art["title"])}</title><meta name="description" content="今日垫江数字报">'
    return head, body, f"http://epaper.djxrmt.com/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"


KHD = {"p11": ("四川在线", "川观新闻客户端", "川观新闻记者 李悦 摄影报道", "何文", "07-0"),
       "p12": ("荆楚网", "湖北日报客户端", "湖北日报全媒记者 吴杰　通讯员 向敏", "陈雪", "03-2")}


def sjxw_khd_tuijian(art, rng, others):
    """省级 news portal article: 来源：客户端 line and a byline, comment counter, share bar,
    时间：/地点： items and a one-line slogan as body, 版权声明, 责任编辑, 推荐阅读 with dates."""
    y, m, d = _ymd(art)
    site, src, byline, editor, _ = KHD[art["id"]]
    out = []
    for p in art["body"]:
        if p.startswith(("时间：", "地点：")):
            k, v = p.split("：", 1)
            out.append(f'<p><strong>{k}：</strong>{esc(v)}</p>')
        elif p.startswith("“") and p.endswith("”") and len(p) < 20:
            out.append(f'<p style="text-align:center"><strong>{esc(p)}</strong></p>')
        else:
            out.append(f'<p>{IND}{esc(p)}</p>')
    if art["id"] == "p11":
        info = (f'<span class="time">{y}-{m}-{d} {_hms(rng)}</span><span class="source">来源：{src}</span>'
                f'<span class="author">{byline}</span><span class="cmt">评论(<em>{rng.randint(3, 60)}</em>)</span>')
        out.insert(2, '<p style="text-align:center"><img src="ybsj.jpg"></p><p style="text-align:center">7月5日晚，合江门广场夜市人气火爆。</p>')
    else:
        info = (f'<span>发布时间：{y}年{m}月{d}日 {_hm(rng)}</span>&nbsp;<span>来源：{src}</span>&nbsp;'
                f'<span>{byline}</span>&nbsp;<span>更新时间：{y}年{m}月{d}日 {rng.randint(22, 23)}:{rng.randint(10, 59)}</span>')
    body = (f'<div class="topnav"><a>{site}首页</a> | <a>新闻</a> | <a>时政</a> | <a>市州</a> | <a>视频</a> | <a>下载客户端</a></div>'
            f'<div class="crumbs"><a>{site}</a> &gt; <a>市州</a> &gt; <a>{art["place"]}</a> &gt; 正文</div>'
            f'<div class="wrap"><div class="article-left"><h1 class="article-title">{esc(art["title"])}</h1>'
            f'<div class="article-info">{info}</div>'
            '<div class="share-bar"><a>微信</a><a>微博</a><a>QQ</a><a>复制链接</a></div>'
            f'<div class="article-content" id="articleText">{"".join(out)}</div>'
            f'<div class="article-editor">责任编辑：{editor}</div>'
            f'<div class="copyright-note"><p>版权声明：凡注明“来源：{src}”或“{site}”的所有作品，版权均属于{site}，'
            '未经本网授权不得转载、摘编或利用其它方式使用上述作品。</p></div>'
            '<div class="article-actions"><span class="zan">点赞 ' + str(_n(rng, 2)) + '</span><span>收藏</span></div>'
            '<div class="tuijian"><h3>推荐阅读</h3><ul>'
            + "".join(f'<li><a>{esc(t)}</a><span class="date">{dt[5:]}</span></li>' for t, dt in others[:6]) + '</ul></div>'
            '<div class="comment-box"><textarea placeholder="说两句吧..."></textarea><button>发表评论</button>'
            '<p>网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述</p></div></div>'
            '<div class="article-right"><div class="hot"><h3>24小时热榜</h3><ol>'
            + "".join(f"<li>{esc(t)}</li>" for t, _ in others[6:10]) + '</ol></div>'
            f'<div class="app"><img src="app_qr.png"><p>扫码下载{src}</p></div></div></div>'
            f'<div class="footer"><p>{site}版权所有 Copyright © 2001-{y}</p><p>互联网新闻信息服务许可证：{_n(rng, 11)}　'
            f'ICP备{_n(rng, 8)}号　违法和不良信息举报电话：{_n(rng, 3)}-{_n(rng, 8)}</p></div>')
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="keywords" content="{art["place"]}">'
            f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="source" content="{src}">')
    host = "www.scol.com.cn" if art["id"] == "p11" else "news.cnhubei.com"
    return head, body, f"https://{host}/content/{y}-{m}/{d}/{_n(rng, 9)}.html"


TEMPLATES = {"sjj_jggg_zhenggai": sjj_jggg_zhenggai, "wjw_tongbao_tiaomu": wjw_tongbao_tiaomu,
             "rmt_mp_zhuanfang_qa": rmt_mp_zhuanfang_qa, "xhw_zutu_baodao": xhw_zutu_baodao,
             "gx_xy_djxw": gx_xy_djxw, "xb_toutiao_tianqi": xb_toutiao_tianqi, "sjxw_khd_tuijian": sjxw_khd_tuijian}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages45", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
