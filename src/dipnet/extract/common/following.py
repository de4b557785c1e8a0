"""The sentences that follow an event's clause, where readers look for the people a lead or a setting left unnamed
(participants.namedafter: 中越两国领导人举行会谈。习近平同苏林…; participants.settingspeakers: 会谈上,某某…).
One walker, the readers differing only in how far they read and where they stop."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from dipnet.extract.common.clauses import SENTENCE_MARKS, Clause, iter_sentences
from dipnet.extract.common.page import EventPage
from dipnet.model import Segment

_TOLD = ("lead", "body")  # the zones a story is told in (a headline or caption only sums it up)


def sentences_after(page: EventPage, c: Clause, reach: int, *, paragraphs: int | None = None,
                    after_headline: bool = True, ends: str = SENTENCE_MARKS,
                    stop: Callable[[int, int], bool] | None = None) -> Iterator[tuple[int, int, bool]]:
    """The first `reach` sentences after the clause's in its brief's lead and body (its own paragraph's rest, then
    the next ones; no more than `paragraphs` of them where given), each as (start, end, stops): whether `stop` holds
    of it (a sentence telling another occasion: each reader decides what that ends). None after a clause outside
    the lead and body unless `after_headline` (a headline's summed-up event may be of another kind than the body's)."""
    if not after_headline:
        seg = page.doc.segment_at(c.start)
        if seg is None or seg.kind not in _TOLD:
            return
    zone = [s for s in _told(page, c.brief) if s.end > c.sentence[1]]
    count = 0
    for seg in zone if paragraphs is None else zone[:paragraphs]:
        for start, end in iter_sentences(page.doc.text, max(seg.start, c.sentence[1]), seg.end, ends):
            count += 1
            if count > reach:
                return
            yield start, end, stop is not None and stop(start, end)


def _told(page: EventPage, brief: int | None) -> list[Segment]:
    """The brief's lead and body segments in page order, sorted out once per page and brief (each event's
    clause asked a walk of every segment of the page)."""
    told: dict[int | None, list[Segment]] = page.__dict__.setdefault("_told_segments", {})
    got = told.get(brief)
    if got is None:
        got = told[brief] = [s for s in page.doc.segments if s.brief == brief and s.kind in _TOLD]
    return got


__all__ = ["sentences_after"]
