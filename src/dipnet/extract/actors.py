"""Who takes part: visitors and hosts, speakers, and the actors each event type takes from its clause."""

from __future__ import annotations

import re

from dipnet.extract.carry import (
    carried_subject,
    carry_words,
    conference_people,
    land_of,
    meeting_parties,
    sentence_subject,
)
from dipnet.extract.clauses import Clause
from dipnet.extract.codes import Codebook, EventType, any_of, codebook
from dipnet.extract.lists import LISTED, colon_list, list_tail, paired_localities
from dipnet.extract.messages import message_sides
from dipnet.extract.page import MEDIA_SECTORS, EventPage, country_name, iso, names, subject
from dipnet.kb import load_kb
from dipnet.model import Mention


def visit_actors(page: EventPage, c: Clause, k: int, trig: str,
                  mentions: list[Mention]) -> tuple[list[str], list[str], str | None]:
    """Visitors and host countries: 甲对乙进行访问 (visitor before, host after 对/访问/抵达/赴), and
    到访的/在古访问的 + a titled person (the visitor follows; the host is where it happens)."""
    kb = load_kb()
    text = page.doc.text
    untitled = [m for m in mentions if not page.in_title_span(m.start, m.end)]
    location = None
    follow = [m for m in mentions if m.start > k and (e := page.entity(m)) and e.type == "PERSON"]
    received = follow and "的" in text[k:follow[0].start] and any(
        w in text[c.start:k] for w in codebook().type("MEET").triggers)  # 会见了率团赴越出席…的洪森
    # 正在访问越南的某某: the visitor follows the host and 的
    host_de = bool(follow) and re.match(r"[^,。;、]{0,12}?的[^,。;、]*$", text[k + len(trig):follow[0].start]) is not None
    if follow and trig in codebook().welcome_words:  # 欢迎以某某为团长的…代表团: the welcomer's land hosts
        welcomers = [m for m in page.in_span(c.sentence[0], k) if (e := page.entity(m)) and e.type == "PERSON"]
        land = land_of(page, welcomers[0]) if welcomers else iso(page, page.home)
        host = country_name(land) if land and land != land_of(page, follow[0]) else None
        return [page.entity(follow[0]).name], [host] if host else [], None  # type: ignore[union-attr]
    met = max((at + len(w) for w in codebook().type("MEET").triggers if (at := text.rfind(w, c.start, k)) != -1),
              default=-1)
    if not follow and met != -1 and re.match(r"[^,。;]{0,4}的", text[k + len(trig):c.end]):
        return _received(page, c, k, trig, met, untitled)
    if follow and (text.startswith("的", k + len(trig)) or received or host_de):
        visitor = page.entity(follow[0])
        zai = text.rfind("在", c.start, k)
        between = [m for m in untitled if zai != -1 and zai < m.start < k]
        hosts = names(page, between, ("COUNTRY",))
        if host_de:
            hosts = names(page, [m for m in untitled if k < m.start < follow[0].start], ("COUNTRY",)) or hosts
        for m in between:  # 在莫斯科会见到访的…: the city's country hosts
            place = kb.get(page.entity(m).kb_id or "") if page.entity(m) else None  # type: ignore[union-attr]
            if not hosts and place is not None and place.type == "LOCATION" and country_name(place.country):
                hosts = [country_name(place.country)]  # type: ignore[list-item]
                location = place.name
        if not hosts:  # 梁强会见了来访的老挝副总理…: the receiver's country hosts (each by the title's country)
            own = land_of(page, follow[0])
            others = [land for m in page.in_span(c.sentence[0], k) if (e := page.entity(m))
                      and e.type == "PERSON" and (land := land_of(page, m)) and land != own]
            hosts = [n for n in [country_name(others[0])] if n] if others else []
        if not hosts and trig in codebook().visit_host:  # 会见来华出席…的某某
            hosts = [codebook().visit_host[trig]]
        return _listed_after(page, follow, visitor.name), hosts, location  # type: ignore[union-attr]
    # the inviter (应某某的邀请) and the escort are no visitors
    asides = [(a.start(), a.end()) for a in carry_words().aside.finditer(text, c.start, k)]
    before = [m for m in mentions if m.start < k and not any(a <= m.start < b for a, b in asides)]
    if trig in codebook().mutual_words:  # 甲与乙…互访: each visits the other's country (split in splits.py)
        pair = [m for m in before if (e := page.entity(m)) and e.type == "PERSON"][:2]
        joined = len(pair) == 2 and re.search("[与和同及、]", text[pair[0].end:pair[1].start]) is not None
        # 甲与乙在会谈中同意通过增进…互访深化关系: visits each way as a goal the two agree on, none made
        joined = joined and not any_of(codebook().mutual_goal_words).search(text, pair[-1].end, k)
        return (names(page, pair, ("PERSON",)) if joined else []), [], None
    # 裴青山就习近平此次访越的意义接受采访: who speaks on the visit (before 就) is no visitor
    jiu = text.rfind("就", c.start, k)
    if jiu != -1 and any(m.start > jiu for m in before if (e := page.entity(m)) and e.type == "PERSON"):
        before = [m for m in before if m.start > jiu]
    # 甲热烈欢迎乙对越进行正式访问: the one welcomed visits, the welcomer hosts (their land, where no
    # country is named after the verb)
    welcomed_at = max((text.rfind(w, c.start, k) for w in codebook().welcome_words), default=-1)
    welcomers: list[Mention] = []
    if welcomed_at != -1 and any(m.start > welcomed_at and (e := page.entity(m)) and e.type == "PERSON" for m in before):
        welcomers = [m for m in page.in_span(c.sentence[0], welcomed_at) if (e := page.entity(m)) and e.type == "PERSON"]
        before = [m for m in before if m.start > welcomed_at]
    # 而习近平在王廷惠一行抵达北京后就安排会见: the one arriving in the time frame visits, not the subject
    zai = text.rfind("在", c.start, k)
    if zai != -1 and re.match(r"[^,。;]{0,8}?(?:之后|后|时|之际|期间)", text[k + len(trig):c.end]) and \
            any(m.start > zai for m in before if (e := page.entity(m)) and e.type == "PERSON"):
        before = [m for m in before if m.start > zai]
    dui = text.rfind("对", c.start, k)
    after_dui = [m for m in before if m.start > dui and (e := page.entity(m)) and e.type == "PERSON"] if dui != -1 else []
    visitors = names(page, after_dui or before, ("PERSON",))
    said = text[c.start:k].lstrip()
    # 他昨日在访问越南期间: told before; 习近平指出,我今年4月对越南进行国事访问: the speaker
    if not visitors and (re.search(r"[他她]\S{0,6}$", text[c.start:k]) or re.match(r"\s*[他她](?![们国])", said) or
                         (said.startswith("我") and not said.startswith(codebook().first_person_not))):
        carried = subject(page, c) or _last_person(page, c)
        visitors = [carried] if carried else []
    if not visitors:
        # a body or place visits as a delegation (班迭棉吉省代表团访问永隆省)
        delegations = [m for m in before if text.startswith(codebook().delegation_words, m.end)]
        visitors = names(page, delegations, ("ORG", "LOCATION", "COUNTRY"))[:1]
        visitors += [page.delegations[v] for v in visitors if v in page.delegations]  # and who heads it
    opening = text[c.start:k].strip()
    # 离开河内,对老挝进行国事访问: after a departure (or in a sentence naming no one before the verb: 某某说,
    # …。去年12月,对越南进行国事访问), a clause naming only its host (对老挝) goes on from the subject
    departed = opening.startswith(codebook().visit_going_on) and (
        any(w in text[c.sentence[0]:c.start] for w in codebook().departure_words)
        or not any((e := page.entity(m)) is not None and e.type == "PERSON" for m in page.in_span(c.sentence[0], k)))
    # the country or place after 对 is the host, never the one who visits (并于12月对越南进行正式访问)
    named = [m for m in mentions if m.start < k and not (dui != -1 and m.start > dui and
                                                          (e := page.entity(m)) is not None
                                                          and e.type in ("COUNTRY", "LOCATION"))]
    if not visitors and not named and c.start > c.sentence[0] and \
            (not opening or departed or opening.startswith(codebook().going_on)):
        # 裴青山出访欧洲,先后访问法国和德国: a clause going on without a subject carries the sentence's
        # (他结束…之行后,便会转往日本: the one the sentences before name)
        going = carried_subject(page, c, k)
        visitors = [going] if going else []
    # (值此出席…峰会,并对美国进行工作访问之际,范明政…: the frame opens the sentence, the clause goes on in it)
    if not visitors and (re.match(r"\s*(?:在|值此|值|适逢)", text[c.start:k]) or
                         re.search(r"(?:^|,)\s*(?:值此|适逢)(?!.*之际)", text[c.sentence[0]:c.start])) and \
            re.match(r"[^,。;]{0,30}(?:期间|之际|时)", text[k:c.end]):
        # 在访问老挝期间,越共中央总书记苏林…: the frame's visitor is the subject of the clause after it
        framed = sentence_subject(page, c.end, c.sentence[1])
        visitors = [framed] if framed else []
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
    if not hosts and trig in codebook().visit_host:  # 某某访华
        hosts.append(codebook().visit_host[trig])
    if not hosts:  # 李显龙对越进行正式访问: the one-character host right before the verb
        near = text[max(c.start, k - 4):k]
        hosts = [h for key, h in codebook().dui_host.items()
                 if near.endswith(key) or any(near.endswith(key + v) for v in codebook().dui_verbs)][:1]
    if not hosts and welcomers and visitors:
        land = land_of(page, welcomers[-1])
        own = {land_of(page, m) for m in before if (e := page.entity(m)) and e.name in visitors}
        host = country_name(land) if land and land not in own else None
        hosts = [host] if host else []
    if not hosts and trig in codebook().host_before:  # 结束三日越南之行: the country right before the word
        near = [m for m in untitled if m.end <= k and k - m.end <= 4 and (e := page.entity(m)) and e.type == "COUNTRY"]
        hosts = names(page, near[-1:], ("COUNTRY",))
    # 范明政前往河内…敬香: a leader going about their own country visits no one
    lands = {land_of(page, m) for m in before if (e := page.entity(m)) and e.type == "PERSON" and e.name in visitors}
    # (…访问越南的美国总统: the visitor's own country named after the word hosts nothing either)
    if hosts and len(lands) == 1 and len(visitors) == len([v for v in visitors if v in page.people]):
        own = country_name(lands.pop())
        hosts = [h for h in hosts if h != own]
    return visitors, hosts, location


