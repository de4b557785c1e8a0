"""Where a unit serves (ev17, issue 13, unseen pages): the land a UN mission is named for (一号二级野战医院圆满
完成联合国南苏丹特派团维和任务: South Sudan). SPEC: a place or country inside an organization's name is an entity, and
DEPLOYMENT names where the unit is sent. (Lands named after the deployment's word in its sentence were tried as
destinations too and left out: 在南苏丹开设…野战医院 then joined the general peacekeeping with the hospitals, and a
sentence listing where the army has served split into deployments without the unit.)"""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.cues import cue
from dipnet.extract.page import EventPage, country_name, iso
from dipnet.kb import load_kb


def mission_lands(page: EventPage, participants: list[str]) -> list[str]:
    """The participants with the land inside each UN mission's name among them (not the page's own)."""
    home, mission = iso(page, page.home), rx.compile(cue("mission_words"))
    out = list(participants)
    for name in [p for p in participants if "ORG" in page.types_of.get(p, set()) and mission.search(p)]:
        land = _land_inside(name)
        if land and land not in out and iso(page, land) != home:
            out.append(land)
    return out


def _land_inside(name: str) -> str | None:
    """The longest country name the knowledge base knows inside a body's name."""
    kb, found = load_kb(), []
    for i in range(len(name)):
        for j in range(i + 2, min(len(name), i + 8) + 1):
            found += [(j - i, n) for x in kb.by_name(name[i:j]) if x.type == "COUNTRY" and (n := country_name(x.country))]
    return max(found)[1] if found else None
