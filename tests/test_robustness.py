"""Bad inputs and faults, run through the real commands (issue 18's table).

Every case runs ``python -m zhframe ...`` (or ``make``) in a subprocess and
asserts: the exit status; on failure exactly one line on stderr, starting
``zhframe: ``, naming the file (or option) and the problem; no traceback; and
nothing of the repository's tracked files changed (checked after every case
that writes, and once for the whole table). Cases are grouped so that only a
few execute a notebook, on tiny throwaway notebooks or one real notebook.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
ZH = "北碚区党史学习教育有力有序开展\n\n用功学 用情讲 用心看 用力做\n学党史、悟思想、办实事、开新局。\n"
ZH2 = "开州区举办专题宣讲会议\n\n宣讲团深入乡镇社区开展宣讲，群众踊跃参加。\n干部职工认真学习，推动工作落实。\n"
from foreign_samples import JA, KO, TW  # noqa: E402
from hostile_corpus import BY as HOSTILE_BY, DOC_IDS, GROUPS as HOSTILE_GROUPS  # noqa: E402
from hostile_corpus import write_hostile_corpus  # noqa: E402


def tracked_state() -> dict[str, str]:
    """sha256 of every file git tracks (plus README.md), to prove a case changed none."""
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                           check=True).stdout.decode().split("\0")
    out = {}
    for name in files:
        p = ROOT / name
        if name and p.is_file():
            out[name] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def env(**extra) -> dict:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + e.get("PYTHONPATH", "")
    e.update({k: str(v) for k, v in extra.items()})
    return e


def zhframe(*args, cwd=ROOT, stdout=subprocess.PIPE, **extra_env):
    return subprocess.run([sys.executable, "-m", "zhframe", *map(str, args)], cwd=cwd,
                          stdout=stdout, stderr=subprocess.PIPE, text=True, env=env(**extra_env),
                          timeout=600)


def write_corpus(folder: Path, files: dict[str, bytes], groups: list[str] | None = None,
                 extra: dict | None = None, by: str = "grp") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for i, (name, data) in enumerate(files.items()):
        (folder / name).write_bytes(data)
        g = groups[i] if groups else ("北碚区" if i % 2 == 0 else "开州区")
        rows.append({"doc_id": f"d{i}", "file": name, "sha256": hashlib.sha256(data).hexdigest(),
                     by: g, **(extra or {})})
    cols = ["doc_id", "file", "sha256", by] + list(extra or {})
    with open(folder / "manifest.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return folder


MORE = "\n全区各级党组织迅速行动，广泛开展专题学习。\n\n广大党员干部深入基层，为群众办实事。\n"


def two_good(folder: Path, **kw) -> Path:
    """Two articles, one per group, each with a few body paragraphs."""
    return write_corpus(folder, {"a.txt": (ZH + MORE).encode(), "b.txt": (ZH2 + MORE).encode()}, **kw)


@dataclass
class Case:
    """A bad input or fault: ``setup(tmp)`` returns the command's arguments."""
    name: str
    setup: Callable[[Path], list]
    status: int
    says: tuple[str, ...]          # fragments of the one stderr line (file and problem)
    env: dict = field(default_factory=dict)
    stdout: str | None = None      # a file to send stdout to (e.g. /dev/full)
    out_has: tuple[str, ...] = ()  # fragments of stdout (a case that succeeds and must say this)
    max_out: int | None = None     # at most this many bytes of stdout
    run: Callable | None = None    # ``run(tmp)`` -> CompletedProcess, instead of one zhframe command
    check: Callable | None = None  # ``check(res, tmp)``: what else must hold once it has run
    notes: tuple[str, ...] = ()    # a run that succeeds with these informational stderr lines, one each


def _file_case(name, data: bytes, *says, status=2):
    def setup(tmp):
        p = tmp / "article.txt"
        p.write_bytes(data)
        return ["tokenize", p]
    return Case(f"file:{name}", setup, status, ("article.txt",) + says)


def _special_file(kind):
    def setup(tmp):
        if kind == "fifo":
            os.mkfifo(tmp / "article.txt")
            return ["tokenize", tmp / "article.txt"]
        if kind == "dir":
            (tmp / "article.txt").mkdir()
            return ["tokenize", tmp / "article.txt"]
        if kind == "missing":
            return ["tokenize", tmp / "article.txt"]
        if kind == "dangling":
            (tmp / "article.txt").symlink_to(tmp / "nowhere")
            return ["tokenize", tmp / "article.txt"]
        return ["tokenize", kind]
    return setup


