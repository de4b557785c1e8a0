"""One event per partner where a clause lists several: 甲分别会见乙和丙 (a meeting each), 向老挝、
柬埔寨…提供 (aid to each), 选举越南、爱沙尼亚…为理事国 (a seat each)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import Codebook
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, country_name, names
from dipnet.extract.participants.lists import subject_list
from dipnet.extract.participants.seatsplit import listed_together, seat_parts
from dipnet.kb import load_kb
from dipnet.model import Event

_LIST_SPLIT = {"AID", "DEPLOYMENT", "RELATION_CHANGE", "MULTILATERAL_ROLE"}
_CLAUSE_BREAKS = ",，;；。!?！？\n"  # (not 、: a list's items each with its time, 2017年…、2020年…)


def one_by_one(page: EventPage, cb: Codebook, ev: Event, k: int, c: Clause) -> list[Event]:
    """甲相继与乙,以及丙会面 / 甲分别会见乙和丙 / 甲与乙和丙举行双边会晤: one meeting of the subject with each person named;
    总理甲,委员长乙分别会见丙: one meeting of each subject with the partner."""
    text = page.doc.text
    subjects = [p for p in names(page, subject_list(page, cb, c, k), ("PERSON",)) if p in ev.participants]
    partners = [p for p in ev.participants if p not in subjects]
    if len(subjects) > 1 and partners:
        return [Event(**{**ev.__dict__, "participants": [s] + partners, "source": [s], "target": partners[:1],
                         "attributes": {**ev.attributes, "_each": True}}) for s in subjects]
    # (甲与乙和丙举行双边会晤: meetings two by two, one with each partner, though 分别 is not written)
    bilateral = text.endswith(cue("bilateral"), ev.start, k)
    # (普京与总理甲、总书记乙,及国会主席丙会谈: the last partner set apart by a comma and 及, talks one by one)
    apart = rx.compile(cue("partners_apart")).search(text, ev.start, k) is not None
    named = [p for p in ev.participants if p in page.people]
    # (拜会甲、乙和丙 / 接受甲、乙和丙递交国书: calls and credentials are one by one, 分别 or not)
    one_each = ev.attributes.get("trigger") in cb.one_each_triggers and _listed(page, ev, named[1:])
    # (普京与越南、泰国和老挝领导人举行会谈: talks with the leaders of lands listed are talks with each, 分别 or not)
    lands_leaders = rx.compile(cue("land_list_leaders_before")).search(text, ev.start, k) is not None
    if not bilateral and not apart and not one_each and not lands_leaders and not _programme(page, ev, k, named) and \
            not any(w in text[ev.start:k] for w in cb.each_words):
        return [ev]
    if len(named) < 3:
        return _each_land(page, ev, named)
    head, rest = named[0], named[1:]
    # (_each: merging lets no headline naming them all absorb the meetings one by one)
    return [Event(**{**ev.__dict__, "participants": [head, p], "source": [head], "target": [p],
                     "attributes": {**ev.attributes, "_each": True}}) for p in rest]


def _programme(page: EventPage, ev: Event, k: int, named: list[str]) -> bool:
    """访问期间,甲将同总统乙、总理丙等举行会谈 / 其将会见总督乙、领袖丙和首席部长丁: a guest's meetings told ahead with
    hosts listed (the guest named apart, before the list) are one meeting per host, as a programme's items are; not
    a meeting of them all told so (将与乙、丙举行三方会晤, 共同会见)."""
    if ev.status != "planned" or len(named) < 3 or _listed(page, ev, named):
        return False
    trig = str(ev.attributes.get("trigger") or "")
    joint = rx.compile(cue("joint_meeting_words")).search(page.doc.text, ev.start, k + len(trig))
    return joint is None and _listed(page, ev, named[1:], commas=False)


def _listed(page: EventPage, ev: Event, partners: list[str], commas: bool = True) -> bool:
    """Do the partners stand in one list (甲、乙和丙: only a joint and titles between two, no verb)? Without commas:
    a host list is written 乙、丙和丁; 与同期访华的乙,和丙会谈 joins a fellow guest to the meeting (one meeting)."""
    text = page.doc.text
    firsts: dict[str, tuple[int, int]] = {}
    for m in page.in_order(ev.start, ev.end):
        if (x := page.entities.get(m.entity_id)) and x.name in partners and x.name not in firsts:
            firsts[x.name] = (m.start, m.end)
    spans = sorted(firsts.values())
    if len(spans) < 2 or len(spans) != len(partners):
        return False
    hits = [h for h, w in page.trigger_hits if not page.in_title_word(h, h + len(w))]
    for (_, a), (b, _) in zip(spans, spans[1:], strict=False):
        gap = rx.compile(cue("aside_brackets")).sub("", text[a:b])
        if not rx.compile(cue("list_joint")).search(gap) or any(a <= h < b for h in hits):
            return False
        if not commas and ("," in gap or "，" in gap):
            return False
    return True


def _each_land(page: EventPage, ev: Event, named: list[str]) -> list[Event]:
    """甲分别与老挝、柬埔寨和印尼国会领导人举行双边会晤: the partners are lands, their leaders unnamed; one
    meeting of the one person named with each land."""
    if len(named) != 1:
        return [ev]
    own = page.country_by_name.get(named[0])
    lands = [p for p in ev.participants if "COUNTRY" in page.types_of.get(p, set()) and p != country_name(own)]
    if len(lands) < 2:
        return _each_body(page, ev, named[0], own)
    return [Event(**{**ev.__dict__, "participants": [named[0], p], "source": named[:1], "target": [p],
                     "attributes": {**ev.attributes, "_each": True}}) for p in lands]


def _each_body(page: EventPage, ev: Event, head: str, own: str | None) -> list[Event]:
    """甲分别会见中国全国人大常委会委员长、日本国会众议院议长、蒙古国会主席等 (ev16): the partners are foreign
    bodies and lands of as many countries, their heads unnamed; one meeting of the one person named with each,
    the body's country beside it."""
    partners = [p for p in ev.participants if p != head and not page.types_of.get(p, set()).isdisjoint(("ORG", "COUNTRY"))
                and (land := page.country_by_name.get(p)) and land != own]
    lands = [page.country_by_name[p] for p in partners]
    if len(partners) < 2 or len(set(lands)) != len(lands):
        return [ev]
    out = []
    for p, land in zip(partners, lands, strict=True):
        name = country_name(land)
        parts = [head, p] + ([name] if name and name != p else [])
        out.append(Event(**{**ev.__dict__, "participants": parts, "source": [head], "target": [p],
                            "attributes": {**ev.attributes, "_each": True}}))
    return out


