"""Build the seventy-ninth saved-page set (``pages79``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 发改委 portal 价格监测 通报 with a 价格表
(``fgw_jgjc79``), a 市/区 总工会 公众号 劳模风采 post (``zgh_mp_lmfc79``), a 县 政府网 驻村日记
page (``xzf_zcrj79``), a 澎湃-like 地方 调查 with a 图集 (``pp_dcty79``), a 区/县 气象局 portal
预警发布 page (``qxj_yjfb79``), a 村 公众号 村规民约 post (``cun_mp_cgmy79``) and a 市报 e-paper
理论版 with 注释 (``sb_llb79``). ``articles.txt`` holds the title, date and reference body; the
furniture (not body) is written here. See README.md.

    python tests/data/web/pages79/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
WHO = ["何文静", "陶建国", "蒲晓燕", "秦川", "牟俊杰", "程丽君", "甘雨", "谢家豪", "文思琪", "龚强"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _head(p: str) -> bool:
    """A subheading inside the text: ``一、…``, ``坚持…，…`` or a short line with no stop or colon."""
    if "。" in p or "：" in p or "？" in p:
        return False
    return p.startswith(NUM_HEADS + ("坚持",)) or (len(p) <= 10 and "；" not in p and "”" not in p)


def _rel(rng, others, k, fmt) -> str:
    """A 相关阅读-style list of ``k`` other articles, each through ``fmt(title, date)``."""
    return "".join(fmt(esc(t), d) for t, d in rng.sample(others, k))


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"') -> str:
    """The text's data-table rows as an HTML table (cells from single-space splits)."""
    return (f"<table {attrs}><tbody>" + "".join(
        "<tr>" + "".join(f"<td><p style=\"text-align:center\">{esc(c)}</p></td>" for c in r.split(" ")) + "</tr>"
        for r in rows) + "</tbody></table>")


def _paras(body, para, head=None, turn=None) -> list[str]:
    """The body lines as HTML blocks: table rows grouped into one table, heads and turns marked."""
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
        elif turn and "：" in p[:6] and not p.startswith("第"):
            q, rest = p.split("：", 1)
            out.append(turn(esc(q), esc(rest)))
        else:
            out.append(para(esc(p)))
    return out


def _wx_id(rng) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(22))


def _gov_foot(site: str, rng) -> str:
    """A government portal's footer: 主办/承办, ICP备, 公网安备, 网站标识码, 扫一扫."""
    return (f'<div class="footer"><p>主办：{site}&nbsp;&nbsp;承办：{site}办公室</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1&nbsp;&nbsp;<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号&nbsp;&nbsp;网站标识码：{_n(rng, 10)}</p>'
            f'<p><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a></p><div class="ewm"><img src="/images/ewm.jpg"><p>扫一扫在手机打开当前页</p></div></div>')


