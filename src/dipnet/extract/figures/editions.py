"""Classifiers that count only in their own construction (fc1): editions and courses held (已成功举办13届,
举办了12期培训班), where 十三届 elsewhere names a congress and 一期 a phase; and twinned places counted in
pairs (友好城市132对, 40对友好城市), where 对 elsewhere is the preposition. Words are in data/facts.toml."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dipnet import rx

from .factwords import load_data, words
from .localities import past_dateline
from .quantities import UnitWord
from .unnamed import article_start

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
    if text.startswith(words("twinned_nouns"), after) or rx.compile(data["twinned_places_after"]).match(text, after) \
            or rx.compile(data["paired_gates_after"]).match(text, after):  # (fc1) 8对陆地边境口岸: gates in pairs
        return UnitWord(word, "count", "count")
    if _twinned_before(ctx, m.start()) and rx.compile(data["edition_tail"]).match(text, after):
        return UnitWord(word, "count", "count")
    return None


def _twinned_before(ctx: Context, pos: int) -> bool:
    """A twinned noun or a verb of twinning ends right before the number (结好20对), or a twinned noun
    before a relation noun or a verb of reaching (友好城市关系132对, 友好城市达132对, 姊妹市已達52對)."""
    text = ctx.text
    if text.endswith(words("twinned_nouns") + words("twinning_verbs"), 0, pos):
        return True  # (其中与广西结好20对: the pairs a verb of twinning made)
    fill = rx.compile(ctx.data["twinned_fill_before"]).search(text, max(0, pos - 8), pos)
    return fill is not None and fill.end() == pos and text.endswith(words("twinned_nouns"), 0, fill.start())


def held_event(ctx: Context, m: re.Match[str], u: UnitWord) -> str | None:
    """'中国—南亚博览会由…共同主办,已成功举办7届': the editions held are the event's that opens the
    sentence (its organisers, after 由, hold none of them); where the sentence opens with 由…主办的 the
    event is named after it, and where it opens with 该论坛/此活动 it is the one the article named before."""
    if u.word not in words("edition_words"):
        return None
    text, data = ctx.text, ctx.data
    s_start = ctx.sentence(m.start())[0]
    a = past_dateline(ctx, s_start, m.start())
    wire = rx.compile(data["wire_dateline"]).match(text, a, m.start())  # 新华社北京3月5日电, (中央社记者…电)
    a = wire.end() if wire else a
    by = rx.compile(data["organised_by_opening"]).match(text, a, m.start())  # 由越南工贸部主办的…博览会
    a = by.end() if by else a
    if rx.compile(data["edition_anaphor"]).match(text, a, m.start()):  # 该活动已举办五届
        return _named_before(ctx, a)
    hit = rx.compile(data["conference"]).match(text, a, m.start()) \
        or rx.compile(data["edition_event"]).match(text, a, m.start())  # (越日文化节, 国际农业展: held as often)
    return _series(hit.group()) if hit else None


def _named_before(ctx: Context, pos: int) -> str | None:
    """The last event (meeting or show) the article names before pos, not itself an anaphor."""
    before = ctx.text[article_start(ctx, pos):pos]
    anaphors = tuple(ctx.data["anaphors"])
    names = [n for pattern in ("conference", "edition_event") for n in rx.compile(ctx.data[pattern]).finditer(before)
             if not n.group().startswith(anaphors)]
    return _series(max(names, key=lambda n: n.end()).group()) if names else None


def _series(name: str) -> str:
    """The event whose editions are counted, without the edition it opened with (第十届越中经贸论坛 holds
    none: 越中经贸论坛 does); 中国—东盟博览会 with a plain hyphen, as the attendance path writes it (a
    horizontal bar ― is kept: the page's own spelling, which the page's other readers keep too)."""
    edition = rx.compile(load_data("facts.toml")["edition_ordinal"])  # (第十届: facts.toml, read once)
    return rx.compile("[—–]").sub("-", edition.sub("", name))
