"""Build the twentieth saved-page set (``pages20``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier
set used, each chosen to be hard for an extractor: a 政府工作报告/讲话全文 page with numbered
subheadings, bold lead-ins and a 解读 sidebar (``speech_fulltext``), a 政策解读 page of 问：/答：
or 记者：/answer turns (``zcjd_qa``), a 图片新闻 page of pictures with captions and short text
between them (``photo_news``), a news page with a 投票 or 报名 form inside the text
(``poll_news``), a provincial portal's 市县动态 page whose article sits under a list of other
headlines (``prov_sxdt_hybrid``), an e-paper article with 转第X版/上接第X版 jump lines
(``epaper_jump``) and a county WeChat post with a 目录/导读 box, 来源/编辑/审核 lines and 往期回顾
cards (``wx_toc_post``). Besides ``T``/``B``/``F`` lines, ``articles.txt`` holds layout-only
lines read by :func:`extras` (none of them body). See README.md.

    python tests/data/web/pages20/build.py
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402
from pageset import hm as _hm  # noqa: E402

PLACES = {"banan": ("重庆", "巴南区"), "wuxi": ("重庆", "巫溪县"), "jiulongpo": ("重庆", "九龙坡区"),
          "xiushan": ("重庆", "秀山县"), "tongliang": ("重庆", "铜梁区"), "kaizhou": ("重庆", "开州区"),
          "dazu": ("重庆", "大足区"), "changshou": ("重庆", "长寿区"), "guangan": ("四川", "广安市"),
          "yibin": ("四川", "宜宾市"), "hechuan": ("重庆", "合川区"), "fuling": ("重庆", "涪陵区"),
          "pengshui": ("重庆", "彭水县"), "rongchang": ("重庆", "荣昌区")}
NUMS = "一二三四五六七八九十"


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: captions ``C`` ``{n: [text]}``,
    deck lines ``K``, the 编者按 ``E``, jump lines ``J`` ``{n: [text]}``, 目录 items ``M`` and
    poll options or form fields ``O``."""
    out, cur = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            cur = out.setdefault(line.split()[1], {"C": {}, "J": {}, "K": [], "E": "", "M": [], "O": []})
        elif line[:2] in ("C ", "J "):
            n, text = line[2:].split(" ", 1)
            cur[line[0]].setdefault(int(n), []).append(text)
        elif line[:2] in ("K ", "M ", "O "):
            cur[line[0]].append(line[2:])
        elif line.startswith("E "):
            cur["E"] = line[2:]
    return out


EXTRAS = extras(HERE / "articles.txt")


def _img(rng, y, m) -> str:
    return f"/upload/{y}{m}/{rng.randint(10 ** 7, 10 ** 8)}.jpg"


def _is_head(p: str) -> bool:
    """A numbered heading (一、… / 二、…) without a sentence end: set apart in bold."""
    return p[:1] in NUMS and p[1:2] == "、" and not p.endswith(("。", "？", "！", "；", "：")) and len(p) <= 24


def _lead_in(p: str) -> str:
    """A paragraph opening with （一）…。: its first sentence in bold, as reports print it."""
    if p.startswith("（") and p[2:3] == "）" and "。" in p:
        first, rest = p.split("。", 1)
        return f"<strong>{esc(first)}。</strong>{esc(rest)}"
    if p.startswith(("第一，", "第二，", "第三，", "第四，")) and "。" in p:
        first, rest = p.split("。", 1)
        return f"<b>{esc(first)}。</b>{esc(rest)}"
    return esc(p)


def _footer_gov(rng, prov, name) -> str:
    ab = "渝" if prov == "重庆" else "蜀"
    return (f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a></p>'
            f'<p>主办：{name}办公室　承办：{name}大数据应用发展管理局</p>'
            f'<p>网站标识码：{rng.randint(5000000000, 5199999999)}　{ab}ICP备{rng.randint(10 ** 7, 10 ** 8)}号-1　'
            f'<img src="/images/ga.png">{"渝" if prov == "重庆" else "川"}公网安备 5{rng.randint(10 ** 12, 10 ** 13)}号</p>'
            f'<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>')


