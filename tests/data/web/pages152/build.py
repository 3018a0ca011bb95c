"""Build the hundred-and-fifty-second saved-page set (``pages152``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, written at a real page's weight (every page at least 30 KB: full menus with their sub-columns
and a hidden copy for phones, search forms, inline scripts and styles, sidebars, comment sections,
link-grid footers): a 县 人民政府 门户 通知公告 pair (a GBK 禁渔 通告 and a 防汛 值班 通知 with a
table, ``xzf_tzgg152``), a 区 教委 公众号 开学 安全 提示 post (``jw_mp_kxaq152``), 省 党报 网站 时政
pages with a readers' 评论 section (``sdb_szpl152``), 央视新闻-like 地方 video+text pages
(``ysxw_dfsp152``), 区 卫健委 义诊 news (``wjw_yzhd152``), a 村 公众号 议事会 post (``cun_mp_ysh152``)
and a 晚报 e-paper 第06版 社会 pair (``wb_06sh152``). ``articles.txt`` holds the title, date and
reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages152/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["何丽娟", "杨帆", "罗晓峰", "蒲建华", "邓小梅", "任志刚", "苟雪", "谢军", "唐佳怡", "李明轩", "王蕾", "赵鹏"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "建国 秀英 志强 丽华 小燕 德明 桂芳 海涛 文静 国庆 春梅 永福 晓东 红霞 明亮 玉兰 俊杰 雪梅 光荣 淑珍 伟 敏 静 磊 军 洋 勇 艳 杰 娟".split()


# ---------------------------------------------------------------- shared pieces of chrome

def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _blocks(body, para, table, head=None, special=None) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows through ``table(rows)``, ``special(p)``
    (when it gives markup) first, numbered heads through ``head``, other lines through ``para``."""
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(table(rows))
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


def _earlier(art, rng, k: int, fmt: str = "%Y-%m-%d", span: int = 60) -> list[str]:
    """``k`` dates before the article's, newest first, as ``fmt``."""
    base = datetime.date.fromisoformat(art["date"])
    days = sorted(rng.sample(range(0, span), k))
    return [(base - datetime.timedelta(days=x)).strftime(fmt) for x in days]


def _name(rng) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _heads(rng, k: int, units, acts) -> list[str]:
    """``k`` distinct teaser headlines, each a unit and an action."""
    seen = []
    while len(seen) < k:
        h = rng.choice(units) + rng.choice(acts)
        if h not in seen:
            seen.append(h)
    return seen


def _wx_id(rng, k: int = 22) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789") for _ in range(k))


def _cols(spec: str) -> list[tuple[str, list[str]]]:
    """A menu from ``"列名:子栏目 子栏目|列名:…"``."""
    out = []
    for part in spec.split("|"):
        name, _, subs = part.partition(":")
        out.append((name, subs.split()))
    return out


def _friends(groups) -> str:
    """友情链接 as ``<select>``s, one per group ``(label, [site, …])``."""
    return "".join(f'<select onchange="if(this.value)window.open(this.value)"><option value="">{g}</option>'
                   + "".join(f'<option value="http://www.{i:03d}.gov.cn">{s}</option>' for i, s in enumerate(sites, 1))
                   + '</select>' for g, sites in groups)


GOV_UNITS = ["县农业农村局", "县教育科技局", "县卫生健康局", "县住建局", "县交通运输局", "县应急管理局", "县市场监管局",
             "县人社局", "县民政局", "县文广旅局", "县自然资源局", "县水利局", "县生态环境局", "升钟镇", "建兴镇", "河东镇",
             "南隆街道", "大桥镇", "定水镇", "县医保局", "县退役军人事务局", "县司法局", "县统计局", "县税务局"]
GOV_ACTS = ["开展春季农业生产技术培训", "召开安全生产工作专题会议", "组织开展消防应急疏散演练", "扎实推进高标准农田建设",
            "启动城乡居民医保集中参保", "开展防范电信网络诈骗宣传活动", "召开乡村振兴重点工作推进会", "开展食品安全专项检查",
            "举办就业援助月专场招聘会", "推进农村人居环境整治提升", "开展汛前水库安全隐患排查", "部署森林防灭火工作",
            "开展“法律明白人”集中培训", "召开2025年重点项目调度会", "开展文明城市创建志愿服务", "组织开展地质灾害避险演练",
            "举行春季植树义务劳动", "开展城镇燃气安全专项整治", "召开优化营商环境座谈会", "开展耕地保护专项执法行动"]


def _scripts_gov(rng, site: str, col: str) -> str:
    """A 政府网站's inline scripts: statistics, a site-config object, a 长者模式/无障碍 loader and a
    share setup."""
    return (f'<script type="text/javascript">var _hmt = _hmt || [];(function() {{var hm = document.createElement("script");'
            f'hm.src = "https://hm.baidu.com/hm.js?{_wx_id(rng, 32).lower()}";var s = document.getElementsByTagName("script")[0];'
            's.parentNode.insertBefore(hm, s);})();</script>\n'
            '<script type="text/javascript">var siteConfig = {"siteName":"' + site + '","siteCode":"5113210' + str(_n(rng, 3)) + '",'
            '"channel":"' + col + '","searchUrl":"/search/index.html","oldMode":{"enable":true,"fontSize":"20px","lineHeight":"1.8"},'
            '"accessibility":{"toolbar":true,"speak":true,"cursor":"big"},"share":["wechat","weibo","qzone"],'
            '"menuDelay":200,"slider":{"auto":true,"interval":5000,"effect":"fade"}};\n'
            'function setFontSize(size){var c=document.getElementById("zoom");if(!c)return;c.style.fontSize=size+"px";'
            'var ps=c.getElementsByTagName("p");for(var i=0;i<ps.length;i++){ps[i].style.fontSize=size+"px";}}\n'
            'function toggleOldMode(){var b=document.body;if(b.className.indexOf("old-mode")>-1){b.className=b.className.replace(" old-mode","");'
            'localStorage.setItem("oldMode","0");}else{b.className+=" old-mode";localStorage.setItem("oldMode","1");}}\n'
            '(function(){if(localStorage.getItem("oldMode")==="1"){document.documentElement.className+=" old-mode";}'
            'var navs=document.querySelectorAll(".nav>ul>li");for(var i=0;i<navs.length;i++){navs[i].onmouseenter=function(){'
            'this.className+=" on";};navs[i].onmouseleave=function(){this.className=this.className.replace(" on","");};}})();\n'
            '</script>\n'
            f'<script src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script><script>Link("{_n(rng, 10)}");</script>\n')


def _style(rng, prefix: str, k: int = 40) -> str:
    """A ``<style>`` block of ``k`` rules for the site's classes."""
    props = ["margin:0 auto", "padding:0 10px", "font-size:14px", "line-height:28px", "color:#333", "background:#f5f5f5",
             "border-bottom:1px solid #e5e5e5", "overflow:hidden", "float:left", "text-align:center", "display:block",
             "height:40px", "width:1200px", "position:relative", "white-space:nowrap", "text-overflow:ellipsis"]
    names = ["header", "top", "logo", "search", "nav", "sub", "banner", "main", "left", "right", "list", "item", "title",
             "info", "content", "share", "footer", "links", "crumb", "box", "tab", "hot", "rank", "pic", "more", "tool"]
    rules = []
    for i in range(k):
        sel = f".{prefix}-{rng.choice(names)}{'' if i % 3 else ' ' + rng.choice(['li', 'a', 'span', 'img', 'p'])}"
        rules.append(sel + "{" + ";".join(rng.sample(props, 3)) + "}")
    return "<style>" + "\n".join(rules) + "</style>\n"


# ---------------------------------------------------------------- 县 人民政府 门户 通知公告

XZF_MENU = _cols(
    "首页:首页|走进南部:县情概况 历史沿革 行政区划 自然资源 人口民族 南部名人 地方志 县域经济 今日南部|"
    "新闻中心:南部要闻 部门动态 乡镇动态 通知公告 图片新闻 视频南部 媒体聚焦 新闻发布会|"
    "政务公开:政府信息公开指南 政府信息公开目录 政府信息公开年报 政策文件 政策解读 领导信息 机构职能 人事信息 财政信息 规划计划 统计信息 重点领域信息公开|"
    "政务服务:个人办事 法人办事 部门服务 乡镇服务 便民服务 办事指南 好差评 一件事一次办 证照查询|"
    "互动交流:县长信箱 部门信箱 在线访谈 征集调查 意见征集 网上信访 12345热线 常见问题|"
    "重点领域:乡村振兴 义务教育 医疗卫生 社会保障 生态环境 安全生产 食品药品 住房保障 公共资源交易 国资国企|"
    "专题专栏:学习贯彻党的二十届三中全会精神 优化营商环境 民生实事 河湖长制 林长制 防汛减灾 禁毒宣传 文明城市创建 扫黑除恶 法治南部|"
    "数据开放:数据目录 数据接口 数据应用 开放指南 统计数据 数据发布|"
    "投资南部:投资环境 招商政策 重点项目 园区建设 产业布局 投资指南 招商动态|"
    "文旅南部:升钟湖 八尔湖 禹迹山 特色美食 节庆活动 旅游线路 乡村旅游|"
    "民生保障:就业创业 社会救助 养老服务 医疗保险 教育招生 住房公积金 残疾人服务|"
    "政务新媒体:微信公众号 政务微博 抖音号 今日头条号 政务APP")


def _xzf_nav(cols) -> str:
    return ('<div class="nav" id="nav"><ul>' + "".join(
        f'<li class="nav-li{" cur" if i == 2 else ""}"><a href="/{i:02d}/index.html" class="nav-a">{c}</a>'
        + ('<div class="sub-nav"><div class="sub-w">' + "".join(f'<a href="/{i:02d}/{j:02d}/index.html" target="_blank">{s}</a>' for j, s in enumerate(subs, 1)) + '</div></div>' if subs else '')
        + '</li>' for i, (c, subs) in enumerate(cols)) + '</ul></div>')


def _xzf_mnav(cols) -> str:
    return ('<div class="m-nav" style="display:none"><div class="m-nav-btn">栏目导航</div><dl>' + "".join(
        f'<dt><a href="/{i:02d}/">{c}</a></dt>' + "".join(f'<dd><a href="/{i:02d}/{j:02d}/">{s}</a></dd>' for j, s in enumerate(subs, 1))
        for i, (c, subs) in enumerate(cols)) + '</dl></div>')


