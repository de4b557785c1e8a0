"""Relationship levels: their order, which levels a claimed count counts, and the level in force
for a pair at a date: pure functions over relation_timeline rows. And the one statement of the
registry's exchanges (`exchanges_sql`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from dipnet.consolidate.timelines import party_kind, role_words
from dipnet.extract.facts import load_data
from dipnet.query import names
from dipnet.query.params import CHANNELS

__all__ = ["COUNTED", "claims_against", "count_at", "counted_levels", "counts_partners", "exchanges_sql", "in_force",
           "party_kind", "split_partners", "vocabulary"]


def _levels() -> list[dict[str, Any]]:
    return list(load_data("relations.toml")["levels"])


# partnership frameworks by rank, lowest first (extract/data/relations.toml); the levels without a
# rank are designations layered over them
RANK: dict[str, float] = {lv["level"]: lv["rank"] for lv in _levels() if "rank" in lv}
FRAMEWORKS = tuple(lv["level"] for lv in _levels() if "rank" not in lv)
STRATEGIC = {"strategic_partnership", "comprehensive_strategic_partnership",
             "comprehensive_strategic_cooperative_partnership"}


def counted_levels(predicate: str) -> set[str] | None:
    """The levels a page's count counts (diplomatic_relations_count: every partner), None when the
    predicate is no count of partners."""
    p = predicate.lower()
    if "diplomatic_relations" in p:
        return set(RANK) | set(FRAMEWORKS)
    if "strategic_and_comprehensive" in p or "comprehensive_and_strategic" in p:
        return STRATEGIC | {"comprehensive_partnership"}
    if "comprehensive_strategic" in p:
        return {"comprehensive_strategic_partnership", "comprehensive_strategic_cooperative_partnership"}
    if "strategic_partner" in p:
        return set(STRATEGIC)
    if "comprehensive_partner" in p:
        return {"comprehensive_partnership"}
    if "special_relation" in p:
        return {"special_relationship"}
    return None


def in_force(rows: list[dict[str, Any]], day: str) -> dict[str, Any] | None:
    """The level of one pair in force on `day` (ISO), from that pair's rows: the highest
    framework reached by then, with when and how it was reached, and the designations beside it."""
    held = [r for r in rows if r["in_force"] and str(r["in_force"]) <= day]
    if not held:
        return None
    ranked = [r for r in held if r["level"] in RANK]
    # the highest level; of one level, the row that says when it began (a stated start or the upgrade
    # event) over a later page that only mentions it, then the latest
    top = max(ranked, key=lambda r: (RANK[r["level"]], bool(r["since"] or r["event_id"]), str(r["in_force"]))) \
        if ranked else None
    return {
        "level": top["level"] if top else "diplomatic_relations",
        "since": top["since"] if top else None,
        "in_force": str(top["in_force"]) if top else str(min(r["in_force"] for r in held)),
        "attested": top["attested"] if top else None,
        "event_id": top["event_id"] if top else None,
        "evidence": top["evidence"] if top else None,
        "doc_ids": top["doc_ids"] if top else [],
        "frameworks": sorted({r["level"] for r in held if r["level"] in FRAMEWORKS}),
        # the ladder: every step held by then, each with the event or sentence that set it
        "history": [{"level": r["level"], "since": r["since"], "in_force": str(r["in_force"]),
                     "attested": r["attested"], "event_id": r["event_id"], "evidence": r["evidence"]}
                    for r in sorted(held, key=lambda r: (str(r["in_force"]), RANK.get(r["level"], 9)))],
    }


def count_at(pairs: dict[str, list[dict[str, Any]]], day: str, levels: set[str]) -> int:
    """How many partners hold one of `levels` on `day` (diplomatic relations: any level at all)."""
    n = 0
    for rows in pairs.values():
        state = in_force(rows, day)
        if state and (state["level"] in levels or bool(set(state["frameworks"]) & levels)
                      or ("diplomatic_relations" in levels)):
            n += 1
    return n


@lru_cache(maxsize=1)
def _counters() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = load_data("relations.toml")["counts"]
    return tuple(data["partner_counters"]), tuple(data["other_counters"])


def counts_partners(evidence: str | None, value: float | None) -> bool:
    """Whether the sentence's number is a count of partners: written in digits, it is followed by
    a word that counts countries or partners (13个国家), not other things (9大合作领域 counts
    fields, 其中8个是 a subset). A number not written in digits is judged by the sentence alone."""
    if not evidence or value is None:
        return False
    partners, others = _counters()
    digits = str(int(value)) if float(value).is_integer() else str(value)
    hits = [m.end() for m in re.finditer(rf"(?<!\d){re.escape(digits)}(?!\d)", evidence)]
    if not hits:
        return not any(o in evidence for o in others if len(o) > 1)
    return any(not evidence.startswith(others, i) and evidence.startswith(partners, i) for i in hits)


COUNTED = ("diplomatic_relations_count", "comprehensive_strategic_partners_count", "strategic_partners_count",
           "comprehensive_partners_count")  # the counts the registry gives as of its day


def split_partners(pairs: dict[str, list[dict[str, Any]]], by_partner: dict[str, dict[str, int]], day: str,
                   name_of: Callable[[str], str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The registry's partners (states: level in force on `day`, exchanges by channel) and the
    bodies apart (ASEAN, the EU); anything else a country shared events with is neither."""
    partners: list[dict[str, Any]] = []
    bodies: list[dict[str, Any]] = []
    for other in sorted(set(pairs) | set(by_partner)):
        kind = party_kind(other)
        state = in_force(pairs.get(other, []), day)
        if kind is None or (state is None and other not in by_partner):
            continue
        ex = by_partner.get(other, {})
        (partners if kind == "state" else bodies).append(
            {"partner": other, "name": name_of(other), **names.display(other), **(state or {"level": None}),
             "exchanges": {c: ex.get(c, 0) for c in CHANNELS}, "exchanges_total": sum(ex.values())})
    partners.sort(key=lambda p: (p["level"] is None, p["name"]))
    return partners, bodies


