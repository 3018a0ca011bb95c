"""Build the hundred-and-thirtieth saved-page set (``pages130``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 统计局 portal 人口抽样调查 公告 and a 调查员 培训
news page (``tjj_cydc130``), a 区 旅游 公众号 露营地 攻略 post (``ly_mp_lyd130``), a 县政府网 政府采购
中标结果公告 with a table and a 专项整治 news page (``xzf_zfcg130``), 光明网-like 文化 pages
(``gmw_wh130``), a 区 公安分局 portal 警情通报 and a 警方提醒 问答 page (``gaj_jqtb130``), a 社区 公众号
垃圾分类 积分 post (``sq_mp_ljfl130``) and a 都市报 e-paper 第06版 教育 (``dsb_06jy130``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages130/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["王雪梅", "李俊", "张婷", "赵刚", "罗佳", "周航", "许丹", "郑伟", "彭莉", "蒋磊"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    """A numbered subheading inside the text (``一、…`` without sentence punctuation)."""
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits; the first row
    bold)."""
    out = []
    for i, r in enumerate(rows):
        cells = "".join(f'<td valign="middle"><p class="MsoNormal" align="center" style="text-align:center">'
                        f'<span style="font-family:仿宋_GB2312">{"<b>" if i == 0 else ""}{esc(c)}{"</b>" if i == 0 else ""}</span></p></td>'
                        for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None) -> list[str]:
    """The body lines as HTML blocks: consecutive table rows in one table, ``special(p)`` (when it
    gives markup) first, numbered heads through ``head``, other lines through ``para``."""
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
    return (f'<div class="footer"><div class="ft-link"><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a> | <a>隐私声明</a></div>'
            f'<p>主办单位：{sponsor or host}　承办单位：{host}</p>'
            f'<p>网站标识码：{code}　<a>渝ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jg"><img src="/images/red.png"><img src="/images/zfjc.png"></div></div>')




def _sc_foot(rng, host: str, code: str) -> str:
    return (f'<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>无障碍浏览</a></p>'
            f'<p>主办单位：{host}　网站标识码：{code}</p>'
            f'<p><a>蜀ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png">川公网安备 {_n(rng, 14)}号</p></div>')