def xzf_tzgg152(art, rng, others):
    """县 人民政府 门户 通知公告: p01 (GBK) a 禁渔 通告 — an 信息公开 grid (索引号/成文日期/文号), info glued
    with no whitespace (``发布时间：…来源：…浏览次数：``), a centred 文号 line, a 落款 two days earlier, an
    附件 line, 审核/签发 lines and a 禁渔小贴士 box (not body); ``一、`` heads, ``1.…；`` items, the
    举报电话 line and 特此通告 (body). p02 a 防汛 值班 通知 — 发布时间 beside a later 更新时间, the 主送
    line, a 值班 table, ``1.`` items, 联系人/联系电话/电子邮箱 lines (body), 落款 a day earlier."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.scnanbu.gov.cn/xwzx/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 3)
    sign_day = datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=2 if p01 else 1)
    sign = (f'<p style="text-align:right;padding-right:2em">{"南部县人民政府" if p01 else "南部县防汛抗旱指挥部办公室"}</p>'
            f'<p style="text-align:right;padding-right:2em">{sign_day.year}年{sign_day.month}月{sign_day.day}日</p>')

    def table(rows):
        out = []
        for i, r in enumerate(rows):
            tag = "th" if i == 0 else "td"
            out.append("<tr>" + "".join(f'<{tag} style="border:1px solid #000;padding:4px 6px;text-align:center">{esc(c)}</{tag}>' for c in r.split(" ")) + "</tr>")
        return '<table border="1" cellspacing="0" cellpadding="0" align="center" style="width:96%;border-collapse:collapse;font-size:15px">' + "".join(out) + '</table>'

    def special(p):
        if p.endswith("：") and p.startswith("各乡镇"):
            return f'<p style="text-align:left">{esc(p)}</p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2;font-family:仿宋_GB2312,仿宋">{x}</p>', table,
                     head=lambda x: f'<p style="text-indent:2em;line-height:2"><span style="font-family:黑体">{x}</span></p>', special=special)
    if p01:
        wh = f"南府通〔{y}〕3号"
        grid = ('<table class="xxgk-table" width="100%" cellpadding="0" cellspacing="0"><tr>'
                f'<td class="t">索引号：</td><td>008{_n(rng, 6)}/{y}-{_n(rng, 5)}</td><td class="t">主题分类：</td><td>农业、林业、水利</td></tr>'
                f'<tr><td class="t">发布机构：</td><td>南部县人民政府</td><td class="t">成文日期：</td><td>{sign_day.year}年{sign_day.month:02d}月{sign_day.day:02d}日</td></tr>'
                f'<tr><td class="t">文号：</td><td>{wh}</td><td class="t">有效性：</td><td>有效</td></tr>'
                f'<tr><td class="t">名称：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
        info = (f'<div class="xl-info">发布时间：{y}-{m}-{d} {_hm(rng)}来源：县农业农村局浏览次数：<script>document.write({_n(rng, 4)});</script>'
                '【字体：<a href="javascript:setFontSize(20)">大</a> <a href="javascript:setFontSize(16)">中</a> <a href="javascript:setFontSize(14)">小</a>】</div>')
        top = f'{grid}<h1 class="xl-tit">{esc(art["title"])}</h1>{info}<p class="wh" style="text-align:center">{wh}</p>'
        after = (sign + f'<p class="fj">附件：<a href="/uploads/{y}{m}/P0{_n(rng, 9)}.jpg">双河口水库禁渔范围示意图.jpg</a></p>'
                 f'<div class="shqf"><p>审核：{who[0]}</p><p>签发：{who[1]}</p></div>'
                 '<div class="xts-box" style="border:1px dashed #1b6fb5;padding:10px 16px;margin:16px 0"><h4>禁渔小贴士</h4>'
                 '<p>禁渔期内岸边垂钓请随身携带垃圾袋，不在库区周边露营生火；发现电鱼等行为，请拍照留存后拨打举报电话。</p></div>')
    else:
        info = (f'<div class="xl-info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>更新时间：{y}-06-03 {_hm(rng)}</span>'
                f'<span>信息来源：县应急管理局</span><span>阅读量：<em id="read_count">{_n(rng, 3)}</em></span>'
                '<span class="zh">字号：<a>大</a><a>中</a><a>小</a></span><span class="zh"><a>长者模式</a></span></div>')
        top = f'<h1 class="xl-tit">{esc(art["title"])}</h1>{info}'
        after = (sign + f'<div class="xgjd"><h4>相关链接</h4><p><a>南部县{y}年防汛抗旱应急预案</a></p><p><a>汛期安全避险常识</a></p></div>')
    side_dates = _earlier(art, rng, 10)
    latest = "".join(f'<li><a href="/xwzx/{i}.html" title="{t}">{t}</a><span>{dd}</span></li>'
                     for i, (t, dd) in enumerate(zip(_heads(rng, 10, GOV_UNITS, GOV_ACTS), side_dates)))
    ztzl = "".join(f'<a href="/ztzl/{i}/"><img src="/images/zt{i:02d}.jpg" alt="{s}"></a>' for i, s in enumerate(XZF_MENU[7][1], 1))
    slider = "".join(f'<li><a href="/xwzx/nbyw/{i}.html"><img src="/uploads/slide{i}.jpg"><p>{t}</p></a></li>'
                     for i, t in enumerate(_heads(rng, 5, GOV_UNITS, GOV_ACTS)))
    friends = _friends([("国家部委网站", ["国务院办公厅", "国家发展改革委", "教育部", "科技部", "工业和信息化部", "公安部", "民政部", "司法部", "财政部",
                                     "人力资源社会保障部", "自然资源部", "生态环境部", "住房城乡建设部", "交通运输部", "水利部", "农业农村部", "商务部",
                                     "文化和旅游部", "国家卫生健康委", "应急管理部"]),
                        ("省级部门网站", ["四川省人民政府", "省发展改革委", "省教育厅", "省公安厅", "省民政厅", "省财政厅", "省自然资源厅", "省生态环境厅",
                                     "省住房城乡建设厅", "省交通运输厅", "省水利厅", "省农业农村厅", "省卫生健康委", "省应急管理厅"]),
                        ("市县政府网站", ["南充市人民政府", "顺庆区人民政府", "高坪区人民政府", "嘉陵区人民政府", "阆中市人民政府", "西充县人民政府",
                                     "营山县人民政府", "蓬安县人民政府", "仪陇县人民政府"]),
                        ("县级部门网站", [u.replace("县", "南部县", 1) for u in GOV_UNITS if u.startswith("县")])])
    crumb = '<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/tzgg/">通知公告</a></div>'
    body = ('<div class="topbar"><div class="w1200"><span class="wel">欢迎访问南部县人民政府门户网站！</span>'
            '<span class="weather" id="weather"></span><div class="tb-r"><a href="javascript:;" onclick="aria.start()">无障碍</a>'
            '<a href="javascript:toggleOldMode()">长者模式</a><a href="/m/">移动版</a><a href="javascript:;">简体</a>|<a href="javascript:;">繁體</a>'
            '<a href="https://tfrz.sczwfw.gov.cn/login">登录</a><a href="https://tfrz.sczwfw.gov.cn/reg">注册</a></div></div></div>'
            '<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="南部县人民政府"></a>'
            '<form class="search" action="/search/index.html" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键字">'
            '<select name="s"><option>全站</option><option>标题</option><option>正文</option></select><button type="submit">搜索</button></form>'
            '<div class="hotword">热词：<a>禁渔期</a><a>防汛</a><a>医保缴费</a><a>招聘</a><a>营商环境</a></div></div></div>'
            + _xzf_nav(XZF_MENU) + _xzf_mnav(XZF_MENU)
            + f'<div class="banner"><ul class="slider">{slider}</ul></div>'
            + f'<div class="main w1200">{crumb}<div class="xl-left"><div class="xl-box">{top}'
            '<div class="TRS_Editor" id="zoom">' + "".join(blocks) + '</div>' + after
            + '<div class="xl-bot"><div class="share">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a><a class="bds_qzone">QQ空间</a></div>'
            '<div class="ewm"><img src="/images/qrcode_page.png"><p>扫一扫在手机打开当前页</p></div>'
            '<a href="javascript:window.print()">【打印正文】</a><a href="javascript:window.close()">【关闭窗口】</a></div>'
            + '<div class="sxp">' + "".join(f'<p>{k}：<a>{t}</a></p>' for k, t in zip(("上一篇", "下一篇"), _heads(rng, 2, GOV_UNITS, GOV_ACTS))) + '</div></div></div>'
            + f'<div class="xl-right"><div class="r-box"><h3>最新发布</h3><ul>{latest}</ul></div>'
            + f'<div class="r-box"><h3>专题专栏</h3><div class="zt-pics">{ztzl}</div></div>'
            + '<div class="r-box"><h3>政务服务</h3><ul class="fw">' + "".join(f'<li><a>{s}</a></li>' for s in XZF_MENU[4][1]) + '</ul></div></div></div>'
            + f'<div class="footer"><div class="yqlj w1200"><span>友情链接：</span>{friends}</div>'
            '<div class="ft-nav"><a>网站地图</a>|<a>联系我们</a>|<a>网站声明</a>|<a>隐私保护</a>|<a>使用帮助</a></div>'
            '<div class="ft-c"><p>主办：南部县人民政府办公室　承办：南部县大数据中心</p>'
            f'<p>地址：南部县南隆街道滨江大道{rng.randint(100, 400)}号　邮编：637300　联系电话：0817-56{_n(rng, 5)}</p>'
            f'<p>网站标识码：5113210{_n(rng, 3)}　<a>蜀ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png">川公网安备 {_n(rng, 14)}号</p></div>'
            '<div class="ft-logo"><a><img src="/images/dzjg.png" alt="党政机关"></a><a><img src="/images/zfwzzc.png" alt="政府网站找错"></a>'
            '<a><img src="/images/sjcx.png" alt="适老化无障碍服务"></a></div></div>'
            + _scripts_gov(rng, "南部县人民政府", "通知公告"))
    head = (f'<title>{esc(art["title"])}_南部县人民政府</title>'
            f'<meta name="SiteName" content="南部县人民政府"><meta name="SiteDomain" content="www.scnanbu.gov.cn">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ColumnName" content="通知公告"><meta name="ContentSource" content="{"县农业农村局" if p01 else "县应急管理局"}">'
            f'<meta name="Keywords" content="{"禁渔期,通告" if p01 else "防汛,值班"}">' + _style(rng, "nb", 120))
    return head, body, url


# ---------------------------------------------------------------- WeChat posts

WX_COMMENTS = ["开学第一周最担心的就是路上安全，谢谢提醒！", "已转发到班级群，家长们都看看。", "孩子作息还没调过来，试试提前睡觉的办法。",
               "希望学校门口早晚高峰能多安排几位交警。", "防溺水真的要天天讲，周末最容易出事。", "心理健康这一条写得很好，孩子最近确实有点焦虑。",
               "校门口的小摊能不能管一管？", "收到，马上给孩子看。", "每年开学都看一遍，非常实用。", "电动车那条很重要，小区里好多初中生在骑。",
               "老师们辛苦了，新学期加油！", "请问心理咨询热线周末也能打通吗？", "这个提醒太及时了。", "建议做成海报贴在校门口。",
               "我们家每天早上走路送孩子，顺便锻炼身体。", "平安最重要，学习慢慢来。", "提前一周调作息，亲测有用。", "转给爷爷奶奶看看，他们接送多。",
               "希望放学时段公交能加密一些班次。", "谢谢区教委，辛苦了！", "生冷食物要少吃，孩子肠胃弱。", "给孩子讲了一遍，他说早就知道了，哈哈。"]
CUN_COMMENTS = ["晒坝这个办法好，两头都照顾到了。", "我们组的车也经常进不去，支持！", "周书记办事实在。", "节假日我可以来当志愿者。",
                "早该这样了，上次拉化肥的车堵了半个钟头。", "农家乐出钱这个提议大家都赞成。", "希望路灯早点装起来，晚上走路安全些。",
                "下次议事会能不能在周末开？年轻人也想来。", "村里的事就是要大家商量。", "点赞！", "老晒坝那边要注意排水。", "支持村两委的决定。"]


WX_REL = ["开学第一课，这样上", "新学期校车安全检查全面展开", "秋季学期中小学课后服务安排来了", "教师节｜致敬每一位坚守讲台的人",
          "这所学校的食堂，孩子们都说好吃", "暑期校园维修改造项目全部完工", "防范电信诈骗，从校园开始", "家长必读：如何陪孩子度过开学焦虑期",
          "秋游季来了，出行安全要记牢", "垃圾分类进校园", "村口的老黄葛树又添新绿", "院坝电影放映季开始啦", "农技员进村教大家给果树剪枝",
          "村里的第一家书屋开门了", "端午包粽子比赛，看看谁家最香", "新村民夜校第二期开课"]


def _wx_script(rng, art, nick: str, t: str, visible: bool) -> str:
    """A WeChat article's inline scripts: the ``ct``/``publish_time`` pair, the nickname, the
    page's config object and the report/lazy-load setup."""
    y, m, d = _ymd(art)
    ct = _epoch(art, t)
    return ('<script type="text/javascript" nonce="' + _wx_id(rng, 9) + '">\n'
            f'var biz = "{_wx_id(rng, 14)}==";var sn = "{_wx_id(rng, 32).lower()}";var mid = "{_n(rng, 10)}";var idx = "1";\n'
            f'var nickname = htmlDecode("{nick}");var user_name = "gh_{_wx_id(rng, 12).lower()}";var round_head_img = "http://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng, 40)}/0?wx_fmt=png";\n'
            f'var msg_title = "{esc(art["title"])}".html(false);var msg_desc = htmlDecode("{esc(art["body"][1][:40])}");\n'
            f'var ct = "{ct}";var publish_time = "{y}-{m}-{d}" || "";var create_time = "{ct}" * 1;\n'
            'var copyright_stat = "1";var source_encode_biz = "";var hd_head_img = "";var ori_head_img_url = "";\n'
            'var is_limit_user = "0";var appmsg_type = "9";var show_comment = "1";var comment_id = "' + str(_n(rng, 10)) + '" * 1;\n'
            '</script>\n'
            '<script type="text/javascript">window.__setPubTime = function(){var e=document.getElementById("publish_time");'
            + ('if(e&&ct){var d=new Date(ct*1000);e.innerHTML=d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 "+'
               '("0"+d.getHours()).slice(-2)+":"+("0"+d.getMinutes()).slice(-2);}' if visible else '')
            + '};\nwindow.__report = {"scene":"126","subscene":"0","sessionid":"' + str(_n(rng, 10)) + '","enterid":"' + str(_n(rng, 10)) + '",'
            '"devicetype":"Windows 10 x64","version":"63090c11","lang":"zh_CN","ascene":"1","fasttmpl_type":"0","fasttmpl_fullversion":"5.0",'
            '"pass_ticket":"' + _wx_id(rng, 48) + '","wxtoken":"777","clientversion":"63090c11","appmsg_like_type":"2"};\n'
            'function lazyLoadImgs(){var imgs=document.querySelectorAll("img[data-src]");for(var i=0;i<imgs.length;i++){'
            'var r=imgs[i].getBoundingClientRect();if(r.top<window.innerHeight+200){imgs[i].src=imgs[i].getAttribute("data-src");'
            'imgs[i].removeAttribute("data-src");}}}window.addEventListener("scroll",lazyLoadImgs);lazyLoadImgs();\n'
            '</script>\n')


