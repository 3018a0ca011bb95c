"""Build the nineteenth saved-page set (``pages19``): a development set for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier
set used, each chosen to be hard for an extractor: a press conference transcript
(``presser_transcript``: 主持人：/记者：/speaker turns), a 专题 article under a big banner with
many sidebar boxes and a 编者按 and 延伸阅读 inside the text box (``zhuanti_article``), the
first page of a long article split over pages (``paged_article``: 第1页 第2页 下一页), a video
news page whose text is two short paragraphs under the player (``video_brief``), a feed-style
article with recommendation cards between its paragraphs (``feed_cards_article``), a
government notice whose body holds a data table and whose foot has an 附件 list
(``notice_table``) and an e-paper article whose paragraphs are ``<div>``s without ``<p>`` and
whose headline comes after the text in DOM order (``epaper_div_tail``). Besides ``T``/``B``/``F``
lines, ``articles.txt`` holds layout-only lines read by :func:`extras` (captions, 编者按,
延伸阅读, a notice's signature, date and attachments: none of them body). See README.md.

    python tests/data/web/pages19/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402
from pageset import hm as _hm  # noqa: E402

PLACES = {"yubei": ("重庆", "渝北区"), "mianyang": ("四川", "绵阳市"), "fengjie": ("重庆", "奉节县"),
          "jiangjin": ("重庆", "江津区"), "wanzhou": ("重庆", "万州区"), "nanchong": ("四川", "南充市"),
          "dazu": ("重庆", "大足区"), "tongnan": ("重庆", "潼南区"), "chengdu": ("四川", "成都市"),
          "shapingba": ("重庆", "沙坪坝区"), "beibei": ("重庆", "北碚区"), "qianjiang": ("重庆", "黔江区"),
          "yongchuan": ("重庆", "永川区"), "jiangbei": ("重庆", "江北区")}
#: Cell separator of a table row in a ``B`` line (the reference joins the cells with one space).
CELL = "|"


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: photos ``{n: [(above, caption)]}``
    (``C`` caption below the picture, ``U`` above it), the ``E`` 编者按, ``X`` 延伸阅读 items,
    and a notice's ``S`` signature, ``D`` date and ``A`` attachment lines."""
    out, cur = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            cur = out.setdefault(line.split()[1], {"photos": {}, "E": "", "X": [], "S": "", "D": "", "A": []})
        elif line[:2] in ("C ", "U "):
            n, text = line[2:].split(" ", 1)
            cur["photos"].setdefault(int(n), []).append((line[0] == "U", text))
        elif line[:2] in ("X ", "A "):
            cur[line[0]].append(line[2:])
        elif line[:2] in ("E ", "S ", "D "):
            cur[line[0]] = line[2:]
    return out


EXTRAS = extras(HERE / "articles.txt")


def _rows_to_reference(art) -> list[list[str] | None]:
    """The cells of each body paragraph that is a table row (``None`` for a plain paragraph);
    rewrites ``art["body"]`` in place so the reference holds the row's cells joined by one space."""
    cells = [p.split(CELL) if CELL in p else None for p in art["body"]]
    art["body"] = [" ".join(c) if c else p for p, c in zip(art["body"], cells)]
    return cells


def _pick(rng, others, n):
    return rng.sample(others, n)


def _img(rng, y, m) -> str:
    return f'/uploadfiles/{y}{m}/{rng.randint(10 ** 7, 10 ** 8)}.jpg'


def _photo_p(rng, y, m, above, cap) -> str:
    img = f'<p style="text-align:center"><img src="{_img(rng, y, m)}" width="600" border="0"></p>'
    txt = f'<p style="text-align:center"><span style="font-family:楷体;font-size:14px">{esc(cap)}</span></p>'
    return txt + img if above else img + txt


def _is_sub(p: str) -> bool:
    """A short line without a sentence end (一、…, 坚持…，…): set in bold as a subheading."""
    return len(p) <= 22 and not p.endswith(("。", "？", "！", "；", "：")) and CELL not in p


