"""Build the fifty-second saved-page set (``pages52``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 机关事务局 portal 节能 news page
(``jgswj_jieneng``), a 省 党报 网站 理论评论 page with an 作者简介 (``sdb_lilun_zuozhe``), a 县 公众号
招商引资 签约 post with a 项目清单 (``xian_mp_zhaoshang_qd``), a 区 图书馆 portal 阅读活动 notice with an
活动安排 table or items (``tsg_yuedu_anpai``), a 市 政协 网站 协商会议 page with 发言 excerpts
(``szx_xieshang_fayan``), a 新闻客户端 视频新闻 page with a 文字稿 (``khd_video_wenzigao``) and a 县报/区报
e-paper 经济版 with a chart and its caption (``xb_jingji_tubiao``). ``articles.txt`` holds the title,
date and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages52/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p and "：" not in p


def _table(rows, attrs: str) -> str:
    return (f"<table {attrs}>" + "".join(
        "<tr>" + "".join(f'<td align="center">{esc(c)}</td>' for c in r.split(" ")) + "</tr>"
        for r in rows) + "</table>")


def _with_tables(paras, para_fn, attrs: str) -> str:
    """Paragraphs through ``para_fn``; runs of table rows become one ``<table>``."""
    out, run = [], []
    for p in list(paras) + [None]:
        if p is not None and _row(p):
            run.append(p)
            continue
        if run:
            out.append(_table(run, attrs))
            run = []
        if p is not None:
            out.append(para_fn(p))
    return "".join(out)


def _related(others, n, fmt) -> str:
    return "".join(f'<li><a href="#">{esc(t)}</a><span>{fmt(d)}</span></li>' for t, d in others[:n])


def _gov_footer(site: str, rng) -> str:
    return (f'<div class="foot"><p>主办单位：{site}　承办单位：{site}办公室</p>'
            f'<p>渝ICP备{_n(rng, 8)}号　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a></p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>')


def jgswj_jieneng(art, rng, others):
    """区 机关事务管理局: p01 old GBK table portal (info spans with no whitespace, a
    ``document.write`` counter, ``<font>`` paragraphs, a list of five 示范单位 as body, photo and
    caption in the text); p02 modern portal with bold 一、 heads and no visible date (meta/URL only)."""
    y, m, d = _ymd(art)
    if art["id"] == "p01":
        site = "重庆市渝中区机关事务管理局"
        out = []
        for i, p in enumerate(art["body"]):
            if p[:2].rstrip(".").isdigit():
                out.append(f'<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<font size="3">{esc(p)}</font></p>')
            else:
                out.append(f'<p><font size="3">{IND}{esc(p)}</font></p>')
            if i == 2:
                out.append('<p align="center"><img src="/uploadfiles/202305/20230510153322.jpg" width="600" border="0"></p>'
                           '<p align="center"><font color="#333333">图为节能宣传周启动仪式现场。（区机关事务管理局供图）</font></p>')
        body = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">'
                f'<tr><td><img src="/images/banner.jpg" alt="{site}"></td></tr>'
                '<tr><td class="menu"><a>首页</a> | <a>机构概况</a> | <a>工作动态</a> | <a>节能管理</a> | <a>资产管理</a> | <a>公务用车</a> | <a>政务公开</a></td></tr></table>'
                '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="230" valign="top" class="lbg"><div class="ltit">节能管理</div>'
                '<ul><li><a>节能动态</a></li><li><a>政策法规</a></li><li><a>节能知识</a></li><li><a>示范创建</a></li></ul>'
                '<div class="ltit">节能小贴士</div><p>夏季空调温度设置不低于26℃，人走灯灭，少乘电梯多走楼梯。</p></td>'
                '<td width="20"></td><td valign="top">'
                '<table width="100%"><tr><td class="wz">您当前的位置：<a>首页</a>&gt;&gt;<a>节能管理</a>&gt;&gt;<a>节能动态</a></td></tr>'
                f'<tr><td align="center" class="tit"><font style="font-size:22px" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="sx"><span>发布时间：{y}-{m}-{d}</span><span>来源：区机关事务管理局</span>'
                f'<span>浏览次数：<script language="javascript">document.write({_n(rng, 3)});</script></span>'
                '<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></td></tr>'
                f'<tr><td class="content" id="zoom">{"".join(out)}</td></tr>'
                '<tr><td align="right"><a>【打印本页】</a>&nbsp;<a>【关闭窗口】</a></td></tr>'
                f'<tr><td class="sxp">上一条：<a>{esc(others[0][0])}</a><br>下一条：<a>{esc(others[1][0])}</a></td></tr>'
                '</table></td></tr></table>'
                f'<table width="1000" align="center" class="bottom"><tr><td align="center">版权所有：{site}&nbsp;&nbsp;'
                f'地址：重庆市渝中区xx路xx号&nbsp;&nbsp;渝ICP备{_n(rng, 8)}号<br>技术支持：重庆某网络科技有限公司&nbsp;&nbsp;'
                '建议使用IE8以上浏览器 1024×768分辨率</td></tr></table>')
        head = (f'<title>{esc(art["title"])}-{site}</title>'
                '<meta name="keywords" content="节能宣传周,公共机构节能">')
        url = f"http://jgswj.cqyz.gov.cn/html/jnjs/jndt/{y}{m}/{_n(rng, 4)}.html"
    else:
        site = "重庆市北碚区机关事务管理局"
        out = []
        for i, p in enumerate(art["body"]):
            if p.startswith(HEADS):
                out.append(f'<p style="text-indent:2em;"><strong>{esc(p)}</strong></p>')
            else:
                out.append(f'<p style="text-indent:2em;">{esc(p)}</p>')
            if i == 7:
                out.append('<p style="text-align:center;"><img src="./W020240618391045712.jpg" oldsrc="W020240618391045712.jpg"></p>'
                           '<p style="text-align:center;">区中医院改造后的中央空调机房。</p>')
        body = ('<div class="top-bar"><div class="w1200"><span>重庆市北碚区人民政府</span>'
                '<a>无障碍浏览</a><a>长者模式</a><a>English</a></div></div>'
                '<div class="header"><div class="logo"><img src="logo.png"></div><div class="search"><input placeholder="请输入关键字"><a>搜索</a></div></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进北碚</li></ul></div>'
                '<div class="location">您现在所在的位置：<a>首页</a> &gt; <a>部门动态</a> &gt; <a>区机关事务管理局</a></div>'
                f'<div class="article-box"><div class="tit">{esc(art["title"])}</div>'
                '<div class="fbxx"><span>来源：区机关事务管理局</span><span>作者：节能科</span>'
                '<span class="zh">字号：<a>大</a> <a>中</a> <a>小</a></span><span class="dy"><a>打印</a></span></div>'
                f'<div class="view TRS_UEDITOR trs_paper_default trs_web">{"".join(out)}</div>'
                '<div class="fx"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>'
                '<div class="ewm"><img src="qrcode.png"><p>扫一扫在手机打开当前页</p></div></div>'
                f'<div class="xglb"><div class="xgtit">相关文章</div><ul>{_related(others, 4, lambda s: s.replace("-", "/"))}</ul></div>'
                + _gov_footer("重庆市北碚区人民政府办公室", rng))
        head = (f'<title>{esc(art["title"])}_重庆市北碚区人民政府</title>'
                f'<meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
                '<meta name="ContentSource" content="区机关事务管理局"><meta name="ColumnName" content="部门动态">')
        url = f"http://www.beibei.gov.cn/bmdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    return head, body, url


def sdb_lilun_zuozhe(art, rng, others):
    """省 党报 网站 理论 channel: p03 a 重庆日报网-like page (bold 坚持…，推动… heads, a 理论头条
    kicker, 作者简介 after the text, 责编, copyright notice); p04 a 四川日报网-like page with an
    编者按 and the 作者简介 card before the text, plain 一、 heads, 相关评论 list with dates."""
    y, m, d = _ymd(art)
    if art["id"] == "p03":
        out = "".join(f'<p>{IND}<strong>{esc(p)}</strong></p>' if p.startswith("坚持") or p == "治理之道，贵在久久为功。"
                      else f'<p>{IND}{esc(p)}</p>' for p in art["body"])
        body = ('<div class="topnav"><a>重庆日报网</a><a>首页</a><a>时政</a><a>理论</a><a>评论</a><a>区县</a><a>数字报</a></div>'
                '<div class="crumbs"><a>首页</a> &gt; <a>理论</a> &gt; <a>理论头条</a></div>'
                '<div class="main"><div class="left">'
                '<div class="yt">理论头条</div>'
                f'<h1 class="bt">{esc(art["title"])}</h1>'
                f'<div class="fbt">胡晓梅</div>'
                f'<div class="xx">{y}年{m}月{d}日{_hm(rng)}&nbsp;&nbsp;|&nbsp;&nbsp;来源：重庆日报&nbsp;&nbsp;|&nbsp;&nbsp;'
                f'<a>手机看</a>&nbsp;&nbsp;<span>阅读：{_n(rng, 4)}</span></div>'
                f'<div class="zw" id="Content">{out}'
                '<p style="color:#666">（作者系中共重庆市委党校公共管理教研部副教授）</p></div>'
                '<div class="zzjj"><b>作者简介</b><p>胡晓梅，法学博士，中共重庆市委党校（重庆行政学院）公共管理教研部副教授，'
                '主要研究方向为基层治理与社会政策。</p></div>'
                f'<div class="zb">（责编：{rng.choice(["邹娟", "谢蓉"])}、{rng.choice(["彭涛", "刘畅"])}）</div>'
                '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ</a></div>'
                '<div class="bqsm">版权声明：凡注明“来源：重庆日报”的所有作品，版权均属重庆日报所有，'
                '未经授权不得转载、摘编或利用其它方式使用上述作品。</div></div>'
                f'<div class="right"><div class="rtit">理论热文</div><ul>{_related(others[3:], 5, lambda s: "")}</ul>'
                '<div class="rtit">重报客户端</div><img src="app.png"><p>扫码下载客户端</p></div></div>'
                '<div class="footer"><p>重庆日报报业集团 版权所有</p><p>互联网新闻信息服务许可证50120170001　渝ICP备xxxxxxxx号</p></div>')
        head = (f'<title>{esc(art["title"])}--理论--重庆日报网</title>'
                f'<meta name="description" content="{esc(art["body"][0])}">'
                f'<meta name="publishdate" content="{y}-{m}-{d}">')
        url = f"https://www.cqrb.cn/lilun/{y}-{m}/{d}/content_{_n(rng, 6)}.html"
    else:
        out = "".join(f'<p>{IND}{esc(p)}</p>' for p in art["body"])
        body = ('<div class="header"><div class="logo">四川日报网</div><div class="menu">'
                '<a>首页</a><a>要闻</a><a>天府评论</a><a>理论</a><a>市州</a><a>视频</a></div></div>'
                '<div class="position">当前位置：首页 &gt; 理论 &gt; 学思践悟</div>'
                f'<div class="article"><h1>{esc(art["title"])}</h1>'
                f'<div class="info"><span class="time">{y}-{m}-{d} {_hms(rng)}</span>'
                '<span class="source">来源：四川日报</span><span class="author">作者：周立新</span></div>'
                '<div class="author-card"><img src="author.jpg"><div><p class="name">周立新</p>'
                '<p>作者简介：四川省社会科学院产业经济研究所研究员，主要从事区域经济与产业政策研究。</p></div></div>'
                '<div class="bza"><p><b>编者按</b></p><p>今年全国两会期间，新质生产力成为热词。'
                '本报理论版约请专家学者撰文，围绕如何因地制宜发展新质生产力进行阐释，敬请关注。</p></div>'
                f'<div class="article-content">{out}</div>'
                f'<div class="editor">责任编辑：{rng.choice(["李丹", "何静"])}</div>'
                '<div class="tools"><a>打印</a><a>纠错</a><a>收藏</a><span>分享：</span><a>微信</a><a>微博</a></div></div>'
                f'<div class="related"><h3>相关评论</h3><ul>{_related(others, 5, lambda s: s[5:])}</ul></div>'
                '<div class="copyright"><p>本网站所有内容属四川日报网所有，未经许可不得转载。</p>'
                '<p>川ICP备xxxxxxxx号　川公网安备 51010402000000号</p></div>')
        head = f'<title>{esc(art["title"])}_四川日报网</title><meta name="keywords" content="新质生产力,理论">'
        url = f"https://www.scdaily.cn/llpd/{y}/{m}/{d}/{_n(rng, 7)}.shtml"
    return head, body, url


def _mp_shell(acct: str, title: str, when: str, content: str, rng) -> str:
    return ('<div id="js_article" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(title)}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta_nickname"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{when}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{content}</div>'
            '<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 '
            f'{_n(rng, 4)}</span><span>分享</span><span>赞 {_n(rng, 2)}</span><span>在看 {_n(rng, 2)}</span></div>'
            '<div class="rich_media_extra"><p>写留言</p><p>喜欢此内容的人还喜欢</p></div></div></div>')


def xian_mp_zhaoshang_qd(art, rng, others):
    """县 公众号 招商引资 签约 post: p05 numbered 项目清单 lines as body, a ▲签约现场 caption and a
    blue section box, 来源/编辑/审核 and 往期推荐; p06 the 项目清单 as a table, a quoted speech,
    a 投资咨询 box and a 相关链接 strip."""
    y, m, d = _ymd(art)
    acct = {"p05": "云阳发布", "p06": "丰都发布"}[art["id"]]
    sp = '<p style="text-indent:2em;line-height:1.75em;margin-bottom:12px"><span style="font-size:15px;letter-spacing:1px">'
    out = ['<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/top.gif"></section>'
           f'<p style="text-align:center"><span style="font-size:12px;color:#1e6fd9">点击上方蓝字 关注{acct}</span></p>']
    if art["id"] == "p05":
        for i, p in enumerate(art["body"]):
            if p[:2].rstrip(".").isdigit():
                out.append(f'<p style="line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
            elif p.endswith("如下："):
                out.append('<section style="border-left:4px solid #1e6fd9;padding-left:8px;margin:16px 0">'
                           f'<p><strong><span style="font-size:16px;color:#1e6fd9">{esc(p)}</span></strong></p></section>')
            else:
                out.append(f'{sp}{esc(p)}</span></p>')
            if i == 0:
                out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/sz1.jpg"></p>'
                           '<p style="text-align:center"><span style="font-size:12px;color:#888">▲签约现场</span></p>')
        tail = ['<p><span style="font-size:12px;color:#888">来源：云阳县招商投资促进中心</span></p>',
                f'<p><span style="font-size:12px;color:#888">编辑：{rng.choice(["冉静", "向丽"])}　审核：{rng.choice(["彭程", "刘伟"])}</span></p>',
                '<section style="margin-top:20px"><p><strong>往期推荐</strong></p>'
                + "".join(f'<p><a>{esc(t)}</a></p>' for t, _ in others[:3]) + '</section>',
                '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr.jpg"></p>'
                '<p style="text-align:center"><span style="font-size:12px">长按识别二维码 关注云阳发布</span></p>']
        when = f"{y}年{int(m)}月{int(d)}日 {_hm(rng)}"
    else:
        def para(p):
            if p.endswith("如下："):
                return f'<p style="text-indent:2em"><strong><span style="font-size:15px">{esc(p)}</span></strong></p>'
            return f'{sp}{esc(p)}</span></p>'
        out.append(_with_tables(art["body"][:10], para, 'style="width:100%;border-collapse:collapse" border="1"'))
        out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/fd2.jpg"></p>'
                   '<p style="text-align:center"><span style="font-size:12px;color:#888">肉牛精深加工项目签约现场（记者 秦雪 摄）</span></p>')
        out.extend(f'{sp}{esc(p)}</span></p>' for p in art["body"][10:])
        tail = ['<section style="background:#f3f7ff;padding:10px;margin:16px 0"><p><strong>投资咨询</strong></p>'
                '<p>丰都县招商投资促进中心</p><p>联系电话：023-7060XXXX</p><p>地址：丰都县三合街道xx路xx号</p></section>',
                '<p><strong>相关链接</strong></p><p><a>丰都县招商引资优惠政策（2024年版）</a></p>',
                f'<p><span style="font-size:12px;color:#888">记者：秦雪　编辑：{rng.choice(["陈露", "黄婷"])}　'
                f'责任编辑：{rng.choice(["谭军", "吴波"])}　审核：{rng.choice(["张勇", "冉红"])}</span></p>',
                '<p style="text-align:center"><span style="font-size:12px">分享 · 收藏 · 点赞 · 在看</span></p>']
        when = f"{y}-{m}-{d} {_hm(rng)}"
    content = "".join(out) + "".join(tail)
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:site_name" content="微信公众平台">')
    url = "https://mp.weixin.qq.com/s/" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTabcdefghjkmnpqrst0123456789_-") for _ in range(22))
    return head, _mp_shell(acct, art["title"], when, content, rng), url


def tsg_yuedu_anpai(art, rng, others):
    """区 图书馆 portal: p07 GBK old table portal 通知 (bold 一、 heads, an 活动安排 table whose rows
    are body, the signature and date and an 附件 line — not body); p08 news with 活动一/时间/地点
    items, a photo and caption, a 温馨提示 入馆须知 box, 更新时间 beside the date."""
    y, m, d = _ymd(art)
    if art["id"] == "p07":
        site = "重庆市江北区图书馆"

        def para(p):
            if p.startswith(HEADS):
                return f'<p style="text-indent:2em"><font face="黑体">{esc(p)}</font></p>'
            return f'<p style="text-indent:2em"><font face="仿宋_GB2312" style="font-size:16pt">{esc(p)}</font></p>'
        content = _with_tables(art["body"], para, 'width="90%" border="1" cellspacing="0" cellpadding="4" align="center"')
        body = ('<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">'
                '<tr><td><img src="/images/lib_top.jpg" alt="江北区图书馆"></td></tr>'
                '<tr><td class="dh"><a>网站首页</a>&nbsp;|&nbsp;<a>本馆概况</a>&nbsp;|&nbsp;<a>通知公告</a>&nbsp;|&nbsp;'
                '<a>读者服务</a>&nbsp;|&nbsp;<a>数字资源</a>&nbsp;|&nbsp;<a>阅读推广</a></td></tr></table>'
                '<table width="960" border="0" align="center"><tr><td width="200" valign="top" class="left">'
                '<div class="lt">开放时间</div><p>周二至周日 9:00-17:00</p><p>周一闭馆</p>'
                '<div class="lt">书目检索</div><p><input size="12"> <a>检索</a></p></td>'
                '<td valign="top"><div class="wz">当前位置：<a>首页</a> &gt; <a>通知公告</a></div>'
                f'<div class="bt"><b>{esc(art["title"])}</b></div>'
                f'<div class="sj">发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;作者：办公室&nbsp;&nbsp;&nbsp;&nbsp;'
                f'点击数：<script>document.write("{_n(rng, 3)}")</script></div>'
                f'<div class="nr">{content}'
                f'<p align="right"><font face="仿宋_GB2312" style="font-size:16pt">江北区图书馆</font></p>'
                f'<p align="right"><font face="仿宋_GB2312" style="font-size:16pt">{y}年{int(m)}月{int(d) - 3}日</font></p>'
                '<p>附件：<a href="/uploadfile/2024/0415/bmb.doc">2024年读书日系列活动报名表.doc</a></p></div>'
                '<div align="center">【<a>打印本页</a>】&nbsp;【<a>关闭窗口</a>】</div></td></tr></table>'
                f'<table width="960" align="center" class="db"><tr><td align="center">版权所有：{site}&nbsp;&nbsp;'
                f'地址：江北区xx路xx号&nbsp;&nbsp;渝ICP备{_n(rng, 8)}号-1<br>联系电话：023-6785XXXX</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
        url = f"http://www.jblib.cn/news_show.asp?id={_n(rng, 4)}"
    else:
        site = "重庆市沙坪坝区图书馆"
        out = []
        for i, p in enumerate(art["body"]):
            if p.startswith("活动") and "：" in p[:4]:
                out.append(f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>')
            else:
                out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
            if i == 2:
                out.append('<p style="text-align:center"><img src="/upload/2023/07/kaiying.jpg"></p>'
                           '<p style="text-align:center;font-size:14px">小读者领取“阅读护照”。（区图书馆供图）</p>')
        body = ('<div class="head"><div class="logo">沙坪坝区图书馆</div><div class="nav">'
                '<a>首页</a><a>本馆概况</a><a>新闻动态</a><a>活动预告</a><a>读者指南</a><a>数字资源</a></div></div>'
                '<div class="crumb">首页 / 新闻动态 / 馆内新闻</div>'
                f'<div class="xl_con"><div class="xl_tit">{esc(art["title"])}</div>'
                f'<div class="xl_info">时间：{y}/{int(m)}/{int(d)}&nbsp;&nbsp;来源：阅读推广部&nbsp;&nbsp;'
                f'更新时间：{y}-{m}-{int(d) + 3:02d}&nbsp;&nbsp;浏览：{_n(rng, 3)}次</div>'
                f'<div class="xl_txt">{"".join(out)}</div>'
                '<div class="tips"><p><b>温馨提示</b></p><p>1.入馆请出示读者证或身份证；</p>'
                '<p>2.未满8周岁的小读者须在家长陪同下参加活动；</p><p>3.活动开始前15分钟签到入场。</p></div>'
                '<div class="bdshare"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ好友</a></div>'
                f'<div class="pre">上一篇：{esc(others[2][0])}</div><div class="next">下一篇：{esc(others[3][0])}</div></div>'
                f'<div class="tjyd"><h4>推荐阅读</h4><ul>{_related(others[4:], 4, lambda s: "[" + s + "]")}</ul></div>'
                f'<div class="foot"><p>{site}　地址：沙坪坝区xx街xx号　电话：023-6530XXXX</p>'
                f'<p>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</p></div>')
        head = f'<title>{esc(art["title"])} - {site}</title>'
        url = f"https://www.spblib.cn/news/{_n(rng, 4)}.html"
    return head, body, url


def szx_xieshang_fayan(art, rng, others):
    """市 政协 网站 协商会议 page: p09 a 发言摘登 head and ``name委员：`` excerpts as body, 字体 bar,
    打印/关闭, 相关新闻, a 政协 footer; p10 dated only in meta ``publishdate`` and the URL, the
    speakers' names bold inside their paragraphs, a photo with caption, a 来源 line after the text."""
    y, m, d = _ymd(art)
    if art["id"] == "p09":
        out = []
        for p in art["body"]:
            if p == "发言摘登":
                out.append(f'<p style="text-align:center"><strong>{esc(p)}</strong></p>')
            elif "：" in p[:12] and ("委员" in p[:6] or "专家" in p[:12]):
                name, rest = p.split("：", 1)
                out.append(f'<p>{IND}<strong>{esc(name)}：</strong>{esc(rest)}</p>')
            else:
                out.append(f'<p>{IND}{esc(p)}</p>')
        body = ('<div class="top"><div class="w"><span>中国人民政治协商会议重庆市委员会</span>'
                f'<span class="date">今天是：{y}年{int(m)}月{int(d) + 2}日</span></div></div>'
                '<div class="nav"><a>首页</a><a>政协要闻</a><a>协商议政</a><a>委员风采</a><a>提案工作</a><a>文史资料</a></div>'
                '<div class="wz">当前位置：首页 &gt;&gt; 协商议政 &gt;&gt; 专题协商</div>'
                f'<div class="con"><div class="con_tit">{esc(art["title"])}</div>'
                f'<div class="con_info">发布时间：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;来源：市政协办公厅&nbsp;&nbsp;&nbsp;'
                '作者：研究室&nbsp;&nbsp;&nbsp;【字体：<a>大</a>&nbsp;<a>中</a>&nbsp;<a>小</a>】</div>'
                f'<div class="con_txt" id="zoom">{"".join(out)}</div>'
                '<div class="con_bottom"><a>【打印本页】</a><a>【关闭窗口】</a></div>'
                f'<div class="xgxw"><div class="xgxw_tit">相关新闻</div><ul>{_related(others, 5, lambda s: s)}</ul></div></div>'
                '<div class="footer"><p>主办：重庆市政协办公厅　技术支持：重庆市政协信息中心</p>'
                f'<p>渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</p></div>')
        head = (f'<title>{esc(art["title"])}-重庆政协网</title>'
                f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
        url = f"http://www.cqzx.gov.cn/cqzx_content/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    else:
        out = []
        for i, p in enumerate(art["body"]):
            if "委员" in p[:5]:
                k = p.index("委员") + 2
                out.append(f'<p style="text-indent:2em"><strong>{esc(p[:k])}</strong>{esc(p[k:])}</p>')
            else:
                out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
            if i == 0:
                out.append('<p style="text-align:center"><img src="/uploadfile/2024/0528/zt01.jpg"></p>'
                           '<p style="text-align:center"><font color="#666">座谈会现场</font></p>')
        body = ('<div class="header"><div class="logo">宜宾政协网</div><div class="menu"><a>首页</a><a>政协动态</a>'
                '<a>协商民主</a><a>履职平台</a><a>委员之家</a><a>政协文史</a></div></div>'
                '<div class="dqwz">您的位置：<a>首页</a> &gt; <a>政协动态</a> &gt; <a>协商民主</a></div>'
                f'<div class="nrcon"><h1>{esc(art["title"])}</h1>'
                '<div class="nrxx"><span>来源：市政协研究室</span><span>浏览次数：<i id="hits"></i></span>'
                '<span>【<a>打印</a>】</span><span>【<a>关闭</a>】</span></div>'
                f'<div class="nrzw">{"".join(out)}</div>'
                '<div class="ly">（来源：市政协研究室　文/图：林婧）</div>'
                '<div class="share">分享：<a>微信</a><a>微博</a></div></div>'
                f'<div class="rlist"><h3>协商民主</h3><ul>{_related(others[5:], 6, lambda s: "")}</ul></div>'
                '<div class="foot"><p>中国人民政治协商会议宜宾市委员会 主办</p>'
                f'<p>蜀ICP备{_n(rng, 8)}号　川公网安备 {_n(rng, 14)}号</p></div>')
        head = (f'<title>{esc(art["title"])}_宜宾政协网</title>'
                f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="keywords" content="双周协商,老旧小区">')
        url = f"http://www.ybzx.gov.cn/zxdt/xsmz/{y}/{m}{d}/{_n(rng, 5)}.html"
    return head, body, url


def khd_video_wenzigao(art, rng, others):
    """新闻客户端 视频新闻 share page: a player with 时长 and 播放量, a 内容简介 blurb (not body),
    the 文字稿 (body; 【同期】 speaker lines included) — p11 in ``<p>`` paragraphs with a closing
    reporter's sign-off line (credit), p12 ``<br>``-separated inside one ``<div>`` with a yearless
    visible date (the year in meta); 相关视频 with durations, 打开客户端, comment counter."""
    y, m, d = _ymd(art)
    if art["id"] == "p11":
        app, blurb = "第1眼新闻", "巫山曲尺乡果农抢抓农时开展脆李冬季管护，当地农技人员进园指导。"
        trans = ("<div class=\"wzg\"><div class=\"wzg-t\">【文字稿】</div>"
                 + "".join(f"<p>{esc(p)}</p>" for p in art["body"])
                 + "<p>（第1眼新闻记者 谭某某 巫山台 报道）</p></div>")
        info = f'<div class="v-info"><span>{app}</span><span>{y}-{m}-{d} {_hm(rng)}</span><span>播放 {_n(rng, 4)}</span></div>'
        dur = "02:36"
        head_extra = ""
    else:
        app, blurb = "新重庆", "高温下，璧山供电运维人员坚守一线保障用电。"
        trans = ('<div class="text-box"><h4>视频文字稿</h4><div class="txt">'
                 + "<br><br>".join(esc(p) for p in art["body"])
                 + f'<br><br></div><div class="crew">记者：陈某 摄像：李某 编辑：{rng.choice(["王某", "刘某"])}</div></div>')
        info = f'<div class="v-info"><span>{app}客户端</span><span>{m}-{d} {_hm(rng)}</span><span>{_n(rng, 4)}次播放</span></div>'
        dur = "03:12"
        head_extra = f'<meta name="publishdate" content="{y}-{m}-{d} {_hms(rng)}">'
    rel = "".join(f'<li><div class="thumb"><img src="v{k}.jpg"><span class="dur">0{rng.randint(1, 4)}:{rng.randint(10, 59)}</span></div>'
                  f'<p>{esc(t)}</p></li>' for k, (t, _) in enumerate(others[:4]))
    body = (f'<div class="app-banner"><img src="logo.png"><span>{app}</span><a class="open">打开APP</a></div>'
            f'<div class="video-wrap"><div class="player" data-src="https://v.example.cn/{_n(rng, 8)}.mp4">'
            f'<video poster="poster.jpg" controls></video><span class="time">{dur}</span>'
            '<div class="ctrl"><span>00:00</span><span>/</span><span>' + dur + '</span><a>倍速</a><a>全屏</a></div></div></div>'
            f'<div class="v-title"><h1>{esc(art["title"])}</h1></div>{info}'
            f'<div class="v-desc"><span>内容简介：</span>{esc(blurb)}</div>'
            f'{trans}'
            '<div class="v-act"><span>点赞 ' + str(_n(rng, 2)) + '</span><span>收藏</span><span>分享</span></div>'
            '<div class="bq">本视频版权归' + app + '所有，未经授权禁止转载。</div>'
            f'<div class="rel-video"><h3>相关视频</h3><ul>{rel}</ul></div>'
            f'<div class="comment"><h3>评论（{rng.randint(0, 40)}）</h3><p>打开客户端 参与讨论</p></div>'
            '<div class="open-app"><a>打开客户端 看更多精彩视频</a></div>')
    head = f'<title>{esc(art["title"])}-{app}</title>' + head_extra
    url = (f"https://app.cbg.cn/share/video/{y}{m}{d}/{_n(rng, 7)}.html" if art["id"] == "p11"
           else f"https://h5.cqliving.com/share/video.html?id={_n(rng, 8)}")
    return head, body, url


def xb_jingji_tubiao(art, rng, others):
    """县报/区报 e-paper 经济版: p13 GBK, an old ``<div>`` e-paper whose paragraphs are ``<br>`` lines
    with ``&nbsp;`` indents, an 引题 kicker, 本报记者 byline, a chart image with its 图表/制图 caption in
    the text, bare one-line subheadings; p14 a Founder-like page with the chart after the second
    paragraph, 数据来源/制图 caption, 本版其他文章, PDF/上一版/下一版 selectors, date in issue line and URL."""
    y, m, d = _ymd(art)
    if art["id"] == "p13":
        paper = "开州日报"
        lines = []
        for i, p in enumerate(art["body"]):
            lines.append("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p))
            if i == 4:
                lines.append('</div><div align="center"><img src="../../../res/1/20231117/tb01.jpg" width="500"></div>'
                             '<div class="tpsm">图表：1—10月全县重点产业产值及增速　制图/向某</div><div id="ozoom2">')
        body = (f'<div class="bz"><span>{paper}</span>&nbsp;&nbsp;<span>{y}年{m}月{d}日&nbsp;{_week(art)}</span></div>'
                '<div class="bc"><a>第01版：要闻</a> <a>第02版：综合</a> <b>第03版：经济</b> <a>第04版：汉丰湖</a></div>'
                '<div class="bm"><a>上一版</a>&nbsp;&nbsp;<a>下一版</a>&nbsp;&nbsp;<a>PDF下载</a>&nbsp;&nbsp;<a>往期回顾</a></div>'
                '<table width="100%"><tr><td width="40%" valign="top"><img src="../../../page/3/2023-11/17/03/2023111703_brief.jpg" usemap="#PagePicMap">'
                f'<div class="bwwz">本版文章</div><ul><li>{esc(art["title"])}</li><li>{esc(others[0][0])}</li><li>{esc(others[1][0])}</li></ul></td>'
                '<td valign="top"><div class="yt">工业经济稳中向好</div>'
                f'<div class="bt">{esc(art["title"])}</div>'
                '<div class="zz">本报记者　向晓东</div>'
                '<div id="ozoom" class="nr">' + "<br>".join(lines) + '</div>'
                '<div class="sxp"><a>上一篇</a>　<a>下一篇</a></div></td></tr></table>'
                '<div class="foot">开州日报社版权所有　未经书面授权禁止转载、摘编或建立镜像</div>')
        head = f'<title>{paper}数字报-{esc(art["title"])}</title>'
        url = f"http://epaper.kzrb.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    else:
        paper = "江津日报"
        out = []
        for i, p in enumerate(art["body"]):
            out.append(f"<P>{IND}{esc(p)}</P>")
            if i == 1:
                out.append('<P align="center"><IMG src="../../../res/1/20240625/chart.png"></P>'
                           '<P align="center">前5月全区外贸进出口情况（数据来源：区商务委　制图：刘某）</P>')
        rest = "".join(f'<li><a>{esc(t)}</a></li>' for t, _ in others[2:5])
        body = ('<div class="paper-head"><div class="logo">江津日报</div>'
                f'<div class="date">{y}年{m}月{d}日</div><div class="bar"><a>返回目录</a><a>PDF版</a><a>往期回顾</a></div></div>'
                '<div class="main"><div class="leftbox"><div class="banci">第03版：经济</div>'
                '<div class="pagepic"><img src="../../../page/3/2024-06/25/03/bm.jpg"></div>'
                '<div class="pagesel"><a>上一版</a> <a>下一版</a></div><div class="bmdh">版面导航</div>'
                '<ul><li>01 要闻</li><li>02 综合</li><li>03 经济</li><li>04 几江</li></ul></div>'
                '<div class="rightbox"><div class="article">'
                f'<h1>{esc(art["title"])}</h1><h3>区商务委：出口增速领跑 市场版图扩容</h3>'
                '<div class="author">■记者　刘静</div>'
                f'<founder-content>{"".join(out)}</founder-content></div>'
                f'<div class="bwqtwz"><h4>本版其他文章</h4><ul>{rest}</ul></div></div></div>'
                '<div class="copy">江津日报社主办　未经授权不得转载　渝ICP备xxxxxxxx号</div>')
        head = f'<title>{esc(art["title"])}--江津日报</title><meta name="description" content="江津日报数字报">'
        url = f"http://epaper.jjrb.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    return head, body, url


TEMPLATES = {"jgswj_jieneng": jgswj_jieneng, "sdb_lilun_zuozhe": sdb_lilun_zuozhe,
             "xian_mp_zhaoshang_qd": xian_mp_zhaoshang_qd, "tsg_yuedu_anpai": tsg_yuedu_anpai,
             "szx_xieshang_fayan": szx_xieshang_fayan, "khd_video_wenzigao": khd_video_wenzigao,
             "xb_jingji_tubiao": xb_jingji_tubiao}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages52", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
