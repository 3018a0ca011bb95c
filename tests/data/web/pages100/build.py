"""Build the hundredth saved-page set (``pages100``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 卫健委 portal 医疗机构执业登记公告/执法 news
(``wjw_zyjg100``), a 市 交巡警 公众号 节假日 出行提示 post (``jxj_mp_cx100``), a 县政府网 领导信箱
回复 page on an old table layout (``xzf_ldxx100``), a 中新网-like 地方 文化 报道 (``zxw_dfwh100``), a
区 体育局 portal 赛事成绩公告 with tables (``tyj_ssgg100``), a 学校 公众号 毕业典礼 post
(``xx_mp_bydl100``) and a 县报 e-paper 第04版 副刊 散文 page with a second piece beside it
(``xb_fk100``). ``articles.txt`` holds the title, date and reference body; the furniture (not
body) is written here. See README.md.

    python tests/data/web/pages100/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["冉小东", "谭文静", "刘晓梅", "陈思远", "周建华", "何佳", "杨帆", "罗德明", "蒋雨欣"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "第一篇章", "第二篇章", "第三篇章")


def _row(p: str) -> bool:
    """A data-table row inside the text: cells joined by single spaces, no sentence punctuation."""
    return " " in p and not any(c in p for c in "。，；：　、！")


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…`` or ``第X篇章　…``) without sentence punctuation."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。：！；")


def _turn(p: str) -> bool:
    """A turn of an interview: ``记者：`` or a short name before a colon."""
    return "：" in p[:5]


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows) -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%"><tbody>' + "".join(
        "<tr>" + "".join(f'<td valign="center"><p class="MsoNormal" align="center">'
                         f'<span style="font-family:仿宋_GB2312;font-size:14pt">{esc(c)}</span></p></td>'
                         for c in r.split(" ")) + "</tr>" for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, turn=None) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table, heads and turns through
    the given wrappers, other lines through ``para``."""
    out, rows = [], []
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
        else:
            out.append(para(esc(p)))
    return out


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="footer"><div class="foot_link"><a>网站地图</a>|<a>联系我们</a>|<a>使用帮助</a></div>'
            f'<p>主办：{host}&nbsp;&nbsp;承办：{host}办公室&nbsp;&nbsp;联系电话：023-{_n(rng, 8)}</p>'
            f'<p><a>渝ICP备{_n(rng, 8)}号</a>&nbsp;&nbsp;<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：{code}</p>'
            f'<p><span class="dzjg"><img src="/images/dzjg.png"></span><span class="jiucuo"><img src="/images/jiucuo.png"></span></p></div>')


