"""One event per real-world event within a page: a departure, an arrival and the visit are one
VISIT; a headline and its summary are one event; talks reported twice are one MEET."""

from __future__ import annotations

import re

from dipnet.extract.common.codes import codebook
from dipnet.extract.finding.dialogues import session_apart
from dipnet.extract.finding.kinds import bare_ceremony
from dipnet.extract.finding.notsigned import adopted_at_home
from dipnet.extract.finding.sameday import dates_agree, days_of_one_trip, sentence_dates
from dipnet.extract.finding.signings import bare_instrument, headline_only, mark_signings, same_signing, signing_parties
from dipnet.extract.finding.spoken import hosts_by_party, said_within, spoken_for, statement_pattern, statement_speakers
from dipnet.extract.merging.bylines import strip_bylines
from dipnet.extract.merging.congratulated import congratulated_out
from dipnet.extract.merging.givers import direction_of, told_direction
from dipnet.extract.merging.handover import seat_changes
from dipnet.extract.merging.merge_index import MergeIndex, unit_names, unit_word
from dipnet.extract.merging.messagewords import message_words
from dipnet.extract.merging.namedtwice import keep_days, named_twice
from dipnet.extract.merging.posts import join_postless
from dipnet.extract.merging.prune import prune, told_after_talks
from dipnet.extract.merging.relationpairs import anniversary_pairs
from dipnet.extract.merging.retold import one_by_one_told, people_for_lands
from dipnet.extract.merging.sessions import one_numbered, one_session, paired_apart, retold_session
from dipnet.extract.merging.speakers import conference_speech_days, seat_speakers
from dipnet.extract.merging.summaries import Tally, summarized
from dipnet.extract.merging.summons import summoned_apart
from dipnet.extract.merging.trips import same_trip as _same_trip
from dipnet.extract.merging.undated import join_undated
from dipnet.extract.participants.groupsmet import group_met_apart
from dipnet.extract.participants.thanked import opposite_gifts
from dipnet.model import Event


def _known(lands: set[str]) -> bool:
    """Every land an ISO code (an actor whose land the page does not say stands as its own name)."""
    return all(len(x) == 2 and x.isupper() for x in lands)


def _covered(a: Event, b: Event, people: set[str], lands: dict[str, str]) -> bool:
    """Every party of `a` is one of `b`'s, or a country or body standing for a person of `b` from its
    land (越中两军…会晤 in the headline, 越南国防部 and 冯光清 in the lead, 常万全 and 冯光清 below). A
    headline's country or body may stand for a body of `b` from its land too, where another of its
    parties stands for a person of `b` (老挝国会主席会见越南代表团 over 赛宋蓬会见了越南和平委员会代表团:
    越南 for the committee, 老挝国会 for its chairman): a headline names the sides by title and land."""
    theirs = {lands.get(p) for p in b.participants if p in people} - {None}
    if not theirs:
        return False
    if all(p in b.participants or (p not in people and lands.get(p) in theirs) for p in a.participants):
        return True
    if not a.attributes.get("_head"):
        return False
    sides = theirs | ({lands.get(p) for p in b.participants if p not in people} - {None})
    return any(p not in b.participants and p not in people and lands.get(p) in theirs for p in a.participants) and \
        all(p in b.participants or (p not in people and lands.get(p) in sides) for p in a.participants)


_ABBREVS = re.compile(r"\([A-Za-z0-9 .&+-]{1,12}\)")  # a meeting's abbreviation in its name: (10+1), (FOM)
_BODY_TAIL = 3  # characters of a body's name before its meeting word that two names of one meeting share
_SIGNED = ("AGREEMENT", "AID")  # the types a signing or a gift is told again in (signings.same_signing, bare_instrument)


