"""Events a trigger found that the page does not report as happening, dropped before merging: what
only the whole sentence around a trigger tells (a joint statement that is the upgrade it announces,
a body's report, a count of years ago). The words are data (events.toml).

(An instrument named with no act on it — 实施…备忘录, 在联合声明中表明立场 — stays an AGREEMENT: the
gold counts named instruments so, on pages of several outlets.)"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter

from dipnet.extract.common.codes import Codebook, codebook
from dipnet.extract.common.cues import cues
from dipnet.extract.finding.answered import answered_at
from dipnet.extract.finding.kinds import kind_of_meeting
from dipnet.extract.finding.notsigned import SIGNED_TYPES, not_signed
from dipnet.extract.finding.sameday import dates_agree
from dipnet.extract.finding.signings import relation_statements
from dipnet.extract.finding.spoken import counted_year, instrument_framed, principle_before, talks_held_ends
from dipnet.extract.merging.discussed import discussed_topic
from dipnet.extract.merging.newssources import news_sources
from dipnet.extract.merging.partnerdeeds import partnership_statements
from dipnet.extract.merging.since import since_only
from dipnet.extract.merging.speakerless import (
    body_figures,
    each_speaks,
    interviewee,
    message_said,
    message_words,
    named_spokesperson,
    no_speaker,
    read_for_others,
    topic_talks,
    unnamed_member,
    unnamed_subject,
)
from dipnet.extract.merging.unitretold import unit_retold
from dipnet.model import Event
from dipnet.rxstarts import finditer as starts_finditer
from dipnet.rxstarts import places as start_places


def _upgrade_statement(ev: Event, sentence: str, cb: Codebook) -> bool:
    """发表关于将双边关系提升至全面战略伙伴关系的联合声明: a joint statement that announces an upgrade is
    the RELATION_CHANGE (SPEC), not an AGREEMENT of its own."""
    return ev.type == "AGREEMENT" and bool(cb.upgrade_instrument.search(sentence))


def _trigger_at(sentence: str, trig: str, hit: Callable[[int], bool]) -> bool:
    """Does `hit` hold at some occurrence of the trigger word in the sentence?"""
    at = sentence.find(trig) if trig else -1
    while at != -1:
        if hit(at):
            return True
        at = sentence.find(trig, at + 1)
    return False


def _body_report(ev: Event, sentence: str, people: set[str], cb: Codebook) -> bool:
    """智库发布的报告称, 协会报告明确指出: what a body's report says is no STATEMENT (no speech, interview,
    article or press statement). A person's report (在政治报告中指出) is left alone: a speech."""
    if ev.type != "STATEMENT" or not ev.participants or ev.participants[0] in people:
        return False
    return _trigger_at(sentence, str(ev.attributes.get("trigger", "")),
                       lambda at: bool(cb.report_before.search(sentence, 0, at)))


def _years_ago(ev: Event, sentence: str, cb: Codebook) -> bool:
    """胡志明主席80周年前宣读《独立宣言》: a count of years ago dates something else; no ANNIVERSARY is
    told where every occurrence of the trigger is such a count."""
    trig = str(ev.attributes.get("trigger", ""))
    if ev.type != "ANNIVERSARY" or not trig or trig not in sentence:
        return False
    return not _trigger_at(sentence, trig, lambda at: not cb.anniversary_ago.match(sentence, at + len(trig)))


def _no_level(ev: Event, sentence: str, cb: Codebook) -> bool:
    """提升到新阶段, 进入共同构建新型大国关系的新时期: a relation told to grow, with no level named after the
    verb (伙伴关系, 外交关系, 共同体…), is no RELATION_CHANGE."""
    trig = str(ev.attributes.get("trigger", ""))
    if ev.type != "RELATION_CHANGE" or not trig or not cb.level_words or trig not in sentence:
        return False
    needs = cb.level_words
    if any(r in trig for r in needs):
        return False

    def names_level(at: int) -> bool:
        rest = sentence[at + len(trig):]
        end = next((i for i, ch in enumerate(rest) if ch in cb.level_clause_end), len(rest))
        return any(r in rest[:end] for r in needs)

    return not _trigger_at(sentence, trig, names_level)


