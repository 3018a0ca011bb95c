"""Tests for zhframe.corpus.html: web pages through trafilatura, nothing dropped silently."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pytest

from zhframe.cleanup import clean_article, clean_corpus
from zhframe.corpus.html import extract_html, html_text, page_lines
from zhframe.corpus import load_corpus, read_text
from zhframe.infra.errors import InputError

from cleanup_common import ROOT, assert_nothing_lost

WEB = ROOT / "tests" / "data" / "web"
PAGES = sorted(WEB.glob("*.html"))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_every_line_of_the_page_is_in_the_article_or_the_boilerplate(page):
    html = page.read_text(encoding="utf-8")
    ex = extract_html(html)
    lines = page_lines(html)
    assert ex.lines == lines
    assert sorted(ex.boilerplate + [lines[i] for i in ex.article]) == sorted(lines)
    # one line each, in order; a picture's caption is set apart by two blank lines
    assert [x for x in ex.text.split("\n") if x] == [lines[i] for i in ex.article]
    assert "\n\n\n\n" not in ex.text and not ex.text.startswith("\n")
    assert not any("function" in x or "{" in x for x in lines)  # scripts and styles left out
    blocks = clean_article(ex.text)
    assert_nothing_lost(ex.text, blocks)
    assert blocks["kind"].iloc[0] in ("title", "meta")


def test_article_title_and_furniture_of_a_government_page():
    ex = extract_html((WEB / "h01_gov.html").read_text(encoding="utf-8"))
    assert ex.text.splitlines()[0] == "璧山区农业农村委开展党史学习教育“田间课堂”"
    assert ex.date == "2021-06-08"
    assert any("ICP备" in x for x in ex.boilerplate) and any("当前位置" in x for x in ex.boilerplate)
    assert not any("ICP备" in x for x in ex.text.splitlines())


def test_scripts_comments_and_deep_nesting():
    html = ("<html><head><title>t</title><style>p{color:red}</style></head><body>"
            + "<div>" * 3000 + "<p>某区开展活动。<!-- note -->后续<script>var x=1;</script>文字</p>"
            + "</div>" * 3000 + "</body></html>")
    assert page_lines(html) == ["某区开展活动。后续文字"]


def test_a_page_without_text_is_one_clear_error():
    with pytest.raises(InputError, match="no visible text"):
        html_text("<html><body><script>x()</script></body></html>", "empty.html")


def _corpus_with_pages(tmp_path):
    rows = ["doc_id,file,sha256,district"]
    for i, page in enumerate(PAGES):
        data = page.read_bytes()
        (tmp_path / page.name).write_bytes(data)
        rows.append(f"p{i},{page.name},{hashlib.sha256(data).hexdigest()},区{i}")
    (tmp_path / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


def test_corpus_reads_html_as_the_article_text(tmp_path):
    corpus = load_corpus(_corpus_with_pages(tmp_path))
    for text, page in zip(corpus["text"], PAGES):
        assert text == extract_html(page.read_text(encoding="utf-8")).text
        assert "<" not in text
    assert read_text(tmp_path / PAGES[0].name) == corpus["text"][0]
    blocks = clean_corpus(corpus, cache=False)
    assert set(blocks["kind"]) >= {"title", "body", "meta"}


def test_clean_command_on_a_page_prints_blocks_then_boilerplate():
    page = WEB / "h03_epaper.html"
    done = subprocess.run([sys.executable, "-m", "zhframe", "clean", str(page)], capture_output=True,
                          text=True, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr
    records = [json.loads(x) for x in done.stdout.splitlines()]
    ex = extract_html(page.read_text(encoding="utf-8"))
    boiler = [r for r in records if r["kind"] == "boilerplate"]
    assert [r["text"] for r in boiler] == ex.boilerplate
    assert [r["block"] for r in records] == list(range(len(records)))
    assert {r["kind"] for r in records[:-len(boiler)]} >= {"title", "deck", "meta", "body"}


def test_an_info_bars_fields_in_adjacent_spans_stay_apart_and_a_sentence_is_not_cut():
    bar = ('<html><body><h1>某镇开展防溺水安全教育</h1><div class="attr"><span>发布机构：某镇人民政府</span>'
           '<span>发布时间：2024-06-04</span><span>字号：<a>大</a>|<a>小</a></span></div>'
           '<div><p>会上，<strong>张三指出：</strong>要压实责任。</p><p><b>记者：</b>今年有哪些新变化？</p></div>'
           '</body></html>')
    lines = page_lines(bar)
    assert "发布机构：某镇人民政府 发布时间：2024-06-04 字号：大|小" in lines
    assert "会上，张三指出：要压实责任。" in lines  # inside a sentence: no space put in
    assert "记者：今年有哪些新变化？" in lines


def test_an_info_bar_whose_fields_ran_together_is_furniture():
    from zhframe.corpus.furniture import field_rule

    assert field_rule("发布机构：某镇人民政府发布时间：2024-06-04字号：大|小") == "meta:fields"
    for sentence in ("会议时间：6月1日，地点：区文化馆", "县委书记：坚持人民至上", "时间紧任务重要求：高标准推进。"):
        assert field_rule(sentence) is None, sentence


def test_a_work_and_its_author_in_a_list_of_works_is_no_publication_field():
    """pages115 p03 (a development page): an award list's entries (《…》　作者：…) are the text's;
    a byline naming a periodical, or with no work before it, is still a field."""
    from zhframe.corpus.fields import field_rule

    for entry in ("《大巴山的灯火》　作者：向春林", "《州河谣》 作者：冉秋月", "《乡村振兴的十个故事》 编著：李明"):
        assert field_rule(entry) is None, entry
    for field in ("作者：向春林", "《重庆日报》 作者：王五", "来源：《求是》 作者：李四"):
        assert field_rule(field) == "meta:fields", field


def test_readers_comments_under_a_report_are_boilerplate_whoever_keeps_them():
    from zhframe.corpus.furniture import meta_rule

    paras = "".join(f"<p>{x}</p>" for x in ("6月17日，某县召开党史学习教育推进会，部署下一阶段工作。",
                                            "会议强调，要推动学习走深走实，确保取得实效。",
                                            "该县各级党组织将认真落实会议要求，办好民生实事。"))
    html = (f'<html><body><div class="main"><h1>某县召开党史学习教育推进会</h1><div class="txt">{paras}</div>'
            '<div class="cmt"><span>网友评论</span><p>学习党史，坚定信念，家乡的发展越来越好。</p>'
            '<p>2021-06-18 10:02 重庆网友</p></div></div></body></html>')
    ex = extract_html(html)
    assert "学习党史，坚定信念，家乡的发展越来越好。" in ex.boilerplate
    assert "会议强调，要推动学习走深走实，确保取得实效。" in ex.text.splitlines()
    for head in ("网友评论", "精选留言", "全部评论（12）", "发表评论：", "▼ 热门评论 ▼", "网友互动", "评论（50）",
                 "共12条评论", "热门跟帖", "网友热议35"):
        assert meta_rule(head) == "meta:comments", head
    for line in ("评论", "网友评论称，这项政策很及时。", "读者留言反映的问题已全部办结", "互动"):
        assert meta_rule(line) != "meta:comments", line
    # a column named 网友评论 heading the article's own container keeps the article
    html2 = html.replace('<div class="main"><h1>', '<div class="main"><span>网友评论</span><h1>')
    ex2 = extract_html(html2)
    rules = dict(zip(ex2.lines, ex2.line_rules))
    assert rules["会议强调，要推动学习走深走实，确保取得实效。"].startswith("article:votes")


def test_a_long_comment_section_under_a_short_notice_does_not_take_the_articles_place():
    """A real portal's notice sits in a layout table with print and close links (two controls:
    a widget unless the density method's element holds it) above forty readers' comments, which
    hold more sentences than the notice. The density method leaves out a container named for
    comments and a box under a 网友评论 header, so it still finds the notice."""
    paras = ["为进一步激发消费活力，区商务委决定在全区发放第二轮餐饮消费券。现将有关事项公告如下：",
             "一、发放时间", "2025年4月30日至5月31日，每周三、周五上午10:00分批发放，发完即止。",
             "二、使用范围", "消费券限在区内已报名参与活动的餐饮商户使用，商户名单在公众号公布。", "特此公告。"]
    text = "".join(f'<p style="text-indent:2em">{p}</p>' for p in paras)
    tools = '<a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a>'
    said = [f"这篇报道写得很实在，希望第{k}项工作继续推进，我们群众都看在眼里，也会积极参与。" for k in range(40)]
    for item, box in (("comment", "comments"), ("item", "box2")):
        comments = "".join(f'<div class="{item}"><span>网友{1000 + k}</span><p>{c}</p><span>2025-05-0{k % 9 + 1}</span>'
                           f'<a>回复</a></div>' for k, c in enumerate(said))
        html = ('<html><body><table width="1000"><tr><td><h1>区商务委关于发放餐饮消费券的公告</h1>'
                f'<div>发布时间：2025-04-25</div>{text}<div>{tools}</div></td></tr></table>'
                f'<div class="{box}"><h3>网友评论</h3>{comments}</div></body></html>')
        ex = extract_html(html)
        assert ex.text.split("\n")[-len(paras):] == paras, (item, box, ex.text[:80])
        assert set(said) <= set(ex.boilerplate), (item, box)


def test_a_sidebars_picture_teasers_are_boilerplate_though_both_extractors_keep_them():
    """Written from pages152's miss: a portal's sidebar (a container named ``side``) ends in a
    图片新闻 box, headlines under pictures as ``<p>`` (no links), which trafilatura and readability
    both keep. Outside the density method's element, a line of a furniture container that is no
    sentence (a headline) stays out whoever keeps it."""
    from zhframe.corpus import decode_bytes

    page = ROOT / "tests" / "data" / "web" / "pages152" / "p09_wjw_yzhd152.html"
    ref = json.loads((page.parent / "references.json").read_text(encoding="utf-8"))[page.name]
    ex = extract_html(decode_bytes(page.read_bytes(), "<page>", as_page=False)[0])
    rules = dict(zip(ex.lines, ex.line_rules))
    teasers = ["区卫健委举办中医药文化进校园活动", "区妇幼保健院举行护士节表彰大会", "区中医医院开展学校传染病防控专项督导"]
    for t in teasers:
        assert t in ex.boilerplate and "trafilatura+readability" in rules[t], rules[t]
    kept = ex.text.split("\n")
    assert all(p in kept for p in ref["body"].split("\n") if p.endswith("。") and " " not in p)


def test_a_page_selector_or_a_logo_above_the_text_is_no_title():
    paras = "".join(f"<p>{x}</p>" for x in ("6月17日，某区举行党史学习教育专题宣讲报告会，500余人参加。",
                                            "报告会上，宣讲团成员讲述了一个个生动的党史故事。"))
    # an e-paper: the page selector's links run together (01020304) just above the text
    epaper = ('<html><head><title>某区日报-某区举行党史学习教育专题宣讲报告会</title></head><body>'
              '<table><tr><td><a>01</a><a>02</a><a>03</a></td></tr><tr><td class="font01">'
              f'某区举行党史学习教育专题宣讲报告会</td></tr><tr><td>{paras}</td></tr></table></body></html>')
    assert extract_html(epaper).title == "某区举行党史学习教育专题宣讲报告会"
    # a daily's site: the logo (the site's name, a piece of <title>) above a headline set as a title
    daily = ('<html><head><title>某区举行党史学习教育专题宣讲报告会_某某日报网</title></head><body>'
             '<div class="head"><div class="logo">某某日报网</div><div class="nav"><a>首页</a><a>区县</a></div></div>'
             f'<div class="detail"><div class="detail_title">某区举行党史学习教育专题宣讲报告会</div>'
             f'<div class="detail_content">{paras}</div></div></body></html>')
    assert extract_html(daily).title == "某区举行党史学习教育专题宣讲报告会"


def test_a_short_centred_line_under_a_picture_is_its_caption_not_a_subheading():
    from zhframe.cleanup import clean_page
    from zhframe.cleanup.page import article_text

    paras = ["3月25日，某县在某镇举行春季义务植树活动，机关干部和群众300余人参加。",
             "今年全县计划完成营造林5万亩，重点在长江支流两岸实施增绿工程。",
             "县林业局负责人表示，将落实管护责任，确保栽一棵活一棵。"]
    html = ('<html><head><title>某县举行春季义务植树活动</title></head><body><h1>某县举行春季义务植树活动</h1>'
            f'<div class="con"><p>{paras[0]}</p><p style="text-align:center"><img src="a.jpg"></p>'
            f'<p style="text-align:center"><span>活动现场</span></p><p>{paras[1]}</p>'
            f'<p><strong>抓好管护</strong></p><p>{paras[2]}</p></div></body></html>')
    page = clean_page(html)
    kinds = dict(zip(page["blocks"]["text"], page["blocks"]["kind"]))
    assert kinds["活动现场"] == "caption"
    assert kinds["抓好管护"] == "heading"  # no picture above it: a subheading, part of the text
    assert article_text(page["blocks"]).split("\n") == [paras[0], paras[1], "抓好管护", paras[2]]
    # the same short line with no picture above it, or not set as a caption, stays a heading
    for other in (html.replace('<img src="a.jpg">', ""), html.replace('<p style="text-align:center"><span>活动', '<p><span>活动')):
        kinds = dict(zip(*(clean_page(other)["blocks"][c] for c in ("text", "kind"))))
        assert kinds["活动现场"] == "heading"


def test_a_data_tables_rows_are_lines_of_the_text_and_a_layout_table_keeps_its_cells():
    from zhframe.cleanup import clean_page

    rows = [("序号", "单位名称", "联系人"), ("1", "某某镇人民政府", "张三"), ("2", "某某街道办事处", "李四")]
    table = "<table>" + "".join("<tr>" + "".join(f"<td><p>{c}</p></td>" for c in r) + "</tr>" for r in rows) + "</table>"
    paras = ["经研究，现将2021年度党史学习教育先进集体名单公布如下：", "希望受到表彰的集体珍惜荣誉，再接再厉。",
             "各单位要以先进为榜样，推动党史学习教育常态化长效化。"]
    html = (f'<html><body><h1>关于公布先进集体名单的通知</h1><div class="zw"><p>{paras[0]}</p>{table}'
            f'<p>{paras[1]}</p><p>{paras[2]}</p></div></body></html>')
    assert "1\t某某镇人民政府\t张三" in page_lines(html)
    blocks = clean_page(html)["blocks"]
    rows_out = blocks[blocks["rule"] == "body:table-row"]
    assert list(rows_out["text"]) == ["序号 单位名称 联系人", "1 某某镇人民政府 张三", "2 某某街道办事处 李四"]
    assert set(rows_out["kind"]) == {"body"}
    # a page laid out as a table: the article's long cell keeps a line per paragraph
    layout = (f'<html><body><table><tr><td>某某区人民政府</td><td>2021年12月20日</td></tr>'
              f'<tr><td colspan="2"><p>{paras[1]}</p><p>{paras[2]}{paras[0]}</p></td></tr></table></body></html>')
    assert paras[1] in page_lines(layout) and not any("\t" in x for x in page_lines(layout))


def test_a_poll_or_a_form_inside_the_text_is_boilerplate_and_a_page_wrapped_in_a_form_is_not():
    paras = ["5月7日，某区“最美河小青”评选活动进入网络投票阶段，共有10名候选人。",
             "投票时间为5月8日至5月15日，每个微信号每天可投3票。", "最终结果将综合网络投票和专家评审情况确定。"]
    poll = ('<div class="vote-box"><div>请为你心中的“最美河小青”投票（每天最多3票）</div><ul>'
            '<li><label><input type="checkbox"> 1号 邓晓雨（龙水镇）</label><span>4608票</span></li>'
            '<li><label><input type="checkbox"> 2号 唐俊杰（宝顶镇）</label><span>3715票</span></li></ul>'
            '<button>投票</button><p>已有89105人参与</p></div>')
    html = (f'<html><body><h1>某区最美河小青评选进入投票阶段</h1><div id="artibody"><p>{paras[0]}</p>'
            f'<p>{paras[1]}</p>{poll}<p>{paras[2]}</p></div></body></html>')
    ex = extract_html(html)
    assert "请为你心中的“最美河小青”投票（每天最多3票）" in ex.boilerplate and "已有89105人参与" in ex.boilerplate
    assert all(p in ex.text.split("\n") for p in paras)
    # ASP.NET pages wrap the whole page in one form: the article stays
    wrapped = html.replace("<body>", '<body><form id="form1"><input type="hidden"><input type="text">')
    wrapped = wrapped.replace("</body>", "</form></body>").replace(poll, "")
    assert all(p in extract_html(wrapped).text.split("\n") for p in paras)
    # a poll whose buttons are javascript: links, and print/close links around the article
    linked = ('<div class="vote"><ul><li><p>01号 邓晓雨</p><p>4608票</p><a href="javascript:;">投票</a></li>'
              '<li><p>02号 唐俊杰</p><p>3715票</p><a href="javascript:;">投票</a></li></ul>'
              '<div>查看全部10名候选人</div></div>')
    tools = ('<div class="tools"><a href="javascript:window.print()">打印本页</a>'
             '<a href="javascript:window.close()">关闭窗口</a></div>')
    page = html.replace(poll, linked).replace("</div></body>", f"</div>{tools}</body>")
    ex = extract_html(page)
    assert {"01号 邓晓雨", "4608票", "查看全部10名候选人"} <= set(ex.boilerplate)
    assert all(p in ex.text.split("\n") for p in paras)
    around = f'<html><body><div class="main"><h1>某区评选</h1><p>{paras[0]}</p><p>{paras[1]}</p>{tools}</div></body></html>'
    assert all(p in extract_html(around).text.split("\n") for p in paras[:2])


def test_a_bold_line_under_a_picture_is_a_heading_and_a_player_is_a_widget():
    from zhframe.cleanup import clean_page

    paras = ["7月10日，某街道暑期托管班在社区新时代文明实践站正式开班，首批六十名小学生走进课堂。",
             "托管班聘请了专业老师和大学生志愿者，开设作业辅导、书法绘画、安全教育等课程。",
             "开班第一天，社区民警为孩子们上了一堂防溺水安全课。"]
    html = ('<html><body><h1>某街道暑期托管班开课</h1><div id="js_content">'
            '<div class="player"><audio src="a.mp3"></audio><span>00:00 / 02:10</span><span>音频：某区融媒体中心</span></div>'
            f'<p>{paras[0]}</p><p style="text-align:center"><img src="a.jpg"></p>'
            '<section style="text-align:center"><p><strong>课程内容丰富多彩</strong></p></section>'
            f'<p>{paras[1]}</p><p>{paras[2]}</p></div></body></html>')
    page = clean_page(html)
    kinds = dict(zip(page["blocks"]["text"], page["blocks"]["kind"]))
    assert kinds["课程内容丰富多彩"] == "heading"
    assert any("00:00 / 02:10" in x and "音频：" in x for x in page["boilerplate"])  # the player's box
    assert not any("00:00" in x for x in page["blocks"]["text"])


def test_a_profile_box_label_cells_and_numbers_in_adjacent_spans():
    paras = ["早上八点不到，李桂兰已经在社区办公室忙开了，翻开她的工作笔记，密密麻麻记着居民反映的大事小情。",
             "从一名普通社区工作者到社区党委书记，李桂兰在这个老旧社区一干就是二十年。"]
    profile = ('<table class="dbda"><tr><td><b>代表档案</b></td></tr><tr><td>姓名：李桂兰</td></tr>'
               '<tr><td>届别：某区第十八届人大代表</td></tr></table>')
    html = (f'<html><body><h1>区人大代表李桂兰：扎根社区二十年</h1><div class="nr">{profile}'
            f'<p>{paras[0]}</p><p>{paras[1]}</p></div></body></html>')
    ex = extract_html(html)
    assert "姓名：李桂兰" in ex.boilerplate and all(p in ex.text.split("\n") for p in paras)
    letter = ("尊敬的领导：我是某小区的业主。小区东门外的道路每逢下雨就严重积水，最深的地方能没过脚踝，行人只能绕行，"
              "这个问题已经存在两年多了，希望有关部门尽快解决。")
    reply = "张先生：您好！收到您的留言后，我局高度重视，立即组织工作组到现场查看，已对雨水管网进行了疏通和扩容。"
    record = ('<table><tr><td>来信人</td><td>市民张先生</td><td>来信时间</td><td>2023-02-13 09:15:06</td></tr>'
              f'<tr><td>来信内容</td><td colspan="3">{letter}</td></tr>'
              f'<tr><td>回复单位</td><td>区城市管理局</td><td>回复时间</td><td>2023-02-21 12:45:30</td></tr>'
              f'<tr><td>回复内容</td><td colspan="3">{reply}</td></tr></table>')
    ex = extract_html(f'<html><body><h1>反映某小区周边道路积水问题</h1>{record}</body></html>')
    rules = dict(zip(ex.lines, ex.line_rules))
    assert rules["回复单位"].startswith("boilerplate:label-cell") and rules["来信内容"].startswith("boilerplate:label-cell")
    assert letter in ex.text.split("\n") and reply in ex.text.split("\n")
    # a card of labels written with their colons (办理对象：, 办件类型：) is a form's, short values or not
    # (from pages90's misses)
    card = ('<table><tr><td>办理对象：</td><td>企业法人、个体工商户</td><td>办件类型：</td><td>承诺件</td></tr>'
            '<tr><td>是否收费：</td><td>否</td><td>到现场次数：</td><td>0次</td></tr></table>')
    ex = extract_html(f'<html><body><h1>食品经营许可办事指南</h1>{card}<div class="nr"><p>{letter}</p>'
                      f'<p>{reply}</p></div></body></html>')
    assert "是否收费：\t否\t到现场次数：\t0次" not in ex.text.split("\n") and letter in ex.text.split("\n")
    # a data table's first column is no label: its rows stay lines of the text
    data = "<table><tr><td>固定资产投资</td><td>5.6</td></tr><tr><td>工业投资</td><td>12.4</td></tr></table>"
    assert "固定资产投资\t5.6" in page_lines(f"<html><body>{data}</body></html>")
    assert page_lines('<html><body><p><span>06-12</span><span>16:05</span><span>重庆</span></p></body></html>') == \
        ["06-12 16:05重庆"]


def test_a_month_and_day_without_a_year_take_the_year_of_the_pages_other_sources():
    paras = "".join(f"<p>{x}</p>" for x in ("晚上八点，某镇一间由旧仓库改造的直播间里灯火通明，返乡青年正对着镜头介绍腊肉。",
                                            "两年前，她辞去了在广州的工作，回到家乡做起了农产品电商，带动六十多户农户增收。"))
    html = ('<html><head><title>某镇返乡青年直播带货</title><meta name="pubdate" content="2023-06-11"></head><body>'
            '<h1>某镇返乡青年直播带货</h1><div><span>06-12</span><span>16:05</span></div>'
            f'<div class="article">{paras}</div></body></html>')
    ex = extract_html(html)
    assert ("visible", "2023-06-12") in ex.dates


def test_a_gallerys_picture_text_is_a_caption_and_an_implausible_post_time_is_no_date():
    from zhframe.cleanup import clean_page

    paras = ["时下正值高山蔬菜采收旺季，某镇海拔一千五百多米的菜地里，村民们忙着采收、装车。",
             "近年来，当地引导农户连片种植，推行统一育苗、统一技术指导、统一品牌销售。"]
    gallery = ('<div class="pic-box"><a class="prev">上一张</a><div class="bigPic"><img src="a.jpg"></div>'
               '<a class="next">下一张</a><div class="picTxt">6月17日，在某镇木根村，村民在采收高山甘蓝。</div></div>')
    html = (f'<html><body><h1>某镇高山蔬菜迎来采收季</h1>{gallery}<div class="article"><p>{paras[0]}</p>'
            f'<p>{paras[1]}</p></div><script>var ct = "4606646400";</script></body></html>')
    page = clean_page(html)
    kinds = dict(zip(page["blocks"]["text"], page["blocks"]["kind"]))
    assert kinds["6月17日，在某镇木根村，村民在采收高山甘蓝。"] == "caption"
    assert not any(src == "wechat" for src, _ in extract_html(html).dates)  # a post time in 2115


def test_a_letter_above_its_reply_is_text_and_far_lines_without_sentences_are_not():
    letter = "".join(f"<p>{x}</p>" for x in ("县委书记您好：", "我是某乡村民，孩子在乡中心小学读三年级，我们村离学校有十一公里。",
                                             "家长都在外面打工，只能托亲戚接送，很不安全。请问能不能开通校车？"))
    reply = "".join(f"<p>{x}</p>" for x in ("网友：您好！", "您的留言收悉。县委高度重视，责成县教委开展调查核实，现答复如下：",
                                            "经核实，您所在村共有在乡中心小学就读的学生二十三名，其中住校生十七名，走读生六名。该村到学校的道路为四级公路，"
                                            "部分路段弯急坡陡，暂不具备大型客车通行条件。",
                                            "为解决学生上学难题，县教委已协调县内一家具有资质的客运公司，使用符合标准的专用校车，"
                                            "在每周一早上和周五下午开行接送专线，沿途设置三个停靠点。",
                                            "同时，乡人民政府将对沿线急弯路段进行安全隐患整治，县公安局交巡警大队将加强校车运行期间的路面巡逻。",
                                            "该线路已于十月九日正式开行，乘车学生实行免费政策，由县财政给予补贴。",
                                            "如您还有其他问题，可与乡中心小学或县教委学生资助管理中心联系。", "感谢您的留言！"))
    html = ('<html><body><div class="bar">下载客户端，随时随地留言 <a>打开</a></div><div class="card">'
            '<div class="tags"><span>某县委书记</span><span>教育</span><span>求助</span></div>'
            '<h2>某乡学生上学路远，能否开通校车？</h2><div class="u"><span>网友（匿名）</span><span>2023-09-25发布</span></div>'
            f'<div class="m-content">{letter}</div></div><div class="reply-card"><div class="reply-tit">办理回复</div>'
            f'<div class="reply-unit">某县人民政府办公室<i>2023-10-11 11:57</i></div><div class="rc">{reply}</div></div>'
            '<div class="ops"><a>我要留言</a><a>分享</a></div></body></html>')
    ex = extract_html(html)
    lines = ex.text.splitlines()
    assert "我是某乡村民，孩子在乡中心小学读三年级，我们村离学校有十一公里。" in lines and "感谢您的留言！" in lines
    assert "县委书记您好：" in lines
    assert not any(x.startswith(("下载客户端", "某县委书记")) for x in lines)
    assert ex.date == "2023-10-11"  # the page is published with its reply


def test_a_second_h1_below_the_text_opens_another_article_and_comment_boxes_stay_out():
    first = "".join(f"<p>{x}</p>" for x in ("本报讯　眼下正是秋收秋种的关键时节，某区各镇街抢抓晴好天气，组织农户抢收晚稻。",
                                            "在清江镇的一处稻田里，收割机来回穿梭，一垄垄稻谷被收割、脱粒，装袋运走。",
                                            "截至10月17日，全区已收获晚稻18万亩，完成油菜播种12万亩，秋收秋种进度过半。",
                                            "区农业农村委提醒，各镇街要密切关注天气变化，做好农资供应和防灾减灾工作。"))
    html = ('<html><body><div class="ep-main"><div class="a1"><h1>某区秋收秋种有序推进</h1>'
            f'<div id="ozoom">{first}</div></div><div class="a2"><h1>区政府召开第十五次常务会议</h1>'
            '<p>本报讯　10月18日，区政府召开第十五次常务会议，研究部署近期重点工作。</p>'
            '<p>会议审议了《某区城市更新提升实施方案》等文件。</p></div></div>'
            '<div id="js_cmt_area"><p>留言</p><p>家长：请问托管可以选择部分时段吗？</p><p>小鱼妈妈：已报名，感谢！</p></div>'
            '</body></html>')
    ex = extract_html(html)
    lines = ex.text.splitlines()
    assert ex.title == "某区秋收秋种有序推进" and any(x.startswith("在清江镇") for x in lines)
    assert not any("常务会议" in x or "家长：" in x or "小鱼妈妈" in x for x in lines)
    rules = dict(zip(ex.lines, ex.line_rules))
    assert rules["区政府召开第十五次常务会议"].startswith("boilerplate:another-article")
    one = html.replace('<h1>区政府召开第十五次常务会议</h1>', '<h2>会议部署近期重点工作</h2>')
    assert any(x.startswith("会议审议了") for x in extract_html(one).text.splitlines())  # a subheading's section stays


def test_a_pictures_only_line_is_its_caption_and_an_announced_tables_labels_are_the_texts():
    paras = "".join(f"<p>{x}</p>" for x in ("春日的富源县胜境关，游人三三两两，沿着青石板铺就的古驿道拾级而上。",
                                            "这条古驿道曾是滇黔之间的重要通道，如今经过修缮，重新焕发生机。",
                                            "2021年起，当地启动古驿道保护修缮工程，对3.2公里的路段进行了清理和加固。"))
    fig = '<div class="img"><img src="/a.jpg"><span>修缮后的古驿道石阶</span></div>'
    ex = extract_html(f'<html><body><h1>一条古驿道的新生</h1><div id="ozoom">{paras}{fig}<p>施工中，工人们尽量使用原有石料。</p></div></body></html>')
    assert "\n\n\n修缮后的古驿道石阶" in ex.text  # a picture's gap: the line cleanup reads a caption
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in (
        ("项目名称", "某某食品有限公司年产5000吨调味品项目"), ("建设地点", "某市某区临空经济区某某路8号"),
        ("项目概况", "项目租用现有标准厂房约6800平方米，建设调味品生产线2条及配套设施，总投资4200万元，"
                     "其中环保投资96万元，废气经集气罩收集后由活性炭吸附装置处理。")))  # a long value: a form
    page = (f'<html><body><h1>关于拟批准某某项目环境影响报告表的公示</h1><div class="zw"><p>经审查，我局拟作出批准决定。'
            f'现将项目基本情况公示如下：</p><table>{rows}</table><p>公示期间，公众可通过电话、信函等方式反映意见。</p>'
            f'<p>公示期为2024年3月6日至2024年3月12日。</p></div></body></html>')
    assert "项目名称" in extract_html(page).text.split()
    grid = page.replace("现将项目基本情况公示如下：", "特此公示。")
    assert "项目名称" not in extract_html(grid).text.split()  # a form's labels, as on a letters page


def test_a_heading_with_a_report_lead_below_the_text_opens_another_article_and_a_title_date():
    """Without an e-paper system's end-of-article marker (no <founder-content>): the lead decides."""
    first = "".join(f"{x}<br>" for x in ("本报讯　4月7日，在某区清江镇河中村，一台台插秧机在水田里来回穿梭，嫩绿的秧苗整齐排列。",
                                          "今年以来，某区抢抓农时，全力推进春耕备耕，组织120余名农技人员下沉到21个镇街。",
                                          "截至目前，全区已完成粮油播栽面积42万亩，占计划的68%，春耕生产有序推进。",
                                          "（下转第二版）"))
    html = ('<html><head><title>某区日报-2022年04月08日-某区春耕备耕跑出加速度</title></head><body>'
            f'<div class="a1"><h1>某区春耕备耕跑出加速度</h1><div id="ozoom"><div class="content">{first}</div></div></div>'
            '<div class="a2"><h3>区政协开展专题视察</h3><div class="c">本报讯　（通讯员　唐　静）4月6日，区政协组织部分委员开展专题视察。'
            '<br>委员们表示，将为乡村振兴贡献力量。</div></div></body></html>')
    ex = extract_html(html)
    assert not any("政协" in x for x in ex.text.splitlines())
    assert ex.date == "2022-04-08" and "title-date" in ex.date_source
    sub = html.replace("本报讯　（通讯员　唐　静）4月6日，", "4月6日，")  # a section, no report's lead
    assert any("政协" in x for x in extract_html(sub).text.splitlines())


