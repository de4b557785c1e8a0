"""飞往 (flying to) a country is going there as 前往 is: a trip to it, a VISIT of the one flying, planned where the
sentence says so (某某将于25日从甲国飞往乙国); flying to an airport to greet a guest is no visit of one's own."""

import pytest

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2025-03-09\n新华社北京3月9日电 "


def visits(sentence: str) -> list[tuple[list[str], str]]:
    doc = extract(HEAD + sentence + "\n", source="flying.txt")
    return [(sorted(e.participants), e.status) for e in doc.events if e.type == "VISIT"]


@pytest.mark.parametrize("sentence, visitor, host, status", [
    ("马来西亚副总理阿米娜今日飞往越南,出席老朋友的葬礼。", "阿米娜", "越南", "occurred"),
    ("法国总统马克龙将于12日从泰国飞往日本。", "马克龙", "日本", "planned"),
])
def test_flying_to_a_country_is_a_visit(sentence: str, visitor: str, host: str, status: str) -> None:
    assert visits(sentence) == [(sorted([visitor, host]), status)]


def test_flying_to_greet_a_guest_is_no_visit() -> None:
    assert visits("外交部长王刚9日飞往机场迎接马来西亚总理安瓦尔。") == []
