"""Holders the general rules miss on news wires' own genres (fx12): the deputies of an assembly
counted as they vote or speak (428名代表参加表决, 26名代表发表意见) are the assembly's, the one named
last before them; a collective that is no party (国际社会已认捐…) holds what it gives or pledges; a
unit told with the people it is made of (由63名军人组成的6号2级野战医院) holds them, and what it
did when it opens the clause (6号2级野战医院共接诊…2650人次). The words are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

from .factwords import words

if TYPE_CHECKING:  # facts.py imports this module; the context type is only needed for hints
    from .factcontext import Context
    from .quantities import UnitWord


def deputies_body(ctx: Context, pos: int, u: UnitWord, unit_end: int) -> str | None:
    """'428名代表参加表决', '26名代表发表意见': deputies counted doing what deputies do in a sitting
    belong to the assembly named last before them (within the reach), not to its country."""
    if u.kind != "person":
        return None
    text, data = ctx.text, ctx.data
    noun = next((w for w in words("deputy_nouns") if text.startswith(w, unit_end)), None)
    if noun is None:
        return None
    c_end = ctx.clause(pos)[1]
    if not any(w in text[unit_end + len(noun):c_end] for w in words("deputy_acts")):
        return None
    s_start, s_end = ctx.sentence(pos)
    if any(w in text[s_start:s_end] for w in words("vote_words")):
        return None  # (484名国会代表中的467名已投赞成票: the votes cast for someone, holders.py's)
    for mm in reversed(ctx.within(max(0, pos - int(data["deputy_body_reach"])), pos, ("ORG",))):
        name = ctx.name(mm)
        if name.endswith(words("assembly_tails")):
            return name
    return None


def collective_giver(ctx: Context, pos: int, u: UnitWord) -> str | None:
    """'国际社会已认捐约970万美元': a collective no party names (国际社会) opening the clause of a sum
    it gives or pledges holds it, with no party named between."""
    if u.kind != "money":
        return None
    text = ctx.text
    c_start = ctx.clause(pos)[0]
    hit = None
    for w in words("collective_holders"):
        k = text.rfind(w, c_start, pos)
        if k != -1 and (hit is None or k > hit[0]):
            hit = (k, w)
    if hit is None or ctx.within(hit[0] + len(hit[1]), pos):
        return None
    if not any(v in text[hit[0]:pos] for v in words("collective_giving")):
        return None
    return hit[1]


def made_of(ctx: Context, pos: int, u: UnitWord, unit_end: int) -> str | None:
    """'由63名军人组成的6号2级野战医院': the unit made of the people counted holds them, where it is
    named as one (a number or a name before its head noun: a bare 救援队 names no unit)."""
    if u.kind != "person":
        return None
    text, data = ctx.text, ctx.data
    tail = rx.compile(data["made_of_after"]).match(text, unit_end)
    if tail is None:
        return None
    return _unit_name(ctx, tail.end())


def unit_opening(ctx: Context, pos: int) -> str | None:
    """'6号2级野战医院共接诊…2650人次': a unit named as one at the start of the number's clause, or of
    a clause before it in its sentence where no party is named between."""
    s_start = ctx.sentence(pos)[0]
    c_start = ctx.clause(pos)[0]
    while True:  # '…共接诊2650人次,完成6585次物理治疗': the clause before it that opens with the unit
        own = _unit_name(ctx, c_start, pos)
        if own or ctx.within(c_start, pos) or c_start <= s_start:
            return own
        c_start = max(s_start, ctx.clause(c_start - 1)[0])


def _unit_name(ctx: Context, start: int, before: int | None = None) -> str | None:
    hit = rx.compile(ctx.data["held_unit_name"]).match(ctx.text, start, before if before is not None else len(ctx.text))
    if hit is None or not hit.group("qual"):
        return None
    name = hit.group("name")
    verbs = list(rx.compile(ctx.data["unit_name_verbs"]).finditer(name, 0, len(hit.group("qual"))))
    if verbs:  # '越南公安部派遣救援队': what a body sends is no name of the unit
        return None
    for mm in ctx.ending_at.get(hit.end("name"), ()):  # a unit the recognizer knows: by its name
        if mm.type == "ORG" and mm.start >= hit.start("name"):
            return ctx.name(mm)
    return name
