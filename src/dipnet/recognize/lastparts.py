"""A dotted name's last part repeated bare on the page (欧内斯特·巴伊·某罗马 … 某罗马): the person
named again, not the known place or country that stands inside that part (罗马); and a place's name
that a plain word crosses (沿海 + 地区: no 海地) or ends inside (双边 + 和: no 边和)."""

from __future__ import annotations

from collections.abc import Callable

from dipnet.model import Mention, SpanIndex
from dipnet.recognize.scan import find_every, found_words

# the dots that join the parts of a transliterated name
_DOTS = "·・•."
# the longest known name read again after a crossing word (中非共和国, 波斯尼亚和黑塞哥维那: up to 12)
_SPAN = 12


def last_part_repeats(text: str, rule_people: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """The mentions with each bare repeat of a dotted name's last part (three characters or more)
    that holds a known place or country read as that person, the place inside it dropped."""
    parts = {p for m in rule_people if ("·" in m.text or "." in m.text)
             for p in (m.text.rstrip(_DOTS).split("·")[-1].split("・")[-1],) if len(p) >= 3}
    if not parts:
        return mentions
    dotted = [(m.start, m.end) for m in rule_people if ("·" in m.text or "." in m.text)]
    gone: set[tuple[int, int]] = set()
    added: list[Mention] = []
    for part in sorted(sorted(parts), key=len, reverse=True):  # (longest first, then by text)
        for k in find_every(text, part):
            e = k + len(part)
            if any(s <= k and e <= t for s, t in dotted):
                continue  # the dotted name itself
            inner = [m for m in mentions if m.type in ("LOCATION", "COUNTRY") and k <= m.start and m.end <= e
                     and (m.start, m.end) != (k, e)]
            others = [m for m in mentions if m.start < e and k < m.end and m not in inner]
            if inner and not others and not any(a.start < e and k < a.end for a in added):
                gone |= {(m.start, m.end) for m in inner}
                added.append(Mention(k, e, part, "PERSON"))
    return [m for m in mentions if (m.start, m.end) not in gone or m.type not in ("LOCATION", "COUNTRY")] + added


def uncrossed(text: str, mentions: list[Mention], words: tuple[str, ...],
              types: tuple[str, ...] = ("COUNTRY", "LOCATION"), longest: int = 0,
              breakers: tuple[str, ...] = ()) -> list[Mention]:
    """The mentions less those of `types` (of at most `longest` characters, if set) that a word of
    `words` crosses: it opens inside the name and runs past its end, or opens before it and ends inside it.
    A word whose last character opens one of `breakers` is no word there (韩国 + 庆祝: no 国庆)."""
    found = found_words(text, words)
    if not found:  # (no crossing word on the page: a new list, as below)
        return list(mentions)
    broken = {k for _, at in found_words(text, breakers) for k in at} if breakers else set()
    cross = SpanIndex((k, k + len(w)) for w, at in found for k in at if k + len(w) - 1 not in broken)
    return [m for m in mentions if m.type not in types or (longest and m.end - m.start > longest) or not (
        (near := cross.near(m.start, m.end)) and any(  # (no generator where no word is near)
            m.start < s < m.end < e or s < m.start < e < m.end for s, e in near))]


def opened_across(text: str, mentions: list[Mention], words: object) -> list[Mention]:
    """The mentions less the places and countries that a word of `words` ends inside, having opened before
    them (双边 + 和: no 边和; 电视台 + 中央: no 台中; 平台 + 中方). Only that way: a name the word opens
    inside stays, and a word opening inside another known name is none there (its characters are that name's)."""
    found = found_words(text, words) if isinstance(words, tuple) else []
    if not found:
        return list(mentions)
    inside: set[int] = set()  # (each word tested by one look-up, not a walk of the mentions)
    for m in mentions:
        inside.update(range(m.start + 1, m.end))
    opened: dict[int, int] = {}  # a crossing word's end -> the leftmost start of a word ending there
    for w, at in found:
        for k in at:
            if k not in inside:
                opened[k + len(w)] = min(k, opened.get(k + len(w), k))
    return [m for m in mentions if m.type not in ("COUNTRY", "LOCATION")
            or not any(e in opened and opened[e] < m.start for e in range(m.start + 1, m.end))]


def names_after_crossings(text: str, find_names: Callable[[str], list[tuple[int, int, tuple[str, ...]]]],
                          before: list[Mention], kept: list[Mention],
                          words: object, openers: object = ()) -> list[tuple[int, int, tuple[str, ...]]]:
    """The known names that open right where a word of `words` ends, for the names `uncrossed` dropped
    because the word's last character opened them: the names' reader takes the leftmost longest name,
    so the one the word's end opens (抵达 + 卡塔尔) was never read once 达卡 had been."""
    kept_spans = {(m.start, m.end) for m in kept}
    dropped = [m for m in before if (m.start, m.end) not in kept_spans]
    if not dropped or not isinstance(words, tuple):
        return []
    words = (*words, *openers) if isinstance(openers, tuple) else words  # (电视台 + 中央电视台, as 抵达 + 卡塔尔)
    taken = SpanIndex(kept_spans)
    out: list[tuple[int, int, tuple[str, ...]]] = []
    for w, at in found_words(text, words):
        for k in at:
            end = k + len(w)
            if not any(k < m.start < end < m.end for m in dropped):
                continue
            # the text from the word's end up to the next name kept, or a short span: the name must open there
            stop = min([s for s, _ in kept_spans if s >= end] + [end + _SPAN])
            out += [(end + s, end + e, ids) for s, e, ids in find_names(text[end:stop])
                    if s == 0 and not taken.overlaps(end + s, end + e)]
    return out
