"""A land that qualifies a thing, a place or a sum (ag5, issue 13): beside a party body of its own, a land the sentence
names only as a modifier — of a common noun after a pair written together (…建设越柬边界线), of a short noun closing its
clause (…等越南特产。), before a place of its own (在中国云南省某市举行) or as its currency (800万澳门元) — tells what
the gift, the line or the sum is, not who gives or signs: the body is the side (SPEC: the parties are who gives,
receives or signs; the official gold lists the bodies alone in both forms on dev (a fronts' joint communique on the
border line) and dev2 (a ministry's gift with the land's small presents)). Only AID and AGREEMENT (landprefix.py). A
land followed by a word that lets it stand as a side (越南党、国家, 中国政府, 越南向…, 中越两国, 中国的) or by a trigger
(中国援助…) stands, one land before a longer run stands (越南始终支持…: a subject before its verb), and one never named
in the sentence is not judged here. The words are data (participants.toml: land_stands_after, land_noun_tail,
land_currency_after)."""

from __future__ import annotations

from bisect import bisect_left

from dipnet.extract.common.page import EventPage, iso
from dipnet.extract.participants.words import participant_pattern
from dipnet.model import Mention


def qualifies(page: EventPage, ms: list[Mention], i: int, land: str) -> bool:
    """Does the land mention ms[i] qualify what follows: a place of its own (a LOCATION mention of its country right
    after it), its currency (澳门元), a common noun after a run of lands written together (越柬…: a character that
    starts no mention, no trigger, and none of the words letting a land stand), or — one land — such a noun when it
    is short and closes the clause?"""
    text = page.doc.text
    h, j = i, i
    while h > 0 and ms[h - 1].end == ms[h].start and _is_land(page, ms[h - 1]):
        h -= 1
    while j + 1 < len(ms) and ms[j + 1].start == ms[j].end and _is_land(page, ms[j + 1]):
        j += 1
    end = ms[j].end
    nxt = next((o for o in ms[j + 1:j + 3] if o.start >= end), None)
    if nxt is not None and nxt.start == end:
        e = page.entities.get(nxt.entity_id)
        return e is not None and e.type == "LOCATION" and bool(e.country) and e.country == iso(page, land)
    if participant_pattern("land_currency_after").match(text, end) is not None:
        return True  # (800万澳门元: its money)
    if end >= len(text) or not ("\u4e00" <= text[end] <= "\u9fff"):
        return False
    if participant_pattern("land_stands_after").match(text, end) is not None or _trigger_in(page, end, end + 1):
        return False
    if j > h:
        return True  # (…越柬边界线: a pair's common noun)
    # one land: only before a short noun that closes its clause (…等越南特产。), with no name and no trigger in
    # it — a land before a longer run may be a subject before its verb (越南始终支持…)
    tail = participant_pattern("land_noun_tail").match(text, end)
    return tail is not None and not any(o.start < tail.end() for o in ms[j + 1:j + 2]) \
        and not _trigger_in(page, end, tail.end())


def _trigger_in(page: EventPage, start: int, end: int) -> bool:
    """Does a trigger word start in [start, end)?"""
    hits = page.trigger_hits
    k = bisect_left(hits, (start, ""))
    return k < len(hits) and hits[k][0] < end


def _is_land(page: EventPage, m: Mention) -> bool:
    e = page.entities.get(m.entity_id)
    return e is not None and e.type == "COUNTRY"
