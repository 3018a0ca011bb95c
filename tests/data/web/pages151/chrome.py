"""Site chrome for the ``pages151`` set: full menus (with a hidden copy for phones), inline scripts
and styles, sidebars, comment sections and footers at a real page's weight. Every string here is
the set's own furniture (names of columns, teaser headlines and comments written for this set)."""

from __future__ import annotations

import json

GOV_MENU = {
    "首页": [],
    "走进{p}": ["{p}概况", "历史沿革", "行政区划", "人口民族", "自然地理", "经济发展", "名胜古迹", "名优特产", "{p}地图", "历任领导"],
    "新闻中心": ["{p}要闻", "部门动态", "街镇动态", "图片新闻", "视频新闻", "媒体聚焦", "通知公告", "新闻发布会", "政务动态", "专题报道"],
    "政府信息公开": ["信息公开指南", "信息公开制度", "法定主动公开内容", "信息公开年报", "依申请公开", "政府文件", "政策解读", "规划计划", "财政预决算", "人事信息", "重点领域信息", "建议提案办理"],
    "政务服务": ["个人办事", "法人办事", "部门服务", "主题服务", "便民服务", "一件事一次办", "办件公示", "好差评", "政务服务地图", "证照查询"],
    "互动交流": ["区长信箱", "在线访谈", "征集调查", "12345热线", "常见问题", "留言选登", "网上调查", "意见征集结果"],
    "营商环境": ["政策措施", "审批改革", "涉企服务", "招商引资", "惠企政策", "企业诉求", "营商环境监督"],
    "专题专栏": ["党纪学习教育", "优化营商环境", "安全生产月", "乡村振兴", "文明城市创建", "法治政府建设", "防汛抗旱", "民生实事"],
    "数据发布": ["统计公报", "统计数据", "数据解读", "普查资料", "数据开放"],
    "文化旅游": ["景区景点", "文化遗产", "美食特产", "旅游线路", "文艺活动"],
    "领导之窗": ["区长", "常务副区长", "副区长", "分工安排", "领导活动"],
    "应急管理": ["应急预案", "预警信息", "应急知识", "灾情通报", "应急演练"],
}

NEWS_MENU = {
    "首页": [],
    "时政": ["地方要闻", "人事任免", "领导活动", "政策解读", "党建"],
    "经济": ["产业", "财经", "农业", "商贸", "金融", "园区"],
    "社会": ["民生", "法治", "公益", "热线", "辟谣"],
    "文旅": ["旅游", "非遗", "美食", "演出", "读书"],
    "教育": ["中小学", "高校", "招考", "校园"],
    "健康": ["医疗", "养生", "疾控", "医保"],
    "科技": ["创新", "数码", "科普"],
    "生态": ["环保", "林业", "水利", "长江大保护"],
    "城建": ["房产", "交通", "城管", "规划"],
    "图片": ["图说", "航拍", "摄影"],
    "视频": ["直播", "短视频", "访谈"],
    "留言板": ["领导留言板", "回复选登", "网友建议", "留言排行"],
    "专题": ["两会", "乡村振兴", "文明创建", "营商环境"],
}

HEADLINES = [
    "汉江北岸生态廊道一期工程完工", "全区新增城镇就业岗位3200个", "第二批“红色物业”示范小区名单出炉",
    "老城区12条背街小巷完成改造", "社区食堂开到居民家门口", "秋季学期中小学新增学位1800个",
    "区级河长开展汛后巡河", "农村公路“提档升级”项目全部开工", "新能源汽车下乡活动启动",
    "城区再添8座口袋公园", "消防安全“进万家”宣传活动举行", "老年助餐服务点覆盖所有社区",
    "全区首个零碳示范园区挂牌", "小微企业“首贷”服务中心开门迎客", "农民工工资支付专项检查开展",
    "城市书房延长开放时间至晚十点", "秋冬季森林防火工作部署会召开", "重点企业用工对接会举行",
    "高标准农田建设项目通过验收", "公交新开三条社区微循环线路", "无障碍环境建设专项行动推进",
    "政务服务“周末不打烊”全面推行", "夏季文化惠民演出走进乡村", "全区食品安全抽检合格率达98.6%",
    "“一老一小”服务中心投入使用", "重点项目建设现场观摩活动举行", "优化营商环境座谈会召开",
    "汉江流域禁渔期执法检查开展", "老旧管网更新改造全面提速", "社区矫正工作推进会召开",
    "垃圾分类示范片区增至20个", "义务植树基地新栽苗木1.2万株", "退役军人服务站实现全覆盖",
    "全区安全生产大检查启动", "城区停车泊位新增2600个", "电商直播基地帮助农产品出山",
]

