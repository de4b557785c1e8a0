"""The country holding an election its winner is told with (ev56): 特朗普赢得美国总统大选, 某某在美国总统选举中获胜 —
the land named between the elected and the election word, right before the word or the office it elects,
is a party of the ELECTION as the land after 当选 (当选韩国总统) already is."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.eventwords import pattern_of
from dipnet.extract.common.page import EventPage, names
from dipnet.model import Mention


def held_in(page: EventPage, k: int, elected: Mention) -> list[str]:
    """The countries named right before the election word at `k` (an office or a chamber at most between),
    after the elected person's name (the office may be read as a mention of theirs: 美国总统 of 特朗普)."""
    between = rx.compile(pattern_of("election_land_between"))
    lo = min((m.start for m in page.in_span(max(0, k - 40), k) if m.entity_id == elected.entity_id), default=elected.start)
    lands = [m for m in page.in_span(lo, k) if between.fullmatch(page.doc.text, m.end, k)]
    return names(page, lands, ("COUNTRY",), in_titles=True)