WX_STYLE = ("<style>" + "".join(
    f".rich_media_{n}{{{v}}}" for n, v in [("title", "font-size:22px;line-height:1.4;margin-bottom:14px"), ("meta_list", "margin-bottom:22px;line-height:20px;font-size:15px"),
                                          ("meta", "display:inline-block;vertical-align:middle;margin:0 10px 10px 0;font-size:15px;-webkit-tap-highlight-color:rgba(0,0,0,0)"),
                                          ("meta_text", "color:rgba(0,0,0,0.3)"), ("meta_nickname", "position:relative;color:#576b95"),
                                          ("content", "overflow:hidden;color:#333;font-size:17px;word-wrap:break-word;-webkit-hyphens:auto;text-align:justify;position:relative;z-index:0"),
                                          ("area_primary", "padding:20px 16px 12px;background-color:#fff"), ("area_extra", "padding:0 16px 24px"),
                                          ("tool", "padding-top:15px;overflow:hidden;line-height:32px"), ("inner", "position:relative")])
    + "".join(f".weui-{n}{{{v}}}" for n, v in [("btn", "position:relative;display:block;margin-left:auto;margin-right:auto;padding-left:14px;padding-right:14px;box-sizing:border-box;font-size:18px;text-align:center;text-decoration:none;color:#fff;line-height:2.55555556;border-radius:5px"),
                                              ("dialog", "position:fixed;z-index:5000;width:80%;max-width:300px;top:50%;left:50%;transform:translate(-50%,-50%);background-color:#fff;text-align:center;border-radius:3px;overflow:hidden"),
                                              ("mask", "position:fixed;z-index:1000;top:0;right:0;left:0;bottom:0;background:rgba(0,0,0,0.6)"),
                                              ("loading", "width:20px;height:20px;display:inline-block;vertical-align:middle;animation:weuiLoading 1s steps(12,end) infinite"),
                                              ("toast", "position:fixed;z-index:5000;width:7.6em;min-height:7.6em;top:180px;left:50%;margin-left:-3.8em;background:rgba(17,17,17,0.7);text-align:center;border-radius:5px;color:#fff")])
    + "".join(f".discuss_{n}{{{v}}}" for n, v in [("container", "margin-top:40px"), ("list", "margin-top:-5px;padding-bottom:20px"),
                                                 ("item", "position:relative;padding-left:45px;margin-top:26px"), ("nickname", "color:#576b95;font-size:15px"),
                                                 ("message", "font-size:16px;line-height:1.6;overflow:hidden;word-wrap:break-word"), ("extra_info", "color:#b2b2b2;font-size:13px")])
    + "@keyframes weuiLoading{0%{transform:rotate3d(0,0,1,0deg)}100%{transform:rotate3d(0,0,1,360deg)}}</style>\n")


def _wx_page(rng, art, nick: str, content: str, visible: bool, comments, extra_top: str = "") -> tuple[str, str]:
    t = _hm(rng)
    y, m, d = _ymd(art)
    pub = f"{y}年{int(m)}月{int(d)}日 {t}" if visible else ""
    cms = "".join(f'<li class="discuss_item"><div class="discuss_user_info"><img class="avatar" src="https://wx.qlogo.cn/mmhead/{_wx_id(rng, 30)}/132">'
                  f'<strong class="discuss_nickname">{_name(rng) if rng.random() < 0.5 else rng.choice(["晴天", "小雨点", "山城妈妈", "一棵树", "阿Ken", "向日葵", "老周", "平安是福", "路人甲", "静待花开"])}</strong>'
                  f'<span class="discuss_ip">{rng.choice(["四川", "重庆", "贵州", "广东", "浙江"])}</span></div>'
                  f'<div class="discuss_message">{c}</div><div class="discuss_extra_info">{rng.randint(1, 11)}天前 <a class="discuss_reply">回复</a>'
                  f'<span class="praise_num">{rng.randint(0, 80)}</span></div></li>'
                  for c in rng.sample(comments, len(comments)))
    body = (f'<div id="js_article" class="rich_media"><div id="js_top_ad_area" class="top_banner"></div>{extra_top}'
            '<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list">'
            + ('<span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>' if visible else '')
            + (f'<span class="rich_media_meta rich_media_meta_text">{_name(rng)}</span>' if visible else '')
            + f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{nick}</a>'
            f'<div id="js_profile_qrcode" class="profile_container" style="display:none"><div class="profile_inner"><strong class="profile_nickname">{nick}</strong>'
            f'<img class="profile_avatar" src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng, 40)}/0"><p class="profile_meta"><label class="profile_meta_label">微信号</label>'
            f'<span class="profile_meta_value">gh_{_wx_id(rng, 10).lower()}</span></p><p class="profile_meta"><label class="profile_meta_label">功能介绍</label>'
            f'<span class="profile_meta_value">{"发布区域教育资讯，服务师生家长。" if "教育" in nick else "记录村里的大事小情，传递乡亲们的声音。"}</span></p></div></div></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{pub}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display:none">发表于<span id="js_ip_wording">四川</span></em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:visible">{content}</div>'
            '<div id="js_tags" class="article-tag__list"><span class="article-tag__item">#' + ("开学季" if "教育" in nick else "院坝议事") + '</span></div>'
            '<div class="rich_media_tool" id="js_toobar3"><div class="media_tool_meta"><span id="readNum3">阅读 '
            f'{rng.randint(1200, 9000)}</span></div><a class="media_tool_meta meta_praise" id="like3">赞 <span class="praise_num">{rng.randint(20, 300)}</span></a>'
            f'<a class="media_tool_meta" id="js_share">分享</a><a class="media_tool_meta" id="js_like">在看 <span>{rng.randint(5, 80)}</span></a></div>'
            '</div></div>'
            '<div class="rich_media_area_extra"><div class="discuss_container" id="js_cmt_area"><div class="discuss_container_inner">'
            '<div class="rich_tips with_line title_tips discuss_title_line"><span class="tips">留言</span></div>'
            '<div class="discuss_mod"><a class="discuss_btn">写留言</a></div>'
            f'<ul class="discuss_list" id="js_cmt_list">{cms}</ul></div></div></div></div>'
            f'<div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc_inner"><div class="qr_code_pc">'
            f'<img id="js_pc_qr_code_img" class="qr_code_pc_img" src="/mp/qrcode?scene=10000004&size=102&__biz={_wx_id(rng, 14)}==">'
            '<p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            + _wx_script(rng, art, nick, t, visible))
    pool = WX_REL[:10] if "教育" in nick else WX_REL[10:]
    rel = rng.sample(pool, len(pool))
    dates = _earlier(art, rng, len(pool), "%Y-%m-%d", 120)
    body += ('<div id="js_related_area" class="related_area" style="display:none"><div class="related_hd">推荐阅读</div><ul>'
             + "".join(f'<li class="related_item"><a href="https://mp.weixin.qq.com/s/{_wx_id(rng)}"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng, 40)}/300">'
                       f'<span class="related_title">{t}</span><span class="related_date">{dd}</span></a></li>' for t, dd in zip(rel, dates)) + '</ul></div>'
             '<script type="text/javascript">window.cgiData = {"appmsgList":[' + ",".join(
                 '{"title":"' + t + '","cover":"https://mmbiz.qpic.cn/mmbiz_jpg/' + _wx_id(rng, 40) + '/0","link":"https://mp.weixin.qq.com/s/' + _wx_id(rng)
                 + '","send_time":"' + dd + '","read_num":' + str(rng.randint(300, 9000)) + ',"like_num":' + str(rng.randint(2, 99)) + '}' for t, dd in zip(rel, dates))
             + '],"isPaySubscribe":0,"isFans":0,"canReward":0,"rewardTotal":0,"appmsgExt":{"show_read":1,"show_like":1,"show_old_like":1,"comment_enabled":1}};</script>\n')
    return body, WX_STYLE + _style(rng, "wx", 200)


def jw_mp_kxaq152(art, rng, others):
    """区 教委 公众号 开学 安全 提示: 原创 label, author, nickname, a visible publish_time, a top banner
    image, ▲ captions, a 心理援助 温馨提示 card, 往期推荐 with pictures, 来源/编辑/审核 lines, a QR
    prompt, 留言 (not body); the salutation line, bar heads (交通安全…), ``1.…；`` items, 问：/答：
    turns and the closing slogan (body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    bars = {"交通安全", "食品安全", "防溺水安全", "心理健康"}
    out = ['<section style="text-align:center;margin-bottom:16px"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/'
           f'{_wx_id(rng, 40)}/640?wx_fmt=gif" style="width:100%"></section>']
    k = 0
    for p in art["body"]:
        if p in bars:
            k += 1
            out.append('<section style="margin:24px 0 12px;display:flex;justify-content:center"><section style="background:#1e7fd6;'
                       'border-radius:18px;padding:4px 22px;box-shadow:2px 2px 0 #a9d1f5"><p style="color:#fff;font-size:16px;letter-spacing:2px">'
                       f'<strong>{esc(p)}</strong></p></section></section>')
            if k in (1, 3):
                cap = "▲学校组织学生进行交通安全演练（资料图）" if k == 1 else "▲防溺水安全教育进课堂"
                out.append(f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng, 40)}/640?wx_fmt=jpeg"></section>'
                           f'<p style="text-align:center"><span style="font-size:12px;color:#a0a0a0">{cap}</span></p>')
        elif p.startswith(("问：", "答：")):
            out.append(f'<p style="margin:8px 0;line-height:1.75"><span style="font-size:15px"><strong style="color:#1e7fd6">{p[:2]}</strong>{esc(p[2:])}</span></p>')
        elif p.endswith("！") and len(p) < 14:
            out.append(f'<p style="text-align:center;margin-top:24px"><span style="font-size:18px;color:#d9302c"><strong>{esc(p)}</strong></span></p>')
        elif p.endswith("："):
            out.append(f'<p style="line-height:1.75"><span style="font-size:15px">{esc(p)}</span></p>')
        else:
            out.append(f'<p style="line-height:1.75;text-indent:2em;margin-bottom:8px"><span style="font-size:15px;letter-spacing:1px">{esc(p)}</span></p>')
    who = rng.sample(WHO, 3)
    tail = ('<section style="border:2px solid #1e7fd6;border-radius:10px;padding:12px 16px;margin:24px 0;background:#f3f9ff">'
            '<p style="text-align:center"><strong><span style="color:#1e7fd6">温馨提示</span></strong></p>'
            '<p><span style="font-size:14px">区未成年人心理援助热线：023-4174' + str(_n(rng, 4)) + '（每天8:30—21:30）。遇到困扰，请勇敢说出来。</span></p></section>'
            f'<p><span style="font-size:12px;color:#888">来源：区教委安全科　编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section style="margin-top:20px"><p><strong><span style="color:#1e7fd6">往期推荐</span></strong></p>'
            + "".join(f'<section style="display:flex;margin:8px 0"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng, 40)}/300" style="width:90px">'
                      f'<p style="margin-left:10px"><span style="font-size:14px;color:#576b95">{t}</span></p></section>'
                      for t in ["2025年秋季学期中小学校历发布", "我区新增3所公办幼儿园，9月开园", "暑期防溺水，这些知识一定要知道",
                                "义务教育阶段招生入学政策问答", "“双减”之后，孩子的暑假可以这样过"])
            + '</section><section style="text-align:center;margin-top:16px"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/'
            f'{_wx_id(rng, 40)}/640"><p><span style="font-size:13px;color:#999">长按识别二维码　关注璧山教育</span></p></section>')
    body, style = _wx_page(rng, art, "璧山教育", "".join(out) + tail, True, WX_COMMENTS)
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}"><meta property="og:type" content="article">'
            f'<meta name="description" content="{esc(art["body"][1][:50])}">' + style)
    return head, body, url


def cun_mp_ysh152(art, rng, others):
    """村 公众号 议事会 post: nickname only, an empty publish_time (the script's ``ct`` gives the
    date), a 议事会小档案 card, ▲ captions, 文字/图片/编辑 credits, a 公示 photo caption, 往期回顾,
    留言 (not body); ``村民代表 name：`` turns, ``1.…；`` items after a ``：`` lead-in and the centred
    slogan (body)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    card = ('<section style="background:#fdf6e9;border-left:4px solid #c8913a;padding:10px 14px;margin:18px 0">'
            '<p><strong><span style="color:#c8913a;font-size:15px">议事会小档案</span></strong></p>'
            '<p><span style="font-size:13px;color:#6b5a3e">青岗村院坝议事会由村党支部牵头，每月至少召开一次，参会人员包括村民代表、党员、乡贤和新村民代表，'
            '议题由村民提出、村两委梳理后确定。</span></p></section>')
    out = []
    for i, p in enumerate(art["body"]):
        head_, sep, rest = p.partition("：")
        if p.endswith("！") and len(p) < 12:
            out.append(f'<p style="text-align:center;margin:22px 0"><span style="font-size:18px;color:#b5442a"><strong>{esc(p)}</strong></span></p>')
        elif sep and len(head_) <= 8 and " " in head_:
            out.append(f'<p style="line-height:1.8;margin:10px 0"><span style="font-size:15px"><strong style="color:#b5442a">{esc(head_)}：</strong>{esc(rest)}</span></p>')
        elif p[:2] in ("1.", "2.", "3."):
            out.append(f'<p style="line-height:1.8;padding-left:1em"><span style="font-size:15px">{esc(p)}</span></p>')
        else:
            out.append(f'<p style="line-height:1.8;text-indent:2em;margin:10px 0"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 0:
            out.append(f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng, 40)}/640"></section>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">▲村民们围坐在院坝里参加议事会</span></p>')
        if i == 2:
            out.append(card)
        if i == 10:
            out.append(f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng, 40)}/640"></section>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">▲议事结果在村务公示栏公示</span></p>')
    who = rng.sample(WHO, 3)
    tail = (f'<p style="margin-top:20px"><span style="font-size:12px;color:#999">文字：{who[0]}　图片：{who[1]}　编辑：{who[2]}</span></p>'
            '<section style="margin-top:16px"><p><strong>往期回顾</strong></p>'
            + "".join(f'<p><span style="font-size:14px;color:#576b95">{t}</span></p>' for t in
                      ["院坝议事会｜垃圾分类点设在哪，大家说了算", "青岗村第三届“好婆媳”评选结果出炉", "夏日荷塘开放啦，欢迎乡亲们带娃来玩",
                       "村集体经济分红大会举行", "新村民代表座谈会召开"])
            + '</section><p style="text-align:center"><span style="font-size:12px;color:#999">点亮“在看”，让更多乡亲看到</span></p>')
    body, style = _wx_page(rng, art, "彭州青岗村", "".join(out) + tail, False, CUN_COMMENTS)
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">' + style
    return head, body, url


