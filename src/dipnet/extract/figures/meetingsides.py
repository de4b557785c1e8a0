"""The two sides a 双方/双边 points back to after a meeting of two people: '中国总理甲由丙国转到乙国访问,
与乙国总理丁会谈,双方签订…' (the lands of the two who met, 中国 and 乙国, not the land the traveller
came from), '甲会见乙。…为实现将双边贸易额提升至…' (the meeting told in the sentences just before,
where the figure's own sentence names one side only). The sides are the lands the people serve; a
meeting of people of more than two lands names no pair. Words: data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..common.codes import any_of
from .factwords import words

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context


def _sides(ctx: Context, a: int, b: int) -> list[str] | None:
    """The lands of the people in [a, b) where a meeting word stands there after the first of them
    and they serve exactly two lands, in the order the people are named; else None."""
    people = ctx.within(a, b, ("PERSON",))
    if not people or not any_of(words("meeting_side_words")).search(ctx.text, people[0].end, b):
        return None
    lands = list(dict.fromkeys(c for m in people if (c := ctx.person_country(m))))
    return lands if len(lands) == 2 else None


def meeting_sides(ctx: Context, s_start: int, pos: int) -> list[str] | None:
    """The two lands of the meeting a pair word at pos points back to: the one told in its sentence
    before it, else (where its sentence names fewer than two lands) the last told in the sentences
    just before it (meeting_side_sentences of them), as written; None where none is told."""
    own = _sides(ctx, s_start, pos)
    if own is not None:
        return own
    named = {c for m in ctx.within(s_start, pos, ("COUNTRY", "ORG")) if (c := ctx.country_name(m))}
    if len(named) >= 2:
        return None
    end = s_start
    for _ in range(int(ctx.data["meeting_side_sentences"])):
        if end <= 0:
            break
        start = ctx.sentence(end - 1)[0]
        found = _sides(ctx, start, end)
        if found is not None:
            return found
        end = start
    return None