def _listed_after(page: EventPage, follow: list[Mention], first: str) -> list[str]:
    """会见到访的外交部长王毅、公安部长王小洪及国防部长董军: the visitors listed after the first, each
    parted from the one before by a list word and their title only."""
    text, out, prev = page.doc.text, [first], follow[0]
    joiners = tuple(codebook().list_joiners)
    for m in follow[1:]:
        between = text[prev.end:m.start]
        if len(between) > 20 or re.search("[,。;:!?]", between) or not between.startswith(joiners):
            break
        name = page.entity(m).name  # type: ignore[union-attr]
        if name not in out:
            out.append(name)
        prev = m
    return out


def _received(page: EventPage, c: Clause, k: int, trig: str, met: int,
              untitled: list[Mention]) -> tuple[list[str], list[str], str | None]:
    """某某会见(由乙率领的、)正在越南进行工作访问的老挝…代表团: the visit is a relative clause on the one
    received; the visitors are named after the meeting word (the leader, else the delegation and its
    head), never the receiver before it, and the host is the country the clause names, else the
    receiver's."""
    text = page.doc.text
    leaders = [m for m in page.in_span(met, k) if (e := page.entity(m)) and e.type == "PERSON"]
    visitors = names(page, leaders, ("PERSON",))
    if not visitors:
        dels = [m for m in page.in_span(k, c.end) if text.startswith(codebook().delegation_words, m.end)]
        visitors = names(page, dels[:1], ("ORG", "LOCATION", "COUNTRY"))
        visitors += [page.delegations[v] for v in visitors if v in page.delegations]
    hosts = names(page, [m for m in untitled if met <= m.start < k], ("COUNTRY",))
    if not hosts:
        receivers = [m for m in page.in_span(c.sentence[0], met) if (e := page.entity(m)) and e.type == "PERSON"]
        land = land_of(page, receivers[0]) if receivers else None
        hosts = [n for n in [country_name(land)] if n] if land else []
    return visitors, hosts, None