GOOD = ZH.encode("utf-8")
FILE_CASES = [
    _file_case("empty", b"", "empty file"),
    _file_case("whitespace", b" \n\t\r\n", "whitespace only"),
    _file_case("ideographic-space", "\u3000\n\u3000".encode(), "whitespace only"),
    _file_case("png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
    _file_case("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    _file_case("docx", b"PK\x03\x04" + bytes(100), "ZIP"),
    _file_case("gzip", b"\x1f\x8b\x08\x00" + bytes(50), "gzip"),
    _file_case("jpeg", b"\xff\xd8\xff\xe0" + bytes(50), "JPEG"),
    _file_case("gif", b"GIF89a" + bytes(50), "GIF"),
    _file_case("elf", b"\x7fELF\x02\x01\x01" + bytes(50), "executable"),
    _file_case("ole", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(50), "Office"),
    _file_case("nul", b"abc\x00def", "NUL"),
    _file_case("utf16-no-bom", ZH.encode("utf-16-le"), "NUL"),
    _file_case("controls", bytes(range(1, 9)) * 10, "control characters"),
    _file_case("escape-only", b"text \x1b[31m red", "control characters"),
    _file_case("latin1", "The café's menu, déjà vu and naïve crêpes.".encode("latin-1"), "Latin-1"),
    _file_case("cp1252", "Smart “quotes” – and € signs.".encode("cp1252"), "unknown encoding"),
    _file_case("random", bytes((i * 73 + 41) % 256 for i in range(3000)) .replace(b"\x00", b"1"),
               "unknown encoding"),
    _file_case("shift-jis", JA.encode("shift_jis"), "Shift-JIS"),
    _file_case("cp932", JA.encode("cp932"), "Shift-JIS"),
    _file_case("euc-jp", JA.encode("euc_jp"), "EUC-JP"),
    _file_case("iso-2022-jp", JA.encode("iso2022_jp"), "ISO-2022-JP"),
    _file_case("euc-kr", KO.encode("euc_kr"), "EUC-KR"),
    _file_case("cp949", KO.encode("cp949"), "EUC-KR"),
    _file_case("iso-2022-kr", KO.encode("iso2022_kr"), "ISO-2022-KR"),
    _file_case("big5", TW.encode("big5"), "Big5"),
    _file_case("big5hkscs", TW.encode("big5hkscs"), "Big5"),
    _file_case("utf8-cut", (ZH + "学").encode()[:-1], f"byte {len(GOOD)}", "cut off"),
    _file_case("utf8-damaged", GOOD[:20] + b"\xff" + GOOD[21:], "byte 18", "damaged"),
    _file_case("utf8-bom-damaged", b"\xef\xbb\xbf" + GOOD[:10] + b"\xc0", "UTF-8 (BOM)"),
    _file_case("utf16-bom-surrogate", b"\xff\xfe\x00\xd8", "UTF-16 LE"),
    _file_case("utf32-bom-invalid", b"\xff\xfe\x00\x00\xff\xff\xff\xff", "UTF-32 LE"),
    _file_case("utf8-overlong", GOOD + b"\xc0\xaf" + GOOD, "damaged"),
    Case("file:fifo", _special_file("fifo"), 2, ("article.txt", "FIFO")),
    Case("file:dev-zero", _special_file("/dev/zero"), 2, ("/dev/zero", "character device")),
    Case("file:dev-null", _special_file("/dev/null"), 2, ("/dev/null", "character device")),
    Case("file:folder", _special_file("dir"), 2, ("article.txt", "folder")),
    Case("file:missing", _special_file("missing"), 2, ("article.txt", "not found")),
    Case("file:dangling-symlink", _special_file("dangling"), 2, ("article.txt", "not found")),
]


def _corpus_case(name, build, *says, status=2, command="corpus"):
    def setup(tmp):
        folder = build(tmp)
        return [command, folder] if command == "corpus" else [command, "--by", "grp", "--target",
                                                              "北碚区", "--corpus", folder]
    return Case(f"corpus:{name}", setup, status, says)


def _manifest(text: str, files: dict[str, bytes] | None = None, encoding="utf-8"):
    def build(tmp):
        folder = tmp / "c"
        folder.mkdir()
        for n, d in (files or {"a.txt": GOOD}).items():
            (folder / n).write_bytes(d)
        (folder / "manifest.csv").write_bytes(text.replace("{SHA}", hashlib.sha256(GOOD).hexdigest())
                                              .encode(encoding))
        return folder
    return build


def _entry(entry: str, prepare=None):
    """A manifest whose one row's ``file`` is ``entry`` (after ``prepare(folder, tmp)``)."""
    def build(tmp):
        (tmp / "secret.txt").write_text("秘密的内容", encoding="utf-8")
        folder = tmp / "c"
        folder.mkdir()
        if prepare:
            prepare(folder, tmp)
        sha = hashlib.sha256("秘密的内容".encode()).hexdigest()
        (folder / "manifest.csv").write_text(f"doc_id,file,sha256\nd0,{entry},{sha}\n",
                                             encoding="utf-8")
        return folder
    return build


def _article(data: bytes):
    return lambda tmp: write_corpus(tmp / "c", {"a.txt": GOOD, "b.txt": data})


def _changed(tmp):
    folder = two_good(tmp / "c")
    (folder / "b.txt").write_bytes(GOOD + "改".encode())
    return folder


OUTSIDE = "is not inside the corpus folder"
CORPUS_CASES = [
    _corpus_case("missing-folder", lambda tmp: tmp / "nope", "nope", "corpus folder not found"),
    _corpus_case("folder-is-a-file", lambda tmp: (tmp / "f").write_text("x") and tmp / "f", "f",
                 "is a file"),
    _corpus_case("no-manifest", lambda tmp: (tmp / "c").mkdir() or tmp / "c", "manifest.csv",
                 "not found"),
    _corpus_case("manifest-is-folder", lambda tmp: (tmp / "c" / "manifest.csv").mkdir(parents=True)
                 or tmp / "c", "manifest.csv", "folder"),
    _corpus_case("manifest-empty", _manifest(""), "manifest.csv", "empty file"),
    _corpus_case("manifest-binary", lambda tmp: _manifest("")(tmp).joinpath("manifest.csv")
                 .write_bytes(b"PK\x03\x04" + bytes(20)) and tmp / "c", "manifest.csv", "ZIP"),
    _corpus_case("manifest-header-only", _manifest("doc_id,file,sha256\n"), "manifest.csv",
                 "lists no articles"),
    _corpus_case("no-doc_id-column", _manifest("file,sha256\na.txt,{SHA}\n"), "manifest.csv",
                 "lacks the required column(s) doc_id"),
    _corpus_case("no-file-column", _manifest("doc_id,sha256\nd0,{SHA}\n"), "manifest.csv", "file"),
    _corpus_case("no-sha256-column", _manifest("doc_id,file\nd0,a.txt\n"), "manifest.csv", "sha256"),
    _corpus_case("empty-doc_id", _manifest("doc_id,file,sha256\n,a.txt,{SHA}\n"), "manifest.csv",
                 "line 2", "'doc_id' is empty"),
    _corpus_case("empty-file", _manifest("doc_id,file,sha256\nd0,,{SHA}\n"), "manifest.csv",
                 "line 2 (doc_id d0)", "'file' is empty"),
    _corpus_case("empty-sha256", _manifest("doc_id,file,sha256\nd0,a.txt,\n"), "manifest.csv",
                 "'sha256' is empty"),
    _corpus_case("duplicate-doc_id", _manifest("doc_id,file,sha256\nd0,a.txt,{SHA}\nd0,a.txt,{SHA}\n"),
                 "manifest.csv", "line 3: duplicate doc_id 'd0' (first on line 2)"),
    _corpus_case("too-many-fields", _manifest("doc_id,file,sha256\nd0,a.txt,{SHA},x\n"),
                 "manifest.csv", "line 2: more fields"),
    _corpus_case("duplicate-column", _manifest("doc_id,file,sha256,grp,grp\nd0,a.txt,{SHA},甲,乙\n"),
                 "manifest.csv", "column 'grp' appears twice"),
    _corpus_case("unnamed-column-with-values", _manifest("doc_id,file,sha256,\nd0,a.txt,{SHA},x\n"),
                 "manifest.csv", "column 4 has values but no name"),
    _corpus_case("semicolons", _manifest("doc_id;file;sha256\nd0;a.txt;{SHA}\n"), "manifest.csv",
                 "separated by semicolons"),
    _corpus_case("tabs", _manifest("doc_id\tfile\tsha256\nd0\ta.txt\t{SHA}\n"), "manifest.csv",
                 "separated by tabs"),
    _corpus_case("unterminated-quote", _manifest('doc_id,file,sha256,t\nd0,a.txt,{SHA},"open\n'),
                 "manifest.csv", "line 2: not valid CSV"),
    _corpus_case("manifest-shift-jis", _manifest("doc_id,file,sha256,t\nd0,a.txt,{SHA}," + JA,
                                                 encoding="shift_jis"), "manifest.csv", "Shift-JIS"),
    _corpus_case("entry-etc-passwd", _entry("/etc/passwd"), "manifest.csv", OUTSIDE),
    _corpus_case("entry-absolute-missing", _entry("/nonexistent/x.txt"), "manifest.csv", OUTSIDE),
    _corpus_case("entry-dotdot", _entry("../secret.txt"), "manifest.csv", OUTSIDE),
    _corpus_case("entry-dotdot-missing", _entry("../nothing.txt"), "manifest.csv", OUTSIDE),
    _corpus_case("entry-nested-dotdot", _entry("a/../../secret.txt"), "manifest.csv", OUTSIDE),
    _corpus_case("entry-deep-dotdot", _entry("../../../../../../etc/passwd"), "manifest.csv", OUTSIDE),
    _corpus_case("entry-home", _entry("~/.bashrc"), "manifest.csv", OUTSIDE),
    _corpus_case("entry-symlink-out", _entry("link.txt", lambda f, t: (f / "link.txt").symlink_to(
        t / "secret.txt")), "manifest.csv", OUTSIDE),
    _corpus_case("entry-symlink-out-dangling", _entry("link.txt", lambda f, t: (f / "link.txt")
                 .symlink_to(t / "nothing.txt")), "manifest.csv", OUTSIDE),
    _corpus_case("entry-symlinked-folder-out", _entry("sub/secret.txt", lambda f, t: (f / "sub")
                 .symlink_to(t)), "manifest.csv", OUTSIDE),
    _corpus_case("entry-symlink-dev-zero", _entry("z.txt", lambda f, t: (f / "z.txt").symlink_to(
        "/dev/zero")), "manifest.csv", OUTSIDE),
    _corpus_case("entry-folder", _entry("sub", lambda f, t: (f / "sub").mkdir()), "sub", "folder"),
    _corpus_case("entry-fifo", _entry("p.txt", lambda f, t: os.mkfifo(f / "p.txt")), "p.txt", "FIFO"),
    _corpus_case("entry-missing", _entry("gone.txt"), "gone.txt", "not found"),
    _corpus_case("sha-mismatch", _changed, "b.txt", "does not match", "doc_id d1"),
    _corpus_case("article-empty", _article(b""), "b.txt", "empty file"),
    _corpus_case("article-binary", _article(b"\x00\x01\x02"), "b.txt", "binary"),
    _corpus_case("article-shift-jis", _article(JA.encode("shift_jis")), "b.txt", "Shift-JIS"),
    _corpus_case("article-euc-kr", _article(KO.encode("euc_kr")), "b.txt", "EUC-KR"),
    _corpus_case("article-big5", _article(TW.encode("big5")), "b.txt", "Big5"),
    _corpus_case("article-cut-utf8", _article((ZH + "学").encode()[:-2]), "b.txt", "cut off"),
]


def _nb(tmp, *args, corpus=None, **kw):
    folder = corpus(tmp) if corpus else two_good(tmp / "c")
    return ["notebooks", "--corpus", folder, *args]


def _nb_case(name, args_fn, *says, status=2, env=None):
    return Case(f"notebooks:{name}", args_fn, status, says, env=env or {})


def _groups(values, files=None):
    def build(tmp):
        files_ = files or {f"{i}.txt": (ZH if i % 2 == 0 else ZH2).encode() for i in range(len(values))}
        return write_corpus(tmp / "c", files_, groups=values)
    return build


NOTEBOOK_CASES = [
    _nb_case("only-zzz", lambda tmp: _nb(tmp, "--only", "zzz", "--out", tmp / "o"), "notebooks",
             "no notebook name contains 'zzz'"),
    _nb_case("missing-notebook-dir", lambda tmp: _nb(tmp, "--notebook-dir", tmp / "nb", "--out",
                                                      tmp / "o"), "nb", "notebook folder not found"),
    _nb_case("empty-notebook-dir", lambda tmp: (tmp / "nb").mkdir() or _nb(
        tmp, "--notebook-dir", tmp / "nb", "--out", tmp / "o"), "nb", "no numbered notebooks"),
    _nb_case("out-is-a-file", lambda tmp: (tmp / "o").write_text("x") and _nb(tmp, "--out", tmp / "o"),
             "o", "is a file"),
    _nb_case("out-dot", lambda tmp: _nb(tmp, "--out", "."), ".", "project checkout"),
    _nb_case("out-repo-absolute", lambda tmp: _nb(tmp, "--out", ROOT), str(ROOT), "project checkout"),
    _nb_case("out-repo-parent", lambda tmp: _nb(tmp, "--out", ROOT.parent), "project checkout"),
    _nb_case("out-seeds", lambda tmp: _nb(tmp, "--out", "seeds"), "seeds", "seeds/"),
    _nb_case("out-seeds-sub", lambda tmp: _nb(tmp, "--out", "seeds/x"), "seeds/x", "seeds/"),
    _nb_case("out-figures", lambda tmp: _nb(tmp, "--out", "figures"), "figures", "figures/"),
    _nb_case("out-notebooks", lambda tmp: _nb(tmp, "--out", "notebooks"), "notebooks", "notebooks/"),
    _nb_case("out-src", lambda tmp: _nb(tmp, "--out", "src/zhframe"), "src/zhframe", "src/"),
    _nb_case("out-dotgit", lambda tmp: _nb(tmp, "--out", ".git/x"), ".git/x", ".git/"),
    _nb_case("out-corpus", lambda tmp: _nb(tmp, "--out", tmp / "c"), "corpus folder"),
    _nb_case("out-inside-corpus", lambda tmp: _nb(tmp, "--out", tmp / "c" / "out"), "corpus folder"),
    _nb_case("out-holds-corpus", lambda tmp: _nb(tmp, "--out", tmp), "corpus folder"),
    _nb_case("seeds-out-dot", lambda tmp: ["notebooks", "--out", "."], "project checkout"),
    _nb_case("seeds-by-out-figures", lambda tmp: ["notebooks", "--by", "district_pinyin", "--out",
                                                  "figures"], "figures/"),
    _nb_case("jobs-zero", lambda tmp: _nb(tmp, "--jobs", "0", "--out", tmp / "o"), "--jobs"),
    _nb_case("manifest-missing", lambda tmp: _nb(tmp, "--manifest", tmp / "m.csv", "--out", tmp / "o"),
             "m.csv", "not found"),
    _nb_case("by-missing-column", lambda tmp: _nb(tmp, "--by", "outlet", "--out", tmp / "o"),
             "manifest.csv", "no column 'outlet'", "columns: doc_id, file, sha256, grp)"),
    _nb_case("by-internal-column", lambda tmp: _nb(tmp, "--by", "text", "--out", tmp / "o"),
             "manifest.csv", "no column 'text'"),
    _nb_case("by-default-absent", lambda tmp: _nb(tmp, "--out", tmp / "o"), "no column 'district'"),
    _nb_case("empty-group", lambda tmp: _nb(tmp, "--by", "grp", "--out", tmp / "o",
                                            corpus=_groups(["甲", ""])),
             "manifest.csv", "line 3 (doc_id d1)", "empty 'grp' value"),
    _nb_case("one-group", lambda tmp: _nb(tmp, "--by", "grp", "--out", tmp / "o",
                                          corpus=_groups(["甲", "甲"])), "one value only"),
    _nb_case("emoji-group", lambda tmp: _nb(tmp, "--by", "grp", "--out", tmp / "o",
                                            corpus=_groups(["北碚🎉", "开州"])), "line 2", "emoji"),
    _nb_case("dollar-group", lambda tmp: _nb(tmp, "--by", "grp", "--out", tmp / "o",
                                             corpus=_groups(["$x$", "$y^2$"])), "'$'"),
    _nb_case("zwsp-group", lambda tmp: _nb(tmp, "--by", "grp", "--out", tmp / "o",
                                           corpus=_groups(["北\u200b碚", "开州"])), "invisible"),
    _nb_case("newline-group", lambda tmp: _nb(tmp, "--by", "grp", "--out", tmp / "o",
                                              corpus=_groups(["北\n碚", "开州"])), "control"),
    _nb_case("u2028-group", lambda tmp: _nb(tmp, "--by", "grp", "--out", tmp / "o",
                                            corpus=_groups(["北\u2028碚", "开州"])), "line separator"),
    _nb_case("same-text-both-groups", lambda tmp: _nb(tmp, "--by", "grp", "--out", tmp / "o",
             corpus=_groups(["甲", "乙"], {"a.txt": GOOD, "b.txt": GOOD})),
             "line 3 (doc_id d1)", "same text as doc_id d0"),
    _nb_case("same-text-other-whitespace", lambda tmp: _nb(tmp, "--by", "grp", "--out", tmp / "o",
             corpus=_groups(["甲", "乙"], {"a.txt": GOOD, "b.txt": ZH.replace("\n", "\n\n").encode()})),
             "same text"),
    _nb_case("numbers-only-article", lambda tmp: _nb(tmp, "--by", "grp", "--out", tmp / "o",
             corpus=_groups(["甲", "乙"], {"a.txt": GOOD, "b.txt": "2021 2022\n100%，3.5\n".encode()})),
             "b.txt", "only numbers and punctuation"),
    _nb_case("punctuation-only-article", lambda tmp: _nb(tmp, "--by", "grp", "--out", tmp / "o",
             corpus=_groups(["甲", "乙"], {"a.txt": GOOD, "b.txt": "。。。！？——……\n".encode()})),
             "b.txt", "only numbers and punctuation"),
    _nb_case("one-sentence-per-article", lambda tmp: _nb(tmp, "--by", "grp", "--out", tmp / "o",
             corpus=_groups(["甲", "乙"], {"a.txt": "北碚区开展党史学习教育活动。\n".encode(),
                                          "b.txt": "开州区举办专题宣讲会议。\n".encode()})),
             "group '乙' has 1 body paragraph", "at least 2"),
    _nb_case("bad-article-first", lambda tmp: _nb(tmp, "--by", "grp", "--out", tmp / "o",
             corpus=_groups(["甲", "乙"], {"a.txt": GOOD, "b.txt": b""})), "b.txt", "empty file"),
]


def _stdout_case(name, args, says=("<stdout>", "No space left")):
    return Case(f"stdout-full:{name}", lambda tmp: args, 1, says, stdout="/dev/full")


STDOUT_CASES = [
    _stdout_case("corpus", ["corpus", SEEDS]),
    _stdout_case("tokenize", ["tokenize", SEED_FILES[0]]),
    _stdout_case("clean", ["clean", SEED_FILES[0]]),
]


# --- issue 26, third round: options, duplicates, pages, study outputs --------------------------

KEYNESS = ["keyness", "--by", "district", "--target", "北碚区", "--corpus", SEEDS]


def _option_case(name, extra, *says):
    return Case(f"option:{name}", lambda tmp: KEYNESS + list(extra), 2, says)


def _other_study(tmp, link=None):
    """A second zhframe study (another checkout): numbered notebooks, figures, README block."""
    study = tmp / "other"
    (study / "notebooks").mkdir(parents=True)
    (study / "notebooks" / "00_corpus.ipynb").write_text("{}", encoding="utf-8")
    (study / "figures").mkdir()
    (study / "README.md").write_text("<!-- findings:start -->\n<!-- findings:end -->\n",
                                     encoding="utf-8")
    return study


def _out_links_into(sub, tmp):
    out = tmp / "ol"
    out.mkdir()
    (out / sub).symlink_to(ROOT / sub)
    return out


def _dict_case(name, line, *says):
    def setup(tmp):
        (tmp / "d.txt").write_text(line, encoding="utf-8")
        return ["tokenize", "--dict", tmp / "d.txt", SEED_FILES[0]]
    return Case(f"dictionary:{name}", setup, 2, ("d.txt", "line 1") + says)


def _twice(tmp):
    folder = two_good(tmp / "c")
    text = (folder / "manifest.csv").read_text(encoding="utf-8")
    first = text.splitlines()[1]
    (folder / "manifest.csv").write_text(text + first.replace("d0,", "d9,", 1) + "\n",
                                         encoding="utf-8")
    return folder


ROUND3_CASES = [
    _option_case("perm-zero", ["--perm", "0"], "--perm", "got 0"),
    _option_case("perm-1e20", ["--perm", "1e20"], "--perm", "1e20"),
    _option_case("perm-huge", ["--perm", str(10**20)], "--perm", "1,000,000"),
    _option_case("seed-negative", ["--seed", "-1"], "--seed", "got -1"),
    _option_case("alpha-nan", ["--alpha", "nan"], "--alpha", "nan"),
    _option_case("alpha-one", ["--alpha", "1"], "--alpha", "got 1.0"),
    _option_case("alpha-word", ["--alpha", "x"], "--alpha", "'x'"),
    _option_case("min-count-zero", ["--min-count", "0"], "--min-count"),
    Case("option:unknown-command", lambda tmp: ["nosuch"], 2, ("invalid choice: 'nosuch'",)),
    Case("option:cell-timeout-negative", lambda tmp: _nb(tmp, "--out", tmp / "o", "--cell-timeout",
                                                         "-1"), 2, ("--cell-timeout",)),
    Case("option:cell-timeout-env", lambda tmp: _nb(tmp, "--by", "grp", "--out", tmp / "o"), 2,
         ("CELL_TIMEOUT", "'soon'"), env={"CELL_TIMEOUT": "soon"}),
    _dict_case("frequency-2^64", f"党史学习 {2**64} n\n", "too large"),
    _dict_case("frequency-5000-digits", "党史 " + "9" * 5000 + "\n", "too large"),
    _file_case("zero-width-only", "\u200b\u200d\ufeff\u2060\n\u200c".encode(), "invisible characters"),
    _file_case("page-as-txt-no-text", b"<!DOCTYPE html><html><body><script>x()</script></body></html>",
               "no visible text"),
    _corpus_case("same-file-twice", _twice, "manifest.csv", "doc_id d9", "same file as doc_id d0",
                 "list each file once"),
    _corpus_case("same-text-two-groups-keyness", lambda tmp: write_corpus(
        tmp / "c", {"a.txt": GOOD, "b.txt": GOOD + b"\n"}), "manifest.csv", "doc_id d1",
        "same text as doc_id d0", command="keyness"),
    _corpus_case("nfc-nfd-one-group-keyness", lambda tmp: write_corpus(
        tmp / "c", {"a.txt": GOOD, "b.txt": ZH2.encode()}, groups=["Caf\u00e9", "Cafe\u0301"]),
        "manifest.csv", "one value only (Caf\u00e9)", command="keyness"),
    _corpus_case("script-variant-groups-keyness", lambda tmp: write_corpus(
        tmp / "c", {"a.txt": GOOD, "b.txt": ZH2.encode()}, groups=["北碚區", "北碚区"]),
        "manifest.csv", "'北碚区' and '北碚區'", "differ only in script", command="keyness"),
    _corpus_case("traditional-copy-in-other-group", lambda tmp: write_corpus(
        tmp / "c", {"a.txt": GOOD, "b.txt": ZH.replace("区", "區").replace("党", "黨").replace(
            "学习", "學習").replace("开", "開").encode()}, groups=["甲", "乙"]),
        "manifest.csv", "doc_id d1", "same text as doc_id d0", command="keyness"),
    _nb_case("column-with-space", lambda tmp: _nb(tmp, "--by", "outlet type", "--out", tmp / "o",
             corpus=lambda t: two_good(t / "c", by="outlet type")),
             "manifest.csv", "'outlet type'", "--by", "'outlet_type'"),
    _nb_case("column-keyword", lambda tmp: _nb(tmp, "--by", "class", "--out", tmp / "o",
             corpus=lambda t: two_good(t / "c", by="class")), "'class'", "rename"),
    _nb_case("out-other-study", lambda tmp: _nb(tmp, "--by", "grp", "--out", _other_study(tmp)),
             "zhframe study", "other"),
    _nb_case("out-other-study-figures", lambda tmp: _nb(tmp, "--by", "grp", "--out",
                                                        _other_study(tmp) / "figures"), "zhframe study"),
    _nb_case("out-notebooks-link-into-checkout", lambda tmp: _nb(
        tmp, "--by", "grp", "--out", _out_links_into("notebooks", tmp)), "through notebooks/",
        "notebooks/"),
    _nb_case("out-figures-link-into-checkout", lambda tmp: _nb(
        tmp, "--by", "grp", "--out", _out_links_into("figures", tmp)), "through figures/"),
    _nb_case("out-link-to-checkout", lambda tmp: (tmp / "l").symlink_to(ROOT) or _nb(
        tmp, "--by", "grp", "--out", tmp / "l"), "project checkout"),
    Case("cache:unwritable-falls-back", lambda tmp: ["corpus", SEEDS], 0,
         ("note: cache folder", "cannot be written", "only time is lost"),
         env={"ZHFRAME_CACHE_DIR": "/dev/null/zhframe"}),
]

def _numbers_case(name: str, text: str, *fragments: str, max_out: int | None = None) -> Case:
    """``numbers`` on one article: it succeeds quietly and prints the exact value (issue #26, item 3)."""
    def setup(tmp):
        f = tmp / "a.txt"
        f.write_text(text, encoding="utf-8")
        return ["numbers", f]
    return Case(f"numbers:{name}", setup, 0, (), out_has=fragments, max_out=max_out)


#: Wrong numbers of round three: compound magnitudes exact with their unit, long counts exact,
#: and each row a short evidence span, so output grows with the input, not with its square.
NUMBER_CASES = [
    _numbers_case("wan-yi-compound", "全年完成投资114.4万亿元。\n", ",114400000000000,元,"),
    _numbers_case("yi-yi-compound", "运算速度达每秒9.3亿亿次。\n", ",93000000000000000,次,"),
    _numbers_case("qian-yi-one-claim", "预计投入1.2千亿元。\n", "1.2千亿元,120000000000,元,"),
    _numbers_case("400-digit-count", "共有" + "9" * 400 + "人参加。\n", "9" * 400 + ",人,"),
    _numbers_case("20-digit-exact", "另有12345678901234567890户参与。\n", ",12345678901234567890,户,"),
    _numbers_case("evidence-span-not-sentence", "，".join(f"第{i}批完成{i + 1}项" for i in range(1, 400)) + "。\n",
                  ",claim,", max_out=400_000),
]

# --- issue 26, items 1 and 8 as rows: hostile values read in a browser; figures at dozens of groups

def _hostile_notebooks(tmp):
    """Every notebook on the hostile corpus, as ``make figures CORPUS=... BY=outlet OUT=...`` runs them."""
    corpus = write_hostile_corpus(tmp / "c")
    return ["notebooks", "--corpus", corpus, "--by", HOSTILE_BY, "--out", tmp / "out", "--jobs", "2"]


def _nothing_runs_in_a_browser(res, tmp):
    """Every executed notebook exported to HTML (nbconvert, as ``jupyter nbconvert --to html``) and
    the term explorer, opened in headless chromium: nothing an attack put in a group value or doc_id
    ran (no ``window.__pwned``, no alert, no element or attribute made from it) and every value
    reads as its literal text."""
    import re

    import nbformat
    from nbconvert import HTMLExporter

    from browser import INJECTED, VISIBLE_TEXT, alert_text, chromium, open_page
    from zhframe.run.notebooks import find_notebooks

    out = tmp / "out"
    executed = sorted((out / "notebooks").glob("*.ipynb"))
    assert [p.name for p in executed] == [p.name for p in find_notebooks(ROOT / "notebooks")]
    (tmp / "html").mkdir()
    pages = []
    for path in executed:
        body, _ = HTMLExporter().from_notebook_node(nbformat.read(path, as_version=4))
        pages.append(tmp / "html" / f"{path.stem}.html")
        pages[-1].write_text(body, encoding="utf-8")
    explorers = sorted((out / "figures").glob("*.html"))
    assert [p.name for p in explorers] == ["03_term_explorer.html"]
    ampersand = HOSTILE_GROUPS[1]  # holds "R&D &amp;": it must read as exactly that
    with chromium() as d:
        for page in pages + explorers:
            bokeh = page in explorers
            open_page(d, page, wait_for="return window.Bokeh && Bokeh.documents.length > 0" if bokeh else None)
            assert alert_text(d) is None, page.name
            assert d.execute_script(INJECTED) == [], (page.name, d.execute_script(INJECTED))
            text = d.execute_script(VISIBLE_TEXT)
            missing = [g for g in HOSTILE_GROUPS if g not in text]
            assert not missing, (page.name, missing)
            # an entity decoded once too often (R&D &) or escaped twice (R&amp;D)
            assert "R&amp;D" not in text and not re.search(r"R&D &(?!amp;)", text), page.name
            assert "<b>&" not in text, page.name
            if page.stem == "00_corpus":
                assert [i for i in DOC_IDS if i not in text] == [], page.name
            if bokeh:  # axis labels are drawn on a canvas: read them from the page's models
                labels = d.execute_script("return Array.from(Bokeh.documents[0].all_models).filter("
                                          "m => typeof m.axis_label === 'string').map(m => m.axis_label);")
                assert any(ampersand in lab for lab in labels), labels
                assert not any("R&amp;D" in lab for lab in labels), labels


def _refused_group(value):
    def setup(tmp):
        corpus = write_hostile_corpus(tmp / "c", groups=(HOSTILE_GROUPS[0], HOSTILE_GROUPS[1], value))
        return ["notebooks", "--corpus", corpus, "--by", HOSTILE_BY, "--out", tmp / "o"]
    return setup


#: One study of a generated corpus of dozens of groups, measured once for every figure row.
_MANY: dict = {}


def _many_group_records(base: Path) -> dict:
    """``tests/many_groups.py`` on ``benchmarks/corpusgen.py --pages 120 --places 40`` (run once,
    whichever figure row asks first; the others wait for it)."""
    import threading

    lock = _MANY.setdefault("lock", threading.Lock())
    with lock:
        if "records" not in _MANY:
            corpus, out = base / "many_groups", base / "many_groups.json"
            gen = subprocess.run([sys.executable, ROOT / "benchmarks" / "corpusgen.py", "--pages", "120",
                                  "--places", "40", "--out", corpus], capture_output=True, text=True,
                                 env=env(), timeout=300)
            res = gen if gen.returncode else subprocess.run(
                [sys.executable, Path(__file__).with_name("many_groups.py"), corpus, "place", out],
                cwd=ROOT, capture_output=True, text=True, env=env(ZHFRAME_CACHE_DIR=base / "many_cache"),
                timeout=900)
            _MANY["records"] = (json.loads(out.read_text(encoding="utf-8")) if res.returncode == 0 else
                                {"error": " ".join(res.stderr.split())[-300:]})
        return _MANY["records"]


def _figure_row(name):
    def run(tmp):
        records = _many_group_records(tmp.parent)
        rec = records.get(name, {"error": records.get("error", f"{name} was not drawn")})
        problem = rec.get("error")
        stderr = f"zhframe: {name}: {problem}\n" if problem else "".join(f"{w}\n" for w in rec.get("warnings", []))
        return subprocess.CompletedProcess([name], 1 if problem else 0, json.dumps(rec), stderr)
    return run


def _readable(res, tmp):
    """A figure of dozens of groups a reader can read: print size (checked while drawing), all of
    it inside the page, short legends, a bounded number of rows, no overlapping tick or legend
    labels, and when it names some groups but not all, it says how many it leaves out."""
    from many_groups import BOUNDS

    rec = json.loads(res.stdout)
    assert "skipped" not in rec, rec
    assert rec["groups"] >= 30, rec
    assert rec["inside_page"], rec
    for key, bound in BOUNDS.items():
        assert rec[key] <= bound, (key, rec)
    if 1 < rec["groups_named"] < rec["groups"]:
        assert rec["says_how_many_left_out"], rec


def _figure_case(name):
    return Case(f"figures-40-groups:{name}", lambda tmp: [], 0, (), run=_figure_row(name), check=_readable)


def _many_figures():
    from many_groups import FIGURES

    return [_figure_case(name) for name in FIGURES]


HOSTILE_CASES = [
    Case("hostile:every-notebook-in-a-browser", _hostile_notebooks, 0, (),
         out_has=("executed",), check=_nothing_runs_in_a_browser),
    Case("notebooks:hostile-dollar-group", _refused_group("$x$"), 2,
         ("manifest.csv", "line 6 (doc_id $x$", "contains '$'", "rename the group")),
]
FIGURE_CASES = _many_figures()

# --- issue 26, item 5 and 6 as rows: pages recognised by content, joiners, a stdout without Chinese

FIRST, SECOND = "北碚区党史学习教育有力有序开展。", "广大党员干部深入基层，为群众办实事。"
MARKUP = {"DOCTYPE", "html", "meta", "p", "body", "xml", "head", "title", "div", "noframes"}


def _words_case(name: str, file: str, data: bytes, *, first: tuple[str, ...] = (),
                has: tuple[str, ...] = (), exactly: list[str] | None = None, env=None,
                page: bool = True) -> Case:
    """``tokenize`` on one file: it succeeds quietly, its words start with ``first``, include
    ``has`` (or are ``exactly`` these), and (for a ``page``) none is markup."""
    def setup(tmp):
        (tmp / file).write_bytes(data)
        return ["tokenize", tmp / file]

    def check(res, tmp):
        words = res.stdout.split()
        assert not (page and MARKUP & set(words)), words
        assert tuple(words[:len(first)]) == first, words[:10]
        assert [w for w in has if w not in words] == [], words
        if exactly is not None:
            assert words == exactly, ascii(res.stdout)
    return Case(f"pages:{name}", setup, 0, (), env=env or {}, check=check)


def _page(template: str) -> bytes:
    return template.format(FIRST, SECOND).encode("utf-8")


def _mhtml() -> bytes:
    import quopri

    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><p>" + FIRST + "</p><p>"
            + SECOND + "</p></body></html>")
    body = quopri.encodestring(html.encode()).decode()
    return ("From: <Saved by Blink>\r\nSubject: =?utf-8?Q?=E5=8C=97?=\r\n =?utf-8?Q?=E7=A2=9A?=\r\n"
            "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
            "\tboundary=\"--B--\"\r\n\r\n----B--\r\nContent-Type: text/html\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + body + "\r\n----B----\r\n").encode("ascii")


PAGE_WORDS = ("党史学习教育", "群众")
PAGE_CASES = [
    _words_case("shtml", "a.shtml", _page("<html><body><p>{0}</p><p>{1}</p></body></html>"), has=PAGE_WORDS),
    _words_case("xhtml", "a.xhtml", _page('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
                                          "<body><p>{0}</p><p>{1}</p></body></html>"), has=PAGE_WORDS),
    _words_case("php", "a.php", _page("<html><head><title>t</title></head><body><p>{0}</p><p>{1}</p>"
                                      "</body></html>"), has=PAGE_WORDS),
    _words_case("asp", "a.asp", _page("<html><body><div><p>{0}</p><p>{1}</p></div></body></html>"),
                has=PAGE_WORDS),
    _words_case("html-saved-as-txt", "saved.txt", _page(
        "<!DOCTYPE html>\n<html><head><meta charset='utf-8'></head><body><p>{0}</p><p>{1}</p></body></html>"),
        has=PAGE_WORDS),
    _words_case("noframes-keeps-no-tags", "frames.htm", _page(
        "<html><frameset><frame src='a.html'></frameset><noframes><p>{0}</p><p>{1}</p></noframes></html>"),
        has=PAGE_WORDS),
    _words_case("mhtml", "page.mhtml", _mhtml(), first=("北碚区", "党史学习教育")),
    _words_case("mhtml-saved-as-txt", "page.txt", _mhtml(), first=("北碚区", "党史学习教育")),
    _words_case("article-quoting-a-tag-is-not-a-page", "a.txt",
                "文中提到<p>标签。\n北碚区党史学习教育有力有序开展。\n".encode(), has=("北碚区", "p"),
                page=False),  # the quoted tag is the article's text, kept as written
    _words_case("emoji-joiners-never-words", "e.txt", "庆祝👨\u200d👩\u200d👧活动🏳️\u200d🌈开展\n".encode(),
                exactly=["庆祝", "活动", "开展"]),
    _words_case("stdout-cannot-encode-chinese", "s.txt", GOOD, has=("\\u5317\\u789a\\u533a",),  # 北碚区
                env={"PYTHONIOENCODING": "ascii"}),
]

# --- issue 26, item 4 as a row: a difference of script is not a difference ---------------------

def _script_split(tmp):
    """Twelve different articles from one pool of paragraphs: six in simplified script (甲), six
    written in traditional (乙, converted with OpenCC s2t). Nothing but the script tells them apart."""
    from hostile_corpus import ARTICLES
    from zhframe.tokenize.script import to_traditional

    paras = [p for a in ARTICLES for p in a.split("\n\n")[1:]]
    files = {}
    for i in range(12):
        text = f"第{i + 1}篇报道\n\n" + "\n\n".join(paras[(i + k * 5) % len(paras)] for k in range(3))
        files[f"{i}.txt"] = (to_traditional(text) if i >= 6 else text).encode("utf-8")
    folder = write_corpus(tmp / "c", files, groups=["甲"] * 6 + ["乙"] * 6)
    return ["keyness", "--by", "grp", "--target", "甲", "--corpus", folder]


def _no_script_terms(res, tmp):
    from zhframe.tokenize.script import to_simplified

    rows = list(csv.DictReader(res.stdout.splitlines()))
    assert len(rows) > 50, len(rows)
    traditional = [r["term"] for r in rows if to_simplified(r["term"], "traditional").text != r["term"]]
    assert traditional == [], traditional[:10]  # 學習, 黨史 ... were read as words of their own
    assert [r["term"] for r in rows if r["holds_up"] == "True"] == []


SCRIPT_CASES = [
    Case("script:traditional-against-simplified-six-a-side", _script_split, 0, (),
         notes=("甲 against the rest",), check=_no_script_terms),
]

# --- issue 26, items 2 and 7 as rows: one run per OUT, reruns clear their own files, a cache
# that cannot be written costs only time

def _into_a_locked_out(tmp):
    """A second run into an OUT that another run holds (the lock is taken here, in the test)."""
    from zhframe.run.notebooks import locked

    nbdir = _tiny_notebooks(tmp / "proj", "1")
    corpus = two_good(tmp / "c")
    with locked(tmp / "out"):
        return zhframe("notebooks", "--notebook-dir", nbdir, "--corpus", corpus, "--by", "grp",
                       "--out", tmp / "out", "--jobs", "1")


def _nothing_written(res, tmp):
    assert sorted(p.name for p in (tmp / "out").iterdir()) == [".zhframe-run.lock"] or \
        not (tmp / "out" / "notebooks").exists()


EARLIER = ("00_old_corpus_figure.png", "03_keyness.svg", "06_findings.md")
FOREIGN = ("my notes.txt", "README.md", "plot.png")


def _rerun_into_a_used_out(tmp):
    """OUT holds an earlier run's figures and the user's own files: a run of notebook 00 alone
    clears only 00's; the full run then executes only 01 (00 is up to date) and clears every
    earlier file of a notebook it does not have (and no foreign file)."""
    nbdir = _tiny_notebooks(tmp / "proj", "1")
    corpus = two_good(tmp / "c")
    figures = tmp / "out" / "figures"
    figures.mkdir(parents=True)
    for name in EARLIER:
        (figures / name).write_bytes(b"earlier corpus")
    for name in FOREIGN:
        (figures / name).write_bytes(b"the user's")
    args = ["notebooks", "--notebook-dir", nbdir, "--corpus", corpus, "--by", "grp", "--out", tmp / "out",
            "--jobs", "1"]
    first = zhframe(*args, "--only", "00")
    (tmp / "after_first.json").write_text(json.dumps([first.returncode, first.stderr,
                                                      sorted(p.name for p in figures.iterdir())]))
    return zhframe(*args)


def _cleared_own_files_only(res, tmp):
    status, stderr, listing = json.loads((tmp / "after_first.json").read_text())
    assert status == 0, stderr
    assert listing == sorted(set(EARLIER[1:]) | set(FOREIGN))  # only 00's earlier figure cleared
    assert sorted(p.name for p in (tmp / "out" / "figures").iterdir()) == sorted(FOREIGN)


def _place_names_corpus(tmp):
    return write_corpus(tmp / "c", {"a.txt": (ZH + MORE).encode(), "b.txt": (ZH2 + MORE).encode()},
                        groups=["龙马潭区", "江阳区"])


PLACE_KEYNESS = ("keyness", "--by", "grp", "--target", "龙马潭区", "--perm", "9", "--corpus")


def _keyness_with_cache(where):
    """keyness on a corpus with place names the dictionary does not know, the cache folder
    ``where(tmp)``: a path that cannot be a folder."""
    def run(tmp):
        return zhframe(*PLACE_KEYNESS, _place_names_corpus(tmp), ZHFRAME_CACHE_DIR=where(tmp))
    return run


def _same_as_with_a_cache(res, tmp):
    good = zhframe(*PLACE_KEYNESS, tmp / "c", ZHFRAME_CACHE_DIR=tmp / "cache")
    assert good.returncode == 0, good.stderr
    assert res.stdout == good.stdout


def _under_a_file(tmp):
    (tmp / "file").write_text("x")
    return tmp / "file" / "cache"


OUT_CASES = [
    Case("out:second-run-into-a-locked-out", lambda tmp: [], 2,
         ("another zhframe run is writing into this folder",), run=_into_a_locked_out, check=_nothing_written),
    Case("out:rerun-clears-earlier-results-not-foreign-files", lambda tmp: [], 0, (),
         out_has=("executed 1 notebook(s)", "(1 up to date)"), run=_rerun_into_a_used_out,
         check=_cleared_own_files_only),
    Case("cache:under-a-file-place-names", lambda tmp: [], 0, (), notes=("only time is lost", "against the rest"),
         run=_keyness_with_cache(_under_a_file), check=_same_as_with_a_cache),
    Case("cache:dev-full-place-names", lambda tmp: [], 0, (), notes=("only time is lost", "against the rest"),
         run=_keyness_with_cache(lambda tmp: Path("/dev/full/cache")), check=_same_as_with_a_cache),
]

def _function_row(name: str, function: str) -> Case:
    """A row whose fault needs more than one command (a signal mid-run, a patched full disk):
    the check ``function`` of this module (``row_*``) run as its own pytest process."""
    def run(tmp):
        return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o",
                               "python_functions=row_*", "--basetemp", str(tmp / "t"),
                               f"{Path(__file__).resolve()}::{function}"],
                              cwd=ROOT, env=env(), capture_output=True, text=True)

    def passed(res, tmp):
        assert "1 passed" in res.stdout, res.stdout[-2000:]
    return Case(name, lambda tmp: [], 0, (), run=run, check=passed)


