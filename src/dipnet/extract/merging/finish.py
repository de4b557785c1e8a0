"""The page-level steps after every clause has given its events, in the order they run: what one
clause cannot see (a message rolled over several recipients, a plan told before, a headline summing
up, the same event told twice, a party standing for its own side) is settled over the page's events."""

from __future__ import annotations

from dipnet.extract.attributes.begun import begun_visits
from dipnet.extract.attributes.plandates import carry_plans
from dipnet.extract.common.page import EventPage
from dipnet.extract.finding.dialogues import one_dialogue
from dipnet.extract.finding.earlier import earlier_occasions
from dipnet.extract.finding.namedearlier import earlier_named
from dipnet.extract.merging.arrivalgreetings import arrival_greetings
from dipnet.extract.merging.described import described_out
from dipnet.extract.merging.headsums import stated_lands, summing_heads, told_trips, unnamed_senders
from dipnet.extract.merging.heldfishers import held_fishers
from dipnet.extract.merging.merge import merge_events
from dipnet.extract.merging.personhosts import person_hosts_out
from dipnet.extract.merging.residentvisits import resident_visits
from dipnet.extract.merging.tripdays import trip_days
from dipnet.extract.merging.welcomeguests import welcomed_visitors
from dipnet.extract.participants.bodyvoices import body_voices
from dipnet.extract.participants.conveyed import meeting_days
from dipnet.extract.participants.electedout import elected_out
from dipnet.extract.participants.holders import conference_holders
from dipnet.extract.participants.landorgans import land_organs_dropped
from dipnet.extract.participants.landprefix import land_prefixes_dropped
from dipnet.extract.participants.meetingorgans import meeting_organs_dropped
from dipnet.extract.participants.meetingsigners import meeting_signers
from dipnet.extract.participants.messagerolls import rolled_messages
from dipnet.extract.participants.ownsides import own_sides
from dipnet.extract.participants.signerlands import signer_lands
from dipnet.extract.participants.spokespeople import spokespeople_out
from dipnet.extract.participants.visitrefs import region_trips
from dipnet.model import Event


def finish_events(page: EventPage, events: list[Event]) -> list[Event]:
    """The page's events once the clauses are read: rolled, dated across sentences, merged."""
    doc = page.doc
    events = events + rolled_messages(page, events)
    events = earlier_named(page, events)  # 继某市APEC峰会之后…第三次会晤: the meeting named is done, told before is that one
    events = events + earlier_occasions(page, events)  # 继2000年、2007年之后…第三次会晤: each time an occasion done before
    held_fishers(page, events)  # 中国执法人员殴打作业的越南渔民: the acting side and the fishermen's country
    meeting_days(page, events)  # 在会见…时,甲转达了…的问候: conveyed on the meeting's day
    meeting_signers(page, events)  # 会议…。同时,签署了联合通报: the meeting's own parties sign
    events = arrival_greetings(doc.text, events)  # 乙到机场迎接: a greeting on arrival is no meeting
    events = resident_visits(page, events)  # 驻马来西亚大使甲前往拜会…: an envoy does not visit the land of the post
    welcomed_visitors(page, events)  # 甲、乙等在机场迎接: the visitor told arriving before is the guest
    carry_plans(events, doc.text, page.times.starting_in,  # 此次访华: the planned trip told before
                lambda pos: (seg := doc.segment_at(pos)) is not None and seg.kind in ("caption", "brief_caption"))
    people = {e.name for e in doc.entities if e.type == "PERSON"}
    lands = stated_lands(page, {e.name: e.country for e in doc.entities if e.country})
    events = told_trips(unnamed_senders(page, summing_heads(page, events, people, lands)))  # (a headline, a lead summing up)
    events = spokespeople_out(page, events)  # 发言人毛宁就某某将赴巴西…答记者问: the spokesperson tells, others make
    body_voices(page, events)  # 外交部发言人幽默回应 over 外交部发言人耿爽…: the body's words are its named spokesperson's
    events = elected_out(page, events)  # …国会第一次会议选举某某为国家主席: the one elected attends not
    events = described_out(page, events)  # 某论坛是由甲、乙…组成的组织: what the body is, no event (described.py)
    countries = {e.name for e in doc.entities if e.type == "COUNTRY"}
    events = trip_days(merge_events(one_dialogue(events), people, lands, doc.text, countries), doc.text, people)
    events = own_sides(page, begun_visits(page, region_trips(page, events)))
    events = person_hosts_out(page, events)  # 接替…某某就任后首次出国访问: a person hosts no visit
    signer_lands(page, events)  # 两人…见证两国…签署: the people's lands are the agreement's parties (signerlands.py)
    land_organs_dropped(page, events)  # 中国外交部 beside 中国: the land is the side (landorgans.py)
    land_prefixes_dropped(page, events)  # 向土耳其AFAD机构捐赠: the land qualifies its own body (landprefix.py)
    meeting_organs_dropped(page, events)  # 东盟外长会议 beside 东盟: the parent holds it (meetingorgans.py)
    conference_holders(page, events)  # 此次会议由轮值主席国甲主办: the holders take part (holders.py)
    return events