COMMENTS = [
    "这样的调研接地气，希望多来我们乡下看看。", "高标准农田确实好，今年我们村的水渠也修通了。",
    "支持！粮食安全是头等大事。", "建议把机耕路也一起修一修，雨天收割机进不了田。",
    "我们这边烘干设备不够用，希望能多配几台。", "看到家乡的稻田真亲切，在外打工的也想回去种地了。",
    "无人机飞防确实省事，一个人一天能打几百亩。", "粮价再稳一点就好了，农民心里更踏实。",
    "点赞，实实在在为老百姓办事。", "希望领导也关注一下山区的小块田改造。",
    "去年的补贴已经到账了，很及时。", "我是种粮大户，今年比去年收成好。",
    "能不能出台点政策鼓励年轻人回乡种地？", "这篇报道写得很实在，没有空话。",
    "建议加强农村道路的维护，收粮车太多了。", "好消息，期待我们镇也能纳入下一批。",
    "督导要常态化，不能一阵风。", "江边的空气确实比前几年好多了。", "码头的粉尘以前真的很大，现在改善很多。",
    "希望整改结果能公开，接受群众监督。", "企业舍得投钱搞环保，值得表扬。", "晚上散步经常看到江豚，开心！",
    "建议在江边多设几个监测点。", "化工企业搬迁后的空地能不能建成公园？", "一江清水，人人有责。",
    "我们小区旁边的排污口也请查一查。", "整改要举一反三，这句话说得好。", "宜昌的变化大家都看得见。",
    "支持长江大保护，也希望兼顾工人就业。", "看完很受鼓舞，家乡越来越好了。",
]

NICKS = ["汉江边的风", "襄阳老李", "稻花香里", "农家小院", "田埂上的人", "鹿门山下", "隆中游客", "岘山晨跑",
         "三峡人家", "夷陵老街", "江城看客", "小城故事", "种田的老马", "枣阳青年", "南湖垂钓者", "长江守望者",
         "清江渔夫", "峡江云", "古隆中", "米公祠旁"]

FRIEND_SITES = ["中国政府网", "湖北省人民政府", "襄阳市人民政府", "宜昌市人民政府", "襄城区人民政府", "襄州区人民政府",
                "樊城区人民政府", "枣阳市人民政府", "宜城市人民政府", "老河口市人民政府", "南漳县人民政府", "谷城县人民政府",
                "保康县人民政府", "西陵区人民政府", "伍家岗区人民政府", "点军区人民政府", "猇亭区人民政府", "夷陵区人民政府",
                "枝江市人民政府", "当阳市人民政府", "宜都市人民政府", "远安县人民政府", "兴山县人民政府", "秭归县人民政府",
                "长阳土家族自治县人民政府", "五峰土家族自治县人民政府", "湖北省发展和改革委员会", "湖北省教育厅",
                "湖北省住房和城乡建设厅", "湖北省生态环境厅", "湖北省农业农村厅", "湖北省统计局", "湖北省市场监督管理局",
                "湖北政务服务网", "湖北日报网", "荆楚网", "长江云", "襄阳日报", "三峡日报", "襄阳广播电视台"]


def menu(cols: dict, place: str, cls: str = "nav", sub: str = "subnav", href: str = "/col") -> str:
    """A header menu: each column with its sub-columns as a dropdown list."""
    out = [f'<ul class="{cls}">']
    for i, (col, subs) in enumerate(cols.items()):
        c = col.format(p=place)
        items = "".join(f'<li><a href="{href}/{i:02d}{j:02d}/index.html" target="_blank" title="{s.format(p=place)}">'
                        f'{s.format(p=place)}</a></li>' for j, s in enumerate(subs))
        out.append(f'<li class="nav-item{" on" if i == 0 else ""}"><a href="{href}/{i:02d}/index.html" class="nav-a">{c}</a>'
                   + (f'<div class="{sub}"><ul>{items}</ul></div>' if subs else "") + '</li>')
    return "".join(out) + "</ul>"


def mobile_menu(cols: dict, place: str) -> str:
    """The header menu's hidden copy for phones."""
    return ('<div class="m-nav" style="display:none" id="mNav"><div class="m-nav-close">×</div>'
            + menu(cols, place, "m-nav-list", "m-sub", "/m/col") + '</div>')


def lst(items, fmt) -> str:
    return "".join(fmt(i, t, d) for i, (t, d) in enumerate(items))