FUNCTION_CASES = [
    _function_row("interrupt:ctrl-c-stops-the-pool-with-one-line", "row_ctrl_c_stops_the_pool_at_once_with_one_line"),
    _function_row("out:full-disk-leaves-the-old-file", "row_a_full_disk_leaves_the_old_file_and_no_partial_one"),
    _function_row("notebooks:cell-timeout-named-and-written",
                  "row_a_cell_timeout_is_named_as_one_and_the_notebook_is_written"),
    _function_row("notebooks:jobs-capped-at-cpus", "row_jobs_are_capped_at_the_cpu_count"),
    _function_row("out:another-study-recognised", "row_a_zhframe_study_is_recognised_but_an_earlier_runs_output_is_not"),
]

ALL = (FUNCTION_CASES + FILE_CASES + CORPUS_CASES + NOTEBOOK_CASES + STDOUT_CASES + ROUND3_CASES + NUMBER_CASES
       + HOSTILE_CASES + FIGURE_CASES + PAGE_CASES + SCRIPT_CASES + OUT_CASES)


@pytest.fixture(scope="module")
def untouched():
    """The whole table changes no tracked file of the repository."""
    before = tracked_state()
    yield before
    assert tracked_state() == before


def check_one_line(res, says):
    assert "Traceback" not in res.stderr, res.stderr
    lines = res.stderr.splitlines()
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith("zhframe: "), lines[0]
    for fragment in says:
        assert fragment in lines[0], (fragment, lines[0])


