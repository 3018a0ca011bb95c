"""Tests of zhframe.run.precheck: which corpora can be compared by a column, in one sentence each."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from zhframe.corpus import load_corpus
from zhframe.infra.errors import InputError
from zhframe.run.precheck import check_comparable, check_group_column, user_columns

ROOT = Path(__file__).resolve().parents[1]
A = "北碚区开展党史学习教育\n\n全区各级党组织迅速行动，广泛开展专题学习。\n\n广大党员干部深入基层，为群众办实事。\n"
B = "开州区举办专题宣讲会议\n\n宣讲团深入乡镇社区开展宣讲，群众踊跃参加。\n\n干部职工认真学习，推动工作落实。\n"


def corpus(tmp_path, texts, groups, column="grp"):
    folder = tmp_path / "c"
    folder.mkdir()
    lines = [f"doc_id,file,sha256,{column}"]
    for i, (t, g) in enumerate(zip(texts, groups)):
        data = t.encode("utf-8")
        (folder / f"{i}.txt").write_bytes(data)
        lines.append(f'd{i},{i}.txt,{hashlib.sha256(data).hexdigest()},"{g}"')
    (folder / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_corpus(folder)


def test_seeds_are_comparable_by_district_and_pinyin():
    df = load_corpus(ROOT / "seeds")
    for by in ("district", "district_pinyin"):
        check_comparable(df, by)
    assert "text" not in user_columns(df) and "district" in user_columns(df)


def test_good_corpus_passes_and_returns_sorted_groups(tmp_path):
    df = corpus(tmp_path, [A, B], ["乙", "甲"])
    assert check_group_column(df, "grp") == sorted(["乙", "甲"])
    check_comparable(df, "grp")


@pytest.mark.parametrize("groups, fragment", [
    (["甲", ""], "line 3 (doc_id d1): empty 'grp' value"),
    (["甲", "甲"], "one value only"),
    (["$x$", "乙"], "'$'"),
    (["北碚🎉", "乙"], "emoji (U+1F389)"),
    (["北\u200b碚", "乙"], "invisible formatting character (U+200B)"),
    (["北\u2028碚", "乙"], "line separator"),
    (["北\t碚", "乙"], "control character"),
])
def test_group_values_that_cannot_be_compared_or_drawn(tmp_path, groups, fragment):
    df = corpus(tmp_path, [A, B], groups)
    with pytest.raises(InputError, match=r"manifest\.csv: ") as info:
        check_comparable(df, "grp", clean=False)
    assert fragment in str(info.value)


def test_unknown_or_internal_column_lists_only_the_users_columns(tmp_path):
    df = corpus(tmp_path, [A, B], ["甲", "乙"])
    for by in ("outlet", "text", "path", "n_chars"):
        with pytest.raises(InputError, match=r"columns: doc_id, file, sha256, grp\)$"):
            check_group_column(df, by)


@pytest.mark.parametrize("texts, fragment", [
    ([A, A], "same text as doc_id d0"),
    ([A, A.replace("\n\n", "\n \n")], "same text as doc_id d0"),
    ([A, "2021 2022\n100%，3.5\n"], "only numbers and punctuation"),
    ([A, "。。。！？\n"], "only numbers and punctuation"),
])
def test_degenerate_texts(tmp_path, texts, fragment):
    df = corpus(tmp_path, texts, ["甲", "乙"])
    with pytest.raises(InputError, match=fragment):
        check_comparable(df, "grp", clean=False)


def test_same_text_within_one_group_is_allowed(tmp_path):
    df = corpus(tmp_path, [A, A, B], ["甲", "甲", "乙"])
    check_comparable(df, "grp")


def test_a_group_with_one_body_paragraph_is_refused(tmp_path):
    df = corpus(tmp_path, ["北碚区开展党史学习教育活动。\n", B], ["甲", "乙"])
    with pytest.raises(InputError, match="group '甲' has 1 body paragraph"):
        check_comparable(df, "grp")
