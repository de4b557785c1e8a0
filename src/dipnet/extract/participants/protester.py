"""Who protests a wrong told in a speaker's words (ev6, issue 13): 王毅指出,…。美方出台…新规,严重违反自由贸易
规则: the paragraph opens with the one speaking, and the country whose act the sentence says violates is
protested against; the country harmed after the word is no party."""

from __future__ import annotations

import re

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue
from dipnet.extract.common.eventwords import words_of
from dipnet.extract.common.page import EventPage, country_name, names
from dipnet.extract.participants.framed import frame_opener
from dipnet.kb import load_kb
from dipnet.model import Mention


def told_protester(page: EventPage, c: Clause, k: int, trig: str, participants: list[str]) -> list[str]:
    """[speaker, violator] for a violation word (严重违反, 严重侵犯) whose sentence names no person, where
    the paragraph opens with a person and a verb of saying (郭嘉昆强调,) and a country is named in the
    sentence before the word (the first one) (菲方行径严重侵犯中方主权); else the participants unchanged."""
    if trig not in words_of("violation_words"):
        return participants
    text = page.doc.text
    if any((e := page.entities.get(m.entity_id)) and e.type == "PERSON" for m in page.in_span(c.sentence[0], c.sentence[1])):
        return participants
    seg = page.doc.segment_at(c.start)
    if seg is None:
        return participants
    opening = [m for m in page.in_span(seg.start, min(seg.end, seg.start + 40))]
    first = opening[0] if opening else None
    ent = page.entities.get(first.entity_id) if first is not None else None
    if first is None or ent is None or ent.type != "PERSON" or text[seg.start:first.start].strip():
        return participants
    verbs = "|".join(map(re.escape, (*codebook().report_verbs, *words_of("stress_verbs"))))
    if not rx.compile(cue("speech_adverbs") + f"(?:{verbs})[,，:：]").match(text, first.end):
        return participants
    violators = names(page, [m for m in page.in_span(c.sentence[0], k) if (e := page.entities.get(m.entity_id)) and e.type == "COUNTRY"],
                      ("COUNTRY",))
    if not violators or ent.name in violators:
        return participants
    return [ent.name, violators[0]]


def framed_protester(page: EventPage, c: Clause, k: int) -> list[Mention]:
    """中国驻德大使某某在德国总理访华前夕,批评德国… / 某某在接受采访时,批评…: the frame's subject protests, unless
    the clause names anyone before the word (德国总理在访华前夕,中国外交部批评…: the body after the frame protests)."""
    return [] if page.in_span(c.start, k) else frame_opener(page, c, k)


def body_lands(page: EventPage, c: Clause, participants: list[str]) -> list[str]:
    """越南驳斥中国外交部发言人…的错误言论: a foreign body protested against (or protesting) stands for its
    country, which is a party too (SPEC: every actor the text names; a protest is between countries) —
    the participants with the land of each such body after it, where the sentence names that land only
    inside the body's name."""
    out = list(participants)
    for m in page.in_span(*c.sentence):
        e = page.entity(m)
        if e is None or e.type != "ORG" or e.name not in participants or not e.country:
            continue
        land = country_name(e.country)
        if land and land not in out and land in e.name:
            out.insert(out.index(e.name) + 1, land)
    return out


def demonstrated_against(page: EventPage, c: Clause, trig: str, participants: list[str]) -> list[str]:
    """越南反中示威扩大为暴动, 举行反北京示威: the land the word after 反 names (its one-character short form, or its
    capital) is protested against — the participants with that land after them, where missing; and where they name
    nothing else, the land of the place the sentence names first protests (河内再现反华游行: 越南)."""
    if trig not in words_of("demonstration_words"):
        return participants
    m = rx.compile(cue("demonstration_against")).match(trig)
    if m is None:
        return participants
    kb = load_kb()
    short = kb.short_forms().get(m.group(1))  # (an entry's id: 中 → country:CN)
    entry = kb.get(short[0]) if short else None
    land = entry.name if entry else country_name(next((e.country for e in kb.by_name(m.group(1)) if e.country), None))
    if not land:
        return participants
    out = [p for p in participants if p != land]
    if not out:
        places = [e for m in page.in_span(*c.sentence) if (e := page.entity(m)) and e.type == "LOCATION" and e.country]
        home = country_name(places[0].country) if places else None
        out = [home] if home and home != land else []
    return out + [land]


def capital_governments(page: EventPage, c: Clause, k: int, trig: str, participants: list[str]) -> list[str]:
    """新德里指责巴基斯坦…, 伊斯兰堡否认…, 批评新德里…, 警告北京不要…: a capital (the knowledge base's kind) that opens
    the clause as the protest word's subject, or that the word is said to right after it, is its government acting or
    addressed — its country is a party (the one protesting first, the one protested against last), where missing; and
    the clause names both sides: a party named only in another clause of the sentence is none."""
    text, kb, out, found = page.doc.text, load_kb(), list(participants), False
    lead, subject, addressed = (rx.compile(cue(n)) for n in ("capital_lead", "capital_subject_gap", "capital_object_gap"))
    for m in page.in_order(c.start, c.end):
        e = page.entity(m)
        entry = kb.get(e.kb_id) if e is not None and e.type == "LOCATION" and e.kb_id else None
        if e is None or entry is None or entry.kind != "capital" or any(
                o.end - o.start > m.end - m.start for o in page.overlapping(m.start, m.end)):
            continue  # (北京大学: a city inside a body's name stands for no one)
        opens = m.end <= k and not page.in_order(c.start, m.start) and not page.in_order(m.end, k) and \
            lead.fullmatch(text, c.start, m.start) is not None and subject.fullmatch(text, m.end, k) is not None
        told_to = m.start >= k + len(trig) and addressed.fullmatch(text, k + len(trig), m.start) is not None
        land = country_name(e.country) if opens or told_to else None
        found = found or land is not None
        if land and land not in out:
            out.insert(0 if opens else len(out), land)
    if not found:
        return out
    # (越南今年4月指控…,美国因此警告北京不要…: the clause names both sides, none of another clause's is one)
    own = {e.name for m in page.in_span(c.start, c.end) if (e := page.entity(m)) is not None}
    return [p for p in out if p in own or p not in participants]


def protest_sides(page: EventPage, c: Clause, k: int, trig: str, participants: list[str]) -> list[str]:
    """The sides of a protest beyond the clause's named actors: the capitals standing for their governments, the
    speaker of a wrong told, the lands of foreign bodies, the land a demonstration is against."""
    told = told_protester(page, c, k, trig, capital_governments(page, c, k, trig, participants))
    return demonstrated_against(page, c, trig, body_lands(page, c, told))
