"""A place set as the topic of what follows: '在义安省,483所教育机构受损' opens with 在 and the place,
then a comma; the figures of the clause after it are the place's (a target of 在 elsewhere, as in
'在越南投资', holds nothing). And a topic carried on: '防城港现有…平台。同时,还拥有5个口岸': a
sentence that opens with no subject of its own (同时, 还, 也…) goes on telling of the party or place
that opens the sentence before it in the paragraph."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx
from dipnet.model import Mention

if TYPE_CHECKING:
    from .factcontext import Context


def topic_place(ctx: Context, mm: Mention, c_start: int) -> bool:
    """The mention is a province or city right after 在 that opens its clause and ends it."""
    text, data = ctx.text, ctx.data
    if mm.type != "LOCATION" or not text.endswith("在", 0, mm.start):
        return False
    end = mm.end + next((len(w) for w in data["admin_suffixes"] if text.startswith(w, mm.end)), 0)
    return text[end:end + 1] in ",，" and rx.compile(data["clause_opening"]).fullmatch(text[c_start:mm.start]) is not None


def carried_topic(ctx: Context, pos: int, s_start: int, paragraph: int) -> str | None:
    """The party or place opening the sentence before, where the number's sentence opens with no
    subject (同时,还拥有5个口岸) and both stand in one paragraph; None otherwise."""
    text, data = ctx.text, ctx.data
    if not rx.compile(data["subjectless_opening"]).match(text, s_start, pos) or s_start - 1 <= paragraph:
        return None
    before = ctx.sentence(s_start - 1)[0]
    if before < paragraph:
        return None
    lead = rx.compile(data["clause_opening"]).match(text, before)
    opening = lead.end() if lead else before
    for mm in ctx.within(opening, opening + 12, ("COUNTRY", "ORG", "LOCATION")):
        if mm.start != opening or not text.startswith(tuple(data["topic_verbs"]), mm.end):
            return None
        return ctx.name(mm)
    return None
