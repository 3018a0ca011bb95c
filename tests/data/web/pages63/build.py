"""Build the sixty-third saved-page set (``pages63``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 城乡建委 portal 工地安全检查 news page
(``cjw_gongdi_anquan``), a 气象台 天气公报 page with a 预报 table (``qxt_tianqi_gongbao``), a 县
融媒体 公众号 非遗人物 post with a 人物名片 (``rmt_mp_feiyi_renwu``), a 央视网-like 地方 文字 page
(``ysw_difang_wenzi``), a 区 总工会 疗休养 notice/news with a 日程 table
(``zgh_liaoxiuyang_richeng``), a 中学 网站 教研活动 news page (``zx_site_jiaoyan``) and a 晚报
e-paper 社区版 page with a 便民 box (``epaper_wanbao_shequban``). ``articles.txt`` holds the title,
date and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages63/build.py
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
    """A data-table row inside the text: cells joined by single ASCII spaces, no sentence stop (still body)."""
    return " " in p and "。" not in p and "；" not in p


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


def _photo(src: str, cap: str) -> str:
    return (f'<p style="text-align:center"><img src="{src}" border="0"></p>'
            f'<p style="text-align:center">{cap}</p>')


def _wx(art, rng, others, acc: str, date: str, content: str) -> tuple[str, str]:
    """A WeChat post's shell: meta row (account, visible publish time), ``content``, the
    阅读原文/阅读/点赞/在看 row, 写留言 and 喜欢此内容的人还喜欢."""
    y, m, d = _ymd(art)
    t = date.split(" ")[-1]
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n</h1>'
            '<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta rich_media_meta_text">{acc}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{acc}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{date}</em>'
            '<em class="rich_media_meta rich_media_meta_text">重庆</em></div>'
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


def cjw_gongdi_anquan(art, rng, others):
    """区 城乡建委 portal 工地安全检查 news. p01: old table layout, ``<font>`` title, info line with
    ``&nbsp;`` runs and a ``document.write`` counter, ``<font face=仿宋>`` paragraphs with a photo and
    caption. p02: ``xl_con`` page, info ``<span>``s with no whitespace (发布时间, 更新时间, 来源, 字号),
    bold 一、 heads, ``1.`` items, a 安全提示 box, share, 相关阅读 with dates."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    if art["id"] == "p01":
        site = "重庆市九龙坡区城乡建设委员会"

        def para(p):
            return f'<p><font face="仿宋_GB2312" style="font-size:16pt">{IND}{esc(p)}</font></p>'

        def after(i):
            if i == 2:
                return _photo(f"/uploadfiles/{y}{m}/{_n(rng, 12)}.jpg",
                              '<font face="楷体_GB2312">图为检查组在西彭镇安置房项目检查基坑排水情况。（区城乡建委供图）</font>')
            return ""
        text = _paras(art["body"], para, 'border="1"', after=after)
        body = (f'<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="/images/banner.jpg" alt="{site}"></td></tr>'
                '<tr><td class="nav"><a>网站首页</a>&nbsp;|&nbsp;<a>机构设置</a>&nbsp;|&nbsp;<a>建设动态</a>&nbsp;|&nbsp;<a>通知公告</a>&nbsp;|&nbsp;<a>质量安全</a>&nbsp;|&nbsp;<a>政务公开</a></td></tr></table>'
                '<table width="980" border="0" align="center"><tr><td width="230" valign="top"><table width="100%">'
                '<tr><td class="lm_t">质量安全</td></tr><tr><td><a>安全生产</a></td></tr><tr><td><a>质量监督</a></td></tr><tr><td><a>文明施工</a></td></tr></table></td>'
                '<td valign="top"><table width="100%"><tr><td class="wz">您当前的位置：<a>首页</a> &gt; <a>质量安全</a> &gt; <a>安全生产</a></td></tr>'
                f'<tr><td align="center" height="56"><font size="5" color="#003399"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info" bgcolor="#f2f2f2">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;信息来源：区城乡建委&nbsp;&nbsp;&nbsp;&nbsp;'
                f'点击：<script language="javascript">document.write("{_n(rng, 3)}");</script>次&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="zw"><div id="zoom">{text}</div></td></tr>'
                '<tr><td align="right">【责任编辑：周　洁】</td></tr>'
                '<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】&nbsp;&nbsp;【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
                f'<tr><td>上一篇：<a>{esc(others[0][0])}</a><br>下一篇：<a>{esc(others[1][0])}</a></td></tr></table></td></tr></table>'
                f'<table width="980" align="center"><tr><td class="foot">版权所有：{site}　地址：九龙坡区杨家坪正街 邮编：400050<br>'
                f'渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}<br>建议使用1024×768分辨率浏览本站</td></tr></table>')
        head = (f'<title>{esc(art["title"])}-{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                '<meta name="ContentSource" content="区城乡建委"><meta name="keywords" content="汛期,建筑工地,安全生产">')
        return head, body, f"http://www.cqjlp.gov.cn/cjw/zlaq/aqsc/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    site = "重庆市沙坪坝区城乡建设委员会"

    def para(p):
        if p.startswith(HEADS):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        if p[:2].rstrip(".").isdigit():
            return f'<p style="text-indent:2em">&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'
    text = "".join(para(p) for p in art["body"])
    body = ('<div class="top"><div class="wrap"><span>您好，今天是<script>document.write(new Date().toLocaleDateString())</script></span>'
            '<a>无障碍</a><a>长者模式</a><a>English</a></div></div>'
            f'<div class="header"><img src="/images/logo.png" alt="{site}"><div class="search"><input value="请输入关键字"><button>搜索</button></div></div>'
            '<ul class="nav"><li>首页</li><li>部门动态</li><li>政务公开</li><li>建设管理</li><li>政民互动</li></ul>'
            '<div class="crumb"><a>首页</a> &gt; <a>部门动态</a> &gt; <a>工作动态</a></div>'
            f'<div class="xl_con"><h1 class="xl_tit">{esc(art["title"])}</h1>'
            f'<div class="xl_info"><span>发布时间：{y}-{m}-{d} {t}</span><span>更新时间：{y}-{m}-{int(d) + 1:02d} 09:02</span>'
            '<span>来源：区城乡建委</span><span>字号：<a>大</a><a>中</a><a>小</a></span><span><a>打印</a></span></div>'
            f'<div class="xl_txt"><div class="TRS_Editor">{text}</div></div>'
            '<div class="tsbox"><h4>安全提示</h4><p>施工现场发现安全隐患，可拨打区城乡建委质安站举报电话：023-65312345。</p>'
            '<p>举报受理时间：工作日9:00—17:00。</p></div>'
            '<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>'
            '<div class="xl_btn"><a>【打印】</a><a>【关闭】</a></div></div>'
            '<div class="xgyd"><h3>相关阅读</h3><ul>' + _related(others, 4, lambda x: x) + '</ul></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_工作动态_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ColumnName" content="工作动态">')
    return head, body, f"http://www.cqspb.gov.cn/bm/cjw/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def qxt_tianqi_gongbao(art, rng, others):
    """气象台 天气公报/周报. p03: visible 发布时间 line, a 预报 table with a ``<th>`` row, 一是 items, a
    预报员/签发 line, 下次发布时间 (a later date) and a 预警信号 sidebar with its own date. p04: NO
    visible date (``publishdate`` meta and the URL), a forecast table without header, a 降水落区图
    and its caption, 编制/审核 credits, a 气象服务 hotline box."""
    y, m, d = _ymd(art)
    t = _hm(rng)

    def para(p):
        if p.startswith("一是") or p.startswith("二是") or p.startswith("三是"):
            return f'<p class="item">{esc(p)}</p>'
        return f"<p>　　{esc(p)}</p>"
    if art["id"] == "p03":
        site = "重庆市气象台"
        text = _paras(art["body"], para, 'class="ybtable" border="1" cellspacing="0"')
        body = (f'<div class="head"><img src="/img/logo_qxt.png" alt="{site}"><ul class="menu"><li>首页</li><li>天气实况</li>'
                '<li>天气预报</li><li>预警信号</li><li>天气公报</li><li>气象科普</li></ul></div>'
                '<div class="pos">当前位置：<a>首页</a> &gt; <a>天气公报</a></div>'
                '<div class="main"><div class="lbox">'
                f'<h2 class="ti">{esc(art["title"])}</h2>'
                f'<div class="fbsj">发布时间：{y}年{m}月{d}日 16:30　　发布单位：{site}</div>'
                f'<div class="con">{text}</div>'
                '<div class="qm">首席预报员：张　颖　　预报员：刘建军　　签发：陈　涛</div>'
                f'<div class="next">下次发布时间：{y}年{m}月{int(d) + 1:02d}日16时</div></div>'
                '<div class="rbox"><h3>预警信号</h3><ul>'
                f'<li><img src="/img/gw_orange.png">綦江区发布高温橙色预警信号 {y}-{m}-{d} 11:00</li>'
                f'<li><img src="/img/gw_yellow.png">城口县发布暴雨黄色预警信号 {y}-{m}-{int(d) - 1:02d} 21:40</li></ul>'
                '<h3>天气公报</h3><ul>' + _related(others, 3, lambda x: f"[{x}]") + '</ul></div></div>'
                f'<div class="foot">{site} 版权所有　气象服务热线：12121　渝ICP备{_n(rng, 8)}号</div>')
        head = f'<title>{esc(art["title"])}-{site}</title><meta name="keywords" content="天气公报,高温">'
        return head, body, f"http://www.cqmet.cn/qxt/tqgb/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.html"
    site = "重庆市万州区气象局"

    def after(i):
        if i == 4:
            return ('<p style="text-align:center"><img src="/upload/jylq.png"></p>'
                    '<p style="text-align:center">图：未来一周累计降水量预报图</p>')
        return ""
    text = _paras(art["body"], para, 'width="90%" border="1" align="center"', th=False, after=after)
    body = (f'<div id="header"><img src="/images/top.jpg" alt="{site}"></div>'
            '<div id="nav"><a>首页</a><a>机构概况</a><a>气象服务</a><a>气象科普</a><a>政务公开</a></div>'
            f'<div id="content"><div class="position">位置：首页 &gt; 气象服务 &gt; 天气周报</div>'
            f'<div class="qi">万州区气象台　　{y}年第36期</div>'
            f'<h1>{esc(art["title"])}</h1>'
            f'<div class="bt_content">{text}</div>'
            '<div class="bz">编制：万州区气象台　　审核：李　强</div>'
            '<div class="fw"><p>气象服务电话：023-58123121　12121天气预报自动答询</p></div>'
            '<div class="page_btn"><a>打印本页</a> <a>关闭窗口</a></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="publishdate" content="{y}-{m}-{d}">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}">')
    return head, body, f"http://wz.cqmet.cn/qxfw/tqzb/{y}-{m}/{d}/content_{_n(rng, 5)}.html"


def rmt_mp_feiyi_renwu(art, rng, others):
    """县 融媒体 公众号 非遗人物 post. p05: 点击蓝字 banner, bold 记者： questions and name answers, a
    人物名片 card mid-text, ▲ caption, credits, 往期推荐. p06: a 人物名片 card BEFORE the text, a
    quoted lyric line, ▲ caption, a 视频号 card, credits, QR line."""
    y, m, d = _ymd(art)
    out = []
    if art["id"] == "p05":
        acc, date = "酉阳融媒", f"{y}-{m}-{d} 18:30"
        out.append('<p style="text-align:center"><span style="color:#3b7fd8;font-size:12px">点击蓝字 关注我们</span></p>')
        for i, p in enumerate(art["body"]):
            if p.startswith("记者："):
                out.append(f'<p style="line-height:1.75em"><strong><span style="color:#b5332a">{esc(p)}</span></strong></p>')
            else:
                out.append(f'<p style="line-height:1.75em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
            if i == 2:
                out.append('<section style="border:1px solid #c9a063;padding:10px"><p><strong>人物名片</strong></p>'
                           '<p>田玉珍，女，土家族，1966年生</p><p>项目：土家刺绣</p><p>级别：县级代表性传承人</p>'
                           '<p>荣誉：县“巧手致富带头人”</p></section>')
            if i == 10:
                out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/fy1.jpg"></p>'
                           '<p style="text-align:center"><span style="font-size:12px;color:#999">▲田玉珍（中）指导绣娘刺绣</span></p>')
        out.append('<p><span style="font-size:12px;color:#888">记者：冉　芳　白　杨</span></p>'
                   '<p><span style="font-size:12px;color:#888">编辑：何小雨　审核：田　峰</span></p>'
                   '<section><p><strong>往期推荐</strong></p>' + "".join(f"<p>▶ {esc(t)}</p>" for t, _ in others[:3]) + '</section>')
    else:
        acc, date = "石柱发布", f"{y}年{m}月{d}日 20:15"
        out.append('<section style="background:#f7efe2;padding:12px"><p><strong>【人物名片】</strong></p>'
                   '<p>谭德明，男，土家族，1949年生，石柱县黄水镇人，石柱土家啰儿调县级代表性传承人。</p>'
                   '<p>从艺六十年，收集整理曲目200余首。</p></section>')
        for i, p in enumerate(art["body"]):
            if p.startswith("“太阳"):
                out.append(f'<p style="text-align:center"><em><span style="color:#7a4b1c">{esc(p)}</span></em></p>')
            else:
                out.append(f'<p style="text-indent:2em"><span style="font-size:16px">{esc(p)}</span></p>')
            if i == 3:
                out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/leq.jpg"></p>'
                           '<p style="text-align:center"><span style="font-size:12px;color:#999">▲谭德明（左一）和队员们演唱啰儿调</span></p>')
            if i == 6:
                out.append('<section class="channels_iframe_wrp"><p>石柱发布</p><p>谭德明老人唱响啰儿调</p><p>视频号 · 1分28秒</p></section>')
        out.append('<p><span style="font-size:12px;color:#888">来源：石柱县融媒体中心</span></p>'
                   '<p><span style="font-size:12px;color:#888">记者：马　琳　编辑：陈　一　审核：向东升</span></p>'
                   '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr.jpg"></p>'
                   '<p style="text-align:center"><span style="font-size:12px">长按识别二维码 关注石柱发布</span></p>')
    head, body = _wx(art, rng, others, acc, date, "".join(out))
    return head, body, f"https://mp.weixin.qq.com/s/Fy{_n(rng, 9)}rw{_n(rng, 4)}"


