"""Build the ninth saved-page set (``pages9``): a development part and a held-apart part.

Twelve reports (``articles.txt``, own sentences, labelled by hand like ``../pages``) in four
site designs no earlier set used: a district people's congress site (``rd_site``), a
discipline-inspection site (``jw_site``), a district radio and television station's site
(``tv_site``) and a civilisation-office site (``wenming_site``). Articles flagged ``held``
(one per design) were measured once before any rule and never read for rule-writing; the
other eight are the development part whose misses the rules of this round were written from.

    python tests/data/web/pages9/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pages"))
from build import PLACE_NAMES, REPORTERS, _time, esc, write_set  # noqa: E402

COUNTIES = ("彭水", "云阳")


def _unit(place: str) -> str:
    return f"{place}{'县' if place in COUNTIES else '区'}"


def _paras(art, tag="p"):
    return "".join(f"<{tag}>{esc(p)}</{tag}>" for p in art["body"])


def rd_site(art, rng, others):
    unit = _unit(PLACE_NAMES[art["place"]])
    y, m, d = art["date"].split("-")
    url = f"http://rd.{art['place']}.gov.cn/rdyw/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 5, 10 ** 6)}.html"
    who = rng.sample(REPORTERS, 4)
    credit = rng.choice([f"撰稿：{who[0]}　摄影：{who[1]}　编审：{who[2]}",
                         f"文字：{who[0]}　图片：{who[1]}　初审：{who[2]}　复审：{who[3]}",
                         f"（文/{who[0]}　图/{who[1]}　审核/{who[2]}）"])
    prev, nxt = rng.sample(others, 2)
    body = (f'<div class="top"><h2>{unit}人大常委会</h2><p>{unit}人民代表大会常务委员会主办</p></div>'
            f'<ul class="menu"><li>首页</li><li>人大要闻</li><li>代表工作</li><li>监督工作</li><li>立法工作</li><li>专题专栏</li></ul>'
            f'<div class="loc">当前位置：<a>首页</a> &gt;&gt; <a>人大要闻</a></div>'
            f'<div class="detail"><div class="dtitle">{esc(art["title"])}</div>'
            f'<div class="dinfo">发布时间：{y}-{m}-{d} {_time(rng)}　来源：{unit}人大常委会办公室　作者：{who[3]}　访问次数：{rng.randint(30, 900)}</div>'
            f'<div class="dbody">{_paras(art)}</div>'
            f'<div class="dcredit">{esc(credit)}</div>'
            f'<div class="dpn"><p>上一篇：<a>{esc(prev[0])}</a></p><p>下一篇：<a>{esc(nxt[0])}</a></p></div></div>'
            f'<div class="bottom"><p>版权所有：{unit}人大常委会办公室　技术支持：重庆{rng.choice(["云帆", "启航", "蓝海"])}科技有限公司</p>'
            f'<p>渝ICP备{rng.randint(10 ** 7, 10 ** 8 - 1)}号-1</p></div>')
    return f'<title>{esc(art["title"])}-{unit}人大</title>', body, url


def jw_site(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    unit = _unit(place)
    y, m, d = art["date"].split("-")
    url = f"http://www.{art['place']}jjjc.gov.cn/gzdt/{y}-{m}-{d}/{rng.randint(1000, 9999)}.html"
    who = rng.sample(REPORTERS, 3)
    credits = rng.choice([[f"供稿：{unit}纪委监委宣传部", f"本期编辑：{who[0]}", f"审核：{who[1]}"],
                          [f"（供稿：{place}{rng.choice(['街道', '镇'])}纪（工）委　责任编辑：{who[0]}）"],
                          [f"作者：{who[0]}　责任校对：{who[1]}　值班编辑：{who[2]}"]])
    rel = "".join(f'<li><a>{esc(t)}</a></li>' for t, _ in rng.sample(others, 4))
    body = (f'<div class="logo">清风{place}<span>中共{unit}纪律检查委员会　{unit}监察委员会</span></div>'
            f'<div class="nav"><a>首页</a><a>工作动态</a><a>审查调查</a><a>巡视巡察</a><a>廉政文化</a><a>以案说纪</a></div>'
            f'<div class="path">首页 &gt; 工作动态</div>'
            f'<div class="con"><h1>{esc(art["title"])}</h1>'
            f'<div class="sub">来源：{unit}纪委监委 | 作者：{who[2]} | 发布时间：{y}-{m}-{d} | <a>【打印】</a><a>【关闭】</a></div>'
            f'<div class="txt">{_paras(art)}</div>'
            f'<div class="credit">{"".join(f"<p>{esc(c)}</p>" for c in credits)}</div></div>'
            f'<div class="rel"><h3>相关文章</h3><ul>{rel}</ul></div>'
            f'<div class="jb"><p>举报网址：12388.gov.cn　举报电话：12388</p></div>'
            f'<div class="ft"><p>本网站所刊登的各种新闻、信息和专题专栏资料，均为清风{place}版权所有，未经协议授权禁止下载使用。</p>'
            f'<p>主办：中共{unit}纪律检查委员会　{unit}监察委员会　渝ICP备{rng.randint(10 ** 7, 10 ** 8 - 1)}号</p></div>')
    return f'<title>{esc(art["title"])}_清风{place}</title>', body, url


def tv_site(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    unit = _unit(place)
    y, m, d = art["date"].split("-")
    url = f"http://www.{art['place']}tv.cn/folder{rng.randint(10, 99)}/{y}-{m}-{d}/{rng.randint(10 ** 5, 10 ** 6)}.html"
    who = rng.sample(REPORTERS, 4)
    credit = rng.choice([f"编辑：{who[0]}　值班主任：{who[1]}　监制：{who[2]}",
                         f"记者：{who[0]} {who[1]}　编辑：{who[2]}",
                         f"责编：{who[0]}　责审：{who[1]}"])
    hot = "".join(f'<li><img src="/v{i}.jpg"><p>{esc(t)}</p><span>{rng.randint(1, 5)}:{rng.randint(10, 59)}</span></li>'
                  for i, (t, _) in enumerate(rng.sample(others, 3)))
    body = (f'<div class="tvhead"><span>{unit}网络广播电视台</span><a>直播</a><a>点播</a><a>新闻</a><a>专题</a></div>'
            f'<div class="player"><div class="vjs">播放</div><span>00:00 / 0{rng.randint(1, 4)}:{rng.randint(10, 59)}</span><span>高清</span></div>'
            f'<div class="news"><h1>{esc(art["title"])}</h1>'
            f'<div class="attr"><span>{unit}网络广播电视台</span><span>{y}-{m}-{d} {_time(rng)}</span><span>点击：{rng.randint(100, 9000)}</span></div>'
            f'<div class="text">{_paras(art)}</div>'
            f'<div class="credit">{esc(credit)}</div></div>'
            f'<div class="cmt"><h3>网友评论（0）</h3><textarea></textarea><p>验证码：<input> <a>提交</a></p><p>暂无评论，快来抢沙发吧！</p></div>'
            f'<div class="hotv"><h3>热门视频</h3><ul>{hot}</ul></div>'
            f'<div class="foot"><p>{unit}融媒体中心（{unit}广播电视台）版权所有</p>'
            f'<p>信息网络传播视听节目许可证号：{rng.randint(10 ** 6, 10 ** 7)}　渝ICP备{rng.randint(10 ** 7, 10 ** 8 - 1)}号</p></div>')
    return f'<title>{esc(art["title"])}_{unit}网络广播电视台</title>', body, url


def wenming_site(art, rng, others):
    place = PLACE_NAMES[art["place"]]
    unit = _unit(place)
    y, m, d = art["date"].split("-")
    url = f"http://cq{art['place']}.wenming.cn/wmcj/{y}{m}/t{y}{m}{d}_{rng.randint(10 ** 6, 10 ** 7)}.shtml"
    who = rng.sample(REPORTERS, 3)
    editor = rng.choice([f"编辑：{who[0]}　　<a>[纠错]</a>", f"【责任编辑：{who[0]}】 <a>【纠错】</a>",
                         f"编　辑：{who[0]}　校　对：{who[1]}"])
    rel = "".join(f'<li><a>{esc(t)}</a><span>{dd[5:]}</span></li>' for t, dd in rng.sample(others, 4))
    body = (f'<div class="wm-head"><img src="/wmlogo.png"><span>{unit}文明网</span></div>'
            f'<div class="wm-nav"><a>首页</a><a>文明创建</a><a>志愿服务</a><a>道德模范</a><a>文明实践</a><a>网上祭英烈</a></div>'
            f'<div class="wm-pos">{unit}文明网 &gt; 文明创建 &gt; 工作动态</div>'
            f'<div class="wm-art"><h1>{esc(art["title"])}</h1>'
            f'<div class="wm-info">来源：{unit}文明办　作者：{who[2]}　发布时间：{y}年{m}月{d}日</div>'
            f'<div class="TRS_Editor">{_paras(art)}</div>'
            f'<div class="wm-editor">{editor}</div></div>'
            f'<div class="wm-rel"><h3>相关文章</h3><ul>{rel}</ul></div>'
            f'<div class="wm-foot"><p>主办：中共{unit}委宣传部　{unit}精神文明建设办公室　承办：{unit}融媒体中心</p>'
            f'<p>地址：{unit}{rng.choice(["行政中心", "文化大楼"])}{rng.randint(2, 9)}楼　电话：023-{rng.randint(10 ** 7, 10 ** 8 - 1)}</p></div>')
    return f'<title>{esc(art["title"])}-{unit}文明网</title>', body, url


TEMPLATES = {"rd_site": rd_site, "jw_site": jw_site, "tv_site": tv_site, "wenming_site": wenming_site}


def main() -> None:
    refs = write_set(HERE, "zhframe-pages9", TEMPLATES, lambda art: "held-apart" if "held" in art["flags"] else "dev")
    print(len(refs), "pages")


if __name__ == "__main__":
    main()