def presser_transcript(art, rng, others):
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    ident = f"{y}{m}{d}{rng.randint(100, 999)}"
    url = f"http://www.{art['place']}.gov.cn/zwgk/xwfbh/fbhsl/{y}{m}/t{ident}.html"
    paras = []
    for p in art["body"]:
        who, sep, rest = p.partition("：")
        if sep and len(who) <= 16 and not any(ch in who for ch in "，的"):
            paras.append(f'<p style="text-indent:2em"><strong>{esc(who)}：</strong>{esc(rest)}</p>')
        else:
            paras.append(f'<p style="text-indent:2em">{esc(p)}</p>')
    gov = "重庆市渝北区人民政府" if art["place"] == "yubei" else f"{place}人民政府"
    rel = "".join(f'<li><span class="date">{dd}</span><a href="#">{esc(t)}</a></li>' for t, dd in _pick(rng, others, 4))
    body = (f'<div class="topbar"><div class="w1200"><span>欢迎访问{gov}网站</span><a>无障碍</a><a>长者模式</a>'
            f'<a>繁體</a></div></div><div class="header"><img src="/images/logo.png" alt="{gov}"></div>'
            f'<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进{place}</li></ul></div>'
            f'<div class="w1200 crumb">当前位置：<a>首页</a>&gt;<a>政务公开</a>&gt;<a>新闻发布会</a>&gt;<a>发布会实录</a></div>'
            f'<div class="w1200 main"><div class="fbh-head"><h1 class="fbh-title">{esc(art["title"])}</h1>'
            f'<table class="fbh-info"><tr><td>发布时间：{y}年{int(m)}月{int(d)}日 {rng.choice(["10:00", "10:30", "15:00"])}</td>'
            f'<td>发布地点：{place}政府新闻发布厅</td></tr>'
            f'<tr><td colspan="2">发布人：见正文</td></tr></table>'
            f'<div class="fbh-tab"><a class="on">文字实录</a><a>图片直播</a><a>视频回放</a><a>相关文件</a></div></div>'
            f'<div class="fbh-meta"><span>信息来源：{place}政府新闻办公室</span>&nbsp;&nbsp;<span>发布日期：{y}-{m}-{d}</span>'
            f'&nbsp;&nbsp;<span>浏览量：<script>document.write("{rng.randint(200, 5000)}")</script></span>'
            f'&nbsp;&nbsp;<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div class="con" id="zoomcon"><div class="TRS_Editor">{"".join(paras)}</div></div>'
            f'<div class="sharebox">分享到：<a class="wx"></a><a class="wb"></a><a class="qq"></a></div>'
            f'<div class="print"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>'
            f'<div class="xgfbh"><h3>往期发布会</h3><ul>{rel}</ul></div></div>'
            f'<div class="footer"><p>主办：{gov}办公室　承办：{place}大数据应用发展管理局</p>'
            f'<p>网站标识码：{rng.randint(5000000000, 5199999999)}　{"渝" if prov == "重庆" else "蜀"}ICP备{rng.randint(10 ** 7, 10 ** 8)}号　'
            f'<img src="/images/ga.png">{"渝" if prov == "重庆" else "川"}公网安备 5{rng.randint(10 ** 12, 10 ** 13)}号</p>'
            f'<p><img src="/images/dzjg.png" alt="党政机关"> <a>网站地图</a> | <a>联系我们</a></p></div>')
    head = (f'<title>{esc(art["title"])}_发布会实录_{gov}</title><meta name="SiteName" content="{gov}">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ColumnName" content="发布会实录"><meta name="ContentSource" content="{place}政府新闻办公室">')
    return head, body, url


