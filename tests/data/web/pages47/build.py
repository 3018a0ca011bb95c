"""Build the forty-seventh saved-page set (``pages47``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, each chosen to be hard for an extractor: a 生态环境局 空气质量 通报 with a ranking table or a
numbered list of places (``sthjj_kqzl_tongbao``), a 县/区 人大 公众号 代表履职 post with an 编者按, a
代表档案 card and 记者： turns (``rd_mp_lvzhi``), a 区 网信办 portal 网络安全宣传周 news with a video
player and a 小贴士 box (``wxb_aqzhou_news``), a 区 档案馆 史料 article in ``<br>`` lines with 注释
and 参考文献 (``dag_shiliao_zhushi``), a 省 文明网 道德模范 page (``wmw_ddmf_shiji``), a 农业农村委
农技 news with a 专家提示 box (``nyncw_nongji_tishi``) and a 晚报 e-paper 社会新闻版 with a 热线 box
(``wanbao_shehui_rexian``). ``articles.txt`` holds the title, date and reference body; the
furniture (not body) is written here. See README.md.

    python tests/data/web/pages47/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, hms as _hms, weekday as _week, ymd as _ymd  # noqa: E402

IND = "　　"


def _head(p: str) -> bool:
    """A subheading inside the text: short, no full stop, no colon (still body)."""
    return len(p) <= 22 and "。" not in p and "：" not in p and "“" not in p[:1] and not p[:1].isdigit()


def _row(p: str) -> bool:
    """A table row or a name list entry of the text: cells joined by single spaces."""
    return " " in p and "。" not in p


def _related(others, n, fmt) -> str:
    """A 相关阅读 list of other articles with their dates (furniture)."""
    return "".join(f'<li><a href="#">{esc(t)}</a><span class="date">{fmt(d)}</span></li>' for t, d in others[:n])


def _gov_footer(site: str, rng) -> str:
    return (f'<div class="footer"><p>主办单位：{site}　承办：{site}办公室　联系电话：023-6{_n(rng, 7)}</p>'
            f'<p>渝ICP备{_n(rng, 8)}号　<img src="/images/ga.png">渝公网安备 {_n(rng, 14)}号　网站标识码：{_n(rng, 10)}</p>'
            '<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a></p>'
            '<p><img src="/images/dzjg.png"> <img src="/images/jiucuo.png"></p></div>')


def _table(rows) -> str:
    """The text's data table: first row a header, cells as ``<td><p align=center>``."""
    return ('<table class="MsoNormalTable" border="1" cellspacing="0" width="100%"><tbody>' + "".join(
        "<tr>" + "".join(f'<td valign="center"><p align="center"><span style="font-size:12pt">{esc(c)}</span></p></td>'
                         for c in r.split(" ")) + "</tr>" for r in rows) + "</tbody></table>")


