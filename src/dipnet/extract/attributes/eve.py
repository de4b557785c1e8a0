"""A page written on the eve of a trip (访问前夕,中国驻越南大使接受专访时表示…): where the page's date is known to
its month only, a trip whose first day falls in that month is still to come when the page says so."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.datewords import words as _words
from dipnet.extract.common.page import EventPage


def on_the_eve(page: EventPage, brief: int | None, date: str | None, anchor: str | None) -> bool:
    """Whether a trip dated `date` (a day) is ahead of a report known to its month (`anchor`) that tells the eve
    of a trip in the same story (article or teaser)."""
    if not date or len(date) != 10 or not anchor or len(anchor) != 7 or date[:7] != anchor:
        return False
    text = page.doc.text
    return any(page.doc.brief_at(m.start()) == brief
               for m in rx.compile(str(_words()["eve_of_trip"])).finditer(text))