def _undeclared_project(ev: Event, sentence: str, cb: Codebook) -> bool:
    """推动构建越中命运共同体, 为深化构建…擘画宏伟蓝图: building a community the sides are at is ongoing
    work; it is a RELATION_CHANGE only where the sentence declares or agrees it before the verb (双方共同
    宣布构建…, 一致同意构建…) or the two take it up together (越南与老挝携手建构…)."""
    trig = str(ev.attributes.get("trigger", ""))
    if ev.type != "RELATION_CHANGE" or trig not in cb.project_triggers or trig not in sentence:
        return False
    return not _trigger_at(sentence, trig, lambda at: bool(cb.project_declared.search(sentence, 0, at)
                                                           or cb.project_joint.search(sentence, 0, at))
                           and not cb.project_ongoing.search(sentence, 0, at))


def _principle(ev: Event, sentence: str, cb: Codebook) -> bool:
    """双方强烈反对一切威胁使用武力…的行为: opposing anything of the kind, whoever does it, is a principle
    stated (a joint statement's), no protest at a party: no DISAPPROVE where every occurrence of the
    trigger is so followed."""
    trig = str(ev.attributes.get("trigger", ""))
    if ev.type != "DISAPPROVE" or not trig or trig not in sentence:
        return False
    # (ev41: 回答…关于…袭击事件的问题时,发言人表示:“某国谴责一切形式的…”: the stance on the incident asked about)
    return not _trigger_at(sentence, trig, lambda at: (not cb.principle_after.match(sentence, at + len(trig))
                                                        and not principle_before(sentence, 0, at)) or answered_at(sentence, at))


def _field_of_cooperation(ev: Event, sentence: str, cb: Codebook) -> bool:
    """同意在维和、人道主义援助和救灾等领域加强合作: aid or peacekeeping named as a field of cooperation
    (在…领域, 在…方面) is no aid given, no unit sent — where every occurrence of the trigger is so named."""
    trig = str(ev.attributes.get("trigger", ""))
    if ev.type not in cb.field_types or not trig or trig not in sentence:
        return False
    fields = [(m.start(), m.end()) for m in cb.field_list.finditer(sentence)]
    return bool(fields) and not _trigger_at(sentence, trig, lambda at: not any(a < at < b for a, b in fields))


def _instrument_words(ev: Event, sentence: str, people: set[str]) -> bool:
    """在签署后发布的联合声明中,甲部和乙部表示…: bodies speaking in a joint statement speak its content (an
    AGREEMENT), no STATEMENT of their own; a person's words framed so are left alone."""
    if ev.type != "STATEMENT" or not ev.participants or ev.participants[0] in people:
        return False
    return _trigger_at(sentence, str(ev.attributes.get("trigger", "")),
                       lambda at: instrument_framed(sentence, 0, at))


def _unnamed_leaders(ev: Event, sentence: str, people: set[str], cb: Codebook) -> bool:
    """东盟各国领导人强调, 会议上东盟领导已集中评价: a body's leaders left unnamed are no named official
    (SPEC: a STATEMENT is a named official's); the body does not speak for them."""
    if ev.type != "STATEMENT" or not ev.participants or ev.participants[0] in people:
        return False
    body = ev.participants[0]
    at = sentence.find(body)
    return at != -1 and sentence.startswith(cb.unnamed_leaders, at + len(body))