def sthjj_kqzl_tongbao(art, rng, others):
    """生态环境局 空气质量 通报: p01 an old GBK table portal with a 信息公开 grid, a ranking table,
    注 line, signature and 附件; p02 a div portal with glued info spans, an AQI widget and a list."""
    y, m, d = _ymd(art)
    if art["id"] == "p01":
        out, rows = [], [p for p in art["body"] if _row(p)]
        for p in art["body"]:
            if _row(p):
                if p == rows[0]:
                    out.append(f'<p align="center"><b>表1　2024年1月各镇街PM2.5浓度排名</b></p>{_table(rows)}'
                               '<p><font face="楷体" size="2">注：同比变化为与2023年1月相比，“-”为下降。</font></p>')
                continue
            out.append(f'<p style="text-indent:2em"><font size="3">{"<b>" if _head(p) else ""}{esc(p)}'
                       f'{"</b>" if _head(p) else ""}</font></p>')
        body = ('<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>'
                '<img src="/images/banner_sthjj.jpg" alt="重庆市九龙坡区生态环境局"></td></tr>'
                '<tr><td class="nav">&nbsp;<a>首页</a>&nbsp;|&nbsp;<a>机构概况</a>&nbsp;|&nbsp;<a>政务公开</a>&nbsp;|&nbsp;'
                '<a>环境质量</a>&nbsp;|&nbsp;<a>互动交流</a></td></tr></table>'
                '<table width="1002" align="center"><tr><td class="wz">您现在的位置：<a>首页</a>&gt;&gt;<a>环境质量</a>&gt;&gt;<a>空气质量</a></td></tr></table>'
                '<table width="1002" align="center" class="xxgk_table" border="1">'
                f'<tr><td>索引号：</td><td>11500107009{_n(rng, 6)}/{y}-00{_n(rng, 2)}</td><td>主题分类：</td><td>环境监测、保护与治理</td></tr>'
                f'<tr><td>发布机构：</td><td>九龙坡区生态环境局</td><td>成文日期：</td><td>{y}-{m}-{int(d) - 1:02d}</td></tr>'
                f'<tr><td>标题：</td><td colspan="3">{esc(art["title"])}</td></tr>'
                f'<tr><td>发文字号：</td><td>九龙坡环发〔{y}〕{_n(rng, 2)}号</td><td>发布日期：</td><td>{y}-{m}-{d}</td></tr></table>'
                '<table width="1002" align="center"><tr><td>'
                f'<div class="tit" align="center"><font size="5" color="#c00"><b>{esc(art["title"])}</b></font></div>'
                '<div align="right">【字体：<a>大</a> <a>中</a> <a>小</a>】</div>'
                f'<div class="TRS_Editor" id="zoom">{"".join(out)}'
                '<p align="right">重庆市九龙坡区生态环境局</p>'
                f'<p align="right">{y}年{int(m)}月{int(d) - 1}日</p>'
                '<p>（此件公开发布）</p></div>'
                '<div class="fj">附件：<a href="./P020240206.xlsx">2024年1月各镇街空气质量监测数据.xlsx</a></div>'
                '<div align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>'
                '</td></tr></table>' + _gov_footer("重庆市九龙坡区生态环境局", rng))
        head = (f'<title>{esc(art["title"])}_九龙坡区生态环境局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
                f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ColumnName" content="空气质量">')
        return head, body, f"http://www.cqjlp.gov.cn/bm/qsthjj/zwgk/hjzl/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    out = []
    for i, p in enumerate(art["body"]):
        out.append(f"<p>{IND}{esc(p)}</p>" if not p[:1].isdigit() else f"<p>{esc(p)}</p>")
        if i == 2:
            out.append('<p style="text-align:center"><img src="./W020230809_kq.png"></p>'
                       '<p style="text-align:center"><span style="font-family:楷体">图为7月各镇街空气质量优良天数示意图。区生态环境局供图</span></p>')
    body = ('<div class="top-bar"><span>无障碍</span><span>关怀版</span><span>English</span></div>'
            '<div class="header"><div class="logo">合川区生态环境局</div><div class="search"><input value="请输入关键词"></div></div>'
            '<div class="menu"><a>首页</a><a>政务公开</a><a>环境质量</a><a>政务服务</a><a>互动交流</a></div>'
            '<div class="crumb">当前位置：<a>首页</a> &gt; <a>环境质量</a> &gt; <a>工作动态</a></div>'
            '<div class="main"><div class="article-box">'
            f'<div class="a-tit">{esc(art["title"])}</div>'
            f'<div class="a-info"><span>发布日期：{y}年{m}月{d}日</span><span>来源：区生态环境局</span>'
            f'<span>字号：<a>大</a><a>中</a><a>小</a></span><span>浏览量：{_n(rng, 3)}</span></div>'
            f'<div class="bt_content TRS_UEDITOR">{"".join(out)}</div>'
            f'<p class="zrbj">（责任编辑：{rng.choice(["周敏", "杨洁"])}）</p>'
            '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a>　<a>【打印】</a><a>【关闭】</a></div></div>'
            '<div class="side"><div class="aqi"><h4>实时空气质量</h4><p>AQI 46</p><p>优</p><p>首要污染物：—</p>'
            f'<p>更新时间：{y}-{m}-{d} 14:00</p></div>'
            f'<div class="xgyd"><h4>相关阅读</h4><ul>{_related(others, 4, lambda s: s)}</ul></div></div></div>'
            + _gov_footer("重庆市合川区生态环境局", rng))
    head = (f'<title>{esc(art["title"])}-合川区生态环境局</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="firstpublishedtime" content="{y}-{m}-{d}-{_hm(rng).replace(":", "-")}">')
    return head, body, f"http://www.hc.gov.cn/bm/sthjj/gzdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def rd_mp_lvzhi(art, rng, others):
    """人大 公众号 代表履职 post: p03 编者按, 代表档案 card, 记者：/name turns, ▲ caption; p04 bold heads,
    时间/地点/参加人员 items, 往期回顾. Both end with 来源/编辑/审核 and the 阅读原文 row."""
    y, m, d = _ymd(art)
    acc = {"p03": "垫江人大", "p04": "开州人大"}[art["id"]]
    out = []
    if art["id"] == "p03":
        out.append('<section style="background:#f7f1e3;padding:10px"><p><strong>编者按：</strong>'
                   '人大代表来自人民、植根人民。即日起，本号推出“代表履职进行时”专栏，讲述基层人大代表的履职故事，敬请关注。</p></section>')
    for i, p in enumerate(art["body"]):
        if "：" in p[:6] and p.split("：")[0] in ("记者", "刘志强"):
            who, rest = p.split("：", 1)
            out.append(f'<p><strong><span style="color:#b22">{who}：</span></strong><span>{esc(rest)}</span></p>')
        elif _head(p):
            out.append(f'<p style="text-align:center"><strong><span style="color:#fff;background:#c8161d">'
                       f'&nbsp;{esc(p)}&nbsp;</span></strong></p>')
        elif p.startswith(("时间：", "地点：", "参加人员：")):
            k, v = p.split("：", 1)
            out.append(f'<p><span style="color:#c8161d">{k}：</span>{esc(v)}</p>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:16px">{esc(p)}</span></p>')
        if art["id"] == "p03" and i == 2:
            out.append('<section class="card" style="border:1px solid #c8161d"><p><strong>代表档案</strong></p>'
                       '<p>姓名：刘志强</p><p>代表届次：垫江县第十八届人大代表</p><p>所在选区：沙坪镇第三选区</p>'
                       '<p>职业：种粮大户、家庭农场负责人</p></section>')
        if art["id"] == "p03" and i == 9:
            out.append('<p style="text-align:center"><img data-src="mmbiz1.jpg"></p>'
                       '<p style="text-align:center"><span style="font-size:12px;color:#888">▲刘志强在代表联络站接待群众</span></p>')
    tail = ('<section><p><strong>往期回顾</strong></p>'
            + "".join(f'<p><a>{esc(t)}</a></p>' for t, _ in others[:3]) + '</section>') if art["id"] == "p04" else ""
    t = _hm(rng)
    when = f"{y}-{m}-{d} {t}" if art["id"] == "p03" else f"{y}年{int(m)}月{int(d)}日 {t}"
    body = (f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><h1 class="rich_media_title" id="activity-name">'
            f'\n          {esc(art["title"])}\n        </h1><div id="meta_content" class="rich_media_meta_list">'
            f'<span class="rich_media_meta rich_media_meta_text">{acc}</span>'
            f'<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">{acc}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{when}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta">发表于重庆</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">'
            '<p style="text-align:center"><img data-src="top_banner.gif"></p>'
            f'{"".join(out)}{tail}'
            f'<p><span style="font-size:12px;color:#999">来源：{acc[:2]}{"县" if art["id"] == "p03" else "区"}人大常委会办公室</span></p>'
            f'<p><span style="font-size:12px;color:#999">编辑：{rng.choice(["谭敏", "冉丽"])}　审核：{rng.choice(["胡军", "陈刚"])}</span></p>'
            '<p style="text-align:center"><img data-src="qrcode.jpg"></p><p style="text-align:center">扫码关注我们</p></div>'
            f'<div id="js_toobar3" class="rich_media_tool"><a id="js_view_source">阅读原文</a>'
            f'<span>阅读 {_n(rng, 4)}</span><span>分享</span><span>点赞 {_n(rng, 2)}</span><span>在看 {_n(rng, 1)}</span></div>'
            '<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div></div>'
            f'<script>var ct = "{_epoch(art, t)}"; var nickname = "{acc}";</script>')
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}">'
            '<meta property="og:type" content="article">')
    return head, body, f"https://mp.weixin.qq.com/s?__biz=MzI{_n(rng, 7)}==&mid={_n(rng, 10)}&idx=1"


