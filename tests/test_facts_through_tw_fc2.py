"""Facts (fc2, issue 13): 透過 is the Taiwanese word for 通过 ("through"): the body a sum passes
through (透過國合會, 透過世界銀行信託基金) is its channel, not its giver; the party before gives.
Invented sentences in CNA's register."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(sentence: str) -> list[tuple[float, str | None]]:
    doc = extract("援助\n\n（中央社記者王大明台北2024年3月5日電）" + sentence + "\n", source="t.txt")
    return [(f.value, f.subject) for f in doc.facts]  # type: ignore[misc]


@pytest.mark.parametrize(("sentence", "value", "giver"), [
    ("政府將透過國際合作發展基金會,向瓜地馬拉提供600萬美元的農業援助。", 6000000, "台湾"),
    ("外交部透過世界銀行信託基金捐助100萬美元。", 1000000, "台湾外交部"),
    ("外交部今天宣布,將透過世界糧食計劃署捐贈50萬美元糧食援助。", 500000, "台湾外交部"),
])
def test_the_body_a_sum_passes_through_is_no_giver(sentence: str, value: float, giver: str) -> None:
    assert holders(sentence) == [(value, giver)]


def test_a_body_that_gives_itself_still_gives() -> None:
    assert holders("國際合作發展基金會向瓜地馬拉提供600萬美元。") == [(6000000, "国际合作发展基金会")]
