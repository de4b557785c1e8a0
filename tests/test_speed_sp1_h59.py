"""sp1 of stop 59 (issue 17, the events/facts stage): each function it changed gives what the code it replaced
gave, on random invented mentions, entities and events (the replaced code is kept here and compared with the new)."""

from __future__ import annotations

import importlib
import random
from bisect import bisect_left, bisect_right

from dipnet.extract.common.page import EventPage
from dipnet.model import Entity, Event, Mention

merge = importlib.import_module("dipnet.extract.merging.merge")


def _old_holding(page: EventPage) -> list[list[Mention]]:
    starts, mentions = page._starts, page.mentions
    out: list[list[Mention]] = [[] for _ in mentions]
    before, i, n = -1, 0, len(mentions)
    while i < n:
        j, group = i, -1
        while j < n and starts[j] == starts[i]:
            group = max(group, mentions[j].end)
            j += 1
        for x in range(i, j):
            m = mentions[x]
            if before >= m.end or group > m.end:
                lo, hi = bisect_left(starts, m.end - page._longest), bisect_right(starts, m.start)
                out[x] = [o for o in mentions[lo:hi] if o is not m and m.end <= o.end
                          and (o.end - o.start) > (m.end - m.start)]
        before, i = max(before, group), j
    return out


def test_holding_as_before() -> None:
    """The mentions holding each mention: the candidates found in C (a superset of the sweep's) give the same lists."""
    rng = random.Random(59)
    for _ in range(3000):
        spans = [(s, s + rng.randint(1, 7)) for s in (rng.randint(0, 30) for _ in range(rng.randint(0, 14)))]
        spans.sort(key=lambda sp: sp[0])  # (by start only, as EventPage sorts: ties keep their order)
        page = EventPage.__new__(EventPage)
        page.mentions = [Mention(a, b, "x" * (b - a), "PERSON") for a, b in spans]
        page._starts = [m.start for m in page.mentions]
        page._longest = max([m.end - m.start for m in page.mentions], default=0)
        got, want = EventPage._holding(page), _old_holding(page)
        assert [[id(o) for o in g] for g in got] == [[id(o) for o in w] for w in want], spans


def _old_home_pair(page: EventPage) -> tuple[str | None, list[str]]:
    counts: dict[str, int] = {}
    for m in page.mentions:
        e = page.entities.get(m.entity_id)
        if e and e.type == "COUNTRY":
            counts[e.name] = counts.get(e.name, 0) + 1
    home = max(counts, key=counts.__getitem__) if counts else None
    counts = {}
    lands = {c.country: c.name for c in page.entities.values() if c.type == "COUNTRY" and c.country}
    for m in page.mentions:
        e = page.entities.get(m.entity_id)
        name = e.name if e and e.type == "COUNTRY" else \
            lands.get(e.country) if e and e.type == "PERSON" and e.country else None
        if name:
            counts[name] = counts.get(name, 0) + 1
    return home, sorted(counts, key=counts.__getitem__, reverse=True)[:2]


def test_home_and_pair_as_before() -> None:
    rng = random.Random(7)
    names = ["越南", "中国", "老挝", "", "甲", "乙", "丙"]
    for _ in range(2000):
        entities = [Entity(id=f"e{i}", name=rng.choice(names), type=rng.choice(["COUNTRY", "PERSON", "ORG"]),
                           country=rng.choice([None, "VN", "CN", "LA", "XX"])) for i in range(rng.randint(0, 6))]
        page = EventPage.__new__(EventPage)
        page.entities = {e.id: e for e in entities}
        page.mentions = [Mention(i, i + 1, "x", "COUNTRY", entity_id=rng.choice([f"e{j}" for j in range(7)] + [None]))
                         for i in range(rng.randint(0, 12))]
        assert (EventPage._home(page), EventPage._pair(page)) == _old_home_pair(page)


def _events(rng: random.Random) -> list[Event]:
    types = ["STATEMENT", "MEET", "CONFERENCE", "AGREEMENT", "AID", "DISAPPROVE", "VISIT", "CALL"]
    out = []
    for _ in range(rng.randint(2, 7)):
        t = rng.choice(types)
        attributes: dict[str, object] = {"trigger": rng.choice(["会谈", "会见", "签署", "抗议", "召见", "捐赠", "会议"])}
        for key in ("_head", "_loose", "_group", "_session", "_each", "_given", "_ref", "_signing_bare"):
            if rng.random() < 0.2:
                attributes[key] = rng.choice([True, "loose", "dated"])
        if t == "CONFERENCE" and rng.random() < 0.6:
            attributes["name"] = rng.choice(["第30届外交会议", "第30届外交工作会议", "东盟峰会", "中越论坛"])
        if t == "AGREEMENT" and rng.random() < 0.5:
            attributes["instrument"] = rng.choice(["备忘录", "协定"])
        parts = rng.sample(["甲", "乙", "越南", "中国", "老挝"], rng.randint(0, 3))
        out.append(Event(type=t, status=rng.choice(["occurred", "planned"]), start=rng.choice([0, 10, 20]), end=30,
                         participants=parts, source=parts[:1], target=parts[1:2],
                         date=rng.choice([None, "2024-05-06", "2024-05", "2024", "2024-05-07"]),
                         brief=rng.choice([None, 0]), attributes=attributes))
    return out


