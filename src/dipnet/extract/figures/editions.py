"""Classifiers that count only in their own construction (fc1): editions and courses held (已成功举办13届,
举办了12期培训班), where 十三届 elsewhere names a congress and 一期 a phase; and twinned places counted in
pairs (友好城市132对, 40对友好城市), where 对 elsewhere is the preposition. Words are in data/facts.toml."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dipnet import rx

from .factwords import words
from .localities import past_dateline
from .quantities import UnitWord

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context


def held_editions(ctx: Context, m: re.Match[str], end: int) -> UnitWord | None:
    """'已成功举办13届,': a verb of holding right before the number, the classifier after it, and the
    clause ending there or a course named (举办了12期培训班): how many times it was held."""
    text, data = ctx.text, ctx.data
    if not text.startswith(words("edition_words"), end):  # (most numbers: none of the classifiers after them)
        return None
    word = next((w for w in words("edition_words") if text.startswith(w, end)), None)
    if word is None or not rx.compile(data["edition_lead"]).search(text, max(0, m.start() - 10), m.start()):
        return None
    if not rx.compile(data["edition_tail"]).match(text, end + len(word)):
        return None
    return UnitWord(word, "count", "count")


def twinned_pairs(ctx: Context, m: re.Match[str], end: int) -> UnitWord | None:
    """'40对友好城市', '建立友好城市132对,': twinned places counted in pairs, the twinned noun right
    after the classifier, or right before the number with the clause ending after the classifier."""
    text, data = ctx.text, ctx.data
    if not text.startswith(words("pair_words"), end):  # (most numbers: no 对 after them)
        return None
    word = next((w for w in words("pair_words") if text.startswith(w, end)), None)
    if word is None:
        return None
    after = end + len(word)
    if text.startswith(words("twinned_nouns"), after) or rx.compile(data["twinned_places_after"]).match(text, after):
        return UnitWord(word, "count", "count")
    if text.endswith(words("twinned_nouns"), 0, m.start()) and rx.compile(data["edition_tail"]).match(text, after):
        return UnitWord(word, "count", "count")
    return None


def held_event(ctx: Context, m: re.Match[str], u: UnitWord) -> str | None:
    """'中国—南亚博览会由…共同主办,已成功举办7届': the editions held are the event's that opens the
    sentence (its organisers, after 由, hold none of them)."""
    if u.word not in words("edition_words"):
        return None
    s_start = ctx.sentence(m.start())[0]
    a = past_dateline(ctx, s_start, m.start())
    wire = rx.compile(ctx.data["wire_dateline"]).match(ctx.text, a, m.start())  # 新华社北京3月5日电 opening the lead
    a = wire.end() if wire else a
    hit = rx.compile(ctx.data["conference"]).match(ctx.text, a, m.start())
    return rx.compile("[—–―]").sub("-", hit.group()) if hit else None  # (中国―东盟博览会: a horizontal bar too)
