"""A land named only right before a body of its own that is a party (向土耳其AFAD机构捐赠, 向美国波音公司订购, 中国国防科工局
…为尼泊尔…提供, 萨尔瓦多共和国“某某阵线”…致唁电) qualifies the body, and is no party beside it (ac3, issue 13). The gold
never lists such a land beside its own body (open gold, official and pools: 44 bodies so named, none with the land;
dev2: 向美國波音公司訂購 → 越南, 波音公司; 向土耳其AFAD机构捐赠 → 越南公安部, 土耳其灾害应急管理局). A land the sentence also
names on its own stays (中国和尼泊尔…), and so does one beside a body of another land or of none known (中国东盟, 中国海洋八号
调查船队), and a visit's host, an elected post's land and a protested side (VISIT, ELECTION, DISAPPROVE: 汤加王国国会主席,
越南国防部长潘文江邀请…访问越南). The words between the land and the body are data (participants.toml: land_body_gap)."""

from __future__ import annotations

from dipnet.extract.common.page import EventPage, iso
from dipnet.extract.participants.landmodifier import qualifies
from dipnet.extract.participants.words import participant_pattern
from dipnet.model import Event, Mention

_KEEP_TYPES = frozenset({"VISIT", "ELECTION", "DISAPPROVE"})
_QUALIFIED_TYPES = frozenset({"AID", "AGREEMENT"})  # (a land qualifying a place, a sum, a line: landmodifier.py)


def land_prefixes_dropped(page: EventPage, events: list[Event]) -> None:
    """Each event (but a visit, an election, a protest) without the lands whose every mention in its sentence stands right
    before a body of their own among its parties, where two parties stay."""
    for ev in events:
        if ev.type in _KEEP_TYPES or len(ev.participants) < 3:
            continue
        gone = _prefix_lands(page, ev)
        if gone and len(ev.participants) - len(gone) >= 2:
            ev.drop_actors(gone)


def _prefix_lands(page: EventPage, ev: Event) -> set[str]:
    """The participant lands each of whose mentions in the event's sentence is followed, across the data gap at most, by a
    mention of a participant body whose land it is (the body's country that land's, or unknown for a body of a known kind)."""
    lands = {p for p in ev.participants if "COUNTRY" in page.types_of.get(p, ())}
    if not lands:
        return set()
    ms = page.in_span(ev.start, ev.end)  # (in the order of their starts)
    seen: dict[str, bool] = {}
    for i, m in enumerate(ms):
        e = page.entities.get(m.entity_id)
        if e is not None and e.name in lands and seen.get(e.name, True):
            seen[e.name] = _before_own_body(page, ev, ms[i + 1:i + 4], m, e.name) or (
                ev.type in _QUALIFIED_TYPES and _own_body_party(page, ev, e.name) and qualifies(page, ms, i, e.name))  # (越南小礼品: landmodifier.py)
    return {n for n, before in seen.items() if before}


def _own_body_party(page: EventPage, ev: Event, land: str) -> bool:
    """Is a body of the land's own (an ORG of its country, no land itself) among the event's parties?"""
    code = iso(page, land)
    return bool(code) and any("ORG" in page.types_of.get(p, ()) and "COUNTRY" not in page.types_of.get(p, ())
                              and iso(page, p) == code for p in ev.participants)


def _before_own_body(page: EventPage, ev: Event, nxt: list[Mention], m: Mention, land: str) -> bool:
    """The first mention after the land's is a participant body of that land, across the data gap at most."""
    o = next((o for o in nxt if o.start >= m.end), None)
    b = page.entities.get(o.entity_id) if o is not None else None
    if o is None or b is None or b.type != "ORG" or b.name not in ev.participants:
        return False
    if not participant_pattern("land_body_gap").fullmatch(page.doc.text, m.end, o.start):
        return False
    return b.country == iso(page, land) or (not b.country and bool(b.sector))
