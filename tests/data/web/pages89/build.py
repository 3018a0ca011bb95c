"""Build the eighty-ninth saved-page set (``pages89``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 市/区 文联 公众号 作品征集 post (``wl_mp_zpzj89``),
a 县政府网 乡镇动态 page on an old GBK layout with the column and 乡镇 list beside the text
(``xzf_xzdt_lanmu89``), a 华龙网-like 区县 频道 直播回顾 page (``hlw_qx_zhibo89``), a 区 残联 portal
政策问答 (``cl_zcwd_portal89``), a 社区 公众号 志愿服务 积分 post (``sq_mp_zyjf89``), a 区报 e-paper
第04版 读者来信 page (``qb_epaper_dzlx89``) and a 区 科技局 portal 项目申报 通知 with its 落款 and
附件 (``kjj_xmsb_tz89``). ``articles.txt`` holds the title, date and reference body; the
furniture (not body) is written here. See README.md.

    python tests/data/web/pages89/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["谭志强", "黎春燕", "向明辉", "冉小琴", "邓宇航", "熊丽萍", "秦海波", "牟晓东", "汪雅婷", "简国强"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text (``一、…`` or a short line without a full stop or colon)."""
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
        elif kv and p[:5].count("：") == 1 and p.startswith(("时间", "地点", "参加人员", "联系电话")):
            k, v = p.split("：", 1)
            out.append(kv(esc(k), esc(v)))
        else:
            out.append(para(esc(p)))
    return out


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(rng, host: str, code: str) -> str:
    return (f'<div class="footer"><div class="ft-links"><a>网站地图</a>|<a>联系我们</a>|<a>网站声明</a></div>'
            f'<p>主办：{host}&nbsp;&nbsp;承办：{host}办公室</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1&nbsp;&nbsp;<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：{code}</p>'
            f'<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div></div>')


def _mp(title, acct, when, blocks, rng, url_extra="", ct=None) -> str:
    """A 公众号 page around ``blocks``: title, account and publish_time line (``when`` may be empty,
    as when the page's script fills it), the content div, the 阅读原文/阅读/分享/点赞/在看 row, 留言."""
    return (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n            {esc(title)}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname" id="profileBt">'
            f'<a id="js_name">{esc(acct)}</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">{when}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">' + "".join(blocks) + '</div>'
            f'<div id="js_sponsor_ad_area"></div>{url_extra}'
            f'<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source" class="media_tool_meta meta_primary">阅读原文</a>'
            f'<span class="media_tool_meta">阅读 {_n(rng, 4)}</span><span class="sns_opr_btn">分享</span>'
            f'<span class="sns_opr_btn">点赞 {rng.randint(8, 300)}</span><span class="sns_opr_btn">在看 {rng.randint(1, 60)}</span></div>'
            f'<div class="rich_media_extra"><p class="discuss_title">留言</p><p>写留言</p></div></div></div></div>')


