"""Build the eighty-first saved-page set (``pages81``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 档案馆 portal 红色档案展 news page
(``dag_hszl81``), a 区 妇联 公众号 家风故事 post (``flmp_jiafeng81``), a 县政府网 重大项目进度 page
on an old GBK table layout with a data table (``xzf_zdxm81``), a 新浪-like 地方频道 report with
热门推荐 and 评论 (``sina_dfpd81``), a 区 医保局 portal 门诊报销 问答/动态 page (``ybj_mzbx81``), a
镇 公众号 征兵宣传 post (``zhen_mp_zhengbing81``) and a 党报 e-paper 评论版 短论 page
(``dbep_pl81``). ``articles.txt`` holds the title, date and reference body; the furniture (not
body) is written here. See README.md.

    python tests/data/web/pages81/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["陶文静", "何建军", "罗小燕", "彭海涛", "蒋丽君", "江川", "毛思雨", "韩志勇", "郑晓梅", "龚宇"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text: ``一、…``, a ``坚持…，推动…`` line, or a short line without a
    full stop or colon."""
    if "。" in p or "：" in p:
        return False
    return p.startswith(NUM_HEADS) or (p.startswith("坚持") and "，推动" in p) or len(p) <= 6


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f"<table {attrs}><tbody>" + "".join(
        "<tr>" + "".join(f"<td><p style=\"text-align:center\">{esc(c)}</p></td>" for c in r.split(" ")) + "</tr>"
        for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, turn=None) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table, heads and
    ``问：``/``答：`` turns marked (``turn(label, rest)``)."""
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(_table(rows))
            rows = []
        if p is None:
            break
        if head and _head(p):
            out.append(head(esc(p)))
        elif turn and p.startswith(("问：", "答：")):
            q, rest = p.split("：", 1)
            out.append(turn(esc(q), esc(rest)))
        else:
            out.append(para(esc(p)))
    return out


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _cap(rng, text) -> str:
    """A photo and its centred caption inside the text (NOT body)."""
    return (f'<p style="text-align:center"><img src="/u/cms/www/{_n(rng, 6)}/{_n(rng, 8)}.jpg" border="0"></p>'
            f'<p style="text-align:center">{esc(text)}（{rng.choice(WHO)} 摄）</p>')


def dag_hszl81(art, rng, others):
    """区 档案馆 portal: info spans with no whitespace between, 更新时间, 图为 caption inside the
    text, 相关新闻 with dates, 馆藏 card, footer."""
    y, m, d = _ymd(art)
    place = art["place"]
    url = f"http://www.{'bb' if place == '北碚' else 'hc'}dag.gov.cn/news/hdxx/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    blocks = _paras(art["body"], lambda t: f"<p>{IND}{t}</p>")
    blocks.insert(3, _cap(rng, "图为展览现场。" if art["id"] == "p01" else "图为宣讲现场。"))
    stamp = f"{y}-{m}-{d} {_hm(rng)}" if art["id"] == "p01" else f"{int(y)}/{int(m)}/{int(d)}"
    upd = f"{y}-{m}-{min(int(d) + rng.randint(2, 6), 28):02d}"
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><span class="date">{dd}</span><a href="#">{t}</a></li>')
    body = (f'<div class="top"><span>欢迎访问{place}区档案馆</span><span>{y}年{int(m)}月{int(d)}日 {_week(art)}</span>'
            f'<a>设为首页</a><a>加入收藏</a></div>'
            f'<div class="banner"><img src="/images/banner.jpg" alt="{place}区档案馆"></div>'
            f'<ul class="nav"><li>首页</li><li>机构概况</li><li>工作动态</li><li>档案资源</li><li>档案利用</li><li>网上展厅</li></ul>'
            f'<div class="main"><div class="left"><div class="lm">工作动态</div><ul><li>馆务动态</li><li>业务指导</li><li>区县动态</li></ul>'
            f'<div class="card"><h4>馆藏介绍</h4><p>馆藏档案{_n(rng, 2)}个全宗，{_n(rng, 6)}卷（件），资料{_n(rng, 5)}册。</p>'
            f'<p>开放时间：周一至周五 9:00-17:00</p></div></div>'
            f'<div class="right"><div class="dqwz">当前位置：<a>首页</a>&gt;&gt;<a>工作动态</a>&gt;&gt;<a>馆务动态</a></div>'
            f'<div class="con"><div class="bt">{esc(art["title"])}</div>'
            f'<div class="xx"><span>发布时间：{stamp}</span><span>来源：{place}区档案馆</span>'
            f'<span>作者：{rng.choice(WHO)}</span><span>阅读：<script>document.write("{_n(rng, 3)}");</script></span></div>'
            f'<div class="zw" id="zoom">' + "".join(blocks) + '</div>'
            f'<div class="gx">更新时间：{upd} {_hms(rng)}</div>'
            f'<div class="tool">【<a>打印本页</a>】【<a>关闭窗口</a>】</div></div>'
            f'<div class="xgxw"><h4>相关新闻</h4><ul>{rel}</ul></div></div></div>'
            f'<div class="foot"><p>主办：{place}区档案馆　承办：{place}区档案馆信息中心</p>'
            f'<p>地址：重庆市{place}区{rng.choice(["朝阳", "南京路", "嘉陵"])}路{_n(rng, 2)}号　电话：023-{_n(rng, 8)}</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1　渝公网安备 {_n(rng, 14)}号　网站标识码：5001{_n(rng, 6)}</p></div>')
    head = (f'<title>{esc(art["title"])}-{place}区档案馆</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ContentSource" content="{place}区档案馆">')
    return head, body, url


def flmp_jiafeng81(art, rng, others):
    """区 妇联 公众号: an 编者按 box before the text, bold heads in coloured sections, 来源/编辑 tail,
    QR, 往期推荐 strip, 阅读原文/点赞/在看 row."""
    y, m, d = _ymd(art)
    acct = f"{art['place']}女性"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    blocks = _paras(art["body"],
                    lambda t: f'<p style="line-height:1.75em;text-indent:2em;"><span style="font-size:15px;letter-spacing:1px;">{t}</span></p>',
                    head=lambda t: (f'<section style="text-align:center;margin:24px 0 12px;"><section style="display:inline-block;'
                                    f'background:#c8161d;padding:4px 14px;"><p><strong><span style="color:#fff;">{t}</span></strong></p>'
                                    f'</section></section>'))
    note = ('<section style="border:1px solid #e8c9a0;background:#fffaf2;padding:12px;margin-bottom:16px;">'
            '<p><strong>编者按：</strong>家风是社会风气的重要组成部分。即日起，我们推出“家风故事”系列，'
            '讲述身边的好家庭、好家风，敬请关注。</p></section>')
    blocks.insert(2, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640" data-ratio="0.75"></p>'
                     f'<p style="text-align:center"><span style="font-size:12px;color:#999">{rng.choice(["▲ 受访家庭供图", "▲ 分享会现场"])}</span></p>')
    recs = _rel(rng, others, 3, lambda t, dd: f'<p><a href="#"><span style="font-size:14px">▶ {t}</span></a></p>')
    tail = (f'<p><br></p><p style="text-align:center"><span style="font-size:12px;color:#888">来源：{esc(art["place"])}区妇联</span></p>'
            f'<p style="text-align:center"><span style="font-size:12px;color:#888">文字：{rng.choice(WHO)}｜编辑：{rng.choice(WHO)}｜审核：{rng.choice(WHO)}</span></p>'
            f'<section style="margin-top:20px;"><p style="text-align:center"><strong>往期推荐</strong></p>{recs}</section>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/0"></p>'
            f'<p style="text-align:center"><span style="font-size:13px">扫码关注 {esc(acct)}</span></p>'
            f'<p style="text-align:center"><span style="font-size:13px">分享、点赞、在看，三连支持一下吧</span></p>')
    stamp = f"{int(y)}年{int(m)}月{int(d)}日 {_hm(rng)}" if art["id"] == "p03" else f"{y}-{m}-{d} {_hm(rng)}"
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n      {esc(art["title"])}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{rng.choice(WHO)}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{stamp}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:visible;">'
            + note + "".join(blocks) + tail +
            f'</div><div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a>'
            f'<span>阅读 {_n(rng, 4)}</span><span class="sns_opr_btn">分享</span><span>赞 {rng.randint(20, 300)}</span>'
            f'<span>在看 {rng.randint(5, 90)}</span></div>'
            f'<div class="rich_media_extra"><p>留言</p><p>写留言</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta name="description" content="{esc(art["body"][0])}"><script>var ct = "{_epoch(art, _hm(rng))}";</script>')
    return head, body, url


def xzf_zdxm81(art, rng, others):
    """县政府网 重大项目 page on an old table layout (GBK): `<font>` title, the text as 　　-indented
    ``<br>`` lines in one cell with a data table in the middle; p05 a 发布日期 line, p06 only meta
    PubDate and the URL's date; 【打印】【关闭】, footer table."""
    y, m, d = _ymd(art)
    place = art["place"]
    code = {"城口": "cqck", "酉阳": "youyang"}[place]
    url = f"http://www.{code}.gov.cn/zwxx_{_n(rng, 3)}/zwdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    parts, rows = [], []
    for p in art["body"] + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            parts.append("</font>" + _table(rows, 'width="90%" border="1" align="center" cellpadding="2" cellspacing="0" bordercolor="#999999"')
                         + '<font style="font-size:14px;line-height:200%">')
            rows = []
        if p is not None:
            parts.append(f"{IND}{esc(p)}<br>\n")
    text = '<font style="font-size:14px;line-height:200%">' + "".join(parts) + "</font>"
    info = (f'发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;来源：县发展改革委&nbsp;&nbsp;&nbsp;&nbsp;'
            if art["id"] == "p05" else "来源：县重大项目推进办&nbsp;&nbsp;&nbsp;&nbsp;")
    body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td><img src="/images/top_{code}.jpg" width="1000" height="150"></td></tr>'
            f'<tr><td class="nav"><a>首页</a> | <a>走进{place}</a> | <a>政务公开</a> | <a>政务服务</a> | <a>互动交流</a> | <a>重大项目</a></td></tr></table>'
            f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td width="220" valign="top" class="left"><table width="100%"><tr><td class="lmt">重大项目</td></tr>'
            f'<tr><td><a>项目动态</a></td></tr><tr><td><a>项目库</a></td></tr><tr><td><a>招商项目</a></td></tr></table></td>'
            f'<td width="780" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">'
            f'<tr><td class="wz">您现在的位置：<a>首页</a> &gt;&gt; <a>重大项目</a> &gt;&gt; 项目动态</td></tr>'
            f'<tr><td align="center" height="50"><font size="4" color="#CC0000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="xx">{info}点击数：<script language="javascript">document.write({_n(rng, 3)})</script>'
            f'&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
            f'<tr><td><hr size="1" color="#cccccc"></td></tr>'
            f'<tr><td class="content" id="zoom">{text}</td></tr>'
            f'<tr><td align="right">（责任编辑：{rng.choice(WHO)}）</td></tr>'
            f'<tr><td align="center">【<a>打印此页</a>】&nbsp;&nbsp;【<a>关闭窗口</a>】&nbsp;&nbsp;【<a>返回顶部</a>】</td></tr>'
            f'<tr><td>上一篇：<a>{esc(others[rng.randrange(len(others))][0])}</a><br>下一篇：<a>{esc(others[rng.randrange(len(others))][0])}</a></td></tr>'
            f'</table></td></tr></table>'
            f'<table width="1000" align="center" class="foot"><tr><td align="center">主办：{place}县人民政府办公室&nbsp;&nbsp;'
            f'承办：{place}县大数据发展中心<br>渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;网站标识码：5002{_n(rng, 6)}&nbsp;&nbsp;'
            f'渝公网安备 {_n(rng, 14)}号</td></tr></table>')
    head = (f'<title>{esc(art["title"])}_{place}县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="项目动态">')
    return head, body, url


