"""The year a review article reports on (fc4): a title that opens with a past year ('2019年越南外交成就:…',
'2023年越中经贸合作回顾' on a page of the next January) names the year the whole article looks back on, so a
figure that neither its sentence nor its paragraph dates holds for that year, not for the page's."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # asof.py asks this module; the context type is only needed for hints
    from .factcontext import Context


def review_year(ctx: Context, pos: int) -> str | None:
    """The year the title of the page (or of the brief holding pos) opens with, where it is a bare
    year before the page's own; None where the title opens otherwise or the page has no date."""
    page = ctx.date_at(pos)
    if not page:
        return None
    brief = ctx.doc.brief_at(pos)
    text = ctx.text
    for sg in ctx.doc.segments:
        if sg.brief != brief or sg.kind not in ("title", "brief_headline"):
            continue
        opening = sg.start + len(text[sg.start:sg.end]) - len(text[sg.start:sg.end].lstrip())
        for t in ctx.doc.times:  # (a title's times: one pass over the page's, once per undated figure)
            year = t.value or ""
            if t.start == opening and t.explicit_year and len(year) == 4 and not t.end_value \
                    and t.kind not in ("duration", "anniversary") and year < page[:4] \
                    and text.startswith("年", t.end - 1) and not text.startswith(tuple(ctx.data["review_not_after"]), t.end):
                return year
    return None


__all__ = ["review_year"]
