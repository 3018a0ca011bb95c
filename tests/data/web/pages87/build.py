"""Build the eighty-seventh saved-page set (``pages87``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 民政局 portal 低保 公示 / 动态 with a 名单 table
(``mzj_dbgs87``), a 市 卫健委 公众号 健康 科普 post with 问：/记者： turns (``wjw_mpkp87``), a 县政府网
营商环境 page on an old ASP.NET table layout (``xzf_yshj87``), a 中国新闻网-like 地方 图片 报道
(``zxw_tpbd87``), a 县委 统战部 portal 民族团结 news (``tzb_mztj87``), a 镇 公众号 人居环境 红黑榜 post
(``zhen_mphbb87``) and a 晚报 e-paper 消费版 with a 价格 table (``wb_epxf87``). ``articles.txt`` holds
the title, date and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages87/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["冉光明", "向丽萍", "田秋实", "彭小蕾", "杨启航", "石燕", "滕建华", "龙思佳", "白云飞", "吴晓岚"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "一要", "二要", "三要")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…``, ``一要…`` or a short line without a stop or colon)."""
    return (p.startswith(NUM_HEADS) or len(p) <= 6) and "。" not in p and "：" not in p


def _turn(p: str) -> bool:
    """A question turn of an interview (``记者：``/``问：``)."""
    return p.startswith(("记者：", "问："))


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f"<table {attrs}><tbody>" + "".join(
        "<tr>" + "".join(f'<td align="center" valign="middle"><p>{esc(c)}</p></td>' for c in r.split(" ")) + "</tr>"
        for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, turn=None, answer=None) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table, heads, question turns
    and named answers (``name：`` after a turn) marked by the given wrappers."""
    out, rows, asked = [], [], False
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(_table(rows))
            rows = []
        if p is None:
            break
        if head and _head(p):
            out.append(head(esc(p)))
        elif turn and _turn(p):
            q, rest = p.split("：", 1)
            out.append(turn(esc(q), esc(rest)))
            asked = True
            continue
        elif answer and asked and "：" in p[:16]:
            a, rest = p.split("：", 1)
            out.append(answer(esc(a), esc(rest)))
        else:
            out.append(para(esc(p)))
        asked = False
    return out


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="foot"><p><a>关于本网</a> | <a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a></p>'
            f'<p>主办单位：{host}&nbsp;&nbsp;承办单位：{host}办公室&nbsp;&nbsp;联系电话：023-{_n(rng, 8)}</p>'
            f'<p>网站标识码：{code}&nbsp;&nbsp;<a>渝ICP备{_n(rng, 8)}号</a>&nbsp;&nbsp;<img src="/images/ga.png">渝公网安备{_n(rng, 14)}号</p>'
            f'<div class="jiucuo"><img src="/images/jiucuo.png" alt="政府网站找错"></div><img src="/images/dzjg.png" alt="党政机关"></div>')


def mzj_dbgs87(art, rng, others):
    """区 民政局 portal: p01 (GBK) a 低保 公示 with a 名单 table, 一、 heads and a 监督电话 line (body), the
    落款 and date and an 附件 line (not body), an 信息公开 grid with a 生成日期, info spans glued with no
    whitespace; p02 news with a photo and caption, the date only in meta PubDate and the URL."""
    y, m, d = _ymd(art)
    url = f"http://www.ybq.gov.cn/bm/qmzj/zwgk_97365/fdzdgknr/shjz/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    gs = art["id"] == "p01"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;text-align:justify;">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em;"><span style="font-family:黑体;">{t}</span></p>')
    if gs:
        tail = (f'<p>&nbsp;</p><p style="text-indent:2em;">附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.xls">{int(m)}月新增低保对象名单.xls</a></p>'
                f'<p style="text-align:right;">重庆市渝北区民政局</p><p style="text-align:right;">{y}年{int(m)}月{int(d)}日</p>')
        grid = (f'<div class="xxgk-tb"><table><tr><th>索引号：</th><td>11500112{_n(rng, 4)}X/{y}-{_n(rng, 5)}</td><th>主题分类：</th><td>社会救助</td></tr>'
                f'<tr><th>发布机构：</th><td>渝北区民政局</td><th>生成日期：</th><td>{y}-{m}-{int(d) - 1:02d}</td></tr>'
                f'<tr><th>名　　称：</th><td colspan="3">{esc(art["title"])}</td></tr></table></div>')
        info = (f'<div class="zwxl-info"><span>发布时间：{y}-{m}-{d}</span><span>来源：区民政局</span>'
                f'<span>字号：<a>大</a><a>中</a><a>小</a></span><span><a>打印</a></span></div>')
    else:
        blocks.insert(3, f'<p style="text-align:center;"><img src="./W0{y}{m}{d}{_n(rng, 6)}_ORIGIN.jpg" oldsrc="W0{_n(rng, 9)}.jpg"></p>'
                         f'<p style="text-align:center;">图为工作人员入户核查低保家庭情况。（区民政局供图）</p>')
        tail, grid = "", ""
        info = (f'<div class="zwxl-info"><span>来源：区民政局</span>&nbsp;&nbsp;<span>点击数：<script>document.write("{_n(rng, 3)}")</script></span>'
                f'&nbsp;&nbsp;<span>【<a>打印</a>】【<a>关闭</a>】</span></div>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>')
    body = (f'<div class="header"><div class="wza"><a>无障碍浏览</a> <a>关怀版</a></div><div class="logo"><img src="/images/logo_mzj.png" alt="重庆市渝北区民政局"></div>'
            f'<div class="sousuo"><input type="text" placeholder="请输入搜索内容"><button>搜索</button></div></div>'
            f'<ul class="nav"><li>首页</li><li>机构职能</li><li>政务公开</li><li>社会救助</li><li>养老服务</li><li>婚姻登记</li><li>互动交流</li></ul>'
            f'<div class="crumbs">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>{"公示公告" if gs else "工作动态"}</a></div>'
            f'<div class="zwxl">{grid}<div class="zwxl-title"><p class="tit">{esc(art["title"])}</p></div>{info}'
            f'<div class="zwxl-article" id="zoom"><div class="TRS_Editor"><div class="Custom_UnionStyle">' + "".join(blocks) + tail +
            '</div></div></div>'
            f'<div class="zwxl-share"><span>分享到：</span><a class="weixin"></a><a class="weibo"></a>'
            f'<div class="ewm">扫一扫在手机打开当前页<img src="/images/qrcode.png"></div></div>'
            f'<div class="zwxl-page"><p>上一篇：<a>{esc(others[2][0])}</a></p><p>下一篇：<a>{esc(others[3][0])}</a></p></div></div>'
            f'<div class="xgwz"><div class="hd">相关文章</div><ul>{rel}</ul></div>'
            + _gov_foot(rng, "重庆市渝北区民政局", f"50011{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}_重庆市渝北区民政局</title><meta name="SiteName" content="重庆市渝北区人民政府">'
            f'<meta name="ColumnName" content="{"公示公告" if gs else "工作动态"}"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区民政局">')
    return head, body, url


def wjw_mpkp87(art, rng, others):
    """市 卫健委 公众号 科普: an 编者按-like lead box (p03) or 本期专家 card (p04), heads in numbered
    bars, bold 问：/记者： turns with bold-name answers, `1.` items, a 参考资料 list and 声明, 来源/
    编辑/审核 lines, 往期推荐, 阅读原文/分享/赞/在看 row; p04's date only in the page script."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    kp = art["id"] == "p03"
    blocks = _paras(art["body"],
                    lambda t: f'<p style="margin-bottom:16px;line-height:1.75em;"><span style="font-size:15px;color:#3f3f3f;">{t}</span></p>',
                    head=lambda t: (f'<section style="margin:20px 0 10px;border-left:4px solid #2d8cf0;padding-left:8px;">'
                                    f'<p><span style="font-size:17px;color:#2d8cf0;"><strong>{t}</strong></span></p></section>'),
                    turn=lambda q, r: f'<p style="line-height:1.75em;"><span style="color:#2d8cf0;"><strong>{q}：{r}</strong></span></p>',
                    answer=lambda a, r: f'<p style="line-height:1.75em;"><strong>{a}：</strong><span>{r}</span></p>')
    if kp:
        lead = ('<section style="background:#eef6ff;padding:12px 14px;margin-bottom:18px;border-radius:6px;">'
                '<p><span style="font-size:14px;color:#666;"><strong>编者按：</strong>高温与汛期叠加，守护孩子的夏天需要家校共同发力。'
                '本期“健康科普”邀请急诊专家为大家支招。</span></p></section>')
        ref = ('<section style="font-size:12px;color:#999;margin-top:24px;"><p>参考资料：</p>'
               '<p>[1] 国家卫生健康委.《中暑的预防和急救》健康提示.</p><p>[2] 教育部.中小学生防溺水安全教育指南.</p></section>')
        when = f'{y}-{m}-{d} {_hm(rng)}'
    else:
        lead = (f'<section style="border:1px dashed #2d8cf0;padding:10px;margin:18px 0;"><p><strong>本期专家</strong></p>'
                '<p><span style="font-size:13px;">谭晓梅，市疾控中心免疫规划所副所长，副主任医师，从事免疫规划工作20余年。</span></p></section>')
        blocks.insert(3, f'<p style="text-align:center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                         f'<p style="text-align:center;"><span style="font-size:12px;color:#888;">市民在社区卫生服务中心接种流感疫苗。{rng.choice(WHO)} 摄</span></p>')
        ref = ""
        when = ""
    blocks.insert(0 if kp else 4, lead)
    who = rng.sample(WHO, 3)
    tail = (ref + '<p style="font-size:12px;color:#b2b2b2;">声明：本文仅作健康科普，不作为诊疗依据，如有不适请及时就医。</p>'
            f'<p style="font-size:12px;color:#b2b2b2;">来源：{esc(art["place"])}区卫生健康委</p>'
            f'<p style="font-size:12px;color:#b2b2b2;">编辑：{who[0]}　校对：{who[1]}　审核：{who[2]}</p>')
    rec = _rel(rng, others, 3, lambda t, dd: f'<section><p><a href="#"><span style="font-size:14px;">{t}</span></a></p></section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_area_primary"><div class="rich_media_area_primary_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname" id="profileBt">'
            f'<a id="js_name">健康{esc(art["place"])}</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">{when}</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden;">'
            '<p style="text-align:center;"><span style="font-size:12px;color:#2d8cf0;">点击蓝字 关注我们</span></p>'
            + "".join(blocks) + tail +
            f'<section style="margin-top:20px;"><p style="text-align:center;"><strong>— 往期推荐 —</strong></p>{rec}</section>'
            f'<p style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/640"></p></div>'
            f'<div id="js_toobar3" class="rich_media_tool"><a id="js_view_source">阅读原文</a>'
            f'<span>分享</span><span>赞 {rng.randint(5, 90)}</span><span>在看 {rng.randint(1, 30)}</span></div>'
            f'<div class="rich_media_extra"><p>留言</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:type" content="article"><script>var ct = "{_epoch(art, _hm(rng))}";var user_name = "gh_{_n(rng, 12)}";</script>')
    return head, body, url


def xzf_yshj87(art, rng, others):
    """县政府网 on an old ASP.NET table layout: a 栏目导航 column beside the text, the title and text in
    ``ctl00_…`` spans; p05 (GBK) `<p>` paragraphs with `&nbsp;` indents and a 更新时间 after the
    info line's date; p06 the text as `<br>` lines in one `<font>` with `坚持…；` items, info with
    `Y/M/D`, 【发表评论】【收藏】, 相关信息 table, footer."""
    y, m, d = _ymd(art)
    url = f"http://www.cqck.gov.cn/Item/Show.aspx?id={_n(rng, 5)}&cid={_n(rng, 3)}"
    if art["id"] == "p05":
        text = "".join(f'<p>&nbsp;&nbsp;&nbsp;&nbsp;<font style="font-size:16px">{esc(p)}</font></p>' for p in art["body"])
        info = (f'发布日期：{y}-{int(m)}-{int(d)}&nbsp;&nbsp;&nbsp;更新时间：{y}-{int(m)}-{int(d) + 1} {_hms(rng)}&nbsp;&nbsp;&nbsp;'
                f'信息来源：县发展改革委&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】')
    else:
        text = "<br>\n".join(f"{IND}{esc(p)}" for p in art["body"])
        text = (f'<p align="center"><img src="/UploadFiles/{y}{m}/{_n(rng, 12)}.jpg" width="500"></p>'
                f'<p align="center"><font size="2">推进会现场</font></p><font face="宋体" size="3">{text}</font>')
        info = (f'时间：{int(y)}/{int(m)}/{int(d)} {_hms(rng)}&nbsp;&nbsp;&nbsp;来源：县政府办公室&nbsp;&nbsp;&nbsp;'
                f'浏览：<span id="ctl00_ContentPlaceHolder1_lblHits">{_n(rng, 3)}</span>次')
    side = "".join(f'<tr><td class="lmdh" height="30">·<a>{x}</a></td></tr>' for x in
                   ("政务要闻", "部门动态", "乡镇动态", "优化营商环境", "公示公告", "图片新闻"))
    rel = _rel(rng, others, 4, lambda t, dd: f'<tr><td>·<a>{t}</a></td><td align="right">[{dd}]</td></tr>')
    body = (f'<form name="aspnetForm" method="post" action="Show.aspx" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUK{_wx_id(rng)}">'
            f'<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="/images/top.jpg" width="980" alt="城口县人民政府"></td></tr>'
            f'<tr><td class="menu" background="/images/menubg.gif">&nbsp;<a>首 页</a>&nbsp;&nbsp;<a>政务公开</a>&nbsp;&nbsp;<a>网上办事</a>&nbsp;&nbsp;'
            f'<a>公众参与</a>&nbsp;&nbsp;<a>魅力城口</a></td></tr></table>'
            f'<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr>'
            f'<td width="220" valign="top"><table width="100%"><tr><td class="lmbt"><b>栏目导航</b></td></tr>{side}</table></td>'
            f'<td width="10"></td><td valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">'
            f'<tr><td class="dqwz">您现在的位置：<a>首页</a> &gt;&gt; <a>优化营商环境</a> &gt;&gt; 正文</td></tr>'
            f'<tr><td align="center" height="60"><span id="ctl00_ContentPlaceHolder1_lblTitle" style="font-size:20px;font-weight:bold;color:#003399">{esc(art["title"])}</span></td></tr>'
            f'<tr><td align="center" class="info" bgcolor="#F2F2F2" height="26">{info}</td></tr>'
            f'<tr><td class="content" style="padding:15px;line-height:200%"><span id="ctl00_ContentPlaceHolder1_lblContent">{text}</span></td></tr>'
            f'<tr><td align="right"><a>【发表评论】</a><a>【收藏】</a><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></td></tr>'
            f'<tr><td><table width="100%" class="xgxx"><tr><td colspan="2" class="xgbt"><b>相关信息</b></td></tr>{rel}</table></td></tr>'
            f'</table></td></tr></table>'
            f'<table width="980" align="center" class="bottom"><tr><td align="center">版权所有：城口县人民政府&nbsp;&nbsp;承办：城口县人民政府办公室<br>'
            f'渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;网站标识码：500229{_n(rng, 4)}&nbsp;&nbsp;渝公网安备{_n(rng, 14)}号<br>建议使用1024×768分辨率浏览本站</td></tr></table></form>')
    head = f'<title>{esc(art["title"])} - 城口县人民政府</title><meta name="keywords" content="营商环境,城口">'
    return head, body, url


def zxw_tpbd87(art, rng, others):
    """中国新闻网-like 地方 图片 报道: `YYYY年MM月DD日 hh:mm　来源：…` line (p08 a 客户端 source), photos
    with `图为…。 XX 摄` captions between the paragraphs, 【编辑:…】, 字号, share, 图片报道 strip,
    相关新闻, 不得转载 notice, footer; p08 a player at the text's top."""
    y, m, d = _ymd(art)
    url = f"https://www.chinanews.com.cn/tp/{y}/{m}-{d}/{_n(rng, 8)}.shtml"
    blocks = [f"<p>{IND}{esc(p)}</p>" for p in art["body"]]
    caps = (("濯水古镇风雨廊桥下，演员跳起土家摆手舞。", "织锦传承人展示西兰卡普织锦技艺。") if art["id"] == "p07"
            else ("果农在基地采摘脆李。", "工人对脆李进行分拣装箱。"))
    for at, cap in zip((2, 5), caps):
        blocks.insert(at, f'<div class="left_ph" align="center"><img src="//i2.chinanews.com.cn/simg/hnhd/{y}/{m}/{d}/{_n(rng, 10)}.jpg"></div>'
                          f'<p align="center"><span style="color:#06c">图为{cap} {rng.choice(WHO)} 摄</span></p>')
    if art["id"] == "p08":
        blocks.insert(0, f'<div class="video_wrap"><video src="//video.chinanews.com/{_n(rng, 9)}.mp4" controls></video>'
                         f'<p class="video_tit">【视频】巫山脆李丰收 果农采摘忙</p><span class="vtime">01:{rng.randint(10, 59)}</span></div>')
        src = "中国新闻网客户端"
    else:
        src = "中国新闻网"
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd[5:]}</span></li>')
    strip = _rel(rng, others, 4, lambda t, dd: f'<li><img src="//i2.chinanews.com.cn/simg/s.jpg"><a>{t}</a></li>')
    body = (f'<div class="topbar"><a class="logo">中国新闻网</a><span>{y}年{m}月{d}日 {_week(art)}</span>'
            f'<ul class="nav"><li>首页</li><li>要闻</li><li>图片</li><li>视频</li><li>地方</li><li>财经</li></ul></div>'
            f'<div id="nav">首页 &gt; <a>图片</a> &gt; <a>地方图片</a></div>'
            f'<div class="con_left"><div class="content_maincontent_more"><h1>{esc(art["title"])}</h1>'
            f'<div class="content_left_time">{y}年{m}月{d}日 {_hm(rng)}　来源：{src}</div>'
            f'<div class="fontsize">【字号 <a>大</a> <a>中</a> <a>小</a>】</div>'
            f'<div class="left_zw" style="position:relative"><!--正文start-->' + "".join(blocks) +
            f'<div class="adEditor"><div class="left_name"><div class="left_name">【编辑:{rng.choice(WHO)}】</div></div></div><!--正文end--></div>'
            f'<div class="share"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="tpbd"><div class="tit">图片报道</div><ul>{strip}</ul></div>'
            f'<div class="xgxw"><div class="tit">相关新闻</div><ul>{rel}</ul></div>'
            f'<div class="bqsm">本网站所刊载信息，不代表中新社和中新网观点。刊用本网站稿件，务经书面授权。未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</div>'
            f'</div></div><div class="con_right"><div class="phb"><h3>排行榜</h3><ol>'
            + _rel(rng, others, 5, lambda t, dd: f"<li><a>{t}</a></li>") + '</ol></div></div>'
            f'<div class="foot"><a>关于我们</a> | <a>About us</a> | <a>联系我们</a> | <a>广告服务</a> | <a>供稿服务</a> | <a>法律声明</a> | <a>招聘信息</a>'
            f'<p>Copyright ©1999-{y} chinanews.com. All Rights Reserved</p></div>')
    head = (f'<title>{esc(art["title"])}-中新网</title><meta name="keywords" content="{esc(art["place"])}">'
            f'<meta name="description" content="{esc(art["body"][0][:50])}"><meta name="filetype" content="0"><meta name="pagetype" content="1">')
    return head, body, url


