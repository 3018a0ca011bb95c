"""Build the hundred-and-fifty-fifth saved-page set (``pages155``): all held apart, for issue #23,
written at a real page's weight (every page at least 30 KB, with a full site's chrome).

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used: 区 政府网 乡镇街道动态 pages (a GBK 镇 党委 扩大会议 report and a 村 集体经济 news page,
``zjdt155``), a 区 人社局 公众号 招聘会 post (``rsj_mp155``), 新华网-like 地方频道 pages with 网友评论
and 热点 (``xhw_df155``), 省 政府网 政策解读 图文 pages (``szf_zcjd155``), a 中学 公众号 研学 post
(``zx_mp_yx155``), 区 应急局 安全检查 pages (a GBK 通报 with a table and a GBK news page,
``yjj_aqjc155``) and a 区报 e-paper 第02版 综合 (``xb_02zh155``). ``articles.txt`` holds the title,
date and reference body; the furniture (not body) is written here, the repetitive chrome (menus,
lists, comments, link grids, scripts) in loops. See README.md.

    python tests/data/web/pages155/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["郑晓丽", "何文博", "刘洋", "冉庆", "陈思远", "向阳", "杨柳", "黄建华", "田野", "邹敏", "宋佳", "袁伟"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")

# Headline pieces for the chrome's lists (teasers, rankings, related): combined per page, own words.
SUBJ = ["全区", "区卫健委", "区教委", "区交通局", "区农业农村委", "区住建委", "区文旅委", "区市场监管局", "区生态环境局",
        "区税务局", "区民政局", "区司法局", "区水利局", "区商务委", "区科技局", "区妇联", "团区委", "区总工会"]
EVT = ["召开专题会议部署下半年重点工作", "开展安全生产隐患大排查", "启动夏季群众文化活动", "举办基层业务骨干培训班",
       "推进老旧小区改造项目", "召开季度经济运行分析会", "开展食品安全宣传周活动", "完成首批招商项目集中签约",
       "开展防溺水安全教育进校园", "举办职工岗位技能比武", "召开优化营商环境推进会", "开展河道清漂专项行动",
       "举办农村实用人才培训", "推动政务服务事项就近可办", "开展文明城区创建入户宣传", "组织应急救援综合演练",
       "召开乡村振兴工作推进会", "开展为民办实事回头看"]
TOWNS = ["丁家街道", "青杠街道", "璧城街道", "璧泉街道", "来凤街道", "大路街道", "河边镇", "丹凤街道", "福禄镇",
         "大兴镇", "正兴镇", "广普镇", "三合镇", "八塘镇", "七塘镇", "健龙镇", "金剑山镇"]
VILL = ["召开村民代表大会", "开展环境卫生整治", "举办农技培训", "组织志愿服务活动", "推进高标准农田建设",
        "开展矛盾纠纷排查", "召开产业发展座谈会", "开展敬老爱老慰问", "举行消防应急演练", "开展垃圾分类宣传"]
CMT_NAMES = ["江城老李", "山城小王", "嘉陵江边", "一杯清茶", "追风少年", "川南过客", "酒城人家", "竹林深处", "蜀道行",
             "晴天小猪", "老街坊", "长江之滨", "夜雨", "向日葵", "开心就好", "大山里的娃", "锦江春色", "云上"]
CMT_TEXT = ["这个地方周末去过，确实不错。", "希望多报道一些这样的好事。", "家乡变化越来越大了，点赞！",
            "停车有点难，建议多规划些车位。", "小时候就在这附近长大，很怀念。", "请问节假日开不开放？",
            "做得好，老百姓看得见。", "能不能把公交线路也延伸过去？", "下次带孩子去看看。", "支持，继续加油！",
            "价格还算实惠，就是人有点多。", "路修好了，出行方便多了。", "希望能长期坚持下去。",
            "之前去过一次，服务很热情。", "这样的报道看着暖心。", "周边配套再完善一下就更好了。",
            "外地人表示很想去转转。", "有没有具体的开放时间？", "为家乡骄傲！", "实实在在的变化，点个赞。"]
LINKS = ["中国政府网", "重庆市人民政府", "四川省人民政府", "国家发展和改革委员会", "教育部", "科学技术部", "工业和信息化部",
         "民政部", "司法部", "财政部", "人力资源和社会保障部", "自然资源部", "生态环境部", "住房和城乡建设部",
         "交通运输部", "水利部", "农业农村部", "商务部", "文化和旅游部", "国家卫生健康委员会", "应急管理部",
         "国家市场监督管理总局", "国家统计局", "国家医疗保障局", "万州区", "涪陵区", "渝中区", "大渡口区", "江北区",
         "沙坪坝区", "九龙坡区", "南岸区", "北碚区", "綦江区", "大足区", "渝北区", "巴南区", "黔江区", "长寿区",
         "江津区", "合川区", "永川区", "南川区", "璧山区", "铜梁区", "潼南区", "荣昌区", "开州区", "梁平区", "武隆区"]


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _short_head(p: str) -> bool:
    """A short bar head inside the text (``岗位亮点``, ``目标任务``: no punctuation, under nine characters)."""
    return len(p) <= 8 and not any(c in p for c in "。，；：！？、 ")


def _table(rows, cell, attrs) -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; ``cell(text,
    is_header)`` lays out one cell)."""
    out = []
    for i, r in enumerate(rows):
        out.append("<tr>" + "".join(cell(esc(c), i == 0) for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, cell, attrs, special=None) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table, ``special(p)`` (when it
    gives markup) first, other lines through ``para``."""
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(_table(rows, cell, attrs))
            rows = []
        if p is None:
            break
        got = special(p) if special else None
        out.append(got if got is not None else para(esc(p)))
    return out


def _headline(rng) -> str:
    return rng.choice(SUBJ) + rng.choice(EVT)


def _town_line(rng) -> str:
    return rng.choice(TOWNS) + rng.choice(VILL)


def _date_near(rng, art, back: int = 40) -> str:
    """A date some days before the article's (for list items), as ``YYYY-MM-DD``."""
    import datetime
    d = datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=rng.randint(0, back))
    return d.isoformat()


def _menu(rng, cols, sub_pool, href, k=(8, 16)) -> list[tuple[str, list[str]]]:
    """A site menu: each column with its sub-columns drawn from ``sub_pool`` (own names)."""
    out = []
    for c in cols:
        subs = rng.sample(sub_pool, rng.randint(*k))
        out.append((c, subs))
    return out


def _menu_html(menu, ul_cls, li_cls, sub_cls, href) -> str:
    parts = []
    for i, (c, subs) in enumerate(menu):
        sub = "".join(f'<li><a href="{href(i, j)}" target="_blank" title="{s}">{s}</a></li>' for j, s in enumerate(subs))
        parts.append(f'<li class="{li_cls}" data-index="{i}"><a href="{href(i, -1)}" class="nav-a">{c}</a>'
                     f'<div class="{sub_cls}"><ul>{sub}</ul></div></li>')
    return f'<ul class="{ul_cls}">' + "".join(parts) + "</ul>"


GOV_SUBS = ["领导信息", "机构职能", "政策文件", "政策解读", "通知公告", "部门动态", "镇街动态", "图片新闻", "视频新闻",
            "人事信息", "规划计划", "财政预决算", "统计信息", "重点项目", "政府采购", "公共资源交易", "建议提案办理",
            "行政执法", "权责清单", "双随机一公开", "应急管理", "安全生产", "教育", "医疗卫生", "社会保障", "就业创业",
            "住房保障", "生态环境", "食品药品", "乡村振兴", "民生实事", "营商环境", "招商引资", "区情概况", "历史文化",
            "旅游资源", "便民服务", "办事指南", "在线咨询", "区长信箱", "意见征集", "在线访谈", "网上调查", "依申请公开",
            "信息公开年报", "信息公开指南", "政府工作报告", "新闻发布会", "专题专栏", "政务服务地图"]
GOV_COLS = ["首页", "走进璧山", "政务公开", "政务服务", "互动交流", "新闻动态", "专题专栏", "数据开放", "投资璧山",
            "文化旅游", "镇街之窗", "部门之窗", "便民服务"]


