"""Generated corpora of saved web pages, with planted differences (benchmarks, not the package).

What comes out: a folder of saved HTML pages as a researcher collects them from
county and district sites, plus ``manifest.csv`` in the format
:func:`zhframe.corpus.load_corpus` reads and ``truth.json`` saying what was planted.

- **Text.** Real body paragraphs recombined: the body-labelled lines of the
  hand-written web development sets (``tests/data/web/**/*.tsv``), the paragraphs of
  the hand-written rhetoric sets (``tests/data/rhetoric/{web,heldout}/*.txt``) and of
  the two seed articles (``seeds/``). Each page draws 4-9 of them without replacement,
  sometimes with a subheading or a photo caption of the same sets between them.
- **Design.** 100 real counties and districts in 10 provinces (:data:`PROVINCES`),
  three outlet kinds (:data:`OUTLETS`: government portal, county media centre site,
  e-paper), dates uniform over 2021-01-01..2023-12-31.
- **Pages.** Page furniture of each site kind: navigation, search box, breadcrumb,
  info bar, share/print bar, sidebar of teaser links, footer with ICP/公网安备 numbers
  (government portal and media site); 版次 bar, PDF link, 本版 list, previous/next
  page and copyright (e-paper). A quarter of the pages (chosen at random) are GBK
  with ``<meta charset="gbk">``, the rest UTF-8.
- **Planted differences** (recorded, with the realised rates, in ``truth.json``):
  (a) :data:`PROVINCE_TERM` in 30% of the articles of one province against 15% of
  the others; (b) :data:`TREND_TERM` in a share of paragraphs rising linearly from 2%
  on 2021-01-01 to 10% on 2023-12-31; (c) :data:`OUTLET_TERM` in 20% of the
  government portals' articles and none of the others. The terms are ordinary policy
  vocabulary (in zhframe's political dictionary) that no base paragraph contains.
  A planted term is carried by a sentence frame (:data:`FRAMES`); so that the frame's
  own words do not become differences too, every article has the same number of
  frame *slots* whatever its group or date, and a slot that does not carry a planted
  term carries a neutral filler (:data:`FILLERS`, common in the base paragraphs).
  The fillers therefore dip slightly where a planted term is more common; spread
  over 24 words, each dip is about 1/24 of the planted difference.

Deterministic: the same arguments give byte-identical files (one ``random.Random``
seeded with a string; no clock, no hash order). Under a second per 1,000 pages.

    python benchmarks/corpusgen.py --pages 2000 --places 100 --seed 0 --out DIR
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import html
import io
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Ten provinces (province-level units), each with ten real counties or districts:
#: (province, ICP/公网安备 abbreviation, ((place, prefecture or city), ...)).
PROVINCES: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("重庆市", "渝", (("北碚区", "重庆市"), ("开州区", "重庆市"), ("江津区", "重庆市"),
                    ("永川区", "重庆市"), ("合川区", "重庆市"), ("綦江区", "重庆市"),
                    ("涪陵区", "重庆市"), ("万州区", "重庆市"), ("璧山区", "重庆市"),
                    ("荣昌区", "重庆市"))),
    ("四川省", "川", (("温江区", "成都市"), ("郫都区", "成都市"), ("金牛区", "成都市"),
                    ("青羊区", "成都市"), ("双流区", "成都市"), ("大邑县", "成都市"),
                    ("蒲江县", "成都市"), ("江油市", "绵阳市"), ("射洪市", "遂宁市"),
                    ("阆中市", "南充市"))),
    ("浙江省", "浙", (("余杭区", "杭州市"), ("萧山区", "杭州市"), ("桐庐县", "杭州市"),
                    ("临安区", "杭州市"), ("鄞州区", "宁波市"), ("德清县", "湖州市"),
                    ("安吉县", "湖州市"), ("义乌市", "金华市"), ("诸暨市", "绍兴市"),
                    ("嘉善县", "嘉兴市"))),
    ("江苏省", "苏", (("江宁区", "南京市"), ("鼓楼区", "南京市"), ("相城区", "苏州市"),
                    ("昆山市", "苏州市"), ("江阴市", "无锡市"), ("宜兴市", "无锡市"),
                    ("溧阳市", "常州市"), ("海门区", "南通市"), ("沭阳县", "宿迁市"),
                    ("邳州市", "徐州市"))),
    ("湖南省", "湘", (("岳麓区", "长沙市"), ("天心区", "长沙市"), ("浏阳市", "长沙市"),
                    ("宁乡市", "长沙市"), ("攸县", "株洲市"), ("醴陵市", "株洲市"),
                    ("韶山市", "湘潭市"), ("湘潭县", "湘潭市"), ("桃源县", "常德市"),
                    ("慈利县", "张家界市"))),
    ("广东省", "粤", (("宝安区", "深圳市"), ("南山区", "深圳市"), ("天河区", "广州市"),
                    ("番禺区", "广州市"), ("顺德区", "佛山市"), ("南海区", "佛山市"),
                    ("博罗县", "惠州市"), ("惠东县", "惠州市"), ("梅县区", "梅州市"),
                    ("新会区", "江门市"))),
    ("山东省", "鲁", (("历下区", "济南市"), ("章丘区", "济南市"), ("黄岛区", "青岛市"),
                    ("即墨区", "青岛市"), ("寿光市", "潍坊市"), ("曲阜市", "济宁市"),
                    ("荣成市", "威海市"), ("邹平市", "滨州市"), ("莒县", "日照市"),
                    ("沂南县", "临沂市"))),
    ("湖北省", "鄂", (("江夏区", "武汉市"), ("黄陂区", "武汉市"), ("夷陵区", "宜昌市"),
                    ("宜都市", "宜昌市"), ("大冶市", "黄石市"), ("恩施市", "恩施州"),
                    ("京山市", "荆门市"), ("枣阳市", "襄阳市"), ("麻城市", "黄冈市"),
                    ("仙桃市", "湖北省"))),
    ("河南省", "豫", (("巩义市", "郑州市"), ("新郑市", "郑州市"), ("登封市", "郑州市"),
                    ("林州市", "安阳市"), ("长垣市", "新乡市"), ("禹州市", "许昌市"),
                    ("固始县", "信阳市"), ("新县", "信阳市"), ("兰考县", "开封市"),
                    ("西峡县", "南阳市"))),
    ("福建省", "闽", (("思明区", "厦门市"), ("湖里区", "厦门市"), ("晋江市", "泉州市"),
                    ("石狮市", "泉州市"), ("南安市", "泉州市"), ("安溪县", "泉州市"),
                    ("福清市", "福州市"), ("长乐区", "福州市"), ("武夷山市", "南平市"),
                    ("永定区", "龙岩市"))),
)

#: Outlet kinds (the manifest's ``outlet_type``).
OUTLETS: tuple[str, ...] = ("government portal", "county media centre", "e-paper")

#: Planted terms: policy vocabulary of zhframe's political dictionary, absent from
#: every base paragraph (checked when the pool is built).
PROVINCE_TERM = "河长制"
TREND_TERM = "碳达峰"
OUTLET_TERM = "跨省通办"
PROVINCE_RATES = (0.30, 0.15)      # share of articles: target province, the others
TREND_RATES = (0.02, 0.10)         # share of paragraphs: on START, on END (linear between)
OUTLET_RATES = (0.20, 0.0)         # share of articles: government portals, the others
OUTLET_TARGET = "government portal"
TREND_SLOT_RATE = 0.15             # share of paragraphs with a trend slot (>= TREND_RATES[1])
START, END = dt.date(2021, 1, 1), dt.date(2023, 12, 31)

#: Sentence frames that carry a planted term or a filler ({t}); appended to a paragraph.
FRAMES: tuple[str, ...] = (
    "会议要求，要把{t}各项工作抓紧抓实。",
    "下一步，当地还将围绕{t}持续用力。",
    "{t}相关工作也被纳入年度目标考核。",
    "与会人员还就{t}进行了交流发言。",
    "有关部门把{t}作为今年的一项重点任务来推进。",
    "各单位结合实际，对{t}工作作了具体部署。",
)

#: Neutral fillers for slots without a planted term: words that occur in the base paragraphs
#: (2-78 times each in about 430 paragraphs).
FILLERS: tuple[str, ...] = (
    "党史学习教育", "我为群众办实事", "红色资源", "民生实事", "志愿服务", "专题学习",
    "红色基因", "百年党史", "党史知识", "乡村振兴", "红色故事", "老旧小区改造",
    "垃圾分类", "急难愁盼", "重点项目", "养老服务", "疫情防控", "主题党日",
    "为民服务", "基层治理", "服务群众", "数字经济", "法律援助", "人民调解",
)

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛"
_GIVEN = "明华建国军伟芳娜敏静丽强磊洋艳勇杰娟涛超霞平刚桂英玉兰春梅雪琳晨宇浩然欣怡子涵思远嘉懿一鸣晓东海燕文博雅婷志宏佳琪俊杰"
_TOPICS = ("党史学习教育", "为民办实事", "基层治理", "志愿服务", "乡村建设", "理论宣讲",
           "文明实践", "民生实事", "红色教育", "社区服务")
_TITLE_SHAPES = ("{p}扎实推进{t}", "{p}：{t}走深走实", "{p}多措并举抓好{t}", "{t}在{p}持续升温",
                 "{p}开展{t}专题活动", "{p}以{t}凝聚发展合力", "{p}{t}取得新成效", "聚焦{t} {p}出实招")
_TEASERS = ("{p}召开专题会议部署近期重点工作", "{p}举行志愿服务集中行动", "{p}开展安全隐患排查",
            "{p}部署防汛工作", "{p}召开经济运行分析会", "{p}举办基层干部培训班", "{p}推进老旧小区改造",
            "{p}开展文明城市创建督查", "{p}召开民生实事推进会", "{p}组织开展应急演练",
            "{p}举办农民丰收节活动", "{p}开展法治宣传进社区")


@dataclass
class Pool:
    """Hand-written text the pages are recombined from."""

    body: list[str]
    subheadings: list[str]
    captions: list[str]
    sources: dict[str, int] = field(default_factory=dict)


def _gbk_ok(s: str) -> bool:
    try:
        s.encode("gbk")
        return True
    except UnicodeEncodeError:
        return False


def _tsv_rows(path: Path) -> list[tuple[str, str]]:
    """(label, text) of a labelled development-set file; a ``meta|body`` row's body part."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[0] == "meta|body":
            rows.append(("body", parts[2]))
        elif len(parts) == 2:
            rows.append((parts[0], parts[1]))
    return rows