def fgw_jgjc79(art, rng, others):
    """区 发改委 portal 价格监测: GBK old table layout (p01: 信息公开 grid, 落款, 附件) or a div page
    with bold 坚持… heads, a price table and 发布时间 beside a later 更新时间 (p02)."""
    y, m, d = _ymd(art)
    site = f"重庆市{art['place']}区发展和改革委员会"
    url = f"http://www.cq{rng.choice(['bb', 'bn'])}.gov.cn/bm/qfzggw/zwxx_{_n(rng, 5)}/jgjc/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    if "gbk" in art["flags"]:
        text = "".join(_paras(art["body"], lambda t: f'<p>{IND}<font face="宋体" size="3">{t}</font></p>',
                              head=lambda t: f'<p>{IND}<b><font size="3">{t}</font></b></p>'))
        cw = f"{y}-{m}-{int(d) - 2:02d}"
        grid = (f'<table class="xxgk" width="100%" border="1"><tr><td>索引号：</td><td>11500109MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td>'
                f'<td>发布机构：</td><td>{site}</td></tr><tr><td>主题分类：</td><td>价格管理</td><td>成文日期：</td><td>{cw}</td></tr>'
                f'<tr><td>标题：</td><td colspan="3">{esc(art["title"])}</td></tr><tr><td>文号：</td><td>北碚发改价监〔{y}〕{rng.randint(3, 20)}号</td>'
                f'<td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>')
        body = (f'<table width="1003" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner_fgw.jpg"></td></tr>'
                f'<tr><td class="nav"><a>首页</a>|<a>机构概况</a>|<a>政务公开</a>|<a>价格监测</a>|<a>发展规划</a>|<a>互动交流</a></td></tr></table>'
                f'<table width="1003" align="center"><tr><td width="220" valign="top" class="left"><div class="lm">价格监测</div>'
                f'<ul><li>价格动态</li><li>监测通报</li><li>价格政策</li></ul></td><td valign="top">'
                f'<table width="100%"><tr><td class="wz">您现在的位置：首页 &gt;&gt; 价格监测 &gt;&gt; 监测通报</td></tr>'
                f'<tr><td>{grid}</td></tr><tr><td align="center" height="50"><font size="4" color="#b50000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="info">发布日期：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;信息来源：区发展改革委&nbsp;&nbsp;&nbsp;'
                f'点击数：<script language="javascript">document.write({_n(rng, 3)});</script>&nbsp;&nbsp;【<a>打印本页</a>】</td></tr>'
                f'<tr><td class="zw" style="font-size:14px;line-height:28px">{text}'
                f'<p align="right">重庆市北碚区发展和改革委员会</p><p align="right">{y}年{int(m)}月{int(d) - 1}日</p>'
                f'<p>附件：<a href="/u/cms/{y}{m}/{_n(rng, 6)}.xls">北碚区{y}年3月上旬主要商品价格监测表.xls</a></p></td></tr>'
                f'<tr><td align="right"><a>【关闭窗口】</a></td></tr></table></td></tr></table>'
                f'<table width="1003" align="center" class="foot"><tr><td>{_gov_foot(site, rng)}</td></tr></table>')
        head = (f'<title>{esc(art["title"])}_北碚区发展和改革委员会</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
        return head, body, url
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em;">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em;"><strong>{t}</strong></p>')
    upd = f"{y}-{m}-{int(d) + 3:02d}"
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><a href="#">{t}</a><em>{dd}</em></li>')
    body = (f'<div class="top"><span>{y}年{int(m)}月{int(d)}日 {_week(art)}</span><a>无障碍</a><a>长者模式</a><a>登录</a></div>'
            f'<div class="head"><img src="/images/logo.png"></div><div class="nav"><ul><li>首页</li><li>政务公开</li><li>工作动态</li><li>价格监测</li></ul></div>'
            f'<div class="crumb">当前位置：<a>首页</a>&gt;<a>工作动态</a>&gt;<a>价格监测</a></div>'
            f'<div class="article-box"><h1>{esc(art["title"])}</h1>'
            f'<div class="info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：区发展改革委</span>'
            f'<span>更新时间：{upd} {_hm(rng)}</span><span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
            f'<div class="con" id="zoom"><div class="TRS_Editor">' + "".join(blocks) + '</div></div>'
            f'<div class="tips"><h4>价格举报</h4><p>发现哄抬价格等违法行为，请拨打12345热线举报。</p></div>'
            f'<p class="zbj">（责任编辑：{rng.choice(WHO)}）</p><div class="share">分享到：<a>微信</a><a>微博</a></div>'
            f'<div class="xgwz"><h3>相关文章</h3><ul>{rel}</ul></div><p><a>打印本页</a> <a>关闭窗口</a></p></div>'
            + _gov_foot(site, rng))
    head = (f'<title>{esc(art["title"])}_重庆市巴南区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d}"><meta name="ContentSource" content="区发展改革委">')
    return head, body, url


def zgh_mp_lmfc79(art, rng, others):
    """总工会 公众号: bold 记者：/name： turns and a 人物名片 card (p03) or a numbered list of units
    with ▲ captions (p04); an editor's kicker, 来源/编辑 lines, QR, 阅读/在看 row."""
    y, m, d = _ymd(art)
    acct = f"{art['place']}工会"
    url = f"https://mp.weixin.qq.com/s?__biz={_wx_id(rng)[:12]}==&mid={_n(rng, 10)}&idx=1&sn={_n(rng, 9)}"
    p = lambda t: f'<p style="line-height:1.8em;margin-bottom:12px"><span style="font-size:15px;letter-spacing:1px">{t}</span></p>'
    blocks = _paras(art["body"], p,
                    turn=lambda q, r: (f'<p style="line-height:1.8em"><strong><span style="font-size:15px;color:#c00">{q}：</span></strong>'
                                       f'<span style="font-size:15px">{r}</span></p>'))
    cap = rng.choice(["▲周建平在车间指导徒弟", "▲慰问现场", "▲区总工会工作人员为职工送上慰问品"])
    blocks.insert(3, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_wx_id(rng)}/640" data-ratio="0.75"></p>'
                     f'<p style="text-align:center"><span style="font-size:12px;color:#999">{cap}</span></p>')
    card = ('<section style="border:1px solid #c00;border-radius:6px;padding:12px;margin:18px 0;background:#fff8f6">'
            '<p style="text-align:center"><strong>人物名片</strong></p><p style="font-size:13px">周建平，1976年生，焊工高级技师。</p>'
            '<p style="font-size:13px">曾获重庆市劳动模范、全市技术能手。</p></section>') if art["id"] == "p03" else ""
    kicker = ('<section style="background:#c00;color:#fff;padding:6px 10px;"><p><span style="font-size:14px">'
              '【劳模风采】是本号推出的专栏，讲述身边劳动者的故事。</span></p></section>') if card else ""
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">{esc(acct)}</a></span>'
            f'<em id="publish_time">{y}年{int(m)}月{int(d)}日 {_hm(rng)}</em><em id="js_ip_wording_wrp">重庆</em></div>'
            f'<div class="rich_media_content" id="js_content">{kicker}'
            f'<p style="text-align:center"><span style="font-size:12px;color:#888">记者 {rng.choice(WHO)} 通讯员 {rng.choice(WHO)}</span></p>'
            + "".join(blocks) + card +
            f'<p style="text-align:center"><span style="font-size:12px;color:#aaa">来源：{esc(art["place"])}区总工会</span></p>'
            f'<p style="text-align:center"><span style="font-size:12px;color:#aaa">编辑：{rng.choice(WHO)}｜审核：{rng.choice(WHO)}</span></p>'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{_wx_id(rng)}/0"></p>'
            f'<p style="text-align:center"><span style="font-size:12px">扫码关注 工会服务就在身边</span></p></div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 {_n(rng, 4)}</span><span>分享</span>'
            f'<span>点赞 {rng.randint(30, 400)}</span><span>在看 {rng.randint(3, 60)}</span></div>'
            f'<div class="rich_media_extra"><p>写留言</p></div></div></div></div>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<script>var ct = "{_epoch(art, _hm(rng))}";</script>')
    return head, body, url


