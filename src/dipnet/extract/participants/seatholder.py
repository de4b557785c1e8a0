"""Who holds a seat a clause tells (ev19, issue 13): the country right before a verb of holding it (越南成功担任
东盟2020年轮值主席国, 印尼在担任…轮值主席国) holds it; a country named before that one (老挝总理祝贺越南…,
新加坡已积极支持越南担任…) congratulates, supports or thanks, and holds no seat. Called by actors.py.
(mr) A seat is in the organ named right before the seat word (…安理会非常任理事国) or in the organs listed after it
(当选…的成员,如:甲、乙): the body above that organ (联合国 of 联合国193个成员国 beside 安理会) is no seat's body."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import EventPage, names
from dipnet.extract.participants.lands import international_body, parent_body
from dipnet.model import Mention


def seat_holder(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """The seat's participants (_holder) without the body above the seat's organ (_parents_out)."""
    return _parents_out(page, c, k, _holder(page, c, k, participants))


def _parents_out(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """The participants without a body whose organ holds the seat: the organ's name ending right at the seat word
    (联合国…安理会非常任理事国), or listed after it behind a word that opens the list (的成员,如:联合国大会、…)."""
    text = page.doc.text
    listing = rx.compile(cue("seat_organs_listed"))
    organs = [m for m in page.in_span(k, c.sentence[1]) if (e := page.entities.get(m.entity_id)) is not None
              and e.type == "ORG" and (m.end == k or (m.start > k and listing.search(text, k, m.start)))]
    organs += [m for m in page.in_span(c.start, k) if m.end == k and (e := page.entities.get(m.entity_id)) is not None
               and e.type == "ORG"]
    named = names(page, organs, ("ORG",))
    above = {b for n in named if (b := parent_body(page, n)) and b not in named}
    return [p for p in participants if p not in above]


def _holder(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """The participants with the one country that holds the seat first and no other country, when a
    country stands right before the clause's last verb of holding (adverbs at most between) and is no
    item of a list (甲和乙分别担任: left as read)."""
    text = page.doc.text
    verbs = list(rx.compile(cue("seat_holding_verbs")).finditer(text, c.start, k))
    if not verbs:
        return participants
    at = verbs[-1].start()
    lands = [m for m in page.in_span(c.start, at) if (e := page.entities.get(m.entity_id)) is not None and e.type == "COUNTRY"]
    if not lands or not rx.compile(cue("seat_holder_gap")).fullmatch(text, lands[-1].end, at):
        return participants
    if text[max(c.start, lands[-1].start - 1):lands[-1].start] in cue("list_joiners"):
        return participants
    holder = names(page, lands[-1:], ("COUNTRY",))
    if not holder:
        return participants
    return holder + [p for p in participants if p not in holder and "COUNTRY" not in page.types_of.get(p, set())]


def context_body(page: EventPage, kind: str, c: Clause, k: int, trig: str, mentions: list[Mention]) -> list[Mention]:
    """(or1) A chair's seat word whose clause names no international body (轮值主席国某国呼吁…, 此次会议由轮值主席国
    某国主办, 下任主席国由某国担任): the mention of the body the sentence names last before it, else the sentence
    before (…举行峰会,轮值主席国某国…; …下次会议在某国举行。下任主席国由某国担任) — the seat is that body's
    (SPEC: a chair in a multilateral body). None where the clause names one, or for another word (cues: bare_chair_words)."""
    if kind != "MULTILATERAL_ROLE" or trig not in cues("bare_chair_words") or any(_international(page, m) for m in mentions):
        return []
    text = page.doc.text
    lo = max(0, c.sentence[0] - _BODY_REACH)
    stop = max(text.rfind(ch, lo, max(lo, c.sentence[0] - 1)) for ch in "。!?！？\n")
    for a, b in ((c.sentence[0], k), (max(lo, stop + 1), c.sentence[0])):
        bodies = [m for m in page.in_span(a, b) if _international(page, m)]
        if bodies:
            return bodies[-1:]
    return []


def context_parents(page: EventPage, c: Clause, trig: str, participants: list[str]) -> list[str]:
    """The participants with a body context_body found (named outside the clause) named by the international body it
    belongs to (某组织成员国元首理事会…会议,…轮值主席国某国 → 某组织: the chair is the organization's)."""
    if trig not in cues("bare_chair_words"):
        return participants
    inside = {e.name for m in page.in_span(c.start, c.end) if (e := page.entities.get(m.entity_id)) is not None}
    out: list[str] = []
    for p in participants:
        up = parent_body(page, p, True) if p not in inside and "ORG" in page.types_of.get(p, set()) else None
        if (up or p) not in out:
            out.append(up or p)
    return out


def _international(page: EventPage, m: Mention) -> bool:
    return international_body(page.entities.get(m.entity_id))


_BODY_REACH = 200  # characters before the seat word's sentence within which the sentence before it is read
