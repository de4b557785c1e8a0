"""The date of a page, and of each teaser in its related-news block.

Evidence is taken in order of trust: the page's own metadata, a timestamp in the page header, a
date in the URL, the dateline, and last what the text implies (anniversaries, numbered
congresses and sessions, terms of office, the latest year the text speaks of as present).
Precision is honest: a day only when a day is known, a month when the month is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from email.utils import parsedate_to_datetime
from functools import lru_cache

from dipnet.rx import plain as _plain
from dipnet.rxneeds import search as _search_needing

from ..model import DateValue, TimeExpr
from .anchors import valid_date
from .briefs import infer_brief_dates
from .copies import copied_lead_day as _copied_lead_day
from .datelines import dateline_md, dateline_ymd
from .leadmonth import day_before_span, month_after_late_part
from .pageday import (
    anchored_day,
    date_strip_lines,
    headline_rows,
    quoted_url,
    reading_day_line,
    relative_anchor,
    roc_code_day,
    short_year_url_day,
    span_month,
    weekday_days,
    weekday_month,
)
from .pagemonth import month_after, planned_written, preview_month, told_month
from .parse import find_times, parse_anchor
from .siteclock import site_clock
from .spoken import FUTURE_AFTER, FUTURE_BEFORE, PLANNED, TERM_BEFORE
from .stamps import date_value, foot_stamp, header_stamp, stamp_of_day, url_date, url_query_year
from .stories import first_story
from .termstart import term_start_reported
from .updates import updated_day
from .urlagree import url_day_told
from .words import WORDS
from .year import YearGuess, infer_year

_PLANNED_AFTER = _plain(WORDS["planned_after_day"])
_BEGUN = _plain(WORDS["begun_headline"])
_OWN_DAY = _plain(WORDS["headline_own_day"])
__all__ = ["FUTURE_AFTER", "FUTURE_BEFORE", "PLANNED", "infer_published", "infer_brief_dates"]

EARLIER = _plain(WORDS["earlier"])
# (将 of a general's rank is no plan: '吴春历大将于5月27日下午…')
PAGE_MONTH_CONFIDENCE = float(WORDS["page_month_year_confidence"])


_CAPTION_LINE = _plain(WORDS["caption_line"])
# what makes a first line a lead's prose, not a headline (a sentence's comma or stop, a wire's dateline dash)
_NOT_HEADLINE = _plain(WORDS["roundup_title_not"])
_FURNITURE_LINE = _plain(r"!\[|\|\s*$|^\s*\|")


@lru_cache(maxsize=16)
def _lead_head(text: str) -> str:
    """The title and the first paragraphs: the first four lines that are neither empty, nor a photo
    caption, nor page furniture (read up to the fourth, not over the whole text; a page's date is
    inferred reading the lead up to three times, for as many candidate years)."""
    lines: list[str] = []
    for ln in text.split("\n"):
        # (a paragraph of sentences that a crawl closed with a table's '|' is prose, not a row of headlines)
        furniture = _FURNITURE_LINE.search(ln) and ln.count("。") < 2
        if ln.strip() and not _CAPTION_LINE.search(ln) and not furniture:
            lines.append(ln)
            if len(lines) == 4:
                break
    return "\n".join(lines)[:700]


def _story_after_stamp(text: str, st: DateValue) -> DateValue | None:
    """A store's stamp right before a story that opens with a later day of the same month or the next
    (' date 2026-02-01 2月13日,…会见了…'): the story is of that day (a report does not come before what
    it tells as done; planned days are no lead)."""
    raw = st.evidence[len("page stamp '"):-1] if st.evidence.startswith("page stamp '") else ""
    k = text.find(raw) if raw else -1
    if k == -1 or st.precision != "day":
        return None
    blanked = text[:k] + " " * len(raw) + text[k + len(raw):]
    stamp = dt.date.fromisoformat(st.date)
    lead = lead_md(blanked, stamp.year)
    if lead is None or lead[0].kind != "date" or lead[0].explicit_year or lead[0].start - (k + len(raw)) > 2:
        return None
    day = valid_date(stamp.year, int(lead[0].note[2:4]), int(lead[0].note[5:7]))
    if day is None or not stamp < day <= stamp + dt.timedelta(days=31):
        return None
    return date_value(day.year, day.month, day.day, "inferred", 0.8, f"lead {lead[1]!r} after {st.evidence}")


_COPY_SOURCE = _plain(WORDS["copy_source"])


def _copied_story(text: str, st: DateValue) -> DateValue | None:
    """A copying site's stamp ('发布时间:2024-11-30 18:48:14 来源: sp20241130') is the day it copied the
    story: the story is of its dateline's day ('中新网 北京7月17日电'), the last such day not after the copy."""
    raw = st.evidence[len("page stamp '"):-1] if st.evidence.startswith("page stamp '") else ""
    k = text.find(raw) if raw else -1
    if k == -1 or st.precision != "day" or not _COPY_SOURCE.match(text, k + len(raw)):
        return None
    dl = dateline_md(text[k + len(raw):])
    if dl is None or dl[0] is None:
        return _copied_lead_day(text[k + len(raw):k + len(raw) + 160], st)
    stamp = dt.date.fromisoformat(st.date)
    y = stamp.year if (dl[0], dl[1]) <= (stamp.month, stamp.day) else stamp.year - 1
    return date_value(y, dl[0], dl[1], "dateline", 0.6, f"{dl[2]} before a copy's {st.evidence}") if valid_date(y, dl[0], dl[1]) \
        else None


