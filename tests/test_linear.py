"""Extraction is linear in the page: every stage does the same work per character on a long page
as on a short one. Checked without a clock — the clock is benchmarks/bench_extract.py --long — by
counting the Python lines the stages execute per character (a scan per item over all items of the
page shows as a count that grows with the page), and by checking that each index answers exactly
what the scan it replaces answered."""

from __future__ import annotations

import importlib
import random
import re
import sys
from collections.abc import Iterator
from types import FrameType
from typing import Any

import pytest

from dipnet.extract.facts import Context
from dipnet.extract.figures.lastmatch import LastMatch
from dipnet.extract.merging.merge import merge_events
from dipnet.model import Document, Event, Page, Segment, SegmentIndex, SpanIndex
from dipnet.normalize import normalize
from dipnet.pipeline import run_stages, stages
from dipnet.sentencebounds import Bounds

_SURNAMES = "阮陈黎范武潘杜裴吴"
_GIVEN = "文明春光德清海国志雄"
_PLACES = ["河内", "胡志明市", "岘港", "海防", "芹苴"]
_PARTNERS = ["老挝", "柬埔寨", "泰国", "日本", "印度尼西亚", "新加坡"]


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.sample(_GIVEN, 2))


def _paragraph(rng: random.Random, i: int) -> str:
    """One invented news paragraph: a dated meeting, a statement, figures, a relation level."""
    a, b, c = _name(rng), _name(rng), _name(rng)
    partner = rng.choice(_PARTNERS)
    month, day = 1 + i % 12, 1 + i % 28
    return (f"{month}月{day}日,越南政府副总理{a}在{rng.choice(_PLACES)}会见了{partner}外交部长{b}。"
            f"{a}表示,越南重视与{partner}的全面战略伙伴关系。双方同意推动两国贸易额在{2025 + i % 5}年"
            f"达到{10 + i}亿美元。{partner}方面向越南提供{100 + i}吨大米援助,{c}出席了签字仪式。"
            f"第{i % 9 + 1}届越{partner}合作委员会会议有{20 + i}名代表参加。")


def _page(paragraphs: int, one_line: bool = False) -> str:
    rng = random.Random(7)
    body = ("" if one_line else "\n").join(_paragraph(rng, i) for i in range(paragraphs))
    return "越南与多国加强合作\n" + body


def _lines_per_char(text: str) -> dict[str, float]:
    """Python lines executed by each stage per character of the page (a deterministic measure of
    work: no clock). The knowledge base and codebooks load before counting."""
    run_stages(normalize(Page(source="warm", text=_page(2))))
    doc = normalize(Page(source="linear", text=text, url="https://example.org/linear.html"))
    counts: dict[str, float] = {}
    count = 0

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    for name, stage in stages():
        count = 0
        sys.settrace(tracer)
        try:
            doc = stage(doc)
        finally:
            sys.settrace(None)
        counts[name] = count / len(text)
    return counts


@pytest.mark.parametrize("one_line", [False, True], ids=["paragraphs", "one-line"])
def test_every_stage_does_the_same_work_per_character_on_a_page_four_times_longer(one_line: bool) -> None:
    small = _lines_per_char(_page(30, one_line))
    large = _lines_per_char(_page(120, one_line))
    grown = {name: large[name] / small[name] for name in small if small[name] > 0}
    assert all(g < 1.3 for g in grown.values()), grown


def test_segment_index_answers_what_the_first_holding_segment_is() -> None:
    rng = random.Random(3)
    segments = []
    for _ in range(60):  # overlapping and nested zones, in no order, some empty
        a = rng.randrange(0, 500)
        segments.append(Segment(rng.choice(["body", "lead", "brief_headline"]), a, a + rng.randrange(0, 80),
                                rng.choice([None, 0, 1, 2])))
    index = SegmentIndex(segments)
    for pos in range(-2, 600):
        first = next((s for s in segments if s.start <= pos < s.end), None)
        assert index.at(pos) is first


class _CountingList(list):  # type: ignore[type-arg]
    """A list that counts how often it is walked."""

    walks = 0

    def __iter__(self) -> Iterator[Any]:
        type(self).walks += 1
        return super().__iter__()


def test_brief_at_walks_the_segments_once_for_many_positions() -> None:
    segs = _CountingList(Segment("body" if i % 2 else "brief_headline", 10 * i, 10 * i + 10,
                                 None if i % 2 else i) for i in range(200))
    doc = Document(doc_id="d", source="s", raw="x" * 2000, text="x" * 2000, offsets=list(range(2001)))
    doc.segments = segs
    _CountingList.walks = 0
    briefs = [doc.brief_at(p) for p in range(2000)]
    assert briefs[5] == 0 and briefs[15] is None and briefs[1995] is None
    assert _CountingList.walks <= 2  # the index is built once, not a walk per position
    doc.segments = doc.segments[:10]  # a new segment list is indexed anew
    assert doc.brief_at(85) == 8 and doc.brief_at(95) is None and doc.brief_at(105) is None


def test_span_index_near_holds_every_overlapping_span() -> None:
    rng = random.Random(5)
    spans = [(a, a + rng.randrange(0, 12)) for a in (rng.randrange(0, 300) for _ in range(80))] + [(0, 250)]
    index = SpanIndex(spans)
    for a in range(0, 300, 3):
        for b in (a, a + 1, a + 7):
            assert index.overlaps(a, b) == any(s < b and a < e for s, e in spans)
            assert {x for x in index.near(a, b) if x[0] <= a and b <= x[1]} == \
                {x for x in spans if x[0] <= a and b <= x[1]}


