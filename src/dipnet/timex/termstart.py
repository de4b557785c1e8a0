"""A page that reports someone's election or swearing-in to a post (split from publication.py): the
term's start is the page's day, unless the text tells it as a reference point or a term still to come."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dipnet.rx import plain as _plain

from .words import WORDS

ELECTED = _plain(WORDS["elected"])


def term_start_reported(text: str, tenure: Sequence[tuple[str, str, str | None]]) -> tuple[str, str, bool] | None:
    """A page that reports someone's election or swearing-in to a post is of the day the term
    began: (start ISO, evidence, after) for the latest such term among the people named. `after`
    is true for a page that congratulates on a term whose start it tells as past ('致电祝贺她就任…
    此前3月31日…选举'): messages of congratulation come within days, so the page is a little later."""
    best: tuple[str, str, bool] | None = None
    for name, start, _end in tenure:
        if len(start) < 10:
            continue
        for ms, me in _spans(text, name):
            w = text[max(0, ms - 40):me + 25]
            hit = ELECTED.search(w)
            if not hit:
                continue
            w0 = max(0, ms - 40)
            # the word must be told of this person, in the same clause ('苏林…正为地方选举拉票' is not)
            a, b = sorted((me, w0 + hit.start()))
            # ('选举越共中央政治局委员、河内市委书记某某为…': titles may stand between, a clause break may not)
            if b - a > 30 or _plain(r"[,。;!?:]").search(text[a:b]):
                continue
            # "就任政府总理后首次…", '就任…总统第10天': the term's start is a past reference point, not the news
            # (read on the text itself: the window may end before the '后')
            if _plain(WORDS["term_start_as_reference"]).match(text[w0 + hit.end():w0 + hit.end() + 20]):
                continue
            # '即将接任首相的某某': a term still to come is no start the page reports (the designate reading of
            # the title dates the page to the weeks before it: stage._tenure)
            if _plain(WORDS["term_start_ahead"]).search(text, max(0, w0 + hit.start() - 3), w0 + hit.start()):
                continue
            # '致电祝贺她就任…': congratulations come after the day
            congrats = bool(_plain(WORDS["congratulations"]).search(w[:hit.start()]))
            at = max(0, ms - 40) + hit.start()  # the sentence up to the election word
            past = bool(_plain(WORDS["told_as_past"]).search(text[max(text.rfind("。", 0, at), at - 80) + 1:at]))
            if congrats:
                continue
            after = past and bool(_plain(WORDS["congratulations"]).search(text))
            # '本月初获推举为总书记': a start told as earlier this month puts the page later in that month
            after = after or bool(_plain(WORDS["term_start_this_month"]).search(text[max(0, at - 12):at]))
            if past and not after:
                continue
            if best is None or start > best[0]:
                best = (start, f"{'follows' if after else 'reports'} the start of {name}'s term ({start}): "
                        f"{hit.group()!r}", after)
    return best


def _spans(text: str, name: str) -> list[tuple[int, int]]:
    """Where the name stands, left to right and not overlapping: what finditer of the escaped name finds, by
    str.find (a person's name compiled as a pattern was a compile per person named, most of them once)."""
    if not name:
        return [m.span() for m in _plain(re.escape(name)).finditer(text)]
    out, k = [], text.find(name)
    while k != -1:
        out.append((k, k + len(name)))
        k = text.find(name, k + len(name))
    return out