def _month_day(t: TimeExpr) -> tuple[int, int] | None:
    """A day's month and day, from its note ('--05-08') or, when its year is written, its value."""
    m = _plain(r"-(\d{2})-(\d{2})$").search(t.note if t.note.startswith("--") else t.value or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def lead_md(text: str, year: int | None = None) -> tuple[TimeExpr, str] | None:
    """The month-day a report opens with ('8月17日下午…', '于5月8日上午'): a single day with a
    time of day first, then any single day, then the start of a range; planned dates excluded."""
    # the lead: the title and the first paragraphs, photo captions skipped, so that a date deep
    # in the body ('在2023年5月17日召开的…会议上') is not taken for the report's day
    # and lines of page furniture (an image's markup, a row of related headlines ending in '|')
    head = _lead_head(text)
    title = head.split("\n", 1)[0]
    for t in find_times(title, None) if not _NOT_HEADLINE.search(title) else ():
        if t.kind == "range" and t.explicit_year and t.end_value and len(t.end_value) == 10 and \
                (year is None or t.end_value[:4] == str(year)):
            # a headline that names the span of days it sums up ('一周要闻回顾(2022.10.17-23)') is of its last day
            return TimeExpr(t.start, t.end, t.end_value, "day", None, "date", True, "round-up's last day"), title[t.start:t.end]
    cands = []
    for t in find_times(head, None):
        if t.precision != "day" or t.kind not in ("date", "range") or not (t.note.startswith("--") or t.explicit_year):
            continue
        since = bool(EARLIER.search(head[max(0, t.start - 3):t.start]))
        if PLANNED.search(head[max(0, t.start - 4):t.start]) or since and head[t.end:t.end + 1] != "起" or \
                _PLANNED_AFTER.match(head, t.end):
            continue  # a planned day ('将于5月8日', '峰会11月15日将在金边举行'), or one told as before the news ('此前3月31日')
        if TERM_BEFORE.search(head[max(0, t.start - 8):t.start]):
            continue  # the day a term of office begins ('任期从2024年1月1日起'), not the report's
        if t.explicit_year and year is not None and t.value and int(t.value[:4]) != year:
            continue  # a background date ('1945年8月28日,…外交部也于同日成立')
        timed = bool(_plain(WORDS["time_of_day_after_lead"]).match(head[t.end:t.end + 4]))  # '周三(10月2日)晚上'
        # (a span's first day the lead runs from, '自6月22日起对…进行访问': the report's month, when nothing else is)
        cands.append(((3 if since else 0 if timed and t.kind == "date" else 1 if t.kind == "date" else 2), t.start, t))
    if not cands:
        return None
    t = min(cands, key=lambda c: c[:2])[2]
    return t, head[t.start:t.end]


def lead_day(text: str, month: str) -> tuple[str, str] | None:
    """A bare day the report opens with after its headline ('华春莹15日宣布', '(北京19日综合电)'), read
    in `month` (yyyy-mm) or the one next to it: (ISO day, evidence). Planned days ('将于18日') are not the
    report's, nor the headline's (its day is often the one announced: '苏林18日访中')."""
    head = _lead_head(text)
    body = head[head.find("\n") + 1:] if "\n" in head else ""
    for t in find_times(body, month):
        if t.kind == "date" and t.note.startswith("day ") and t.value and \
                not PLANNED.search(body[max(0, t.start - 4):t.start]) and not EARLIER.search(body[max(0, t.start - 3):t.start]):
            return t.value, f"lead day {body[t.start:t.end]!r}"
    return None


def infer_published(*, text: str, url: str | None, meta: str | None, title: str = "",
                    dateline: str = "", tenure: Sequence[tuple[str, str, str | None]] = (),
                    fetched: str | None = None) -> DateValue | None:
    """The page's date: metadata > page stamp > URL day > dateline/lead with an inferred year >
    inferred month or year. `fetched` (ISO day) bounds what is inferred: no page is newer than its
    fetch; with nothing else, the page is of that year at most, which is all that is said."""
    if meta and not _plain(r"\s*\d{4}").match(meta):
        try:  # 'Sat, 03 Aug 2024 07:59:00 GMT' (HTTP / e-mail style)
            meta = parsedate_to_datetime(meta).date().isoformat()
        except (TypeError, ValueError):
            meta = None
    if meta and (a := parse_anchor(meta)):
        y, mo, d = a
        if 1990 <= y <= 2035:
            return date_value(y, mo, d, "metadata", 0.95, f"metadata {meta}")
    text = first_story(text)  # (a page of several stories under their own bylines: the first one's)
    if (today := reading_day_line(text)) is not None:  # a site's today-line: a bound, not the story's day
        text = today[0]
        if today[1] is not None and (fetched is None or today[1].isoformat() < fetched):
            fetched = today[1].isoformat()
    text = date_strip_lines(text)  # (an archive's calendar strip: the site's dates, not the story's)
    text = headline_rows(text)  # (a menu of the site's latest headlines: their years are not the page's)
    url_day, year_now = url_date(url), int(fetched[:4]) if fetched else dt.date.today().year  # (each read once)
    st = header_stamp(text)
    if st is None and (url_day is None or url_day.precision != "day"):
        st = foot_stamp(text)  # (the page's stamp under its story, where nothing over it nor its URL tells the day)
    if st is not None and st.precision == "day" and (d0 := dateline_md(dateline) or dateline_md(text)) and \
            d0[1] != int(st.date[8:]) and (own := stamp_of_day(text, d0[1])) is not None:
        st = own  # (a dated list over the story: the stamp on the dateline's day is the page's own)
    # (the URL's day the story tells, over a stamp of another month it does not; or spelt in another order)
    if told := url_day_told(url, url_day, text, st, year_now):
        return told
    if st is not None and st.precision != "month":
        return _story_after_stamp(text, st) or _copied_story(text, st) or st
    # the related-news block lists other (usually newer) stories: keep it out of the evidence
    # (or what follows the story's sign-off '(完)', '(越通社-VNA)', an editor's '(责编:某某)'; the first such
    # line past the page's opening)
    cut = any(w in text for w in WORDS["block_cut_cues"]) and _search_needing(rx := _plain(WORDS["block_cut"]), text) \
        and next((m for m in rx.finditer(text) if m.start() > 0.3 * len(text)), None)
    if cut:  # (an editor's sign-off ends the story at the end of its line, where an ROC date code may follow it)
        text = text[:cut.start("signoff") if cut.group("signoff") is not None else cut.start()]
    ud: DateValue | None = url_day or short_year_url_day(url, year_now)
    if ud is None and (src := quoted_url(text)) and (ud := url_date(src)) is not None:
        # a repost opening with its source's address: the source's date
        ud = DateValue(ud.date, ud.precision, ud.method, round(ud.confidence * 0.9, 2), f"quoted source {ud.evidence}")
    if ud is not None and ud.precision == "day":
        return ud
    roc = roc_code_day(text, year_now)
    if roc is not None and (ud is None or ud.date == roc.date[:7]):
        return roc
    ud = ud or st  # a stamp of the month ('date 2017-11'): the dateline's or the lead's day completes it too
    written = (dateline_ymd(dateline) if dateline else None) or dateline_ymd(text)
    dl = dateline_md(dateline) if dateline else None
    dl = dl or dateline_md(text)
    if ud is not None:  # URL gives the month: the dateline's day completes it
        y, mo = int(ud.date[:4]), int(ud.date[5:7])
        if dl and (dl[0] in (None, mo)) and valid_date(y, mo, dl[1]):
            return date_value(y, mo, dl[1], "dateline", 0.8, f"{ud.evidence}; {dl[2]}")
        lead = lead_md(text, y)
        if lead and lead[0].kind == "date" and lead[0].note[2:4] == f"{mo:02d}":
            return date_value(y, mo, int(lead[0].note[5:7]), "inferred", 0.7, f"{ud.evidence}; lead {lead[1]!r}")
        return ud
    times = find_times(text, None)
    # the month-day the page reports, known before its year: it rules out years in which a term of
    # office named on the page did not cover that day, and reads the site id to the day
    lead0 = lead_md(text, None)
    md = (dl[0], dl[1]) if dl and dl[0] else None
    # (a range's first day too: a visit '3月11日至13日' is reported within it, and a term must cover it)
    # a relative word beside the date it names ('昨天(9月14日)') tells the report's day, over a date
    # line above the story (a site's ticker prints the day it is read)
    rel = relative_anchor(text)
    rel_day = anchored_day(rel, 2001) if rel and not (dl and dl[0]) else None
    if rel_day is not None:
        md = (rel_day.month, rel_day.day)
    if md is None and lead0 and lead0[0].kind in ("date", "range") and not lead0[0].explicit_year \
            and _plain(r"--\d{2}-\d{2}").match(lead0[0].note):
        md = (int(lead0[0].note[2:4]), int(lead0[0].note[5:7]))
    latest = dt.date.fromisoformat(fetched) if fetched else None
    year_text, year_times = text, times
    if rel is not None and rel_day is not None and lead0 and lead0[0].kind == "date" and \
            _month_day(lead0[0]) not in (md, (rel.month, rel.named)):
        # the date line the relative day overrides is the day the page was read, not what it reports:
        # its weekday says nothing of the report's year (the date the relative word glosses is no such line)
        ln0 = text.rfind("\n", 0, lead0[0].start) + 1
        ln1 = text.find("\n", lead0[0].end) % (len(text) + 1)
        year_text = text[:ln0] + " " * (ln1 - ln0) + text[ln1:]
        year_times = find_times(year_text, None)
    yi = infer_year(year_text, title, tenure, year_times, month_day=md, site=site_clock().estimate(url), latest=latest)
    qy = url_query_year(url)
    if qy is not None and (latest is None or qy <= latest.year) and (yi is None or yi.open_years[0] <= qy <= yi.open_years[1]):
        # the site's own year in the URL's query (…&y=2023) over what the text leaves open
        yi = YearGuess(qy, 0.75, f"url query year {qy}" + (f" (text: {yi.evidence})" if yi else ""), None, (qy, qy))
    # a dateline's written year stands where the page's evidence allows it; outside that range the
    # date after the dateline is history the story opens with ('越通社河内——1945年8月28日,…')
    if written and (yi is None or yi.open_years[0] <= written[0] <= yi.open_years[1]) and \
            (ud is None or ud.date[:7] == f"{written[0]}-{written[1]:02d}"):
        return date_value(*written[:3], "dateline", 0.85, written[3])
    if not (dl and dl[0]) and (ts := term_start_reported(text, tenure)) and (yi is None or yi.open_years[0] <= int(ts[0][:4]) <= yi.open_years[1]):
        if lead_md(text, int(ts[0][:4])) is None:
            if ts[2]:  # congratulations a few days after the start: the month they most likely fall in
                after = dt.date.fromisoformat(ts[0]) + dt.timedelta(days=7)
                return date_value(after.year, after.month, None, "inferred", 0.45, ts[1] + "; the page follows within days (congratulations, or a start told as this month's)")
            day = lead_day(text, ts[0][:7])
            if day and ts[0] <= day[0] <= (dt.date.fromisoformat(ts[0]) + dt.timedelta(days=31)).isoformat():
                # the term began before; the report is of the day its lead tells ('…15日宣布')
                return date_value(int(day[0][:4]), int(day[0][5:7]), int(day[0][8:10]), "inferred", 0.5, f"{day[1]}; {ts[1]}")
            return date_value(int(ts[0][:4]), int(ts[0][5:7]), int(ts[0][8:10]), "inferred", 0.55, ts[1])
    if yi is None:
        return _bound_year(latest, md, fetched) if latest else None
    y, conf, ev, month = yi.year, yi.confidence, yi.evidence, yi.month
    if dl and dl[0]:
        if valid_date(y, dl[0], dl[1]):
            return date_value(y, dl[0], dl[1], "dateline", conf * 0.95, f"{dl[2]}; year: {ev}")
    if rel_day is not None and rel is not None and (rday := anchored_day(rel, y)) is not None:
        return date_value(rday.year, rday.month, rday.day, "inferred", conf * 0.9, f"relative day {rel.evidence}; year: {ev}")
    lead = lead_md(text, y)
    if lead and rel is not None and rel.month is None and not (dl and dl[0]) and int((lead[0].value or lead[0].note)[-2:]) != rel.named:
        lead = None  # '今(2)晚抵澳' names the report's day: the lead's month-day of another day is what came before
    if lead:
        t, s = lead
        mo, d = int((t.value or t.note)[-5:-3]), int((t.value or t.note)[-2:])
        if month == 12 and mo <= 2 and not t.explicit_year:
            y, ev = y + 1, ev + "; a year-end review dated early in the next year"
        ty = int(t.value[:4]) if t.explicit_year and t.value else y
        if ty == y and valid_date(y, mo, d):
            prec_day = t.kind == "date"  # a range is the span of a visit, not the report's day
            head = _lead_head(text).split("\n", 1)[0]
            if not prec_day and _BEGUN.search(head) and not _OWN_DAY.search(head):
                prec_day = True  # (…unless the headline tells the event as beginning today: the span's first day)
            if not prec_day and (bd := day_before_span(_lead_head(text), t, y)):  # '于29日…离开河内,开始于11月30日至…'
                return date_value(y, bd[0].month, bd[0].day, "inferred", conf * 0.85, f"lead day {bd[1]!r} before the span {s!r}; year: {ev}")
            if prec_day and (upd := updated_day(text, times, y, dt.date(y, mo, d))):  # '*2月18日,…' appended
                return date_value(y, upd[0].month, upd[0].day, "inferred", conf * 0.8, f"lead {s!r}, update {upd[1]!r}; year: {ev}")
            if t.explicit_year:  # '2019年3月5日,…': the lead prints its own year, which the evidence allows
                return date_value(y, mo, d if prec_day else None, "inferred", max(conf * 0.9, 0.75), f"lead {s!r} (its own year); year: {ev}")
            return date_value(y, mo, d if prec_day else None, "inferred", conf * 0.9, f"lead {s!r}; year: {ev}")
    # a bare day: the dateline's (13日专电), else the one the lead opens with ('华春莹15日宣布')
    bare = dl if dl and dl[0] is None else (None, int(b[0][8:10]), b[1]) if (b := lead_day(text, "2000-01")) else None
    bare = bare or ((None, rel.named, f"relative day {rel.evidence}") if rel is not None and rel.month is None else None)
    if bare and month and preview_month(text, times, y, bare[1]) == month - 1:
        month, ev = month - 1, f"{ev}; the day it previews in month {month} is after the report's {bare[1]}"
    if bare and not month:
        # the month of the first month-day the page tells near that day (将于3月15日至17日…, 13日专电)
        near = next((t for t in times if t.precision == "day" and t.kind in ("date", "range") and t.note[:2] == "--"
                     and abs(int(t.note[5:7]) - bare[1]) <= 15
                     and not EARLIER.search(text[max(0, t.start - 6):t.start])), None)  # not '自…5月9日…以来'
        month = int(near.note[2:4]) if near else month_after(text, times, y, bare[1])
        if month is None and (late := month_after_late_part(text, times, bare[1])):  # '10月底前往…' then '7日'
            month, ev = late[0], f"{ev}; day {bare[1]} comes after {late[1]!r}"
        # a weekday beside a bare day ('周三(19日)') picks, of the months near that one, where it holds
        if month and (pairs := weekday_days(text)) and (wm := weekday_month(pairs, y, month)) and wm != month:
            month, ev = wm, f"{ev}; weekday beside the day holds in month {wm}"
        # the days the terms named all share ('即将卸任的首相…': the weeks before his term ends) hold that
        # day in one month only: the day is of that month
        if month is None and (wm := span_month(yi.span, bare[1])):
            month, ev = wm, f"{ev}; day {bare[1]} falls in the terms' shared days in month {wm} only"
    if bare and month and valid_date(y, month, bare[1]):
        if rel is not None and rel.month is None and rel.named == bare[1] and \
                (rday := valid_date(y, month, bare[1])) is not None:  # '昨天(13日)': the report is a day later
            rday -= dt.timedelta(days=rel.offset)
            return date_value(rday.year, rday.month, rday.day, "inferred", conf * 0.6, f"relative day {rel.evidence}; {ev}")
        return date_value(y, month, bare[1], "dateline" if dl else "inferred", conf * (0.8 if dl else 0.6), f"{bare[2]}; {ev}")
    full = [t for t in times if t.explicit_year and t.precision == "day" and t.kind == "date" and t.value
            and int(t.value[:4]) == y and _plain(r"(?:^|[\n。])\s*$").search(text[max(0, t.start - 3):t.start])
            and text[t.end:t.end + 1] == ","]
    later = [t.value for t in times if t.explicit_year and t.value and t.precision == "month" and t.value[:4] == str(y)]
    if full:  # a paragraph opening '2020年8月14日,…' reports the day's news
        t = max(full, key=lambda t: t.value or "")
        if not any(v > (t.value or "")[:7] for v in later):  # nothing later in the text
            return date_value(y, int(t.value[5:7]), int(t.value[8:10]), "inferred", conf * 0.75,  # type: ignore[index]
                       f"paragraph opening {text[t.start:t.end]!r}; year: {ev}")
    # a preview, an anniversary: the month it tells (not on a weak guess of the year: a month would dress it up,
    # and the stages after read a page known to its month as settled, the facts' as-of among them; but a planned
    # day written with its year, '将于2023年6月25日', gives the year guessed and its month at once)
    if month is None and (tm := told_month(text, times, y)) and (conf >= PAGE_MONTH_CONFIDENCE or planned_written(text, times, y, tm[0])):
        return date_value(y, tm[0], None, "inferred", conf * 0.8, f"{tm[1]}; year: {ev}")
    return date_value(y, month, None, "inferred", conf, ev)


def _bound_year(latest: dt.date, md: tuple[int, int] | None, fetched: str | None) -> DateValue:
    """All that a fetch says of a page nothing else dates: the latest year it can be of (the year
    before, when the day it reports had not yet come in the year of the fetch)."""
    y = latest.year
    if md and (day := valid_date(y, *md)) and day > latest:
        y -= 1
    return date_value(y, None, None, "inferred", 0.2, f"nothing in the page fixes its year; fetched {fetched}, so not newer")
