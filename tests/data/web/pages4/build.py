"""Build the fourth saved-page set (``pages4``): three site designs, written after the final rules.

Twelve new reports (``articles.txt``, own sentences, labelled by hand like ``../pages``)
laid out by three new generators, written after the last rule change of issue 23 and
measured once, untouched: a CPPCC site (side menu before the article, ``nr_tit``/``nr_sj``
blocks with 时间/来源/作者/点击数), a video-news portal (player block, a caption under each
photo, an IP-location line, 举报, readers' comments with like counts) and a city daily's
website (detail title and info, the text as one ``<p>`` split by ``<br>``, a 延伸阅读 box
of text paragraphs, not links, about other events). Helpers come from ``../pages/build.py``.

    python tests/data/web/pages4/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import PLACE_NAMES, REPORTERS, _time, esc, notice_text, write_set

READERS = ["点赞家乡的变化！", "希望能长期坚持下去。", "这个做法好，值得推广。", "我们那里什么时候也能有？"]


def cppcc_site(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    y, m, d = art["date"].split("-")
    url = f"http://www.cq{art['place']}zx.gov.cn/html/xwzx/{y}{m}/{rng.randint(1000, 9999)}.html"
    head = f"<title>{esc(art['title'])}-{place}区政协</title>"
    menu = "".join(f"<li><a>{x}</a></li>" for x in ["政协动态", "委员风采", "提案工作", "文史资料", "理论研究"])
    paras = "".join(f"<p>{esc(p)}</p>" for p in art["body"])
    body = (f'<div class="banner">中国人民政治协商会议{place}区委员会</div>'
            f'<div class="wrap"><div class="main_left"><h3>新闻中心</h3><ul>{menu}</ul></div>'
            f'<div class="main_right"><div class="weizhi">当前位置：<a>首页</a> - <a>新闻中心</a> - <a>政协动态</a></div>'
            f'<div class="nr_tit">{esc(art["title"])}</div>'
            f'<div class="nr_sj">时间：{y}-{m}-{d}  来源：{place}区政协办公室  作者：{rng.choice(REPORTERS)}  点击数：{rng.randint(50, 900)}</div>'
            f'<div class="nr_nr">{paras}</div><div class="nr_fy">上一篇：<a>{esc(others[0][0])}</a><br>下一篇：<a>{esc(others[1][0])}</a></div>'
            f'</div></div><div class="bottom">版权所有：{place}区政协办公室  技术支持：某网络公司</div>')
    return head, body, url


def video_news(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    y, m, d = art["date"].split("-")
    url = f"https://www.ijntv.cn/{art['place']}/{y}{m}{d}/{rng.randint(10 ** 5, 10 ** 6)}.shtml"
    head = (f"<title>{esc(art['title'])}_{place}网络广播电视台</title>"
            + (f'<meta name="publishdate" content="{y}-{m}-{d}">' if rng.random() < 0.5 else ""))
    paras = []
    for i, p in enumerate(art["body"]):
        paras.append(f"<p>{esc(p)}</p>")
        if i == 0:
            paras.append(f'<div class="pgc-img"><img src="/i/{rng.randint(10 ** 5, 10 ** 6)}.jpg">'
                         f'<p class="pgc-img-caption">现场画面（{place}台记者 {rng.choice(REPORTERS)} 摄）</p></div>')
    comments = ""
    if "comments" in art["flags"]:
        comments = ('<div class="comment-list"><h4>评论</h4>' + "".join(
            f'<div class="comment-item"><span class="name">用户{rng.randint(10 ** 5, 10 ** 6)}</span><p>{esc(c)}</p>'
            f'<span class="zan">{rng.randint(1, 50)}</span></div>' for c in rng.sample(READERS, 3)) + "</div>")
    body = (f'<div class="top"><a>首页</a><a>新闻</a><a>直播</a><a>点播</a></div>'
            f'<div class="player"><video src="/v/{rng.randint(10 ** 5, 10 ** 6)}.mp4"></video><p>视频加载中…</p></div>'
            f'<div class="article"><h1>{esc(art["title"])}</h1><div class="meta"><span>{place}网络广播电视台</span> '
            f'<span>{y}-{m}-{d} {_time(rng)}</span> <span>IP属地：重庆</span></div>'
            f'<div class="text">{"".join(paras)}</div><div class="report"><a>举报</a></div>{comments}</div>'
            f'<div class="foot">{place}网络广播电视台 版权所有 信息网络传播视听节目许可证：{rng.randint(10 ** 6, 10 ** 7)}</div>')
    return head, body, url


def daily_site(art, rng, others):
    y, m, d = art["date"].split("-")
    url = f"https://www.cqrb.cn/content/{y}-{m}/{d}/content_{rng.randint(10 ** 5, 10 ** 6)}.htm"
    head = f"<title>{esc(art['title'])}_重庆日报网</title>"
    text = "<br><br>".join("\u3000\u3000" + esc(p) for p in art["body"])
    extra = (f'<div class="ywyd"><h4>延伸阅读</h4><p>{esc(others[2][0])}。这是同一地区近期的另一项工作，'
             f"有关部门表示将持续推进。</p><p>{esc(others[3][0])}。更多情况请关注后续报道。</p></div>")
    body = (f'<div class="head"><div class="logo">重庆日报网</div><div class="nav"><a>首页</a><a>重庆</a><a>区县</a><a>评论</a></div></div>'
            f'<div class="detail"><div class="detail_title">{esc(art["title"])}</div>'
            f'<div class="detail_info"><span>重庆日报</span><span>{y}-{m}-{d}</span><span>记者 {rng.choice(REPORTERS)}</span></div>'
            f'<div class="detail_content"><p>{text}</p></div>'
            + (f'<p class="sm">{esc(notice_text(rng, "重庆日报网"))}</p>' if "notice" in art["flags"] else "")
            + f"{extra}<div class=\"editor\">责任编辑：{rng.choice(REPORTERS)}</div></div>"
            f'<div class="foot">重庆日报报业集团 版权所有</div>')
    return head, body, url


TEMPLATES = {"cppcc_site": cppcc_site, "video_news": video_news, "daily_site": daily_site}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages4", TEMPLATES, lambda art: "fresh")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
