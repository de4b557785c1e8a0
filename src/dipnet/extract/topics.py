"""A place set as the topic of what follows: '在义安省,483所教育机构受损' opens with 在 and the place,
then a comma; the figures of the clause after it are the place's (a target of 在 elsewhere, as in
'在越南投资', holds nothing)."""

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
