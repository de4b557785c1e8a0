"""An instrument told by what it does or by its role (该协定将允许…, …将于明年生效, 发挥…协定的作用, 欢迎巴黎协定生效)
is referred to, no signing told; a signing told beside it stays."""

import pytest

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2025年03月05日 10:20\n\n越通社河内——"


def signed(sentence: str) -> list[tuple[list[str], str | None]]:
    doc = extract(HEAD + sentence + "\n", source="instrument.txt")
    return [(sorted(e.participants), e.date) for e in doc.events if e.type == "AGREEMENT"]


@pytest.mark.parametrize("sentence", [
    "该协定将允许更多越南商品进入欧盟市场。",
    "这项协议将允许更多老挝货物经越南港口出口。",
    "双方同意充分发挥越老自由贸易协定的作用。",
    "越南外交部发表声明,欢迎巴黎协定生效。",
    "雙方同意充分發揮越老自由貿易協定的作用。",
])
def test_referred_to_no_signing(sentence: str) -> None:
    assert signed(sentence) == []


def test_the_signing_before_its_entry_into_force_stays_alone() -> None:
    # one signing, on the day told; its entry into force next year is no second one
    assert signed("越南与欧盟3月4日签署自由贸易协定,该协定将于明年生效。") == [(["欧盟", "越南"], "2025-03-04")]
