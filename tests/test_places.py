"""Place names from the manifest, short forms, and self-reference without proper nouns."""

import pandas as pd
import pytest

from zhframe.corpus.places import (mask_terms, place_columns, place_names, self_reference_spans,
                            self_reference_terms, short_forms)


def test_short_forms():
    assert short_forms("龙马潭区") == ["龙马潭", "龙马潭区"]
    assert short_forms("嘉定镇") == ["嘉定", "嘉定镇"]
    assert short_forms("梅縣區") == ["梅縣", "梅縣區"]
    assert short_forms("城区") == ["城区"] and short_forms("") == []


def test_place_names_from_any_column_whatever_the_grouping():
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "district": ["北碚区", "开州区"],
                           "district_pinyin": ["Beibei", "Kaizhou"], "city": ["重庆市", "重庆市"],
                           "topic": ["党史学习教育", "党史学习教育"]})
    assert place_columns(corpus) == ["district"]           # 重庆市 tells no article apart
    assert place_columns(corpus, distinguishing=False) == ["district", "city"]
    assert place_names(corpus) == {"a": ["北碚区"], "b": ["开州区"]}
    assert place_names(corpus, "district") == {"a": ["北碚区"], "b": ["开州区"]}
    terms = mask_terms(corpus, by="district_pinyin")
    assert {"北碚", "北碚区", "开州", "开州区", "我区", "该区"} <= set(terms)
    with pytest.raises(ValueError, match="no column 'place'"):
        place_names(corpus, "place")


def test_self_reference_terms():
    assert self_reference_terms(["龙马潭区"]) == ["龙马潭", "龙马潭区"]
    assert "我区" in self_reference_terms(["龙马潭区"], generic=True)


def test_proper_nouns_are_excluded():
    text = ("北碚区融媒体中心主持人讲述。中共北碚特支坚持斗争。北碚区委理论学习中心组学习。"
            "北碚持续推动。启动了百听开州、百图开州、百镜开州作品征集，“百年辉煌·百诗开州”，"
            "《红色开州 百年锦绣》特展。开州全区参加。南山区区长表示。地址：温江区柳城街道。")
    found = [t for _, _, t in self_reference_spans(text, ["北碚区", "开州区", "南山区", "温江区"])]
    assert found == ["北碚", "开州"]


def test_quoted_speech_still_counts():
    text = "“让我们了解了许多发生在北碚的革命故事。”学生说。"
    assert [t for *_, t in self_reference_spans(text, ["北碚区"])] == ["北碚"]
