"""Build the ninety-fifth saved-page set (``pages95``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 发改委 portal 项目核准批复 news (``fgw_hzpf95``),
a 区 妇联 公众号 维权案例 post (``fl_mp_wq95``), a 县政府网 乡村振兴 专题 page on GBK pages
(``xzf_zt_xczx95``), a 光明网-like 地方教育 report (``gmw_jy95``), a 区 退役军人事务局 portal 招聘会
news (``tyjr_zph95``), a 街道 公众号 消夏晚会 post (``jd_mp_xx95``) and a 县报 e-paper 头版 with 导读
and 天气 boxes (``xb_epaper_tb95``). ``articles.txt`` holds the title, date and reference body; the
furniture (not body) is written here. See README.md.

    python tests/data/web/pages95/build.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["周晓燕", "冉建华", "陈思远", "何丽君", "袁志刚", "黄梦婷", "彭永平", "谢家宁", "汪蕾"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…``, ``【…】``, ``案例一：…`` or a short line without punctuation)."""
    return ((p.startswith(NUM_HEADS) or p.startswith("【") or p.startswith("案例") or len(p) <= 8)
            and "。" not in p and "，" not in p and not re.match(r"\d", p))


def _turn(p: str) -> bool:
    """A question turn of an interview (``记者：``/``问：``)."""
    return p.startswith(("记者：", "问："))


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f"<table {attrs}><tbody>" + "".join(
        "<tr>" + "".join(f'<td style="text-align:center"><span>{esc(c)}</span></td>' for c in r.split(" ")) + "</tr>"
        for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, turn=None, kv=None) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table, heads, turns and
    ``时间：``-style items marked by the given wrappers."""
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
        elif kv and p[:5].count("：") == 1 and p.startswith(("时间", "地点", "参加人员")):
            k, v = p.split("：", 1)
            out.append(kv(esc(k), esc(v)))
        else:
            out.append(para(esc(p)))
    return out


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="foot"><div class="foot-links"><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a> | <a>隐私声明</a></div>'
            f'<p>主办单位：{host}　承办单位：{host}办公室　联系电话：023-{_n(rng, 8)}</p>'
            f'<p>网站标识码：{code}　渝ICP备{_n(rng, 8)}号　<img src="/images/beian.png">渝公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jiucuo"><img src="/images/jiucuo.png"></div><div class="dzjg"><img src="/images/red.png"></div></div>')


def _wx_tool(rng, like=True) -> str:
    return (f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span>'
            f'<span>分享</span>' + (f'<span>点赞 {rng.randint(3, 80)}</span>' if like else '<span>赞</span>') +
            f'<span>在看 {rng.randint(1, 30)}</span></div><div class="rich_media_extra"><p>留言</p><p>暂无留言</p></div>')


def fgw_hzpf95(art, rng, others):
    """区 发改委 portal 项目核准批复 news: p01 (GBK) glued info spans (`发布日期：YYYY年MM月DD日`, 来源,
    阅读次数 `<script>`), `　　` indented paragraphs, bold 一、 heads, a 项目 table, a later 更新时间 and a 政策
    解读 card beside; p02 no visible date (meta PubDate and URL only), `1.` items, `&nbsp;` runs, a
    来源：客户端 line; 【字体】, 打印本页/关闭窗口, 分享, 相关文章 with dates, footer."""
    y, m, d = _ymd(art)
    place = art["place"]
    p01 = art["id"] == "p01"
    url = f"http://www.{'cqna' if p01 else 'cqjlp'}.gov.cn/bm/qfzggw/zwgk_{_n(rng, 5)}/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    if p01:
        blocks = _paras(art["body"], lambda t: f'<p style="text-indent:0;">{IND}{t}</p>',
                        head=lambda t: f'<p>{IND}<strong><span style="font-family:黑体;">{t}</span></strong></p>')
        info = (f'<div class="xxfb"><span>发布日期：{y}年{m}月{d}日</span><span>来源：区发展改革委</span>'
                f'<span>阅读次数：<script language="javascript">document.write("{_n(rng, 3)}");</script></span>'
                f'<span class="zh">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        upd = f'<div class="gxsj">更新时间：{y}-{m}-{int(d) + 4:02d} {_hms(rng)}</div>'
        src = ""
        card = ('<div class="zcjd-card"><div class="hd">政策解读</div><p><a>图解：企业投资项目核准和备案管理条例</a></p>'
                '<p><a>一图读懂“承诺+容缺”受理</a></p><a class="more">更多&gt;&gt;</a></div>')
    else:
        blocks = _paras(art["body"], lambda t: f'<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{t}</p>')
        info = (f'<div class="xxfb"><span>来源：{place}区发展改革委</span>&nbsp;&nbsp;&nbsp;&nbsp;'
                f'<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span>&nbsp;&nbsp;<span><a>打印</a></span></div>')
        upd = ""
        src = f'<p style="text-align:right;">来源：{place}区融媒体中心客户端</p>'
        card = ""
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><span class="date">{dd}</span><a title="{t}">{t}</a></li>')
    body = (f'<div class="top"><div class="w1200"><span>今天是：<script>showDate();</script></span>'
            f'<a>无障碍</a><a>长者模式</a><a>English</a></div></div>'
            f'<div class="banner"><img src="/images/banner_fgw.jpg" alt="{place}区发展和改革委员会"></div>'
            f'<div class="nav"><ul><li>首页</li><li>机构概况</li><li>政府信息公开</li><li>发展规划</li><li>项目建设</li><li>价格管理</li><li>互动交流</li></ul></div>'
            f'<div class="w1200"><div class="location">您当前的位置：<a>首页</a>&gt;<a>政府信息公开</a>&gt;<a>工作动态</a></div>'
            f'<div class="detail"><div class="detail-title"><h1>{esc(art["title"])}</h1></div>{info}'
            f'<div class="con TRS_Editor">' + "".join(blocks) + src + '</div>' + upd +
            f'<div class="btns"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>'
            f'<div class="bdsharebuttonbox"><span>分享到：</span><a class="bds_weixin">微信</a><a class="bds_tsina">微博</a><a class="bds_qzone">QQ空间</a></div>'
            f'<div class="xgwz"><h3>相关文章</h3><ul>{rel}</ul></div></div><div class="side">{card}</div></div>'
            + _gov_foot(rng, f"重庆市{place}区发展和改革委员会", f"50010{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}_重庆市{place}区发展和改革委员会</title><meta name="SiteName" content="重庆市{place}区发展和改革委员会">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="ColumnName" content="工作动态">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区发展改革委">')
    return head, body, url


def fl_mp_wq95(art, rng, others):
    """区 妇联 公众号 维权 post: p03 a poster at the top, `案例一：` heads in a coloured bar and `【基本案情】`
    heads (body), a 12338 热线 card and a 法律依据 box at the end (not body); p04 a grey lead box (not body),
    `问：` turns in colour and bold `刘法官：` answers; 来源/编辑/审核, 往期推荐, 阅读原文/点赞/在看."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    p03 = art["id"] == "p03"
    blocks = _paras(art["body"],
                    lambda t: f'<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;letter-spacing:1px;">{t}</span></p>',
                    head=lambda t: (f'<section style="background:#e8467c;padding:4px 10px;margin:16px 0 8px;display:inline-block;">'
                                    f'<p><span style="color:#fff;font-size:16px;"><strong>{t}</strong></span></p></section>'
                                    if t.startswith("案例") else
                                    f'<p style="line-height:1.75em;"><span style="color:#e8467c;"><strong>{t}</strong></span></p>'),
                    turn=lambda q, r: f'<p style="line-height:1.75em;"><span style="color:#e8467c;"><strong>{q}：</strong>{r}</span></p>')
    blocks = [b.replace(">刘法官：", "><strong>刘法官：</strong>") for b in blocks]
    if p03:
        blocks.insert(0, f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></p>')
        extra = ('<section style="border:1px solid #e8467c;border-radius:8px;padding:12px;margin:20px 0;text-align:center;">'
                 '<p><strong>妇女维权公益服务热线</strong></p><p><span style="font-size:22px;color:#e8467c">12338</span></p>'
                 '<p style="font-size:13px">工作日 9:00-17:00 有求必应</p></section>'
                 '<section style="font-size:12px;color:#999"><p>法律依据：《中华人民共和国民法典》第一千零八十五条；《中华人民共和国反家庭暴力法》第二十三条；《女职工劳动保护特别规定》第五条。</p></section>')
        when = f"{y}年{int(m)}月{int(d)}日 {_hm(rng)}"
    else:
        blocks.insert(0, ('<section style="background:#f7f7f7;padding:12px;margin-bottom:16px;"><p><span style="font-size:14px;color:#888;">'
                          '家不是暴力的避风港。反家暴，我们一起行动，一起来听听法官怎么说↓</span></p></section>'))
        extra = ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/' + _wx_id(rng) + '/640?wx_fmt=png"></p>'
                 '<p style="text-align:center"><span style="font-size:13px;color:#888">橙色反暴力日 · 消除对妇女的暴力</span></p>')
        when = f"{y}-{m}-{d} {_hm(rng)}"
    who = rng.sample(WHO, 3)
    tail = (f'<p><span style="font-size:12px;color:#888">来源：{esc(art["place"])}区妇联权益部</span></p>'
            f'<p><span style="font-size:12px;color:#888">编辑：{who[0]}　初审：{who[1]}　终审：{who[2]}</span></p>')
    rec = _rel(rng, others, 3, lambda t, dd: f'<p><a href="#"><span style="font-size:14px;color:#576b95">{t}</span></a></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(art["title"])}\n          </h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{esc(art["place"])}女性</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">{esc(art["place"])}女性</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{when}</em><em id="js_ip_wording_wrp">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden;">' + "".join(blocks) + extra + tail +
            f'<section><p style="text-align:center"><strong>往期推荐</strong></p>{rec}</section>'
            f'<p style="text-align:center"><span style="font-size:12px">分享 · 点赞 · 在看 · 传递妇联温度</span></p></div>'
            + _wx_tool(rng) + '</div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:30])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";var nickname = "{esc(art["place"])}女性";</script>')
    return head, body, url


