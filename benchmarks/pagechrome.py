"""A real site's weight around a saved page: the chrome a portal, a news site or an app page adds.

The hand-labelled sets' pages weigh 2 to 10 KB; a page saved from the web weighs 30 to 300 KB,
most of it menus, scripts, styles, sidebars, comment sections and footers. :func:`wrap` puts a
page's own markup inside such chrome (drawn from a seeded random state, so the same page and seed
give the same bytes), leaving the article and its reference untouched: the benchmark then measures
cost and accuracy at a real page's weight. Every headline and comment here is generated from
invented parts; none is copied.
"""

from __future__ import annotations

import random
import re

_PLACES = ["全区", "我区", "区", "县", "全县", "市", "镇", "街道", "开发区", "高新区"]
_WHO = ["区委", "区政府", "区人大常委会", "区政协", "区发展改革委", "区教委", "区卫生健康委", "区住房城乡建委",
        "区交通局", "区农业农村委", "区文化旅游委", "区市场监管局", "区应急局", "区生态环境局", "区人力社保局"]
_DID = ["召开", "举行", "开展", "部署", "推进", "启动", "举办", "调研", "督导", "检查"]
_WHAT = ["安全生产工作会议", "优化营商环境推进会", "乡村振兴现场会", "城市更新项目", "重点项目集中开工活动",
         "防汛抗旱工作", "文明城区创建工作", "民生实事项目", "招商引资推介会", "森林防火专项检查",
         "老旧小区改造", "义务教育招生工作", "全民健身运动会", "食品安全大检查", "就业招聘专场活动"]
_THEN = ["", "取得阶段性成效", "要求抓实抓细", "各项工作有序推进", "吸引市民广泛参与", "确保按期完成"]
_SAY = ["这篇报道写得很实在", "点赞", "希望多报道这样的好事", "家门口的变化大家都看得见", "说得好",
        "这个政策什么时候能落实到我们小区", "支持", "服务越来越贴心了", "期待后续进展", "为家乡点赞"]
_WISH = ["希望有关部门继续加油。", "我们老百姓都看在眼里。", "请问具体在哪里办理？", "建议增加几个办理点。",
         "给工作人员点个赞！", "希望早日建成投用。", "这样的活动可以多办一些。", "什么时候能推广到全区？"]
_COLS = ["首页", "走进本区", "新闻中心", "政务公开", "政务服务", "互动交流", "专题专栏", "数据发布", "政策文件",
         "人事信息", "财政资金", "规划计划", "领导信息", "机构职能", "公示公告", "办事指南", "视频新闻", "图片新闻"]
_SUBS = ["领导活动", "部门动态", "镇街动态", "通知公告", "政策解读", "图片新闻", "视频新闻", "工作报告", "建议提案",
         "统计数据", "招标采购", "人事任免", "办事指南", "常见问题", "在线访谈", "征集调查", "领导信箱", "热点回应",
         "规划信息", "财政预决算", "重点项目", "应急管理", "安全生产", "教育卫生", "社会保障", "生态环境"]


def _headline(rng) -> str:
    return f"{rng.choice(_PLACES + _WHO)}{rng.choice(_DID)}{rng.choice(_WHAT)}{rng.choice(_THEN)}"


def _date(rng) -> str:
    return f"20{rng.randint(19, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _menu(rng, cols: list[str]) -> str:
    out = []
    for i, col in enumerate(cols):
        subs = rng.sample(_SUBS, rng.randint(8, 20))
        items = "".join(f'<li><a href="/{i}/{j:02d}/index.html" target="_blank" title="{s}">{s}</a></li>'
                        for j, s in enumerate(subs))
        out.append(f'<li class="{rng.choice(["nav-item", "m", "li"])}"><a href="/{i}/">{col}</a>'
                   f'<div class="{rng.choice(["sub", "subnav", "drop"])}"><ul>{items}</ul></div></li>')
    return "".join(out)


