"""早日 (at an early date) before an event's verb tells a deed still to come, with or without 应 (同意早日签署…协定,
加快谈判,早日签署…): planned, never occurred (issue 13, ev53 probes). Sentences invented."""

import pytest

from dipnet.pipeline import extract


def agreements(sentence: str) -> list[str]:
    doc = extract("越老合作\n\n越通社万象——" + sentence + "\n", source="early.txt")
    return [e.status for e in doc.events if e.type == "AGREEMENT"]


@pytest.mark.parametrize("sentence", [
    "双方同意早日签署新的合作协定。",
    "双方同意加快谈判，早日签署自由贸易协定。",
    "两国领导一致认为，两国应早日签署行动计划。",
])
def test_early_date_is_planned(sentence: str) -> None:
    assert "occurred" not in agreements(sentence)


def test_signed_today_is_done() -> None:
    assert "occurred" in agreements("越南与老挝3月5日在万象签署了新的合作协定，以早日落实两国共识。")


def test_message_of_an_early_visit_wished_was_sent() -> None:
    doc = extract("大使递交国书\n\n越通社河内——奥地利、苏丹两国大使还向梁强主席转达了两国总统邀请梁强主席早日访问两国的口信。\n", source="early.txt")
    assert any(e.type == "MESSAGE" and e.status == "occurred" for e in doc.events)