# ---------------------------------------------------------------- 省 党报 网站 时政 with 评论

SDB_MENU = {
    "p04": _cols("首页:|时政:要闻 市领导活动 人事任免 会议 政策发布 权威发布|重庆:城市 民生 教育 医疗 交通 社区 法治 生态|时事:国内 国际 热点 图说|"
                 "两江观察:深度 调查 评论 观察|经济:财经 产业 金融 开放 科技 楼市 汽车 数字经济|理论头条:理论 学习 党建 访谈|"
                 "文旅:文化 旅游 非遗 美食 读书 影视|区县:主城都市区 渝东北 渝东南 区县联播|专题:成渝双城经济圈 乡村振兴 城市更新 两会|"
                 "视频:原创视频 直播 短视频 微纪录|图片:新闻图片 组图 摄影|APP下载:新重庆客户端 重庆日报客户端"),
    "p05": _cols("首页:|时政:时政要闻 高层动态 人事 市州 权威发布 发布会|四川:社会 民生 法治 教育 卫健 交通 天气|经济:宏观 产业 金融 农业 消费 企业 园区|"
                 "评论:川观评论 四川在线评 锐评 热评|文化:文博 非遗 阅读 艺术 演出|旅游:景区 线路 美食 民宿|市州:成都 绵阳 德阳 南充 宜宾 泸州 达州 乐山|"
                 "教育:高校 中小学 招考 留学|健康:医院 医生 养生 医保|房产:新盘 政策 家居|汽车:新车 车市 用车|视频:川观视频 直播|专题:专题策划 数据新闻"),
}
SDB_UNITS = {"p04": ["市政府", "市人大常委会", "市政协", "两江新区", "渝中区", "九龙坡区", "万州区", "涪陵区", "市发展改革委", "市经济信息委", "市教委", "市交通运输委"],
             "p05": ["省政府", "省人大常委会", "成都市", "绵阳市", "南充市", "宜宾市", "省发展改革委", "省经济和信息化厅", "省教育厅", "省商务厅", "省文旅厅", "省农业农村厅"]}
SDB_ACTS = ["召开常务会议研究部署经济工作", "举行重大项目集中开工仪式", "发布新一轮稳就业政策措施", "召开优化营商环境大会",
            "推进成渝地区双城经济圈建设", "部署今冬明春安全生产工作", "举行新闻发布会介绍前三季度经济运行", "启动冬季供暖保障工作",
            "开展民生实事项目督查", "召开科技创新大会", "出台支持民营经济发展十条措施", "部署秋冬季大气污染防治工作", "推动县域经济高质量发展",
            "召开农村人居环境整治现场会", "发布2025年度重点文化惠民活动", "推进新型工业化暨制造业高质量发展"]
PL = ["森林防火人人有责，清明上坟也要注意。", "支持！上山不带火种应该是常识。", "希望多宣传，农村老人烧秸秆的还是不少。", "扑火队员辛苦了，装备要配齐。",
      "林长制要真正落实到人头上。", "去年山火的教训太深刻了。", "无人机巡护这个好，覆盖面大。", "建议在景区入口也设检查点。",
      "今年雨水少，确实要提高警惕。", "为重庆点赞！", "防火比灭火更重要。", "村里的广播天天在喊，效果不错。", "打早打小打了，说得好。",
      "严禁未成年人参与扑火，这条必须坚持。", "希望给护林员涨点工资。", "我们区县的专业队伍训练很扎实。", "山上的烟头也要管一管。",
      "大家出门踏青记得别带打火机。", "支持依法追责！", "每一片山林都有人管，这句话说得好。", "家门口的山看着都干，担心。",
      "宣传要到村到户。", "好消息，火灾起数下降了。", "视频会开到乡镇，很接地气。", "点赞一线护林员！",
      "农村公路修好了，回老家方便多了。", "路长制好，路坏了知道找谁。", "我们县的赶场专线开通后，老人进城方便了。", "希望山区的路再拓宽一点。",
      "危桥改造要抓紧，有的桥看着就怕。", "支持四好农村路！", "村里通了客车，孩子上学不用走路了。", "养护很关键，修了不养等于白修。",
      "明年继续加油。", "数据很实在。", "学生专线这个点子好。", "我们村门口的路今年刚刚硬化。", "希望再修一些错车道。"]


