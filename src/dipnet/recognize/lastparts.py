"""A dotted name's last part repeated bare on the page (欧内斯特·巴伊·某罗马 … 某罗马): the person
named again, not the known place or country that stands inside that part (罗马); and a place's name
that a plain word crosses (沿海 + 地区: no 海地)."""

from __future__ import annotations

from dipnet.model import Mention, SpanIndex
from dipnet.recognize.scan import find_every, found_words

# the dots that join the parts of a transliterated name
_DOTS = "·・•."


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
              types: tuple[str, ...] = ("COUNTRY", "LOCATION"), longest: int = 0) -> list[Mention]:
    """The mentions less those of `types` (of at most `longest` characters, if set) that a word of
    `words` crosses: it opens inside the name and runs past its end, or opens before it and ends inside it."""
    found = found_words(text, words)
    if not found:  # (no crossing word on the page: a new list, as below)
        return list(mentions)
    cross = SpanIndex((k, k + len(w)) for w, at in found for k in at)
    return [m for m in mentions if m.type not in types or (longest and m.end - m.start > longest) or not (
        (near := cross.near(m.start, m.end)) and any(  # (no generator where no word is near)
            m.start < s < m.end < e or s < m.start < e < m.end for s, e in near))]
