"""Build the forty-sixth saved-page set (``pages46``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 区 人社局 portal 招聘会 news with a 参会企业名单 box
(``rsj_zph_qiye``), a 市(省级) 政府网 领导活动 page with a video and a 相关图片 strip
(``sfw_ldhd_video``), a 县 公众号 文旅推介 post with 路线 items (``xian_mp_wenlv_luxian``), a
央广网-like 地方频道 page with an audio bar (``cnr_dfpd_audio``), a 区 法院 portal 审判动态 page
with a 典型案例 box (``fy_spdt_anli``), a 市 政府网 常务会议 page (``sfw_changwu_huiyi``) and a 镇
portal 党务公开 page on a table layout in GBK (``zhen_dwgk_gbk``). ``articles.txt`` holds the
title, date and reference body; the furniture (not body) is written here. See README.md.

    python tests/data/web/pages46/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, ymd as _ymd  # noqa: E402

IND = "　　"


def _head(p: str) -> bool:
    """A subheading inside the text: short, no full stop, no colon (still body)."""
    return len(p) <= 22 and "。" not in p and "：" not in p and not p.startswith("“")


def _related(others, n, fmt) -> str:
    """A 相关/推荐 list of other articles with their dates (furniture)."""
    return "".join(f'<li><a href="#">{esc(t)}</a><span>{fmt(d)}</span></li>' for t, d in others[:n])


def _footer(site: str, rng, org: str = "") -> str:
    return (f'<div class="footer"><p>主办：{site}　承办：{org or site + "办公室"}</p>'
            f'<p>渝ICP备{_n(rng, 8)}号-1　渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p></div>')


def _table(rows) -> str:
    """Rows of a data table inside the text (body): one ``<td>`` per space-separated cell."""
    return ('<table border="1" cellspacing="0" cellpadding="4" align="center" style="border-collapse:collapse">'
            + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r.split(" ")) + "</tr>" for r in rows)
            + "</table>")


COMPANIES = {"p01": ["重庆某机械制造有限公司", "江津某粮油食品有限公司", "重庆某物流园有限公司", "某电子商务产业园",
                     "重庆某齿轮有限公司", "江津某医药有限公司"],
             "p02": ["重庆某智能装备有限公司", "永川某软件科技有限公司", "重庆某汽车零部件有限公司", "某数字经济产业园"]}


def rsj_zph_qiye(art, rng, others):
    """区 人社局 portal: 工作动态 news, a data table or 记者： turns in the text, a 参会企业名单 box after it."""
    y, m, d = _ymd(art)
    place = art["place"]
    site = f"重庆市{place}区人力资源和社会保障局"
    parts, rows = [], []
    for p in art["body"]:
        if art["id"] == "p01" and (p.startswith("岗位类别") or p[:4] in ("装备制造", "食品加工", "现代物流", "电子商务")):
            rows.append(p)
            continue
        if rows:
            parts.append(_table(rows))
            rows = []
        if _head(p):
            parts.append(f'<p style="text-indent:2em"><strong>{esc(p)}</strong></p>')
        elif p.startswith("记者："):
            parts.append(f'<p>{IND}<strong>记者：</strong>{esc(p[3:])}</p>')
        elif p.startswith("陈明："):
            parts.append(f'<p>{IND}<strong>陈明：</strong>{esc(p[3:])}</p>')
        else:
            parts.append(f"<p>{IND}{esc(p)}</p>")
    parts.insert(2, '<p style="text-align:center"><img src="./W0202305_1.jpg" border="0"></p>'
                    f'<p style="text-align:center">{"图为招聘会现场。（区人力社保局供图）" if art["id"] == "p01" else "双选会现场，毕业生与企业招聘人员交流。"}</p>')
    if art["id"] == "p01":
        info = (f'<span>发布时间：{y}-{m}-{d} {_hms(rng)}</span><span>来源：区人力社保局</span>'
                f'<span>浏览次数：<script>document.write({_n(rng, 3)})</script></span>'
                '<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span>')
    else:
        info = (f'{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;&nbsp;来源：{place}区人力社保局&nbsp;&nbsp;&nbsp;&nbsp;'
                f'作者：就业科&nbsp;&nbsp;&nbsp;&nbsp;【<a>打印</a>】')
    names = "".join(f"<li>{i}. {esc(c)}</li>" for i, c in enumerate(COMPANIES[art["id"]], 1))
    body = (f'<div class="header"><div class="logo">{site}</div><div class="search"><input value="请输入关键字"> 搜索</div>'
            '<ul class="nav"><li>首页</li><li>机构概况</li><li>政务公开</li><li>就业创业</li><li>社会保障</li>'
            '<li>人才人事</li><li>劳动维权</li><li>互动交流</li></ul></div>'
            '<div class="wz">您当前的位置：<a>首页</a> &gt; <a>就业创业</a> &gt; <a>工作动态</a></div>'
            f'<div class="con"><div class="bt">{esc(art["title"])}</div><div class="sx">{info}</div>'
            f'<div class="zw TRS_Editor">{"".join(parts)}</div>'
            f'<div class="qymd"><h4>部分参会企业名单</h4><ul>{names}</ul><p>（更多岗位信息请关注“{place}就业”微信公众号）</p></div>'
            f'<div class="fj">附件：<a href="#">{"参会企业及岗位信息表.xlsx" if art["id"] == "p01" else "双选会岗位汇总表.pdf"}</a></div>'
            '<div class="tools"><a>打印本页</a>&nbsp;<a>关闭窗口</a>&nbsp;<span>分享：</span><a>微信</a><a>微博</a><a>QQ空间</a></div>'
            f'<div class="xgxx"><h3>相关信息</h3><ul>{_related(others, 4, lambda s: s)}</ul></div></div>'
            + _footer(site, rng))
    head = (f'<title>{esc(art["title"])}_{site}</title><meta name="SiteName" content="{site}">'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}">'
            f'<meta name="ContentSource" content="区人力社保局"><meta name="Keywords" content="招聘会,就业">')
    return head, body, f"http://www.{art['id']}rsj.gov.cn/jycy/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def sfw_ldhd_video(art, rng, others):
    """直辖市 (province-level) 政府网 领导活动: a video player above the text, 更新时间, a 相关图片 strip."""
    y, m, d = _ymd(art)
    paras = "".join(f"<p>{IND}{esc(p)}</p>" for p in art["body"])
    if art["id"] == "p03":
        info = (f'<span class="time">{y}-{m}-{d} {_hm(rng)}</span><span class="source">来源：重庆日报客户端</span>'
                f'<span class="upd">更新时间：{y}-{m}-{int(d) + 1:02d} 08:{rng.randint(10, 59)}</span>')
        strip = ["市领导在万州区察看堤防加固工程", "市领导在云阳县地质灾害隐患点调研", "市领导与监测员交流"]
    else:
        info = (f'<span>发布时间：{y}年{int(m)}月{int(d)}日</span>&nbsp;<span>来源：重庆市人民政府网</span>'
                f'&nbsp;<span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span>')
        strip = ["会议现场", "各区县分会场"]
    pics = "".join(f'<li><img src="./W0_{i}.jpg"><p>{esc(c)}</p></li>' for i, c in enumerate(strip))
    body = ('<div class="top-bar"><span>重庆市人民政府</span><a>简</a>|<a>繁</a><a>无障碍</a><a>长者模式</a></div>'
            '<ul class="nav"><li>首页</li><li>要闻动态</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进重庆</li></ul>'
            '<div class="crumb"><a>首页</a> &gt; <a>要闻动态</a> &gt; <a>领导活动</a></div>'
            f'<div class="article"><h1 class="title">{esc(art["title"])}</h1><div class="info">{info}</div>'
            f'<div class="video-box"><video src="/video/{y}{m}{d}_{_n(rng, 5)}.mp4" controls poster="v.jpg"></video>'
            f'<div class="v-tip">视频时长 0{rng.randint(1, 4)}:{rng.randint(10, 59)}　视频来源：重庆广电</div></div>'
            f'<div class="view TRS_UEDITOR trs_paper_default">{paras}</div>'
            f'<div class="xgtp"><h3>相关图片</h3><ul>{pics}</ul></div>'
            f'<div class="zrbj">责任编辑：{rng.choice(["张雨", "吴倩"])}</div>'
            '<div class="share"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a><a>【我要纠错】</a>'
            '<a>【打印】</a><a>【关闭】</a></div>'
            f'<div class="ldhd-list"><h3>领导活动</h3><ul>{_related(others, 5, lambda s: s.replace("-", "/"))}</ul></div></div>'
            + _footer("重庆市人民政府办公厅", rng, "重庆市大数据应用发展管理局"))
    head = (f'<title>{esc(art["title"])}_领导活动_重庆市人民政府网</title>'
            f'<meta name="ArticleTitle" content="{esc(art["title"])}"><meta name="ColumnName" content="领导活动">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="重庆日报">')
    return head, body, f"https://www.cq.gov.cn/ywdt/ldhd/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def _wx_route(p: str) -> str:
    """A WeChat paragraph: 线路 heads in a coloured badge, day items in a bordered section (body)."""
    if p.startswith("线路"):
        return ('<section style="margin:20px 0 10px;text-align:center"><section style="display:inline-block;'
                f'background:#2e8b57;color:#fff;padding:4px 14px;border-radius:12px"><strong>{esc(p)}</strong></section></section>')
    if p.startswith("第") and "天：" in p[:4] or "—" in p and len(p) < 40:
        return (f'<section style="border-left:3px solid #2e8b57;padding-left:8px;margin:6px 0">'
                f'<p><span style="font-size:15px">{esc(p)}</span></p></section>')
    return f'<p style="text-indent:2em;line-height:1.75"><span style="font-size:15px;color:#333">{esc(p)}</span></p>'


def xian_mp_wenlv_luxian(art, rng, others):
    """县 文旅 公众号 post: 点击蓝字 banner, 路线 badges and items, a 温馨提示 box, 往期推荐, 阅读原文 row."""
    y, m, d = _ymd(art)
    acct = {"p05": "武隆文旅", "p06": "巫溪文旅"}[art["id"]]
    t = _hm(rng)
    paras = [_wx_route(p) for p in art["body"]]
    paras.insert(2, f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_n(rng, 9)}/640"></p>'
                    '<p style="text-align:center"><span style="font-size:12px;color:#888">▲ 资料图</span></p>')
    tip = ("【温馨提示】景区实行门票预约制，请通过“游武隆”小程序提前预约，错峰出行。" if art["id"] == "p05"
           else "【温馨提示】红池坝景区海拔较高，早晚气温低，请注意防寒保暖；景区咨询电话：023-5151XXXX。")
    tail = (f'<section style="background:#f4f9f4;padding:10px;margin-top:16px"><p><span style="font-size:14px">{esc(tip)}</span></p></section>'
            f'<p style="font-size:12px;color:#888"><span>来源：{acct[:2]}县文化旅游委</span></p>'
            f'<p style="font-size:12px;color:#888"><span>编辑：{rng.choice(["刘婷", "周凯"])}　审核：{rng.choice(["陈思远", "黄敏"])}</span></p>'
            '<p style="text-align:center"><img data-src="qrcode.jpg"></p><p style="text-align:center"><span>长按识别二维码 关注我们</span></p>'
            '<section class="wqtj"><p><strong>往期推荐</strong></p>'
            + "".join(f"<p><span>▶ {esc(tt)}</span></p>" for tt, _ in others[:3]) + '</section>')
    shown = f"{y}年{int(m)}月{int(d)}日 {t}" if art["id"] == "p05" else f"{y}-{m}-{d} {t}"
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{acct}</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">{acct}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{shown}</em>'
            f'<em id="js_ip_wording_wrp" class="rich_media_meta_text">发表于重庆</em></div>'
            '<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">'
            '<section style="text-align:center"><span style="color:#2e8b57;font-size:13px">点击蓝字 关注我们</span></section>'
            + "".join(paras) + tail + '</div>'
            '<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a>'
            f'<span>阅读 {_n(rng, 4)}</span><span>分享</span><span>赞 {rng.randint(20, 200)}</span><span>在看 {rng.randint(5, 60)}</span></div>'
            '<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "{acct}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            '<meta property="og:type" content="article">')
    url = "https://mp.weixin.qq.com/s/" + "".join(rng.choice("ABCDEFGHJKLMNPQRabcdefhijkmn0123456789_-") for _ in range(22))
    return head, body, url


def cnr_dfpd_audio(art, rng, others):
    """央广网 地方频道 page: 听新闻 audio bar, photo captions, 记者：/name turns, 版权声明, 编者按 (p08)."""
    y, m, d = _ymd(art)
    parts = []
    for p in art["body"]:
        head, sep, rest = p.partition("：")
        if sep and head in ("记者", "黄敏"):
            parts.append(f"<p>{IND}<strong>{head}：</strong>{esc(rest)}</p>")
        else:
            parts.append(f"<p>{IND}{esc(p)}</p>")
    cap = ("青菜头在生产线上清洗加工（央广网发 涪陵区委宣传部供图）" if art["id"] == "p07"
           else "传承人在织机前织造夏布（央广网记者 杨帆 摄）")
    parts.insert(2, f'<p style="text-align:center"><img src="{_n(rng, 10)}.jpg"></p><p style="text-align:center">{cap}</p>')
    if art["id"] == "p07":
        info = (f'<div class="source"><span>{y}-{m}-{d} {_hms(rng)}</span>&nbsp;&nbsp;<span>来源：央广网</span></div>')
        note = ""
    else:
        info = '<div class="source"><span>来源：央广网</span>&nbsp;&nbsp;<span>作者：杨帆</span></div>'
        note = ('<div class="bza"><p><strong>编者按：</strong>非遗是活着的历史。央广网重庆频道推出“非遗新生”系列报道，'
                '讲述巴渝大地上传统技艺的传承与创新故事。</p></div>')
    body = ('<div class="topbar"><a>央广网</a><a>中国之声</a><a>经济之声</a><a>云听</a><span>央广网 | 重庆频道</span></div>'
            '<div class="subnav"><a>首页</a><a>重庆要闻</a><a>区县</a><a>民生</a><a>文旅</a><a>视频</a></div>'
            '<div class="crumbs"><a>央广网</a> &gt; <a>重庆频道</a> &gt; <a>区县</a></div>'
            f'<div class="article-header"><h1>{esc(art["title"])}</h1>{info}</div>'
            '<div class="audio-bar"><span class="btn">听新闻</span><audio src="/audio/tts.mp3"></audio>'
            f'<span class="cur">00:00</span>/<span class="dur">0{rng.randint(2, 5)}:{rng.randint(10, 59)}</span>'
            '<span class="speed">倍速 1.0x</span></div>'
            f'<div class="article-body TRS_Editor">{note}{"".join(parts)}</div>'
            f'<div class="editor">编辑：{rng.choice(["郑浩", "吴倩"])}</div>'
            '<div class="share"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ</a></div>'
            '<div class="copyright"><p>央广网版权声明：本网站所刊载信息，不代表中央广播电视总台和央广网观点。'
            '刊用本网站稿件，务经书面授权。未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p></div>'
            f'<div class="related"><h3>相关新闻</h3><ul>{_related(others, 4, lambda s: s)}</ul></div>'
            '<div class="hot"><h3>热门排行</h3><ol>' + "".join(f"<li>{esc(t)}</li>" for t, _ in others[4:9]) + '</ol></div>'
            f'<div class="footer"><p>中央广播电视总台 央广网 版权所有</p><p>京ICP证{_n(rng, 6)}号　京公网安备{_n(rng, 14)}号</p></div>')
    head = f'<title>{esc(art["title"])}_央广网</title><meta name="keywords" content="{art["place"]}">'
    if art["id"] == "p08":
        head += f'<meta name="publishdate" content="{y}-{m}-{d}"><meta name="author" content="杨帆">'
    url = f"https://cq.cnr.cn/qx/{y}{m}{d}/t{y}{m}{d}_{_n(rng, 9)}.shtml"
    return head, body, url


def fy_spdt_anli(art, rng, others):
    """区 法院 portal 审判动态: 作者/发布时间 line with 打印 and 字号, a 典型案例 box inside the text."""
    y, m, d = _ymd(art)
    parts = [f"<p>{IND}{esc(p)}</p>" for p in art["body"]]
    box = ('<div class="dxal" style="border:1px solid #c00;padding:10px;margin:10px 0"><p style="color:#c00"><b>典型案例</b></p>'
           '<p>【案情】某物流公司招用骑手王某，双方未签订劳动合同。王某在配送途中受伤，要求确认劳动关系。</p>'
           '<p>【裁判】法院审理认为，公司对王某实施了用工管理，双方存在劳动关系，判决予以确认。</p>'
           '<p>【法官说法】新就业形态劳动者应注意留存接单记录、考勤管理等证据。</p></div>')
    parts.insert(4, box)
    info = (f'<div class="info">作者：宣传科&nbsp;&nbsp;发布时间：{y}/{int(m)}/{int(d)} {_hms(rng)}'
            '&nbsp;&nbsp;<a>打印</a>&nbsp;&nbsp;字号：<a>大</a> | <a>中</a> | <a>小</a></div>')
    teaser = others[0][0]
    body = (f'<div class="head"><img src="logo.png" alt="重庆市北碚区人民法院"><span><script>document.write(showDate())</script></span></div>'
            '<ul class="menu"><li>首页</li><li>法院概况</li><li>审判动态</li><li>司法公开</li><li>诉讼服务</li><li>法院文化</li></ul>'
            '<div class="position">当前位置：<a>首页</a> &gt;&gt; <a>审判动态</a></div>'
            f'<div class="detail"><div class="title">{esc(art["title"])}</div>{info}'
            f'<div class="text">{"".join(parts)}</div>'
            f'<div class="pn"><p>上一篇：<a>{esc(others[1][0])}</a></p><p>下一篇：<a>{esc(others[2][0])}</a></p></div>'
            f'<div class="xgxw"><h3>相关新闻</h3><div class="item"><h4>{esc(teaser)}</h4>'
            '<p>近日，该院召开专题会议，研究部署下一阶段重点工作，要求各部门对照目标查漏补缺……<a>[详细]</a></p></div></div></div>'
            f'<div class="foot"><p>重庆市北碚区人民法院 版权所有</p><p>地址：北碚区某路XX号　邮编：400700</p>'
            f'<p>渝ICP备{_n(rng, 8)}号</p></div>')
    head = f'<title>{esc(art["title"])}-重庆市北碚区人民法院</title>'
    return head, body, f"http://bbqfy.cqfygzfw.gov.cn/article/detail/{y}/{m}/id/{_n(rng, 7)}.shtml"


def sfw_changwu_huiyi(art, rng, others):
    """市 政府网 政府常务会议 page: 信息公开 grid, 发布日期 line, 1./2. 议题 items, 往次会议 list."""
    y, m, d = _ymd(art)
    site = "遂宁市人民政府"
    parts = [f"<p>{IND}{esc(p)}</p>" for p in art["body"]]
    parts.insert(1, '<p style="text-align:center"><img src="W0_hy.jpg"></p><p style="text-align:center">会议现场。（记者 王晓东 摄）</p>')
    grid = ('<table class="xxgk"><tr><td>索引号：</td><td>11510900008' + str(_n(rng, 4)) + f'/{y}-{_n(rng, 5)}</td>'
            '<td>发布机构：</td><td>市政府办公室</td></tr>'
            f'<tr><td>主题分类：</td><td>政府常务会议</td><td>生成日期：</td><td>{y}-{m}-{d}</td></tr></table>')
    past = "".join(f'<li><a>遂宁市政府召开第{n}次常务会议</a><span>{y}-{int(m) - k:02d}-{rng.randint(10, 28)}</span></li>'
                   for k, n in ((0, 36), (1, 35), (1, 34), (2, 33)))
    body = (f'<div class="header"><h2>{site}</h2><p>www.suining.gov.cn</p></div>'
            '<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进遂宁</a></div>'
            '<div class="dqwz">当前位置：首页 / 政务公开 / 政府会议 / 政府常务会议</div>'
            f'<div class="xl-main">{grid}<h2 class="xl-tit">{esc(art["title"])}</h2>'
            f'<div class="xl-ly"><span>发布日期：{y}年{m}月{d}日</span><span>信息来源：市政府办公室</span>'
            f'<span>阅读次数：<script>document.write("{_n(rng, 4)}")</script></span><span class="fx">分享：</span></div>'
            f'<div class="xl-cont" id="zoom">{"".join(parts)}</div>'
            '<div class="xl-bot"><a>【打印本页】</a><a>【关闭窗口】</a><a>【返回顶部】</a></div>'
            f'<div class="wchy"><h3>往次会议</h3><ul>{past}</ul></div></div>'
            '<div class="ewm"><img src="ewm.png"><p>扫一扫在手机打开当前页</p></div>'
            f'<div class="footer"><p>主办：{site}办公室　承办：遂宁市大数据中心</p>'
            f'<p>蜀ICP备{_n(rng, 8)}号　川公网安备 {_n(rng, 14)}号　网站标识码：5109000001</p></div>')
    head = (f'<title>{esc(art["title"])}- {site}</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="政府常务会议">')
    return head, body, f"https://www.suining.gov.cn/zwgk/zfhy/cwhy/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"


def zhen_dwgk_gbk(art, rng, others):
    """镇 portal 党务公开 on an old table layout: `<br>` lines in one cell (p11) or `<font>` paragraphs
    with 时间/地点/参加人员 lines (p12); 时间：… info line, 点击 counter, left menu."""
    y, m, d = _ymd(art)
    town = {"p11": "西沱镇", "p12": "龙潭镇"}[art["id"]]
    county = {"p11": "石柱土家族自治县", "p12": "酉阳土家族苗族自治县"}[art["id"]]
    if art["id"] == "p11":
        text = "<br>".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in art["body"]) + "<br><br>"
        info = f'发布日期：{y}-{m}-{d}&nbsp;&nbsp;点击：<script>document.write("{_n(rng, 3)}")</script>次&nbsp;&nbsp;来源：镇党建办'
    else:
        text = "".join(f'<p><font size="3" face="宋体">{IND}{esc(p)}</font></p>' for p in art["body"])
        info = f'时间：{y}年{int(m)}月{int(d)}日&nbsp;&nbsp;作者：{town}&nbsp;&nbsp;浏览：{_n(rng, 3)}'
    menu = "".join(f'<tr><td class="lm">·<a>{x}</a></td></tr>' for x in ("党组织设置", "党员发展", "党费收缴", "组织生活", "党建动态"))
    body = (f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td height="120" background="images/top.jpg"><font size="6" color="#ffffff"><b>{county}{town}人民政府</b></font></td></tr>'
            '<tr><td class="nav"><a>首页</a> | <a>镇情概况</a> | <a>政务公开</a> | <a>党务公开</a> | <a>办事服务</a> | <a>联系我们</a></td></tr></table>'
            '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td width="220" valign="top"><table width="100%"><tr><td class="lmt"><b>党务公开</b></td></tr>{menu}</table></td>'
            '<td width="760" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">'
            '<tr><td class="wz">您现在的位置：首页 &gt; 党务公开 &gt; 党建动态</td></tr>'
            f'<tr><td align="center" height="50"><font size="4" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="info">{info}</td></tr>'
            f'<tr><td class="content" style="line-height:28px">{text}</td></tr>'
            f'<tr><td align="right">（{town}党委办公室供稿）</td></tr>'
            '<tr><td align="center">【<a>打印</a>】【<a>关闭</a>】【<a>返回顶部</a>】</td></tr></table></td></tr></table>'
            f'<table width="980" align="center"><tr><td align="center" class="foot">主办单位：中共{county}{town}委员会　'
            f'技术支持：某网络科技有限公司<br>渝ICP备{_n(rng, 8)}号</td></tr></table>')
    head = f'<title>{esc(art["title"])}--{town}人民政府</title><meta name="keywords" content="党务公开">'
    return head, body, f"http://www.{art['id']}town.gov.cn/dwgk/ShowArticle.asp?ArticleID={_n(rng, 4)}"


TEMPLATES = {"rsj_zph_qiye": rsj_zph_qiye, "sfw_ldhd_video": sfw_ldhd_video,
             "xian_mp_wenlv_luxian": xian_mp_wenlv_luxian, "cnr_dfpd_audio": cnr_dfpd_audio,
             "fy_spdt_anli": fy_spdt_anli, "sfw_changwu_huiyi": sfw_changwu_huiyi, "zhen_dwgk_gbk": zhen_dwgk_gbk}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages46", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
