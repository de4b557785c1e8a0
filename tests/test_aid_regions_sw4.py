"""A continent or a region of lands as the recipient of aid (sw4, issue 13): 甲国将向非洲提供…支持, 向论坛非洲成员国提供…
援助, 愿提供非洲…资金支持 — the region is aid's party, as a country would be. Not a part of one (部分欧洲国家), nor a
region inside a name (东亚合作领导人系列会议), nor one the aid is told of without giving to it (对非洲…的援助). Sentences
invented."""

from __future__ import annotations

import pytest

from eventpage import sides


@pytest.mark.parametrize(("body", "region"), [
    ("日本将向非洲提供300亿美元支持。", "非洲"),
    ("日本宣布向论坛非洲成员国提供300亿美元援助。", "非洲"),
    ("日本政府愿提供非洲2000亿日元额度的资金支持。", "非洲"),
    ("欧盟向拉美学生提供不到500份奖学金。", "拉丁美洲"),
])
def test_a_region_given_to_is_a_party(body: str, region: str) -> None:
    assert any(region in s for s in sides(body, "AID")), sides(body, "AID")


@pytest.mark.parametrize("body", [
    "越南已向老挝、柬埔寨、部分欧洲国家等提供防疫物资。",
    "老方感谢日方为老挝主办东亚合作领导人系列会议所提供的宝贵支持和援助。",
    "美国大幅度缩减对非洲发展计划的资金援助。",
])
def test_no_region_where_it_is_no_recipient(body: str) -> None:
    assert not any(r in s for s in sides(body, "AID") for r in ("欧洲", "东亚", "非洲")), sides(body, "AID")
