"""The two sides of what 双方 does right after talks (会后,双方签署…; 对话会结束时,双方签署…): the lands of
the two people the sentence before names as the talks' parties, not the page's headline pair."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, country_name
from dipnet.extract.participants.lands import land_of

_BACK = 300  # characters before the sentence where the talks it follows on from are told


def talks_lands(page: EventPage, c: Clause) -> list[str]:
    """The two lands of the talks a sentence opening with an after-the-talks word follows on from (the
    people of the sentence before, nearest first), or [] where it opens otherwise or they are not two."""
    text = page.doc.text
    if not rx.compile(cue("after_talks_opening")).match(text, c.sentence[0], c.sentence[1]):
        return []
    lo = max(0, c.sentence[0] - _BACK)
    stop = max(text.rfind(ch, lo, max(lo, c.sentence[0] - 1)) for ch in "。!?\n")
    lands: list[str] = []
    for m in page.in_span(max(lo, stop + 1), c.sentence[0]):
        e = page.entities.get(m.entity_id)
        land = country_name(land_of(page, m)) if e is not None and e.type == "PERSON" else None
        if land and land not in lands:
            lands.append(land)
    return lands if len(lands) == 2 else []
