"""Build the forty-third saved-page set (``pages43``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 城管局 portal 市容整治 news with a before/after
photo pair (``cgj_srzz_duibi``), a 市 教委 公众号 开学 post with 家长须知 items
(``jw_mp_kaixue_xuzhi``), a 县 政府网 政策文件 page with a 文号 grid and a 解读 link
(``xzf_zcwj_wenhao_jd``), a 新闻网 地方频道 page with a 快讯 list above the article
(``xww_dfpd_kuaixun_list``), a 区 妇联 portal 家庭教育 讲座 news (``fl_portal_jtjy_jiangzuo``), an
e-paper 周刊 page with a 专栏 header and an 作者 line (``epaper_zhoukan_zhuanlan``) and a 镇 公众号
人居环境 评比 post with a 红黑榜 (``zhen_mp_rjhj_hongheibang``). ``articles.txt`` holds the title,
date and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages43/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import epoch as _epoch, hm as _hm, hms as _hms, digits as _n, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"


def _head(p: str) -> bool:
    """A subheading inside the text: short, no full stop, no colon, not a table row (still body)."""
    return len(p) <= 22 and "。" not in p and "：" not in p and " " not in p and "！" not in p


def _row(p: str) -> bool:
    """A table row of the reference: cells joined by single spaces (only rows hold spaces)."""
    return " " in p


def _table(rows: list[str], cls: str = "MsoNormalTable") -> str:
    """Consecutive reference rows as an HTML table (the first row as header cells)."""
    out = []
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r.split(" ")) + "</tr>")
    return f'<table class="{cls}" border="1" cellspacing="0" style="width:100%">{"".join(out)}</table>'


def _related(others, n, fmt) -> str:
    """A 相关阅读/推荐 list of other articles with their dates (furniture)."""
    return "".join(f'<li><a href="#">{esc(t)}</a><span class="date">{fmt(d)}</span></li>' for t, d in others[:n])


def _gov_footer(site: str, rng, code: str = "渝") -> str:
    return (f'<div class="footer"><p>主办单位：{site}　承办：{site}办公室　联系电话：023-{_n(rng, 8)}</p>'
            f'<p>{code}ICP备{_n(rng, 8)}号　<img src="/images/ga.png">{code}公网安备 {_n(rng, 14)}号　'
            f'网站标识码：{_n(rng, 10)}</p><p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a></p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>')


PAIR = {"p01": ("小龙坎老街整治前", "小龙坎老街整治后", "图为小龙坎老街整治前后对比。（区城管局供图）"),
        "p02": ("整治前", "整治后", "陶家镇闲置空地改造前后。（记者 罗斌 摄）")}


def cgj_srzz_duibi(art, rng, others):
    """区 城管局 portal (p01 GBK old table layout with <font>, p02 div portal): before/after pair in the text."""
    y, m, d = _ymd(art)
    a, b, cap = PAIR[art["id"]]
    site = {"p01": "重庆市沙坪坝区城市管理局", "p02": "重庆市九龙坡区城市管理局"}[art["id"]]
    out = []
    for i, p in enumerate(art["body"]):
        if art["id"] == "p01":
            out.append(f'<p>{IND}<font face="仿宋_GB2312" size="4">{"<b>" if _head(p) else ""}{esc(p)}'
                       f'{"</b>" if _head(p) else ""}</font></p>')
        else:
            out.append(f'<p style="text-indent:2em;">{esc(p)}</p>')
        if (art["id"] == "p01" and i == 6) or (art["id"] == "p02" and i == 5):
            if art["id"] == "p01":
                out.append('<table align="center" width="90%"><tr>'
                           f'<td align="center"><img src="W0202306_1.jpg" width="300"><br><font size="2">{a}</font></td>'
                           f'<td align="center"><img src="W0202306_2.jpg" width="300"><br><font size="2">{b}</font></td></tr></table>'
                           f'<p align="center"><font size="2" color="#666">{cap}</font></p>')
            else:
                out.append(f'<p style="text-align:center"><img src="./W020240322_1.jpg"></p><p style="text-align:center">{a}</p>'
                           f'<p style="text-align:center"><img src="./W020240322_2.jpg"></p><p style="text-align:center">{b}</p>'
                           f'<p style="text-align:center;font-size:14px">{cap}</p>')
    content = "".join(out)
    if art["id"] == "p01":
        info = (f'<span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：区城管局</span><span>作者：执法支队</span>'
                f'<span>浏览次数：<script language="javascript">document.write("{_n(rng, 3)}")</script></span>'
                '<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span>')
        body = ('<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                f'<td><img src="/images/banner_cgj.jpg" alt="{site}"></td></tr><tr><td class="nav">'
                '<a>首页</a>&nbsp;|&nbsp;<a>机构概况</a>&nbsp;|&nbsp;<a>城管动态</a>&nbsp;|&nbsp;<a>政务公开</a>'
                '&nbsp;|&nbsp;<a>办事服务</a>&nbsp;|&nbsp;<a>互动交流</a></td></tr></table>'
                '<table width="1002" align="center"><tr><td width="240" valign="top" class="left">'
                '<div class="lmmc">城管动态</div><ul><li><a>工作动态</a></li><li><a>街镇动态</a></li><li><a>图片新闻</a></li></ul>'
                '<div class="lmmc">便民服务</div><ul><li><a>占道审批</a></li><li><a>户外广告设置</a></li></ul></td>'
                '<td valign="top"><div class="dqwz">当前位置：<a>首页</a> &gt;&gt; <a>城管动态</a> &gt;&gt; <a>工作动态</a></div>'
                f'<table width="100%"><tr><td align="center" class="bt"><font size="5" color="#003399"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="xx">{info}</td></tr>'
                f'<tr><td class="zw"><div id="zoom" class="con">{content}</div></td></tr>'
                '<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
                '</table><div class="xgxx"><b>相关信息：</b><ul>'
                + _related(others, 4, lambda s: f"[{s}]") + '</ul></div></td></tr></table>' + _gov_footer(site, rng))
        url = f"http://www.cqspb.gov.cn/bm/qcgj/cgdt/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    else:
        info = (f'<span class="fbsj">发布时间：{y}年{m}月{d}日</span>&nbsp;&nbsp;&nbsp;<span>来源：九龙坡区城市管理局</span>'
                f'&nbsp;&nbsp;&nbsp;<span>更新时间：{y}-{m}-{int(d) + 3:02d} {_hm(rng)}</span>')
        body = (f'<header class="head"><div class="logo"><img src="/logo.png" alt="{site}"></div>'
                '<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div>'
                '<nav><ul class="nav"><li>首页</li><li>新闻动态</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></nav></header>'
                '<div class="container"><div class="crumb">您当前的位置：<a>首页</a>&gt;<a>新闻动态</a>&gt;<a>部门动态</a></div>'
                f'<div class="article-box"><div class="title"><h2>{esc(art["title"])}</h2></div>'
                f'<div class="time">{info}<div class="fontsize">字号：<a>大</a><a>中</a><a>小</a></div></div>'
                f'<div class="view TRS_UEDITOR trs_paper_default trs_web">{content}</div>'
                '<div class="tools"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a>'
                '<a class="print">打印</a><a class="close">关闭</a></div>'
                '<div class="prevnext"><p>上一篇：<a>' + esc(others[2][0]) + '</a></p><p>下一篇：<a>' + esc(others[3][0]) + '</a></p></div></div>'
                '<div class="side"><h3>图片新闻</h3><ul>' + "".join(f"<li><img src='t{i}.jpg'><p>{esc(t)}</p></li>" for i, (t, _) in enumerate(others[5:8]))
                + '</ul></div></div>' + _gov_footer(site, rng))
        url = f"http://www.cqjlp.gov.cn/bm/qcsglj/zwxx_71349/bmdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="SiteName" content="{site}">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ContentSource" content="{site[4:]}"><meta name="ColumnName" content="工作动态">')
    return head, body, url


TIPS = {"p03": ["温馨提示", "开学前，各校将通过班级群发布具体报到安排，请家长留意学校通知，不轻信不明来源信息。",
                "教育服务热线：023-63862xxx"],
        "p04": ["小贴士", "开学前三天，每天提前半小时起床，让生物钟慢慢调回来。", "准备一个“开学清单”，和孩子一起逐项核对。"]}


def jw_mp_kaixue_xuzhi(art, rng, others):
    """市 教委 公众号 post: rich_media header, bold 家长须知 heads and items, a tip box, 往期推荐, 阅读原文 row."""
    y, m, d = _ymd(art)
    acc = "重庆教育" if art["id"] == "p03" else "重庆市教育委员会"
    out = []
    for i, p in enumerate(art["body"]):
        if _head(p):
            out.append('<section style="text-align:center;margin:20px 0"><section style="display:inline-block;'
                       f'background:#1e6fd9;color:#fff;padding:4px 16px;border-radius:14px"><p><strong>{esc(p)}</strong></p></section></section>')
        elif p[:2] in ("1.", "2.", "3.", "4.", "5.", "6.") or p[:2] in ("一是", "二是", "三是"):
            k = p.index("。") + 1
            out.append(f'<p style="line-height:1.75em"><span style="color:#1e6fd9"><strong>{esc(p[:k])}</strong></span>'
                       f'<span>{esc(p[k:])}</span></p>')
        else:
            out.append(f'<p style="line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
        if art["id"] == "p03" and i == 0:
            out.append('<p style="text-align:center"><img data-src="kx.jpg"></p>')
    tip = TIPS[art["id"]]
    box = (f'<section style="border:1px dashed #1e6fd9;padding:10px"><p><strong>{tip[0]}</strong></p>'
           + "".join(f"<p>{esc(x)}</p>" for x in tip[1:]) + "</section>")
    pub = f"{y}-{m}-{d} {_hm(rng)}" if art["id"] == "p03" else f"{y}年{int(m)}月{int(d)}日 {_hm(rng)}"
    body = (f'<div class="rich_media_wrp"><div id="js_article" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title " id="activity-name">\n            {esc(art["title"])}\n          </h1>'
            '<div id="meta_content" class="rich_media_meta_list">'
            + ('<span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>' if art["id"] == "p03" else "")
            + f'<span class="rich_media_meta rich_media_meta_text">{"市教委" if art["id"]=="p03" else ""}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{acc}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{pub}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta">发表于重庆</em></div>'
            '<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden;">'
            '<section><p style="text-align:center"><span style="color:#888;font-size:12px">点击上方蓝字 关注我们</span></p></section>'
            + "".join(out) + box
            + ('<p><span style="font-size:12px;color:#888">来源：市教委基础教育处</span></p>' if art["id"] == "p03"
               else '<p><span style="font-size:12px;color:#888">来源：重庆日报客户端</span></p>')
            + '<p><span style="font-size:12px;color:#888">编辑：谭雪　审核：余波</span></p>'
            '<section><p style="text-align:center"><strong>往期推荐</strong></p>'
            + "".join(f'<p><a href="#">{esc(t)}</a></p>' for t, _ in others[:3])
            + '</section><p style="text-align:center"><img data-src="qr.jpg"></p><p style="text-align:center">长按二维码 关注我们</p>'
            '</div><div id="js_pc_qr_code" class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a>'
            f'<span id="readNum3">阅读 {_n(rng, 5)}</span><span class="like_num">赞 {_n(rng, 2)}</span>'
            f'<span>在看 {_n(rng, 2)}</span><span>分享</span></div><div class="discuss_container">'
            f'<p>写留言</p><p>留言 {_n(rng, 2)}</p><p>家长A：收到，谢谢提醒！</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, "18:30")}";var nickname = "{acc}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:type" content="article"><meta name="description" content="{esc(art["body"][0][:40])}">')
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 8)}Xk{_n(rng, 7)}_a"


DOC = {"p05": ("垫江府办发〔2023〕87号", "11500231009xxxxxx1/2023-00087", "垫江县人民政府办公室", "2023-11-06",
               "2023年11月6日", "图解：《垫江县农村生活垃圾分类工作实施方案》政策解读", None),
       "p06": ("丰都府发〔2024〕5号", "11500230009xxxxxx2/2024-00021", "丰都县人民政府", "2024-04-12",
               "2024年4月12日", "【文字解读】《丰都县人民政府关于进一步优化营商环境的若干措施》解读",
               "附件：丰都县优化营商环境重点任务分工表.docx")}


def xzf_zcwj_wenhao_jd(art, rng, others):
    """县 政府网 政策文件 (p05 GBK table grid, p06 ul grid): 文号 grid, 文号 line, signature, 附件, 解读 link."""
    y, m, d = _ymd(art)
    wh, idx, org, made, sig_date, jd, fj = DOC[art["id"]]
    site = org.replace("办公室", "") if art["id"] == "p05" else org
    paras = []
    for i, p in enumerate(art["body"]):
        if i == 2 and art["id"] == "p05":
            paras.append(f'<p style="text-align:center"><strong><span style="font-family:方正小标宋_GBK;font-size:22px">{esc(p)}</span></strong></p>')
        elif _head(p):
            paras.append(f'<p style="text-indent:2em"><span style="font-family:黑体">{esc(p)}</span></p>')
        elif i == 0:
            paras.append(f'<p>{esc(p)}</p>')
        else:
            paras.append(f'<p style="text-indent:2em">{esc(p)}</p>')
    tail = (f'<p style="text-align:right">{org}</p><p style="text-align:right">{sig_date}</p>'
            '<p style="text-indent:2em">（此件公开发布）</p>')
    if art["id"] == "p05":
        grid = ('<table class="xxgk_table" width="100%" border="1" cellspacing="0">'
                f'<tr><td class="t">索 引 号：</td><td>{idx}</td><td class="t">主题分类：</td><td>城乡建设、环境保护</td></tr>'
                f'<tr><td class="t">发文机关：</td><td>{org}</td><td class="t">成文日期：</td><td>{made}</td></tr>'
                f'<tr><td class="t">标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><td class="t">发文字号：</td><td>{wh}</td><td class="t">发布日期：</td><td>{y}-{m}-{d}</td></tr>'
                '<tr><td class="t">有 效 性：</td><td colspan="3">有效</td></tr></table>')
    else:
        grid = ('<div class="zcwjk-xlcon"><ul class="clearfix">'
                f'<li><span>[ 索引号 ]</span><p>{idx}</p></li><li><span>[ 发文字号 ]</span><p>{wh}</p></li>'
                f'<li><span>[ 主题分类 ]</span><p>综合政务</p></li><li><span>[ 体裁分类 ]</span><p>决定</p></li>'
                f'<li><span>[ 发布机构 ]</span><p>{org}</p></li><li><span>[ 成文日期 ]</span><p>{made}</p></li>'
                f'<li><span>[ 发布日期 ]</span><p>{y}-{m}-{d}</p></li><li><span>[ 有效性 ]</span><p>有效</p></li></ul></div>')
    jd_box = f'<div class="zcjd"><span class="jd_tit">政策解读：</span><a href="../../zcjd/t_{_n(rng, 7)}.html">{esc(jd)}</a></div>'
    body = (f'<div class="top"><div class="logo">{site}</div><ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li>'
            '<li>互动交流</li><li>走进' + art["place"] + '</li></ul></div>'
            '<div class="location">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政策文件</a> &gt; <a>'
            + ("县政府办公室文件" if art["id"] == "p05" else "县政府文件") + '</a></div>'
            f'<div class="xl_main">{grid}<div class="xl_title"><h1>{esc(art["title"])}</h1></div>'
            f'<div class="xl_wh" style="text-align:center">{wh}</div>'
            f'<div class="xl_con TRS_Editor" id="zoom">{"".join(paras)}{tail}</div>'
            + (f'<div class="fj"><p>{fj[:3]}<a href="#">{fj[3:]}</a></p></div>' if fj else "")
            + jd_box
            + '<div class="xl_tools">【字体：<a>大</a> <a>中</a> <a>小</a>】 <a>打印本页</a> <a>关闭窗口</a> '
            '<span>扫一扫在手机打开当前页</span><img src="qrcode.png"></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="{org}">'
            f'<meta name="Keywords" content="{wh}">')
    host = "www.cqdj.gov.cn" if art["id"] == "p05" else "www.cqfd.gov.cn"
    return head, body, f"http://{host}/zwgk_{_n(rng, 3)}/zcwj/xzfwj/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def xww_dfpd_kuaixun_list(art, rng, others):
    """新闻网 地方频道 快讯 page: a 快讯 list with times ABOVE the article, then the article; p08 no visible date."""
    y, m, d = _ymd(art)
    area = art["place"]
    items = "".join(f'<li><span class="time">{int(m):02d}-{int(d):02d} {_hm(rng)}</span><a href="#">{esc(t)}</a></li>'
                    for t, _ in others[:6])
    paras = "".join(f"<p>{IND}{esc(p)}</p>" for p in art["body"])
    if art["id"] == "p07":
        info = (f'<div class="info"><span class="sj">{y}-{m}-{d} {_hms(rng)}</span><span class="ly">来源：{area}区融媒体中心</span>'
                f'<span class="zz">作者：记者 黄燕</span><span class="pl">评论(<script>document.write(0)</script>)</span></div>')
        src = '<p class="source">来源：上游新闻客户端</p>'
    else:
        info = f'<div class="info"><span class="ly">来源：{area}区融媒体中心</span>&nbsp;&nbsp;<span class="zz">记者 谭林</span></div>'
        src = ""
    body = ('<div class="topbar"><a>华龙网首页</a> | <a>新闻</a> | <a>区县</a> | <a>登录</a></div>'
            f'<div class="channel-head"><h2>{area}频道</h2><ul class="nav"><li>首页</li><li>{area}快讯</li><li>政务</li><li>民生</li><li>视频</li></ul></div>'
            f'<div class="kuaixun"><h3>{area}快讯</h3><ul>{items}</ul><a class="more">更多&gt;&gt;</a></div>'
            f'<div class="crumb">当前位置：<a>首页</a> &gt; <a>区县</a> &gt; <a>{area}</a> &gt; 正文</div>'
            f'<div class="detail"><h1 class="title">{esc(art["title"])}</h1>{info}'
            f'<div class="content" id="main_text">{paras}{src}</div>'
            f'<div class="editor">[责任编辑：{"刘佳" if art["id"]=="p07" else "王宇"}]</div>'
            '<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ</a></div>'
            '<div class="statement">版权声明：凡注明“来源：华龙网”的所有作品，版权均属于华龙网，未经授权禁止转载、摘编或以其他方式使用。</div>'
            f'<div class="comment"><p>网友评论</p><p>已有{_n(rng, 2)}人参与</p><textarea></textarea><button>发表评论</button></div></div>'
            '<div class="right"><h3>热点排行</h3><ol>' + "".join(f"<li>{esc(t)}</li>" for t, _ in others[6:10]) + '</ol></div>'
            '<div class="footer"><p>华龙网版权所有 未经授权禁止复制或建立镜像</p><p>渝ICP备{0}号 互联网新闻信息服务许可证编号：50120170002</p></div>'.format(_n(rng, 8)))
    head = (f'<title>{esc(art["title"])}_{area}_华龙网</title><meta name="keywords" content="{area}">'
            f'<meta name="publishdate" content="{y}-{m}-{d} {_hm(rng)}:00"><meta name="source" content="{area}区融媒体中心">')
    return head, body, f"https://cq.cqnews.net/{'cqqx' if art['id'] == 'p07' else 'qx'}/{y}-{m}/{d}/content_{_n(rng, 7)}.html"


def fl_portal_jtjy_jiangzuo(art, rng, others):
    """区 妇联 portal 家庭教育 news: p09 GBK table layout with <br> paragraphs in one cell, p10 div portal with a 知识链接 box mid-text."""
    y, m, d = _ymd(art)
    if art["id"] == "p09":
        lines = []
        for p in art["body"]:
            if p.startswith("问："):
                lines.append(f"{IND}<b>{esc(p)}</b>")
            else:
                lines.append(f"{IND}{esc(p)}")
        content = "<br>\n".join(lines[:4]) + ('<br><div align="center"><img src="/UploadFiles/2023511_1.jpg" border="0"></div>'
                                             '<div align="center"><font color="#666666">讲座现场</font></div>') + "<br>\n".join(lines[4:])
        body = ('<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">'
                '<tr><td><img src="/images/flbanner.jpg" width="990" height="160" alt="南岸区妇女联合会"></td></tr>'
                '<tr><td class="menu"><a>首 页</a> <a>妇联动态</a> <a>家庭教育</a> <a>维权服务</a> <a>巾帼风采</a> <a>联系我们</a></td></tr></table>'
                '<table width="990" align="center"><tr><td width="230" valign="top"><table class="lm"><tr><td>家庭教育</td></tr>'
                '<tr><td><a>家教讲堂</a></td></tr><tr><td><a>家长学校</a></td></tr><tr><td><a>亲子活动</a></td></tr></table>'
                '<table class="lm"><tr><td>维权热线</td></tr><tr><td>12338</td></tr></table></td>'
                '<td valign="top"><table width="100%"><tr><td class="wz">您现在的位置：首页 &gt;&gt; 家庭教育 &gt;&gt; 家教讲堂</td></tr>'
                f'<tr><td align="center" height="50"><font style="font-size:20px" color="#CC0000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;来源：区妇联家庭儿童工作部&nbsp;&nbsp;&nbsp;&nbsp;'
                f'阅读：<font color="red">{_n(rng, 3)}</font>次</td></tr>'
                f'<tr><td class="content" style="line-height:28px;font-size:14px">{content}</td></tr>'
                '<tr><td align="right">【<a>字体：大 中 小</a>】【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr>'
                '<tr><td><b>相关文章</b><br>' + "<br>".join(f"·<a>{esc(t)}</a>（{s}）" for t, s in others[:4])
                + '</td></tr></table></td></tr></table>'
                '<table width="990" align="center" class="foot"><tr><td align="center">版权所有：重庆市南岸区妇女联合会　'
                f'地址：南岸区南坪西路xx号<br>渝ICP备{_n(rng, 8)}号　技术支持：重庆xx网络科技有限公司</td></tr></table>')
        url = f"http://www.nafl.org.cn/show.asp?id={_n(rng, 4)}"
    else:
        out = []
        for i, p in enumerate(art["body"]):
            out.append(f"<p>{esc(p)}</p>")
            if i == 0:
                out.append('<div class="zsbox" style="background:#fff5f5;border-left:4px solid #d33;padding:8px">'
                           '<p><strong>知识链接</strong></p><p>《中华人民共和国家庭教育促进法》自2022年1月1日起施行，'
                           '明确父母或者其他监护人负责实施家庭教育，国家和社会为家庭教育提供指导、支持和服务。</p></div>')
            if i == 2:
                out.append('<p style="text-align:center"><img src="/u/cms/2024/10/1015a.jpg"></p>'
                           '<p style="text-align:center;color:#666">图为亲子游戏现场。（巴川街道供图）</p>')
        body = ('<div class="header"><div class="w1200"><img src="/r/cms/tlfl/logo.png" alt="铜梁区妇女联合会">'
                '<ul class="menu"><li>首页</li><li>工作动态</li><li>家庭家教家风</li><li>权益保障</li><li>巾帼建功</li></ul></div></div>'
                '<div class="w1200 main"><div class="pos">首页 &gt; 家庭家教家风 &gt; 正文</div>'
                f'<div class="art"><h1>{esc(art["title"])}</h1><div class="art_info">'
                f'<span>{int(y)}/{int(m)}/{int(d)} {_hm(rng)}</span><span>|</span><span>来源：巴川街道</span><span>|</span>'
                f'<span>作者：邓晓</span><span>|</span><span>点击：<em id="hits">{_n(rng, 3)}</em></span></div>'
                f'<div class="art_con">{"".join(out)}</div>'
                '<div class="art_foot"><span>【责任编辑：杨柳】</span><span class="share">分享：<a>微信</a><a>微博</a></span></div>'
                '<div class="xgyd"><h4>相关阅读</h4><ul>' + _related(others, 4, lambda s: s) + '</ul></div></div></div>'
                + _gov_footer("铜梁区妇女联合会", rng))
        url = f"http://www.tlfl.org.cn/jtjjjf/{y}{m}{d}/{_n(rng, 5)}.html"
    head = f'<title>{esc(art["title"])}-{"南岸区妇女联合会" if art["id"] == "p09" else "铜梁妇联"}</title>'
    return head, body, url


COLUMN = {"p11": ("重庆日报", "第006版：巴渝周刊·人文", "乡土记忆", "□本报记者　罗文静　文/图", "本版责编：陈悦　美编：张川"),
          "p12": ("重庆晨报", "第A11版：周末·风物", "舌尖上的乡愁", "■文/本报特约撰稿人　冉小溪", "责任编辑：何苗")}


def epaper_zhoukan_zhuanlan(art, rng, others):
    """e-paper 周刊 page: 版次 selector, PDF, 专栏 header, 作者 line, <br> paragraphs (p11) or &nbsp; <P> (p12)."""
    y, m, d = _ymd(art)
    paper, ban, col, by, ed = COLUMN[art["id"]]
    if art["id"] == "p11":
        text = "<br>".join(f"{IND}<b>{esc(p)}</b>" if _head(p) else f"{IND}{esc(p)}" for p in art["body"][:9])
        text += ('<br><div class="pic"><img src="../../../images/2023-07/07/06/xb01_b.jpg"><div class="pic_title">'
                 '刘素琴在织机前织布。　记者　罗文静　摄</div></div>')
        text += "<br>".join(f"{IND}<b>{esc(p)}</b>" if _head(p) else f"{IND}{esc(p)}" for p in art["body"][9:])
        date_line = f'<span class="date">{y}年{m}月{d}日 {_week(art)}</span>'
    else:
        text = "".join(f'<P>{"&nbsp;" * 4}{esc(p)}</P>' for p in art["body"])
        date_line = f'<span class="date">{int(y)}年{int(m)}月{int(d)}日</span>'
    opts = "".join(f'<option{" selected" if b == ban else ""}>{b}</option>' for b in
                   ("第001版：要闻", "第002版：综合", ban, "第012版：广告"))
    body = (f'<div class="epaper-head"><img src="../../../images/logo_{paper}.png" alt="{paper}">{date_line}'
            f'<span>版次：<select>{opts}</select></span><a>上一版</a> <a>下一版</a> <a>PDF下载</a> <a>往期回顾</a> '
            '<a>返回目录</a></div><div class="epaper-main"><div class="bm-left"><img src="page.jpg" usemap="#PagePicMap">'
            '<map name="PagePicMap"><area shape="rect" coords="0,0,300,200"></map></div>'
            f'<div class="bm-right"><div class="zhuanlan"><span class="zl-logo">【{col}】</span></div>'
            f'<div class="ybt"></div><h1 class="article-title">{esc(art["title"])}</h1><div class="fbt"></div>'
            f'<div class="author">{by}</div><div id="ozoom" class="article-content"><founder-content>{text}</founder-content></div>'
            f'<div class="zbzb">{ed}</div><div class="prev-next"><a>上一篇</a> <a>下一篇</a></div>'
            '<div class="bmwz"><h4>本版文章</h4><ul>' + "".join(f"<li><a>{esc(t)}</a></li>" for t, _ in others[:3])
            + f'</ul></div></div></div><div class="copyright">{paper}版权所有 未经书面授权 不得复制或建立镜像<br>'
            '地址：重庆市渝北区银杉路66号</div>')
    head = (f'<title>{paper}数字报-{esc(art["title"])}</title>'
            + (f'<meta name="publishdate" content="{y}-{m}-{d}">' if art["id"] == "p12" else ""))
    host = "epaper.cqrb.cn/html/cqrb" if art["id"] == "p11" else "e.cqcb.com/html/cqcb"
    return head, body, f"https://{host}/{y}-{m}/{d}/{'006' if art['id'] == 'p11' else 'A11'}/content_{_n(rng, 6)}.htm"


def zhen_mp_rjhj_hongheibang(art, rng, others):
    """镇/街道 公众号 人居环境 评比 post: 红黑榜 tables or lines (body), signature (p13), ▲ captions, reporter line (p14)."""
    y, m, d = _ymd(art)
    acc = {"p13": "清溪场镇发布", "p14": "白鹤发布"}[art["id"]]
    out, rows = [], []
    for p in art["body"] + [""]:
        if _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(_table(rows, "rhb"))
            rows = []
        if not p:
            continue
        if _head(p) and p in ("红榜", "黑榜"):
            color = "#d00" if p == "红榜" else "#333"
            out.append(f'<section style="background:{color};color:#fff;text-align:center;width:120px;margin:10px auto">'
                       f'<p><strong>{p}</strong></p></section>')
        elif len(p) < 14:
            out.append(f'<p style="text-align:center"><strong>{esc(p)}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
        if art["id"] == "p14" and p.startswith("记者在郭家村"):
            out.append('<p style="text-align:center"><img data-src="gj.jpg"></p>'
                       '<p style="text-align:center"><span style="font-size:13px;color:#999">▲郭家村整洁的村道</span></p>')
    if art["id"] == "p13":
        head_extra = ('<section><p style="text-align:center"><img data-src="top.gif"></p></section>'
                      '<section><p style="text-align:center;color:#999;font-size:12px">点击蓝字 关注我们</p></section>')
        tail = (f'<p style="text-align:right">清溪场镇人居环境整治办公室</p><p style="text-align:right">{y}年{int(m)}月{int(d)}日</p>'
                '<p><span style="font-size:12px">编辑：彭丽　初审：田军　终审：杨明</span></p>')
        pub = f"{y}-{m}-{d}"
    else:
        head_extra = (f'<p><span style="font-size:13px;color:#888">开州区融媒体中心记者 周宏 通讯员 向琴</span></p>')
        tail = ('<p><span style="font-size:12px">来源：开州区融媒体中心</span></p>'
                '<section><p><strong>往期回顾</strong></p>' + "".join(f"<p>{esc(t)}</p>" for t, _ in others[:3]) + '</section>')
        pub = f"{y}年{int(m)}月{int(d)}日 {_hm(rng)}"
    body = (f'<div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname">'
            f'<a id="js_name">{acc}</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">{pub}</em></div>'
            f'<div class="rich_media_content" id="js_content">{head_extra}{"".join(out)}{tail}'
            '<p style="text-align:center"><img data-src="qr.png"></p><p style="text-align:center">扫码关注我们</p>'
            '<p style="text-align:center">分享　收藏　点赞　在看</p></div>'
            f'<div class="rich_media_tool"><a>阅读原文</a><span>阅读 {_n(rng, 4)}</span><span>赞 {_n(rng, 2)}</span>'
            f'<span>在看 {rng.randint(1, 9)}</span></div></div></div>')
    return (f"<title>{esc(art['title'])}</title>", body,
            f"https://mp.weixin.qq.com/s?__biz=Mz{_n(rng, 9)}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 12)}")


TEMPLATES = {"cgj_srzz_duibi": cgj_srzz_duibi, "jw_mp_kaixue_xuzhi": jw_mp_kaixue_xuzhi,
             "xzf_zcwj_wenhao_jd": xzf_zcwj_wenhao_jd, "xww_dfpd_kuaixun_list": xww_dfpd_kuaixun_list,
             "fl_portal_jtjy_jiangzuo": fl_portal_jtjy_jiangzuo, "epaper_zhoukan_zhuanlan": epaper_zhoukan_zhuanlan,
             "zhen_mp_rjhj_hongheibang": zhen_mp_rjhj_hongheibang}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages43", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