def test_same_asks_each_type_its_own_tests() -> None:
    """merge._same with the tests of other types skipped gives the old answers (each skipped test says no there)."""
    from dipnet.extract.finding.dialogues import session_apart
    from dipnet.extract.finding.signings import bare_instrument, same_signing
    from dipnet.extract.merging.namedtwice import named_twice
    from dipnet.extract.merging.summons import summoned_apart
    from dipnet.extract.participants.groupsmet import group_met_apart

    rng = random.Random(17)
    for _ in range(3000):
        a, b = rng.sample(_events(rng) * 2, 2)
        if not (a.type == b.type == "CONFERENCE" and a.brief == b.brief):
            assert not named_twice(a, b)
        if not (a.type == b.type and a.type in ("AGREEMENT", "AID")):
            assert not same_signing(a, b) and not bare_instrument(a, b)
        if a.type != "DISAPPROVE" or b.type != "DISAPPROVE":
            assert not summoned_apart(a, b)
        if a.type != b.type or a.type != "MEET":
            assert not group_met_apart(a, b) and not session_apart(a, b)
        if not (a.attributes.get("_head") or b.attributes.get("_head")):
            assert not merge._head_retold(a, b) and not merge._head_retold(b, a)


def test_merge_pass_as_a_full_comparison() -> None:
    """_merge_pass, its other tests gated by type, keeps what comparing every pair with every test keeps."""
    from dipnet.extract.participants.thanked import opposite_gifts

    def old_pass(events: list[Event], people: set[str], lands: dict[str, str], nations: set[str]) -> list[Event]:
        out: list[Event] = []
        for ev in events:
            twin, bodies = None, False
            for kept in out:
                if kept.type != ev.type or opposite_gifts(kept, ev, lands):
                    continue
                if merge._same(kept, ev):
                    twin = kept
                    break
                if kept.brief != ev.brief or kept.status != ev.status:
                    continue
                if merge._told_by_lands(kept, ev, people, lands) if people else False:
                    twin = kept
                    break
                if merge._told_with_bodies(kept, ev, lands, nations, people) or \
                        (ev.type == "AID" and merge._same_aid_day(kept, ev, lands)):
                    twin, bodies = kept, True
                    break
            if twin is None:
                out.append(ev)
                continue
            told = list(twin.participants)
            merge.absorb(twin, ev, people)
            if bodies:
                twin.participants = twin.participants + [p for p in told + ev.participants if p not in twin.participants]
        return out

    import copy
    rng = random.Random(3)
    lands = {"甲": "VN", "乙": "CN", "越南": "VN", "中国": "CN", "老挝": "LA"}
    for _ in range(1500):
        events = _events(rng)
        people = rng.choice([set(), {"甲", "乙"}])
        new, _ = merge._merge_pass(copy.deepcopy(events), people, lands, {"越南", "中国", "老挝"})
        old = old_pass(copy.deepcopy(events), people, lands, {"越南", "中国", "老挝"})
        assert [(e.type, e.participants, e.date, e.status) for e in new] == \
            [(e.type, e.participants, e.date, e.status) for e in old]


def test_event_hits_remembered_as_read() -> None:
    """posthits.event_hits gives, from its memo, what it reads afresh (the same words of the same span)."""
    from dipnet.extract.participants.posthits import event_hits
    from dipnet.pipeline import extract

    doc = extract("越南国会主席在河内会见老挝国民议会议长。双方举行会谈。国际贸易谈判代表某某陪同出席。会后两国签署合作协议。")
    page = EventPage(doc)
    rng = random.Random(1)
    for _ in range(200):
        a = rng.randrange(len(doc.text))
        b = rng.randrange(a, len(doc.text) + 1)
        first = event_hits(page, a, b)
        fresh = EventPage(doc)
        assert event_hits(page, a, b) == first == event_hits(fresh, a, b)


def test_opening_awaited_as_before() -> None:
    """modality._opening_awaited, gated by one search for its words, answers as the words' rfinds alone did."""
    modality = importlib.import_module("dipnet.extract.attributes.modality")

    def old(text: str, a: int, b: int) -> bool:
        lo = max(a, b - 24)
        starts = [at + len(w) for w in modality._listed("welcome_ahead_words") if (at := text.rfind(w, lo, b + 1)) != -1]
        m = modality._pattern("welcome_ahead_after").match(text, max(starts)) if starts else None
        return m is not None and m.end() > b

    pieces = ["迎接", "喜迎", "越共十四大", "胜利召开", "会议", "，", "。", "将", "举行", "迎", "接"]
    rng = random.Random(11)
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text) + 1)
        assert modality._opening_awaited(text, a, b) == old(text, a, b), (text, a, b)
