"""Leaders of states counted (fa4): heads of state or government, foreign dignitaries and the leaders of countries
and international bodies counted with a classifier for people (30多位国家和国际组织领导人, 50多位外国国家元首,
近20名阿拉伯国家领导人, 数十位外国政要) count the states and bodies they stand for at a meeting or visit, not
heads (the unit is count, not person). Leaders of one association or their representatives (协会领导和代表,
领袖代表) are people counted as before. Words are in data/facts.toml (leaders_counted_*)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

from .quantities import UnitWord

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context


def leaders_counted(ctx: Context, u: UnitWord, unit_end: int) -> UnitWord:
    """u as a count where it counts leaders of states with a classifier for people, else u."""
    if u.kind != "person" or u.word not in ctx.data["leaders_counted_classifiers"]:
        return u
    if rx.compile(ctx.data["leaders_counted_after"]).match(ctx.text, unit_end) is None:
        return u
    return UnitWord(u.word, "count", "count")
