"""Build the seventh saved-page set (``pages7``): a second batch of WeChat-like posts.

Six reports (``articles.txt``, own sentences, labelled by hand like ``../pages``) in two more
designs, written after pages6's rules and measured once before they were used: a county
department's public account (一审/二审/三审 lines, 投稿邮箱 and 新闻热线, 部分图片来源于网络
notice, 觉得好看请点这里 prompt, 往期链接 list) and a content platform's author page (author
name with follower count, 来自 location, 本文来自作者 and 特别声明 notices, 举报/反馈, a 相关
推荐 list with counters). Body and furniture share one wrapper tag per post, drawn per page.

    python tests/data/web/pages7/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import PLACE_NAMES, REPORTERS, _time, esc, write_set


def _line(tag: str, text: str, style: str = "line-height:1.75em") -> str:
    return f'<{tag} style="{style}"><span>{esc(text)}</span></{tag}>'


def wechat_gov(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    acct = rng.choice([f"{place}人社", f"{place}应急管理", f"{place}交通", f"{place}消防"])
    tag = rng.choice(["p", "section"])
    ts = f"{art['date']} {_time(rng)}"
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('abcdefghijkmnpqrstuvwxyz0123456789') for _ in range(22))}"
    paras = []
    for i, p in enumerate(art["body"]):
        paras.append(_line(tag, p, "text-indent:2em"))
        if i == 0 and "places" not in art["flags"]:
            paras.append(f'<{tag} style="text-align:center"><img data-src="/mmbiz/{rng.randint(10 ** 5, 10 ** 6)}.jpg"></{tag}>'
                         + _line(tag, rng.choice(["检查现场", "△ 宣讲现场", "（图片由受访单位提供）"]), "text-align:center;font-size:12px"))
    review = [f"一审：{rng.choice(REPORTERS)}", f"二审：{rng.choice(REPORTERS)}", f"三审：{rng.choice(REPORTERS)}"]
    if rng.random() < 0.5:
        review = ["  ".join(review)]
    tail = ([_line(tag, rng.choice(["部分图片来源于网络，如有侵权请联系删除", "素材来源：" + place + "区融媒体中心"]))]
            + [_line(tag, x) for x in review]
            + [_line(tag, f"投稿邮箱：{art['place']}{rng.randint(100, 999)}@163.com"),
               _line(tag, f"新闻热线：023-{rng.randint(10 ** 7, 10 ** 8 - 1)}"),
               f"<{tag}><strong>{rng.choice(['往期链接', '往期回顾', '近期热文'])}</strong></{tag}>"]
            + [f'<{tag}><a href="https://mp.weixin.qq.com/s/{rng.randint(10 ** 6, 10 ** 7)}">{esc(t)}</a></{tag}>'
               for t, _ in rng.sample(others, 3)]
            + [_line(tag, rng.choice(["觉得好看，请点这里↓", "点亮“在看”，你最好看", "转发 点赞 在看 三连走起"]))])
    body = (f'<div id="js_article" class="rich_media"><div id="img-content" class="rich_media_wrp">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{ts}</em></div>'
            f'<div class="rich_media_content" id="js_content">{"".join(paras)}{"".join(tail)}</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(200, 9000)}</span><span>赞 {rng.randint(1, 99)}</span></div></div>'
            f'<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div>')
    return f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">', body, url


def author_platform(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    author = rng.choice([f"{place}观察", f"{place}生活圈", f"爱{place}"])
    y, m, d = art["date"].split("-")
    url = f"https://baijiahao.baidu.com/s?id={rng.randint(10 ** 18, 10 ** 19)}&wfr=spider&for=pc"
    feed = "".join(f'<div class="rec-item"><a class="rec-title">{esc(t)}</a>'
                   f'<span class="rec-info">{esc(rng.choice([author, place + "发布"]))} {rng.randint(1, 99)}评论</span></div>'
                   for t, _ in rng.sample(others, 4))
    body = (f'<div class="page-header"><a>百家号</a><a>登录</a></div>'
            f'<div class="article-main"><div class="article-title"><h2>{esc(art["title"])}</h2></div>'
            f'<div class="article-source"><div class="author-name"><a>{esc(author)}</a></div>'
            f'<div class="author-fans">{rng.randint(1, 90)}万粉丝 · 本地资讯创作者</div>'
            f'<div class="article-date">{y}-{m}-{d} {_time(rng)}来自重庆</div><a class="follow">关注</a></div>'
            f'<div class="article-content">{"".join(f"<p>{esc(p)}</p>" for p in art["body"])}</div>'
            f'<div class="article-notice"><p>{rng.choice(["本文来自作者[" + author + "]，不代表百家号立场。", "特别声明：以上内容仅代表作者本人观点，不代表本平台观点或立场。"])}</p></div>'
            f'<div class="article-tools"><span>举报/反馈</span></div></div>'
            f'<div class="recommend"><div class="rec-head">相关推荐</div>{feed}<a>换一换</a></div>'
            f'<div class="page-footer"><p>©{y} Baidu 使用百度前必读 意见反馈 京ICP证030173号</p></div>')
    return f"<title>{esc(art['title'])}</title>", body, url


TEMPLATES = {"wechat_gov": wechat_gov, "author_platform": author_platform}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages7", TEMPLATES, lambda art: "fresh")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
