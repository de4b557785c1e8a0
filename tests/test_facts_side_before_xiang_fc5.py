"""Facts (fc5, issue 13): a party's side told before 向 (中方向柬方提供…, 日方向越方移交…) is read by the
recognizer as 方向 (a direction) and left unmarked; the side is the giver and holds the figure of its clause,
not the receiver after 向 nor the country the page names most. 新方向 (a new direction) names no party.
Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_holders as holders

X = "新华社北京2024年3月5日电 "
V = "越通社河内2024年3月5日电——"


@pytest.mark.parametrize("body, value, holder", [
    (X + "王毅会见柬埔寨副首相兼外交大臣。\n王毅表示,中方愿继续向柬方提供力所能及的帮助。去年中方向柬方提供了价值2亿元人民币的无偿援助。", 2e8, "中国"),
    (X + "柬埔寨首相会见中国代表团。日前日方向柬方提供了300万美元援助。", 3e6, "日本"),
    (V + "越南与美国举行会谈。美方向越方移交了3架飞机。", 3, "美国"),
    ("新华社万象3月5日电 老挝国家主席会见越南代表团。老挝总理也出席。越方向老方移交了价值50万美元的医疗设备。", 5e5, "越南"),
])
def test_the_side_before_xiang_gives(body: str, value: float, holder: str) -> None:
    got = holders(body)
    assert (value, holder) in got, got


def test_a_new_direction_names_no_party() -> None:
    got = holders(V + "新加坡总理表示,双方确定了合作新方向。越南吸引外资100亿美元。")
    assert (1e10, "越南") in got, got
