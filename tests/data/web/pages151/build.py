"""Build the hundred-and-fifty-first saved-page set (``pages151``): all held apart, for issue #23, the first
set written at a real page's weight (every page 30 KB or more, with a full site header and menu, a hidden
menu copy for phones, inline scripts and styles, sidebars, comments where the site has them and a footer).

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set used:
区 人民政府 门户 政务动态 pages (a GBK 区长办公会 report and a 重点项目 集中开工 news page, ``qzf_bgh151``),
a 县 融媒体 公众号 乡村振兴 post (``xrmt_xczx151``), 市 政府网 新闻发布会 实录 pages (``szf_fbh151``),
人民网-like 地方 领导活动 pages with 网友评论 (``rmw_ldhd151``), a 区 发改局 价格听证 公告 (GBK) and its
听证会 news (``fgw_jgtz151``), a 街道 公众号 社区活动 post (``jd_mp_sq151``) and 党报 e-paper 第01版 要闻
pages (``db_01yw151``). ``articles.txt`` holds the title, date and reference body; the furniture (not
body) is written here and in ``chrome.py``. See README.md.

    python tests/data/web/pages151/build.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
sys.path.append(str(HERE))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402
import chrome as C  # noqa: E402

WHO = ["王晓燕", "李俊杰", "张文博", "刘佳慧", "陈浩然", "杨思琪", "黄振宇", "周雅婷", "吴俊峰", "孙丽娜"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: two or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 1 and not any(c in p for c in "。，；：　！？、") and not p[:2].isdigit()


def _head(p: str) -> bool:
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, th=False, attrs='class="MsoNormalTable" border="1" cellspacing="0" cellpadding="6" width="100%" style="border-collapse:collapse"') -> str:
    out = []
    for i, r in enumerate(rows):
        tag = "th" if (th and i == 0) else "td"
        cells = "".join(f'<{tag} align="center" valign="middle"><p style="text-align:center;text-indent:0">'
                        f'{"<b>" if i == 0 and not th else ""}{esc(c)}{"</b>" if i == 0 and not th else ""}</p></{tag}>'
                        for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, special=None, th=False) -> list[str]:
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
        out.append(got if got is not None else para(esc(p)))
    return out


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _hex(rng, k) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(k))


# ---------------------------------------------------------------- 区 人民政府 门户 (p01 GBK, p02)

def _gov_header(rng, site: str, place: str, logo: str, year: str, slider=True) -> str:
    slides = C.teasers(rng, 5, year)
    sl = ('<div class="banner-slider" id="bannerSlider"><div class="swiper-wrapper">' + C.lst(slides, lambda i, t, d:
          f'<div class="swiper-slide"><a href="/xwzx/tpxw/{year}{d[5:7]}/t{d.replace("-", "")}_{rng.randint(100000, 999999)}.html">'
          f'<img src="/images/slide/{i + 1}.jpg" alt="{esc(t)}"><p class="slide-t">{esc(t)}</p></a></div>')
          + '</div><div class="swiper-pagination"></div></div>') if slider else ""
    return (f'<div class="top-bar"><div class="w1200"><span class="l">欢迎访问{site}！今天是<span id="today"></span></span>'
            '<span class="r"><a href="javascript:void(0)" id="wza">无障碍</a> | <a href="javascript:void(0)" id="zzms">长者模式</a> | '
            '<a href="/jt">简体</a>/<a href="/ft">繁體</a> | <a href="/user/login">登录</a> | <a href="/user/reg">注册</a> | '
            '<a href="/m">手机版</a> | <a href="/wb">政务微博</a> | <a href="/wx">政务微信</a></span></div></div>'
            '<script>var d=new Date();document.getElementById("today").innerHTML=d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日";</script>'
            f'<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/{logo}" alt="{site}"></a>'
            '<div class="search"><form action="/search/search.jsp" method="get" target="_blank"><input type="hidden" name="siteid" value="1">'
            '<input type="text" name="q" class="s-input" placeholder="请输入关键字"><button type="submit" class="s-btn">搜索</button></form>'
            '<div class="hot-words">热门搜索：<a>惠企政策</a><a>社保查询</a><a>公积金</a><a>不动产登记</a><a>义务教育招生</a></div></div></div></div>'
            + C.menu(C.GOV_MENU, place) + C.mobile_menu(C.GOV_MENU, place) + sl)


def _gov_side(rng, year: str) -> str:
    hot = C.teasers(rng, 10, year)
    new = C.teasers(rng, 8, year)
    zt = ["党纪学习教育", "优化营商环境", "安全生产月", "文明城市创建", "防汛抗旱", "民生实事"]
    return ('<div class="side"><div class="side-box"><h3>点击排行</h3><ul class="rank">'
            + C.lst(hot, lambda i, t, d: f'<li><em class="n{i + 1}">{i + 1}</em><a href="/xwzx/{_hex(rng, 8)}.html" title="{esc(t)}">{esc(t)}</a></li>')
            + '</ul></div><div class="side-box"><h3>最新发布</h3><ul class="newlist">'
            + C.lst(new, lambda i, t, d: f'<li><a href="/xwzx/{_hex(rng, 8)}.html">{esc(t)}</a><span class="date">{d}</span></li>')
            + '</ul></div><div class="side-box"><h3>专题专栏</h3><div class="ztzl">'
            + "".join(f'<a href="/ztzl/{i}/"><img src="/images/zt/zt{i}.jpg" alt="{z}"><span>{z}</span></a>' for i, z in enumerate(zt))
            + '</div></div></div>')


def _gov_footer(rng, site: str, host: str, code: str, icp: str) -> str:
    return ('<div class="footer-links">' + C.friend_select(rng) + '</div>'
            '<div class="footer"><div class="w1200"><div class="ft-nav"><a href="/wzdt">网站地图</a> | <a href="/lxwm">联系我们</a> | '
            '<a href="/wzsm">网站声明</a> | <a href="/yssm">隐私保护</a> | <a href="/jc">我要纠错</a></div>'
            f'<p>主办：{site}办公室　承办：{host}　联系电话：0710-{_n(rng, 7)}</p>'
            f'<p>网站标识码：{code}　<a href="https://beian.miit.gov.cn/">{icp}ICP备{_n(rng, 8)}号-{rng.randint(1, 3)}</a>　'
            f'<img src="/images/gongan.png"><a href="http://www.beian.gov.cn/">{icp}公网安备 {_n(rng, 14)}号</a></p>'
            '<p>建议使用1920×1080分辨率　IE10以上版本浏览器</p>'
            '<div class="ft-icons"><span id="_ideConac"><a href="/"><img src="/images/dzjg.png" alt="党政机关"></a></span>'
            '<a href="/jc"><img src="/images/zfwzzc.png" alt="政府网站找错"></a><a href="/wza"><img src="/images/wza.png" alt="适老化无障碍服务"></a></div>'
            '</div></div>')


def qzf_bgh151(art, rng, others):
    """区 人民政府 门户 政务动态: top bar (无障碍/长者模式/登录), header with search and hot words, a 12-column
    menu with its sub-columns and a hidden copy for phones, a teaser slider, crumb; p01 (GBK) an info line
    glued with no whitespace (``发布时间：YYYY-MM-DD hh:mm:ss来源：…浏览次数：`` with a ``document.write``
    counter) and 【字号：大 中 小】, a photo + ▲ caption, ``1.`` items (body), 上一篇/下一篇, 相关新闻 with
    dates; p02 ``发布时间`` beside a later ``更新时间``, red bar heads, a project table with ``<th>`` heads
    (body), a 楷体 caption with a 供图 credit, 责任编辑, a QR box; both a 点击排行/最新发布/专题专栏 sidebar,
    share and print bars, 友情链接 selects and a footer."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    site, place = "襄阳市樊城区人民政府", "樊城"
    aid = _n(rng, 7)
    url = f"http://www.fancheng.gov.cn/xwzx/zwdt/{y}{m}/t{y}{m}{d}_{aid}.shtml"
    who = rng.sample(WHO, 3)
    if p01:
        def para(x):
            return f'<p style="text-indent:2em;line-height:2;font-family:宋体;font-size:16px">{x}</p>'
        blocks = _blocks(art["body"], para)
        blocks.insert(1, f'<p style="text-align:center;text-indent:0"><img src="/xwzx/zwdt/{y}{m}/W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600" '
                         f'alt="" oldsrc="W0{y}{m}{d}{_n(rng, 6)}.jpg"></p>'
                         '<p style="text-align:center;text-indent:0"><span style="font-family:楷体_GB2312;font-size:14px">▲会议现场</span></p>')
        info = (f'<div class="info">发布时间：{y}-{m}-{d} {_hm(rng)}:{rng.randint(10, 59)}来源：樊城区人民政府办公室'
                f'浏览次数：<span id="hits"><script>document.write("{_n(rng, 3)}")</script></span>'
                '【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>')
        tail = ""
    else:
        def special(p):
            if p.startswith("聚焦") and "，" in p and not p.endswith("。"):
                return (f'<p style="text-align:center;text-indent:0;margin:18px 0"><span style="display:inline-block;padding:4px 20px;'
                        f'background:#c40000;color:#fff;font-weight:bold;font-size:17px">{esc(p)}</span></p>')
            return None
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2">{x}</p>', special, th=True)
        blocks.insert(2, f'<p style="text-align:center;text-indent:0"><img src="/xwzx/zwdt/{y}{m}/W0{y}{m}{d}{_n(rng, 6)}.jpg" width="640"></p>'
                         '<p style="text-align:center;text-indent:0"><span style="font-family:楷体">图为开工活动现场。（樊城区融媒体中心 供图）</span></p>')
        info = (f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span>　<span>更新时间：{y}-{m}-{int(d) + 1:02d} {_hm(rng)}</span>　'
                f'<span>来源：区发改局</span>　<span>作者：{who[2]}</span>　<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>')
        tail = (f'<p class="zrbj" style="text-align:right">责任编辑：{who[0]}</p>'
                '<div class="ewm-box"><img src="/images/qr_fc.png"><p>扫一扫在手机打开当前页</p></div>')
    pn = C.teasers(rng, 2, y)
    rel = C.teasers(rng, 6, y)
    article = (f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/zwdt/">政务动态</a></div>'
               f'<div class="main w1200"><div class="article"><h1>{esc(art["title"])}</h1>{info}'
               '<!--ZJEG_RSS.content.begin--><meta name="ContentStart"><div class="content TRS_Editor" id="zoom">'
               + "".join(blocks) + '</div><meta name="ContentEnd"><!--ZJEG_RSS.content.end-->' + tail
               + '<div class="share-bar"><div class="bdsharebuttonbox"><span>分享到：</span><a class="bds_weixin" data-cmd="weixin" title="分享到微信"></a>'
               '<a class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>'
               '<span class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></span></div>'
               f'<div class="prev-next"><p>上一篇：<a href="/xwzx/zwdt/t{_n(rng, 7)}.shtml">{esc(pn[0][0])}</a></p>'
               f'<p>下一篇：<a href="/xwzx/zwdt/t{_n(rng, 7)}.shtml">{esc(pn[1][0])}</a></p></div>'
               '<div class="related"><h3>相关新闻</h3><ul>'
               + C.lst(rel, lambda i, t, dd: f'<li><a href="/xwzx/{_hex(rng, 6)}.shtml">{esc(t)}</a><span>[{dd}]</span></li>')
               + '</ul></div></div>' + _gov_side(rng, y) + '</div>')
    body = (_gov_header(rng, site, place, "fc_logo.png", y, slider=not p01) + article
            + _gov_footer(rng, site, "樊城区政务服务和大数据管理局", f"420606{_n(rng, 4)}", "鄂")
            + C.stat_script(rng) + C.share_script(art["title"]) + C.a11y_script(site)
            + '<script>function doZoom(size){var z=document.getElementById("zoom");z.style.fontSize=size+"px";'
            'var ps=z.getElementsByTagName("p");for(var i=0;i<ps.length;i++){ps[i].style.fontSize=size+"px";}}'
            '$(function(){$(".nav-item").hover(function(){$(this).addClass("hover")},function(){$(this).removeClass("hover")});'
            'var swiper=new Swiper("#bannerSlider",{loop:true,autoplay:{delay:4000},pagination:{el:".swiper-pagination"}});'
            f'$.get("/api/hits?id={aid}",function(r){{$("#hits").text(r.count)}});}});</script>')
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="SiteName" content="{site}"><meta name="SiteDomain" content="www.fancheng.gov.cn">'
            f'<meta name="ColumnName" content="政务动态"><meta name="ColumnType" content="新闻中心"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ContentSource" content="{"樊城区人民政府办公室" if p01 else "区发改局"}">'
            f'<meta name="keywords" content="樊城,政务动态"><meta name="description" content="{esc(art["body"][0][:70])}">'
            + C.gov_style())
    return head, body, url