def tzb_mztj87(art, rng, others):
    """县委 统战部 portal: a 专题 banner beside, the title with a 副标题 (p09) under it, a
    `时间：YYYY年MM月DD日 来源 作者 阅读` line, p09 (GBK) photos with 图为 captions, `（一）` items
    and quoted speech, p10 `一要…` bold heads and a later 更新时间 line, 相关文章, share, footer."""
    y, m, d = _ymd(art)
    url = f"http://tzb.cqxs.gov.cn/article/{y}{m}/{_n(rng, 5)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2;">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em;line-height:2;"><strong>{t}</strong></p>')
    if art["id"] == "p09":
        blocks.insert(1, f'<p style="text-align:center;"><img src="/uploads/{y}{m}/{_n(rng, 10)}.jpg"></p>'
                         f'<p style="text-align:center;"><span style="font-family:楷体;">图为启动仪式现场。</span></p>')
        sub = '<h3 class="fbt">——“中华民族一家亲，同心共筑中国梦”主题活动全面展开</h3>'
        after = ""
    else:
        sub = ""
        after = f'<div class="gxsj">更新时间：{y}-{m}-{int(d) + 1:02d} {_hm(rng)}</div>'
    who = rng.choice(WHO)
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><a>{t}</a><em>{dd[5:]}</em></li>')
    body = (f'<div class="top"><img src="/skin/banner.jpg" alt="中共秀山县委统战部"><div class="top-r"><a>设为首页</a><a>加入收藏</a></div></div>'
            f'<div class="menu"><a>首页</a><a>统战要闻</a><a>民族宗教</a><a>党外干部</a><a>非公经济</a><a>新的社会阶层</a><a>同心讲堂</a></div>'
            f'<div class="w1000"><div class="pos">当前位置：<a>首页</a> &gt; <a>民族宗教</a> &gt; 正文</div>'
            f'<div class="l700"><div class="xl_con"><h2 class="bt">{esc(art["title"])}</h2>{sub}'
            f'<div class="sj">时间：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;来源：县委统战部&nbsp;&nbsp;&nbsp;作者：{who}&nbsp;&nbsp;&nbsp;'
            f'阅读：<span id="hits">{_n(rng, 3)}</span></div>'
            f'<div class="con" id="MyContent">' + "".join(blocks) + f'</div>{after}'
            f'<div class="zrbj">（责任编辑：{rng.choice(WHO)}）</div>'
            f'<div class="bshare">分享：<a>微信</a><a>微博</a><a>QQ</a></div>'
            f'<div class="sxp">上一篇：<a>{esc(others[4][0])}</a><br>下一篇：<a>{esc(others[5][0])}</a></div></div>'
            f'<div class="xgwz"><h4>相关文章</h4><ul>{rel}</ul></div></div>'
            f'<div class="r280"><div class="zt"><img src="/skin/zt_zl.jpg" alt="铸牢中华民族共同体意识"><p>专题：铸牢中华民族共同体意识</p></div>'
            f'<div class="rd"><h4>热点排行</h4><ul>' + _rel(rng, others, 4, lambda t, dd: f"<li><a>{t}</a></li>") + '</ul></div></div></div>'
            f'<div class="footer"><p>中共秀山土家族苗族自治县委统战部 版权所有</p><p>地址：秀山县中和街道 邮编：409900</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1</p></div>')
    head = (f'<title>{esc(art["title"])}-秀山统一战线</title><meta name="keywords" content="民族团结">'
            f'<meta name="description" content="{esc(art["body"][0][:40])}">')
    return head, body, url


