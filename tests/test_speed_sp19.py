"""sp19 (issue 17): each function sp19 changed gives what the code it replaced gave, on random and
invented text (the replaced code is written out here as it was)."""

from __future__ import annotations

import importlib
import random
from dataclasses import replace

from dipnet.layout import Layout, holds_any, load_layout
from dipnet.model import Document, Entity, Mention

channel = importlib.import_module("dipnet.extract.attributes.channel")
carry = importlib.import_module("dipnet.extract.participants.carry")
venues = importlib.import_module("dipnet.extract.participants.venues")
events = importlib.import_module("dipnet.extract.events")
knownchains = importlib.import_module("dipnet.recognize.knownchains")
institutions = importlib.import_module("dipnet.recognize.institutions")
missionforms = importlib.import_module("dipnet.recognize.missionforms")
platforms = importlib.import_module("dipnet.platforms")

_PIECES = ["甲", "乙", "丙", "部长", "大校", "公安部", ",", ",", ";", "，", "。", ";", "；", ":", "：", "“", "\"",
           "表示", " ", "\n", "越南", "中", "a", "1"]


def _texts(seed: int, n: int, hi: int = 50) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, hi))) for _ in range(n)]


def _old_designations(text: str, actors: list[Mention]) -> str:
    out = []
    for m in actors:
        a = max(0, m.start - 16)
        cut = max(text.rfind(p, a, m.start) for p in ",，。;；:：“\"")
        out.append(text[max(a, cut + 1):m.end])
    return " ".join(out)


def test_designations_cut_at_the_last_stop_as_the_rfinds_did() -> None:
    rng = random.Random(19)
    for text in _texts(19, 3000) + ["", "。", "甲,乙"]:
        spans = [Mention(s, min(len(text), s + rng.randrange(0, 4)), "", "PERSON")
                 for s in (rng.randrange(0, len(text) + 1) for _ in range(rng.randrange(0, 4)))]
        assert channel._designations(text, spans) == _old_designations(text, spans), (text, spans)


class _Page:
    def __init__(self, mentions: list[Mention], entities: list[Entity] | None = None) -> None:
        self.mentions = mentions
        self.entities = {e.id: e for e in entities or []}


def test_first_named_is_the_first_mention_of_each_id() -> None:
    rng = random.Random(20)
    for _ in range(500):
        ms = [Mention(i, i + 1, "", "PERSON", entity_id=rng.choice(["", "e1", "e2", "e3", "e4"]))
              for i in range(rng.randrange(0, 30))]
        first: dict[str, Mention] = {}
        for m in ms:
            first.setdefault(m.entity_id, m)
        got = channel.first_named(_Page(ms))  # type: ignore[arg-type]
        assert got.keys() == first.keys() and all(got[k] is first[k] for k in first)


