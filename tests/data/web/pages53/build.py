"""Build the fifty-third saved-page set (``pages53``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 疾控中心 portal 健康提示 page with 症状 items
(``cdc_jkts_zhengzhuang``), a 高校 新闻网 学术讲座 news page (``gx_xww_jiangzuo``), a 区 法院
公众号 执行 post with a 失信名单 table (``fy_mp_zhixing_sx``), a 文联 公众号 作品展 post
(``wl_mp_zpz``), a 县 政府网 政策问答 page (``xzf_zcwd_wenda``), a 邮政管理局 portal 快递进村 news
page (``yzj_kdjc``) and a 区报 e-paper 第01版 page with a 报眼 短讯 column (``epaper_diyiban_baoyan``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written
here. See README.md.

    python tests/data/web/pages53/build.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import hm as _hm, hms as _hms, digits as _n, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _table(rows, attrs: str, cell) -> str:
    """Rows (cells joined by single spaces) as one ``<table>``; ``cell`` wraps a cell's text."""
    return (f"<table {attrs}><tbody>" + "".join(
        "<tr>" + "".join(f"<td>{cell(esc(c))}</td>" for c in r.split(" ")) + "</tr>" for r in rows)
        + "</tbody></table>")


def _paras(body, para_fn, table_fn) -> str:
    """Paragraphs through ``para_fn(index, text)``; runs of table rows through ``table_fn(rows)``."""
    out, run = [], []
    for i, p in enumerate(list(body) + [None]):
        if p is not None and _row(p):
            run.append(p)
            continue
        if run:
            out.append(table_fn(run))
            run = []
        if p is not None:
            out.append(para_fn(i, p))
    return "".join(out)


def _rel(others, n, fmt, start=0) -> str:
    return "".join(f'<li><a href="#" title="{esc(t)}">{esc(t)}</a><span class="time">{fmt(d)}</span></li>'
                   for t, d in others[start:start + n])


def _gov_foot(site: str, rng, copy: str = "©") -> str:
    return (f'<div class="footer"><p>主办：{site}　承办：{site}办公室</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-{rng.randint(1, 4)}　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号　'
            f'网站标识码：{_n(rng, 10)}</p><p>版权所有{copy} {site}　建议使用1366×768分辨率浏览</p>'
            '<p><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a></p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"><img src="/images/dzjg.png" alt="党政机关"></p></div>')


def _wx(art, rng, account: str, nick: str, content: str, others, t=None) -> tuple[str, str]:
    """A WeChat article shell around ``content``: title, 原创 label, account, publish_time, the
    阅读原文/阅读/赞/分享/在看 row and a 喜欢此内容的人还喜欢 strip."""
    y, m, d = _ymd(art)
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><h1 class="rich_media_title" '
            f'id="activity-name">\n          {esc(art["title"])}\n        </h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta '
            f'icon_appmsg_tag">原创</span><span class="rich_media_meta rich_media_meta_text">{account}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{nick}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t or _hm(rng)}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">发表于重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">{content}</div>'
            f'<div id="js_tags" class="article-tag__list"><span>收录于合集</span><a>#{nick} {_n(rng, 2)}个</a></div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a>'
            f'<span id="readNum3">阅读 {_n(rng, 4)}</span><span class="like_btn">赞 {_n(rng, 2)}</span>'
            f'<span>分享</span><span id="js_like_btn">在看 {_n(rng, 2)}</span></div>'
            '<div class="like_comment_wrp"><p class="title">喜欢此内容的人还喜欢</p>'
            + "".join(f'<div class="item"><p>{esc(t)}</p><span>{nick}</span></div>' for t, _ in others[4:7])
            + '</div><div id="js_cmt_area"><p>留言</p><p>写留言</p></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:site_name" content="微信公众平台"><meta name="author" content="{nick}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:40])}">')
    return head, body


def _wx_p(p: str) -> str:
    return (f'<p style="text-indent: 2em;line-height: 1.75em;margin-bottom: 15px;"><span style="font-size: 15px;'
            f'letter-spacing: 1px;font-family: 微软雅黑;">{esc(p)}</span></p>')


def _wx_cap(src: str, cap: str) -> str:
    return (f'<p style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{src}/640" '
            f'data-ratio="0.6666" style="width:100%"></p><p style="text-align: center;"><span style="font-size: 12px;'
            f'color: rgb(136, 136, 136);">{cap}</span></p>')