def _one_body(a: Event, b: Event, tail: int = _BODY_TAIL) -> bool:
    """Two names of one body's meeting (越老合作委员会会议, 越南与老挝合作委员会会议): the same meeting word,
    and the body's name before it the same over its last few characters (the parties before it told
    shorter in a headline)."""
    na, nb = str(a.attributes.get("name") or ""), str(b.attributes.get("name") or "")
    trig = str(a.attributes.get("trigger") or "")
    if not trig or trig != b.attributes.get("trigger") or not (na.endswith(trig) and nb.endswith(trig)):
        return False
    n = len(trig) + tail
    return len(na) > n and len(nb) > n and na[-n:] == nb[-n:]


def _same(a: Event, b: Event) -> bool:
    """Within one teaser (or the article) overlapping reports merge; across teasers only the
    same actors on the same day do — the 更多 block repeats one visit as departure and arrival."""
    if a.type == b.type == "MEET" and (group_met_apart(a, b) or session_apart(a, b)):
        return False  # (each test that can only say no for other types is asked of its own type alone)
    if a.attributes.get("_each") and b.attributes.get("_each") and a.start == b.start and a.target != b.target:
        return False  # 东盟将分别同日本、韩国举行外长会议: the meetings one by one stay apart
    conference = a.type == b.type == "CONFERENCE" and a.brief == b.brief
    if conference and a.status == b.status and one_session(a, b):
        return True  # 第30届外交会议开幕式 on the 13th, 第30届外交工作会议 closing on the 17th: one meeting
    if conference and one_numbered(a, b):
        return True  # 越南-中国双边合作指导委员会第十三次会议 (将…主持) and 关于越中双边合作指导委员会第十三次会议…
    if a.type == b.type == "VISIT" and (a.attributes.get("_ref") or b.attributes.get("_ref")) and \
            a.brief == b.brief and _same_trip(a, b) and \
            (dates_agree(a, b) or _announced(a, b) or _announced(b, a)):
        return True  # 这是欧巴马首度访越, 此访是…: the visit the page tells (将于5月底访问), whatever its status
    if conference and named_twice(a, b):
        return True  # 第26届东盟地区论坛高官会 listed, then on its day: one meeting (namedtwice.py)
    one_kind = a.type == b.type and a.brief == b.brief  # (the three tests below read only such pairs)
    # a signing told again (its ceremony, signers, documents; a bare memorandum), a headline over its lead
    if one_kind and ((a.type in _SIGNED and (same_signing(a, b) or bare_instrument(a, b)))
                     or ((a.attributes.get("_head") or b.attributes.get("_head")) and (_head_retold(a, b) or _head_retold(b, a)))):
        return True
    if a.type != b.type or a.status != b.status or not dates_agree(a, b) or (a.type == "DISAPPROVE" and summoned_apart(a, b)):
        return False  # what is planned and what happened are two events (a summons and another protest too)
    pa, pb = set(a.participants), set(b.participants)
    ka, kb = a.attributes.get("instrument"), b.attributes.get("instrument")
    if a.type == "AGREEMENT" and ka and kb and ka != kb and (a.start != b.start or pa != pb):
        # a roadmap and another document signed the same day are two signings; the documents one
        # sentence lists for the same parties (交换仪式,包括…协定、…备忘录) are one
        return False
    ya, yb = a.attributes.get("_years"), b.attributes.get("_years")
    if ya and yb and ya != yb:
        return False  # 国庆107周年和建交75周年, celebrated on one day, are two anniversaries
    if a.type == "MESSAGE" and a.brief == b.brief and "_from" in a.attributes and "_from" in b.attributes:
        # one MESSAGE per sending country on one occasion: the same senders' land to the same recipients'
        # land (a side whose land the page does not say goes with the others)
        fa, fb = set(a.attributes["_from"]), set(b.attributes["_from"])
        ta, tb = set(a.attributes["_to"]), set(b.attributes["_to"])
        return bool(fa & fb or not (_known(fa) and _known(fb))) and bool(ta & tb or not (_known(ta) and _known(tb)))
    if a.type == "VISIT":
        return _same_trip(a, b)
    if a.type == "CONFERENCE" and a.brief == b.brief and (bare_ceremony(a) != bare_ceremony(b)):
        return True  # 贾庆林作开幕式主旨演讲 under 论坛7日开幕: the opening of the meeting the page tells
    if a.type == "CONFERENCE" and a.attributes.get("name") and b.attributes.get("name"):
        na, nb = a.attributes["name"], b.attributes["name"]
        if na in nb or nb in na:  # 第30届外交工作会议 and 第30届外交会议开幕式 are one meeting
            return True
        abbrev_a, abbrev_b = set(_ABBREVS.findall(na)), set(_ABBREVS.findall(nb))
        if abbrev_a and abbrev_b and not abbrev_a & abbrev_b:
            return False  # 中国-东盟(10+1)领导人会议, 东盟与中日韩(10+3)领导人会议: two meetings
        if (a.attributes.get("_head") or b.attributes.get("_head")) and a.brief == b.brief and _one_body(a, b):
            return True  # 越老合作委员会会议 over 越南与老挝合作委员会会议: the headline's meeting, its parties shortened
        if a.brief == b.brief and a.date and len(a.date) == 10 and a.date == b.date and _one_body(a, b, 2) \
                and set(a.participants) & set(b.participants):
            return True  # 越中人民论坛 and 越南与中国人民论坛 on one day: one forum, its parties named two ways
        ordinal = codebook().meeting_ordinal
        if (ordinal.search(na) and ordinal.search(nb)) or paired_apart(na, nb):
            return False  # 第20届中国-东盟领导人会议、第20届东盟与中日韩领导人会议: two numbered meetings listed
    if a.type == "DEPLOYMENT" and a.brief == b.brief and _same_unit(a, b):
        return True
    if a.brief == b.brief and unit_word(a) and unit_word(a) == unit_word(b) and pa & pb:
        return True  # 越南救援队的精神…, 越南公安部救援队还…: one mission told again
    if a.brief != b.brief:
        return pa == pb
    if a.brief is not None and a.type not in ("STATEMENT", "MESSAGE", "AID", "ANNIVERSARY") and a.start != b.start:
        return True  # a teaser tells one story: its headline, summary and caption share the event
    return pa <= pb or pb <= pa