def test_an_e_papers_headline_list_and_hotline_box_beside_the_article():
    """Written from pages47's misses: an e-paper's 本版标题导航 list names this article first,
    a 新闻热线 box sits in the same column, both kept by the text extractors; the headline is
    the article's own <h1>, and neither box is text."""
    paras = ["5月20日下午，某区一辆公交车上，一名七旬老人突发疾病晕倒，驾驶员和乘客一起接力施救。",
             "驾驶员立即靠边停车，打开双闪，同时拨打了120急救电话。", "约10分钟后，救护车赶到，老人被送往附近医院救治。"]
    title = "老人公交车上突发疾病 司机乘客接力救助"
    html = ("<html><head><title>某某晚报数字报</title></head><body><table><tr><td>"
            f'<div class="bmdh"><b>本版标题导航</b><ul><li>{title}</li><li>某区2024年1月环境空气质量状况通报</li>'
            "<li>某区开展夏季用电安全检查</li></ul></div>"
            '<div class="rexian"><p><b>新闻热线</b></p><p>966966 拍下身边新鲜事</p><p>报料一经采用，奖励50-500元</p></div>'
            f'</td><td><div class="article"><h1>{title}</h1><div id="ozoom">'
            + "".join(f"<p>{p}</p>" for p in paras) + "</div></div></td></tr></table></body></html>")
    ex = extract_html(html)
    assert ex.title == title and ex.text.split("\n")[1:] == paras
    assert {"本版标题导航", "某区开展夏季用电安全检查", "新闻热线", "966966 拍下身边新鲜事"} <= set(ex.boilerplate)