def zhuanti_article(art, rng, others):
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    ex = EXTRAS[art["id"]]
    who = rng.sample(REPORTERS, 3)
    url = f"https://www.cqnews.net/zt/{y}/xczx/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 6, 10 ** 7)}.html"
    out = [f'<div class="bza" style="border:1px dashed #c00;padding:10px"><p><strong>编者按：</strong>'
           f'{esc(ex["E"].removeprefix("编者按："))}</p></div>']
    for i, p in enumerate(art["body"]):
        out.append(f'<p><strong>{esc(p)}</strong></p>' if _is_sub(p) else f"<p>　　{esc(p)}</p>")
        for above, cap in ex["photos"].get(i, []):
            out.append(_photo_p(rng, y, m, above, cap))
    ext = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in ex["X"])
    out.append(f'<div class="ycyd"><div class="ycyd-t">延伸阅读</div><ul>{ext}</ul></div>')
    box = lambda name, items: (f'<div class="sidebox"><div class="sidebox-t"><span>{name}</span><a class="more">更多&gt;&gt;</a></div>'
                               f'<ul>{items}</ul></div>')
    latest = "".join(f'<li><a>{esc(t)}</a><span>{dd[5:]}</span></li>' for t, dd in _pick(rng, others, 5))
    pics = "".join(f'<li><img src="{_img(rng, y, m)}"><p>{esc(t[:14])}</p></li>' for t, _ in _pick(rng, others, 2))
    media = "".join(f'<li>[{src}] <a>{esc(t)}</a></li>' for src, (t, _) in
                    zip(("人民网", "新华网", "重庆日报"), _pick(rng, others, 3)))
    topics = "".join(f"<li><a>{x}</a></li>" for x in ("学习贯彻党的二十大精神", "新时代新征程新伟业", "成渝地区双城经济圈建设"))
    body = (f'<div class="zt-banner" style="height:360px;background:url(/zt/{y}/xczx/images/banner.jpg)">'
            f'<img src="/zt/{y}/xczx/images/banner_title.png" alt="乡村振兴看重庆"></div>'
            f'<div class="zt-nav"><a>专题首页</a><a>权威声音</a><a>区县行动</a><a>新农人故事</a><a>图说振兴</a><a>媒体聚焦</a></div>'
            f'<div class="zt-main"><div class="position">您当前的位置：<a>专题首页</a> &gt; <a>新农人故事</a> &gt; 正文</div>'
            f'<div class="zt-left"><div class="article-box"><h1 class="bt">{esc(art["title"])}</h1>'
            f'<div class="info">{y}-{m}-{d} {_hm(rng)}:{rng.randint(10, 59)}　来源：华龙网-新重庆客户端　'
            f'作者：{who[0]}　{who[1]}</div><div class="zw">{"".join(out)}</div>'
            f'<div class="zrbj">责任编辑：{who[2]}</div></div></div>'
            f'<div class="zt-right">{box("最新动态", latest)}{box("图片新闻", pics)}{box("媒体聚焦", media)}'
            f'{box("相关专题", topics)}<div class="sidebox ewm"><img src="/images/app.png"><p>扫码下载新重庆客户端</p></div></div></div>'
            f'<div class="zt-foot"><p>主办：重庆市委网信办　承办：华龙网集团</p>'
            f'<p>华龙网版权所有，未经书面授权禁止使用　渝ICP备06012346号-2</p></div>')
    head = (f'<title>{esc(art["title"])}_乡村振兴看重庆_华龙网</title>'
            f'<meta name="keywords" content="乡村振兴,{place}"><meta name="description" content="{esc(art["body"][0][:50])}">')
    return head, body, url


