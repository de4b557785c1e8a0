"""Dates of the teasers in a page's related-news ("更多") block.

The block lists the latest news at crawl time, so its teasers are close together in time and
usually newer than the main article: the block's year comes from the teasers themselves, and the
page date is only a fallback.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from urllib.parse import urlsplit

from dipnet.rx import plain as _plain
from dipnet.teaserwords import alternation, teaser_words

from ..model import DateValue, TimeExpr
from .briefcaptions import _captions, _year, archive_year
from .briefstamps import last_week_month, near_turn, stamp_words
from .briefterms import date_span, term_bounds, within_terms
from .knowledge import Numbered, eras, numbered_mentions
from .parse import find_times
from .spoken import FUTURE_AFTER, FUTURE_BEFORE, PLANNED
from .stamps import url_date
from .words import load_data

# a line that is only a day: the card's stamp, in the words stamp_words writes every stamp form out in
_STAMP_LINE = _plain(r"(?m)^[ \t]*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日[ \t]*$")
# tomorrow glossed by its day ('明日（三月六日）', '明天3月6日'): the teaser is of the day before (data/teaser_words.toml)
_AHEAD = teaser_words().glossed_days_ahead
_GLOSSED_AHEAD = _plain(r"(" + alternation(tuple(_AHEAD)) + r")\s?[（(]?\s?$")
BEFORE_EVE = _plain(r"^[^,。;]{0,30}?前夕")  # '于2月6日对柬埔寨进行国事访问前夕'
# a year forecast for is not the teaser's present: '国际能源署预测2025年石油供应将超过需求'
_FORECAST = _plain(r"(?:预测|预计|预期|预估|估计|展望)\s?$")
def _years_of(brief: str, page_year: int | None = None) -> dict[int, float]:
    """The years one teaser speaks of as present: written years, lunar year names, numbered
    congresses and sessions, anniversaries; not an archive photo's year in its caption."""
    return dict(_years_told(brief, page_year))  # (each caller its own dict; a teaser is asked twice, block year and weight)


@lru_cache(maxsize=256)
def _years_told(brief: str, page_year: int | None) -> dict[int, float]:
    ys: dict[int, float] = {}  # year -> weight: a dated day or month outweighs a bare year
    captions = _captions(brief)
    for t in find_times(brief, None):
        if not t.value or not (t.explicit_year or t.kind == "anniversary"):
            continue
        if archive_year(brief, t, captions, page_year):
            continue
        if t.precision == "year" and t.kind in ("date", "range"):
            before, after = brief[max(0, t.start - 3):t.start], brief[t.end:t.end + 4]
            if _FORECAST.search(brief[max(0, t.start - 6):t.start]):
                # a forecast for a year is mostly made the year before: a weak vote for that one
                y0 = int(t.value[:4]) - 1
                ys[y0] = max(ys.get(y0, 0), 0.5)
                continue
            if FUTURE_BEFORE.search(before) or FUTURE_AFTER.search(after):
                continue
        y = int(t.value[:4])
        if 1990 <= y <= 2035:
            ys[y] = max(ys.get(y, 0), 2 if t.precision != "year" else 1)
    for nm in numbered_mentions(brief):
        if nm.kind in ("event", "congress", "happening") and not _era_word(nm):
            ys[nm.start] = max(ys.get(nm.start, 0), 1)
    return ys


_ORDINAL = _plain(r"第|[一二三四五六七八九十百\d]+\s?(?:大|届|次|中全会)")


def _era_word(nm: Numbered) -> bool:
    """An era's or an initiative's word ("一带一路", "人类命运共同体", "新冠"): the year it began bounds a page
    from below, but a teaser that names it speaks of its own year, not of that one (a congress or a session
    is told by its number: "十九大", "第十四届")."""
    return nm.kind == "congress" and nm.month is None and _ORDINAL.search(nm.text) is None


def _block_year(briefs: Sequence[str], page: DateValue | None, context_years: Sequence[int]
                ) -> tuple[int | None, str]:
    votes: Counter[int] = Counter()  # summed weights
    for b in briefs:
        votes.update(_years_of(b, _year(page)))
    if votes:
        y = max(votes, key=lambda y: (votes[y], y))
        return y, f"block year {y} (weight {votes[y]:g} from {len(briefs)} teasers)"
    if context_years:
        y = Counter(context_years).most_common(1)[0][0]
        return y, f"block year {y} from context"
    if page is not None:
        return int(page.date[:4]), "block year from the page date"
    return None, ""