def cdc_jkts_zhengzhuang(art, rng, others):
    """区 疾控中心 portal 健康提示: p01 an old GBK table page (info spans run together with a
    ``document.write`` counter, ``<font>`` paragraphs, the signature and date, a 温馨提示 box); p02
    a div page (发布日期 span, photo + caption, 更新时间 line, a 健康小贴士 box, 相关阅读)."""
    y, m, d = _ymd(art)
    if art["id"] == "p01":
        site = "重庆市黔江区疾病预防控制中心"

        def para(i, p):
            if p.startswith(("一、", "二、", "三、")):
                return f'<p><b><font face="黑体" size="3">{IND}{esc(p)}</font></b></p>'
            if re.match(r"\d+\.", p):
                return f'<p><font face="宋体" size="3">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</font></p>'
            return f'<p><font face="宋体" size="3">{IND}{esc(p)}</font></p>'

        text = _paras(art["body"], para, None)
        body = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">'
                f'<tr><td height="120" background="/images/banner.jpg"><img src="/images/logo.gif" alt="{site}"></td></tr>'
                '<tr><td class="nav" height="36"><a>首页</a> | <a>中心概况</a> | <a>疾控动态</a> | <a>健康教育</a> | '
                '<a>疫情信息</a> | <a>预防接种</a> | <a>卫生监测</a> | <a>党建园地</a></td></tr></table>'
                '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="230" valign="top" class="left"><table width="100%"><tr><td class="lmbt">健康教育</td></tr>'
                '<tr><td><ul><li><a>健康提示</a></li><li><a>科普知识</a></li><li><a>慢病防治</a></li><li><a>营养与健康</a></li></ul></td></tr>'
                '<tr><td class="lmbt">热点文章</td></tr><tr><td><ul>'
                + "".join(f"<li><a>{esc(t[:14])}…</a></li>" for t, _ in others[:5])
                + '</ul></td></tr></table></td><td width="20"></td><td valign="top">'
                '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="wz" height="30">'
                '当前位置：<a>首页</a> &gt;&gt; <a>健康教育</a> &gt;&gt; <a>健康提示</a></td></tr>'
                f'<tr><td align="center" class="bt" height="60"><font size="5" color="#0a4d9e"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="xx"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：区疾控中心</span>'
                f'<span>作者：健康教育科</span><span>浏览次数：<script language="javascript">document.write("{_n(rng, 3)}");</script></span>'
                '<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></td></tr>'
                '<tr><td><hr size="1" color="#cccccc"></td></tr>'
                f'<tr><td class="zw" id="zoom">{text}'
                f'<p align="right"><font face="宋体" size="3">{site[3:]}</font></p>'
                f'<p align="right"><font face="宋体" size="3">{y}年{int(m)}月{int(d) - 3}日</font></p>'
                '<table width="90%" align="center" border="1" bordercolor="#f0a030" cellpadding="8" style="border-collapse:collapse">'
                '<tr><td bgcolor="#fff8e6"><b>温馨提示：</b>出现呕吐、腹泻症状请及时到医疗机构肠道门诊就诊，'
                f'疫情咨询电话：023-7923{_n(rng, 4)}（工作日）。</td></tr></table></td></tr>'
                '<tr><td align="right" height="40">【<a href="javascript:window.print()">打印本页</a>】'
                '【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
                f'<tr><td class="sxp">上一条：<a>{esc(others[5][0])}</a><br>下一条：<a>{esc(others[6][0])}</a></td></tr>'
                '</table></td></tr></table>'
                '<table width="1000" align="center" class="foot"><tr><td align="center">'
                f'主办单位：{site}　地址：黔江区城东街道某某路XX号　邮编：409000<br>'
                f'渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号　技术支持：某某网络</td></tr></table>')
        head = (f'<title>{esc(art["title"])}--{site}</title>'
                f'<meta name="keywords" content="诺如病毒,健康提示"><meta name="description" content="{esc(art["title"])}">')
        return head, body, f"http://www.qjcdc.cn/html/jkjy/jkts/{y}{m}/{_n(rng, 4)}.html"
    site = "重庆市荣昌区疾病预防控制中心"

    def para(i, p):
        out = (f'<p style="text-indent:2em;"><strong>{esc(p)}</strong></p>' if len(p) <= 10 and "，" not in p
               else f'<p style="text-indent:2em;">{esc(p)}</p>')
        if i == 10:
            out += ('<p style="text-align:center;"><img src="./W020240705388341234567.jpg" oldsrc="W020240705.jpg"></p>'
                    '<p style="text-align:center;">图为工作人员在广顺街道开展病媒生物密度监测。（区疾控中心供图）</p>')
        return out

    tip = ('<div class="xts"><h4>健康小贴士</h4><p>防蚊“三件套”：纱窗蚊帐挡一挡，驱蚊液体涂一涂，长衣长裤穿一穿。</p>'
           f'<p>如需咨询，可拨打荣昌区疾控中心电话 023-4672{_n(rng, 4)}。</p></div>')
    body = (f'<div class="top"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>'
            '<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>'
            '<div class="nav"><ul><li>首页</li><li>机构概况</li><li>新闻动态</li><li>健康提示</li><li>疾病防控</li>'
            '<li>政务公开</li><li>互动交流</li></ul></div>'
            '<div class="crumb">您当前的位置：<a>首页</a> &gt; <a>健康提示</a></div>'
            f'<div class="xl_con"><div class="xl_title"><h1>{esc(art["title"])}</h1></div>'
            f'<div class="xl_info"><span>发布日期：{y}年{m}月{d}日</span><span>来源：荣昌区疾控中心</span>'
            f'<span>阅读：<em id="readcount">{_n(rng, 3)}</em></span>'
            '<span class="zh">字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
            f'<div class="TRS_Editor" id="zoom">{_paras(art["body"], para, None)}</div>'
            f'<div class="gxsj">更新时间：2024-07-08 {_hm(rng)}</div>{tip}'
            '<div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a>'
            '<a class="bds_qzone">QQ空间</a></div>'
            '<div class="dyj"><a>【打印】</a><a>【关闭】</a></div>'
            f'<div class="xgyd"><h3>相关阅读</h3><ul>{_rel(others, 4, lambda s: s)}</ul></div></div>'
            + _gov_foot(site, rng))
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="荣昌区疾控中心">'
            '<meta name="ColumnName" content="健康提示"><meta name="SiteName" content="荣昌区疾病预防控制中心">')
    return head, body, f"http://www.rccdc.cn/jkts/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def gx_xww_jiangzuo(art, rng, others):
    """高校 新闻网 学术讲座 news: a WebPlus-like page (p03: 发布时间 2023/5/12, a 主讲人简介 box in
    the text, photo + caption, bold 问： turns, 供稿/摄影/编辑/审核 chain); p04: no visible date
    (publishdate meta and URL), 讲座时间/地点/主讲人 items, a 主讲人简介 card, 文/图 credits."""
    y, m, d = _ymd(art)
    school = {"p03": "渝州大学", "p04": "巴渝科技学院"}[art["id"]]

    def para(i, p):
        if p.startswith("问："):
            out = f'<p style="text-indent:2em;"><strong>{esc(p)}</strong></p>'
        elif p.startswith(("讲座时间：", "讲座地点：", "主讲人：")):
            k, v = p.split("：", 1)
            out = f'<p style="text-indent:2em;"><strong>{k}：</strong>{esc(v)}</p>'
        else:
            out = f'<p style="text-indent:2em;">{esc(p)}</p>'
        if art["id"] == "p03" and i == 1:
            out += ('<p style="text-align:center"><img src="/_upload/article/images/a1/3f/讲座现场.jpg" width="600"></p>'
                    '<p style="text-align:center"><span style="font-family:楷体">讲座现场（学生记者 肖雨 摄）</span></p>'
                    '<div class="jzr_box" style="border:1px solid #ddd;padding:10px;background:#f7f7f7">'
                    '<p><strong>主讲人简介</strong></p><p>林国栋，中国工程院院士，长期从事大型水力发电装备研究，'
                    '主持完成多项国家重大科技专项，获国家科学技术进步奖一等奖2项。</p></div>')
        if art["id"] == "p04" and i == 3:
            out += ('<div class="card" style="background:#eef5ff;padding:8px 12px;margin:10px 0">'
                    '<p>【主讲人简介】韩晓梅，法学博士，教授，博士生导师，主要研究方向为基层治理与数字政府，'
                    '出版专著3部。</p></div>')
        if art["id"] == "p04" and i == 7:
            out += ('<p style="text-align:center"><img src="/_upload/article/images/2024/1018/jz2.jpg"></p>'
                    '<p style="text-align:center">讲座现场</p>')
        return out

    crumbs = '<div class="col_path">当前位置：<a>首页</a>&gt;<a>学术动态</a>&gt;<a>正文</a></div>'
    if art["id"] == "p03":
        metas = (f'<span class="arti_update">发布时间：{y}/{int(m)}/{int(d)}</span><span class="arti_publisher">来源：科研处</span>'
                 f'<span class="arti_views">浏览次数：<span class="WP_VisitCount">{_n(rng, 4)}</span></span>')
        tail = '<p style="text-align:right">（供稿：科研处　摄影：学生记者团　编辑：宋玲　审核：刘建）</p>'
    else:
        metas = ('<span class="arti_publisher">作者：马克思主义学院</span><span>来源：科研处</span>'
                 f'<span class="arti_views">点击数：<script>_showDynClicks("wbnews", {_n(rng, 6)}, {_n(rng, 4)})</script></span>')
        tail = '<p style="text-align:right">文/图：马克思主义学院　编辑：王琳　审核：胡涛</p>'
    body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="{school}新闻网"></div>'
            '<ul class="menu"><li>首页</li><li>学校要闻</li><li>综合新闻</li><li>学术动态</li><li>媒体关注</li>'
            f'<li>校园文化</li><li>图片新闻</li><li>视频{school[:2]}</li></ul></div>'
            f'<div class="wrapper" id="d-container"><div class="inner">{crumbs}'
            f'<div class="article"><h1 class="arti_title">{esc(art["title"])}</h1><p class="arti_metas">{metas}</p>'
            f'<div class="entry"><div class="read"><div class="wp_articlecontent">'
            f'{_paras(art["body"], para, None)}{tail}</div></div></div>'
            f'<div class="next_prev"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[1][0])}</a></p></div>'
            '</div></div>'
            f'<div class="xgxw"><h3>相关新闻</h3><ul>{_rel(others, 4, lambda s: s, 2)}</ul></div></div>'
            f'<div class="footer"><p>版权所有：{school}党委宣传部　地址：重庆市某某区某某路XX号</p>'
            f'<p>渝ICP备{_n(rng, 8)}号　投稿邮箱：xwzx@xxx.edu.cn</p></div>')
    head = f'<title>{esc(art["title"])}-{school}新闻网</title>'
    if art["id"] == "p04":
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="description" content="{esc(art["body"][0][:50])}">'
        url = f"https://news.bykj.edu.cn/{y}/{m}{d}/c{_n(rng, 4)}a{_n(rng, 6)}/page.htm"
    else:
        url = f"https://news.yzdx.edu.cn/info/{_n(rng, 4)}/{_n(rng, 5)}.htm"
    return head, body, url


