"""Words that take up the province or city told before them (fx24): 全省, 该市 and the like
(fx12, localities.py), and three more forms of the same reference:
- 当地 with no party before it in its clause (岘港市受台风影响,…导致当地近1万间民宅泡在水中);
  not 当地时间, nor a place one goes to (前往当地), nor after the clause's own subject;
- 省内 (其中,仅省内工业园区力争吸引投资…: the province named before, not a body "省内工业园区");
- a clause that opens on the level word alone, before a body or area of it
  (2025年一季度,省工业园区的外国直接投资总额…).
A body or area the word heads (省内工业园区) is the place's, so the place outranks it as holder.
Words are in data/facts.toml."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .localities import home_place

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context, Mention


def local_ref(ctx: Context, c_start: int, c_end: int, administrative: Callable[[Context, Mention], bool],
              named_before: bool) -> tuple[int, str] | None:
    """(offset in the clause, place) for the last word in text[c_start:c_end] that takes up a place
    told before; None where there is none or no place is found. named_before: the clause already
    names a party before the number (then 当地 is only that party's surroundings)."""
    data = ctx.data
    seg = ctx.text[c_start:c_end]
    hits = [(seg.rfind(w), w) for w in data["locality_home_words"] if w in seg]
    weak = [(i, w) for w in data["locality_weak_words"] if (i := seg.rfind(w)) != -1
            and not seg.startswith(tuple(data["locality_weak_not_before"]), i + len(w))
            and not seg[:i].endswith(tuple(data["home_destination_before"]))] if not named_before else []
    opening = len(seg) - len(seg.lstrip())
    for w in data["locality_level_openers"]:
        if seg.startswith(w, opening) and not seg.startswith(tuple(data["locality_opener_not_before"]), opening + len(w)):
            hits.append((opening, w))
    names = ctx.within(c_start, c_end)
    for i, w in sorted(hits + weak, reverse=True):
        if any(mm.start <= c_start + i < mm.end for mm in names):
            continue  # 平阳省内的企业: the level word ends a place's own name, which the party search weighs
        place = (_last_place(ctx, ctx.lines.around(c_start)[0], c_start + i, administrative) if (i, w) in weak
                 else home_place(ctx, ctx.lines.around(c_start)[0], c_start + i, administrative, w))
        if place:  # (not the dateline's place; a province that names a body: 广宁省人民委员会)
            return i, place
    return None


def _last_place(ctx: Context, a: int, b: int, administrative: Callable[[Context, Mention], bool]) -> str | None:
    """The place 当地 takes up: the country, province or city named last in text[a:b] (越南人权状况,当地…:
    越南, though a city was named before it), not a dateline's place; None where the paragraph names none."""
    best = None
    for mm in ctx.within(a, b, ("COUNTRY", "LOCATION")):
        if (mm.type == "COUNTRY" or administrative(ctx, mm)) \
                and not ctx.text.startswith(tuple(ctx.data["dateline_marks_after"]), mm.end):
            best = ctx.name(mm)
    return best


def heads_unit(local: tuple[int, str] | None, unit: tuple[int, str]) -> bool:
    """Whether the word taking up a place is part of an unnamed unit's name (省内工业园区): the
    unit is the place's, and the place holds. unit: (offset of its last character, name)."""
    return local is not None and unit[0] + 1 - len(unit[1]) <= local[0] <= unit[0]
