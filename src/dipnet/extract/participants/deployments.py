"""Where a unit serves (ev17, issue 13, unseen pages): the land a UN mission is named for (一号二级野战医院圆满
完成联合国南苏丹特派团维和任务: South Sudan). SPEC: a place or country inside an organization's name is an entity, and
DEPLOYMENT names where the unit is sent. (Lands named after the deployment's word in its sentence were tried as
destinations too and left out: 在南苏丹开设…野战医院 then joined the general peacekeeping with the hospitals, and a
sentence listing where the army has served split into deployments without the unit.)"""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import EventPage, country_name, iso, names
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


def visiting_lands(page: EventPage, trig: str, participants: list[str]) -> list[str]:
    """The participants with each body among them standing for its land, where a ship's or fleet's port call is
    told as a visit (某国海军驱逐舰抵达…港): the calling side is its country, as a visitor's is (ev52); a body of no
    known land stays."""
    if trig not in cues("port_visit_words"):
        return participants
    out: list[str] = []
    for name in participants:
        land = country_name(page.country_by_name.get(name)) if "ORG" in page.types_of.get(name, set()) else None
        if (land or name) not in out:
            out.append(land or name)
    return out


def aided_land(page: EventPage, c: Clause, participants: list[str]) -> list[str]:
    """The participants with the land a purpose clause before the sending clause helps (为帮助某国灾后重建,某国派遣了
    一支…), where the sending clause names no destination: the unit goes to the land it is sent to help (ev64)."""
    if len(participants) >= 2:
        return participants
    told = rx.compile(cue("aided_purpose")).search(page.doc.text, c.sentence[0], c.start)
    if told is None:
        return participants
    lands = [n for n in names(page, page.in_span(told.start("aided"), told.end("aided")), ("COUNTRY",)) if n not in participants]
    return participants + lands[:1]


def _land_inside(name: str) -> str | None:
    """The longest country name the knowledge base knows inside a body's name."""
    kb, found = load_kb(), []
    for i in range(len(name)):
        for j in range(i + 2, min(len(name), i + 8) + 1):
            found += [(j - i, n) for x in kb.by_name(name[i:j]) if x.type == "COUNTRY" and (n := country_name(x.country))]
    return max(found)[1] if found else None


def unit_owners(page: EventPage, participants: list[str]) -> list[str]:
    """A unit named by the body it belongs to (某国公安部 + 救援队, 某国人民军 + 救援队) is sent by that body:
    the body the page names is the party, as the gold codes a ministry's or an army's team. A unit named by its
    country alone (某国维和步兵营) has no body to stand for it and stays."""
    out: list[str] = []
    for p in participants:
        owner = _owner_body(page, p)
        name = owner or p
        if name not in out:
            out.append(name)
    return out


def _owner_body(page: EventPage, name: str) -> str | None:
    if "ORG" not in page.types_of.get(name, set()) or not name.endswith(codebook().unit_words):
        return None
    bodies = [b for b in page.by_name if b != name and name.startswith(b) and "ORG" in page.types_of.get(b, set())]
    return max(bodies, key=len) if bodies else None
