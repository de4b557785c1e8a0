"""Events: trigger words (data/events.toml) in each clause, their actors from the clause's
mentions, status, date, channel, attributes and codes; one event per real-world event on a page."""

from __future__ import annotations

from dipnet.extract.actors import actors
from dipnet.extract.channel import channel
from dipnet.extract.clauses import Clause, clauses, quoted, sub_clauses
from dipnet.extract.codes import Codebook, EventType, codebook
from dipnet.extract.merge import merge_events
from dipnet.extract.page import EventPage
from dipnet.model import Document, Event, TimeExpr

_LIST_SPLIT = {"AID", "DEPLOYMENT", "RELATION_CHANGE", "MESSAGE", "MULTILATERAL_ROLE"}
_MULTI = {"VISIT", "MESSAGE", "MEET"}


def _find_triggers(page: EventPage, c: Clause, t: EventType, cb: Codebook) -> list[tuple[int, str]]:
    """Every place in the clause where a trigger of this type stands as a verb or noun of its own,
    leftmost first and not overlapping (two visits in one clause are two events)."""
    text = page.doc.text
    hits: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for trig in t.triggers:  # longest first
        k = text.find(trig, c.start, c.end)
        while k != -1:
            end = k + len(trig)
            after = text[end:c.end]
            inside_title = any(a <= k < b and not (a <= end - 1 >= b) for a, b in page.title_words)
            # a trigger never straddles a name's edge: 会议 in 国民议会议长 is no meeting
            straddles = any((m.start < k < m.end < end) or (k < m.start < end < m.end) for m in page.mentions)
            frame = t.name == "MEET" and "在" in text[max(c.start, k - 2):k] and after.startswith(cb.frame_after)
            if not (inside_title or frame or straddles or quoted(text, c.sentence[0], k)
                    or any(after.startswith(x) for x in t.exclude_after)
                    or any(a < end and k < b for a, b in taken)):
                hits.append((k, trig))
                taken.append((k, end))
            k = text.find(trig, end, c.end)
    return sorted(hits)


def _date(page: EventPage, c: Clause, lo: int, hi: int, etype: str) -> tuple[str | None, str | None, str | None]:
    """The clause's own time expression; else one earlier in its sentence (what follows the clause is
    what was said, not when); else the last day named earlier in its paragraph; else the day the story
    reports (its lead's date); else the date of its page or brief."""
    times: list[TimeExpr] = page.doc.times

    def usable(t: TimeExpr) -> bool:
        return bool(t.value) and t.kind != "duration" and (t.kind != "anniversary" or etype == "ANNIVERSARY")

    for a, b in ((lo, hi), (c.sentence[0], lo)):
        got = [t for t in times if a <= t.start < b and usable(t)]
        if got:
            t = got[0] if (a, b) == (lo, hi) else got[-1]
            return t.value, t.precision, t.end_value
    seg = next((s for s in page.doc.segments if s.start <= c.start < s.end), None)
    earlier = [t for t in times if seg and seg.start <= t.start < c.start and t.value
               and t.kind in ("date", "range", "relative") and t.precision == "day"]
    if earlier:  # the story goes on at the day it last named
        return earlier[-1].value, earlier[-1].precision, None
    if c.brief is None and page.story_day:
        return page.story_day, "day", None
    date, precision = page.anchor(c.brief)
    return date, precision, None


def _kind(t: EventType, text: str) -> str | None:
    for word, kind in sorted(t.kinds.items(), key=lambda kv: -len(kv[0])):
        if word in text:
            return kind
    return None


def _conference_name(text: str, c: Clause, k: int, trig: str, stops: tuple[str, ...]) -> str:
    """The named meeting the trigger closes: 第30届外交工作会议, 全国对外工作会议."""
    j = k
    while j > c.start and (text[j - 1].isalnum() or text[j - 1] in "-·") and not text.endswith(stops, 0, j):
        j -= 1
    return text[j:k + len(trig)]