def fy_mp_zhixing_sx(art, rng, others):
    """区 法院 公众号 执行 post: p05 a 失信名单 table in the text, an 执行小课堂 box and a 举报 box
    after it; p06 one-line paragraphs, ▲ captions and a video card; both credits, 往期推荐, QR."""
    court = {"p05": "綦江区人民法院", "p06": "南川区人民法院"}[art["id"]]
    nick = {"p05": "綦江法院", "p06": "南川法院"}[art["id"]]

    def table(rows):
        return ('<section style="overflow-x:auto"><table style="width:100%;border-collapse:collapse;font-size:13px">'
                + "".join("<tr>" + "".join(f'<td style="border:1px solid #999;text-align:center;padding:4px">'
                                           f'<section><span>{esc(c)}</span></section></td>' for c in r.split(" "))
                          + "</tr>" for r in rows) + "</table></section>")

    def para(i, p):
        out = _wx_p(p)
        if art["id"] == "p06" and i == 3:
            out += _wx_cap("x1", "▲执行干警凌晨集结出发")
        if art["id"] == "p06" and i == 7:
            out += _wx_cap("x2", "▲被执行人当场履行欠款")
        if art["id"] == "p06" and i == 9:
            out += ('<section class="video_card"><p>执行现场视频</p><iframe class="video_iframe rich_pages" '
                    'data-vidtype="2" data-src="https://v.qq.com/iframe/preview.html?vid=x0011"></iframe>'
                    f'<p>时长 0{rng.randint(1, 4)}:{rng.randint(10, 59)}</p></section>')
        return out

    top = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/top/0"></section>'
           f'<p style="text-align:center"><span style="color:#b71c1c;font-size:12px">点击上方蓝字 关注{nick}</span></p>')
    if art["id"] == "p05":
        after = ('<section style="border:2px solid #b71c1c;border-radius:6px;padding:10px;margin:20px 0">'
                 '<p style="text-align:center"><strong>执行小课堂</strong></p>'
                 '<p>什么是失信被执行人？被执行人有履行能力而拒不履行生效法律文书确定义务的，人民法院将其纳入失信名单。</p></section>'
                 '<section style="background:#fbe9e7;padding:10px"><p>举报线索请拨打执行举报电话：023-4867XXXX</p>'
                 '<p>对提供线索的人员，法院将严格保密。</p></section>')
        credit = "来源：执行局　编辑：何蕾　审核：罗斌"
        t = "18:05"
    else:
        after = ""
        credit = "文字：执行局 周亮　图片/视频：政治部　编辑：谭欣　审核：陈军"
        t = "07:30"
    content = (top + _paras(art["body"], para, table) + after
               + f'<p><span style="font-size:12px;color:#888">{credit}</span></p>'
               '<section><p style="text-align:center"><strong>往期推荐</strong></p>'
               + "".join(f'<p><a>{esc(t2)}</a></p>' for t2, _ in others[:3])
               + '</section><p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr/0"></p>'
               f'<p style="text-align:center">{court}</p><p style="text-align:center">长按二维码关注</p>')
    head, body = _wx(art, rng, court, nick, content, others, t)
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 9)}fy{_n(rng, 9)}"


