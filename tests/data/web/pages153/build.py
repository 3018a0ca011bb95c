"""Build the hundred-and-fifty-third saved-page set (``pages153``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, written at a real page's weight (every page at least 30 KB: full menus with their sub-columns
and a hidden phone copy, inline scripts and styles, sliders, sidebars with dated lists, comment
sections, link-grid footers): a 区 纪委监委 网站 通报 of 典型 问题 (GBK) and a 廉洁 教育 news page
(``jwjc_tb153``), a 区 妇联 公众号 巾帼 故事 post (``fl_mp153``), 新浪新闻-like 地方 pages with
评论 and 热门 lists (``sina_df153``), 县 政府网 政策 文件 pages (a GBK 实施方案 with 一、 heads; its
解读) (``xzf_zc153``), a 区 住建委 物业 服务 通知 with a table (GBK) (``zjw_wy153``), 高校 新闻网
学术 讲座 pages (``gx_jz153``) and a 都市报 e-paper 第04版 区县 page pair (``dsb_04qx153``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages153/build.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["杨晓峰", "李静怡", "王浩然", "陈思远", "赵雪梅", "刘子涵", "周文博", "吴佳琪", "郑一鸣", "孙晓彤", "黄建国", "何婷婷"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


# ---------------------------------------------------------------- shared pieces of chrome

def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse"',
           th=False) -> str:
    out = []
    for i, r in enumerate(rows):
        tag = "th" if (th and i == 0) else "td"
        cells = "".join(f'<{tag} style="border:1px solid #000;padding:4px 6px;text-align:center">'
                        f'{"<b>" if (i == 0 and not th) else ""}{esc(c)}{"</b>" if (i == 0 and not th) else ""}</{tag}>'
                        for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None, th=False) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table, ``special(p)`` first,
    numbered heads through ``head``, other lines through ``para``."""
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(_table(rows, th=th))
            rows = []
        if p is None:
            break
        got = special(p) if special else None
        if got is not None:
            out.append(got)
        elif head and _head(p):
            out.append(head(esc(p)))
        else:
            out.append(para(esc(p)))
    return out


def _heads(rng, k, subj, acts, tail=("",)) -> list[str]:
    """``k`` headlines for the site's lists, put together from its subjects and actions."""
    out, seen = [], set()
    while len(out) < k:
        h = rng.choice(subj) + rng.choice(acts) + rng.choice(tail)
        if h not in seen:
            seen.add(h)
            out.append(h)
    return out


def _dates(rng, art, k, back=60, fmt="{y}-{m:02d}-{d:02d}") -> list[str]:
    """``k`` dates on or before the article's date, newest first, as the lists print them."""
    import datetime
    base = datetime.date.fromisoformat(art["date"])
    days = sorted(rng.sample(range(0, back), k))
    return [fmt.format(y=(base - datetime.timedelta(n)).year, m=(base - datetime.timedelta(n)).month,
                       d=(base - datetime.timedelta(n)).day) for n in days]


def _menu(cols, rng, cls="nav", sub_cls="subnav", prefix="/") -> str:
    """A site menu: each column with its sub-columns as a nested list."""
    out = [f'<ul class="{cls}">']
    for i, (name, subs) in enumerate(cols):
        slug = f"col{i + 1:02d}"
        out.append(f'<li class="{cls}-item{" on" if i == 0 else ""}"><a href="{prefix}{slug}/" target="_self">{name}</a>')
        if subs:
            out.append(f'<div class="{sub_cls}"><ul>' + "".join(
                f'<li><a href="{prefix}{slug}/{slug}{j + 1:02d}/" title="{s}">{s}</a></li>' for j, s in enumerate(subs))
                + "</ul></div>")
        out.append("</li>")
    out.append("</ul>")
    return "".join(out)


def _stat_script(rng, site_id: str, extra: str = "") -> str:
    """The statistics and share setup a portal inlines (own code)."""
    return ("<script type=\"text/javascript\">\n"
            "var _hmt = _hmt || [];\n(function() {\n  var hm = document.createElement(\"script\");\n"
            f"  hm.src = \"https://hm.baidu.com/hm.js?{rng.getrandbits(128):032x}\";\n"
            "  var s = document.getElementsByTagName(\"script\")[0];\n  s.parentNode.insertBefore(hm, s);\n})();\n"
            f"var _trackConfig = {{siteId: \"{site_id}\", channel: \"article\", cookieDomain: location.hostname, "
            "sendPV: true, heartbeat: 15000, maxWait: 3000};\n"
            "function _trackSend(evt, data) {\n  var img = new Image();\n  var q = [];\n"
            "  for (var k in data) { if (data.hasOwnProperty(k)) { q.push(encodeURIComponent(k) + '=' + encodeURIComponent(data[k])); } }\n"
            "  img.src = '/stat/collect.gif?e=' + evt + '&' + q.join('&') + '&r=' + Math.random();\n}\n"
            "window.addEventListener('load', function () { _trackSend('pv', {u: location.href, ref: document.referrer, sw: screen.width, sh: screen.height}); });\n"
            "document.addEventListener('click', function (ev) {\n  var t = ev.target;\n  while (t && t.tagName !== 'A') { t = t.parentNode; }\n"
            "  if (t && t.href) { _trackSend('click', {href: t.href, txt: (t.innerText || '').slice(0, 20)}); }\n});\n"
            + extra + "</script>")


def _font_script() -> str:
    return ("<script type=\"text/javascript\">\nfunction doZoom(size) {\n  var zoom = document.getElementById('zoom');\n"
            "  if (!zoom) { return; }\n  var ps = zoom.getElementsByTagName('p');\n"
            "  for (var i = 0; i < ps.length; i++) { ps[i].style.fontSize = size + 'px'; ps[i].style.lineHeight = (size * 2) + 'px'; }\n}\n"
            "function printPage() { window.print(); }\nfunction closeWin() { if (confirm('您确定要关闭本页吗？')) { window.opener = null; window.open('', '_self'); window.close(); } }\n"
            "function addFav() { try { window.external.addFavorite(location.href, document.title); } catch (e) { alert('请使用Ctrl+D收藏本页'); } }\n"
            "</script>")


def _access_script(rng) -> str:
    return ("<script type=\"text/javascript\">\nvar aria = {\n  version: '3.2." + str(rng.randint(1, 9)) + "',\n"
            "  toolbar: ['声音', '语速', '阅读方式', '配色', '放大', '缩小', '大鼠标', '十字线', '纯文本', '重置', '说明', '退出'],\n"
            "  themes: {black: '#000', white: '#fff', blue: '#00f', yellow: '#ff0'},\n  defaultSpeed: 'middle',\n"
            "  elder: {fontScale: 1.3, lineScale: 1.6, cursor: 'big'}\n};\n"
            "function openAria(mode) {\n  var s = document.createElement('script');\n  s.src = '/aria/aria.js?mode=' + mode + '&v=' + aria.version;\n"
            "  document.body.appendChild(s);\n}\n"
            "</script>")


def _select_links(groups) -> str:
    """A footer's 友情链接 selects: each group a ``<select>`` of sites."""
    return "".join(f'<select onchange="if(this.value!=\'\')window.open(this.value)"><option value="">{g}</option>'
                   + "".join(f'<option value="http://www.site{i:03d}.gov.cn/">{s}</option>' for i, s in enumerate(sites))
                   + "</select>" for g, sites in groups)


def _css(rules: list[str]) -> str:
    return "<style type=\"text/css\">\n" + "\n".join(rules) + "\n</style>"


def _base_css(main="#b40000", w=1200) -> list[str]:
    return [f"body{{margin:0;padding:0;font-family:\"Microsoft YaHei\",\"微软雅黑\",Arial,sans-serif;font-size:14px;color:#333;background:#fff}}",
            "a{color:#333;text-decoration:none}a:hover{color:" + main + "}", "ul,li{list-style:none;margin:0;padding:0}",
            f".w{{width:{w}px;margin:0 auto}}", ".clearfix:after{content:'';display:block;clear:both}",
            f".top-bar{{height:36px;line-height:36px;background:#f5f5f5;border-bottom:1px solid #e5e5e5;font-size:12px}}",
            f".nav{{height:50px;background:{main}}}", ".nav li{float:left;position:relative}",
            ".nav li a{display:block;padding:0 18px;line-height:50px;color:#fff;font-size:17px}",
            ".subnav{display:none;position:absolute;left:0;top:50px;width:180px;background:#fff;box-shadow:0 2px 8px rgba(0,0,0,.15);z-index:99}",
            ".nav li:hover .subnav{display:block}", ".subnav li{float:none}.subnav li a{color:#333;font-size:14px;line-height:36px}",
            ".m-nav{display:none}", "@media (max-width:768px){.nav{display:none}.m-nav{display:block}.w{width:100%}.side{display:none}}",
            ".crumb{padding:14px 0;color:#666;font-size:13px;border-bottom:1px dashed #ddd}",
            ".side{float:right;width:300px}.main{float:left;width:860px}",
            ".side h3{height:40px;line-height:40px;border-bottom:2px solid " + main + ";font-size:16px;margin:20px 0 8px}",
            ".side li{line-height:34px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;border-bottom:1px dotted #e2e2e2}",
            ".side li span{float:right;color:#999;font-size:12px}",
            ".footer{margin-top:30px;padding:24px 0;background:#2b2b2b;color:#bbb;font-size:13px;line-height:26px;text-align:center}",
            ".footer a{color:#bbb}.footer select{width:180px;margin:0 6px 10px;height:30px}"]


def _comments(rng, k, names, lines, places, art, fmt_time) -> list[tuple]:
    """``k`` readers' comments (name, place, time, text, likes), newest first."""
    import datetime
    base = datetime.datetime.fromisoformat(art["date"] + " 08:00")
    mins = sorted(rng.sample(range(30, 60 * 24 * 4), k), reverse=True)
    out = []
    for i in range(k):
        t = base + datetime.timedelta(minutes=mins[i])
        out.append((rng.choice(names) + (str(rng.randint(10, 999)) if rng.random() < 0.5 else ""), rng.choice(places),
                    fmt_time(t), lines[i % len(lines)], rng.randint(0, 300)))
    return out


# ---------------------------------------------------------------- 1. 区 纪委监委 网站

JW_COLS = [("首页", []),
           ("机构概况", ["机构职能", "领导信息", "内设机构", "派驻机构", "巡察机构", "镇街纪（工）委", "监察工作站"]),
           ("工作动态", ["要闻速递", "纪检监察动态", "派驻动态", "镇街动态", "部门动态", "巡察动态", "图片新闻"]),
           ("审查调查", ["执纪审查", "党纪政务处分", "主动投案", "追逃追赃", "案件审理"]),
           ("通报曝光", ["违反中央八项规定精神问题", "群众身边不正之风和腐败问题", "形式主义官僚主义问题", "典型案例剖析", "问责情况通报"]),
           ("巡察工作", ["巡察部署", "巡察进驻", "巡察反馈", "整改公开", "巡察知识"]),
           ("党纪法规", ["党章党规", "国家法律", "监察法规", "规范性文件", "党纪学习教育", "法规解读"]),
           ("廉政教育", ["警示教育", "廉洁文化", "家风建设", "以案说纪", "清风廉韵", "廉洁故事"]),
           ("清廉新都", ["清廉机关", "清廉学校", "清廉医院", "清廉企业", "清廉村居", "清廉家庭"]),
           ("专题专栏", ["深入贯彻中央八项规定精神学习教育", "群众身边不正之风和腐败问题集中整治", "纪检监察干部队伍教育整顿", "廉洁文化建设"]),
           ("监督举报", ["举报须知", "网上举报", "电话举报", "来信举报", "来访接待", "举报受理范围"]),
           ("互动交流", ["意见征集", "在线访谈", "廉情观察员", "网上调查"])]
JW_SUBJ = ["区纪委监委", "桂湖街道纪工委", "大丰街道纪工委", "新繁街道纪工委", "清流镇纪委", "区委第二巡察组", "区委第四巡察组",
           "驻区教育局纪检监察组", "驻区卫健局纪检监察组", "军屯镇纪委", "斑竹园街道纪工委", "石板滩街道纪工委"]
JW_ACTS = ["召开警示教育大会", "开展节前廉洁提醒谈话", "深入项目一线开展专项监督", "推进群众身边不正之风和腐败问题集中整治",
           "举办纪检监察干部业务培训班", "开展“清廉村居”建设观摩活动", "召开巡察反馈会", "走访困难群众倾听意见建议",
           "聚焦农村集体“三资”开展监督检查", "开展校园餐专项整治回头看", "深化运用监督执纪“四种形态”", "开展廉洁文化进校园活动",
           "对医保基金使用开展专项检查", "召开以案促改专题民主生活会", "组织新提任干部廉政谈话"]


