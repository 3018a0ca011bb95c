"""Build the hundred-and-eleventh saved-page set (``pages111``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 经信委 portal 技改 补助 公示 with a 名单 table and
技改 news (``jxw_jggs111``), a 区 博物馆 公众号 展览 导览 post with 问： turns (``bwg_mp_dl111``), a 县
政府网 防灾减灾日 news with an in-text 图集 and a 宣传周 部署 page (``xzf_fzjz111``), 中新网-like 地方
经济 快讯 (a desktop page with a video, a phone page with 记者： turns; ``zxw_kx111``), a 区 规划自然资源局
portal 用地 批前公示 and 巡查 news (``ghzy_pqgs111``), a 街道 公众号 消防 演练 post (``jd_mp_xfyl111``) and
a 党报 e-paper 要闻版 on an old table layout with a 评论员文章 and a 短评 (``db_ywb111``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages111/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["冉小兵", "周婧", "杨帆", "谭德明", "龚晓雪", "熊伟", "向倩", "黎明辉", "付佳"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs, cell="td", wrap=lambda c: c) -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; the first row
    through ``cell``; every cell's text through ``wrap``, as Word-pasted tables nest it)."""
    out = []
    for i, r in enumerate(rows):
        tag = cell if i == 0 else "td"
        out.append("<tr>" + "".join(f'<{tag} valign="middle">{wrap(esc(c))}</{tag}>' for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, table=None, special=None) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one ``table(rows)``, ``special(p)``
    (when it gives markup) first, numbered heads through ``head``, other lines through ``para``."""
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and table and _row(p):
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


def _gov_foot(rng, host: str, code: str, org: str) -> str:
    return (f'<div class="foot"><div class="foot-links"><a>网站地图</a><a>关于本网</a><a>联系我们</a><a>隐私声明</a></div>'
            f'<p>主办：{host}　承办：{org}　地址：重庆市　邮编：40{_n(rng, 4)}</p>'
            f'<p>网站标识码：{code}　<a>渝ICP备{_n(rng, 8)}号</a>　渝公网安备 {_n(rng, 14)}号</p>'
            f'<div class="foot-icons"><img src="/images/dzjg.png" alt="党政机关"><img src="/images/jiucuo.png" alt="政府网站找错"></div></div>')


def jxw_jggs111(art, rng, others):
    """区 经信委 portal (``zw_`` classes): p01 (GBK) a 技改 补助 公示 with info spans glued together
    (``发布日期：YYYY-MM-DD``, 信息来源, 浏览次数 ``<script>``), a ``【字体：大 中 小】`` bar, a Word-pasted
    名单 table (``<p class=MsoNormal>`` in every cell), 公示时间/联系 lines (body), a 落款 + date and two
    附件 lines (not body), a 相关链接 box; p02 a 技改 news page dated ``YYYY年MM月DD日 hh:mm`` with bold
    ``坚持…，推动…`` heads, a photo + caption inside the text, a 来源：大足日报 line and 责任编辑 (not body)."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    col = "tzgg" if p01 else "gzdt"
    url = f"http://www.dazu.gov.cn/bm/qjxw/zwgk_{_n(rng, 5)}/{col}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    if p01:
        blocks = _blocks(art["body"], lambda t: f'<p class="MsoNormal" style="text-indent:2em">　　<span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>',
                         table=lambda rows: _table(rows, 'class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="640" style="border-collapse:collapse"',
                                                   wrap=lambda c: f'<p class="MsoNormal" align="center"><span style="font-size:12pt">{c}</span></p>'))
        tail = (f'<p class="MsoNormal" style="text-align:right">&nbsp;</p>'
                f'<p class="MsoNormal" style="text-align:right"><span style="font-family:仿宋_GB2312;font-size:16pt">重庆市大足区经济和信息化委员会</span></p>'
                f'<p class="MsoNormal" style="text-align:right"><span style="font-family:仿宋_GB2312;font-size:16pt">{y}年{int(m)}月{int(d)}日</span></p>'
                f'<div class="fj"><p>附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.xlsx">1.2024年度工业企业技术改造专项补助拟支持项目汇总表.xlsx</a></p>'
                f'<p><a href="./P0{y}{m}{d}{_n(rng, 6)}.pdf">2.大足区工业企业技术改造专项资金管理办法.pdf</a></p></div>')
        info = (f'<span>发布日期：{y}-{m}-{d}</span><span>信息来源：区经济信息委</span>'
                f'<span>浏览次数：<script>document.write("{_n(rng, 3)}");</script></span>'
                f'<span class="zt">【字体：<a>大</a> <a>中</a> <a>小</a>】</span>')
        extra = ('<div class="xglj"><h4>相关链接</h4><ul>'
                 + _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a></li>') + '</ul></div>')
    else:
        def special(p):
            if p.startswith("坚持") and "，" in p and not p.endswith("。"):
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>', special=special)
        blocks.insert(7, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600" alt=""></p>'
                         f'<p style="text-align:center"><span style="font-family:楷体">龙水镇一家刀具企业的智能化生产线。（{who[0]}　摄）</span></p>')
        tail = (f'<p style="text-indent:2em">&nbsp;</p><p class="ly">来源：大足日报</p>')
        info = (f'<span>发布时间：{y}年{m}月{d}日 {_hm(rng)}</span>&nbsp;&nbsp;<span>来源：大足日报</span>&nbsp;&nbsp;'
                f'<span>作者：{who[0]}</span>&nbsp;&nbsp;<span class="zt">【字体：<a>大</a> <a>中</a> <a>小</a>】</span>')
        extra = f'<div class="zrbj">【责任编辑：{who[1]}】</div>'
    body = (f'<div class="zw-top"><div class="w1200"><span>{y}年{int(m)}月{int(d)}日 {_week(art)}</span><a>无障碍浏览</a><a>English</a></div></div>'
            f'<div class="zw-header"><img src="/images/jxw_logo.png" alt="重庆市大足区经济和信息化委员会"></div>'
            f'<div class="zw-nav"><a>首页</a><a>机构概况</a><a>政务公开</a><a>政策文件</a><a>工业经济</a><a>企业服务</a><a>互动交流</a></div>'
            f'<div class="zw-pos">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>{"通知公告" if p01 else "工作动态"}</a></div>'
            f'<div class="zw-main"><div class="zw-tit"><h1>{esc(art["title"])}</h1></div><div class="zw-info">{info}</div>'
            f'<div class="zw-con" id="zoom"><div class="TRS_Editor">' + "".join(blocks) + tail + f'</div></div>{extra}'
            f'<div class="zw-share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>'
            f'<div class="zw-btn"><a href="javascript:window.print()">打印本页</a><a href="javascript:window.close()">关闭窗口</a></div></div>'
            + _gov_foot(rng, "重庆市大足区人民政府办公室", f"500111{_n(rng, 4)}", "重庆市大足区经济和信息化委员会"))
    head = (f'<title>{esc(art["title"])}_大足区经济和信息化委员会</title><meta name="SiteName" content="重庆市大足区人民政府">'
            f'<meta name="ColumnName" content="{"通知公告" if p01 else "工作动态"}"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="{"区经济信息委" if p01 else "大足日报"}">')
    return head, body, url


def bwg_mp_dl111(art, rng, others):
    """区 博物馆 公众号 展览 导览 post: a ``点击蓝字关注我们`` banner and an 听全文 audio bar, ``publish_time``
    ``YYYY-MM-DD hh:mm``; a boxed 展览信息 head with 时间/地点/开放时间 lines, 第X单元 heads in ornament
    sections, bold ``问：`` turns and ``陈晓蕾：`` answers (body); ▲ captions, a 预约参观 tip box, a
    文字/图片/编辑/审核 credit block, 往期推荐, 阅读原文 and the counters (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 4)

    def special(p):
        if p == "展览信息":
            return ('<section style="margin:24px auto 12px;width:60%;border-top:2px solid #8b5a2b;border-bottom:2px solid #8b5a2b;text-align:center">'
                    f'<p style="padding:6px 0"><strong><span style="color:#8b5a2b;font-size:17px;letter-spacing:2px">{esc(p)}</span></strong></p></section>')
        if p.startswith("第") and "单元　" in p:
            no, name = p.split("　", 1)
            return ('<section style="margin:20px 0 10px;text-align:center"><section style="display:inline-block;border:1px solid #8b5a2b;padding:4px 14px">'
                    f'<p><span style="font-size:13px;color:#8b5a2b">{esc(no)}</span>　<strong><span style="font-size:17px">{esc(name)}</span></strong></p></section></section>')
        if p.startswith("问："):
            return f'<p style="line-height:1.75em"><strong><span style="font-size:15px;color:#8b5a2b">{esc(p)}</span></strong></p>'
        if p.startswith("陈晓蕾："):
            return f'<p style="line-height:1.75em"><span style="font-size:15px"><strong>陈晓蕾：</strong>{esc(p[4:])}</span></p>'
        if p.startswith(("展览时间：", "展览地点：", "开放时间：")):
            k, v = p.split("：", 1)
            return f'<p style="text-align:center;line-height:2em"><span style="font-size:15px"><strong>{esc(k)}：</strong>{esc(v)}</span></p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p style="line-height:1.75em;margin-bottom:12px"><span style="font-size:15px;color:#333">{x}</span></p>',
                     special=special)
    pics = ["▲清代木质船模", "▲旧城门牌和移民搬迁证", "▲观众在沙盘前寻找老街位置"]
    for at, cap in sorted(zip((9, 11, 13), pics), reverse=True):  # after each unit's text; last first keeps indices
        blocks.insert(at, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg" class="rich_pages wxw-img"></p>'
                          f'<p style="text-align:center"><span style="font-size:12px;color:#999">{esc(cap)}</span></p>')
    top = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/top/640?wx_fmt=gif"></section>'
           '<p style="text-align:center"><span style="font-size:12px;color:#8b5a2b">点击蓝字　关注我们</span></p>')
    tip = ('<section style="background:#f7f1ea;border-radius:6px;padding:12px 14px;margin:20px 0"><p><strong><span style="color:#8b5a2b">预约参观</span></strong></p>'
           '<p><span style="font-size:14px">本展览免费开放，观众可通过本公众号菜单栏“参观预约”提前预约，每日限额2000人。团体参观请提前三天致电023-58221046。</span></p></section>')
    tail = (f'<section style="margin-top:24px;font-size:12px;color:#999"><p>文字：{who[0]}</p><p>图片：{who[1]}</p>'
            f'<p>编辑：{who[2]}　审核：{who[3]}</p></section>'
            '<section><p style="text-align:center"><strong>往期推荐</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px">● {tt}</span></p>') + '</section>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">万州区博物馆　|　文物有故事</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">万州区博物馆</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">万州博物馆</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">发表于重庆</em></div>'
            f'<div id="js_audio_container"><mpvoice name="听全文" play_length="{rng.randint(200, 400)}"></mpvoice><span>听全文</span></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{top}' + "".join(blocks) + tip + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(1000, 9000)}</span>'
            f'<a>分享</a><a>收藏</a><a>点赞 {rng.randint(20, 300)}</a><a>在看 {rng.randint(5, 90)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "万州博物馆"; var msg_title = "{esc(art["title"])}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}"><meta property="og:description" content="5月18日，“江城记忆”展开展">')
    return head, body, url


def xzf_fzjz111(art, rng, others):
    """县政府网 (div layout, ``bt_content``): p04 (GBK) a 防灾减灾日 news page with ``发布时间：YYYY年MM月DD日
    hh:mm:ss`` and a later ``更新时间`` in one info bar, an 图集 viewer (1/5, 上一张/下一张, captions) inside the
    text after the third paragraph, a 文/图 credit (not body); p05 a 宣传周 部署 page with no visible date
    (meta ``publishdate`` and the URL only), ``1.`` items in ``&nbsp;`` paragraphs, a date inside the text
    (5月7日) and a 防灾小知识 box (not body)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.cqwx.gov.cn/zwxx_{_n(rng, 3)}/{'jrwx' if p04 else 'bmdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 3)
    if p04:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;text-align:justify">{x}</p>')
        caps = ["活动现场，群众在展台前领取宣传资料。", "消防员指导市民使用灭火器。", "医护人员演示心肺复苏。",
                "工作人员讲解地质灾害避险知识。", "学生参观应急救援装备。"]
        slides = "".join(f'<li{" class=on" if i == 0 else ""}><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg"><p class="pic-txt">{esc(c)}</p></li>'
                         for i, c in enumerate(caps))
        blocks.insert(3, f'<div class="pic-slide"><ul>{slides}</ul><div class="pic-ctrl"><a class="prev">上一张</a>'
                         f'<span class="num"><em>1</em>/5</span><a class="next">下一张</a></div></div>')
        tail = f'<p class="credit">（文/图　县融媒体中心记者　{who[0]}　通讯员　{who[1]}）</p>'
        info = (f'<span>发布时间：{y}年{m}月{d}日 {_hms(rng)}</span>　<span>更新时间：{y}年{m}月{int(d) + 2:02d}日 {_hms(rng)}</span>　'
                f'<span>来源：巫溪县融媒体中心</span>　<span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span>')
        box = ""
        meta = f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
    else:
        blocks = _blocks(art["body"], lambda x: f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{x}</p>')
        tail = f'<p align="right">（县应急管理局供稿）</p>'
        info = (f'<span>来源：县应急管理局</span>&nbsp;&nbsp;&nbsp;<span>浏览量：<script>document.write({_n(rng, 3)})</script></span>'
                f'&nbsp;&nbsp;&nbsp;<span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span>')
        box = ('<div class="zsk"><h4>防灾小知识</h4><p>1.发现山体开裂、地面下沉等异常现象，应立即向当地政府或村（社区）报告。</p>'
               '<p>2.暴雨期间不要在沟谷、河道边逗留，遇险时应向垂直于滑坡方向的两侧高处撤离。</p></div>')
        meta = f'<meta name="publishdate" content="{y}-{m}-{d}">'
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>')
    body = (f'<div class="header"><div class="logo"><img src="/images/wx_logo.png" alt="巫溪县人民政府"></div>'
            f'<div class="weather">巫溪　多云　18~27℃</div><div class="sou"><input value="站内搜索"><button>搜索</button></div></div>'
            f'<div class="menu"><ul><li>首页</li><li>走进巫溪</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>专题专栏</li></ul></div>'
            f'<div class="position">您所在的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>{"今日巫溪" if p04 else "部门动态"}</a></div>'
            f'<div class="article"><h1 class="bt">{esc(art["title"])}</h1><div class="bt_info">{info}</div>'
            f'<div class="bt_content"><div class="TRS_Editor">' + "".join(blocks) + tail + f'</div></div>{box}'
            f'<div class="bt_share"><span>分享：</span><a>微信</a><a>微博</a><a>QQ</a></div>'
            f'<div class="bt_tool"><a>【打印本页】</a><a>【关闭窗口】</a><a>【返回顶部】</a></div>'
            f'<div class="xgxw"><div class="xgxw-t">相关新闻</div><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "巫溪县人民政府办公室", f"5002380{_n(rng, 3)}", "巫溪县大数据应用发展管理局"))
    head = (f'<title>{esc(art["title"])}-巫溪县人民政府</title><meta name="SiteName" content="巫溪县人民政府">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}">{meta}<meta name="ColumnName" content="{"今日巫溪" if p04 else "部门动态"}">')
    return head, body, url


def zxw_kx111(art, rng, others):
    """中新网-like 地方 经济 快讯: p06 the desktop page (``left_zw`` text with ``　　`` paragraphs, the 电头 and
    （完） kept as body; a ``YYYY年MM月DD日 hh:mm　来源：中国新闻网`` line, a video box with its caption and
    ``【编辑:姓名】`` (not body), a 中新网重庆新闻 side column, 图片 strip and copyright notice); p07 the
    phone page (``content-box``, ``MM-DD hh:mm`` date with the year only in the URL and meta, 打开中新网
    客户端 banners, ``记者：`` questions and ``周建：`` answers as plain paragraphs, a photo with a
    ``中新网记者 姓名 摄`` caption, 相关新闻 cards)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    p06 = art["id"] == "p06"
    url = (f"https://www.chinanews.com.cn/cj/{y}/{m}-{d}/{_n(rng, 8)}.shtml" if p06
           else f"https://m.chinanews.com/wap/detail/chs/zw/{_n(rng, 8)}.shtml")
    who = rng.sample(WHO, 2)
    reporter = "钟旖" if p06 else "刘贤"
    if p06:
        blocks = _blocks(art["body"], lambda x: f'<p>　　{x}</p>')
        blocks.insert(5, f'<div class="video_box"><video src="https://video.chinanews.com/{y}/{m}{d}/{_n(rng, 6)}.mp4" controls></video>'
                         f'<p class="video_txt">视频：两江新区工业生产一线见闻　来源：中新网重庆</p></div>')
        blocks.insert(1, f'<table border="0" cellspacing="0" cellpadding="0" align="center" class="adInContent"><tr><td>'
                         f'<img src="//i2.chinanews.com/simg/{y}/{m}{d}/{_n(rng, 6)}.jpg"></td></tr>'
                         f'<tr><td class="pic_txt">图为两江新区一汽车企业生产线。（资料图）　中新网记者 {reporter} 摄</td></tr></table>')
        side = ('<div class="content_right"><div class="rbt">中新网重庆新闻</div><ul>'
                + _rel(rng, others, 5, lambda tt, dd: f'<li><a>{tt}</a></li>') + '</ul>'
                '<div class="rbt">图片</div><div class="tp"><img><p>山城夜景</p><img><p>秋收时节</p></div></div>')
        body = (f'<div class="topbar"><a>中国新闻网</a><a>中新社</a><a>手机看中新</a><a>English</a></div>'
                f'<div class="nav"><a>首页</a><a>时政</a><a>国际</a><a>财经</a><a>社会</a><a>地方</a><a>视频</a><a>图片</a></div>'
                f'<div class="position">中新网首页 &gt; 财经中心 &gt; <a>正文</a></div>'
                f'<div class="con_left"><div class="content"><h1 class="content_left_title">{esc(art["title"])}</h1>'
                f'<div class="content_left_time">{y}年{m}月{d}日 {t}　来源：中国新闻网</div>'
                f'<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
                f'<div class="left_zw" style="position:relative">' + "".join(blocks) + '</div>'
                f'<div class="left_name"><div class="left_name">【编辑:{who[0]}】</div></div>'
                f'<div class="adEditor"></div><div class="more"><a>更多精彩内容请进入中新网重庆新闻</a></div></div>'
                f'<div class="copyright">本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。<br>'
                f'未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</div></div>{side}'
                f'<div class="footer"><p>Copyright ©1999-{y} chinanews.com. All Rights Reserved</p></div>')
        head = (f'<title>{esc(art["title"])}-中新网</title><meta name="keywords" content="两江新区,工业产值">'
                f'<meta name="description" content="中新网重庆9月5日电 两江新区前8个月工业产值增长9.2%。">'
                f'<meta name="filetype" content="0"><meta name="publishedtype" content="1"><meta name="pagetype" content="1">'
                f'<meta name="catalogs" content="cj"><meta name="contentid" content="{_n(rng, 8)}">'
                f'<meta name="publishdate" content="{y}-{m}-{d}">')
    else:
        blocks = _blocks(art["body"], lambda x: f'<p>{x}</p>')
        blocks.insert(2, f'<div class="pic"><img src="//i2.chinanews.com/simg/{y}/{m}{d}/{_n(rng, 6)}.jpg">'
                         f'<p>9月12日，冷链专列驶入团结村铁路口岸。中新网记者 {reporter} 摄</p></div>')
        cards = _rel(rng, others, 4, lambda tt, dd: f'<li><a><p class="tit">{tt}</p><p class="src">中国新闻网 {dd[5:]}</p></a></li>')
        body = (f'<div class="m-head"><a class="logo">中国新闻网</a><a class="open-app">打开APP</a></div>'
                f'<div class="content-box"><h1 class="content-title">{esc(art["title"])}</h1>'
                f'<div class="content-info"><span class="source">中国新闻网</span><span class="time">{m}-{d} {t}</span>'
                f'<span class="ip">发布于：北京</span></div>'
                f'<div class="content-body">' + "".join(blocks) + f'<p class="editor">【编辑:{who[0]}】</p></div>'
                f'<div class="open-app-banner"><p>打开中新网客户端，阅读全文</p></div>'
                f'<div class="zan"><a>点赞 {rng.randint(3, 60)}</a><a>分享</a></div></div>'
                f'<div class="related"><h3>相关新闻</h3><ul>{cards}</ul></div>'
                f'<div class="m-foot"><p>中国新闻网版权所有</p><p><a>电脑版</a> | <a>客户端</a></p></div>')
        head = (f'<title>{esc(art["title"])}</title><meta name="viewport" content="width=device-width,initial-scale=1">'
                f'<meta name="publishdate" content="{y}-{m}-{d} {t}:00"><meta property="og:title" content="{esc(art["title"])}">')
    return head, body, url


def ghzy_pqgs111(art, rng, others):
    """区 规划自然资源局 portal: p08 (GBK) a 用地 批前公示 with ``发布日期：YYYY-MM-DD`` and a later ``更新日期``,
    bold ``一、`` heads, ``项目名称：…`` lines, a 规划指标 table with a ``<th>`` row, 公示时间 and 意见反馈 lines
    (body); a 附图 (总平面图) with its ``附图：`` caption, a 落款 + date and an 附件 line (not body); p09 a
    巡查 news page dated ``YYYY/M/D`` with ``1.`` 片区 items, a quote and a 相关政策 box."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.jiangjin.gov.cn/bm/qghzyj/{'gsgg' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    if p08:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:1.8">{x}</p>',
                         head=lambda x: f'<p style="text-indent:2em;line-height:1.8"><b>{x}</b></p>',
                         table=lambda rows: '<div align="center">' + _table(rows, 'border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:80%"', cell="th") + '</div>')
        blocks.insert(9, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.png" width="560"></p>'
                          f'<p style="text-align:center">附图：德感工业园新材料产业项目总平面示意图</p>')
        tail = (f'<p style="text-align:right;line-height:1.8">重庆市江津区规划和自然资源局</p>'
                f'<p style="text-align:right;line-height:1.8">{y}年{int(m)}月{int(d)}日</p>'
                f'<p class="fj">附件：<a>德感工业园新材料产业项目规划总平面图.pdf</a></p>')
        info = (f'发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;更新日期：{y}-{m}-{int(d) + 1:02d}&nbsp;&nbsp;&nbsp;&nbsp;'
                f'来源：江津区规划自然资源局&nbsp;&nbsp;&nbsp;&nbsp;【<a>打印</a>】【<a>关闭</a>】')
        box = ""
    else:
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>')
        tail = f'<p style="text-align:right">（执法支队　{who[0]}）</p>'
        info = (f'<span class="time">{y}/{int(m)}/{int(d)}</span><span class="ly">来源：区规划自然资源局</span>'
                f'<span class="zz">作者：{who[0]}</span><span class="dy"><a>打印</a></span>')
        box = ('<div class="xgzc"><h4>相关政策</h4><ul><li><a>中华人民共和国土地管理法</a></li>'
               '<li><a>重庆市耕地保护条例</a></li><li><a>关于严格耕地用途管制有关问题的通知</a></li></ul></div>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><em>{dd}</em></li>')
    body = (f'<div class="hd"><div class="hd-in"><img src="/images/ghzy_logo.png" alt="重庆市江津区规划和自然资源局"><div class="hd-search"><input placeholder="请输入关键字"></div></div></div>'
            f'<div class="nav"><a>首页</a><a>机构设置</a><a>政务公开</a><a>规划管理</a><a>自然资源</a><a>公示公告</a><a>政民互动</a></div>'
            f'<div class="wz">当前位置：首页 &gt; {"公示公告 &gt; 规划公示" if p08 else "政务公开 &gt; 工作动态"}</div>'
            f'<div class="con-box"><h2 class="con-tit">{esc(art["title"])}</h2><div class="con-info">{info}</div>'
            f'<div class="con-txt" id="zoom">' + "".join(blocks) + tail + f'</div>{box}'
            f'<div class="con-ewm"><img src="/images/ewm.png"><span>手机扫码阅读</span></div>'
            f'<div class="con-rel"><h3>相关信息</h3><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, "重庆市江津区人民政府", f"500116{_n(rng, 4)}", "重庆市江津区规划和自然资源局"))
    head = (f'<title>{esc(art["title"])}_江津区规划和自然资源局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ColumnName" content="{"规划公示" if p08 else "工作动态"}">')
    return head, body, url


def jd_mp_xfyl111(art, rng, others):
    """街道 公众号 消防 演练 post: a ``原创`` tag, ``publish_time`` ``YYYY年M月D日 hh:mm``, a date inside the text
    (11月8日) that is not the publication date; 演练时间/地点/参加人员 lines in a framed section, a quoted
    order, a bold slogan line (body); ▲ captions, a 消防安全提示 card with numbered tips, a
    来源/编辑/审核 block, 推荐阅读 and 阅读原文 (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 3)
    items = [p for p in art["body"] if p.startswith(("演练时间：", "演练地点：", "参加人员："))]

    def special(p):
        if p in items:
            k, v = p.split("：", 1)
            frame = ""
            if p == items[0]:
                frame = '<section style="border:1px solid #e60012;border-radius:4px;padding:10px 12px;margin:12px 0">'
            line = f'<p style="line-height:1.8em"><span style="color:#e60012"><strong>{esc(k)}：</strong></span><span>{esc(v)}</span></p>'
            return frame + line + ("</section>" if p == items[-1] else "")
        if p.endswith("！") and len(p) < 16:
            return f'<p style="text-align:center"><strong><span style="color:#e60012;font-size:18px">{esc(p)}</span></strong></p>'
        return None

    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:1.8em"><span style="font-size:15px">{x}</span></p>',
                     special=special)
    for at, cap in sorted(zip((7, 8, 9), ("▲居民沿消防楼梯有序撤离", "▲微型消防站队员处置初期火情", "▲消防员讲解灭火器使用方法")), reverse=True):
        blocks.insert(at, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640" class="rich_pages"></p>'
                          f'<p style="text-align:center"><span style="font-size:12px;color:#888">{cap}</span></p>')
    card = ('<section style="background:#fff4f4;border-left:4px solid #e60012;padding:12px;margin:20px 0">'
            '<p><strong><span style="color:#e60012">🔥消防安全提示</span></strong></p>'
            '<p><span style="font-size:14px">1.不在楼道、安全出口堆放杂物，不占用消防车通道。</span></p>'
            '<p><span style="font-size:14px">2.电动自行车不进楼入户，不私拉电线充电。</span></p>'
            '<p><span style="font-size:14px">3.发生火灾时及时拨打119，切勿乘坐电梯逃生。</span></p></section>')
    tail = (f'<section style="font-size:12px;color:#999;margin-top:20px"><p>来源：花园路街道平安办</p>'
            f'<p>编辑：{who[0]}</p><p>审核：{who[1]}　{who[2]}</p></section>'
            '<section><p><strong>推荐阅读</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px">{tt}</span></p>') + '</section>')
    body = (f'<div id="js_article" class="rich_media"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">花园路街道</span>'
            f'<span class="rich_media_meta_nickname"><a id="js_name">南岸花园路</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {t}</em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(blocks) + card + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(300, 3000)}</span>'
            f'<a>分享</a><a>点赞 {rng.randint(10, 90)}</a><a>在看 {rng.randint(2, 30)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "南岸花园路";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}"><meta property="og:url" content="{url}">'
    return head, body, url


def db_ywb111(art, rng, others):
    """党报 e-paper 要闻版 (第02版) on an old table layout (``td.font01``, ``div#ozoom``): the masthead date
    ``YYYY年MM月DD日 星期X`` is the only visible date (the URL agrees); p11 (GBK) a 本报评论员 article with a
    评论员文章 kicker, its text as ``<br>``-separated ``　　`` lines in uppercase ``<P>``/``<FONT>`` markup; p12
    a 短评 under a ``今日短评`` kicker with a ``□ 姓名`` byline and ``<p>`` paragraphs; 版次 bar (上一版/下一版/
    PDF), 版面图, 本版标题 list, 往期回顾, 上一篇/下一篇 and copyright (not body). ``<title>`` has the paper only."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://szb.yuzhoudaily.com/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 3)
    same = ["全市庆祝中国共产党成立103周年座谈会举行", "基层党组织开展主题党日活动", "上半年全市新发展党员工作综述",
            "以实干实绩践行初心使命", "把“七一”的热情化为干事的动力"]
    listing = "".join(f'<tr><td class="font02">·<a href="content_{_n(rng, 6)}.htm">{esc(s)}</a></td></tr>' for s in same)
    if p11:
        text = ('<FONT face="宋体" size="3">' + "<BR>".join(f"　　{esc(p)}" for p in art["body"]) + "</FONT>")
        top = (f'<TR><TD class="font03" align="center">评论员文章</TD></TR>'
               f'<TR><TD class="font01" align="center">{esc(art["title"])}</TD></TR>'
               f'<TR><TD class="font05" align="center">本报评论员</TD></TR>')
    else:
        text = "".join(f"<P>　　{esc(p)}</P>" for p in art["body"])
        top = (f'<TR><TD class="font03" align="center">今日短评</TD></TR>'
               f'<TR><TD class="font01" align="center">{esc(art["title"])}</TD></TR>'
               f'<TR><TD class="font05" align="center">□ {who[0]}</TD></TR>')
    body = (f'<TABLE width="1000" align="center" cellspacing="0" cellpadding="0" border="0"><TR><TD><IMG src="../../../images/masthead.gif" alt="渝州日报"></TD>'
            f'<TD align="right" class="date">{y}年{m}月{d}日　{_week(art)}　<A>往期回顾</A>　<A>数字报首页</A></TD></TR></TABLE>'
            f'<TABLE width="1000" align="center" cellspacing="0" cellpadding="0" border="0"><TR>'
            f'<TD width="380" valign="top"><TABLE width="100%"><TR><TD class="bc">第02版：要闻　<A href="node_1.htm">上一版</A>　<A href="node_3.htm">下一版</A>'
            f'　<A href="../../../page/{y}-{m}/{d}/02/{_n(rng, 9)}.pdf">PDF</A></TD></TR>'
            f'<TR><TD><IMG src="../../../page/{y}-{m}/{d}/02/{y}{m}{d}02_b.jpg" width="360" usemap="#PagePicMap"><MAP name="PagePicMap"></MAP></TD></TR>'
            f'<TR><TD class="bt">本版标题</TD></TR>{listing}</TABLE></TD>'
            f'<TD width="620" valign="top"><TABLE width="100%" cellspacing="0" cellpadding="6">{top}'
            f'<TR><TD><DIV id="ozoom">{text}</DIV></TD></TR>'
            f'<TR><TD class="font06">上一篇：<A>{esc(rng.choice(same[:3]))}</A>　下一篇：<A>{esc(same[4] if p11 else same[0])}</A></TD></TR></TABLE></TD></TR></TABLE>'
            f'<TABLE width="1000" align="center"><TR><TD align="center" class="foot">渝州日报社版权所有　未经许可不得转载、摘编或建立镜像<BR>'
            f'地址：重庆市渝北区　渝ICP备{_n(rng, 8)}号</TD></TR></TABLE>')
    head = f'<title>渝州日报数字报</title><meta name="keywords" content="渝州日报,电子版">'
    return head, body, url


TEMPLATES = {"jxw_jggs111": jxw_jggs111, "bwg_mp_dl111": bwg_mp_dl111, "xzf_fzjz111": xzf_fzjz111,
             "zxw_kx111": zxw_kx111, "ghzy_pqgs111": ghzy_pqgs111, "jd_mp_xfyl111": jd_mp_xfyl111,
             "db_ywb111": db_ywb111}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages111", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