def _last_person(page: EventPage, c: Clause) -> str | None:
    """The person named last before the sentence in its paragraph (他 in the next sentence is them)."""
    seg = page.doc.segment_at(c.start)
    if seg is None:
        return None
    last = page.last_in_span(seg.start, c.sentence[0], lambda m: (e := page.entity(m)) is not None
                             and e.type == "PERSON")
    return page.entity(last).name if last else None  # type: ignore[union-attr]


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
    if spokesman:  # 外交部发言人梁青毅…答记者问时强调: the spokesperson named, else the ministry
        at = spokesman[0].end + len("发言人")
        after = [m for m in scope if m.start == at and (e := page.entity(m)) and e.type == "PERSON"]
        return names(page, after[:1], ("PERSON",)) or names(page, spokesman[:1], ("ORG",), in_titles=True)

    def bodies(ms: list[Mention]) -> list[Mention]:
        return [m for m in ms if (e := page.entity(m)) and e.type == "ORG" and
                (k - m.end <= 12 or e.sector in MEDIA_SECTORS)]

    own = bodies([m for m in mentions if m.start < k])
    if own:
        return [page.entity(own[-1]).name]  # type: ignore[union-attr]
    named = names(page, [m for m in scope if (e := page.entity(m)) and e.type == "PERSON"], ("PERSON",))
    opening = text[c.start:k].strip()
    if named and c.start > c.sentence[0] and (not opening or opening.startswith(codebook().going_on + ("同时",))):
        # 阮文年向某某转达阮富仲…的问候,同时强调: a clause going on speaks for the sentence's subject
        said = sentence_subject(page, c.sentence[0], c.start)
        if said:
            return [said]
    people = [m for m in scope if (e := page.entity(m)) and e.type == "PERSON"]
    media = [m for m in scope if (e := page.entity(m)) and e.type == "ORG" and e.sector in MEDIA_SECTORS
             and (not people or m.start > people[-1].end)]
    if named and media:  # 在某某访问前夕,《高棉时报》刊登文章,其中强调: the paper named after the person speaks
        return [page.entity(media[-1]).name]  # type: ignore[union-attr]
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
    if t.name in LISTED:  # 选举产生14个成员,分别为:越南、印度…: the list the clause announces
        mentions = mentions + colon_list(page, c)
    if t.name == "ELECTION":
        return _elected(page, c, k, mentions)
    if t.name in ("RELATION_CHANGE", "AGREEMENT", "AID", "DISAPPROVE"):  # partners often stand in another clause
        mentions = page.in_span(*c.sentence)
    if t.name in ("MEET", "CALL") and text[c.start:k].lstrip().startswith(cb.list_continuations):
        mentions = page.in_span(c.sentence[0], c.end)  # 相继与甲,以及乙会面: the list began earlier
    if t.name in ("MEET", "CALL"):  # 拜访了甲,前总理乙和丙 / 分别致电甲,以及乙: the list goes on
        mentions = mentions + list_tail(page, cb, c)
    if t.name == "MESSAGE":
        page.message_groups = message_sides(page, c, k, trig)
        if page.message_groups:
            return [n for g in page.message_groups for n in g[0] + g[1]], None
        if "向" in clause:  # 分别向两位当选领导人致贺电: the recipients were named before
            mentions = page.in_span(*c.sentence)
    if t.name == "CONFERENCE":
        mentions = _attendees(page, cb, c, k, trig, mentions)
    participants = names(page, mentions, t.actors, meetings=t.name == "CONFERENCE")
    if t.name == "MEET":
        participants += [n for n in _delegations(page, cb, mentions) if n not in participants]
        if any(w in trig for w, kind in t.kinds.items() if kind == "reception"):
            # 大使主持招待会。出席招待会的越方代表有:…: a reception's guests, told after it as a meeting's are
            participants += [n for n in conference_people(page, c, trig) if n not in participants]
    if t.name == "AGREEMENT":
        participants = _witnessed(page, cb, c, k, mentions, participants)
    if t.name in ("AGREEMENT", "MEET"):  # 胡志明市与老挝华潘省签署…: the localities that act together
        localities, placing = paired_localities(page, c)
        if localities:
            participants = [p for p in participants if p not in placing] + \
                [n for n in localities if n not in participants]
    persons = {e.name for m in mentions if (e := page.entity(m)) and e.type == "PERSON"}
    # 习近平访问越南,与越南总理范明政举行会谈 / 范明政周二在政府驻地,会见中国驻越南大使何炜: the
    # partner is named, the subject was named before in the sentence
    has_person = bool(persons) and not (t.name in ("MEET", "CALL") and len(persons) < t.min_actors)
    sentence_text = text[c.sentence[0]:c.sentence[1]]
    if t.name in ("MEET", "CALL"):
        participants = meeting_parties(page, c, k, mentions, participants, len(persons) < t.min_actors)
    elif "PERSON" in t.actors and not has_person and \
            (not t.attend_words or any(w in sentence_text for w in t.attend_words)):
        # …将与甲举行会谈,会见乙,并出席…论坛: the sentence's subject goes on, not the last person named
        carried = sentence_subject(page, c.sentence[0], c.start) or subject(page, c)
        if carried and carried not in participants:
            participants.insert(0, carried)
    if t.name == "CONFERENCE" and any(w in text[c.start:k] for w in cb.joint_words):
        # 应甲的邀请,乙…访问,并共同主持召开…会议: the host who invited chairs it with the guest
        asides = [(a.start(), a.end()) for a in carry_words().aside.finditer(text, c.sentence[0], c.start)]
        inviters = [m for m in page.in_span(c.sentence[0], c.start) if any(a <= m.start < b for a, b in asides)]
        participants += [n for n in names(page, inviters, ("PERSON",)) if n not in participants]
    if t.name == "CONFERENCE":  # …大会开幕。某某一同出席 / 会上,某某表示: the people told after it
        participants += [n for n in conference_people(page, c) if n not in participants]
    if t.name == "CONFERENCE" and trig in cb.congress_words and \
            not any(w in text[c.sentence[0]:k] for w in (t.attend_words or ())):
        # 在成功举办越共十二大之后…首次访华: the party's congress told in passing, no one else's part in it
        parties = [p for p in participants if "ORG" in page.types_of.get(p, set())]
        participants = parties or participants
    if len(participants) < t.min_actors and t.fallback_actors:
        participants += [n for n in names(page, mentions, t.fallback_actors) if n not in participants]
    if t.requires_sector and not any((e := page.entity(m)) and e.sector == t.requires_sector for m in mentions):
        return None
    for name in list(participants):  # 东盟峰会 → 东盟, 联合国维和部队 → 联合国: the body behind its organ
        parent = parent_body(page, name)
        if parent and parent not in participants and t.name in ("CONFERENCE", "DEPLOYMENT", "MULTILATERAL_ROLE"):
            participants.append(parent)
    if t.name in ("AGREEMENT", "RELATION_CHANGE", "AID", "DISAPPROVE", "MULTILATERAL_ROLE", "DEPLOYMENT"):
        countries = names(page, mentions, ("COUNTRY",))
        # 苏林与英国首相斯塔默会谈…将双边关系提升为…: the sides are the lands of the people it names
        sides = list(dict.fromkeys(n for m in page.in_span(*c.sentence) if (e := page.entity(m)) and e.type == "PERSON"
                                   and (n := country_name(land_of(page, m))) and n not in countries)) \
            if "双边" in sentence_text and len(countries) < 2 else []
        if ("两国" in sentence_text or "双方" in sentence_text) and len(countries) < 2:
            participants += [p for p in page.pair if p not in participants]
        elif len(countries) + len(sides) >= 2:
            participants += [n for n in sides[:2 - len(countries)] if n not in participants]
        elif not countries and t.name == "AGREEMENT" and not participants and len(page.pair) == 2:
            participants += page.pair  # 有效实施…合作备忘录: no party named, the two countries the page is about
        elif not countries and page.home and page.home not in participants:
            participants.insert(0, page.home)
        elif len(countries) == 1 and page.home and page.home not in countries and t.name in ("AGREEMENT",):
            participants.insert(0, page.home)  # one partner named: the other party is the page's own country
        elif len(countries) == 1 and t.name == "DISAPPROVE" and re.search(cb.unnamed_party, sentence_text) and \
                len(page.pair) == 2 and countries[0] in page.pair:
            # 中方一贯反对相关国家…: the party left unnamed is the other country the page is about
            participants += [p for p in page.pair if p not in participants]
    if t.name == "DISAPPROVE":  # 黄忠海也要求中方…: the person who protests, named as the clause's subject
        protester = [m for m in page.in_span(c.start, k) if (e := page.entity(m)) and e.type == "PERSON"]
        if protester and not re.search("[对向与同和]", text[c.start:protester[0].start]):
            first = names(page, protester[:1], ("PERSON",))
            participants = first + [p for p in participants if p not in first]
    if t.name == "ANNIVERSARY":
        participants = _commemorated(page, c, k, mentions, participants)
    if t.name == "ANNIVERSARY" and ("两国" in clause or "双方" in clause) and "建交" in clause:
        participants += [p for p in page.pair if p not in participants]
    if t.name == "ANNIVERSARY" and "建党" in clause:
        party = cb.ruling_party.get(iso(page, page.home)) if page.home else None
        if party and party not in participants:
            participants.insert(0, party)
    if t.foreign and len(countries_of(page, participants)) < 2:
        return None
    return participants, location


