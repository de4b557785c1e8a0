"""Events: trigger words (data/events.toml) in each clause, their actors from the clause's
mentions, status, date, channel, attributes and codes; one event per real-world event on a page."""

from __future__ import annotations

from bisect import bisect_left

from dipnet import rx
from dipnet.extract.attributes.anniversarydays import anniversary_ahead
from dipnet.extract.attributes.celebrations import celebration_agreed, celebration_planned, celebration_year
from dipnet.extract.attributes.channel import channel
from dipnet.extract.attributes.datecues import seat_held_now, tells_day_before, told_done
from dipnet.extract.attributes.eve import on_the_eve
from dipnet.extract.attributes.eventdates import (
    after_report,
    announced_day,
    event_date,
    plan_after_trigger,
    planned_days,
    span_end,
    sums_up,
    trip_aim,
)
from dipnet.extract.attributes.modality import conditioned, in_force, plan_marked, speech_planned, tomorrow_marked
from dipnet.extract.attributes.openplans import wished_before
from dipnet.extract.attributes.sinceframe import own_time_of_reference
from dipnet.extract.attributes.tripaims import under_way
from dipnet.extract.common.clauses import Clause, clauses
from dipnet.extract.common.codes import Codebook, EventType, any_of, codebook, kind_of
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import MEDIA_SECTORS, EventPage, country_name
from dipnet.extract.finding.answered import answer_date
from dipnet.extract.finding.bodyeach import body_each
from dipnet.extract.finding.condolences import addressed_to_mourned
from dipnet.extract.finding.datedsteps import clause_parts
from dipnet.extract.finding.dialogues import attended_session, session_mark
from dipnet.extract.finding.embedded import asked, kind_span, reported_inside
from dipnet.extract.finding.exchanges import exchange_ways, exchanged, ways_back
from dipnet.extract.finding.localvisits import between_localities, localities_only
from dipnet.extract.finding.meetingname import held_name
from dipnet.extract.finding.retrospect import dated_look_back
from dipnet.extract.finding.senses import demand_to_undo, guests
from dipnet.extract.finding.shorthosts import host_on_page
from dipnet.extract.finding.spoken import own_occasion, speaks_each, speech_framed
from dipnet.extract.finding.triggers import find_triggers
from dipnet.extract.merging.finish import finish_events
from dipnet.extract.merging.headsums import before_site_name
from dipnet.extract.participants.abroad import visits_abroad
from dipnet.extract.participants.actors import actors
from dipnet.extract.participants.aroused import aroused_protests
from dipnet.extract.participants.groupsmet import group_mark, meets_group
from dipnet.extract.participants.homebodies import own_land_out
from dipnet.extract.participants.interviews import press_talk
from dipnet.extract.participants.ledbodies import led_bodies_out
from dipnet.extract.participants.lists import joint_body, listed_speakers, referred_body
from dipnet.extract.participants.namedactivities import activity_name_out
from dipnet.extract.participants.pairworded import pair_worded
from dipnet.extract.participants.peoplemet import people_only
from dipnet.extract.participants.predecessors import predecessor_names
from dipnet.extract.participants.servedlands import served_lands
from dipnet.extract.participants.shortpairs import pair_bodies, pair_dated_apart, pair_leaders
from dipnet.extract.participants.splits import mutual_visits, one_by_one, respective_visits, split_lists
from dipnet.extract.participants.thanked import gift_told
from dipnet.extract.participants.venues import meeting_venue, setting_names
from dipnet.model import Document, Event


def _deceased(page: EventPage, c: Clause, cb: Codebook) -> set[str]:
    """The people the sentence names as having died (原国家主席黎德英逝世): mourned, never actors.
    Remembered per sentence: every trigger of the sentence asks it again."""
    done: dict[tuple[int, int], set[str]] = page.__dict__.setdefault("_deceased", {})
    got = done.get(c.sentence)
    if got is None:
        text = page.doc.text
        got = done[c.sentence] = {e.name for m in page.in_span(*c.sentence) if (e := page.entities.get(m.entity_id)) is not None
                                  and e.type == "PERSON" and cb.deceased_after.match(text, m.end)}
    return got


