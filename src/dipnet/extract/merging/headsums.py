"""What a page tells twice in other words, read before merging: a headline that sums up the talks the
article tells one by one (越南副总理兼外长会见中国、老挝两国外长 over the two meetings below it), the lands
of people the knowledge base lacks (英国国务卿某某: 英国, whatever the recognizer guessed), and a lead
whose senders are all the world's leaders unnamed (各国领导人就某某当选…致贺电、贺信和通话), which
sums up the messages and calls told sender by sender below it; and a headline's site suffix, whose
names take no part in what it tells."""

from __future__ import annotations

import re
from datetime import date

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.extract.common.eventwords import pattern_of
from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.lands import stated_land
from dipnet.extract.participants.messages import message_lands
from dipnet.model import Event, Mention

_TALKS = ("MEET", "CALL")
_SUMMED = _TALKS + ("MESSAGE",)  # (越中两国领导人互致贺电 over the messages of each side's people)


def stated_lands(page: EventPage, countries: dict[str, str]) -> dict[str, str]:
    """Each actor's country for merging: a person the knowledge base lacks takes the one a title before
    one of their mentions states (奈杰尔·亚当斯 of 英国国务卿奈杰尔·亚当斯 is British, not of the page's
    country), the rest keep theirs."""
    out = dict(countries)
    done: set[str] = set()
    titled: dict[str, str] | None = None
    for m in page.mentions:
        e = page.entities.get(m.entity_id)
        if e is None or e.type != "PERSON" or e.kb_id or e.name in done:
            continue
        land = stated_land(page, m)
        if land is None:  # (蒙古国国家大呼拉尔(议会)主席某某: a title the messages' reading allows)
            titled = titled if titled is not None else message_lands(page, page.mentions)
            land = titled.get(e.name)
        if land:
            out[e.name] = land
            done.add(e.name)
    return out


def _covered_by(head: Event, others: list[Event], people: set[str], lands: dict[str, str],
                titling: dict[str, set[str]]) -> bool:
    """Every party of the headline's talks is a party of one of the article's tellings, or a country or
    body whose land is the land of a person of one of them, or a body that titles one of them (岘港市委 of
    岘港市委书记阮伯清)."""
    parties = {p for o in others for p in o.participants}
    theirs = {lands.get(p) for o in others for p in o.participants if p in people} - {None}
    return bool(theirs) and all(p in parties or (p not in people and (lands.get(p) in theirs or
                                                                      bool(titling.get(p, set()) & parties)))
                                for p in head.participants)


def _titling(page: EventPage) -> dict[str, set[str]]:
    """The people each body or country stands right before as their title (岘港市委书记阮伯清: 岘港市委 → 阮伯清).
    Read once per page, and only on a page with a headline's talks to weigh (most have none)."""
    got: dict[str, set[str]] | None = page.__dict__.get("_titling")
    if got is None:
        got = page.__dict__["_titling"] = _read_titling(page)
    return got


def _read_titling(page: EventPage) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for b in page.mentions:
        eb = page.entities.get(b.entity_id)
        if eb is None or eb.type != "PERSON":
            continue
        for a in page.in_span(max(0, b.start - 12), b.start):
            ea = page.entities.get(a.entity_id)
            if ea is not None and ea.type != "PERSON" and a.end < b.start and page.in_title_span(a.end, b.start):
                out.setdefault(ea.name, set()).add(eb.name)
    return out


def summing_heads(page: EventPage, events: list[Event], people: set[str], lands: dict[str, str]) -> list[Event]:
    """Drop a headline's talks or call that names fewer people than the article's tellings of the same
    kind and teaser together, when those tellings hold every party of it (the headline's countries
    standing for the people below: 范平明会见中国、老挝两国外长 over 范平明会见王毅, 范平明会见沙伦赛)."""
    while True:  # (a lead dropped may leave a headline over it summing up the rest)
        out = _summing_pass(page, events, people, lands)
        if len(out) == len(events):
            return out
        events = out


_GROUP_MAX = 24  # talks of one kind, teaser and status beyond which a page is a digest: none read as summing up


