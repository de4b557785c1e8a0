"""部署 told as a noun, the arrangement of work (按照党中央的总体部署, 对今后工作进行了规划部署, 就…作出战略部署):
no unit sent, no DEPLOYMENT (sw14, issue 13). The words are data (data/events.toml arrangement_words,
arrangement_before)."""

from __future__ import annotations

from dipnet.extract.common.eventwords import pattern_of, words_of
from dipnet.rx import plain as _plain


def arrangement_noun(text: str, start: int, k: int, trig: str) -> bool:
    """Is the DEPLOYMENT word at k (its clause opening at start) the noun of a plan made, a word of kind or a verb of
    making right before it?"""
    if trig not in words_of("arrangement_words"):
        return False
    return _plain(pattern_of("arrangement_before")).search(text, max(start, k - 4), k) is not None
