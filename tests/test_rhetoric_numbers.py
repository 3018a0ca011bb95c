"""Numeric rhetoric: values, units, approximation, kinds, counted phrases."""

import math

import pytest

from zhframe.rhetoric.numbers import find_numbers, number_summary, parse_chinese_numeral, parse_number


@pytest.mark.parametrize("written, value", [
    ("3.5万", 35000), ("2.87万", 28700), ("1720", 1720), ("两", 2), ("二十六", 26), ("百", 100),
    ("一万二千", 12000), ("二〇二一", 2021), ("十", 10), ("三亿五千万", 350_000_000),
])
def test_parse_number(written, value):
    assert parse_number(written) == value


def test_parse_chinese_numeral_rejects_words():
    with pytest.raises(ValueError):
        parse_chinese_numeral("党史")


def claims(text):
    df = find_numbers(text)
    return df[df["kind"] == "claim"]


def test_hard_cases_values_units_and_approximation():
    df = claims("全区3.5万名党员开展学习900余次，筹资约100万元，发放60多万元，覆盖近1000户村民，共计百余。")
    assert list(df["value"]) == [35000, 900, 1_000_000, 600_000, 1000, 100]
    assert list(df["unit"]) == ["名", "次", "元", "元", "户", ""]
    assert list(df["approximate"]) == [False, True, True, True, True, True]
    assert list(df["marker"]) == ["", "余", "约", "多", "近", "余"]


def test_counted_after_noun_measure_words_and_before_event_ones():
    df = claims("全区1720个党组织、3.5万名党员开展中心组学习900余次，新建公共停车场10个。")
    assert list(df["counted"]) == ["党组织", "党员", "中心组学习", "公共停车场"]


def test_dates_ordinals_titles_and_formulas_are_not_claims():
    text = ("2021年6月23日，举行庆祝建党100周年竞赛。3月17日，完成第七批申报和第二十六届合唱节，"
            "演出《庆祝建党100周年》，在“两个一百年”目标交汇点，落实“学习新思想 共赞100年 奋进新征程”。")
    df = find_numbers(text)
    assert list(df["kind"]) == ["date", "anniversary", "date", "ordinal", "ordinal", "title",
                                "name", "name"]
    assert claims(text).empty
    assert math.isnan(df["value"].iloc[0])
    assert list(df[df["kind"] == "ordinal"]["value"]) == [7, 26]


def test_chinese_words_that_look_like_numbers_are_not_numbers():
    text = "十分必要，百年华诞，一体化建设，一面党旗前，一次次学习研讨，五一技校，千方百计。"
    assert find_numbers(text).empty


def test_chinese_numeral_with_measure_word_is_a_claim():
    (row,) = claims("先后建立了四个党支部").itertuples()
    assert (row.value, row.unit, row.counted) == (4, "个", "党支部")


def test_number_in_reported_speech_stays_a_claim():
    df = claims("“今年我们办了30件实事，群众很满意。”负责人表示。")
    assert list(df["value"]) == [30]


def test_summary_rates_and_sentence_share():
    s = number_summary("开展学习900余次。成效明显。举办讲座40场。")
    assert s["n_claims"] == 2 and s["n_sentences"] == 3
    assert s["share_sentences_with_claim"] == pytest.approx(2 / 3)
    assert s["claims_per_1k"] == pytest.approx(1000 * 2 / 23)
    assert s["n_approximate"] == 1


def test_rejects_non_text():
    with pytest.raises(ValueError):
        find_numbers(None)


def test_web_page_look_alikes_are_not_claims():
    text = ("发布时间：2021-07-02 18:12:36 浏览次数：1523。学习党的十九届六中全会精神，"
            "地址：柳城街道德通桥路366号 联系电话：028-82712345 网站标识码：5101150001 蜀ICP备05012345号。"
            "让千家万户得实惠，一心一意抓发展，打通最后一公里，每万人拥有量。")
    df = find_numbers(text)
    assert claims(text).empty, claims(text)
    assert {"date", "time", "id", "phone", "address", "ordinal"} <= set(df["kind"])


def test_measure_word_after_ge_vague_and_traditional():
    df = claims("调解了2个多小时，压缩至0.5个工作日，提高4.1个百分点，数千户，上万人次，十几万元，"
                "接待三萬五千人次、兩萬餘人次，至少1.8以内。")
    got = [(v, u, a) for v, u, a in zip(df["value"], df["unit"], df["approximate"])]
    assert got == [(2, "小时", True), (0.5, "工作日", False), (4.1, "百分点", False),
                   (1000, "户", True), (10000, "人次", True), (100000, "元", True),
                   (35000, "人次", False), (20000, "人次", True), (1.8, "", True)]


def test_values_print_exactly():
    from zhframe.rhetoric.numbers import format_value
    assert [format_value(v) for v in (2500001.0, 35000.0, 94.3, 0.5, float("nan"))] == \
        ["2500001", "35000", "94.3", "0.5", ""]


def test_numbers_command_prints_exact_values(tmp_path, capsys):
    from zhframe.run.cli import main
    f = tmp_path / "a.txt"
    f.write_text("全区共投入资金2500001元，另有1234567.5元。\n", encoding="utf-8")
    assert main(["numbers", str(f)]) == 0
    out = capsys.readouterr().out
    assert ",2500001,元," in out and ",1234567.5,元," in out and "e+" not in out


def test_counter_words_without_a_colon_keep_their_claims():
    df = claims("组织党员阅读300余本书，浏览展板20块。阅读：4521")
    assert list(df["value"]) == [300, 20]