def _attendees(page: EventPage, cb: Codebook, c: Clause, k: int, trig: str, mentions: list[Mention]) -> list[Mention]:
    """Who a meeting verb parts from the conference is no attendee: 出席…论坛期间会见了某某 (whom one
    met there), 某某会见来华出席…峰会的… (the host who received an attendee)."""
    text = page.doc.text
    meet = cb.type("MEET").triggers + cb.type("CALL").triggers
    after = text[k + len(trig):c.end]
    cut = min((after.find(w) for w in meet if w in after), default=-1)
    if cut != -1:
        mentions = [m for m in mentions if m.start < k + len(trig) + cut]
    before = text[c.start:k]
    met = max((before.rfind(w) + len(w) for w in meet if w in before), default=-1)
    if met != -1:
        mentions = [m for m in mentions if m.start >= c.start + met]
    return mentions


def _commemorated(page: EventPage, c: Clause, k: int, mentions: list[Mention], participants: list[str]) -> list[str]:
    """What an anniversary is of: the countries whose relations it counts (越中建交75周年), else the
    one actor named right before its founding word (越南人民军建军80周年, 越南国会成立80周年, 胡志明主席
    诞辰125周年) — not the bodies that hold the celebration nor the people who attend it."""
    text = page.doc.text
    if re.search("建交|外交关系|伙伴关系", text[c.start:k + 4]):
        countries = names(page, mentions, ("COUNTRY",))
        # 东盟与中国建立战略对话伙伴关系21周年: a bloc joined to a country by 与/和 is a party too
        blocs = [m for m in mentions if m.end <= k and (e := page.entity(m)) and e.type == "ORG"
                 and e.sector == "international" and re.match(r"\s*[与和同]", text[m.end:m.end + 2])]
        return names(page, blocs, ("ORG",)) + countries or participants
    near = [m for m in mentions if m.end <= k and k - m.end <= 10 and not re.search(r"[,、。;和与及]", text[m.end:k])]
    own = names(page, near[-1:], ("COUNTRY", "ORG", "LOCATION", "PERSON"), in_titles=True)
    return own or participants


