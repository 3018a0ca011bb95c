"""Build the thirteenth saved-page set (``pages13``): written after this round's last rule change.

Six pages (``articles.txt``, own sentences, labelled by hand like ``../pages``) in three designs
no earlier set used: a county media centre's app H5 page (``rongmei_h5``), a district
government's public account post (``gov_wechat_notice``) and a township government's website
(``township_site``). Written after the last rule change of this round (commit 3007f10),
measured once (README.md) and never used to change a rule.

    python tests/data/web/pages13/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import PLACE_NAMES, REPORTERS, _time, esc, write_set  # noqa: E402

COUNTIES = ("城口", "秀山")


def _unit(place: str) -> str:
    return f"{place}{'县' if place in COUNTIES else '区'}"


def rongmei_h5(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    unit = _unit(place)
    app = rng.choice([f"{place}融媒", f"掌上{place}"])
    y, m, d = art["date"].split("-")
    who = rng.sample(REPORTERS, 4)
    url = f"https://h5.{art['place']}rm.cn/news/{y}{m}{d}{rng.randint(1000, 9999)}.html"
    rel = "".join(f'<li><a>{esc(t)}</a><p>{dd} · {app}</p></li>' for t, dd in rng.sample(others, 3))
    body = (f'<header class="bar"><span>{app}</span><a>下载APP</a></header>'
            f'<article><h1>{esc(art["title"])}</h1>'
            f'<p class="meta">{app}　{y}-{m}-{d} {_time(rng)}　阅读 {rng.randint(300, 9000)}</p>'
            f'<p class="byline">{unit}融媒体中心记者　{who[0]}　{who[1]}</p>'
            f'<section class="body">{"".join(f"<p>{esc(x)}</p>" for x in art["body"])}</section>'
            f'<p class="ed">{esc(rng.choice([f"责任编辑：{who[2]}　审核：{who[3]}", f"编辑：{who[2]}／审核：{who[3]}"]))}</p>'
            f'<p class="src">来源：{unit}融媒体中心</p>'
            f'<p class="statement">【免责声明】{esc(app)}客户端转载的内容仅供参考，不代表本平台观点。</p></article>'
            f'<section class="more"><h3>更多新闻</h3><ul>{rel}</ul></section>'
            f'<footer><p>{unit}融媒体中心 版权所有</p></footer>')
    return f'<title>{esc(art["title"])} - {app}</title>', body, url


def gov_wechat_notice(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    unit = _unit(place)
    acct = rng.choice([f"{place}发布", f"{unit}人民政府"])
    y, m, d = art["date"].split("-")
    who = rng.sample(REPORTERS, 3)
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKLMNabcdefghjkmn0123456789') for _ in range(22))}"
    foot = rng.choice([[f"来源：{unit}政府网", f"信息员：{who[0]}", f"审核人：{who[1]}"],
                       [f"来源丨{unit}住房城乡建委", f"编辑丨{who[0]}　审核丨{who[1]}　签发丨{who[2]}"]])
    content = ("".join(f'<p style="text-indent:2em"><span>{esc(x)}</span></p>' for x in art["body"])
               + "".join(f'<p style="font-size:12px;color:#999"><span>{esc(c)}</span></p>' for c in foot)
               + f'<p><strong>{rng.choice(["往期精彩", "近期关注"])}</strong></p>'
               + "".join(f'<p><a>{esc(t)}</a></p>' for t, _ in rng.sample(others, 3))
               + f'<p style="text-align:center"><span>{esc(rng.choice([f"关注{acct}，了解更多政务资讯", "点击右下角“在看”，分享给更多人"]))}</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {_time(rng)}</em></div>'
            f'<div class="rich_media_content" id="js_content">{content}</div></div></div>')
    return f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">', body, url


def township_site(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    unit = _unit(place)
    town = "安居镇" if place == "铜梁" else "五宝镇"
    y, m, d = art["date"].split("-")
    who = rng.sample(REPORTERS, 2)
    url = f"http://www.cq{art['place']}.gov.cn/zwxx_{rng.randint(100, 999)}/xzdt/{town}/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 6, 10 ** 7)}.html"
    body = (f'<div class="head"><h2>{unit}{town}人民政府</h2><div class="search"><input><a>搜索</a></div></div>'
            f'<div class="nav"><a>首页</a><a>镇情概况</a><a>政务公开</a><a>办事服务</a><a>互动交流</a></div>'
            f'<div class="here">当前位置：<a>首页</a> &gt; <a>镇街动态</a> &gt; <a>{town}</a></div>'
            f'<div class="detail"><h1>{esc(art["title"])}</h1>'
            f'<div class="attr"><span>发布机构：{town}人民政府</span><span>发布时间：{y}-{m}-{d}</span>'
            f'<span>字号：<a>T</a>|<a>T</a></span></div>'
            f'<div class="TRS_UEDITOR">{"".join(f"<p>{esc(x)}</p>" for x in art["body"])}</div>'
            f'<div class="who">{esc(rng.choice([f"（供稿：{town}党政办　编辑：{who[0]}）", f"撰稿人：{who[0]}　审核人：{who[1]}"]))}</div>'
            f'<div class="act"><a>【我要纠错】</a><a>【打印】</a><a>【关闭】</a></div>'
            f'<div class="qr"><img src="/qr.png"><span>扫一扫，手机浏览</span></div></div>'
            f'<div class="foot"><p>主办：{unit}{town}人民政府　地址：{unit}{town}{rng.choice(["正街", "新街"])}{rng.randint(1, 99)}号</p>'
            f'<p>网站标识码：5001{rng.randint(100000, 999999)}　渝ICP备{rng.randint(10 ** 7, 10 ** 8 - 1)}号</p></div>')
    return f'<title>{esc(art["title"])}_{unit}人民政府</title>', body, url


TEMPLATES = {"rongmei_h5": rongmei_h5, "gov_wechat_notice": gov_wechat_notice, "township_site": township_site}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages13", TEMPLATES, lambda art: "fresh")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