def joint_press(ev: Event, text: str, people: set[str]) -> None:
    """甲与乙举行联合记者会, 甲与法国总统乙共同主持记者会: a press conference held together is the statement
    of both; the people named between the speaker (joined by 与/同/和) and the setting join the event."""
    if ev.type != "STATEMENT" or not ev.participants or ev.participants[0] not in people:
        return
    cb = codebook()
    sentence, speaker = text[ev.start:ev.end], ev.participants[0]
    at = sentence.find(speaker)
    if at == -1 or not sentence.startswith(cb.press_partner_words, at + len(speaker)):
        return
    ends = [k for w in cb.joint_settings if (k := sentence.find(w, at)) != -1]
    if not ends:
        return
    between = sentence[at + len(speaker):min(ends)]
    if any(ch in between for ch in "。;"):
        return
    joined = sorted((between.find(p), p) for p in people if p != speaker and p in between)
    for _, p in joined:
        if p not in ev.participants:
            ev.participants.append(p)


def prune(events: list[Event], text: str, people: set[str] | None = None) -> list[Event]:
    """The events that stand; text: the page's normalized text the events' spans point into; people:
    the page's person names."""
    people = people or set()
    if not text:
        return events
    cb = codebook()
    out = []
    for ev in events:
        sentence = text[ev.start:ev.end]
        # (each test asked only of the types it reads, in the same order: the calls that could only say no,
        # their own first test failing, are not made; tests/test_speed_sp24.py holds each to its types)
        t = ev.type
        said = t == "STATEMENT"
        if (t == "AGREEMENT" and _upgrade_statement(ev, sentence, cb)) or (said and _body_report(ev, sentence, people, cb)) or \
                (t == "ANNIVERSARY" and _years_ago(ev, sentence, cb)) or \
                (t == "RELATION_CHANGE" and _no_level(ev, sentence, cb)) or (t == "DISAPPROVE" and _principle(ev, sentence, cb)) or \
                (t == "RELATION_CHANGE" and _undeclared_project(ev, sentence, cb)) or _field_of_cooperation(ev, sentence, cb) or \
                (said and (_unnamed_leaders(ev, sentence, people, cb) or _instrument_words(ev, sentence, people))) or \
                (t in SIGNED_TYPES and not_signed(ev, sentence)) or (said and no_speaker(ev, sentence, people)) or \
                since_only(ev, sentence) or \
                (said and (unnamed_subject(ev, sentence, people) or message_said(ev, sentence) or
                           read_for_others(ev, sentence))) or (t == "CONFERENCE" and kind_of_meeting(ev, sentence)) or \
                (said and (message_words(ev, text, people) or body_figures(ev, sentence, people) or
                           unnamed_member(ev, sentence, people))) or \
                ("就" in sentence and discussed_topic(ev, sentence)):
            continue
        joint_press(ev, text, people)
        named_spokesperson(ev, sentence, people, tuple(cb.spokesman_words))
        interviewee(ev, sentence, people)
        out.append(ev)
        out += each_speaks(ev, sentence, people)
    out = partnership_statements(out, text)  # (关于甲与乙战略伙伴关系的联合声明: the change it sets up)
    return unit_retold(_attended_again(news_sources(relation_statements(out, text, cb.upgrade_instrument), text, people), text, people),
                       text)


def _attended_again(events: list[Event], text: str, people: set[str]) -> list[Event]:
    """中国驻…大使某某参加会见: a MEET whose every word is attended (参加会见, 陪同会见) is the meeting told
    before in its teaser (or the article) on an agreeing day: no meeting of its own."""
    words = cues("attended_meeting_before")

    def attended(e: Event) -> bool:
        trig = str(e.attributes.get("trigger", ""))
        sentence = text[e.start:e.end]
        return e.type == "MEET" and bool(trig) and trig in sentence and \
            not _trigger_at(sentence, trig, lambda at: not sentence.endswith(words, 0, at))

    out: list[Event] = []
    for e in events:
        told = [o for o in out if o.type == "MEET" and o.brief == e.brief and o.start < e.start and o.status == e.status
                and dates_agree(o, e)] if attended(e) else []
        if told:
            # (ev5) 丁薛祥、王毅参加会见: those who joined it are at the meeting told before, one of whose people
            # the joining event holds (the last such meeting)
            last = max(told, key=lambda o: o.start)
            # (me7) …none where a meeting told holds the one who joined already (the attendance read: attendance.py)
            if set(last.participants) & set(e.participants) and \
                    not (e.participants and any(e.participants[0] in o.participants for o in told)):
                # (me7) …the people only: a body or land carried into the joining words is not there (某某参加会见)
                last.participants = last.participants + [p for p in e.participants if p not in last.participants
                                                         and (p in people or not people)]
            continue
        # 马朝旭会后就中美元首会见对媒体吹风: talks named as what a speaker speaks on, when the page tells them
        if topic_talks(e, text[e.start:e.end]) and any(o.type in ("MEET", "CALL") and o.brief == e.brief and o is not e
                                                      and not topic_talks(o, text[o.start:o.end]) for o in events):
            continue
        out.append(e)
    return out


