"""A paragraph of a party's reported words (issue 13, me7). A report of a meeting goes on in paragraphs of
what each side said (甲说,近年来,乙主席和丙总统多次会晤… / 丁总理…并表示,…他本人…已经三次同
戊总理会见): the meetings and visits told inside those words are recalled, not occasions of the page, so a
sentence of attendance closing the report (某某参加会见 / 使馆参赞某某出席活动) is no attendance of theirs, and
the words neither end the reading of attendance after the report's own meeting nor use up its reach."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage
from dipnet.model import Segment

_ENDS = "。!?！？\n"


def said_from(page: EventPage, seg: Segment, speakers: set[str] | None) -> int | None:
    """Where the reported words of one of `speakers` (the event's people; None: any person) open in the paragraph
    `seg`: its first sentence names such a speaker before a verb of saying and its comma (某某说, / 某某…并表示,);
    None where the paragraph opens otherwise."""
    memo: dict[tuple[int, frozenset[str] | None], int | None] = page.__dict__.setdefault("_party_words", {})
    got_key = (seg.start, frozenset(speakers) if speakers is not None else None)
    if got_key in memo:
        return memo[got_key]
    text = page.doc.text
    first = min((i for i in (text.find(ch, seg.start, seg.end) for ch in _ENDS) if i >= 0), default=seg.end)
    said = rx.compile(cue("report_frame")).search(text, seg.start, first)
    got = None
    if said is not None:
        before = [e.name for m in page.in_span(seg.start, said.start())
                  if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"]
        if before and (speakers is None or any(n in speakers for n in before)):
            got = said.end()
    memo[got_key] = got
    return got