def _jw_chrome(art, rng, others, inner: str, side_extra: str) -> str:
    heads = _heads(rng, 30, JW_SUBJ, JW_ACTS)
    ds = _dates(rng, art, 30, back=120)
    slider = "".join(f'<li><a href="/gzdt/yw/{ds[i].replace("-", "")}/{_n(rng, 7)}.html"><img src="/u/cms/www/{_n(rng, 6)}/{_n(rng, 10)}.jpg" alt="{esc(heads[i])}">'
                     f'<p class="s-t">{esc(heads[i])}</p></a></li>' for i in range(5))
    rank = "".join(f'<li><em class="n{i + 1}">{i + 1}</em><a href="/tbbg/{_n(rng, 7)}.html" title="{esc(t)}">{esc(t)}</a></li>'
                   for i, t in enumerate(heads[5:15]))
    latest = "".join(f'<li><a href="/gzdt/{_n(rng, 7)}.html" title="{esc(t)}">{esc(t)}</a><span>{d}</span></li>'
                     for t, d in zip(heads[15:27], ds[15:27]))
    zt = "".join(f'<li><a href="/ztzl/zt{i:02d}/"><img src="/images/zt/zt{i:02d}.jpg" alt="{s}"></a></li>'
                 for i, s in enumerate(JW_COLS[9][1]))
    groups = [("中央及省市纪检监察网站", ["中央纪委国家监委网站", "四川省纪委监委网站", "成都市纪委监委网站", "清风四川", "廉洁成都"]),
              ("区级部门网站", ["新都区人民政府", "区委组织部", "区委宣传部", "区发改局", "区教育局", "区卫健局", "区住建交通局",
                                "区农业农村局", "区民政局", "区人社局", "区财政局", "区审计局", "区市场监管局"]),
              ("镇（街道）网站", ["新都街道", "大丰街道", "三河街道", "桂湖街道", "新繁街道", "石板滩街道", "斑竹园街道", "军屯镇",
                                  "清流镇", "龙桥镇", "木兰镇", "马家镇", "泰兴镇"])]
    m_nav = "".join(f'<a href="/col{i + 1:02d}/">{c[0]}</a>' for i, c in enumerate(JW_COLS))
    return (f'<!-- 头部开始 --><div class="top-bar"><div class="w"><span class="fl">您好，欢迎访问新都区纪委监委网站！今天是'
            f'<script>var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></span>'
            '<span class="fr"><a href="javascript:openAria(\'aria\')">无障碍浏览</a> | <a href="javascript:openAria(\'elder\')">长者模式</a> | '
            '<a href="/m/">手机版</a> | <a href="javascript:addFav()">加入收藏</a></span></div></div>'
            '<div class="header"><div class="w"><a class="logo" href="/"><img src="/images/logo_jw.png" alt="中共成都市新都区纪律检查委员会 成都市新都区监察委员会"></a>'
            '<form class="search" action="/search/" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键字">'
            '<select name="scope"><option value="title">标题</option><option value="all">全文</option></select><button type="submit">搜索</button></form>'
            '<a class="jb" href="/jdjb/"><img src="/images/jb_btn.png" alt="我要举报"></a></div></div>'
            f'<div class="nav-wrap"><div class="w">{_menu(JW_COLS, rng)}</div></div>'
            f'<div class="m-nav" style="display:none"><div class="m-nav-btn">导航</div><div class="m-nav-list">{m_nav}</div></div>'
            '<!-- 头部结束 --><div class="w clearfix"><div class="crumb">您现在的位置：<a href="/">首页</a> &gt; '
            f'<a href="/col05/">通报曝光</a> &gt; <span>正文</span></div>'
            f'<div class="main">{inner}</div>'
            '<div class="side"><div class="jb-box"><h3>监督举报</h3><p>举报电话：028-12388</p><p>来信地址：新都区纪委监委信访室</p>'
            '<p>网上举报：<a href="http://www.12388.gov.cn" target="_blank">www.12388.gov.cn</a></p></div>'
            f'<div class="side-slider"><ul>{slider}</ul></div><h3>点击排行</h3><ul class="rank">{rank}</ul>'
            f'<h3>最新发布</h3><ul>{latest}</ul>{side_extra}<h3>专题专栏</h3><ul class="zt">{zt}</ul></div></div>'
            f'<!-- 底部开始 --><div class="footer"><div class="w"><div class="yqlj"><span>友情链接：</span>{_select_links(groups)}</div>'
            '<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a> | <a href="/mzsm/">免责声明</a></p>'
            '<p>主办单位：中共成都市新都区纪律检查委员会　成都市新都区监察委员会　地址：成都市新都区桂湖中路89号　邮编：610500</p>'
            f'<p>技术支持：新都区大数据中心　<a href="https://beian.miit.gov.cn/" target="_blank">蜀ICP备{_n(rng, 8)}号-1</a>　'
            f'<img src="/images/ga.png" alt="">川公网安备 {_n(rng, 14)}号</p>'
            '<div class="jg"><a href="#"><img src="/images/dzjg.png" alt="党政机关"></a><a href="#"><img src="/images/jiucuo.png" alt="政府网站找错"></a></div></div></div><!-- 底部结束 -->'
            + _access_script(rng) + _stat_script(rng, "xdjw"))


def jwjc_tb153(art, rng, others):
    """区 纪委监委 网站: p01 (GBK) a 通报 of 典型 问题 — info glued with no whitespace (发布时间/来源/浏览次数
    with a ``document.write`` counter), ``1.`` items opening in bold, a one-line 举报电话 close (body),
    the two-issuer 落款 and its date, a 以案为鉴 box (not body); p02 a 廉洁 教育 news page with
    发布时间 beside a later 更新时间, red bold ``坚持…，…`` heads, a 图为 caption, a slogan line,
    责任编辑, 上一篇/下一篇 and 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    who = rng.sample(WHO, 3)
    url = f"http://www.xdjw.gov.cn/{'tbbg/qzsb' if p01 else 'lzjy/lljy'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    para = lambda t: f'<p style="text-indent:2em;line-height:2em;margin:0 0 10px"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>'  # noqa: E731

    def special(p):
        if p01 and p[:1].isdigit() and "." in p[:3]:
            head, rest = p.split("。", 1)
            return (f'<p style="text-indent:2em;line-height:2em;margin:0 0 10px"><span style="font-family:仿宋_GB2312;font-size:16pt">'
                    f'<strong>{esc(head)}。</strong>{esc(rest)}</span></p>')
        if not p01 and p.startswith("坚持") and "，" in p and "。" not in p:
            return f'<p style="text-indent:2em;line-height:2em"><strong><span style="color:#c00000;font-size:16pt">{esc(p)}</span></strong></p>'
        if not p01 and p == art["body"][-1]:
            return f'<p style="text-align:center;line-height:2em"><strong><span style="color:#c00000;font-size:18pt">{esc(p)}</span></strong></p>'
        return None

    blocks = _blocks(art["body"], para, special=special)
    t = _hm(rng)
    if p01:
        info = (f'<div class="info">发布时间：{y}-{m}-{d} {t}来源：区纪委监委浏览次数：'
                f'<span id="hits"><script>document.write("{_n(rng, 4)}");</script></span>'
                '【字号：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>')
        tail = ('<p style="text-align:right;line-height:2em;margin-top:30px"><span style="font-family:仿宋_GB2312;font-size:16pt">中共成都市新都区纪律检查委员会</span></p>'
                '<p style="text-align:right;line-height:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">成都市新都区监察委员会</span></p>'
                f'<p style="text-align:right;line-height:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">{y}年{int(m)}月{int(d) - 1}日</span></p>')
        after = ('<div class="box-yajj" style="margin-top:20px;padding:14px 18px;background:#fdf3f3;border:1px solid #f1cccc">'
                 '<h4 style="color:#b40000;margin:0 0 8px">以案为鉴</h4><p>“微腐败”也可能成为“大祸害”。群众身边的每一笔补贴、每一项救助，都连着千家万户的冷暖，容不得半点截留挪用。</p>'
                 '<p>党员干部要算清“政治账”“经济账”“家庭账”，守住底线，不越红线。</p></div>')
    else:
        info = (f'<div class="info"><span>发布时间：{y}-{m}-{d} {t}</span>　<span>更新时间：{y}-{m}-{int(d) + 1:02d} {_hm(rng)}</span>　'
                f'<span>来源：区纪委监委宣传部</span>　<span>浏览次数：<script>document.write("{_n(rng, 3)}");</script></span>'
                '　【字号：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>')
        blocks.insert(2, f'<p style="text-align:center"><img src="/u/cms/www/{y}{m}/{_n(rng, 12)}.jpg" width="640" border="0"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体_GB2312;font-size:14pt">图为“廉洁家风进万家”主题教育活动启动仪式现场。</span></p>')
        tail = f'<p class="zrbj" style="text-align:right;margin-top:20px">（责任编辑：{who[0]}　审核：{who[1]}）</p>'
        pn = rng.sample(others, 2)
        rel = rng.sample(others, 4)
        after = (f'<div class="sxp"><p>上一篇：<a href="/lzjy/{_n(rng, 7)}.html">{esc(pn[0][0])}</a></p><p>下一篇：<a href="/lzjy/{_n(rng, 7)}.html">{esc(pn[1][0])}</a></p></div>'
                 '<div class="xgxw"><h3>相关新闻</h3><ul>' + "".join(f'<li><a href="/gzdt/{_n(rng, 7)}.html">{esc(a)}</a><span>{b}</span></li>' for a, b in rel)
                 + '</ul></div>')
    inner = (f'<div class="article"><h1 class="title" style="font-size:26px;text-align:center;color:#b40000;line-height:40px">{esc(art["title"])}</h1>{info}'
             '<div class="fenxiang"><span>分享到：</span><a class="wx" title="微信"></a><a class="wb" title="微博"></a><a class="qq" title="QQ空间"></a></div>'
             f'<div id="zoom" class="TRS_Editor"><!--正文开始-->{"".join(blocks)}{tail}<!--正文结束--></div>{after}'
             '<div class="dy"><a href="javascript:printPage()">【打印本页】</a>　<a href="javascript:closeWin()">【关闭窗口】</a></div></div>')
    tb = _heads(rng, 8, ["某街道", "某镇", "区某局", "某社区", "区某中心"],
                ["干部违规收受礼品礼金问题", "工作人员优亲厚友问题", "违规发放津贴补贴问题", "公款吃喝问题", "履职不力问题", "违规借用管理服务对象车辆问题"])
    tds = _dates(rng, art, 8, back=300)
    side_extra = "<h3>通报曝光</h3><ul>" + "".join(f'<li><a href="/tbbg/{_n(rng, 7)}.html">{esc(a)}</a><span>{b}</span></li>' for a, b in zip(tb, tds)) + "</ul>"
    body = _jw_chrome(art, rng, others, inner, side_extra)
    css = _css(_base_css("#b40000") + [".article .info{text-align:center;color:#888;font-size:13px;padding:10px 0;border-bottom:1px solid #eee}",
                                       ".fenxiang{text-align:right;padding:8px 0}.fenxiang a{display:inline-block;width:24px;height:24px;margin-left:6px;background:url(/images/share.png) no-repeat}",
                                       ".sxp{margin-top:20px;border-top:1px dashed #ccc;padding-top:12px}.rank em{display:inline-block;width:18px;height:18px;margin-right:6px;background:#ccc;color:#fff;text-align:center;line-height:18px;font-style:normal}",
                                       ".rank em.n1,.rank em.n2,.rank em.n3{background:#b40000}.zt li{float:none;margin-bottom:8px}.zt img{width:300px;height:70px}"])
    head = (f'<title>{esc(art["title"])}_新都区纪委监委网站</title><meta name="keywords" content="新都区纪委监委,通报曝光,廉政教育">'
            f'<meta name="description" content="{esc(art["body"][0][:60])}"><meta name="SiteName" content="新都区纪委监委网站">'
            f'<meta name="ColumnName" content="{"群众身边不正之风和腐败问题" if p01 else "廉洁文化"}"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            + css + _font_script())
    return head, body, url


# ---------------------------------------------------------------- 2. 区 妇联 公众号

def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _wx_scripts(rng, art, nick, title, ct, biz) -> str:
    """The inline scripts a saved WeChat article carries (own code): the message's variables,
    the page's config object, the reporting and the player stubs."""
    mid = _n(rng, 10)
    cfg = {"appmsg_type": "9", "biz": biz, "mid": str(mid), "idx": "1", "sn": f"{rng.getrandbits(128):032x}",
           "nickname": nick, "round_head_img": f"http://wx.qlogo.cn/mmhead/{_wx_id(rng)}/0", "title": title,
           "source_url": "", "copyright_stat": 11, "is_mp_video": 0, "comment_enabled": 1, "friend_comment_enabled": 1,
           "reward_total": 0, "can_share": 1, "share_tips": ["分享给朋友", "分享到朋友圈", "收藏", "在看"],
           "ip_wording": {"country_name": "中国", "province_name": "陕西", "city_name": ""},
           "menus": [{"name": "巾帼服务", "sub": ["维权热线", "家庭教育", "心理咨询", "婚姻调解"]},
                     {"name": "走进妇联", "sub": ["妇联简介", "联系我们", "往期回顾"]},
                     {"name": "巾帼风采", "sub": ["最美家庭", "巾帼建功", "女性创业"]}]}
    lines = ["<script type=\"text/javascript\" nonce=\"" + str(_n(rng, 9)) + "\">",
             "var __wxConfig = " + json.dumps(cfg, ensure_ascii=False) + ";",
             f"var biz = \"{biz}\" || \"\";", f"var mid = \"{mid}\" || \"\";", "var idx = \"1\" || \"\";",
             f"var nickname = htmlDecode(\"{nick}\");", f"var msg_title = '{title}'.html(false);",
             f"var msg_desc = htmlDecode(\"{esc(art['body'][0][:50])}\");", f"var ct = \"{ct}\";",
             "var create_time = \"\" * 1;", "var user_name = \"gh_" + f"{rng.getrandbits(48):012x}" + "\";",
             "var msg_link = \"http://mp.weixin.qq.com/s?__biz=" + biz + "&amp;mid=" + str(mid) + "&amp;idx=1\";",
             "var is_limit_user = \"0\";", "var appmsg_like_type = \"2\" * 1 ? \"2\" * 1 : 1;",
             "function htmlDecode(str) { return str.replace(/&#39;/g, \"'\").replace(/<br\\/>/g, \"\\n\").replace(/&gt;/g, \">\").replace(/&lt;/g, \"<\").replace(/&quot;/g, '\"').replace(/&amp;/g, '&'); }",
             "String.prototype.html = function (encode) { var s = this; return encode ? s : htmlDecode(s); };",
             "(function () {", "  var reportList = [];",
             "  function report(id, key, val) { reportList.push(id + '_' + key + '_' + (val || 1)); if (reportList.length > 10) { flush(); } }",
             "  function flush() { var img = new Image(); img.src = '/mp/jsmonitor?idkey=' + reportList.join(';') + '&t=' + Math.random(); reportList = []; }",
             "  window.addEventListener('load', function () { report(28307, 0); report(28307, 1, Math.round(performance.now())); });",
             "  window.addEventListener('beforeunload', flush);", "  window.__report = report;", "})();",
             "var PAGE_MID = 'mmbizwap:appmsg/newindex.html';",
             "var __appmsgCgiData = {can_use_page: 0, is_wxg_stuff_uin: 0, card_pos: '', copyright_stat: '11', source_encode_biz: '', hd_head_img: '', has_red_packet_cover: 0};",
             "var _oriFun = window.onerror; window.onerror = function (msg, url, line) { window.__report && window.__report(64469, 12); return _oriFun ? _oriFun(msg, url, line) : false; };",
             "</script>"]
    player = ("<script type=\"text/javascript\">\nvar voiceList = [];\nvar videoList = [];\nvar mpVideoConfig = {autoplay: false, muted: true, "
              "controls: ['play', 'progress', 'time', 'fullscreen'], i18n: {play: '播放', pause: '暂停', replay: '重新播放', "
              "fullscreen: '全屏', exitFullscreen: '退出全屏', loading: '加载中'}};\n"
              "function initPlayers() { for (var i = 0; i < videoList.length; i++) { videoList[i].init(mpVideoConfig); } }\n"
              "document.addEventListener('DOMContentLoaded', initPlayers);\n</script>")
    return "\n".join(lines) + player