def _head_retold(head: Event, other: Event) -> bool:
    """A headline told in the present (no time of its own) over the lead that plans the same event
    with the same parties: one event, planned as the lead says."""
    return head.type == other.type and head.brief == other.brief and bool(head.attributes.get("_head")) and \
        not other.attributes.get("_head") and head.status == "occurred" and other.status == "planned" and \
        bool(head.attributes.get("_loose")) and set(head.participants) == set(other.participants)


def _announced(ref: Event, other: Event) -> bool:
    """A reference told without a day of its own (这是拜登首度访越) to a visit announced for a later day
    (将于9月底访问越南): that visit. A visit dated in the past is another one (这是…首次…访问 of this
    year's, beside one of 2016)."""
    return ref.attributes.get("_ref") == "loose" and other.status == "planned"


def _under_way(done: Event, plan: Event) -> bool:
    """A day told done in the span (or month) of the same trip's plan: the plan made known before it began."""
    day, first, last = str(done.date or ""), str(plan.date or ""), str(plan.end_date or "")
    if plan.status != "planned" or len(day) != 10:
        return False  # (将于6月访问 and 12日抵达: a day of that month)
    return day.startswith(first) if len(first) == 7 and not last else len(first) == len(last) == 10 and first <= day <= last


def _same_unit(a: Event, b: Event) -> bool:
    """One unit named again (越南人民军一号二级野战医院, then 一号二级野战医院) is one deployment."""
    return any(x.endswith(y) or y.endswith(x) for x in unit_names(a) for y in unit_names(b))


