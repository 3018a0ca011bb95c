"""``python -m zhframe rhetoric FAMILY FILE...``: one CSV row per hit."""

import csv
import io
import shutil
from pathlib import Path

import pytest

from zhframe.run.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED_K = ROOT / "seeds" / "001_33add8617030deb4.txt"
SEED_B = ROOT / "seeds" / "000_11a71ea587bfb060.txt"


def run(capsys, *argv):
    assert main(["rhetoric", *map(str, argv)]) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


@pytest.mark.parametrize("family", ["numbers", "quotes", "voices", "enumerations", "headings",
                                    "stance", "frames"])
def test_every_family_has_doc_text_evidence(capsys, family):
    rows = run(capsys, family, SEED_K)
    assert rows and {"doc", "text", "evidence"} <= set(rows[0])
    assert all(r["doc"] == SEED_K.stem and r["text"] for r in rows)


def test_enumerations_columns_and_seed_formulas(capsys):
    rows = {r["text"]: r for r in run(capsys, "enumerations", SEED_K)}
    assert rows["1+1+1+4"]["count"] == "7" and len(rows["1+1+1+4"]["items"].split("|")) == 7
    assert rows["六百"]["items"].split("|") == ["百听开州", "百诗开州", "百图开州", "百书开州",
                                               "百绘开州", "百镜开州"]
    assert rows["七个一"]["count"] == "7"
    assert list(rows).count("1+1+1+4") == 1


def test_headings_parallel_group(capsys):
    rows = run(capsys, "headings", SEED_B)
    assert [r["parallel_group"] for r in rows] == ["A"] * 4
    assert rows[0]["text"].startswith("用功学习")


def test_stance_reads_place_names_from_the_manifest_or_place(capsys, tmp_path):
    shutil.copy(SEED_B, tmp_path / SEED_B.name)
    shutil.copy(ROOT / "seeds" / "manifest.csv", tmp_path / "manifest.csv")
    names = [r for r in run(capsys, "stance", tmp_path / SEED_B.name) if r["category"] == "name"]
    assert names and {r["text"] for r in names} <= {"北碚", "北碚区"}
    assert not any("融媒体中心" in r["evidence"] and r["text"] == "北碚区" and
                   r["evidence"].count("北碚") == 1 for r in names)
    other = run(capsys, "stance", SEED_K, "--place", "开州区")
    assert any(r["category"] == "name" for r in other)


def test_bad_family_and_bad_file(capsys, tmp_path):
    with pytest.raises(SystemExit):
        main(["rhetoric", "zzz", str(SEED_K)])
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02")
    assert main(["rhetoric", "numbers", str(bad)]) == 2
    assert "bad.txt" in capsys.readouterr().err
