"""Build the fifth saved-page set (``pages5``): three site designs, written after the final rules.

Twelve new reports (``articles.txt``, own sentences, labelled by hand like ``../pages``) laid
out by three new generators, written after the last rule change of issue 23 and measured
once, never used to change a rule: a government detail page (column menu, ``detail-top``
with the date in a ``span``, photo captions without a credit, 【我要纠错】, 分享), a content
platform's post (author, date and IP location, photo captions, a 相关推荐 feed of titles with
summary sentences, readers' comments) and a national paper's regional channel in a newer
design (date line with 来源, ``《 人民日报 》（ … 第 11 版）`` source line, a 24小时排行 list).

    python tests/data/web/pages5/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import PLACE_NAMES, REPORTERS, _time, esc, write_set

READERS = ["为家乡点赞！", "去过一次，确实不错，推荐大家去看看。", "希望越办越好。", "什么时候开始？想带孩子去。"]


def gov_detail(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    y, m, d = art["date"].split("-")
    org = f"{place}县人民政府" if place in ("垫江", "秀山", "酉阳") else f"{place}区人民政府"
    url = f"http://www.cq{art['place']}.gov.cn/zwxx_{rng.randint(100, 999)}/bmdt/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 7, 10 ** 8)}.html"
    head = f"<title>{esc(art['title'])}-{org}</title>"
    paras = []
    for i, p in enumerate(art["body"]):
        paras.append(f"<p>{esc(p)}</p>")
        if i == 0 and "places" not in art["flags"]:
            paras.append(f'<p style="text-align:center"><img src="/img/{rng.randint(10 ** 5, 10 ** 6)}.jpg"></p>'
                         f'<p style="text-align:center"><span>活动现场</span></p>')
    menu = "".join(f"<li><a>{x}</a></li>" for x in ["政务动态", "部门动态", "乡镇动态", "通知公告"])
    body = (f'<div class="header"><div class="logo">{org}</div><div class="nav"><a>首页</a><a>政务公开</a><a>办事服务</a><a>互动交流</a></div></div>'
            f'<div class="container"><div class="column-menu"><h3>政务动态</h3><ul>{menu}</ul></div>'
            f'<div class="detail-main"><div class="location">首页 &gt; 政务公开 &gt; 部门动态</div>'
            f'<div class="detail-top"><h2 class="detail-title">{esc(art["title"])}</h2>'
            f'<div class="detail-info"><span class="time">{y}-{m}-{d}</span><span class="from">来源：{place}{rng.choice(["林业局", "市场监管局", "乡村振兴局"])}</span></div></div>'
            f'<div class="TRS_UEDITOR trs_paper_default trs_web">{"".join(paras)}</div>'
            f'<div class="detail-bottom"><a>【我要纠错】</a><span>分享：</span><a class="wx"></a><a class="wb"></a></div></div></div>'
            f'<div class="footer"><p>{org}办公室主办</p><p>渝ICP备{rng.randint(10 ** 7, 10 ** 8 - 1)}号</p></div>')
    return head, body, url


def feed_post(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    y, m, d = art["date"].split("-")
    url = f"https://www.toutiao.com/article/{rng.randint(10 ** 18, 10 ** 19)}/"
    head = f"<title>{esc(art['title'])} - 今日头条</title>"
    paras = []
    for i, p in enumerate(art["body"]):
        paras.append(f"<p>{esc(p)}</p>")
        if i == 0:
            paras.append(f'<div class="pgc-img"><img src="/i/{rng.randint(10 ** 5, 10 ** 6)}.jpg">'
                         f'<p class="pgc-img-caption">{place}融媒体中心 供图</p></div>')
    feed = "".join(f'<div class="feed-card"><div class="feed-title"><a>{esc(t)}</a></div>'
                   f'<div class="feed-abstract">{esc(t)}，引发关注，当地有关部门已作出安排。</div>'
                   f'<div class="feed-footer"><span>{rng.randint(1, 99)}评论</span></div></div>' for t, _ in rng.sample(others, 3))
    comments = ""
    if "comments" in art["flags"]:
        comments = ('<div class="ttp-comment-wrapper"><div class="title">评论 ' + str(rng.randint(5, 60)) + "</div>" + "".join(
            f'<div class="comment-info"><span class="name">头条网友{rng.randint(100, 999)}</span><p class="text">{esc(c)}</p></div>'
            for c in rng.sample(READERS, 3)) + "</div>")
    body = (f'<div class="ttp-site-header"><a>首页</a><a>登录</a></div><div class="article-content">'
            f'<h1>{esc(art["title"])}</h1><div class="article-meta"><span class="name">{place}发布</span>'
            f'<span>{y}-{m}-{d} {_time(rng)}</span><span>·</span><span>重庆</span></div>'
            f'<article class="syl-article-base tt-article-content">{"".join(paras)}</article></div>'
            f'{comments}<div class="right-sidebar"><div class="feed-wrap"><div class="feed-head"><span>相关推荐</span></div>{feed}</div></div>')
    return head, body, url


def people_v2(art, rng, others):
    y, m, d = art["date"].split("-")
    url = f"http://cq.people.com.cn/n2/{y}/{m}{d}/c365403-{rng.randint(40000000, 49999999)}.html"
    head = f"<title>{esc(art['title'])}--重庆频道--人民网</title>"
    rank = "".join(f"<li><a>{esc(t)}</a></li>" for t, _ in rng.sample(others, 5))
    body = (f'<div class="rm_nav"><a>人民网首页</a> <a>重庆频道</a> <a>时政</a> <a>区县</a></div>'
            f'<div class="layout rm_txt cf"><div class="col col-1 fl"><div class="route"><a>人民网</a> &gt;&gt; <a>重庆频道</a></div>'
            f'<h1>{esc(art["title"])}</h1><div class="col-1-1 fl">{y}年{m}月{d}日{_time(rng)} | 来源：人民网－重庆频道</div>'
            f'<div class="rm_txt_con cf">{"".join(f"<p>{esc(p)}</p>" for p in art["body"])}'
            f'<p>《 人民日报 》（ {y}年{m}月{d}日 第 {rng.randint(10, 19)} 版）</p></div>'
            f'<div class="edit cf">(责编：{"、".join(rng.sample(REPORTERS, 2))})</div></div>'
            f'<div class="col col-2 fr"><h2>24小时排行</h2><ol>{rank}</ol></div></div>'
            f'<div class="foot">人民网版权所有，未经书面授权禁止使用</div>')
    return head, body, url


TEMPLATES = {"gov_detail": gov_detail, "feed_post": feed_post, "people_v2": people_v2}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages5", TEMPLATES, lambda art: "fresh")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
