"""Build the hundred-and-fifty-sixth saved-page set (``pages156``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, written at a real page's weight (every page at least 30 KB: full menus with sub-columns and a
hidden phone copy, inline scripts and styles, sidebars, comment sections, link-grid footers): 区 人大
网站 pages, a GBK 常委会 会议 report and a 代表 视察 news page (``qrd_cwh156``); 区 融媒体 app H5 分享
页 with 评论 (``rmt_h5pl156``); 凤凰网-like 地方 pages with 评论 and 推荐 (``fh_dfpl156``); 县 政府网 领导
信箱 pages, a GBK 来信 with its 回复 and a 回复 选登 page (``xzf_ldxx156``); a 区 税务局 公告 (GBK,
``swj_gg156``); a 图书馆 公众号 阅读 活动 post (``tsg_mp_yd156``); 晚报 e-paper 第10版 文体 pages (one
GBK, ``wb_10wt156``). ``articles.txt`` holds the title, date and reference body; the furniture (not
body) is written here. See README.md.

    python tests/data/web/pages156/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["周晓琳", "何俊杰", "刘思雨", "冉光明", "陈佳慧", "向东", "杨露", "黄志强", "田甜", "邹凯", "谭敏", "罗斌"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")
CQ = ["渝中区", "江北区", "南岸区", "九龙坡区", "沙坪坝区", "大渡口区", "北碚区", "渝北区", "巴南区", "万州区",
      "涪陵区", "黔江区", "长寿区", "江津区", "合川区", "永川区", "南川区", "綦江区", "大足区", "璧山区",
      "铜梁区", "潼南区", "荣昌区", "开州区", "梁平区", "武隆区", "城口县", "丰都县", "垫江县", "忠县",
      "云阳县", "奉节县", "巫山县", "巫溪县", "石柱县", "秀山县", "酉阳县", "彭水县"]
HN = ["长沙市", "株洲市", "湘潭市", "衡阳市", "邵阳市", "岳阳市", "常德市", "张家界市", "益阳市", "郴州市",
      "永州市", "怀化市", "娄底市", "湘西州", "芙蓉区", "天心区", "岳麓区", "开福区", "雨花区", "望城区",
      "荷塘区", "芦淞区", "石峰区", "天元区", "渌口区", "醴陵市", "攸县", "茶陵县", "炎陵县", "雨湖区", "岳塘区",
      "湘乡市", "韶山市", "湘潭县"]
TOPICS = ["防汛工作", "安全生产", "森林防火", "垃圾分类", "文明城市创建", "乡村振兴", "营商环境", "招商引资",
          "民生实事", "义务教育", "医保服务", "就业帮扶", "河长制", "消防安全", "食品安全", "农村饮水",
          "老旧小区改造", "农村公路", "未成年人保护", "养老服务", "耕地保护", "信访工作", "征兵工作", "科普宣传"]
PATTERNS = ["{p}召开{t}推进会", "{p}扎实推进{t}", "{p}开展{t}专项检查", "{p}部署{t}重点任务", "{t}现场会在{p}召开",
            "{p}：{t}交出亮眼成绩单", "{p}多措并举抓好{t}", "{p}举行{t}业务培训", "{p}调研{t}落实情况",
            "{p}{t}经验获推广", "{p}召开{t}联席会议", "{p}{t}取得阶段性成效"]


def _heads(rng, k, places) -> list[str]:
    """``k`` teaser headlines of other reports, drawn from place, topic and pattern lists."""
    out = []
    while len(out) < k:
        h = rng.choice(PATTERNS).format(p=rng.choice(places), t=rng.choice(TOPICS))
        if h not in out:
            out.append(h)
    return out


def _dates(art, rng, k, span=40) -> list[str]:
    """``k`` dates (``YYYY-MM-DD``) before the article's, newest first."""
    d0 = datetime.date.fromisoformat(art["date"])
    return [str(d0 - datetime.timedelta(days=x)) for x in sorted(rng.sample(range(1, span), k))]


def _row(p: str) -> bool:
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"', th=False) -> str:
    out = []
    for i, r in enumerate(rows):
        tag = "th" if th and i == 0 else "td"
        cells = "".join(f'<{tag} align="center" valign="middle">{"<b>" if i == 0 and not th else ""}{esc(c)}{"</b>" if i == 0 and not th else ""}</{tag}>'
                        for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None, th=False, tattrs=None) -> list[str]:
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(_table(rows, th=th) if tattrs is None else _table(rows, tattrs, th))
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


def _hex(rng, k) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


# ---------------------------------------------------------------- shared chrome pieces

def _menu(cols, ul="nav", li="nav-item", sub="sub-nav", href=lambda i, j: f"/col/col{1000 + i * 37 + j}/index.html") -> str:
    """A menu of ``(column, [sub-columns])`` as nested lists."""
    out = [f'<ul class="{ul}">']
    for i, (c, subs) in enumerate(cols):
        out.append(f'<li class="{li}"><a href="{href(i, 0)}" target="_self">{c}</a><div class="{sub}"><ul>'
                   + "".join(f'<li><a href="{href(i, j + 1)}">{s}</a></li>' for j, s in enumerate(subs)) + '</ul></div></li>')
    out.append("</ul>")
    return "".join(out)


def _css(prefix, rng, k=60) -> str:
    """A ``<style>`` block of ``k`` rules for a site's class names."""
    props = ["margin:0 auto", "padding:0 10px", "font-size:14px", "line-height:28px", "color:#333", "color:#666",
             "background:#fff", "border-bottom:1px solid #e5e5e5", "overflow:hidden", "float:left", "float:right",
             "width:1200px", "width:280px", "height:40px", "text-align:center", "display:block", "display:none",
             "position:relative", "font-family:'Microsoft YaHei'", "white-space:nowrap", "text-overflow:ellipsis"]
    parts = ["ul,li", "a", "img", "input", ".clearfix:after", ".fl", ".fr", ".w1200", ".header", ".top-bar", ".logo",
             ".search", ".nav", ".nav-item", ".sub-nav", ".banner", ".slider", ".crumb", ".main", ".side", ".article",
             ".article-title", ".info", ".content", ".share", ".pages", ".rank", ".rank li", ".rank em", ".list li",
             ".list span", ".zt", ".zt img", ".footer", ".links", ".links select", ".copy", ".qr", ".mobile-nav",
             ".comment", ".cmt-item", ".cmt-user", ".cmt-time", ".tool", ".hot", ".tab", ".tab-con"]
    rules = []
    for i in range(k):
        sel = f".{prefix}-{rng.choice(parts).lstrip('.')}" if i % 3 else rng.choice(parts)
        rules.append(sel + "{" + ";".join(rng.sample(props, rng.randint(2, 5))) + "}")
    return "<style type=\"text/css\">" + "\n".join(rules) + "</style>"


def _stat_js(rng, site) -> str:
    return (f'<script type="text/javascript">\nvar _hmt = _hmt || [];\n(function() {{\n  var hm = document.createElement("script");\n'
            f'  hm.src = "https://hm.baidu.com/hm.js?{_hex(rng, 32)}";\n  var s = document.getElementsByTagName("script")[0];\n'
            f'  s.parentNode.insertBefore(hm, s);\n}})();\n</script>\n'
            f'<script type="text/javascript">\nvar _trsStat = {{siteId:"{_n(rng, 4)}", site:"{site}", channel:"{_n(rng, 5)}", '
            f'collect:"https://stat.{_hex(rng, 6)}.cn/collect", refer: document.referrer, ua: navigator.userAgent}};\n'
            'function _trsSend(u){var i=new Image();i.src=u+"?t="+new Date().getTime()+"&s="+_trsStat.siteId+"&c="+_trsStat.channel;}\n'
            '_trsSend(_trsStat.collect);\n</script>\n')


def _share_js(rng, title) -> str:
    return ('<script type="text/javascript">\nwindow._bd_share_config = {"common":{"bdSnsKey":{},"bdText":"' + esc(title)
            + '","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};\n'
            'with(document)0[(getElementsByTagName("head")[0]||body).appendChild(createElement("script")).src="/static/api/js/share.js?v=89860593.js?cdnversion="+~(-new Date()/36e5)];\n'
            'function doZoom(size){var el=document.getElementById("zoom");if(!el)return;el.style.fontSize=size+"px";'
            'var ps=el.getElementsByTagName("p");for(var i=0;i<ps.length;i++){ps[i].style.fontSize=size+"px";}}\n'
            'function printPage(){window.print();}\nfunction closeWin(){window.opener=null;window.open("","_self");window.close();}\n</script>\n')


def _access_js(rng) -> str:
    return (f'<script id="wza" src="/wza/aria.js?appid={_hex(rng, 32)}" charset="utf-8"></script>\n'
            '<script type="text/javascript">\n$(function(){\n  $(".nav-item").hover(function(){$(this).addClass("on").find(".sub-nav").stop().slideDown(200);},'
            'function(){$(this).removeClass("on").find(".sub-nav").stop().slideUp(200);});\n'
            '  $(".tab li").mouseover(function(){var i=$(this).index();$(this).addClass("cur").siblings().removeClass("cur");'
            '$(".tab-con").eq(i).show().siblings(".tab-con").hide();});\n'
            '  $("#elder").click(function(){$("body").toggleClass("elder-mode");});\n'
            '  var sw = new Swiper(".slider", {loop:true, autoplay:{delay:4000}, pagination:{el:".swiper-pagination", clickable:true}});\n});\n</script>\n')


def _gov_links(rng, names, label="友情链接") -> str:
    """A 友情链接 row of ``<select>`` boxes (the names split into three groups)."""
    k = len(names) // 3
    groups = [("区县政府网站", names[:k]), ("市级部门网站", names[k:2 * k]), ("其他网站", names[2 * k:])]
    return (f'<div class="links"><span class="links-t">{label}：</span>' + "".join(
        f'<select onchange="if(this.value)window.open(this.value)"><option value="">---{g}---</option>'
        + "".join(f'<option value="http://www.{_hex(rng, 5)}.gov.cn">{esc(x)}</option>' for x in xs) + '</select>'
        for g, xs in groups) + '</div>')