_TALKS = ("MEET", "CALL")  # told by the people who talk, or by their countries and bodies
# …and a visit told once by the visitor and once by the visitor's country (欢迎苏林总书记及越南高级代表团访老
# beside 苏林抵达万象,开始对老挝进行国事访问): the host is the same, the country stands for its leader
_TOLD_BY_LANDS = _TALKS + ("VISIT",)


def _told_by_lands(a: Event, b: Event, people: set[str], lands: dict[str, str]) -> bool:
    """Talks or a call of one teaser (or the article) told once by the people who held them and once
    by their countries or bodies, on agreeing days: one event."""
    return a.type == b.type and a.type in _TOLD_BY_LANDS and a.brief == b.brief and a.status == b.status \
        and dates_agree(a, b) and not group_met_apart(a, b) and not session_apart(a, b) and (_covered(a, b, people, lands) or _covered(b, a, people, lands))


# told again with a body in place of its country: a headline's event (越南接收由中国国防部捐赠的疫苗 over 中国国防部向越南国防部捐赠…) or aid thanked for (越南国防部感谢中国国防部的及时援助)
_RETOLD_WITH_BODIES = ("AID",)
# …and a headline's protest or statement told with the ministry where the article names its official
_HEAD_BODIES = ("DISAPPROVE", "AID", "AGREEMENT", "CONFERENCE")


def _told_with_bodies(a: Event, b: Event, lands: dict[str, str], nations: set[str], people: set[str]) -> bool:
    """One event of one teaser (or the article) on agreeing days, told once with a country where the
    other telling names a body of it: every party of one is the other's, or a country whose land is
    one of the other's parties' lands."""
    if a.type != b.type or a.brief != b.brief or a.status != b.status or not dates_agree(a, b):
        return False
    if a.type not in _RETOLD_WITH_BODIES and not (a.attributes.get("_head") or b.attributes.get("_head")):
        return False
    if a.type == "MESSAGE" and _sent_apart(a, b):
        return False  # 甲同乙互致贺电 in the headline: each side's message, not one told twice (SPEC: one per sending country)

    head = bool(a.attributes.get("_head") or b.attributes.get("_head")) and a.type in _HEAD_BODIES and \
        (a.type != "DISAPPROVE" or all(statement_pattern("protest_acts").search(str(e.attributes.get("trigger", "")))
                                       for e in (a, b)))

    def within(x: Event, y: Event) -> bool:
        theirs = {lands.get(p) for p in y.participants} - {None}
        # (a headline's body stands for its country too: 外交部就…提出严正抗议 over 副部长某某召见…, 提出抗议)
        return all(p in y.participants or ((p in nations or (head and p not in people)) and lands.get(p) in theirs)
                   for p in x.participants)

    def summed(x: Event, y: Event) -> bool:  # 祖国阵线向政协致贺电 over 贺电指出,裴氏明怀…向王沪宁致以祝贺
        return x.type == "MESSAGE" and bool(x.attributes.get("_head")) and not set(x.participants) & people \
            and bool(set(y.participants) & people)

    return within(a, b) or within(b, a) or summed(a, b) or summed(b, a)


def _sent_apart(a: Event, b: Event) -> bool:
    """Two messages whose senders' lands are known and none the same (the two ways of an exchange)."""
    fa, fb = set(a.attributes.get("_from") or ()), set(b.attributes.get("_from") or ())
    return bool(fa and fb) and _known(fa) and _known(fb) and not fa & fb


def _same_aid_day(a: Event, b: Event, lands: dict[str, str]) -> bool:
    """Aid told twice on one day a telling gives (not only the page's, ai3) between the same two lands (大使率代表团
    前往…移交捐款, then 大使代表…向副部长移交5000万基普): one handover, whatever bodies each telling names."""
    if a.type != "AID" or b.type != "AID" or a.brief != b.brief or a.status != b.status:
        return False
    if not (a.date and a.date == b.date and len(a.date) == 10) or (a.attributes.get("_untimed") and b.attributes.get("_untimed")):
        return False
    la = {lands.get(p) for p in a.participants} - {None}
    return len(la) >= 2 and la == {lands.get(p) for p in b.participants} - {None}