def tjj_cydc130(art, rng, others):
    """区 统计局 portal: p01 (GBK) a 人口抽样调查 公告 — one info line glued with no whitespace
    (``发布时间：YYYY-MM-DD来源：…浏览次数：`` + a ``document.write`` counter), a 文号 line,
    ``<strong>一、…</strong>`` heads, 时间 lines, 咨询/监督电话 lines and 特此公告 (body), the 落款 and a
    date one day earlier, an 附件 line and a 统计小知识 box (not body); p02 a 培训 news page whose only
    visible date is a later ``更新时间`` (meta ``PubDate`` and the URL give the date), a photo + 楷体
    caption, a 责任编辑 line, 上一篇/下一篇 and 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.pidu.gov.cn/pdqtjj/{'tzgg' if p01 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.shtml"
    who = rng.sample(WHO, 3)
    para = lambda t: f'<p style="text-indent:2em;line-height:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>'  # noqa: E731
    if p01:
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:2em"><strong><span style="font-family:黑体">{t}</span></strong></p>')
        before = datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=1)
        info = (f'<div class="xxgk_info">发布时间：{y}-{m}-{d}来源：郫都区统计局浏览次数：<script>document.write("{_n(rng, 4)}")</script>'
                '【<a>大</a><a>中</a><a>小</a>】</div>'
                f'<p class="wh" style="text-align:center">郫统发〔{y}〕{rng.randint(10, 40)}号</p>')
        tail = ('<p style="text-align:right;line-height:2em">成都市郫都区统计局</p>'
                f'<p style="text-align:right;line-height:2em">{before.year}年{before.month}月{before.day}日</p>'
                f'<p>附件：<a href="/uploads/{y}{m}/{_n(rng, 10)}.pdf">郫都区2024年人口变动抽样调查小区分布表.pdf</a></p>')
        extra = ('<div class="tjzs" style="border:1px solid #c9d9ef;padding:10px;margin-top:15px"><h4>统计小知识</h4>'
                 '<p>人口变动情况抽样调查在两次人口普查之间的年份开展，是获取年度人口数据的重要来源。</p></div>')
        crumb = "通知公告"
    else:
        blocks = _blocks(art["body"], para)
        blocks.insert(2, f'<p style="text-align:center"><img src="/uploads/{y}{m}/{_n(rng, 10)}.jpg" width="600"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体">培训会现场（区统计局供图）</span></p>')
        upd = datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=3)
        info = (f'<div class="xxgk_info"><span>来源：区统计局</span>&nbsp;&nbsp;<span>更新时间：{upd.isoformat()} {_hm(rng)}</span>&nbsp;&nbsp;'
                f'<span>浏览次数：<script>document.write("{_n(rng, 3)}")</script></span></div>')
        pn = rng.sample(others, 2)
        tail = f'<p style="text-align:right">（责任编辑：{who[0]}）</p>'
        extra = (f'<div class="sxp"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div>'
                 '<div class="xgxw"><h3>相关新闻</h3><ul>' + _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>') + '</ul></div>')
        crumb = "工作动态"
    body = ('<div class="topbar"><span>欢迎访问成都市郫都区人民政府网站</span><a>无障碍</a><a>长者模式</a></div>'
            '<div class="header"><img src="/images/pd_logo.png" alt="郫都区统计局"></div>'
            '<div class="nav"><ul><li>首页</li><li>机构概况</li><li>统计数据</li><li>统计分析</li><li>通知公告</li><li>工作动态</li></ul></div>'
            f'<div class="position">当前位置：<a>首页</a> &gt; <a>区统计局</a> &gt; <a>{crumb}</a></div>'
            f'<div class="article"><h1 class="title">{esc(art["title"])}</h1>{info}'
            '<div class="TRS_UEDITOR" id="zoom">' + "".join(blocks) + tail + f'</div>{extra}'
            '<div class="tool"><span>分享到：<a class="wx"></a><a class="wb"></a></span><a>【打印】</a><a>【关闭】</a></div></div>'
            + _sc_foot(rng, "成都市郫都区统计局", f"510124{_n(rng, 4)}"))
    head = f'<title>{esc(art["title"])}-成都市郫都区人民政府</title><meta name="ColumnName" content="{crumb}">'
    if not p01:
        head += f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ArticleTitle" content="{esc(art["title"])}">'
    return head, body, url


def ly_mp_lyd130(art, rng, others):
    """区 旅游 公众号 露营地 攻略: ``01 name`` badge heads, ``地址：`` lines, a closing slogan (body);
    a ``点击蓝字关注`` banner, ▲ captions, a 露营小贴士 box, a QR 预约 line, 文字/图片/编辑 credits,
    推荐阅读, 阅读原文, 在看 and 精选留言 (not body); ``publish_time`` ``YYYY-MM-DD hh:mm``."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 3)
    caps = iter(["▲桃花沟营地", "▲从观景台营地远眺城市夜景", "▲枇杷林营地的儿童沙池", "▲星空营地"])

    def special(p):
        if p[:2].isdigit() and p[2] == " ":
            return (f'<section style="margin:26px 0 10px"><section style="display:inline-block;background:#3a8f5c;color:#fff;padding:2px 10px;'
                    f'border-radius:4px 0 0 4px"><strong>{esc(p[:2])}</strong></section><section style="display:inline-block;border-bottom:2px solid #3a8f5c;padding:2px 10px">'
                    f'<strong><span style="color:#3a8f5c">{esc(p[3:])}</span></strong></section></section>')
        if p.startswith("地址："):
            return f'<p style="line-height:1.75em"><span style="font-size:14px;color:#3a8f5c">{esc(p)}</span></p>'
        if p.endswith("！") and len(p) < 12:
            return f'<p style="text-align:center"><strong><span style="color:#3a8f5c;font-size:17px">{esc(p)}</span></strong></p>'
        return None

    out = []
    for b in _blocks(art["body"], lambda x: f'<p style="line-height:1.75em;margin-bottom:10px"><span style="font-size:15px">{x}</span></p>', special=special):
        out.append(b)
        if any(k in b for k in ("不会太吵", "一点点亮起来", "儿童沙池", "看到银河")):
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#999">{next(caps)}</span></p>')
    banner = '<p style="text-align:center"><span style="font-size:12px;color:#3a8f5c">点击蓝字 关注我们</span></p>'
    box = ('<section style="background:#eef7f1;padding:12px;margin-top:20px;border-radius:6px"><p><strong>露营小贴士</strong></p>'
           '<p><span style="font-size:14px">1.五一期间营地需求量大，建议提前3天电话预约；</span></p>'
           '<p><span style="font-size:14px">2.山区早晚温差大，请备好防潮垫、保暖衣物和驱蚊用品。</span></p></section>'
           f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
           '<p style="text-align:center"><span style="font-size:12px">扫码查看营地实时预约情况</span></p>')
    tail = (f'<p><span style="font-size:12px;color:#999">文字：{who[0]}　图片：{who[1]}　编辑：{who[2]}</span></p>'
            '<section><p><strong>推荐阅读</strong></p>' + _rel(rng, others, 3, lambda tt, dd: f'<p><a>{tt}</a></p>') + '</section>')
    comments = ('<div class="discuss"><h4>精选留言</h4><ul><li><span>山野小鹿</span><p>观景台营地去过，夜景确实美，就是风太大了！</p></li>'
                '<li><span>阿杰爸爸</span><p>枇杷林营地适合带娃，收藏了。</p></li></ul></div>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">小龙</span>'
            f'<span class="rich_media_meta_nickname"><a id="js_name">龙泉驿文旅</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em><em class="rich_media_meta">四川</em></div>'
            f'<div class="rich_media_content" id="js_content">{banner}' + "".join(out) + box + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(5000, 30000)}</span>'
            f'<a>赞 {rng.randint(50, 400)}</a><a>在看 {rng.randint(10, 90)}</a></div>{comments}'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "龙泉驿文旅";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def xzf_zfcg130(art, rng, others):
    """县政府网 政府采购: p04 (GBK) a 中标结果公告 on an old table layout — ``发布日期：YYYY年MM月DD日``
    and a later 更新时间 in one ``<td>``, ``<b>一、…</b>`` heads, ``一、项目编号：`` lines, a 中标 table,
    联系人/联系电话 lines (body), a 注： note under the table, the 落款 (采购代理机构) with the date and an
    附件 line (not body); p05 a 专项整治 news page with ``发布时间：YYYY/MM/DD`` spans, bold ``坚持…，推动…``
    heads, a photo + caption, a 相关链接 box, 责任编辑 and 相关信息."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.pujiang.gov.cn/pjxrmzf/c{_n(rng, 6)}/{y}-{m}/{d}/content_{_n(rng, 12)}.shtml"
    who = rng.sample(WHO, 3)
    if p04:
        para = lambda t: f'<p style="line-height:28px"><font size="3">{t}</font></p>'  # noqa: E731
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="line-height:28px"><font size="3"><b>{t}</b></font></p>')
        i = next(k for k, b in enumerate(blocks) if b.startswith("<table"))
        blocks.insert(i + 1, '<p><font size="2" color="#666666">注：中标金额为含税总价，详见中标供应商投标文件。</font></p>')
        text = ("".join(blocks) + '<p align="right">四川众诚招标代理有限公司</p>'
                f'<p align="right">{y}年{int(m)}月{int(d)}日</p>'
                f'<p>附件：<a href="/uploads/{_n(rng, 9)}.pdf">中标结果公告（PDF版）.pdf</a></p>')
        body = ('<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/pj_banner.jpg" width="980" height="150"></td></tr>'
                '<tr><td class="nav" height="34">&nbsp;<a>首页</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;<a>政府采购</a>&nbsp;|&nbsp;<a>政务服务</a>&nbsp;|&nbsp;<a>魅力蒲江</a></td></tr></table>'
                '<table width="980" align="center" cellpadding="0" cellspacing="0"><tr>'
                '<td width="200" valign="top"><div class="lm">政府采购</div><ul><li><a>采购公告</a></li><li><a>中标公告</a></li><li><a>更正公告</a></li><li><a>合同公告</a></li></ul></td>'
                '<td width="780" valign="top"><table width="100%"><tr><td class="wz">您现在的位置：<a>首页</a> &gt; <a>政府采购</a> &gt; <a>中标公告</a></td></tr>'
                f'<tr><td align="center" height="56"><font size="4" color="#003399"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;更新时间：{y}年{m}月{int(d) + 3:02d}日&nbsp;&nbsp;信息来源：县财政局</td></tr>'
                f'<tr><td class="zw">{text}</td></tr>'
                '<tr><td align="right"><a>【打印本页】</a>&nbsp;<a>【关闭窗口】</a></td></tr></table></td></tr></table>'
                f'<table width="980" align="center" class="foot"><tr><td align="center">主办：蒲江县人民政府办公室<br>'
                f'网站标识码：5101310{_n(rng, 3)}　蜀ICP备{_n(rng, 8)}号　川公网安备 {_n(rng, 14)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="ColumnName" content="中标公告">'
    else:
        def special(p):
            if p.startswith("坚持") and "，" in p and "。" not in p:
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>', special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体_GB2312">专项整治工作推进会现场</span></p>')
        links = ('<div class="xglj"><h4>相关链接</h4><ul><li><a>蒲江县政府采购领域“四类”违法违规行为专项整治工作方案</a></li>'
                 '<li><a>政府采购供应商质疑投诉指南</a></li></ul></div>')
        body = ('<div class="header"><img src="/images/pj_logo.png" alt="蒲江县人民政府"></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政府采购</li><li>政务服务</li><li>魅力蒲江</li></ul></div>'
                '<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>部门动态</a></div>'
                f'<div class="detail"><h1>{esc(art["title"])}</h1>'
                f'<div class="detail_info"><span>发布时间：{y}/{m}/{d}</span><span>来源：县财政局</span><span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
                '<div class="detail_con">' + "".join(blocks) + f'</div>{links}'
                f'<p class="zrbj">责任编辑：{who[0]}</p>'
                '<div class="share">分享：<a class="wx"></a><a class="wb"></a></div>'
                '<div class="xgxx"><h3>相关信息</h3><ul>' + _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>') + '</ul></div></div>'
                + _sc_foot(rng, "蒲江县人民政府办公室", f"510131{_n(rng, 4)}"))
        head = f'<title>{esc(art["title"])}_蒲江县人民政府</title>'
    return head, body, url


def gmw_wh130(art, rng, others):
    """光明网-like 文化 pages: p06 a glued ``YYYY-MM-DD hh:mm来源：光明网`` line, an 编者按 above the
    text, a photo + caption, bold ``记者：`` questions and ``…馆长 name：``/``name：`` turns (body), an
    author line, 责编, 相关新闻 and a 光明网 footer; p07 no visible date (meta ``publishdate``, the URL
    agrees), ``一、…`` heads, a four-line poem as centred 楷体 lines (body), an 作者 line, 作者简介 and
    延伸阅读 (not body)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://culture.gmw.cn/{y}-{m}/{d}/content_{_n(rng, 8)}.htm"
    who = rng.sample(WHO, 3)
    if p06:
        def special(p):
            if p.startswith("记者："):
                return f'<p><strong>{esc(p)}</strong></p>'
            if "：" in p[:14] and not p.startswith("“"):
                k = p.index("：")
                return f'<p><strong>{esc(p[:k + 1])}</strong>{esc(p[k + 1:])}</p>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<p>{x}</p>', special=special)
        blocks.insert(3, f'<p style="text-align:center"><img src="{y}{m}/{_n(rng, 6)}.jpg"></p>'
                         f'<p style="text-align:center"><font face="楷体">游客在“非遗夜市”上观看糖画制作。光明网记者 {who[0]}/摄</font></p>')
        top = ('<div class="m-title-box"><h1 class="u-title">' + esc(art["title"]) + '</h1>'
               f'<div class="m-con-source"><span class="m-con-time">{y}-{m}-{d} {_hm(rng)}</span>来源：光明网</div></div>'
               '<div class="m-editor-note"><p><b>编者按：</b>非遗如何走进今天的生活？本期“文化观察”走进一个老县城的夜市，看传统手艺在烟火气里焕发新生。</p></div>')
        after = f'<p class="m-zb">（光明网记者 {who[0]}）</p>'
        side = ''
    else:
        def special(p):
            if len(p) < 14 and p.endswith(("，", "。")) and "：" not in p and p.count("，") <= 1 and not p.startswith(("秋天", "短短")):
                return f'<p style="text-align:center"><font face="楷体">{esc(p)}</font></p>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<p>{x}</p>', head=lambda x: f'<p><strong>{x}</strong></p>', special=special)
        top = f'<div class="m-title-box"><h1 class="u-title">{esc(art["title"])}</h1><div class="m-con-source">作者：{who[1]}</div></div>'
        after = f'<div class="zzjj"><p>（作者：{who[1]}，系某师范大学文学院副教授）</p></div>'
        side = ('<div class="m-yanshen"><h4>延伸阅读</h4><ul><li><a>秋分时节话农事</a></li><li><a>从节气里读懂中国人的时间观</a></li></ul></div>')
    body = ('<div class="g-header"><div class="logo"><img src="//img.gmw.cn/pic/logo.png" alt="光明网"></div>'
            '<div class="channel-nav"><a>首页</a> <a>时政</a> <a>理论</a> <a>文化</a> <a>教育</a> <a>科技</a></div></div>'
            '<div class="m-breadcrumb">光明网 &gt; <a>文化频道</a> &gt; <a>文化观察</a></div>'
            f'<div class="g-main"><div class="m-left">{top}<div class="u-mainText" id="articleBox">'
            + "".join(blocks) + f'</div>{after}{side}'
            f'<div class="m-zbeditor">[ 责编：{who[2]} ]</div>'
            '<div class="m-share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>'
            '<div class="m-xgxw"><h3>相关新闻</h3><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>') + '</ul></div></div>'
            '<div class="m-right"><h3>阅读排行</h3><ol><li><a>博物馆里过中秋</a></li><li><a>老手艺遇上新设计</a></li><li><a>一部方志里的乡愁</a></li></ol></div></div>'
            '<div class="g-footer">光明网版权所有　京ICP备05082385号　京公网安备11000002000018号</div>')
    head = f'<title>{esc(art["title"])}_光明网</title>'
    if not p06:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="author" content="{who[1]}">'
    return head, body, url


