"""Build the hundred-and-fifty-fourth saved-page set (``pages154``): all held apart, for issue #23.

Twelve pages (``articles.txt``, own sentences, labelled by hand) in seven designs no earlier set
used, written at a real page's weight (every page at least 30 KB: full menus with sub-columns, a
hidden phone menu, teaser sliders, inline scripts and styles, sidebars, comment sections, link-grid
footers): 市 政府网 部门动态 pages (a GBK 交通运输 运行 通报 and a 招商 推介 news page, ``sfbm_dt154``),
a 区 文旅 公众号 周末去哪儿 post (``wl_mp_zmqn154``), 澎湃-like 地方 调查 pages with 评论 and 相关推荐
(``ppl_dfdc154``), 县 融媒体中心 网站 pages (a 图片新闻 and a 短视频 文字 page, ``rmt_xw154``), 区
市场监管局 价格 提醒告诫 pages (both GBK, ``scjg_jgtx154``), a 社区医院 公众号 义诊 post
(``sqyy_mp_yz154``) and 日报 e-paper 第05版 理论 pages (one GBK, ``rb_05ll154``).
``articles.txt`` holds the title, date and reference body; the furniture (not body) is written here.
See README.md.

    python tests/data/web/pages154/build.py
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import esc, write_set  # noqa: E402
from pageset import digits as _n, epoch as _epoch, hm as _hm, weekday as _week, ymd as _ymd  # noqa: E402

WHO = ["王晓峰", "陈静怡", "李志刚", "赵敏", "孙立新", "周婷", "吴海波", "郑雪", "钱宇航", "冯佳琪", "朱文涛", "沈露"]
NUM_HEADS = ("一、", "二、", "三、", "四、", "五、", "六、")

# --- pools for generated chrome (own words) --------------------------------------------------
PLACES = ["越城区", "柯桥区", "上虞区", "诸暨市", "嵊州市", "新昌县", "临平区", "余杭区", "德清县", "安吉县",
          "长兴县", "南湖区", "秀洲区", "鹿城区", "瓯海区", "龙湾区", "象山县", "宁海县", "婺城区", "金东区"]
ACTS = ["召开一季度经济运行分析会", "开展安全生产大检查", "推进老旧小区改造提速", "举办就业服务专场招聘会",
        "部署森林防火工作", "启动全民健身月活动", "开展食品安全进校园宣传", "召开河湖长制工作推进会",
        "举行重大项目集中开工仪式", "开展文明城市创建志愿服务", "推进数字乡村试点建设", "召开优化营商环境座谈会",
        "开展防汛应急演练", "举办非遗文化展示周", "推进城乡供水一体化工程", "召开农村人居环境整治现场会",
        "开展消费品以旧换新活动", "启动暑期青少年托管服务", "开展燃气安全隐患排查", "召开教育高质量发展大会",
        "推进垃圾分类示范片区建设", "举办人才交流恳谈会", "开展退役军人走访慰问", "召开文旅融合发展大会"]


def _teasers(rng, k: int) -> list[str]:
    """``k`` distinct invented headlines of other reports (place + action)."""
    out, seen = [], set()
    while len(out) < k:
        t = rng.choice(PLACES) + rng.choice(ACTS)
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


def _date_before(art, rng, lo: int = 1, hi: int = 40) -> str:
    d = datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=rng.randint(lo, hi))
    return d.isoformat()


def _row(p: str) -> bool:
    """A data-table row inside the text: three or more cells joined by single spaces, no sentence
    punctuation."""
    return p.count(" ") >= 2 and not any(c in p for c in "。，；：　！？")


def _head(p: str) -> bool:
    return p.startswith(NUM_HEADS) and not any(c in p for c in "。，：！？")


def _table(rows, attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse"', th=False) -> str:
    out = []
    for i, r in enumerate(rows):
        tag = "th" if (th and i == 0) else "td"
        cells = "".join(f'<{tag} style="text-align:center;border:1px solid #999">{"<b>" if i == 0 and not th else ""}{esc(c)}'
                        f'{"</b>" if i == 0 and not th else ""}</{tag}>' for c in r.split(" "))
        out.append(f"<tr>{cells}</tr>")
    return f"<table {attrs}><tbody>" + "".join(out) + "</tbody></table>"


def _blocks(body, para, head=None, special=None, th=False) -> list[str]:
    out, rows = [], []
    for p in list(body) + [None]:
        if p is not None and _row(p):
            rows.append(p)
            continue
        if rows:
            out.append(_table(rows, th=th))
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


def _css(rng, prefix: str, n: int = 60) -> str:
    """A long stylesheet of ``n`` rules under ``prefix`` class names."""
    props = ["margin:0 auto", "padding:0 10px", "font-size:14px", "line-height:28px", "color:#333", "overflow:hidden",
             "float:left", "display:block", "border-bottom:1px solid #e5e5e5", "background:#f7f7f7", "height:40px",
             "text-align:center", "white-space:nowrap", "text-overflow:ellipsis", "position:relative", "width:1200px"]
    parts = ["a{text-decoration:none;color:#333}a:hover{color:#c00}ul,li{list-style:none;margin:0;padding:0}"]
    for i in range(n):
        parts.append(f".{prefix}-{i:02d}{{" + ";".join(rng.sample(props, 4)) + "}")
    return "<style>" + "".join(parts) + "</style>"


def _bulk_json(rng, name: str, titles, k: int) -> str:
    """A configuration script holding a JSON list of ``k`` teaser records (as sites' front ends do)."""
    recs = [{"id": _n(rng, 8), "title": titles[i % len(titles)], "cover": f"/upload/{_n(rng, 10)}.jpg", "readNum": rng.randint(100, 99999),
             "column": rng.choice(["要闻", "民生", "文旅", "政务", "视频"]), "tags": rng.sample(["推荐", "热点", "原创", "专题", "图集", "直播"], 2)}
            for i in range(k)]
    return f'<script>window.{name} = ' + json.dumps({"code": 0, "msg": "成功", "data": {"list": recs, "total": k}}, ensure_ascii=False) + ';</script>'


def _stat_script(rng, site: str) -> str:
    return ('<script type="text/javascript">var _hmt = _hmt || [];(function() {var hm = document.createElement("script");'
            f'hm.src = "https://hm.baidu.com/hm.js?{rng.getrandbits(128):032x}";var s = document.getElementsByTagName("script")[0];'
            's.parentNode.insertBefore(hm, s);})();'
            f'var _trackDataType = "web";var _trackData = _trackData || [];_trackData.push(["siteId", "{site}"]);'
            'function addFavorite(){try{window.external.addFavorite(location.href, document.title);}catch(e){alert("请使用Ctrl+D收藏本页");}}'
            '</script>')


def _share_script(title: str) -> str:
    return ('<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"' + esc(title) + '","bdMini":"2","bdMiniList":false,'
            '"bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};with(document)0[(getElementsByTagName("head")[0]||body)'
            '.appendChild(createElement("script")).src="/static/api/js/share.js?v=89860593.js?cdnversion="+~(-new Date()/36e5)];</script>')


def _font_script() -> str:
    return ('<script>function doZoom(size){var el=document.getElementById("zoom");if(!el)return;el.style.fontSize=size+"px";'
            'var ps=el.getElementsByTagName("p");for(var i=0;i<ps.length;i++){ps[i].style.fontSize=size+"px";}}'
            'function printPage(){window.print();}function closeWin(){if(confirm("您确定要关闭本页吗？")){window.opener=null;window.close();}}'
            '</script>')


def _menu(rng, cols, ul_cls="nav", li_cls="nav-li", sub_cls="sub") -> str:
    """A header menu: ``cols`` is ``[(column, [sub-column, …]), …]``."""
    out = [f'<ul class="{ul_cls}"><li class="{li_cls} on"><a href="/">首页</a></li>']
    for i, (c, subs) in enumerate(cols):
        s = "".join(f'<li><a href="/col/col{1400 + i * 20 + j}/index.html" target="_blank">{esc(x)}</a></li>' for j, x in enumerate(subs))
        out.append(f'<li class="{li_cls}"><a href="/col/col{1400 + i * 20}/index.html">{esc(c)}</a><ul class="{sub_cls}">{s}</ul></li>')
    return "".join(out) + "</ul>"


def _links_select(title: str, names) -> str:
    return (f'<select onchange="if(this.value!=\'\')window.open(this.value)"><option value="">{esc(title)}</option>'
            + "".join(f'<option value="http://www.{_slug(n)}.gov.cn/">{esc(n)}</option>' for n in names) + "</select>")


def _slug(name: str) -> str:
    return "".join(f"{ord(c) % 26 + 97:c}" for c in name)[:8]


def _list(items, fmt) -> str:
    return "".join(fmt(i, t, d) for i, (t, d) in enumerate(items))


def _dated(art, rng, titles, lo=1, hi=60):
    return [(t, _date_before(art, rng, lo, hi)) for t in titles]


GOV_COLS = [
    ("政务公开", ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开", "政策文件", "政策解读", "规划计划", "财政预决算", "人事信息", "重大项目", "建议提案办理"]),
    ("新闻中心", ["今日绍兴", "政务动态", "部门动态", "区县动态", "图片新闻", "视频新闻", "媒体聚焦", "通知公告", "新闻发布会", "专题专栏"]),
    ("政务服务", ["个人办事", "法人办事", "主题服务", "便民服务", "办事指南", "表格下载", "办件查询", "好差评", "一件事联办", "免证办", "跨省通办"]),
    ("互动交流", ["市长信箱", "部门信箱", "在线访谈", "征集调查", "政民互动", "常见问题", "12345热线", "留言选登", "意见征集"]),
    ("走进绍兴", ["绍兴概况", "历史文化", "自然地理", "行政区划", "人口民族", "城市名片", "名人名家", "风景名胜", "特色物产"]),
    ("政府机构", ["市政府领导", "市政府部门", "区县市政府", "直属事业单位", "机构职能", "部门负责人", "权责清单"]),
    ("数据开放", ["数据目录", "数据接口", "开放指数", "应用成果", "统计数据", "统计公报", "统计分析", "数据解读"]),
    ("营商环境", ["政策汇编", "惠企政策", "投资指南", "招商项目", "开发区", "产业平台", "营商环境评价", "企业服务"]),
    ("民生保障", ["教育", "就业创业", "社会保障", "医疗卫生", "住房保障", "养老服务", "救助帮扶", "残疾人服务", "食品药品安全"]),
    ("城市建设", ["城乡规划", "交通出行", "公用事业", "生态环境", "城市管理", "农业农村", "水利建设", "防灾减灾"]),
    ("专题专栏", ["优化营商环境", "共同富裕示范区建设", "数字化改革", "清廉绍兴", "平安绍兴", "乡村振兴", "双碳行动"]),
    ("无障碍", ["长者模式", "读屏专用", "大字幕", "语音阅读", "配色切换", "操作说明"]),
]

NEWS_COLS = [
    ("时事", ["中国政库", "中南海", "舆论场", "打虎记", "人事风向", "法治中国", "一号专案", "港台来信", "长三角政商", "直击现场", "公益湃", "暖闻", "澎湃人物", "浙江观察"]),
    ("国际", ["全球速报", "外交学人", "澎湃防务", "唐人街", "寰宇观察", "大国外交", "澎湃研究所"]),
    ("财经", ["10%公司", "能见度", "地产界", "财经上下游", "金改实验室", "牛市点线面", "科技湃", "自贸区连线", "进博会在线"]),
    ("思想", ["社论", "澎湃评论", "思想湃", "上海书评", "思想市场", "私家历史", "翻书党", "艺术评论", "古代艺术"]),
    ("生活", ["有戏", "文艺范", "身体", "私·奔", "运动家", "私家地理", "楼市", "生活方式", "澎湃美学"]),
    ("地方", ["浙江", "江苏", "安徽", "福建", "广东", "四川", "湖北", "湖南", "河南", "山东"]),
    ("视频", ["七环视频", "温度计", "一级视场", "World湃", "湃客科技", "现场", "纪录湃"]),
    ("湃客", ["湃客号", "镜相", "有数", "湃客对话", "湃客选辑"]),
    ("问政", ["政务号", "问政排行", "政务动态", "我要报料"]),
    ("专题", ["年度报告", "两会", "进博会", "数据新闻", "美数课"]),
]

RMT_COLS = [
    ("新闻", ["德清要闻", "部门动态", "镇街动态", "图片新闻", "短视频", "民生热线", "专题报道", "媒体看德清", "时评", "通知公告"]),
    ("视听", ["德清新闻联播", "直播德清", "莫干山视野", "微纪录片", "广播节目", "电视节目单", "精彩回看"]),
    ("政务", ["政务公开", "领导活动", "政策解读", "人事任免", "招标采购", "政务服务网"]),
    ("民生", ["教育", "医疗", "就业", "社保", "交通", "天气", "停水停电", "便民电话"]),
    ("文旅", ["莫干山", "下渚湖", "新市古镇", "美食", "民宿", "节庆活动", "游玩攻略"]),
    ("乡村", ["美丽乡村", "共富工坊", "农技服务", "农产品", "村务公开", "乡贤风采"]),
    ("专题", ["共同富裕", "文明创建", "平安德清", "数字化改革", "清廉德清", "亚运在德清"]),
    ("数字报", ["今日德清", "往期回顾", "版面导航", "电子报订阅"]),
    ("互动", ["我要爆料", "网络问政", "投票征集", "活动报名", "读者来信"]),
    ("服务", ["广告服务", "融媒产品", "联系我们", "人才招聘", "版权声明"]),
    ("客户端", ["我德清APP", "微信公众号", "抖音号", "视频号", "微博"]),
]

SCJG_COLS = [
    ("首页", []),
    ("机构概况", ["领导信息", "机构职能", "内设机构", "派出机构", "联系方式"]),
    ("信息公开", ["信息公开指南", "信息公开制度", "信息公开年报", "依申请公开", "政策文件", "政策解读", "财政资金", "行政执法公示", "双随机一公开", "抽检信息", "行政许可", "行政处罚"]),
    ("工作动态", ["监管动态", "基层动态", "媒体报道", "图片新闻", "通知公告"]),
    ("价格监管", ["价格提醒", "价格监测", "收费公示", "明码标价", "价格举报"]),
    ("食品安全", ["食品抽检", "餐饮监管", "校园食安", "食品安全知识", "农贸市场"]),
    ("质量安全", ["特种设备", "产品质量", "计量标准", "认证认可", "质量提升"]),
    ("登记注册", ["企业开办", "个体工商户", "年报公示", "经营异常名录", "企业注销"]),
    ("消费维权", ["12315", "消费提示", "消费警示", "放心消费", "典型案例", "在线投诉"]),
    ("知识产权", ["商标", "专利", "地理标志", "知识产权保护"]),
    ("互动交流", ["局长信箱", "咨询投诉", "意见征集", "在线访谈"]),
    ("专题专栏", ["信用监管", "平台经济", "反不正当竞争", "普法宣传", "清廉市监"]),
]

EP_PAGES = ["第01版：要闻", "第02版：要闻", "第03版：综合", "第04版：经济", "第05版：理论", "第06版：县市区",
            "第07版：民生", "第08版：文化", "第09版：体育", "第10版：国际", "第11版：广告", "第12版：双龙副刊"]

ZJ_SITES = ["浙江省人民政府", "杭州市人民政府", "宁波市人民政府", "温州市人民政府", "嘉兴市人民政府", "湖州市人民政府",
            "绍兴市人民政府", "金华市人民政府", "衢州市人民政府", "舟山市人民政府", "台州市人民政府", "丽水市人民政府"]
GOV_SITES = ["中国政府网", "国家发展改革委", "交通运输部", "商务部", "市场监管总局", "文化和旅游部", "国家卫生健康委",
             "教育部", "财政部", "人力资源社会保障部", "自然资源部", "生态环境部", "住房城乡建设部", "农业农村部"]


def _gov_footer(rng, sponsor: str, code: str, icp: str, tail: str = "") -> str:
    return ('<div class="footer"><div class="yqlj"><span>友情链接：</span>'
            + _links_select("国家部委网站", GOV_SITES) + _links_select("省市政府网站", ZJ_SITES)
            + _links_select("区县政府网站", PLACES) + '</div>'
            '<div class="ft-nav"><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a> | <a>隐私政策</a> | <a>使用帮助</a> | <a>无障碍说明</a></div>'
            f'<p>主办：{sponsor}　承办：{sponsor}办公室　技术支持：浙江某信息技术有限公司</p>'
            f'<p>网站标识码：{code}　<a href="https://beian.miit.gov.cn/">{icp}ICP备{_n(rng, 8)}号-{rng.randint(1, 6)}</a>　'
            f'<img src="/images/gongan.png">浙公网安备 {_n(rng, 14)}号</p>{tail}'
            '<div class="ft-jg"><a><img src="/images/dzjg.png" alt="党政机关"></a><a><img src="/images/jiucuo.png" alt="政府网站找错"></a>'
            '<a><img src="/images/shilaohua.png" alt="适老化无障碍"></a></div></div>'
            '<script src="/static/js/cniil_wza.js" id="cniil_wza" charset="utf-8"></script>'
            '<script>(function(){var s=document.createElement("script");s.src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js";'
            's.setAttribute("sitecode","' + code + '");document.body.appendChild(s);})();</script>')


# --- 1. 市 政府网 部门动态 -------------------------------------------------------------------

def sfbm_dt154(art, rng, others):
    """市 政府网 部门动态: p01 (GBK) a 交通运输 运行 通报 — info glued with no whitespace (发布时间/来源/
    浏览次数 ``document.write``/字号), 一、 heads, a 指标 table, 一是… lines, ``1.`` items; 信息来源 and a
    相关链接 box (not body); p02 a 招商 推介 news page whose only visible date is a later 更新时间 (meta
    PubDate and the URL give the date), red bold 坚持…，推动… heads, a 楷体 caption, 责任编辑."""
    y, m, d = _ymd(art)
    p01 = art["id"] == "p01"
    dept = "市交通运输局" if p01 else "市商务局"
    url = f"https://www.sx.gov.cn/art/{y}/{int(m)}/{int(d)}/art_{_n(rng, 7)}_{_n(rng, 8)}.html"
    para = lambda t: f'<p style="text-indent:2em;line-height:2;font-family:仿宋_GB2312,仿宋;font-size:16pt">{t}</p>'  # noqa: E731
    if p01:
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em;line-height:2"><strong><span style="font-family:黑体">{t}</span></strong></p>')
        info = (f'<div class="art-info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>来源：{dept}</span>'
                f'<span>浏览次数：<script>document.write("{_n(rng, 4)}")</script></span>'
                '<span>字号：[<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span></div>')
        tail = (f'<p class="xxly" style="text-align:right">（信息来源：{dept}综合规划处）</p>'
                '<div class="xglj"><div class="xglj-t">相关链接</div><ul>'
                + _list(_dated(art, rng, ["1月份全市交通运输运行情况通报", "2024年全市交通运输统计公报", "春运工作总结"], 20, 90),
                        lambda i, t, dd: f'<li><a>{esc(t)}</a><span>{dd}</span></li>') + '</ul></div>')
    else:
        def special(p):
            if p.startswith("坚持") and "，" in p and "。" not in p:
                return f'<p style="text-align:center;line-height:2"><strong><span style="color:#c00000;font-family:黑体">{esc(p)}</span></strong></p>'
            return None
        blocks = _blocks(art["body"], para, special=special)
        blocks.insert(2, f'<p style="text-align:center"><img src="/picture/0/{_n(rng, 12)}.jpg" width="640" border="0"></p>'
                         '<p style="text-align:center"><span style="font-family:楷体,楷体_GB2312">图为推介会签约现场。（市商务局供图）</span></p>')
        upd = (datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=2)).isoformat()
        info = (f'<div class="art-info"><span>来源：{dept}</span>&nbsp;&nbsp;<span>更新时间：{upd} {_hm(rng)}</span>&nbsp;&nbsp;'
                '<span>字号：[<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span></div>')
        tail = f'<p class="zrbj" style="text-align:right">（责任编辑：{rng.choice(WHO)}）</p>'
    teas = _teasers(rng, 30)
    slider = ('<div class="slider" id="focus"><ul>' + "".join(
        f'<li><a href="/art/{y}/{rng.randint(1, 12)}/{rng.randint(1, 28)}/art_{_n(rng, 7)}.html"><img src="/picture/0/{_n(rng, 12)}.jpg">'
        f'<p>{esc(t)}</p></a></li>' for t in teas[:6]) + '</ul><div class="dots">' + "<i></i>" * 6 + '</div></div>')
    side = ('<div class="side"><div class="side-box"><div class="side-t">部门动态</div><ul>'
            + _list(_dated(art, rng, teas[6:18], 1, 30), lambda i, t, dd: f'<li><a title="{esc(t)}">{esc(t)}</a><span>{dd[5:]}</span></li>')
            + '</ul></div><div class="side-box"><div class="side-t">热点排行</div><ol>'
            + _list(_dated(art, rng, teas[18:28], 1, 20), lambda i, t, dd: f'<li><em class="n{i + 1}">{i + 1}</em><a>{esc(t)}</a></li>')
            + '</ol></div><div class="side-box ztzl"><div class="side-t">专题专栏</div>'
            + "".join(f'<a><img src="/picture/zt/{k}.jpg" alt="{esc(a)}"></a>' for k, a in enumerate(["共同富裕示范区建设", "优化营商环境", "数字化改革", "清廉绍兴"]))
            + '</div></div>')
    pn = rng.sample(teas[6:28], 2)
    body = ('<div class="topbar"><div class="w1200"><span class="welcome">欢迎访问绍兴市人民政府门户网站</span>'
            '<span class="r"><a>无障碍</a> | <a>长者模式</a> | <a>English</a> | <a>登录</a> | <a>注册</a> | <a href="javascript:addFavorite()">加入收藏</a></span></div></div>'
            '<div class="header"><div class="w1200"><a class="logo"><img src="/images/logo.png" alt="绍兴市人民政府"></a>'
            '<form class="search" action="/search/index.html" method="get"><input type="text" name="q" placeholder="请输入关键词">'
            '<select name="scope"><option>全站</option><option>政策文件</option><option>办事服务</option></select><button type="submit">搜索</button></form>'
            '<div class="hot-words">热词：<a>人才政策</a> <a>公积金</a> <a>医保</a> <a>入学</a> <a>公交</a></div></div></div>'
            '<div class="navbar"><div class="w1200">' + _menu(rng, GOV_COLS) + '</div></div>'
            '<div class="m-nav" style="display:none"><div class="m-nav-btn">菜单</div>' + _menu(rng, GOV_COLS, "m-ul", "m-li", "m-sub") + '</div>'
            '<!-- 焦点图 -->' + slider +
            f'<div class="w1200 main"><div class="crumb">当前位置：<a>首页</a> &gt; <a>新闻中心</a> &gt; <a>部门动态</a> &gt; <a>{dept}</a></div>'
            '<div class="left"><div class="article">'
            f'<h1 class="art-title">{esc(art["title"])}</h1>{info}'
            '<div class="art-con" id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">'
            + "".join(blocks) + '<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div>' + tail
            + '<div class="share">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a><a class="bds_qzone">QQ空间</a></div>'
            '<div class="art-btn"><a href="javascript:printPage()">【打印本页】</a> <a href="javascript:closeWin()">【关闭窗口】</a></div>'
            f'<div class="prenext"><p>上一篇：<a>{esc(pn[0])}</a></p><p>下一篇：<a>{esc(pn[1])}</a></p></div>'
            '</div></div>' + side + '</div>'
            + _gov_footer(rng, "绍兴市人民政府办公室", "3306000001", "浙"))
    head = (f'<title>{esc(art["title"])}_部门动态_绍兴市人民政府门户网站</title>'
            f'<meta name="SiteName" content="绍兴市人民政府门户网站"><meta name="ColumnName" content="部门动态">'
            f'<meta name="Keywords" content="{dept},部门动态"><meta name="Description" content="{esc(art["body"][0][:70])}">'
            + _css(rng, "sx", 100) + _stat_script(rng, "sxgov") + _font_script() + _share_script(art["title"]))
    if p01:
        head = '<meta charset="gbk">' + head
    else:
        head += f'<meta name="PubDate" content="{y}-{m}-{d} {_hm(rng)}"><meta name="ArticleTitle" content="{esc(art["title"])}">'
    return head, body, url


# --- 2. 区 文旅 公众号 周末去哪儿 ------------------------------------------------------------

def _wx_scripts(rng, art, nick: str, title: str, ct: int, biz: str) -> str:
    cfg = {"nickname": nick, "title": title, "user_name": "gh_" + f"{rng.getrandbits(48):012x}", "round_head_img": "http://wx.qlogo.cn/mmhead/0",
           "appmsg_type": 9, "copyright_stat": 1, "is_pay_subscribe": 0, "source_encode_biz": biz,
           "tips": {"reward": "喜欢作者", "like": "赞", "share": "分享", "comment": "写留言", "more": "更多"},
           "ban_scene": 0, "show_related_article": 1, "related_tags": ["周末去哪儿", "临平文旅", "亲子游"]}
    return ('<script type="text/javascript">var biz = "' + biz + '";var sn = "' + f"{rng.getrandbits(128):032x}" + '";'
            f'var mid = "{_n(rng, 10)}";var idx = "1";var ct = "{ct}";var user_name = "{cfg["user_name"]}";'
            'var msg_title = "' + esc(title) + '".html(false);var msg_desc = "' + esc(art["body"][0][:40]) + '".html(false);'
            'var msg_cdn_url = "https://mmbiz.qpic.cn/mmbiz_jpg/' + f"{rng.getrandbits(96):024x}" + '/0?wx_fmt=jpeg";'
            'var appmsg_config = ' + json.dumps(cfg, ensure_ascii=False) + ';'
            'var svr_time = "' + str(ct + rng.randint(86400, 864000)) + '";var is_limit_user = "0";var appmsg_like_type = "2";'
            'function htmlDecode(str){return str.replace(/&#39;/g,"\'").replace(/<br\\/>/g,"\\n").replace(/&gt;/g,">").replace(/&lt;/g,"<")'
            '.replace(/&quot;/g,\'"\').replace(/&amp;/g,"&");}'
            'var __appmsgCgiData = {can_use_page:"0",is_wxg_stuff_uin:"0",card_pos:"",copyright_stat:"1",source_title:"",hd_head_img:"",'
            'is_need_reward:"0",reward_total:"0",like_num:"0",comment_id:"' + str(_n(rng, 10)) + '",only_fans_can_comment:"0"};'
            '</script>'
            '<script>window.__second_open__ = false;window.__wxjs_environment = "browser";'
            'var _wxao = window._wxao || {};_wxao.reportData = function(k, v){try{(new Image()).src = "/mp/jsmonitor?idkey=" + k + "_" + v + "&t=" + Math.random();}catch(e){}};'
            + "".join(f'_wxao.reportData({rng.randint(60000, 69999)}, {i});' for i in range(40)) + '</script>')


WX_CSS_PROPS = ["box-sizing:border-box", "max-width:100%", "margin:0px", "padding:0px", "overflow-wrap:break-word",
                "font-size:15px", "letter-spacing:1.5px", "line-height:1.75", "color:rgb(62,62,62)", "text-align:justify",
                "visibility:visible"]


def _wxp(t: str, extra: str = "") -> str:
    return (f'<section style="{";".join(WX_CSS_PROPS)};margin-bottom:16px;{extra}"><p style="{";".join(WX_CSS_PROPS[:6])}">'
            f'<span style="font-size:15px;letter-spacing:1.5px;color:rgb(62,62,62)" leaf="">{t}</span></p></section>')


def _wx_comments(rng, texts) -> str:
    out = ['<div class="discuss_container" id="js_cmt_area"><div class="discuss_title">精选留言</div><ul class="discuss_list">']
    for t in texts:
        out.append(f'<li class="discuss_item"><div class="user_info"><img class="avatar" src="http://wx.qlogo.cn/mmopen/{rng.getrandbits(64):016x}/132">'
                   f'<strong class="nickname">{esc(rng.choice(WX_NICKS))}</strong><span class="ip">{rng.choice(["浙江", "上海", "江苏", "安徽"])}</span>'
                   f'<span class="like_num">{rng.randint(1, 90)}</span></div><div class="discuss_message"><span class="discuss_message_content">{esc(t)}</span></div>'
                   f'<div class="discuss_extra_info">{rng.randint(1, 6)}天前 <a class="js_reply">回复</a></div></li>')
    return "".join(out) + "</ul></div>"


WX_NICKS = ["小桃子", "临平土著", "阿飞", "风吹麦浪", "木子李", "Grace", "一只猫", "晴天", "老街坊", "豆豆妈", "慢慢走", "Sunny", "江南烟雨", "阿明"]


def wl_mp_zmqn154(art, rng, others):
    """区 文旅 公众号 周末去哪儿 post: a visible publish_time beside the script's ``ct``, ``01 name`` badge
    heads, 地址：/开放时间： lines (body), ▲ captions, a 出行小贴士 box, a 游客 quote, a slogan, 往期推荐,
    精选留言 and a QR (not body)."""
    y, m, d = _ymd(art)
    t = _hm(rng)
    ct = _epoch(art, t)
    biz = "Mz" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10)) + "=="
    url = f"https://mp.weixin.qq.com/s?__biz={biz}&mid={_n(rng, 10)}&idx=1&sn={rng.getrandbits(128):032x}"
    nick = "临平文旅"
    caps = {"01": "▲丁山河湿地公园的木栈道", "02": "▲超山老街的手工麦芽糖摊", "04": "▲夜幕下的广济桥", "05": "▲艺尚小镇周末市集"}
    blocks = []
    for p in art["body"]:
        if p[:2].isdigit() and p[2] == " ":
            blocks.append(f'<section style="margin:30px 0 12px;text-align:center"><section style="display:inline-block;padding:4px 18px;'
                          f'border-radius:20px;background:linear-gradient(90deg,#3fb37f,#8bd3b0);color:#fff">'
                          f'<span style="font-size:18px;font-weight:bold" leaf="">{esc(p[:2])}</span>'
                          f'<span style="font-size:16px;margin-left:8px" leaf="">{esc(p[3:])}</span></section></section>')
            if p[:2] in caps:
                blocks.append(f'<section style="margin:10px 0"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{rng.getrandbits(96):024x}/640" '
                              f'style="width:100%;height:auto"></section><section style="text-align:center;font-size:12px;color:#888"><span leaf="">{caps[p[:2]]}</span></section>')
        elif p.startswith(("地址：", "开放时间：")):
            blocks.append(_wxp(esc(p), "color:#3fb37f;font-weight:bold"))
        elif p.endswith("！") and len(p) < 16:
            blocks.append(f'<section style="text-align:center;margin:24px 0"><p><strong><span style="font-size:18px;color:#3fb37f" leaf="">{esc(p)}</span></strong></p></section>')
        else:
            blocks.append(_wxp(esc(p)))
    tip = ('<section style="margin:30px 10px;padding:16px;border:1px dashed #3fb37f;border-radius:8px;background:#f3fbf7">'
           '<p style="text-align:center;font-weight:bold;color:#3fb37f">出行小贴士</p>'
           '<p style="font-size:14px">周末景区周边车流量较大，建议乘坐地铁9号线或公交出行。</p>'
           '<p style="font-size:14px">塘栖古镇部分展馆周一闭馆，出发前请留意开放信息。</p>'
           '<p style="font-size:14px">户外活动请注意防晒补水，照看好随行儿童。</p></section>')
    credits = f'<section style="font-size:12px;color:#999;margin-top:30px"><p>文字：{rng.choice(WHO)}　图片：{rng.choice(WHO)}</p><p>编辑：{rng.choice(WHO)}　审核：{rng.choice(WHO)}</p></section>'
    more = ('<section style="margin-top:20px"><p style="font-weight:bold">往期推荐</p>' + "".join(
        f'<p><a class="weui-link">{esc(x)}</a></p>' for x in ["五一假期临平文旅“成绩单”出炉", "超山梅花节开幕，赏梅攻略请收好", "运河边的夜游新玩法，你打卡了吗？", "临平这家博物馆，免费开放！"]) + '</section>')
    qr = '<section style="text-align:center;margin-top:20px"><img data-src="https://mmbiz.qpic.cn/qr.jpg" width="160"><p style="font-size:12px;color:#999">长按识别二维码　关注临平文旅</p></section>'
    comments = _wx_comments(rng, ["超山老街的青团真的好吃，上周刚去过。", "求问丁山河湿地公园有停车场吗？", "塘栖古镇晚上拍照太美了！",
                                  "艺尚小镇的市集几点开始呀？", "收藏了，这周末就带娃去。", "临平公园是我的童年回忆。",
                                  "小编能不能出一期临平美食攻略？", "广济桥那边人有点多，建议早点去。", "周末天气好，正好出去走走。",
                                  "希望公园里多设几个饮水点。", "丁山河的白鹭太好看了。", "已转发给家里人。"])
    sty = ("<style>" + "".join(f".rich_media_area_{k}{{padding:{k}px;margin:{k % 7}px auto;font-size:{12 + k % 6}px}}" for k in range(160))
           + ".rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}.rich_media_meta{display:inline-block;margin:0 10px 10px 0;color:rgba(0,0,0,.3)}</style>")
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            '<div class="rich_media_area_primary_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag">原创</span>'
            f'<span class="rich_media_meta rich_media_meta_text">{rng.choice(WHO)}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{nick}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 {t}</em>'
            '<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">浙江</em></div>'
            '<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">'
            '<section style="text-align:center;margin-bottom:20px"><img data-src="https://mmbiz.qpic.cn/top.gif" style="width:100%"><p style="font-size:12px;color:#3fb37f">点击上方蓝字　关注我们</p></section>'
            + "".join(blocks) + tip + credits + more + qr +
            '</div></div></div>'
            '<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 <span id="readNum3">' + str(_n(rng, 4)) + '</span></span>'
            '<span class="like_btn">赞 <span>' + str(rng.randint(20, 99)) + '</span></span><span class="sns_opr_btn">分享</span><span class="old_like">在看 ' + str(rng.randint(5, 40)) + '</span></div>'
            '<div class="comment_primary_container"><a class="js_comment_write">写留言</a></div>' + comments +
            '<div class="qr_code_pc_outer"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img"><p>微信扫一扫<br>关注该公众号</p></div></div>'
            '</div></div>' + _wx_scripts(rng, art, nick, art["title"], ct, biz) + _bulk_json(rng, "__related_article_list__", _teasers(rng, 24), 45))
    head = (f'<title>{esc(art["title"])}</title><meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">'
            f'<meta property="og:title" content="{esc(art["title"])}"><meta property="og:url" content="{esc(url)}"><meta property="og:image" content="https://mmbiz.qpic.cn/cover.jpg">'
            f'<meta property="og:description" content="{esc(art["body"][0][:40])}"><meta property="twitter:card" content="summary">' + sty)
    return head, body, url


