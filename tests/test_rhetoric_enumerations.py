"""Enumerative formulas and their items."""

from zhframe.rhetoric.enumerations import find_enumerations, formula_size, split_items


def test_formula_items_spelled_out_before_it():
    df = find_enumerations("突出做好保护文物、讲好故事和活用资源“三篇文章”，切实把资源用好。")
    (row,) = df.itertuples()
    assert (row.kind, row.expression, row.n, row.items, row.complete) == (
        "formula", "三篇文章", 3, ["保护文物", "讲好故事", "活用资源"], True)


def test_formula_items_in_a_quoted_list_with_deng():
    df = find_enumerations("参加“讲一个红色故事、唱一首红色歌曲、读一本红色书籍”等“三个一”主题实践活动。")
    (row,) = df[df["kind"] == "formula"].itertuples()
    assert row.items == ["讲一个红色故事", "唱一首红色歌曲", "读一本红色书籍"] and row.complete


def test_formula_items_after_it_may_be_incomplete():
    df = find_enumerations("创新开展了“六百”活动，启动了百听开州、百图开州、百镜开州、百诗开州作品征集活动。")
    (row,) = df.itertuples()
    assert (row.n, row.items, row.complete) == (6, ["百听开州", "百图开州", "百镜开州", "百诗开州"], False)


def test_formula_without_items_and_plus_formula_size():
    df = find_enumerations("在“两个一百年”奋斗目标历史交汇的关键节点")
    assert list(df["expression"]) == ["两个一百年"] and df["n_items"].iloc[0] == 0
    assert formula_size("1+1+1+4") == 7 and formula_size("七个一") == 7   # 7 documents, #14


def test_counted_list_only_when_number_matches_items():
    df = find_enumerations("建立了天府煤矿、草街乡、龙凤乡、黄桷镇四个党支部。走访了甲村、乙村5个村。")
    (row,) = df.itertuples()
    assert (row.kind, row.n, row.items) == ("counted_list", 4, ["天府煤矿", "草街乡", "龙凤乡", "黄桷镇"])


def test_ordinal_series():
    df = find_enumerations("要做到三点：一是加强学习，二是深入调研；三是狠抓落实。其他。")
    (row,) = df.itertuples()
    assert (row.kind, row.n, row.items) == ("ordinal_series", 3, ["加强学习", "深入调研", "狠抓落实"])


def test_split_items_keeps_titles_whole():
    assert split_items("《甲和乙》、《丙》和《丁》") == ["《甲和乙》", "《丙》", "《丁》"]


def test_formula_sizes_of_general_shapes_and_lexicon():
    assert formula_size("一站八部") == 9 and formula_size("三会一课") == 4
    assert formula_size("四大班子") == 4 and formula_size("1+3") == 4


def test_article_record_merges_body_and_glossary():
    from zhframe.rhetoric.enumerations import article_enumerations
    blocks = ["研究制定“1+2”工作方案，细化任务分解。", "名词解释", "“1+2”工作方案",
              "即1个《总体方案》和《学习方案》《宣讲方案》2个子方案。"]
    df = article_enumerations(blocks)
    rec = df[df["expression"] == "1+2"]
    assert len(rec) == 1 and rec["count"].iloc[0] == 3
    assert rec["items"].iloc[0] == ["总体方案", "学习方案", "宣讲方案"] and rec["complete"].iloc[0]
    sub = df[df["expression"] == "2个子方案"]
    assert sub["items"].iloc[0] == ["学习方案", "宣讲方案"]


def test_general_shapes_without_lexicon_entry():
    from zhframe.rhetoric.enumerations import article_enumerations
    df = article_enumerations("聚焦“一老一小、一旧一危”，落实“学、思、践”，打造“一站三部”，即1个服务站和"
                              "调解部、就业部、养老部。明确三项任务，包括强化保障、优化服务和化解纠纷。"
                              "坚持“一件事一次办”，开展“一人一艺”。")
    got = dict(zip(df["expression"], df["count"]))
    assert got == {"一老一小、一旧一危": 4, "学、思、践": 3, "一站三部": 4, "三项任务": 3}
    assert df.set_index("expression").loc["一站三部", "items"] == ["服务站", "调解部", "就业部", "养老部"]