def _media_only(page: EventPage, participants: list[str]) -> bool:
    """Are the speakers news outlets only (越通社, 越南政府网电子报)?"""
    got = [page.by_name.get(p) for p in participants]
    return bool(got) and all(e is not None and e.type == "ORG" and e.sector in MEDIA_SECTORS for e in got)


def _inside_talks(text: str, c: Clause, k: int, cb: Codebook) -> bool:
    """表示 in 会见时…表示, 在会晤中发言: what is said in talks is their content, not a statement of its
    own — unless a statement setting stands between the talks and the verb (会谈后的记者会上强调)."""
    frames = list(cb.talk_frames.finditer(text, c.sentence[0], k))
    return bool(frames) and not any(w in text[frames[-1].end():k] for w in cb.statement_settings)


def _types_of(cb: Codebook, names: set[str]) -> list[EventType]:
    """The codebook's types of these names, in the codebook's order (a few names sorted, not a test per type)."""
    place: dict[str, int] | None = cb.__dict__.get("_type_place")
    if place is None:
        place = {}
        for i, t in enumerate(cb.types):
            place.setdefault(t.name, i)
        object.__setattr__(cb, "_type_place", place)
    if len(place) != len(cb.types):  # (a name twice: each of its types, as a pass over them finds them)
        return [t for t in cb.types if t.name in names]
    return list(map(cb.types.__getitem__, sorted(map(place.__getitem__, filter(place.__contains__, names)))))  # (in C)


