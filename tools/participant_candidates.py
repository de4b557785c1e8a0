"""The candidates of a learned participant adder (issue 13) and their features, for
tools/train_participant_model.py: for each person, country or organization an event's sentence names
and the rules left out, would a small logistic regression say it takes part too?

The candidates are the (event, entity) pairs of an entity mentioned in the event's evidence sentence and
not among its participants, source or target. Their features are what the rules already know about the
mention (its kind, its side of the trigger and distance to it, the clause marks between, the words right
before and after it from participant_context.toml beside this file, whether it stands in a stated title,
in a list beside an actor, is the land of an actor or the page's home country, its zone, how often the
page names it, whether it acts in another event), all from the `Event`s and the `Document`, so extraction
could compute them. Held out, the adder never beat the rules (docs/participant_model.md), so nothing of it
is in the package: no model ships and extraction has no hook.
"""

from __future__ import annotations

import math
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from dipnet.extract.common.clauses import iter_sentences
from dipnet.extract.common.page import EventPage
from dipnet.model import Event, Mention

KINDS = ("PERSON", "COUNTRY", "ORG")
_CLAUSE_MARKS = "，,；;：:"
_LIST_MARKS = ("、", "和", "与", "同", "及", "以及", "暨")


@lru_cache(maxsize=1)
def context_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words before and after a name that are features, the longest first (so the longest matches)."""
    data = tomllib.loads((Path(__file__).with_name("participant_context.toml")).read_text("utf-8"))
    return (tuple(sorted(data["before"], key=len, reverse=True)), tuple(sorted(data["after"], key=len, reverse=True)))


def probability(model: dict[str, Any], features: list[str]) -> float:
    """The logistic model's probability for these binary features."""
    w = model["weights"]
    z = float(model["bias"]) + sum(float(w.get(f, 0.0)) for f in features)
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def bucket(n: int, edges: tuple[int, ...]) -> str:
    """The first edge n does not pass, or past the last."""
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _word_before(text: str, pos: int) -> str:
    return next((w for w in context_words()[0] if text.endswith(w, 0, pos)), "-")


def _word_after(text: str, pos: int) -> str:
    return next((w for w in context_words()[1] if text.startswith(w, pos)), "-")


def _actors(ev: Event) -> set[str]:
    return {*ev.participants, *ev.source, *ev.target}


def _trigger_at(text: str, ev: Event) -> int:
    """Where the event's trigger word stands in its sentence (the sentence's start where it is not there)."""
    trig = str(ev.attributes.get("trigger") or "")
    k = text.find(trig, ev.start, ev.end) if trig else -1
    return k if k != -1 else ev.start


class _PageFacts:
    """What every candidate of a page shares: each name's mention count, the events each name acts in
    (by type), and the countries of the people."""

    def __init__(self, page: EventPage, events: list[Event]) -> None:
        self.count: dict[str, int] = {}
        for m in page.mentions:
            e = page.entities.get(m.entity_id)
            if e is not None:
                self.count[e.name] = self.count.get(e.name, 0) + 1
        self.acts: dict[str, set[str]] = {}
        for ev in events:
            for a in _actors(ev):
                self.acts.setdefault(a, set()).add(ev.type)
        lands = {e.country: e.name for e in page.entities.values() if e.type == "COUNTRY" and e.country}
        self.land_of = {e.name: lands[e.country] for e in page.entities.values()
                        if e.type == "PERSON" and e.country and e.country in lands}
        # each name's country (a country's its own): the sides an event's actors stand on
        self.side_of = {e.name: e.country for e in page.entities.values() if e.country}


def _listed_with_actor(text: str, m: Mention, near: list[tuple[Mention, str]], actors: set[str]) -> bool:
    """The mention stands in a list (甲、乙和丙) beside a mention of one of the event's actors."""
    for o, name in near:
        if name not in actors:
            continue
        gap = text[m.end:o.start] if o.start >= m.end else text[o.end:m.start] if o.end <= m.start else None
        if gap is not None and gap in _LIST_MARKS:
            return True
    return False


