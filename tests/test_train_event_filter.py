"""The learned event filter's tool (tools/train_event_filter.py, issue 13): the features it reads off
an extracted page, and a training that gives the same weights every time, which the plain-Python
scoring applies as scikit-learn would. Invented pages only."""

from __future__ import annotations

import importlib.util
import json
from typing import Any

import pytest

from conftest import ROOT
from dipnet.pipeline import extract

PAGE = ("甲乙两国签署合作协议\n\n越通社河内——2025年6月10日,越南国家主席梁强在河内会见了老挝总理宋赛·西潘敦。"
        "双方一致同意加强合作。当天,两国还签署了贸易合作协议。\n")


def _tool() -> Any:
    spec = importlib.util.spec_from_file_location("train_event_filter", ROOT / "tools" / "train_event_filter.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_features_describe_each_event_from_what_the_rules_computed() -> None:
    tool = _tool()
    doc = extract(PAGE, source="t.txt")
    assert doc.events
    feats = tool.event_features(doc, doc.events)
    assert len(feats) == len(doc.events)
    assert feats == tool.event_features(doc, doc.events)  # nothing but the page decides them
    for ev, fs in zip(doc.events, feats, strict=True):
        assert f"t={ev.type}" in fs
        assert any(f.startswith("zone=") for f in fs)
        assert f"t={ev.type}|st={ev.status}" in fs
    meet = next(fs for ev, fs in zip(doc.events, feats, strict=True) if ev.type == "MEET")
    assert "t=MEET|kinds=PERSON" in meet  # two people meet


class _Row:
    def __init__(self, name: str, feats: list[list[str]], labels: list[int]) -> None:
        self.name, self.feats, self.labels = name, feats, labels
        self.status_labels = [k % 2 for k in range(len(labels))]


def test_training_is_deterministic_and_applied_in_plain_python() -> None:
    pytest.importorskip("sklearn", reason="scikit-learn is the [train] extra")
    tool = _tool()
    rows = [_Row(f"p{i}", [["t=MEET", "zone=lead"], ["t=CONFERENCE", "w=论坛", "zone=body"]], [1, int(i % 3 == 0)])
            for i in range(12)]
    a, b = tool.fit(rows, 1.0), tool.fit(rows, 1.0)
    assert a == b
    assert tool.fit(rows, 1.0, status=True) == tool.fit(rows, 1.0, status=True)
    good, bad = tool.probability(a, ["t=MEET", "zone=lead"]), tool.probability(a, ["t=CONFERENCE", "w=论坛", "zone=body"])
    assert good > 0.9 > 0.5 > bad


def test_extra_pages_pair_with_their_gold_by_full_url_even_when_file_names_repeat(tmp_path) -> None:
    tool = _tool()
    gold_file = tool.SHARED / "eval" / "gold" / "dev.jsonl"
    if not gold_file.exists():
        pytest.skip("the shared scorer is not here")
    sc = tool.load_scorer(str(gold_file))
    other = PAGE.replace("老挝总理宋赛·西潘敦", "柬埔寨首相洪玛奈").replace("老挝", "柬埔寨")
    urls = ["https://a.example/news/1.html", "https://b.example/news/1.html"]  # one file name, two pages
    pages = tmp_path / "pages.jsonl"
    pages.write_text("".join(json.dumps({"url": u, "text": t}, ensure_ascii=False) + "\n"
                             for u, t in zip(urls, (PAGE, other), strict=True)), encoding="utf-8")
    golds = [{"source": "p01", "url": urls[0], "events": [{"type": "MEET", "status": "occurred",
                                                            "participants": ["梁强", "宋赛·西潘敦"]}]},
             {"source": "p01", "url": urls[1], "events": [{"type": "MEET", "status": "planned",
                                                            "participants": ["梁强", "洪玛奈"]}]}]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in golds), encoding="utf-8")
    rows = tool.extra_rows(sc, str(pages), str(gold))
    assert [r.name for r in rows] == ["gold/001", "gold/002"]  # both pages, not one per file name
    for r in rows:
        meet = [y for e, y in zip(r.pred["events"], r.labels, strict=True) if e["type"] == "MEET"]
        assert meet == [1]  # each page's MEET meets its own page's gold
    # the status labels: 1 where the rules' status (occurred here) is not the gold one
    assert [[y for e, y in zip(r.pred["events"], r.status_labels, strict=True) if e["type"] == "MEET"]
            for r in rows] == [[0], [1]]


def test_labelled_rows_are_built_once_then_read_from_the_cache(tmp_path: Any) -> None:
    _tool()  # puts tools/ on the path, as running a tool does
    from keepdrop import cached_rows

    cache = tmp_path / "rows.pkl"
    calls: list[int] = []

    def build() -> list[Any]:
        calls.append(1)
        return [{"page": "甲", "labels": [1, 0]}]

    assert cached_rows(str(cache), build) == [{"page": "甲", "labels": [1, 0]}]
    assert cached_rows(str(cache), build) == [{"page": "甲", "labels": [1, 0]}]
    assert calls == [1] and cache.exists()
    assert cached_rows(None, build) and calls == [1, 1]
