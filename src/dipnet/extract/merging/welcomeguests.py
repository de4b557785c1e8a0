"""The guest of a welcome that names only its welcomers (fb1, issue 13): 习近平乘坐的专机抵达…机场。甲,乙等高级官员在
机场热情迎接 / 胡锦涛所乘搭的专机当天降落…,甲、乙等在场迎接 / 则陪同总统甲以隆重军礼热烈欢迎访团一行. With no one
named after the welcome word, the one welcomed is the visitor the page told arriving just before, not one of the
welcomers (the 303-page pool's three such pages read the welcomers as the two sides of the meeting)."""

from __future__ import annotations

from dipnet.extract.common.codes import codebook
from dipnet.extract.common.page import EventPage
from dipnet.model import Event

_REACH = 300  # characters before the welcome within which the arrival is told


def welcomed_visitors(page: EventPage, events: list[Event]) -> None:
    """Add to each welcome meeting that names no guest the visitor of the nearest visit told before it."""
    words = codebook().welcome_words
    text = page.doc.text
    visits = [v for v in events if v.type == "VISIT" and v.participants and v.participants[0] in page.people]
    for e in events:
        trig = e.attributes.get("trigger")
        if e.type != "MEET" or trig not in words or not visits:
            continue
        k = text.rfind(str(trig), e.start, e.end)
        if k == -1 or any(m.entity_id in page.entities and page.entities[m.entity_id].type == "PERSON"
                          for m in page.in_span(k + len(str(trig)), e.end)):
            continue
        told = [v for v in visits if v.brief == e.brief and e.start - _REACH <= v.start < k]
        if not told:
            continue
        guest = max(told, key=lambda v: v.start).participants[0]
        if guest not in e.participants:  # (the welcomers one side, the guest the other)
            e.source, e.target = list(e.participants), [guest]
            e.participants.insert(0, guest)
