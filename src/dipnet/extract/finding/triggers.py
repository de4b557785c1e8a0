"""Where a type's trigger words stand in a clause as the event told: each word as a verb or noun of its
own, longest first, not overlapping; not the frame of what is said (在会谈中说), not an occasion, an
aim, an invitation or a wish (not_happening), not inside a name or a word that is no trigger, not in
a quote that names something else. Called by events.extract_events for each clause and type."""

from __future__ import annotations

import re
from typing import NamedTuple

from dipnet import rx
from dipnet.extract.common.clauses import Clause, quoted, unclosed
from dipnet.extract.common.codes import Codebook, EventType, any_of
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.eventwords import pattern_of, words_of
from dipnet.extract.common.page import EventPage
from dipnet.extract.finding.answered import answered_protest
from dipnet.extract.finding.arrangement import arrangement_noun
from dipnet.extract.finding.attendframes import attended_frame
from dipnet.extract.finding.games import games_ceremony
from dipnet.extract.finding.instrumentcontent import instrument_content
from dipnet.extract.finding.instrumentrefs import (
    carried_out,
    generic_reference,
    generic_signing,
    paired_name,
    paired_only_words,
    paired_set,
    titled_reference,
)
from dipnet.extract.finding.meetingname import quoted_name
from dipnet.extract.finding.notsigned import running_total
from dipnet.extract.finding.pairsummits import summit_meet_words
from dipnet.extract.finding.retrospect import undated_history, undated_look_back
from dipnet.extract.finding.senses import other_sense, remote_words, unit_founded
from dipnet.extract.finding.spoken import statement_pattern
from dipnet.model import Mention
from dipnet.rx import plain as _plain
from dipnet.rxneeds import may_hold


class _Word(NamedTuple):
    """What a trigger word of a type is whatever stands around it: looked up once per type and word, not
    at each place the word stands (find_triggers reads some forty places a page, each asking all of these)."""

    paired_only: bool  # 法律文件: named only as a set two countries name
    protest_noun: bool  # 抗议: also the noun (抗议者, 抗议活动)
    framed_message: bool  # 致以: a message only after 贺电指出 in its sentence
    needs: re.Pattern[str] | None  # the matter its sentence must name (trigger_needs)
    congress: bool  # 大会 of a party's congress
    statement_noun: bool  # 表示: also the noun (所做出的表示)
    briefing: bool  # 介绍: a briefing a visitor listens to
    indefinite: bool  # its type is one a meeting left indefinite tells none of (某次例行记者会)
    aim_for: bool  # its type is one an aim a facility serves tells none of (为…会晤创造便利条件)


_WORDS: dict[tuple[int, str], tuple[EventType, _Word]] = {}


def _word(t: EventType, trig: str, cb: Codebook) -> _Word:
    got = _WORDS.get((id(t), trig))
    if got is None or got[0] is not t:  # (kept with the type, so that its id is not reused meanwhile)
        got = _WORDS[(id(t), trig)] = (t, _Word(
            trig in paired_only_words(), trig in cues("protest_noun_words"), trig in cb.framed_message_triggers,
            cb.trigger_needs.get(f"{t.name}:{trig}"), trig in cb.congress_words, trig in cues("statement_noun_words"),
            statement_pattern("briefing_words").fullmatch(trig) is not None,
            t.name in words_of("indefinite_types"), t.name in words_of("aim_for_types")))
    return got[1]


