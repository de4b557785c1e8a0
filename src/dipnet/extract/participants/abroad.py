"""A visit told only by talks held abroad (ev5, stop 51): 国家主席习近平21日在达喀尔同塞内加尔总统萨勒举行会谈,
他早上在罗安达会晤了安哥拉总统 — no visit word, the host country named only by its capital and its leader; or by a welcome ceremony the host holds. SPEC: a VISIT's
participants are the visitor and the host country; the talks place the visitor in the host's land.

A MEET whose place is a city (or a country) of land C, where another party is of C (its leader, or C itself), and whose
other people are all of one land other than C, tells their VISIT to C — unless the page already tells one of them
visiting C, or they are envoys posted there (日本驻越大使, cues: envoy_title), or they lead no land (a head of state,
government or party by a title the page gives them: data/participants.toml abroad_guest_title; the open gold tells no
visit for a delegation or a minister met abroad), or the talks are an archive photo's caption (资料图片:…). The visit takes the talks' status, days,
sentence and brief. The open pools' misses of this shape: fe3 (达喀尔), fp2 (罗安达); the rest of the mechanism (a leg
told by 第一站先到老挝万象, a delegation welcomed with no visit word) is not read here."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, country_name
from dipnet.extract.participants.lands import land_of
from dipnet.extract.participants.words import participant_pattern
from dipnet.model import Event, Mention


def visits_abroad(page: EventPage, events: list[Event]) -> list[Event]:
    """The VISITs the page's MEETs held abroad tell and no VISIT of `events` tells already."""
    told = {(p, host) for e in events if e.type == "VISIT" for p in e.participants for host in e.participants}
    out: list[Event] = []
    photo = rx.compile(cue("archive_photo"))
    for ev in events:
        if ev.type != "MEET" or photo.search(page.doc.text, ev.start, ev.end):
            continue  # (资料图片:2011年…在华盛顿同…举行会谈: an archive photo's caption, no trip the page tells)
        venue = _venue(page, ev)
        welcome = _welcome(page, ev) if venue is None else None
        if venue is not None:
            host, where = venue
            lands = _lands(page, ev)
            if not any(land == host or name == country_name(host) for name, land in lands.items()):
                continue  # (no party of the host's land: a third country's city, 在吉隆坡会见智利总统)
            guests = [n for n, land in lands.items() if land is not None and land != host]
            if len({lands[n] for n in guests}) != 1:
                continue  # (the people of two lands met in a third: a summit's talks, no one host)
        elif welcome is not None:
            host, where, guests = welcome
        else:
            continue
        if codebook().invitation_before.search(page.doc.text[ev.start:where]):
            continue  # (中国已正式邀请美国总统在北京与…会晤: an invitation, no trip made: as for a visit word, triggers.py)
        name = country_name(host)
        if name is None:
            continue
        for g in guests:
            if (g, name) in told or "PERSON" not in page.types_of.get(g, set()) or _envoy(page, ev, g) \
                    or not (welcome is not None or _leads_a_land(page, g)):
                continue
            told.add((g, name))
            out.append(Event(**{**ev.__dict__, "type": "VISIT", "participants": [g, name], "source": [g], "target": [name], "location": None,
                                "cameo": "042", "plover": "CONSULT",
                                "attributes": {k: v for k, v in ev.attributes.items() if k in ("_untimed", "_loose")}
                                | {"trigger": "met_abroad"}}))
    return out


