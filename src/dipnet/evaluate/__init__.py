"""`dipnet evaluate`: precision, recall and F1 per field of the extraction contract, with the
misses listed, for pages a user annotated in the contract's own shape."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dipnet.evaluate.match import Names, best_pairs, core_title_ok, date_ok, fold, value_ok, years_ok

__all__ = ["Report", "evaluate_records", "load_records"]

FIELDS = ("entities", "entities_untyped", "events_strict", "events_relaxed", "event_actors", "event_channel",
          "roles", "facts", "relations", "dates", "dates_pages", "dates_briefs", "titles", "briefs")
TYPES = ("PERSON", "COUNTRY", "ORG", "LOCATION")


@dataclass
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + n_pred - tp, self.fn + n_gold - tp

    def prf(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Report:
    counts: dict[str, Count] = field(default_factory=lambda: {n: Count() for n in FIELDS + tuple(
        f"entities_{t}" for t in TYPES)})
    misses: list[tuple[str, str, Any]] = field(default_factory=list)  # (field, page, item)

    def summary(self) -> dict[str, dict[str, float | int]]:
        return {k: c.prf() for k, c in self.counts.items()}


def load_records(path: str | Path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: not JSON: {exc.msg}") from exc
                out[os.path.basename(str(rec.get("source", "")).rstrip("/"))] = rec
    return out


def _find(pred: dict[str, dict], key: str, gold: dict) -> dict:
    for k in (key, os.path.basename(str(gold.get("url", "")).rstrip("/"))):
        if k and k in pred:
            return pred[k]
    titles = {fold(r.get("title")): r for r in pred.values() if r.get("title")}
    return titles.get(fold(gold.get("title")), {})


def _entities(rep: Report, key: str, g: dict, p: dict, names: Names) -> None:
    gold = [(e.get("type"), fold(e.get("name"))) for e in g.get("entities", [])]
    pred = [(e.get("type"), {names(n) for n in [e.get("name"), *(e.get("mentions") or [])] if n})
            for e in p.get("entities", []) or []]
    for label, typed in (("entities", True), ("entities_untyped", False)):
        pairs = best_pairs(gold, pred, lambda a, b, t=typed: (not t or a[0] == b[0]) and a[1] in b[1])  # type: ignore[misc]
        rep.counts[label].add(len(pairs), len(pred), len(gold))
        if typed:
            hit = {i for i, _ in pairs}
            rep.misses += [("entities", key, gold[i]) for i in range(len(gold)) if i not in hit]
    for t in TYPES:
        gt = [x for x in gold if x[0] == t]
        pt = [x for x in pred if x[0] == t]
        rep.counts[f"entities_{t}"].add(len(best_pairs(gt, pt, lambda a, b: a[1] in b[1])), len(pt), len(gt))


def _event_actors(e: dict, names: Names) -> set[str]:
    out = names.many(e.get("participants") or [])
    for k in ("source", "target", "location"):
        out |= names.many(e.get(k)) if e.get(k) else set()
    return out


def _events(rep: Report, key: str, g: dict, p: dict, names: Names) -> None:
    gold, pred = g.get("events", []), p.get("events", []) or []
    actors = [_event_actors(e, names) for e in pred]
    for label, strict in (("events_strict", True), ("events_relaxed", False)):
        def ok(ge: dict, j: int, strict: bool = strict) -> bool:
            pe = pred[j]
            if ge.get("type") != pe.get("type") or not names.many(ge.get("participants") or []) <= actors[j]:
                return False
            if not strict:
                return True
            if ge.get("status") and (pe.get("status") or "occurred") != ge.get("status"):
                return False
            return date_ok(ge.get("date"), ge.get("date_precision"), pe.get("date"))

        pairs = best_pairs(gold, list(range(len(pred))), ok)
        rep.counts[label].add(len(pairs), len(pred), len(gold))
        if not strict:
            continue
        hit = {i for i, _ in pairs}
        rep.misses += [(label, key, (e.get("type"), e.get("participants"), e.get("date")))
                       for i, e in enumerate(gold) if i not in hit]
        for i, j in pairs:
            ge, pe = gold[i], pred[j]
            if ge.get("channel"):
                rep.counts["event_channel"].add(int(ge["channel"] == pe.get("channel")), 1, 1)
            ga = names.many(ge.get("participants") or [])
            pa = names.many(pe.get("participants") or []) | names.many(pe.get("source") or []) | \
                names.many(pe.get("target") or [])
            if pe.get("location") and names(pe["location"]) in ga:  # a host country given as location
                pa.add(names(pe["location"]))
            rep.counts["event_actors"].add(len(ga & pa), len(pa), len(ga))


def _simple(rep: Report, label: str, key: str, gold: list, pred: list, ok: Any) -> None:
    pairs = best_pairs(gold, pred, ok)
    rep.counts[label].add(len(pairs), len(pred), len(gold))
    hit = {i for i, _ in pairs}
    rep.misses += [(label, key, x) for i, x in enumerate(gold) if i not in hit]


def _page(rep: Report, key: str, g: dict, p: dict) -> None:
    names = Names(g, p)
    _entities(rep, key, g, p, names)
    _events(rep, key, g, p, names)
    _simple(rep, "roles", key, g.get("roles", []), p.get("roles", []) or [],
            lambda gr, pr: names(gr.get("person")) == names(pr.get("person")) and core_title_ok(
                fold(pr.get("title")), fold(gr.get("core") or gr.get("title")), fold(gr.get("title"))))

    def fact_ok(gf: dict, pf: dict) -> bool:
        if fold(gf.get("unit")) != fold(pf.get("unit")) or not value_ok(gf.get("value"), pf.get("value")):
            return False
        if gf.get("subject"):
            gs, ps = names(gf["subject"]), names(pf.get("subject"))
            if not ps or not (gs == ps or gs in ps or ps in gs):
                return False
        return not gf.get("as_of") or years_ok(gf["as_of"], pf.get("as_of"))

    _simple(rep, "facts", key, g.get("facts", []), p.get("facts", []) or [], fact_ok)

    def rel_ok(gr: dict, pr: dict) -> bool:
        if {names(gr.get("a")), names(gr.get("b"))} != {names(pr.get("a")), names(pr.get("b"))}:
            return False
        if fold(gr.get("level")) != fold(pr.get("level")):
            return False
        return not gr.get("since") or fold(pr.get("since"))[:4] == fold(gr["since"])[:4]

    _simple(rep, "relations", key, g.get("relations", []), p.get("relations", []) or [], rel_ok)
    _dates(rep, key, g, p)
    right = fold(g.get("title")) == fold(p.get("title"))
    rep.counts["titles"].add(int(right), 1, 1)
    gb = [fold(b.get("headline")) for b in g.get("briefs", [])]
    pb = [fold(b.get("headline")) for b in p.get("briefs", []) or []]
    _simple(rep, "briefs", key, gb, pb, lambda a, b: a == b)


def _dates(rep: Report, key: str, g: dict, p: dict) -> None:
    gp, pp = g.get("published") or {}, p.get("published") or {}
    if gp.get("date"):
        right = int(date_ok(gp["date"], gp.get("precision"), pp.get("date")))
        rep.counts["dates"].add(right, 1, 1)
        rep.counts["dates_pages"].add(right, 1, 1)
        if not right:
            rep.misses.append(("dates_pages", key, (gp["date"], pp.get("date"))))
    pbriefs = {fold(b.get("headline")): b for b in p.get("briefs", []) or []}
    for b in g.get("briefs", []):
        gd = b.get("published") or {}
        if gd.get("date"):
            pd = ((pbriefs.get(fold(b.get("headline"))) or {}).get("published") or {}).get("date")
            right = int(date_ok(gd["date"], gd.get("precision"), pd))
            rep.counts["dates"].add(right, 1, 1)
            rep.counts["dates_briefs"].add(right, 1, 1)
            if not right:
                rep.misses.append(("dates_briefs", key, (b.get("headline"), gd["date"], pd)))


def evaluate_records(gold: dict[str, dict], pred: dict[str, dict]) -> Report:
    rep = Report()
    for key, g in gold.items():
        p = _find(pred, key, g)
        if not p:
            rep.misses.append(("titles", key, "page missing from the predictions"))
        _page(rep, key, g, p)
    return rep
