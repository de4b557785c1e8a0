"""A place read by rule that is only known places one after another (北京 + 天安门广场, 美国 + 纽约 +
联合国总部, 北京 + 钓鱼台国宾馆) names no place of its own: it is the last known place, named with the
places it lies in (the page's later bare 天安门广场 is the same entity, not a second one), and the
places before it stay names of their own. As a country and a known body of it (越南 + 河内国家大学)
name no third body (governments.own_country_bodies)."""

from __future__ import annotations

from dipnet.model import Mention

_PLACES = ("COUNTRY", "LOCATION")


def bind_known_chains(mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each rule place wholly made of known places, the last a place, bound to that
    last place."""
    known: dict[int, list[Mention]] = {}
    for m in [m for m in mentions if m.kb_id and m.type in _PLACES]:
        known.setdefault(m.start, []).append(m)
    if not known:
        return mentions

    def last(start: int, end: int, depth: int = 0) -> Mention | None:
        for k in known.get(start, ()):
            if k.end == end and depth > 0 and k.type == "LOCATION":
                return k
            if k.end < end and depth < 4 and (found := last(k.end, end, depth + 1)) is not None:
                return found
        return None

    # (only a rule place opening where a known place opens can be bound: most pages hold none)
    if known.keys().isdisjoint({m.start for m in mentions if not m.kb_id and m.type == "LOCATION"}):
        return list(mentions)
    out = []
    for m in mentions:
        k = None if m.kb_id or m.type != "LOCATION" else last(m.start, m.end)
        out.append(m if k is None else Mention(m.start, m.end, m.text, "LOCATION", kb_id=k.kb_id))
    return out


# (fe1) a name read by its suffix that runs back over words before a whole known name (记者 + 某某某 + 桃园机场 + 7日电:
# a reporter's name, then the airport): the known name ends the reading where nothing known opens it
def without_unknown_heads(read: list[Mention], known: list[Mention]) -> list[Mention]:
    """`read` without the names whose last four characters or more are a known name and whose
    first two or more characters open no known name other than a person's (a country or place
    before it stays: 北京 + 首都国际机场; a person before a known place is no namesake of it)."""
    tails: dict[int, int] = {}
    for m in known:
        if m.end - m.start >= 4:
            tails[m.end] = max(tails.get(m.end, m.start), m.start)
    starts = {m.start for m in known if m.type != "PERSON"}
    return [m for m in read if not (m.end in tails and tails[m.end] - m.start >= 2 and m.start not in starts)]