def test_sentence_bounds_are_those_of_a_walk_from_the_position() -> None:
    text = "越南。老挝,柬埔寨;泰国\n日本!" + "无标点的长句" * 5
    bounds = Bounds(text, "。!?！？;；\n")
    for pos in range(len(text) + 1):
        a = pos
        while a > 0 and text[a - 1] not in "。!?！？;；\n":
            a -= 1
        b = pos
        while b < len(text) and text[b] not in "。!?！？;；\n":
            b += 1
        assert bounds.around(pos) == (a, b)


@pytest.mark.parametrize("pattern", [
    r"(?:第[一二三四五六七八九十\d]+届)?(?:(?![的在为于和与了是将])[\u4e00-\u9fff\-\d]){2,30}?(?:大会|会议|论坛|峰会)",
    r"(越|老|柬)(\d+)届",  # groups: findall gives them
    r"(?<=在)[\u4e00-\u9fff]{2,4}",  # a look behind
    r"^.{2}会议",  # an anchor and `.`: scanned the plain way
])
def test_last_match_is_the_last_of_findall_at_every_position(pattern: str) -> None:
    text = _page(6, one_line=True) + "越5届老12届在河内举行第3届东盟峰会,在岘港"
    compiled = re.compile(pattern)
    last = LastMatch(compiled, text, 3, len(text))
    for p in range(3, len(text) + 1):
        got = compiled.findall(text[3:p])
        assert last.last(p) == (got[-1] if got else None)
    # a pattern of a known alphabet is scanned once, then per position only after the last barrier
    assert (last.barrier is None) == pattern.startswith("^")


def test_time_before_by_index_is_the_scan() -> None:
    doc = run_stages(normalize(Page(source="t", text=_page(12), url="https://example.org/t.html")))
    ctx = Context(doc)
    assert len(doc.times) > 20
    for pos in range(0, len(doc.text), 7):
        for a in (0, max(0, pos - 40), ctx.sentence(pos)[0]):
            for b in (None, pos + 15):
                assert ctx.time_before(a, pos, b) is ctx._time_before_scan(a, pos, b)


def _events(n: int) -> list[Event]:
    rng = random.Random(n)
    kinds = ["MEET", "STATEMENT", "VISIT", "AGREEMENT", "CONFERENCE", "MESSAGE"]
    out = []
    for i in range(n):
        parts = rng.sample(["越南", "老挝", "柬埔寨", "阮春福", "潘文江", "外交部", "中国"], rng.randrange(0, 4))
        attrs: dict[str, object] = {"trigger": "x"}
        if rng.random() < 0.2:
            attrs["name"] = rng.choice(["第30届外交会议", "外交会议", "东盟峰会", "第3届东盟峰会开幕式"])
        if rng.random() < 0.2:
            attrs["_from"], attrs["_to"] = [rng.choice(["VN", "LA", "越南"])], [rng.choice(["KH", "LA"])]
        out.append(Event(type=rng.choice(kinds), status=rng.choice(["occurred", "planned"]), start=20 * i,
                         end=20 * i + 15, participants=parts, source=parts[:1], target=parts[1:2],
                         date=rng.choice([None, "2024", "2024-05", "2024-05-02", "2024-05-03", "2025-01-01"]),
                         brief=rng.choice([None, None, None, 1, 2]), attributes=attrs))
    return out


def _merge_by_scan(events: list[Event]) -> list[tuple[Any, ...]]:
    """merge_events' loop as it was, every kept event tested (the filters before it left out)."""
    merge = importlib.import_module("dipnet.extract.merging.merge")

    out: list[Event] = events
    for _ in range(2):  # merge_events runs a second pass: a telling merged in may make two kept events the same
        kept: list[Event] = []
        for ev in out:
            twin = next((o for o in kept if merge._same(o, ev)), None)
            if twin is None:
                kept.append(ev)
                continue
            merge.absorb(twin, ev)  # the same absorption: what differs is only how the twin is found
        out = kept
    for ev in out:
        for k in [k for k in ev.attributes if k.startswith("_")]:
            del ev.attributes[k]
    return [(e.type, e.start, e.participants, e.date, e.attributes) for e in out]


def test_merging_by_index_keeps_what_testing_every_kept_event_keeps() -> None:
    for seed_n in (40, 150, 400):
        events = [e for e in _events(seed_n) if e.type not in ("STATEMENT",)]
        by_scan = _merge_by_scan(_events_copy(events))
        # no people and no countries: the three filters before the merging keep every event
        merged = [(e.type, e.start, e.participants, e.date, e.attributes) for e in merge_events(_events_copy(events))]
        assert merged == by_scan


def _events_copy(events: list[Event]) -> list[Event]:
    return [Event(**{**e.__dict__, "participants": list(e.participants), "source": list(e.source),
                     "target": list(e.target), "attributes": dict(e.attributes)}) for e in events]


def test_merging_tests_few_kept_events_per_event() -> None:
    merge = importlib.import_module("dipnet.extract.merging.merge")

    calls = 0
    same = merge._same

    def counting(a: Event, b: Event) -> bool:
        nonlocal calls
        calls += 1
        return same(a, b)

    merge._same = counting  # type: ignore[assignment]
    try:
        per_event = []
        for n in (300, 1200):
            calls = 0
            merge_events(_distinct_events(n))
            per_event.append(calls / n)
    finally:
        merge._same = same  # type: ignore[assignment]
    assert per_event[1] < 1.3 * per_event[0] + 1, per_event


def _distinct_events(n: int) -> list[Event]:
    """Meetings of distinct pairs of people on one day, all with one country: none merge, and a
    test against every kept event would be n * n / 2 tests."""
    return [Event(type="MEET", status="occurred", start=10 * i, end=10 * i + 5, date="2024-05-02",
                  participants=["越南", f"甲{i}", f"乙{i}"], source=["越南"], target=[f"甲{i}"]) for i in range(n)]
