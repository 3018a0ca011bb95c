"""Build the sixty-seventh saved-page set (``pages67``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 规划自然资源局 portal 批前公示 page with a
项目概况 table (``ghzyj_pqgs_gaikuang``), a 区 妇联 公众号 家教讲座 预告 post
(``flmp_jiajiao_yugao``), a 县 政府网 防灾减灾日 news page (``xzfw_fzjzr_xinwen``), a 人民网-like
地方 人物 通讯 with 小标题 or 记者： turns (``rmw_difang_renwu``), a 区 粮食和物资储备 portal 应急
演练 page with ``<br>`` paragraphs in GBK (``lsj_yjyl_brdiv``), a 社区 公众号 文明积分 兑换 post with
an 积分榜 table (``sqmp_jifen_bang``) and a 县报 e-paper 第03版 page with 读者来信 and 记者调查
(``xianbao_sanban_diaocha``). ``articles.txt`` holds the title, date and reference body; the
furniture (not body) is written here. See README.md.

    python tests/data/web/pages67/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"
HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")
# Short one-line subheads of the 公众号/人物 pages (written bold, still body).
SUBHEADS = ("讲座安排", "主讲嘉宾", "讲座内容", "报名方式", "一个药箱，装着全村人的健康",
            "一部手机，连着城里的专家", "一份坚守，换来满村的信任", "这段路灯到底归谁管？")


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces (still body)."""
    return p.count(" ") >= 2 and "。" not in p and "，" not in p


def _table(rows, attrs: str, th: bool) -> str:
    """Table rows (cells joined by single spaces) as one ``<table>``; the first row as ``<th>`` if ``th``."""
    out = []
    for k, r in enumerate(rows):
        tag = "th" if th and k == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r.split(" ")) + "</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _paras(body, para_fn, attrs: str, th: bool = True, after=None) -> str:
    """Paragraphs through ``para_fn``, runs of table rows as one table; ``after(i)`` may add
    furniture after paragraph ``i``."""
    out, run = [], []
    for i, p in enumerate(body + [None]):
        if p is not None and _row(p):
            run.append(p)
            continue
        if run:
            out.append(_table(run, attrs, th))
            run = []
        if p is not None:
            out.append(para_fn(p))
            if after:
                out.append(after(i))
    return "".join(out)


def _related(others, n, fmt) -> str:
    return "".join(f'<li><a href="#">{esc(t)}</a><span>{fmt(d)}</span></li>' for t, d in others[:n])


def _gov_footer(site: str, rng, region: str = "渝") -> str:
    return (f'<div class="footer"><p>主办：{site}　承办：{site}办公室　联系电话：023-{_n(rng, 8)}</p>'
            f'<p>{region}ICP备{_n(rng, 8)}号　<img src="/images/ga.png">{region}公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">无障碍浏览</a></p>'
            '<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>')


def _old_foot(site: str, rng) -> str:
    return (f'<table width="1000" align="center"><tr><td class="foot" align="center">版权所有：{site}<br>'
            f'渝ICP备{_n(rng, 8)}号-2　渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}<br>'
            '建议使用1366*768分辨率 IE9.0以上浏览器浏览</td></tr></table>')


def _mp_head(art, rng, account: str, t: str) -> tuple[str, str]:
    """The WeChat post's head (og: metas) and its top (title, account, publish time)."""
    y, m, d = _ymd(art)
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            f'<meta property="og:type" content="article"><meta name="description" content="{esc(art["body"][0][:40])}">'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "{account}";</script>')
    top = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner">'
           f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
           f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>'
           f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{account}</a></span>'
           f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}-{m}-{d} {t}</em>'
           f'<em id="js_ip_wording_wrp" class="rich_media_meta_area">重庆</em></div>')
    return head, top