def _stats_script(rng, site_id: str, extra: str = "") -> str:
    """A statistics and configuration script of realistic length."""
    return ("<script type=\"text/javascript\">\n"
            "var _hmt = _hmt || [];\n(function() {\n  var hm = document.createElement(\"script\");\n"
            f"  hm.src = \"https://hm.baidu.com/hm.js?{_n(rng, 16)}{_n(rng, 16)}\";\n"
            "  var s = document.getElementsByTagName(\"script\")[0];\n  s.parentNode.insertBefore(hm, s);\n})();\n"
            f"var siteConfig = {{siteId: \"{site_id}\", channelId: \"{_n(rng, 5)}\", docId: \"{_n(rng, 7)}\", "
            "searchUrl: \"/search/index.html\", fontSizes: [14, 16, 18, 20], elderMode: false, "
            "barrierFree: {enabled: true, speechRate: 1.0, cursorSize: \"large\", tips: \"无障碍浏览已开启，按Esc键退出\"}, "
            "share: {title: document.title, channels: [\"wechat\", \"weibo\", \"qzone\", \"qq\"]}};\n"
            "function setFont(size) {\n  var box = document.getElementById(\"zoom\");\n  if (!box) { return; }\n"
            "  box.style.fontSize = size + \"px\";\n  var list = box.getElementsByTagName(\"p\");\n"
            "  for (var i = 0; i < list.length; i++) { list[i].style.fontSize = size + \"px\"; }\n}\n"
            "function doPrint() {\n  var html = document.getElementById(\"zoom\").innerHTML;\n"
            "  var w = window.open(\"\", \"_blank\");\n  w.document.write(\"<html><head><title>打印</title></head><body>\" + html + \"</body></html>\");\n"
            "  w.document.close();\n  w.print();\n}\n"
            "(function() {\n  var ua = navigator.userAgent.toLowerCase();\n  var isMobile = /iphone|android|mobile/.test(ua);\n"
            "  if (isMobile) { document.documentElement.className += \" mobile\"; }\n"
            "  var links = document.querySelectorAll(\"a[target=_blank]\");\n"
            "  for (var i = 0; i < links.length; i++) {\n    links[i].addEventListener(\"click\", function(e) {\n"
            "      var href = this.getAttribute(\"href\") || \"\";\n"
            "      if (href.indexOf(\"http\") === 0 && href.indexOf(location.host) < 0) {\n"
            "        if (!confirm(\"您访问的链接即将离开本网站，是否继续？\")) { e.preventDefault(); }\n      }\n    });\n  }\n})();\n"
            + extra + "</script>")


def _css(prefix: str, color: str) -> str:
    """A site stylesheet block (varied by design)."""
    rules = []
    for i, sel in enumerate(["body", ".wrap", ".header", ".top-bar", ".nav", ".nav li", ".nav .sub", ".crumb", ".main",
                             ".article", ".article h1", ".info", ".content p", ".side", ".side h3", ".side li",
                             ".footer", ".footer p", ".links select", ".share", ".page-turn", ".hot li span"]):
        rules.append(f".{prefix} {sel}{{margin:0 auto;padding:{i % 5 * 2}px {i % 7}px;color:{color if i % 3 == 0 else '#333'};"
                     f"font-size:{12 + i % 6}px;line-height:{1.5 + (i % 4) / 10:.1f};border-bottom:{i % 2}px solid #e5e5e5}}")
    return "<style>" + "\n".join(rules) + "</style>"


def _gov_footer(rng, sponsor: str, code: str, icp: str, ga: str, addr: str) -> str:
    opts = "".join(f'<option value="http://www.example{_n(rng, 3)}.gov.cn">{x}</option>' for x in LINKS)
    return (f'<div class="footer"><div class="links"><span>友情链接：</span>'
            f'<select onchange="window.open(this.value)"><option>—— 国家部委网站 ——</option>{opts[:len(opts) // 2]}</select>'
            f'<select onchange="window.open(this.value)"><option>—— 区县政府网站 ——</option>{opts[len(opts) // 2:]}</select>'
            f'<select><option>—— 区级部门网站 ——</option>' + "".join(f"<option>{s[1:]}</option>" for s in SUBJ if s.startswith("区")) + '</select></div>'
            '<div class="ft-nav"><a>关于我们</a> | <a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a> | <a>隐私声明</a></div>'
            f'<p>主办：{sponsor}　承办：{sponsor}办公室　地址：{addr}</p>'
            f'<p>网站标识码：{code}　<a href="https://beian.miit.gov.cn">{icp}ICP备{_n(rng, 8)}号</a>　'
            f'<img src="/images/beian.png">{ga}公网安备 {_n(rng, 14)}号</p>'
            '<p>建议使用1366×768分辨率，IE10及以上浏览器浏览本站</p>'
            '<div class="jg"><a href="#"><img src="/images/dzjg.png" alt="党政机关"></a>'
            '<a href="#"><img src="/images/jiucuo.png" alt="政府网站找错"></a></div></div>')


def _gov_header(rng, name: str, cols, subs, host: str, mobile: bool = True) -> str:
    menu = _menu(rng, cols, subs, None)
    href = lambda i, j: f"{host}/{'col' if j < 0 else 'sub'}{i:02d}{'' if j < 0 else f'_{j:02d}'}/index.html"  # noqa: E731
    pc = _menu_html(menu, "nav-list", "nav-item", "sub-nav", href)
    mob = (f'<div class="m-nav" style="display:none"><div class="m-nav-t">导航</div>'
           + _menu_html(menu, "m-list", "m-item", "m-sub", href) + '</div>') if mobile else ""
    return (f'<div class="top-bar"><div class="wrap"><span class="date"><script>var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></span>'
            '<span class="r"><a>无障碍浏览</a> | <a>长者模式</a> | <a>English</a> | <a>登录</a> | <a>注册</a> | <a>设为首页</a> | <a>加入收藏</a></span></div></div>'
            f'<div class="header"><div class="wrap"><a class="logo"><img src="/images/logo.png" alt="{name}"></a>'
            '<form class="search" action="/search/index.html" method="get"><input type="text" name="q" placeholder="请输入关键词">'
            '<select name="scope"><option>全站</option><option>政策文件</option><option>办事服务</option></select>'
            '<button type="submit">搜索</button></form><div class="hot-words">热词：<a>营商环境</a> <a>社保</a> <a>公积金</a> <a>入学</a></div></div></div>'
            f'<div class="nav"><div class="wrap">{pc}</div></div>{mob}')


def _slider(rng, art, host: str, k: int = 5) -> str:
    items = "".join(f'<li><a href="{host}/tpxw/{_n(rng, 7)}.html"><img src="{host}/images/slide{i}.jpg" alt=""><p>{esc(_headline(rng))}</p></a></li>'
                    for i in range(k))
    return f'<div class="slider"><ul class="slide-list">{items}</ul><div class="dots">' + "<span></span>" * k + '</div></div>'


def _dated_list(rng, art, k, fmt) -> str:
    return "".join(fmt(esc(_headline(rng)), _date_near(rng, art)) for _ in range(k))


