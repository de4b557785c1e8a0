"""Deictic words that hold a figure for the party they point to, not for the page's home country (SPEC:
the holder as the sentence tells it, not the page's main country by default). 您 in words addressed
to someone (大使向甲表示:"…其间您曾七次访华") is the person addressed; 全国 right after a verb of
mobilizing (某会动员全国各组织…捐赠) is the mobilizer's whole country, the object of that verb, and
holds nothing of its own (the mobilizer named before it holds); 我政府, 我军 speak in the writer's
voice as 我国 does (data only: first_person_home_words). Words: data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

from ..common.codes import any_of
from .factwords import words

if TYPE_CHECKING:  # holders.py imports this module; the context type is only needed for hints
    from ..facts import Context


def addressed_person(ctx: Context, pos: int) -> str | None:
    """A count of someone's acts (person_act_at: 七次访华) whose clause names the actor only as 您 is
    the person the words are addressed to: the last person of the paragraph before the clause
    named right after an addressing word (向, 对) and right before a verb of saying (向甲表示)."""
    c_start = ctx.clause(pos)[0]
    if rx.compile(ctx.data["person_act_at"]).match(ctx.text, pos, pos + 16) is None \
            or not any_of(words("addressee_pronouns")).search(ctx.text, c_start, pos) \
            or ctx.within(c_start, pos, ("PERSON",)):
        return None
    says, to = words("saying_verbs"), words("addressing_before")
    for m in reversed(ctx.within(ctx.lines.around(pos)[0], c_start, ("PERSON",))):
        if ctx.text.endswith(to, 0, m.start) and ctx.text.startswith(says, m.end):
            return ctx.name(m)
    return None


def mobilized_whole(ctx: Context, at: int) -> bool:
    """The country-wide word at `at` (全国) stands right after a verb of mobilizing or calling on
    (动员全国各组织、个人向…捐赠): the object of the party named before it, no holder of its own."""
    return ctx.text.endswith(words("whole_object_verbs"), 0, at)