def test_a_second_commentary_under_its_own_heading_and_byline_is_another_article():
    """Written from pages54's misses: a paper's 评论 page prints a second commentary after the
    first, an ``<h2>`` and a byline (□ 王 晓) above its paragraphs; the byline alone is
    furniture."""
    from zhframe.corpus.furniture import meta_rule

    first = ["近日，某区在城区58个社区推行“一站式”便民服务，群众在家门口就能办成事。",
             "便民服务做得好不好，群众最有发言权。", "把服务窗口前移到社区，看似是地点的变化，实则是理念的转变。",
             "当然，服务下沉不能只是“挂个牌子”“换个地方”。", "这就要求有关部门同步下放权限、配齐人员、打通数据。",
             "民生无小事，枝叶总关情。"]
    second = ["近日，某区不少社区增设了“代办员”，为行动不便的老人代办各类事项。",
              "民生工作，往往就藏在这些“小切口”里。"]
    html = ('<html><body><div class="article"><h1>让“家门口”的服务更有温度</h1><p class="author">□ 本报评论员 李　平</p>'
            "<founder-content>" + "".join(f"<p>{p}</p>" for p in first) + "</founder-content></div>"
            '<div class="article2"><h2>“小切口”里见民生大情怀</h2><p class="author">□ 王　晓</p>'
            + "".join(f"<p>{p}</p>" for p in second) + "</div></body></html>")
    ex = extract_html(html)
    assert all(p in ex.text.split("\n") for p in first) and not any(p in ex.text for p in second)
    for line in ("□ 王　晓", "□ 本报评论员 李　平", "■ 本报评论员"):
        assert meta_rule(line) == "meta:byline", line
    assert meta_rule("■ 一线直击") is None and meta_rule("□ 坚持党建引领推动发展") is None