def split_lists(page: EventPage, ev: Event, clause: str) -> list[Event]:
    """A clause listing several partners (向老挝、柬埔寨、美国…提供) is one event per partner."""
    if ev.type == "ELECTION":
        return _posts_each(page, ev)
    if ev.type not in _LIST_SPLIT:
        return [ev]
    joined = "、" not in page.doc.text[ev.start:ev.end]
    if joined and not _joined_recipients(page, ev):
        return [ev]
    def of(kinds: tuple[str, ...]) -> list[str]:
        return [p for p in ev.participants if not page.types_of.get(p, set()).isdisjoint(kinds)]

    # several countries elected to one seat (选举越南、爱沙尼亚…为安理会非常任理事国): one role each;
    # else one country in several bodies
    seats = ev.type == "MULTILATERAL_ROLE" and len(of(("COUNTRY",))) < 2
    listed = of(("ORG",) if seats else ("COUNTRY", "LOCATION"))
    base = [p for p in ev.participants if p not in listed]
    if ev.type != "MULTILATERAL_ROLE" and page.home in listed:
        listed.remove(page.home)
        base.insert(0, page.home)  # type: ignore[arg-type]
    if ev.type == "AID":  # 向某国…两省(甲省、乙省)捐赠: one gift per receiving land, its provinces together
        held = [p for p in listed if "COUNTRY" not in page.types_of.get(p, set())
                and (p not in page.country_by_name or country_name(page.country_by_name[p]) in ev.participants)]
        listed, base = [p for p in listed if p not in held], base + held
    if joined and len(listed) > 2 and ev.source and ev.source[0] in listed:
        listed.remove(ev.source[0])  # 日本向缅甸及泰国提供 on a page of a third country: the giver stays in each
        base.insert(0, ev.source[0])
    if ev.type == "RELATION_CHANGE" and len(listed) > 2 and \
            all(page.types_of.get(p, set()).isdisjoint(("COUNTRY", "ORG")) for p in base):
        holder = _holder(page, ev, listed)  # (a tie has two parties: the land holding it stays in each)
        if holder is None:
            return [ev]
        listed.remove(holder)
        base.insert(0, holder)
    if len(listed) < 2 or (ev.type == "MULTILATERAL_ROLE" and not seats and not listed_together(page, ev, listed)):
        return [ev]  # (countries scattered over the clause: one seat, not one each — seatsplit.py)
    out = []
    for p in listed:
        parts = seat_parts(page, ev, p, base) if seats else base + [p]
        e = Event(**{**ev.__dict__, "participants": parts, "attributes": dict(ev.attributes),
                     "source": parts[:1], "target": [p]})
        at = next((m.start for m in page.in_order(ev.start, ev.end) if (x := page.entities.get(m.entity_id)) and x.name == p), None)
        own = [t for t in page.times.starting_by(ev.start, at) if t.end <= at and t.value  # type: ignore[operator]
               and t.kind not in ("duration", "anniversary")] if at is not None else []
        # (…到2030年达1500亿美元的目标,在…保持沟通协调,帮助越南完成…: a time in an earlier clause is another verb's)
        own = [t for t in own if not any(ch in _CLAUSE_BREAKS for ch in page.doc.text[t.end:at])]
        if own:  # 2017年亚太经合组织…、2020年东盟…: each partner with the date written before it
            e.date, e.date_precision, e.end_date = own[-1].value, own[-1].precision, own[-1].end_value
        out.append(e)
    return out


