"""sp13's speed mechanisms in recognition answer as the ways they replaced, on random input."""

from __future__ import annotations

import random

from dipnet.model import Document, Entity, SpanIndex
from dipnet.recognize.gazetteer import gazetteer
from dipnet.recognize.lexicon import name_rules
from dipnet.recognize.link import _mission_words, _names_a_body, merge_tails
from dipnet.recognize.places import _any_of


def test_holds_is_the_old_test() -> None:
    """SpanIndex.holds(a, b) is `any(s <= a and b <= e and (s, e) != (a, b) for s, e in near(a, b))`."""
    rng = random.Random(13)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 30)):
            s = rng.randint(0, 200)
            spans.append((s, s + rng.choice([0, 1, 2, 3, 5, 8, 70, 100])))
        index = SpanIndex(spans)
        for _ in range(40):
            a = rng.randint(0, 210)
            b = a + rng.randint(0, 9)
            if rng.random() < 0.3 and spans:
                a, b = rng.choice(spans)
            old = any(s <= a and b <= e and (s, e) != (a, b) for s, e in index.near(a, b))
            assert index.holds(a, b) == old


def test_any_of_finds_a_word_where_one_is() -> None:
    """The pattern over the place words is found in a candidate exactly where one of them is in it."""
    words = name_rules().place_rule_suffixes
    chars = "".join(sorted({c for w in words for c in w})) + "甲乙丙丁"
    rng = random.Random(5)
    for _ in range(3000):
        cand = "".join(rng.choice(chars) for _ in range(rng.randint(1, 6)))
        assert (_any_of(words).search(cand) is not None) == any(w in cand for w in words)
    assert _any_of(()).search("省市") is None


def _orgs(rng: random.Random) -> list[Entity]:
    """Bodies named with or without an opener (a country, a body, or words naming none)."""
    # no body's word ends in a mission's word: merge_tails' second loop (missions) then merges nothing
    bodies = [b for b in ("友好协会", "南苏丹特派团", "越南商会", "工业园区", "友好委员会", "协会")
              if not b.endswith(_mission_words())]
    openers = ("", "", "联合国", "中国", "越南", "老挝", "甲乙", "丙")

    def form() -> str:
        return rng.choice(openers) + rng.choice(bodies)
    out = []
    for i in range(rng.randint(1, 7)):
        name = form()
        out.append(Entity(id=f"org:{i}", type="ORG", name=name,
                          mentions=list(dict.fromkeys([name, *(form() for _ in range(rng.randint(0, 2)))]))))
    return out


def _merge_tails_without_filter(doc: Document) -> None:
    """merge_tails' first loop as it was: every body asked of every short name (no tails set)."""
    kb = gazetteer().kb
    named = {f for e in doc.entities if e.type in ("ORG", "COUNTRY", "LOCATION") for f in (e.name, *e.mentions)}
    orgs = [e for e in doc.entities if e.type == "ORG"]
    gone: dict[str, Entity] = {}
    for short in orgs:
        if short.kb_id or len(short.name) < 4:
            continue
        full = next((e for e in orgs if e is not short and e.id not in gone and any(
            len(f) > len(short.name) and f.endswith(short.name) and _names_a_body(f[:-len(short.name)], named, kb)
            for f in (e.name, *e.mentions))), None)
        if full is None:
            continue
        full.mentions += [m for m in short.mentions if m not in full.mentions]
        gone[short.id] = full
    doc.entities = [e for e in doc.entities if e.id not in gone]


def test_merge_tails_tails_set_loses_no_merge() -> None:
    """Where the old loop merges a short name into a full one, the tails set lets it (same bodies
    kept, same forms). Only the first loop is compared: documents without missions' words."""
    kb = gazetteer().kb
    rng = random.Random(17)
    merged = 0
    for _ in range(200):
        seed = rng.random()
        a, b = (Document(doc_id="d", source="s", raw="", text="", offsets=[0]) for _ in range(2))
        a.entities, b.entities = _orgs(random.Random(seed)), _orgs(random.Random(seed))
        merge_tails(a, kb)
        _merge_tails_without_filter(b)
        assert [(e.id, e.mentions) for e in a.entities] == [(e.id, e.mentions) for e in b.entities]
        merged += len(a.entities) < len(_orgs(random.Random(seed)))
    assert merged  # some documents did merge


def test_generic_countries_as_asked_of_every_country() -> None:
    """generic_countries asks only the countries generic_countries_of gives, and answers as asking all."""
    from dipnet.recognize.owners import _country_codes, generic_countries
    kb = gazetteer().kb
    rng = random.Random(3)
    words = sorted(kb.generic_words()) + ["".join(rng.choice("部会院府局委国党") for _ in range(3)) for _ in range(50)]
    for w in words:
        old = tuple(c for c in _country_codes(kb) if (b := kb.generic_body(w, c)) is not None and b.country == c)
        assert generic_countries(kb, w) == old, w


def test_name_heads_hold_every_name_filed_after_the_head() -> None:
    """Where the KB files a name head + t (t Chinese characters), t's first two characters are among
    name_heads(head): national_bodies asks no name of the others."""
    kb = gazetteer().kb
    head = "全国"
    heads = kb.name_heads(head)
    filed = [n[len(head):] for n in kb.surface_forms() if n.startswith(head)]
    assert filed  # the KB files 全国… names
    chars = "".join({c for t in filed for c in t}) + "甲乙丙"
    rng = random.Random(11)
    tails = filed + ["".join(rng.choice(chars) for _ in range(rng.randint(2, 5))) for _ in range(3000)]
    asked = 0
    for t in tails:
        if kb.by_name(head + t):
            asked += 1
            assert t[:2] in heads, t
    assert asked >= len(filed) // 2
