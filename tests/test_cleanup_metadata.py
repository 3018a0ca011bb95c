"""Tests for zhframe.cleanup.metadata: date, source, author and editor from meta blocks."""

from __future__ import annotations

import pytest

from zhframe.cleanup import article_metadata, clean_article, clean_corpus, metadata_table
from zhframe.cleanup.evaluate import read_labelled
from zhframe.corpus import load_corpus

from cleanup_common import BEIBEI, KAIZHOU, ROOT, SEEDS

WEB = ROOT / "tests" / "data" / "web"

# Stated by hand from each page's furniture.
EXPECTED = {
    "d01_news_jiangjin": ("2021-06-18", "江津融媒", "李明轩", "周雅"),
    "d05_gov_qijiang": ("2021-05-12", "区司法局", "陈静", None),
    "d09_cppcc_yinzhou": ("2021-05-27", "区政协办公室", None, "胡静"),
    "d13_app_wanzhou": ("2021-05-20", "掌上万州客户端", "周敏", "秦川"),
    "d17_wire_suining": ("2021-04-13", "中国新闻网", "何川 王蕾", "黄薇"),
    "d20_wire_nanchang": ("2021-07-21", "中国新闻网", "刘佳 万晨", "张燕"),
    "d21_epaper_city": ("2021-07-15", None, "张涛 李佳", None),
    "d24_epaper_gulou": ("2021-06-30", None, "林静", "郑雯"),
    "h02_news": ("2021-09-22", "铜梁网", "邹悦", "曹雪"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fields_of_web_pages(name):
    text, _ = read_labelled(WEB / f"{name}.tsv")
    got = article_metadata(clean_article(text))
    assert (got["date"], got["source"], got["author"], got["editor"]) == EXPECTED[name]


def test_seed_bylines_give_the_manifest_byline_names():
    assert article_metadata(clean_article(BEIBEI))["author"] == "熊辉"
    assert article_metadata(clean_article(KAIZHOU))["author"] == "赵童 龙搏 刘玉珮"
    assert article_metadata(clean_article(BEIBEI))["date"] is None  # nothing is guessed


def test_metadata_table_one_row_per_article():
    table = metadata_table(clean_corpus(load_corpus(SEEDS), cache=False))
    assert list(table.columns) == ["doc_id", "date", "source", "author", "editor"]
    assert list(table["doc_id"]) == ["beibei-2021", "kaizhou-2021"]
    assert list(table["author"]) == ["熊辉", "赵童 龙搏 刘玉珮"]


def test_an_impossible_date_is_not_read():
    blocks = [{"kind": "meta", "text": "发布时间：2021-13-45 来源：某网", "rule": "meta:fields"},
              {"kind": "body", "text": "2022年3月1日，某区开展活动。", "rule": "body:paragraph"}]
    assert article_metadata(blocks) == {"date": None, "source": "某网", "author": None, "editor": None}
