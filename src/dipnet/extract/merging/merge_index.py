"""The events `merge_events` has kept so far, filed by what `_same` needs two events to share, so
that each new event is tested only against the kept ones it could merge with — in keeping order,
so the first that merges is the one a pass over all of them finds. On a long page a pass over all
kept events per event made merging quadratic.

`_same(a, b)` holds only for the same type and status and agreeing dates (one date a prefix of
the other, or none), and then only where
- a VISIT's visitors meet (a shared source),
- messages of one occasion (both with `_from`, one teaser),
- named conferences, one name inside the other, or one numbered meeting (第30届) named twice
  (of either status where one telling has no day of its own: looked up in the other status too),
- one teaser's events (a brief),
- otherwise one's actors a subset of the other's (equal ones across teasers);
- talks or calls told by their people and by their countries or bodies (`_told_by_lands`): filed by
  the lands of either kind, looked up under the other kind.
Talks told without a time of their own (`_loose`) agree with any day: filed as undated too, and
looked up under any date — but not with talks told as an earlier meeting (`_prior`: 上一次会面是在…),
which agree only with talks of their own month.
A kept event is filed under each of these, with its date's first seven characters (or under no
date) and under any date; one that grows as others merge into it is filed again, and a stale
filing only adds a candidate that `_same` then turns down."""

from __future__ import annotations

import heapq
from bisect import insort
from collections.abc import Hashable, Iterator
from itertools import combinations

from dipnet.extract.common.codes import codebook
from dipnet.model import Event

_MAX_SUBSETS = 8  # actors of one event beyond which its subsets are not listed (then: any shared actor)
_MAX_NAME = 40  # conference names filed by their substrings up to this length


def _subs(name: str) -> set[str]:
    return {name[i:j] for i in range(len(name)) for j in range(i + 1, len(name) + 1)}


