"""The seats a newly elected member takes over (issue 13): 联合国大会选举越南等5国为安理会非常任理事国…
新当选5国的任期从2020年1月1日开始,将接替科威特、秘鲁、波兰…: each country handed over completes its
seat in that body (a MULTILATERAL_ROLE, kind completing), on the day the new term starts. The seat and
its body come from the MULTILATERAL_ROLE told before in the same teaser (or the article); the words
are data (events.toml: handover_words)."""

from __future__ import annotations

from dipnet.extract.common.codes import codebook
from dipnet.extract.merging.seatlists import seat_lists
from dipnet.model import Event
from dipnet.rx import plain as _plain
from dipnet.sentencebounds import sentence_around

_REACH = 600  # characters after the seat told within which its handover is told
_DAY = _plain(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_LIST_END = "。;!?"


def handed_over(events: list[Event], text: str, nations: set[str]) -> list[Event]:
    """A MULTILATERAL_ROLE per country listed after a handover word following a seat told before."""
    words = codebook().handover_words
    if not words or not any(w in text for w in words):
        return []
    out: list[Event] = []
    seen: set[tuple[int | None, str]] = set()
    roles = [e for e in events if e.type == "MULTILATERAL_ROLE"]
    for role in roles:
        named = [p for p in role.participants if p not in nations]
        # the seat's own body, not the one its name holds (联合国安理会, not 联合国 beside it)
        bodies = [p for p in named if not any(p != q and p in q for q in named)]
        if not bodies:
            continue
        for w in words:
            at = text.find(w, role.start, role.end + _REACH)
            while at != -1:
                stop = min((k for ch in _LIST_END if (k := text.find(ch, at)) != -1), default=len(text))
                listed = text[at + len(w):stop]
                sent_start = sentence_around(text, at, _LIST_END + "\n")[0]
                day = _DAY.search(text, sent_start, stop)  # (任期从2016年1月1日开始: the new term's first day)
                for country in sorted((c for c in nations if c in listed and c not in role.participants),
                                      key=listed.find):
                    if (role.brief, country) in seen:
                        continue
                    seen.add((role.brief, country))
                    out.append(Event(**{**role.__dict__, "participants": [country] + bodies,
                                        "source": [country], "target": list(bodies),
                                        "start": sent_start, "end": stop + 1,
                                        "date": (f"{day.group(1)}-{int(day.group(2)):02d}-{int(day.group(3)):02d}"
                                                 if day else role.date),
                                        "date_precision": "day" if day else role.date_precision,
                                        "end_date": None, "status": "planned" if "将" in text[sent_start:at] else role.status,
                                        "attributes": {**role.attributes, "kind": "completing", "trigger": w}}))
                at = text.find(w, at + len(w), role.end + _REACH)
    return out


def seat_changes(events: list[Event], text: str, nations: set[str], people: set[str]) -> list[Event]:
    """The page's events with the seats handed over (handed_over) and the seats a vote's listed winners
    take (seatlists.py)."""
    return seat_lists(events + handed_over(events, text, nations), text, nations, people)