def ysw_difang_wenzi(art, rng, others):
    """央视网-like 地方新闻 文字 page. p07: channel nav, crumb, ``来源：央视网 | 2024年05月16日 hh:mm``
    ``<i>``s, a video player box, a photo and caption in the text, 编辑/责任编辑, share, 相关新闻 with
    dates. p08: ``2023年11月27日 hh:mm | 来源：央视新闻客户端``, bold 问：/答： turns, 更多精彩 strip,
    版权 notice."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith(("问：", "答：")):
            out.append(f'<p><strong>{esc(p[:2])}</strong>{esc(p[2:])}</p>')
        else:
            out.append(f"<p>　　{esc(p)}</p>")
        if art["id"] == "p07" and i == 1:
            out.append(_photo("https://p1.img.cctvpic.com/photoworkspace/contentimg/wz.jpg",
                              "改造后的齿轮厂老厂房（央视网记者 刘东摄）"))
    text = "".join(out)
    nav = ('<div class="nav_top"><a>首页</a><a>新闻</a><a>体育</a><a>综艺</a><a>纪录</a><a>少儿</a><a>直播</a><a>登录</a></div>'
           '<div class="crumb"><a>央视网</a> &gt; <a>新闻频道</a> &gt; <a>地方</a> &gt; 正文</div>')
    rel = '<div class="xgxw"><h3>相关新闻</h3><ul>' + _related(others, 4, lambda x: x.replace("-", "/")) + '</ul></div>'
    foot = (f'<div class="footer"><p>央视网 版权所有</p><p>京ICP证060535号　网络视听许可证0102004号</p>'
            '<p>版权声明：本网站所刊载信息，不代表央视网观点。未经授权禁止转载、摘编、复制及建立镜像。</p></div>')
    if art["id"] == "p07":
        body = (nav + f'<div class="title_area"><h1>{esc(art["title"])}</h1>'
                f'<div class="info1"><i>来源：央视网</i>&nbsp;|&nbsp;<i>{y}年{m}月{d}日 {t}</i></div></div>'
                f'<div class="video_box"><div id="myFlash">视频加载中...</div><p>[新闻直播间]重庆綦江 老厂房变身文创园</p></div>'
                f'<div class="content_area" id="text_area">{text}</div>'
                '<div class="zebian"><span>编辑：王晓雪　责任编辑：刘亮</span></div>'
                '<div class="share">分享到：<a>微信</a><a>微博</a><a>复制链接</a></div>' + rel + foot)
    else:
        body = (nav + f'<div class="title_area"><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span>{y}年{m}月{d}日 {t}</span>&nbsp;|&nbsp;<span>来源：央视新闻客户端</span>'
                '&nbsp;|&nbsp;<span class="zt"><a>大</a><a>中</a><a>小</a></span></div></div>'
                f'<div class="content_area" id="text_area">{text}</div>'
                '<div class="zebian"><span>责任编辑：张　倩</span></div>'
                '<div class="gdjc"><h3>更多精彩</h3>' + "".join(f"<p><a>{esc(tt)}</a></p>" for tt, _ in others[4:8]) + '</div>'
                '<div class="comment">评论<span>0</span>条　<a>我要评论</a></div>' + rel + foot)
    head = (f'<title>{esc(art["title"])}_新闻频道_央视网(cctv.com)</title>'
            f'<meta name="description" content="{esc(art["body"][0][:50])}"><meta name="author" content="央视网">')
    return head, body, f"https://news.cctv.com/{y}/{m}/{d}/ARTI{_n(rng, 9)}{y}{m}{d}.shtml"


def zgh_liaoxiuyang_richeng(art, rng, others):
    """区 总工会 疗休养. p09: 信息公开 grid (索引号, 发布机构, 成文日期, 发布日期), the notice with
    一、 heads, 时间/地点/参加人员 lines, a 日程 table with a ``<th>`` row, （一） items, then the 落款
    (unit and date) and an 附件 line and a 联系人 line. p10: news page with 发布时间 and 更新时间, a 日程
    table, a photo and caption, 责任编辑, share, 相关链接."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    if art["id"] == "p09":
        site = "重庆市大渡口区总工会"

        def para(p):
            if p.startswith(HEADS):
                return f'<p style="text-indent:2em"><font face="黑体">{esc(p)}</font></p>'
            if p.endswith("：") and "各" in p[:2]:
                return f"<p>{esc(p)}</p>"
            return f'<p style="text-indent:2em"><font face="仿宋_GB2312">{esc(p)}</font></p>'
        text = _paras(art["body"], para, 'border="1" cellspacing="0" cellpadding="4" align="center"')
        grid = ('<table class="xxgk" width="100%" border="1"><tr><td>索引号：</td>'
                f'<td>11500104{_n(rng, 6)}F/{y}-{_n(rng, 5)}</td><td>发布机构：</td><td>大渡口区总工会</td></tr>'
                f'<tr><td>主题分类：</td><td>劳动、人事、监察</td><td>成文日期：</td><td>{y}-{m}-{int(d) - 1:02d}</td></tr>'
                f'<tr><td>标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><td>发文字号：</td><td>大总工发〔{y}〕12号</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
        body = (f'<div class="top"><img src="/images/zgh_logo.png" alt="{site}"></div>'
                '<div class="nav"><a>首页</a><a>工会要闻</a><a>通知公告</a><a>维权服务</a><a>劳模风采</a><a>职工之家</a></div>'
                '<div class="dqwz">当前位置：首页 &gt; 通知公告</div>'
                f'<div class="zw_box">{grid}<div class="zw_title">{esc(art["title"])}</div>'
                f'<div class="zw_info">发布日期：{y}-{m}-{d}　来源：区总工会　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<div class="zw" id="zoom">{text}'
                f'<p style="text-align:right">大渡口区总工会</p><p style="text-align:right">{y}年{int(m)}月{int(d) - 1}日</p>'
                '<p>附件：<a href="/upload/tjb.doc">2024年第一批疗休养人员推荐表.doc</a></p>'
                '<p>（联系人：李　梅；联系电话：023-68831234）</p></div>'
                '<div class="btn">【<a>打印本页</a>】【<a>关闭窗口</a>】</div></div>' + _gov_footer(site, rng))
        head = (f'<title>{esc(art["title"])}_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {t}">')
        return head, body, f"http://www.ddk.gov.cn/zgh/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    site = "重庆市北碚区总工会"

    def after(i):
        if i == 7:
            return _photo("/upload/lxy1.jpg", "图为职工在红色教育基地参观学习。")
        return ""
    text = _paras(art["body"], lambda p: f"<p>　　{esc(p)}</p>", 'class="rc" border="1"', after=after)
    body = (f'<div class="header"><img src="/images/logo.png" alt="{site}"><a>工会会员服务平台</a></div>'
            '<ul class="menu"><li>首页</li><li>工会动态</li><li>基层风采</li><li>服务职工</li><li>劳模工匠</li></ul>'
            '<div class="crumb">首页 / 工会动态 / 工作动态</div>'
            f'<div class="article-box"><h1>{esc(art["title"])}</h1>'
            f'<div class="meta">发布时间：{y}-{m}-{d}&nbsp;&nbsp;更新时间：{y}-{m}-{int(d) + 3:02d}&nbsp;&nbsp;来源：区总工会&nbsp;&nbsp;浏览量：{_n(rng, 3)}</div>'
            f'<div class="article-con">{text}</div>'
            '<p class="editor">（责任编辑：邓小兰）</p>'
            '<div class="share">分享：<a>微信</a><a>微博</a></div></div>'
            '<div class="links"><h3>相关链接</h3><ul>' + _related(others, 4, lambda x: x) + '</ul></div>'
            + _gov_footer(site, rng))
    head = f'<title>{esc(art["title"])} - {site}</title><meta name="keywords" content="疗休养,一线职工">'
    return head, body, f"https://www.bbzgh.org.cn/gzdt/{y}{m}{d}/{_n(rng, 6)}.html"


def zx_site_jiaoyan(art, rng, others):
    """中学 网站 教研活动 news (an old ASP CMS, GBK): 作者/来源/点击数/更新时间 line with a
    ``document.write`` counter, the text as ``&nbsp;``-indented ``<br>`` lines in one ``<div>``, a photo
    and caption among them, a （供稿/审核） line, 发表评论/打印 links, 上一篇/下一篇, a comment box."""
    y, m, d = _ymd(art)
    site = "重庆市南川中学校"
    lines = []
    for i, p in enumerate(art["body"]):
        lines.append("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p))
        if i == 3:
            lines.append('<div align="center"><img src="/UploadFiles/2023119163512.jpg" width="500"><br>陈静老师在课堂上引导学生探究</div>')
    text = "<br>\n".join(lines)
    body = (f'<table width="960" align="center"><tr><td><img src="/Skin/top.jpg" alt="{site}"></td></tr>'
            '<tr><td class="menu"><a>学校首页</a> | <a>学校概况</a> | <a>校园新闻</a> | <a>教学科研</a> | <a>德育天地</a> | <a>招生信息</a></td></tr></table>'
            '<table width="960" align="center"><tr><td class="wz">您现在的位置： <a>南川中学</a> &gt;&gt; <a>教学科研</a> &gt;&gt; <a>教研动态</a> &gt;&gt; 正文</td></tr>'
            f'<tr><td align="center" class="title"><font size="4"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="info">作者：高三数学组&nbsp;&nbsp;&nbsp;&nbsp;文章来源：本站原创&nbsp;&nbsp;&nbsp;&nbsp;'
            f'点击数：<script src="/Article/GetHits.asp?ArticleID={_n(rng, 4)}"></script>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：{int(y)}/{int(m)}/{int(d)}</td></tr>'
            f'<tr><td class="content"><div id="ArticleContent">{text}<br>\n'
            '&nbsp;&nbsp;&nbsp;&nbsp;（供稿：高三数学组　审核：教务处）</div></td></tr>'
            '<tr><td align="right">【<a>发表评论</a>】【<a>加入收藏</a>】【<a>告诉好友</a>】【<a>打印此文</a>】【<a>关闭窗口</a>】</td></tr>'
            f'<tr><td>上一篇文章：<a>{esc(others[2][0])}</a><br>下一篇文章：<a>{esc(others[3][0])}</a></td></tr>'
            '<tr><td class="pl">网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）</td></tr></table>'
            f'<table width="960" align="center"><tr><td class="foot">{site}　版权所有　地址：南川区东城街道　电话：023-71423456<br>'
            f'渝ICP备{_n(rng, 8)}号</td></tr></table>')
    head = f'<title>{esc(art["title"])} - {site}</title><meta name="keywords" content="教研,同课异构">'
    return head, body, f"http://www.nczx.cn/Article/ShowArticle.asp?ArticleID={_n(rng, 4)}"


def epaper_wanbao_shequban(art, rng, others):
    """晚报 e-paper 第08版 社区版: issue line, 版次 selector with 上一版/下一版/PDF, 本版标题 list, the 引题
    above and 副题 below the headline, ``founder-content`` paragraphs, a 便民 box (address, hours,
    phone) after the text, a 社区快讯 strip, 上一篇/下一篇, copyright."""
    y, m, d = _ymd(art)
    paper = "重庆晚报"
    text = "".join(f"<p>　　{esc(p)}</p>" for p in art["body"])
    body = (f'<div class="paper-top"><img src="/images/wb_logo.png" alt="{paper}">'
            f'<span class="date">{y}年{int(m)}月{int(d)}日　{_week(art)}</span></div>'
            '<div class="ban-sel">第08版：社区　<select><option>第01版：要闻</option><option>第08版：社区</option></select>'
            '　<a>上一版</a>　<a>下一版</a>　<a>PDF</a>　<a>往期</a></div>'
            '<div class="layout"><div class="left"><img src="/page/08.jpg" usemap="#m"><ul class="titles">'
            f'<li><a>{esc(art["title"])}</a></li><li><a>寸滩街道开展春季义诊</a></li><li><a>社区快讯</a></li></ul></div>'
            f'<div class="right"><h3 class="yt">家门口的幸福</h3><h1>{esc(art["title"])}</h1><h2 class="ft">日均就餐超300人次</h2>'
            f'<div id="ozoom"><founder-content>{text}</founder-content></div>'
            '<div class="bmxx"><h4>便民信息</h4><p>地址：观音桥街道建新北路88号</p><p>营业时间：早餐7:00—9:00　午餐11:00—13:00</p>'
            '<p>订餐电话：023-67701234</p></div>'
            '<div class="sqkx"><h4>社区快讯</h4><p>■寸滩街道开展春季义诊　■石马河街道举办邻里节</p></div>'
            f'<div class="pn">上一篇：<a>{esc(others[5][0])}</a>　下一篇：<a>寸滩街道开展春季义诊</a></div></div></div>'
            f'<div class="copy">{paper}版权所有 未经许可不得转载　渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>{paper}数字报-{esc(art["title"])}</title>'
    return head, body, f"https://epaper.cqwb.com.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"


TEMPLATES = {"cjw_gongdi_anquan": cjw_gongdi_anquan, "qxt_tianqi_gongbao": qxt_tianqi_gongbao,
             "rmt_mp_feiyi_renwu": rmt_mp_feiyi_renwu, "ysw_difang_wenzi": ysw_difang_wenzi,
             "zgh_liaoxiuyang_richeng": zgh_liaoxiuyang_richeng, "zx_site_jiaoyan": zx_site_jiaoyan,
             "epaper_wanbao_shequban": epaper_wanbao_shequban}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages63", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
