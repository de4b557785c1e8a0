"""The same real-world event reported by several pages, merged into one event that keeps every
evidence span and page: same type, the same parties (people, countries, senders), event dates within
a window at the precision each report gives, compatible locations. A visit spans days: its arrival,
talks and wreath-laying are one event. What joins two reports is what discriminates: a party other
than the country most pages are about (every page here is about Vietnam), and the event's date, not
the report's. Reports dated only by their page or to a year (events mentioned in passing) join only
an event of the same story (a teaser and the article it announces, near-duplicate pages), or one
with exactly their parties and a person among them."""

from __future__ import annotations

import calendar
import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import takewhile
from typing import Any

from dipnet.consolidate.entities import Resolver
from dipnet.consolidate.pages import Stories

WINDOW = timedelta(days=2)  # reports of one day's event may date it a day or two apart
# a visit lasts days: a report of its arrival and one of its talks or departure are one visit
TYPE_WINDOW = {"VISIT": timedelta(days=4)}
DOMINANT_SHARE = 0.25  # a country in more than this share of reports tells no two of them together
SOFT_WINDOW = timedelta(days=3)  # an undated report is of the days before its page's date
_PRECISION = {"day": 0, "month": 1, "year": 2}


def interval(value: str | None, end: str | None = None) -> tuple[date, date] | None:
    """The days an ISO date at its precision can denote (2026-02 -> Feb 1..28), to `end` if given."""
    try:
        lo, hi = _bounds(value) if value else (None, None)
        if lo is None or hi is None:
            return None
        if end:
            e = _bounds(end)
            if e[1] is not None and e[1] >= lo:
                hi = max(hi, e[1])
        return lo, hi
    except (ValueError, OverflowError):  # a day no calendar has, a year past 9999
        return None


def _bounds(value: str) -> tuple[date, date] | tuple[None, None]:
    parts = [int(p) for p in value[:10].split("-") if p.isdigit()]
    if len(parts) == 3:
        d = date(*parts)
        return d, d
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(*parts)[1])
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    return None, None


def _loads(v: Any) -> Any:
    return json.loads(v) if isinstance(v, str) else v


@dataclass(slots=True)
class Report:
    """One event as one page states it."""

    row: dict[str, Any]
    mention_id: str
    unit: tuple[str, int]
    ids: list[str]
    people: set[str]
    countries: set[str]
    sources: set[str]
    location: str | None
    location_country: str | None
    span: tuple[date, date] | None
    rank: int
    published: str | None = None
    soft: bool = False  # no date of its own: dated by its page or teaser, a few days before
    names: dict[str, str] = field(default_factory=dict)
    home: dict[str, str | None] = field(default_factory=dict)  # each actor's country
    lists: dict[str, list[str]] = field(default_factory=dict)  # the row's JSON lists, parsed once
    attrs: dict[str, Any] = field(default_factory=dict)  # the row's attributes, parsed once


def _actors(r: dict[str, Any], res: Resolver) -> tuple[dict[str, list[str]], dict[str, str], list[str], set[str]]:
    """A report row's JSON lists parsed, its actors' names by id, their ids in order and its senders."""
    doc = r["doc_id"]
    lists = {c: _loads(r[c]) or [] for c in ("participants", "source_actors", "target_actors")}
    names: dict[str, str] = {}
    ids = []
    for n in lists["participants"]:
        i = res.resolve(n, doc)
        if i and i not in names:
            names[i] = n
            ids.append(i)
    sources = {i for n in lists["source_actors"] if (i := res.resolve(n, doc))}
    targets = [i for n in lists["target_actors"] if (i := res.resolve(n, doc))]
    for i in [*sorted(sources), *targets]:
        if i not in names:
            names[i] = res.name(i, i)
            ids.append(i)
    return lists, names, ids, sources


def countries_of(r: dict[str, Any], res: Resolver) -> set[str]:
    """The countries of a report row's actors (Report.countries), without the rest of a Report."""
    return {c for i in _actors(r, res)[2] if (c := res.country(i))}


