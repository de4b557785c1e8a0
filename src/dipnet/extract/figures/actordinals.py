"""Ordinals that count how often an act happened, told as a statement of its own: `这是韩美两国总统第16次
通话`, `也是…与…2年来第6次会晤`, `这是日本第五度提供我国疫苗`. A clause opening with 这是/也是 says the act is
the N-th of its kind: a count (the open gold gives 第三次担任…成员 the same way). An ordinal that names a
meeting (第二次会晤的成果, 举行第三次首脑会谈) counts nothing. Words: data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

from .localities import past_dateline

if TYPE_CHECKING:  # quantities.py imports this module; the context type is only needed for hints
    from ..facts import Context


def told_occurrence(ctx: Context, start: int, end: int) -> bool:
    """The ordinal 第N at [start, end) (after 第) counts the occurrences of an act: its clause opens
    with 这是/也是 and the act's verb follows the ordinal's 次/度 within a few characters."""
    data = ctx.data
    c_start = past_dateline(ctx, ctx.clause(start)[0], start)
    wire = rx.compile(data["wire_dateline"]).match(ctx.text, c_start, start)  # (新华社北京3月5日电 这是…: the lead's)
    c_start = wire.end() if wire else c_start
    if not rx.compile(data["occurrence_opening"]).match(ctx.text[c_start:start]):
        return False
    return rx.compile(data["occurrence_after"]).match(ctx.text, end, end + 16) is not None


def leaders_of_act(ctx: Context, pos: int) -> str | None:
    """'…文在寅总统和特朗普总统通电话。这是韩美两国总统第16次通话': an act of two leaders counted (两国总统,
    两位领导人, 两人) is theirs, not their countries': the two people the sentences before it name, in the
    order the page names them (A-B); None where the clause names no such pair or fewer than two are named."""
    data = ctx.data
    c_start = ctx.clause(pos)[0]
    if not rx.compile(data["act_pair_nouns"]).search(ctx.text, c_start, pos):
        return None
    s_start = ctx.sentence(pos)[0]
    a = s_start
    for _ in range(int(data["act_pair_reach"])):  # the sentences just before it, in its paragraph
        if a == 0 or ctx.text[a - 1] == "\n":
            break
        a = ctx.sentence(a - 1)[0]
    names: list[str] = []
    for mm in ctx.within(a, pos, ("PERSON",)):
        name = ctx.name(mm)
        if name not in names:
            names.append(name)
    return "-".join(names[-2:]) if len(names) >= 2 else None


def actor_of_act(ctx: Context, pos: int) -> str | None:
    """'这是范明政总理就任以来第三次出席东盟峰会': the person its clause names first before the ordinal (its
    subject: 也是秘鲁总统博鲁阿尔特与博里奇…第4次会晤, 博鲁阿尔特's) holds the count of their own act, not the
    meeting attended nor their country."""
    people = ctx.within(ctx.clause(pos)[0], pos, ("PERSON",))
    return ctx.name(people[0]) if people else None