def test_reports_in_a_column_above_the_title_are_not_the_article(monkeypatch):
    """Written from pages53's misses: an e-paper's front page sets a 报眼·短讯 column of short
    reports to the left of the article, before it in the markup, and the text extractors may
    keep it (here readability is made to, as it did on the saved page). Above the title and
    outside the text's element, it is another column. An e-paper that prints the headline
    after its text keeps the text above it."""
    from zhframe.corpus import html as html_module

    paras = ["4月18日，某区2023年第一季度重点项目集中开工活动在高新区举行，42个项目总投资186.5亿元。",
             "活动现场，机器轰鸣，车辆往来穿梭，一派繁忙景象。", "据了解，此次开工项目中，工业项目19个，总投资98.3亿元。",
             "基础设施项目11个，包括城区道路、污水管网改造、乡镇供水工程等。", "社会民生项目12个，涉及学校、医院、养老服务设施等。"]
    items = {"区人大常委会召开主任会议": "本报讯（记者 罗某）4月18日，区人大常委会召开第十次主任会议，研究近期重点工作。",
             "我区启动“护苗”春季行动": "本报讯（通讯员 谢某）近日，区文化市场综合执法支队启动“护苗”春季专项行动，检查书店23家。"}
    column = ('<div class="left"><div class="by_tit">报眼·短讯</div>'
              + "".join(f"<div><h4>{h}</h4><p>{p}</p></div>" for h, p in items.items()) + "</div>")
    html = (f'<html><body><div class="main">{column}<div class="right"><h1>某区今年首批42个重点项目集中开工</h1>'
            '<div id="ozoom">' + "".join(f"<p>{p}</p>" for p in paras) + "</div></div></div></body></html>")
    kept = "\n".join(["报眼·短讯", *(f"{h}\n{p}" for h, p in items.items()), *paras])
    monkeypatch.setattr(html_module, "_readability_text", lambda page, root=None: kept)
    html_module._extract.cache_clear()
    try:
        ex = extract_html(html)
        assert ex.text.split("\n")[1:] == paras
        assert set(items.values()) <= set(ex.boilerplate)
        below = ('<html><body><div id="ozoom">' + "".join(f"<p>{p}</p>" for p in paras)
                 + '<p class="tit">某区今年首批42个重点项目集中开工</p></div></body></html>')
        assert all(p in extract_html(below).text.split("\n") for p in paras)
    finally:
        html_module._extract.cache_clear()