# ---------------------------------------------------------------- 公众号 (p03 县融媒体, p10 街道)

def _wx_scripts(rng, art, nick: str, t: str, biz: str) -> str:
    cfg = {"appmsg_type": "9", "biz": biz, "mid": str(_n(rng, 10)), "idx": "1", "sn": _hex(rng, 32), "nickname": nick,
           "round_head_img": f"http://wx.qlogo.cn/mmhead/{_wx_id(rng)}/0", "source": "4", "is_limit_user": "0",
           "copyright_stat": "1", "hd_head_img": "", "ori_head_img_url": "", "comment_id": str(_n(rng, 10)),
           "is_need_reward": "0", "reward_wording": "喜欢作者", "show_comment": "1", "ip_wording": {"country_name": "中国",
           "province_name": "湖北"}, "ban_scene": "0", "title_ban": "0"}
    return ('<script type="text/javascript" nonce="' + str(_n(rng, 9)) + '">'
            f'var biz = "{biz}"||""; var sn = "{cfg["sn"]}"||""; var mid = "{cfg["mid"]}"||""; var idx = "1"||"";'
            f'var nickname = htmlDecode("{nick}"); var msg_title = "{esc(art["title"])}".html(false);'
            f'var msg_desc = htmlDecode("{esc(art["body"][1][:40])}"); var msg_cdn_url = "https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/0?wx_fmt=jpeg";'
            f'var ct = "{_epoch(art, t)}"; var user_name = "gh_{_hex(rng, 12)}"; var appmsg_type = "9";'
            'var publish_time = ""; var create_time = ""; var is_wash = "0"; var show_msg_voice = "0";'
            f'window.cgiData = {json.dumps(cfg, ensure_ascii=False)};'
            'window.wxtoken = "777"; window.__moon_report = window.__moon_report || function(){}; </script>'
            '<script type="text/javascript">(function(){var __reportTime=+new Date();window.__WX_REPORT__={pageLoad:__reportTime,'
            'items:["appmsg","like","comment","share","reward"],wording:{like:"赞",share:"分享",comment:"留言",look:"在看"}};'
            'function htmlDecode(s){return s.replace(/&#39;/g,"\'").replace(/<br\\/>/g,"\\n").replace(/&gt;/g,">").replace(/&lt;/g,"<")'
            '.replace(/&quot;/g,\'"\').replace(/&amp;/g,"&");}window.htmlDecode=htmlDecode;})();</script>')