def zjdt155(art, rng, others):
    """区 政府网 镇街动态: p01 (GBK) a 镇 党委 扩大会议 report on an old table layout — a full menu,
    a glued ``发布时间：…来源：…作者：…浏览次数：`` line with a ``document.write`` counter, ``<b>一、…</b>``
    heads, ``1.``…``4.`` project items, a quote; p02 a 村 集体经济 news page whose only visible date is a
    later 更新时间 (meta ``PubDate`` and the URL give the publication date), a photo and 楷体 caption, a
    closing one; both with a 镇街动态 column list beside the article, 责任编辑, 上一篇/下一篇, 相关新闻
    with dates, share bar, friend-link selects and the footer (not body)."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    host = "http://www.bishan.gov.cn"
    url = f"{host}/zwxx_208/zjdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    if p01:
        para = lambda t: f'<p style="text-indent:2em;line-height:2"><font face="仿宋_GB2312" style="font-size:16pt">{t}</font></p>'  # noqa: E731
        special = lambda p: (f'<p style="text-indent:2em;line-height:2"><b><font face="黑体" style="font-size:16pt">{esc(p)}</font></b></p>'  # noqa: E731
                             if _head(p) else None)
        info = (f'<td class="info" align="center">发布时间：{y}-{m}-{d}来源：七塘镇作者：七塘镇党政办浏览次数：'
                f'<script>document.write(" {_n(rng, 3)} ")</script>【字号：<a href="javascript:setFont(18)">大</a> '
                '<a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</td>')
    else:
        para = lambda t: f'<p style="text-indent:2em;margin-bottom:12px"><span style="font-size:16px;font-family:宋体">{t}</span></p>'  # noqa: E731
        special = None
        info = (f'<td class="info" align="center">来源：健龙镇　　更新时间：{y}-{m}-{int(d) + 1:02d} {_hm(rng)}:{rng.randint(10, 59)}　　'
                f'阅读：<span id="hits">{_n(rng, 3)}</span>　【<a href="javascript:doPrint()">打印</a>】</td>')
    cell = lambda t, h: f'<td align="center">{t}</td>'  # noqa: E731
    blocks = _blocks(art["body"], para, cell, 'border="1" width="100%"', special)
    if not p01:
        blocks.insert(2, f'<p align="center"><img src="/u/cms/www/{y}{m}/{_n(rng, 12)}.jpg" width="600" border="0"></p>'
                         '<p align="center"><span style="font-family:楷体_GB2312;font-size:15px">图为三合村荷塘景色。（健龙镇供图）</span></p>')
    side = ('<div class="side-box"><div class="side-t">镇街动态</div><ul>'
            + "".join(f'<li><a href="/zwxx_208/zjdt/{_n(rng, 8)}.html" title="">{esc(_town_line(rng))}</a><span>{_date_near(rng, art)[5:]}</span></li>' for _ in range(14))
            + '</ul></div><div class="side-box"><div class="side-t">专题专栏</div>'
            + "".join(f'<a href="/ztzl/{i}/"><img src="/images/zt{i}.jpg" alt="专题{i}" width="260"></a>' for i in range(1, 6))
            + '</div><div class="side-box"><div class="side-t">热点排行</div><ol>'
            + "".join(f'<li><em>{i + 1}</em><a>{esc(_headline(rng))}</a></li>' for i in range(10)) + '</ol></div>')
    pn = rng.sample(TOWNS, 2)
    tail = (f'<p align="right" class="zrbj">（责任编辑：{who[0]}）</p>'
            f'<div class="page-turn"><p>上一篇：<a>{esc(pn[0] + rng.choice(VILL))}</a></p><p>下一篇：<a>{esc(pn[1] + rng.choice(VILL))}</a></p></div>'
            '<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a>'
            '<span class="qr"><img src="/images/qr_bishan.png">扫一扫在手机打开当前页</span></div>'
            '<div class="xgxw"><div class="t">相关新闻</div><ul>'
            + _dated_list(rng, art, 8, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>') + '</ul></div>')
    crumb = f'<div class="crumb">当前位置：<a href="{host}">首页</a> &gt; <a>政务公开</a> &gt; <a>镇街动态</a></div>'
    article = (f'<table width="100%" cellpadding="0" cellspacing="0" class="art-tb"><tr><td class="title" align="center">'
               f'<font size="5" color="#c00"><b>{esc(art["title"])}</b></font></td></tr><tr>{info}</tr>'
               f'<tr><td><div id="zoom" class="TRS_Editor">' + "".join(blocks) + f'</div></td></tr><tr><td>{tail}</td></tr></table>')
    body = (_gov_header(rng, "重庆市璧山区人民政府", GOV_COLS, GOV_SUBS, host) + _slider(rng, art, host, 6)
            + f'<div class="wrap main">{crumb}<table width="1200" align="center"><tr><td width="880" valign="top">{article}</td>'
            f'<td width="20"></td><td width="300" valign="top" class="side">{side}</td></tr></table></div>'
            '<!-- 底部开始 -->' + _gov_footer(rng, "重庆市璧山区人民政府办公室", "5001200002", "渝", "渝", "重庆市璧山区璧城街道双星大道1号")
            + _stats_script(rng, "bishan_gov", "var zjdtList = " + str([_town_line(rng) for _ in range(8)]).replace("'", '"') + ";\n"))
    head = (f'<title>{esc(art["title"])}_镇街动态_重庆市璧山区人民政府</title>'
            f'<meta name="SiteName" content="重庆市璧山区人民政府"><meta name="ColumnName" content="镇街动态">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="keywords" content="璧山,镇街动态">'
            + _css("gov", "#b40000"))
    if not p01:
        head += f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
    return head, body, url


def _wx_chrome(rng, art, nickname: str, wid: str) -> str:
    """What a saved WeChat page carries besides the post: the account's profile card, a 喜欢此内容的人
    还喜欢 list, the PC QR block, a long ``window.cgiData`` configuration script and the page's style
    rules (own words; not body)."""
    rec = "".join(f'<li class="relate_item"><a href="https://mp.weixin.qq.com/s/{wid[:8]}{i}"><img src="https://mmbiz.qpic.cn/mmbiz_jpg/{wid[:6]}{i}/300">'
                  f'<div class="relate_title">{esc(_headline(rng))}</div><div class="relate_meta">{esc(nickname)} · 阅读 {_n(rng, 4)}</div></a></li>'
                  for i in range(12))
    keys = ["appmsg_type", "is_original", "copyright_info", "author", "ori_create_time", "show_cover_pic", "is_limit_user",
            "comment_id", "reward_total_count", "is_pay_subscribe", "video_page_info", "audio_info", "topic_info",
            "appmsg_album_info", "link_share", "share_img", "round_head_img", "hd_head_img", "signature", "service_type",
            "alias", "svr_time", "source_url", "can_reward", "is_care_mode", "need_report_cost", "use_tx_video_player",
            "ban_scene", "ip_wording", "real_item_show_type", "appmsg_like_type", "is_in_pay_qa", "enterid"]
    cgi = ",\n".join(f'  {k}: "{_n(rng, rng.randint(2, 10)) if i % 3 else esc(_headline(rng))}"' for i, k in enumerate(keys * 3))
    css = "".join(f".wx_{i}{{display:{'none' if i % 4 == 0 else 'block'};margin:{i % 7}px {i % 5}px;font-size:{12 + i % 5}px;"
                  f"color:rgba(0,0,0,0.{i % 9 + 1});border-radius:{i % 6}px}}" for i in range(160))
    return (f'<div class="profile_card" style="display:none"><img class="profile_avatar" src="https://wx.qlogo.cn/mmhead/{wid[:12]}/0">'
            f'<strong class="profile_nickname">{esc(nickname)}</strong><p class="profile_meta">微信号：{_n(rng, 8)}</p>'
            f'<p class="profile_meta">功能介绍：发布{esc(nickname)}工作动态、通知公告和服务信息。</p></div>'
            f'<div class="relate_wrp"><div class="relate_title_wrp">喜欢此内容的人还喜欢</div><ul class="relate_list">{rec}</ul></div>'
            '<div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc_inner"><img class="qr_code_pc_img" src="/mp/qrcode?scene=10000004&size=102">'
            '<p>微信扫一扫<br>关注该公众号</p></div></div>'
            f'<script>window.cgiData = {{\n{cgi}\n}};</script><style>{css}</style>')


def rsj_mp155(art, rng, others):
    """区 人社局 公众号 招聘会 post: ``publish_time`` visible, an 原创-less nickname header, a
    ``点击蓝字 关注我们`` banner, pill bar heads (``岗位亮点``, ``现场服务``, body), 活动时间/地点 lines and a
    咨询电话 line (body), a 岗位 table (body), ``1.`` items and a closing slogan (body); a 参会企业
    名单 image note, a ▲ caption, a 乘车路线 box, 来源/编辑/审核 lines, 往期推荐, 阅读原文, 精选留言 and
    the WeChat page scripts (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    wid = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))
    url = f"https://mp.weixin.qq.com/s/{wid}"
    who = rng.sample(WHO, 3)

    def special(p):
        if _short_head(p):
            return (f'<section style="margin:24px 0 12px;text-align:center"><section style="display:inline-block;padding:5px 22px;'
                    f'background:linear-gradient(90deg,#ff7a45,#f5222d);border-radius:20px;box-shadow:0 2px 6px rgba(245,34,45,.3)">'
                    f'<p style="margin:0"><strong><span style="color:#fff;font-size:17px;letter-spacing:2px">{esc(p)}</span></strong></p></section></section>')
        if p.startswith(("活动时间：", "活动地点：", "咨询电话：")):
            k, v = p.split("：", 1)
            return f'<p style="line-height:1.8"><span style="color:#f5222d;font-size:15px"><strong>{esc(k)}：</strong></span><span style="font-size:15px">{esc(v)}</span></p>'
        if p.endswith("我们周六见！"):
            return f'<p style="text-align:center;margin-top:20px"><strong><span style="color:#f5222d;font-size:17px">{esc(p)}</span></strong></p>'
        return None

    cell = lambda c, h: (f'<td style="border:1px solid #f5b7a8;padding:6px;text-align:center;{"background:#ff7a45;color:#fff;" if h else ""}">'  # noqa: E731
                         f'<span style="font-size:14px">{c}</span></td>')
    out = []
    for b in _blocks(art["body"], lambda x: f'<p style="line-height:1.8;margin-bottom:14px;text-align:justify"><span style="font-size:15px;color:#333;letter-spacing:1px">{x}</span></p>',
                     cell, 'style="width:100%;border-collapse:collapse"', special):
        out.append(b)
        if "医疗健康等行业" in b:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{wid[:12]}/640?wx_fmt=jpeg" class="rich_pages wxw-img"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">▲去年“春风行动”招聘会现场</span></p>')
        if "一站式服务" in b:
            out.append('<p style="text-align:center"><span style="font-size:13px;color:#999">（参会企业名单及岗位详情见文末图片）</span></p>')
    banner = ('<section style="text-align:center;margin-bottom:16px"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/rsj_top/640?wx_fmt=gif">'
              '<p><span style="font-size:12px;color:#f5222d">点击蓝字 关注我们</span></p></section>')
    box = ('<section style="margin-top:24px;padding:12px 16px;border:1px solid #ffd8bf;background:#fff7f0;border-radius:6px">'
           '<p><strong><span style="color:#f5222d">乘车路线</span></strong></p>'
           '<p><span style="font-size:14px">轨道交通：乘坐3号线、9号线至观音桥站，从4号出口步行约200米。</span></p>'
           '<p><span style="font-size:14px">公交：乘坐市内多条线路至观音桥站下车。</span></p></section>'
           + "".join(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{wid[:10]}{i}/640"></p>' for i in range(6)))
    tail = (f'<p><span style="font-size:12px;color:#999">来源：区就业和人才中心</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong><span style="color:#f5222d">往期推荐</span></strong></p>'
            + "".join(f'<p><a><span style="font-size:14px;color:#576b95">{esc(x)}</span></a></p>' for x in
                      ["2024年江北区就业创业补贴政策汇总，请收藏！", "灵活就业人员如何参加社保？一文读懂", "高校毕业生求职创业补贴开始申领"])
            + '</section>')
    comments = "".join(
        f'<li class="comment_item"><div class="comment_nick">{esc(rng.choice(CMT_NAMES))}</div>'
        f'<div class="comment_content">{esc(x)}</div><div class="comment_meta"><span>{rng.randint(1, 3)}天前</span>'
        f'<span class="praise">{rng.randint(1, 60)}</span></div></li>'
        for x in rng.sample(["有没有适合应届生的岗位？", "周六一定去看看。", "去年在招聘会上找到了工作，感谢人社局！",
                             "能不能多办几场线上招聘？", "请问需要提前报名吗？", "已转发给正在找工作的朋友。",
                             "希望企业多提供一些技术岗位。", "带简历就行吗？"], 8))
    js = ("<script>var ct = \"" + str(_epoch(art, t)) + "\";\nvar nickname = \"江北人社\";\nvar user_name = \"gh_" + str(_n(rng, 12)) + "\";\n"
          "var msg_title = \"" + esc(art["title"]) + "\";\nvar msg_desc = \"" + esc(art["body"][1][:40]) + "\";\n"
          "var biz = \"" + wid[:16] + "==\";\nvar appmsgid = \"" + str(_n(rng, 10)) + "\";\nvar idx = \"1\";\n"
          "window.__appmsgCgiData = {can_use_page: 0, is_wxg_stuff_uin: 0, card_pos: \"\", copyright_stat: \"1\", "
          "source_encode_biz: \"\", hd_head_img: \"\", ori_head_img_url: \"\", msg_daily_idx: \"1\", "
          "creator_name: \"\", ip_wording: {country_name: \"中国\", province_name: \"重庆\", city_name: \"\"}};\n"
          + "".join(f"window.__moon_report_{i} = {{id: {_n(rng, 6)}, key: {i}, value: {rng.randint(1, 99)}, ts: {_epoch(art, t)}}};\n" for i in range(40))
          + "</script>")
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">江北人社</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">{banner}' + "".join(out) + box + tail + '</div>'
            '<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 <span id="readNum">' + str(_n(rng, 4)) + '</span></span>'
            '<span class="like">赞 ' + str(rng.randint(20, 90)) + '</span><span class="share">分享</span><span class="looking">在看 ' + str(rng.randint(5, 40)) + '</span></div>'
            '<div class="discuss_container"><div class="discuss_title">留言</div><a class="discuss_write">写留言</a><ul class="discuss_list">' + comments + '</ul></div>'
            '</div></div></div>' + _wx_chrome(rng, art, "江北人社", wid) + js)
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}"><meta name="description" content="{esc(art["body"][1][:50])}">'
            + "<style>" + "".join(f".rich_media_{k}{{margin:{i}px;padding:{i % 4}px;font-size:{13 + i % 5}px;color:#{i * 7 % 10}{i % 10}{i * 3 % 10}}}"
                                  for i, k in enumerate(["title", "meta", "content", "tool", "area_primary", "inner", "meta_list", "meta_text",
                                                         "meta_nickname", "area_extra", "extra", "wrp"] * 6)) + "</style>")
    return head, body, url


