"""A people's exchange held under a quoted name of its own (三方在河内联合举办“甲—乙友好交流”活动, “…大联欢”等系列活动
在某镇举办): the ones the sentence names outside the quotes hold it; the names inside the quotes only name the
gathering. A person or body named there is no party (SPEC: a name inside another name is none); a land named
there takes part only where no one outside the quotes holds it (以「中越友谊…」为主题的…活动在某村举行: the two
lands); none at all but 双方/两国 before the word: the two lands they stand for (双方成功举行“…”活动); none but a
pair's compound in the quotes (“…中越边民大联欢”等系列活动): the two it names. Called by events.py for the words of data/events.toml named_activity_words (r3b, stop 57)."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cues
from dipnet.extract.common.eventwords import words_of
from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.shortpairs import sentence_pair
from dipnet.extract.participants.sides import two_lands

_CLOSING = {"”": "“", "」": "「"}


def _quoted_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The quoted stretches (opening mark to closing mark) between lo and hi."""
    spans: list[tuple[int, int]] = []
    for close, opening in _CLOSING.items():
        at = text.find(opening, lo, hi)
        while at != -1:
            end = text.find(close, at + 1, hi)
            if end == -1:
                break
            spans.append((at, end + 1))
            at = text.find(opening, end + 1, hi)
    return spans


def activity_name_out(page: EventPage, c: Clause, k: int, trig: str, participants: list[str]) -> list[str]:
    """The participants less the names that stand only inside the quoted names of the sentence, where the
    trigger is a named activity's word; the lands among them stay where no one else is left, and where none
    is, the two lands 双方 before the word stands for, or that a compound in the quotes names (中越)."""
    if trig not in words_of("named_activity_words"):
        return participants
    text = page.doc.text
    spans = _quoted_spans(text, *c.sentence)
    if not spans:
        return participants
    inside: set[str] = set()
    outside: set[str] = set()
    for m in page.in_span(*c.sentence):
        if (e := page.entities.get(m.entity_id)) is None:
            continue
        (inside if any(a <= m.start and m.end <= b for a, b in spans) else outside).add(e.name)
    named_in = {p for p in participants if p in inside and p not in outside}
    held_by = [p for p in participants if p not in named_in]
    if held_by:
        return held_by
    lands = [p for p in participants if "COUNTRY" in page.types_of.get(p, set())]
    if not lands and any(w in text[c.start:k] for w in cues("both_sides")):
        return two_lands(page, c)
    # (“…中越边民大联欢”等系列活动在某镇举办: the two lands the quoted name's compound names)
    return lands or next((got for a, b in spans if (got := sentence_pair(page, a, b))), [])