_SIGN_OFF = re.compile(r"\s*[(（]完[)）]$")
_FINAL = re.compile(r"[。！？；”」）)…]$")


def _paragraphs(text: str, min_len: int = 30) -> list[str]:
    """Lines of an unlabelled article that read as body paragraphs: long, sentence-final."""
    return [l.strip() for l in text.splitlines() if len(l.strip()) >= min_len and _FINAL.search(l.strip())]


def build_pool(root: Path = ROOT) -> Pool:
    """Body paragraphs, subheadings and captions of the project's hand-written sets.

    Body paragraphs: the ``body`` rows (and the body part of ``meta|body`` rows) of
    ``tests/data/web/**/*.tsv``; the long, sentence-final lines of the rhetoric sets'
    articles and of the seeds (the Traditional-Chinese test article left out). A wire
    story's ``(完)`` is cut off; only GBK-encodable lines are kept (any page can then be
    saved as GBK), deduplicated in first-seen order over sorted file names.
    ``sources`` counts the lines taken from each file, before deduplication.

    Raises ``ValueError`` if a planted term already occurs in a base paragraph.
    """
    body, subs, caps, sources = [], [], [], {}
    for path in sorted((root / "tests" / "data" / "web").rglob("*.tsv")):
        rows = _tsv_rows(path)
        got = [t.strip() for lab, t in rows if lab == "body" and len(t.strip()) >= 15]
        body += got
        subs += [t.strip() for lab, t in rows if lab == "subheading" and t.strip()]
        caps += [t.strip() for lab, t in rows if lab == "caption" and t.strip()]
        sources[str(path.relative_to(root))] = len(got)
    txts = sorted((root / "tests" / "data" / "rhetoric").glob("*/*.txt")) + sorted((root / "seeds").glob("*.txt"))
    for path in txts:
        if "trad" in path.stem:  # a Traditional-Chinese test article: not these sites' script
            continue
        got = _paragraphs(path.read_text(encoding="utf-8"))
        body += got
        sources[str(path.relative_to(root))] = len(got)

    def keep(lines):
        seen, out = set(), []
        for l in lines:
            l = _SIGN_OFF.sub("", l)  # a wire story's (完) ends the story, not a paragraph mid-page
            if l not in seen and _gbk_ok(l) and "<" not in l:
                seen.add(l)
                out.append(l)
        return out

    pool = Pool(keep(body), keep(subs), keep(caps), sources)
    for term in (PROVINCE_TERM, TREND_TERM, OUTLET_TERM):
        hits = sum(term in p for p in pool.body)
        if hits:
            raise ValueError(f"planted term {term} already occurs in {hits} base paragraph(s)")
    return pool