def fl_mp153(art, rng, others):
    """区 妇联 公众号 巾帼 故事 post: a visible publish_time (and the script's ``ct``), a 关注 banner,
    purple bar heads, bold ``学员 name：`` turn, quotes, a one-sentence paragraph, a centred slogan,
    three ``▲`` captions and a 人物名片 card after the second paragraph (not body), 文字/图片/编辑/审核
    lines, 往期推荐, a 阅读原文 link, 在看/赞 bar and 精选留言."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    ct = _epoch(art, t)
    nick = "雁塔女性"
    biz = "Mz" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12)) + "=="
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 4)
    heads = ("从一台缝纫机起步", "把手艺教给更多姐妹", "从“小铺子”到“共享工坊”")
    caps = {3: "▲郭淑芳在裁缝铺里为顾客量体", 9: "▲姐妹们在工坊里学习缝纫技术", 12: "▲“巾帼共享工坊”挂牌"}
    sec = 'style="margin:0 8px;line-height:1.75em;letter-spacing:1px;font-size:15px;color:#3e3e3e"'
    out = []
    for i, p in enumerate(art["body"]):
        if p in heads:
            out.append('<section style="margin:24px 0 12px;text-align:center"><section style="display:inline-block;padding:6px 20px;'
                       f'background:#8e44ad;border-radius:16px;color:#fff;font-size:16px"><strong>{esc(p)}</strong></section></section>')
        elif p.startswith("学员"):
            n, rest = p.split("：", 1)
            out.append(f'<p {sec}><strong><span style="color:#8e44ad">{esc(n)}：</span></strong>{esc(rest)}</p>')
        elif i == len(art["body"]) - 1:
            out.append(f'<p style="text-align:center;margin:20px 0"><strong><span style="color:#c0392b;font-size:18px">{esc(p)}</span></strong></p>')
        else:
            out.append(f'<p {sec}>{esc(p)}</p>')
        if i in caps:
            out.append(f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg" '
                       f'data-ratio="0.75" data-w="1080" style="width:100%"></p><p style="text-align:center"><span style="font-size:12px;color:#888">{caps[i]}</span></p>')
        if i == 1:
            out.append('<section style="margin:16px 8px;padding:12px 16px;border:1px dashed #8e44ad;border-radius:8px;background:#faf5fc">'
                       '<p style="color:#8e44ad;font-size:15px"><strong>人物名片</strong></p>'
                       '<p style="font-size:13px;color:#555">郭淑芳，雁塔区电子城街道居民，“巾帼共享工坊”负责人，2024年度雁塔区“巾帼建功标兵”。</p></section>')
    content = ('<section style="text-align:center;margin-bottom:16px"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/'
               f'{_wx_id(rng)}/640?wx_fmt=gif" style="width:100%"><p style="font-size:12px;color:#8e44ad">点击上方蓝字 关注雁塔女性</p></section>'
               + "".join(out)
               + f'<p style="font-size:12px;color:#999;margin-top:24px">文字：{who[0]}<br>图片：电子城街道妇联<br>编辑：{who[1]}<br>审核：{who[2]}</p>'
               + '<section style="margin-top:20px;border-top:1px solid #eee;padding-top:12px"><p style="color:#8e44ad"><strong>往期推荐</strong></p>'
               + "".join(f'<p style="font-size:14px"><a href="https://mp.weixin.qq.com/s/{_wx_id(rng)}">{esc(x)}</a></p>'
                         for x in ["三八节｜致敬每一位了不起的“她”", "家门口的“妈妈岗”，让她们兼顾工作和家庭", "巾帼志愿者走进社区开展反家暴宣传",
                                   "雁塔区2024年度“最美家庭”名单揭晓"])
               + '</section><section style="text-align:center;margin-top:20px"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/'
               f'{_wx_id(rng)}/640?wx_fmt=png" style="width:60%"><p style="font-size:12px;color:#999">长按识别二维码 关注我们</p></section>')
    comments = [("小雨点", "郭姐的手艺是真的好，我家的窗帘就是在她那里做的。"), ("晴天", "为这样的大姐点赞！"),
                ("电子城居民", "工坊离我家很近，下一期我也想去报名。"), ("木棉", "自己淋过雨，总想给别人撑把伞。"),
                ("阿琳", "去年在工坊学了三个月，现在自己也能接单了，谢谢郭老师。"), ("清风徐来", "这样的故事多宣传一些。"),
                ("七七妈", "请问报名要什么条件？"), ("老街坊", "看着她从摆摊一路走过来，不容易。"),
                ("向日葵", "巾帼不让须眉！"), ("张姐", "有没有针对老年人的班？想学着给孙子做衣服。")]
    cm = "".join(f'<li class="discuss_item"><div class="user_info"><img class="avatar" src="https://wx.qlogo.cn/mmopen/{_wx_id(rng)}/64">'
                 f'<strong class="nickname">{a}</strong><span class="ip">{rng.choice(["陕西", "陕西", "陕西", "河南", "甘肃"])}</span>'
                 f'<span class="praise_num">{rng.randint(1, 99)}</span></div><div class="discuss_message_content">{b}</div></li>'
                 for a, b in comments)
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">雁塔区妇联</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{nick}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {t}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">陕西</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:visible">{content}</div>'
            '<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source" href="#">阅读原文</a>'
            f'<div class="media_tool_meta">阅读 <span id="readNum3">{_n(rng, 4)}</span></div>'
            f'<span class="like_btn" id="like3">赞 <span>{rng.randint(20, 90)}</span></span><span class="share_btn">分享</span>'
            f'<span class="looking_btn">在看 <span>{rng.randint(5, 40)}</span></span></div>'
            '<div class="rich_media_area_extra"><div class="discuss_container" id="js_cmt_area"><div class="discuss_title">精选留言</div>'
            f'<ul class="discuss_list">{cm}</ul><p class="tips">以上留言由公众号筛选后显示</p></div></div>'
            '<div id="js_pc_qr_code" class="qr_code_pc"><img class="qr_code_pc_img" src="/mp/qrcode?scene=10000004&amp;size=102">'
            '<p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            + _wx_scripts(rng, art, nick, esc(art["title"]), ct, biz))
    css = _css(["body{background:#fff;margin:0}.rich_media_inner{max-width:677px;margin:0 auto;padding:20px 16px}",
                ".rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px;font-weight:400}",
                ".rich_media_meta{display:inline-block;margin-right:8px;font-size:15px;color:rgba(0,0,0,.3)}",
                ".rich_media_meta_nickname a{color:#576b95}.rich_media_content{overflow:hidden;color:#333;font-size:17px;word-wrap:break-word;text-align:justify}",
                ".rich_media_tool{overflow:hidden;padding-top:15px;line-height:32px}.rich_media_tool span{margin-right:16px;color:#999}",
                ".discuss_container{margin-top:30px}.discuss_title{font-size:15px;color:#999;text-align:center;margin-bottom:12px}",
                ".discuss_item{position:relative;padding-left:46px;margin-bottom:22px}.discuss_item .avatar{position:absolute;left:0;top:0;width:36px;height:36px;border-radius:4px}",
                ".discuss_item .nickname{font-weight:400;color:#576b95;font-size:14px}.discuss_item .ip{margin-left:8px;color:#b2b2b2;font-size:12px}",
                ".praise_num{float:right;color:#b2b2b2}.discuss_message_content{font-size:15px;line-height:1.6;margin-top:4px}",
                ".qr_code_pc{position:absolute;left:50%;margin-left:369px;top:100px;width:140px;padding:16px;border:1px solid #d9dadc;background:#fff;text-align:center}",
                "@media screen and (max-width:1023px){.qr_code_pc{display:none}}"])
    head = (f'<title>{esc(art["title"])}</title><meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">'
            f'<meta property="og:title" content="{esc(art["title"])}"><meta property="og:url" content="{url}"><meta property="og:type" content="article">'
            f'<meta property="og:description" content="{esc(art["body"][0][:50])}"><meta property="twitter:card" content="summary">' + css)
    return head, body, url


# ---------------------------------------------------------------- 3. 新浪新闻-like 地方 pages

SINA_TOP = ["新浪首页", "新闻", "体育", "财经", "娱乐", "科技", "博客", "图片", "专栏", "汽车", "教育", "时尚", "女性", "星座", "健康",
            "房产", "历史", "视频", "收藏", "育儿", "读书", "佛学", "游戏", "旅游", "邮箱", "导航"]
SINA_COLS = [("湖南首页", []), ("要闻", ["时政", "民生", "经济", "社会", "文旅", "教育"]),
             ("市州", ["长沙", "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "张家界", "益阳", "郴州", "永州", "怀化", "娄底", "湘西"]),
             ("区县", ["望城", "浏阳", "宁乡", "长沙县", "醴陵", "韶山", "湘乡", "耒阳", "汨罗", "津市"]),
             ("财经", ["产经", "金融", "楼市", "消费"]), ("文旅", ["景区", "美食", "非遗", "乡村游"]),
             ("教育", ["中小学", "高校", "高考", "留学"]), ("健康", ["医院", "养生", "医保"]), ("汽车", ["新车", "车展", "用车"]),
             ("房产", ["新房", "二手房", "家居"]), ("视频", ["新闻现场", "短视频"]), ("图片", ["图说湖南", "摄影"]), ("专题", ["两会", "乡村振兴", "湘商"])]
SINA_SUBJ = ["长沙", "株洲", "湘潭", "岳阳", "常德", "望城", "浏阳", "宁乡", "醴陵", "郴州", "怀化", "益阳", "衡阳", "张家界"]
SINA_ACTS = ["新开通3条公交线路", "一小区电梯加装全面完工", "农民丰收节活动启幕", "龙舟赛吸引万人观赛", "夜经济消费持续升温",
             "首个“口袋公园”对外开放", "一企业获评国家级专精特新“小巨人”", "中小学暑期托管报名开启", "启动全民健身月活动",
             "多条道路完成提质改造", "油菜花海迎来最佳观赏期", "一批重点项目集中开工", "入选全国文明城市提名城市", "新增2处城市书房",
             "迎来首批研学团队", "菜市场完成改造提升", "乡村歌手大赛落幕", "开展防溺水安全宣传"]
SINA_NAMES = ["湘江边的风", "新浪网友", "长沙伢子", "麓山听雨", "望城老乡", "浏阳河畔", "橘子洲头", "岳麓书生", "芙蓉姐", "星城晚归",
              "老彭的邻居", "湘妹子", "吃辣不怕", "用户7{}", "天心阁下", "捞刀河边", "靖港人"]
SINA_PLACES = ["湖南长沙", "湖南长沙", "湖南株洲", "湖南湘潭", "湖南岳阳", "湖南常德", "广东深圳", "广东广州", "湖北武汉", "江西南昌", "湖南衡阳"]


def _sina_comments(art):
    if art["id"] == "p04":
        return ["周末带娃去过了，灯笼一亮真的好看。", "停车场有点远，建议加个接驳车。", "臭豆腐很正宗，推荐最里面那家。",
                "稻田加夜市，这个点子不错。", "希望能一直办下去，别开几个月就没了。", "上周五去人太多了，建议错峰。",
                "靖港古镇加稻田夜市，一晚上都逛不完。", "摊主大多是本地人，东西实在。", "剁辣椒买了两瓶，味道很正。",
                "蚊子有点多，记得带花露水。", "什么时候有萤火虫？想带孩子去看。", "支持返乡青年创业！", "从市区开车一个小时，值得。",
                "希望管理跟上，别把稻田踩坏了。", "这才是乡村振兴该有的样子。", "摊位费减免这个政策好。", "烧烤摊能不能多几家？",
                "周日晚上人少一点，体验更好。", "垃圾桶可以再多放几个。", "靖港的糖油粑粑一绝。", "去年就听说要搞，终于开了。",
                "灯笼拍照很出片。", "有没有公交可以到？", "带爸妈去逛了，老人家很喜欢。", "音乐会什么时候开始？",
                "价格不贵，比市区夜市便宜。", "给志愿者点个赞，引导很耐心。", "土鸡蛋卖得很快，去晚了就没有了。"]
    return ["向彭爹爹致敬！", "一个人修了二十年路，这份坚持太难得了。", "要想富先修路，老话说得一点没错。", "看哭了，这才是真正的愚公。",
            "当地政府后来接手改造，做得也好。", "大围山风景很好，有机会去走走这条路。", "建议给老人立块碑，让后人记住。",
            "我老家也是这样的山路，看得很有感触。", "老人家身体健康！", "路通了，人心也通了。", "这种新闻要多报道。",
            "黑山羊和茶油有网店吗？想买点。", "向所有默默付出的普通人致敬。", "村里的民宿叫什么名字？想去住几天。",
            "修路花了多少钱？老人自己出的吗？", "很朴实的老人，连碑都不要。", "我们浏阳人就是这么实在。", "二十年，一段一段修，太不容易了。",
            "希望年轻人都能回乡发展。", "感动，转发了。", "路修好了，孩子上学也方便了。", "这样的人应该评个感动湖南。"]


def sina_df153(art, rng, others):
    """新浪新闻-like 地方 pages: the ``新浪湖南讯`` opening run into the lead (body), a photo with an
    ``图为`` caption, 责任编辑 with its SN code, 新浪声明, a 评论 section (20 to 30 comments with places,
    times and 回复/赞), 新闻排行 and 热门推荐 lists, the 新浪 portal's top bar and link footer. p04
    shows ``YYYY年MM月DD日 hh:mm`` and its source; p05 shows no date (dated by meta
    ``article:published_time``/``publishdate``, the URL agrees) and carries ``记者：``/``name：`` turns in
    bold, a ``村民 name：`` turn and a video card."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    t = _hm(rng)
    sid = f"{rng.choice('abcdefghijkmnpqrstuvwxyz')}{rng.choice('abcdefghijkmnpqrstuvwxyz')}{_n(rng, 7)}"
    url = f"https://hunan.sina.com.cn/news/{'2025-05-21' if p04 else f'{y}-{m}-{d}'}/detail-ine{sid}.shtml"
    who = rng.sample(WHO, 3)
    para = lambda t_: f'<p>　　{t_}</p>'  # noqa: E731

    def special(p):
        for lab in ("记者：", "彭德顺：", "村民刘春梅："):
            if p.startswith(lab):
                return f'<p>　　<strong>{esc(lab)}</strong>{esc(p[len(lab):])}</p>'
        return None

    blocks = _blocks(art["body"], para, special=special)
    if p04:
        blocks.insert(3, f'<div class="img_wrapper"><img src="//n.sinaimg.cn/hunan/transform/{_n(rng, 3)}/w640h427/{y}{m}{d}/{_n(rng, 4)}-{sid}.jpg" alt="">'
                         '<span class="img_descr">图为靖港镇“稻田夜市”开市首夜的人流。（望城区融媒体中心供图）</span></div>')
        date_src = (f'<div class="date-source"><span class="date">{y}年{m}月{d}日 {t}</span>'
                    '<a class="source ent-source" href="https://hunan.sina.com.cn/" target="_blank">新浪湖南</a></div>')
    else:
        blocks.insert(2, '<div class="video_box" id="videoBox"><div class="video_player" data-vid="' + str(_n(rng, 9)) + '"></div>'
                         '<p class="video_title">视频：浏阳老人自费修路二十年</p></div>')
        date_src = '<div class="date-source"><a class="source ent-source" href="https://hunan.sina.com.cn/" target="_blank">新浪湖南</a></div>'
    cms = _comments(rng, 28 if p04 else 22, SINA_NAMES, _sina_comments(art), SINA_PLACES, art,
                    lambda x: f"{x.month}月{x.day}日 {x.hour:02d}:{x.minute:02d}")
    cm_html = "".join(f'<div class="item clearfix"><div class="head"><img src="//n.sinaimg.cn/default/avatar{i % 9}.png"></div>'
                      f'<div class="txt"><div class="info"><a class="name">{esc(n.format(_n(rng, 9)))}</a><span class="area">[{pl}]</span></div>'
                      f'<div class="cont">{esc(c)}</div><div class="action"><span class="time">{tm}</span>'
                      f'<a class="reply">回复</a><a class="vote">赞<em>({lk})</em></a><a class="report">举报</a></div></div></div>'
                      for i, (n, pl, tm, c, lk) in enumerate(cms))
    hot = _heads(rng, 24, SINA_SUBJ, SINA_ACTS)
    hd = _dates(rng, art, 10, back=20, fmt="{m:02d}-{d:02d}")
    rank = "".join(f'<li><span class="num n{i + 1}">{i + 1}</span><a href="https://hunan.sina.com.cn/news/detail-{_n(rng, 9)}.shtml" target="_blank">{esc(h)}</a>'
                   f'<span class="click">{_n(rng, 5)}</span></li>' for i, h in enumerate(hot[:10]))
    rec = "".join(f'<li><a href="https://hunan.sina.com.cn/news/detail-{_n(rng, 9)}.shtml" target="_blank"><img src="//n.sinaimg.cn/hunan/crawl/{_n(rng, 8)}.jpg">'
                  f'<span>{esc(h)}</span></a><em>{dd}</em></li>' for h, dd in zip(hot[10:20], hd))
    rel = "".join(f'<li><a href="https://hunan.sina.com.cn/news/detail-{_n(rng, 9)}.shtml" target="_blank">{esc(a)}</a><span class="time">{b}</span></li>'
                  for a, b in rng.sample(others, 5))
    feed = "".join(f'<div class="feed-card-item"><h2><a href="https://hunan.sina.com.cn/news/detail-{_n(rng, 9)}.shtml">{esc(h)}</a></h2>'
                   f'<div class="feed-card-a"><span class="feed-card-time">{rng.randint(1, 23)}小时前</span><span class="feed-card-tags">{rng.choice(SINA_SUBJ)}</span></div></div>'
                   for h in _heads(rng, 14, SINA_SUBJ, SINA_ACTS, ("", "，市民点赞", "，现场直击")))
    top = "".join(f'<a href="https://{i}.sina.com.cn/">{s}</a>' for i, s in enumerate(SINA_TOP))
    m_nav = "".join(f'<a href="/c{i}/">{c[0]}</a>' for i, c in enumerate(SINA_COLS))
    footer_links = "".join(f'<a href="https://www.sina.com.cn/l{i}/">{s}</a>' for i, s in enumerate(
        ["新浪简介", "About Sina", "广告服务", "联系我们", "招聘信息", "网站律师", "SINA English", "通行证注册", "产品答疑", "意见反馈"]))
    body = (f'<div class="top-nav" id="SI_Top_Wrap"><div class="tn-bg"><div class="tn-header"><div class="tn-nav">{top}</div>'
            '<div class="tn-user"><a href="https://login.sina.com.cn/">登录</a><a href="https://mail.sina.com.cn/">邮箱</a></div></div></div></div>'
            '<div class="header"><div class="w"><a class="logo" href="https://hunan.sina.com.cn/"><img src="//n.sinaimg.cn/hunan/logo.png" alt="新浪湖南"></a>'
            '<form class="search" action="https://search.sina.com.cn/" target="_blank"><input name="q" placeholder="搜索新闻"><button>搜索</button></form></div></div>'
            f'<div class="nav-wrap"><div class="w">{_menu(SINA_COLS, rng, prefix="https://hunan.sina.com.cn/")}</div></div>'
            f'<div class="m-nav" style="display:none">{m_nav}</div>'
            '<div class="w clearfix"><div class="channel-path"><a href="https://hunan.sina.com.cn/">新浪湖南</a> &gt; <a href="https://hunan.sina.com.cn/news/">区县</a></div>'
            f'<div class="main"><div class="main-content"><h1 class="main-title">{esc(art["title"])}</h1>{date_src}'
            '<div class="share-bar"><span>分享到：</span><a class="weibo" title="微博"></a><a class="weixin" title="微信"></a><a class="qzone" title="QQ空间"></a>'
            f'<span class="cmt-num">评论<em>{len(cms)}</em></span></div>'
            f'<div class="article" id="article"><!-- 正文 start -->{"".join(blocks)}<!-- 正文 end -->'
            f'<p class="show_author">责任编辑：{who[0]} SN{_n(rng, 3)}</p></div>'
            '<div class="statement"><p>新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。文章内容仅供参考，不构成投资建议。</p></div>'
            '<div class="app-qr"><img src="//n.sinaimg.cn/hunan/newsapp_qr.png"><p>扫描二维码下载新浪新闻客户端，看更多本地资讯</p></div>'
            f'<div class="related"><h3>相关阅读</h3><ul>{rel}</ul></div>'
            f'<div class="comment_box" id="bottom_sina_comment"><div class="hd"><span class="title">我要评论</span><span class="count">已有<em>{len(cms)}</em>条评论</span></div>'
            '<div class="post"><textarea placeholder="说点什么吧..."></textarea><a class="btn">发布</a></div>'
            f'<div class="hd2">最新评论</div><div class="list">{cm_html}</div><a class="more" href="https://comment5.news.sina.com.cn/">查看更多评论 &gt;&gt;</a></div>'
            f'<div class="feed-card"><h3>猜你喜欢</h3>{feed}</div></div></div>'
            f'<div class="side"><div class="ad250"><ins class="sinaads" data-ad-pdps="PDPS0000000{_n(rng, 5)}"></ins></div>'
            f'<h3>新闻排行</h3><ul class="rank">{rank}</ul><h3>热门推荐</h3><ul class="rec">{rec}</ul>'
            '<div class="wb-follow"><img src="//n.sinaimg.cn/hunan/weibo_qr.png"><p>关注新浪湖南官方微博</p></div></div></div>'
            f'<div class="footer"><div class="w"><p>{footer_links}</p><p>客户服务热线：4006900000　违法和不良信息举报电话：4006900000　举报邮箱：jubao@vip.sina.com</p>'
            '<p>Copyright © 1996-2025 SINA Corporation, All Rights Reserved</p><p>新浪公司 版权所有</p></div></div>'
            + _stat_script(rng, "sina_hunan", "var SINA_CONFIG = " + json.dumps(
                {"channel": "hunan", "newsid": f"comos-{sid}", "encoding": "utf-8", "cmnt": {"channel": "df", "group": 1, "num": len(cms)},
                 "share": {"title": art["title"], "pic": "", "source": "新浪湖南"}, "ad": {"pdps": [f"PDPS0000000{_n(rng, 5)}" for _ in range(6)]}},
                ensure_ascii=False) + ";\n"))
    css = _css(_base_css("#e4393c") + [".top-nav{height:40px;background:#f7f7f7;border-bottom:1px solid #ececec}.tn-nav a{margin-right:12px;font-size:12px;line-height:40px}",
                                       ".main-title{font-size:32px;line-height:46px;font-weight:700;margin:20px 0 10px}",
                                       ".date-source{color:#999;font-size:14px;margin-bottom:16px}.date-source .source{margin-left:12px;color:#3871ba}",
                                       ".article p{font-size:16px;line-height:30px;margin:0 0 18px}.img_wrapper{text-align:center}.img_descr{display:block;color:#666;font-size:14px}",
                                       ".comment_box .item{padding:14px 0;border-bottom:1px solid #f0f0f0}.comment_box .head{float:left;width:40px}.comment_box .txt{margin-left:52px}",
                                       ".comment_box .name{color:#3871ba}.comment_box .area{color:#999;margin-left:6px}.comment_box .action a{margin-left:14px;color:#999}",
                                       ".rank .num{display:inline-block;width:20px;color:#fff;background:#ccc;text-align:center;margin-right:6px}.rank .n1,.rank .n2,.rank .n3{background:#e4393c}",
                                       ".rec img{width:120px;height:80px;float:left;margin-right:8px}.feed-card-item{padding:12px 0;border-bottom:1px solid #eee}"])
    head = (f'<title>{esc(art["title"])}|新浪湖南_新浪网</title><meta name="keywords" content="{esc(art["title"][:8])},湖南,新浪湖南">'
            f'<meta name="description" content="{esc(art["body"][0][:70])}"><meta name="mediaid" content="新浪湖南">'
            f'<meta property="og:type" content="news"><meta property="og:title" content="{esc(art["title"])}"><meta property="og:url" content="{url}">'
            f'<meta property="article:published_time" content="{y}-{m}-{d}T{t}:00+08:00"><meta property="article:author" content="新浪湖南">'
            f'<meta name="publishid" content="{sid}">' + (f'<meta name="publishdate" content="{y}-{m}-{d}">' if not p04 else "") + css)
    return head, body, url


