"""Build the twelfth saved-page set (``pages12``): written after this round's last rule change.

Six posts and share pages (``articles.txt``, own sentences, labelled by hand like ``../pages``)
in three designs no earlier set used: a district Party-building account (``party_account``),
a provincial paper's app share page (``news_app_share``) and a broadcast station's account
carrying a video (``video_account``). Written to be never used and measured once after the
rules written from pages9 and pages11 (commit 50d41a8): that first measurement (README.md) is
the out-of-sample figure for those rules. Its debris (15.9%) was then read and two rules were
written from it (as with ``pages7``); ``pages13`` is the set written after them.

    python tests/data/web/pages12/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import PLACE_NAMES, REPORTERS, _time, esc, write_set  # noqa: E402

COUNTIES = ("云阳",)


def _unit(place: str) -> str:
    return f"{place}{'县' if place in COUNTIES else '区'}"


def _p(text: str, style: str = "") -> str:
    return f'<p style="{style}"><span>{esc(text)}</span></p>'


def _post(art, acct, ts, content) -> tuple[str, str]:
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{ts}</em></div>'
            f'<div class="rich_media_content" id="js_content">{content}</div></div></div>')
    return f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">', body


def _url(rng) -> str:
    return f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKLMNPQRabcdefghjkmnpq0123456789') for _ in range(22))}"


def party_account(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    unit = _unit(place)
    acct = rng.choice([f"{place}党建", f"{unit}组工"])
    y, m, d = art["date"].split("-")
    who = rng.sample(REPORTERS, 4)
    credits = rng.choice([[f"来源：{unit}委组织部", f"供稿 | {place}{rng.choice(['龙水镇', '汉丰街道'])}党委",
                           f"编辑 | {who[0]}", f"审核 | {who[1]}", f"终审 | {who[2]}"],
                          [f"文稿：{who[0]}　图片：{who[1]}", f"责任编辑：{who[2]}　审签：{who[3]}"]])
    rel = "".join(_p(f"● {t}") for t, _ in rng.sample(others, 3))
    content = (_p(rng.choice(["👆点击上方蓝字 关注我们", "点击蓝字丨关注我们"]), "text-align:center")
               + "".join(_p(x, "text-indent:2em") for x in art["body"])
               + "".join(_p(c, "font-size:12px;color:#888") for c in credits)
               + _p("✦ 往期推荐 ✦", "text-align:center") + rel
               + _p(rng.choice(["文章转载请注明出处", "转载请注明来源"]), "font-size:12px")
               + _p(rng.choice(["点个“在看”再走吧", "分享 | 点赞 | 在看"]), "text-align:center"))
    head, body = _post(art, acct, f"{y}-{m}-{d} {_time(rng)}", content)
    return head, body, _url(rng)


def news_app_share(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    y, m, d = art["date"].split("-")
    app = rng.choice(["新重庆", "重庆日报"])
    who = rng.sample(REPORTERS, 3)
    url = f"https://app.cqrb.cn/share/{y}{m}{d}/{rng.randint(10 ** 6, 10 ** 7)}.html"
    cmts = "".join(f'<div class="c"><span>{rng.choice(["网友", "用户"])}{rng.randint(1000, 9999)}</span><p>{esc(c)}</p><span>{rng.randint(1, 50)}赞</span></div>'
                   for c in rng.sample(["点赞！", "家乡越来越好了", "期待早日完工", "好消息"], 2))
    body = (f'<div class="share-top"><img src="/logo.png"><span>打开{app}客户端 查看更多精彩</span><a>立即打开</a></div>'
            f'<div class="article"><h1>{esc(art["title"])}</h1>'
            f'<div class="info"><span>{app}</span><span>{y}-{m}-{d} {_time(rng)}</span></div>'
            f'<div class="author">作者：{who[0]}　{rng.choice(["通讯员", "实习生"])}：{who[1]}</div>'
            f'<div class="content">{"".join(f"<p>{esc(x)}</p>" for x in art["body"])}</div>'
            f'<div class="editor">责任编辑：{who[2]}</div>'
            f'<div class="from">来源：{place}区融媒体中心</div>'
            f'<div class="copyright">本文系{app}原创，转载请注明来源。</div></div>'
            f'<div class="comments"><h3>热门评论（{rng.randint(2, 40)}）</h3>{cmts}</div>'
            f'<div class="bottom"><span>分享至</span><a>微信</a><a>朋友圈</a><a>微博</a></div>')
    return f'<title>{esc(art["title"])}</title>', body, url


def video_account(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    unit = _unit(place)
    acct = rng.choice([f"{unit}广播电视台", f"{place}电视"])
    y, m, d = art["date"].split("-")
    who = rng.sample(REPORTERS, 3)
    content = (_p(rng.choice(["↓↓↓ 戳视频", "▼ 点击观看视频"]), "text-align:center")
               + f'<div class="video_iframe"><span>视频加载中...</span><span>00:00/0{rng.randint(1, 3)}:{rng.randint(10, 59)}</span></div>'
               + "".join(_p(x, "text-indent:2em") for x in art["body"])
               + _p(f"记者：{who[0]}　摄像：{who[1]}", "font-size:12px")
               + _p(f"编辑：{who[2]}", "font-size:12px")
               + _p(f"来源：{unit}广播电视台《{place}新闻》", "font-size:12px")
               + _p(rng.choice([f"欢迎收看《{place}新闻》", "每晚19:30 锁定新闻频道"]), "text-align:center"))
    head, body = _post(art, acct, f"{y}年{int(m)}月{int(d)}日 {_time(rng)}", content)
    return head, body, _url(rng)


TEMPLATES = {"party_account": party_account, "news_app_share": news_app_share, "video_account": video_account}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages12", TEMPLATES, lambda art: "fresh")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
