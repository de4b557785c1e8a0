"""(sp30) groupsmet.unnamed_group is remembered per page: actors, meets_group and group_mark ask it the same
for each MEET candidate, and the page's text, mentions and entities are fixed by then (invented sentences)."""

from __future__ import annotations

import pytest

from dipnet.errors import DataKeyError
from dipnet.extract.common import eventwords
from dipnet.extract.participants import actors, groupsmet
from eventpage import events

_BODY = "老挝国家主席通伦次日与旅居法国的老挝侨胞会面。外交部长沙伦赛当天同乙国外长举行会谈。"


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, str]]:
    calls: list[tuple[int, int, str]] = []
    inner = groupsmet._unnamed_group

    def counting(page, c, k, trig):  # type: ignore[no-untyped-def]
        calls.append((c.start, k, trig))
        return inner(page, c, k, trig)

    monkeypatch.setattr(groupsmet, "_unnamed_group", counting)
    return calls


def test_each_meet_candidate_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counted(monkeypatch)
    events(_BODY)
    assert calls and len(calls) == len(set(calls))


def test_remembered_answers_equal_fresh_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    remembered = [(e.type, e.participants, e.attributes.get("_group")) for e in events(_BODY)]
    # (every question answered afresh: the memo left out where actors, meets_group and group_mark ask)
    monkeypatch.setattr(groupsmet, "unnamed_group", groupsmet._unnamed_group)
    monkeypatch.setattr(actors, "unnamed_group", groupsmet._unnamed_group)
    fresh = [(e.type, e.participants, e.attributes.get("_group")) for e in events(_BODY)]
    assert remembered == fresh and remembered


def test_a_pattern_is_read_from_the_data_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    inner = eventwords.required

    def counting(data, key, file):  # type: ignore[no-untyped-def]
        asked.append(key)
        return inner(data, key, file)

    monkeypatch.setattr(eventwords, "required", counting)
    eventwords.pattern_of.cache_clear()
    first = eventwords.pattern_of("group_filler_end")
    assert eventwords.pattern_of("group_filler_end") == first and asked == ["group_filler_end"]


def test_a_missing_pattern_key_fails_on_every_ask() -> None:  # (a guard: no answer is kept for it)
    for _ in range(2):
        with pytest.raises(DataKeyError):
            eventwords.pattern_of("no_such_pattern_sp30")