XHW_COLS = [("首页", []), ("时政", ["高层", "人事", "法治", "廉政", "理论"]), ("市州", ["成都", "绵阳", "德阳", "泸州", "宜宾", "南充", "乐山", "自贡", "内江", "达州", "广安", "遂宁", "眉山", "雅安", "巴中", "资阳", "攀枝花", "广元", "阿坝", "甘孜", "凉山"]),
            ("经济", ["产业", "金融", "消费", "开放", "园区"]), ("社会", ["教育", "医疗", "就业", "民生", "公益"]),
            ("文旅", ["景区", "非遗", "美食", "节庆", "文博"]), ("科技", ["前沿", "数字", "创新"]), ("生态", ["环保", "林草", "江河"]),
            ("乡村", ["产业", "治理", "人才"]), ("图片", ["新闻图片", "视觉", "组图"]), ("视频", ["现场", "微视频", "直播"]),
            ("专题", ["两会", "高质量发展", "蜀地行"]), ("网评", ["锐评", "快评"]), ("客户端", [])]


def _comments(rng, art, k, cls) -> str:
    out = []
    for i in range(k):
        rep = rng.random() < 0.25
        out.append(f'<div class="{cls}-item"><img class="avatar" src="//img.example.cn/avatar/{_n(rng, 6)}.png">'
                   f'<div class="{cls}-body"><p class="{cls}-name">{esc(rng.choice(CMT_NAMES))}<span class="loc">四川{rng.choice(["成都", "泸州", "宜宾", "绵阳", "自贡"])}</span></p>'
                   f'<p class="{cls}-txt">{esc(rng.choice(CMT_TEXT))}</p>'
                   + (f'<div class="{cls}-reply"><b>{esc(rng.choice(CMT_NAMES))}</b> 回复：{esc(rng.choice(CMT_TEXT))}</div>' if rep else "")
                   + f'<p class="{cls}-meta"><span>{_date_near(rng, art, 0)} {_hm(rng)}</span><a class="reply">回复</a>'
                   f'<a class="zan">赞({rng.randint(0, 88)})</a></p></div></div>')
    return "".join(out)


