"""Build the forty-fourth saved-page set (``pages44``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 市 住房公积金中心 portal 政策解读 with 办理流程
steps (``gjj_zcjd_liucheng``), a 县 纪委监委 site 通报 with numbered cases
(``xjw_tongbao_dianxing``), a 省/市 党报 客户端 分享页 with an 打开APP banner and a 展开全文 fold
(``sdb_app_share_dkapp``), a 区 公众号 招聘 notice with a 岗位 table and 报名 lines
(``qu_mp_zhaopin_gangwei``), a 区 政协 portal 委员提案 news on an old table layout
(``zx_tian_weiyuan``), a 人民网-like 观点 评论 page (``rmw_pinglun_pd``) and an e-paper 社区版 with a
便民信息 box (``epaper_shequ_bianmin``). ``articles.txt`` holds the title, date and reference body;
the furniture (not body) is written here. See README.md.

    python tests/data/web/pages44/build.py
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
    """A subheading inside the text: short, no full stop, no colon (still body)."""
    return len(p) <= 20 and "。" not in p and "：" not in p and "，" not in p


def _row(p: str) -> bool:
    """A table row inside the text (cells joined by single spaces, no sentence punctuation)."""
    return " " in p and "。" not in p and "，" not in p and "：" not in p


def _table(rows: list[str], cls: str = "") -> str:
    """Rows of a table inside the text; the first row is the header."""
    out = []
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r.split(" ")) + "</tr>")
    return f'<table border="1" cellspacing="0" {cls}><tbody>{"".join(out)}</tbody></table>'


def _paras(body: list[str], para, head=None, table=_table) -> str:
    """The text: runs of table rows become one table, heads and paragraphs their own markup."""
    out, rows = [], []
    for p in body + [""]:
        if p and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(table(rows))
            rows = []
        if not p:
            continue
        out.append(head(p) if head and _head(p) else para(p))
    return "".join(out)


def _related(others, n, fmt) -> str:
    """A 相关/推荐 list of other articles with their dates (furniture)."""
    return "".join(f'<li><a href="#">{esc(t)}</a><span class="date">{fmt(d)}</span></li>' for t, d in others[:n])


def _gov_footer(site: str, rng, prov: str = "渝") -> str:
    return (f'<div class="footer"><p>主办单位：{site}　承办：{site}办公室</p><p>{prov}ICP备{_n(rng, 8)}号　'
            f'<img src="/images/ga.png">{prov}公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a></p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"></p></div>')


GJJ = {"p01": ("重庆市住房公积金管理中心", "渝", "cqgjj.cn", "《重庆市住房公积金支付购房首付款实施细则》"),
       "p02": ("绵阳市住房公积金管理中心", "蜀", "mygjj.gov.cn", "《绵阳市住房公积金租房提取管理办法（修订）》")}


def gjj_zcjd_liucheng(art, rng, others):
    """公积金中心 portal 政策解读: 文件 link line, 字号 bar, 一、 heads, （一） steps; p02 a 一图读懂 with
    question heads and a picture above the text."""
    y, m, d = _ymd(art)
    site, prov, host, doc = GJJ[art["id"]]
    if art["id"] == "p01":
        paras = _paras(art["body"], lambda p: f"<p>{IND}{esc(p)}</p>",
                       lambda p: f'<p>{IND}<strong><font face="黑体">{esc(p)}</font></strong></p>')
        info = (f'<span>发布日期：{y}-{m}-{d}</span><span>来源：市公积金中心</span>'
                f'<span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span>'
                f'<span>浏览次数：<script>document.write("{_n(rng, 4)}")</script></span>')
        top = ""
    else:
        paras = _paras(art["body"], lambda p: f'<p style="text-indent:2em">{esc(p)}</p>',
                       lambda p: f'<p style="text-align:center;color:#1a5fb4"><b>{esc(p)}</b></p>')
        info = (f'<span class="time">{int(y)}/{int(m)}/{int(d)} {_hm(rng)}</span>&nbsp;&nbsp;'
                f'<span>更新时间：{y}-{m}-{int(d) + 2:02d}</span>&nbsp;&nbsp;'
                '<span>信息来源：中心办公室</span>&nbsp;&nbsp;<span>【<a>打印</a>】</span>')
        top = '<p style="text-align:center"><img src="./W0202403_tu1.png" alt="一图读懂"></p>'
    body = (f'<div class="head"><div class="logo"><img src="/img/logo.png" alt="{site}"></div>'
            '<div class="search"><input value="请输入关键字"><a>搜索</a></div>'
            '<ul class="nav"><li>首页</li><li>政务公开</li><li>政策法规</li><li>办事服务</li><li>互动交流</li></ul></div>'
            '<div class="location">您当前的位置：<a>首页</a> &gt; <a>政策法规</a> &gt; <a>政策解读</a></div>'
            f'<div class="article-box"><div class="tit"><h2>{esc(art["title"])}</h2></div>'
            f'<div class="info">{info}</div>'
            f'<div class="wj">相关文件：<a href="#">{doc}</a></div>'
            f'<div class="zw TRS_Editor"><div class="TRS_Editor">{top}{paras}</div></div>'
            '<div class="ewm"><img src="/qr.png"><p>扫一扫在手机打开当前页</p></div>'
            '<div class="fx">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>'
            '<div class="print"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>'
            f'<div class="xgjd"><h3>相关解读</h3><ul>{_related(others, 4, lambda s: s)}</ul></div></div>'
            + _gov_footer(site, rng, prov))
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="SiteName" content="{site}">'
            f'<meta name="ColumnName" content="政策解读"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="{site}">')
    return head, body, f"http://www.{host}/zcfg/zcjd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def xjw_tongbao_dianxing(art, rng, others):
    """县 纪委监委 site 通报: numbered cases (p03 a bold case line then its paragraph, p04 the case
    number inside one paragraph), 举报 box, 曝光台 sidebar, document.write counter."""
    y, m, d = _ymd(art)
    county = {"p03": "酉阳", "p04": "巫山"}[art["id"]]
    if art["id"] == "p03":
        paras = "".join(f'<p>{IND}<b>{esc(p)}</b></p>' if p[:2] in {f"{i}." for i in range(1, 10)}
                        else f'<p>{IND}{esc(p)}</p>' for p in art["body"])
        info = (f'<span>发布时间：{y}-{m}-{d} {_hms(rng)}</span><span>来源：县纪委监委</span>'
                f'<span>点击数：<script language="javascript">document.write({_n(rng, 4)});</script></span>')
    else:
        paras = "".join(f'<p style="text-indent:2em;line-height:2">{esc(p)}</p>' for p in art["body"])
        info = (f'发布时间：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;来源：巫山县纪委监委&nbsp;&nbsp;&nbsp;&nbsp;'
                '作者：宣传部&nbsp;&nbsp;&nbsp;&nbsp;【<a>大</a> <a>中</a> <a>小</a>】')
    body = (f'<div class="top"><img src="/images/banner.jpg" alt="中共{county}县纪律检查委员会 {county}县监察委员会"></div>'
            '<div class="menu"><a>首页</a><a>工作动态</a><a>审查调查</a><a>曝光台</a><a>党纪法规</a><a>廉政文化</a><a>信访举报</a></div>'
            '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td width="720" valign="top">'
            '<div class="dqwz">当前位置：<a>首页</a> &gt;&gt; <a>曝光台</a> &gt;&gt; <a>通报曝光</a></div>'
            f'<div class="con"><h1 class="con_title">{esc(art["title"])}</h1><div class="con_info">{info}</div>'
            f'<div class="con_text" id="fontzoom">{paras}</div>'
            '<div class="jbbox" style="border:1px solid #c00"><p><b>举报方式</b></p><p>来信请寄：县纪委监委信访室</p>'
            '<p>举报电话：12388</p><p>网络举报：www.12388.gov.cn</p></div>'
            '<div class="sxp"><p>上一篇：<a>县纪委监委召开警示教育大会</a></p><p>下一篇：<a>以案促改 筑牢防线</a></p></div>'
            '<div class="gn">【<a>打印本页</a>】【<a>关闭窗口</a>】</div></div></td>'
            '<td width="260" valign="top" class="right"><div class="bgt"><h3>曝光台</h3><ul>'
            + _related(others, 5, lambda s: s[5:]) + '</ul></div><div class="ewm"><img src="/wx.jpg"><p>扫码关注“清风'
            f'{county}”</p></div></td></tr></table>'
            f'<div class="foot">中共{county}县纪律检查委员会　{county}县监察委员会　版权所有<br>'
            f'渝ICP备{_n(rng, 8)}号　技术支持：{county}县融媒体中心</div>')
    head = f'<title>{county}县纪委监委--{esc(art["title"])}</title><meta name="keywords" content="通报,典型案例">'
    return head, body, f"http://www.{'yyjw' if art['id'] == 'p03' else 'wsjjjc'}.gov.cn/bgt/tbbg/{y}{m}{d}/{_n(rng, 5)}.html"


def sdb_app_share_dkapp(art, rng, others):
    """Party paper's app share page: 打开APP banner, byline, text folded after 6 (p05) or 4 (p06)
    paragraphs under a 展开全文 button, 责任编辑 lines, 热门推荐, 下载APP bar."""
    y, m, d = _ymd(art)
    app, src, editor = {"p05": ("新重庆", "新重庆-重庆日报", "记者 谭颖 摄影 罗斌"),
                        "p06": ("川观新闻", "川观新闻", "川观新闻记者 王雪")}[art["id"]]
    fold = 6 if art["id"] == "p05" else 4
    ps = [f'<p>{esc(p)}</p>' if not p.startswith("记者：") else f'<p><strong>{esc(p)}</strong></p>'
          for p in art["body"]]
    if art["id"] == "p05":
        ps.insert(3, '<p style="text-align:center"><img src="https://img.cqrb/pic1.jpg"></p>'
                  '<p class="pic-desc" style="text-align:center">安置小区的帮扶车间里，居民在加工服装。记者 罗斌 摄</p>')
    text = "".join(ps[:fold]) + f'<div class="fold" style="height:0;overflow:hidden">{"".join(ps[fold:])}</div>'
    when = (f'{y}-{m}-{d} {_hm(rng)}' if art["id"] == "p05" else f'{m}-{d} {_hm(rng)}')
    body = (f'<div class="open-app-top"><img src="logo_{app}.png"><span>{app}</span><span>打开APP 阅读更多精彩内容</span>'
            '<a class="btn">打开</a></div>'
            f'<div class="article"><h1 class="title">{esc(art["title"])}</h1>'
            f'<div class="meta"><span class="source">{src}</span><span class="time">{when}</span></div>'
            f'<div class="author">{editor}</div>'
            + ('<div class="editor-note" style="background:#f5f5f5"><p><strong>编者按</strong>：十年前，一批批库区群众告别故土、'
               '搬进新居。本网今起推出“移民新村十年”系列报道，记录他们的新生活。</p></div>' if art["id"] == "p05" else "")
            + f'<div class="article-content" id="content">{text}</div>'
            '<div class="unfold"><a>展开全文</a></div>'
            f'<div class="edit"><p>责任编辑：{"刘洋" if art["id"]=="p05" else "张蕾"}</p><p>审核：{"周平" if art["id"]=="p05" else "李军"}</p></div>'
            f'<div class="statement">本文为{app}原创，未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</div>'
            f'<div class="likes"><span>点赞 {_n(rng, 3)}</span><span>分享</span></div>'
            f'<div class="recommend"><h3>热门推荐</h3><ul>{_related(others, 4, lambda s: "")}</ul></div>'
            f'<div class="comment">评论（{_n(rng, 2)}）<p>打开APP参与评论</p></div></div>'
            f'<div class="open-app-bottom">下载{app}APP 看更多精彩内容 <a>立即打开</a></div>')
    head = (f'<title>{esc(art["title"])}</title><meta name="description" content="{esc(art["body"][0][:60])}">'
            + (f'<meta name="publishdate" content="{y}-{m}-{d}">' if art["id"] == "p06" else "")
            + f'<meta property="og:title" content="{esc(art["title"])}"><meta name="viewport" content="width=device-width">')
    url = (f"https://app.cqrb.cn/html/share/{y}{m}{d}/{_n(rng, 7)}.html" if art["id"] == "p05"
           else f"https://cbgc.scol.com.cn/share/{_n(rng, 8)}?app=1")
    return head, body, url


def qu_mp_zhaopin_gangwei(art, rng, others):
    """区 公众号 招聘 notice: 点击蓝字 line, red heads, 岗位 table (body), 报名 lines (body),
    signature + date and 附件 lines (not body), 阅读原文 row, 往期回顾."""
    y, m, d = _ymd(art)
    acc, sig = {"p07": ("南岸发布", "南岸区民政局"), "p08": ("渝中卫健", "渝中区卫生健康委员会")}[art["id"]]
    tab = lambda rows: ('<section style="overflow-x:auto">' + _table(rows, 'style="width:100%;font-size:13px"')
                        + '</section>')
    paras = _paras(art["body"],
                   lambda p: f'<p style="text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>',
                   lambda p: (f'<section style="background:#d32;color:#fff;padding:2px 8px;display:inline-block">'
                              f'<p><strong>{esc(p)}</strong></p></section>'), tab)
    sd = f"{y}年{int(m)}月{int(d) - 1}日"
    body = (f'<div class="rich_media_area_primary"><h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_text">{acc}</span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {_hm(rng)}</em>'
            '<em class="rich_media_meta">重庆</em></div><div class="rich_media_content" id="js_content">'
            f'<p style="text-align:center"><span style="color:#1e6fff">点击蓝字 关注{acc}</span></p>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/top.gif"></p>{paras}'
            f'<p style="text-align:right">{sig}</p><p style="text-align:right">{sd}</p>'
            f'<p>附件：{"南岸区2023年公开招聘社区专职工作者报名表" if art["id"]=="p07" else "报名登记表"}'
            '（请点击“阅读原文”下载）</p>'
            f'<p><span style="font-size:12px;color:#999">来源：{sig}</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{"罗丹" if art["id"]=="p07" else "邓一"}　审核：刘涛</span></p>'
            f'<section><p><strong>往期回顾</strong></p>{"".join(f"<p>{esc(t)}</p>" for t, _ in others[:3])}</section>'
            '<p style="text-align:center"><img data-src="qr.jpg"></p><p style="text-align:center">扫码关注我们</p></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 5)}</span>'
            f'<span>分享</span><span>点赞 {_n(rng, 2)}</span><span>在看 {_n(rng, 2)}</span></div></div>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 6)}aZ{_n(rng, 9)}"


def zx_tian_weiyuan(art, rng, others):
    """区 政协 portal 委员提案 news: table layout, <font>, p09 `<br>` paragraphs with `&nbsp;` indents
    and a `2023-2-27` info line, p10 no visible date (meta + URL only), a 委员风采 strip."""
    y, m, d = _ymd(art)
    dist = {"p09": "九龙坡", "p10": "江北"}[art["id"]]
    if art["id"] == "p09":
        text = ('<div class="nr"><font size="3">' + "<br>".join(f'&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}'
                for p in art["body"]) + '</font></div>')
        info = (f'<td align="center" class="info">作者：区政协提案委&nbsp;&nbsp;来源：本站原创&nbsp;&nbsp;'
                f'发布时间：{int(y)}-{int(m)}-{int(d)}&nbsp;&nbsp;阅读：{_n(rng, 3)}次</td>')
    else:
        text = "".join(f'<p>{IND}<font face="仿宋_GB2312" size="4">{esc(p)}</font></p>' for p in art["body"])
        text += ('<p align="center"><img src="/uploadfiles/xsh.jpg"></p>'
                 '<p align="center"><font color="#666">协商会现场（区政协办公室供图）</font></p>')
        info = '<td align="center" class="info">来源：区政协办公室&nbsp;&nbsp;【<a>打印</a>】</td>'
    body = (f'<table width="1002" align="center" cellpadding="0" cellspacing="0"><tr><td class="banner">'
            f'<img src="/images/banner.jpg" alt="中国人民政治协商会议重庆市{dist}区委员会"></td></tr>'
            '<tr><td class="menu"><a>首页</a> | <a>政协要闻</a> | <a>提案工作</a> | <a>委员风采</a> | <a>社情民意</a> | <a>文史资料</a></td></tr></table>'
            '<table width="1002" align="center"><tr><td width="240" valign="top"><div class="lm"><b>提案工作</b></div>'
            '<ul><li>提案动态</li><li>提案办理</li><li>优秀提案</li></ul>'
            '<div class="wyfc"><b>委员风采</b><ul>' + "".join(f"<li>{esc(t[:14])}…</li>" for t, _ in others[:3]) + '</ul></div></td>'
            '<td valign="top"><table width="100%"><tr><td class="wz">您的位置：首页 &gt;&gt; 提案工作 &gt;&gt; 提案动态</td></tr>'
            f'<tr><td align="center" class="bt"><font size="5" color="#b00"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr>{info}</tr><tr><td class="zw">{text}</td></tr>'
            '<tr><td align="right">【<a>关闭窗口</a>】【<a>返回顶部</a>】</td></tr>'
            '<tr><td class="xg"><b>相关文章</b><br>' + "<br>".join(f"·{esc(t)}" for t, _ in others[3:6]) + '</td></tr>'
            '</table></td></tr></table>'
            f'<div class="bottom">版权所有：政协重庆市{dist}区委员会办公室　地址：重庆市{dist}区xx路xx号<br>'
            f'渝ICP备{_n(rng, 8)}号-1</div>')
    head = (f'<title>{esc(art["title"])}-政协重庆市{dist}区委员会</title>'
            + (f'<meta name="publishdate" content="{y}-{m}-{d}">' if art["id"] == "p10" else ""))
    url = (f"http://www.jlpzx.gov.cn/ShowArticle.asp?ArticleID={_n(rng, 4)}" if art["id"] == "p09"
           else f"http://www.cqjbzx.gov.cn/tagz/tadt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html")
    return head, body, url


def rmw_pinglun_pd(art, rng, others):
    """人民网-like 观点 channel 评论 page: channel nav, a kicker 人民网评 line, 来源 line, the text, an
    编者按-free 作者 line at the end (not body), 责编, 热点排行, 相关评论 with 2023/10/15 dates."""
    y, m, d = _ymd(art)
    paras = "".join(f"<p>{IND}{esc(p)}</p>" for p in art["body"])
    body = ('<div class="w1000 topbar"><a>人民网首页</a> | <a>观点</a> | <a>人民网评</a> | <a>人民时评</a> | <a>求是网评</a></div>'
            '<div class="w1000 route"><a>人民网</a>&gt;&gt;<a>观点</a></div>'
            '<div class="w1000 clearfix"><div class="col col-1 fl rm_txt">'
            f'<h3 class="pre">人民网评</h3><h1>{esc(art["title"])}</h1>'
            f'<div class="col-1-1 fl">{y}年{m}月{d}日{_hm(rng)}&nbsp;|&nbsp;来源：<a>人民网－观点频道</a></div>'
            '<div class="col-1-2 fr"><span>分享到：</span><a class="wx"></a><a class="wb"></a><a>手机看新闻</a></div>'
            f'<div class="rm_txt_con cf">{paras}'
            '<p class="author_end">（作者：林远　系评论员）</p>'
            f'<p class="edit">(责编：{"赵欣" if rng.random() < 0.5 else "孙宇"}、王俊)</p></div>'
            '<div class="rm_relevant"><h2>相关评论</h2><ul>' + _related(others, 5, lambda s: s.replace("-", "/"))
            + '</ul></div><div class="message">已有<span>' + str(_n(rng, 3)) + '</span>人参与　<a>我要留言</a></div></div>'
            '<div class="col col-2 fr"><h2>热点排行</h2><ol>' + "".join(f"<li>{esc(t)}</li>" for t, _ in others[5:10])
            + '</ol></div></div>'
            '<div class="footer"><p>人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟</p>'
            '<p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p>'
            '<p>Copyright &copy; 1997-2023 by www.people.com.cn. all rights reserved</p></div>')
    head = (f'<title>{esc(art["title"])}--观点--人民网</title><meta name="publishdate" content="{y}-{m}-{d}">'
            f'<meta name="author" content="林远"><meta name="source" content="来源：人民网－观点频道">')
    return head, body, f"http://opinion.people.com.cn/n1/{y}/{m}{d}/c1003-{_n(rng, 8)}.html"


def epaper_shequ_bianmin(art, rng, others):
    """e-paper 社区版 (XHTML-like table e-paper): issue line with weekday, 版次 select, 上一版/下一版/PDF,
    引题, the text in `<founder-content>` with `&nbsp;` indents, a second short article's headline
    list, a 便民信息 box (停水/停电 notices: not this article), copyright line."""
    y, m, d = _ymd(art)
    paras = "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in art["body"])
    body = (f'<div class="header"><span class="paper">沙坪坝报</span><span>{y}年{m}月{d}日 {_week(art)}</span>'
            '<select><option>第01版：要闻</option><option>第02版：综合</option><option selected>第03版：社区</option></select>'
            '<a>上一版</a> <a>下一版</a> <a>PDF版</a> <a>往期回顾</a></div>'
            '<table width="1000" align="center"><tr><td width="360" valign="top" class="bm">'
            '<img src="../../../page_3.jpg" usemap="#PagePicMap"><div class="bmdh">第03版：社区</div>'
            '<ul class="bmlist">' + "".join(f"<li><a>{esc(t)}</a></li>" for t, _ in others[:3])
            + f'<li><a>{esc(art["title"])}</a></li></ul></td>'
            '<td valign="top" class="content"><table width="100%"><tr><td class="yt">变废为宝 邻里同乐</td></tr>'
            f'<tr><td class="bt"><h1>{esc(art["title"])}</h1></td></tr><tr><td class="ft"></td></tr>'
            f'<tr><td><div id="ozoom"><founder-content>{paras}</founder-content></div></td></tr></table>'
            '<table class="bianmin" width="100%" style="border:1px solid #393"><tr><td><b>便民信息</b></td></tr>'
            '<tr><td>停水通知：4月13日9:00至18:00，因管网改造，小龙坎正街部分区域停止供水，请居民提前储水。</td></tr>'
            '<tr><td>义诊预告：4月14日上午，区人民医院专家将在三峡广场开展免费义诊。</td></tr>'
            '<tr><td>服务热线：社区事务咨询 023-6531xxxx</td></tr></table>'
            '<div class="fy"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></td></tr></table>'
            '<div class="copyright">沙坪坝报社版权所有　未经书面授权不得复制或建立镜像</div>')
    head = f'<title>沙坪坝报-{y}年{m}月{d}日-{esc(art["title"])}</title>'
    return head, body, f"http://epaper.spbnews.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"


TEMPLATES = {"gjj_zcjd_liucheng": gjj_zcjd_liucheng, "xjw_tongbao_dianxing": xjw_tongbao_dianxing,
             "sdb_app_share_dkapp": sdb_app_share_dkapp, "qu_mp_zhaopin_gangwei": qu_mp_zhaopin_gangwei,
             "zx_tian_weiyuan": zx_tian_weiyuan, "rmw_pinglun_pd": rmw_pinglun_pd,
             "epaper_shequ_bianmin": epaper_shequ_bianmin}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages44", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