# --- 3. 澎湃-like 地方 调查 -------------------------------------------------------------------

PPL_CMTS = {
    "p04": ["去年去过那个村，海鲜确实新鲜，就是房价有点贵。", "民宿太多了，千篇一律，还是要有自己的特色。", "作为经营者深有体会，旺季三个月，淡季九个月。",
            "外来投资者租房改造风险确实大，房租一涨就没利润了。", "支持成立民宿协会，统一服务标准很有必要。", "赶海体验挺好玩的，孩子很喜欢。",
            "希望镇里把停车问题也解决一下，周末太堵。", "渔家菜比网红装修更吸引人。", "报道很客观，有人赚钱有人亏，这就是市场。",
            "降价抢客不是长久之计。", "我们家去年也转让了，说多了都是泪。", "文旅融合不能只看数量。", "夏天去象山的人太多了，建议错峰。",
            "民宿老板太辛苦了，点赞。", "村里的垃圾处理跟上了吗？", "消防审核必须严格，安全第一。", "记者写得很细致。",
            "年轻人喜欢拍照，老一辈喜欢吃海鲜，各有各的市场。", "有没有推荐的民宿？", "石浦的海鲜面真的好吃。",
            "希望政府多引导，不要一哄而上。", "去过东门岛，风景很好。", "陈老板的渔家菜可以期待一下。", "乡村民宿最怕同质化。",
            "这篇可以转给做民宿的朋友看看。", "客源变化这个分析很到位。", "投入一百多万没回本，太难了。", "旺季订房还是得提前。",
            "这就是典型的供给过剩。", "支持本地人自己经营。", "海钓项目不错，下次试试。", "淡季搞点研学活动也许能行。"],
    "p05": ["终于要通了，八年啊！", "我们小区也有这样的断头路，希望记者也去看看。", "拆迁协调难是真的难，但八年也太久了。",
            "年底通车，拭目以待。", "减速带一定要装，小区门口孩子多。", "每天绕两公里，居民太不容易了。", "支持民生堵点清单，要一条条销号。",
            "媒体监督有用。", "施工期间希望做好围挡，别影响上学。", "噪声问题确实要考虑，隔离绿化带好。", "点赞街道专班推进。",
            "希望说到做到。", "这种半截路全国都不少。", "规划的时候就应该把拆迁考虑进去。", "八年前我孩子上小学，现在都上大学了。",
            "丹东街道那边确实堵。", "能不能先开个人行通道？", "部门衔接不顺是老问题了。", "终于看到希望了。", "好消息，转给家里人。",
            "要是早几年打通就好了。", "这条路通了房价都要涨了吧。", "期待年底去走一走。", "记者追踪一下进展吧。",
            "过境车辆多了之后要管好限速。", "居民的担心也有道理。", "每次都说在协调，太真实了。", "办实事就该这样。"],
}
PPL_NAMES = ["海边的风", "阿杰", "象山人", "一叶知秋", "浙里人", "Leo", "小鹿乱撞", "老陈", "明月", "向阳而生", "路人甲",
             "宁波网友", "大海", "云淡风轻", "阿K", "胖虎", "南风", "石浦老王", "山海之间", "旅行者"]
