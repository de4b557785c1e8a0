"""Counts of someone's visits (四次访问, 第二次访问巴西) whose clause names the visitor only by a pronoun."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

from .codes import any_of
from .factwords import words

if TYPE_CHECKING:  # holders.py imports this module; the context type is only needed for hints
    from .facts import Context


def pronoun_visitor(ctx: Context, pos: int) -> str | None:
    """'习近平指出,他曾四次访问这个国家': a count of visits whose clause names its visitor only by a
    pronoun is the person named last before it (the speaker, who the clauses after speech leave out)."""
    c_start = ctx.clause(pos)[0]
    if rx.compile(ctx.data["person_act_at"]).match(ctx.text, pos, pos + 16) is None \
            or not any_of(words("person_pronouns")).search(ctx.text[c_start:pos]) or ctx.within(c_start, pos, ("PERSON",)):
        return None
    people = ctx.within(ctx.lines.around(pos)[0], c_start, ("PERSON",))
    return ctx.name(people[-1]) if people else None
