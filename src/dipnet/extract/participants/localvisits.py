"""A visit between localities (sub-national diplomacy, issue 13): an official whose post is held in a city's or a
province's body (中国重庆市人大常委会副主任某某, 辽宁省政协副主席某某, 波兰某某市市长某某) visiting a city or a province
(正在对胡志明市进行工作访问的…, 首次到访广西) visits for the locality: the locality and the body of the post join the
visiting side, and the place visited, not its country, is the host. The official gold reads a province's delegation
visiting a province (班迭棉吉省代表团访问永隆省) and a local post taken (出任高平省省委书记) with the localities
as the parties; a national leader at a city (访问马尼拉, 抵达北京) still visits the country. The kinds of place that
are localities and the endings that make an unknown name one are data (cues.toml `locality_kinds`,
`locality_endings`)."""

from __future__ import annotations

import re as rx

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import EventPage
from dipnet.kb import load_kb
from dipnet.model import Mention


def _locality(page: EventPage, name: str, kinds: str = "locality_kinds") -> bool:
    """Is the named place a city, a province or a district (not a land, a region or a site)?"""
    e = next((x for x in page.entities.values() if x.name == name), None)
    if e is None or e.type != "LOCATION":
        return False
    entry = load_kb().get(e.kb_id) if e.kb_id else None
    if entry is not None:
        return entry.kind in cues(kinds)
    return name.endswith(cues("locality_endings"))


def _place_in(page: EventPage, body: str) -> str | None:
    """The locality a body's name opens with (辽宁省政协 -> 辽宁, 重庆市人大常委会 -> 重庆)."""
    for e in page.entities.values():
        if e.type != "LOCATION" or not _locality(page, e.name):
            continue
        entry = load_kb().get(e.kb_id) if e.kb_id else None
        for n in entry.names if entry is not None else (e.name,):
            if len(n) >= 2 and body.startswith(n):
                return e.name
    return None


def _post_units(page: EventPage, c: Clause, m: Mention) -> list[str]:
    """The locality (and the locality's body) that the words written right before a person's name hold
    their post in: back to the clause's last stop or 的, a country named first left aside."""
    text = page.doc.text
    stop = rx.compile(cue("local_post_stop"))
    lo = max([c.sentence[0]] + [s.end() for s in stop.finditer(text, c.sentence[0], m.start)])
    units: list[str] = []
    for o in page.in_span(lo, m.start):
        e = page.entity(o)
        if e is None or text[max(lo, o.start - 1):o.start] in cues("local_post_posted_before"):
            continue  # (驻孔敬总领事: a post held at the place, for another land)
        if e.type == "LOCATION" and _locality(page, e.name):
            units.append(e.name)
        elif e.type == "ORG" and (place := _place_in(page, e.name)) is not None:
            units += [place, e.name]
    return list(dict.fromkeys(units))


def local_visit(page: EventPage, c: Clause, visitors: list[str], hosts: list[str],
                location: str | None) -> tuple[list[str], list[str]]:
    """A locality's official visiting a locality: their locality and body join the visitors, the place
    visited hosts."""
    # (a capital visited stands for its land: 美国加州州长访问北京 visits China)
    if location is None or not _locality(page, location, "locality_host_kinds") or not visitors:
        return visitors, hosts
    units: list[str] = []
    for m in page.in_span(c.sentence[0], c.sentence[1]):
        e = page.entity(m)
        if e is not None and e.type == "PERSON" and e.name in visitors:
            units += [u for u in _post_units(page, c, m) if u != location and u not in units]
    if not units:
        return visitors, hosts
    return visitors + [u for u in units if u not in visitors], [location]
