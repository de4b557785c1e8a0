"""A time a since-frame puts behind an event: the point it is counted from or set after, not its date
(issue 13). Before the event's word the frame closes on a count of times (这是2021年…就任首相后首次访华,
这是自2月24日…以来第二次访问乌克兰); after it the frame opens right before the time and closes on its own
word, the event's word outside it (此次访问越南体现出…在2018年8月同东盟签署…之后…的重视). A visit named back
(这是…, 这将是…, 此次访问…) with no other time of its own is the visit the page tells."""

from __future__ import annotations

from dipnet import rx, rxneeds
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.datewords import words
from dipnet.model import TimeExpr


def behind(text: str, t: TimeExpr, k: int) -> bool:
    """Whether the since-frame `t` stands in puts it behind the event whose word is at `k`."""
    if t.end <= k:  # (words first: the pattern is scanned only where its words are)
        between = codebook().background_between
        return bool(rxneeds.may_hold(between, text[t.end:k])) and between.match(text, t.end, k) is not None
    w = words()
    return t.start > k and text[max(0, t.start - 1):t.start] in w["frame_after_opens"] and \
        rx.compile(w["frame_after_closes"]).match(text, t.end) is not None


def own_time_of_reference(text: str, times: list[TimeExpr], k: int) -> bool:
    """Whether a visit named back has a time of its own among `times` (those of the clause that names it):
    a time a since-frame puts behind it is none (这将是岸田2021年10月就任首相后首次访问菲律宾)."""
    return any(x.value and x.kind != "duration" and not behind(text, x, k) for x in times)
