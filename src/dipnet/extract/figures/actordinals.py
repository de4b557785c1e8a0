"""Ordinals that count how often an act happened, told as a statement of its own: `这是韩美两国总统第16次
通话`, `也是…与…2年来第6次会晤`, `这是日本第五度提供我国疫苗`. A clause opening with 这是/也是 says the act is
the N-th of its kind: a count (the open gold gives 第三次担任…成员 the same way). An ordinal that names a
meeting (第二次会晤的成果, 举行第三次首脑会谈) counts nothing. Words: data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

if TYPE_CHECKING:  # quantities.py imports this module; the context type is only needed for hints
    from ..facts import Context


def told_occurrence(ctx: Context, start: int, end: int) -> bool:
    """The ordinal 第N at [start, end) (after 第) counts the occurrences of an act: its clause opens
    with 这是/也是 and the act's verb follows the ordinal's 次/度 within a few characters."""
    data = ctx.data
    c_start = ctx.clause(start)[0]
    if not rx.compile(data["occurrence_opening"]).match(ctx.text[c_start:start]):
        return False
    return rx.compile(data["occurrence_after"]).match(ctx.text, end, end + 16) is not None
