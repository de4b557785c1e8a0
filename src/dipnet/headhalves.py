"""Two-part headlines in a row of teasers parted by spaces. Chinese headlines are often written in two
halves parted by a space, the second sharing the first's subject ("某国总理抵达某地 开始正式访问",
"两国加强合作 发展伙伴关系"); a site's related-news bar prints its headlines in one row, parted by the
same spaces. A piece that opens with its predicate (a verb, an adverb or modal before it, a preposition)
after a piece that opens with its own subject is the second half of that teaser, not a teaser of its own
(issue 13, tb1). A piece after one that is itself subjectless or a second half stays its own teaser
("推动两国合作 进一步深化伙伴关系" are two headlines of a subjectless house style).

Other second halves open no teaser either (issue 13, br4): one pointing back at the first half's two
parties ("甲会见乙 双方就共同关心问题交谈"), one ranking the first half's subject ("某市场规模超13亿美元
居东南亚第三"), and, in a line of just the two pieces, a speaker's words on the first half after a
headline that is no quote itself ("两国会谈无突破 某宫:部分提议无法接受"; in a longer row "某某:…" is a
teaser of its own, and "甲:… 乙:…" are two speakers' teasers)."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.layout import Layout
from dipnet.rx import plain as _plain

# a speaker and the colon opening its words ("某宫:", "外交部:")
_QUOTE_HALF = _plain(r"[\u4e00-\u9fff]{2,4}[:：]")


@lru_cache(maxsize=4)
def _rank_half(verbs: tuple[str, ...], ends: tuple[str, ...], ordinal: str) -> re.Pattern[str] | None:
    if not verbs:
        return None
    alt = "|".join(re.escape(w) for w in sorted(verbs, key=len, reverse=True))
    last = "|".join([ordinal, *(re.escape(w) for w in ends)])
    return re.compile(rf"(?:{alt})\S{{0,8}}?(?:{last})$")


def _predicate_led(text: str, openers: tuple[str, ...]) -> bool:
    return bool(openers) and text.startswith(openers)


def _second_half(piece: str, first: str, pieces: int, openers: tuple[str, ...],
                 backs: tuple[str, ...], rank: re.Pattern[str] | None) -> bool:
    """Whether `piece`, right after `first`, can only be the second half of `first`'s headline."""
    if _predicate_led(piece, openers) or (bool(backs) and piece.startswith(backs)):
        return True
    if rank is not None and rank.match(piece):
        return True
    return pieces == 2 and _QUOTE_HALF.match(piece) is not None and _QUOTE_HALF.match(first) is None


def joined_halves(text: str, spans: list[tuple[int, int]], layout: Layout) -> list[tuple[int, int]]:
    """The teasers of a row: its pieces' spans in `text`, a second half joined to the piece before it
    where only spaces part them (the layout's words: predicate_openers, back_openers opening a half that
    points back (双方), rank_verbs opening a half that ranks and rank_ends, rank_ordinal it ends on)."""
    openers, backs = layout.predicate_openers, layout.back_openers
    rank = _rank_half(layout.rank_verbs, layout.rank_ends, layout.rank_ordinal)
    out: list[tuple[int, int]] = []
    joined = False  # (the last span out is a piece with its second half already)
    for a, z in spans:
        first = text[out[-1][0]:out[-1][1]] if out else ""
        if out and not joined and _second_half(text[a:z], first, len(spans), openers, backs, rank) \
                and not _predicate_led(first, openers) \
                and not text[out[-1][1]:a].strip():
            out[-1] = (out[-1][0], z)
            joined = True
            continue
        out.append((a, z))
        joined = False
    return out