def find_triggers(page: EventPage, c: Clause, t: EventType, cb: Codebook,
                   in_clause: list[tuple[int, str]], calls: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Every place in the clause where a trigger of this type stands as a verb or noun of its own,
    leftmost first and not overlapping (two visits in one clause are two events)."""
    text = page.doc.text
    hits: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    # where a longer trigger was turned down by what stands around it: a shorter one inside it stands
    # in the same context (维和 of 维和行动的经验 is no deployment when 维和行动 is none)
    refused: list[tuple[int, int]] = []
    rank = cb.trigger_rank[t.name]
    if t.name == "CALL":  # 通过视频方式举行会谈, 甲与乙举行视频会议: the meeting words told by phone or video
        rank = {**rank, **remote_words(page, c, in_clause, cb)}
    if t.name == "MEET":  # 美朝第二次峰会, 甲与乙举行首次峰会: two lands' summit is their MEET
        rank = {**rank, **summit_meet_words(page, c, in_clause, cb)}
    # (the type's name and the types the tests below ask about, read once: each is asked at every place of every word)
    name = t.name
    agreement, conference, statement = name == "AGREEMENT", name == "CONFERENCE", name == "STATEMENT"
    word, free = "", c.start
    # longest word first; the occurrences of one word left to right, not overlapping each other
    for _, k, trig in sorted([(rank[w], k, w) for k, w in in_clause if w in rank and k + len(w) <= c.end]):
        if trig != word:
            word, free = trig, c.start
        end = k + len(trig)
        if k < free:
            continue
        free = end
        if refused and any(a <= k and end <= b for a, b in refused):
            continue  # (inside a word turned down: turned down too, and its span adds nothing to `refused`)
        after = text[end:c.end]
        w = _word(t, trig, cb)
        # 在会谈中说 / 习近平在贺电中表示: the talks or the message as the frame of what is said, not another
        frame = name in ("MEET", "MESSAGE") and "在" in text[max(c.start, k - 2):k] and after.startswith(cb.frame_after)
        # 在签署仪式上发言: the signing told, as the frame of a speech
        frame = frame or (agreement and "在" in text[max(c.start, k - 2):k] and
                          cb.signing_frame_after.match(after) is not None)
        # 签字仪式后,某某发表讲话: the ceremony as the time of what follows, the signing told elsewhere
        frame = frame or (agreement and trig.endswith("仪式") and cb.ceremony_time_after.match(after) is not None)
        frame = frame or ((conference or agreement) and
                          (any_of(cb.exclude_before).search(text, max(c.start, k - 16), k) is not None or
                           (conference and trig not in words_of("named_activity_words") and  # (“…”等一系列活动)
                            any_of(cb.conference_exclude_before).search(text, max(c.start, k - 16), k) is not None)) and
                          not (agreement and ("签署" in text[max(c.start, k - 8):k] or
                                              _named_instrument(text, c.start, k, end))))
        frame = frame or (agreement and bool(cb.counted_instrument.search(text[c.start:k])) and
                          not paired_set(text, c.start, k)) or (agreement and running_total(text, k, end))  # (共签署N份)
        frame = frame or (w.paired_only and not paired_set(text, c.start, k))
        # 欢迎各方达成停火协议, 遵守…签署的边界协定: an attitude to the instrument, no signing told
        frame = frame or (agreement and rx.compile(cue("instrument_attitude_before")).search(
            text, max(c.start, k - 24), k) is not None and not _named_instrument(text, c.start, k, end, False))
        # 讨论了…协定等议题: the instrument a topic discussed, named or not (the topic noun after it: reference_after)
        frame = frame or (agreement and rx.compile(cue("instrument_topic_before")).search(
            text, max(c.start, k - 40), k) is not None)
        frame = frame or bool(t.reference_after and rx.compile(t.reference_after).search(after))
        # 达成多项协议,涵盖领域包括贸易、援助, 《捐赠…备忘录》: what an instrument holds or allows (instrumentcontent.py)
        frame = frame or instrument_content(text, name, c.sentence, k, end)
        # 抗议者, 抗议活动, 抗议示威, 集会、抗议等自由: the noun, no protest made (ot, stop 57)
        frame = frame or (w.protest_noun and rx.compile(cue("protest_noun_after")).match(after) is not None)
        frame = frame or undated_look_back(name, text, c.start, k, after)  # 就任…后 with no date: a look back
        # 曾多次访华, 此前访问过越南: a visit or meeting recalled with no date, history (ev54)
        frame = frame or undated_history(page, name, c.sentence[0], c.start, c.end, k, after)
        # 落实所达成的协议: an instrument referred back to, none named and no signing told (nor its verb: 基于…所签署的文件)
        frame = frame or (agreement and (generic_reference(text, c.sentence, k, end)
                                         or generic_signing(text, c.sentence, k, end)))
        # 会见后,两国元首共同见证…: the meeting told before, as the time of what follows (no meeting of its own)
        frame = frame or (name in ("MEET", "CALL") and not text[c.start:k].strip() and
                          rx.compile(cue("meeting_time_after")).match(after) is not None)
        frame = frame or (w.framed_message and not cb.message_frame.search(text, c.sentence[0], k))
        frame = frame or (w.needs is not None and not w.needs.search(text, c.sentence[0], c.sentence[1]))
        frame = frame or (w.congress and (cb.congress_reference_after.match(after) is not None or
                                          cb.congress_topic_before.search(text, c.start, k) is not None))
        # (…驳斥中国外交部发言人就长沙群岛主权所做出的表示: the remarks answered, told as a thing, no one speaking here)
        frame = frame or (w.statement_noun and statement and rx.compile(cue("statement_noun_before")).search(
            text, max(c.start, k - 6), k) is not None)
        # 听取某省外办关于…的介绍: a briefing listened to on a visit, no statement of the one briefing (ev60)
        frame = frame or (w.briefing and statement and _heard_briefing(text, c.start, k))
        # 东盟峰会的作用不可替代, 加强…大会和…论坛,以及…机制的作用: the meeting's role, no session held (ev60)
        frame = frame or (conference and
                          _plain(pattern_of("conference_role_after")).match(text, end, c.sentence[1]) is not None)
        # 出席某届冬奥会开幕式: a sports games' ceremony, no conference (games.py)
        frame = frame or (conference and games_ceremony(text, c.start, k, trig))
        # 作出战略部署, 按照…的总体部署: the arrangement of work, no unit sent (arrangement.py)
        frame = frame or (name == "DEPLOYMENT" and arrangement_noun(text, c.start, k, trig))
        # 联委会是…最后一次高层经贸对话活动, 会晤已成为…机制活动: a kind of meeting, none held (ex2)
        frame = frame or (name == "MEET" and _meeting_kind(text, c.start, k, after))
        # 某次例行记者会现场, 某会议场景: a meeting left indefinite, no one event told (ev60)
        frame = frame or (w.indefinite and
                          _plain(pattern_of("indefinite_before")).search(text, max(c.start, k - 8), k) is not None)
        # 为各国商人在机场会晤和交流创造便利条件: a meeting inside the aim a facility serves, none told (ev60)
        frame = frame or (w.aim_for and _aimed_for(text, c.start, k, end, c.end))
        refuse = frame or (after.startswith(t.exclude_after) and not (conference and attended_frame(text, c, k, after))) \
            or not_happening(text, c, t, k, after, cb)  # (出席…峰会框架下: a trip's frame, no framework — attendframes.py)
        # (ev3) the word one item of a list of fields (支持塞方加强反恐、维和、维稳能力建设): no event either
        refuse = refuse or rx.compile(cue("field_list_after")).match(after) is not None
        refuse = refuse or other_sense(page, c, t, k, trig, cb, calls)
        if refuse:
            refused.append((k, end))
            continue
        # (what follows is read only for a word not turned down, cheapest first: none of it is remembered)
        if any(a < end and k < b for a, b in taken) or (page.in_title_word(k, end) and not _opens_title(page, t, k, end)):
            continue
        # a trigger never straddles a name's edge: 会议 in 国民议会议长 is no meeting
        near = page.overlapping(k, end)
        # (来越南出席…: the short-form visit word is the visit's only word; with another after it, 来越南进行正式访问,
        # that one is, and the name stays whole)
        # (asked only where a name straddles the word: most words straddle none)
        straddles = bool(near) and any(((m.start < k < m.end < end) or (k < m.start < end < m.end))
                                       and not (not any(k2 >= end and w2 in rank for k2, w2 in in_clause)
                                                and _names_its_host(page, t, trig, m, cb)) for m in near)
        # …nor stands inside a place's or a person's name: 大会 in 人民大会堂
        straddles = straddles or bool(near) and any(m.start <= k and end <= m.end and (e := page.entities.get(m.entity_id)) is not None
                                     and e.type in ("LOCATION", "PERSON") for m in near)
        # …nor inside a body's name short of its end: 会议 of 中国人民政治协商会议全国委员会, 维和 of 越南维和局, 选举 of
        # 国家选举委员会 (ev60: the committee's name tells no election)
        straddles = straddles or (name in ("CONFERENCE", "DEPLOYMENT", "ELECTION") and bool(near) and any(
            m.start <= k and end < m.end and (e := page.entities.get(m.entity_id)) is not None and e.type == "ORG" for m in near))
        # 会议 in 议会议长: a word the trigger stands inside that is no trigger
        straddles = straddles or page.inside_not_trigger(k, end)
        # a meeting named in quotes (“中越智库论坛:…研讨会”8日开幕): the word closing the quote names it
        # (…or closing the name before its subtitle: 共同出席“中德论坛——共塑创新”并发表演讲)
        subtitled = conference and rx.compile(cue("quoted_subtitle_after")).match(text, end) is not None
        # (…萨尔瓦多共和国“法拉本多…等向…致唁电: a message's word after a quote its paragraph never closes)
        slip = name == "MESSAGE" and unclosed(text, k)
        if not straddles and not (quoted(text, c.sentence[0], k) and not subtitled and not slip and not (
                conference and text.startswith("”", end) and quoted_name(text, c, end) is not None)
                and not answered_protest(page, c, k, name, trig)):  # (a protest a spokesperson announces)
            hits.append((k, trig))
            taken.append((k, end))
    return sorted(hits)


def _meeting_kind(text: str, clause_start: int, k: int, after: str) -> bool:
    """这是…第二次首长级对话, 会晤已成为两军年度机制活动, 政治磋商等重要合作机制: the meeting word the counted head of a
    copula's predicate in its clause (meeting_kind_before), or named as a mechanism (meeting_mechanism_after)."""
    return _plain(pattern_of("meeting_mechanism_after")).match(after) is not None or \
        _plain(pattern_of("meeting_kind_before")).search(text, clause_start, k) is not None


def _heard_briefing(text: str, clause_start: int, k: int) -> bool:
    """代表团听取了…关于…情况的介绍: a briefing word (data/statements.toml briefing_words: _Word.briefing) after 听取
    in its clause is what a visitor is told, part of the visit (heard_briefing_before)."""
    return statement_pattern("heard_briefing_before").search(text, max(clause_start, k - 42), k) is not None


def _aimed_for(text: str, clause_start: int, k: int, end: int, clause_end: int) -> bool:
    """为…会晤和交流创造便利条件: the word stands in a 为 phrase whose verb provides a condition, a facility or a
    platform for it (events.toml aim_for_before, aim_for_after)."""
    return _plain(pattern_of("aim_for_before")).search(text, max(clause_start, k - 32), k) is not None and \
        _plain(pattern_of("aim_for_after")).match(text, end, clause_end) is not None


def _named_instrument(text: str, clause_start: int, k: int, end: int, by_pair: bool = True) -> bool:
    """The instrument word at k..end names its instrument: a title's end (《…协定》), a counted set named by its
    two countries (越中陆地边界三个法律文件) or (by_pair) a name two countries' short forms open (中越联合声明), which
    a verb of carrying it out does not turn down (an attitude to it, 欢迎「智挪…协定」…的签署, asks a title or set)."""
    return titled_reference(text, clause_start, k, end) or paired_set(text, clause_start, k) or \
        (by_pair and paired_name(text, clause_start, k))


def _names_its_host(page: EventPage, t: EventType, trig: str, m: Mention, cb: Codebook) -> bool:
    """来越南, 抵越南, 访老挝: a visit word that names its host by the short form opening the host's full name
    (来越 of 来越南) is still the visit's word; the name it runs into is the host it names."""
    e = page.entities.get(m.entity_id)
    return t.name == "VISIT" and e is not None and e.type == "COUNTRY" and cb.visit_host.get(trig) == e.name


def not_happening(text: str, c: Clause, t: EventType, k: int, after: str, cb: Codebook) -> bool:
    """The trigger is not the predicate of an event told as happening: the occasion a count of years
    names (普选70周年庆典, 建交六十五年来), an aim (为将…提升为…奠定基础), an invitation (邀请某某访问, 对其访华的邀请),
    a bare membership word (五个成员国) without a verb of taking the seat."""
    before = text[c.start:k]
    if t.name != "ANNIVERSARY" and cb.since_after.match(after):
        return True
    if (aim := any_of(cb.aim_before).search(before)) is not None and not (
            t.name == "AGREEMENT" and carried_out(text, c.start + aim.end(), k) and
            _named_instrument(text, c.start, k, c.end - len(after))):
        return True  # (建议双方落实越中陆地边界3个法律文件: the named set exists, whatever is suggested of it)
    if t.name == "VISIT" and ((may_hold(cb.invitation_before, before) and cb.invitation_before.search(before))
                              or cb.invitation_after.match(after)):
        return True
    if t.name in ("MEET", "CALL", "VISIT") and cb.unreal_before.search(before):
        return True  # 表示希望早日再次会见…, 高度评价两国高层的会晤: wished for or appraised, not told
    if t.name not in cb.wish_exempt and cb.wish_before.search(before) and not (
            cb.wish_occasion_before.search(before) and cb.wish_occasion_after.match(text, k, c.end)):
        return True  # 希望从某国引渡某人, 有希望接任: an act hoped for, not told (希望以签署…为契机: its occasion, told)
    if t.name == "VISIT" and text[k:k + len(after) + 2].startswith(cb.welcome_words) and \
            not text.startswith(words_of("welcome_ceremony_words"), k) and \
            not any(w in after for w in cb.welcome_objects):  # (为某某举行欢迎仪式: its needs decide, ev56)
        return True  # 对此表示欢迎: no one welcomed on a visit
    if t.name == "DEPLOYMENT" and unit_founded(text, c, k):
        return True  # 成立…维和工兵分队: a unit founded, not (yet) sent
    if t.name != "MULTILATERAL_ROLE":
        return False
    trig_word = text[k:k + next((len(w) for w in cb.membership_words if text.startswith(w, k)), 0)]
    return bool(trig_word
                and not any(v in before for v in cb.membership_verbs))


def _opens_title(page: EventPage, t: EventType, k: int, end: int) -> bool:
    """A meeting verb read as the head of the title after it (晋见总统甲及会晤外长乙: 会晤外长 taken for
    a title) is the verb of a meeting of its own; no title begins with one."""
    return t.name == "MEET" and any(a == k and b > end for a, b in page.title_words)