def _day_of(brief: str, anchor: str, ref: dt.date | None) -> tuple[TimeExpr, str] | None:
    """The teaser's stamp, else the first date in it that is its own news: not planned ('将于'), not
    the eve of something ('…前夕'), not an old background date far from the block."""
    caption_lines = _captions(brief)
    stamp_lines = [(m.start(), m.end()) for m in _STAMP_LINE.finditer(brief)]

    def in_caption(t: TimeExpr) -> bool:  # a photo's date is the picture's, not the news's
        return any(a <= t.start < b for a, b in caption_lines)

    def off_stamp(t: TimeExpr) -> bool:  # the card's stamp is its published date (SPEC), whatever day its summary tells
        return not any(a <= t.start < b for a, b in stamp_lines)

    told: list[TimeExpr] = []
    # (a teaser's months keep the nearest year, as the time stage reads them: told_back off)
    for t in sorted(find_times(brief, anchor, told_back=False), key=lambda t: (off_stamp(t), in_caption(t), t.start)):
        if t.precision != "day" or t.kind not in ("date", "range") or not t.value or len(t.value) != 10:
            continue
        if (ahead := _glossed_ahead(brief, t)) is not None:
            t = ahead
        elif PLANNED.search(brief[max(0, t.start - 4):t.start]) or BEFORE_EVE.search(brief[t.end:]):
            continue
        if ref is not None and t.value and abs((dt.date.fromisoformat(t.value) - ref).days) > 62:
            continue
        if in_caption(t) and told:
            break  # (a photo's day only stands in for a summary that tells none)
        if not off_stamp(t) or in_caption(t):
            return t, brief[t.start:t.end]
        told.append(t)
    if not told:
        return None
    # a summary telling several past days of one story (a week at most), each in a sentence of its own, was
    # written on the last of them at the earliest: the card is of that day (a teaser's date is when it was put
    # up, SPEC), not the first ('双方商定,2日起…,5日召开…': days of one sentence are one plan's)
    first = dt.date.fromisoformat(told[0].value or "")
    last = max((t for t in told if t is told[0] or "。" in brief[told[0].end:t.start]
                and not PLANNED.search(brief[brief.rfind("。", 0, t.start) + 1:t.start])
                and 0 < (dt.date.fromisoformat(t.value or "") - first).days <= 7), key=lambda t: t.value or "")
    return last, brief[last.start:last.end]


def _glossed_ahead(brief: str, t: TimeExpr) -> TimeExpr | None:
    """A day glossing tomorrow or the day after ('明日（三月六日）'), moved back to the day the teaser told it on:
    the words fix that day exactly, though the day named is a planned one (timewords.json 'planned')."""
    g = _GLOSSED_AHEAD.search(brief, max(0, t.start - 4), t.start)
    if g is None or not t.value or len(t.value) != 10:
        return None
    told = dt.date.fromisoformat(t.value) - dt.timedelta(days=_AHEAD[g.group(1)])
    # (its span opens at the gloss's word, so the evidence tells why the day is moved back)
    return replace(t, start=g.start(), value=told.isoformat(), end_value=None, kind="date")


@lru_cache(maxsize=1)
def _windows() -> dict[str, tuple[str, str]]:
    data = load_data("crawl_windows.json")
    return {host: (span[0], span[1]) for host, span in data.get("sites", {}).items()}


def crawl_window(url: str | None, fetched: str | None = None) -> tuple[str, str] | None:
    """For a site whose related block lists the news of the day it is read, the span in which the
    page was read: the day it was fetched where the input says, else the span known of the store's
    reads of that site."""
    if not url:
        return None
    host = _plain(r"^(?:www|m)\.").sub("", (urlsplit(url).hostname or "").lower())
    win = _windows().get(host)
    return (fetched, fetched) if win and fetched else win


def _window_dates(briefs: list[str], win: tuple[str, str]) -> list[DateValue | None]:
    """Each teaser's own month-day read in the year that puts it last before the window's end
    ('11月23日' read in March 2026 is 2025-11-23); a teaser without one only gets the end's year."""
    out: list[DateValue | None] = []
    for b in briefs:
        got = _day_of(b, win[1], None)
        v = got[0].value if got else None
        if got and v and v <= win[1]:
            out.append(DateValue(v, "day", "inferred", 0.5, f"teaser date {got[1]!r}; year: the related block lists the "
                                 f"news of the site's read ({win[0]}..{win[1]}), not of the older page"))
        else:
            out.append(DateValue(win[1][:4], "year", "inferred", 0.2, f"no date of its own; the related block lists the "
                                 f"news of the site's read ({win[0]}..{win[1]}): the year of its end"))
    return out


