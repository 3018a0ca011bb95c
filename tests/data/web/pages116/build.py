"""Build the hundred-and-sixteenth saved-page set (``pages116``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 残联 portal 两项补贴 公示 with a 名单 table and an
入户核查 news page (``cl_btgs116``), a 市 地震局 公众号 防震减灾日 问答 post (``dzj_mp_kp116``), a 区政府网
基层治理 经验交流 / 院坝会 page (``xzf_jczl116``), a 光明网-like 教育频道 调研报道 (``gm_jypd116``), a 区 商务委
portal 夜间消费季 活动预告 and 数据 news (``swj_yjjj116``), a 街道 公众号 反诈宣传月 post with 案例
(``jd_mp_fzxc116``) and a 晚报 e-paper 健康版 with 医生问答 (``wb_jkb116``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages116/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["向红梅", "周凯", "邓思远", "何丽君", "蒋文斌", "余晓燕", "梁涛", "吴倩", "付建国", "程雨"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A subheading inside the text: ``一、…`` without sentence punctuation, or ``坚持…，推动…``
    without a full stop."""
    if p.startswith(NUM_HEADS):
        return not any(c in p for c in "。，：！？")
    return p.startswith("坚持") and "。" not in p and len(p) < 30


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"', first="td") -> str:
    """Data-table rows as an HTML table (cells from single-space splits; the first row's cells
    through ``first``)."""
    out = []
    for i, r in enumerate(rows):
        tag = first if i == 0 else "td"
        out.append("<tr>" + "".join(f'<{tag} style="text-align:center">{esc(c)}</{tag}>' for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, table=_table, special=None) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table, ``special(p)`` (when it
    gives markup) first, subheadings through ``head``, other lines through ``para``."""
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


def _rel(rng, others, k, fmt) -> str:
    """A related-articles list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str, sponsor: str = "") -> str:
    return (f'<div class="bottom"><div class="bt-link"><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a> | <a>隐私声明</a></div>'
            f'<p>主办单位：{sponsor or host}　承办单位：{host}</p>'
            f'<p>网站标识码：{code}　<a>渝ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jg"><img src="/images/red.png"><img src="/images/zfjc.png"></div></div>')