PPL_PLACES = ["浙江", "上海", "江苏", "北京", "广东", "安徽", "福建", "四川", "湖北"]


def ppl_dfdc154(art, rng, others):
    """澎湃-like 地方 调查 page: channel header with sub-channels, a 记者 byline, p04 a visible
    ``YYYY-MM-DD hh:mm`` + 来源 line, p05 no visible date (meta publishdate and the URL), bold
    ``记者：`` questions and name： answers, a caption with a 摄 credit, 责任编辑/校对, an
    澎湃号 card, 30-odd 评论 with places and times, 相关推荐 and 热榜."""
    y, m, d = _ymd(art)
    aid = _n(rng, 8)
    url = f"https://www.thepaper.cn/newsDetail_forward_{aid}"
    who = rng.sample(WHO, 4)
    t = _hm(rng)

    def special(p):
        if p.startswith("记者："):
            return f'<p><strong>{esc(p)}</strong></p>'
        if "：" in p[:6] and not p.startswith("记者"):
            k = p.index("：")
            return f'<p><strong>{esc(p[:k + 1])}</strong>{esc(p[k + 1:])}</p>'
        return None
    blocks = _blocks(art["body"], lambda x: f"<p>{x}</p>", special=special)
    cap = "东门岛上一处渔村民宿集中的街巷。" if art["id"] == "p04" else "尚未打通的断头路一端，路口被临时围挡封住。"
    blocks.insert(3, f'<div class="index_imgbox"><img src="https://imagecloud.thepaper.cn/thepaper/image/{_n(rng, 3)}/{_n(rng, 3)}/{_n(rng, 9)}.jpg"></div>'
                     f'<p class="index_imgDesc">{cap}澎湃新闻记者 {who[0]} 摄</p>')
    visible = art["id"] == "p04"
    date_line = (f'<div class="ant-space-item"><span>{y}-{m}-{d} {t}</span></div><div class="ant-space-item"><span>来源：澎湃新闻</span></div>'
                 if visible else '<div class="ant-space-item"><span>来源：澎湃新闻</span></div>')
    teas = _teasers(rng, 40)
    cm = PPL_CMTS[art["id"]]
    cmts = []
    for i, c in enumerate(cm):
        day = (datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=rng.randint(0, 3))).isoformat()
        reply = (f'<div class="reply_box"><span class="reply_name">{esc(rng.choice(PPL_NAMES))}</span> 回复 <span>{esc(rng.choice(PPL_NAMES))}</span>：'
                 f'{esc(rng.choice(cm))}</div>') if i % 7 == 3 else ""
        cmts.append(f'<div class="index_commentItem"><div class="c_avatar"><img src="https://imagecloud.thepaper.cn/avatar/{_n(rng, 6)}.png"></div>'
                    f'<div class="c_main"><div class="c_name">{esc(rng.choice(PPL_NAMES))}</div><div class="c_text">{esc(c)}</div>{reply}'
                    f'<div class="c_foot"><span>{day[5:]} {_hm(rng)}</span><span>{rng.choice(PPL_PLACES)}</span>'
                    f'<span class="c_reply">回复</span><span class="c_zan">{rng.randint(0, 300)}</span></div></div></div>')
    rec = "".join(f'<div class="index_recItem"><img src="https://imagecloud.thepaper.cn/rec/{_n(rng, 8)}.jpg"><div><h3>{esc(x)}</h3>'
                  f'<span>澎湃新闻</span><span>{rng.randint(1, 23)}小时前</span><span>{rng.randint(0, 999)}</span></div></div>' for x in teas[:12])
    hot = "".join(f'<li><span class="hot_no">{i + 1}</span><a>{esc(x)}</a></li>' for i, x in enumerate(teas[12:22]))
    chans = "".join(f'<a class="chan">{esc(c)}</a>' for c, _ in NEWS_COLS)
    body = ('<div id="__next"><div class="header_wrap"><div class="header_inner"><a class="logo"><img src="/static/logo.png" alt="澎湃新闻"></a>'
            '<div class="header_nav">' + _menu(rng, NEWS_COLS, "nav_list", "nav_item", "sub_nav") + '</div>'
            '<div class="header_right"><input placeholder="搜索"><a>下载客户端</a><a>登录</a></div></div></div>'
            '<div class="m_nav" style="display:none">' + chans + '</div>'
            '<div class="index_wrapper"><div class="index_left">'
            '<div class="index_header"><div class="index_breadcrumb"><a>时事</a> &gt; <a>浙江观察</a></div>'
            f'<h1 class="index_title">{esc(art["title"])}</h1>'
            f'<div class="index_author"><div class="ant-space">澎湃新闻记者 {who[0]}</div>'
            f'<div class="ant-space">{date_line}</div></div></div>'
            '<div class="index_cententWrap"><div class="index_cententWrap__Jv8jK">' + "".join(blocks) + '</div></div>'
            f'<div class="index_editor"><p>责任编辑：{who[1]}</p><p>校对：{who[2]}</p></div>'
            '<div class="index_statement">澎湃新闻报料：021-962866</div><div class="index_copy">澎湃新闻，未经授权不得转载</div>'
            '<div class="index_share"><span>分享到</span><a>微信</a><a>微博</a><a>QQ空间</a><a class="zan">' + str(rng.randint(10, 900)) + '</a></div>'
            '<div class="index_tags"><a>民宿</a><a>乡村旅游</a><a>象山</a></div>'
            '<div class="index_comment"><div class="index_commentHead">评论（' + str(len(cm)) + '）</div>'
            '<div class="index_commentInput"><textarea placeholder="我来说两句"></textarea><button>发表</button></div>'
            + "".join(cmts) + '<div class="index_more">查看更多评论</div></div>'
            '<div class="index_rec"><div class="index_recTitle">相关推荐</div>' + rec + '</div></div>'
            '<div class="index_right"><div class="index_hot"><div class="index_hotTitle">热榜</div><ul>' + hot + '</ul></div>'
            '<div class="index_app"><img src="/static/qrcode.png"><p>扫码下载澎湃新闻客户端</p></div></div></div>'
            '<div class="footer_wrap"><p><a>关于澎湃</a> | <a>在澎湃工作</a> | <a>联系我们</a> | <a>广告及合作</a> | <a>版权声明</a> | <a>隐私政策</a> | <a>友情链接</a></p>'
            f'<p>沪ICP备{_n(rng, 8)}号 沪公网安备{_n(rng, 14)}号 互联网新闻信息服务许可证：{_n(rng, 11)}</p><p>上海东方报业有限公司</p></div></div>'
            '<script id="__NEXT_DATA__" type="application/json">' + json.dumps(
                {"props": {"pageProps": {"detailData": {"contId": aid, "nodeName": "浙江观察", "author": who[0],
                 "tags": ["象山"], "hotList": [{"name": x} for x in teas[22:34]]}}}, "page": "/detail/[id]", "buildId": f"{rng.getrandbits(64):016x}"},
                ensure_ascii=False) + '</script>')
    head = (f'<title>{esc(art["title"])}_浙江观察_澎湃新闻-The Paper</title>'
            f'<meta name="Keywords" content="民宿,象山,乡村"><meta name="Description" content="{esc(art["body"][0][:60])}">'
            + _css(rng, "index", 90) + _stat_script(rng, "thepaper"))
    if not visible:
        head += f'<meta name="publishdate" content="{y}-{m}-{d}T{t}:00+08:00"><meta property="og:type" content="article">'
    return head, body, url


