"""Bilateral relationship levels (diplomatic relations, partnerships, special ties, community with
a shared future) between two named parties, and when they were established or upgraded.
Level names and trigger verbs are in data/relations.toml; shared document context in facts.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.model import Document, Mention, Relation
from dipnet.timex.knowledge import relation_before
from dipnet.timex.numerals import to_int

from .facts import Context, as_of_value, load_data

ANNIVERSARY = re.compile(r"^\D{0,4}?(\d+|[一二三四五六七八九十百]+)\s?周年")


@lru_cache(maxsize=1)
def level_names() -> list[tuple[str, str]]:
    data = load_data("relations.toml")
    pairs = [(n, lv["level"]) for lv in data["levels"] for n in lv["names"]]
    return sorted(pairs, key=lambda p: -len(p[0]))


@lru_cache(maxsize=1)
def level_pattern() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(n) for n, _ in level_names()))


def _parties(ctx: Context, a: int, b: int) -> list[Mention]:
    """Countries and party organizations (ASEAN, EU) mentioned in [a, b), outermost first."""
    orgs = set(load_data("relations.toml")["party_orgs"])
    pat = level_pattern()
    out = []
    for m in ctx.within(a, b, ("COUNTRY", "ORG")):
        if m.type == "COUNTRY" or m.entity_id in orgs or (m.kb_id or "") in orgs:
            out.append(m)
    # a compound glued to another level name (越美全面伙伴关系) is that level's pair, not this one's
    glued = {i for i, m in enumerate(out) if len(m.text) == 1 and i + 1 < len(out) and out[i + 1].start == m.end
             and pat.match(ctx.text, out[i + 1].end)}
    glued |= {i + 1 for i in glued}
    return [m for i, m in enumerate(out) if i not in glued]


def _pairs(ctx: Context, start: int, p: int, q: int, s_end: int) -> list[list[str]]:
    """The two parties of a level name at [p, q): a compound such as 越老 right before it, else the
    parties named in the sentence up to it (one holder, each other a partner), else '两国'."""
    data = load_data("relations.toml")
    c_start = max(start, ctx.clause(p)[0], p - data["compound_reach"])
    comp = ctx.compound_before(c_start, p)
    if comp:
        return [comp]
    ms = _parties(ctx, start, q)
    # '越南是(日本的)战略伙伴': a party named in parentheses right after the level still counts
    names = list(dict.fromkeys(ctx.name(m) for m in ms))
    if len(names) >= 2:
        holder = next((ctx.name(m) for m in ms if not ctx.is_target(m)), names[0])
        for m in ms:  # '越南已与13个国家…': the party right before 与/同 is the holder
            after = ctx.text[m.end:m.end + 2]
            if after[:1] in "与同和跟" or after in ("已与", "也与", "已同", "也同", "始终", "一直"):
                holder = ctx.name(m)
                break
        return [ctx.ordered([holder, n]) for n in names if n != holder]
    span = ctx.text[start:q]
    if any(w in span for w in ctx.data["pair_markers"]):
        pair = ctx.pair_for(start, s_end) if not names else \
            ctx.ordered(names + [n for n in ctx.pair_for(start, s_end) if n not in names][:1])
        return [pair] if len(pair) == 2 else []
    return []


def _anniversary_since(ctx: Context, q: int, pair: list[str], level: str) -> str | None:
    """'建交65周年' on a page of 2015 → 1950; known establishment dates are taken from the time
    stage's data (relations.json) when the pair is there."""
    m = ANNIVERSARY.match(ctx.text[q:q + 10])
    if not m:
        return None
    if level == "diplomatic_relations":
        known = _known_since(pair)
        if known:
            return known
    n = to_int(m.group(1))
    anchor = ctx.date_at(q)
    if n is None or not anchor:
        return None
    return str(int(anchor[:4]) - n)


def _known_since(pair: list[str]) -> str | None:
    """The recorded date diplomatic relations were established between the pair, if known."""
    for home, other in (pair, pair[::-1]):
        if home in ("越南", "中国"):
            hit = relation_before(f"{home}{other}建交")
            if hit:
                return hit[0]
    return None


def _since(ctx: Context, start: int, p: int, q: int, pair: list[str], level: str) -> str | None:
    data = load_data("relations.toml")
    since = _anniversary_since(ctx, q, pair, level)
    if since:
        return since
    span = ctx.text[start:q + 4]
    t = ctx.time_before(start, p)
    if t and any(w in span for w in data["establish"]):
        return as_of_value(t)
    if level == "diplomatic_relations":
        return _known_since(pair)
    if any(w in span for w in data["announce"]):
        return ctx.date_at(p)
    return None


def extract_relations(doc: Document) -> list[Relation]:
    """Every relationship level the page states between two parties (pure)."""
    ctx = Context(doc)
    data = load_data("relations.toml")
    levels = dict(level_names())
    found: dict[tuple[frozenset[str], str], Relation] = {}
    for hit in level_pattern().finditer(ctx.text):
        p, q = hit.start(), hit.end()
        if any(ctx.text.startswith(w, q) for w in data["not_after"]) or \
                any(ctx.text[:p].endswith(w) for w in data["not_before"]):
            continue
        level = levels[hit.group()]
        s_start, s_end = ctx.sentence(p)
        start = ctx.after_speech(s_start, p)
        for pair in _pairs(ctx, start, p, q, s_end):
            if len(pair) != 2 or pair[0] == pair[1]:
                continue
            key = (frozenset(pair), level)
            since = _since(ctx, start, p, q, pair, level)
            old = found.get(key)
            if old is None:
                c_start, c_end = ctx.clause(p)
                found[key] = Relation(a=pair[0], b=pair[1], level=level, since=since, start=c_start,
                                      end=c_end, brief=doc.brief_at(p))
            elif old.since is None and since:
                old.since = since
    return list(found.values())