def _posts_each(page: EventPage, ev: Event) -> list[Event]:
    """选举甲为国会主席、乙为国家主席、丙为政府总理: people each elected to the post after 为, listed in one clause, the
    first the one elected; one election each, the electing body and the land with each."""
    text = page.doc.text
    titles = load_kb().titles()  # (a post standing for its holder, 为国家主席, is a post, not one elected)
    people = [m for m in page.in_order(ev.start, ev.end) if (x := page.entities.get(m.entity_id)) and x.type == "PERSON"
              and m.text not in titles and load_kb().title_core(m.text) not in titles]
    gap = rx.compile(cue("elected_posts_gap"))
    chain: list[str] = []
    for a, b in zip(people, people[1:], strict=False):
        name_a, name_b = page.entities[a.entity_id].name, page.entities[b.entity_id].name
        if not gap.fullmatch(text, a.end, b.start):
            if chain:
                break
            continue
        chain += [n for n in (name_a, name_b) if n not in chain]
    if len(chain) < 2 or chain[0] not in ev.participants:
        return [ev]
    base = [p for p in ev.participants if p not in chain and p not in page.people]
    return [Event(**{**ev.__dict__, "participants": [p] + base, "source": [p], "target": list(base),
                     "attributes": {**ev.attributes, "_each": True}}) for p in chain]


