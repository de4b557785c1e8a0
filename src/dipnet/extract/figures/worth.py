"""A sum told as the worth of a project, a works or a contract named right after it: '这一价值达4000亿
美元的合同规定…', '参与价值数十亿美元的发电厂和港口城市项目的动工仪式', '对于36亿美元规模的某某(音)3号
电站': the value (价值/耗资/造价 before the sum) or the size (规模 after it) qualifies the thing the
的-phrase ends in, and that thing holds it, not the party who signs, builds or visits. A purchase or an
agreement (采购案, 协议) is no such thing, nor one its clause has signed or bought (双方签署了价值…的合同):
its worth is the buyer's or the parties'. A thing pointed back
to (这一…的合同) is the one of its kind the article named before in 《》 or quotes; where it named none,
the sum retells a figure told before, left to the other readers. Words: data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

from ..common.codes import any_of
from .factwords import words
from .unnamed import last_named

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context


def valued_works(ctx: Context, pos: int, unit_end: int) -> str | None:
    """The project, works or contract whose worth the sum at pos (its unit ending at unit_end) is,
    as named after it with its bracketed asides (a reading note: (音)) left out; else None."""
    data, text = ctx.data, ctx.text
    after = rx.compile(data["worth_named_after"]).match(text, unit_end)
    if after is None:
        return None
    c_start = ctx.clause(pos)[0]
    if not after.group("size") and rx.compile(data["worth_before"]).search(text, max(c_start, pos - 8), pos) is None:
        return None
    if any_of(words("worth_dealt")).search(text, c_start, pos):
        return None
    if any_of(words("worth_pointing")).search(text, c_start, pos):
        return _named_before(ctx, after.group("head"), c_start)
    return rx.compile(data["worth_aside"]).sub("", after.group("name"))


def _named_before(ctx: Context, head: str, pos: int) -> str | None:
    """The last thing with that head the article named in 《》 or quotes before pos, else None."""
    found = last_named(ctx, rx.compile(ctx.data["worth_titled"]), pos, lambda hit: hit.group("name").endswith(head))
    return found.group("name") if found else None