def claims_against(pairs: dict[str, list[dict[str, Any]]], claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each claimed count beside the registry's own count on the claim's day; a claim's predicate
    must be what its sentence counts, or it is left out."""
    out = []
    for c in claims:
        levels = counted_levels(c["predicate"])
        if levels is None or not counts_partners(c["evidence"], c["value_num"]):
            continue
        own = count_at(pairs, c["as_of_day"], levels)
        out.append({"predicate": c["predicate"], "claimed": c["value"], "as_of": c["as_of"],
                    "as_of_day": c["as_of_day"], "registry": own, "difference": c["value_num"] - own,
                    "doc_ids": c["doc_ids"], "evidence": c["evidence"]})
    return out


def exchanges_sql(tables: frozenset[str], country: str, day: str) -> tuple[str, list[Any]]:
    """The statement (and its parameters) of the events `country` shared with each other country by
    channel up to `day` (ISO), as rows (partner, channel, n). From the counts consolidation keeps
    (pair_exchanges: whole years before `day`'s year, then its days), or, on a store without them,
    by joining every event of the country (the formulation they are checked against)."""
    if {"pair_exchanges", "pair_exchanges_years"} <= tables:
        year = int(day[:4])
        return ("SELECT partner, channel, sum(n) AS n FROM (SELECT partner, channel, n FROM pair_exchanges_years "
                "WHERE country = ? AND year < ? UNION ALL SELECT partner, channel, n FROM pair_exchanges "
                "WHERE country = ? AND day >= make_date(?, 1, 1) AND day <= CAST(? AS DATE)) GROUP BY ALL",
                [country, year, country, year, day])
    return ("SELECT p.entity_id AS partner, p.channel, count(DISTINCT p.event_id) AS n "
            "FROM event_actors p SEMI JOIN (SELECT event_id FROM event_actors WHERE entity_id = ? "
            "AND day_lo <= CAST(? AS DATE)) c ON p.event_id = c.event_id "
            "WHERE p.entity_id >= 'country:' AND p.entity_id < 'country;' AND p.entity_id <> ? "
            "GROUP BY ALL", [country, day, country])


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """What the UI needs to name and order levels and to tell posts apart, from the same data files
    the registry and the role timelines read: every level (highest rank first, then the
    designations) with its English label, and the words of `consolidate/data/roles.toml`."""
    levels = sorted(_levels(), key=lambda lv: -lv.get("rank", -1))
    words = role_words()
    return {"levels": [{"level": lv["level"], "label": lv["label"], "rank": lv.get("rank")} for lv in levels],
            "posts": {"strip_prefixes": list(words["prefixes"]), "rank_marks": list(words["rank_marks"])}}