def _holder(page: EventPage, ev: Event, listed: list[str]) -> str | None:
    """某国此前只与甲国、乙国和丙国建立…: the first land the clause names, 与/同 between it and the next, holds the
    tie with each land listed after it; None where no land stands so (a tie needs two parties)."""
    lands = [(m, x.name) for m in page.in_order(ev.start, ev.end)
             if (x := page.entities.get(m.entity_id)) and x.name in listed]
    if len(lands) < 2 or lands[0][1] == lands[1][1]:
        return None
    gap = rx.compile(cue("relation_holder_gap"))
    return lands[0][1] if gap.fullmatch(page.doc.text, lands[0][0].end, lands[1][0].start) else None


def _joined_recipients(page: EventPage, ev: Event) -> bool:
    """向老挝和柬埔寨各提供援助 / 向缅甸及泰国提供: aid to two lands joined by 和/及 right after 向 is aid to each, as a
    、-list is (the official gold counts one AID per recipient); lands joined before 向 are the givers. So are ties
    with two lands joined right after 与/同 (越南也与甲国和乙国建立了全面伙伴关系: official seeds, one tie each)."""
    if ev.type not in ("AID", "RELATION_CHANGE"):
        return False
    text = page.doc.text
    spans: list[tuple[int, int]] = []
    for m in page.in_order(ev.start, ev.end):
        if (x := page.entities.get(m.entity_id)) and x.type in ("COUNTRY", "LOCATION"):
            spans.append((m.start, m.end))
    kind = "aid_recipient" if ev.type == "AID" else "relation_partner"
    joint = rx.compile(cue(f"{kind}_joint"))
    to = rx.compile(cue(f"{kind}_marker"))
    for (a0, a), (b, _) in zip(spans, spans[1:], strict=False):
        if joint.fullmatch(text[a:b]) and to.search(text[max(ev.start, a0 - 3):a0]):
            return True
    return False


def mutual_visits(page: EventPage, ev: Event) -> list[Event]:
    """甲与乙2017年互访: two visits, each to the other's country (the country the page gives each)."""
    people = ev.participants[:2]
    lands = [country_name(page.country_by_name.get(p)) for p in people]
    if len(people) < 2 or not all(lands) or lands[0] == lands[1]:
        return []
    out = []
    for who, host in ((people[0], lands[1]), (people[1], lands[0])):
        out.append(Event(**{**ev.__dict__, "participants": [who, host], "source": [who], "target": [host],
                            "attributes": dict(ev.attributes), "location": None}))
    return out


def respective_visits(page: EventPage, cb: Codebook, ev: Event, k: int, prior: list[str] | None = None) -> list[Event]:
    """柯林顿与小布希分别于2000年与2006年访问越南: several visitors each going on their own, each with the
    time written for them in order (when the times listed are as many as the visitors); those a visitor is
    told as following (`prior`: 继甲及乙后) each on a day the sentence does not tell."""
    text = page.doc.text
    visitors = [p for p in ev.source if p in page.people]
    if len(visitors) < 2 or not (prior or any(w in text[ev.start:k] for w in cb.each_words) or _lands_apart(page, visitors)):
        return [ev]
    at = max((m.end for m in page.in_order(ev.start, k) if (x := page.entities.get(m.entity_id)) and x.name in visitors), default=-1)
    times = [t for t in page.times.starting_in(at, k) if t.value and t.kind not in ("duration", "anniversary")] \
        if at != -1 else []
    out = []
    for i, who in enumerate(visitors):
        e = Event(**{**ev.__dict__, "participants": [who] + ev.target, "source": [who], "target": list(ev.target),
                     "attributes": dict(ev.attributes)})
        if len(times) == len(visitors):
            e.date, e.date_precision, e.end_date = times[i].value, times[i].precision, times[i].end_value
        if who in (prior or []):
            e.date = e.date_precision = e.end_date = None
        out.append(e)
    return out


def _lands_apart(page: EventPage, visitors: list[str]) -> bool:
    """新加坡外长甲、马来西亚外长乙…将对中国进行访问: visitors each of another country (every one's
    country known, no two the same) each make their own visit."""
    lands = [country_name(page.country_by_name.get(p)) for p in visitors]
    return all(lands) and len(set(lands)) == len(lands)
