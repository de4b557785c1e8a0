"""Counts of a ballot: the members that voted for, against or abstained (101个国家投了赞成票,
以143票赞成、5票反对), and the members counted in the sentence telling it (在193个成员国中,…): the
body whose members voted holds them (the assembly named in the sentence before the count, else the
last named a few paragraphs above), not a voter the sentence names (包括俄罗斯在内的7个国家反对).
The votes a candidate won are the candidate's: told after 以 (越南以180票当选…), the party right before it
(votes_won); otherwise (获得184票) left to the general rules.
The words are in data/facts.toml."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dipnet import rx

from .factwords import words

if TYPE_CHECKING:  # facts.py imports this module; the context type is only needed for hints
    from .factcontext import Context
    from .quantities import UnitWord


def ballot_body(ctx: Context, m: re.Match[str], u: UnitWord, unit_end: int) -> str | None:
    """The body whose members a ballot count counts, or None where the count is no ballot's."""
    if u.kind != "count":
        return None
    text, data = ctx.text, ctx.data
    after = text[unit_end:unit_end + 12]
    if u.word in words("ballot_units"):
        if not rx.compile(data["ballot_stance"]).match(after):
            return None  # 获得184票: the votes a candidate won
    elif not (u.word in words("ballot_voters") or after.startswith(words("ballot_voters"))):
        return None  # (7国反对: the unit names the members)
    s_start, s_end = ctx.sentence(m.start())
    if rx.compile(data["won_before"]).search(text, max(0, m.start() - 4), m.start()) \
            and not rx.compile(data["motion_won"]).search(text, s_start, m.start()):
        return None  # 范明政获得462票赞成: the votes a candidate won (a motion's are the body's)
    if not rx.compile(data["ballot_words"]).search(text, s_start, s_end):
        return None
    reach = max(0, s_start - int(data["ballot_body_reach"]))
    for mm in reversed(ctx.within(reach, m.start(), ("ORG",))):
        if _assembly(ctx, mm.entity_id, ctx.name(mm)):
            return ctx.name(mm)
    for mm in ctx.within(unit_end, s_end, ("ORG",)):  # (…35票弃权的压倒性票数在联合国大会获得通过)
        if _assembly(ctx, mm.entity_id, ctx.name(mm)):
            return ctx.name(mm)
    return None


def _assembly(ctx: Context, entity_id: str | None, name: str) -> bool:
    """A body of members that vote: an organization of no one country (联合国, 联合国大会), or a
    legislature or council by its name (越南国会)."""
    if not ctx.country_of.get(entity_id or ""):
        return True
    return name.endswith(words("assembly_tails"))


__all__ = ["ballot_body"]


def vote_fraction(text: str, end: int) -> int | None:
    """'国会以468/468代表赞成': votes told as a fraction of the members voting, the first number the
    votes: where the fraction's members end (after 代表), or None."""
    from .factwords import load_data

    hit = rx.compile(load_data("facts.toml")["vote_fraction"]).match(text, end)
    return hit.end() if hit else None


def election_of(ctx: Context, m: re.Match[str], u: UnitWord, unit_end: int) -> str | None:
    """'此次参加角逐的有6个国家', '共有6个国家参与选举': the countries running are counted for the
    election, named by the seat it fills as the article tells it last before (…为安理会非常任理事国
    -> 安理会非常任理事国选举)."""
    if u.kind != "count":
        return None
    text, data = ctx.text, ctx.data
    c_start, c_end = ctx.clause(m.start())
    if not (text.startswith(words("ballot_voters"), unit_end) or u.word in words("ballot_voters")) \
            or not rx.compile(data["running_words"]).search(text, c_start, c_end):
        return None
    seat = rx.compile(data["seat_after_body"])
    a = max(0, m.start() - int(data["ballot_body_reach"]))
    for mm in reversed(ctx.within(a, m.start(), ("ORG",))):
        hit = seat.match(text, mm.end)
        if hit and _assembly(ctx, mm.entity_id, ctx.name(mm)):
            return mm.text + hit.group() + "选举"
    return None


def term_body(ctx: Context, pos: int) -> str | None:
    """'选民还将选出新一届地方各级人民议会代表,任期5年', '国会是最高权力机关,任期5年': a term of
    office told right after 任期 is the body whose members the sentence names (or that it
    describes), the last before it with no person named between; None otherwise."""
    text, data = ctx.text, ctx.data
    s_start = ctx.sentence(pos)[0]
    if not text.endswith(words("term_words"), 0, pos) and not (  # (ff1) 任期从2025年1月1日开始,为期2年
            text.endswith(words("term_span_words"), 0, pos) and any(w in text[s_start:pos] for w in words("term_words"))):
        return None
    hits = list(rx.compile(data["term_body"]).finditer(text, s_start, pos))
    if not hits:
        return None
    body = hits[-1]
    if ctx.within(body.end(), pos, ("PERSON",)):
        return None  # (国会选举某某为国家主席,任期5年: the person's term)
    for mm in ctx.ending_at.get(body.end("body"), ()):
        if mm.type == "ORG":
            return ctx.name(mm)
    return body.group("body")


def votes_won(ctx: Context, m: re.Match[str], u: UnitWord) -> str | None:
    """'越南以180票当选…成员': the votes a candidate won, told after 以, are the party's right before
    以 (not the body it is elected to, named after)."""
    if u.word not in words("ballot_units") or not ctx.text.endswith(words("votes_won_before"), 0, m.start()):
        return None
    lead = next(w for w in words("votes_won_before") if ctx.text.endswith(w, 0, m.start()))
    parties = [mm for mm in ctx.ending_at.get(m.start() - len(lead), ()) if mm.type in ("COUNTRY", "ORG", "PERSON")]
    return ctx.name(parties[0]) if parties else None
