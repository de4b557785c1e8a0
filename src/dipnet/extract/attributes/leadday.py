"""The day a story reports when its opening names a stamp first: a dispatch line (新华社喀布尔7月17日电)
or a posting time (2024/01/25 06:16) dates the report; the day the lead then tells its news on
(…交接仪式16日在…举行, 中国外交部24日重申) is the day of what the article goes on to tell."""

from __future__ import annotations

import datetime as dt

from dipnet import rx
from dipnet.extract.common.page import EventPage
from dipnet.extract.common.timeindex import DISPATCH as _DISPATCH
from dipnet.model import TimeExpr

_STAMP_REST = 14  # characters beside a time on its line that still make the line a stamp (发布时间:, 来源…)
_LEAD_REACH = 7  # days before the stamp within which the lead's day is the news's
_OPENING = 4  # the paragraphs (headline, lead, first body ones) whose days tell the story's
_TODAY = ("今天", "今日", "当天")  # on the normalized (Simplified) text


def _stamp(page: EventPage, t: TimeExpr) -> bool:
    """A time that stamps the report rather than telling when something happened."""
    text = page.doc.text
    if _DISPATCH.match(text, t.end):
        return True
    seg = page.doc.segment_at(t.start)
    if seg is None:
        return False
    # (a dateline's day with no dispatch word, 越通社河内——2月5日, is the news's own day: no stamp)
    # (the clock a posting time gives after its day, 2031-05-09 19:52:00, belongs to the stamp)
    clock = rx.compile(r"\s*\d{1,2}:\d\d(?::\d\d)?").match(text, t.end)
    rest = (seg.end - seg.start) - (t.end - t.start) - (clock.end() - t.end if clock else 0)
    # a page with no headline opens on its account's name and posting time (某某号2025-03-05 21:01:26),
    # which the segmenter takes for the title: with its clock that line stamps the report too (a
    # headline holding a day, 3月5日越南国家主席会见…, tells news and gives no clock)
    return (seg.kind in ("body", "lead") or (seg.kind == "title" and clock is not None)) and rest <= _STAMP_REST


def _reporter_today(page: EventPage, t: TimeExpr) -> bool:
    """Does the sentence holding t also say 'today' (美国国务院26日宣布…,外交部今天表示…)? The news is then the
    day of the report, the day the sentence names only what it answers."""
    text = page.doc.text
    start = max(text.rfind(ch, 0, t.start) for ch in "。!?\n") + 1
    ends = [i for ch in "。!?\n" if (i := text.find(ch, t.end)) != -1]
    sentence = text[start:min(ends) if ends else len(text)]
    return any(w in sentence for w in _TODAY)


def _news_day(page: EventPage, times: list[TimeExpr]) -> str | None:
    """The first full day the opening paragraphs tell, within a week before the page's stamp."""
    pub = page.doc.published.date if page.doc.published else None
    if not pub or len(pub) != 10:
        return None
    stamp = dt.date.fromisoformat(pub)
    for t in times:
        if t.kind != "date" or t.precision != "day" or not t.value or len(t.value) != 10 or _stamp(page, t):
            continue
        try:
            told = dt.date.fromisoformat(t.value)
        except ValueError:
            continue
        near = dt.timedelta(0) <= stamp - told <= dt.timedelta(days=_LEAD_REACH)
        return t.value if near and not _reporter_today(page, t) else None
    return None


def _told_day(t: TimeExpr, filed: bool) -> bool:
    """A full day the text tells: a date, or, under a dispatch line filed on another day than the page's
    (`filed`), a day counted from the dispatch's (昨晚 under (槟城22日讯) on a page of the 23rd: timex/dispatchdays.py;
    not a 'yesterday' of the page's own, whose news may go on today)."""
    return t.precision == "day" and bool(t.value) and len(t.value or "") == 10 and (
        t.kind == "date" or (filed and t.kind == "relative" and "approximate" not in t.note))


def lead_day(page: EventPage) -> str | None:
    """The story's day (page.story_day), or the earlier day the lead tells its news on when the story's
    day is a stamp's (a dispatch line's, a posting time's)."""
    day: str | None = page.story_day
    cached: dict[str | None, str | None] = page.__dict__.setdefault("_lead_day", {})
    if day in cached:
        return cached[day]
    cached[day] = day
    opening = [s for s in page.doc.segments if s.kind in ("title", "lead", "body", "dateline")][:_OPENING]
    times = [t for t in page.doc.times if any(s.start <= t.start < s.end for s in opening)]
    if day is None:  # no day in the first paragraphs: the first the opening tells its news on, just before the stamp
        cached[day] = _news_day(page, times)
        return cached[day]
    if len(day) != 10:
        return day
    first = next((t for t in times if t.value == day and t.precision == "day"), None)
    if first is None or not _stamp(page, first):
        return day
    stamp = dt.date.fromisoformat(day)
    pub = page.doc.published.date if page.doc.published else None
    filed = bool(_DISPATCH.match(page.doc.text, first.end)) and day != pub
    for t in times:
        if t.start <= first.start or not _told_day(t, filed):
            continue
        seg = page.doc.segment_at(t.start)
        if seg is None:
            continue
        try:
            told = dt.date.fromisoformat(t.value or "")
        except ValueError:
            continue
        near = dt.timedelta(0) < stamp - told <= dt.timedelta(days=_LEAD_REACH)
        if _DISPATCH.match(page.doc.text, t.end):  # a dispatch line under a posting time: its day, unless the lead's
            if near:
                cached[day] = t.value
            continue
        if seg.kind not in ("lead", "body") or _stamp(page, t):
            continue
        if near and not _reporter_today(page, t):
            cached[day] = t.value
        break  # (only the first day the lead names after the stamp)
    return cached[day]


def dispatch_day(page: EventPage) -> str | None:
    """The day of the page's dispatch line (本报济南11月20日讯, 新华社北京7月17日电) in its opening paragraphs."""
    opening = [s for s in page.doc.segments if s.kind in ("title", "lead", "body", "dateline")][:_OPENING]
    text = page.doc.text
    for t in page.doc.times:
        if any(s.start <= t.start < s.end for s in opening) and t.precision == "day" and t.value \
                and len(t.value) == 10 and _DISPATCH.match(text, t.end):
            return t.value
    return None
