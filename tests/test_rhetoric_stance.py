"""Self-reference, modal and directive words; theme frames."""

from zhframe.rhetoric.frames import theme_counts, themes
from zhframe.rhetoric.stance import district_names, stance_counts


def test_first_and_third_person_and_name():
    c = stance_counts("我区认真落实。该区坚持人民至上。北碚区委、北碚高校、全区党员。", district_names("北碚区"))
    # 北碚区委 is an organisation's name, not the report naming its district (#14)
    assert (c["first_person"], c["third_person"], c["name"], c["collective"]) == (1, 1, 1, 1)
    assert c["directive"] == 2


def test_names_inside_proper_nouns_are_not_self_reference():
    text = ("北碚区融媒体中心启动活动，中共北碚特支坚持斗争，北碚持续推进。"
            "启动了百听开州、百图开州、百镜开州征集活动，开州全区参加，“百年辉煌·百诗开州”。")
    c = stance_counts(text, district_names("北碚区") + district_names("开州区"))
    assert c["name"] == 2


def test_paragraph_features_read_place_names_whatever_the_grouping():
    import pandas as pd
    from zhframe.rhetoric.features import paragraph_features
    paras = pd.DataFrame({"doc_id": ["a", "b"], "text": ["龙马潭区召开会议，龙马潭持续推进。", "嘉定镇开展活动。"],
                          "district": ["龙马潭区", "嘉定镇"], "district_pinyin": ["Longmatan", "Jiading"]})
    f = paragraph_features(paras)
    assert list(f["name"]) == [2, 1]
    assert list(paragraph_features(paras, place_columns="district")["name"]) == [2, 1]


def test_longest_match_shields_yao_inside_words():
    c = stance_counts("这是重要内容，主要领导要求必须做到，我们要坚持。")
    assert (c["modal"], c["directive"]) == (2, 1)


def test_theme_lexicon_shields_the_campaign_name():
    c = theme_counts("党史学习教育进校园，开展学习和宣讲，青少年参加，建成养老服务中心。")
    assert c["study"] == 1 and c["lectures"] == 1 and c["youth"] == 2 and c["livelihood"] == 1
    assert set(themes()) == {"study", "lectures", "heritage", "livelihood", "organisation",
                             "youth", "culture"}
