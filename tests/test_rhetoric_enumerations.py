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
    assert formula_size("1+1+1+4") == 4 and formula_size("七个一") == 7


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
