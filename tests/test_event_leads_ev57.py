"""Probes of the event leads ev55 and ev56 left (ev57; invented sentences, Simplified and Traditional).

(a) A reception, banquet or gala a body holds alone at a city (某国驻某国大使馆…在首都某地举行晚宴) is the meeting
of that body; the city is where it is held, not a second party (the official gold's convention)."""

from __future__ import annotations

import pytest

from eventpage import of, sides

HELD_ALONE = [
    ("越南驻柬埔寨大使馆3日晚在金边隆重举行新春联欢晚宴,庆祝两国友好。", "越南驻柬埔寨大使馆", "金边"),
    ("中国驻泰国大使馆4日晚在曼谷举行国庆晚宴,各界人士五百余人出席。", "中国驻泰国大使馆", "曼谷"),
    ("越南驻老挝大使馆2日晚在首都万象举行晚宴,回顾一年来的合作。", "越南驻老挝大使馆", "万象"),
    ("越南驻柬埔寨大使馆3日晚在金边隆重舉行新春聯歡晚宴,慶祝兩國友好。", "越南驻柬埔寨大使馆", "金边"),
    ("中國駐泰國大使館4日晚在曼谷舉行國慶晚宴,各界人士五百餘人出席。", "中国驻泰国大使馆", "曼谷"),
]


@pytest.mark.parametrize(("body", "host", "city"), HELD_ALONE)
def test_a_reception_held_alone_has_its_city_as_place_not_party(body: str, host: str, city: str) -> None:
    assert sides(body, "MEET") == [[host]]
    assert [e.location for e in of(body, "MEET")] == [city]


GUESTS_KEPT = [
    ("越南国家主席梁强4日晚在河内举行国宴,欢迎来访的老挝国家主席通伦。", {"梁强", "通伦·西苏里"}),
    ("国家主席习近平3日晚在北京人民大会堂举行宴会,欢迎来华进行国事访问的法国总统马克龙。", {"习近平", "马克龙"}),
]


@pytest.mark.parametrize(("body", "parties"), GUESTS_KEPT)
def test_a_banquet_for_a_named_guest_keeps_both_sides(body: str, parties: set[str]) -> None:
    assert [set(s) for s in sides(body, "MEET")] == [parties]


def test_a_body_holding_one_with_no_place_told_stays_unread() -> None:
    # (a gathering held with neither a place nor a guest named: no meeting, as before)
    assert sides("胡志明市友好组织联合会5日下午隆重举行见面会,庆祝两国建交纪念。", "MEET") == []


# (b) meeting the press together (共同会见记者) is the joint press conference, a STATEMENT of both (SPEC), not a meeting
JOINT_PRESS = [
    ("越南政府总理范明政与泰国总理佩通坦5日在河内举行会谈。会谈结束后,范明政和佩通坦共同会见记者。", {"范明政", "佩通坦"}),
    ("越南政府總理范明政與泰國總理佩通坦5日在河內舉行會談。會談結束後,范明政和佩通坦共同會見記者。", {"范明政", "佩通坦"}),
    ("国家主席习近平5日在北京同法国总统马克龙举行会谈。会谈后,习近平与马克龙共同会见记者。", {"习近平", "马克龙"}),
    ("新加坡总理黄循财5日同马来西亚首相安瓦尔举行会谈。随后,黄循财与安瓦尔共同会见媒体。", {"黄循财", "安瓦尔·易卜拉欣"}),
]


@pytest.mark.parametrize(("body", "speakers"), JOINT_PRESS)
def test_meeting_the_press_together_is_a_statement_of_both(body: str, speakers: set[str]) -> None:
    assert [set(s) for s in sides(body, "STATEMENT")] == [speakers]
    assert [set(s) for s in sides(body, "MEET")] == [speakers]  # (the talks alone)


