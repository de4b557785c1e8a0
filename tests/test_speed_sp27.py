"""sp27 (issue 13's speed condition): headbodies searches its two patterns only on a page that holds their
character + 长; the prechecked add_head_bodies gives what the code it replaced gave, on invented text (the
replaced code is rebuilt from the new code's source, speedref.as_before, and compared with the new)."""

from __future__ import annotations

import copy
import random

from dipnet.model import Document, Mention
from dipnet.recognize import headbodies
from speedref import as_before

NEW_GATE = '''    # (speed) every match holds its character + 长: a page without them is not searched
    posts, contracts = any(c in text for c in w.post_cues), any(c in text for c in w.contracted_cues)
    if not posts and not contracts:
        return
'''
NEW_POST = "([m.start() + 1 for m in post.finditer(text)] if posts else [])"
OLD_POST = "[m.start() + 1 for m in post.finditer(text)]"
NEW_CONTRACTED = "(contracted.finditer(text) if contracts else ())"
OLD_CONTRACTED = "contracted.finditer(text)"

# invented pieces (no page's text): body characters, qualifiers, the head, fields, filler
PIECES = ["司", "局", "厅", "署", "处", "部", "长", "副", "署理", "代理", "经济", "财政", "事务", "及", "外交", "教育",
          "王明", "李华", "会见", "表示", ",", "。", "的", "增长", "高级", "助理", "该国", "市", "公安", "社会",
          "司长", "局长", "部长"]


HITS, ADDED = 2000, 80


class _Kb:
    def titles(self) -> set[str]:
        return {"部长", "外交部长", "高级部长", "助理部长"}

    def generic_words(self) -> set[str]:
        return {"教育部", "外交部"}


def _doc(text: str, rnd: random.Random) -> Document:
    doc = Document(doc_id="x", source="x", raw=text, text=text, offsets=list(range(len(text) + 1)))
    for name in ("王明", "李华"):
        i = text.find(name)
        while i >= 0:
            doc.mentions.append(Mention(i, i + len(name), name, "PERSON", entity_id="p:" + name))
            i = text.find(name, i + 1)
    if rnd.random() < 0.3 and len(text) > 4:
        s = rnd.randrange(len(text) - 2)
        doc.mentions.append(Mention(s, s + 2, text[s:s + 2], rnd.choice(["COUNTRY", "ORG", "LOCATION"]), entity_id="r"))
    doc.mentions.sort(key=lambda m: (m.start, -m.end))
    return doc


def _texts(seed: int, n: int):  # type: ignore[no-untyped-def]
    rnd = random.Random(seed)
    for _ in range(n):
        yield rnd, "".join(rnd.choice(PIECES) for _ in range(rnd.randrange(1, 14)))


def test_every_match_holds_a_cue() -> None:
    w = headbodies._data()
    hits = 0
    for _, text in _texts(27, 20000):
        if w.post.search(text):
            hits += 1
            assert any(c in text for c in w.post_cues), text
        if w.contracted.search(text):
            hits += 1
            assert any(c in text for c in w.contracted_cues), text
    for text in ("经济财政司司长", "某某局副局长", "某厅署理厅长", "经济部长王明"):
        assert w.post.search(text) or w.contracted.search(text), text
    assert hits > HITS


def test_add_head_bodies_as_before() -> None:
    old = as_before(headbodies.add_head_bodies, NEW_GATE, "", NEW_POST, OLD_POST, NEW_CONTRACTED, OLD_CONTRACTED)
    kb = _Kb()
    added = 0
    for rnd, text in _texts(2027, 20000):
        a = _doc(text, rnd)
        b, n = copy.deepcopy(a), len(a.mentions)
        headbodies.add_head_bodies(a, kb)  # type: ignore[arg-type]
        old(b, kb)
        assert a.mentions == b.mentions and a.entities == b.entities, text
        added += len(a.mentions) > n
    assert added > ADDED
