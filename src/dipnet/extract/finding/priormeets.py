"""A meeting counted from an earlier one that the sentence dates (这将是甲乙领导人继今年9月后时隔2个月再度会晤; 这是
继2000年、2007年之后,甲乙首脑第三次举行会晤; 也是甲乙副外长自2017年6月后首次举行会谈): the point the count runs from
is the sides' earlier meeting, one on each date the frame gives, occurred (SPEC: a retrospective event with a date
is an event). Its sides are the lands the sentence names up to the meeting word (甲乙领导人, 甲乙首脑), else those of
the meeting told last before it (两人继…后再度会面). An undated count (第二次年度会晤), a count from a year
(从某年以来…第三十七次会晤) and a point that is another event's (自…冲突爆发以来首次) date nothing."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage
from dipnet.model import Event

_SENTENCE_ENDS = "。！？!?\n"


def prior_meetings(page: EventPage, events: list[Event]) -> list[Event]:
    """The earlier meetings the page's sentences count a meeting from, one per sentence and date."""
    text = page.doc.text
    meets = sorted((e for e in events if e.type == "MEET"), key=lambda e: e.start)
    if not meets:
        return []
    frame, rest, word = rx.compile(cue("prior_count_frame")), rx.compile(cue("prior_dates_rest")), rx.compile(cue("prior_meeting_after"))
    out: list[Event] = []
    for m in frame.finditer(text):
        said = word.match(text, m.end())
        seg = page.doc.segment_at(m.start())
        brief = seg.brief if seg is not None else None
        before = [e for e in meets if e.start <= m.start() and e.brief == brief]  # (a brief's own meetings)
        if said is None or not before:
            continue  # (the count is of meetings, a meeting told by then)
        group = "dates" if m.group("dates") is not None else "since"
        a, b = m.span(group)
        times = [t for t in page.times.starting_in(a, b) if t.end <= b and t.value and t.kind in ("date", "relative")]
        left = "".join(text[x] for x in range(a, b) if not any(t.start <= x < t.end for t in times))
        if not times or not rest.match(left) or (group == "since" and len(times) > 1):
            continue
        s = max(text.rfind(c, 0, m.start()) for c in _SENTENCE_ENDS) + 1
        e = min((x for c in _SENTENCE_ENDS if (x := text.find(c, said.end())) >= 0), default=len(text))
        last = before[-1]
        sides = _lands(page, s, said.end()) or list(last.participants)
        for t in times:
            out.append(Event(**{**last.__dict__, "status": "occurred", "start": s, "end": e, "participants": sides,
                                "source": sides[:1], "target": sides[1:2], "location": None, "date": t.value,
                                "date_precision": t.precision, "end_date": None,
                                "attributes": {"trigger": text[said.end() - 2:said.end()], "mode": last.attributes.get("mode"), "_prior": True}}))
    return out


def _lands(page: EventPage, a: int, b: int) -> list[str]:
    """The lands named in [a, b) (甲乙领导人继…再度会晤), two at least; else none."""
    lands: list[str] = []
    for m in page.in_span(a, b):
        e = page.entities.get(m.entity_id)
        if e is not None and e.type == "COUNTRY" and e.name not in lands:
            lands.append(e.name)
    return lands if len(lands) >= 2 else []