def places(n: int) -> list[tuple[str, str, str, str]]:
    """The first ``n`` places, (place, city, province, ICP abbreviation), taken round-robin
    over the provinces so that any ``n`` >= 10 covers all ten evenly."""
    if not 1 <= n <= 100:
        raise ValueError(f"--places must be 1..100, got {n}")
    out = []
    for k in range(10):
        for prov, abbr, plist in PROVINCES:
            out.append((plist[k][0], plist[k][1], prov, abbr))
    return out[:n]


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2))))


def _short(place: str) -> str:
    """北碚区 -> 北碚, 攸县 -> 攸县 (a one-character stem keeps its suffix)."""
    return place[:-1] if len(place) > 2 and place[-1] in "区县市" else place


def trend_rate(day: dt.date) -> float:
    """Planted paragraph rate of :data:`TREND_TERM` on ``day`` (linear from START to END)."""
    frac = (day - START).days / (END - START).days
    return TREND_RATES[0] + (TREND_RATES[1] - TREND_RATES[0]) * frac


# --- page furniture, one function per site kind ----------------------------------------

def _e(s: str) -> str:
    return html.escape(s, quote=False)


def _body_html(blocks: list[tuple[str, str]]) -> str:
    out = []
    for kind, text in blocks:
        if kind == "subheading":
            out.append(f'    <p><strong>{_e(text)}</strong></p>')
        elif kind == "caption":
            out.append(f'    <p class="img"><img src="/images/pic.jpg" alt=""></p>\n'
                       f'    <p class="caption">{_e(text)}</p>')
        else:
            out.append(f"    <p>{_e(text)}</p>")
    return "\n".join(out)