def _wx_style() -> str:
    return ('<style>.rich_media_inner{max-width:677px;margin:0 auto;padding:20px 16px}.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}'
            '.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.3);margin-bottom:22px}.rich_media_meta{display:inline-block;margin:0 10px 10px 0}'
            '.rich_media_content{overflow:hidden;color:#333;font-size:17px;line-height:1.6;text-align:justify}'
            '.discuss_item{padding:12px 0;border-bottom:1px solid #f0f0f0}.discuss_nickname{color:#576b95;font-size:14px}'
            '.discuss_message{font-size:15px;color:#333;margin-top:4px}.discuss_extra_info{font-size:12px;color:#b2b2b2}'
            '.qr_code_pc_outer{position:fixed;left:50%;top:0;margin-left:380px}.profile_card{display:flex;align-items:center;'
            'padding:14px;background:#f7f7f7;border-radius:4px}</style>')


def _wx_comments(rng, k: int, lines: list[str]) -> str:
    names = rng.sample(C.NICKS, k)
    return ('<div class="discuss_container" id="js_cmt_area"><div class="discuss_title">精选留言</div><ul class="discuss_list">'
            + "".join(f'<li class="discuss_item"><img class="discuss_user_avatar" src="http://wx.qlogo.cn/mmopen/{_wx_id(rng)}/132">'
                      f'<div class="discuss_nickname">{names[i]}</div><div class="discuss_message">{esc(c)}</div>'
                      f'<div class="discuss_extra_info">{rng.randint(1, 9)}天前　湖北<span class="praise_num">{rng.randint(1, 99)}</span></div></li>'
                      for i, c in enumerate(lines))
            + '</ul><a class="discuss_more">已无更多数据</a></div>')