def xzf_zt_xczx95(art, rng, others):
    """县政府网 乡村振兴 专题 page (GBK, old table layout): a 专题 banner and a 专题 column menu on the left,
    p05 `<font>` paragraphs with `　　` and `1.` villages as `<br>` lines in one `<p>` (body), `发布时间：
    YYYY-MM-DD hh:mm:ss` and a 相关链接 box; p06 a 通知 with an 信息公开 grid (成文日期 a day before),
    `一、` heads in 黑体, the 落款 and its date and an 附件 line (not body), `日期：Y/M/D`, 访问量 script;
    打印/关闭, 专题 footer."""
    y, m, d = _ymd(art)
    place = art["place"]
    p05 = art["id"] == "p05"
    url = f"http://www.{'cqck' if p05 else 'cqwx'}.gov.cn/zt/xczx/{'gzdt' if p05 else 'tzgg'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    paras, items = [], []
    for p in art["body"] + [None]:
        if p is not None and re.match(r"\d+\.", p):  # a numbered list line
            items.append(esc(p))
            continue
        if items:
            paras.append(f'<p>{IND}<font face="仿宋">' + "<br>\n　　".join(items) + '</font></p>')
            items = []
        if p is None:
            break
        if p.startswith(NUM_HEADS) and "。" not in p:
            paras.append(f'<p>{IND}<font face="黑体">{esc(p)}</font></p>')
        else:
            paras.append(f'<p>{IND}<font face="仿宋" size="3">{esc(p)}</font></p>')
    if p05:
        info = f'<td class="info" align="center">发布时间：{y}-{m}-{d} {_hms(rng)}&nbsp;&nbsp;来源：县农业农村委&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td>'
        grid, tail = "", ('<table class="xglj" width="100%" border="0"><tr><td><b>相关链接</b></td></tr>'
                          '<tr><td>·<a>重庆市乡村振兴局</a>　·<a>城口县农业农村委员会</a>　·<a>城口县乡村振兴信息平台</a></td></tr></table>')
    else:
        cw = int(d) - 1
        info = (f'<td class="info" align="center">日期：{int(y)}/{int(m)}/{int(d)}&nbsp;&nbsp;&nbsp;&nbsp;来源：县政府办公室&nbsp;&nbsp;&nbsp;&nbsp;'
                f'访问量：<script>document.write("{_n(rng, 4)}")</script></td>')
        grid = (f'<table class="xxgk" width="100%" border="1" cellspacing="0"><tr><td>索引号：</td><td>11500238{_n(rng, 6)}/{y}-{_n(rng, 5)}</td>'
                f'<td>发布机构：</td><td>巫溪县人民政府办公室</td></tr><tr><td>成文日期：</td><td>{y}-{m}-{cw:02d}</td>'
                f'<td>发布日期：</td><td>{y}-{m}-{d}</td></tr><tr><td>文号：</td><td>巫溪府办发〔{y}〕{rng.randint(40, 90)}号</td><td>有效性：</td><td>有效</td></tr></table>')
        paras.append(f'<p>{IND}附件：<a href="./P0{y}{m}{d}{_n(rng, 6)}.doc">参会回执.doc</a></p>'
                     f'<p style="text-align:right">巫溪县人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p>'
                     f'<p style="text-align:right">{y}年{int(m)}月{cw}日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p>')
        tail = ""
    menu = "".join(f'<tr><td class="ztmenu"><a>{c}</a></td></tr>' for c in ("工作动态", "政策文件", "通知公告", "示范创建", "典型案例", "图片新闻"))
    body = (f'<table width="1002" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td><img src="/zt/xczx/images/zt_banner.jpg" width="1002" alt="全面推进乡村振兴 加快农业农村现代化"></td></tr>'
            f'<tr><td class="ztnav"><a>专题首页</a> | <a>{place}县人民政府</a></td></tr></table>'
            f'<table width="1002" align="center" border="0" cellpadding="0" cellspacing="0"><tr>'
            f'<td width="220" valign="top"><table width="100%" class="ztleft"><tr><td class="zttitle">专题栏目</td></tr>{menu}</table></td>'
            f'<td width="10"></td><td valign="top"><table width="100%" border="0"><tr><td class="wz">当前位置：<a>首页</a> &gt;&gt; <a>专题专栏</a> &gt;&gt; <a>乡村振兴</a> &gt;&gt; '
            f'<a>{"工作动态" if p05 else "通知公告"}</a></td></tr>'
            f'<tr><td>{grid}</td></tr><tr><td class="bt" align="center"><font size="5" color="#b40000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr>{info}</tr><tr><td><div class="zw" id="zoom">' + "".join(paras) + '</div></td></tr>'
            f'<tr><td align="right"><a href="javascript:window.print()">[打印]</a>&nbsp;<a href="javascript:window.close()">[关闭]</a></td></tr>'
            f'<tr><td>{tail}</td></tr></table></td></tr></table>'
            f'<table width="1002" align="center" class="foot"><tr><td align="center">{place}县人民政府办公室主办　{place}县大数据应用发展中心承办<br>'
            f'网站标识码：500{_n(rng, 7)}　渝ICP备{_n(rng, 8)}号　渝公网安备 {_n(rng, 14)}号<br>建议使用IE8以上浏览器 1280*1024分辨率</td></tr></table>')
    head = (f'<title>{esc(art["title"])}--乡村振兴专题--{place}县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ColumnName" content="乡村振兴">')
    return head, body, url


