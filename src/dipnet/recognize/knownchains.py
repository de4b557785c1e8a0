"""A place read by rule that is only known places one after another (北京 + 天安门广场, 美国 + 纽约 +
联合国总部, 北京 + 钓鱼台国宾馆) names no place of its own: the known places are the names, and the
page's later bare 天安门广场 is the same entity, not a second one. As a country and a known body of it
(越南 + 河内国家大学) name no third body (mentions._own_country_bodies)."""

from __future__ import annotations

from dipnet.model import Mention

_PLACES = ("COUNTRY", "LOCATION")


def drop_known_chains(mentions: list[Mention]) -> list[Mention]:
    """`mentions` without the rule places wholly made of known places, the last a place."""
    known: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.kb_id and m.type in _PLACES:
            known.setdefault(m.start, []).append(m)
    if not known:
        return mentions

    def tiled(start: int, end: int, depth: int = 0) -> bool:
        for k in known.get(start, ()):
            if k.end == end and depth > 0 and k.type == "LOCATION":
                return True
            if k.end < end and depth < 4 and tiled(k.end, end, depth + 1):
                return True
        return False

    return [m for m in mentions if m.kb_id or m.type != "LOCATION" or not tiled(m.start, m.end)]
