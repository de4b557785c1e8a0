"""Numbers inside names that read as counts (fx12): a number inside a title in 《》 (《规划法有关11个法
部分条款修改补充法》) names the law, and a party congress told by its number after the party (越共六大,
中共二十大) is the N-th congress; neither counts anything. The words are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .factwords import words

if TYPE_CHECKING:  # facts.py imports this module; the context type is only needed for hints
    from .factcontext import Context
    from .quantities import UnitWord


def in_book_title(text: str, pos: int, s_start: int) -> bool:
    """A number after a 《 that no 》 has closed in its sentence: part of a title."""
    opened = text.rfind("《", s_start, pos)
    return opened != -1 and text.find("》", opened, pos) == -1


def congress_number(ctx: Context, pos: int, u: UnitWord) -> bool:
    """'越共六大', '党的十三大', '中共二十大': the party's N-th congress."""
    return u.word == "大" and ctx.text.endswith(words("congress_parties"), 0, pos)