def xzf_zcrj79(art, rng, others):
    """县 政府网 驻村日记: p05 a GBK page whose text is `<br>` lines in one `<div>` and no visible date
    (meta/URL only); p06 a div page with a 作者简介 box and a date line that IS body."""
    y, m, d = _ymd(art)
    url = f"http://www.cq{rng.choice(['ck', 'wx'])}.gov.cn/zwxx_{_n(rng, 3)}/xcdt/zcrj/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    site = f"{art['place']}县人民政府"
    rel = _rel(rng, others, 5, lambda t, dd: f'<li><a>{t}</a></li>')
    if "gbk" in art["flags"]:
        text = "<br>\n".join(f"{IND}{esc(p)}" for p in art["body"])
        body = (f'<table width="980" align="center"><tr><td><img src="/images/top.jpg"></td></tr></table>'
                f'<table width="980" align="center"><tr><td class="nav">首页 | 走进城口 | 政务公开 | 乡村振兴 | 驻村日记</td></tr></table>'
                f'<table width="980" align="center"><tr><td width="700" valign="top"><div class="dqwz">当前位置：首页 &gt; 乡村振兴 &gt; 驻村日记</div>'
                f'<div class="bt"><font size="5">{esc(art["title"])}</font></div>'
                f'<div class="ly">来源：岚天乡&nbsp;&nbsp;作者：{rng.choice(WHO)}&nbsp;&nbsp;<a>【打印】</a>&nbsp;<a>【关闭】</a></div>'
                f'<div class="zw" style="font-size:16px;line-height:30px"><font face="仿宋_GB2312">{text}</font></div>'
                f'<div class="sxp">上一篇：<a>{esc(others[2][0])}</a><br>下一篇：<a>{esc(others[3][0])}</a></div></td>'
                f'<td width="260" valign="top"><div class="rt"><h3>驻村日记</h3><ul>{rel}</ul></div></td></tr></table>'
                + _gov_foot(site, rng))
        head = (f'<title>{esc(art["title"])}-城口县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">')
        return head, body, url
    blocks = [f'<p>{IND}{esc(p)}</p>' for p in art["body"]]
    blocks.insert(4, f'<p style="text-align:center"><img src="./W0{_n(rng, 8)}.jpg"></p>'
                     f'<p style="text-align:center">图为茶山村院坝会现场。（{rng.choice(WHO)} 摄）</p>')
    body = (f'<div class="header"><img src="/images/logo.png"><ul class="nav"><li>首页</li><li>政务公开</li><li>乡村振兴</li></ul></div>'
            f'<div class="crumbs">首页 &gt; 乡村振兴 &gt; 驻村日记</div><div class="xl_con">'
            f'<h2 class="title">{esc(art["title"])}</h2><div class="fbxx"><span>发布时间：{y}-{m}-{d}</span>&nbsp;<span>来源：红池坝镇</span>'
            f'&nbsp;<span>作者：驻村第一书记 {rng.choice(WHO)}</span>&nbsp;<span>【字体：大 中 小】</span></div>'
            f'<div class="zw TRS_Editor">' + "".join(blocks) + '</div>'
            f'<div class="zzjj"><p><b>作者简介</b>：{rng.choice(WHO)}，1990年生，现任茶山村驻村第一书记。</p></div>'
            f'<div class="bottom"><a>打印本页</a> <a>关闭窗口</a></div><div class="xgwz"><h4>相关阅读</h4><ul>{rel}</ul></div></div>'
            + _gov_foot(site, rng))
    head = f'<title>{esc(art["title"])}_巫溪县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
    return head, body, url