def told_after_talks(events: list[Event], text: str,
                      speakers: Callable[[str], bool] = lambda name: False) -> list[Event]:
    """A report of talks or a call goes on in sentences of what each side said (甲会见乙。…。乙表示…):
    reported words (表示, 强调: no kind of their own) told after a MEET or CALL of the same brief, before
    any new occasion (a conference, a ceremony) is told, are the talks' content, whoever the sentence's
    first name is (习近平转达了对…某某的问候…表示祝贺) — SPEC: not a STATEMENT. A spokesperson's
    words are a statement of their own, and so is a body's readout (据韩国总统府透露,双方没有谈及…; ev53):
    `speakers` says which names speak so (a body, no person or country taking part in the talks)."""
    cb = codebook()
    drop: set[int] = set()
    host: dict[int | None, int] = {}  # brief → where the talks told last end
    arrived: set[int | None] = set()  # briefs whose last host is an arrival: only reported words are its content
    # a paragraph opening with the talks as its frame (会谈中,甲表示…) opens them for the article's text
    frames = [m.end() for m in starts_finditer(cb.talk_opening, text, start_places(cb.talk_opening.pattern,
                                                                                 cb.talk_opening.flags))]
    frames = sorted(frames + talks_held_ends(text))  # (双方举行了会谈。某某表示…: talks held, their parties unread)
    at = 0
    for e in sorted(events, key=attrgetter("start")):
        while at < len(frames) and frames[at] <= e.start:
            host[None] = max(host.get(None, -1), frames[at] - 1)
            at += 1
        arrival = e.type == "VISIT" and e.attributes.get("trigger") in cues("arrival_words")
        if (e.type in ("MEET", "CALL") or arrival) and e.status == "occurred" \
                and e.attributes.get("kind") not in ("reception", "welcome ceremony", "handshake", "greetings"):
            # (李强…抵达河内,开始对越南进行正式访问。…李强表示,中越传统友谊…: words on arriving are the visit's)
            host[e.brief] = e.end  # (a speech at a reception is one of its own: SPEC; a handshake holds no talks: tw2)
            if arrival:
                arrived.add(e.brief)
            else:
                arrived.discard(e.brief)
        elif e.type in cb.occasion_types and e.status == "occurred" and not counted_year(e, text):
            end = host.get(e.brief)
            if end is not None and e.start > end:
                del host[e.brief]  # a new occasion: what is said next is said there
        elif e.type == "STATEMENT" and "kind" not in e.attributes and e.brief in host:
            said = text[e.start:e.end]
            # (after an arrival, a speech word (在…开幕礼发表演说) tells an occasion of its own: only the verbs of
            # reporting, 某某表示/强调, are the visit's)
            own = e.brief in arrived and e.attributes.get("trigger") not in cb.report_verbs + cues("arrival_said")
            if e.start >= host[e.brief] and not own and not (e.participants and speakers(e.participants[0])) and \
                    not any(w in said for w in cb.statement_settings + cb.spokesman_words):
                drop.add(id(e))
    return [e for e in events if id(e) not in drop]