def _teasers(rng: random.Random, place: str, k: int) -> str:
    items = rng.sample(_TEASERS, k)
    return "\n".join(f'    <li><a href="/news/{rng.randrange(10**6):06d}.html">{_e(t.format(p=_short(place)))}</a></li>'
                     for t in items)


def _icp(rng: random.Random, abbr: str) -> str:
    return f"{abbr}ICP备{rng.randrange(10**7, 10**8)}号"


def _head(charset: str, title: str, site: str, date: str, extra: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="{charset}">\n'
            f"<title>{_e(title)}_{_e(site)}</title>\n"
            f'<meta name="ArticleTitle" content="{html.escape(title)}">\n'
            f'<meta name="PubDate" content="{date}">\n{extra}'
            '<link rel="stylesheet" href="/css/style.css">\n'
            '<script src="/js/jquery.min.js"></script>\n</head>\n<body>\n')


def page_gov(rng, charset, p, title, blocks, when):
    place, city, _, abbr = p
    site = f"{place}人民政府"
    src = rng.choice((f"{_short(place)}区委宣传部".replace("区区", "区"), f"{place}融媒体中心",
                      f"{place}政府办", f"{place}发展改革委", f"{place}农业农村委"))
    stamp = f"{when:%Y-%m-%d} {rng.randrange(8, 19):02d}:{rng.randrange(60):02d}"
    return (_head(charset, title, site, stamp, f'<meta name="ContentSource" content="{src}">\n')
            + f'<div class="top">\n  <div class="logo">{city}{place}人民政府</div>\n'
            '  <ul class="nav">\n    <li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
            '<li><a href="/bsfw/">办事服务</a></li>\n    <li><a href="/hdjl/">互动交流</a></li>'
            f'<li><a href="/zj/">走进{_short(place)}</a></li>\n  </ul>\n'
            '  <div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div>\n</div>\n'
            '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
            f'<a href="/zwgk/{rng.choice(("bmdt", "zwyw", "jcdt"))}/">{rng.choice(("部门动态", "政务要闻", "基层动态"))}</a></div>\n'
            '<div class="main">\n<div class="article">\n'
            f"  <h1>{_e(title)}</h1>\n"
            f'  <div class="info">发布时间：{stamp}　来源：{_e(src)}　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>\n'
            f'  <div class="content">\n{_body_html(blocks)}\n  </div>\n'
            '  <div class="tools">【<a href="javascript:window.print()">打印本页</a>】'
            '【<a href="javascript:window.close()">关闭窗口</a>】 分享到：<a>微信</a> <a>微博</a></div>\n'
            '</div>\n<div class="side">\n  <h3>热点信息</h3>\n  <ul>\n'
            f"{_teasers(rng, place, 5)}\n  </ul>\n</div>\n</div>\n"
            '<div class="footer">\n  <p><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a></p>\n'
            f"  <p>主办：{place}人民政府办公室　承办：{place}大数据发展中心</p>\n"
            f"  <p>网站标识码：{rng.randrange(10**9, 10**10)}　{_icp(rng, abbr)}　"
            f"{abbr}公网安备 {rng.randrange(10**13, 10**14)}号</p>\n</div>\n</body>\n</html>\n")


