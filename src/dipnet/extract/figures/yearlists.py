"""Years handed out over the figures of a sentence: '2022年和2023年,越南吸引外资分别达到278亿美元和
366亿美元' (the i-th figure is for the i-th year), as respective.py hands out figures over parties.
Only where 分别 stands between the years and the figures and the sentence tells as many figures of the
unit after it as it lists years. Words are in data/facts.toml (year_list, respective_words)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

from .numbers import NUMBER

if TYPE_CHECKING:  # facts.py imports this module; the context types are only needed for hints
    from ..facts import Context, UnitWord


def listed_year(ctx: Context, s_start: int, s_end: int, pos: int, u: UnitWord) -> str | None:
    """The year of the listed years the figure at pos is told for, or None where the sentence is not so built."""
    text = ctx.text
    lists = list(rx.compile(ctx.data["year_list"]).finditer(text, s_start, pos))
    if not lists:
        return None
    years = rx.compile(r"(?:19|20)\d{2}").findall(lists[-1].group(0))
    k = text.find("分别", lists[-1].end(), pos)
    if k == -1 or len(years) < 2:
        return None
    told = [n.start() for n in rx.compile(NUMBER).finditer(text, k, s_end) if _in_unit(text, n.end(), u)]
    if len(told) != len(years) or pos not in told:
        return None  # (as many figures of the unit as years, or the years are no list of the figures' times)
    return years[told.index(pos)]


def _in_unit(text: str, end: int, u: UnitWord) -> bool:
    """Whether the number ending at end is told in u's unit word (a multiplier at most between)."""
    while end < len(text) and text[end] in "十百千万亿 ":
        end += 1
    return text.startswith(u.word, end)


__all__ = ["listed_year"]
