"""Build the hundred-and-first saved-page set (``pages101``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 应急局/防指 portal 防汛 响应通知 and 演练 news
(``yjj_fxyj101``), a 市 科技局 公众号 科普基地 post (``kjj_mp_kp101``), a 区政府网 招商引资 签约 page on an
old table layout (``zfw_zsqy101``), a 央视网-like 地方 直播 文字实录 / 新闻 page (``ysw_zbsl101``), a 区
司法局 portal 人民调解员 名单 公示 (``sfj_tjymd101``), a 社区 公众号 反诈 讲座 post (``sq_mp_fz101``) and a
区报 e-paper 头版 with 导读 and 图片新闻 (``qb_tb101``). ``articles.txt`` holds the title, date and
reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages101/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["程晓燕", "蒋文斌", "廖思琪", "段红军", "彭玉洁", "龚建华", "罗小川", "姚丹", "付强"]
HEADS = ("一、", "二、", "三、", "四、", "五、", "坚持")


def _row(p: str) -> bool:
    """A data-table row inside the text: cells joined by single spaces, no sentence punctuation."""
    return " " in p and not any(c in p for c in "。，；：　（")


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…`` or ``坚持…，…`` without a full stop)."""
    return p.startswith(HEADS) and "。" not in p and "：" not in p