def absorb(twin: Event, ev: Event, people: set[str] | None = None) -> None:
    """What `ev`, told again, adds to the event already kept (`twin`); people: the page's person
    names (talks keep the telling that names more of the people who held them; fm1: visits the one naming more of
    the people who travel, 由某某率领的代表团抵达 over 某国派出代表团访问)."""
    def named(e: Event) -> int:
        return sum(p in people for p in e.participants) if people and e.type in _TOLD_BY_LANDS else 0

    # the senders and recipients of every message of the occasion; each chair, speaker, attendee a conference is told with
    own_days = keep_days(twin, ev) if named_twice(twin, ev) else None
    before = direction_of(twin)  # (aid's giver as a clause told it: givers.py)
    parties = signing_parties(twin, ev)
    if parties is not None:  # a signing told again: its signers and witnesses join, its documents do not
        twin.participants = parties
    elif ev.type == "CONFERENCE" and retold_session(twin, ev):
        # (关于越中…委员会第十三次会议,发言人表示: a mention by name, its sides read off the body's name; the
        # people it names are the meeting's, the countries are not)
        twin.participants = twin.participants + [p for p in ev.participants if p not in twin.participants and p in (people or ())]
    elif ev.type in ("MESSAGE", "CONFERENCE"):
        twin.participants = twin.participants + [p for p in ev.participants if p not in twin.participants]
        twin.source = twin.source + [p for p in ev.source if p not in twin.source]
        twin.target = twin.target + [p for p in ev.target if p not in twin.target]
    elif ev.brief is not None and not set(ev.participants) <= set(twin.participants):
        twin.participants = twin.participants + [p for p in ev.participants if p not in twin.participants]
    elif named(ev) > named(twin) or (named(ev) == named(twin) and (len(ev.participants) > len(twin.participants) or (
            len(ev.participants) == len(twin.participants) and headline_only(twin, ev)))):
        twin.participants = ev.participants
        twin.source, twin.target = ev.source, ev.target
    if ev.type == "CONFERENCE" and ev.date and twin.date and len(ev.date) == len(twin.date) == 10 \
            and ev.date != twin.date:  # its opening and its closing day: the meeting spans them
        days = sorted({ev.date, twin.date, ev.end_date or ev.date, twin.end_date or twin.date})
        twin.date, twin.end_date = days[0], days[-1]
    elif ev.type == "VISIT" and ev.date and twin.date and len(ev.date) == len(twin.date) == 10 and ev.date < twin.date \
            and days_of_one_trip(twin, ev):  # (a trip told on a later day first: it began on the earlier one)
        twin.date, twin.end_date = ev.date, twin.end_date or twin.date
    elif ev.date and (not twin.date or len(ev.date) > len(twin.date)) and not ev.attributes.get("_signing_bare") and ev.attributes.get("_ref") != "loose":
        twin.date, twin.date_precision, twin.end_date = ev.date, ev.date_precision, ev.end_date
    if twin.attributes.get("_head") and not ev.attributes.get("_head") and ev.status == "planned" \
            and not _under_way(twin, ev):
        twin.status = ev.status  # (_head_retold: the lead plans what the headline tells)
    if twin.attributes.get("_ref") and not ev.attributes.get("_ref"):  # 这是…首次访越, then the visit told (12日抵达金边
        # told done, then 9月10日至15日…将访问 quoted: the plan under way, it stays a reference)
        if not (twin.attributes["_ref"] == "dated" and twin.status == "occurred" and _under_way(twin, ev)):
            twin.status = ev.status
            if twin.attributes.pop("_ref") == "loose":
                twin.date, twin.date_precision, twin.end_date = ev.date, ev.date_precision, ev.end_date
    if twin.attributes.get("_loose") and ev.date and not ev.attributes.get("_loose") and ev.type != "ANNIVERSARY":
        # (an anniversary keeps its own day, the one the count of years gives, over the day it was marked)
        twin.date, twin.date_precision, twin.end_date = ev.date, ev.date_precision, ev.end_date
        del twin.attributes["_loose"]  # the told day, not the day a retelling took from its paragraph
    if twin.attributes.get("_signing_bare") and not ev.attributes.get("_signing_bare"):
        # (谅解备忘录 named bare, then its signing told: the signing's day, status and parties)
        twin.date, twin.date_precision, twin.end_date, twin.status = ev.date, ev.date_precision, ev.end_date, ev.status
        twin.participants, twin.source, twin.target = ev.participants, ev.source, ev.target
        del twin.attributes["_signing_bare"]
    if own_days is not None:  # one named meeting told twice: the telling with a day of its own (namedtwice.py)
        twin.date, twin.date_precision, twin.end_date, twin.status = own_days
    twin.location = twin.location or ev.location
    if ev.type == "CONFERENCE" and codebook().meeting_ordinal.search(str(ev.attributes.get("name") or "")) and \
            not codebook().meeting_ordinal.search(str(twin.attributes.get("name") or "")):
        twin.attributes["name"] = ev.attributes["name"]  # (东盟峰会, then 第28届东盟峰会: the numbered name tells it)
    for k, v in ev.attributes.items():
        # a retelling's looseness (or its telling a signing again) is not the kept event's
        if k not in ("_loose", "_ref", "_untimed") and not k.startswith("_signing"):
            twin.attributes.setdefault(k, v)
    told_direction(twin, ev, before)