def pp_dcty79(art, rng, others):
    """澎湃-like 地方 调查: a kicker and 摘要, byline line, a 图集 viewer (1/4 with captions) in the text,
    short bold question heads, 责任编辑/校对, 版权声明, a 相关推荐 feed with dates and a comment count."""
    y, m, d = _ymd(art)
    url = f"https://www.thepaper.cn/newsDetail_forward_{_n(rng, 8)}"
    blocks = _paras(art["body"], lambda t: f'<p>{t}</p>', head=lambda t: f'<h2 class="sub">{t}</h2>')
    caps = ["小区外景", "单元楼道", "居民在楼下休息", "社区工作人员入户"] if art["id"] == "p07" else \
        ["滨江夜市", "摊主在备菜", "临时垃圾收集点", "执法人员巡查"]
    gallery = ('<div class="atlas"><div class="atlas_num">1/4</div>' + "".join(
        f'<div class="slide"><img src="https://imagecloud.thepaper.cn/pub/{y}{m}{d}/{_n(rng, 9)}.jpg">'
        f'<p class="desc">{c}。澎湃新闻记者 {rng.choice(WHO)} 图</p></div>' for c in caps) +
        '<span class="prev">上一张</span><span class="next">下一张</span></div>')
    blocks.insert(3, gallery)
    rel = _rel(rng, others, 4, lambda t, dd: f'<div class="card"><a>{t}</a><span>{dd}</span><span>{rng.randint(2, 99)}</span></div>')
    body = (f'<div class="header"><a class="logo">澎湃新闻</a><ul><li>要闻</li><li>深度</li><li>视频</li><li>湃客</li></ul></div>'
            f'<div class="news_main"><div class="news_path">{rng.choice(["澎湃质量报告", "一线"])}</div>'
            f'<h1 class="news_title">{esc(art["title"])}</h1>'
            f'<div class="news_about"><p>澎湃新闻记者 {rng.choice(WHO)}</p><p><span>{y}-{m}-{d} {_hm(rng)}</span> 来源：澎湃新闻</p></div>'
            f'<div class="news_summary">{esc(art["body"][0][:30])}……</div>'
            f'<div class="news_txt" data-size="standard">' + "".join(blocks) + '</div>'
            f'<div class="news_editor"><p>责任编辑：{rng.choice(WHO)}</p><p>校对：{rng.choice(WHO)}</p></div>'
            f'<p class="copyright">澎湃新闻报料：021-962866</p><p class="copyright">澎湃新闻，未经授权不得转载</p>'
            f'<div class="news_keyword">#{esc(art["place"])} #地方调查</div>'
            f'<div class="share">分享到：微信 微博 QQ</div><div class="cmt">{rng.randint(10, 900)} 条评论 <a>我要跟帖</a></div>'
            f'<div class="rec"><h3>相关推荐</h3>{rel}</div></div><div class="foot">沪ICP备14003370号 © 2014-{y} 上海东方报业有限公司</div>')
    head = (f'<title>{esc(art["title"])}_澎湃新闻-The Paper</title><meta name="Keywords" content="{esc(art["place"])}">'
            f'<meta property="og:title" content="{esc(art["title"])}">')
    return head, body, url


