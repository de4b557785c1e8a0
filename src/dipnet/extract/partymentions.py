"""The mentions facts read parties from: the recognizer's, less the ones that name no party of their
own (政府 linked alone to the page's country right after another country; 约 before a number)."""

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
            and not (m.text in qualifiers and NUMBER.match(text, m.end))]