def zhen_mphbb87(art, rng, others):
    """镇 公众号 红黑榜: 点击蓝字 header, 红榜/黑榜 heads in coloured banners, `1.` items, a boxed quoted
    slogan (body), a 图为 photo caption, 来源/编辑/初审/审核/终审 lines, 投稿 line, 往期回顾,
    分享/点赞/在看 row."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s?__biz=MzI{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=2&sn={_wx_id(rng)[:16]}&chksm={_wx_id(rng)[:12]}"

    def head_(t):
        bg = "#c8161d" if t.startswith("红") else "#333333"
        return (f'<section style="text-align:center;margin:18px 0;"><section style="display:inline-block;background:{bg};padding:4px 28px;">'
                f'<p><span style="color:#ffffff;font-size:18px;"><strong>{t}</strong></span></p></section></section>')
    blocks = []
    for p in _paras(art["body"], lambda t: f'<p style="line-height:1.8em;text-indent:2em;"><span style="font-size:15px;">{t}</span></p>',
                    head=head_):
        if "环境美不美" in p:   # the slogan line sits in a framed box on the real pages of this kind
            p = f'<section style="border:2px dashed #3a9e4b;padding:10px;margin:16px 20px;text-align:center;">{p.replace("text-indent:2em;", "")}</section>'
        blocks.append(p)
    blocks.insert(11, f'<p style="text-align:center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                      f'<p style="text-align:center;"><span style="font-size:12px;color:#888;">图为检查组在石盘村查看农户院落。</span></p>')
    who = rng.sample(WHO, 4)
    tail = (f'<p><span style="font-size:12px;color:#888;">来源：{esc(art["place"])}县连湖镇人居办</span></p>'
            f'<p><span style="font-size:12px;color:#888;">编辑：{who[0]}</span></p>'
            f'<p><span style="font-size:12px;color:#888;">初审：{who[1]}　审核：{who[2]}　终审：{who[3]}</span></p>'
            '<p><span style="font-size:12px;color:#888;">投稿邮箱：lianhuzhen@163.com</span></p>')
    rec = _rel(rng, others, 3, lambda t, dd: f'<p><a href="#">{t}</a></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n{esc(art["title"])}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">连湖镇党政办</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">连湖发布</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {_hm(rng)}</em>'
            f'<em id="js_ip_wording_wrp">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content"><p style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/640"></p>'
            + "".join(blocks) + tail +
            f'<section><p style="text-align:center;"><strong>往期回顾</strong></p>{rec}</section>'
            f'<p style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
            '<p style="text-align:center;"><span style="font-size:12px;">长按二维码关注我们</span></p></div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 3)}</span>'
            f'<span>分享</span><span>点赞 {rng.randint(3, 50)}</span><span>在看 {rng.randint(1, 20)}</span></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";var nickname = "连湖发布";</script>')
    return head, body, url


def wb_epxf87(art, rng, others):
    """晚报 e-paper 消费版 (GBK) on a table layout: banner with date and weekday, 版次 selector (上一版/下一版/
    PDF/返回目录), the 引题 and 副题, a `记者 … 实习生 …` byline, the text as `<br>` lines in one `<div>`
    with the 价格 rows as a table in between, a 链接 box (a second short text), 责任编辑, 上一篇/下一篇."""
    y, m, d = _ymd(art)
    url = f"http://epaper.cqwb.com.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    parts, lines = [], []
    for p in art["body"] + [None]:
        if p is not None and not _row(p):
            lines.append(f"{IND}{esc(p)}")
            continue
        if lines:
            parts.append("<br>\n".join(lines) + "<br>")
            lines = []
        if p is not None:
            parts.append(p)
    html, rows = [], []
    for x in parts + [None]:
        if x is not None and not x.endswith("<br>"):
            rows.append(x)
            continue
        if rows:
            html.append(_table(rows, 'width="90%" border="1" align="center" cellpadding="2"'))
            rows = []
        if x is not None:
            html.append(x)
    pages = "".join(f'<tr><td><a>第A{i:02d}版：{n}</a></td></tr>' for i, n in
                    enumerate(("重庆新闻", "城事", "民生", "消费周刊", "健康"), start=6))
    link = ('<table width="90%" align="center" bgcolor="#FFF8E7"><tr><td><b>链接</b><br>'
            '选购年货小窍门：腊肉看颜色，香肠闻气味，干货挑干燥，包装食品认准生产许可标志。</td></tr></table>')
    body = (f'<table width="1000" align="center" cellspacing="0" cellpadding="0"><tr><td><img src="../../../images/logo_wb.gif" alt="重庆晚报"></td>'
            f'<td align="right" class="date">{y}年{m}月{d}日&nbsp;{_week(art)}</td></tr></table>'
            f'<table width="1000" align="center"><tr><td class="bc">第A09版：消费周刊&nbsp;&nbsp;<a>上一版</a>&nbsp;&nbsp;<a>下一版</a>&nbsp;&nbsp;'
            f'<a href="../../../page/{y}-{m}/{d}/A09/{y}{m}{d}A09_pdf.pdf">本版PDF</a>&nbsp;&nbsp;<a>返回目录</a></td></tr></table>'
            f'<table width="1000" align="center"><tr><td width="320" valign="top"><img src="../../../page/{y}-{m}/{d}/A09/s.jpg" width="300">'
            f'<table width="100%">{pages}</table></td>'
            f'<td valign="top"><table width="100%" cellspacing="0" cellpadding="0">'
            f'<tr><td align="center" class="font02">春节消费观察</td></tr>'
            f'<tr><td align="center" class="font01">{esc(art["title"])}</td></tr>'
            f'<tr><td align="center" class="font02">腊肉香肠每斤比去年便宜两三元 鸡蛋价格小幅回落</td></tr>'
            f'<tr><td align="center" class="font03">记者 {rng.choice(WHO)} 实习生 {rng.choice(WHO)}</td></tr>'
            f'<tr><td><div id="ozoom" class="content">' + "\n".join(html) + f'</div>{link}</td></tr>'
            f'<tr><td align="right">责任编辑：{rng.choice(WHO)}&nbsp;&nbsp;美编：{rng.choice(WHO)}</td></tr>'
            f'<tr><td>上一篇：<a>{esc(others[6][0])}</a><br>下一篇：<a>{esc(others[7][0])}</a></td></tr></table></td></tr></table>'
            f'<table width="1000" align="center"><tr><td align="center">重庆晚报 版权所有 未经书面授权 不得复制或建立镜像</td></tr></table>')
    head = f'<title>重庆晚报-{esc(art["title"])}</title><meta name="description" content="重庆晚报数字报">'
    return head, body, url


TEMPLATES = {"mzj_dbgs87": mzj_dbgs87, "wjw_mpkp87": wjw_mpkp87, "xzf_yshj87": xzf_yshj87,
             "zxw_tpbd87": zxw_tpbd87, "tzb_mztj87": tzb_mztj87, "zhen_mphbb87": zhen_mphbb87,
             "wb_epxf87": wb_epxf87}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages87", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used


if __name__ == "__main__":
    main()
