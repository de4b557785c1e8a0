"""People named only in another clause of an agreement's sentence are no parties of it (fa2, issue 13): the
speaker who reports it (范秋姮强调,双方防务合作在符合合作文件与协议的基础上…; 温家宝说,此次两国元首签署联合声明), a
person named after the agreement's clause, and those of an earlier clause where the agreement's clause names its own
subject (日本首相某某与越南总理某某举行会谈,…,双方就…达成了协议: the two sides agree). SPEC lists an agreement's
signatories; the open gold names a person in 3 of 49 agreements, each time the clause's subject carried on
(…举行会谈,共同签署会谈纪要), who stays. The words are data (data/participants.toml: speaker_after, own_subject)."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.words import participant_pattern
from dipnet.model import Mention


def other_clause_people_out(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """The participants less the people whose every mention in the sentence stands outside the agreement's clause
    and who speak in a clause of their own, are named after the clause, or whom the clause's own subject displaces."""
    ents, text = page.entities, page.doc.text
    people = {p for p in participants if "PERSON" in page.types_of.get(p, set())}
    if not people:
        return participants
    where: dict[str, list[Mention]] = {}
    for m in page.in_span(*c.sentence):
        e = ents.get(m.entity_id)
        if e is not None and e.type == "PERSON" and e.name in people:
            where.setdefault(e.name, []).append(m)
    own = _own_subject(page, c, k)
    speaker = participant_pattern("speaker_after")
    relative = _relative_verb(page, c, k)
    # (落实中越联合声明精神: an instrument carried out, no signing told before it in the sentence: people elsewhere
    # are no parties; 甲乙交换《协议书》和…履行《备忘录》 tells a signing, its people stay)
    carried = participant_pattern("carry_out_before").search(text, c.start, k) is not None and \
        participant_pattern("sign_predicate").search(text, c.sentence[0], k) is None
    out = set()
    for name, ms in where.items():
        if relative is not None:  # (围绕去年达成的…协议: no signing told, only its own subject signed it)
            if not any(_relative_subject(page, c, m, relative) for m in ms):
                out.add(name)
            continue
        inside = [m for m in ms if c.start <= m.start < c.end]
        if inside and all(_appraiser(page, c, m, k) for m in inside):
            out.add(name)  # (某某欢迎…的签署, 某某就两国签署…接受采访: an appraiser of the instrument, no signer)
            continue
        if inside:
            continue  # (named inside the agreement's clause)
        if all(m.start >= c.end for m in ms) or own or carried or all(speaker.match(text, m.end) for m in ms):
            out.add(name)
    kept = [p for p in participants if p not in out]
    return kept if kept else participants


def _own_subject(page: EventPage, c: Clause, k: int) -> bool:
    """Does the agreement's clause open with a subject of its own before the word: both sides, or a country or body
    (双方就…达成了协议, 中国与印尼签署…; not 同时还发表中菲联合声明, whose lands stand in the instrument's name)?"""
    text = page.doc.text
    at = participant_pattern("clause_opener").match(text, c.start, k)
    start = at.end() if at else c.start
    if participant_pattern("own_subject").match(text, start, k):
        return True
    return any(m.start == start and (e := page.entities.get(m.entity_id)) is not None and e.type in ("COUNTRY", "ORG")
               for m in page.in_span(start, k))


def _relative_verb(page: EventPage, c: Clause, k: int) -> int | None:
    """Where the verb of a relative clause naming the agreement as one signed before starts (围绕去年达成的…协议,
    某某访华期间所发表的联合声明), if the clause has no signing or exchanging verb of its own before the word."""
    text = page.doc.text
    found = participant_pattern("sign_relative").search(text, c.start, c.end)
    if found is None or found.start() > k or participant_pattern("sign_predicate").search(text, c.start, k):
        return None
    return found.start()


def _relative_subject(page: EventPage, c: Clause, m: Mention, verb: int) -> bool:
    """Is the mention inside the clause the relative verb's own subject (甲与乙共同签署的协议: only names, joining
    words and titles between it and the verb)?"""
    if not c.start <= m.start < m.end <= verb:
        return False
    text, gap, at = page.doc.text, [], m.end
    for o in sorted(page.in_span(m.end, verb), key=lambda o: o.start):
        if o.start >= at and (e := page.entities.get(o.entity_id)) is not None and e.type == "PERSON":
            gap.append(text[at:o.start])
            at = o.end
    gap.append(text[at:verb])
    return participant_pattern("relative_subject_gap").fullmatch("".join(gap)) is not None


def _appraiser(page: EventPage, c: Clause, m: Mention, k: int) -> bool:
    """Is the person at m, in the agreement's clause before its word, the subject of a verb that appraises or
    speaks of the instrument (某某欢迎…的签署, 某某高度赞赏…联合声明, 某某对…所达成协议…表示满意, 某某就两国签署…的意义
    接受采访): the verb between the name and the word, or after the word with 就/对 right after the name?"""
    text = page.doc.text
    if not m.end <= k:
        return False
    if participant_pattern("appraisal_before").match(text, m.end, k):
        return True
    return bool(participant_pattern("appraisal_topic").match(text, m.end, k)) and \
        participant_pattern("appraisal_after").search(text, k, c.end) is not None