def _one(page: EventPage, cb: Codebook, t: EventType, c: Clause, k: int, trig: str) -> list[Event]:
    text = page.doc.text
    clause = text[c.start:c.end]
    if t.requires and not t.required(text, c.sentence, k + len(trig)):
        return []  # (or a counted thing given after the trigger: 向老挝提供8艘海警船)
    if t.name in ("RELATION_CHANGE", "AGREEMENT") and cb.anniversary_count_after.match(
            text[k + len(trig):k + len(trig) + 10].removeprefix("签署" if t.name == "AGREEMENT" else "")):
        return []  # 建交65周年, 协议签署35周年 without the day written out is an anniversary, not a new relation
    negation = any_of(cb.negation)
    if negation.search(clause) and not demand_to_undo(t.name, clause, negation) or conditioned(text, c.sentence[0], k):
        return []  # (敦促…取消…: a demand is told; 如果…, 一旦…: a hypothetical, no event told)
    if t.name == "STATEMENT" and (_inside_talks(text, c, k, cb) or asked(text, c.start, c.end, k) or
                                  reported_inside(text, c.sentence[0], c.start, k, trig, any(
                                      "PERSON" in page.types_of.get(e.name, ()) for m in page.in_span(c.start, k)
                                      if (e := page.entities.get(m.entity_id)) is not None))):
        return []  # (能否证实这一消息?; 某某表示,欧方正在撰写…: no speaker's own act of speaking, ev6)
    if t.name == "STATEMENT" and (rx.compile(cue("message_to_after")).match(text, c.start) or
                                  rx.compile(cue("message_words_after")).match(text, c.start)) and \
            any(w in text[c.sentence[0]:c.start] for w in cb.type("MESSAGE").triggers):
        return []  # 致电,就…向某某表示深切慰问 / 致电某某,对…表示慰问: the message's own words (ev14), no statement of the one condoled with
    # 新马领导人非正式峰会: two lands' leaders meet (a MEET); else a conference word that holds no meeting
    # of its own is told before its actors are read (nothing it reads is theirs)
    lands = pair_leaders(page, c, k) if t.name == "CONFERENCE" else []
    name = held_name(page, cb, c, k, trig) if t.name == "CONFERENCE" and not lands else None
    if t.name == "CONFERENCE" and not lands and name is None:
        return []
    mentions = before_site_name(page, c.start, k, c.end)
    got = actors(page, cb, t, c, k, trig, mentions)
    got = localities_only(page, c, k, trig, got, t.min_actors) if t.name == "VISIT" else got  # 某省代表团对越南某省…
    if got is None:
        return []
    participants, location = got
    if t.name in ("MEET", "VISIT"):  # 会见由某某率领的某部代表团: the head meets, not the body (ev31)
        participants = led_bodies_out(page, c, k, participants)
    if t.name == "MEET":  # 两国领导人之间的双边会晤: the two lands (pairworded.py; 握手: its people); 会见…出席第N次对话的: its sides
        participants = attended_session(page, c, pair_worded(page, c, k, trig, participants))
    if t.name == "CONFERENCE":  # 越南第十三届国会第十一次会议: the assembly's own meeting, not the country's (ev31)
        participants = activity_name_out(page, c, k, trig, own_land_out(page, participants))  # “甲乙友好交流”活动
    if t.name == "STATEMENT" and (venues := setting_names(page, c, participants)):  # 在美国国会发表演说: no speaker
        participants = [p for p in participants if p not in venues]
        if not participants:
            return []
    if lands:  # 新马领导人非正式峰会: the two countries' leaders meet (their people named here too)
        t = cb.type("MEET")
        participants = lands + [p for p in participants if p in page.people and p not in lands]
        # 甲在韩国与乙,首度召开中日领袖会议: the leaders the sentence names before the word, of the two lands
        participants += [n for m in page.in_span(c.sentence[0], k) if (e := page.entities.get(m.entity_id)) is not None
                         and e.type == "PERSON" and (n := e.name) not in participants
                         and country_name(page.country_by_name.get(n)) in lands]
    framing = cb.message_frame.search(text, c.sentence[0], k) if trig in cb.framed_message_triggers else None
    if framing:  # 贺电指出: the message's own words, no one of its sides
        inside = {e.name for m in page.in_span(framing.start(), framing.end()) if (e := page.entities.get(m.entity_id))}
        participants = [p for p in participants if p not in inside]
    dead = _deceased(page, c, cb)
    if dead:  # 各国领导对黎德英逝世表示哀悼: the one mourned acts in nothing
        if t.name == "MESSAGE":  # 致唁电,对泰国前首相某某逝世表示哀悼: to the mourned's country (condolences.py)
            participants = addressed_to_mourned(page, c.sentence, dead, participants)
        participants = [p for p in participants if p not in dead]
        page.message_groups = [(w, to, lands, to_lands) for who, to, lands, to_lands in page.message_groups
                               if (w := [n for n in who if n not in dead]) and to]
        if not participants or (t.name == "MESSAGE" and not page.message_groups):
            page.message_groups = []
            return []
    if t.name == "STATEMENT" and trig in cb.report_verbs and _media_only(page, participants):
        return []  # 越通社指出: the outlet reports what others did
    bodies, lands = pair_bodies(page, c.start, c.end) if t.name in _BODY_PAIRS else ([], [])
    if bodies or lands:  # 越中两国公安部第四次…会议: each country's ministry takes part, not the countries
        # (a name read across the compound, 中国防部 of 越中国防部, is neither)
        misread = {p for p in participants if p not in bodies and any(p.endswith(b[-3:]) for b in bodies)}
        participants = [p for p in participants if p not in lands and p not in misread] + \
            [b for b in bodies if b not in participants]
    if len(participants) < t.min_actors and not meets_group(page, t.name, c, k, trig, participants) or \
            t.name == "MEET" and people_only(page, c, k):  # (与韩国商界人士座谈: one side named, peoplemet.py)
        return []
    if t.name == "ELECTION" and trig not in cb.body_election and \
            not any("PERSON" in page.types_of.get(p, set()) for p in participants):
        return []  # 越南当选…理事会成员: the country's seat (MULTILATERAL_ROLE), no election told
    attributes: dict[str, object] = {"trigger": trig, "mode": t.mode, **gift_told(page, c, k, t.name),
                                     **group_mark(page, t.name, c, k, trig), **session_mark(text, t.name, c.start, k, trig)}
    if t.name == "CONFERENCE":
        assert name is not None
        first, localities = joint_body(page, c, k + len(trig) - len(name))
        name = text[first:k + len(trig)]
        if localities:  # a joint body of localities meets: they are its parties (and whoever attends)
            participants = localities + [p for p in participants if "PERSON" in page.types_of.get(p, set())]
        body = referred_body(page, c, k, name, cb.reference_openers)
        if body and body not in participants:  # 主持召开该委员会…会议: the committee named before
            participants = participants + [body]
        attributes["name"] = name
    if location is None:  # a place outside the meeting's name before one in it (印度洋研讨会…在河内开幕)
        location = meeting_venue(page, mentions, k + len(trig), len(str(attributes.get("name", ""))))
    date, precision, end_date = answer_date(page, c, k, t.name, event_date(page, c, k, t.name))  # (answered protest)
    seg = page.doc.segment_at(c.start)
    # a count of years (建交73周年) is the occasion's, no time of the sentence's own
    # (柬埔寨外交部20日发布新闻稿称,某某在金边会见了…: the day of the release told before is not the talks')
    released = rx.compile(cue("release_told_after"))
    own_time = tells_day_before(text, c.sentence[0], c.end) or any(  # (某某前一天…: a day of its own, counted back)
        x.value and x.kind not in ("duration", "anniversary") and not released.match(text, x.end, c.start) for x in page.times.starting_in(c.sentence[0], c.end))
    if not own_time and rx.compile(cue("archive_photo")).search(text, c.sentence[0], c.sentence[1]):
        return []  # 东亚三国领导人在东协峰会上(档案照片): an archive photo's caption, no event the page tells
    if not own_time:
        attributes["_untimed"] = True  # (merging: a mention without a time of its own joins its dated twin)
    if not own_time and (t.name in ("MEET", "CALL") or (seg is not None and seg.kind == "title" and t.name not in _OWN_DAYS)):
        # talks told without a time of their own (the day they take is the paragraph's or the page's): a
        # retelling of talks dated elsewhere, one with them whatever that day (read by merging only).
        # Not so for signings, visits, upgrades: a page lists several of those without dates — but a
        # headline tells what its article tells (越南驻华大使馆举行…招待会 over 大使馆2月23日举行…招待会)
        attributes["_loose"] = True
    if t.name in ("MEET", "CALL") and own_time and rx.compile(cue("prior_meeting_before")).search(text, max(c.start, k - 6), k):
        attributes["_prior"] = True  # 两人上一次会面是在今年6月: an earlier meeting of its own, not today's talks retold
    elif t.name in ("MEET", "CALL") and own_time and pair_dated_apart(page, c, k):  # 中越两军首次…会晤于2014年3月举行:
        attributes["_prior"] = attributes["_apart"] = True  # of its own month, and no retelling by people is of it
    if seg is not None and seg.kind == "title" and t.name not in _OWN_DAYS:
        attributes["_head"] = True  # (merging: the headline's parties may be the lands of the article's)
    summary = t.name in ("VISIT", "MEET", "CALL", "CONFERENCE", "AGREEMENT") and sums_up(text, c)
    if summary and not any(x.value and x.kind != "duration" for x in page.times.starting_in(c.sentence[0], c.end)):
        attributes["_loose"] = True  # 甲访越、乙出席…等是过去一周的主要新闻事件: told again below, on its days
    anchor, _ = page.anchor(c.brief)
    pub = page.doc.published
    # a day just after an inferred page date says the inference fell short, not that the event is to come
    # (an anniversary's day is known apart from the report: after the report it is still to come)
    guessed = c.brief is None and pub is not None and pub.method == "inferred" and t.name != "ANNIVERSARY" \
        and not announced_day(page)
    later = after_report(date, anchor, guessed)
    # what the clause announces before its verb ("将于2月6日…进行国事访问"), not what a speaker
    # says will come ("强调…将为增进…")
    # the modality of the sentence up to the trigger scopes over it: 将于2月6日…访问,共同主持…会晤
    ahead = bool(plan_marked(cb.planned, text, c.start, k, t.name in _DECIDED_DONE) or plan_marked(cb.planned_sentence, text, c.sentence[0], k) or
                 any_of(cb.planned_after).search(text, k, c.end) or plan_after_trigger(text, k, trig))
    # (启程前往…出席于5日至7日举行的…峰会 on the 5th: an aim whose own days begin on the report's is under way)
    aim = trip_aim(text, c, t.name, cb, k) and not under_way(page, c, date, anchor)
    ahead = ahead or tomorrow_marked(page, cb.tomorrow, c.start, k + 1) or aim or wished_before(text, c.start, k) or \
        (t.name == "ANNIVERSARY" and anniversary_ahead(page, c, anchor, cb))
    # 同意联合举行好两国建交60周年纪念活动: a celebration agreed on is still to be held
    celebrated = t.name == "ANNIVERSARY" and (celebration_agreed(text, c, k, trig) or celebration_planned(text, c, k, trig))
    ahead = ahead or celebrated or (t.name == "VISIT" and on_the_eve(page, c.brief, date, anchor))  # 访问前夕
    # (a statement's words are not planned, 某某表示将…; an address announced is: 将于21日赴某大学发表演讲)
    own = own_occasion(text, c.start, k, trig, bool(participants) and "PERSON" in page.types_of.get(participants[0], ()),
                       c.sentence[0]) if t.name == "STATEMENT" else None
    planned = (t.name != "STATEMENT" or own == "address") and bool(ahead or later)
    planned = planned or (t.name == "STATEMENT" and speech_planned(cb.planned, text, c.start, k, trig))  # 将作大会发言
    if planned and not later and (cb.relative_done.match(text, k + len(trig)) or (t.name == "AGREEMENT" and in_force(text, c.sentence[0], k, trig))):
        planned = False  # 将认真落实…最近通电话所达成的共识: the call was held (将落实好…协议: the instrument is in force)
    if planned and not later and t.name != "ANNIVERSARY" and (told_done(page, c, k, date, anchor) or
                                                                dated_look_back(t.name, text, c.start, k, k + len(trig), c.end)):
        planned = False  # 经修订后于2024年4月8日签署并将于2025年…生效: the signing dated before the report is done
    if planned and seat_held_now(t.name, date, precision, end_date, anchor):
        planned = False  # 助力越南成功担任2020年东盟轮值主席国 (a page of 2020): the seat is held now
    # (协议签署35周年(1977.7.18—…): the signing the count dates is history too)
    if (t.name == "RELATION_CHANGE" or (t.name == "AGREEMENT" and rx.compile(r"(?:签署)?\d+周年[(（]").match(text[k + len(trig):k + len(trig) + 10]))) and date and anchor and date[:4] < anchor[:4]:
        planned = False  # 配合举行越柬建交55周年(1967.6.24-…)庆祝活动: the founding told is history
    end_date = end_date or span_end(page, c, k, trig, t.name, date, precision)  # 为期4天的访问: its last day
    moved = planned_days(page, c, k, t.name, date) if planned else None
    if moved:  # announced without days of its own, or dated by the announcing: the days the page plans
        date, precision, end_date = moved
    if celebrated and planned and precision == "day" and not after_report(date, anchor, guessed):  # not the talks' day
        date, precision, end_date = celebration_year(page, c, k, trig, anchor), "year", None
    if t.name == "ANNIVERSARY":  # the count of years tells one anniversary from another told beside it
        years = rx.compile(r"(\d+)\s*周年").search(text[max(c.start, k - 5) if trig == "周年" else k:k + len(trig) + 8])
        if years:
            attributes["_years"] = years.group(1)
    kind = kind_of(t, kind_span(text, c.start, c.end, k, trig) if t.name == "STATEMENT" else clause)
    if t.name == "STATEMENT" and not kind and speech_framed(text, c.sentence[0], c.start):
        kind = "speech"  # 在致辞中,某某强调…: words of a speech
    kind = own if own in ("written statement", "press statement") else kind or own  # 书面讲话, 发表的声明说: whatever word
    if kind:
        attributes[t.attribute] = kind
    if t.name == "VISIT":  # 某省代表团对中国广西…访问: a visit between localities
        participants = between_localities(page, c, k, trig, participants)
    actor_mentions = [m for m in mentions if (e := page.entities.get(m.entity_id)) and e.name in participants]
    ev = Event(type=t.name, status="planned" if planned else "occurred", start=c.sentence[0], end=c.sentence[1],
               participants=participants, location=location, date=date, date_precision=precision,
               end_date=end_date, cameo=t.cameo or None, plover=t.plover or None, brief=c.brief,
               channel=channel(page, cb, c, actor_mentions, t, kind, participants), attributes=attributes)
    if t.name == "VISIT" and (cb.visit_reference.match(text, c.sentence[0]) or cb.visit_reference.match(text, c.start)
                              or cb.visit_reference_before.search(text, c.start, k)
                              or (seg is not None and seg.kind == "title") or summary):  # a headline, a summary
        # 这是石破茂首相就任以来首次访越: the visit told elsewhere on the page (its day too, when the
        # sentence tells none of its own)
        # (…且自民党将于10月4日选出…,因此此次将是某某最后一次访韩: only a time in the clause that names it back, fp2)
        told = c.start if cb.visit_reference_before.search(text, c.start, k) and not cb.visit_reference.match(text, c.sentence[0]) else c.sentence[0]
        attributes["_ref"] = "dated" if own_time_of_reference(text, page.times.starting_in(told, c.end), k) else "loose"
    if t.name == "VISIT" and trig in cb.mutual_words:
        return mutual_visits(page, ev)
    if t.name == "VISIT":
        ev.participants = participants = host_on_page(page, trig, cb.visit_host, participants)  # 访澳 on a Macao page
        ev.source, ev.target = participants[:-1] or participants, participants[-1:]
        respective = respective_visits(page, cb, ev, k, predecessor_names(page, c, k))
        if len(respective) > 1:  # 甲与乙分别于2000年与2006年访问越南: a visit each
            page.itinerary = []
            return respective
        legs = [ev] + [Event(**{**ev.__dict__, "participants": ev.source + [host], "target": [host], "location": None,
                                "attributes": dict(ev.attributes)}) for host in getattr(page, "itinerary", [])]
        if len(legs) > 1:
            for leg in legs:
                leg.attributes["itinerary"] = "+".join(x.target[0] for x in legs)
        page.itinerary = []
        return legs
    if t.name == "MESSAGE" and page.message_groups:
        groups, page.message_groups = page.message_groups, []
        groups = ways_back(page, groups) if exchanged(text, c.start, k) else groups  # 也分别同六国总理互致贺电
        # the lands of each side ride along (as private attributes) for merging one occasion's messages
        return [Event(**{**ev.__dict__, "participants": who + to, "source": who, "target": to,
                         "attributes": {**ev.attributes, "_from": lands, "_to": to_lands}})
                for who, to, lands, to_lands in groups]
    # (a statement's speakers, together where two are read (甲在与乙举行的发布会上说), are its source: no one is its target)
    ev.source, ev.target = (list(participants), []) if t.single_actor else (participants[:1], participants[1:2])
    if t.name == "DISAPPROVE" and (aroused := aroused_protests(page, c, k, ev)):
        return aroused  # 引起越南和菲律宾的批评: each land named after the verb of arousing disapproves (aroused.py)
    if t.name == "MESSAGE" and exchanged(text, c.start, k):  # 中越两国领导人互致贺电: one each way
        return exchange_ways(page, ev)
    if t.single_actor and participants:
        listed, _ = listed_speakers(page, c, k, participants[0])
        # 甲与乙共同主持记者会, 甲、乙、丙…并代表…表示感谢: one statement of them all; but 甲、乙、丙出席并致辞,
        # 甲与乙共同主持会议并致辞: a speech each
        each = speaks_each(kind, text[c.start:k])
        if len(listed) > 1 and not each:
            ev.participants = ev.source = listed
        elif len(listed) > 1:
            return [Event(**{**ev.__dict__, "participants": [p], "source": [p], "target": [],
                             "attributes": dict(ev.attributes)}) for p in listed]
    press = press_talk(page, ev, clause) if t.name == "MEET" else None
    if press is not None:
        return [press]  # 与越南媒体记者进行交谈: an interview, not talks
    if t.name in _BODY_PAIRS and len(per_land := body_each(page, cb, ev, k, c)) > 1:
        return per_land  # 东盟将分别同日本、韩国举行外长会议: one with each land
    if t.name in ("MEET", "CALL"):
        return one_by_one(page, cb, ev, k, c)
    guest = guests(page, c, k) if t.name == "DEPLOYMENT" else None
    if guest is not None:  # 各国驻越南大使一同出席出征仪式: the guests take no part in the deployment
        ev.participants = [p for p in ev.participants if p not in guest] or ev.participants
        return [ev]
    return served_lands(page, ev, c, k) or split_lists(page, ev, clause)  # 在甲、乙等地区: one per land served


