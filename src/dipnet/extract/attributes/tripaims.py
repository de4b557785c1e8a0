"""What a trip is for, told on the day it starts: still to come. 离开河内,…对老挝进行国事访问,出席…庆典 (the
day of leaving); 抵达利马,应邀出席…会议并对秘鲁进行国事访问, 今天起到我国进行访问四天,并出席…对话会 (the day of
arriving, the first day of a stay): the meeting the trip is for is ahead."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import Codebook, any_of
from dipnet.extract.common.datewords import words as _words
from dipnet.extract.common.page import EventPage


def trip_aim(text: str, c: Clause, etype: str, cb: Codebook, k: int | None = None) -> bool:
    """离开河内,…对老挝进行国事访问,出席…庆典,并共同主持…会晤: on the day of leaving, what the trip is
    for is still to come (the visit itself is the departure's event; 离开河内前会见 is before it). With the
    trigger's offset `k`, a leaving told in the aim's own clause before its verb counts too (a headline:
    某某启程对甲、乙进行正式访问并出席…峰会)."""
    if etype == "VISIT" or any_of(cb.done_markers).search(text, c.start, c.end):
        return False
    before = text[c.sentence[0]:c.start if k is None else max(c.start, k)]
    # (on the day of arriving, or the first of a stay, only a meeting attended is ahead: 抵达后会见 is that day's)
    words = tuple(cb.departure_words) + (tuple(_words()["arrival_words"]) if etype == "CONFERENCE" else ())
    if not any_of(words).search(before):
        return False  # (none of the words: the rfind of each below finds nothing)
    at = max((before.rfind(w) for w in words), default=-1)
    return at >= 0 and not rx.compile(str(_words()["before_or_after_leaving"])).search(before[at:])


def under_way(page: EventPage, c: Clause, date: str | None, anchor: str | None) -> bool:
    """启程前往东京出席于5日至7日举行的…峰会 on a report of the 5th: an aim whose own days, told in its clause,
    begin on the report's day is under way, not still to come; so is one told as held today (抵达吉隆坡,出席今天开幕的
    …峰会: a 'today' right before the holding verb, not the one of the leaving, 今天启程前往…出席…)."""
    if not (date and anchor and len(date) == 10 and date == anchor[:10]):
        return False
    text, held = page.doc.text, rx.compile(str(_words()["held_after_today"]))
    return any(t.value == date and t.precision == "day" and (t.kind in ("date", "range") or (
        t.kind == "relative" and text[t.start:t.end] in _words()["today_words"] and held.match(text, t.end)))
        for t in page.times.starting_in(c.start, c.end))
