"""Shared test data of the keywords tests: pre-spaced paragraphs, tokenized with ``str.split``."""

import pandas as pd


def paragraphs():
    # three groups; target "甲区" vs the rest ("乙区" + "丙区")
    return pd.DataFrame({
        "doc_id": ["d1", "d1", "d2", "d2", "d3"],
        "para": [1, 2, 1, 2, 1],
        "district": ["甲区", "甲区", "乙区", "乙区", "丙区"],
        "text": ["党史 学习 我区 甲区", "党史 宣讲 甲 学习", "学习 实事 该区", "实事 乙", "实事 丙区 学习"],
    })
