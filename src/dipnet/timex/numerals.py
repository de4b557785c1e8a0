"""Chinese and Arabic numerals -> int, shared by the parser and the knowledge loaders."""

from __future__ import annotations

from functools import lru_cache

DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
# the character class a regex uses for a number written in Chinese
CN = "〇零○一二两三四五六七八九十百千廿卅"


@lru_cache(maxsize=4096)  # asked for every number of every date read (the same few dozen strings)
def to_int(s: str) -> int | None:
    """'2025' -> 2025, '二〇二五' -> 2025 (digit by digit), '二十七' -> 27, '廿七' -> 27, '十' -> 10."""
    s = s.strip()
    if not s:
        return None
    if s.isdigit():
        return int(s)
    s = s.replace("廿", "二十").replace("卅", "三十")
    if all(c in DIGITS or c.isdigit() for c in s):  # year style: each character one digit ('二00六')
        return int("".join(c if c.isdigit() else str(DIGITS[c]) for c in s))
    total, cur = 0, 0
    for c in s:
        if c in DIGITS:
            cur = DIGITS[c]
        elif c in UNITS:
            total += (cur or 1) * UNITS[c]
            cur = 0
        else:
            return None
    return total + cur


def year_in_chinese(year: int, zero: str = "〇") -> str:
    """2025 -> '二〇二五': a year written digit by digit (the inverse of to_int's year style); `zero` the character
    written for 0 (〇, or 零 as some papers print it)."""
    spelt = {v: k for k, v in DIGITS.items() if k in "〇一二三四五六七八九"}
    return "".join(zero if c == "0" else spelt[int(c)] for c in str(year))
