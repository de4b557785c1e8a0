"""A host city written right before an international body's name (天津 + 上合组织峰会, 某市 + APEC峰会,
某市 + 亚太经合组织领导人非正式会议) names where the body's meeting is held: the city is a place of its
own and the body keeps its name. No locality has a branch of an international body, so the city does not
open a local body's name (no 天津上合组织) and its level character (州 of 庆州) is no level word that
makes the body a locality's branch."""

from __future__ import annotations

from dipnet.kb import KnowledgeBase
from dipnet.model import Mention


def international(kb: KnowledgeBase, m: Mention) -> bool:
    """The mention is a known international body (its KB entry's sector)."""
    entry = kb.get(m.kb_id) if m.type == "ORG" and m.kb_id else None
    return entry is not None and entry.international


def after_known_place(m: Mention, mentions: list[Mention]) -> bool:
    """A known place's name ends right where the mention starts (庆州 + APEC)."""
    return any(p.end == m.start and p.kb_id and p.type == "LOCATION" for p in mentions)


def venue_led_bodies(rule_orgs: list[Mention], mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Without the names read by rule that are a known place and then a known international body's name
    that runs to the rule name's end or past it (天津 + 上合组织, 庆州 + 亚太经合组织领导人非正式会议)."""
    places = {m.end for m in mentions if m.type == "LOCATION" and m.kb_id}
    bodies: dict[int, int] = {}
    for m in mentions:
        if m.start in places and international(kb, m):
            bodies[m.start] = max(bodies.get(m.start, 0), m.end)
    if not bodies:
        return rule_orgs
    return [r for r in rule_orgs if r.type != "ORG" or not any(
        r.start < k and r.end <= e and r.start in _starts_at(mentions, k) for k, e in bodies.items())]


def _starts_at(mentions: list[Mention], end: int) -> set[int]:
    """The starts of the known places that end at `end`."""
    return {m.start for m in mentions if m.end == end and m.type == "LOCATION" and m.kb_id}
