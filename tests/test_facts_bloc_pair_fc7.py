"""Facts (fc7, issue 13): '双边贸易额' in a sentence that names no party belongs to the page's two sides,
and a bloc that deals as one side (东盟, 欧盟) is a side like a country (facts.toml pair_bodies); before,
only countries were counted, so a page of China and ASEAN gave the bilateral trade to China alone.
Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(body: str) -> list[tuple[float, str | None]]:
    doc = extract("题目\n\n" + body + "\n", source="t.txt")
    return [(f.value, f.subject) for f in doc.facts]  # type: ignore[misc]


X = "新华社北京2024年3月5日电 "
V = "越通社河内2024年3月5日电——"


@pytest.mark.parametrize("body, value, holder", [
    (X + "2002年,中国与东盟贸易额为500亿美元。2012年,双边贸易额已达4000亿美元。", 4e11, "中国-东盟"),
    (X + "中国—东盟合作成效显著。今年1-6月,双边贸易额为2000亿美元。", 2e11, "中国-东盟"),
    (V + "越南与欧盟的经贸关系不断发展。去年,双边贸易额达到600亿美元。", 6e10, "越南-欧盟"),
])
def test_a_bloc_is_a_side_of_bilateral_trade(body: str, value: float, holder: str) -> None:
    got = holders(body)
    assert (value, holder) in got, got


def test_two_countries_still_hold_where_the_bloc_is_only_mentioned() -> None:
    got = holders(V + "越南与日本领导人会谈。越南和日本同意加强东盟框架内合作。去年,双边贸易额达到450亿美元。")
    assert (4.5e10, "越南-日本") in got, got