def _comments(rng, pool, names, k, art, cls=("cmt-item", "cmt-user", "cmt-time", "cmt-txt")) -> str:
    """``k`` readers' comments (name, time, text, 回复/点赞) after the article's date."""
    d0 = datetime.datetime.fromisoformat(art["date"] + " 08:00")
    items = []
    for i in range(k):
        t = d0 + datetime.timedelta(minutes=rng.randint(60, 60 * 72))
        txt = rng.choice(pool)
        reply = ""
        if rng.random() < 0.2:
            reply = (f'<div class="{cls[0]}-reply"><span class="{cls[1]}">{rng.choice(names)}</span> 回复 '
                     f'<span class="{cls[1]}">{rng.choice(names)}</span>：{rng.choice(pool)}</div>')
        items.append(f'<div class="{cls[0]}"><img class="avatar" src="//img.static.cn/avatar/{_hex(rng, 12)}.jpg">'
                     f'<div class="{cls[1]}">{rng.choice(names)}<em>{rng.choice(["", "湖南", "重庆", "广东", "四川", "江西", "湖北"])}</em></div>'
                     f'<div class="{cls[3]}">{txt}</div>{reply}'
                     f'<div class="{cls[2]}">{t:%Y-%m-%d %H:%M}<a class="reply">回复</a><a class="like">点赞 {rng.randint(0, 120)}</a></div></div>')
    return "".join(items)


NICK_A = ["老", "小", "阿", "快乐的", "爱吃", "山城", "湘江", "峡江", "清风", "静待", "一路", "追风", "喜欢", "南方"]
NICK_B = ["张", "李", "鱼儿", "花开", "少年", "麻辣烫", "行者", "豆花", "米粉", "橘子", "大叔", "小王子", "火锅", "云朵"]


def _nicks(rng, k) -> list[str]:
    out = set()
    while len(out) < k:
        out.add(rng.choice(NICK_A) + rng.choice(NICK_B) + (str(rng.randint(1, 999)) if rng.random() < 0.4 else ""))
    return sorted(out)


SERVICES = ["社保查询", "医保查询", "公积金查询", "不动产登记", "户籍办理", "出入境", "交通违章", "驾驶证", "婚姻登记", "生育登记",
            "就业创业", "职业资格", "企业开办", "工程建设", "税务办理", "发票查验", "水电气缴费", "公交出行", "学校查询", "医院挂号",
            "养老服务", "残疾人服务", "法律援助", "公证服务", "12345热线", "政策问答", "办事指南", "表格下载", "投诉举报", "便民电话"]


def _svc_grid(rng, title="便民服务") -> str:
    """A 便民服务 icon grid of thirty links."""
    return (f'<div class="svc"><div class="svc-t">{title}</div><ul>' + "".join(
        f'<li><a href="https://zwfw.example.gov.cn/item/{_hex(rng, 8)}"><img src="/images/icon/ico{i:02d}.png"><span>{x}</span></a></li>'
        for i, x in enumerate(SERVICES, 1)) + '</ul></div>')


def _tabs(rng, art, tabs, places) -> str:
    """A tabbed list box (one tab shown), each tab eight headlines with dates."""
    out = ['<div class="tab-box"><ul class="tab">' + "".join(f'<li{" class=cur" if i == 0 else ""}>{t}</li>' for i, t in enumerate(tabs)) + '</ul>']
    for i, t in enumerate(tabs):
        out.append(f'<div class="tab-con"{"" if i == 0 else " style=display:none"}><ul class="list">'
                   + "".join(f'<li><a>{esc(h)}</a><span>{dd}</span></li>' for h, dd in zip(_heads(rng, 8, places), _dates(art, rng, 8)))
                   + '</ul><a class="more">更多&gt;&gt;</a></div>')
    return "".join(out) + '</div>'


# ---------------------------------------------------------------- 区 人大 网站

RD_COLS = [("首页", []),
           ("人大要闻", ["常委会动态", "主任会议", "工作要闻", "图片新闻", "视频新闻", "通知公告", "媒体聚焦"]),
           ("常委会会议", ["会议公报", "会议议程", "审议意见", "决议决定", "会议文件", "满意度测评", "人事任免"]),
           ("监督工作", ["执法检查", "专题询问", "工作评议", "专项工作报告", "预算审查监督", "国有资产管理监督", "规范性文件备案审查", "联网监督"]),
           ("立法工作", ["立法规划", "法规草案征求意见", "基层立法联系点", "立法动态", "法律法规"]),
           ("代表工作", ["代表风采", "代表履职", "代表建议", "代表之家", "代表联络站", "代表培训", "闭会活动", "代表名单"]),
           ("选举任免", ["选举工作", "任免名单", "宪法宣誓", "代表资格审查"]),
           ("镇街人大", ["两路街道", "龙溪街道", "双凤桥街道", "回兴街道", "木耳镇", "统景镇", "大湾镇", "洛碛镇", "王家街道", "石船镇", "古路镇", "兴隆镇"]),
           ("专门委员会", ["法制委员会", "财政经济委员会", "社会建设委员会", "城乡建设环境保护委员会", "农业农村委员会", "教科文卫委员会"]),
           ("理论研究", ["调研报告", "理论文章", "履职心得", "人大制度", "经验交流"]),
           ("公开公示", ["人大公报", "预决算公开", "议案建议办理", "政府采购", "人事公示", "政策文件"]),
           ("互动交流", ["主任信箱", "意见征集", "网上调查", "在线访谈", "常见问题", "代表连线"]),
           ("专题专栏", ["学习贯彻全会精神", "全过程人民民主", "民生实事票决", "法治宣传", "人大工作70年", "党纪学习教育", "乡村振兴"])]


def _rd_chrome(art, rng, others, gbk):
    """The 区人大 site's header (top bar, search, full menu and hidden phone menu, slider) and footer."""
    y, m, d = _ymd(art)
    slides = _heads(rng, 5, ["区人大常委会", "渝北区人大", "木耳镇人大", "两路街道人大工委", "区人大代表"])
    head = (f'<div class="rd-top-bar"><div class="w1200"><span class="fl">今天是：<script>var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></span>'
            '<span class="fr"><a id="wzaBtn">无障碍</a> | <a id="elder">长者模式</a> | <a>代表登录</a> | <a>机关内网</a> | <a>设为首页</a> | <a>加入收藏</a></span></div></div>'
            '<div class="rd-header"><div class="w1200"><a class="logo"><img src="/images/rd_logo.png" alt="重庆市渝北区人民代表大会常务委员会"></a>'
            '<form class="search" action="/search/index.jsp" method="get"><input name="q" placeholder="请输入关键字"><input type="hidden" name="siteid" value="rdcwh">'
            '<button type="submit">搜索</button></form></div></div>'
            '<div class="rd-nav"><div class="w1200">' + _menu(RD_COLS) + '</div></div>'
            '<div class="mobile-nav" style="display:none"><a class="menu-btn">菜单</a>'
            + _menu(RD_COLS, ul="m-nav", li="m-item", sub="m-sub", href=lambda i, j: f"/m/col{1000 + i * 37 + j}/") + '</div>'
            '<div class="slider swiper-container"><div class="swiper-wrapper">'
            + "".join(f'<div class="swiper-slide"><a><img src="/uploads/{y}{m}/slide{_n(rng, 6)}.jpg"><p>{esc(h)}</p></a></div>' for h in slides)
            + '</div><div class="swiper-pagination"></div></div>')
    names = ["重庆市人大常委会", "重庆市人民政府"] + [f"{c}人大常委会" for c in CQ[:30]] + ["中国人大网", "全国人大代表服务网", "重庆人大", "渝北区人民政府", "渝北区政协"]
    foot = ('<div class="rd-footer">' + _gov_links(rng, names)
            + '<div class="ft-nav"><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a> | <a>隐私声明</a> | <a>网站纠错</a></div>'
            '<p>主办：重庆市渝北区人民代表大会常务委员会办公室　承办：渝北区人大常委会研究室</p>'
            f'<p>地址：重庆市渝北区双龙大道{rng.randint(100, 300)}号　邮编：401120　联系电话：023-6782{_n(rng, 4)}</p>'
            f'<p>网站标识码：5001120{_n(rng, 3)}　<a>渝ICP备{_n(rng, 8)}号</a>　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p>'
            '<div class="jg"><a><img src="/images/dzjg.png" alt="党政机关"></a><a><img src="/images/jiucuo.png" alt="政府网站找错"></a></div></div>')
    return head, foot


def _rd_side(art, rng, others):
    hot = _heads(rng, 10, ["渝北区人大", "区人大常委会", "统景镇人大", "区人大代表", "回兴街道人大工委"])
    new = [(t, dd) for (t, _), dd in zip(rng.sample(others, 4), _dates(art, rng, 4))] + list(zip(_heads(rng, 6, ["区人大常委会", "大湾镇人大"]), _dates(art, rng, 6)))
    return ('<div class="rd-side"><div class="box"><div class="box-t"><span>点击排行</span></div><ol class="rank">'
            + "".join(f'<li><em>{i}</em><a>{esc(h)}</a></li>' for i, h in enumerate(hot, 1)) + '</ol></div>'
            '<div class="box"><div class="box-t"><span>最新发布</span><a class="more">更多&gt;&gt;</a></div><ul class="list">'
            + "".join(f'<li><a>{esc(t)}</a><span>{dd}</span></li>' for t, dd in new) + '</ul></div>'
            '<div class="box zt"><div class="box-t"><span>专题专栏</span></div>'
            + "".join(f'<a><img src="/images/zt/zt{i}.jpg" alt="{t}"></a>' for i, t in enumerate(["全过程人民民主", "民生实事票决", "党纪学习教育", "代表之家"], 1))
            + '</div>' + _tabs(rng, art, ["通知公告", "代表风采", "镇街动态"], ["区人大常委会", "木耳镇人大", "统景镇人大", "王家街道人大工委"]) + '</div>')


