"""The month of a numbered event a page's head tells as happening now ('第33届东盟峰会今(11)日开幕',
'第十四届国会第一次会议已选出…'): the page is of the month it was held in (numbered.json's 'months'),
so a day the text tells without its month ('今(11)日', '11日电') falls in that month. Not one told as
past ('曾出席', '此前'), nor as still to come ('将于…举行', '…峰会前夕') unless within days ('将于本月…'),
nor as over by what follows it ('…全会精神', '…峰会以来'), nor a passing mention further down."""

from __future__ import annotations

from dipnet.rx import plain as _plain

from .knowledge import Numbered
from .patterns import clause_before
from .words import WORDS

HEAD = 300  # what the headline or the lead tells: the opening characters of the page
_PAST = _plain(WORDS["told_as_past"])
_COMING = _plain(WORDS["told_as_coming"])
_COMING_AFTER = _plain(WORDS["told_as_coming_after"])
_AFTER = _plain(WORDS["told_as_after"])  # '…全会精神', '…峰会以来': told as over
_SOON = _plain(WORDS["told_as_coming_soon"])  # '将于本月13日至17日出席': coming within days is of now


def held_month(text: str, nm: Numbered, year: int) -> tuple[int, str] | None:
    """(month, evidence) when `nm`, a numbered event of `year` with a known month, is told in the page's
    head as held now; None otherwise."""
    a, b = nm.span
    if not nm.month or a >= HEAD or year != nm.start:
        return None
    before = clause_before(text, a)
    after = text[b:b + 12]
    if _PAST.search(before) or _AFTER.search(after) or \
            (_COMING.search(before) or _COMING_AFTER.search(after)) and not _SOON.search(before):
        return None
    return nm.month, f"; month {nm.month}: {nm.text!r} ({nm.name}, held in {year}-{nm.month:02d}) told as of now"