def _report(r: dict[str, Any], res: Resolver, published: str | None) -> Report:
    doc = r["doc_id"]
    lists, names, ids, sources = _actors(r, res)
    loc = res.resolve(r["location"], doc)
    countries = {c for i in ids if (c := res.country(i))}
    people = {i for i in ids if res.type(i) == "PERSON" or i.startswith("person:")}
    key = f"{doc}|{r['idx']}|{r['start_char']}|{r['end_char']}|{r['type']}"
    prec = r["date_precision"] if r["date"] else None
    span = interval(r["date"], r["end_date"])
    pub = interval(published) if span is None else None
    if pub and pub[0] == pub[1]:  # a day-precise page or teaser date
        span = (pub[0] - SOFT_WINDOW, pub[1])
    return Report(row=r, mention_id=hashlib.sha1(key.encode()).hexdigest()[:16],
                  unit=(doc, r["brief"] if r["brief"] is not None else -1), ids=ids, people=people,
                  countries=countries, sources={res.country(s) or s for s in sources}, location=loc,
                  location_country=res.country(loc), span=span,
                  rank=_PRECISION.get(prec or "", 3), published=published, names=names, soft=pub is not None,
                  home={i: res.country(i) for i in ids}, lists=lists, attrs=_loads(r["attributes"]) or {})


def _sets_agree(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return True
    return a <= b or b <= a or len(a & b) / len(a | b) >= 0.5


def _coarse(r: Report) -> bool:
    """Dated only by its page, or only to a year: an event mentioned in passing or a report date."""
    return r.soft or r.span is None or r.rank >= 2


def compatible(a: Report, b: Report, stories: Stories, dominant: frozenset[str] = frozenset()) -> bool:
    """Whether two reports can be of one real-world event (see the module's docstring)."""
    if (t := a.row["type"]) != b.row["type"] or a.unit == b.unit:  # one page's own reports are distinct events
        return False
    same_story: bool | None = None  # whether they are of one story: asked only once a pair's dates do not part them
    if (sa := a.span) and (sb := b.span):
        window = TYPE_WINDOW.get(t, WINDOW)
        if sa[0] - window > sb[1] or sb[0] - window > sa[1]:
            return False
    elif not (same_story := stories.same(a.unit, b.unit)) and not (a.span is None and b.span is None and set(a.ids) == set(b.ids)):
        return False
    if (_coarse(a) or _coarse(b)) and not (same_story := stories.same(a.unit, b.unit) if same_story is None else same_story):
        # nothing but the parties tells such reports together: the same countries, one beyond the
        # dominant, in the same year, and something that happens once then: one person's act, a
        # pair's move to one level, or (page-dated, no year-only report) the page's own few days
        if _year(a) != _year(b) or a.countries != b.countries or not a.countries - dominant:
            return False
        paged = (a.soft or b.soft) and not (_year_only(a) or _year_only(b))
        if not (a.people & b.people or _once(a, b) or paged):
            return False
    if not (_sets_agree(a.people, b.people) and _sets_agree(a.countries, b.countries)):
        return False
    if a.people and b.people and not a.people & b.people:
        return False
    if a.sources and b.sources and not a.sources & b.sources:
        return False
    if a.location and b.location and a.location != b.location:
        if a.location_country != b.location_country:
            return False
        if not (a.location.startswith("country:") or b.location.startswith("country:")):
            return False
    if stories.same(a.unit, b.unit) if same_story is None else same_story:
        return bool(set(a.ids) & set(b.ids) or a.countries & b.countries)
    shared = (set(a.ids) & set(b.ids)) - dominant
    if shared & (a.people | b.people):
        return True
    # a body shared that is not the dominant country's own (ASEAN, not Vietnam's ministry)
    if any(not i.startswith("country:") and a.home.get(i) not in dominant for i in shared) \
            and not (a.people and b.people):
        return True
    # no person shared: the countries other than the dominant one must be the same, and some
    other_a, other_b = a.countries - dominant, b.countries - dominant
    return bool(other_a) and other_a == other_b and not (a.people and b.people)


def _once(a: Report, b: Report) -> bool:
    """Both say the pair moved to the same relationship level: that happens once."""
    la = a.attrs.get("level")
    return a.row["type"] == "RELATION_CHANGE" and la is not None and la == b.attrs.get("level")


def _year_only(r: Report) -> bool:
    return r.rank == 2 and not r.soft


def _year(r: Report) -> int | None:
    return r.span[0].year if r.span and r.span[0].year == r.span[1].year else None


def dominant_countries(reports: list[Report]) -> frozenset[str]:
    """The country the reports are about (named by more than DOMINANT_SHARE of them and by at
    least four): the hub every page shares, which tells no two reports together."""
    return dominant_of(Counter(c for r in reports for c in r.countries), len(reports))


def dominant_of(counts: dict[str, int], n: int) -> frozenset[str]:
    """dominant_countries from how many of `n` reports name each country."""
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:1]
    return frozenset(c for c, k in top if k > max(4, DOMINANT_SHARE * n))


