"""Earlier occasions an event is counted from (issue 13; one mechanism for me5's prior meetings and sw4's earlier
occasions): 这是继2000年、2007年之后,甲乙首脑第三次举行会晤; 这将是甲乙领导人继今年9月后时隔2个月再度会晤; 继6日通话后,
两国首脑16日再度通话; 这是他继2000年、2004年后第三次当选总统; 也是甲乙副外长自2017年6月后首次举行会谈 — the time the
count runs from is an occasion of the same event done before, one on each time listed (SPEC: a retrospective event
with a date or year in the text is an event, occurred).

The frame is 继 + times + (之)后 before a count or 再度 (第三次, 再次, 又一次), or 自/从 + one time + 以来/后 before 首次 or
第二次 (从2013年以来…第三十七次 counts from a year, no occasion in it). The counted event is the one read from the
sentence whose word follows the count closely (any type: a meeting, a call, a visit, an election); an event word
there with no event read of its own is the event of its type told last before it (这将是…再度会晤; 这是他…第三次当选). Where the span names its occasions by their times
alone (nothing else but list words and the counted event's own word: 继6日通话后), each time gives a copy; where the
span holds an event of the sentence after two or more listed times (继今年5月初和本月初某某访华之后), each time gives
a copy of that event. A span that names something else (继2021年疫情暴发后, 自…冲突爆发以来, 继去年某某访非后) dates
nothing. A meeting's sides are the lands the sentence names up to its word (甲乙领导人, 甲乙首脑), two at least, where
it names no person there; any other copy keeps the sides of the event it copies. A time that the event's type already has on the page with a
shared side gives no copy."""

from __future__ import annotations

import re
from dataclasses import replace

from dipnet import rx
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import EventPage
from dipnet.model import Event, TimeExpr

_SENTENCE_ENDS = "。!?\n"
_COUNT_WORDS = cues("earlier_count_words")
_DROPPED = ("_untimed", "_loose", "_ref")  # (a copy is dated and of its own: no marks of a loose or referring reading)


def earlier_occasions(page: EventPage, events: list[Event]) -> list[Event]:
    """The earlier occasions the page's sentences count an event from, one per event, type and date."""
    text = page.doc.text
    if not any(w in text for w in _COUNT_WORDS):
        return []  # (no count the frame ends in: most pages)
    frame, joint = rx.compile(cue("earlier_count_frame")), rx.compile(cue("earlier_joint"))
    out: list[Event] = []
    for m in frame.finditer(text):
        if page.overlapping(m.start(), m.start() + 1):
            continue  # (a name's 继: 戚继光)
        group = "dates" if m.group("dates") is not None else "since"
        a, b = m.span(group)
        s = max(text.rfind(c, 0, m.start()) for c in _SENTENCE_ENDS) + 1
        e = min((x for c in _SENTENCE_ENDS if (x := text.find(c, m.end())) >= 0), default=len(text))
        seg = page.doc.segment_at(m.start())
        brief = seg.brief if seg is not None else None
        mine = [ev for ev in events if ev.brief == brief and ev.start <= m.start() and m.end() <= ev.end]
        counted, word_end = _counted(text, mine, m.end(), e)
        if counted is None:
            counted, word_end = _told_before(page, events, brief, m.start(), m.end(), e)
        found = _occasions(page, joint, mine, counted, a, b, group == "since")
        if found is None:
            continue
        model, times = found
        sides = _lands(page, s, word_end) if model.type == "MEET" else []
        attributes = {k: v for k, v in model.attributes.items() if k not in _DROPPED}
        for t in times:
            copy = replace(model, status="occurred", start=s, end=e, date=t.value, date_precision=t.precision,
                           end_date=None, location=None, attributes={**attributes, "_prior": True},
                           participants=list(sides or model.participants),
                           source=sides[:1] if sides else list(model.source),
                           target=sides[1:2] if sides else list(model.target))
            if not any(_same(x, copy) for x in events + out):
                out.append(copy)
    return out


