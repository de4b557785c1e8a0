"""A meeting's people told in the sentences after it, at its setting: …与中国企业代表举行座谈会。座谈会上,中国驻越
大使某某、商会会长某某…高度评价… / …举行会谈。会谈上,省委书记某某介绍… / 会见时,某某表示…. A sentence that
opens by referring back to the meeting just told (cue `meeting_setting_opening`: the meeting word, then 上/中/时/期间
and a comma) names first who speaks at it: that person is a party of the meeting, as the open gold has it (dev2: 会见时,
陈大光部长强调…). Read up to `setting_reach` sentences on in the same brief, no further than a sentence that tells
another meeting, visit or call."""

from __future__ import annotations

from collections.abc import Iterator

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import type_triggers
from dipnet.extract.common.cues import cue
from dipnet.extract.common.following import sentences_after
from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.carry import asides_in, people_in
from dipnet.extract.participants.heldrefs import referred_back
from dipnet.extract.participants.posthits import event_hits

_SETTING_REACH = 3  # sentences after the meeting's own that are read


def setting_speakers(page: EventPage, c: Clause) -> list[str]:
    """The first person of each sentence after the clause's that opens at the meeting's setting (座谈会上,某某…)."""
    text, opening = page.doc.text, rx.compile(cue("meeting_setting_opening"))
    out: list[str] = []
    for start, end, other in _sentences_after(page, c):
        opens = opening.match(text, start, end)
        if opens is None:
            if other:
                return out  # another meeting, visit or call is told: its people are its own
            continue
        asides = asides_in(page, opens.end(), end)
        people = [m for m in people_in(page, opens.end(), end) if not (asides and any(a <= m.start < b for a, b in asides))]
        if people and _not_subject(text, opens.end(), people[0].start, asides):
            continue
        for i, m in enumerate(people):  # the first, and those listed with it (某某、会长某某及…)
            if i and not rx.compile(cue("setting_speaker_joined")).fullmatch(text, people[i - 1].end, m.start):
                break
            e = page.entities.get(m.entity_id)
            if e is not None and e.name not in out:
                out.append(e.name)
    return out


def addressing_parties(page: EventPage, c: Clause, participants: list[str]) -> list[str]:
    """…会见了驻外使馆的工作人员。大使某某向苏林总书记汇报了…: one who opens a sentence after the meeting by
    reporting, presenting or handing something to a party of it (向 + that party + an addressing verb) is at it too,
    a party (pa3). Read as far as setting_speakers reads, no further than another meeting, visit or call."""
    text = page.doc.text
    toward, verbs = rx.compile(cue("addressing_toward")), rx.compile(cue("addressing_verbs"))
    other_occasion = rx.compile(cue("addressing_other_occasion"))  # (下月将向…, 曾向…, 当天下午某某向…)
    out: list[str] = []
    for start, end, other in _sentences_after(page, c):
        if other:
            return out
        people = people_in(page, start, end)
        if len(people) < 2 or _not_subject(text, start, people[0].start, asides_in(page, start, end)):
            continue
        who, to = page.entities.get(people[0].entity_id), page.entities.get(people[1].entity_id)
        if who is None or to is None or to.name not in participants or who.name in participants + out or \
                not toward.fullmatch(text, people[0].end, people[1].start) or \
                other_occasion.search(text[start:people[0].start] + text[people[0].end:people[1].start]):
            continue
        clause_end = min([end] + [i for ch in ",，;；" if (i := text.find(ch, people[1].end, end)) != -1])
        if verbs.search(text, people[1].end, clause_end):
            out.append(who.name)
    return out


def _sentences_after(page: EventPage, c: Clause) -> Iterator[tuple[int, int, bool]]:
    """The first _SETTING_REACH sentences after the clause's in its brief's lead and body, each with whether it tells
    another meeting, visit or call (not one referring back to this one: 此次会谈)."""
    text, stops = page.doc.text, type_triggers("MEET", "VISIT", "CALL")

    def other(start: int, end: int) -> bool:
        return any(w in stops and not referred_back(text, start, at, w) for at, w in event_hits(page, start, end))
    return sentences_after(page, c, _SETTING_REACH, ends="。!?\n", stop=other)


def _not_subject(text: str, start: int, at: int, asides: list[tuple[int, int]]) -> bool:
    """Does a clause break or a subject that is no name (他, 双方) stand between the setting and the first person
    (asides left out: 会谈中,在某某陪同下,…)? Then that person is spoken of, not the speaker."""
    gap = "".join(ch for i, ch in enumerate(text[start:at], start) if not any(a <= i < b for a, b in asides))
    return rx.compile(cue("setting_speaker_gap_stop")).search(gap) is not None
