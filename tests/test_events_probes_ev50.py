"""Checklist probes of meetings and conferences never found (ev50, issue 13; invented sentences, the way
other outlets word them): a host receiving a guest (接待 + the guest's post or visit: VOA, RFI, Zaobao), and a
meeting's name holding 自由 or 成就 (由, 就 are stops of the name elsewhere)."""

from __future__ import annotations

import pytest

from eventpage import sides

RECEIVED = [
    ("法国总统马克龙周三在爱丽舍宫接待乌克兰总统泽连斯基。", ["泽连斯基", "马克龙"]),
    ("美国国务卿鲁比奥周二在国务院接待来访的中国外长王毅。", ["王毅", "鲁比奥"]),
    ("日本首相石破茂在首相官邸接待到访的越南政府总理范明政。", ["石破茂", "范明政"]),
    ("美國總統川普在白宮接待以色列總理內塔尼亞胡。", ["内塔尼亚胡", "特朗普"]),
    ("新加坡总理黄循财当天在总统府接待马来西亚首相安华一行。", ["安瓦尔·易卜拉欣", "黄循财"]),
]


@pytest.mark.parametrize(("body", "met"), RECEIVED)
def test_a_host_receiving_a_guest_is_a_meeting(body: str, met: list[str]) -> None:
    assert met in sides(body, "MEET")


@pytest.mark.parametrize("body", [
    "越南今年前两个月接待国际游客超过300万人次。",  # visitors counted
    "王毅感谢越方的盛情接待。",  # hospitality thanked for
])
def test_visitors_counted_or_thanks_are_no_meeting(body: str) -> None:
    assert sides(body, "MEET") == []


@pytest.mark.parametrize(("body", "who"), [
    ("外交部長林佳龍5日出席國際宗教自由峰會。", "林佳龙"),
    ("新加坡外长维文5日出席第二届亚洲新闻自由研讨会。", "维文·巴拉克里希南"),
    ("越南国家主席梁强出席湄公河可持续发展成就论坛。", "梁强"),
])
def test_a_meeting_named_with_freedom_or_achievements_is_attended(body: str, who: str) -> None:
    assert any(who in got for got in sides(body, "CONFERENCE"))