def speech_fulltext(art, rng, others):
    """A district/county portal's 全文 page: deck lines, bold headings, a 解读 sidebar."""
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    ex = EXTRAS[art["id"]]
    gbk = "gbk" in art["flags"]
    gov = f"{place}人民政府"
    url = f"http://www.cq{art['place']}.gov.cn/zwgk_{rng.randint(100, 999)}/zfgzbg/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 6, 10 ** 7)}.html"
    paras = []
    for p in art["body"]:
        if _is_head(p):
            paras.append(f'<p style="text-indent:2em"><strong><span style="font-family:黑体">{esc(p)}</span></strong></p>')
        elif gbk:
            paras.append(f"<p>　　{_lead_in(p)}</p>")
        else:
            paras.append(f'<p style="text-indent:2em;line-height:2em">{_lead_in(p)}</p>')
    deck = "".join(f'<p style="text-align:center"><span style="font-family:楷体_GB2312">{esc(k)}</span></p>' for k in ex["K"])
    jd = [f"一图读懂{art['title'][:14]}", "专家解读：稳中求进　以进促稳", f"{place}区县代表热议报告", "【视频】三分钟带你看报告"]
    side = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in jd)
    rel = "".join(f'<li><a>{esc(t)}</a><span>{dd}</span></li>' for t, dd in rng.sample(others, 4))
    if gbk:  # an old table-layout county portal
        body = (f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.jpg"></td></tr>'
                f'<tr><td class="nav"><a>首页</a>　<a>走进{place}</a>　<a>政务公开</a>　<a>政务服务</a>　<a>互动交流</a></td></tr></table>'
                f'<table width="1000" align="center"><tr><td class="wz">您现在的位置：<a>首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>领导讲话</a></td></tr></table>'
                f'<table width="1000" align="center"><tr><td width="720" valign="top">'
                f'<table width="100%"><tr><td align="center" class="title"><font size="5" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;信息来源：县委办公室&nbsp;&nbsp;&nbsp;'
                f'点击数：<script language="javascript">document.write("{rng.randint(300, 4000)}");</script>'
                f'&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="bt_content" id="fontzoom">{deck}{"".join(paras)}</td></tr>'
                f'<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr></table>'
                f'</td><td width="260" valign="top"><div class="jd"><div class="jd_t">解读</div><ul>{side}</ul></div>'
                f'<div class="xg"><div class="xg_t">相关信息</div><ul>{rel}</ul></div></td></tr></table>'
                + _footer_gov(rng, prov, f"{place}人民政府"))
        head = (f'<title>{esc(art["title"])}--{gov}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ColumnName" content="领导讲话">')
        return head, body, url
    body = (f'<div class="head"><div class="w1200"><img src="/images/logo.png" alt="{gov}"><div class="search"><input value="请输入关键字"><button>搜索</button></div></div></div>'
            f'<div class="nav w1200"><a>首页</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>走进{place}</a></div>'
            f'<div class="w1200 crumb"><span>当前位置：</span><a>首页</a> &gt; <a>政务公开</a> &gt; <a>政府工作报告</a></div>'
            f'<div class="w1200 content"><div class="left xl_con"><h1 class="tit">{esc(art["title"])}</h1>'
            f'<div class="fbxx"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：{gov}办公室</span>'
            f'<span>字号：<a>大</a><a>中</a><a>小</a></span><span class="fx">分享到：<a class="wx"></a><a class="wb"></a></span></div>'
            f'<div class="zw TRS_Editor">{deck}{"".join(paras)}</div>'
            f'<div class="dybg"><a href="javascript:window.print()">打印本页</a><a href="javascript:window.close()">关闭窗口</a></div>'
            f'<div class="xgxx"><h3>相关信息</h3><ul>{rel}</ul></div></div>'
            f'<div class="right"><div class="jd_box"><div class="jd_t"><span>报告解读</span></div><ul>{side}</ul></div>'
            f'<div class="jd_box"><div class="jd_t"><span>历年报告</span></div><ul>'
            + "".join(f"<li><a>{int(y) - i}年{place}人民政府工作报告</a></li>" for i in range(1, 4))
            + f'</ul></div><div class="ewm"><img src="/images/wx.png"><p>扫一扫关注“{place}发布”</p></div></div></div>'
            + _footer_gov(rng, prov, gov))
    head = (f'<title>{esc(art["title"])}_政府工作报告_{gov}</title><meta name="SiteName" content="{gov}">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ContentSource" content="{gov}办公室">')
    return head, body, url


