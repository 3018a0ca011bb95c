"""Tests of zhframe.corpus: decoding, manifest validation and every bad-input case."""

from __future__ import annotations

import csv
import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from zhframe.corpus import REQUIRED_FIELDS, decode_bytes, load_corpus, read_manifest, read_text
from zhframe.infra.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
TEXT = "北碚区党史学习教育有力有序开展\n\n用功学 用情讲 用心看 用力做\n学党史、悟思想、办实事、开新局。\n"


def write_corpus(folder: Path, files: dict[str, bytes], rows: list[dict] | None = None,
                 columns: list[str] | None = None) -> Path:
    """Write article files and a manifest (rows default to one per file, hashes computed)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    if rows is None:
        rows = [{"doc_id": f"d{i}", "file": name, "sha256": hashlib.sha256(data).hexdigest(),
                 "district": "北碚区" if i % 2 == 0 else "开州区"}
                for i, (name, data) in enumerate(sorted(files.items()))]
    columns = columns or ["doc_id", "file", "sha256", "district"]
    with open(folder / "manifest.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    return folder


# --- decoding -----------------------------------------------------------------

@pytest.mark.parametrize("data, expected", [
    (TEXT.encode("utf-8"), "UTF-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "UTF-8 (BOM)"),
    (TEXT.encode("utf-16"), "UTF-16 LE (BOM)"),  # Python writes a LE BOM on this machine
    (b"\xfe\xff" + TEXT.encode("utf-16-be"), "UTF-16 BE (BOM)"),
    (TEXT.encode("gb18030"), "GB18030"),
    (TEXT.encode("gbk"), "GB18030"),
])
def test_decodes_each_supported_encoding_to_the_same_text(data, expected):
    text, enc = decode_bytes(data, "x.txt")
    assert text == TEXT
    assert enc == expected


def test_gbk_bytes_are_not_valid_utf8_so_detection_is_not_trivial():
    with pytest.raises(UnicodeDecodeError):
        TEXT.encode("gbk").decode("utf-8")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings_are_normalised(newline):
    text, _ = decode_bytes(TEXT.replace("\n", newline).encode("utf-8"))
    assert text == TEXT
    assert "\r" not in text


@pytest.mark.parametrize("data, fragment", [
    (b"", "empty file"),
    (b"  \n\t\r\n ", "whitespace only"),
    ("\u3000\n".encode("utf-8"), "whitespace only"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
    (b"%PDF-1.7\n...", "PDF"),
    (b"abc\x00def\x00", "NUL"),
    (bytes(range(1, 32)) * 4, "control characters"),
    ("café au lait, déjà vu".encode("latin-1"), "unknown encoding"),
    (b"\xff\xfe" + b"\x00\xd8", "UTF-16 LE"),  # BOM then an unpaired surrogate
])
def test_bad_bytes_raise_a_clear_error_naming_the_file(data, fragment):
    with pytest.raises(InputError) as info:
        decode_bytes(data, "corpus/article.txt")
    assert "corpus/article.txt" in str(info.value)
    assert fragment in str(info.value)


def test_input_error_is_a_value_error_and_picklable():
    import pickle

    err = InputError("a.txt", "empty file")
    assert isinstance(err, ValueError)
    again = pickle.loads(pickle.dumps(err))
    assert (again.path, again.problem, str(again)) == ("a.txt", "empty file", "a.txt: empty file")


def test_read_text_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_text(tmp_path)


# --- manifest and corpus ------------------------------------------------------

def test_load_corpus_reads_every_encoding_and_keeps_metadata(tmp_path):
    files = {"a.txt": TEXT.encode("utf-8"), "b.txt": TEXT.encode("gb18030"),
             "c.txt": TEXT.replace("\n", "\r\n").encode("utf-16")}
    folder = write_corpus(tmp_path / "c", files)
    df = load_corpus(folder)
    assert list(df["doc_id"]) == ["d0", "d1", "d2"]
    assert set(df["text"]) == {TEXT}
    assert list(df["encoding"]) == ["UTF-8", "GB18030", "UTF-16 LE (BOM)"]
    assert list(df["district"]) == ["北碚区", "开州区", "北碚区"]
    assert list(df["n_chars"]) == [len(TEXT)] * 3


def test_sha256_mismatch_names_the_file(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": TEXT.encode("utf-8")})
    (folder / "a.txt").write_bytes((TEXT + "改").encode("utf-8"))
    with pytest.raises(InputError, match=r"a\.txt: sha256 .* does not match"):
        load_corpus(folder)
    assert load_corpus(folder, verify=False)["text"][0].endswith("改")


def test_missing_article_file(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": TEXT.encode("utf-8")})
    (folder / "a.txt").unlink()
    with pytest.raises(InputError, match=r"a\.txt: file not found"):
        load_corpus(folder)


@pytest.mark.parametrize("data, fragment", [(b"", "empty"), (b"\x00\x01\x02binary", "binary")])
def test_empty_or_binary_article_in_a_corpus(tmp_path, data, fragment):
    folder = write_corpus(tmp_path / "c", {"a.txt": TEXT.encode("utf-8"), "b.txt": data})
    with pytest.raises(InputError) as info:
        load_corpus(folder)
    assert "b.txt" in str(info.value) and fragment in str(info.value)


@pytest.mark.parametrize("field", REQUIRED_FIELDS)
def test_manifest_row_missing_a_required_field(tmp_path, field):
    data = TEXT.encode("utf-8")
    row = {"doc_id": "d0", "file": "a.txt", "sha256": hashlib.sha256(data).hexdigest(),
           "district": "北碚区"}
    row[field] = ""
    folder = write_corpus(tmp_path / "c", {"a.txt": data}, rows=[row])
    with pytest.raises(InputError) as info:
        load_corpus(folder)
    msg = str(info.value)
    assert "manifest.csv" in msg and "line 2" in msg and f"'{field}'" in msg


def test_manifest_missing_a_required_column(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": b"x"}, rows=[{"doc_id": "d0", "file": "a.txt"}],
                          columns=["doc_id", "file"])
    with pytest.raises(InputError, match="lacks the required column.*sha256"):
        read_manifest(folder)


def test_duplicate_doc_id(tmp_path):
    files = {"a.txt": TEXT.encode("utf-8"), "b.txt": (TEXT * 2).encode("utf-8")}
    rows = [{"doc_id": "same", "file": n, "sha256": hashlib.sha256(d).hexdigest()}
            for n, d in files.items()]
    folder = write_corpus(tmp_path / "c", files, rows=rows)
    with pytest.raises(InputError, match="line 3: duplicate doc_id 'same' \\(first on line 2\\)"):
        load_corpus(folder)


def test_missing_manifest_and_missing_folder(tmp_path):
    (tmp_path / "c").mkdir()
    with pytest.raises(InputError, match=r"manifest\.csv: file not found"):
        load_corpus(tmp_path / "c")
    with pytest.raises(InputError, match="corpus folder not found"):
        load_corpus(tmp_path / "nowhere")


def test_manifest_row_with_too_many_fields(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "manifest.csv").write_text("doc_id,file,sha256\nd0,a.txt,abc,extra\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2: more fields"):
        read_manifest(folder)


# --- the seeds ----------------------------------------------------------------

def test_seeds_match_their_manifest_and_the_shared_originals():
    df = load_corpus(SEEDS)  # verifies every sha256
    assert set(df["district"]) == {"北碚区", "开州区"}
    assert df["doc_id"].is_unique
    shared = ROOT.parent / "shared" / "seeds"
    if shared.is_dir():  # beside the project on developer machines and in CI
        for name in df["file"]:
            assert (SEEDS / name).read_bytes() == (shared / name).read_bytes()


def test_loading_never_writes_to_the_corpus_folder(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": TEXT.encode("utf-8")})
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
    load_corpus(folder)
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
    assert before == after


# --- command line ---------------------------------------------------------------

def run_cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "zhframe", *args], cwd=cwd,
                          capture_output=True, text=True)


def test_cli_corpus_lists_the_seeds():
    res = run_cli("corpus", "seeds")
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert lines[0].startswith("doc_id,file,sha256,district")
    assert len(lines) == 3


def test_cli_bad_input_is_one_line_on_stderr_and_nonzero_exit(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": b""})
    res = run_cli("corpus", str(folder))
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1
    assert "Traceback" not in res.stderr
    assert "a.txt: empty file" in res.stderr


# --- the input-validation layer (issue 18) ---------------------------------------
from foreign_samples import JA, KO, TW  # noqa: E402


@pytest.mark.parametrize("text, codec, name", [
    (JA, "shift_jis", "Shift-JIS"), (JA, "cp932", "Shift-JIS"), (JA, "euc_jp", "EUC-JP"),
    (JA, "iso2022_jp", "ISO-2022-JP"), (KO, "euc_kr", "EUC-KR"), (KO, "cp949", "EUC-KR"),
    (KO, "iso2022_kr", "ISO-2022-KR"), (TW, "big5", "Big5"),
])
def test_other_legacy_encodings_are_named_not_read_as_gb18030(text, codec, name):
    with pytest.raises(InputError) as info:
        decode_bytes(text.encode(codec), "a.txt")
    msg = str(info.value)
    assert msg.startswith("a.txt: encoded as " + name)
    assert "binary" not in msg and "GB18030" not in msg


@pytest.mark.parametrize("codec", ["gb18030", "gbk", "gb2312"])
def test_gb_text_still_reads_as_gb18030(codec):
    assert decode_bytes(TEXT.encode(codec), "a.txt") == (TEXT, "GB18030")


def test_gb18030_detection_on_every_seed_line():
    """Each non-trivial seed line alone (short texts are the hard case) still reads as GB18030."""
    lines = [ln for p in sorted(SEEDS.glob("*.txt")) for ln in read_text(p).split("\n")
             if sum(1 for c in ln if "\u4e00" <= c <= "\u9fff") >= 8]
    assert len(lines) > 20
    for ln in lines:
        assert decode_bytes(ln.encode("gb18030"), "a.txt")[1] == "GB18030", ln


def test_utf8_cut_mid_character_reports_the_utf8_offset():
    data = (TEXT + "学").encode("utf-8")[:-1]
    with pytest.raises(InputError, match=rf"cut off in the middle of a character at byte {len(data) - 2}"):
        decode_bytes(data, "a.txt")


def test_utf8_damaged_inside_reports_the_utf8_offset():
    good = TEXT.encode("utf-8")
    data = good[:20] + b"\xff" + good[21:]
    with pytest.raises(InputError, match="not valid UTF-8 at byte 18 .*damaged"):
        decode_bytes(data, "a.txt")


def test_latin1_gets_a_hint():
    with pytest.raises(InputError, match="Latin-1"):
        decode_bytes("The café's menu, déjà vu and naïve crêpes were here.".encode("latin-1"), "a.txt")


def test_fifo_device_and_size_are_checked_before_reading(tmp_path):
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="FIFO"):
        read_text(fifo)  # returns at once: a FIFO is never opened
    with pytest.raises(InputError, match="character device"):
        read_text("/dev/zero")
    big = tmp_path / "big.txt"
    big.write_bytes(b"a")
    from zhframe.corpus import files

    with pytest.raises(InputError, match="too large"):
        files._read_bytes(big, max_bytes=0)


@pytest.mark.parametrize("entry", ["/etc/passwd", "../outside.txt", "sub/../../outside.txt",
                                   "~/x.txt", "/nonexistent/file", "link.txt", "deadlink.txt"])
def test_file_entries_outside_the_folder_are_refused_without_probing(tmp_path, entry):
    (tmp_path / "outside.txt").write_text("秘密", encoding="utf-8")
    folder = write_corpus(tmp_path / "c", {"a.txt": TEXT.encode("utf-8")})
    (folder / "link.txt").symlink_to(tmp_path / "outside.txt")
    (folder / "deadlink.txt").symlink_to(tmp_path / "nothing.txt")
    rows = [{"doc_id": "d0", "file": entry, "sha256": "0" * 64, "district": "北碚区"}]
    write_corpus(folder, {}, rows=rows)
    with pytest.raises(InputError) as info:
        load_corpus(folder)
    msg = str(info.value)
    assert msg.startswith(str(folder / "manifest.csv") + ": line 2 (doc_id d0): file ")
    assert "is not inside the corpus folder" in msg
    # same words whether the target exists or not, and no hash of it
    assert "not found" not in msg and hashlib.sha256("秘密".encode()).hexdigest() not in msg


def test_symlink_inside_the_folder_is_fine(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": TEXT.encode("utf-8")})
    (folder / "b.txt").symlink_to(folder / "a.txt")
    rows = [{"doc_id": "d0", "file": "b.txt", "sha256": hashlib.sha256(TEXT.encode()).hexdigest()}]
    write_corpus(folder, {}, rows=rows)
    assert load_corpus(folder)["text"][0] == TEXT


def _manifest(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_bytes(TEXT.encode("utf-8"))
    (folder / "manifest.csv").write_text(text, encoding="utf-8", newline="")
    return folder


SHA = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()


def test_duplicate_column_names_are_refused(tmp_path):
    folder = _manifest(tmp_path / "c", f"doc_id,file,sha256,district,district\nd0,a.txt,{SHA},甲,乙\n")
    with pytest.raises(InputError, match="line 1: column 'district' appears twice \\(columns 4 and 5\\)"):
        read_manifest(folder)


@pytest.mark.parametrize("title", ["第一行\n第二行", "第一行\u2028第二行", "逗号,引号\"\"在内"])
def test_quoted_fields_keep_line_breaks_and_u2028(tmp_path, title):
    quoted = '"' + title + '"'
    folder = _manifest(tmp_path / "c", f"doc_id,file,sha256,title\r\nd0,a.txt,{SHA},{quoted}\r\n"
                                       f"d1,a.txt,{SHA},二\n")
    df = read_manifest(folder)
    assert list(df["title"]) == [title.replace('""', '"'), "二"]
    assert list(df["doc_id"]) == ["d0", "d1"]
    assert df.attrs["lines"] == f"2,{3 + title.count(chr(10))}"


def test_unterminated_quote_is_one_clear_line(tmp_path):
    folder = _manifest(tmp_path / "c", f'doc_id,file,sha256,title\nd0,a.txt,{SHA},"open\n')
    with pytest.raises(InputError, match="line 2: not valid CSV"):
        read_manifest(folder)


@pytest.mark.parametrize("sep, name", [(";", "semicolons"), ("\t", "tabs")])
def test_semicolon_or_tab_separated_manifest_gets_a_hint(tmp_path, sep, name):
    folder = _manifest(tmp_path / "c", sep.join(["doc_id", "file", "sha256"]) + "\n"
                       + sep.join(["d0", "a.txt", SHA]) + "\n")
    with pytest.raises(InputError, match=f"lacks the required column.*separated by {name}"):
        read_manifest(folder)


def test_attrs_list_only_the_users_columns(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": TEXT.encode("utf-8")})
    df = load_corpus(folder)
    assert df.attrs["columns"] == ["doc_id", "file", "sha256", "district"]
    assert "text" in df.columns


def test_unnamed_empty_trailing_column_is_dropped_but_not_one_with_values(tmp_path):
    folder = _manifest(tmp_path / "c", f"doc_id,file,sha256,\nd0,a.txt,{SHA},\n")
    assert list(read_manifest(folder).columns) == ["doc_id", "file", "sha256"]
    folder = _manifest(tmp_path / "d", f"doc_id,file,sha256,\nd0,a.txt,{SHA},x\n")
    with pytest.raises(InputError, match="column 4 has values but no name"):
        read_manifest(folder)


def test_corpus_module_does_not_import_pandas():
    code = "import sys, zhframe.corpus; print('pandas' in sys.modules)"
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.strip() == "False"



# --- calibration of the encoding decision -------------------------------------------------

ENCODINGS = ROOT / "tests" / "data" / "encodings"
FOREIGN = [("ja.txt", ["shift_jis", "cp932", "euc_jp", "iso2022_jp"], "Japanese"),
           ("ko.txt", ["euc_kr", "cp949", "iso2022_kr"], "Korean"),
           ("zh-hant.txt", ["big5", "big5hkscs"], "Traditional Chinese")]


def _chunks(text: str, sizes=(12, 25, 50, 100)) -> list[str]:
    out = []
    for size in sizes:
        out += [text[i:i + size] for i in range(0, len(text) - size + 1, size)]
    return out


def test_encoding_decision_on_labelled_chunks():
    """Labelled dev set: every Chinese chunk (GB18030/GBK bytes, 12-100 characters, from the
    seeds and the hand-segmented sentences) is read as GB18030; every Japanese, Korean and
    Traditional Chinese chunk of 25+ characters in its legacy encodings is refused and named
    in its language. Known limit: a 12-character Korean fragment (fewer than 10 characters
    of evidence) may pass as GB18030; articles are far longer."""
    chinese = "".join(read_text(p) for p in sorted(SEEDS.glob("*.txt")))
    chinese += (ROOT / "tests" / "data" / "seed_gold.txt").read_text(encoding="utf-8").replace(" ", "")
    zh_chunks = [c for c in _chunks(chinese.replace("\n", "")) if re.search("[\u4e00-\u9fff]", c)]
    wrong = [c for c in zh_chunks for codec in ("gb18030", "gbk")
             if decode_bytes(c.encode(codec), "x")[1] != "GB18030"]
    assert not wrong and len(zh_chunks) > 300
    named = total = 0
    for name, codecs, language in FOREIGN:
        text = (ENCODINGS / name).read_text(encoding="utf-8").replace("\n", "")
        for codec in codecs:
            for chunk in _chunks(text):
                try:
                    data = chunk.encode(codec)
                except UnicodeEncodeError:
                    continue
                if len(chunk) < 25:
                    continue
                with pytest.raises(InputError) as info:
                    decode_bytes(data, "x")  # never read as GB18030 or UTF-8
                total += 1
                named += f"({language} text)" in str(info.value)
    assert total > 100
    assert named == total, f"{named}/{total} named"