def wl_mp_zpzj89(art, rng, others):
    """文联 公众号: p01 a 征集启事 (bold 一、 heads in bars, `1.` items; a poster and its credit, a 投稿 card,
    the 落款 and date, all not body; publish_time `YYYY年M月D日 hh:mm`); p02 a 评审结果 news with an
    编者按 box, a 一等奖 name table and a 图为 caption; its date only in the page script's ``ct``."""
    y, m, d = _ymd(art)
    acct = f"{art['place']}文艺"
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    sp = lambda t: f'<p style="text-indent:2em;line-height:1.75em;margin-bottom:8px;"><span style="font-size:15px;color:#3f3f3f;">{t}</span></p>'  # noqa: E731
    blocks = _paras(art["body"], sp,
                    head=lambda t: (f'<section style="margin:20px 0 10px;border-left:4px solid #b22222;padding-left:8px;">'
                                    f'<p><strong><span style="color:#b22222;font-size:16px;">{t}</span></strong></p></section>'))
    who = rng.sample(WHO, 3)
    if art["id"] == "p01":
        blocks.insert(0, f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                         '<p style="text-align:center"><span style="font-size:12px;color:#888">（海报设计：区文联）</span></p>')
        blocks.insert(-1, '<section style="background:#fdf3e7;border-radius:6px;padding:12px 14px;margin:16px 0;">'
                          '<p><strong>投稿邮箱</strong></p><p><span style="font-size:14px;">jbwl_zhengji@163.com</span></p>'
                          f'<p><strong>咨询电话</strong></p><p><span style="font-size:14px;">023-6{_n(rng, 7)}（工作日9:00—17:00）</span></p></section>')
        blocks += [f'<p style="text-align:right;"><span style="font-size:15px;">{art["place"]}区文学艺术界联合会</span></p>',
                   f'<p style="text-align:right;"><span style="font-size:15px;">{y}年{int(m)}月{int(d)}日</span></p>']
        when, ct = f"{y}年{int(m)}月{int(d)}日 {_hm(rng)}", _epoch(art, "18:30")
    else:
        blocks.insert(0, '<section style="border:1px dashed #999;padding:10px;margin-bottom:16px;"><p><span style="font-size:14px;color:#666;">'
                         '<strong>编者按：</strong>今年4月启动的“美丽江岸”作品征集，收到了来自各行各业的投稿。'
                         '今天，我们把评审结果分享给大家，一起看看这些作品里的江岸。</span></p></section>')
        blocks.insert(5, f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                         f'<p style="text-align:center"><span style="font-size:12px;color:#888">图为评委在评审摄影作品。（{who[0]} 摄）</span></p>')
        when, ct = "", _epoch(art, _hm(rng))
    blocks += [f'<p style="text-align:left;"><span style="font-size:12px;color:#a5a5a5;">编辑：{who[1]}</span></p>'
               f'<p style="text-align:left;"><span style="font-size:12px;color:#a5a5a5;">审核：{who[2]}</span></p>',
               '<section style="text-align:center;margin-top:18px;"><p><strong>往期推荐</strong></p>'
               + _rel(rng, others, 3, lambda t, dd: f'<p><a><span style="font-size:14px;">{t}</span></a></p>') + '</section>',
               f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/0"></p>'
               '<p style="text-align:center"><span style="font-size:12px;">点击“在看”，让更多人看到</span></p>']
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:url" content="{url}"><script>var ct = "{ct}";var nickname = "{esc(acct)}";</script>')
    return head, _mp(art["title"], acct, when, blocks, rng), url