def _summing_pass(page: EventPage, events: list[Event], people: set[str], lands: dict[str, str]) -> list[Event]:
    groups: dict[tuple[str, int | None, str], list[Event]] = {}
    for ev in events:
        if ev.type in _SUMMED:
            groups.setdefault((ev.type, ev.brief, ev.status), []).append(ev)
    out: list[Event] = []
    for ev in events:
        group = groups.get((ev.type, ev.brief, ev.status), [])
        if ev.type in _SUMMED and 1 < len(group) <= _GROUP_MAX:
            head = bool(ev.attributes.get("_head"))
            # (a lead sums up only what it opens: the tellings after it)
            others = [o for o in group if o is not ev and not o.attributes.get("_head")
                      and (head or o.start > ev.end) and sum(p in people for p in o.participants) >= 2]
            named = sum(p in people for p in ev.participants)
            told = {p for o in others for p in o.participants if p in people}
            if head and others and named < len(ev.participants) and _covered_by(ev, others, people, lands, _titling(page)) and \
                    len(told) > named:
                continue
            # 苏林及范明政会见王毅一行 over 苏林会见王毅…, 范明政随后亦会见…: the meetings apart, none
            # holding all of its parties
            if ev.type in _TALKS and len(others) > 1 and set(ev.participants) <= told and \
                    not any(set(ev.participants) <= set(o.participants) for o in others):
                continue
        out.append(ev)
    return out


def unnamed_senders(page: EventPage, events: list[Event]) -> list[Event]:
    """Drop a message or call whose senders the sentence names only as the world's leaders (各国领导人,
    多国领导人…) when the teaser tells messages or calls of that kind by named senders too: the lead
    sums them up (SPEC: a lead that sums up messages adds no event)."""
    text = page.doc.text
    generic = re.compile(cue("unnamed_senders"))
    told: dict[tuple[str, int | None], set[int]] = {}  # the sentences each kind of teaser tells them in
    for ev in events:
        told.setdefault((ev.type, ev.brief), set()).add(ev.start)
    out: list[Event] = []
    for ev in events:
        if ev.type in ("MESSAGE", "CALL"):
            g = generic.search(text, ev.start, ev.end)
            named_before = g is not None and any(
                (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON" for m in page.in_span(ev.start, g.start()))
            if g is not None and not named_before and told[(ev.type, ev.brief)] - {ev.start}:
                continue
        out.append(ev)
    return out


_TRIP_DAYS = 10  # days apart within which a headline's trip and the article's dated one are one trip


def told_trips(events: list[Event]) -> list[Event]:
    """Drop a visit told without a day of its own (a headline: 阮春福圆满结束对美国进行的正式访问, dated by
    the report) where the teaser tells the same visitor's trip to the same host on its own days within a
    few days of it (在从5月29日至31日访美期间): one trip."""
    dated: dict[tuple[int | None, str], list[Event]] = {}
    for ev in events:
        if ev.type == "VISIT" and not ev.attributes.get("_ref") and ev.target:
            for who in ev.source:
                dated.setdefault((ev.brief, who), []).append(ev)
    out: list[Event] = []
    for ev in events:
        if ev.type == "VISIT" and ev.attributes.get("_ref") == "loose" and ev.date and ev.target and any(
                o.target == ev.target and o.date and _days_apart(o.date, ev.date) <= _TRIP_DAYS
                for who in ev.source for o in dated.get((ev.brief, who), [])):
            continue
        out.append(ev)
    return out


def _days_apart(a: str, b: str) -> int:
    """Days between two ISO dates (a month or year precision counts as its first day)."""
    try:
        return abs((date.fromisoformat((a + "-01-01")[:10]) - date.fromisoformat((b + "-01-01")[:10])).days)
    except ValueError:
        return 1 << 30


def before_site_name(page: EventPage, start: int, k: int, end: int) -> list[Mention]:
    """The mentions of [start, end), those after a headline's site suffix left out (习近平前往摩纳哥进行国事访问
    _滚动新闻_中国政府网: what the section and site names name takes no part in what the headline tells)."""
    mentions = page.in_span(start, end)
    seg = page.doc.segment_at(start)
    if seg is None or seg.kind not in ("title", "brief_headline"):
        return mentions
    cut = rx.compile(pattern_of("site_suffix")).search(page.doc.text, k, end)
    return mentions if cut is None else [m for m in mentions if m.start < cut.start()]
