"""Build the forty-second saved-page set (``pages42``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 商务委 portal 招商 news with an English line
(``swhw_zhaoshang_en``), a 妇联 公众号 最美家庭 post with 家庭名片 cards (``fl_mp_zmjt``), a 文旅委
portal 景区 notice with a table and a 温馨提示 box (``wlw_jq_tishi``), a 乡镇 公众号 防汛 post
(``xz_mp_fangxun``), a 人民网-like 地方领导 讲话 page (``rmw_dfld_jianghua``), a 区 医院 portal 院务
news with a 专家介绍 box (``yy_yuanwu_zhuanjia``) and an e-paper 理论版 with 作者简介 and 注释
(``epaper_lilun_zuozhe``). ``articles.txt`` holds the title, date and reference body; the
furniture (not body) is written here. See README.md.

    python tests/data/web/pages42/build.py
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
    """A subheading inside the text: short and without a full stop (still body)."""
    return len(p) <= 22 and "。" not in p and "：" not in p and "“" not in p[:1]


def _related(others, n, fmt) -> str:
    """A 相关/推荐 list of other articles with their dates (furniture)."""
    return "".join(f'<li><a href="#">{esc(t)}</a><span>{fmt(d)}</span></li>' for t, d in others[:n])


def _gov_footer(site: str, rng) -> str:
    return (f'<div class="footer"><p>主办：{site}　承办：{site}办公室</p><p>渝ICP备{_n(rng, 8)}号-1　'
            f'渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p></div>')


def swhw_zhaoshang_en(art, rng, others):
    """区 商务委 portal: breadcrumb, h1 + English line, 发布时间/来源 spans, bold 一、 heads."""
    y, m, d = _ymd(art)
    en = {"p01": "Yubei District Holds Investment Promotion Conference for Intelligent Connected Vehicle Industry",
          "p02": "Liangjiang New Area Promotes Cross-border E-commerce Investment in the Greater Bay Area"}[art["id"]]
    site = {"p01": "重庆市渝北区商务委员会", "p02": "重庆两江新区管理委员会"}[art["id"]]
    paras = "".join(f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>' if _head(p)
                    else f'<p style="text-indent:2em">{esc(p)}</p>' for p in art["body"])
    if art["id"] == "p01":
        info = (f'<span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：区商务委</span>'
                f'<span>浏览次数：<script>document.write({_n(rng, 3)})</script></span>')
    else:
        info = (f'<span>{y}年{int(m)}月{int(d)}日</span>&nbsp;&nbsp;<span>来源：两江新区招商局</span>'
                f'&nbsp;&nbsp;<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span>')
    body = (f'<div class="top"><div class="logo">{site}</div><ul class="nav"><li>首页</li><li>政务公开</li>'
            '<li>招商引资</li><li>投资指南</li><li>互动交流</li></ul></div>'
            '<div class="position">当前位置：<a>首页</a> &gt; <a>招商引资</a> &gt; <a>招商动态</a></div>'
            f'<div class="xl_con"><h1>{esc(art["title"])}</h1><p class="en_title">{esc(en)}</p>'
            f'<div class="xl_info">{info}</div><div class="zw TRS_Editor">{paras}'
            '<p style="text-align:center"><img src="./W020_1.jpg"></p>'
            '<p style="text-align:center">图为招商活动现场。（区商务委供图）</p></div>'
            '<div class="bot_tools"><a>打印本页</a> <a>关闭窗口</a> <span>分享到：</span><a>微信</a><a>微博</a></div>'
            f'<div class="xgyd"><h3>相关阅读</h3><ul>{_related(others, 4, lambda s: s)}</ul></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    return head, body, f"http://www.ybq.gov.cn/zsyz/zsdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


CARDS = {"p03": [("王德明家庭", "古南街道", "三代同堂，热心公益，累计志愿服务3000余小时。"),
                 ("陈秀英家庭", "三角镇", "自强不息，含辛茹苦培养两个孩子成才。")],
         "p04": [("李光华家庭", "修齐镇", "守护茶园三十年，带动邻里种茶增收。")]}


def fl_mp_zmjt(art, rng, others):
    """妇联 公众号 post: rich_media header, 家庭名片 cards between paragraphs, 往期推荐, 阅读原文 row."""
    y, m, d = _ymd(art)
    acc = {"p03": "綦江女性", "p04": "城口巾帼"}[art["id"]]
    out = []
    for i, p in enumerate(art["body"]):
        style = ' style="text-align:center"' if len(p) < 16 else ""
        out.append(f'<p{style}><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 3:
            for name, place, line in CARDS[art["id"]]:
                out.append(f'<section class="card" style="border:1px solid #e88"><p><strong>家庭名片</strong></p>'
                           f'<p>{name}</p><p>所在镇街：{place}</p><p>家庭简介：{line}</p></section>')
    content = "".join(out)
    body = (f'<div id="js_article" class="rich_media"><h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{acc}</span>'
            f'<a class="rich_media_meta rich_media_meta_nickname" id="js_name">{acc}</a>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {_hm(rng)}</em>'
            f'<em class="rich_media_meta">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content"><p style="text-align:center"><img src="banner.gif"></p>{content}'
            '<p style="text-align:center"><img src="p1.jpg"></p><p style="text-align:center"><span style="font-size:12px;color:#888">图片来源：区妇联</span></p>'
            f'<p><span style="font-size:12px">来源：{acc[:2]}区妇联</span></p><p><span style="font-size:12px">编辑：{"李娟" if art["id"]=="p03" else "何静"}　审核：张敏</span></p>'
            f'<section><p><strong>往期推荐</strong></p>{"".join(f"<p>{esc(t)}</p>" for t, _ in others[:3])}</section>'
            '<p style="text-align:center">长按识别二维码关注我们</p></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>赞 {_n(rng, 2)}</span><span>在看 {_n(rng, 2)}</span><span>分享</span><span>留言</span></div></div>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 9)}Qx{_n(rng, 6)}"


def wlw_jq_tishi(art, rng, others):
    """文旅委 portal notice (GBK): metadata table, body with a data table, 温馨提示 box, signature."""
    y, m, d = _ymd(art)
    rows, paras = art["body"][5:9], art["body"]
    out = []
    for i, p in enumerate(paras):
        if 5 <= i <= 8:
            if i == 5:
                out.append('<table border="1" class="MsoTable">' + "".join(
                    "<tr>" + "".join(f'<td><p align="center">{esc(c)}</p></td>' for c in r.split(" ")) + "</tr>"
                    for r in rows) + "</table>")
            continue
        out.append(f'<p>{IND}{"<b>" if _head(p) else ""}{esc(p)}{"</b>" if _head(p) else ""}</p>')
    body = ('<table width="1000" align="center"><tr><td><img src="/images/top_wlw.jpg" alt="武隆区文化和旅游发展委员会"></td></tr>'
            '<tr><td class="dh"><a>首页</a> | <a>通知公告</a> | <a>旅游资讯</a> | <a>政务公开</a></td></tr></table>'
            '<table width="1000" align="center" class="meta"><tr><td>索引号：11500232MB1A234567/2023-0041</td>'
            f'<td>发布机构：武隆区文化旅游委</td></tr><tr><td>生成日期：{y}-{m}-{int(d)-1:02d}</td><td>发布日期：{y}-{m}-{d}</td></tr>'
            f'<tr><td colspan="2">名　　称：{esc(art["title"])}</td></tr></table>'
            f'<table width="1000" align="center"><tr><td><div class="title" align="center"><font size="5"><b>{esc(art["title"])}</b></font></div>'
            f'<div class="con">{"".join(out)}'
            '<p align="right">重庆市武隆区文化和旅游发展委员会</p>'
            f'<p align="right">{y}年{int(m)}月{int(d)-1}日</p></div>'
            '<div class="tips" style="border:1px dashed #c00"><p><b>温馨提示</b></p>'
            '<p>1. 假期为出游高峰，请合理安排行程，错峰出行。</p><p>2. 山区气温较低，请携带保暖衣物。</p>'
            '<p>3. 旅游咨询电话：023-7770xxxx</p></div>'
            '<div>附件：<a href="#">国庆假期景区预约指南.pdf</a></div>'
            '<div align="center">【<a>打印本页</a>】【<a>关闭窗口</a>】</div></td></tr></table>'
            + _gov_footer("重庆市武隆区文化和旅游发展委员会", rng))
    head = (f'<title>{esc(art["title"])}-武隆区文化和旅游发展委员会</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}">')
    return head, body, f"http://www.cqwulong.gov.cn/bm/wlw/zwgk/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def xz_mp_fangxun(art, rng, others):
    """乡镇 公众号 防汛 post: 紧急通知 banner, bold items, signature (p06), 时间/地点 items (p07)."""
    y, m, d = _ymd(art)
    acc = {"p06": "宁厂发布", "p07": "黄水微讯"}[art["id"]]
    out = "".join(f'<p><strong><span style="color:#c00">{esc(p)}</span></strong></p>' if _head(p)
                  else f'<p>{"&nbsp;" * 4}{esc(p)}</p>' for p in art["body"])
    tail = ('<p style="text-align:right">宁厂镇防汛抗旱指挥部</p>'
            f'<p style="text-align:right">{y}年{int(m)}月{int(d)}日</p>') if art["id"] == "p06" else (
            '<p style="text-align:center"><img src="yl1.jpg"></p><p style="text-align:center">▲演练现场</p>'
            '<p>供稿：黄水镇应急办</p>')
    body = (f'<div class="rich_media_area_primary"><h1 class="rich_media_title">{esc(art["title"])}</h1>'
            f'<div class="rich_media_meta_list"><span>{acc}</span> <em id="publish_time">{y}-{m}-{d} {_hm(rng)}</em></div>'
            '<div id="js_content">'
            + ('<section style="background:#c00;color:#fff;text-align:center"><p>紧 急 通 知</p></section>' if art["id"] == "p06"
               else '<section><p style="color:#06c">点击蓝字 关注我们</p></section>')
            + f'{out}{tail}<section><p>防汛小知识：</p><p>遇到山洪，要向两侧山坡高处跑，切勿顺着河沟跑。</p></section>'
            f'<p>编辑：向{"丽" if art["id"]=="p06" else "波"}　责编：冉明　审核：秦文</p>'
            '<p style="text-align:center">分享 · 点赞 · 在看</p></div>'
            f'<div class="tool"><span>阅读 {_n(rng, 4)}</span> <span>在看 {_n(rng, 2)}</span></div></div>')
    return f"<title>{esc(art['title'])}</title>", body, f"https://mp.weixin.qq.com/s?__biz=Mz{_n(rng, 8)}&mid={_n(rng, 10)}"


def rmw_dfld_jianghua(art, rng, others):
    """人民网-like 地方领导 page: channel bar, h1, 来源 line (none on p09), 责编, 分享, 相关新闻."""
    y, m, d = _ymd(art)
    paras = "".join(f"<p>{IND}{esc(p)}</p>" for p in art["body"])
    info = ("" if art["id"] == "p09" else
            f'<div class="col-1-1 fl">{y}年{m}月{d}日{_hm(rng)}&nbsp;&nbsp;来源：<a>人民网－重庆频道</a></div>')
    body = ('<div class="header"><a>人民网</a> &gt;&gt; <a>地方领导</a> &gt;&gt; <a>重庆</a></div>'
            '<div class="main"><div class="layout rm_txt cf"><div class="col col-1 fl">'
            f'<h3 class="pre">{"区委书记在推进会上讲话" if art["id"]=="p08" else ""}</h3><h1>{esc(art["title"])}</h1>'
            f'<div class="col-1-1">{info}<div class="fr">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div></div>'
            f'<div class="rm_txt_con cf">{paras}'
            f'<p class="edit">(责编：{"王磊" if art["id"]=="p08" else "刘思"}、陈洁)</p></div>'
            '<div class="rm_relevant"><h2>相关新闻</h2><ul>'
            + _related(others, 5, lambda s: s.replace("-", "/")) + '</ul></div>'
            f'<div class="message">我要留言 已有{_n(rng, 2)}条留言</div></div>'
            '<div class="col col-2 fr"><h2>领导活动</h2><ul>'
            + "".join(f"<li>{esc(t)}</li>" for t, _ in others[5:9]) + '</ul></div></div></div>'
            '<div class="footer">人民网版权所有，未经书面授权禁止使用<br>Copyright © 1997-2024 by www.people.com.cn. all rights reserved</div>')
    head = (f'<title>{esc(art["title"])}--重庆频道--人民网</title>'
            f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="source" content="来源：人民网－重庆频道">')
    return head, body, f"http://cq.people.com.cn/n2/{y}/{m}{d}/c{_n(rng, 6)}-{_n(rng, 8)}.html"


def yy_yuanwu_zhuanjia(art, rng, others):
    """区 医院 portal 院务 news (GBK): table layout, <font>, 2023/3/14 info line, 更新时间, 专家介绍 box."""
    y, m, d = _ymd(art)
    paras = "".join(f'<p>{IND}<font face="宋体" size="3">{esc(p)}</font></p>' for p in art["body"])
    body = ('<table width="980" align="center" cellpadding="0"><tr><td><img src="/img/logo.jpg" alt="重庆市永川区人民医院"></td>'
            '<td>预约挂号：023-4981xxxx</td></tr></table>'
            '<table width="980" align="center"><tr><td width="220" valign="top" class="left"><div class="lm">院务公开</div>'
            '<ul><li>医院新闻</li><li>院务动态</li><li>通知公告</li><li>招聘信息</li></ul></td>'
            '<td valign="top"><div class="wz">您现在的位置：首页 &gt; 院务公开 &gt; 院务动态</div>'
            f'<div class="bt_content"><div align="center" class="bt"><font size="4" color="#0a5"><b>{esc(art["title"])}</b></font></div>'
            f'<div align="center" class="info">作者：心内科　发布时间：{int(y)}/{int(m)}/{int(d)}　更新时间：{y}-{m}-{int(d)+2:02d}　点击数：{_n(rng, 3)}</div>'
            f'<div id="zoom">{paras}<p align="center"><img src="tavr.jpg"></p>'
            '<p align="center"><font size="2">手术团队合影</font></p></div>'
            '<div class="zjjs" style="background:#eef"><p><b>专家介绍</b></p>'
            '<p>刘建国，主任医师，心血管内科主任，擅长冠心病、结构性心脏病介入治疗。</p>'
            '<p>门诊时间：每周二上午、周四全天</p></div>'
            '<div>上一篇：<a>我院开展“世界肾脏日”义诊活动</a><br>下一篇：<a>关于调整部分门诊时间的通知</a></div></div>'
            '</td></tr></table><div class="foot">版权所有：重庆市永川区人民医院　地址：永川区萱花路xx号　渝ICP备xxxxxxxx号</div>')
    head = f'<title>重庆市永川区人民医院--{esc(art["title"])}</title>'
    return head, body, f"http://www.ycrmyy.com/show.asp?id={_n(rng, 4)}"


NOTES = {"p11": ("作者：周明远", "（作者系中共重庆市委党校公共管理教研部副教授）",
                 ["①参见《关于加强基层治理体系和治理能力现代化建设的意见》，人民出版社2021年版。",
                  "②王某某：《数字治理的逻辑与路径》，《行政管理改革》2022年第5期。"]),
         "p12": ("作者：邓雪梅", "作者简介：邓雪梅，重庆工商大学马克思主义学院教授，主要研究方向为马克思主义政治经济学。",
                 ["[1]《习近平谈治国理政》第四卷，外文出版社2022年版。",
                  "[2]李某：《新质生产力的理论内涵》，《经济研究》2024年第1期。"])}


def epaper_lilun_zuozhe(art, rng, others):
    """e-paper 理论版 (p11 XHTML-like table e-paper, p12 div e-paper): <br> paragraphs, 作者简介, 注释."""
    y, m, d = _ymd(art)
    by, bio, notes = NOTES[art["id"]]
    paras = "<br>".join(f"{IND}{esc(p)}" if not _head(p) else f"{IND}<b>{esc(p)}</b>" for p in art["body"])
    paper = "重庆日报" if art["id"] == "p11" else "重庆法治报"
    ban = "第007版：理论" if art["id"] == "p11" else "第06版：理论周刊"
    body = (f'<div class="paper-top"><span>{paper}</span><span>{y}年{m}月{d}日 {_week(art)}</span><span>{ban}</span>'
            '<a>上一版</a><a>下一版</a><a>PDF下载</a><a>往期回顾</a></div>'
            '<table><tr><td class="bm"><img src="page07.jpg" usemap="#pm"><div class="bmlist"><b>版面导航</b>'
            '<p>第001版：要闻</p><p>第002版：综合</p><p>第007版：理论</p></div></td>'
            f'<td class="con"><div class="article"><p class="yt">理论前沿</p><h1>{esc(art["title"])}</h1>'
            f'<p class="author">{by}</p>'
            f'<div id="ozoom"><founder-content>{paras}</founder-content></div>'
            f'<div class="bio">{bio}</div><div class="zhushi"><p>注释：</p>'
            + "".join(f"<p>{esc(x)}</p>" for x in notes) + '</div></div>'
            '<div class="bwwz"><b>本版文章</b><ul>'
            + "".join(f"<li>{esc(t)}</li>" for t, _ in others[:3]) + '</ul></div></td></tr></table>'
            f'<div class="copy">{paper}社版权所有 未经授权禁止转载</div>')
    head = f'<title>{paper}-{y}年{m}月{d}日-{esc(art["title"])}</title>'
    return head, body, f"https://epaper.cqrb.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"


TEMPLATES = {"swhw_zhaoshang_en": swhw_zhaoshang_en, "fl_mp_zmjt": fl_mp_zmjt, "wlw_jq_tishi": wlw_jq_tishi,
             "xz_mp_fangxun": xz_mp_fangxun, "rmw_dfld_jianghua": rmw_dfld_jianghua,
             "yy_yuanwu_zhuanjia": yy_yuanwu_zhuanjia, "epaper_lilun_zuozhe": epaper_lilun_zuozhe}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages42", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
