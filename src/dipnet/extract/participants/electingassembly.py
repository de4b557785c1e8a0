"""An assembly that elects (越南第十五届国会第一次会议选举阮春福为越南国家主席, 梁强获越南国会选为越南国家主席,
越南国会选举陈大光为国家主席): the assembly is the election's party, and its own land, which the sentence names only
inside the post taken (越南国家主席) or not at all, is no side of its own beside it (the open pools name the assembly
and not the land in 14 of 14 such elections: fp9, fp10, fp11, fp16, fp17, fp18). The assembly named only inside the
post (瓦埃亚勋爵当选汤加王国国会主席) elects no one: the land stays (dev: the gold names 汤加)."""

from __future__ import annotations

from collections.abc import Callable

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage
from dipnet.kb import load_kb
from dipnet.model import Event, Mention

_SECTOR = "legislature"


def electing_lands(page: EventPage, ev: Event, titled: Callable[[EventPage, Mention], bool]) -> set[str]:
    """The lands of `ev` (an ELECTION) whose own assembly is among its actors and elects (above)."""
    lands = {p: c for p in ev.participants if page.types_of.get(p) == {"COUNTRY"} and (c := page.country_by_name.get(p))}
    if not lands:
        return set()
    assemblies = {c: p for p in ev.participants if page.types_of.get(p) == {"ORG"}
                  and (c := page.country_by_name.get(p)) in lands.values() and _is_assembly(p)}
    if not assemblies:
        return set()
    free: set[str] = set()
    inside: set[str] = set()
    told = page.named_in(ev.start, ev.end)
    term = rx.compile(cue("assembly_term_between"))
    for i, (m, e) in enumerate(told):
        # (越南第十五届国会: the land qualifies the assembly after it)
        nxt = told[i + 1] if i + 1 < len(told) else None
        if nxt and nxt[1].name in assemblies.values() and e.name in lands and term.fullmatch(page.doc.text, m.end, nxt[0].start):
            continue
        (inside if titled(page, m) else free).add(e.name)
    return {land for land, c in lands.items() if (body := assemblies.get(c)) and land not in free
            and (body in free or body not in inside)}


def _is_assembly(name: str) -> bool:
    return any(x.sector == _SECTOR and x.type == "ORG" for x in load_kb().by_name(name))