def qxj_yjfb79(art, rng, others):
    """气象局 portal 预警发布: p09 a GBK page with a 预警 signal image, 防御指南 items, the 落款 and a
    later 更新时间; p10 a news page with bold 一、 heads, a tip box and a 下次发布 line."""
    y, m, d = _ymd(art)
    url = f"http://cq.cma.gov.cn/qxxw/{art['place']}/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"
    gbk = "gbk" in art["flags"]
    blocks = _paras(art["body"], lambda t: f'<p style="text-indent:2em">{t}</p>',
                    head=lambda t: f'<p style="text-indent:2em"><b>{t}</b></p>')
    sig = ""
    if gbk:
        blocks.insert(0, f'<p style="text-align:center"><img src="/images/yjxh/byjs_cs.png" alt="暴雨橙色预警"></p>')
        sig = (f'<p style="text-align:right">石柱县气象台</p><p style="text-align:right">{y}年{int(m)}月{int(d)}日16时20分</p>'
               f'<p>（签发：{rng.choice(WHO)}&nbsp;&nbsp;预报员：{rng.choice(WHO)}）</p>')
        info = (f'<span>发布时间：{y}/{int(m)}/{int(d)} 16:25:{rng.randint(10, 59)}</span><span>更新时间：{y}/{int(m)}/{int(d)} 22:0{rng.randint(1, 9)}</span>'
                f'<span>来源：石柱县气象局</span>')
    else:
        info = (f'<span>{y}-{m}-{d}</span>&nbsp;|&nbsp;<span>来源：彭水县气象局</span>&nbsp;|&nbsp;'
                f'<span>阅读：<script>document.write("{_n(rng, 4)}")</script></span>')
    tip = ('<div class="kpzs"><h4>防暑小知识</h4><p>高温天气要多喝水，避免在中午前后长时间户外作业。</p></div>' if not gbk else
           '<div class="kpzs"><h4>预警信号含义</h4><p>暴雨橙色预警：3小时内降雨量将达50毫米以上。</p></div>')
    rel = _rel(rng, others, 4, lambda t, dd: f'<li><span>[{dd}]</span><a>{t}</a></li>')
    body = (f'<div class="top">中国气象局 | 重庆市气象局 | <a>设为首页</a></div><div class="banner"><img src="/images/qx_banner.jpg"></div>'
            f'<div class="nav"><a>首页</a><a>气象新闻</a><a>预警信息</a><a>天气预报</a><a>气象科普</a></div>'
            f'<div class="lmdqwz">您现在的位置：首页 &gt; 预警信息</div><div class="detail"><div class="detail_tit">{esc(art["title"])}</div>'
            f'<div class="detail_info">{info}<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div class="detail_con">' + "".join(blocks) + sig + '</div>' + tip +
            f'<div class="xcfb">下次发布时间：{y}年{int(m)}月{int(d) + 1}日08时</div>'
            f'<div class="opt"><a>【打印本页】</a><a>【关闭窗口】</a></div><div class="xglj"><h3>最新预警</h3><ul>{rel}</ul></div></div>'
            + _gov_foot(f"{art['place']}县气象局", rng))
    head = (f'<title>{esc(art["title"])}-{esc(art["place"])}县气象局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="publishdate" content="{y}-{m}-{d}">')
    return head, body, url