def _own_channels(page: EventPage, cb: Codebook, t: EventType, c: Clause, k: int, got: list[Event]) -> list[Event]:
    """One clause's event split into several (甲和乙分别会见丙, 甲、乙、丙出席并致辞): each part's pillar is read from its
    own actors, not from all the clause's (越共中央总书记甲和国家主席乙分别会见丙: 乙's meeting is the state's)."""
    if len(got) < 2 or len({e.channel for e in got}) > 1:
        return got
    mentions = before_site_name(page, c.start, k, c.end)
    for e in got:
        own = [m for m in mentions if (x := page.entities.get(m.entity_id)) and x.name in e.participants]
        e.channel = channel(page, cb, c, own, t, e.attributes.get(t.attribute), parties=e.participants)  # type: ignore[arg-type]
    return got


# a headline's event of these types is not the article's by default: visits have their own reading of
# headlines (_ref), and a page tells several signings (路线图 in the headline, 重要文件 below) and speeches
_OWN_DAYS = ("VISIT", "AGREEMENT", "STATEMENT")
# (issue 13) types whose decision is the deed: 决定向老挝提供…援助 grants the aid (将/拟/愿 still plan it)
_DECIDED_DONE = ("AID",)
_BODY_PAIRS = ("MEET", "CALL", "CONFERENCE")  # two countries' bodies meet (an instrument named so is the countries')