def gmw_jy95(art, rng, others):
    """光明网-like 地方教育 report: a 光明网 channel bar, `来源：光明日报` and `YYYY-MM-DD hh:mm` info, the
    dateline inside the first paragraph (body); p07 a 引题 kicker above the headline, a photo with
    `（光明日报记者 … 摄）` caption after the second paragraph, `（光明日报记者 …）` credit and a
    `《光明日报》（ YYYY年MM月DD日 NN版）` line; p08 a 编者按 box and bold `记者：`/name turns, a 副题 kicker
    in the headline area; [ 责编 ], 分享, 相关阅读, 版权声明, footer."""
    y, m, d = _ymd(art)
    url = f"https://edu.gmw.cn/{y}-{m}/{d}/content_{_n(rng, 8)}.htm"
    p07 = art["id"] == "p07"
    blocks = _paras(art["body"], lambda t: f'<p>{IND}{t}</p>',
                    turn=lambda q, r: f'<p>{IND}<strong>{q}：{r}</strong></p>')
    blocks = [b.replace("<p>　　罗建平：", "<p>　　<strong>罗建平：</strong>") for b in blocks]
    if p07:
        blocks.insert(2, f'<p style="text-align:center"><img src="https://imgpic.gmw.cn/{y}{m}/{_n(rng, 8)}.jpg" width="600"></p>'
                         f'<p style="text-align:center">图为丰乐镇中心小学学生通过专递课堂上科学课。（光明日报记者 {rng.choice(WHO)} 摄）</p>')
        kicker = '<div class="m-title-yt">城乡结对共享优质课程资源</div>'
        note = ""
        credit = (f'<p>{IND}（光明日报记者 {rng.choice(WHO)}）</p>'
                  f'<p>{IND}《光明日报》（ {y}年{m}月{d}日 08版）</p>')
    else:
        kicker = ""
        note = ('<div class="bianzhe" style="border:1px solid #ddd;padding:10px"><p><strong>【编者按】</strong>县中兴，则教育兴。'
                '本报今起推出“县中振兴进行时”系列访谈，听基层教育工作者讲述县域高中的探索与变化。</p></div>')
        credit = f'<p>{IND}《光明日报》（ {y}年{m}月{d}日 14版）</p>'
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>[{dd}]</span></li>')
    hot = _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a></li>')
    body = (f'<div class="g-header"><a>光明网</a><a>时政</a><a>国际</a><a>时评</a><a>文化</a><a>教育</a><a>科技</a><a>光明日报</a><a>登录</a></div>'
            f'<div class="g-crumbs">当前位置：<a>首页</a>&gt;<a>教育频道</a>&gt;<a>基础教育</a></div>'
            f'<div class="g-main"><div class="m-title-box">{kicker}<h1 class="u-title">{esc(art["title"])}</h1>'
            f'<div class="m-con-info"><span class="m-con-source">来源：<a>光明日报</a></span><span class="m-con-time">{y}-{m}-{d} {_hm(rng)}</span>'
            f'<span class="m-share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></span></div></div>'
            f'{note}<div class="u-mainText" id="articleBox">' + "".join(blocks) + credit + '</div>'
            f'<div class="m-zbTool liability">[ 责编：{rng.choice(WHO)} ]</div>'
            f'<div class="m-copyright"><p>版权声明：凡《光明日报》上刊载的作品，未经本报授权，不得转载、摘编或利用其它方式使用。</p></div>'
            f'<div class="m-related"><h3>相关阅读</h3><ul>{rel}</ul></div>'
            f'<div class="m-comment"><span>网友评论</span><span>已有 {rng.randint(0, 30)} 条评论</span><textarea>文明上网理性发言</textarea></div></div>'
            f'<div class="g-aside"><h3>教育热点</h3><ul>{hot}</ul><div class="ewm"><img src="/ewm.png"><p>扫码关注光明教育</p></div></div>'
            f'<div class="g-footer"><p>光明网版权所有</p><p>京ICP备{_n(rng, 8)}号 京公网安备{_n(rng, 14)}号 互联网新闻信息服务许可证10120170009</p></div>')
    head = (f'<title>{esc(art["title"])}_光明网</title><meta name="keywords" content="教育">'
            f'<meta name="description" content="{esc(art["body"][0][:40])}"><meta name="publishdate" content="{y}-{m}-{d}">')
    return head, body, url


