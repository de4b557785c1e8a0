"""The lands of the people who make an agreement (issue 13): an instrument is between countries (SPEC: its
signatories; the open gold names the lands in 139 of 151 agreements), so an AGREEMENT whose parties name a
person (甲和乙会后发表共同声明, 两人…直至签署《…宣言》, 总统将与首相会谈…并发表联合声明) takes that person's
country as a party too, unless a party of that country already stands for its side (the land itself, a body or
a locality of it: 越南国会 with 阮氏金银), nor where the person holds a locality's post (广西壮族自治区党委书记彭清华
与…省委书记…共同签署会谈纪要: the localities' officials sign, no land is told). The people stay (official dev2: 共同签署会谈纪要
names its signers), but those who only witness it (两人…共同见证两国…签署) give way to their lands, as a witness
named before 见证 does (typeactors.witnessed)."""

from __future__ import annotations

import re

from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cues
from dipnet.extract.common.page import EventPage, country_name
from dipnet.extract.participants.lands import land_of
from dipnet.model import Event, Mention

_DESIGNATION = 16  # characters before a name read for its post (as channel._designations)
_LAST_STOP = re.compile(r'.*[,，。;；:：“"、]', re.S)  # (greedy: its end is just past the span's last stop)


def signer_lands(page: EventPage, events: list[Event]) -> None:
    """Each AGREEMENT with its people's countries added where no party of theirs stands for them (above)."""
    text = page.doc.text
    for ev in events:
        if ev.type != "AGREEMENT":
            continue
        people = [p for p in ev.participants if p in page.people]
        if not people:
            continue
        sides = {c for p in ev.participants if p not in page.people and (c := page.country_by_name.get(p))}
        added: list[str] = []
        for person in people:
            iso_ = _land(page, person)
            if iso_ is None or _local(page, person):
                continue
            land = country_name(iso_)
            if land and iso_ not in sides and land not in ev.participants:
                added.append(land)
                sides.add(iso_)
        if not added:
            continue
        ev.participants += added
        if any(w in text[ev.start:ev.end] for w in codebook().witness_words):
            ev.drop_actors(set(people))  # (两人…共同见证两国…签署: the lands sign, the people witness)


def _mentions(page: EventPage, person: str) -> list[Mention]:
    """The person's mentions on the page, by name: gathered once per page (one pass over its mentions), not a
    pass per person asked about."""
    got: dict[str, list[Mention]] | None = page.__dict__.get("_signer_mentions")
    if got is None:
        got = page.__dict__["_signer_mentions"] = {}
        for m in page.mentions:
            e = page.entities.get(m.entity_id)
            if e is not None and e.type == "PERSON":
                got.setdefault(e.name, []).append(m)
    return got.get(person, [])


def _land(page: EventPage, person: str) -> str | None:
    """The person's country as the page tells it (the title at a mention, else the knowledge base's)."""
    e = page.by_name.get(person)
    if e is None:
        return None
    ms = _mentions(page, person)
    return land_of(page, ms[0]) if ms else e.country


def _local(page: EventPage, person: str) -> bool:
    """Do the words written before some mention of the person (back to the clause's last stop) name a locality's post
    (广西壮族自治区党委书记彭清华, 越共广宁省委书记某某, 河内市人民委员会主席某某: cues.toml local_post_words, as
    channel.national_post reads them): one who acts for the locality, not the land?"""
    text, words = page.doc.text, cues("local_post_words")
    for m in _mentions(page, person):
        a = max(0, m.start - _DESIGNATION)
        stop = _LAST_STOP.match(text, a, m.start)
        if any(w in text[a if stop is None else stop.end():m.start] for w in words):
            return True
    return False