def _header(rng) -> str:
    cols = rng.sample(_COLS, rng.randint(10, 15))
    menu = _menu(rng, cols)
    out = ('<div class="topbar"><span>欢迎访问本网站！</span><a href="javascript:;">无障碍浏览</a>'
           '<a href="javascript:;">长者模式</a><a>简体</a>|<a>繁體</a><a href="/login">登录</a><a href="/reg">注册</a></div>'
           '<div class="logo-row"><a href="/"><img src="/images/logo.png" alt="门户网站"></a>'
           '<form action="/search/index.html" method="get"><input type="text" name="q" placeholder="请输入关键字">'
           '<input type="submit" value="搜索"></form></div>'
           f'<div class="{rng.choice(["nav", "menu", "mainnav", "dh"])}"><ul>{menu}</ul></div>')
    if rng.random() < 0.5:  # the phones' copy of the menu, hidden
        out += f'<div class="m-menu" style="display:none"><ul>{menu}</ul></div>'
    if rng.random() < 0.6:
        slides = "".join(f'<li><a href="/xw/{rng.randint(10000, 99999)}.html"><img src="/upload/s{k}.jpg" alt="{t}">'
                         f'<p>{t}</p></a></li>' for k, t in enumerate(_headline(rng) for _ in range(rng.randint(3, 6))))
        out += f'<div class="{rng.choice(["slider", "banner", "focus"])}"><ul>{slides}</ul></div>'
    return out


def _side(rng) -> str:
    out = []
    for head in rng.sample(["热点排行", "点击排行", "最新发布", "图片新闻", "专题专栏"], rng.randint(2, 4)):
        if head == "专题专栏":
            items = "".join(f'<li><a href="/zt/{k}/"><img src="/zt/{k}.jpg" alt="专题{k}"></a></li>' for k in range(rng.randint(3, 6)))
        else:
            items = "".join(f'<li><span class="num">{k + 1}</span><a href="/xw/{rng.randint(10000, 99999)}.html">{_headline(rng)}</a>'
                            f'<span class="date">{_date(rng)}</span></li>' for k in range(rng.randint(5, 10)))
        out.append(f'<div class="{rng.choice(["side-box", "box", "mod"])}"><h3>{head}</h3><ul>{items}</ul></div>')
    return f'<div class="{rng.choice(["side", "right", "col-r"])}">{"".join(out)}</div>'


def _related(rng) -> str:
    items = "".join(f'<li><a href="/xw/{rng.randint(10000, 99999)}.html">{_headline(rng)}</a><span>{_date(rng)}</span></li>'
                    for _ in range(rng.randint(4, 8)))
    return f'<div class="{rng.choice(["related", "xgxw", "box3"])}"><h3>{rng.choice(["相关新闻", "推荐阅读", "相关阅读"])}</h3><ul>{items}</ul></div>'


def _comments(rng) -> str:
    n = rng.randint(10, 60)
    named = rng.random() < 0.5
    items = "".join(f'<div class="{"comment-item" if named else "item"}"><span class="user">{rng.choice(["网友", "市民", "用户"])}{rng.randint(1000, 99999)}</span>'
                    f'<p>{rng.choice(_SAY)}，{rng.choice(_WISH)}</p><span class="time">{_date(rng)} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}</span>'
                    f'<a href="javascript:;">回复</a><a href="javascript:;">点赞({rng.randint(0, 300)})</a></div>' for _ in range(n))
    head = rng.choice(["网友评论", "全部评论", "热门评论", f"评论（{n}）"])
    return (f'<div class="{"comment-list" if named else "list-box"}"><div class="tit">{head}</div>'
            f'<textarea placeholder="说点什么吧"></textarea><button>发表</button>{items}</div>')


def _footer(rng) -> str:
    sites = [f"{a}{b}网站" for a in ("重庆市", "四川省", "市级部门", "区县") for b in _SUBS[:12]]
    if rng.random() < 0.5:
        links = "".join(f'<select><option>{g}</option>' + "".join(f'<option value="http://www.s{k}.gov.cn">{s}</option>'
                                                                  for k, s in enumerate(rng.sample(sites, 20))) + "</select>"
                        for g in ("国家部委网站", "省市网站", "区县网站"))
    else:
        links = "<ul>" + "".join(f'<li><a href="http://www.s{k}.gov.cn">{s}</a></li>' for k, s in enumerate(rng.sample(sites, 30))) + "</ul>"
    return (f'<div class="links"><span>友情链接：</span>{links}</div><div class="{rng.choice(["footer", "foot", "bottom", "ft"])}">'
            '<p><a>关于本站</a> | <a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a> | <a>纠错</a></p>'
            f'<p>主办单位：区人民政府办公室　承办单位：区大数据发展局　网站标识码：{rng.randint(10 ** 9, 10 ** 10 - 1)}</p>'
            f'<p>渝ICP备{rng.randint(10 ** 7, 10 ** 8 - 1)}号-1　渝公网安备 {rng.randint(10 ** 13, 10 ** 14 - 1)}号</p></div>')