# ---------------------------------------------------------------- 4. 县 政府网 政策 文件

WY_COLS = [("首页", []), ("走进婺源", ["婺源概况", "历史沿革", "行政区划", "自然地理", "人口民族", "婺源名人"]),
           ("政务动态", ["婺源要闻", "部门动态", "乡镇动态", "图片新闻", "视频婺源", "媒体聚焦"]),
           ("政府信息公开", ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开", "政策文件"]),
           ("政策文件", ["县政府文件", "县政府办文件", "部门文件", "政策解读", "行政规范性文件", "文件废止"]),
           ("政务服务", ["个人办事", "法人办事", "办事指南", "便民服务", "一件事一次办", "好差评"]),
           ("互动交流", ["县长信箱", "在线访谈", "意见征集", "网上调查", "12345热线", "常见问题"]),
           ("重点领域", ["财政预决算", "重大项目", "生态环境", "乡村振兴", "安全生产", "食品药品", "教育医疗", "社会救助"]),
           ("招商引资", ["投资环境", "招商项目", "优惠政策", "招商动态"]), ("文化旅游", ["景区景点", "徽州民俗", "特色美食", "旅游线路"]),
           ("数据发布", ["统计数据", "统计公报", "数据解读"]), ("专题专栏", ["优化营商环境", "农村人居环境整治", "河湖长制", "防汛抗旱"])]
WY_UNITS = ["婺源县人民政府", "婺源县人民政府办公室", "县农业农村局", "县生态环境局", "县住建局", "县水利局", "县财政局", "县文广新旅局",
            "紫阳镇人民政府", "江湾镇人民政府", "秋口镇人民政府", "思口镇人民政府"]
WY_ACTS = ["关于做好春季农业生产工作的通知", "关于印发2025年重点工作任务分解方案的通知", "关于开展农村人居环境整治“回头看”的通知",
           "2024年度部门整体支出绩效评价报告", "关于公布县级行政许可事项清单的通知", "关于进一步加强河湖水域岸线管理的意见",
           "关于做好2025年度防汛抗旱工作的通知", "关于印发乡村旅游高质量发展三年行动方案的通知", "关于规范村级公益事业建设一事一议工作的通知",
           "关于开展耕地保护专项检查的通知", "关于调整城乡居民医疗保险缴费标准的通知"]


def _wy_chrome(art, rng, inner: str, old: bool) -> str:
    docs = _heads(rng, 20, WY_UNITS[:2] + WY_UNITS[2:8], WY_ACTS)
    ds = _dates(rng, art, 20, back=200)
    lst = lambda a, b: "".join(f'<li><a href="/zwgk/zcwj/{_n(rng, 8)}.html" title="{esc(t)}">{esc(t)}</a><span>{dd}</span></li>'  # noqa: E731
                               for t, dd in zip(docs[a:b], ds[a:b]))
    groups = [("国家及省市网站", ["中国政府网", "江西省人民政府", "上饶市人民政府", "江西政务服务网", "江西省发改委", "江西省农业农村厅"]),
              ("县直部门", ["县发改委", "县教体局", "县公安局", "县民政局", "县财政局", "县人社局", "县自然资源局", "县生态环境局", "县住建局",
                            "县交通运输局", "县水利局", "县农业农村局", "县商务局", "县文广新旅局", "县卫健委", "县应急管理局", "县市场监管局"]),
              ("乡镇网站", ["紫阳镇", "清华镇", "秋口镇", "江湾镇", "思口镇", "赋春镇", "镇头镇", "太白镇", "中云镇", "许村镇", "溪头乡",
                            "段莘乡", "浙源乡", "沱川乡", "大鄣山乡", "珍珠山乡"]),
              ("兄弟县市", ["信州区", "广丰区", "广信区", "玉山县", "铅山县", "横峰县", "弋阳县", "余干县", "鄱阳县", "万年县", "德兴市"])]
    m_nav = "".join(f'<li><a href="/c{i}/">{c[0]}</a></li>' for i, c in enumerate(WY_COLS))
    if old:
        return ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="32" bgcolor="#f3f3f3" style="font-size:12px">'
                '　<a href="javascript:openAria(\'aria\')">无障碍</a> | <a href="javascript:openAria(\'elder\')">长者模式</a> | <a href="/m/">手机版</a> | '
                '<a href="/login/">登录</a> | <a href="/ft/">繁体</a></td></tr>'
                '<tr><td><img src="/images/wy_banner.jpg" width="1000" height="160" alt="婺源县人民政府"></td></tr>'
                f'<tr><td bgcolor="#1b5fa8">{_menu(WY_COLS, rng)}</td></tr>'
                '<tr><td height="40"><form action="/search/" method="get">站内搜索：<input name="q" size="30"><input type="submit" value="搜索"></form></td></tr></table>'
                f'<ul class="m-nav" style="display:none">{m_nav}</ul>'
                '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                f'<td width="230" valign="top" bgcolor="#f7f9fc"><div class="lm"><h3>政策文件</h3><ul>'
                + "".join(f'<li><a href="/zcwj/l{i}/">{s}</a></li>' for i, s in enumerate(WY_COLS[4][1]))
                + f'</ul></div><div class="lm"><h3>最新文件</h3><ul>{lst(0, 10)}</ul></div></td>'
                f'<td width="20"></td><td valign="top">{inner}</td></tr></table>'
                '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#1b5fa8" style="color:#fff;font-size:12px;line-height:24px">'
                f'<tr><td align="center" style="padding:10px">友情链接：{_select_links(groups)}</td></tr>'
                '<tr><td align="center"><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/jc/">我要纠错</a></td></tr>'
                f'<tr><td align="center">主办：婺源县人民政府办公室　承办：婺源县大数据中心　网站标识码：3611300{_n(rng, 3)}</td></tr>'
                f'<tr><td align="center">赣ICP备{_n(rng, 8)}号　<img src="/images/ga.png">赣公网安备 {_n(rng, 14)}号</td></tr></table>'
                + _access_script(rng) + _stat_script(rng, "wuyuan"))
    return ('<div class="top-bar"><div class="w"><span>婺源县人民政府欢迎您！</span><span class="fr"><a href="javascript:openAria(\'aria\')">无障碍</a>'
            '<a href="javascript:openAria(\'elder\')">长者模式</a><a href="/login/">登录</a><a href="/m/">移动版</a></span></div></div>'
            '<div class="header"><div class="w"><img src="/images/wy_logo.png" alt="婺源县人民政府"><form action="/search/"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div></div>'
            f'<div class="nav-wrap"><div class="w">{_menu(WY_COLS, rng)}</div></div><ul class="m-nav" style="display:none">{m_nav}</ul>'
            '<div class="w clearfix"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col04/">政策文件</a> &gt; <a href="/col04/col0404/">政策解读</a></div>'
            f'<div class="main">{inner}</div><div class="side"><h3>政策解读</h3><ul>{lst(0, 8)}</ul><h3>最新文件</h3><ul>{lst(8, 18)}</ul>'
            '<div class="hd-box"><a href="/hdjl/xzxx/"><img src="/images/xzxx.jpg" alt="县长信箱"></a><a href="/hdjl/yjzj/"><img src="/images/yjzj.jpg" alt="意见征集"></a></div></div></div>'
            f'<div class="footer"><div class="w"><div class="yqlj">{_select_links(groups)}</div>'
            '<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/jc/">我要纠错</a> | <a href="/yssm/">隐私声明</a></p>'
            f'<p>主办：婺源县人民政府办公室　承办：婺源县大数据中心　网站标识码：3611300{_n(rng, 3)}</p>'
            f'<p>赣ICP备{_n(rng, 8)}号　<img src="/images/ga.png">赣公网安备 {_n(rng, 14)}号</p></div></div>'
            + _access_script(rng) + _stat_script(rng, "wuyuan"))