def wxb_aqzhou_news(art, rng, others):
    """区 网信办 portal 网络安全宣传周 news: 副题, 发布/更新时间 info with a counter, a video player after
    the second paragraph, （一）… items, a 网络安全小贴士 box, 相关新闻, 扫一扫."""
    y, m, d = _ymd(art)
    out = []
    for i, p in enumerate(art["body"]):
        out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
        if i == 1:
            out.append('<div class="video-box"><video controls poster="./W020230913_fm.jpg" src="./W020230913.mp4"></video>'
                       '<p class="video-tit">视频：2023年渝中区国家网络安全宣传周启动</p><p class="video-time">时长 01:46</p></div>')
    body = ('<div class="head"><div class="logo"><img src="/images/wx_logo.png" alt="渝中网信"></div>'
            '<ul class="nav"><li>首页</li><li>网信要闻</li><li>网络安全</li><li>网络普法</li><li>举报中心</li></ul></div>'
            '<div class="position">您所在的位置：<a>首页</a> &gt; <a>网络安全</a> &gt; <a>工作动态</a></div>'
            f'<div class="con"><h1 class="con-title">{esc(art["title"])}</h1>'
            '<h2 class="con-subtitle">——“网络安全为人民，网络安全靠人民”</h2>'
            f'<div class="con-info">发布时间：{y}-{m}-{d} {_hm(rng)}&nbsp;&nbsp;&nbsp;更新时间：{y}-{m}-{int(d) + 1:02d} 09:02'
            '&nbsp;&nbsp;&nbsp;来源：区委网信办&nbsp;&nbsp;&nbsp;浏览次数：<script>document.write("' + str(_n(rng, 4)) + '")</script></div>'
            f'<div class="con-text zw">{"".join(out)}</div>'
            '<div class="tips"><h4>网络安全小贴士</h4><ol><li>不点击来历不明的链接，不扫描来源不明的二维码。</li>'
            '<li>不向陌生人透露验证码和银行卡密码。</li><li>发现网络违法信息，请拨打举报电话12377。</li></ol></div>'
            '<div class="con-bot"><span>【<a>打印本页</a>】</span><span>【<a>关闭窗口</a>】</span>'
            '<span class="bdsharebuttonbox">分享到：<a class="bds_weixin"></a><a class="bds_tsina"></a></span></div>'
            f'<div class="xgxw"><div class="xgxw-t">相关新闻</div><ul>{_related(others, 5, lambda s: "[" + s + "]")}</ul></div></div>'
            '<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div>'
            '<div class="footer"><p>主办：中共重庆市渝中区委网络安全和信息化委员会办公室</p>'
            f'<p>违法和不良信息举报电话：023-6{_n(rng, 7)}　渝ICP备{_n(rng, 8)}号</p></div>')
    head = (f'<title>{esc(art["title"])} - 渝中网信</title><meta name="keywords" content="网络安全宣传周,渝中">'
            f'<meta name="description" content="{esc(art["body"][0][:60])}">')
    return head, body, f"http://www.cqyz.gov.cn/wxb/wlaq/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.html"