# --- 4. 县 融媒体中心 网站 -------------------------------------------------------------------

def rmt_xw154(art, rng, others):
    """县 融媒体中心 网站: p06 a 图片新闻 with glued 来源/作者/摄影/发布时间/点击数 spans, four photos each
    with a centred caption between paragraphs (not body); p07 a 短视频 文字 page with a video player
    and its setup script, 发布时间 beside a later 更新时间, bold 记者： turns and a ``女儿 name：`` turn,
    编辑/审核/监制 lines; both with 上一篇/下一篇, 推荐阅读 with dates, 热门排行 and a 友情链接 footer."""
    y, m, d = _ymd(art)
    p06 = art["id"] == "p06"
    col = "tpxw" if p06 else "dsp"
    url = f"https://www.dqnews.com.cn/{col}/{y}{m}/t{y}{m}{d}_{_n(rng, 6)}.shtml"
    who = rng.sample(WHO, 5)

    def special(p):
        if p.startswith("记者："):
            return f'<p style="text-indent:2em"><b>{esc(p)}</b></p>'
        k = p.find("：")
        if 0 < k <= 8 and not p.startswith("记者") and "，" not in p[:k]:
            return f'<p style="text-indent:2em"><b>{esc(p[:k + 1])}</b>{esc(p[k + 1:])}</p>'
        return None
    blocks = _blocks(art["body"], lambda x: f'<p style="text-indent:2em">{x}</p>', special=special)
    if p06:
        caps = ["收割机在新市镇粮食生产功能区内抢收早稻。", "种粮大户沈国强查看稻穗饱满程度。", "工作人员在烘干中心检测稻谷水分。", "刚收割的早稻装车运往烘干中心。"]
        for k, pos in enumerate([1, 4, 7, 10]):
            blocks.insert(pos, f'<p style="text-align:center"><img src="/pic/{y}{m}/{_n(rng, 9)}.jpg" width="700"></p>'
                               f'<p style="text-align:center;font-family:楷体">{caps[k]}</p>')
        info = (f'<div class="xl-info">来源：德清县融媒体中心<span>作者：{who[0]}</span><span>摄影：{who[1]}</span>'
                f'<span>发布时间：{y}-{m}-{d} {_hm(rng)}</span><span>点击数：<script>document.write({_n(rng, 4)})</script></span></div>')
        credit = f'<div class="xl-bj">编辑：{who[2]}　审核：{who[3]}</div>'
        player = ""
    else:
        upd = (datetime.date.fromisoformat(art["date"]) + datetime.timedelta(days=1)).isoformat()
        info = (f'<div class="xl-info"><span>发布时间：{y}-{m}-{d} {_hm(rng)}</span>　<span>更新时间：{upd} {_hm(rng)}</span>'
                f'　<span>来源：德清县融媒体中心</span></div>')
        credit = f'<div class="xl-bj">记者：{who[0]}　{who[1]}　编辑：{who[2]}　审核：{who[3]}　监制：{who[4]}</div>'
        vid = f"{rng.getrandbits(80):020x}"
        player = (f'<div class="video-box"><div id="player_{vid}" class="prism-player"></div><p class="v-tip">视频时长 0{rng.randint(1, 4)}:{rng.randint(10, 59)}</p></div>'
                  '<script>var player = new Aliplayer({"id":"player_' + vid + '","source":"https://vod.dqnews.com.cn/' + vid + '.mp4",'
                  '"width":"100%","height":"450px","autoplay":false,"isLive":false,"cover":"/pic/cover_' + vid + '.jpg","rePlay":false,'
                  '"playsinline":true,"preload":true,"controlBarVisibility":"hover","useH5Prism":true,"skinLayout":[{"name":"bigPlayButton","align":"blabs","x":30,"y":80},'
                  '{"name":"H5Loading","align":"cc"},{"name":"errorDisplay","align":"tlabs","x":0,"y":0},{"name":"infoDisplay"},'
                  '{"name":"tooltip","align":"blabs","x":0,"y":56},{"name":"thumbnail"},{"name":"controlBar","align":"blabs","x":0,"y":0,'
                  '"children":[{"name":"progress","align":"blabs","x":0,"y":44},{"name":"playButton","align":"tl","x":15,"y":12},'
                  '{"name":"timeDisplay","align":"tl","x":10,"y":7},{"name":"fullScreenButton","align":"tr","x":10,"y":12},'
                  '{"name":"volume","align":"tr","x":5,"y":10}]}]},function(p){console.log("播放器创建好了");});</script>')
    teas = _teasers(rng, 40)
    pn = rng.sample(teas, 2)
    focus = ('<div class="focus"><ul class="bxslider">' + "".join(f'<li><img src="/pic/focus/{_n(rng, 6)}.jpg"><p>{esc(x)}</p></li>' for x in teas[:5])
             + '</ul></div><div class="kx"><span>快讯：</span><marquee scrollamount="3">' + "　".join(esc(x) for x in teas[5:10]) + '</marquee></div>')
    side = ('<div class="xl-right"><div class="r-box"><h3>热门排行</h3><ul>'
            + _list(_dated(art, rng, teas[10:20], 1, 15), lambda i, t, dd: f'<li><i>{i + 1}</i><a>{esc(t)}</a></li>')
            + '</ul></div><div class="r-box"><h3>专题专栏</h3>' + "".join(f'<a><img src="/pic/zt/{k}.jpg" alt="{esc(a)}"></a>' for k, a in enumerate(["共同富裕 德清先行", "文明创建进行时", "清廉德清", "数字化改革"]))
            + '</div><div class="r-box"><h3>我德清APP</h3><img src="/pic/app_qr.png"><p>扫一扫　下载客户端</p></div></div>')
    stdq = ('<div class="stdq"><h3>视听德清</h3><ul>' + _list(_dated(art, rng, _teasers(rng, 16), 1, 30),
            lambda i, t, dd: f'<li><a><img src="/pic/v/{_n(rng, 8)}.jpg"><i class="play"></i><p>{esc(t)}</p></a><span>{dd}</span></li>') + '</ul></div>')
    rec = stdq + ('<div class="tjyd"><h3>推荐阅读</h3><ul>' + _list(_dated(art, rng, teas[20:30], 1, 20),
           lambda i, t, dd: f'<li><a>{esc(t)}</a><span>{dd}</span></li>') + '</ul></div>')
    body = ('<div class="top"><div class="w"><span>今天是：<script>var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></span>'
            '<span class="r"><a>长者模式</a> | <a>无障碍浏览</a> | <a>登录</a> | <a>注册</a> | <a>数字报</a></span></div></div>'
            '<div class="head"><div class="w"><a class="logo"><img src="/images/dqnews_logo.png" alt="德清新闻网"></a>'
            '<div class="so"><form action="https://search.dqnews.com.cn/" target="_blank"><input name="keyword" value="请输入关键字"><input type="submit" value="搜 索"></form></div></div></div>'
            '<div class="menu"><div class="w">' + _menu(rng, RMT_COLS, "menu-ul", "m", "menu-sub") + '</div></div>'
            '<div class="mobile-menu" style="display:none">' + _menu(rng, RMT_COLS, "mm", "mm-li", "mm-sub") + '</div>' + focus +
            f'<div class="w xl"><div class="pos">您当前的位置：<a>首页</a> &gt; <a>新闻</a> &gt; <a>{"图片新闻" if p06 else "短视频"}</a></div>'
            f'<div class="xl-left"><h1 class="xl-title">{esc(art["title"])}</h1>{info}'
            f'<div class="xl-con" id="zoom">{player}<!--正文开始-->' + "".join(blocks) + '<!--正文结束--></div>' + credit
            + '<div class="xl-share">分享：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ</a><a href="javascript:window.print()">打印</a></div>'
            f'<div class="sxp"><p>上一篇：<a>{esc(pn[0])}</a></p><p>下一篇：<a>{esc(pn[1])}</a></p></div>' + rec + '</div>' + side + '</div>'
            '<div class="foot"><div class="yqlj">友情链接：' + _links_select("省级媒体", ["浙江在线", "浙江新闻客户端", "浙江卫视", "天目新闻", "潮新闻", "小时新闻"])
            + _links_select("市县融媒", ["湖州在线", "吴兴发布", "南浔之窗", "长兴新闻网", "安吉新闻网", "南太湖号"]) + _links_select("政府网站", ["德清县人民政府", "湖州市人民政府", "浙江省人民政府"]) + '</div>'
            '<p>德清县融媒体中心 版权所有　未经授权禁止复制或建立镜像</p>'
            f'<p>地址：德清县武康街道某路88号　新闻热线：0572-84{_n(rng, 5)}　广告热线：0572-84{_n(rng, 5)}</p>'
            f'<p>浙ICP备{_n(rng, 8)}号　浙公网安备 {_n(rng, 14)}号　互联网新闻信息服务许可证：{_n(rng, 11)}</p>'
            '<p><a>违法和不良信息举报</a>　举报电话：0572-84000000</p></div>')
    head = (f'<title>{esc(art["title"])}_德清新闻网</title><meta name="keywords" content="德清,新闻"><meta name="description" content="{esc(art["body"][0][:60])}">'
            + _css(rng, "dq", 150) + _bulk_json(rng, "__dq_hot__", teas, 30) + _stat_script(rng, "dqnews") + _share_script(art["title"]))
    return head, body, url


