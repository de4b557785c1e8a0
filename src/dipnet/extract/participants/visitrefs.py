"""Who hosts a visit told only by reference in reported words (通伦表示,李强总理此访…), and who leads a trip
whose visitor the sentence names after it (此行由某某率队), split from visits.py."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import EventPage, country_name
from dipnet.extract.participants.lands import land_of
from dipnet.model import Event


def teller_land(page: EventPage, c: Clause, trig: str, own: set[str | None]) -> list[str]:
    """通伦表示,李强总理此访意义重大: a visit told only by reference, in words someone reports, is hosted
    by the teller's country (the person whose report verb ends the clause before), where that is not
    the visitor's own (`own`: the visitors' lands)."""
    text = page.doc.text
    if trig not in cues("visit_reference_words") or \
            not text[c.sentence[0]:c.start].rstrip().rstrip(",:，：").endswith(codebook().report_verbs):
        return []
    teller = page.last_in_span(c.sentence[0], c.start, lambda m: (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON")
    land = land_of(page, teller) if teller is not None else None
    host = country_name(land) if land and land not in own else None
    return [host] if host else []


def led_after(page: EventPage, c: Clause) -> list[str]:
    """某联谊会明起将赴美国访问,为期5天,此行由副会长某某率队: a trip whose clause names no visitor is made by
    the one the rest of its sentence says leads it (the person inside the cue's group 1)."""
    found = rx.compile(cue("trip_led_after")).search(page.doc.text, c.end, c.sentence[1])
    if found is None:
        return []
    people = [e.name for m in page.in_span(found.start(1), found.end(1)) if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"]
    return people[-1:]


def our_land(page: EventPage, c: Clause, k: int, own: set[str | None]) -> list[str]:
    """韩正星期二起对我国进行两天正式访问 (a Singapore paper): 'our country' hosts, the outlet's own, told by the
    page as the country it names most beside the visitor's (`own`: the visitors' lands)."""
    if rx.compile(cue("our_country_before")).search(page.doc.text, c.start, k) is None:
        return []
    lands = [n for n in page.pair if page.country_by_name.get(n) not in own and n not in own]
    return lands[:1]


def region_trips(page: EventPage, events: list[Event]) -> list[Event]:
    """出访东南亚三国,分别是马来西亚、越南…: a trip whose only host is a region (a place of no country: a
    continent, 东南亚, 加勒比海) is the tour the page tells the visits of one by one; where the same visitor
    visits a country on the page, the tour is no visit of its own."""
    def region(name: str) -> bool:
        e = page.by_name.get(name)
        return e is not None and e.type == "LOCATION" and not e.country

    def hosts(ev: Event) -> list[str]:
        return [p for p in ev.participants if p not in ev.source] if ev.source else list(ev.participants)

    visited = {(v, h) for ev in events if ev.type == "VISIT" for v in ev.source for h in hosts(ev)
               if (e := page.by_name.get(h)) is not None and e.type == "COUNTRY"}
    out: list[Event] = []
    for ev in events:
        hs = hosts(ev)
        tour = ev.type == "VISIT" and ev.source and hs and all(region(h) for h in hs)
        lands = _listed_lands(page, ev) if tour else []
        if len(lands) > 1:  # (出访东南亚三国,分别是甲、乙和丙: a visit to each)
            out += [Event(**{**ev.__dict__, "participants": list(ev.source) + [h], "target": [h], "location": None,
                             "attributes": dict(ev.attributes)}) for h in lands
                    if not any((v, h) in visited for v in ev.source)]
            continue
        if tour and any(v == w for v in ev.source for w, _ in visited):
            continue
        out.append(ev)
    return out


def _listed_lands(page: EventPage, ev: Event) -> list[str]:
    """The countries listed after a region in the rest of the event's sentence (分别是甲、乙,以及丙)."""
    text = page.doc.text
    at = next((m.end for m in page.in_span(ev.start, ev.end) if (e := page.entities.get(m.entity_id)) is not None
               and e.name in ev.target), None)
    if at is None:
        return []
    stop = min([i for ch in "。;；!?！？\n" if (i := text.find(ch, at)) != -1] + [len(text)])
    head = rx.compile(cue("region_countries_listed")).match(text, at, stop)
    if head is None:
        return []
    out: list[str] = []
    for m in page.in_span(head.end(), stop):
        e = page.entities.get(m.entity_id)
        if e is not None and e.type == "COUNTRY" and e.name not in out:
            out.append(e.name)
    return out
