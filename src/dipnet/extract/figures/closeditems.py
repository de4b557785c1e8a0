"""A party after a list joiner that follows a figure with its unit: the head of a new item of the
list (holders.py asks it of a fact's candidate holder)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from dipnet.model import Mention

from .factwords import load_data
from .numbers import NUMBER_END

if TYPE_CHECKING:
    from .factcontext import Context


@cache
def _unit_ends() -> dict[str, tuple[str, ...]]:
    """The unit words by their last character, in the data's order (looked up, not tried word by word)."""
    out: dict[str, tuple[str, ...]] = {}
    for w in (w for u in load_data("facts.toml")["units"] for w in u["words"]):
        out[w[-1:]] = (*out.get(w[-1:], ()), w)
    return out


@cache
def _joiners() -> tuple[str, ...]:
    return tuple(sorted(load_data("facts.toml")["list_joiners"], key=len, reverse=True))  # 以及 before 及


def after_closed_item(ctx: Context, mm: Mention) -> bool:
    """'芬兰游客下降10.5%及中国游客下降3.8%': a party after a list joiner that follows a figure
    with its unit heads a new item of the list (and holds its figure), no object of the joiner."""
    joiner = next((w for w in _joiners() if ctx.text.endswith(w, 0, mm.start)), None)
    if joiner is None:
        return False
    end = mm.start - len(joiner)
    unit = next((w for w in _unit_ends().get(ctx.text[end - 1:end] if end > 0 else "", ()) if ctx.text.endswith(w, 0, end)), None)
    return unit is not None and NUMBER_END.search(ctx.text, 0, end - len(unit)) is not None