def cun_mp_cgmy79(art, rng, others):
    """村 公众号 村规民约: 第X条 items in a bordered `<section>` with `<br>` between them, a red slogan
    line, the 落款, 监督电话, #tags, QR, 阅读/在看 row and a 往期推荐 list."""
    y, m, d = _ymd(art)
    url = f"https://mp.weixin.qq.com/s/{_wx_id(rng)}"
    items = [p for p in art["body"] if p.startswith("第")]
    pre = art["body"][:art["body"].index(items[0])]
    post = art["body"][art["body"].index(items[-1]) + 1:]
    sp = lambda t: f'<p style="text-indent:2em;line-height:2em"><span style="font-size:16px">{esc(t)}</span></p>'
    box = ('<section style="border:2px solid #d4a017;padding:14px;margin:14px 0;background:#fffbe8"><p style="line-height:2em">'
           + "<br>".join(f'<span style="font-size:15px">{esc(t)}</span>' for t in items) + '</p></section>')
    slog = lambda t: f'<p style="text-align:center"><strong><span style="color:#d00;font-size:18px">{esc(t)}</span></strong></p>'
    tail = "".join(slog(t) if t.startswith("“") else sp(t) for t in post)
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><h1 class="rich_media_title" id="activity-name">'
            f'{esc(art["title"])}</h1><div class="rich_media_meta_list"><a id="js_name">{esc(art["place"])}莲花村</a>'
            f'<em id="publish_time">{y}-{m}-{d}</em></div><div class="rich_media_content" id="js_content">'
            f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{_wx_id(rng)}/0"></p>'
            + "".join(sp(t) for t in pre) + box + tail +
            f'<p style="text-align:right">双路镇莲花村民委员会</p><p style="text-align:right">{y}年1月12日</p>'
            f'<p style="font-size:13px;color:#999">监督电话：023-7060{_n(rng, 4)}</p>'
            f'<p style="font-size:12px;color:#999">#乡村治理 #村规民约</p><p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/{_wx_id(rng)}"></p>'
            f'<p style="text-align:center;font-size:12px">长按关注 了解村里大小事</p></div>'
            f'<div class="rich_media_tool"><span>阅读 {_n(rng, 3)}</span><span>点赞 {rng.randint(5, 80)}</span><span>在看 {rng.randint(1, 20)}</span></div>'
            f'<div class="rel"><h4>往期推荐</h4>' + _rel(rng, others, 3, lambda t, dd: f'<p><a>{t}</a></p>') + '</div></div></div>')
    head = f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
    return head, body, url


def sb_llb79(art, rng, others):
    """市报 e-paper 理论版 (XHTML): 版次 selector, 版面图, a 引题, an 作者 line and 作者单位, text in
    `<br />` lines with ①② marks, bold 一、 heads, a 注释 list, a second 理论 short piece's title list."""
    y, m, d = _ymd(art)
    url = f"http://epaper.sxcm.net/sxrb/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    lines = []
    for p in art["body"]:
        lines.append(f"<b>{esc(p)}</b>" if p.startswith(NUM_HEADS) else f"{IND}{esc(p)}")
    text = "<br />\n".join(lines)
    notes = ('<div class="zs"><p>注释：</p><p>①参见农业农村部《新型农村集体经济发展指引》相关内容。</p>'
             '<p>②万州区农业农村委：《村级集体经济发展情况调研报告》，2024年。</p></div>')
    bm = "".join(f'<li><a>第{i:02d}版：{n}</a></li>' for i, n in enumerate(["要闻", "要闻", "区县", "理论", "副刊"], 1))
    body = (f'<div class="banner"><img src="../../../images/logo.gif" alt="三峡都市报" /><span>{y}年{m}月{d}日 {_week(art)}</span></div>'
            f'<div class="bmxz"><span>第04版：理论</span> <a>上一版</a> <a>下一版</a> <a href="../../../page/{y}-{m}/{d}/04/{_n(rng, 7)}.pdf">PDF下载</a>'
            f'<ul class="bmlist">{bm}</ul></div><table width="990"><tr><td width="340" valign="top"><img src="../../../page/{y}-{m}/{d}/04/bm.jpg" />'
            f'<div class="bmml"><h4>本版标题</h4><ul><li>{esc(art["title"])}</li><li>{esc(others[4][0])}</li></ul></div></td>'
            f'<td valign="top"><div class="yt">学习贯彻党的二十届三中全会精神</div><h1>{esc(art["title"])}</h1>'
            f'<div class="zz">□ {rng.choice(WHO)}</div><div class="content" id="ozoom"><founder-content>{text}</founder-content></div>'
            f'{notes}<p class="zzdw">（作者单位：中共重庆市万州区委党校）</p>'
            f'<div class="pn">上一篇：<a>{esc(others[5][0])}</a>　下一篇：<a>{esc(others[6][0])}</a></div></td></tr></table>'
            f'<div class="foot">三峡都市报社版权所有 未经书面授权 不得转载或建立镜像</div>')
    head = f'<title>三峡都市报-{esc(art["title"])}</title>'
    return head, body, url


TEMPLATES = {"fgw_jgjc79": fgw_jgjc79, "zgh_mp_lmfc79": zgh_mp_lmfc79, "xzf_zcrj79": xzf_zcrj79,
             "pp_dcty79": pp_dcty79, "qxj_yjfb79": qxj_yjfb79, "cun_mp_cgmy79": cun_mp_cgmy79, "sb_llb79": sb_llb79}


def main() -> None:
    """Write the twelve pages and references.json (all split ``held-apart``)."""
    write_set(HERE, "pages79", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used


if __name__ == "__main__":
    main()
