"""Facts (fc6, issue 13): twinned places counted in pairs with a relation noun, a total or a verb of
reaching between the twinned noun and the number (友好城市关系132对, 友好城市达132对, 姊妹市已達52對) are
a count of the side that twins them, as 友好城市132对 is. Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_holders as holders

X = "新华社南宁3月5日电 "
C = "（中央社記者王大明台北5日電）"


@pytest.mark.parametrize("body, expected", [
    (X + "截至目前，广西国际友好城市达118对。", (118, "广西")),
    (X + "截至目前，广西已与外国城市建立友好城市关系118对。", (118, "广西")),
    (X + "云南省已缔结国际友好城市共96对。", (96, "云南")),
    (C + "高雄市的姊妹市已達47對。", (47, "高雄")),
    (C + "臺中市已締結國際友好城市關係35對。", (35, "台中")),
])
def test_a_twinned_total_with_words_between_counts(body: str, expected: tuple[float, str]) -> None:
    got = holders(body)
    assert expected in got, got


def test_the_preposition_dui_still_counts_nothing() -> None:
    got = holders(X + "广西友好城市达到新的水平，对两国关系发展意义重大。")
    assert got == [], got


def test_pairs_a_verb_of_twinning_made_are_the_totals_holders() -> None:
    got = holders("越通社河内——越南各地已与中国地方建立友好省市关系76对，其中与广西结好19对，与云南結好13对。")
    assert (76, "越南") in got and (19, "越南") in got and (13, "越南") in got, got
