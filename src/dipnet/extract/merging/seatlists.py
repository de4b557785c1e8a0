"""The countries a vote for a body's seats elects, told in a clause of their own (ev13, issue 13, unseen
pages): 第67届联大18日举行全体会议,选举…安理会非常任理事国。…经过两轮投票,韩国、澳大利亚…和卢森堡当选 /
越南以180票的高票成功连任. The election told before names the seat's body; the clause that lists the
countries before a verb of being elected tells who won: each takes the seat (a MULTILATERAL_ROLE on the
election's day) and is a party of the election. A seat read for another country in those sentences (上述五国
将…担任…非常任理事国 read for the country of a delegate named nearby) is the listed ones' and goes. The words
are data (events.toml: seat_elected_words, seat_elected_filler)."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.extract.common.eventwords import pattern_of, words_of
from dipnet.model import Event
from dipnet.rx import plain as _plain

_REACH = 240  # characters after the election's sentence within which its winners are told
_CLAUSE_END = ",，。;；!?！？\n"


@lru_cache(maxsize=1)
def _filler() -> re.Pattern[str]:
    return _plain(pattern_of("seat_elected_filler") or "(?!)")


def _bodies(ev: Event, nations: set[str]) -> list[str]:
    """The seat's own body among the event's parties (联合国安理会, not 联合国 beside it)."""
    named = [p for p in ev.participants if p not in nations]
    return [p for p in named if not any(p != q and p in q for q in named)]


def _winners(text: str, start: int, stop: int, nations: set[str]) -> tuple[list[str], int] | None:
    """The countries a clause between start and stop lists before a verb of being elected, and where
    that clause's sentence ends: nothing else in the clause but list marks and the words of the vote."""
    for verb in words_of("seat_elected_words"):
        at = text.find(verb, start, stop)
        while at != -1:
            head = max(text.rfind(ch, start, at) for ch in _CLAUSE_END) + 1
            clause = text[max(head, start):at]
            found = sorted((clause.find(n), n) for n in nations if n in clause)
            rest = clause
            for _, n in sorted(found, key=lambda x: -len(x[1])):
                rest = rest.replace(n, "")
            if found and _filler().fullmatch(rest):
                listed = list(dict.fromkeys(n for _, n in found if not any(n != m and n in m for _, m in found)))
                ends = [k for ch in "。;!?\n" if (k := text.find(ch, at)) != -1]
                return listed, min(ends, default=len(text))
            at = text.find(verb, at + len(verb), stop)
    return None


def seat_lists(events: list[Event], text: str, nations: set[str], people: set[str]) -> list[Event]:
    """The events with each listed winner's seat added, the election's parties completed, and the seats
    misread for other countries in those sentences dropped (each list read once)."""
    out, used = list(events), set()
    for ev in events:
        if ev.type not in ("ELECTION", "MULTILATERAL_ROLE") or ev.attributes.get("kind") == "completing" or \
                (ev.type == "ELECTION" and any(p in people for p in ev.participants)):
            continue  # (a person elected is no seat's vote)
        bodies = _bodies(ev, nations)
        stop = text.find("\n", ev.end)
        got = _winners(text, ev.start, min(ev.end + _REACH, stop if stop != -1 else len(text)), nations) \
            if bodies else None
        if got is None or (got[1], ev.brief) in used:
            continue
        (listed, until), body = got, bodies[0]
        used.add((until, ev.brief))
        # (a seat read for another land in these sentences, or in a later one of the paragraph that refers back
        # to the winners (上述五国将…担任…), is the listed ones', not that land's)
        back = _plain(pattern_of("seat_back_reference") or "(?!)")
        para = stop if stop != -1 else len(text)
        out = [e for e in out if not (e.type == "MULTILATERAL_ROLE" and e.attributes.get("kind") != "completing"
                                      and (ev.start <= e.start <= until or
                                           (until < e.start < para and back.search(text, e.start, e.end)))
                                      and e.brief == ev.brief
                                      and any(b in body or body in b for b in _bodies(e, nations))
                                      and not set(e.participants) & set(listed))]
        held = {(p, e.brief) for e in out if e.type == "MULTILATERAL_ROLE" for p in e.participants}
        vote = next((e for e in out if e.type == "ELECTION" and e.start == ev.start and e.date), ev)
        out += [Event(**{**ev.__dict__, "type": "MULTILATERAL_ROLE", "status": "occurred",
                         "participants": [country, body], "source": [country], "target": [body],
                         "date": vote.date, "date_precision": vote.date_precision, "end_date": None,
                         "cameo": None, "attributes": {"role": "elected", "trigger": "elected_list"}})
                for country in listed if (country, ev.brief) not in held]
        for e in out:  # the vote's parties: the seat and the winners (the assembly holding the session is the
            # CONFERENCE's; tried and left out: adding it here, an extra actor on dev2)
            if e.type == "ELECTION" and e.start == ev.start and e.brief == ev.brief:
                e.participants = e.participants + [c for c in listed if c not in e.participants]
                e.channel = "state"  # (states voted into a body's seats: state diplomacy, not a party's or a people's)
    return out
