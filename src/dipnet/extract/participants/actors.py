"""Who takes part: visitors and hosts, speakers, and the actors each event type takes from its clause."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import Codebook, EventType
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.eventwords import pattern_of
from dipnet.extract.common.page import EventPage, country_name, iso, names, subject
from dipnet.extract.finding.instrumentrefs import paired_only_words
from dipnet.extract.participants.aggressors import aggressor_lands_out, aggressors_out
from dipnet.extract.participants.aidbodies import aid_bodies_out
from dipnet.extract.participants.appraisals import appraiser_out, conference_appraiser_out
from dipnet.extract.participants.assemblies import standing_assemblies
from dipnet.extract.participants.attendance import attended_after
from dipnet.extract.participants.blocsides import bloc_sides
from dipnet.extract.participants.bodyleaders import body_leaders
from dipnet.extract.participants.carry import (
    bare_paragraph_opening,
    carried_subject,
    carry_words,
    conference_people,
    joined_meeting,
    sentence_subject,
)
from dipnet.extract.participants.conveyed import conveyed_sides, conveying_words
from dipnet.extract.participants.counted import counted_parties
from dipnet.extract.participants.deployments import aided_land, mission_lands, unit_owners, visiting_lands
from dipnet.extract.participants.eachpartner import each_partner
from dipnet.extract.participants.greeted import greeted_gathering
from dipnet.extract.participants.groupsmet import group_parties, unnamed_group
from dipnet.extract.participants.homeguests import home_visitors_out
from dipnet.extract.participants.hosts import frame_subject, host_speakers
from dipnet.extract.participants.interviews import interviewee, outlets_out, press_only
from dipnet.extract.participants.jointpress import joint_press_pair, press_partners
from dipnet.extract.participants.landleaders import closes_land_list
from dipnet.extract.participants.lands import countries_of, land_of, parent_body
from dipnet.extract.participants.ledbodies import led_bodies_out
from dipnet.extract.participants.lists import LISTED, colon_list, list_head, list_tail, paired_localities, subject_list
from dipnet.extract.participants.localsides import legislatures
from dipnet.extract.participants.localsigners import locality_signers
from dipnet.extract.participants.messages import _roll_words, message_sides
from dipnet.extract.participants.namedafter import people_named_after, posts_named_after
from dipnet.extract.participants.narrator import with_teller
from dipnet.extract.participants.pairleaders import pair_post_leaders
from dipnet.extract.participants.pairsign import pair_signs, paired_bodies_lands_out
from dipnet.extract.participants.partystate import party_state_lands
from dipnet.extract.participants.predecessors import predecessors
from dipnet.extract.participants.pronouns import conference_partners, pronoun_partner, told_by_pronoun
from dipnet.extract.participants.protester import framed_protester, protest_sides
from dipnet.extract.participants.readout import letter_senders_out
from dipnet.extract.participants.receptionhost import held_alone, holding_bodies
from dipnet.extract.participants.reported import reported_subject
from dipnet.extract.participants.rochosts import visit_actors
from dipnet.extract.participants.seatholder import context_body, context_parents, seat_holder
from dipnet.extract.participants.settingspeakers import addressing_parties, setting_speakers
from dipnet.extract.participants.shortpairs import sentence_pair
from dipnet.extract.participants.sides import (
    envoy_land,
    gov_lands,
    meeting_parties,
    pair_talks,
    summoned,
    two_lands,
    venue,
)
from dipnet.extract.participants.signers import other_clause_people_out
from dipnet.extract.participants.speaker import speaker
from dipnet.extract.participants.summitframes import framed_attendees
from dipnet.extract.participants.toldafter import told_after_out
from dipnet.extract.participants.typeactors import attendees, commemorated, delegations, elected, giver_first, witnessed
from dipnet.extract.participants.unnamedholders import post_visitor
from dipnet.extract.participants.venuebodies import venue_body
from dipnet.extract.participants.venuelands import meet_venues_out, signing_places_out, venue_buildings, venue_lands_out
from dipnet.extract.participants.visitframes import visit_frame_signers
from dipnet.extract.participants.welcomes import received_guest, welcomed_after, welcomed_before
from dipnet.kb import load_kb
from dipnet.model import Mention

_ANNOUNCE_REACH = 200  # characters after a meeting's sentence within which one announcing it is told


def actors(page: EventPage, cb: Codebook, t: EventType, c: Clause, k: int, trig: str,
            mentions: list[Mention]) -> tuple[list[str], str | None] | None:
    text = page.doc.text
    clause = text[c.start:c.end]
    location = None
    if t.name == "VISIT":
        visitors, hosts, location = visit_actors(page, c, k, trig, mentions)
        # (某某是继甲及乙后,第三位…访问越南的总统: the ones followed visited before, each on their own)
        prior, hosts = predecessors(page, c, k, hosts)
        visitors = [p for p in prior if p not in visitors] + visitors
        visitors, hosts = home_visitors_out(page, c, visitors, hosts)  # (the host's own people receive)
        if not visitors:  # 越南国防部长对中国进行正式访问: the post alone, its body or land visits
            visitors = [n for n in post_visitor(page, c, k) if n not in hosts]
        if not visitors:
            return None
        if text.startswith("、", c.end) and trig in cues("visit_list_movements"):
            # 前往老挝、柬埔寨进行国事访问: the hosts listed on past the part's end
            stop = rx.compile(cue("visit_hosts_list_end")).search(text[c.end:c.sentence[1]])
            listed = page.in_span(c.end, c.end + stop.start() if stop else c.sentence[1])
            hosts += [n for n in names(page, listed, ("COUNTRY",)) if n not in hosts and n not in visitors]
        page.itinerary = hosts[1:]  # a trip through several countries: one visit per country
        return visitors + hosts[:1], location
    if t.name in ("MEET", "CALL") and (rx.compile(cue("meet_as_visit_before")).search(text[c.start:k]) or
                                       rx.compile(cue("meeting_referred_before")).search(text[c.start:k])):
        # 对越南进行国事拜访: a visit in other words; 本次会晤的安保机构: the meeting told before, no new one
        return None
    if t.single_actor:  # (某报记者采访了某某: the one interviewed speaks)
        if press_only(page, c, k, trig, mentions):
            return None  # 只有指定的媒体可以进入采访: the press at work, no one speaking
        who = outlets_out(page, c, interviewee(page, c, k, trig, mentions) or joint_press_pair(page, c, k, trig) or
                          press_partners(page, c, k, trig, speaker(page, c, k, mentions)), trig)
        return (who, None) if who else None
    if t.name in LISTED:  # 选举产生14个成员,分别为:越南、印度…: the list the clause announces (a chair's body told before)
        mentions = mentions + colon_list(page, c) + context_body(page, t.name, c, k, trig, mentions)
    if t.name == "ELECTION":
        return elected(page, c, k, mentions, k + len(trig))
    if t.name in ("RELATION_CHANGE", "AGREEMENT", "AID", "DISAPPROVE"):  # partners often stand in another clause
        mentions = signing_places_out(page, page.in_span(*c.sentence)) if t.name == "AGREEMENT" else page.in_span(*c.sentence)
        # (…签署…协议,此举引起泰国的关注: no party; a protest names both sides first, toldafter.py)
        mentions = aggressors_out(page, t.name, told_after_out(page, c, k, t.actors, mentions, both=t.name == "DISAPPROVE"))
    if t.name in ("MEET", "CALL") and text[c.start:k].lstrip().startswith(cb.list_continuations):
        mentions = page.in_span(c.sentence[0], c.end)  # 相继与甲,以及乙会面: the list began earlier
    if t.name in ("MEET", "CALL"):  # 拜访了甲,前总理乙和丙 / 分别致电甲,以及乙: the list goes on
        mentions = subject_list(page, cb, c, k) + list_head(page, c, k) + mentions + list_tail(page, cb, c)
    group = unnamed_group(page, c, k, trig) if t.name == "MEET" else None
    if group is not None:  # 与旅居乙国的甲国侨胞会面: the one who meets the group (groupsmet.py)
        return group_parties(page, c, group), None
    if t.name == "MESSAGE":
        page.message_groups = conveyed_sides(page, c, k, trig) if trig in conveying_words() else \
            message_sides(page, c, k, trig)
        told_to = rx.compile(cue("message_to_after")).match(text, c.end, c.sentence[1])
        if told_to and page.message_groups and not any(g[1] for g in page.message_groups):
            # 习近平致唁电,就…洪灾向巴总统某某表示深切慰问: the recipients told in the clause after (ev14)
            to = names(page, page.in_span(told_to.start(), told_to.end()), ("PERSON",)) or \
                names(page, page.in_span(told_to.start(), told_to.end()), ("COUNTRY", "ORG"))
            page.message_groups = [(g[0], to, g[2], [iso(page, n) for n in to]) for g in page.message_groups]
        if page.message_groups:
            return [n for g in page.message_groups for n in g[0] + g[1]], None
        if trig in conveying_words():
            return None  # greetings conveyed from or to no one named: no message we can tell
        if rx.compile(_roll_words()["any_senders"]).search(text[c.start:k]):
            return None  # 一些外国领导人发来贺电,对甲、乙当选表示祝贺: a lead of unnamed senders sums up the messages
        if "向" in clause:  # 分别向两位当选领导人致贺电: the recipients were named before
            mentions = page.in_span(*c.sentence)
        elif told_to:  # (…the ones told after: 致电,就…向巴基斯坦政府和人民表示慰问)
            mentions = mentions + [m for m in page.in_span(told_to.start(), told_to.end())
                                   if (e := page.entities.get(m.entity_id)) is not None and text.rfind("向", told_to.start(), m.start) != -1]
    if t.name == "CONFERENCE" and greeted_gathering(page, c, k, trig):
        return None  # 向…论坛年会致贺信: a letter to the gathering, the MESSAGE's recipient, no one attends it
    if t.name == "CONFERENCE":
        mentions = attendees(page, cb, c, k, trig, mentions)
    if t.name in ("MEET", "CALL"):  # 韩中会谈在庆州博物馆举行: the place it is held at is where, not who
        # (会晤将讨论南海问题, 会谈聚焦台海局势: a place or land naming a matter talked about is no side, ev62)
        matter = rx.compile(cue("matter_after"))
        mentions = [m for m in mentions if (m.start < k or not venue(page, m)) and not matter.match(text, m.end)]
    if t.name in ("MEET", "CALL", "CONFERENCE"):  # 于总统府接见, 在…朱槿花厅隆重开幕: a hall named as a body
        mentions = [m for m in mentions if not venue_body(page, m)]
    # (东盟地区论坛轮值主席国: a forum named right before the seat is the body that has it, not a meeting)
    seat_body = [m for m in mentions if m.end == k] if t.name == "MULTILATERAL_ROLE" else []
    participants = names(page, mentions, t.actors, meetings=t.name == "CONFERENCE")
    participants = context_parents(page, c, trig, participants) if t.name == "MULTILATERAL_ROLE" else participants
    # 同中国全国人民代表大会举行会谈, 越南国会和中国全国人民代表大会建立关系60周年 (ev58): a standing assembly is a side, not a congress held
    if t.name in ("MEET", "CALL", "ANNIVERSARY"):
        participants += [n for n in standing_assemblies(page, mentions) if n not in participants]
    participants += [n for n in names(page, seat_body, ("ORG",), meetings=True) if n not in participants]
    if t.name == "MEET":
        participants += [n for n in delegations(page, cb, mentions) if n not in participants]
        if any(w in trig for w, kind in t.kinds.items() if kind in ("reception", "working session")):
            # 大使主持招待会。出席招待会的越方代表有:…: a reception's guests, told after it as a meeting's are
            participants += [n for n in conference_people(page, c, trig) if n not in participants]
        # …举行座谈会。座谈会上,大使某某、会长某某…评价: who speaks at its setting in the sentences after
        participants += [n for n in setting_speakers(page, c) if n not in participants]
        participants += addressing_parties(page, c, participants)  # 大使某某向苏林总书记汇报了…
        if any(w in trig or text.startswith(w, k) for w, kind in t.kinds.items() if kind == "reception"):
            # (使馆…举行招待会, 人民委员会举行…见面会: its host too)
            participants += [n for n in holding_bodies(page, c, k) if n not in participants]
    if t.name == "AGREEMENT":
        participants = witnessed(page, cb, c, k, mentions, participants)
    if t.name == "RELATION_CHANGE":  # 东盟—中国建立…伙伴关系: the bloc joined to a country is a party
        participants += bloc_sides(page, c, k, participants)  # (某国于某年与东盟建立, 中非关系提升为: blocsides.py)
    if t.name in ("AGREEMENT", "MEET"):  # 胡志明市与老挝华潘省签署…: the localities that act together
        localities, placing = paired_localities(page, c)
        if localities:
            participants = [p for p in participants if p not in placing] + \
                [n for n in localities if n not in participants]
    persons = {e.name for m in mentions if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"}
    # 习近平访问越南,与越南总理范明政举行会谈 / 范明政周二在政府驻地,会见中国驻越南大使何炜: the partner is named, the subject was named before in the sentence
    has_person = bool(persons) and not (t.name in ("MEET", "CALL") and len(persons) < t.min_actors)
    sentence_text = text[c.sentence[0]:c.sentence[1]]
    if t.name in ("MEET", "CALL"):
        participants = meeting_parties(page, c, k, mentions, participants, len(persons) < t.min_actors)
        if t.name == "MEET" and len(persons) < t.min_actors:  # 市领导会见…。市委副书记某某强调…: the leaders told after
            participants = frame_subject(page, c, k, host_speakers(page, c, k, participants))
        participants = pair_talks(page, c, k, participants) if not persons else participants
        # (中越两国领导人举行会谈。习近平同苏林…: the people the sentences after it name)
        participants = people_named_after(page, c, participants) if not persons else participants
        participants = appraiser_out(page, c, k, participants)  # 甲高度评价乙与丙通电话…: 乙 and 丙 talked
        participants = pronoun_partner(page, c, k, participants) if len(persons) < 2 else with_teller(page, c, k, participants)
        participants = each_partner(page, cb, c, k, participants)  # 甲、乙将分别同他举行会谈
        participants = received_guest(page, c, k, participants)  # 访问某国,得到国王的盛情款待: the guest too
        if rx.compile(pattern_of("attendees_listed")).match(text, k + len(trig)) and \
                text[c.start:k].rstrip().endswith(carry_words().joined) and not joined_meeting(page, c, k):
            return None  # 出席会见的还有甲和乙: who else attended the meeting told before, no meeting of theirs
    if t.name == "MEET" and len(persons) < t.min_actors:
        # 阮文安在主席府举行正式欢迎仪式,热烈欢迎李鹏委员长和夫人来访: the one welcomed in the clause after is the other side (not the hall it is held in)
        welcomed = welcomed_after(page, c)
        if welcomed:
            participants = [p for p in participants if "LOCATION" not in page.types_of.get(p, set())] + \
                [n for n in welcomed if n not in participants]
        elif trig in cues("ceremony_meetings"):
            # 苏林总书记主持欢迎仪式 after 欢迎通伦·西苏里…的仪式…举行: the guest welcomed before; the countries
            # beside the host stood for the guest
            hosting = {p for p in participants if p in page.people}
            guest = welcomed_before(page, c, k, hosting)
            if guest is not None and hosting:
                participants = [p for p in participants if p in hosting] + [guest]
    elif "PERSON" in t.actors and not has_person and \
            (not t.attend_words or any(w in sentence_text for w in t.attend_words)):
        # …将与甲举行会谈,会见乙,并出席…论坛: the sentence's subject goes on, not the last person named
        # (发言人某某说,甲访美期间将与乙会晤,并与丙会晤: the one the reported words open with goes on)
        reported = reported_subject(page, c.sentence[0], c.start)
        carried = reported or sentence_subject(page, c.sentence[0], c.start) or subject(page, c) or \
            (carried_subject(page, c, k) if t.name == "CONFERENCE" and (text[c.sentence[0] - 1:c.sentence[0]] in (";", "；")
                                                                        or told_by_pronoun(page, c, k)
                                                                        or bare_paragraph_opening(page, c, k))
             else None)  # (赴华出席甲会议;同时,出席乙峰会: the list of doings goes on from its subject)
        # (发言人某某20日宣布:…外长会将于21日举行: the one announcing it takes no part)
        said = rx.compile(cue("announced_before")).search(text[c.sentence[0]:c.start]) is not None and not reported
        # (李克强将同默克尔举行会晤、见证…、共同出席…论坛: a list of doings goes on from the clause's own subject)
        opener = sentence_subject(page, c.start, k) if not carried and t.name == "CONFERENCE" and \
            "、" in text[c.start:k] else None
        carried = carried or (opener if opener and text[c.start:k].lstrip().startswith(opener) else None)
        if opener and carried == opener and any(w in text[c.start:k] for w in cb.joint_words):  # (…and the one 同 names)
            participants += [n for n in names(page, [m for m in page.in_span(c.start, k) if
                                                     text[m.start - 1:m.start] in cues("pair_talk_joiners")], ("PERSON",))
                             if n not in participants and n != opener]
        if carried and carried not in participants and not said:
            participants.insert(0, carried)
    if t.name == "CONFERENCE":  # 与她共同出席…论坛, 中日韩外长会议, 邀请某某出席…会议 (pronouns.py)
        participants = conference_partners(page, c, k, participants)
    if t.name == "CONFERENCE" and any(w in text[c.start:k] for w in cb.joint_words):
        # 应甲的邀请,乙…访问,并共同主持召开…会议: the host who invited chairs it with the guest
        asides = [(a.start(), a.end()) for a in carry_words().aside.finditer(text, c.sentence[0], c.start)]
        inviters = [m for m in page.in_span(c.sentence[0], c.start) if any(a <= m.start < b for a, b in asides)]
        participants += [n for n in names(page, inviters, ("PERSON",)) if n not in participants]
        # (期间除了与某某共同主持…会议: the partner after 与 chairs it with the one the sentence is about)
        partner = next((m for m in mentions if m.start < k and (e := page.entities.get(m.entity_id)) and e.type == "PERSON"), None)
        # (…他将同越方常务副总理兼外交部长某某共同主持: the partner's post may stand between the joiner and the name)
        joined = rx.compile("(?:" + "|".join(cb.partner_joiners) + ")" + cue("partner_post_span") + "$")
        if partner is not None and joined.search(text, c.start, partner.start):
            chair = carried_subject(page, c, k)
            if chair and chair not in participants:
                participants.insert(0, chair)
    if t.name == "CONFERENCE":  # 在…出席甲会议期间, / 东盟峰会期间,某某…: the one the frame's sentence goes on about (summitframes.py)
        participants = framed_attendees(page, c, k, participants)
    if t.name == "CONFERENCE":  # …大会开幕。某某一同出席 / 会上,某某表示: the people told after it
        participants += [n for n in conference_people(page, c, after=True) if n not in participants]
        # (发言人某某宣布…外长会将于…举行, 会上,某某宣布…: the announcer attends nothing)
        told = {e.name for m in page.in_span(c.start, c.sentence[1] + _ANNOUNCE_REACH)
                if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"
                and rx.compile(cue("announcer_after")).match(text[m.end:m.end + 40])}
        participants = [p for p in participants if p not in told]
    if t.name == "CONFERENCE":  # 甲对乙成功举办…大会给予高度评价: the one appraising attends nothing
        # (宣读…的贺信; 出席在新加坡举行的…论坛: the land it meets in is where, not who — venuelands.py)
        participants, location = venue_lands_out(page, c, letter_senders_out(page, conference_appraiser_out(page, c, k, participants)), location)
    passing = False  # a congress told in passing: no one's part in it
    if t.name == "CONFERENCE" and trig in cb.congress_words:
        # (举行见面会,庆祝…全国代表大会取得圆满成功: the clause before holds a gathering of its own, whose
        # attend word is not the congress's)
        held = rx.compile(cue("own_gathering_held")).search(text[c.sentence[0]:c.start]) is not None
        if not any(w in text[c.start if held else c.sentence[0]:k] for w in (t.attend_words or ())):
            # 在成功举办越共十二大之后…首次访华: the party's congress told in passing, no one else's part in it (nor
            passing = True  # do the sentences of attendance after it place anyone there)
            parties = [p for p in participants if "ORG" in page.types_of.get(p, set())]
            # (越南驻柬埔寨大使馆庆祝越共十四大…: the party whose congress it is, right before its word)
            own = [n for n in names(page, [m for m in mentions if m.end == k], ("ORG",)) if n in parties]
            participants = own or parties or participants
    # (由甲率领的A部代表团与B部举行会谈: A's body goes with its head (ledbodies.py), and does not make up a side)
    standing = led_bodies_out(page, c, k, participants) if t.name in ("MEET", "VISIT") else participants
    # (越南驻老挝大使馆在万象举行晚宴: a reception its body holds alone, the city where: no side to add)
    if len(standing) < t.min_actors and t.fallback_actors and not held_alone(page, t, c, k, trig, participants):
        # (与在粤新加坡人会面: a country's people met, not the country)
        # (与越南、泰国和老挝领导人举行会谈: the land closing a list of lands is a side as the others are)
        folk = [m for m in mentions if rx.compile(pattern_of("folk_after")).match(text, m.end)
                or (rx.compile(pattern_of("unnamed_leaders_after")).match(text, m.end) and not body_leaders(page, m)
                    and not closes_land_list(page, mentions, m))] if t.name in ("MEET", "CALL") else []
        # (在北京会见来访的埃及外交部长: the place after 在 is where the talks are, not a side — ev14)
        # (but 河内市委书记在河内会见…: the locality whose body hosts is a side)
        sides = participants + names(page, mentions, t.fallback_actors)
        where = [m for m in mentions if t.name in ("MEET", "CALL") and (e := page.entities.get(m.entity_id)) is not None
                 and e.type == "LOCATION" and text[max(0, m.start - 1):m.start] in ("在", "于")
                 and not any(e.name in p and e.name != p for p in sides)]
        got = [n for n in names(page, [m for m in mentions if m not in folk and m not in where], t.fallback_actors)
               if n not in participants]
        if len(participants) + len(got) < t.min_actors:  # (越南驻泰国大使馆在曼谷举行招待会: with no one else, the city
            kept = [m for m in mentions if m not in folk and m not in venue_buildings(page, where)]  # stays, no building)
            got = [n for n in names(page, kept, t.fallback_actors) if n not in participants]
        participants += got
        # (会见来访的新加坡总理。黄循财表示…: the land a post stood for gives way to the one who holds it, told after)
        participants = posts_named_after(page, c, participants) if t.name in ("MEET", "CALL") else participants
    if t.requires_sector and not any((e := page.entities.get(m.entity_id)) and e.sector == t.requires_sector for m in mentions):
        return None
    if t.name == "DEPLOYMENT":  # 中国第14批赴南苏丹维和部队…启程: the unit the trigger names is what is sent, no party
        units = [(m, e) for m in page.overlapping(k, k + len(trig)) if (e := page.entities.get(m.entity_id)) is not None
                 and e.type == "ORG" and m.end == k + len(trig)]
        unit = {e.name for m, e in units}
        # (赴南苏丹维和部队 read as one body: the land its name opens with is where the unit goes)
        lands = [n for m, _ in units if m.start < k for x in load_kb().by_name(text[m.start:k]) if x.type == "COUNTRY"
                 and (n := country_name(x.country)) and n not in participants]
        participants = participants + lands[:1]
        participants = [p for p in participants if p not in unit] if unit and len(participants) - len(unit) >= 2 \
            else participants
        participants = mission_lands(page, participants)  # 联合国南苏丹特派团: South Sudan
        participants, mentions = visiting_lands(page, trig, c, participants, mentions)  # …抵达: its navy calls; the host after
        participants = aided_land(page, c, participants)  # (为帮助某国…,: the land helped)
    participants = unit_owners(page, participants) if t.name in ("DEPLOYMENT", "AID") else participants  # 某国公安部救援队
    for name in list(participants):  # 东盟峰会 → 东盟, 联合国维和部队 → 联合国: the body behind its organ
        parent = parent_body(page, name, t.name == "CONFERENCE")  # (not a seat's: 联合国安理会非常任理事国 is a seat in the council only)
        if parent and parent not in participants and t.name in ("CONFERENCE", "DEPLOYMENT"):
            participants.append(parent)
    if t.name in ("AGREEMENT", "RELATION_CHANGE", "AID", "DISAPPROVE", "MULTILATERAL_ROLE", "DEPLOYMENT"):
        countries = names(page, mentions, ("COUNTRY",))
        # 苏林与英国首相斯塔默会谈…将双边关系提升为…: the sides are the lands of the people it names
        sides = list(dict.fromkeys(n for m in page.in_span(*c.sentence) if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"
                                   and (n := country_name(land_of(page, m))) and n not in countries)) \
            if cue("bilateral") in sentence_text and len(countries) < 2 else []
        if any(w in sentence_text for w in cues("both_sides")) and len(countries) < 2:
            participants += [p for p in two_lands(page, c) if p not in participants]
        elif len(countries) + len(sides) >= 2:
            participants += [n for n in sides[:2 - len(countries)] if n not in participants]
        elif not countries and t.name == "AGREEMENT" and not participants and len(page.pair) == 2:
            participants += page.pair  # 有效实施…合作备忘录: no party named, the two countries the page is about
        elif not countries and page.home and page.home not in participants:
            participants.insert(0, page.home)
        elif len(countries) == 1 and page.home and page.home not in countries and t.name in ("AGREEMENT", "AID"):
            # one partner named: the other party is the page's own country (澳大利亚政府援助我国…疫苗)
            participants.insert(0 if t.name == "AGREEMENT" else len(participants), page.home)
        elif len(countries) == 1 and t.name == "DISAPPROVE" and rx.compile(cb.unnamed_party).search(sentence_text) and \
                len(page.pair) == 2 and countries[0] in page.pair:
            # 中方一贯反对相关国家…: the party left unnamed is the other country the page is about
            participants += [p for p in page.pair if p not in participants]
    if t.name in ("AGREEMENT", "RELATION_CHANGE", "AID", "DISAPPROVE"):  # 向老挝党、国家和人民提供…: Laos too
        participants = party_state_lands(page, c, participants)
    participants = legislatures(page, c, pair_signs(page, c, k, trig, participants)) if t.name == "AGREEMENT" else participants
    participants = locality_signers(page, c, k, participants) if t.name == "AGREEMENT" else participants
    if trig in paired_only_words():  # 越中陆地边界三个法律文件: the two countries naming the set are its parties, no one else
        participants = sentence_pair(page, max(c.start, k - 20), k) or participants
    if t.name == "LAW_ENFORCEMENT" and not participants and any(w in sentence_text for w in cues("both_sides")):
        participants = list(page.pair)  # 中越两国警方…,双方共抓获犯罪嫌疑人29名: the two countries' police
    if t.name == "LAW_ENFORCEMENT" and not persons and any(w in clause for w in cb.third_person):
        # 越南当局对他发布国际通缉令: the one wanted is the person the sentences before are about
        wanted = carried_subject(page, c, k) or next(iter(names(page, [
            m for m in page.in_span(max(0, c.sentence[0] - 200), c.sentence[0])
            if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"][-1:], ("PERSON",))), None)  # (or the paragraph before)
        if wanted and wanted not in participants:
            participants.append(wanted)
    if t.name == "DISAPPROVE":  # 黄忠海也要求中方…: the person who protests, named as the clause's subject
        protester = [m for m in page.in_span(c.start, k) if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"]
        protester = protester or framed_protester(page, c, k)  # 某某在…前夕,批评…: the frame's subject
        if protester and not rx.compile(cue("protester_not_subject")).search(text[c.start:protester[0].start]):
            first = names(page, protester[:1], ("PERSON",))
            participants = first + [p for p in participants if p not in first]
        participants = protest_sides(page, c, k, trig, participants)  # (a speaker's wrong, a body's land, a capital, 反华示威)
    if t.name == "ANNIVERSARY":
        participants = commemorated(page, c, k, mentions, participants)
    if t.name == "ANNIVERSARY" and any(w in clause for w in cues("both_sides")) and cue("relations_founding") in clause:
        participants += [p for p in page.pair if p not in participants]
    if t.name == "ANNIVERSARY" and cue("party_founding") in clause:
        party = cb.ruling_party.get(iso(page, page.home)) if page.home else None
        if party and party not in participants:
            participants.insert(0, party)
    if t.name == "AID":
        envoy = envoy_land(page, cb, c, k)
        if envoy and envoy not in participants:  # 驻老挝大使馆临时代办某某向…捐赠: the envoy's country gives
            participants.insert(0, envoy)
        participants = aggressor_lands_out(page, c, aid_bodies_out(page, c, k, giver_first(page, cb, c, k, participants)))
        if envoy:  # (the envoy's country gives, before the embassy or consulate they speak for)
            participants = [envoy] + [p for p in participants if p != envoy]
        participants += [n for n in counted_parties(page, c, k) if n not in participants]  # 援助N个国家:甲、乙…
    after = k + len(trig) + page.doc.text.startswith(cue("seat_apposition"), k + len(trig))  # (…主席的老挝)
    holder = names(page, [m for m in mentions if m.start == after], ("COUNTRY",), in_titles=True) if t.name == "MULTILATERAL_ROLE" else []
    if holder:  # 东盟轮值主席国越南副总理…, 作为东盟轮值主席的老挝: the country right after the seat holds it (in a title too)
        participants = holder + [p for p in participants if "COUNTRY" not in page.types_of.get(p, set())]
    elif t.name == "MULTILATERAL_ROLE":  # 祝贺越南成功担任…: the country before the verb of holding holds it
        participants = seat_holder(page, c, k, participants)
    if t.name == "AGREEMENT":  # 中国商务部与澳大利亚外交贸易部…签署: the countries whose ministries sign are its parties
        participants = other_clause_people_out(page, c, k, visit_frame_signers(page, c, k, participants + gov_lands(page, participants)))  # 访华,签署…; 某某访日期间,…: visitframes.py
    if t.name == "DISAPPROVE":  # 谢锋召见英国驻华大使吴若兰…提出严正抗议: the one summoned is protested to
        participants += [n for n in summoned(page, c) if n not in participants]
    if t.foreign and len(countries_of(page, participants)) < 2:
        return None
    if t.name == "MEET":  # 中德总理年度会晤: the two premiers the page names, not the lands or the city
        participants = pair_post_leaders(page, c, k, participants)
    if t.name in ("MEET", "CALL"):  # 甲与乙在柏林和罗马两次会晤: the places it is held at are where, not sides (venuelands.py)
        participants = meet_venues_out(page, c, participants)
    # (某某参加上述活动, 某某会见时在座: who was there, told in a sentence of its own)
    return paired_bodies_lands_out(page, c, k, participants if passing else attended_after(page, t.name, c, k, trig, participants)), location  # (甲部与乙部签署: pairsign.py)
