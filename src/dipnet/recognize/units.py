"""Military units named by their number (陆军第七十四集团军, 海军第二舰队, 第五军区): a service's word or none,
第, a Chinese numeral and the unit's word. Such names are in no knowledge base (every army numbers its
own), and 第 is a stop word that ends every other reading of a name before it."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet import rx
from dipnet.model import Mention, SpanIndex
from dipnet.recognize.lexicon import name_rules


@lru_cache(maxsize=1)
def _unit_pattern() -> re.Pattern[str]:
    words = dict(name_rules().name_read_words)
    services = sorted(words.get("unit_services", ()), key=len, reverse=True)
    units = sorted(words.get("numbered_units", ()), key=len, reverse=True)
    if not units:
        return re.compile("(?!)")
    subunits = "".join(words.get("numbered_subunits", ())) or "师"
    service = "(?:" + "|".join(map(re.escape, services)) + ")" if services else "(?!)"
    count = "[一二三四五六七八九十百零〇]{1,4}"
    # a unit, with the division or brigade of it that follows (陆军第一集团军 + 一师); a division or brigade
    # by its number alone needs its service before it (空军航空兵 + 第二十八师: 第三师 alone may be anything)
    unit = f"{service}?第{count}(?:" + "|".join(map(re.escape, units)) + f")(?:第?{count}[{subunits}])?"
    # (rx: the engine skips to a service's or 第's first character, where re's own program tried the pattern at each)
    return rx.compile(f"{unit}|{service}第{count}[{subunits}]")


def numbered_units(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """The numbered units on the page that no name read before overlaps; a known name that the unit
    holds whole (越南人民军 + 第五军区 is read as 第五军区, the army named apart) is left to stand."""
    if "第" not in text:
        return []
    spans = SpanIndex(taken)
    out = []
    for m in _unit_pattern().finditer(text):
        s, e = m.span()
        if not any(a < e and s < b and not (s <= a and b <= e) for a, b in spans.near(s, e)) and \
                not any((a, b) == (s, e) for a, b in spans.near(s, e)):
            out.append(Mention(s, e, m.group(), "ORG"))
    return out
