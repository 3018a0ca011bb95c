"""Build the hundred-and-fifty-ninth saved-page set (``pages159``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, written at a real page's weight (every page at least 30 KB: full menus with sub-columns and a
hidden phone copy, inline scripts and styles, sliders, sidebars, comment sections, link-grid
footers): 市 人大 网站 pages, a GBK 立法 调研 report and a 代表 建议 督办 news page (``srd_wz159``);
a 文旅 app H5 分享 页 with 评论 (``wl_h5pl159``); 中国新闻网-like 地方 pages with 评论 and 热点排行
(``zxw_dfpl159``); 区 政府网 图片新闻 pages, a 图集 and a GBK 航拍 page (``qzf_tpxw159``); a 区
农业农村委 通知 (GBK, ``nyw_tz159``); a 村 公众号 乡村 春晚 post (``cun_mp_cw159``); 晚报 e-paper
第08版 副刊 pages (one GBK, ``wb_08fk159``). ``articles.txt`` holds the title, date and reference
body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages159/build.py
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["李梦瑶", "赵宏伟", "孙静怡", "钱国栋", "吴晓峰", "郑丽娟", "冯志远", "蒋欣然", "韩磊", "曹雪梅", "彭涛", "袁佳琪"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")
NICK = ["山那边的风", "老街坊", "小鱼儿", "竹林深处", "晴天", "阿杰", "橙子味的夏天", "静水流深", "张师傅", "一叶知秋",
        "西瓜太郎", "奔跑的蜗牛", "老陈", "湖畔人家", "清风徐来", "木子李", "追风少年", "半夏", "大山", "云朵朵",
        "江南雨", "糖糖妈", "老王头", "夜归人", "向日葵", "南山南", "北方的狼", "一杯清茶", "岁月静好", "远方"]
PLACES = ["城东新区", "高新区", "经开区", "滨江街道", "城南街道", "北山镇", "青龙镇", "白马乡", "石桥镇", "新华街道",
          "龙泉镇", "金桥街道", "河西镇", "柏林镇", "东城街道", "南湖街道"]
THINGS = ["冬春火灾防控", "农村人居环境整治", "校园周边安全", "重点项目建设", "城市精细化管理", "高标准农田建设",
          "社区嵌入式服务", "电动自行车安全", "一老一小服务", "农产品质量安全", "河湖库保护", "全民健身",
          "便民服务圈", "文明交通", "村级集体经济", "春耕备耕", "夜间经济", "非遗保护传承"]
FORMS = ["{p}全力推进{t}", "{p}召开{t}工作会", "{p}开展{t}集中行动", "{t}“回头看”在{p}启动", "{p}{t}跑出加速度",
         "{p}：{t}有了新变化", "{p}举办{t}培训班", "{p}多部门联合检查{t}", "{p}{t}试点通过验收", "聚焦{t} {p}出实招",
         "{p}推动{t}提质增效", "{p}“小切口”做好{t}大文章"]


def _heads(rng, k, places=PLACES) -> list[str]:
    """``k`` distinct teaser headlines of other reports."""
    out = []
    while len(out) < k:
        h = rng.choice(FORMS).format(p=rng.choice(places), t=rng.choice(THINGS))
        if h not in out:
            out.append(h)
    return out


def _dates(art, rng, k, span=60) -> list[str]:
    """``k`` dates before the article's (``YYYY-MM-DD``), newest first."""
    d0 = datetime.date.fromisoformat(art["date"])
    return [str(d0 - datetime.timedelta(days=x)) for x in sorted(rng.sample(range(1, span), k))]


def _row(p: str) -> bool:
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：！？")


def _head(p: str) -> bool:
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _blocks(body, para, head=None, special=None, table=None) -> list[str]:
    """Body lines as blocks: table rows grouped into one ``table(rows)``, ``special(p)`` first,
    numbered heads through ``head``, other lines through ``para``."""
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


def _th_table(rows, attrs='class="tb" border="1" cellspacing="0" cellpadding="4" width="96%" align="center"') -> str:
    out = []
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _menu(rng, spec, ul_cls, sub_cls, root="") -> str:
    """A header menu: ``spec`` is ``[(column, [sub-columns])]``; every column a link with a drop-down."""
    lis = []
    for i, (col, subs) in enumerate(spec):
        sub = "".join(f'<a href="{root}/{i:02d}/{j:02d}/" target="_blank">{esc(s)}</a>' for j, s in enumerate(subs))
        lis.append(f'<li class="m{i}"><a class="m-a" href="{root}/{i:02d}/">{esc(col)}</a><div class="{sub_cls}">{sub}</div></li>')
    return f'<ul class="{ul_cls}">' + "".join(lis) + "</ul>"


def _grid(names, cls, prefix="http://www.") -> str:
    return f'<div class="{cls}">' + "".join(f'<a href="{prefix}{i:03d}.gov.cn" target="_blank">{esc(x)}</a>' for i, x in enumerate(names)) + "</div>"


def _select(label, names) -> str:
    return (f'<select onchange="if(this.value)window.open(this.value)"><option value="">{label}</option>'
            + "".join(f'<option value="http://link{i}.example.gov.cn">{esc(x)}</option>' for i, x in enumerate(names)) + "</select>")


def _stats(rng, site_id) -> str:
    """A statistics block and a visit counter as real CMS pages carry them."""
    return (f'<script type="text/javascript">var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");'
            f'hm.src="https://hm.baidu.com/hm.js?{rng.getrandbits(128):032x}";var s=document.getElementsByTagName("script")[0];'
            f's.parentNode.insertBefore(hm,s);}})();</script>'
            f'<script type="text/javascript">var _maq=_maq||[];_maq.push(["_setAccount","{site_id}"]);'
            '(function(){var ma=document.createElement("script");ma.type="text/javascript";ma.async=true;'
            'ma.src=("https:"==document.location.protocol?"https://":"http://")+"stat.example-gov.cn/ma.js";'
            'var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(ma,s);})();'
            'function setFontSize(n){var c=document.getElementById("zoom");if(!c)return;c.style.fontSize=n+"px";'
            'var ps=c.getElementsByTagName("p");for(var i=0;i<ps.length;i++){ps[i].style.fontSize=n+"px";}}'
            'function doPrint(){var w=window.open("","_blank");w.document.write(document.getElementById("printArea").innerHTML);w.print();}'
            '</script>')


def _css(rng, prefix, n=40) -> str:
    """A site stylesheet block of ``n`` rules."""
    props = ["margin:0 auto", "padding:0 10px", "font-size:14px", "line-height:28px", "color:#333", "color:#b40000",
             "background:#f5f5f5", "border-bottom:1px solid #ddd", "overflow:hidden", "float:left", "float:right",
             "display:none", "display:block", "width:1200px", "height:40px", "text-align:center", "font-weight:bold"]
    parts = ["body{margin:0;font-family:'Microsoft YaHei',SimSun,Arial}a{text-decoration:none;color:#333}"]
    for i in range(n):
        parts.append(f".{prefix}-{i}{{" + ";".join(rng.sample(props, 4)) + "}")
    return "<style>" + "".join(parts) + "</style>"


def _coltree(rng, spec, var, base) -> str:
    """A CMS column tree as an inline configuration script (ids, names, links, parents)."""
    nodes = []
    for i, (col, subs) in enumerate(spec):
        cid = 1000 + i * 37
        nodes.append({"id": cid, "pid": 0, "name": col, "url": f"{base}/{i:02d}/", "target": "_self", "show": True})
        for j, sub in enumerate(subs):
            nodes.append({"id": cid + j + 1, "pid": cid, "name": sub, "url": f"{base}/{i:02d}/{j:02d}/", "target": "_blank",
                          "show": True, "sort": j + 1})
    return f"<script>var {var} = " + json.dumps(nodes, ensure_ascii=False) + ";</script>"


def _boxes(rng, art, names, places, cls) -> str:
    """Lower boxes: one list of dated headlines per name in ``names``."""
    out = []
    for nm in names:
        lis = "".join(f'<li><a href="/{cls}/{_n(rng, 7)}.html" title="{esc(h)}">{esc(h)}</a><span class="dt">{dt}</span></li>'
                      for h, dt in zip(_heads(rng, 8, places), _dates(art, rng, 8, 120)))
        out.append(f'<div class="{cls}-box"><div class="{cls}-hd"><span>{nm}</span><a class="more">更多&gt;&gt;</a></div><ul>{lis}</ul></div>')
    return "".join(out)