def _wx_shell(art, rng, nick: str, when: str, content: str, tool: str, t: str) -> str:
    """A WeChat ``rich_media`` page around ``content``: title, nickname, ``publish_time`` ``when``,
    the tool row ``tool``, the PC QR box and the script's ``ct``."""
    return (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">{nick}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{when}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{content}</div>{tool}'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "{nick}"; var msg_title = "{esc(art["title"])}";</script>')


def cl_btgs116(art, rng, others):
    """区 残联 portal: p01 (GBK) a 两项补贴 拟新增对象 公示 under an 信息公开 grid (成文日期 two days
    before), info spans glued with no whitespace and a ``document.write`` counter, 黑体 ``一、`` heads,
    a Word 名单 table, a 公示时间 line and 联系电话/联系地址 lines (body), a 落款 + date, an 附件 link
    and a 相关链接 strip (not body); p02 an 入户核查 news page whose only visible date is a later
    ``更新时间`` (meta ``PubDate`` and the URL give the date), bold ``坚持…，推动…`` heads and a photo +
    caption in the text, 责任编辑 (not body)."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    col = "gsgg" if p01 else "gzdt"
    url = f"http://www.ddk.gov.cn/bm/qcl_{_n(rng, 5)}/zwgk/{col}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    para = lambda t: f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-family:方正仿宋_GBK;font-size:16pt">{t}</span></p>'  # noqa: E731
    if p01:
        blocks = _blocks(art["body"], para,
                         head=lambda t: f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-family:方正黑体_GBK;font-size:16pt">{t}</span></p>',
                         table=lambda rows: _table(rows, 'class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="600" style="border-collapse:collapse"'))
        grid = (f'<div class="xxgk_table"><table><tr><td class="t1">索引号</td><td>11500104MB1{_n(rng, 6)}/{y}-000{_n(rng, 2)}</td>'
                f'<td class="t1">发布机构</td><td>大渡口区残联</td></tr><tr><td class="t1">主题分类</td><td>残疾人、社会福利</td>'
                f'<td class="t1">成文日期</td><td>{y}-{m}-{int(d) - 2:02d}</td></tr>'
                f'<tr><td class="t1">标　题</td><td colspan="3">{esc(art["title"])}</td></tr></table></div>')
        info = (f'<div class="zwxl_info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：区残联</span>'
                f'<span>阅读次数：<script>document.write("{_n(rng, 3)}")</script></span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = (f'<p style="text-align:right;line-height:28pt"><span style="font-family:方正仿宋_GBK;font-size:16pt">重庆市大渡口区残疾人联合会</span></p>'
                f'<p style="text-align:right;line-height:28pt"><span style="font-family:方正仿宋_GBK;font-size:16pt">{y}年{int(m)}月{int(d)}日</span></p>'
                f'<p class="fj">附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.xls">2025年第二季度拟新增两项补贴对象名单.xls</a></p>')
        strip = '<div class="xglj"><span>相关链接：</span><a>中国残疾人联合会</a> <a>重庆市残疾人联合会</a> <a>全国残疾人两项补贴信息系统</a></div>'
        editor = ""
    else:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>',
                         head=lambda t: f'<p style="text-indent:2em"><strong>{t}</strong></p>')
        blocks.insert(6, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600" border="0"></p>'
                         f'<p style="text-align:center">图为核查人员在跃进村街道一户残疾人家中核对补贴信息。（区残联供图）</p>')
        grid = ""
        info = (f'<div class="zwxl_info"><span>来源：大渡口区残联</span>&nbsp;&nbsp;<span>更新时间：{y}-{m}-{int(d) + 6:02d} {_hm(rng)}</span>'
                f'&nbsp;&nbsp;<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail, strip = "", ""
        editor = f'<div class="zrbj">（责任编辑：{who[0]}）</div>'
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>[{dd}]</span></li>')
    body = (f'<div class="topbar"><span>欢迎访问重庆市大渡口区人民政府网站</span><a>无障碍浏览</a><a>关怀版</a><a>登录</a></div>'
            f'<div class="header"><img src="/images/ddk_logo.png" alt="大渡口区人民政府"><div class="ss"><input value="请输入关键词"><a>搜索</a></div></div>'
            f'<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>走进大渡口</li></ul></div>'
            f'<div class="dqwz">当前位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区残联</a> &gt; <a>{"公示公告" if p01 else "工作动态"}</a></div>'
            f'<div class="zwxl">{grid}<div class="zwxl_tit"><h1>{esc(art["title"])}</h1>{info}</div>'
            f'<div class="zwxl_con"><div class="view TRS_UEDITOR trs_paper_default trs_word">' + "".join(blocks) + tail + f'</div></div>{editor}{strip}'
            f'<div class="zwxl_tool"><div class="fx">分享到：<a class="wx"></a><a class="wb"></a><a class="qq"></a></div>'
            f'<div class="ewm"><img src="/images/ewm.png"><span>扫一扫在手机打开当前页</span></div>'
            f'<a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>'
            f'<div class="xgxx"><h3>相关信息</h3><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "重庆市大渡口区残疾人联合会", f"500104{_n(rng, 4)}", "重庆市大渡口区人民政府办公室"))
    head = (f'<title>{esc(art["title"])}_重庆市大渡口区人民政府</title><meta name="SiteName" content="重庆市大渡口区人民政府">'
            f'<meta name="ColumnName" content="{"公示公告" if p01 else "工作动态"}"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区残联">')
    return head, body, url


def dzj_mp_kp116(art, rng, others):
    """市 地震局 公众号 防震减灾日 科普: a ``点击上方蓝字`` banner, ``01``/``02`` badge bars heading
    ``震时篇``/``震后篇`` (the head is body, the badge not), blue bold ``问：`` turns and plain ``答：``
    answers, a one-line opening paragraph and a centred slogan (body); a 视频号 card, a 小贴士 card,
    来源/编辑/审核 and 图片来源 lines, 推荐阅读, 阅读原文/点赞/在看 (not body); ``publish_time``
    ``YYYY-MM-DD hh:mm``."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 3)
    badge = iter(["01", "02"])

    def special(p):
        if p.endswith("篇") and len(p) < 6:
            return (f'<section style="margin:28px 0 12px;text-align:center"><section style="display:inline-block;width:36px;height:36px;'
                    f'border-radius:50%;background:#0052a3"><span style="color:#fff;font-size:18px;line-height:36px">{next(badge)}</span></section>'
                    f'<section style="margin-top:6px"><span style="color:#0052a3;font-size:18px"><strong>{esc(p)}</strong></span></section></section>')
        if p.startswith("问："):
            return f'<p style="margin-top:16px"><strong><span style="color:#0052a3;font-size:15px">{esc(p)}</span></strong></p>'
        if p.endswith("人人有责。"):
            return f'<p style="text-align:center;margin-top:24px"><strong><span style="color:#0052a3;font-size:17px">{esc(p)}</span></strong></p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p style="line-height:1.75em"><span style="font-size:15px;color:#3f3f3f">{x}</span></p>',
                     special=special)
    video = ('<mp-common-videosnap class="js_uneditable custom_select_card" data-nickname="山城地震" '
             'data-desc="地震来了怎么办？30秒学会正确避险" data-url="https://findermp.video.qq.com/251/20302/stodownload"></mp-common-videosnap>'
             '<p style="text-align:center"><span style="font-size:12px;color:#888">地震来了怎么办？30秒学会正确避险</span></p>')
    blocks.insert(2, video)
    banner = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/dz/640">'
              '<p><span style="font-size:12px;color:#0052a3">点击上方蓝字 关注山城地震</span></p></section>')
    card = ('<section style="background:#eef4fb;border-radius:8px;padding:12px 14px;margin-top:20px"><p><strong><span style="color:#0052a3">小贴士</span></strong></p>'
            '<p><span style="font-size:14px">手机可开启地震预警功能：设置—安全—地震预警。每年5月12日前后，各区县会组织应急避难场所开放日活动。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">来源：市地震局震害防御处</span></p>'
            f'<p><span style="font-size:12px;color:#999">图片来源：网络（侵删）</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}　签发：{who[2]}</span></p>'
            '<section><p><strong>推荐阅读</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>')
    tool = (f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(3000, 9000)}</span>'
            f'<a>分享</a><a>收藏</a><a>点赞 {rng.randint(40, 300)}</a><a>在看 {rng.randint(10, 80)}</a></div>')
    body = _wx_shell(art, rng, "山城地震", f"{y}-{m}-{d} {t}", banner + "".join(blocks) + card + tail, tool, t)
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}"><meta property="og:description" content="{esc(art["body"][1][:40])}">')
    return head, body, url


