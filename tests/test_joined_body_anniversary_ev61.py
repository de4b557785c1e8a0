"""An anniversary of a land joining a body, or of its partnership with one (越南加入东盟30周年, 甲国与某银行的合作
关系30周年): the land is a side of it beside the body, as both are in 东盟与中国建立…关系N周年 (open gold; ev61,
joinedbodies.py; invented sentences, Simplified and Traditional)."""

from __future__ import annotations

import pytest

from eventpage import sides

JOINED = [
    ("明年将迎来越南加入东盟30周年。", "越南", "东盟"),
    ("今年恰逢中国加入世界贸易组织20周年。", "中国", "世界贸易组织"),
    ("老挝外交部举办老挝加入联合国70周年纪念活动。", "老挝", "联合国"),
    ("明年是越南与亚洲开发银行开展合作30周年。", "越南", "亚洲开发银行"),
    ("今年適逢台灣加入亞太經合組織三十週年。", "台湾", "亚太经合组织"),
    ("今年是越南加入东南亚国家联盟（东盟）三十周年。", "越南", "东盟"),
]


@pytest.mark.parametrize(("body", "land", "body_name"), JOINED)
def test_the_joining_land_is_a_side_of_the_anniversary(body: str, land: str, body_name: str) -> None:
    got = sides(body, "ANNIVERSARY")
    assert any(land in s and body_name in s for s in got), got


def test_a_bodys_own_founding_names_no_land() -> None:
    got = sides("今年是东盟成立58周年。", "ANNIVERSARY")
    assert got and all(s == ["东盟"] for s in got), got