def xzf_zc153(art, rng, others):
    """县 政府网 政策 文件: p06 (GBK) a 实施方案 on an old table layout under an 信息公开 grid (索引号,
    发文机关, 成文日期, 文号, 发布日期), a centred 文号 line, 发布时间/来源 glued in one cell, ``<font>``
    paragraphs with 黑体 一、 heads, （一） items, ``1.`` items ending ``；``/``。``, an 年度安排 table (body),
    the 落款 and its date, an 附件 line; p07 its 解读 whose only visible date is a later 更新时间 (dated by
    meta ``PubDate``, the URL agrees), bold ``问：`` and ``答：`` turns, ``1.`` items, a 相关文件 box."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"http://www.jxwy.gov.cn/{'art' if p06 else 'zcjd'}/{y}/{int(m)}/{int(d)}/art_{_n(rng, 5)}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 3)
    t = _hm(rng)
    if p06:
        para = lambda t_: f'<p style="text-indent:2em;line-height:32px"><font face="仿宋_GB2312" size="4">{t_}</font></p>'  # noqa: E731
        blocks = _blocks(art["body"], para, head=lambda t_: f'<p style="text-indent:2em;line-height:32px"><font face="黑体" size="4">{t_}</font></p>')
        grid = ('<table class="xxgk" width="100%" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:12px;background:#f8fbff">'
                f'<tr><td width="12%">索引号：</td><td width="38%">0143{_n(rng, 5)}/{y}-{_n(rng, 5)}</td><td width="12%">主题分类：</td><td>城乡建设、环境保护</td></tr>'
                f'<tr><td>发文机关：</td><td>婺源县人民政府办公室</td><td>成文日期：</td><td>{y}-{m}-{int(d) - 2:02d}</td></tr>'
                f'<tr><td>标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><td>发文字号：</td><td>婺府办发〔{y}〕4号</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr>'
                '<tr><td>有 效 性：</td><td colspan="3">有效</td></tr></table>')
        inner = (grid + f'<table width="100%"><tr><td align="center" height="60"><font size="5" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
                 f'<tr><td align="center"><font size="3">婺府办发〔{y}〕4号</font></td></tr>'
                 f'<tr><td align="center" style="font-size:12px;color:#666;border-bottom:1px solid #ccc">发布时间：{y}-{m}-{d} {t}来源：县政府办'
                 f'点击数：<script>document.write({_n(rng, 4)})</script>【<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</td></tr>'
                 f'<tr><td><div id="zoom">{"".join(blocks)}'
                 '<p style="text-align:right;line-height:32px;margin-top:30px"><font face="仿宋_GB2312" size="4">婺源县人民政府办公室</font></p>'
                 f'<p style="text-align:right;line-height:32px"><font face="仿宋_GB2312" size="4">{y}年{int(m)}月{int(d) - 2}日</font></p>'
                 '<p style="text-indent:2em;line-height:32px"><font face="仿宋_GB2312" size="4">（此件主动公开）</font></p>'
                 f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.docx">婺源县农村生活污水治理重点村庄名单.docx</a></p></div></td></tr>'
                 '<tr><td align="center" height="50"><a href="javascript:printPage()">【打印本页】</a>　<a href="javascript:closeWin()">【关闭窗口】</a></td></tr></table>')
        chrome = _wy_chrome(art, rng, inner, old=True)
    else:
        para = lambda t_: f'<p style="text-indent:2em;line-height:30px;font-size:16px">{t_}</p>'  # noqa: E731

        def special(p):
            for lab in ("问：", "答："):
                if p.startswith(lab):
                    col = "#1b5fa8" if lab == "问：" else "#333"
                    return f'<p style="text-indent:2em;line-height:30px;font-size:16px"><strong style="color:{col}">{lab}</strong>{esc(p[2:])}</p>'
            return None

        blocks = _blocks(art["body"], para, special=special)
        inner = (f'<div class="art"><h1 style="font-size:24px;text-align:center;color:#1b5fa8">{esc(art["title"])}</h1>'
                 f'<div class="info" style="text-align:center;color:#888;font-size:13px">来源：县农业农村局　更新时间：{y}-{m}-{int(d) + 3:02d} {_hm(rng)}　'
                 f'浏览量：<script>document.write({_n(rng, 3)})</script>　<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></div>'
                 f'<div id="zoom">{"".join(blocks)}</div>'
                 '<div class="xgwj" style="margin-top:20px;padding:12px;background:#f3f7fc;border:1px solid #d6e3f3"><h4>相关文件</h4>'
                 f'<p><a href="/art/{y}/2/26/art_{_n(rng, 5)}_{_n(rng, 7)}.html">婺源县农村生活污水治理提质增效实施方案</a></p>'
                 '<p><a href="/art/">江西省农村生活污水治理三年行动方案</a></p></div>'
                 f'<p style="text-align:right;color:#666">（责任编辑：{who[0]}）</p>'
                 '<div class="share">分享到：<a class="wx"></a><a class="wb"></a><a class="qq"></a>　<a href="javascript:printPage()">【打印】</a> <a href="javascript:closeWin()">【关闭】</a></div></div>')
        chrome = _wy_chrome(art, rng, inner, old=False)
    css = _css(_base_css("#1b5fa8", 1000) + [".lm h3{background:#1b5fa8;color:#fff;padding:0 12px;line-height:36px;margin:0}",
                                             ".lm li{line-height:30px;padding:0 10px;border-bottom:1px dotted #ccc;font-size:13px}.xxgk td{border:1px solid #c9d8ec}"])
    head = (f'<title>{esc(art["title"])}_婺源县人民政府</title><meta name="SiteName" content="婺源县人民政府"><meta name="SiteDomain" content="www.jxwy.gov.cn">'
            f'<meta name="ColumnName" content="{"县政府办文件" if p06 else "政策解读"}"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ContentSource" content="{"县政府办" if p06 else "县农业农村局"}">'
            + css + _font_script())
    return head, chrome, url


# ---------------------------------------------------------------- 5. 区 住建委 物业 通知 (GBK)

ZJ_COLS = [("首页", []), ("机构概况", ["主要职责", "领导之窗", "内设机构", "直属单位"]),
           ("新闻动态", ["工作动态", "街镇动态", "图片新闻", "媒体报道"]), ("通知公告", ["通知", "公告", "公示"]),
           ("政务公开", ["政府信息公开指南", "法定主动公开内容", "财政信息", "建议提案办理", "政府信息公开年报"]),
           ("物业管理", ["政策法规", "物业企业名录", "业委会建设", "物业服务评价", "维修资金"]),
           ("城市建设", ["城市更新", "老旧小区改造", "市政设施", "建设项目"]), ("建筑市场", ["企业资质", "招标投标", "工程质量", "安全生产"]),
           ("房地产", ["商品房预售", "房屋租赁", "征收补偿"]), ("政务服务", ["办事指南", "表格下载", "在线办理", "办件查询"]),
           ("互动交流", ["主任信箱", "咨询投诉", "意见征集", "常见问题"]), ("专题专栏", ["燃气安全", "城市管理", "文明城区创建"])]


def zjw_wy153(art, rng, others):
    """区 住建委 物业 服务 通知 (GBK): bracketed info spans (``[ 发布日期：… ]``, 来源, a ``document.write``
    counter), a 文号 line, the 主送 line, 黑体 一、 heads, a 时间安排 table with ``<th>`` heads, ``1.`` items,
    联系人/联系电话 lines and 特此通知 (body), the 落款 and its date, two 附件 lines and a 物业小贴士 box
    (not body), 相关公告 with dates."""
    y, m, d = _ymd(art)
    url = f"http://www.cqspb.gov.cn/bm/qzjw/zwgk_xxgk/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    t = _hm(rng)
    para = lambda t_: f'<p style="text-indent:32px;line-height:30px;font-size:16px;font-family:仿宋_GB2312">{t_}</p>'  # noqa: E731

    def special(p):
        if p.endswith("：") and p.startswith("各"):
            return f'<p style="line-height:30px;font-size:16px;font-family:仿宋_GB2312">{esc(p)}</p>'
        return None

    blocks = _blocks(art["body"], para, head=lambda t_: f'<p style="text-indent:32px;line-height:30px;font-size:16px;font-family:黑体">{t_}</p>',
                     special=special, th=True)
    notes = _heads(rng, 24, ["关于", "关于公布", "关于开展", "关于做好"],
                   ["住宅专项维修资金使用情况的公示", "物业服务企业信用评价结果的公告", "老旧小区改造项目验收的通知", "燃气安全隐患排查整治的通知",
                    "建筑施工扬尘治理专项检查的通知", "城镇房屋安全隐患排查的通知", "业主委员会换届选举指导工作的通知", "房屋征收补偿方案征求意见的公告"])
    ds = _dates(rng, art, 24, back=200)
    rows = "".join(f'<li><a href="/tzgg/{_n(rng, 8)}.html" title="{esc(a)}">{esc(a)}</a><span>[{b}]</span></li>' for a, b in zip(notes, ds))
    inner = (f'<div class="art"><h2 style="text-align:center;font-size:24px;color:#0a4a8c">{esc(art["title"])}</h2>'
             f'<div class="info" style="text-align:center;font-size:12px;color:#777">[ 发布日期：{y}-{m}-{d} ]　[ 来源：区住房城乡建委 ]　'
             f'[ 阅读次数：<script>document.write("{_n(rng, 3)}")</script> ]　[ 字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a> ]</div>'
             f'<p style="text-align:center;font-size:16px;font-family:仿宋_GB2312">沙建委发〔{y}〕{rng.randint(30, 60)}号</p>'
             f'<div id="zoom" class="TRS_Editor">{"".join(blocks)}'
             '<p style="text-align:right;line-height:30px;font-size:16px;font-family:仿宋_GB2312;margin-top:24px">重庆市沙坪坝区住房和城乡建设委员会</p>'
             f'<p style="text-align:right;line-height:30px;font-size:16px;font-family:仿宋_GB2312">{y}年{int(m)}月{int(d) - 1}日</p>'
             f'<p>附件1：<a href="/uploads/{_n(rng, 10)}.xls">2025年度住宅小区物业服务质量评价标准.xls</a></p>'
             f'<p>附件2：<a href="/uploads/{_n(rng, 10)}.doc">物业服务企业自评表.doc</a></p></div>'
             '<div class="tips" style="margin-top:20px;padding:12px 16px;background:#eef5fc;border-left:4px solid #0a4a8c">'
             '<h4>物业小贴士</h4><p>业主对物业服务有意见建议的，可先向物业服务企业反映；协商不成的，可向所在街道、镇物业管理部门反映。</p>'
             '<p>公共收益、维修资金使用等情况，业主有权依法查询。</p></div>'
             '<div class="dy"><a href="javascript:printPage()">【打印本页】</a> <a href="javascript:closeWin()">【关闭窗口】</a></div></div>')
    groups = [("市级部门", ["重庆市住房和城乡建设委员会", "重庆市城市管理局", "重庆市规划和自然资源局", "重庆市人民政府"]),
              ("区级部门", ["沙坪坝区人民政府", "区发展改革委", "区教委", "区民政局", "区财政局", "区城市管理局", "区生态环境局", "区应急局", "区市场监管局"]),
              ("街镇", ["渝碚路街道", "小龙坎街道", "沙坪坝街道", "磁器口街道", "童家桥街道", "石井坡街道", "詹家溪街道", "井口街道", "歌乐山街道",
                        "山洞街道", "新桥街道", "天星桥街道", "土湾街道", "覃家岗街道", "联芳街道", "井口镇", "歌乐山镇", "青木关镇", "凤凰镇"])]
    m_nav = "".join(f'<a href="/c{i}/">{c[0]}</a>' for i, c in enumerate(ZJ_COLS))
    body = ('<div class="top-bar"><div class="w"><span>重庆市沙坪坝区住房和城乡建设委员会</span><span class="fr"><a href="javascript:openAria(\'aria\')">无障碍</a> '
            '<a href="javascript:openAria(\'elder\')">长者模式</a> <a href="/m/">手机版</a></span></div></div>'
            '<div class="header"><div class="w"><img src="/images/zjw_logo.png" alt="沙坪坝区住房和城乡建设委员会"><form action="/search/"><input name="q"><button>搜索</button></form></div></div>'
            f'<div class="nav-wrap"><div class="w">{_menu(ZJ_COLS, rng)}</div></div><div class="m-nav" style="display:none">{m_nav}</div>'
            '<div class="w clearfix"><div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/col04/">通知公告</a></div>'
            f'<div class="main">{inner}</div><div class="side"><h3>通知公告</h3><ul>{rows[:len(rows) // 2]}</ul>'
            + f'<h3>热点关注</h3><ul>{"".join(f"<li><a>{esc(a)}</a></li>" for a in notes[12:20])}</ul></div></div>'
            f'<div class="footer"><div class="w"><div class="yqlj">{_select_links(groups)}</div>'
            '<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/jc/">纠错</a></p>'
            f'<p>主办：重庆市沙坪坝区住房和城乡建设委员会　地址：沙坪坝区天陈路{rng.randint(10, 99)}号　网站标识码：5001060{_n(rng, 3)}</p>'
            f'<p>渝ICP备{_n(rng, 8)}号　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p></div></div>'
            + _access_script(rng) + _stat_script(rng, "spbzjw"))
    css = _css(_base_css("#0a4a8c"))
    head = (f'<title>{esc(art["title"])}_重庆市沙坪坝区人民政府</title><meta name="SiteName" content="沙坪坝区住房和城乡建设委员会">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {t}">' + css + _font_script())
    return head, body, url


# ---------------------------------------------------------------- 6. 高校 新闻网 学术 讲座

GX_COLS = [("首页", []), ("学校要闻", ["党建思政", "重要会议", "领导活动"]), ("综合新闻", ["教学科研", "合作交流", "招生就业", "后勤服务"]),
           ("院部动态", ["文学院", "外国语学院", "数学与统计学院", "物理与电子工程学院", "化学化工学院", "公共管理学院", "经济管理学院",
                         "计算机学院", "美术学院", "音乐学院", "体育学院", "马克思主义学院"]),
           ("学术动态", ["学术讲座", "学术会议", "科研成果"]), ("校园文化", ["社团活动", "文体赛事", "志愿服务"]),
           ("媒体渝东", ["报纸", "电视", "网络"]), ("图片新闻", []), ("视频新闻", []), ("人物风采", ["名师", "校友", "学子"]),
           ("专题报道", ["开学典礼", "毕业季", "校庆"]), ("投稿须知", [])]
GX_ACTS = ["举办2025年新生开学典礼", "召开教学工作会议", "与地方政府签署战略合作协议", "学子在全国大学生数学建模竞赛中获佳绩",
           "开展秋季学期教学检查", "举行教师节表彰大会", "获批3项国家社科基金项目", "举办“渝东公管讲坛”第26讲",
           "召开学生工作会议", "图书馆开展读书月活动", "团委组织志愿者服务迎新", "研究生院举办学术规范讲座", "举办校园招聘会", "外国语学院举办演讲比赛"]


def gx_jz153(art, rng, others):
    """高校 新闻网 学术 讲座: p09 a 讲座 预告 with 发布时间/作者/审核/点击 spans, 讲座题目/主讲人/时间/地点/主办
    lines and a 内容简介 head (body), a 主讲人简介 box (not body); p10 the 讲座 news with no visible date
    (dated by meta ``publishdate``, the URL agrees), 一是… items after a ``：``-ended lead-in, ``问：`` and
    ``沈立群：`` turns, two captions with a 摄影 credit, 撰稿/摄影/编辑/审核 lines and 上一条/下一条."""
    y, m, d = _ymd(art)
    p09 = art["id"] == "p09"
    url = f"https://news.ydxy.edu.cn/info/{'1013' if p09 else '1012'}/{y}{m}{d}{_n(rng, 5)}.htm"
    who = rng.sample(WHO, 4)
    para = lambda t_: f'<p class="vsbcontent_start" style="text-indent:2em;line-height:1.8">{t_}</p>'  # noqa: E731

    def special(p):
        if p09 and p == "讲座内容简介":
            return f'<p style="text-indent:2em;line-height:1.8"><strong>{esc(p)}</strong></p>'
        if p09 and "：" in p[:6] and len(p) < 40:
            a, b = p.split("：", 1)
            return f'<p style="text-indent:2em;line-height:1.8"><strong>{esc(a)}：</strong>{esc(b)}</p>'
        for lab in ("问：", "沈立群："):
            if not p09 and p.startswith(lab):
                return f'<p style="text-indent:2em;line-height:1.8"><strong>{esc(lab)}</strong>{esc(p[len(lab):])}</p>'
        return None

    blocks = _blocks(art["body"], para, special=special)
    if p09:
        info = (f'<div class="info">发布时间：{y}-{m}-{d}　作者：公共管理学院　审核：{who[0]}　点击：'
                f'<script>_showDynClicks("wbnews", {_n(rng, 10)}, {_n(rng, 4)})</script>次</div>')
        after = ('<div class="zjr" style="margin-top:20px;padding:14px;background:#f4f7fb;border:1px solid #dde6f0"><h4>主讲人简介</h4>'
                 '<p>沈立群，某大学公共管理学院教授、博士生导师，主要研究方向为基层治理与公共政策，主持国家社会科学基金项目2项，出版专著3部。</p></div>')
    else:
        info = f'<div class="info">作者：{who[1]}　审核：{who[0]}　点击：<script>_showDynClicks("wbnews", {_n(rng, 10)}, {_n(rng, 4)})</script>次</div>'
        blocks.insert(1, f'<p style="text-align:center"><img src="/__local/{_n(rng, 6)}.jpg" width="600"></p><p style="text-align:center;font-family:楷体">讲座现场（摄影 {who[2]}）</p>')
        blocks.insert(10, f'<p style="text-align:center"><img src="/__local/{_n(rng, 6)}.jpg" width="600"></p><p style="text-align:center;font-family:楷体">同学提问</p>')
        after = f'<p class="zz" style="text-align:right">撰稿：{who[1]}　摄影：{who[2]}　编辑：{who[3]}　审核：{who[0]}</p>'
    pn = rng.sample(others, 2)
    heads = _heads(rng, 24, ["我校", "学校", ""], GX_ACTS)
    ds = _dates(rng, art, 24, back=50)
    side = "".join(f'<li><a href="/info/1002/{_n(rng, 5)}.htm">{esc(a)}</a><span>{b}</span></li>' for a, b in zip(heads, ds))
    m_nav = "".join(f'<a href="/c{i}/">{c[0]}</a>' for i, c in enumerate(GX_COLS))
    links = "".join(f'<a href="https://{i}.ydxy.edu.cn/">{s}</a>' for i, s in enumerate(
        ["学校主页", "党委办公室", "校长办公室", "教务处", "科研处", "研究生院", "学生工作部", "招生就业处", "图书馆", "校友会", "信息化中心",
         "后勤服务集团", "国际交流处", "人事处", "财务处", "资产处", "保卫处", "团委", "工会", "档案馆"]))
    body = ('<div class="top"><div class="w"><a href="https://www.ydxy.edu.cn/">学校首页</a> | <a href="https://mail.ydxy.edu.cn/">邮件系统</a> | '
            '<a href="https://ehall.ydxy.edu.cn/">网上办事大厅</a> | <a href="javascript:openAria(\'aria\')">无障碍</a></div></div>'
            '<div class="header"><div class="w"><img src="/images/xwlogo.png" alt="渝东学院新闻网"><form action="/search.jsp"><input name="keyword"><button>检索</button></form></div></div>'
            f'<div class="nav-wrap"><div class="w">{_menu(GX_COLS, rng)}</div></div><div class="m-nav" style="display:none">{m_nav}</div>'
            f'<div class="w clearfix"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col05/">学术动态</a> &gt; {"学术讲座" if p09 else "学术会议"}</div>'
            f'<div class="main"><form name="_newscontent_fromname"><h1 style="text-align:center;font-size:24px;color:#003e7e">{esc(art["title"])}</h1>{info}'
            f'<div id="vsb_content" class="v_news_content">{"".join(blocks)}</div>{after}'
            f'<div class="sxt"><p>上一条：<a href="/info/1012/{_n(rng, 5)}.htm">{esc(pn[0][0])}</a></p><p>下一条：<a href="/info/1012/{_n(rng, 5)}.htm">{esc(pn[1][0])}</a></p></div>'
            '<div class="dy"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div></form></div>'
            f'<div class="side"><h3>综合新闻</h3><ul>{side[:len(side) // 2]}</ul><h3>学术预告</h3><ul>{side[len(side) // 2:]}</ul>'
            '<div class="ewm"><img src="/images/wx_qr.jpg"><p>渝东学院官方微信</p></div></div></div>'
            f'<div class="footer"><div class="w"><p class="links">{links}</p><p>版权所有：渝东学院党委宣传部　地址：重庆市万州区学府路{rng.randint(1, 99)}号　邮编：404100</p>'
            f'<p>渝ICP备{_n(rng, 8)}号　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p></div></div>'
            + _stat_script(rng, "ydxynews", "function _showDynClicks(t, o, n) { document.write(n); }\n"))
    css = _css(_base_css("#003e7e") + [".info{text-align:center;color:#888;font-size:13px;padding:10px 0;border-bottom:1px solid #ddd}",
                                       ".v_news_content p{font-size:16px;margin:0 0 12px}.footer .links a{margin:0 6px}"])
    head = (f'<title>{esc(art["title"])}-渝东学院新闻网</title><meta name="keywords" content="渝东学院,学术讲座">'
            f'<meta name="description" content="{esc(art["body"][0][:60])}">' + (f'<meta name="publishdate" content="{y}-{m}-{d}">' if not p09 else "") + css)
    return head, body, url


# ---------------------------------------------------------------- 7. 都市报 e-paper 第04版 区县

BANS = ["要闻", "要闻", "综合", "区县", "区县", "城事", "城事", "民生", "经济", "文体", "健康", "教育", "副刊", "广告", "广告", "专版"]


def dsb_04qx153(art, rng, others):
    """都市报 e-paper 第04版 区县: masthead with the date and weekday (the only visible date; the URL
    agrees), a 16-version ``<select>``, 上一版/下一版/PDF, a 版面图 with an ``<area>`` map, 本版标题, an
    往期 calendar; p11 (GBK) an 引题 line, the ``本报讯（记者 …）`` opening run into the lead, the text as
    ``<br>`` lines in one ``<founder-content>``, a caption table and a 区县简讯 column (not body); p12 a
    副题, a ``本报记者 name`` byline, bold ``记者：``/``陈晓梅：`` turns and a second report in full (not
    body), 责任编辑 and the copyright line."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    node = f"content_{_n(rng, 6)}.htm"
    url = f"https://epaper.scchb.com/html/{y}-{m}/{d}/{node}"
    who = rng.sample(WHO, 3)
    if p11:
        kicker = '<h3 class="yt">盘活闲置资源 留住青春力量</h3>'
        text = ('<!--enpcontent--><founder-content>' + "<br>".join(f"　　{esc(p)}" for p in art["body"]) + '<br></founder-content><!--/enpcontent-->'
                f'<table class="pic" align="center"><tr><td><img src="../../../res/{y}-{m}/{d}/04/res02_attpic_brief.jpg"></td></tr>'
                f'<tr><td class="picdesc">改造后的“青年创客街区”。记者 {who[0]} 摄</td></tr></table>')
        sub, by = "", ""
        other = ('<div class="jx"><h4>区县简讯</h4><p><b>江津：</b>江津区近日启动夏季农村饮水安全排查，计划在7月底前完成全区380处供水站点检查。</p>'
                 '<p><b>綦江：</b>綦江区首个社区托育点在古南街道投用，可提供托位60个。</p></div>')
    else:
        kicker = ""
        sub = '<h2 class="ft">非遗工坊开发文创产品200余种 带动30多名织布老人增收</h2>'
        by = '<div class="author">本报记者 罗思琪</div>'
        def _p(p):
            for lab in ("记者：", "陈晓梅："):
                if p.startswith(lab):
                    return f"<P>　　<B>{esc(lab)}</B>{esc(p[len(lab):])}</P>"
            return f"<P>　　{esc(p)}</P>"
        text = '<div id="ozoom"><founder-content>' + "".join(_p(p) for p in art["body"]) + '</founder-content></div>'
        other = ('<div class="other"><h2>大足石刻景区推出夜游线路</h2><div class="author">本报记者 周文博</div>'
                 '<P>　　本报讯　记者7月7日从大足区获悉，大足石刻景区宝顶山片区将于本月中旬起试行夜间开放，每周五至周日开放至晚上10点。</P>'
                 '<P>　　夜游线路全长约1.5公里，游客可在讲解员带领下，借助灯光欣赏部分石刻造像。景区提醒，夜游需提前在线预约。</P></div>')
    titles = [art["title"]] + [t for t, dd in others if dd == art["date"] and t != art["title"]] + ["大足石刻景区推出夜游线路", "区县简讯"]
    areas = "".join(f'<area shape="polygon" coords="{",".join(str(rng.randint(10, 700)) for _ in range(8))}" href="content_{_n(rng, 6)}.htm">' for _ in titles)
    opts = "".join(f'<option value="node_{i + 1}.htm"{" selected" if i == 3 else ""}>第{i + 1:02d}版：{b}</option>' for i, b in enumerate(BANS))
    cal = "".join(f'<td><a href="../../{y}-{m}/{k:02d}/node_1.htm">{k}</a></td>' + ("</tr><tr>" if k % 7 == 0 else "") for k in range(1, 32))
    body = ('<div class="masthead"><img src="../../../images/sccb_logo.gif" alt="山城晨报"><div class="mast-r">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>农历六月十四　国内统一连续出版物号 CN50-00{_n(rng, 2)}</p></div></div>'
            f'<div class="bc"><select onchange="location.href=this.value">{opts}</select>　<a href="node_3.htm">上一版</a>　<a href="node_5.htm">下一版</a>'
            f'　<a href="../../../page/{y}-{m}/{d}/04/{_n(rng, 8)}.pdf">PDF下载</a>　<a href="../../../html/period.htm">往期回顾</a></div>'
            '<table width="1000" align="center"><tr><td width="380" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/04/{y}{m}{d}04_b.jpg" width="360" usemap="#pagemap"><map name="pagemap">{areas}</map></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul>{"".join(f"<li><a>{esc(x)}</a></li>" for x in titles)}</ul></div>'
            f'<div class="cal"><h4>{y}年{int(m)}月</h4><table><tr>{cal}</tr></table></div></td>'
            f'<td valign="top"><div class="article"><div class="lanmu">区县</div>{kicker}<h1>{esc(art["title"])}</h1>{sub}{by}{text}{other}'
            f'<div class="bj">责任编辑：{who[2]}</div><div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a href="node_4.htm">返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">山城晨报社 版权所有　未经书面授权不得转载、摘编　渝ICP备{_n(rng, 8)}号</div>'
            + _stat_script(rng, "sccb_epaper", "function zoomPage(img) { var w = window.open(img.src, '_blank'); }\n"))
    css = _css(_base_css("#005bac", 1000) + [".masthead{width:1000px;margin:0 auto;height:90px}.article h1{font-size:26px;text-align:center}",
                                             ".yt,.ft{text-align:center;font-size:16px;color:#555}.author{text-align:center;color:#666}",
                                             "founder-content{display:block;font-size:16px;line-height:30px}.cal td{width:24px;text-align:center}"])
    head = '<title>山城晨报-第04版：区县</title><meta name="keywords" content="山城晨报,数字报,区县">' + css
    return head, body, url


