"""Build the tenth saved-page set (``pages10``): held apart, measured once before any rule of
this round saw it.

Ten reports (``articles.txt``, own sentences, labelled by hand like ``../pages``) in five site
designs not used by earlier sets, their furniture modelled on real pages (see README.md):
a district government portal's 政务动态 article (``district_gov_news``), a city newspaper
group's app H5 page (``city_app_h5``), a county media centre's WeChat-like post
(``county_post``), a provincial news portal (``prov_portal``) and an e-paper article view
(``epaper_view``). Every page is held apart: it is measured, never read for rule-writing.

    python tests/data/web/pages10/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import PLACE_NAMES, REPORTERS, _time, esc, write_set  # noqa: E402


def _others(rng, others, n):
    return rng.sample(others, n)


def district_gov_news(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    kind = "县" if place in ("垫江", "秀山", "城口", "巫溪") else "区"
    y, m, d = art["date"].split("-")
    url = f"http://www.cq{art['place']}.gov.cn/zwgk_{rng.randint(100, 999)}/zwdt/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 7, 10 ** 8)}.html"
    who = rng.sample(REPORTERS, 3)
    info = rng.choice([
        f'<div class="xl-info"><span>发布日期：{y}-{m}-{d}</span><span>来源：{place}{kind}政府办公室</span>'
        f'<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span><span><a>【打印本页】</a></span></div>',
        f'<div class="xl-info">时间：{y}年{m}月{d}日 {_time(rng)}　来源：{place}{kind}融媒体中心　浏览量：{rng.randint(80, 4000)}</div>'])
    credit = rng.choice([f"（责任编辑：{who[0]}　校对：{who[1]}）", f"撰稿：{who[0]}　编辑：{who[1]}　审核：{who[2]}",
                         f"编辑：{who[0]}　　审核：{who[1]}"])
    rel = "".join(f'<li><a href="/zwdt/t{rng.randint(10 ** 6, 10 ** 7)}.html">{esc(t)}</a><span>{dd}</span></li>'
                  for t, dd in _others(rng, others, 4))
    body = (f'<div class="topbar">您好，欢迎访问重庆市{place}{kind}人民政府网站！<a>无障碍</a><a>长者模式</a><a>English</a></div>'
            f'<div class="nav"><ul><li><a>首页</a></li><li><a>政务公开</a></li><li><a>政务服务</a></li><li><a>互动交流</a></li><li><a>走进{place}</a></li></ul></div>'
            f'<div class="position">您当前的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政务动态</a></div>'
            f'<div class="xl-main"><div class="xl-title"><h2>{esc(art["title"])}</h2></div>{info}'
            f'<div class="view TRS_UEDITOR">{"".join(f"<p>{esc(p)}</p>" for p in art["body"])}</div>'
            f'<div class="xl-editor">{esc(credit)}</div>'
            f'<div class="xl-bottom"><div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div>'
            f'<a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
            f'<div class="xl-rel"><h4>相关链接</h4><ul>{rel}</ul></div>'
            f'<div class="footer"><p>主办单位：重庆市{place}{kind}人民政府办公室　承办单位：{place}{kind}大数据应用发展管理局</p>'
            f'<p>地址：重庆市{place}{kind}{rng.choice(["人民路", "滨江路", "新华路"])}{rng.randint(1, 300)}号　邮编：40{rng.randint(1000, 9999)}　联系电话：023-{rng.randint(10 ** 7, 10 ** 8 - 1)}</p>'
            f'<p>网站标识码：5001{rng.randint(100000, 999999)}　渝ICP备{rng.randint(10 ** 7, 10 ** 8 - 1)}号　'
            f'<img src="/images/ga.png">渝公网安备 5001{rng.randint(10 ** 9, 10 ** 10 - 1)}号</p></div>')
    head = f'<title>{esc(art["title"])}_重庆市{place}{kind}人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_time(rng)}">'
    return head, body, url


def city_app_h5(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    y, m, d = art["date"].split("-")
    app = rng.choice(["上游新闻", "新重庆"])
    url = f"https://www.cqcb.com/h5/{y}-{m}-{d}/{rng.randint(10 ** 6, 10 ** 7)}.html"
    who = rng.sample(REPORTERS, 4)
    credit = rng.choice([[f"编辑：{who[0]}", f"责编：{who[1]}", f"审核：{who[2]}"],
                         [f"编辑 {who[0]}　二审 {who[1]}　三审 {who[2]}"]])
    rec = "".join(f'<div class="rec-item"><p class="rec-t">{esc(t)}</p><p class="rec-n">{app} {rng.randint(2, 99)}评</p></div>'
                  for t, _ in _others(rng, others, 3))
    body = (f'<div class="open-app"><img src="/logo.png"><span>{app}</span><span>打开APP 阅读体验更佳</span><a>打开</a></div>'
            f'<div class="art"><h1 class="art-title">{esc(art["title"])}</h1>'
            f'<div class="art-src"><span class="src">{app}</span><span class="t">{y}-{m}-{d} {_time(rng)}</span></div>'
            f'<div class="art-author">{rng.choice(["上游新闻记者", "重庆晨报记者", "首席记者"])} {who[3]}</div>'
            f'<div class="art-body">{"".join(f"<p>{esc(p)}</p>" for p in art["body"])}</div>'
            f'<div class="art-credit">{"".join(f"<p>{esc(c)}</p>" for c in credit)}</div>'
            f'<div class="art-copy">本文为{app}原创稿件，未经授权不得转载、摘编或利用其它方式使用。</div>'
            f'<div class="art-act"><span>阅读 {rng.randint(11, 99)}.{rng.randint(1, 9)}万</span><span>点赞 {rng.randint(3, 300)}</span><span>分享</span></div></div>'
            f'<div class="rec"><h3>为你推荐</h3>{rec}</div>'
            f'<div class="foot">下载{app}客户端，看更多本地新闻</div>')
    return f'<title>{esc(art["title"])}</title><meta name="description" content="{esc(art["body"][0][:60])}">', body, url


def county_post(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    acct = rng.choice([f"{place}发布", f"{place}县融媒体中心", f"掌上{place}"])
    y, m, d = art["date"].split("-")
    url = f"https://mp.weixin.qq.com/s?__biz=MzA{rng.randint(10 ** 6, 10 ** 7)}&mid={rng.randint(10 ** 9, 10 ** 10)}&idx=1"
    who = rng.sample(REPORTERS, 4)
    sec = "section"
    paras = [f'<{sec} style="text-indent:2em;font-size:15px"><span>{esc(p)}</span></{sec}>' for p in art["body"]]
    if "interview" not in art["flags"]:
        paras.insert(1, f'<{sec} style="text-align:center"><img data-src="/mmbiz_jpg/{rng.randint(10 ** 5, 10 ** 6)}"></{sec}>'
                        f'<{sec} style="text-align:center;color:#888"><span>{esc(rng.choice(["▲会议现场", "图为活动现场"]))}</span></{sec}>')
    credits = rng.choice([[f"来源：{place}县融媒体中心", f"记者：{who[0]}　通讯员：{who[1]}",
                           f"编辑 | {who[2]}", f"审核 | {who[3]}", f"终审 | {who[0]}"],
                          [f"记者丨{who[0]}", f"编辑丨{who[1]}　责编丨{who[2]}　监审丨{who[3]}"]])
    rec = "".join(f'<{sec}><a href="https://mp.weixin.qq.com/s/{rng.randint(10 ** 6, 10 ** 7)}">{esc(t)}</a></{sec}>'
                  for t, _ in _others(rng, others, 3))
    content = ("".join(paras) + "".join(f'<{sec} style="font-size:12px;color:#999"><span>{esc(c)}</span></{sec}>' for c in credits)
               + f'<{sec}><strong>推荐阅读</strong></{sec}>{rec}'
               + f'<{sec} style="text-align:center"><img data-src="/qrcode.jpg"></{sec}>'
               + f'<{sec} style="text-align:center"><span>{esc(rng.choice(["扫码关注我们", "长按二维码 关注" + acct]))}</span></{sec}>'
               + f'<{sec}><span>{esc(rng.choice(["分享、点赞、在看，一键三连", "觉得不错，请点亮“在看”"]))}</span></{sec}>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta">{y}年{int(m)}月{int(d)}日 {_time(rng)}</em>'
            f'<em class="rich_media_meta">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">{content}</div></div></div>')
    return f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">', body, url


def prov_portal(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    y, m, d = art["date"].split("-")
    url = f"https://www.cqnews.net/{art['place']}/{y}{m}/{d}/c{rng.randint(10 ** 7, 10 ** 8)}.html"
    who = rng.sample(REPORTERS, 3)
    hot = "".join(f'<li><em>{i}</em><a>{esc(t)}</a></li>' for i, (t, _) in enumerate(_others(rng, others, 4), 1))
    rel = "".join(f'<li><a>{esc(t)}</a> <span>{dd}</span></li>' for t, dd in _others(rng, others, 3))
    editor = rng.choice([f"[责任编辑：{who[0]}]", f"责任编辑：{who[0]}　校对：{who[1]}", f"（编辑：{who[0]}　审核：{who[1]}）"])
    body = (f'<div class="hd"><a>首页</a><a>时政</a><a>区县</a><a>经济</a><a>民生</a><a>视频</a><a>登录</a></div>'
            f'<div class="crumbs"><a>首页</a>&gt;<a>区县频道</a>&gt;<a>{place}</a>&gt;<span>正文</span></div>'
            f'<div class="wrap"><div class="leftbox"><h1>{esc(art["title"])}</h1>'
            f'<div class="info"><span class="date">{y}-{m}-{d} {_time(rng)}:{rng.randint(10, 59)}</span>'
            f'<span>来源：{rng.choice(["华龙网", place + "区融媒体中心", "重庆日报"])}</span><span>作者：{who[2]}</span></div>'
            f'<div class="content">{"".join(f"<p>{esc(p)}</p>" for p in art["body"])}</div>'
            f'<div class="editor">{esc(editor)}</div>'
            f'<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="relnews"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
            f'<div class="rightbox"><h3>24小时热闻</h3><ol>{hot}</ol></div></div>'
            f'<div class="ft"><p>违法和不良信息举报电话：023-{rng.randint(10 ** 7, 10 ** 8 - 1)}　举报邮箱：jubao@cqnews.net</p>'
            f'<p>互联网新闻信息服务许可证：5012017000{rng.randint(1, 9)}　信息网络传播视听节目许可证：2210{rng.randint(100, 999)}</p>'
            f'<p>Copyright &copy; 2000-{y} 华龙网 版权所有</p></div>')
    return f'<title>{esc(art["title"])}_华龙网</title><meta name="publishdate" content="{y}-{m}-{d}">', body, url


def epaper_view(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    y, m, d = art["date"].split("-")
    paper = f"{place}报"
    url = f"http://szb.{art['place']}.cn/{y}{m}{d}/{rng.randint(1, 8):02d}/{rng.randint(100, 999)}.shtml"
    ver = rng.randint(1, 4)
    who = rng.sample(REPORTERS, 3)
    byline = "" if art["body"][0].startswith("本报讯") else f'<p class="author">□本报记者 {who[0]} 文/图</p>'
    credit = rng.choice([f"本版责编：{who[1]}　美编：{who[2]}　校对：{who[0]}", f"责任编辑：{who[1]}　版式：{who[2]}"])
    nav = "".join(f'<a>{esc(t[:12])}…</a>' for t, _ in _others(rng, others, 3))
    body = (f'<div class="ep-top"><span>{paper}</span><span>{y}年{m}月{d}日</span><span>第0{ver}版：{rng.choice(["要闻", "综合新闻", "社会"])}</span>'
            f'<a>上一期</a><a>下一期</a><a>往期回顾</a><a>PDF下载</a></div>'
            f'<div class="ep-left"><img src="/page_{ver}.jpg"><div class="ep-list">{nav}</div></div>'
            f'<div class="ep-article"><h4>{esc(rng.choice(["奋力谱写新篇章", "关注民生"]))}</h4><h2>{esc(art["title"])}</h2>{byline}'
            f'<div class="ep-text">{"".join(f"<p>{esc(p)}</p>" for p in art["body"])}</div>'
            f'<div class="ep-credit">{esc(credit)}</div>'
            f'<div class="ep-pn"><a>上一篇</a><a>下一篇</a><a>返回版面</a></div></div>'
            f'<div class="ep-foot">{paper}社 版权所有　地址：{place}区{rng.choice(["桃花路", "文化街"])}{rng.randint(1, 99)}号　电话：023-{rng.randint(10 ** 7, 10 ** 8 - 1)}</div>')
    return f'<title>{paper}数字报</title>', body, url


TEMPLATES = {"district_gov_news": district_gov_news, "city_app_h5": city_app_h5, "county_post": county_post,
             "prov_portal": prov_portal, "epaper_view": epaper_view}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages10", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
