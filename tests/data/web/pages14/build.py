"""Build the fourteenth saved-page set (``pages14``): written after this round's last rule change.

Six pages (``articles.txt``, own sentences, labelled by hand like ``../pages``) in three designs
no earlier set used: a provincial department's news page on a government portal
(``prov_gov_dept``), a city news portal's mobile page (``city_mobile``) and a culture and
tourism bureau's account (``tourism_account``). Written after the last rule change of this
round (commit ee2b4b2), measured once (README.md) and never used to change a rule.

    python tests/data/web/pages14/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import PLACE_NAMES, REPORTERS, _time, esc, write_set  # noqa: E402

COUNTIES = ("巫溪",)


def _unit(place: str) -> str:
    return f"{place}{'县' if place in COUNTIES else '区'}"


def prov_gov_dept(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    y, m, d = art["date"].split("-")
    dept = rng.choice(["重庆市农业农村委员会", "重庆市文化和旅游发展委员会"])
    url = f"https://www.cq.gov.cn/ywdt/jrcq/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 7, 10 ** 8)}.html"
    who = rng.sample(REPORTERS, 2)
    rel = "".join(f'<li><a>{esc(t)}</a><span>[{dd}]</span></li>' for t, dd in rng.sample(others, 3))
    body = (f'<div class="top"><span>重庆市人民政府</span><a>简体</a><a>繁体</a><a>无障碍浏览</a></div>'
            f'<div class="crumb">首页 &gt; 要闻动态 &gt; 区县动态</div>'
            f'<div class="zw"><h1>{esc(art["title"])}</h1>'
            f'<div class="zw-info"><span>日期：{y}-{m}-{d}</span><span>来源：{dept}</span>'
            f'<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div class="zw-con">{"".join(f"<p>{esc(x)}</p>" for x in art["body"])}</div>'
            f'<div class="zw-ed">{esc(rng.choice([f"（责任编辑：{who[0]}）", f"编辑：{who[0]}　责任编辑：{who[1]}"]))}</div>'
            f'<div class="zw-tool"><a>打印本页</a><a>关闭窗口</a><span>分享到：</span><a>微信</a><a>微博</a></div></div>'
            f'<div class="rel"><h4>相关稿件</h4><ul>{rel}</ul></div>'
            f'<div class="ft"><p>主办：重庆市人民政府办公厅　承办：重庆市大数据应用发展管理局</p>'
            f'<p>网站标识码：5000000095　渝ICP备{rng.randint(10 ** 7, 10 ** 8 - 1)}号</p></div>')
    return f'<title>{esc(art["title"])}_重庆市人民政府网</title>', body, url


def city_mobile(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    y, m, d = art["date"].split("-")
    url = f"https://m.cqnews.net/{art['place']}/{y}{m}{d}/{rng.randint(10 ** 5, 10 ** 6)}.html"
    who = rng.sample(REPORTERS, 3)
    hot = "".join(f'<li><a>{esc(t)}</a></li>' for t, _ in rng.sample(others, 3))
    body = (f'<div class="mhead"><a>返回</a><span>华龙网手机版</span><a>首页</a></div>'
            f'<div class="mart"><h1>{esc(art["title"])}</h1>'
            f'<div class="minfo">{y}-{m}-{d} {_time(rng)}　来源：{place}日报　{rng.choice(["记者", "首席记者"])} {who[0]}</div>'
            f'<div class="mcon">{"".join(f"<p>{esc(x)}</p>" for x in art["body"])}</div>'
            f'<div class="med">{esc(rng.choice([f"编辑：{who[1]}　审核：{who[2]}", f"【编辑：{who[1]}】"]))}</div></div>'
            f'<div class="mhot"><h3>热点推荐</h3><ul>{hot}</ul></div>'
            f'<div class="mcmt"><h3>网友评论</h3><p>我来说两句</p><p>已有{rng.randint(0, 30)}人参与</p></div>'
            f'<div class="mfoot"><a>返回顶部</a><a>电脑版</a><p>华龙网 版权所有</p></div>')
    return f'<title>{esc(art["title"])}-华龙网</title>', body, url


def tourism_account(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    unit = _unit(place)
    acct = rng.choice([f"{place}文旅", f"游{place}"])
    y, m, d = art["date"].split("-")
    who = rng.sample(REPORTERS, 4)
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKLMNabcdefghjkmn0123456789') for _ in range(22))}"
    paras = [f'<p style="text-indent:2em"><span>{esc(x)}</span></p>' for x in art["body"]]
    paras.insert(1, f'<p style="text-align:center"><img data-src="/mmbiz/{rng.randint(100, 999)}.jpg"></p>'
                    f'<p style="text-align:center;color:#999"><span>{esc(rng.choice(["（资料图）", "▲ 景区风光"]))}</span></p>')
    tail = [f"文/{who[0]}　图/{who[1]}", f"部分图片来源：{unit}文化旅游委",
            f"编辑：{who[2]}　初审：{who[3]}　终审：{who[0]}",
            rng.choice(["点击“阅读原文”了解更多", "关注我们，发现更多美好"]),
            rng.choice(["你点的每个赞，我都认真当成了喜欢", f"{acct} · 带你玩转{place}"])]
    content = "".join(paras) + "".join(f'<p style="font-size:12px;color:#888"><span>{esc(c)}</span></p>' for c in tail)
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {_time(rng)}</em></div>'
            f'<div class="rich_media_content" id="js_content">{content}</div></div></div>')
    return f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">', body, url


TEMPLATES = {"prov_gov_dept": prov_gov_dept, "city_mobile": city_mobile, "tourism_account": tourism_account}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages14", TEMPLATES, lambda art: "fresh")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