def paged_article(art, rng, others):
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    npages = int(next(f for f in art["flags"] if f.startswith("pages"))[5:])
    who = rng.sample(REPORTERS, 2)
    ident = rng.randint(10 ** 6, 10 ** 7)
    url = f"http://www.{art['place']}news.cn/html/{y}/{m}/{d}/{ident}.html"
    site = f"{place[:-1] if place.endswith(('区', '市')) else place}新闻网"
    paras = "".join(f"<p>　　{esc(p)}</p>" for p in art["body"])
    pager = (f'<div class="page" id="pages"><span>共{npages}页</span><a class="a1">上一页</a><span class="on">1</span>'
             + "".join(f'<a href="{ident}_{i}.html">{i}</a>' for i in range(2, npages + 1))
             + f'<a href="{ident}_2.html" class="a1">下一页</a><a href="{ident}_{npages}.html">尾页</a></div>'
             f'<div class="page2">' + "".join(f'<a href="#">第{i}页</a>' if i > 1 else f"<b>第{i}页</b>"
                                              for i in range(1, npages + 1)) + "</div>")
    hot = "".join(f'<li><i>{i}</i><a>{esc(t)}</a></li>' for i, (t, _) in enumerate(_pick(rng, others, 6), 1))
    prev, nxt = _pick(rng, others, 2)
    body = (f'<div id="top"><a>{site}首页</a> | <a>登录</a> | <a>注册</a> | <a>设为首页</a></div>'
            f'<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top_logo.jpg"></td>'
            f'<td><a>新闻</a> <a>时政</a> <a>社会</a> <a>民生</a> <a>图片</a> <a>视频</a> <a>专题</a></td></tr></table>'
            f'<div class="wrap"><div class="l_box"><div class="dh">{site} &gt; <a>本地新闻</a> &gt; 正文</div>'
            f'<div class="title"><h1>{esc(art["title"])}</h1></div>'
            f'<div class="source"><span>{y}年{m}月{d}日 {_hm(rng)}</span>&nbsp;&nbsp;<span>来源：{site}</span>&nbsp;&nbsp;'
            f'<span>编辑：{who[0]}</span>&nbsp;&nbsp;<span>评论：<em>0</em></span></div>'
            f'<div class="content" id="content">{paras}</div>{pager}'
            f'<div class="bianji">[责任编辑：{who[1]}]</div>'
            f'<div class="fx"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="sxp"><p>上一篇：<a>{esc(prev[0])}</a></p><p>下一篇：<a>{esc(nxt[0])}</a></p></div>'
            f'<div class="pinglun"><h3>网友评论</h3><textarea>文明上网，理性发言</textarea><button>发表评论</button>'
            f'<p>已有0人参与评论</p></div></div>'
            f'<div class="r_box"><h3>点击排行</h3><ol>{hot}</ol></div></div>'
            f'<div id="foot"><p>版权所有：{site}　未经授权，禁止转载、摘编、复制或建立镜像</p>'
            f'<p>{"渝" if prov == "重庆" else "蜀"}ICP备{rng.randint(10 ** 7, 10 ** 8)}号　互联网新闻信息服务许可证{rng.randint(10 ** 10, 10 ** 11)}</p></div>')
    head = (f'<title>{esc(art["title"])}-{site}</title><meta name="publishdate" content="{y}-{m}-{d} {_hm(rng)}:00">'
            f'<meta name="description" content="{esc(art["body"][0][:60])}">')
    return head, body, url


def video_brief(art, rng, others):
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    who = rng.sample(REPORTERS, 3)
    url = f"https://www.{art['place']}tv.cn/video/{y}{m}{d}/{rng.randint(10 ** 5, 10 ** 6)}.shtml"
    tv = f"{place}融媒体中心"
    text = "".join(f"<p>{esc(p)}</p>" for p in art["body"])
    vlist = "".join(f'<li><div class="pic"><img src="{_img(rng, y, m)}"><span class="time">0{rng.randint(1, 4)}:{rng.randint(10, 59)}</span>'
                    f'</div><p class="t">{esc(t)}</p><p class="d">{dd}</p></li>' for t, dd in _pick(rng, others, 6))
    hot = "".join(f'<li><em>{i}</em><a>{esc(t)}</a><span>{rng.randint(1, 9)}.{rng.randint(0, 9)}万次播放</span></li>'
                  for i, (t, _) in enumerate(_pick(rng, others, 5), 1))
    body = (f'<div class="header"><a class="logo"><img src="/static/logo.png" alt="{tv}"></a>'
            f'<ul class="menu"><li>首页</li><li>新闻</li><li>视频</li><li>直播</li><li>专题</li><li>爆料</li></ul></div>'
            f'<div class="main"><div class="bread">首页 / 视频 / 新闻视频</div>'
            f'<div class="video-title"><h2>{esc(art["title"])}</h2></div>'
            f'<div class="player" id="player"><video src="https://vod.{art["place"]}tv.cn/{y}{m}{d}/{rng.randint(10 ** 8, 10 ** 9)}.mp4" '
            f'poster="{_img(rng, y, m)}" controls></video><div class="tip">您的浏览器不支持视频播放，请升级浏览器</div></div>'
            f'<div class="video-info"><span>{y}-{m}-{d} {_hm(rng)}</span><span>来源：{tv}</span>'
            f'<span class="play">播放：{rng.randint(200, 9000)}</span><span class="zan">赞 {rng.randint(5, 90)}</span></div>'
            f'<div class="video-desc">{text}</div>'
            f'<div class="staff"><p>记者：{who[0]}　{who[1]}</p><p>编辑：{who[2]}</p></div>'
            f'<div class="vlist"><h3>相关视频</h3><ul>{vlist}</ul></div></div>'
            f'<div class="side"><h3>热门视频</h3><ul>{hot}</ul><div class="app"><img src="/static/qr.png"><p>下载客户端 看更多精彩视频</p></div></div>'
            f'<div class="footer"><p>{tv}版权所有　未经许可不得转载</p><p>信息网络传播视听节目许可证：{rng.randint(10 ** 6, 10 ** 7)}号　'
            f'渝ICP备{rng.randint(10 ** 7, 10 ** 8)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_视频_{tv}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:type" content="video"><meta name="description" content="{esc(art["body"][0][:40])}">')
    return head, body, url