# --- 5. 区 市场监管局 价格 提醒告诫 (GBK) ---------------------------------------------------

def scjg_jgtx154(art, rng, others):
    """区 市场监管局 portal (both GBK): p08 a 价格 提醒告诫书 under an 信息公开 grid (索引号/发布机构/
    文号/成文日期/发布日期), info glued with no whitespace, a 文号 line, the 主送 line, 黑体 一、 heads,
    ``1.`` items, a 12315 line and a 咨询电话 line (body), the 落款 a day earlier, an 附件 line and a
    温馨提示 box (not body); p09 a 检查 news page with a ``[YYYY-MM-DD]`` date, a ▲ caption and a 相关链接
    box. Old table layout, 12-column menu with sub-columns."""
    y, m, d = _ymd(art)
    p08 = art["id"] == "p08"
    url = f"http://www.lucheng.gov.cn/art/{y}/{int(m)}/{int(d)}/art_{_n(rng, 7)}_{_n(rng, 7)}.html"
    para = lambda t: f'<p style="text-indent:2em;line-height:28px"><font face="仿宋_GB2312" size="4">{t}</font></p>'  # noqa: E731
    teas = _teasers(rng, 36)
    if p08:
        blocks = _blocks(art["body"], para, head=lambda t: f'<p style="text-indent:2em"><b><font face="黑体" size="4">{t}</font></b></p>',
                         special=lambda p: f'<p style="line-height:28px"><font face="仿宋_GB2312" size="4">{esc(p)}</font></p>' if p.endswith("经营者：") else None)
        sig = (datetime.date.fromisoformat(art["date"]) - datetime.timedelta(days=1))
        grid = ('<table class="xxgk" width="100%" border="1" cellspacing="0" cellpadding="3">'
                f'<tr><td>索引号：</td><td>11330302MB{_n(rng, 7)}/{y}-{_n(rng, 5)}</td><td>发布机构：</td><td>区市场监管局</td></tr>'
                f'<tr><td>文号：</td><td>鹿市监价〔{y}〕{rng.randint(3, 19)}号</td><td>成文日期：</td><td>{sig.isoformat()}</td></tr>'
                f'<tr><td>发布日期：</td><td>{y}-{m}-{d}</td><td>公开方式：</td><td>主动公开</td></tr></table>')
        wh = grid.split("文号：</td><td>")[1].split("<")[0]
        info = (f'<td class="info" align="center">发布时间：{y}-{m}-{d}来源：区市场监管局价格监管科浏览次数：'
                f'<script language="javascript">document.write({_n(rng, 3)});</script>字体：[<a>大</a> <a>中</a> <a>小</a>]</td>')
        pre = f'<p align="center"><font face="仿宋_GB2312" size="4">{wh}</font></p>'
        tail = ('<p align="right"><font face="仿宋_GB2312" size="4">温州市鹿城区市场监督管理局</font></p>'
                f'<p align="right"><font face="仿宋_GB2312" size="4">{sig.year}年{sig.month}月{sig.day}日</font></p>'
                f'<p><font size="3">附件：<a href="/module/download/downfile.jsp?fileid={_n(rng, 8)}">明码标价和禁止价格欺诈规定（全文）.pdf</a></font></p>'
                '<table class="wxts" width="96%" align="center" style="border:1px solid #f0c36d;background:#fffbea"><tr><td>'
                '<p><b>温馨提示</b></p><p>节假日外出消费，请选择证照齐全的经营场所，结账时认真核对消费清单，并索要发票或消费凭证。</p></td></tr></table>')
    else:
        grid, pre = "", ""
        blocks = _blocks(art["body"], para)
        blocks.insert(2, f'<p align="center"><img src="/picture/{_n(rng, 10)}.jpg" width="600"></p>'
                         '<p align="center"><font face="楷体_GB2312" size="3">▲执法人员在超市核对商品价签。</font></p>')
        info = (f'<td class="info" align="center">[{y}-{m}-{d}]&nbsp;&nbsp;来源：区市场监管局&nbsp;&nbsp;'
                f'点击：<script language="javascript">document.write({_n(rng, 3)});</script></td>')
        tail = ('<table class="xglj" width="96%" align="center"><tr><td><b>相关链接</b></td></tr>'
                + _list(_dated(art, rng, ["鹿城区市场监督管理局关于规范国庆中秋期间价格行为的提醒告诫书", "中秋月饼市场专项检查情况", "价格监管典型案例通报"], 5, 40),
                        lambda i, t, dd: f'<tr><td>·<a>{esc(t)}</a>　[{dd}]</td></tr>') + '</table>')
    side = ('<td width="260" valign="top" class="side"><table width="100%"><tr><td class="side-t">通知公告</td></tr>'
            + _list(_dated(art, rng, teas[:12], 1, 50), lambda i, t, dd: f'<tr><td><a title="{esc(t)}">{esc(t[:16])}</a> {dd[5:]}</td></tr>')
            + '</table><table width="100%"><tr><td class="side-t">监管动态</td></tr>'
            + _list(_dated(art, rng, teas[12:24], 1, 50), lambda i, t, dd: f'<tr><td><a>{esc(t[:16])}</a> {dd[5:]}</td></tr>')
            + '</table><table width="100%"><tr><td class="side-t">便民服务</td></tr><tr><td><a>12315投诉举报</a></td></tr><tr><td><a>企业信用信息公示</a></td></tr>'
            '<tr><td><a>食品安全抽检查询</a></td></tr><tr><td><a>特种设备查询</a></td></tr></table></td>')
    body = ('<table width="1100" align="center" cellspacing="0" cellpadding="0"><tr><td class="topbar">'
            '<a>无障碍</a> | <a>长者模式</a> | <a>登录</a> | <a>设为首页</a> | <a>加入收藏</a></td></tr>'
            '<tr><td><img src="/images/scjg_banner.jpg" alt="温州市鹿城区市场监督管理局" width="1100" height="150"></td></tr>'
            '<tr><td class="menu">' + _menu(rng, SCJG_COLS, "mainnav", "mn", "mn-sub") + '</td></tr>'
            '<tr><td class="so"><form action="/jsearch/search.do" method="get"><input name="q" size="30"><input type="submit" value="站内搜索"></form></td></tr></table>'
            '<table width="1100" align="center" cellspacing="0" cellpadding="0"><tr><td valign="top">'
            f'<table width="100%"><tr><td class="pos">您现在的位置：<a>首页</a> &gt;&gt; <a>{"信息公开" if p08 else "工作动态"}</a> &gt;&gt; <a>{"价格提醒" if p08 else "监管动态"}</a></td></tr>'
            f'<tr><td>{grid}</td></tr>'
            f'<tr><td align="center" class="title"><font size="5" color="#c00000"><b>{esc(art["title"])}</b></font></td></tr>'
            f'<tr>{info}</tr><tr><td class="content" id="zoom">{pre}' + "".join(blocks) + tail + '</td></tr>'
            '<tr><td align="center"><a href="javascript:printPage()">【打印本页】</a>　<a href="javascript:closeWin()">【关闭窗口】</a></td></tr></table>'
            '</td>' + side + '</tr></table>'
            '<table width="1100" align="center" class="tpxw"><tr>' + "".join(f'<td><img src="/picture/tp{k}.jpg" width="120"><br><a>{esc(x[:14])}</a></td>' for k, x in enumerate(teas[24:32])) + '</tr></table>'
            '<table width="1100" align="center" class="bmfw"><tr><td><b>办事服务</b></td>' + "".join(f'<td><a>{esc(x)}</a></td>' for x in ["企业开办", "食品经营许可", "个体户登记", "药品零售许可", "特种设备使用登记", "计量器具检定", "广告发布登记", "股权出质登记", "企业年报", "商标质押", "异常名录移出", "简易注销"]) + '</tr></table>'
            + _gov_footer(rng, "温州市鹿城区市场监督管理局", "3303020041", "浙"))
    head = ('<meta charset="gbk">' + f'<title>{esc(art["title"])}</title><meta name="ColumnName" content="{"价格提醒" if p08 else "监管动态"}">'
            + _css(rng, "lc", 150) + _bulk_json(rng, "__lc_col__", teas, 25) + _stat_script(rng, "lcscjg") + _font_script())
    return head, body, url


