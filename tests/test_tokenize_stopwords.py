"""A run's own stopwords: --stopwords FILE, a corpus folder's stopwords.txt, ZHFRAME_STOPWORDS."""

import argparse
import shutil
from pathlib import Path

import pytest

from zhframe.infra.errors import InputError
from zhframe.tokenize import Tokenizer
from zhframe.tokenize import dictionaries, stopwords
from zhframe.run.options import add_dict_argument
from zhframe.tokenize.dictionaries import dictionaries_from_args
from zhframe.tokenize.stopwords import ENV, corpus_stopwords, read_stopwords, use_stopwords

ROOT = Path(__file__).resolve().parents[1]
TEXT = "党史学习教育在北碚持续升温"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    for name in (ENV, dictionaries.ENV):
        monkeypatch.setenv(name, "")   # recorded, so whatever a command sets is undone after the test
        monkeypatch.delenv(name)


def _args(*argv):
    parser = argparse.ArgumentParser()
    add_dict_argument(parser)
    return parser.parse_args(list(argv))


def test_read_stopwords_skips_comments_and_rejects_a_dictionary(tmp_path):
    f = tmp_path / "stop.txt"
    f.write_text("# mine\n升温\n\n  持续  \n", encoding="utf-8")
    assert read_stopwords(f) == ["升温", "持续"]
    bad = tmp_path / "bad.txt"
    bad.write_text("升温\n党史 100 n\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.txt.*line 2"):
        read_stopwords(bad)


def test_stopwords_option_drops_the_words_in_a_new_tokenizer(tmp_path):
    before = Tokenizer(cache=False)
    assert "升温" in before(TEXT)
    f = tmp_path / "stop.txt"
    f.write_text("升温\n", encoding="utf-8")
    dictionaries_from_args(_args("--stopwords", str(f)))
    after = Tokenizer(cache=False)
    assert "升温" not in after(TEXT) and "北碚" in after(TEXT)
    assert after.fingerprint != before.fingerprint     # the disk cache cannot serve the old tokens
    # a keep-all tokenizer still keeps them (stopwords off)
    assert "升温" in Tokenizer.keep_all(cache=False)(TEXT)


def test_corpus_folder_stopwords_txt_is_picked_up(tmp_path):
    (tmp_path / "stopwords.txt").write_text("持续\n", encoding="utf-8")
    assert corpus_stopwords(tmp_path) == [tmp_path / "stopwords.txt"]
    dictionaries_from_args(_args(), tmp_path)
    assert "持续" not in Tokenizer(cache=False)(TEXT)


def test_missing_or_bad_file_is_one_clear_error(tmp_path):
    with pytest.raises(InputError, match="stopword file not found"):
        dictionaries_from_args(_args("--stopwords", str(tmp_path / "nope.txt")))
    bad = tmp_path / "bad.txt"
    bad.write_text("a b\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        use_stopwords([bad])


def test_a_file_gone_since_is_skipped_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV, str(tmp_path / "gone.txt"))
    with pytest.warns(UserWarning, match="stopword file not found"):
        assert stopwords.run_stopwords() == []


def test_every_command_with_dict_has_stopwords(tmp_path, capsys):
    """The tokenize command, end to end: --stopwords drops the word from its output."""
    from zhframe.run.cli import main

    src = tmp_path / "in.txt"
    src.write_text(TEXT + "\n", encoding="utf-8")
    stop = tmp_path / "stop.txt"
    stop.write_text("升温\n", encoding="utf-8")
    assert main(["tokenize", str(src)]) == 0
    assert "升温" in capsys.readouterr().out
    assert main(["tokenize", "--stopwords", str(stop), str(src)]) == 0
    assert "升温" not in capsys.readouterr().out.split()
    assert main(["tokenize", "--stopwords", str(tmp_path / "nope.txt"), str(src)]) == 2
    assert "stopword file not found" in capsys.readouterr().err


def test_makefile_passes_stopwords_to_the_notebooks_command():
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "STOPWORDS ?=" in make
    assert "--stopwords $(call shq,STOPWORDS)" in make
    # a STOPWORDS= run is a run of its own, never the seeds' in-place rebuild
    seeds_rule = next(line for line in make.splitlines() if line.startswith("ifeq ("))
    assert "$(STOPWORDS)" in seeds_rule
