"""Who takes part: visitors and hosts, speakers, and the actors each event type takes from its clause."""

from __future__ import annotations

from dipnet.extract.clauses import Clause
from dipnet.extract.codes import Codebook, EventType, codebook
from dipnet.extract.page import MEDIA_SECTORS, EventPage, country_name, iso, names, subject
from dipnet.model import Mention


def visit_actors(page: EventPage, c: Clause, k: int, trig: str,
                  mentions: list[Mention]) -> tuple[list[str], list[str], str | None]:
    """Visitors and host countries: 甲对乙进行访问 (visitor before, host after 对/访问/抵达/赴), and
    到访的/在古访问的 + a titled person (the visitor follows; the host is where it happens)."""
    from dipnet.kb import load_kb

    kb = load_kb()
    text = page.doc.text
    untitled = [m for m in mentions if not page.in_title_span(m.start, m.end)]
    location = None
    follow = [m for m in mentions if m.start > k and (e := page.entity(m)) and e.type == "PERSON"]
    received = follow and "的" in text[k:follow[0].start] and any(
        w in text[c.start:k] for w in codebook().type("MEET").triggers)  # 会见了率团赴越出席…的洪森
    if follow and (text.startswith("的", k + len(trig)) or received):
        visitor = page.entity(follow[0])
        zai = text.rfind("在", c.start, k)
        between = [m for m in untitled if zai != -1 and zai < m.start < k]
        hosts = names(page, between, ("COUNTRY",))
        for m in between:  # 在莫斯科会见到访的…: the city's country hosts
            place = kb.get(page.entity(m).kb_id or "") if page.entity(m) else None  # type: ignore[union-attr]
            if not hosts and place is not None and place.type == "LOCATION" and country_name(place.country):
                hosts = [country_name(place.country)]  # type: ignore[list-item]
                location = place.name
        if not hosts:
            others = [page.entity(m) for m in page.in_span(c.sentence[0], k) if (e := page.entity(m))
                      and e.type == "PERSON" and e.country and e.country != visitor.country]  # type: ignore[union-attr]
            hosts = [n for n in [country_name(others[0].country)] if n] if others else []  # type: ignore[union-attr]
        return [visitor.name], hosts, location  # type: ignore[union-attr]
    before = [m for m in mentions if m.start < k]
    dui = text.rfind("对", c.start, k)
    after_dui = [m for m in before if m.start > dui and (e := page.entity(m)) and e.type == "PERSON"] if dui != -1 else []
    visitors = names(page, after_dui or before, ("PERSON",))
    if not visitors:
        # a body or place visits as a delegation (班迭棉吉省代表团访问永隆省)
        delegations = [m for m in before if text.startswith(codebook().delegation_words, m.end)]
        visitors = names(page, delegations, ("ORG", "LOCATION", "COUNTRY"))[:1]
    hosts = []
    for m in untitled:
        e = page.entity(m)
        if e is None or e.name in visitors or e.name in hosts:
            continue
        if e.type == "COUNTRY" and (m.start > k or dui != -1 and dui < m.start < k):
            hosts.append(e.name)
        elif e.type == "LOCATION" and m.start >= k and location is None:
            location = e.name
            entry = kb.get(e.kb_id) if e.kb_id else None
            country = country_name(entry.country) if entry else None
            if not hosts:
                hosts.append(country or e.name)  # a province visited by a province's delegation
    return visitors, hosts, location


def speaker(page: EventPage, c: Clause, k: int, mentions: list[Mention]) -> list[str]:
    """Who speaks: the clause's first person before the verb; else a body the clause names right
    before it (外交部发言人表示, 《高棉时报》…刊登); else the nearest person, then body, before it in
    the sentence."""
    text = page.doc.text
    people = [m for m in mentions if (e := page.entity(m)) and e.type == "PERSON" and m.start <= k]
    if people:
        return names(page, people[:1], ("PERSON",))
    scope = page.in_span(c.sentence[0], k)
    spokesman = [m for m in scope if (e := page.entity(m)) and e.type == "ORG" and text.startswith("发言人", m.end)]
    if spokesman:
        return names(page, spokesman[:1], ("ORG",))

    def bodies(ms: list[Mention]) -> list[Mention]:
        return [m for m in ms if (e := page.entity(m)) and e.type == "ORG" and
                (k - m.end <= 12 or e.sector in MEDIA_SECTORS)]

    own = bodies([m for m in mentions if m.start < k])
    if own:
        return [page.entity(own[-1]).name]  # type: ignore[union-attr]
    named = names(page, [m for m in scope if (e := page.entity(m)) and e.type == "PERSON"], ("PERSON",))
    if named:
        return named[-1:]
    other = bodies(scope)
    return [page.entity(other[-1]).name] if other else []  # type: ignore[union-attr]


