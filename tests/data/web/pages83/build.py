"""Build the eighty-third saved-page set (``pages83``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 审计局 portal 审计整改 公告 and news page
(``sjj_zgqk83``), a 市 科技局 公众号 企业 专访 post (``kjj_mp_qyzf83``), a 县政府网 安全生产 检查
news page with photos inside the text (``xzf_aqjc_tp83``, GBK), a 大众网-like 省 新闻 频道 report
(``dzw_sdpd83``), a 区 农业农村委 portal 补贴 公示 with its 名单 (``nyj_btgs_md83``), a 乡镇 公众号
非遗 post (``xz_mp_feiyi83``) and a 都市报 e-paper 封面 with 导读 (``dsb_fm_daodu83``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written
here. See README.md.

    python tests/data/web/pages83/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["陈思远", "刘佳琪", "何晓东", "吴雪梅", "罗成", "蒋欣怡", "杜海波", "唐婧", "孙浩然", "邓丽"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text: ``一、…`` or a ``坚持…，…`` pair, without a full stop."""
    return p.startswith(NUM_HEADS + ("坚持",)) and "。" not in p and "：" not in p


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows) -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return ('<table border="1" cellspacing="0" cellpadding="0" align="center" style="border-collapse:collapse" width="90%"><tbody>'
            + "".join("<tr>" + "".join(f'<td valign="center" style="padding:4px"><p style="text-align:center">'
                                       f'<span style="font-family:仿宋_GB2312">{esc(c)}</span></p></td>'
                                       for c in r.split(" ")) + "</tr>" for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, turn=None, answer=None) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table; heads, question turns
    (``记者：``) and named answers (``name：``, a name of two or three characters) marked."""
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
        k = p.find("：")
        if head and _head(p):
            out.append(head(esc(p)))
        elif turn and p.startswith("记者："):
            out.append(turn(esc(p[3:])))
        elif answer and k in (2, 3) and "，" not in p[:k]:
            out.append(answer(esc(p[:k]), esc(p[k + 1:])))
        else:
            out.append(para(esc(p)))
    return out


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, org, code) -> str:
    """A government portal's footer: links, 主办/承办, ICP备, 公网安备, 网站标识码, 扫一扫."""
    return (f'<div class="footer"><div class="f_link"><a>网站地图</a>|<a>联系我们</a>|<a>使用帮助</a></div>'
            f'<p>主办单位：{org}&nbsp;&nbsp;&nbsp;承办单位：{org}办公室</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1&nbsp;&nbsp;<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：{code}</p>'
            f'<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div></div>')


def sjj_zgqk83(art, rng, others):
    """区 审计局 portal: p01 an 整改 公告 (信息公开 grid with 成文日期, bold 一、 heads, 落款 + 附件 not
    body; GBK), p02 a news page with a photo and caption inside the text; info spans run together."""
    y, m, d = _ymd(art)
    gg = art["id"] == "p01"
    url = f"http://www.ddk.gov.cn/bm/qsjj/zwgk_{_n(rng, 5)}/{'fdzdgknr/sjgg' if gg else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;text-align:justify">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em"><strong>{t}</strong></p>')
    grid, tail = "", ""
    if gg:
        grid = (f'<div class="xxgk-info"><table><tr><th>索引号：</th><td>11500104MB1{_n(rng, 6)}/{y}-{_n(rng, 5)}</td>'
                f'<th>主题分类：</th><td>审计</td></tr><tr><th>发布机构：</th><td>重庆市大渡口区审计局</td>'
                f'<th>成文日期：</th><td>{y}-{m}-{int(d) - 3:02d}</td></tr><tr><th>标题：</th><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><th>文号：</th><td>大渡审公告〔{y}〕{rng.randint(1, 9)}号</td><th>发布日期：</th><td>{y}-{m}-{d}</td></tr></table></div>')
        tail = ('<p style="text-align:right">重庆市大渡口区审计局</p>'
                f'<p style="text-align:right">{y}年{int(m)}月{int(d) - 3}日</p>'
                f'<p>附件：<a href="./P0{_n(rng, 8)}.docx">2023年度区级部门预算执行审计查出问题整改情况表.docx</a></p>')
    else:
        blocks.insert(3, f'<p style="text-align:center"><img src="./W0{y}{m}{_n(rng, 6)}.jpg" width="600"></p>'
                         f'<p style="text-align:center">审计人员入户核实养老服务补贴发放情况（{rng.choice(WHO)} 摄）</p>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><span class="date">{dd}</span><a href="#">{t}</a></li>')
    body = (f'<div class="top"><div class="w1200"><span>欢迎访问重庆市大渡口区人民政府网站</span><a>无障碍</a><a>长者模式</a><a>登录</a></div></div>'
            f'<div class="head"><img src="/images/logo.png" alt="大渡口区审计局"><div class="search"><input placeholder="请输入关键词"></div></div>'
            f'<ul class="nav"><li>首页</li><li>机构职能</li><li>政务公开</li><li>审计公告</li><li>互动交流</li></ul>'
            f'<div class="crumb">您当前的位置：<a>首页</a>&gt;<a>{"政府信息公开" if gg else "政务公开"}</a>&gt;<a>{"审计结果公告" if gg else "工作动态"}</a></div>'
            f'<div class="zwxl-article">{grid}<div class="zwxl-title"><p class="tit">{esc(art["title"])}</p>'
            f'<div class="zwxl-bar"><span>发布日期：{y}-{m}-{d}</span><span>来源：区审计局</span>'
            f'<span>浏览量：<script>document.write("{_n(rng, 3)}")</script></span>'
            f'<span class="font">字号：<a>大</a><a>中</a><a>小</a></span><span class="share">分享到：<a>微信</a><a>微博</a></span></div></div>'
            f'<div class="zwxl-content"><div class="view TRS_UEDITOR trs_paper_default trs_web">' + "".join(blocks) + tail +
            f'</div></div><div class="zwxl-bot"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>'
            f'<div class="xgxx"><div class="hd">相关信息</div><ul>{rel}</ul></div>'
            + _gov_foot(rng, "重庆市大渡口区审计局", f"5001040{_n(rng, 3)}"))
    head = (f'<title>{esc(art["title"])}_重庆市大渡口区人民政府</title><meta name="SiteName" content="重庆市大渡口区人民政府">'
            f'<meta name="ColumnName" content="{"审计结果公告" if gg else "工作动态"}"><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区审计局">')
    return head, body, url


def kjj_mp_qyzf83(art, rng, others):
    """市 科技局 公众号 企业专访: a kicker over the text, p03 bold 记者： turns and bold name： answers
    and a 企业名片 card, p04 an 编者按 box and `；` items; ▲ captions, 阅读原文/点赞/在看 row."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    sp = '<span leaf="">'
    blocks = _paras(art["body"],
                    lambda t: f'<p style="text-indent:2em;line-height:1.75em;margin-bottom:15px"><span style="font-size:15px;letter-spacing:1px">{sp}{t}</span></span></p>',
                    turn=lambda t: (f'<p style="line-height:1.75em;margin-bottom:15px"><strong><span style="color:#1e6fba;font-size:15px">'
                                    f'{sp}记者：{t}</span></span></strong></p>'),
                    answer=lambda n, t: (f'<p style="text-indent:2em;line-height:1.75em;margin-bottom:15px"><strong>{sp}{n}：</span></strong>'
                                         f'<span style="font-size:15px">{sp}{t}</span></span></p>'))
    img = (f'<section style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"'
           f' data-ratio="0.5625"></section><p style="text-align:center"><span style="font-size:12px;color:#a5a5a5">{sp}▲'
           f'{"生产线上的工人正在检测产品" if art["id"] == "p03" else "焊接机器人正在作业"}</span></span></p>')
    blocks.insert(2, img)
    kicker = ('<section style="border-bottom:1px solid #1e6fba;margin-bottom:20px"><p style="color:#1e6fba;font-size:14px">'
              f'{sp}科创重庆·企业说</span></p></section>')
    note = ""
    card = ""
    if art["id"] == "p04":
        note = ('<section style="background:#f5f8fc;padding:12px 15px;margin-bottom:20px"><p style="font-size:14px;color:#555">'
                f'<strong>{sp}编者按：</span></strong>{sp}智能化改造是制造业转型升级的必由之路。即日起，本号推出“数智赋能”系列报道，'
                '讲述我市企业以科技创新推动转型发展的故事。</span></p></section>')
    else:
        card = ('<section style="border:1px solid #1e6fba;border-radius:6px;padding:12px;margin:20px 0"><p style="text-align:center">'
                f'<strong>{sp}企业名片</span></strong></p><p style="font-size:14px">{sp}重庆芯测科技有限公司成立于2016年，主要从事MEMS传感器研发与生产，'
                '拥有发明专利27项。</span></p></section>')
    tail = (f'<p style="text-align:right;font-size:12px;color:#888">{sp}来源：重庆科技报</span></p>'
            f'<p style="font-size:12px;color:#888">{sp}编辑：{rng.choice(WHO)}&nbsp;&nbsp;&nbsp;&nbsp;审核：{rng.choice(WHO)}</span></p>'
            f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/0?wx_fmt=png"></section>'
            f'<p style="text-align:center;font-size:12px">{sp}长按二维码关注我们</span></p>')
    pt = f"{y}-{m}-{d} {_hm(rng)}" if art["id"] == "p03" else f"{y}年{int(m)}月{int(d)}日 {_hm(rng)}"
    rec = _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a></li>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n          </h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{rng.choice(WHO)}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">重庆科技</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{pt}</em><em id="js_ip_wording">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{kicker}{note}' + "".join(blocks) + card + tail +
            f'</div><div id="js_tags" class="article-tag__list">#科技创新 {rng.randint(20, 90)}个 #企业专访 {rng.randint(5, 30)}个</div>'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<a class="sns_opr_btn">分享</a><a>点赞 {rng.randint(10, 99)}</a><a>在看 {rng.randint(3, 40)}</a></div>'
            f'<div class="rich_media_extra"><h3>往期推荐</h3><ul>{rec}</ul><p>写留言</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:40])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}"; var nickname = "重庆科技";</script>')
    return head, body, url


def xzf_aqjc_tp83(art, rng, others):
    """县政府网 (GBK) 安全生产 检查 news: `<font>` paragraphs with `　　` and `&nbsp;` runs, photos with
    `图为…（… 摄）` captions inside the text, p05 a `时间：` line and a later 更新时间, p06 no visible
    date (meta PubDate and URL only), 【字体】, 打印本页/关闭窗口, 上一篇/下一篇."""
    y, m, d = _ymd(art)
    url = f"http://www.zhongxian.gov.cn/zwxx_{_n(rng, 3)}/zwdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = [f'<p><font face="宋体" size="3">{IND}{esc(p)}&nbsp;</font></p>' for p in art["body"]]
    caps = (["图为督查组在建材企业检查消防设施", "图为督查组查看在建工地塔吊运行记录"] if art["id"] == "p05"
            else ["图为检查人员查看餐饮场所燃气管道"])
    for i, c in enumerate(caps):
        blocks.insert(2 + 4 * i, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" border="0" width="550"></p>'
                                 f'<p style="text-align:center"><font face="楷体_GB2312" size="2">{c}（{rng.choice(WHO)} 摄）</font></p>')
    if art["id"] == "p05":
        info = (f'<div class="info">时间：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;作者：{rng.choice(WHO)}&nbsp;&nbsp;&nbsp;&nbsp;来源：县政府办'
                f'&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</div>')
        upd = f'<p class="gxsj">更新时间：{y}-{m}-{int(d) + 2:02d} {_hms(rng)}</p>'
    else:
        info = ('<div class="info">来源：县城市管理局&nbsp;&nbsp;&nbsp;&nbsp;访问量：<span id="fwl"></span>'
                '<script>document.getElementById("fwl").innerHTML="' + str(_n(rng, 3)) + '";</script>'
                '&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</div>')
        upd = ""
    pv, nx = rng.sample(others, 2)
    body = (f'<div class="topbg"><div class="top"><span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span>'
            f'<a>设为首页</a><a>加入收藏</a></div></div><div class="banner"><img src="/images/banner.jpg" alt="忠县人民政府"></div>'
            f'<div class="menu"><a>首页</a><a>走进忠县</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>专题专栏</a></div>'
            f'<div class="dqwz"><img src="/images/home.png">当前位置：<a>首页</a> &gt;&gt; <a>政务信息</a> &gt;&gt; <a>政务动态</a></div>'
            f'<div class="con"><h1>{esc(art["title"])}</h1>{info}<div class="zw" id="zoom"><div class="TRS_Editor">'
            + "\n".join(blocks) + f'</div></div>{upd}<div class="dybd"><a>打印本页</a>&nbsp;&nbsp;<a>关闭窗口</a></div>'
            f'<div class="sxp"><p>上一篇：<a>{esc(pv[0])}</a></p><p>下一篇：<a>{esc(nx[0])}</a></p></div></div>'
            + _gov_foot(rng, "忠县人民政府办公室", f"5002330{_n(rng, 3)}"))
    head = (f'<title>{esc(art["title"])}-忠县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="政务动态">')
    return head, body, url


def dzw_sdpd83(art, rng, others):
    """大众网-like 省 新闻 频道: `YYYY-MM-DD hh:mm:ss` + 来源：大众新闻客户端 + 作者 spans, a byline line
    (p07) at the top of the text, bold 坚持… heads, p08 a video player and a 延伸阅读 second
    article, 责任编辑, 扫码下载客户端, 相关新闻 with dates, 版权声明."""
    y, m, d = _ymd(art)
    city = art["place"]
    url = f"https://{'zibo' if city == '淄博' else 'weifang'}.dzwww.com/{'xw' if city == '淄博' else 'wfxw'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.htm"
    blocks = _paras(art["body"], lambda t: f"<p>{IND}{t}</p>",
                    head=lambda t: f'<p style="text-align:center">{IND}<strong>{t}</strong></p>')
    if art["id"] == "p07":
        blocks.insert(0, f'<p>{IND}大众网记者 刘晓彤 {esc(city)}报道</p>')
        blocks.insert(4, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg"></p>'
                         f'<p style="text-align:center">游客在街区内参观打卡。</p>')
        extra = ""
    else:
        blocks.insert(2, '<div class="video-wrap"><div id="player" class="prism-player"></div><script>var player = new Aliplayer({"id":"player",'
                         f'"source":"https://v.dzwww.com/{y}{m}/{_n(rng, 8)}.mp4","autoplay":false}});</script></div>')
        extra = ('<div class="yanshen"><h3>延伸阅读</h3><h4>寿光：智慧农机助力秋收</h4>'
                 '<p>连日来，寿光市组织农机合作社提前检修收获机械，全市投入秋收的各类农机具超过1.2万台。</p>'
                 '<p>当地还依托智慧农业服务平台，为种粮户提供农机调度和烘干预约服务。</p></div>')
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>')
    body = (f'<div class="dzw-top"><a>大众网首页</a><a>新闻</a><a>山东</a><a>视频</a><a>海报新闻</a><a>登录</a></div>'
            f'<div class="dzw-logo"><img src="/images/logo.png" alt="大众网·{esc(city)}"></div>'
            f'<div class="layout"><div class="left"><div class="crumb"><a>大众网</a> &gt; <a>{esc(city)}频道</a> &gt; <a>本地新闻</a></div>'
            f'<h2>{esc(art["title"])}</h2><div class="tt_info"><div class="left"><span id="xl-headline-time">{y}-{m}-{d} {_hms(rng)}</span>'
            f'<span>来源：大众新闻客户端</span>{"<span>作者：刘晓彤</span>" if art["id"] == "p07" else ""}</div>'
            f'<div class="right"><span>分享到：</span><a class="wx"></a><a class="wb"></a><a class="qq"></a></div></div>'
            f'<div class="news-con" id="news-con"><div class="TRS_Editor">' + "".join(blocks) + '</div></div>'
            f'<div class="edit"><span>责任编辑：{rng.choice(WHO)}</span></div>{extra}'
            f'<div class="app-down"><img src="/images/dzxw_ewm.png"><p>扫码下载大众新闻客户端</p><p>看山东 知天下</p></div>'
            f'<div class="copyright">版权声明：本网所有作品，未经大众网授权不得转载、摘编或利用其它方式使用上述作品。</div>'
            f'<div class="related"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
            f'<div class="right"><div class="rank"><h4>点击排行</h4><ol>' + _rel(rng, others, 4, lambda t, dd: f"<li>{t}</li>") +
            f'</ol></div></div></div><div class="footer"><p>大众网版权所有 鲁ICP备{_n(rng, 8)}号</p>'
            f'<p>互联网新闻信息服务许可证 37120170001 &nbsp; 违法和不良信息举报电话：0531-{_n(rng, 8)}</p></div>')
    head = (f'<title>{esc(art["title"])}_{esc(city)}新闻_大众网</title><meta name="keywords" content="{esc(city)}">'
            f'<meta name="description" content="{esc(art["body"][0][:50])}"><meta name="publishdate" content="{y}-{m}-{d} {_hm(rng)}">')
    return head, body, url


def nyj_btgs_md83(art, rng, others):
    """区 农业农村委 portal: p09 (GBK) a 补贴 公示 with its 名单 table (rows are body), 落款 and 附件 (not
    body), `发布时间：Y/M/D h:mm:ss`; p10 red bold 时间：/地点：/参加人员： items and a `【发布日期】` line."""
    y, m, d = _ymd(art)
    gs = art["id"] == "p09"
    url = f"http://www.bishan.gov.cn/bm/qnyncw/zwxx_{_n(rng, 5)}/{'gsgg' if gs else 'dt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"

    def para(t):
        k = t.find("：")
        if 0 < k <= 4 and not gs:
            return f'<p style="text-indent:2em"><font color="#ff0000"><b>{t[:k + 1]}</b></font>{t[k + 1:]}</p>'
        return f'<p style="text-indent:2em"><font face="仿宋_GB2312" style="font-size:16pt">{t}</font></p>'
    blocks = _paras(art["body"], para, head=lambda t: f'<p style="text-indent:2em"><font face="黑体" style="font-size:16pt">{t}</font></p>')
    if gs:
        info = f'<span>发布时间：{int(y)}/{int(m)}/{int(d)} {int(_hm(rng)[:2])}:{rng.randint(10, 59)}:{rng.randint(10, 59)}</span><span>来源：区农业农村委</span>'
        tail = ('<p style="text-align:right"><font face="仿宋_GB2312" style="font-size:16pt">重庆市璧山区农业农村委员会</font></p>'
                f'<p style="text-align:right"><font face="仿宋_GB2312" style="font-size:16pt">{y}年{int(m)}月{int(d)}日</font></p>'
                f'<p>附件：<a href="./P0{_n(rng, 8)}.xls">璧山区2024年耕地地力保护补贴发放名单（第二批）.xls</a></p>')
    else:
        info = f'<span>【发布日期：{y}年{m}月{d}日】</span><span>【来源：区农业农村委】</span>'
        tail = (f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg"></p>'
                f'<p style="text-align:center">培训会现场（区农业农村委供图）</p>')
    rel = _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a>[{dd}]</li>')
    body = (f'<div class="top"><span>重庆市璧山区人民政府</span><a>手机版</a><a>English</a></div>'
            f'<div class="nav"><a>首页</a><a>机构概况</a><a>政务公开</a><a>公示公告</a><a>办事服务</a></div>'
            f'<div class="weizhi">当前位置：<a>首页</a>&nbsp;&gt;&nbsp;<a>区农业农村委</a>&nbsp;&gt;&nbsp;<a>{"公示公告" if gs else "工作动态"}</a></div>'
            f'<table class="xl_con" width="1100" align="center"><tr><td><div class="xl_title">{esc(art["title"])}</div>'
            f'<div class="xl_info">{info}<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span><span><a>【打印】</a></span></div>'
            f'<div class="xl_text"><div class="TRS_Editor">' + "".join(blocks) + tail + '</div></div>'
            f'<div class="xl_share">分享：<a>微信</a><a>微博</a>&nbsp;&nbsp;<a>【关闭窗口】</a></div></td></tr></table>'
            f'<div class="xgxx"><h4>相关信息</h4><ul>{rel}</ul></div>'
            + _gov_foot(rng, "重庆市璧山区农业农村委员会", f"5001200{_n(rng, 3)}"))
    head = (f'<title>{esc(art["title"])} - 重庆市璧山区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区农业农村委">')
    return head, body, url


def xz_mp_feiyi83(art, rng, others):
    """乡镇 公众号 非遗 post: nested `<section>`s, `<span leaf>` text, ▲ captions, a 非遗小知识 card
    (not body), a quoted slogan line (body), 文字/图片/编辑/审核 credits, 往期回顾, 阅读原文 row."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s?__biz=Mz{_n(rng, 9)}==&mid={_n(rng, 10)}&idx=1&sn={_wx_id(rng)[:16]}"
    blocks = [f'<section style="margin:0 8px 16px;line-height:1.8"><span style="font-size:15px;color:#333"><span leaf="">{esc(p)}</span></span></section>'
              for p in art["body"]]
    for i, c in ((3, "▲摆手舞表演现场"), (8, "▲学生们在课堂上学跳摆手舞")):
        blocks.insert(i, f'<section style="text-align:center"><img class="rich_pages" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640">'
                         f'</section><section style="text-align:center"><span style="font-size:12px;color:#999"><span leaf="">{c}</span></span></section>')
    card = ('<section style="background:#fdf5e6;border-radius:8px;padding:12px;margin:16px 8px"><section><strong><span leaf="">非遗小知识</span></strong></section>'
            '<section style="font-size:13px"><span leaf="">摆手舞是土家族传统舞蹈，动作以同边手脚齐动为特点，2006年列入第一批国家级非物质文化遗产名录。</span></section></section>')
    tail = (f'<section style="font-size:12px;color:#999;margin:20px 8px"><p><span leaf="">文字：{rng.choice(WHO)}</span></p>'
            f'<p><span leaf="">图片：{rng.choice(WHO)}</span></p><p><span leaf="">编辑：{rng.choice(WHO)}　审核：{rng.choice(WHO)}</span></p></section>'
            f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/0"></section>'
            '<section style="text-align:center;font-size:12px"><span leaf="">点击蓝字 关注我们</span></section>')
    rev = _rel(rng, others, 3, lambda t, dd: f'<section><span leaf="">{t}</span></section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_area_primary_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content"><span class="rich_media_meta_nickname"><a id="js_name">后溪镇人民政府</a></span>'
            f'<em id="publish_time">{y}-{m}-{d} {_hm(rng)}</em><em>重庆</em></div>'
            f'<div class="rich_media_content" id="js_content"><section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/0"></section>'
            + "".join(blocks[:6]) + card + "".join(blocks[6:]) + tail +
            f'<section><span leaf="">往期回顾</span></section>{rev}</div>'
            f'<div class="rich_media_tool"><a>阅读原文</a><span>阅读 {_n(rng, 3)}</span><span>分享</span><span>点赞 {rng.randint(5, 60)}</span><span>在看 {rng.randint(1, 20)}</span></div>'
            f'<div class="rich_media_extra"><p>留言</p><p>写留言</p></div></div></div>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}"><meta property="og:type" content="article">'
    return head, body, url


def dsb_fm_daodu83(art, rng, others):
    """都市报 e-paper A01 封面: 版次 selector, 封面 photo with caption, 导读 box (other titles with
    版次), 引题 and 副题, the text as `&nbsp;`-indented `<br>` lines in one div, a 转A03版 jump line,
    PDF link, 上一篇/下一篇; the date only in the banner (`YYYY年MM月DD日 星期X`)."""
    y, m, d = _ymd(art)
    url = f"https://epaper.scdsb.com.cn/html/{y}{m}/{d}/node_A01/content_{_n(rng, 6)}.html"
    text = "<br>".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in art["body"])
    dd = _rel(rng, others, 4, lambda t, _d: f'<li><span class="bc">A0{rng.randint(2, 9)}</span><a>{t}</a></li>')
    body = (f'<div class="ep-top"><span class="paper">山城都市报</span><span class="date">{y}年{m}月{d}日 {_week(art)}</span>'
            f'<span>第{_n(rng, 4)}期</span><a>往期回顾</a><a>订阅</a></div>'
            f'<div class="ep-bar"><select><option>A01：封面</option><option>A02：要闻</option><option>A03：要闻</option><option>A04：重庆</option></select>'
            f'<a>上一版</a><a>下一版</a><a href="../../../pdf/{y}{m}/{d}/A01.pdf">PDF版</a><a>版面导航</a></div>'
            f'<div class="ep-main"><div class="ep-left"><div class="bmt"><img src="../../../page/{y}{m}/{d}/A01s.jpg" usemap="#PagePicMap"></div>'
            f'<div class="fm-pic"><img src="../../../res/{y}{m}/{d}/{_n(rng, 6)}.jpg"><p>11月14日，建设者在盾构机前庆祝贯通。 记者 {rng.choice(WHO)} 摄</p></div></div>'
            f'<div class="ep-right"><div class="daodu"><h3>导读</h3><ul>{dd}</ul></div>'
            f'<div class="article"><h3 class="yt">串联西部科学城与两江新区</h3><h1>{esc(art["title"])}</h1>'
            f'<h2 class="ft">预计明年底具备开通条件</h2><div class="article-content" id="ozoom">{text}'
            f'<br>&nbsp;&nbsp;&nbsp;&nbsp;（转A03版）</div></div>'
            f'<div class="sxp">上一篇：<a>{esc(others[3][0])}</a>&nbsp;&nbsp;下一篇：<a>{esc(others[5][0])}</a></div></div></div>'
            f'<div class="ep-foot">山城都市报社版权所有 未经书面授权 禁止转载<br>渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>山城都市报数字报-{esc(art["title"])}</title><meta name="keywords" content="山城都市报,数字报">'
    return head, body, url


TEMPLATES = {"sjj_zgqk83": sjj_zgqk83, "kjj_mp_qyzf83": kjj_mp_qyzf83, "xzf_aqjc_tp83": xzf_aqjc_tp83,
             "dzw_sdpd83": dzw_sdpd83, "nyj_btgs_md83": nyj_btgs_md83, "xz_mp_feiyi83": xz_mp_feiyi83,
             "dsb_fm_daodu83": dsb_fm_daodu83}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages83", TEMPLATES, lambda art: "held-apart")


if __name__ == "__main__":
    main()