def sdb_szpl152(art, rng, others):
    """省 党报 网站 时政: p04 a 重庆日报网-like page — crumb ``重庆日报网 > 正文``, ``时间：… | 编辑：…``
    and 来源 spans, bold centred ``坚持…，推动…`` heads, a ▲ photo caption, a 责任编辑 line, a 网友评论
    section (comments with names, times, 回复/点赞), 相关新闻, 热点排行 (not body); the
    ``重庆日报网讯（记者 …）`` opening run into the lead (body). p05 (GBK) a 四川在线-like page with
    ``来源：…　作者：…　编辑：…　YYYY-MM-DD hh:mm``, a 数据 table, bold ``记者：`` and ``负责人：`` turns,
    an 图为 caption, 热评 under a neutral class and a 推荐阅读 list."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = (f"https://www.cqrb.cn/content/{y}-{m}/{d}/content_{_n(rng, 6)}.html" if p04
           else f"https://www.scol.com.cn/sz/{y}{m}/{_n(rng, 8)}.html")
    who = rng.sample(WHO, 3)
    menu = SDB_MENU[art["id"]]
    pool = [c for c in PL[:25]] if p04 else PL[25:] + PL[:6]
    if p04:
        def special(p):
            if p.startswith("坚持") and "，" in p and "。" not in p:
                return f'<p style="text-align:center"><strong>{esc(p)}</strong></p>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<p>　　{x}</p>', lambda rows: "", special=special)
        blocks.insert(3, f'<p style="text-align:center"><img src="https://img.cqrb.cn/{y}{m}/{_n(rng, 12)}.jpg" width="600"></p>'
                         '<p style="text-align:center;font-family:楷体">▲会议现场。记者 ' + who[2] + ' 摄</p>')
        info = (f'<div class="detail-info"><span class="source">重庆日报</span><span class="time">时间：{y}-{m}-{d} {_hms(rng)}</span>'
                f'<span class="sep">|</span><span class="editor">编辑：{who[0]}</span></div>')
    else:
        def table(rows):
            return ('<table class="sjb" border="1" cellpadding="4" cellspacing="0" align="center" width="90%">'
                    + "".join("<tr>" + "".join(f'<td align="center">{"<b>" if i == 0 else ""}{esc(c)}{"</b>" if i == 0 else ""}</td>' for c in r.split(" ")) + "</tr>"
                              for i, r in enumerate(rows)) + "</table>")

        def special(p):
            head_, sep, rest = p.partition("：")
            if sep and head_ in ("记者", "省交通运输厅相关负责人"):
                return f'<p>　　<b>{esc(head_)}：</b>{esc(rest)}</p>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<p>　　{x}</p>', table, special=special)
        blocks.insert(2, f'<p align="center"><img src="/upload/{y}{m}/{_n(rng, 10)}.jpg" border="0"></p>'
                         '<p align="center"><font color="#555">图为发布会现场。</font></p>')
        info = (f'<div class="detail-info">来源：四川在线　作者：刘小琴　编辑：{who[0]}　{y}-{m}-{d} {_hm(rng)}</div>')
    units = SDB_UNITS[art["id"]]
    rel_dates = _earlier(art, rng, 8)
    rel = "".join(f'<li><a href="/content/{i}.html">{t}</a><span>{dd}</span></li>' for i, (t, dd) in enumerate(zip(_heads(rng, 8, units, SDB_ACTS), rel_dates)))
    hot = "".join(f'<li><em class="n{i}">{i}</em><a>{t}</a></li>' for i, t in enumerate(_heads(rng, 10, units, SDB_ACTS), 1))
    slide = "".join(f'<div class="swiper-slide"><a><img src="/pic/s{i}.jpg"><p>{t}</p></a></div>' for i, t in enumerate(_heads(rng, 6, units, SDB_ACTS)))
    cms = []
    for i, c in enumerate(rng.sample(pool, len(pool))):
        nm = (rng.choice(["重庆网友", "川观网友", "网友"]) + str(_n(rng, 5))) if rng.random() < 0.5 else _name(rng)
        dt = datetime.datetime.fromisoformat(art["date"]) + datetime.timedelta(hours=rng.randint(20, 60), minutes=rng.randint(0, 59))
        reply = (f'<div class="reply-box"><span class="rn">{_name(rng)}</span> 回复：{rng.choice(["同感。", "说得对。", "赞同！", "是的，要重视。"])}</div>' if i % 7 == 3 else "")
        cms.append(f'<div class="{"cmt-item" if p04 else "item-c"}"><div class="u"><img src="/static/avatar{i % 8}.png"><span class="nm">{nm}</span>'
                   f'<span class="ip">{rng.choice(["重庆", "四川", "贵州", "北京", "广东"])}</span></div><div class="c">{c}</div>{reply}'
                   f'<div class="ops"><span class="tm">{dt.strftime("%Y-%m-%d %H:%M")}</span><a class="hf">回复</a><a class="dz">点赞 {rng.randint(0, 99)}</a></div></div>')
    cmt_box = (('<div class="comment-area" id="comment"><div class="cmt-hd"><h3>网友评论</h3><span>（' + str(len(cms)) + '条）</span></div>'
                '<div class="cmt-form"><textarea placeholder="文明上网，理性发言"></textarea><button>发表评论</button></div>'
                '<div class="cmt-list">' + "".join(cms) + '</div><div class="cmt-more"><a>查看更多评论</a></div></div>') if p04 else
               ('<div class="box-x"><div class="box-x-hd">热评</div><div class="box-x-form"><textarea>我来说两句</textarea><a>提交</a></div>'
                + "".join(cms) + '</div>'))
    nav = ('<div class="header"><div class="hd-top"><a class="logo"><img src="/static/logo.png" alt="' + ("重庆日报网" if p04 else "四川在线") + '"></a>'
           '<div class="hd-search"><form action="/search/" method="get"><input name="keyword" placeholder="搜索新闻"><button>搜索</button></form></div>'
           '<div class="hd-login"><a>登录</a><a>注册</a><a>无障碍</a><a>关怀版</a></div></div>'
           '<div class="main-nav"><ul>' + "".join(
               f'<li><a href="/{i}/">{c}</a>' + ('<div class="drop">' + "".join(f'<a href="/{i}/{j}/">{s}</a>' for j, s in enumerate(subs)) + '</div>' if subs else "") + '</li>'
               for i, (c, subs) in enumerate(menu)) + '</ul></div>'
           '<div class="m-menu" style="display:none"><ul>' + "".join(f'<li><a href="/m/{i}/">{c}</a></li>' + "".join(f'<li class="s"><a href="/m/{i}/{j}/">{s}</a></li>' for j, s in enumerate(subs))
                                                              for i, (c, subs) in enumerate(menu)) + '</ul></div></div>')
    links = ["人民网", "新华网", "中国网", "央视网", "光明网", "中国经济网", "中国日报网", "中青网", "中新网", "国际在线", "中国台湾网", "中国西藏网",
             "华龙网", "四川在线", "四川新闻网", "贵州日报天眼新闻", "云南网", "七彩云南", "陕西传媒网", "湖北日报网", "红网", "大众网", "浙江在线",
             "东方网", "南方网", "北青网", "千龙网", "天津北方网", "河北新闻网", "山西新闻网", "东北新闻网", "中国江苏网", "中安在线", "东南网",
             "中国江西网", "大河网", "金羊网", "广西新闻网", "南海网", "黔东南信息港"]
    share = ('<div class="share-bar"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ</a>'
             '<div class="wx-qr" style="display:none"><img src="/qr?u=' + url + '"><p>用微信扫码分享</p></div></div>')
    crumb = (f'<div class="crumb"><a>{"重庆日报网" if p04 else "四川在线"}</a> &gt; <a>时政</a> &gt; 正文</div>')
    body = (nav + f'<div class="slide-top swiper-container"><div class="swiper-wrapper">{slide}</div></div>'
            + '<div class="container"><div class="main-l">' + crumb
            + f'<h1 class="detail-title">{esc(art["title"])}</h1>{info}'
            + ('<div class="detail-bd" id="detailContent">' if p04 else '<div class="sc-article" id="zoom">') + "".join(blocks) + '</div>'
            + f'<div class="zrbj">[责任编辑：{who[1]}]</div>{share}'
            + f'<div class="rel-news"><h3>相关新闻</h3><ul>{rel}</ul></div>{cmt_box}'
            + '<div class="tjyd"><h3>推荐阅读</h3>' + "".join(f'<div class="tj-i"><img src="/pic/t{i}.jpg"><a>{t}</a><span>{dd}</span></div>'
                                                          for i, (t, dd) in enumerate(zip(_heads(rng, 14, units, SDB_ACTS), _earlier(art, rng, 14, "%m-%d", 20)))) + '</div></div>'
            + f'<div class="main-r"><div class="r-hot"><h3>{"热点排行" if p04 else "24小时热榜"}</h3><ol>{hot}</ol></div>'
            + '<div class="r-app"><img src="/static/app_qr.png"><p>' + ("扫码下载新重庆客户端" if p04 else "扫码下载川观新闻客户端") + '</p></div>'
            + '<div class="r-zt"><h3>专题</h3>' + "".join(f'<a><img src="/zt/{i}.jpg" alt="{s}"></a>' for i, s in enumerate(menu[9][1] if p04 else menu[-1][1])) + '</div></div></div>'
            + '<div class="footer"><div class="ft-links"><h4>友情链接</h4>' + "".join(f'<a href="http://{i}.example.cn" target="_blank">{s}</a>' for i, s in enumerate(links)) + '</div>'
            + '<div class="ft-info"><p><a>关于我们</a> | <a>联系我们</a> | <a>广告服务</a> | <a>版权声明</a> | <a>网站地图</a> | <a>招聘信息</a></p>'
            + (f'<p>互联网新闻信息服务许可证：5012023{_n(rng, 3)}　<a>渝ICP备{_n(rng, 8)}号</a>　渝公网安备 {_n(rng, 14)}号</p>'
               '<p>违法和不良信息举报电话：023-6388' + str(_n(rng, 4)) + '　重庆日报报业集团版权所有</p>' if p04 else
               f'<p>互联网新闻信息服务许可证：5112006{_n(rng, 3)}　<a>蜀ICP备{_n(rng, 8)}号</a>　川公网安备 {_n(rng, 14)}号</p>'
               '<p>四川日报网络传媒发展有限公司版权所有　未经许可不得转载</p>') + '</div></div>'
            + f'<script>var ARTICLE = {{"id":"{_n(rng, 7)}","title":"{esc(art["title"])}","channel":"时政","comment":true,"share":{{"wx":true,"wb":true}},'
              f'"author":"{who[0]}","hits":{_n(rng, 4)}}};\n'
              'function loadComment(p){var x=new XMLHttpRequest();x.open("GET","/api/comment/list?aid="+ARTICLE.id+"&page="+p);'
              'x.onload=function(){var r=JSON.parse(x.responseText);if(r.code===0){renderComment(r.data);}};x.send();}\n'
              'function renderComment(list){var box=document.querySelector(".cmt-list");for(var i=0;i<list.length;i++){var d=document.createElement("div");'
              'd.className="cmt-item";d.innerHTML="<span class=nm>"+list[i].nick+"</span><div class=c>"+list[i].text+"</div>";box.appendChild(d);}}\n'
              'var swiper = new Swiper(".swiper-container",{loop:true,autoplay:{delay:4000},pagination:{el:".swiper-pagination"}});\n</script>\n'
            + f'<script>var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?{_wx_id(rng, 32).lower()}";'
              'var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>\n')
    head = (f'<title>{esc(art["title"])}_{"重庆日报网" if p04 else "四川在线"}</title>'
            f'<meta name="keywords" content="{"森林防灭火" if p04 else "农村公路"}"><meta name="description" content="{esc(art["body"][0][:60])}">'
            + _style(rng, "cq" if p04 else "sc", 140))
    return head, body, url


# ---------------------------------------------------------------- 央视新闻-like 地方 video+text

CCTV_MENU = _cols("首页:|新闻:国内 国际 经济 社会 法治 文娱 科技 生活 教育 地方|视频:新闻视频 热点视频 短视频 精品节目|直播:CCTV-1 CCTV-2 CCTV-4 CCTV-13 CCTV-17 央视频直播|"
                  "体育:足球 篮球 综合 冰雪 赛事直播|综艺:晚会 访谈 音乐 戏曲|节目:新闻联播 焦点访谈 新闻1+1 朝闻天下 东方时空 新闻直播间 共同关注|"
                  "纪录:人文 自然 历史 军事|少儿:动画 少儿节目 科普|农业:三农 乡村振兴 致富经 每日农经|片库:电视剧 电影 纪录片|"
                  "熊猫:熊猫直播 熊猫故事|央视频:下载 热门|客户端:央视新闻 央视频 央视影音")
CCTV_CHANS = [("CCTV-1 综合", ["新闻联播", "焦点访谈", "今日说法", "生活圈", "晚间新闻"]), ("CCTV-2 财经", ["经济半小时", "第一时间", "生财有道", "是真的吗"]),
              ("CCTV-3 综艺", ["星光大道", "向幸福出发", "越战越勇"]), ("CCTV-4 中文国际", ["中国新闻", "今日关注", "远方的家", "国家记忆"]),
              ("CCTV-5 体育", ["体育新闻", "天下足球", "体坛快讯"]), ("CCTV-6 电影", ["佳片有约", "流金岁月"]), ("CCTV-7 国防军事", ["军事报道", "国防故事"]),
              ("CCTV-8 电视剧", ["热播剧场", "海外剧场"]), ("CCTV-9 纪录", ["特别呈现", "自然传奇"]), ("CCTV-10 科教", ["探索·发现", "百家讲坛", "人物"]),
              ("CCTV-11 戏曲", ["CCTV空中剧院", "名段欣赏"]), ("CCTV-12 社会与法", ["社会与法", "天网", "普法栏目剧"]), ("CCTV-13 新闻", ["新闻直播间", "朝闻天下", "新闻1+1", "共同关注", "东方时空", "新闻周刊"]),
              ("CCTV-14 少儿", ["动画大放映", "智慧树", "第一动画乐园"]), ("CCTV-15 音乐", ["全球中文音乐榜上榜", "精彩音乐汇"]), ("CCTV-16 奥林匹克", ["奥运经典", "冠军之路"]),
              ("CCTV-17 农业农村", ["谁知盘中餐", "三农群英汇", "致富经", "每日农经", "乡理乡亲"])]
CCTV_LOCAL = ["浙江杭州", "江苏苏州", "四川成都", "重庆", "贵州遵义", "云南大理", "广西桂林", "湖南长沙", "湖北宜昌", "福建泉州", "山东青岛", "河南洛阳", "陕西延安", "甘肃敦煌"]
CCTV_ACTS = ["：秋日田野丰收忙", "：古镇游人如织", "：智能工厂加速生产", "：稻田里的丰收节", "：果农忙采摘", "：新能源产业链加快布局", "：江边湿地候鸟归来",
             "：夜经济点亮城市", "：乡村公路通到家门口", "：博物馆里过假期", "：非遗技艺进校园", "：港口货运繁忙"]


def ysxw_dfsp152(art, rng, others):
    """央视新闻-like 地方 video+text page: channel nav with drop-down sub-columns and a hidden phone
    menu, crumb, a video player with its setup script, an ``打开央视新闻客户端`` banner, 编辑/责任编辑,
    分享到, 相关视频 with durations and dates, 热播榜, 精彩推荐 pictures, 版权 footer (not body); the
    ``央视网消息：`` opening, bold ``记者：`` questions and ``村民 name：`` turns (body). p06 shows
    ``来源：央视新闻客户端 | YYYY年MM月DD日 hh:mm``; p07 no visible date (meta ``publishdate``, the URL)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://news.cctv.com/{y}/{m}/{d}/ARTI{_wx_id(rng, 20)}{y[2:]}{m}{d}.shtml"
    who = rng.sample(WHO, 2)

    def special(p):
        head_, sep, rest = p.partition("：")
        if sep and len(head_) <= 12 and "，" not in head_ and not p.startswith("央视网消息"):
            return f'<p><strong>{esc(head_)}：</strong>{esc(rest)}</p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p>　　{x}</p>', lambda rows: "", special=special)
    info = (f'<div class="info1"><a>来源：央视新闻客户端</a> | {y}年{m}月{d}日 {_hm(rng)}</div>' if p06
            else '<div class="info1"><a>来源：央视网</a></div>')
    guid = _wx_id(rng, 32).lower()
    player = (f'<div class="video_box"><div id="myFlash" class="flash_box"></div><div class="vdesc">视频时长 0{rng.randint(1, 3)}:{rng.randint(10, 59)}</div></div>'
              '<script type="text/javascript">var guid = "' + guid + '";var isHttps = location.protocol === "https:";'
              'var playerParas = {divId:"myFlash",w:"100%",h:"100%",t:"news",videoCenterId:guid,id:"null",url:"",articleId:"",'
              'filePath:"",sysSource:"",channelId:"",scheduleId:"",isLogin:"",userId:"",isDefaultPreImage:"true",isAutoPlay:"false",'
              'posterImg:"//p2.img.cctvpic.com/photoworkspace/contentimg/' + f'{y}/{m}/{d}/' + _wx_id(rng, 20) + '.jpg",isAudio:"false",'
              'isHttps:isHttps?"true":"false",wmode:"opaque",wideMode:"normal",listMode:"false",nextTitle:"",nextThumbnail:"",'
              'setupOn:"false",hasBarrage:"false",barrageApp:"",playerType:"vod_h5",drm:"true",webFullScreenOn:"false",language:"",'
              'h5Streaming:"hls",dynamicWatermark:"true"};\ncreateVodPlayer(playerParas);\n'
              'function cctvPlayerStatus(s){if(s==="playing"){document.querySelector(".app_banner").style.display="none";}}\n</script>')
    local = _heads(rng, 24, CCTV_LOCAL, CCTV_ACTS)
    rel_dates = _earlier(art, rng, 8, "%Y-%m-%d")
    rel = "".join(f'<li><div class="img"><a><img src="//p1.img.cctvpic.com/{_wx_id(rng, 16)}.jpg"><span class="time">0{rng.randint(0, 4)}:{rng.randint(10, 59)}</span></a></div>'
                  f'<div class="text"><a>{t}</a><span>{dd}</span></div></li>' for t, dd in zip(local[:8], rel_dates))
    hot = "".join(f'<li><span class="num n{i}">{i}</span><a>{t}</a></li>' for i, t in enumerate(local[8:18], 1))
    pics = "".join(f'<div class="pic"><a><img src="//p3.img.cctvpic.com/{_wx_id(rng, 16)}.jpg"></a><p>{t}</p></div>' for t in local[18:24])
    more_local = _heads(rng, 20, CCTV_LOCAL, CCTV_ACTS)
    more_dates = _earlier(art, rng, 20, "%Y-%m-%d %H:%M", 30)
    chans = ('<div class="all_channel" style="display:none"><h4>全部频道</h4>' + "".join(
        f'<dl><dt><a href="//tv.cctv.com/cctv{i}/">{c}</a></dt>' + "".join(f'<dd><a>{x}</a></dd>' for x in progs) + '</dl>' for i, (c, progs) in enumerate(CCTV_CHANS, 1)) + '</div>')
    nav = (chans + '<div class="header_nav" id="header_nav"><div class="nav_top"><a class="logo"><img src="//p1.img.cctvpic.com/photoAlbum/templet/common/logo_nav.png" alt="央视网"></a>'
           '<div class="search"><input type="text" placeholder="搜索"><a class="btn">搜索</a></div><div class="user"><a>登录</a><a>注册</a><a>无障碍浏览</a></div></div>'
           '<div class="nav_list"><ul>' + "".join(f'<li class="nav_li{" cur" if c == "新闻" else ""}"><a href="//{i}.cctv.com/">{c}</a>'
                                                   + ('<div class="nav_drop">' + "".join(f'<a href="//{i}.cctv.com/{j}/">{s}</a>' for j, s in enumerate(subs)) + '</div>' if subs else "")
                                                   + '</li>' for i, (c, subs) in enumerate(CCTV_MENU)) + '</ul></div></div>'
           '<div class="mobile_nav" style="display:none">' + "".join(f'<a href="//m.cctv.com/{i}/">{c}</a>' + "".join(f'<a class="s" href="//m.cctv.com/{i}/{j}/">{s}</a>' for j, s in enumerate(subs))
                                                                    for i, (c, subs) in enumerate(CCTV_MENU)) + '</div>')
    body = (nav + '<div class="column_wrapper"><div class="col_w660"><div class="crumbs"><a>新闻频道</a> &gt; <a>地方</a> &gt; 正文</div>'
            f'<div class="title_area"><h1>{esc(art["title"])}</h1>{info}</div>'
            + player + '<div class="app_banner"><a>打开央视新闻客户端 看更多精彩视频</a></div>'
            + '<div class="content_area" id="content_area">' + "".join(blocks) + '</div>'
            + f'<div class="zebian"><p>编辑：{who[0]}</p><p>责任编辑：{who[1]}</p></div>'
            + '<div class="share_box"><span>分享到：</span><a class="weixin">微信</a><a class="weibo">新浪微博</a><a class="qq">QQ好友</a><a class="copy">复制链接</a></div>'
            + f'<div class="rel_video"><h3>相关视频</h3><ul>{rel}</ul></div>'
            + '<div class="more_local"><h3>更多地方新闻</h3><ul>' + "".join(f'<li><a>{t}</a><span>{dd}</span></li>' for t, dd in zip(more_local, more_dates)) + '</ul></div></div>'
            + f'<div class="col_w300"><div class="hot_box"><h3>热播榜</h3><ol>{hot}</ol></div><div class="jctj"><h3>精彩推荐</h3>{pics}</div>'
            + '<div class="ewm_box"><img src="//p1.img.cctvpic.com/photoAlbum/templet/common/app_ewm.png"><p>扫码下载央视新闻客户端</p></div></div></div>'
            + '<div class="footer"><div class="ft_links">' + "".join(f'<a>{s}</a>' for s in ["央视网简介", "联系我们", "广告服务", "法律顾问", "人才招聘", "网站地图", "违法和不良信息举报",
                                                                                        "央视频", "央视新闻", "央视影音", "央视财经", "央视体育", "CCTV节目官网", "熊猫频道", "央视网英文版"]) + '</div>'
            + '<p>央视网版权所有 未经许可不得转载 京ICP证060535号 网上传播视听节目许可证（0102004号）</p>'
            + f'<p>京公网安备 {_n(rng, 14)}号　违法和不良信息举报电话：010-{_n(rng, 8)}</p></div>'
            + '<script type="text/javascript">var commentTitle = "' + esc(art["title"]) + '";var itemid1 = "' + guid + '";var column_id = "TOPC145153";'
            'var sub_column_id = "PAGE1402365";var domainname = "news.cctv.com";var sobey_video_flag = "1";var type = "";var pindao_1 = "CHAL1460955";'
            'var dateNum = (new Date()).toLocaleDateString() + " " + (new Date()).toLocaleTimeString();var times_str = dateNum.replace(/年/g,"-");'
            'var _cpa = window._cpa || [];_cpa.push(["_setpath","news"]);</script>\n'
            + '<script src="//js.data.cctv.com/__aplus_plugin_cctv.js,aplus_plugin_aplus_u.js"></script>\n')
    head = (f'<title>{esc(art["title"])}_新闻频道_央视网(cctv.com)</title><meta name="catalogs" content="PAGEkzc9Q2ZdHmnfGzL5rSxK220705">'
            f'<meta name="contentid" content="ARTI{_wx_id(rng, 20)}"><meta name="spm-id" content="C94212.P4YnMod9m2uD">'
            f'<meta name="keywords" content="{esc(art["title"].split("：")[0])} 地方"><meta name="description" content="{esc(art["body"][0][:70])}">'
            + ("" if p06 else f'<meta name="publishdate" content="{y}-{m}-{d}">') + _style(rng, "cctv", 200))
    return head, body, url


