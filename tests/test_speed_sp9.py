"""sp9: the faster paths find exactly what the old ones did (invented text)."""

from __future__ import annotations

from typing import Any

from dipnet.extract.figures.partymentions import party_mentions
from dipnet.model import Mention

_DATA: dict[str, Any] = {"generic_tails": ["政府"], "pair_markers": ["两国"], "qualifiers_before": ["约"],
                         "conflict_nouns": ["战争", "冲突"]}


def _old_in_conflict_name(text: str, m: Mention, mentions: list[Mention]) -> bool:
    if len(m.text) != 1 or m.type not in ("COUNTRY", "LOCATION"):
        return False
    war = tuple(_DATA["conflict_nouns"])
    return any(len(o.text) == 1 and o.type in ("COUNTRY", "LOCATION") and (
        o.start == m.end and text.startswith(war, o.end) or o.end == m.start and text.startswith(war, m.end))
        for o in mentions)


def _mentions(text: str, spans: list[tuple[int, int, str]]) -> list[Mention]:
    return [Mention(a, b, text[a:b], kind) for a, b, kind in spans]


def test_conflict_name_lookup_matches_the_old_pass() -> None:
    text = "自甲乙战争爆发后,丙丁冲突不断,甲国援助约3000万元,乙戊两国政府表示关切。"
    spans = [(1, 2, "COUNTRY"), (2, 3, "COUNTRY"), (9, 10, "LOCATION"), (10, 11, "COUNTRY"),
             (16, 18, "COUNTRY"), (20, 21, "COUNTRY"), (28, 29, "COUNTRY"), (29, 30, "COUNTRY"),
             (32, 34, "ORG")]
    mentions = _mentions(text, spans)
    got = party_mentions(text, mentions, _DATA)
    dropped = [m for m in mentions if _old_in_conflict_name(text, m, mentions)]
    assert [m.text for m in dropped] == ["甲", "乙", "丙", "丁"]
    assert all(m not in got for m in dropped)
    kept_old = [m for m in mentions if m not in dropped and m.text != "约"]
    assert [m for m in got if m.text != "政府"] == [m for m in kept_old if m.text != "政府"]


def test_a_lone_one_character_form_before_a_war_word_is_kept() -> None:
    text = "甲战争后,乙丙会谈。"
    mentions = _mentions(text, [(0, 1, "COUNTRY"), (5, 6, "COUNTRY"), (6, 7, "COUNTRY")])
    assert party_mentions(text, mentions, _DATA) == mentions
    assert not any(_old_in_conflict_name(text, m, mentions) for m in mentions)