def teasers(rng, k: int, year: str) -> list[tuple[str, str]]:
    """``k`` teaser headlines of other reports with dates in ``year``."""
    return [(t, f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}") for t in rng.sample(HEADLINES, k)]


def friend_select(rng, k: int = 40, label: str = "友情链接") -> str:
    """A 友情链接 footer block: the sites in three ``<select>``s (部委/省市/区县 style)."""
    sites = FRIEND_SITES[:k]
    thirds = [sites[:12], sites[12:26], sites[26:]]
    names = ["政府网站", "部门网站", "媒体网站"]
    return (f'<div class="yqlj"><span class="yqlj-t">{label}：</span>' + "".join(
        f'<select onchange="if(this.value!=\'\')window.open(this.value)"><option value="">----{n}----</option>'
        + "".join(f'<option value="http://www.site{rng.randint(100, 999)}.gov.cn/">{s}</option>' for s in part)
        + '</select>' for n, part in zip(names, thirds)) + '</div>')


def friend_grid(rng) -> str:
    return ('<div class="link-grid"><h4>友情链接</h4><ul>' + "".join(
        f'<li><a href="http://www.link{rng.randint(1000, 9999)}.cn/" target="_blank">{s}</a></li>' for s in FRIEND_SITES)
        + '</ul></div>')


def stat_script(rng) -> str:
    key = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return ('<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");'
            f'hm.src = "https://hm.baidu.com/hm.js?{key}";var s = document.getElementsByTagName("script")[0];'
            's.parentNode.insertBefore(hm, s);})();</script>'
            '<script type="text/javascript">(function(){var bp = document.createElement("script");'
            'var curProtocol = window.location.protocol.split(":")[0];if (curProtocol === "https") {'
            'bp.src = "https://zz.bdstatic.com/linksubmit/push.js";} else {bp.src = "http://push.zhanzhang.baidu.com/push.js";}'
            'var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(bp, s);})();</script>')


def share_script(title: str) -> str:
    cfg = {"common": {"bdSnsKey": {}, "bdText": title, "bdMini": "2", "bdMiniList": False, "bdPic": "", "bdStyle": "0",
                      "bdSize": "24"}, "share": {}, "image": {"viewList": ["weixin", "tsina", "qzone", "sqq"],
                                                            "viewText": "分享到：", "viewSize": "16"}}
    return ('<script>window._bd_share_config=' + json.dumps(cfg, ensure_ascii=False) + ';'
            'with(document)0[(getElementsByTagName("head")[0]||body).appendChild(createElement("script")).src='
            '"/static/api/js/share.js?v=89860593.js?cdnversion="+~(-new Date()/36e5)];</script>')


def a11y_script(site: str) -> str:
    cfg = {"siteName": site, "mode": ["长者模式", "无障碍模式"], "toolbar": ["声音", "语速", "阅读方式", "放大", "缩小",
           "配色", "鼠标样式", "十字光标", "纯文本", "重置", "说明", "关闭"], "voice": {"lang": "zh-CN", "rate": 1.0}}
    return ('<script type="text/javascript">var aria_config = ' + json.dumps(cfg, ensure_ascii=False) + ';'
            '(function(){var s=document.createElement("script");s.src="/wza/aria.js?appid=' + str(sum(map(ord, site)) % 100000)
            + '";s.charset="utf-8";document.body.appendChild(s);})();</script>')


def gov_style() -> str:
    rules = []
    for sel, dec in [(".top-bar", "height:36px;line-height:36px;background:#f5f5f5;border-bottom:1px solid #e5e5e5;font-size:13px"),
                     (".header", "height:150px;background:url(/images/head_bg.jpg) no-repeat center top"),
                     (".nav", "width:1200px;margin:0 auto;height:52px;background:#0d5ea8"),
                     (".nav-item", "float:left;position:relative;width:100px;text-align:center"),
                     (".nav-item .subnav", "display:none;position:absolute;top:52px;left:0;width:180px;background:#fff;"
                      "box-shadow:0 2px 8px rgba(0,0,0,.15);z-index:99"),
                     (".nav-item:hover .subnav", "display:block"),
                     (".subnav li a", "display:block;padding:0 16px;line-height:34px;color:#333;font-size:14px"),
                     (".crumb", "height:40px;line-height:40px;font-size:14px;color:#666"),
                     (".article h1", "font-size:26px;color:#0d5ea8;text-align:center;line-height:40px;padding:20px 40px 10px"),
                     (".article .info", "text-align:center;font-size:14px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:12px"),
                     (".article .content p", "font-size:16px;line-height:2;text-indent:2em;margin:10px 0"),
                     (".side-box", "width:300px;float:right;border:1px solid #e1e1e1;margin-bottom:16px"),
                     (".side-box h3", "height:40px;line-height:40px;background:#f2f6fb;padding-left:14px;font-size:16px"),
                     (".footer", "background:#0d5ea8;color:#fff;padding:20px 0;font-size:13px;text-align:center;line-height:26px"),
                     (".yqlj select", "width:260px;height:30px;margin:0 10px"),
                     (".m-nav", "position:fixed;top:0;left:0;width:80%;height:100%;background:#fff;z-index:999")]:
        rules.append(f"{sel}{{{dec}}}")
    return "<style>" + "".join(rules) + "</style>"


PROVINCES = ["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西", "山东",
             "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆"]


def wx_heavy(rng, year: str) -> str:
    """What a saved WeChat article page carries besides the post: long rich_media styles, the hidden weui
    dialogs (投诉/分享/赞/在看 prompts), a 喜欢此内容的人还喜欢 list with pictures, a 继续滑动看下一个 teaser and
    the account's 合集 tags."""
    css = []
    for i in range(60):
        css.append(f".wx_tap_{i}{{position:relative;margin:{i % 7}px {i % 5}px;padding:{i % 4}px;font-size:{12 + i % 6}px;"
                   f"color:rgba(0,0,0,.{(i % 9) + 1});transition:opacity .{i % 5 + 1}s ease-in-out;border-radius:{i % 8}px}}")
    css += [".weui-dialog{position:fixed;z-index:5000;top:50%;left:16px;right:16px;transform:translate(0,-50%);background:#fff;border-radius:12px}",
            ".weui-dialog__hd{padding:32px 24px 16px}.weui-dialog__bd{padding:0 24px;margin-bottom:32px;font-size:17px;line-height:1.4;color:rgba(0,0,0,.5)}",
            ".weui-dialog__ft{position:relative;display:flex;min-height:56px;font-size:17px}.weui-mask{position:fixed;z-index:1000;top:0;right:0;left:0;bottom:0;background:rgba(0,0,0,.6)}",
            ".relate_article_list li{display:flex;padding:12px 0;border-bottom:1px solid rgba(0,0,0,.05)}.relate_article_title{font-size:15px;color:rgba(0,0,0,.9)}"]
    dialogs = [("投诉", "请选择投诉原因", ["欺诈", "色情", "诱导行为", "不实信息", "违法犯罪", "骚扰", "其他"]),
               ("分享", "分享给朋友", ["发送给朋友", "分享到朋友圈", "收藏", "在微信中打开"]),
               ("在看", "已同步到看一看", ["写下你的想法", "取消", "发送"]),
               ("赞", "轻点两下取消赞", ["知道了"]),
               ("留言", "写留言", ["留言将由公众号筛选后显示", "取消", "提交"])]
    dl = "".join(f'<div class="weui-dialog__wrp js_{k}_dialog" style="display:none"><div class="weui-mask"></div><div class="weui-dialog">'
                 f'<div class="weui-dialog__hd"><strong class="weui-dialog__title">{t}</strong></div><div class="weui-dialog__bd"><ul>'
                 + "".join(f'<li class="weui-cell"><a href="javascript:;">{o}</a></li>' for o in opts)
                 + '</ul></div><div class="weui-dialog__ft"><a href="javascript:;" class="weui-dialog__btn weui-dialog__btn_default">取消</a>'
                 '<a href="javascript:;" class="weui-dialog__btn weui-dialog__btn_primary">确定</a></div></div></div>'
                 for k, t, opts in dialogs)
    like = teasers(rng, 8, year)
    rel = ('<div class="relate_article_list" id="js_related_area"><div class="relate_title">喜欢此内容的人还喜欢</div><ul>'
           + lst(like, lambda i, t, d: f'<li class="relate_article_item"><div class="relate_article_title">{t}</div>'
                 f'<div class="relate_article_extra">{rng.choice(["襄阳发布", "湖北发布", "谷城发布", "江岸发布", "武汉发布"])}　{rng.randint(1, 30)}天前</div>'
                 f'<img class="relate_article_cover" src="https://mmbiz.qpic.cn/mmbiz_jpg/rel{i}{rng.randint(1000, 9999)}/300"></li>') + '</ul></div>')
    nxt = teasers(rng, 1, year)[0][0]
    more = (f'<div class="next_article" id="js_next_article"><p class="tips">继续滑动看下一个</p><div class="next_title">{nxt}</div>'
            '<div class="next_account">轻触阅读原文</div></div>'
            '<div class="album_tags" id="js_tags"><span class="tag">#乡村振兴</span><span class="tag">#美丽乡村</span><span class="tag">#社区活动</span>'
            f'<span class="album_count">{rng.randint(20, 200)}个</span></div>')
    return "<style>" + "".join(css) + "</style>" + dl + rel + more


def wx_more_scripts(rng) -> str:
    """The long inline scripts of a saved WeChat page (report, lazy images, voice and video setup)."""
    keys = ["appmsg_like", "appmsg_comment", "appmsg_share", "appmsg_reward", "appmsg_video", "appmsg_voice", "appmsg_poi",
            "appmsg_ad", "appmsg_album", "appmsg_tags", "appmsg_related", "appmsg_profile", "appmsg_font", "appmsg_dark"]
    cfg = {k: {"enable": i % 3 != 0, "id": rng.randint(100000, 999999), "delay": (i * 37) % 500,
               "wording": ["点赞", "留言", "分享", "赞赏", "视频", "音频", "位置", "广告", "合集", "标签", "相关阅读", "名片", "字体", "深色模式"][i]}
           for i, k in enumerate(keys)}
    funcs = "".join(f"function __wx_{k}(e){{var t=e||window.event;if(!t)return;var n=t.target||t.srcElement;"
                    f"if(n&&n.getAttribute('data-{k}')){{window.__WX_REPORT__.items.push('{k}');}}"
                    f"try{{localStorage.setItem('__{k}',JSON.stringify({{t:+new Date(),v:{i}}}));}}catch(err){{}}}}"
                    for i, k in enumerate(keys))
    return ('<script type="text/javascript">window.__wxCfg = ' + json.dumps(cfg, ensure_ascii=False) + ';' + funcs
            + 'document.addEventListener("DOMContentLoaded",function(){var imgs=document.querySelectorAll("img[data-src]");'
            'for(var i=0;i<imgs.length;i++){imgs[i].src=imgs[i].getAttribute("data-src");}},false);</script>')


def rmw_footer_links(rng) -> str:
    """人民网-like footer: the 地方频道 row (31 provinces) and the site's own columns."""
    cols = ["时政", "国际", "财经", "台湾", "军事", "观点", "领导", "人事", "理论", "法治", "社会", "产经", "教育", "科普", "体育",
            "文化", "书画", "健康", "生态", "旅游", "房产", "汽车", "IT", "游戏", "图片", "视频", "直播", "访谈"]
    return ('<div class="rm_footer"><div class="dfpd"><b>地方频道：</b>' + "".join(
        f'<a href="http://{rng.choice("abcdefghjk")}{i}.people.com.cn/">{p}</a>' for i, p in enumerate(PROVINCES))
        + '</div><div class="lmdh"><b>网站栏目：</b>' + "".join(f'<a href="http://{i}.people.com.cn/">{c}</a>' for i, c in enumerate(cols))
        + '</div><div class="about"><a>关于人民网</a> | <a>报社概况</a> | <a>广告服务</a> | <a>合作加盟</a> | <a>供稿服务</a> | <a>网站声明</a> | '
        '<a>网站律师</a> | <a>信息保护</a> | <a>联系我们</a></div></div>')


def calendar(rng, year: str, month: str, url_fmt) -> str:
    """An e-paper's 往期 calendar: a month table, each day linked to its edition."""
    import datetime
    first = datetime.date(int(year), int(month), 1)
    pad = first.weekday()
    days = 30 if int(month) in (4, 6, 9, 11) else 28 if int(month) == 2 else 31
    cells = ["<td></td>"] * pad + [f'<td><a href="{url_fmt(dd)}">{dd}</a></td>' for dd in range(1, days + 1)]
    rows = ["<tr>" + "".join(cells[i:i + 7]) + "</tr>" for i in range(0, len(cells), 7)]
    return ('<table class="calendar"><caption>' + f'{year}年{int(month)}月' + '</caption><tr><th>一</th><th>二</th><th>三</th><th>四</th>'
            '<th>五</th><th>六</th><th>日</th></tr>' + "".join(rows) + '</table>')

MORE_COMMENTS = {
    "p06": ["收割机提前联系好了，就等天晴。", "枣阳的稻米煮饭特别香。", "我家也承包了两百亩，明年准备扩大。",
            "高标准农田建好后，浇水方便多了。", "希望烘干补贴能覆盖到小农户。", "领导讲得在理，质量第一。",
            "襄阳粮仓名不虚传！", "有没有农机购置补贴的最新政策？"],
    "p07": ["枝江的码头现在干净多了。", "环保投入是企业的长远之计。", "猇亭的空气质量这两年明显改善。",
            "希望督导之后还有回头看。", "长江是母亲河，一定要守护好。", "建议公开企业的在线监测数据。",
            "初期雨水收集池这个做法值得推广。", "宜昌加油，守护好一江清水！"],
}
