"""Build the hundred-and-forty-eighth saved-page set (``pages148``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: 区 农业农村委 portal pages, a GBK 农机购置补贴 兑付
公示 with a table and a 丰收节 news page (``nyw_njbt148``), a 银行 公众号 防诈 提示 post
(``yh_mp_fz148``), 县政府网 镇街 政务公开 pages, a GBK 镇 部门预算 公开 and a 村 低保 名单 公示
(``zj_zwgk148``), 光明网-like 理论 文章 pages (``gmw_ll148``), 区 规划和自然资源局 pages, a GBK 规划
批前公示 and a 片区更新 座谈 news (``ghzy_pqgs148``), a 社区卫生服务中心 公众号 流感疫苗 接种 通知
(``sqws_mp148``) and 县报 e-paper 第04版 副刊 pages with two 散文 (``xb_04fk148``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages148/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["罗晓燕", "唐建华", "周敏", "付强", "邓丽君", "蒋涛", "王芳", "曾凡", "黎小川", "苏婷"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"', th=False) -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; the first row
    bold or ``<th>``)."""
    out = []
    for i, r in enumerate(rows):
        if i == 0 and th:
            out.append("<tr>" + "".join(f'<th>{esc(c)}</th>' for c in r.split(" ")) + "</tr>")
            continue
        out.append("<tr>" + "".join(f'<td align="center"><p style="text-align:center">{"<b>" if i == 0 else ""}{esc(c)}{"</b>" if i == 0 else ""}</p></td>'
                                    for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None, th=False, after_table=None) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table (``after_table`` markup after
    it), ``special(p)`` (when it gives markup) first, numbered heads through ``head``, other lines
    through ``para``."""
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(_table(rows, th=th) + (after_table or ""))
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
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _foot(rng, host: str, code: str, prov: str = "渝") -> str:
    return (f'<div class="footer"><p><a>关于我们</a> | <a>网站地图</a> | <a>联系我们</a></p>'
            f'<p>主办：{host}　网站标识码：{code}</p>'
            f'<p><a>{prov}ICP备{_n(rng, 8)}号-2</a>　<img src="/images/gaba.png">{"川" if prov == "蜀" else prov}公网安备 {_n(rng, 14)}号</p>'
            '<div class="jiucuo"><img src="/images/zfwzjc.png" alt="政府网站找错"></div></div>')


def nyw_njbt148(art, rng, others):
    """区 农业农村委 portal: p01 (GBK) a 农机购置补贴 兑付 公示 — one info line glued with no whitespace
    (``发布时间：YYYY-MM-DD来源：…浏览次数：`` with a ``document.write`` counter), the 主送 line,
    ``<strong>一、…</strong>`` heads, a 补贴明细 table, 联系/监督电话 and 通信地址 lines, 特此公示 (body),
    the 落款, an 附件 line and a 补贴政策小贴士 box (not body); p02 a 丰收节 news page with 发布时间 beside a
    later 更新时间, bar heads, a photo + 楷体 ``图为`` caption, 责任编辑, a 相关链接 box and 上一篇/下一篇."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.bishan.gov.cn/bm/qnyncw/zwxx_{'tzgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    para = lambda t: f'<p style="text-indent:2em;line-height:2em"><span style="font-family:仿宋;font-size:16pt">{t}</span></p>'  # noqa: E731
    top = ('<div class="top"><div class="w1200"><span>欢迎访问重庆市璧山区人民政府网站</span><a>无障碍</a><a>长者模式</a><a>English</a></div></div>'
           '<div class="header"><img src="/images/bs_logo.png" alt="重庆市璧山区农业农村委员会"><div class="ss"><input value="请输入关键字"><a>搜索</a></div></div>'
           '<div class="nav"><ul><li>首页</li><li>机构职能</li><li>政务公开</li><li>农业农村</li><li>办事服务</li><li>互动交流</li></ul></div>')
    if p01:
        def special(p):
            if p.endswith("：") and p.startswith("各镇"):
                return f'<p style="line-height:2em"><span style="font-family:仿宋;font-size:16pt">{esc(p)}</span></p>'
            return None
        blocks = _blocks(art["body"], para, special=special,
                         head=lambda t: f'<p style="text-indent:2em;line-height:2em"><strong><span style="font-family:黑体;font-size:16pt">{t}</span></strong></p>')
        info = (f'<div class="xxgk_info">发布时间：{y}-{m}-{d}来源：区农业农村委浏览次数：<span id="clicks"><script>document.write("{_n(rng, 3)}")</script></span>'
                '【字体：<a>大</a> <a>中</a> <a>小</a>】</div>')
        tail = ('<p style="text-align:right;line-height:2em"><span style="font-family:仿宋;font-size:16pt">重庆市璧山区农业农村委员会</span></p>'
                f'<p style="text-align:right;line-height:2em"><span style="font-family:仿宋;font-size:16pt">{y}年{int(m)}月{int(d)}日</span></p>'
                f'<p class="fj">附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.xlsx">璧山区2025年第二批农机购置与应用补贴资金兑付明细表.xlsx</a></p>')
        box = ('<div class="xtip" style="border:1px solid #d8b36a;background:#fffaf0;padding:12px"><h4>补贴政策小贴士</h4>'
               '<p>购机者应在购机后及时登录农机购置与应用补贴信息化系统提交申请，补贴机具须在规定期限内保持正常使用，不得擅自转卖。</p></div>')
        body = (top + '<div class="w1200"><div class="pos">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>通知公告</a></div>'
                f'<div class="detail"><h1 class="dtitle">{esc(art["title"])}</h1>{info}'
                '<div class="view TRS_UEDITOR trs_paper_default">' + "".join(blocks) + tail + f'</div>{box}'
                '<div class="tool"><a>【打印本页】</a><a>【关闭窗口】</a><span>分享到：<a class="wx"></a><a class="wb"></a></span></div></div></div>'
                + _foot(rng, "重庆市璧山区农业农村委员会", f"500120{_n(rng, 4)}"))
        head = (f'<title>{esc(art["title"])}_重庆市璧山区农业农村委员会</title>'
                f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="ColumnName" content="通知公告">')
    else:
        bars = {p for p in art["body"] if len(p) <= 12 and "，" in p and "。" not in p}

        def special(p):
            if p in bars:
                return ('<div class="bar" style="margin:20px 0 10px;border-left:6px solid #e3a21a;background:#fdf3dc;padding:6px 12px">'
                        f'<p><strong><span style="color:#a0520d;font-size:17px">{esc(p)}</span></strong></p></div>')
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:1.9em">{t}</p>', special=special)
        blocks.insert(1, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="600"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体;font-size:14px">图为丰收节主场活动现场，农户展示新收的稻谷。</span></p>')
        blocks.insert(5, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="600"></p>'
                         f'<p style="text-align:center"><span style="font-family:楷体;font-size:14px">（摄影：{who[2]}）</span></p>')
        info = (f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span>　<span>更新时间：{y}-{m}-{int(d) + 2:02d} 09:{rng.randint(10, 59)}</span>'
                '　<span>来源：区农业农村委</span>　<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>')
        links = _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
        body = (top + '<div class="w1200"><div class="pos">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>工作动态</a></div>'
                f'<div class="detail"><h1 class="dtitle">{esc(art["title"])}</h1>{info}'
                '<div class="view TRS_UEDITOR">' + "".join(blocks) + '</div>'
                f'<div class="editor">责任编辑：{who[0]}</div>'
                f'<div class="xglj"><h4>相关链接</h4><ul>{links}</ul></div>'
                f'<div class="sxp"><p>上一篇：<a>{esc(others[0][0])}</a></p><p>下一篇：<a>{esc(others[2][0])}</a></p></div>'
                '<div class="tool"><a>【打印】</a><a>【关闭】</a></div></div></div>'
                + _foot(rng, "重庆市璧山区农业农村委员会", f"500120{_n(rng, 4)}"))
        head = f'<title>{esc(art["title"])}_重庆市璧山区农业农村委员会</title><meta name="PubDate" content="{y}-{m}-{d}">'
    return head, body, url


def yh_mp_fz148(art, rng, others):
    """银行 公众号 防诈 post: a visible ``publish_time`` with an IP 属地, a 关注 banner, pill bar heads
    ``骗局一：…``, a ``请记住：`` line, a bold ``张阿姨：`` turn, a ``：``-ended lead-in, ``1.`` items and a
    centred slogan (body); two ``▲`` captions, a 温馨提示 box, 往期推荐, 精选留言 and the tool bar (not
    body)."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 3)
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith("骗局"):
            out.append('<section style="text-align:center;margin:24px 0 12px"><section style="display:inline-block;background:#b8202c;border-radius:16px;padding:4px 18px">'
                       f'<p><strong><span style="color:#fff;font-size:16px">{esc(p)}</span></strong></p></section></section>')
        elif p.startswith("张阿姨："):
            out.append(f'<p style="line-height:1.75em"><span style="font-size:15px"><strong>张阿姨：</strong>{esc(p[4:])}</span></p>')
        elif p.endswith("！") and len(p) < 16:
            out.append(f'<p style="text-align:center;margin:20px 0"><strong><span style="color:#b8202c;font-size:18px">{esc(p)}</span></strong></p>')
        elif p.startswith("请记住"):
            out.append(f'<p style="line-height:1.75em"><span style="font-size:15px;color:#b8202c"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.75em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i in (3, 13):
            cap = "▲诈骗短信示例（图片来源于网络）" if i == 3 else "▲网点柜员向老年客户讲解防诈知识"
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#8c8c8c">{cap}</span></p>')
    banner = ('<section style="text-align:center"><p><span style="font-size:13px;color:#b8202c">点击上方蓝字 关注渝东农商银行</span></p></section>')
    box = ('<section style="background:#fdf1f1;border:1px dashed #b8202c;padding:12px;margin-top:20px"><p><strong>温馨提示</strong></p>'
           '<p><span style="font-size:14px">如遇可疑情况，请立即拨打全国反诈专线96110或我行客服热线咨询，也可就近到我行营业网点求助。</span></p></section>')
    tail = (f'<p><span style="font-size:12px;color:#999">来源：渝东农商银行消费者权益保护部　编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong>往期推荐</strong></p>' + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="color:#576b95;font-size:14px">{tt}</span></p>') + '</section>')
    comments = "".join(f'<li><span class="nick">{n}</span><p>{c}</p><em>{k}赞</em></li>' for n, c, k in
                       (("山城老李", "已转发到家族群，谢谢提醒", rng.randint(10, 90)),
                        ("晴天", "上周就接到过冒充客服的电话，幸好没理", rng.randint(5, 40))))
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{who[2]}</span>'
            '<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">渝东农商银行</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {t}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">{banner}' + "".join(out) + box + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(2000, 9000)}</span><a>赞 {rng.randint(20, 200)}</a><a>在看 {rng.randint(10, 90)}</a><a>写留言</a></div>'
            f'<div class="discuss"><h3>精选留言</h3><ul>{comments}</ul></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "渝东农商银行";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def zj_zwgk148(art, rng, others):
    """县政府网 镇街 政务公开: p04 (GBK) a 镇 部门预算 公开说明 on an old table layout — an 索引号 grid (发布
    日期 inside), the text as ``<br><br>`` lines in one ``<font>`` with ``<b>一、…</b>`` heads, a 三公经费
    table with its 注 line after it, ``1.`` items (body; the 注 not), the 落款 two days earlier and an 附件
    line; p05 a 村 低保 名单 公示 with a ``<th>`` table, 公示时间 and three 监督电话 lines, 特此公示 (body),
    a two-issuer 落款, a 政策小贴士 box; its only visible date a later 更新时间 (meta PubDate and the URL
    give the publication date)."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.pujiang.gov.cn/pjxrmzf/c{_n(rng, 6)}/{y}-{m}/{d}/content_{_n(rng, 10)}.shtml"
    who = rng.sample(WHO, 2)
    if p04:
        parts, rows = [], []
        for p in art["body"] + [None]:
            if p is not None and _row(p):
                rows.append(p)
                continue
            if rows:
                parts.append("</font>" + _table(rows, attrs='border="1" cellspacing="0" cellpadding="3" width="90%" align="center" bordercolor="#000000"')
                             + '<font face="仿宋_GB2312" size="3">　　注：“三公”经费统计口径为一般公共预算财政拨款安排的支出。<br><br>')
                rows = []
            if p is None:
                break
            parts.append(f"　　<b>{esc(p)}</b><br><br>" if _head(p) else f"　　{esc(p)}<br><br>")
        text = ('<font face="仿宋_GB2312" size="3">' + "".join(parts)
                + f'<div align="right">蒲江县寿安镇人民政府<br>{y}年{int(m)}月{int(d) - 2}日</div><br>'
                + f'附件：<a href="/uploads/{y}{m}/{_n(rng, 9)}.xls">寿安镇2025年部门预算公开表.xls</a></font>')
        grid = ('<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#cccccc" class="xxgk">'
                f'<tr><td width="15%">索引号：</td><td width="35%">{_n(rng, 9)}/{y}-{_n(rng, 5)}</td><td width="15%">公开方式：</td><td>主动公开</td></tr>'
                f'<tr><td>发布机构：</td><td>寿安镇</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr>'
                '<tr><td>信息类别：</td><td>财政预决算</td><td>公开范围：</td><td>面向社会</td></tr></table>')
        body = ('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/pj_top.jpg" width="1000" height="150"></td></tr>'
                '<tr><td class="nav" height="34" bgcolor="#0b5aa5">&nbsp;<a>首页</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>镇街动态</a>&nbsp;|&nbsp;<a>办事服务</a>&nbsp;|&nbsp;<a>政民互动</a></td></tr></table>'
                '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="200" valign="top" class="left"><div class="lmt">镇街政务公开</div><ul><li><a>鹤山街道</a></li><li><a>寿安镇</a></li>'
                '<li><a>大塘镇</a></li><li><a>西来镇</a></li><li><a>朝阳湖镇</a></li></ul></td>'
                '<td width="800" valign="top"><div class="wz">您现在的位置：<a>首页</a> &gt;&gt; <a>镇街政务公开</a> &gt;&gt; <a>寿安镇</a> &gt;&gt; 财政预决算</div>'
                f'{grid}<table width="100%"><tr><td align="center" class="bt" style="font-size:22px;font-weight:bold;color:#c00">{esc(art["title"])}</td></tr>'
                f'<tr><td id="zoom" class="content">{text}</td></tr>'
                '<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table></td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">主办：蒲江县人民政府办公室　承办：蒲江县政务服务和网络理政办公室<br>'
                f'蜀ICP备{_n(rng, 8)}号　川公网安备 {_n(rng, 14)}号　网站标识码：5101310{_n(rng, 3)}</td></tr></table>')
        head = f'<title>{esc(art["title"])}-蒲江县人民政府</title><meta name="keywords" content="寿安镇,部门预算">'
    else:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:1.8em">{t}</p>', th=True)
        sig = ('<p style="text-align:right">寿安镇长秋村村民委员会</p><p style="text-align:right">蒲江县寿安镇人民政府</p>'
               f'<p style="text-align:right">{y}年{int(m)}月{int(d)}日</p>')
        box = ('<div class="tip" style="background:#f3f8fd;border:1px solid #9cc3e6;padding:10px;margin-top:12px"><p><b>政策小贴士</b></p>'
               '<p>城乡低保实行动态管理，对收入、财产状况发生变化的家庭，镇人民政府将按规定及时增发、减发或者停发低保金。</p></div>')
        body = ('<div class="head"><img src="/images/pj_logo.png" alt="蒲江县人民政府"><div class="search"><input value="站内搜索"></div></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>镇街公开</li><li>办事服务</li><li>政民互动</li></ul></div>'
                '<div class="position">当前位置：<a>首页</a> &gt; <a>镇街公开</a> &gt; <a>寿安镇</a> &gt; <a>社会救助</a></div>'
                f'<div class="article"><h2>{esc(art["title"])}</h2>'
                f'<div class="attr"><span>来源：寿安镇社会事务办公室</span><span>更新时间：{y}-{m}-{int(d) + 2:02d} 16:{rng.randint(10, 59)}</span>'
                f'<span>浏览：<script>document.write({_n(rng, 3)})</script>次</span></div>'
                '<div class="con">' + "".join(blocks) + sig + f'</div>{box}'
                '<div class="share">分享：<a class="wx"></a><a class="wb"></a>　<a>打印</a>　<a>关闭</a></div></div>'
                + _foot(rng, "蒲江县人民政府办公室", f"5101310{_n(rng, 3)}", "蜀"))
        head = (f'<title>{esc(art["title"])}-蒲江县人民政府</title><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
                '<meta name="ContentSource" content="寿安镇">')
    return head, body, url


def gmw_ll148(art, rng, others):
    """光明网-like 理论 page: a glued date+来源 line (p06), an author line, bold heads (``坚持…，推动…`` or
    ``一、…``), an ``（作者：…，系…）`` line after the text, ``[责任编辑：…]``, 分享, 相关阅读 with dates,
    copyright (not body); p07 an 编者按 box above the text and no visible date (meta ``publishdate``
    and the URL)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://theory.gmw.cn/{y}-{m}/{d}/content_{_n(rng, 8)}.htm"
    who = rng.sample(WHO, 3)
    para = lambda t: f'<p>　　{t}</p>'  # noqa: E731
    special = (lambda p: f'<p>　　<strong>{esc(p)}</strong></p>' if p.startswith("坚持") and "。" not in p else None)
    blocks = _blocks(art["body"], para, head=lambda t: f'<p>　　<strong>{t}</strong></p>', special=special)
    note = ('' if p06 else
            '<div class="m-bianzhe"><p><strong>【编者按】</strong>传统村落是活着的文化遗产。本期刊发一篇评论文章，探讨在新形势下如何做好传统村落的保护与利用，敬请关注。</p></div>')
    info = (f'<div class="m-con-source"><span class="m-con-time">{y}-{m}-{d} {_hm(rng)}</span>来源：<a>光明日报</a></div>' if p06
            else '<div class="m-con-source">来源：<a>光明网-理论频道</a></div>')
    unit = "某大学马克思主义学院教授" if p06 else "某省社会科学院文化研究所研究员"
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>')
    body = ('<div class="g-header"><a class="logo"><img src="//img.gmw.cn/pic/gmwLogo.png" alt="光明网"></a>'
            '<ul class="m-nav"><li>首页</li><li>时政</li><li>理论</li><li>文化</li><li>科技</li><li>教育</li></ul></div>'
            '<div class="g-main"><div class="m-crumb"><a>光明网</a> &gt; <a>理论频道</a> &gt; <a>理论评论</a></div>'
            f'<h1 class="u-title">{esc(art["title"])}</h1>{info}'
            f'<div class="m-author">作者：{who[0]}</div>'
            f'<div class="u-mainText" id="articleBox">{note}' + "".join(blocks)
            + f'<p>　　（作者：{who[0]}，系{unit}）</p></div>'
            f'<div class="m-zbj"><span>[责任编辑：{who[1]}]</span></div>'
            '<div class="m-share">分享到：<a class="wx"></a><a class="wb"></a><a class="qq"></a></div>'
            f'<div class="m-xgyd"><h3>相关阅读</h3><ul>{rel}</ul></div></div>'
            '<div class="g-footer"><p>光明网版权所有</p><p>京ICP证030301号 京公网安备11000002000021号</p></div>')
    head = f'<title>{esc(art["title"])}_光明网</title>'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="description" content="{esc(art["body"][0][:40])}">'
    return head, body, url


def ghzy_pqgs148(art, rng, others):
    """区 规划和自然资源局: p08 (GBK) a 设计方案 批前公示 on an old table layout — a bracketed glued info cell
    (``[YYYY-MM-DD]来源：…点击：``), ``<b>一、…</b>`` heads, ``1.项目名称：…；`` items, a 技术经济指标 table,
    a 公示时间 line, 联系电话/电子邮箱/通信地址 lines (body), two 图 captions, the 落款 and an 附件 line (not
    body); p09 a 座谈 news page — ``居民 name：``/``商户 name：`` turns, ``问：``/``答：`` (body), a ▲
    caption, 责任编辑 and 相关新闻 (not body)."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.ybq.gov.cn/bm/qghzyj/{'gsgg' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 3)
    if p08:
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em;line-height:28px"><font size="3">{t}</font></p>',
                         head=lambda t: f'<p style="text-indent:2em;line-height:28px"><font size="3"><b>{t}</b></font></p>')
        blocks.insert(12, f'<p align="center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="560"></p><p align="center"><font size="2">图1　总平面图</font></p>'
                          f'<p align="center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="560"></p><p align="center"><font size="2">图2　鸟瞰效果图</font></p>')
        tail = ('<p align="right"><font size="3">重庆市渝北区规划和自然资源局</font></p>'
                f'<p align="right"><font size="3">{y}年{int(m)}月{int(d)}日</font></p>'
                f'<p><font size="3">附件：<a href="/uploads/{y}{m}/{_n(rng, 9)}.pdf">龙兴滨湖花园二期设计方案公示图.pdf</a></font></p>')
        body = ('<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/ghzy_top.jpg" width="980" height="140"></td></tr>'
                '<tr><td class="menu" bgcolor="#2d6a3e" height="32">&nbsp;<a>首页</a>&nbsp;&nbsp;<a>机构概况</a>&nbsp;&nbsp;<a>公示公告</a>&nbsp;&nbsp;<a>规划管理</a>&nbsp;&nbsp;<a>自然资源</a>&nbsp;&nbsp;<a>互动交流</a></td></tr></table>'
                '<table width="980" align="center"><tr><td class="wz">当前位置：首页 &gt;&gt; 公示公告 &gt;&gt; 批前公示</td></tr>'
                f'<tr><td align="center" height="50"><font size="5" color="#2d6a3e"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="xx">[{y}-{m}-{d}]来源：区规划自然资源局点击：<script>document.write("{_n(rng, 3)}")</script></td></tr>'
                '<tr><td id="zoom">' + "".join(blocks) + tail + '</td></tr>'
                '<tr><td align="center">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr></table>'
                f'<table width="980" align="center" class="bottom"><tr><td align="center">版权所有：重庆市渝北区规划和自然资源局　渝ICP备{_n(rng, 8)}号<br>'
                f'地址：渝北区双龙大道{rng.randint(100, 300)}号　渝公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="批前公示,渝北区规划和自然资源局">'
    else:
        def special(p):
            for lab in ("居民 何素芬：", "商户 谭国强：", "问：", "答："):
                if p.startswith(lab):
                    return f'<p style="text-indent:2em"><strong>{esc(lab)}</strong>{esc(p[len(lab):])}</p>'
            return None
        blocks = _blocks(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>', special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg"></p>'
                         '<p style="text-align:center;color:#666">▲座谈会现场，居民代表查看片区更新效果图</p>')
        rel = _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><i>{dd}</i></li>')
        body = ('<div class="header"><img src="/images/yb_logo.png" alt="重庆市渝北区人民政府"></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>部门动态</li><li>办事服务</li></ul></div>'
                '<div class="crumb">您的位置：<a>首页</a> &gt; <a>区规划自然资源局</a> &gt; <a>工作动态</a></div>'
                f'<div class="zw"><h1>{esc(art["title"])}</h1>'
                f'<div class="zw-info">{y}-{m}-{d} {_hm(rng)} | 来源：区规划自然资源局 | 作者：{who[0]} | 阅读：<span id="read">{_n(rng, 3)}</span></div>'
                '<div class="zw-con">' + "".join(blocks) + '</div>'
                f'<p class="zrbj">（责任编辑：{who[1]}）</p>'
                f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
                + _foot(rng, "重庆市渝北区人民政府办公室", f"500112{_n(rng, 4)}"))
        head = f'<title>{esc(art["title"])}_重庆市渝北区人民政府</title><meta name="PubDate" content="{y}-{m}-{d}">'
    return head, body, url


def sqws_mp148(art, rng, others):
    """社区卫生服务中心 公众号 接种 通知: the salutation, ``一、…`` bar heads, 接种时间/接种地点 lines, a
    疫苗 table, ``1.`` items, a 咨询电话 line and 特此通知 (body); the 落款 and its date, a 温馨提示 card, a
    QR 预约 prompt, 阅读原文 (not body); an empty ``publish_time`` (the script's ``ct`` gives the date)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    y, m, d = _ymd(art)
    t = _hm(rng)
    who = rng.sample(WHO, 2)

    def special(p):
        if _head(p):
            return ('<section style="margin:22px 0 10px;background:linear-gradient(90deg,#1f9d8b,#7fd1c3);padding:5px 12px">'
                    f'<p><strong><span style="color:#fff;font-size:16px">{esc(p)}</span></strong></p></section>')
        if p.startswith("各位居民"):
            return f'<p style="line-height:1.8em"><span style="font-size:15px">{esc(p)}</span></p>'
        return None
    blocks = _blocks(art["body"], lambda x: f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px">{x}</span></p>',
                     special=special)
    sig = ('<p style="text-align:right"><span style="font-size:15px">江北区青石街道社区卫生服务中心</span></p>'
           f'<p style="text-align:right"><span style="font-size:15px">{y}年{int(m)}月{int(d)}日</span></p>')
    card = ('<section style="border:1px solid #1f9d8b;border-radius:10px;padding:12px;margin:18px 0"><p><strong><span style="color:#1f9d8b">温馨提示</span></strong></p>'
            '<p><span style="font-size:14px">为减少排队等候，建议提前通过“健康江北”小程序预约接种时段；同一天可同时接种流感疫苗和新冠疫苗，具体请咨询接种医生。</span></p></section>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
            '<p style="text-align:center"><span style="font-size:12px;color:#888">长按识别二维码 在线预约接种</span></p>'
            f'<p><span style="font-size:12px;color:#999">供稿：预防保健科　编辑：{who[0]}　审核：{who[1]}</span></p>')
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">青石社区卫生服务中心</a></span>'
            '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            '<div class="rich_media_content" id="js_content">' + "".join(blocks) + sig + card + '</div>'
            '<div class="rich_media_tool"><a id="js_view_source">阅读原文</a>'
            f'<span>阅读 {rng.randint(500, 4000)}</span><a>赞 {rng.randint(5, 80)}</a><a>在看 {rng.randint(3, 30)}</a></div>'
            '<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "青石社区卫生服务中心"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xb_04fk148(art, rng, others):
    """县报 e-paper 第04版 副刊: masthead ``YYYY年M月D日　星期X`` (the only visible date; the URL agrees),
    版次 links, 上一版/下一版, 版面导航, the 栏目 name, an author line (``□ name``/``◎ name``) (not body).
    p11 (GBK) an old table e-paper with the 散文 as ``<br>`` lines in one ``<td>`` and an 作者简介 after;
    p12 a 散文 as ``<P>`` paragraphs in ``#ozoom``, an 插图 credit and a second piece (a short poem) in
    full after it."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://epaper.rxb.cn/html/{y}-{m}/{d}/node_4.htm" if p11 else f"http://epaper.rxb.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    who = rng.sample(WHO, 3)
    mast = (f'<div class="mast"><img src="../../../images/rxb_logo.gif" alt="荣县报"><span class="date">{y}年{int(m)}月{int(d)}日　{_week(art)}</span>'
            '<span>中共荣县县委机关报　荣县报社出版</span></div>')
    bc = ('<div class="banci"><a>第01版：要闻</a> <a>第02版：综合</a> <a>第03版：民生</a> <a class="cur">第04版：旭水副刊</a>'
          '　<a>上一版</a>　<a>下一版</a>　<a>PDF版</a>　<a>往期回顾</a></div>')
    if p11:
        text = "<br>".join(f"　　{esc(p)}" for p in art["body"])
        body = (mast + bc + '<table width="1000" align="center" cellspacing="0" cellpadding="0"><tr>'
                f'<td width="330" valign="top"><img src="../../../page/{y}-{m}/{d}/04/{y}{m}{d}04_s.jpg" width="320" usemap="#PagePicMap">'
                '<div class="bmdh">版面导航</div><table class="list"><tr><td><a>外婆的柴灶</a></td></tr><tr><td><a>村口的老黄桷树</a></td></tr><tr><td><a>秋分</a></td></tr></table></td>'
                '<td valign="top"><table width="100%"><tr><td class="lm" style="color:#8b1a1a">旭水副刊</td></tr>'
                f'<tr><td align="center" class="font01" style="font-size:22px"><b>{esc(art["title"])}</b></td></tr>'
                f'<tr><td align="center" class="font02">□ {who[0]}</td></tr>'
                f'<tr><td class="font03" id="ozoom"><!--enpcontent-->{text}<br><!--/enpcontent--></td></tr>'
                f'<tr><td class="font04"><i>作者简介：{who[0]}，荣县作家协会会员，作品散见于《四川日报》《自贡日报》等报刊。</i></td></tr>'
                f'<tr><td class="bj">责任编辑：{who[1]}</td></tr></table></td></tr></table>'
                f'<div class="copy">荣县报社版权所有　未经授权不得转载　蜀ICP备{_n(rng, 8)}号</div>')
    else:
        text = '<div id="ozoom"><founder-content>' + "".join(f"<P>　　{esc(p)}</P>" for p in art["body"]) + '</founder-content></div>'
        other = ('<div class="other-piece"><h3>秋分</h3>'
                 f'<div class="author">□ {who[2]}</div><P>稻子低下头的时候</P><P>父亲把镰刀磨得发亮</P><P>昼与夜各让一步</P><P>秋天就站在了田中央</P></div>')
        body = (mast + bc + '<div class="wrap"><div class="left"><div class="bmt">'
                f'<img src="../../../page/{y}-{m}/{d}/04/{y}{m}{d}04_b.jpg" width="320"></div>'
                f'<ul class="bmlist"><li><a>{esc(art["title"])}</a></li><li><a>秋分</a></li><li><a>在老街喝一碗茶</a></li></ul></div>'
                f'<div class="right"><div class="lanmu">旭水副刊</div><h1>{esc(art["title"])}</h1><div class="author">◎ {who[0]}</div>{text}'
                f'<p class="ct">（插图　{who[1]}）</p>{other}'
                f'<div class="bj">责任编辑：{WHO[9] if who[2] != WHO[9] else WHO[8]}</div><div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></div>'
                f'<div class="copy">荣县报社版权所有　未经授权不得转载　蜀ICP备{_n(rng, 8)}号</div>')
    head = '<title>荣县报数字报-第04版：旭水副刊</title><meta name="keywords" content="荣县报,数字报,副刊">'
    return head, body, url


TEMPLATES = {"nyw_njbt148": nyw_njbt148, "yh_mp_fz148": yh_mp_fz148, "zj_zwgk148": zj_zwgk148,
             "gmw_ll148": gmw_ll148, "ghzy_pqgs148": ghzy_pqgs148, "sqws_mp148": sqws_mp148,
             "xb_04fk148": xb_04fk148}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages148", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
