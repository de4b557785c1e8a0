"""The mentions facts read parties from: the recognizer's, less the ones that name no party of their
own (政府 linked alone to the page's country right after another country; 约 before a number; 俄乌 in 俄乌战争)."""

from __future__ import annotations

from typing import Any

from dipnet.model import Mention

from .numbers import NUMBER


def party_mentions(text: str, mentions: list[Mention], data: dict[str, Any]) -> list[Mention]:
    """'美国政府', '两国政府': a generic body word (政府, 人民) the recognizer linked on its own, right
    after a country or 两国, is part of what precedes it and names no party of its own (else the
    page's country, which it is linked to, would hold 美国政府's figures)."""
    generic = set(data["generic_tails"])
    ends = {m.end for m in mentions if m.type == "COUNTRY"}
    pairs = tuple(data["pair_markers"])
    qualifiers = set(data["qualifiers_before"])  # 约3000万人次: 约 qualifies the number, it is no 约旦
    singles = _Singles(text, mentions, tuple(data["conflict_nouns"]))
    return [m for m in mentions
            if not (m.text in generic and (m.start in ends or text.endswith(pairs, 0, m.start)))
            and not (m.text in qualifiers and NUMBER.match(text, m.end))
            and not (len(m.text) == 1 and singles.in_conflict_name(m))]  # (it reads only one-character forms)


_ONE_CHAR_TYPES = ("COUNTRY", "LOCATION")


class _Singles:
    """The one-character country and place mentions of a page by where they start and end, for
    `in_conflict_name` (a lookup per mention, not a pass over all of them)."""

    def __init__(self, text: str, mentions: list[Mention], war: tuple[str, ...]) -> None:
        self.text = text
        self.war = war
        self.ends_from: dict[int, list[int]] = {}
        self.ends: set[int] = set()
        for o in mentions:
            if len(o.text) == 1 and o.type in _ONE_CHAR_TYPES:
                self.ends_from.setdefault(o.start, []).append(o.end)
                self.ends.add(o.end)

    def in_conflict_name(self, m: Mention) -> bool:
        """'自俄乌战争爆发后,…迄今金额达1.5亿美元': two one-character country forms before a word for
        a war or conflict name the war; neither is a party holding the figures told after it."""
        if len(m.text) != 1 or m.type not in _ONE_CHAR_TYPES:
            return False
        text, war = self.text, self.war
        return any(text.startswith(war, e) for e in self.ends_from.get(m.end, ())) or \
            (m.start in self.ends and text.startswith(war, m.end))
