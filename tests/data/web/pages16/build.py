"""Build the sixteenth saved-page set (``pages16``): a development set for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand like ``../pages``) in seven
designs no earlier set used, with longer bodies (6-15 paragraphs) and the body content that is
hard to keep: bold subheadings, interview turns, numbered lists of places, a notice's time and
place lines with its signature and date, photos with captions inside the text, ``<br>``
paragraphs, ``<font>`` tags, full-width indentation and ``&nbsp;`` runs. Designs: a provincial
news portal (``qilu_portal``), a national Party paper's website (``party_paper_web``, GB2312 like
the real one), a city government portal's 部门动态 page in an old table layout
(``city_gov_bmdt``, GBK), a district paper's e-paper (``district_epaper``; one page XHTML with
an XML declaration), a county media centre's site (``county_rongmei``), a street office's notice
(``street_gonggao``) and a county account's interview post (``county_wx_interview``). See
README.md for the labelling conventions.

    python tests/data/web/pages16/build.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402

PLACES = {"licheng": ("济南", "历城区"), "zichuan": ("淄博", "淄川区"), "wanzhou": ("重庆", "万州区"),
          "yubei": ("重庆", "渝北区"), "jiangbei": ("重庆", "江北区"), "nanan": ("重庆", "南岸区"),
          "bishan": ("重庆", "璧山区"), "tongliang": ("重庆", "铜梁区"), "xiushan": ("重庆", "秀山县"),
          "dianjiang": ("重庆", "垫江县"), "jiulongpo": ("重庆", "九龙坡区"), "chengkou": ("重庆", "城口县")}
#: A short line opening with 一、 or 坚持 is a subheading in the text (set in bold on the page).
SUBHEAD = re.compile(r"^(?:[一二三四五六七八九十]+、|坚持)")


def _is_sub(p: str) -> bool:
    return bool(SUBHEAD.match(p)) and len(p) <= 24 and not p.endswith("。")


def _hms(rng) -> str:
    return f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _related(rng, others, n, fmt) -> str:
    return "".join(fmt(t, d) for t, d in rng.sample(others, n))


def _photo(rng, place, who) -> str:
    return (f'<p style="text-align:center"><img src="/uploadfile/{rng.randint(2020, 2024)}/{rng.randint(10 ** 6, 10 ** 7)}.jpg" '
            f'border="0"></p><p style="text-align:center">图为{place}当天的现场。（{who} 摄）</p>')


def qilu_portal(art, rng, others):
    city, county = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    who = rng.sample(REPORTERS, 3)
    url = f"https://{art['place']}.dzwww.com/xinwen/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 7, 10 ** 8)}.htm"
    paras = "".join(f"<p><strong>{esc(p)}</strong></p>" if _is_sub(p) else f"<p>　　{esc(p)}</p>" for p in art["body"])
    rel = _related(rng, others, 4, lambda t, dd: f'<li><a href="#">{esc(t)}</a><span>{dd}</span></li>')
    hot = "".join(f"<li><em>{i}</em><a>{esc(t)}</a></li>" for i, (t, _) in enumerate(rng.sample(others, 5), 1))
    cmt = (f'<div class="pl"><span>网友评论</span><span>已有<em>{rng.randint(3, 60)}</em>条评论</span>'
           f'<a>查看全部</a></div>' if "comments" in art["flags"] else "")
    body = (f'<div class="top_bar"><a>大众网首页</a><a>新闻</a><a>{city}</a><a>海报新闻</a>'
            f'<span class="date">2026年{rng.randint(1, 11)}月{rng.randint(1, 28)}日</span></div>'
            f'<div class="position"><a>大众网</a> &gt; <a>{city}</a> &gt; <a>{county}</a> &gt; 正文</div>'
            f'<div class="main"><div class="left"><div class="articleTitle"><h2>{esc(art["title"])}</h2></div>'
            f'<div class="info"><span id="pubtime">{y}-{m}-{d} {_hms(rng)}</span><span>来源: 大众网·海报新闻</span>'
            f'<span>作者: 记者 {who[0]} 通讯员 {who[1]} {city}报道</span></div>'
            f'<div class="articleCont" id="zoom">{paras}</div>'
            f'<div class="editor">责任编辑：{who[2]}</div>'
            f'<div class="statement">版权声明：凡注明“来源：大众网”的作品，版权均属大众网所有，未经授权禁止转载、摘编'
            f'或利用其它方式使用上述作品。已经授权使用的，应在授权范围内使用，并注明“来源：大众网”。</div>{cmt}'
            f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
            f'<div class="right"><h3>热点排行</h3><ul>{hot}</ul></div></div>'
            f'<div class="footer"><p><a>关于我们</a> | <a>联系方式</a> | <a>网站地图</a> | <a>违法和不良信息举报</a></p>'
            f'<p>Copyright © 大众网 All Rights Reserved 鲁ICP备09012531号</p>'
            f'<p>互联网新闻信息服务许可证 37120180011 鲁公网安备 37010202000{rng.randint(100, 999)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_大众网</title><meta name="keywords" content="{county},{city}">'
            f'<meta name="description" content="{esc(art["body"][0][:60])}">')
    return head, body, url


def party_paper_web(art, rng, others):
    city, county = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    who = rng.sample(REPORTERS, 3)
    url = f"http://cq.people.com.cn/n2/{y}/{m}{d}/c365{rng.randint(100, 999)}-{rng.randint(10 ** 7, 10 ** 8)}.html"
    out = []
    for i, p in enumerate(art["body"]):
        out.append(f'<p style="text-indent: 2em;"><strong>{esc(p)}</strong></p>' if _is_sub(p)
                   else f'<p style="text-indent: 2em;">{esc(p)}</p>')
        if i == 0 and "photo" in art["flags"]:
            out.append(f'<p style="text-align: center;"><img src="/NMediaFile/{y}/{m}{d}/MAIN{rng.randint(10 ** 8, 10 ** 9)}.jpg" '
                       f'width="600"></p><p class="pictext" style="text-align: center;">{county}政务服务中心综合窗口。'
                       f'{who[0]}摄</p>')
    out.append(f'<p style="text-indent: 2em;">《 人民日报 》（ {y}年{m}月{d}日 {rng.randint(5, 16):02d} 版）</p>')
    rec = _related(rng, others, 4, lambda t, dd: f'<li><a href="#">{esc(t)}</a></li>')
    body = (f'<div class="header_top"><a>人民网</a><a>人民日报</a><a>地方</a><span>网上的人民日报</span></div>'
            f'<div class="w1000 path"><a>人民网</a>&gt;&gt;<a>地方</a>&gt;&gt;<a>重庆频道</a></div>'
            f'<div class="layout rm_txt cf"><div class="col col-1 fl"><h3 class="pre"></h3>'
            f'<h1>{esc(art["title"])}</h1><h4 class="sub"></h4><p class="author">本报记者　{who[0]}　{who[1]}</p>'
            f'<div class="col-1-1 fl">{y}年{m}月{d}日{rng.randint(6, 9):02d}:{rng.randint(0, 59):02d} | 来源：<a>人民网－人民日报</a></div>'
            f'<div class="col-1-1 fr"><span>分享到：</span><a class="weixin"></a><a class="weibo"></a><a class="qq"></a></div>'
            f'<div class="rm_txt_con cf">{"".join(out)}<div class="edit cf">(责编：{who[2]}、{who[1]})</div></div>'
            f'<div class="box_news"><h2>分享让更多人看到</h2></div>'
            f'<div class="rm_relevant"><h2>推荐阅读</h2><ul>{rec}</ul></div></div></div>'
            f'<div class="foot"><p>人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明 | 网站地图 | 留言板</p>'
            f'<p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p>'
            f'<p>Copyright &copy; 1997-{y} by www.people.com.cn. all rights reserved</p></div>')
    head = (f'<title>{esc(art["title"])}--重庆频道--人民网</title><meta name="keywords" content="">'
            f'<meta name="description" content="{esc(art["body"][0][:70])}">'
            f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="author" content="{who[0]}">'
            f'<meta name="source" content="来源：人民网－人民日报">')
    return head, body, url


def city_gov_bmdt(art, rng, others):
    y, m, d = art["date"].split("-")
    src = re.match(r"(市\S+?[局委])", art["title"]).group(1)
    url = f"http://www.cq.gov.cn/zwxx/bmdt/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 6, 10 ** 7)}.htm"
    cells = []
    for p in art["body"]:
        if re.match(r"\d\.", p):
            cells.append(f'<p align="justify"><font face="宋体" size="3">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</font></p>')
        else:
            lead = rng.choice(["　　", "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"])
            cells.append(f'<p align="justify"><font face="宋体" size="3">{lead}{esc(p)}</font></p>')
    rel = _related(rng, others, 3, lambda t, dd: f'<tr><td>·<a href="#">{esc(t)}</a></td><td>{dd}</td></tr>')
    nav = "".join(f'<td><a href="#"><font color="#ffffff">{x}</font></a></td>'
                  for x in ("首页", "政务动态", "政府信息公开", "政务服务", "互动交流", "走进重庆"))
    body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>'
            f'<img src="/images/banner.jpg" width="1000" height="120"></td></tr>'
            f'<tr><td><table width="100%" bgcolor="#1e5fa8"><tr>{nav}</tr></table></td></tr></table>'
            f'<table width="1000" border="0" align="center"><tr><td class="dqwz">当前位置：<a href="#">首页</a> &gt; '
            f'<a href="#">政务动态</a> &gt; <a href="#">部门动态</a></td></tr></table>'
            f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bk">'
            f'<tr><td align="center" class="bt_title" height="60"><font size="5" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="bt_time">发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;来源：{src}'
            f'&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<script language="javascript">document.write({rng.randint(300, 3000)});</script>'
            f'&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>'
            f'<tr><td><hr size="1" color="#cccccc"></td></tr>'
            f'<tr><td class="bt_content"><div class="TRS_Editor">{"".join(cells)}</div></td></tr>'
            f'<tr><td align="right" height="40">【<a href="javascript:window.print()">打印本页</a>】'
            f'【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>'
            f'<table width="1000" border="0" align="center"><tr><td colspan="2"><b>相关链接：</b></td></tr>{rel}</table>'
            f'<table width="1000" border="0" align="center" class="foot"><tr><td align="center">'
            f'<a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a><br>'
            f'主办：重庆市人民政府办公厅&nbsp;&nbsp;承办：重庆市人民政府电子政务中心<br>'
            f'网站标识码：5000000095&nbsp;&nbsp;渝ICP备05003300号&nbsp;&nbsp;'
            f'<img src="/images/ga.png">渝公网安备 50010302000{rng.randint(100, 999)}号</td>'
            f'<td><img src="/images/jiucuo.png" alt="政府网站找错"></td></tr></table>')
    head = (f'<title>{esc(art["title"])}_部门动态_重庆市人民政府网</title>'
            f'<meta name="SiteName" content="重庆市人民政府网"><meta name="ColumnName" content="部门动态">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hms(rng)[:5]}">'
            f'<meta name="ContentSource" content="{src}">')
    return head, body, url


def district_epaper(art, rng, others):
    city, county = PLACES[art["place"]]
    paper = f"{county[:-1]}报"
    y, m, d = art["date"].split("-")
    ed = rng.randint(2, 4)
    url = f"http://epaper.{art['place']}news.cn/html/{y}-{m}/{d}/content_{rng.randint(1000, 9999)}.htm"
    week = rng.choice("一二三四五六")
    text = "<br />".join(f"　　{esc(p)}" for p in art["body"])
    pages = "".join(f'<tr><td><a href="node_{i}.htm">第{i:02d}版：{x}</a></td></tr>'
                    for i, x in enumerate(["要闻", "综合新闻", "区县新闻", "专题"], 1))
    titles = _related(rng, others, 4, lambda t, dd: f'<tr><td>◆ <a href="#">{esc(t)}</a></td></tr>')
    body = (f'<table width="1003" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td class="head"><img src="../../../images/logo.gif" alt="{paper}" /></td>'
            f'<td class="date">{y}年{m}月{d}日 星期{week}</td></tr></table>'
            f'<table width="1003" border="0" align="center"><tr><td width="330" valign="top">'
            f'<table class="banmian"><tr><td>版次：第{ed:02d}版：综合新闻　<a href="#">上一版</a>　<a href="#">下一版</a></td></tr>'
            f'<tr><td><img src="../../../images/page{ed:02d}_s.jpg" usemap="#PagePicMap" /></td></tr>'
            f'<tr><td><a href="../../../page/{y}-{m}/{d}/{ed:02d}/{ed:02d}.pdf">PDF下载</a></td></tr>{pages}</table></td>'
            f'<td valign="top"><table width="100%">'
            f'<tr><td class="font01" align="center">{esc(art["title"])}</td></tr>'
            f'<tr><td class="font02" align="center"></td></tr>'
            f'<tr><td><div id="ozoom" class="content">{text}</div></td></tr>'
            f'<tr><td align="center"><a href="#">上一篇</a>　　<a href="#">下一篇</a></td></tr>'
            f'<tr><td class="title_nav"><b>本版新闻</b></td></tr>{titles}</table></td></tr></table>'
            f'<table width="1003" border="0" align="center"><tr><td align="center" class="foot">'
            f'{paper}社版权所有　未经书面授权不得复制或建立镜像<br />地址：{city}市{county}　邮编：402760　'
            f'技术支持：方正电子</td></tr></table>')
    return f"<title>{paper}-{esc(art['title'])}</title>", body, url


def county_rongmei(art, rng, others):
    city, county = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    who = rng.sample(REPORTERS, 3)
    url = f"https://www.{art['place']}rm.cn/news/{y}-{m}/{d}/content_{rng.randint(10 ** 5, 10 ** 6)}.html"
    out = []
    for i, p in enumerate(art["body"]):
        if _is_sub(p):
            out.append(f'<p style="text-indent:2em;"><strong><span style="font-family:黑体">{esc(p)}</span></strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16px">{esc(p)}</span></p>')
        if i == 2 and "photo" in art["flags"]:
            out.append(f'<p style="text-align:center"><img src="/uploads/{y}{m}/{rng.randint(10 ** 5, 10 ** 6)}.jpg"></p>'
                       f'<p style="text-align:center"><span style="font-family:楷体">图为{county}育秧中心工人在查看秧苗长势。'
                       f'（{who[1]} 摄）</span></p>')
    rec = _related(rng, others, 5, lambda t, dd: f'<li><a href="#">{esc(t)}</a><span>{dd.replace("-", "/")}</span></li>')
    prev, nxt = rng.sample(others, 2)
    body = (f'<div class="top"><div class="logo"><img src="/static/logo.png" alt="{county}融媒体中心"></div>'
            f'<ul class="nav"><li>首页</li><li>时政要闻</li><li>乡镇动态</li><li>民生</li><li>视频</li><li>专题</li></ul></div>'
            f'<div class="xl_con"><div class="xl_wz">您现在的位置：<a>首页</a> &gt;&gt; <a>乡镇动态</a></div>'
            f'<div class="xl_tit">{esc(art["title"])}</div>'
            f'<div class="xl_info"><span>来源：{county}融媒体中心</span><span>作者：{who[0]}</span>'
            f'<span>发布时间：{y}/{int(m)}/{int(d)} {_hms(rng)[:5]}</span>'
            f'<span>阅读：<script src="/count/index.php?id={rng.randint(10 ** 4, 10 ** 5)}"></script></span>'
            f'<span class="zh">【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div class="xl_text">{"".join(out)}</div>'
            f'<div class="xl_bj">（编辑：{who[2]}　审核：{who[0]}）</div>'
            f'<div class="xl_ewm"><img src="/qrcode.png"><p>扫一扫在手机打开当前页</p></div>'
            f'<div class="xl_sx"><p>上一篇：<a>{esc(prev[0])}</a></p><p>下一篇：<a>{esc(nxt[0])}</a></p></div></div>'
            f'<div class="tj"><div class="tj_t">推荐阅读</div><ul>{rec}</ul></div>'
            f'<div class="footer"><p>主办：中共{county}委宣传部　承办：{county}融媒体中心</p>'
            f'<p>未经授权禁止转载、摘编、复制或建立镜像　违法和不良信息举报电话：023-7{rng.randint(10 ** 6, 10 ** 7)}</p>'
            f'<p>渝ICP备{rng.randint(10 ** 7, 10 ** 8)}号-1　渝公网安备 5002{rng.randint(10 ** 9, 10 ** 10)}号</p></div>')
    return f'<title>{esc(art["title"])}-{county}融媒体中心</title>', body, url


def street_gonggao(art, rng, others):
    city, county = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    street = art["body"][-2].split("人民政府")[-1].removesuffix("办事处")  # from the notice's signature
    url = f"http://www.cqjlp.gov.cn/jd/spq/zwgk/tzgg/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 6, 10 ** 7)}.html"
    sign = len(art["body"]) - 2  # the signature and the date close the notice
    out = []
    for i, p in enumerate(art["body"]):
        if i == sign:
            out.append(f'<p>附件：<a href="./P0{y}{m}{d}{rng.randint(1000, 9999)}.docx">居民意见建议征集表.docx</a></p><p><br></p>')
        if i >= sign:
            out.append(f'<p style="text-align:right">{esc(p)}</p>')
        elif _is_sub(p):
            out.append(f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
    body = (f'<div class="header"><img src="/images/gh.png"><span>{county}人民政府{street}办事处</span>'
            f'<div class="search"><input type="text" value="请输入关键字"><button>搜索</button></div></div>'
            f'<div class="menu"><a>首页</a><a>街道概况</a><a>政务公开</a><a>通知公告</a><a>便民服务</a></div>'
            f'<div class="location">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>通知公告</a></div>'
            f'<div class="detail"><h2 class="title">{esc(art["title"])}</h2>'
            f'<div class="property"><span>发布时间：{y}-{m}-{d}</span><span>来源：{street}办事处</span>'
            f'<span>阅读次数：<em>{rng.randint(50, 900)}</em></span></div>'
            f'<div class="view TRS_UEDITOR trs_paper_default trs_web">{"".join(out)}</div>'
            f'<div class="fj"><span>相关附件：</span><a>居民意见建议征集表.docx</a></div>'
            f'<div class="tool">【<a>打印</a>】【<a>关闭</a>】</div></div>'
            f'<div class="foot"><p>主办：{city}市{county}人民政府{street}办事处　地址：{city}市{county}{street[:-2]}路88号</p>'
            f'<p>网站标识码：5001070042　渝ICP备{rng.randint(10 ** 7, 10 ** 8)}号　渝公网安备 50010702500{rng.randint(100, 999)}号</p></div>')
    head = (f'<title>{esc(art["title"])}-{street}-{city}市{county}人民政府</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hms(rng)}">')
    return head, body, url


def county_wx_interview(art, rng, others):
    city, county = PLACES[art["place"]]
    y, m, d = art["date"].split("-")
    who = rng.sample(REPORTERS, 4)
    acct = f"{county[:-1]}发布"
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKLMNPQRabcdefghjkmnpqr0123456789_-') for _ in range(22))}"
    out = [f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/gif/{rng.randint(10 ** 6, 10 ** 7)}/0"></section>',
           f'<p style="font-size:14px;color:#888"><span leaf="">来源：掌上{county[:-1]}客户端</span></p>']
    for p in art["body"]:
        if p.startswith("记者："):
            out.append(f'<p style="margin-top:16px"><strong><span style="color:#0052a3" leaf="">{esc(p)}</span></strong></p>')
        elif re.match(r"^\S{2,4}：", p):
            name, rest = p.split("：", 1)
            out.append(f'<p style="text-indent:2em"><span leaf=""><strong>{esc(name)}：</strong>{esc(rest)}</span></p>')
        else:
            out.append(f'<section style="text-indent:2em;line-height:1.75em"><span leaf="">{esc(p)}</span></section>')
    tail = [f"记者：{who[0]}　{who[1]}", f"编辑：{who[2]}　审核：{who[3]}", "来源：城口县融媒体中心"]
    out += [f'<p style="text-align:right;font-size:13px;color:#999"><span leaf="">{esc(t)}</span></p>' for t in tail]
    past = "".join(f'<p><span leaf="">▶ {esc(t)}</span></p>' for t, _ in rng.sample(others, 3))
    out.append(f'<section><p><strong><span leaf="">往期回顾</span></strong></p>{past}</section>'
               f'<p style="text-align:center"><span leaf="">点击“阅读原文”查看更多</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{who[0]}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">{acct}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {_hms(rng)[:5]}</em>'
            f'<em id="js_ip_wording_wrp">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{"".join(out)}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(1000, 9999)}</span>'
            f'<span>分享</span><span>点赞 {rng.randint(10, 99)}</span><span>在看 {rng.randint(5, 50)}</span></div>'
            f'<div class="discuss"><span>写留言</span><p>留言</p></div></div></div></div>'
            f'<script>var ct = "{rng.randint(1717600000, 1717690000)}"; var nickname = "{acct}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:type" content="article"><meta property="og:url" content="{url}">')
    return head, body, url


TEMPLATES = {"qilu_portal": qilu_portal, "party_paper_web": party_paper_web, "city_gov_bmdt": city_gov_bmdt,
             "district_epaper": district_epaper, "county_rongmei": county_rongmei,
             "street_gonggao": street_gonggao, "county_wx_interview": county_wx_interview}

XML_HEAD = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n')


def as_xhtml(path: Path) -> None:
    """Rewrite a written UTF-8 page as XHTML: an XML declaration and the XHTML doctype in place of
    ``<!DOCTYPE html>``, and the XHTML namespace on ``<html>`` (as old e-paper systems save them)."""
    text = path.read_text(encoding="utf-8")
    text = XML_HEAD + text.removeprefix("<!DOCTYPE html>\n").replace("<html>", '<html xmlns="http://www.w3.org/1999/xhtml">', 1)
    path.write_text(text, encoding="utf-8")


def main() -> None:
    refs = write_set(HERE, "zhframe-pages16", TEMPLATES, lambda art: "dev")
    for name, ref in refs.items():
        if "xhtml" in ref["flags"]:
            as_xhtml(HERE / name)
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
