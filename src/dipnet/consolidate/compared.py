"""What the replay compares of a stored report (events.compatible, choose), kept in its state row
(event_reports.cmp) as one text: its resolved ids in order with each one's country, its people,
senders, place and the place's country, its span, precision rank, whether it is dated by its page,
its relationship level and teaser. A stored report the add does not touch resolves its names, and
reads its entities' types and countries, as it did (changes.remerge), so the Report made of this
text compares as the one made of its events row: the replay reads no events row, parses no JSON
and resolves nothing for it. A store consolidated before it was kept has NULL there (backfill fills
it once, before an add)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from types import MappingProxyType
from typing import Any

from dipnet.consolidate.entities import Resolver
from dipnet.consolidate.events import SEP, Report, _report
from dipnet.kb import KnowledgeBase
from dipnet.store import state, statefill

FIELD = "\x1e"  # between the fields (state.BLOCK_SEP); SEP between the items of one
PAGES = 2000  # pages whose rows are in memory at once (backfill)


def encode(rep: Report) -> str:
    """The text `decode` makes a Report of that compares as `rep`."""
    span = rep.span
    level = rep.attrs.get("level")
    brief = rep.row["brief"]
    return FIELD.join((SEP.join(rep.ids), SEP.join(rep.home.get(i) or "" for i in rep.ids), SEP.join(sorted(rep.people)),
                       SEP.join(sorted(rep.sources)), rep.location or "", rep.location_country or "",
                       f"{span[0].toordinal()}{SEP}{span[1].toordinal()}" if span else "", str(rep.rank),
                       "1" if rep.soft else "", "" if level is None else json.dumps(level, ensure_ascii=False),
                       "" if brief is None else str(brief)))


def _items(text: str, one: dict[Any, Any]) -> list[str]:
    return [one.setdefault(x, x) for x in text.split(SEP)] if text else []


# what most decoded reports hold nothing of, one read-only object for all (tens of thousands are made
# at 100,000 pages; choose and compatible only read them, and a write to one fails rather than leaks)
_NO_SET: Any = frozenset()
_NO_DICT: Any = MappingProxyType({})


def _shared(one: dict[Any, Any], kind: str, text: str, make: Callable[[], Any]) -> Any:
    """The object `make` gives for this text, made once and shared by every report whose text it is
    (reports only read them: tens of thousands of reports name the same few parties)."""
    key = (kind, text)
    got = one.get(key)
    if got is None:
        got = one[key] = make()
    return got


def _set(text: str, one: dict[Any, Any]) -> Any:
    return _shared(one, "set", text, lambda: frozenset(_items(text, one))) if text else _NO_SET


def _homes(ids: str, homes: str, one: dict[Any, Any]) -> tuple[list[str], Any, Any]:
    """A report's ids in order, each one's country (read-only) and the set of those countries, shared."""
    def make() -> tuple[list[str], Any, Any]:
        id_list = _items(ids, one)
        if not id_list:
            return id_list, _NO_DICT, _NO_SET
        home = dict(zip(id_list, [one.setdefault(h, h) if h else None for h in homes.split(SEP)], strict=True))
        return id_list, MappingProxyType(home), frozenset(c for c in home.values() if c) or _NO_SET

    return _shared(one, "home", ids + FIELD + homes, make)  # type: ignore[no-any-return]


def _span(text: str, one: dict[Any, Any]) -> tuple[date, date] | None:
    def make() -> tuple[date, date]:
        lo, hi = text.split(SEP)
        return date.fromordinal(int(lo)), date.fromordinal(int(hi))

    return _shared(one, "span", text, make) if text else None  # type: ignore[no-any-return]


def decode(mention_id: str, okey: str, doc_id: str, idx: int, text: str, one: dict[Any, Any] | None = None) -> Report:
    """The Report of a stored report's state (its id, order key, page and index, `encode`'s text);
    `one`: its strings (ids, countries, names, its type) are taken from there, each kept once however
    many reports hold it (the replay's), and so are its sets, its actors' countries and its span (read
    only: ~1.6 -> ~0.6 KB a report)."""
    one = {} if one is None else one
    ids, homes, people, sources, loc, loc_country, span, rank, soft, level, brief = text.split(FIELD)
    id_list, home, countries = _homes(ids, homes, one)
    b = int(brief) if brief else None
    kind = okey.split(SEP, 1)[0]
    return Report(row={"doc_id": doc_id, "idx": idx, "type": one.setdefault(kind, kind), "brief": b},
                  mention_id=mention_id, unit=(doc_id, b if b is not None else -1), ids=id_list,
                  people=_set(people, one), countries=countries, sources=_set(sources, one),
                  location=one.setdefault(loc, loc) if loc else None,
                  location_country=one.setdefault(loc_country, loc_country) if loc_country else None,
                  span=_span(span, one), rank=int(rank), soft=bool(soft), home=home,
                  attrs=_NO_DICT if not level else {"level": json.loads(level)}, names=_NO_DICT, lists=_NO_DICT)


def backfill(con: Any, kb: KnowledgeBase) -> int:
    """Fill event_reports.cmp where it is NULL, a batch of pages at a time, from the events rows,
    each report's names resolved as its state row says (rids), its entities as consolidated
    (kb_entities), its page's dates; returns how many were filled. Run after the rids are filled."""
    from dipnet.consolidate.pageinfo import StoredPages

    docs = statefill.uncompared(con)
    if not docs:
        return 0
    entities = {i: {"name": n, "type": t, "country": c} for i, (n, t, c) in state.entity_fields(con).items()}
    by_name = state.name_index(con)
    n = 0
    for i in range(0, len(docs), PAGES):
        batch = docs[i:i + PAGES]
        res = Resolver(kb, entities, {}, by_name)
        pages = StoredPages(con)
        pages.prefetch(batch)
        rows = statefill.uncompared_rows(con, batch)
        made = []
        for r in rows:
            m, names, rids = r.pop("_mention_id"), r.pop("_names"), r.pop("_rids")
            if (p := state.pins(names, rids)) is None:
                continue  # its names' entities unknown: left NULL (the replay reads its row)
            res.pin(r["doc_id"], *p)
            unit = (r["doc_id"], r["brief"] if r["brief"] is not None else -1)
            made.append((m, encode(_report(r, res, pages.dates.get(unit)))))
        statefill.write_compared(con, made, batch)
        n += len(made)
    return n
