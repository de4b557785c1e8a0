"""Where a unit serves, told as a list of lands after 在 in the deployment's sentence (dp54): 越南人民军官兵…,在甲、乙、
丙等地区… / 派遣…官兵参加在甲和乙的联合国维和行动. The official gold (dev) counts one DEPLOYMENT per land, with the
side that sends; the body running the missions (联合国) is none of them, and a peacekeeping word in the same sentence
adds no event of its own. The list stands in the trigger's clause or in a later clause of its sentence (a 在 before
the trigger in an earlier clause tells another verb's place: 在南苏丹开设…,为…将工兵队派遣到…); the home country's
bodies told between the trigger and the list (参与维和行动逾十载,越南人民军官兵…在甲…) are the side that serves, the
home country the sentence leaves unnamed then none (as the gold codes an army's or a ministry's team)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, iso
from dipnet.model import Event, Mention

_PLACES = ("COUNTRY", "LOCATION")
_BREAKS = ",，;；"  # (the trigger's clause as punctuation tells it: the reader's clauses also part at 的, 参加…)


def served_lands(page: EventPage, ev: Event, c: Clause, k: int) -> list[Event]:
    """One deployment per land the sentence lists after 在 (none when it lists none)."""
    if ev.type != "DEPLOYMENT":
        return []
    listed = _listed_lands(page, c, k)
    if not listed:
        return []
    home = iso(page, page.home)
    names = [page.entities[m.entity_id].name for m in listed]
    between = [x.name for m in page.in_order(k, listed[0].start) if (x := page.entities.get(m.entity_id)) is not None
               and x.type in ("ORG", "COUNTRY") and home and iso(page, x.name) == home]
    base = [p for p in dict.fromkeys(ev.participants + between) if p not in names and not _body_running(page, p)]
    # (越南人民军官兵…在甲…: the army serves, the home country the sentence does not name stands for no one)
    told = {x.name for m in page.in_order(c.sentence[0], listed[-1].end) if (x := page.entities.get(m.entity_id))}
    if page.home in base and page.home not in told and any(_home_body(page, p, home) for p in base):
        base.remove(page.home)
    out = []
    for land in dict.fromkeys(names):
        parts = base + [land]
        out.append(Event(**{**ev.__dict__, "participants": parts, "source": parts[:1], "target": [land],
                            "attributes": dict(ev.attributes)}))
    return out


def _listed_lands(page: EventPage, c: Clause, k: int) -> list[Mention]:
    """The foreign lands of the first list after 在 in the trigger's clause or a later clause of its sentence."""
    text, home = page.doc.text, iso(page, page.home)
    start = max([c.sentence[0]] + [i + 1 for i in range(c.sentence[0], k) if text[i] in _BREAKS])
    before, joint = rx.compile(cue("served_land_before")), rx.compile(cue("served_land_joint"))
    places = [m for m in page.in_order(start, c.sentence[1]) if (x := page.entities.get(m.entity_id)) is not None
              and x.type in _PLACES and not (home and iso(page, x.name) == home)]
    for i, m in enumerate(places):
        if not before.search(text, max(start, m.start - 2), m.start):
            continue
        run = [m]
        for nxt in places[i + 1:]:
            if not joint.fullmatch(text, run[-1].end, nxt.start):
                break
            run.append(nxt)
        return run
    return []


def _body_running(page: EventPage, name: str) -> bool:
    """A body of no country (联合国, its missions): it runs the operation, the unit is not its."""
    return "ORG" in page.types_of.get(name, set()) and not iso(page, name) and "COUNTRY" not in page.types_of.get(name, set())


def _home_body(page: EventPage, name: str, home: str) -> bool:
    return "ORG" in page.types_of.get(name, set()) and iso(page, name) == home