def actors(page: EventPage, cb: Codebook, t: EventType, c: Clause, k: int, trig: str,
            mentions: list[Mention]) -> tuple[list[str], str | None] | None:
    text = page.doc.text
    clause = text[c.start:c.end]
    location = None
    if t.name == "VISIT":
        visitors, hosts, location = visit_actors(page, c, k, trig, mentions)
        if not visitors:
            return None
        page.itinerary = hosts[1:]  # a trip through several countries: one visit per country
        return visitors + hosts[:1], location
    if t.single_actor:
        who = speaker(page, c, k, mentions)
        return (who, None) if who else None
    if t.name == "ELECTION":
        return _elected(page, c, k, mentions)
    if t.name in ("RELATION_CHANGE", "AGREEMENT", "AID", "DISAPPROVE"):  # partners often stand in another clause
        mentions = page.in_span(*c.sentence)
    if t.name == "MESSAGE" and "向" in clause:  # 分别向两位当选领导人致贺电: the recipients were named before
        mentions = page.in_span(*c.sentence)
    participants = names(page, mentions, t.actors, meetings=t.name == "CONFERENCE")
    if len(participants) < t.min_actors and t.fallback_actors:
        participants += [n for n in names(page, mentions, t.fallback_actors) if n not in participants]
    has_person = any((e := page.entity(m)) and e.type == "PERSON" for m in mentions)
    sentence_text = text[c.sentence[0]:c.sentence[1]]
    if "PERSON" in t.actors and not has_person and (not t.attend_words or any(w in sentence_text for w in t.attend_words)):
        carried = subject(page, c)
        if carried and carried not in participants:
            participants.insert(0, carried)
    if t.requires_sector and not any((e := page.entity(m)) and e.sector == t.requires_sector for m in mentions):
        return None
    for name in list(participants):  # 东盟峰会 → 东盟, 联合国维和部队 → 联合国: the body behind its organ
        parent = parent_body(page, name)
        if parent and parent not in participants and t.name in ("CONFERENCE", "DEPLOYMENT", "MULTILATERAL_ROLE"):
            participants.append(parent)
    if t.name in ("AGREEMENT", "RELATION_CHANGE", "AID", "DISAPPROVE", "MULTILATERAL_ROLE", "DEPLOYMENT"):
        countries = names(page, mentions, ("COUNTRY",))
        if ("两国" in sentence_text or "双方" in sentence_text) and len(countries) < 2:
            participants += [p for p in page.pair if p not in participants]
        elif not countries and page.home and page.home not in participants:
            participants.insert(0, page.home)
        elif len(countries) == 1 and page.home and page.home not in countries and t.name in ("AGREEMENT",):
            participants.insert(0, page.home)  # one partner named: the other party is the page's own country
    if t.name == "ANNIVERSARY" and ("两国" in clause or "双方" in clause) and "建交" in clause:
        participants += [p for p in page.pair if p not in participants]
    if t.name == "ANNIVERSARY" and "建党" in clause:
        party = cb.ruling_party.get(iso(page, page.home)) if page.home else None
        if party and party not in participants:
            participants.insert(0, party)
    if t.foreign and len(countries_of(page, participants)) < 2:
        return None
    return participants, location


def _elected(page: EventPage, c: Clause, k: int, mentions: list[Mention]) -> tuple[list[str], str | None] | None:
    """Who is elected or appointed (the person nearest before the verb) and to what body or country
    (named after it); a body that holds an election when no person is named."""
    # the elected stands right before the verb, a form of address at most between (瓦埃亚勋爵当选)
    before = [m for m in mentions if k - 3 <= m.end <= k and (e := page.entity(m)) and e.type == "PERSON"]
    after = names(page, [m for m in mentions if m.start > k], ("ORG", "COUNTRY"), in_titles=True)  # 当选汤加王国总理
    if before:
        return names(page, before[-1:], ("PERSON",)) + after, None
    elected = [m for m in mentions if m.start > k and (e := page.entity(m)) and e.type == "PERSON"]
    bodies = names(page, mentions, ("ORG", "COUNTRY"), in_titles=True)  # 选举…为越南社会主义共和国国会主席
    if elected:  # 国会选举王廷惠为国会主席
        return names(page, elected[:1], ("PERSON",)) + bodies, None
    text = page.doc.text[c.start:c.end]
    return (bodies, None) if bodies and any(w in text for w in codebook().type("ELECTION").requires_person_or) else None


def parent_body(page: EventPage, name: str) -> str | None:
    from dipnet.kb import load_kb

    kb = load_kb()
    ent = next((e for e in page.entities.values() if e.name == name and e.kb_id), None)
    entry = kb.get(ent.kb_id) if ent and ent.kb_id else None
    parent = kb.get(entry.parent) if entry and entry.parent else None
    while parent is not None and parent.sector == "international" and parent.parent and kb.get(parent.parent):
        up = kb.get(parent.parent)
        if up is None or up.sector != "international":
            break
        parent = up
    return parent.name if parent is not None and parent.sector == "international" else None


def countries_of(page: EventPage, names: list[str]) -> set[str]:
    """The countries the named actors belong to (an international body counts as its own)."""
    out: set[str] = set()
    for n in names:
        e = next((x for x in page.entities.values() if x.name == n), None)
        if e is None:
            continue
        out.add(e.country or (e.name if e.type in ("ORG", "LOCATION") and e.sector == "international" else "")
                or ("?" + e.name if e.type == "LOCATION" else ""))
    return {c for c in out if c}