def gaj_jqtb130(art, rng, others):
    """区 公安分局 portal: p08 (GBK) a 警情通报 on an old table layout, the text as ``<br>`` lines in one
    ``<td>`` with ``<b>一、…</b>`` heads, a ``：``-ended lead-in, ``1.`` items and a 反诈咨询电话 line (body),
    ``发布时间：YYYY/M/D`` with 点击数, the 落款 and date, a 反诈 slogan image line and a QR (not body);
    p09 a 问：/答： page whose only visible date is a later 更新时间 (meta ``PubDate`` and URL give the
    date), a 防骗小贴士 box, 责任编辑 and 上一篇/下一篇."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.xindu.gov.cn/xdqgafj/{'jqtb' if p08 else 'jfts'}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    who = rng.sample(WHO, 3)
    if p08:
        lines = [f"<b>{esc(p)}</b>" if _head(p) else f"　　{esc(p)}" for p in art["body"]]
        text = ('<td class="zw" style="font-size:16px;line-height:30px">' + "<br>".join(lines)
                + '<br><br><div align="right">成都市公安局新都区分局<br>'
                + f'{y}年{int(m)}月{int(d)}日</div></td>')
        body = ('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/xdga_top.jpg" width="1000" height="140" alt="平安新都"></td></tr>'
                '<tr><td class="nav">首页 | 警务公开 | 警情通报 | 警方提示 | 办事指南 | 警民互动</td></tr></table>'
                '<table width="1000" align="center"><tr><td class="wz">当前位置：首页 &gt;&gt; 警情通报</td></tr>'
                f'<tr><td align="center"><font size="5"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布时间：{y}/{int(m)}/{int(d)}　　点击数：<script>document.write("{_n(rng, 4)}")</script></td></tr>'
                f'<tr>{text}</tr>'
                '<tr><td align="center"><img src="/images/fz_slogan.png" alt="全民反诈"><br>国家反诈中心APP　下载安装　守护钱袋</td></tr>'
                '<tr><td align="center"><img src="/images/xdga_qr.jpg" width="120"><br>扫码关注“平安新都”</td></tr></table>'
                f'<table width="1000" align="center" class="foot"><tr><td align="center">成都市公安局新都区分局　版权所有<br>蜀ICP备{_n(rng, 8)}号</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="新都公安,警情通报">'
    else:
        def special(p):
            if p.startswith("问："):
                return f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>'
            if p.startswith("答："):
                return f'<p style="text-indent:2em"><strong>答：</strong>{esc(p[2:])}</p>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>', special=special)
        upd = datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=2)
        tip = ('<div class="tips" style="background:#fff6e5;border-left:4px solid #e6a23c;padding:10px"><p><b>防骗小贴士</b></p>'
               '<p>不轻信、不透露、不转账；遇到可疑情况，拨打96110咨询。</p></div>')
        pn = rng.sample(others, 2)
        body = ('<div class="header"><img src="/images/xdga_logo.png" alt="成都市公安局新都区分局"></div>'
                '<div class="nav"><ul><li>首页</li><li>警务公开</li><li>警情通报</li><li>警方提示</li><li>办事指南</li></ul></div>'
                '<div class="crumb">您的位置：<a>首页</a> &gt; <a>警方提示</a></div>'
                f'<div class="detail"><h2>{esc(art["title"])}</h2>'
                f'<div class="info"><span>信息来源：区公安分局</span><span>更新时间：{upd.isoformat()}</span></div>'
                '<div class="content">' + "".join(blocks) + f'</div>{tip}'
                f'<div class="zrbj">责任编辑：{who[0]}</div>'
                f'<div class="sxp"><p>上一篇：<a>{esc(pn[0][0])}</a></p><p>下一篇：<a>{esc(pn[1][0])}</a></p></div></div>'
                + _sc_foot(rng, "成都市公安局新都区分局", f"510114{_n(rng, 4)}"))
        head = (f'<title>{esc(art["title"])}_成都市公安局新都区分局</title>'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ArticleTitle" content="{esc(art["title"])}">')
    return head, body, url


def sq_mp_ljfl130(art, rng, others):
    """社区 公众号 垃圾分类 积分 post: a salutation line, question bar heads (``怎么攒积分？``), ``1.`` items,
    a 积分 table, 兑换时间/兑换地点 lines, a resident's quote and a slogan (body); ▲ captions, a 温馨提示
    box, a 落款 (社区居委会), 往期回顾, 阅读/在看 (not body); an empty ``publish_time`` (the script's
    ``ct`` gives the date)."""
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = _hm(rng)
    who = rng.sample(WHO, 2)

    def special(p):
        if p.endswith("？") and len(p) < 10:
            return (f'<section style="margin:22px 0 8px;text-align:center"><section style="display:inline-block;background:#2e9e6b;padding:4px 16px;border-radius:14px">'
                    f'<span style="color:#fff"><strong>{esc(p)}</strong></span></section></section>')
        if p.startswith(("兑换时间：", "兑换地点：")):
            return f'<p style="line-height:1.8em"><span style="color:#2e9e6b"><strong>{esc(p[:5])}</strong></span>{esc(p[5:])}</p>'
        if p.endswith("！") and len(p) < 14:
            return f'<p style="text-align:center"><span style="color:#e0620d;font-size:18px"><strong>{esc(p)}</strong></span></p>'
        return None

    out = []
    for b in _blocks(art["body"], lambda x: f'<p style="line-height:1.8em"><span style="font-size:15px">{x}</span></p>', special=special):
        out.append(b)
        if "积5分" in b or "提高了近一成" in b:
            cap = "▲居民在智能回收柜前扫码投放" if "积5分" in b else "▲积分兑换现场"
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#999">{cap}</span></p>')
    tail = ('<section style="border:1px dashed #2e9e6b;padding:10px;margin-top:18px"><p><strong>温馨提示</strong></p>'
            '<p><span style="font-size:14px">积分有效期为一年，兑换时请携带注册时绑定的手机。</span></p></section>'
            '<p style="text-align:right">锦华社区居民委员会</p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong>往期回顾</strong></p>' + _rel(rng, others, 3, lambda tt, dd: f'<p><a>{tt}</a></p>') + '</section>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">武侯锦华社区</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            '<div class="rich_media_content" id="js_content">' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(500, 4000)}</span><a>赞 {rng.randint(10, 90)}</a><a>在看 {rng.randint(3, 40)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "武侯锦华社区";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def dsb_06jy130(art, rng, others):
    """都市报 e-paper 第06版 教育: masthead ``YYYY年M月D日 星期X`` (the only visible date; the URL
    agrees), a 版次 list, 上一版/下一版, 版面图, 本版标题 (not body). p11 (GBK): an 引题 above the title,
    the text as ``<br>`` lines in one ``founder-content`` with the ``本报讯（记者 …）`` opening (body), a
    caption table and a second short article (图片新闻) in full (not body); p12: a 副题, a byline, ``<P>``
    paragraphs with ``记者：``/``name：`` turns (body), a 人物名片 box and 责任编辑 (not body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"https://epaper.rcdsb.cn/html/{y}-{m}/{d}/node_6.htm"
    who = rng.sample(WHO, 3)
    if p11:
        text = ('<!--enpcontent--><founder-content>' + "<br>".join(f"　　{esc(p)}" for p in art["body"]) + '</founder-content><!--/enpcontent-->')
        top = f'<h3 class="yt">多所学校推出特色课程供学生自主选择</h3><h1>{esc(art["title"])}</h1>'
        after = (f'<table class="pic"><tr><td><img src="../../../res/{y}{m}{d}/{_n(rng, 6)}.jpg"></td></tr>'
                 f'<tr><td>学生在课后服务时间学习川剧变脸。　本报记者 {who[0]} 摄</td></tr></table>'
                 '<div class="other"><h2>图片新闻</h2><p>9月10日，某中学举行新生开学典礼，高一新生在老师的带领下走过“成长门”。　本报记者 '
                 f'{who[1]} 摄</p></div>')
    else:
        def special(p):
            if p.startswith("记者："):
                return f'<P>　　<B>{esc(p)}</B></P>'
            if p.startswith("何志平："):
                return f'<P>　　<B>何志平：</B>{esc(p[4:])}</P>'
            return None
        text = '<div id="ozoom"><founder-content>' + "".join(special(p) or f"<P>　　{esc(p)}</P>" for p in art["body"]) + '</founder-content></div>'
        top = (f'<h1>{esc(art["title"])}</h1><h3 class="ft">——记大邑县西岭镇村小教师何志平</h3>'
               f'<p class="byline">本报记者 {who[0]}</p>')
        after = ('<div class="rwmp" style="border:1px solid #ccc;padding:8px"><b>人物名片</b><br>何志平，大邑县西岭镇某村小教师，从教二十年，'
                 '曾获评市级优秀乡村教师。</div>')
    body = (f'<div class="masthead"><img src="../../../images/rcdsb_logo.gif" alt="蓉城都市报"><span>{y}年{int(m)}月{int(d)}日　{_week(art)}</span></div>'
            '<div class="bclist">第01版：要闻 | 第02版：时政 | 第03版：城事 | 第04版：民生 | 第05版：区县 | <b>第06版：教育</b> | 第07版：健康 | 第08版：文体</div>'
            '<div class="pagenav"><a href="node_5.htm">上一版</a>　<a href="node_7.htm">下一版</a>　<a>PDF</a>　<a>往期</a></div>'
            '<table width="1000" align="center"><tr><td width="350" valign="top">'
            f'<img src="../../../page/{y}{m}{d}/06/06_b.jpg" width="330"><div class="bt"><h4>本版标题</h4><ul><li>{esc(art["title"])}</li>'
            '<li>秋季学期中小学校园安全检查启动</li><li>家长课堂：如何陪孩子度过入学适应期</li></ul></div></td>'
            f'<td valign="top"><div class="article">{top}{text}{after}'
            f'<div class="bj">责任编辑：{who[2]}</div></div></td></tr></table>'
            f'<div class="copyright">蓉城都市报社 版权所有　未经授权不得转载　蜀ICP备{_n(rng, 8)}号</div>')
    head = '<title>蓉城都市报-第06版：教育</title>'
    return head, body, url


TEMPLATES = {"tjj_cydc130": tjj_cydc130, "ly_mp_lyd130": ly_mp_lyd130, "xzf_zfcg130": xzf_zfcg130,
             "gmw_wh130": gmw_wh130, "gaj_jqtb130": gaj_jqtb130, "sq_mp_ljfl130": sq_mp_ljfl130,
             "dsb_06jy130": dsb_06jy130}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages130", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
