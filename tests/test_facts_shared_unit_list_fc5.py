"""Facts (fc5, issue 13): numbers handed out by 分别 whose list carries the unit only after its last item
(中国、韩国和美国游客分别达到170万、360万和70万人次; 分别为710亿和860亿美元) go to the parties in order,
as they do when each number carries its unit. Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_holders as holders

V = "越通社河内2024年3月5日电——"


@pytest.mark.parametrize("body, expected", [
    (V + "中国、韩国和美国游客分别达到170万、360万和70万人次。", [(1.7e6, "中国"), (3.6e6, "韩国"), (7e5, "美国")]),
    (V + "中国、韩国和美国分别达到170万、360万和70万人次。", [(1.7e6, "中国"), (3.6e6, "韩国"), (7e5, "美国")]),
    (V + "日本和韩国在越南的投资额分别为710亿和860亿美元。", [(7.1e10, "日本"), (8.6e10, "韩国")]),
    ("（中央社記者王大明台北2024年3月5日電）日本、韓國遊客分別為120萬及90萬人次。", [(1.2e6, "日本"), (9e5, "韩国")]),
])
def test_a_shared_unit_hands_out_in_order(body: str, expected: list[tuple[float, str]]) -> None:
    got = holders(body)
    assert all(e in got for e in expected), got


def test_each_unit_written_still_hands_out() -> None:
    got = holders(V + "老挝和柬埔寨分别有3个和5个项目。")
    assert (3, "老挝") in got and (5, "柬埔寨") in got, got