def _turn(p: str) -> str | None:
    """The speaker of an interview or live-transcript turn (``记者：``, ``主持人：``, ``周婷：``), else None."""
    q = p.split("：", 1)[0]
    return q if "：" in p and len(q) <= 10 and "，" not in q and not q[0].isdigit() and q not in (
        "时间", "地点", "参加人员", "活动时间", "参与方式", "公示时间", "联系电话", "通信地址") else None


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="4" align="center"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f"<table {attrs}><tbody>" + "".join(
        "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r.split(" ")) + "</tr>" for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, turn=None) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table, heads and turns through
    their wrappers, other lines through ``para``."""
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
    return (f'<div class="footer"><div class="flinks"><a>网站地图</a>|<a>联系我们</a>|<a>使用帮助</a>|<a>隐私声明</a></div>'
            f'<p>主办：{host}　承办：{host}办公室　</p>'
            f'<p><a>渝ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png"><a>渝公网安备 {_n(rng, 14)}号</a>　网站标识码：{code}</p>'
            f'<div class="jc"><img src="/images/jiucuo.png"></div><div class="dzjg"><img src="/images/red.png"></div>'
            f'<div class="ewm"><img src="/images/wx.jpg"><p>扫一扫在手机打开当前页</p></div></div>')


def yjj_fxyj101(art, rng, others):
    """区 应急局/防指 portal: p01 (GBK) a 防汛 Ⅳ级响应 notice: glued info spans (`发布时间：YYYY-MM-DD hh:mm`,
    来源, `<script>` 浏览次数), addressee line, bold `一、` heads and `1.` places (body), the 落款 (防指) with
    its date and an 附件 line inside the text div (not body), a 防汛小贴士 box, a later 更新时间; p02 a 演练
    news with bold 坚持… heads and a photo with `图为…` caption in the text, no visible date (meta PubDate
    and the URL), share, 相关新闻 with dates; 打印/关闭 and a government footer."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    host = "重庆市北碚区应急管理局" if p01 else "重庆市巴南区应急管理局"
    url = (f"http://www.{'beibei' if p01 else 'cqbn'}.gov.cn/bm/qyjj/zwxx_{_n(rng, 5)}/{'tzgg' if p01 else 'gzdt'}/"
           f"{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html")
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em;"><strong>{t}</strong></p>')
    if p01:
        blocks[0] = f'<p>{esc(art["body"][0])}</p>'
        info = (f'<div class="xl_info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：区应急管理局</span>'
                f'<span>浏览次数：<script>document.write("{_n(rng, 4)}")</script></span>'
                f'<span class="zh">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        tail = (f'<p style="text-align:right;">北碚区防汛抗旱指挥部</p><p style="text-align:right;">{y}年{int(m)}月{int(d)}日</p>'
                '<p>附件：<a href="./P020240618512345678901.xlsx">北碚区防汛Ⅳ级应急响应镇街责任人名单.xlsx</a></p>')
        box = ('<div class="xts"><h4>防汛小贴士</h4><p>暴雨天气尽量减少外出，远离河道、山体边坡和危旧房屋；'
               '遇险请拨打119或110求助。</p></div>'
               f'<div class="gxsj">更新时间：{y}-{m}-{int(d) + 1:02d} {_hms(rng)}</div>')
    else:
        blocks.insert(3, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                         f'<p style="text-align:center">图为消防救援人员驾驶冲锋舟转移被困“群众”。（{rng.choice(WHO)} 摄）</p>')
        info = (f'<div class="xl_info"><span>来源：巴南区应急管理局</span>&nbsp;&nbsp;<span>作者：{rng.choice(WHO)}</span>'
                f'&nbsp;&nbsp;<span class="zh">字号：<a>大</a> <a>中</a> <a>小</a></span></div>')
        tail = ""
        box = '<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>'
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>')
    body = (f'<div class="header"><div class="top"><a>无障碍</a> | <a>长者模式</a> | <a>繁體</a></div>'
            f'<div class="logo"><img src="/images/logo.png" alt="{host}"></div>'
            f'<div class="search"><input type="text" value="请输入关键字"><button>搜索</button></div></div>'
            f'<div class="nav"><ul><li>首页</li><li>机构概况</li><li>政务公开</li><li>应急管理</li><li>防灾减灾</li><li>安全生产</li><li>互动交流</li></ul></div>'
            f'<div class="dqwz">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>{"通知公告" if p01 else "工作动态"}</a></div>'
            f'<div class="xl_con"><div class="xl_tit"><h1>{esc(art["title"])}</h1></div>{info}'
            f'<div class="TRS_Editor" id="zoom">' + "".join(blocks) + tail + f'</div>{box}'
            f'<div class="dy"><a>[打印本页]</a> <a>[关闭窗口]</a></div>'
            f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, host, f"50010{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}_{"北碚区" if p01 else "巴南区"}人民政府</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="ColumnName" content="{"通知公告" if p01 else "工作动态"}">')
    if not p01:
        head += f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
    return head, body, url


def kjj_mp_kp101(art, rng, others):
    """市 科技局 公众号: p03 a 科普日 打卡 post with heads in coloured bars, `1.`…`10.` 基地 lines, 活动时间：/
    参与方式： lines and a quote (body), a 点击蓝字 banner, a `▲` caption, a QR box, 来源/编辑/审核, 往期推荐;
    publish_time `YYYY-MM-DD hh:mm`; p04 a 讲解员 interview with bold `记者：` turns and bold-name answers,
    a 人物名片 card mid-text, END, dated only by the script's ``ct``; 阅读原文/分享/点赞/在看 row."""
    y, m, d = _ymd(art)
    p03 = art["id"] == "p03"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    blocks = _paras(art["body"],
                    lambda t: f'<p style="line-height:1.75em;margin-bottom:8px;"><span style="font-size:15px;letter-spacing:1px;">{t}</span></p>',
                    head=lambda t: (f'<section style="margin:20px 0 10px;border-left:5px solid #1e6fd9;background:#eef5ff;padding:6px 10px;">'
                                    f'<p><span style="color:#1e6fd9;font-size:17px;"><strong>{t}</strong></span></p></section>'),
                    turn=lambda q, r: f'<p style="line-height:1.75em;"><strong><span style="color:#1e6fd9;">{q}：</span></strong>{r}</p>')
    img = f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></p>'
    if p03:
        blocks.insert(0, '<section style="text-align:center;"><p><span style="color:#1e6fd9;font-size:13px;">点击蓝字 关注我们</span></p></section>')
        blocks.insert(6, img + '<p style="text-align:center"><span style="font-size:12px;color:#888;">▲北碚区自然博物馆恐龙化石展厅</span></p>')
        extra = ('<section style="text-align:center;margin-top:20px;"><p><img data-src="qrcode.jpg"></p>'
                 '<p><span style="font-size:13px;">长按识别二维码 关注“重庆科技”</span></p></section>')
        meta = f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {_hm(rng)}</em>'
    else:
        blocks = [b.replace(f'<span style="font-size:15px;letter-spacing:1px;">周婷：', '<span style="font-size:15px;letter-spacing:1px;"><strong>周婷：</strong>')
                  for b in blocks]
        blocks.insert(3, '<section style="border:1px dashed #1e6fd9;padding:10px;margin:12px 0;"><p><strong>人物名片</strong></p>'
                         '<p><span style="font-size:13px;">周婷，1995年出生，生物科学专业毕业，市级科普基地讲解员，曾获全市科普讲解大赛二等奖。</span></p></section>')
        blocks.insert(1, img + '<p style="text-align:center"><span style="font-size:12px;color:#888;">▲周婷（右）为学生讲解植物细胞结构</span></p>')
        extra = '<p style="text-align:center;"><span style="font-size:12px;color:#999;">- END -</span></p>'
        meta = '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>'
    who = rng.sample(WHO, 3)
    tail = (f'<p><span style="font-size:12px;color:#888">来源：重庆科技　编辑：{who[0]}　审核：{who[1]}</span></p>')
    rec = _rel(rng, others, 3, lambda t, dd: f'<p><a><span style="color:#576b95">{t}</span></a></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n  {esc(art["title"])}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_text">{"原创" if p03 else ""}</span>'
            f'<span class="rich_media_meta_nickname"><a id="js_name">重庆科技</a></span>{meta}'
            f'<em id="js_ip_wording_wrp">发表于重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden;">' + "".join(blocks) + extra + tail +
            f'<section><p><strong>往期推荐</strong></p>{rec}</section></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span><span>点赞 {rng.randint(5, 90)}</span><span>在看 {rng.randint(1, 40)}</span></div>'
            f'<div class="rich_media_extra"><p>写留言</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";var nickname = "重庆科技";var msg_title = "{esc(art["title"])}";</script>')
    return head, body, url


def zfw_zsqy101(art, rng, others):
    """区政府网 招商引资 签约 pages on an old table layout: p05 (GBK) `<br>`-separated `　　` lines in one
    `<font>` with a `1.`…`6.` 项目 list, `发布日期：YYYY年MM月DD日` with 信息来源 and 浏览次数, a later 更新时间;
    p06 `&nbsp;`-indented `<p>`s, a 项目 table, a photo with caption, `时间：YYYY/M/D`; 相关稿件 table, 打印/
    关闭, ArticleTitle meta, 网站标识码 footer."""
    y, m, d = _ymd(art)
    p05 = art["id"] == "p05"
    host = "重庆市潼南区人民政府" if p05 else "重庆市开州区人民政府"
    url = f"http://www.{'cqstn' if p05 else 'cqkz'}.gov.cn/zwxx/zsyz/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    if p05:
        text = ('<font style="font-size:12pt;line-height:200%" face="仿宋_GB2312">'
                + "<br>".join(f"　　{esc(p)}" for p in art["body"]) + "<br>&nbsp;</font>")
        info = (f'发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;信息来源：区招商投资促进局&nbsp;&nbsp;&nbsp;&nbsp;'
                f'浏览次数：<span id="hits">{_n(rng, 3)}</span>')
        upd = f'<tr><td align="right" class="gx"><font color="#888888">更新时间：{y}-{m}-{int(d) + 3:02d} {_hms(rng)}</font></td></tr>'
    else:
        blocks = _paras(art["body"], lambda t: f'<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {t}</p>')
        blocks.insert(1, f'<p align="center"><img src="/uploadfiles/{y}{m}/{_n(rng, 12)}.jpg" border="0"></p>'
                         f'<p align="center"><font color="#0000ff">签约仪式现场。（{rng.choice(WHO)} 摄）</font></p>')
        text = "".join(blocks)
        info = f'<span>时间：{y}/{int(m)}/{int(d)}</span>&nbsp;&nbsp;<span>来源：区招商局</span>&nbsp;&nbsp;<span>【<a>大</a> <a>中</a> <a>小</a>】</span>'
        upd = ""
    rel = _rel(rng, others, 5, lambda t, dd: f'<tr><td width="15">·</td><td><a>{t}</a></td><td width="90" align="right">[{dd}]</td></tr>')
    body = (f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top_banner.jpg" width="980" height="160"></td></tr>'
            f'<tr><td class="menu" background="/images/menu_bg.gif"><a>首 页</a>　<a>走进{"潼南" if p05 else "开州"}</a>　<a>政务公开</a>　<a>招商引资</a>　<a>办事服务</a>　<a>互动交流</a></td></tr></table>'
            f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td width="230" valign="top"><table width="100%"><tr><td class="lm_tit">招商引资</td></tr>'
            f'<tr><td>·<a>投资环境</a></td></tr><tr><td>·<a>招商动态</a></td></tr><tr><td>·<a>优惠政策</a></td></tr><tr><td>·<a>项目推介</a></td></tr></table></td>'
            f'<td width="10"></td><td valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">'
            f'<tr><td class="position" height="30">您现在的位置：<a>首页</a> &gt; <a>招商引资</a> &gt; <a>招商动态</a></td></tr>'
            f'<tr><td height="50" align="center" class="title"><b><font size="4">{esc(art["title"])}</font></b></td></tr>'
            f'<tr><td align="center" class="info" bgcolor="#f2f2f2">{info}</td></tr>'
            f'<tr><td class="content" id="Zoom" style="padding:10px 15px">{text}</td></tr>{upd}'
            f'<tr><td align="right"><a>【打印本页】</a>&nbsp;<a>【关闭窗口】</a></td></tr>'
            f'<tr><td><table width="100%"><tr><td colspan="3" class="xg"><b>相关稿件</b></td></tr>{rel}</table></td></tr>'
            f'</table></td></tr></table>'
            + _gov_foot(rng, host, f"50015{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}-{"潼南区" if p05 else "开州区"}人民政府网</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="SiteName" content="{host}">')
    if p05:
        head += f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
    return head, body, url


def ysw_zbsl101(art, rng, others):
    """央视网-like page: p07 a 直播 文字实录 with a 直播回放 player and viewer count above the text, bold
    `主持人：`/name turns (body), the date split over spans; p08 a 地方 news with a player, the
    `央视网消息：` opening (body), `记者：`/name turns, a 原标题 line and a 相关报道 second story after the
    text; 编辑/责任编辑, 【我要纠错】, 分享到, 相关视频, copyright footer."""
    y, m, d = _ymd(art)
    p07 = art["id"] == "p07"
    url = f"https://news.cctv.com/{y}/{m}/{d}/ARTI{_wx_id(rng)[:16]}{y[2:]}{m}{d}.shtml"
    blocks = _paras(art["body"], lambda t: f'<p>　　{t}</p>',
                    turn=lambda q, r: f'<p>　　<strong>{q}：</strong>{r}</p>')
    player = (f'<div class="video_box" id="myFlash"><div class="player">直播回放</div><span class="time">时长 01:0{rng.randint(2, 9)}:{rng.randint(10, 59)}</span>'
              f'<span class="view">{rng.randint(2, 9)}.{rng.randint(1, 9)}万人观看</span></div>' if p07 else
              f'<div class="video_box"><div class="player">[视频]</div><span>00:0{rng.randint(1, 3)}:{rng.randint(10, 59)}</span></div>')
    after = ("" if p07 else
             '<p>　　（原标题：重庆黔江土家山寨“村晚”庆丰收）</p>'
             '<div class="xgbd"><h4>相关报道</h4><p><b>重庆黔江：猕猴桃喜获丰收 果农搭上电商快车</b></p>'
             '<p>　　眼下，黔江区的猕猴桃进入采摘期，果农们忙着采摘、分拣、打包，通过电商平台将鲜果销往全国各地。</p></div>')
    who = rng.sample(WHO, 2)
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a></li>')
    body = (f'<div class="nav_top"><a>央视网</a><a>新闻</a><a>视频</a><a>直播</a><a>地方</a><a>熊猫频道</a></div>'
            f'<div class="column_wrapper"><div class="col_w660"><div class="cnt_nav"><a>首页</a> &gt; <a>{"直播" if p07 else "地方新闻"}</a> &gt; 正文</div>'
            f'<div class="title_area"><h1>{esc(art["title"])}</h1>'
            f'<div class="info1"><span class="laiyuan">来源：央视网</span> | <span class="time">{y}年{m}月{d}日</span> <span class="time2">{_hm(rng)}</span></div>'
            f'<div class="info2"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ</a></div></div>'
            f'{player}<div class="content_area" id="content_area">' + "".join(blocks) + after +
            f'</div><div class="zebian"><span>编辑：{who[0]}</span><span>责任编辑：{who[1]}</span></div>'
            f'<div class="jiucuo"><a>【我要纠错】</a></div>'
            f'<div class="xgsp"><h3>相关视频</h3><ul>{rel}</ul></div></div>'
            f'<div class="col_w300"><h3>热点新闻</h3><ul><li>{esc(others[3][0])}</li><li>{esc(others[4][0])}</li></ul></div></div>'
            f'<div class="footer"><p>央视网 版权所有　京ICP证060535号 京公网安备11000002000015号</p>'
            f'<p>本网站所刊载信息，未经授权禁止转载、摘编、复制及建立镜像。</p></div>')
    head = (f'<title>{esc(art["title"])}_新闻频道_央视网(cctv.com)</title>'
            f'<meta name="description" content="{esc(art["body"][0][:60])}"><meta name="keywords" content="重庆 {art["place"]}">')
    return head, body, url


def sfj_tjymd101(art, rng, others):
    """区 司法局 portal 公示 (GBK): an 信息公开 grid (索引号, 发布机构, 成文日期 a day before, 发布日期), a
    `发布日期：` info line with 【字号】【打印】, the 调解员 name table rows, 公示时间/联系电话/通信地址 lines
    (body), the 落款 (司法局 + 成文日期) and an 附件 line (not body), 打印/关闭, footer."""
    y, m, d = _ymd(art)
    url = f"http://www.ddk.gov.cn/bm/qsfj/zwgk_{_n(rng, 5)}/fdzdgknr/gsgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;">{t}</p>')
    grid = (f'<table class="xxgk_table" border="1"><tr><td>索引号：</td><td>11500104MB1{_n(rng, 6)}/{y}-{_n(rng, 5)}</td><td>主题分类：</td><td>司法</td></tr>'
            f'<tr><td>发布机构：</td><td>大渡口区司法局</td><td>成文日期：</td><td>{y}-{m}-{int(d) - 1:02d}</td></tr>'
            f'<tr><td>标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
            f'<tr><td>发文字号：</td><td></td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
    tail = (f'<p style="text-align:right;">大渡口区司法局</p><p style="text-align:right;">{y}年{int(m)}月{int(d) - 1}日</p>'
            '<p>附件：<a href="./P020240806395123.doc">第二批区级人民调解员基本情况表.doc</a></p>')
    body = (f'<div class="top"><img src="/images/ddk_logo.png" alt="重庆市大渡口区人民政府"></div>'
            f'<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进大渡口</a></div>'
            f'<div class="wz">当前位置：首页 &gt; 部门 &gt; 区司法局 &gt; 法定主动公开内容 &gt; 公示公告</div>{grid}'
            f'<div class="zw"><h2 class="tit">{esc(art["title"])}</h2>'
            f'<div class="xx">发布日期：{y}-{m}-{d}&nbsp;&nbsp;来源：区司法局&nbsp;&nbsp;【字号：<a>大</a> <a>中</a> <a>小</a>】&nbsp;&nbsp;<a>【打印】</a></div>'
            f'<div class="view TRS_UEDITOR trs_paper_default">' + "".join(blocks) + tail + '</div>'
            f'<div class="dy"><a>打印本页</a>　<a>关闭窗口</a></div></div>'
            + _gov_foot(rng, "重庆市大渡口区人民政府办公室", f"50010{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}_重庆市大渡口区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区司法局">')
    return head, body, url


def sq_mp_fz101(art, rng, others):
    """社区 公众号 反诈 讲座 post: publish_time `YYYY年M月D日 hh:mm`, bold 时间：/地点：/参加人员： lines, `1.`
    tips and a centred red slogan line (body), a `▲` caption, a 反诈 card (96110, APP) after the text, a
    来源/编辑/审核 line, END, QR and 阅读/分享/点赞/在看 (not body)."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s?__biz={_wx_id(rng)}==&mid={_n(rng, 10)}&idx=2&sn={_n(rng, 12)}"
    out = []
    for p in art["body"]:
        k = p.split("：", 1)[0]
        if k in ("时间", "地点", "参加人员"):
            out.append(f'<p style="line-height:2em;"><span style="font-size:15px;"><strong>{k}：</strong>{esc(p.split("：", 1)[1])}</span></p>')
        elif p.endswith("！") and len(p) < 24:
            out.append(f'<p style="text-align:center;"><strong><span style="color:#d40000;font-size:17px;">{esc(p)}</span></strong></p>')
        else:
            out.append(f'<p style="line-height:2em;text-indent:2em;"><span style="font-size:15px;">{esc(p)}</span></p>')
    out.insert(5, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/{_wx_id(rng)}/640"></p>'
                  '<p style="text-align:center"><span style="font-size:12px;color:#999;">▲民警为居民讲解诈骗案例</span></p>')
    who = rng.sample(WHO, 2)
    tail = ('<section style="background:#fff4e5;border-radius:8px;padding:10px;margin-top:16px;"><p><strong>反诈提醒</strong></p>'
            '<p><span style="font-size:13px;">全国反诈专线：96110　报警电话：110</span></p>'
            '<p><span style="font-size:13px;">下载“国家反诈中心”APP，开启来电预警功能</span></p></section>'
            f'<p><span style="font-size:12px;color:#999;">来源：桃花社区　编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<p style="text-align:center"><span style="font-size:12px;">END</span></p>'
            '<p style="text-align:center"><img data-src="qrcode.jpg"></p><p style="text-align:center"><span style="font-size:12px;">扫码关注 桃花社区</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content"><span class="rich_media_meta_nickname"><a id="js_name">长寿凤城桃花社区</a></span>'
            f'<em id="publish_time">{y}年{int(m)}月{int(d)}日 {_hm(rng)}</em><em id="js_ip_wording_wrp">发表于重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {_n(rng, 3)}</span><span>分享</span><span>点赞 {rng.randint(5, 60)}</span><span>在看 {rng.randint(1, 20)}</span></div>'
            f'</div></div>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def qb_tb101(art, rng, others):
    """区报 e-paper 头版 (第01版): the masthead date `YYYY年M月D日 星期X`, 版次 bar (上一版/下一版/PDF), 版面图
    and 本版标题 list, a 今日导读 box with 版次; the 引题 (p11) or 副题 (p12) beside the headline; the text
    as `　　` `<br>` lines in one div with the `本报讯` opening (body); p11 (GBK) a 图片新闻 block after the
    text, p12 a photo with caption inside the text; 本版编辑/校对, 上一篇/下一篇, copyright; `<title>` the
    paper's name only."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    paper = "铜梁日报" if p11 else "荣昌报"
    url = f"http://epaper.{'tlrb' if p11 else 'rcb'}.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    lines = [f"　　{esc(p)}" for p in art["body"]]
    if not p11:
        lines.insert(3, f'</div><div class="pic"><img src="../../../res/1/{y}{m}{d}/{_n(rng, 12)}.jpg"><p>图为开幕式上的夏布时装秀。'
                        f'（记者 {rng.choice(WHO)} 摄）</p></div><div class="zw">')
    text = '<div class="zw">' + "<br>".join(lines).replace("<br></div>", "</div>").replace('<div class="zw"><br>', '<div class="zw">') + "</div>"
    sub = ('<h3 class="yt">提档升级“四好农村路” 连通景区和产业基地</h3>' if p11 else "")
    sub2 = ("" if p11 else '<h2 class="ft">——40余家非遗企业和工坊参展</h2>')
    pic = ('<div class="tpxw"><h4>图片新闻</h4><img src="../../../res/1/tp.jpg"><p>1月8日，蒲吕街道一家蔬菜基地里，菜农正在采收莴笋。'
           f'（记者 {rng.choice(WHO)} 摄）</p></div>' if p11 else "")
    dd = "".join(f'<li><a>{esc(t)}</a><span>{v}</span></li>' for (t, _), v in zip(others[:4], ("2版", "3版", "4版", "4版")))
    bm = "".join(f"<li><a>{esc(t)}</a></li>" for t in [art["title"], *(o[0] for o in others[4:7])])
    who = rng.sample(WHO, 2)
    body = (f'<div class="header"><img src="../../../images/masthead.png" alt="{paper}"><span class="date">{y}年{int(m)}月{int(d)}日　{_week(art)}</span></div>'
            f'<div class="banci"><span>第01版：要闻</span>　<a>上一版</a>　<a>下一版</a>　<a href="../../../page/1/{y}-{m}/{d}/01/{y}{m}{d}01_pdf.pdf">PDF版</a>　<a>往期回顾</a></div>'
            f'<table width="1000" border="0"><tr><td width="330" valign="top"><div class="bmt"><img src="../../../page/1/{y}-{m}/{d}/01/{y}{m}{d}01_brief.jpg" usemap="#PagePicMap"></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul>{bm}</ul></div></td><td valign="top">'
            f'<div class="article">{sub}<h1 class="bt">{esc(art["title"])}</h1>{sub2}'
            f'{text}{pic}<div class="bj">本版编辑：{who[0]}　校对：{who[1]}</div>'
            f'<div class="sx"><p>上一篇：<a>{esc(others[5][0])}</a></p><p>下一篇：<a>{esc(others[6][0])}</a></p></div></div>'
            f'<div class="daodu"><h4>今日导读</h4><ul>{dd}</ul></div></td></tr></table>'
            f'<div class="copyright">{paper}社版权所有　未经授权禁止转载　渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>{paper}</title><meta name="viewport" content="width=device-width">'
    return head, body, url


TEMPLATES = {"yjj_fxyj101": yjj_fxyj101, "kjj_mp_kp101": kjj_mp_kp101, "zfw_zsqy101": zfw_zsqy101,
             "ysw_zbsl101": ysw_zbsl101, "sfj_tjymd101": sfj_tjymd101, "sq_mp_fz101": sq_mp_fz101,
             "qb_tb101": qb_tb101}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages101", TEMPLATES, lambda art: "held-apart")


if __name__ == "__main__":
    main()