# --- 6. 社区医院 公众号 义诊 -----------------------------------------------------------------

def sqyy_mp_yz154(art, rng, others):
    """社区医院 公众号 义诊 post dated only by the script's ``ct`` (publish_time empty): 活动时间/活动地点
    lines, blue 一、 bar heads, a 科室 table with ``<th>`` heads, ``1.`` items, a 家庭医生 quote, a slogan
    (body); a 医院名片 card, a 温馨提示 box, ▲ captions, 往期推荐, 精选留言, QR (not body)."""
    t = _hm(rng)
    ct = _epoch(art, t)
    biz = "Mz" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10)) + "=="
    url = f"https://mp.weixin.qq.com/s/{''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-') for _ in range(22))}"
    nick = "建设街道社区卫生服务中心"

    def special(p):
        if _head(p):
            return (f'<section style="margin:24px 0 10px;border-left:6px solid #2b7de9;background:#eaf2fe;padding:6px 12px">'
                    f'<span style="font-size:17px;font-weight:bold;color:#2b7de9" leaf="">{esc(p)}</span></section>')
        if p.startswith(("活动时间：", "活动地点：")):
            return _wxp(f'<strong>{esc(p)}</strong>')
        if p.endswith("！") and len(p) < 14:
            return f'<section style="text-align:center;margin:20px 0"><span style="font-size:18px;color:#2b7de9;font-weight:bold" leaf="">{esc(p)}</span></section>'
        return None
    blocks = _blocks(art["body"], _wxp, special=special, th=True)
    blocks.insert(1, '<section style="margin:10px 0"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/yz1/640" style="width:100%"></section>'
                     '<section style="text-align:center;font-size:12px;color:#999"><span leaf="">▲去年重阳节义诊现场</span></section>')
    card = ('<section style="margin:24px 8px;padding:14px;border-radius:10px;background:#f5f9ff;box-shadow:0 2px 8px rgba(0,0,0,.08)">'
            '<p style="font-weight:bold;color:#2b7de9">医院名片</p><p style="font-size:13px">南湖区建设街道社区卫生服务中心是一家集基本医疗、预防保健、家庭医生签约服务于一体的基层医疗机构。</p>'
            '<p style="font-size:13px">门诊时间：周一至周日 8:00—17:00</p><p style="font-size:13px">咨询电话：0573-8218xxxx</p></section>')
    tip = ('<section style="margin:20px 8px;padding:12px;border:1px dashed #f39c12;background:#fffaf0"><p style="font-weight:bold;color:#f39c12">温馨提示</p>'
           '<p style="font-size:13px">骨密度检测需空腹者请勿进食早餐；行动不便的老人请由家属陪同。</p>'
           '<p style="font-size:13px">如遇雨天，活动地点不变。</p></section>')
    comments = _wx_comments(rng, ["给家里老人报个名，谢谢医院！", "请问需要带医保卡吗？", "去年参加过，专家很耐心。", "眼底筛查太需要了。",
                                  "社区医院越来越好了，点赞！", "外地户口在辖区居住能参加吗？", "张医生人特别好。", "已转发到小区群。",
                                  "希望多办几次这样的活动。", "我妈说要早点去排队。"])
    more = ('<section><p style="font-weight:bold">往期推荐</p>' + "".join(f'<p><a>{esc(x)}</a></p>' for x in
            ["秋季流感疫苗开始接种啦", "家庭医生签约，这些服务免费享", "高血压患者秋季注意这几点", "国庆假期门诊安排"]) + '</section>')
    sty = "<style>" + "".join(f".wx_area_{k}{{margin:{k % 9}px;padding:{k % 5}px;line-height:{1 + k % 3}}}" for k in range(180)) + "</style>"
    body = ('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(art["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">{nick}</a></span>'
            '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            '<div class="rich_media_content" id="js_content" style="visibility:hidden">'
            + "".join(blocks[:3]) + card + "".join(blocks[3:]) + tip +
            f'<section style="font-size:12px;color:#999"><p>供稿：{rng.choice(WHO)}　编辑：{rng.choice(WHO)}　审核：{rng.choice(WHO)}</p></section>' + more +
            '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr_yy.jpg" width="150"><p style="font-size:12px;color:#999">长按二维码　关注我们</p></section>'
            '</div><div class="rich_media_tool"><span>阅读 ' + str(_n(rng, 4)) + '</span><span>赞 ' + str(rng.randint(10, 60)) + '</span><span>在看 ' + str(rng.randint(2, 30)) + '</span></div>'
            '<div class="comment_primary_container"><a>写留言</a></div>' + comments + '</div></div></div>'
            + _wx_scripts(rng, art, nick, art["title"], ct, biz) + _bulk_json(rng, "__related_article_list__", _teasers(rng, 24), 45))
    head = (f'<title>{esc(art["title"])}</title><meta property="og:title" content="{esc(art["title"])}"><meta property="og:url" content="{esc(url)}">'
            f'<meta property="og:description" content="{esc(art["body"][0][:40])}">' + sty)
    return head, body, url