def qrd_cwh156(art, rng, others):
    """区 人大 网站: p01 (GBK) a 常委会 会议 report on an older table layout — the info line glued with no
    whitespace (``发布时间：YYYY-MM-DD hh:mm来源：…浏览次数：`` + ``document.write``), ``<b>一、…</b>`` heads,
    a 满意度测评 table (body), a 相关链接 box, 责任编辑 and 上一篇/下一篇 (not body); p02 a 代表 视察 news
    page whose only visible date is a later 更新时间 (meta ``PubDate`` and the URL give the date), a
    centred 楷体 caption, bold ``区人大代表 name：`` turns (body), a 代表名片-like 视察点位 card (not body)."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    col = "cwhhy" if p01 else "dbgz"
    url = f"http://www.ybrd.gov.cn/{col}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 3)
    top, foot = _rd_chrome(art, rng, others, p01)
    prev, nxt = rng.sample(others, 2)
    if p01:
        para = lambda t: f'<p style="text-indent:2em;line-height:32px"><font face="仿宋_GB2312" style="font-size:16pt">{t}</font></p>'  # noqa: E731
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:32px"><b><font face="黑体" style="font-size:16pt">{t}</font></b></p>')
        info = (f'<td class="info" align="center">发布时间：{y}-{m}-{d} {_hm(rng)}来源：区人大常委会办公室浏览次数：'
                f'<script>document.write("{_n(rng, 4)}")</script>【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</td>')
        links = ('<div class="xglj"><div class="xglj-t">相关链接</div><ul>'
                 '<li><a>渝北区第十九届人大常委会第二十次会议公报</a></li><li><a>区人大常委会2024年监督工作计划</a></li>'
                 '<li><a>关于批准2023年度区级决算的决议</a></li></ul></div>')
        main = ('<table class="w1200" width="1200" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="880" valign="top"><table width="100%"><tr><td class="crumb">当前位置：<a>首页</a> &gt; <a>常委会会议</a> &gt; <a>会议公报</a></td></tr>'
                f'<tr><td class="article-title" align="center"><font size="5" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr>{info}</tr><tr><td id="zoom" class="content">' + "".join(blocks)
                + f'<p align="right">（责任编辑：{who[0]}）</p></td></tr>'
                f'<tr><td>{links}</td></tr>'
                f'<tr><td class="pages">上一篇：<a>{esc(prev[0])}</a><br>下一篇：<a>{esc(nxt[0])}</a></td></tr>'
                '<tr><td class="tool" align="right"><div class="bdsharebuttonbox">分享到：<a class="bds_weixin"></a><a class="bds_tsina"></a><a class="bds_qzone"></a></div>'
                '【<a href="javascript:printPage()">打印本页</a>】【<a href="javascript:closeWin()">关闭窗口</a>】</td></tr></table></td>'
                '<td width="20"></td><td width="300" valign="top">' + _rd_side(art, rng, others) + '</td></tr></table>')
        head = f'<title>{esc(art["title"])}_重庆市渝北区人大常委会</title><meta name="keywords" content="渝北人大,常委会会议">'
    else:
        def special(p):
            if p.startswith("区人大代表 ") or p.startswith("区住房城乡建委负责人 "):
                name, rest = p.split("：", 1)
                return f'<p style="text-indent:2em;line-height:2em"><strong>{esc(name)}：</strong>{esc(rest)}</p>'
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2em">{t}</p>', special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 10)}.jpg" width="640" alt=""></p>'
                         '<p style="text-align:center;font-family:楷体,KaiTi">图为代表们在两路老街察看街巷改造情况。</p>')
        card = ('<div class="card" style="border:1px solid #d9b38c;background:#fffaf3;padding:12px 16px;margin:16px 0">'
                '<p><b>本次视察点位</b></p><p>两路街道老街片区：街巷改造、雨污分流</p><p>龙溪街道金紫山社区：社区食堂、党群服务中心</p>'
                '<p>双凤桥街道空港新村：管网更新、停车设施</p></div>')
        later = datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=2)
        info = (f'<div class="info"><span>来源：区人大常委会代表工作室</span><span>更新时间：{later} {_hm(rng)}</span>'
                f'<span>阅读量：<script>document.write("{_n(rng, 3)}")</script></span><span class="zh">字号：<a>大</a> <a>中</a> <a>小</a></span></div>')
        rel = list(zip([t for t, _ in rng.sample(others, 3)] + _heads(rng, 3, ["区人大代表", "区人大常委会"]), _dates(art, rng, 6)))
        main = ('<div class="w1200 main"><div class="crumb">您当前的位置：<a>首页</a> &gt; <a>代表工作</a> &gt; <a>代表履职</a></div>'
                f'<div class="fl article"><h1 class="article-title">{esc(art["title"])}</h1>{info}'
                '<div class="content" id="zoom"><div class="TRS_Editor">' + "".join(blocks) + f'</div></div>{card}'
                f'<div class="zrbj">责任编辑：{who[1]}　审核：{who[2]}</div>'
                '<div class="share">分享到：<a class="wx"></a><a class="wb"></a><a class="qq"></a><span class="qr"><img src="/images/qr_rd.png">扫一扫在手机打开当前页</span></div>'
                f'<div class="pages"><p>上一篇：<a>{esc(prev[0])}</a></p><p>下一篇：<a>{esc(nxt[0])}</a></p></div>'
                '<div class="xgxw"><div class="box-t"><span>相关新闻</span></div><ul>'
                + "".join(f'<li><a>{esc(t)}</a><span>{dd}</span></li>' for t, dd in rel) + '</ul></div></div>'
                '<div class="fr">' + _rd_side(art, rng, others) + '</div></div>')
        head = (f'<title>{esc(art["title"])}-渝北区人大常委会</title><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
                f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="ColumnName" content="代表履职">')
    head += _css("rd", rng, 110) + _access_js(rng)
    body = top + "<!-- 正文开始 -->" + main + "<!-- 正文结束 -->" + foot + _stat_js(rng, "ybrd") + _share_js(rng, art["title"])
    return head, body, url


# ---------------------------------------------------------------- 区 融媒体 app H5 分享页

RMT_COLS = [("推荐", ["要闻", "热点", "专题", "图集"]), ("璧山", ["时政", "经济", "社会", "文化", "教育", "健康"]),
            ("镇街", ["璧城街道", "璧泉街道", "青杠街道", "来凤街道", "丁家街道", "大路街道", "河边镇", "七塘镇", "三合镇", "健龙镇", "广普镇", "正兴镇", "八塘镇", "大兴镇", "福禄镇"]),
            ("视频", ["璧山新闻", "微纪录", "短视频", "航拍璧山"]), ("直播", ["直播预告", "直播回看", "会议直播"]),
            ("政务", ["政务发布", "部门动态", "政策解读", "通知公告", "人事信息"]),
            ("问政", ["我要爆料", "民生热线", "回复公开", "办理进度"]),
            ("服务", ["社保查询", "公积金", "医院挂号", "公交查询", "水电气缴费", "违章查询", "天气", "招聘信息", "志愿服务", "便民电话"]),
            ("文旅", ["璧山景点", "美食地图", "节会活动", "文化场馆"]), ("教育", ["学校动态", "招生考试", "家长课堂"]),
            ("健康", ["健康资讯", "名医在线", "疫苗接种"]), ("生活", ["房产", "汽车", "消费", "天气"]),
            ("专题", ["乡村振兴", "城市更新", "文明创建", "平安璧山", "绿道璧山"])]
RMT_POOL = ["周末带娃去骑了一圈，路修得真好。", "支持！希望多修几个厕所。", "停车位太少了，上周去转了半天没找到。",
            "李大姐家的凉面好吃，推荐。", "我们学校也去研学过，孩子回来说插秧好好玩。", "绿道晚上有路灯吗？", "希望别乱涨价，保持现在这样就好。",
            "家乡越来越好了，点赞。", "能不能把公交也通过去？", "上周末人太多了，建议错峰。", "这才是真正的为民办实事。",
            "骑行的朋友注意安全，有几个弯道比较急。", "天气热了，注意防暑。", "小编辛苦了。", "职工驿站确实方便，送外卖的都知道。",
            "高温津贴有些单位没发，怎么投诉？", "12333打通了，回复很快。", "点赞璧山！", "户外工作的都不容易，向他们致敬。",
            "希望能落到实处，不要只停在文件上。", "我们小区门口那个驿站每天都有绿豆汤。", "40多度还在干活的师傅太辛苦了。",
            "转发给家里人看看。", "已收藏。", "好政策！"]


def rmt_h5pl156(art, rng, others):
    """区 融媒体 app H5 分享页: an 打开APP banner, a hidden 频道 drawer (the full column list), a
    ``window.__INITIAL_STATE__`` JSON, a video player setup, an author/来源 row, 编辑/审核 credits, a
    稿件声明, a 相关推荐 list with pictures and a 评论 section of 30-40 comments with 回复/点赞 (p04's under
    neutral class names); p03 shows ``YYYY-MM-DD hh:mm`` beside 来源, p04 shows no date (meta
    ``publishdate`` only). p04's body holds a 津贴 table and a ``外卖骑手 name：`` turn."""
    y, m, d = _ymd(art)
    p03 = art["id"] == "p03"
    aid = str(_n(rng, 8))
    url = f"https://h5.bsrmt.cn/share/article.html?id={aid}&type=news&from=app"
    who = rng.sample(WHO, 4)
    t = _hm(rng)

    def special(p):
        if p.startswith("外卖骑手 "):
            n, rest = p.split("：", 1)
            return f'<p><span style="color:#1769ff;font-weight:bold">{esc(n)}：</span>{esc(rest)}</p>'
        return None
    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;margin-bottom:14px">{x}</p>', special=special,
                     tattrs='class="tb" width="100%" border="1" cellpadding="6" style="border-collapse:collapse;font-size:14px"')
    img = (f'<p style="text-align:center"><img src="https://img.bsrmt.cn/{y}{m}/{_hex(rng, 16)}.jpg" style="max-width:100%"></p>'
           f'<p style="text-align:center;color:#888;font-size:13px">{"▲市民在大路街道绿道上骑行。" if p03 else "▲职工驿站为户外劳动者准备了防暑降温物品。"}'
           f'（{who[3]} 摄）</p>')
    blocks.insert(3, img)
    video = ""
    if not p03:
        video = (f'<div class="video-box"><video id="player" poster="https://img.bsrmt.cn/{y}{m}/{_hex(rng, 16)}.jpg" controls '
                 f'src="https://vod.bsrmt.cn/{y}{m}{d}/{_hex(rng, 24)}.mp4"></video></div>')
    nicks = _nicks(rng, 40)
    k = rng.randint(30, 40)
    if p03:
        info = (f'<div class="art-info"><span class="src">来源：璧山区融媒体中心</span><span class="time">{y}-{m}-{d} {t}</span>'
                f'<span class="read">阅读 {rng.randint(1, 9)}.{rng.randint(1, 9)}万</span></div>')
        cmts = ('<div class="comment"><div class="comment-hd">全部评论（' + str(k) + '）</div><div class="comment-list">'
                + _comments(rng, RMT_POOL, nicks, k, art) + '</div></div>')
    else:
        info = (f'<div class="art-info"><span class="src">璧山区融媒体中心</span><span class="read">阅读 {rng.randint(1, 9)}.{rng.randint(1, 9)}万</span></div>')
        cmts = ('<div class="mod-b"><div class="mod-b-hd">网友热议 <i>' + str(k) + '</i></div><div class="wrap-l">'
                + _comments(rng, RMT_POOL, nicks, k, art, cls=("item-wrap", "i-n", "i-t", "i-c")) + '</div></div>')
    recs = _heads(rng, 16, ["璧城街道", "璧泉街道", "青杠街道", "来凤街道", "丁家街道", "河边镇", "七塘镇", "正兴镇", "璧山区"])
    rec = ('<div class="recommend"><div class="rec-hd">相关推荐</div><ul>'
           + "".join(f'<li><a href="article.html?id={_n(rng, 8)}"><img src="https://img.bsrmt.cn/thumb/{_hex(rng, 16)}.jpg"><div class="r-t">{esc(h)}</div>'
                     f'<div class="r-i"><span>爱璧山</span><span>{dd}</span><span>{rng.randint(300, 9000)}阅读</span></div></a></li>'
                     for h, dd in zip(recs, _dates(art, rng, 16))) + '</ul></div>')
    state = ('{"article":{"id":' + aid + ',"channel":"璧山","channelId":' + str(_n(rng, 3)) + ',"shareTitle":"' + esc(art["title"])
             + '","shareDesc":"' + esc(art["body"][0][:40]) + '","shareImg":"https://img.bsrmt.cn/logo/share.png","commentOpen":true,'
             + '"likeCount":' + str(rng.randint(50, 900)) + ',"editor":"' + who[0] + '","app":{"name":"爱璧山","scheme":"aibishan://article?id=' + aid
             + '","ios":"https://apps.apple.com/cn/app/id' + str(_n(rng, 10)) + '","android":"https://app.bsrmt.cn/download/aibishan.apk"}}'
             + (',"publishTime":"' + f"{y}-{m}-{d} {t}:00" + '"' if not p03 else '') + '}')
    drawer = ('<div class="channel-drawer" style="display:none"><div class="cd-hd">全部频道<a class="cd-close">×</a></div>'
              + _menu(RMT_COLS, ul="cd-list", li="cd-col", sub="cd-sub", href=lambda i, j: f"/h5/channel.html?cid={200 + i * 20 + j}") + '</div>')
    body = ('<div class="open-app" id="openApp"><img src="https://img.bsrmt.cn/logo/app.png"><div><b>爱璧山</b><p>璧山区融媒体中心官方客户端</p></div>'
            '<a class="btn" href="javascript:openApp()">打开APP</a></div>'
            '<div class="top-tab"><a class="cur">推荐</a><a>璧山</a><a>视频</a><a>直播</a><a>问政</a><a>服务</a><a class="more">☰</a></div>' + drawer
            + f'<div class="article" id="app"><h1 class="art-title">{esc(art["title"])}</h1>{info}{video}'
            '<div class="art-content" id="artContent">' + "".join(blocks) + '</div>'
            f'<div class="art-editor"><p>记者：{who[1]}</p><p>编辑：{who[0]}　审核：{who[2]}</p></div>'
            '<div class="art-statement">本稿件为璧山区融媒体中心原创，未经授权不得转载。</div>'
            f'<div class="art-act"><a class="like">点赞 {rng.randint(50, 900)}</a><a class="share">分享</a><a class="collect">收藏</a></div>'
            '<div class="open-more"><a href="javascript:openApp()">打开爱璧山APP，查看更多精彩内容</a></div>'
            f'{rec}{cmts}<div class="cmt-input"><input placeholder="写评论..." readonly onclick="openApp()"></div></div>'
            '<div class="foot">璧山区融媒体中心 版权所有<br>互联网新闻信息服务许可证：50120230001　<a>渝ICP备' + str(_n(rng, 8)) + '号-2</a></div>'
            f'<script>window.__INITIAL_STATE__ = {state};</script>\n'
            '<script>\nfunction openApp(){var s=window.__INITIAL_STATE__.article.app;var ua=navigator.userAgent.toLowerCase();'
            'if(/micromessenger/.test(ua)){document.getElementById("wxTip").style.display="block";return;}'
            'window.location.href=s.scheme;setTimeout(function(){window.location.href=/iphone|ipad/.test(ua)?s.ios:s.android;},2000);}\n'
            'var player = document.getElementById("player"); if(player){player.addEventListener("play",function(){_hmt.push(["_trackEvent","video","play",' + aid + ']);});}\n'
            f'wx.config({{debug:false, appId:"wx{_hex(rng, 16)}", timestamp:{_epoch(art, t)}, nonceStr:"{_hex(rng, 16)}", signature:"{_hex(rng, 40)}",'
            ' jsApiList:["updateAppMessageShareData","updateTimelineShareData","onMenuShareAppMessage"]});\n'
            'wx.ready(function(){var a=window.__INITIAL_STATE__.article;wx.updateAppMessageShareData({title:a.shareTitle,desc:a.shareDesc,link:location.href,imgUrl:a.shareImg});'
            'wx.updateTimelineShareData({title:a.shareTitle,link:location.href,imgUrl:a.shareImg});});\n</script>\n'
            '<div id="wxTip" style="display:none">点击右上角…选择在浏览器中打开</div>' + _stat_js(rng, "bsrmt"))
    head = (f'<title>{esc(art["title"])}</title><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">'
            f'<meta name="description" content="{esc(art["body"][0][:60])}">' + _css("h5", rng, 70))
    if not p03:
        head += f'<meta name="publishdate" content="{y}-{m}-{d} {t}:00">'
    return head, body, url