# ---------------------------------------------------------------- 市 人大 网站
SRD_MENU = [
    ("首页", []),
    ("人大要闻", ["常委会动态", "主任会议", "领导活动", "图片新闻", "视频新闻", "媒体聚焦", "工作简报"]),
    ("立法工作", ["立法动态", "立法规划", "立法计划", "法规草案征求意见", "地方性法规", "立法调研", "基层立法联系点", "备案审查"]),
    ("监督工作", ["执法检查", "专题询问", "听取审议报告", "预算审查监督", "国有资产监督", "满意度测评", "视察调研"]),
    ("代表工作", ["代表履职", "代表建议", "建议办理", "代表之家", "代表联络站", "代表培训", "代表风采", "闭会期间活动"]),
    ("决定任免", ["重大事项决定", "人事任免", "宪法宣誓", "任前法律考试"]),
    ("会议文件", ["人民代表大会", "常委会会议", "主任会议", "会议公告", "审议意见"]),
    ("县市区人大", ["涪城区", "游仙区", "安州区", "江油市", "三台县", "盐亭县", "梓潼县", "北川县", "平武县", "高新区", "经开区", "科技城新区"]),
    ("理论研究", ["人大研究", "调研报告", "履职心得", "征文选登", "学习园地"]),
    ("专题专栏", ["全过程人民民主", "民生实事项目票决", "学习贯彻全会精神", "依法治市", "优化营商环境", "法治宣传"]),
    ("公开公示", ["常委会公告", "工作报告", "代表名单", "机关预决算", "政府采购"]),
    ("联系我们", ["人大信访", "在线留言", "代表信箱", "办事指南", "机构设置"]),
]
SRD_LINKS = ["全国人大网", "中国人大网", "四川人大网", "成都人大网", "自贡人大网", "攀枝花人大网", "泸州人大网", "德阳人大网",
             "广元人大网", "遂宁人大网", "内江人大网", "乐山人大网", "南充人大网", "眉山人大网", "宜宾人大网", "广安人大网",
             "达州人大网", "雅安人大网", "巴中人大网", "资阳人大网", "阿坝州人大网", "甘孜州人大网", "凉山州人大网", "绵阳市人民政府",
             "绵阳市政协", "中国绵阳", "绵阳日报", "绵阳广播电视台"]


def _srd_chrome(rng, art, inner, crumb, side) -> str:
    menu = _menu(rng, SRD_MENU, "nav-ul", "nav-sub")
    phone = _menu(rng, SRD_MENU, "m-nav-list", "m-sub", root="/m")
    slides = "".join(f'<li><a href="/rdyw/{_n(rng, 6)}.html"><img src="/uploads/slide/{_n(rng, 8)}.jpg"><p>{esc(h)}</p></a></li>'
                     for h in _heads(rng, 5))
    links = "".join(f'<a href="http://rd{i}.example.cn">{x}</a>' for i, x in enumerate(SRD_LINKS))
    return (_css(rng, "rd", 50)
            + '<div class="topbar"><div class="w1200"><span class="welcome">欢迎访问绵阳人大网！</span>'
              '<span class="tb-r"><a href="javascript:;" id="wza">无障碍</a>|<a href="javascript:;" id="zzms">长者模式</a>|'
              '<a href="/m/">手机版</a>|<a href="/login.html">代表登录</a>|<a href="javascript:;">设为首页</a></span></div></div>'
            + '<div class="header"><div class="w1200"><img class="logo" src="/images/rd_logo.png" alt="绵阳人大">'
              '<form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键词">'
              '<select name="scope"><option>全站</option><option>标题</option><option>正文</option></select><button>搜索</button></form></div></div>'
            + f'<div class="nav"><div class="w1200">{menu}</div></div>'
            + f'<div class="m-nav" style="display:none"><a class="m-menu-btn">菜单</a>{phone}</div>'
            + f'<div class="slide-box"><ul class="slide">{slides}</ul><div class="slide-dots"><i class="on"></i><i></i><i></i><i></i><i></i></div></div>'
            + f'<div class="w1200 main"><div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="#">{crumb[0]}</a> &gt; <a href="#">{crumb[1]}</a></div>'
            + f'<div class="main-l" id="printArea">{inner}</div><div class="main-r">{side}</div></div>'
            + f'<div class="w1200 lower">{_boxes(rng, art, ["常委会动态", "代表履职", "县市区人大", "通知公告"], PLACES, "rd")}</div>'
            + f'<div class="yqlj w1200"><div class="yq-t">友情链接</div><div class="yq-c">{links}</div>'
              f'<div class="yq-s">{_select("—— 县市区人大 ——", [c for c in SRD_MENU[7][1]])}{_select("—— 市级部门 ——", ["市发展改革委", "市教育和体育局", "市公安局", "市司法局", "市财政局", "市自然资源和规划局", "市住房城乡建设委", "市交通运输局", "市农业农村局", "市卫生健康委", "市市场监管局", "市城管执法局"])}</div></div>'
            + '<div class="footer"><div class="w1200"><p><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a> | <a>使用帮助</a></p>'
              f'<p>主办：绵阳市人大常委会办公室　承办：绵阳市人大常委会信息中心　地址：绵阳市涪城区临园路东段{_n(rng, 2)}号</p>'
              f'<p><a href="https://beian.miit.gov.cn/">蜀ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png">川公网安备 {_n(rng, 14)}号　'
              '建议使用1366×768分辨率浏览</p><div class="jiucuo"><img src="/images/jiucuo.png" alt="我要纠错"></div></div></div>'
            + _coltree(rng, SRD_MENU, "siteColumns", "http://www.myrd.gov.cn")
            + _stats(rng, "RD-MY-01"))


