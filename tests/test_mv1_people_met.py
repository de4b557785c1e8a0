"""A meeting whose only partner is the people of a land or a body left unnamed (跟某国商界人士座谈, 同某学院师生座谈,
与某国商家领袖共同午宴) is no MEET: the land or body only qualifies the people (participants/peoplemet.py). A named
partner beside them, or one joined to them, keeps the meeting."""

import pytest

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2025-03-09\n新华社北京3月9日电 "


def meets(sentence: str) -> list[list[str]]:
    doc = extract(HEAD + sentence + "\n", source="people.txt")
    return sorted(sorted(e.participants) for e in doc.events if e.type == "MEET")


@pytest.mark.parametrize("sentence", [
    "李强8日晨运后,跟日本商界人士举行座谈,讨论加强经贸合作。",
    "安瓦尔转往上海,并与马来西亚在华商业领袖会面。",
    "范明政8日上午同河内国家大学师生座谈时强调,大学要培养人才。",
    "之后王毅再与几十名泰国商家领袖共同午宴。",
])
def test_unnamed_people_of_a_land_or_body_are_no_party(sentence: str) -> None:
    assert meets(sentence) == []


def test_a_named_partner_keeps_the_meeting() -> None:
    assert meets("李强8日与日本首相岸田文雄及日本商界人士举行座谈。") == [["岸田文雄", "李强"]]


def test_a_partner_joined_to_them_keeps_the_meeting() -> None:
    assert meets("范明政8日与泰国总理及泰国商界人士共进午餐。") != []