# --- 7. 日报 e-paper 第05版 理论 --------------------------------------------------------------

EP_OTHER = {
    "p11": ("让“有事好商量”成为基层常态", "□ 方明远",
            ["协商民主在基层的生命力，在于让群众的事由群众商量着办。", "从村民说事到社区议事厅，各地的实践说明，只要搭好平台、定好规则，群众就愿意说、敢于说。",
             "推动基层协商常态化，还要注重协商成果的转化运用，让群众看到商量出来的结果真正落了地。"]),
    "p12": ("文化礼堂要“建得好”更要“用得好”", "□ 叶清",
            ["农村文化礼堂是乡村的精神家园。", "一些地方的文化礼堂建成后活动少、人气弱，原因在于内容供给与村民需求脱节。",
             "让文化礼堂“热”起来，需要把选择权交给村民，多办村民喜欢、愿意参与的活动。"]),
}


def rb_05ll154(art, rng, others):
    """日报 e-paper 第05版 理论 (Founder-like), dated only by the masthead (and the URL): a 版次
    ``<select>``, 上一版/下一版/PDF, 版面导航 lists of every 版's titles, an 往期回顾 calendar; p11 a
    ``<P>`` article in ``#ozoom`` with ``<B>`` 一、 heads, a 核心提示 box before and an 作者单位 line
    after (not body); p12 (GBK) ``<br>`` lines in one ``<founder-content>`` with ``<b>`` heads, an
    author line and an 作者简介; both with a second 理论 piece in full (not body), 责任编辑,
    上一篇/下一篇, copyright."""
    y, m, d = _ymd(art)
    p11 = art["id"] == "p11"
    url = f"https://epaper.jhnews.com.cn/jhrb/{y}{m}/{d}/node_05.html"
    who = rng.sample(WHO, 4)
    if p11:
        paras = []
        for p in art["body"]:
            paras.append(f"<P><B>{esc(p)}</B></P>" if _head(p) else f"<P>　　{esc(p)}</P>")
        text = ('<div class="hxts" style="border:1px solid #c9a46b;padding:8px;background:#fdf8ee"><b>核心提示</b><p>从群众身边小事入手，以具体问题的解决带动基层治理效能整体提升。</p></div>'
                f'<div class="author">□ {who[0]}</div><div id="ozoom"><!--enpcontent-->' + "".join(paras) + '<!--/enpcontent--></div>'
                '<p class="zzdw">（作者单位：中共金华市委党校）</p>')
    else:
        lines = []
        for p in art["body"]:
            lines.append(f"<b>{esc(p)}</b>" if _head(p) else f"　　{esc(p)}")
        text = (f'<div class="author">□ {who[0]}</div><founder-content><!--enpcontent-->' + "<br><br>".join(lines) + '<!--/enpcontent--></founder-content>'
                f'<div class="zzjj" style="background:#f4f4f4;padding:6px"><b>作者简介：</b>{who[0]}，浙江某高校马克思主义学院副教授，主要研究方向为乡村文化治理。</div>')
    ot, oa, ob = EP_OTHER[art["id"]]
    other = (f'<div class="other-art"><h2>{esc(ot)}</h2><div class="author">{oa}</div>'
             + "".join(f"<P>　　{esc(x)}</P>" for x in ob) + '</div>')
    opts = "".join(f'<option value="node_{i + 1:02d}.html"{" selected" if i == 4 else ""}>{esc(p)}</option>' for i, p in enumerate(EP_PAGES))
    teas = _teasers(rng, 72)
    nav = "".join(f'<div class="bm"><div class="bm-t">{esc(p)}</div><ul>' + "".join(f'<li><a href="content_{_n(rng, 6)}.html">{esc(x)}</a></li>' for x in teas[i * 6:(i + 1) * 6])
                  + '</ul></div>' for i, p in enumerate(EP_PAGES))
    cal = ('<table class="cal"><tr>' + "".join(f"<th>{w}</th>" for w in "日一二三四五六") + "</tr>"
           + "".join("<tr>" + "".join(f'<td><a href="../{y}{m}/{k * 7 + j + 1:02d}/node_01.html">{k * 7 + j + 1}</a></td>' if k * 7 + j < 30 else "<td></td>" for j in range(7)) + "</tr>" for k in range(5))
           + '</table>')
    pn = rng.sample(teas, 2)
    body = ('<div class="ep-top"><div class="w1000"><a class="logo"><img src="../../../images/jhrb_logo.png" alt="金华日报"></a>'
            f'<div class="date">{y}年{int(m)}月{int(d)}日　{_week(art)}</div>'
            '<div class="ep-links"><a>金华新闻网</a> | <a>数字报首页</a> | <a>往期回顾</a> | <a>登录</a> | <a>订阅</a></div></div>'
            '<div class="zg">主管主办：中共金华市委　出版：金华日报社　国内统一连续出版物号：CN33-0000</div></div>'
            '<div class="ep-bar"><select onchange="location.href=this.value">' + opts + '</select>'
            '<a href="node_04.html">上一版</a> <a href="node_06.html">下一版</a> <a href="../../../pdf/' + f"{y}{m}{d}" + '/05.pdf">PDF下载</a></div>'
            '<div class="ep-main"><div class="ep-left"><div class="bmt"><img src="../../../images/' + f"{y}{m}{d}" + '_05.jpg" usemap="#PagePicMap" width="330">'
            '<map name="PagePicMap">' + "".join(f'<area shape="polygon" coords="{rng.randint(0, 300)},{rng.randint(0, 400)},{rng.randint(0, 300)},{rng.randint(0, 400)}" href="content_{_n(rng, 6)}.html">' for _ in range(6)) + '</map></div>'
            '<div class="wqhg"><div class="t">往期回顾</div>' + cal + '</div></div>'
            '<div class="ep-center"><div class="lm">第05版：理论</div>'
            f'<h1 class="art-title">{esc(art["title"])}</h1>' + text +
            f'<div class="zrbj">责任编辑：{who[1]}　版式设计：{who[2]}</div>'
            f'<div class="sxp">上一篇：<a>{esc(pn[0])}</a>　下一篇：<a>{esc(pn[1])}</a></div>' + other + '</div>'
            '<div class="ep-right"><div class="t">版面导航</div>' + nav + '</div></div>'
            '<div class="ep-foot"><p>金华日报社版权所有　未经书面授权禁止使用</p>'
            f'<p>浙ICP备{_n(rng, 8)}号　浙公网安备 {_n(rng, 14)}号　互联网新闻信息服务许可证：{_n(rng, 11)}</p>'
            '<p>地址：金华市某大道1000号　新闻热线：0579-82000000</p></div>'
            '<script>var nodeId="05";var paperDate="' + f"{y}-{m}-{d}" + '";function zoomIn(){var o=document.getElementById("ozoom");if(o){o.style.fontSize="18px";}}'
            'var mapData=' + json.dumps([{"id": _n(rng, 6), "title": x} for x in teas[:40]], ensure_ascii=False) + ';</script>' + _bulk_json(rng, "__ep_list__", teas, 40))
    head = (('<meta charset="gbk">' if not p11 else "") + '<title>金华日报 第05版：理论</title>' + _css(rng, "ep", 160) + _stat_script(rng, "jhrb"))
    return head, body, url


TEMPLATES = {"sfbm_dt154": sfbm_dt154, "wl_mp_zmqn154": wl_mp_zmqn154, "ppl_dfdc154": ppl_dfdc154, "rmt_xw154": rmt_xw154,
             "scjg_jgtx154": scjg_jgtx154, "sqyy_mp_yz154": sqyy_mp_yz154, "rb_05ll154": rb_05ll154}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages154", TEMPLATES, lambda art: "held-apart")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