# ---------------------------------------------------------------- 凤凰网-like 地方

FH_COLS = [("资讯", ["国内", "国际", "评论", "深度", "政务", "公益", "图片"]), ("财经", ["股票", "基金", "理财", "产经", "宏观"]),
           ("娱乐", ["明星", "电影", "电视", "音乐"]), ("体育", ["中超", "NBA", "CBA", "综合"]), ("时尚", ["美妆", "穿搭", "生活"]),
           ("汽车", ["新车", "导购", "用车", "新能源"]), ("房产", ["新房", "二手房", "家居"]), ("科技", ["数码", "互联网", "人工智能"]),
           ("读书", ["书评", "连载", "书单"]), ("文化", ["历史", "艺术", "国学"]), ("旅游", ["目的地", "攻略", "酒店"]),
           ("健康", ["医疗", "养生", "育儿"]), ("教育", ["升学", "留学", "职场"]),
           ("地方", ["北京", "上海", "广东", "湖南", "湖北", "四川", "重庆", "江西", "河南", "山东", "浙江", "江苏", "福建", "安徽", "陕西"]),
           ("视频", ["热点", "纪录片", "直播"])]
HN_COLS = [("湖南首页", []), ("时政", ["湘政", "人事", "发布"]), ("市州", ["长沙", "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "张家界", "益阳", "郴州", "永州", "怀化", "娄底", "湘西"]),
           ("财经", ["产业", "园区", "金融"]), ("社会", ["民生", "法治", "热线"]), ("文旅", ["景区", "美食", "非遗"]), ("教育", ["高校", "中小学"]),
           ("健康", ["医院", "养生"]), ("视频", ["湘视界", "微直播"]), ("专题", [])]
FH_POOL = ["晚上去逛过，确实热闹。", "直播确实卖得便宜，就是尺码不好把握。", "支持本地品牌，希望越做越好。", "退货率高是真的，衣服上身效果差别大。",
           "芦淞的衣服全国都有名。", "年轻人有想法，点赞。", "主播也辛苦，一站好几个小时。", "希望市场管理再规范一点。", "原创设计才是出路。",
           "我就是在这里买衣服的，性价比高。", "湖南加油！", "老厂房改得有味道。", "周末去打卡了，咖啡不错。", "停车确实难，建议坐公交。",
           "红砖墙保留得很好，有年代感。", "希望不要搞成千篇一律的网红街。", "租金便宜是真的吸引人。", "家乡的变化看得见。",
           "建议多搞一些免费展览。", "小时候就在这个厂区长大，感慨。", "这种改造比拆了强。", "二期什么时候开放？", "楼上说得对。",
           "记者写得很客观。", "已转发。", "希望多报道这种好事。"]


def fh_dfpl156(art, rng, others):
    """凤凰网-like 地方 pages: the portal's top menu (15 channels with subs), the 湖南 频道 menu and a hidden
    phone copy, a 24小时热榜 sidebar, 图为 captions with a 摄影 credit, a 特别声明, 责任编辑, 热门评论 and
    最新评论 (30-45 comments with 回复/点赞), 猜你喜欢 with pictures, a link-grid footer. p05 shows
    ``YYYY年MM月DD日 hh:mm:ss`` and 来源 and holds ``<h2>`` heads and ``凰羽网：``/``刘佳：`` turns; p06 shows
    no date (meta ``publishdate`` and the URL)."""
    y, m, d = _ymd(art)
    p05 = art["id"] == "p05"
    url = f"https://hn.huangyu.com/c/{y}{m}{d}{_hex(rng, 6)}"
    who = rng.sample(WHO, 3)

    def special(p):
        if p in ("从档口到直播间", "一条街带动一群人"):
            return f'<h2 style="font-size:18px;border-left:4px solid #d60000;padding-left:10px">{esc(p)}</h2>'
        if p.startswith(("凰羽网：", "刘佳：")):
            n, rest = p.split("：", 1)
            return f'<p><strong>{esc(n)}：</strong>{esc(rest)}</p>'
        return None
    blocks = _blocks(art["body"], lambda x: f'<p>{x}</p>', special=special)
    cap = "图为芦淞服装市场的直播间。" if p05 else "图为改造后的老厂房内景。"
    blocks.insert(2, f'<p class="detailPic"><img src="https://d.hyimg.com/{_hex(rng, 24)}.jpg"></p>'
                     f'<p class="picIntro"><span>{cap}（摄影：{who[2]}）</span></p>')
    nicks = _nicks(rng, 45)
    hot_k, new_k = rng.randint(6, 10), rng.randint(24, 34)
    cmts = ('<div class="commentBox" id="comment"><div class="cmt-hd"><h3>热门评论</h3><span>已有' + str(hot_k + new_k + rng.randint(50, 300)) + '人参与</span></div>'
            + _comments(rng, FH_POOL, nicks, hot_k, art) + '<div class="cmt-hd"><h3>最新评论</h3></div>'
            + _comments(rng, FH_POOL, nicks, new_k, art) + '<a class="more-cmt">查看全部评论&gt;&gt;</a></div>')
    guess = _heads(rng, 18, HN)
    like = ('<div class="guess"><h3>猜你喜欢</h3><ul>' + "".join(
        f'<li><a><img src="https://d.hyimg.com/t/{_hex(rng, 16)}.jpg"><p>{esc(h)}</p></a><span>凰羽网{rng.choice(["湖南", "资讯", "财经"])}</span><span>{dd}</span></li>'
        for h, dd in zip(guess, _dates(art, rng, 18))) + '</ul></div>')
    hot = _heads(rng, 10, HN)
    side = ('<div class="side"><div class="box"><h3>24小时热榜</h3><ol>' + "".join(f'<li><em>{i}</em><a>{esc(h)}</a><span>{rng.randint(1, 90)}万热度</span></li>' for i, h in enumerate(hot, 1))
            + '</ol></div><div class="box"><h3>湖南视频</h3>' + "".join(f'<div class="v"><img src="https://d.hyimg.com/v/{_hex(rng, 12)}.jpg"><p>{esc(h)}</p><i>0{rng.randint(1, 5)}:{rng.randint(10, 59)}</i></div>'
                                                                    for h in _heads(rng, 4, HN)) + '</div>'
            '<div class="box ad"><img src="https://d.hyimg.com/ad/300x250.jpg"></div></div>')
    if p05:
        info = (f'<div class="info"><span class="time">{y}年{m}月{d}日 {_hms(rng)}</span><span class="source">来源：<a>凰羽网湖南</a></span>'
                f'<span class="cmt">{hot_k + new_k}条评论</span></div>')
    else:
        info = '<div class="info"><span class="source">来源：<a>凰羽网湖南综合</a></span><a class="cmt" href="#comment">参与评论</a></div>'
    site_links = [f"凰羽{x}" for x in ["资讯", "财经", "娱乐", "体育", "时尚", "汽车", "房产", "科技", "读书", "文化", "旅游", "健康", "教育", "视频", "公益", "佛教", "国学"]] + \
                 [f"凰羽网{x}" for x in ["北京", "上海", "广东", "湖北", "四川", "重庆", "江西", "河南", "山东", "浙江", "江苏", "福建", "安徽", "陕西", "辽宁", "山西"]]
    body = ('<div class="topNav"><div class="w1200"><a class="logo"><img src="https://d.hyimg.com/logo.png" alt="凰羽网"></a>'
            + _menu(FH_COLS, ul="navList", li="navItem", sub="navSub", href=lambda i, j: f"https://www.huangyu.com/c{i}/{j}/") +
            '<div class="login"><a>登录</a><a>注册</a></div><form class="search" action="https://so.huangyu.com/"><input name="q" placeholder="搜索"></form></div></div>'
            '<div class="localNav"><div class="w1200"><a class="llogo">凰羽网湖南</a>'
            + _menu(HN_COLS, ul="lnav", li="lnav-i", sub="lnav-s", href=lambda i, j: f"https://hn.huangyu.com/l{i}/{j}/") + '</div></div>'
            '<div class="mobile-nav" style="display:none">' + _menu(HN_COLS, ul="m", li="m-i", sub="m-s", href=lambda i, j: f"/m/{i}/{j}") + '</div>'
            '<div class="w1200 main"><div class="crumb"><a>凰羽网湖南</a> &gt; <a>市州</a> &gt; <a>' + ("株洲" if p05 else "湘潭") + '</a> &gt; 正文</div>'
            f'<div class="leftCol"><div class="artical"><h1 class="topic">{esc(art["title"])}</h1>{info}'
            '<div class="main_content" id="main_content"><div class="text">' + "".join(blocks) + '</div></div>'
            '<p class="statement">特别声明：以上文章内容仅代表作者本人观点，不代表凰羽网观点或立场。如有关于作品内容、版权或其它问题请于作品发表后的30日内与凰羽网联系。</p>'
            f'<p class="editor">[责任编辑：{who[0]} PN{_n(rng, 3)}]</p>'
            '<div class="shareBar"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a><div class="qrcode"><img src="https://d.hyimg.com/qr.png"><p>扫码用手机看</p></div></div></div>'
            f'{cmts}{like}</div>{side}</div>'
            '<div class="footer"><div class="fLinks">' + "".join(f'<a>{x}</a>' for x in site_links) + '</div>'
            '<p><a>凰羽新媒体介绍</a> | <a>投资者关系</a> | <a>广告服务</a> | <a>诚征英才</a> | <a>保护隐私权</a> | <a>免责条款</a> | <a>意见反馈</a></p>'
            f'<p>凰羽网版权所有 Copyright 2024 Huangyu.com. All Rights Reserved.</p><p>湘ICP证{_n(rng, 6)}号　湘公网安备{_n(rng, 14)}号　违法和不良信息举报电话：0731-8{_n(rng, 7)}</p></div>'
            + _stat_js(rng, "huangyu")
            + '<script>\nvar allData = {"docData":{"title":"' + esc(art["title"]) + '","source":"凰羽网湖南","editorName":"' + who[0]
            + '","commentUrl":"https://comment.huangyu.com/' + _hex(rng, 12) + '","wapUrl":"https://ihn.huangyu.com/c/' + _hex(rng, 10) + '","tags":["湖南","'
            + ("株洲" if p05 else "湘潭") + '"]},"adData":{"topBanner":"' + _hex(rng, 8) + '","sideAd":"' + _hex(rng, 8) + '"}};\n'
            'var adKeys = ["' + '","'.join(_hex(rng, 10) for _ in range(12)) + '"];\n'
            'document.querySelectorAll(".navItem").forEach(function(n){n.onmouseenter=function(){n.classList.add("on")};n.onmouseleave=function(){n.classList.remove("on")}});\n</script>\n')
    head = (f'<title>{esc(art["title"])}_凰羽网湖南</title><meta name="keywords" content="湖南,{"株洲" if p05 else "湘潭"}">'
            f'<meta name="description" content="{esc(art["body"][0][:60])}">' + _css("hy", rng, 80))
    if not p05:
        head += f'<meta name="publishdate" content="{y}-{m}-{d} {_hms(rng)}"><meta property="og:type" content="news">'
    return head, body, url


# ---------------------------------------------------------------- 县 政府网 领导信箱

YX_COLS = [("首页", []), ("走进攸县", ["攸县概况", "历史沿革", "行政区划", "自然资源", "人文攸县", "旅游景点"]),
           ("政务公开", ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府文件", "政策解读", "人事信息", "财政信息", "重大项目", "规划计划", "统计信息", "应急管理", "建议提案办理"]),
           ("政务服务", ["个人办事", "法人办事", "部门服务", "乡镇服务", "一件事一次办", "便民服务", "办事指南"]),
           ("互动交流", ["县长信箱", "部门信箱", "回复选登", "征集调查", "在线访谈", "12345热线", "常见问题"]),
           ("新闻中心", ["攸县要闻", "部门动态", "乡镇动态", "图片新闻", "视频新闻", "媒体看攸县"]),
           ("专题专栏", ["优化营商环境", "乡村振兴", "安全生产", "法治政府建设", "文明创建", "民生实事"]),
           ("乡镇之窗", ["联星街道", "江桥街道", "春联街道", "网岭镇", "酒埠江镇", "丫江桥镇", "皇图岭镇", "新市镇", "菜花坪镇", "宁家坪镇", "桃水镇", "鸾山镇"]),
           ("部门之窗", ["县发改局", "县教育局", "县公安局", "县财政局", "县人社局", "县自然资源局", "县住建局", "县交通运输局", "县农业农村局", "县卫健局", "县生态环境局", "县市场监管局"]),
           ("数据开放", ["数据目录", "开放数据集", "数据应用"])]


def _yx_chrome(art, rng):
    head = ('<div class="top-bar"><div class="w1200"><span>欢迎访问攸县人民政府门户网站</span><span class="fr"><a>无障碍浏览</a> <a id="elder">长者模式</a> <a>个人登录</a> <a>法人登录</a> <a>手机版</a> <a>政务微博</a> <a>政务微信</a></span></div></div>'
            '<div class="header"><img src="/images/yx_logo.png" alt="攸县人民政府"><div class="search"><form action="/search/"><input name="keyword" value=""><select name="scope"><option>全站</option><option>信息公开</option><option>办事服务</option></select><button>搜索</button></form>'
            '<div class="hot-words">热词：<a>老旧小区改造</a><a>义务教育招生</a><a>公交线路</a><a>医保缴费</a></div></div></div>'
            '<div class="nav">' + _menu(YX_COLS, href=lambda i, j: f"/c{_n(rng, 5)}/index.html") + '</div>'
            '<div class="mobile-nav" style="display:none">' + _menu(YX_COLS, ul="mnav", li="mi", sub="ms", href=lambda i, j: f"/wap/c{i}{j}/") + '</div>')
    names = [f"{c}人民政府" for c in HN[:14]] + [f"{c}人民政府" for c in HN[14:30]] + ["中国政府网", "湖南省人民政府", "株洲市人民政府", "湖南政务服务网", "株洲12345"]
    foot = (_svc_grid(rng) + '<div class="footer">' + _gov_links(rng, names)
            + '<p><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a> | <a>关于我们</a></p>'
            '<p>主办：攸县人民政府办公室　承办：攸县政务服务和大数据中心</p>'
            f'<p>网站标识码：4302230{_n(rng, 3)}　<a>湘ICP备{_n(rng, 8)}号</a>　<img src="/images/ga.png">湘公网安备 {_n(rng, 14)}号</p>'
            '<div class="jg"><img src="/images/dzjg.png"><img src="/images/jiucuo.png"><img src="/images/sydw.png"></div></div>')
    return head, foot


def xzf_ldxx156(art, rng, others):
    """县 政府网 领导信箱: p07 (GBK) a 来信 and its 回复 in an old 信件 table — a glued info line
    (``发布时间：YYYY-MM-DD浏览次数：``), 信件编号/来信人/来信时间/办理状态 cells (furniture), the letter
    and the reply each as ``<br>`` lines in one ``<td>`` (body), the reply's 落款 and date and a 满意度
    评价 row (not body), a 写信须知 box; p08 a 回复 选登 page with bold ``1.网友问：`` items and
    ``…答：`` answers (body), a 信件统计 box and 相关链接 (not body)."""
    y, m, d = _ymd(art)
    p07 = art["id"] == "p07"
    url = f"http://www.youxian.gov.cn/{'xjxx' if p07 else 'hdjl'}/{y}{m}/{'t' if p07 else 'c'}{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 2)
    top, foot = _yx_chrome(art, rng)
    dates = _dates(art, rng, 12)
    side = ('<div class="side"><div class="box"><div class="box-t">互动交流</div><ul class="sub-menu"><li><a>县长信箱</a></li><li><a>部门信箱</a></li>'
            '<li class="cur"><a>回复选登</a></li><li><a>征集调查</a></li><li><a>在线访谈</a></li><li><a>常见问题</a></li></ul></div>'
            '<div class="box"><div class="box-t">最新回复</div><ul class="list">'
            + "".join(f'<li><a>{esc(h)}</a><span>{dd[5:]}</span></li>' for h, dd in zip(
                ["关于" + x + "的咨询" for x in ["新市镇农贸市场搬迁", "县城停车收费标准", "皇图岭镇路灯维修", "农村危房改造补助", "城区夜间施工噪音", "医保异地备案", "公租房申请条件", "学校周边交通安全"]], dates))
            + '</ul></div></div>')
    if p07:
        letter = [p for p in art["body"][:6]]
        reply = [p for p in art["body"][6:]]
        lt = "<br>".join(f"　　{esc(p)}" if not p.endswith("您好：") else esc(p) for p in letter)
        rp = "<br>".join((f"　　<b>{esc(p)}</b>" if _head(p) else (esc(p) if p.endswith("您好：") else f"　　{esc(p)}")) for p in reply)
        before = datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=1)
        sent = datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=8)
        main = ('<table width="1200" align="center" cellpadding="0" cellspacing="0"><tr><td width="260" valign="top">' + side + '</td><td width="20"></td><td valign="top">'
                '<div class="crumb">您现在的位置：<a>首页</a> &gt; <a>互动交流</a> &gt; <a>县长信箱</a> &gt; <a>信件详情</a></div>'
                f'<div class="info">发布时间：{y}-{m}-{d}浏览次数：<script>document.write("{_n(rng, 3)}")</script>【<a>打印</a>】【<a>关闭</a>】</div>'
                '<table class="xj" width="100%" border="1" cellpadding="8" cellspacing="0" bordercolor="#cfdce9" style="border-collapse:collapse">'
                f'<tr><td width="120" class="th" align="center">信件编号</td><td>YXXZ{y}{m}{_n(rng, 5)}</td><td width="120" class="th" align="center">办理状态</td><td><font color="green">已办结</font></td></tr>'
                f'<tr><td class="th" align="center">来信标题</td><td colspan="3"><b>{esc(art["title"])}</b></td></tr>'
                f'<tr><td class="th" align="center">来信人</td><td>张**</td><td class="th" align="center">来信时间</td><td>{sent}</td></tr>'
                f'<tr><td class="th" align="center">来信内容</td><td colspan="3" class="nr">{lt}</td></tr>'
                f'<tr><td class="th" align="center">回复单位</td><td>攸县住房和城乡建设局</td><td class="th" align="center">回复时间</td><td>{y}-{m}-{d}</td></tr>'
                f'<tr><td class="th" align="center">回复内容</td><td colspan="3" class="nr">{rp}<br><br><div align="right">攸县住房和城乡建设局<br>{before.year}年{before.month}月{before.day}日</div></td></tr>'
                '<tr><td class="th" align="center">满意度评价</td><td colspan="3"><input type="radio" name="my">满意 <input type="radio" name="my">基本满意 <input type="radio" name="my">不满意 <button>提交评价</button></td></tr></table>'
                '<div class="xxxz"><h4>写信须知</h4><p>1.请遵守国家法律法规，如实反映情况，一信一事；</p><p>2.涉及诉讼、仲裁、行政复议等法定途径的事项，请依法向有关机关提出；</p>'
                '<p>3.来信一般在10个工作日内答复，情况复杂的可适当延长。</p></div>'
                '<div class="btns"><a class="write">我要写信</a><a class="query">信件查询</a></div></td></tr></table>')
        head = f'<title>{esc(art["title"])}-攸县人民政府</title><meta name="keywords" content="县长信箱,回复">'
    else:
        def special(p):
            if p[:2] in ("1.", "2.", "3.", "4.", "5.") and "网友问：" in p:
                return f'<p style="text-indent:2em;line-height:2em"><b>{esc(p)}</b></p>'
            if "答：" in p[:14]:
                n, rest = p.split("答：", 1)
                return f'<p style="text-indent:2em;line-height:2em"><span style="color:#1a56a8">{esc(n)}答：</span>{esc(rest)}</p>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2em">{x}</p>', special=special)
        stat = ('<div class="tj" style="border:1px solid #cfdce9;padding:10px;margin:16px 0;background:#f5f9fd"><b>本季度信件统计</b>'
                '<table width="100%"><tr><td>受理信件</td><td>412件</td><td>办结信件</td><td>398件</td></tr>'
                '<tr><td>咨询类</td><td>186件</td><td>投诉类</td><td>121件</td></tr><tr><td>建议类</td><td>74件</td><td>其他</td><td>31件</td></tr></table></div>')
        rel = "".join(f'<li><a>县长信箱回复选登（{q}）</a><span>{dd}</span></li>' for q, dd in zip(["2024年第一季度", "2023年第四季度", "2023年第三季度"], ["2024-04-03", "2024-01-05", "2023-10-09"]))
        main = ('<div class="w1200 main"><div class="fl" style="width:260px">' + side + '</div><div class="fr" style="width:920px">'
                '<div class="crumb">当前位置：<a>首页</a> &gt; <a>互动交流</a> &gt; <a>回复选登</a></div>'
                f'<h1 class="article-title">{esc(art["title"])}</h1>'
                f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：攸县人民政府办公室</span><span>浏览次数：<script>document.write("{_n(rng, 4)}")</script></span>'
                '<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div><div class="content" id="zoom">' + "".join(blocks) + f'</div>{stat}'
                f'<div class="zrbj">（责任编辑：{who[0]}）</div>'
                '<div class="share">分享到：<a class="wx"></a><a class="wb"></a><a class="qq"></a></div>'
                f'<div class="xglj"><h4>相关链接</h4><ul>{rel}</ul></div>'
                '<div class="dy"><a>【打印本页】</a><a>【关闭窗口】</a></div></div></div>')
        head = (f'<title>{esc(art["title"])}_攸县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} 09:30"><meta name="ColumnName" content="回复选登">')
    head += _css("yx", rng, 120) + _access_js(rng)
    subjects = ["新市镇农贸市场", "县城夜市", "皇图岭镇卫生院", "城区公交", "农村低保", "学校食堂", "小区物业", "网岭镇水库", "县城路灯", "农村宅基地",
                "医保报销", "公租房", "老年人优待证", "建筑工地噪音", "河道采砂"]
    mail = ('<div class="w1200 xjlist"><div class="box-t">最新来信</div><table width="100%" class="xj-list"><tr><th>信件编号</th><th>信件标题</th><th>办理单位</th><th>状态</th><th>日期</th></tr>'
            + "".join(f'<tr><td>YXXZ{dd[:4]}{dd[5:7]}{_n(rng, 5)}</td><td><a>关于{x}的{rng.choice(["咨询", "建议", "投诉"])}</a></td><td>{rng.choice(YX_COLS[8][1])}</td>'
                      f'<td>{rng.choice(["已办结", "办理中", "已受理"])}</td><td>{dd}</td></tr>' for x, dd in zip(subjects, _dates(art, rng, 15)))
            + '</table></div>')
    body = top + main + mail + foot + _stat_js(rng, "youxian") + _share_js(rng, art["title"])
    return head, body, url


