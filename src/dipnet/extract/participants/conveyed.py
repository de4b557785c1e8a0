"""Greetings conveyed by a go-between (甲转达乙对丙的问候 / 甲转达了乙的亲切问候 / 丙请甲转达对乙的祝愿): a
MESSAGE from the one whose greetings they are to the one they are for; the go-between sends nothing.

The sender is named between the conveying word and 对 (or the greeting, where no 对 stands); the
recipient between 对 and the greeting; without 对, the one the go-between tells them to (向丙转达, or
the person the sentence names before the go-between: 在会见丙时,甲转达…); 丙请甲转达对乙…: the one who
asks sends. Called by actors.py for the conveying words of extract/data/messages.toml."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.page import EventPage, names
from dipnet.extract.participants.messages import Sides, _by_land, _lands, _unqualified
from dipnet.model import Event, Mention


@lru_cache(maxsize=1)
def _words() -> dict[str, object]:
    with resources.files("dipnet.extract.data").joinpath("messages.toml").open("rb") as f:
        return dict(tomllib.load(f)["conveyed"])


def conveying_words() -> list[str]:
    return list(_words()["verbs"])  # type: ignore[call-overload]


def conveyed_sides(page: EventPage, c: Clause, k: int, trig: str) -> list[Sides]:
    """The sender and recipient groups of greetings conveyed at k (one group per sending country)."""
    text = page.doc.text
    s0 = c.sentence[0]
    got = rx.compile(str(_words()["greeting"])).search(text, k + len(trig), c.sentence[1])
    if got is None:
        return []
    a, g = k + len(trig), got.start()
    inside = page.in_span(a, g)
    # 对 as a word of its own, not inside a name (对外部)
    dui = next((i for i in range(a, g) if text[i] == "对" and not any(m.start <= i < m.end for m in inside)), -1)
    before = [m for m in page.in_span(s0, k) if (e := page.entities.get(m.entity_id)) is not None]
    asks = rx.compile(str(_words()["asking"])).search(text[max(s0, k - 12):k])
    if dui != -1:
        senders = [m for m in inside if m.end <= dui]
        recipients = [m for m in inside if m.start > dui]
    else:
        senders, recipients = inside, []
    if asks and not senders:  # 阮富仲请张德江转达对习近平…: the one who asks sends, named in the clause before 请
        request = max(s0, k - 12) + asks.start()
        go_between = {e.name for m in before if m.start >= request and (e := page.entities.get(m.entity_id)) is not None}
        # (right before it: 阮富仲请, 阮富仲还请; an unnamed asker (卡请牛大使转达其…) sends no message we can name)
        senders = [m for m in before if c.start <= m.start and request - 3 <= m.end <= request
                   and (e := page.entities.get(m.entity_id)) is not None and e.name not in go_between]
    elif not recipients:
        xiang = text.rfind("向", c.start, k)
        people = [m for m in before if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"]
        if xiang != -1:  # 甲向丙转达乙的问候
            recipients = [m for m in people if m.start > xiang]
        elif len(people) > 1:  # 在会见丙时,甲转达了乙的问候: the go-between is the last person before the word
            recipients = people[:-1]
    if not senders or not recipients:
        return []
    kinds = ("PERSON", "ORG", "COUNTRY")
    who_m, to_m = _unqualified(page, senders), _unqualified(page, recipients)
    who, to = _people_first(page, who_m, kinds), _people_first(page, to_m, kinds)
    if not who or not to:
        return []
    country = {n: land for n, land in _lands(page, sorted(page.in_span(s0, c.sentence[1]), key=lambda m: m.start)).items()
               if n in who + to}
    return _by_land(who, to, country)


def _people_first(page: EventPage, ms: list[Mention], kinds: tuple[str, ...]) -> list[str]:
    """The people named, else the bodies and countries (苏林总书记及越南其他领导人: 苏林 speaks for them)."""
    people = names(page, ms, ("PERSON",))
    return people or names(page, ms, kinds)


def meeting_days(page: EventPage, events: list[Event]) -> None:
    """Greetings conveyed at a meeting, in a sentence with no time of its own (在会见…时,甲转达了…的问候),
    were conveyed on the meeting's day: the day of the nearest meeting or call told before it (not of a visit
    the talks look back on: 我今年4月对越南进行国事访问)."""
    words = set(conveying_words())
    for e in events:
        if e.type != "MESSAGE" or e.attributes.get("trigger") not in words or \
                any(x.value and x.kind != "duration" for x in page.times.starting_in(e.start, e.end)):
            continue
        told = [x for x in events if x.type in ("MEET", "CALL") and x.date and x.brief == e.brief
                and x.start <= e.start]
        if told:
            last = max(told, key=lambda x: x.start)
            e.date, e.date_precision = last.date, last.date_precision
