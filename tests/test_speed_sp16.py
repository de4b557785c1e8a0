"""sp16 (issue 17): the speed-ups give what the code they replace gave, on invented text and random events."""

from __future__ import annotations

import copy
import importlib
import random

import pytest

from dipnet.model import Event, Mention, Segment, TimeExpr
from dipnet.recognize.lexicon import name_rules

merge_module = importlib.import_module("dipnet.extract.merging.merge")  # (dipnet.extract is also a function's name)
suffixed = importlib.import_module("dipnet.recognize.suffixed")


def _random_text(rng: random.Random, pieces: list[str], n: int) -> str:
    return "".join(rng.choice(pieces) for _ in range(n))


def test_suffix_gate_reads_what_every_opener_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """An opener with no suffix before the next delimiter is skipped: the names read are those read
    with every opener tried (the gate told every position holds a suffix)."""
    rules = name_rules()
    suffixes = rules.org_suffixes
    words = list(suffixes.words)[:40] + ["的", "和", "在", "与", "、", ",", "。", "-", "—", "越南", "老挝", "中国",
                                         "友好", "合作", "发展", "人民", "国家", "(", "省", "市"]
    rng = random.Random(16)
    for _ in range(300):
        text = _random_text(rng, words, rng.randrange(5, 40))
        starts = sorted({(a, min(len(text), a + rng.randrange(1, 4))) for a in
                         (rng.randrange(0, len(text)) for _ in range(rng.randrange(1, 12)))})
        country_at = {s: e for s, e in starts[::3]}
        place_at = {s: e for s, e in starts[1::4]}
        got = suffixed.suffix_names(text, starts, suffixes, rules, "ORG", 1, dict(country_at), dict(place_at))
        with monkeypatch.context() as m:
            m.setattr(suffixed, "_word_starts", lambda words, text: list(range(len(text) + 1)))
            old = suffixed.suffix_names(text, starts, suffixes, rules, "ORG", 1, dict(country_at), dict(place_at))
        assert [(x.start, x.end, x.text) for x in got] == [(x.start, x.end, x.text) for x in old], text


def test_word_starts_finds_every_start() -> None:
    suffixes = name_rules().org_suffixes
    rng = random.Random(161)
    pieces = list(suffixes.words)[:30] + ["的", "越南", "会", "委员会", "部", "x"]
    for _ in range(200):
        text = _random_text(rng, pieces, rng.randrange(0, 30))
        assert suffixed._word_starts(suffixes, text) == [k for k in range(len(text)) if suffixes.at(text, k)]


def _event(rng: random.Random, k: int) -> Event:
    people = ["甲", "乙", "丙", "越南", "老挝"]
    parts = rng.sample(people, rng.randrange(1, 4))
    date = rng.choice([None, "2025-03", "2025-03-04", "2025-03-05"])
    return Event(type=rng.choice(["MEET", "VISIT", "CONFERENCE", "AID"]), status=rng.choice(["occurred", "occurred", "planned"]),
                 start=rng.randrange(0, 50), end=rng.randrange(50, 80), participants=parts, source=parts[:1],
                 target=parts[1:2], location=None, date=date, date_precision="day" if date and len(date) == 10 else None,
                 brief=rng.choice([None, None, 0]), attributes=rng.choice([{}, {}, {"_loose": True}, {"_head": True},
                                                                          {"name": "越老合作委员会会议", "trigger": "会议"}]))


def test_second_merge_pass_merges_as_a_full_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """The second pass tests only pairs where one took something in: it keeps and merges what a pass over
    every pair did."""
    rng = random.Random(1616)
    full = merge_module._merge_pass

    def every_pair(events, people, lands, nations, grown=None):  # type: ignore[no-untyped-def]
        return full(events, people, lands, nations)

    for _ in range(400):
        events = [_event(rng, k) for k in range(rng.randrange(3, 16))]
        people, lands = {"甲", "乙", "丙", "丁"}, {"甲": "VN", "乙": "LA", "越南": "VN", "老挝": "LA"}
        got = merge_module.merge_events(copy.deepcopy(events), set(people), dict(lands), nations={"越南", "老挝"})
        with monkeypatch.context() as m:
            m.setattr(merge_module, "_merge_pass", every_pair)
            old = merge_module.merge_events(copy.deepcopy(events), set(people), dict(lands), nations={"越南", "老挝"})
        assert [e.__dict__ for e in got] == [e.__dict__ for e in old]


def _conf(parts: list[str], date: str | None, attrs: dict[str, object], typ: str = "CONFERENCE") -> Event:
    return Event(type=typ, status="occurred", start=0, end=9, participants=parts, source=parts[:1], target=parts[1:2],
                 location=None, date=date, date_precision="day" if date and len(date) == 10 else None, attributes=attrs)


def test_second_pass_joins_an_event_that_grew_with_one_that_did_not(monkeypatch: pytest.MonkeyPatch) -> None:
    """A telling that took another in during the first pass is tested against every kept one in the second."""
    events = [_conf(["老挝", "越南", "乙"], None, {"_head": True}), _conf(["乙", "丙"], "2025-03", {}, "AID"),
              _conf(["丙", "越南"], None, {}), _conf(["丙", "甲"], "2025-03", {"_loose": True}),
              _conf(["甲", "越南"], "2025-03-04", {"_head": True})]
    people, lands = {"甲", "乙", "丙", "丁"}, {"甲": "VN", "乙": "LA", "越南": "VN", "老挝": "LA"}
    full = merge_module._merge_pass
    got = merge_module.merge_events(copy.deepcopy(events), set(people), dict(lands), nations={"越南", "老挝"})
    with monkeypatch.context() as m:
        m.setattr(merge_module, "_merge_pass", lambda ev, p, la, na, grown=None: full(ev, p, la, na))
        old = merge_module.merge_events(copy.deepcopy(events), set(people), dict(lands), nations={"越南", "老挝"})
    assert [e.__dict__ for e in got] == [e.__dict__ for e in old]


def test_slotted_records_keep_their_fields() -> None:
    m, t, s = Mention(0, 2, "越南", "COUNTRY"), TimeExpr(0, 4, "2025", "year"), Segment("title", 0, 5)
    assert (m.start, m.end, m.kb_id, t.kind, s.brief) == (0, 2, None, "date", None)
    assert m == copy.deepcopy(m) and not hasattr(m, "__dict__")