def _venue(page: EventPage, ev: Event) -> tuple[str, int] | None:
    """The land of the place the talks' sentence names after 在/于 (在达喀尔, 在南非比勒陀利亚, 于喀山克里姆林宫; not a
    dateline's city, nor 赴北京), and where that run of places opens; None unless the sentence names one such land."""
    text, ents = page.doc.text, page.entities
    trig = str(ev.attributes.get("trigger") or "")
    k = text.find(trig, ev.start, ev.end) if trig else -1
    end = k if k != -1 else ev.end  # (the places before the talks' word: 在罗安达会晤了…, 下午是在布拉柴维尔 is another stop)
    if participant_pattern("abroad_sideline").search(text, ev.start, end):
        return None  # (在雅加达举行的东盟峰会期间…会见: the trip is the summit's, which the page's CONFERENCE tells)
    ms = [m for m in page.in_span(ev.start, end) if (e := ents.get(m.entity_id)) is not None and e.type in ("LOCATION", "COUNTRY")]
    found: dict[str, int] = {}
    for i, m in enumerate(ms):
        lo = i
        while lo > 0 and ms[lo - 1].end == ms[lo].start:
            lo -= 1
        land = ents[m.entity_id].country
        if land and participant_pattern("abroad_venue_open").search(text, max(ev.start, ms[lo].start - 1), ms[lo].start):
            found.setdefault(land, ms[lo].start - 1)
    return next(iter(found.items())) if len(found) == 1 else None


def _welcome(page: EventPage, ev: Event) -> tuple[str, int, list[str]] | None:
    """A welcome ceremony held for the guests (阮富仲为习近平举行隆重欢迎仪式, 国防部长吴春历主持了迎接以…为团长率领的该国
    代表团仪式: data abroad_welcome): the land of the one who holds it (the last person or country named before the words),
    where the sentence opens, and the people the words name of one other land (not a spouse: 和夫人彭丽媛, 某某王后 ride
    along on the leader's visit, as the open gold tells it); else None."""
    text, ents = page.doc.text, page.entities
    w = participant_pattern("abroad_welcome").search(text, ev.start, ev.end)
    if w is None:
        return None
    before = [m for m in page.in_span(ev.start, w.start()) if (e := ents.get(m.entity_id)) is not None and e.type in ("PERSON", "COUNTRY")]
    if not before:
        return None
    host = land_of(page, before[-1]) if ents[before[-1].entity_id].type == "PERSON" else ents[before[-1].entity_id].country
    guests: dict[str, str] = {}
    for m in page.in_span(w.start(), w.end()):
        e = ents.get(m.entity_id)
        if e is not None and e.type == "PERSON" and (land := land_of(page, m)) and land != host \
                and not participant_pattern("abroad_spouse").search(text, max(w.start(), m.start - 8), m.start) \
                and not participant_pattern("abroad_spouse_after").match(text, m.end) \
                and not participant_pattern("abroad_spouse_after").fullmatch(m.text[-2:]):  # (素提达王后 read as one name)
            guests.setdefault(e.name, land)
    if not host or len(set(guests.values())) != 1:
        return None
    return host, ev.start, list(guests)


def _lands(page: EventPage, ev: Event) -> dict[str, str | None]:
    """Each party of the talks and its land, read at its mention in the talks' sentence (the title before the name)."""
    out: dict[str, str | None] = {}
    ms: dict[str, Mention] = {}
    for m in page.in_span(ev.start, ev.end):
        e = page.entities.get(m.entity_id)
        if e is not None and e.name in ev.participants and e.name not in ms:
            ms[e.name] = m
    for p in ev.participants:
        e = page.by_name.get(p)
        if e is None:
            continue
        if e.type == "COUNTRY":
            out[p] = e.country
        elif e.type == "PERSON":
            out[p] = land_of(page, ms[p]) if p in ms else e.country
    return out


def _leads_a_land(page: EventPage, name: str) -> bool:
    """Does the page give the person a leader's title (国家主席, 总统, 总理; not 副总理: data abroad_guest_title)?"""
    head = participant_pattern("abroad_guest_title")
    return any(r.person == name and head.search(r.title) for r in page.doc.roles)


def _envoy(page: EventPage, ev: Event, name: str) -> bool:
    """Is the person an envoy posted abroad (日本驻越大使伊藤直树) by the title before their name in the talks' sentence?"""
    text = page.doc.text
    envoy = rx.compile(cue("envoy_title"))
    for m in page.in_span(ev.start, ev.end):
        e = page.entities.get(m.entity_id)
        if e is not None and e.name == name and envoy.search(text, max(ev.start, m.start - 30), m.start):
            return True
    return False
