"""``zhframe manifest DIR``: a folder of saved pages to a manifest, updated without losing a hand-filled value."""

import hashlib
import shutil
from pathlib import Path

import pandas as pd
import pytest

from zhframe.corpus import load_corpus, read_manifest
from zhframe.run.cli import main
from zhframe.run.commands.manifest import article_files, doc_id_for
from zhframe.tokenize.script import to_traditional

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def _page(title: str, info: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}_北碚新闻网</title></head><body>\n"
            "<div class='nav'><a href='/'>首页</a> | <a href='/news'>新闻中心</a> | <a href='/gov'>政务公开</a></div>\n"
            f"<div class='article'><h1>{title}</h1>\n<div class='info'>{info}</div>\n{body}</div>\n"
            "<div class='footer'>版权所有：北碚区融媒体中心 渝ICP备00000000号</div></body></html>\n")


@pytest.fixture
def folder(tmp_path):
    seed = (SEEDS / "000_11a71ea587bfb060.txt").read_text(encoding="utf-8")
    paras = [p for p in seed.split("\n") if len(p) > 60][:6]
    d = tmp_path / "pages"
    (d / "2021").mkdir(parents=True)
    shutil.copy(SEEDS / "001_33add8617030deb4.txt", d / "kaizhou.txt")
    (d / "2021" / "beibei.html").write_text(
        _page("北碚区党史学习教育有力有序开展", "发布时间：2021-06-18 09:32  来源：北碚报", paras), encoding="utf-8")
    (d / "2021" / "beibei_trad.html").write_text(
        to_traditional(_page("北碚区党史学习教育有力有序开展", "发布时间：2021-06-19 10:00  来源：北碚报", paras)),
        encoding="utf-8")
    (d / "2021" / "beibei_files").mkdir()
    (d / "2021" / "beibei_files" / "style.htm").write_text("<p>asset</p>", encoding="utf-8")
    (d / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(200)))
    (d / "dictionary.txt").write_text("北碚区 ns\n", encoding="utf-8")
    return d


def _rows(d):
    return pd.read_csv(d / "manifest.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")


def test_folder_to_manifest_to_corpus(folder, capsys):
    assert article_files(folder) == ["2021/beibei.html", "2021/beibei_trad.html", "broken.txt", "kaizhou.txt"]
    assert main(["manifest", str(folder)]) == 1                       # one file left out
    err = capsys.readouterr().err.strip().splitlines()
    bad = [l for l in err if "broken.txt" in l]
    assert len(bad) == 1 and "binary" in bad[0]
    rows = _rows(folder)
    assert list(rows.columns) == ["doc_id", "file", "sha256", "title", "date", "source"]
    assert list(rows["file"]) == ["2021/beibei.html", "2021/beibei_trad.html", "kaizhou.txt"]   # sorted
    assert list(rows["doc_id"]) == ["2021-beibei", "2021-beibei_trad", "kaizhou"]
    for r in rows.itertuples():
        assert r.sha256 == hashlib.sha256((folder / r.file).read_bytes()).hexdigest()
    by = rows.set_index("doc_id")
    assert by.loc["2021-beibei", "title"] == "北碚区党史学习教育有力有序开展"
    assert by.loc["2021-beibei", "date"] == "2021-06-18" and by.loc["2021-beibei", "source"] == "北碚报"
    # a traditional page: read through its simplified form, its title in its own characters
    assert by.loc["2021-beibei_trad", "title"] == "北碚區黨史學習教育有力有序開展"
    assert by.loc["2021-beibei_trad", "date"] == "2021-06-19" and by.loc["2021-beibei_trad", "source"] == "北碚報"
    assert by.loc["kaizhou", "title"] == "在“向史而新”中凝聚奋进力量"
    corpus = load_corpus(folder)                                     # the corpus reader accepts it
    assert list(corpus["doc_id"]) == list(rows["doc_id"])
    assert (folder / "manifest.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_rerun_keeps_what_a_researcher_filled_in(folder):
    (folder / "broken.txt").unlink()
    assert main(["manifest", str(folder)]) == 0
    first = (folder / "manifest.csv").read_bytes()
    assert main(["manifest", str(folder)]) == 0
    assert (folder / "manifest.csv").read_bytes() == first           # byte-identical
    rows = _rows(folder)
    rows["district"] = ["北碚区", "北碚区", "开州区"]
    rows.loc[rows["doc_id"] == "kaizhou", "title"] = "我的标题"
    rows.loc[rows["doc_id"] == "2021-beibei", "date"] = "2021-06-01"
    rows.to_csv(folder / "manifest.csv", index=False)
    shutil.copy(SEEDS / "000_11a71ea587bfb060.txt", folder / "new.txt")
    assert main(["manifest", str(folder)]) == 0
    after = _rows(folder).set_index("doc_id")
    assert list(after.columns) == ["file", "sha256", "title", "date", "source", "district"]
    assert after.loc["kaizhou", "title"] == "我的标题" and after.loc["kaizhou", "district"] == "开州区"
    assert after.loc["2021-beibei", "date"] == "2021-06-01"          # never overwritten
    assert after.loc["new", "district"] == "" and after.loc["new", "title"] == "北碚区党史学习教育有力有序开展"
    assert list(after["file"]) == sorted(after["file"])


def test_changed_file_is_refused_unless_rehash(folder, capsys):
    (folder / "broken.txt").unlink()
    assert main(["manifest", str(folder)]) == 0
    before = (folder / "manifest.csv").read_bytes()
    with open(folder / "kaizhou.txt", "a", encoding="utf-8") as f:
        f.write("\n补充一段。\n")
    capsys.readouterr()
    assert main(["manifest", str(folder)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert any("kaizhou.txt" in l and "--rehash" in l for l in err)
    assert (folder / "manifest.csv").read_bytes() == before          # untouched
    assert main(["manifest", str(folder), "--rehash"]) == 0
    rows = _rows(folder).set_index("doc_id")
    assert rows.loc["kaizhou", "sha256"] == hashlib.sha256((folder / "kaizhou.txt").read_bytes()).hexdigest()
    load_corpus(folder)


def test_listed_file_gone_is_refused(folder, capsys):
    (folder / "broken.txt").unlink()
    assert main(["manifest", str(folder)]) == 0
    (folder / "kaizhou.txt").unlink()
    capsys.readouterr()
    assert main(["manifest", str(folder), "--rehash"]) == 2
    err = capsys.readouterr().err
    assert "kaizhou.txt (doc_id kaizhou) is listed but not found" in err
    assert "kaizhou" in set(read_manifest(folder)["doc_id"])


def test_dry_run_writes_nothing(folder, capsys):
    (folder / "broken.txt").unlink()
    assert main(["manifest", str(folder), "--dry-run"]) == 0
    assert not (folder / "manifest.csv").exists()
    assert capsys.readouterr().out.startswith("doc_id,file,sha256,title,date,source\n")


def test_empty_folder_and_missing_folder_are_one_error(tmp_path, capsys):
    assert main(["manifest", str(tmp_path)]) == 2
    assert main(["manifest", str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "no article files" in err[0] and "corpus folder not found" in err[1]


def test_doc_ids_stay_unique():
    taken = {"a"}
    assert doc_id_for("a.html", taken) == "a.html"
    assert doc_id_for("sub/a.txt", set()) == "sub-a"
    assert doc_id_for("a.txt", {"a", "a.txt"}) == "a.txt-2"