# ---------------------------------------------------------------- the rest of each site's weight

def _navjson(cols, rng, base) -> str:
    """The column tree a CMS inlines for its phone menu and crumbs (own code)."""
    tree = [{"id": 1000 + i, "name": c, "url": f"{base}col{i + 1:02d}/", "target": "_self",
             "children": [{"id": 10000 + i * 100 + j, "name": s, "url": f"{base}col{i + 1:02d}/col{i + 1:02d}{j + 1:02d}/", "pageSize": 20}
                          for j, s in enumerate(subs)]} for i, (c, subs) in enumerate(cols)]
    return ("<script type=\"text/javascript\">\nvar siteNav = " + json.dumps(tree, ensure_ascii=False) + ";\n"
            "function buildMobileNav(el) {\n  var html = [];\n  for (var i = 0; i < siteNav.length; i++) {\n"
            "    var c = siteNav[i];\n    html.push('<dl><dt><a href=\"' + c.url + '\">' + c.name + '</a></dt>');\n"
            "    for (var j = 0; j < c.children.length; j++) { html.push('<dd><a href=\"' + c.children[j].url + '\">' + c.children[j].name + '</a></dd>'); }\n"
            "    html.push('</dl>');\n  }\n  el.innerHTML = html.join('');\n}\n</script>")