def xrmt_xczx151(art, rng, others):
    """县 融媒体 公众号 乡村振兴 post: a 关注 banner GIF, an 原创 label, author, nickname, a visible
    ``publish_time`` ``YYYY-MM-DD hh:mm``, IP 属地; ``01 空心房“活”了`` badge heads, ``name：`` turns in bold
    names, a centred closing line (body); three ▲ captions, a 村庄名片 card after the second paragraph,
    来源/记者/编辑/审核 lines, a 往期推荐 list with pictures, a 分享/点赞/在看 prompt, 阅读原文, 精选留言, the
    account's profile card and QR (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    biz = "MzA" + _wx_id(rng)[:13] + "=="
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 4)
    caps = iter(["▲改造后的老屋民宿", "▲杨桂兰在民宿厨房忙碌", "▲游客在村口老樟树下拍照"])

    def special(p):
        if p[:2].isdigit() and p[2] == " ":
            return (f'<section style="margin:30px 0 14px;display:flex;align-items:center"><section style="font-size:28px;color:#2d8a4e;'
                    f'font-weight:bold;font-style:italic;margin-right:8px">{p[:2]}</section><section style="border-bottom:2px solid #2d8a4e;'
                    f'padding-bottom:2px"><p><strong><span style="font-size:17px;color:#2d8a4e">{esc(p[3:])}</span></strong></p></section></section>')
        head_, sep, rest = p.partition("：")
        if sep and len(head_) <= 4:
            return (f'<p style="line-height:1.8em;margin-bottom:14px"><span style="font-size:15px;color:#3e3e3e">'
                    f'<strong><span style="color:#2d8a4e">{esc(head_)}：</span></strong>{esc(rest)}</span></p>')
        if p.endswith("！") and len(p) < 20:
            return f'<p style="text-align:center;margin-top:24px"><strong><span style="font-size:17px;color:#c0392b">{esc(p)}</span></strong></p>'
        return None

    out = []
    for i, b in enumerate(_blocks(art["body"], lambda x: f'<p style="line-height:1.8em;margin-bottom:14px"><span style="font-size:15px;color:#3e3e3e">{x}</span></p>', special)):
        out.append(b)
        if i == 1:
            out.append('<section style="margin:16px 0;padding:12px 14px;background:#f2f9f4;border-left:4px solid #2d8a4e">'
                       '<p><strong><span style="font-size:14px;color:#2d8a4e">村庄名片</span></strong></p>'
                       '<p><span style="font-size:13px;color:#666">堰河村位于谷城县五山镇东北部，全村6个村民小组、412户，茶园面积3200亩，'
                       '先后获评省级美丽乡村示范村、省级生态村。</span></p></section>')
        if any(k in b for k in ("装上了独立卫生间", "又多一份工资", "怎么过来")):
            out.append(f'<p style="text-align:center"><img class="rich_pages wxw-img" data-ratio="0.6667" data-type="jpeg" data-w="1080" '
                       f'data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg&amp;from=appmsg"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{next(caps)}</span></p>')
    banner = (f'<section style="text-align:center;margin-bottom:16px"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/640?wx_fmt=gif">'
              '<p><span style="font-size:12px;color:#2d8a4e">点击蓝字 关注我们</span></p></section>')
    past = C.teasers(rng, 4, y)
    tail = (f'<section style="margin-top:30px;font-size:12px;color:#999"><p>来源：谷城县融媒体中心</p><p>记者：{who[0]}　{who[1]}</p>'
            f'<p>编辑：{who[2]}　审核：{who[3]}</p></section>'
            '<section style="margin-top:20px"><p style="text-align:center"><strong><span style="color:#2d8a4e">往期推荐</span></strong></p>'
            + C.lst(past, lambda i, tt, dd: f'<section style="display:flex;margin:10px 0"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/300" '
                    f'style="width:90px"><p style="margin-left:10px"><a href="https://mp.weixin.qq.com/s/{_wx_id(rng)}"><span style="font-size:14px;color:#576b95">'
                    f'{esc(tt)}</span></a></p></section>')
            + '</section><p style="text-align:center"><span style="font-size:13px;color:#2d8a4e">分享、点赞、在看，让更多人看到谷城的美</span></p>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640?wx_fmt=png"></p>')
    cm = ["太美了，周末就带孩子去住两天。", "去年去过，民宿老板做的腊肉特别香。", "我们老家也有很多空房子，可以学习一下。",
          "张磊拍的视频我刷到过，原来就是这个村！", "茶园采茶体验什么时候开放？", "支持家乡发展，点赞堰河村。",
          "山路有点窄，节假日去要早点出发。", "住过一次，晚上满天星星，很安静。", "希望保持原汁原味，别搞得太商业化。",
          "年轻人回来了，村子就有希望了。", "民宿怎么预订？有没有电话？", "谷城的山水真是越来越好看了。"]
    body = (_wx_style() + '<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{who[0]}</span>'
            '<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">谷城发布</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text"><span id="js_ip_wording">湖北</span></em></div>'
            f'<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility:visible">{banner}'
            + "".join(out) + tail + '</div>'
            '<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source" href="javascript:void(0);">阅读原文</a>'
            f'<span id="readNum3">阅读 {rng.randint(5000, 30000)}</span><a id="js_like_btn">点赞 {rng.randint(80, 600)}</a>'
            f'<a id="js_share_btn">分享 {rng.randint(50, 400)}</a><a id="js_look_btn">在看 {rng.randint(30, 200)}</a></div>'
            '<div class="profile_card"><img src="http://wx.qlogo.cn/mmhead/gucheng/0"><div><strong>谷城发布</strong>'
            '<p>谷城县融媒体中心官方公众号，发布权威信息，讲好谷城故事。</p></div><a>关注</a></div>'
            + _wx_comments(rng, 12, cm) + C.wx_heavy(rng, y)
            + '<div class="qr_code_pc_outer"><div class="qr_code_pc"><img id="js_pc_qr_code_img" src="/mp/qrcode?scene=10000004&amp;size=102">'
            '<p>微信扫一扫<br>关注该公众号</p></div></div></div></div></div>'
            + _wx_scripts(rng, art, "谷城发布", t, biz) + C.wx_more_scripts(rng))
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}"><meta property="og:url" content="{url}">'
            f'<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/0?wx_fmt=jpeg"><meta property="og:description" '
            f'content="{esc(art["body"][0])}"><meta property="twitter:card" content="summary"><meta name="author" content="{who[0]}">')
    return head, body, url


def jd_mp_sq151(art, rng, others):
    """街道 公众号 社区活动 post: nickname only, an empty ``publish_time`` (dated by the script's ``ct``);
    a salutation line, green pill heads (活动内容, 报名方式), 活动时间/活动地点 and 报名电话 lines, ``1.``
    items, a ``name：`` turn, a centred slogan (body); a 关注 banner, a ▲ caption of last year's event, a
    温馨提示 card, the 落款 (街道 name and date), 供稿/编辑/审核 lines, a QR, 精选留言 (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    biz = "MzI" + _wx_id(rng)[:13] + "=="
    url = f"https://mp.weixin.qq.com/s?__biz={biz}&amp;mid={_n(rng, 10)}&amp;idx=1&amp;sn={_hex(rng, 32)}"
    who = rng.sample(WHO, 3)

    def special(p):
        if p in ("活动内容", "报名方式"):
            return (f'<section style="text-align:center;margin:26px 0 12px"><section style="display:inline-block;padding:5px 22px;border-radius:20px;'
                    f'background:#3a9b5c"><p><strong><span style="color:#fff;font-size:16px">{esc(p)}</span></strong></p></section></section>')
        if p.startswith("刘奶奶："):
            return f'<p style="line-height:1.8em"><span style="font-size:15px"><strong>刘奶奶：</strong>{esc(p[4:])}</span></p>'
        if p.startswith(("活动时间", "活动地点", "报名电话")):
            return f'<p style="line-height:1.8em"><span style="font-size:15px;color:#3a9b5c"><strong>{esc(p[:4])}</strong></span><span style="font-size:15px">{esc(p[4:])}</span></p>'
        if p.endswith("！") and len(p) < 16:
            return f'<p style="text-align:center;margin:24px 0"><strong><span style="font-size:18px;color:#3a9b5c">{esc(p)}</span></strong></p>'
        return None

    out = []
    for b in _blocks(art["body"], lambda x: f'<p style="line-height:1.8em;margin-bottom:10px"><span style="font-size:15px;color:#333">{x}</span></p>', special):
        out.append(b)
        if "比在家里热闹多了" in b:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg" class="rich_pages wxw-img"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#999">▲去年端午活动现场</span></p>')
    tip = ('<section style="margin:20px 0;padding:14px;border:1px dashed #3a9b5c;border-radius:8px;background:#f4fbf6">'
           '<p><strong><span style="color:#3a9b5c">温馨提示</span></strong></p>'
           '<p><span style="font-size:14px">1.粽叶、糯米等材料由社区统一准备，参赛居民无需自带；</span></p>'
           '<p><span style="font-size:14px">2.活动现场人员较多，请带好随身物品，照看好老人和孩子。</span></p></section>'
           '<p style="text-align:right"><span style="font-size:15px">江岸区花桥街道办事处</span></p>'
           f'<p style="text-align:right"><span style="font-size:15px">{y}年{int(m)}月{int(d)}日</span></p>'
           f'<p><span style="font-size:12px;color:#999">供稿：花桥社区　编辑：{who[0]}　审核：{who[1]}</span></p>'
           f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640?wx_fmt=png"></p>'
           '<p style="text-align:center"><span style="font-size:12px;color:#999">长按二维码 关注花桥街道</span></p>')
    cm = ["去年包了二十多个，今年还要参加！", "香囊能不能多做几个给孙子？", "已经报名了，期待。", "社区的活动越来越丰富了。",
          "周日上午有空，带孩子一起去。", "感谢社区工作人员的辛苦付出。", "能不能增加一场下午的？上班族也想参加。",
          "刘奶奶包的粽子真的好看。", "报名电话打通了，已报上。", "邻里节每年都办就好了。"]
    body = (_wx_style() + '<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname" id="profileBt">'
            '<a href="javascript:void(0);" id="js_name">江岸花桥</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            '<div class="rich_media_content js_underline_content" id="js_content">'
            f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/640?wx_fmt=gif"></section>'
            + "".join(out) + tip + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(800, 5000)}</span><a>分享</a><a>点赞 {rng.randint(10, 90)}</a>'
            f'<a>在看 {rng.randint(5, 40)}</a></div>'
            + _wx_comments(rng, 10, cm) + C.wx_heavy(rng, y)
            + '<div class="qr_code_pc_outer"><div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004&amp;size=102"><p>微信扫一扫<br>关注该公众号</p></div></div>'
            '</div></div></div>' + _wx_scripts(rng, art, "江岸花桥", t, biz) + C.wx_more_scripts(rng))
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}"><meta property="og:type" content="article">'
    return head, body, url


# ---------------------------------------------------------------- 市 政府网 新闻发布会 (p04, p05 GBK)