def feed_cards_article(art, rng, others):
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    who = rng.sample(REPORTERS, 4)
    url = f"https://www.thepaper.cn/newsDetail_forward_{rng.randint(2 * 10 ** 7, 3 * 10 ** 7)}"
    cards = iter(_pick(rng, others, 3))
    out = [f'<p>来源：澎湃新闻客户端</p>']
    for i, p in enumerate(art["body"]):
        out.append(f"<p>{esc(p)}</p>")
        if i in (1, 4, 7) and i < len(art["body"]) - 1:
            t, dd = next(cards)
            out.append(f'<div class="news_card" data-id="{rng.randint(10 ** 7, 10 ** 8)}"><div class="card_img">'
                       f'<img src="{_img(rng, y, m)}"></div><div class="card_txt"><h4>{esc(t)}</h4>'
                       f'<p><span>澎湃新闻</span><span>{rng.randint(2, 800)}评</span><span>{dd}</span></p></div></div>')
    recs = "".join(f'<li><a>{esc(t)}</a><div class="pdtt_trbs"><span>{src}</span><span>{rng.randint(1, 99)}</span>'
                   f'<span>{rng.randint(1, 23)}小时前</span></div></li>'
                   for src, (t, _) in zip(("城市观察", "直击现场", "一号专案", "澎湃人物"), _pick(rng, others, 4)))
    body = (f'<div class="head"><a class="logo">澎湃新闻</a><div class="nav"><a>要闻</a><a>深度</a><a>视频</a>'
            f'<a>时事</a><a>财经</a><a>思想</a><a>生活</a></div><a class="login">登录</a></div>'
            f'<div class="index_content"><div class="newscontent"><div class="news_path"><a>时事</a> &gt; <a>城市漫步</a></div>'
            f'<h1 class="news_title">{esc(art["title"])}</h1>'
            f'<div class="news_about"><p>澎湃新闻记者 {who[0]}</p><p>{y}-{m}-{d} {_hm(rng)}<span>来源：澎湃新闻</span></p></div>'
            f'<div class="news_txt" data-size="standard">{"".join(out)}</div>'
            f'<div class="news_editor">责任编辑：{who[1]}　图片编辑：{who[2]}</div><div class="news_editor">校对：{who[3]}</div>'
            f'<div class="copyright">澎湃新闻报料：021-962866</div><div class="copyright">澎湃新闻，未经授权不得转载</div>'
            f'<div class="news_love"><a>点赞 {rng.randint(3, 99)}</a><a>收藏</a><a>分享</a></div>'
            f'<div class="news_tag">#{place} #民生</div>'
            f'<div class="comment"><h2>评论（{rng.randint(1, 40)}）</h2><textarea placeholder="我来说两句"></textarea>'
            f'<div class="aqwright"><span>网友</span><p>点赞了</p><span>{rng.randint(1, 9)}天前</span></div></div></div>'
            f'<div class="main_rt"><h2>相关推荐</h2><ul>{recs}</ul></div></div>'
            f'<div class="foot"><p>关于澎湃 在澎湃工作 联系我们 广告及合作 版权声明 隐私政策 友情链接</p>'
            f'<p>Copyright © 2014~{y} The Paper All Rights Reserved 沪ICP备14003370号</p>'
            f'<p>沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006</p></div>')
    head = (f'<title>{esc(art["title"])}_澎湃新闻-The Paper</title><meta name="Keywords" content="{place}">'
            f'<meta name="Description" content="{esc(art["body"][0][:60])}">'
            f'<meta property="og:title" content="{esc(art["title"])}"><meta property="og:type" content="article">')
    return head, body, url


