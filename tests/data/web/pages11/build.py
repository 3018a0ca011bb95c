"""Build the eleventh saved-page set (``pages11``): a second development set of this round.

Eight public-account posts (``articles.txt``, own sentences, labelled by hand like
``../pages``) in three designs no earlier set used: a county account reposting a report with
its credits (``county_repost``: 蓝字 prompt, 原标题 line, 来源/综合 lines, END mark, credit
lines with bars or slashes, 往期回顾 list, picture-rights notice, 在看 prompt, 投稿 line), a
government bureau's account (``bureau_post``: 文字/图片 line, a review chain one role a line
with 丨, 信息来源, 推荐阅读, tool row) and a street office's account (``town_post``: follow
prompt, 图文/供稿 lines, 排版/校对/审核, 出品 line, QR prompt, 欢迎转发). Measured once before
any rule saw it (README.md), then used to write rules.

    python tests/data/web/pages11/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import PLACE_NAMES, REPORTERS, _time, esc, write_set  # noqa: E402

COUNTIES = ("酉阳", "石柱", "彭水")


def _unit(place: str) -> str:
    return f"{place}{'县' if place in COUNTIES else '区'}"


def _sec(text: str, style: str = "", tag: str = "section") -> str:
    return f'<{tag} style="{style}"><span>{esc(text)}</span></{tag}>'


def _wrap(art, acct, ts, content, rng) -> tuple[str, str]:
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            + (f'<span class="rich_media_meta rich_media_meta_text">{esc(rng.choice(REPORTERS))}</span>' if rng.random() < 0.4 else "")
            + f'<span class="rich_media_meta_nickname"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{ts}</em></div>'
            f'<div class="rich_media_content" id="js_content">{content}</div></div></div>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body


def _url(rng) -> str:
    return f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKLMNPQRabcdefghjkmnpq0123456789_-') for _ in range(22))}"


def county_repost(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    unit = _unit(place)
    acct = rng.choice([f"{place}发布", f"看{place}", f"{unit}融媒体中心"])
    y, m, d = art["date"].split("-")
    who = rng.sample(REPORTERS, 4)
    top = [rng.choice(["点击蓝字 关注我们", f"↑点击上方“{acct}”关注我们"]),
           f"原标题：《{art['title']}》" if rng.random() < 0.5 else f"来源 | {unit}融媒体中心"]
    paras = [_sec(p, "text-indent:2em") for p in art["body"]]
    if "interview" not in art["flags"] and "places" not in art["flags"]:
        paras.insert(1, '<section style="text-align:center"><img data-src="/mmbiz_png/1.png"></section>'
                        + _sec(rng.choice(["▲现场图片", "（图片由县交通运输委提供）"]), "text-align:center;color:#999"))
    credits = rng.choice([[f"记者 | {who[0]} {who[1]}", f"编辑 | {who[2]}", f"责编 | {who[3]}", f"审核 | {who[0]}"],
                          [f"编辑：{who[0]} | 校对：{who[1]} | 审核：{who[2]}"],
                          [f"责任编辑/{who[0]}　审核/{who[1]}", f"综合：{unit}融媒体中心、重庆日报"]])
    rel = "".join(_sec(f"▶ {t}") for t, _ in rng.sample(others, 3))
    content = ("".join(_sec(t, "text-align:center;color:#1e6fff") for t in top) + "".join(paras)
               + _sec(rng.choice(["- END -", "END"]), "text-align:center")
               + "".join(_sec(c, "font-size:12px;color:#888") for c in credits)
               + _sec("往期回顾", "font-weight:bold") + rel
               + _sec(rng.choice(["图片来源于网络，如有侵权请联系删除", "部分图片来源网络，版权归原作者所有"]), "font-size:12px")
               + _sec(rng.choice(["点亮“在看”，让更多人看到", "喜欢就点个赞吧"]), "text-align:center")
               + _sec(f"投稿邮箱：{art['place']}fabu@163.com", "font-size:12px"))
    head, body = _wrap(art, acct, f"{y}-{m}-{d} {_time(rng)}", content, rng)
    return head, body, _url(rng)


def bureau_post(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    unit = _unit(place)
    bureau = rng.choice(["林业局", "文化旅游委", "消防救援支队", "应急管理局"])
    acct = f"{unit}{bureau}"
    y, m, d = art["date"].split("-")
    who = rng.sample(REPORTERS, 4)
    paras = [_sec(p, "line-height:1.75em", "p") for p in art["body"]]
    chain = rng.choice([[f"编辑丨{who[0]}", f"初审丨{who[1]}", f"复审丨{who[2]}", f"终审丨{who[3]}"],
                        [f"文字：{who[0]}　图片：{who[1]}", f"编辑：{who[2]}", f"审核：{who[3]}"]])
    rel = "".join(f'<p><a href="https://mp.weixin.qq.com/s/{rng.randint(10 ** 6, 10 ** 7)}">{esc(t)}</a></p>'
                  for t, _ in rng.sample(others, 3))
    content = ("".join(paras)
               + _sec(f"信息来源：{unit}{bureau}", "color:#888", "p")
               + "".join(_sec(c, "font-size:13px;color:#888", "p") for c in chain)
               + _sec(rng.choice(["推荐阅读", "相关推荐"]), "font-weight:bold", "p") + rel
               + _sec(rng.choice(["分享 收藏 在看 点赞", "分享 | 点赞 | 在看"]), "text-align:center", "p"))
    head, body = _wrap(art, acct, f"{y}年{int(m)}月{int(d)}日 {_time(rng)}", content, rng)
    return head, body + '<div class="rich_media_tool"><a>阅读原文</a></div>', _url(rng)


def town_post(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    street = "仙女山街道" if place == "武隆" else "正阳街道"
    acct = f"{place}{street}"
    y, m, d = art["date"].split("-")
    who = rng.sample(REPORTERS, 3)
    paras = [_sec(p, "text-indent:2em") for p in art["body"]]
    paras.insert(2, '<section><img data-src="/mmbiz_jpg/2.jpg"></section>')
    credits = [f"图文：{street}党政办" if rng.random() < 0.5 else f"供稿：{street}{rng.choice(['民政办', '社区'])}",
               f"排版：{who[0]}", f"校对：{who[1]}", f"审核：{who[2]}"]
    content = (_sec(f"点击上方蓝字“{acct}”关注我们！", "color:#2a7ae2") + "".join(paras)
               + "".join(_sec(c, "font-size:12px;color:#999") for c in credits)
               + _sec(f"{place}区{street}党工委宣传办 出品", "text-align:center")
               + '<section style="text-align:center"><img data-src="/qr.png"></section>'
               + _sec(rng.choice(["长按识别二维码 关注我们", "更多精彩，敬请关注"]), "text-align:center")
               + _sec(rng.choice(["欢迎转发分享", "觉得有用，欢迎转发"]), "text-align:center"))
    head, body = _wrap(art, acct, f"{y}-{m}-{d} {_time(rng)}", content, rng)
    return head, body, _url(rng)


TEMPLATES = {"county_repost": county_repost, "bureau_post": bureau_post, "town_post": town_post}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages11", TEMPLATES, lambda art: "dev")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
