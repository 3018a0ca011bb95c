"""Build the ninety-seventh saved-page set (``pages97``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 粮食和物资储备 portal 储备粮 轮换 公告 and news
(``lsj_cblgg97``), a 市 残联 公众号 助残 就业 post (``cl_mp_zcjy97``), a 县政府网 重点项目 开工 news
with a 图集 (``xzf_xmkg97``), a 新华网-like 区县 专题 访谈 (``xhw_zt_ft97``), a 区 人防办 portal 防空
警报 试鸣 通告 (``rfb_jbsm97``), a 社区 公众号 邻里节 post with 节目 (``sq_mp_llj97``) and a 市报
e-paper 经济版 with a 数据 table and chart (``sb_jjb97``). ``articles.txt`` holds the title, date and
reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages97/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["周明辉", "蒋丽娟", "罗成", "袁小芳", "唐国庆", "彭雪", "何建平", "钟晓燕", "梁宇"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: cells joined by single spaces, no sentence punctuation."""
    return " " in p and not any(c in p for c in "。，；：　")


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…`` or a ``坚持…，推动…`` head)."""
    return (p.startswith(NUM_HEADS) and "。" not in p) or (p.startswith("坚持") and len(p) < 20)


def _turn(p: str) -> bool:
    """A question turn of an interview or Q&A (``记者：``/``问：``)."""
    return p.startswith(("记者：", "问："))


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows, cls="") -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f'<table {cls}border="1" cellspacing="0" cellpadding="0" width="100%"><tbody>' + "".join(
        "<tr>" + "".join(f'<td style="border:1px solid #000"><p align="center"><span>{esc(c)}</span></p></td>'
                         for c in r.split(" ")) + "</tr>" for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, turn=None) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table, heads and turns marked
    by the given wrappers, other lines through ``para``."""
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


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="footer"><div class="w1200"><p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a></p>'
            f'<p>主办：{host}　承办：{host}办公室　联系电话：023-{_n(rng, 8)}</p>'
            f'<p><a>渝ICP备{_n(rng, 8)}号</a>&nbsp;&nbsp;<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：{code}</p>'
            f'<span class="jiucuo"><img src="/images/jiucuo.png"></span><div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div></div></div>')