# ---------------------------------------------------------------- 区 税务局 公告

SW_COLS = [("首页", []), ("机构概况", ["领导信息", "机构职能", "内设机构", "派出机构", "办税服务厅"]),
           ("新闻动态", ["税务要闻", "基层动态", "图片新闻", "视频新闻", "媒体视点"]),
           ("信息公开", ["信息公开指南", "信息公开目录", "通知公告", "税收政策", "统计数据", "财务预决算", "人事信息", "行政执法公示", "重大税收违法案件"]),
           ("纳税服务", ["办税指南", "办税地图", "办税日历", "表证单书下载", "涉税专业服务", "纳税信用", "12366热线", "发票查验"]),
           ("税收政策", ["最新文件", "政策解读", "热点问答", "减税降费", "个人所得税", "社保费", "非税收入"]),
           ("互动交流", ["局长信箱", "在线咨询", "意见征集", "网上调查", "投诉举报"]),
           ("专题专栏", ["便民办税春风行动", "税收宣传月", "优化营商环境", "清廉税务", "党建引领"]),
           ("电子税务局", ["企业登录", "个人登录", "代理登录", "操作手册"])]


def swj_gg156(art, rng, others):
    """区 税务局 公告 (GBK): an 信息公开 grid (索引号/发布机构/文号/成文日期), a glued info line
    (``发布时间：…来源：…【字体：大中小】``), a centred 公告 文号 line, ``<b>一、…</b>`` heads, an 办税服务厅
    table with ``<th>`` heads, ``1.`` items, 特此公告 (body), the 落款 and its date, an 附件 line, a 温馨
    提示 box, 相关文件 with dates (not body)."""
    y, m, d = _ymd(art)
    url = f"http://sichuan.chinatax.gov.cn/art/{y}/{int(m)}/{int(d)}/art_{_n(rng, 5)}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 1)
    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:30px">{x}</p>',
                     head=lambda x: f'<p style="text-indent:2em;line-height:30px"><b>{x}</b></p>', th=True,
                     tattrs='class="gg-tb" width="100%" border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse"')
    before = datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=1)
    grid = ('<table class="xxgk" width="100%" border="1" cellpadding="6" style="border-collapse:collapse">'
            f'<tr><td class="t">索引号：</td><td>11510124MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td><td class="t">主题分类：</td><td>税务/通知公告</td></tr>'
            '<tr><td class="t">发布机构：</td><td>国家税务总局成都市郫都区税务局</td><td class="t">文号：</td><td>国家税务总局成都市郫都区税务局公告2024年第1号</td></tr>'
            f'<tr><td class="t">成文日期：</td><td>{before}</td><td class="t">有效性：</td><td>有效</td></tr>'
            f'<tr><td class="t">名称：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
    names = ["国家税务总局", "国家税务总局四川省税务局", "四川省人民政府", "成都市人民政府", "郫都区人民政府"] + \
            [f"国家税务总局成都市{c}税务局" for c in ["锦江区", "青羊区", "金牛区", "武侯区", "成华区", "龙泉驿区", "青白江区", "新都区", "温江区", "双流区", "新津区", "简阳市", "都江堰市", "彭州市", "邛崃市", "崇州市", "金堂县", "大邑县", "蒲江县"]] + \
            ["四川省电子税务局", "个人所得税网站", "全国增值税发票查验平台", "四川政务服务网", "12366纳税服务平台"]
    rel = _dates(art, rng, 6)
    body = ('<div class="topbar"><span>国家税务总局成都市郫都区税务局</span><span class="r"><a>无障碍</a> <a id="elder">关怀版</a> <a>繁体</a> <a>登录</a></span></div>'
            '<div class="header"><img src="/images/tax_logo.png" alt="国家税务总局成都市郫都区税务局"><form class="search"><input name="q" value="请输入搜索内容"><button>搜索</button></form></div>'
            '<div class="nav">' + _menu(SW_COLS, href=lambda i, j: f"/col/col{5000 + i * 13 + j}/index.html") + '</div>'
            '<div class="mnav" style="display:none">' + _menu(SW_COLS, ul="m", li="mi", sub="ms", href=lambda i, j: f"/m/{i}/{j}") + '</div>'
            '<div class="w1200 main"><div class="crumb">当前位置：<a>首页</a> &gt; <a>信息公开</a> &gt; <a>通知公告</a></div>' + grid
            + f'<div class="title"><h1>{esc(art["title"])}</h1></div>'
            f'<div class="info">发布时间：{y}-{m}-{d} {_hm(rng)}来源：郫都区税务局【字体：<a>大</a><a>中</a><a>小</a>】<script>document.write("")</script></div>'
            '<div class="wh" align="center">国家税务总局成都市郫都区税务局公告2024年第1号</div>'
            '<div class="zoom" id="zoom">' + "".join(blocks)
            + '<p style="text-align:right;line-height:30px">国家税务总局成都市郫都区税务局</p>'
            f'<p style="text-align:right;line-height:30px">{before.year}年{before.month}月{before.day}日</p>'
            f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.pdf">郫都区办税服务厅分布示意图.pdf</a></p></div>'
            '<div class="wxts" style="border:1px dashed #1b5faa;padding:10px;margin:12px 0"><b>温馨提示</b><p>纳税人、缴费人可拨打12366纳税缴费服务热线或关注“郫都税务”微信公众号，了解办税服务厅实时排队情况。</p></div>'
            '<div class="tool"><a>【打印本页】</a><a>【关闭窗口】</a><span>分享到：<a class="wx"></a><a class="wb"></a></span></div>'
            '<div class="xgwj"><h4>相关文件</h4><ul>'
            + "".join(f'<li><a>{t}</a><span>{dd}</span></li>' for t, dd in zip(
                ["关于2024年元旦假期办税服务厅工作安排的通告", "关于开展2023年度个人所得税综合所得汇算预约办税的通知", "关于发布2024年1月份办税日历的通告",
                 "关于郫都区税务局办税服务厅延时服务的公告", "关于优化社保费缴费服务的通知", "关于纳税信用评价结果的公告"], rel)) + '</ul></div></div>'
            + _tabs(rng, art, ["税务要闻", "基层动态", "热点问答"], ["郫都区税务局", "犀浦税务所", "红光税务所", "团结税务所", "安德税务所"])
            + _svc_grid(rng, "办税服务") + '<div class="footer">' + _gov_links(rng, names)
            + '<p><a>网站地图</a> | <a>联系我们</a> | <a>隐私保护</a></p><p>主办：国家税务总局成都市郫都区税务局　地址：成都市郫都区望丛东路126号</p>'
            f'<p>网站标识码：bm29{_n(rng, 6)}　<a>蜀ICP备{_n(rng, 8)}号</a>　<img src="/images/ga.png">川公网安备 {_n(rng, 14)}号　纳税服务热线：12366</p></div>'
            + _stat_js(rng, "pdtax") + _share_js(rng, art["title"]))
    head = (f'<title>{esc(art["title"])}</title><meta name="keywords" content="郫都税务,公告">' + _css("tax", rng, 140) + _access_js(rng))
    return head, body, url


# ---------------------------------------------------------------- 图书馆 公众号 阅读 活动

def tsg_mp_yd156(art, rng, others):
    """图书馆 公众号 阅读 活动 post: an 原创 label, author, ``publish_time`` ``YYYY-MM-DD hh:mm``, a
    salutation line, green pill heads (``活动安排``, ``活动内容``, ``报名方式``), 活动时间/地点/招募 lines,
    ``第一周：…；`` items, a slogan (body); a ▲ caption, a 温馨提示 box, a 预约 QR line, 文字/编辑/审核,
    往期推荐, 阅读/点赞/在看, 精选留言 (12-20), the account card and WeChat's long scripts and styles (not
    body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 3)

    def special(p):
        if p in ("活动安排", "活动内容", "报名方式"):
            return (f'<section style="margin:30px 0 12px;text-align:center"><section style="display:inline-block;padding:4px 20px;background:#3e9b63;border-radius:20px">'
                    f'<p><span style="color:#fff;font-size:16px"><strong>{esc(p)}</strong></span></p></section></section>')
        if p.startswith(("活动时间：", "活动地点：", "招募对象：", "招募人数：")):
            n, rest = p.split("：", 1)
            return f'<p style="line-height:1.8em"><span style="font-size:15px"><strong><span style="color:#3e9b63">{esc(n)}：</span></strong>{esc(rest)}</span></p>'
        if p.startswith("读书，是"):
            return f'<p style="text-align:center;margin-top:24px"><span style="font-size:17px;color:#3e9b63"><strong>{esc(p)}</strong></span></p>'
        return None
    out = []
    for b in _blocks(art["body"], lambda x: f'<p style="line-height:1.8em;margin-bottom:12px"><span style="font-size:15px;color:#333">{x}</span></p>', special=special):
        out.append(b)
        if "度过一个有书香的假期" in b:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg" class="rich_pages wxw-img"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲去年亲子共读营活动现场</span></p>')
    box = ('<section style="border:1px dashed #3e9b63;padding:10px 14px;margin-top:24px;background:#f2faf5"><p><strong><span style="color:#3e9b63">温馨提示</span></strong></p>'
           '<p><span style="font-size:14px">1.活动全程免费，请家长全程陪同孩子参加；</span></p><p><span style="font-size:14px">2.如因故不能参加，请提前一天联系工作人员，电话：0573-8218{0}。</span></p></section>'
           .format(_n(rng, 4)) +
           f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
           '<p style="text-align:center"><span style="font-size:12px;color:#888">长按识别二维码 关注南湖区图书馆</span></p>')
    past = _heads(rng, 3, ["南湖区图书馆", "七星街道分馆", "新丰镇分馆"])
    tail = (f'<p><span style="font-size:12px;color:#999">文字：{who[0]}　编辑：{who[1]}　审核：{who[2]}</span></p>'
            '<section><p><strong><span style="color:#3e9b63">往期推荐</span></strong></p>'
            + "".join(f'<p><a><span style="font-size:14px;color:#576b95">{esc(x)}</span></a></p>' for x in
                      ["“城市书房”夜读季开启，这些活动等你来", "新书上架｜六月新书推荐", "图书馆暑期开放时间调整通知"]) + '</section>')
    pool = ["已报名，期待！", "去年参加过，孩子很喜欢，今年还要来。", "名额太少了，能不能多开一期？", "请问8岁孩子可以报吗？",
            "周末能不能也安排一场？上班族家长来不了。", "图书馆的老师都很有耐心。", "报名成功了，谢谢小编。", "希望有适合大一点孩子的活动。",
            "点赞南湖区图书馆！", "孩子暑假有去处了。", "三楼少儿阅览室环境很好。", "请问需要自带绘本吗？", "手工课材料要自己准备吗？",
            "去年的分享会太感人了。", "已转发给班级群。", "老馆员讲的故事一定很有意思。"]
    nicks = _nicks(rng, 20)
    k = rng.randint(12, 18)
    msgs = []
    for i in range(k):
        mm = f'<div class="discuss_item"><img class="avatar" src="https://wx.qlogo.cn/mmopen/{_hex(rng, 30)}/132"><div class="discuss_nickname">{rng.choice(nicks)}</div>' \
             f'<div class="discuss_message">{rng.choice(pool)}</div><div class="discuss_extra_info">{rng.choice(["浙江", "上海", "江苏"])}　{rng.randint(1, 5)}天前<span class="praise_num">{rng.randint(0, 60)}</span></div>'
        if rng.random() < 0.3:
            mm += '<div class="reply_result"><div class="nickname">作者</div><div class="discuss_message">' + rng.choice(
                ["可以的，欢迎报名！", "感谢支持，我们会考虑增加场次。", "不需要自带，馆里统一准备。", "请留意后续推送哦。"]) + '</div></div>'
        msgs.append(mm + '</div>')
    likes = _heads(rng, 8, ["南湖区", "嘉兴市", "秀洲区", "嘉善县"])
    style = "<style>" + "\n".join(f".rich_media_{x}{{margin:0;padding:0 {i}px;font-size:{12 + i % 6}px;color:#{_hex(rng, 6)}}}"
                                  for i, x in enumerate(["area_primary", "area_extra", "title", "meta", "meta_list", "meta_nickname", "content", "tool", "inner",
                                                         "wrp", "area_primary_inner", "meta_text", "js_content", "profile", "qrcode", "reward", "like", "comment",
                                                         "discuss", "share", "related", "tag", "appmsg", "extra", "footer", "ad", "video", "audio", "card", "mini"] * 8)) + "</style>"
    script1 = ('<script type="text/javascript">\nvar biz = "MzA' + _hex(rng, 10) + '==" || ""; var sn = "' + _hex(rng, 32) + '" || ""; var mid = "' + str(_n(rng, 10))
               + '" || ""; var idx = "1" || ""; var appmsgid = "' + str(_n(rng, 10)) + '";\nvar nickname = "南湖区图书馆"; var user_name = "gh_' + _hex(rng, 12)
               + '"; var msg_title = "' + esc(art["title"]) + '"; var msg_desc = "' + esc(art["body"][2][:40]) + '";\nvar msg_cdn_url = "https://mmbiz.qpic.cn/mmbiz_jpg/'
               + _wx_id(rng) + '/0?wx_fmt=jpeg"; var ct = "' + str(_epoch(art, t)) + '"; var publish_time = "' + f"{y}-{m}-{d}" + '" || "";\n'
               'var round_head_img = "http://wx.qlogo.cn/mmhead/' + _hex(rng, 40) + '/0"; var ori_head_img_url = ""; var is_limit_user = "0"; var copyright_stat = "1";\n'
               'var source_encode_biz = "' + _hex(rng, 20) + '"; var appmsg_type = "9"; var comment_id = "' + str(_n(rng, 10)) + '"; var itemidx = ""; var show_comment = "1";\n'
               + "".join(f'var _{_hex(rng, 4)} = "{_hex(rng, 24)}";\n' for _ in range(90))
               + '</script>\n')
    script2 = ('<script type="text/javascript">\n(function(){function t(e){var n=document.getElementById(e);return n?n.innerText:""}'
               'window.__second_open__=!1;window.__appmsgCgiData={"can_use_page":"0","is_wxg_stuff_uin":"0","card_pos":"","copyright_stat":"1","source_biz":"",'
               '"hd_head_img":"","has_red_packet_cover":0,"minishopCardData":"","svr_time":' + str(_epoch(art, t) + 3600 * rng.randint(20, 200)) + ',"show_msg_voice":0,'
               '"can_reward":1,"is_https_res":0,"can_see_complaint":"0","tid":"","aid":"","mp_tags":[],"reward_money":0,"total_word":' + str(sum(len(p) for p in art["body"]))
               + '};})();\n' + "".join(f'__moon_report({{"key":"{_hex(rng, 8)}","value":{rng.randint(1, 999)},"ts":{_epoch(art, t)}}});\n' for _ in range(90)) + '</script>\n')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{who[0]}</span><span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">南湖区图书馆</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em><em id="js_ip_wording_wrp" class="rich_media_meta">浙江</em></div>'
            '<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">'
            '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/nhtsg_top/640?wx_fmt=gif"></section>'
            + "".join(out) + box + tail + '</div>'
            '<div class="rich_media_tool" id="js_toobar3"><span id="js_read_area3">阅读 <span id="readNum3">' + str(rng.randint(1500, 8000)) + '</span></span>'
            f'<a class="like">点赞 {rng.randint(30, 300)}</a><a class="share">分享</a><a class="looking">在看 {rng.randint(5, 80)}</a></div>'
            '<div class="rich_media_extra"><div id="js_cmt_area" class="discuss_container"><div class="discuss_title">精选留言</div><div class="discuss_list">' + "".join(msgs) + '</div>'
            '<a class="discuss_more">写留言</a></div>'
            '<div class="related_article"><div class="related_title">喜欢此内容的人还喜欢</div>'
            + "".join(f'<div class="related_item"><a><span class="title">{esc(h)}</span><span class="info">{rng.choice(["嘉兴发布", "南湖发布", "嘉兴图书馆"])}</span></a></div>' for h in likes)
            + '</div></div>'
            '<div class="profile_container" id="js_profile_qrcode" style="display:none"><div class="profile_inner"><strong class="profile_nickname">南湖区图书馆</strong>'
            '<img class="profile_avatar" src="http://wx.qlogo.cn/mmhead/nhtsg/0"><p class="profile_meta">微信号 nhqtsg</p>'
            '<p class="profile_meta">功能介绍 南湖区图书馆官方服务号，发布阅读活动、新书推荐和服务信息。</p></div></div>'
            '</div></div></div></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div>'
            + script1 + script2)
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}"><meta property="og:type" content="article">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">' + style)
    return head, body, url


# ---------------------------------------------------------------- 晚报 e-paper 第10版 文体

BANS = [("01", "要闻"), ("02", "要闻"), ("03", "综合"), ("04", "区县"), ("05", "社会"), ("06", "社会"), ("07", "经济"), ("08", "健康"),
        ("09", "教育"), ("10", "文体"), ("11", "副刊"), ("12", "广告")]


def wb_10wt156(art, rng, others):
    """晚报 e-paper 第10版 文体: masthead with ``YYYY年MM月DD日　星期X`` (the only visible date; the URL
    agrees), a 版面导航 listing every 版 with its headlines, a 版面图 with a ``<map>`` of ``<area>`` links, a
    calendar script, 上一版/下一版/PDF, an 引题 (p11) or 副题 and byline (p12), a caption table, a second
    article on the page in full, 责任编辑/美编, copyright (not body). p11 (GBK): the ``本报讯（记者 …）``
    opening (body), a 成绩 table; p12: ``记者：``/``王秀兰：`` turns."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"https://epaper.bywb.com.cn/html/{y}-{m}/{d}/node_10.htm"
    who = rng.sample(WHO, 4)
    nav = []
    for no, nm in BANS:
        hs = [art["title"]] if no == "10" else []
        hs += _heads(rng, rng.randint(5, 9), CQ) if no not in ("10", "12") else []
        if no == "10":
            hs.append("区青少年羽毛球锦标赛落幕" if p11 else "万州籍运动员全国赛摘银")
        if no == "12":
            hs = ["广告"]
        nav.append(f'<div class="ban{" cur" if no == "10" else ""}"><div class="ban-t"><a href="node_{no}.htm">第{no}版：{nm}</a>'
                   f'<a class="pdf" href="../../../page/{y}-{m}/{d}/{no}/{y}{m}{d}{no}_pdf.pdf">PDF</a></div><ul>'
                   + "".join(f'<li><a href="content_{_n(rng, 6)}.htm">{esc(h)}</a></li>' for h in hs) + '</ul></div>')
    areas = "".join(f'<area shape="polygon" coords="{",".join(str(rng.randint(0, 700)) for _ in range(8))}" href="content_{_n(rng, 6)}.htm">' for _ in range(6))
    if p11:
        second_t = "区青少年羽毛球锦标赛落幕"
        second = ("<P>　　本报讯（记者 陈晓）10月13日，万州区第十届青少年羽毛球锦标赛在区体育馆落幕。来自全区31所中小学的260余名选手参加了比赛。</P>"
                  "<P>　　比赛分小学组和中学组，设男女单打、双打和混合双打等项目。经过两天角逐，区第二中学、白岩小学等学校获得团体前三名。</P>")
        kicker = '<div class="yt">长寿湖上百舸争流</div>'
        byline = ""
        cap = "万州区龙舟队在混合500米直道竞速决赛中冲线。（记者 " + who[3] + " 摄）"
    else:
        second_t = "万州籍运动员全国赛摘银"
        second = ("<P>　　本报讯（记者 谭亮）近日，在安徽举行的全国青年举重锦标赛上，万州籍运动员向小雨获得女子49公斤级挺举银牌。</P>"
                  "<P>　　向小雨今年17岁，12岁进入区业余体校练习举重，后被选入市队。她的启蒙教练说，这孩子吃得了苦，每次训练都最后一个离开。</P>")
        kicker = ""
        byline = f'<div class="author">本报记者 {who[0]} 文/图</div><div class="ft">13支民间演出队登台 老中青三代同唱峡江歌</div>'
        cap = "演员们在展演现场表演《川江号子》。"

    def special(p):
        if p.startswith(("记者：", "王秀兰：")):
            n, rest = p.split("：", 1)
            return f'<P>　　<B>{esc(n)}：</B>{esc(rest)}</P>'
        return None
    blocks = _blocks(art["body"], lambda x: f'<P>　　{x}</P>', special=special,
                     tattrs='width="96%" border="1" cellspacing="0" cellpadding="3" align="center" style="border-collapse:collapse;font-size:14px"')
    capt = (f'<table width="100%"><tr><td align="center"><img src="../../../res/{y}-{m}/{d}/10/res0{rng.randint(1, 4)}_attpic_brief.jpg" width="500"></td></tr>'
            f'<tr><td class="pictext" align="center">{esc(cap)}</td></tr></table>')
    days = "".join(f'<a href="../../{y}-{m}/{dd:02d}/node_01.htm">{dd}</a>' for dd in range(1, 29))
    body = ('<div class="top"><div class="masthead"><img src="../../../images/bywb_logo.gif" alt="巴渝晚报">'
            f'<div class="date">{y}年{m}月{d}日　{_week(art)}</div><div class="zb">中共重庆市万州区委主管　万州区融媒体中心主办　国内统一连续出版物号 CN50-00{_n(rng, 2)}</div></div>'
            '<div class="menu"><a>首页</a> | <a>往期回顾</a> | <a>版面导航</a> | <a>标题导航</a> | <a>报纸检索</a> | <a>关于我们</a></div></div>'
            f'<div class="bc"><a href="node_09.htm">上一版</a>　<a href="node_11.htm">下一版</a>　<span>第10版：文体</span>　'
            f'<a href="../../../page/{y}-{m}/{d}/10/{y}{m}{d}10_pdf.pdf">PDF下载</a>　<select onchange="location.href=this.value">'
            + "".join(f'<option value="node_{no}.htm"{" selected" if no == "10" else ""}>第{no}版：{nm}</option>' for no, nm in BANS) + '</select></div>'
            '<table width="1100" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td width="380" valign="top"><div class="bmt"><img src="../../../page/{y}-{m}/{d}/10/{y}{m}{d}10_b.jpg" usemap="#PagePicMap" width="360"><map name="PagePicMap">{areas}</map></div>'
            f'<div class="calendar"><div class="cal-t">{y}年{int(m)}月</div>{days}</div>'
            '<div class="wqhg">往期回顾：<select onchange="location.href=this.value">' + "".join(
                f'<option value="../../{dd[:7]}/{dd[8:]}/node_01.htm">{dd}</option>' for dd in _dates(art, rng, 60, 90)) + '</select></div></td>'
            '<td valign="top"><div class="article">' + kicker + f'<h1>{esc(art["title"])}</h1>{byline}'
            '<!--enpcontent--><founder-content>' + "".join(blocks[:3]) + capt + "".join(blocks[3:]) + '</founder-content><!--/enpcontent-->'
            f'<div class="bj">责任编辑：{who[1]}　美编：{who[2]}　校对：{who[3]}</div></div>'
            f'<div class="article2"><h2>{second_t}</h2>{second}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></td>'
            '<td width="300" valign="top"><div class="bmdh"><h4>版面导航</h4>' + "".join(nav) + '</div></td></tr></table>'
            f'<div class="copyright">巴渝晚报社版权所有　未经授权不得复制或建立镜像<br>地址：重庆市万州区{rng.choice(["江南大道", "北山大道", "太白路"])}{rng.randint(10, 99)}号　'
            f'新闻热线：023-5812{_n(rng, 4)}　<a>渝ICP备{_n(rng, 8)}号</a>　<img src="../../../images/ga.png">渝公网安备 {_n(rng, 14)}号</div>'
            '<script type="text/javascript">\nvar currentPaper = {paperName:"巴渝晚报", pageNo:"10", pageName:"文体", '
            f'pdf:"{y}{m}{d}10_pdf.pdf", areaCount:6}};\n'
            'function showArticle(id){var ar=document.getElementById("a"+id);if(ar){ar.style.border="2px solid #c00";}}\n'
            'function hideArticle(id){var ar=document.getElementById("a"+id);if(ar){ar.style.border="none";}}\n'
            'var calendarDays = [' + ",".join(f'"{y}-{m}-{dd:02d}"' for dd in range(1, 29)) + '];\n'
            'function buildCalendar(){for(var i=0;i<calendarDays.length;i++){var a=document.createElement("a");a.href="../../"+calendarDays[i].substr(0,7)+"/"+calendarDays[i].substr(8,2)+"/node_01.htm";}}\n'
            '</script>\n' + _stat_js(rng, "bywb"))
    head = ('<title>巴渝晚报-第10版：文体</title><meta name="keywords" content="巴渝晚报,数字报,文体">'
            + _css("ep", rng, 160))
    return head, body, url


TEMPLATES = {"qrd_cwh156": qrd_cwh156, "rmt_h5pl156": rmt_h5pl156, "fh_dfpl156": fh_dfpl156, "xzf_ldxx156": xzf_ldxx156,
             "swj_gg156": swj_gg156, "tsg_mp_yd156": tsg_mp_yd156, "wb_10wt156": wb_10wt156}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages156", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