def _gap(a: tuple[date, date] | None, b: tuple[date, date] | None) -> int:
    if a is None or b is None:
        return 0
    return max((a[0] - b[1]).days, (b[0] - a[1]).days, 0)


BUCKET = 32  # days: the blocks of the candidate index (clusters are looked up by party and bucket)


def _buckets(span: tuple[date, date] | None, type_: str) -> list[int]:
    """The day buckets a report is indexed under: those of [first day, last day + its window].
    Two reports within the window of each other have overlapping such ranges, so share a bucket;
    an undated report is under -1 only (it joins dated ones only through its story)."""
    if span is None:
        return [-1]
    w = TYPE_WINDOW.get(type_, WINDOW)
    return list(range(span[0].toordinal() // BUCKET, (span[1] + w).toordinal() // BUCKET + 1))


def block_keys(rep: Report, dominant: frozenset[str]) -> set[str]:
    """What a report is looked up by: its parties (ids and their countries) other than the dominant
    country. Every pair `compatible` accepts outside a story shares one (a person, a body, or a
    country other than the dominant one), so blocking on them loses no pair and decides the same;
    blocking on the dominant country would put nearly every report of a month in one block."""
    return (set(rep.ids) | rep.countries) - dominant


def _coarse_key(rep: Report, dominant: frozenset[str]) -> tuple[str, ...] | None:
    """The block a coarse report joins others by outside its story: `compatible` then wants the same
    countries, one beyond the dominant, in the same year; None when it can join none that way."""
    if not rep.countries - dominant:
        return None
    return ("~", str(_year(rep)), *sorted(rep.countries))


SEP = "\x1f"  # joins the parts of an order key and of a block (below any character of a name or type)


def order_key(rep: Report) -> str:
    """The report's place in the clustering order (type, precision, first day, mention id) as one
    string that sorts the same, so that the store can keep it and compare it."""
    day = rep.span[0].toordinal() if rep.span else date.max.toordinal()
    return SEP.join((rep.row["type"], str(rep.rank), f"{day:07d}", rep.mention_id))


def blocks(rep: Report, dominant: frozenset[str], story: tuple[str, int]) -> list[str]:
    """Every block a report is filed and looked up under: a report dated to the day or month under
    (type, non-dominant party, day bucket); any report under (type, its countries, its year), the only
    way a coarse report (dated by its page or to a year) joins another outside its story; and under
    (type, its story). Two reports that share none are never compared."""
    t = rep.row["type"]
    out = [SEP.join((t, "k", k, str(b))) for k in (() if _coarse(rep) else sorted(block_keys(rep, dominant)))
           for b in _buckets(rep.span, t)]
    if (ckey := _coarse_key(rep, dominant)) is not None:
        out.append(SEP.join((t, "c", *ckey)))
    out.append(SEP.join((t, "s", story[0], str(story[1]))))
    return out


def choose(rep: Report, candidates: Sequence[Sequence[Report]], stories: Stories,
           dominant: frozenset[str]) -> int | None:
    """Which of the candidate clusters (in the order they were made) a report joins: of those whose
    every member `compatible` accepts, the one of its story, then sharing most parties, then nearest
    in time; the first on a tie. None: it starts a cluster of its own."""
    best, best_score, ids = None, None, set(rep.ids)
    for c, members in enumerate(candidates):
        ms = list(takewhile(lambda m: compatible(rep, m, stories, dominant), members))  # each made once
        if len(ms) == len(members):
            shared = max(len(ids.intersection(m.ids)) for m in ms)
            gap = min(_gap(rep.span, m.span) for m in ms)
            score = (stories.same(rep.unit, ms[0].unit), shared, -gap)
            if best_score is None or score > best_score:
                best, best_score = c, score
    return best


def _merged(members: list[Report], res: Resolver, docs: dict[str, dict]) -> tuple[dict, list[dict], list[dict]]:
    members = sorted(members, key=lambda r: r.mention_id)
    eid = "ev:" + members[0].mention_id
    dated = sorted((r for r in members if r.span), key=lambda r: (r.rank, r.span[0]))  # type: ignore[index]
    best = dated[0] if dated else None
    if best:
        votes = Counter(r.row["date"] for r in dated if r.rank == best.rank)
        day = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        best = next(r for r in dated if r.row["date"] == day)
    ends = [r.row["end_date"] for r in members if r.row["end_date"]]
    counts: Counter = Counter()
    names: dict[str, str] = {}
    for r in members:
        counts.update(r.ids)
        for i, n in r.names.items():
            names.setdefault(i, res.name(i, n))
    ids = sorted(counts, key=lambda i: (-counts[i], min(r.ids.index(i) for r in members if i in r.ids), i))

    def union(col: str) -> list[str]:
        out: list[str] = []
        for r in members:
            for n in r.lists[col]:
                i = res.resolve(n, r.row["doc_id"]) or n
                if (nm := names.get(i, res.name(i, n))) not in out:
                    out.append(nm)
        return out

    locs = Counter(r.location for r in members if r.location)
    loc = sorted(locs, key=lambda i: (i.startswith("country:"), -locs[i], i))[0] if locs else None
    loc_name = next((r.row["location"] for r in members if r.location == loc), None) if loc else None
    channels = Counter(r.row["channel"] for r in members if r.row["channel"] and r.row["channel"] != "other")
    attrs: dict[str, Any] = {}
    for r in members:
        for k, v in r.attrs.items():
            if k not in attrs:
                attrs[k] = v
            elif isinstance(attrs[k], list) and isinstance(v, list):
                attrs[k] = attrs[k] + [x for x in v if x not in attrs[k]]
    cameo = Counter(r.row["cameo"] for r in members if r.row["cameo"])
    plover = Counter(r.row["plover"] for r in members if r.row["plover"])
    span = best.span if best else None
    if span and ends:
        span = interval(best.row["date"], max(ends))  # type: ignore[union-attr]
    evidences = list(dict.fromkeys(r.row["evidence"] for r in members if r.row["evidence"]))
    event = {
        "event_id": eid, "type": members[0].row["type"],
        "status": "occurred" if any(r.row["status"] == "occurred" for r in members) else members[0].row["status"],
        "date": best.row["date"] if best else None, "date_precision": best.row["date_precision"] if best else None,
        "end_date": max(ends) if ends else None, "day_lo": span[0] if span else None,
        "day_hi": span[1] if span else None, "year": span[0].year if span else None,
        "participants": json.dumps([names[i] for i in ids], ensure_ascii=False),
        "participant_ids": json.dumps(ids, ensure_ascii=False),
        "source_actors": json.dumps(union("source_actors"), ensure_ascii=False),
        "target_actors": json.dumps(union("target_actors"), ensure_ascii=False),
        "location": res.name(loc, loc_name or "") if loc else None, "location_id": loc,
        "channel": channels.most_common(1)[0][0] if channels else "other",
        "attributes": json.dumps(attrs, ensure_ascii=False),
        "cameo": cameo.most_common(1)[0][0] if cameo else None,
        "plover": plover.most_common(1)[0][0] if plover else None,
        "n_mentions": len(members), "n_pages": len({r.row["doc_id"] for r in members}),
        "evidence": " | ".join(evidences),
    }
    mentions = [{"event_id": eid, "mention_id": r.mention_id, "doc_id": r.row["doc_id"], "idx": r.row["idx"],
                 "source": docs.get(r.row["doc_id"], {}).get("source"), "url": docs.get(r.row["doc_id"], {}).get("url"),
                 "brief": r.row["brief"], "evidence": r.row["evidence"], "start_char": r.row["start_char"],
                 "end_char": r.row["end_char"], "date": r.row["date"], "published": r.published} for r in members]
    actors: list[dict] = []
    seen: set[str] = set()

    def add(i: str, kind: str) -> None:  # one row per actor and event, under its first kind
        if i not in seen:
            seen.add(i)
            actors.append({"event_id": eid, "entity_id": i, "name": names.get(i) or res.name(i, i), "kind": kind,
                           "day_lo": event["day_lo"], "day_hi": event["day_hi"], "type": event["type"],
                           "channel": event["channel"], "year": event["year"]})

    for i in ids:
        add(i, "participant")
    if loc:
        add(loc, "location")
    for i in [*ids, loc]:
        if c := res.country(i):
            add(c, "country")
    return event, mentions, actors

