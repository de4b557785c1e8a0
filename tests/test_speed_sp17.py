"""sp17 (issue 17): the gated paths give what the ungated code gave, on invented text."""

from __future__ import annotations

import importlib
import random

import pytest

from dipnet.model import Document
from dipnet.recognize import recognize

fieldlists = importlib.import_module("dipnet.recognize.fieldlists")

_PIECES = ["越南", "老挝", "中国", "国会", "外交部", "财政部", "外交", "国际合作", "媒体新闻", "经贸", "科技合作",
           "能源", "农业", "、", "、", "及", "和", "与", "委员会", "联合委员会", "理事会", "基金会", "分委会",
           "政府间", "的", "在", ",", "。", "两国", "举行", "会议", "-", "俄罗斯", "谅山", "广宁", "1", "主席"]


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(4, 30))) for _ in range(n)]


def test_fields_end_needs_a_suffix_after_a_list_mark() -> None:
    """_fields_end reads a body's word only where one starts after the first 、 past p and within
    _REACH: the gate add_field_lists asks before it."""
    for text in _texts(17, 400):
        starts = sorted({k for w in fieldlists._SUFFIXES for k in fieldlists.find_every(text, w)})
        for p in range(len(text)):
            if fieldlists._fields_end(text, p):
                q = text.find(fieldlists._LIST, p, p + fieldlists._REACH)
                assert q >= 0 and any(q < k < p + fieldlists._REACH for k in starts), (text, p)


def _doc(text: str) -> Document:
    return Document(doc_id="t", source="t", raw=text, text=text, offsets=list(range(len(text) + 1)))


def _shape(doc: Document) -> list[tuple[int, int, str, str, str | None]]:
    return [(m.start, m.end, m.text, m.type, m.entity_id) for m in doc.mentions]


def test_field_lists_gated_reads_what_ungated_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Recognition with the suffix gate gives the mentions it gives with the gate opened (a body's
    word said to start everywhere)."""
    texts = _texts(171, 60) + ["越南国会外交、国际合作及媒体新闻委员会主席会见客人。",
                               "越南-俄罗斯政府间经贸、科技合作联合委员会举行会议。"]
    for text in texts:
        got = _shape(recognize(_doc(text)))
        with monkeypatch.context() as m:
            m.setattr(fieldlists, "find_every", lambda t, w: list(range(len(t))))
            old = _shape(recognize(_doc(text)))
        assert got == old, text
    assert any(m[2] == "越南国会外交、国际合作及媒体新闻委员会" for m in _shape(recognize(_doc(texts[-2]))))


def test_locality_gate_matches_the_word_loop() -> None:
    """holders._clause_subject tries the locality words only where any_of finds one: any_of(ws).search
    is `any(w in seg for w in ws)` for non-empty words (and these words hold no pattern character)."""
    import re

    from dipnet.extract.codes import any_of
    from dipnet.extract.factwords import load_data

    homes = load_data("facts.toml")["locality_home_words"]
    assert all(homes) and all(re.escape(w) == w for w in homes)
    rng = random.Random(172)
    pieces = homes + ["全", "该", "本", "市", "省", "经济", "的", "。"]
    for _ in range(300):
        seg = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
        assert (any_of(tuple(homes)).search(seg) is not None) == any(seg.rfind(w) != -1 for w in homes)
