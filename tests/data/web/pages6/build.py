"""Build the sixth saved-page set (``pages6``): WeChat-like posts and app share pages.

Fifteen new reports (``articles.txt``, own sentences, labelled by hand like ``../pages``)
laid out by three generators written for the debris of WeChat-like pages (issue 23): a
county public account's post as a browser saves it (account name, 原创 and 作者 lines,
点击蓝字关注, photo captions with 图｜ credits, 文字/图片 lines, 来源/编辑/审核/校对 lines in
several wordings, END, 往期回顾 / 推荐阅读 lists, 长按识别二维码, 阅读原文, the page's own
赞/在看/分享/留言 strings and 微信扫一扫 panel), a city media app's share page (open-in-app
banner, author and 责任编辑, 本文来源, 推荐阅读 feed, comment box, 举报, download footer) and
a public account reposting another outlet's report (来源：XX融媒 at the top, 转自 notice,
监制/主编/编辑 lines, 喜欢此内容的人还喜欢 list). Five pages were set apart before any rule
was changed (``HELD_APART``) and measured first (README.md).

    python tests/data/web/pages6/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import PLACE_NAMES, REPORTERS, _time, esc, write_set

#: Set apart before any rule was changed: measured first, never read to write a rule.
HELD_APART = {"u03", "u05", "u08", "u10", "u14"}
TOPICS = ["党史学习教育", "乡村振兴", "文明创建", "安全生产", "民生实事"]


#: The tag a post's editor wraps every line in, body and furniture alike (real posts mix
#: ``<p>`` and ``<section>``; one per page, drawn per page by ``_pick_tag``).
_TAG = ["p"]


def _pick_tag(rng) -> None:
    _TAG[0] = rng.choice(["p", "section"])


def _sec(text: str, style: str = "") -> str:
    tag = _TAG[0]
    style = style or "line-height:1.75em"
    return f'<{tag} style="{style}"><span style="font-size:15px">{esc(text)}</span></{tag}>'


def _paras(art, rng, place, wechat=True) -> list[str]:
    out = []
    cap_at = 1 if "places" not in art["flags"] else None
    for i, p in enumerate(art["body"]):
        if i == cap_at:
            img = f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{rng.randint(10 ** 8, 10 ** 9)}/640"></section>'
            cap = rng.choice([f"▲活动现场", f"图｜{rng.choice(REPORTERS)}", f"（{place}融媒体中心 供图）",
                              f"▲{place}当天的现场。记者 {rng.choice(REPORTERS)} 摄"])
            out.append(img + _sec(cap, "text-align:center;font-size:12px;color:#888"))
        if wechat:
            out.append(_sec(p, "text-indent:2em;line-height:1.75em"))
        else:
            out.append(f"<p>{esc(p)}</p>")
    return out


def _epoch(ts: str) -> int:
    """The post's publication time as WeChat's page script states it (seconds, UTC+8)."""
    from datetime import datetime, timedelta, timezone

    return int(datetime.strptime(ts, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=8))).timestamp())


def _titles(rng, others, n) -> list[str]:
    return [t for t, _ in rng.sample(others, n)]


def wechat_account(art, rng, others):
    _pick_tag(rng)
    place = PLACE_NAMES[art["place"]]
    acct = rng.choice([f"{place}发布", f"{place}融媒", f"今日{place}", f"{place}微报"])
    ts = f"{art['date']} {_time(rng)}"
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('abcdefghijkmnpqrstuvwxyzABCDEFGH0123456789') for _ in range(22))}"
    author = rng.choice(REPORTERS)
    top = rng.choice(["点击上方蓝字关注我们", f"点击蓝字 关注{acct}", "↑点击上方“" + acct + "”关注我们"])
    credits = rng.choice([f"文字：{author}  图片：{rng.choice(REPORTERS)}", f"记者｜{author}", f"文/图：{author}"])
    tail = [rng.choice([f"来源：{place}区融媒体中心", f"来源｜{place}融媒", f"内容来源：{place}区委宣传部"]),
            rng.choice([f"编辑：{rng.choice(REPORTERS)}  审核：{rng.choice(REPORTERS)}",
                        f"编辑｜{rng.choice(REPORTERS)}\n校对｜{rng.choice(REPORTERS)}\n审核｜{rng.choice(REPORTERS)}",
                        f"责任编辑：{rng.choice(REPORTERS)}\n终审：{rng.choice(REPORTERS)}"])]
    review = rng.choice(["往期回顾", "推荐阅读", "往期精彩", "精彩回顾"])
    tag = _TAG[0]
    if rng.random() < 0.5:  # titles as links
        rel = "".join(f'<{tag}><a href="https://mp.weixin.qq.com/s?__biz={rng.randint(10 ** 8, 10 ** 9)}">{esc(t)}</a></{tag}>'
                      for t in _titles(rng, others, rng.randint(3, 4)))
    else:  # image cards: the link on the picture, the title as plain text under it
        rel = "".join(f'<{tag}><a href="https://mp.weixin.qq.com/s?__biz={rng.randint(10 ** 8, 10 ** 9)}"><img data-src="/c.jpg"></a></{tag}>'
                      + _sec(t) for t in _titles(rng, others, rng.randint(3, 4)))
    qr = rng.choice(["长按识别二维码 关注我们", f"长按二维码关注{acct}", "扫码关注 获取更多资讯"])
    end = rng.choice(["END", "- END -", "—  END  —"])
    content = (_sec(top, "text-align:center;color:#1e6fff")
               + _sec(credits)
               + "".join(_paras(art, rng, place))
               + _sec(end, "text-align:center")
               + "".join(_sec(x) for t in tail for x in t.split("\n"))
               + f"<{tag}><strong>{review}</strong></{tag}>{rel}"
               + f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr/{rng.randint(10 ** 5, 10 ** 6)}/0"></section>'
               + _sec(qr, "text-align:center")
               + _sec(rng.choice(["分享、点赞、在看，一起传递正能量", "觉得不错，请点亮“在看”", "喜欢就点个“赞”和“在看”吧"])))
    topic = rng.choice(TOPICS)
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<div id="img-content" class="rich_media_wrp"><h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            + (f'<span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>' if rng.random() < 0.7 else "")
            + f'<span class="rich_media_meta rich_media_meta_text">{esc(author)}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{ts}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于重庆</em></div>'
            f'<div id="js_tags" class="article-tag__list"><span>收录于合集</span><a>#{topic} {rng.randint(5, 90)}个</a></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{content}</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a>'
            f'<span>阅读 {rng.randint(1000, 30000)}</span></div>'
            f'<div id="js_pc_qr_code" class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div>'
            f'</div></div></div>'
            f'<div class="interaction_bar"><span>赞</span><span>，轻点两下取消赞</span><span>在看</span><span>，轻点两下取消在看</span>'
            f'<span>分享</span><span>留言</span><span>收藏</span></div>'
            f'<div class="weui-dialog"><p>微信扫一扫可打开此内容，<br>使用完整服务</p><a>知道了</a></div></div>'
            f'<script>var ct = "{_epoch(ts)}"; var nickname = "{esc(acct)}";</script>')
    return f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">', body, url


def app_share(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    app = rng.choice([f"掌上{place}", f"{place}手机台", "新重庆", "上游新闻"])
    y, m, d = art["date"].split("-")
    url = f"https://h5.{art['place']}.cn/share/news/{y}{m}{d}/{rng.randint(10 ** 6, 10 ** 7)}.html?from=wx"
    t = _time(rng)
    author = rng.choice(REPORTERS)
    feed = "".join(f'<li class="news-item"><a><div class="news-title">{esc(tt)}</div>'
                   f'<div class="news-info"><span>{app}</span><span>{rng.randint(200, 9000)}阅读</span></div></a></li>'
                   for tt in _titles(rng, others, 4))
    info = rng.choice([f'<div class="info"><span class="source">{app}</span><span class="time">{y}-{m}-{d} {t}</span></div>'
                       f'<div class="author">记者：{author}</div>',
                       f'<div class="info">{y}年{int(m)}月{int(d)}日 {t} 来源：{place}区融媒体中心 作者：{author}</div>'])
    body = (f'<div class="open-app-bar"><img class="logo" src="/logo.png"><span>{app}</span>'
            f'<span class="slogan">{rng.choice(["看" + place + "，就上" + app, "打开APP，阅读体验更佳"])}</span><a class="btn">打开</a></div>'
            f'<div class="article-wrap"><h1 class="article-title">{esc(art["title"])}</h1>{info}'
            f'<div class="article-content">{"".join(_paras(art, rng, place, wechat=False))}</div>'
            f'<div class="article-footer"><p class="source">本文来源：{place}区融媒体中心</p>'
            f'<p class="editor">责任编辑：{rng.choice(REPORTERS)}</p>'
            + (f'<p class="notice">本文为{app}原创，未经授权不得转载。</p>' if rng.random() < 0.5 else "")
            + f'<div class="actions"><span>点赞 {rng.randint(0, 300)}</span><span>分享</span><a>举报</a></div></div></div>'
            f'<div class="recommend"><div class="hd">推荐阅读</div><ul>{feed}</ul>'
            f'<a class="more">打开{app}，查看更多精彩内容</a></div>'
            f'<div class="comment-box"><div class="hd">评论</div><div class="empty">暂无评论，快来抢沙发吧</div>'
            f'<div class="input">写评论...</div></div>'
            f'<div class="download-footer"><p>下载{app}客户端</p><p>扫码下载 随时随地看新闻</p><p>©{y} {app} 版权所有</p></div>')
    return f"<title>{esc(art['title'])}</title>", body, url


def wechat_repost(art, rng, others):
    _pick_tag(rng)
    place = PLACE_NAMES[art["place"]]
    acct = rng.choice([f"{place}共青团", f"{place}妇联", f"{place}交巡警", f"{place}文明网"])
    ts = f"{art['date']} {_time(rng)}"
    url = f"http://mp.weixin.qq.com/s?__biz=MzA{rng.randint(10 ** 6, 10 ** 7)}==&mid={rng.randint(10 ** 9, 10 ** 10)}&idx=1"
    src = rng.choice([f"来源：{place}融媒", f"本文转自：{place}发布", f"转自｜{place}区融媒体中心"])
    staff = rng.choice([[f"监制：{rng.choice(REPORTERS)}", f"主编：{rng.choice(REPORTERS)}", f"编辑：{rng.choice(REPORTERS)}"],
                        [f"出品｜{acct}", f"编辑｜{rng.choice(REPORTERS)}  审核｜{rng.choice(REPORTERS)}"]])
    likes = "".join(f'<div class="relate_article_item"><span class="relate_title">{esc(t)}</span>'
                    f'<span class="relate_info">{esc(rng.choice([acct, place + "发布"]))} 阅读 {rng.randint(100, 9000)}</span></div>'
                    for t in _titles(rng, others, 3))
    content = (_sec(src, "font-size:12px;color:#888")
               + "".join(_paras(art, rng, place))
               + _sec(rng.choice(["（本文转载自" + place + "融媒，如有侵权请联系删除）", "文章转载仅为传递信息，版权归原作者所有"]),
                      "font-size:12px;color:#888")
               + "".join(_sec(x) for x in staff)
               + _sec(rng.choice(["关注我们 了解更多", "↓↓↓ 点击阅读原文 了解更多"])))
    body = (f'<div id="js_article" class="rich_media"><div id="img-content" class="rich_media_wrp">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{ts}</em></div>'
            f'<div class="rich_media_content" id="js_content">{content}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(100, 9000)}</span>'
            f'<span>在看 {rng.randint(1, 60)}</span></div></div>'
            f'<div class="rich_media_area_extra"><div class="relate_article"><div class="hd">喜欢此内容的人还喜欢</div>{likes}</div></div>'
            f'<div class="wx_profile_card"><span>{esc(acct)}</span><span>微信扫一扫关注该公众号</span></div>'
            f'<div class="bottom_bar"><span>继续滑动看下一个</span><span>轻触阅读原文</span><span>向上滑动看下一个</span></div></div>')
    return f'<title>{esc(art["title"])}</title>', body, url


TEMPLATES = {"wechat_account": wechat_account, "app_share": app_share, "wechat_repost": wechat_repost}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages6", TEMPLATES,
                     lambda art: "held-apart" if art["id"] in HELD_APART else "dev")
    print(len(refs), "pages;", sum(r["split"] == "held-apart" for r in refs.values()), "held apart")


if __name__ == "__main__":
    main()
