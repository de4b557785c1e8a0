"""Loader of the event codebook data (data/events.toml): types, triggers, codes, markers."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import ahocorasick_rs

from dipnet import rx
from dipnet.extract.common.cues import with_cues
from dipnet.rx import plain as _plain


@dataclass(frozen=True)
class EventType:
    name: str
    cameo: str
    plover: str
    mode: str
    triggers: tuple[str, ...]  # longest first
    kinds: dict[str, str]
    actors: tuple[str, ...]
    fallback_actors: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    exclude_after: tuple[str, ...] = ()
    attribute: str = "kind"
    single_actor: bool = False
    requires_sector: str = ""
    min_actors: int = 1
    requires_person_or: tuple[str, ...] = ()
    attend_words: tuple[str, ...] = ()
    example: str = ""
    reference_after: str = ""  # a regular expression after the trigger that makes it a reference
    channel: str = ""  # the default pillar of this type, when no body or word names one
    foreign: bool = False  # the actors must span two countries (aid and deployments go abroad)
    counted_after: str = ""  # a regular expression right after the trigger: a counted thing given meets `requires`
    requires_pattern: str = ""  # …and one in the sentence that meets it too (aid told by its purpose, ai3)

    def required(self, text: str, sentence: tuple[int, int], after: int) -> bool:
        """Does the sentence name one of `requires` (the sentence cut once, not once per word), or does a counted
        thing follow the trigger, which ends at `after` (向老挝提供8艘海警船: goods or money counted out are given,
        whatever words name them — dr1, issue 13)? (The sentence bounds the count: 1,500 holds a clause's comma.)"""
        return any(r in cut for cut in (text[sentence[0]:sentence[1]],) for r in self.requires) or \
            bool(self.counted_after and rx.compile(self.counted_after).match(text, after, sentence[1])) or \
            bool(self.requires_pattern and rx.compile(self.requires_pattern).search(text, *sentence))


@dataclass(frozen=True)
class Codebook:
    types: tuple[EventType, ...]
    planned: re.Pattern[str]
    planned_sentence: re.Pattern[str]
    frame_after: tuple[str, ...]
    planned_after: tuple[str, ...]
    exclude_before: tuple[str, ...]
    holding_verbs: tuple[str, ...]
    counted_instrument: re.Pattern[str]
    generic_meeting_words: tuple[str, ...]
    delegation_words: tuple[str, ...]
    reference_openers: tuple[str, ...]
    name_stops: tuple[str, ...]
    meeting_suffixes: tuple[str, ...]
    sector_channel: dict[str, str]
    negation: tuple[str, ...]
    channel_words: dict[str, tuple[str, ...]]
    ruling_party: dict[str, str]
    version: str
    talk_frames: re.Pattern[str] = _plain("(?!)")
    statement_settings: tuple[str, ...] = ()
    occasion_types: tuple[str, ...] = ()
    talk_opening: re.Pattern[str] = _plain("(?!)")
    spokesman_words: tuple[str, ...] = ()
    passing_markers: re.Pattern[str] = _plain("(?!)")
    recent_markers: re.Pattern[str] = _plain("(?!)")
    visit_host: dict[str, str] = field(default_factory=dict)
    not_triggers: tuple[re.Pattern[str], ...] = ()
    message_addressed: re.Pattern[str] = _plain("(?!)")
    message_family: re.Pattern[str] = _plain("(?!)")
    leader_words: tuple[str, ...] = ()
    list_continuations: tuple[str, ...] = ()
    each_words: tuple[str, ...] = ()
    one_each_triggers: tuple[str, ...] = ()
    body_acts: re.Pattern[str] = _plain("(?!)")
    conference_exclude_before: tuple[str, ...] = ()
    first_person_not: tuple[str, ...] = ()
    witness_words: tuple[str, ...] = ()
    since_after: re.Pattern[str] = _plain("(?!)")  # 普选70周年: the occasion, no event
    aim_before: tuple[str, ...] = ()  # 为将…提升为: a goal, no event
    invitation_before: re.Pattern[str] = _plain("(?!)")  # 邀请某某访问: an invitation, no visit
    invitation_after: re.Pattern[str] = _plain("(?!)")  # 转达…对其访华的邀请: likewise
    membership_words: tuple[str, ...] = ()  # 成员国: a seat only with one of membership_verbs
    membership_verbs: tuple[str, ...] = ()
    deadline_before: tuple[str, ...] = ()  # 到2025年: a deadline, not the event's time
    deadline_after: tuple[str, ...] = ()  # 2030年前
    deadline_after_verbs: tuple[str, ...] = ()  # 10日前往: a verb, no deadline
    # status and date (issue 13): see events.toml
    tomorrow: re.Pattern[str] = _plain("(?!)")  # 明天访问, 明赴: still to come
    departure_words: tuple[str, ...] = ()  # 离开河内,…出席: the trip's aims are still to come
    done_markers: tuple[str, ...] = ()  # 了, 已: occurred
    background_between: re.Pattern[str] = _plain("(?!)")  # 这是2021年…后…首次: not the event's date
    end_markers: tuple[str, ...] = ()  # 访问结束后: the range's end
    year_frame_after: str = ""  # 2025年底: a span; 2025年彭博论坛: a name
    remote_markers: tuple[str, ...] = ()  # 通过视频方式举行会谈: talks by phone or video are a CALL
    remote_reach: int = 0
    call_or_message: tuple[str, ...] = ()  # 致电: a telegram where the sentence says what it conveys
    message_words: tuple[str, ...] = ()
    joint_words: tuple[str, ...] = ()
    going_on: tuple[str, ...] = ()
    visit_going_on: tuple[str, ...] = ()  # 先后访问…: a clause going on from the sentence's subject
    mutual_words: tuple[str, ...] = ()  # 甲与乙互访: a visit each way
    unnamed_party: str = "(?!)"  # 相关国家, 有关方面: a protest's target left unnamed
    host_before: tuple[str, ...] = ()  # 越南之行: the host stands before the word
    welcome_words: tuple[str, ...] = ()  # 欢迎…代表团: a visit welcomed
    welcome_objects: tuple[str, ...] = ()
    body_election: tuple[str, ...] = ()  # the triggers of an election no person is named in
    report_before: re.Pattern[str] = _plain("(?!)")  # 发布的报告称: a body's report, no statement
    anniversary_ago: re.Pattern[str] = _plain("(?!)")  # 80周年前: years ago, no anniversary
    unit_words: tuple[str, ...] = ()  # 救援队: a deployment trigger naming the unit (merge.py)
    level_clause_end: str = ""  # where the level a RELATION_CHANGE names must stand by (prune.py)
    level_words: tuple[str, ...] = ()  # 伙伴, 共同体: the levels a relation changes to
    principle_after: re.Pattern[str] = _plain("(?!)")  # 反对一切…: a principle, no protest
    press_partner_words: tuple[str, ...] = ()  # 甲与乙举行联合记者会: the partner of a joint press conference
    joint_settings: tuple[str, ...] = ()
    list_joiners: tuple[str, ...] = ()  # 甲、乙和丙: the words between the items of a list of names
    partner_joiners: tuple[str, ...] = ()  # 甲与乙: a partner joined to the one acting
    signing_frame_after: re.Pattern[str] = _plain("(?!)")  # 在签署仪式上: the signing as a speech's frame
    ceremony_time_after: re.Pattern[str] = _plain("(?!)")  # 签字仪式后: the ceremony as a time
    anniversary_count_after: re.Pattern[str] = _plain("(?!)")  # 建交65周年: an anniversary, no new relation
    meeting_ordinal: re.Pattern[str] = _plain("(?!)")
    field_types: tuple[str, ...] = ()  # 在维和、人道主义援助等领域: a field of cooperation, no event (prune.py)
    field_list: re.Pattern[str] = _plain("(?!)")
    byline_before: tuple[str, ...] = ()  # (记者 龙土有): a reporter, no actor (bylines.py)
    byline_after: tuple[str, ...] = ()  # (登科 摄): a photographer
    handover_words: tuple[str, ...] = ()  # 将接替科威特…: the seats handed over (handover.py)
    own_statement_settings: tuple[str, ...] = ()  # 记者会, 采访: an occasion of its own (speakers.py)
    unnamed_leaders: tuple[str, ...] = ()  # 东盟各国领导人强调: unnamed leaders, no statement (prune.py)  # 第30届: a numbered meeting's ordinal (merging)
    name_words: tuple[str, ...] = ()  # 对外, 和平: words a meeting's name holds across a stop (对, 和)
    upgrade_instrument: re.Pattern[str] = _plain("(?!)")  # 建立…伙伴关系的联合声明: the upgrade's
    # issue 13, read on unseen pages (see events.toml)
    post_verbs: tuple[str, ...] = ()  # 担任总理: the bare title after it is the post taken, no one else
    envoy_after: tuple[str, ...] = ()  # 总书记特使: the bare title names the principal, no actor
    envoy_named: re.Pattern[str] = _plain("(?!)")  # 苏林总书记特使: the named principal, no actor
    project_triggers: tuple[str, ...] = ()  # 构建…命运共同体: a change only where it is declared
    project_declared: re.Pattern[str] = _plain("(?!)")
    project_ongoing: re.Pattern[str] = _plain("(?!)")
    project_joint: re.Pattern[str] = _plain("(?!)")
    report_verbs: tuple[str, ...] = ()  # 越通社指出: a news outlet reporting, no statement of its own
    deceased_after: re.Pattern[str] = _plain("(?!)")  # 黎德英逝世: the deceased is no actor
    visit_reference: re.Pattern[str] = _plain("(?!)")  # 这是…首次访越: the page's visit again
    relative_done: re.Pattern[str] = _plain("(?!)")  # 通电话所达成的共识: the call was held
    visit_reference_before: re.Pattern[str] = _plain("(?!)")  # 欧巴马这次访越
    mutual_goal_words: tuple[str, ...] = ()  # 同意通过增进…互访: visits each way as a goal
    congress_words: tuple[str, ...] = ()  # 越共十二大 in passing: the party's conference
    congress_reference_after: re.Pattern[str] = _plain("(?!)")  # 十三大外交路线: a line, no congress
    congress_topic_before: re.Pattern[str] = _plain("(?!)")  # 研讨中共十九大: a topic, no congress
    predecessor_before: tuple[str, ...] = ()  # 接替阮晋勇出任: the one succeeded is not elected
    owned_anniversaries: tuple[str, ...] = ()  # 国庆: an anniversary only of an owner named right before it
    third_person: tuple[str, ...] = ()  # 对他发布通缉令: the person told before (actors.py)
    unreal_before: re.Pattern[str] = _plain("(?!)")  # 希望早日会见: talks wished for, none told
    wish_before: re.Pattern[str] = _plain("(?!)")  # 希望从某国引渡: any other act hoped for, none told
    wish_exempt: tuple[str, ...] = ()
    wish_occasion_before: re.Pattern[str] = _plain("(?!)")  # 希望以…签署…为契机: the act is the wish's occasion, told
    wish_occasion_after: re.Pattern[str] = _plain("(?!)")
    trigger_needs: dict[str, re.Pattern[str]] = field(default_factory=dict)  # "TYPE:word" → its matter
    framed_message_triggers: tuple[str, ...] = ()  # 致以: a message only after 贺电指出 in the sentence
    message_frame: re.Pattern[str] = _plain("(?!)")
    giver_to: tuple[str, ...] = ()  # 甲向乙捐赠: the giver before the word, the recipient after (actors.py)
    giver_by: tuple[str, ...] = ()  # 乙接收由甲捐赠的…: the giver after the word
    dui_host: dict[str, str] = field(default_factory=dict)  # 对越进行访问: the host
    dui_verbs: tuple[str, ...] = ()
    roll_verbs: tuple[str, ...] = ()  # a lead's sender goes on in a paragraph of its own (messages.py)
    roll_reach: int = 0
    roll_opening: int = 0
    message_occasion: re.Pattern[str] = _plain("(?!)")  # 值此…之际: the occasion, no sender
    mourning_words: tuple[str, ...] = ()  # 吊唁某某: the one mourned is no recipient
    message_went: tuple[str, ...] = ()  # 到使馆吊唁: the body gone to receives
    trigger_words: tuple[str, ...] = ()
    trigger_finder: ahocorasick_rs.AhoCorasick | None = None
    trigger_rank: dict[str, dict[str, int]] = field(default_factory=dict)  # type → word → rank, longest first
    trigger_types: dict[str, frozenset[str]] = field(default_factory=dict)  # word → the types it triggers

    def type(self, name: str) -> EventType:
        # by name from a table built once (asked per clause and event); the first of a name, as a scan finds
        by_name = self.__dict__.get("_by_name")
        if by_name is None:
            by_name = {}
            for t in self.types:
                by_name.setdefault(t.name, t)
            object.__setattr__(self, "_by_name", by_name)
        return by_name[name]

    def trigger_hits(self, text: str) -> list[tuple[int, str]]:
        """Where trigger words of any type start in the text, ascending, overlaps included: one pass
        over the page instead of a search per clause, type and word."""
        if self.trigger_finder is None:
            return []
        return sorted((start, self.trigger_words[idx])
                      for idx, start, _ in self.trigger_finder.find_matches_as_indexes(text, overlapping=True))


def _dialogues(data: dict[str, Any], name: str) -> list[str]:
    """A numbered bilateral dialogue's words are MEET words (events.toml: dialogue_meet_words)."""
    return list(data.get("dialogue_meet_words", ())) if name == "MEET" else []


@lru_cache(maxsize=1)
def codebook() -> Codebook:
    data = tomllib.loads(resources.files("dipnet.extract.data").joinpath("events.toml").read_text("utf-8"))
    added = data.get("trigger_additions", {})  # more triggers per type, kept apart from the type tables
    types = tuple(
        EventType(
            name=t["name"], cameo=t.get("cameo", ""), plover=t.get("plover", ""), mode=t.get("mode", ""),
            triggers=tuple(sorted(dict.fromkeys(t["triggers"] + added.get(t["name"], []) + _dialogues(data, t["name"])),
                                   key=len, reverse=True)),
            kinds=dict(t.get("kinds", {})),
            actors=tuple(t["actors"]), fallback_actors=tuple(t.get("fallback_actors", ())),
            requires=tuple(t.get("requires", ())), exclude_after=tuple(t.get("exclude_after", ())),
            attribute=t.get("attribute", "kind"), single_actor=t.get("single_actor", False),
            requires_sector=t.get("requires_sector", ""), min_actors=t.get("min_actors", 1),
            requires_person_or=tuple(t.get("requires_person_or", ())), attend_words=tuple(t.get("attend_words", ())),
            example=t.get("example", ""), foreign=t.get("foreign", False),
            channel=t.get("channel", ""), reference_after=t.get("reference_after", ""),
            counted_after=t.get("counted_after", ""),
            requires_pattern=t.get("requires_pattern", ""),
        )
        for t in data["type"]
    )
    words = tuple(sorted({w for t in types for w in t.triggers if w}))
    # a contiguous NFA: the same matches as any automaton (every overlapping match, sorted below), built once
    # per process. A DFA reads a page a third faster while its tables stay in the processor's cache, but
    # between two pages the other stages push them out, and read cold the NFA's smaller tables cost less
    # (issue 17: some 40 of 120 us a page in the pipeline, 1000 pages)
    finder = ahocorasick_rs.AhoCorasick(words, implementation=ahocorasick_rs.Implementation.ContiguousNFA) if words else None
    return Codebook(trigger_words=words, trigger_finder=finder,
                    trigger_rank={t.name: {w: i for i, w in enumerate(t.triggers)} for t in types},
                    trigger_types={w: frozenset(t.name for t in types if w in t.triggers) for w in words},
                    types=types, planned=rx.compile("|".join(data["planned_markers"])),
                    planned_sentence=rx.compile("|".join(data["planned_sentence"])),
                    frame_after=tuple(data["frame_after"]), planned_after=tuple(data["planned_after"]),
                    exclude_before=tuple(data["exclude_before"]), holding_verbs=tuple(data["holding_verbs"]),
                    counted_instrument=rx.compile(data["counted_instrument"]),
                    generic_meeting_words=tuple(data["generic_meeting_words"]),
                    delegation_words=tuple(data["delegation_words"]), reference_openers=tuple(data["reference_openers"]),
                    name_stops=tuple(data["conference_name_stops"]),
                    name_words=tuple(data.get("conference_name_words", ())),
                    meeting_ordinal=_plain(data.get("meeting_ordinal", "(?!)")),
                    field_types=tuple(data.get("field_types", ())),
                    field_list=_plain(data.get("field_list", "(?!)")),
                    unnamed_leaders=tuple(data.get("unnamed_leaders", ())),
                    own_statement_settings=tuple(data.get("own_statement_settings", ())),
                    handover_words=tuple(data.get("handover_words", ())),
                    byline_before=tuple(data.get("byline_before", ())),
                    byline_after=tuple(data.get("byline_after", ())),
                    signing_frame_after=_plain(data.get("signing_frame_after", "(?!)")),
                    ceremony_time_after=_plain(data.get("ceremony_time_after", "(?!)")),
                    anniversary_count_after=_plain(data.get("anniversary_count_after", "(?!)")),
                    meeting_suffixes=tuple(data["meeting_suffixes"]), sector_channel=dict(data["sector_channel"]), negation=tuple(data["negation_markers"]),
                    channel_words={k: tuple(v) for k, v in data["channel_words"].items()},
                    ruling_party=dict(data["ruling_party"]), version=data["version"],
                    talk_frames=rx.compile(data["talk_frames"]), statement_settings=tuple(data["statement_settings"]),
                    occasion_types=tuple(data["occasion_types"]), talk_opening=rx.compile(data["talk_opening"], re.M), spokesman_words=tuple(data["spokesman_words"]),
                    passing_markers=rx.compile("|".join(map(re.escape, data["passing_markers"]))),
                    recent_markers=rx.compile("|".join(map(re.escape, data["recent_markers"]))),
                    visit_host=dict(data["visit_host"]), not_triggers=tuple(rx.compile(w) for w in data.get("not_triggers", ())),
                    message_addressed=rx.compile(data.get("message_addressed", "(?!)")),
                    message_family=rx.compile(data.get("message_family", "(?!)")),
                    leader_words=tuple(data.get("leader_words", ())),
                    list_continuations=tuple(data.get("list_continuations", ())),
                    each_words=tuple(data.get("each_words", ())),
                    one_each_triggers=tuple(data.get("one_each_triggers", ())),
                    body_acts=rx.compile(data.get("body_acts", "(?!)")),
                    conference_exclude_before=tuple(data.get("conference_exclude_before", ())),
                    first_person_not=tuple(data.get("first_person_not", ())),
                    witness_words=tuple(data.get("witness_words", ())),
                    since_after=rx.compile(data.get("since_after", "(?!)")),
                    aim_before=tuple(data.get("aim_before", ())),
                    invitation_before=rx.compile(data.get("invitation_before", "(?!)")),
                    invitation_after=rx.compile(data.get("invitation_after", "(?!)")),
                    membership_words=tuple(data.get("membership_words", ())),
                    membership_verbs=tuple(data.get("membership_verbs", ())),
                    deadline_before=tuple(data.get("deadline_before", ())),
                    deadline_after=tuple(data.get("deadline_after", ())),
                    deadline_after_verbs=tuple(data.get("deadline_after_verbs", ())),
                    tomorrow=rx.compile("|".join(data.get("tomorrow_markers", ())) or "(?!)"),
                    departure_words=tuple(data.get("departure_words", ())),
                    done_markers=tuple(data.get("done_markers", ())),
                    background_between=rx.compile(data.get("background_between", "(?!)")),
                    end_markers=tuple(data.get("end_markers", ())),
                    year_frame_after=data.get("year_frame_after", ""),
                    body_election=tuple(data.get("body_election", ())),
                    report_before=rx.compile(data.get("report_before", "(?!)")),
                    anniversary_ago=rx.compile(data.get("anniversary_ago", "(?!)")),
                    unit_words=tuple(data.get("unit_words", ())),
                    level_clause_end=data.get("level_clause_end", ""),
                    level_words=tuple(data.get("level_words", ())),
                    principle_after=rx.compile(data.get("principle_after", "(?!)")),
                    press_partner_words=tuple(data.get("press_partner_words", ())),
                    joint_settings=tuple(data.get("joint_settings", ())),
                    list_joiners=tuple(data.get("list_joiners", ())),
                    partner_joiners=tuple(data.get("partner_joiners", ())),
                    upgrade_instrument=rx.compile(data.get("upgrade_instrument", "(?!)")),
                    joint_words=tuple(data.get("joint_words", ())),
                    going_on=tuple(data.get("going_on", ())),
                    visit_going_on=tuple(data.get("visit_going_on", ())),
                    mutual_words=tuple(data.get("mutual_words", ())),
                    unnamed_party=data.get("unnamed_party", "(?!)"),
                    host_before=tuple(data.get("host_before", ())),
                    welcome_words=tuple(data.get("welcome_words", ())),
                    welcome_objects=tuple(data.get("welcome_objects", ())),
                    remote_markers=tuple(data.get("remote_markers", ())),
                    remote_reach=int(data.get("remote_reach", 0)),
                    call_or_message=tuple(data.get("call_or_message", ())),
                    message_words=tuple(data.get("message_words", ())),
                    post_verbs=tuple(data.get("post_verbs", ())),
                    envoy_after=tuple(data.get("envoy_after", ())),
                    envoy_named=rx.compile(data.get("envoy_named", "(?!)")),
                    project_triggers=tuple(data.get("project_triggers", ())),
                    project_declared=rx.compile(data.get("project_declared", "(?!)")),
                    project_ongoing=rx.compile(data.get("project_ongoing", "(?!)")),
                    project_joint=rx.compile(data.get("project_joint", "(?!)")),
                    report_verbs=tuple(data.get("report_verbs", ())),
                    deceased_after=rx.compile(data.get("deceased_after", "(?!)")),
                    roll_verbs=tuple(data.get("roll_verbs", ())),
                    congress_words=tuple(data.get("congress_words", ())),
                    mutual_goal_words=tuple(data.get("mutual_goal_words", ())),
                    visit_reference=rx.compile(data.get("visit_reference", "(?!)")),
                    relative_done=rx.compile(data.get("relative_done", "(?!)")),
                    visit_reference_before=rx.compile(data.get("visit_reference_before", "(?!)")),
                    congress_reference_after=rx.compile(data.get("congress_reference_after", "(?!)")),
                    congress_topic_before=rx.compile(data.get("congress_topic_before", "(?!)")),
                    third_person=tuple(data.get("third_person", ())),
                    owned_anniversaries=tuple(data.get("owned_anniversaries", ())),
                    predecessor_before=tuple(data.get("predecessor_before", ())),
                    unreal_before=rx.compile(data.get("unreal_before", "(?!)")),
                    wish_before=rx.compile(data.get("wish_before", "(?!)")),
                    wish_exempt=tuple(data.get("wish_exempt", ())),
                    wish_occasion_before=rx.compile(data.get("wish_occasion_before", "(?!)")),
                    wish_occasion_after=rx.compile(data.get("wish_occasion_after", "(?!)")),
                    trigger_needs={k: rx.compile(with_cues(v)) for k, v in data.get("trigger_needs", {}).items()},
                    framed_message_triggers=tuple(data.get("framed_message_triggers", ())),
                    message_frame=rx.compile(data.get("message_frame", "(?!)")),
                    giver_to=tuple(data.get("giver_to", ())), giver_by=tuple(data.get("giver_by", ())),
                    dui_host=dict(data.get("dui_host", {})), dui_verbs=tuple(data.get("dui_verbs", ())),
                    roll_reach=int(data.get("roll_reach", 0)), roll_opening=int(data.get("roll_opening", 0)),
                    message_occasion=rx.compile(data.get("message_occasion", "(?!)")),
                    mourning_words=tuple(data.get("mourning_words", ())),
                    message_went=tuple(data.get("message_went", ())))


@cache
def type_triggers(*names: str) -> frozenset[str]:
    """The trigger words of these types, as a set built once (asked per clause and event)."""
    cb = codebook()
    return frozenset(w for name in names for w in cb.type(name).triggers)


@cache
def any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One expression for a word list (is any of them in the text?) in one pass instead of a `in` per
    word: `any_of(ws).search(text, a, b)` is `any(w in text[a:b] for w in ws)` for non-empty words."""
    return _plain("|".join(map(re.escape, words)) or "(?!)")


_KEPT: dict[int, tuple[Sequence[str], re.Pattern[str]]] = {}


def kept_any_of(words: Sequence[str]) -> re.Pattern[str]:
    """any_of(words), kept by the list's id (with the list, so the id is not reused; a word list loaded
    once and never changed): no word escaped again. `.search(text, a, b)` is `any(w in text[a:b] for w in
    words)`, an empty word too (it matches everywhere)."""
    got = _KEPT.get(id(words))
    if got is None or got[0] is not words:
        got = _KEPT[id(words)] = (words, any_of(tuple(words)))
    return got[1]


_KINDS: dict[int, tuple[EventType, list[tuple[str, str]], re.Pattern[str] | None]] = {}


def kind_of(t: EventType, text: str) -> str | None:
    """The kind of event the clause tells by the type's kind words (its longest word found), if any."""
    got = _KINDS.get(id(t))
    if got is None or got[0] is not t:  # the kind words longest first, sorted once per type
        items = sorted(t.kinds.items(), key=lambda kv: -len(kv[0]))
        # (and whether the text holds any of them, in one search: most clauses hold none)
        got = _KINDS[id(t)] = (t, items, any_of(tuple(w for w, _ in items)) if all(w for w, _ in items) else None)
    if got[2] is not None and got[2].search(text) is None:
        return None
    for word, kind in got[1]:
        if word in text:
            return kind
    return None