def _run_case(case: Case, tmp: Path):
    tmp.mkdir(parents=True)
    if case.run:
        return case.run(tmp)
    args = case.setup(tmp)
    if case.stdout:
        with open(case.stdout, "w") as out:
            return zhframe(*args, stdout=out, **case.env)
    return zhframe(*args, **case.env)


@pytest.fixture(scope="module")
def table_results(tmp_path_factory, untouched):
    """Every case of the table, run three at a time (each is a short subprocess)."""
    from concurrent.futures import ThreadPoolExecutor

    base = tmp_path_factory.mktemp("table")
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {c.name: pool.submit(_run_case, c, base / f"case{i}") for i, c in enumerate(ALL)}
        results = {name: (f.result(), base / f"case{i}") for i, (name, f) in enumerate(futures.items())}
    assert tracked_state() == untouched  # the whole table changed no tracked file
    return results


@pytest.mark.parametrize("case", ALL, ids=[c.name for c in ALL])
def test_table(case, table_results):
    res, tmp = table_results[case.name]
    assert res.returncode == case.status, (res.returncode, res.stderr)
    if case.says or case.status:
        check_one_line(res, case.says)
    elif case.notes:
        lines = res.stderr.splitlines()
        assert "Traceback" not in res.stderr and len(lines) == len(case.notes), res.stderr
        assert all(sum(n in ln for ln in lines) == 1 for n in case.notes), res.stderr
    else:
        assert res.stderr == "", res.stderr
    for fragment in case.out_has:
        assert fragment in res.stdout, (fragment, res.stdout[:500])
    if case.max_out is not None:
        assert len(res.stdout.encode("utf-8")) <= case.max_out, len(res.stdout)
    out = tmp / "o"
    if case.name.startswith("notebooks:") and out.is_dir():
        assert not any(out.iterdir())  # refused before anything was written
    if case.check:
        case.check(res, tmp)