def _counted(text: str, mine: list[Event], at: int, end: int) -> tuple[Event | None, int]:
    """The sentence's event whose word follows the count closely (第三次举行会晤, 再度通话, 第三次当选), and where
    its word ends; none where no event's word stands there."""
    best: tuple[int, Event] | None = None
    for ev in mine:
        word = ev.attributes.get("trigger")
        if not isinstance(word, str) or not word:
            continue
        k = text.find(word, at, min(end, at + 16))
        if k >= 0 and "," not in text[at:k] and (best is None or k < best[0]):
            best = (k, ev)
    if best is None:
        return None, 0
    return best[1], best[0] + len(str(best[1].attributes["trigger"]))


def _told_before(page: EventPage, events: list[Event], brief: int | None, start: int, at: int, end: int) -> tuple[Event | None, int]:
    """An event word right after the count with no event read of its own there (这将是…再度会晤; 这是他…第三次当选总统):
    the event of its type told last before the frame, and where the word ends; none where no such word or event."""
    types = codebook().trigger_types
    for k, word in page.hits_in(at, min(end, at + 16)):
        if "," in page.doc.text[at:k]:
            break
        told = [ev for ev in events if ev.type in types.get(word, ()) and ev.brief == brief and ev.start <= start]
        if told:
            return max(told, key=lambda ev: ev.start), k + len(word)
    return None, 0


def _occasions(page: EventPage, joint: re.Pattern[str], mine: list[Event], counted: Event | None, a: int, b: int,
               since: bool) -> tuple[Event, list[TimeExpr]] | None:
    """The event to copy and the times of its earlier occasions in the span [a, b): the counted event where the span
    holds only times (and its own word), else an event of the sentence whose word the span holds after two or more
    times listed; none where the span names anything else."""
    text = page.doc.text
    times = _listed(page, a, b)
    if not times:
        return None
    if counted is not None:
        rest = _between(text, times, a, b).replace(str(counted.attributes.get("trigger")), "")
        if joint.fullmatch(rest) and not (since and len(times) > 1) and not _people(page, a, b):
            return counted, times
    if since:
        return None
    for ev in mine:  # (继5月初和本月初某某访华之后: two visits)
        word = ev.attributes.get("trigger")
        k = text.find(word, times[-1].end, b) if isinstance(word, str) and word else -1
        if k < 0:
            continue
        before = [t for t in times if t.end <= k]
        if len(before) >= 2 and all(joint.fullmatch(text, x.end, y.start) for x, y in zip(before, before[1:], strict=False)):
            return ev, before
    return None


def _listed(page: EventPage, a: int, b: int) -> list[TimeExpr]:
    """The times in [a, b) that each date an occasion (今年9月, 2000年, 6日; not 日前, 2个月 or 多年来)."""
    return [t for t in page.times.starting_in(a, b) if t.end <= b and t.value and t.kind in ("date", "relative")
            and not t.note.endswith("(approximate, shortly before the anchor)")]


def _between(text: str, times: list[TimeExpr], a: int, b: int) -> str:
    """What [a, b) holds besides its times."""
    rest, at = [], a
    for t in times:
        rest.append(text[at:t.start])
        at = t.end
    rest.append(text[at:b])
    return "".join(rest)


def _people(page: EventPage, a: int, b: int) -> bool:
    """Does [a, b) name a person (继去年某某访非后: someone's own act)?"""
    return any((x := page.entities.get(m.entity_id)) is not None and x.type == "PERSON" for m in page.in_span(a, b))


def _same(x: Event, copy: Event) -> bool:
    """Is x an occasion of the copy's type on its time already, with a side of the copy's?"""
    return x.type == copy.type and x.date == copy.date and x.brief == copy.brief and bool(set(x.participants) & set(copy.participants))


def _lands(page: EventPage, a: int, b: int) -> list[str]:
    """The lands named in [a, b) (甲乙领导人继…再度会晤), two at least, where it names no person (甲国总理某某与乙国
    总理某某…第三次会晤: the people are the sides); else none."""
    lands: list[str] = []
    for m in page.in_span(a, b):
        x = page.entities.get(m.entity_id)
        if x is not None and x.type == "PERSON":
            return []
        if x is not None and x.type == "COUNTRY" and x.name not in lands:
            lands.append(x.name)
    return lands if len(lands) >= 2 else []