def zcjd_qa(art, rng, others):
    """A 政策解读 page: 信息公开 record, turns as paragraphs (问：/答： in bold, or 记者：/答者：)."""
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    gov = f"{place}人民政府"
    url = f"http://www.cq{art['place']}.gov.cn/zwgk/zcjd/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 6, 10 ** 7)}.html"
    paras = []
    for p in art["body"]:
        who, sep, rest = p.partition("：")
        if sep and len(who) <= 9 and "，" not in who:
            paras.append(f"<p>　　<strong>{esc(who)}：</strong>{esc(rest)}</p>" if who != "答" else
                         f"<p>　　<b>答：</b>{esc(rest)}</p>")
        else:
            paras.append(f"<p>　　{esc(p)}</p>")
    src = "区住房城乡建委" if "九龙坡" in place else "县医保局"
    rel = "".join(f'<li><a>{esc(t)}</a><span>{dd}</span></li>' for t, dd in rng.sample(others, 5))
    yuan = art["title"].split("》")[0] + "》" if "》" in art["title"] else f"《{place}城乡居民基本医疗保险门诊统筹实施细则》"
    body = (f'<div class="topbar"><span>{gov}</span><a>无障碍</a><a>长者模式</a><a>English</a></div>'
            f'<div class="banner"><img src="/images/banner.jpg"></div><div class="nav"><ul><li>首页</li><li>政务公开</li>'
            f'<li>政务服务</li><li>互动交流</li></ul></div>'
            f'<div class="wrap"><div class="location">当前位置：<a>首页</a>&nbsp;&gt;&nbsp;<a>政务公开</a>&nbsp;&gt;&nbsp;<a>政策解读</a></div>'
            f'<table class="gk-table"><tr><th>索引号：</th><td>11500107MB{rng.randint(10 ** 6, 10 ** 7)}/{y}-{rng.randint(10, 99)}</td>'
            f'<th>主题分类：</th><td>政策解读</td></tr><tr><th>发布机构：</th><td>{src}</td><th>发布日期：</th><td>{y}-{m}-{d}</td></tr>'
            f'<tr><th>标题：</th><td colspan="3">{esc(art["title"])}</td></tr></table>'
            f'<div class="article"><div class="article-title">{esc(art["title"])}</div>'
            f'<div class="article-info"><span>来源：{src}</span><span>{y}-{m}-{d}</span>'
            f'<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span><span>浏览次数：<em>{rng.randint(100, 3000)}</em></span></div>'
            f'<div class="view TRS_UEDITOR trs_paper_default trs_web" id="zoom">{"".join(paras)}</div>'
            f'<div class="relfile"><p>关联文件：<a href="#">{esc(yuan)}</a></p><p>解读形式：<a>文字解读</a>　<a>图片解读</a></p></div>'
            f'<div class="share">分享：<a>微信</a> <a>微博</a> <a>QQ空间</a><span class="fr"><a>打印</a>　<a>关闭</a></span></div></div>'
            f'<div class="rel"><div class="rel-t">相关解读</div><ul>{rel}</ul></div></div>' + _footer_gov(rng, prov, gov))
    head = (f'<title>{esc(art["title"])}_政策解读_{gov}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="{src}">'
            f'<meta name="ColumnName" content="政策解读">')
    return head, body, url