# ---------------------------------------------------------------- 区 卫健委 义诊 news

WJW_MENU = _cols("首页:|机构概况:领导信息 机构职能 内设科室 直属单位 医疗机构名录|政务公开:通知公告 政策文件 政策解读 规划计划 人事信息 财务信息 建议提案办理 行政执法公示|"
                 "卫健动态:工作动态 基层动态 医院动态 图片新闻 媒体报道|医政医管:医疗服务 护理管理 医疗质量 血液管理 平安医院|"
                 "疾病预防:传染病防控 慢病管理 免疫规划 爱国卫生 职业健康|基层卫生:家庭医生签约 基本公共卫生服务 乡村医生 医共体建设|"
                 "妇幼健康:孕产保健 儿童保健 出生缺陷防治 托育服务|中医药:中医药服务 名医名科 中医药文化|健康科普:健康知识 健康讲座 视频科普 健康素养|"
                 "办事服务:医师执业注册 护士执业注册 医疗机构执业登记 出生医学证明 办事指南|互动交流:局长信箱 在线咨询 投诉举报 满意度调查")
WJW_ACTS = ["开展家庭医生签约服务进社区活动", "举办基层卫生人员技能竞赛", "开展学校传染病防控专项督导", "召开医疗质量安全管理会议", "开展“世界心脏日”健康宣传",
            "启动秋冬季流感疫苗接种", "组织开展卫生应急演练", "开展医疗机构安全生产检查", "召开公共卫生服务项目推进会", "举办中医药文化进校园活动",
            "开展无偿献血志愿服务", "开展托育机构消防安全检查", "举行护士节表彰大会", "开展“三减三健”健康知识讲座"]
WJW_TZ = ["关于开展2025年度医师定期考核工作的通知", "关于公布区内发热门诊设置情况的公告", "2025年秋冬季流感疫苗接种点公示", "关于做好国庆期间医疗服务保障的通知",
          "区卫生健康局行政执法人员名单公示", "关于开展托育机构备案工作的通知", "2025年基层卫生人才招聘公告", "关于调整部分医疗服务项目价格的公示"]
WJW_KP = ["秋季腹泻高发，家长要注意这几点", "高血压患者冬季用药指南", "孩子反复咳嗽，可能是这个原因", "老年人防跌倒的五个小妙招",
          "科学就医，从预约挂号开始", "带你了解家庭医生签约服务", "流感和普通感冒有什么区别", "每天走多少步最合适"]
WJW_UNITS = ["区卫健委", "区人民医院", "区中医医院", "区妇幼保健院", "区疾控中心", "大丰街道社区卫生服务中心", "新繁街道社区卫生服务中心", "斑竹园街道社区卫生服务中心"]