def xzf_xzdt_lanmu89(art, rng, others):
    """县政府网 乡镇动态 (GBK): an old table layout with the 栏目 list and the 乡镇 list in a left column
    beside the text, `　　`-indented `<p>`s with `&nbsp;` runs, p03 a visible `发布时间：YYYY-MM-DD` line
    and a 图为 caption in the text, p04 `YYYY年MM月DD日 hh:mm` and a later `更新时间`, bold question heads."""
    y, m, d = _ymd(art)
    place = art["place"]
    url = f"http://www.cqqj.gov.cn/zwgk_{_n(rng, 3)}/xzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    blocks = _paras(art["body"], lambda t: f'<p>{IND}{t}&nbsp;</p>',
                    head=lambda t: f'<p>{IND}<b>{t}</b></p>')
    town = "三角镇" if art["id"] == "p03" else "扶欢镇"
    if art["id"] == "p03":
        blocks.insert(3, f'<p align="center"><img src="/u/cms/www/{y}{m}/{_n(rng, 8)}.jpg" border="0"></p>'
                         f'<p align="center"><font color="#333399">图为会议现场（{town}供图）</font></p>')
        info = (f'发布时间：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;&nbsp;来源：{town}&nbsp;&nbsp;&nbsp;&nbsp;'
                f'【字体：<a>大</a>&nbsp;<a>中</a>&nbsp;<a>小</a>】')
        after = ""
    else:
        info = (f'{y}年{m}月{d}日 {_hm(rng)}&nbsp;&nbsp;来源：{town}人民政府&nbsp;&nbsp;'
                f'浏览次数：<script language="javascript">document.write({_n(rng, 4)})</script>')
        after = f'<div class="gxsj">更新时间：{y}-{m}-{int(d) + 2:02d} {_hms(rng)}</div>'
    cols = "".join(f'<tr><td class="lm{" cur" if c == "乡镇动态" else ""}"><a>{c}</a></td></tr>'
                   for c in ("政务要闻", "部门动态", "乡镇动态", "通知公告", "图片新闻", "媒体看綦江"))
    towns = "".join(f'<a>{t}</a>&nbsp;' for t in ("古南街道", "文龙街道", "三江街道", "通惠街道", "三角镇", "扶欢镇",
                                                  "东溪镇", "赶水镇", "打通镇", "石壕镇", "永新镇", "隆盛镇"))
    rel = _rel(rng, others, 4, lambda t, dd: f'<tr><td>·<a>{t}</a></td><td class="rq">({dd})</td></tr>')
    body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td><img src="/images/top_banner.jpg" width="1000" height="160" alt="重庆市{place}区人民政府"></td></tr>'
            f'<tr><td class="nav">&nbsp;<a>首页</a>&nbsp;&nbsp;<a>走进{place}</a>&nbsp;&nbsp;<a>政务公开</a>&nbsp;&nbsp;'
            f'<a>政务服务</a>&nbsp;&nbsp;<a>互动交流</a>&nbsp;&nbsp;<a>专题专栏</a></td></tr></table>'
            f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td width="220" valign="top" class="left"><table width="100%" class="lmlb"><tr><td class="lmtit">政务动态</td></tr>{cols}</table>'
            f'<table width="100%" class="xzlb"><tr><td class="lmtit">镇街导航</td></tr><tr><td>{towns}</td></tr></table></td>'
            f'<td width="20"></td><td valign="top"><table width="100%"><tr><td class="wz">您现在的位置：<a>首页</a>&nbsp;&gt;&nbsp;<a>政务动态</a>&nbsp;&gt;&nbsp;<a>乡镇动态</a></td></tr>'
            f'<tr><td align="center" class="bt"><h2>{esc(art["title"])}</h2></td></tr>'
            f'<tr><td align="center" class="xx">{info}</td></tr>'
            f'<tr><td class="con" id="zoom"><div class="TRS_Editor">' + "".join(blocks) + f'</div>{after}</td></tr>'
            f'<tr><td align="right" class="dy"><a href="javascript:window.print()">打印本页</a>&nbsp;&nbsp;<a href="javascript:window.close()">关闭窗口</a></td></tr>'
            f'<tr><td><table width="100%" class="xgxw"><tr><td colspan="2" class="lmtit">相关链接</td></tr>{rel}</table></td></tr>'
            f'</table></td></tr></table>'
            f'<table width="1000" align="center" class="foot"><tr><td align="center">主办：重庆市{place}区人民政府办公室&nbsp;&nbsp;'
            f'承办：{place}区大数据应用发展管理局<br>渝ICP备{_n(rng, 8)}号&nbsp;&nbsp;渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：500{_n(rng, 7)}</td></tr></table>')
    head = (f'<title>{esc(art["title"])}_{place}区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="ColumnName" content="乡镇动态"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
    return head, body, url


def hlw_qx_zhibo89(art, rng, others):
    """华龙网-like 区县 频道 直播回顾: a 直播回放 player with viewer count at the text's top, p05 bold
    亮点 heads and a 图为 caption, p06 bold 记者： turns with bold-name answers and a 嘉宾 card beside;
    info `YYYY-MM-DD hh:mm:ss` (p05) or `YYYY年MM月DD日 hh:mm` (p06), 责任编辑, 版权声明, 相关新闻, footer."""
    y, m, d = _ymd(art)
    url = f"https://cq.cqnews.net/html/{y}-{m}/{d}/content_{_n(rng, 9)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;">{t}</p>',
                    turn=lambda q, r: f'<p style="text-indent:2em;"><strong>{q}：{r}</strong></p>')
    blocks = [b.replace('<p style="text-indent:2em;">亮点', '<p style="text-indent:2em;"><strong>亮点')
               .replace('</p>', '</strong></p>') if '亮点' in b[:40] and '。' not in b else b for b in blocks]
    blocks = [b.replace('<p style="text-indent:2em;">李明：', '<p style="text-indent:2em;"><strong>李明：</strong>') for b in blocks]
    viewers = f"{rng.randint(20, 60)}.{rng.randint(1, 9)}万"
    player = (f'<div class="live-box"><div class="live-player" data-id="{_n(rng, 7)}"><video poster="//img.cqnews.net/live/{_n(rng, 8)}.jpg"></video>'
              f'<span class="tag">直播回放</span></div><div class="live-bar"><span>观看 {viewers}</span><span>点赞 {_n(rng, 4)}</span>'
              f'<a>打开华龙网APP 看更多直播</a></div></div>')
    blocks.insert(0, player)
    if art["id"] == "p05":
        blocks.insert(4, f'<p style="text-align:center"><img src="//img.cqnews.net/{y}{m}/{_n(rng, 10)}.jpg"></p>'
                         f'<p style="text-align:center"><span style="font-family:楷体">图为推介会现场。华龙网记者 {rng.choice(WHO)} 摄</span></p>')
        info = f'<span class="time">{y}-{m}-{d} {_hms(rng)}</span><span class="source">来源：华龙网</span><span class="author">作者：{rng.choice(WHO)}</span>'
        side = ""
    else:
        info = f'<span>{y}年{m}月{d}日 {_hm(rng)}</span><span>来源：华龙网-新重庆客户端</span>'
        side = ('<div class="guest-card"><h4>访谈嘉宾</h4><img src="//img.cqnews.net/guest.jpg"><p><b>李明</b></p><p>南川区区长</p>'
                '<h4>访谈主题</h4><p>优化政务服务 让群众办事更便捷</p></div>')
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><a>{t}</a><em>{dd}</em></li>')
    body = (f'<div class="topbar"><a>华龙网</a><a>新重庆</a><a>区县</a><a>财经</a><a>视听</a><a>登录</a></div>'
            f'<div class="channel-head"><a class="logo">华龙网·{esc(art["place"])}频道</a><ul class="nav"><li>首页</li><li>时政</li>'
            f'<li>民生</li><li>直播</li><li>专题</li></ul></div>'
            f'<div class="crumbs">当前位置：<a>华龙网</a> &gt; <a>区县</a> &gt; <a>{esc(art["place"])}</a> &gt; 正文</div>'
            f'<div class="main"><div class="article-box"><h1>{esc(art["title"])}</h1><div class="info">{info}'
            f'<span class="fx">分享到：<a>微信</a><a>微博</a></span></div>'
            f'<div class="content" id="main_text">' + "".join(blocks) + '</div>'
            f'<div class="editor">责任编辑：{rng.choice(WHO)}</div>'
            f'<div class="copyright">版权声明：凡注明“来源：华龙网”的所有作品，版权均属于华龙网，未经授权禁止转载、摘编或利用其他方式使用上述作品。</div>'
            f'<div class="related"><h3>相关新闻</h3><ul>{rel}</ul></div>'
            f'<div class="comment"><span>网友评论</span><em>{rng.randint(0, 40)}</em>条</div></div>'
            f'<div class="sidebar">{side}<div class="hot"><h4>热门推荐</h4><ol>'
            + _rel(rng, others, 4, lambda t, dd: f"<li><a>{t}</a></li>") + '</ol></div></div></div>'
            f'<div class="footer"><p>华龙网版权所有 未经书面授权 不得复制或建立镜像</p><p>渝ICP备{_n(rng, 8)}号 渝公网安备{_n(rng, 14)}号</p>'
            f'<p>互联网新闻信息服务许可证：5012{_n(rng, 7)}</p></div>')
    head = (f'<title>{esc(art["title"])}_华龙网</title><meta name="keywords" content="{esc(art["place"])} 直播">'
            f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="description" content="{esc(art["body"][0][:50])}">')
    return head, body, url


def cl_zcwd_portal89(art, rng, others):
    """区 残联 portal 政策问答 (GBK): an 信息公开 grid (生成日期 two days before), `发布日期：Y/M/D` line and
    a later 更新时间, bold 问： turns, a 补贴 table, a 温馨提示 box after the text, 相关链接, 打印/关闭, footer."""
    y, m, d = _ymd(art)
    place = art["place"]
    url = f"http://www.cqspb.gov.cn/bm/qcl/zwgk_{_n(rng, 5)}/zcjd/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;line-height:2;">{t}</p>',
                    turn=lambda q, r: f'<p style="text-indent:2em;line-height:2;"><strong>{q}：{r}</strong></p>')
    grid = (f'<table class="xxgk" width="100%"><tr><td>索引号：</td><td>11500106{_n(rng, 4)}/{y}-{_n(rng, 5)}</td>'
            f'<td>发布机构：</td><td>{place}区残疾人联合会</td></tr><tr><td>主题分类：</td><td>社会保障</td>'
            f'<td>生成日期：</td><td>{y}-{m}-{int(d) - 2:02d}</td></tr></table>')
    tip = ('<div class="wxts" style="border:1px solid #f0c36d;background:#fffbe6;padding:10px;margin:12px 0;">'
           '<p><b>温馨提示：</b>以上内容仅供参考，政策如有调整，以最新文件为准。</p>'
           f'<p>咨询电话：023-6{_n(rng, 7)}（区残联社会保障科）</p></div>')
    rel = _rel(rng, others, 3, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>')
    body = (f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="重庆市{place}区人民政府"></div>'
            f'<div class="top-links"><a>无障碍浏览</a>|<a>长者模式</a>|<a>简</a>/<a>繁</a></div></div>'
            f'<div class="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>数据开放</li></ul></div>'
            f'<div class="position">当前位置：<a>首页</a> &gt; <a>区残联</a> &gt; <a>政策解读</a></div>'
            f'<div class="article">{grid}<h1 class="title">{esc(art["title"])}</h1>'
            f'<div class="property"><span>发布日期：{int(y)}/{int(m)}/{int(d)}</span>&nbsp;&nbsp;<span>来源：区残联</span>&nbsp;&nbsp;'
            f'<span>字号：[<a>大</a> <a>中</a> <a>小</a>]</span></div>'
            f'<div class="view TRS_UEDITOR trs_paper_default">' + "".join(blocks) + '</div>' + tip +
            f'<div class="gxsj">更新时间：{y}-{m}-{int(d) + 3:02d}</div>'
            f'<div class="tools"><a>【打印本页】</a><a>【关闭窗口】</a></div>'
            f'<div class="xglj"><h3>相关链接</h3><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, f"重庆市{place}区人民政府", f"50010{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}-重庆市{place}区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="区残联">')
    return head, body, url


def sq_mp_zyjf89(art, rng, others):
    """社区 公众号 志愿服务: p08 heads in pill sections, a 积分榜 table, a 图为 caption, a slogan box after;
    p09 a 招募 post with `活动时间：` lines and `1.` items, a 扫码报名 QR box (not body); 来源/编辑/审核."""
    y, m, d = _ymd(art)
    acct = "嘉西村社区"
    url = f"https://mp.weixin.qq.com/s?__biz={_wx_id(rng)[:14]}==&mid={_n(rng, 10)}&idx=2&sn={_wx_id(rng)}"
    blocks = _paras(art["body"], lambda t: f'<p style="line-height:1.8em;margin:0 8px 10px;"><span style="font-size:15px;">{t}</span></p>',
                    head=lambda t: (f'<section style="text-align:center;margin:22px 0 10px;"><section style="display:inline-block;'
                                    f'background:#2f9e6e;color:#fff;padding:3px 18px;border-radius:16px;"><p><strong>{t}</strong></p></section></section>'))
    if art["id"] == "p08":
        blocks.insert(1, f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640"></p>'
                         '<p style="text-align:center"><span style="font-size:12px;color:#888">图为志愿者在社区服务站值守</span></p>')
        extra = ('<section style="border:2px solid #2f9e6e;padding:10px;margin:18px 0;text-align:center;">'
                 '<p><strong><span style="color:#2f9e6e">志愿服务 你我同行</span></strong></p></section>')
        when = f"{y}-{m}-{d} {_hm(rng)}"
    else:
        extra = ('<section style="background:#eef8f2;padding:10px;margin:16px 0;text-align:center;"><p><strong>扫码报名</strong></p>'
                 f'<p><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/0"></p><p style="font-size:13px;">长按识别二维码</p></section>')
        when = f"{y}年{int(m)}月{int(d)}日 {_hm(rng)}"
    who = rng.sample(WHO, 2)
    blocks += [extra, '<p><span style="font-size:12px;color:#b2b2b2">来源：上清寺街道嘉西村社区</span></p>'
               f'<p><span style="font-size:12px;color:#b2b2b2">编辑：{who[0]}｜审核：{who[1]}</span></p>',
               '<section><p style="text-align:center"><strong>推荐阅读</strong></p>'
               + _rel(rng, others, 3, lambda t, dd: f'<p><a>● {t}</a></p>') + '</section>']
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";</script>')
    return head, _mp(art["title"], acct, when, blocks, rng), url


def qb_epaper_dzlx89(art, rng, others):
    """区报 e-paper 第04版 民生·读者来信: banner with date and weekday, 版次 bar (上一版/下一版/PDF), 版面
    list, the column's 编者按 (p10), the text as `　　` `<br>` lines in one div with the reader's signature
    (not body) at the letter's end (p10 before the reporter's follow-up), `（本报记者 …）`, 上一篇/下一篇."""
    y, m, d = _ymd(art)
    url = f"http://epaper.dazuxw.com/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"
    sig = {"p10": (5, "龙岗街道居民 陈德华"), "p11": (6, "宝顶镇居民 赵文秀")}[art["id"]]
    lines = [f"{IND}{esc(p)}" for p in art["body"]]
    lines.insert(sig[0], f'<span style="float:right">{sig[1]}</span><br clear="all"/>')
    if art["id"] == "p10":
        lines.append(f"{IND}（本报记者 {rng.choice(WHO)}）")
        note = ('<div class="bzan"><b>编者按：</b>本版“读者来信”栏目欢迎读者反映身边的民生问题，'
                '来信请寄本报民生新闻部，或发送至读者邮箱。</div>')
    else:
        note = ""
    text = "<br>\n".join(lines)
    pages = "".join(f'<li><a>第{i:02d}版：{n}</a></li>' for i, n in
                    enumerate(("要闻", "综合", "镇街", "民生·读者来信", "文化"), start=1))
    body = (f'<div class="top"><img src="../../../images/bm_logo.jpg" alt="大足日报"><span class="rq">{y}年{m}月{d}日&nbsp;{_week(art)}</span></div>'
            f'<div class="bc"><span>第04版：民生·读者来信</span>&nbsp;&nbsp;<a>上一版</a>&nbsp;&nbsp;<a>下一版</a>&nbsp;&nbsp;'
            f'<a href="../../../page/{y}-{m}/{d}/04/{y}{m}{d}04_pdf.pdf">PDF下载</a>&nbsp;&nbsp;<a>往期回顾</a></div>'
            f'<table width="100%"><tr><td width="320" valign="top"><div class="bmt"><img src="../../../page/{y}-{m}/{d}/04/s04.jpg" usemap="#PagePicMap"></div>'
            f'<ul class="bmlb">{pages}</ul><div class="bbxw"><h4>本版标题</h4><ul>'
            + _rel(rng, others, 3, lambda t, dd: f"<li><a>{t}</a></li>") + '</ul></div></td>'
            f'<td valign="top"><div class="wz">{note}<div class="lm">读者来信</div>'
            f'<h1>{esc(art["title"])}</h1><div id="ozoom"><founder-content>{text}</founder-content></div>'
            f'<div class="sxp"><a>上一篇</a>&nbsp;&nbsp;<a>下一篇</a></div></div></td></tr></table>'
            f'<div class="foot">大足日报社版权所有 未经书面授权不得转载&nbsp;&nbsp;渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>大足日报-{esc(art["title"])}</title><meta name="keywords" content="读者来信">'
    return head, body, url


def kjj_xmsb_tz89(art, rng, others):
    """区 科技局 portal 项目申报 通知 (GBK): an 信息公开 grid with a 成文日期 three days before, info spans
    glued without whitespace (`发布日期：YYYY-MM-DD` 来源 【打印】), 黑体 一、 heads, （一） and `1.` items,
    `时间：`-like and `联系电话：` lines (body); 附件 lines, the 落款 and its date and （此件公开发布） (not body),
    相关文件, 扫一扫, footer."""
    y, m, d = _ymd(art)
    place = art["place"]
    url = f"http://www.cqjlp.gov.cn/bm/qkjj/zwgk_{_n(rng, 5)}/fdzdgknr/tzgg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;line-height:28pt;"><font face="方正仿宋_GBK" size="4">{t}</font></p>',
                    head=lambda t: f'<p style="text-indent:2em;line-height:28pt;"><font face="方正黑体_GBK" size="4">{t}</font></p>',
                    kv=lambda k, v: f'<p style="text-indent:2em;line-height:28pt;"><font face="方正仿宋_GBK" size="4">{k}：{v}</font></p>')
    sd = int(d) - 3
    tail = (f'<p>&nbsp;</p><p style="text-indent:2em;"><font face="方正仿宋_GBK" size="4">附件：1.<a href="./P0{y}{m}{d}{_n(rng, 6)}.doc">'
            f'{y}年度区级科技计划项目申报书（模板）</a></font></p>'
            f'<p style="text-indent:5em;"><font face="方正仿宋_GBK" size="4">2.<a href="./P0{y}{m}{d}{_n(rng, 6)}.xls">项目申报汇总表</a></font></p>'
            f'<p>&nbsp;</p><p style="text-align:right;"><font face="方正仿宋_GBK" size="4">重庆市{place}区科学技术局</font></p>'
            f'<p style="text-align:right;"><font face="方正仿宋_GBK" size="4">{y}年{int(m)}月{sd}日</font></p>'
            f'<p style="text-indent:2em;"><font face="方正仿宋_GBK" size="4">（此件公开发布）</font></p>')
    grid = (f'<div class="gkxx"><table width="100%"><tr><td>索　引　号：</td><td>11500107{_n(rng, 4)}/{y}-{_n(rng, 5)}</td>'
            f'<td>主题分类：</td><td>科技</td></tr><tr><td>发布机构：</td><td>{place}区科技局</td><td>成文日期：</td><td>{y}-{m}-{sd:02d}</td></tr>'
            f'<tr><td>发文字号：</td><td>{place[:2]}科发〔{y}〕{rng.randint(3, 30)}号</td><td>有 效 性：</td><td>有效</td></tr>'
            f'<tr><td>标　　题：</td><td colspan="3">{esc(art["title"])}</td></tr></table></div>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a>{t}</a><span>{dd}</span></li>')
    body = (f'<div class="top"><div class="logo"><img src="/images/logo.png"></div><div class="ss"><input><a>搜索</a></div></div>'
            f'<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>走进{place}</a></div>'
            f'<div class="crumb">当前位置：<a>首页</a>&gt;<a>部门信息公开</a>&gt;<a>区科技局</a>&gt;<a>通知公告</a></div>'
            f'<div class="xl_con">{grid}<div class="xl_tit">{esc(art["title"])}</div>'
            f'<div class="xl_info"><span>发布日期：{y}-{m}-{d}</span><span>来源：区科技局</span>'
            f'<span>【<a>打印</a>】</span><span>【字体：<a>大</a><a>中</a><a>小</a>】</span></div>'
            f'<div class="xl_zw TRS_Editor" id="Zoom">' + "".join(blocks) + tail + '</div>'
            f'<div class="fx"><span>扫一扫在手机打开当前页</span><img src="/images/qr.png"></div>'
            f'<div class="xgwj"><div class="tit">相关文件</div><ul>{rel}</ul></div></div>'
            + _gov_foot(rng, f"重庆市{place}区人民政府", f"50010{_n(rng, 5)}"))
    head = (f'<title>{esc(art["title"])}_重庆市{place}区人民政府</title><meta name="SiteName" content="重庆市{place}区人民政府">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ContentSource" content="区科技局">')
    return head, body, url


TEMPLATES = {"wl_mp_zpzj89": wl_mp_zpzj89, "xzf_xzdt_lanmu89": xzf_xzdt_lanmu89, "hlw_qx_zhibo89": hlw_qx_zhibo89,
             "cl_zcwd_portal89": cl_zcwd_portal89, "sq_mp_zyjf89": sq_mp_zyjf89, "qb_epaper_dzlx89": qb_epaper_dzlx89,
             "kjj_xmsb_tz89": kjj_xmsb_tz89}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages89", TEMPLATES, lambda art: "held-apart")


if __name__ == "__main__":
    main()