def wl_mp_zpz(art, rng, others):
    """文联 公众号 作品展 post: p07 展讯 with 展览时间/地点/开放时间 items, a 部分作品欣赏 gallery
    and a 主办/承办 card after the text; p08 an 编者按 box, bold 坚持…，… heads, photos with captions."""
    acc = {"p07": "重庆市文学艺术界联合会", "p08": "大足区文学艺术界联合会"}[art["id"]]
    nick = {"p07": "重庆文艺", "p08": "大足文联"}[art["id"]]

    def para(i, p):
        if p.startswith(("展览时间：", "展览地点：", "开放时间：")):
            k, v = p.split("：", 1)
            return (f'<section style="padding-left:2em;line-height:2em"><span style="color:#a0522d">'
                    f'<strong>{k}：</strong></span><span>{esc(v)}</span></section>')
        if p.startswith("坚持"):
            return (f'<section style="text-align:center;margin:24px 0 12px"><section style="display:inline-block;'
                    f'border-bottom:2px solid #8b0000;padding:0 6px"><strong><span style="color:#8b0000;font-size:16px">'
                    f'{esc(p)}</span></strong></section></section>')
        out = _wx_p(p)
        if art["id"] == "p08" and i in (4, 7):
            out += _wx_cap(f"d{i}", {4: "▲书法篆刻作品展开幕现场", 7: "▲书法家现场为群众书写春联"}[i])
        return out

    top = f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{art["id"]}banner/0"></section>'
    if art["id"] == "p08":
        top += ('<section style="border:1px solid #c9a96e;background:#fdf8ef;padding:12px;margin:12px 0">'
                '<p><span style="color:#8b5a2b"><strong>编者按：</strong>千年石刻，翰墨传承。新春将至，'
                '区文联以书法篆刻的方式向石刻艺术致敬。一起走进展厅看看吧！</span></p></section>')
        after = '<p style="text-align:center"><span style="font-size:12px;color:#999">（主办：大足区文联　承办：区书法家协会）</span></p>'
        credit = "来源：区书法家协会　编辑：黄露　审核：邓勇"
    else:
        works = [("《巫峡秋色》", "国画"), ("《山城晨雾》", "油画"), ("《老街新事》", "版画")]
        after = ('<section style="text-align:center;margin-top:20px"><strong style="color:#a0522d">部分作品欣赏</strong></section>'
                 + "".join(_wx_cap(f"w{k}", f"{n}　{g}") for k, (n, g) in enumerate(works))
                 + '<section style="background:#f5efe6;padding:10px;margin-top:12px"><p>主办单位：重庆市文学艺术界联合会</p>'
                 '<p>承办单位：重庆市美术家协会</p><p>协办单位：重庆美术馆</p></section>')
        credit = "来源：市美协　编辑：文欣　审核：郑一鸣"
    content = (top + _paras(art["body"], para, None) + after
               + f'<p><span style="font-size:12px;color:#888">{credit}</span></p>'
               '<p style="text-align:center"><strong>— 往期回顾 —</strong></p>'
               + "".join(f'<p><a>{esc(t)}</a></p>' for t, _ in others[:3])
               + '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr/1"></p>'
               f'<p style="text-align:center">{nick}｜扫码关注</p>')
    head, body = _wx(art, rng, acc, nick, content, others)
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 9)}wl{_n(rng, 9)}"