def extract_events(doc: Document) -> list[Event]:
    """Events of every type in the main article and in each brief, merged within the page."""
    cb = codebook()
    page = EventPage(doc)
    events: list[Event] = []
    found = page.trigger_hits
    starts = [k for k, _ in found]
    summit_words = set(cues("pair_summit_words"))
    for c in clauses(doc, starts):  # (only the sentences a trigger word starts in)
        in_clause = found[bisect_left(starts, c.start):bisect_left(starts, c.end)]
        if not in_clause:
            continue
        here = {name for _, w in in_clause for name in cb.trigger_types[w]}
        # the clause's words of a call, for talks a longer one tells by phone (会谈 of 电话会谈)
        calls = [(a, w) for a, w in in_clause if "CALL" in cb.trigger_types[w]] if "CALL" in here else []
        if "MEET" in here or "CONFERENCE" in here:
            here.add("CALL")  # talks by phone or video (senses.py)
        if any(w in summit_words for _, w in in_clause):
            here.add("MEET")  # (美朝峰会: two lands' summit, finding/pairsummits.py)
        for t in _types_of(cb, here):  # (the types the clause's words can be, in order)
            hits = find_triggers(page, c, t, cb, in_clause, calls)
            if not hits:
                continue
            # several triggers of one type: a part per trigger when each part names its own actors or its own year
            parts = clause_parts(page, c, t.name, hits)
            for part, k, trig in parts:
                got = _one(page, cb, t, part, k, trig)
                got = _own_channels(page, cb, t, part, k, got) if len(got) > 1 else got
                # 开幕式上致辞时,总理某某强调: a speech word with no speaker before it; a later one has one
                # (the speaker a person named between the two words)
                for k2, trig2 in hits[1:] if t.single_actor and not got else []:
                    named = {e.name for m in page.in_span(k + len(trig), k2) if (e := page.entities.get(m.entity_id)) is not None
                             and e.type == "PERSON"}
                    got = [e for e in _one(page, cb, t, part, k2, trig2) if e.participants[0] in named]
                    if got:
                        break
                events += got
    events += visits_abroad(page, events)  # 在达喀尔同塞内加尔总统会谈: the talks abroad tell the visit
    return finish_events(page, events)