def _teasers(rng, heads, ds, base, k) -> str:
    """A lower strip of teasers (other reports with pictures and a line of summary)."""
    return ('<div class="teasers" style="clear:both"><div class="hd"><span>推荐阅读</span><a href="' + base + '">更多&gt;&gt;</a></div><ul>'
            + "".join(f'<li><a href="{base}{dd.replace("-", "")}/{_n(rng, 7)}.html" target="_blank"><img src="{base}images/{_n(rng, 9)}.jpg" '
                      f'alt="{esc(h)}" width="260" height="160"><h4>{esc(h)}</h4></a><span class="time">{dd}</span></li>'
                      for h, dd in zip(heads[:k], ds[:k])) + "</ul></div>")


_EXTRA = {"jwjc_tb153": (JW_COLS, JW_SUBJ, JW_ACTS, "http://www.xdjw.gov.cn/", 16),
          "sina_df153": (SINA_COLS, SINA_SUBJ, SINA_ACTS, "https://hunan.sina.com.cn/", 4),
          "xzf_zc153": (WY_COLS, WY_UNITS, WY_ACTS, "http://www.jxwy.gov.cn/", 18),
          "zjw_wy153": (ZJ_COLS, ["区住建委", "区物业管理中心", "区城市更新中心", "区建设工程质量安全站", "区房屋安全鉴定所"],
                        ["开展物业服务质量暗访检查", "召开老旧小区改造推进会", "组织燃气安全隐患排查", "举办业委会成员培训班",
                         "开展建筑工地安全生产大检查", "推进既有住宅加装电梯", "开展汛期房屋安全巡查", "召开物业企业信用评价工作会"],
                        "http://www.cqspb.gov.cn/bm/qzjw/", 22),
          "gx_jz153": (GX_COLS, ["我校", "学校", "公共管理学院", "文学院", "计算机学院"], GX_ACTS, "https://news.ydxy.edu.cn/", 24)}