def test_meeting_the_press_alone_is_one_statement_not_a_meeting() -> None:
    body = "外交部长王毅5日在北京会见记者时表示,中方愿同各方加强合作。"
    assert sides(body, "STATEMENT") == [["王毅"]]
    assert sides(body, "MEET") == []


# (c) a congratulatory letter to a forum (向…论坛致贺信) is a MESSAGE to it; no one attends it
GREETED = [
    ("国家主席习近平5日向博鳌亚洲论坛年会致贺信。", ["习近平", "博鳌亚洲论坛"]),
    ("國家主席習近平5日向博鰲亞洲論壇年會致賀信。", ["习近平", "博鳌亚洲论坛"]),
    ("越南政府总理范明政5日向越南经济论坛发来贺信。", ["范明政", "越南经济论坛"]),
    ("越南国家主席梁强5日向第五届东盟经济论坛发来贺电,祝愿论坛取得圆满成功。", ["梁强", "东盟经济论坛"]),
]


@pytest.mark.parametrize(("body", "message"), GREETED)
def test_a_letter_to_a_forum_is_a_message_not_attendance(body: str, message: list[str]) -> None:
    assert [sorted(s) for s in sides(body, "MESSAGE")] == [sorted(message)]
    assert sides(body, "CONFERENCE") == []


ATTENDED = [
    "国家主席习近平5日出席博鳌亚洲论坛年会开幕式并发表主旨演讲。",
    "越南政府总理范明政5日出席越南经济论坛,并向论坛致贺词。",
]


@pytest.mark.parametrize("body", ATTENDED)
def test_a_forum_attended_stays_attended(body: str) -> None:
    assert len(sides(body, "CONFERENCE")) == 1


# (d) a comma between the welcomer and 为 (甲昨在河内主席府,为乙举行欢迎仪式): the guest's visit all the same
COMMA_WELCOMED = [
    ("越南国家主席梁强5日在河内主席府,为老挝国家主席通伦举行隆重的欢迎仪式。", ["通伦·西苏里", "越南"]),
    ("越南國家主席梁強5日在河內主席府,為寮國國家主席通倫舉行隆重的歡迎儀式。", ["通伦·西苏里", "越南"]),
    ("柬埔寨首相洪玛奈昨在金边和平大厦,为越南政府总理范明政举行欢迎仪式。", ["范明政", "柬埔寨"]),
]


@pytest.mark.parametrize(("body", "visit"), COMMA_WELCOMED)
def test_a_welcomer_before_a_comma_still_hosts_the_visit(body: str, visit: list[str]) -> None:
    assert [sorted(s) for s in sides(body, "VISIT")] == [sorted(visit)]


def test_a_ceremony_for_envoys_after_a_comma_is_no_visit() -> None:
    assert sides("外交部5日在北京,为新任驻华使节举行欢迎仪式。", "VISIT") == []


# (e) the national people's congress named alone is a side of talks, not a congress held
ASSEMBLY_MET = [
    ("越南国会主席陈青敏5日在河内会见中国全国人民代表大会代表团。", {"陈青敏", "中国全国人民代表大会"}),
    ("越南国会5日在河内同中国全国人民代表大会举行会谈。", {"越南国会", "中国全国人民代表大会"}),
    ("老挝国会代表团5日在北京同中国全国人大举行会谈。", {"老挝国会", "中国全国人民代表大会"}),
    ("越南國會5日在河內同中國全國人民代表大會舉行會談。", {"越南国会", "中国全国人民代表大会"}),
]


@pytest.mark.parametrize(("body", "parties"), ASSEMBLY_MET)
def test_the_peoples_congress_is_a_side_not_the_city(body: str, parties: set[str]) -> None:
    assert [set(s) for s in sides(body, "MEET")] == [parties]


def test_a_party_congress_stays_no_side() -> None:
    body = "越共中央总书记苏林5日在河内会见出席越南共产党第十四次全国代表大会的老挝代表团。"
    assert all("越南共产党第十四次全国代表大会" not in s for s in sides(body, "MEET"))