def wjw_zyjg100(art, rng, others):
    """区 卫健委 portal: p01 (GBK) a 医疗机构执业登记公告 with `一、` heads and an 机构 table (body), the 落款
    (委 name + a date the day before) and an 附件 line inside the TRS_Editor div (not body), glued info spans
    `发布日期：YYYY年MM月DD日` with a `<script>` 浏览次数; p02 执法 news with `1.` items and a quote, a photo and
    `图为…（XX 摄）` caption inside the text, no visible date (meta PubDate and the URL only), 责任编辑; 打印/关闭,
    相关文章 with dates, footer."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.ddk.gov.cn/bm/qwsjkw/zwxx_{_n(rng, 5)}/{'tzgg' if p01 else 'dt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em;"><strong>{t}</strong></p>')
    if p01:
        blocks += [f'<p style="text-indent:2em;">附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.xls">{y}年第{rng.randint(3, 9)}批医疗机构执业登记信息表.xls</a></p>',
                   '<p style="text-align:right;">重庆市大渡口区卫生健康委员会</p>',
                   f'<p style="text-align:right;">{y}年{int(m)}月{int(d) - 1}日</p>']
        info = (f'<div class="xl_info"><span>发布日期：{y}年{m}月{d}日</span><span>来源：区卫生健康委</span>'
                f'<span>浏览次数：<script>document.write({_n(rng, 3)});</script></span>'
                f'<span class="zh">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        edit = ""
    else:
        blocks.insert(8, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 9)}.jpg" oldsrc="W0{_n(rng, 9)}.jpg"></p>'
                         f'<p style="text-align:center">图为执法人员在辖区一家诊所查阅医疗废物交接登记。（{rng.choice(WHO)} 摄）</p>')
        info = ('<div class="xl_info"><span>来源：区卫生健康委</span>&nbsp;&nbsp;&nbsp;<span>作者：医政医管科</span>'
                '&nbsp;&nbsp;&nbsp;<span class="zh">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        edit = f'<div class="zrbj">责任编辑：{rng.choice(WHO)}</div>'
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>')
    body = (f'<div class="header"><img src="/images/logo_ddk.png" alt="重庆市大渡口区人民政府"><div class="ss"><input value="请输入关键字"><a>搜索</a></div></div>'
            f'<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进大渡口</a></div>'
            f'<div class="dqwz">当前位置：<a>首页</a> &gt; <a>部门</a> &gt; <a>区卫生健康委</a> &gt; <a>{"通知公告" if p01 else "工作动态"}</a></div>'
            f'<div class="xl_con"><h2 class="xl_tit">{esc(art["title"])}</h2>{info}'
            f'<div class="xl_zw"><div class="TRS_Editor"><div class="TRS_Editor">' + "".join(blocks) + f'</div></div></div>{edit}'
            f'<div class="xl_tools"><a>【打印本页】</a><a>【关闭窗口】</a></div>'
            f'<div class="xgwz"><h3>相关文章</h3><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "重庆市大渡口区人民政府", f"50010{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}_重庆市大渡口区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区卫生健康委">'
            f'<meta name="ColumnName" content="{"通知公告" if p01 else "工作动态"}">')
    return head, body, url


def jxj_mp_cx100(art, rng, others):
    """市 交巡警 公众号: p03 a 国庆 出行提示 post with red `一、` heads and `1.` 路段 items and a one-line slogan
    (body), a 导读 line above, a 路况图 with `▲` caption, a 警方提示 card and a 转发 line after the text;
    publish_time `YYYY-MM-DD hh:mm`; p04 a 清明 interview with bold `记者：` turns and bold `秦警官：` answers, a
    视频号 card, empty publish_time (dated by the script's `ct`); 来源/编辑, 往期推荐, 阅读原文/点赞/在看 row."""
    y, m, d = _ymd(art)
    p03 = art["id"] == "p03"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    blocks = _paras(art["body"],
                    lambda t: f'<p style="line-height:1.75em;margin-bottom:10px;"><span style="font-size:15px;letter-spacing:1px;">{t}</span></p>',
                    head=lambda t: (f'<section style="border-left:4px solid #1e50a2;padding-left:8px;margin:20px 0 10px;">'
                                    f'<p><strong><span style="color:#1e50a2;font-size:17px;">{t}</span></strong></p></section>'),
                    turn=lambda q, r: (f'<p style="line-height:1.75em;"><span style="font-size:15px;"><strong>{q}：</strong>{r}</span></p>'))
    if p03:
        blocks.insert(0, '<section style="background:#f2f5fb;padding:10px;"><p><span style="font-size:14px;color:#888;">'
                         '导读：双节出行高峰将至，这份避堵指南请收好↓↓↓</span></p></section>')
        blocks.insert(8, f'<p style="text-align:center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640?wx_fmt=png"></p>'
                         '<p style="text-align:center;"><span style="font-size:12px;color:#999;">▲主城区易拥堵点位示意图</span></p>')
        extra = ('<section style="border:1px dashed #1e50a2;padding:10px;margin-top:20px;"><p><strong>警方提示</strong></p>'
                 '<p><span style="font-size:14px;">假期如遇交通事故或道路拥堵，请拨打122报警；出行前可通过“重庆交巡警”公众号“路况查询”栏目了解实时路况。</span></p></section>'
                 '<p style="text-align:center;"><span style="font-size:14px;">转给身边的司机朋友吧！</span></p>')
        meta = f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {_hm(rng)}</em>'
    else:
        blocks.insert(1, f'<section class="channels_iframe_wrp"><mp-common-videosnap class="js_uneditable" data-nickname="重庆交巡警" '
                         f'data-desc="清明出行 安全第一" data-id="export/{_wx_id(rng)}"></mp-common-videosnap></section>'
                         '<p style="text-align:center;"><span style="font-size:12px;color:#999;">（点击观看视频）</span></p>')
        extra = ''
        meta = '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>'
    who = rng.sample(WHO, 2)
    tail = (f'<p><span style="font-size:12px;color:#999;">来源：重庆交巡警</span></p>'
            f'<p><span style="font-size:12px;color:#999;">编辑：{who[0]}　审核：{who[1]}</span></p>')
    rec = _rel(rng, others, 3, lambda t, dd: f'<p><a href="#"><span style="color:#576b95">往期推荐｜{t}</span></a></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">\n  {esc(art["title"])}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">重庆交巡警</span>'
            f'<span class="rich_media_meta_nickname"><a id="js_name">重庆交巡警</a></span>{meta}<em id="js_ip_wording_wrp">发表于重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden;">' + "".join(blocks) + extra + tail + rec + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 5)}</span><span>分享</span>'
            f'<span>点赞 {rng.randint(20, 300)}</span><span>在看 {rng.randint(5, 80)}</span></div>'
            f'<div class="rich_media_extra"><p>写留言</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:40])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";var nickname = "重庆交巡警";var msg_title = "{esc(art["title"])}";</script>')
    return head, body, url


