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


# words of Taiwan, Hong Kong, Singapore and Malaysian papers and of VOA/RFI (ev50 probes, grid6)
OUTLET_WORDS = [
    ("菲律宾总统小马科斯昨天抵访吉隆坡。", "VISIT", ["小马科斯", "马来西亚"]),
    ("總統賴清德將於下月訪星。", "VISIT", ["新加坡", "赖清德"]),
    ("泰国总理佩通坦本周末抵星，展开为期两天的正式访问。", "VISIT", ["佩通坦", "新加坡"]),
    ("外交部長林佳龍今天與美國國務卿魯比歐會商。", "MEET", ["林佳龙", "鲁比奥"]),
    ("日本首相石破茂與美國總統川普在白宮會商兩國關稅問題。", "MEET", ["特朗普", "石破茂"]),
    ("美国国务卿鲁比奥周二与俄罗斯外长拉夫罗夫在利雅得密谈四个半小时。", "MEET", ["拉夫罗夫", "鲁比奥"]),
    ("乌克兰总统泽连斯基与法国总统马克龙在爱丽舍宫密谈。", "MEET", ["泽连斯基", "马克龙"]),
]


@pytest.mark.parametrize(("body", "type_", "who"), OUTLET_WORDS)
def test_outlet_words_of_visits_and_talks(body: str, type_: str, who: list[str]) -> None:
    assert who in sides(body, type_)


def test_an_opening_ceremony_attended_in_hong_kong_wording() -> None:
    # 開幕禮 (HK, Macau) is the opening ceremony: the event opened is attended
    body = "行政長官李家超今日出席香港國際創科展開幕禮並致辭。"
    assert any("李家超" in got for got in sides(body, "CONFERENCE"))


@pytest.mark.parametrize("body", [
    "两国外交部建立了副部长级会商机制。",  # a standing mechanism
    "越南气象部门与水利部门会商研判台风走势。",  # a domestic briefing
])
def test_a_consultation_mechanism_or_briefing_is_no_meeting(body: str) -> None:
    assert sides(body, "MEET") == []


def test_a_shop_visited_is_no_visit_to_singapore() -> None:
    assert sides("新加坡总理黄循财拜访星巴克总部。", "VISIT") == []