def test_the_table_covers_the_issue():
    """At least the ~120 faults of the issue's kind, each with its own name."""
    from many_groups import FIGURES

    names = [c.name for c in ALL]
    assert len(names) == len(set(names))
    assert len(names) >= 110
    # issue 26: item 1 read in a browser, item 8 one row per figure the notebooks save
    assert "hostile:every-notebook-in-a-browser" in names
    assert {f"figures-40-groups:{f}" for f in FIGURES} <= set(names)
    saved = set()
    for path in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        saved |= set(re.findall(r'save_figure\((?:.|\n)*?\\"(\d\d_[a-z_]+)\\"', path.read_text(encoding="utf-8")))
    assert saved and saved == set(FIGURES), sorted(saved ^ set(FIGURES))


def test_secret_outside_the_folder_is_never_named_or_hashed(tmp_path):
    """The message for an entry pointing out is the same whether the target exists or not."""
    msgs = []
    for i, entry in enumerate(["../secret.txt", "../nothing.txt"]):
        folder = _entry(entry)(tmp_path / str(i) if (tmp_path / str(i)).mkdir() is None else None)
        res = zhframe("corpus", folder)
        msgs.append(res.stderr.replace(entry, "ENTRY").replace(str(folder), "FOLDER"))
        assert hashlib.sha256("秘密的内容".encode()).hexdigest() not in res.stderr
    assert msgs[0] == msgs[1]


