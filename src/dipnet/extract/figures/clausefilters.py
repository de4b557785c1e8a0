"""Parties of a clause that hold no figure told after them (holders.py asks): one a party acts with
(X…与Y), one naming a meeting in a clause that tells a time by it (APEC峰会在越南举行前夕,)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx
from dipnet.model import Mention

from .factwords import words

if TYPE_CHECKING:
    from .factcontext import Context


def companion(ctx: Context, mm: Mention, c_start: int) -> bool:
    """X…与Y: Y after 与/同/跟, with a party X before it in the clause not joined to it (words
    between them), is who X acts with."""
    if not ctx.text.endswith(words("companion_before"), 0, mm.start):
        return False
    k = mm.start - 1
    return any(other.end < k for other in ctx.within(c_start, k, ("COUNTRY", "ORG")))


def meeting_in_time_frame(ctx: Context, mm: Mention, s_start: int, pos: int) -> bool:
    """'亚太经合组织(APEC)峰会在越南举行前夕,…4万多间房屋损毁': a party naming a meeting (its
    bracketed short name at most between) in a clause that tells a time by that meeting holds nothing."""
    k = mm.end
    if ctx.text.startswith(("(", "（"), k):
        close = rx.compile(r"[)）]").search(ctx.text[k:k + 16])
        k = k + close.end() if close else k
    if not ctx.text.startswith(words("meeting_nouns"), k):
        return False
    for w in words("time_frame_ends"):
        end = ctx.text.find(w, k, pos)
        if end != -1 and ctx.text[end + len(w):end + len(w) + 1] in ",，" \
                and not any(c in ctx.text[k:end] for c in ",，;；。"):
            return True
    return False