def srd_wz159(art, rng, others):
    """市 人大 网站: p01 (GBK) a 立法 调研 报告 with glued info (``发布时间：…来源：…浏览次数：`` and a
    ``document.write`` counter), the 主送 line, 黑体 一、 heads, a 问卷 ``<th>`` table, （一） and 1. items,
    the 落款 (调研组) and an earlier date, 附件 and a 相关链接 box; p02 a 重点建议 督办 news page with
    bold ``代表 name：`` turns, a 楷体 caption, a 建议摘要 card, 责任编辑, 上一篇/下一篇; sidebar 热点排行."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    col = "lfgz/lfdy" if p01 else "dbgz/jybl"
    url = f"http://www.myrd.gov.cn/{col}/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.html"
    who = rng.sample(WHO, 4)
    para = lambda t: f'<p style="text-indent:2em;line-height:2;font-family:仿宋_GB2312;font-size:16pt">{t}</p>'  # noqa: E731
    if p01:
        def special(p):
            if p.endswith("常委会：") and len(p) < 14:
                return f'<p style="line-height:2;font-family:仿宋_GB2312;font-size:16pt">{esc(p)}</p>'
            return None
        blocks = _blocks(art["body"], para, special=special, table=_th_table,
                         head=lambda t: f'<p style="text-indent:2em;line-height:2"><span style="font-family:黑体;font-size:16pt">{t}</span></p>')
        info = (f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hms(rng)}</span><span>来源：市人大法制委</span>'
                f'<span>浏览次数：<script>document.write({_n(rng, 4)})</script></span>'
                '<span class="zh">字体大小：[<a href="javascript:setFontSize(18)">大</a>][<a href="javascript:setFontSize(16)">中</a>][<a href="javascript:setFontSize(14)">小</a>]</span></div>')
        tail = ('<p style="text-align:right;line-height:2;font-family:仿宋_GB2312;font-size:16pt">绵阳市人大法制委员会<br>市人大常委会法制工作委员会</p>'
                f'<p style="text-align:right;line-height:2;font-family:仿宋_GB2312;font-size:16pt">{y}年{int(m)}月{int(d) - 3}日</p>'
                f'<p class="fj">附件：<a href="/uploads/{y}{m}/{_n(rng, 12)}.docx">绵阳市城市养犬管理条例（草案）（征求意见稿）.docx</a></p>'
                '<div class="xglj"><div class="xglj-t">相关链接</div><ul>'
                '<li><a>市人大常委会2025年度立法计划</a></li><li><a>《绵阳市城市养犬管理条例（草案）》公开征求意见的公告</a></li>'
                '<li><a>调研组赴游仙区开展养犬管理立法调研</a></li></ul></div>')
        crumb = ("立法工作", "立法调研")
    else:
        def special(p):
            if "：" in p[:16] and not p.startswith("“"):
                name, rest = p.split("：", 1)
                return f'<p style="text-indent:2em;line-height:2"><strong>{esc(name)}：</strong>{esc(rest)}</p>'
            return None
        blocks = _blocks(art["body"], para, special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 12)}.jpg" width="640"></p>'
                         '<p style="text-align:center;font-family:楷体;font-size:14pt">督办组在水井巷查看背街小巷改造情况。（市人大常委会办公室供图）</p>')
        blocks.insert(6, '<div class="card" style="border:1px solid #c00;padding:10px;margin:10px 30px;background:#fff8f0">'
                         '<p style="font-weight:bold;color:#c00">建议摘要</p><p>建议名称：关于加快老城区背街小巷改造的建议</p>'
                         '<p>领衔代表：刘建国　附议代表：11人</p><p>主办单位：市住房城乡建设委　会办单位：涪城区人民政府、游仙区人民政府</p></div>')
        info = (f'<div class="info"><span>来源：市人大常委会办公室</span>　<span>作者：{who[0]}</span>　'
                f'<span>发布时间：{y}-{m}-{d}</span>　<span>阅读：<span id="hits">{_n(rng, 4)}</span></span></div>')
        pn = rng.sample(others, 2)
        tail = (f'<p class="zrbj" style="text-align:right">（责任编辑：{who[1]}　审核：{who[2]}）</p>'
                f'<div class="sxp"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>')
        crumb = ("代表工作", "建议办理")
    share = ('<div class="share">分享到：<a class="bds_weixin" title="分享到微信"></a><a class="bds_tsina" title="分享到新浪微博"></a>'
             '<a class="bds_qzone" title="分享到QQ空间"></a></div><div class="dy"><a href="javascript:doPrint()">【打印本页】</a> '
             '<a href="javascript:window.close()">【关闭窗口】</a></div>')
    inner = (f'<div class="art"><h1 class="art-t">{esc(art["title"])}</h1>{info}<div class="art-c" id="zoom">'
             + "".join(blocks) + f'</div>{tail}{share}</div>')
    hot = "".join(f'<li><i>{i + 1}</i><a>{esc(h)}</a></li>' for i, h in enumerate(_heads(rng, 10)))
    news = "".join(f'<li><a>{esc(h)}</a><span>{dt[5:]}</span></li>' for h, dt in zip(_heads(rng, 8), _dates(art, rng, 8)))
    side = (f'<div class="rbox"><div class="rbox-t">热点排行</div><ol class="hot">{hot}</ol></div>'
            f'<div class="rbox"><div class="rbox-t">最新发布</div><ul>{news}</ul></div>'
            '<div class="rbox zt"><div class="rbox-t">专题专栏</div><a><img src="/uploads/zt/qgc.jpg" alt="全过程人民民主"></a>'
            '<a><img src="/uploads/zt/msss.jpg" alt="民生实事项目票决"></a><a><img src="/uploads/zt/yfzs.jpg" alt="依法治市"></a></div>'
            '<div class="rbox ewm"><img src="/images/rd_wx.jpg"><p>绵阳人大微信公众号</p></div>')
    body = _srd_chrome(rng, art, inner, crumb, side)
    head = (f'<title>{esc(art["title"])}_绵阳人大网</title><meta name="keywords" content="绵阳人大,{crumb[1]}">'
            f'<meta name="description" content="{esc(art["body"][1][:70])}"><meta name="SiteName" content="绵阳人大网">'
            f'<meta name="ColumnName" content="{crumb[1]}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    return head, body, url


# ---------------------------------------------------------------- 文旅 app H5 分享页
WL_CHANNELS = ["推荐", "要闻", "安吉", "文旅", "乡村", "美食", "民宿", "非遗", "视频", "直播", "活动", "政务", "便民", "天气",
               "交通", "教育", "健康", "房产", "汽车", "体育", "竹乡", "白茶", "山川", "递铺", "昌硕", "灵峰", "孝源", "孝丰",
               "报福", "天荒坪", "溪龙", "上墅", "杭垓", "章村", "山川乡", "梅溪", "鄣吴", "天子湖"]
WL_COMMENT = ["上周刚去过，栈道确实值得一走。", "人太多了，建议工作日去。", "竹筒饭好吃，强烈推荐！", "停车场指引做得不错，给点赞。",
              "带孩子去玩了一天，很开心。", "希望多开几条接驳线路。", "家乡越来越好了！", "请问需要提前几天预约？",
              "小程序查排队时间很方便。", "景色没得说，就是餐饮价格有点贵。", "安吉的空气太好了。", "志愿者很热情，辛苦了。",
              "明年还来！", "夜市什么时候结束？", "老街变化好大，好多年没回去了。", "烤笋真的香。", "周末带爸妈去逛逛。",
              "音乐会的乐队唱得好听。", "摊位能不能再多一点？", "垃圾清理很及时，素质高。", "去过一次就爱上了。",
              "建议增加一些座椅。", "灯光很漂亮，适合拍照。", "非遗区的剪纸阿姨太厉害了。", "期待孝丰也有夜市。"]


def wl_h5pl159(art, rng, others):
    """文旅 app H5 分享 页: an 打开APP banner, a channel drawer (hidden), the article with 来源/记者 and
    a visible ``YYYY-MM-DD hh:mm`` (p03) or no date at all (p04: meta ``publishdate`` and the URL), a
    photo with a ▲ caption, 责任编辑, 推荐 cards, 24 to 30 comments with names, places, times, 回复 and
    点赞 (p04 under neutral ``item`` classes), a configuration script with Chinese strings."""
    y, m, d = _ymd(art)
    p03 = art["id"] == "p03"
    aid = _n(rng, 8)
    url = f"https://h5.anjinews.cn/share/article/{y}{m}{d}/{aid}.html?from=app&channel={'wl' if p03 else 'ms'}"
    who = rng.sample(WHO, 3)
    para = lambda t: f'<p class="p-txt">{t}</p>'  # noqa: E731

    def special(p):
        if p.startswith("“") and "说" in p[-12:]:
            return f'<p class="p-txt">{esc(p)}</p>'
        return None
    blocks = _blocks(art["body"], para, special=special)
    cap = "▲竹林栈道上的游客。记者 " + who[0] + " 摄" if p03 else "▲夜市开市当晚，老街上人头攒动。记者 " + who[0] + " 摄"
    blocks.insert(3, f'<div class="img-box"><img data-src="https://img.anjinews.cn/{y}{m}/{_n(rng, 10)}.jpg" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="><p class="img-cap">{esc(cap)}</p></div>')
    meta_line = (f'<div class="a-meta"><span class="src">来源：安吉发布</span><span class="au">记者 {who[0]} 通讯员 {who[1]}</span>'
                 f'<span class="time">{y}-{m}-{d} {_hm(rng)}</span></div>' if p03 else
                 f'<div class="a-meta"><span class="src">爱安吉</span><span class="au">记者 {who[0]}</span><span class="read">{_n(rng, 4)}阅读</span></div>')
    n_com = rng.randint(24, 30)
    coms = []
    pool = WL_COMMENT[:] * 2
    rng.shuffle(pool)
    for i in range(n_com):
        name = rng.choice(NICK)
        t = f"{rng.randint(1, 23)}小时前" if i < 6 else f"{int(m)}-{rng.randint(1, 28):02d} {_hm(rng)}"
        place = rng.choice(["浙江", "上海", "江苏", "安徽", "浙江湖州", "浙江杭州"])
        if p03:
            coms.append(f'<li class="cmt-item"><img class="avatar" src="https://img.anjinews.cn/avatar/{_n(rng, 6)}.png">'
                        f'<div class="cmt-r"><p class="cmt-name">{esc(name)}</p><p class="cmt-txt">{esc(pool[i])}</p>'
                        f'<p class="cmt-ft"><span>{t}</span><span>{place}</span><a class="reply">回复</a><a class="zan">{rng.randint(0, 99)}</a></p></div></li>')
        else:
            coms.append(f'<div class="item"><div class="l"><img src="https://img.anjinews.cn/avatar/{_n(rng, 6)}.png"></div>'
                        f'<div class="r"><div class="a">{esc(name)}</div><div class="b">{esc(pool[i])}</div>'
                        f'<div class="c">{t} · {place}　<span>回复</span>　<span>{rng.randint(0, 99)}</span></div></div></div>')
    com_html = (f'<div class="comment"><div class="cmt-hd">评论 <em>{n_com}</em></div><ul class="cmt-list">' + "".join(coms)
                + '</ul><div class="cmt-more">打开APP查看更多评论</div></div>' if p03 else
                f'<div class="mod3"><div class="hd">全部留言（{n_com}）</div>' + "".join(coms) + '<div class="more">下载“爱安吉”APP 参与讨论</div></div>')
    rec = "".join(f'<a class="rec-item" href="/share/article/{_n(rng, 8)}.html"><div class="rec-t">{esc(h)}</div>'
                  f'<div class="rec-i">爱安吉 · {rng.randint(1, 9)}万阅读</div><img src="https://img.anjinews.cn/{_n(rng, 10)}.jpg"></a>'
                  for h in _heads(rng, 10, ["安吉", "递铺街道", "孝丰镇", "天荒坪镇", "溪龙乡", "山川乡", "报福镇"]))
    drawer = "".join(f'<a href="/channel/{i}">{c}</a>' for i, c in enumerate(WL_CHANNELS))
    svc = "".join(f'<a href="/service/{i}"><img src="/icons/s{i}.png"><span>{s}</span></a>' for i, s in enumerate(
        ["公交查询", "停车缴费", "景区预约", "社保查询", "公积金", "医院挂号", "违章查询", "水电缴费", "天气预报", "招聘求职",
         "二手交易", "失物招领", "政务服务", "12345热线", "图书借阅", "核酸检测点", "充电桩", "加油站", "路况直播", "便民电话"]))
    state = {"article": {"id": aid, "title": art["title"], "channel": "文旅" if p03 else "民生", "source": "安吉发布" if p03 else "爱安吉",
                         "summary": art["body"][0][:40], "cover": f"https://img.anjinews.cn/{y}{m}/{_n(rng, 10)}.jpg",
                         "allowComment": True, "commentCount": n_com, "shareTitle": art["title"] + " - 爱安吉",
                         "shareDesc": "爱安吉，爱上家乡的每一天"},
             "app": {"name": "爱安吉", "version": f"6.{rng.randint(0, 9)}.{rng.randint(0, 9)}", "scheme": "aianji://article",
                     "download": "https://app.anjinews.cn/download", "slogan": "打开APP，阅读体验更佳"},
             "channels": [{"id": i, "name": c} for i, c in enumerate(WL_CHANNELS)]}
    body = (_css(rng, "h5", 110)
            + '<div class="open-app" id="openApp"><img src="/images/app_logo.png"><div><p class="oa-n">爱安吉</p><p class="oa-s">安吉人自己的新闻客户端</p></div><a class="oa-btn">打开APP</a></div>'
            + f'<div class="drawer" style="display:none"><div class="dr-t">频道</div>{drawer}<div class="dr-t">服务</div><div class="svc">{svc}</div></div>'
            + f'<div class="article"><h1 class="a-title">{esc(art["title"])}</h1>{meta_line}<div class="a-body" id="content">'
            + "".join(blocks) + f'</div><p class="a-editor">责任编辑：{who[2]}</p>'
            + '<div class="a-tool"><span class="t-zan">点赞</span><span class="t-fav">收藏</span><span class="t-share">分享</span></div>'
            + '<p class="a-state">本文为爱安吉原创稿件，转载请注明出处。</p></div>'
            + f'{com_html}<div class="rec"><div class="rec-hd">相关推荐</div>{rec}</div>'
            + '<div class="more-news">' + _boxes(rng, art, ["24小时热榜", "文旅资讯", "乡镇快报", "便民信息", "视频推荐"], ["安吉", "递铺街道", "孝丰镇", "天荒坪镇", "溪龙乡", "灵峰街道"], "h5") + '</div>'
            + '<div class="foot-app"><img src="/images/qr_app.png"><p>扫码下载爱安吉APP</p><p>安吉县融媒体中心 主办　浙ICP备'
            + f'{_n(rng, 8)}号-2</p></div>'
            + f'<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)};</script>'
            + '<script>(function(){var ua=navigator.userAgent.toLowerCase();var isWx=ua.indexOf("micromessenger")>-1;'
              'var btn=document.getElementById("openApp");btn.onclick=function(){if(isWx){alert("请点击右上角，选择在浏览器中打开");return;}'
              'location.href=window.__INITIAL_STATE__.app.scheme+"?id="+window.__INITIAL_STATE__.article.id;'
              'setTimeout(function(){location.href=window.__INITIAL_STATE__.app.download;},1500);};'
              'var imgs=document.querySelectorAll("img[data-src]");for(var i=0;i<imgs.length;i++){imgs[i].src=imgs[i].getAttribute("data-src");}'
              'wx.config({debug:false,appId:"wx' + f'{rng.getrandbits(64):016x}' + '",timestamp:' + str(_epoch(art, "08:00")) + ',nonceStr:"'
            + f'{rng.getrandbits(48):012x}' + '",signature:"' + f'{rng.getrandbits(160):040x}' + '",jsApiList:["updateAppMessageShareData","updateTimelineShareData"]});'
              'wx.ready(function(){var s=window.__INITIAL_STATE__.article;wx.updateAppMessageShareData({title:s.shareTitle,desc:s.shareDesc,link:location.href,imgUrl:s.cover});});})();</script>'
            + _stats(rng, "AJ-H5"))
    head = (f'<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no"><title>{esc(art["title"])}</title>'
            f'<meta name="description" content="{esc(art["body"][0][:50])}">')
    if not p03:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="author" content="爱安吉">'
    return head, body, url


# ---------------------------------------------------------------- 中国新闻网-like 地方
ZXW_MENU = [
    ("首页", []), ("时政", ["高层", "人事", "反腐", "两岸", "港澳"]), ("国际", ["环球视野", "华人", "侨界"]), ("社会", ["法治", "民生", "奇闻"]),
    ("财经", ["金融", "产经", "证券", "汽车", "房产", "能源"]), ("文娱", ["文化", "娱乐", "体育", "教育"]), ("健康", ["医药", "养生"]),
    ("地方", ["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西",
              "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃",
              "青海", "宁夏", "新疆"]),
    ("视频", ["新闻视频", "直播", "微视频", "纪录片"]), ("图片", ["图片新闻", "图说天下", "精彩图集"]), ("专题", ["聚焦", "观察", "专访"]),
    ("评论", ["东西问", "中新时评", "国是直通车"]), ("数据", ["中新经纬", "数据新闻"]), ("华文教育", ["华教动态", "寻根之旅"]),
]
ZXW_COMMENT = ["茶园风光真美，想去看看。", "清镇的茶确实不错，喝过几次。", "采茶辛苦了！", "家门口就业，这个好。",
               "希望茶叶价格稳定，茶农多赚点。", "红枫湖的水养出好茶。", "直播卖茶是个好路子。", "明前茶最香。",
               "骑行道我去年骑过，风景很好。", "周末约起来！", "驿站能租电动车吗？", "村里民宿干净吗，有推荐的吗？",
               "贵州的山水没得说。", "沿湖的路修得真漂亮。", "家乡人点个赞。", "年轻人回村了，村子就有活力了。",
               "希望多办些骑行比赛。", "交叉口的安全要再加强。", "夏天骑行要注意防晒。", "我也想回老家开个民宿。",
               "好文章，支持！", "贵州加油！", "下次带孩子去体验采茶。", "茶叶加工厂能参观吗？", "红枫湖的鱼也好吃。",
               "清镇发展得越来越好了。", "路况怎么样，公路车能骑吗？", "这样的乡村游值得推广。", "记者辛苦了。",
               "八月去正合适，不太热。"]


def zxw_dfpl159(art, rng, others):
    """中国新闻网-like 地方 page: top links, a full menu with sub-channels and a 地方 drop-down, the
    电头 ``中新网贵阳M月D日电（记者 …）`` opening (kept), ``图为…　林晓 摄`` captions, bold ``记者：`` and
    ``周德华：`` turns (p05), ``（完）`` and ``【编辑:…】`` (not body); p05 shows
    ``YYYY年MM月DD日 hh:mm　来源：中国新闻网``; p06 shows no date (meta ``publishdate`` and the URL);
    评论 with 回复/点赞, 热点排行 and 图片 sidebar, 相关新闻, footer."""
    y, m, d = _ymd(art)
    p05 = art["id"] == "p05"
    url = f"https://www.chinanews.example.com/df/{y}/{m}-{d}/{_n(rng, 8)}.shtml"
    who = rng.sample(WHO, 3)
    para = lambda t: f'<p>　　{t}</p>'  # noqa: E731

    def special(p):
        for lab in ("记者：", "周德华："):
            if p.startswith(lab):
                return f'<p>　　<strong>{lab}</strong>{esc(p[len(lab):])}</p>'
        return None
    blocks = _blocks(art["body"], para, special=special)
    caps = (["图为茶农在红枫湖镇茶园内采摘春茶。", "图为工人在加工厂内对茶青进行杀青处理。"] if p05 else
            ["图为游客在环红枫湖骑行道上骑行。", "图为右七村村民经营的民宿。"])
    for pos, c in zip((2, 8), caps):
        blocks.insert(pos, f'<div class="left_ph" style="text-align:center"><img src="//image.chinanews.example.com/{y}/{m}{d}/{_n(rng, 9)}.jpg" '
                           f'alt="{esc(c)}"></div><div class="left_name"><div class="left_name">{esc(c)}　{who[0]} 摄</div></div>')
    menu = _menu(rng, ZXW_MENU, "nav_navcon", "nav_sub")
    phone = _menu(rng, ZXW_MENU, "m_nav", "m_sub", root="/m")
    hot = "".join(f'<li><span class="n{i + 1}">{i + 1}</span><a>{esc(h)}</a></li>' for i, h in enumerate(
        _heads(rng, 10, ["贵阳", "遵义", "六盘水", "安顺", "毕节", "铜仁", "黔东南", "黔南", "黔西南", "清镇"])))
    pics = "".join(f'<li><img src="//image.chinanews.example.com/{_n(rng, 9)}.jpg"><p>{esc(h)}</p></li>'
                   for h in _heads(rng, 6, ["贵州", "花溪", "修文", "开阳", "息烽", "白云"]))
    rel = "".join(f'<li><a>{esc(h)}</a><span>{dt}</span></li>' for h, dt in zip(_heads(rng, 6, ["贵州", "清镇", "贵阳"]), _dates(art, rng, 6)))
    n_com = rng.randint(30, 40)
    pool = ZXW_COMMENT[:] + ZXW_COMMENT[:10]
    rng.shuffle(pool)
    coms = "".join(f'<div class="{"cmt_item" if p05 else "list-li"}"><div class="user">{esc(rng.choice(NICK))}<i>{rng.choice(["贵州贵阳", "四川成都", "广东深圳", "上海", "贵州遵义", "湖南长沙"])}网友</i></div>'
                   f'<div class="txt">{esc(pool[i])}</div><div class="op"><span>{int(m)}月{rng.randint(1, 28)}日 {_hm(rng)}</span>'
                   f'<a>回复</a><a class="up">赞({rng.randint(0, 200)})</a></div></div>' for i in range(n_com))
    date_line = (f'<div class="content_left_time">{y}年{m}月{d}日 {_hm(rng)}　来源：中国新闻网　<a class="sc">参与互动</a></div>' if p05 else
                 '<div class="content_left_time">来源：中国新闻网　<a class="sc">参与互动</a></div>')
    provinces = _grid(ZXW_MENU[7][1], "dfzd", "http://www.")
    body = (_css(rng, "cns", 60)
            + '<div class="topbar"><a>中国新闻社主办</a>　<a>English</a>　<a>繁體</a>　<a>手机版</a>　<a>客户端</a>　<a>登录</a>　<a>无障碍</a></div>'
            + f'<div class="header"><a class="logo"><img src="//www.chinanews.example.com/images/logo.png"></a><div class="search"><input placeholder="搜索"><button>搜索</button></div></div>'
            + f'<div class="nav">{menu}</div><div class="m_header" style="display:none">{phone}</div>'
            + f'<div class="w1000"><div class="bread"><a>中新网首页</a> &gt; <a>地方</a> &gt; <a>贵州</a> &gt; 正文</div>'
            + f'<div class="con_left"><div class="content_left_title"><h1>{esc(art["title"])}</h1></div>{date_line}'
            + '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            + '<div class="left_zw" style="position:relative">' + "".join(blocks) + '<p>　　（完）</p></div>'
            + f'<div class="adEditor"><div class="left_name"><div class="left_name">【编辑:{who[1]}】</div></div></div>'
            + f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div>'
            + f'<div class="pinglun" id="pinglun"><div class="pl_hd">网友评论（{n_com}）</div><div class="pl_box"><textarea placeholder="文明上网，理性发言"></textarea><button>发表评论</button></div>{coms}</div>'
            + f'</div><div class="con_right"><div class="rank"><h3>热点排行</h3><ol>{hot}</ol></div><div class="tp"><h3>图片</h3><ul>{pics}</ul></div>'
            + '<div class="ewm"><img src="//www.chinanews.example.com/images/ewm.png"><p>扫码关注中新网微信</p></div></div></div>'
            + f'<div class="bottom"><div class="dfzd-t">地方站点</div>{provinces}'
            + '<p><a>关于我们</a> | <a>About us</a> | <a>联系我们</a> | <a>广告服务</a> | <a>供稿服务</a> | <a>法律声明</a> | <a>招聘信息</a> | <a>网站地图</a></p>'
            + f'<p>本网站所刊载信息，不代表中新社和中新网观点。刊用本网站稿件，务经书面授权。</p><p>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p>'
            + f'<p>[网上传播视听节目许可证（0106168)] [京ICP证040655号] <img src="/ga.png">京公网安备 {_n(rng, 14)}号</p></div>'
            + _stats(rng, "CNS-DF"))
    head = (f'<title>{esc(art["title"])}-中新网</title><meta name="keywords" content="清镇,贵州"><meta name="description" content="{esc(art["body"][0][:60])}">')
    if not p05:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="source" content="中国新闻网">'
    return head, body, url


# ---------------------------------------------------------------- 区 政府网 图片新闻
QZF_MENU = [
    ("首页", []), ("走进江北", ["江北概况", "历史沿革", "行政区划", "人口民族", "自然资源", "江北名片", "江北风光"]),
    ("政务公开", ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开", "政策文件", "政策解读"]),
    ("新闻中心", ["江北要闻", "部门动态", "镇街动态", "图片新闻", "视频新闻", "媒体看江北", "通知公告"]),
    ("政务服务", ["个人办事", "法人办事", "一件事一次办", "便民服务", "办事指南", "网上大厅"]),
    ("互动交流", ["区长信箱", "12345热线", "网上调查", "征集调查", "在线访谈", "回应关切"]),
    ("投资江北", ["投资环境", "产业园区", "招商项目", "优惠政策", "营商环境"]),
    ("专题专栏", ["学习贯彻全会精神", "优化营商环境", "乡村振兴", "平安江北", "文明城区创建", "安全生产"]),
    ("镇街导航", ["观音桥街道", "华新街街道", "五里店街道", "江北城街道", "石马河街道", "大石坝街道", "寸滩街道", "铁山坪街道",
                  "郭家沱街道", "鱼嘴镇", "复盛镇", "五宝镇"]),
    ("部门导航", ["区发展改革委", "区教委", "区科技局", "区公安分局", "区民政局", "区司法局", "区财政局", "区人力社保局",
                  "区住房城乡建委", "区交通运输委", "区水利局", "区农业农村委", "区商务委", "区文化旅游委", "区卫生健康委",
                  "区应急局", "区审计局", "区市场监管局", "区统计局", "区医保局"]),
    ("数据发布", ["统计数据", "数据开放", "经济运行"]), ("无障碍", ["长者模式", "读屏", "大字幕"]),
]
QZF_LINKS = ["中国政府网", "重庆市人民政府", "渝中区", "大渡口区", "沙坪坝区", "九龙坡区", "南岸区", "北碚区", "渝北区", "巴南区",
             "万州区", "涪陵区", "长寿区", "江津区", "合川区", "永川区", "南川区", "綦江区", "大足区", "璧山区", "铜梁区",
             "潼南区", "荣昌区", "开州区", "梁平区", "武隆区", "两江新区", "西部科学城重庆高新区", "重庆日报", "华龙网"]


def _qzf_frame(rng, art, inner, old) -> str:
    if old:
        menu = "&nbsp;|&nbsp;".join(f'<a href="/{i}/" class="menu">{c}</a>' for i, (c, _) in enumerate(QZF_MENU))
        subs = "".join(f'<tr><td class="lm">{c}</td><td>' + "&nbsp;".join(f'<a href="/{i}/{j}/">{s}</a>' for j, s in enumerate(ss)) + '</td></tr>'
                       for i, (c, ss) in enumerate(QZF_MENU) if ss)
        return ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top_banner.jpg" width="1000" height="150"></td></tr>'
                f'<tr><td class="menubg" height="36" align="center">{menu}</td></tr>'
                '<tr><td><form action="/search/"><input name="kw" size="30"><input type="submit" value="站内搜索"></form>'
                '<a href="javascript:;">无障碍浏览</a> <a href="javascript:;">长者模式</a></td></tr></table>'
                f'<table width="1000" align="center" class="sitemap" style="display:none">{subs}</table>'
                f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>{inner}</tr></table>'
                f'<table width="1000" align="center"><tr><td align="center">{_select("重庆市区县政府网站", QZF_LINKS)}{_select("区级部门网站", QZF_MENU[9][1])}{_select("镇街网站", QZF_MENU[8][1])}</td></tr>'
                '<tr><td class="foot" align="center">主办：重庆市江北区人民政府办公室　承办：江北区大数据应用发展管理局<br>'
                f'网站标识码：5001050001　<a href="https://beian.miit.gov.cn/">渝ICP备{_n(rng, 8)}号</a>　<img src="/images/ga.gif">渝公网安备 {_n(rng, 14)}号<br>'
                '<a>网站地图</a>　<a>联系我们</a>　<a>隐私声明</a><br><img src="/images/zfjc.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></td></tr></table>')
    menu = _menu(rng, QZF_MENU, "menu-list", "menu-drop")
    phone = _menu(rng, QZF_MENU, "mob-menu", "mob-drop", root="/mobile")
    slides = "".join(f'<div class="swiper-slide"><img src="/uploads/slide/{_n(rng, 9)}.jpg"><p>{esc(h)}</p></div>'
                     for h in _heads(rng, 6, QZF_MENU[8][1]))
    links = _grid(QZF_LINKS, "links-grid")
    return ('<div class="gov-top"><div class="w1200"><span>今天是<script>var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></span>'
            '<span class="r"><a>无障碍</a><a>长者模式</a><a>个人登录</a><a>法人登录</a><a>English</a></span></div></div>'
            '<div class="gov-head"><img src="/images/jb_logo.png" alt="重庆市江北区人民政府"><div class="gov-search"><input placeholder="搜索全站"><button>搜索</button>'
            '<div class="hot-kw">热词：<a>公积金</a><a>社保</a><a>入学</a><a>招聘</a></div></div></div>'
            f'<div class="gov-nav">{menu}</div><div class="mob-nav" style="display:none">{phone}</div>'
            f'<div class="swiper-container banner"><div class="swiper-wrapper">{slides}</div></div>'
            f'<div class="w1200 detail">{inner}</div>'
            f'<div class="gov-links"><div class="links-t">友情链接</div>{links}</div>'
            '<div class="gov-foot"><div class="w1200"><p><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a> | <a>网站纠错</a></p>'
            '<p>主办：重庆市江北区人民政府办公室　承办：江北区大数据应用发展管理局　网站标识码：5001050001</p>'
            f'<p><a>渝ICP备{_n(rng, 8)}号</a>　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p>'
            '<div class="foot-icons"><img src="/images/red.png" alt="党政机关"><img src="/images/zfjc.png" alt="政府网站找错"><img src="/images/wza.png" alt="适老化无障碍服务"></div></div></div>')


def qzf_tpxw159(art, rng, others):
    """区 政府网 图片新闻: p07 a 图集 (body paragraphs between photos, each photo with a centred
    ``▲…（记者 name 摄）`` caption) with 发布时间 beside a later 更新时间, a photo thumb strip and 组图 counter,
    责任编辑, 上一篇/下一篇, 相关图片; p08 (GBK) a 航拍 page on an old table layout with a ``[YYYY-MM-DD]``
    date glued to 来源, photos with ``（无人机航拍　摄影：name）`` credits, 【打印】【关闭】."""
    y, m, d = _ymd(art)
    p07 = art["id"] == "p07"
    url = f"http://www.cqjb.gov.cn/xwzx/tpxw/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    if p07:
        caps = ["开幕式上，各代表队依次入场。", "拔河比赛现场。", "职工服务站为参赛职工测量血压。", "“八人板鞋”比赛吸引不少职工家属参与。"]
        blocks = []
        for i, p in enumerate(art["body"]):
            blocks.append(f'<p style="text-indent:2em">{esc(p)}</p>')
            if i in (1, 2, 3, 5):
                c = caps.pop(0)
                blocks.append(f'<div class="pic"><img src="/uploads/{y}{m}/W0{y}{m}{d}{_n(rng, 6)}.jpg" width="800"></div>'
                              f'<p class="pic-cap" style="text-align:center;font-family:楷体">▲{esc(c)}（记者 {who[0]} 摄）</p>')
        thumbs = "".join(f'<li><img src="/uploads/{y}{m}/s{_n(rng, 6)}.jpg"></li>' for _ in range(4))
        upd = (datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=1)).isoformat()
        pn = rng.sample(others, 2)
        rel = "".join(f'<li><img src="/uploads/tp/{_n(rng, 8)}.jpg"><p>{esc(h)}</p><span>{dt}</span></li>'
                      for h, dt in zip(_heads(rng, 4, QZF_MENU[8][1]), _dates(art, rng, 4)))
        inner = (f'<div class="crumb">当前位置：<a>首页</a> &gt; <a>新闻中心</a> &gt; <a>图片新闻</a></div>'
                 f'<div class="zw-box"><h1 class="zw-t">{esc(art["title"])}</h1>'
                 f'<div class="zw-info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>更新时间：{upd} {_hm(rng)}</span>'
                 f'<span>来源：江北区融媒体中心</span><span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
                 f'<div class="atlas-bar">共4张　<a>上一张</a>　<a>下一张</a>　<a>查看原图</a></div><ul class="thumbs">{thumbs}</ul>'
                 f'<div class="zw-con" id="zoom">' + "".join(blocks) + '</div>'
                 f'<div class="zw-edit">责任编辑：{who[1]}</div>'
                 '<div class="zw-share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a>　<a href="javascript:window.print()">打印</a>　<a href="javascript:window.close()">关闭</a></div>'
                 f'<div class="zw-pn"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>'
                 f'<div class="xgtp"><h3>相关图片</h3><ul>{rel}</ul></div></div>')
        body = (_css(rng, "gov", 60) + _qzf_frame(rng, art, inner, old=False)
                + '<div class="w1200 more">' + _boxes(rng, art, ["江北要闻", "镇街动态", "通知公告"], QZF_MENU[8][1], "jb") + '</div>'
                + _coltree(rng, QZF_MENU, "columnTree", "http://www.cqjb.gov.cn") + _stats(rng, "JB-GOV"))
    else:
        caps = iter([("（无人机航拍　摄影：%s）" % who[0], 1), ("（无人机航拍　摄影：%s）" % who[0], 3), ("（无人机航拍　摄影：%s）" % who[1], 5)])
        nxt = next(caps)
        lines = []
        for i, p in enumerate(art["body"]):
            lines.append(f'<p style="text-indent:2em;line-height:200%"><font size="3">{esc(p)}</font></p>')
            if nxt and i == nxt[1]:
                lines.append(f'<p align="center"><img src="/uploads/{y}{m}/{_n(rng, 10)}.jpg" border="0" width="700"></p>'
                             f'<p align="center"><font size="2" color="#666666">{nxt[0]}</font></p>')
                nxt = next(caps, None)
        side = "".join(f'<tr><td class="sl">·<a>{esc(h)}</a></td></tr>' for h in _heads(rng, 12, QZF_MENU[8][1]))
        inner = ('<td width="220" valign="top"><table width="100%" class="sidetab"><tr><td class="side-t">图片新闻</td></tr>'
                 f'{side}<tr><td class="side-t">视频江北</td></tr><tr><td><img src="/images/video.jpg" width="200"></td></tr></table></td>'
                 '<td width="780" valign="top"><table width="100%"><tr><td class="wz">您现在的位置：<a>首页</a> &gt;&gt; <a>新闻中心</a> &gt;&gt; <a>图片新闻</a></td></tr>'
                 f'<tr><td align="center" class="bt"><font size="5" color="#B40000"><b>{esc(art["title"])}</b></font></td></tr>'
                 f'<tr><td align="center" class="xx">[{y}-{m}-{d}]来源：江北区融媒体中心 点击数：<script>document.write({_n(rng, 4)})</script>【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                 '<tr><td id="zoom" class="zw">' + "".join(lines) + '</td></tr>'
                 f'<tr><td align="right">（编辑：{who[2]}）</td></tr>'
                 '<tr><td align="right"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></td></tr></table></td>')
        body = (_css(rng, "old", 45) + _qzf_frame(rng, art, inner, old=True)
                + '<table width="1000" align="center"><tr><td>' + _boxes(rng, art, ["江北要闻", "部门动态", "镇街动态", "通知公告", "视频新闻"], QZF_MENU[8][1], "jbo") + '</td></tr></table>'
                + _coltree(rng, QZF_MENU, "columnTree", "http://www.cqjb.gov.cn") + _stats(rng, "JB-GOV-OLD"))
    head = (f'<title>{esc(art["title"])}_重庆市江北区人民政府</title><meta name="SiteName" content="重庆市江北区人民政府">'
            f'<meta name="ColumnName" content="图片新闻"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    return head, body, url


# ---------------------------------------------------------------- 区 农业农村委 通知 (GBK)
NYW_MENU = [
    ("首页", []), ("机构概况", ["领导信息", "内设机构", "直属单位", "工作职责"]),
    ("政务公开", ["通知公告", "政策文件", "规划计划", "财政资金", "人事信息", "建议提案办理", "政府信息公开年报", "双随机一公开"]),
    ("农业要闻", ["工作动态", "镇街动态", "图片新闻", "媒体报道"]),
    ("乡村振兴", ["产业发展", "人居环境", "乡村治理", "和美乡村", "驻村帮扶"]),
    ("种植业", ["粮油生产", "植保植检", "土肥技术", "蔬菜果树", "农机推广"]),
    ("畜牧水产", ["畜禽养殖", "动物防疫", "水产渔业", "饲料兽药"]),
    ("农村改革", ["承包地管理", "宅基地管理", "集体产权制度", "新型经营主体"]),
    ("质量安全", ["农产品检测", "农资监管", "执法检查", "追溯管理"]),
    ("办事服务", ["办事指南", "表格下载", "在线申报", "农技咨询"]),
    ("互动交流", ["主任信箱", "在线留言", "意见征集"]), ("专题专栏", ["春耕备耕", "高标准农田", "禁渔退捕", "农民丰收节"]),
]


def nyw_tz159(art, rng, others):
    """区 农业农村委 通知 (GBK): an 信息公开 grid (索引号, 发布机构, 成文日期 the day before, 发布日期, 文号),
    an info line glued with no whitespace (``发布时间：…来源：…浏览次数：``), a centred 文号 line, the 主送
    line, ``<strong>`` 一、 heads, a 任务 ``<th>`` table, 1. items, 联系人/联系电话 lines and 特此通知 (body),
    the 落款 and its date, two 附件 lines, a 植保小贴士 box, 相关文件 (not body)."""
    y, m, d = _ymd(art)
    url = f"http://www.cqstl.gov.cn/bm/qnyncw/zwgk_55112/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    prev = (datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=1))
    para = lambda t: f'<p style="text-indent:2em;line-height:28pt"><font face="仿宋_GB2312" size="4">{t}</font></p>'  # noqa: E731

    def special(p):
        if p.endswith("有关部门："):
            return f'<p style="line-height:28pt"><font face="仿宋_GB2312" size="4">{esc(p)}</font></p>'
        return None
    blocks = _blocks(art["body"], para, special=special, table=lambda r: _th_table(r, 'border="1" cellspacing="0" cellpadding="3" width="90%" align="center" style="border-collapse:collapse"'),
                     head=lambda t: f'<p style="text-indent:2em;line-height:28pt"><strong><font face="黑体" size="4">{t}</font></strong></p>')
    grid = ('<table class="xxgk" width="100%" border="1" cellspacing="0"><tr>'
            f'<td>索引号：</td><td>11500151MB{_n(rng, 7)}/{y}-000{rng.randint(10, 99)}</td><td>主题分类：</td><td>农业、林业、水利</td></tr>'
            f'<tr><td>发布机构：</td><td>铜梁区农业农村委</td><td>成文日期：</td><td>{prev.isoformat()}</td></tr>'
            f'<tr><td>标题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
            f'<tr><td>发文字号：</td><td>铜农委发〔{y}〕9号</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
    menu = _menu(rng, NYW_MENU, "nav", "subnav")
    phone = _menu(rng, NYW_MENU, "wap-nav", "wap-sub", root="/wap")
    files = "".join(f'<li><a>{esc(h)}</a><span>{dt}</span></li>' for h, dt in zip(
        ["关于做好2025年春耕备耕工作的通知", "铜梁区2025年农业主导品种和主推技术", "关于开展农资打假专项治理行动的通知",
         "铜梁区农作物重大病虫害应急预案", "关于申报2025年农机购置补贴的通知", "铜梁区2025年高标准农田建设实施方案"], _dates(art, rng, 6, 90)))
    towns = ["巴川街道", "东城街道", "南城街道", "蒲吕街道", "旧县街道", "土桥镇", "二坪镇", "水口镇", "安居镇", "白羊镇", "平滩镇",
             "石鱼镇", "福果镇", "维新镇", "高楼镇", "大庙镇", "围龙镇", "华兴镇", "永嘉镇", "安溪镇", "西河镇", "太平镇",
             "旧县镇", "虎峰镇", "少云镇", "蒲吕镇", "侣俸镇", "小林镇", "双山镇", "庆隆镇"]
    inner = (f'<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>通知公告</a></div>{grid}'
             f'<div class="article"><h1 class="title">{esc(art["title"])}</h1>'
             f'<div class="info">发布时间：{y}-{m}-{d}来源：区农业农村委浏览次数：<span id="count"><script>document.write({_n(rng, 3)})</script></span>'
             '【<a href="javascript:setFontSize(18)">大</a><a href="javascript:setFontSize(16)">中</a><a href="javascript:setFontSize(14)">小</a>】</div>'
             f'<div id="zoom" class="TRS_Editor"><p align="center"><font face="仿宋_GB2312" size="4">铜农委发〔{y}〕9号</font></p>'
             + "".join(blocks)
             + '<p align="right" style="line-height:28pt"><font face="仿宋_GB2312" size="4">重庆市铜梁区农业农村委员会</font></p>'
             f'<p align="right" style="line-height:28pt"><font face="仿宋_GB2312" size="4">{prev.year}年{prev.month}月{prev.day}日</font></p>'
             '<p style="line-height:28pt"><font face="仿宋_GB2312" size="4">（此件公开发布）</font></p></div>'
             f'<div class="fj"><p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.xlsx">1.春季农作物病虫害统防统治进展情况统计表.xlsx</a></p>'
             f'<p><a href="/uploads/{y}{m}/{_n(rng, 10)}.pdf">2.主要农作物病虫害防治技术要点.pdf</a></p></div>'
             '<div class="tips" style="border:1px dashed #3a8;padding:8px;margin:12px 0;background:#f3fbf5"><p><b>植保小贴士</b></p>'
             '<p>施药宜选在无风或微风的晴天上午或傍晚进行，雨前不施药。喷药后要及时清洗器械，农药包装废弃物应交回回收点，不要随意丢弃。</p></div>'
             '<div class="opt"><a href="javascript:doPrint()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>'
             f'<div class="xgwj"><h3>相关文件</h3><ul>{files}</ul></div></div>')
    body = (_css(rng, "ny", 55)
            + '<div class="top"><span>重庆市铜梁区农业农村委员会</span><span class="r"><a>无障碍</a> <a>长者模式</a> <a>手机版</a> <a>登录</a></span></div>'
            + '<div class="banner"><img src="/images/nyw_banner.jpg" alt="铜梁区农业农村委员会"><form class="ss"><input name="q"><button>搜索</button></form></div>'
            + f'<div class="navbox">{menu}</div><div class="wapbox" style="display:none">{phone}</div>'
            + f'<div class="w1200 clearfix">{inner}</div>'
            + '<div class="w1200 bottom-lists">' + _boxes(rng, art, ["工作动态", "镇街动态", "政策解读", "办事指南"], towns, "ny") + '</div>'
            + f'<div class="yqlj"><span>友情链接：</span>{_select("国家部委", ["农业农村部", "国家林业和草原局", "水利部", "自然资源部", "生态环境部"])}'
              f'{_select("市级部门", ["重庆市农业农村委", "重庆市林业局", "重庆市水利局", "重庆市供销合作社", "重庆市气象局"])}'
              f'{_select("镇街网站", towns)}</div>'
            + '<div class="footer"><p>主办：重庆市铜梁区农业农村委员会　地址：铜梁区巴川街道龙城大道' + f'{_n(rng, 3)}号　电话：023-4568{_n(rng, 4)}</p>'
              f'<p>网站标识码：5001510035　<a>渝ICP备{_n(rng, 8)}号</a>　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p>'
              '<p><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a></p><img src="/images/zfjc.png" alt="政府网站找错"></div>'
            + _coltree(rng, NYW_MENU, "navData", "http://www.cqstl.gov.cn/bm/qnyncw")
            + _stats(rng, "TL-NYW"))
    head = (f'<title>{esc(art["title"])}_重庆市铜梁区农业农村委员会</title><meta name="SiteName" content="重庆市铜梁区人民政府">'
            f'<meta name="ColumnName" content="通知公告"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    return head, body, url


# ---------------------------------------------------------------- 村 公众号 乡村 春晚
def cun_mp_cw159(art, rng, others):
    """村 公众号 乡村 春晚 post: nickname, an empty ``publish_time`` (dated by the script's ``ct`` only),
    a ``点击蓝字 关注我们`` banner, an 节目单 card after the second paragraph, three ▲ captions, bold
    ``陈阿伯：``/``村民沈大姐：`` turns, a centred red slogan (body), 文字/图片/编辑/审核, 往期推荐, 阅读原文,
    精选留言, QR, the long WeChat page scripts and styles."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    ct = _epoch(art, t)
    biz = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    url = f"https://mp.weixin.qq.com/s?__biz={biz}==&mid=22474{_n(rng, 5)}&idx=1&sn={rng.getrandbits(128):032x}"
    who = rng.sample(WHO, 4)
    sec = 'style="margin:0 8px;line-height:1.8;letter-spacing:1px;font-size:15px;color:#3f3f3f"'

    def special(p):
        if p.endswith("！") and len(p) < 20 and p.startswith("乡村春晚"):
            return (f'<section style="text-align:center;margin:20px 0"><p style="text-align:center"><strong>'
                    f'<span style="color:#c00000;font-size:18px">{esc(p)}</span></strong></p></section>')
        for lab in ("陈阿伯：", "村民沈大姐："):
            if p.startswith(lab):
                return f'<section {sec}><p><strong><span style="color:#b8860b">{lab}</span></strong>{esc(p[len(lab):])}</p></section>'
        return None
    blocks = _blocks(art["body"], lambda x: f'<section {sec}><p>{x}</p></section>', special=special)
    card = ('<section style="margin:16px 12px;border:2px solid #e8b04b;border-radius:8px;padding:12px;background:#fffaf0">'
            '<p style="text-align:center;font-weight:bold;color:#c00000">东山村2025年村晚节目单</p>'
            + "".join(f'<p style="font-size:13px;color:#7a5c2e">{x}</p>' for x in
                      ["1. 腰鼓《鼓舞新春》——村腰鼓队", "2. 越剧选段《五女拜寿》——戏曲兴趣组", "3. 小品《新屋》——老年协会",
                       "4. 舞蹈《采茶舞曲》——妇女之家", "5. 合唱《我的家乡》——在外大学生", "6. 三句半《说说咱村新变化》——村民小组长"])
            + '</section>')
    pics = ["▲腰鼓队表演开场节目", "▲小品《新屋》逗乐全场", "▲村晚结束后村民合影留念"]
    for pos, c in zip((3, 7, 13), pics):
        blocks.insert(pos, f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{rng.getrandbits(96):024x}/640?wx_fmt=jpeg" '
                           f'class="rich_pages wxw-img" style="width:100%"></section><section style="text-align:center"><p style="font-size:12px;color:#888">{c}</p></section>')
    blocks.insert(2, card)
    banner = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/follow.gif" style="width:100%"></section>'
              '<section style="text-align:center"><p style="font-size:12px;color:#aaa">点击蓝字 关注我们</p></section>')
    credits = (f'<section style="margin-top:24px;font-size:12px;color:#999"><p>文字：{who[0]}</p><p>图片：{who[1]}</p>'
               f'<p>编辑：{who[2]}</p><p>审核：{who[3]}</p></section>')
    past = ("<section><p style='font-weight:bold'>往期推荐</p>"
            + "".join(f'<p><a href="https://mp.weixin.qq.com/s/{rng.getrandbits(64):016x}">{esc(h)}</a></p>'
                      for h in ["村里的老年食堂开张啦", "东山村入选市级美丽乡村示范村", "后山游步道改造工程开工", "腊月里的杀猪饭"])
            + "</section>")
    qr = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/qr.png" style="width:40%">'
          '<p style="font-size:12px;color:#888">长按识别二维码 关注东山村</p></section>')
    leave = "".join(f'<li class="discuss_item"><div class="nickname">{esc(rng.choice(NICK))}</div><div class="discuss_message">{esc(x)}</div>'
                    f'<div class="discuss_extra_info">{rng.choice(["浙江", "上海", "江苏"])}　<span class="praise_num">{rng.randint(1, 60)}</span></div></li>'
                    for x in ["今年的小品太好笑了！", "在外地看直播，想家了。", "腰鼓队的阿姨们辛苦了！", "明年我也要报名上台。",
                              "老年食堂早点办起来。", "陈阿伯演得太像了哈哈", "家乡越来越好！", "大学生的短片拍得真好。"])
    style = ("<style>" + "".join(f".rich_media_{k}{{margin:0;padding:0 {i}px;font-size:{12 + i % 6}px;color:#{rng.getrandbits(24):06x}}}"
                                 for i, k in enumerate(["area_primary", "area_extra", "title", "meta_list", "meta", "meta_text",
                                                        "meta_nickname", "content", "tool", "extra", "wrp", "inner", "js_content",
                                                        "qrcode", "reward", "comment", "discuss", "profile", "area_primary_inner"]))
             + "".join(f".wx_{i}{{display:{'none' if i % 3 else 'block'};margin:{i}px auto;line-height:{1 + i / 10:.1f}}}" for i in range(200))
             + "</style>")
    body = (style
            + '<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            + f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            + '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname" id="profileBt">'
              '<a id="js_name">萧山东山村</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            + f'<div class="rich_media_content" id="js_content" style="visibility:hidden">{banner}' + "".join(blocks) + credits + past + qr + '</div>'
            + '<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 <em>1.2万</em></span><span>分享</span><span>点赞</span><span>在看</span></div>'
            + f'<div class="rich_media_area_extra"><div class="discuss_container"><p>精选留言</p><ul class="discuss_list">{leave}</ul><a>写留言</a></div></div>'
            + '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            + '<script>var nickname = "萧山东山村";var appmsg_type = "9";var ct = "' + str(ct) + '";var publish_time = "";'
              f'var user_name = "gh_{rng.getrandbits(48):012x}";var msg_title = "{esc(art["title"])}";var msg_desc = "{esc(art["body"][0][:30])}";'
              f'var msg_cdn_url = "https://mmbiz.qpic.cn/mmbiz_jpg/{rng.getrandbits(96):024x}/0?wx_fmt=jpeg";var round_head_img = "http://wx.qlogo.cn/mmhead/{rng.getrandbits(96):024x}/0";'
              'var copyright_stat = "0";var ip_wording = {countryName:"中国",provinceName:"浙江"};'
              'var is_limit_user = "0";var source_url = "";var show_comment = "1";var comment_id = "' + str(_n(rng, 10)) + '";</script>'
            + '<script>' + ";".join(f'window.__wxjs_{i}=function(a,b){{return (a||0)*{i}+(b||0);}}' for i in range(240)) + ';</script>'
            + '<script>(function(){var c=document.getElementById("js_content");c.style.visibility="visible";'
              'var imgs=c.getElementsByTagName("img");for(var i=0;i<imgs.length;i++){var s=imgs[i].getAttribute("data-src");if(s)imgs[i].src=s;}'
              'var d=new Date(parseInt(ct,10)*1000);var pad=function(n){return n<10?"0"+n:n;};'
              'document.getElementById("publish_time").innerHTML=d.getFullYear()+"-"+pad(d.getMonth()+1)+"-"+pad(d.getDate())+" "+pad(d.getHours())+":"+pad(d.getMinutes());})();</script>')
    head = (f'<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0"><title>{esc(art["title"])}</title>'
            f'<meta property="og:title" content="{esc(art["title"])}"><meta property="og:type" content="article">'
            f'<meta property="og:url" content="{esc(url)}"><meta property="og:description" content="{esc(art["body"][0][:30])}">'
            '<meta property="twitter:card" content="summary">')
    return head, body, url