# --- good inputs that used to be mangled ---------------------------------------------------

def test_quoted_newlines_u2028_crlf_and_bom_in_the_manifest(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_bytes(GOOD)
    (folder / "b.txt").write_bytes(ZH2.encode("gb18030"))
    sha_a, sha_b = (hashlib.sha256(p.read_bytes()).hexdigest() for p in (folder / "a.txt", folder / "b.txt"))
    text = (f'doc_id,file,sha256,title\r\nd0,a.txt,{sha_a},"第一行\r\n第二行"\r\n'
            f'd1,b.txt,{sha_b},"甲\u2028乙, ""引号"""\r\n')
    (folder / "manifest.csv").write_bytes(b"\xef\xbb\xbf" + text.encode())
    res = zhframe("corpus", folder)
    assert res.returncode == 0, res.stderr
    rows = list(csv.DictReader(res.stdout.splitlines(keepends=True)))
    assert [r["title"] for r in rows] == ["第一行\n第二行", '甲\u2028乙, "引号"']
    assert [r["encoding"] for r in rows] == ["UTF-8", "GB18030"]


# --- the Makefile ---------------------------------------------------------------------------

def _make(tmp_path, *assignments):
    """``make figures`` with a stub python that records its arguments (nothing else runs)."""
    stub = tmp_path / "bin"
    stub.mkdir(exist_ok=True)
    log = tmp_path / "argv.json"
    (stub / "python").write_text(
        "#!" + sys.executable + "\nimport json, sys\n"
        f"json.dump(sys.argv[1:], open({str(log)!r}, 'w'))\n")
    (stub / "python").chmod(0o755)
    res = subprocess.run(["make", "-s", "figures", f"BIN={stub}", "READY=", "FIGURES_STAMP=",
                          *assignments], cwd=ROOT, capture_output=True, text=True, env=env())
    return res, (json.loads(log.read_text()) if log.exists() else None)


@pytest.mark.skipif(shutil.which("make") is None, reason="make not installed")
def test_make_passes_parameters_as_exact_words_and_runs_nothing(tmp_path, untouched):
    weird = str(tmp_path / "we`touch PWNED1`ird $(touch PWNED2) it's $HOME")
    res, argv = _make(tmp_path, f"CORPUS={weird}", f"OUT={tmp_path}/o;touch PWNED3")
    assert res.returncode == 0, res.stderr
    assert argv[argv.index("--corpus") + 1] == weird
    assert argv[argv.index("--out") + 1] == f"{tmp_path}/o;touch PWNED3"
    for where in (ROOT, tmp_path):
        assert not list(where.glob("PWNED*"))
    assert tracked_state() == untouched


@pytest.mark.skipif(shutil.which("make") is None, reason="make not installed")
@pytest.mark.parametrize("assignment, flag, value", [
    ("BY=district_pinyin", "--by", "district_pinyin"),
    ("MANIFEST=seeds/manifest.csv", "--manifest", "seeds/manifest.csv"),
])
def test_make_honours_by_and_manifest_on_the_seeds(tmp_path, assignment, flag, value):
    res, argv = _make(tmp_path, assignment)
    assert res.returncode == 0, res.stderr
    assert argv[argv.index(flag) + 1] == value
    assert argv[argv.index("--corpus") + 1] == "seeds"


@pytest.mark.skipif(shutil.which("make") is None, reason="make not installed")
@pytest.mark.parametrize("out", [".", "seeds", "figures", "notebooks"])
def test_make_figures_refuses_to_overwrite_the_study(out, untouched):
    res = subprocess.run(["make", "-s", "figures", f"OUT={out}", "READY=",
                          f"BIN={Path(sys.executable).parent}"], cwd=ROOT, capture_output=True,
                         text=True, env=env())
    assert res.returncode != 0
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith("zhframe: ")]
    assert len(lines) == 1 and "Traceback" not in res.stderr, res.stderr
    assert tracked_state() == untouched


