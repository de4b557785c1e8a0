"""Probes of ac1's participant fixes (issue 13: extra actors on pages never seen; invented sentences).

(a) A land the sentence names as the object of a visit (对越南进行正式访问并出席…, 正式访问老挝后…) is where the visitor
went: no party of the conference told beside the visit (SPEC: a CONFERENCE's participants are the holding body and
the people the text places at it)."""

from __future__ import annotations

import pytest

from eventpage import of

XINHUA = "测试新闻\n\n新华社北京2025年6月10日电 "

VISITED = [
    ("泰国总理赛塔在结束出席东亚峰会并正式访问老挝后抵达河内。", "老挝"),
    ("泰国外交部长帕里在对越南进行为期两天的正式访问并出席湄公河合作论坛前接受了记者采访。", "越南"),
    ("缅甸总统吴温敏于2019年5月出席湄公河合作论坛,并于同年11月对泰国进行国事访问。", "泰国"),
]


@pytest.mark.parametrize(("body", "land"), VISITED)
def test_the_land_of_a_visit_is_no_party_of_the_conference(body: str, land: str) -> None:
    found = of(body, "CONFERENCE", XINHUA)
    assert found
    assert all(land not in e.participants for e in found)


def test_a_land_holding_the_conference_stays() -> None:
    found = of("越南国家主席武文赏出席越南和老挝共同举办的湄公河合作论坛。", "CONFERENCE", XINHUA)
    assert found and all("老挝" in e.participants for e in found)


# (b) A conference's land named only inside its attendee's title or as the delegation the attendee leads (老挝国家主席
# 通伦率领老挝高级代表团出席…) stands for that person: no party of its own. A land named on its own stays.
ATTENDEES = [
    ("老挝国家主席通伦率领老挝高级代表团出席在日本东京举行的湄公河—日本合作峰会。", "老挝"),
    ("柬埔寨外交部长布拉索昆率领柬埔寨政府代表团赴日出席湄公河合作论坛。", "柬埔寨"),
]


@pytest.mark.parametrize(("body", "land"), ATTENDEES)
def test_the_land_of_an_attendee_named_only_in_titles_is_no_party(body: str, land: str) -> None:
    found = of(body, "CONFERENCE", XINHUA)
    assert found
    assert all(land not in e.participants for e in found)


def test_an_attendee_land_named_on_its_own_stays() -> None:
    body = "老挝国家主席通伦率领老挝高级代表团出席越南和老挝共同举办的湄公河合作论坛。"
    found = of(body, "CONFERENCE", XINHUA)
    assert found and all("老挝" in e.participants for e in found)