def mention_features(page: EventPage, ev: Event, k: int, m: Mention, kind: str, name: str,
                     near: list[tuple[Mention, str]], facts: _PageFacts) -> list[str]:
    """The binary features of one candidate: entity `name` (of `kind`) mentioned at `m` in event `ev`'s
    sentence, whose trigger stands at `k`; `near` the sentence's mentions with their names."""
    text, t = page.doc.text, ev.type
    actors = _actors(ev)
    side = "before" if m.end <= k else "next" if m.start >= ev.end else "after" if m.start >= k else "in"
    between = text[m.end:k] if side == "before" else text[k:m.start] if side in ("after", "next") else ""
    dist = bucket(len(between), (0, 2, 5, 10, 20, 40))
    marks = bucket(sum(between.count(c) for c in _CLAUSE_MARKS), (0, 1, 2))
    bw, aw = _word_before(text, m.start), _word_after(text, m.end)
    seg = page.doc.segment_at(m.start)
    zone = seg.kind if seg is not None else "none"
    acts = facts.acts.get(name, set())
    # talks, visits, signings are between sides: an event whose actors stand on one side lacks the other
    sides = {c for a in actors if (c := facts.side_of.get(a))}
    own = facts.side_of.get(name)
    side_of = "unknown" if own is None else "known" if own in sides else "new"
    n_sides = bucket(len(sides), (0, 1, 2))
    f = [f"t={t}", f"kind={kind}", f"t={t}|kind={kind}", f"side={side}", f"t={t}|side={side}",
         f"side={side}|dist={dist}", f"kind={kind}|side={side}|dist={dist}", f"marks={marks}", f"t={t}|marks={marks}",
         f"kind={kind}|marks={marks}", f"bw={bw}", f"aw={aw}", f"t={t}|bw={bw}", f"t={t}|aw={aw}",
         f"kind={kind}|bw={bw}", f"kind={kind}|aw={aw}", f"zone={zone}",
         f"n={bucket(len(actors), (0, 1, 2, 3))}", f"t={t}|n={bucket(len(actors), (0, 1, 2, 3))}",
         f"count={bucket(facts.count.get(name, 0), (1, 2, 4, 8))}",
         f"kind={kind}|count={bucket(facts.count.get(name, 0), (1, 2, 4, 8))}",
         f"sides={n_sides}", f"t={t}|sides={n_sides}", f"cand_side={side_of}", f"sides={n_sides}|cand_side={side_of}",
         f"t={t}|sides={n_sides}|cand_side={side_of}", f"kind={kind}|cand_side={side_of}"]
    if page.in_title_span(m.start, m.end):
        f += ["in_title", f"kind={kind}|in_title"]
    if _listed_with_actor(text, m, near, actors):
        f += ["listed", f"t={t}|listed"]
    if kind == "PERSON" and facts.land_of.get(name) in actors:
        f.append("land_acts")
    if kind == "COUNTRY" and any(facts.land_of.get(a) == name for a in actors):
        f += ["land_of_actor", f"t={t}|land_of_actor"]
    if name == page.home:
        f += ["home", f"t={t}|home"]
    if name == ev.location:
        f.append("is_location")
    if acts:
        f += ["acts_elsewhere", f"kind={kind}|acts_elsewhere"]
    if t in acts:
        f.append("acts_same_type")
    if sum(1 for _, n in near if n == name) > 1:
        f.append("twice")
    return f


def _reach(text: str, ev: Event, more: int) -> int:
    """Where the candidates' span ends: the event's sentence, or `more` sentences after it."""
    end = ev.end
    for n, (_, stop) in enumerate(iter_sentences(text, ev.end, len(text))):
        if n >= more:
            break
        end = stop
    return end


def candidates(page: EventPage, events: list[Event], reach: int = 0) -> list[tuple[int, str, list[str]]]:
    """Every (event index, entity name, features) of an entity its sentence (and the `reach` sentences
    after it) names that it lacks."""
    facts = _PageFacts(page, events)
    text = page.doc.text
    out: list[tuple[int, str, list[str]]] = []
    for i, ev in enumerate(events):
        near = [(m, e.name) for m in page.in_span(ev.start, _reach(text, ev, reach))
                if (e := page.entities.get(m.entity_id)) is not None and e.type in KINDS]
        if not near:
            continue
        actors, k = _actors(ev), _trigger_at(text, ev)
        nearest: dict[str, tuple[Mention, str]] = {}
        for m, name in near:
            e = page.entities[m.entity_id]
            if name in actors:
                continue
            best = nearest.get(name)
            if best is None or abs(m.start - k) < abs(best[0].start - k):
                nearest[name] = (m, e.type)
        for name, (m, kind) in nearest.items():
            out.append((i, name, mention_features(page, ev, k, m, kind, name, near, facts)))
    return out