def _one(page: EventPage, cb: Codebook, t: EventType, c: Clause, k: int, trig: str) -> list[Event]:
    text = page.doc.text
    clause = text[c.start:c.end]
    if t.requires and not any(r in text[c.sentence[0]:c.sentence[1]] for r in t.requires):
        return []
    if any(n in clause for n in cb.negation):
        return []
    mentions = page.in_span(c.start, c.end)
    got = actors(page, cb, t, c, k, trig, mentions)
    if got is None:
        return []
    participants, location = got
    if len(participants) < t.min_actors:
        return []
    attributes: dict[str, object] = {"trigger": trig, "mode": t.mode}
    if t.name == "CONFERENCE":
        name = _conference_name(text, c, k, trig, cb.name_stops)
        if len(name) <= len(trig) + 1 or name.startswith(cb.reference_openers):
            return []  # 该会议, 此次会议: a conference already reported, not a new one
        attributes["name"] = name
    if location is None:
        locs = [m for m in mentions if (e := page.entity(m)) and e.type == "LOCATION" and m.start < k + len(trig) + 12]
        location = page.entity(locs[0]).name if locs else None  # type: ignore[union-attr]
    date, precision, end_date = _date(page, c, c.start, c.end, t.name)
    anchor, _ = page.anchor(c.brief)
    later = bool(date and anchor and len(date) >= len(anchor) and date[:len(anchor)] > anchor)
    # what the clause announces before its verb ("将于2月6日…进行国事访问"), not what a speaker
    # says will come ("强调…将为增进…")
    ahead = cb.planned.search(text[c.start:k]) or "前夕" in clause
    planned = t.name != "STATEMENT" and bool(ahead or later)
    kind = _kind(t, clause)
    if kind:
        attributes[t.attribute] = kind
    actor_mentions = [m for m in mentions if (e := page.entity(m)) and e.name in participants]
    ev = Event(type=t.name, status="planned" if planned else "occurred", start=c.sentence[0], end=c.sentence[1],
               participants=participants, location=location, date=date, date_precision=precision,
               end_date=end_date, cameo=t.cameo or None, plover=t.plover or None, brief=c.brief,
               channel=channel(page, cb, c, actor_mentions, t, kind), attributes=attributes)
    if t.name == "VISIT":
        ev.source, ev.target = participants[:-1] or participants, participants[-1:]
        legs = [ev]
        for host in getattr(page, "itinerary", []):
            leg = Event(**{**ev.__dict__, "participants": ev.source + [host], "target": [host],
                           "attributes": dict(ev.attributes), "location": None})
            legs.append(leg)
        if len(legs) > 1:
            for leg in legs:
                leg.attributes["itinerary"] = "+".join(x.target[0] for x in legs)
        page.itinerary = []
        return legs
    ev.source, ev.target = participants[:1], participants[1:2]
    return _split_lists(page, ev, clause)


def _split_lists(page: EventPage, ev: Event, clause: str) -> list[Event]:
    """A clause listing several partners (向老挝、柬埔寨、美国…提供) is one event per partner."""
    if ev.type not in _LIST_SPLIT or "、" not in page.doc.text[ev.start:ev.end]:
        return [ev]
    kinds = ("ORG",) if ev.type == "MULTILATERAL_ROLE" else ("COUNTRY", "LOCATION")
    listed = [p for p in ev.participants if any(e.name == p and e.type in kinds for e in page.entities.values())]
    base = [p for p in ev.participants if p not in listed]
    if ev.type != "MULTILATERAL_ROLE" and page.home in listed:
        listed.remove(page.home)
        base.insert(0, page.home)  # type: ignore[arg-type]
    if len(listed) < 2:
        return [ev]
    out = []
    for p in listed:
        e = Event(**{**ev.__dict__, "participants": base + [p], "attributes": dict(ev.attributes),
                     "source": base[:1], "target": [p]})
        at = next((m.start for m in page.mentions if ev.start <= m.start < ev.end and (x := page.entity(m))
                   and x.name == p), None)
        own = [t for t in page.doc.times if ev.start <= t.start and at is not None and t.end <= at and t.value
               and t.kind not in ("duration", "anniversary")]
        if own:  # 2017年亚太经合组织…、2020年东盟…: each partner with the date written before it
            e.date, e.date_precision, e.end_date = own[-1].value, own[-1].precision, own[-1].end_value
        out.append(e)
    return out


def extract_events(doc: Document) -> list[Event]:
    """Events of every type in the main article and in each brief, merged within the page."""
    cb = codebook()
    page = EventPage(doc)
    events: list[Event] = []
    for c in clauses(doc):
        for t in cb.types:
            hits = _find_triggers(page, c, t, cb)
            if not hits:
                continue
            # several triggers of one type: a part per trigger when each part names its own actors
            parts = sub_clauses(doc.text, c, hits) if t.name in _MULTI else [(c, *hits[0])]
            for part, k, trig in parts:
                events += _one(page, cb, t, part, k, trig)
    return merge_events(events)