def page_media(rng, charset, p, title, blocks, when):
    place, _, _, abbr = p
    site = f"{_short(place)}网"
    stamp = f"{when:%Y-%m-%d} {rng.randrange(7, 22):02d}:{rng.randrange(60):02d}"
    return (_head(charset, title, site, stamp, f'<meta name="author" content="{_name(rng)}">\n')
            + f'<div class="header">\n  <div class="logo">{_short(place)}网 · {place}融媒体中心主办</div>\n'
            '  <ul class="nav">\n    <li><a href="/">首页</a></li><li><a href="/sz/">时政</a></li>'
            '<li><a href="/ms/">民生</a></li><li><a href="/sp/">视频</a></li><li><a href="/zt/">专题</a></li>'
            '<li><a href="/dj/">党建</a></li>\n  </ul>\n</div>\n'
            f'<div class="crumb"><a href="/">首页</a> &gt; <a href="/bd/">本地新闻</a> &gt; 正文</div>\n'
            '<div class="wrap">\n<div class="article">\n'
            f"  <h1>{_e(title)}</h1>\n"
            f'  <div class="info"><span>{stamp}</span> <span>来源：{_short(place)}融媒</span> '
            f"<span>作者：{_name(rng)}</span> <span>编辑：{_name(rng)}</span> "
            f"<span>浏览次数：{rng.randrange(100, 20000)}</span></div>\n"
            f'  <div class="content">\n{_body_html(blocks)}\n  </div>\n'
            f'  <div class="editor">责任编辑：{_name(rng)}</div>\n'
            '  <div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>\n'
            f'  <div class="pn"><p>上一篇：<a href="#">{_e(rng.choice(_TEASERS).format(p=_short(place)))}</a></p>'
            f'<p>下一篇：<a href="#">{_e(rng.choice(_TEASERS).format(p=_short(place)))}</a></p></div>\n'
            '</div>\n<div class="side">\n  <h3>相关新闻</h3>\n  <ul>\n'
            f"{_teasers(rng, place, 6)}\n  </ul>\n  <h3>扫一扫 关注{_short(place)}发布</h3>\n</div>\n</div>\n"
            f'<div class="footer">\n  <p>{place}融媒体中心 版权所有 未经授权禁止复制或建立镜像</p>\n'
            f"  <p>{_icp(rng, abbr)}　互联网新闻信息服务许可证：{rng.randrange(10**10, 10**11)}　"
            f"违法和不良信息举报电话：{rng.randrange(10**7, 10**8)}</p>\n</div>\n</body>\n</html>\n")


_WEEKDAYS = "一二三四五六日"


