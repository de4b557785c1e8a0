"""A paragraph opening on its verb after a frame of time or stay (访问期间,会见了… / 随后,还会见了… / 5日,出席了…)
names no one: it goes on from the one the paragraph before is about (issue 13, discourse). A frame of its own
(会见某某时,甲表示…) is the meeting told before, no new meeting of the one named in it."""

import pytest

from eventpage import of

HEAD = "测试新闻\n\n2025-03-05\n\n"
TRIP = "越通社万象——政府总理范明政4日抵达万象,开始对老挝进行正式访问。\n"


def parties(body: str, type_: str) -> list[set[str]]:
    return [set(e.participants) for e in of(body, type_, HEAD)]


@pytest.mark.parametrize("body, who", [
    (TRIP + "访问期间,会见了老挝国家主席通伦。\n", {"范明政", "通伦·西苏里"}),
    (TRIP + "当天下午,范明政同老挝总理宋赛·西潘敦举行会谈。\n随后,会见了老挝国家主席通伦。\n",
     {"范明政", "通伦·西苏里"}),
    ("越通社河内——3月5日,越南国家主席梁强在河内会见了日本首相石破茂。\n随后,还会见了新加坡总理黄循财。\n",
     {"梁强", "黄循财"}),
    ("越通社河内——3月5日,越南国家主席梁强在河内会见了日本首相石破茂。\n在河内期间,还拜会了新加坡总理黄循财。\n",
     {"梁强", "黄循财"}),
])
def test_meeting_goes_on_from_the_paragraph_before(body: str, who: set[str]) -> None:
    assert who in parties(body, "MEET")


JAPAN = "越通社河内——越南国家主席梁强3月4日抵达东京,开始对日本进行国事访问。\n"


@pytest.mark.parametrize("second, who", [
    ("在东京期间,主席将会见日本天皇德仁。", [{"梁强", "德仁"}]),
    ("5日,国家主席分别会见了日本天皇德仁和首相石破茂。", [{"梁强", "德仁"}, {"梁强", "石破茂"}]),
    ("在东京期间,国家主席将分别会见日本天皇德仁和首相石破茂。", [{"梁强", "德仁"}, {"梁强", "石破茂"}]),
])
def test_bare_post_goes_on_from_the_paragraph_before(second: str, who: list[set[str]]) -> None:
    # a post the recognizer ties to no one (the page's home is Japan here) stands for the one told before
    got = parties(JAPAN + second + "\n", "MEET")
    assert all(w in got for w in who)


def test_conference_goes_on_from_the_paragraph_before() -> None:
    body = "越通社河内——政府总理范明政4日抵达东京,开始对日本进行正式访问。\n5日,出席了越日经济论坛。\n"
    assert any("范明政" in p for p in parties(body, "CONFERENCE"))


def test_a_frame_of_its_own_is_no_new_meeting() -> None:
    body = ("新华社北京3月5日电 国家主席习近平5日在人民大会堂分别会见越南国家主席梁强和老挝国家主席通伦。\n"
            "会见梁强时,习近平指出,中越两国要加强合作。\n会见通伦时,习近平表示,中老友谊历久弥坚。\n")
    assert sorted(sorted(p) for p in parties(body, "MEET")) == [["习近平", "梁强"], ["习近平", "通伦·西苏里"]]


def test_a_named_subject_stays() -> None:
    body = TRIP + "当天,老挝国家主席通伦会见了越南驻老挝大使。\n"
    assert not any("范明政" in p for p in parties(body, "MEET"))