def tyjr_zph95(art, rng, others):
    """区 退役军人事务局 portal 招聘会 news: info spans with `&nbsp;` (`发布日期：Y/M/D`, 来源, 浏览量
    `<script>`), a photo with a `▲` caption inside the text, the 岗位 table (body), a 就业政策 tip box and
    a QR box after the text (not body), 上一篇/下一篇, 相关新闻 with dates, footer."""
    y, m, d = _ymd(art)
    place = art["place"]
    url = f"http://www.ddk.gov.cn/bm/qtyjrswj/zwxx_{_n(rng, 5)}/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f'<p class="MsoNormal" style="text-indent:2em;line-height:28pt;">{t}</p>')
    blocks.insert(2, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="550"></p>'
                     f'<p style="text-align:center"><span style="font-size:14px">▲招聘会现场，退役军人在企业展位前咨询。（区退役军人事务局供图）</span></p>')
    tip = ('<div class="tip-box" style="background:#f4f8ff;border:1px solid #c9dcf5;padding:10px;">'
           '<p><b>政策小贴士：</b>企业招用自主就业退役士兵，与其签订1年以上期限劳动合同并依法缴纳社会保险费的，可按规定享受税收优惠。</p></div>')
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><a>{t}</a><span class="fr">{dd}</span></li>')
    prev_next = _rel(rng, others, 2, lambda t, dd: f'<p><a>{t}</a></p>')
    body = (f'<div class="head"><div class="logo"><img src="/images/logo_tyjr.png" alt="重庆市{place}区退役军人事务局"></div>'
            f'<div class="search"><input value="请输入关键字"><a>搜索</a></div></div>'
            f'<div class="menu"><a>首页</a><a>机构职能</a><a>政务公开</a><a>政策法规</a><a>褒扬纪念</a><a>就业创业</a><a>服务保障</a></div>'
            f'<div class="main"><div class="crumb">当前位置：<a>首页</a> &gt; <a>就业创业</a> &gt; <a>工作动态</a></div>'
            f'<div class="article"><h2 class="title">{esc(art["title"])}</h2>'
            f'<div class="property"><span>发布日期：{int(y)}/{int(m)}/{int(d)}</span>&nbsp;&nbsp;&nbsp;<span>来源：区退役军人事务局</span>&nbsp;&nbsp;&nbsp;'
            f'<span>浏览量：<script>document.write("{_n(rng, 3)}")</script></span>&nbsp;&nbsp;&nbsp;<span>【<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div class="bt_content" id="zoomcon">' + "".join(blocks) + '</div>' + tip +
            f'<div class="qr"><img src="/images/tyjr_ewm.jpg"><p>扫一扫关注“{place}退役军人”微信公众号</p></div>'
            f'<div class="prenext"><span>上一篇：</span>{prev_next}</div>'
            f'<div class="print"><a>打印本页</a> <a>关闭窗口</a></div></div>'
            f'<div class="xgxw"><div class="tit">相关新闻</div><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, f"重庆市{place}区退役军人事务局", f"50010{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}-重庆市{place}区退役军人事务局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="工作动态">')
    return head, body, url