def xzf_jczl116(art, rng, others):
    """区政府网 基层治理: p04 (GBK) an old table layout whose text is ``<br><br>``-separated ``　　``
    lines in one ``<font>`` with ``<b>`` ``坚持…，推动…`` heads and a centred photo + caption (caption
    not body), an info ``<td>`` ``发布日期：YYYY年MM月DD日``, a 责任编辑 line and a 本栏目 side column;
    p05 a modern page with an 编者按 box, a video player, no date in the visible info line (meta
    ``publishdate`` and the URL give it), bold ``记者：`` turns and ``陈永福：`` answers, 相关稿件 (not
    body)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.rongchang.gov.cn/zwxx_{_n(rng, 3)}/{'bmdt' if p04 else 'zzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    if p04:
        parts = []
        for i, p in enumerate(art["body"]):
            parts.append(f"　　<b>{esc(p)}</b><br><br>" if _head(p) else f"　　{esc(p)}<br><br>")
            if i == 1:
                parts.append(f'</font><center><img src="/uploadfiles/{y}{m}/{_n(rng, 10)}.jpg" width="500"><br>'
                             f'<font color="#0000ff" face="楷体_GB2312">图为全市基层治理工作交流会现场。（区委社会工作部供图）</font></center>'
                             f'<font face="宋体" style="font-size:12pt;line-height:200%">')
        text = (f'<font face="宋体" style="font-size:12pt;line-height:200%">' + "".join(parts) + '</font>'
                f'<p align="right">（责任编辑：{who[0]}）</p>')
        side = ('<td width="210" valign="top" bgcolor="#f4f8fc"><table width="100%"><tr><td class="lmbt">本栏目</td></tr>'
                '<tr><td>·<a>部门动态</a><br>·<a>镇街动态</a><br>·<a>基层治理</a><br>·<a>图片新闻</a></td></tr>'
                '<tr><td class="lmbt">热点信息</td></tr><tr><td>'
                + _rel(rng, others, 4, lambda tt, dd: f'·<a>{tt}</a><br>') + '</td></tr></table></td>')
        body = (f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center">'
                f'<tr><td><img src="/images/rc_banner.jpg" width="1000" height="140"></td></tr>'
                f'<tr><td class="dh" height="36" bgcolor="#0b5fb0"><a>首页</a> | <a>荣昌概况</a> | <a>政务公开</a> | <a>政务服务</a> | <a>互动交流</a></td></tr>'
                f'<tr><td height="28">您当前所在位置：<a>首页</a> &gt;&gt; <a>政务信息</a> &gt;&gt; <a>部门动态</a></td></tr></table>'
                f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr>{side}<td valign="top" width="790">'
                f'<table width="100%" border="0" cellspacing="0" cellpadding="8">'
                f'<tr><td align="center" class="bt"><font size="5" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" bgcolor="#eeeeee" class="hui">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;信息来源：区委社会工作部'
                f'&nbsp;&nbsp;&nbsp;&nbsp;访问量：<script>document.write({_n(rng, 4)})</script>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="zw" id="zoom">{text}</td></tr>'
                f'<tr><td align="right">【<a>打印此页</a>】【<a>关闭窗口</a>】</td></tr></table></td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">主办：重庆市荣昌区人民政府办公室　'
                f'网站标识码：5001530001　渝ICP备{_n(rng, 8)}号<br>渝公网安备 {_n(rng, 14)}号　建议使用1280×1024分辨率浏览</td></tr></table>')
        head = (f'<title>{esc(art["title"])}-重庆市荣昌区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="ColumnName" content="部门动态">')
    else:
        def special(p):
            if p.startswith("记者："):
                return f'<p>　　<strong>记者：{esc(p[3:])}</strong></p>'
            if p.startswith("陈永福："):
                return f'<p>　　<strong>陈永福：</strong>{esc(p[4:])}</p>'
            return None

        blocks = _blocks(art["body"], lambda x: f'<p>　　{x}</p>', special=special)
        note = ('<div class="bianzhe"><p><strong>编者按：</strong>基层治理千头万绪，关键在于让群众参与进来。'
                '即日起，本网推出“治理一线”系列报道，今天刊发第三篇。</p></div>')
        video = (f'<div class="video-box"><video src="/video/{y}{m}/{_n(rng, 10)}.mp4" controls poster="/video/{y}{m}/poster.jpg"></video>'
                 f'<p class="vt">视频：双流村院坝会现场</p></div>')
        rel = _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><em>{dd}</em></li>')
        body = (f'<div class="top"><div class="logo"><img src="/images/logo.png" alt="重庆市荣昌区人民政府"></div>'
                f'<div class="top-r"><a>无障碍</a><a>长者版</a><input placeholder="全站搜索"></div></div>'
                f'<div class="mainnav"><a>首页</a><a>新闻动态</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>魅力荣昌</a></div>'
                f'<div class="weizhi">当前位置：<a>首页</a> / <a>新闻动态</a> / <a>治理一线</a></div>'
                f'<div class="con"><h1 class="con-tit">{esc(art["title"])}</h1>'
                f'<div class="con-info"><span>来源：荣昌区融媒体中心</span><span>作者：{who[1]}　{who[2]}</span>'
                f'<span>浏览次数：<i id="clicks">{_n(rng, 4)}</i></span><span class="zh">字号：<a>大</a><a>中</a><a>小</a></span></div>'
                f'{note}{video}<div class="con-txt zw"><div class="TRS_Editor">' + "".join(blocks) + '</div></div>'
                f'<div class="xggj"><h4>相关稿件</h4><ul>{rel}</ul></div>'
                f'<div class="con-tool"><span>分享：</span><a>微信</a><a>微博</a><a class="print">【打印】</a><a class="close">【关闭】</a></div></div>'
                + _gov_foot(rng, "重庆市荣昌区人民政府办公室", "5001530001"))
        head = (f'<title>{esc(art["title"])}-重庆市荣昌区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="ColumnName" content="治理一线">')
    return head, body, url


def gm_jypd116(art, rng, others):
    """光明网-like 教育频道: a 光明网 channel header, ``首页> 教育频道> … > 正文`` breadcrumb, a
    ``正在阅读：`` bar, a 调查问题加载中 widget, 来源 and date (p06 glued ``来源：光明日报YYYY-MM-DD hh:mm``,
    p07 separate spans with an 作者 span), p06 an 引题 kicker, a photo + ``光明图片`` caption, bold
    subheads in the text (body), a closing ``（本报记者…）`` credit and a ``《光明日报》（YYYY年MM月DD日
    NN版）`` line (not body); p07 ``记者：``/``张立群：`` turns (body), 责编, 相关新闻 with dates, 版权声明
    (not body)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://edu.gmw.cn/{y}-{m}/{d}/content_{_n(rng, 8)}.htm"
    who = rng.sample(WHO, 3)

    def special(p):
        if len(p) < 12 and not any(c in p for c in "。，："):
            return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p>　　{x}</p>', special=special)
    if p06:
        blocks.insert(2, f'<p style="text-align:center"><img src="https://imgpic.gmw.cn/{y}{m}/{d}/{_n(rng, 12)}.jpg" border="0"></p>'
                         f'<p style="text-align:center">　　学生在课后服务科技活动课上组装气象观测仪。光明图片</p>')
        blocks.append(f'<p>　　（本报记者　{who[0]}　本报通讯员　{who[1]}）</p>')
        blocks.append(f'<p>　　《光明日报》（{y}年{m}月{d}日　08版）</p>')
        src = f'<div class="m-con-source"><span class="m-con-time">来源：光明日报{y}-{m}-{d} {_hm(rng)}</span></div>'
        kicker = '<div class="u-yinti">教育调研</div>'
    else:
        src = (f'<div class="m-con-source"><span class="m-con-time">{y}-{m}-{d} {_hm(rng)}</span>'
               f'<span class="m-con-src">来源：光明网-《光明日报》</span><span>作者：光明日报记者　{who[2]}</span></div>')
        kicker = ""
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span class="time">{dd}</span></li>')
    body = (f'<div class="g-top"><a class="logo" title="光明网">光明网</a><div class="g-topnav"><a>首页</a><a>时政</a><a>国际</a><a>教育</a>'
            f'<a>科技</a><a>文化</a><a>理论</a></div><div class="g-channel">教育频道</div></div>'
            f'<div class="m-share-fixed"><p>点击右上角<b>微信好友</b></p><p>朋友圈</p><p>请使用浏览器分享功能进行分享</p></div>'
            f'<div class="m-reading">正在阅读：{esc(art["title"])}</div>'
            f'<div class="g-crumbs">首页&gt; <a>教育频道</a>&gt; <a>{"教育调研" if p06 else "教育要闻"}</a> &gt; 正文</div>'
            f'<div class="g-main"><div class="m-title-box">{kicker}<h1 class="u-title">{esc(art["title"])}</h1>{src}</div>'
            f'<div class="m-survey"><p>调查问题加载中，请稍候。</p><p>若长时间无响应，请刷新本页面</p></div>'
            f'<div class="u-mainText" id="articleBox"><!--enpcontent-->' + "".join(blocks) + '<!--/enpcontent--></div>'
            f'<div class="m-zbTool liability"><span>[责编：{who[2] if p06 else who[0]}]</span></div>'
            f'<div class="m-share"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a><div class="ewm">打开微信“扫一扫”，打开网页后点击屏幕右上角分享按钮</div></div>'
            f'<div class="m-rel"><h3>相关新闻</h3><ul>{rel}</ul></div>'
            f'<div class="m-hot"><h3>教育热点</h3><ol><li>2025年研考国家线公布</li><li>多地发布中考改革方案</li><li>暑期托管服务启动报名</li></ol></div></div>'
            f'<div class="g-footer"><p>光明网版权所有</p><p>关于光明网 | 服务条款 | 隐私政策 | 联系我们</p><p>京ICP备{_n(rng, 8)}号　京公网安备{_n(rng, 14)}号</p></div>')
    head = (f'<title>{esc(art["title"])}_光明网</title><meta name="keywords" content="{"课后服务,县城中学" if p06 else "毕业生,基层就业"}">'
            f'<meta name="description" content="{esc(art["body"][0][:60])}"><meta name="filetype" content="0"><meta name="publishedtype" content="1">')
    return head, body, url