_INDEX_FROM = 48  # kept events beyond which merging files them in a MergeIndex (a constant: still linear)


def merge_events(events: list[Event], people: set[str] | None = None,
                 countries: dict[str, str] | None = None, text: str = "", nations: set[str] | None = None) -> list[Event]:
    """people: the page's person names; countries: each named actor's country (ISO code); text: the
    page's normalized text the events' spans point into; nations: the page's country names."""
    people, countries = people or set(), countries or {}
    events = anniversary_pairs(events, text, nations or set()) if text else events  # 中国与六国建交70周年: one per pair
    events = prune(strip_bylines(events, text, people) if text else events, text, people)
    conference_speech_days(events, text)  # 某某在会议上发表讲话: the day of the conference told before, not the page's
    hosts = hosts_by_party(events)
    # (丛氏放在第141届…大会上发表了重要讲话: a speech the sentence places at a conference is its own, whatever
    # talks the speaker held that day — SPEC: a speech at a conference is both)
    at_conference = {(e.brief, e.start) for e in events if e.type == "CONFERENCE"}
    events = [e for e in events if e.type != "STATEMENT" or (e.brief, e.start) in at_conference
              and e.attributes.get("kind") == "speech" or not said_within(e, hosts, text)]
    # (a body's readout after talks is its statement, as a spokesperson's: no person or country of the talks)
    events = told_after_talks(events, text, lambda n: n not in people and n not in (nations or set()))
    events = message_words(events)  # (…分别致电甲、乙,代表…表示慰问: the message's words, no recipient's statement)
    events = [e for e in events if not (text and adopted_at_home(e, text[e.start:e.end], countries))]
    speakers = statement_speakers(events, people, countries)
    events = [e for e in events if not spoken_for(e, speakers, people, countries, text)]
    if text:
        sentence_dates(events, text)
        mark_signings(events, text)
    events = one_by_one_told(events, people, countries)
    tally = Tally(events, people)
    events = [e for e in events if not summarized(e, tally, people)]
    out, grown = _merge_pass(events, people, countries, nations or set())
    # (a telling merged in may make two kept ones the same: 越南一号二级野战医院抵达南苏丹 took in 参加联合国维和行动的
    # …野战医院即将前往南苏丹, which now covers 越南在参加联合国维和行动中…, kept apart before; talks told by lands too;
    # it tests only pairs where one took something in: the first tested the others as they are, issue 17)
    if len(out) < len(events):
        out, _ = _merge_pass(out, people, countries, nations or set(), grown)
    out = join_undated(out, lambda a, b: _same(a, b) and not opposite_gifts(a, b, countries), lambda twin, ev: absorb(twin, ev, people))
    out = join_postless(out, people)  # 宣读关于选举国会主席的决议草案 beside 某某宣誓就任国会主席: one election
    out = congratulated_out(out, people or set(), text)  # 致电…祝贺她当选 beside 3月31日…选举她为国会主席: one election
    seat_speakers(out, people, text)
    out = seat_changes(out, text, nations or set(), people or set()) if text else out
    for ev in out:
        if ev.type == "MESSAGE":
            people_for_lands(ev, people, countries, nations or set())
    for ev in out:  # the private attributes that only merging reads
        for k in [k for k in ev.attributes if k.startswith("_")]:
            del ev.attributes[k]
    return out