def test_a_card_below_the_text_under_a_heading_of_any_wording_is_not_the_text():
    """Written from pages79's misses: a box after the text's element, headed by a short
    ``<h4>`` (价格举报, 景区导览: no vocabulary names it), is furniture; the text's own
    subheadings in ``<h3>`` inside its element stay, and so does a numbered heading after it."""
    paras = ["今年以来，巴南区发展改革委对全区12个农贸市场开展重要民生商品价格监测。",
             "监测显示，猪肉、鸡蛋、蔬菜等商品价格总体平稳，部分叶菜价格受降雨影响小幅上涨。",
             "区发展改革委相关负责人表示，将继续加强监测预警，确保市场供应充足、价格稳定。"]
    text = f"<p>{paras[0]}</p><h3>坚持监测前移</h3><p>{paras[1]}</p><p>{paras[2]}</p>"
    card = "<div class=\"tips\"><h4>价格举报</h4><p>发现哄抬价格等违法行为，请拨打12345热线举报。</p></div>"
    page = (f'<html><body><h1>巴南区开展保供稳价专项监测</h1><div class="con">{text}</div>{card}'
            "<p>（责任编辑：王敏）</p></body></html>")
    ex = extract_html(page)
    lines = ex.text.split("\n")
    assert all(p in lines for p in paras) and "坚持监测前移" in lines
    assert "发现哄抬价格等违法行为，请拨打12345热线举报。" not in lines
    numbered = "<div><h4>二、下一步工作</h4><p>区发展改革委将在节假日前后加密监测频次，及时发布价格信息。</p></div>"
    ex = extract_html(page.replace(card, numbered))
    assert "区发展改革委将在节假日前后加密监测频次，及时发布价格信息。" in ex.text.split("\n")