def _mp_tail(rng, source: str) -> str:
    return (f'<p style="font-size:12px;color:#888">来源：{source}</p>'
            f'<p style="font-size:12px;color:#888">编辑：{rng.choice(["吴倩", "何敏", "谭玉"])}　审核：{rng.choice(["冉林", "向东", "秦露"])}</p>'
            '<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qrcode.jpg"></p>'
            '<p style="text-align:center;font-size:12px">长按识别二维码　关注我们</p></div>'
            '<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 '
            f'{_n(rng, 4)}</span><a>分享</a><a>点赞 {_n(rng, 2)}</a><a>在看 {_n(rng, 2)}</a></div>'
            '<div class="discuss"><a>写留言</a></div></div></div>')


def ghzyj_pqgs_gaikuang(art, rng, others):
    """区 规划自然资源局 portal 批前公示. p01 (GBK): old table layout, 信息公开 grid, ``<font>``
    title, ``发布日期：YYYY年MM月DD日`` with a ``document.write`` counter, bold 一、 heads, the
    项目概况 table with a header row, the 落款 (unit, 2023年6月9日) and an 附件 line. p02: no
    visible date (``PubDate`` meta and URL only), a 公示图 with caption, a 温馨提示 box, 落款
    (2024年3月4日) and 附件."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    tab = 'border="1" cellspacing="0" cellpadding="5" width="100%" style="border-collapse:collapse"'
    if art["id"] == "p01":
        site = "重庆市渝北区规划和自然资源局"

        def para(p):
            if p.startswith(HEADS):
                return f'<p style="text-indent:2em"><strong><font face="黑体">{esc(p)}</font></strong></p>'
            return f'<p style="text-indent:2em"><font face="仿宋_GB2312" size="4">{esc(p)}</font></p>'
        text = _paras(art["body"], para, tab)
        text += ('<p align="right"><font face="仿宋_GB2312" size="4">重庆市渝北区规划和自然资源局</font></p>'
                 f'<p align="right"><font face="仿宋_GB2312" size="4">{y}年{int(m)}月{int(d) - 3}日</font></p>'
                 '<p>附件：1.<a href="/uploadfiles/202306/C12-3-05_tz.pdf">C12-3/05地块控规局部调整方案图.pdf</a><br>'
                 '　　　2.<a href="/uploadfiles/202306/yjb.doc">意见反馈表.doc</a></p>')
        grid = ('<table class="xxgk" width="100%" border="1" cellspacing="0" cellpadding="4">'
                f'<tr><td>索引号：</td><td>11500112MB{_n(rng, 4)}/{y}-{_n(rng, 5)}</td><td>主题分类：</td><td>城乡建设、环境保护</td></tr>'
                f'<tr><td>发布机构：</td><td>区规划自然资源局</td><td>成文日期：</td><td>{y}-{m}-{int(d) - 3:02d}</td></tr>'
                f'<tr><td>标　题：</td><td colspan="3">{esc(art["title"])}</td></tr></table>')
        body = (f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="/images/ybgh_banner.jpg" alt="{site}"></td></tr>'
                '<tr><td class="menu"><a>首页</a>　|　<a>机构概况</a>　|　<a>政务公开</a>　|　<a>规划公示</a>　|　<a>政务服务</a>　|　<a>互动交流</a></td></tr></table>'
                '<table width="1000" align="center" border="0"><tr><td class="dqwz">当前位置：<a>首页</a>&gt;&gt;<a>规划公示</a>&gt;&gt;<a>批前公示</a></td></tr>'
                f'<tr><td>{grid}</td></tr>'
                f'<tr><td align="center" height="60"><font style="font-size:22px" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" class="xx">发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;信息来源：详细规划科&nbsp;&nbsp;&nbsp;&nbsp;'
                f'浏览次数：<script type="text/javascript">document.write("{_n(rng, 3)}");</script>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>'
                f'<tr><td class="bt_content"><div class="TRS_Editor">{text}</div></td></tr>'
                '<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
                f'<tr><td class="sxt">上一篇：<a>{esc(others[2][0])}</a><br>下一篇：<a>{esc(others[3][0])}</a></td></tr></table>'
                + _old_foot(site, rng))
        head = (f'<title>{esc(art["title"])}--{site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ContentSource" content="详细规划科">'
                '<meta name="ColumnName" content="批前公示">')
        return head, body, f"http://www.ybq.gov.cn/bm/qghzyj/zwgk_1/ghgs/pqgs/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    site = "重庆市巴南区规划和自然资源局"

    def para(p):
        return f'<p style="text-indent:2em;line-height:1.8">{esc(p)}</p>'

    def after(i):
        if i == 5:
            return ('<p style="text-align:center"><img src="./W020240305' f'{_n(rng, 9)}.png" width="600"></p>'
                    '<p style="text-align:center">龙洲湾片区支路网完善工程总平面示意图</p>')
        return ""
    text = _paras(art["body"], para, tab, after=after)
    text += ('<p style="text-align:right">重庆市巴南区规划和自然资源局</p>'
             f'<p style="text-align:right">{y}年{int(m)}月{int(d) - 1}日</p>'
             '<p>附件：<a href="./P020240305_fa.pdf">龙洲湾片区支路网完善工程规划设计方案.pdf</a></p>')
    body = ('<div class="header"><img src="/images/bnghj_logo.png"><div class="search"><input placeholder="搜索"><a>高级检索</a></div></div>'
            '<ul class="nav"><li>首页</li><li>新闻动态</li><li>政务公开</li><li>规划公示</li><li>政务服务</li><li>政民互动</li></ul>'
            '<div class="crumb">您当前的位置：<a>首页</a> &gt; <a>规划公示</a> &gt; <a>批前公示</a></div>'
            f'<div class="xl_box"><div class="xl_tit">{esc(art["title"])}</div>'
            '<div class="xl_info"><span>来源：详细规划科</span><span>字号：<a>大</a> <a>中</a> <a>小</a></span><span><a>打印</a></span></div>'
            f'<div class="xl_con">{text}</div>'
            '<div class="tip"><b>温馨提示</b><p>公示图纸较大，建议在电脑端下载附件查看；如无法打开，请拨打咨询电话索取。</p></div>'
            '<div class="fx">分享到：<a class="wx">微信</a><a class="wb">微博</a></div>'
            '<div class="xgxx"><h3>相关信息</h3><ul>' + _related(others, 4, lambda dd: dd.replace("-", "/")) + '</ul></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])}_巴南区规划和自然资源局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ColumnName" content="批前公示">')
    return head, body, f"http://www.cqbn.gov.cn/bmjz/bm/ghzyj/ghgs/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def flmp_jiajiao_yugao(art, rng, others):
    """区 妇联 公众号 家教讲座 预告: a ``关注我们`` banner, ``<section>`` paragraphs, the short
    one-line subheads in bold coloured ``<section>``s, ``时间：``/``地点：``/``参加人员：`` lines
    with bold labels, a 报名 QR image and its caption, a 往期推荐 strip, 来源/编辑/审核, 阅读原文."""
    t = "18:30"
    head, top = _mp_head(art, rng, "永川女性", t)
    out = ['<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/banner_gz.gif"></section>'
           '<section style="font-size:12px;color:#999;text-align:center">点击上方蓝字 关注我们</section>']
    for p in art["body"]:
        if p in SUBHEADS:
            out.append('<section style="text-align:center;margin:20px 0"><section style="display:inline-block;background:#e8557a;'
                       f'color:#fff;padding:4px 16px;border-radius:12px"><strong>{esc(p)}</strong></section></section>')
        elif p[:3] in ("时间：", "地点：") or p.startswith("参加人员："):
            k = p.index("：") + 1
            out.append(f'<section style="line-height:2"><span style="color:#e8557a"><strong>{esc(p[:k])}</strong></span>{esc(p[k:])}</section>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{esc(p)}</span></p>')
        if p.startswith("扫描下方二维码"):
            out.append('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/bm_qr.png"></p>'
                       '<p style="text-align:center;font-size:12px;color:#888">▲扫码报名</p>')
    wq = "".join(f'<p><a>{esc(tt)}</a></p>' for tt, _ in others[:3])
    body = (top + '<div class="rich_media_content" id="js_content">' + "".join(out)
            + f'<section style="margin-top:24px"><p style="color:#e8557a"><strong>往期推荐</strong></p>{wq}</section>'
            + _mp_tail(rng, "永川区妇联"))
    return head, body, f"https://mp.weixin.qq.com/s/{_n(rng, 12)}Yc{_n(rng, 6)}"


def xzfw_fzjzr_xinwen(art, rng, others):
    """县 政府网 防灾减灾日 news. p04 (GBK): info ``<span>``s with no whitespace
    (``发布日期：2023/5/12``), a photo and its ``图为…（…摄）`` caption inside the text, a 专题
    banner, 相关阅读 with dates. p05: ``发布时间：2024-05-13`` beside ``更新时间：2024-05-14``, an
    ``（一）…；`` list, 【字体】, 打印/关闭, 扫一扫 QR, footer."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    if art["id"] == "p04":
        site = "城口县人民政府"

        def para(p):
            return f'<p>{IND}{esc(p)}</p>'

        def after(i):
            if i == 1:
                return ('<p style="text-align:center"><img src="./W020230512' f'{_n(rng, 9)}.jpg" border="0"></p>'
                        '<p style="text-align:center"><font face="楷体">图为工作人员向群众讲解应急包的使用方法。（县应急管理局供图）</font></p>')
            return ""
        text = _paras(art["body"], para, "", after=after)
        info = (f'<span>发布日期：{y}/{int(m)}/{int(d)}</span><span>来源：县应急管理局</span><span>作者：张驰</span>'
                f'<span>浏览量：{_n(rng, 4)}</span>')
        body = ('<div class="head"><img src="/images/ck_head.jpg" alt="城口县人民政府"></div>'
                '<div class="menu"><a>首页</a><a>要闻动态</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进城口</a></div>'
                '<div class="zt"><a><img src="/images/zt_fzjz.jpg" alt="防灾减灾 人人有责"></a></div>'
                '<div class="location">当前位置：<a>首页</a> &gt; <a>要闻动态</a> &gt; <a>部门动态</a></div>'
                f'<div class="article"><h1>{esc(art["title"])}</h1><div class="info">{info}</div>'
                f'<div class="zw">{text}</div>'
                '<div class="zrbj">【责任编辑：李敏】</div>'
                '<div class="xgyd"><div class="tt">相关阅读</div><ul>' + _related(others, 5, lambda dd: f"[{dd}]") + '</ul></div></div>'
                + _gov_footer(site, rng))
        head = (f'<title>{esc(art["title"])}_城口县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {t}"><meta name="ContentSource" content="县应急管理局">')
        return head, body, f"http://www.cqck.gov.cn/zwxx_207/bmdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    site = "巫溪县人民政府"

    def para2(p):
        return f'<p style="text-indent:2em">{esc(p)}</p>'
    text = _paras(art["body"], para2, "")
    body = ('<div class="top-bar"><span>今天是：<script>document.write(new Date().toLocaleDateString());</script></span>'
            '<a>无障碍</a><a>长者模式</a><a>English</a></div><div class="logo"><img src="/images/wx_logo.png"></div>'
            '<div class="nav"><a>首页</a><a>新闻中心</a><a>政务公开</a><a>办事服务</a><a>互动交流</a></div>'
            '<div class="crumbs">首页 &gt; 新闻中心 &gt; 乡镇动态</div>'
            f'<div class="detail"><h2 class="tit">{esc(art["title"])}</h2>'
            f'<div class="msg">发布时间：{y}-{m}-{d}&nbsp;&nbsp;更新时间：{y}-{m}-{int(d) + 1:02d}&nbsp;&nbsp;来源：宁河街道&nbsp;&nbsp;'
            '【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
            f'<div class="con">{text}</div>'
            '<div class="opt"><a>打印</a> <a>关闭</a></div>'
            '<div class="sys"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div></div>'
            + _gov_footer(site, rng))
    head = (f'<title>{esc(art["title"])} - 巫溪县人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}">')
    return head, body, f"http://www.cqwx.gov.cn/zwxx_205/xzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def rmw_difang_renwu(art, rng, others):
    """人民网-like 地方频道 人物 通讯. p06: a 引题-like subtitle, ``YYYY年MM月DD日HH:MM | 来源：``
    box, a photo and caption, centred bold 小标题 (body), (责编：…), share, 相关新闻. p07: an
    编者按 box before the text, ``记者：`` turns in bold and ``王小芳：`` answers (body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    ch = "重庆频道" if art["id"] == "p06" else "贵州频道"
    out = []
    if art["id"] == "p07":
        out.append('<p style="text-indent:2em"><font face="楷体"><strong>编者按：</strong>春节临近，本网推出“新春走基层”系列报道，'
                   '走近扎根乡村的年轻人，讲述他们在家乡干事创业的故事。</font></p>')
    for i, p in enumerate(art["body"]):
        if p in SUBHEADS:
            out.append(f'<p style="text-align:center"><strong>{esc(p)}</strong></p>')
        elif p.startswith("记者："):
            out.append(f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
        if i == 1:
            who = "罗大勇在村民家中为老人测量血压。" if art["id"] == "p06" else "王小芳在茶园里查看茶树长势。"
            out.append(f'<p style="text-align:center"><img src="/NMediaFile/{y}/{m}{d}/MAIN{_n(rng, 12)}.jpg" width="600"></p>'
                       f'<p class="pictext" style="text-align:center">{who}人民网记者 {rng.choice(["刘政宁", "黄欣", "杨光"])}摄</p>')
    sub = "—记者走进黔江山区村卫生室" if art["id"] == "p06" else "——“新春走基层”之返乡青年"
    body = ('<div class="header"><a><img src="/img/rmw_logo.png" alt="人民网"></a><span>人民网&gt;&gt;' + ch + '</span>'
            '<div class="links"><a>网站无障碍</a><a>登录</a><a>注册</a></div></div>'
            f'<div class="layout rm_txt"><div class="col col-1"><h3 class="pre">{esc(sub)}</h3>'
            f'<h1>{esc(art["title"])}</h1>'
            f'<div class="col-1-1">{y}年{m}月{d}日{t} | 来源：<a>人民网－{ch}</a></div>'
            '<div class="edit">小字号</div>'
            f'<div class="rm_txt_con cf">{"".join(out)}'
            f'<p class="edit">(责编：{rng.choice(["陈琦", "王钰", "张喆"])}、{rng.choice(["黄倩", "周瑜", "龙勇"])})</p></div>'
            '<div class="share">分享让更多人看到<a>微信</a><a>微博</a><a>QQ空间</a></div>'
            '<div class="box_news"><h2>相关新闻</h2><ul>' + _related(others, 4, lambda dd: dd) + '</ul></div>'
            '<div class="box_news"><h2>推荐阅读</h2><ul><li><a>山城秋意浓</a></li><li><a>产业兴 百姓富</a></li></ul></div></div></div>'
            '<div class="footer"><p>人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟</p>'
            '<p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p>'
            '<p>Copyright © 1997-2024 by www.people.com.cn. all rights reserved</p></div>')
    head = (f'<title>{esc(art["title"])}--{ch[:2]}频道--人民网 </title><meta name="keywords" content="人物">'
            f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="author" content="人民网">')
    sub_dom = "cq" if art["id"] == "p06" else "gz"
    return head, body, f"http://{sub_dom}.people.com.cn/n2/{y}/{m}{d}/c{_n(rng, 6)}-{_n(rng, 8)}.html"


def lsj_yjyl_brdiv(art, rng, others):
    """区 粮食和物资储备 portal 应急演练 (GBK): an old table layout, ``<font>`` title, an info
    cell ``发布时间：YYYY-MM-DD HH:MM:SS&nbsp;…``, every paragraph a ``　　`` line ``<br>``-separated
    in one ``<div>`` with ``&nbsp;`` runs, a 相关链接 box, 打印本页/关闭窗口, footer."""
    y, m, d = _ymd(art)
    t = f"{_hm(rng)}:{rng.randint(10, 59)}"
    site = "重庆市大足区发展和改革委员会"
    text = "<br>\n".join(f"{IND}{esc(p)}" for p in art["body"])
    body = ('<table width="1002" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/dzfgw_top.jpg"></td></tr>'
            '<tr><td class="menu" background="/images/menubg.jpg"><a>网站首页</a> <a>机构设置</a> <a>政务公开</a> <a>粮食和物资储备</a> <a>价格监管</a> <a>在线办事</a></td></tr></table>'
            '<table width="1002" align="center"><tr><td width="240" valign="top"><div class="lm"><h3>粮食和物资储备</h3><ul>'
            '<li>工作动态</li><li>政策法规</li><li>粮食安全</li><li>物资储备</li></ul></div></td><td valign="top">'
            '<div class="wz">&nbsp;&nbsp;您的位置：<a>首页</a> &gt;&gt; <a>粮食和物资储备</a> &gt;&gt; <a>工作动态</a></div>'
            f'<p align="center"><font size="5" face="微软雅黑" color="#1a4f9c">{esc(art["title"])}</font></p>'
            f'<p align="center" class="sj">发布时间：{y}-{m}-{d} {t}&nbsp;&nbsp;&nbsp;&nbsp;信息来源：区粮食和物资储备局&nbsp;&nbsp;&nbsp;&nbsp;'
            '【字体：<a>大</a> <a>中</a> <a>小</a>】</p>'
            f'<div class="con" style="font-size:16px;line-height:30px">{text}<br>\n&nbsp;&nbsp;&nbsp;&nbsp;</div>'
            '<div class="xglj"><b>相关链接：</b><a>重庆市粮食和物资储备局</a>&nbsp;&nbsp;<a>国家粮食和物资储备局</a></div>'
            '<p align="center"><a href="javascript:window.print()">打印本页</a>&nbsp;&nbsp;<a href="javascript:window.close()">关闭窗口</a></p>'
            '</td></tr></table>' + _old_foot(site, rng))
    head = (f'<title>{esc(art["title"])}-大足区发展和改革委员会</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {t}">')
    return head, body, f"http://www.dazu.gov.cn/bm/qfzggw/zwxx_70863/lswzcb/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def sqmp_jifen_bang(art, rng, others):
    """社区 公众号 文明积分 兑换. p09: photo + ``▲…`` caption, the 积分榜 table with a header row
    (rows body), a 积分兑换规则 card, the one-line slogan (body). p10: ``1.…；`` rules, quoted
    speech, a 视频号 card. Both: account/publish-time row, 来源/编辑/审核, QR, 阅读原文/点赞/在看."""
    t = _hm(rng)
    acct = "较场口社区" if art["id"] == "p09" else "港城社区"
    head, top = _mp_head(art, rng, acct, t)

    def para(p):
        if p.endswith("！") and len(p) < 12:
            return f'<p style="text-align:center"><strong><span style="color:#c00">{esc(p)}</span></strong></p>'
        return f'<p style="text-indent:2em"><span style="font-size:15px;letter-spacing:1px">{esc(p)}</span></p>'

    def after(i):
        if i == 1:
            return ('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/'
                    f'{_n(rng, 10)}/640"></p><p style="text-align:center;font-size:12px;color:#999">▲居民排队兑换生活用品</p>')
        return ""
    text = _paras(art["body"], para, 'style="width:100%;text-align:center;border-collapse:collapse" border="1"', after=after)
    card = ('<section style="border:1px dashed #c00;padding:10px;margin:16px 0"><p><strong>积分兑换规则</strong></p>'
            '<p>1.积分卡实名登记，不得转借；</p><p>2.每季度末集中兑换一次；</p><p>3.积分当年有效，次年清零。</p></section>'
            if art["id"] == "p09" else
            '<section style="background:#f6f6f6;padding:10px"><p>视频号｜港城社区</p><p>积分兑换会现场直击，点击观看</p></section>')
    body = (top + '<div class="rich_media_content" id="js_content">' + text + card + _mp_tail(rng, f"{acct}新时代文明实践站"))
    return head, body, f"https://mp.weixin.qq.com/s?__biz=MzI{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=1"


def xianbao_sanban_diaocha(art, rng, others):
    """县报 e-paper 第03版 (民生). Issue line, 版次 select, 上一版/下一版/PDF, 版面 map; p11: the
    栏目 kicker 读者来信, the salutation (body), ``<br>`` paragraphs and the writer's signature
    (NOT body); p12: kicker 记者调查, byline, a 编者按 box, photo + caption, the question subhead
    (body), 本版其他稿件 list, copyright."""
    y, m, d = _ymd(art)
    paper = "垫江日报"
    lines = []
    for p in art["body"]:
        lines.append(f"<strong>{IND}{esc(p)}</strong>" if p in SUBHEADS else f"{IND}{esc(p)}")
    text = "<br>\n".join(lines)
    if art["id"] == "p11":
        kicker, byline = "读者来信", ""
        text += '<br>\n<p align="right">桂溪街道牡丹小区居民　陈先生</p>'
        pre = ""
    else:
        kicker, byline = "记者调查", '<div class="author">本报记者　何川　实习生　邓佳</div>'
        pre = ('<div class="bzan"><b>编者按：</b>本版8月15日刊发的读者来信反映牡丹路路灯长期不亮，本报记者进行了调查采访。</div>'
               f'<div class="pic"><img src="/images/{y}-{m}/{d}/03/dj03_{_n(rng, 4)}.jpg"><p>夜幕下的牡丹路一片漆黑。　记者　何川　摄</p></div>')
    other = [o for o in (("小区门口的路灯何时能亮起来", ""), ("路灯“罢工”两个月　谁来管？", ""))]
    bb = "".join(f'<li><a>{esc(o[0])}</a></li>' for o in other) + '<li><a>县城新增300个公共停车位</a></li>'
    body = (f'<div class="paper-top"><span>{paper}</span>　<span>{y}年{m}月{d}日　{_week(art)}</span>　<a>往期回顾</a>　<a>返回首页</a></div>'
            '<table width="1000" align="center"><tr><td width="380" valign="top">'
            '<div class="banci">版次：<select><option>第01版：要闻</option><option>第02版：综合</option>'
            '<option selected>第03版：民生</option><option>第04版：副刊</option></select>'
            f'<a>上一版</a> <a>下一版</a> <a href="/images/{y}-{m}/{d}/03/dj03.pdf">PDF下载</a></div>'
            f'<img src="/images/{y}-{m}/{d}/03/dj03_b.jpg" usemap="#PagePicMap"></td><td valign="top">'
            f'<div class="article"><h3 class="yt">{kicker}</h3><h1>{esc(art["title"])}</h1>{byline}{pre}'
            f'<div id="ozoom"><founder-content>{text}</founder-content></div>'
            f'<div class="bbt"><h4>本版其他稿件</h4><ul>{bb}</ul></div>'
            '<div class="tools">【<a>打印</a>】【<a>关闭</a>】【<a>返回目录</a>】</div></div></td></tr></table>'
            f'<div class="copy">{paper}社版权所有　未经书面授权不得转载、摘编、复制或建立镜像<br>渝ICP备{_n(rng, 8)}号</div>')
    head = f'<title>{esc(art["title"])}--{paper}</title><meta name="description" content="{paper}电子版">'
    return head, body, f"http://epaper.djrb.cn/html/{y}-{m}/{d}/content_{_n(rng, 5)}.htm"


TEMPLATES = {"ghzyj_pqgs_gaikuang": ghzyj_pqgs_gaikuang, "flmp_jiajiao_yugao": flmp_jiajiao_yugao,
             "xzfw_fzjzr_xinwen": xzfw_fzjzr_xinwen, "rmw_difang_renwu": rmw_difang_renwu,
             "lsj_yjyl_brdiv": lsj_yjyl_brdiv, "sqmp_jifen_bang": sqmp_jifen_bang,
             "xianbao_sanban_diaocha": xianbao_sanban_diaocha}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages67", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
