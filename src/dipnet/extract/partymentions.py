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
    return [m for m in mentions
            if not (m.text in generic and (m.start in ends or text.endswith(pairs, 0, m.start)))
            and not (m.text in qualifiers and NUMBER.match(text, m.end))
            and not _in_conflict_name(text, m, mentions, data)]


def _in_conflict_name(text: str, m: Mention, mentions: list[Mention], data: dict[str, Any]) -> bool:
    """'自俄乌战争爆发后,…迄今金额达1.5亿美元': two one-character country forms before a word for a
    war or conflict name the war; neither is a party holding the figures told after it."""
    if len(m.text) != 1 or m.type not in ("COUNTRY", "LOCATION"):
        return False
    war = tuple(data["conflict_nouns"])
    return any(len(o.text) == 1 and o.type in ("COUNTRY", "LOCATION") and (
        o.start == m.end and text.startswith(war, o.end) or o.end == m.start and text.startswith(war, m.end))
        for o in mentions)
