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

    from dipnet.extract.common.codes import any_of
    from dipnet.extract.figures.factwords import load_data

    homes = load_data("facts.toml")["locality_home_words"]
    assert all(homes) and all(re.escape(w) == w for w in homes)
    rng = random.Random(172)
    pieces = homes + ["全", "该", "本", "市", "省", "经济", "的", "。"]
    for _ in range(300):
        seg = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
        assert (any_of(tuple(homes)).search(seg) is not None) == any(seg.rfind(w) != -1 for w in homes)


def test_gated_patterns_match_nothing_where_their_words_lack() -> None:
    """The patterns asked only where may_hold finds their words (triggers' and sides' invitation, the
    since-frame between a year and the trigger, the capital's firms) match nowhere in a text may_hold
    turns down: the gates give what the ungated searches gave."""
    from dipnet import rx
    from dipnet.extract.common.codes import codebook
    from dipnet.extract.figures.factwords import load_data
    from dipnet.rxneeds import may_hold

    data = load_data("facts.toml")
    patterns = [codebook().invitation_before, codebook().background_between] + \
        [rx.compile(data[k]) for k in ("capital_of", "traders_of", "foreign_in")]
    pieces = ["邀请", "邀", "请", "应", "的", "以来", "后", "首次", "再次", "中资", "资", "企业", "外资", "外国", "在",
              "越南", "投资", ",", "。", "某某", "2021年", "总统", "访问", "项目", "韩商"]
    rng = random.Random(173)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14)))
        for p in patterns:
            if not may_hold(p, text):
                assert p.search(text) is None, (p.pattern, text)


def test_photo_marker_gate_reads_what_the_search_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """photo_marker skips a line holding no photo word's last letter (either case): every character
    that letter matches case-folded is one of the two, and the markers found are those found without
    the gate."""
    import re

    from dipnet import lineshape
    from dipnet.layout import load_layout

    words = load_layout().photo_word
    tails = lineshape._last_letters(words)
    assert tails is not None
    for w in words:
        folded = re.compile(re.escape(w[-1]), re.IGNORECASE)
        assert {chr(k) for k in range(0x110000) if folded.fullmatch(chr(k))} <= set(tails)
    layout = load_layout()
    pieces = ["ảnh", "Ảnh", "anh", "ANH", "hình", " ", "1", "2", "标题", "图", "越南", "h", "H", "n", "ả", "。"]
    rng = random.Random(174)
    for _ in range(500):
        line = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10)))
        got = lineshape.photo_marker(line, layout)
        with monkeypatch.context() as m:
            m.setattr(lineshape, "_last_letters", lambda words: None)
            old = lineshape.photo_marker(line, layout)
        assert (got and got.span()) == (old and old.span()), line


def test_short_references_gate_reads_what_the_scan_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The scan for a post alone opening a clause (总统16日会晤…) runs only where someone is given one of
    its post words: the references read are those read with the scan always run."""
    shortrefs = importlib.import_module("dipnet.extract.common.shortrefs")
    texts = ["越南国家主席苏林会见老挝总理。总统16日会晤了客人,总理表示感谢。",
             "美国总统拜登访问越南。总统表示,两国关系良好。",
             "越南外交部长裴青山会见客人。部长表示欢迎。总统随后出席会议。",
             "老挝国会主席赛宋蓬会见中国驻老挝大使。主席指出,双方合作密切。",
             "总统拜登访问越南。总统16日会晤了越南领导人。", "首相石破茂访问越南。首相表示感谢。"] + _texts(175, 30)
    seen_gate_shut = found = False
    for text in texts:
        doc = recognize(_doc(text))
        entities = {e.id: e for e in doc.entities}
        got = [(m.start, m.end, m.text) for m in shortrefs.short_references(doc, doc.mentions, entities)]
        posts: dict[str, set[str]] = {}
        for r in doc.roles:
            posts.setdefault(r.person, set()).add(r.title)
        seen_gate_shut = seen_gate_shut or not shortrefs._any_held(posts)
        with monkeypatch.context() as m:
            m.setattr(shortrefs, "_any_held", lambda posts: True)
            old = [(m.start, m.end, m.text) for m in shortrefs.short_references(doc, doc.mentions, entities)]
        assert got == old, text
        found = found or bool(got)
    assert seen_gate_shut and found


def test_government_gate_keeps_what_the_function_keeps() -> None:
    """find_mentions calls government_as_country only for an ORG ending in a government's word: for any
    other the function gives the mention back unchanged."""
    from dipnet.kb import load_kb
    from dipnet.model import Mention
    from dipnet.recognize import governments

    kb = load_kb()
    for text in ["越南外交部", "国务院", "越南政府办公厅", "越南国会", "政府间委员会", "老挝人民革命党"]:
        m = Mention(0, len(text), text, "ORG")
        if not text.endswith(governments.AS_COUNTRY):
            assert governments.government_as_country(text, m, kb) is m
    m = Mention(0, 4, "越南政府", "ORG")
    assert governments.government_as_country("越南政府", m, kb).type == "COUNTRY"