def swj_yjjj116(art, rng, others):
    """区 商务委 portal: p08 (GBK) a 夜间消费季 活动预告 whose info line is ``&nbsp;``-separated text
    (``发布时间：YYYY/M/D`` unpadded), a poster image, bold ``一、`` heads, ``主会场：``/``分会场：`` lines,
    ``1.`` places and a 咨询电话 line (body), a 落款 + date, an 附件 link and 上一篇/下一篇 (not body);
    p09 a data news page ``YYYY年MM月DD日 hh:mm`` with a ``<th>`` data table, a photo + caption, 相关阅读
    with dates and a 纠错 link (not body)."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.cqjlp.gov.cn/bm/qsww/{'tzgg' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 2)
    if p08:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2em">{x}</p>',
                         head=lambda x: f'<p style="text-indent:2em;line-height:2em"><b>{x}</b></p>')
        blocks.insert(1, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="560" alt="山城夜九海报"></p>')
        info = (f'<div class="info">发布时间：{y}/{int(m)}/{int(d)}&nbsp;&nbsp;&nbsp;&nbsp;来源：区商务委&nbsp;&nbsp;&nbsp;&nbsp;'
                f'字号：[<a>大</a> <a>中</a> <a>小</a>]&nbsp;&nbsp;&nbsp;&nbsp;<a>打印</a></div>')
        tail = ('<p style="text-align:right;line-height:2em">重庆市九龙坡区商务委员会</p>'
                f'<p style="text-align:right;line-height:2em">{y}年{int(m)}月{int(d)}日</p>'
                f'<p>附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.doc">“山城夜九”夏季夜间消费季活动安排表.doc</a></p>')
        pn = _rel(rng, others, 2, lambda tt, dd: f'<p><a>{tt}</a></p>')
        extra = f'<div class="sxp"><span>上一篇：</span>{pn[:pn.index("</p>") + 4]}<span>下一篇：</span>{pn[pn.index("</p>") + 4:]}</div>'
    else:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>',
                         table=lambda rows: _table(rows, 'class="sjb" border="1" cellspacing="0" cellpadding="4" width="90%" align="center"', first="th"))
        blocks.insert(2, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                         f'<p style="text-align:center">图为市民在杨家坪步行街夜市选购商品。（区商务委供图）</p>')
        info = f'<div class="info"><span>{y}年{m}月{d}日 {_hm(rng)}</span>&nbsp;|&nbsp;<span>来源：九龙坡区商务委</span></div>'
        tail = ""
        rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
        extra = f'<div class="xgyd"><h4>相关阅读</h4><ul>{rel}</ul></div><div class="jc"><a>我要纠错</a></div>'
    body = (f'<div class="head"><img src="/images/jlp_logo.png" alt="重庆市九龙坡区人民政府"><div class="head-r"><a>简</a>|<a>繁</a><a>无障碍</a></div></div>'
            f'<div class="menu"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进九龙坡</a></div>'
            f'<div class="wz">您的位置：<a>首页</a> &gt; <a>区商务委</a> &gt; <a>{"通知公告" if p08 else "工作动态"}</a></div>'
            f'<div class="article-box"><h2 class="title">{esc(art["title"])}</h2>{info}'
            f'<div class="bt_content" id="Zoom">' + "".join(blocks) + tail + f'</div>{extra}'
            f'<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机上查看当前页面</p></div>'
            f'<div class="gb"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
            + _gov_foot(rng, "重庆市九龙坡区商务委员会", "5001070019", "重庆市九龙坡区人民政府办公室"))
    head = (f'<title>{esc(art["title"])}-重庆市九龙坡区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区商务委">')
    return head, body, url


def jd_mp_fzxc116(art, rng, others):
    """街道 公众号 反诈宣传月 post: red ``案例一：…`` bars with a shield emoji, a ``：``-ended lead-in,
    ``1.`` 提醒 items, a 110/96110 line and a centred slogan ``不听、不信、不转账！`` (body); an 音频
    (mp-voice) 反诈顺口溜, a 国家反诈中心APP QR box, 来源/编辑/审核/投稿 lines, 往期推荐, 点赞/在看
    (not body); ``publish_time`` ``YYYY年M月D日 hh:mm``."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s?__biz=MzI{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=1&sn={_wx_id(rng)[:16]}"
    who = rng.sample(WHO, 2)

    def special(p):
        if p.startswith("案例") and "：" in p and len(p) < 14:
            return (f'<section style="margin:22px 0 10px;background:#d81e06;border-radius:4px;padding:6px 10px">'
                    f'<span style="color:#fff;font-size:16px">🛡️ <strong>{esc(p)}</strong></span></section>')
        if p.endswith("！") and len(p) < 12:
            return f'<p style="text-align:center;margin-top:20px"><strong><span style="color:#d81e06;font-size:20px">{esc(p)}</span></strong></p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:1.8em"><span style="font-size:15px">{x}</span></p>',
                     special=special)
    voice = ('<mpvoice class="js_editor_audio audio_iframe" voice_encode_fileid="MzI" name="反诈顺口溜（社区民警版）" play_length="72000"></mpvoice>'
             '<p style="text-align:center"><span style="font-size:12px;color:#999">▲点击收听反诈顺口溜</span></p>')
    blocks.insert(2, voice)
    qr = ('<section style="border:1px dashed #d81e06;padding:10px;margin-top:18px;text-align:center">'
          '<img data-src="https://mmbiz.qpic.cn/mmbiz_png/fzapp/640"><p><span style="font-size:13px">长按识别二维码　下载国家反诈中心APP</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">来源：天星桥派出所　天星桥街道综治办</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}</span></p>'
            f'<p><span style="font-size:12px;color:#999">投稿邮箱：txqjd{_n(rng, 4)}@163.com</span></p>'
            '<section><p><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>')
    tool = (f'<div class="rich_media_tool"><span>阅读 {rng.randint(800, 3000)}</span><a>分享</a>'
            f'<a>点赞 {rng.randint(10, 90)}</a><a>在看 {rng.randint(3, 30)}</a></div>')
    body = _wx_shell(art, rng, "天星桥街道", f"{y}年{int(m)}月{int(d)}日 {t}", "".join(blocks) + qr + tail, tool, t)
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def wb_jkb116(art, rng, others):
    """晚报 e-paper 健康版 (第A06/A07版): p11 (GBK) a masthead ``YYYY年MM月DD日　星期X`` (the only
    visible date; the URL agrees), 版次 bar, 版面导航 list, an 引题, a ``本报记者`` byline, the text as
    ``<br>`` lines in one ``founder-content`` with ``<b>记者：</b>`` turns and ``罗志华：`` answers, a
    专家简介 box (not body); p12 the masthead date written by script only (meta ``publishdate`` and
    the URL give it), a 副题, a ``（上接A01版）`` line, ``<P>`` paragraphs, a photo + caption table and a
    second short item ``链接`` on the same page (not body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    ban = "A06" if p11 else "A07"
    url = f"https://epaper.cqwb.com.cn/{'html' if p11 else 'content'}/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 3)
    if p11:
        lines = []
        for p in art["body"]:
            if p.startswith("记者："):
                lines.append(f"　　<b>记者：{esc(p[3:])}</b><br>")
            else:
                lines.append(f"　　{esc(p)}<br>")
        text = ('<div id="ozoom"><!--enpcontent--><founder-content>' + "".join(lines) + '</founder-content><!--/enpcontent--></div>'
                '<div class="zjjj"><b>专家简介：</b>罗志华，市第五人民医院心血管内科主任医师、硕士研究生导师，从事心血管疾病临床工作20余年，'
                '擅长冠心病、高血压的诊治。出诊时间：每周二、周四上午。</div>')
        top = f'<div class="yt">秋冬健康课堂</div><h1 class="art-title">{esc(art["title"])}</h1>'
        byline = f'<div class="author">本报记者　{who[0]}</div>'
        mast_date = f'<span class="date">{y}年{m}月{d}日　{_week(art)}</span>'
    else:
        paras = [f"<P>　　{esc(p)}</P>" for p in art["body"]]
        photo = (f'<table class="pic" align="center"><tr><td><img src="../../../res/{y}{m}{d}/{_n(rng, 12)}.jpg" width="460"></td></tr>'
                 f'<tr><td class="picdesc">何晓琳为孩子检查视力。　　记者　{who[1]}　摄</td></tr></table>')
        text = ('<div id="ozoom"><founder-content><P>（上接A01版）</P>' + "".join(paras[:3]) + photo + "".join(paras[3:])
                + '</founder-content></div>'
                  '<div class="lj"><h4>链接</h4><p>户外活动不等于体育锻炼。专家介绍，只要是在户外自然光下，散步、放风筝、'
                  '玩沙子都有预防近视的作用，阴天在户外同样有效。</p></div>')
        top = f'<h1 class="art-title">{esc(art["title"])}</h1><div class="ft">市卫健委：去年全市儿童青少年总体近视率下降0.8个百分点</div>'
        byline = f'<div class="author">记者　{who[1]}　实习生　{who[2]}</div>'
        mast_date = f'<span class="date"><script>document.write(paperDate("{y}{m}{d}"))</script></span>'
    others_here = ("<li><a>流感疫苗接种进入高峰</a></li><li><a>社区医院开设夜间门诊</a></li>" if p11
                   else "<li><a>秋季腹泻进入高发期</a></li><li><a>医保个人账户可为家人缴费</a></li>")
    body = (f'<div class="masthead"><img src="../../../images/cqwb_logo.png" alt="重庆晚报">{mast_date}'
            f'<span>国内统一连续出版物号：CN50-0009</span></div>'
            f'<div class="bc-bar"><span>第{ban}版：健康</span>　<a>上一版</a>　<a>下一版</a>　'
            f'<a href="../../../page/{y}-{m}/{d}/{ban}/{_n(rng, 8)}.pdf">PDF版</a>　<select><option>往期回顾</option></select></div>'
            f'<table width="980" align="center"><tr><td width="330" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/{ban}/{y}{m}{d}{ban}_b.jpg" width="320"></div>'
            f'<div class="bmdh"><h4>版面导航</h4><ul><li><a>第A01版：要闻</a></li><li><a>第A02版：城事</a></li><li><a>第{ban}版：健康</a></li></ul></div>'
            f'<div class="bmlist"><h4>本版新闻</h4><ul><li><a>{esc(art["title"])}</a></li>{others_here}</ul></div></td>'
            f'<td valign="top"><div class="article">{top}{byline}{text}'
            f'<div class="bj">本版编辑：{who[2] if p11 else who[0]}　美编：{who[1] if p11 else who[2]}</div>'
            f'<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">重庆晚报 版权所有　未经书面授权，不得转载、摘编或建立镜像　渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>重庆晚报-第{ban}版：健康</title><meta name="keywords" content="重庆晚报,数字报">'
    if not p11:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="description" content="{esc(art["title"])}">'
    return head, body, url


TEMPLATES = {"cl_btgs116": cl_btgs116, "dzj_mp_kp116": dzj_mp_kp116, "xzf_jczl116": xzf_jczl116,
             "gm_jypd116": gm_jypd116, "swj_yjjj116": swj_yjjj116, "jd_mp_fzxc116": jd_mp_fzxc116, "wb_jkb116": wb_jkb116}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages116", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
