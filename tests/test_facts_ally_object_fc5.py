"""Facts (fc5, issue 13): a verb of giving with the receiver told by its standing first (捐助友邦史瓦帝尼,
援助盟友乌克兰, 资助邦交国巴拉圭, 支援友好邻邦老挝): the friend or ally is still the verb's object, and the
giver holds the sum, not the receiver. Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_holders as holders

C = "（中央社記者王大明台北2024年3月5日電）"


@pytest.mark.parametrize("body, value, holder", [
    (C + "外交部今天宣布,將捐助友邦史瓦帝尼50萬美元。", 5e5, "台湾外交部"),
    ("美国之音2024年3月5日报道——美国国务院宣布再援助盟友乌克兰10亿美元。", 1e9, "美国国务院"),
    (C + "外交部表示,將資助邦交國巴拉圭500萬美元。", 5e6, "台湾"),
    ("越通社河内2024年3月5日电——越南政府决定支援友好邻邦老挝200吨大米。", 200, "越南"),
])
def test_the_giver_holds_what_an_ally_receives(body: str, value: float, holder: str) -> None:
    got = holders(body)
    assert (value, holder) in got, got


def test_an_ally_as_the_subject_still_holds_its_own() -> None:
    got = holders(C + "友邦史瓦帝尼去年經濟成長4%。")
    assert (4, "斯威士兰") in got, got