def xzf_zcwd_wenda(art, rng, others):
    """县 政府网 政策问答: p09 a GBK page with an 信息公开 grid (发布日期 only there), bold 问：
    turns, （一） items, a 相关文件 link and a 解读机关 line; p10 a div page (发布日期 span, bold
    numbered questions, an ``<ol>`` of steps, 更新时间, a 相关链接 box, 扫一扫, 分享)."""
    y, m, d = _ymd(art)
    site = {"p09": "丰都县人民政府", "p10": "忠县人民政府"}[art["id"]]
    if art["id"] == "p09":
        def para(i, p):
            if p.startswith("问："):
                return f'<p style="text-indent:2em"><b>{esc(p)}</b></p>'
            return f'<p style="text-indent:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">{esc(p)}</span></p>'

        grid = ('<table class="xxgk_table" width="100%" border="1" cellspacing="0" cellpadding="5">'
                f'<tr><td>索引号：</td><td>11500230{_n(rng, 4)}X/{y}-{_n(rng, 5)}</td><td>发布机构：</td><td>丰都县医疗保障局</td></tr>'
                f'<tr><td>生成日期：</td><td>{y}-{m}-{int(d) - 2:02d}</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr>'
                '<tr><td>主题分类：</td><td>卫生、体育\\医药管理</td><td>文号：</td><td>无</td></tr>'
                f'<tr><td>标题：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
        body = (f'<div class="head"><img src="/images/banner.jpg" alt="{site}"></div>'
                '<div class="menu"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进丰都</a></div>'
                '<div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政策解读</a></div>'
                f'<div class="zwgk_con">{grid}<div class="zw_title"><h1>{esc(art["title"])}</h1></div>'
                f'<div class="zw_con" id="zoom">{_paras(art["body"], para, None)}</div>'
                '<div class="xgwj"><p>相关文件：<a>《丰都县城乡居民基本医疗保险实施办法》</a></p></div>'
                '<div class="jdjg"><p>解读机关：丰都县医疗保障局　解读人：县医保局待遇保障科　'
                f'联系电话：023-7060{_n(rng, 4)}</p></div>'
                '<div class="tools">【<a>打印本页</a>】【<a>关闭窗口</a>】【<a>返回顶部</a>】</div></div>'
                + _gov_foot(site, rng, ""))
        head = (f'<title>{esc(art["title"])}_{site}</title><meta name="SiteName" content="{site}">'
                f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
                '<meta name="ColumnName" content="政策解读"><meta name="ContentSource" content="县医保局">')
        return head, body, f"http://www.cqfd.gov.cn/zwgk_264/zcjd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"

    steps = [p for p in art["body"] if p.endswith("；") or (p.endswith("。") and p.startswith("审批通过"))]

    def para(i, p):
        if p in steps:
            first = p == steps[0]
            last = p == steps[-1]
            return ("<ol>" if first else "") + f"<li>{esc(p)}</li>" + ("</ol>" if last else "")
        if re.match(r"\d+\.", p):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        return f'<p style="text-indent:2em">{esc(p)}</p>'

    body = (f'<div class="header"><div class="logo">{site}</div><div class="tq">忠县 晴 8~16℃</div></div>'
            '<div class="nav"><ul><li>首页</li><li>要闻动态</li><li>政务公开</li><li>政务服务</li><li>政民互动</li></ul></div>'
            '<div class="dqwz">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政策解读</a> &gt; <a>图文解读</a></div>'
            f'<div class="detail"><h2 class="title">{esc(art["title"])}</h2>'
            f'<div class="fbxx"><span>发布日期：{y}-{m}-{d} {_hms(rng)}</span><span>来源：县住房城乡建委</span>'
            f'<span>浏览量：<i id="llcs">{_n(rng, 3)}</i></span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div class="view TRS_UEDITOR trs_paper_default">{_paras(art["body"], para, None)}</div>'
            f'<div class="gxsj">更新时间：{y}-{m}-{int(d) + 2:02d} {_hm(rng)}</div>'
            '<div class="xglj"><h4>相关链接</h4><p><a>忠县2024年农村危房改造实施方案</a></p>'
            '<p><a>一图读懂：农村低收入群体住房安全保障</a></p></div>'
            '<div class="fx"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ</a></div>'
            '<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div>'
            '<div class="dy"><a>[打印]</a><a>[关闭]</a></div></div>' + _gov_foot(site, rng))
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ColumnName" content="图文解读">')
    return head, body, f"http://www.zhongxian.gov.cn/zwgk_258/zcjd/twjd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def yzj_kdjc(art, rng, others):
    """邮政管理局 portal 快递进村 news: p11 an old GBK ASP table page (作者/来源/日期/点击数 line,
    the text as ``<br>`` lines in one cell, a numbered list of 站点, a centred photo and caption,
    【发表评论】…【关闭窗口】, 相关文章); p12 a div page (发布时间 with PubDate meta, bold 一、 heads,
    a table with a 注 line after it, photo + caption, 责任编辑, 相关新闻)."""
    y, m, d = _ymd(art)
    if art["id"] == "p11":
        site = "开州区邮政管理局"
        lines = []
        for i, p in enumerate(art["body"]):
            ind = "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" if p[:1].isdigit() else "&nbsp;&nbsp;&nbsp;&nbsp;"
            lines.append(f"{ind}{esc(p)}<br>" + ("<br>" if not p[:1].isdigit() or i == 8 else ""))
            if i == 8:
                lines.append('<center><img src="/UploadFiles/2022830104512.jpg" border="0" width="500"><br>'
                             '<font color="#333399">图为大进镇红旗村邮快综合服务站（区邮政管理局供图）</font></center><br>')
        body = ('<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">'
                f'<tr><td><img src="/images/top_banner.jpg" width="960" height="110" alt="{site}"></td></tr>'
                '<tr><td class="menu" background="/images/menubg.gif"><a>网站首页</a>｜<a>机构设置</a>｜<a>行业动态</a>｜'
                '<a>政策法规</a>｜<a>通知公告</a>｜<a>消费者申诉</a>｜<a>党建工作</a></td></tr></table>'
                '<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top">'
                '<table width="100%" cellpadding="4"><tr><td class="lm">您现在的位置：<a>开州区邮政管理局</a> &gt;&gt; '
                '<a>行业动态</a> &gt;&gt; 正文</td></tr>'
                f'<tr><td align="center" height="50"><font style="font-size:20px;font-weight:bold">{esc(art["title"])}</font></td></tr>'
                f'<tr><td align="center" class="xx">作者：佚名&nbsp;&nbsp;&nbsp;&nbsp;文章来源：本站原创&nbsp;&nbsp;&nbsp;&nbsp;'
                f'更新时间：{y}-{int(m)}-{int(d)}&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script src="/Article/GetHits.asp?ArticleID={_n(rng, 4)}"></script></td></tr>'
                f'<tr><td class="content" style="font-size:14px;line-height:200%">{"".join(lines)}</td></tr>'
                '<tr><td align="right">【<a>发表评论</a>】【<a>加入收藏</a>】【<a>告诉好友</a>】【<a>打印此文</a>】【<a>关闭窗口</a>】</td></tr>'
                f'<tr><td>上一篇文章：<a>{esc(others[2][0])}</a><br>下一篇文章：<a>{esc(others[3][0])}</a></td></tr>'
                '<tr><td class="xgwz"><b>相关文章</b><br>'
                + "".join(f'<a>{esc(t)}</a>[{dd[5:].replace("-", "-")}]<br>' for t, dd in others[4:8])
                + '</td></tr></table></td>'
                '<td width="240" valign="top" class="right"><table width="100%"><tr><td class="lm">通知公告</td></tr>'
                '<tr><td>· 关于做好寄递安全工作的通知<br>· 快递市场监管工作提示<br>· 邮政业消费者申诉受理指南</td></tr>'
                '<tr><td class="lm">快递查询</td></tr><tr><td><input type="text"> <input type="button" value="查询"></td></tr>'
                '</table></td></tr></table>'
                '<table width="960" align="center" bgcolor="#E8E8E8"><tr><td align="center">'
                f'Copyright 2012-{y} {site} All Rights Reserved<br>地址：开州区汉丰街道某某路XX号　'
                f'电话：023-5222XXXX　渝ICP备{_n(rng, 8)}号</td></tr></table>')
        head = f'<title>{site}--{esc(art["title"])}</title><meta name="keywords" content="快递进村,开州">'
        return head, body, f"http://www.kzyzglj.cn/Article/ShowArticle.asp?ArticleID={_n(rng, 4)}"
    site = "石柱县邮政管理局"

    def table(rows):
        return (_table(rows, 'class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" align="center" width="90%"',
                       lambda c: f'<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:10.5pt">{c}</span></p>')
                + '<p style="text-indent:2em"><span style="font-size:12px">注：日均处理量为10月份统计数据，满意度为站点抽样调查结果。</span></p>')

    def para(i, p):
        if p.startswith(("一、", "二、", "三、")):
            return f'<p style="text-indent:2em"><strong><span style="font-family:黑体">{esc(p)}</span></strong></p>'
        out = f'<p style="text-indent:2em">{esc(p)}</p>'
        if i == 1:
            out += ('<p style="text-align:center"><img src="./W020231108563201.jpg"></p>'
                    '<p style="text-align:center"><span style="font-family:楷体">检查组在西沱镇快递服务中心查看台账。</span></p>')
        return out

    body = (f'<div class="top"><div class="logo"><img src="/images/logo.png" alt="{site}"></div></div>'
            '<div class="nav"><a>首页</a><a>机构概况</a><a>工作动态</a><a>政务公开</a><a>行业管理</a><a>申诉服务</a></div>'
            '<div class="bread">当前位置：<a>首页</a> &gt; <a>工作动态</a></div>'
            f'<div class="article-box"><div class="art_tit"><h1>{esc(art["title"])}</h1></div>'
            f'<div class="art_info">发布时间：{y}年{m}月{d}日 {_hm(rng)}&nbsp;&nbsp;&nbsp;&nbsp;信息来源：{site}&nbsp;&nbsp;&nbsp;&nbsp;'
            '<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div class="bt_content TRS_Editor">{_paras(art["body"], para, table)}</div>'
            f'<div class="zrbj">责任编辑：{rng.choice(["冉小琴", "马静"])}</div>'
            '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="relate"><h3>相关新闻</h3><ul>{_rel(others, 5, lambda s: "[" + s + "]", 1)}</ul></div></div>'
            + _gov_foot(site, rng))
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="{site}">')
    return head, body, f"http://szx.cq.spb.gov.cn/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"


BAOYAN = {
    "p13": [("区人大常委会召开第十次主任会议", "本报讯（记者 罗某）4月18日，区人大常委会召开第十次主任会议，研究常委会近期重点工作。"),
            ("我区启动“护苗”春季行动", "本报讯（通讯员 谢某）近日，区文化市场综合执法支队联合多部门启动“护苗”春季专项行动，检查校园周边文具店、书店23家。"),
            ("安居古城入选市级夜间文旅消费集聚区", "本报讯（记者 王某）日前，安居古城成功入选第二批重庆市级夜间文化和旅游消费集聚区。")],
    "p14": [("区政协开展“有事来协商”活动", "本报讯（记者 杨某）12月5日，区政协在桂林街道开展“有事来协商”活动，围绕老旧小区加装电梯议题协商议事。"),
            ("潼南柠檬出口订单持续增长", "本报讯（通讯员 蒋某）记者从区商务委获悉，今年以来，我区柠檬及其制品出口货值同比增长21%。"),
            ("全区冬季征兵体检工作结束", "本报讯（记者 唐某）12月5日，我区冬季征兵体检工作顺利结束，共有300余名应征青年参加体检。")]}


def epaper_diyiban_baoyan(art, rng, others):
    """区报 e-paper 第01版 article page: issue line with weekday, 版次 selector, PDF/上一版/下一版,
    a 报眼·短讯 column (three short reports of the same page: other articles, not body), 引题 and
    副题 around the headline, a 本报记者 byline or a 本报讯 dateline running into the lead, a
    caption, 本版其他稿件; p13 ``<p>`` paragraphs in ``founder-content``, p14 (GBK) ``<br>`` lines."""
    y, m, d = _ymd(art)
    paper = {"p13": "铜梁日报", "p14": "潼南日报"}[art["id"]]
    issue = f"{y}年{m}月{d}日 {_week(art)}"
    baoyan = ('<div class="baoyan"><div class="by_tit">报眼·短讯</div>'
              + "".join(f'<div class="by_item"><h4>{esc(t)}</h4><p>{esc(x)}</p></div>' for t, x in BAOYAN[art["id"]])
              + '</div>')
    pagelist = "".join(f'<li><a>{esc(t)}</a></li>' for t in [art["title"]] + [t for t, _ in BAOYAN[art["id"]]])
    if art["id"] == "p13":
        text = "".join(f"<p>{IND}{esc(p)}</p>" for p in art["body"][:2])
        text += ('<p style="text-align:center"><img src="../../../images/2023-04/19/01/tl01b001.jpg"></p>'
                 '<p style="text-align:center">图为项目开工现场。（记者　陈某某　摄）</p>')
        text += "".join(f"<p>{IND}{esc(p)}</p>" for p in art["body"][2:])
        article = (f'<div class="article"><h3 class="yt">抢抓春季施工黄金期</h3><h1>{esc(art["title"])}</h1>'
                   '<h2 class="ft">总投资186.5亿元</h2><div class="author">本报记者　陈某某　实习生　王某</div>'
                   f'<div id="ozoom"><founder-content>{text}</founder-content></div></div>')
        body = (f'<div class="topbar"><span class="paper">{paper}</span><span class="date">{issue}</span>'
                '<span><a>首页</a> | <a>往期回顾</a> | <a>PDF下载</a></span></div>'
                '<div class="banci"><span>第01版：要闻</span><a>上一版</a><a>下一版</a>'
                '<select><option>第01版：要闻</option><option>第02版：综合</option><option>第03版：民生</option>'
                '<option>第04版：副刊</option></select></div>'
                '<div class="main"><div class="left"><img src="../../../images/2023-04/19/01/tl01.jpg" usemap="#PagePicMap">'
                f'<map name="PagePicMap"><area shape="polygon" coords="12,40,330,40,330,260,12,260"></map>{baoyan}</div>'
                f'<div class="right">{article}<div class="bbwz"><h4>本版其他稿件</h4><ul>{pagelist}</ul></div>'
                '<div class="fy"><a>上一篇</a> <a>下一篇</a></div></div></div>'
                f'<div class="foot">{paper}社版权所有　未经授权禁止转载、摘编、复制或建立镜像</div>')
        head = f'<title>{paper}-{esc(art["title"])}</title>'
        return head, body, f"http://epaper.tlrb.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    lines = [f"{IND}本报讯（记者　唐某某　通讯员　蒋某）{esc(art['body'][0])}"]
    lines += [f"{IND}{esc(p)}" for p in art["body"][1:]]
    lines.insert(3, f"{IND}<font color='#555555'>图为村民在中渡村移栽油菜苗。（记者　唐某某　摄）</font>")
    article = (f'<td valign="top" class="wz"><div class="yt">抓好冬季生产　夯实来年基础</div>'
               f'<div class="bt"><b>{esc(art["title"])}</b></div>'
               f'<div class="content" id="ozoom">{"<br>".join(lines)}<br></div></td>')
    body = (f'<table width="1000" align="center"><tr><td class="top"><b>{paper}</b>　{issue}　'
            f'<a>首页</a> <a>往期回顾</a></td></tr>'
            '<tr><td class="bc">第01版：要闻　<a>上一版</a>　<a>下一版</a>　<a>PDF版</a></td></tr></table>'
            '<table width="1000" align="center"><tr>'
            '<td width="330" valign="top"><img src="../../../page/2022-12/07/01/2022120701_pdf.jpg" width="320">'
            f'<div class="bmdh"><b>本版导航</b><ul>{pagelist}</ul></div></td>{article}'
            f'<td width="250" valign="top">{baoyan}</td></tr></table>'
            f'<table width="1000" align="center"><tr><td class="foot">主办：中共潼南区委　{paper}社出版　'
            '本报所有内容未经授权不得转载</td></tr></table>')
    head = f'<title>{paper}数字报-{esc(art["title"])}</title>'
    return head, body, f"http://epaper.tnrb.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"


TEMPLATES = {"cdc_jkts_zhengzhuang": cdc_jkts_zhengzhuang, "gx_xww_jiangzuo": gx_xww_jiangzuo,
             "fy_mp_zhixing_sx": fy_mp_zhixing_sx, "wl_mp_zpz": wl_mp_zpz, "xzf_zcwd_wenda": xzf_zcwd_wenda,
             "yzj_kdjc": yzj_kdjc, "epaper_diyiban_baoyan": epaper_diyiban_baoyan}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages53", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
