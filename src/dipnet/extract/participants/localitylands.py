"""A land beside its own named locality among one event's actors (越南胡志明市与日本爱知县签署…备忘录, 越南昆嵩省与老挝
占巴塞省…签署, 越南北方四省与中国广西边防会谈): the locality is the side, its land named only to place it (right before
its name) or inside a title is no side of its own. SPEC: visits between localities are the localities'; the gold names
no land beside its named locality in any of 24 such events (dev d14, dev2, fp7, fp10, fp13, fp15, fp18), and a land
whose localities go unnamed (越南北方四省) stays."""

from __future__ import annotations

from collections.abc import Callable

from dipnet.extract.common.page import EventPage
from dipnet.model import Event, Mention


def locality_lands(page: EventPage, ev: Event, titled: Callable[[EventPage, Mention], bool]) -> set[str]:
    """The lands of `ev` that only place a locality of theirs among its actors (above)."""
    lands = {c: p for p in ev.participants if page.types_of.get(p) == {"COUNTRY"} and (c := page.country_by_name.get(p))}
    if not lands:
        return set()
    places = {p for p in ev.participants if page.types_of.get(p) == {"LOCATION"} and page.country_by_name.get(p) in lands}
    if not places:
        return set()
    told = page.named_in(ev.start, ev.end)
    free: set[str] = set()
    for i, (m, e) in enumerate(told):
        nxt = told[i + 1] if i + 1 < len(told) else None
        if nxt and nxt[1].name in places and nxt[0].start == m.end and page.country_by_name.get(nxt[1].name) == e.country:
            continue  # (越南昆嵩省: the land places the locality right after it)
        if not titled(page, m):
            free.add(e.name)
    placed = {page.country_by_name.get(p) for p in places}
    return {land for c, land in lands.items() if c in placed and land not in free}
