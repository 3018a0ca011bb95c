"""The device registry: a new device is one module and one lexicon row, and everything
that lists features (families, paragraph features, labels, rates) derives from it."""

import sys

import pandas as pd
import pytest

from zhframe.rhetoric import registry
from zhframe.rhetoric.features import feature_families, group_rates, paragraph_features
from zhframe.rhetoric.labels import label

DEVICE_MODULE = '''
from zhframe.rhetoric.registry import Device

def paragraph_counts(p):
    return {"exclamations": p.text.count("！"), "quoted_exclamations": sum(
        q.text.endswith("！") for q in p.quotes)}

DEVICE = Device("exclamations", ("exclamations", "quoted_exclamations"),
                labels={"exclamations": "感叹 exclamations"}, paragraph=paragraph_counts)
'''


@pytest.fixture
def extra_device(tmp_path, monkeypatch):
    (tmp_path / "zhf_test_exclaim.py").write_text(DEVICE_MODULE, encoding="utf-8")
    shipped = registry.DEVICES_FILE
    from zhframe.rhetoric.lexicon import data_path
    table = data_path(shipped).read_text(encoding="utf-8") + "exclamations,zhf_test_exclaim\n"
    (tmp_path / "devices.csv").write_text(table, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(registry, "DEVICES_FILE", str(tmp_path / "devices.csv"))
    yield
    sys.modules.pop("zhf_test_exclaim", None)


def test_shipped_devices_in_order_with_labels_for_every_column():
    names = [d.name for d in registry.devices()]
    assert names == ["quotes", "numbers", "enumerations", "voices", "stance", "frames", "headings"]
    fams = feature_families()
    assert list(fams) == names[:-1]            # headings are article-level: no paragraph counts
    for cols in fams.values():
        for c in cols:
            assert label(c) != c, c               # every count column has a readable label


def test_a_new_device_is_one_module_and_one_row(extra_device):
    assert feature_families()["exclamations"] == ["exclamations", "quoted_exclamations"]
    paras = pd.DataFrame({"doc_id": ["a", "b"], "g": ["x", "y"],
                          "text": ["“干得好！”他说。真好！", "平静的一天。"]})
    pf = paragraph_features(paras, names={})
    assert list(pf["exclamations"]) == [2, 0] and list(pf["quoted_exclamations"]) == [1, 0]
    assert label("exclamations") == "感叹 exclamations"
    r = group_rates(pf, "g", feature_families()["exclamations"], n_boot=10)
    assert set(r["feature"]) == {"exclamations", "quoted_exclamations"}


def test_a_row_naming_no_device_is_one_clear_error(tmp_path):
    bad = tmp_path / "devices.csv"
    bad.write_text("device,module\nghost,zhf_no_such_module\n", encoding="utf-8")
    with pytest.raises(ValueError, match="ghost"):
        registry.devices(str(bad))


def test_paragraph_is_read_once_for_every_device(monkeypatch):
    from zhframe.rhetoric import quotes
    calls = []
    real = quotes.classify_with_evidence
    monkeypatch.setattr(quotes, "classify_with_evidence", lambda *a: calls.append(1) or real(*a))
    text = "全区开展“我为群众办实事”实践活动900余次，“路灯亮了。”村民说。"
    p = registry.Paragraph(text)
    counts = registry.paragraph_counts(p)
    assert counts["claims"] == 1 and counts["voice_beneficiary"] == 1
    assert len(calls) == 2                     # two quotations, each classified once