def infer_brief_dates(briefs: list[str], page: DateValue | None, context_years: Sequence[int] = (),
                      tenures: Sequence[Sequence[tuple[str, str, str | None]]] | None = None,
                      images: Sequence[str] | None = None, url: str | None = None,
                      fetched: str | None = None) -> list[DateValue | None]:
    """A date for each teaser (headline + summary + caption joined, in that order); `tenures`, one
    list a teaser, the terms of the office holders it names with their titles; `images`, one
    address a teaser ('' for none), the teaser's image; `fetched`, the day the page was read."""

    briefs = [stamp_words(b, page) for b in briefs]
    out = _block_dates(briefs, page, context_years)
    win = crawl_window(url, fetched)
    if win and page is not None and page.date < win[0] and \
            all(d is None or not d.evidence.startswith("teaser date") or "the page's (" in d.evidence
                or "from the page date" in d.evidence for d in out) \
            and not any(_years_of(b, _year(page)) for b in briefs):
        out = _window_dates(briefs, win)  # the block lists news of the read, not of the (older) page
    for i, b in enumerate(briefs):
        out[i] = _occasion_year(b, out[i]) or out[i]
        if out[i] is None or not out[i].evidence.startswith("teaser date"):  # type: ignore[union-attr]
            out[i] = last_week_month(b, page) or out[i]
    out = _occasion_month(out)
    for i, url in enumerate(images or ()):
        d = out[i] if i < len(out) else None
        got = url_date(url) if url else None
        # the image was put up for this story: its upload month dates a teaser that has no day of its
        # own (the day can be a few days before the news, so only the month is claimed)
        if got is not None and (d is None or not d.evidence.startswith("teaser date")):
            out[i] = DateValue(got.date[:7], "month", "inferred", 0.6, f"teaser image {got.evidence}")
    if not tenures:
        return out
    moved: list[int] = []
    for i, (d, terms) in enumerate(zip(out, tenures, strict=False)):
        # only a date borrowed from the block or the page gives way: a teaser's own date stands
        if d is None or not terms or d.evidence.startswith("teaser date"):
            continue
        fixed = within_terms(d, terms)
        if fixed is not None:
            out[i] = fixed
            moved.append(i)
    far = [i for i in moved if (d := out[i]) is not None and d.precision == "year" and " began " in d.evidence]
    if far and len(far) == len(moved):
        return _far_block(out, tenures, far)
    # teasers of one block are close in time: where the block had no date of its own but the page's
    # month, the teasers moved all went to one month, and every office holder of the others was in
    # office in that month, the others move with them
    months = {d.date for i in moved if (d := out[i]) is not None and d.precision == "month"}
    if len(months) == 1 and all(out[i] is not None and out[i].precision == "month" for i in moved):  # type: ignore[union-attr]
        m = months.pop()
        probe = DateValue(m, "month", "inferred", 0.0, "")
        if any(t and within_terms(probe, t) is not None for t in tenures):
            return out
        for i, d in enumerate(out):
            if i not in moved and d is not None and "the page's month" in d.evidence:
                out[i] = DateValue(m, "month", "inferred", 0.25,
                                   f"no date of its own; the block's teasers with office holders date it to {m}")
    return out


def _occasion_year(brief: str, d: DateValue | None) -> DateValue | None:
    """A teaser whose headline names its occasion by number ('国会80周年', '第十次会议') is of that
    occasion's year: where the block or the page lent it another one, its own stands (teasers of a
    block can be years apart). A bare written year does not ('2025年越南经济外交' reviews a year)."""
    if d is not None and d.evidence.startswith(("teaser date", "teaser image")):
        return None
    head = brief.split("\n", 1)[0]  # the headline: a summary or photo caption may recall older occasions
    ys = {int(t.value[:4]) for t in find_times(head, None) if t.kind == "anniversary" and t.value}
    named = [nm for nm in numbered_mentions(head) if nm.kind in ("event", "congress", "happening")
             and nm.start == nm.end and nm.name not in eras()]
    ys |= {nm.start for nm in named}
    if len(ys) != 1:
        return None
    y = ys.pop()
    # a numbered meeting held in a known month ('亚太经合组织第35届外交和贸易部长会议举行'): the teaser is of it
    months = {nm.month for nm in named if nm.kind == "event"}
    if len(months) == 1 and (m := months.pop()) and (d is None or d.precision == "year"):
        return DateValue(f"{y}-{m:02d}", "month", "inferred", 0.45, f"the occasion it names is of {y}-{m:02d}"
                         + (f", not the {d.date[:4]} its block or page gave" if d is not None and int(d.date[:4]) != y else ""))
    if d is not None and int(d.date[:4]) == y:
        return None
    return DateValue(str(y), "year", "inferred", 0.45, f"the occasion it names is of {y}"
                     + (f", not the {d.date[:4]} its block or page gave" if d is not None else ""))