# --- runs that execute notebooks (tiny ones, and one real one) ---------------------------------

def _tiny_notebooks(folder: Path, body: str) -> Path:
    from tiny_notebooks import tiny_notebooks

    return tiny_notebooks(folder, body)


def test_every_failing_notebook_is_one_line_naming_it_and_is_written(tmp_path):
    """Each failure its own line (notebook, cell, error); each failed notebook written with it."""
    import nbformat

    nbdir = _tiny_notebooks(tmp_path / "proj", "raise ValueError('boom\\nsecond line')")
    corpus = two_good(tmp_path / "c")
    res = zhframe("notebooks", "--notebook-dir", nbdir, "--corpus", corpus, "--by", "grp",
                  "--out", tmp_path / "o", "--jobs", "1")
    assert res.returncode == 1
    lines = res.stderr.splitlines()
    assert "Traceback" not in res.stderr and "IPKernelApp" not in res.stderr
    assert len(lines) == 2, res.stderr
    for line, name in zip(lines, ("00_a.ipynb", "01_b.ipynb")):
        assert line.startswith("zhframe: ") and name in line
        assert "failed in cell " in line and "ValueError: boom second line" in line
        nb = nbformat.read(tmp_path / "o" / "notebooks" / name, as_version=4)
        assert any(o.get("output_type") == "error" for c in nb.cells for o in c.get("outputs", []))


def test_tiny_runs_are_quiet_identical_relative_and_survive_bad_timings(tmp_path):
    """Two runs: same bytes, no absolute path, fixed injected cell id, nothing on stderr;
    a malformed notebook_seconds.json and null cache rows change nothing."""
    nbdir = _tiny_notebooks(tmp_path / "proj", "import os\nprint(CORPUS_DIR, FIGURES_DIR)\n"
                                               "print(sorted(os.listdir(CORPUS_DIR)))")
    corpus = two_good(tmp_path / "c")
    cache = tmp_path / "cache"
    cache.mkdir()
    outputs = []
    for i, timings in enumerate(['{"00_a.ipynb": "slow", "01_b.ipynb": null}', "[1, 2", "[]"]):
        (cache / "notebook_seconds.json").write_text(timings)
        res = zhframe("notebooks", "--notebook-dir", nbdir, "--corpus", corpus, "--by", "grp",
                      "--out", tmp_path / f"o{i}", "--jobs", "2", ZHFRAME_CACHE_DIR=cache)
        assert res.returncode == 0, res.stderr
        assert res.stderr == ""
        outputs.append([(p.name, p.read_bytes()) for p in sorted((tmp_path / f"o{i}" / "notebooks")
                                                                  .glob("*.ipynb"))])
    assert outputs[0] == outputs[1] == outputs[2]
    text = outputs[0][0][1].decode()
    assert str(tmp_path) not in text and "/tmp" not in text
    nb = json.loads(text)
    injected = [c for c in nb["cells"] if "injected-parameters" in c["metadata"].get("tags", [])]
    assert [c["id"] for c in injected] == ["injected-parameters"]
    assert "../../c" in "".join(injected[0]["source"])
    assert "manifest.csv" in text  # the notebook really read the corpus through the relative path


def test_in_place_run_removes_an_injected_cell_left_in_a_committed_notebook(tmp_path):
    import nbformat

    nbdir = _tiny_notebooks(tmp_path / "proj", "print(GROUP_BY)")
    two_good(tmp_path / "proj" / "seeds", by="district")
    path = nbdir / "00_a.ipynb"
    nb = nbformat.read(path, as_version=4)
    stale = nbformat.v4.new_code_cell('GROUP_BY = "outlet"')
    stale.metadata["tags"] = ["injected-parameters"]
    nb.cells.insert(1, stale)
    nbformat.write(nb, path)
    res = zhframe("notebooks", "--notebook-dir", nbdir, "--only", "00", "--jobs", "1",
                  cwd=tmp_path / "proj")
    assert res.returncode == 0, res.stderr
    nb = nbformat.read(path, as_version=4)
    assert all("injected-parameters" not in c.metadata.get("tags", []) for c in nb.cells)
    assert nb.cells[-1].outputs[0]["text"] == "district\n"