def notice_table(art, rng, others):
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    ex = EXTRAS[art["id"]]
    cells = _rows_to_reference(art)
    url = f"http://www.cq{art['place']}.gov.cn/zwgk_{rng.randint(100, 999)}/tzgg/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 6, 10 ** 7)}.html"
    out, table = [], []
    for i, (p, c) in enumerate(zip(art["body"], cells)):
        if c:
            tag = "th" if not table else "td"
            table.append("<tr>" + "".join(f'<{tag} style="border:1px solid #000"><p align="center">{esc(x)}</p></{tag}>'
                                          for x in c) + "</tr>")
            continue
        if table:
            out.append(f'<table border="1" cellspacing="0" cellpadding="4" width="100%" align="center">{"".join(table)}</table>')
            table = []
        if p.startswith(tuple("一二三四五六七八九")) and "、" in p[:3]:
            out.append(f'<p style="text-indent:2em"><span style="font-family:黑体">{esc(p)}</span></p>')
        elif i == 0 and p.endswith("："):
            out.append(f"<p>{esc(p)}</p>")
        else:
            out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
    if table:
        out.append(f'<table border="1" cellspacing="0" width="100%">{"".join(table)}</table>')
    out.append("<p>&nbsp;</p>")
    out += [f'<p style="text-indent:2em">{esc(a)}</p>' if i == 0 else f'<p style="text-indent:5em">{esc(a)}</p>'
            for i, a in enumerate(ex["A"])]
    out.append("<p>&nbsp;</p>")
    out += [f'<p style="text-align:right">{esc(ex["S"])}</p>', f'<p style="text-align:right">{esc(ex["D"])}</p>']
    files = "".join(f'<li><a href="./P0{y}{m}{d}{rng.randint(1000, 9999)}{a[a.rfind("."):]}">'
                    f'{esc(a.removeprefix("附件：").lstrip("0123456789."))}</a></li>' for a in ex["A"])
    src = ex["S"].removeprefix("重庆市")
    body = (f'<div class="top"><div class="w"><span>{place}人民政府</span><span class="fr"><a>无障碍浏览</a> <a>English</a></span></div></div>'
            f'<div class="banner"><img src="/images/banner_zwgk.jpg"></div>'
            f'<div class="w"><div class="zwgk_nav"><a>政府信息公开指南</a><a>政府信息公开制度</a><a>法定主动公开内容</a>'
            f'<a>政府信息公开年报</a></div>'
            f'<table class="xxgk_table" width="100%"><tr><td>索引号：</td><td>11500109MB{rng.randint(10 ** 6, 10 ** 7)}/{y}-{rng.randint(10, 99)}</td>'
            f'<td>主题分类：</td><td>通知公告</td></tr><tr><td>发布机构：</td><td>{esc(src)}</td><td>成文日期：</td><td>{esc(ex["D"])}</td></tr>'
            f'<tr><td>标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
            f'<tr><td>发文字号：</td><td></td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>'
            f'<div class="detail"><div class="title">{esc(art["title"])}</div>'
            f'<div class="tool"><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span><span>浏览次数：<i id="hits">{rng.randint(50, 3000)}</i></span></div>'
            f'<div class="zwxl-article" id="zoom"><div class="view TRS_UEDITOR trs_paper_default">{"".join(out)}</div></div>'
            f'<div class="fujian"><p>附件：</p><ul>{files}</ul></div>'
            f'<div class="share">分享到：<a>微信</a><a>微博</a>　　<a>打印本页</a>　<a>关闭窗口</a></div></div></div>'
            f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a></p>'
            f'<p>主办单位：{place}人民政府办公室　承办单位：{place}大数据发展局</p>'
            f'<p>网站标识码：500{rng.randint(10 ** 6, 10 ** 7)}　渝ICP备{rng.randint(10 ** 7, 10 ** 8)}号　'
            f'渝公网安备 500{rng.randint(10 ** 10, 10 ** 11)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_通知公告_{place}人民政府</title><meta name="SiteName" content="{place}人民政府">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ContentSource" content="{esc(src)}">')
    return head, body, url


