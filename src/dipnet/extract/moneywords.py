"""Rules for figures of money and shares (fx14): the time a yearless period of the year gives a
figure, and more as they come. Words are in data/money.toml."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from dipnet import rx

from .factwords import load_data

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context


@cache
def money_data() -> dict[str, Any]:
    return load_data("money.toml")


def yearless_period(ctx: Context, c_start: int, pos: int) -> bool:
    """'前三个月,越南蔬果进口额为1.53亿美元': the figure's clause opens with a period of the year
    that names no year (前三个月, 上半年, 第一季度)."""
    return rx.compile(money_data()["yearless_period"]).match(ctx.text[c_start:pos]) is not None