def photo_news(art, rng, others):
    """A 图片新闻 page: a thumbnail strip, then pictures with centred captions between short
    paragraphs (the GBK page: an old CMS with ``<br>`` and ``<font>``)."""
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    ex = EXTRAS[art["id"]]
    gbk = "gbk" in art["flags"]
    site = f"{place[:-1]}网"
    url = f"http://www.{art['place']}.cn/tpxw/{y}-{m}/{d}/content_{rng.randint(10 ** 6, 10 ** 7)}.htm"
    out = []
    for i, p in enumerate(art["body"]):
        out.append(f"<p>　　{esc(p)}</p>" if not gbk else f"<p><font face=\"宋体\">　　{esc(p)}</font></p>")
        for cap in ex["C"].get(i, []):
            out.append(f'<p style="text-align:center"><img src="{_img(rng, y, m)}" width="640" alt=""></p>')
            out.append(f'<p style="text-align:center"><font color="#0000ff">{esc(cap)}</font></p>' if gbk else
                       f'<p style="text-align:center">{esc(cap)}</p>')
    n = sum(len(v) for v in ex["C"].values())
    thumbs = "".join(f'<li><img src="{_img(rng, y, m)}"></li>' for _ in range(n))
    more = "".join(f'<li><img src="{_img(rng, y, m)}"><p>{esc(t)}</p></li>' for t, _ in rng.sample(others, 4))
    who = rng.sample(REPORTERS, 2)
    if gbk:
        body = (f'<table width="960" align="center"><tr><td><img src="/img/logo.gif"></td><td align="right"><a>设为首页</a> | <a>加入收藏</a></td></tr></table>'
                f'<table width="960" align="center" class="menu"><tr><td><a>首页</a> <a>开州新闻</a> <a>图片新闻</a> <a>乡镇动态</a> <a>视频</a></td></tr></table>'
                f'<table width="960" align="center"><tr><td>当前位置：<a>首页</a> &gt; <a>图片新闻</a></td></tr>'
                f'<tr><td align="center"><h2>{esc(art["title"])}</h2></td></tr>'
                f'<tr><td align="center"><font color="#999999">{y}-{m}-{d} {_hm(rng)}:{rng.randint(10, 59)}　来源：{site}　'
                f'编辑：{who[0]}　浏览：<span id="hits">{rng.randint(100, 900)}</span></font></td></tr>'
                f'<tr><td class="con" id="MyContent">{"".join(out)}</td></tr>'
                f'<tr><td align="right">【<a>打印</a>】【<a>关闭</a>】【<a>顶部</a>】</td></tr></table>'
                f'<table width="960" align="center"><tr><td class="more"><b>更多图片</b><ul>{more}</ul></td></tr></table>'
                f'<table width="960" align="center" class="foot"><tr><td>版权所有 {site} 未经许可不得复制转载<br>'
                f'渝ICP备{rng.randint(10 ** 7, 10 ** 8)}号 渝公网安备 500{rng.randint(10 ** 10, 10 ** 11)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])}-{site}</title><meta name="publishdate" content="{y}-{m}-{d}">'
        return head, body, url
    body = (f'<div class="header"><img src="/static/logo.png" alt="{site}"><ul class="menu"><li>首页</li><li>时政</li><li>图片</li>'
            f'<li>视频</li><li>专题</li></ul></div>'
            f'<div class="main"><div class="crumbs">首页 &gt; 图片 &gt; 正文</div><h1 class="pic-title">{esc(art["title"])}</h1>'
            f'<div class="pic-info"><span>{y}/{int(m)}/{int(d)} {_hm(rng)}</span><span>来源：{site}</span><span>作者：{who[0]}</span></div>'
            f'<div class="thumbs"><a class="prev">上一张</a><ul>{thumbs}</ul><a class="next">下一张</a><span>共{n}张</span></div>'
            f'<div class="pic-content article-box">{"".join(out)}</div>'
            f'<div class="editor">责任编辑：{who[1]}</div>'
            f'<div class="tools"><a>点赞</a><a>收藏</a><span>分享到：</span><a>微信</a><a>微博</a></div>'
            f'<div class="more-pics"><h3>更多图集</h3><ul>{more}</ul></div></div>'
            f'<div class="footer"><p>{site}版权所有，未经书面授权禁止转载</p><p>渝ICP备{rng.randint(10 ** 7, 10 ** 8)}号　'
            f'互联网新闻信息服务许可证：500{rng.randint(10 ** 8, 10 ** 9)}</p></div>')
    head = (f'<title>{esc(art["title"])}_图片_{site}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="article:published_time" content="{y}-{m}-{d}T{_hm(rng)}:00+08:00">')
    return head, body, url


def poll_news(art, rng, others):
    """A district news site's article with a 投票 or 报名 form between its paragraphs."""
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    ex = EXTRAS[art["id"]]
    site = f"{place[:-1]}网"
    url = f"https://www.{art['place']}news.cn/html/{y}-{m}/{d}/content_{rng.randint(10 ** 5, 10 ** 6)}.htm"
    vote = "投票" in art["title"]
    if vote:
        opts = "".join(f'<li><label><input type="checkbox" name="v" value="{i}"> {esc(o)}</label>'
                       f'<span class="num">{rng.randint(100, 5000)}票</span></li>' for i, o in enumerate(ex["O"], 1))
        form = (f'<div class="vote-box"><div class="vote-t">请为你心中的“最美河小青”投票（每天最多3票）</div>'
                f'<ul>{opts}</ul><div class="vote-btn"><button>投票</button><a>查看结果</a></div>'
                f'<p class="vote-tip">投票截止：{y}-05-15 24:00　已有{rng.randint(10000, 90000)}人参与</p></div>')
        at = 3
    else:
        fields = "".join(f'<div class="row"><label>{esc(o)}：</label><input type="text" placeholder="请输入{esc(o)}"></div>'
                         if "选择" not in o else
                         f'<div class="row"><label>{esc(o)}：</label><select><option>区体育中心游泳馆</option>'
                         f'<option>长寿湖镇全民健身中心</option><option>晏家街道社区游泳池</option></select></div>' for o in ex["O"])
        form = (f'<form class="bm-form"><div class="bm-t">在线报名</div>{fields}'
                f'<div class="row"><input type="checkbox" checked> 我已阅读并同意《报名须知》</div>'
                f'<button type="button">提交报名</button><p>已报名：{rng.randint(100, 700)}人</p></form>')
        at = 4
    paras = []
    for i, p in enumerate(art["body"]):
        paras.append(f"<p>{esc(p)}</p>")
        if i == at:
            paras.append(form)
    who = rng.sample(REPORTERS, 2)
    hot = "".join(f'<li><a>{esc(t)}</a></li>' for t, _ in rng.sample(others, 6))
    rel = "".join(f'<li><a>{esc(t)}</a><span class="time">{dd}</span></li>' for t, dd in rng.sample(others, 4))
    body = (f'<div class="top"><span>{y}年{int(m)}月{int(d)}日</span><a>登录</a><a>注册</a></div>'
            f'<div class="logo"><img src="/images/logo.png" alt="{site}"></div>'
            f'<div class="menu"><a>首页</a><a>本地</a><a>民生</a><a>活动</a><a>视频</a><a>爆料</a></div>'
            f'<div class="container"><div class="article-l"><div class="weizhi">您的位置：<a>首页</a> » <a>本地新闻</a></div>'
            f'<h1>{esc(art["title"])}</h1>'
            f'<div class="msg"><span>{site}</span><span>{y}-{m}-{d} {_hm(rng)}:{rng.randint(10, 59)}</span>'
            f'<span>阅读：{rng.randint(1000, 30000)}</span><span class="cmt">评论 {rng.randint(0, 40)}</span></div>'
            f'<div class="article-con" id="artibody">{"".join(paras)}</div>'
            f'<div class="zb">责任编辑：{who[1]}　审核：{who[0]}</div>'
            f'<div class="copyright">版权声明：凡注明“来源：{site}”的所有作品，版权均属{site}所有，未经授权禁止转载。</div>'
            f'<div class="xgyd"><h4>相关阅读</h4><ul>{rel}</ul></div>'
            f'<div class="comment"><p>网友评论</p><textarea>说点什么吧</textarea><button>发布</button></div></div>'
            f'<div class="article-r"><h4>热点排行</h4><ol>{hot}</ol><div class="qr"><img src="/images/qr.jpg"><p>扫一扫 下载客户端</p></div></div></div>'
            f'<div class="footer">{site} 版权所有 渝ICP备{rng.randint(10 ** 7, 10 ** 8)}号 违法和不良信息举报电话：023-{rng.randint(10 ** 7, 10 ** 8)}</div>')
    head = (f'<title>{esc(art["title"])}-{site}</title><meta name="description" content="{esc(art["body"][0][:60])}">'
            f'<meta name="publishdate" content="{y}-{m}-{d} {_hm(rng)}:00">')
    return head, body, url


def prov_sxdt_hybrid(art, rng, others):
    """A provincial portal's 市县动态 column: a list of headlines with a pager, then the article."""
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    gbk = "gbk" in art["flags"]
    url = f"https://www.sc.gov.cn/10462/10464/10465/10595/{y}/{int(m)}/{int(d)}/{rng.randint(10 ** 15, 10 ** 16):x}.shtml"
    items = rng.sample(others, 8)
    lst = "".join(f'<li><span class="date">{dd}</span><a href="#" title="{esc(t)}">{esc(t)}</a></li>' for t, dd in items)
    pager = f'<div class="page">共{rng.randint(90, 300)}页&nbsp;<a>首页</a>&nbsp;<a>上一页</a>&nbsp;<a>下一页</a>&nbsp;<a>尾页</a>&nbsp;跳转到<input size="2">页</div>'
    if gbk:
        paras = "<br>".join(f"　　{esc(p)}" for p in art["body"])
        text = f'<div class="contText" id="cmsArticleContent"><font style="font-size:16px">{paras}</font></div>'
    else:
        text = '<div class="contText" id="cmsArticleContent">' + "".join(
            f'<p style="text-indent:2em">{esc(p)}</p>' for p in art["body"]) + "</div>"
    src = {"guangan": "广安市人民政府网站", "yibin": "宜宾市叙州区人民政府"}[art["place"]]
    body = (f'<div class="header"><img src="/images/sc_logo.png" alt="四川省人民政府"><div class="sou"><input><a>搜索</a></div></div>'
            f'<div class="navBar"><a>首页</a><a>省情</a><a>要闻动态</a><a>信息公开</a><a>政务服务</a><a>互动交流</a></div>'
            f'<div class="w"><div class="crumb">您所在的位置：<a>首页</a> &gt; <a>要闻动态</a> &gt; <a>市县动态</a></div>'
            f'<div class="colTitle"><span>市县动态</span></div><ul class="newsList">{lst}</ul>{pager}'
            f'<div class="article"><h2 class="artTitle">{esc(art["title"])}</h2>'
            f'<div class="artInfo">{y}-{m}-{d} {_hm(rng)}&nbsp;&nbsp;来源：{src}&nbsp;&nbsp;'
            f'<a>【打印】</a><a>【纠错】</a></div>{text}'
            f'<div class="artShare">分享到：<a>微信</a><a>微博</a><a>QQ</a></div></div></div>'
            f'<div class="footer"><p>主办：四川省人民政府办公厅　运行维护：四川省大数据中心</p>'
            f'<p>网站标识码：5100000062　蜀ICP备05003828号　川公网安备 51010402000507号</p>'
            f'<p>您是第<script>document.write("{rng.randint(10 ** 7, 10 ** 8)}")</script>位访客</p></div>')
    head = (f'<title>{esc(art["title"])} - 市县动态 - 四川省人民政府网站</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ColumnName" content="市县动态"><meta name="SiteName" content="四川省人民政府">')
    return head, body, url


def epaper_jump(art, rng, others):
    """An e-paper article page with 引题/副题 and jump lines; the GBK page is a continuation
    page whose text is ``<br>``-separated inside one ``<div>``."""
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    ex = EXTRAS[art["id"]]
    gbk = "gbk" in art["flags"]
    paper = f"{place[:-1]}日报"
    ed = 3 if gbk else 1
    url = f"http://epaper.{art['place']}.cn/html/{y}-{m}/{d}/content_{rng.randint(10 ** 5, 10 ** 6)}.htm"
    lines = [f'<p>{esc(j)}</p>' if not gbk else esc(j) for j in ex["J"].get(-1, [])]
    for i, p in enumerate(art["body"]):
        lines.append(f"<p>　　{esc(p)}</p>" if not gbk else f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}")
        lines += [f'<p style="text-align:right">{esc(j)}</p>' if not gbk else esc(j) for j in ex["J"].get(i, [])]
    text = "".join(lines) if not gbk else "<br>".join(lines)
    yin, fu = (ex["K"] + [""])[:2] if len(ex["K"]) > 1 else ("", ex["K"][0])
    titles = (f'<tr><td class="yt">{esc(yin)}</td></tr><tr><td class="bt"><h1>{esc(art["title"])}</h1></td></tr>'
              f'<tr><td class="ft">{esc(fu)}</td></tr>')
    eds = "".join(f'<li><a>第{i:02d}版：{x}</a></li>' for i, x in enumerate(["要闻", "综合", "专题", "区县", "文化"], 1))
    lst = "".join(f'<li><a>{esc(t)}</a></li>' for t, _ in rng.sample(others, 4))
    body = (f'<table width="1000" align="center"><tr><td class="logo"><img src="../../../images/masthead.gif"></td>'
            f'<td>{y}年{m}月{d}日　星期{"一二三四五六日"[date(int(y), int(m), int(d)).weekday()]}　<a>往期回顾</a></td></tr></table>'
            f'<table width="1000" align="center"><tr><td width="320" valign="top"><div class="bm">'
            f'<img src="../../../images/{y}{m}{d}/{ed:02d}.jpg" usemap="#PagePicMap"><p>第{ed:02d}版：{["", "要闻", "", "专题"][ed]}</p>'
            f'<p><a>上一版</a>　<a>下一版</a>　<a href="../../../pdf/{y}{m}{d}/{ed:02d}.pdf">PDF下载</a></p></div>'
            f'<div class="bmlist"><b>版面导航</b><ul>{eds}</ul></div></td>'
            f'<td width="680" valign="top"><table width="100%" class="art">{titles}'
            f'<tr><td class="author"></td></tr><tr><td><div id="ozoom" class="content">{text}</div></td></tr>'
            f'<tr><td class="nav"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></td></tr></table>'
            f'<div class="bbwz"><b>本版文章</b><ul>{lst}</ul></div></td></tr></table>'
            f'<div class="foot">{paper}社版权所有　未经书面授权，不得复制或建立镜像<br>地址：{prov}市{place}　'
            f'邮编：408000　技术支持：方正电子</div>')
    head = f"<title>{paper}-{esc(art['title'])}</title>"
    if not gbk:
        head += f'<meta name="description" content="{esc(art["body"][0][:50])}">'
    return head, body, url


def wx_toc_post(art, rng, others):
    """A county account's WeChat post: 导读/目录 box, section headings, 来源/编辑/审核, 往期回顾."""
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    ex = EXTRAS[art["id"]]
    acct = f"{place[:-1]}发布" if art["place"] == "pengshui" else f"{place[:-1]}政务"
    toc = "".join(f'<p style="color:#888;font-size:14px">{esc(t)}</p>' for t in ex["M"])
    out = []
    if ex["E"]:
        out.append(f'<section style="background:#f6f6f6;padding:10px"><p><span style="color:#c00">{esc(ex["E"])}</span></p></section>')
    out.append(f'<section style="border:1px solid #ddd;padding:8px;margin:10px 0">{toc}</section>')
    for p in art["body"]:
        head = (p[:1] in NUMS and p[1:2] == "、") or (len(p) <= 12 and not p.endswith(("。", "：", "；")))
        if head:
            out.append(f'<section style="text-align:center;margin:20px 0"><span style="background:#b30000;color:#fff;'
                       f'padding:4px 12px"><strong>{esc(p)}</strong></span></section>')
        else:
            out.append(f'<p style="text-indent:0;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
    who = rng.sample(REPORTERS, 3)
    out.append(f'<p style="font-size:12px;color:#999">来源：{place}融媒体中心</p>'
               f'<p style="font-size:12px;color:#999">编辑：{who[0]}</p><p style="font-size:12px;color:#999">审核：{who[1]}　{who[2]}</p>')
    cards = "".join(f'<section style="display:flex"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{rng.randint(10 ** 9, 10 ** 10)}/640">'
                    f'<p>{esc(t)}</p></section>' for t, _ in rng.sample(others, 3))
    out.append(f'<section><p style="text-align:center"><strong>往期回顾</strong></p>{cards}</section>')
    out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{rng.randint(10 ** 9, 10 ** 10)}/640"></p>'
               f'<p style="text-align:center;font-size:12px">点击“在看”，让更多人看到</p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{acct}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">{acct}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {_hm(rng)}</em>'
            f'<em class="rich_media_meta rich_media_meta_text">发表于{prov}</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:visible">{"".join(out)}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(1000, 20000)}</span>'
            f'<span>分享</span><span>点赞 {rng.randint(10, 300)}</span><span>在看 {rng.randint(5, 100)}</span></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:type" content="article"><meta name="viewport" content="width=device-width">')
    return head, body, f"https://mp.weixin.qq.com/s/{rng.randint(10 ** 15, 10 ** 16):x}"


TEMPLATES = {"speech_fulltext": speech_fulltext, "zcjd_qa": zcjd_qa, "photo_news": photo_news,
             "poll_news": poll_news, "prov_sxdt_hybrid": prov_sxdt_hybrid, "epaper_jump": epaper_jump,
             "wx_toc_post": wx_toc_post}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages20", TEMPLATES, lambda art: "fresh")  # measured once held apart, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