def xzf_ldxx100(art, rng, others):
    """县政府网 领导信箱 reply page (GBK) on an old table layout: a letter grid (信件编号, 来信人 masked, 来信时间 two
    weeks before, 办理状态, 回复单位, 回复时间 = the publication date) with `来信内容：`/`回复内容：` label cells (not
    body) and their texts as `<br>` lines; the reply's 落款 (局 name + date) inside the reply cell (not body), a 满意度
    评价 form, 写信须知, 打印/关闭, footer with 网站标识码."""
    y, m, d = _ymd(art)
    url = f"http://www.cqck.gov.cn/hdjl/ldxx/xjxq.html?id={_n(rng, 6)}"
    b = art["body"]
    i = next(k for k, p in enumerate(b) if p.startswith("您好"))  # the reply opens with a greeting
    letter = "<br>".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in b[:i])
    reply = "<br>".join(f"　　{esc(p)}" for p in b[i:])
    reply += f'<br><br><div align="right">城口县交通局<br>{y}年{int(m)}月{int(d) - 1}日</div>'
    grid = (f'<table width="100%" border="1" bordercolor="#cccccc" cellpadding="6" style="border-collapse:collapse">'
            f'<tr><td width="15%" bgcolor="#f3f3f3">信件编号</td><td width="35%">XX{y}{m}{_n(rng, 5)}</td>'
            f'<td width="15%" bgcolor="#f3f3f3">来 信 人</td><td>王**</td></tr>'
            f'<tr><td bgcolor="#f3f3f3">来信时间</td><td>{y}-{int(m) - 1:02d}-28 {_hms(rng)}</td><td bgcolor="#f3f3f3">办理状态</td><td><font color="green">已办结</font></td></tr>'
            f'<tr><td bgcolor="#f3f3f3">信件标题</td><td colspan="3"><b>{esc(art["title"])}</b></td></tr>'
            f'<tr><td bgcolor="#f3f3f3" valign="top">来信内容：</td><td colspan="3" style="line-height:26px">{letter}</td></tr>'
            f'<tr><td bgcolor="#f3f3f3">回复单位</td><td>城口县交通局</td><td bgcolor="#f3f3f3">回复时间</td><td>{y}-{m}-{d} {_hms(rng)}</td></tr>'
            f'<tr><td bgcolor="#f3f3f3" valign="top">回复内容：</td><td colspan="3" style="line-height:26px">{reply}</td></tr></table>')
    body = (f'<table width="1002" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/ck_banner.jpg" width="1002" height="160"></td></tr>'
            f'<tr><td class="nav" bgcolor="#0b5eb5"><a>首 页</a> | <a>走进城口</a> | <a>政务公开</a> | <a>办事服务</a> | <a>互动交流</a> | <a>专题专栏</a></td></tr></table>'
            f'<table width="1002" align="center"><tr><td class="wz">您现在的位置：<a>首页</a> &gt; <a>互动交流</a> &gt; <a>县长信箱</a> &gt; 信件详情</td></tr>'
            f'<tr><td>{grid}</td></tr>'
            f'<tr><td><form><b>满意度评价：</b><input type="radio">满意 <input type="radio">基本满意 <input type="radio">不满意 <input type="button" value="提交评价"></form></td></tr>'
            f'<tr><td><div class="xxxz"><b>写信须知：</b>1.请如实填写个人信息；2.来信内容须真实、客观；3.涉及诉讼、仲裁等事项请通过法定途径解决。<a>我要写信</a></div></td></tr>'
            f'<tr><td align="center"><a>[打印本页]</a>&nbsp;&nbsp;<a>[关闭窗口]</a></td></tr></table>'
            + _gov_foot(rng, "城口县人民政府", f"50022{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}-县长信箱-城口县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="ColumnName" content="县长信箱">')
    return head, body, url


def zxw_dfwh100(art, rng, others):
    """中新网-like 地方 文化 报道 (newer layout): `中新网重庆X月X日电` dateline opening the text and `（完）` closing
    it (kept, as the wire prints them); p06 a photo table inside the text with a `▲…中新网记者 XX 摄` caption and
    `YYYY年MM月DD日 hh:mm` info; p07 a video player above the text, info `YYYY-MM-DD hh:mm:ss 来源：中国新闻网`, a
    `【编辑:…】` line; 关注/分享 bar, 相关报道, 视频推荐 side, copyright footer."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://www.chinanews.com.cn/{'cul' if p06 else 'sh'}/{y}/{m}-{d}/{_n(rng, 8)}.shtml"
    blocks = [f"<p>　　{esc(p)}</p>" for p in art["body"]]
    if p06:
        blocks.insert(3, f'<table border="0" cellspacing="0" cellpadding="0" align="center" class="adInContent"><tr><td>'
                         f'<img src="//i2.chinanews.com.cn/simg/cmshd/{y}/{m}/{d}/{_n(rng, 12)}.jpg"></td></tr>'
                         f'<tr><td align="center" style="font-size:12px">▲观众在展厅内欣赏农民版画作品。中新网记者 {rng.choice(WHO)} 摄</td></tr></table>')
        info = f'<div class="content_left_time">{y}年{m}月{d}日 {_hm(rng)}&nbsp;&nbsp;&nbsp;来源：中国新闻网</div>'
        player = ''
    else:
        info = f'<div class="content_left_time">{y}-{m}-{d} {_hms(rng)}　来源：中国新闻网</div>'
        player = (f'<div class="video_con"><video id="video_{_n(rng, 6)}" src="//video.chinanews.com/flv/{y}/{m}/{_n(rng, 7)}.mp4" controls></video>'
                  f'<p class="video_tit">视频：酉阳土家摆手舞闹元宵</p><p class="video_src">来源：中国新闻网</p></div>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd[5:]}</span></li>')
    body = (f'<div class="header"><div class="nav"><a>首页</a><a>滚动</a><a>要闻</a><a>国内</a><a>社会</a><a>文化</a><a>视频</a><a>图片</a></div></div>'
            f'<div class="w1280"><div class="crumbs"><a>中新网</a> &gt; <a>{"文化" if p06 else "社会"}</a> &gt; 正文</div>'
            f'<div class="content_maincontent_more"><h1 class="content_left_title">{esc(art["title"])}</h1>{info}'
            f'<div class="content_left_share"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a></div>{player}'
            f'<div class="left_zw" style="position:relative">' + "".join(blocks) + '</div>'
            f'<div class="adEditor"><div class="left_name">【编辑:{rng.choice(WHO)}】</div></div>'
            f'<div class="xgbd"><h3>相关报道</h3><ul>{rel}</ul></div></div>'
            f'<div class="content_right"><h4>视频推荐</h4><ul><li>山城夜色</li><li>{esc(others[3][0])}</li></ul><h4>排行榜</h4><ol><li>{esc(others[4][0])}</li></ol></div></div>'
            f'<div class="pagebottom"><p>本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</p>'
            f'<p>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p>'
            f'<p>Copyright ©1999-{y} chinanews.com. All Rights Reserved</p></div>')
    head = (f'<title>{esc(art["title"])}-中新网</title><meta name="keywords" content="{"版画,綦江" if p06 else "摆手舞,非遗"}">'
            f'<meta name="description" content="{esc(art["body"][0][:70])}">')
    return head, body, url


def tyj_ssgg100(art, rng, others):
    """区 体育局 portal 赛事成绩公告 (GBK): `一、` heads, two 名次 tables (rows are body), a 风尚奖 line; the 落款
    (体育局 + the day before) and an 附件 link after the text (not body); info `发布时间：YYYY/M/D` with a later
    `更新时间` under the text, 分享到, 打印/关闭, 上一篇/下一篇, 最新公告 side list with dates, footer."""
    y, m, d = _ymd(art)
    url = f"http://www.cqbn.gov.cn/bm/qtyj/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;"><font face="仿宋_GB2312" size="4">{t}</font></p>',
                    head=lambda t: f'<p style="text-indent:2em;"><font face="黑体" size="4">{t}</font></p>')
    tail = (f'<p style="text-indent:2em;">附件：<a href="./P0{_n(rng, 9)}.pdf">巴南区第五届全民健身运动会乒乓球比赛成绩册.pdf</a></p>'
            f'<p align="right">重庆市巴南区体育局&nbsp;&nbsp;&nbsp;&nbsp;</p><p align="right">{y}年{int(m)}月{int(d) - 1}日&nbsp;&nbsp;&nbsp;&nbsp;</p>')
    side = _rel(rng, others, 5, lambda t, dd: f'<li><a>{t}</a><em>{dd}</em></li>')
    body = (f'<div class="top"><img src="/images/bn_top.jpg"><div class="weather">今天是：<script>showdate()</script></div></div>'
            f'<div class="menu"><a>首页</a><a>机构概况</a><a>体育新闻</a><a>通知公告</a><a>全民健身</a><a>竞技体育</a><a>体育产业</a></div>'
            f'<div class="main"><div class="left"><h3>最新公告</h3><ul>{side}</ul></div><div class="right">'
            f'<div class="position">当前位置：<a>首页</a> &gt;&gt; <a>通知公告</a></div>'
            f'<div class="bt_title">{esc(art["title"])}</div>'
            f'<div class="bt_info"><span>发布时间：{y}/{int(m)}/{int(d)}</span>&nbsp;<span>来源：巴南区体育局</span>&nbsp;'
            f'<span>阅读：<b id="hits">{_n(rng, 3)}</b></span></div>'
            f'<div class="bt_content" id="zoom">' + "".join(blocks) + tail + '</div>'
            f'<div class="gxsj">更新时间：{y}-{m}-{int(d) + 3:02d} {_hms(rng)}</div>'
            f'<div class="bshare">分享到：<a>微信</a> <a>微博</a></div><div class="dygb"><a>打印</a> | <a>关闭</a></div>'
            f'<div class="sxp">上一篇：<a>{esc(others[0][0])}</a><br>下一篇：<a>{esc(others[1][0])}</a></div></div></div>'
            + _gov_foot(rng, "重庆市巴南区体育局", f"50011{_n(rng, 5)}"))
    head = f'<title>{esc(art["title"])}--巴南区体育局</title><meta name="keywords" content="乒乓球,全民健身,成绩">'
    return head, body, url


def xx_mp_bydl100(art, rng, others):
    """学校 公众号 毕业典礼 post: p09 an 编者按 box above the text, `▲` photo captions between paragraphs, a quoted
    speech and a one-line closing `青春不散场…` (body), a 文字/图片/编辑/审核 credit block, publish_time
    `YYYY年M月D日 hh:mm`; p10 `第X篇章　…` heads in coloured bars (body), a 毕业合影 photo strip, publish_time
    `YYYY-MM-DD`; 往期回顾, QR, 阅读/分享/点赞/在看 row."""
    y, m, d = _ymd(art)
    p09 = art["id"] == "p09"
    url = f"https://mp.weixin.qq.com/s?__biz={_wx_id(rng)}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 12)}&chksm={_n(rng, 8)}"
    blocks = _paras(art["body"],
                    lambda t: f'<p style="text-indent:2em;line-height:2em;"><span style="font-size:15px;font-family:微软雅黑;">{t}</span></p>',
                    head=lambda t: (f'<section style="text-align:center;margin:20px 0;"><section style="display:inline-block;background:#e8743b;'
                                    f'border-radius:20px;padding:4px 18px;"><p><span style="color:#fff;"><strong>{t}</strong></span></p></section></section>'))

    def pic(cap):
        return (f'<p style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg" data-ratio="0.66"></p>'
                f'<p style="text-align:center;"><span style="font-size:12px;color:#a0a0a0;">{cap}</span></p>')
    who = rng.sample(WHO, 4)
    if p09:
        for at, cap in ((9, "▲优秀毕业生代表合影"), (5, "▲校长致辞"), (2, "▲典礼现场")):
            blocks.insert(at, pic(cap))
        blocks.insert(0, '<section style="border:1px solid #e8743b;padding:10px 12px;margin-bottom:16px;"><p><span style="font-size:14px;color:#e8743b;">'
                         '编者按：三年前，他们怀揣梦想走进校园；三年后，他们带着收获奔赴新程。今天，让我们一起记录这个难忘的时刻。</span></p></section>')
        meta = f'{y}年{int(m)}月{int(d)}日 {_hm(rng)}'
        nick = "北碚区实验中学"
    else:
        blocks.insert(len(blocks) - 1, pic("▲2024届毕业生合影"))
        meta = f'{y}-{m}-{d}'
        nick = "北碚朝阳小学"
    credit = (f'<section style="font-size:12px;color:#888;margin-top:24px;"><p>文字：{who[0]}</p><p>图片：{who[1]}</p>'
              f'<p>编辑：{who[2]}</p><p>审核：{who[3]}</p></section>')
    rec = _rel(rng, others, 3, lambda t, dd: f'<p><a><span style="font-size:14px;color:#576b95;">{t}</span></a></p>')
    body = (f'<div id="js_article" class="rich_media"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content"><span class="rich_media_meta_nickname"><a id="js_name">{nick}</a></span>'
            f'<em id="publish_time">{meta}</em><em id="js_ip_wording_wrp">发表于重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(blocks) + credit +
            f'<section><p><strong>往期回顾</strong></p>{rec}</section>'
            f'<p style="text-align:center;"><img data-src="qrcode_{_n(rng, 4)}.jpg"></p><p style="text-align:center;"><span style="font-size:12px;">长按二维码 关注我们</span></p></div>'
            f'<div class="rich_media_tool"><span>阅读 {_n(rng, 4)}</span><span>分享</span><span>点赞 {rng.randint(30, 400)}</span><span>在看 {rng.randint(10, 120)}</span></div>'
            f'</div></div>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xb_fk100(art, rng, others):
    """县报 e-paper 第04版 副刊: p11 (GBK) the whole-page reading view: the 散文 as `<br>` `　　` lines inside one
    `<td>` with a `□ 作者` byline and an 插图 caption, then a SECOND piece of the page (a short poem with its own
    title and byline, not body) and a 征稿启事 box; p12 the phone view: `<p>` paragraphs, `文/作者`, an 作者简介
    line after the text, 分享/阅读数, 版面 swiper; both dated by the banner `YYYY年MM月DD日 星期X` (URL agrees)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.djxw.com/{'html' if p11 else 'mobile'}/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    who = rng.sample(WHO, 4)
    bm = "".join(f"<li><a>{esc(t)}</a></li>" for t in [art["title"], "小城冬夜（外一首）", "书法作品选登"])
    if p11:
        lines = [f"　　{esc(p)}" for p in art["body"]]
        lines.insert(5, f'<img src="../../../res/{y}{m}/{d}/{_n(rng, 6)}.jpg"><br><font size="2">插图　{who[1]}</font>')
        second = (f'<hr><table width="100%"><tr><td align="center"><font size="4"><b>小城冬夜（外一首）</b></font></td></tr>'
                  f'<tr><td align="center">□ {who[2]}</td></tr><tr><td align="center">'
                  '路灯把街道折成两半<br>一半给晚归的人<br>一半给落叶<br>桥下的河不说话<br>只把星光慢慢摇碎</td></tr></table>')
        body = (f'<table width="990" align="center"><tr><td><img src="../../../images/djb_logo.gif" alt="垫江日报"></td>'
                f'<td align="right">{y}年{m}月{d}日　{_week(art)}</td></tr></table>'
                f'<table width="990" align="center" class="bc"><tr><td>第04版：副刊　<a>上一版</a>　<a>下一版</a>　<a>PDF版</a>　<a>返回目录</a></td></tr></table>'
                f'<table width="990" align="center"><tr><td width="360" valign="top"><img src="../../../page/{y}{m}{d}04.jpg" usemap="#pagemap"><ul>{bm}</ul></td>'
                f'<td valign="top"><table width="100%"><tr><td class="lanmu">牡丹湖畔</td></tr>'
                f'<tr><td align="center" class="bt"><font size="5"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center">□ {who[0]}</td></tr>'
                f'<tr><td class="font6" style="line-height:28px">' + "<br>".join(lines) + f'</td></tr></table>{second}'
                '<div class="zgqs"><b>征稿启事：</b>本版长期征集散文、诗歌、小小说，稿件请发至副刊部邮箱，一经采用即付稿酬。</div>'
                f'<p>责任编辑：{who[3]}</p></td></tr></table>'
                f'<div class="foot">垫江日报社版权所有　未经许可不得转载　渝ICP备{_n(rng, 8)}号</div>')
    else:
        paras = "".join(f'<p>{esc(p)}</p>' for p in art["body"])
        body = (f'<div class="m-top"><span class="logo">垫江日报</span><span class="date">{y}年{m}月{d}日　{_week(art)}</span></div>'
                f'<div class="swiper-container"><div class="swiper-slide">01版：要闻</div><div class="swiper-slide">02版：综合</div>'
                f'<div class="swiper-slide">03版：民生</div><div class="swiper-slide active">04版：副刊</div></div>'
                f'<div class="article"><p class="yt">亲情</p><h2>{esc(art["title"])}</h2><p class="author">文/{who[0]}</p>'
                f'<div class="article-con">{paras}<p class="jj">（作者单位：垫江县第一中学）</p></div>'
                f'<div class="m-share"><span>阅读 {_n(rng, 4)}</span><a>分享</a><a>返回版面</a></div>'
                f'<div class="other"><h4>本版其他文章</h4><ul>{bm}</ul></div></div>'
                f'<div class="m-foot">垫江日报 数字报 手机版</div>')
    head = f'<title>垫江日报数字报-{esc(art["title"])}</title><meta name="viewport" content="width=device-width">'
    return head, body, url


TEMPLATES = {"wjw_zyjg100": wjw_zyjg100, "jxj_mp_cx100": jxj_mp_cx100, "xzf_ldxx100": xzf_ldxx100,
             "zxw_dfwh100": zxw_dfwh100, "tyj_ssgg100": tyj_ssgg100, "xx_mp_bydl100": xx_mp_bydl100,
             "xb_fk100": xb_fk100}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages100", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used


if __name__ == "__main__":
    main()