def _occasion_month(out: list[DateValue | None]) -> list[DateValue | None]:
    """Teasers of one block are close in time: where one names an occasion held in a known month of the
    year the block gave the others, those with no date of their own are of that month too."""
    got = {d.date for d in out if d is not None and d.precision == "month" and d.evidence.startswith("the occasion")}
    if len(got) != 1:
        return out
    m = got.pop()
    return [DateValue(m, "month", "inferred", 0.3, f"no date of its own; the block's teaser naming its occasion dates it to {m}")
            if d is not None and d.precision == "year" and d.date == m[:4] and d.evidence.startswith("no date of its own")
            else d for d in out]


def _far_block(out: list[DateValue | None], tenures: Sequence[Sequence[tuple[str, str, str | None]]],
               far: list[int]) -> list[DateValue | None]:
    """A block whose office holders all took office long after the page's date is news of a later
    time (a related-news list filled when the page was read, years on): the block is close in time,
    so its latest first day of a term is a floor for every teaser in it, those without office
    holders too; only a year is claimed, and only where no term named in the block had ended by then."""
    bounds = [b for t in tenures if t and (b := term_bounds(t)) is not None]
    floor = max(lo for lo, _, _ in bounds)
    if any(hi is not None and hi < floor for _, hi, _ in bounds):
        return out
    who = next(w for lo, _, w in bounds if lo == floor)
    for i, d in enumerate(out):
        if d is None or not (i in far or "from the page date" in d.evidence):
            continue
        out[i] = DateValue(str(floor.year), "year", "inferred", 0.2,
                           f"office holders named in the block took office long after the page's date; the latest, "
                           f"{who}, on {floor.isoformat()}: the year is only the earliest the block allows")
    return out


def _block_dates(briefs: list[str], page: DateValue | None, context_years: Sequence[int]
                 ) -> list[DateValue | None]:
    year, yev = _block_year(briefs, page, context_years)
    if year is None:
        return [None] * len(briefs)
    # first pass against the year alone finds the month most teasers share
    months: Counter[int] = Counter()
    for b in briefs:
        got = _day_of(b, str(year), None)
        if got and got[0].value and got[0].value.startswith(str(year)):
            months[int(got[0].value[5:7])] += 1
    month = months.most_common(1)[0][0] if months else None
    from_page = False
    if month is None and page is not None and page.precision != "year" and page.date.startswith(str(year)):
        month, from_page = int(page.date[5:7]), True
    out: list[DateValue | None] = []
    anchor = f"{year}-{month:02d}" if month else str(year)
    # (teasers of months apart, no two of one month — a list of a topic's stories —: there is no block month to
    # hold a teaser's day near, and each teaser's own day stands)
    spread = len(months) > 1 and months.most_common(1)[0][1] < 2
    weak = not any(w >= 2 for b in briefs for w in _years_of(b, _year(page)).values())  # (no teaser's day or month told its year)
    ref = None if spread else dt.date(year, month, 15) if month else dt.date(year, 7, 1)
    for b in briefs:
        got = _day_of(b, anchor, ref) if month else None
        if got:
            t, s = got
            lent = page is not None and "from the page date" in yev
            # (the page lent the year, or only bare years voted for it — "2026年工作重点" on a page of 30 December
            # is next year's plan —: a day across the year's turn from the page's takes the year nearer it)
            v = near_turn(t.value, page) if (lent or weak) and t.value and not t.explicit_year else t.value or ""
            far = lent and v and abs((dt.date.fromisoformat(v) - date_span(page)[0]).days) > 62  # type: ignore[arg-type]
            if far:  # the page lent the year to a day months from its own: nothing fixes that year
                out.append(DateValue(v, "day", "inferred", 0.3,
                                     f"teaser date {s!r}; year not fixed by the teaser, the page's ({page.date[:4]})"))  # type: ignore[union-attr]
            else:
                out.append(DateValue(v, "day", "inferred", 0.75, f"teaser date {s!r}; {yev}"))
        elif month and (months[month] >= 2 or months[month] == 1 and not spread):
            # (the block's month in the year its days were moved to across the year's turn; a block is close in time,
            # so one teaser's month alone dates the others too — a year alone would claim less than the block tells)
            my = near_turn(f"{year}-{month:02d}-15", page)[:4] if weak else str(year)
            out.append(DateValue(f"{my}-{month:02d}", "month", "inferred", 0.4,
                                 f"no date of its own; block month {my}-{month:02d} ({months[month]} teaser"
                                 f"{'s' if months[month] > 1 else ''}); {yev}"))
        elif month and from_page:  # no teaser dates itself: the block is the news of the page's month
            out.append(DateValue(f"{year}-{month:02d}", "month", "inferred", 0.3,
                                 f"no date of its own nor in the block; the page's month; {yev}"))
        else:
            out.append(DateValue(str(year), "year", "inferred", 0.35, f"no date of its own; {yev}"))
    return out