def _old_clauses_after(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, a = [], start
    for i in range(start, end):
        if text[i] in ",;":
            if i > a:
                out.append((a, i))
            a = i + 1
    if a < end:
        out.append((a, end))
    return out


def test_clauses_after_are_the_runs_the_walk_found() -> None:
    rng = random.Random(21)
    for text in _texts(21, 3000) + [",", ",,;", "甲"]:
        a = rng.randrange(0, len(text) + 1)
        b = rng.randrange(a, len(text) + 1)
        assert carry._clauses_after(text, a, b) == _old_clauses_after(text, a, b), (text, a, b)
        assert carry._clauses_after(text, 0, len(text)) == _old_clauses_after(text, 0, len(text))


def _old_bind(mentions: list[Mention]) -> list[Mention]:
    known: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.kb_id and m.type in ("COUNTRY", "LOCATION"):
            known.setdefault(m.start, []).append(m)
    if not known:
        return mentions

    def last(start: int, end: int, depth: int = 0) -> Mention | None:
        for k in known.get(start, ()):
            if k.end == end and depth > 0 and k.type == "LOCATION":
                return k
            if k.end < end and depth < 4 and (found := last(k.end, end, depth + 1)) is not None:
                return found
        return None

    out = []
    for m in mentions:
        k = None if m.kb_id or m.type != "LOCATION" else last(m.start, m.end)
        out.append(m if k is None else Mention(m.start, m.end, m.text, "LOCATION", kb_id=k.kb_id))
    return out


def test_bind_known_chains_binds_what_it_bound() -> None:
    rng = random.Random(22)
    bound = 0
    for _ in range(4000):
        ms = []
        for _ in range(rng.randrange(0, 12)):  # (on even places, so that places run one after another)
            s = 2 * rng.randrange(0, 6)
            ms.append(Mention(s, s + 2 * rng.randrange(1, 4), "x", rng.choice(["COUNTRY", "LOCATION", "ORG", "PERSON"]),
                              kb_id=rng.choice([None, None, "Q1", "Q2"])))
        new, old = knownchains.bind_known_chains(list(ms)), _old_bind(list(ms))
        assert new == old
        bound += new != ms
    assert bound > 5


def _old_story_platforms(text: str, mentions: list[Mention], layout: Layout) -> list[Mention]:
    names = frozenset(layout.platform_names)
    return [m for m in mentions if m.text not in names
            or not holds_any(platforms._line(text, m.start, m.end), layout.platform_furniture)]


def test_story_platforms_keep_what_they_kept() -> None:
    layout = replace(load_layout(), platform_names=("微博", "微信"), platform_furniture=("收藏", "订阅"))
    rng = random.Random(23)
    words = ["微博", "微信", "收藏", "订阅", "甲", "\n", " ", "脸书"]
    dropped = 0
    for _ in range(2000):
        text = "".join(rng.choice(words) for _ in range(rng.randrange(0, 20)))
        ms = [Mention(k, k + 2, text[k:k + 2], "ORG") for k in range(len(text) - 1) if rng.random() < 0.3]
        got = platforms.story_platforms(text, ms, layout)
        assert got == _old_story_platforms(text, ms, layout)
        dropped += got != ms
    assert dropped > 100


def _doc(entities: list[Entity]) -> Document:
    return Document("d", "s", "", "", [0], entities=entities)  # type: ignore[call-arg]


def test_name_schools_bare_names_what_it_named() -> None:
    from dipnet.kb import load_kb
    from dipnet.recognize.lexicon import name_rules
    kb, rules = load_kb(), name_rules()
    word = rules.institution_words[0]

    def old(doc: Document) -> None:
        countries = sorted({f for e in doc.entities if e.type == "COUNTRY" for f in (e.name, *e.mentions)
                            if len(f) >= 2}, key=len, reverse=True)
        for ent in doc.entities:
            if ent.type != "ORG" or ent.kb_id or not ent.name.endswith(rules.institution_words):
                continue
            c = next((c for c in countries if ent.name.startswith(c) and len(ent.name) - len(c) >= 4), None)
            if c is not None and institutions.proper_school(ent.name[len(c):], rules, kb):
                ent.name = ent.name[len(c):]
                if ent.name not in ent.mentions:
                    ent.mentions.append(ent.name)

    rng = random.Random(24)
    renamed = 0
    for _ in range(600):
        ents = []
        for i in range(rng.randrange(0, 6)):
            t = rng.choice(["COUNTRY", "ORG", "ORG", "PERSON"])
            name = rng.choice(["美国", "巴新", "越南"]) if t == "COUNTRY" else \
                rng.choice(["美国", "巴新", "越南", ""]) + rng.choice(["西奥勒冈", "西太平洋", "人民", "甲"]) + \
                rng.choice([word, "协会"])
            ents.append(Entity(f"e{i}", t, name, [name], kb_id=rng.choice([None, None, "Q"])))
        a = _doc([Entity(e.id, e.type, e.name, list(e.mentions), e.kb_id) for e in ents])
        b = _doc([Entity(e.id, e.type, e.name, list(e.mentions), e.kb_id) for e in ents])
        institutions.name_schools_bare(a, kb)
        old(b)
        assert a.entities == b.entities
        renamed += a.entities != ents
    assert renamed > 5


def test_mission_forms_joined_test_is_the_any_test() -> None:
    station = missionforms._words()[0]
    rng = random.Random(25)
    for _ in range(3000):
        forms = ["".join(rng.choice([station, "甲", "驻华", "使馆", ""]) for _ in range(rng.randrange(0, 4)))
                 for _ in range(rng.randrange(1, 4))]
        assert (station in "\0".join(forms)) == any(station in f for f in forms)


_STATEMENTS = [
    "外交部长甲乙丙在美国国会发表演说时表示，越南愿同各国加强合作。",
    "越南国家主席某某出席亚太经合组织工商领导人峰会并发表重要讲话，强调多边合作。",
    "中国外交部发言人毛宁表示，中方欢迎越南总理访华。公安部消防救援局副局长某某大校就救援工作强调，要加强合作。",
    "越南驻华大使馆举行招待会，大使某某致辞，中方代表某某出席招待会，双方表示将深化友谊。",
    "东盟峰会开幕\n\n越通社雅加达——9月5日,第43届东盟峰会在印度尼西亚雅加达开幕。据悉,访问期间还将安排在澳大利亚国会发表演讲。",
    "东盟峰会开幕\n\n越通社雅加达——9月5日,第43届东盟峰会在印度尼西亚雅加达开幕。国家主席出席2023年东盟工商投资峰会并发表重要讲话。",
]


def test_setting_and_first_mention_gates_read_what_the_open_code_read(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The page-level gates (no entity but people named: no setting; the first mentions made once) change no event."""
    from dipnet.pipeline import extract

    class _Every(set):  # type: ignore[type-arg]
        def isdisjoint(self, other: object) -> bool:
            return False

    def records(doc: Document) -> list[tuple[str, tuple[str, ...], str | None]]:
        return [(e.type, tuple(e.participants), e.channel) for e in doc.events]

    for text in _STATEMENTS:
        gated = records(extract(text))
        with monkeypatch.context() as m:
            m.setattr(venues, "_named_otherwise", lambda page: _Every())
            m.setattr(channel, "first_named", lambda page: {x.entity_id: x for x in reversed(page.mentions)})
            assert records(extract(text)) == gated, text


def test_last_of_is_the_last_rfind() -> None:
    appraisals = importlib.import_module("dipnet.extract.participants.appraisals")
    rng = random.Random(26)
    lists = [carry.carry_words().appraise, ("甲", "甲乙", "部长"), ("",), (), (",", "。\n")]
    found = 0
    for text in _texts(26, 3000) + ["", "甲"]:
        a = rng.randrange(0, len(text) + 1)
        b = rng.randrange(0, len(text) + 1)
        for words in lists:
            old = max((text.rfind(w, a, b) for w in words), default=-1)
            assert appraisals.last_of(words, text, a, b) == old, (words, text, a, b)
            found += old > 0
    assert found > 1000


def _old_written_forms(doc: Document) -> dict[str, list[str]]:
    from collections import defaultdict

    from dipnet.normalize import _to_simplified
    out: dict[str, list[str]] = defaultdict(list)
    for m in doc.mentions:
        seen = doc.text[m.start:m.end]
        written = doc.original_text(m.start, m.end)
        if m.entity_id and written != seen and len(written) == len(seen) and _to_simplified(written) == seen \
                and written not in out[m.entity_id]:
            out[m.entity_id].append(written)
    return out


def _old_reported_mentions(ent: Entity, written: dict[str, list[str]]) -> list[str]:
    from dipnet.normalize import _to_simplified
    forms = written.get(ent.id, [])
    tails = [w[len(w) - len(x):] for w in forms for x in ent.mentions
             if len(x) < len(w) and _to_simplified(w).endswith(x) and w[len(w) - len(x):] != x]
    out = list(ent.mentions)
    for w in forms + tails:
        if w not in out:
            out.append(w)
    return out


def test_written_forms_and_reported_mentions_as_they_were() -> None:
    """Pages in Traditional and Simplified script, with their own mentions and random spans as mentions."""
    from dipnet.pipeline import extract
    reported = importlib.import_module("dipnet.recognize.reported")
    pages = ["美國總統拜登在華盛頓會見越南國家主席某某，雙方表示將加強合作。紐西蘭懷卡托大學代表出席。",
             "美国总统拜登在华盛顿会见越南国家主席某某，双方表示将加强合作。",
             "ＡＢＣ　新聞：沙烏地阿拉伯外交部長２５日訪問河內，與越南外長舉行會談。"]
    rng = random.Random(27)
    forms = 0
    for text in pages:
        doc = extract(text)
        assert reported.written_forms(doc) == _old_written_forms(doc)
        for _ in range(200):
            spans = []
            for _ in range(rng.randrange(0, 8)):
                s = rng.randrange(0, len(doc.text) + 1)
                spans.append(Mention(s, min(len(doc.text), s + rng.randrange(0, 6)), "", "ORG",
                                     entity_id=rng.choice(["", "e1", "e2"])))
            doc.mentions = spans
            new, old = reported.written_forms(doc), _old_written_forms(doc)
            assert new == old
            forms += sum(map(len, new.values()))
            for ent in [Entity("e1", "ORG", "x", [doc.text[a:a + 3] for a in range(0, 9, 3)]), Entity("e3", "ORG", "y")]:
                assert reported.reported_mentions(ent, new) == _old_reported_mentions(ent, old)
    assert forms > 100


def test_appraisal_word_searches_answer_as_the_generators_did() -> None:
    from dipnet.extract.common.codes import kept_any_of
    from dipnet.extract.common.eventwords import words_of
    rng = random.Random(28)
    for key in ("appraise_after", "appraised_conference_doings"):
        words = words_of(key)
        assert words and all(words)
        hit = 0
        pieces = list(words) + _PIECES
        for _ in range(2000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
            a, b = rng.randrange(0, len(text) + 1), rng.randrange(0, len(text) + 1)
            old = any(w in text[a:b] for w in words)
            assert (kept_any_of(words).search(text, a, b) is not None) == old, (key, text, a, b)
            hit += old
        assert hit > 100
