"""People counted as attending an event their clause points back to by its kind alone: `…共派出113名议员
出席了这次年会` (an annual meeting), `所有成员国都派员参加这次演习,人数超过1000名` (a drill: the clause
before the number attends it and the number's own clause is 人数…), `约700位各界宾客前来观礼` (watching a
ceremony). The count is the event's, the last one of that kind the article named before, by its name as
written (亚太议会论坛第24届年会, 某某联合演习, 欢迎仪式) -- not the party that sent the people or the page's
country. The kinds, the verbs and the stops of a name are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

from .unnamed import last_named

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context


def event_pointed_back(ctx: Context, pos: int, unit_end: int) -> str | None:
    """The event the people counted at pos (their unit ending at unit_end) attend, where their clause,
    or the clause before a bare 人数…N名, points back to it by its kind; else None."""
    text, data = ctx.text, ctx.data
    c_start, c_end = ctx.clause(pos)
    closing = " \t,，。;；!！"
    kind = _pointer(ctx, text[unit_end:c_end].rstrip(closing))
    if kind is None and rx.compile(data["event_back_count_clause"]).fullmatch(text, c_start, pos):
        s_start = ctx.sentence(pos)[0]
        if c_start > s_start:  # 参加这次演习,人数超过1000名: the clause before says what they attend
            kind = _pointer(ctx, text[ctx.clause(c_start - 1)[0]:c_start].rstrip(closing))
    if kind is None:
        return None
    return _named_before(ctx, tuple(data["event_back_heads"][kind]), pos)


def _pointer(ctx: Context, clause_tail: str) -> str | None:
    """The kind of event the end of a clause points back to (这次年会 -> 年会, 前来观礼 -> 观礼), or None."""
    hit = rx.compile(ctx.data["event_back_after"]).search(clause_tail)
    return (hit.group("kind") or hit.group("kind2")) if hit else None


def _named_before(ctx: Context, heads: tuple[str, ...], pos: int) -> str | None:
    """The last event the article named before pos whose name ends in one of heads: a name of at least
    two characters before its head, not opened by a word pointing back (这次, 本次)."""
    data = ctx.data
    name = rx.compile(data["event_back_name"].replace("HEADS", "|".join(heads)))
    found = last_named(ctx, name, pos, lambda hit: not hit.group().startswith(tuple(data["anaphors"])))
    return found.group() if found else None