NOTES = ["①卢作孚（1893—1952），四川合川人，近代实业家、教育家，民生公司创办人。",
         "②据《嘉陵江三峡乡村建设实验区概况》（1940年印行）统计。",
         "③内迁单位名册，北碚区档案馆藏，全宗号0081，目录号1，案卷号27。"]


def dag_shiliao_zhushi(art, rng, others):
    """区 档案馆 史料 article (GBK): old table layout, paragraphs as ``&nbsp;`` runs joined by ``<br>``
    in one cell, an archive photo with caption after the fourth line, 注释 and 参考文献 lists."""
    y, m, d = _ymd(art)
    lines = []
    for i, p in enumerate(art["body"]):
        lines.append("&nbsp;" * 6 + esc(p))
        if i == 3:
            lines.append('<center><img src="/uploadfile/2023/0628/da01.jpg" border="0"></center>'
                         '<center><font color="#666666" size="2">民众教育馆工作报告（局部）　北碚区档案馆藏</font></center>')
    body = ('<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">'
            '<tr><td><img src="/skin/top.jpg" alt="北碚档案信息网"></td></tr>'
            '<tr><td bgcolor="#8b0000" height="32"><a><font color="#ffffff">网站首页</font></a>　<a><font color="#ffffff">档案工作</font></a>　'
            '<a><font color="#ffffff">史料天地</font></a>　<a><font color="#ffffff">档案利用</font></a>　<a><font color="#ffffff">馆藏介绍</font></a></td></tr></table>'
            '<table width="980" align="center"><tr><td width="230" valign="top"><div class="lm"><b>史料天地</b></div>'
            '<ul><li>北碚记忆</li><li>档案故事</li><li>老照片</li></ul>'
            '<div class="lxwm"><b>查档指南</b><p>查档电话：023-6822xxxx</p><p>开放时间：周一至周五</p></div></td>'
            '<td valign="top"><div class="dqwz">当前位置：<a>首页</a> &gt;&gt; <a>史料天地</a> &gt;&gt; <a>档案故事</a></div>'
            f'<table width="100%"><tr><td align="center" class="title"><font size="4"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="info"><font color="#999999">作者：区档案馆编研科&nbsp;&nbsp;来源：北碚档案&nbsp;&nbsp;'
            f'{y}年{int(m)}月{int(d)}日&nbsp;&nbsp;点击：<script src="/e/count.php?id={_n(rng, 4)}"></script></font></td></tr>'
            f'<tr><td class="content" style="line-height:28px">{"<br>".join(lines)}<br><br>'
            '<font size="2"><b>注释：</b><br>' + "<br>".join(NOTES) + '<br><br><b>参考文献：</b><br>'
            '[1]重庆市北碚区地方志编纂委员会.北碚区志[M].重庆：科学技术文献出版社重庆分社，1989.<br>'
            '[2]张某.卢作孚与乡村建设运动[J].档案史料与研究，2012（3）.</font></td></tr>'
            '<tr><td>上一篇：<a>北碚老街的记忆</a><br>下一篇：<a>馆藏红色档案展开展</a></td></tr></table></td></tr></table>'
            '<table width="980" align="center"><tr><td align="center" class="foot">版权所有：重庆市北碚区档案馆　'
            f'渝ICP备{_n(rng, 8)}号<br>地址：北碚区碚峡路xx号　邮编：400700</td></tr></table>')
    head = f'<title>{esc(art["title"])}_北碚档案信息网</title><meta name="keywords" content="档案故事">'
    return head, body, f"http://www.bbda.gov.cn/shiliao/dagushi/{_n(rng, 4)}.html"


