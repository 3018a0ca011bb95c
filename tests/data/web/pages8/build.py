"""Build the eighth saved-page set (``pages8``): posts written after the final rules.

Six reports (``articles.txt``, own sentences, labelled by hand like ``../pages``) in two
designs, written after the last rule change of this round and measured once, never used to
change a rule (the out-of-sample figure for WeChat-like pages): a street office's public
account (文案/摄像/剪辑 credits, 本期编辑, 来源丨 line, 点击阅读原文 prompt, 欢迎投稿 note,
视频号 card, 推荐阅读 list, 点个在看 prompt) and a county media centre's H5 page shared from its
app (app and time line, reporter byline, 【责任编辑】, 声明 notice, 扫码下载 prompt, 相关新闻
list, app footer). One wrapper tag per post, drawn per page.

    python tests/data/web/pages8/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import PLACE_NAMES, REPORTERS, _time, esc, write_set


def _line(tag: str, text: str, style: str = "line-height:1.6em") -> str:
    return f'<{tag} style="{style}"><span>{esc(text)}</span></{tag}>'


def street_account(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    acct = rng.choice([f"{place}区小龙坎街道", f"幸福{place}", f"{place}社区在线"])
    tag = rng.choice(["p", "section"])
    ts = f"{art['date']} {_time(rng)}"
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKLMNabcdefghjkmn0123456789') for _ in range(22))}"
    paras = []
    for i, p in enumerate(art["body"]):
        paras.append(_line(tag, p, "text-indent:2em"))
        if i == 0 and "places" not in art["flags"]:
            paras.append(f'<{tag}><img data-src="/mmbiz/{rng.randint(10 ** 5, 10 ** 6)}.png"></{tag}>'
                         + _line(tag, rng.choice(["▲ 活动现场", "（社区供图）", "▼ 现场图片"]), "text-align:center"))
    video = (f'<{tag} class="channels_iframe_wrp"><span>{esc(acct)}</span><span>视频号</span>'
             f'<span>{esc(art["title"])}，一起来看</span></{tag}>') if rng.random() < 0.6 else ""
    credits = rng.choice([[f"文案：{rng.choice(REPORTERS)}", f"摄像：{rng.choice(REPORTERS)}", f"剪辑：{rng.choice(REPORTERS)}"],
                          [f"本期编辑：{rng.choice(REPORTERS)}", f"来源丨{place}区融媒体中心"]])
    rel = "".join(f'<{tag}><a href="https://mp.weixin.qq.com/s/{rng.randint(10 ** 6, 10 ** 7)}">▶ {esc(t)}</a></{tag}>'
                  for t, _ in rng.sample(others, 3))
    content = ("".join(paras) + video + "".join(_line(tag, c) for c in credits)
               + _line(tag, rng.choice(["欢迎投稿，投稿请发送至邮箱", "点击“阅读原文”查看更多"]))
               + f"<{tag}><strong>推荐阅读</strong></{tag}>{rel}"
               + _line(tag, rng.choice(["点个在看 你最好看", "喜欢就点个“在看”吧"])))
    body = (f'<div id="js_article" class="rich_media"><div id="img-content" class="rich_media_wrp">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{ts}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">{content}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(100, 5000)}</span></div></div></div>')
    return f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">', body, url


def county_h5(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    app = rng.choice([f"掌上{place}", f"{place}发布", f"云上{place}"])
    y, m, d = art["date"].split("-")
    url = f"https://m.{art['place']}news.cn/h5/article/{y}{m}{d}/{rng.randint(10 ** 5, 10 ** 6)}.html"
    rel = "".join(f'<li><a>{esc(t)}</a><span>{dd}</span></li>' for t, dd in rng.sample(others, 3))
    body = (f'<div class="app-top"><span>{app}</span><a>APP内打开</a></div>'
            f'<div class="detail"><h1>{esc(art["title"])}</h1>'
            f'<div class="detail-info"><span>{app}</span><span>{y}-{m}-{d} {_time(rng)}</span></div>'
            f'<div class="detail-author">{rng.choice(["记者", "融媒体记者"])} {rng.choice(REPORTERS)} 通讯员 {rng.choice(REPORTERS)}</div>'
            f'<div class="detail-content">{"".join(f"<p>{esc(p)}</p>" for p in art["body"])}</div>'
            f'<div class="detail-editor">【责任编辑：{rng.choice(REPORTERS)}】</div>'
            f'<div class="detail-statement">{rng.choice(["声明：本文为" + app + "原创作品，转载请注明出处。", "声明：凡注明来源为" + app + "的作品，版权均属本平台所有。"])}</div></div>'
            f'<div class="download"><p>扫码下载{app}客户端</p></div>'
            f'<div class="related"><h3>相关新闻</h3><ul>{rel}</ul></div>'
            f'<div class="app-foot"><p>{place}区融媒体中心 主办</p><p>渝ICP备{rng.randint(10 ** 7, 10 ** 8 - 1)}号</p></div>')
    return f"<title>{esc(art['title'])}_{app}</title>", body, url


TEMPLATES = {"street_account": street_account, "county_h5": county_h5}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages8", TEMPLATES, lambda art: "fresh")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
