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
from dipnet.model import Mention


def mission_lands(page: EventPage, participants: list[str]) -> list[str]:
    """The participants with the land inside each UN mission's name among them (not the page's own)."""
    home, mission = iso(page, page.home), rx.compile(cue("mission_words"))
    out = list(participants)
    for name in [p for p in participants if "ORG" in page.types_of.get(p, set()) and mission.search(p)]:
        land = _land_inside(name)
        if land and land not in out and iso(page, land) != home:
            out.append(land)
    return out


def visiting_lands(page: EventPage, trig: str, c: Clause, participants: list[str],
                   mentions: list[Mention]) -> tuple[list[str], list[Mention]]:
    """The participants and mentions of a ship's or a fleet's port call told as a visit or an arrival (抵达, 访问…): a
    navy's body stands for its land where a ship of it is named among them (某国海军航空母舰某某号访问…: the ship and its
    country, ev52, the official gold); with no ship named the navy's body is the calling side (某国海军编队抵达…), as a
    berthing's force is and as a body's unit is (unit_owners); a body of no known land stays. The host the clause right
    after names as the visit the call opens (某国海军编队抵达某港,开始对某国进行友好访问) is a side too (_host_after)."""
    if trig not in cues("port_visit_words"):
        return participants, mentions
    host = _host_after(page, c)
    mentions = mentions + host
    participants = participants + [n for n in names(page, host, ("COUNTRY",)) if n not in participants]
    ends = cues("named_ship_ends")
    if not any(p.endswith(ends) for p in participants):
        return participants, mentions
    out: list[str] = []
    for name in participants:
        land = None if name.endswith(ends) or "ORG" not in page.types_of.get(name, set()) \
            else country_name(page.country_by_name.get(name))
        if (land or name) not in out:
            out.append(land or name)
    return out, mentions


def _host_after(page: EventPage, c: Clause) -> list[Mention]:
    """The mentions of the clause right after the port call's that names the visit the call opens (开始对某国进行…
    访问). Only that clause: the rest of the sentence tells bodies and lands for other ends (stop 54's extras: …讨论到
    航母访问计划,某国国防部正寻求…; 航母访问某港…但此举可能会刺激某国)."""
    after = rx.compile(cue("port_call_host_after")).match(page.doc.text, c.end, c.sentence[1])
    return page.in_span(after.start("host"), after.end("host")) if after else []


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