def _weighted(kind, fn):
    """A template with the rest of its site's weight added: the hidden phone menu copy, the column
    tree script and a teaser strip (portals); a style sheet and the share scripts (WeChat); the
    edition's version index (e-paper)."""
    def wrap(art, rng, others):
        head, body, url = fn(art, rng, others)
        if kind in _EXTRA:
            cols, subj, acts, base, k = _EXTRA[kind]
            heads = _heads(rng, k, subj, acts, ("", "", "取得实效", "见闻"))
            ds = _dates(rng, art, k, back=90)
            body += (f'<div class="m-menu" style="display:none">{_menu(cols, rng, cls="m-nav-list", sub_cls="m-sub", prefix=base)}</div>'
                     + _teasers(rng, heads, ds, base, k) + _navjson(cols, rng, base))
        elif kind == "fl_mp153":
            rules = [f".js_darkmode__{i}{{color:rgba({rng.randint(0, 255)},{rng.randint(0, 255)},{rng.randint(0, 255)},0.{rng.randint(5, 9)}) !important;"
                     f"background-color:rgb({rng.randint(0, 40)},{rng.randint(0, 40)},{rng.randint(0, 40)}) !important}}" for i in range(160)]
            head += _css(rules)
            words = {"share": "分享", "like": "赞", "looking": "在看", "comment": "写留言", "collect": "收藏", "forward": "转发", "report": "投诉",
                     "font": "调整字体", "search": "搜一搜", "copy_link": "复制链接", "open_in_browser": "在浏览器打开", "refresh": "刷新",
                     "close": "关闭", "cancel": "取消", "confirm": "确定", "loading": "正在加载", "network_error": "网络异常，请稍后重试",
                     "deleted": "该内容已被发布者删除", "reprint": "转载", "original": "原创", "reward": "喜欢作者", "follow": "关注",
                     "followed": "已关注", "profile": "公众号", "read_more": "阅读原文", "read_count": "阅读", "ip_area": "IP属地"}
            body += ("<script type=\"text/javascript\">\nvar __i18n = " + json.dumps({lang: words for lang in ("zh_CN", "zh_TW", "zh_HK")}, ensure_ascii=False)
                     + ";\nvar __emojiMap = " + json.dumps({f"[{w}]": f"/mpres/emoji/{i:03d}.png" for i, w in enumerate(
                         ["微笑", "撇嘴", "色", "发呆", "得意", "流泪", "害羞", "闭嘴", "睡", "大哭", "尴尬", "发怒", "调皮", "呲牙", "惊讶", "难过",
                          "囧", "抓狂", "吐", "偷笑", "愉快", "白眼", "傲慢", "困", "惊恐", "憨笑", "悠闲", "咒骂", "疑问", "嘘", "晕", "衰",
                          "骷髅", "敲打", "再见", "擦汗", "抠鼻", "鼓掌", "坏笑", "右哼哼", "鄙视", "委屈", "快哭了", "阴险", "亲亲", "可怜",
                          "笑脸", "生病", "脸红", "破涕为笑", "恐惧", "失望", "无语", "嘿哈", "捂脸", "奸笑", "机智", "皱眉", "耶", "吃瓜",
                          "加油", "汗", "天啊", "社会社会", "旺柴", "好的", "打脸", "哇", "翻白眼", "666", "让我看看", "叹气", "苦涩", "裂开",
                          "玫瑰", "凋谢", "爱心", "心碎", "拥抱", "强", "弱", "握手", "胜利", "抱拳", "勾引", "拳头", "OK", "合十", "啤酒",
                          "咖啡", "蛋糕", "红包", "發", "福", "烟花", "爆竹", "猪头", "跳跳", "发抖", "转圈"])}, ensure_ascii=False)
                     + ";\nfunction renderEmoji(text) { return text.replace(/\\[[^\\]]+\\]/g, function (k) { return __emojiMap[k] ? '<img class=\"emoji\" src=\"' + __emojiMap[k] + '\">' : k; }); }\n</script>")
        else:  # the e-paper's version index
            y, m, d = _ymd(art)
            idx = []
            for i, b in enumerate(BANS):
                hs = _heads(rng, 5, ["主城", "渝北", "九龙坡", "南岸", "江北", "巴南", "北碚", "大渡口", "万州", "涪陵", "永川", "合川"],
                            ["新增一批便民服务点", "启动暑期安全教育", "老旧小区改造加速推进", "举办夏季招聘会", "一批文体场馆免费开放",
                             "开展防汛应急演练", "夜间经济持续升温", "推进背街小巷整治", "社区食堂受居民欢迎", "乡村公路提档升级"])
                idx.append(f'<dl class="ban"><dt><a href="node_{i + 1}.htm">第{i + 1:02d}版：{b}</a></dt>'
                           + "".join(f'<dd><a href="content_{_n(rng, 6)}.htm">{esc(h)}</a></dd>' for h in hs) + "</dl>")
            pdata = [{"ban": f"{i + 1:02d}", "name": b, "pic": f"../../../page/{y}-{m}/{d}/{i + 1:02d}/{y}{m}{d}{i + 1:02d}_b.jpg",
                      "pdf": f"../../../page/{y}-{m}/{d}/{i + 1:02d}/{_n(rng, 8)}.pdf",
                      "articles": [{"id": _n(rng, 6), "coords": [rng.randint(0, 700) for _ in range(8)]} for _ in range(5)]}
                     for i, b in enumerate(BANS)]
            group = [("首页", []), ("重庆", ["时政", "区县", "民生", "城建"]), ("财经", ["产业", "金融", "消费"]), ("文体", ["文化", "体育", "娱乐"]),
                     ("视频", ["现场", "直播"]), ("数字报", ["山城晨报", "晨报周刊"]), ("服务", ["订报", "广告", "热线", "联系我们"])]
            cals = "".join(f'<table class="cal2"><caption>{y}年{mm}月</caption><tr>' + "".join(
                f'<td><a href="../../{y}-{mm:02d}/{k:02d}/node_1.htm">{k}</a></td>' + ("</tr><tr>" if k % 7 == 0 else "") for k in range(1, 31))
                + "</tr></table>" for mm in (int(m) - 2, int(m) - 1))
            body = (f'<div class="group-nav" style="width:1000px;margin:0 auto">{_menu(group, rng, prefix="https://www.scchb.com/")}</div>' + body
                    + f'<div class="bmdh" style="width:1000px;margin:0 auto"><h4>{y}年{int(m)}月{int(d)}日 版面导航</h4>{"".join(idx)}</div>'
                    + f'<div class="wqhg" style="display:none">{cals}</div>'
                    + "<script type=\"text/javascript\">\nvar pageData = " + json.dumps(pdata, ensure_ascii=False) + ";\n"
                    "function hotArea(ban, id) {\n  for (var i = 0; i < pageData.length; i++) {\n    if (pageData[i].ban !== ban) { continue; }\n"
                    "    for (var j = 0; j < pageData[i].articles.length; j++) {\n      var a = pageData[i].articles[j];\n"
                    "      if (a.id === id) { return a.coords; }\n    }\n  }\n  return null;\n}\n</script>")
            body += (''
                     + _navjson([(f"第{i + 1:02d}版：{b}", []) for i, b in enumerate(BANS)], rng, f"../../../html/{y}-{m}/{d}/"))
        return head, body, url
    return wrap


TEMPLATES = {"jwjc_tb153": jwjc_tb153, "fl_mp153": fl_mp153, "sina_df153": sina_df153, "xzf_zc153": xzf_zc153,
             "zjw_wy153": zjw_wy153, "gx_jz153": gx_jz153, "dsb_04qx153": dsb_04qx153}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages153", {k: _weighted(k, f) for k, f in TEMPLATES.items()}, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
