"""Shared helpers of the cleanup tests (tests/test_cleanup_*.py): the seeds, the
nothing-lost check, composed articles."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from zhframe.cleanup import INVISIBLE
from zhframe.corpus import read_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
BEIBEI = read_text(SEEDS / "000_11a71ea587bfb060.txt")
KAIZHOU = read_text(SEEDS / "001_33add8617030deb4.txt")


def assert_nothing_lost(text: str, blocks: pd.DataFrame) -> None:
    """Every visible character (not whitespace, not :data:`INVISIBLE`) lies in exactly one
    block's spans, and no character lies in two."""
    owner = [0] * len(text)
    for spans in blocks["spans"]:
        for a, b in spans:
            assert 0 <= a < b <= len(text)
            for k in range(a, b):
                owner[k] += 1
    lost = [k for k, c in enumerate(text) if not c.isspace() and c not in INVISIBLE and owner[k] == 0]
    twice = [k for k, c in enumerate(text) if owner[k] > 1]
    assert not lost, f"characters in no block: {text[lost[0]:lost[0] + 10]!r}"
    assert not twice, f"characters in two blocks: {text[twice[0]:twice[0] + 10]!r}"


def body_texts(blocks: pd.DataFrame) -> list[str]:
    return list(blocks.loc[blocks["kind"] == "body", "text"])


def rows(blocks: pd.DataFrame, kind: str) -> pd.DataFrame:
    return blocks[blocks["kind"] == kind]


P1 = "今年以来，某区认真落实工作要求，推动学习教育有序开展。"
P2 = "据统计，全区开展专题学习300余次，覆盖干部群众2万余人。"
P3 = "“我们要把好事办好。”该区负责人表示。"


def compose(*parts: str, gap: str = "\n\n") -> str:
    return gap.join(parts) + "\n"