def wmw_ddmf_shiji(art, rng, others):
    """省 文明网 道德模范 page: 中国文明网 联盟 bar, kicker (p07), info line, photos with captions (p07),
    name rows and a signature with its own date and 附件 (p08), 责任编辑, 版权声明, 分享."""
    y, m, d = _ymd(art)
    out = []
    for i, p in enumerate(art["body"]):
        if _head(p) and art["id"] == "p08" or (p[:1] in "一二三" and "、" in p[:2] and "）" in p):
            out.append(f'<p><strong>{esc(p)}</strong></p>')
        else:
            out.append(f"<p>{IND}{esc(p)}</p>")
        if art["id"] == "p07" and i in (2, 7):
            cap = "王秀兰背着背篓走在上学路上。" if i == 2 else "王秀兰在安置点学校给学生上课。"
            out.append(f'<p style="text-align:center"><img src="./W0202401{_n(rng, 6)}.jpg"></p>'
                       f'<p style="text-align:center"><span style="color:#666">{cap}（资料图片）</span></p>')
    if art["id"] == "p08":
        out.append('<p style="text-align:right">四川省第八届道德模范评选表彰活动组委会办公室</p>'
                   f'<p style="text-align:right">{y}年{int(m)}月{int(d) - 1}日</p>'
                   '<p>联系电话：028-8660xxxx　通信地址：成都市青羊区xx路xx号</p>'
                   '<p>附件：<a href="#">四川省第八届道德模范候选人简要事迹.docx</a></p>')
        info = f'<span>发布时间：{y}年{m}月{d}日</span><span>来源：四川文明网</span>'
    else:
        info = f'<span>来源：四川文明网</span><span>作者：何{rng.choice(["琳", "岚"])}</span><span>{y}-{m}-{d} {_hms(rng)}</span>'
    body = ('<div class="union">中国文明网联盟：<a>中国文明网</a> <a>北京</a> <a>重庆</a> <a>四川</a> <a>贵州</a> <a>云南</a></div>'
            '<div class="header"><img src="/images/logo_sc.png" alt="四川文明网"><ul><li>首页</li><li>文明创建</li>'
            '<li>道德模范</li><li>好人榜</li><li>志愿服务</li></ul></div>'
            '<div class="crumb"><a>首页</a> &gt; <a>道德模范</a> &gt; <a>模范事迹</a></div>'
            '<div class="wrap"><div class="left">'
            + ('<div class="kicker">道德模范风采</div>' if art["id"] == "p07" else "")
            + f'<h1 id="title_tex">{esc(art["title"])}</h1><div class="info" id="time_tex">{info}'
            '<span class="share">分享到：<a>微信</a><a>微博</a></span></div>'
            f'<div id="content_tex" class="TRS_Editor">{"".join(out)}</div>'
            f'<div class="editor">【责任编辑：{rng.choice(["杨帆", "刘洋"])}】</div>'
            '<div class="copyright">版权声明：凡注明“来源：四川文明网”的所有作品，版权均属四川文明网，未经授权禁止转载。</div>'
            f'<div class="tj"><h3>推荐阅读</h3><ul>{_related(others, 4, lambda s: s[5:])}</ul></div></div>'
            '<div class="right"><h3>四川好人榜</h3><ul>' + "".join(f"<li>{esc(t)}</li>" for t, _ in others[4:8])
            + '</ul><div class="ad"><img src="/images/gyad.jpg" alt="讲文明树新风公益广告"></div></div></div>'
            '<div class="footer">主办：中共四川省委宣传部　四川省文明办　承办：四川文明网<br>'
            f'蜀ICP备{_n(rng, 8)}号　川公网安备 {_n(rng, 14)}号</div>')
    head = f'<title>{esc(art["title"])}_四川文明网</title><meta name="publishdate" content="{y}-{m}-{d}">'
    return head, body, f"http://sc.wenming.cn/ddmf/{y}{m}/t{y}{m}{d}_{_n(rng, 7)}.shtml"


