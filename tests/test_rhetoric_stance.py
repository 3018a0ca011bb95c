"""Self-reference, modal and directive words; theme frames."""

from zhframe.rhetoric.frames import theme_counts, themes
from zhframe.rhetoric.stance import district_names, stance_counts


def test_first_and_third_person_and_name():
    c = stance_counts("我区认真落实。该区坚持人民至上。北碚区委、北碚高校、全区党员。", district_names("北碚区"))
    assert (c["first_person"], c["third_person"], c["name"], c["collective"]) == (1, 1, 2, 1)
    assert c["directive"] == 2


def test_longest_match_shields_yao_inside_words():
    c = stance_counts("这是重要内容，主要领导要求必须做到，我们要坚持。")
    assert (c["modal"], c["directive"]) == (2, 1)


def test_theme_lexicon_shields_the_campaign_name():
    c = theme_counts("党史学习教育进校园，开展学习和宣讲，青少年参加，建成养老服务中心。")
    assert c["study"] == 1 and c["lectures"] == 1 and c["youth"] == 2 and c["livelihood"] == 1
    assert set(themes()) == {"study", "lectures", "heritage", "livelihood", "organisation",
                             "youth", "culture"}
