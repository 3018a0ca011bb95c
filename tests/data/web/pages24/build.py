"""Build the twenty-fourth saved-page set (``pages24``): all held apart, for issue #23.

Fourteen pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier
set used, each chosen to be hard for an extractor: a 区县 融媒体中心 图文直播 live blog with
timestamped updates, newest first (``rongmei_tuwen_zhibo``), a 政务服务 办事指南 page with
申请条件/办理流程/所需材料 items and a table (``zwfw_bszn``), a 人民网 领导留言板 留言 + 回复 page
(``rmw_liuyan``), a 县级 报纸 e-paper page holding two articles, the second's title and text after
the first (``county_epaper_two``), a 市级 党报 客户端 H5 with an 音频播报 bar and 相关专题 cards
(``dangbao_h5_audio``), a 文旅 account post with 活动时间/活动地点 and a 报名二维码
(``wenlv_mp_event``) and a 法院/公安 portal's 典型案例 通报 (``anli_tongbao``).
Besides ``T``/``B``/``F`` lines, ``articles.txt`` holds layout-only lines read by :func:`extras`.
See README.md.

    python tests/data/web/pages24/build.py
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import REPORTERS, esc, write_set  # noqa: E402
from pageset import hm as _hm, hms as _hms, digits as _n, ymd as _ymd  # noqa: E402

ENDS = ("。", "？", "！", "；", "：", "”", "…", "）")


def extras(path: Path) -> dict[str, dict]:
    """Per article id, the layout-only lines of ``articles.txt``: time stamps ``H`` ``{n: t}``,
    captions ``C`` ``{n: [text]}``, and the lists ``S`` ``X`` ``E`` ``M`` ``U`` ``K`` ``Y`` ``Z``
    ``A`` ``W`` (``K``/``A``/``W`` as paragraph indices)."""
    out, cur = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            cur = out.setdefault(line.split()[1], {"H": {}, "C": {}, **{k: [] for k in "SXEMUKYZAW"}})
        elif line.startswith("H "):
            n, text = line[2:].split(" ", 1)
            cur["H"][int(n)] = text
        elif line.startswith("C "):
            n, text = line[2:].split(" ", 1)
            cur["C"].setdefault(int(n), []).append(text)
        elif line[:2] in ("K ", "A ", "W "):
            cur[line[0]] = [int(x) for x in line[2:].split()]
        elif line[:2] in tuple(f"{k} " for k in "SXEMUYZ"):
            cur[line[0]].append(line[2:])
    return out


EXTRAS = extras(HERE / "articles.txt")


def _meta_date(art) -> str:
    ex = EXTRAS[art["id"]]
    return ex["M"][0] if ex["M"] else art["date"]


def _is_head(p: str) -> bool:
    """A subheading: short with no sentence end (一、活动内容, 【基本案情】, 警方提示)."""
    return len(p) <= 30 and not p.endswith(ENDS)


def _rel(rng, others, k, fmt="{t}<span>{d}</span>") -> str:
    return "".join(f'<li><a href="#" target="_blank">{fmt.format(t=esc(t), d=d)}</a></li>' for t, d in rng.sample(others, k))


def _img(rng, y, m) -> str:
    return f"/{y}{m}/W0{y}{m}{_n(rng, 6)}{_n(rng, 6)}.jpg"


def _paras(art, one, photo) -> str:
    """``one(i, p)`` per paragraph, ``photo(caption)`` after paragraph n for each ``C n`` line."""
    caps = EXTRAS[art["id"]]["C"]
    out = []
    for i, p in enumerate(art["body"]):
        out.append(one(i, p))
        out.extend(photo(c) for c in caps.get(i, []))
    return "".join(out)


def _gov_footer(rng, org, prov="渝") -> str:
    return (f'<div class="footer"><p>主办：{org}　承办：{org}办公室</p>'
            f'<p>网站标识码：{_n(rng, 10)}　<a>{prov}ICP备{_n(rng, 8)}号-{rng.randint(1, 9)}</a>　'
            f'<img src="/images/ga.png"><a>{prov}公网安备 {_n(rng, 14)}号</a></p>'
            f'<p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a></p><div class="dzjg"><img src="/images/red.png"></div></div>')


# ---------------------------------------------------------------------------------------------
# 1. 区县 融媒体中心 图文直播


def rongmei_tuwen_zhibo(art, rng, others):
    """A live blog: the updates newest first, each under its time stamp, several paragraphs per
    update, a photo with caption inside one; 直播状态/参与人数, host labels, 网友互动 comments."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    starts = sorted(ex["H"])
    groups = [(ex["H"][s], list(range(s, (starts + [len(art["body"])])[k + 1]))) for k, s in enumerate(starts)]
    img = (lambda c: f'<p style="text-align:center"><img src="{_img(rng, y, m)}"></p>'
           f'<p style="text-align:center;color:#666">{esc(c)}</p>')
    if art["id"] == "n01":
        site, org = "合川网", "合川区融媒体中心"
        url = f"https://www.hcwang.cn/zhibo/{y}{m}{d}/{_n(rng, 6)}.html"
        items = []
        for t, idx in groups:
            txt = "".join(f"<p>{esc(art['body'][i])}</p>" + "".join(img(c) for c in ex["C"].get(i, [])) for i in idx)
            items.append(f'<div class="live-item"><div class="live-time"><i class="dot"></i><em>{t}</em></div>'
                         f'<div class="live-host"><img class="avatar"><span>主持人：合川融媒</span></div>'
                         f'<div class="live-txt">{txt}</div></div>')
        info = (f'<div class="zb-info"><span class="state end">已结束</span><span>{y}-{m}-{d} 09:00</span>'
                f'<span>来源：{org}</span><span>{rng.randint(2, 9)}.{rng.randint(1, 9)}万人参与</span></div>')
        body = (f'<div class="top"><a>{org}</a> | <a>合川日报</a> | <a>掌上合川</a></div>'
                f'<div class="head"><img src="/images/logo.png" alt="{site}"><ul class="nav"><li>首页</li><li>合川要闻</li><li>镇街动态</li><li>专题</li><li>直播</li></ul></div>'
                f'<div class="wrap"><div class="crumb">当前位置：<a>首页</a> &gt; <a>直播</a> &gt; 正文</div>'
                f'<h1 class="zb-title">{esc(art["title"])}</h1>{info}'
                f'<div class="zb-video"><video poster="{_img(rng, y, m)}"></video><p>视频直播</p></div>'
                f'<div class="zb-tab"><a class="on">图文直播</a><a>网友互动（{rng.randint(100, 900)}）</a><a class="sort">倒序 ▼</a></div>'
                f'<div class="live-list">{"".join(items)}</div>'
                f'<div class="hd-list"><div class="tit">网友互动</div>'
                + "".join(f'<div class="c"><span class="u">{u}</span><p>{c}</p><em>{y}-{m}-{d} {_hm(rng)}</em></div>'
                          for u, c in (("合川人在外", "家乡的龙舟赛越办越好了！"), ("嘉陵江边的风", "钓鱼城街道加油！"), ("网友138****2217", "明年还要来看。")))
                + f'</div><div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div></div>'
                f'<div class="foot"><p>{org}主办　版权所有　未经授权禁止复制或建立镜像</p><p>渝ICP备{_n(rng, 8)}号　渝公网安备{_n(rng, 14)}号</p></div>')
        head = f'<title>{esc(art["title"])}_{site}</title><meta name="keywords" content="龙舟,端午,合川">'
    else:
        org = "南溪区融媒体中心"
        url = f"http://www.scnanxi.cn/live/detail?id={_n(rng, 5)}"
        items = []
        for t, idx in groups:
            txt = "<br>".join("　　" + esc(art["body"][i]) for i in idx)
            pics = "".join(f'<div class="zb_pic"><img src="{_img(rng, y, m)}"><p>{esc(c)}</p></div>' for i in idx for c in ex["C"].get(i, []))
            items.append(f'<li><span class="zb_time">{y}-{m}-{d} {t}:{rng.randint(0, 59):02d}</span>'
                         f'<span class="zb_zcr">南溪融媒</span><div class="zb_con">{txt}</div>{pics}</li>')
        body = (f'<table width="1000" align="center"><tr><td><img src="/images/banner.jpg"></td></tr></table>'
                f'<div class="zb_head"><div class="zb_tit">{esc(art["title"])}</div>'
                f'<div class="zb_xx">发布时间：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;直播地点：南溪街道江南社区&nbsp;&nbsp;&nbsp;&nbsp;'
                f'<font color="red">●直播已结束</font>&nbsp;&nbsp;阅读：<script>document.write({_n(rng, 5)})</script></div></div>'
                f'<div class="zb_tab"><span class="cur">直播</span><span>互动</span><span>图片</span></div>'
                f'<ul class="zb_list">{"".join(items)}</ul><div class="zb_more">加载更多</div>'
                f'<div class="ewm"><img src="/images/app.png"><p>扫一扫下载“南溪发布”客户端</p></div>'
                f'<div class="bottom">南溪区融媒体中心版权所有　蜀ICP备{_n(rng, 8)}号-1<br>违法和不良信息举报电话：0831-{_n(rng, 7)}</div>')
        head = (f'<title>{esc(art["title"])}-南溪网</title>'
                f'<meta name="publishdate" content="{y}-{m}-{d}">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 2. 政务服务 办事指南


def zwfw_bszn(art, rng, others):
    """A 办事指南: a basic-information grid, tabs, buttons, numbered headings with their items and a
    table (the ``W`` paragraphs), 附件 links, 打印/关闭 and a government footer."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    rows = set(ex["W"])
    if art["id"] == "n03":
        url = f"http://zwfw.ddk.gov.cn/bsfw/bszn/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"

        def one(i, p):
            if i in rows:
                return ""
            if _is_head(p) and p[1] == "、":
                return f'<p><strong>{esc(p)}</strong></p>'
            return f'<p>　　{esc(p)}</p>'
        parts, table_done = [], False
        for i, p in enumerate(art["body"]):
            if i in rows and not table_done:
                trs = "".join("<tr>" + "".join(f'<td width="50%">{esc(c)}</td>' for c in art["body"][j].split(" ")) + "</tr>" for j in sorted(rows))
                parts.append(f'<table border="1" cellspacing="0" cellpadding="4" width="90%" align="center">{trs}</table>')
                table_done = True
            parts.append(one(i, p))
        body = (f'<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top_zwfw.jpg" width="1002"></td></tr>'
                f'<tr><td class="nav"><a>首页</a>|<a>个人办事</a>|<a>法人办事</a>|<a>部门服务</a>|<a>镇街服务</a>|<a>便民服务</a></td></tr></table>'
                f'<table width="1002" align="center"><tr><td class="wz">您现在的位置：<a>首页</a>&gt;&gt;<a>个人办事</a>&gt;&gt;<a>社会保障</a>&gt;&gt;办事指南</td></tr></table>'
                f'<table width="1002" align="center"><tr><td width="220" valign="top" class="left"><div class="lm">办事指南</div>'
                f'<ul><li>基本信息</li><li>设定依据</li><li>申请材料</li><li>办理流程</li><li>收费标准</li><li>常见问题</li></ul></td>'
                f'<td valign="top"><table width="100%"><tr><td class="bt" align="center">{esc(art["title"])}</td></tr>'
                f'<tr><td align="center" class="xx">发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;来源：区人力社保局&nbsp;&nbsp;&nbsp;&nbsp;'
                f'浏览次数：<script language="javascript">document.write("{_n(rng, 4)}");</script>&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="btns"><a class="zx">在线办理</a> <a>预约办理</a> <a>咨询</a> <a>投诉</a> <a>收藏</a></td></tr>'
                f'<tr><td><div class="TRS_Editor">{"".join(parts)}</div></td></tr>'
                f'<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
                f'<tr><td class="ewm"><img src="/images/qr.png">扫一扫在手机上查看当前页面</td></tr></table></td></tr></table>'
                + _gov_footer(rng, "重庆市大渡口区人民政府"))
        head = (f'<title>{esc(art["title"])}-大渡口区网上办事大厅</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{_meta_date(art)} {_hm(rng)}"><meta name="ColumnName" content="办事指南">')
    else:
        url = f"http://zwfw.hubei.gov.cn/webview/bszn/bsznpage.html?transactCode={_n(rng, 12)}"
        parts, table_done = [], False
        for i, p in enumerate(art["body"]):
            if i in rows:
                if not table_done:
                    rs = sorted(rows)
                    th = "".join(f"<th>{esc(c)}</th>" for c in art["body"][rs[0]].split(" "))
                    trs = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in art["body"][j].split(" ")) + "</tr>" for j in rs[1:])
                    parts.append(f'<table class="cl-table"><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>')
                    table_done = True
                continue
            if _is_head(p) and p[1] == "、":
                parts.append(f'</div><h3 class="bszn-tit"><i></i>{esc(p)}</h3><div class="bszn-txt">')
            else:
                parts.append(f"<p>{esc(p)}</p>")
        fj = "".join(f'<p class="fj"><a href="/file/{_n(rng, 8)}.doc">{esc(x)}</a></p>' for x in ex["X"])
        grid = "".join(f"<li><span>{k}</span><em>{v}</em></li>" for k, v in (
            ("事项类型", "行政许可"), ("实施主体", "宜昌市夷陵区市场监督管理局"), ("办件类型", "即办件"),
            ("到现场次数", "0次"), ("是否收费", "否"), ("网办深度", "全程网办")))
        body = (f'<div class="header"><div class="logo">湖北政务服务网</div><div class="area">宜昌市 · 夷陵区 <a>[切换]</a></div>'
                f'<div class="login"><a>登录</a> | <a>注册</a></div></div>'
                f'<div class="container"><div class="crumbs">首页 / 个人服务 / 办事指南</div>'
                f'<div class="sx-head"><h2 class="sx-name">{esc(art["title"])}</h2>'
                f'<div class="sx-date"><span>更新日期：{y}/{int(m)}/{int(d)}</span><span>事项编码：{_n(rng, 11)}{_n(rng, 10)}</span></div>'
                f'<div class="sx-btn"><a class="online">在线办理</a><a>预约</a><a>收藏</a><a>评价</a></div></div>'
                f'<ul class="sx-grid">{grid}</ul>'
                f'<div class="tabs"><span class="on">办事指南</span><span>常见问题</span><span>办件公示</span></div>'
                f'<div class="anchor-nav"><a>基本信息</a><a>适用范围</a><a>申请条件</a><a>申请材料</a><a>办理流程</a><a>办理时限</a><a>收费标准</a><a>常见问题</a></div>'
                f'<div class="bszn-box"><div class="bszn-txt">{"".join(parts)}</div>{fj}</div>'
                f'<div class="zxts"><dl><dt>咨询方式</dt><dd>咨询电话：0717-{_n(rng, 7)}</dd><dd>咨询窗口：区政务服务中心二楼市场监管窗口</dd></dl>'
                f'<dl><dt>监督投诉方式</dt><dd>投诉电话：12345</dd></dl><dl><dt>服务承诺</dt><dd>到现场大厅次数：0次</dd></dl></div>'
                f'<div class="pj">服务评价：<span>非常满意</span><span>满意</span><span>基本满意</span><span>不满意</span></div></div>'
                + _gov_footer(rng, "湖北省人民政府办公厅", "鄂"))
        head = f'<title>办事指南-湖北政务服务网</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 3. 人民网 领导留言板


def rmw_liuyan(art, rng, others):
    """A 留言 and its 回复: the 留言对象/类型/领域 labels and 留言时间 above the message, the
    replying unit and 答复时间 above the reply, a 满意度 evaluation with the writer's comment."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    k = ex["K"][0]
    msg, rep = art["body"][:k], art["body"][k:]
    asked = (datetime(int(y), int(m), int(d)) - timedelta(days=rng.randint(12, 20))).strftime("%Y-%m-%d")
    tid = _n(rng, 8)
    rel = "".join(f'<li><a>{esc(t)}</a><span>{dd}</span></li>' for t, dd in rng.sample(others, 4))
    if art["id"] == "n05":
        url = f"http://liuyan.people.com.cn/threads/content?tid={tid}"
        body = (f'<div class="topbar"><a>人民网</a> | <a>领导留言板</a><span class="fr"><a>登录</a> <a>注册</a></span></div>'
                f'<div class="lyb-head"><img src="/img/lyb_logo.png" alt="领导留言板"><div class="search"><input placeholder="搜索留言"></div></div>'
                f'<ul class="lyb-nav"><li>首页</li><li>地方领导留言板</li><li>部委领导留言板</li><li>留言办理</li><li>我要留言</li><li>排行榜</li></ul>'
                f'<div class="crumb"><a>首页</a> &gt; <a>贵州</a> &gt; <a>毕节市</a> &gt; <a>七星关区</a></div>'
                f'<div class="replyObject"><span class="ob">留言对象：毕节市七星关区委书记</span></div>'
                f'<div class="replyInfoHead"><h1 class="fl">{esc(art["title"])}</h1>'
                f'<p class="typeNameD"><span>建言</span><span>交通</span><span class="state">已办理</span></p>'
                f'<p class="replyInfo-bottom"><span>网友：贵州网友{_n(rng, 4)}</span><span>{asked} {_hm(rng)}</span></p></div>'
                f'<div class="clearfix replyContent"><p id="replyContentMain">{"<br>".join(esc(p) for p in msg)}</p></div>'
                f'<div class="replyHandleMain"><div class="replyHandleHead"><h4>毕节市七星关区交通运输局</h4><span class="handleTime">答复时间：{y}-{m}-{d} {_hms(rng)}</span></div>'
                f'<p class="handleContent noWrap">{"".join(esc(p) + "<br>" for p in rep)}</p></div>'
                f'<div class="evaluate"><h4>网友评价</h4><p>满意度：<em>满意</em>　解决程度：<em>已解决</em>　办理态度：<em>满意</em></p>'
                f'<p class="evContent">评价内容：感谢领导的重视，希望能按时修好。</p><span>{y}-{m}-{int(d) + 2:02d}</span></div>'
                f'<div class="rel"><h3>相关留言</h3><ul>{rel}</ul></div>'
                f'<div class="footer"><p>人民网版权所有，未经书面授权禁止使用</p><p>Copyright &copy; 1997-{y} by www.people.com.cn. all rights reserved</p></div>')
        head = f'<title>{esc(art["title"])}--人民网领导留言板</title><meta name="description" content="{esc(msg[0])}">'
    else:
        url = f"https://liuyan.people.com.cn/m/threads/content?tid={tid}&from=share"
        body = (f'<div class="app-bar">下载人民网+客户端，随时随地留言 <a>打开</a></div>'
                f'<div class="m-head"><a class="back">&lt;</a><span>留言详情</span></div>'
                f'<div class="message-card"><div class="tags"><span>重庆市巫山县委书记</span><span>教育</span><span>求助</span></div>'
                f'<h2 class="m-title">{esc(art["title"])}</h2><div class="u"><span>网友（匿名）</span><span>{asked}发布</span></div>'
                f'<div class="m-content">{"".join(f"<p>{esc(p)}</p>" for p in msg)}</div></div>'
                f'<div class="reply-card"><div class="reply-tit">办理回复</div><div class="reply-unit">巫山县人民政府办公室<i>{y}-{m}-{d} {_hm(rng)}</i></div>'
                f'<div class="replyContent">{"".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in rep)}</div></div>'
                f'<div class="stars">留言人评价：★★★★★<p>非常满意，谢谢！</p></div>'
                f'<div class="ops"><a>我要留言</a><a>分享</a><a>点赞 {rng.randint(10, 99)}</a></div>'
                f'<div class="more"><p>更多留言</p><ul>{rel}</ul></div><div class="m-foot">人民网 领导留言板</div>')
        head = f'<title>领导留言板-人民网</title><meta name="viewport" content="width=device-width">'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 4. 县级 报纸 e-paper, two articles on one page


def county_epaper_two(art, rng, others):
    """One e-paper page holding this article and a second, short one after it (``Y``/``Z``):
    版次 selector, PDF, 上一版/下一版, the page's title list, 上一篇/下一篇 and a copyright line."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    wk = "一二三四五六日"[datetime(int(y), int(m), int(d)).weekday()]
    if art["id"] == "n07":
        paper, ban = "綦江日报", "第02版：综合新闻"
        url = f"http://epaper.qjrb.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
        text1 = "".join(f"<P>　　{esc(p)}</P>" for p in art["body"])
        text2 = "".join(f"<P>　　{esc(p)}</P>" for p in ex["Z"])
        body = (f'<table width="1000" align="center" class="topt"><tr><td><img src="../../../images/logo.gif"></td>'
                f'<td class="dt">{y}年{m}月{d}日 星期{wk}</td><td>{ban}</td>'
                f'<td><select><option>第01版：要闻</option><option selected>{ban}</option><option>第03版：专题</option><option>第04版：副刊</option></select></td>'
                f'<td><a>上一版</a> <a>下一版</a> <a href="../../../page/{y}-{m}/{d}/02/{_n(rng, 8)}.pdf">PDF</a></td></tr></table>'
                f'<table width="1000" align="center"><tr><td width="340" valign="top"><img src="../../../page/{y}-{m}/{d}/02/b02_s.jpg" usemap="#PagePicMap">'
                f'<div class="bt">本版标题导航</div><ul><li><a>{esc(art["title"])}</a></li><li><a>{esc(ex["Y"][0])}</a></li></ul></td>'
                f'<table class="calendar"><tr><td colspan="7">{y}年{int(m)}月</td></tr><tr><td>日</td><td>一</td><td>二</td><td>三</td><td>四</td><td>五</td><td>六</td></tr>'
                + "<tr>" + "".join(f"<td><a>{k}</a></td>" + ("</tr><tr>" if k % 7 == 0 else "") for k in range(1, 31)) + "</tr></table>"
                f'<td valign="top"><table width="100%"><tr><td class="font01" align="center">{esc(art["title"])}</td></tr>'
                f'<tr><td><div id="ozoom"><founder-content>{text1}</founder-content></div></td></tr>'
                f'<tr><td class="font01" align="center">{esc(ex["Y"][0])}</td></tr>'
                f'<tr><td><div id="ozoom2"><founder-content>{text2}</founder-content></div></td></tr>'
                f'<tr><td align="center"><a>上一篇</a>　<a>返回目录</a>　<a>下一篇</a></td></tr></table></td></tr></table>'
                f'<table width="1000" align="center"><tr><td class="copy">綦江日报社版权所有　未经书面授权不得转载<br>渝ICP备{_n(rng, 8)}号</td></tr></table>')
        head = f'<title>{paper}</title><meta name="description" content="{paper}数字报">'
    else:
        paper = "安吉新闻"
        url = f"https://ajxw.ajnews.cn/html/{y}-{m}/{d}/content_{_n(rng, 4)}_{_n(rng, 7)}.htm"
        rep, tx = art["body"][0][art["body"][0].index("（") + 1:art["body"][0].index("）")].split(" 通讯员 ")
        text1 = "<br>".join("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p) for p in art["body"])
        text2 = "<br>".join("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p) for p in ex["Z"])
        body = (f'<div class="paper-top"><span class="name">{paper}</span><span>{y}年{m}月{d}日</span><span>星期{wk}</span>'
                f'<div class="ban"><a class="on">A2版 县域新闻</a><a>A1版 要闻</a><a>A3版 民生</a><a>A4版 综合</a></div>'
                f'<a class="pdf">下载PDF</a><a>往期回顾</a></div>'
                f'<div class="layout"><div class="left"><div class="bmt"><img src="/images/bm.jpg"></div><div class="pagelist">'
                f'<h4>本版新闻</h4><a>{esc(art["title"])}</a><a>{esc(ex["Y"][0])}</a></div></div>'
                f'<div class="right"><div class="article-box"><h2>{esc(art["title"])}</h2><h5>稿件来源：{paper}　作者：{rep.replace("记者 ", "")}　{tx}</h5>'
                f'<div class="article-content">{text1}</div>'
                f'<h2>{esc(ex["Y"][0])}</h2><div class="article-content">{text2}</div></div>'
                f'<div class="pn"><a>上一篇</a><a>下一篇</a></div></div></div>'
                f'<div class="paper-foot">本网站所刊登的内容，未经协议授权，禁止下载使用。<br>浙ICP备{_n(rng, 8)}号</div>')
        head = f'<title>{esc(art["title"])}--{paper}</title>'
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 5. 市级 党报 客户端 H5 with 音频播报 and 相关专题


def dangbao_h5_audio(art, rng, others):
    """An app H5: 打开APP bar, source/time spans, an 音频播报 bar (AI 合成), bold subheadings (as
    their own centred lines, or a paragraph's bold opening sentence), credits, 原创 notice,
    相关专题 cards, 推荐阅读 and counters."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    cards = "".join(f'<div class="topic-card"><img src="{_img(rng, y, m)}"><p>{t}</p><span>{rng.randint(20, 300)}篇</span></div>'
                    for t in rng.sample(["法治建设", "乡村振兴", "学习贯彻党的二十大精神", "民生实事", "我为群众办实事", "冬春农田水利"], 3))
    rec = "".join(f'<li><a><p>{esc(t)}</p><span>{rng.randint(2, 90)}评</span><span>{dd}</span></a></li>' for t, dd in rng.sample(others, 4))
    if art["id"] == "n09":
        app, url = "涪陵日报", f"https://h5.flrb.cn/news/{y}{m}{d}/{_n(rng, 7)}.html"

        def one(i, p):
            if len(p) <= 12:  # the “只进一扇门” headings: quoted, so no sentence-end test
                return f'<p style="text-align:center"><strong>{esc(p)}</strong></p>'
            return f'<p style="text-indent:2em">{esc(p)}</p>'
        text = _paras(art, one, lambda c: "")
        top = (f'<div class="meta"><span class="source">{app}</span><span class="time">{y}-{m}-{d} 07:{rng.randint(10, 59)}</span>'
               f'<span class="read">阅读 {rng.randint(1, 9)}.{rng.randint(1, 9)}万</span></div>'
               f'<p class="credit">{esc(ex["U"][0])}</p>')
        tail = f'<p class="yc">原创稿件，未经授权禁止转载</p>'
        audio = (f'<div class="audio-bar"><span class="play"></span><span class="label">音频播报</span>'
                 f'<span class="dur">00:00/0{rng.randint(3, 5)}:{rng.randint(10, 59)}</span><span class="tip">本音频由AI合成</span></div>')
        head = f'<title>{esc(art["title"])}</title><meta name="description" content="{esc(art["body"][0])}">'
    else:
        app, url = "南充日报", f"https://m.ncrb.com.cn/detail.html?id={_n(rng, 6)}&type=1&date={y}{m}{d}"

        def one(i, p):
            if p.startswith("坚持") and "。" in p:
                s = p.index("。") + 1
                return f'<p>　　<strong>{esc(p[:s])}</strong>{esc(p[s:])}</p>'
            return f"<p>　　{esc(p)}</p>"
        text = (f'<div class="bjan" style="border:1px dashed #c00;padding:8px;color:#555">{esc(ex["E"][0])}</div>'
                + _paras(art, one, lambda c: "") + f'<p style="text-align:right">{esc(ex["U"][0])}</p>')
        top = (f'<div class="meta"><span>{y}年{m}月{d}日 08:{rng.randint(10, 59)}</span><span>来源：{app}</span></div>')
        tail = f'<p class="editor">责任编辑：{rng.choice(REPORTERS)}</p><p class="yc">版权声明：本文系{app}原创，未经授权不得转载。</p>'
        audio = (f'<div class="listen"><img src="/static/ear.png"><span>听全文</span><audio src="https://audio.ncrb.com.cn/{_n(rng, 9)}.mp3"></audio>'
                 f'<span class="len">文章音频：{rng.randint(2, 4)}分{rng.randint(10, 59)}秒</span></div>')
        head = f'<title>{esc(art["title"])}_{app}客户端</title><meta name="publishdate" content="{y}-{m}-{d}">'
    body = (f'<div class="download-bar"><img src="/static/logo.png"><span>打开{app}客户端，阅读体验更佳</span><a>打开</a></div>'
            f'<div class="article"><h1>{esc(art["title"])}</h1>{top}{audio}'
            f'<div class="article-content">{text}</div>{tail}'
            f'<div class="opt"><span class="zan">{rng.randint(20, 500)}</span><span>分享</span></div>'
            f'<div class="topics"><div class="hd">相关专题</div>{cards}</div>'
            f'<div class="recommend"><div class="hd">推荐阅读</div><ul>{rec}</ul></div>'
            f'<div class="comment"><div class="hd">评论（{rng.randint(3, 60)}）</div><p>打开APP查看更多评论</p></div></div>')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 6. 文旅 account post with 活动时间/活动地点 and a 报名二维码


def wenlv_mp_event(art, rng, others):
    """A WeChat post: an info card (``A`` paragraphs), coloured section headings or a paragraph's
    bold opening word, a QR code with its 长按识别 note, credits, 阅读原文 and the counters."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    card = set(ex["A"])
    acct = "武隆文旅" if art["id"] == "n11" else "名山文旅"
    hh, mm = rng.randint(8, 21), rng.randint(0, 59)
    ct = int(datetime(int(y), int(m), int(d), hh, mm, tzinfo=timezone(timedelta(hours=8))).timestamp())
    qr = (lambda c: f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_n(rng, 12)}/640" class="rich_pages wxw-img"></section>'
          f'<section style="text-align:center"><span style="font-size:12px;color:#888">{esc(c)}</span></section>')
    parts = []
    for i, p in enumerate(art["body"]):
        if i in card:
            if i == min(card):
                parts.append('<section style="border:1px solid #6a9e3a;border-radius:6px;padding:10px;margin:12px 0">')
            k, v = p.split("：", 1)
            parts.append(f'<p><span style="color:#6a9e3a;font-weight:bold">{esc(k)}：</span><span>{esc(v)}</span></p>')
            if i == max(card):
                parts.append("</section>")
        elif _is_head(p) and p[1] == "、":
            parts.append(f'<section style="text-align:center;margin:20px 0"><span style="background:#6a9e3a;color:#fff;padding:4px 14px;border-radius:14px"><strong>{esc(p)}</strong></span></section>')
        elif art["id"] == "n12" and "。" in p[:6]:
            s = p.index("。") + 1
            parts.append(f'<p style="line-height:1.75em"><span style="color:#2e7d32"><strong>🍵 {esc(p[:s])}</strong></span>{esc(p[s:])}</p>')
        else:
            parts.append(f'<p style="line-height:1.75em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        parts.extend(qr(c) for c in ex["C"].get(i, []))
    credits = "".join(f'<p style="text-align:right;font-size:12px;color:#999">{esc(u)}</p>' for u in ex["U"])
    banner = f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_n(rng, 12)}/640?wx_fmt=gif"></section>'
    url = f"https://mp.weixin.qq.com/s/{_n(rng, 16):x}{_n(rng, 6):x}"
    liked = "".join(f'<li><a>{esc(t)}</a></li>' for t, _ in rng.sample(others, 3))
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{acct}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">{acct}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {hh:02d}:{mm:02d}</em>'
            f'<span id="js_ip_wording_wrp">发表于<span id="js_ip_wording">{"重庆" if art["id"] == "n11" else "四川"}</span></span></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">{banner}'
            f'{"".join(parts)}{credits}'
            f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 12)}/640"><p style="font-size:12px">关注{acct} 发现更多精彩</p></section></div>'
            f'<div id="js_tags" class="article-tag_list"><span>#{"仙女山" if art["id"] == "n11" else "蒙顶山"}</span> <span>#文旅活动</span></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span class="like">赞 {rng.randint(10, 99)}</span><span>分享</span><span class="zaikan">在看 {rng.randint(3, 40)}</span></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?__biz={_n(rng, 10)}"><p>微信扫一扫<br>关注该公众号</p></div>'
            f'<div class="rel_articles"><h3>喜欢此内容的人还喜欢</h3><ul>{liked}</ul></div>'
            f'<div class="discuss"><h3>留言</h3><p>写留言</p></div></div></div>'
            f'<script>var ct = "{ct}"; var nickname = "{acct}"; var msg_title = "{esc(art["title"])}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:type" content="article"><meta property="og:description" content="{esc(art["body"][0])}">')
    return head, body, url


# ---------------------------------------------------------------------------------------------
# 7. 法院 / 公安 portal's 典型案例 通报


def anli_tongbao(art, rng, others):
    """A 典型案例 release: 案例一/【基本案情】-like headings in bold, an old table-layout 法院 site
    with a signature and date (``S``) and 字体/打印/关闭 (n13), or a district portal's 部门动态 page
    with adjacent info spans, a poster with caption and 责任编辑 (n14)."""
    y, m, d = _ymd(art)
    ex = EXTRAS[art["id"]]
    if art["id"] == "n13":
        url = f"http://cqybfy.chinacourt.gov.cn/article/detail/{y}/{m}/id/{_n(rng, 7)}.shtml"

        def one(i, p):
            if p.startswith("【"):
                return f'<p style="text-indent:2em"><b>{esc(p)}</b></p>'
            if p.startswith("案例"):
                return f'<p style="text-indent:2em"><b><font face="黑体">{esc(p)}</font></b></p>'
            return f'<p style="text-indent:2em"><font size="3">{esc(p)}</font></p>'
        sign = "".join(f'<p style="text-align:right">{esc(s)}</p>' for s in ex["S"])
        rel = "".join(f'<tr><td>·<a>{esc(t)}</a></td><td align="right">{dd}</td></tr>' for t, dd in rng.sample(others, 4))
        body = (f'<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/head_ybfy.jpg"></td></tr>'
                f'<tr><td class="menu"><a>首页</a> <a>法院概况</a> <a>法院新闻</a> <a>审判动态</a> <a>典型案例</a> <a>诉讼服务</a> <a>司法公开</a></td></tr></table>'
                f'<table width="980" align="center"><tr><td class="dqwz">当前位置：<a>首页</a> &gt;&gt; <a>法院新闻</a> &gt;&gt; <a>典型案例</a></td></tr>'
                f'<tr><td class="b_title" align="center">{esc(art["title"])}</td></tr>'
                f'<tr><td align="center" class="sth_a"><span>作者：渝北区法院</span>&nbsp;&nbsp;<span>发布时间：{y}-{m}-{d} {_hms(rng)}</span>&nbsp;&nbsp;'
                f'<span>来源：本院</span>&nbsp;&nbsp;<span>浏览量：<script>document.write({_n(rng, 4)})</script></span>&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td><div class="text">{_paras(art, one, lambda c: "")}{sign}</div></td></tr>'
                f'<tr><td align="right"><a>【打印本页】</a> <a>【关闭窗口】</a></td></tr>'
                f'<tr><td>上一篇：<a>{esc(others[0][0])}</a><br>下一篇：<a>{esc(others[1][0])}</a></td></tr>'
                f'<tr><td><table width="100%"><tr><td class="xg">相关文章</td></tr>{rel}</table></td></tr></table>'
                f'<table width="980" align="center"><tr><td class="foot">版权所有：重庆市渝北区人民法院　地址：重庆市渝北区<br>'
                f'渝ICP备{_n(rng, 8)}号</td></tr></table>')
        head = (f'<title>{esc(art["title"])}_重庆市渝北区人民法院</title>'
                f'<meta name="keywords" content="消费者权益,典型案例">')
    else:
        url = f"http://www.cqspb.gov.cn/bm/qgaj/zwxx_97046/bmdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"

        def one(i, p):
            if _is_head(p):
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
            return f'<p style="text-indent:2em">{esc(p)}</p>'
        poster = (lambda c: f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" oldsrc="W0{_n(rng, 9)}.jpg"></p>'
                  f'<p style="text-align:center">{esc(c)}</p>')
        body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="重庆市沙坪坝区人民政府"></div>'
                f'<ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进沙坪坝</li></ul></div>'
                f'<div class="w1200"><div class="crumb"><span>当前位置：</span><a>首页</a> &gt; <a>部门</a> &gt; <a>区公安分局</a> &gt; <a>部门动态</a></div>'
                f'<div class="xl_con"><h1 class="tit">{esc(art["title"])}</h1>'
                f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：区公安分局</span><span>字号：<a>大</a><a>中</a><a>小</a></span>'
                f'<span class="share">分享到：<a class="wx"></a><a class="wb"></a></span></div>'
                f'<div class="zw TRS_UEDITOR">{_paras(art, one, poster)}</div>'
                f'<p class="zrbj" style="text-align:right">{esc(ex["U"][0])}</p>'
                f'<div class="btns"><a>【打印】</a><a>【关闭】</a></div></div>'
                f'<div class="xgyd"><div class="hd">相关阅读</div><ul>{_rel(rng, others, 5)}</ul></div>'
                f'<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div></div>'
                + _gov_footer(rng, "重庆市沙坪坝区人民政府"))
        head = (f'<title>{esc(art["title"])}_重庆市沙坪坝区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区公安分局">')
    return head, body, url


TEMPLATES = {"rongmei_tuwen_zhibo": rongmei_tuwen_zhibo, "zwfw_bszn": zwfw_bszn, "rmw_liuyan": rmw_liuyan,
             "county_epaper_two": county_epaper_two, "dangbao_h5_audio": dangbao_h5_audio,
             "wenlv_mp_event": wenlv_mp_event, "anli_tongbao": anli_tongbao}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages24", TEMPLATES, lambda art: "fresh")  # measured held apart, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