def test_a_framed_or_shaded_card_under_a_header_of_any_wording_is_not_the_text():
    """A card set off by its own border or shading under a short header (岗位信息, 小编提醒: no
    vocabulary names it) is furniture; a styled section around the whole text, a numbered
    section heading with a shaded bar, and an unstyled block under a short heading stay."""
    paras = ["今年，龙潭镇共开发乡村公益性岗位30个，主要包括河道巡查、森林防火、乡村保洁等。",
             "按照计划，这批岗位将重点安置脱贫人口和防止返贫监测对象。",
             "镇人力资源和社会保障服务所所长说，面试主要考察应聘人员的身体状况和责任意识。"]
    card = ('<section style="background:#fff5f0;padding:10px"><p><strong>岗位信息</strong></p>'
            "<p>岗位类型：乡村公益性岗位</p><p>岗位数量：30个</p></section>")
    body = f"<p>{paras[0]}</p><p>{paras[1]}</p>{card}<p>{paras[2]}</p>"
    ex = extract_html(f'<html><body><h1>某镇开发公益性岗位</h1><div id="js_content">{body}</div></body></html>')
    assert ex.text.split("\n")[1:] == paras and "岗位数量：30个" in ex.boilerplate
    # a slogan of two phrases as the header (全民反诈 你我同行): still a short header
    slogan = ('<section style="border:1px dashed #e60012;padding:10px"><p><strong>全民反诈 你我同行</strong></p>'
              "<p>反诈专线：96110</p><p>报警电话：110</p></section>")
    body = f"<p>{paras[0]}</p><p>{paras[1]}</p><p>{paras[2]}</p>{slogan}"
    ex = extract_html(f'<html><body><h1>某镇开发公益性岗位</h1><div id="js_content">{body}</div></body></html>')
    assert ex.text.split("\n")[1:] == paras and "反诈专线：96110" in ex.boilerplate
    # the whole text in one shaded section: the article's container
    wrapped = f'<section style="background:#f7f7f7">{"".join(f"<p>{p}</p>" for p in paras)}</section>'
    ex = extract_html(f'<html><body><h1>某镇开发公益性岗位</h1><div id="js_content">{wrapped}</div></body></html>')
    assert ex.text.split("\n")[1:] == paras
    # a numbered section under a shaded bar, and a plain block under a short heading, are the text's
    numbered = (f'<section style="background:#eef"><p><strong>一、岗位设置</strong></p><p>{paras[1]}</p></section>'
                f'<div><p><strong>面试安排</strong></p><p>{paras[2]}</p></div>')
    page = f'<html><body><h1>某镇开发公益性岗位</h1><div id="js_content"><p>{paras[0]}</p>{numbered}</div></body></html>'
    lines = extract_html(page).text.split("\n")
    assert all(p in lines for p in paras) and "面试安排" in lines and "一、岗位设置" in lines