def epaper_div_tail(art, rng, others):
    prov, place = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    ex = EXTRAS[art["id"]]
    paper = f"{place[:-1]}日报"
    ed = rng.randint(2, 6)
    url = f"http://epaper.{art['place']}.cn/{y}{m}{d}/html/page_{ed:02d}_content_{rng.randint(10 ** 3, 10 ** 4)}.htm"
    divs = []
    for i, p in enumerate(art["body"]):
        divs.append(f'<div class="ptext">&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</div>')
        for above, cap in ex["photos"].get(i, []):
            pic = f'<div class="pic"><img src="../../{y}{m}{d}/images/{rng.randint(10 ** 5, 10 ** 6)}.jpg"></div>'
            txt = f'<div class="pic_txt"><font color="#666666">{esc(cap)}</font></div>'
            divs.append(txt + pic if above else pic + txt)
    edname = rng.choice(["综合新闻", "区县新闻", "社会"])
    list_ = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t, _ in _pick(rng, others, 4))
    eds = "".join(f'<option>第{i:02d}版：{x}</option>' for i, x in enumerate(["要闻", "综合新闻", "区县新闻", "社会", "专版", "副刊"], 1))
    body = (f'<div class="ep_top"><span class="logo">{paper}</span><span class="rq">{y}年{m}月{d}日</span>'
            f'<span class="qs">第{rng.randint(3000, 9000)}期</span><a>往期回顾</a></div>'
            f'<div class="ep_bar"><select>{eds}</select><a>上一版</a><a>下一版</a>'
            f'<a href="../../{y}{m}{d}/{ed:02d}/{ed:02d}.pdf">PDF版</a><a>返回目录</a></div>'
            f'<div class="ep_left"><div class="bm_img"><img src="../../{y}{m}{d}/page_{ed:02d}.jpg" usemap="#pm"></div>'
            f'<div class="bm_name">第{ed:02d}版：{edname}</div></div>'
            f'<div class="ep_right" style="display:flex;flex-direction:column">'
            f'<div class="ep_content" id="ozoom" style="order:2">{"".join(divs)}</div>'
            f'<div class="ep_head" style="order:1"><div class="ep_yt"></div><div class="ep_title">{esc(art["title"])}</div>'
            f'<div class="ep_ft"></div><div class="ep_author"></div></div>'
            f'<div class="ep_nav" style="order:3"><a>上一篇</a>　<a>下一篇</a></div>'
            f'<div class="ep_list" style="order:4"><b>本版文章</b><ul>{list_}</ul></div></div>'
            f'<div class="ep_foot">本网站所刊登的{paper}各种新闻、信息和各种专题专栏资料，均为{paper}版权所有，未经协议授权，'
            f'禁止下载使用。<br>{paper}社地址：{prov}{place}　电话：023-{rng.randint(10 ** 7, 10 ** 8)}</div>')
    return f"<title>{paper}数字报-{esc(art['title'])}</title>", body, url


TEMPLATES = {"presser_transcript": presser_transcript, "zhuanti_article": zhuanti_article,
             "paged_article": paged_article, "video_brief": video_brief,
             "feed_cards_article": feed_cards_article, "notice_table": notice_table,
             "epaper_div_tail": epaper_div_tail}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages19", TEMPLATES, lambda art: "dev")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
