"""The holder a figure takes from the paragraphs above it, where its own line names no party at all: a
tally line under the figure it breaks down ('台湾目前仅剩13个友邦。' … '大洋洲:4个'): the holder of the last
figure told above, not the page's own country. (fc1)"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # facts.py imports this module; the context type is only needed for hints
    from .factcontext import Context


def holder_above(ctx: Context, carried: dict[int, str], paragraph: int, pos: int) -> str | None:
    """The holder the nearest paragraph above carried, where the line of the figure at pos names no
    country, organization or person; None otherwise."""
    a, b = ctx.lines.around(pos)
    if ctx.within(a, b, ("COUNTRY", "ORG", "PERSON")):
        return None
    above = [k for k in carried if k < paragraph and carried[k]]
    return carried[max(above)] if above else None