def test_read_only_notebooks_are_refused_before_running(tmp_path, monkeypatch):
    from zhframe.run import notebooks
    from zhframe.infra.errors import InputError

    nbdir = _tiny_notebooks(tmp_path / "proj", "1")
    monkeypatch.setattr(notebooks.os, "access", lambda path, mode: False)
    with pytest.raises(InputError, match="read-only"):
        notebooks.run_all(nbdir, jobs=1)


def test_null_rows_in_every_cache_change_no_result(tmp_path):
    """keyness on the seeds with every cached row nulled equals a run with no cache."""
    args = ("keyness", "--by", "district", "--target", "北碚区")
    fresh = zhframe(*args, ZHFRAME_CACHE_DIR=tmp_path / "a")
    assert fresh.returncode == 0, fresh.stderr
    for db in (tmp_path / "a").glob("*.sqlite"):
        con = sqlite3.connect(db)
        with con:
            con.execute("UPDATE cache SET value = NULL")
        con.close()
    again = zhframe(*args, ZHFRAME_CACHE_DIR=tmp_path / "a")
    assert again.returncode == 0, again.stderr
    assert again.stdout == fresh.stdout
    assert "Traceback" not in again.stderr


# --- known failures, owned elsewhere (strict: they flag when fixed) -------------------------

def test_keyness_refuses_an_empty_group_value(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": (ZH + MORE).encode(), "b.txt": (ZH2 + MORE).encode(),
                                           "c.txt": (ZH2 + "另一篇。\n").encode()}, groups=["甲", "乙", ""])
    res = zhframe("keyness", "--by", "grp", "--target", "甲", "--corpus", folder)
    assert res.returncode == 2
    check_one_line(res, ("manifest.csv", "line 4 (doc_id d2)", "empty 'grp' value"))


def test_short_articles_without_layout_decisions_run_through_cleanup(tmp_path):
    corpus = two_good(tmp_path / "c")
    res = zhframe("notebooks", "--corpus", corpus, "--by", "grp", "--out", tmp_path / "o",
                  "--only", "01", "--jobs", "1")
    assert res.returncode == 0, res.stderr


# --- issue 26 round 3 and issue 27: the output guard, runs that fail well ---------------------

def row_a_full_disk_leaves_the_old_file_and_no_partial_one(tmp_path, monkeypatch):
    import errno

    from zhframe.infra import files

    target = tmp_path / "06_what_holds_up.png"
    target.write_bytes(b"the earlier figure")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        files.write_bytes_atomic(target, b"\x89PNG" + bytes(1000))
    assert target.read_bytes() == b"the earlier figure"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_save_figure_writes_through_the_atomic_writer(tmp_path, monkeypatch):
    """No 0-byte PNG: the figure writer stages every file and replaces it in one step."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from zhframe import plots
    from zhframe.infra import files

    calls = []
    real = files.write_bytes_atomic
    monkeypatch.setattr(plots, "write_bytes_atomic", lambda p, d: calls.append(p) or real(p, d))
    fig, ax = plt.subplots(figsize=(3.5, 2.5))
    ax.plot([0, 1], [0, 1])
    paths = plots.save_figure(fig, "00_probe", tmp_path)
    # every file written is staged: the figures and the PNG kept in the figure cache
    assert set(paths) <= set(calls) and all(c in paths or c.parent.name == "figures" for c in calls)
    assert all(p.stat().st_size > 0 for p in paths)


def row_a_cell_timeout_is_named_as_one_and_the_notebook_is_written(tmp_path):
    import nbformat

    nbdir = _tiny_notebooks(tmp_path / "proj", "import time\ntime.sleep(60)")
    corpus = two_good(tmp_path / "c")
    res = zhframe("notebooks", "--notebook-dir", nbdir, "--corpus", corpus, "--by", "grp",
                  "--out", tmp_path / "o", "--jobs", "1", "--only", "00", "--cell-timeout", "2")
    assert res.returncode == 1
    check_one_line(res, ("00_a.ipynb", "timed out in cell", "--cell-timeout"))
    assert "cannot be written" not in res.stderr
    nb = nbformat.read(tmp_path / "o" / "notebooks" / "00_a.ipynb", as_version=4)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors[-1]["ename"] == "CellTimeoutError"  # after the interrupt nbclient sends the kernel


def test_no_cell_limit_by_default():
    from zhframe.run import notebooks

    assert notebooks.DEFAULT_CELL_TIMEOUT is None
    assert notebooks.cell_timeout_from_env() is None or "CELL_TIMEOUT" in os.environ


def row_ctrl_c_stops_the_pool_at_once_with_one_line(tmp_path):
    """SIGINT to the whole process group (what a terminal sends): one line, exit 130, no
    queued notebook starts and no running one finishes."""
    import signal
    import time

    nbdir = _tiny_notebooks(tmp_path / "proj", "import time\ntime.sleep(600)\nprint('finished')")
    import nbformat
    for extra in ("02_c.ipynb", "03_d.ipynb"):
        nb = nbformat.read(nbdir / "00_a.ipynb", as_version=4)
        nbformat.write(nb, nbdir / extra)
    corpus = two_good(tmp_path / "c")
    proc = subprocess.Popen([sys.executable, "-m", "zhframe", "notebooks", "--notebook-dir", nbdir,
                             "--corpus", corpus, "--by", "grp", "--out", tmp_path / "o",
                             "--jobs", "2"], cwd=ROOT, env=env(ZHFRAME_CACHE_DIR=tmp_path / "cache"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            # what a terminal's program gets: Ctrl-C neither ignored nor blocked, whatever
                            # the test runner's own process inherited
                            preexec_fn=lambda: (signal.signal(signal.SIGINT, signal.SIG_DFL),
                                                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list((tmp_path / "o" / "notebooks").glob(".*.tmp.ipynb"))
                                              if (tmp_path / "o" / "notebooks").is_dir() else []) < 2:
        time.sleep(0.5)
    os.killpg(proc.pid, signal.SIGINT)
    # a hang fails here, well before the 600 s cells; the margin is for a loaded machine
    try:
        out, err = proc.communicate(timeout=240)
    except subprocess.TimeoutExpired:
        status = Path(f"/proc/{proc.pid}/status").read_text(errors="replace")
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("still running 240 s after Ctrl-C; " + " ".join(
            ln for ln in status.splitlines() if ln.startswith(("State", "SigBlk", "SigIgn", "SigCgt"))))
    assert proc.returncode == 130, err
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    assert err.startswith("zhframe: interrupted")
    for p in (tmp_path / "o" / "notebooks").glob("*.ipynb"):  # nothing ran to its end
        nb = nbformat.read(p, as_version=4)
        assert not any("finished" in o.get("text", "") for c in nb.cells for o in c.get("outputs", []))
    assert not list((tmp_path / "o" / "notebooks").glob("0[23]_*.ipynb"))  # queued: never started


def row_jobs_are_capped_at_the_cpu_count():
    from zhframe.run.notebooks import usable_jobs

    cpus = os.cpu_count() or 1
    assert usable_jobs(10**6) == cpus
    assert usable_jobs(10**6, n_notebooks=1) == 1
    assert usable_jobs(1) == 1


def row_a_zhframe_study_is_recognised_but_an_earlier_runs_output_is_not(tmp_path):
    from zhframe.run.notebooks import LOCK_NAME, is_study

    assert is_study(ROOT)
    study = _other_study(tmp_path)
    assert is_study(study)
    out = tmp_path / "out"
    (out / "notebooks").mkdir(parents=True)
    (out / "figures").mkdir()
    (out / "notebooks" / "00_corpus.ipynb").write_text("{}", encoding="utf-8")
    (out / LOCK_NAME).write_text("", encoding="utf-8")
    assert not is_study(out)
    assert not is_study(tmp_path / "nothing")


def test_corpus_without_a_folder_outside_a_checkout_says_what_to_pass(tmp_path, monkeypatch):
    from zhframe.infra import paths
    from zhframe.infra.errors import InputError
    from zhframe.run.commands import corpus

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(paths, "checkout_root", lambda: None)
    monkeypatch.setattr(paths, "SHIPPED_SEEDS", tmp_path / "none")
    import argparse
    with pytest.raises(InputError, match="give a corpus folder: zhframe corpus DIR"):
        corpus.run(argparse.Namespace(folder=None, manifest=None, dict=[]))
