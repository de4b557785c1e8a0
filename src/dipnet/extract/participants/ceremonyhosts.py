"""The host of a visit told by a welcome ceremony held for the guest (甲在河内为乙举行欢迎仪式, ev56): the
welcomer (the one named before 为) hosts by their land; else the land of the place after 在 (a city by its
country). Neither is a host when it is the guest's own land (外交部为新任使节举行欢迎仪式 is no visit)."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.page import EventPage, country_name
from dipnet.extract.participants.lands import land_of
from dipnet.kb import load_kb
from dipnet.model import Mention


def ceremony_host(page: EventPage, c: Clause, k: int, guests: list[Mention]) -> list[str]:
    """The country hosting the guests of the welcome ceremony word at `k`, or none."""
    text = page.doc.text
    wei = text.rfind("为", c.start, k)
    if wei == -1 or not guests:
        return []
    own = {land_of(page, m) for m in guests}
    # (甲昨在河内主席府,为乙举行欢迎仪式: 为 opening the clause, the welcomer and the place stand in the one before)
    lo = c.sentence[0] if not text[c.start:wei].strip(" \u3000") else c.start
    welcomers = [m for m in page.in_span(lo, wei) if (e := page.entity(m)) is not None and e.type == "PERSON"]
    land = land_of(page, welcomers[0]) if welcomers else None
    land = land or _place_land(page, lo, wei)
    name = country_name(land) if land and land not in own else None
    return [name] if name else []


def ceremony_abroad(page: EventPage, c: Clause, k: int) -> tuple[list[str], list[str]]:
    """在哈瓦那革命宫举行的欢迎仪式结束后,甲与乙举行会谈 (ev62): a welcome ceremony held at a place, naming no
    guest in its clause; of the people the rest of the sentence names, the first whose land is not the place's is
    the guest, visiting the place's land (none where every one named is of that land or of none known)."""
    land = _place_land(page, c.start, k, first=True)  # (the city, not the palace in it: 独立宫 has namesakes)
    if land is None:
        return [], []
    people = [m for m in page.in_span(c.end, c.sentence[1]) if (e := page.entity(m)) is not None and e.type == "PERSON"]
    guest = next((m for m in people if (own := land_of(page, m)) and own != land), None)
    host = country_name(land)
    if guest is None or not host:
        return [], []
    return [page.entity(guest).name], [host]  # type: ignore[union-attr]


def _place_land(page: EventPage, lo: int, hi: int, first: bool = False) -> str | None:
    """The country of the last (or first) place or country named after 在 before the guest (在河内主席府为…)."""
    text = page.doc.text
    zai = text.rfind("在", lo, hi)
    if zai == -1:
        return None
    spans = page.in_span(zai, hi)
    for m in (spans if first else reversed(spans)):
        e = page.entity(m)
        if e is None or e.type not in ("COUNTRY", "LOCATION"):
            continue
        entry = load_kb().get(e.kb_id or "") if e.type == "LOCATION" else None
        land = entry.country if entry is not None and entry.country else (e.country if e.type == "COUNTRY" else None)
        if land or not first:
            return land
    return None