class MergeIndex:
    def __init__(self, people: set[str] | None = None, lands: dict[str, str] | None = None) -> None:
        """people, lands: the page's person names and each actor's land, for talks told once by the
        people who held them and once by their countries or bodies (`_told_by_lands`)."""
        self._people, self._lands = people or set(), lands or {}
        self._lists: dict[Hashable, list[int]] = {}
        self._filed: dict[int, set[Hashable]] = {}
        self._slot: dict[int, int] = {}  # id(event) -> its place among the kept

    def _land_keys(self, ev: Event, filed: bool) -> list[Hashable]:
        """Talks by the lands of the people who held them and of the countries and bodies that stand
        for them: a kept event is filed under its people's lands ("pl") and its others' ("bl"); one
        looked up under the other kind."""
        if ev.type not in ("MEET", "CALL") or not self._people:
            return []
        out: list[Hashable] = []
        for p in ev.participants:
            land = self._lands.get(p)
            if land:
                person = p in self._people
                out.append(("pl" if person == filed else "bl", land))
        return out

    def _keys(self, ev: Event) -> list[Hashable]:
        """What a kept event is filed under."""
        parts = set(ev.participants)
        keys: list[Hashable] = [("set", frozenset(parts)), ("empty",) if not parts else ("any",)]
        keys += [("p", p) for p in parts] + _shared_keys(ev) + self._land_keys(ev, True)
        name = ev.attributes.get("name") if ev.type == "CONFERENCE" else None
        keys += _ordinal(name)
        if name:
            keys.append(("conf-any",))
            if len(name) <= _MAX_NAME:
                keys += [("in", s) for s in _subs(name)] + [("name", name)]
            else:
                keys.append(("long",))
        return keys

    def _wanted(self, ev: Event, dates: list[str]) -> list[Hashable]:
        """The keys a kept event that merges with ev is filed under (at least one of them)."""
        parts = set(ev.participants)
        if not parts:
            return [("any",), ("empty",)]
        keys: list[Hashable] = [("empty",)]
        if len(parts) <= _MAX_SUBSETS:  # its actors a subset of ev's (equal ones included)
            keys += [("set", frozenset(c)) for n in range(1, len(parts) + 1) for c in combinations(sorted(parts), n)]
        else:
            keys += [("p", p) for p in parts]
        # ev's actors a subset of its: it has ev's least filed actor
        rarest = min(parts, key=lambda p: sum(len(self._lists.get((ev.type, ev.status, w, ("p", p)), ()))
                                                for w in dates))
        keys.append(("p", rarest))
        keys += _shared_keys(ev) + self._land_keys(ev, False)
        name = ev.attributes.get("name") if ev.type == "CONFERENCE" else None
        keys += _ordinal(name)  # one numbered meeting named once shorter (merge._one_session)
        if name and len(name) <= _MAX_NAME:  # a name holding ev's, or one inside ev's
            keys += [("in", name), ("long",)] + [("name", s) for s in _subs(name)]
        elif name:  # a long name: every named conference (its substrings are too many to list)
            keys.append(("conf-any",))
        return keys

    def add(self, ev: Event, slot: int) -> None:
        self._slot[id(ev)] = slot
        filed = self._filed.setdefault(slot, set())
        dated = (ev.date or "")[:7]
        year = ("Y", ev.date[:4]) if ev.date and len(ev.date) >= 4 else None
        # a retelling without a time of its own agrees with any day: filed as undated too
        loose = "" if ev.attributes.get("_loose") else None
        # (an earlier meeting told as such, 上一次会面是在…: no retelling without a day of its own is it)
        anyday = None if ev.attributes.get("_prior") else "ANY"
        year = None if ev.attributes.get("_prior") else year
        for key in self._keys(ev):
            for when in (dated, anyday, year, loose):
                full = (ev.type, ev.status, when, key)
                if when is not None and full not in filed:
                    filed.add(full)
                    insort(self._lists.setdefault(full, []), slot)

    def refile(self, ev: Event) -> None:
        """File a kept event again after merging changed it (more actors, a date, attributes)."""
        self.add(ev, self._slot[id(ev)])

    def candidates(self, ev: Event) -> Iterator[int]:
        """Kept events that could merge with ev, in keeping order, each once."""
        d = "" if ev.attributes.get("_loose") else ev.date or ""  # a retelling: any day
        if len(d) >= 7:  # undated, dated by a prefix of ev's date, or within ev's month
            dates: list[Hashable] = [d[:k] for k in range(7 if ev.attributes.get("_prior") else 0, 8)]
        elif len(d) == 4:  # undated, dated by a prefix of ev's year, or within ev's year
            dates = [d[:k] for k in range(4)] + [("Y", d)]
        else:
            dates = ["ANY"]
        keys = dict.fromkeys(self._wanted(ev, dates))  # type: ignore[arg-type]
        lists = [x for w in dates for k in keys if (x := self._lists.get((ev.type, ev.status, w, k)))]
        if ev.type == "CONFERENCE":  # a numbered meeting named again, in another status (sessions.one_numbered)
            other = "planned" if ev.status != "planned" else "occurred"
            lists += [x for w in dates for k in keys if isinstance(k, tuple) and k[:1] == ("ord",) and (x := self._lists.get((ev.type, other, w, k)))]
            if ev.attributes.get("name"):  # one named meeting told twice, in another status or on a near day (namedtwice.py)
                lists += [x for st in ("planned", "occurred") if (x := self._lists.get((ev.type, st, "ANY", ("conf-any",))))]
        last = -1
        for i in heapq.merge(*lists):
            if i != last:
                last = i
                yield i


def _ordinal(name: object) -> list[Hashable]:
    """A numbered meeting's ordinal (第30届), the key of its tellings under names of two lengths."""
    found = codebook().meeting_ordinal.search(name) if isinstance(name, str) else None
    return [("ord", found.group(0))] if found else []


def _shared_keys(ev: Event) -> list[Hashable]:
    """The keys an event is both filed and looked up under: a visitor, its brief, its message occasion,
    the kind of unit a deployment sends (its trigger word, when a unit so named is an actor)."""
    keys: list[Hashable] = [("src", p) for p in set(ev.source)] if ev.type == "VISIT" else []
    if unit_names(ev) or unit_word(ev):
        keys.append(("unit", ev.attributes.get("trigger")))
    if ev.brief is not None:
        keys.append(("brief", ev.brief))
    if ev.type == "AGREEMENT":  # one signing told again with other parties (signings.same_signing)
        keys.append(("sign", ev.brief))
    if ev.type == "MESSAGE" and "_from" in ev.attributes:
        keys.append(("msg", ev.brief))
    return keys


def unit_word(ev: Event) -> str | None:
    """The unit word a deployment was read from (救援队, 野战医院), if its trigger is one."""
    trig = str(ev.attributes.get("trigger") or "")
    return trig if ev.type == "DEPLOYMENT" and trig in codebook().unit_words else None


def unit_names(ev: Event) -> list[str]:
    """The deployed unit among a deployment's actors: the one its trigger word names (一号二级野战医院)."""
    trig = str(ev.attributes.get("trigger") or "")
    return [p for p in ev.participants if trig and trig in p] if ev.type == "DEPLOYMENT" else []
