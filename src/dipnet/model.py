"""The typed document model every pipeline stage reads and extends.

All spans are character offsets into `Document.text`, the normalized text; `Document.to_original`
maps them back to the raw input, so evidence is never lost.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter, sub
from typing import Any


class Coverage:
    """Which characters of a text lie inside spans marked so far. Asking about a character or a
    range is one lookup in a byte array, where a list of spans would be scanned whole each time."""

    __slots__ = ("_marks",)

    def __init__(self, size: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._marks = marks = bytearray(size + 1)
        for a, b in spans:  # mark()'s work inline: recognition builds this over every name of a page
            marks[a:b] = b"\x01" * (b - a)  # (a span with b <= a: no bytes into an empty slice, no change)

    def mark(self, start: int, end: int) -> None:
        if end > start:
            self._marks[start:end] = b"\x01" * (end - start)

    def at(self, i: int) -> bool:
        return bool(self._marks[i])

    def any(self, start: int, end: int) -> bool:
        return self._marks.find(1, start, end) != -1


_FIRST, _SECOND = itemgetter(0), itemgetter(1)


class SpanIndex:
    """Spans (start, end) for "which of them overlap / contain [a, b)" without scanning them all:
    sorted by start, a query looks only at the starts a span of the widest short width could have.
    Spans wider than `short` (rare: names and dates are short) are kept apart and always checked."""

    __slots__ = ("_spans", "_starts", "_widest", "_wide")

    def __init__(self, spans: Iterable[tuple[int, int]], short: int = 64) -> None:
        spans = list(spans)
        # (the widths, starts and ends read by map in C, no comprehension stepped per span; where no
        # span is wide, as nearly always, the narrow ones are all of them)
        widths = list(map(sub, map(_SECOND, spans), map(_FIRST, spans)))
        if max(widths, default=0) <= short:
            narrow, widest, self._wide = sorted(spans), max(widths, default=0), []
        else:
            narrow = sorted([s for s, w in zip(spans, widths, strict=True) if w <= short])
            widest = max([w for w in widths if w <= short], default=0)
            self._wide = [s for s, w in zip(spans, widths, strict=True) if w > short]
        self._spans = narrow
        self._starts = list(map(_FIRST, narrow))
        self._widest = widest

    def near(self, a: int, b: int) -> list[tuple[int, int]]:
        """Every span that could overlap or contain [a, b): a superset the caller tests exactly."""
        lo = bisect_left(self._starts, a - self._widest)
        hi = bisect_right(self._starts, b)
        return self._spans[lo:hi] + self._wide if self._wide else self._spans[lo:hi]  # (a new list either way)

    def overlaps(self, a: int, b: int) -> bool:
        spans = self._spans[bisect_left(self._starts, a - self._widest):bisect_right(self._starts, b)]  # (near, inline)
        if not spans and not self._wide:  # (nothing near, as mostly: no generator made)
            return False
        return any(s < b and a < e for s, e in (spans + self._wide if self._wide else spans))

    def holds(self, a: int, b: int) -> bool:
        """Some span other than [a, b) itself holds it (a loop, not a generator: asked of every name)."""
        spans = self._spans[bisect_left(self._starts, a - self._widest):bisect_right(self._starts, b)]  # (near, inline)
        for s, e in spans + self._wide if self._wide else spans:
            if s <= a and b <= e and (s != a or e != b):
                return True
        return False


class SegmentIndex:
    """The first segment (in list order) holding each position, found by bisection. The segments'
    edges cut the text into pieces; each piece gets the first segment covering it, painted once."""

    __slots__ = ("_bounds", "_first")

    def __init__(self, segments: Sequence[Segment]) -> None:
        self._bounds = sorted({x for s in segments for x in (s.start, s.end)})
        self._first: list[Segment | None] = [None] * len(self._bounds)
        for s in reversed(segments):  # the earliest segment paints last, so it wins
            for i in range(bisect_left(self._bounds, s.start), bisect_left(self._bounds, s.end)):
                self._first[i] = s

    def at(self, pos: int) -> Segment | None:
        i = bisect_right(self._bounds, pos) - 1
        return self._first[i] if i >= 0 else None


_START, _END = attrgetter("start"), attrgetter("end")


def in_order(mentions: Iterable[Any]) -> list[Any]:
    """`sorted(mentions, key=lambda m: (m.start, -m.end))`: by start, the longer first where two start
    together, else in the order given. Two stable sorts keyed in C (by end, reversed — still stable —
    then by start) in place of a Python key call and a tuple per mention: the recognition passes
    re-sort a page's mentions some ten times."""
    out = sorted(mentions, key=_END, reverse=True)
    out.sort(key=_START)
    return out


def sort_in_order(mentions: list[Any]) -> None:
    """`mentions.sort(key=lambda m: (m.start, -m.end))`, in place (see in_order)."""
    mentions.sort(key=_END, reverse=True)
    mentions.sort(key=_START)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class Page:
    """One input page as a reader hands it over, before any processing."""

    source: str  # file name or URL, as given at ingest
    text: str  # the page's text (HTML already reduced to text by its reader)
    url: str | None = None
    title: str | None = None  # from the page's own metadata, if any
    published: str | None = None  # ISO date from the page's own metadata, if any
    fetched: str | None = None  # ISO day the page was fetched (WARC-Date, a crawler's field): it is no newer
    encoding: str | None = None
    html: str | None = None


