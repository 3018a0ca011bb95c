"""Numeric rhetoric: values, units, approximation, kinds, counted phrases."""

import math
from decimal import Decimal as D
from pathlib import Path

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
    # values are exact now (issue #26): Decimal("4.1"), not the binary float 4.1
    assert got == [(2, "小时", True), (D("0.5"), "工作日", False), (D("4.1"), "百分点", False),
                   (1000, "户", True), (10000, "人次", True), (100000, "元", True),
                   (35000, "人次", False), (20000, "人次", True), (D("1.8"), "", True)]


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


# ---- issue #26 item 3: exact values and short evidence spans ----------------------------

@pytest.mark.parametrize("sentence, value, unit", [
    ("全国社会消费品零售总额114.4万亿元。", 114_400_000_000_000, "元"),
    ("峰值运算速度达每秒9.3亿亿次。", 93_000_000_000_000_000, "次"),
    ("存款余额达1.2千亿元。", 120_000_000_000, "元"),
    ("预算收入20.37万亿元。", 20_370_000_000_000, "元"),
])
def test_compound_magnitudes_are_one_exact_claim_with_their_unit(sentence, value, unit):
    df = claims(sentence)
    assert len(df) == 1                              # 1.2千亿元 was two claims
    (v, u), = zip(df["value"], df["unit"])
    assert (v, u) == (value, unit) and isinstance(v, int)


def test_kilo_units_are_not_multipliers():
    df = claims("建成500千伏变电站，1千克垃圾，步行5千米，筹资3千万元，突破1万亿美元。")
    assert [(v, u) for v, u in zip(df["value"], df["unit"])] == [
        (500, ""), (1, ""), (5, "千米"), (30_000_000, "元"), (1_000_000_000_000, "")]


def test_long_counts_keep_exact_digits_and_never_become_inf():
    from zhframe.rhetoric.numbers import format_value
    digits20 = "12345678901234567891"
    (v,) = claims(f"累计{digits20}人次参与。")["value"]
    assert v == int(digits20) and format_value(v) == digits20
    big = "9" * 400
    (v,) = claims(f"共有{big}名。")["value"]
    assert v == int(big) and format_value(v) == big
    assert parse_number("3.5万") == 35000 and parse_number("0.1") + parse_number("0.2") == D("0.3")
    assert format_value(D("94.30")) == "94.3" and format_value(float("nan")) == ""


def test_each_row_holds_a_short_evidence_span_not_its_sentence():
    from zhframe.rhetoric.numbers import EVIDENCE_CHARS
    sentence = "，".join(f"第{i}村建成{i}个服务点" for i in range(1, 400)) + "。"
    df = find_numbers(sentence)
    assert len(df) > 300
    longest = max(len(t) for t in df["text"])
    assert df["sentence"].str.len().max() <= longest + 2 * EVIDENCE_CHARS
    # the span is around its number and inside its sentence
    for t, ev in zip(df["text"].head(20), df["sentence"].head(20)):
        assert t in ev
    df = find_numbers("开展学习900余次。成效明显。")
    assert list(df["sentence"]) == ["开展学习900余次。"]


def test_output_grows_linearly_with_input():
    # 16 KB of input gave 32 MB of output when every row repeated its whole sentence
    text = "，".join(f"新建{i}个站点" for i in range(1500)) + "。"
    df = find_numbers(text)
    size = sum(len(s) for s in df["sentence"])
    assert size < 60 * len(df) and size < 10 * len(text)


# ---- issue #24: look-alikes of unseen local reports --------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("下午3时，召开会议。", "time"), ("14时30分许，救援队伍抵达。", "time"),
    ("晚上8点，演出开始。", "time"), ("学习十九届六中全会精神。", "ordinal"),
    ("三届人大二次会议期间", "ordinal"), ("落实新十条措施。", "name"), ("两项制度衔接", "name"),
    ("一群00后志愿者", "cohort"), ("字数：1865 浏览次数：2376", "id"), ("阅读 3562", "id"),
])
def test_local_report_look_alikes_are_not_claims(text, kind):
    df = find_numbers(text)
    assert claims(text).empty, claims(text)
    assert kind in set(df["kind"])


def test_counts_next_to_look_alikes_stay_claims():
    df = claims("下午3时，32个部门参加；提出3点意见；阅读300余本书；90后占六成以上。")
    assert [(v, u) for v, u in zip(df["value"], df["unit"])] == [(32, "个"), (3, ""), (300, "本"), (6, "成")]


def test_local_sentences_precision_and_recall():
    from zhframe.rhetoric.evaluate import local_numbers
    scores, _ = local_numbers(Path(__file__).parent / "data" / "rhetoric")
    s = scores.set_index(["family", "set"])
    for part in ("local_dev", "local_heldapart"):
        assert s.loc[("numbers", part), "precision"] >= 0.9
        assert s.loc[("numbers", part), "recall"] >= 0.9
        assert s.loc[("lookalikes", part), "recall"] >= 0.9


def test_exact_values_survive_a_table_with_dates():
    # a NaN date beside a big int must not turn the value column into binary floats
    df = find_numbers("2021年6月，累计93000000000000000001人次，增长4.1%。")
    vals = list(df.loc[df["kind"] == "claim", "value"])
    assert vals == [93000000000000000001, D("4.1")] and df["value"].dtype == object


def test_numbers_command_output_is_a_small_multiple_of_its_input(tmp_path, capsys):
    # issue #26: 16 KB of input gave 32 MB of output (each row repeated its sentence)
    from zhframe.run.cli import main
    sentence = "，".join(f"新建{i}个站点" for i in range(1, 1200)) + "。\n"
    f = tmp_path / "long.txt"
    f.write_text(sentence, encoding="utf-8")
    assert main(["numbers", str(f)]) == 0
    out = capsys.readouterr().out
    assert len(out.encode()) < 20 * len(sentence.encode())
    assert out.count("\n") > 1000                    # every number still has its row