def lsj_cblgg97(art, rng, others):
    """区 粮食和物资储备 portal: p01 (GBK) a 储备粮 轮换 公告 with a 信息公开 grid (生成日期 two days
    earlier), glued info spans with a `<script>` counter, `一、` heads, a 库点 table, `1.` items, the
    落款 and its date, a 附件 line and a later 更新时间; p02 a 储粮 news dated only by
    `<meta name="PubDate">` and the URL, a photo with caption, 相关阅读 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.cqyc.gov.cn/bm/qlsj/zwgk_{'tzgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em"><strong>{t}</strong></p>')
    host = "重庆市永川区粮食和物资储备中心"
    if p01:
        grid = (f'<table class="xxgk"><tr><td>索 引 号：</td><td>11500118MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td><td>主题分类：</td><td>粮食储备</td></tr>'
                f'<tr><td>发布机构：</td><td>区粮食和物资储备中心</td><td>生成日期：</td><td>{y}-{m}-{int(d) - 2:02d}</td></tr>'
                f'<tr><td>标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
        info = (f'<div class="info"><span>发布时间：{y}/{int(m)}/{int(d)} {_hm(rng)}</span><span>来源：区粮食和物资储备中心</span>'
                f'<span>浏览次数：<script>document.write("{_n(rng, 3)}")</script></span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = (f'<p style="text-indent:2em">附件：<a href="/u/cms/{y}{m}/{_n(rng, 9)}.docx">区级储备粮轮换竞买须知.docx</a></p>'
                f'<p style="text-align:right">{host}</p><p style="text-align:right">{y}年{int(m)}月{int(d) - 1}日</p>')
        upd = f'<div class="gxsj">更新时间：{y}-{m}-{int(d) + 3:02d} {_hms(rng)}</div>'
    else:
        grid = ""
        blocks.insert(2, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                         f'<p style="text-align:center;font-family:楷体">图为改造后的12号仓粮温监测系统。（{rng.choice(WHO)} 摄）</p>')
        info = (f'<div class="info"><span>来源：永川日报</span>&nbsp;&nbsp;&nbsp;<span>作者：{rng.choice(WHO)}</span>&nbsp;&nbsp;&nbsp;'
                f'<span>字号：<a>大</a> <a>中</a> <a>小</a></span>&nbsp;&nbsp;&nbsp;<span class="fx">分享到：<a>微信</a><a>微博</a></span></div>')
        tail, upd = "", ""
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>')
    body = (f'<div class="header"><img src="/images/banner_lsj.jpg" alt="{host}"><div class="search"><input type="text" value="请输入关键字"><a>搜索</a></div></div>'
            f'<div class="nav"><ul><li>首页</li><li>机构概况</li><li>政务公开</li><li>粮食安全</li><li>物资储备</li><li>互动交流</li></ul></div>'
            f'<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>{"通知公告" if p01 else "工作动态"}</a></div>'
            f'<div class="xl_con">{grid}<div class="xl_title"><h2>{esc(art["title"])}</h2>{info}</div>'
            f'<div class="view TRS_UEDITOR trs_paper_default trs_web">' + "".join(blocks) + tail + f'</div>{upd}'
            f'<div class="dy"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>'
            f'<div class="xgyd"><h4>相关阅读</h4><ul>{rel}</ul></div></div>' + _gov_foot(rng, host, f"50011800{_n(rng, 2)}"))
    head = (f'<title>{esc(art["title"])}_{host}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="ColumnName" content="{"通知公告" if p01 else "工作动态"}"><meta name="SiteName" content="永川区粮食和物资储备中心">')
    if not p01:
        head += f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="永川日报">'
    return head, body, url


def _wx(art, rng, meta, blocks, tail, nick):
    """A WeChat article page around the text blocks: account, publish line, text, tail, reading row."""
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{nick}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{nick}</a></span>{meta}</div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden;">' + "".join(blocks) + tail +
            f'</div><div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span class="like">赞 {rng.randint(10, 99)}</span><span>分享</span><span>在看 {rng.randint(3, 40)}</span></div>'
            f'<div class="rich_media_extra"><div id="js_cmt_area"><p>写留言</p></div></div></div></div></div>')
    return body


def cl_mp_zcjy97(art, rng, others):
    """市 残联 公众号: p03 an interview post (publish_time `YYYY-MM-DD hh:mm`) with an 编者按 box and a
    人物名片 card above the text, bold `问：` turns and name answers, `▲` captions, 时间：/地点： items;
    p04 a 培训 post with an empty publish_time (dated by the script's ct), `1.` items, a one-line
    paragraph; both with 来源/编辑/审核, 推荐阅读, 阅读原文/赞/在看."""
    p03 = art["id"] == "p03"
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHJKMNPQRSTUVWXYZabcdefhijkmnpqrstuvwxyz0123456789') for _ in range(22))}"
    sec = lambda t: f'<section style="margin:0 16px;line-height:1.75em"><span style="font-size:15px;color:#3f3f3f">{t}</span></section>'
    blocks = _paras(art["body"], sec, turn=lambda q, r: f'<section style="margin:0 16px"><strong><span style="color:#0052a3">{q}：{r}</span></strong></section>')
    pic = (f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 12)}/640?wx_fmt=jpeg" class="rich_pages wxw-img"></section>'
           f'<section style="text-align:center"><span style="font-size:12px;color:#888">▲{"冉立新在包装线上工作" if p03 else "学员在培训基地练习直播带货"}</span></section>')
    blocks.insert(4 if p03 else 3, pic)
    if p03:
        meta = f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {_hm(rng)}</em>'
        top = ('<section style="border:1px dashed #0052a3;padding:10px;margin:10px 16px"><p><strong>编者按</strong></p>'
               '<p>就业是最大的民生。本期“自强之星”栏目，我们走近一名在流水线上找到自己位置的听障青年。</p></section>'
               '<section style="background:#eef4fb;padding:8px 16px"><p><strong>人物名片</strong></p><p>冉立新，27岁，听力二级残疾，涪陵某食品企业包装车间班组长</p></section>')
        blocks.insert(0, top)
    else:
        meta = '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>'
    rec = "".join(f'<p><a>{esc(t)}</a></p>' for t, _ in rng.sample(others, 3))
    tail = (f'<section style="margin:20px 16px;font-size:12px;color:#999"><p>来源：市残联就业服务指导中心</p>'
            f'<p>编辑：{rng.choice(WHO)}　审核：{rng.choice(WHO)}</p></section>'
            f'<section><p style="text-align:center">推荐阅读</p>{rec}</section>'
            '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr.jpg"><p>长按识别二维码 关注我们</p></section>')
    body = _wx(art, rng, meta, blocks, tail, "涪陵残联") + f'<script>var ct = "{_epoch(art, _hm(rng))}";var nickname = "涪陵残联";</script>'
    return f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">', body, url


def xzf_xmkg97(art, rng, others):
    """县政府网 重点项目 news: p05 (GBK) on an old table layout, `<br>`-separated `　　` paragraphs in
    one `<font>`, `坚持…` heads in `<b>`, `1.` project items, `日期：YYYY年MM月DD日` beside 来源 and 字体;
    p06 a `【图集】` page: a picture viewer (1/4, 上一张/下一张) with captions above the text,
    `发布日期：YYYY-MM-DD hh:mm`, 责任编辑, 相关图集."""
    y, m, d = _ymd(art)
    p05 = art["id"] == "p05"
    url = f"http://www.cqwx.gov.cn/zwxx_{'jrwx' if p05 else 'tpxw'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    if p05:
        text = "<br>".join((f"　　<b>{esc(p)}</b>" if _head(p) else f"　　{esc(p)}") for p in art["body"])
        body = (f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top_banner.jpg"></td></tr>'
                f'<tr><td class="nav"><a>首页</a>｜<a>走进巫溪</a>｜<a>政务公开</a>｜<a>今日巫溪</a>｜<a>政务服务</a>｜<a>互动交流</a></td></tr></table>'
                f'<table width="1000" align="center"><tr><td class="wz">您现在的位置：<a>首页</a> &gt;&gt; <a>今日巫溪</a></td></tr></table>'
                f'<table width="1000" align="center" class="bk"><tr><td align="center"><font color="#C00000" size="5"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="hui">日期：{y}年{m}月{d}日&nbsp;&nbsp;来源：县发展改革委&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td height="1" bgcolor="#cccccc"></td></tr><tr><td class="zw"><font style="font-size:16px;line-height:30px">{text}</font></td></tr>'
                f'<tr><td align="right">（责任编辑：{rng.choice(WHO)}）</td></tr>'
                f'<tr><td align="center"><a>打印本页</a>&nbsp;&nbsp;<a>关闭窗口</a></td></tr></table>'
                f'<table width="1000" align="center"><tr><td class="bt">相关信息</td></tr>' +
                _rel(rng, others, 4, lambda t, dd: f'<tr><td>·<a>{t}</a></td><td width="90">{dd}</td></tr>') + '</table>'
                f'<table width="1000" align="center" class="foot"><tr><td>巫溪县人民政府办公室主办　版权所有<br>渝ICP备{_n(rng, 8)}号　网站标识码：{_n(rng, 10)}<br>'
                f'建议使用1024×768分辨率浏览</td></tr></table>')
    else:
        caps = ["开工现场，挖掘机在文峰镇段作业。", "施工人员进行路基测量放样。", "改造工程效果图。", "沿线群众观看开工仪式。"]
        imgs = "".join(f'<li><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg"><p class="tjsm">{c}（{rng.choice(WHO)} 摄）</p></li>' for c in caps)
        text = "".join(f'<p>　　{esc(p)}</p>' for p in art["body"])
        body = (f'<div class="head"><img src="/images/logo.png" alt="巫溪县人民政府"></div>'
                f'<div class="nav">首页 政务公开 今日巫溪 图片新闻 政务服务 互动交流</div>'
                f'<div class="position">当前位置：<a>首页</a> &gt; <a>今日巫溪</a> &gt; <a>图片新闻</a></div>'
                f'<div class="main"><div class="bt_title">{esc(art["title"])}</div>'
                f'<div class="bt_time"><span>发布日期：{y}-{m}-{d} {_hm(rng)}</span><span>来源：县交通局</span><span>浏览量：<em id="hits">{_n(rng, 3)}</em></span></div>'
                f'<div class="tuji"><div class="tj_btn"><a>上一张</a><span>1/{len(caps)}</span><a>下一张</a><a>播放</a></div><ul class="tj_list">{imgs}</ul></div>'
                f'<div class="bt_content">{text}</div>'
                f'<div class="zrbj">【责任编辑：{rng.choice(WHO)}】</div><div class="share">分享：<a>微信</a><a>微博</a><a>QQ</a></div>'
                f'<div class="xgtj"><h3>相关图集</h3><ul>' + _rel(rng, others, 3, lambda t, dd: f'<li><img src="/tj.jpg"><p>{t}</p></li>') +
                '</ul></div></div>' + _gov_foot(rng, "巫溪县人民政府办公室", f"50023800{_n(rng, 2)}"))
    head = f'<title>{esc(art["title"])}-巫溪县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
    return head, body, url


def xhw_zt_ft97(art, rng, others):
    """新华网-like 区县 专题 访谈: the 专题 banner and its 导读 box, `YYYY-MM-DD hh:mm:ss 来源：新华网`, an
    编者按 note above the text, a video player, bold `记者：` turns and name answers, `一是…` lines,
    a 访谈嘉宾 card after the text, `【纠错】`, `责任编辑`, 相关稿件, copyright footer."""
    y, m, d = _ymd(art)
    url = f"http://www.cq.xinhuanet.com/{y}-{m}/{d}/c_{_n(rng, 10)}.htm"
    blocks = _paras(art["body"], lambda t: f'<p>　　{t}</p>', turn=lambda q, r: f'<p>　　<strong>{q}：{r}</strong></p>')
    blocks.insert(2, f'<div class="video-box"><video src="http://vod.xinhuanet.com/{_n(rng, 9)}.mp4" controls></video>'
                     '<p class="vcap">视频：铜梁龙舞表演（资料）</p></div>')
    body = (f'<div class="topbar"><a>新华网</a> | <a>重庆频道</a> | <a>登录</a></div>'
            f'<div class="zt-banner"><img src="/zt/tlls/banner.jpg"><div class="zt-nav"><a>专题首页</a><a>龙乡访谈</a><a>图说龙乡</a><a>视频</a></div></div>'
            f'<div class="dd"><b>导读</b><p>非遗如何活起来？铜梁给出了自己的答案。</p></div>'
            f'<div class="header-cont clearfix"><div class="h-title">{esc(art["title"])}</div>'
            f'<div class="h-info"><span class="h-time">{y}-{m}-{d} {_hms(rng)}</span><span>来源：新华网</span></div>'
            f'<div class="pageShare">分享到：<a>微信</a><a>微博</a><a>+</a></div></div>'
            f'<div id="detail"><div class="bjan"><p><strong>编者按：</strong>为展现区县特色产业发展成效，新华网重庆频道推出“区县访谈”系列，本期走进铜梁。</p></div>'
            + "".join(blocks) +
            f'<div class="guest"><p><b>访谈嘉宾</b>　何永刚　铜梁区有关负责人</p></div></div>'
            f'<div class="jiucuo">【纠错】</div><div class="editor">【责任编辑:{rng.choice(WHO)} 】</div>'
            f'<div class="xgdj"><h3>相关稿件</h3><ul>' + _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>') + '</ul></div>'
            f'<div class="foot">Copyright © 2000-{y} XINHUANET.com All Rights Reserved.<br>制作单位：新华网股份有限公司　版权所有　新华网股份有限公司</div>')
    return f'<title>{esc(art["title"])}-新华网</title><meta name="description" content="{esc(art["body"][0][:60])}">', body, url


def rfb_jbsm97(art, rng, others):
    """区 人防办 portal (GBK): a 防空警报 试鸣 通告 with a 信息公开 grid (成文日期 five days earlier,
    发布日期), `发布日期：YYYY年MM月DD日` info line, `一、` heads, `1.` signal items, the 落款 (区人民政府
    + 年月日) and `（此件公开发布）` after the text, a 附件 image link, 扫一扫 footer."""
    y, m, d = _ymd(art)
    url = f"http://www.ddk.gov.cn/bm/qrfb/zwgk_{_n(rng, 5)}/fdzdgknr/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;line-height:1.8">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em"><span style="font-family:黑体">{t}</span></p>')
    grid = (f'<div class="zwxl-table"><table><tr><td><b>[ 索引号 ]</b></td><td>11500104{_n(rng, 6)}/{y}-{_n(rng, 5)}</td><td><b>[ 发文字号 ]</b></td><td>大渡口府发〔{y}〕{rng.randint(10, 40)}号</td></tr>'
            f'<tr><td><b>[ 主题分类 ]</b></td><td>国防动员</td><td><b>[ 发文机关 ]</b></td><td>大渡口区人民政府</td></tr>'
            f'<tr><td><b>[ 成文日期 ]</b></td><td>{y}-{m}-{int(d) - 5:02d}</td><td><b>[ 发布日期 ]</b></td><td>{y}-{m}-{d}</td></tr></table></div>')
    tail = (f'<p style="text-align:right">大渡口区人民政府</p><p style="text-align:right">{y}年{int(m)}月{int(d) - 5}日</p>'
            f'<p style="text-indent:2em">（此件公开发布）</p>'
            f'<p>附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.jpg">防空警报信号示意图</a></p>')
    body = (f'<div class="top"><div class="w"><span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span><a>无障碍</a><a>长者模式</a></div></div>'
            f'<div class="logo"><img src="/images/ddk_logo.png" alt="重庆市大渡口区人民防空办公室"></div>'
            f'<div class="menu"><a>首页</a><a>机构职能</a><a>人防动态</a><a>政务公开</a><a>人防工程</a><a>宣传教育</a></div>'
            f'<div class="location">您所在的位置：<a>首页</a>-<a>政务公开</a>-<a>通知公告</a></div>'
            f'<div class="zwxl-article">{grid}<h1 class="zwxl-title">{esc(art["title"])}</h1>'
            f'<div class="zwxl-info"><span>发布日期：{y}年{m}月{d}日</span>&nbsp;&nbsp;<span>字号：[ <a>大</a> <a>中</a> <a>小</a> ]</span>'
            f'&nbsp;&nbsp;<span>打印本页</span>&nbsp;&nbsp;<span>关闭</span></div>'
            f'<div class="zwxl-content"><div class="TRS_Editor">' + "".join(blocks) + tail + '</div></div>'
            f'<div class="zwxl-ewm"><img src="/images/wap.png"><p>扫一扫在手机上查看当前页面</p></div>'
            f'<div class="zwxl-rel"><h4>相关文章</h4><ul>' + _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>') +
            '</ul></div></div>' + _gov_foot(rng, "重庆市大渡口区人民防空办公室", f"50010400{_n(rng, 2)}"))
    head = (f'<title>{esc(art["title"])}_重庆市大渡口区人民防空办公室</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="大渡口区人防办">')
    return head, body, url


def sq_mp_llj97(art, rng, others):
    """社区 公众号 邻里节: p09 an announcement post (publish_time `YYYY年M月D日 hh:mm`) with a salutation,
    时间：/地点： items and a `1.` 节目单 (body), a 温馨提示 box and an 活动海报 image; p10 a report
    (publish_time `YYYY-MM-DD`) with `▲` captions; emoji ornaments, 编辑/审核, QR, 阅读/在看."""
    y, m, d = _ymd(art)
    p09 = art["id"] == "p09"
    url = f"https://mp.weixin.qq.com/s?__biz=MzI{_n(rng, 9)}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 12)}"
    sec = lambda t: f'<p style="margin:0 8px;text-align:justify"><span style="font-size:15px">{t}</span></p>'
    blocks = _paras(art["body"], sec)
    orn = '<p style="text-align:center"><span>🏮 🏮 🏮</span></p>'
    if p09:
        meta = f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {_hm(rng)}</em>'
        blocks.insert(5, orn)
        blocks.insert(0, '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/poster.jpg"></p>'
                         '<p style="text-align:center"><span style="font-size:12px;color:#999">活动海报</span></p>')
        box = ('<section style="background:#fff3e0;padding:10px;margin:10px 8px"><p>💡温馨提示</p>'
               '<p>请大家自带座椅，文明观演；如遇下雨，活动顺延，具体时间另行通知。</p></section>')
    else:
        meta = f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d}</em>'
        for i, c in ((7, "▲居民共享“百家宴”"), (3, "▲楼栋长表演三句半")):
            blocks.insert(i, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/{_n(rng, 10)}.jpg"></p>'
                             f'<p style="text-align:center"><span style="font-size:12px;color:#999">{c}</span></p>')
        box = orn
    tail = (box + f'<p style="text-align:center">— END —</p><p><span style="font-size:12px;color:#999">编辑：{rng.choice(WHO)}　审核：{rng.choice(WHO)}</span></p>'
            '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr2.jpg"></p><p style="text-align:center">金阳社区 · 你身边的暖心管家</p>')
    body = _wx(art, rng, meta, blocks, tail, "金阳社区发布") + f'<script>var ct = "{_epoch(art, _hm(rng))}";</script>'
    return f'<title>{esc(art["title"])}</title>', body, url


def sb_jjb97(art, rng, others):
    """市报 e-paper 经济版: banner `YYYY年M月D日 星期X`, 版次 selector (上一版/下一版/PDF), 版面 list;
    p11 (GBK) a 数读 kicker, the text as `　　` lines joined by `<br>` with a 行业 table in the middle,
    a 数据图表 image with its 制图 credit, 本版编辑; p12 a second-article page with `<p>` paragraphs,
    a 链接 box after the text and 上一篇/下一篇; `<title>` the paper's name only."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.cqsb.cn/html/{y}-{m}/{d}/content_{y}{m}{d}_{_n(rng, 6)}.htm"
    if p11:
        parts, lines, rows = [], [], []
        for p in art["body"] + [None]:
            if p is not None and _row(p):
                rows.append(p)
                continue
            if rows:
                parts.append("<br>".join(lines) + "<br>" + _table(rows, 'class="sjb" '))
                lines, rows = [], []
            if p is None:
                break
            lines.append(f"　　{esc(p)}")
        parts.append("<br>".join(lines))
        text = "".join(parts)
        extra = (f'<p align="center"><img src="../../../res/1/{y}{m}{d}/{_n(rng, 10)}.jpg"></p>'
                 f'<p align="center">前三季度全市规上工业增加值累计增速　制图：{rng.choice(WHO)}</p>')
        kick, yt = '<p class="lm">数读</p>', '<p class="yt">汽车产业表现突出，新能源汽车产量增长超过一倍</p>'
    else:
        text = "".join(f"<p>　　{esc(p)}</p>" for p in art["body"])
        extra = ('<div class="lj"><p><b>■链接</b></p><p>“五定”班轮：指定点、定线、定时、定班、定价的集装箱班轮运输服务。</p></div>')
        kick, yt = "", ""
    bm = "".join(f"<li><a>{esc(t)}</a></li>" for t in [art["title"], *(o[0] for o in others[:3])])
    body = (f'<div class="epaper_top"><img src="../../../images/logo.jpg" alt="重庆市报"><span class="rq">{y}年{int(m)}月{int(d)}日　{_week(art)}</span></div>'
            f'<div class="bcbar"><span>第06版：经济</span>&nbsp;&nbsp;<a>上一版</a>&nbsp;&nbsp;<a>下一版</a>&nbsp;&nbsp;'
            f'<a href="../../../page/{y}-{m}/{d}/06/{y}{m}{d}06_pdf.pdf">PDF版</a>&nbsp;&nbsp;<a>版面导航</a></div>'
            f'<table width="100%"><tr><td width="320" valign="top"><img src="../../../page/{y}-{m}/{d}/06/P{y}{m}{d}06.jpg" usemap="#pagepicmap">'
            f'<div class="bmlb"><p>本版标题导航</p><ul>{bm}</ul></div></td><td valign="top"><div class="article">'
            f'{kick}{yt}<h1>{esc(art["title"])}</h1><div class="founder-content" id="ozoom">{text}</div>{extra}'
            f'<p class="bj">本版编辑：{rng.choice(WHO)}　美编：{rng.choice(WHO)}</p>'
            f'<div class="sxp"><a>上一篇</a>　<a>下一篇</a></div></div></td></tr></table>'
            f'<div class="foot">重庆市报社版权所有　未经授权禁止复制或建立镜像　渝ICP备{_n(rng, 8)}号</div>')
    return '<title>重庆市报</title><meta name="keywords" content="经济">', body, url


TEMPLATES = {"lsj_cblgg97": lsj_cblgg97, "cl_mp_zcjy97": cl_mp_zcjy97, "xzf_xmkg97": xzf_xmkg97,
             "xhw_zt_ft97": xhw_zt_ft97, "rfb_jbsm97": rfb_jbsm97, "sq_mp_llj97": sq_mp_llj97,
             "sb_jjb97": sb_jjb97}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages97", TEMPLATES, lambda art: "held-apart")


if __name__ == "__main__":
    main()
