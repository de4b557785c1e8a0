"""Yearly meetings held in one place (data/annual.json): a page whose opening is about one ('在海南博鳌会晤',
'出席达沃斯论坛年会') and whose year is known from elsewhere is of the month the meeting was held that year
(Boao: March or April by year; Davos: January; Munich: February). No year comes from it: it recurs."""

from __future__ import annotations

from functools import cache
from typing import Any

from dipnet.rx import plain as _plain

from .words import WORDS, load_data

_LEAD = 300  # what the page is about: its headline and opening lines
# the sentence dates the meeting itself or tells it as past ('2月17日在德国出席慕尼黑安全会议期间', '此前在达沃斯'):
# a meeting the page looks back on, not its occasion
_DATED = _plain(f"(?:{WORDS['told_as_past']})|[\\d一二三四五六七八九十]月|上月|年初")


@cache
def _meetings() -> list[dict[str, Any]]:
    return list(load_data("annual.json")["meetings"])


def annual_month(text: str, year: int) -> tuple[int, str] | None:
    """(month, evidence) of the yearly meeting the page's opening is about, held in `year`."""
    lead = text[:_LEAD]
    for e in _meetings():
        m = _plain(f"(?:{e['words']})").search(lead)
        if not m or (e.get("not_words") and _plain(f"(?:{e['not_words']})").search(text)):
            continue
        start = max([lead.rfind(c, 0, m.start()) for c in "。;!?\n"]) + 1
        end = min([k for c in "。;!?\n" if (k := lead.find(c, m.end())) != -1] or [len(lead)])
        if _DATED.search(lead, start, end):
            continue
        month = e.get("months", {}).get(str(year), e.get("month"))
        if month:
            return month, f"{m.group()!r}: {e['name']} of {year} was held in month {month}"
    return None