def page_epaper(rng, charset, p, title, blocks, when):
    place, _, _, abbr = p
    paper = f"{_short(place)}报"
    edition = rng.randrange(1, 9)
    section = rng.choice(("要闻", "综合", "时政", "民生", "专题"))
    reporter = _name(rng)
    blocks = list(blocks)
    kind, first = blocks[0]
    blocks[0] = (kind, f"本报讯（记者 {reporter}）{first}")  # the dateline runs into the lead
    return (_head(charset, title, f"{paper}数字报", f"{when:%Y-%m-%d}")
            + f'<div class="top">\n  <div class="paper">{paper} 数字报</div>\n'
            f'  <div class="date">{when.year}年{when.month:02d}月{when.day:02d}日 星期{_WEEKDAYS[when.weekday()]}</div>\n'
            '  <ul class="nav"><li><a>往期回顾</a></li><li><a>版面导航</a></li><li><a>标题导航</a></li></ul>\n</div>\n'
            f'<div class="banci">第{edition:02d}版：{section}　<a href="/pdf/{when:%Y%m%d}_{edition:02d}.pdf">PDF版阅读</a>'
            '　<a>上一版</a>　<a>下一版</a></div>\n'
            '<div class="article">\n'
            f"  <h1>{_e(title)}</h1>\n"
            f'  <div class="content">\n{_body_html(blocks)}\n  </div>\n'
            f'  <div class="editor">本版编辑：{_name(rng)}　美编：{_name(rng)}</div>\n'
            '  <div class="pn"><a>上一篇</a>　<a>下一篇</a>　<a href="/">返回目录</a></div>\n</div>\n'
            '<div class="side">\n  <h3>本版新闻</h3>\n  <ul>\n'
            f"{_teasers(rng, place, 4)}\n  </ul>\n</div>\n"
            f'<div class="footer">\n  <p>{paper}社 版权所有 未经书面授权不得转载</p>\n'
            f"  <p>{_icp(rng, abbr)}　{abbr}公网安备 {rng.randrange(10**13, 10**14)}号</p>\n</div>\n"
            "</body>\n</html>\n")


_PAGES = {"government portal": page_gov, "county media centre": page_media, "e-paper": page_epaper}


# --- the corpus -----------------------------------------------------------------------------

def _slot(rng: random.Random, term: str | None) -> str:
    return rng.choice(FRAMES).format(t=term if term else rng.choice(FILLERS))