TIPS = {"p09": ["专家提示", "1. 倒春寒来临前，育秧大棚要加盖保温膜，夜间关闭棚门。",
                "2. 晴天中午棚内温度超过30℃时，要及时揭膜通风。", "3. 秧苗一叶一心期喷施一次壮秧剂。"],
        "p10": ["专家提示", "当前正值稻飞虱迁入高峰期，请各地加强田间调查，百丛虫量达到1000头时及时防治。",
                "用药时注意轮换使用不同作用机理的药剂，避免在水稻扬花期施药。"]}


def nyncw_nongji_tishi(art, rng, others):
    """农业农村委 农技 news: p09 an old GBK table portal with ``<font>`` paragraphs, 问：/name turns and a
    专家提示 box in the middle; p10 a div portal with no visible date, a photo, a list and the box after."""
    y, m, d = _ymd(art)
    tip = TIPS[art["id"]]
    box = ('<table class="zjts" width="90%" align="center" border="1" bordercolor="#7cb342"><tr><td>'
           f'<p><b>{tip[0]}</b></p>' + "".join(f"<p>{esc(t)}</p>" for t in tip[1:]) + '</td></tr></table>')
    out = []
    for i, p in enumerate(art["body"]):
        if p.startswith(("问：", "陈文华：")):
            k, v = p.split("：", 1)
            out.append(f'<p>{IND}<font size="3"><b>{k}：</b>{esc(v)}</font></p>')
        elif art["id"] == "p09":
            out.append(f'<p>{IND}<font size="3">{esc(p)}</font></p>')
        else:
            out.append(f'<p style="text-indent:2em">{esc(p)}</p>')
        if art["id"] == "p09" and i == 5:
            out.append(box)
        if art["id"] == "p10" and i == 4:
            out.append('<p style="text-align:center"><img src="./W020230605_px.jpg"></p>'
                       '<p style="text-align:center">技术人员在田间演示植保无人机操作。（梁平区农业农村委供图）</p>')
    if art["id"] == "p09":
        body = ('<table width="1000" align="center" cellspacing="0"><tr><td><img src="/images/nyw_top.jpg" alt="潼南区农业农村委员会"></td></tr>'
                '<tr><td class="menu">&nbsp;<a>首页</a>&nbsp;&nbsp;<a>农业新闻</a>&nbsp;&nbsp;<a>农技推广</a>&nbsp;&nbsp;<a>政策法规</a>&nbsp;&nbsp;<a>办事服务</a></td></tr></table>'
                '<table width="1000" align="center"><tr><td class="wz">您现在的位置：首页 &gt; 农技推广 &gt; 正文</td></tr>'
                f'<tr><td align="center"><font size="5" color="#2e7d32"><b>{esc(art["title"])}</b></font></td></tr>'
                f'<tr><td align="center" bgcolor="#f1f8e9"><font color="#888888">发布时间：{int(y)}/{int(m)}/{int(d)}&nbsp;&nbsp;&nbsp;'
                f'信息来源：区农技推广中心&nbsp;&nbsp;&nbsp;阅读次数：{_n(rng, 3)}&nbsp;&nbsp;&nbsp;【<a>大</a> <a>中</a> <a>小</a>】</font></td></tr>'
                f'<tr><td class="zw">{"".join(out)}</td></tr>'
                '<tr><td align="right">（区农业农村委　唐晓）</td></tr>'
                '<tr><td align="center">【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr></table>'
                + _gov_footer("重庆市潼南区农业农村委员会", rng))
        head = f'<title>{esc(art["title"])}--潼南区农业农村委员会</title>'
        return head, body, f"http://www.cqstn.gov.cn/bm/nyncw/njtg/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"
    body = ('<div class="gov-top"><div class="wrap"><img src="/images/lp_logo.png" alt="重庆市梁平区人民政府"><span>梁平区农业农村委员会</span></div></div>'
            '<div class="nav"><a>首页</a><a>政务公开</a><a>农业农村</a><a>政务服务</a><a>互动交流</a></div>'
            '<div class="wrap"><div class="crumbs">首页 &gt; 政务公开 &gt; 部门动态</div>'
            f'<div class="detail"><h2 class="detail-title">{esc(art["title"])}</h2>'
            '<div class="detail-info"><span>来源：梁平区农业农村委</span><span>字号：<a>大</a> <a>中</a> <a>小</a></span>'
            '<span><a>打印</a></span></div>'
            f'<div class="detail-con xl_con">{"".join(out)}</div>{box}'
            '<div class="share">扫一扫在手机打开当前页<img src="/images/qr.png"></div></div>'
            f'<div class="xg"><h3>相关信息</h3><ul>{_related(others, 4, lambda s: s)}</ul></div></div>'
            + _gov_footer("重庆市梁平区农业农村委员会", rng))
    head = (f'<title>{esc(art["title"])}_重庆市梁平区人民政府</title><meta name="ArticleTitle" content="{esc(art["title"])}">'
            f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ContentSource" content="梁平区农业农村委">')
    return head, body, f"http://www.cqlp.gov.cn/bm/nyncw/zwgk/bmdt/{y}{m}/t{y}{m}{d}_{_n(rng, 8)}.html"


def wanbao_shehui_rexian(art, rng, others):
    """晚报 e-paper 社会新闻版: p11 a table e-paper (版次 select, 引题/副题, ``founder-content`` ``<p>``,
    编辑 credits, 新闻热线 box); p12 a div e-paper with a byline, ``<br>`` lines, 下转 line and 热线 box."""
    y, m, d = _ymd(art)
    rexian = ('<div class="rexian" style="border:2px solid #d00"><p><b>新闻热线</b></p><p>966966　拍下身边新鲜事</p>'
              '<p>晚报新闻客户端“报料”频道，一经采用，奖励50-500元</p></div>')
    if art["id"] == "p11":
        paras = "".join(f"<p>{IND}{esc(p)}</p>" for p in art["body"])
        body = ('<table width="1000" align="center"><tr><td><img src="../../../images/logo_wb.gif" alt="重庆晚报"></td>'
                f'<td>{y}年{m}月{d}日　{_week(art)}</td></tr></table>'
                '<table width="1000" align="center"><tr><td class="bc">第A07版：社会新闻'
                '　<select><option>A01版：头版</option><option>A02版：要闻</option><option selected>A07版：社会新闻</option></select>'
                '　<a>上一版</a>　<a>下一版</a>　<a href="../../../page/1/A07.pdf">PDF版</a>　<a>往期回顾</a></td></tr></table>'
                '<table width="1000" align="center"><tr><td width="360" valign="top"><img src="A07.jpg" usemap="#PagePicMap">'
                f'<div class="bmdh"><b>本版标题导航</b><ul><li>{esc(art["title"])}</li>'
                + "".join(f"<li>{esc(t)}</li>" for t, _ in others[:3]) + f'</ul></div>{rexian}</td>'
                '<td valign="top"><div class="article"><h3 class="yt">危急时刻</h3>'
                f'<h1>{esc(art["title"])}</h1><h2 class="ft">护士乘客现场心肺复苏　老人已脱离危险</h2>'
                f'<div id="ozoom"><founder-content>{paras}</founder-content></div>'
                '<p class="credit">编辑　陈露　美编　王海　校对　刘芸</p>'
                '<div class="fy"><a>上一篇</a>　<a>返回目录</a>　<a>下一篇</a></div></div></td></tr></table>'
                '<div class="copy">重庆晚报版权所有　未经书面授权不得复制或转载<br>Copyright © 重庆日报报业集团</div>')
        head = f'<title>重庆晚报-{esc(art["title"])}</title><meta name="contentid" content="{_n(rng, 6)}">'
        return head, body, f"https://epaper.cqwb.com.cn/html/{y}-{m}/{d}/content_{_n(rng, 6)}.htm"
    lines = "<br>".join("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p) for p in art["body"])
    body = ('<div class="paper-head"><div class="logo">山城晚报数字报</div>'
            f'<div class="date">{y}-{m}-{d}</div><div class="bc">第A06版：社区新闻</div>'
            '<div class="tools"><a>上一版</a><a>下一版</a><a>PDF下载</a><a>往期</a></div></div>'
            '<div class="paper-main"><div class="paper-left"><img src="A06.jpg">'
            '<div class="bmlist"><b>本版新闻</b>' + "".join(f"<p>{esc(t)}</p>" for t, _ in others[:3]) + "</div>"
            + rexian + '</div><div class="paper-right">'
            f'<div class="title"><h1>{esc(art["title"])}</h1></div><div class="author">本报记者　许静</div>'
            f'<div class="content">{lines}<br>&nbsp;&nbsp;&nbsp;&nbsp;（下转A08版）</div>'
            '<div class="nextpre"><a>上一篇</a><a>下一篇</a></div></div></div>'
            '<div class="foot">本网站所刊登的各种新闻、信息和各种专题专栏资料，均为山城晚报版权所有，未经协议授权，禁止下载使用。</div>')
    head = f'<title>山城晚报数字报-第A06版-{esc(art["title"])}</title>'
    return head, body, f"http://szb.scwb.cn/{y}{m}{d}/A06/{_n(rng, 5)}.html"


TEMPLATES = {"sthjj_kqzl_tongbao": sthjj_kqzl_tongbao, "rd_mp_lvzhi": rd_mp_lvzhi, "wxb_aqzhou_news": wxb_aqzhou_news,
             "dag_shiliao_zhushi": dag_shiliao_zhushi, "wmw_ddmf_shiji": wmw_ddmf_shiji,
             "nyncw_nongji_tishi": nyncw_nongji_tishi, "wanbao_shehui_rexian": wanbao_shehui_rexian}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages47", TEMPLATES, lambda art: "fresh")  # measured held apart twice, then used
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