def _merge_pass(events: list[Event], people: set[str], lands: dict[str, str],
                nations: set[str], grown: set[int] | None = None) -> tuple[list[Event], set[int] | None]:
    """One pass: each event merges into the first kept one it is the same as, else is kept; gives the ids of
    the kept that took others in (None: an index chose the pairs tested). grown: a first pass's (below)."""
    out: list[Event] = []
    # few kept events (most pages): a pass over them, cheaper than filing each (an index beyond _INDEX_FROM)
    index: MergeIndex | None = None
    # big: grew's kept's slots; kinds: the kept's slots by type, in keeping order (a pass reads ev's type's only, issue 17)
    again, grew, big, kinds = grown is not None, set() if grown is None else grown, list[int](), dict[str, list[int]]()
    for ev in events:
        twin, bodies, tested = None, False, again and id(ev) not in grew
        aid, by_lands = ev.type == "AID", ev.type in _TOLD_BY_LANDS and bool(people)  # (each test of its own types only)
        with_bodies = ev.type in _RETOLD_WITH_BODIES or bool(ev.attributes.get("_head"))
        for i in (big if tested else kinds.get(ev.type, ())) if index is None else index.candidates(ev):
            if out[i].type != ev.type or (aid and opposite_gifts(out[i], ev, lands)):
                continue  # (both tests below ask for one type: skipped without a call; aid given back is another gift)
            if _same(out[i], ev):
                twin = out[i]
                break
            if out[i].brief != ev.brief or out[i].status != ev.status:
                continue  # (the tests below read one teaser's tellings in one status: no call that can only say no)
            if by_lands and _told_by_lands(out[i], ev, people, lands):
                twin = out[i]
                break
            if ((with_bodies or out[i].attributes.get("_head")) and _told_with_bodies(out[i], ev, lands, nations, people)) \
                    or (aid and _same_aid_day(out[i], ev, lands)):
                twin, bodies = out[i], True
                break
        if twin is None:
            big += [len(out)] if again and id(ev) in grew else []
            kinds.setdefault(ev.type, []).append(len(out)) if index is None else index.add(ev, len(out))
            out.append(ev)
            if index is None and len(out) > _INDEX_FROM:
                index = MergeIndex(people, lands)
                for slot, kept in enumerate(out):
                    index.add(kept, slot)
            continue
        told = list(twin.participants)
        absorb(twin, ev, people)
        big = sorted([*big, i]) if again and id(twin) not in grew else big
        grew.add(id(twin))
        if bodies:  # both tellings' parties: the countries beside the bodies that stand for them
            twin.participants = twin.participants + [p for p in told + ev.participants if p not in twin.participants]
        if index is not None:
            index.refile(twin)  # what merging added (actors, a date, attributes) may make it match more
    return out, grew if index is None else None