@dataclass(slots=True)  # (no __dict__: made by the thousand per page, issue 17)
class Segment:
    """A zone of the page: title, lead, caption, dateline, attribution, endmark, heading, body,
    or inside a brief: brief_caption, brief_headline, brief_summary."""

    kind: str
    start: int
    end: int
    brief: int | None = None


@dataclass
class DateValue:
    date: str  # ISO at its precision: 2026, 2026-02, 2026-02-05
    precision: str  # day | month | year
    method: str  # metadata | dateline | inferred
    confidence: float
    evidence: str = ""


@dataclass
class Brief:
    """A teaser of the 更多 (related news) block."""

    index: int
    headline: Span
    summary: Span | None = None
    caption: Span | None = None
    published: DateValue | None = None


@dataclass(slots=True)  # (no __dict__: made by the thousand per page, issue 17)
class TimeExpr:
    """A time expression found in the text, resolved against an anchor date."""

    start: int
    end: int
    value: str | None  # ISO start at its precision
    precision: str  # day | month | year
    end_value: str | None = None  # ISO end of a range
    kind: str = "date"  # date | range | relative | duration | anniversary | lunar
    explicit_year: bool = False
    note: str = ""


@dataclass(slots=True)  # (no __dict__: made by the thousand per page, issue 17)
class Mention:
    start: int
    end: int
    text: str
    type: str  # PERSON | COUNTRY | ORG | LOCATION
    entity_id: str = ""
    kb_id: str | None = None


@dataclass
class Entity:
    id: str
    type: str
    name: str
    mentions: list[str] = field(default_factory=list)
    kb_id: str | None = None
    country: str | None = None  # ISO 3166 alpha-2
    sector: str | None = None
    external: dict[str, str] = field(default_factory=dict)


@dataclass
class Role:
    person_id: str
    person: str
    title: str
    as_of: str | None
    start: int
    end: int
    body: str | None = None
    country: str | None = None


@dataclass
class Event:
    type: str
    status: str
    start: int  # evidence span
    end: int
    participants: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    location: str | None = None
    date: str | None = None
    date_precision: str | None = None
    end_date: str | None = None
    channel: str = "other"
    attributes: dict[str, Any] = field(default_factory=dict)
    cameo: str | None = None
    plover: str | None = None
    brief: int | None = None

    def drop_actors(self, names: set[str]) -> None:
        """Take these names out of the participants and of both sides (source, target)."""
        self.participants = [p for p in self.participants if p not in names]
        self.source = [p for p in self.source if p not in names]
        self.target = [p for p in self.target if p not in names]


@dataclass
class Fact:
    subject: str
    predicate: str
    value: float | list[float]
    unit: str
    as_of: str | None
    start: int
    end: int
    brief: int | None = None


@dataclass
class Relation:
    a: str
    b: str
    level: str
    since: str | None
    start: int
    end: int
    brief: int | None = None


@dataclass
class Problem:
    """A recorded failure: which input, which stage, why. Never swallowed, never fatal to a batch."""

    source: str
    stage: str
    reason: str


@dataclass
class Document:
    doc_id: str
    source: str
    raw: str
    text: str  # normalized
    offsets: list[int]  # offsets[i] = index in raw of normalized char i; len(text)+1 entries
    url: str | None = None
    language: str = "und"
    title: str = ""
    meta_published: str | None = None
    fetched: str | None = None  # the day the page was fetched: an upper bound of every date it is of
    segments: list[Segment] = field(default_factory=list)
    briefs: list[Brief] = field(default_factory=list)
    published: DateValue | None = None
    times: list[TimeExpr] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The raw-text span that a normalized span came from."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1

    def original_text(self, start: int, end: int) -> str:
        a, b = self.to_original(start, end)
        return self.raw[a:b]

    def segments_of(self, *kinds: str) -> list[Segment]:
        return [s for s in self.segments if s.kind in kinds]

    def segment_at(self, pos: int) -> Segment | None:
        """The first segment holding a position. Stages ask this for every mention, number and
        clause, so the segments are indexed once (again when `segments` is replaced or grows)."""
        segments = self.segments
        cached = self.__dict__.get("_segment_index")  # (the list's id, its length, the index: no key tuple per call)
        if cached is None or cached[0] != id(segments) or cached[1] != len(segments):
            cached = (id(segments), len(segments), SegmentIndex(segments))
            self.__dict__["_segment_index"] = cached
        index = cached[2]  # (SegmentIndex.at, inline: asked for every mention, number and clause)
        i = bisect_right(index._bounds, pos) - 1
        return index._first[i] if i >= 0 else None

    def brief_published(self, brief: int | None) -> DateValue | None:
        """The date a teaser carries of its own (None: none, or the main article's `brief` None): the callers
        fall back on the page's date, or on a guess of their own."""
        if brief is not None and 0 <= brief < len(self.briefs):
            return self.briefs[brief].published
        return None

    def brief_at(self, pos: int) -> int | None:
        """The index of the brief a position lies in, None in the main article."""
        segments = self.segments  # (segment_at, inline: asked for every mention of a page with teasers)
        cached = self.__dict__.get("_segment_index")
        if cached is None or cached[0] != id(segments) or cached[1] != len(segments):
            cached = (id(segments), len(segments), SegmentIndex(segments))
            self.__dict__["_segment_index"] = cached
        index = cached[2]
        i = bisect_right(index._bounds, pos) - 1
        s = index._first[i] if i >= 0 else None
        return s.brief if s is not None else None
