"""The learned fact filter's tool (tools/train_fact_filter.py, fx23, issue 13): the features it reads
off an extracted page's facts, and the plain-Python model application. Invented pages only."""

from __future__ import annotations

import importlib.util
from typing import Any

from conftest import ROOT
from dipnet.model import Document, Fact, Segment
from dipnet.pipeline import extract

PAGE = ("甲国对乙国出口增长\n\n新华社北京2025年3月8日电 甲国海关数据显示,2024年甲国对乙国出口额达1200亿美元,"
        "同比增长12%。两国建交已有三十周年。\n")


def _tool() -> Any:
    spec = importlib.util.spec_from_file_location("train_fact_filter", ROOT / "tools" / "train_fact_filter.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _doc(text: str, facts: list[Fact]) -> Document:
    doc = Document(doc_id="t", source="t.txt", raw=text, text=text, offsets=list(range(len(text) + 1)),
                   title=text[:text.index("\n")])
    doc.segments = [Segment("title", 0, text.index("\n")), Segment("body", text.index("\n") + 1, len(text))]
    doc.facts = facts
    return doc


def test_features_read_the_facts_of_an_extracted_page_and_nothing_else() -> None:
    tool = _tool()
    doc = extract(PAGE, source="t.txt")
    assert doc.facts
    feats = tool.fact_features(doc, doc.facts)
    assert len(feats) == len(doc.facts)
    assert feats == tool.fact_features(doc, doc.facts)  # the page alone decides them
    for f, fs in zip(doc.facts, feats, strict=True):
        assert f"u={f.unit}" in fs and f"p={f.predicate}" in fs
        assert any(x.startswith("zone=") for x in fs)


def test_the_number_form_and_its_cues_are_features() -> None:
    tool = _tool()
    text = "丙国与丁国关系\n丙国与丁国举行第五届论坛,庆祝建交四十周年。丙国共有1500名志愿者。\n"
    s = text.index("丙国与丁国举行")
    comma = text.index(",", s)
    ordinal = Fact("丙国", "count", 5.0, "count", None, s, comma)
    jubilee = Fact("丙国", "years", 40.0, "year", None, comma + 1, text.index("。", s))
    k = text.index("丙国共有")
    counted = Fact("", "count", 1500.0, "person", None, k, text.index("。", k))
    doc = _doc(text, [ordinal, jubilee, counted])
    a, b, c = tool.fact_features(doc, doc.facts)
    assert "cl=第" in a and "cl=届" in a and "form=chinese" in a
    assert "cl=周年" in b and "ca=周年" in b
    assert "form=digits" in c and "cb=有" in c and "holder=none" in c and "size=i4" in c
    assert "zone=body" in c and "insent=1" in c


def test_the_number_is_found_by_its_mantissa() -> None:
    tool = _tool()
    text = "出口额达1012亿美元"
    a, b = tool._number_at(text, 0, len(text), 1.012e11)
    assert text[a:b] == "1012"
    a, b = tool._number_at(text, 0, len(text), 7.0)  # no such digits: the first number
    assert text[a:b] == "1012"


def test_the_model_applies_as_a_plain_weighted_sum() -> None:
    tool = _tool()
    model = {"bias": -1.0, "weights": {"u=count": 2.0, "cl=第": -3.0}}
    assert abs(tool.probability(model, ["u=count"]) - 0.7310585786) < 1e-9
    assert tool.probability(model, ["u=count", "cl=第"]) < 0.2
    assert tool.probability(model, ["unknown"]) == tool.probability(model, [])