# ---------------------------------------------------------------- 晚报 e-paper 第08版 副刊
WB_PAGES = [("01", "要闻"), ("02", "综合"), ("03", "城事"), ("04", "民生"), ("05", "区县"), ("06", "社会"), ("07", "文体"), ("08", "嘉陵江副刊")]
WB_TITLES = {"01": ["全市重点项目集中开工", "春运返程客流创新高", "城市更新行动今年再推百个项目", "新能源汽车产业园二期投产"],
             "02": ["一季度全市外贸进出口稳中有升", "医保电子凭证激活率超九成", "多所中小学启用新校区"],
             "03": ["老城区新增口袋公园二十处", "滨江路夜间施工临时交通管制", "公交线路优化调整方案出炉"],
             "04": ["家门口的社区食堂开饭了", "电动自行车充电难有了新解法", "社保卡全面换发第三代"],
             "05": ["阆中古城迎来研学旅游热", "西充有机农业示范园揭牌", "营山县城乡供水一体化工程通水"],
             "06": ["热心市民江边救起落水儿童", "反诈宣传走进菜市场", "一辆货车侧翻 交警及时处置"],
             "07": ["市青少年足球联赛开赛", "川北灯戏新编剧目首演", "全民健身步道里程再增五十公里"],
             "08": ["春天的信", "小城书店", "读书札记二则", "外婆的腌菜坛", "山路"]}