def xhw_df155(art, rng, others):
    """新华网-like 地方频道 (四川) article page: a channel menu with 21 市州 and sub-columns (plus a hidden
    phone copy), a 热点 slider, the ``新华网成都M月D日电`` opening run into the lead (body), a photo with a
    ``新华网 发（记者 name 摄）`` caption, bold ``记者：`` / ``竹农 name：`` turns (body), ``[责任编辑: …]``,
    a share bar, 网友评论 (25 comments with replies, under ``cmt-`` class names), 热点新闻/24小时排行 with
    dates, 推荐阅读 with pictures and the footer. p04 shows ``YYYY-MM-DD hh:mm:ss　来源：新华网``; p05
    shows no date (meta ``publishdate`` and the URL give it)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://sc.news.cn/{y}{m}{d}/{_n(rng, 16):x}/c.html"
    who = rng.sample(WHO, 4)
    para = lambda t: f'<p>　　{t}</p>'  # noqa: E731

    def special(p):
        if "：" in p[:10] and (p.startswith("记者：") or p.startswith("竹农")):
            k, v = p.split("：", 1)
            return f'<p>　　<strong>{esc(k)}：</strong>{esc(v)}</p>'
        return None

    blocks = _blocks(art["body"], para, lambda c, h: f"<td>{c}</td>", 'border="1"', special)
    cap = "图为“酒城1958”文创街区一角。" if p04 else "图为竹制品企业的生产车间。"
    blocks.insert(2, f'<p align="center"><img src="{_n(rng, 14)}_{_n(rng, 4)}.jpg" id="{_n(rng, 6)}" width="700"></p>'
                     f'<p align="center" class="pic-desc"><font face="楷体" color="#1f3c88">　　{cap}新华网 发（记者 {who[0]} 摄）</font></p>')
    top_menu = "".join(f'<li class="nav-item"><a href="http://sc.news.cn/{i}/">{c}</a>'
                       + ('<div class="sub">' + "".join(f'<a href="http://sc.news.cn/{i}/{j}/">{s}</a>' for j, s in enumerate(sub)) + '</div>' if sub else "")
                       + '</li>' for i, (c, sub) in enumerate(XHW_COLS))
    site_nav = "".join(f'<a href="http://www.news.cn/{k}/">{v}</a>' for k, v in [("politics", "时政"), ("local", "地方"), ("legal", "法治"),
                       ("world", "国际"), ("mil", "军事"), ("fortune", "财经"), ("tech", "科技"), ("ent", "文娱"), ("sports", "体育"),
                       ("photo", "图片"), ("video", "视频"), ("comments", "网评"), ("edu", "教育"), ("health", "健康"), ("travel", "旅游")])
    info = (f'<div class="info"><span class="h-time">{y}-{m}-{d} {_hm(rng)}:{rng.randint(10, 59)}</span>　<span>来源：新华网</span></div>'
            if p04 else '<div class="info"><span class="source">新华网</span></div>')
    hot = "".join(f'<li><em>{i + 1}</em><a href="http://sc.news.cn/{y}{m}/{_n(rng, 8)}.html">{esc(_headline(rng))}</a></li>' for i in range(10))
    latest = _dated_list(rng, art, 12, lambda t, dd: f'<li><a>{t}</a><span class="time">{dd[5:]}</span></li>')
    rec = "".join(f'<li><a><img src="//img.example.cn/rec/{_n(rng, 8)}.jpg"><p>{esc(_headline(rng))}</p></a></li>' for _ in range(8))
    share = ('<div class="share-box"><span>分享到：</span><a class="wx" title="微信">微信</a><a class="wb" title="新浪微博">微博</a>'
             '<a class="qz">QQ空间</a><a class="copy">复制链接</a><div class="wx-qr" style="display:none"><img src="/qr.png"><p>用微信扫描二维码<br>分享至好友和朋友圈</p></div></div>')
    cmts = (f'<div class="cmt-wrap" id="comment"><div class="cmt-head"><b>网友评论</b><span>已有{rng.randint(30, 90)}人参与</span></div>'
            '<div class="cmt-form"><textarea placeholder="文明上网，理性发言"></textarea><button>发表</button></div>'
            f'<div class="cmt-list">{_comments(rng, art, 40, "cmt")}</div><a class="cmt-more">查看更多评论</a></div>')
    body = (f'<div class="topbar"><div class="wrap"><a href="http://www.news.cn/">新华网</a>{site_nav}<span class="r"><a>登录</a> <a>注册</a> <a>客户端</a></span></div></div>'
            f'<div class="header"><a class="logo"><img src="//sc.news.cn/images/logo_sc.png" alt="新华网四川频道"></a>'
            '<form class="search"><input type="text" placeholder="搜索"><button>搜索</button></form></div>'
            f'<div class="nav"><ul class="nav-list">{top_menu}</ul></div>'
            f'<div class="m-nav" style="display:none"><ul>{top_menu}</ul></div>'
            f'<div class="hot-slide"><b>热点</b><ul>' + "".join(f'<li><a>{esc(_headline(rng))}</a></li>' for _ in range(6)) + '</ul></div>'
            f'<div class="wrap main"><div class="crumb"><a>新华网</a> &gt; <a>四川频道</a> &gt; <a>市州</a> &gt; <a>正文</a></div>'
            f'<div class="left"><div class="h-title"><h1>{esc(art["title"])}</h1>{info}</div>'
            f'<div class="p-detail" id="detail">' + "".join(blocks) + '</div>'
            f'<div class="editor">[责任编辑: {who[1]}]</div>{share}'
            f'<div class="rec"><div class="t">推荐阅读</div><ul>{rec}</ul></div>{cmts}</div>'
            f'<div class="right"><div class="box"><div class="t">热点新闻</div><ol>{hot}</ol></div>'
            f'<div class="box"><div class="t">24小时排行</div><ul>{latest}</ul></div>'
            '<div class="box ad"><img src="//sc.news.cn/images/ad_300x250.jpg"></div>'
            '<div class="box"><div class="t">图片</div>' + "".join(f'<a><img src="//img.example.cn/pic/{_n(rng, 8)}.jpg"><p>{esc(_town_line(rng))}</p></a>' for _ in range(8)) + '</div>'
            '<div class="box"><div class="t">视频</div>' + "".join(f'<a><img src="//img.example.cn/v/{_n(rng, 8)}.jpg"><span class="dur">0{rng.randint(1, 5)}:{rng.randint(10, 59)}</span><p>{esc(_headline(rng))}</p></a>' for _ in range(8)) + '</div></div></div>'
            '<div class="foot"><div class="foot-links">' + "".join(f'<a>{x}</a>' for x in LINKS[:30]) + '</div>'
            '<p><a>关于我们</a> | <a>版权声明</a> | <a>联系我们</a> | <a>网站地图</a></p>'
            f'<p>Copyright © 2000-{y} XINHUANET.com　All Rights Reserved.</p><p>制作单位：新华网四川频道　版权所有：新华网</p></div>'
            + _stats_script(rng, "xhw_sc", "var newsConfig = {channel: \"四川频道\", column: \"市州\", related: "
                            + str([_headline(rng) for _ in range(10)]).replace("'", '"') + "};\n"))
    head = (f'<title>{esc(art["title"])}-新华网</title><meta name="keywords" content="四川,地方">'
            f'<meta name="description" content="{esc(art["title"])}">' + _css("xhw", "#1f3c88"))
    if not p04:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="source" content="新华网">'
    return head, body, url


SZF_SUBS = ["省政府领导", "省政府文件", "省政府办公厅文件", "政策解读", "图解政策", "新闻发布会", "政务要闻", "市州动态",
            "部门动态", "重要会议", "人事任免", "规划信息", "财政信息", "统计数据", "重大项目", "政府采购", "应急管理",
            "建议提案", "法规规章", "行政规范性文件", "四川概况", "办事服务", "个人办事", "法人办事", "投资四川",
            "营商环境", "在线访谈", "省长信箱", "民意征集", "政务服务热线", "数据开放", "专题专栏", "四川发布"]
SZF_COLS = ["首页", "省政府", "新闻", "政务公开", "政策", "办事服务", "互动交流", "数据", "走进四川", "投资四川", "专题", "四川发布"]


def szf_zcjd155(art, rng, others):
    """省 政府网 政策解读 图文 pages: a 索引号/发布机构/成文日期 信息公开 grid, a full menu (12 columns, a
    hidden phone copy), bold ``一、…`` heads and ``1.``…``5.`` items (p06) or short bar heads between
    图解 images (p07) (body); 图解 images, a 相关文件 box (原文链接), a 解读机构/解读人 line, 扫一扫, 上一篇
    /下一篇, a 政策解读 list with dates and the footer (not body). p06 shows ``发布时间：… 来源：…``; p07
    only a later 更新时间 (meta ``PubDate`` and the URL give the publication date)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    host = "https://www.sc.gov.cn"
    url = f"{host}/10462/10464/13298/{y}/{int(m)}/{int(d)}/{_n(rng, 16):x}.shtml"
    para = lambda t: f'<p style="text-indent:2em;line-height:1.9;margin:0 0 12px"><span style="font-size:16px">{t}</span></p>'  # noqa: E731

    def special(p):
        if _head(p):
            return f'<p style="text-indent:2em"><strong><span style="font-size:16px;font-family:黑体">{esc(p)}</span></strong></p>'
        if _short_head(p):
            return (f'<div class="tujie-h" style="margin:20px 0 10px;border-left:5px solid #c21a1a;padding-left:10px">'
                    f'<p><strong><span style="font-size:18px;color:#c21a1a">{esc(p)}</span></strong></p></div>')
        return None

    out = []
    for b in _blocks(art["body"], para, lambda c, h: f"<td>{c}</td>", 'border="1"', special):
        out.append(b)
        if not p06 and "tujie-h" in b:
            out.append(f'<p style="text-align:center"><img src="/uploadfiles/{y}{m}/{_n(rng, 12)}.png" width="640" alt="图解"></p>')
    if p06:
        out.append(''.join(f'<p style="text-align:center"><img src="/uploadfiles/{y}{m}/{_n(rng, 12)}.jpg" width="640" alt="一图读懂"></p>' for _ in range(3)))
    grid = (f'<table class="xxgk-grid"><tr><td>索引号：</td><td>{_n(rng, 9)}/{y}-{_n(rng, 5)}</td><td>主题分类：</td><td>商贸、海关、旅游</td></tr>'
            f'<tr><td>发布机构：</td><td>{"四川省商务厅" if p06 else "四川省交通运输厅"}</td><td>成文日期：</td><td>{y}年{int(m)}月{int(d) - 2}日</td></tr>'
            f'<tr><td>标题：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
    info = (f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：四川省商务厅</span>'
            '<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span><span><a href="javascript:doPrint()">打印</a></span></div>'
            if p06 else
            f'<div class="info"><span>更新时间：{y}-{m}-{int(d) + 3:02d} {_hm(rng)}</span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
    rel = ('<div class="xgwj"><div class="t">相关文件</div><p>原文链接：<a>《四川省促进家政服务业提质扩容若干措施》</a></p>'
           '<p>解读机构：四川省商务厅　解读人：服务贸易处负责人</p></div>' if p06 else
           '<div class="xgwj"><div class="t">相关文件</div><p>原文链接：<a>《四川省推进农村客运高质量发展实施方案》</a></p>'
           '<p>来源：四川省交通运输厅</p></div>')
    jd = _dated_list(rng, art, 10, lambda t, dd: f'<li><a>{t.replace("召开", "解读：").replace("开展", "解读：")}</a><span>{dd}</span></li>')
    body = (_gov_header(rng, "四川省人民政府", SZF_COLS, SZF_SUBS, host)
            + f'<div class="wrap"><div class="crumb">您当前的位置：<a>首页</a> &gt; <a>政策</a> &gt; <a>政策解读</a></div>{grid}'
            f'<div class="article"><h1 class="title">{esc(art["title"])}</h1>{info}'
            '<div class="share-bar"><span>分享：</span><a class="wx"></a><a class="wb"></a></div>'
            '<div id="zoom" class="TRS_UEDITOR">' + "".join(out) + '</div>'
            f'{rel}<div class="qr"><img src="/images/qr_sc.png"><p>扫一扫在手机打开当前页</p></div>'
            f'<div class="pn"><p>上一篇：<a>{esc(_headline(rng))}</a></p><p>下一篇：<a>{esc(_headline(rng))}</a></p></div></div>'
            f'<div class="side"><div class="t">政策解读</div><ul>{jd}</ul>'
            '<div class="t">图解政策</div>' + "".join(f'<a><img src="/images/tj{i}.jpg" width="280"></a>' for i in range(4)) + '</div></div>'
            + _gov_footer(rng, "四川省人民政府办公厅", "5100000062", "蜀", "川", "成都市青羊区督院街30号")
            + _stats_script(rng, "sc_gov"))
    head = (f'<title>{esc(art["title"])}- 四川省人民政府网站</title><meta name="SiteName" content="四川省人民政府">'
            f'<meta name="ColumnName" content="政策解读"><meta name="ArticleTitle" content="{esc(art["title"])}">' + _css("szf", "#c21a1a"))
    if not p06:
        head += f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
    return head, body, url


def zx_mp_yx155(art, rng, others):
    """中学 公众号 研学 post: an empty ``publish_time`` (dated only by the script's ``ct``), ``任务一：…``
    pill heads, bold ``问：`` and ``修复师：`` turns, a centred slogan (body); a school banner, three ▲
    captions, an 研学小档案 card, 文字/图片/编辑/审核 lines, 往期回顾, 阅读/在看 and 精选留言 (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    wid = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))
    url = f"https://mp.weixin.qq.com/s/{wid}"
    who = rng.sample(WHO, 4)
    caps = iter(["▲同学们在青铜大立人像前记录", "▲隔着玻璃观看文物修复", "▲小组汇报现场"])

    def special(p):
        if p.startswith("任务") and "：" in p[:4]:
            return (f'<section style="margin:26px 0 12px"><section style="display:inline-block;padding:4px 16px;background:#2f54eb;'
                    f'border-radius:4px 16px 16px 4px"><p><span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></p></section></section>')
        if p.startswith(("问：", "修复师：")):
            k, v = p.split("：", 1)
            return f'<p style="line-height:1.8"><strong><span style="color:#2f54eb">{esc(k)}：</span></strong><span style="font-size:15px">{esc(v)}</span></p>'
        if p == "读万卷书，行万里路！":
            return f'<p style="text-align:center"><strong><span style="font-size:18px;color:#2f54eb">{esc(p)}</span></strong></p>'
        return None

    out = []
    for b in _blocks(art["body"], lambda x: f'<p style="line-height:1.8;margin-bottom:12px;text-indent:2em"><span style="font-size:15px">{x}</span></p>',
                     lambda c, h: f"<td>{c}</td>", "", special):
        out.append(b)
        if any(k in b for k in ("最高的青铜立人像之一", "一条条记下来", "概括了一天的收获")):
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{wid[:9]}{len(out)}/640?wx_fmt=jpeg"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{next(caps)}</span></p>')
        if "研学任务单" in b:
            out.append('<section style="margin:16px 0;padding:12px;background:#f0f5ff;border-radius:8px">'
                       '<p><strong><span style="color:#2f54eb">研学小档案</span></strong></p>'
                       '<p><span style="font-size:14px">研学地点：广汉三星堆博物馆</span></p><p><span style="font-size:14px">参与年级：高一年级20个班</span></p>'
                       '<p><span style="font-size:14px">研学主题：探寻古蜀文明</span></p></section>')
    banner = '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/school_banner/640"></section>'
    tail = (f'<p><span style="font-size:12px;color:#999">文字：{who[0]}　图片：{who[1]}</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[2]}　审核：{who[3]}</span></p>'
            '<section><p><strong><span style="color:#2f54eb">往期回顾</span></strong></p>'
            + "".join(f'<p><a><span style="font-size:14px;color:#576b95">{esc(x)}</span></a></p>' for x in
                      ["我校举行2024年春季运动会", "高三年级召开百日誓师大会", "书香校园丨第十届读书节开幕"]) + '</section>')
    comments = "".join(f'<li class="comment_item"><div class="nick">{esc(n)}</div><div class="txt">{esc(x)}</div><div class="meta">{rng.randint(1, 5)}天前 · 赞 {rng.randint(1, 40)}</div></li>'
                       for n, x in zip(rng.sample(["高一5班家长", "林妈妈", "老校友", "成都的风", "三星堆迷", "小雨"], 6),
                                       ["孩子回家讲了一晚上，收获满满！", "这样的活动多多益善。", "羡慕现在的学弟学妹。",
                                        "老师们辛苦了！", "下次可以去金沙遗址。", "照片拍得真好。"]))
    js = ("<script>var ct = \"" + str(_epoch(art, t)) + "\";\nvar nickname = \"成都某中学\";\nvar publish_time = \"\" || \"\";\n"
          "var msg_title = \"" + esc(art["title"]) + "\";\nvar msg_link = \"" + url + "\";\nvar biz = \"" + wid[:16] + "==\";\n"
          + "".join(f"window.__moon_initcallback_{i} = function() {{ return {{key: \"m{i}\", val: {rng.randint(1, 999)}, ok: true}}; }};\n" for i in range(60))
          + "</script>")
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">成都某中学</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{banner}' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {_n(rng, 4)}</span><span>在看 {rng.randint(10, 99)}</span></div>'
            f'<div class="discuss_container"><div class="discuss_title">精选留言</div><ul>{comments}</ul></div></div></div></div>'
            + _wx_chrome(rng, art, "成都某中学", wid) + js)
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            + "<style>" + "".join(f"#js_content .s{i}{{margin:{i % 9}px 0;padding:{i % 5}px;font-size:{12 + i % 6}px;"
                                  f"color:#{(i * 37) % 256:02x}{(i * 53) % 256:02x}{(i * 71) % 256:02x};background:#f{i % 10}f{i % 10}ff}}"
                                  for i in range(120)) + "</style>")
    return head, body, url


YJJ_COLS = ["首页", "机构概况", "政务公开", "应急管理", "安全生产", "防灾减灾", "执法监督", "办事服务", "互动交流", "宣传教育", "专题专栏"]
YJJ_SUBS = ["领导信息", "内设机构", "工作动态", "通知公告", "政策文件", "政策解读", "应急预案", "应急演练", "救援队伍",
            "危化品监管", "工贸监管", "烟花爆竹", "非煤矿山", "隐患排查", "执法检查", "行政处罚", "事故调查", "举报投诉",
            "灾情信息", "避难场所", "物资储备", "森林防火", "防汛抗旱", "地质灾害", "安全知识", "典型案例", "培训考试",
            "行政许可", "在线咨询", "局长信箱", "安全生产月", "防灾减灾日", "双随机一公开", "信息公开年报"]


def yjj_aqjc155(art, rng, others):
    """区 应急管理局 portal (GBK, an old table layout): p09 a 季度 安全检查 通报 under an 索引号/文号/成文
    日期 grid, info glued with no whitespace (``发布时间：…信息来源：…浏览次数：``), a 文号 line, the
    主送 line, ``<b>一、…</b>`` heads, a 检查 table with ``<th>`` cells and a ``注：`` line, ``1.`` items,
    特此通报 (body but 注/文号/落款/附件); the 落款 and a date three days earlier and an 附件 line; p10 a
    检查 news page with ``发布日期：`` and 来源, a caption, a quote, a 安全小贴士 box and a closing slogan
    line (body). Both with a 通知公告/工作动态 side column, 上一篇/下一篇, 相关信息, friend-link selects and
    the footer."""
    y, m, d = _ymd(art)
    p09 = art["id"] == "p09"
    host = "http://www.cqna.gov.cn/bm/qyjj"
    col = "tzgg" if p09 else "gzdt"
    url = f"{host}/zwgk_{_n(rng, 5)}/{col}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    para = lambda t: f'<p style="text-indent:2em;line-height:30px"><font face="仿宋_GB2312" size="4">{t}</font></p>'  # noqa: E731

    def special(p):
        if _head(p):
            return f'<p style="text-indent:2em;line-height:30px"><b><font face="黑体" size="4">{esc(p)}</font></b></p>'
        if p.startswith("各街道办事处"):
            return f'<p style="line-height:30px"><font face="仿宋_GB2312" size="4">{esc(p)}</font></p>'
        if p == "安全生产无小事，防范措施要到位。":
            return f'<p align="center" style="line-height:30px"><b><font color="#c00000" size="4">{esc(p)}</font></b></p>'
        return None

    cell = lambda c, h: f'<th bgcolor="#e8eef8" align="center">{c}</th>' if h else f'<td align="center">{c}</td>'  # noqa: E731
    blocks = _blocks(art["body"], para, cell, 'border="1" cellspacing="0" cellpadding="4" width="90%" align="center" bordercolor="#999999"', special)
    if p09:
        i = next(k for k, b in enumerate(blocks) if "<table" in b)
        blocks.insert(i + 1, '<p style="line-height:24px"><font size="2">注：隐患数据统计截至2024年6月30日。</font></p>')
        grid = (f'<table class="xxgk" width="100%" border="1" cellspacing="0"><tr><td width="15%">索引号：</td><td>{_n(rng, 9)}/{y}-{_n(rng, 5)}</td>'
                f'<td width="15%">主题分类：</td><td>安全生产</td></tr><tr><td>发布机构：</td><td>南岸区应急管理局</td><td>成文日期：</td><td>{y}-{m}-{int(d) - 3:02d}</td></tr>'
                f'<tr><td>文号：</td><td>南岸应急〔{y}〕42号</td><td>有效性：</td><td>有效</td></tr></table>')
        info = (f'<tr><td align="center" class="info">发布时间：{y}-{m}-{d}信息来源：南岸区应急管理局浏览次数：'
                f'<script language="javascript">document.write({_n(rng, 3)});</script></td></tr>')
        top = f'<p align="center" style="line-height:30px"><font face="仿宋_GB2312" size="4">南岸应急〔{y}〕42号</font></p>'
        tail = ('<p align="right" style="line-height:30px"><font face="仿宋_GB2312" size="4">重庆市南岸区应急管理局</font></p>'
                f'<p align="right" style="line-height:30px"><font face="仿宋_GB2312" size="4">{y}年{int(m)}月{int(d) - 3}日</font></p>'
                f'<p>附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.xls">2024年第二季度安全生产检查隐患整改台账.xls</a></p>')
    else:
        grid = ""
        info = (f'<tr><td align="center" class="info">发布日期：{y}年{m}月{d}日　　来源：区应急管理局　　'
                f'【<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</td></tr>')
        top = ""
        blocks.insert(2, f'<p align="center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="560"></p>'
                         '<p align="center"><font face="楷体_GB2312">执法人员检查企业有限空间作业现场。</font></p>')
        tail = ('<table width="90%" align="center" style="border:1px dashed #e08a00;background:#fffaf0;margin-top:16px"><tr><td>'
                '<p><b>安全小贴士</b></p><p>有限空间作业“七不准”：未经风险辨识不作业，未经通风和检测不作业，不佩戴劳动防护用品不作业，'
                '没有监护不作业，电气设备不符合规定不作业，未经审批不作业，未经培训演练不作业。</p></td></tr></table>'
                f'<p align="right">（编辑：{who[0]}　审核：{who[1]}）</p>')
    menu = _menu(rng, YJJ_COLS, YJJ_SUBS, None, (6, 12))
    nav = "".join(f'<td class="nav-td"><a href="{host}/c{i}/">{c}</a><div class="sub" style="display:none">'
                  + "".join(f'<a href="{host}/c{i}/s{j}/">{s}</a><br>' for j, s in enumerate(subs)) + '</div></td>'
                  for i, (c, subs) in enumerate(menu))
    side = ('<table width="100%" class="side-t"><tr><td class="bt">通知公告</td></tr>'
            + "".join(f'<tr><td>·<a>{esc(rng.choice(SUBJ[:1]) + rng.choice(["关于", "南岸区"]) + rng.choice(EVT))}</a></td></tr>' for _ in range(8))
            + '</table><table width="100%" class="side-t"><tr><td class="bt">工作动态</td></tr>'
            + "".join(f'<tr><td>·<a>{esc(_town_line(rng))}</a> <font color="#999">[{_date_near(rng, art)[5:]}]</font></td></tr>' for _ in range(10))
            + '</table><table width="100%" class="side-t"><tr><td class="bt">便民服务</td></tr><tr><td>'
            + "".join(f'<a><img src="/images/bm{i}.gif" alt=""></a>' for i in range(6)) + '</td></tr></table>')
    rel = ('<table width="100%" class="xgxx"><tr><td class="bt">相关信息</td></tr>'
           + _dated_list(rng, art, 8, lambda tt, dd: f'<tr><td>·<a>{tt}</a></td><td width="90">{dd}</td></tr>') + '</table>')
    links = "".join(f"<option>{x}</option>" for x in LINKS)
    body = ('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/yjj_banner.jpg" width="1000" height="120"></td></tr>'
            '<tr><td class="topline">今天是：<script>document.write(new Date().toLocaleDateString());</script>　<a>设为首页</a> | <a>加入收藏</a> | <a>无障碍</a> | <a>长者模式</a>'
            '　<form style="display:inline"><input name="kw" size="16"><input type="submit" value="站内搜索"></form></td></tr>'
            f'<tr><td><table width="100%" class="nav"><tr>{nav}</tr></table></td></tr></table>'
            + '<div class="m-nav" style="display:none">' + _menu_html(menu, "m-list", "m-item", "m-sub", lambda i, j: f"{host}/m/c{i}/{'' if j < 0 else f's{j}/'}") + '</div>'
            + '<div class="tzgd"><b>滚动：</b><marquee>' + "".join(f'<a>{esc(_headline(rng))}</a>　' for _ in range(8)) + '</marquee></div>'
            f'<table width="1000" align="center"><tr><td width="240" valign="top">{side}</td><td width="10"></td><td valign="top">'
            f'<div class="weizhi">您现在的位置：<a>首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>{"通知公告" if p09 else "工作动态"}</a></div>{grid}'
            f'<table width="100%"><tr><td align="center"><font size="5" color="#003399"><b>{esc(art["title"])}</b></font></td></tr>{info}'
            f'<tr><td><div id="zoom">{top}' + "".join(blocks) + tail + '</div></td></tr>'
            f'<tr><td><p>上一篇：<a>{esc(_headline(rng))}</a></p><p>下一篇：<a>{esc(_headline(rng))}</a></p>'
            '<p align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></p></td></tr></table>'
            f'{rel}</td></tr></table>'
            '<table width="1000" align="center" class="foot"><tr><td><select><option>---国家部委---</option>' + links + '</select>'
            '<select><option>---区级部门---</option>' + "".join(f"<option>南岸{s}</option>" for s in SUBJ) + '</select></td></tr>'
            '<tr><td class="link-grid">' + "".join(f'<a href="http://www.example{_n(rng, 3)}.gov.cn" target="_blank">{x}</a>' for x in LINKS) + '</td></tr>'
            '<tr><td class="zt">' + "".join(f'<a><img src="/images/zt_{i}.jpg" alt="专题{i}" width="240"></a>' for i in range(8)) + '</td></tr>'
            '<tr><td align="center"><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a> | <a>隐私声明</a></td></tr>'
            '<tr><td align="center">主办：重庆市南岸区应急管理局　地址：南岸区南坪西路28号　值班电话：023-62988' + str(_n(rng, 3)) + '</td></tr>'
            f'<tr><td align="center">网站标识码：5001080023　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</td></tr></table>'
            + _stats_script(rng, "na_yjj"))
    head = (f'<title>{esc(art["title"])}_南岸区应急管理局</title><meta name="keywords" content="应急管理,安全生产">'
            + _css("yjj", "#003399"))
    return head, body, url


def xb_02zh155(art, rng, others):
    """区报 e-paper 第02版：综合: masthead ``YYYY年M月D日　星期X`` (the only visible date; the URL
    agrees), a 版次 list of all eight 版 with their titles, a 版面图 with ``<map>`` areas, 本版标题, a
    往期 calendar script, 责任编辑, copyright (not body). p11 (GBK): an 引题 line, the text as ``<br>``
    lines in one ``founder-content`` with the ``本报讯（记者 …）`` opening run into the lead (body), ``1.``
    items, and a second 短讯 in full after it (not body); p12: a 副题, a ``□ 本报记者 name`` byline, the
    text as ``<P>`` paragraphs in ``#ozoom`` with ``记者：`` / ``食堂负责人 name：`` turns (body), a caption
    table (not body) and an 记者手记 box (not body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.jjrb.cn/html/{y}-{m}/{d}/node_2.htm"
    who = rng.sample(WHO, 4)
    bans = ["要闻", "综合", "城乡", "民生", "经济", "专题", "文化", "副刊"]
    titles = [esc(art["title"])] + [esc(_town_line(rng)) for _ in range(5)]
    if p11:
        lines = [f"　　{esc(p)}" for p in art["body"]]
        text = ('<div class="yt">关心关爱 为民办实事</div>'
                f'<h1>{esc(art["title"])}</h1>'
                '<!--enpcontent--><founder-content>' + "<br>".join(lines) + '<br></founder-content><!--/enpcontent-->'
                '<div class="other"><h3>几江街道开展春季义诊活动</h3><p>本报讯（通讯员 ' + who[1] + '）4月23日，几江街道联合区中医院在艾坪山社区开展义诊活动，'
                '为居民免费测量血压、血糖，发放健康手册300余份。</p></div>')
    else:
        def para(p):
            if p.startswith("记者：") or p.startswith("食堂负责人"):
                k, v = p.split("：", 1)
                return f"<P>　　<B>{esc(k)}：</B>{esc(v)}</P>"
            return f"<P>　　{esc(p)}</P>"
        ps = [para(p) for p in art["body"]]
        ps.insert(3, f'<table align="center" width="520"><tr><td><img src="../../../images/{y}-{m}/{d}/02/{_n(rng, 10)}.jpg" width="500"></td></tr>'
                     f'<tr><td class="cap">老人们在社区食堂就餐。　记者 {who[0]} 摄</td></tr></table>')
        text = (f'<h1>{esc(art["title"])}</h1><div class="ft">鼎山街道第三家长者食堂投用，两菜一汤9元</div>'
                f'<div class="author">□ 本报记者 {who[0]}</div>'
                '<div id="ozoom"><founder-content>' + "".join(ps) + '</founder-content></div>'
                '<div class="jzsj"><b>记者手记</b><p>一顿热乎饭，看似小事，却是不少独居老人的难事。社区食堂能不能长久办下去，'
                '关键在于找到公益和市场之间的平衡点。</p></div>')
    areas = "".join(f'<area shape="polygon" coords="{",".join(str(rng.randint(0, 900)) for _ in range(16))}" href="content_{_n(rng, 6)}.htm">'
                    for _ in range(40))
    banlist = "".join(f'<tr><td><a href="node_{i + 1}.htm">第{i + 1:02d}版：{b}</a></td><td><a href="../../../images/{y}-{m}/{d}/{i + 1:02d}/{_n(rng, 8)}.pdf">PDF</a></td></tr>'
                      for i, b in enumerate(bans))
    cal = ("<script>\nvar curDate = \"" + f"{y}-{m}-{d}" + "\";\nvar periodList = [" + ",".join(f'"{y}-{m}-{k:02d}"' for k in range(1, 29)) + "];\n"
           "function buildCalendar(year, month) {\n  var box = document.getElementById(\"calendar\");\n  var first = new Date(year, month - 1, 1).getDay();\n"
           "  var days = new Date(year, month, 0).getDate();\n  var html = \"<table><tr><th>日</th><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th></tr><tr>\";\n"
           "  for (var i = 0; i < first; i++) { html += \"<td></td>\"; }\n  for (var d = 1; d <= days; d++) {\n"
           "    var key = year + \"-\" + (month < 10 ? \"0\" + month : month) + \"-\" + (d < 10 ? \"0\" + d : d);\n"
           "    html += periodList.indexOf(key) >= 0 ? \"<td><a href=../../\" + key.substring(0, 7) + \"/\" + key.substring(8) + \"/node_1.htm>\" + d + \"</a></td>\" : \"<td>\" + d + \"</td>\";\n"
           "    if ((d + first) % 7 === 0) { html += \"</tr><tr>\"; }\n  }\n  box.innerHTML = html + \"</tr></table>\";\n}\n"
           + "".join(f"var area{i} = {{id: {_n(rng, 6)}, top: {rng.randint(0, 900)}, left: {rng.randint(0, 600)}, w: {rng.randint(100, 400)}, h: {rng.randint(60, 300)}}};\n" for i in range(60))
           + "</script>")
    grp = _menu(rng, ["江津网首页", "新闻", "区县", "政务", "民生", "经济", "文旅", "视听", "专题", "数字报", "客户端", "网络问政"],
                GOV_SUBS[:20] + ["江津日报", "江津手机报", "今日江津", "江津发布", "视频江津", "图说江津", "鼎山", "几江", "德感", "双福", "圣泉", "珞璜", "白沙", "支坪"], None, (8, 14))
    portal = ('<div class="grp-top"><div class="wrap"><span>江津区融媒体中心旗下网站</span><a>登录</a> <a>注册</a></div></div>'
              '<div class="grp-nav">' + _menu_html(grp, "grp-list", "grp-item", "grp-sub", lambda i, j: f"http://www.jjrb.cn/c{i}/{'' if j < 0 else f's{j}/'}") + '</div>'
              '<div class="grp-nav-m" style="display:none">' + _menu_html(grp, "m-list", "m-item", "m-sub", lambda i, j: f"http://m.jjrb.cn/c{i}/{'' if j < 0 else f's{j}/'}") + '</div>')
    hot = ('<div class="hot"><h4>热点推荐</h4><ol>' + "".join(f'<li><a>{esc(_headline(rng))}</a></li>' for _ in range(10)) + '</ol></div>'
           '<div class="dd"><h4>本期导读</h4><ul>' + "".join(f'<li><a>{esc(_town_line(rng))}</a></li>' for _ in range(8)) + '</ul></div>')
    body = (portal + f'<table width="1000" align="center" class="masthead"><tr><td><img src="../../../images/jjrb_logo.gif" alt="江津日报"></td>'
            f'<td class="mast-r"><p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>中共重庆市江津区委主管主办　国内统一连续出版物号：CN50-00{_n(rng, 2)}</p></td></tr></table>'
            '<div class="toolbar"><a>首页</a> | <a>上一期</a> | <a>下一期</a> | <a href="node_1.htm">上一版</a> | <a href="node_3.htm">下一版</a> | <a>往期回顾</a> | <a>PDF下载</a> | <a>检索</a></div>'
            '<table width="1000" align="center"><tr><td width="330" valign="top">'
            f'<div class="bmt"><img src="../../../images/{y}-{m}/{d}/02/{y}{m}{d}02_b.jpg" width="320" usemap="#PagePicMap"><map name="PagePicMap">{areas}</map></div>'
            f'<div class="banci"><table>{banlist}</table></div><div id="calendar"></div>'
            + '<div class="allban">' + "".join(f'<dl><dt>第{i + 1:02d}版：{b}</dt>' + "".join(f'<dd><a href="content_{_n(rng, 6)}.htm">{esc(_town_line(rng) if i % 2 else _headline(rng))}</a></dd>' for _ in range(7)) + '</dl>' for i, b in enumerate(bans) if i != 1)
            + '</div><div class="wq"><h4>往期回顾</h4><ul>' + "".join(f'<li><a href="../../{y}-{m}/{k:02d}/node_1.htm">{y}年{int(m)}月{k}日</a></li>' for k in range(1, 29)) + '</ul></div></td>'
            '<td valign="top"><div class="bmlist"><h4>第02版：综合 本版标题</h4><ul>' + "".join(f'<li><a>{t}</a></li>' for t in titles) + '</ul></div>'
            f'<div class="article"><div class="lanmu">综合</div>{text}<div class="bj">责任编辑：{who[2]}　校对：{who[3]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            + hot + f'<div class="copyright">江津日报社 版权所有　本报所有作品未经书面授权不得转载　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号</div>'
            + cal + _stats_script(rng, "jjrb_epaper"))
    head = ('<title>江津日报-第02版：综合</title><meta name="keywords" content="江津日报,数字报">' + _css("xb", "#8b0000"))
    return head, body, url


TEMPLATES = {"zjdt155": zjdt155, "rsj_mp155": rsj_mp155, "xhw_df155": xhw_df155, "szf_zcjd155": szf_zcjd155,
             "zx_mp_yx155": zx_mp_yx155, "yjj_aqjc155": yjj_aqjc155, "xb_02zh155": xb_02zh155}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages155", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
