"""One visit told again on another day of the trip, with another status (issue 13, ev12).

A story tells a trip on several of its days: announced for its first day (将从8日开始访日), then a later
day of the stay (10日开始,…将正式对日本进行国事访问; 11日将前往北海道访问), or arrived on one day and its
programme told for the next (20日抵达成都 … 将于21日赴四川大学发表演讲). Merging joins two tellings of a
visit only when their status agrees or one is a bare reference; the same visitor going to the same host,
in one teaser (or the article), on days a few apart (data: cues.toml trip_told_days), is one VISIT
(SPEC: departure, arrival and the visit itself are one event). The first telling keeps its status and
day, unless the other is planned and it is not an arrival or a departure (a month a telling tells takes a
day inside it): a trip told as set out on a day it tells (28日启程前往蒙古国,进行…访问; 今日启程,对俄罗斯…进行国事
访问) or as a stay from the report's day (今天起至本周五(26日)出访中国) is under way, whatever its programme (将于当天
中午飞抵…) or the announcement retold (将于…进行国事访问) says (dt3)."""

from __future__ import annotations

from datetime import date

from dipnet import rx
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue, cue_number, cues
from dipnet.extract.common.datewords import words as _words
from dipnet.extract.merging.merge import absorb
from dipnet.model import Event


def _near(a: str | None, b: str | None, days: int) -> bool:
    """Two days a few apart, or a month and a day inside it."""
    if not a or not b:
        return False
    if len(a) == len(b) == 10:
        try:
            return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= days
        except ValueError:
            return False
    short, full = sorted((a, b), key=len)
    return len(short) == 7 and len(full) == 10 and full.startswith(short)


def _one_trip(a: Event, b: Event, days: int) -> bool:
    return a.type == b.type == "VISIT" and a.brief == b.brief and bool(set(a.source) & set(b.source)) \
        and bool(a.target) and a.target == b.target and _near(a.date, b.date, days)


def _set_out(ev: Event, text: str) -> bool:
    """A telling of the trip as begun by leaving on a day it tells: a departure word (its trigger, or one told
    before its trigger in its clause run) after a told day (28日启程前往…; 某某今日启程,对俄罗斯…进行国事访问),
    not after a time still ahead (在本月杪启程访问中国)."""
    trigger = str(ev.attributes.get("trigger", ""))
    at = text.find(trigger, ev.start, ev.end) if trigger else -1
    if at < ev.start:
        return False
    if trigger in codebook().departure_words:
        at += len(trigger)
    opening = rx.compile(cue("set_out_sentence_break")).split(text[ev.start:at])[-1]
    if rx.compile(str(_words()["from_today_span"])).search(opening):
        return True  # 今天起至本周五(26日)出访中国: the stay begun on the report's day (fromtoday.py)
    left = min((i for w in codebook().departure_words if (i := opening.find(w)) >= 0), default=-1)
    return left >= 0 and rx.compile(cue("set_out_day")).search(opening[:left]) is not None


def _lead(first: Event, later: Event, text: str) -> Event:
    """The telling whose status and day the visit keeps: the first one, unless their status differs; then
    the plan (星期一起对越南展开国事访问 read done, 将于周一和周二访问越南: the plan tells it), but an arrival told
    done (20日抵达成都, then 将于21日赴四川大学演讲: the arrival is the trip's start), as is a departure told done."""
    if first.status == later.status:
        return first
    done = first if first.status == "occurred" else later
    arrived = str(done.attributes.get("trigger", "")) in cues("arrival_words") or _set_out(done, text)
    return done if arrived else (later if done is first else first)


def trip_days(events: list[Event], text: str, people: set[str] | None = None) -> list[Event]:
    """The events with each visit told again on a near day of the same trip joined to its first telling."""
    days = cue_number("trip_told_days")
    out: list[Event] = []
    for ev in events:
        twin = next((o for o in out if _one_trip(o, ev, days)), None) if ev.type == "VISIT" else None
        if twin is None:
            out.append(ev)
            continue
        lead = _lead(twin, ev, text)
        status, day, precision, end = lead.status, lead.date, lead.date_precision, lead.end_date
        other = ev if lead is twin else twin
        absorb(twin, ev, people)
        twin.status = status
        if day and not (len(day) == 7 and other.date and other.date.startswith(day)):
            # (the leading telling's day; a month it told is made a day by a telling inside it)
            twin.date, twin.date_precision, twin.end_date = day, precision, end
        elif other.date:
            twin.date, twin.date_precision, twin.end_date = other.date, other.date_precision, other.end_date
    return out