def wb_08fk159(art, rng, others):
    """晚报 e-paper 第08版 副刊: masthead with ``YYYY年M月D日　星期X`` (the only visible date; the URL
    agrees), a 往期 ``<select>`` of earlier issues (other dates), a 版次 list with every 版's titles,
    上一版/下一版/PDF, 版面图 hot areas, an author line (``□ name`` / ``◎ name``), p11 (GBK) the text as
    ``<br>`` lines in ``founder-content`` with an 作者简介 after; p12 ``<P>`` paragraphs in ``#ozoom``, an
    插图 credit and a second piece (a short poem) in full; 责任编辑, copyright."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.ncwb.example.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 4)
    d0 = datetime.date.fromisoformat(art["date"])
    back = "".join(f'<option value="../../{x:%Y-%m}/{x:%d}/node_1.htm">{x.year}年{x.month}月{x.day}日</option>'
                   for x in (d0 - datetime.timedelta(days=k) for k in range(1, 31)))
    bans = "".join(f'<li class="{"on" if no == "08" else ""}"><a href="node_{int(no)}.htm">第{no}版：{nm}</a><ul>'
                   + "".join(f'<li><a href="content_{_n(rng, 6)}.htm">{t}</a></li>' for t in WB_TITLES[no]) + '</ul></li>'
                   for no, nm in WB_PAGES)
    areas = "".join(f'<area shape="polygon" coords="{",".join(str(rng.randint(0, 900)) for _ in range(8))}" href="content_{_n(rng, 6)}.htm">' for _ in range(6))
    if p11:
        text = ('<!--enpcontent--><founder-content><p>' + "<br>".join("　　" + esc(p) for p in art["body"])
                + '</p></founder-content><!--/enpcontent-->')
        by = f'<div class="author">□ {who[0]}</div>'
        after = f'<div class="zzjj"><p>作者简介：{who[0]}，南充市作家协会会员，在《四川文学》《青年作家》等刊物发表散文数十篇。</p></div>'
    else:
        text = '<div id="ozoom"><founder-content>' + "".join(f"<P>　　{esc(p)}</P>" for p in art["body"]) + '</founder-content></div>'
        by = f'<div class="author">◎ {who[0]}</div>'
        after = (f'<p class="ct">（插图　{who[1]}）</p><div class="other"><h3>山路</h3><div class="author">□ {who[2]}</div>'
                 '<P>山路弯弯绕过三道梁</P><P>父亲的背篓里装着秋天</P><P>我跟在后面数脚印</P><P>数到家门口，月亮就出来了</P></div>')
    script = ('<script type="text/javascript">var pageConfig={paper:"南充晚报",date:"' + f'{y}-{m}-{d}' + '",page:"08",pageName:"嘉陵江副刊",'
              'pdf:"../../../images/' + f'{y}-{m}/{d}/08/{_n(rng, 8)}.pdf' + '",prev:"node_7.htm",next:""};'
              'function goPage(v){if(v)location.href=v;}function zoomIn(){var o=document.getElementById("ozoom");if(o)o.style.fontSize="18px";}'
              'function zoomOut(){var o=document.getElementById("ozoom");if(o)o.style.fontSize="14px";}'
              + ";".join(f'var hot{i}={{x:{rng.randint(0, 900)},y:{rng.randint(0, 1300)},w:{rng.randint(100, 400)},h:{rng.randint(60, 300)}}}' for i in range(160))
              + ';</script>')
    body = (_css(rng, "ep", 150)
            + '<div class="topnav"><a>南充新闻网</a> | <a>南充日报</a> | <a>南充晚报</a> | <a>报社首页</a> | <a>广告服务</a> | <a>订阅</a></div>'
            + f'<div class="masthead"><img src="../../../images/ncwb_logo.gif" alt="南充晚报"><div class="mast-r"><p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p>'
              '<p>南充日报社主管主办　国内统一连续出版物号：CN51-0000</p></div></div>'
            + f'<div class="bc"><span>往期回顾：</span><select onchange="goPage(this.value)"><option value="">选择日期</option>{back}</select>'
              f'　<a href="node_7.htm">上一版</a>　<a>下一版</a>　<a href="../../../images/{y}-{m}/{d}/08/pdf.pdf">PDF下载</a>　<a href="node_1.htm">返回首版</a></div>'
            + '<table width="1100" align="center"><tr><td width="420" valign="top">'
              f'<div class="bmt"><img src="../../../images/{y}-{m}/{d}/08/{y}{m}{d}08_b.jpg" usemap="#pagemap" width="400"><map name="pagemap">{areas}</map></div>'
              f'<div class="bmlist"><h4>版面导航</h4><ul>{bans}</ul></div></td>'
              f'<td valign="top"><div class="article"><div class="lanmu">第08版：嘉陵江副刊</div><h1>{esc(art["title"])}</h1>{by}{text}{after}'
              f'<div class="bj">责任编辑：{who[3]}</div><div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a href="javascript:zoomIn()">放大</a>　<a href="javascript:zoomOut()">缩小</a></div></div></td></tr></table>'
            + f'<div class="copyright">南充日报社 版权所有　未经书面授权不得复制或建立镜像<br>蜀ICP备{_n(rng, 8)}号　川公网安备 {_n(rng, 14)}号</div>'
            + '<div class="calendar"><table><tr>' + "".join(f'<th>{w}</th>' for w in "日一二三四五六") + '</tr><tr>'
            + "".join(f'<td><a href="../../{y}-{m}/{k:02d}/node_1.htm">{k}</a></td>' + ("</tr><tr>" if k % 7 == 0 else "") for k in range(1, 29))
            + '</tr></table></div>'
            + '<div class="baoxi">' + "".join(f'<a href="http://epaper.example.cn/{i}">{p}</a>' for i, p in enumerate(
                ["南充日报", "南充晚报", "顺庆报", "高坪报", "嘉陵报", "阆中报", "南部报", "西充报", "营山报", "蓬安报", "仪陇报",
                 "四川日报", "华西都市报", "川报观察", "封面新闻", "南充新闻网", "南充发布", "南充广播电视台"])) + '</div>'
            + '<script>var articleList=' + json.dumps([{"page": no, "pageName": nm, "id": _n(rng, 6), "title": t,
                                                         "author": rng.choice(WHO), "coords": [rng.randint(0, 900) for _ in range(8)],
                                                         "words": rng.randint(300, 3000)} for no, nm in WB_PAGES for t in WB_TITLES[no]],
                                                       ensure_ascii=False) + ';</script>'
            + script + _stats(rng, "NCWB"))
    head = '<title>南充晚报-第08版：嘉陵江副刊</title><meta name="keywords" content="南充晚报,数字报,副刊">'
    return head, body, url


TEMPLATES = {"srd_wz159": srd_wz159, "wl_h5pl159": wl_h5pl159, "zxw_dfpl159": zxw_dfpl159, "qzf_tpxw159": qzf_tpxw159,
             "nyw_tz159": nyw_tz159, "cun_mp_cw159": cun_mp_cw159, "wb_08fk159": wb_08fk159}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages159", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