def szf_fbh151(art, rng, others):
    """市 政府网 新闻发布会 pages under a full menu: a 发布会 banner with its 时间/地点/发布人 box, tabs
    (文字实录/图片直播/视频回放), a photo strip with captions, a 往期发布会 sidebar, 责任编辑, share bar, 友情链接
    grid and footer (not body). p04 a 实录: speaker label lines (``主持人 …：``, ``市住房和城乡建设局局长
    name：``), ``一、`` heads, ``1.`` items, ``记者：`` questions and ``name：`` answers (body); a visible
    ``发布时间`` line. p05 (GBK) a 发布会 report with ``name：`` turns, a 时间节点 table with ``<th>``
    heads and a 咨询电话 line (body); only a later ``更新时间`` visible (dated by meta PubDate, the URL agrees)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    site, place = "襄阳市人民政府", "襄阳"
    url = f"http://www.xiangyang.gov.cn/xwzx/xwfbh/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.shtml"
    who = rng.sample(WHO, 3)

    def special(p):
        if p.endswith("：") and " " in p:  # a speaker label on its own line
            return f'<p style="text-indent:2em;line-height:2"><strong><span style="color:#0b4fa0">{esc(p)}</span></strong></p>'
        if _head(p):
            return f'<p style="text-indent:2em;line-height:2"><strong>{esc(p)}</strong></p>'
        head_, sep, rest = p.partition("：")
        if sep and len(head_) <= 12 and "，" not in head_ and not head_.startswith(("咨询", "时间")):
            return f'<p style="text-indent:2em;line-height:2"><strong>{esc(head_)}：</strong>{esc(rest)}</p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2">{x}</p>', special, th=True)
    if p04:
        box = (f'<div class="fbh-box"><p><b>发布时间：</b>{y}年{int(m)}月{int(d)}日 上午10:00</p><p><b>发布地点：</b>市政府新闻发布厅</p>'
               '<p><b>发布人：</b>市住房和城乡建设局局长 孙立新</p><p><b>主持人：</b>市政府新闻办副主任 黄丽娟</p></div>')
        info = f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span>　<span>来源：市政府新闻办</span>　<span>浏览量：<b id="hits">{_n(rng, 4)}</b></span></div>'
    else:
        box = (f'<div class="fbh-box"><p><b>时间：</b>{int(m)}月{int(d) - 1}日上午</p><p><b>地点：</b>市政府新闻发布厅</p>'
               '<p><b>发布人：</b>市教育局副局长 何晓梅</p></div>')
        info = f'<div class="info"><span>更新时间：{y}-{m}-{int(d) + 3:02d}</span>　<span>来源：市政府新闻办</span>　<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
    photos = ["发布会现场", "发布人介绍有关情况", "记者现场提问", "发布会现场"]
    strip = ('<div class="tplb"><h3>图片直播</h3><ul>' + "".join(
        f'<li><img src="/xwzx/xwfbh/{y}{m}/W0{y}{m}{d}{_n(rng, 6)}.jpg"><p>{c}</p></li>' for c in photos) + '</ul></div>')
    past = C.teasers(rng, 8, y)
    side = ('<div class="side"><div class="side-box"><h3>往期发布会</h3><ul>'
            + C.lst(past, lambda i, t, dd: f'<li><a href="/xwzx/xwfbh/{_hex(rng, 8)}.shtml">{esc(t)}新闻发布会</a><span>{dd}</span></li>')
            + '</ul></div><div class="side-box"><h3>发布会预告</h3><p>本周暂无发布会安排，敬请关注。</p></div>'
            '<div class="side-box"><h3>政策解读</h3><ul>'
            + C.lst(C.teasers(rng, 6, y), lambda i, t, dd: f'<li><a href="/zcjd/{_hex(rng, 8)}.shtml">图解：{esc(t)}</a></li>')
            + '</ul></div></div>')
    article = (f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/xwfbh/">新闻发布会</a></div>'
               f'<div class="main w1200"><div class="article fbh"><div class="fbh-banner"><img src="/images/fbh_banner.jpg"></div>'
               f'<h1>{esc(art["title"])}</h1>{info}{box}'
               '<div class="fbh-tabs"><a class="on">文字实录</a><a>图片直播</a><a>视频回放</a><a>相关文件</a></div>'
               '<div class="content TRS_UEDITOR trs_paper_default" id="zoom">' + "".join(blocks) + '</div>'
               + strip + f'<p class="zrbj">（责任编辑：{who[0]}）</p>'
               '<div class="share-bar"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a>'
               '<span class="print"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></span></div></div>'
               + side + '</div>')
    body = (_gov_header(rng, site, place, "xy_logo.png", y, slider=p04) + article
            + C.friend_grid(rng) + _gov_footer(rng, site, "襄阳市大数据中心", f"420600{_n(rng, 4)}", "鄂")
            + C.stat_script(rng) + C.share_script(art["title"]) + C.a11y_script(site)
            + '<script>$(".fbh-tabs a").click(function(){$(this).addClass("on").siblings().removeClass("on");});</script>')
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="SiteName" content="{site}"><meta name="ColumnName" content="新闻发布会">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            '<meta name="ContentSource" content="市政府新闻办">' + C.gov_style())
    return head, body, url


# ---------------------------------------------------------------- 人民网-like 地方 领导活动 (p06, p07)

def rmw_ldhd151(art, rng, others):
    """人民网-like 地方 领导活动 pages: a channel top bar, logo, a 14-column channel menu with sub-channels and
    a hidden copy for phones, crumb ``人民网&gt;&gt;湖北频道&gt;&gt;时政``; the ``人民网襄阳…电`` opening
    run into the lead (body), one-line ``一要…`` paragraphs (p07, body), a ▲ caption, ``(责编：…)``, a share
    bar, an 网友评论 section (p06 under ``comment``, p07 under neutral class names, with 回复/点赞), 推荐阅读,
    热点排行 sidebar, 版权 footer. p06 ``YYYY年MM月DD日hh:mm | 来源：人民网－湖北频道`` glued; p07 no
    visible date (meta ``publishdate``, the URL agrees)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"http://hb.people.com.cn/n2/{y}/{m}{d}/c{_n(rng, 6)}-{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent: 2em;">{x}</p>')
    cap = "▲调研组在稻田察看水稻长势。" if p06 else "▲督导组在码头察看防尘设施。"
    blocks.insert(2, f'<p style="text-align: center;"><img src="/NMediaFile/{y}/{m}{d}/LOCAL{_n(rng, 12)}.jpg" width="600"></p>'
                     f'<p style="text-align: center;"><span style="font-family:楷体">{cap}（人民网 {who[1]}摄）</span></p>')
    pool = C.COMMENTS[:16] if p06 else C.COMMENTS[14:]
    cms = rng.sample(pool + C.MORE_COMMENTS[art["id"]], len(pool) + 8)
    names = [rng.choice(C.NICKS) for _ in cms]
    if p06:
        cbox = ('<div class="comment" id="rmw_comment"><h3>网友评论<span>（共' + str(len(cms) + rng.randint(20, 90)) + '条）</span></h3>'
                '<div class="cm-form"><textarea placeholder="文明上网，理性发言"></textarea><button>发表评论</button></div><ul class="cm-list">'
                + "".join(f'<li><div class="cm-user"><img src="/img/avatar/{i % 8}.png"><b>{names[i]}</b><span>{y}-{m}-{int(d) + 1:02d} {rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}</span>'
                          f'<span class="ip">湖北</span></div><p class="cm-txt">{esc(c)}</p><div class="cm-op"><a>回复</a><a class="zan">点赞 {rng.randint(0, 300)}</a></div></li>'
                          for i, c in enumerate(cms)) + '</ul><a class="cm-more">查看更多评论</a></div>')
    else:
        cbox = ('<div class="box03 clearfix"><div class="t">网友留言</div><div class="list-b">'
                + "".join(f'<div class="it"><div class="a"><span class="n">{names[i]}</span><span class="s">{rng.randint(1, 23)}小时前</span></div>'
                          f'<div class="b">{esc(c)}</div><div class="c"><span>回复</span><span>赞({rng.randint(0, 200)})</span></div></div>'
                          for i, c in enumerate(cms)) + '</div></div>')
    rec = C.teasers(rng, 8, y)
    hot = C.teasers(rng, 10, y)
    info = (f'<div class="col-1-1 fl">{y}年{m}月{d}日{_hm(rng)} | 来源：<a href="http://hb.people.com.cn/">人民网－湖北频道</a></div>' if p06
            else '<div class="col-1-1 fl">来源：<a href="http://hb.people.com.cn/">人民网－湖北频道</a></div>')
    nav_top = ('<div class="top_nav"><div class="w1000"><a href="http://www.people.com.cn/">人民网首页</a> | <a>频道</a> | <a>人民日报</a> | '
               '<a>地方领导留言板</a> | <a>人民网+客户端</a> | <a>登录</a> | <a>注册</a></div></div>')
    body = ('<style>.top_nav{height:30px;background:#f0f0f0;font-size:12px}.w1000{width:1000px;margin:0 auto}.channel-nav .nav-item{float:left;padding:0 12px}'
            '.rm_txt h1{font-size:28px;line-height:44px}.rm_txt_con p{font-size:16px;line-height:30px;margin-bottom:18px}.comment li{border-bottom:1px dotted #ddd;padding:10px 0}'
            '.list-b .it{padding:10px 0;border-bottom:1px solid #eee}.ph_list li{line-height:30px}</style>'
            + nav_top + '<div class="header w1000"><a class="logo" href="http://hb.people.com.cn/"><img src="/img/hb_logo.png" alt="人民网湖北频道"></a>'
            '<div class="search"><input type="text" placeholder="搜索"><a>搜索</a></div></div>'
            + C.menu(C.NEWS_MENU, "湖北", "channel-nav", "sub-ch", "/GB") + C.mobile_menu(C.NEWS_MENU, "湖北")
            + '<div class="w1000 clearfix"><div class="col col-1 fl"><div class="route"><a href="http://www.people.com.cn/">人民网</a>&gt;&gt;'
            '<a href="http://hb.people.com.cn/">湖北频道</a>&gt;&gt;<a href="/GB/194063/">时政</a></div>'
            f'<div class="rm_txt"><h1>{esc(art["title"])}</h1><div class="channel cf">{info}'
            '<div class="fr"><a class="wx"></a><a class="wb"></a><a class="qq"></a><a class="zoom">A+</a><a class="zoom">A-</a></div></div>'
            '<div class="rm_txt_con cf">' + "".join(blocks)
            + f'<div class="edit cf">(责编：{who[0]}、{who[1]})</div></div></div>'
            '<div class="share-end">分享让更多人看到<a class="wx"></a><a class="wb"></a></div>'
            + cbox + '<div class="rmrb_tj"><h3>推荐阅读</h3><ul>'
            + C.lst(rec, lambda i, t, dd: f'<li><img src="/NMediaFile/{dd.replace("-", "/")}/{_hex(rng, 10)}.jpg"><a href="/n2/{dd[:4]}/{dd[5:7]}{dd[8:]}/c{_n(rng, 6)}-{_n(rng, 8)}.html">{esc(t)}</a></li>')
            + '</ul></div></div><div class="col col-2 fr"><div class="ph_list"><h3>热点排行</h3><ol>'
            + C.lst(hot, lambda i, t, dd: f'<li><span>{i + 1}</span><a href="/n2/{dd[:4]}/{dd[5:7]}{dd[8:]}/c{_n(rng, 6)}-{_n(rng, 8)}.html">{esc(t)}</a></li>')
            + '</ol></div><div class="lyb"><h3>领导留言板·最新回复</h3><ul>'
            + C.lst(C.teasers(rng, 12, y), lambda i, t, dd: f'<li><a href="http://liuyan.people.com.cn/threads/content?tid={_n(rng, 8)}">关于“{esc(t)}”的建议</a><span>{dd}</span></li>')
            + '</ul></div><div class="tpxw"><h3>图片新闻</h3><ul>'
            + C.lst(C.teasers(rng, 6, y), lambda i, t, dd: f'<li><a href="/n2/{dd[:4]}/{dd[5:7]}{dd[8:]}/c{_n(rng, 6)}-{_n(rng, 8)}.html"><img src="/NMediaFile/{dd.replace("-", "/")}/{_hex(rng, 12)}.jpg" alt="{esc(t)}"><span>{esc(t)}</span></a></li>')
            + '</ul></div><div class="ewm"><img src="/img/rmw_app_qr.png"><p>扫码下载人民网+客户端</p></div></div></div>'
            + C.rmw_footer_links(rng) + '<div class="footer w1000"><p>人民网版权所有，未经书面授权禁止使用</p><p>Copyright 1997-' + y + ' by www.people.com.cn. all rights reserved</p>'
            f'<p>京ICP证000070号　京公网安备 11000002000008号　违法和不良信息举报电话：010-65363263</p></div>'
            + C.stat_script(rng)
            + '<script>var _lp_cfg = ' + json.dumps({"channel": "湖北频道", "column": "时政", "title": art["title"], "editor": who[0],
                                                    "comment": {"open": True, "sort": "hot", "placeholder": "文明上网，理性发言"}}, ensure_ascii=False)
            + ';(function(){var s=document.createElement("script");s.src="/img/2020wbc/js/comment.js";document.body.appendChild(s);})();</script>')
    head = (f'<title>{esc(art["title"])}--湖北频道--人民网</title><meta name="keywords" content="{esc(art["title"][:8])}">'
            f'<meta name="description" content="{esc(art["body"][0][:80])}"><meta name="source" content="来源：人民网－湖北频道">'
            f'<meta name="author" content="{who[0]}"><meta name="publishdate" content="{y}-{m}-{d}"><meta name="contentid" content="{_n(rng, 8)}">'
            '<meta name="catalogs" content="194063"><meta name="filetype" content="0"><meta name="robots" content="index,follow">')
    return head, body, url