def sina_dfpd81(art, rng, others):
    """新浪-like 地方频道 report: date-source bar, 来源：…客户端 line inside the article box, 责任编辑 SN
    line, share, 热门推荐 with dates, 评论 counter and box, 相关新闻; meta publishdate."""
    y, m, d = _ymd(art)
    url = f"https://cq.sina.com.cn/news/m/{y}-{m}-{d}/detail-ima{_wx_id(rng)[:12].lower()}.shtml"
    blocks = _paras(art["body"], lambda t: f"<p>{IND}{t}</p>")
    blocks.insert(2, _cap(rng, "科技特派员在田间指导椒农修枝。" if art["id"] == "p07" else "居民乘坐新装的电梯。"))
    hot = _rel(rng, others, 5, lambda t, dd: f'<li><a href="#">{t}</a><span>{dd[5:]}</span></li>')
    stamp = f"{y}年{m}月{d}日 {_hm(rng)}" if art["id"] == "p07" else f"{y}-{m}-{d} {_hm(rng)}"
    src = rng.choice(["上游新闻客户端", "第1眼TV-重庆广电客户端"])
    ncm = rng.randint(0, 99)
    body = (f'<div class="top-nav"><a>新浪首页</a><a>新闻</a><a>体育</a><a>财经</a><a>娱乐</a><a>科技</a><a>登录</a></div>'
            f'<div class="channel-path"><a>新浪重庆</a> &gt; <a>重庆新闻</a> &gt; <a>区县</a></div>'
            f'<div class="main-content w1240"><h1 class="main-title">{esc(art["title"])}</h1>'
            f'<div class="top-bar-wrap"><div class="date-source"><span class="date">{stamp}</span>'
            f'<a class="source ent-source" href="#">{src.replace("客户端", "")}</a></div>'
            f'<div class="top-bar"><span class="comment">评论<em>{ncm}</em></span><span>大字体</span><span>分享到：微博 微信</span></div></div>'
            f'<div class="article" id="artibody"><p>{IND}来源：{src}</p>' + "".join(blocks) +
            f'<p class="show_author">责任编辑：{rng.choice(WHO)} SN{_n(rng, 3)}</p></div>'
            f'<div class="article-notice"><p>新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，'
            f'并不意味着赞同其观点或证实其描述。文章内容仅供参考，不构成投资建议。</p></div>'
            f'<div class="share-box"><span>分享到：</span><a>微博</a><a>微信</a><a>QQ空间</a></div>'
            f'<div class="comment-box"><h3>{ncm}条评论｜{rng.randint(ncm, 400)}人参与</h3><p>我有话说</p><p>网友评论仅供其表达个人看法，并不表明新浪网同意其观点或证实其描述</p></div>'
            f'<div class="hot-rec"><h3>热门推荐</h3><ul>{hot}</ul></div>'
            f'<div class="feed-card"><h3>猜你喜欢</h3><ul><li><a>重庆这些地方适合周末带娃</a><span>{rng.randint(1, 59)}分钟前</span></li>'
            f'<li><a>山城夜景哪里看最美</a><span>{rng.randint(1, 23)}小时前</span></li></ul></div></div>'
            f'<div class="footer"><p><a>新浪简介</a>｜<a>广告服务</a>｜<a>联系我们</a>｜<a>网站律师</a></p>'
            f'<p>Copyright © 1996-{y} SINA Corporation, All Rights Reserved</p><p>新浪公司 版权所有</p></div>')
    head = (f'<title>{esc(art["title"])}|重庆_新浪新闻</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta name="publishid" content="{_n(rng, 8)}"><meta property="article:published_time" content="{y}-{m}-{d}T{_hms(rng)}+08:00">'
            f'<meta name="keywords" content="{esc(art["place"])},重庆">')
    return head, body, url