def wjw_yzhd152(art, rng, others):
    """区 卫健委 义诊 news: p08 (GBK) an old table layout — top banner, a 10-column ``<td>`` menu with
    drop-down rows, a 栏目导航 side column and 近期动态 list, ``发布日期：YYYY年M月D日`` with 来源/作者/
    点击数 ``document.write``, an 图为 photo caption, ``（编辑：…　审核：…）``, 【打印本页】【关闭窗口】,
    a footer table (not body); a ``：``-ended lead-in, ``1.…；`` items, a quote and a ``…主任 name：``
    turn (body). p09 a div page whose only visible date is a later ``更新时间`` (meta ``PubDate`` and
    the URL give the publication date), an 义诊 table, a ``村民 name：`` turn, a 健康小贴士 box, 相关新闻."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.xindu.gov.cn/xdwjj/c{_n(rng, 6)}/{y}-{m}/{d}/content_{_wx_id(rng, 32).lower()}.shtml"
    who = rng.sample(WHO, 2)
    side_dates = _earlier(art, rng, 10, "%m-%d" if p08 else "%Y-%m-%d")
    side = _heads(rng, 10, WJW_UNITS, WJW_ACTS)
    extra_dates = _earlier(art, rng, 16, "%Y-%m-%d", 90)
    slider = ('<div class="slide-box"><ul class="slides">' + "".join(f'<li><a><img src="/upload/slide{i}.jpg" alt="{t}"><span>{t}</span></a></li>'
                                                                    for i, t in enumerate(_heads(rng, 6, WJW_UNITS, WJW_ACTS))) + '</ul><ol class="dots">'
              + "".join(f'<li>{i}</li>' for i in range(1, 7)) + '</ol></div>')
    extra = ('<div class="box-more"><div class="bm-hd">通知公告</div><ul>' + "".join(f'<li><a>{t}</a><span>{dd}</span></li>' for t, dd in zip(WJW_TZ, extra_dates[:8])) + '</ul></div>'
             '<div class="box-more"><div class="bm-hd">健康科普</div><ul>' + "".join(f'<li><a>{t}</a><span>{dd}</span></li>' for t, dd in zip(WJW_KP, extra_dates[8:])) + '</ul></div>'
             '<div class="box-more"><div class="bm-hd">办事服务</div><div class="fw-grid">' + "".join(f'<a class="fw-i"><img src="/images/ico{i}.png"><span>{x}</span></a>' for i, x in enumerate(WJW_MENU[10][1] + WJW_MENU[6][1] + WJW_MENU[7][1])) + '</div></div>'
             '<div class="box-more"><div class="bm-hd">图片新闻</div>' + "".join(f'<div class="tp"><img src="/upload/tp{i}.jpg"><p>{t}</p></div>' for i, t in enumerate(_heads(rng, 6, WJW_UNITS, WJW_ACTS))) + '</div>')

    def special(p):
        head_, sep, rest = p.partition("：")
        if sep and " " in head_ and len(head_) <= 14:
            return f'<p style="text-indent:2em"><b>{esc(head_)}：</b>{esc(rest)}</p>' if p08 else f'<p class="p1"><strong>{esc(head_)}：</strong>{esc(rest)}</p>'
        return None

    if p08:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:180%"><font size="3">{x}</font></p>', lambda rows: "", special=special)
        blocks.insert(2, f'<p align="center"><img src="/uploadfiles/{y}{m}/{_n(rng, 12)}.jpg" width="550" border="0"></p>'
                         '<p align="center"><font face="楷体_GB2312">图为医务人员为群众测量血压。</font></p>')
        menu = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="menu"><tr>' + "".join(
            f'<td class="m" onmouseover="showSub({i})" onmouseout="hideSub({i})"><a href="/xdwjj/c{i}/">{c}</a>'
            + (f'<div id="sub{i}" class="subm" style="display:none">' + "".join(f'<a href="/xdwjj/c{i}{j:02d}/">{s}</a><br>' for j, s in enumerate(subs)) + '</div>' if subs else '')
            + '</td>' for i, (c, subs) in enumerate(WJW_MENU)) + '</tr></table>')
        left = ('<td width="240" valign="top" class="left"><div class="lm"><div class="lmt">栏目导航</div><ul>'
                + "".join(f'<li><a>{s}</a></li>' for s in WJW_MENU[3][1] + WJW_MENU[2][1]) + '</ul></div>'
                '<div class="lm"><div class="lmt">近期动态</div><ul>' + "".join(f'<li><a>{t}</a><font color="#999">[{dd}]</font></li>' for t, dd in zip(side, side_dates)) + '</ul></div>' + extra + '</td>')
        article = (f'<td width="760" valign="top"><div class="wz">当前位置：<a>首页</a> &gt;&gt; <a>卫健动态</a> &gt;&gt; <a>工作动态</a></div>'
                   f'<table width="96%" align="center"><tr><td align="center" class="bt"><font size="5" color="#0b5aa2"><b>{esc(art["title"])}</b></font></td></tr>'
                   f'<tr><td align="center" class="xx">发布日期：{y}年{int(m)}月{int(d)}日　来源：区卫生健康委　作者：{who[0]}　点击数：<script>document.write("{_n(rng, 3)}");</script></td></tr>'
                   '<tr><td class="zw" id="zoom">' + "".join(blocks) + '</td></tr>'
                   f'<tr><td align="right">（编辑：{who[0]}　审核：{who[1]}）</td></tr>'
                   '<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table></td>')
        body = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/wjw_banner.jpg" width="1000" height="160"></td></tr>'
                '<tr><td class="tb" align="right"><a>设为首页</a> | <a>加入收藏</a> | <a>无障碍浏览</a> | <a>长者模式</a></td></tr></table>'
                + menu + slider + '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="ss"><form action="/search/">站内搜索：'
                '<input name="kw" size="24"><input type="submit" value="搜索"></form></td></tr></table>'
                + f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>{left}{article}</tr></table>'
                + '<table width="1000" border="0" align="center" class="yq"><tr><td>友情链接：' + _friends([
                    ("上级卫生健康部门", ["国家卫生健康委", "四川省卫生健康委", "成都市卫生健康委", "国家中医药管理局", "国家疾控局", "四川省疾控中心"]),
                    ("区级部门", ["区政府办", "区发展改革局", "区教育局", "区民政局", "区财政局", "区人社局", "区医保局", "区市场监管局", "区应急管理局"]),
                    ("医疗机构", WJW_UNITS[1:] + ["区第二人民医院", "区精神卫生中心", "木兰镇中心卫生院", "龙桥镇卫生院", "清流镇卫生院"])]) + '</td></tr></table>'
                + f'<table width="1000" border="0" align="center" class="foot"><tr><td align="center">主办：成都市新都区卫生健康局　地址：新都区新都街道桂湖东路{rng.randint(10, 300)}号<br>'
                  f'网站标识码：5101140{_n(rng, 3)}　蜀ICP备{_n(rng, 8)}号　川公网安备 {_n(rng, 14)}号<br>建议使用1024*768分辨率浏览</td></tr></table>'
                + '<script language="javascript">function showSub(i){var e=document.getElementById("sub"+i);if(e)e.style.display="block";}'
                  'function hideSub(i){var e=document.getElementById("sub"+i);if(e)e.style.display="none";}</script>\n'
                + _scripts_gov(rng, "新都区卫生健康局", "工作动态"))
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="义诊,卫生健康"><meta name="author" content="新都区卫生健康局">' + _style(rng, "wjw", 230)
    else:
        def table(rows):
            return ('<div class="tbl-wrap"><table class="yz-table"><thead><tr>' + "".join(f'<th>{esc(c)}</th>' for c in rows[0].split(" ")) + '</tr></thead><tbody>'
                    + "".join("<tr>" + "".join(f'<td>{esc(c)}</td>' for c in r.split(" ")) + "</tr>" for r in rows[1:]) + '</tbody></table></div>')
        blocks = _blocks(art["body"], lambda x: f'<p class="p1">{x}</p>', table, special=special)
        blocks.insert(5, f'<p class="pic"><img src="/upload/{y}{m}/{_n(rng, 10)}.jpg"></p><p class="pic-cap">▲专家在清流镇卫生院为村民义诊</p>')
        upd = datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=3)
        nav = ('<div class="g-top"><div class="w"><span>今天是<script>var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></span>'
               '<div class="r"><a>无障碍</a><a>长者模式</a><a>English</a><a>登录</a></div></div></div>'
               '<div class="g-head"><div class="w"><img class="logo" src="/images/logo_wjj.png" alt="成都市新都区卫生健康局"><div class="search"><input placeholder="请输入搜索内容"><a>搜索</a></div></div></div>'
               '<div class="g-nav"><ul class="w">' + "".join(f'<li><a href="/c{i}/">{c}</a>' + ('<dl class="dd">' + "".join(f'<dd><a href="/c{i}/{j}/">{s}</a></dd>' for j, s in enumerate(subs)) + '</dl>' if subs else '') + '</li>'
                                                          for i, (c, subs) in enumerate(WJW_MENU)) + '</ul></div>'
               '<div class="g-mnav" style="display:none">' + "".join(f'<a href="/m/c{i}/">{c}</a>' for i, (c, _s) in enumerate(WJW_MENU)) + '</div>')
        rel = "".join(f'<li><a>{t}</a><span>{dd}</span></li>' for t, dd in zip(side, side_dates))
        body = (nav + slider + '<div class="w main"><div class="pos">您所在的位置：<a>首页</a> &gt; <a>卫健动态</a> &gt; <a>基层动态</a></div>'
                f'<div class="art"><h1>{esc(art["title"])}</h1>'
                f'<div class="art-info"><span>更新时间：{upd.isoformat()} {_hm(rng)}</span><span>信息来源：区卫生健康局医政科</span>'
                '<span>字体：<a>大</a> <a>中</a> <a>小</a></span><span><a>打印</a></span></div>'
                '<div class="art-con" id="zoom">' + "".join(blocks) + '</div>'
                '<div class="tips-box"><h4>健康小贴士</h4><p>秋冬交替时节昼夜温差大，老年人早晚出门注意保暖，高血压患者不可自行停药，定期到村卫生室测量血压。</p></div>'
                f'<div class="art-ed">责任编辑：{who[1]}</div>'
                '<div class="art-share">分享：<a class="wx"></a><a class="wb"></a><a class="qq"></a></div>'
                f'<div class="art-rel"><h3>相关新闻</h3><ul>{rel}</ul></div></div><div class="side">{extra}</div></div>'
                '<div class="g-foot"><div class="w"><div class="links">' + "".join(f'<a>{s}</a>' for s in ["国家卫生健康委", "四川省卫生健康委", "成都市卫生健康委", "新都区人民政府",
                                                                                                   "成都市疾控中心", "四川省人民医院", "华西医院", "成都市第三人民医院", "区人民医院", "区中医医院"]) + '</div>'
                + _friends([("区级部门", ["区政府办", "区发展改革局", "区教育局", "区民政局", "区财政局", "区人社局", "区医保局", "区市场监管局", "区应急管理局", "区住建局", "区交通局", "区农业农村局"]),
                            ("镇街网站", ["新都街道", "大丰街道", "三河街道", "新繁街道", "斑竹园街道", "石板滩街道", "军屯镇", "清流镇", "木兰镇", "龙桥镇"])])
                + f'<p>主办：成都市新都区卫生健康局　网站标识码：5101140{_n(rng, 3)}　蜀ICP备{_n(rng, 8)}号　川公网安备 {_n(rng, 14)}号</p>'
                '<p><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a></p></div></div>'
                + _scripts_gov(rng, "新都区卫生健康局", "基层动态"))
        head = (f'<title>{esc(art["title"])}-成都市新都区卫生健康局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="基层动态">' + _style(rng, "xd", 280))
    return head, body, url


# ---------------------------------------------------------------- 晚报 e-paper 第06版 社会

WB_BANS = ["要闻", "要闻", "综合", "城事", "民生", "社会", "社会", "法治", "教育", "健康", "文体", "财经", "区县", "专刊", "副刊", "广告"]
WB_PLACES = ["顺庆区", "高坪区", "嘉陵区", "阆中", "南部", "西充", "营山", "蓬安", "仪陇", "市区", "滨江路", "北湖公园"]
WB_ACTS = ["老旧小区改造进入收尾阶段", "新增一批公共停车位", "社区开办暑期托管班", "农贸市场完成提档升级", "夜间经济持续升温", "一批重点项目集中开工",
           "秋粮收购陆续展开", "公交新开两条线路", "中小学迎来开学季", "全民健身赛事开赛", "图书馆延长开放时间", "背街小巷焕新颜", "柑橘种植户迎丰收",
           "消防员进社区讲安全", "一周天气早知道", "医保服务下沉到村", "老年大学秋季招生", "龙舟队备战全省比赛"]
WB_MENU = _cols("首页:|新闻:本地 国内 国际 图片|区县:顺庆 高坪 嘉陵 阆中 南部 西充 营山 蓬安 仪陇|民生:热线 求助 维权 曝光台|"
                "教育:校园 招考 家长课堂|健康:医院 名医 养生|文旅:景点 美食 节会|房产:楼盘 政策|汽车:车市 用车|数字报:南充日报 嘉陵晚报|视频:原创 直播|服务:订报 广告 联系我们")
WB_OTHERS = {"p11": ["小区楼道堆杂物 社区上门劝清理", "外卖小哥捡到钱包 原地等候失主", "暑期防溺水 志愿者河边巡查"],
             "p12": ["雨后路面塌陷 抢修人员连夜施工", "老人摔倒无人扶？这位小伙停下了脚步", "社区食堂开张 老人吃上热乎饭"]}


def wb_06sh152(art, rng, others):
    """晚报 e-paper 第06版 社会: masthead with ``YYYY年M月D日　星期X`` (the only visible date; the URL
    agrees), a 16-版 ``<select>``, 上一版/下一版/PDF/往期, 版面图 with an ``<area>`` map of the page's
    pieces, 本版标题, a 往期 calendar script, 责任编辑, 上一篇/下一篇, copyright (not body). p11 (GBK):
    an 引题 line, the text as ``<br>`` lines in one ``founder-content`` with the ``本报讯（记者 …）``
    opening (body), a caption table, a 简讯 shown in full after it; p12: a 副题, a ``□本报记者`` byline,
    ``<P>`` paragraphs with ``记者：``/``民警 name：`` turns (body), a 防走失小贴士 box."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.jlwb.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 3)
    titles = [art["title"]] + WB_OTHERS[art["id"]]
    if p11:
        lines = []
        for p in art["body"]:
            head_, sep, rest = p.partition("：")
            if sep and " " in head_ and len(head_) <= 8:
                lines.append(f"　　<b>{esc(head_)}：</b>{esc(rest)}")
            else:
                lines.append(f"　　{esc(p)}")
        text = ('<!--enpcontent--><founder-content>' + "<br>".join(lines[:4]) + "<br>"
                f'<table align="center" width="420"><tr><td><img src="../../../res/{y}-{m}/{d}/06/res01_attpic_brief.jpg" width="400"></td></tr>'
                f'<tr><td align="center"><font face="楷体_GB2312">黄建国在检查车辆。记者 {who[0]} 摄</font></td></tr></table>'
                + "<br>".join(lines[4:]) + '<br></founder-content><!--/enpcontent-->')
        top = ('<div class="yt">凌晨一点，他把最后一位乘客送到小区门口</div>'
               f'<h1>{esc(art["title"])}</h1>')
        after = ('<div class="second"><h2>外卖小哥捡到钱包 原地等候失主</h2>'
                 '<p>　　本报讯　8月2日中午，外卖骑手小吴在送餐途中捡到一个装有证件和现金的钱包。他在原地等了二十多分钟，直到失主赶来认领。'
                 '失主要拿钱感谢，被小吴婉言谢绝。（见习记者 ' + who[1] + '）</p></div>')
    else:
        def special(p):
            head_, sep, rest = p.partition("：")
            if sep and (head_ == "记者" or (" " in head_ and len(head_) <= 8)):
                return f'<P>　　<B>{esc(head_)}：</B>{esc(rest)}</P>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<P>　　{x}</P>', lambda rows: "", special=special)
        text = '<div id="ozoom"><founder-content>' + "".join(blocks) + '</founder-content></div>'
        top = (f'<h1>{esc(art["title"])}</h1><div class="ft">——老人口袋里的一张旧药盒成了关键线索</div>'
               f'<div class="author">□本报记者 {who[0]} 文/图</div>')
        after = ('<table align="center"><tr><td><img src="../../../res/' + f'{y}-{m}/{d}' + '/06/res02_attpic_brief.jpg" width="400"></td></tr>'
                 '<tr><td align="center">民警与张女士（右）一起安抚老人。</td></tr></table>'
                 '<div class="tips"><b>防走失小贴士</b><br>1.为老人准备写有家属姓名和电话的卡片，缝在外衣内侧；<br>2.定期给老人拍照，记住当天穿着；<br>'
                 '3.发现老人走失，第一时间报警，不必等满24小时。</div>')
    opts = "".join(f'<option value="node_{i:02d}.htm"{" selected" if i == 6 else ""}>第{i:02d}版：{b}</option>' for i, b in enumerate(WB_BANS, 1))
    areas = "".join(f'<area shape="polygon" coords="{",".join(str(rng.randint(10, 600)) for _ in range(8))}" href="content_{_n(rng, 6)}.htm" alt="{t}">' for t in titles)
    week = _week(art)
    issue = "".join(f'<dl class="bc-dl"><dt>第{i:02d}版：{b}</dt>' + "".join(f'<dd><a href="../../{y}-{m}/{d}/content_{_n(rng, 6)}.htm">{t}</a></dd>'
                                                                       for t in _heads(rng, rng.randint(5, 7), WB_PLACES, WB_ACTS)) + '</dl>'
                    for i, b in enumerate(WB_BANS, 1) if i != 6)
    topnav = ('<div class="grp-nav"><ul>' + "".join(f'<li><a href="http://www.jlwb.cn/{i}/">{c}</a><div class="grp-sub">' + "".join(f'<a href="http://www.jlwb.cn/{i}/{j}/">{x}</a>' for j, x in enumerate(subs)) + '</div></li>'
                                                   for i, (c, subs) in enumerate(WB_MENU)) + '</ul></div>')
    cal = ('<script language="javascript">var curDate = "' + f'{y}-{m}-{d}' + '";var firstDate = "2009-01-01";'
           'function showCalendar(){var box=document.getElementById("calendar");var t=new Date(curDate.replace(/-/g,"/"));'
           'var y=t.getFullYear(),m=t.getMonth();var first=new Date(y,m,1).getDay();var days=new Date(y,m+1,0).getDate();'
           'var h="<table class=cal><tr><th>日</th><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th></tr><tr>";'
           'for(var i=0;i<first;i++){h+="<td></td>";}for(var k=1;k<=days;k++){var dd=(k<10?"0":"")+k;var mm=((m+1)<10?"0":"")+(m+1);'
           'h+="<td><a href=../../"+y+"-"+mm+"/"+dd+"/node_01.htm>"+k+"</a></td>";if((k+first)%7===0){h+="</tr><tr>";}}'
           'h+="</tr></table>";box.innerHTML=h;}\nfunction goPage(s){location.href=s.options[s.selectedIndex].value;}\n'
           'window.onload=function(){showCalendar();initHot();};\n'
           'function initHot(){var areas=document.getElementsByTagName("area");for(var i=0;i<areas.length;i++){areas[i].onmouseover=function(){'
           'var c=this.coords.split(",");var box=document.getElementById("hotbox");if(!box){box=document.createElement("div");box.id="hotbox";'
           'box.style.cssText="position:absolute;border:2px solid #c00;background:rgba(200,0,0,0.08);pointer-events:none";document.body.appendChild(box);}'
           'var xs=[],ys=[];for(var k=0;k<c.length;k+=2){xs.push(+c[k]);ys.push(+c[k+1]);}var img=document.querySelector(".bmt img");var r=img.getBoundingClientRect();'
           'box.style.left=(r.left+Math.min.apply(null,xs)*r.width/1000)+"px";box.style.top=(r.top+window.scrollY+Math.min.apply(null,ys)*r.height/1450)+"px";'
           'box.style.width=((Math.max.apply(null,xs)-Math.min.apply(null,xs))*r.width/1000)+"px";box.style.height=((Math.max.apply(null,ys)-Math.min.apply(null,ys))*r.height/1450)+"px";'
           'box.style.display="block";};areas[i].onmouseout=function(){var b=document.getElementById("hotbox");if(b)b.style.display="none";};}}\n'
           'function zoomIn(){var z=document.getElementById("ozoom");if(z){var f=parseInt(z.style.fontSize||"16");z.style.fontSize=(f+2)+"px";}}\n'
           'function zoomOut(){var z=document.getElementById("ozoom");if(z){var f=parseInt(z.style.fontSize||"16");z.style.fontSize=(f-2)+"px";}}\n</script>\n')
    body = (topnav + '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="mast"><tr>'
            '<td width="300"><img src="../../../images/jlwb_logo.gif" alt="嘉陵晚报"></td>'
            f'<td class="mast-c"><p>{y}年{int(m)}月{int(d)}日　{week}</p><p>中共南充市委机关报主管　南充日报社主办</p><p>国内统一连续出版物号：CN51-00{_n(rng, 2)}</p></td>'
            '<td class="mast-r"><a>首页</a> | <a>数字报</a> | <a>新闻网</a> | <a>客户端</a> | <a>登录</a></td></tr></table>'
            f'<div class="bar"><select onchange="goPage(this)">{opts}</select>'
            f'　<a href="node_05.htm">上一版</a>　<a href="node_07.htm">下一版</a>　<a href="../../../page/{y}-{m}/{d}/06/{_n(rng, 8)}.pdf">PDF下载</a>　<a>往期回顾</a>　<a>版面导航</a>'
            '<span class="sch"><input name="key"><input type="button" value="检索"></span></div>'
            '<table width="1000" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td width="380" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/06/{y}{m}{d}06_b.jpg" width="360" usemap="#PagePicMap"><map name="PagePicMap">{areas}</map></div>'
            '<div class="bmlist"><h4>本版标题</h4><ul>' + "".join(f'<li><a>{esc(t)}</a></li>' for t in titles) + '</ul></div>'
            '<div class="bclist"><h4>版面目录</h4><ul>' + "".join(f'<li><a href="node_{i:02d}.htm">第{i:02d}版：{b}</a></li>' for i, b in enumerate(WB_BANS, 1)) + '</ul></div>'
            '<div id="calendar" class="calendar"></div><div class="hot"><h4>热门文章</h4><ol>' + "".join(f'<li><a>{t}</a></li>' for t in _heads(rng, 10, WB_PLACES, WB_ACTS)) + '</ol></div>'
            '<div class="wqjx"><h4>往期精选</h4><ul>' + "".join(f'<li><a>{t}</a><span>{dd}</span></li>' for t, dd in zip(_heads(rng, 10, WB_PLACES, WB_ACTS), _earlier(art, rng, 10, "%m-%d", 40))) + '</ul></div><div class="issue"><h4>本期导航</h4>' + issue + '</div></td>'
            f'<td valign="top"><div class="article"><div class="lm">第06版：社会</div>{top}{text}{after}'
            f'<div class="bj">责任编辑：{who[2]}　美编：{who[1]}</div>'
            f'<div class="sx"><a>上一篇：{esc(titles[2])}</a>　<a>下一篇：{esc(titles[1])}</a>　<a>返回本版目录</a></div></div></td></tr></table>'
            '<div class="copyright">嘉陵晚报社版权所有　未经书面授权不得转载、摘编或建立镜像<br>'
            f'地址：南充市顺庆区人民中路{rng.randint(10, 300)}号　新闻热线：0817-22{_n(rng, 5)}　蜀ICP备{_n(rng, 8)}号　川公网安备 {_n(rng, 14)}号</div>'
            + cal)
    head = ('<title>嘉陵晚报-第06版：社会</title><meta name="keywords" content="嘉陵晚报,数字报,社会新闻">' + _style(rng, "ep", 240))
    return head, body, url


TEMPLATES = {"xzf_tzgg152": xzf_tzgg152, "jw_mp_kxaq152": jw_mp_kxaq152, "sdb_szpl152": sdb_szpl152,
             "ysxw_dfsp152": ysxw_dfsp152, "wjw_yzhd152": wjw_yzhd152, "cun_mp_ysh152": cun_mp_ysh152,
             "wb_06sh152": wb_06sh152}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages152", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