def test_a_table_laid_pages_bold_headline_over_a_byline_below_the_text_opens_another_article():
    """Written from pages100's misses (a used set): a table-laid e-paper's 副刊 prints a poem
    after the essay, its headline set in ``<font><b>`` above a byline (□ 谭文静); without the
    byline the same bold line opens nothing."""
    html = (WEB / "pages100" / "p11_xb_fk100.html").read_bytes().decode("gb18030")  # a GBK page
    assert "<td align=\"center\">□ 谭文静</td>" in html
    ex = extract_html(html)
    assert "小城冬夜（外一首）" not in ex.text and "一半给晚归的人" not in ex.text
    assert "我想，这大概就是一座小城最好的样子：不喧哗，却一直在变好。" in ex.text.split("\n")
    assert any(r.startswith("boilerplate:another-article") for r in ex.line_rules)
    unsigned = extract_html(html.replace("<tr><td align=\"center\">□ 谭文静</td></tr>", ""))
    assert not any(r.startswith("boilerplate:another-article") for r in unsigned.line_rules)


def test_a_title_over_two_lines_with_its_subtitle_is_whole_when_the_title_tag_names_both():
    """Written from pages102's miss: a speech's title and its ——occasion line set on two lines,
    which ``<title>`` gives whole, is the page's title; an unnamed ——line below stays apart."""
    body = "".join(f"<p>{p}</p>" for p in ("各位代表：", "现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员提出意见。",
                                           "过去一年，全县上下攻坚克难、砥砺奋进，经济社会发展取得新成效，地区生产总值增长6.1%。"))

    def page(title_tag):
        return (f"<html><head><title>{title_tag}</title></head><body><table><tr><td><font size=\"5\"><b>政府工作报告</b>"
                "</font></td></tr><tr><td>——2024年1月19日在某县第十八届人民代表大会第四次会议上</td></tr></table>"
                f"<div class=\"content\">{body}</div></body></html>")

    whole = "政府工作报告——2024年1月19日在某县第十八届人民代表大会第四次会议上"
    assert extract_html(page(whole + "_某县人民政府")).title == whole
    assert extract_html(page("政府工作报告_某县人民政府")).title == "政府工作报告"


def test_an_e_papers_masthead_date_beside_its_serial_number_dates_the_page():
    """Written from pages84's miss: the masthead's issue date sits beside the paper's
    国内统一连续出版物号：CN11-6926, which is no text around the date."""
    html = ('<html><body><div class="banner"><span>2024年05月28日 星期二</span><span>国内统一连续出版物号：CN11-6926'
            '</span></div><div class="bcnav">第A07版：县域经济 <a>上一版</a> <a>下一版</a> <a>PDF版</a></div><ul>'
            + "".join(f"<li><a>第A0{n}版：{name}</a></li>" for n, name in ((4, "要闻"), (5, "综合"), (6, "产业"), (8, "市场")))
            + '</ul><div class="article"><h1>丰都打造肉牛全产业链</h1><div class="content">'
            + "".join(f"<p>{p}</p>" for p in ("近年来，丰都县把肉牛产业作为乡村振兴主导产业来抓，着力构建全产业链。",
                                              "截至目前，全县肉牛存栏达到18.6万头，年出栏肉牛9.2万头。"))
            + "</div></body></html>")
    assert extract_html(html).date == "2024-05-28"


def test_a_glossary_header_the_extractors_drop_still_heads_its_entries():
    """Written from pages102's misses (a used set): trafilatura keeps a 名词解释 box's entries
    (1.康养旅游：指…) but drops its header; the header is kept so that the entries are read as a
    glossary, not as the text's numbered list."""
    from zhframe.cleanup import clean_page

    html = (WEB / "pages102" / "p05_xzf_gzbg102.html").read_bytes().decode("gb18030")  # a GBK page
    ex = extract_html(html)
    assert "名词解释：" in ex.text.split("\n")
    blocks = clean_page(html)["blocks"]
    kinds = dict(zip(blocks["text"], blocks["kind"]))
    assert kinds["1.康养旅游：指以健康养生、休闲度假为主要内容的旅游活动。"] == "glossary"


def test_a_framed_card_under_a_ten_character_header_is_not_the_text():
    """Written from pages95's misses (a used set): a hotline card framed by a border under its
    header 妇女维权公益服务热线 (ten characters) at the end of a post is a card, not the text."""
    html = (WEB / "pages95" / "p03_fl_mp_wq95.html").read_bytes().decode("utf-8")
    ex = extract_html(html)
    lines = ex.text.split("\n")
    assert "12338" not in lines and "妇女维权公益服务热线" not in lines
    assert "用人单位不得因女职工怀孕、生育、哺乳降低其工资，或者予以辞退、与其解除劳动合同。" in lines


def test_a_framed_card_whose_header_names_an_event_and_its_year_is_not_the_text():
    """Written from pages159's miss (a used set): a village post's programme card, framed by a
    border, under 东山村2025年村晚节目单 (a year in it, fourteen characters) between two
    paragraphs is a card, not the text."""
    html = (WEB / "pages159" / "p10_cun_mp_cw159.html").read_bytes().decode("utf-8")
    ex = extract_html(html)
    lines = ex.text.split("\n")
    assert "东山村2025年村晚节目单" not in lines and "1. 腰鼓《鼓舞新春》——村腰鼓队" not in lines
    assert "今年的村晚，所有节目都由村民自己编、自己演，前后排练了一个多月。" in lines
    assert "开场节目是村里腰鼓队的《鼓舞新春》。二十多位阿姨穿着大红的演出服，鼓点一响，台下就跟着拍起了手。" in lines


def test_a_data_table_between_two_lines_of_the_text_is_the_texts():
    """Written from pages107's misses (a used set): an annual report's table stands outside the
    text's element, between 二、主动公开政府信息情况 and 三、…, and no extractor keeps it; its rows
    are the text's."""
    html = (WEB / "pages107" / "p05_xzf_zwgknb107.html").read_bytes().decode("gb18030")  # a GBK page
    ex = extract_html(html)
    assert "规章\t0\t0\t0" in ex.text.split("\n")
    assert any(r.startswith("article:table-inside-text") for r in ex.line_rules)


def test_a_summary_box_above_the_text_is_not_the_text():
    """Written from pages108's miss (a used set): a finance site's ``article-summary`` box
    repeats the gist above the text, which one extractor keeps; the box is furniture."""
    html = (WEB / "pages108" / "p04_jmw_cjbd108.html").read_text(encoding="utf-8")
    ex = extract_html(html)
    lines = ex.text.split("\n")
    assert "前三季度重庆出口汽车38.7万辆，新能源汽车出口增长43.5%。" not in lines
    assert any(x.startswith("10月21日，重庆海关发布数据显示") for x in lines)


_META_PAGES = [WEB / "h01_gov.html", WEB / "h02_news.html", WEB / "h03_epaper.html",
               *sorted((WEB / "pages6").glob("*.html"))[:4], *sorted((WEB / "pages30").glob("*.html"))[:4]]