def _script(rng) -> str:
    lines = [f'var cfg{k} = {{"id": {k}, "name": "栏目{k}", "url": "/api/v1/list?channel={k}&page=1", "open": true}};'
             f' function show{k}(a, b) {{ if (a > b) {{ return a - b; }} return document.getElementById("m{k}"); }}'
             for k in range(rng.randint(20, 80))]
    return ("<script type=\"text/javascript\">\n" + "\n".join(lines) + "\n</script>"
            '<script src="/js/jquery.min.js"></script><script>var _hmt = _hmt || []; (function () { var hm = '
            'document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?0"; })();</script>')


def _style(rng) -> str:
    return "<style>" + "".join(f".c{k}{{margin:{k % 40}px;padding:{k % 7}px;color:#{(k * 2654435761) % 16 ** 6:06x}}}"
                               for k in range(rng.randint(100, 500))) + "</style>"


def wrap(html: str, seed: str) -> str:
    """``html`` (a whole saved page) inside a real site's chrome drawn from ``seed``: a style
    block in the head; a header with a full menu (maybe its hidden phones' copy, a slider) after
    ``<body>``; a sidebar before or after the page's own markup; maybe a related-news box and a
    comment section (named ``comment-*`` or not) below it; a link footer and scripts before
    ``</body>``. The page's own markup is not changed."""
    rng = random.Random(seed)
    head, side = _header(rng), _side(rng)
    lower = (_related(rng) if rng.random() < 0.7 else "") + (_comments(rng) if rng.random() < 0.5 else "")
    before, after = (side, lower) if rng.random() < 0.4 else ("", lower + side)
    html = re.sub(r"</head>", lambda m: _style(rng) + m.group(0), html, count=1, flags=re.I)
    html = re.sub(r"<body[^>]*>", lambda m: m.group(0) + head + before, html, count=1, flags=re.I)
    return re.sub(r"</body>", lambda m: after + _footer(rng) + _script(rng) + m.group(0), html, count=1, flags=re.I)


def extreme_page(rows: int = 0, boxes: int = 0, brs: int = 0, depth: int = 0) -> str:
    """A page of an extreme shape around a thirty-paragraph report: a data table of ``rows``
    rows, ``boxes`` sidebar boxes under a 温馨提示 header, ``brs`` lines split by ``<br>`` in one
    block (old portals' notices), text nested ``depth`` elements deep: where a cost that grows
    faster than the page would show."""
    paras = "".join(f"<p>第{k}段，区委召开会议研究部署下一阶段重点工作，要求各部门抓好落实，确保取得实效。</p>" for k in range(30))
    table = "<table>" + "".join(f"<tr><td>{k}</td><td>龙桥镇{k}村</td><td>{k * 3}户</td><td>已完成</td></tr>"
                                for k in range(rows)) + "</table>"
    side = "".join(f'<div class="box"><h3>温馨提示</h3><p>请市民注意出行安全第{k}条。</p><ul><li>'
                   f'<a href="/a/{k}.html">区委召开安全生产工作会议第{k}次</a></li></ul></div>' for k in range(boxes))
    lines = "<div>" + "<br>".join(f"第{k}行文字，内容为群众反映的问题。" for k in range(brs)) + "</div>"
    nest = "<div>" * depth + "<p>深层文字。</p>" + "</div>" * depth
    return (f"<html><head><title>区委召开会议部署工作_网站</title></head><body><h1>区委召开会议部署工作</h1>"
            f"<div class='content'>{paras}{table}</div>{side}{lines}{nest}</body></html>")