def generate(out: str | Path, pages: int = 2000, n_places: int = 100, seed: int = 0,
             gbk_share: float = 0.25, root: Path = ROOT) -> dict:
    """Write ``pages`` HTML pages, ``manifest.csv`` and ``truth.json`` under ``out``.

    Returns the truth record (also written as ``truth.json``): the planted terms, their
    designed and realised rates, the target groups, and counts. ``out`` may exist; the
    files this function writes are overwritten, nothing else is touched.
    """
    if pages < 1:
        raise ValueError(f"--pages must be at least 1, got {pages}")
    out = Path(out)
    (out / "pages").mkdir(parents=True, exist_ok=True)
    pool = build_pool(root)
    plist = places(n_places)
    rng = random.Random(f"zhframe-corpusgen-{seed}")
    target_province = rng.choice(sorted({p[2] for p in plist}))
    span = (END - START).days
    gbk = set(rng.sample(range(pages), round(pages * gbk_share)))

    rows, stats = [], {"prov": [0, 0, 0, 0], "outlet": [0, 0, 0, 0], "trend": {}}
    for i in range(pages):
        p = rng.choice(plist)
        outlet = rng.choice(OUTLETS)
        when = START + dt.timedelta(days=rng.randrange(span + 1))
        paras = rng.sample(pool.body, rng.randint(4, 9))
        # Slots: one per article for (a) and (c); TREND_SLOT_RATE of paragraphs for (b).
        in_prov = p[2] == target_province
        has_a = rng.random() < PROVINCE_RATES[0 if in_prov else 1]
        is_gov = outlet == OUTLET_TARGET
        has_c = rng.random() < OUTLET_RATES[0 if is_gov else 1]
        slot_a, slot_c = rng.randrange(len(paras)), rng.randrange(len(paras))
        paras[slot_a] += _slot(rng, PROVINCE_TERM if has_a else None)
        paras[slot_c] += _slot(rng, OUTLET_TERM if has_c else None)
        rate = trend_rate(when)
        n_trend = 0
        for j in range(len(paras)):
            if rng.random() < TREND_SLOT_RATE:
                carry = rng.random() < rate / TREND_SLOT_RATE
                n_trend += carry
                paras[j] += _slot(rng, TREND_TERM if carry else None)
        stats["prov"][0 if in_prov else 2] += 1
        stats["prov"][1 if in_prov else 3] += has_a
        stats["outlet"][0 if is_gov else 2] += 1
        stats["outlet"][1 if is_gov else 3] += has_c
        ty = stats["trend"].setdefault(str(when.year), [0, 0])
        ty[0] += len(paras)
        ty[1] += n_trend

        blocks = [("body", t) for t in paras]
        if pool.subheadings and rng.random() < 0.4 and len(blocks) > 3:
            blocks.insert(rng.randrange(1, len(blocks) - 1), ("subheading", rng.choice(pool.subheadings)))
        if pool.captions and rng.random() < 0.3:
            blocks.insert(rng.randrange(1, len(blocks)), ("caption", rng.choice(pool.captions)))
        title = rng.choice(_TITLE_SHAPES).format(p=p[0], t=rng.choice(_TOPICS))
        charset = "gbk" if i in gbk else "utf-8"
        page = _PAGES[outlet](rng, charset, p, title, blocks, when)
        data = page.encode("gbk" if charset == "gbk" else "utf-8")
        name = f"pages/{i:05d}.html"
        (out / name).write_bytes(data)
        rows.append({"doc_id": f"g{i:05d}", "file": name, "sha256": hashlib.sha256(data).hexdigest(),
                     "place": p[0], "city": p[1], "province": p[2], "outlet_type": outlet,
                     "date": when.isoformat(), "year": str(when.year), "title": title})

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    (out / "manifest.csv").write_text(buf.getvalue(), encoding="utf-8")

    def r(k, n):
        return round(k / n, 4) if n else None

    pv, ov = stats["prov"], stats["outlet"]
    truth = {
        "generator": "benchmarks/corpusgen.py", "seed": seed, "pages": pages, "places": n_places,
        "provinces": len({p[2] for p in plist}), "gbk_pages": len(gbk),
        "base_paragraphs": len(pool.body), "base_sources": pool.sources,
        "frames": list(FRAMES), "fillers": list(FILLERS),
        "planted": [
            {"kind": "group", "term": PROVINCE_TERM, "column": "province", "target": target_province,
             "unit": "article", "design_rate_target": PROVINCE_RATES[0], "design_rate_rest": PROVINCE_RATES[1],
             "articles_target": pv[0], "articles_rest": pv[2],
             "rate_target": r(pv[1], pv[0]), "rate_rest": r(pv[3], pv[2])},
            {"kind": "trend", "term": TREND_TERM, "column": "date", "unit": "paragraph",
             "design_rate_start": TREND_RATES[0], "design_rate_end": TREND_RATES[1],
             "start": START.isoformat(), "end": END.isoformat(),
             "rate_by_year": {y: r(k, n) for y, (n, k) in sorted(stats["trend"].items())},
             "paragraphs_by_year": {y: n for y, (n, k) in sorted(stats["trend"].items())}},
            {"kind": "group", "term": OUTLET_TERM, "column": "outlet_type", "target": OUTLET_TARGET,
             "unit": "article", "design_rate_target": OUTLET_RATES[0], "design_rate_rest": OUTLET_RATES[1],
             "articles_target": ov[0], "articles_rest": ov[2],
             "rate_target": r(ov[1], ov[0]), "rate_rest": r(ov[3], ov[2])},
        ],
    }
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                    encoding="utf-8")
    return truth


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--places", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", required=True, help="corpus folder to write (pages/, manifest.csv, truth.json)")
    args = ap.parse_args(argv)
    try:
        truth = generate(args.out, args.pages, args.places, args.seed)
    except ValueError as exc:
        print(f"corpusgen: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {truth['pages']} pages ({truth['gbk_pages']} GBK) from {truth['places']} places "
          f"to {args.out}; planted: " + ", ".join(f"{p['term']} ({p['column']})" for p in truth["planted"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