def _delegations(page: EventPage, cb: Codebook, mentions: list[Mention]) -> list[str]:
    """The bodies met as delegations (会见老挝人民革命党高级代表团), each with its head where the page
    names one (以何氏洁为团长的…代表团)."""
    text = page.doc.text
    bodies = names(page, [m for m in mentions if text.startswith(cb.delegation_words, m.end)], ("ORG",))
    return [n for b in bodies for n in (b, page.delegations.get(b)) if n]


def _witnessed(page: EventPage, cb: Codebook, c: Clause, k: int, mentions: list[Mention],
               participants: list[str]) -> list[str]:
    """两国领导人见证…签署: the people named before 见证 witness the signing; their countries sign."""
    text = page.doc.text
    at = max((text.rfind(w, c.sentence[0], k) for w in cb.witness_words), default=-1)
    if at == -1:
        return participants
    witnesses = [e for m in mentions if m.end <= at and (e := page.entity(m)) and e.type == "PERSON"]
    lands = [n for e in witnesses if (n := country_name(e.country))]
    gone = {e.name for e in witnesses}
    out = [p for p in participants if p not in gone]
    return out + [n for n in dict.fromkeys(lands) if n not in out]


def _elected(page: EventPage, c: Clause, k: int, mentions: list[Mention]) -> tuple[list[str], str | None] | None:
    """Who is elected or appointed (the person nearest before the verb) and to what body or country
    (named after it); a body that holds an election when no person is named."""
    # the elected stands right before the verb, a form of address at most between (瓦埃亚勋爵当选)
    # (not one a preposition parts from it: 胡锦涛向美国当选连任总统奥巴马致贺电 elects 奥巴马)
    before = [m for m in mentions if k - 3 <= m.end <= k and (e := page.entity(m)) and e.type == "PERSON"
              and not re.search("[向对与和同给]", page.doc.text[m.end:k])]
    # 当选汤加王国总理, 出任高平省省委书记: the body, country or locality of the post
    after = names(page, [m for m in mentions if m.start > k], ("ORG", "COUNTRY", "LOCATION"), in_titles=True)
    if before:
        return names(page, before[-1:], ("PERSON",)) + after, None
    elected = [m for m in mentions if m.start > k and (e := page.entity(m)) and e.type == "PERSON"]
    # 选举…为越南社会主义共和国国会主席; the assembly that elects (联合国大会7日选举…)
    bodies = names(page, mentions, ("ORG", "COUNTRY"), in_titles=True, meetings=True)
    if elected:  # 国会选举王廷惠为国会主席
        return names(page, elected[:1], ("PERSON",)) + bodies, None
    text = page.doc.text[c.start:c.end]
    return (bodies, None) if bodies and any(w in text for w in codebook().type("ELECTION").requires_person_or) else None


def parent_body(page: EventPage, name: str) -> str | None:
    kb = load_kb()
    ent = page.kb_by_name.get(name)
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
        e = page.by_name.get(n)
        if e is None:
            continue
        out.add(e.country or (e.name if e.type in ("ORG", "LOCATION") and e.sector == "international" else "")
                or ("?" + e.name if e.type == "LOCATION" else ""))
    return {c for c in out if c}
