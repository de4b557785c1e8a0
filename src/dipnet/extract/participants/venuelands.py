"""A country named only as where a conference is held (出席在新加坡举行的…论坛, 在印尼巴厘岛出席…, 赴越出席…峰会,
在越南莱州省和中国云南省举行的…) is where, not who: SPEC lists a CONFERENCE's holding body and the people the text places
at it, not the land it meets in (issue 13, fa2; open gold: 7 such lands extra of 109 extra actors). A land named
elsewhere in the sentence too (its leader's title, the meeting's name), whose leader invited the attendees, or
for one of whose places the meeting is named (北京香山论坛), stays.
(ac1) A land the sentence names as the object of a visit (对越南进行正式访问并出席…, 正式访问老挝后…) is where the
visitor went, and counts as such a place too.
The words are data (data/participants.toml: venue_open, venue_join, venue_verb, host_invite, venue_building,
visit_land_open, visit_land_to, visit_land_verb, meeting_venue_open, meeting_venue_verb).

(ac2) A meeting's or a call's places are where it is held, not its sides, in the same way: a land, province or city
whose every mention in the sentence stands in a run of places after 在/于/赴 that a holding or attending verb or the
meeting word closes (甲与乙在柏林和罗马两次会晤, 丙国与丁国在泰国举行会谈, 正在法国巴黎出席…的甲会见了乙) leaves the
participants where two sides stay (official gold: 在河内举行会谈, 在莫斯科会见 list the people or bodies only).

(fb1) A building or a room named after 在/于 as where a meeting is held (在国会大厦迎接, 在白宫某餐厅举行晚宴, 在总统府会客室
会晤) is never the meeting's other side either, even where the clause names no other (the 303-page pool's 王廷惠 +
国会大厦, 奥巴马 + 白宫老家庭餐厅; fp2's 莫鲁士 + 总统府): a city may stand for its people there (越南驻泰国大使馆在曼谷
举行招待会: actors.py keeps it), a building may not."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.page import EventPage, country_name
from dipnet.extract.participants.lands import land_of
from dipnet.extract.participants.words import participant_pattern
from dipnet.model import Mention

_PLACES = ("COUNTRY", "LOCATION")
_SIGNING_PLACES = _PLACES + ("ORG",)  # (于联合国安理会上传阅: a body is where it was passed round too)


def venue_lands_out(page: EventPage, c: Clause, participants: list[str],
                    location: str | None) -> tuple[list[str], str | None]:
    """The participants less the countries whose every mention in the sentence stands in a run of places
    after 在/于/赴 that the holding or attending verb closes, where no one of that land invited the attendees;
    and such a land as the location where the run names no finer place (在新加坡举行的…: 新加坡; 在秘鲁利马: the
    city, read later by events.meeting_venue)."""
    ents = page.entities
    lands = {p for p in participants if "COUNTRY" in page.types_of.get(p, set())}
    if not lands:
        return participants, location
    ms = page.in_span(*c.sentence)
    seen: dict[str, bool] = {}
    finer: set[str] = set()  # (the lands whose run names a city or province too)
    for i, m in enumerate(ms):
        e = ents.get(m.entity_id)
        if e is not None and e.name in lands:
            run = _venue_run(page, ms, i)
            seen[e.name] = seen.get(e.name, True) and run is not None
            if run is not None and any(_place(page, o, ("LOCATION",)) for o in run):
                finer.add(e.name)
    out = {n for n, venue in seen.items() if venue} - _inviting_lands(page, c) - _named_for(page, ms) \
        - _own_people_lands(page, ms, participants)
    if not out:
        return participants, location
    where = location or next((p for p in participants if p in out and p not in finer), None)
    return [p for p in participants if p not in out], where


def meet_venues_out(page: EventPage, c: Clause, participants: list[str]) -> list[str]:
    """The participants of a meeting or call less the lands and places whose every mention in the sentence stands in a
    run of places after 在/于/赴 that a holding or attending verb or a meeting word closes, where no one of that land
    invited the other side and whose name the sentence does not give elsewhere (in a title, a body's name); unchanged
    where fewer than two sides would stay, but for a city, province or building: where such places alone stood beside
    one side, that side is left alone (某某在某宾馆会见代表团, 某国在某城举办的三方会谈: the one met is unnamed, the
    place is where; a meeting of one side is not read). A land so framed stays (在越南会见: it may stand for its
    leaders; a reception held alone at a city is read apart, receptionhost.held_alone)."""
    places = {p for p in participants if page.types_of.get(p, set()) & {"COUNTRY", "LOCATION"}}
    if not places:
        return participants
    ms = page.in_span(*c.sentence)
    seen: dict[str, bool] = {}
    spans: dict[str, list[Mention]] = {}
    for i, m in enumerate(ms):
        e = page.entities.get(m.entity_id)
        if e is not None and e.name in places:
            seen[e.name] = seen.get(e.name, True) and _held_at(page, ms, i)
            spans.setdefault(e.name, []).append(m)
    out = {n for n, venue in seen.items() if venue and not _named_apart(page, c, spans[n])} - _inviting_lands(page, c)
    kept = [p for p in participants if p not in out]
    if len(kept) == 1 and out and not any("COUNTRY" in page.types_of.get(p, set()) for p in out):
        return kept
    return kept if len(kept) >= 2 else participants


def _named_apart(page: EventPage, c: Clause, held: list[Mention]) -> bool:
    """A place's name stands in the sentence outside its mentions as where: in a title or a body of its own (河内市委书记
    在河内会见…: the locality whose post hosts is a side)."""
    text = page.doc.text
    for form in {m.text for m in held}:
        at = text.find(form, *c.sentence)
        while at != -1:
            if not any(m.start == at for m in held):
                return True
            at = text.find(form, at + 1, c.sentence[1])
    return False


def _held_at(page: EventPage, ms: list[Mention], i: int) -> bool:
    """The i-th mention stands in a run of places that opens after 在/于/赴 and that a holding or attending verb or a
    meeting word closes."""
    return _framed_run(page, ms, i, "meeting_venue_open", 1, "meeting_venue_verb") is not None


def _venue_run(page: EventPage, ms: list[Mention], i: int) -> list[Mention] | None:
    """The run of places the i-th mention stands in, where it opens after 在/于/赴 and the holding or attending verb
    closes it (or the mention alone, where it is a land visited); else None."""
    if _visited(page.doc.text, ms[i]):
        return [ms[i]]
    run = _framed_run(page, ms, i, "venue_open", 2, "venue_verb")
    return ms[run[0]:run[1] + 1] if run is not None else None


def _framed_run(page: EventPage, ms: list[Mention], i: int, opening: str, reach: int,
                closing: str) -> tuple[int, int] | None:
    """The indexes of the first and last place of the run (joined by nothing, 和, 与, 、) the i-th mention stands in,
    where the `opening` word ends within `reach` characters before it and the `closing` word follows it (data words);
    else None. (One walk for the meeting's and the attended gathering's venues: they differ only in their words.)
    A land and its place right after it may stand apart by what that place is to it (某国首都某城: ac6)."""
    text = page.doc.text
    lo = _run_start(page, ms, i)
    if not participant_pattern(opening).search(text, max(0, ms[lo].start - reach), ms[lo].start):
        return None
    hi = _run_end(page, ms, i, seats=True)
    return (lo, hi) if participant_pattern(closing).match(text, ms[hi].end) is not None else None


def _visited(text: str, m: Mention) -> bool:
    """The mention is the land of a visit the sentence tells (访问老挝, 对越南进行正式访问): where the visitor went (ac1)."""
    if participant_pattern("visit_land_open").search(text, max(0, m.start - 2), m.start):
        return True
    return participant_pattern("visit_land_to").search(text, max(0, m.start - 1), m.start) is not None and \
        participant_pattern("visit_land_verb").match(text, m.end) is not None


def _run_start(page: EventPage, ms: list[Mention], i: int) -> int:
    """The index of the first place of the run (joined by nothing, 和, 与, 、, or a land's seat word) that leads up to
    the i-th mention."""
    lo = i
    while lo > 0 and _place(page, ms[lo - 1]) and _joined(page, ms[lo - 1], ms[lo], True):
        lo -= 1
    return lo


def _run_end(page: EventPage, ms: list[Mention], i: int, types: tuple[str, ...] = _PLACES, seats: bool = False) -> int:
    """The index of the last place of the run (joined by nothing, 和, 与, 、) that goes on from the i-th mention."""
    hi = i
    while hi + 1 < len(ms) and _place(page, ms[hi + 1], types) and _joined(page, ms[hi], ms[hi + 1], seats):
        hi += 1
    return hi


def _joined(page: EventPage, a: Mention, b: Mention, seats: bool) -> bool:
    """Two places stand in one run: joined by nothing, 和, 与, 、; with `seats`, also a land and a place after it told
    as its capital or one of its cities (老挝首都万象, 越南中部城市岘港: data venue_seat_join, ac6)."""
    text = page.doc.text
    if participant_pattern("venue_join").fullmatch(text, a.end, b.start):
        return True
    return seats and _place(page, a, ("COUNTRY",)) and _place(page, b, ("LOCATION",)) and \
        participant_pattern("venue_seat_join").fullmatch(text, a.end, b.start) is not None


def _place(page: EventPage, m: Mention, types: tuple[str, ...] = _PLACES) -> bool:
    e = page.entities.get(m.entity_id)
    return e is not None and e.type in types


def _inviting_lands(page: EventPage, c: Clause) -> set[str]:
    """The lands of the people and bodies named inside an invitation's frame in the sentence (应…的邀请)."""
    out: set[str] = set()
    for f in participant_pattern("host_invite").finditer(page.doc.text, *c.sentence):
        for m in page.in_span(f.start(), f.end()):
            e = page.entities.get(m.entity_id)
            if e is not None and e.type == "COUNTRY":
                out.add(e.name)
            elif e is not None and (land := country_name(land_of(page, m))):
                out.add(land)
    return out


def _own_people_lands(page: EventPage, ms: list[Mention], participants: list[str]) -> set[str]:
    """The lands of the participants the sentence names as people (a host land whose own leader is at the gathering
    hosts it: 在甲国首都某城开幕 … 甲国总统某某)."""
    names = set(participants)
    return {n for m in ms if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"
            and e.name in names and (n := country_name(land_of(page, m)))}


def _named_for(page: EventPage, ms: list[Mention]) -> set[str]:
    """The lands a body or meeting of the sentence is named for by a place of theirs the sentence names (在中国北京出席
    …北京香山论坛: a forum named for Beijing is China's own, which hosts it)."""
    ents = page.entities
    places = [(m.text, e.country) for m in ms if (e := ents.get(m.entity_id)) is not None and e.type == "LOCATION" and e.country]
    if not places:
        return set()
    bodies = [m.text for m in ms if (e := ents.get(m.entity_id)) is not None and e.type == "ORG"]
    return {n for text, iso in places if any(text in b for b in bodies) and (n := country_name(iso))}


def signing_places_out(page: EventPage, ms: list[Mention]) -> list[Mention]:
    """The mentions of an agreement's sentence less those standing in a run of places after 在/于 that a signing word
    closes (在马来西亚吉隆坡签署, 于联合国安理会上传阅): where it was signed, no party (xc; data: signing_place_open,
    signing_place_verb). The land keeps its other mentions of the sentence."""
    text = page.doc.text
    opens, closes = participant_pattern("signing_place_open"), participant_pattern("signing_place_verb")
    out: set[int] = set()
    i = 0
    while i < len(ms):
        if not _place(page, ms[i], _SIGNING_PLACES):
            i += 1
            continue
        hi = _run_end(page, ms, i, _SIGNING_PLACES)
        if opens.search(text, max(0, ms[i].start - 1), ms[i].start) and closes.match(text, ms[hi].end):
            out.update(range(i, hi + 1))
        i = hi + 1
    return [m for j, m in enumerate(ms) if j not in out]


def venue_buildings(page: EventPage, where: list[Mention]) -> list[Mention]:
    """Of the places named after 在/于 in the clause (`where`), those whose name ends with a building's or a room's
    word (data: venue_building)."""
    ends = participant_pattern("venue_building")
    return [m for m in where if (e := page.entities.get(m.entity_id)) is not None and ends.search(e.name)]
