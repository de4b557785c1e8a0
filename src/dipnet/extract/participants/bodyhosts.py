"""A visit made to an international body (访问甲国和某组织总部, 抵达某部队总部, 到访某组织秘书处,
对某组织进行历史性访问): the body hosts it as a country does (SPEC: VISIT participants are the visitors and
the host). The body is named right where the visit's destination stands — after the visit word or between
对 and it — alone or before a seat word of its own (总部, 总部大楼: data/events.toml body_seat_words), and
the place so named (某组织总部) gives way to the body. Only bodies of the international sector: a country's
party or ministry visited at home (前往某国执政党总部举行会谈) is a venue of talks in a country visited.
(sw11, issue 13: the tune pools fp57, fp73 and fp79 count such visits; no official page names one.)"""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.eventwords import any_word, words_of
from dipnet.extract.common.page import EventPage
from dipnet.model import Entity


def _body_at(page: EventPage, at: int, end: int) -> tuple[Entity, int] | None:
    """The international body whose name opens text[at:end] (a few joining marks skipped), and where its name
    (with a seat word after it) ends; none where a word of its members follows (某组织国家, 某组织成员国)."""
    text = page.doc.text
    lead = rx.compile(f"(?:{any_word('body_lead_marks').pattern}|\\s)*").match(text, at, end)
    at = lead.end() if lead else at
    got = [(m, e) for m in page.overlapping(at, at + 1) if m.start == at
           and (e := page.entities.get(m.entity_id)) is not None and e.type == "ORG" and e.sector in words_of("body_host_sectors")]
    if not got:
        return None
    m, e = max(got, key=lambda x: x[0].end)
    seat = rx.compile(f"(?:{any_word('body_seat_words').pattern})?").match(text, m.end, end)
    stop = seat.end() if seat else m.end
    return None if text.startswith(words_of("body_member_words"), stop) else (e, stop)


def _seat_names(page: EventPage, e: Entity) -> set[str]:
    """The place names a body's seat makes (某组织总部 for each name the page calls the body)."""
    return {f + w for f in [e.name, *e.mentions] for w in words_of("body_seat_words")}


def _listed(page: EventPage, at: int, end: int, hosts: list[str]) -> list[Entity]:
    """The bodies of the destination list opening at `at`: bodies and the countries the visit hosts, joined
    (访问甲国和某组织总部、乙国), up to the first other word."""
    text = page.doc.text
    joiners = rx.compile(rf"\s*(?:{any_word('body_list_joiners').pattern})\s*")
    bodies: list[Entity] = []
    while at < end:
        got = _body_at(page, at, end)
        if got is not None:
            bodies.append(got[0])
            at = got[1]
        else:
            land = [m for m in page.overlapping(at, at + 1) if m.start == at
                    and (e := page.entities.get(m.entity_id)) is not None and e.name in hosts]
            if not land:
                break
            at = max(m.end for m in land)
        j = joiners.match(text, at, end)
        if j is None:
            break
        at = j.end()
    return bodies


def body_hosts(page: EventPage, c: Clause, k: int, trig: str, visitors: list[str], hosts: list[str]) -> list[str]:
    """The hosts of the visit at k with the international body its destination names: the body replaces a
    place named as its seat, joins a list of countries visited (访问甲国和某组织总部), or hosts alone
    (到访某组织秘书处, 对某组织进行历史性访问). Only a word of visiting or arriving (not 赴联大发表演讲: going to a
    session of the body to speak is no visit to it)."""
    if not any(w in trig for w in words_of("body_visit_marks")):
        return hosts
    text = page.doc.text
    bodies = _listed(page, k + len(trig), c.end, hosts)
    dui = text.rfind("对", c.start, k)
    if not bodies and not hosts and dui != -1:  # 对某组织进行历史性访问 / 对某组织的历史性访问
        got = _body_at(page, dui + 1, k)
        if got and rx.compile(r"(?:的)?[^,，。;；、]{0,8}").fullmatch(text, got[1], k):
            bodies.append(got[0])
    if not bodies:
        return hosts
    seats = set().union(*(_seat_names(page, e) for e in bodies))
    kept = [h for h in hosts if h not in seats]
    return kept + [e.name for e in bodies if e.name not in kept and e.name not in visitors]
