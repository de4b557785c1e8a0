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


def told_of_page_year(ctx: Context, pos: int, year: str) -> bool:
    """Whether the article's title or lead tells a time of the page's year (2016年第一季度…, 今年…):
    the article reports on this year, so a yearless period in it is this year's."""
    brief = ctx.doc.brief_at(pos)
    heads = [sg for sg in ctx.doc.segments if sg.brief == brief and sg.kind in ("title", "brief_headline", "lead")]
    return any(any(sg.start <= t.start < sg.end for sg in heads) and (t.value or "")[:4] == year
               and len(t.value or "") < 10  # (a day is the dateline's or an event's, no period reported on)
               for t in ctx.doc.times if t.kind not in ("duration", "anniversary"))


def yearless_period(ctx: Context, s_start: int, pos: int) -> bool:
    """'前三个月,越南蔬果进口额为1.53亿美元': the figure's sentence opens with a period of the year
    that names no year (前三个月, 上半年, 第一季度); not one after 其中 (其中,上半年…: a part of the
    period told before, which keeps its year)."""
    return rx.compile(money_data()["yearless_period"]).match(ctx.text[s_start:pos]) is not None


def caption_repeat(ctx: Context, pos: int, kind: str, told_before: bool) -> bool:
    """'…移交40.52亿越盾的捐款 图自越通社': a photo caption telling again a sum the page told before
    makes no claim of its own (its holder, read from the caption's own words, would be a second)."""
    if kind != "money" or not told_before:
        return False
    return any(sg.kind == "caption" and sg.start <= pos < sg.end for sg in ctx.doc.segments)


def diaspora_giver(ctx: Context, s_start: int, pos: int) -> str | None:
    """'移交由旅居美国越南人社群援助的3亿越盾': a community of Vietnamese abroad named before a verb
    of giving in the number's clause gives the sum (its name as written), the last one named."""
    hits = list(rx.compile(money_data()["diaspora_giver"]).finditer(ctx.text, max(s_start, ctx.clause(pos)[0] - 80), pos))
    return hits[-1].group("name") if hits else None


def funds_owner(ctx: Context, unit_end: int) -> str | None:
    """'其余1637万美元为岘港市自筹资金': the party named right after the sum as the one whose own (or
    counterpart) funds it is; by its entity's name where the recognizer knows it."""
    hit = rx.compile(money_data()["funds_of_party_after"]).match(ctx.text, unit_end)
    if hit is None:
        return None
    for mm in ctx.within(hit.start("name"), hit.end("name")):
        if mm.start == hit.start("name"):
            return ctx.name(mm)
    return hit.group("name")


def headline_tickers(ctx: Context) -> list[tuple[int, int]]:
    """The title lines that are a site's running headlines (at least ticker_items_min headlines of
    ticker_item_min characters or more, one space between, no sentence closed): other news, whose
    figures are no claims."""
    data = money_data()
    spans = []
    for sg in ctx.doc.segments:
        if sg.kind != "title":
            continue
        line = ctx.text[sg.start:sg.end]
        items = line.split()
        if "。" not in line and len(items) >= int(data["ticker_items_min"]) and sum(len(i) >= int(data["ticker_item_min"]) for i in items) \
                >= int(data["ticker_items_min"]):
            spans.append((sg.start, sg.end))
    return spans
