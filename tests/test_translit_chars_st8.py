"""(st8, issue 13: fp48 fp56 fp68) Characters of the standard transliteration of foreign names that the
table lacked: 彻 (-cher), 冯 (von, Lao -phone), 久, 驰, 咋, 廖, 铁, 谨, 龙, 匹, 凌. A name after a post
written in them is read whole, not cut before the missing character nor dropped. Invented sentences."""

from __future__ import annotations

import pytest

from invented import entity_mentions

_NAMES = [
    ("英国外交大臣希彻7日抵达北京。", "希彻"),
    ("老挝总理通坎·奔马冯7日抵达金边。", "通坎·奔马冯"),
    ("老挝总理奔马冯7日抵达金边。", "奔马冯"),
    ("捷克城市市长卡雷·努瓦驰引用中国成语表达感受。", "卡雷·努瓦驰"),
    ("菲律宾总统亚谨萨率团出席会议。", "亚谨萨"),
    ("俄罗斯议员久加索夫8日抵达北京。", "久加索夫"),
    ("意大利外长卡斯蒂廖尼8日抵达北京。", "卡斯蒂廖尼"),
    ("墨西哥外长古铁雷斯8日抵达北京。", "古铁雷斯"),
    ("老挝副总理凯坎匹松8日抵达北京。", "凯坎匹松"),
    ("泰国副总理沙瓦凌8日抵达北京。", "沙瓦凌"),
    ("法国总统埃龙德8日抵达北京。", "埃龙德"),
    ("部长坦马冯和部长咋戈隆出席。", "咋戈隆"),
]


@pytest.mark.parametrize("text,name", _NAMES)
def test_a_transliterated_name_is_read_whole(text: str, name: str) -> None:
    assert "PERSON" in entity_mentions(text).get(name, set())