# ---------------------------------------------------------------- 区 发改局 价格听证 (p08 GBK, p09)

def fgw_jgtz151(art, rng, others):
    """区 政府网 发改局 价格听证 pages under a full menu and a 信息公开 left column: p08 (GBK) a 公告 under an
    索引号/发布机构/生成日期/文号 grid, info glued with no whitespace (``发布时间：…来源：…浏览次数：``), a 文号
    line, ``<strong>一、…</strong>`` heads, 时间/地点 lines, ``1.`` items, 联系人/联系电话/电子邮箱 lines and
    特此公告 (body); the 落款 a day earlier, two 附件 lines, a 温馨提示 box (not body). p09 a 听证会 news page
    whose only visible date is a later ``更新时间`` (dated by meta PubDate, the URL agrees); bold
    ``消费者代表 name：`` turns (body), a 楷体 caption, a 相关链接 box, 责任编辑."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    site, place = "宜昌市西陵区人民政府", "西陵"
    url = f"http://www.xiling.gov.cn/xxgk/bm/fgj/{'tzgg' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.shtml"
    who = rng.sample(WHO, 3)
    if p08:
        def special(p):
            if _head(p):
                return f'<p style="text-indent:2em;line-height:2"><strong><span style="font-family:黑体">{esc(p)}</span></strong></p>'
            if p == "特此公告。":
                return f'<p style="text-indent:2em;line-height:2">{esc(p)}</p>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2;font-family:仿宋_GB2312;font-size:16pt">{x}</p>', special)
        grid = ('<table class="xxgk-grid" width="100%" border="1" cellspacing="0"><tr>'
                f'<td class="t">索引号：</td><td>011052001/{y}-{_n(rng, 5)}</td><td class="t">发布机构：</td><td>西陵区发展和改革局</td></tr>'
                f'<tr><td class="t">主题分类：</td><td>价格、国有资产监管</td><td class="t">生成日期：</td><td>{y}-{m}-{int(d) - 1:02d}</td></tr>'
                f'<tr><td class="t">文　　号：</td><td>西发改价〔{y}〕6号</td><td class="t">有 效 性：</td><td>有效</td></tr></table>')
        info = (f'<div class="info">发布时间：{y}-{m}-{d}来源：西陵区发展和改革局浏览次数：<script>document.write(' + str(_n(rng, 3))
                + ')</script>【<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>')
        wh = f'<p style="text-align:center;text-indent:0;font-family:仿宋_GB2312">西发改价〔{y}〕6号</p>'
        tail = ('<p style="text-align:right;line-height:2">西陵区发展和改革局</p>'
                f'<p style="text-align:right;line-height:2">{y}年{int(m)}月{int(d) - 1}日</p>'
                f'<p class="fj">附件：<a href="/xxgk/fj/{_n(rng, 9)}.doc">1.听证会参加人报名表.doc</a></p>'
                f'<p class="fj">　　　<a href="/xxgk/fj/{_n(rng, 9)}.pdf">2.西陵区城区居民生活用水价格调整听证方案.pdf</a></p>'
                '<div class="wxts" style="border:1px solid #f0c36d;background:#fffbe8;padding:10px;margin-top:14px"><b>温馨提示：</b>'
                '听证会参加人名单将于报名截止后在本网站公示；报名表须如实填写，提供虚假信息的取消参加资格。</div>')
        title_block = f'<h1>{esc(art["title"])}</h1>{info}{wh}'
    else:
        def special(p):
            head_, sep, rest = p.partition("：")
            if sep and len(head_) <= 9 and "代表" in head_:
                return f'<p style="text-indent:2em;line-height:2"><strong>{esc(head_)}：</strong>{esc(rest)}</p>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2">{x}</p>', special)
        blocks.insert(1, f'<p style="text-align:center;text-indent:0"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                         '<p style="text-align:center;text-indent:0"><span style="font-family:楷体">听证会现场</span></p>')
        grid = ""
        info = f'<div class="info"><span>更新时间：{y}-{m}-{int(d) + 2:02d} {_hm(rng)}</span>　<span>来源：西陵区发展和改革局</span>　<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
        tail = (f'<p style="text-align:right">（责任编辑：{who[0]}）</p>'
                '<div class="xglj"><h4>相关链接</h4><ul><li><a>关于召开西陵区城区居民生活用水价格调整听证会的公告</a></li>'
                '<li><a>西陵区城区居民生活用水价格调整听证会参加人名单公示</a></li><li><a>政府制定价格听证办法</a></li></ul></div>')
        title_block = f'<h1>{esc(art["title"])}</h1>{info}'
    left = ('<div class="left-col"><div class="lm-t">信息公开目录</div><ul>' + "".join(
        f'<li><a href="/xxgk/bm/fgj/{i}/">{c}</a></li>' for i, c in enumerate(
            ["机构职能", "领导信息", "政策文件", "规划计划", "通知公告", "工作动态", "价格管理", "重大项目", "财政资金", "人事信息",
             "建议提案", "政府信息公开年报"])) + '</ul></div>')
    pn = C.teasers(rng, 2, y)
    article = (f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; <a href="/xxgk/bm/">部门信息公开</a> &gt; '
               f'<a href="/xxgk/bm/fgj/">区发改局</a> &gt; <a>{"通知公告" if p08 else "工作动态"}</a></div>'
               f'<div class="main w1200">{left}<div class="article">{grid}{title_block}'
               '<div class="content" id="zoom"><div class="TRS_Editor">' + "".join(blocks) + '</div></div>' + tail
               + '<div class="share-bar">分享到：<a class="wx"></a><a class="wb"></a><span class="ewm">扫一扫在手机打开当前页<img src="/images/ewm.png"></span>'
               '<a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>'
               f'<div class="prev-next"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div></div>' + _gov_side(rng, y) + '</div>')
    body = (_gov_header(rng, site, place, "xl_logo.png", y, slider=False) + article
            + _gov_footer(rng, site, "西陵区政务服务和大数据管理局", f"420502{_n(rng, 4)}", "鄂")
            + C.stat_script(rng) + C.a11y_script(site)
            + '<script>function doZoom(s){document.getElementById("zoom").style.fontSize=s+"px";}</script>')
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="SiteName" content="{site}"><meta name="ColumnName" content="{"通知公告" if p08 else "工作动态"}">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            '<meta name="ContentSource" content="西陵区发展和改革局">' + C.gov_style())
    return head, body, url


# ---------------------------------------------------------------- 党报 e-paper 第01版 要闻 (p11 GBK, p12)

PAPER_PAGES = ["要闻", "要闻", "综合", "时政", "经济", "县域", "民生", "法治", "文化", "体育", "副刊", "广告"]


def db_01yw151(art, rng, others):
    """党报 e-paper 第01版 要闻 (Founder-like): masthead with ``YYYY年M月D日　星期X`` (the only visible date;
    the URL agrees), 主管主办 line, 版面导航 of twelve 版 each with its titles, a 版面图 with an ``<area>`` map,
    上一版/下一版/PDF/往期, 本版标题; p11 (GBK) an 引题 line above the title, the text as ``<br>`` lines in
    one ``<founder-content>`` and a second report on the page (标题 and text) in full; p12 a 副题 below the
    title, a byline, ``<P>`` paragraphs in ``#ozoom`` with a ▲ caption table, ``记者：``/``name：`` turns
    (body) and a 短评 box; both 责任编辑, 上一篇/下一篇 and a copyright footer."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"https://epaper.hjxy.com.cn/xyrb/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 2)
    nav = []
    for i, name in enumerate(PAPER_PAGES):
        ts = C.teasers(rng, rng.randint(5, 8), y)
        nav.append(f'<li class="bm{" on" if i == 0 else ""}"><a href="node_{i + 1:02d}.htm">第{i + 1:02d}版：{name}</a><ul>'
                   + "".join(f'<li><a href="content_{_n(rng, 6)}.htm">{esc(t)}</a></li>' for t, _ in ts) + '</ul></li>')
    areas = "".join(f'<area shape="poly" coords="{",".join(str(rng.randint(10, 700)) for _ in range(8))}" href="content_{_n(rng, 6)}.htm">'
                    for _ in range(16))
    same = C.teasers(rng, 4, y)
    if p11:
        lines = [f"　　{esc(p)}" for p in art["body"]]
        text = ('<div class="yt">三季度主要经济指标持续回升</div>'
                f'<h1>{esc(art["title"])}</h1>'
                '<founder-content><!--enpcontent-->' + "<br>".join(lines) + '<!--/enpcontent--></founder-content>')
        second = ('<div class="other"><h2>全市秋冬种进度过半</h2><p>　　本报讯（记者 田野）记者从市农业农村局获悉，截至11月3日，全市已完成'
                  '秋冬播面积420万亩，占计划的54%，小麦、油菜播种进度均快于上年同期。</p><p>　　农业部门组织200余名农技人员分片包干，'
                  '指导农户抢墒播种、科学施肥。</p></div>')
        extra = ""
    else:
        def special(p):
            head_, sep, rest = p.partition("：")
            if sep and (head_ == "记者" or (len(head_) <= 12 and "，" not in head_ and "（" not in head_)):
                return f'<P><B>{esc(head_)}：</B>{esc(rest)}</P>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<P>　　{x}</P>', special)
        blocks.insert(2, f'<table align="center"><tr><td><img src="../../../res/{y}-{m}/{d}/01/res02_attpic_brief.jpg" width="560"></td></tr>'
                         f'<tr><td class="caption">▲汉江三桥主桥合龙现场。　记者 冯少华 摄</td></tr></table>')
        text = ('<h1>' + esc(art["title"]) + '</h1><h2 class="ft">汉江三桥主桥顺利合龙 预计明年6月底通车</h2>'
                '<div class="author">本报记者 冯少华</div><div id="ozoom">' + "".join(blocks) + '</div>')
        second = ""
        extra = ('<div class="dp" style="border:1px solid #c00;padding:10px;margin-top:14px"><h3>【短评】</h3><h4>一座桥连起的是民心</h4>'
                 '<p>　　桥梁是城市的骨架，更是百姓出行的期盼。从设计到合龙，建设者们顶酷暑、战严寒，把一张蓝图变成了横跨汉江的钢铁长虹。</p>'
                 '<p>　　好的工程，要经得起时间检验，也要经得起群众评判。期待大桥早日通车，让两岸群众出行更加便捷。</p></div>')
    body = ('<style>.masthead{width:1200px;margin:0 auto;height:110px;background:url(../../../img/xyrb_head.jpg)}.bmdh li.bm{line-height:26px}'
            '.bmdh ul ul{display:none}.bmdh li.on ul{display:block}.article h1{font-size:26px;text-align:center}.yt,.ft{text-align:center;color:#555}'
            '#ozoom P,founder-content{font-size:16px;line-height:30px}.caption{text-align:center;font-size:13px;color:#555}</style>'
            + '<div class="group-top"><a href="https://www.hjxy.com.cn/">汉江网</a>' + C.menu(C.NEWS_MENU, "襄阳", "group-nav", "g-sub", "https://www.hjxy.com.cn/ch")
            + C.mobile_menu(C.NEWS_MENU, "襄阳") + '<div class="papers"><a class="on">襄阳日报</a><a>襄阳晚报</a><a>襄阳日报农村版</a></div></div>'
            + f'<div class="masthead"><img src="../../../img/xyrb_logo.png" alt="襄阳日报"><div class="date">{y}年{int(m)}月{int(d)}日　{_week(art)}</div>'
            '<div class="zg">中共襄阳市委主管主办　国内统一连续出版物号：CN42-0046</div></div>'
            '<div class="toolbar"><a href="../../../index.htm">首页</a>　<a href="node_01.htm">上一版</a>　<a href="node_02.htm">下一版</a>　'
            f'<a href="../../../pdf/{y}{m}/{d}/01.pdf">PDF下载</a>　<a href="../../../period.htm">往期回顾</a>　<a>检索</a>　<a>返回目录</a></div>'
            '<table width="1200" align="center"><tr><td width="330" valign="top"><div class="bmdh"><h4>版面导航</h4><ul>' + "".join(nav)
            + f'</ul></div></td><td width="420" valign="top"><div class="bmt"><img src="../../../res/{y}-{m}/{d}/01/b01.jpg" usemap="#PagePicMap" width="400">'
            f'<map name="PagePicMap">{areas}</map></div><div class="bmbt"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>'
            + "".join(f'<li><a>{esc(t)}</a></li>' for t, _ in same) + '</ul></div></td>'
            f'<td valign="top"><div class="article">{text}{extra}{second}<div class="bj">责任编辑：{who[0]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回版面</a></div></div></td></tr></table>'
            + '<div class="wqhg"><h4>往期回顾</h4>' + C.calendar(rng, y, m, lambda dd: f"../../{y}-{m}/{dd:02d}/node_01.htm") + '</div>'
            + C.friend_grid(rng) + '<div class="copyright">襄阳日报社版权所有　未经书面授权不得复制或建立镜像<br>地址：襄阳市春园路　鄂ICP备' + str(_n(rng, 8)) + '号</div>'
            + C.stat_script(rng)
            + '<script>var paperCfg=' + json.dumps({"paper": "襄阳日报", "page": "01", "pageName": "要闻", "pages": PAPER_PAGES}, ensure_ascii=False)
            + ';var pageData=' + json.dumps([{"page": f"{i + 1:02d}", "name": n, "pdf": f"{y}{m}{d}{i + 1:02d}.pdf",
                                              "pic": f"b{i + 1:02d}.jpg", "articles": rng.randint(3, 9)} for i, n in enumerate(PAPER_PAGES)], ensure_ascii=False)
            + ';function zoomIn(){var o=document.getElementById("ozoom");if(o){o.style.fontSize=(parseInt(o.style.fontSize||16)+2)+"px";}}'
            'function zoomOut(){var o=document.getElementById("ozoom");if(o){o.style.fontSize=(parseInt(o.style.fontSize||16)-2)+"px";}}'
            'function showArea(a){var c=a.coords.split(",");var d=document.getElementById("hotbox");d.style.left=c[0]+"px";d.style.top=c[1]+"px";d.style.display="block";}'
            '$(".bmdh li.bm").hover(function(){$(this).addClass("on").siblings().removeClass("on")});</script>')
    head = '<title>襄阳日报-第01版：要闻</title><meta name="keywords" content="襄阳日报,数字报,要闻">'
    return head, body, url


TEMPLATES = {"qzf_bgh151": qzf_bgh151, "xrmt_xczx151": xrmt_xczx151, "szf_fbh151": szf_fbh151,
             "rmw_ldhd151": rmw_ldhd151, "fgw_jgtz151": fgw_jgtz151, "jd_mp_sq151": jd_mp_sq151,
             "db_01yw151": db_01yw151}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages151", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
