"""A meeting of one country's own bodies is theirs, not the country's (open gold: 越共中央第十三届中央委员会全体会议在
越南首都河内举行 → [越南共产党]; 在越南第十三届国会第十一次会议上 → [越南国会]; 中国2022年成功举办中共二十大 →
[中国共产党]; seeds: 范平明主持的第30届外交工作会议, themed on 越共十二大决议 → no 越南). A country is dropped from a
CONFERENCE where one of its own bodies is a party and no body or country of any other land (or of none: 东盟, 联合国)
is: a meeting with foreign sides (在中国北京出席香山论坛 with 越南国防部 there) keeps the host. Issue 13, ev31."""

from __future__ import annotations

from dipnet.extract.common.page import EventPage, iso


def own_land_out(page: EventPage, participants: list[str]) -> list[str]:
    """The participants without a country whose own bodies are the meeting's only non-person sides."""
    sides = [p for p in participants if page.types_of.get(p, set()) & {"COUNTRY", "ORG"}]
    lands = [p for p in sides if "COUNTRY" in page.types_of.get(p, set())]
    if len(lands) != 1:
        return participants
    land = iso(page, lands[0])
    bodies = [p for p in sides if p != lands[0]]
    if not land or not bodies or any(iso(page, b) != land for b in bodies):
        return participants
    return [p for p in participants if p != lands[0]]
