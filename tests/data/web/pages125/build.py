"""Build the hundred-and-twenty-fifth saved-page set (``pages125``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: 区 国资委 portal pages (a GBK 国企招聘 公告 with a 岗位
table and a 国企改革 news page, ``gzw_zp125``), a 区 融媒体 公众号 夜市 攻略 post (``rmt_mp_ys125``),
县政府网 重大行政决策 听证 pages (a GBK 听证公告 and a 听证会 news page, ``xzf_tzh125``), 腾讯新闻-like
地方 pages (``txxw_df125``), 区 农业农村委 portal 动物防疫 pages (a 集中免疫 通知 and a GBK 犬只免疫
notice, ``nyw_fy125``), a 村 公众号 村晚 post (``cun_mp_cw125``) and 都市报 e-paper 房产版 pages
(``dsb_fc125``). ``articles.txt`` holds the title, date and reference body; the furniture (not
body) is written here. See README.md.

    python tests/data/web/pages125/build.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["罗静", "蒲晓东", "杜雨涵", "钟建华", "苟丽", "袁野", "廖明", "牟婷", "曾凡", "舒畅"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")


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




def _foot(rng, host: str, code: str, sponsor: str = "", prov: str = "蜀") -> str:
    return (f'<div class="footer"><div class="ft-link"><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a> | <a>隐私声明</a></div>'
            f'<p>主办单位：{sponsor or host}　承办单位：{host}</p>'
            f'<p>网站标识码：{code}　<a>{prov}ICP备{_n(rng, 8)}号-1</a>　<img src="/images/ga.png">{"川" if prov == "蜀" else prov}公网安备 {_n(rng, 14)}号</p>'
            f'<div class="jg"><img src="/images/red.png"><img src="/images/zfjc.png"></div></div>')


def gzw_zp125(art, rng, others):
    """区 国资委 (国资金融局) portal: p01 (GBK) a 国企 招聘 公告 — info spans glued with no whitespace
    (``发布时间：YYYY-MM-DD hh:mm:ss来源：…浏览次数：`` + a ``document.write`` counter), ``<strong>一、…</strong>``
    heads, a Word 岗位 table, ``1.`` 条件 items, 报名时间/报名邮箱/咨询电话 lines and 特此公告 (body), the
    落款 (the company) and its date, an 附件 line, 上一篇/下一篇 (not body); p02 a 国企改革 news page with
    ``发布时间`` beside a later ``更新时间``, red bold ``坚持…，推动…`` heads, a photo + 楷体 caption, a
    quote, 责任编辑, 上一篇/下一篇 and 相关新闻 with dates."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    url = f"http://www.pidu.gov.cn/pdqgzj/c{_n(rng, 6)}/{y}-{m}/{d}/content_{_n(rng, 8)}.shtml"
    who = rng.sample(WHO, 3)
    para = lambda t: f'<p style="text-indent:2em;line-height:1.8em;font-family:仿宋">{t}</p>'  # noqa: E731
    nav = ('<div class="top"><div class="w1200"><span>欢迎访问成都市郫都区国有资产监督管理和金融工作局</span><a>无障碍</a> <a>长者模式</a> <a>繁體</a></div></div>'
           '<div class="banner"><img src="/images/pdgzj_banner.jpg" alt="郫都区国资金融局"></div>'
           '<div class="nav"><ul><li>首页</li><li>机构概况</li><li>国资监管</li><li>国企改革</li><li>人事招聘</li><li>金融工作</li><li>政务公开</li></ul></div>')
    prevnext = ''.join(f'<p>{lab}：<a>{esc(t)}</a></p>' for lab, (t, _) in zip(("上一篇", "下一篇"), rng.sample(others, 2)))
    if p01:
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:1.8em"><strong>{t}</strong></p>')
        info = (f'<div class="xxinfo">发布时间：{y}-{m}-{d} {_hm(rng)}:{rng.randint(10, 59)}来源：望丛集团浏览次数：'
                f'<script>document.write("{_n(rng, 4)}")</script>次<a href="javascript:window.print()">【打印】</a></div>')
        tail = ('<p style="text-align:right;line-height:1.8em">成都望丛城市建设投资集团有限公司</p>'
                f'<p style="text-align:right;line-height:1.8em">{y}年{int(m)}月{int(d)}日</p>'
                f'<p>附件：<a href="/upload/{y}{m}/{_n(rng, 12)}.docx">望丛集团2024年下半年公开招聘报名登记表.docx</a></p>')
        crumb = "人事招聘"
        extra = ""
    else:
        def special(p):
            if p.startswith("坚持") and "，推动" in p and "。" not in p:
                return f'<p style="text-indent:2em;line-height:1.8em"><strong><span style="color:#b30000">{esc(p)}</span></strong></p>'
            return None
        blocks = _blocks(art["body"], para, special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/upload/{y}{m}/{_n(rng, 12)}.jpg" width="620"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体">图为全区国有企业改革深化提升行动推进会现场。（区国资金融局供图）</span></p>')
        info = (f'<div class="xxinfo"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span>　<span>更新时间：{y}-{m}-{int(d) + 2:02d} {_hm(rng)}</span>　'
                '<span>来源：区国资金融局</span>　<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>')
        tail = f'<p class="zrbj" style="text-align:right">（责任编辑：{who[0]}）</p>'
        crumb = "国企改革"
        extra = ('<div class="xgxw"><h3>相关新闻</h3><ul>'
                 + _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span>[{dd}]</span></li>') + '</ul></div>')
    body = (nav + f'<div class="crumb">当前位置：<a>首页</a> &gt; <a>{crumb}</a> &gt; 正文</div>'
            f'<div class="article"><h1 class="art-tit">{esc(art["title"])}</h1>{info}'
            '<div class="art-con" id="NewsContent">' + "".join(blocks) + tail + '</div>'
            f'<div class="share">分享到：<a class="wx"></a><a class="wb"></a><a class="qzone"></a></div>'
            f'<div class="prevnext">{prevnext}</div>{extra}</div>'
            + _foot(rng, "成都市郫都区国有资产监督管理和金融工作局", f"510124{_n(rng, 4)}", "成都市郫都区人民政府办公室"))
    head = (f'<title>{esc(art["title"])}-成都市郫都区国有资产监督管理和金融工作局</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="ColumnName" content="{crumb}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}">')
    return head, body, url


def rmt_mp_ys125(art, rng, others):
    """区 融媒体 公众号 夜市 攻略 post: 原创 label, visible ``publish_time`` ``YYYY-MM-DD hh:mm`` and IP 属地,
    a ``点击蓝字 关注我们`` banner, ``01 name`` badge bar heads, ``地址：``/``营业时间：`` lines, a
    a bold ``摊主张大姐：`` turn and a closing exclamation (body); ``▲`` captions, a
    温馨提示 box, 来源/编辑/审核 credits, 往期推荐, 阅读原文, 在看 and 写留言 (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    who = rng.sample(WHO, 3)
    caps = {"01": "▲鱼凫夜巷里的小吃摊", "02": "▲南熏河畔市集的手作摊位", "03": "▲深夜的光华美食街",
            "04": "▲杨柳湖边的农特产摊位"}
    out, cur = [], None
    for p in art["body"]:
        if p[:2].isdigit() and p[2:3] == " ":
            if cur:
                out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></p>'
                           f'<p style="text-align:center"><span style="font-size:12px;color:#a0a0a0">{caps[cur]}</span></p>')
            cur = p[:2]
            out.append('<section style="margin:26px 0 12px;border-bottom:2px solid #e85d2a;padding-bottom:4px">'
                       f'<span style="display:inline-block;background:#e85d2a;color:#fff;padding:2px 8px;font-weight:bold">{p[:2]}</span> '
                       f'<span style="font-size:17px;color:#e85d2a;font-weight:bold">{esc(p[3:])}</span></section>')
        elif p.startswith(("地址：", "营业时间：")):
            out.append(f'<p style="line-height:1.6em"><span style="font-size:14px;color:#7b7b7b">{esc(p)}</span></p>')
        elif p.startswith("摊主张大姐："):
            out.append(f'<p style="line-height:1.75em"><span style="font-size:15px"><strong>摊主张大姐：</strong>{esc(p[6:])}</span></p>')
        elif p.endswith("！") and "夏夜" in p:
            out.append(f'<p style="text-align:center;margin-top:24px"><span style="font-size:16px;color:#e85d2a"><strong>{esc(p)}</strong></span></p>')
        else:
            out.append(f'<p style="line-height:1.75em;margin-bottom:10px"><span style="font-size:15px;color:#333">{esc(p)}</span></p>')
    out.insert(-1, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640?wx_fmt=jpeg"></p>'
                   f'<p style="text-align:center"><span style="font-size:12px;color:#a0a0a0">{caps[cur]}</span></p>')
    banner = ('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/wjfb_top/640?wx_fmt=gif">'
              '<p><span style="font-size:12px;color:#e85d2a">点击蓝字 关注我们</span></p></section>')
    box = ('<section style="background:#fff5ef;border-left:4px solid #e85d2a;padding:10px 14px;margin-top:22px">'
           '<p><strong>温馨提示</strong></p><p><span style="font-size:14px">夜市周边车位紧张，建议乘坐公交或地铁4号线前往；'
           '部分摊位营业时间受天气影响，出发前可先电话咨询。文明出行，垃圾随手带走。</span></p></section>')
    tail = (f'<p style="margin-top:20px"><span style="font-size:12px;color:#999">来源：温江区融媒体中心</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{who[0]}　审核：{who[1]}</span></p>'
            '<section><p><strong><span style="color:#e85d2a">往期推荐</span></strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><a><span style="font-size:14px;color:#576b95">{tt}</span></a></p>') + '</section>'
            '<p style="text-align:center"><span style="font-size:13px;color:#999">喜欢就点个“在看”吧</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">温江融媒</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">温江发布</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta">四川</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content">{banner}' + "".join(out) + box + tail + '</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {rng.randint(5000, 30000)}</span>'
            f'<a>分享</a><a>点赞 {rng.randint(50, 400)}</a><a>在看 {rng.randint(10, 90)}</a></div>'
            '<div class="discuss_container"><a>写留言</a><div class="discuss_list"><p>小鱼儿：光华美食街的烧烤yyds</p><p>温江土著：还有柳城的老夜市也不错</p></div></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "温江发布"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}"><meta property="og:type" content="article">'
    return head, body, url


def xzf_tzh125(art, rng, others):
    """县政府网 重大行政决策 听证: p04 (GBK) a 听证会 公告 under an 信息公开 grid (索引号, 发布机构,
    成文日期 three days earlier, 文号), ``发布日期`` beside a later ``更新日期``, 黑体 ``一、`` heads,
    时间：/地点： lines, ``1.`` items, 联系人/联系电话 lines, 特此公告 (body), the 落款 with the 成文 date and
    two 附件 lines (not body); p05 a 听证会 news page with no visible date (meta ``PubDate`` and the URL
    give it), bold ``消费者代表刘女士：`` turns, a photo + caption, a 相关链接 box, 责任编辑."""
    y, m, d = _ymd(art)
    p04 = art["id"] == "p04"
    url = f"http://www.dayi.gov.cn/dyxrmzf/c{_n(rng, 6)}/{y}-{m}/{d}/content_{_n(rng, 8)}.shtml"
    who = rng.sample(WHO, 3)
    nav = ('<div class="header"><img src="/images/dy_logo.png" alt="大邑县人民政府"><div class="search"><input placeholder="请输入关键字"><a>搜索</a></div></div>'
           '<div class="nav"><ul><li>首页</li><li>走进大邑</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>专题专栏</li></ul></div>')
    if p04:
        signed = datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=3)

        def special(p):
            if _head(p):
                return f'<p style="text-indent:2em;line-height:2em"><font face="黑体">{esc(p)}</font></p>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2em"><font face="仿宋_GB2312" size="4">{x}</font></p>', special=special)
        grid = ('<table class="xxgk" width="100%" border="1" cellspacing="0"><tr><td>索引号：</td><td>'
                f'11510129{_n(rng, 6)}/{y}-{_n(rng, 5)}</td><td>发布机构：</td><td>大邑县发展和改革局</td></tr>'
                f'<tr><td>成文日期：</td><td>{signed.isoformat()}</td><td>主题分类：</td><td>价格管理</td></tr>'
                f'<tr><td>发文字号：</td><td>大邑发改〔{y}〕37号</td><td>有效性：</td><td>有效</td></tr>'
                f'<tr><td>名　　称：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
        tail = ('<p style="text-align:right;line-height:2em"><font face="仿宋_GB2312" size="4">大邑县发展和改革局</font></p>'
                f'<p style="text-align:right;line-height:2em"><font face="仿宋_GB2312" size="4">{signed.year}年{signed.month}月{signed.day}日</font></p>'
                f'<p>附件：1.<a href="/upload/{_n(rng, 10)}.doc">大邑县城区机动车停放服务收费标准调整听证会报名表</a></p>'
                f'<p>　　　2.<a href="/upload/{_n(rng, 10)}.pdf">大邑县城区机动车停放服务收费标准调整方案（听证稿）</a></p>')
        info = (f'<div class="info"><span>发布日期：{y}-{m}-{d}</span>&nbsp;&nbsp;<span>更新日期：{y}-{m}-{int(d) + 2:02d}</span>&nbsp;&nbsp;'
                '<span>来源：县发展和改革局</span>&nbsp;&nbsp;<span>【<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        crumb = "重大行政决策"
        extra = '<div class="tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>'
        head_meta = ""
    else:
        def special(p):
            lab, sep, rest = p.partition("：")
            if sep and len(lab) <= 12 and "，" not in lab and "。" not in lab:
                return f'<p style="text-indent:2em;line-height:2em"><strong>{esc(lab)}：</strong>{esc(rest)}</p>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:2em">{x}</p>', special=special)
        blocks.insert(1, f'<p style="text-align:center"><img src="./W0{y}{m}{d}{_n(rng, 6)}.jpg" width="600"></p>'
                         '<p style="text-align:center">图为听证会现场。</p>')
        grid = ""
        tail = ''
        info = (f'<div class="info"><span>来源：县发展和改革局</span>&nbsp;&nbsp;<span>浏览次数：<script>document.write("{_n(rng, 3)}")</script></span>'
                '&nbsp;&nbsp;<span>【<a>大</a> <a>中</a> <a>小</a>】</span></div>')
        crumb = "政务动态"
        extra = ('<div class="xglj"><h4>相关链接</h4><ul><li><a>大邑县关于城区机动车停放服务收费标准调整听证会的公告</a></li>'
                 '<li><a>大邑县2024年度重大行政决策事项目录</a></li></ul></div>'
                 f'<p class="zrbj">责任编辑：{who[1]}</p>'
                 '<div class="tools"><span>分享到：<a class="wx"></a><a class="wb"></a></span><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>')
        head_meta = f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
    body = (nav + f'<div class="crumb">您当前的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>{crumb}</a></div>'
            f'<div class="main"><div class="detail">{grid}<h1>{esc(art["title"])}</h1>{info}'
            '<div class="TRS_Editor" id="zoom">' + "".join(blocks) + tail + f'</div>{extra}</div></div>'
            + _foot(rng, "大邑县人民政府办公室", f"510129{_n(rng, 4)}"))
    head = (f'<title>{esc(art["title"])}_大邑县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="ColumnName" content="{crumb}">{head_meta}')
    return head, body, url


def txxw_df125(art, rng, others):
    """腾讯新闻-like 地方 pages (new.qq.com/rain/a/…): a top nav, an author card, 免责声明, 举报, 热门评论,
    相关推荐 with dates and a 24小时热文 sidebar (not body); bold ``记者：`` questions and ``民宿老板 name：``
    / ``联合体负责人 name：`` / ``name：`` turns (body). p06 shows ``YYYY-MM-DD hh:mm 发布于四川`` and a
    photo whose caption is a plain grey ``<p>``; p07 has a video player, shows no date (``window.DATA``'s
    ``pubtime`` and the URL give it)."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    url = f"https://new.qq.com/rain/a/{y}{m}{d}A0{_n(rng, 1)}{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3))}00"
    src = "乐山发布" if p06 else "眉山日报"

    def special(p):
        if p.startswith("记者："):
            return f'<p class="one-p"><strong>记者：</strong>{esc(p[3:])}</p>'
        lab, sep, rest = p.partition("：")
        if sep and len(lab) <= 10 and "，" not in lab and "。" not in lab and "“" not in lab:
            return f'<p class="one-p"><strong>{esc(lab)}：</strong>{esc(rest)}</p>'
        return None
    blocks = _blocks(art["body"], lambda x: f'<p class="one-p">{x}</p>', special=special)
    if p06:
        blocks.insert(2, f'<p class="one-p"><img class="content-picture" src="https://inews.gtimg.com/om_bt/{_wx_id(rng)}/641"></p>'
                         '<p class="one-p" style="color:#888;font-size:14px">修缮后的五通桥老码头</p>')
        when = f'<span class="time">{y}-{m}-{d} {_hm(rng)}</span><span class="location">发布于四川</span>'
        video = ""
    else:
        when = '<span class="location">发布于四川</span>'
        video = (f'<div class="txp_player" data-vid="{_wx_id(rng)[:11]}"><div class="txp_poster"></div>'
                 f'<span class="txp_time">0{rng.randint(1, 3)}:{rng.randint(10, 59)}</span></div>')
    srcs = iter(rng.sample(["四川观察", "川观新闻", "封面新闻", "乐山发布", "眉山日报", "红星新闻"], 4))
    rel = _rel(rng, others, 4, lambda tt, dd: f'<li><a>{tt}</a><span class="src">{next(srcs)}</span><span class="date">{dd}</span></li>')
    hot = "".join(f'<li><em>{i}</em><a>{esc(tt)}</a></li>' for i, (tt, _) in enumerate(rng.sample(others, 4), 1))
    body = ('<div class="qq-top"><a class="logo"><img src="//mat1.gtimg.com/qqcdn/qqindex2021/common-static/img/logo.png" alt="腾讯网"></a>'
            '<ul class="nav"><li>首页</li><li>新闻</li><li>视频</li><li>图片</li><li>财经</li><li>娱乐</li><li>地方站</li></ul><a class="login">登录</a></div>'
            '<div class="qq-main"><div class="LEFT">'
            f'<h1>{esc(art["title"])}</h1>'
            f'<div class="media-info"><a class="author"><img src="//inews.gtimg.com/newsapp_ls/0/{_n(rng, 10)}/0"><span>{src}</span></a>{when}'
            '<a class="follow">+关注</a></div>'
            f'{video}<div class="content-article">' + "".join(blocks) + '</div>'
            '<div class="disclaimer">免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</div>'
            '<div class="article-tools"><a>举报</a><a>分享</a><a>收藏</a></div>'
            f'<div class="comment"><h3>热门评论</h3><div class="cmt"><span>用户{_n(rng, 5)}</span><p>家乡越来越好了，点赞！</p></div>'
            f'<div class="cmt"><span>用户{_n(rng, 5)}</span><p>周末就去看看。</p></div></div>'
            f'<div class="recommend"><h3>相关推荐</h3><ul>{rel}</ul></div></div>'
            f'<div class="RIGHT"><h3>24小时热文</h3><ol>{hot}</ol></div></div>'
            '<div class="qq-footer">Copyright © 1998 - 2024 Tencent. All Rights Reserved. 腾讯公司 版权所有</div>'
            f'<script>window.DATA = {{"article_id":"{url.rsplit("/", 1)[1]}","title":"{esc(art["title"])}","media":"{src}",'
            f'"pubtime":"{y}-{m}-{d} {_hm(rng)}:{rng.randint(10, 59)}","catalog1":"local"}};</script>')
    head = f'<title>{esc(art["title"])}_腾讯新闻</title><meta name="keywords" content="{src},地方">'
    return head, body, url


def nyw_fy125(art, rng, others):
    """区 农业农村委 portal 动物防疫: p08 a 集中免疫 通知 (``日期：YYYY-MM-DD`` spans, a 文号 line under the
    title, the 主送 line, bold ``一、`` heads, a 病种 table, ``1.`` 措施 items and a 联系人 line (body), the
    落款 and the previous day's date, an 附件 line and a 防疫小知识 box (not body)); p09 (GBK) a 犬只免疫
    notice on an old table layout, the text as ``<br>`` lines in one ``<td>``, ``发布时间：YYYY/M/D hh:mm:ss``,
    ``1.`` 免疫点 items, 免疫时间/咨询电话 lines and a quote (body), a photo + caption and a side list."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.bishan.gov.cn/bm/qnyncw/zwxx_{_n(rng, 5)}/{'tzgg' if p08 else 'gzdt'}/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    who = rng.sample(WHO, 2)
    if p08:
        before = datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=1)
        blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em;line-height:1.9em">{x}</p>',
                         head=lambda x: f'<p style="text-indent:2em;line-height:1.9em"><strong>{x}</strong></p>')
        blocks[0] = f'<p style="line-height:1.9em">{esc(art["body"][0])}</p>'  # 主送 flush left
        sig = ('<p style="text-align:right;line-height:1.9em">重庆市璧山区农业农村委员会</p>'
               f'<p style="text-align:right;line-height:1.9em">{before.year}年{before.month}月{before.day}日</p>'
               f'<p style="line-height:1.9em">附件：<a href="/uploads/{_n(rng, 10)}.xlsx">璧山区2024年秋季重大动物疫病集中免疫进度统计表</a></p>')
        box = ('<div class="fyzs" style="background:#f2f8ee;border:1px solid #8fbf6a;padding:10px 14px;margin-top:16px"><h4>防疫小知识</h4>'
               '<p>畜禽免疫后可能出现短暂的食欲下降、体温升高等反应，一般1至2天可自行恢复；出现严重反应的，请及时联系当地兽医。</p></div>')
        body = ('<div class="head"><img src="/images/logo_bs.png" alt="重庆市璧山区人民政府"><div class="search"><input value="请输入关键字"></div></div>'
                '<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进璧山</li></ul></div>'
                '<div class="dqwz">当前位置：<a>首页</a> &gt; <a>区政府部门</a> &gt; <a>区农业农村委</a> &gt; <a>通知公告</a></div>'
                f'<div class="xl"><h1>{esc(art["title"])}</h1>'
                f'<div class="xl-info"><span>日期：{y}-{m}-{d}</span><span>来源：区农业农村委</span><span>字体：<a>大</a><a>中</a><a>小</a></span></div>'
                f'<p class="wh" style="text-align:center">璧山农委发〔{y}〕63号</p>'
                '<div class="view TRS_UEDITOR">' + "".join(blocks) + sig + f'</div>{box}'
                '<div class="xl-tool"><span>分享：<a class="wx"></a><a class="wb"></a></span><a>打印</a><a>关闭</a></div>'
                '<div class="xgwz"><h3>相关文章</h3><ul>' + _rel(rng, others, 3, lambda tt, dd: f'<li><a>{tt}</a><span>{dd}</span></li>') + '</ul></div></div>'
                + _foot(rng, "重庆市璧山区农业农村委员会", f"500120{_n(rng, 4)}", "重庆市璧山区人民政府办公室", "渝"))
        head = (f'<title>{esc(art["title"])}_重庆市璧山区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区农业农村委">')
    else:
        lines = []
        for i, p in enumerate(art["body"]):
            lines.append(f"　　{esc(p)}")
            if i == 1:
                lines.append(f'<div align="center"><img src="/uploads/{y}{m}/{_n(rng, 9)}.jpg" width="500" border="0"><br>'
                             '<font color="#666666">图为去年春季犬只狂犬病免疫现场。</font></div>')
        side = "".join(f'<tr><td height="26">·<a>{esc(tt)}</a></td></tr>' for tt, _ in rng.sample(others, 5))
        body = ('<table width="990" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/nyw_top.jpg" width="990" height="150"></td></tr>'
                '<tr><td class="nav" bgcolor="#3d8b37">&nbsp;<a>首页</a>&nbsp;|&nbsp;<a>机构设置</a>&nbsp;|&nbsp;<a>农业动态</a>&nbsp;|&nbsp;<a>通知公告</a>&nbsp;|&nbsp;<a>动物防疫</a>&nbsp;|&nbsp;<a>办事指南</a></td></tr></table>'
                '<table width="990" align="center" cellpadding="0" cellspacing="0"><tr>'
                f'<td width="230" valign="top"><table width="100%"><tr><td class="lmt">通知公告</td></tr>{side}</table></td>'
                '<td width="760" valign="top"><table width="100%" cellpadding="6"><tr><td class="wz">您现在的位置：首页 &gt;&gt; 动物防疫</td></tr>'
                f'<tr><td align="center"><font size="4" color="#1d5e1a"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布时间：{y}/{int(m)}/{int(d)} {_hm(rng)}:{rng.randint(10, 59)}　作者：{who[0]}　'
                f'阅读次数：<script>document.write("{_n(rng, 3)}")</script></td></tr>'
                '<tr><td class="zw" style="line-height:28px;font-size:15px">' + "<br>".join(lines) + '<br></td></tr>'
                '<tr><td align="right"><a href="javascript:window.print()">[打印]</a>&nbsp;<a href="javascript:window.close()">[关闭]</a></td></tr>'
                '</table></td></tr></table>'
                f'<table width="990" align="center" class="foot"><tr><td align="center">版权所有：重庆市璧山区农业农村委员会　渝ICP备{_n(rng, 8)}号<br>'
                f'地址：璧山区璧城街道璧青北路{rng.randint(10, 99)}号　电话：023-4142{_n(rng, 4)}</td></tr></table>')
        head = f'<title>{esc(art["title"])}</title><meta name="keywords" content="璧山区农业农村委,狂犬病免疫">'
    return head, body, url


def cun_mp_cw125(art, rng, others):
    """村 公众号 村晚 post: visible ``publish_time`` ``YYYY年MM月DD日 hh:mm``, an 晚会节目单 card after the
    fourth paragraph, three ``▲`` captions, 文/图/编辑 credits, 推荐阅读, a 关注 QR (not body); bold
    ``赵德明：``/``刘小芳：`` turns and the centred slogan (body)."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    t = f"{rng.randint(19, 22)}:{rng.randint(10, 59)}"
    who = rng.sample(WHO, 3)
    card = ('<section style="border:1px solid #c8161d;border-radius:6px;padding:10px 14px;margin:16px 0;background:#fff8f0">'
            '<p style="text-align:center"><strong><span style="color:#c8161d">晚会节目单（节选）</span></strong></p>'
            '<p><span style="font-size:14px">1.腰鼓《欢天喜地》　表演：光明村腰鼓队</span></p>'
            '<p><span style="font-size:14px">2.川剧清唱《白蛇传·断桥》　表演：李桂兰</span></p>'
            '<p><span style="font-size:14px">3.小品《回家过年》　表演：赵德明 等</span></p>'
            '<p><span style="font-size:14px">4.诗朗诵《我的家乡》　表演：村小学学生</span></p></section>')
    caps = {2: "▲腰鼓表演《欢天喜地》", 5: "▲小品《回家过年》演出现场", 10: "▲全体演员和村民合唱《难忘今宵》"}
    out = []
    for i, p in enumerate(art["body"]):
        if p.endswith("！") and len(p) <= 10:
            out.append(f'<p style="text-align:center;margin-top:22px"><span style="color:#c8161d;font-size:18px"><strong>{esc(p)}</strong></span></p>')
        elif p.startswith(("赵德明：", "刘小芳：")):
            out.append(f'<p style="line-height:1.8em"><span style="font-size:15px"><strong>{esc(p[:4])}</strong>{esc(p[4:])}</span></p>')
        else:
            out.append(f'<p style="line-height:1.8em;text-indent:2em"><span style="font-size:15px">{esc(p)}</span></p>')
        if i == 3:
            out.append(card)
        if i in caps:
            out.append(f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                       f'<p style="text-align:center"><span style="font-size:12px;color:#888">{caps[i]}</span></p>')
    tail = (f'<p><span style="font-size:12px;color:#999">文/图：{who[0]}　编辑：{who[1]}</span></p>'
            '<section><p><strong>推荐阅读</strong></p>'
            + _rel(rng, others, 3, lambda tt, dd: f'<p><span style="font-size:14px;color:#576b95">{tt}</span></p>') + '</section>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/640"></p>'
            '<p style="text-align:center"><span style="font-size:12px;color:#999">长按二维码 关注光明村</span></p>')
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">蒲江光明村</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m}月{d}日 {t}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta">四川</em></div>'
            f'<div class="rich_media_content" id="js_content">' + "".join(out) + tail + '</div>'
            f'<div class="rich_media_tool"><span>阅读 {rng.randint(800, 5000)}</span><a>点赞 {rng.randint(20, 200)}</a><a>在看 {rng.randint(5, 60)}</a></div>'
            f'<div class="qr_code_pc"><img src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "蒲江光明村"; var msg_title = "{esc(art["title"])}";</script>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def dsb_fc125(art, rng, others):
    """都市报 e-paper 房产版 (第A08版): masthead ``YYYY年M月D日　星期X`` (the only visible date; the URL
    agrees), a 版次 list, 上一版/下一版/PDF, 版面图 with hot areas, 本版标题, 引题/副题 (not body), 广告 and
    责任编辑 (not body). p11 (GBK): the text as ``<br>`` lines in one ``founder-content`` with a 参与情况
    table inside it and a ``数据来源：`` note under it (not body); p12: ``<P>`` paragraphs in ``#ozoom``,
    a caption table, bold ``记者：`` turns, and a second article (房产短讯) in full (not body)."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"http://e.jcdsb.com/html/{y}-{m}/{d}/node_{rng.randint(60, 90)}.htm"
    who = rng.sample(WHO, 2)
    kicker, sub = (("一个月1260余户家庭报名", "旧房未卖出可无责退订") if p11
                   else ("改善型产品5月成交占比达31%", "层高、得房率、物业服务成购房者关注重点"))
    if p11:
        lines, rows = [], []
        for p in art["body"] + [None]:
            if p is not None and _row(p):
                rows.append(p)
                continue
            if rows:
                lines.append(_table(rows, 'border="1" cellpadding="4" cellspacing="0" width="90%" align="center"')
                             + '<div style="font-size:12px;text-align:right">数据来源：市住房和城乡建设局</div>')
                rows = []
            if p is not None:
                lines.append(f"　　{esc(p)}")
        text = '<!--enpcontent--><founder-content>' + "<br>".join(lines) + '<br></founder-content><!--/enpcontent-->'
        after = ''
    else:
        def special(p):
            if p.startswith("记者："):
                return f'<P>　　<B>记者：</B>{esc(p[3:])}</P>'
            if p.startswith(("置业顾问 唐莉：", "唐莉：")):
                lab, _, rest = p.partition("：")
                return f'<P>　　<B>{esc(lab)}：</B>{esc(rest)}</P>'
            return None
        blocks = _blocks(art["body"], lambda x: f'<P>　　{x}</P>', special=special)
        blocks.insert(2, f'<table align="center" width="460"><tr><td><img src="../../../res/{y}-{m}/{d}/A08/res01_attpic_brief.jpg" width="450"></td></tr>'
                         f'<tr><td align="center"><font size="2">市民在售楼部参观样板间。　记者 周航 摄</font></td></tr></table>')
        text = '<div id="ozoom"><founder-content>' + "".join(blocks) + '</founder-content></div>'
        after = ('<div class="other"><h3>房产短讯</h3>'
                 '<P>　　本报讯（记者 林溪）记者从市公积金管理中心获悉，6月起我市公积金贷款购买二星级以上绿色建筑的新建商品住房，贷款额度可上浮10%。</P></div>')
    same = "".join(f'<li><a>{esc(x)}</a></li>' for x in (("二手房挂牌量环比回落", "多家银行下调房贷利率", "本周新盘速递") if p11
                                                           else ("开发企业推出端午看房团", "房产短讯", "本周新盘速递")))
    body = (f'<div class="masthead"><img src="../../../images/jcdsb_logo.gif" alt="锦城都市报"><div class="mast-r">'
            f'<p>{y}年{int(m)}月{int(d)}日　{_week(art)}</p><p>国内统一连续出版物号 CN51-00{_n(rng, 2)}</p></div></div>'
            '<div class="bc"><span>第A08版：房产</span>　<a>上一版</a>　<a>下一版</a>　'
            f'<a href="../../../page/{y}-{m}/{d}/A08/{y}{m}{d}A08_pdf.pdf">PDF</a>　<a>往期回顾</a></div>'
            '<table width="1000" align="center"><tr><td width="380" valign="top">'
            f'<div class="bmt"><img src="../../../page/{y}-{m}/{d}/A08/{y}{m}{d}A08_b.jpg" width="360" usemap="#PagePicMap">'
            '<map name="PagePicMap"><area shape="polygon" coords="12,40,350,40,350,300,12,300"></map></div>'
            f'<div class="bmlist"><h4>本版标题</h4><ul><li><a>{esc(art["title"])}</a></li>{same}</ul></div>'
            '<div class="ad"><img src="../../../res/ad_a08.jpg"><p>滨江·云著 约143—198㎡江景大平层 营销中心：028-6666××××</p></div></td>'
            f'<td valign="top"><div class="article"><div class="yt">{kicker}</div><h1>{esc(art["title"])}</h1><div class="ft">——{sub}</div>'
            f'{text}{after}<div class="bj">责任编辑：{who[0]}　美编：{who[1]}</div>'
            '<div class="sx"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></td></tr></table>'
            f'<div class="copyright">锦城都市报社 版权所有　未经书面授权不得转载、摘编　蜀ICP备{_n(rng, 8)}号</div>')
    head = '<title>锦城都市报-数字报</title><meta name="keywords" content="锦城都市报,房产">'
    return head, body, url


TEMPLATES = {"gzw_zp125": gzw_zp125, "rmt_mp_ys125": rmt_mp_ys125, "xzf_tzh125": xzf_tzh125,
             "txxw_df125": txxw_df125, "nyw_fy125": nyw_fy125, "cun_mp_cw125": cun_mp_cw125,
             "dsb_fc125": dsb_fc125}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages125", TEMPLATES, lambda art: "fresh")  # measured held apart once, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