def ybj_mzbx81(art, rng, others):
    """区 医保局 portal: p09 (GBK) 信息公开 grid with 成文日期 (a second date), bold 问： turns and
    答： answers, the 落款 and 附件 line inside the text div; p10 a table, photo caption, 温馨提示 box;
    发布日期 spans, 字号, 相关文章, footer with 扫一扫."""
    y, m, d = _ymd(art)
    place = art["place"]
    url = f"http://www.cq{'spb' if place == '沙坪坝' else 'na'}.gov.cn/bm/qybj/zwgk_{_n(rng, 5)}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;">{t}</p>',
                    turn=lambda q, t: (f'<p style="text-indent:2em;"><strong>{q}：{t}</strong></p>' if q == "问"
                                       else f'<p style="text-indent:2em;"><span style="font-family:黑体">{q}：</span>{t}</p>'))
    grid = ""
    if art["id"] == "p09":
        wd = f"{y}-{m}-{int(d) - 2:02d}"
        grid = (f'<table class="gk-table"><tr><td>索引号：</td><td>11500106MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td>'
                f'<td>主题分类：</td><td>医疗保障</td></tr><tr><td>发布机构：</td><td>{place}区医疗保障局</td>'
                f'<td>成文日期：</td><td>{wd}</td></tr><tr><td>标题：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
        blocks += [f'<p style="text-align:right">{place}区医疗保障局</p>',
                   f'<p style="text-align:right">{int(y)}年{int(m)}月{int(d) - 2}日</p>',
                   '<p>附件：<a href="#">职工医保门诊共济保障政策明白纸.pdf</a></p>']
        info = f'<span>发布日期：{y}-{m}-{d}</span><span>信息来源：{place}区医保局</span>'
    else:
        blocks.insert(3, _cap(rng, "图为工作人员为居民讲解医保政策。"))
        blocks.append('<div class="tip" style="border:1px solid #9cc;padding:8px"><p><b>温馨提示</b></p>'
                      '<p>异地就医备案可通过国家医保服务平台APP线上办理，无需跑腿。</p></div>')
        info = f'<span>时间：{y}年{m}月{d}日</span>&nbsp;<span>来源：{place}区医疗保障局</span>'
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a href="#">{t}</a><span>{dd}</span></li>')
    body = (f'<div class="top-bar"><span>{place}区人民政府</span><a>无障碍</a><a>长者模式</a><a>English</a></div>'
            f'<div class="header"><img src="/images/logo.png" alt="{place}区医疗保障局"><div class="search">站内搜索</div></div>'
            f'<ul class="nav"><li>首页</li><li>机构职能</li><li>政务公开</li><li>医保服务</li><li>政策解读</li><li>互动交流</li></ul>'
            f'<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>{"政策解读" if art["id"] == "p09" else "工作动态"}</a></div>'
            f'<div class="article-box">{grid}<h1 class="tit">{esc(art["title"])}</h1>'
            f'<div class="info">{info}<span>字号：<a>大</a> <a>中</a> <a>小</a></span><span><a>打印</a></span></div>'
            f'<div class="bt_content"><div class="TRS_Editor">' + "".join(blocks) + '</div></div>'
            f'<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ</a></div>'
            f'<div class="xgwz"><h3>相关文章</h3><ul>{rel}</ul></div></div>'
            f'<div class="footer"><p>主办单位：{place}区医疗保障局　联系电话：023-{_n(rng, 8)}</p>'
            f'<p>渝ICP备{_n(rng, 8)}号　渝公网安备{_n(rng, 14)}号　网站标识码：5001{_n(rng, 6)}</p>'
            f'<p>扫一扫在手机打开当前页</p></div>')
    head = (f'<title>{esc(art["title"])}_{place}区医疗保障局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="{place}区医疗保障局">')
    return head, body, url


def zhen_mp_zhengbing81(art, rng, others):
    """镇 公众号 征兵 post: a slogan one-line first paragraph, red bold 时间：/地点： lines and a head,
    a poster image, the 落款 and date, 征兵政策 card, #tags, 阅读/点赞/在看 row."""
    y, m, d = _ymd(art)
    acct = "西沱发布"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"

    def para(t):
        if t.startswith(("时间：", "地点：", "联系电话：")):
            k, v = t.split("：", 1)
            return f'<p style="line-height:2em;"><strong><span style="color:#d0021b;">{k}：</span></strong><span>{v}</span></p>'
        if t.startswith("“"):
            return f'<p style="text-align:center;"><strong><span style="font-size:20px;color:#d0021b;">{t}</span></strong></p>'
        return f'<p style="text-indent:2em;line-height:2em;"><span style="font-size:16px;">{t}</span></p>'
    blocks = _paras(art["body"], para, head=lambda t: (f'<section style="border-bottom:2px solid #d0021b;margin:18px 0 8px;">'
                                                       f'<p><strong><span style="color:#d0021b;font-size:17px;">{t}</span></strong></p></section>'))
    blocks.insert(1, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640" data-ratio="1.77"></p>')
    tail = (f'<p style="text-align:right;"><span>西沱镇人民武装部</span></p>'
            f'<p style="text-align:right;"><span>{int(y)}年{int(m)}月{int(d)}日</span></p>'
            f'<section style="background:#fff4f4;padding:10px;margin:14px 0;"><p><strong>政策链接</strong></p>'
            f'<p>义务兵服役期间，家庭按规定享受优待金；退役后可享受就业、升学等方面优惠政策。</p></section>'
            f'<p style="text-align:center"><span style="font-size:12px;color:#999">供稿：镇人武部｜编辑：{rng.choice(WHO)}｜审核：{rng.choice(WHO)}</span></p>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/0"></p>'
            f'<p style="text-align:center"><span style="font-size:12px;color:#999">长按二维码 关注{acct}</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{acct}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {_hm(rng)}</em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(blocks) + tail +
            f'</div><div id="js_tags" class="article-tag__list"><span>#征兵宣传</span><span>#西沱镇</span></div>'
            f'<div class="rich_media_tool"><span>阅读 {_n(rng, 4)}</span><span>分享</span><span>点赞 {rng.randint(10, 99)}</span>'
            f'<span>在看 {rng.randint(3, 40)}</span></div>'
            f'<div class="rich_media_extra"><p>写留言</p></div></div></div></div>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def dbep_pl81(art, rng, others):
    """党报 e-paper 第04版 评论: 版次 selector, PDF/上一版/下一版, 本版标题 list with the other 短论,
    the 栏目 kicker and the 作者 line (NOT body), the text as 　　-indented ``<br>`` lines in one div,
    上一篇/下一篇, copyright; date only in the banner and the URL."""
    y, m, d = _ymd(art)
    url = f"https://epaper.cqrb.cn/html/cqrb/{y}-{m}/{d}/004/content_{_n(rng, 6)}.htm"
    text = "".join(f"{IND}{esc(p)}<br />\n" for p in art["body"])
    other = ["规范涉企检查要“减量”更要“提质”", "让乡村文化活起来", "把服务送到群众家门口"]
    lst = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in other[:1] + [art["title"]] + other[1:])
    body = (f'<div class="head"><div class="logo"><img src="/images/cqrb.png" alt="重庆日报"></div>'
            f'<div class="dt">{y}年{int(m)}月{int(d)}日 {_week(art)}</div><a>数字报首页</a><a>往期回顾</a></div>'
            f'<table class="bmdh" width="100%"><tr><td>第04版：评论</td><td><a>上一版</a></td><td><a>下一版</a></td>'
            f'<td><a>PDF下载</a></td><td><select><option>第01版：要闻</option><option>第02版：要闻</option>'
            f'<option>第03版：综合</option><option selected>第04版：评论</option></select></td></tr></table>'
            f'<div class="leftbox"><img src="/page/{y}-{m}/{d}/04/{_n(rng, 6)}.jpg" usemap="#PagePicMap">'
            f'<div class="bbt"><h3>本版标题</h3><ul>{lst}</ul></div></div>'
            f'<div class="rightbox"><div class="text_c">'
            f'<h3>重庆短论</h3><h1>{esc(art["title"])}</h1><h2></h2>'
            f'<div class="sub_title">{rng.choice(WHO)}</div>'
            f'<div id="ozoom" class="content">{text}</div>'
            f'<div class="pageturn"><a>上一篇</a>　<a>下一篇</a></div></div></div>'
            f'<div class="copyright">重庆日报报业集团版权所有 未经书面授权不得复制或建立镜像</div>')
    head = f'<title>{esc(art["title"])}--重庆日报</title>'
    return head, body, url


TEMPLATES = {"dag_hszl81": dag_hszl81, "flmp_jiafeng81": flmp_jiafeng81, "xzf_zdxm81": xzf_zdxm81,
             "sina_dfpd81": sina_dfpd81, "ybj_mzbx81": ybj_mzbx81, "zhen_mp_zhengbing81": zhen_mp_zhengbing81,
             "dbep_pl81": dbep_pl81}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages81", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