@pytest.mark.parametrize("page", _META_PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_the_metadata_read_step_by_step_is_trafilaturas_own(page):
    """The step-by-step metadata (without trafilatura's byline search) gives trafilatura's own
    title, URL, date and site name: a trafilatura upgrade that changes a step shows here."""
    from trafilatura.metadata import extract_metadata
    from trafilatura.utils import load_html

    from zhframe.corpus.encodings import decode_bytes
    from zhframe.corpus.html import _trafilatura_metadata

    html = decode_bytes(page.read_bytes(), "<page>", as_page=False)[0]
    ours = _trafilatura_metadata(load_html(html))
    theirs = extract_metadata(load_html(html), None, {"extensive_search": False, "original_date": True})
    assert [ours[k] for k in ("title", "url", "date", "sitename")] == \
        [getattr(theirs, k) for k in ("title", "url", "date", "sitename")]
    assert ours["title"]  # the pages have titles: the comparison is not of Nones


@pytest.mark.parametrize("name", ["p11_dsb_msb119.html", "p12_dsb_msb119.html"])
def test_a_box_after_an_epapers_end_of_article_is_not_the_text(name):
    """pages119 (a development set): the 民生热线 box below Founder's <!--/enpcontent--> (p11) or
    below its <founder-content> element (p12) is boilerplate, though two extractors keep it."""
    from zhframe.corpus.encodings import decode_bytes

    ex = extract_html(decode_bytes((WEB / "pages119" / name).read_bytes(), "<page>", as_page=False)[0])
    rules = dict(zip(ex.lines, ex.line_rules))
    box = next(x for x in ex.lines if x.startswith("民生热线"))
    assert rules[box].startswith("boilerplate:after-content-end")
    assert not any(r.startswith("boilerplate:after-content-end") for x, r in rules.items() if "本报讯" in x)


def test_two_laid_out_articles_leave_the_end_marker_unread():
    from zhframe.corpus.pageboxes import _after_content_end
    from zhframe.corpus.pagelines import _page

    one = "<founder-content><p>第一篇的正文，写得很长很长。</p></founder-content><div>热线框：欢迎拨打。</div>"
    root, plines, lines = _page(f"<html><body>{one}</body></html>")
    assert [lines[i] for i in _after_content_end(root, plines)] == ["热线框：欢迎拨打。"]
    root, plines, _ = _page(f"<html><body>{one}{one}</body></html>")
    assert _after_content_end(root, plines) == set()


def test_nothing_below_a_storys_closing_mark_is_the_text():
    """pages134 p07 (a development page): a gallery strip's captions below 中新网's （完） are kept by
    two extractors but are no lines of the text; a page with two marks (two reports) is left alone."""
    from zhframe.corpus.encodings import decode_bytes
    from zhframe.corpus.pageboxes import _after_end_mark

    ex = extract_html(decode_bytes((WEB / "pages134" / "p07_zxw_df134.html").read_bytes(), "<page>", as_page=False)[0])
    rules = dict(zip(ex.lines, ex.line_rules))
    for caption in ("老货仓变身展厅", "沿江步道夜景", "非遗手作工坊"):
        assert rules[caption].startswith("boilerplate:after-end-mark"), rules[caption]
        assert caption not in ex.text.split("\n")
    assert rules["（完）"].startswith("article:")
    lines = ["第一篇正文。（完）", "图集一", "第二篇正文。", "（完）", "图集二"]
    assert _after_end_mark(lines, [0, 1, 2, 3, 4]) == []
    assert _after_end_mark(lines[:3], [0, 1, 2]) == [1, 2]


def test_a_news_apps_page_data_dates_a_page_with_no_visible_date():
    """pages125 p07 (a development page): no date on the page but its script's page data
    (window.DATA …"pubtime"…); a related list's dates do not outvote it."""
    from zhframe.corpus.encodings import decode_bytes

    ex = extract_html(decode_bytes((WEB / "pages125" / "p07_txxw_df125.html").read_bytes(), "<page>", as_page=False)[0])
    assert ex.date == "2024-11-02" and "script" in ex.date_source


def test_a_framed_cards_header_may_carry_a_bracketed_qualifier():
    """pages125 p10 (a development page): a framed 节目单（节选） card inside a post is not its text."""
    from zhframe.corpus.encodings import decode_bytes
    from zhframe.corpus.pageboxes import _FRAMED_HEADER

    assert _FRAMED_HEADER.match("晚会节目单（节选）") and not _FRAMED_HEADER.match("今年的节目（一共14个）很精彩。")
    ex = extract_html(decode_bytes((WEB / "pages125" / "p10_cun_mp_cw125.html").read_bytes(), "<page>", as_page=False)[0])
    rules = dict(zip(ex.lines, ex.line_rules))
    card = [x for x in ex.lines if x.startswith(("晚会节目单", "1.腰鼓", "4.诗朗诵"))]
    assert len(card) == 3 and all(rules[x].startswith("boilerplate:aside-box") for x in card)


def test_an_epaper_headline_named_by_the_pages_headline_list_beats_a_first_sentence():
    """pages111 p11 (a development page): no metadata names the headline, the page's 本版标题 list
    links to it, and the text's first line is a short sentence closed by 。 in a larger font."""
    from zhframe.corpus.encodings import decode_bytes

    ex = extract_html(decode_bytes((WEB / "pages111" / "p11_db_ywb111.html").read_bytes(), "<page>", as_page=False)[0])
    assert ex.title == "以实干实绩践行初心使命"


def test_a_gallerys_captions_named_with_a_hyphen_are_captions():
    """pages111 p04 (a development page): a TRS gallery's <p class="pic-txt"> captions are no
    paragraphs of the text; a gallery page's own text in class pic-text (pages28 t11) still is."""
    from zhframe.cleanup import clean_page
    from zhframe.cleanup.page import article_text
    from zhframe.corpus.encodings import decode_bytes

    page = clean_page(decode_bytes((WEB / "pages111" / "p04_xzf_fzjz111.html").read_bytes(), "<page>", as_page=False)[0])
    assert "消防员指导市民使用灭火器。" not in article_text(page["blocks"]).split("\n")
    page = clean_page(decode_bytes((WEB / "pages28" / "t11_xinhua_tuji_caption.html").read_bytes(), "<page>",
                                   as_page=False)[0])
    assert any(x.startswith("当地还修建了茶园观光步道") for x in article_text(page["blocks"]).split("\n"))


def test_a_dateline_cut_off_its_lead_goes_back_on_the_leads_line():
    # the brief's convention and a reader's copy: 本报讯（记者 …） runs into the lead, one line
    from zhframe.cleanup import clean_article
    from zhframe.cleanup.page import article_text

    lead, nxt = "8月13日，合川区预制菜产业园一期项目正式投产。", "该产业园位于合川高新区草街拓展区，一期占地320亩。"
    blocks = clean_article(f"某产业园一期项目投产\n\n本报讯（记者 罗晓峰）{lead}\n\n{nxt}\n")
    assert "meta:dateline-lead" in set(blocks["rule"])
    assert article_text(blocks).split("\n") == ["本报讯（记者 罗晓峰）" + lead, nxt]