def jd_mp_xx95(art, rng, others):
    """街道 公众号 消夏晚会 post: a poster at the top, `时间：`/`地点：` lines with coloured labels and a
    `节目单抢先看` head in a banner section, `1.` programme lines (body), a `温馨提醒：` line (body), a 扫码
    报名 card, a 主办/承办 box, 来源/编辑, 长按关注, 阅读原文 row; date only in `publish_time` (`YYYY年M月D日`)."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s?__biz={_wx_id(rng)[:14]}==&mid={_n(rng, 10)}&idx=1&sn={_wx_id(rng)}"
    blocks = _paras(art["body"], lambda t: f'<p style="line-height:1.8em;"><span style="font-size:15px;">{t}</span></p>',
                    head=lambda t: (f'<section style="background:#1f6fb5;border-radius:20px;padding:4px 14px;margin:18px auto;text-align:center;">'
                                    f'<p><span style="color:#fff;"><strong>{t}</strong></span></p></section>'),
                    kv=lambda k, v: f'<p style="line-height:1.8em;"><span style="color:#1f6fb5;"><strong>{k}：</strong></span><span>{v}</span></p>')
    blocks = [b.replace(">温馨提醒：", "><strong>温馨提醒：</strong>") for b in blocks]
    blocks.insert(0, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></p>')
    card = ('<section style="border:2px dashed #1f6fb5;padding:12px;margin:18px 0;text-align:center;">'
            f'<p><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640?wx_fmt=png"></p><p><strong>扫码报名 下期晚会才艺展示</strong></p></section>'
            '<section style="font-size:13px;color:#666;"><p>主办：解放碑街道党工委 解放碑街道办事处</p><p>承办：八一路社区居委会</p></section>')
    who = rng.sample(WHO, 2)
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">解放碑微讯</span>'
            f'<span class="rich_media_meta_nickname"><a id="js_name">解放碑微讯</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {_hm(rng)}</em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(blocks) + card +
            f'<p><span style="font-size:12px;color:#999">来源：八一路社区</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}</span></p>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/0"></p>'
            f'<p style="text-align:center"><span style="font-size:13px">长按识别二维码 关注解放碑微讯</span></p></div>'
            + _wx_tool(rng, like=False) + '</div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";</script>')
    return head, body, url


def xb_epaper_tb95(art, rng, others):
    """县报 e-paper 头版: a masthead with date, weekday, 农历 and a 天气 box, the 版次 selector (上一版/下一版/
    PDF), a 版面 map and a 导读 box with other articles and their 版 numbers (not body); the article as
    `<br>` lines in one div (p11) or `<p>`s inside `<founder-content>` (p12, GBK), a `（转第2版）` jump line
    (p11) and a 图片新闻 caption after (p12), 编辑 line, 上一篇/下一篇, copyright; the date only in the
    masthead and the URL."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    paper = "开州日报" if p11 else "忠州日报"
    url = f"http://epaper.{'kzrb' if p11 else 'zzrb'}.cn/html/{y}-{m}/{d}/node_1.htm"
    if p11:
        text = f'<div id="ozoom" class="zw">' + "<br>\n".join(f"{IND}{esc(p)}" for p in art["body"]) + '<br>\n　　（转第2版）</div>'
        lunar, weather = "农历辛丑年腊月十六", "今日天气：阴转小雨　3℃～9℃　北风2级"
    else:
        text = ('<div id="ozoom" class="zw"><founder-content>' + "".join(f"<p>{IND}{esc(p)}</p>" for p in art["body"]) +
                '</founder-content></div><p class="tpxw" style="text-align:center"><img src="../../../res/1/' + str(_n(rng, 6)) +
                '.jpg"><br>国庆假期，游客在石宝寨景区游览。（记者 ' + rng.choice(WHO) + ' 摄）</p>')
        lunar, weather = "农历甲辰年九月初七", "今日天气：多云　17℃～24℃　东南风1级"
    guide = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>（第{rng.randint(2, 4)}版）</span></li>')
    bm = "".join(f'<li><a>第{i:02d}版：{n}</a></li>' for i, n in enumerate(("要闻", "综合", "民生", "副刊"), start=1))
    body = (f'<table width="1000" align="center" border="0" cellpadding="0" cellspacing="0"><tr>'
            f'<td class="masthead"><img src="../../../images/{"kzrb" if p11 else "zzrb"}_logo.png" alt="{paper}"></td>'
            f'<td class="today">{y}年{m}月{d}日　{_week(art)}<br>{lunar}</td>'
            f'<td class="weather"><div class="tq">{weather}</div></td></tr></table>'
            f'<table width="1000" align="center"><tr><td class="bc">第01版：要闻　<a>上一版</a>　<a>下一版</a>　'
            f'<a href="../../../page/{y}-{m}/{d}/01/{y}{m}{d}01_pdf.pdf">PDF下载</a>　<a>往期回顾</a>　<a>返回目录</a></td></tr></table>'
            f'<table width="1000" align="center"><tr><td width="330" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/01/P{y}{m}{d}01.jpg" usemap="#PagePicMap"></div><ul class="bmlb">{bm}</ul></td>'
            f'<td valign="top"><div class="daodu"><h4>导读</h4><ul>{guide}</ul></div>'
            f'<div class="article"><h1>{esc(art["title"])}</h1>{text}'
            f'<p class="editor">责任编辑：{rng.choice(WHO)}　审读：{rng.choice(WHO)}</p>'
            f'<div class="sxp"><a>上一篇</a>　<a>下一篇</a></div></div></td></tr></table>'
            f'<div class="foot">{paper}社 版权所有 未经授权禁止转载、摘编、复制或建立镜像　渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>{paper}数字报</title><meta name="keywords" content="{paper}">'
    return head, body, url


TEMPLATES = {"fgw_hzpf95": fgw_hzpf95, "fl_mp_wq95": fl_mp_wq95, "xzf_zt_xczx95": xzf_zt_xczx95,
             "gmw_jy95": gmw_jy95, "tyjr_zph95": tyjr_zph95, "jd_mp_xx95": jd_mp_xx95,
             "xb_epaper_tb95": xb_epaper_tb95}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages95", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used


if __name__ == "__main__":
    main()
